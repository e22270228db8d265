"""pk-01-carrowdale-tuning-record: a bell ringers' guild's course as a bellfounder's Record of Tuning and Hanging.

Provider (invented): the Carrowdale Diocesan Guild of Church Bell Ringers, through its Education Trust, with the
Carrowdale Special Schools Federation (Hob Lane School and St Ebba's School, which host the study days) and the
University of St Brannoc, which validates the programme as a Postgraduate Certificate. February 2009, for the
September 2009 start.

Document kind and layout. The Guild records every ring of bells it restores on a "Record of Tuning and Hanging", and
its Education Trust sets out its SENCO course on that same form. The course is "the Ring"; its eight study days are
"Bells" (Treble to Tenor); the University is "the Founder"; the pre-course audit is "the Pattern", the individual
training plan "the Ringing Plan"; school-based tasks are "ringing-chamber work"; the school mentor is "the Rope
Holder", the headteacher "the Tower Captain"; marked assignments are "Strikes" (a "Trial Strike" carries feedback,
no mark); tutors who mark are "Tuners"; the online area is "the Belfry"; the administrator is "the Steeple Keeper";
the programme leader is "the Master". Layout: a title block table with merged and shaded cells; a shaded one-cell
note for the panel; Heading 1 styles for the record's own Parts 1-10; a two-column table of the Trust's words; a
key to the Tuning Chart given in Part 2, far above the chart; each Bell as its own small table with a merged, shaded
title row; a table of ringing-chamber tasks; the outcomes as a "Tuning Chart" (Part 8) in the Trust's own words and
order, grouped under merged band rows, each line ending "True", "Skimmed", "As cast" or "Not cast"; a VML text box
holding a "Tuning Certificate"; a page header with a PAGE field; a footer; one footnote; two Word comments; tracked
changes (a deleted paragraph, a deleted chart row, an inserted chart row, an inserted phrase, changes in two cells).

Traps (requirement ids):
- The key to the chart is in Part 2, far above it: "True" = taught and marked in a Strike; "Skimmed" = feedback in
  the Trial Strike only, no mark; "As cast" = taught but not assessed; "Not cast" = not in the course. So 6.A5 and
  6.S4 ("Skimmed") and 6.A7, 6.S2b and 6.S7 ("As cast") are partially met; 6.S2c ("Not cast") is not met; 1.9 is
  partially met.
- Changes in cells: 6.A3's line had "Trial Strike" / "Skimmed" deleted and "Strike 3" / "True" inserted, and Strike 3's
  description names time management and delegation: met.
- A whole chart row for school self-evaluation is a deleted tracked change and nothing else in the document teaches
  it: 6.K7 not met.
- The exam access arrangements row is an inserted tracked change, and the phrase in Strike 2 naming it is an inserted
  run; the 3rd Bell teaches it: 6.S2d met.
- A deleted paragraph offered a January start in a different order; only catching up a missed Bell with next year's
  Band remains: 3.2 partially met.
- Conditional future: an assessment-only "Tuning Only" route "If the Founder agrees ... from September 2010", not yet
  put to the University: 2.3 not met.
- E-learning exists (the Belfry on Moodle, peer posting), but "Tuners do not answer queries on the Belfry": 3.3
  partially met.
- CRB assumed ("will have had an enhanced CRB disclosure through their employer"); the Guild's own safeguarding
  checks on tower captains who teach young ringers are the wrong thing; the footer's "checked and cleared" claim is a
  footer; a Word comment asks whether certificates should be seen: 5.3 partially met.
- Stakeholders help deliver (a parent co-leads the 4th Bell, an EP speaks, a school hosts) but their part in
  evaluation is only hoped for ("We hope, once the first Band has rung ..."); a Word comment suggests Tower Captains
  on a review panel ("We haven't agreed it"): 4.3 partially met. 4.1 and 4.2 met (survey, LA data, former
  participants, and what each changed).
- Pupil voice only "looked at in the afternoon" on the 4th Bell: 1.5 partially met (and 6.S7 As cast).
- Readings "chosen by the Tuner who leads it", no research or inspection evidence named: 1.3 partially met (6.K8 and
  6.A6 are still taught and marked in Strike 3: met).
- Specialist speakers but "The Ring has no placements": 5.5 partially met.
- Resources: University library, the Federation's ICT suite with access technology on loan (met, 5.6); the Guild's
  ringing simulator is the wrong thing.
- Impact: confidence and competence measured by re-rating the Pattern, but for pupils only "we trust that Tower
  Captains will see it": 5.9 partially met.
- Award rule allows compensation between Strikes ("may be compensated by a mark of 50 or more in another Strike"),
  and the Tuning Certificate text box claims every outcome is tuned (a blanket claim): 6.0 partially met.
- "Next Touch" planning for further targets at the Tenor: 2.5 met (but not assessed, so 6.A7 As cast).
- A footnote carries the Rope Holder arrangement for very small schools (part of the submission; no verdict rests on
  it alone).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pk_helpers import (add_footnotes, cell_para, cell_text, del_run, deleted_paragraph, fill_row_tracked,
                         footnote_ref, ins_run, page_field, run, shade, text_box)

HERE = Path(__file__).parent
OUT = HERE / "pk-01-carrowdale-tuning-record.docx"
ED = "Gideon Pascoe"
ED_DATE = "2009-02-09T16:20:00Z"
AT = "Anne Treloar"
AT_DATE = "2009-02-11T09:05:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Georgia"

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
run(hp, "CARROWDALE DIOCESAN GUILD OF CHURCH BELL RINGERS  ·  RECORD OF TUNING AND HANGING  ·  ET/R/09/3  ·  page ",
    size=8)
page_field(hp)
fp = sec.footer.paragraphs[0]
run(fp, "Education Trust of the Carrowdale Diocesan Guild (registered charity 1047721). All participants are checked "
        "and cleared to work with children. Every line of this Ring is true.", size=8, italic=True)

add_footnotes(doc, {
    1: "In a school so small that the participant is the head's only senior colleague, the Rope Holder is an "
       "experienced SENCO from one of the Federation's schools, whom the Trust pays for four half-days in the year.",
})

# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=6, cols=4)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
a = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(a, "CARROWDALE DIOCESAN GUILD OF CHURCH BELL RINGERS  ·  EDUCATION TRUST", bold=True, size=11,
          align="center")
shade(a, "1F3864")
a.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
b = tb.cell(1, 0).merge(tb.cell(1, 3))
cell_text(b, "RECORD OF TUNING AND HANGING", bold=True, size=16, align="center")
shade(b, "D9E2F3")
fields = [
    ("Ring", "The SENCO Ring: the National Award for SEN Coordination", "Record No.", "ET/R/09/3"),
    ("Founder", "University of St Brannoc, School of Education", "Tower",
     "Carrowdale Special Schools Federation (Hob Lane School and St Ebba's School)"),
    ("Bells", "Eight study days, Treble to Tenor, and three Strikes", "Record made", "February 2009"),
    ("Submitted to", "The TDA's approval panel for nationally accredited SENCO training", "Made by",
     "Anne Treloar, Master of the Ring"),
]
for i, (k1, v1, k2, v2) in enumerate(fields, start=2):
    cell_text(tb.cell(i, 0), k1, bold=True, size=9)
    shade(tb.cell(i, 0), "EDEDED")
    cell_text(tb.cell(i, 1), v1, size=9)
    cell_text(tb.cell(i, 2), k2, bold=True, size=9)
    shade(tb.cell(i, 2), "EDEDED")
    cell_text(tb.cell(i, 3), v2, size=9)

doc.add_paragraph()
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
nc = note.cell(0, 0)
shade(nc, "FFF2CC")
cell_text(nc, "For the panel", bold=True)
cell_para(nc, "The Guild records every ring of bells it restores on this form, and the Education Committee asked that "
              "the Award be set out on it too. The ring in this record is a course, not a set of bells. "
              "Part 1 sets out the words we use and Part 2 explains how to read the Tuning Chart in Part 8. Everything "
              "below describes the Ring as the Trust will run it from September 2009, unless it says otherwise.",
          size=9.5)

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1. The words we use", level=1)
words = [
    ("The Ring", "The programme leading to the National Award for SEN Coordination, as a whole."),
    ("The Founder", "The University of St Brannoc, which validates the Ring and awards the Postgraduate Certificate."),
    ("A Bell", "One of the eight study days, named from the Treble (the first) to the Tenor (the eighth)."),
    ("The Band", "The participants of one year: up to twenty-four teachers."),
    ("The Pattern", "The starting audit every participant completes before the Treble."),
    ("The Ringing Plan", "Each participant's individual training plan, written from the Pattern."),
    ("Ringing-chamber work", "The task a participant carries out in their own school after a Bell."),
    ("The Rope Holder", "The senior colleague in the participant's school who mentors them through the year."),
    ("The Tower Captain", "The participant's headteacher."),
    ("A Strike", "One of the three marked assignments, each carrying credit."),
    ("A Trial Strike", "A practice piece on which a Tuner gives written feedback. It carries no mark and no credit."),
    ("A Tuner", "A tutor who leads Bells and marks Strikes."),
    ("The Belfry", "The Ring's online area on the Founder's Moodle site."),
    ("The Steeple Keeper", "The Trust's course administrator, Mrs Sally Jago."),
    ("The Master", "The programme leader, Anne Treloar."),
]
wt = doc.add_table(rows=len(words), cols=2)
wt.style = "Table Grid"
for i, (k, v) in enumerate(words):
    cell_text(wt.cell(i, 0), k, bold=True, size=9.5)
    cell_text(wt.cell(i, 1), v, size=9.5)
    wt.cell(i, 0).width = Cm(4)
    if k == "The Rope Holder":
        footnote_ref(wt.cell(i, 1).paragraphs[0], 1)
    wt.cell(i, 1).width = Cm(12.5)

# ---------------------------------------------------------------- Part 2
doc.add_heading("Part 2. Reading this record", level=1)
doc.add_paragraph("Our Tuning Chart, in Part 8, says of every outcome in the national list, in our own words, where it is "
                  "sounded (taught and practised on a Bell) and where it is tuned (marked in a Strike). Each line of "
                  "the chart ends in one of four words, and they mean this:")
for lead, rest in [
    ("True. ", "Sounded on the Bell or Bells named and tuned in the Strike named. The Strike's marking criteria name "
               "the outcome, and a participant cannot pass that Strike without showing it."),
    ("Skimmed. ", "Sounded, and looked at in the Trial Strike, where the participant gets written feedback on it. It "
                  "is not marked in any Strike."),
    ("As cast. ", "Sounded on the Bell named, but not tuned at all."),
    ("Not cast. ", "Not part of this ring."),
]:
    p = doc.add_paragraph(style="List Bullet")
    run(p, lead, bold=True)
    run(p, rest)
doc.add_paragraph("Where a chart line has no Strike against it, the column shows a dash.")

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3. The Founder and the Frame", level=1)
doc.add_paragraph("The University of St Brannoc validated the Ring at an approval event on 21 January 2009 as the "
                  "Postgraduate Certificate in SEN Coordination, within its Master's framework. The Ring carries 60 "
                  "credits at Master's level (Level 7 of the Framework for Higher Education Qualifications): Strike 1 "
                  "carries 15 credits, Strike 2 carries 15 and Strike 3 carries 30.")
doc.add_paragraph("The Frame is one year, September to July. Each Bell is a Saturday at Hob Lane School from 9.30 to "
                  "3.30, except the 6th, which is rung at St Ebba's. Between Bells, participants carry out "
                  "ringing-chamber work in their own schools with their Rope Holder; each piece takes about a day and a "
                  "half, spread over the weeks between Bells.")
deleted_paragraph(doc, "A second Band will start each January, ringing the Bells in a different order so that the "
                       "5th and 6th come in its first term, for schools that cannot release a SENCO in the autumn.",
                  ED, ED_DATE)
doc.add_paragraph("Participants who miss a Bell ring it with the following year's Band, at no further fee, and may "
                  "carry the Strike that goes with it forward to the next submission date.")

doc.add_heading("What the Ring is for", level=2)
doc.add_paragraph("The Ring has one purpose: that pupils with special educational needs and/or disabilities in the "
                  "participants' schools achieve more, and are safer, healthier and happier at school, in all five "
                  "Every Child Matters outcomes and not in test results alone.")
doc.add_paragraph("Every Bell returns to the question of what its subject means for pupils' achievement and "
                  "well-being, and Strike 3 is marked on the difference the participant's work has made for a named "
                  "group of pupils, in their learning and in their well-being.")

# ---------------------------------------------------------------- Part 4
doc.add_heading("Part 4. Before casting: the pattern of the Ring", level=1)
doc.add_paragraph("The Trust did not design the Ring from books. In the summer term of 2008 the Steeple Keeper sent a "
                  "questionnaire to the headteachers of all 212 schools in the diocese, which spans Carrowdale County "
                  "Council's area and the City of Wendle; 97 replied. Sixty-one said their SENCO had been in post for "
                  "under three years; 44 said the SENCO could not be released for study on weekdays; the needs they "
                  "named most often were managing teaching assistants, working with outside agencies, and using data "
                  "to track pupils' progress. The two local authorities' SEN teams told us that 38 SENCOs were new "
                  "to the role in 2007-08 and that schools most often ask them for help with provision mapping and "
                  "parents' concerns. In July 2008 twelve SENCOs who had "
                  "taken the Founder's earlier SEN certificate spent an evening with the Master telling us what they "
                  "had missed on it, and the Carrowdale Parent Partnership Service put us in touch with its volunteer "
                  "parents.")
doc.add_paragraph("What this changed:", style="Heading 2")
for t in [
    "Because heads told us they cannot release SENCOs on weekdays, every Bell is on a Saturday.",
    "Because provision mapping and teaching assistants came up again and again, each has a Bell of its own (the 5th "
    "and the 6th).",
    "Because the Parent Partnership's volunteers told us that parents feel talked at in review meetings, the 4th Bell "
    "is led jointly by a Tuner and a parent from the volunteer group, and ringing-chamber task D asks the participant "
    "to plan a review with a parent rather than for one.",
    "Because former participants said their first mark came too late to learn from, we added the Trial Strike in "
    "October.",
]:
    doc.add_paragraph(t, style="List Bullet")
p = doc.add_paragraph("During the year a volunteer parent from the Parent Partnership co-leads the 4th Bell, an "
                      "educational psychologist from Carrowdale County Council speaks on the 7th, and St Ebba's "
                      "School hosts the 6th. ")
r = run(p, "We hope, once the first Band has rung, that Tower Captains, the two local authorities and parents will "
           "help us judge how well the Ring has served their schools.")
doc.add_comment([r], text="Could we say Tower Captains sit on the review panel? We haven't agreed it with them. GP",
                author=ED, initials="GP")

# ---------------------------------------------------------------- Part 5
doc.add_heading("Part 5. The Metal: who joins, and what they bring", level=1)
doc.add_heading("Entry", level=2)
doc.add_paragraph("A candidate must hold qualified teacher status, teach in a school in the diocese, and either be "
                  "the school's SENCO or have been named by the Tower Captain to become SENCO within the year. The "
                  "Tower Captain signs a nomination form agreeing to release the participant for ringing-chamber work "
                  "and to name a Rope Holder.")
p = doc.add_paragraph("The Master holds an entry conversation with every candidate, by telephone or at Hob Lane, "
                      "using the first page of the Pattern, to judge whether they are ready to reach the outcomes in a "
                      "year. A candidate who is not yet ready is told in writing what to do first (usually a term "
                      "working alongside an experienced SENCO")
run(p, ", or the Federation's twilight course First Rounds), and the Master writes to the Tower Captain to agree it. "
       "Such a candidate is offered a place with the following Band.")
p = doc.add_paragraph("The nomination form asks the Tower Captain to confirm that the candidate is employed at the "
                      "school. ")
r = run(p, "Every participant is a serving teacher and so will have had an enhanced CRB disclosure through their "
           "employer.")
doc.add_comment([r], text="Do we need to see the certificates? Ask St Brannoc what they do. ST", author="Sally Jago",
                initials="SJ")
run(p, " (The Guild's own Safeguarding Officer checks every tower captain who teaches young ringers; see the Guild's "
       "Child Protection Policy of 2007.)")

doc.add_heading("Credit for metal already cast", level=2)
doc.add_paragraph("A participant who has passed Master's-level study on SEN in the last five years may ask the Founder "
                  "to credit it against Strike 1 or Strike 2 (up to 30 credits) under the University's Recognition "
                  "of Prior Learning regulations. Experience counts as well as study: a participant who has led SEN "
                  "work in a school for two years or more may claim Strike 1 from experience, by a portfolio mapped to "
                  "the Strike's lines of the Tuning Chart and a conversation with a Tuner, and the Founder's RPL panel "
                  "decides the claim.")

doc.add_heading("The Pattern and the Ringing Plan", level=2)
doc.add_paragraph("Before the Treble every participant completes the Pattern: a self-audit against each line of the "
                  "Tuning Chart, rated from 1 (new to me) to 4 (I do this well and could show it), with evidence for "
                  "any line rated 3 or 4, and a page on which the Tower Captain sets out the school's priorities. "
                  "The Master and the participant go through it together at a forty-minute Pattern Meeting in the "
                  "first fortnight of September. From it they write the Ringing Plan: the lines the participant most "
                  "needs to work on, which become their personal outcomes for the year; which six ringing-chamber "
                  "tasks they will choose; and which reading. The Ringing Plan is revisited with a Tuner at the 4th "
                  "Bell and again at the Tenor, when the participant re-rates the Pattern.")

doc.add_heading("A Tuning Only route", level=2)
doc.add_paragraph("Some experienced SENCOs have asked whether they could be assessed without ringing the Bells. If the "
                  "Founder agrees, we would like to offer this from September 2010. It has not yet been put to the "
                  "University.")

doc.add_heading("Cost and value", level=2)
doc.add_paragraph("The fee is £1,150 for the year. It covers the eight Bells, the Trial Strike and the three Strikes, "
                  "the Belfry and the Founder's registration. The Trust's outreach fund meets a third of the fee for "
                  "schools with fewer than 100 pupils. Because each Ringing Plan sets the participant's personal "
                  "outcomes, no two participants do the same ringing-chamber work: each chooses six of the nine tasks "
                  "in Part 6, and Strike 3 is built on a priority the Tower Captain named in the Pattern, so the year's "
                  "work is work the school needed doing.")

doc.add_heading("Access for every ringer", level=2)
doc.add_paragraph("The nomination form invites every candidate to tell us about a disability or health condition, "
                  "and says why: so that reasonable adjustments can be made before the Treble rather than after it. "
                  "The Steeple Keeper follows up every disclosure with a conversation and agrees the adjustments in "
                  "writing: for example papers in large print, a hearing loop, extra time or a spoken "
                  "alternative for a written Strike. Hob Lane and St Ebba's are both fully accessible special schools. Tuners are told of agreed "
                  "adjustments before they mark. The Trust's Equality Policy (2008) covers race, "
                  "disability and gender, and the Trust's committee reviews it every year against the Disability "
                  "Equality Duty; the Ring's selection, Bells and Strikes are part of that review.")

# ---------------------------------------------------------------- Part 6
doc.add_heading("Part 6. The Bells", level=1)
doc.add_paragraph("Each Bell is recorded as a founder records a bell: its note (what the day is about), what was "
                  "cast into it (the content), who tuned it and the ringing-chamber work that follows. Readings for each Bell are chosen by the Tuner who leads it and posted on the Belfry "
                  "a fortnight before.")

bells = [
    ("TREBLE", "Saturday 19 September 2009", "The SENCO and the law",
     "The SEN Code of Practice (2001) and the graduated response; Part IV of the Education Act 1996; the Special "
     "Educational Needs and Disability Act 2001 and the Disability Discrimination Act as amended in 2005, with the "
     "Disability Equality Duty and schools' accessibility plans; Every Child Matters, the Children Act 2004 and the "
     "five outcomes; Removing Barriers to Achievement (2004); what each of these asks of the school, the governors "
     "and the SENCO, and how to put them into practice.",
     "Anne Treloar; Gideon Pascoe", "A",
     "The Pattern Meeting paperwork; the Code of Practice and the DCSF's guidance on the Disability Equality Duty."),
    ("2nd", "Saturday 17 October 2009", "How children grow and learn",
     "How children develop, physically, socially and in language and thinking, and how SEN, disability and the "
     "physical and social setting of learning affect that development; the most common kinds of need: behavioural, "
     "emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autistic spectrum disorders and moderate learning difficulties, and how each can affect "
     "learning; building fair, respectful relationships with pupils and their families. A speech and language "
     "therapist from the County's service leads the afternoon. Trial Strike talks are given in the last hour.",
     "Ruth Kellow; visiting speech and language therapist", "B",
     "Case profiles from the Federation; the Band's Trial Strike accounts."),
    ("3rd", "Saturday 21 November 2009", "Finding out and planning",
     "Identifying pupils who may have SEN from classroom observation, data and assessment; setting challenging "
     "targets; planning interventions and reviewing progress; using assessments from educational psychologists, "
     "therapists and advisory teachers to shape teaching; using summative results, national tests among them, to "
     "track progress and change programmes; identifying early which pupils need special arrangements for national "
     "tests and examinations and working with colleagues to put them in place; a critical look at approaches and "
     "resources for assessment and teaching, including ICT, in the Federation's ICT suite.",
     "Gideon Pascoe; Ruth Kellow", "C",
     "The Federation's ICT suite; sample reports from other professionals; the Band's school data, anonymised."),
    ("4th", "Saturday 16 January 2010", "Families",
     "Working with parents and carers as partners in their child's learning and development; what parents say makes "
     "a review meeting work; difficult conversations; fair and constructive relationships with pupils and parents. "
     "The pupil's own part in their reviews is touched on: the pupil's page of the annual review paperwork is looked "
     "at in the afternoon. Led jointly by a Tuner and a volunteer parent from the Carrowdale Parent Partnership "
     "Service. The Ringing Plan is revisited with a Tuner at the end of the day.",
     "Anne Treloar with a Parent Partnership volunteer", "D",
     "The Parent Partnership's leaflets; review paperwork from the Band's schools."),
    ("5th", "Saturday 13 February 2010", "Mapping provision",
     "Provision mapping and management: what a school provides, for whom, at what cost and to what effect; finding "
     "provision that is missing or not working; reviewing with the staff who deliver it how well each piece of "
     "provision has worked, and reporting what they find to the head and governors so that it shapes the school's "
     "plans for the next year.",
     "Gideon Pascoe", "E",
     "Provision map templates from three Federation schools; costing sheets."),
    ("6th", "Saturday 20 March 2010 (at St Ebba's)", "The band in the tower",
     "Deploying and managing teaching assistants and other staff; supporting colleagues' professional development "
     "by observation and feedback, modelling, coaching, mentoring and training; winning the commitment of the head "
     "and senior leaders; working with senior colleagues and governors on an inclusive ethos, the SEN policy, "
     "priorities and the use of resources; setting priorities, managing time and delegating. St Ebba's opens two "
     "classrooms for the morning so that the Band can practise observation and feedback.",
     "Anne Treloar; St Ebba's deputy head", "F, G",
     "Observation schedules; St Ebba's staff deployment plan."),
    ("7th", "Saturday 24 April 2010", "Beyond the tower",
     "The scope and role of external agencies (health, social care, the educational psychology service, sensory "
     "support, CAMHS) and of voluntary organisations, and how to get specialist support and resources; working in "
     "partnership with them; what research says about meeting SEN, and how to use research and outside advice to "
     "improve one's own and colleagues' teaching. An educational psychologist from Carrowdale County Council leads "
     "the morning.",
     "Tomas Penrose (educational psychologist); Gideon Pascoe", "H, I",
     "The County's directory of services; research digests chosen by the Tuner."),
    ("TENOR", "Saturday 19 June 2010", "The whole pull",
     "Anticipating and resolving problems, and making sound decisions about provision, worked through cases the Band "
     "brings; the Strike 3 projects presented to the Band in draft; keeping up to date and taking charge of one's own "
     "professional development; Next Touch (see Part 10). Participants re-rate the Pattern.",
     "Anne Treloar; Gideon Pascoe; Ruth Kellow", "-",
     "Next Touch planning sheet; the Pattern."),
]
for name, date, note_, cast, tuners, tasks, fittings in bells:
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"{name}  ·  {date}", bold=True, size=10.5)
    shade(top, "D9E2F3")
    rows = [("Note", note_), ("Cast into it", cast), ("Tuned by", tuners),
            ("Ringing-chamber work", "Task " + tasks if tasks != "-" else "None: Strike 3 is being finished.")]
    if tasks == "F, G" or tasks == "H, I":
        rows[-1] = ("Ringing-chamber work", "Tasks " + tasks)
    for i, (k, v) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), k, bold=True, size=9)
        shade(t.cell(i, 0), "F2F2F2")
        cell_text(t.cell(i, 1), v, size=9)
        t.cell(i, 0).width = Cm(3.6)
        t.cell(i, 1).width = Cm(12.9)
    doc.add_paragraph()

doc.add_heading("Ringing-chamber work", level=2)
doc.add_paragraph("Each participant chooses six of these nine tasks at the Pattern Meeting. The Rope Holder reads "
                  "each piece and signs the participant's task log; tasks are not marked, but participants draw on "
                  "them in their Strikes.")
tasks = [
    ("A", "Policy audit", "Compare the school's SEN policy with the Code of Practice and the disability duties."),
    ("B", "Pupil profile", "Observe one pupil in three lessons and write a profile of their development and needs."),
    ("C", "Tracking", "Use national test results for one group of pupils with SEN to find who is not making progress."),
    ("D", "A review with a family", "Plan a review meeting with a parent or carer, agreeing with them what they "
                                    "want from it, and hold it."),
    ("E", "Provision map", "Map and cost the provision for one year group, and mark one piece that is missing or not "
                           "working."),
    ("F", "Observation and feedback", "Observe a colleague teaching a pupil with SEN and give feedback, with the Rope "
                                      "Holder present."),
    ("G", "Leading training", "Plan and lead a staff meeting or twilight session on one kind of need."),
    ("H", "Agencies map", "List the services and voluntary organisations your school uses, and meet a new one."),
    ("I", "Research brief", "Read two studies of an intervention your school uses and brief colleagues."),
]
tt = doc.add_table(rows=len(tasks) + 1, cols=3)
tt.style = "Table Grid"
for j, h in enumerate(("Task", "Name", "What the participant does")):
    cell_text(tt.cell(0, j), h, bold=True, size=9)
    shade(tt.cell(0, j), "D9D9D9")
for i, (k, n, w) in enumerate(tasks, start=1):
    cell_text(tt.cell(i, 0), k, bold=True, size=9)
    cell_text(tt.cell(i, 1), n, size=9)
    cell_text(tt.cell(i, 2), w, size=9)

# ---------------------------------------------------------------- Part 7
doc.add_heading("Part 7. The Strikes", level=1)
doc.add_paragraph("There are three Strikes, each marked against criteria published on the Belfry at the start of the "
                  "year, and one Trial Strike. Each Strike's criteria are the lines of the Tuning Chart shown against "
                  "it in Part 8.")
p = doc.add_paragraph()
run(p, "Trial Strike (no mark; account due Monday 2 November 2009). ", bold=True)
run(p, "A 1,500-word account of the participant's first half-term as SENCO, with a five-minute talk to the Band on "
       "the 2nd Bell. A Tuner gives written feedback on how clearly it is written and spoken, on how the participant "
       "answers and listens to the Band's questions, and on how the participant deploys teaching assistants in their "
       "school. No mark is given and nothing from it counts towards the award.")
p = doc.add_paragraph()
run(p, "Strike 1: The law in my tower (15 credits; 3,000 words; due Friday 11 December 2009). ", bold=True)
run(p, "An audit of the school's SEN arrangements against the SEN Code of Practice, the disability equality duties "
       "and the Every Child Matters outcomes, with recommendations to the Tower Captain. It is marked on the "
       "participant's knowledge of SEN law and guidance and what they mean for the school; of Every Child Matters "
       "and the SENCO's part in it; and of disability equality law and the actions it requires.")
p = doc.add_paragraph()
run(p, "Strike 2: One pupil, one plan (15 credits; 4,000 words; due Friday 26 March 2010). ", bold=True)
run(p, "A case study of one pupil, written with the family's consent. It is marked on the participant's "
       "understanding of the pupil's development and needs; how they identified the need, set targets, planned the "
       "intervention and reviewed progress; how they used other professionals' assessments and worked with other "
       "services; a critical account of the approaches and resources chosen, including ICT; and how they worked with "
       "the pupil and the family")
ins_run(p, "; and, for a pupil in Year 2, 6, 9 or 11, the special arrangements for national tests or examinations "
           "the participant identified in good time and how they were put in place", AT, AT_DATE)
run(p, ".")
p = doc.add_paragraph()
run(p, "Strike 3: The whole pull (30 credits; 6,000 words and the Rounds; due Friday 2 July 2010). ", bold=True)
run(p, "A project to improve provision for a group of pupils in the participant's school, on the priority the Tower "
       "Captain named in the Pattern. It is marked on how the participant used a provision map to find missing or "
       "ineffective provision; how they worked with the head, senior colleagues and governors and won their "
       "commitment; how they set priorities, managed their time and delegated parts of the work; how they supported "
       "colleagues' development; how they drew on research and outside advice and what they know of best practice; "
       "how they reviewed with staff what worked; and the difference the project made for the named pupils, in their "
       "learning and in their well-being. The Rounds is a thirty-minute professional conversation with two Tuners on "
       "Saturday 10 July 2010, in which the participant explains and defends the decisions they took and the problems "
       "they foresaw and solved; it is marked with the written project.")

# ---------------------------------------------------------------- Part 8
doc.add_heading("Part 8. The Tuning Chart", level=1)
doc.add_paragraph("The lines are the national outcomes in our words and in our order: what the ringer is, what the "
                  "ringer knows, and what the ringer does. Read the last column as Part 2 explains.")
lines = [
    ("band", "What the ringer is"),
    ("1", "Builds fair, respectful and constructive relationships with pupils who have SEN or disabilities and with "
          "their families", "2nd, 4th", "Strike 2", "True"),
    ("2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils", "6th",
     "Strike 3", "True"),
    ("3", "Sets priorities, manages time and delegates, and checks that delegated work is done", "6th", "A3", "A3"),
    ("4", "Sees problems coming, solves them and makes sound, well-founded decisions about provision", "Tenor",
     "Strike 3 (the Rounds)", "True"),
    ("5", "Speaks and writes clearly, and listens to and understands other people's views", "All Bells",
     "Trial Strike", "Skimmed"),
    ("6", "Uses research and outside advice to improve their own and colleagues' teaching", "7th", "Strike 3", "True"),
    ("7", "Keeps up to date and takes charge of their own professional development in SEN and disability", "Tenor",
     "-", "As cast"),
    ("band", "What the ringer knows"),
    ("8", "The law and guidance on SEN, the SEN Code of Practice, what they mean for the school and how to carry them "
          "out", "Treble", "Strike 1", "True"),
    ("9", "Every Child Matters: its principles, its five outcomes and what the SENCO can do towards them", "Treble",
     "Strike 1", "True"),
    ("10", "Disability equality law and what it requires the school to do for disabled pupils", "Treble", "Strike 1",
     "True"),
    ("11", "How children develop, and how SEN, disability and the setting for learning affect that development",
     "2nd", "Strike 2", "True"),
    ("12", "The commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they "
           "affect learning", "2nd", "Strike 2", "True"),
    ("13", "A critical grasp of approaches and resources for assessing, planning, teaching and learning, ICT among "
           "them, and how to use them to remove barriers", "3rd", "Strike 2", "True"),
    ("DEL", "The principles of school self-evaluation and improvement, and what they mean for pupils with SEN",
     "5th", "Strike 3", "True"),
    ("14", "Best practice, and what research says, in meeting special educational needs", "7th", "Strike 3", "True"),
    ("15", "What outside agencies do, and how to get specialist support and resources for pupils", "7th", "Strike 2",
     "True"),
    ("band", "What the ringer does"),
    ("16", "Works with the head, senior colleagues and governors to shape an inclusive ethos, the SEN policy, "
           "priorities and the use of resources", "6th, Tenor", "Strike 3", "True"),
    ("17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "3rd", "Strike 2", "True"),
    ("18", "Uses other professionals' assessments to shape teaching", "3rd, 7th", "Strike 2", "True"),
    ("19", "Uses summative results, national tests among them, to track progress and change programmes", "3rd", "-",
     "As cast"),
    ("20", "Helps other teachers to use formative assessment, with approaches that suit pupils with SEN", "-", "-",
     "Not cast"),
    ("INS", "Spots in good time the special arrangements pupils need for national tests and examinations, and puts "
            "them in place with colleagues", "3rd", "Strike 2", "True"),
    ("21", "Uses provision mapping to plan provision and to find what is missing or not working", "5th", "Strike 3",
     "True"),
    ("22", "Deploys and manages teaching assistants and other staff well", "6th", "Trial Strike", "Skimmed"),
    ("23", "Supports colleagues' development: observing and feeding back, modelling, coaching, mentoring and "
           "training", "6th", "Strike 3", "True"),
    ("24", "Reviews with staff how well provision works, and reports it to the head and governors for the school's "
           "planning", "5th", "Strike 3", "True"),
    ("25", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "4th", "-",
     "As cast"),
    ("26", "Works with parents and carers to support their child's learning and development", "4th", "Strike 2",
     "True"),
    ("27", "Works in partnership with other services and agencies, voluntary organisations among them", "7th",
     "Strike 2", "True"),
]
ct = doc.add_table(rows=1, cols=5)
ct.style = "Table Grid"
for j, h in enumerate(("Line", "The outcome, in the Trust's words", "Sounded on", "Tuned in", "State")):
    cell_text(ct.cell(0, j), h, bold=True, size=9)
    shade(ct.cell(0, j), "1F3864")
    ct.cell(0, j).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
widths = (Cm(1.2), Cm(9.0), Cm(2.3), Cm(2.5), Cm(1.8))
for ln in lines:
    row = ct.add_row()
    if ln[0] == "band":
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, ln[1], bold=True, size=9.5)
        shade(m, "D9E2F3")
        continue
    num, text, sounded, tuned, state = ln
    if num == "DEL":
        fill_row_tracked(row, ["", text, sounded, tuned, state], "del", ED, ED_DATE, size=9)
        continue
    if num == "INS":
        fill_row_tracked(row, ["19a", text, sounded, tuned, state], "ins", AT, AT_DATE, size=9)
        continue
    cell_text(row.cells[0], num, size=9)
    cell_text(row.cells[1], text, size=9)
    cell_text(row.cells[2], sounded, size=9)
    if tuned == "A3":
        pp = row.cells[3].paragraphs[0]
        del_run(pp, "Trial Strike", AT, AT_DATE, size=9)
        ins_run(pp, "Strike 3", AT, AT_DATE, size=9)
        pp = row.cells[4].paragraphs[0]
        del_run(pp, "Skimmed", AT, AT_DATE, size=9, bold=True)
        ins_run(pp, "True", AT, AT_DATE, size=9, bold=True)
    else:
        cell_text(row.cells[3], tuned, size=9)
        cell_text(row.cells[4], state, size=9, bold=True)
for row in ct.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

# ---------------------------------------------------------------- Part 9
doc.add_heading("Part 9. Tuners, Founder and Rope Holders", level=1)
doc.add_heading("Who tunes the Ring", level=2)
staff = [
    ("Anne Treloar, Master",
     "SENCO at Hob Lane School 1996-2004, then deputy head of St Ebba's; MA in Special and Inclusive Education; leads "
     "the Federation's outreach to mainstream schools."),
    ("Dr Gideon Pascoe",
     "Senior lecturer in inclusive education at the University of St Brannoc and the Founder's link tutor; former "
     "SENCO in two secondary schools; doctorate on provision mapping in secondary schools (2006); external examiner "
     "for another university's SEN certificate."),
    ("Ruth Kellow",
     "Specialist teacher in the County's learning support service; holds the British Dyslexia Association's AMBDA and "
     "a Postgraduate Diploma in Specific Learning Difficulties; trains school staff across the County each term."),
    ("Tomas Penrose",
     "Senior educational psychologist, Carrowdale County Council; leads the 7th Bell and second-marks Strike 2."),
]
stt = doc.add_table(rows=len(staff), cols=2)
stt.style = "Table Grid"
for i, (k, v) in enumerate(staff):
    cell_text(stt.cell(i, 0), k, bold=True, size=9)
    cell_text(stt.cell(i, 1), v, size=9)
doc.add_paragraph("Each Tuner records at least five days of SEN professional development a year in the Trust's "
                  "staff log.")
doc.add_paragraph("Besides the Tuners, participants meet a speech and language therapist from the County's service "
                  "on the 2nd Bell, an educational psychologist on the 7th, a volunteer parent on the 4th, and the "
                  "staff of St Ebba's on the 6th. The Ring has no placements: all ringing-chamber work is done in "
                  "the participant's own school, and the morning at St Ebba's is the only time the Band works in "
                  "another school.")
doc.add_heading("Fittings", level=2)
doc.add_paragraph("Participants hold a Founder's library card for the year, which gives them the St Brannoc "
                  "education library, with its SEN collection and electronic journals, in person and online. The "
                  "Federation's ICT suite at Hob Lane has switch access, symbol software, Clicker 5, screen readers and "
                  "communication aids; participants use it on the 3rd Bell and may borrow software and devices for a "
                  "term to try in their own school. The Guild's ringing simulator at St Ebba's tower is open on Bell days to any "
                  "participant who rings.")
doc.add_heading("Knowing their part", level=2)
doc.add_paragraph("The Tuner's Book sets out each Tuner's part: which Bells they lead, which Strikes they mark, the "
                  "marking criteria, the moderation calendar and the Founder's regulations. Tuners meet for a "
                  "half-day briefing each August. Rope Holders come to a Rope Holders' Evening at Hob Lane before the "
                  "Treble, where the Master takes them through their part (meeting the participant twice each "
                  "half-term, reading each piece of ringing-chamber work and signing the task log) and gives them the Rope Holder's Card. A Rope "
                  "Holder who cannot come is visited in school by the Master before the 2nd Bell. Tower Captains "
                  "receive a letter setting out what the nomination commits the school to.")
doc.add_heading("Marking true", level=2)
doc.add_paragraph("Every Strike is marked by one Tuner against the published criteria. The Master second-marks every "
                  "fail, every mark of 70 or above and one in four of the rest. The Tuners meet within three weeks of "
                  "each submission date to moderate a sample together with the Founder's moderator. The Founder's "
                  "external examiner for the Ring, Professor Hilary Voss of the University of Lowther, sees every "
                  "Strike 3 and a sample of Strikes 1 and 2, and sits on the Founder's Examination Board in July.")
doc.add_heading("Certificating the Ring", level=2)
doc.add_paragraph("The Founder's Examination Board awards the Postgraduate Certificate to a participant who passes "
                  "all three Strikes. The pass mark in each Strike is 40. A Strike marked 35 to 39 may be compensated "
                  "by a mark of 50 or more in another Strike, as the University's regulations allow.")

# ---------------------------------------------------------------- Part 10
doc.add_heading("Part 10. After hanging", level=1)
doc.add_heading("How we keep the Ring in tune", level=2)
doc.add_paragraph("Each Bell ends with a Bell Sheet on which every participant rates the day and says what should "
                  "change; the Master reads them within a week and reports them to the next Tuners' meeting. The "
                  "Ring's Committee (the Master, the Tuners, the Steeple Keeper and the Founder's link tutor) meets "
                  "each term. At the end of the year the "
                  "Founder's annual monitoring report, the external examiner's report and a summary of the Bell "
                  "Sheets and Strike results go to the Committee, which decides what to change for the next Band and "
                  "records it in an action plan; the Founder's link tutor checks the plan at the start of the next "
                  "year.")
doc.add_paragraph("How we shall know the Ring works. Each participant re-rates the Pattern at the Tenor, and the "
                  "Master compares the two ratings line by line for the whole Band, so that we know where confidence "
                  "and competence have grown and where they have not; the Strike marks, set against the lines of the "
                  "Tuning Chart, tell us the same from the Tuners' side. As for pupils, the Ring will have succeeded "
                  "if pupils with SEN in the Band's schools do better, and we trust that Tower Captains will see it.")
doc.add_heading("Next Touch", level=2)
doc.add_paragraph("The Tenor ends with Next Touch. Each participant writes a one-page plan of their professional "
                  "targets for the next two years on the Trust's planning sheet, talks it through with a Tuner in the "
                  "afternoon, and takes it to their Tower Captain for their next performance management meeting. The "
                  "Tuner suggests routes: the Founder's MA, or a specialist qualification.")
doc.add_heading("The Belfry", level=2)
doc.add_paragraph("Each Bell's slides, readings and ringing-chamber task are posted on the Belfry, the Ring's area on "
                  "the Founder's Moodle site, and participants post their ringing-chamber work there for the rest of "
                  "the Band to read and comment on. Tuners do not answer queries on the Belfry; questions go to the "
                  "Steeple Keeper by email and are kept for the next Bell.")

doc.add_heading("Tuning certificate", level=2)
p = doc.add_paragraph()
text_box(p, [
    ("TUNING CERTIFICATE", True, False, 12, True),
    ("We certify that every bell in the SENCO Ring has been tuned to the national outcomes for SEN coordination, and "
     "that the Ring is true throughout.", False, True, 10, True),
    ("Anne Treloar, Master of the Ring        Gideon Pascoe, for the Founder", False, False, 9, True),
    ("Carrowdale, February 2009", False, False, 9, True),
], width_pt=430, height_pt=110, fill="FBF7EE")

doc.save(OUT)
print("wrote", OUT)
