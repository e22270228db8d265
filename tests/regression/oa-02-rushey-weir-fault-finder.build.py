"""oa-02-rushey-weir-fault-finder: builds oa-02-rushey-weir-fault-finder.docx next to this script.

PROVIDER (invented). Rushey Weir Paper Mill and Studio, a small hand paper mill in a former fulling mill on the
Avon Brook at Kelmscombe, which sells paper to artists and binders and has taught papermaking to schools for
twenty years. Partners: the Avonbrook Learning Partnership (nine schools, led by Oaklands School, a special
school for pupils aged 3-19) and Melbury University, which validated the course as its Postgraduate
Certificate in Special Educational Needs Coordination.

DOCUMENT KIND AND LAYOUT. The mill's vat-room FAULT-FINDER (a troubleshooting chart: Fault / What you see /
Usual cause / Remedy), written out for the Award as "Form FF/3, Award edition", sent under a covering letter.
The mill's words: participants are "makers", tutors "Vatmen", school mentors "Couchers", the programme leader
the "Mill Foreman", taught days "Vat Days" grouped in three "Posts" (Wet, Pressed, Dry), assessed tasks
"Pressings", the online space "the Drying Loft" (Moodle), the needs analysis the "Sheet Test", the individual
plan the "Making Plan". Word Heading 1/2 styles for the six Parts; a covering letter with a typed letterhead;
an "at a glance" field table with a tracked change in a cell (credits 40 -> 60); a glossary table; fault
tables with shaded header rows and fault codes V1-V7, C1-C14, P1-P4, L1-L2, F1-F8; a Vat Day table with
horizontally merged, shaded Post rows and one deleted row; a VML text box describing the Loft; two Word
comments; two footnotes; a placeholder "[date to be confirmed]"; header, and a footer with PAGE and NUMPAGES
fields. The outcomes are placed in the Remedy cells (where each is taught) and in Part 6's Pressings, each
with a list "A maker passes this Pressing by showing that they:" (where each is assessed).

TRAPS (requirement ids):
- E.2 (tracked change in a cell): "40" deleted and "60" inserted before "credits at Level 7" -> met.
- 1.1 (narrow aim): the letter's one aim is attainment "in reading, writing and mathematics"; well-being and
  the ECM outcomes are not in the aims or the assessment (6.K2 is taught and tested, but as knowledge)
  -> partially_met.
- 1.4 (part only): SEN law, the Code and Every Child Matters are taught (C1, C2), but disability legislation as
  content survives only in the deleted Vat Day row -> partially_met.
- 2.1 (part only): certificated prior learning counts, but "Experience on its own is not credited" -> partially_met.
- 2.3 (negation, and a comment): "there is no assessment-only route"; a comment saying heads keep asking
  is not part of the submission -> not_met.
- 2.5 (hope): "We would like, in time, to end the year with a meeting ..."; the last Vat Day ends with the
  Showing -> not_met.
- 3.1 (value statement, partial arrangement): "keeps to the Disability Discrimination Act and welcomes makers
  of every background" plus one concrete adjustment (moving a Vat Day to Oaklands), nothing on disclosure,
  materials or assessment -> partially_met.
- 3.3 (e-learning with a gap): the Loft (Moodle) has readings, recordings, a peer forum and a weekly letter,
  but "Vatmen do not answer questions in the Loft" -> partially_met.
- 5.5 (condition): specialists lead Vat Days; a day at Oaklands only "where places allow" -> partially_met.
- 5.7 (thin): Couchers get this Fault-Finder and a telephone call; no training; nothing on Vatmen -> partially_met.
- 5.8 (negation + comment + wrong thing): "Pressings are not second-marked and the Mill holds no moderation
  meeting"; the external examiner "reads the Award's annual report" (not marking); a comment asks for a
  moderation paragraph -> not_met.
- 6.0 / 1.9: the certificate goes to a maker "who passes all five Pressings", but the Pressings do not test
  6.A1, 6.S2c, 6.S2d, 6.S8, 6.S9 (and 6.K3, 6.S4 are absent) -> partially_met both.
- 6.K3 (deleted row + wrong context): disability equality law as course content exists only in a deleted row
  of the Vat Day table; the DDA otherwise appears only as the Mill's own duty (fault V6) -> not_met.
- 6.S4 (someone else's course): "None within the Award ... the County's Leading Support Staff course does
  this" -> not_met.
- 6.K6 (ICT excluded): approaches taught and tested, but "ICT is not part of the Award" -> partially_met.
- 6.A5 (assessed, not developed): "We have not found one within the Award"; writing and the Showing are marked
  for clarity -> partially_met.
- 6.A1, 6.S8 (taught in Vat Day 6, never in a Pressing); 6.S2c (Vat Day 11, not in Pressing 5's list);
  6.S2d (access arrangements in Vat Day 7, no Pressing); 6.S9 (Vat Day 12, Pressing 3 asks only which
  services could help, which is 6.K9) -> partially_met.
- Met despite traps: 5.3 (the Mill Office sees each disclosure or the school's dated confirmation, and new
  disclosures for those out of school three months); 2.2 (Sheet Test -> Making Plan with personalised targets,
  reviewed each Post); 3.2 (two starts, Tuesday/Saturday repeats, order of Pressings, Loft recordings); 4.1-4.3
  (survey, changes made, steering group hears evaluation); 5.9 (baselines into the Mill's Tally, confidence
  ratings at start and end).
"""
from pathlib import Path
from docx.shared import Pt, Cm, RGBColor
from docx.enum.table import WD_TABLE_ALIGNMENT
from _oa_helpers import (base_document, para, runs, shade, cell_text, cell_add, add_field, text_box, Footnotes,
                         add_ins, add_del, delete_row, table_borders, CENTER, RIGHT, JUSTIFY, LEFT)

