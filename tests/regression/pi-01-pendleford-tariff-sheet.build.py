"""pi-01-pendleford-tariff-sheet: build pi-01-pendleford-tariff-sheet.docx next to this script.

PROVIDER (invented): Pendleford Gymnastics Club Coaching Trust, the registered charity that runs
Pendleford Gymnastics Club's coach education and its "Inclusive Gym" schools programme, applying in
November 2008 to run the National Award for SEN Coordination as the "Pendleford Award for SEN
Coordination" (PASC), validated by the (invented) University of Mersham, with the (invented) Northwaite
County Council SEN and Inclusion Service co-delivering two days and moderating.

DOCUMENT KIND AND LAYOUT: the whole application is set out as a gymnastics TARIFF SHEET, the form a
coach hands the judges before a competition declaring each element of a gymnast's routines and its
value. A title block (a table with merged cells and grey shading, a "Judges' use only" row of blanks),
a key ("How to read this sheet") of the Trust's own words, then one band per APPARATUS: Vault = entry
and selection (elements V1-V8), Uneven Bars = the ten taught "Swing Days" (UB1-UB10), Beam = the six
in-school "Beam Tasks" (BB1-BB6), Floor = the four assessed "Routines" (FX1-FX4), a "Dismount"; each
apparatus is a table "No. | Element | Value | CR | Coach's note" (Value = study-hours letter A-E,
CR = which of the five Every Child Matters outcomes, "Composition Requirements" CR1-CR5, an element
serves). The outcomes are a "Difficulty Declaration" table in the Trust's words, lines AT1-AT7,
KN1-KN8, SK1-SK13 (its numbering runs one behind Annex 3 in the K group because it has no child
development line; one SK row is a deleted tracked row), columns "Trained on" (elements) and "Competed
in" (Routines), with "Warm-up only" (practised, not judged) and "Spotted only" (feedback, no mark)
defined in the key near the top. Then "The Judges' Panel" (staff, QA, stakeholders). Heading styles
for apparatus bands; header and footer (with a PAGE field); six Word comments; tracked changes
(a replaced credit value, an inserted paragraph, a deleted sentence, a deleted table row).

TRAPS (requirement ids):
- E.2: the level in the title block is a tracked change: "30 credits at Level 6 (Honours)" deleted,
  "60 credits at Master's level (Level 7)" inserted: met (inserted text is part of the submission).
- 2.1: APL/APEL exists only in a tracked INSERTED paragraph under V4: met. The original sentence
  ("Previous study is welcomed...") alone would be general.
- 2.3: not_met. V8 says no route to the Routines without the Swing Days is run; the pilot's one-off
  arrangement for two support-service teachers is a PAST arrangement "not been carried forward"; the
  Trust's Judges' Course "assessment-only route" is the right words about the wrong thing (gymnastics
  judges); a comment suggesting the route is offered is not part of the submission.
- 5.3: not_met. CRB disclosures are held by the Trust's COACHES (wrong people); candidates are ASSUMED
  checked by their schools and "we do not ask for this again"; a comment asks whether that is enough.
- 1.5 / 6.S7: partially_met. One hour on Swing Day 6 "introduces pupil voice" (general); the
  Declaration line for pupils' involvement is "Warm-up only". The Gymnasts' Council of club members is
  the club consulting its own young gymnasts (wrong context).
- 1.9 / 6.0: partially_met. The blanket claim "Every line of the Difficulty Declaration is competed at
  least once" is contradicted by the Declaration's Warm-up only / Spotted only lines; the award rule
  (pass all four Routines) is concrete but the Routines do not cover every outcome.
- 2.5: partially_met. The body only says participants "are encouraged to think about what they might do
  next"; the next-steps plan appears only in the FOOTER (never evidence) and in a comment.
- 3.3: partially_met. Chalk Bowl (Moodle) online units with tutor and peer forums and ICT
  communication, but "the coaches do not provide tutorial support between Swing Days" (negation of
  between-session support).
- 4.3: partially_met. Stakeholders help deliver and moderate (other aspects), but their part in
  evaluation is only hoped for ("hope to find a way"); a comment about heads offering to sit on a
  review group is not part of the submission.
- 5.5: partially_met. A range of specialist expertise, but "Pendleford does not organise placements".
- 5.9: partially_met. Participants' confidence and competence measured (Profile repeated, confidence
  scale), but the effect on pupils is only hoped for; a sentence on measuring pupils' progress before
  and after each Beam Task is a DELETED tracked change.
- 1.3: met (named recent research and inspection evidence on Swing Day 6).
- 6.A3, 6.S2c: partially_met ("Warm-up only": developed, not assessed).
- 6.A7: partially_met ("Spotted only": formative feedback, no mark).
- 6.K7: partially_met: assessed in Routine 4 but "Trained on" is a dash (assessed, not developed).
- 6.K4: not_met: no child development line; the only "development" is the club's gymnast
  development pathway (wrong context).
- 6.S2d: not_met: the access-arrangements line is a DELETED table row (a comment explains why).
- Numbering collision: Trust's KN4-KN8 sit one behind Annex 3's K5-K9; the Trust's SK numbers do not
  match S2a-S9.
"""
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pi_helpers import (para, rich, run, ins_run, del_run, inserted_paragraph, delete_row, shade,
                         cell_text, col_widths, add_field, set_table_borders, repeat_header,
                         table_font, landscape_section, portrait_section)

HERE = Path(__file__).parent
OUT = HERE / "pi-01-pendleford-tariff-sheet.docx"

