"""pb-01-amberlow-thesaurus: build pb-01-amberlow-thesaurus.docx next to this script.

Provider (invented): The Amberlow Guild of Bookbinders, whose Schools Programme has taught book arts in special
schools since 1987, applying with the University of Kessingham (School of Education, validating and awarding) and
Brecklow County Council's Learning Support Service, January 2009.

Document kind and layout: the Guild sends its course as "The Award Thesaurus", a controlled vocabulary of the
Award's terms in the manner of a subject thesaurus. A title-block table with a merged banner row; a covering note
to the panel (values prose); "How to read this Thesaurus", a two-column table of tags (SN scope note, UF used for,
BT/NT/RT, HN history note, EN editor's note) and, in the same part, the key to the Concordance's Match column
("exact", "close", "related", "none") defined in prose, far above the table that uses it; a text box "Changes in
Edition 1.2"; then one alphabetical sequence of terms under Heading 2 letters, each preferred term in bold
capitals with tagged notes in hanging-indent paragraphs, non-preferred terms in italic with USE. The Guild's
words: Bench Days (Folding, Gathering, Sewing, Rounding and Backing, Boarding, Covering, Finishing, Closing
Bench), Pieces 1-4 (The Collation, The Case File, The Leading Piece, The Bench Talk), Folios (modules), Home Bench
(own school), Visiting Bench (placement), Chapel (learning set), Own Pattern (individual plan), Starting Sheet,
Letterbox (VLE), Onward Sheet, Two Sewings (intakes). Part C is a Concordance table of the 29 outcome rows in
three merged, shaded group rows, with a tracked change in two cells and a comment on one row. Header and footer
(the footer carries a PAGE field and a safeguarding claim). Three footnotes with references.

Traps (requirement ids):
- Assessment-only route: an italic non-preferred term with no preferred term; its HN says the Wardens "did not
  approve the route" and the EN refers enquirers to the University's own PGCert route (another provider's
  arrangement, in an editor's note) -> 2.3 not_met.
- CRB: SUITABILITY checks tutors, mentors and hosts; participants are left to employers and "the Guild does not ask
  for evidence of it"; the footer's claim that every participant is checked is not evidence -> 5.3 not_met.
- Pupil voice: LISTENING SLIP is a resource and an hour of hearing the Young Binders; "Consulting pupils is not
  otherwise taught in this edition"; a tracked DELETION claimed a full afternoon proved in Piece 2 -> 1.5
  partially_met; 6.S7 "close" -> partially_met.
- ONWARD SHEET is posted with the certificate and "The Guild does not discuss it"; a Word comment says next
  steps are talked about in practice (a comment is not evidence) -> 2.5 partially_met.
- LETTERBOX: VLE with peer discussion between Bench Days, but tutors do not answer there (telephone/letter via
  the Clerk) -> 3.3 partially_met.
- PARTNERS: stakeholders in delivery detailed; their part in evaluation only hoped for from the second year
  -> 4.3 partially_met (4.1, 4.2 met through BRECKLOW SURVEY and Board paper).
- ASSISTIVE TECHNOLOGY: no computers for participants; a loan collection "is being sought" -> 5.6 partially_met
  (library and reading packs are there).
- IMPACT: confidence ratings compared, but "The Board does not collect evidence of pupils' progress"; the old
  Certificate's reading-age measures are only a history note (past arrangement) -> 5.9 partially_met.
- AWARD RULE: pass all four Pieces; "The Pieces between them prove every national outcome" is an unsupported
  claim contradicted by the Concordance -> 6.0 partially_met; 1.9 partially_met.
- Concordance Match key defined far above: close = taught not proved (6.A3, 6.A7, 6.S7, and 6.S2c, whose cells
  were changed by tracked change from "exact"/"Piece 3" to "close"/"-"), related = proved not taught (6.K7), none
  (6.K4, 6.S2d) -> partially_met x5, not_met x2. The only "access arrangements" in the document are a UF of
  ADJUSTMENTS, for participants, not pupils' test arrangements (right words, wrong thing: 6.S2d stays not_met). SELF-EVALUATION is the Guild's own (right words, wrong thing),
  and its SN says school self-evaluation is not taught (6.K7).
- Comment on the 6.K6 row questions ICT depth (not evidence; the row and SEWING stand) -> 6.K6 met.
- Past arrangements that must not count: CORRESPONDENCE ROUTE (withdrawn 2007; 3.2 is met by TWO SEWINGS, repeat
  days and Folio order); "The old Certificate gave no credit" (2.1 met by CREDIT FOR EARLIER WORK).
- A tracked INSERTION in EXTERNAL EXAMINER (she hears Bench Talks) is part of the submission (5.8 met anyway).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pb_helpers import (new_doc, para, add_run, add_ins, add_del, add_footnote, add_textbox, shade_cell,
                         cell_text, col_widths, page_field_footer, header_text, table_borders, cell_ins_del, save,
                         shade_para)
from docx.shared import Pt, Cm
from docx.enum.style import WD_STYLE_TYPE

HERE = Path(__file__).parent
OUT = HERE / "pb-01-amberlow-thesaurus.docx"

doc = new_doc(base_font="Georgia", size=10)

# house styles
st_term = doc.styles.add_style("Thesaurus Term", WD_STYLE_TYPE.PARAGRAPH)
st_term.base_style = doc.styles["Normal"]
st_term.font.bold = True
st_term.font.size = Pt(10.5)
st_term.paragraph_format.space_before = Pt(9)
st_term.paragraph_format.space_after = Pt(2)
st_term.paragraph_format.keep_with_next = True
st_note = doc.styles.add_style("Thesaurus Note", WD_STYLE_TYPE.PARAGRAPH)
st_note.base_style = doc.styles["Normal"]
st_note.paragraph_format.left_indent = Cm(1.1)
st_note.paragraph_format.first_line_indent = Cm(-1.1)
st_note.paragraph_format.space_after = Pt(2)
st_note.font.size = Pt(9.5)
st_np = doc.styles.add_style("Thesaurus Nonpreferred", WD_STYLE_TYPE.PARAGRAPH)
st_np.base_style = doc.styles["Normal"]
st_np.paragraph_format.space_before = Pt(7)
st_np.paragraph_format.space_after = Pt(2)

sec = doc.sections[0]
header_text(sec, [("Amberlow Guild of Bookbinders", {"bold": True}), "  \u00b7  The Award Thesaurus  \u00b7  Edition 1.2"])
page_field_footer(sec, "Issued by the Guild Clerk, Binders' Hall, Amberlow. Every participant is checked under the "
                       "Guild's safeguarding policy.  Page ")

# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=7, cols=2)
table_borders(tb, sz=6, color="5A4632")
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, [("THE AMBERLOW GUILD OF BOOKBINDERS", {"bold": True, "size": 14})], align="center")
shade_cell(top, "5A4632")
for r in top.paragraphs[0].runs:
    r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
rows = [
    ("Title", "The Award Thesaurus: the terms of the Guild's National Award for SEN Coordination"),
    ("Edition", "1.2 (supersedes Edition 1.1 of October 2008)"),
    ("Date", "19 January 2009"),
    ("Compiled by", "Hester Quayle, Education Secretary, for the Award Board"),
    ("Status", "Approved by the Wardens for submission to the TDA"),
    ("Awarding university", "University of Kessingham, School of Education"),
]
for i, (k, v) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), [(k, {"bold": True})], size=9.5)
    shade_cell(tb.cell(i, 0), "EFE6D8")
    cell_text(tb.cell(i, 1), v, size=9.5)
col_widths(tb, [4.0, 12.6])

# ---------------------------------------------------------------- Part A covering note
doc.add_heading("Part A  To the members of the approval panel", level=1)
para(doc, "The Guild sends its Award Thesaurus as its application.")
para(doc, "Since 1987 the Guild's Schools Programme has taught bookbinding and paper-making in the special schools of "
          "Brecklow. We believe that every child can make something that lasts. Planning the Award with the "
          "University of Kessingham and the County, we found the three partners used the same words for different "
          "things, so we did what binders and librarians do: we fixed the terms.")
para(doc, "Everything the Award does is set down in a scope note under the term for it. Where we have stopped doing "
          "something, the history note says so. Part C sets each national outcome against our terms.")
para(doc, [("Hester Quayle", {"italic": True}), ", Education Secretary, on behalf of the Wardens"], space_after=10)

# ---------------------------------------------------------------- How to read
doc.add_heading("How to read this Thesaurus", level=1)
para(doc, "The Thesaurus lists, in one alphabetical sequence, every term the Award uses. Preferred terms are printed in "
          "bold capitals. Terms we do not use are printed in italic, with USE pointing to the preferred term; a few "
          "have no preferred term and are kept only so that anyone looking for them finds the history note. A "
          "preferred term may carry the following notes.")
tags = [
    ("SN", "Scope note: what the term means, and so what is actually done under it."),
    ("UF", "Used for: synonyms not used."),
    ("BT / NT", "Broader term and narrower terms."),
    ("RT", "Related terms."),
    ("HN", "History note: what was done in earlier editions or in the Guild's old Certificate in Book Arts and "
           "Inclusion. It records the past, not an arrangement of the Award."),
    ("EN", "Editor's note. A query held over for the next edition. An editor's note is not a definition."),
]
tt = doc.add_table(rows=len(tags) + 1, cols=2)
table_borders(tt, sz=4, color="9C8A74")
cell_text(tt.cell(0, 0), [("Tag", {"bold": True})], size=9)
cell_text(tt.cell(0, 1), [("Meaning", {"bold": True})], size=9)
shade_cell(tt.cell(0, 0), "EFE6D8")
shade_cell(tt.cell(0, 1), "EFE6D8")
for i, (t, m) in enumerate(tags, start=1):
    cell_text(tt.cell(i, 0), [(t, {"bold": True})], size=9)
    cell_text(tt.cell(i, 1), m, size=9)
col_widths(tt, [2.0, 14.6])
para(doc, "", space_after=2)
para(doc, "Part C, the Concordance, sets the national outcomes of the specification against the Guild's "
          "terms. Its Match column borrows the words of thesaurus mapping. A match is exact where a Bench Day teaches "
          "the outcome and a Piece proves it; the Piece is named in the last column. It is close where a Bench Day "
          "teaches the outcome but no Piece proves it, so that work on it goes only into the Bench Book, which tutors "
          "read and do not mark. It is related where a Piece proves the outcome but no Bench Day teaches it, because "
          "participants are expected to bring it from their own practice. It is none where no Guild term covers the "
          "outcome in this edition.")

add_textbox(doc, [
    [("CHANGES IN EDITION 1.2", {"bold": True})],
    "New terms: ASSISTIVE TECHNOLOGY, LETTERBOX, ONWARD SHEET, VISITING BENCH, YOUNG BINDERS.",
    "Deprecated: Correspondence route (see its history note).",
    "Assessment-only route is kept as a non-preferred term with no preferred term.",
    "The Concordance was revised after the Award Board's meeting of 8 January 2009.",
], width_pt=430, height_pt=92)

# ---------------------------------------------------------------- Part B entries
doc.add_heading("Part B  The Thesaurus", level=1)

_letter = [None]


def letter(ch):
    doc.add_heading(ch, level=2)


def term(name, notes, tail=None):
    """notes: list of (tag, text) ; tail(tag, paragraph) may add tracked changes etc."""
    para(doc, name, style="Thesaurus Term")
    paras = {}
    for tag, text in notes:
        p = doc.add_paragraph(style="Thesaurus Note")
        add_run(p, tag, bold=True)
        add_run(p, "\t" + text)
        paras[tag] = p
    if tail:
        tail(paras)
    return paras


def nonpref(name, target=None, notes=()):
    p = doc.add_paragraph(style="Thesaurus Nonpreferred")
    add_run(p, name, italic=True)
    if target:
        add_run(p, "  USE  ")
        add_run(p, target, bold=True)
    paras = {}
    for tag, text in notes:
        q = doc.add_paragraph(style="Thesaurus Note")
        add_run(q, tag, bold=True)
        add_run(q, "\t" + text)
        paras[tag] = q
    return paras


letter("A")
term("ADJUSTMENTS", [
    ("SN", "Changes the Guild makes so that a disabled participant, or one with a long-term health condition or a "
           "specific learning difficulty, can take a full part in the Award. The Entry Form asks every applicant "
           "whether there is anything we should know or change, and the Bench Tutor asks again at the Starting "
           "Meeting; a disclosure goes only to those who need it, with the participant's agreement. Adjustments "
           "include papers in large print or electronically a week ahead, a hearing loop, step-free access to "
           "Binders' Hall, and, for assessment, extra time, another format or a recorded Bench Talk. Visiting Bench "
           "hosts are told of any adjustment needed. The Entry Form is available in large print and on audio CD. The "
           "Guild meets the cost of every adjustment."),
    ("UF", "reasonable adjustments; access arrangements (for participants)"),
    ("RT", "ENTRY; EQUALITY DUTIES"),
])
nonpref("APCL", "CREDIT FOR EARLIER WORK")
nonpref("APEL", "CREDIT FOR EARLIER WORK")
nonpref("Assessment-only route", None, [
    ("HN", "Admitted in Edition 1.0 (July 2008) for a route proposed to the Award Board, by which an experienced "
           "SENCO would present evidence against all the outcomes without attending Bench Days. The Wardens did "
           "not approve the route in September 2008. The term is kept so that enquirers find this note."),
    ("EN", "The University of Kessingham's own Postgraduate Certificate in Inclusive Practice has an assessment-only "
           "route; enquirers wanting one are referred to the University's Admissions Office."),
])
term("ASSISTIVE TECHNOLOGY", [
    ("SN", "Software and equipment that help pupils with SEN to learn and communicate: text readers, symbol "
           "software, switches, talking word processors and recording devices. Participants see it demonstrated at "
           "SEWING by the County's adviser for ICT and inclusion. The Guild Hall has no computers for participants' "
           "own use; a loan collection from the County's assistive technology library is being sought for the Hall."),
    ("RT", "READING SHELF; SEWING"),
])
term("AWARD, THE", [
    ("SN", "The National Award for SEN Coordination as the Guild teaches it: a Postgraduate Certificate in Special "
           "Educational Needs Coordination awarded by the University of Kessingham, validated at the University's "
           "event of 12 November 2008 at 60 credits at Master's level (Level 7 of the national qualifications "
           "framework), in three FOLIOS of 20 credits each. It is taught by the Guild's Schools Programme with the "
           "University's School of Education and Brecklow County Council's Learning Support Service, and is normally "
           "completed part time in one year. Its aim is that pupils with special educational needs and disabilities "
           "in participants' schools achieve more and are safer, healthier and happier. Every Piece asks what "
           "difference the participant's work has made to pupils, in their learning and in the five Every Child "
           "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
           "achieving economic well-being."),
    ("NT", "BENCH DAY; FOLIO; HOME BENCH; PIECE; VISITING BENCH"),
    ("RT", "AWARD RULE; UNIVERSITY OF KESSINGHAM"),
])
term("AWARD BOARD", [
    ("SN", "The body that runs the Award: the Guild's Education Secretary (chair), two senior Bench Tutors, the "
           "University's programme leader and the County's Principal Officer for Learning Support. It meets each "
           "half-term, receives the Bench Day feedback, the marks of every Piece and the External Examiner's report, "
           "and keeps the Award's action list of what is to change, by whom and by when."),
    ("RT", "EVALUATION; EXTERNAL EXAMINER"),
])
term("AWARD RULE", [
    ("SN", "A participant is recommended to the University's Examination Board for the Award when all four Pieces "
           "have been passed at 50 per cent or more. The Pieces between them prove every national outcome. A Piece "
           "that fails may be resubmitted once, within three months."),
    ("RT", "CONCORDANCE; PIECE"),
])

letter("B")
term("BENCH BOOK", [
    ("SN", "The participant's working journal. Notes from each Bench Day, reading, Home Bench tasks and reflections "
           "go into it. Tutors read the Bench Book at each tutorial and write in it, but it is not marked and carries "
           "no credit."),
    ("UF", "learning journal; reflective log"),
])
term("BENCH DAY", [
    ("SN", "One of eight taught days at Binders' Hall, Amberlow, from 9.30 to 3.45. Each Bench Day is held on a "
           "Saturday and repeated on the following Wednesday, and a participant comes to either. Each is taught by two "
           "Bench Tutors and, on six of the eight, a visiting specialist from the County (an educational "
           "psychologist, a speech and language therapist, a sensory support teacher or the Behaviour Support Team), "
           "and ends with a Home Bench task for the participant's school."),
    ("NT", "FOLDING; GATHERING; SEWING; ROUNDING AND BACKING; BOARDING; COVERING; FINISHING; CLOSING BENCH"),
    ("RT", "HOME BENCH; TWO SEWINGS"),
])
term("BENCH TUTOR", [
    ("SN", "A tutor of the Award. The five Bench Tutors are qualified teachers with experience of leading SEN in "
           "schools, and four hold master's degrees in special or inclusive education: Hester Quayle (Education "
           "Secretary; primary SENCO for eleven years, MA SEN), Owen Pardew (former head of a special school), Dr "
           "Miriam Lathbury (senior educational psychologist, County), Ruth Sowerby (former secondary SENCO and "
           "Advanced Skills Teacher, MEd) and Alan Crace (specialist teacher, County Language Unit). Each spends at "
           "least ten days a year working in schools and attends the County's SENCO Forum."),
    ("UF", "tutor; lecturer"),
])
term("BOARDING", [
    ("SN", "Bench Day 5: planning and managing provision. Provision mapping: mapping and costing what the school "
           "provides at School Action, School Action Plus and for pupils with statements, and using the map to find "
           "provision that does not work or is missing. Deploying and managing teaching assistants, drawing on the "
           "early findings of the Deployment and Impact of Support Staff project. Reviewing with colleagues how well "
           "each provision works, and reporting what they find to senior leaders for the school's improvement plan. "
           "Home Bench task: draft or revise the school's provision map with a colleague."),
    ("BT", "BENCH DAY"),
    ("RT", "PIECE 3: THE LEADING PIECE"),
])
p = term("BRECKLOW SURVEY", [
    ("SN", "The survey of need on which the Award was planned. In May and June 2008 the County's Learning Support "
           "Service sent a questionnaire, drafted with the Guild, to the headteacher and the SENCO of every school "
           "in Brecklow; 71 of 163 schools replied, and 24 SENCOs and 9 headteachers came to two discussion evenings "
           "at the Hall. New SENCOs asked most for help with provision mapping, leading teaching assistants and "
           "the 2008 regulations. Headteachers asked for days that did not take SENCOs out of school every week, "
           "for work that would change practice in their own school, and for the County's specialists to be part of "
           "the teaching. The Award Board answered each finding in its paper AB/08/7: provision mapping and teaching "
           "assistants became a whole Bench Day (BOARDING); Bench Days are repeated on Saturdays; every Piece is set "
           "in the participant's own school; and the County's specialists teach on six of the eight Bench Days."),
    ("RT", "PARTNERS"),
])
add_footnote(doc, p["SN"], "Award Board paper AB/08/7, The Brecklow Survey: findings and the Board's response, "
                           "September 2008. Copies from the Guild Clerk.")

letter("C")
term("CHAPEL", [
    ("SN", "A group of five or six participants from nearby schools who meet between Bench Days, at one of their "
           "schools, to share Home Bench tasks. Each Chapel has a link Bench Tutor."),
])
term("CLOSING BENCH", [
    ("SN", "Bench Day 8, given over to the Bench Talks (PIECE 4). Each participant speaks on the change he or she "
           "has led in school, with questions from two tutors and the Chapel. Certificates are not given on the day; "
           "the University posts them after its Examination Board."),
    ("BT", "BENCH DAY"),
    ("RT", "ONWARD SHEET; PIECE 4: THE BENCH TALK"),
])
term("CONCORDANCE", [
    ("SN", "Part C of this Thesaurus. See How to read this Thesaurus for its Match column."),
])
nonpref("Correspondence route", None, [
    ("HN", "From 1999 to 2007 participants in the Guild's old Certificate could study by post, with a tutor's letter "
           "after every assignment. The route was withdrawn in 2007 and has not been revived for the Award."),
])
term("COVERING", [
    ("SN", "Bench Day 6: leading and supporting colleagues. Observing lessons and giving feedback; coaching and "
           "mentoring; modelling practice; planning and leading training for teachers and teaching assistants. "
           "Encouraging colleagues to develop assessment for learning for all pupils, with the approaches that help "
           "pupils with SEN take part in it. Working with the headteacher, senior leaders and governors on the SEN "
           "policy, the school's priorities and the use of its resources, and winning their commitment; presenting "
           "a case clearly in speech and in writing, and listening to colleagues' views. Headteachers are invited to "
           "the last hour."),
    ("BT", "BENCH DAY"),
])
term("CREDIT FOR EARLIER WORK", [
    ("SN", "The Guild takes account of, and the University accredits, what a participant has already studied and "
           "done. Up to 20 credits, one Folio, may be credited: for certificated study at Master's level, through the "
           "University's procedure for the accreditation of prior certificated learning; and for experience, "
           "through a portfolio claim mapped to the Folio's outcomes, assessed by two Bench Tutors and confirmed by "
           "the University. The Starting Sheet also records what each participant brings, and the Own Pattern takes "
           "account of it. Credit is not given for attendance at courses that were not assessed."),
    ("UF", "APEL; APCL; prior learning"),
    ("HN", "The old Certificate gave no credit for earlier study."),
])
nonpref("CRB disclosure", "SUITABILITY")

letter("E")
term("ENTRY", [
    ("SN", "Who may join. An applicant must be a qualified teacher who is, or is about to become, the SENCO (or the "
           "teacher leading SEN coordination) of a school in Brecklow or a neighbouring authority, and must send a "
           "letter from the headteacher agreeing release. Every applicant completes the Starting Sheet and meets a "
           "Bench Tutor before a place is offered. Where these show that the applicant is unlikely to meet the "
           "outcomes by the end of the Award, the tutor explains what to do first, writes to the headteacher with "
           "that advice, and holds a place for the next Sewing."),
    ("RT", "STARTING SHEET; SUITABILITY"),
])
term("EQUALITY DUTIES", [
    ("SN", "The Guild's duties under the Race Relations (Amendment) Act 2000, the Disability Discrimination Act 1995 "
           "as amended in 2005, and the Equality Act 2006, as they bear on the Award. The Guild's Equality Scheme "
           "(2007) applies to the Award: places are offered on the criteria under ENTRY alone, and the Clerk monitors "
           "applications, offers and results by ethnicity, gender and disability and reports them to the Award Board."),
    ("RT", "ADJUSTMENTS"),
])
term("EVALUATION", [
    ("SN", "How the Award is judged and improved. Participants complete a feedback slip at every Bench Day and a "
           "questionnaire at the end of each Folio; the tutors who taught a Bench Day review it the next week; the "
           "Award Board reads the slips, questionnaires, marks and confidence ratings (see IMPACT) each half-term and "
           "enters any change in its action list. Externally, the External Examiner's report and the University's "
           "annual monitoring review the Award. Each summer the Board's annual report sets out what it has changed "
           "for the next Sewing."),
    ("RT", "AWARD BOARD; IMPACT; SELF-EVALUATION"),
])
p = term("EXTERNAL EXAMINER", [
    ("SN", "Appointed by the University for the Award: Dr Rosalind Ebbutt, a former county SEN adviser and senior "
           "lecturer in inclusive education. She sees a sample of every Piece, including all fails and all "
           "distinctions, attends the Examination Board and writes an annual report, to which the Award Board "
           "replies in writing. "),
    ("RT", "AWARD BOARD; MODERATION"),
])
add_ins(p["SN"], "She also attends one Closing Bench each year to hear Bench Talks with the tutors.",
        author="Owen Pardew", date="2009-01-12T15:20:00Z")

letter("F")
term("FEES", [
    ("SN", "£1,150 per participant for the year, including all Bench Days, tutorials, the Visiting Bench, reading "
           "packs and the University's registration; the County pays £400 of it for its own schools' SENCOs. Each "
           "Bench Day is repeated rather than split into smaller groups, so that one tutor's preparation serves a "
           "whole Sewing of up to thirty."),
])
term("FINISHING", [
    ("SN", "Bench Day 7: working beyond the school. The scope and role of the County's services and of health and "
           "social care (educational psychology, speech and language therapy, CAMHS, sensory support, social care) "
           "and of voluntary organisations such as the Brecklow Parents' Forum; the Common Assessment Framework; how to get specialist advice, support and resources, "
           "and how to work with other services so that a pupil's support is coordinated. The afternoon works "
           "through cases in which participants must decide what to do, weigh competing claims on provision and "
           "defend the decision, and closes with a session on managing the SENCO's own time, setting priorities and "
           "delegating."),
    ("BT", "BENCH DAY"),
])
p = term("FOLDING", [
    ("SN", "Bench Day 1: the SENCO and the law. The SEN Code of Practice (2001) and what it asks of the school, the "
           "SENCO and others, and how to put it into practice; the Special Educational Needs and Disability Act "
           "2001; the Disability Discrimination Act as amended in 2005 and the Disability Equality Duty, with the "
           "school's disability equality scheme and accessibility plan; the Education (Special Educational Needs "
           "Co-ordinators) (England) Regulations 2008; and current government policy, including Removing Barriers to "
           "Achievement, the Inclusion Development Programme and the Lamb Inquiry now under way."),
    ("BT", "BENCH DAY"),
])
add_footnote(doc, p["SN"], "SI 2008/2945, in force from 1 September 2008.")
term("FOLIO", [
    ("SN", "A module of 20 credits. Folio 1 (Folding, Gathering; Piece 1), Folio 2 (Sewing, Rounding and Backing; "
           "Piece 2) and Folio 3 (Boarding, Covering, Finishing, Closing Bench; Pieces 3 and 4). Folio 1 is taken "
           "first; Folios 2 and 3 may be taken in either order, and a participant may take a term's break between "
           "Folios."),
])

letter("G")
term("GATHERING", [
    ("SN", "Bench Day 2: identifying needs. The most common types of SEN and disability (behavioural, emotional "
           "and social difficulties; specific learning difficulties, including dyslexia; speech, language and "
           "communication needs; autistic spectrum disorders; moderate learning difficulties) and how they affect "
           "learning. Using classroom observation, data and assessment to identify pupils who may have SEN; setting "
           "challenging targets, planning interventions and reviewing progress. Using the assessments of educational "
           "psychologists, therapists and specialist teachers to shape teaching. Using P scales, national test "
           "results and the school's tracking to follow pupils' progress and to change programmes that are not "
           "working."),
    ("BT", "BENCH DAY"),
])

letter("H")
term("HOME BENCH", [
    ("SN", "The participant's own school, where most of the Award's work is done. After each Bench Day a Home Bench "
           "task applies what was taught; every Piece is set in the participant's school and asks for a change in "
           "its practice and evidence of what followed. Each participant has a HOME BENCH MENTOR."),
    ("RT", "PIECE; VISITING BENCH"),
])
term("HOME BENCH MENTOR", [
    ("SN", "An experienced SENCO or senior leader, in the participant's school or a nearby one, who meets the "
           "participant at least twice a term. Mentors are briefed at the TUTORS' DAY and receive the Mentor's Sheet "
           "setting out what they do and do not do (they do not mark)."),
])

letter("I")
term("IMPACT", [
    ("SN", "What the Award changes. On the Starting Sheet, and again at the Closing Bench, each participant rates "
           "his or her confidence against each national outcome, and the Award Board compares the two ratings for "
           "the whole Sewing. Piece 3 asks participants to describe what changed in the school. The Board does not "
           "collect evidence of pupils' progress; that is a matter for participants' schools."),
    ("HN", "The old Certificate asked participants to record the reading ages of the pupils they worked with "
           "before and after each project, and the Guild published the results each year until 2006."),
])
nonpref("Individual training plan", "OWN PATTERN")

letter("L")
term("LETTERBOX", [
    ("SN", "The Award's online area on the University's virtual learning environment. Each Bench Day's papers, "
           "slides and readings are posted there, and participants have their own discussion board, on which "
           "Chapels arrange meetings and share Home Bench work between Bench Days. Bench Tutors post notices on the "
           "Letterbox but do not take part in the discussion or answer questions there; a participant with a "
           "question for a tutor telephones or writes to the Clerk's office, and the tutor replies within three "
           "working days."),
    ("UF", "VLE; online area"),
])
p = term("LISTENING SLIP", [
    ("SN", "A one-page form on which a participant may record a pupil's own views before a review meeting. It is "
           "given out at Rounding and Backing, where members of the YOUNG BINDERS spend an hour telling participants "
           "what being asked, and not being asked, has been like for them. The Slip is a resource: participants may "
           "use it in Home Bench work. Consulting pupils is not otherwise taught in this edition. "),
    ("UF", "pupil voice; pupil consultation"),
])
add_del(p["SN"], "A full afternoon of Rounding and Backing is given to consulting pupils, practised in pairs and "
                 "proved in Piece 2.", author="Hester Quayle", date="2009-01-09T11:05:00Z")

letter("M")
term("MODERATION", [
    ("SN", "Every Piece is first marked by the participant's link Bench Tutor against the published criteria and "
           "then second-marked blind by another tutor; a third tutor decides where the two differ by a grade or "
           "more. Before each marking round the tutors mark two common scripts together to agree the standard. The "
           "University's moderator samples one Piece in four, and the External Examiner sees that sample."),
    ("RT", "EXTERNAL EXAMINER"),
])

letter("O")
p = term("ONWARD SHEET", [
    ("SN", "A planning sheet for a participant's next professional targets, with a list of further courses at the "
           "University and the County. It is posted to each participant with the Award certificate. The Guild does "
           "not discuss it with participants."),
])
doc.add_comment(p["SN"].runs[-1], text="In practice we do talk about next steps at the Closing Bench - should the SN "
                                      "say so? HQ", author="Hester Quayle", initials="HQ")
term("OWN PATTERN", [
    ("SN", "Each participant's individual training plan, agreed at the Starting Meeting from the Starting Sheet: the "
           "outcomes the participant most needs to work on (the Own Outcomes), the optional afternoon at Sewing, extra "
           "reading, the focus of each Piece and the Visiting Bench setting. It is reviewed and revised at three "
           "individual tutorials with the link Bench Tutor."),
    ("UF", "individual training plan; personal learning plan"),
    ("RT", "STARTING SHEET"),
])

letter("P")
term("PARTNERS", [
    ("SN", "Those who shaped and take part in the Award: the University; the County's Learning Support Service, "
           "which ran the Brecklow Survey, sits on the Award Board, provides the visiting specialists and pays part "
           "of the fee; headteachers, who release participants, come to the last hour of Covering and receive a "
           "termly letter; the Visiting Bench hosts; the Young Binders; and the Brecklow Parents' Forum, whose "
           "members speak at Rounding and Backing. The Award Board hopes that headteachers and the Parents' Forum "
           "will take part in evaluating the Award from its second year."),
    ("UF", "stakeholders"),
    ("RT", "BRECKLOW SURVEY; EVALUATION"),
])
term("PIECE", [
    ("SN", "A piece of assessed work. There are four. Each is marked against criteria published in the Award "
           "Handbook (see MODERATION)."),
    ("NT", "PIECE 1: THE COLLATION; PIECE 2: THE CASE FILE; PIECE 3: THE LEADING PIECE; PIECE 4: THE BENCH TALK"),
])
term("PIECE 1: THE COLLATION", [
    ("SN", "A report of 3,500 words on the school's SEN arrangements set against the Code of Practice, the 2008 "
           "regulations and the school's duties under disability law, with recommendations. It includes how the "
           "school uses summative data, national tests among them, to track pupils with SEN, and how reports from "
           "other professionals are used in planning."),
    ("BT", "PIECE"),
])
term("PIECE 2: THE CASE FILE", [
    ("SN", "A case study of 4,000 words of one pupil with SEN: how the pupil's needs were identified; the "
           "assessments used, including those of other professionals; the targets set, the intervention planned and "
           "its review; how the participant worked with the pupil's parents or carers; the pupil's progress in "
           "learning and in the five Every Child Matters outcomes; and a critical account of the approaches, "
           "resources and research on which the plan drew."),
    ("BT", "PIECE"),
])
term("PIECE 3: THE LEADING PIECE", [
    ("SN", "An account of 4,500 words of a change in SEN provision that the participant has led in school during the "
           "Award: the case made to the headteacher, senior leaders and governors; the provision map; how staff were "
           "deployed and trained; how colleagues were coached or observed; how other services and agencies were "
           "involved; and how the change was reviewed with staff. It includes a section placing the school's "
           "provision for SEN in its self-evaluation form and improvement plan."),
    ("BT", "PIECE"),
])
term("PIECE 4: THE BENCH TALK", [
    ("SN", "A talk of twenty minutes at the Closing Bench on the Leading Piece, followed by questions from two "
           "tutors. It is marked for clarity of speech, for the judgement shown in the decisions taken, for the use "
           "made of research and others' advice, and for how the participant listens and responds to questions and "
           "to others' views."),
    ("BT", "PIECE"),
])
nonpref("Placement", "VISITING BENCH")
nonpref("Provision map", "BOARDING")
nonpref("Pupil voice", "LISTENING SLIP")

letter("R")
p = term("READING SHELF", [
    ("SN", "The Award's reading: a pack for each Bench Day, the Guild's lending library in the Hall, and the "
           "University's library, to which participants, as registered students, have full access, online journals "
           "included. Each pack includes recent research and inspection evidence: for instance Ofsted's report "
           "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for children "
           "with speech, language and communication needs (2008), the Inclusion Development Programme materials, and "
           "Lamb Inquiry papers as they appear."),
])
add_footnote(doc, p["SN"], "Ofsted, Inclusion: does it matter where pupils are taught? Provision and outcomes in "
                           "different settings for pupils with learning difficulties and disabilities, HMI 2535, 2006.")
term("ROUNDING AND BACKING", [
    ("SN", "Bench Day 4: pupils and families. Every Child Matters: the five outcomes, the Children Act 2004, and what "
           "the SENCO can do towards each. Building fair, respectful, supportive and constructive relationships with "
           "pupils with SEN and with their parents or carers. Working with parents and carers as partners, at "
           "reviews and day to day, with members of the Brecklow Parents' Forum. An hour with the YOUNG BINDERS (see "
           "LISTENING SLIP). Home Bench task: hold a review meeting with a family using what was taught."),
    ("BT", "BENCH DAY"),
])

letter("S")
term("SELF-EVALUATION", [
    ("SN", "In this Thesaurus, the Guild's own annual self-evaluation of its Schools Programme, of which the Award is "
           "part, made to the Wardens each October. Not to be confused with a school's self-evaluation, which the "
           "Award does not teach as a topic (see PIECE 3: THE LEADING PIECE)."),
])
term("SEWING", [
    ("SN", "Bench Day 3: teaching and learning. A critical look at approaches, strategies and resources for "
           "assessment, planning, teaching and learning for pupils with SEN, including ICT and ASSISTIVE "
           "TECHNOLOGY; personalising provision; what research and best practice say works, and how to weigh the "
           "claims made for interventions; using research and specialist advice to improve one's own and colleagues' "
           "teaching. Keeping up to date: journals, networks, the Reading Shelf, and taking responsibility for one's "
           "own professional development in SEN and disability. Optional afternoons: dyslexia; speech and "
           "language; autism."),
    ("BT", "BENCH DAY"),
])
term("STARTING SHEET", [
    ("SN", "The needs assessment every applicant completes before the Award begins: a self-rating against each of the "
           "national outcomes, with examples from the applicant's own work, checked at the Starting "
           "Meeting with a Bench Tutor, who looks for evidence and for knowledge that has gone out of date. The Sheet "
           "and the meeting set the OWN PATTERN."),
    ("RT", "ENTRY; OWN PATTERN"),
])
term("SUITABILITY", [
    ("SN", "Checks that people working on the Award are suitable to work with children. All Bench Tutors, Home Bench "
           "Mentors from outside the participant's school, and Visiting Bench hosts who are not employed by the host "
           "school hold an enhanced CRB disclosure, renewed every three years and checked by the Guild Clerk. "
           "Participants, who are serving teachers, are checked by their employers under safer recruitment; the "
           "Guild does not ask for evidence of it."),
    ("UF", "CRB disclosure; safeguarding checks"),
])

letter("T")
term("TUTORS' DAY", [
    ("SN", "A day each September for Bench Tutors and visiting specialists, with a half-day session for Home Bench "
           "Mentors, on the Award, its outcomes, the criteria for each Piece and each person's part in it, with the "
           "Tutor's Handbook. A new tutor marks alongside an experienced tutor in his or her first year."),
])
term("TWO SEWINGS", [
    ("SN", "The Award begins twice a year, in September (the Autumn Sewing) and in January (the Spring Sewing); each "
           "runs for twelve months. A participant may take up to two years, and may move from one Sewing to the next "
           "if a term is lost, for instance through illness."),
    ("RT", "BENCH DAY; FOLIO"),
])

letter("U")
term("UNIVERSITY OF KESSINGHAM", [
    ("SN", "The awarding university. Its School of Education validated the Award and registers participants as its "
           "students; its programme leader, Dr Nathaniel Ormerod, sits on the Award Board."),
])

letter("V")
term("VISITING BENCH", [
    ("SN", "A day each participant spends in a setting other than his or her own school, arranged by the Clerk: one of "
           "the County's two special schools, the Language Unit at Chaldon Primary, the Autism Base at Brecklow High "
           "or the Pupil Referral Unit. A host teacher meets the participant, who observes provision against a task set "
           "at Gathering. Hosts are chosen by the County's Principal Officer from settings Ofsted judged good or "
           "outstanding."),
    ("UF", "placement"),
])

letter("Y")
term("YOUNG BINDERS", [
    ("SN", "Pupils aged 11 to 16 from the Guild's Schools Programme at two special schools, who bind books at the Hall "
           "on Saturday mornings with their teachers' and parents' agreement."),
])

# ---------------------------------------------------------------- Part C concordance
doc.add_heading("Part C  Concordance with the national outcomes", level=1)
para(doc, "The national outcomes are given here in our own words and in the order of the specification.")
rows = [
    ("G", "Professional attributes"),
    ("1", "Fair, respectful and constructive relationships with pupils and with their parents or carers",
     "Rounding and Backing", "exact", "Piece 2"),
    ("2", "Winning the commitment of colleagues, the headteacher and senior leaders", "Covering", "exact", "Piece 3"),
    ("3", "Setting priorities, managing time, delegating and seeing that tasks are done", "Finishing", "close", "\u2014"),
    ("4", "Anticipating and solving problems; sound judgement on provision", "Finishing", "exact", "Piece 4"),
    ("5", "Clear speech and writing; listening to and understanding others", "Covering", "exact", "Piece 4"),
    ("6", "Using research and outside advice to improve one's own and colleagues' practice", "Sewing", "exact",
     "Pieces 2 and 4"),
    ("7", "Keeping up to date; owning one's professional development in SEN", "Sewing", "close", "\u2014"),
    ("G", "Knowledge and understanding"),
    ("8", "SEN law and guidance, the Code of Practice, and putting them into practice", "Folding", "exact", "Piece 1"),
    ("9", "Every Child Matters and the SENCO's part in its outcomes", "Rounding and Backing", "exact", "Piece 2"),
    ("10", "Disability equality law and the actions it requires", "Folding", "exact", "Piece 1"),
    ("11", "How children develop and what affects their development", "\u2014", "none", "\u2014"),
    ("12", "The common types of SEN and disability and how they affect learning", "Gathering", "exact", "Piece 2"),
    ("13", "Approaches, strategies and resources, ICT included, judged critically", "Sewing", "exact", "Piece 2"),
    ("14", "School self-evaluation and improvement, as they bear on SEN", "\u2014", "related", "Piece 3"),
    ("15", "Best practice and research in meeting SEN", "Sewing", "exact", "Piece 2"),
    ("16", "What other services and agencies do, and getting their help", "Finishing", "exact", "Piece 3"),
    ("G", "Skills"),
    ("17", "Shaping the school's inclusive ethos, policy, priorities and resources with senior leaders and governors",
     "Covering", "exact", "Piece 3"),
    ("18", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Gathering", "exact",
     "Piece 2"),
    ("18a", "Using other professionals' assessments in teaching", "Gathering", "exact", "Pieces 1 and 2"),
    ("18b", "Using summative assessment and national tests to track progress", "Gathering", "exact", "Piece 1"),
    ("18c", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", "Covering",
     ("exact", "close"), ("Piece 3", "\u2014")),
    ("18d", "Arrangements for national tests and examinations", "\u2014", "none", "\u2014"),
    ("19", "Provision mapping; finding provision that fails or is missing", "Boarding", "exact", "Piece 3"),
    ("20", "Deploying and managing staff", "Boarding", "exact", "Piece 3"),
    ("21", "Developing colleagues: observation, feedback, modelling, coaching, training", "Covering", "exact",
     "Piece 3"),
    ("22", "Reviewing provision with staff for the school's self-evaluation and planning", "Boarding", "exact",
     "Piece 3"),
    ("23", "Involving pupils in planning and reviewing their provision", "Rounding and Backing", "close", "\u2014"),
    ("24", "Working with parents and carers", "Rounding and Backing", "exact", "Piece 2"),
    ("25", "Partnership with other services and voluntary organisations", "Finishing", "exact", "Piece 3"),
]
ct = doc.add_table(rows=len(rows) + 1, cols=5)
table_borders(ct, sz=4, color="5A4632")
for j, h in enumerate(["No.", "National outcome (in our words)", "Guild term", "Match", "Proved in"]):
    cell_text(ct.cell(0, j), [(h, {"bold": True})], size=9)
    shade_cell(ct.cell(0, j), "D9C8AE")
k6_row = None
for i, r in enumerate(rows, start=1):
    if r[0] == "G":
        m = ct.cell(i, 0).merge(ct.cell(i, 4))
        cell_text(m, [(r[1], {"bold": True, "italic": True})], size=9)
        shade_cell(m, "EFE6D8")
        continue
    no, outc, gterm, match, proved = r
    cell_text(ct.cell(i, 0), no, size=9)
    cell_text(ct.cell(i, 1), outc, size=9)
    cell_text(ct.cell(i, 2), gterm, size=9)
    if isinstance(match, tuple):
        cell_ins_del(ct.cell(i, 3), match[0], match[1], author="Hester Quayle", date="2009-01-08T17:40:00Z", size=9)
        cell_ins_del(ct.cell(i, 4), proved[0], proved[1], author="Hester Quayle", date="2009-01-08T17:40:00Z", size=9)
    else:
        cell_text(ct.cell(i, 3), match, size=9)
        cell_text(ct.cell(i, 4), proved, size=9)
    if no == "13":
        k6_row = ct.cell(i, 1)
col_widths(ct, [1.1, 8.2, 3.3, 1.6, 2.4])
doc.add_comment(k6_row.paragraphs[0].runs, text="Is ICT really covered in enough depth at Sewing? Ask Alan. OP",
                author="Owen Pardew", initials="OP")
para(doc, "", space_after=2)
para(doc, "Numbers 18a to 18d are the four parts of number 18 in the specification.", space_before=4)

save(doc, OUT)
print("wrote", OUT)