HERE = Path(__file__).parent
NAME = "oa-02-rushey-weir-fault-finder"
AP, QO = "Ann Prosser", "Melbury Quality Office"
D1, D2 = "2009-03-12T09:30:00Z", "2009-03-20T14:05:00Z"

doc = base_document("Calibri", 10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
fn = Footnotes(doc)
for lvl, size, color in ((1, 14, "1F3864"), (2, 12, "2F5496")):
    st = doc.styles[f"Heading {lvl}"]
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(color)
    st.font.name = "Calibri"

hp = sec.header.paragraphs[0]
runs(hp, [("RUSHEY WEIR PAPER MILL \u00b7 FAULT-FINDER FF/3 \u00b7 AWARD EDITION 2009\u201310", {"size": 8, "bold": True})])
fp = sec.footer.paragraphs[0]
fp.alignment = CENTER
runs(fp, [("Keep this Fault-Finder by the vat. Page ", {"size": 8})])
add_field(fp, " PAGE ", "1", size=8)
runs(fp, [(" of ", {"size": 8})])
add_field(fp, " NUMPAGES ", "9", size=8)


def body(text, **kw):
    p = para(doc, text, **kw)
    return p


def fault_table(rows):
    """rows: (code, fault, see, cause, remedy). Returns {code: remedy cell paragraph}."""
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Fault", "What you see", "Usual cause", "Remedy")):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, size=9)
        shade(c, "D6DCE4")
    out = {}
    for code, fault, see, cause, remedy in rows:
        r = t.add_row()
        p = r.cells[0].paragraphs[0]
        runs(p, [(code + "  ", {"bold": True, "size": 9}), (fault, {"bold": True, "size": 9})])
        cell_text(r.cells[1], see, size=9)
        cell_text(r.cells[2], cause, size=9)
        out[code] = cell_text(r.cells[3], remedy, size=9)
        for c, w in zip(r.cells, (3.2, 3.6, 3.2, 7.0)):
            c.width = Cm(w)
    doc.add_paragraph()
    return out


# covering letter ------------------------------------------------------------------------------------------
para(doc, "RUSHEY WEIR PAPER MILL AND STUDIO", bold=True, size=13, align=RIGHT, space_after=0)
para(doc, "Weir Lane, Kelmscombe", align=RIGHT, space_after=0, size=9.5)
para(doc, "27 March 2009", align=RIGHT, size=9.5, space_after=12)
for line in ("The Approval Panel", "National Award for SEN Coordination", "Training and Development Agency for Schools"):
    para(doc, line, space_after=0)
para(doc, "", space_after=4)
body("Dear Panel,")
body("Application to provide the National Award for SEN Coordination: Rushey Weir Paper Mill and Studio, the "
     "Avonbrook Learning Partnership and Melbury University", bold=True)
body("Every new maker at Rushey Weir learns at the vat with the fault chart on the wall beside them: what a fault "
     "looks like, what usually causes it, and what to do about it. When the nine schools of the Avonbrook Learning "
     "Partnership asked us in 2008 to build a course for their new SENCOs with Melbury University, our tutors wrote it "
     "down in the same way. The Fault-Finder enclosed is the book our Vatmen, Couchers and Mill Office work from, and "
     "we send it as our application.")
body("Rushey Weir has made paper by hand since 1987 in a former fulling mill on the Avon Brook. Alongside the paper we "
     "sell to artists and bookbinders, the studio has taught papermaking to schools for twenty years, and since 2004 it "
     "has run the Partnership\u2019s Making Time programme, in which pupils from Oaklands School and the "
     "Partnership\u2019s eight mainstream schools make paper together each term.")
body("The Award is validated by Melbury University as its Postgraduate Certificate in Special Educational Needs "
     "Coordination. The validation event was held at the University on 4 March 2009 and approved the programme for five "
     "years; the University registers our makers as its students and makes the award.")
body("The Award has one aim: to raise the attainment of pupils with special educational needs in the schools our makers "
     "lead, in reading, writing and mathematics. Everything in the Fault-Finder serves that aim.")
body("Yours faithfully,", space_after=14)
body("Ann Prosser, Mill Foreman and Award Leader", space_after=0)
body("Graham Wells, Headteacher of Oaklands School and Chair, Avonbrook Learning Partnership")
doc.add_page_break()

# title -------------------------------------------------------------------------------------------------------
para(doc, "FAULTS IN THE SHEET", bold=True, size=24, align=CENTER, space_before=40, space_after=2, color="1F3864")
para(doc, "Causes and Remedies", italic=True, size=15, align=CENTER, space_after=14)
para(doc, "The Rushey Weir Fault-Finder", size=13, align=CENTER, space_after=2)
para(doc, "Form FF/3 \u00b7 Award edition 2009\u201310", size=11, align=CENTER, space_after=2)
para(doc, "for Vatmen, Couchers and the Mill Office", italic=True, size=11, align=CENTER, space_after=24)

doc.add_heading("The Award at a glance", level=2)
glance = [("Award", "Postgraduate Certificate in Special Educational Needs Coordination, Melbury University"),
          ("Credits", None),
          ("Starts", "September 2009 and January 2010"),
          ("Length", "Three Posts of four Vat Days each, over a year; up to eighteen months with the Foreman\u2019s "
                     "agreement"),
          ("Assessment", "Five Pressings, each marked pass or refer"),
          ("Places", "Twenty in each start"),
          ("Fee", "\u00a31,380, paid by the maker\u2019s school"),
          ("Validation", "Approved 4 March 2009 for five years; interim review [date to be confirmed]")]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in glance:
    r = t.add_row()
    cell_text(r.cells[0], k, bold=True, size=9.5)
    shade(r.cells[0], "D6DCE4")
    r.cells[0].width = Cm(3.2)
    r.cells[1].width = Cm(13.8)
    if v is None:
        p = r.cells[1].paragraphs[0]
        add_del(p, "40", QO, D1, size=9.5)
        add_ins(p, "60", QO, D1, size=9.5)
        p.add_run(" credits at Level 7 (Master\u2019s level)").font.size = Pt(9.5)
    else:
        cell_text(r.cells[1], v, size=9.5)
doc.add_paragraph()

doc.add_heading("Words used in this Fault-Finder", level=2)
words = [("Maker", "A teacher taking the Award."),
         ("Vatman", "A tutor (women and men alike, as in the mill)."),
         ("Coucher", "The maker\u2019s mentor in school: an experienced SENCO from another Avonbrook school, who visits "
                     "twice a term."),
         ("Mill Foreman", "The Award Leader."),
         ("Vat Day", "A taught day, at the Mill or at Oaklands School."),
         ("Post", "A term\u2019s block of four Vat Days. There are three: the Wet Post, the Pressed Post and the Dry Post."),
         ("Pressing", "A piece of assessed work, marked pass or refer. There are five (Part 6)."),
         ("The Loft", "The Drying Loft: the Award\u2019s online space on Melbury University\u2019s Moodle (Part 4)."),
         ("Sheet Test", "The needs analysis each maker completes before starting."),
         ("Making Plan", "The maker\u2019s own plan for the year, set from the Sheet Test.")]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in words:
    r = t.add_row()
    cell_text(r.cells[0], k, bold=True, size=9.5)
    cell_text(r.cells[1], v, size=9.5)
    r.cells[0].width = Cm(3.2)
    r.cells[1].width = Cm(13.8)
doc.add_paragraph()
doc.add_heading("How to use the Fault-Finder", level=2)
body("Each Part below takes one stage of the maker\u2019s year. For each fault the chart gives what you will see, the "
     "usual cause and the remedy: what the Mill and its partners do about it. Where we have no remedy we say so. The "
     "five Pressings, and what each asks a maker to show, are set out in Part 6.")

# part 1 -------------------------------------------------------------------------------------------------------
doc.add_heading("Part 1. At the Vat: faults before the year begins", level=1)
v = fault_table([
    ("V1", "The maker is not ready",
     "A maker who cannot yet follow the Wet Post: new to teaching, or not yet responsible for any pupils with SEN.",
     "A school nominates a teacher in a hurry, often to meet the new regulations.",
     "Every nominee must be a qualified teacher in post as SENCO, or named by the head to become SENCO within the year. "
     "Each completes the Sheet Test and comes to the Mill for an entry meeting with the Foreman before a place is "
     "offered. A nominee who is not ready is told what to do first, and the Foreman writes to the head with that advice "
     "and the date of the next start."),
    ("V2", "The maker\u2019s checks are not in order",
     "A maker whose enhanced CRB disclosure is out of date, or who has been out of school.",
     "Long absence; a move from another authority or from supply work.",
     "The Mill Office sees each maker\u2019s enhanced CRB disclosure, or the school\u2019s written confirmation of it with "
     "its date and number, before the first Vat Day, and checks with the head that there is no bar or concern. A maker "
     "who has not worked in a school in the last three months applies for a new enhanced disclosure through the Mill "
     "before starting."),
    ("V3", "The maker has done this before",
     "A maker who already holds credit from earlier study.",
     "Earlier Master\u2019s modules, or a long career in SEN.",
     "Credit at Level 7 from study in the last five years can count for up to 20 credits, under Melbury "
     "University\u2019s rules for accrediting prior certificated learning. Experience on its own is not credited: the "
     "Mill does not run a route for accrediting experiential learning."),
    ("V4", "The maker wants only to be assessed",
     "An experienced teacher asks to go straight to the Pressings.",
     "Some heads and support-service teachers believe the Award repeats what they know.",
     "No remedy. Every maker forms every sheet: there is no assessment-only route, and every maker attends the Vat Days."),
    ("V5", "The year does not fit the maker",
     "A maker who starts with strengths the Award spends days on, and gaps it passes over quickly.",
     "Makers come from very different schools and careers.",
     "The Sheet Test asks each maker to rate themselves, with evidence, against each of the Award\u2019s outcomes; the "
     "Coucher and the Foreman check the ratings at the entry meeting. From it the maker, the Coucher and the head agree a "
     "Making Plan: the outcomes the maker will give most time to, their own targets for the year, and the pupils their "
     "Pressings will draw on. A maker the Sheet Test shows to be secure in the ground of Vat Day 4 or Vat Day 7 replaces "
     "it with a directed study day on an outcome the Making Plan puts first. The Making Plan is reviewed with the Coucher "
     "at the end of each Post."),
    ("V6", "The maker cannot get to the vat room",
     "A maker who uses a wheelchair or cannot manage stairs.",
     "The vat room is on the first floor of a listed building, reached by stairs.",
     "The Mill keeps to the Disability Discrimination Act and welcomes makers of every background. A maker who tells us "
     "in good time can ask for a Vat Day to be held at Oaklands School instead."),
    ("V7", "The school cannot release the maker",
     "A maker who misses Vat Days for want of cover.",
     "Small schools; Tuesday timetables.",
     "Every Vat Day runs twice: on a Tuesday at the Mill and on the following Saturday at Oaklands School. There are two "
     "starts, in September and January, and a maker may take up to eighteen months. Within a Post a maker may make the "
     "Pressings in either order, and the readings, notes and recordings of every Vat Day are in the Loft for a maker who "
     "has to miss one and come to the repeat."),
])
doc.add_comment(v["V4"].runs, text="Heads keep asking for this. Look again in 2010?", author=AP, initials="AP")

# part 2 -------------------------------------------------------------------------------------------------------
doc.add_heading("Part 2. At the Couch: faults in the taught year", level=1)
body("The twelve Vat Days are set out first; then the faults that most often show in the taught year. Each Vat Day "
     "begins with the reading for the day and ends with a task the maker takes back to school, which the Coucher "
     "follows up on the next visit.")
vd = [("post", "The Wet Post (September to December; January to March for the January start)"),
      ("1", "The Code and the law", "SEN law and the Code of Practice; what they ask of the school, the SENCO, teachers "
                                    "and governors", "Ann Prosser"),
      ("2", "Every Child Matters", "The five outcomes, the Children Act 2004, the CAF and the SENCO\u2019s part",
       "Ann Prosser with the County\u2019s CAF coordinator"),
      ("del", "2a", "Disability equality", "The DDA, the school\u2019s duties, the accessibility plan and the Disability "
                                           "Equality Scheme", "Ann Prosser"),
      ("3", "Finding and planning", "Identification, targets, interventions and review; professionals\u2019 reports; "
                                    "national tests, APP and tracking", "Dr Neil Harcourt"),
      ("4", "How children grow", "Development, and how SEN, disability and surroundings shape it", "Dr Neil Harcourt"),
      ("post", "The Pressed Post (January to March; April to July)"),
      ("5", "Hearing pupils", "Consulting children and young people; pupils in planning and review",
       "Sue Tennant with pupils from Oaklands School"),
      ("6", "Families", "Working with parents and carers", "Sue Tennant with the Parent Partnership Service"),
      ("7", "Common needs", "BESD, SpLD and dyslexia, SLCN, ASD, MLD; approaches; access arrangements for tests",
       "Ruth Penhale and Dr Neil Harcourt"),
      ("8", "Leading with the head", "Senior leaders and governors; ethos, policy, priorities and resources",
       "Ann Prosser with an Avonbrook head"),
      ("post", "The Dry Post (April to July; September to December)"),
      ("9", "The SENCO\u2019s week", "Priorities, time and delegation", "Ann Prosser"),
      ("10", "Mapping and reviewing", "Provision mapping; reviewing provision with colleagues; school self-evaluation",
       "Graham Wells"),
      ("11", "Growing colleagues", "Observation and feedback, modelling, coaching, training; formative assessment",
       "Sue Tennant"),
      ("12", "Other services", "Health, social care and voluntary organisations; joint working",
       "Dr Neil Harcourt with the County\u2019s multi-agency team")]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(("Vat Day", "Title", "What it covers", "Led by")):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "D6DCE4")
