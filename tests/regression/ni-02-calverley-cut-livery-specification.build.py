"""ni-02-calverley-cut-livery-specification: builds ni-02-calverley-cut-livery-specification.docx beside itself.

Provider (invented): the Calverley Cut School of Boat Painting & Signwriting, Calverley Junction Wharf, Ellesford, a
signwriting and gilding school that teaches traditional narrowboat painting (roses and castles, lining, diamonds,
cabin-side lettering), running "The National Award for SEN Coordination (Calverley Cut)" with Ellesford County
Council's SEN Support Service, validated by the (invented) Stourhampton University. February 2009.

Document kind and layout: the course written as the boat painter's LIVERY SPECIFICATION AND DECORATION SCHEDULE that
the Wharf sends a boat owner before a repaint ("nb Award"): the course is the boat, a participant is the Owner, taught
days are Dock Days, in-school tasks are "Between coats", the mentor is the Dock Mate, the three marked assignments are
Lettered Panels 1-3 and the final assessed presentation is the Launch; the online space is the Towpath. Real Heading 1 /
Heading 2 styles carrying typed section numbers (so "4.3 Sound paint left on" and "8.3 Checks" collide with requirement
ids). A title block with merged and shaded cells. Section 1 defines the finishes used far below ("Varnished - Panel n",
"Varnished - Launch", "Undercoat only", "Not in this repaint", a dash in "Painted on"). The Decoration Schedule places
the outcomes three ways: Roses (attributes) as run-in prose entries, Castles (knowledge) and Lining and diamonds
(skills) as tables. A coat schedule table of twelve Dock Days. Numbered Terms of the Dock. Four footnotes (a real
footnotes part), three Word comments, a floating text box (an owner's testimonial from an earlier course), tracked
changes: an inserted heading and paragraph, a deleted paragraph, a deleted sentence, a changed finish in a cell. Header
and footer with a PAGE field. A "[to be confirmed]" placeholder for the fee.

Traps (requirement ids):
- E.2 partially_met: masters level but "a module of 40 credits at Level 7"; the comment that 60 "might be possible
  from 2010" is a comment.
- 1.1 partially_met: the stated purpose and objectives of the "repaint" are wholly about the SENCO's knowledge and
  confidence; pupils' achievement and well-being appear only in content (Every Child Matters on Dock Day 1) and in
  Panel 3's pupil measures, not in the aims.
- 1.9 partially_met and 6.0 partially_met: the award rule requires every "varnished item" to be shown, but six items
  are only "Undercoat only", one is assessed without being taught, and one is "Not in this repaint".
- 2.3 met only through a tracked INSERTION ("4.4 Touch-up only": assessment without Dock Days).
- 2.4 partially_met: tailoring through the Paint Plan, but cost-effectiveness is not shown: the fee is "[to be
  confirmed]" pending the Schools Forum.
- 2.5 not_met: negation. "We do not plan owners' next steps with them"; next targets are "a matter for the owner and the
  headteacher". (6.A7 stays met: the Logbook of keeping up to date is examined at the Launch.)
- 3.3 partially_met: the Towpath gives peer support and support between Dock Days, but "tutors do not post there";
  the sentence saying a tutor reads it every Friday is a tracked deletion, and the online tutor in the text box is
  a 2007 testimonial about an earlier course (past arrangement, and an owner's words).
- 4.1 and 4.2 partially_met: needs evidence is general ("we know what their SENCOs need"); the county advisers "read
  the coat schedule" and revision B followed, without saying what they asked for; a comment asks for the survey
  results. 4.3 met (heads as Dock Mates and on the Inspection Panel that reads the evaluations, the county adviser).
- 5.3 met (the Wharf office sees the disclosure or the head's confirmation from the Single Central Record and records
  it; a new disclosure for anyone out of school for three months).
- 5.4 partially_met: tutors described only as "boat painters who are also qualified teachers"; the SEN tutor "will be
  appointed".
- 5.6 partially_met: a projector, a lending shelf, and "Owners should bring their own laptop".
- 5.8 not_met: single marking by the tutor who taught the Dock Days and the Launch by the Course Leader alone; nothing
  on consistency or moderation, and the second-marking and moderation paragraph is a tracked deletion.
- 5.5 met: guest specialists and two placement days at a special school or the PRU; the text box's week at Hollins
  is the 2007 course's.
- 6.A6, 6.K6, 6.S2c, 6.S8 partially_met ("Undercoat only": taught, not marked). 6.S4 partially_met: a change in a
  cell, "Varnished - Panel 3" deleted and "Undercoat only" inserted. 6.K7 partially_met: "Varnished - Panel 3" but a
  dash in "Painted on" (assessed, not taught). 6.S2d not_met: "Not in this repaint" (the comment that it is in Panel 2
  "for most owners anyway" does not count).
- 1.3 met (Dock Day 11 names the Bercow Review, Ofsted 2006, the Lamb Inquiry and the IDP), 1.5 met (Dock Day 8 and
  Panel 2 ask for the pupils' own views), 5.9 met (Panel 3 baseline and follow-up pupil measures collated by the Wharf,
  with owners' confidence ratings), 5.7 met (Dock Mates' briefing, handbook and termly call; tutors' planning day).
"""
from pathlib import Path
import sys