RO = "Ruth Okonedo-Hale"
SM = "Sally Maitland"
DF = "David Fenwick"
D1 = "2008-11-10T09:14:00Z"
D2 = "2008-11-12T16:40:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for hs, size in (("Heading 1", 13), ("Heading 2", 11)):
    doc.styles[hs].font.name = "Arial"
    doc.styles[hs].font.size = Pt(size)
    doc.styles[hs].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = sec.bottom_margin = Cm(2.0)

# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
run(hp, "PENDLEFORD GYMNASTICS CLUB COACHING TRUST  ·  TARIFF SHEET  ·  PASC 2009", bold=True, size=8,
    color="1F3A5F")
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
run(fp, "Tariff sheets must reach the Competition Secretary 48 hours before the competition. "
        "Every gymnast leaves with a next-steps plan.   Page ", size=7.5)
add_field(fp, "PAGE", "1", size=7.5)

BAND = "D9D9D9"
DARK = "1F3A5F"
LIGHT = "EDF2F8"


def comment(runs, text, author, initials):
    doc.add_comment(runs, text=text, author=author, initials=initials)


# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=9, cols=4)
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
set_table_borders(tb, 8, "1F3A5F")
top = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(top, "TARIFF SHEET: PROGRAMME ROUTINES", bold=True, size=16, color="FFFFFF",
          align=WD_ALIGN_PARAGRAPH.CENTER)
shade(top, DARK)
sub = tb.cell(1, 0).merge(tb.cell(1, 3))
cell_text(sub, "Pendleford Gymnastics Club Coaching Trust", bold=True, size=11,
          align=WD_ALIGN_PARAGRAPH.CENTER)
shade(sub, BAND)
rows = [
    ("Competition", "TDA/DCSF approval of providers of the National Award for SEN Coordination, round 2008-09"),
    ("Gymnast (programme)", "Pendleford Award for SEN Coordination (PASC)"),
    ("Club", "Pendleford Gymnastics Club Coaching Trust (registered charity), Unit 4, Mill Lane Sports "
             "Village, Pendleford"),
    ("Level", None),
    ("Head coach", "Ruth Okonedo-Hale, PASC Programme Leader"),
    ("Sheet submitted", "14 November 2008"),
]
for i, (k, v) in enumerate(rows, start=2):
    a = tb.cell(i, 0)
    b = tb.cell(i, 1).merge(tb.cell(i, 3))
    cell_text(a, k, bold=True)
    shade(a, LIGHT)
    if v is not None:
        cell_text(b, v)
    else:
        lp = b.paragraphs[0]
        del_run(lp, "30 credits at Level 6 (Honours)", RO, D1)
        ins_run(lp, "60 credits at Master's level (Level 7)", RO, D1)
        lr = run(lp, ", validated by the University of Mersham as a named route of its MA in Education")
        comment([lr], "Mersham confirmed 60 at Level 7 on 22 Oct. SM", SM, "SM")
# judges' use only row: merged, blanks
j0 = tb.cell(8, 0)
cell_text(j0, "Judges' use only", bold=True, italic=True)
shade(j0, BAND)
jb = tb.cell(8, 1).merge(tb.cell(8, 3))
cell_text(jb, "Tariff checked: ____________   Start value confirmed: ____________   Initials: ______",
          italic=True, color="7F7F7F")
col_widths(tb, [4.0, 4.3, 4.3, 4.4])
para(doc, "")

# ---------------------------------------------------------------- key
doc.add_heading("How to read this sheet", level=1)
para(doc, "Before any competition a coach hands the judges a tariff sheet: a list of every element the "
          "gymnast will perform on each apparatus, in order, with the value the coach claims for it. The "
          "judges check the sheet against what they see. We have set out our Award in the same way, "
          "because it is how the coaches who run the Trust think about a programme, and because it makes "
          "us say exactly what each part is worth and what it is for.")
key = doc.add_table(rows=1, cols=2)
key.style = doc.styles["Table Grid"]
cell_text(key.cell(0, 0), "On this sheet", bold=True)
cell_text(key.cell(0, 1), "What it means in PASC", bold=True)
shade(key.cell(0, 0), BAND)
shade(key.cell(0, 1), BAND)
repeat_header(key.rows[0])
for k, v in [
    ("Gymnast", "The programme itself, PASC. The teachers who take it are called participants."),
    ("Vault", "How a teacher joins PASC: nomination, the entry conversation, the Profile, credit for "
              "earlier study. Elements V1 to V8."),
    ("Uneven Bars", "The ten Swing Days: the taught days at Mill Lane. Elements UB1 to UB10."),
    ("Beam", "The six Beam Tasks: practical work each participant carries out in their own school "
             "between Swing Days, with a Spotter. Elements BB1 to BB6."),
    ("Floor", "The four Routines: the marked assessments that lead to the Award. Elements FX1 to FX4."),
    ("Value", "The study hours an element carries: A up to 5 hours, B 6 to 10, C 11 to 20, D 21 to 40, "
              "E over 40. The whole sheet adds up to 600 hours, the 60 credits."),
    ("CR", "Composition Requirements: the Every Child Matters outcome or outcomes the element is built "
           "to serve. CR1 being healthy; CR2 staying safe; CR3 enjoying and achieving; CR4 making a "
           "positive contribution; CR5 achieving economic well-being."),
    ("Spotter", "A senior colleague in the participant's school, usually the headteacher or a deputy, "
                "who supports the Beam Tasks."),
    ("Competed", "In the Difficulty Declaration (Part 6): judged by two coaches against the Routine's "
                 "published mark scheme, and counted towards the Award."),
    ("Warm-up only", "Practised on Swing Days but not judged in any Routine."),
    ("Spotted only", "A coach gives feedback on a draft or a practice piece; no mark is given and it does "
                     "not count towards the Award."),
    ("—", "Not on this sheet."),
]:
    r = key.add_row()
    cell_text(r.cells[0], k, bold=True)
    cell_text(r.cells[1], v)