for row in vd:
    r = t.add_row()
    if row[0] == "post":
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, row[1], bold=True, size=9, smallcaps=True)
        shade(m, "EDEDED")
        continue
    vals = row[1:] if row[0] == "del" else row
    for c, val in zip(r.cells, vals):
        cell_text(c, val, size=9)
    if row[0] == "del":
        delete_row(r, QO, D2)
doc.add_paragraph()

c = fault_table([
    ("C1", "The maker does not know the rules",
     "A new SENCO unsure what the Code of Practice asks at School Action, School Action Plus or annual review, or what "
     "governors must do.",
     "Most makers have learned the Code second-hand.",
     "Vat Day 1 works through SEN law and the Code of Practice and what each means for the school, the SENCO, teachers "
     "and governors; makers take a case from their own school through each stage. Tested in Pressing 1."),
    ("C2", "SEN sits apart from the rest of the school\u2019s work for children",
     "A SENCO who works alone, unconnected with the school\u2019s work on Every Child Matters.",
     "SEN and Every Child Matters reach schools through different people.",
     "Vat Day 2 takes the five Every Child Matters outcomes, the Children Act 2004 and the CAF, and what the SENCO can do "
     "to help children reach the outcomes. Tested in Pressing 1."),
    ("C3", "Children are found late",
     "Pupils whose difficulties are noticed only in Year 5 or Year 9.",
     "Identification left to test results.",
     "Vat Day 3 teaches identification from observation, data, assessment and monitoring; setting challenging targets; "
     "planning interventions aimed at barriers; and reviewing progress. It teaches makers to use the reports of "
     "educational psychologists, therapists and advisory teachers to shape teaching, and to use national tests, APP and "
     "the school\u2019s tracking to follow progress and change a programme that is not working. Makers bring anonymised "
     "data from their own school and work through cases from it, anticipating problems and deciding on provision. "
     "Tested in Pressing 2."),
    ("C4", "The maker does not know how children grow",
     "Behaviour or slow progress read without regard to age, stage or home.",
     "Child development last studied in initial training.",
     "Vat Day 4 covers how children develop and how development is shaped by SEN and disability and by the physical and "
     "social surroundings in which they learn. Tested in Pressing 3."),
    ("C5", "The fibres are mistaken",
     "A child with speech and language difficulties treated as a behaviour problem; a dyslexic pupil put in a low set.",
     "Little training on the common needs.",
     "Vat Day 7 covers behavioural, emotional and social difficulties, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning "
     "difficulties: how each affects learning, and the approaches, strategies and resources for each, weighed against "
     "the research. It also covers identifying in good time the access arrangements pupils need for Key Stage tests and "
     "GCSE, and working with colleagues to put them in place. ICT is not part of the Award: each Avonbrook school has its "
     "own ICT adviser, and makers are referred to them. The common needs and the "
     "choice of approaches are tested in Pressing 3."),
    ("C6", "Pupils are planned for, not with",
     "IEPs written without the pupil; reviews the pupil does not attend.",
     "Habit, and no technique for it.",
     "Vat Day 5, led with pupils from Oaklands School, teaches ways of consulting children and young people (talking "
     "mats, photographs and guided tours, person-centred reviews) and how to make pupils part of planning, agreeing, "
     "reviewing and evaluating their provision, and to help colleagues do the same. Tested in Pressing 3."),
    ("C7", "Parents are told, not asked",
     "Parents who learn of a concern at parents\u2019 evening; reviews they leave angry.",
     "No one has shown the maker how.",
     "Vat Day 6, led with the Parent Partnership Service and two parents, teaches how to advise, support and work in "
     "partnership with parents and carers, how to liaise with them between reviews, how to run a review meeting with a "
     "family, and how to build fair, respectful and constructive relationships with pupils and their families."),
    ("C8", "The head is not behind the maker",
     "A SENCO whose proposals stall in the senior team.",
     "SEN is not on the senior team\u2019s agenda.",
     "Vat Day 8, led with an Avonbrook head, covers working with senior colleagues and governors to influence the "
     "school\u2019s inclusive ethos, policies, priorities and use of resources, and gaining the commitment of the head and "
     "senior leaders. Tested in Pressing 4."),
    ("C9", "The SENCO drowns in paperwork",
     "Evenings lost to forms; tasks half done by others.",
     "No priorities, and nothing delegated, or delegated and never checked.",
     "Vat Day 9 covers prioritising, managing time, delegating, and checking that delegated tasks are done. Tested in "
     "Pressing 4."),
    ("C10", "The teaching assistants are in the wrong place",
     "Assistants placed by habit; the SENCO asked to manage them.",
     "Deployment decided by the head or the bursar.",
     "None within the Award. Deploying and managing support staff is taught on the County\u2019s Leading Support Staff "
     "course, and we point makers to it."),
    ("C11", "Provision is not mapped",
     "Interventions no one can list or cost; provision that does not work carries on.",
     "No tool for seeing provision whole.",
     "Vat Day 10 teaches provision mapping and management and how to find provision that is missing or not working; "
     "how to review with colleagues the effectiveness of provision so that it informs the school\u2019s self-evaluation "
     "and improvement plan; and the principles of school self-evaluation and improvement for pupils with SEN. Tested in "
     "Pressing 4."),
    ("C12", "Colleagues do not change",
     "Advice given in the staffroom and not taken up.",
     "Telling, not coaching.",
     "Vat Day 11 covers supporting colleagues\u2019 development through observation and feedback, modelling, coaching, "
     "mentoring and leading training, and encouraging teachers to develop formative assessment with approaches for "
     "pupils with SEN. Supporting colleagues is tested in Pressing 5."),
    ("C13", "The SENCO works alone",
     "Reports from other services filed and not acted on; no one from outside at reviews.",
     "Services seen as a referral form, not partners.",
     "Vat Day 12 covers working in partnership with professionals in health, social care and voluntary organisations: "
     "who they are, what they do, how to get their help, and joint planning through the CAF and the team around the "
     "child. Pressing 3 asks which services could help the maker\u2019s chosen pupil and how to obtain their help."),
    ("C14", "The maker cannot say what they mean",
     "Muddled reports; meetings that go round in circles.",
     "Not enough practice in writing and speaking for different audiences.",
     "We have not found one within the Award. Makers are expected to arrive able to write and speak clearly; every "
     "written Pressing and the Showing in Pressing 5 are marked for clarity."),
])
p = doc.add_paragraph()
runs(p, [("Reading. ", {"bold": True}),
         ("Each Vat Day begins with research. The readings for 2009\u201310 include the Bercow Review of speech, language "
          "and communication services (2008), Ofsted\u2019s Inclusion: does it matter where pupils are taught? (2006), the "
          "Rose Review of provision for pupils with dyslexia (2009), the Lamb Inquiry\u2019s letters (2009) and the "
          "Inclusion Development Programme. Makers keep a reading diary and a CPD record all year; both are tested in "
          "Pressing 5.", {})])
