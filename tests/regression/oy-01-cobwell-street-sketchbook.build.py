"""oy-01-cobwell-street-sketchbook: builds oy-01-cobwell-street-sketchbook.docx next to this script.

Provider (invented): Cobwell Street Glass Studio, Sallowby, a stained glass studio with an education
room and a schools programme, applying with the University of Hollinsford (which validates and awards)
and Sallowby Borough Council's Inclusion Support Service, for a first cohort in September 2009.

Document kind and layout: the course leader's design sketchbook for the course ("Sketchbook 7 - The
SENCO Window"), typed up sheet by sheet for the panel. No heading styles at all: each sheet opens
with a shaded bold typed line ("SHEET 4 - 24 March 2008 - Measuring up"). Drawings are described
in square brackets; lists are typed with dashes; dates and running notes use manual line breaks.
A covering note from the studio manager sits in a text box on the first page; a margin note on
Sheet 5 is a second text box. The designer's sticky notes are Word comments (not evidence). Her
crossings-out are tracked deletions (not part of the submission); later additions are tracked
insertions (part of it). The studio's own words: the course is the Window, study days are Lights
(I-VI), tutors are Glaziers, school mentors are Cames, unmarked school tasks are Cartoons (A-C),
marked assessments are Firings (1-3, Firing 3 being the Crit), the individual training plan is the
Cutting List, the pre-course audit is the Measure, prior learning is Old Glass, online study is the
Lightbox, and the outcomes are the lines of the Colour Sheet (Sheet 13), one glass colour per
outcome, with "Cut in" (taught) and "Fired in" (marked) columns; "Trace only" = looked at on the
bench with feedback but marked by no Firing; a dash = not in this Window. Tables: a words table,
the Lights table (merged "Dates" header over two start columns), a staff table, the Colour Sheet
(merged, shaded group rows). Header and footer (never evidence).

Traps (requirement ids):
- "40 credits" struck through and "60 credits" inserted by tracked change on Sheet 3 (E.2 met:
  the inserted text is the submission).
- The studio's "board of governors" approving the budget: governors of the wrong body (6.S1
  not_met: its Colour Sheet line is a dash in both columns).
- CRB: "Checks are for the employing school", the studio "does not ask to see it"; a sticky note
  (comment) asks whether heads should confirm it (5.3 not_met: someone else's responsibility,
  comment not evidence).
- Old Glass: certificated credit accredited, experience "is not accredited" (2.1 partially_met).
- Assessment-only: a deleted sentence offering it, a margin text box and the body saying "There
  is no assessment-only route" (2.3 not_met: negation; the deletion is not evidence).
- Reading "chosen by the Glazier ... and refreshed each year": the programme's own basis in recent
  research and inspection evidence stated only generally (1.3 partially_met).
- The Lightbox: tutor and peer forums, between-Light support, Cames' area, e-bulletin to schools,
  Glaziers' own area (3.3 met).
- Placements: "no placement outside the participant's own school", visits optional and arranged by
  the participant, though specialist services teach (5.5 partially_met).
- Cames: "We plan to write a Came Book" and "hope to" brief them; Glaziers calibrate (5.7
  partially_met: plan/hope for mentors).
- Award rule: passing Firings 1, 2 and 3 earns the award, while some Colour Sheet lines are Trace
  only (6.0 partially_met, 1.9 partially_met).
- After the Crit: only a progression route to the MA; a "next window" conversation is something
  "we would like to add" and is "not costed yet" (2.5 partially_met: hope plus wrong thing).
- Colour Sheet: Straw (6.A3) changed from "F3" to "Trace only" by a tracked change in the cell;
  Seedy (6.A7), Antique white (6.K4) and Honey (6.S8) Trace only; Sunset (6.S2b) marked only "from
  Start B 2010" (a plan); Iron (6.S4) fired in F2 but cut in no Light (assessed, not taught): all
  partially_met. The Hourglass row (6.S2d) is a deleted table row (not_met); Crown glass (6.S1) has
  dashes (not_met).
- Parents: a parent co-leads part of Light IV, so skills are developed (1.7 met) though the line is
  Trace only (6.S8 partially_met).
- Footer and header restate nothing that counts.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _oy_helpers import (cell_text, header_footer, lines_par, para, par_deleted, par_inserted,
                         row_deleted, run_del, run_ins, set_col_widths, shade_cell, textbox)

HERE = Path(__file__).parent
OUT = HERE / "oy-01-cobwell-street-sketchbook.docx"
MAREN = "Maren Askew"
ELLIS = "Ellis Brand"
D1 = "2008-10-02T10:00:00Z"
D2 = "2008-11-19T15:30:00Z"
SHEET_FILL = "E7E1D4"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)

header_footer(doc, [("TYPED COPY of Sketchbook 7 \u2014 original drawings kept at the Studio", {"italic": True, "size": 8})],
              [("Cobwell Street Glass Studio \u00b7 14 Cobwell Street \u00b7 Sallowby", {"size": 8})])


def sheet(no, date, title):
    return para(doc, [(f"SHEET {no}  \u00b7  {date}  \u00b7  {title}", {"bold": True, "size": 11.5})],
                shade=SHEET_FILL, space_after=4)


def sketch(text):
    return para(doc, [(f"[Sketch: {text}]", {"italic": True, "color": "6B5B45"})])


def dash(text, **fmt):
    return para(doc, [("\u2013 " + text, fmt)])


# ---------------------------------------------------------------- cover
para(doc, [("COBWELL STREET GLASS STUDIO", {"bold": True, "size": 20})], align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, [("Sketchbook 7 \u2014 The SENCO Window", {"size": 15, "italic": True})], align=WD_ALIGN_PARAGRAPH.CENTER)
lines_par(doc, ["Maren Askew", "begun 3 March 2008", "typed copy made for the TDA approval panel, 21 November 2008"],
          size=10)
doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER

textbox(doc, [
    [("How to read this copy", {"bold": True})],
    "Dear Panel \u2014 rather than write our course out a second time, we have had Maren's design sketchbook for it typed "
    "up sheet by sheet, as it stood on 21 November 2008. Drawings are described in square brackets. Maren's sticky notes "
    "appear as Word comments: they are her thinking aloud, not the course. Where she crossed something out it is shown "
    "struck through, and later additions are shown as insertions. Everything else on these sheets is what the Studio "
    "and the University of Hollinsford will do from September 2009. The words we use for the parts of the course are "
    "in the table below; the outcomes are on Sheet 13, the Colour Sheet.",
    [("Ellis Brand, Studio Manager", {"italic": True})],
], width_pt=440, height_pt=170, fill="FBF8F1")

para(doc, "")
words = [
    ("Our word", "What it means on these sheets"),
    ("the Window", "the whole course: the National Award for SEN Coordination as we teach it"),
    ("Lights I\u2013VI", "the six taught days"),
    ("Glaziers", "the tutors who teach the Lights and mark the Firings"),
    ("Cames", "school-based mentors: an experienced SENCO who holds the participant's work together in school"),
    ("Cartoons A\u2013C", "three tasks done in the participant's own school; signed off, not marked"),
    ("Firings 1\u20133", "the three marked assessments; Firing 3 is the Crit"),
    ("the Measure", "the self-audit against the Colour Sheet done before Light I"),
    ("Cutting List", "the participant's own training plan, made from the Measure"),
    ("Old Glass", "earlier study and experience brought to the course"),
    ("the Lightbox", "the course's online room"),
    ("Bench Group", "four participants and a Glazier who work together online and at the Lights"),
]
t = doc.add_table(rows=len(words), cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(words):
    cell_text(t.cell(i, 0), a, bold=(i == 0) or False, italic=(i != 0))
    cell_text(t.cell(i, 1), b, bold=(i == 0))
    if i == 0:
        shade_cell(t.cell(i, 0), "D9CDB5")
        shade_cell(t.cell(i, 1), "D9CDB5")
set_col_widths(t, [Cm(3.4), Cm(12.8)])

# ---------------------------------------------------------------- sheet 1
para(doc, "")
sheet(1, "3 March 2008", "What the window is for")
sketch("a tall two-light window. Left light labelled 'the pupil', right light 'the SENCO'. A rose at the top with five "
       "petals, each petal named: healthy, safe, enjoying and achieving, contributing, economic well-being.")
para(doc, "Every window starts with who will stand in front of it. This one is for the children and young people in "
          "Sallowby's schools who have special educational needs or disabilities. The Window is there to raise what they "
          "achieve, and achievement here means all five Every Child Matters outcomes \u2014 being healthy, staying safe, "
          "enjoying and achieving, making a positive contribution and achieving economic well-being \u2014 not only test "
          "results.")
para(doc, "What the Window is for (agreed with Tobias at the University, 12 March):", bold=True)
dash("to raise the achievement and well-being of pupils with SEN and/or disabilities by making their SENCO a stronger "
     "leader of teaching and learning in their school;")
dash("to give teachers new to the SENCO role the knowledge, understanding and skills of the national minimum outcomes "
     "(our Colour Sheet);")
dash("to make every marked piece of work a piece of change in the participant's own school, with evidence of what it "
     "did for named pupils.")
para(doc, "So every Firing asks what difference the participant's work made for pupils, in attainment and in at least one "
          "other Every Child Matters outcome, and every Light ends with the question \u2018what will this change for a "
          "child on Monday?\u2019")

# ---------------------------------------------------------------- sheet 2
sheet(2, "10 March 2008", "Who asked for it")
para(doc, "In January and February 2008 the Studio and Sallowby Borough Council's Inclusion Support Service asked every "
          "one of the borough's 46 primary, secondary and special schools what a new SENCO most needs to learn. 31 "
          "replied. Heads put three things first: leading and supporting other staff (24 of 31), using data to track "
          "pupils with SEN (22 of 31), and working with parents when relationships have broken down (19 of 31). Seven "
          "SENCOs who had started in post since 2006 met us at the Studio on 26 February and said the same, adding that "
          "nobody had ever shown them how to build a provision map.")
para(doc, "The Sallowby Parent Partnership Service ran a coffee morning for us with 14 parents. Their message was: talk "
          "to us before the review, not at it.")
para(doc, "Eight pupils from the school council at Brook Lane School (a special school for pupils aged 11 to 19) spent an "
          "afternoon in the Studio making a panel called \u2018What a good SENCO does\u2019.")
sketch("the Brook Lane panel. Eight quarries, each with a pupil's words painted on it: 'asks me', 'tells my mum the good "
       "things too', 'doesn't take me out of PE', 'knows what my statement says', 'lets me bring a friend to my review'.")
para(doc, "What changed because of them:", bold=True)
dash("leading staff moved from Light V to Light II, and a third of Light II is now coaching practice in pairs;")
dash("the provision map became a Cartoon of its own (Cartoon C) after the SENCOs' meeting;")
dash("parents asked for a person, not a leaflet: a parent trained by the Parent Partnership Service now co-leads the "
     "morning of Light IV;")
dash("the Brook Lane panel hangs in the education room, and its \u2018asks me\u2019 quarry became Cartoon A.")

# ---------------------------------------------------------------- sheet 3
sheet(3, "17 March 2008, updated 2 October", "The frame")
p = para(doc, "A window is only as good as its frame. Ours is the University of Hollinsford. The Window is two linked "
              "modules in the University's Postgraduate Certificate in Professional Practice (Inclusion): SENCO "
              "Leadership 1 and SENCO Leadership 2, together worth ")
run_del(p, "40 credits", MAREN, D1)
run_ins(p, "60 credits at Master's level (Level 7)", MAREN, D1)
p.add_run(". The University's Faculty of Education approved the pathway at its validation event on 8 October 2008. The "
          "Studio teaches as an approved partner under a memorandum of co-operation signed on 20 October 2008; the "
          "University registers the participants, moderates the marking and awards the credit.")
para(doc, "The Studio's board of governors approved the Window's budget on 12 May 2008, and the Council's Inclusion "
          "Support Service lends two of its staff as Glaziers for six days a year.")

# ---------------------------------------------------------------- sheet 4
sheet(4, "24 March 2008", "Measuring up")
sketch("a glazier's rule laid along a strip of glass; marks at 1, 2, 3 and 4.")
para(doc, [("Who can come. ", {"bold": True}),
           ("A place on the Window is open to a qualified teacher who is, or will be by Light I, the SENCO or the named "
            "SENCO-designate of a school, with at least two years' teaching, and whose headteacher signs the nomination "
            "form agreeing to release them for the six Lights and to find them a Came.", {})])
para(doc, [("Interview. ", {"bold": True}),
           ("Every applicant has a thirty-minute interview with two Glaziers. We look for enough knowledge of the Code of "
            "Practice and enough experience of pupils with SEN to make it likely that they will meet all the lines of the "
            "Colour Sheet by the Crit. Anyone who is not there yet is given a written note of what to do first (usually "
            "two of the National Strategies' Inclusion Development Programme units and a term shadowing their school's "
            "current SENCO), and Maren telephones their head to agree it. They may apply again for the next start.", {})])
p = para(doc, [("CRB. ", {"bold": True}),
               ("Checks are for the employing school. Every participant is a teacher in post and the school holds their "
                "enhanced disclosure; the Studio does not ask to see it and keeps no record of it.", {})])
doc.add_comment(p.runs[1], text="Ellis \u2014 should we ask heads to tick a CRB box on the nomination form? Ask Tobias "
                "what the University does.", author=MAREN, initials="MA")
para(doc, [("The Measure. ", {"bold": True}),
           ("Before Light I each participant fills in the Measure: every line of the Colour Sheet rated 1 (new to me) to "
            "4 (I could teach this to others), with a piece of evidence for any 3 or 4. Their Came reads it with them and "
            "adds a comment.", {})])
para(doc, [("The Cutting List. ", {"bold": True}),
           ("At the Measuring Day (an hour, one to one, with their Glazier, in the three weeks before Light I) the "
            "Measure becomes the participant's Cutting List: their own training plan, naming the lines they will work "
            "on hardest, the Lights they may lighten (a 4 on every line a Light covers means they may do a shorter "
            "bench task that day and take the afternoon back in school), the Cartoon focus that suits their school, and "
            "three personal outcomes of their own, written with the Glazier, on top of the Colour Sheet. The Cutting List "
            "is looked at again with the Glazier after Firing 1.", {})])

# ---------------------------------------------------------------- sheet 5
sheet(5, "31 March 2008", "Old glass")
para(doc, "Good old glass gets re-leaded, not thrown away. A participant who has passed Master's-level credit in special "
          "educational needs in the last five years (for example the borough's Certificate in Specific Learning "
          "Difficulties, run with the University until 2006) may claim it through the University's accreditation of "
          "prior learning procedure against SENCO Leadership 1, up to 30 credits. Experience without credit is not "
          "accredited: it goes onto the Cutting List, where it can lighten a Light, but it earns no credit.")
par_deleted(doc, "A SENCO with many years in the role may go straight to the Firings and the Crit without coming to the "
                 "Lights.", MAREN, D1)
para(doc, "There is no assessment-only route: the University's regulations for the Certificate require attendance at "
          "four of the six Lights.")
textbox(doc, [[("Margin, in pencil: ", {"italic": True}),
               ("Tobias thinks Academic Board may look at this again in 2010. Not for us to promise.", {"italic": True})]],
        width_pt=300, height_pt=50, fill="FFFDE8", stroke="C9B458")

# ---------------------------------------------------------------- sheet 6
sheet(6, "7 April 2008, dates added 4 November", "The Lights")
para(doc, "Six Lights, each a full day (9.30 to 3.45). Each is given twice: on a Thursday at the Studio and again on the "
          "Saturday nine days later at Brook Lane School, so a participant can mix the two. Start A begins in September "
          "and Start B in February; Start B takes the Lights in the order IV, V, VI, I, II, III, and the Firings are set "
          "so that they work in either order. A participant who misses a Light may take it with the next start.")
lights = [
    ("I", "Clear glass: the law and the Code",
     "The SEN Code of Practice (2001) and what it asks of the school, the SENCO and others; the SEN and Disability Act "
     "2001 and the Disability Discrimination Act as amended in 2005, with the Disability Equality Duty and the "
     "accessibility plan; the Education (SENCO) Regulations 2008; Every Child Matters, the five outcomes and the "
     "SENCO's part in them; Removing Barriers to Achievement. Bench task: a one-page guide to the Code's graduated response for colleagues.",
     "Maren Askew"),
    ("II", "Leading the lead: colleagues",
     "Winning the head's and senior team's backing; leading a staff meeting; observing a lesson and giving feedback; "
     "modelling and coaching in pairs; helping colleagues build assessment for learning with approaches for pupils with "
     "SEN; working with SENCOs in the cluster network beyond the school; planning the SENCO's week.",
     "Maren Askew, Tobias Rennard"),
    ("III", "Reading the glass: needs and development",
     "How children develop, and how SEN, disability and the setting at home and school shape that; behavioural, "
     "emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autism and moderate learning difficulties, and how each affects learning; reading "
     "educational psychology, speech and language therapy and occupational therapy reports to plan teaching; ICT and "
     "assistive technology; the morning at the Inclusion Support Service's base.",
     "Priya Halloran, Dafydd Orme"),
    ("IV", "Many hands: families and agencies",
     "Morning co-led by a parent from the Parent Partnership Service: listening to parents, preparing a review with a "
     "family, handling disagreement. Afternoon: the Common Assessment Framework and the team around the child; what "
     "health, social care, the educational psychology service and voluntary groups such as the local autism and "
     "dyslexia associations do, and how to get them involved.",
     "Maren Askew and a parent co-leader"),
    ("V", "The provision map",
     "Identifying pupils who may have SEN from observation, data and assessment; setting targets and planning "
     "interventions; provision mapping and costing; spotting provision that is not working or missing; tracking with "
     "RAISEonline and P scales; school self-evaluation, the SEF and where SEN sits in it; reviewing provision with "
     "colleagues; anticipating problems and making decisions about provision.",
     "Maren Askew, Priya Halloran"),
    ("VI", "The whole window",
     "Pupils taking part in planning and reviewing their own provision; person-centred reviews; research and best "
     "practice in meeting SEN, and how to use research and outside advice with colleagues; preparing for the Crit.",
     "Tobias Rennard, Dafydd Orme"),
]
t = doc.add_table(rows=2 + len(lights), cols=5)
t.style = "Table Grid"
heads = ["Light", "Name", "Dates", "", "What we do"]
for j, h in enumerate(heads):
    if h:
        cell_text(t.cell(0, j), h, bold=True)
cell_text(t.cell(1, 2), "Start A", bold=True)
cell_text(t.cell(1, 3), "Start B", bold=True)
a = t.cell(0, 2).merge(t.cell(0, 3))
t.cell(0, 0).merge(t.cell(1, 0))
t.cell(0, 1).merge(t.cell(1, 1))
t.cell(0, 4).merge(t.cell(1, 4))
for j in range(5):
    shade_cell(t.cell(0, j), "D9CDB5")
    shade_cell(t.cell(1, j), "D9CDB5")
datesA = ["24 Sep 2009", "22 Oct 2009", "19 Nov 2009", "14 Jan 2010", "11 Mar 2010", "6 May 2010"]
datesB = ["13 May 2010", "10 Jun 2010", "8 Jul 2010", "11 Feb 2010", "4 Mar 2010", "15 Apr 2010"]
for i, (no, name, what, who) in enumerate(lights):
    r = i + 2
    cell_text(t.cell(r, 0), no, bold=True)
    cell_text(t.cell(r, 1), name, italic=True)
    cell_text(t.cell(r, 2), datesA[i])
    cell_text(t.cell(r, 3), datesB[i])
    cell_text(t.cell(r, 4), [(what, {}), (f" Led by {who}.", {"italic": True})])
set_col_widths(t, [Cm(1.2), Cm(3.0), Cm(2.0), Cm(2.0), Cm(8.0)])
para(doc, "Reading for each Light is chosen by the Glazier who leads it and refreshed each year.", italic=True)

# ---------------------------------------------------------------- sheet 7
sheet(7, "14 April 2008", "The Lightbox")
sketch("a light table with four people round it and a laptop on the corner.")
para(doc, "Between Lights the Window carries on in the Lightbox, the University's Blackboard site for the course, which "
          "every participant and Came can reach from school or home.")
dash("Each participant belongs to a Bench Group of four with a named Glazier. After each Light the Glazier posts a short "
     "task; the group discusses it in its forum and the Glazier replies there within three working days.")
dash("Every second Tuesday from 7 to 8 pm a Glazier runs an Open Bench: a live text chat anyone on the Window can join "
     "with a question.")
dash("Participants can message any Glazier privately, and draft Firings can be sent for one round of comments.")
dash("Cames have their own area, where they see the Cartoon briefs and sign-off sheets and can message the Glazier.")
dash("The Glaziers keep a closed area for agreeing marking notes and sharing what is coming up in each Bench Group.")
dash("The Studio sends each participant's head and Came a short e-bulletin after every Light saying what was covered and "
     "what the participant will be trying in school.")
para(doc, "Participants without broadband at home may use the education room's laptops on Tuesday evenings until 8 pm.")

# ---------------------------------------------------------------- sheet 8
sheet(8, "21 April 2008", "Cartoons")
para(doc, "A cartoon is the full-size drawing you work from. Each participant does three in their own school, each tied to "
          "lines of the Colour Sheet. Cartoons are not marked; the Came signs each one off before the Firing it feeds, "
          "and they go into the Crit portfolio.")
para(doc, [("Cartoon A \u2014 \u2018Asks me\u2019. ", {"bold": True}),
           ("Consult at least six pupils with SEN about one thing that affects them (lunchtimes, their reviews, how "
            "support is given in class), using a method from Light VI or one of their own, act on what they say, and "
            "tell the pupils what changed. Written up for the Came in about 1,000 words, with the pupils' own record.", {})])
para(doc, [("Cartoon B \u2014 \u2018The team\u2019. ", {"bold": True}),
           ("Observe two colleagues teaching a pupil with SEN, give each of them feedback, model one approach in their "
            "class, and agree one change with each; meet them again after four weeks.", {})])
para(doc, [("Cartoon C \u2014 \u2018The map\u2019. ", {"bold": True}),
           ("Build or rebuild the school's provision map for one year group, with its costs, and mark the provision "
            "that is not working and the gaps.", {})])

# ---------------------------------------------------------------- sheet 9
sheet(9, "28 April 2008", "Firings")
sketch("the kiln, door open, three trays on the shelves labelled 1, 2, 3.")
para(doc, [("Firing 1 (after Light II): \u2018The Code in my school\u2019. ", {"bold": True}),
           ("A 3,000-word critical account of how the participant's school meets the SEN Code of Practice, the "
            "Disability Equality Duty and Every Child Matters, with a one-page guide to the Code for the school's staff as an appendix.", {})])
para(doc, [("Firing 2 (after Light V): \u2018One change\u2019. ", {"bold": True}),
           ("A 5,000-word enquiry into one change the participant has led in their school: how the pupils were "
            "identified, the baseline measures taken before, the same measures after at least ten weeks, a short review "
            "of research on the approach, and what the participant learned about leading colleagues through it.", {})])
para(doc, [("Firing 3: the Crit. ", {"bold": True}),
           ("A portfolio of the three signed-off Cartoons and a forty-minute professional discussion with two Glaziers, "
            "one of them from the University, in which the participant talks through the portfolio against the Colour "
            "Sheet lines marked F3.", {})])
para(doc, "Each Firing is marked against the Colour Sheet lines it carries and is passed or referred; a referred Firing "
          "may be resubmitted once. A participant who passes Firings 1, 2 and 3 is awarded the 60 credits and the "
          "National Award for SEN Coordination.")
para(doc, [("Checking the marks. ", {"bold": True}),
           ("Before each round of marking the Glaziers mark two scripts together and agree them (the calibration "
            "bench). A University tutor second-marks every Firing 2, every referral and a third of Firing 1 scripts. "
            "The University's external examiner for the Certificate sees a sample of each Firing and sits in on one Crit "
            "day a year, and the University's assessment board confirms every result.", {})])

# ---------------------------------------------------------------- sheet 10
sheet(10, "6 May 2008", "Glaziers and Cames")
staff = [
    ("Who", "Role on the Window", "Background"),
    ("Maren Askew", "Course leader; Glazier",
     "SENCO at Hallgate High School for nine years; SEN adviser to Sallowby Borough Council 2003\u201307; EdD "
     "(Hollinsford, 2006) on provision mapping in secondary schools; still works two days a week for the Inclusion "
     "Support Service."),
    ("Dr Tobias Rennard", "University link tutor; Glazier",
     "Senior lecturer in inclusive education at Hollinsford; former primary SENCO; research on consulting pupils with "
     "SEN; external examiner for another university's SEN programme."),
    ("Priya Halloran", "Glazier",
     "Senior educational psychologist, Sallowby Borough Council; leads the borough's dyslexia and literacy work."),
    ("Dafydd Orme", "Glazier",
     "Specialist teacher for autism with the borough's outreach team; previously deputy head of Brook Lane School."),
    ("Ellis Brand", "Studio Manager", "Bookings, the Lightbox accounts, records and the e-bulletin. Not a tutor."),
]
t = doc.add_table(rows=len(staff), cols=3)
t.style = "Table Grid"
for i, row in enumerate(staff):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade_cell(t.cell(i, j), "D9CDB5")
set_col_widths(t, [Cm(3.3), Cm(3.6), Cm(9.3)])
para(doc, "")
para(doc, [("Specialists and visits. ", {"bold": True}),
           ("Beyond the Glaziers, Light III takes participants to the Inclusion Support Service's base for a morning with "
            "its sensory impairment, behaviour support and speech and language staff, and Light IV brings in a social "
            "worker from the borough's children's services. There is no placement outside the participant's own school. "
            "Visits to a special school are optional and arranged by the participant.", {})])
p = para(doc, [("Cames. ", {"bold": True}),
               ("Each participant's Came is an experienced SENCO chosen by the school. We plan to write a Came Book over "
                "the summer of 2009, and hope to offer Cames a briefing before Light I.", {})])
doc.add_comment(p.runs[1], text="Who pays for the Cames' time? Heads will ask.", author=MAREN, initials="MA")
para(doc, [("Glaziers. ", {"bold": True}),
           ("A Glazier new to the Window teaches alongside Maren for a full start before leading a Light, shadows a Crit "
            "day, and attends the University's assessor training before marking; all Glaziers take part in the "
            "calibration bench.", {})])
para(doc, [("Room and kit. ", {"bold": True}),
           ("The education room seats 24 and has twelve laptops loaded with the assistive software the borough's schools "
            "use (Clicker 5, Read&Write, Boardmaker), an interactive whiteboard and a hearing loop. The Inclusion Support "
            "Service lends its library of assessment materials and specialist equipment for Light III, and every "
            "participant has the University library and its e-journals through a student login.", {})])

# ---------------------------------------------------------------- sheet 11
sheet(11, "12 May 2008", "Open to everyone")
para(doc, "The education room, toilets and kitchen are on the ground floor with step-free access from Cobwell Street; the "
          "upstairs glass room is not used for the Window. The application form asks every applicant whether they have "
          "a disability or other need we should plan for, and says why we ask. What they tell us goes, with their "
          "agreement, to the University's Disability Advisory Service, which agrees adjustments for the Lights and the "
          "Firings with them and with us: extra time, handouts in large print or in advance, a recorded account in "
          "place of the written Firing 1, a sign language interpreter at the Lights. Lightbox materials are posted in "
          "formats screen readers can read. Saturday Lights are there for participants who cannot be released on "
          "weekdays, and for those with caring responsibilities the Measuring Day can be held by telephone.")

# ---------------------------------------------------------------- sheet 12
sheet(12, "19 May 2008", "Checking the lead")
sketch("a glazier running a thumbnail along a leaded joint.")
para(doc, "How we will know the Window is working, and what we do about it:", bold=True)
dash("an exit slip at the end of every Light (what helped, what didn't, what you will try), read at the Glaziers' "
     "meeting the following week;")
dash("the Bench Groups' forums and the Open Bench questions, which tell us what is not landing;")
dash("the Measure taken again at the Crit and compared line by line with the first one, for each participant and for "
     "the cohort, to show change in knowledge, skills and confidence;")
dash("every Firing 2 reports baseline and after measures for named pupils (reading and spelling ages, attendance, "
     "exclusions, the pupils' own ratings of how they are getting on); each July the Studio collates them across the "
     "cohort into a short impact summary;")
dash("a telephone call to each head a year after the Crit, asking what has changed for pupils with SEN in the school;")
dash("the external examiner's report and the University's annual monitoring report.")
para(doc, "Everything goes into the Bench Book with what we changed because of it. Each July the Studio and the University "
          "review the Bench Book, the impact summary and the examiner's report at the Faculty's Partnership Committee, "
          "which agrees the changes for the next start. A group of heads, Cames, the Parent Partnership Service and, "
          "through their school council, the Brook Lane pupils are sent the impact summary each year and asked what "
          "should change; two heads and the Parent Partnership coordinator sit on the Partnership Committee for that "
          "meeting.")

# ---------------------------------------------------------------- sheet 13
sheet(13, "3 June 2008, revised 19 November", "The Colour Sheet")
sketch("the window again, every piece numbered, a colour name pencilled in each.")
para(doc, "The lines of the Window. Each line is a colour of glass. \u2018Cut in\u2019 says where the line is taught. "
          "\u2018Fired in\u2019 says which Firing marks it: F1, F2 or F3 (the Crit). Trace only means the Glazier looks at "
          "it on the bench, in the Cartoons and in the Lightbox, and gives feedback, but no Firing marks it. A dash means "
          "it is not in this Window.")

groups = [
    ("What a SENCO is like", [
        ("1", "Ruby", "Builds fair, warm, respectful working relationships with pupils with SEN and with their families.",
         "Light IV; Cartoon A", "F3"),
        ("2", "Amber", "Wins the backing of the head and the senior team for better outcomes for pupils with SEN.",
         "Light II", "F2"),
        ("3", "Straw", "Plans their own time, sets priorities, hands tasks to others and checks they are done.",
         "Light II", "CHANGE"),
        ("4", "Flashed red", "Sees trouble coming, sorts it out, and makes sound, well-argued decisions about provision.",
         "Light V", "F2"),
        ("5", "Opal", "Speaks and writes clearly; listens to others and takes in what they think.", "Lights I\u2013VI",
         "F1, F3"),
        ("6", "Cobalt", "Uses research and outside advice to improve their own and colleagues' teaching.", "Light VI",
         "F2"),
        ("7", "Seedy", "Keeps up to date and takes charge of their own professional development in SEN and disability.",
         "Lightbox; the Measure", "Trace only"),
    ]),
    ("What a SENCO knows", [
        ("8", "Streaky green", "The law and guidance on SEN, the Code of Practice, what they mean for the school, the "
         "SENCO and others, and how to put them into practice.", "Light I", "F1"),
        ("9", "Gold pink", "Every Child Matters: the five outcomes and the SENCO's part in helping children reach them.",
         "Light I", "F1"),
        ("10", "Copper blue", "Disability equality law and what it requires schools to do for disabled pupils.", "Light I",
         "F1"),
        ("11", "Antique white", "How children develop, and how SEN, disability and their surroundings affect it.",
         "Light III", "Trace only"),
        ("12", "Flint", "The common kinds of SEN (behavioural, emotional and social; specific learning difficulties "
         "including dyslexia; speech, language and communication; autism; moderate learning difficulties) and how "
         "each affects learning.", "Light III", "F2"),
        ("13", "Lens glass", "Approaches, strategies and resources, ICT among them, for assessing, planning and teaching, "
         "and a critical eye for which will remove barriers for a given pupil.", "Lights III and V", "F2"),
        ("14", "Reamy", "School self-evaluation and improvement, and how they lift outcomes for pupils with SEN.",
         "Light V", "F2"),
        ("15", "Sapphire", "Best practice and what research says about meeting SEN.", "Light VI", "F2"),
        ("16", "Slate", "What outside agencies do and how to get specialist help and resources.", "Light IV", "F3"),
    ]),
    ("What a SENCO does", [
        ("17", "Crown glass", "Works with the head and governors on the school's inclusive ethos, policies, priorities "
         "and use of resources.", "\u2013", "\u2013"),
        ("18", "Cathedral", "Finds pupils who may have SEN (observation, data, assessment), sets challenging targets, "
         "plans interventions and reviews progress.", "Lights III and V", "F2"),
        ("19", "Mauve", "Uses other professionals' assessments to shape teaching.", "Light III", "F2"),
        ("20", "Sunset", "Uses summative results, national tests among them, to track progress and change programmes.",
         "Light V", "F2 from Start B 2010"),
        ("21", "Pale green", "Helps other teachers build formative assessment, with approaches for pupils with SEN.",
         "Light II; Cartoon B", "F3"),
        ("22", "Hourglass", "Spots in good time the arrangements pupils need for tests and examinations and puts them in "
         "place with colleagues.", "Light V", "F2"),
        ("23", "Venetian", "Uses provision mapping to plan provision and to find what is missing or not working.",
         "Light V; Cartoon C", "F2"),
        ("24", "Iron", "Deploys and manages teaching assistants and other staff to support pupils with SEN.", "\u2013",
         "F2"),
        ("25", "Dalle de verre", "Supports colleagues' development: observing and giving feedback, modelling, coaching, "
         "mentoring, training.", "Light II; Cartoon B", "F3"),
        ("26", "Selenium", "Reviews provision with other staff and feeds the findings into the school's self-evaluation.",
         "Light V", "F2"),
        ("27", "Plated blue", "Makes sure pupils take part in planning, agreeing and reviewing their own provision.",
         "Light VI; Cartoon A", "F3"),
        ("28", "Honey", "Works with parents and carers to support their child's learning and development.", "Light IV",
         "Trace only"),
        ("29", "Ash glass", "Works with other services and voluntary groups so support is joined up.", "Light IV", "F3"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=5)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["No.", "Glass", "The line, in our words", "Cut in", "Fired in"]):
    cell_text(t.cell(0, j), h, bold=True)
    shade_cell(t.cell(0, j), "B9A98A")
r = 1
hourglass_row = None
straw_cell = None
for gname, rows in groups:
    c = t.cell(r, 0).merge(t.cell(r, 4))
    cell_text(c, gname, bold=True, italic=True)
    shade_cell(c, "EDE6D6")
    r += 1
    for no, glass, line, cut, fired in rows:
        cell_text(t.cell(r, 0), no)
        cell_text(t.cell(r, 1), glass, italic=True)
        cell_text(t.cell(r, 2), line)
        cell_text(t.cell(r, 3), cut)
        if fired == "CHANGE":
            straw_cell = t.cell(r, 4)
        else:
            cell_text(t.cell(r, 4), fired)
        if glass == "Hourglass":
            hourglass_row = t.rows[r]
        r += 1
sp = straw_cell.paragraphs[0]
run_del(sp, "F3", MAREN, D2)
run_ins(sp, "Trace only", MAREN, D2)
row_deleted(hourglass_row, MAREN, D2)
set_col_widths(t, [Cm(1.0), Cm(2.4), Cm(8.0), Cm(2.6), Cm(2.2)])
doc.add_comment(t.cell(4, 1).paragraphs[0].runs[0], text="Straw \u2014 F3 is too much for one forty-minute Crit. Leave "
                "it on the bench?", author=MAREN, initials="MA")

# ---------------------------------------------------------------- sheet 14
sheet(14, "9 June 2008", "What it costs and what comes after")
para(doc, "The fee is \u00a31,650 a participant, which the TDA's funding for the National Award covers. Because the "
          "Lights run in the Studio's own education room and the Saturday repeats at Brook Lane, there is no venue hire; "
          "Glaziers lent by the Council are paid at the Council's day rate, below a university associate's fee. A "
          "participant who lightens a Light on their Cutting List spends that afternoon in school, so the school loses "
          "less time and the participant does not sit through what they already know.")
para(doc, "Passing the Crit lets a participant join the second year of the University's MA in Inclusive Education with "
          "60 credits already banked.")
sketch("a ladder leaning on the window, top rung labelled 'MA'.")
lines_par(doc, ["Note to self, 9 June:",
                "we would like to add a \u2018next window\u2019 conversation with the head after the Crit;",
                "not costed yet."], italic=True)

para(doc, "")
para(doc, "End of typed copy. Sheets 15 to 22 of the sketchbook are window designs for other clients and are not "
          "included.", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