col_widths(key, [3.2, 13.8])
table_font(key, 9)
para(doc, "")

# ---------------------------------------------------------------- club and gymnast
doc.add_heading("Part 1. The club and the gymnast", level=1)
para(doc, "The Pendleford Gymnastics Club Coaching Trust was set up by Pendleford Gymnastics Club in 1998 "
          "to run the club's coach education. Since 2003 it has also run Inclusive Gym, which takes "
          "gymnastics and movement sessions into 31 primary, secondary and special schools in Northwaite "
          "and trains the teachers and teaching assistants who carry them on. Inclusive Gym follows the club's "
          "gymnast development pathway, which takes a child from first rolls to competition in nine stages, "
          "with adapted stages for disabled gymnasts. Four of the Trust's staff "
          "are former SENCOs, and the schools we work in asked us, more than once, to help them train "
          "their new SENCOs. PASC is our answer.")
para(doc, "The University of Mersham validated PASC on 2 October 2008 as a named route of its MA in "
          "Education, and the University's Academic Board confirmed the validation on 22 October 2008. "
          "The University registers every participant as one of its students, awards the 60 credits "
          "through its Examination Board, and appoints the external examiner. Northwaite County "
          "Council's SEN and Inclusion Service co-delivers Swing Days 2 and 9 and provides a moderator.")
p = para(doc, "")
run(p, "The aim of the routine. ", bold=True)
run(p, "PASC exists to raise the achievement of children and young people with SEN and/or "
       "disabilities, in the widest sense of the five Every Child Matters outcomes, by improving what "
       "their SENCOs know, understand and can do. Its objectives are that each participant leads "
       "provision in their school so that pupils with SEN make better progress in learning, are safer "
       "and healthier, enjoy school and take part in its wider life, have a voice in decisions, and "
       "leave better prepared for adult life. Every element below declares the Composition "
       "Requirements it serves, and every Routine's mark scheme has four criteria, of which criterion 4 "
       "is always the difference the participant's work makes to pupils' achievement and well-being.")
para(doc, "PASC is built around the schools our participants work in. Every Swing Day ends with a Beam "
          "Task to carry out back at school, and every Beam Task ends with a landing note: a page in "
          "which the participant records what they changed in their practice, what happened, and what "
          "they will do next. The landing notes are the raw material of the Routines, so that no "
          "participant can pass PASC without having changed something real in their own school.")