fn.add(p, "Readings are revised each summer by the Vatmen from the latest research and inspection reports.")

# part 3 -------------------------------------------------------------------------------------------------------
doc.add_heading("Part 3. In the Press: faults in assessment", level=1)
pr = fault_table([
    ("P1", "A Pressing is marked too kindly or too harshly",
     "Makers in different Posts given different marks for like work.",
     "Different Vatmen, different habits.",
     "Each Pressing is marked by the Vatman who taught its Post. Pressings are not second-marked and the Mill holds no "
     "moderation meeting; Melbury University\u2019s external examiner reads the Award\u2019s annual report."),
    ("P2", "A maker fails a Pressing",
     "A Pressing marked refer.",
     "Usually a Pressing written about the school rather than about the maker\u2019s own work.",
     "The maker has a tutorial with the Vatman and may resubmit once within eight weeks."),
    ("P3", "A maker is passed without the whole sheet",
     "A maker who passes but cannot do some part of the job.",
     "Assessment that misses part of the work.",
     "The certificate is awarded to a maker who passes all five Pressings, on the decision of Melbury University\u2019s "
     "Board of Examiners."),
    ("P4", "The Couchers do not know their part",
     "Couchers who mark, or who never visit.",
     "Couchers are busy SENCOs themselves.",
     "Each Coucher is sent this Fault-Finder and has a telephone call from the Foreman before the first visit."),
])
doc.add_comment(pr["P1"].runs, text="The University asked for a moderation paragraph here before the final version. AP",
                author=QO, initials="MQ")

