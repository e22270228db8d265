"""mx-01-coldharbour-hanger-vintage-report: build script.

Provider (invented): Coldharbour Hanger Vineyard & Winery, Amberleigh, West Sussex, and its wine-growing school,
the Hanger Vine School, with Marlwood University's School of Education (validating partner). The course is the
Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination), sent
to the TDA in November 2008 for the 2008-09 approval round.

Document kind: the winery's annual VINTAGE REPORT, the document it sends every winter to its trade customers
and members, here written for the course's first full year ("Vintage 2009"). The house vocabulary runs
through it: participants are "Growers", study days are seven "Field Days" named after the vine's year
(Pruning Day, Budburst, Flowering, Fruit Set, Veraison, Harvest, Press Day), the three 20-credit modules are
"Blocks" named after soils (the Chalk, the Clay, the Greensand), the marked assignments are "Cuvées" A, B and
C, the unmarked reflective journal is the Grower's "Tasting Notes", the school mentor is the "Vine Dresser",
the steering group is the "Tasting Panel", the needs analysis is the "Vine Audit" and the training plan the
"Growing Plan". The outcomes sit in a "Harvest Data" table, in the provider's own words, numbered as "Rows"
(no national codes), whose "Picked" values are keyed far above it under "How to read this report".

Layout: Title and Heading 1/2 styles; a page header and a footer; an "At a glance" facts table with a
tracked change in a cell (credits 40 -> 60); a table of the seven Field Days with a vertically merged Block
column; a staff table; the Harvest Data table with shaded, horizontally merged group rows ("The rootstock",
"The canopy", "The fruit") and a vertically merged "Picked" cell over several rows; a tracked change inside
one Harvest Data cell; a text box ("From the winemaker's desk") with a blanket claim; three Word comments;
three footnotes; one whole paragraph deleted with tracking on; typed bullets in places.

Traps (requirement ids):
- E.2: credits shown as a tracked change, "40" deleted and "60" inserted: the inserted text stands (met).
- 1.1: the aim is "higher attainment, in reading, writing and mathematics" only; well-being and the five
  Every Child Matters outcomes are taught (Budburst) but are not in the aims or the project's measure (partial).
- 1.5: the only consulting of children is the winery's own (Downsview pupils choose the grape-juice label);
  Growers are not taught to consult pupils (not met). 6.S7 is "Not planted" and only hoped for (not met).
- 1.9 / 6.0: rows "Tasted only" (formative Tasting Notes) or "Green harvest" (taught, not assessed), two rows
  not planted; the award rests on passing the three Cuvées and attendance; the text box's claim that every
  row is picked is a blanket claim (both partial).
- 2.1: prior certificated study (APCL, up to 20 credits) only; experience "is not credited" (partial).
- 2.3: an assessment-only arrangement existed only in the 2008 pilot and "the University has not approved
  it" for 2009; a comment says it may be looked at again (not met).
- 3.1: step-free access and large print only, no disclosure, adjustments or assessment arrangements (partial).
- 3.3: the Vine Board (Moodle) has materials and a peer forum, but tutors do not answer between Field Days:
  questions "wait for the next Field Day" (partial).
- 5.3: "we do not ask to see" the schools' CRB disclosures; the footer's "Every Grower is CRB checked" and a
  comment are not part of the submission (not met).
- 5.4: the winemaking team's WSET and Plumpton qualifications are the right words about the wrong staff,
  but the three SEN tutors' qualifications and current roles are given (met).
- 5.5: EP, speech and language therapist and advisory teachers speak at Field Days, but the only
  "placements" are Downsview pupils' harvest visits to the vineyard; Growers have none (partial).
- 5.7: tutors meet and hold the University handbook; the Vine Dressers' briefing sentence is a tracked
  deletion, so mentors are only named and sent dates (partial).
- 5.9: participants' competence and confidence measured by repeating the Vine Audit; pupils' achievement
  only hoped for, "We do not yet have a way to measure this" (partial).
- 4.1-4.3: a 2008 schools survey with named results and changes; the Tasting Panel reviews the evaluation
  (all met).
- 6.A3 and 6.S2b: "Tasted only" (formative only, partial). 6.A7 and 6.S6: "Green harvest" (taught, not
  assessed, partial; a footnote says the Growing Plan is "not marked"). 6.K4: planted "-", picked in Cuvée B
  (assessed, not taught, partial). 6.K3: its "Picked" cell is a tracked change from "Tasted only" to
  "Cuvée A" (met). 6.S2d: "Not planted"; a comment claims it is covered at Veraison (not met).
- Heading and Block numbering never matches the specification's; the Harvest Data rows carry no codes.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mx_helpers import (run, ins, dele, deleted_paragraph, shade, cell_text, set_col_widths, repeat_header,
                         Footnotes, text_box, page_field, word_count, comment)

HERE = Path(__file__).parent
NAME = "mx-01-coldharbour-hanger-vintage-report"
WINE = "7A2E3B"
CHALK = "F3EEE4"
AUTH_HM = "Helen Marchbank"
AUTH_JO = "Julian Oakes"
D1 = "2008-11-12T10:14:00Z"
D2 = "2008-11-19T16:40:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for s, size in (("Title", 26), ("Heading 1", 15), ("Heading 2", 12)):
    doc.styles[s].font.name = "Georgia"
    doc.styles[s].font.size = Pt(size)
    doc.styles[s].font.color.rgb = RGBColor.from_string(WINE)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
run(hp, "COLDHARBOUR HANGER  ·  VINTAGE REPORT 2009  ·  NATIONAL AWARD FOR SEN COORDINATION", size=8, color=WINE)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run(fp, "Coldharbour Hanger Vineyard & Winery · The Hanger Vine School · Every Grower is CRB checked · page ", size=8)
page_field(fp, size=8)

fn = Footnotes(doc)


def P(text="", style=None, bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def H1(t):
    return doc.add_paragraph(t, style="Heading 1")


def H2(t):
    return doc.add_paragraph(t, style="Heading 2")


def runs(p, *pieces):
    """pieces: str or (str, 'b'|'i')"""
    out = []
    for pc in pieces:
        if isinstance(pc, tuple):
            out.append(run(p, pc[0], bold="b" in pc[1], italic="i" in pc[1]))
        else:
            out.append(run(p, pc))
    return out


# ------------------------------------------------------------------ cover
P("Coldharbour Hanger", style="Title")
P("VINTAGE REPORT 2009", bold=True, size=16)
P("The Hanger Vine School · Postgraduate Certificate in Special Educational Needs Coordination "
  "(the National Award for SEN Coordination), with Marlwood University", italic=True, size=12)
P("Sent to the Training and Development Agency for Schools with our application for approval, November 2008. "
  "Prepared by Dr Helen Marchbank, Education Director, with Julian Oakes and Priya Desai.", size=9)

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
facts = [
    ("At a glance", None),
    ("Appellation", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
                    "Coordination)"),
    ("Validated and awarded by", "Marlwood University, School of Education"),
    ("Credits", "CREDITS"),
    ("Blocks", "Three Blocks of 20 credits: the Chalk, the Clay, the Greensand"),
    ("Field Days", "Seven, January to November 2009, in the Long Room at the winery"),
    ("Growers per vintage", "Eighteen"),
    ("Fee", "£1,150 for the full Certificate; three bursaries a vintage"),
    ("Starts", "Pruning Day (January) or Flowering (June)"),
]
for k, v in facts:
    r = t.add_row()
    if v is None:
        m = r.cells[0].merge(r.cells[1])
        cell_text(m, k, bold=True, color="FFFFFF")
        shade(m, WINE)
        continue
    cell_text(r.cells[0], k, bold=True)
    shade(r.cells[0], CHALK)
    if v == "CREDITS":
        p = r.cells[1].paragraphs[0]
        dele(p, "40", AUTH_HM, D1)
        ins(p, "60", AUTH_HM, D1)
        run(p, " credits at Level 7 (masters level)")
    else:
        cell_text(r.cells[1], v)
set_col_widths(t, [Cm(5), Cm(11.5)])
P()

# ------------------------------------------------------------------ introduction
H1("The winemaker's introduction")
P("Every winter since our first vintage in 1999 we have written a report on the year just gone and the year to "
  "come: what the weather did, what we picked, what went into the tank and what we expect in the glass. Our "
  "customers and members tell us it is the one piece of paper from us they keep. So when Marlwood University "
  "and the Hanger Vine School came to describe the SENCO course to you, we wrote it the way we write "
  "everything else here. We hope the panel will forgive the vineyard language; there is a short key below, "
  "and every term is also explained where it first matters.")
P("The Hanger Vine School has taught here since 2001. Most of its students are learning to grow grapes and "
  "make wine, but since 2003 it has also welcomed teachers: first through our Vines in the Classroom days for "
  "special schools, then through a 20-credit module on outdoor learning for pupils with special educational "
  "needs, which Marlwood validated in 2005. Our Education Director, Dr Helen Marchbank, was a SENCO for eleven "
  "years and then a local authority SEN adviser before she came to the Hanger, and it was she who asked "
  "whether we could do for new SENCOs what we had done for outdoor learning.")
p = P()
runs(p, "Our aim is simple and the same every vintage: better fruit. For the Vine School that means higher "
        "attainment, in reading, writing and mathematics, for the pupils with special educational needs in our "
        "Growers' schools. Everything in this report, from the Vine Audit in December to the presentations on "
        "Press Day, is there to serve that aim.")
P("2008 was our pilot vintage. Nine teachers took the Chalk Block as a stand-alone module and told us, in no "
  "uncertain terms, what worked and what did not. Vintage 2009 is the first full Certificate, and the first "
  "we are asking you to approve.")

para_box = P()
text_box(para_box, [
    ("From the winemaker's desk", True, False),
    ("Every row in the Harvest Data is picked, pressed and tasted before a Grower leaves the Hanger. Nothing "
     "is left on the vine.", False, True),
    ("Tom Rudge, Head Winemaker", False, False),
], height_cm=3.0, font="Georgia", size=10)

# ------------------------------------------------------------------ key
H1("How to read this report")
P("We use our own words for the parts of the course. They mean the same thing in every section.")
key = [
    ("Growers", "the teachers on the course. Each Grower is a SENCO, or will become one within the school year."),
    ("Field Days", "the seven taught days at the winery, named after the stage the vines have reached."),
    ("Blocks", "the three 20-credit modules, named after the soils of our three vineyard blocks."),
    ("Cuvées", "the three marked assignments, one for each Block: Cuvée A, Cuvée B and Cuvée C."),
    ("Tasting Notes", "the reflective journal each Grower keeps on the Vine Board between Field Days. A tutor "
                      "reads it at the next Field Day; it is never marked."),
    ("Vine Audit", "the self-assessment each Grower completes before Pruning Day."),
    ("Growing Plan", "the individual training plan agreed at Pruning Day."),
    ("Vine Dresser", "the colleague in the Grower's own school who supports them through the year."),
    ("Tasting Panel", "our steering group."),
    ("Vine Board", "the course's pages on Marlwood University's Moodle."),
]
for k, v in key:
    p = P()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(2)
    runs(p, "•  ", (k, "b"), ": " + v)
P()
P("The Harvest Data table (in the section The Harvest Data, near the end) lists everything a Grower must be "
  "able to do by the end of the vintage, one Row for each. It has two columns you need this key for:")
for k, v in [
    ("Planted", "the Field Day at which the Row is taught. A dash means no Field Day teaches it."),
    ("Picked", "how the Row is assessed. \"Cuvée A\", \"Cuvée B\" or \"Cuvée C\" means it is marked in that "
               "assignment. \"Tasted only\" means it is looked at in the Grower's Tasting Notes and discussed, "
               "but not marked. \"Green harvest\" means it is taught at the Field Day shown and then cut before "
               "picking: it is not assessed. \"Not planted\" means it is not part of Vintage 2009."),
]:
    p = P()
    p.paragraph_format.left_indent = Cm(0.6)
    runs(p, (k, "b"), " – " + v)

# ------------------------------------------------------------------ the site
H1("The site")
H2("The university")
p = P()
runs(p, "The Certificate is validated and awarded by Marlwood University. Marlwood's School of Education "
        "approved the programme at a validation event in September 2008")
fn.add(p, "Marlwood University validation event, 17 September 2008; approval letter ref. MU/ED/08/114. The "
          "programme is a named award within Marlwood's Postgraduate Certificate in Education framework.")
run(p, ". The three Blocks carry 20 credits each at Level 7, so a Grower who passes all three Cuvées holds 60 "
       "masters-level credits, which count towards Marlwood's MA in Inclusive Education. Marlwood appoints the "
       "external examiner, runs the examination board and keeps the Growers' records; the Vine School teaches, "
       "marks and looks after the Growers.")

H2("The people")
P("Three tutors teach the course. The winemaking team do not teach on it, though they lend us the barrel hall "
  "at Harvest and the press house on Press Day.")
st_t = doc.add_table(rows=1, cols=3)
st_t.style = "Table Grid"
hdr = st_t.rows[0].cells
for c, h in zip(hdr, ("Name", "Role on the course", "Qualifications and current work")):
    cell_text(c, h, bold=True, color="FFFFFF")
    shade(c, WINE)
repeat_header(st_t.rows[0])
staff = [
    ("Dr Helen Marchbank", "Education Director; Course Leader; teaches the Chalk",
     "SENCO in two West Sussex primary schools for eleven years; SEN adviser to Arunvale County Council 2002-07; "
     "PhD (inclusion of pupils with autism in mainstream schools); member of NASEN; still sits on Arunvale's SEN "
     "moderation panel."),
    ("Julian Oakes", "Tutor; teaches the Greensand",
     "SENCO at Petworth Road Community College (11-16) since 2001, half-time; MA Special and Inclusive Education; "
     "leads the Arunvale secondary SENCO network."),
    ("Priya Desai", "Tutor; teaches the Clay",
     "Specialist teacher for specific learning difficulties with Arunvale's Learning Support Service; AMBDA; "
     "Postgraduate Diploma in SpLD; trains teaching assistants across the county."),
    ("Tom Rudge", "Head Winemaker (not a tutor)",
     "WSET Diploma; BSc Viticulture and Oenology (Plumpton); makes the wine and hosts the Press Day lunch."),
]
for row in staff:
    cells = st_t.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v, size=9.5)
set_col_widths(st_t, [Cm(3.4), Cm(4.4), Cm(8.7)])
P()
P("All three tutors are current or recent practitioners, and each spends part of every week in schools. "
  "Helen reads for Marlwood's SEN research group and brings its reading list to each Field Day.")

H2("The Long Room and the Vine Board")
P("Field Days are held in the Long Room above the winery shop: twenty places at tables, a projector, a "
  "document camera and fifteen laptops with the software Growers meet in schools (a provision-mapping "
  "package, Clicker and Write Online, and the Fischer Family Trust and RAISEonline demonstration sets). We "
  "keep a lending library of standardised tests, dyslexia screening kits and communication aids in the Long "
  "Room cupboard, and Growers borrow through Marlwood's library, including its e-journals, with their "
  "University card. The Vine Board holds the papers, slides and readings for every Field Day, the Tasting "
  "Notes and a forum for the Growers.")
P("The fee is held at £1,150 because the Long Room, the library and the tutors' time are shared with the "
  "Vine School's other courses, and Arunvale's SEN and Inclusion Service pays half the fee for Growers from "
  "its schools. The 60 credits count in full towards Marlwood's MA, so nothing a Grower does here is wasted "
  "if they go on.")

# ------------------------------------------------------------------ growing season
H1("The growing season")
P("The vintage runs from December to November. Here it is month by month.")

H2("December: the Vine Audit")
P("Growers apply through the Vine School. To join, a Grower must hold QTS, be in post as SENCO or named by "
  "their head to become SENCO within the school year, and send a letter of support from the head. Each "
  "applicant then completes the Vine Audit, a self-assessment against every Row of the Harvest Data, and "
  "talks it through with Helen at the winery or by telephone. Where the Audit and the conversation show that "
  "an applicant is not yet ready to meet the Rows by November, for example a teacher in their first years "
  "who has not yet taught pupils with a statement, Helen tells them in writing what experience to gain first, "
  "speaks to their head, and offers a place in a later vintage.")
P("Growers who already hold masters-level credit for a module on special educational needs, taken in the "
  "last five years, may ask Marlwood to count up to 20 credits of it against the Chalk Block (accreditation of "
  "prior certificated learning). Experience on its own is not credited: Marlwood's regulations for this "
  "Certificate do not allow it, so an experienced teacher takes every Block.")
p = P()
runs(p, "In the 2008 pilot two experienced teachers from Arunvale's Learning Support Service were assessed for "
        "the Chalk Block on a portfolio, without coming to Field Days")
fn.add(p, "Both were awarded 20 credits. The portfolio route was agreed for the pilot only.")
run(p, ". The University has not approved that route for the Certificate, and there is no assessment-only "
       "route in Vintage 2009.")
comment(doc, p.runs[-1], "Marlwood may look at this again for 2010 - worth saying?", AUTH_JO, "JO", D1)

H2("January: Pruning Day")
P("Pruning Day opens the vintage. In the morning the Growers meet each other, their tutors and the Vine "
  "Board; in the afternoon each sits down with a tutor and agrees a Growing Plan from their Vine Audit. The "
  "Growing Plan marks the Rows the Grower is strong on, the Rows that need most tending, and so a personal set "
  "of targets for the year; it names which of the optional Twilight Tastings (see Veraison) the Grower will "
  "come to, which Block they will take first if they are a June starter, and how the Grower will use their "
  "own school for the tasks between Field Days. The Grower, the tutor and the head or Vine Dresser each sign "
  "it. The day ends with the first session of the Chalk: the SENCO's role as the 2008 Regulations now set it "
  "out, and how to keep up to date. There is also a first session on writing at masters level and on "
  "presenting to colleagues, which Press Day returns to.")

H2("March: Budburst")
P("Budburst is the heart of the Chalk Block, the law and the Code. The morning works through the SEN Code of "
  "Practice (2001) and the Education Act 1996, the Special Educational Needs and Disability Act 2001, the "
  "Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, Removing Barriers to "
  "Achievement (2004) and Every Child Matters with the Children Act 2004: what each requires of the school, "
  "of the SENCO and of others, and how a SENCO puts it into practice. The afternoon is on disability: the "
  "Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, accessibility plans "
  "and what the law requires a school to do for disabled pupils. Growers go home with a task for their own "
  "school: read their SEN policy and disability equality scheme against the law, which becomes Cuvée A.")

H2("May: Flowering")
P("Flowering is about families. Arunvale's Parent Partnership officer and a parent of a pupil with a "
  "statement lead the morning on working with parents and carers: the first conversation when a concern is "
  "raised, annual reviews, difficult meetings, and building a fair, respectful and lasting working "
  "relationship with a pupil and the adults who care for them. In the afternoon Growers practise advising "
  "parents on provision and on the statutory assessment process, using case material from Helen's time as an "
  "adviser. Flowering is also the second start: Growers who join in June begin here.")

H2("June: Fruit Set")
P("Fruit Set opens the Clay Block, knowing the learner. Priya leads a day on the common kinds of special "
  "educational need and disability, behavioural, emotional and social difficulties, specific learning "
  "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
  "moderate learning difficulties, and what each means for learning in a classroom. An advisory teacher from "
  "Arunvale's autism outreach team and a speech and language therapist from the West Downs NHS Trust each "
  "take a session, and the day draws on the Bercow Review of services for children with speech, language "
  "and communication needs (2008), the Inclusion Development Programme materials (2008) and Ofsted's report "
  "Inclusion: does it matter where pupils are taught? (2006). The last session asks Growers to take one "
  "research finding about an intervention back to their school and try it with a colleague.")

H2("September: Veraison")
P("At Veraison the grapes change colour and you can see what the year will give you. The Field Day is about "
  "seeing which pupils need more: identifying pupils who may have special educational needs from classroom "
  "observation, data and assessment; setting targets that stretch; planning interventions that remove "
  "barriers; reviewing progress; and weighing up decisions about provision when the evidence points "
  "different ways. An educational psychologist from Arunvale's service shows how to read "
  "and use reports from psychologists, therapists and advisory teachers, and how to get specialist help and "
  "resources from the agencies around a school, statutory and voluntary. Priya leads a session on choosing "
  "teaching approaches, strategies and resources, ICT among them, to personalise provision. The afternoon "
  "covers tracking: P scales, national test results and Fischer Family Trust estimates, and changing a "
  "programme when a pupil's progress stalls. Growers write up a tracking exercise in their Tasting Notes. "
  "Veraison is also when the optional Twilight Tastings go up: three recorded evening talks on the Vine "
  "Board, each on a topic Growers choose at Pruning Day.")
P("Cuvée B, the pupil study, is set at Veraison.")

H2("October: Harvest")
P("Harvest is the Greensand Block, leading the vineyard, and it is held in the barrel hall while the presses "
  "run next door. Julian leads it. Growers work on winning the backing of the head, senior leaders and "
  "colleagues; advising the head and governors on an inclusive ethos, the SEN policy, priorities and the use "
  "of resources; provision mapping, and finding provision that is missing or not working; deploying and "
  "managing teaching assistants; developing colleagues through observation and feedback, modelling, coaching "
  "and training; helping colleagues build assessment for learning with pupils with SEN in mind; how a school "
  "evaluates itself and where SEN outcomes sit in its self-evaluation form; and reviewing with colleagues how "
  "well provision is working. Julian also leads an hour on the SENCO's own week: priorities, time, and "
  "delegating with a way of checking that the work is done, which Growers then reflect on in their Tasting "
  "Notes. Cuvée C, the Tirage Project, is planned at Harvest.")

H2("November: Press Day")
P("Press Day ends the vintage. Each Grower presents their Tirage Project to a panel of two tutors and their "
  "Vine Dresser, and answers questions. After lunch Growers take their Growing Plan into a session we call "
  "Next Vintage: each writes the professional targets they want for the following year, with a planning "
  "sheet built on Marlwood's MA modules and the county's SENCO network programme, to take to their "
  "performance-management reviewer.")

fd = doc.add_table(rows=1, cols=4)
fd.style = "Table Grid"
for c, h in zip(fd.rows[0].cells, ("Block", "Field Day", "Month", "Cuvée")):
    cell_text(c, h, bold=True, color="FFFFFF")
    shade(c, WINE)
days = [
    ("The Chalk (20 credits)", "Pruning Day", "January", "Cuvée A, due end of April"),
    ("The Chalk (20 credits)", "Budburst", "March", ""),
    ("The Clay (20 credits)", "Flowering", "May", "Cuvée B, due end of October"),
    ("The Clay (20 credits)", "Fruit Set", "June", ""),
    ("The Clay (20 credits)", "Veraison", "September", ""),
    ("The Greensand (20 credits)", "Harvest", "October", "Cuvée C, presented on Press Day"),
    ("The Greensand (20 credits)", "Press Day", "November", ""),
]
rows = [fd.add_row() for _ in days]
for r, (b, d, m, c) in zip(rows, days):
    cell_text(r.cells[1], d)
    cell_text(r.cells[2], m)
# vertical merges for Block and Cuvée columns
for start, end, label, cuvee in ((0, 1, "The Chalk (20 credits)", "Cuvée A, due end of April"),
                                 (2, 4, "The Clay (20 credits)", "Cuvée B, due end of October"),
                                 (5, 6, "The Greensand (20 credits)", "Cuvée C, presented on Press Day")):
    m = rows[start].cells[0].merge(rows[end].cells[0])
    cell_text(m, label, bold=True)
    shade(m, CHALK)
    m2 = rows[start].cells[3].merge(rows[end].cells[3])
    cell_text(m2, cuvee)
set_col_widths(fd, [Cm(4.5), Cm(3.5), Cm(3), Cm(5.5)])
P("A Grower who starts at Flowering takes the Clay, then the Greensand in October, and the Chalk with the "
  "next vintage, finishing within two years.", italic=True, size=9)

# ------------------------------------------------------------------ in the winery
H1("In the winery: the three Cuvées")
P("Each Block is assessed by one Cuvée, marked against the Rows listed for it in the Harvest Data.")
for name, body in [
    ("Cuvée A (the Chalk).", " A 4,000-word review of the Grower's own school's SEN policy and disability "
     "equality scheme against the law and guidance taught at Budburst, the SEN Code of Practice, the Disability "
     "Discrimination Act and the disability equality duty, and the five Every Child Matters outcomes, with "
     "recommendations to the head."),
    ("Cuvée B (the Clay).", " A 4,000-word study of one pupil: how the pupil's needs were identified, what "
     "the pupil's development and circumstances tell us, the reports of the other professionals involved and "
     "how the Grower used them, the targets set, the intervention planned and the review of progress; how the "
     "Grower built a working relationship with the pupil and family and worked with the parents and with the "
     "outside agencies; a critical account of the approaches, strategies and resources, ICT among them, "
     "that the Grower chose and why; and how research and advice shaped the teaching. It must draw on the kinds of need "
     "studied at Fruit Set and end with a reasoned decision about the pupil's next provision."),
    ("Cuvée C (the Greensand), the Tirage Project.", " A change the Grower leads in their own school over the "
     "autumn term, planned at Harvest: for example remapping provision, redeploying teaching assistants, "
     "coaching colleagues in assessment for learning, or a new SEN policy taken through the governors. The "
     "5,000-word report shows how the Grower advised the head and governors and won the commitment of "
     "colleagues, how the provision map was used to find what was missing or not working, how staff were "
     "deployed and developed, how the change sits in the school's self-evaluation and improvement plan, and "
     "what evidence there is of change in the practice of the staff involved. It is presented and defended "
     "on Press Day, where the Grower's speaking and writing are both marked."),
]:
    p = P()
    p.paragraph_format.left_indent = Cm(0.6)
    runs(p, (name, "b"), body)
P("Each Cuvée is marked by the tutor who taught the Block and second-marked by another tutor. Marlwood's "
  "moderator samples a third of the scripts from every Block, including all fails and all firsts, and the "
  "external examiner, Dr Susan Fairlie of the University of Hartmoor, sees the sample, attends Press Day and "
  "reports to the examination board. The three tutors meet after each Cuvée to agree marks against the "
  "Marlwood masters-level criteria before the moderator sees them.")
P("The Postgraduate Certificate is awarded to Growers who pass all three Cuvées at 50 per cent or more and "
  "attend at least six of the seven Field Days. The Tasting Notes are not marked and do not count towards the "
  "award.")

# ------------------------------------------------------------------ people and panel
H1("Growers, Vine Dressers and the Tasting Panel")
H2("Between Field Days")
P("Most of the year happens in the Grower's own school. Every Field Day ends with a task to try there, tied "
  "to the Rows taught that day, and the next Field Day begins with Growers reporting back what happened. "
  "The Cuvées are all set in the Grower's school and the Tirage Project is a real change in it. Growers also "
  "work in pairs with a Grower from another school, their Row Partner, visiting each other once in the year "
  "and advising each other's colleagues, and they meet SENCOs beyond their own school through the Arunvale "
  "SENCO networks that Julian leads.")
P("The Vine Board holds everything the Growers need between Field Days, and they can talk to each other "
  "in its forum. Tutors do not answer on the forum between Field Days: questions wait for the next Field Day, "
  "where the first half hour is kept for them. Tutors read each Grower's Tasting Notes at the following "
  "Field Day.")
H2("Vine Dressers")
P("Each Grower chooses a Vine Dresser in their own school, usually the head or a deputy, who signs the "
  "Growing Plan and sits on the Press Day panel. We send every Vine Dresser the dates of the Field Days and "
  "the Cuvée titles.")
deleted_paragraph(doc, "Vine Dressers come to a half-day briefing at the winery each December, where Helen "
                       "takes them through the Growing Plan, the Cuvées and what we ask of them, and they "
                       "receive the Vine Dresser's handbook.", AUTH_HM, D2)
P("The three tutors meet before every Field Day to plan it, and each holds Marlwood's Handbook for Programme "
  "Tutors, which sets out the marking criteria, the second-marking rules and the examination board "
  "calendar.")

H2("What schools told us, and what we changed")
P("In March 2008 we wrote to the 62 primary, secondary and special schools in Arunvale and the west of the "
  "county, asking heads and SENCOs what a new SENCO most needed. Forty-one replied. The three needs named most "
  "often were speech, language and communication needs (29 schools), managing and deploying teaching "
  "assistants (26) and getting the head and senior team on side (22). Arunvale's SEN and Inclusion Service "
  "added a fourth: SENCOs who can use tracking data. So Fruit Set gives two sessions to speech, language and "
  "communication, Harvest gives the morning to teaching assistants and to winning colleagues' commitment, and "
  "Veraison has its afternoon on tracking.")
P("The pilot Growers changed the course too. In 2008 the law came at the end; the pilot Growers said they "
  "needed it first, so the Chalk now opens the vintage. They also asked for a second start, which is why "
  "Flowering now takes new Growers.")
H2("The Tasting Panel")
P("The Tasting Panel is our steering group. It has seven members: Helen; a head and a SENCO from Arunvale "
  "schools; Arunvale's Principal SEN Officer; the Parent Partnership officer; a Grower from the 2008 pilot; "
  "and Marlwood's Head of Continuing Professional Development. It meets in February, June and December. "
  "In December it reviews the vintage: the Field Day slips, the end-of-vintage survey of Growers and of their "
  "heads, the Cuvée results and the external examiner's report, and it agrees what changes for the next "
  "vintage. Panel members also speak at Field Days and two of its heads host Row Partner visits.")

# ------------------------------------------------------------------ access
H1("Getting to the vineyard")
P("The Long Room is on the ground floor at the back of the winery, with a level path from the car park, a "
  "lift to the tasting room and an accessible toilet, and all handouts are available in large print on "
  "request. Field Days run from 9.30 to 3.30 so that Growers can travel after the school run.")
P("There are two starts, at Pruning Day in January and at Flowering in June, and a Grower who starts in June "
  "takes the Blocks in a different order. The course is part time over one year, or two for a June starter, "
  "and combines the Field Days with the Vine Board and work in school; the Twilight Tastings are online. A "
  "Grower who misses a Field Day can catch up its papers and slides on the Vine Board and come to the same "
  "Field Day with the next vintage.")

# ------------------------------------------------------------------ quality
H1("Quality in the cellar")
P("Every Field Day ends with a tasting slip: each Grower rates the day and says what to change. Helen reads "
  "them that evening, and the tutors discuss them at the next planning meeting. In November every Grower and "
  "every head completes the end-of-vintage survey. Externally, Marlwood's annual monitoring report, its "
  "moderator and the external examiner each look at the course, and the Tasting Panel reviews all of it in "
  "December. Every change we make, and the evidence that led to it, goes into the Cellar Book, which the "
  "Tasting Panel and Marlwood's annual monitoring both see.")
p = P()
run(p, "Because every Grower is a serving teacher, their school already holds their enhanced CRB disclosure. "
       "We do not ask to see it.")
comment(doc, p.runs[-1], "Should we ask schools for the disclosure number and date? Marlwood says it is "
                         "the employer's job.", AUTH_HM, "HM", D2)
P("At Press Day each Grower completes the Vine Audit again, so that we can set each Grower's competence and "
  "confidence at the end of the vintage beside where they started; the Tasting Panel sees the results "
  "for the whole vintage. We hope that in time the fruit will show it too, and that the pupils in our Growers' "
  "schools will do better. We do not yet have a way to measure this.")

# ------------------------------------------------------------------ harvest data
H1("The Harvest Data")
P("Every Row a Grower must show by Press Day. Read the Planted and Picked columns with the key in How to read "
  "this report.")

hd = doc.add_table(rows=1, cols=4)
hd.style = "Table Grid"
for c, h in zip(hd.rows[0].cells, ("Row", "What the Grower can do (our words)", "Planted", "Picked")):
    cell_text(c, h, bold=True, color="FFFFFF")
    shade(c, WINE)
repeat_header(hd.rows[0])

groups = [
    ("The rootstock: what the Grower is like to work with", [
        ("1", "Builds fair, warm and respectful working relationships with pupils who have SEN or disabilities "
              "and with the adults who care for them", "Flowering", "Cuvée B"),
        ("2", "Wins the backing of the head, the senior team and colleagues for better outcomes for pupils "
              "with SEN", "Harvest", "Cuvée C"),
        ("3", "Plans the SENCO's own week: priorities, time, and what to hand on to others, with a way of "
              "checking it is done", "Harvest", "Tasted only"),
        ("4", "Sees trouble coming, sorts it out, and makes sound, well-reasoned decisions about provision",
         "Veraison", "Cuvée B"),
        ("5", "Speaks and writes clearly for different audiences and listens properly to other people's views",
         "Pruning Day, Press Day", "Cuvée C"),
        ("6", "Uses research and outside advice to improve their own teaching and that of colleagues",
         "Fruit Set", "Cuvée B"),
        ("7", "Keeps up to date and takes charge of their own professional development in SEN and disability",
         "Pruning Day", "Green harvest"),
    ]),
    ("The canopy: what the Grower knows and understands", [
        ("8", "The law and guidance on SEN, the SEN Code of Practice above all, what they mean for the school, "
              "the SENCO and others, and how to put them to work", "Budburst", "Cuvée A"),
        ("9", "The five Every Child Matters outcomes and what a SENCO does to help children reach them",
         "Budburst", "Cuvée A"),
        ("10", "The disability equality laws and what they require a school to do for disabled pupils",
         "Budburst", "K3CELL"),
        ("11", "How children grow and develop, and how SEN, disability and the setting around them shape that",
         "–", "Cuvée B"),
        ("12", "The common kinds of SEN and disability (BESD, dyslexia and other specific learning "
               "difficulties, speech, language and communication needs, autism, MLD) and what each means for "
               "learning", "Fruit Set", "Cuvée B"),
        ("13", "A critical grasp of ways of assessing, planning and teaching, ICT among them, and how to use "
               "them to take down barriers and personalise provision", "Veraison", "Cuvée B"),
        ("14", "How a school evaluates itself and improves, and where SEN outcomes fit in that", "Harvest",
         "Cuvée C"),
        ("15", "What works: best practice and research findings on meeting special educational needs",
         "Fruit Set", "Cuvée B"),
        ("16", "Who the outside agencies are, what each does, and how to get specialist help and resources",
         "Veraison", "Cuvée B"),
    ]),
    ("The fruit: what the Grower can do in school", [
        ("17", "Works with the head and governors to shape an inclusive ethos, policy, priorities and the use "
               "of resources", "Harvest", "CUVC"),
        ("18", "Spots pupils who may have SEN (observation, data, assessment), sets stretching targets, plans "
               "interventions and reviews progress", "Veraison", "Cuvée B"),
        ("19", "Uses assessments from other professionals to shape teaching", "Veraison", "Cuvée B"),
        ("20", "Uses summative data, national tests included, to track progress and change programmes",
         "Veraison", "Tasted only"),
        ("21", "Helps other teachers build assessment for learning for all pupils, with SEN in mind", "Harvest",
         "CUVC"),
        ("22", "Access arrangements for national tests and examinations", "Not planted", "Not planted"),
        ("23", "Maps provision, manages it, and finds what is missing or not working", "Harvest", "CUVC"),
        ("24", "Deploys and manages teaching assistants and other staff well", "Harvest", "CUVC"),
        ("25", "Develops colleagues: observing and feeding back, modelling, coaching, mentoring and training",
         "Harvest", "CUVC"),
        ("26", "Reviews with colleagues how well provision works, to feed the school's self-evaluation",
         "Harvest", "Green harvest"),
        ("27", "Pupils' own part in planning and reviewing their provision", "Not planted", "Not planted"),
        ("28", "Works with parents and carers to support their children's learning and development",
         "Flowering", "Cuvée B"),
        ("29", "Works with other services and agencies, voluntary groups included, so that support is joined up",
         "Veraison", "Cuvée B"),
    ]),
]
row_objs = {}
for gname, items in groups:
    gr = hd.add_row()
    m = gr.cells[0].merge(gr.cells[3])
    cell_text(m, gname, bold=True, italic=True)
    shade(m, CHALK)
    for num, words, planted, picked in items:
        r = hd.add_row()
        row_objs[num] = r
        cell_text(r.cells[0], num, size=9.5)
        cell_text(r.cells[1], words, size=9.5)
        cell_text(r.cells[2], planted, size=9.5)
        if picked == "K3CELL":
            pp = r.cells[3].paragraphs[0]
            dele(pp, "Tasted only", AUTH_HM, D2, size=9.5)
            ins(pp, "Cuvée A", AUTH_HM, D2, size=9.5)
        elif picked != "CUVC":
            cell_text(r.cells[3], picked, size=9.5)
        if num == "7":
            fn.add(r.cells[3].paragraphs[0], "The Growing Plan is looked at again at Press Day, but it is not "
                                             "marked and carries no credit.")
# vertical merges of "Cuvée C" over rows 23-25 and single cells for 17 and 21
for a, b in (("23", "25"),):
    m = row_objs[a].cells[3].merge(row_objs[b].cells[3])
    cell_text(m, "Cuvée C", size=9.5)
for n in ("17", "21"):
    cell_text(row_objs[n].cells[3], "Cuvée C", size=9.5)
c22 = row_objs["22"].cells[3]
comment(doc, c22.paragraphs[0].runs[0], "We do talk about access arrangements at Veraison - can we say "
                                        "Tasted only?", AUTH_JO, "JO", D2)
set_col_widths(hd, [Cm(1.1), Cm(10.2), Cm(2.8), Cm(2.4)])
P()
P("Row 11 has no Field Day of its own: Growers bring it from their initial training and their own reading, "
  "and it is marked in Cuvée B. Row 27 we hope to plant in 2010, when Flowering will become two days.",
  size=9.5)

# ------------------------------------------------------------------ next vintage and thanks
H1("Next vintage")
P("For 2010 the Tasting Panel has asked us to look at a third start in September, to add a session on "
  "pupils' part in their own provision, and to find a way of showing the effect of the course on pupils' "
  "progress. We will report on all three in next year's Vintage Report.")
H1("Thanks")
P("Our thanks, as every year, to the pickers. Special thanks to the pupils of Downsview Special School, who "
  "spend a week with us each harvest as part of their work-related learning placement, picking the "
  "Bacchus rows and working in the shop. Each harvest we also consult the Downsview children about the label "
  "for our Little Picker grape juice, and this year's design, a hedgehog in a bucket, is theirs.")
P("Dr Helen Marchbank, Education Director, the Hanger Vine School, Coldharbour Hanger, Amberleigh, West Sussex",
  italic=True, size=9)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, "words:", word_count(out))
