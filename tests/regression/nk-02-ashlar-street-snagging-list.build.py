"""nk-02-ashlar-street-snagging-list: build script (writes NAME.docx next to itself).

PROVIDER (invented): Ashlar Street Mosaic Studio, Kirkhallam: a charity studio that makes community mosaic murals,
floors and public art with schools, and runs the National Award for SEN Coordination as module EDU7021 of the
University of Easterholt (accrediting HEI), with Kirkhallam Metropolitan Borough Council's Inclusion Support Service.

DOCUMENT KIND AND LAYOUT: the application sent as the Studio's PRE-HANDOVER SNAGGING LIST No. 3 - the list its
studio manager makes when walking a finished job before handover - for the course "as built". Landscape A4, no
heading styles at all: titles are typed bold capitals on grey shading ("ROOM 1 - FRONT DOOR"). A title block table
with merged cells; "How to read this list" as hand-numbered notes 1-9 with typed dash lists, which key the Status
column (Closed / Made good / Open / Client / Outside contract) and, far above it, the Gallery Schedule's "Made in"
and "Fixed in" columns (Cartoon, Mural, Crit = the three marked pieces; "-" under Made in = no Bench Day makes it).
Then six "Rooms" (parts of the course) as snag tables: No. / Where / What we found on the walk-round / Action, by
/ Status; a Bench Days table; the Gallery Schedule of 27 panels (G1-G6, L1-L9, F1-F12) under merged wall rows; a
sign-off table; a "handover stamp" in a VML text box. Header and footer. Tracked changes (author J. Harnby /
B. Leck), two comments, two footnotes, a [date TBC] placeholder.

TRAPS (requirement ids):
- Status "Open" = not yet in place; "Client" = waiting on the University; "Outside contract" = not this course.
  Text in such rows is a plan, someone else's pending decision, or another activity.
- 1.02 credits: Level 7 confirmed, but 45 or 60 credits "will be decided" at a meeting "[date TBC]" (Client):
  E.2 partially_met.
- 1.04 CRB: the check is on the nomination form; the three-month rule is a tracked INSERTION and counts (5.3 met).
- 1.06 APL: "Outside contract" - the module "is not on the University's list of modules open to APL"; prior
  experience is only taken account of in the Starting Sketch; a comment asking to change this does not count
  (2.1 partially_met).
- 1.08/1.09: one September start, fixed order, taught only; a January start sentence is a tracked DELETION and the
  January start and Saturday repeats are only "Open" plans; the Direct Fix assessment-only route is the one other
  route (3.2 partially_met; 2.3 met).
- 1.10 and 6.02: "There is no e-learning in this course"; Tessera Online is the Studio's hobby tutorials, "Outside
  contract" (3.3 not_applicable).
- 2.01 aim: "raise the attainment and accelerate the progress" measured "in National Curriculum levels and P
  scales" - attainment only, no well-being (1.1 partially_met).
- 2.04 reading packs: general claim plus an Open item to bring them up to date (1.3 partially_met).
- 3.03/4.03 Wall Buddies (school mentors) are only posted the handbook; their briefing evening is Open (5.7
  partially_met).
- 4.05 external examiner "Client"; internal methods real (5.1 partially_met).
- 4.09 stakeholders in evaluation: a deleted sentence (headteachers on the annual review) and an Open plan; the
  Borough's specialists teach and schools host placements (4.3 partially_met).
- 4.11 specialist technology "Open - order placed" (5.6 partially_met).
- 5.03 moderation "Client": "until it does, marks are not second-marked or moderated" (5.8 not_met).
- 6.01 consulting children: the Studio's own mural consultations, "Outside contract" - right words, wrong thing
  (1.5 not_met). The Gallery Schedule has no panel for pupils' part in planning their provision (6.S7 not_met)
  nor for prioritising, time and delegation (6.A3 not_met).
- The handover stamp text box ("ALL SNAGS CLOSED") contradicts the Open items and settles nothing.
- Gallery Schedule: panels with "-" under Made in are marked but never taught: G2 (6.A2), L7 (6.K7), F8 (6.S4),
  F10 (6.S6) - partially_met. F6 (6.S2d) has a tracked change in its Fixed in cell, "None yet" deleted and
  "Mural" inserted (met). 5.04 award rule needs every panel on the Schedule, but the Schedule lacks two outcomes
  (6.0 partially_met, 1.9 partially_met).
"""
from pathlib import Path
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _nk_helpers import (Footnotes, add_del, add_ins, add_page_field, add_textbox, cell_text, col_widths, comment,
                         shade, shade_par)

