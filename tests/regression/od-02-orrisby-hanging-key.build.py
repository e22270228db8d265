"""od-02-orrisby-hanging-key: build script.

Provider (invented): Orrisby Quay Tapestry Studio (a weaving studio in a former sail loft), with the eleven schools of
the Fenmere Schools Partnership and the University of Kelbrook, which validates and awards. During the 2007-08 pilot
the studio, its pilot SENCOs and pupils wove "the Fenmere Hanging", a narrative tapestry in twelve scenes that now
hangs in the Long Gallery of the Fenmere Teachers' Centre. The Award course is built on the Hanging: participants are
"Makers", taught days "Scene Days" (one per scene), the online space "the Back of the Hanging", the three assessed
pieces "Makers' Marks" M1 The Design Paper, M2 The Woven Day, M3 The Hanging Talk, the board "the Hanging Committee",
the pre-course interview "the Loom Conversation", and the minimum outcomes are the twenty-eight "roundels" of the
lower border.

Document kind: the visitors' KEY TO A NARRATIVE TAPESTRY (like a Bayeux Tapestry scene guide), second edition,
rewritten to explain the course, sent whole as the application. Layout: Title and Heading 1/2 styles, a custom
"Inscription" paragraph style for the woven captions ("HERE THE MAKERS COME TO THE QUAY"), each scene with bold run-in
"What you see." and "On the course." paragraphs; a "How to read the Hanging" section early on defines the border
table's values ("Woven in", "Marked in", "Shaded only", "Outlined", "Left bare") far above the table; a calendar table
with a vertically merged Back-route cell; the Lower Border table at the end with merged shaded group rows; a text box
for the panel; footnotes; header and footer with a PAGE field; four comments; tracked changes (an inserted CRB
paragraph, a deleted peer common-room sentence, a deleted border row, a change inside a cell).

Traps (requirement ids):
- E.2 partially_met: "40 credits at Level 7", not the 60 normally expected.
- 1.1 partially_met: the aim is attainment only ("better attainment in reading, writing and mathematics"), and the
  Hanging Talk is judged on attainment data; well-being and the five outcomes appear only as Scene 2 content.
- 1.5 / 6.S7 partially_met: pupil voice only talked about in Scene 8 ("why pupil voice matters"); roundel 27
  "Outlined", not marked.
- 1.9 partially_met and 6.0 not_met: blanket "a Maker who finishes the Hanging has shown all twenty-eight" against
  unmarked and bare roundels; and compensation: a Maker who passes two Marks and comes within ten marks on the
  third "may be recommended for the Award" (6.0). The comment on that rule is not part of the submission.
- 2.2 partially_met: the Loom Conversation is about the school and hopes, used to form Loom Groups; not against the
  outcomes, no individual plan.
- 2.4 partially_met: routes, fees and savings are concrete, but tailoring is to Loom Groups ("spend Scene Day time
  where Loom Groups need it"), not to each Maker's needs.
- 2.1 met: certificated and experiential learning (portfolio) through the University, up to 20 credits.
- 4.1-4.3 met: the 2007 audit of eleven schools and LA data shaped Scenes 4 and 9; pilot Makers, heads and
  parents changed the course; the Hanging Committee (heads, a parent governor, former Makers, the LA) evaluates.
- 5.9 met: pupils' attainment before and after collected across the cohort; confidence ratings by Makers and heads.
- 2.3 met: "the Finished Cloth route" for experienced SEN support teachers, assessed on all three Marks.
- 2.5 not_met: past arrangement: the pilot's "next warp" cards "we have not kept them for the Award course".
- 3.1 partially_met: step-free, hearing loop, screen-readable Back, "Everyone is welcome"; no disclosure,
  adjustments in assessment or selection.
- 3.3 partially_met: e-learning on the Back with tutor replies and between-day tasks, but "Makers do not see one
  another's posts"; the common-room sentence offering peer support is a tracked deletion; communication with
  schools not addressed.
- 5.2 partially_met: eligibility only (QTS and a SENCO post), nothing on enough prior knowledge.
- 5.3 met only through an inserted paragraph (tracked insertion is part of the submission).
- 5.5 partially_met: specialist expertise yes; "placements" are pupils' visits to the Long Gallery (wrong context).
- 5.7 partially_met: tutors meet before each Scene Day; mentors "will be given guidance on their role in due
  course" (a promise).
- 5.8 partially_met: marked by the Maker's own tutor; "The University may ask to see a sample" (conditional).
- Criterion 6 via the Lower Border: 6.A2, 6.S6, 6.S7 "Outlined" (taught, not marked) and 6.A3 "Shaded only"
  (formative) = partially_met; 6.K5's cell changed by tracked change from "M1" to "Shaded only" = partially_met;
  6.K7 and 6.S2c "Left bare" (K7 "taught in the University's MA modules", another course) = not_met; 6.S4's row is a
  tracked deletion and no scene teaches it = not_met.
- Footnotes carry only colour (the Hanging's size, the captions' model, the validation panel date).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _od_helpers import (add_run, add_ins, add_del, deleted_paragraph, inserted_paragraph, delete_row, shade,
                         set_cell, table_borders, text_box, page_field, Footnotes)

HERE = Path(__file__).parent
OUT = HERE / "od-02-orrisby-hanging-key.docx"
HV = "Hester Vane"
JO = "Judith Ormerod"
D1 = "2009-02-16T09:30:00Z"
D2 = "2009-02-23T14:05:00Z"
INDIGO = "2F3E6B"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Garamond"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.4)

ins_style = doc.styles.add_style("Inscription", WD_STYLE_TYPE.PARAGRAPH)
ins_style.base_style = doc.styles["Normal"]
ins_style.font.bold = True
ins_style.font.size = Pt(12)
ins_style.font.color.rgb = RGBColor.from_string("8B2E16")
ins_style.paragraph_format.space_before = Pt(6)
ins_style.paragraph_format.keep_with_next = True

fs = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
fs.base_style = doc.styles["Normal"]
fs.font.size = Pt(8.5)
fn = Footnotes(doc)

hp = sec.header.paragraphs[0]
add_run(hp, "Orrisby Quay Tapestry Studio  ·  The Fenmere Hanging  ·  A Key to the Scenes  ·  Second edition",
        italic=True, size=8.5)
fp = sec.footer.paragraphs[0]
add_run(fp, "Printed for the Long Gallery, Fenmere Teachers' Centre, and for the TDA approval round, February 2009"
        "   ·   ", size=8)
page_field(fp)


def P(text="", lead=None, italic=False, style=None):
    p = doc.add_paragraph(style=style)
    if lead:
        add_run(p, lead, bold=True)
    if text:
        add_run(p, text, italic=italic)
    return p


def scene(n, caption, see, course, border):
    doc.add_heading(f"Scene {n}", level=2)
    P(caption, style="Inscription")
    P(see, lead="What you see. ")
    p = P(course, lead="On the course. ")
    P(border, lead="In the border below: ", italic=True)
    return p


# ------------------------------------------------------------------ front
doc.add_paragraph("The Fenmere Hanging", style="Title")
p = P("A key to the scenes, with the course it tells: the National Award for SEN Coordination at Orrisby Quay",
      italic=True)
P("Orrisby Quay Tapestry Studio, the Fenmere Schools Partnership and the University of Kelbrook. Second edition, "
  "February 2009.")

text_box(doc, [
    ("For the TDA approval panel", True),
    ("This is the key that hangs beside the Fenmere Hanging in the Long Gallery. For this second edition we have "
     "rewritten it so that every scene says what happens on the Award course, because the Hanging is how we explain "
     "the course to schools, to families and to the Makers themselves. Please read it as our application. The Lower "
     "Border at the end shows where each of the national outcomes is taught and marked. Hester Vane, Studio "
     "Director; Judith Ormerod, Course Leader.", False),
], height_pt=110)

doc.add_heading("About the Hanging", level=1)
p = P("The Fenmere Hanging was woven at Orrisby Quay between September 2007 and July 2008 by the studio's weavers, "
      "the nine teachers of our pilot SENCO group and more than three hundred pupils from the Partnership's schools. "
      "It tells, in twelve scenes from left to right, the year of a teacher learning to lead provision for pupils "
      "with special educational needs and disabilities.")
fn.add(p, "The Hanging is 11.6 metres long and 1.4 metres high, woven in wool and linen on a cotton warp at six "
       "ends to the centimetre.")
P("The pilot is finished. From 2009 the same twelve scenes are the twelve Scene Days of the National Award for SEN "
  "Coordination at Orrisby Quay. The University of Kelbrook has validated the course as its Postgraduate Certificate "
  "in Leading SEN Coordination, 40 credits at Level 7, and awards it; Makers are registered students of the "
  "University for the year.")
p = P("The course has one aim, woven into the top border of the Hanging in the pupils' own lettering: better "
      "attainment in reading, writing and mathematics for pupils with SEN in Fenmere's schools. Every scene comes "
      "back to it, and the Hanging Talk is judged on the attainment data a Maker brings.")

doc.add_heading("How to read the Hanging", level=1)
p = P("Each scene has an inscription woven above it, in capitals. Every inscription begins HERE, as the captions on "
      "the great medieval hangings do.")
fn.add(p, "The model is the Bayeux Tapestry, whose captions begin HIC, 'here'.")
P("Below the scenes runs the lower border: twenty-nine roundels, one for each of the things a Maker must be, know "
  "and be able to do by the end of the course. In the table at the end of this key each roundel has two entries. "
  "Woven in gives the scene or scenes in which the course teaches it. Marked in gives the Maker's Mark (M1, M2 or M3) "
  "in which it is marked. Where Marked in says Shaded only, Makers practise it in exercises on the Back of the Hanging "
  "and a tutor comments, but it is not marked. Where it says Outlined, the roundel was drawn on the cartoon and is "
  "talked through in its scene, but it is not marked. A roundel Left bare is not woven in this edition.")
P("Every roundel in the lower border is a promise kept: a Maker who finishes the Hanging has shown all twenty-nine.")

doc.add_heading("Who's who on the Hanging", level=1)
for lead, s in [
    ("Makers ", "are the teachers on the course: SENCOs in their first years in the post."),
    ("Scene Days ", "are the twelve taught days, one for each scene, on Wednesdays from 9.30 to 4.00."),
    ("Loom Groups ", "are groups of four Makers from similar schools who meet between Scene Days."),
    ("School mentors ", "are experienced SENCOs or senior leaders in the Maker's own school or a neighbouring one."),
    ("The Back of the Hanging ", "is the course's online space (see below)."),
    ("The Hanging Committee ", "is the course's board of studies and examination board together."),
]:
    p = doc.add_paragraph(style="List Bullet")
    add_run(p, lead, bold=True)
    add_run(p, s)

# ------------------------------------------------------------------ scenes
doc.add_heading("The twelve scenes", level=1)
scene(1, "HERE THE MAKERS COME TO THE QUAY",
      "Boats unload bales of fleece at Orrisby Quay while a line of figures, each carrying a bobbin, walks up from "
      "the water to the studio door. The faces were woven by the pilot Makers themselves.",
      "The SENCO's role and the year ahead. Each Maker starts a reading log, which they keep all year and which M1 "
      "draws on, and we talk about keeping up to date: the journals, networks and newsletters worth a SENCO's time, and "
      "how to take charge of their own learning on SEN and disability.",
      "roundel 7.")
scene(2, "HERE THEY READ THE LAW",
      "A great book lies open on a lectern, its pages woven in tiny letters; children lean over the Makers' shoulders "
      "to read it.",
      "The SEN Code of Practice (2001) and what it asks of schools, SENCOs, teachers and governors, and how to put it "
      "into practice; the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 "
      "as amended in 2005, the disability equality duty and the actions it requires of a school; Every Child Matters "
      "and its five outcomes, and the SENCO's part in them; Removing Barriers to Achievement (2004), the Inclusion "
      "Development Programme and the Bercow Review (2008). Nerys Carrow reviews what Ofsted found in Special "
      "educational needs and disability: towards inclusive schools (2004) and in Inclusion: does it matter where "
      "pupils are taught? (2006).",
      "roundels 8, 9 and 10.")
scene(3, "HERE THEY WATCH THE CHILDREN GROW",
      "A row of children grows from babies at the left to teenagers at the right; in the background the quay, a "
      "school, a house and a playground change with them.",
      "How children develop, and how development is shaped by special educational needs and disabilities and by the "
      "physical and social environment for learning. Then the most common kinds of need: behavioural, emotional and "
      "social difficulties; specific learning difficulties, including dyslexia; speech, language and communication "
      "needs; autistic spectrum disorders; and moderate learning difficulties, and what each can mean for a child's "
      "learning.",
      "roundels 11 and 12.")
scene(4, "HERE THEY COUNT THE CATCH",
      "Fishermen sort their catch into baskets while a figure with a slate writes tallies. The slate is the only "
      "place on the Hanging with numbers.",
      "Finding pupils who may have SEN or disabilities, using observation, data, assessment and monitoring; setting "
      "challenging targets; planning interventions that remove barriers; reviewing progress. Using the assessments of "
      "educational psychologists, therapists and specialist teachers to shape teaching. Using summative assessment, "
      "including the national tests, to track progress and change programmes. Identifying early the access "
      "arrangements pupils need for national tests and examinations, and working with colleagues to put them in "
      "place both in class and on the day. The scene continues the kinds of need from Scene 3 with case studies.",
      "roundels 12, 18, 19, 20 and 22.")
scene(5, "HERE THEY TRY THE SHUTTLES",
      "Makers at a row of looms try different shuttles, bobbins and beaters, some carved by pupils at Saltings School.",
      "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT: Makers "
      "try the studio's assistive technology kit and judge what removes barriers for which pupils. What research and "
      "best practice say about meeting special educational needs, and how to use research and outside advice to "
      "improve one's own and colleagues' practice.",
      "roundels 6, 13 and 15.")
scene(6, "HERE THE SHIPS COME IN FROM OTHER HARBOURS",
      "Ships with different coloured sails, each flying the flag of a service, tie up along the quay.",
      "Other services and agencies: educational psychology, speech and language therapy, the sensory support service, "
      "health, social care, Connexions and voluntary organisations such as Fenmere Dyslexia Group and the local "
      "branch of Mencap; what each does, how to get specialist support and resources, and how to work with them so "
      "that support for a pupil is joined up; the Common Assessment Framework.",
      "roundels 16, 19 and 29.")
scene(7, "HERE THE FAMILIES COME ABOARD",
      "Families climb a gangplank onto a broad boat where Makers and children are already sitting.",
      "Fair, respectful and supportive relationships with pupils and their parents or carers; advising and "
      "supporting parents; liaising with them to help their child learn and develop; planning review meetings "
      "families find useful. Fenmere Parent Partnership Service leads the afternoon.",
      "roundels 1 and 28.")
scene(8, "HERE THE CHILDREN SPEAK",
      "The only scene with speech: ribbons of lettering run from the children's mouths, in words they chose.",
      "Pupil voice. We talk about why pupil voice matters and look at examples from the pilot schools.",
      "roundel 27.")
scene(9, "HERE THEY MAP THE MARSH",
      "Makers kneel over a map of the marshes, marking paths, pools and places where the ground gives way.",
      "Provision mapping and management: mapping what a school provides for pupils with SEN, finding what is missing "
      "or not working, and deciding what to change. Anticipating and solving problems, and making sound decisions "
      "about provision, through cases from Makers' schools.",
      "roundels 4 and 23.")
scene(10, "HERE THEY GO UP TO THE HALL",
      "A Maker climbs the steps of a hall where the headteacher and governors sit at a long table.",
      "Working with the headteacher, senior colleagues and governors on an inclusive ethos, policies, priorities and "
      "the use of resources; gaining the commitment of colleagues; the SENCO's week: priorities, time and delegation.",
      "roundels 2, 3 and 17.")
scene(11, "HERE THEY TEACH THE CREW",
      "On the deck of a ship a Maker shows a sailor how to splice a rope; other sailors watch and try it.",
      "Supporting colleagues' professional development by observing teaching and giving feedback, modelling, coaching "
      "and mentoring, and running training; reviewing with colleagues how well provision for pupils with SEN works.",
      "roundels 25 and 26.")
p = scene(12, "HERE THE HANGING IS RAISED",
          "The finished Hanging is hauled up the front of the studio on ropes while everyone below looks up.",
          "The Hanging Talks (M3). Former Makers from the pilot tell the group what their first years brought.",
          "roundel 5.")
P("In the pilot year each Maker wrote a next warp card at the last Scene Day and took it to their head. The cards "
  "were popular, but we have not kept them for the Award course.")

# ------------------------------------------------------------------ calendar
doc.add_heading("Two routes through the Hanging", level=1)
P("Makers start in January or in September; the table shows the January start, and the September start follows the same order to the following July. On the Studio route every scene is a Scene Day at the studio. On the Back "
  "route Scenes 1 to 3 and 10 to 12 are Scene Days at the studio and Scenes 4 to 9 are studied online on the Back "
  "of the Hanging, in any order, over the spring and summer. Makers on either route may take Scenes 4 to 9 in any "
  "order, and may change route at the end of any term.")
cal = doc.add_table(rows=5, cols=3)
table_borders(cal)
for i, h in enumerate(["Scenes", "Studio route", "Back route"]):
    set_cell(cal.rows[0].cells[i], h, bold=True, size=9.5)
    shade(cal.rows[0].cells[i], "D9DEEA")
rows = [("1 to 3", "Scene Days, January to March", "Scene Days at the studio, with the Studio route"),
        ("4 to 6", "Scene Days, April to June", "Online on the Back of the Hanging, in any order, with a tutor; "
                                                "Loom Groups meet at the studio once a half term"),
        ("7 to 9", "Scene Days, June to September", ""),
        ("10 to 12", "Scene Days, October to December", "Scene Days at the studio, with the Studio route")]
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row):
        if v:
            set_cell(cal.rows[r].cells[c], v, size=9.5)
m = cal.cell(2, 2).merge(cal.cell(3, 2))
shade(m, "EEF1F7")
for extra in m.paragraphs[1:]:
    extra._p.getparent().remove(extra._p)
P()

doc.add_heading("The Back of the Hanging", level=1)
p = P("The back of a tapestry shows every join and loose end the front hides. The course's online space, the Back of "
      "the Hanging, is on the University of Kelbrook's Blackboard site. It holds the readings and recorded talks for "
      "every scene, and a task for each week between Scene Days. Makers post their tasks and questions there and "
      "their tutor answers within three working days.")
add_del(p, " Makers also have a common room on the Back where they can talk to one another and to their Loom "
        "Group.", HV, D1)
c_back = P("The Back is private between each Maker and their tutor: Makers do not see one another's posts.")
P("The Back can be read with screen-reading software, and every recorded talk has a transcript.")

# ------------------------------------------------------------------ marks
doc.add_heading("The Makers' Marks", level=1)
P("A Maker's work is marked three times, once for each Mark. The Marks are marked out of 100 with a pass mark of 50.")
P("A written design, 5,000 words, for improving provision for a group of pupils in the Maker's school. It draws on "
  "the law, on research and on the Maker's reading log, and on the assessments other professionals have made of the "
  "pupils. 20 credits; due at the end of Scene 9.", lead="M1 The Design Paper. ")
P("A school day in which the Maker's tutor and school mentor watch the Maker at work: a review meeting with a pupil's "
  "parents or carers, a meeting with another service about a pupil, a coaching session or training for colleagues, "
  "and the Maker's tracking of pupils' progress and test arrangements. The Maker answers the tutor's questions at "
  "the end of the day. 10 credits; between Scenes 9 and 11.", lead="M2 The Woven Day. ")
P("A written report of 3,000 words on a change in provision the Maker has led, with the attainment of a group of "
  "pupils measured before and after, and a twenty-minute talk about it to the group and the tutors at Scene 12. "
  "10 credits.", lead="M3 The Hanging Talk. ")
P("There is one resubmission of each Mark. A Maker who passes all three Marks is awarded the Postgraduate "
  "Certificate and the National Award.")
c_comp = P("A Maker who passes two of the three Marks, and whose third mark is within ten marks of the pass, may be "
           "recommended for the Award by the Hanging Committee if they have attended every Scene Day.")
P("Each Mark is marked by the Maker's own tutor. The University may ask to see a sample.")

# ------------------------------------------------------------------ joining
doc.add_heading("Joining the Makers", level=1)
P("Makers must hold Qualified Teacher Status and be in a SENCO post, or about to take one, in a Partnership school or "
  "elsewhere in Fenmere. Headteachers nominate their SENCO on the studio's form.")
P("Before Scene 1 each Maker has a Loom Conversation with a tutor about their school and their hopes for the year; "
  "we use it to put Makers into Loom Groups of similar schools.")
inserted_paragraph(doc, "Before a place is confirmed the studio sees each Maker's enhanced CRB disclosure, or the "
                   "headteacher's written confirmation of its number and date, and asks the headteacher to confirm "
                   "that there are no outstanding concerns about the Maker's conduct. A Maker who has not worked with "
                   "children in the last three months applies for a new enhanced disclosure through the studio "
                   "before Scene 1.", JO, D2)
P("A Maker who already holds masters-level credits in SEN, or who can show through a portfolio that their "
  "experience already meets part of the course, may apply through the University's accreditation of prior "
  "experiential and certificated learning for up to 20 credits, in place of M1.")
P("In exceptional cases an experienced teacher from an SEN support service, or a SENCO moving to Fenmere from "
  "elsewhere, may take the Finished Cloth route: no Scene Days, but all three Marks, assessed against every roundel "
  "like any other Maker. Judith decides with the Hanging Committee who may take it; the fee is £450.")
P("Fees: £1,200 for the Studio route and £1,050 for the Back route, including University registration. The "
  "Partnership meets half the fee for its own schools. The Loom Conversation lets tutors spend Scene Day time "
  "where Loom Groups need it, and the Back route saves schools six days of cover; the Back's recorded talks are "
  "used by both routes, so each is made once.")
P("The Long Room at the studio is step-free and has a hearing loop. Everyone is welcome at Orrisby Quay.")

# ------------------------------------------------------------------ people
doc.add_heading("Who wove it: the course team", level=1)
for lead, s in [
    ("Judith Ormerod, Course Leader. ", "SENCO for nine years at Fenmere High School and Saltings School; MA in "
     "Special and Inclusive Education; the Partnership's inclusion lead since 2006."),
    ("Dr Sunil Bhatt. ", "Senior lecturer in SEN at the University of Kelbrook; PhD on provision mapping; link tutor "
     "for the course."),
    ("Nerys Carrow. ", "Educational psychologist, Fenmere Educational Psychology Service; teaches Scenes 2, 3 and 6."),
    ("Paul Lindqvist. ", "Specialist teacher for speech, language and communication needs, Fenmere; teaches Scenes 3 "
     "and 4."),
    ("Hester Vane. ", "Studio Director; leads the weaving at every Scene Day. She does not mark."),
]:
    p = doc.add_paragraph(style="List Bullet")
    add_run(p, lead, bold=True)
    add_run(p, s)
P("Judith and Paul teach in Partnership schools every week, and the tutors each keep a record of their own SEN "
  "training, reviewed by Sunil every July.")
P("Tutors meet the week before each Scene Day to agree who teaches what and to go through the marking criteria for "
  "the next Mark. School mentors will be given guidance on their role in due course.")
P("Specialists teach with us on the Scene Days: the educational psychology service, the speech and language "
  "therapy team, the sensory support service and the Parent Partnership Service. Partnership schools also send a "
  "class each term to weave with the Makers in the Long Gallery, so that Makers and pupils work side by side.")
P("The studio's resource room holds the Partnership's SEN lending library, an assistive technology kit (Clicker 5, "
  "Write Online, text-to-speech and symbol software, switches and a communication aid Makers may borrow for a "
  "half term), and six laptops for Makers to use on Scene Days. Makers also use the University of Kelbrook library.")

# ------------------------------------------------------------------ stakeholders and quality
doc.add_heading("How the Hanging was designed, and how it is kept", level=1)
P("Before the first cartoon was drawn, the Partnership audited SEN provision in all eleven of its schools (autumn "
  "2007) and Fenmere's SEN team shared its data. Two findings shaped the course: half the Partnership's SENCOs had "
  "been in post less than two years, and attainment in writing for pupils at School Action Plus was the lowest in "
  "the authority. Scenes 4 and 9 and the M3 measure of attainment come from those findings.")
P("At the end of the pilot the nine pilot Makers and their headteachers told us what to change. Heads asked for "
  "fewer days out of school, so Scenes 4 to 9 became the online Back route; pilot Makers asked for more on families, "
  "so Scene 7 became a whole day; and parents on the Partnership's SEN forum asked for review meetings to be taught, "
  "which is now part of Scene 7.")
P("The Hanging Committee meets each term. Its members are Judith, Sunil, two Partnership headteachers, a parent "
  "governor, two former Makers and Fenmere's senior SEN officer. Each July it reads the year's evidence and writes the "
  "Re-warp, the list of changes for next year, which Judith carries out and reports on at the next July meeting. "
  "Headteachers and SENCOs from the Partnership act as school mentors, and former Makers speak at Scene 12.")
P("Evidence comes from inside and outside the course: Makers' comments at the end of each Scene Day and in a survey "
  "at the end of the year; tutors' notes after each Scene Day; the University's annual programme review; and "
  "Fenmere's own data on pupils at School Action Plus in Makers' schools, which the SEN officer brings to the "
  "Committee each July.")
P("Each Maker measures the attainment of the group of pupils in their M3 change before the change and again at the "
  "end, and the studio collects those measures across the cohort for the Committee. Makers also rate their own "
  "confidence on all twenty-nine roundels at the Loom Conversation and again at Scene 12, their headteachers rate "
  "them at the same two points, and the Committee compares the ratings each July.")

# ------------------------------------------------------------------ lower border table
doc.add_heading("The lower border: the twenty-nine roundels", level=1)
P("Read the Woven in and Marked in entries as explained in How to read the Hanging, near the front of this key.",
  italic=True)
groups = [
    ("Roundels 1 to 7: what a Maker is", [
        (1, "Builds fair, respectful, supportive relationships with pupils with SEN and their families", "7", "M2"),
        (2, "Gains the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
         "10", "Outlined"),
        (3, "Prioritises, manages time and delegates, and checks that what is delegated is done", "10",
         "Shaded only"),
        (4, "Sees problems coming, solves them and makes sound decisions about provision", "9", "M2"),
        (5, "Speaks and writes clearly, and listens to and understands others", "12", "M3"),
        (6, "Draws on research and outside advice to improve their own and colleagues' practice", "5", "M1"),
        (7, "Keeps up to date and takes charge of their own learning on SEN and disability", "1", "M1"),
    ]),
    ("Roundels 8 to 16: what a Maker knows", [
        (8, "The law and guidance on SEN, the Code of Practice, what they mean and how to carry them out", "2", "M1"),
        (9, "Every Child Matters, its five outcomes and the SENCO's part in them", "2", "M1"),
        (10, "Disability equality law and the actions it requires of a school", "2", "M1"),
        (11, "How children develop and what affects their development", "3", "M1"),
        (12, "The common kinds of SEN and disability and how they affect learning", "3, 4", "K5CELL"),
        (13, "Approaches, strategies and resources, including ICT, and how to use them well", "5", "M1"),
        (14, "The principles of school self-evaluation and improvement for pupils with SEN", "",
         "Left bare: school self-evaluation is taught in the University's MA modules"),
        (15, "Best practice and research on meeting special educational needs", "5", "M1"),
        (16, "What other services and agencies do and how to get their help", "6", "M2"),
    ]),
    ("Roundels 17 to 29: what a Maker can do", [
        (17, "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and use of "
             "resources", "10", "M3"),
        (18, "Finds pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
         "4", "M2"),
        (19, "Uses other professionals' assessments to shape teaching", "4, 6", "M1"),
        (20, "Uses summative assessments and national tests to track progress and change programmes", "4", "M2"),
        ("S2c", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "",
         "Left bare"),
        (22, "Spots in good time the arrangements pupils need for tests and examinations and puts them in place",
         "4", "M2"),
        (23, "Uses provision mapping to plan provision and find what is missing or not working", "9", "M1"),
        ("S4", "Deploys and manages teaching assistants and other staff well", "11", "M2"),
        (25, "Supports colleagues' development by observation and feedback, modelling, coaching and training", "11",
         "M2"),
        (26, "Reviews with colleagues how well provision works, so the school's improvement planning takes account "
             "of it", "11", "Outlined"),
        (27, "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "8", "Outlined"),
        (28, "Liaises with parents and carers to help their child learn and develop", "7", "M2"),
        (29, "Works with other services and voluntary organisations for joined-up support", "6", "M2"),
    ]),
]
total_rows = 1 + sum(1 + len(g[1]) for g in groups)
bt = doc.add_table(rows=total_rows, cols=4)
table_borders(bt)
for i, h in enumerate(["Roundel", "What it shows", "Woven in", "Marked in"]):
    set_cell(bt.rows[0].cells[i], h, bold=True, size=9)
    shade(bt.rows[0].cells[i], "D9DEEA")
r = 1
deleted_row = None
k5_cell = None
label_for = {"S2c": "21", "S4": "24"}
for title, items in groups:
    m = bt.cell(r, 0).merge(bt.cell(r, 3))
    set_cell(m, title, bold=True, size=9.5)
    shade(m, "C9B79C")
    r += 1
    for num, what, woven, marked in items:
        cells = bt.rows[r].cells
        set_cell(cells[0], str(label_for.get(num, num)), size=9)
        set_cell(cells[1], what, size=9)
        set_cell(cells[2], woven or "–", size=9)
        if marked == "K5CELL":
            k5_cell = cells[3]
            k5_cell.text = ""
            add_del(k5_cell.paragraphs[0], "M1", JO, D2)
            add_ins(k5_cell.paragraphs[0], "Shaded only", JO, D2)
        else:
            set_cell(cells[3], marked, size=9)
        if num == "S4":
            deleted_row = bt.rows[r]
        r += 1
delete_row(deleted_row, HV, D1)
P()
P("Hester Vane and Judith Ormerod, Orrisby Quay, February 2009", italic=True)

# ------------------------------------------------------------------ comments, footnotes
doc.add_comment(c_back.runs, text="Makers keep asking for a shared space. Next year?", author=HV, initials="HV")
doc.add_comment(c_comp.runs, text="Sunil says the University's regulations allow compensation. Check with TDA?",
                author=JO, initials="JO")
last = doc.paragraphs[-1]
doc.add_comment(last.runs, text="Roundel 14 could go into Scene 11 next year if the Committee agrees.", author=JO,
                initials="JO")
# a footnote on the validation (first paragraph mentioning Kelbrook validation)
for para in doc.paragraphs:
    if para.text.startswith("The pilot is finished."):
        fn.add(para, "The University's validation panel met at Orrisby Quay on 11 February 2009.")
        doc.add_comment(para.runs, text="Should we say why 40 and not 60? The University's PGCerts are all 40.",
                        author=HV, initials="HV")
        break
fn.attach()

doc.save(OUT)
print("wrote", OUT)
