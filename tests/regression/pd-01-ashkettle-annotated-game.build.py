"""pd-01-ashkettle-annotated-game: build pd-01-ashkettle-annotated-game.docx next to this script.

Provider (invented): the Ashkettle Scrabble Club Education Trust, the education charity of a town
Scrabble club, with the University of Haverleigh (which validates and awards) and Calderwick
Metropolitan Borough Council. Application for the 2008-09 round, dated 20 February 2009, to run the
National Award for SEN Coordination from September 2009.

Document kind and layout: the course written up as one of the club magazine's "Annotated Games"
(a tournament game written up move by move with the annotator's remarks and the analysis program's
second opinion). No heading styles at all: titles are bold capitals typed into shaded Normal-based
custom paragraphs ("PD Title"); the annotator's prose is a custom "PD Annotation" style and the
program's alternatives a custom italic "PD Quackle" style. A masthead table and a title block with
merged cells; a shaded Notation table near the front that defines the club's words (Sitting, Home
Game, Bingo, Blank, Opening Rack, Game Plan, Tile Turners, Scorekeepers, Word Judge, Challenge,
Kibitzers' Table) and keys the values of the outcome table ("PHONY", "ON RACK", "IN THE BAG") many
pages before that table; a 15 x 15 board drawn as a table of single letters with shaded premium
squares; a scoresheet table; each move a one-row shaded table followed by its annotation, with
"!", "?!" marks; a floating VML text box ("Kibitzers' Corner") of stakeholders' quoted words; the
outcome table (the "Tile Tracking Sheet", 28 outcome rows (no row for 6.K4) in three merged, shaded group rows by tile
value, plus a row of blanks) in a landscape section at the end; header and footer with a PAGE
field; tracked changes (the credit value in the title block: "40 credits at Level 6" deleted,
"60 credits at Master's level (Level 7)" inserted; a whole deleted paragraph about a Scorekeepers'
briefing evening); one Word comment; one footnote.

Traps (requirement ids):
- "Quackle" lines are alternatives the Trust considered and did not play. The assessment-only route
  appears only there, followed by "We did not play it." (2.3 not_met). Online tutor surgeries appear
  only as Quackle's preference and as another club's (Skelwith) arrangement (3.3).
- 3.3: there is e-learning (the "Club Board" on the University's Blackboard), with peer threads and
  materials, but "Tile Turners do not answer on the Board" and questions wait for the next Sitting:
  direct tutor support exists only face to face, so partially_met.
- 1.1: the Trust's aim is attainment only ("reading, spelling and reaching their targets in English
  and mathematics"); ECM appears only as knowledge taught at S1 (1.1 partially_met; 6.K2 met).
- 1.5 / 6.S7: the "Junior Wordsmiths" panel is the Trust hearing pupils, not participants learning to
  consult them; "how participants go on to hear their own pupils is for each school to decide"
  (1.5 partially_met). Pupil involvement is drawn at S4 but ON RACK (6.S7 partially_met).
- 4.3: stakeholders help deliver (LA officers co-teach, heads are Scorekeepers) but their part in
  evaluation is only wished for ("We would like the Kibitzers' Table to help judge the first year")
  (partially_met). 4.1 and 4.2 met by the October 2008 survey and the changes it caused.
- 5.3: "we do not ask candidates for their disclosure details, which their employers hold":
  someone else's responsibility (not_met). The footer's CRB sentence is about the Trust's own
  volunteers, and a comment asks whether to check: neither counts.
- 5.5: placements were a pilot arrangement in 2008 that "has ended and there is no placement in
  2009-10" (past arrangement); specialist guests are real (partially_met).
- 5.7: Scorekeepers get only a one-sided card; the briefing evening is a deleted tracked paragraph
  (partially_met).
- 5.9: participants' confidence is measured before and after; effect on pupils only hoped for
  ("we hope to see the effect") (partially_met).
- 6.0: the Award follows passing the three Bingos and attending eight Sittings, beside a blanket
  claim that "every tile drawn is played by the end of the game" which the Tile Tracking Sheet
  contradicts (6.0 and 1.9 partially_met).
- E.2: met only through the inserted tracked change (the deleted "40 credits at Level 6" does not
  count) and the Bingos' "20 credits at Level 7".
- Tile Tracking Sheet: ON RACK (taught, not assessed) for 6.A3, 6.S2b, 6.S7; PHONY (feedback only,
  no mark) for 6.A5, 6.S2d; IN THE BAG (no Sitting) but marked in B3 for 6.K7; IN THE BAG and "-"
  for 6.S2c (not_met); child development (6.K4) absent from the sheet and the text (not_met).
- Board letters (SENCO, PARENTS, OUTCOME, VOICE, PUPIL, LEARN) are decoration, not evidence.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Mm

from _pd_helpers import (a4, cell_write, cell_para, col_widths, del_run, delete_paragraph_whole, footnotes,
                         ins_run, landscape_section, page_field, run, shade_cell, shade_para, table_borders,
                         textbox, row_height, cell_valign, para_border, repeat_header)

OUT = HERE / "pd-01-ashkettle-annotated-game.docx"
GREEN = "1F4E3D"
PALE = "E8F0E8"
AUTH = "Margaret Ollerenshaw"
DATE = "2009-02-18T16:20:00Z"

doc = docx.Document()
a4(doc.sections[0])
st = doc.styles
st["Normal"].font.name = "Georgia"
st["Normal"].font.size = Pt(10)

s_title = st.add_style("PD Title", WD_STYLE_TYPE.PARAGRAPH)
s_title.base_style = st["Normal"]
s_title.font.bold = True
s_title.font.size = Pt(11)
s_title.font.all_caps = True
s_title.paragraph_format.space_before = Pt(12)
s_title.paragraph_format.space_after = Pt(4)
s_title.paragraph_format.keep_with_next = True

s_ann = st.add_style("PD Annotation", WD_STYLE_TYPE.PARAGRAPH)
s_ann.base_style = st["Normal"]
s_ann.paragraph_format.space_after = Pt(5)
s_ann.paragraph_format.first_line_indent = Mm(4)

s_q = st.add_style("PD Quackle", WD_STYLE_TYPE.PARAGRAPH)
s_q.base_style = st["Normal"]
s_q.font.italic = True
s_q.font.size = Pt(9)
s_q.paragraph_format.left_indent = Mm(10)
s_q.paragraph_format.space_after = Pt(5)


def title(text):
    p = doc.add_paragraph(style="PD Title")
    p.add_run(text)
    shade_para(p, PALE)
    return p


def ann(text, style="PD Annotation"):
    p = doc.add_paragraph(style=style)
    p.add_run(text)
    return p


def quackle(text):
    p = doc.add_paragraph(style="PD Quackle")
    r = p.add_run("Quackle: ")
    r.bold = True
    p.add_run(text)
    return p


def move(no, rack, play, score):
    t = doc.add_table(rows=1, cols=4)
    table_borders(t, 4, GREEN)
    vals = ["Move %s" % no, rack, play, score]
    for i, v in enumerate(vals):
        c = t.rows[0].cells[i]
        cell_write(c, v, bold=(i in (0, 3)), size=9, color="FFFFFF" if i == 0 else None)
        shade_cell(c, GREEN if i == 0 else PALE)
    col_widths(t, [52, 120, 230, 60])
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "ASHKETTLE ANNOTATED GAMES  \u00b7  No. 14  \u00b7  written up for the TDA panel"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run("Ashkettle Scrabble Club Education Trust, registered charity no. 1108842, The Pavilion Rooms, "
               "Chapel Walk, Ashkettle. All Trust volunteers who go into schools hold an enhanced CRB disclosure.   ")
r.font.size = Pt(7)
page_field(fp, "")

# ------------------------------------------------------------------ masthead
m = doc.add_table(rows=1, cols=1)
c = m.rows[0].cells[0]
shade_cell(c, GREEN)
cell_write(c, "ASHKETTLE ANNOTATED GAMES", bold=True, size=20, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
p = cell_para(c, "Championship games, written up move by move, for members who want to know why", italic=True, size=9)
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
doc.add_paragraph()

# ------------------------------------------------------------------ title block (merged cells)
tb = doc.add_table(rows=8, cols=4)
table_borders(tb, 6, GREEN)
top = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_write(top, "GAME No. 14:  \u201cTHE AWARD\u201d", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
shade_cell(top, PALE)
rows = [
    ("Event", "Application for approval to run the National Award for SEN Coordination (TDA for the DCSF), first year 2009-10"),
    ("Player", "Ashkettle Scrabble Club Education Trust, with the University of Haverleigh (School of Education) "
               "and Calderwick Metropolitan Borough Council"),
    ("Against", "The 2009-10 year: one group of up to eighteen SENCOs from Calderwick schools and the neighbouring authorities"),
    ("Annotator", "Margaret Ollerenshaw, Education Officer and Club Director of the course (club rating 1764)"),
    ("Credits", None),
    ("Lexicon", "Our words, not the panel's: see the Notation below before reading the moves"),
    ("Written", "20 February 2009"),
]
for i, (k, v) in enumerate(rows, start=1):
    a = tb.cell(i, 0)
    cell_write(a, k, bold=True, size=9)
    shade_cell(a, PALE)
    b = tb.cell(i, 1).merge(tb.cell(i, 3))
    if v is not None:
        cell_write(b, v, size=9)
    else:
        b.text = ""
        pp = b.paragraphs[0]
        run(pp, "The University of Haverleigh's Postgraduate Certificate in SEN Coordination, ", size=9)
        del_run(pp, "40 credits at Level 6", AUTH, DATE, size=9)
        ins_run(pp, "60 credits at Master's level (Level 7)", AUTH, DATE, size=9)
        run(pp, ", validated by the University's Academic Standards Committee on 11 February 2009", size=9)
col_widths(tb, [70, 130, 130, 130])

# ------------------------------------------------------------------ before the first move
title("Before the first move")
ann("Members know our Annotated Games: a championship game written up move by move, with the "
    "annotator's remarks and a second opinion from Quackle, the club's analysis program. When the Trust's board asked how our SENCO course would run, I wrote it up the same way, and "
    "this is that write-up, tidied for the panel. The course is real; the game is the year it runs. Every move "
    "below is part of the course as we will run it from September 2009, unless the annotation says otherwise.")
ann("A word of warning about Quackle. Where a move is followed by what Quackle preferred, that is a road we "
    "looked down and did not take. It tells you what we are not doing, not what we are.")
ann("The course is the University of Haverleigh's Postgraduate Certificate in SEN Coordination (National "
    "Award). The University validated it in February 2009, awards the credits and the certificate, and holds the "
    "examination board; the Trust teaches it under the University's collaborative provision agreement, and "
    "Calderwick's SEN team teaches two of the Sittings with us. Each of the three Bingos carries 20 credits "
    "at Level 7.")

title("Who is playing")
ann("The Trust was set up by the Ashkettle Scrabble Club in 1996. Since then it has run Word Play sessions in "
    "twenty-three Calderwick primary and special schools and a Saturday spelling club for pupils with dyslexia. I was SENCO at St Wilfrid's Junior "
    "School for eleven years before I came to the Trust, and I chair the Calderwick SENCO network.")
ann("The Trust's aim for the course is simple: more of Calderwick's pupils with SEN reading, spelling and "
    "reaching their targets in English and mathematics. Everything in the year is scored against that.")

# ------------------------------------------------------------------ notation
title("Notation")
ann("The club's words are used throughout. This table is the key to them, and to the Tile Tracking Sheet at "
    "the end of the game.")
notation = [
    ("Sitting (S1-S10)", "A taught study day, 9.30 to 3.30, at the Pavilion Rooms or at the University's Calderwick Centre."),
    ("Home Game (HG1-HG6)", "A task done in the participant's own school between Sittings, agreed with the head and signed off by the Scorekeeper."),
    ("Bingo (B1, B2, B3)", "One of the three marked pieces of work. In Scrabble a bingo uses all seven tiles; each of ours uses everything drawn so far."),
    ("Rack", "What a participant brings to a move: their school, their role, their pupils."),
    ("Opening Rack", "The needs assessment every participant completes before the first Sitting (Move 1)."),
    ("Game Plan", "The participant's individual training plan, written from the Opening Rack."),
    ("Blank", "Credit for earlier learning (Move 2). A blank can stand for any letter; a Blank stands in for a Bingo."),
    ("Club Director", "The programme leader (the annotator)."),
    ("Tile Turners", "The course tutors."),
    ("Scorekeepers", "School-based mentors, one for each participant, usually a deputy or assistant head in the participant's school."),
    ("Word Judge", "The University's external examiner."),
    ("Challenge", "Second marking and moderation of a Bingo."),
    ("Kibitzers' Table", "The Trust's group of people with a stake in the course: heads, SENCOs, parents, the authority, a young people's panel."),
    ("Tile Tracking Sheet", "The record of the national outcomes, at the end of this write-up. Each outcome is a tile. "
     "\"Drawn\" gives the Sitting at which it is taught. \"Played\" gives the Bingo in which it is marked."),
    ("PHONY", "In the Played column: the outcome is put down in that Bingo but challenged off. The participant gets "
     "written comments on it from the Tile Turner and no mark, and it does not count towards passing."),
    ("ON RACK", "In the Played column: the tile is drawn at its Sitting and held. It is taught but not played in any Bingo."),
    ("IN THE BAG", "In the Drawn column: no Sitting draws the tile."),
    ("! ?! ?", "After a move: ! a good move; ?! a move we are unsure of; ? a weak move we know about."),
]
nt = doc.add_table(rows=1 + len(notation), cols=2)
table_borders(nt, 4, "7F7F7F")
cell_write(nt.cell(0, 0), "Term", bold=True, size=9)
cell_write(nt.cell(0, 1), "Meaning in this write-up", bold=True, size=9)
for c in nt.rows[0].cells:
    shade_cell(c, "C9DCC9")
for i, (k, v) in enumerate(notation, start=1):
    cell_write(nt.cell(i, 0), k, bold=True, size=9)
    cell_write(nt.cell(i, 1), v, size=9)
    shade_cell(nt.cell(i, 0), PALE)
    shade_cell(nt.cell(i, 1), "F4F8F4")
col_widths(nt, [110, 350])

# ------------------------------------------------------------------ the board
title("The board when the last tile is played")
ann("Non-players may skip the board.")
TW = {(0, 0), (0, 7), (0, 14), (7, 0), (7, 14), (14, 0), (14, 7), (14, 14)}
DW = {(i, i) for i in range(1, 5)} | {(i, 14 - i) for i in range(1, 5)} | {(14 - i, i) for i in range(1, 5)} | \
     {(14 - i, 14 - i) for i in range(1, 5)} | {(7, 7)}
TL = {(1, 5), (1, 9), (5, 1), (5, 5), (5, 9), (5, 13), (9, 1), (9, 5), (9, 9), (9, 13), (13, 5), (13, 9)}
DL = {(0, 3), (0, 11), (2, 6), (2, 8), (3, 0), (3, 7), (3, 14), (6, 2), (6, 6), (6, 8), (6, 12), (7, 3), (7, 11)}
DL |= {(14 - r, c) for (r, c) in DL}
letters = {}
for i, ch in enumerate("SENCO"):
    letters[(7, 4 + i)] = ch
for i, ch in enumerate("PARENTS"):
    letters[(3 + i, 6)] = ch
for i, ch in enumerate("OUTCOME"):
    letters[(7 + i, 8)] = ch
for i, ch in enumerate("VOICE"):
    letters[(11, 7 + i)] = ch
for i, ch in enumerate("PUPIL"):
    letters[(3, 6 + i)] = ch
for i, ch in enumerate("LEARN"):
    letters[(3 + i, 10)] = ch
bd = doc.add_table(rows=15, cols=15)
bd.alignment = WD_TABLE_ALIGNMENT.CENTER
table_borders(bd, 4, "FFFFFF")
for r_ in range(15):
    row_height(bd.rows[r_], 15)
    for c_ in range(15):
        cell = bd.cell(r_, c_)
        ch = letters.get((r_, c_), "")
        if ch:
            fill = "F2E2B6"
        elif (r_, c_) in TW:
            fill = "D9534F"
        elif (r_, c_) in DW:
            fill = "F4B6B4"
        elif (r_, c_) in TL:
            fill = "4A7FB5"
        elif (r_, c_) in DL:
            fill = "B7D3EC"
        else:
            fill = "D8E4D0"
        shade_cell(cell, fill)
        cell_write(cell, ch, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_valign(cell)
col_widths(bd, [17] * 15)
p = doc.add_paragraph()
run(p, "Dark red: triple word. Pink: double word. Dark blue: triple letter. Light blue: double letter.", italic=True, size=8)

# ------------------------------------------------------------------ scoresheet
title("The scoresheet")
sheet = [
    ("1", "June-July 2009", "Opening Rack and Game Plan", "-"),
    ("2", "July 2009", "Blanks (credit for earlier learning)", "-"),
    ("3", "19 Sep 2009", "S1  The rules of the game", "-"),
    ("4", "10 Oct 2009", "S2  Reading the lexicon", "-"),
    ("5", "7 Nov 2009", "S3  The tile distribution", "-"),
    ("6", "Oct 2009-Jun 2010", "Home Games HG1-HG6 and the Scorekeepers", "-"),
    ("7", "5 Dec 2009", "S4  Across the table: pupils and parents", "-"),
    ("8", "16 Jan 2010", "S5  Finding the word", "-"),
    ("9", "6 Feb 2010", "S6  The map of the board; B1 due 1 March", "20"),
    ("10", "13 Mar 2010", "S7  Other players in the room", "-"),
    ("11", "24 Apr 2010", "S8  Playing with the committee; B2 due 10 May", "40"),
    ("12", "22 May 2010", "S9  Running the club night", "-"),
    ("13", "3 Jul 2010", "S10  The endgame; B3 due 19 July", "60"),
    ("14", "Sep 2010", "Adjudication: the University's examination board", "60"),
]
sh = doc.add_table(rows=1 + len(sheet), cols=4)
table_borders(sh, 4, "7F7F7F")
for i, h in enumerate(["Move", "When", "Play", "Credits (running total)"]):
    cell_write(sh.cell(0, i), h, bold=True, size=9)
    shade_cell(sh.cell(0, i), "C9DCC9")
for r_, vals in enumerate(sheet, start=1):
    for i, v in enumerate(vals):
        cell_write(sh.cell(r_, i), v, size=9)
col_widths(sh, [40, 95, 265, 60])
ann("Each Sitting is played twice: on the Saturday given, at the Pavilion Rooms, and again as a pair of "
    "twilight sessions (4.15 to 7.15) on the Tuesday and Wednesday after, at the University's Calderwick "
    "Centre. A participant may come to either and may change from one to the other during the year.")

# ------------------------------------------------------------------ moves
title("The game")

move("1", "Every participant's school, role and pupils", "OPENING RACK, then the GAME PLAN", "0")
ann("A quiet opening, and the right one!  Before the first Sitting, every participant completes the Opening "
    "Rack: a self-rating of each tile on the Tile Tracking Sheet on a four-point scale (new to me / know of it / "
    "do it / could teach it), a school context sheet signed by the head, and a one-hour conversation with the "
    "Tile Turner who will be their tutor for the year. The ratings are a guide, not a test, and the Tile Turner "
    "looks for the over-confident rating as much as the modest one: a teacher who \"knows the Code\" from 1994 "
    "does not know the Code.")
ann("From the Opening Rack the participant and the tutor write the Game Plan together. It sets out the "
    "participant's priorities among the tiles, the Home Games they will play for them, any Sittings they may "
    "miss because the tile is already well placed on their rack (they take a tutorial instead), and two or three "
    "extra words of their own: personal outcomes, beyond the national ones, taken from their school's "
    "development plan. The Game Plan is looked at again at the tutorials after S3, S6 and S9, and the Bingo "
    "titles are agreed against it.")
ann("The Opening Rack conversation is also where we decide whether a candidate is ready. Candidates must be "
    "qualified teachers, in post as SENCO or named by the head to become SENCO during 2009-10, with the head's "
    "signed nomination. If the conversation shows that a candidate has not yet worked with pupils with SEN for a "
    "year, or the written part suggests that Master's-level writing will be beyond them this year, the Club "
    "Director offers a deferral, a reading list and a place at the Trust's \"Getting Started\" twilights, and "
    "telephones the head to agree what happens next.")

move("2", "Earlier study and experience", "BLANKS", "0")
ann("A participant who already holds Master's-level credit from earlier SEN study (the University's old "
    "Specific Learning Difficulties module is the usual one) may claim up to 20 credits in place of B1. The "
    "earlier work is mapped against the B1 tiles, and the claim is accepted or refused by the Club Director with "
    "the University's accreditation of prior learning tutor. Experience without a certificate may be claimed "
    "as well: the participant builds a portfolio of evidence against the B1 tiles and is questioned on it by two "
    "Tile Turners. A Blank scores the credit but not the points: the University records it as credit, not as "
    "a mark.")
quackle("preferred exchanging the whole rack: an assessment-only route, taking experienced SENCOs straight to "
        "the three Bingos with no Sittings at all, valued at +12. The Skelwith Word Club's course across the "
        "Pennines plays it that way.")
ann("We did not play it. The University would need to approve a separate route, and the board would rather "
    "everyone sat the year. Experienced people can use the Blanks and the Game Plan to miss Sittings they do not "
    "need, but they still play B2 and B3.  ?!")

move("3", "Tiles 8 and 9", "S1  THE RULES OF THE GAME", "0")
ann("Every game starts with the rules. S1 works through the SEN Code of Practice (2001) and the SEN Toolkit, "
    "the Special Educational Needs and Disability Act 2001, the Education Act 1996 as amended, and what each "
    "asks of the school, the governors and the SENCO, using participants' own school SEN policies as the text. "
    "The afternoon is Every Child Matters: the five outcomes, the Children Act 2004, the Common Assessment "
    "Framework and the SENCO's part in the team around the child. Calderwick's Principal Officer for SEN teaches "
    "it with me.")

move("4", "Tiles 6 and 14", "S2  READING THE LEXICON", "0")
ann("The lexicon is the book of allowed words; S2 is the book of evidence. Participants read and argue about "
    "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does "
    "it matter where pupils are taught? (2006), the Bercow Review of services for children and young people "
    "with speech, language and communication needs (2008), the Lamb Inquiry's terms of reference on parental "
    "confidence, and the Rose review of provision for pupils with dyslexia now under way. Dr Ifeoma Adeyemi "
    "runs a workshop on reading a research paper, and each participant leaves with one study to try in school "
    "as HG1.")
fp2 = ann("A strong play: the Tile Turners revise the reading list each summer.")
footnotes(doc).add(fp2, "The 2009-10 reading list (32 items) is available from the Trust on request; it is also "
                        "posted on the Club Board.")

move("5", "Tiles 10 and 11", "S3  THE TILE DISTRIBUTION", "0")
ann("Every player learns how many of each tile there are. S3 is the distribution of need in Calderwick's schools: behavioural, emotional and social difficulties; dyslexia and "
    "the other specific learning difficulties; speech, language and communication needs; autistic spectrum "
    "disorders; moderate learning difficulties; and how each gets in the way of learning in a classroom. The "
    "afternoon is disability equality: the Disability Discrimination Act 1995 as amended in 2005, the disability "
    "equality duty, the school's accessibility plan and reasonable adjustments for disabled pupils, taught by "
    "the authority's Access Officer.")

move("6", "Each participant's school", "HOME GAMES HG1-HG6, with the SCOREKEEPER", "0")
ann("Between Sittings the course is played in the participant's own school. There are six Home Games, each "
    "tied to the tiles of the Sitting before it: trying a research finding (HG1), observing a pupil with the "
    "class teacher (HG2), a review meeting with a family (HG3), a provision map for one year group (HG4), "
    "coaching a teaching assistant (HG5) and a presentation to the senior team (HG6). Each is agreed with the "
    "head, recorded on one sheet and signed off by the Scorekeeper, and each feeds a Bingo. This is where the "
    "course changes practice: every Home Game must leave something different in the school, and the Scorekeeper "
    "signs to say what it was.  !")

p = doc.add_paragraph(style="PD Annotation")
p.add_run("Scorekeepers are named on the head's nomination form. ")
p2 = doc.add_paragraph(style="PD Annotation")
p2.add_run("All Scorekeepers will come to a briefing evening at the Pavilion Rooms in September, where the Club "
           "Director goes through the Home Games, the observation for B3 and the Scorekeeper's part in the Game Plan.")
delete_paragraph_whole(p2, AUTH, DATE)
ann("Every Scorekeeper receives the Scorekeeper's Card: one side of A4 saying what a Scorekeeper does (meets the "
    "participant twice a term, signs off the Home Games, observes one session for B3). The Tile Turners are the "
    "people named under The Players, and know the course.")

move("7", "Tiles 1, 5, 26 and 27", "S4  ACROSS THE TABLE: PUPILS AND PARENTS", "0")
ann("The morning is with families. The Calderwick Parent Partnership Service and two parents from its forum "
    "run a mock annual review with the participants, who take turns to chair it. Participants practise explaining an assessment to a parent "
    "without jargon, in pairs, and get feedback from the parents. HG3 follows: a review meeting in school "
    "that the participant plans and runs with a family.")
ann("In the afternoon our young people's panel, the Junior Wordsmiths (eight pupils from the Saturday "
    "spelling club, with their parents' agreement), sit in and tell the participants what helps them in a "
    "lesson and what does not. Listening to them is the point of the afternoon; how participants go on to hear "
    "their own pupils is for each school to decide. A good-looking move, but it leaves a tile on the rack.  ?")

move("8", "Tiles 12, 17, 19 and 21", "S5  FINDING THE WORD", "0")
ann("Identification, targets and intervention. Participants work through the cycle with real (anonymised) "
    "data from their own schools: classroom observation, teacher assessment, reading and spelling ages, and "
    "the Trust's own word-games screening, leading to SMART targets, a planned intervention and a review date. "
    "The second half is approaches and resources, judged critically rather than collected: structured phonics, "
    "precision teaching, visual timetables, and ICT (Clicker 5, Wordshark, text-to-speech), with participants asked to say when each would be the wrong choice. There is a short "
    "session on using the optional and statutory test results to see who is falling behind, and on access "
    "arrangements for the Key Stage 2 tests and GCSEs and when to apply for them.")

move("9", "Tiles 4 and 22", "S6  THE MAP OF THE BOARD;  B1", "20")
ann("A whole day on provision mapping, the heads' first request (see Kibitzers). Participants bring their "
    "school's map, cost it, and look for gaps and for provision that is not working; then the group works "
    "through three dilemmas where the map and the money disagree, and has to reach a decision and defend it. B1 "
    "is due on 1 March.  !")

move("10", "Tiles 15, 18 and 28", "S7  OTHER PLAYERS IN THE ROOM", "0")
ann("Who else is in the room for a pupil with SEN. Guest Tile Turners this year are an educational "
    "psychologist, a speech and language therapist from the Calderwick Primary Care Trust, the head of the "
    "Sensory Support Service, a CAMHS primary mental health worker and the coordinator of the Calderwick "
    "Dyslexia Association, a voluntary group. Each brings a real (anonymised) report and participants work "
    "out what it means for the class teacher. Participants also build a directory of "
    "services for their own school, with how to refer and how long it takes.")
ann("In the 2008 pilot every participant spent a day at Foxhill Special School as part of this move. That "
    "arrangement has ended and there is no placement in 2009-10; participants who want a visit may arrange one "
    "through their own authority.")
quackle("preferred keeping the Foxhill day, valued at +6.")

move("11", "Tiles 2 and 16", "S8  PLAYING WITH THE COMMITTEE;  B2", "20")
ann("Working with the head, the senior team and governors on the school's inclusion policy, priorities and "
    "budget, and getting the staff behind it. A governor from a Calderwick primary and a head from our "
    "Kibitzers' Table take part, and participants rehearse a ten-minute case to governors for a change they want "
    "(HG6 is the real thing). B2 is due on 10 May.")

move("12", "Tiles 3, 23 and 24", "S9  RUNNING THE CLUB NIGHT", "0")
ann("Managing and deploying teaching assistants and other adults, and developing colleagues: observation "
    "and feedback, modelling, coaching (HG5), and planning a short training session for staff. The last hour is "
    "on the SENCO's own week: priorities, time, and what to hand on to whom. We have not found a way to mark "
    "that hour, so it stays on the rack.")

move("13", "Tiles 7 and 25", "S10  THE ENDGAME;  B3", "20")
ann("The endgame is where games are won. S10 is about reviewing with colleagues how well the school's provision "
    "is working, and reporting what they find to whoever writes the school's self-evaluation, and about the "
    "SENCO's own development after the Award. Each participant writes a Next Tournament sheet: three professional targets for the year "
    "after the Award, drawn from their B3 evaluation, which they take to a meeting with their head or line "
    "manager before the end of July. The Club Director gives each participant a page of next steps: the "
    "University's MA in Education (the 60 credits count towards it), the Dyslexia Association's courses, the "
    "Calderwick SENCO network.")
ann("A note for the club's own readers: every tile drawn is played by the end of the game.")

move("14", "Everything on the board", "ADJUDICATION", "60")
ann("The Award is made when a participant has passed B1, B2 and B3 (or holds a Blank for B1 and has passed "
    "B2 and B3) and has attended at least eight Sittings. The University's examination board, with the Word "
    "Judge present, confirms the results in September 2010.")

# ------------------------------------------------------------------ bingos
title("The three Bingos")
bingo = [
    ("B1  The Provision Map Case (20 credits at Level 7)",
     "A provision map for one year group in the participant's school, costed, with an account of what is missing "
     "or not working and what the participant decided to do about it; and a case study of one pupil from "
     "identification to review, using the reports of other professionals to plan teaching, and arguing from "
     "research and Ofsted evidence for the approaches and ICT chosen. It must set out what the Code of Practice "
     "and the disability equality duty require of the school for that pupil and how the school meets it, and "
     "which common type of need the pupil has and how it affects learning. 4,000 words. Comments on access "
     "arrangements for tests are given but not marked."),
    ("B2  Around the Table (20 credits at Level 7)",
     "An account (2,500 words) of HG3, the review meeting run with a family and at least one outside agency or "
     "voluntary organisation, judged on the relationship with the pupil and family, the joint plan agreed, and "
     "how the Every Child Matters outcomes were used; then a twenty-minute presentation to the Tile Turners about "
     "it. The presentation gets written comments on clarity and listening but the mark is for the written account."),
    ("B3  Running the Club (20 credits at Level 7)",
     "An improvement project led in the participant's own school: a change in how provision for pupils with SEN "
     "is reviewed or run, agreed with the head and governors, carried out with staff (including the deployment of "
     "teaching assistants and the coaching of at least one colleague, observed once by the Scorekeeper), and "
     "evaluated with colleagues against the school's self-evaluation form. It closes with the participant's own "
     "development record for the year. 5,000 words."),
]
for h, body in bingo:
    p = doc.add_paragraph(style="PD Annotation")
    run(p, h, bold=True)
    ann(body)

title("Challenges and the Word Judge")
ann("Every Bingo is marked by the participant's Tile Turner against the University's Level 7 criteria and the "
    "Bingo's own sheet. Before each round of marking the Tile Turners meet for an hour to mark two pilot scripts "
    "together and agree the standard. A second Tile Turner then blind-marks every fail, every distinction and one "
    "in four of the rest; disagreements go to the Club Director and, if unresolved, to the University's link "
    "tutor. The Word Judge, Dr Helen Pryce of the University of Wenlow, sees a sample of every Bingo across the "
    "range of marks, all fails and all Blanks, reports to the University each year, and sits on the examination "
    "board.")

# ------------------------------------------------------------------ between moves
title("Between moves: the Club Board")
ann("Between Sittings the Club Board, a closed discussion area on the University's Blackboard site, holds the "
    "slides and reading for each Sitting and a thread for each Home Game, where participants post their plans "
    "and reply to one another. The Tile Turners put the materials up. Tile Turners do not answer on the Board: "
    "questions for a tutor are kept for the next Sitting or for the tutorials after S3, S6 and S9. Every "
    "participant has a University email address and Blackboard login from enrolment.")
quackle("preferred fortnightly online tutor surgeries on the Board, as the Skelwith course runs them, valued at +9.")

title("The clock: starting points and pace")
ann("There are two starting points. The main group starts with S1 on 19 September 2009; a second group starts "
    "in January 2010, plays S1 to S5 from January to May in a twilight run of its own, and joins the main group for "
    "S6 to S10 in its second year. Participants may take up to two years, may submit B1 and B2 in either order, "
    "and may move between the Saturday and twilight runs of a Sitting.")

title("Fair play")
ann("The application form asks, and explains why it asks, whether a candidate has a disability or long-term "
    "condition we should plan for; we ask again privately in the Opening Rack conversation. The Pavilion Rooms are on one level with a ramp, an accessible toilet and a portable induction loop. "
    "Handouts go out a week ahead in Word so that they can be enlarged or read aloud by software, and the course "
    "leaflet is available in large print and on audio CD. Bingo deadlines and formats are adjusted on the advice "
    "of the University's Disability Service (extra time; a spoken B1 in place of a written one). The course "
    "materials use disabled adults' own accounts, and S3's afternoon includes two disabled teachers from the "
    "Calderwick Disabled Staff Network.")
ann("The fee is \u00a31,250, about \u00a3400 less than the University's own postgraduate certificates, because "
    "the Trust's rooms and laptops cost the course nothing; participants who miss Sittings through their Game "
    "Plan pay the same fee and have the time back as tutorials.")

# ------------------------------------------------------------------ kibitzers
title("Kibitzers")
kp = ann("In October 2008 the Trust and Calderwick's SEN team asked all seventy-four Calderwick schools what a "
         "new SENCO most needs; forty-nine answered. Heads put provision mapping and managing teaching assistants "
         "first; SENCOs put time and paperwork; the Parent Partnership Service's forum of thirty-one parents put "
         "\"being listened to at reviews\". Because of that, S6 on provision mapping grew from half a day to a "
         "whole day, S9 on running the adults was added, and B2 now has to be about a review run with a family.")
textbox(kp, [("KIBITZERS' CORNER", True, False),
             ("\"I want my SENCO back in September able to run the TAs, not just timetable them.\"  A Calderwick head", False, True),
             ("\"Just let us finish a sentence at the review.\"  A parent from the forum", False, True),
             ("\"Provision maps, provision maps, provision maps.\"  Calderwick SEN team", False, True)],
        width_pt=170, height_pt=150, fill="FFF8E1")
ann("The Kibitzers' Table (four heads, three SENCOs, two parents from the forum, Calderwick's Principal Officer "
    "for SEN and the Dyslexia Association's coordinator) met twice while the course was written and read the "
    "draft. Its members help run the year: authority officers teach S1, S3 and S7 with us, heads act as "
    "Scorekeepers and take part in S8, and parents from the forum run S4's review. We would like the Kibitzers' "
    "Table to help judge the first year, and hope some heads will write to us about how their SENCO has changed.")

# ------------------------------------------------------------------ the players
title("The players")
ann("Tile Turners for 2009-10:")
staff = [
    ("Margaret Ollerenshaw", "Club Director", "MA (Special Educational Needs), OCR Diploma in SpLD; SENCO at St Wilfrid's Junior School 1997-2008; chairs the Calderwick SENCO network"),
    ("Dr Ifeoma Adeyemi", "Tile Turner; University link tutor", "Senior Lecturer in Inclusive Education, University of Haverleigh; PhD on provision mapping in primary schools (2006); external examiner for two SEN programmes"),
    ("Robert Kitching", "Tile Turner", "Senior educational psychologist, Calderwick; chartered psychologist; works in twelve Calderwick schools each term"),
    ("Anjali Desai", "Tile Turner", "SENCO and assistant head, Moor Lane High School; NPQH 2008; leads the authority's secondary SENCO cluster"),
]
stt = doc.add_table(rows=1 + len(staff), cols=3)
table_borders(stt, 4, "7F7F7F")
for i, h in enumerate(["Name", "Role on the course", "Qualifications and current work"]):
    cell_write(stt.cell(0, i), h, bold=True, size=9)
    shade_cell(stt.cell(0, i), "C9DCC9")
for r_, vals in enumerate(staff, start=1):
    for i, v in enumerate(vals):
        cell_write(stt.cell(r_, i), v, size=9)
col_widths(stt, [105, 100, 255])
ann("All four teach or advise in schools every term, and each spends two days a year on their own updating, "
    "logged with the Club Director.")

title("The equipment")
ann("Participants have the University library and its electronic journals from enrolment. The Trust's lending "
    "library at the Pavilion Rooms holds about three hundred books and the assessment kits participants need for "
    "B1 (among them the Dyslexia Screening Test, the Phonological Assessment Battery and the British Picture "
    "Vocabulary Scale). Two laptops loaded with Clicker 5, Wordshark, Write:OutLoud and voice recognition "
    "software are lent for a fortnight at a time for HG1 and HG4. The Pavilion Rooms have a projector and "
    "wireless access.")

title("Checks")
ck = doc.add_paragraph(style="PD Annotation")
rr = ck.add_run("Candidates are serving teachers and their schools have already checked them; we do not ask "
                "candidates for their disclosure details, which their employers hold.")
doc.add_comment([rr], text="Should we be asking for the CRB number and date ourselves? Skelwith do. J.",
                author="Jim Rowntree", initials="JR")

# ------------------------------------------------------------------ post-mortem
title("The post-mortem")
ann("Every Sitting has its post-mortem. Participants fill in an "
    "evaluation slip at the end of each Sitting (what worked, what did not, one change). The Tile Turners meet "
    "within the week, read the slips and change the twilight run of the same Sitting where they can, and the "
    "next year's where they cannot. At the end of the year participants and Scorekeepers answer a questionnaire; "
    "the Word Judge's report and the University's Annual Programme Monitoring report are read at a post-mortem "
    "meeting in July of the Tile Turners, the Club Director and the University's link tutor, which writes an "
    "action plan for the next year. The plan goes to the Trust's board and to the School of Education's board.")
ann("To see what the course does to participants, each participant re-rates every tile at S10 on the same "
    "four-point scale as the Opening Rack, and rates their confidence in the SENCO role on a ten-point scale at "
    "both points; the Club Director reports the changes to the post-mortem with the pass rates and the "
    "Scorekeepers' ratings. As for pupils, we hope to see the effect in the reading and spelling ages the "
    "schools already send to our Word Play sessions, and we will look for it.")

# ------------------------------------------------------------------ tile tracking sheet (landscape)
landscape_section(doc)
title("Final position: the Tile Tracking Sheet")
ann("Read with the Notation at the front of the game.")
groups = [
    ("ONE-POINT TILES: what the SENCO is like", [
        ("1", "Builds fair, respectful and warm working relationships with pupils with SEN and with their families", "S4", "B2"),
        ("2", "Wins the backing of colleagues, the head and the senior team for better outcomes for pupils with SEN", "S8", "B3"),
        ("3", "Sets priorities, manages own time and hands tasks on sensibly, checking they get done", "S9", "ON RACK"),
        ("4", "Sees problems coming, sorts them out, and makes sound, well-grounded decisions about provision", "S6", "B1"),
        ("5", "Speaks and writes clearly; listens to others and understands their point of view", "S4", "PHONY (B2)"),
        ("6", "Uses research and outside advice to improve own and colleagues' teaching", "S2", "B1"),
        ("7", "Keeps up to date and takes charge of own professional development in SEN and disability", "S10", "B3"),
    ]),
    ("TWO- AND THREE-POINT TILES: what the SENCO knows", [
        ("8", "The law and guidance on SEN, the SEN Code of Practice, what they mean for the school and the SENCO, and how to carry them out", "S1", "B1"),
        ("9", "Every Child Matters: its principles and five outcomes, and the SENCO's part in them", "S1", "B2"),
        ("10", "Disability equality law and what it requires schools to do for disabled pupils", "S3", "B1"),
        ("11", "The common kinds of SEN and disability (BESD, dyslexia and other SpLD, SLCN, autism, MLD) and how each affects learning", "S3", "B1"),
        ("12", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, judged critically", "S5", "B1"),
        ("13", "How school self-evaluation and improvement work, and what they mean for pupils with SEN", "IN THE BAG", "B3"),
        ("14", "Best practice and research findings in meeting SEN", "S2", "B1"),
        ("15", "What outside agencies do and how to get specialist help and resources", "S7", "B2"),
    ]),
    ("HIGH-VALUE TILES: what the SENCO does", [
        ("16", "With governors and senior colleagues, shapes the school's inclusive ethos, policies, priorities and use of resources", "S8", "B3"),
        ("17", "Spots pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "S5", "B1"),
        ("18", "Uses other professionals' assessments to shape teaching", "S7", "B1"),
        ("19", "Uses summative results, including the national tests, to track progress and change programmes", "S5", "ON RACK"),
        ("20", "Helps other teachers build formative assessment, with approaches for pupils with SEN", "IN THE BAG", "-"),
        ("21", "Sees early what access arrangements pupils need for tests and exams and puts them in place with colleagues", "S5", "PHONY (B1)"),
        ("22", "Maps provision, manages it, and finds what is missing or not working", "S6", "B1"),
        ("23", "Deploys and manages teaching assistants and other staff", "S9", "B3"),
        ("24", "Develops colleagues: observation and feedback, modelling, coaching, mentoring, training", "S9", "B3"),
        ("25", "Reviews with colleagues how well provision works, feeding the school's self-evaluation", "S10", "B3"),
        ("26", "Makes sure pupils with SEN help plan, agree and review their own provision", "S4", "ON RACK"),
        ("27", "Works with parents and carers to promote their child's learning and development", "S4", "B2"),
        ("28", "Works with other services and agencies, including voluntary organisations, as one team around the pupil", "S7", "B2"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups) + 1
tt = doc.add_table(rows=nrows, cols=4)
table_borders(tt, 6, GREEN)
for i, h in enumerate(["Tile", "The outcome, in the club's words", "Drawn", "Played"]):
    cell_write(tt.cell(0, i), h, bold=True, size=9, color="FFFFFF")
    shade_cell(tt.cell(0, i), GREEN)
repeat_header(tt.rows[0])
r_ = 1
for gname, items in groups:
    g = tt.cell(r_, 0).merge(tt.cell(r_, 3))
    cell_write(g, gname, bold=True, size=9)
    shade_cell(g, "C9DCC9")
    r_ += 1
    for vals in items:
        for i, v in enumerate(vals):
            cell_write(tt.cell(r_, i), v, size=9, bold=(i == 0))
        r_ += 1
blank = tt.cell(r_, 1).merge(tt.cell(r_, 3))
cell_write(tt.cell(r_, 0), "?  ?", bold=True, size=9)
cell_write(blank, "The two blanks: each participant's own extra words from the Game Plan, marked in whichever Bingo "
                  "the Game Plan names", size=9, italic=True)
col_widths(tt, [40, 470, 90, 90])
ann("Final score: 60 credits, three Bingos. Annotated by M. O., February 2009.")

doc.save(str(OUT))
print("wrote", OUT.name)