from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _ni_helpers import (base_document, add_run, cell_text, shade_cell, shade_paragraph, set_col_widths,
                         ins_run, del_run, inserted_paragraph, deleted_paragraph, add_textbox, add_page_field,
                         footnotes, CENTER, RIGHT)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
MO = "Marcia Okonedo"
JT = "Jack Threlfall"
D1 = "2009-02-10T14:12:00Z"
D2 = "2009-02-13T09:40:00Z"
GREEN = "1F4E3D"
RED = "9E2A2B"
CREAM = "F6EFD9"

doc = base_document(font="Cambria", size=10.5)
for name, size, color in (("Heading 1", 13, GREEN), ("Heading 2", 11, RED)):
    st = doc.styles[name]
    st.font.name = "Trebuchet MS"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(color)
    st.font.bold = True
fn = footnotes(doc)


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def para(text, italic=False, size=None):
    p = doc.add_paragraph()
    add_run(p, text, italic=italic, size=size)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    add_run(p, lead, bold=True)
    add_run(p, text)
    return p


def dash(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.4)
    p.paragraph_format.space_after = Pt(2)
    add_run(p, "–  " + text)
    return p


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
add_run(sec.header.paragraphs[0], "Calverley Cut · Livery Specification CC/09/04 rev B · nb Award", italic=True,
        size=8)
fp = sec.footer.paragraphs[0]
add_run(fp, "Calverley Junction Wharf, Lock Lane, Ellesford · Dock office open Tuesday to Saturday · page ", size=8)
add_page_field(fp)

# ------------------------------------------------------------------ title block
tb = doc.add_table(rows=7, cols=4)
tb.style = "Table Grid"
m = tb.rows[0].cells[0].merge(tb.rows[0].cells[3])
cell_text(m, "CALVERLEY CUT SCHOOL OF BOAT PAINTING & SIGNWRITING", bold=True, size=15, align=CENTER,
          color="FFFFFF")
shade_cell(m, GREEN)
m = tb.rows[1].cells[0].merge(tb.rows[1].cells[3])
cell_text(m, "Calverley Junction Wharf · Lock Lane · Ellesford\nTraditional boat painting · Roses and castles · "
             "Signwriting and gilding · Teachers' courses", italic=True, size=9, align=CENTER)
m = tb.rows[2].cells[0].merge(tb.rows[2].cells[3])
cell_text(m, "LIVERY SPECIFICATION AND DECORATION SCHEDULE", bold=True, size=12, align=CENTER, color=RED)
shade_cell(m, CREAM)
pairs = [
    ("Spec. ref.", "CC/09/04 rev B", "Date", "16 February 2009"),
    ("Boat", "nb Award", "Prepared for", "The TDA approval panel"),
    ("Prepared by", "Jack Threlfall, Dock Master; Marcia Okonedo, Course Leader", "Revision",
     "B: coat schedule and Dock Day 8 revised after the county advisers' reading"),
    ("Job", "Full repaint and decoration, three terms in dock", "Copies to", "Stourhampton University; Ellesford "
                                                                           "County Council SEN Support Service"),
]
for i, (a, b, c, d) in enumerate(pairs, start=3):
    cells = tb.rows[i].cells
    for j, (txt, bold) in enumerate(((a, True), (b, False), (c, True), (d, False))):
        cell_text(cells[j], txt, bold=bold, size=9)
        if bold:
            shade_cell(cells[j], CREAM)
set_col_widths(tb, [2.6, 5.8, 2.6, 5.6])