HERE = Path(__file__).parent
NAME = "nk-02-ashlar-street-snagging-list"
JH, BL = "J. Harnby", "B. Leck"
D1, D2 = "2008-11-14T09:05:00Z", "2008-11-17T15:20:00Z"

doc = docx.Document()
fn = Footnotes(doc)
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(8.5)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(1.8)
sec.top_margin = sec.bottom_margin = Cm(1.6)

hp = sec.header.paragraphs[0]
hp.text = "ASHLAR STREET MOSAIC STUDIO   |   SNAGGING LIST No. 3   |   National Award for SEN Coordination"
hp.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Ashlar Street Mosaic Studio · Unit 4, Ashlar Street, Kirkhallam KH2 7PL · Registered charity "
               "1101846 · ")
r.font.size = Pt(7.5)
add_page_field(fp, "Page ")

GREY = "D9D9D9"


def para(text="", bold=False, italic=False, size=None, align=None, after=3):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def title(text):
    p = para(text, bold=True, size=10, after=4)
    shade_par(p, GREY)
    p.paragraph_format.space_before = Pt(10)
    return p


def table(cols, widths, header=None):
    t = doc.add_table(rows=0, cols=cols)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            cell_text(c, h, bold=True, size=8)
            shade(c, GREY)
    t._nk_widths = widths
    return t


def row(t, values, size=8):
    cells = t.add_row().cells
    for c, v in zip(cells, values):
        cell_text(c, v, size=size)
    return cells


def more(cell, text, size=8, italic=False):
    p = cell.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    return p


SNAG = [1.2, 2.6, 14.0, 5.0, 2.2]
SNAG_HEAD = ["No.", "Where", "What we found on the walk-round", "Action, by", "Status"]