# ---------------------------------------------------------------- apparatus tables
def apparatus(title, subtitle, elements, widths=(1.3, 9.2, 1.2, 1.6, 3.7)):
    h = doc.add_heading(title, level=1)
    para(doc, subtitle, italic=True)
    t = doc.add_table(rows=1, cols=5)
    t.style = doc.styles["Table Grid"]
    for c, txt in zip(t.rows[0].cells, ("No.", "Element", "Value", "CR", "Coach's note")):
        cell_text(c, txt, bold=True, color="FFFFFF")
        shade(c, DARK)
    repeat_header(t.rows[0])
    made = []
    for no, el, val, cr, note in elements:
        r = t.add_row()
        cell_text(r.cells[0], no, bold=True)
        cell_text(r.cells[1], el)
        cell_text(r.cells[2], val, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(r.cells[3], cr, align=WD_ALIGN_PARAGRAPH.CENTER)
        if note is not None:
            cell_text(r.cells[4], note, italic=True)
        shade(r.cells[0], LIGHT)
        made.append(r)
    col_widths(t, widths)
    table_font(t, 9)
    return t, made


doc.add_heading("Part 2. Apparatus 1: Vault (run-up and entry)", level=1)
para(doc, "Everything that happens before a participant's first Swing Day.", italic=True)
vt = doc.add_table(rows=1, cols=5)
vt.style = doc.styles["Table Grid"]
for c, txt in zip(vt.rows[0].cells, ("No.", "Element", "Value", "CR", "Coach's note")):
    cell_text(c, txt, bold=True, color="FFFFFF")
    shade(c, DARK)
repeat_header(vt.rows[0])
vault = [
    ("V1", "Nomination. Candidates apply on the Trust's nomination form, which the headteacher "
           "countersigns to confirm that the candidate holds QTS, is in post as SENCO or will take up the "
           "post within the school year, and will be given time for the Beam Tasks and a Spotter.",
     "A", "—", "Forms go to Sally Maitland, PASC administrator."),
    ("V2", "Entry conversation. Every candidate has a forty-minute entry conversation with a coach, at "
           "Mill Lane or by telephone, using the Entry Checklist: QTS; at least two years' teaching; "
           "current responsibility for pupils with SEN; and a piece of writing of about 500 words on a "
           "pupil they teach, which shows the coach how they write and think. Where a candidate is not "
           "yet ready, the coach writes to them and to their headteacher setting out what to do first "
           "(usually a term working alongside the school's current SENCO and Northwaite's Introduction to "
           "SEN twilight series) and offers a place at the next start.",
     "A", "—", "About one candidate in eight was deferred in the pilot."),
    ("V3", "The Profile. Before Swing Day 1 each participant rates themselves from 1 to 4 on every line "
           "of the Difficulty Declaration (Part 6), giving a short piece of evidence for any line rated 3 "
           "or 4. The coach goes through the Profile with them, checks the evidence (a participant may "
           "think their knowledge is current when it is not), and together they write an Individual "
           "Routine Plan: the participant's own set of outcomes at the top, then which lines are personal "
           "targets, which Swing Days to give most weight to, and which Beam Tasks to choose. The Plan is "
           "reviewed at Swing Days 4 and 8 and its targets are revised.",
     "B", "CR3", "The Profile uses the Declaration's own wording, line by line."),
    ("V4", None, "A", "—", "See the University's regulations, section 9."),
    ("V5", "Access. The nomination form has a separate, sealed section, read only by the PASC "
           "administrator, asking whether the candidate has a disability or health condition for which "
           "we should make adjustments; we ask again at Swing Day 1 and in every Routine brief, because "
           "people disclose when they are ready to. Adjustments we make include handouts in large print, "
           "on coloured paper or by email before the day; a hearing loop in the Mill Lane seminar room; "
           "step-free access and an accessible toilet on the ground floor; a rest room; extra time or a "
           "recorded viva in place of a written Routine; and changes to a Beam Task agreed with the "
           "school. The coach who makes the entry decision never sees the sealed section, and selection "
           "uses only the Entry Checklist. Our leaflet and nomination pack are in clear print, say that "
           "disabled teachers are welcome on PASC, and explain how to ask for adjustments. Our Equality "
           "Scheme covers race, disability and gender, and we monitor applications and results by each.",
     "A", "—", "Pilot: four participants asked for adjustments; all were made."),
    ("V6", "Start points and pace. There are two starts a year: September, with Swing Days on "
           "Saturdays, and January, with each Swing Day split into two Wednesday twilights. Swing Days 3 "
           "to 8 can be taken in any order, and a participant may join the other start's days to catch "
           "up. Participants may complete PASC in one year, the usual pace, or over two years, taking "
           "Routines 1 and 2 in the first and Routines 3 and 4 in the second. Swing Days 5 and 7 can also "
           "be taken as online units on Chalk Bowl (see UB5 and UB7).",
     "A", "—", "January start: first cohort 2010."),
    ("V7", "Fees. £1,350 for the whole Award, including University registration. Northwaite County "
           "Council funds twelve places a year for its schools. A participant credited under V4 pays a "
           "reduced fee in proportion to the credit.",
     "A", "—", ""),
    ("V8", "Straight to competition. We do not run a route to the Routines without the Swing Days. In the "
           "2007-08 pilot two experienced teachers from Northwaite's Learning Support Service were "
           "allowed to submit the four Routines without attending; that was a one-off arrangement agreed "
           "with the University for the pilot and has not been carried forward. The Trust's Judges' "
           "Course does have an assessment-only route, for experienced judges from other clubs, but that "
           "route is for gymnastics judging and is not part of PASC.",
     "—", "—", None),
]
vrows = {}
for no, el, val, cr, note in vault:
    r = vt.add_row()
    vrows[no] = r
    cell_text(r.cells[0], no, bold=True)
    shade(r.cells[0], LIGHT)
    cell_text(r.cells[2], val, align=WD_ALIGN_PARAGRAPH.CENTER)
    cell_text(r.cells[3], cr, align=WD_ALIGN_PARAGRAPH.CENTER)
    if el is not None:
        cell_text(r.cells[1], el)
    if note is not None:
        cell_text(r.cells[4], note, italic=True)
# V4: original sentence plus an inserted paragraph (tracked)
v4 = vrows["V4"].cells[1]
cell_text(v4, "Credit for earlier study. Previous study is welcomed and discussed at the entry "
              "conversation.")
inserted_paragraph(v4, "Under the University of Mersham's regulations a participant may be credited with "
                       "up to 20 of the 60 credits: for a Master's-level module in SEN passed in the last "
                       "five years (APL), or for a portfolio that maps their experience against the "
                       "Difficulty Declaration lines judged in Routine 1 (APEL). The University's APL "
                       "Officer decides each claim on the coach's recommendation. A credited participant "
                       "is exempt from Routine 1 and from Swing Days 1 and 2.", RO, D1)
# V8 note with comment
v8n = vrows["V8"].cells[4]
cell_text(v8n, "")
cr8 = run(v8n.paragraphs[0], "Judges' Course: see the club handbook.", italic=True)
comment([cr8], "Mersham would let us run assessment-only for PASC in exceptional cases if we asked. Do we "
               "want to? RO-H", RO, "RO")
col_widths(vt, [1.3, 9.2, 1.2, 1.6, 3.7])
table_font(vt, 9)

p = para(doc, "")
run(p, "Coach's note on safeguarding. ", bold=True)
sr = run(p, "Every Pendleford coach who works on PASC holds an enhanced CRB disclosure, renewed every three "
            "years under British Gymnastics' safeguarding and child protection policy, and the Trust's "
            "Welfare Officer keeps the register. Candidates are serving teachers and will already have "
            "been checked by their own schools, so we do not ask for this again.")
comment([sr], "Is that enough? Check with Northwaite HR what other providers do. SM", SM, "SM")

# ---------------------------------------------------------------- bars
swing = [
    ("UB1", "The SENCO's job. The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the "
            "SENCO's role as the Code describes it; Removing Barriers to Achievement (2004); governors' "
            "duties and the school's SEN policy. Every Child Matters and the Children Act 2004: the five "
            "outcomes, the duty to cooperate, and what the SENCO can do towards each outcome for pupils "
            "with SEN. Beam Task BB1 is set.", "C", "CR1-5", "Routine 1 is briefed."),
    ("UB2", "Equality and access, co-delivered with Northwaite's SEN and Inclusion Service. The "
            "Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, "
            "reasonable adjustments for pupils, accessibility plans and the school's Disability Equality "
            "Scheme: what each requires the school to do and how a SENCO makes sure it is done.",
     "C", "CR2, CR4", ""),
    ("UB3", "Knowing the learners. The most common types of SEN and disability (behavioural, emotional "
            "and social difficulties; specific learning difficulties including dyslexia; speech, language "
            "and communication needs; autistic spectrum disorders; moderate learning difficulties) and how "
            "each can affect learning, with a speech and language therapist and an educational "
            "psychologist from Northwaite's services.", "C", "CR3", ""),
    ("UB4", "Identifying and planning. Finding pupils who may have SEN through classroom observation, "
            "data and assessment; P scales and National Curriculum levels; setting challenging targets; "
            "planning interventions that remove barriers; reviewing progress. Using reports from "
            "educational psychologists, therapists and the sensory support service to shape teaching. "
            "Using Key Stage test results, optional tests and P scale data to track pupils' progress and "
            "change programmes. Assessment for learning for pupils with SEN, and how to lead colleagues "
            "in it. Beam Task BB2 is set.", "D", "CR3", "Longest Swing Day: 9.00 to 4.30."),
    ("UB5", "Provision mapping. Building and costing a provision map; using it to find provision that is "
            "missing or not working; deploying and managing teaching assistants and other staff. Also "
            "offered as a Chalk Bowl online unit. Beam Tasks BB1 and BB6 are reviewed.",
     "C", "CR3, CR5", "Added after the 2008 survey."),
    ("UB6", "Teaching and learning. A critical look at approaches, strategies and resources for "
            "assessment, planning, teaching and learning, including ICT and assistive technology, and how "
            "to use them to remove barriers and personalise provision. What research and inspection "
            "evidence say works: Ofsted's Inclusion: does it matter where pupils are taught? (2006), the "
            "Bercow Review of services for children with speech, language and communication needs (2008), "
            "Brooks' What Works for Children with Literacy Difficulties? (2007) and the National "
            "Strategies' Inclusion Development Programme (2008). One hour introduces pupil voice.",
     "C", "CR3, CR4", ""),
    ("UB7", "Colleagues and leaders. Winning the commitment of the headteacher and senior leaders; "
            "working with governors on the SEN policy and the school's priorities and budget; observing "
            "lessons and giving feedback; modelling, coaching and mentoring; planning and running staff "
            "training. Also offered as a Chalk Bowl online unit. Beam Task BB4 is set.",
     "C", "CR3, CR4", ""),
    ("UB8", "Families. Building fair, respectful and constructive relationships with pupils and their "
            "parents and carers; advising and supporting parents; running review meetings parents find "
            "useful; working with Northwaite's Parent Partnership Service, whose officer leads the "
            "afternoon. Beam Task BB3 is set.", "C", "CR1-5", ""),
    ("UB9", "Beyond the school gate, co-delivered with Northwaite's SEN and Inclusion Service. What "
            "health, social care, the educational psychology service, CAMHS and voluntary organisations "
            "(such as Northwaite Mencap and the local National Autistic Society branch) do; the Common "
            "Assessment Framework and Team Around the Child; how to get specialist support and resources, "
            "and how to advise and collaborate with colleagues in other schools and services. Beam Task "
            "BB5 is set.", "C", "CR1, CR2", ""),
    ("UB10", "Looking back, looking on. Reviewing the effectiveness of provision with colleagues and "
             "feeding what is found into the school's improvement plan; prioritising, managing time and "
             "delegating; the CPD log each participant has kept since Swing Day 1 is read by a coach, who "
             "comments on it. Participants are encouraged to think about what they might do next.",
     "B", "CR3", None),
]
bt, brows = apparatus("Part 3. Apparatus 2: Uneven Bars (the Swing Days)",
                      "Ten taught days at Mill Lane, 9.30 to 4.00 unless noted. Each is led by two coaches.",
                      swing)
ub10n = brows[-1].cells[4]
cell_text(ub10n, "")
dr = run(ub10n.paragraphs[0], "Dismount.", italic=True)
comment([dr], "We give them the next-steps sheet at the end. Add it here? DF", DF, "DF")

p = para(doc, "")
run(p, "Chalk Bowl. ", bold=True)
run(p, "Swing Days 5 and 7 can be taken as online units on Chalk Bowl, the Trust's Moodle site. Each unit "
       "has the day's presentations with a recorded commentary, the readings, two tasks and a discussion "
       "forum. During the unit's fortnight a coach answers forum posts within two working days, "
       "participants post their tasks and comment on each other's, and everyone can message their coach "
       "and the rest of the cohort through Chalk Bowl; Spotters receive an email summary of the unit. "
       "Between Swing Days, though, the forums are closed: participants are asked to keep their "
       "questions for the next Swing Day, and the coaches do not provide tutorial support between Swing "
       "Days.")
p = para(doc, "")
run(p, "Young people's voices. ", bold=True)
run(p, "Pendleford has listened to young people for years: the club's Gymnasts' Council of members aged "
       "under sixteen meets every half-term, and last year it chose the club's new competition leotards "
       "and the music for the summer display.")

# ---------------------------------------------------------------- beam
beam = [
    ("BB1", "Provision audit. With the Spotter, map the school's current SEN provision and its cost, and "
            "mark what is missing or not working. Reviewed on Swing Day 5.", "C", "CR3, CR5", "Feeds Routine 4."),
    ("BB2", "One pupil. Identify a pupil who may have SEN, gather assessments (including other "
            "professionals' reports and test data), set targets, plan an intervention with the class "
            "teacher and review it after six weeks.", "D", "CR1-5", "Feeds Routine 2."),
    ("BB3", "Working with a family. Plan and hold a review meeting with the pupil's parents or carers, and "
            "write up what was agreed and how the family's views changed the plan.", "B", "CR1-5", "Feeds Routine 2."),
    ("BB4", "Coaching a colleague. Observe a colleague teaching a pupil with SEN, give feedback, model a "
            "strategy and plan a follow-up together; then plan and run a short training session for staff.",
     "C", "CR3", "Feeds Routine 3."),
    ("BB5", "Joining up. Work with one outside service or voluntary organisation on one pupil's support, "
            "and record what each partner did.", "B", "CR1, CR2", "Feeds Routine 4."),
    ("BB6", "Deploying support. Review how teaching assistants are deployed for pupils with SEN and agree "
            "one change with the senior leadership team.", "B", "CR3", "Feeds Routine 3."),
]
apparatus("Part 4. Apparatus 3: Beam (the Beam Tasks)",
          "Practical work in the participant's own school, each tied to lines of the Difficulty Declaration.",
          beam)
para(doc, "Every Beam Task is carried out in the participant's own school with their own pupils and "
          "colleagues, and each is tied to named lines of the Difficulty Declaration, so that what is "
          "practised at Mill Lane is tried for real within a fortnight. The landing note at the end of "
          "each task records the change in practice and what happened as a result; coaches read every "
          "landing note and reply in writing before the next Swing Day. Pendleford does not organise "
          "placements or visits to other schools; all Beam work happens in the participant's own school.")

# ---------------------------------------------------------------- floor
floor = [
    ("FX1", "Routine 1: The SENCO's Law. A 2,500-word analysis of the school's SEN policy and practice "
            "against the Code of Practice, disability equality law and Every Child Matters, with "
            "recommendations to the governors. Judged on lines KN1, KN2, KN3 and SK1.", "D", "CR1-5",
     "Handed in after Swing Day 3."),
    ("FX2", "Routine 2: One Pupil. A 4,000-word case study built from Beam Tasks BB2 and BB3. Judged on "
            "lines AT1, AT4, KN4, KN5, SK2, SK3, SK4 and SK12.", "E", "CR1-5", "After Swing Day 6."),
    ("FX3", "Routine 3: Leading Colleagues. A portfolio from Beam Tasks BB4 and BB6 (observation records, "
            "feedback, the training session's plan and evaluations, the deployment change) with a "
            "20-minute presentation to two coaches and questions. Judged on lines AT2, AT5, AT6, SK8 and "
            "SK9.", "E", "CR3", "After Swing Day 8."),
    ("FX4", "Routine 4: The Map. A 3,500-word report on the provision audit (BB1) and the joint work with "
            "an outside service (BB5): what was found, what was changed, how it was reviewed with "
            "colleagues, and what research says about it. Judged on lines AT4, AT6, KN6, KN7, KN8, SK7, "
            "SK10 and SK13.", "E", "CR1-5", "After Swing Day 10."),
]
apparatus("Part 5. Apparatus 4: Floor (the Routines)",
          "The four marked assessments. Each carries 15 credits.", floor)
para(doc, "Each Routine is marked by two coaches independently against its published mark scheme; the "
          "two marks are then agreed. Before every marking round the coaches hold a standardising "
          "session on two anchor pieces from the pilot. A sample of a quarter of all Routines, and every "
          "fail and every distinction, goes to the Moderation Panel: two coaches who did not mark it, a "
          "Northwaite SEN adviser and the University's link tutor. The University's external examiner "
          "sees a further sample and attends the Examination Board.")
para(doc, "Every line of the Difficulty Declaration is competed at least once across the four Routines. A "
          "participant who passes all four Routines is recommended by the Examination Board for the Award "
          "and its 60 credits. A Routine that is referred may be resubmitted once, within eight weeks, "
          "with written feedback from the first marker.")

# ---------------------------------------------------------------- difficulty declaration (landscape)
landscape_section(doc, WD_SECTION.NEW_PAGE)
doc.add_heading("Part 6. Difficulty Declaration", level=1)
para(doc, "What a participant can do by the end of PASC, in our words. \"Trained on\" names the elements "
          "where a line is taught or practised; \"Competed in\" names the Routine that judges it. The "
          "terms are explained in the key at the front of this sheet.", italic=True)
decl = [
    ("", "Attributes", "", ""),
    ("AT1", "Builds fair, respectful and constructive relationships with pupils with SEN and/or "
            "disabilities and with their parents and carers", "UB8, BB3", "FX2"),
    ("AT2", "Wins the commitment of colleagues, including the head and senior leaders, to better outcomes "
            "for pupils with SEN", "UB7, BB4", "FX3"),
    ("AT3", "Prioritises, manages time and delegates well, and checks that delegated work is done",
     "UB10", "Warm-up only"),
    ("AT4", "Sees problems coming, resolves them and makes sound, well-founded decisions about provision",
     "UB4, BB1", "FX2, FX4"),
    ("AT5", "Speaks and writes clearly; listens to and understands other people's views",
     "All Swing Days, BB3", "FX3"),
    ("AT6", "Uses research and outside advice to improve their own and colleagues' practice",
     "UB6, BB4", "FX3, FX4"),
    ("AT7", "Keeps up to date and takes charge of their own CPD on SEN and disability",
     "UB10", "Spotted only"),
    ("", "Knowledge", "", ""),
    ("KN1", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for the "
            "school and the SENCO, and how to put them into practice", "UB1", "FX1"),
    ("KN2", "Knows the principles and outcomes of Every Child Matters and the SENCO's part in helping "
            "children reach them", "UB1", "FX1"),
    ("KN3", "Knows disability equality law and the actions it requires of a school", "UB2", "FX1"),
    ("KN4", "Knows the most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
            "MLD) and how they affect learning", "UB3", "FX2"),
    ("KN5", "Has a critical grasp of approaches, strategies and resources, including ICT, for assessing, "
            "planning, teaching and learning, and uses them to remove barriers", "UB5, UB6", "FX2"),
    ("KN6", "Understands how school self-evaluation and improvement work for pupils with SEN", "—", "FX4"),
    ("KN7", "Knows best practice and research findings on meeting SEN", "UB6", "FX4"),
    ("KN8", "Knows what outside agencies do and how to get specialist support and resources",
     "UB9, BB5", "FX4"),
    ("", "Skills", "", ""),
    ("SK1", "Works with senior colleagues and governors to shape an inclusive ethos, policies, priorities "
            "and the use of resources", "UB7", "FX1"),
    ("SK2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
            "progress", "UB4, BB2", "FX2"),
    ("SK3", "Uses other professionals' assessments to shape teaching", "UB4, BB2", "FX2"),
    ("SK4", "Uses test and other summative data, including Key Stage tests, to track progress and change "
            "programmes", "UB4, BB2", "FX2"),
    ("SK5", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN",
     "UB4", "Warm-up only"),
    ("SK6", "Spots in good time the access arrangements pupils need for Key Stage tests and GCSEs and "
            "works with colleagues to put them in place", "UB4", "FX2"),
    ("SK7", "Uses provision mapping to plan provision and to find what is missing or not working",
     "UB5, BB1", "FX4"),
    ("SK8", "Deploys and manages teaching assistants and other staff well", "UB5, BB6", "FX3"),
    ("SK9", "Develops colleagues through observation and feedback, modelling, coaching, mentoring and "
            "training", "UB7, BB4", "FX3"),
    ("SK10", "Reviews provision with colleagues and feeds the findings into the school's self-evaluation "
             "and improvement plan", "UB10, BB1", "FX4"),
    ("SK11", "Makes sure pupils with SEN take part in planning, agreeing and reviewing their provision",
     "UB6", "Warm-up only"),
    ("SK12", "Works with parents and carers to promote their children's learning and development",
     "UB8, BB3", "FX2"),
    ("SK13", "Works with other services and agencies, including voluntary organisations, for joined-up "
             "support", "UB9, BB5", "FX4"),
]
dt = doc.add_table(rows=1, cols=4)
dt.style = doc.styles["Table Grid"]
for c, txt in zip(dt.rows[0].cells, ("Line", "The SENCO can...", "Trained on", "Competed in")):
    cell_text(c, txt, bold=True, color="FFFFFF")
    shade(c, DARK)
repeat_header(dt.rows[0])
drows = {}
for line, text, tr, comp in decl:
    r = dt.add_row()
    if not line:
        g = r.cells[0].merge(r.cells[3])
        cell_text(g, text, bold=True)
        shade(g, BAND)
        continue
    cell_text(r.cells[0], line, bold=True)
    cell_text(r.cells[1], text)
    cell_text(r.cells[2], tr)
    cell_text(r.cells[3], comp)
    if comp in ("Warm-up only", "Spotted only"):
        shade(r.cells[3], "FCE4D6")
    drows[line] = r
delete_row(drows["SK6"], RO, D2)
col_widths(dt, [1.6, 15.0, 4.2, 3.6])
table_font(dt, 9)
comment([drows["SK5"].cells[3].paragraphs[0].runs[0]],
        "SK6 taken out: not really covered on Day 4, better not to overclaim. RO-H", RO, "RO")

# ---------------------------------------------------------------- judges' panel
portrait_section(doc, WD_SECTION.NEW_PAGE)
doc.add_heading("Part 7. The Judges' Panel", level=1)
doc.add_heading("7.1 The coaches", level=2)
ct = doc.add_table(rows=1, cols=3)
ct.style = doc.styles["Table Grid"]
for c, txt in zip(ct.rows[0].cells, ("Coach", "Role on PASC", "Qualifications and recent experience")):
    cell_text(c, txt, bold=True)
    shade(c, BAND)
for a, b, c in [
    ("Ruth Okonedo-Hale", "Programme Leader; leads UB1, UB4, UB10; marks all Routines",
     "SENCO for eleven years in two Northwaite primary schools; MA in Inclusive Education (2004); "
     "Northwaite SENCO network chair 2005-07."),
    ("David Fenwick", "Coach; leads UB3, UB6; marks Routines 2 and 4",
     "Former head of Northwaite's Learning Support Service; Advanced Diploma in Specific Learning "
     "Difficulties; AMBDA; Inclusion Development Programme trainer (2008)."),
    ("Dr Priya Raman", "Coach; co-leads UB3, UB9",
     "Educational psychologist with Northwaite County Council, seconded to the Trust one day a week; "
     "doctorate in educational psychology (2002)."),
    ("Marcus Leigh", "Coach; leads UB5, UB7; marks Routine 3",
     "Deputy headteacher (inclusion) at Brookside Special School until 2008; NPQH; British Gymnastics "
     "Level 3 coach and Inclusive Gym lead."),
    ("Dr Helen Ashe", "University link tutor; Moderation Panel",
     "Senior Lecturer in Inclusive Education, University of Mersham; former LA SEN adviser."),
    ("Sally Maitland", "PASC administrator", "Runs nominations, records, Chalk Bowl accounts and the "
                                             "sealed access section."),
]:
    r = ct.add_row()
    cell_text(r.cells[0], a, bold=True)
    cell_text(r.cells[1], b)
    cell_text(r.cells[2], c)
col_widths(ct, [3.5, 5.0, 8.5])
table_font(ct, 9)
para(doc, "Every coach spends at least five days a year on specialist CPD in SEN and disability, "
          "recorded in the Trust's CPD register; in 2008 this included the Inclusion Development "
          "Programme and Northwaite's autism and dyslexia update days.")

doc.add_heading("7.2 Knowing the job", level=2)
para(doc, "Every coach and guest speaker is given the PASC Coaches' Handbook, which sets out the aims of "
          "each Swing Day, the mark schemes, the marking and moderation timetable and what is expected of "
          "them, and new coaches co-teach two Swing Days and second-mark a round of Routines before they "
          "mark alone. Every Spotter receives a Spotter's Card explaining their part in each Beam Task, "
          "attends a ninety-minute briefing at Mill Lane or in their school before Swing Day 1, and is "
          "telephoned by a coach once a term.")

doc.add_heading("7.3 Specialists and resources", level=2)
para(doc, "Participants meet a range of specialists during PASC: an educational psychologist, a speech "
          "and language therapist, a CAMHS primary mental health worker, a teacher of the deaf from the "
          "sensory support service, the Parent Partnership officer, and speakers from Northwaite Mencap "
          "and the National Autistic Society branch. As members of the University of Mersham, "
          "participants use its library and its electronic journals from home through an Athens login. "
          "The Trust's loan bank lends schools assistive technology for Beam Tasks (Clicker 5, "
          "text-to-speech readers, a copy of Dragon NaturallySpeaking, recordable talking tins and "
          "communication aids), and Chalk Bowl holds every Swing Day's materials.")

doc.add_heading("7.4 Reviewing the sheet", level=2)
para(doc, "We check PASC in several ways. Inside the Trust: an evaluation form at the end of every Swing "
          "Day; a focus group of participants at the half-way point; a coaches' review after every round "
          "of Routines looking at marks, feedback and moderation; and an annual programme review each "
          "July. Outside the Trust: the external examiner's report, the University's annual monitoring of "
          "the MA route, and a review by Northwaite's SEN and Inclusion Service of how PASC serves its "
          "schools. The annual review draws these together into an action plan; changes to content or "
          "assessment go to the University's Programme Committee for approval, and participants are told "
          "what has changed in a \"You said, we did\" sheet at Swing Day 1.")
p = para(doc, "Participants complete the Profile again at Swing Day 10, so that coach and participant can "
              "compare the two ratings line by line, and they rate their confidence in the SENCO role on a "
              "ten-point scale at the start and the end. ")
del_run(p, "Participants will also measure their pupils' progress before and after each Beam Task and "
           "report it in the landing note. ", RO, D2)
run(p, "The effect on pupils is harder to show. We have not yet found a way to measure it, and we hope "
       "that, once the first full cohort has finished, Northwaite's data team may be able to help us "
       "look at it.")

doc.add_heading("7.5 Schools, the authority and families", level=2)
para(doc, "In spring 2008 we surveyed all 164 schools in Northwaite (71 replied) and held two focus groups "
          "with fourteen SENCOs and six headteachers; Northwaite's SEN and Inclusion Service shared its "
          "figures on SENCO vacancies and on the training SENCOs had asked for. New SENCOs told us they "
          "wanted practical help with provision maps and with deploying teaching assistants; heads wanted "
          "SENCOs who could lead colleagues with confidence; the authority wanted better joint work with "
          "other services now that the Common Assessment Framework is in place.")
para(doc, "Because of what they told us we made provision mapping a Swing Day of its own (UB5, which was "
          "half of UB4 in the pilot); moved the September Swing Days to Saturdays, because heads said "
          "releasing staff was the biggest barrier; built Routine 3 around leading colleagues; and asked "
          "the authority to co-deliver UB2 and UB9. The pilot cohort's evaluations led us to cut Routine 1 "
          "from 4,000 to 2,500 words and to add the written reply to every landing note.")
p = para(doc, "Stakeholders also help to run PASC: officers of the SEN and Inclusion Service co-teach two "
              "Swing Days, the Parent Partnership officer leads the afternoon of UB8, a Northwaite SEN "
              "adviser sits on the Moderation Panel, and Spotters in schools support every Beam Task. ")
hr = run(p, "We would like headteachers and parents to have a say in how PASC is evaluated, and hope to "
            "find a way of doing this in the second year.")
comment([hr], "Two heads offered to sit on a review group in the focus group. Can we say so? DF", DF, "DF")

para(doc, "")
para(doc, "Signed for the Trust: Ruth Okonedo-Hale, PASC Programme Leader, 14 November 2008", italic=True)

doc.save(OUT)
print("wrote", OUT)