p = para("A note for the panel. We write a livery specification for every boat that comes into our dock, and we "
         "send it to the owner before a brush is lifted, so that both of us know what will be done, in what order, "
         "and how each part will be finished. We have written our course for SENCOs the same way. The teachers who "
         "come to us know the Wharf from the canal-art days we have run for Ellesford schools, and the form says "
         "plainly what we do. In this specification the boat is the course and its Owners are the teachers who take "
         "it. The terms we use are set out in section 1.", italic=True)

# ------------------------------------------------------------------ 1 terms
h1("1  Terms used in this specification")
terms = [
    ("Owner. ", "A teacher taking the course: a SENCO, or a teacher who will become one within the year."),
    ("Dock Day. ", "A taught day, 9.30 am to 4.00 pm, in the dock classroom at the Wharf or at Ellesford Teachers' "
                   "Centre. There are twelve."),
    ("Between coats. ", "The task an Owner carries out in his or her own school between one Dock Day and the next."),
    ("Dock Mate. ", "A senior colleague in the Owner's school, named by the headteacher, who mentors the Owner."),
    ("Paint Plan. ", "The Owner's individual training plan, drawn up from the hull survey (section 4)."),
    ("Lettered Panels. ", "The three pieces of marked written work: Panel 1, Panel 2 and Panel 3 (section 6)."),
    ("The Launch. ", "The Owner's assessed presentation at the end of the course (section 6)."),
    ("The Towpath. ", "The course's online space on Stourhampton University's Blackboard site (term 8.6)."),
]
for a, b in terms:
    runin(a, b)