# part 4 -------------------------------------------------------------------------------------------------------
doc.add_heading("Part 4. In the Loft: faults online and between Vat Days", level=1)
p = doc.add_paragraph()
text_box(p, [("THE DRYING LOFT", {"bold": True, "size": 9.5}),
             ("The Loft is the Award\u2019s space on Melbury University\u2019s Moodle. In it are the readings, slides and "
              "recordings of every Vat Day; a forum for each Post, where makers post drafts and questions and read one "
              "another\u2019s work; and the weekly Loft letter from the Mill Office, with news and reminders. Heads and "
              "Couchers have guest access to the Loft letter.", {"size": 9.5})], width_pt=470, height_pt=90, fill="EAF1FB")
fault_table([
    ("L1", "The maker is stuck between Vat Days",
     "A maker who stops work on a Pressing for want of an answer.",
     "Weeks between Vat Days.",
     "Makers post questions on the Post\u2019s forum, where other makers answer them. Vatmen do not answer questions in "
     "the Loft: questions for a Vatman are kept for the next Vat Day."),
    ("L2", "The maker cannot get into the Loft",
     "A maker who has never logged in by the second Vat Day.",
     "New accounts; school firewalls.",
     "Vat Day 1 ends with an hour in the Loft on the Mill\u2019s laptops. After that the University\u2019s IT help desk "
     "answers by telephone and email."),
])

