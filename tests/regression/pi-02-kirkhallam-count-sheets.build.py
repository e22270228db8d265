"""pi-02-kirkhallam-count-sheets: build pi-02-kirkhallam-count-sheets.docx next to this script.

PROVIDER (invented): Kirkhallam Gymnastics Club Coaching Trust, the charity behind Kirkhallam
Gymnastics Club's display squad and its Inclusive Gym work in schools, applying in January 2009 to run
the National Award for SEN Coordination as "Lead the Line", a 40-credit Master's-level module validated
by the (invented) University of Castlereach, with (invented) Kirkhallam Metropolitan Borough Council.

DOCUMENT KIND AND LAYOUT: the application is the squad's CHOREOGRAPHY AND COUNT SHEETS for a gymnastics
display: the programme is "the Display", participants are "squad members", tutors "choreographers",
school mentors "Spotters", the administrator the "stage manager", taught Saturdays "Rehearsals", the
three assessments "Solos" (Solo 3 includes "the Performance"), the last session "the Bow". No heading
styles at all: titles are bold capitals typed in Normal paragraphs ("SECTION C. PAIRS"). A
"Choreographer's key" sits in a TEXT BOX on the first page (DrawingML with a VML fallback) and defines
the Squad List's values far from the table: "Featured" (marked in the Solo named), "Back row"
(rehearsed, not marked), "Understudy" (marked though not rehearsed), "Cut" (dropped). A running-order
table with merged cells and music placeholders ("[track TBC]"). Each Section A-G has a count sheet
(table "Eight | 1-2 | 3-4 | 5-6 | 7-8 | Notes" whose Notes cell is merged down all the eights) and
choreographer's notes typed with manual line breaks and "•" bullets. Section E has a formation grid
(3x3 table, shaded centre). A "Stage manager's note" in a second TEXT BOX. Real FOOTNOTES (a
footnotes part). The outcomes are the "Squad List" on LANDSCAPE pages at the back: 28 squad
members numbered 1-28 in the Trust's words (one of them "Cut"; summative tracking silently absent),
group rows merged across, columns "Rehearsed in" / "Featured in".

TRAPS (requirement ids):
- E.2: partially_met: "40 credits at Master's level" (masters level but not 60 credits). E.1 met.
- 1.1: partially_met: the aim and objectives are about attainment in English and mathematics only
  ("to raise the attainment of pupils with SEN"); well-being is absent from aims, although ECM is taught.
- 1.7 / 6.S8: partially_met: parents only as "a talk from Kirkhallam's Parent Partnership Service"; the
  Squad List's line on working with parents is "Back row". 6.A1: partially_met: the line covers
  relationships with pupils only, not parents and carers.
- 1.9: partially_met: Solos are double-marked and moderated but several lines are Back row, one is
  Understudy, one Cut and summative tracking is missing altogether.
- 2.1: partially_met: prior learning is taken account of (sitting out a Section) but "We do not give
  credit for earlier study or experience" (negation of accreditation).
- 2.3: met despite its negative-sounding wording: "Straight to Show", exceptional, all Solos,
  fee; "No-one is turned away from Straight to Show simply because..." (double negative).
- 3.1: partially_met: values ("Everyone is welcome in the Kirkhallam gym") plus step-free access and
  enlarged handouts; no disclosure, selection or assessment arrangements.
- 3.2: partially_met: one start a year; Sections "cannot be taken in a different order"; a January
  squad only "If enough teachers ask" (conditional).
- 3.3: not_applicable: "we have chosen not to use e-learning"; the website carries only dates.
- 4.1: partially_met: needs evidence is general ("We know from ten years...") plus a 2003 survey made by
  the authority for its own, earlier course (someone else's, past). 4.2 met (steering group's changes),
  4.3 met.
- 5.2: partially_met: QTS and working in a school only; "We do not turn anyone away".
- 5.3: met, but the whole arrangement is in the Stage manager's TEXT BOX.
- 5.4: met partly through FOOTNOTES (choreographers' qualifications).
- 5.6: partially_met: own schools' resources, mats, a projector and a small donated library.
- 5.7: not_met: "know the Display inside out" (value), "Spotters' role card: [to follow]"
  (placeholder), role descriptions only planned.
- 6.0: not_met: the Award goes to everyone who has "performed" all three Solos and attended eight
  Rehearsals, and "A Solo that is marked 'refer' still counts as performed".
- 5.9: met (pupil baselines and end figures from every Solo 2 collected and reported; confidence
  questionnaire; heads asked after six months).
- 6.A2, 6.S3, 6.S6: partially_met ("Back row": rehearsed, not marked).
- 6.A5: partially_met ("Understudy": marked in the Performance, not rehearsed).
- 6.K7: not_met: the squad member for school self-evaluation is "Cut".
- 6.S2b: not_met: no line, Section or Solo on summative assessment and national tests to track
  progress (silently absent; the Squad List numbering just runs on).
- 6.S2d: met (access arrangements in Section C and Solo 2), 6.K4 met (child development, Rehearsal 2).
"""
from pathlib import Path
import sys