para("On the Decoration Schedule (section 7) each item carries a finish:")
for a, b in [
    ("Varnished – Panel 1, Panel 2 or Panel 3: ", "painted on the Dock Day named and marked in the Lettered Panel "
                                                  "named. An Owner who does not show the item does not pass that "
                                                  "Panel."),
    ("Varnished – Launch: ", "painted on the Dock Day named and marked at the Launch."),
    ("Undercoat only: ", "painted on the Dock Day named and practised between coats. The tutor comments on it but it "
                         "is not marked."),
    ("Not in this repaint: ", "not painted on this course."),
    ("A dash in the Painted on column: ", "not painted on any Dock Day; the Owner prepares it alone from the Towpath "
                                          "reading."),
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    add_run(p, a, bold=True)
    add_run(p, b)

# ------------------------------------------------------------------ 2 particulars
h1("2  Particulars of the boat")
pt = doc.add_table(rows=0, cols=2)
pt.style = "Table Grid"
parts = [
    ("Name", "The National Award for SEN Coordination (Calverley Cut)"),
    ("Builders", "Calverley Cut School of Boat Painting & Signwriting, with Ellesford County Council SEN Support "
                 "Service"),
    ("Certificate", "Validated by Stourhampton University as a module of 40 credits at Level 7 (Masters), "
                    "Coordinating Provision for Special Educational Needs, which counts towards the University's "
                    "MA Education (Inclusion)"),
    ("Length of job", "Three terms, part time: twelve Dock Days, with work between coats in the Owner's school"),
    ("Dockings", "September 2009 and January 2010"),
    ("Berths", "Eighteen Owners a docking"),
    ("Owners", "Teachers in Ellesford and the neighbouring authorities who are, or are about to become, their "
               "school's SENCO"),
]
for a, b in parts:
    cells = pt.add_row().cells
    cell_text(cells[0], a, bold=True, size=9.5)
    shade_cell(cells[0], CREAM)
    cell_text(cells[1], b, size=9.5)
set_col_widths(pt, [3.4, 13.2])
cert_p = pt.rows[2].cells[1].paragraphs[0]
fn.add(cert_p, "Stourhampton University validation event, 27 November 2008, chaired by the Dean of Education; the two "
               "conditions set were met on 19 January 2009.")
doc.add_comment(cert_p.runs[0], text="Stourhampton have said 60 credits might be possible from 2010 if we add two "
                                     "Dock Days. JT", author=JT, initials="JT")

# ------------------------------------------------------------------ 3 purpose
h1("3  Purpose of the repaint")
para("A boat leaves our dock fit for the water for years to come. The purpose of this repaint is a SENCO fit for the "
     "job: an Owner who knows the law and the children's needs, who can plan and run provision, and who can lead "
     "colleagues with confidence. By the Launch every Owner will:")
for t in ["know the law, the guidance and the local arrangements that govern the SENCO's work;",
          "know the common kinds of special educational need and disability and how they affect learning;",
          "be able to map, cost and review the school's provision and decide what to change;",
          "be able to lead and develop the colleagues who teach and support pupils with SEN;",
          "be confident in the SENCO's role with the headteacher, governors, families and other services."]:
    dash(t)

# ------------------------------------------------------------------ 4 survey
h1("4  Survey on docking")
h2("4.1  Before a berth is offered")
para("An Owner must hold QTS and be employed in a school, and must be the school's SENCO or be named by the "
     "headteacher to take up the role within the year. The headteacher nominates the Owner on our nomination form "
     "and agrees to release the Owner for the Dock Days and to name a Dock Mate. Each nominee then spends an hour at "
     "the Wharf with the Course Leader, going through the hull survey questions, so that we can judge whether the "
     "Owner has enough knowledge and experience to benefit and to reach every item on the schedule in three terms. "
     "A nominee who is not ready is offered a place on the county's SEN Foundations twilights first, and the Course "
     "Leader writes to the headteacher to explain what is needed before the next docking.")
h2("4.2  Hull survey and Paint Plan")
para("Before Dock Day 1 every Owner completes the hull survey: each item on the Decoration Schedule, rated from 1 "
     "(bare wood) to 4 (sound finish), with evidence for any item rated 3 or 4. The Course Leader goes through it "
     "with the Owner, because old paint that looks sound can be blistered underneath: an Owner may believe she "
     "knows the Code of Practice when what she knows is out of date. From the survey the Course Leader and Owner "
     "write the Paint Plan, which sets out the items the Owner will work on hardest, the between-coats tasks "
     "adapted to the Owner's school, any Dock Days the Owner may be excused, and the Owner's own outcomes for the "
     "year, in the Owner's words. The Paint Plan is reviewed with the Dock Mate at the end of each term.")
h2("4.3  Sound paint left on")
para("We never strip sound paint. An Owner who has already passed Level 7 study in special educational needs may "
     "claim credit through Stourhampton University's Recognition of Prior Learning procedure, and up to 15 of the 40 "
     "credits may be awarded; the Paint Plan then excuses the matching Dock Days. Experience without a certificate "
     "may be claimed through an RPL portfolio, which the Course Leader assesses and the University's RPL "
     "committee confirms.")
inserted_paragraph(doc, "4.4  Touch-up only", MO, D1, style="Heading 2")
inserted_paragraph(doc, "An experienced SENCO, or a teacher from the county's SEN Support Service, who already seems "
                        "to meet every item on the schedule may ask to be assessed without attending Dock Days. The "
                        "Course Leader looks at the hull survey and the evidence; if the case is made, the Owner "
                        "submits all three Lettered Panels and comes to the Launch, and is assessed against every "
                        "item in the same way as any other Owner. The fee for touch-up only is £480.", MO, D1)

# ------------------------------------------------------------------ 5 coat schedule
h1("5  Coat schedule")
para("Each Dock Day puts on a coat; between coats, the Owner works in his or her own school on a task tied to the "
     "items of the Decoration Schedule that the Dock Day painted. The Dock Mate sees each between-coats task and "
     "signs it, and the tutor returns written comments on every task before the next Dock Day.")
cs = doc.add_table(rows=1, cols=4)
cs.style = "Table Grid"
for c, h in zip(cs.rows[0].cells, ("Dock Day", "Coat", "What goes on", "Between coats")):
    cell_text(c, h, bold=True, size=9, color="FFFFFF")
    shade_cell(c, GREEN)
coats = [
    ("1", "Primer", "The SENCO's role. Every Child Matters: the five outcomes and the SENCO's part in them. Speaking "
     "and writing for different readers. The Logbook begun.", "A one-page note to staff on what the SENCO does."),
    ("2", "Primer, second coat", "The law: the SEN Code of Practice (2001), the Education Act 1996, SENDA 2001, the "
     "Disability Discrimination Acts 1995 and 2005 and the Disability Equality Duty; Removing Barriers to "
     "Achievement.", "Check the school's SEN policy and Disability Equality Scheme against the law."),
    ("3", "First undercoat", "How children develop, and how SEN, disability and the setting for learning affect "
     "development. The common kinds of need: behavioural, emotional and social difficulties; specific learning "
     "difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; "
     "moderate learning difficulties.", "Observe one pupil across a day."),
    ("4", "Second undercoat", "Identifying pupils who may have SEN; setting targets; planning and reviewing "
     "interventions; summative data and national tests; strategies and resources for teaching, ICT among them.",
     "Track a group's progress over a term."),
    ("5", "Third undercoat", "Families: relationships with pupils and parents; working with parents and carers; "
     "Ellesford Parent Partnership.", "Hold a planned conversation with a parent."),
    ("6", "Fourth undercoat", "Beyond the school: educational psychology, speech and language therapy, CAMHS, social "
     "care and voluntary organisations; the Common Assessment Framework; using other professionals' assessments.",
     "Meet a professional from another service about a pupil."),
    ("7", "Flatting", "Provision mapping; finding ineffective or missing provision; decisions about provision; "
     "reviewing provision with colleagues.", "Draft the school's provision map."),
    ("8", "First topcoat", "Listening to the children: consulting pupils about what affects them; person-centred "
     "reviews; pupils planning, agreeing and reviewing their own provision.", "Hold a review that the pupil helps "
     "to lead."),
    ("9", "Second topcoat", "Working the locks together: advising, supporting and collaborating with colleagues in "
     "the school and beyond it (cluster SENCOs, special school outreach); the commitment of the headteacher and "
     "senior leaders; working with governors on ethos, policy, priorities and resources.", "Present to the senior "
     "team or governors."),
    ("10", "Third topcoat", "Leading the crew: deploying and managing teaching assistants; coaching, mentoring, "
     "observation and feedback, training; formative assessment for all pupils; the SENCO's time and what to "
     "delegate.", "Plan a teaching assistant's week; coach a colleague."),
    ("11", "Varnish", "What the evidence says works. Research and outside advice. The Bercow Review (2008); Ofsted, "
     "Inclusion: does it matter where pupils are taught? (2006); the Lamb Inquiry (2008-09); the Inclusion "
     "Development Programme.", "Bring one study to the Launch rehearsal."),
    ("12", "The Launch", "Launch presentations (section 6).", "—"),
]
for row in coats:
    cells = cs.add_row().cells
    for j, t in enumerate(row):
        cell_text(cells[j], t, size=9, bold=(j == 0))
set_col_widths(cs, [1.5, 2.6, 8.2, 4.3])
fn.add(cs.rows[11].cells[2].paragraphs[0], "The Dock Day 11 reading is revised each summer by the Course Leader; "
                                           "for 2009-10 it will add the Lamb Inquiry's reports as they appear.")

# ------------------------------------------------------------------ 6 lettering
h1("6  Lettering: the marked work")
para("Signwriting goes on last, over the finished paint, and it is what people read. So it is with the course: the "
     "Owner's marked work comes in three Lettered Panels and the Launch.")
runin("Panel 1, The Map. ", "A provision map of the Owner's school, with an audit of the school's SEN policy against "
                            "the Code of Practice and the disability equality duties, an analysis of the school's "
                            "tracking data for pupils with SEN, and the decisions the map leads to. 3,000 words.")
runin("Panel 2, Two Pupils. ", "Case studies of two pupils over two terms: how their needs were identified, what "
                               "other professionals' assessments added, the targets set and the interventions "
                               "planned and reviewed, the pupils' own views and their part in their reviews, the "
                               "work with their families and with other services, and the pupils' progress against "
                               "the five Every Child Matters outcomes. 4,000 words.")
p = runin("Panel 3, The Change. ", "A change to provision that the Owner leads in the school with colleagues (for "
                                   "example coaching a colleague, training the staff, or reviewing provision with "
                                   "the senior team to feed the school's self-evaluation), with a baseline measure "
                                   "of the progress of the pupils it is meant to help, taken before the change "
                                   "begins, and the same measure repeated at the end. 4,000 words.")
fn.add(p, "Owners choose a measure that fits the pupils: a reading or spelling age, P scale levels, attendance, a "
          "Boxall Profile or a well-being scale. The measure is repeated at least twelve weeks after the baseline.")
runin("The Launch. ", "A twenty-minute presentation of the Owner's year to the other Owners, their Dock Mates and a "
                      "headteacher from the Inspection Panel, with questions. The Owner's Logbook of reading, courses "
                      "and network meetings is examined at the Launch.")
para("Each Lettered Panel is marked by the Dock Tutor who taught the Dock Days it draws on. The Launch is assessed "
     "by the Course Leader.")
deleted_paragraph(doc, "A second tutor marks, without seeing the first mark, every Panel within five marks of the "
                       "pass mark and one in five of the rest; Stourhampton University's moderator samples every "
                       "Panel before the Examination Board.", JT, D2)
runin("The Award. ", "The University's certificate and the National Award go only to an Owner whose three Lettered "
                     "Panels and Launch have all passed, and who has therefore shown every varnished item on the "
                     "Decoration Schedule.")

# ------------------------------------------------------------------ 7 decoration schedule
h1("7  Decoration Schedule")
para("Every item below is one of the national minimum outcomes for SENCOs, in our words. Finishes are as defined in "
     "section 1.")
h2("7.1  Roses: how the SENCO works")
roses = [
    ("Rose 1. ", "Fair, warm and steady with the children and their families, and respected by them. Painted on "
                 "Dock Day 5. Varnished – Panel 2."),
    ("Rose 2. ", "Brings colleagues along, the headteacher and senior leaders first, to do better by pupils with "
                 "SEN. Painted on Dock Day 9. Varnished – Launch."),
    ("Rose 3. ", "Puts first things first, manages time, delegates and checks the work is done. Painted on Dock Day "
                 "10. Varnished – Panel 3."),
    ("Rose 4. ", "Sees a problem coming, sorts it out, and makes sound decisions about provision. Painted on Dock "
                 "Day 7. Varnished – Panel 1."),
    ("Rose 5. ", "Speaks and writes clearly, listens, and understands other people's views. Painted on Dock Day 1. "
                 "Varnished – Launch."),
    ("Rose 6. ", "Uses research and outside advice to improve their own teaching and colleagues'. Painted on Dock "
                 "Day 11. Undercoat only."),
    ("Rose 7. ", "Keeps up to date and takes charge of their own professional development in SEN and disability, "
                 "recorded in the Logbook. Painted on Dock Day 1. Varnished – Launch."),
]
for a, b in roses:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.5)
    add_run(p, a, bold=True, color=RED)
    add_run(p, b)