# part 5 -------------------------------------------------------------------------------------------------------
doc.add_heading("Part 5. In the Finish: faults in quality and impact", level=1)
f = fault_table([
    ("F1", "The Award does not improve",
     "The same complaints each Post.",
     "No one reads the evidence.",
     "Makers fill in a slip after every Vat Day and a Loft poll at the end of each Post. The Vatmen go through the slips "
     "and the marks at a meeting at the end of each Post and change the next Post. Each year Melbury University\u2019s "
     "annual monitoring and the external examiner\u2019s report on the programme are considered by the Mill and the "
     "Partnership, and the action plan is sent to schools in the Loft letter."),
    ("F2", "We cannot tell whether pupils gain",
     "Makers who say the Award helped, and no figures to show it.",
     "Nothing measured before and after.",
     "Pressing 2 asks each maker to take baseline measures for a group of pupils before an intervention and to measure "
     "again after it and at the end of the year. Each maker\u2019s figures go into the Mill\u2019s Tally, which the "
     "Foreman reports to the steering group each summer with the makers\u2019 confidence ratings from the Sheet Test at "
     "the start and again at the end."),
    ("F3", "The Award misses what schools need",
     "Schools that stop sending makers.",
     "A course built without asking.",
     "In spring 2008 the Partnership surveyed the heads and SENCOs of its nine schools and the County\u2019s SEN team, and "
     "held an evening for parents at Oaklands. Heads asked for provision mapping and work with the senior team; SENCOs "
     "for help with time; parents for better meetings. In answer Vat Days 8, 9 and 10 were written and Vat Day 6 is led "
     "with parents; the Saturday repeat was added because two heads could not release staff on Tuesdays."),
    ("F4", "Those with a stake are not heard",
     "Schools, parents and pupils outside the Award looking in.",
     "No place for them in it.",
     "The Partnership heads\u2019 steering group meets the Foreman each term to hear the evaluation and advise on changes; "
     "Couchers are SENCOs from Partnership schools; parents lead part of Vat Day 6 and Oaklands pupils part of Vat Day 5; "
     "an Avonbrook head leads Vat Day 8."),
    ("F5", "The Vatmen fall behind",
     "Tutors teaching the SEN world of ten years ago.",
     "Tutors who have left practice.",
     "Ann Prosser was SENCO at Kelmscombe Primary for fourteen years and the County\u2019s SEN consultant from 2004 to "
     "2008 (MA Inclusive Education). Dr Neil Harcourt is a practising educational psychologist with the County. Sue "
     "Tennant leads Oaklands School\u2019s outreach service (MEd SEN). Ruth Penhale is a specialist speech and language "
     "therapist who works in Avonbrook schools every week. Graham Wells is head of Oaklands School. Each Vatman works in "
     "schools or services every week and attends Melbury\u2019s inclusion research group."),
    ("F6", "The maker lacks materials",
     "A maker with no access to tests, books or journals.",
     "Small schools with small budgets.",
     "The Mill\u2019s library of SEN books; the University library and its electronic journals; loan boxes of "
     "standardised reading, spelling and language assessments; the Loft; and laptops at the Mill on Vat Days."),
    ("F7", "The maker sees only one kind of school",
     "A mainstream SENCO who has never seen specialist provision.",
     "Makers stay in their own schools.",
     "Vat Days are led with a speech and language therapist, an educational psychologist and the Parent Partnership "
     "Service. Makers may spend a day at Oaklands School, where places allow."),
    ("F8", "The year ends and nothing follows",
     "A maker who finishes and stops.",
     "No one asks what comes next.",
     "We would like, in time, to end the year with a meeting for each maker and their head to set targets for the year "
     "after. For now the last Vat Day closes with the Showing."),
])
fn.add(f["F6"], "Assessment loan boxes are kept at Oaklands School and booked through the Mill Office.")