import docx
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _pi_helpers import (para, rich, run, line_broken, shade, cell_text, col_widths, add_field,
                         set_table_borders, table_font, landscape_section, text_box, Footnotes)

HERE = Path(__file__).parent
OUT = HERE / "pi-02-kirkhallam-count-sheets.docx"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(9.5)
st.paragraph_format.space_after = Pt(6)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)

fn = Footnotes()
PINK = "F4CCCC"
GREY = "E7E6E6"
NAVY = "20124D"

hp = sec.header.paragraphs[0]
run(hp, "Kirkhallam Gymnastics Club Coaching Trust · Display Squad 2009-10 · count sheets v3", size=7.5,
    italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Squad members: bring these sheets to every Rehearsal.   ", size=7.5)
add_field(fp, "PAGE", "1", size=7.5)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def title(text, size=11, space_before=10):
    p = para(doc, text, bold=True, size=size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.keep_with_next = True
    return p


def bullets(items):
    for it in items:
        p = para(doc, "•\t" + it)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(2)


def count_sheet(caption, eights, notes):
    """eights: list of (label, c12, c34, c56, c78); notes: text in a Notes cell merged down all eights."""
    para(doc, caption, italic=True, size=8.5)
    t = doc.add_table(rows=1 + len(eights), cols=6)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(t.rows[0].cells, ("Eight", "1-2", "3-4", "5-6", "7-8", "Notes")):
        cell_text(c, h, bold=True, color="FFFFFF")
        shade(c, NAVY)
    for i, e in enumerate(eights, start=1):
        for j, txt in enumerate(e):
            cell_text(t.cell(i, j), txt, bold=(j == 0))
        shade(t.cell(i, 0), GREY)
    m = t.cell(1, 5).merge(t.cell(len(eights), 5))
    cell_text(m, notes, italic=True)
    col_widths(t, [1.4, 2.9, 2.9, 2.9, 2.9, 3.6])
    table_font(t, 8)
    para(doc, "")
    return t


# ---------------------------------------------------------------- cover
para(doc, "KIRKHALLAM GYMNASTICS CLUB COACHING TRUST", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "DISPLAY SQUAD 2009-10", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "LEAD THE LINE", bold=True, size=24, align=WD_ALIGN_PARAGRAPH.CENTER, color="20124D")
line_broken(doc, ["Choreography and count sheets for the Kirkhallam Award for SEN Coordination,",
                  "sent to the TDA as our application for approval, January 2009"], italic=True)
doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

kp = para(doc, "")
text_box(kp, [
    ("CHOREOGRAPHER'S KEY", {"bold": True, "size": 10}),
    "Eight: one hour of a Rehearsal. Each pair of counts is a quarter of an hour.",
    "Rehearsal: a taught Saturday in the hall at Kirkhallam Leisure Centre, 9.30 to 3.30. There are ten.",
    "Section: a part of the Display, A to G. Each Section has its own count sheet.",
    "Squad member: a teacher taking Lead the Line. Choreographer: one of our tutors.",
    "Spotter: the squad member's mentor in school, a senior colleague chosen by the head.",
    "Pairs work: what a squad member does in school with their Spotter between Rehearsals.",
    "Solo: one of the three marked pieces. The Performance is the presentation at Rehearsal 10 and is part of Solo 3.",
    ("Squad List (at the back): each squad member's place in the Display.", {"bold": True}),
    "Featured: marked in the Solo named.",
    "Back row: rehearsed in the Section named but not marked in any Solo.",
    "Understudy: marked in a Solo, though not rehearsed in any Section.",
    "Cut: dropped from this year's Display.",
], width_cm=16.0, height_cm=8.2, fill="FFF2CC", line="7F6000", name="Key")

# ---------------------------------------------------------------- running order
title("RUNNING ORDER")
ro = doc.add_table(rows=1, cols=4)
ro.style = doc.styles["Table Grid"]
for c, h in zip(ro.rows[0].cells, ("Section", "When", "Music", "What the squad is learning")):
    cell_text(c, h, bold=True, color="FFFFFF")
    shade(c, NAVY)
order = [
    ("A. Warm-up", "June evening", "[track TBC]", "Joining the squad, the Warm-up Profile and the Personal Count Sheet"),
    ("B. Tumble lines", "Rehearsals 1-2", "[track TBC]", "The law, Every Child Matters, how children develop, research"),
    ("C. Pairs", "Rehearsals 3-5", "[track TBC]", "One pupil: identifying, planning, consulting, reviewing"),
    ("D. Pyramids", "Rehearsals 6-7", "[track TBC]", "Leading colleagues, governors and support staff"),
    ("E. Group balance", "Rehearsals 8-9", "[track TBC]", "Other services, agencies and a placement"),
    ("F. Solos", "Autumn to summer", "(no music)", "The three marked pieces"),
    ("G. Finale and Bow", "Rehearsal 10", "[track TBC]", "The Performance and next steps"),
]
for row in order:
    r = ro.add_row()
    for c, txt in zip(r.cells, row):
        cell_text(c, txt)
# merge the music cells of F and G? F has none: merge F's Music with its When cell for a wide note
fr = ro.rows[6]
mm = fr.cells[1].merge(fr.cells[2])
cell_text(mm, "Autumn to summer; no music", italic=True)
col_widths(ro, [3.2, 3.0, 2.4, 8.0])
table_font(ro, 8.5)
para(doc, "")

# ---------------------------------------------------------------- notes from the head choreographer
title("NOTES FROM THE HEAD CHOREOGRAPHER")
line_broken(doc, [
    "Kirkhallam Gymnastics Club has put on a display every summer since 1974. The Coaching Trust, which",
    "the club set up in 1996, trains its coaches and runs Inclusive Gym, which has worked in Kirkhallam's",
    "primary, secondary and special schools for ten years. Our display squads are mixed: gymnasts with",
    "and without disabilities, from six to sixty, all on the same floor. Lead the Line borrows the way we",
    "build a display, because it works: everyone learns the same count, in order, and then each person",
    "makes the moves their own.",
])
p = line_broken(doc, [
    "Lead the Line has one aim: to raise the attainment of pupils with SEN in the schools our squad",
    "members lead, so that more of them reach the levels expected for their age in English and",
    "mathematics. Its objectives are that every squad member can identify pupils early, set sharp",
    "targets, plan interventions that work, and show the progress pupils make.",
])
p = para(doc, "The University of Castlereach validated Lead the Line on 9 December 2008")
fn.ref(p, "Validation event report, University of Castlereach School of Education, 9 December 2008; "
          "available on request.")
run(p, " as a module of 40 credits at Master's level (M level) in its Postgraduate Certificate in "
       "Professional Practice. The University registers every squad member as a student, awards the "
       "credits through its Board of Examiners and appoints the external examiner; its module leader "
       "moderates the Solos. Kirkhallam Metropolitan Borough Council's SEN Team is our partner in schools.")
p = para(doc, "The choreographers are Joanna Threlfall (head choreographer), Bernadette Quayle, Dr Anil "
              "Mistry and Tom Ashworth")
fn.ref(p, "Joanna Threlfall: SENCO at St Wilfrid's CE Primary, Kirkhallam, 1995-2007; MEd in Special "
          "and Inclusive Education (2001); British Gymnastics Level 2 coach. Bernadette Quayle: SENCO and "
          "assistant head at Moorside High School until 2008; OCR Diploma in Specific Learning "
          "Difficulties; current member of the Kirkhallam SENCO network. Dr Anil Mistry: senior "
          "educational psychologist, Kirkhallam MBC. Tom Ashworth: advisory teacher for autism, "
          "Kirkhallam MBC; MA in Autism (2006).")
run(p, ". Between them they have more than sixty years in Kirkhallam's schools and services, all four "
       "still work in or with schools every week, and each takes at least four days of SEN training a "
       "year, most recently the Inclusion Development Programme and the authority's autism update. The "
       "stage manager is Kieran Doyle.")

# ---------------------------------------------------------------- section A
title("SECTION A. WARM-UP")
count_sheet("Warm-up evening, June, 5.00 to 8.00 pm", [
    ("Eight 1", "Arrive, tea", "Welcome: what the Display is", "The Squad List read through", "Questions"),
    ("Eight 2", "Warm-up Profile: rate yourself on every line", "(continues)",
     "Profile talk, one to one with a choreographer", "(continues)"),
    ("Eight 3", "Personal Count Sheet drafted", "Spotters join: what Pairs work needs",
     "Dates, Saturdays, hall access", "Close"),
], "The Warm-up Profile and the Personal Count Sheet come to every Rehearsal.")
para(doc, "Bring to every Rehearsal:", bold=True)
bullets(["your Warm-up Profile and Personal Count Sheet",
         "your Pairs notebook, with your Spotter's notes since the last Rehearsal",
         "soft shoes or bare feet: the hall floor is sprung",
         "lunch (the leisure centre cafe closes at 1.00 on Saturdays)"])
line_broken(doc, [
    "Joining. To join the squad, applicants must hold QTS and be working in a school. We do not turn",
    "anyone away: the Display has a place for every teacher who wants to lead the line.",
])
line_broken(doc, [
    "The Warm-up Profile. At the Warm-up evening each squad member rates themselves from 0 to 3 on every",
    "line of the Squad List, and a choreographer talks the ratings through with them one to one, asking",
    "for an example for each line rated 2 or 3 and checking that what they know is current. From that",
    "conversation the two of them write the squad member's Personal Count Sheet: the lines the squad",
    "member will work hardest on, which become their own outcomes for the year; the Rehearsals where",
    "they should lead and where they should follow; and the focus of their Pairs work in school. The",
    "Personal Count Sheet is looked at again at Rehearsals 4 and 8 and changed if it needs to be.",
])
line_broken(doc, [
    "Earlier learning. We take account of what squad members already know: someone who rates a whole",
    "Section at 3, and shows it, may sit out that Section's Rehearsals and use the time in school",
    "instead. We do not give credit for earlier study or experience towards the 40 credits.",
])
p = line_broken(doc, [
    "Straight to Show. Very occasionally an experienced teacher, often from the authority's support",
    "services, already does everything on the Squad List. In these exceptional cases the head",
    "choreographer may agree, after a Profile talk, that they go straight to the Solos without",
    "rehearsing: they submit all three Solos and give the Performance, are marked in exactly the same",
    "way as the squad, and pay an assessment fee of £450 instead of the full £1,100.",
])
fn.ref(p, "The assessment-only fee is set by the University for all its assessment-only candidates.")
para(doc, "No-one is turned away from Straight to Show simply because they have not rehearsed with us "
          "before.")
line_broken(doc, [
    "Cost. £1,100 for each squad member, including University registration. Kirkhallam MBC pays half",
    "of the fee for SENCOs in its own schools, and a squad member who sits out a Section keeps the",
    "Rehearsal time for Pairs work in school, so no-one pays twice for what they already know.",
])
line_broken(doc, [
    "Everyone in. Everyone is welcome in the Kirkhallam gym, whatever their body can do, and that goes",
    "for the Display too. The hall has step-free access, and handouts can be enlarged on request.",
])
line_broken(doc, [
    "When. The Display starts once a year, in September, with Rehearsals on Saturdays. Because a display",
    "has to be learned in order, Sections cannot be taken in a different order or at a different time.",
    "If enough teachers ask, a second squad may start in January. There is no online part of the",
    "Display: every Rehearsal is live, in the hall, and we have chosen not to use e-learning. The",
    "Trust's website carries the Rehearsal dates.",
])
sp = para(doc, "")
text_box(sp, [
    ("STAGE MANAGER'S NOTE (Kieran Doyle)", {"bold": True}),
    "Before a place is confirmed I see every squad member's enhanced CRB disclosure, or the school's "
    "written confirmation, from its single central record, of the disclosure's number and date. Anyone who "
    "has not worked in a school, in a post with regular contact with children, in the last three months "
    "applies for a new enhanced disclosure through the Trust, which is a registered body, and cannot "
    "start Pairs work until it is back. I also ask the head to confirm the List 99 check and that there "
    "are no concerns about the squad member's conduct and no disciplinary matters outstanding.",
    "I send each Spotter the dates of their squad member's Rehearsals and Solos in September.",
], width_cm=16.0, height_cm=5.4, fill="EAF1DD", line="4F6228", name="Stage manager")

# ---------------------------------------------------------------- section B
title("SECTION B. TUMBLE LINES")
count_sheet("Rehearsal 1 as danced (Rehearsal 2 follows the same shape)", [
    ("Eight 1", "Warm-up: SEN quiz", "The Code of Practice 2001: the graduated response",
     "School Action, School Action Plus, statements", "Pairs: your school's SEN policy"),
    ("Eight 2", "The SEN and Disability Act 2001", "The DDA 1995 and 2005: the Disability Equality Duty",
     "Reasonable adjustments and accessibility plans", "Lines: what the law asks of your school"),
    ("Eight 3", "Every Child Matters: five outcomes", "The SENCO's part in each",
     "Lunch", "Lunch"),
    ("Eight 4", "Research in pairs", "What inspection found", "What it means on Monday", "Cool-down"),
], "Rehearsal 2 is on how children develop and on research; Dr Mistry leads the morning.")
line_broken(doc, [
    "Choreographer's notes. Tumble lines are the basics every squad member must land cleanly before",
    "anything else: the SEN Code of Practice (2001) and the SEN and Disability Act 2001, what they",
    "mean for the school and the SENCO and how to put them into practice; disability equality law,",
    "the Disability Equality Duty and what a school must do under it; and the principles and five",
    "outcomes of Every Child Matters, with the SENCO's part in helping children reach them.",
])
p = line_broken(doc, [
    "Rehearsal 2 covers how children develop (language, thinking, social and emotional development)",
    "and how their development is affected by SEN and disability and by the physical and social",
    "environment at home and in the classroom. In the afternoon squad members read and argue about",
    "recent research and inspection evidence on what works for pupils with SEN",
])
fn.ref(p, "This year's readings: Ofsted, Special educational needs and disability: towards inclusive "
          "schools (2004) and Inclusion: does it matter where pupils are taught? (2006); the Bercow "
          "Review of services for children and young people with speech, language and communication "
          "needs (2008); the National Strategies' Inclusion Development Programme (2008); DfES, Removing "
          "Barriers to Achievement (2004).")
run(p, ", and each one takes away a piece of outside advice or research to try with a colleague in Pairs "
       "work.")

# ---------------------------------------------------------------- section C
title("SECTION C. PAIRS")
count_sheet("Rehearsal 4 as danced", [
    ("Eight 1", "Warm-up: one pupil each", "Observation and data: who might have SEN?",
     "Setting sharp targets", "Planning the intervention"),
    ("Eight 2", "Reading the EP's report", "Speech therapy and OT reports",
     "Changing the teaching plan", "Pairs: swap and critique"),
    ("Eight 3", "Talking with pupils: practice in threes", "Feedback", "Lunch", "Lunch"),
    ("Eight 4", "Access arrangements: Key Stage 2 and GCSE", "Who needs a reader, scribe, extra time?",
     "Parent Partnership Service talk", "Cool-down"),
], "Rehearsals 3 and 5 work on the types of SEN and on teaching approaches and ICT.")
line_broken(doc, [
    "Choreographer's notes. Pairs is the heart of the Display. Over the autumn term each squad member",
    "works with their Spotter on one pupil in their own school. Rehearsal 3 is on the most common types",
    "of SEN and disability (behavioural, emotional and social difficulties; specific learning",
    "difficulties including dyslexia; speech, language and communication needs; autism; moderate",
    "learning difficulties) and how each affects learning. Rehearsal 4 is on identifying pupils who may",
    "have SEN through observation, data and assessment, setting challenging targets, planning",
    "interventions and reviewing progress, using the assessments of educational psychologists,",
    "therapists and other professionals to shape teaching. Rehearsal 5 takes a critical look at",
    "approaches, strategies and resources for assessment, planning, teaching and learning, including",
    "ICT (Clicker, talking word processors, visual timetables), and how to use them to remove barriers.",
])
line_broken(doc, [
    "Talking with pupils. Squad members learn to consult pupils about their provision and about the",
    "things that affect them, using Talking Mats, pupil-led review meetings and one-page profiles. They",
    "practise in threes (one consulting, one the pupil, one watching) with a choreographer giving",
    "feedback, and then hold a planning conversation with their Pairs pupil, who agrees the targets and",
    "reviews them at the end. Squad members build a fair, respectful and constructive relationship with",
    "the pupil throughout, and with the class teacher and teaching assistant who work with them.",
])
line_broken(doc, [
    "Access arrangements. Squad members learn to spot early, in Year 5 and in Years 9 and 10, which",
    "pupils will need a reader, a scribe, extra time or a separate room in Key Stage 2 tests and GCSEs,",
    "to gather the evidence of the pupil's normal way of working, and to work with the class teacher",
    "and the examinations officer so that the arrangement is in place in lessons as well as in the test.",
])
para(doc, "Families. The last hour of Rehearsal 4 is a talk from Kirkhallam's Parent Partnership Service "
          "about how schools can work with parents.")

# ---------------------------------------------------------------- section D
title("SECTION D. PYRAMIDS")
count_sheet("Rehearsal 6 as danced", [
    ("Eight 1", "Warm-up: who holds up your pyramid?", "Winning over the head and senior team",
     "Governors and the SEN policy", "Budgets and priorities"),
    ("Eight 2", "Observing a lesson: what to look for", "Giving feedback", "Modelling a strategy",
     "Coaching conversations"),
    ("Eight 3", "Teaching assistants: deployment", "Managing support staff", "Lunch", "Lunch"),
    ("Eight 4", "Assessment for learning for pupils with SEN", "Leading it across the school",
     "Your week: priorities and delegation", "Cool-down"),
], "Rehearsal 7 adds planning and running a staff training session, and provision mapping.")
line_broken(doc, [
    "Choreographer's notes. A pyramid only stands if everyone holds their place. Pyramids is about",
    "leading colleagues: gaining the commitment of the head and senior leaders; working with them and",
    "the governors on the school's inclusive ethos, SEN policy, priorities and use of resources;",
    "observing colleagues teach and giving feedback, modelling, coaching and mentoring; planning and",
    "running training for staff; deploying and managing teaching assistants; and encouraging every",
    "teacher to use formative assessment, with approaches for pupils with SEN. Squad members also",
    "learn to prioritise their own week, manage their time and delegate, and to check that delegated",
    "tasks are done. Rehearsal 7 introduces provision mapping. Between Rehearsals 6 and 7 each squad",
    "member coaches one colleague as Pairs work and advises a colleague in a partner school.",
])

# ---------------------------------------------------------------- section E
title("SECTION E. GROUP BALANCE")
count_sheet("Rehearsal 8 as danced", [
    ("Eight 1", "Warm-up: the pupil in the middle", "Who are the partners?",
     "Health, social care, CAMHS", "The voluntary sector"),
    ("Eight 2", "The CAF and the Team Around the Child", "Getting specialist support and resources",
     "Lunch", "Lunch"),
    ("Eight 3", "Reviewing provision with staff", "Feeding the review into the school's plans",
     "Placement planning", "Cool-down"),
], "Rehearsal 9 is the placement: see below.")
para(doc, "Formation for Group Balance: the pupil in the middle, partners around.", italic=True, size=8.5)
fg = doc.add_table(rows=3, cols=3)
fg.style = doc.styles["Table Grid"]
fg.alignment = WD_TABLE_ALIGNMENT.CENTER
grid = [["Educational psychology", "School nurse", "Speech and language therapy"],
        ["Social care", "THE PUPIL", "CAMHS"],
        ["Kirkhallam Autism Parents' Group", "Sensory support service", "School and family"]]
for i in range(3):
    for j in range(3):
        cell_text(fg.cell(i, j), grid[i][j], bold=(i == 1 and j == 1), align=WD_ALIGN_PARAGRAPH.CENTER)
shade(fg.cell(1, 1), PINK)
col_widths(fg, [4.5, 4.5, 4.5])
table_font(fg, 8.5)
para(doc, "")
line_broken(doc, [
    "Choreographer's notes. Group balance is about working with other services and agencies, including",
    "voluntary organisations, so that a pupil's support is joined up: what each service does, how to",
    "get specialist support and resources, the Common Assessment Framework and the Team Around the",
    "Child. Rehearsal 8 ends with reviewing provision with other staff and feeding the review into the",
    "school's plans. Rehearsal 9 is a placement: each squad member spends the day at Brookfold Special",
    "School or at the speech and language resource base at Hallam Lane Primary, shadowing the SENCO",
    "and the therapists there. Both settings were judged outstanding at their last inspection, and we",
    "agree a focus for the day with each squad member and the host beforehand. Squad members also meet",
    "an educational psychologist, a speech and language therapist, a CAMHS worker, the sensory support",
    "service and the Autism Parents' Group across the Rehearsals.",
])

# ---------------------------------------------------------------- section F
title("SECTION F. SOLOS")
line_broken(doc, [
    "There are three Solos. Each is built from Pairs work in the squad member's own school, so that",
    "what is rehearsed in the hall is tried for real and changes what happens for pupils.",
])
solo = doc.add_table(rows=1, cols=3)
solo.style = doc.styles["Table Grid"]
for c, h in zip(solo.rows[0].cells, ("Solo", "What the squad member hands in", "Squad List lines marked")):
    cell_text(c, h, bold=True, color="FFFFFF")
    shade(c, NAVY)
for a, b, c in [
    ("Solo 1: the Opening", "A 3,000-word review of the school's SEN policy and practice against the "
                            "law, Every Child Matters and research, with recommendations to the head and "
                            "governors.", "5, 6, 8, 9, 10, 11, 17"),
    ("Solo 2: the Pairs", "A 4,000-word study of the Pairs pupil: how the pupil was identified, the "
                          "professionals' assessments used, the targets agreed with the pupil, the "
                          "intervention, any access arrangements, the agencies involved, and the pupil's "
                          "baseline measure taken before the intervention and the same measure at the "
                          "end.", "1, 4, 12, 13, 14, 16, 18, 19, 20, 25, 27"),
    ("Solo 3: the Close", "A portfolio of Pyramids work (coaching a colleague, the staff training "
                          "session, the deployment of teaching assistants, leading assessment for "
                          "learning) with a personal CPD plan, and the Performance: a 20-minute "
                          "presentation at Rehearsal 10 to two choreographers and a visiting headteacher, "
                          "with questions.", "3, 5, 7, 21, 23, 24"),
]:
    r = solo.add_row()
    cell_text(r.cells[0], a, bold=True)
    cell_text(r.cells[1], b)
    cell_text(r.cells[2], c)
col_widths(solo, [3.2, 10.0, 3.4])
table_font(solo, 8.5)
para(doc, "")
line_broken(doc, [
    "Marking. Each Solo is marked pass or refer by two choreographers separately, against the marking",
    "grid for that Solo, and they agree the mark together. Before each marking round the choreographers",
    "mark two specimen pieces together to agree the standard. The University's module leader",
    "moderates a third of every Solo and every refer, and the external examiner sees a sample and",
    "attends the Board of Examiners.",
])

# ---------------------------------------------------------------- section G
title("SECTION G. FINALE AND BOW")
count_sheet("Rehearsal 10 as danced", [
    ("Eight 1", "Performances", "Performances", "Performances", "Performances"),
    ("Eight 2", "Performances", "Lunch", "Lunch", "Lunch"),
    ("Eight 3", "The Bow: Next Steps sheet", "Talk with a choreographer", "Certificates", "Finale"),
], "Heads and Spotters are invited to the Finale.")
line_broken(doc, [
    "The Bow. At the end of the Display each squad member fills in a Next Steps sheet: two professional",
    "targets for the following year and the CPD that will help them get there. They talk it through",
    "with a choreographer, who suggests further study and networks, and take it back to their head or",
    "line manager for their next performance management meeting.",
])
line_broken(doc, [
    "The Award. The Award is presented at the Bow to every squad member who has performed all three",
    "Solos and attended at least eight of the ten Rehearsals. A Solo that is marked 'refer' still",
    "counts as performed; the choreographers give written feedback so the squad member can improve it",
    "in their own time.",
])

# ---------------------------------------------------------------- after the show
title("AFTER THE SHOW")
line_broken(doc, [
    "How we know it worked. Every Rehearsal ends with a 'thumbs' evaluation sheet, and the",
    "choreographers debrief together the same afternoon. There is a squad meeting at the end of each",
    "term and a full review each July. Outside the Trust, the University runs its module evaluation",
    "and the external examiner reports each year, and Kirkhallam MBC's SEN Team reviews the Display",
    "for its schools. Each summer the choreographers read all of this together and rewrite the count",
    "sheets for the next Display, and the steering group sees and agrees the changes.",
])
line_broken(doc, [
    "Pupils and squad members. Every Solo 2 records a baseline measure of the Pairs pupil before the",
    "intervention (in reading, writing or mathematics, or on the P scales) and the same measure at the",
    "end, so that the difference the squad member's work made can be seen. The stage",
    "manager collects these figures from every Solo 2 and we report them each year to the steering",
    "group. Squad members fill in a confidence questionnaire at the Warm-up evening and again at the",
    "Bow, and six months after the Bow we ask their heads whether and how their practice has changed.",
])
line_broken(doc, [
    "Who shaped the Display. We know from ten years of Inclusive Gym in Kirkhallam's schools what new",
    "SENCOs need, and Kirkhallam MBC's survey of SENCOs for its own SENCO course in 2003 told a similar",
    "story.",
])
line_broken(doc, [
    "Lead the Line has a steering group: two headteachers, the authority's principal officer for SEN, a",
    "parent from the Kirkhallam Autism Parents' Group and a SENCO who came to our 2008 taster day. The",
    "steering group changed the Display before this application: it asked for Section E on other",
    "services, which was not in our first draft; it moved Rehearsals from weekday afternoons to",
    "Saturdays; and at its suggestion a visiting headteacher now sits in on every Performance.",
])
line_broken(doc, [
    "Stakeholders stay involved once the Display is running. The steering group meets each term and",
    "reviews the July evaluation and the pupil figures before the count sheets are rewritten; a",
    "headteacher sits on every Performance panel; Spotters support Pairs work in schools; the",
    "authority's SEN Team reviews the Display each year; and the Parent Partnership Service and the",
    "Autism Parents' Group speak at Rehearsals.",
])
line_broken(doc, [
    "Kit. Squad members use their own schools' books and equipment for Pairs work. At the hall we",
    "have mats, a projector and a small library of books donated by former choreographers.",
])
line_broken(doc, [
    "Spotters and choreographers. All our choreographers know the Display inside out.",
    "Spotters' role card: [to follow]",
    "We plan to write role descriptions for Spotters before the first Rehearsal.",
])

# ---------------------------------------------------------------- squad list (landscape)
landscape_section(doc, WD_SECTION.NEW_PAGE)
title("SQUAD LIST", size=12, space_before=0)
para(doc, "Every place in the Display. Read the Featured in column with the Choreographer's key at the "
          "front.", italic=True, size=8.5)
squad = [
    ("ATTRIBUTES",),
    ("1", "Builds fair, respectful, constructive relationships with pupils with SEN and/or disabilities",
     "C", "Featured: Solo 2"),
    ("2", "Gains the commitment of colleagues, including the head and senior leaders, to better outcomes "
          "for pupils with SEN", "D", "Back row"),
    ("3", "Prioritises, manages their time and delegates, checking that delegated tasks are done", "D",
     "Featured: Solo 3"),
    ("4", "Anticipates and solves problems and makes sound, well-founded decisions about provision",
     "C, E", "Featured: Solo 2"),
    ("5", "Speaks and writes clearly, and listens to and understands the views of others", "—",
     "Understudy: Solo 1, Solo 3"),
    ("6", "Draws on research and outside advice to improve their own and colleagues' practice", "B, D",
     "Featured: Solo 1"),
    ("7", "Keeps up to date and takes responsibility for their own CPD on SEN and disability", "G",
     "Featured: Solo 3"),
    ("KNOWLEDGE",),
    ("8", "Knows the law and guidance on SEN, including the Code of Practice, and how to put it into "
          "practice in school", "B", "Featured: Solo 1"),
    ("9", "Knows the principles and outcomes of Every Child Matters and the SENCO's part in them", "B",
     "Featured: Solo 1"),
    ("10", "Knows disability equality law and the actions it requires", "B", "Featured: Solo 1"),
    ("11", "Knows best practice and research on meeting special educational needs", "B",
     "Featured: Solo 1"),
    ("12", "Knows how children develop and how SEN, disability and the learning environment affect "
           "development", "B", "Featured: Solo 2"),
    ("13", "Knows the most common types of SEN and disability and how they affect learning", "C",
     "Featured: Solo 2"),
    ("14", "Has a critical understanding of approaches, strategies and resources, including ICT, for "
           "assessment, planning, teaching and learning", "C", "Featured: Solo 2"),
    ("15", "Knows the principles of school self-evaluation and improvement for pupils with SEN", "—",
     "Cut"),
    ("16", "Knows the scope and role of outside agencies and how to get specialist support", "E",
     "Featured: Solo 2"),
    ("SKILLS",),
    ("17", "With senior colleagues and governors, shapes the school's inclusive ethos, policies, "
           "priorities and resources", "D", "Featured: Solo 1"),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and "
           "reviews progress", "C", "Featured: Solo 2"),
    ("19", "Uses assessments from other professionals to develop teaching", "C", "Featured: Solo 2"),
    ("20", "Spots in good time the access arrangements pupils need for tests and examinations and puts "
           "them in place", "C", "Featured: Solo 2"),
    ("21", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN",
     "D", "Featured: Solo 3"),
    ("22", "Uses provision mapping to plan provision and find what is missing or not working", "D",
     "Back row"),
    ("23", "Deploys and manages teaching assistants and other staff well", "D", "Featured: Solo 3"),
    ("24", "Supports colleagues' development through observation and feedback, modelling, coaching, "
           "mentoring and training", "D", "Featured: Solo 3"),
    ("25", "Involves pupils with SEN in planning, agreeing, reviewing and evaluating their provision",
     "C", "Featured: Solo 2"),
    ("26", "Reviews the effectiveness of provision with other staff to inform the school's "
           "self-evaluation", "E", "Back row"),
    ("27", "Works in partnership with other services and agencies, including voluntary organisations",
     "E", "Featured: Solo 2"),
    ("28", "Liaises with parents and carers to promote their children's learning and development", "C",
     "Back row"),
]
sq = doc.add_table(rows=1, cols=4)
sq.style = doc.styles["Table Grid"]
for c, h in zip(sq.rows[0].cells, ("No.", "Squad member: the SENCO who...", "Rehearsed in", "Featured in")):
    cell_text(c, h, bold=True, color="FFFFFF")
    shade(c, NAVY)
for row in squad:
    r = sq.add_row()
    if len(row) == 1:
        g = r.cells[0].merge(r.cells[3])
        cell_text(g, row[0], bold=True)
        shade(g, GREY)
        continue
    for c, txt in zip(r.cells, row):
        cell_text(c, txt)
    if row[3] in ("Back row", "Cut") or row[3].startswith("Understudy"):
        shade(r.cells[3], PINK)
col_widths(sq, [1.2, 16.5, 2.8, 4.2])
table_font(sq, 8.5)

fn.attach(doc)
doc.save(OUT)
print("wrote", OUT)