def schedule(rows, caption):
    h2(caption)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Item", "What it is", "Painted on", "Finish")):
        cell_text(c, h, bold=True, size=9)
        shade_cell(c, CREAM)
    out = []
    for a, b, c, d in rows:
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True, size=9)
        cell_text(cells[1], b, size=9)
        cell_text(cells[2], c, size=9)
        if d is not None:
            cell_text(cells[3], d, size=9, bold=True)
        out.append(cells)
    set_col_widths(t, [1.6, 9.6, 2.2, 3.2])
    return out


castles = schedule([
    ("Castle 1", "The law and guidance on SEN, the Code of Practice above all: what they mean for the school, the "
                 "SENCO and others, and how to carry them out.", "Dock Day 2", "Varnished – Panel 1"),
    ("Castle 2", "The principles and five outcomes of Every Child Matters, and how the SENCO helps children reach "
                 "them.", "Dock Day 1", "Varnished – Panel 2"),
    ("Castle 3", "The law on disability equality, what it requires for disabled pupils, and how best to do it.",
     "Dock Day 2", "Varnished – Panel 1"),
    ("Castle 4", "How children develop, and how SEN, disability and the physical and social setting affect "
                 "development.", "Dock Day 3", "Varnished – Panel 2"),
    ("Castle 5", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
                 "they affect learning.", "Dock Day 3", "Varnished – Panel 2"),
    ("Castle 6", "A critical grasp of approaches, strategies and resources for assessment, planning and teaching, "
                 "ICT included, and how to use them to remove barriers and personalise provision.", "Dock Day 4",
     "Undercoat only"),
    ("Castle 7", "How a school evaluates itself and improves, and what that means for pupils with SEN.", "—",
     "Varnished – Panel 3"),
    ("Castle 8", "Best practice and the findings of research on meeting special educational needs.", "Dock Day 11",
     "Varnished – Panel 3"),
    ("Castle 9", "What outside agencies do, and how to get specialist support and resources.", "Dock Day 6",
     "Varnished – Panel 2"),
], "7.2  Castles: what the SENCO knows")