# ---------------------------------------------------------------- title block
t = table(4, [4.5, 8.0, 4.5, 8.0])
cells = t.add_row().cells
m = cells[0].merge(cells[3])
cell_text(m, "PRE-HANDOVER INSPECTION  ·  SNAGGING LIST No. 3", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
shade(m, "BFBFBF")
for a, b, c2, d in [
    ("Job", "National Award for SEN Coordination, Ashlar Street course (University of Easterholt module EDU7021)",
     "List no.", "3 (supersedes List 2 of 20 October 2008)"),
    ("Handing over to", "The Training and Development Agency for Schools, as our application for approval",
     "Walk-round", "13 and 14 November 2008"),
    ("Walked by", "Joe Harnby, Studio Manager, with Bryony Leck, Course Leader", "Issued", "17 November 2008"),
    ("Partners", "University of Easterholt, Faculty of Education; Kirkhallam Metropolitan Borough Council, Inclusion "
     "Support Service", "Copies to", "Tamsin Quarrie (Director); Dr Alison Frain (University link tutor); file"),
]:
    cs = t.add_row().cells
    for cc, v, b2 in zip(cs, (a, b, c2, d), (True, False, True, False)):
        cell_text(cc, v, bold=b2, size=8)
col_widths(t, t._nk_widths)

para("")
para("We walk every job before we hand it over. A mural is not finished when the last tessera is in; it is finished "
     "when someone who did not make it has gone over every panel, every joint and every edge with a torch and a list. "
     "We have walked the course the same way, room by room, and this is what we found. The course is in six rooms, "
     "named as we name them in the Studio:")
for s in ["- Room 1, Front Door: publicity, entry, checks and routes in",
          "- Room 2, Bench Room: the ten Bench Days at the Studio and what is made at them",
          "- Room 3, Home Wall: the work each participant does in their own school",
          "- Room 4, Back Office: staff, resources, evaluation and the people we work for",
          "- Room 5, Gallery: the three marked pieces, the award, and the Gallery Schedule of panels",
          "- Room 6, Outside contract: things the Studio does that people sometimes think are part of the course"]:
    para(s, after=1)

title("HOW TO READ THIS LIST")
notes = [
    "1. Every snag has a number (room, then item), where it is, what we found, what is to be done and by whom, and "
    "its status.",
    "2. Status is one of five words:",
    "   - Closed: in place and working now; nothing to do.",
    "   - Made good: put right since List 2 and now in place.",
    "   - Open: not yet in place. The action column says what will be done, by whom and by when. An Open item is "
    "not part of the course until it is closed.",
    "   - Client: waiting on a decision by the University or the Borough. Not in place until they decide.",
    "   - Outside contract: done by somebody else, or by the Studio for another purpose. Not part of this course.",
    "3. The participant is the SENCO on the course. Their tutor is one of the course team in 4.01. The Wall Buddy is "
    "the colleague in the participant's school who supports the Home Wall work.",
    "4. A Bench Day is a day's workshop at the Studio (09.30 to 15.30). There are ten.",
    "5. A Home Wall task is a piece of work done in the participant's own school between Bench Days.",
    "6. The three marked pieces are the Cartoon, the Mural and the Crit (see 5.01). Each is marked, and must be "
    "passed.",
    "7. The Gallery Schedule (5.06) lists the panels: the things a participant must show by the end. Under Made in we "
    "give the Bench Day or Days at which the panel is made. A dash (—) under Made in means no Bench Day makes that "
    "panel: the participant is expected to bring it with them from their own practice. Under Fixed in, Cartoon, "
    "Mural or Crit names the marked piece in which the panel is assessed.",
    "8. Panels are numbered by wall, as on a mural key: G for the gable wall (what the SENCO is like), L for the long "
    "wall (what the SENCO knows), F for the front wall (what the SENCO does).",
    "9. Anything struck through or in a comment is a note between the two of us and is not part of the list.",
]
for n in notes:
    para(n, after=1)

# ---------------------------------------------------------------- room 1
title("ROOM 1 — FRONT DOOR (getting in)")
t = table(5, SNAG, SNAG_HEAD)
row(t, ["1.01", "Validation", "The course is module EDU7021 The SEN Coordinator: Leading Provision, validated by the "
        "University of Easterholt, Faculty of Education, on 9 October 2008. The University awards the credit; the "
        "Studio teaches and assesses under the University's collaborative provision agreement, signed on 30 October "
        "2008.", "None", "Closed"])
row(t, ["1.02", "Level and credit", "The University has confirmed the module at Level 7 (masters level). Its Academic "
        "Board will decide whether it carries 45 or 60 credits at its meeting on [date TBC]. We have planned the "
        "study hours for 60.", "Chase the Faculty Registrar. BL", "Client"])
row(t, ["1.03", "Who can apply", "Candidates must be qualified teachers who are their school's SENCO, or will be "
        "within the school year, nominated by their headteacher. Each sends the nomination form, a 500-word "
        "statement of their SEN experience and a completed Starting Sketch (2.02). The course leader reads every "
        "application and talks to every candidate by phone. A candidate who is not yet ready to reach the panels in "
        "a year is told in writing what to do first (usually the Borough's SEN in the Classroom twilight series) "
        "and the course leader rings their headteacher to agree it; they are offered a place the next September.",
        "None", "Closed"])
c = row(t, ["1.04", "Checks on candidates", "The nomination form asks the headteacher to give the date and number of "
            "the candidate's enhanced CRB disclosure and to confirm that List 99 and references were checked when the "
            "candidate was appointed. The course administrator checks every form before a place is offered and keeps "
            "the record.", "None", "Made good"])
add_ins(c[2].paragraphs[0], " A candidate who has not worked in a school, in a post with regular contact with "
        "children, in the last three months applies for a new enhanced disclosure through the Studio's registered "
        "umbrella body, and cannot start until it has come back clear.", JH, D1, size=8)
c = row(t, ["1.05", "Disability and access", "The leaflet and application form come in large print, Braille and on "
            "audio CD. The application form asks every candidate whether they have a disability or need any "
            "adjustment, and says why we ask and who will see the answer. Every candidate who tells us has an Access "
            "Conversation with the course leader before the course starts. Adjustments agreed so far include a BSL "
            "interpreter at every Bench Day, papers on cream paper in 14 point, a reserved parking bay and use of the "
            "quiet room.", "None", "Closed"])
more(c[2], "The Bench Room is on the ground floor with level access, an accessible toilet and a hearing loop. In "
     "assessment we give extra time, other formats (for example a recorded reflective statement instead of a "
     "written one) and can hold the Crit in the participant's own school. Placement schools are checked for access "
     "before a disabled participant is placed there. Selection is on the criteria in 1.03 and nothing else. The "
     "Bench Days include disabled speakers (the Kirkhallam Disabled People's Forum leads part of Bench Day 1).")
c = row(t, ["1.06", "Prior learning", "Claims for credit for prior learning are handled by the University's Credit "
            "Office under its general regulations for other modules. This module is not on the University's list of "
            "modules open to APL, so every participant takes the whole module, whatever they have done before. "
            "What a participant already knows and does is taken into account in the Starting Sketch (2.02).",
            "None", "Outside contract"])
comment(doc, [c[2].paragraphs[0].runs[0]], "Could we ask the Faculty to put EDU7021 on the APL list? Three heads have "
        "asked about credit for their SENCOs' previous courses. BL", "Bryony Leck", "BL")
row(t, ["1.07", "Direct Fix (assessment only)", "A teacher already working at SENCO level (for example an advisory "
        "teacher from the Borough's Inclusion Support Service, or a SENCO moving from another authority) may ask to "
        "be assessed without the Bench Days. The course leader decides, on the Starting Sketch and an interview. A "
        "Direct Fix candidate hands in all three pieces (Cartoon, Mural, Crit), is assessed against every panel in "
        "the Gallery Schedule in the same way as everyone else, and pays £450 instead of the full fee.",
        "None", "Closed"])
c = row(t, ["1.08", "Start dates and pattern", "One start a year, in September. The ten Bench Days are on Thursdays, "
            "in order, roughly once a month from September to June, all taught at the Studio. The course is part "
            "time only.", "None", "Closed"])
add_del(c[2].paragraphs[0], " A second group starting in January will be run from 2009 if numbers allow.", BL, D2,
        size=8)
row(t, ["1.09", "Other starts", "Nothing yet for participants who cannot start in September or cannot come on "
        "Thursdays.", "Look at a January start and a Saturday repeat of each Bench Day for 2010–11; cost them by "
        "Easter 2009. BL", "Open"])
row(t, ["1.10", "Online", "There is no e-learning in this course. Every Bench Day is at the Studio and the Home Wall "
        "tasks are done in school. Papers go out by post and email; pieces are handed in on paper.", "None",
        "Closed"])
col_widths(t, SNAG)

# ---------------------------------------------------------------- room 2
title("ROOM 2 — BENCH ROOM (the ten Bench Days)")
t = table(5, SNAG, SNAG_HEAD)
row(t, ["2.01", "Aim", "The course aims to raise the attainment and accelerate the progress of pupils with SEN in "
        "participants' schools, measured in National Curriculum levels and P scales, by making each participant "
        "an effective leader of SEN provision. Every Bench Day objective and every marked piece is written to that "
        "aim.", "None", "Closed"])
c = row(t, ["2.02", "Starting Sketch and Personal Cartoon", "Before Bench Day 1 each participant rates themselves "
            "against every panel in the Gallery Schedule and brings evidence for three.", "None", "Closed"])
fn.add(c[2].paragraphs[0], "The Starting Sketch is a four-page booklet. For each panel the participant gives a "
       "rating from 1 (new to me) to 4 (I do this and could show a colleague how) and a line of evidence; the "
       "tutor's notes from the meeting are written on the back page.")
more(c[2], "At a forty-minute meeting the tutor goes through the ratings and evidence with them, corrects ratings "
     "that are too high or too low, and the two agree a Personal Cartoon: which panels need most work, which Home "
     "Wall tasks and which of the optional specialist surgeries the participant will do, and two or three personal "
     "targets beyond the minimum. The Personal Cartoon takes full account of what the participant already knows and "
     "does, is reviewed at the mid-point meeting in February, and the tutor checks it against the marked pieces.")
row(t, ["2.03", "Bench Days", "The ten Bench Days are set out in the table below this one. Each ends with the Home "
        "Wall task that follows it.", "None", "Closed"])
row(t, ["2.04", "Reading", "Each Bench Day has a reading pack of current articles and extracts, posted a fortnight "
        "before.", "Bring the packs up to date before September 2009, adding recent inspection reports. AF",
        "Open"])
row(t, ["2.05", "Specialist tutors", "Specialists from the Borough's Inclusion Support Service and the primary care "
        "trust teach at Bench Days 3, 4 and 8 (see 4.01), and each runs an optional specialist surgery after their "
        "Bench Day for participants who chose it in their Personal Cartoon.", "None", "Closed"])
row(t, ["2.06", "Mid-point meeting", "In February each participant meets their tutor for an hour to review the "
        "Personal Cartoon, the Home Wall tasks done so far and the Cartoon mark, and to change the plan for the "
        "rest of the year if needed.", "None", "Closed"])
col_widths(t, SNAG)

para("")
para("Bench Days (item 2.03)", bold=True)
bw = [2.2, 4.4, 14.0, 4.4]
t = table(4, bw, ["Bench Day", "Title", "What is made", "Home Wall task after it"])
bench = [
    ("1 (Sept)", "Setting out", "The SENCO's role under the SEN Code of Practice (2001) and the Education (Special "
     "Educational Needs Co-ordinators) (England) Regulations 2008; the Education Act 1996, the SEN and Disability Act "
     "2001, the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty; what they ask "
     "of the school and how the SENCO puts them into practice; current government policy, including Removing "
     "Barriers to Achievement and the Inclusion Development Programme. Part led by the Kirkhallam Disabled People's "
     "Forum.", "Check the school's SEN policy and Disability Equality Scheme against the Code and the Regulations."),
    ("2 (Oct)", "The whole picture", "Every Child Matters: the five outcomes and the SENCO's part in each. How "
     "children develop, physically, socially, emotionally and in language and thinking, and how development is "
     "affected by SEN and disability and by the physical and social setting for learning.",
     "Shadow a pupil with SEN for half a day."),
    ("3 (Nov)", "Knowing the tesserae", "The most common types of SEN and disability (behavioural, emotional and "
     "social difficulties; specific learning difficulties, including dyslexia; speech, language and communication "
     "needs; autistic spectrum disorders; moderate learning difficulties) and how each can affect learning; taught "
     "with the Borough's specialist teachers and a speech and language therapist.",
     "Write a one-page profile of the pupil you shadowed."),
    ("4 (Dec)", "Cutting and shaping", "Approaches, strategies and resources for assessment, planning, teaching and "
     "learning, including ICT, looked at critically: which remove barriers and for whom. What published research "
     "says works, and how to tell good evidence from a sales pitch. Cases brought by participants: seeing problems "
     "coming and making sound decisions on provision.", "Try one approach with a group and note what happened."),
    ("5 (Jan)", "Reading the wall", "Identifying pupils who may have SEN from observation, data and assessment; "
     "setting challenging targets; planning interventions; reviewing progress. Using assessments by other "
     "professionals to shape teaching. Using summative assessments, including national tests, to track progress and "
     "change programmes. Helping colleagues develop formative assessment, with approaches for pupils with SEN. "
     "Identifying in good time the special arrangements pupils need for national tests and examinations and "
     "putting them in place with colleagues.", "Map provision for one year group."),
    ("6 (Feb)", "The key plan", "Provision mapping and provision management: laying out a provision map as a mural "
     "key, costing it, finding provision that is missing or does not work.", "Finish the provision map."),
    ("7 (Mar)", "Many hands", "Advising and supporting colleagues within and beyond the school; observing teaching "
     "and giving feedback; modelling, coaching and mentoring; planning and leading a staff training session. "
     "Speaking clearly to colleagues and listening to views that differ from yours.",
     "Observe a colleague teaching a pupil with SEN and give feedback."),
    ("8 (Apr)", "Outside the studio", "The scope and role of external agencies (educational psychology, speech and "
     "language therapy, CAMHS, sensory support, social care) and how to get specialist support and resources; the "
     "Common Assessment Framework; working in partnership with services and voluntary organisations (Kirkhallam "
     "Parent Partnership, the National Autistic Society's local branch, Mencap); using outside advice and research "
     "to improve your own and colleagues' practice.", "Agree a joint plan with one outside professional."),
    ("9 (May)", "Families and the governing body", "Fair, respectful and constructive relationships with pupils and "
     "their families; advising, supporting and working in partnership with parents and carers, including at annual "
     "reviews, with a parent carer from the Kirkhallam Parent Carers' Forum. With the head and governors: the SEN "
     "policy, an inclusive ethos, priorities and the use of resources.", "Lead a review meeting with parents."),
    ("10 (June)", "The Crit and the Next Wall", "The Crits (5.01). The Next Wall session (5.05). Keeping up to date and "
     "taking charge of your own professional development.", "—"),
]
for b in bench:
    row(t, list(b))
col_widths(t, bw)

# ---------------------------------------------------------------- room 3
title("ROOM 3 — HOME WALL (in the participant's own school)")
t = table(5, SNAG, SNAG_HEAD)
row(t, ["3.01", "Home Wall tasks", "After each Bench Day the participant does the Home Wall task in the table above "
        "in their own school, and brings what they found to the next Bench Day. Each task puts into practice what was "
        "made at the Bench Day, in the participant's own school, with real pupils and colleagues; the Cartoon and the "
        "Mural are built from the tasks. At the mid-point meeting and in the Crit each participant shows what has "
        "changed in their school's practice because of the work.", "None", "Closed"])
c = row(t, ["3.02", "Placement", "Each participant spends one day on placement at Hollin Bank School or the "
            "Tennyson Road Resource Base, with an observation focus taken from their Personal Cartoon. The Studio "
            "arranges and confirms every placement; the host school's SENCO meets the participant at the end of the "
            "day. The placement report is an appendix to the Mural.", "None", "Closed"])
fn.add(c[2].paragraphs[0], "Hollin Bank School is an all-age special school for pupils with severe and profound and "
       "multiple learning difficulties; Tennyson Road Resource Base is a primary base for pupils with autism. Both "
       "are Borough schools and have hosted our artists for many years.")
row(t, ["3.03", "Wall Buddies", "Each participant's headteacher names a Wall Buddy, a senior colleague who supports "
        "the Home Wall work. Wall Buddies are sent the Home Wall Handbook by post.", "See 4.03", "Closed"])
row(t, ["3.04", "Triads", "Participants are put in threes with SENCOs from other schools, and each triad meets once "
        "between Bench Days to share Home Wall findings and visit one another's schools.", "None", "Closed"])
col_widths(t, SNAG)

# ---------------------------------------------------------------- room 4
title("ROOM 4 — BACK OFFICE (staff, resources, evaluation, stakeholders)")
t = table(5, SNAG, SNAG_HEAD)
c = row(t, ["4.01", "Course team", "Bryony Leck, Course Leader: SENCO for nine years at Thornlaw Primary School, "
            "Advanced Diploma in Special Needs in Education (Open University), MA in Education (Inclusion); has led "
            "the Studio's schools programme since 2004.", "None", "Closed"])
for s in ["Dr Alison Frain, University link tutor: Principal Lecturer in Special and Inclusive Education, University "
          "of Easterholt; former local authority SEN adviser.",
          "Sanjay Mistry, specialist teacher, Borough autism outreach team (Bench Day 3).",
          "Helen Okafor, specialist speech and language therapist, Kirkhallam primary care trust (Bench Days 3 and 4).",
          "Gwen Pyrah, educational psychologist, Borough Inclusion Support Service (Bench Day 8).",
          "All of the team are working practitioners: each is in schools every week, and each goes to at least one "
          "national SEN conference a year, at the Studio's cost."]:
    more(c[2], s)
row(t, ["4.02", "Tutor briefing", "Every tutor has the Tutor Handbook (roles, the timetable, the Home Wall tasks, what to "
        "do if a participant is struggling). The course leader briefs each visiting tutor on the panels their Bench Day "
        "makes before they teach it, and the team meets for a day each July.", "None", "Closed"])
row(t, ["4.03", "Wall Buddy briefing", "Wall Buddies get the Home Wall Handbook and nothing else.", "Run a briefing "
        "evening for Wall Buddies at the start of 2009–10. BL", "Open"])
row(t, ["4.04", "How we check the course", "Every participant fills in an evaluation sheet at every Bench Day and a "
        "longer questionnaire at the mid-point meeting; the team reads them at the end of each term and the July "
        "team day goes through them with the marks for each piece. What we change is written in the Snag Book and "
        "the next year's handbook, and the Snag Book is walked in November each year, as this list was.", "None",
        "Closed"])
row(t, ["4.05", "External examiner", "The University will appoint an external examiner to the module.",
        "Name awaited from the Faculty. AF", "Client"])
row(t, ["4.06", "Difference it makes", "Each participant rates their own confidence against every panel in the "
        "Starting Sketch and again at the Crit, and the tutor sets the two beside the marks. The Mural must include "
        "baseline and follow-up measures for the pupils in the participant's intervention (for example reading age, "
        "P scale, attendance and a Boxall profile). The course leader collates the pupils' "
        "measures and the confidence ratings across the group each year and reports them, with the marks, to the "
        "July team day and to the University.", "None", "Closed"])
row(t, ["4.07", "What schools need", "In June 2008 the Kirkhallam SENCO Network surveyed its members (38 of 52 "
        "replied), and the Borough shared its 2007 review of SEN provision. Both said new SENCOs most needed help "
        "with provision mapping, working with outside agencies and managing the new Regulations; these have whole "
        "Bench Days (1, 6 and 8). An evening with the Kirkhallam Parent Carers' Forum in July 2008 asked for more on "
        "working with families.", "None", "Closed"])
row(t, ["4.08", "What they changed", "After List 2, Bench Day 9 was given to families and the governing body in "
        "place of a second day on data, because of the Parent Carers' Forum evening; the Network asked for the "
        "triads (3.04), which were added; the Borough asked for the placement day, which was added.", "None",
        "Made good"])
c = row(t, ["4.09", "Stakeholders in the review", "The Borough's specialists teach at three Bench Days, Borough "
            "schools host the placements, and participants' headteachers sit in on the Crit.",
            "Invite the SENCO Network chair and a Borough SEN officer to the July team day. BL", "Open"])
add_del(c[2].paragraphs[0], " Two headteachers from the SENCO Network will sit on the annual review.", BL, D2,
        size=8)
row(t, ["4.10", "Resources", "The Bench Room seats twenty-four, with a projector and whiteboard. The Studio's SEN "
        "library has about 250 books and the main journals, lent by post. Participants have the University's library "
        "and e-journals for the year. Six laptops for Bench Days.", "None", "Made good"])
row(t, ["4.11", "Specialist technology", "An assistive technology loan kit (Clicker 5, a talking word processor, "
        "switches and Widgit symbol software) for Bench Day 4 and for participants to borrow.",
        "Order placed; delivery expected January 2009. JH", "Open"])
row(t, ["4.12", "Cost", "The fee is £1,050 for the year. The Borough pays half for its own schools from its Standards "
        "Fund allocation. Specialist surgeries are optional and free, and each participant picks only the ones their "
        "Personal Cartoon calls for.", "None", "Closed"])
col_widths(t, SNAG)

# ---------------------------------------------------------------- room 5
title("ROOM 5 — GALLERY (marked pieces, the award, the panels)")
t = table(5, SNAG, SNAG_HEAD)
row(t, ["5.01", "The three marked pieces", "The Cartoon (January, 4,000 words): a study of SEN provision in the "
        "participant's school, with a provision map, the deployment of support staff, the school's self-evaluation "
        "of SEN and a review of provision carried out with colleagues. The Mural (April, 5,000 words): an "
        "intervention the participant leads for a small group, from identifying the pupils and using other "
        "professionals' assessments to targets, the pupils' test and examination arrangements, work with parents "
        "and outside agencies, and baseline and follow-up measures. The Crit (June): a twenty-minute presentation "
        "to the tutor and the participant's headteacher on a change the participant has led, with questions, and a "
        "1,500-word reflective statement.", "None", "Closed"])
row(t, ["5.02", "Marking", "Each piece is marked by the participant's own tutor.", "None", "Closed"])
c = row(t, ["5.03", "Second marking and moderation", "The University has not yet said whether the Faculty will "
            "moderate the module or leave it to the external examiner; until it does, marks are not second-marked "
            "or moderated.", "Faculty to decide. AF", "Client"])
comment(doc, [c[2].paragraphs[0].runs[0]], "Alison thinks the Faculty will moderate but cannot confirm until its "
        "January meeting. JH", "Joe Harnby", "JH")
row(t, ["5.04", "The award", "The award is made when every panel on the Gallery Schedule has been passed in the "
        "piece named under Fixed in. A panel not passed may be resubmitted once. There is no averaging of marks "
        "between pieces.", "None", "Closed"])
row(t, ["5.05", "Next Wall", "At Bench Day 10 each participant fills in the Next Wall sheet: three professional "
        "targets for the following year, what support they will need, and the further study open to them (the "
        "University's MA modules, the Borough's specialist courses). They are asked to take the sheet to their "
        "performance management meeting; the tutor reads each one and writes a response.", "None", "Closed"])
row(t, ["5.06", "Gallery Schedule", "The panels are listed in the schedule below.", "None", "Closed"])
col_widths(t, SNAG)

para("")
para("Gallery Schedule (item 5.06)", bold=True)
gw = [1.6, 16.0, 3.7, 3.7]
t = table(4, gw, ["Panel", "What the participant shows", "Made in", "Fixed in"])
walls = [
    ("GABLE WALL — what the SENCO is like", [
        ("G1", "Fair, respectful, supportive and constructive relationships with pupils with SEN and/or disabilities "
         "and with their parents or carers", "Bench 9", "Mural"),
        ("G2", "Gains the commitment of colleagues, including the headteacher and senior leaders, to better outcomes "
         "for pupils with SEN", "—", "Crit"),
        ("G3", "Anticipates and resolves problems; well-founded decisions and sound judgement on provision",
         "Bench 4", "Mural"),
        ("G4", "Expresses themselves clearly in speech and writing; listens to and understands others' views",
         "Bench 7", "Crit"),
        ("G5", "Draws on research and outside advice to improve their own and colleagues' practice", "Bench 4, 8",
         "Mural"),
        ("G6", "Keeps up to date and takes charge of their own professional development on SEN and disability",
         "Bench 10", "Crit"),
    ]),
    ("LONG WALL — what the SENCO knows", [
        ("L1", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and the "
         "SENCO, and how to put them into practice", "Bench 1", "Cartoon"),
        ("L2", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "Bench 2",
         "Cartoon"),
        ("L3", "The law on disability equality and the actions it requires for disabled pupils", "Bench 1",
         "Cartoon"),
        ("L4", "How children develop and how SEN, disability and the setting for learning affect development",
         "Bench 2", "Mural"),
        ("L5", "The common types of SEN and disability and how they affect learning", "Bench 3", "Mural"),
        ("L6", "A critical understanding of approaches, strategies and resources, including ICT", "Bench 4", "Mural"),
        ("L7", "The principles of school self-evaluation and improvement for pupils with SEN", "—", "Cartoon"),
        ("L8", "Best practice and the findings of research in meeting SEN", "Bench 4", "Mural"),
        ("L9", "The scope and role of external agencies and how to get specialist support and resources", "Bench 8",
         "Mural"),
    ]),
    ("FRONT WALL — what the SENCO does", [
        ("F1", "With senior colleagues and governors, influences an inclusive ethos, policies, priorities and the use "
         "of resources", "Bench 9", "Crit"),
        ("F2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress",
         "Bench 5", "Mural"),
        ("F3", "Uses other professionals' assessments to develop teaching", "Bench 5", "Mural"),
        ("F4", "Uses summative assessments, including national tests, to track progress and change programmes",
         "Bench 5", "Cartoon"),
        ("F5", "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN",
         "Bench 5, 7", "Crit"),
        ("F6", "Identifies in good time the special arrangements pupils need for national tests and examinations "
         "and puts them in place", "Bench 5", None),
        ("F7", "Uses provision mapping and management; finds provision that is missing or does not work", "Bench 6",
         "Cartoon"),
        ("F8", "Deploys and manages support staff effectively", "—", "Cartoon"),
        ("F9", "Supports colleagues' professional development: observation and feedback, modelling, coaching and "
         "mentoring, training", "Bench 7", "Crit"),
        ("F10", "Reviews and evaluates provision with other staff, to inform the school's self-evaluation", "—",
         "Cartoon"),
        ("F11", "Liaises with parents and carers to promote their children's learning and development", "Bench 9",
         "Mural"),
        ("F12", "Works in partnership with other services and agencies, including voluntary organisations",
         "Bench 8", "Mural"),
    ]),
]
for wall, panels in walls:
    cs = t.add_row().cells
    m = cs[0].merge(cs[3])
    cell_text(m, wall, bold=True, size=8)
    shade(m, "EFEFEF")
    for ref, desc, made, fixed in panels:
        cs = row(t, [ref, desc, made, fixed or ""])
        if fixed is None:
            p = cs[3].paragraphs[0]
            add_del(p, "None yet", JH, D1, size=8)
            add_ins(p, "Mural", JH, D1, size=8)
col_widths(t, gw)

# ---------------------------------------------------------------- room 6
title("ROOM 6 — OUTSIDE CONTRACT (the Studio's other work)")
t = table(5, SNAG, SNAG_HEAD)
row(t, ["6.01", "Consulting children and young people", "The Studio has consulted children on every one of its 63 "
        "school murals since 1994: pupils draw the first designs, vote on the final one and help to cut and lay the "
        "tesserae. Our artists are trained to run these consultations with pupils with SEN, using symbols, photos "
        "and objects.", "None", "Outside contract"])
row(t, ["6.02", "Tessera Online", "The Studio's video tutorials and forum for hobby mosaic makers.", "None",
        "Outside contract"])
row(t, ["6.03", "Borough SENCO induction", "The Borough's own termly induction meetings for new SENCOs, which many "
        "participants also attend.", "None", "Outside contract"])
col_widths(t, SNAG)

# ---------------------------------------------------------------- sign-off
title("SIGN-OFF")
t = table(3, [8.3, 8.3, 8.4], ["Walked and listed by", "Course Leader", "Director"])
row(t, ["Joe Harnby, Studio Manager", "Bryony Leck", "Tamsin Quarrie"])
row(t, ["17 November 2008", "17 November 2008", "17 November 2008"])
col_widths(t, [8.3, 8.3, 8.4])
para("")
sp = para(align=WD_ALIGN_PARAGRAPH.RIGHT)
add_textbox(sp, [("HANDOVER STAMP", True),
                 ("ALL SNAGS CLOSED. COURSE READY FOR HANDOVER.", True),
                 ("Ashlar Street Mosaic Studio", False)], width_pt=230, height_pt=58, border="7F0000",
            fill="FFFFFF")

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
