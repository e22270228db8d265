"""Build dm-02-moorcoast-film-script.docx (blind test application).

PROVIDER
  The Moor and Coast SENCO Partnership (invented): three universities making
  one joint bid, each teaching the same programme in its own region and
  awarding it under its own regulations.
    West - University of Trelowen (LAs Trelowen City, Polvean County)
    Mid  - Marbury Vale University (LAs Marbury Borough, Dunsford County)
    East - Eastholm University (LAs Eastholm City, Brakenshaw County)
  Award: Postgraduate Certificate in SEN Coordination (National Award), 60
  credits at Level 7; eight study days, two twilights, three assignments.
  People (invented): Dr Neil Ashworth (chair, Mid), Dr Tamsin Pascoe (West),
  Farida Qureshi (East), Huw Penrose, Dr Grace Ilott; film crew Kate Dunstan
  (producer), Sophie Lanyon (director); interviewees Jenny Rowe (SENCO,
  former participant of an older certificate), Mark Elphick (head), Lorraine
  Bassett (parent), Dr Ade Bankole (LA educational psychologist).

KIND OF DOCUMENT
  The FINAL-EDIT SCRIPT of the partnership's information film "One Award,
  Three Places" (for heads, candidates and the panel), with the printed DVD
  insert card, submitted together as the application. A two-column
  audio-visual script, not slides, not a transcript of a meeting, not a
  prospectus: what counts is what is seen (captions, lower thirds, graphics)
  and heard (voice-over, sync interviews) in the edit as locked.

LAYOUT
  Cover lines, a production-details table, a short note to the panel. Then
  the script as one four-column table (Sc., Time, Vision, Sound) with bold
  run-in labels inside cells ("CAPTION:", "LOWER THIRD:", "GRAPHIC:", "VO:",
  "PASCOE (sync):", "MUSIC:"). Italic bracketed production notes between
  rows. REAL TRACKED CHANGES made at the edit: scene 7 (prior learning) and
  scene 12 (online study) are deleted rows (w:trPr/w:del plus w:del runs); a
  January start is an inserted sentence (w:ins) in scene 9; one row of the
  insert's outcome table (exam access arrangements) is a deleted row. Four
  Word COMMENTS between producer, director and chair. Then the DVD insert as
  typed bold panel titles (no heading styles): "The Award at a glance" field
  table, a dates table, "Before you apply" paragraphs, an outcome table in
  plain words ("By the end you'll be able to..." / "We work on it on..." /
  "How it's checked") with merged group rows, and "Passing". Page header and
  footer.

TRAPS (requirement ids affected)
  Text that is not part of the submission
  - 2.1  Only in deleted scene 7 (APCL/portfolio) and its comment; the former
         participant's "the university let me count it" is a past
         arrangement on another course (scene 5). -> not_met.
  - 3.3  The online route exists only in deleted scene 12 and a comment; the
         insert says "All face to face: there is no online route".
         -> not_applicable.
  - 5.3  CRB appears only in a comment ("No - schools do those; we don't
         check"). -> not_met.
  - 6.S2d Exam access arrangements only in a deleted row of the outcome
         table; Day 6 never mentions them. -> not_met.
  - 3.1  The footer's "Need a reasonable adjustment? Disability advisers ...
         will agree your support" is never in the body; the body has only
         step-free venues and values; the film's subtitles are about the
         film, not participants (wrong context). -> partially_met.
  - 3.2  The January start is an INSERTED sentence (counts) besides the same
         dates in three regions and one- or two-year routes. -> met.
  Negation
  - 2.3  "Everybody does the whole course ... there's no shortcut" (scene 8).
         -> not_met.
  Past arrangements / other courses
  - 5.5  Jenny Rowe's "week's placement at Tregarrick special school" was on
         the 2006 certificate; the insert says "There are no placements";
         specialist guests are concrete. -> partially_met.
  Aspirations, general terms, placeholders
  - 4.3  "we hope heads and local authority colleagues will help us look at
         how it's going" (scene 15), and a comment says LA seats on the Board
         are "not agreed yet"; LA psychologists and Parent Partnership do
         teach (scenes 10, insert). -> partially_met.
  - 5.9  Confidence at start and end; pupil follow-up "we'd like, in time ...
         something we're working on" (scene 14). -> partially_met.
  - 5.1  Day evaluations and one external examiner, but nothing on how the
         evidence is used to improve. -> partially_met.
  - 1.3  "We keep every day up to date with the latest thinking and research"
         and Day 2 "finding, reading and using research": no inspection
         evidence or named developments. -> partially_met.
  - 2.4  "Built around you": tutorial groups from the audit, phase groups,
         fee "East: \u00a3[TBC]" placeholder and production note, LA "may
         contribute". -> partially_met.
  - 5.6  Only "full access to your university's library". -> partially_met.
  - 5.7  Tutors plan and mark together termly; mentors get a phone call.
         -> partially_met.
  - 2.2  Self-audit used to form tutorial groups and plan days; no individual
         plan or personalised outcomes. -> partially_met.
  Wrong emphasis
  - 1.1  Aims are attainment in English and maths only (scene 3); Every Child
         Matters is a classroom poster in the VISION column and a Day 1
         topic. -> partially_met (and 6.K2 partially_met).
  Blanket claim
  - 1.9, 6.0  Closing VO and caption "Every national standard. Built in and
         checked"; but the outcome table has "Talked about, not marked" rows
         and absent outcomes, and the pass rule averages the three
         assignments with a floor of 40 (compensation). -> partially_met.
  Criterion 6 (insert outcome table plus the study-day cards)
  - Met (work on it + an assignment): A1, A2, A5, A6, K1, K3, K5, K6, K7,
    K8, S1, S2, S2a, S2b, S3, S6, S7, S8.
  - "Talked about, not marked" (developed, not assessed): A3, K2, K9, S2c,
    S4, S5, S9; A7 "Your 'Where next?' plan (not marked)". -> partially_met.
  - Absent: A4 (problem solving, decisions), K4 (child development); S2d
    (deleted row). -> not_met.
  Met despite the shape
  - E.1/E.2 said in voice-over (scene 2) and the insert field table.
  - 4.1/4.2 in a GRAPHIC (survey figures) and "You said / We did" cards.
  - 5.2 in the head's sync interview plus voice-over; 5.8 in the chair's
    sync and a caption; 5.4 in lower thirds.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dm-02-moorcoast-film-script.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(3)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.9)
sec.top_margin = sec.bottom_margin = Cm(1.8)
hp = sec.header.paragraphs[0]
hp.text = ("MARBURY VALE UNIVERSITY MEDIA SERVICES  \u00b7  \u2018ONE AWARD, THREE PLACES\u2019  "
           "\u00b7  FINAL EDIT SCRIPT (PICTURE LOCKED 06/02/09)")
hp.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fp.text = ("Moor and Coast SENCO Partnership  \u00b7  Need a reasonable adjustment? Disability "
           "advisers at all three universities will agree your support before you start.  "
           "\u00b7  Script v.FINAL")
fp.runs[0].font.size = Pt(7.5)

REV_AUTHOR = "Sophie Lanyon"
REV_DATE = "2009-02-05T16:20:00Z"
_rev_id = [300]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def delete_run(run, author=REV_AUTHOR, date=REV_DATE):
    r = run._r
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r.addprevious(d)
    d.append(r)
    for t in r.findall(qn("w:t")):
        t.tag = qn("w:delText")


def delete_paragraph_mark(p, author=REV_AUTHOR, date=REV_DATE):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)


def insert_run(run, author=REV_AUTHOR, date=REV_DATE):
    r = run._r
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), _next_id())
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), date)
    r.addprevious(i)
    i.append(r)


def delete_row(row, author=REV_AUTHOR, date=REV_DATE):
    tr = row._tr
    trPr = tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            for run in list(p.runs):
                delete_run(run, author, date)
            delete_paragraph_mark(p, author, date)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def fill_cell(cell, items, size=9):
    """items: list of (label, text) or plain strings."""
    cell.text = ""
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(3)
        if isinstance(it, tuple):
            label, text = it
            if label:
                r = p.add_run(label + " ")
                r.bold = True
                r.font.size = Pt(size)
            r2 = p.add_run(text)
            r2.font.size = Pt(size)
        else:
            r = p.add_run(it)
            r.font.size = Pt(size)
    return cell


def widths(table, cms):
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


def para(text="", bold=False, italic=False, size=None, align=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    if align is not None:
        p.alignment = align
    return p


# ------------------------------------------------------------------ cover
para("MOOR AND COAST SENCO PARTNERSHIP", bold=True, size=15, align=WD_ALIGN_PARAGRAPH.CENTER)
para("University of Trelowen  \u00b7  Marbury Vale University  \u00b7  Eastholm University",
     size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
para("\u2018ONE AWARD, THREE PLACES\u2019", bold=True, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Final edit script and DVD insert", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Submitted as the Partnership\u2019s application to the Training and Development Agency for "
     "Schools for approval to offer the National Award for SEN Coordination",
     size=10, align=WD_ALIGN_PARAGRAPH.CENTER)

prod = [
    ("Client", "Moor and Coast SENCO Partnership Board"),
    ("Producer", "Marbury Vale University Media Services (Kate Dunstan)"),
    ("Director and editor", "Sophie Lanyon"),
    ("Script", "Dr Neil Ashworth with Sophie Lanyon"),
    ("Running time", "11\u2019 40\u201d"),
    ("Version", "Final edit, picture locked 6 February 2009. Changes made at the edit are shown "
     "as tracked changes."),
    ("Distribution", "DVD to every school in the six partner local authorities; shown at the TDA "
     "panel meeting on 24 March 2009. Subtitled version on the same disc."),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in prod:
    row = t.add_row()
    fill_cell(row.cells[0], [(k, "")])
    shade(row.cells[0], "E7E6E6")
    fill_cell(row.cells[1], [v])
widths(t, [4.0, 13.2])

para()
para("A note to the panel", bold=True, size=11)
for txt in [
    "When we wrote to the TDA last autumn we said that the Partnership would make its case in "
    "the form in which our schools will actually meet the Award. This film will go to every "
    "headteacher and every prospective candidate in our six local authorities, and it will be "
    "shown at the panel meeting. The script below is the film exactly as it was edited, "
    "including everything that appears on screen. The card printed after it goes into every "
    "DVD case and gives the detail that a film cannot. Together they are our application.",
    "Three universities, six local authorities and a great many SENCOs, heads and parents "
    "have had a hand in this course. We hope the film gives you a sense of it.",
    "Dr Neil Ashworth, Chair, Moor and Coast SENCO Partnership Board",
]:
    para(txt)

para()
para("SCRIPT", bold=True, size=12)
para("Key: VO = voice-over (Ruth Tregear). (sync) = speaking to camera, recorded on location. "
     "CAPTION, LOWER THIRD and GRAPHIC = text on screen.", italic=True, size=8.5)

# ------------------------------------------------------------------ script table
SCENES = [
    dict(sc="1", time="00:00",
         vision=[("", "Dawn. Aerial shots in turn: a fishing harbour (West); a moorland road "
                  "with a school bus (Mid); terraced streets and a tower block (East)."),
                 ("CAPTION:", "One Award. Three places.")],
         sound=[("MUSIC:", "piano theme, up and under."),
                ("VO:", "Somewhere in every school there\u2019s a teacher whose job is to make "
                 "sure that children with special educational needs get what they need. From "
                 "this September, every teacher new to that job will need to gain the National "
                 "Award for SEN Coordination within three years. This film is about how you "
                 "can do it, close to home.")]),
    dict(sc="2", time="00:40",
         vision=[("GRAPHIC:", "map of the peninsula; West, Mid and East light up in turn, each "
                  "with its university\u2019s crest."),
                 ("LOWER THIRD:", "Dr Neil Ashworth, Chair, Moor and Coast SENCO Partnership "
                  "Board, Marbury Vale University")],
         sound=[("VO:", "Three universities, Trelowen in the West, Marbury Vale in Mid and "
                 "Eastholm in the East, have built one course together. It\u2019s the same "
                 "course wherever you take it: the same study days, the same assignments, the "
                 "same standard. It\u2019s a Postgraduate Certificate worth 60 credits at "
                 "Master\u2019s level, and it\u2019s awarded by the university in your own "
                 "region. All three universities approved it this winter."),
                ("ASHWORTH (sync):", "We could each have gone it alone. But a SENCO in a "
                 "village school up on the moor deserves the same course as one in the middle "
                 "of Eastholm, and between the three of us we\u2019ve got far more expertise "
                 "than any one of us has on our own.")]),
    dict(sc="3", time="01:25",
         vision=[("", "Year 4 classroom. A boy checks his visual timetable and settles to work "
                  "with a teaching assistant. On the wall behind, a poster: \u2018EVERY CHILD "
                  "MATTERS\u2019."),
                 ("LOWER THIRD:", "Dr Tamsin Pascoe, Programme Leader (West), University of "
                  "Trelowen")],
         sound=[("PASCOE (sync):", "For us it comes down to one question. Are the children "
                 "doing better? Is the boy who couldn\u2019t read at nine reading at ten? Are "
                 "the pupils with SEN in your school making the progress in English and maths "
                 "that they should be making? That\u2019s what we\u2019ll judge ourselves by, "
                 "and it\u2019s what your assignments will ask you to show."),
                ("VO:", "The Award sets out to make you the person who leads that progress in "
                 "your school.")]),
    dict(sc="4", time="02:05",
         vision=[("GRAPHIC:", "one card per study day, as follows."),
                 ("DAY 1", "The SENCO and the law: Code of Practice (2001), SENDA 2001, DDA 1995 "
                  "and 2005, the disability equality duty, Every Child Matters and the Children "
                  "Act 2004"),
                 ("DAY 2", "Evidence and enquiry: finding, reading and using research on SEN"),
                 ("DAY 3", "Understanding needs (1): speech, language and communication; autism; "
                  "dyslexia and specific learning difficulties"),
                 ("DAY 4", "Understanding needs (2): behavioural, emotional and social "
                  "difficulties; moderate learning difficulties; assistive technology"),
                 ("DAY 5", "Pupils, families and other services"),
                 ("DAY 6", "Knowing how pupils are doing: data, P scales, RAISEonline; "
                  "provision mapping; assessment for learning"),
                 ("DAY 7", "Leading and managing: the senior team and governors; "
                  "self-evaluation; teaching assistants; coaching colleagues; the SENCO\u2019s "
                  "week"),
                 ("DAY 8", "Presentations, and \u2018Where next?\u2019")],
         sound=[("VO:", "There are eight study days spread through the year, and two twilight "
                 "sessions. You\u2019ll start with the law: the Code of Practice, disability "
                 "discrimination law, and what they mean for your school. Then you\u2019ll look "
                 "at how to find good evidence and use it. Days three and four are about the "
                 "main kinds of special educational need, and how they affect learning, with "
                 "primary and secondary colleagues working separately for part of each day. Day "
                 "five is about working with pupils, families and other services. Day six is "
                 "about data and assessment: tracking progress, mapping provision, and helping "
                 "colleagues use assessment for learning with pupils who have SEN. Day seven is "
                 "about leading and managing: working with your head and governors, reviewing "
                 "provision, managing teaching assistants, coaching colleagues and organising "
                 "your own week. And on day eight you\u2019ll present your final assignment and "
                 "plan what comes next."),
                ("VO:", "We keep every day up to date with the latest thinking and research.")]),
    dict(sc="5", time="03:20",
         vision=[("", "A SENCO walks a corridor talking with a teaching assistant; then in her "
                  "office with a box file of pupil records."),
                 ("LOWER THIRD:", "Jenny Rowe, SENCO, Polvean Primary School (Certificate in "
                  "Learning Support, University of Trelowen, 2006)")],
         sound=[("ROWE (sync):", "When I did my certificate with Trelowen we had a week\u2019s "
                 "placement at Tregarrick special school, and honestly that changed how I saw "
                 "things. And because I\u2019d already done a diploma module, the university let "
                 "me count it, so I only had half the course to do. I\u2019d say to anyone: go "
                 "for it."),
                ("VO:", "On the new Award, your practical work happens in your own school. Every "
                 "assignment is a real piece of work with real pupils, and every participant "
                 "has a mentor from their school\u2019s senior team, who meets them at least "
                 "once each half-term.")]),
    dict(sc="6", time="04:05",
         vision=[("", "A head\u2019s office. Headteacher and SENCO look at a form together."),
                 ("LOWER THIRD:", "Mark Elphick, Headteacher, Dunsford Community College")],
         sound=[("ELPHICK (sync):", "I had to sign Sam\u2019s nomination, which means committing "
                 "to let her out for the study days and naming someone from my senior team as "
                 "her mentor. Then the tutor rang me after she\u2019d talked to Sam, just to "
                 "check we all agreed she was ready."),
                ("VO:", "To apply you\u2019ll need qualified teacher status and to be in post "
                 "as a SENCO, or about to be. Your head nominates you and agrees to release you. "
                 "Then you\u2019ll have a conversation with a tutor about your role and your "
                 "self-audit. If it isn\u2019t the right time yet, we\u2019ll write to you with "
                 "what to do first, usually a term or two in post with your local SENCO "
                 "network, and we\u2019ll talk it through with your head.")]),
    dict(sc="7", time="04:45", deleted=True,
         vision=[("GRAPHIC:", "\u2018Already studied SEN at Master\u2019s level? You may be able "
                  "to count up to 30 credits.\u2019")],
         sound=[("VO:", "If you already hold Master\u2019s-level credit in SEN from the last "
                 "five years, you may be able to count up to 30 credits towards the Award, or "
                 "to have your experience assessed through a portfolio.")]),
    dict(sc="8", time="04:45",
         vision=[("", "A SENCO at her kitchen table in the evening, filling in a booklet."),
                 ("CAPTION:", "Your self-audit"),
                 ("LOWER THIRD:", "Farida Qureshi, Programme Leader (East), Eastholm University")],
         sound=[("VO:", "Before you start, you\u2019ll fill in a self-audit against the "
                 "national standards for SENCOs, rating yourself on each one."),
                ("QURESHI (sync):", "We read every audit before the first study day. It tells us "
                 "where the group is, so we can put people with similar starting points "
                 "together in tutorial groups, and it tells us what we need to spend more time "
                 "on."),
                ("VO:", "Everybody does the whole course, however experienced they are. "
                 "There\u2019s no shortcut. But your tutorial group, and the two tutorials you "
                 "have with your own tutor, are built around you.")]),
    dict(sc="9", time="05:30",
         vision=[("GRAPHIC:", "a year planner with three columns, West, Mid and East; the same "
                  "eight dates light up in each column.")],
         sound=[("VO:", "The study days fall on the same dates in all three regions. So if you "
                 "can\u2019t make a day in the West, you can go to the same day in Mid or East "
                 "that week instead. You can take the Award in one year, or spread it over two, "
                 "with the first four days and Assignments One and Two in the first year.")],
         inserted=" In Mid there\u2019s a second start in January, as well as September."),
    dict(sc="10", time="06:10",
         vision=[("", "A review meeting: a Year 8 girl, her mother, the SENCO and an educational "
                  "psychologist round a table; the girl\u2019s drawings on a flipchart."),
                 ("LOWER THIRD:", "Lorraine Bassett, parent, Brakenshaw Parents\u2019 Forum"),
                 ("LOWER THIRD:", "Dr Ade Bankole, Senior Educational Psychologist, Eastholm "
                  "City Council")],
         sound=[("BASSETT (sync):", "What made the difference for us was a SENCO who rang back. "
                 "Who explained what was going on, and asked Chloe what she thought, not just "
                 "me."),
                ("BANKOLE (sync):", "I\u2019ll be on day five in the East, talking about what we "
                 "as psychologists can offer and how to use our assessments. Colleagues are "
                 "doing the same in the West and Mid, along with speech and language "
                 "therapists, the Parent Partnership Service and some of the voluntary "
                 "groups."),
                ("VO:", "Day five is about listening to pupils and involving them in decisions "
                 "about their own support; working with parents and carers, in a session led "
                 "jointly with the Parent Partnership Service in each region; and working with "
                 "other services, from educational psychology and speech and language therapy "
                 "to CAMHS, social care and voluntary organisations.")]),
    dict(sc="11", time="07:05",
         vision=[("GRAPHIC:", "three cards."),
                 ("", "ASSIGNMENT ONE. Policy and practice. 4,000 words"),
                 ("", "ASSIGNMENT TWO. Working with one pupil. 5,000 words"),
                 ("", "ASSIGNMENT THREE. Leading change. 3,000 words and a presentation")],
         sound=[("VO:", "There are three assignments. In Assignment One you\u2019ll look "
                 "critically at your school\u2019s SEN policy and practice against the Code of "
                 "Practice and disability equality law, using research and advice from outside "
                 "the school to recommend improvements. Assignment Two follows one pupil through "
                 "a term. You\u2019ll identify their needs, using your own assessments and those "
                 "of other professionals, and explain them in the light of what is known about "
                 "the main kinds of SEN; set targets; plan and run an intervention; talk with "
                 "the pupil about their views and their targets; meet the family; and evaluate "
                 "the approaches and resources you used, including ICT. Assignment Three is "
                 "about leading change. You\u2019ll analyse your school\u2019s data for pupils "
                 "with SEN, including national test or exam results, build a provision map that "
                 "shows where the gaps are, review one area of provision with colleagues as "
                 "part of your school\u2019s self-evaluation, and present your priorities to "
                 "your head and a governor.")]),
    dict(sc="12", time="07:50", deleted=True,
         vision=[("", "A SENCO at a laptop in the evening; the screen shows a discussion forum."),
                 ("CAPTION:", "Study online")],
         sound=[("VO:", "Can\u2019t get to the study days? In the East you\u2019ll be able to "
                 "take Days 3, 4 and 6 online instead, with an e-tutor who replies within two "
                 "days and a live session every week.")]),
    dict(sc="13", time="07:50",
         vision=[("", "Tutors in a seminar room. Lower thirds in turn:"),
                 ("LOWER THIRD:", "Dr Tamsin Pascoe: former primary SENCO (12 years); PhD on "
                  "inclusive literacy teaching"),
                 ("LOWER THIRD:", "Dr Neil Ashworth: former secondary SENCO and local authority "
                  "SEN adviser"),
                 ("LOWER THIRD:", "Farida Qureshi: former head of a specialist autism base; MA "
                  "SEN; Inclusion Development Programme trainer"),
                 ("LOWER THIRD:", "Huw Penrose: former specialist teacher for hearing "
                  "impairment; Lecturer, University of Trelowen"),
                 ("LOWER THIRD:", "Dr Grace Ilott: former educational psychologist; Lecturer, "
                  "Marbury Vale University")],
         sound=[("VO:", "Every tutor on the Award has led SEN provision in a school or a "
                 "specialist service, and every one of them still works with schools."),
                ("ASHWORTH (sync):", "The tutors from all three universities meet once a term to "
                 "plan together and to mark together, so that a piece of work gets the same "
                 "mark in Trelowen as it does in Eastholm.")]),
    dict(sc="14", time="08:50",
         vision=[("", "Meeting room. Tutors pass bundles of scripts across a table."),
                 ("CAPTION:", "One in five assignments second-marked. Samples swapped between "
                  "the three universities. One external examiner for all three.")],
         sound=[("ASHWORTH (sync):", "A fifth of all the work is marked twice, and after every "
                 "assignment we swap samples between the three universities and mark each "
                 "other\u2019s. We have one external examiner, Professor Judith Markham, who "
                 "sees work from all three. And you\u2019ll be asked to fill in an evaluation at "
                 "the end of every study day."),
                ("VO:", "You\u2019ll also tell us at the start and at the end how confident you "
                 "feel in the role. And we\u2019d like, in time, to go back to schools a year on "
                 "to see what difference the Award has made for pupils. That\u2019s something "
                 "we\u2019re working on.")]),
    dict(sc="15", time="09:40",
         vision=[("GRAPHIC:", "\u2018We asked 186 SENCOs and 41 headteachers in the six local "
                  "authorities, October and November 2008.\u2019 Bars: Study days in school "
                  "hours 74% of SENCOs. The same course wherever you live 68%. Something the "
                  "school can use at the end 81% of heads."),
                 ("GRAPHIC:", "cards, \u2018You said\u2019 and \u2018We did\u2019:"),
                 ("", "You said: Evenings are impossible after a day\u2019s teaching. We did: "
                  "study days in school hours, and only two twilights."),
                 ("", "You said: I might have to miss a day. We did: the same dates in all "
                  "three regions."),
                 ("", "Heads said: We want something we can use. We did: Assignment Three ends "
                  "with a presentation to the head and a governor."),
                 ("", "Parents\u2019 forums said: SENCOs need to talk to families. We did: day "
                  "five is led with the Parent Partnership Service, and every Assignment Two "
                  "includes meeting the family.")],
         sound=[("VO:", "Before we designed the Award we asked SENCOs, heads and parents\u2019 "
                 "forums across the six local authorities what they needed, and what they told "
                 "us changed the course."),
                ("VO:", "And once it\u2019s up and running, we hope heads and local authority "
                 "colleagues will help us look at how it\u2019s going.")]),
    dict(sc="16", time="10:30",
         vision=[("", "A SENCO presents to her head and a governor; then SENCO and head in the "
                  "head\u2019s office with a sheet headed \u2018Where next?\u2019")],
         sound=[("VO:", "On your last day you\u2019ll present Assignment Three, and then look "
                 "ahead. You\u2019ll write a professional development plan, with two or three "
                 "targets for the following year, to take to your performance review with your "
                 "head. And your 60 credits count towards a Master\u2019s degree at any of the "
                 "three universities.")]),
    dict(sc="17", time="11:05",
         vision=[("", "The three aerial shots again."),
                 ("CAPTION:", "Every national standard. Built in and checked."),
                 ("END CARD:", "www.moorandcoast-senco.ac.uk \u00b7 West 01632 960771 \u00b7 Mid "
                  "01632 960245 \u00b7 East 01632 960388")],
         sound=[("VO:", "Every one of the national standards for SENCOs is built into the Award, "
                 "and checked before you pass. One Award. Three places. Yours."),
                ("MUSIC:", "out.")]),
]

script = doc.add_table(rows=1, cols=4)
script.style = "Table Grid"
for c, h in zip(script.rows[0].cells, ("Sc.", "Time", "VISION", "SOUND")):
    fill_cell(c, [(h, "")])
    shade(c, "404040")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

anchors = {}
for s in SCENES:
    row = script.add_row()
    fill_cell(row.cells[0], [(s["sc"], "")])
    fill_cell(row.cells[1], [s["time"]])
    fill_cell(row.cells[2], s["vision"])
    fill_cell(row.cells[3], s["sound"])
    if s.get("inserted"):
        last = row.cells[3].paragraphs[-1]
        r = last.add_run(s["inserted"])
        r.font.size = Pt(9)
        insert_run(r)
    if s.get("deleted"):
        delete_row(row)
    anchors[s["sc"]] = row
widths(script, [1.0, 1.4, 6.6, 8.2])

# comments (not part of the submission)
doc.add_comment(anchors["6"].cells[3].paragraphs[1].runs[:2],
                text="KD: Should the VO mention CRB checks here? NA: No. Schools do those; we "
                     "don\u2019t check. Leave it out.",
                author="Kate Dunstan", initials="KD")
doc.add_comment(anchors["8"].cells[0].paragraphs[0].runs,
                text="SL: Scene 7 (prior credit) cut at the Board\u2019s request: Trelowen and "
                     "Eastholm regulations don\u2019t allow it. NA: Confirmed, lose it.",
                author="Sophie Lanyon", initials="SL")
doc.add_comment(anchors["13"].cells[0].paragraphs[0].runs,
                text="KD: Scene 12 cut. Eastholm withdrew the online option at the January "
                     "Board. Insert card amended to match.",
                author="Kate Dunstan", initials="KD")
doc.add_comment(anchors["15"].cells[3].paragraphs[1].runs,
                text="KD: Can we say the local authorities sit on the Partnership Board? "
                     "NA: Not agreed yet. Leave as is.",
                author="Kate Dunstan", initials="KD")

para()
para("[Pick-up: VO line on the East fee to be recorded once agreed. See insert.]", italic=True,
     size=9, colour=RGBColor(0x80, 0x80, 0x80))
para("[Subtitle file checked against final edit 09/02/09, SL.]", italic=True, size=9,
     colour=RGBColor(0x80, 0x80, 0x80))

# ------------------------------------------------------------------ DVD insert
para()
para("DVD INSERT", bold=True, size=12)
para("Printed card, four panels, one in every DVD case.", italic=True, size=8.5)

para("PANEL 1.  THE AWARD AT A GLANCE", bold=True, size=11, colour=RGBColor(0x1F, 0x4E, 0x79))
glance = [
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (National "
     "Award)"),
    ("Credits and level", "60 credits at Master\u2019s level (Level 7)"),
    ("Awarded by", "The university in your region: University of Trelowen (West), Marbury Vale "
     "University (Mid) or Eastholm University (East). Each university validated the programme "
     "in December 2008 or January 2009."),
    ("Starts", "September 2009 in all three regions. January 2010 in Mid as well."),
    ("How you study", "Eight study days (9.30 to 3.30) and two twilights (4.15 to 6.15); two "
     "individual tutorials; work in your own school between sessions. All face to face: there "
     "is no online route."),
    ("How long", "One year, or two years if you prefer."),
    ("Fee", "\u00a31,250 (West and Mid). East: \u00a3[TBC]"),
    ("Help with the fee", "Your local authority may contribute. Ask your SEN team."),
    ("Venues", "West: Trelowen campus and Polvean Teachers\u2019 Centre. Mid: Marbury Vale "
     "campus. East: Eastholm campus and Brakenshaw Professional Centre. All step-free."),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in glance:
    row = t.add_row()
    fill_cell(row.cells[0], [(k, "")])
    shade(row.cells[0], "DEEAF6")
    fill_cell(row.cells[1], [v])
widths(t, [4.0, 13.2])

para()
para("PANEL 2.  DATES 2009-10 (the same in every region)", bold=True, size=11,
     colour=RGBColor(0x1F, 0x4E, 0x79))
dates = [
    ("Day 1", "Thursday 24 September 2009", "The SENCO and the law"),
    ("Day 2", "Thursday 15 October 2009", "Evidence and enquiry"),
    ("Twilight 1", "Tuesday 3 November 2009", "Writing at Master\u2019s level"),
    ("Day 3", "Thursday 19 November 2009", "Understanding needs (1)"),
    ("Day 4", "Thursday 14 January 2010", "Understanding needs (2)"),
    ("Day 5", "Thursday 11 February 2010", "Pupils, families and other services"),
    ("Day 6", "Thursday 11 March 2010", "Knowing how pupils are doing"),
    ("Twilight 2", "Tuesday 20 April 2010", "Preparing Assignment Three"),
    ("Day 7", "Thursday 13 May 2010", "Leading and managing"),
    ("Day 8", "Thursday 8 July 2010", "Presentations, and \u2018Where next?\u2019"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Session", "Date", "Theme")):
    fill_cell(c, [(h, "")])
    shade(c, "DEEAF6")
for d in dates:
    row = t.add_row()
    for i, v in enumerate(d):
        fill_cell(row.cells[i], [v])
widths(t, [2.6, 5.6, 9.0])
para("Assignment One is due in December, Assignment Two in April and Assignment Three on Day 8. "
     "The January start in Mid follows the same pattern from January to December 2010.",
     size=9)

para()
para("PANEL 3.  BEFORE YOU APPLY", bold=True, size=11, colour=RGBColor(0x1F, 0x4E, 0x79))
for lead, txt in [
    ("Who can apply.", "Qualified teachers who are in post as SENCO, or who will be by the start "
     "of the course, with their headteacher\u2019s nomination. The nomination commits your "
     "school to releasing you for the study days and names your mentor from the senior team."),
    ("The self-audit and the conversation.", "With your application you send a self-audit "
     "against the national standards. A tutor then talks with you, in person or by phone, about "
     "your role and your audit, and rings your head. If the course isn\u2019t right for you yet, "
     "we\u2019ll write to say what to do first and when to apply again."),
    ("Your mentor.", "Your tutor will phone your school mentor at the start of the course to "
     "explain what\u2019s involved."),
    ("Specialists.", "Guest specialists join Days 3, 4 and 5 in every region: educational "
     "psychologists, speech and language therapists, the Parent Partnership Service, autism "
     "outreach teachers and voluntary organisations. There are no placements: all your "
     "practical work is in your own school."),
    ("Books and journals.", "You\u2019ll have full access to your university\u2019s library, "
     "including its online journals."),
    ("Everyone welcome.", "We want the Award to be open to every teacher who needs it, whatever "
     "their circumstances."),
]:
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(txt)

para()
para("PANEL 4.  WHAT YOU\u2019LL BE ABLE TO DO, AND HOW WE CHECK", bold=True, size=11,
     colour=RGBColor(0x1F, 0x4E, 0x79))
para("The national standards for SENCOs, in our own words. \u2018Talked about, not marked\u2019 "
     "means we work on it together on the study days but it does not count towards your "
     "award.", size=9)

OUTCOMES = [
    ("Being a SENCO", None, None),
    ("Build fair, respectful relationships with pupils with SEN and their families", "Day 5",
     "Assignment Two"),
    ("Win the support of colleagues and your head for what pupils with SEN need", "Day 7",
     "Assignment Three: presentation, and your head\u2019s response"),
    ("Organise your time, decide what matters most and hand tasks on", "Day 7",
     "Talked about, not marked"),
    ("Say and write things clearly, and listen properly to others", "Every day",
     "Assignments One and Three"),
    ("Use research and outside advice to improve your own and colleagues\u2019 teaching",
     "Day 2", "Assignment One"),
    ("Keep yourself up to date and plan your own development", "Day 8",
     "Your \u2018Where next?\u2019 plan (not marked)"),
    ("Knowing", None, None),
    ("The law on SEN and the Code of Practice, and what they mean for your school", "Day 1",
     "Assignment One"),
    ("Every Child Matters and the SENCO\u2019s part in it", "Day 1",
     "Talked about, not marked"),
    ("Disability equality law and what schools must do", "Day 1", "Assignment One"),
    ("The main kinds of SEN (BESD, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autism, MLD) and how they affect learning",
     "Days 3 and 4", "Assignment Two"),
    ("Approaches, strategies and resources, including ICT, for assessing, planning and "
     "teaching", "Days 3, 4 and 6", "Assignment Two"),
    ("How school self-evaluation works, and how it helps pupils with SEN", "Day 7",
     "Assignment Three"),
    ("What research tells us about what works for pupils with SEN", "Day 2", "Assignment One"),
    ("What other services do and how to get their help", "Day 5", "Talked about, not marked"),
    ("Doing", None, None),
    ("Work with your head and governors to shape an inclusive school: policy, priorities and "
     "resources", "Day 7", "Assignment Three"),
    ("Spot pupils who may have SEN, set challenging targets, plan support and review it",
     "Days 3 and 4", "Assignment Two"),
    ("Use other professionals\u2019 assessments to plan teaching", "Day 5", "Assignment Two"),
    ("Use test and assessment data to track progress and change what you do", "Day 6",
     "Assignment Three"),
    ("Help colleagues use assessment for learning with pupils with SEN", "Day 6",
     "Talked about, not marked"),
    ("Arrange access arrangements for tests and exams in good time", "Day 6",
     "Assignment Three"),  # deleted at the edit
    ("Use a provision map to plan support and find the gaps", "Day 6", "Assignment Three"),
    ("Manage and deploy teaching assistants and other staff", "Day 7",
     "Talked about, not marked"),
    ("Coach and train colleagues", "Day 7", "Talked about, not marked"),
    ("Review with colleagues how well provision is working, as part of school self-evaluation",
     "Day 7", "Assignment Three"),
    ("Involve pupils in planning and reviewing their own support", "Day 5", "Assignment Two"),
    ("Work in partnership with parents and carers", "Day 5", "Assignment Two"),
    ("Work with other services, including voluntary groups", "Day 5",
     "Talked about, not marked"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("By the end you\u2019ll be able to\u2026", "We work on it on\u2026",
                                  "How it\u2019s checked")):
    fill_cell(c, [(h, "")])
    shade(c, "1F4E79")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for o in OUTCOMES:
    row = t.add_row()
    if o[1] is None:
        m = row.cells[0].merge(row.cells[2])
        fill_cell(m, [(o[0], "")])
        shade(m, "DEEAF6")
        continue
    for i, v in enumerate(o):
        fill_cell(row.cells[i], [v])
    if o[0].startswith("Arrange access arrangements"):
        delete_row(row, author="Kate Dunstan", date="2009-02-05T17:05:00Z")
widths(t, [10.2, 2.8, 4.2])

para()
para("PASSING", bold=True, size=11, colour=RGBColor(0x1F, 0x4E, 0x79))
for txt in [
    "Each assignment is marked out of 100 by your tutor, and a sample is marked again by a "
    "second tutor. To pass the Award you need an average of 50 across the three assignments, "
    "with no assignment below 40. If an assignment falls short you can resubmit it once.",
    "We built every one of the national standards for SENCOs into the Award, and your tutors "
    "will tell you how your work measures up to them as you go.",
]:
    para(txt, size=9.5)

doc.save(OUT)
print("wrote", OUT)