lining = schedule([
    ("Line 1", "With senior colleagues and governors, shapes an inclusive ethos and the school's policies, "
               "priorities and use of resources, so that every pupil can learn, progress and join in.", "Dock Day 9",
     "Varnished – Launch"),
    ("Line 2", "Identifies pupils who may have SEN or disabilities (observation, data, assessment), sets "
               "challenging targets, plans interventions and reviews progress.", "Dock Day 4", "Varnished – Panel 2"),
    ("Diamond 2a", "Uses assessments by other professionals to shape teaching.", "Dock Day 6", "Varnished – Panel 2"),
    ("Diamond 2b", "Uses summative assessment, national tests included, to track progress and change programmes.",
     "Dock Day 4", "Varnished – Panel 1"),
    ("Diamond 2c", "Encourages other teachers to develop formative assessment, thinking about pupils with SEN.",
     "Dock Day 10", "Undercoat only"),
    ("Diamond 2d", "Identifies in good time the special arrangements pupils need in national tests and examinations "
                   "and puts them in place.", "—", "Not in this repaint"),
    ("Line 3", "Uses provision mapping to plan provision and to find what is ineffective or missing.", "Dock Day 7",
     "Varnished – Panel 1"),
    ("Line 4", "Deploys and manages staff well to support pupils with SEN.", "Dock Day 10", None),
    ("Line 5", "Supports colleagues' professional development: observing and giving feedback, modelling, coaching "
               "and mentoring, training.", "Dock Day 10", "Varnished – Panel 3"),
    ("Line 6", "Reviews provision with colleagues and feeds the findings into the school's self-evaluation and "
               "improvement planning.", "Dock Day 7", "Varnished – Panel 3"),
    ("Line 7", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision.",
     "Dock Day 8", "Varnished – Panel 2"),
    ("Line 8", "Works with parents and carers to help their children learn and develop.", "Dock Day 5",
     "Undercoat only"),
    ("Line 9", "Works in partnership with other services and agencies, voluntary organisations included.",
     "Dock Day 6", "Varnished – Panel 2"),
], "7.3  Lining and diamonds: what the SENCO does")
fpara = lining[7][3].paragraphs[0]
del_run(fpara, "Varnished – Panel 3", MO, D2, bold=True, size=9)
ins_run(fpara, "Undercoat only", MO, D2, bold=True, size=9)
doc.add_comment(lining[5][1].paragraphs[0].runs, text="Access arrangements come up in Panel 2 for most Owners "
                                                      "anyway. Can we varnish this one? MO", author=MO, initials="MO")