# part 6 -------------------------------------------------------------------------------------------------------
doc.add_heading("Part 6. The Pressings", level=1)
body("There are five Pressings. Each is made from the maker\u2019s own school and marked pass or refer.")
pressings = [
    ("Pressing 1: The Policy Sheet", "Wet Post. A written review, of about 3,000 words, of the school\u2019s SEN policy "
     "and practice against the law, the Code of Practice and Every Child Matters.",
     ["know the law and guidance on SEN, above all the Code of Practice, what it means for their school and how to put "
      "it into practice;",
      "understand the principles and outcomes of Every Child Matters and what the SENCO can do to help children reach "
      "them."]),
    ("Pressing 2: The Tracking Sheet", "Wet Post. A study, with data, of a group of pupils and an intervention.",
     ["can identify pupils who may have SEN from observation, data and assessment, set challenging targets, plan "
      "interventions and review progress;",
      "use the assessments of other professionals to shape teaching;",
      "use summative assessment, national tests included, to track progress and change a programme that is not working;",
      "take baseline measures before the intervention and measure again after it;",
      "anticipate problems and make well-founded decisions about provision."]),
    ("Pressing 3: The Pupil Sheet", "Pressed Post. A study of one pupil with one of the common needs, written with the "
     "pupil\u2019s own contributions.",
     ["know how children develop and how this pupil\u2019s development has been affected by their needs and surroundings;",
      "know the pupil\u2019s type of need and how it affects their learning;",
      "weigh critically the approaches, strategies and resources for the pupil;",
      "have involved the pupil in planning, agreeing and reviewing their provision;",
      "draw on research evidence and outside advice, and know the best practice and research for this need;",
      "know which outside services could help the pupil and how to get their help."]),
    ("Pressing 4: The Map", "Dry Post. A provision map and review for the maker\u2019s school, a paper to the senior team "
     "and governors, and the maker\u2019s year plan and delegation log.",
     ["use provision mapping to plan provision and to find provision that is missing or not working;",
      "review provision with colleagues and use the review in the school\u2019s self-evaluation, knowing the principles of "
      "self-evaluation and improvement;",
      "advise and influence senior colleagues and governors on ethos, policy, priorities and resources, and win the "
      "commitment of the head and senior team;",
      "prioritise, manage their time and delegate, checking that delegated work is done."]),
    ("Pressing 5: The Coaching Record and the Showing", "Dry Post. A record of a term spent coaching a colleague, the "
     "maker\u2019s reading diary and CPD record, and the Showing: a fifteen-minute presentation to Vatmen, Couchers and "
     "heads on the last Vat Day.",
     ["support a colleague\u2019s development through observation and feedback, modelling, coaching and training;",
      "keep up to date and take responsibility for their own professional development;",
      "present their work clearly in speech and in writing."]),
]
for head, intro, items in pressings:
    doc.add_heading(head, level=2)
    body(intro)
    body("A maker passes this Pressing by showing that they:", italic=True, space_after=2)
    for it in items:
        q = doc.add_paragraph(style="List Bullet")
        q.add_run(it)
        q.paragraph_format.space_after = Pt(2)

para(doc, "Ann Prosser, Mill Foreman \u00b7 Form FF/3, Award edition, March 2009", italic=True, align=RIGHT, size=9,
     space_before=12)

fn.write()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
