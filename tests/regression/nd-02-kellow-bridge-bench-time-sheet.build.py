"""nd-02-kellow-bridge-bench-time-sheet

Provider (invented): Kellow Bridge Saddlery & Harness School, Ludmore (saddle and
harness making, bridle work, saddle fitting), validated by the University of
Haverleigh, with Ludmore Borough Council. December 2008 / January 2009, for the
SENCO Bench starting September 2009.

Document kind: the school's workshop TIME SHEET (Form TS/4), the sheet every
apprentice books hours and jobs on, re-made for the Award and sent whole as the
application: a short note to the panel, the sheet's front (a field table with the
form's grey prompts left in), the Sheet itself (Bench Days B1-B10 with hours booked),
"Notes on Booking Time" 1-33 printed on the back (which hold the course's rules), and
the Job Code List J01-J29 (the minimum outcomes as workshop Jobs). Its own words:
bench-hands (participants), Foremen (tutors), Chargehands (school mentors), the
Time-keeper (administrator), the Shop Steward, the Shop Committee (stakeholder group),
Bench Days, out-work (school-based work), Inspections Insp 1-3 (the Harness Audit,
the Fitting Record, the Master Piece), passing off, the Starting / Finishing Sheet,
the Job Order (individual plan), time allowed (APL), piece-only (assessment-only), the
Snagging List (improvement list), the Next Job card.

Layout: no heading styles; titles are bold capitals typed as Normal paragraphs, some
on grey shading; notes hand-numbered "1." to "33." with bold lead-ins; four sections
(portrait front, landscape Sheet, portrait Notes, landscape Job Code List); the Sheet
table has a merged "HOURS BOOKED" header over three columns, vertically merged
header cells and merged term rows; the Job Code List has merged group rows; the key to
its "Booked at" and "Passed off at" columns is in Note 15, pages above the list; a VML
text box (the Time-keeper's box); header and footer with a PAGE field; two Word
comments; tracked changes (a deleted sentence, an inserted clause, a change in a cell
of the Job Code List and a matching one in the Sheet).

Traps (requirement ids):
- Job J03 "Keeping your sheet" sits where time management would be but is about
  booking hours on this sheet (6.A3 not_met, wrong context; also 1.9).
- Job J14 "Self-evaluation" is the bench-hand's own self-rating column on the sheet,
  not school self-evaluation (6.K7 not_met, wrong context; also 1.9).
- "OW" in "Booked at" means out-work only, "not taught at the bench at all" (defined
  in Note 15 far above): J02, J24, J28 are assessed but not developed (6.A2, 6.S4,
  6.S8 partially_met); J10's cell changes "B1" to "OW" by tracked change, and the
  Sheet's B1 cell deletes "J10" (6.K3 partially_met).
- J01 covers pupils only, not parents (6.A1 partially_met); J26 says "The school's own
  self-evaluation is not part of this Job" (6.S6 partially_met).
- CRB: a past arrangement on the old Harness Course, "not carried over" (5.3 not_met);
  a comment asking to ask again is not evidence.
- "We have not surveyed Ludmore schools or the Borough" (4.1 not_met); a comment about
  ringing six heads is not evidence; the Shop Committee only moved the day of the week
  (4.2 partially_met); the Shop Committee takes part in evaluation (4.3 met).
- One September intake, days in order; the January Saturday intake is deleted
  (3.2 partially_met). "Nothing on the SENCO Bench is taught online" (3.3 n/a).
- Access is physical only plus "Everyone is welcome" (3.1 partially_met).
- Research only in general terms (1.3 partially_met).
- Parents only a Parent Partnership talk, and J28 is out-work (1.7 partially_met).
- Chargehands are only sent a copy of the sheet (5.7 partially_met; Foremen's
  induction is real).
- Library "has books" and Foremen bring things: no ICT or specialist technology
  (5.6 partially_met).
- Pupil impact only "you will no doubt see gains" (5.9 partially_met).
- Met despite looking like traps: the piece-only route (2.3), the Job Order (2.2),
  the passing-off rule (6.0: every Job must be passed off; J03 and J14's wrong content
  is judged under 6.A3 and 6.K7), the inserted University second marker (5.8).
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _nd_helpers import (ins_run, del_run, shade, shade_paragraph, cell_text, set_col_widths, repeat_header,
                         add_page_field, letterhead, add_textbox, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
RM = "Ruth Maddox"
DA = "2008-12-18T11:05:00Z"
DB = "2009-01-09T16:20:00Z"
GREY = "808080"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2)
hp = sec.header.paragraphs[0]
hp.text = "KELLOW BRIDGE SADDLERY & HARNESS SCHOOL · FORM TS/4 · SENCO BENCH"
hp.runs[0].font.size = Pt(8)
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.add_run("Keep this sheet with your tools. Form TS/4, revised for the SENCO Bench, December 2008. ").font.size = Pt(8)
add_page_field(fp, prefix="Page ")


def title(text, shaded=True, size=12):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if shaded:
        shade_paragraph(p, "D9D9D9")
    return p


def para(text, lead=None, num=None):
    p = doc.add_paragraph()
    if num:
        p.add_run(f"{num}.  ").bold = True
    if lead:
        p.add_run(lead).bold = True
    if text:
        p.add_run(text)
    return p


def prompt(cell, text):
    cell_text(cell, text, italic=True, size=9, color=GREY)


# ------------------------------------------------------------------ front
letterhead(doc, [
    "KELLOW BRIDGE SADDLERY & HARNESS SCHOOL",
    "Tannery Lane · Kellow Bridge · Ludmore LM4 9TJ · 01632 960 772",
    "Saddle and harness making · Bridle work · Saddle fitting · Since 1984",
], size=14)
title("BENCH TIME SHEET", size=18)
para("SENCO BENCH 2009–10 · NATIONAL AWARD FOR SEN COORDINATION").runs[0].bold = True

title("A NOTE FOR THE PANEL", shaded=False, size=10)
para("Every piece of work that leaves Kellow Bridge is booked on a time sheet: the hours, the jobs, and the foreman "
     "who passed it off. Our apprentices have used Form TS/4 since the school opened, and when we came to write the "
     "SENCO Bench we found that the sheet already said most of what a course needs saying. What follows is the sheet "
     "each bench-hand (a teacher on the course) keeps through the year, the Notes on Booking Time printed on its "
     "back, and the Job Code List, which is our list of the national minimum outcomes. We send it to you as our "
     "application, exactly as a bench-hand will receive it.")

ft = doc.add_table(rows=0, cols=2)
ft.style = "Table Grid"
fields = [
    ("Bench-hand", "[Full name, as it should appear on the certificate]", True),
    ("School and DfES number", "[School]", True),
    ("Headteacher", "[Name] – signs the Starting Sheet", True),
    ("Chargehand (your school mentor)", "[Name and post]", True),
    ("Foreman (your tutor)", "[Allocated at B1]", True),
    ("Bench", "SENCO Bench 2009–10, Tuesdays, Long Bench Room", False),
    ("Sheet opened", "[Date of Starting Sheet]", True),
    ("Time allowed for previous work", "[Hours, if any – see Note 7]", True),
]
for k, v, is_prompt in fields:
    r = ft.add_row()
    cell_text(r.cells[0], k, bold=True, size=9)
    shade(r.cells[0], "EFEFEF")
    if is_prompt:
        prompt(r.cells[1], v)
    else:
        cell_text(r.cells[1], v, size=9)
set_col_widths(ft, [Cm(6), Cm(11)])
p = doc.add_paragraph()
r = p.add_run("Fill in every box in ink. Your Foreman initials the Sheet at each Bench Day. Do not leave the "
              "self-evaluation column blank.")
r.italic = True
r.font.size = Pt(8.5)
r.font.color.rgb = RGBColor.from_string(GREY)

# ------------------------------------------------------------------ the Sheet (landscape)
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
s2.orientation = WD_ORIENT.LANDSCAPE
s2.page_width, s2.page_height = Cm(29.7), Cm(21)
s2.left_margin = s2.right_margin = Cm(1.8)
title("THE SHEET")
cols = ("Bench Day", "Date", "At the bench", "Jobs booked", "HOURS BOOKED", "", "", "Self-evaluation", "Foreman")
gt = doc.add_table(rows=2, cols=9)
gt.style = "Table Grid"
gt.alignment = WD_TABLE_ALIGNMENT.CENTER
for i in (0, 1, 2, 3, 7, 8):
    m = gt.cell(0, i).merge(gt.cell(1, i))
    cell_text(m, cols[i], bold=True, size=8.5)
    shade(m, "BFBFBF")
hm = gt.cell(0, 4).merge(gt.cell(0, 6))
cell_text(hm, "HOURS BOOKED", bold=True, size=8.5)
shade(hm, "BFBFBF")
for i, h in zip((4, 5, 6), ("Bench", "Home", "Out-work")):
    cell_text(gt.cell(1, i), h, bold=True, size=8.5)
    shade(gt.cell(1, i), "D9D9D9")
repeat_header(gt.rows[0])
repeat_header(gt.rows[1])
sheet = [
    ("AUTUMN TERM 2009",),
    ("B1", "15 Sep", "Opening the sheet: the SENCO's job; the Code and the law; Every Child Matters", "B1JOBS"),
    ("B2", "6 Oct", "How children grow; knowing the needs (1)", "J11, J12"),
    ("B3", "3 Nov", "Knowing the needs (2); spotting and setting; other people's measurements; approaches and kit",
     "J12, J13, J18, J19"),
    ("B4", "1 Dec", "Approaches and kit, ICT among them; test results; access arrangements", "J13, J20, J22"),
    ("SPRING TERM 2010",),
    ("B5", "12 Jan", "Thinking ahead; the provision map; looking back over the work", "J04, J23, J26"),
    ("B6", "9 Feb", "Working with the shop: saying it plainly; checking as you go; bringing on colleagues",
     "J05, J21, J25"),
    ("B7", "9 Mar", "Listening to the horse: pupils' say; fair dealing", "J01, J27"),
    ("B8", "20 Apr", "Outside services; Ludmore Parent Partnership Service", "J16, J29"),
    ("SUMMER TERM 2010",),
    ("B9", "18 May", "Other makers' work: research and what works; policy with the governors", "J06, J15, J17"),
    ("B10", "22 Jun", "Finishing Sheet; Next Job card; keeping your hand in; Master Piece presentations", "J07"),
]
for row in sheet:
    r = gt.add_row()
    if len(row) == 1:
        m = r.cells[0].merge(r.cells[8])
        cell_text(m, row[0], bold=True, size=8.5)
        shade(m, "EFEFEF")
        continue
    cell_text(r.cells[0], row[0], bold=True, size=8.5)
    cell_text(r.cells[1], row[1], size=8.5)
    cell_text(r.cells[2], row[2], size=8.5)
    if row[3] == "B1JOBS":
        pj = r.cells[3].paragraphs[0]
        rr = pj.add_run("J03, J08, J09")
        rr.font.size = Pt(8.5)
        del_run(pj, ", J10", RM, DB)
        rr = pj.add_run(", J14")
        rr.font.size = Pt(8.5)
    else:
        cell_text(r.cells[3], row[3], size=8.5)
    for i, v in zip((4, 5, 6), ("6", "12", "10")):
        cell_text(r.cells[i], v, size=8.5)
    prompt(r.cells[7], "[How well did you work today?]")
    cell_text(r.cells[8], "", size=8.5)
r = gt.add_row()
cell_text(r.cells[0], "Insp", bold=True, size=8.5)
m = r.cells[1].merge(r.cells[3])
cell_text(m, "Inspection pieces Insp 1 to Insp 3, worked up in school and written at home", size=8.5)
for i, v in zip((4, 5, 6), ("–", "200", "120")):
    cell_text(r.cells[i], v, size=8.5)
r = gt.add_row()
m = r.cells[0].merge(r.cells[3])
cell_text(m, "TOTALS (600 hours = 60 credits at Level 7)", bold=True, size=8.5)
for i, v in zip((4, 5, 6), ("60", "320", "220")):
    cell_text(r.cells[i], v, bold=True, size=8.5)
set_col_widths(gt, [Cm(1.5), Cm(1.6), Cm(8.2), Cm(3.4), Cm(1.4), Cm(1.4), Cm(1.7), Cm(4.3), Cm(2.0)])
p = doc.add_paragraph()
rr = p.add_run("J03 and J14 are booked at every Bench Day. Hours shown are for a bench-hand starting from scratch; "
               "your Job Order (Note 8) may move them.")
rr.font.size = Pt(8.5)

# ------------------------------------------------------------------ Notes (portrait)
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
s3.orientation = WD_ORIENT.PORTRAIT
s3.page_width, s3.page_height = Cm(21), Cm(29.7)
s3.left_margin = s3.right_margin = Cm(2)
title("NOTES ON BOOKING TIME")
p = doc.add_paragraph()
rr = p.add_run("Printed on the back of every sheet. Read them before B1.")
rr.italic = True

para("This is your time sheet for the SENCO Bench, the Kellow Bridge course for teachers who lead the coordination "
     "of provision for pupils with special educational needs and disabilities. You keep it with your tools for the "
     "whole year. It records the hours you book, the Jobs you work at, and the Jobs your Foreman passes off.",
     "What this sheet is. ", 1)
para("The SENCO Bench is validated by the University of Haverleigh as its Postgraduate Certificate in Special "
     "Educational Needs Coordination. The University's validation panel approved it on 3 December 2008 for five "
     "years, for delivery at Kellow Bridge with Ludmore Borough Council; the University awards the certificate and "
     "the credit.", "The certificate. ", 2)
para("The Bench is 600 hours of study, which the University counts as 60 credits at Master's level (Level 7). You "
     "book three kinds of hour: bench hours, on the ten Bench Days at the workshop; home hours, reading and writing "
     "in your own time; and out-work hours, the work you do in your own school with your pupils and colleagues.",
     "Hours and credit. ", 3)
para("Your Foreman is your tutor: he or she teaches at the bench, sees you for tutorials and marks your Inspections. "
     "Your Chargehand is a senior colleague in your own school, usually a deputy head, who agrees to mentor you. The "
     "Time-keeper, Jean Wilks, keeps the sheets and the attendance register. The Shop Steward is a bench-hand elected "
     "by the others at B1 to speak for them. The Shop Committee is described in Note 24.", "Who is who. ", 4)
para("The sheet exists for one purpose: that pupils with special educational needs and disabilities in your school "
     "achieve more and are better off in all five of the Every Child Matters outcomes – being healthy, staying safe, "
     "enjoying and achieving, making a positive contribution and achieving economic well-being. Every Job on the "
     "list is there because it serves that, and every Inspection asks what difference your work made to pupils.",
     "What the Bench is for. ", 5)
para("The Bench is open to qualified teachers who are their school's SENCO, or will be by September 2010, and who "
     "have their headteacher's signed agreement to release them for the ten Bench Days and to provide a Chargehand. "
     "Before a place is offered, the Senior Foreman reads the applicant's Starting Sheet (Note 8) and meets them. If "
     "the Starting Sheet shows that an applicant is not yet ready to reach every Job by June – most often a teacher "
     "with under two years in the classroom – the Senior Foreman tells them what to do first, writes to their "
     "headteacher with the same advice, and offers a place the following year.", "Who can book on. ", 6)
para("Bench-hands who have already done Master's-level study in special educational needs, or whose work in school "
     "already covers whole Jobs, can claim time allowed against the sheet. The Senior Foreman helps you put together "
     "a claim with evidence against the Jobs concerned; the University's accreditation of prior learning board "
     "decides it, up to 20 of the 60 credits. Jobs covered by time allowed are marked TA on your sheet, count as "
     "passed off, and are not booked again.", "Time allowed for previous work. ", 7)
para("Before B1 you fill in the Starting Sheet: for each of the 29 Jobs on the Job Code List you say what you "
     "already do, with an example from your school, and your headteacher adds a comment. At B1 your Foreman goes "
     "through it with you and together you draw up your Job Order: which Jobs need most bench time, which you can "
     "move through quickly, any extra Jobs you and your school want added (a Job on a resourced base, say, or on a "
     "particular need), and the hours you will book to each. The Job Order is your own training plan and your own "
     "list of outcomes for the year; your Foreman reviews it with you at every tutorial.", "The Starting Sheet. ", 8)
para("In exceptional cases – for example, a teacher from the Borough's Learning Support Service who has coordinated "
     "provision in schools for years – a bench-hand may ask to be inspected without booking any bench time. The "
     "Senior Foreman decides from the Starting Sheet and an interview whether the request is reasonable. A piece-only "
     "bench-hand submits the three Inspection pieces, is inspected on every Job in exactly the same way as everyone "
     "else, and pays the inspection fee only (£420).", "Piece-only. ", 9)
p10 = para("On our old Harness Course for teaching assistants (2006 to 2008) the Time-keeper saw each person's CRB "
           "disclosure on the first day and noted its number. We have not carried this over to the SENCO Bench: "
           "bench-hands are serving teachers, and their schools hold their checks.", "Criminal records. ", 10)
comment(doc, p10.runs[-1], "Should we ask for the numbers again? RM", "Ruth Maddox", "RM")
p11 = para("The ten Bench Days are on Tuesdays in the Long Bench Room, from September to June, taken in order, B1 to "
           "B10. There is one intake a year, in September. If you miss a Bench Day you catch up from the Foreman's "
           "notes and a tutorial, or book the day with the next year's Bench.", "Bench Days. ", 11)
del_run(p11, " A second intake, on Saturdays from January 2010, will start if twelve bench-hands apply.", RM, DB)
para("Nothing on the SENCO Bench is taught online. All Bench Days are at the workshop; the Foreman's notes for each "
     "day are sent to you afterwards by post or email.", "No online booking. ", 12)
para("Out-work is the work you do in your own school. Each Bench Day ends with an out-work task for the following "
     "month – trying an approach with a group of pupils, observing a colleague, running a review meeting – which you "
     "book as out-work hours and talk through with your Chargehand. All three Inspection pieces are out-work: they "
     "are done in your school, with your pupils and colleagues, and your Chargehand confirms that the work took "
     "place.", "Out-work. ", 13)
para("Your work is inspected three times. Insp 1, The Harness Audit (3,000 words, handed in after B4): an audit of "
     "your school's SEN policy and practice against the SEN Code of Practice, the Every Child Matters outcomes and "
     "the disability equality duty, with the action your headteacher has agreed; Insp 1 also checks your sheet. "
     "Insp 2, The Fitting Record (4,000 words, after B8): the case records of three pupils – the nature of each "
     "pupil's needs and how their development has been affected by them and by their setting; how each was "
     "identified; the assessments from other professionals used; their targets, interventions, review of progress "
     "and tracking through test results; the approaches and resources chosen; the decisions you took and why; "
     "their own views, gathered by you; the record of a meeting with their parents; access arrangements made for "
     "tests, where these apply; the provision map for their year group; and the outside services involved. Insp 3, "
     "The Master Piece (5,000 words and a presentation at B10): a change in your school's provision that you lead "
     "with colleagues and agree with senior leaders and governors, including how you won them over, how you "
     "deployed support staff, how you supported colleagues' development and their assessment for learning, carried "
     "out, evaluated with colleagues for its effect on pupils, and set against research and outside advice, with "
     "your CPD log for the year.", "Inspections. ", 14)
para("The Job Code List, at the end of this sheet, gives the 29 Jobs. Under Booked at, B1 to B10 are the Bench Days "
     "at which a Job is worked at the bench. OW in that column means out-work only: the Job is not taught at the bench "
     "at all, and you work it up in school on your own and bring it to Inspection. Under Passed off at, Insp 1, Insp 2 "
     "and Insp 3 are the Inspections at which the Job is marked and signed.", "The Job Code List. ", 15)
para("A Job is passed off when the Foreman marking the Inspection signs it in the Passed off at column of your copy "
     "of the list. A Job not passed off is brought again to a later Inspection or, after B10, to a resubmission in "
     "September. The certificate and the 60 credits go only to a bench-hand who has been passed off on every one of "
     "the 29 Jobs, and no pass mark on an Inspection makes up for a Job that has not been passed off.",
     "Passing off. ", 16)
p17 = para("Before marking each Inspection the Foremen meet to mark two anonymous pieces together and agree the "
           "standard. Each piece is marked by your own Foreman and second-marked by another Foreman; a sample of each "
           "Inspection, and every piece where a Job is not passed off, goes to the University's moderator",
           "Marking and moderation. ", 17)
ins_run(p17, " and to a Level 7 second marker from the University's School of Education", RM, DA)
p17.add_run(". The external examiner, Professor Alan Greaves of Ravensdale University, sees a sample and all fails "
            "before the University's examination board confirms the results.")
para("Ruth Maddox, Senior Foreman, MEd (Special and Inclusive Education), was SENCO and then deputy head of "
     "Harrowby Special School in Ludmore for fourteen years before joining Kellow Bridge in 2006 to lead its learning "
     "support. Gareth Lowe, Foreman, is the Borough's autism outreach teacher, seconded one day a week, and holds a "
     "postgraduate certificate in autism. Dr Priya Sandhu, Foreman, is an educational psychologist with Ludmore's "
     "Educational Psychology Service, seconded for twenty days a year. Dr Colin Averill, Senior Lecturer in Education "
     "at the University of Haverleigh, is the link tutor and teaches at B9. Every Foreman keeps a hand in: each "
     "spends time every term in the SEN department of a Ludmore school.", "Foremen. ", 18)
para("A new Foreman shadows the Senior Foreman for a term, marks alongside her for one Inspection, and attends the "
     "University's induction for associate tutors on Level 7 marking and the assessment regulations.",
     "Foremen's induction. ", 19)
para("Your Chargehand is sent a copy of this sheet and the Job Code List at the start of the year.",
     "Chargehands. ", 20)
para("Bench Days bring in the people who do the work: the Borough's speech and language therapists, its sensory "
     "support service, the Ludmore Parent Partnership Service and the Connexions SEN adviser. Every bench-hand also "
     "spends two days on a visit placement, arranged by the Time-keeper, at Harrowby Special School or the Ludmore "
     "Speech and Language Base, working alongside the host's SENCO; the Senior Foreman agrees each placement's focus "
     "with the host beforehand.", "Visitors and visits. ", 21)
para("The workshop library has books on special educational needs, and the Foremen bring what you need on the day.",
     "The bench library. ", 22)
para("The workshop is on one floor, with level access from the yard and a parking bay by the door, and the Long "
     "Bench Room has a hearing loop. Everyone is welcome at Kellow Bridge.", "Access. ", 23)
para("The Shop Committee meets once a term. Its members are two Ludmore headteachers, the Borough's Principal "
     "Officer for SEN, a Chargehand, the Shop Steward, a parent governor nominated by the Ludmore Parent Partnership "
     "Service, the Senior Foreman and the University link tutor. It reads the Bench Day evaluation slips, the "
     "Finishing Sheets and the external examiner's report, hears two Master Piece presentations each June, and "
     "agrees the Snagging List (Note 25). At its first meeting, in October 2008, the headteachers asked us to move "
     "the Bench from Thursdays to Tuesdays, because Thursday is Ludmore's cluster meeting day for SENCOs; we did.",
     "The Shop Committee. ", 24)
p24b = para("We have not surveyed Ludmore schools or the Borough on what they want from the Bench. The Job Code List "
            "is the national list of outcomes, and that is what we teach.", "What schools want. ")
comment(doc, p24b.runs[-1], "We rang round six heads in the spring - worth saying? GL", "Gareth Lowe", "GL")
para("After every Bench Day each bench-hand fills in an evaluation slip, and the Foremen read them before the next "
     "Bench Day. At the end of each term the Foremen meet to go through the slips, the attendance register and the "
     "Jobs passed off so far. Each July the Senior Foreman writes the Snagging List – what needs putting right – from "
     "the slips, the Finishing Sheets, the external examiner's report and the University's annual monitoring report; "
     "the Shop Committee agrees it, and the Senior Foreman reports the following January which snags have been "
     "fixed.", "The Snagging List. ", 25)
para("At B10 you fill in the Starting Sheet again as a Finishing Sheet, and your Foreman sets the two side by side "
     "to see how far your practice and your confidence have moved on each Job; the Foremen total these for the Shop "
     "Committee. As for your pupils, you will no doubt see gains in their progress, and we will always be glad to "
     "hear of them.", "The Finishing Sheet. ", 26)
para("At B10 each bench-hand fills in a Next Job card: two or three professional targets for the year after the "
     "Bench, which you take back to your headteacher to agree at your performance management review. Your Foreman "
     "goes through the card with you at your last tutorial and gives you the University's information on its MA in "
     "Special and Inclusive Education, into which the 60 credits count.", "The Next Job card. ", 27)
para("The fee is £1,100 for the year, of which Ludmore Borough Council pays half for SENCOs in its schools. Time "
     "allowed for previous work takes £18 off the fee for each bench hour not needed. Your Foreman sees you for a "
     "tutorial after each Inspection and once a term, to go through your Job Order and what to book next; bench-hands "
     "who fall behind can book extra tutorials without charge.", "What the Bench costs. ", 28)
para("The Foremen keep up with the latest research and with what Ofsted is finding in schools, and bring it to the "
     "bench.", "Keeping up with the trade. ", 29)
para("B1 opens with the law and guidance that shape the SENCO's work: the SEN Code of Practice (2001) and its "
     "toolkit, Part IV of the Education Act 1996, Every Child Matters and the Children Act 2004, and Removing "
     "Barriers to Achievement (2004). Insp 1 is built on them.", "The law at the bench. ", 30)
para("B6, Working with the shop, is about advising and supporting colleagues in school and beyond it: leading staff "
     "training, observing and coaching teachers and teaching assistants, and working with the SENCOs of the other "
     "schools in your cluster and with the Borough's services. B7, Listening to the horse, is about consulting "
     "pupils: interviewing pupils about their provision, person-centred reviews, and using symbols and pictures with "
     "pupils who do not use speech; Insp 2 includes each pupil's own views, gathered by you. B8 includes a talk from "
     "the Ludmore Parent Partnership Service about the help it offers families.",
     "Colleagues, pupils and parents. ", 31)
para("The Master Piece must change something in your school's provision, not only describe it: the change has to "
     "be carried out before B10, and its effect on pupils measured.", "Making a difference. ", 32)
para("Book your hours at the end of each week while you still remember them. The Time-keeper collects the sheet for "
     "copying at every Bench Day.", "Keeping your sheet. ", 33)

# ------------------------------------------------------------------ Job Code List (landscape)
s4 = doc.add_section(WD_SECTION.NEW_PAGE)
s4.orientation = WD_ORIENT.LANDSCAPE
s4.page_width, s4.page_height = Cm(29.7), Cm(21)
s4.left_margin = s4.right_margin = Cm(1.8)
title("JOB CODE LIST")
jobs = [
    ("ATTRIBUTES – J01 to J07",),
    ("J01", "Fair dealing", "Dealing fairly, respectfully and steadily with pupils who have SEN or disabilities, so "
     "that they trust you and you can build on that trust.", "B7", "Insp 2"),
    ("J02", "Getting the head on side", "Winning the commitment of colleagues, the headteacher and senior leaders "
     "among them, to better outcomes for pupils with SEN and disabilities.", "OW", "Insp 3"),
    ("J03", "Keeping your sheet", "Booking your hours on this sheet honestly week by week, managing your bench time, "
     "and handing the sheet to the Time-keeper at each Bench Day.", "B1–B10", "Insp 1"),
    ("J04", "Thinking ahead", "Seeing problems coming, resolving them, and making well-founded decisions and sound "
     "judgements about provision.", "B5", "Insp 2"),
    ("J05", "Saying it plainly", "Putting things clearly in speech and in writing; listening to others and "
     "understanding their views.", "B6", "Insp 3"),
    ("J06", "Other makers' work", "Drawing on research evidence and outside advice to improve your own practice and "
     "your colleagues'.", "B9", "Insp 3"),
    ("J07", "Keeping your hand in", "Keeping up to date on SEN and disability and taking charge of your own CPD, with "
     "a CPD log kept through the year.", "B10", "Insp 3"),
    ("KNOWLEDGE – J08 to J16",),
    ("J08", "The Code", "Knowing the law and guidance on SEN, including the SEN Code of Practice, what it means for "
     "the school, for you and for others, and how to put it into practice.", "B1", "Insp 1"),
    ("J09", "Every Child Matters", "Knowing the principles and the five outcomes of Every Child Matters, and how a "
     "SENCO helps pupils reach them.", "B1", "Insp 1"),
    ("J10", "Equal access", "Knowing the laws on disability equality, what they require a school to do for disabled "
     "pupils, and how best to do it.", "CHANGE", "Insp 1"),
    ("J11", "How children grow", "How children develop, and how SEN, disability and the physical and social setting "
     "for learning affect development.", "B2", "Insp 2"),
    ("J12", "Knowing the needs", "The common types of SEN and disability – behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, "
     "autistic spectrum disorders and moderate learning difficulties – and how each affects learning.", "B2, B3",
     "Insp 2"),
    ("J13", "Approaches and kit", "A critical grasp of approaches, strategies and resources for assessment, "
     "planning, teaching and learning, ICT among them, and how to use them to remove barriers and personalise "
     "provision.", "B3, B4", "Insp 2"),
    ("J14", "Self-evaluation", "Filling in the self-evaluation column of this sheet at the end of each Bench Day: how "
     "well you think you worked and what you would do differently.", "B1–B10", "Insp 1"),
    ("J15", "What works", "Knowing best practice and what research has found about meeting special educational "
     "needs.", "B9", "Insp 3"),
    ("J16", "Outside services", "The scope and role of outside agencies, and how to get specialist support and "
     "resources for pupils.", "B8", "Insp 2"),
    ("SKILLS – J17 to J29",),
    ("J17", "Policy with the governors", "Working closely with senior colleagues and governors to advise on and "
     "influence an inclusive ethos, school policies and priorities, and the use of resources, so that all pupils can "
     "take part and make good progress.", "B9", "Insp 3"),
    ("J18", "Spotting and setting", "Identifying pupils who may have SEN or disabilities from observation, data and "
     "assessment; setting challenging targets; planning interventions that remove barriers; reviewing progress.",
     "B3", "Insp 2"),
    ("J19", "Other people's measurements", "Using assessments from a range of professionals to develop teaching and "
     "learning for pupils with SEN.", "B3", "Insp 2"),
    ("J20", "Test results", "Using summative assessments, national tests among them, to track pupils' progress and "
     "change their programmes.", "B4", "Insp 2"),
    ("J21", "Checking as you go", "Encouraging other teachers to develop formative assessment for all pupils, with "
     "particular approaches for pupils with SEN.", "B6", "Insp 3"),
    ("J22", "Access arrangements", "Identifying in good time the special arrangements pupils need for national tests "
     "and examinations, and putting them in place with colleagues, in class and in the tests.", "B4", "Insp 2"),
    ("J23", "The provision map", "Using provision mapping and management to plan provision, and finding provision "
     "that is ineffective or missing.", "B5", "Insp 2"),
    ("J24", "Deploying the shop", "Deploying and managing teaching assistants and other staff to support pupils "
     "with SEN.", "OW", "Insp 3"),
    ("J25", "Bringing on colleagues", "Supporting colleagues' professional development: observing and giving "
     "feedback, modelling, coaching and mentoring, and arranging training.", "B6", "Insp 3"),
    ("J26", "Looking back over the work", "Reviewing with colleagues how well provision has worked, using the "
     "provision map and pupils' progress, to plan the next year's map. The school's own self-evaluation is not part "
     "of this Job.", "B5", "Insp 3"),
    ("J27", "Pupils' say", "Making sure pupils with SEN take part in planning, agreeing, reviewing and evaluating "
     "their own provision, and helping colleagues to work with them in the same way.", "B7", "Insp 2"),
    ("J28", "Working with parents", "Liaising with the parents and carers of pupils with SEN to support their "
     "learning and development.", "OW", "Insp 2"),
    ("J29", "Other services", "Working in partnership with other services and agencies, voluntary organisations "
     "among them, so that support for each pupil fits together.", "B8", "Insp 2"),
]
jt = doc.add_table(rows=1, cols=5)
jt.style = "Table Grid"
for i, h in enumerate(("Job", "Name", "What the Job is", "Booked at", "Passed off at")):
    cell_text(jt.rows[0].cells[i], h, bold=True, size=9)
    shade(jt.rows[0].cells[i], "BFBFBF")
repeat_header(jt.rows[0])
for row in jobs:
    r = jt.add_row()
    if len(row) == 1:
        m = r.cells[0].merge(r.cells[4])
        cell_text(m, row[0], bold=True, size=9)
        shade(m, "EFEFEF")
        continue
    for i, v in enumerate(row):
        if v == "CHANGE":
            pc = r.cells[i].paragraphs[0]
            del_run(pc, "B1", RM, DB)
            ins_run(pc, "OW", RM, DB)
            continue
        cell_text(r.cells[i], v, size=9, bold=(i in (0, 1)))
set_col_widths(jt, [Cm(1.3), Cm(4.2), Cm(15.0), Cm(2.2), Cm(2.8)])

doc.add_paragraph()
ptb = doc.add_paragraph()
add_textbox(ptb, [
    [("TIME-KEEPER'S BOX", True)],
    [("Sheet received: ________   Copied: ________   Jobs passed off to date: ____ of 29", False)],
    [("600 hours · 60 credits at Level 7 · University of Haverleigh", False)],
], width_pt=430, height_pt=64, fill="F2F2F2", stroke="404040")
para("Ruth Maddox, Senior Foreman, for Kellow Bridge Saddlery & Harness School; Dr Colin Averill, link tutor, for "
     "the University of Haverleigh.", "Signed: ")

doc.save(str(OUT))
print("wrote", OUT)