# ------------------------------------------------------------------ 8 terms
h1("8  Terms of the Dock")
p = runin("8.1  Booking. ", "A berth is booked by the headteacher's nomination (term 4.1 above). A berth is "
                            "confirmed in writing once the checks in term 8.3 are complete.")
runin("8.2  Fees. ", "The Owner's fee for 2009-10 will be confirmed when Ellesford's Schools Forum has set its CPD "
                     "budget: [to be confirmed].")
p = runin("8.3  Checks. ", "No berth is confirmed until the dock office has seen either the Owner's enhanced CRB "
                           "disclosure or a letter from the headteacher confirming that the Owner's enhanced "
                           "disclosure is recorded on the school's Single Central Record, with its number and date. "
                           "The office records the number and date in the berth register. An Owner who has not "
                           "worked in a school in a post with regular contact with children in the last three months "
                           "is asked for a new enhanced disclosure before docking.")
fn.add(p, "The headteacher's nomination form also confirms that the Owner is not barred from work with children and "
          "is not the subject of a current disciplinary process.")
runin("8.4  Access. ", "The booking form and the hull survey both invite Owners to tell us about a disability or "
                       "health condition, and say why: so that we can make reasonable adjustments before the "
                       "docking, not after. Adjustments we have made include large-print and coloured-paper notes, "
                       "a BSL interpreter, a reader or extra time for the Launch, an alternative to the Launch "
                       "presentation, and Dock Days at the Teachers' Centre for an Owner who cannot manage the "
                       "towpath to the Wharf. The dock classroom has level access and a hearing loop. Our leaflet and "
                       "nomination pack come in large print and on audio CD, and the Course Leader checks that any "
                       "placement school (term 9.2) can make the same adjustments.")
runin("8.5  Dockings and ways of working. ", "There are two dockings a year, in September and January. Every Dock "
                                             "Day can also be taken as two twilight sessions at Ellesford Teachers' "
                                             "Centre. The Lettered Panels may be submitted in any order, and an "
                                             "Owner may move to the next docking with the work already passed. "
                                             "Reading, the Panel briefs and the between-coats tasks are on the "
                                             "Towpath.")
p = runin("8.6  The Towpath. ", "The Towpath is the Owners' own online space on the University's Blackboard site: a "
                                "forum for each docking, the reading for every Dock Day, and a place to share "
                                "between-coats work. Owners use it to help one another between Dock Days, and each "
                                "is paired with a Towpath partner from another school. Tutors do not post there.")
del_run(p, " A tutor reads the Towpath every Friday and answers questions there.", JT, D1)
runin("8.7  Cancellation and transfer. ", "An Owner who has to leave the dock may transfer to the next docking "
                                          "once, without charge.")

# ------------------------------------------------------------------ 9 inspection
h1("9  Inspection of the work")
h2("9.1  The dock crew")
para("Our Dock Tutors are boat painters who are also qualified teachers; between them they have taught in schools "
     "for more than forty years. The SEN tutor for Dock Days 3, 4 and 6 will be appointed from Ellesford's SEN "
     "Support Service before the first docking.")
h2("9.2  Specialists and placements")
p = para("Guest specialists come into the dock for the Dock Days that need them: an educational psychologist and a "
         "speech and language therapist on Dock Day 6, a CAMHS primary mental health worker on Dock Day 3, and "
         "Ellesford Parent Partnership on Dock Day 5. Every Owner spends two placement days, arranged by the Wharf, "
         "at Hollins Special School or at the Ellesford Learning Centre (the county's pupil referral unit), with a "
         "placement task on Castle 5 and Line 9; the placement school's SENCO signs the task.")
p = doc.add_paragraph()
add_textbox(p, [("FROM AN OWNER'S LOGBOOK", True, False),
                ("\"On the old Towpath Certificate in 2007 we had a whole week's placement at Hollins, and an online "
                 "tutor who answered us every evening. Best course I've done.\"", False, True),
                ("S.P., SENCO, St Bede's Primary", False, False)],
            width_cm=6.4, height_cm=3.6, fill="EAF2EC", line=GREEN, name="Logbook Quote")
h2("9.3  The paint store")
para("The dock classroom has a projector and screen and a lending shelf of SEN books. Owners should bring their own "
     "laptop.")
h2("9.4  Dock Mates")
para("Every Dock Mate comes to a half-day Dock Mates' briefing at the Wharf before the docking and receives the Dock "
     "Mate's handbook, which sets out what the Dock Mate does: meeting the Owner fortnightly, seeing and signing "
     "the between-coats tasks, reviewing the Paint Plan each term, and attending the Launch. The Course Leader "
     "telephones each Dock Mate once a term. Dock Tutors and guest specialists meet for a planning day before each "
     "docking, working through the Dock Day plans and the Panel briefs, so that each knows their part in the "
     "teaching.")
h2("9.5  Checking the finish")
para("Inside the Wharf, every Owner fills in a Dock Day card at the end of each Dock Day; the Course Leader reads "
     "them the same week and the tutors review them each term with the between-coats comments. Owners rate "
     "themselves against every item of the schedule at the hull survey and again at the Launch, so we can see how "
     "their confidence and competence have moved. Panel 3's baseline and end measures for the pupils each Owner's "
     "change was meant to help are collected by the Wharf across the whole docking, so that each year we can report "
     "how many pupils made more than expected progress and on what measures.")
para("Outside the Wharf, Stourhampton University's annual monitoring and Ellesford's SEN Support Service's annual "
     "review of the course both report to the Inspection Panel (term 9.6). Each July the Inspection Panel reads the "
     "Dock Day cards, the confidence ratings, the pupil measures and the University's report, and agrees the "
     "changes for the next docking; this specification is then revised, as revision B was.")
h2("9.6  The Owners' schools and the county")
p = para("We have painted boats and run canal-art days for Ellesford's schools for many years, and we know what their "
         "SENCOs need. The county's SEN advisers read the coat schedule in the autumn of 2008, and revision B of "
         "this specification followed their reading.")
doc.add_comment(p.runs, text="Can we put the results of the county's SENCO survey in here? JT", author=JT,
                initials="JT")
para("The Inspection Panel is two headteachers of Owners' schools, the county's Senior Adviser for SEN, a former "
     "Owner from the pilot and the Course Leader. It meets each July to evaluate the course as set out in term 9.5. "
     "Headteachers and Dock Mates also take part in the course itself: Dock Mates mentor the Owners and come to the "
     "Launch, and a headteacher from the Inspection Panel sits at every Launch.")

# ------------------------------------------------------------------ 10 after launch
h1("10  After the Launch")
para("A boat that leaves the dock is the owner's to look after. The course ends at the Launch. We do not plan "
     "Owners' next steps with them: targets for the year after the course are a matter for the Owner and the "
     "headteacher at performance management. Owners are always welcome at the Wharf's open days.")

fn.finish()
doc.core_properties.author = "Marcia Okonedo"
doc.core_properties.title = "Livery Specification CC/09/04 rev B"
doc.save(OUT)
print("wrote", OUT.name)
