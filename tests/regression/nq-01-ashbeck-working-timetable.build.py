"""nq-01-ashbeck-working-timetable: build script (writes nq-01-ashbeck-working-timetable.docx beside itself).

PROVIDER (invented). The Ashbeck Society of Model Engineers, a model engineering society with a 5-inch and
7 1/4-inch gauge track (the Quarry Lane Railway), a Workshop School (lathe and milling classes, a Schools
Engineering Line for D&T teachers) and a Carriage Shed used as its teaching room. It runs the National Award for
SEN Coordination as "the SENCO Award Line", validated by the (invented) University of Carrowfield, with Wendmoor
County Council's Inclusion Service. Its Shed Master (programme leader) is a retired special school head.

DOCUMENT KIND AND LAYOUT. The Society sends the course as its railway's Working Timetable No. 14 with its
Sectional Appendix, the way the Society writes everything down: a title block table with merged and shaded cells,
a note to the panel in a floating text box (wps with a VML fallback), a Record of Amendments, Part A "General
Instructions" (hand-typed GI 1 ... GI 12 with bold run-in titles under Heading 1 parts), Part B the Key to the
symbols, Part C the Train Service (a Steaming Days table whose Saturday cells for Days 5-8 are merged down, the
three Goods Workings, the Footplate Turns), Part D the Working Timetable itself on a landscape page (28 timing
points as rows, merged and shaded group rows, eight Steaming Day columns 1S01-1S08 and three Goods Working columns
6G01-6G03, with cell values keyed only in Part B, two parts earlier), Part E the Sectional Appendix of Local
Instructions as a table, a Weekly Operating Notice in a shaded single-cell table, and a blank Footplate Turn sheet
with grey prompts. A header, and a footer with a PAGE field. Two Word comments. Tracked changes: a deleted
paragraph in a table cell, and a change inside a cell of the Part D grid.

The house vocabulary: Line (programme), Firemen (participants), Drivers (tutors), Pilotmen (school mentors),
Shed Master (programme leader), Timetable Clerk (administrator), Inspector (the University's external examiner),
Steaming Days (taught days), Footplate Turns (practical tasks in school), Goods Workings G1-G3 (assessed tasks),
the Weighbridge (marking and moderation), Route Learning and the Route Card (needs assessment and individual
training plan), Passed for the Road (awarded), the Signal Box (the website and message board), the Line
Committee. In Part D a time means the timing point is taught that day, "/" means "passes without stopping"
(named in the day's notes, not taught), "W" means weighed (marked, counts), "L" means light engine (feedback
only, not marked), "Q" means runs when required.

TRAPS (requirement ids).
- Blanket claim in the text box that every national outcome is a timing point; child development (6.K4) has no
  row at all in Part D and is taught nowhere (6.K4 not_met).
- Access arrangements for national tests (6.S2d) has a row but only "/" on 1S03 and no W or L: named in the day's
  notes only (not_met).
- Light engine "L" rows, taught but only given feedback: time management (6.A3), own CPD (6.A7), formative
  assessment with colleagues (6.S2c), involving pupils (6.S7): partially_met; 1.9 partially_met.
- Tracked change in a Part D cell: the 1S07 time for school self-evaluation (6.K7) is deleted and "/" inserted;
  it is weighed in 6G03, so assessed but not taught (partially_met).
- Right words about the wrong thing: "Credit for earlier study" (GI 6) is the Society's own Workshop Certificate
  excusing lathe safety induction; a comment asking about the University's APL is not evidence; prior experience
  only shapes the Route Card (GI 5), nothing is accredited (2.1 partially_met).
- Assessment-only ("Weighbridge only") route not yet decided, only "may be timetabled" if the University agrees
  (2.3 not_met).
- CRB checks are on Society members who drive public trains and help on Schools Days, not on Firemen; the only
  claim about Firemen is in the footer (5.3 not_met).
- The Society consults the children of its own Junior Section (wrong context); involving pupils appears only as
  "a short look" at the end of Day 5 and as a light-engine row (1.5 partially_met).
- Deleted paragraph: a January start of a second Line; Saturday service for Days 5-8 cancelled in the Weekly
  Operating Notice; Steaming Days and Goods Workings must be taken in order (3.2 partially_met).
- The Signal Box is peer-only: "Drivers do not work the message board" (3.3 partially_met).
- Stakeholders' involvement in evaluation is only hoped for ("hopes to ask ... would like a parent ... in due
  course"); they are involved in delivery (Pilotmen, parent panel) (4.3 partially_met).
- Placements only a day's visit "if their head can release them" (5.5 partially_met).
- Impact on pupils: baselines are taken in G2 but "not at present collected beyond the mark" (5.9 partially_met).
- Award rule is passing G1, G2 and G3 and signed Turn sheets, not every timing point weighed; a comment asking
  whether every timing point must be weighed is not evidence (6.0 partially_met).
- Further targets: only a hope and an open door (2.5 partially_met).
- Met despite looks: 4.1 and 4.2 (the County survey and what it changed), 5.8 (second marking, Weighbridge
  meeting, the Inspector's sample), 3.1 (sealed disclosure question, adjustments to assessment), 5.2.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, Inches

from _nq_helpers import (cell_text, del_paragraph, del_run, ins_run, landscape, page_field, para, portrait, runin,
                         shade, textbox, widths, word_count)

HERE = Path(__file__).parent
NAME = "nq-01-ashbeck-working-timetable"
AUTH = "Derek Pellow"
DATE = "2009-07-14T10:20:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = None
doc.styles["Heading 1"].font.size = Pt(13)
doc.styles["Heading 2"].font.size = Pt(11)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Inches(0.9)
hp = sec.header.paragraphs[0]
hp.text = "QUARRY LANE RAILWAY \u00b7 WORKING TIMETABLE No. 14 \u00b7 SENCO AWARD LINE"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("NOT FOR PUBLICATION. Every Fireman holds a current enhanced CRB disclosure.     Page ")
r.font.size = Pt(8)
page_field(fp, size=8)

# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=6, cols=4)
tb.style = "Table Grid"
tb.alignment = WD_TABLE_ALIGNMENT.CENTER
a = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(a, "ASHBECK SOCIETY OF MODEL ENGINEERS", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
shade(a, "1F3864")
a.paragraphs[0].runs[0].font.color.rgb = None
a.paragraphs[0].runs[0].font.color.theme_color = None
from docx.shared import RGBColor  # noqa: E402
a.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
b = tb.cell(1, 0).merge(tb.cell(1, 3))
cell_text(b, "QUARRY LANE RAILWAY\nWORKING TIMETABLE No. 14 and SECTIONAL APPENDIX", bold=True, size=12,
          align=WD_ALIGN_PARAGRAPH.CENTER)
shade(b, "D9E2F3")
rows = [("Line", "The SENCO Award Line (the National Award for SEN Coordination)", "Valid",
         "From Tuesday 15 September 2009 until further notice"),
        ("Issued by", "D. R. Pellow, Timetable Clerk", "Passed by", "The Line Committee, 2 June 2009"),
        ("Validated by", "University of Carrowfield, School of Education", "Supersedes",
         "None (first timetable for this Line)")]
for i, row in enumerate(rows, start=2):
    for j, t in enumerate(row):
        cell_text(tb.cell(i, j), t, bold=(j % 2 == 0), size=9)
        if j % 2 == 0:
            shade(tb.cell(i, j), "F2F2F2")
c = tb.cell(5, 0).merge(tb.cell(5, 3))
cell_text(c, "For the use of Society officers, Drivers, Pilotmen and Firemen working the SENCO Award Line. "
             "Two copies to the TDA approval panel.", italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
widths(tb, [1.1, 2.5, 0.9, 2.2])

p = para(doc, "")
textbox(p, [
    ("NOTE TO THE APPROVAL PANEL", True),
    "Dear Panel. The Society has kept its working in the form of a railway working timetable since the Quarry "
    "Lane line opened in 1961, and our Drivers and Firemen know where to look in one. We therefore send you "
    "Working Timetable No. 14 exactly as the Line uses it, with its Sectional Appendix and the current Weekly "
    "Operating Notice. You will find every one of the national minimum outcomes on the Line as a timing point "
    "in Part D. The words we use for people and things are set out in GI 3.",
    "Margaret Ollerenshaw, Shed Master (Programme Leader), Carriage Shed, Quarry Lane, Ashbeck.",
], width_in=6.6, height_in=1.4, fill="FFF8E1", line="7F6000")

para(doc, "RECORD OF AMENDMENTS", bold=True, size=10)
ra = doc.add_table(rows=1, cols=4)
ra.style = "Table Grid"
for j, t in enumerate(("No.", "Date", "Amendment", "Entered by")):
    cell_text(ra.rows[0].cells[j], t, bold=True, size=9)
    shade(ra.rows[0].cells[j], "D9D9D9")
for row in (("1", "2 June 2009", "First issue, as passed by the Line Committee.", "DRP"),
            ("2", "30 June 2009", "Steaming Day 7 given over wholly to provision mapping and the deployment of "
                                  "staff, following the County SENCO survey (see GI 11).", "DRP"),
            ("3", "14 July 2009", "Part E, Local Instruction 1 amended after the University's validation event.",
             "DRP"),
            ("4", "1 September 2009", "Weekly Operating Notice No. 37 added at the back.", "DRP")):
    cells = ra.add_row().cells
    for j, t in enumerate(row):
        cell_text(cells[j], t, size=9)
widths(ra, [0.5, 1.2, 4.2, 0.8])

# ---------------------------------------------------------------- Part A
doc.add_heading("PART A. GENERAL INSTRUCTIONS", level=1)
runin(doc, "GI 1. What the Line is for.",
      "The SENCO Award Line carries teachers who are new to leading the coordination of special educational "
      "needs provision in their schools, from first signing on to the National Award for SEN Coordination. Its "
      "one purpose is that the children and young people with special educational needs and/or disabilities in "
      "those teachers' schools achieve more, and are safer, healthier and happier for it. Every Steaming Day, "
      "every Footplate Turn and every Goods Working is timed against the five Every Child Matters outcomes "
      "(being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
      "economic well-being), and each Goods Working asks the Fireman to show what difference their work has "
      "made to pupils on at least two of the five, not on test results alone.")
runin(doc, "GI 2. Who works the Line.",
      "The Society has run a Workshop School at Quarry Lane since 1978 and, since 1996, a Schools Engineering "
      "Line for design and technology teachers under contract to Wendmoor County Council. Many of the pupils who "
      "come to the track on Schools Days have special educational needs, and the Society's Shed Master for this "
      "Line was head of Ashbeck Ridge Special School until 2007. The SENCO Award Line is worked jointly by the "
      "Society, the Inclusion Service of Wendmoor County Council and the University of Carrowfield. The "
      "University's Academic Board validated the Line on 12 March 2009 as a Postgraduate Certificate in Special "
      "Educational Needs Coordination of 60 credits at Master's level (Level 7); Firemen are registered students "
      "of the University and the University's postgraduate regulations apply to them.")
runin(doc, "GI 3. Words used on the Line.", "The words below are used in this timetable and on the Line.")
wt = doc.add_table(rows=1, cols=2)
wt.style = "Table Grid"
cell_text(wt.rows[0].cells[0], "Word", bold=True, size=9)
cell_text(wt.rows[0].cells[1], "What it means on the SENCO Award Line", bold=True, size=9)
shade(wt.rows[0].cells[0], "D9D9D9")
shade(wt.rows[0].cells[1], "D9D9D9")
for w, m in (("Line", "The programme leading to the National Award for SEN Coordination."),
             ("Fireman", "A teacher taking the Line. The word is used of women and men alike, as it always has "
                         "been on our footplates."),
             ("Driver", "A tutor on the Line (see GI 9). Society members who drive locomotives on public running "
                        "days are not Drivers on this Line."),
             ("Pilotman", "An experienced SENCO who conducts the Fireman over the school-based part of the Line "
                          "(see GI 10)."),
             ("Shed Master", "The Programme Leader."),
             ("Timetable Clerk", "The Line's administrator."),
             ("Steaming Day", "A taught day at the Carriage Shed, Quarry Lane. There are eight."),
             ("Footplate Turn", "A practical task in the Fireman's own school, set on a Steaming Day."),
             ("Goods Working", "An assessed task: G1, G2 and G3 (Part C)."),
             ("Weighbridge", "Where Goods Workings are marked and moderated (Local Instruction 7)."),
             ("Route Learning, Route Card", "The needs assessment before the Line starts, and the individual "
                                            "training plan that comes out of it (GI 5)."),
             ("Inspector", "The University's External Examiner."),
             ("Passed for the Road", "Awarded the National Award for SEN Coordination.")):
    cells = wt.add_row().cells
    cell_text(cells[0], w, bold=True, size=9)
    cell_text(cells[1], m, size=9)
widths(wt, [1.6, 5.1])

runin(doc, "GI 4. Signing on.",
      "The Line is open to qualified teachers who hold the SENCO post in a maintained school, academy or pupil "
      "referral unit, or whose headteacher has told them in writing that they will hold it from the start of the "
      "year. Each candidate sends the Timetable Clerk a signing-on form countersigned by their headteacher and "
      "comes to a Route Learning interview with the Shed Master. At the interview the candidate talks through a "
      "short piece of writing about one pupil they teach; the Shed Master uses it, with the candidate's "
      "self-audit (GI 5), to judge whether they have enough knowledge, understanding and experience to reach "
      "every timing point by the end of the year. A candidate who is not yet ready is given a written note of "
      "what to do first (for example a term shadowing the SENCO of a neighbouring school, or the County's "
      "two-day Introduction to SEN), and the Shed Master telephones their headteacher to agree it. They may sign "
      "on for the next timetable.")
runin(doc, "GI 5. Route Learning.",
      "Before Steaming Day 1 every Fireman learns the road. They rate themselves against each timing point in "
      "Part D as \u2018Know the road\u2019, \u2018Been over it once\u2019 or \u2018New road\u2019, and bring an "
      "example of their work for each \u2018Know the road\u2019. At the Route Learning interview the Shed Master "
      "goes through the self-audit with them, testing a sample of the \u2018Know the road\u2019 ratings with "
      "questions, so that knowledge that has gone out of date is not taken for current. From it the two of them "
      "write the Fireman's Route Card: the timing points the Fireman must work hardest at, the Q trains (Part B) "
      "they will take, the Footplate Turns their school will give them, and two or three personal timing points "
      "of their own, such as a dyslexia-friendly Year 7 timetable or a new way of running annual reviews. The "
      "Route Card is reviewed with a Driver on Steaming Days 3 and 6, and the Drivers check the self-audit "
      "against what each Goods Working shows.")
p = runin(doc, "GI 6. Credit for earlier study.",
          "The Society's Workshop Certificate (Lathe and Milling, Parts 1 and 2) is recognised on all Society "
          "lines. A Fireman who holds it is excused the workshop safety induction on Steaming Day 1, and may drive "
          "the Society's locomotives on public running days without a further assessment.")
cm = doc.add_comment(p.runs[1], text="Should we say the University's APL rules apply here too? Up to 20 credits, I "
                                "think. Margaret to check with Peter. JH", author="Jim Hebblethwaite",
                initials="JH")
cm._comment_elm.set(qn("w:date"), "2009-06-29T19:40:00Z")
runin(doc, "GI 7. Weighbridge only.",
      "Several headteachers have asked whether an experienced SENCO could go straight to the Weighbridge without "
      "the Steaming Days. The Line Committee has not yet decided. If the University agrees, a Weighbridge-only "
      "working may be timetabled from WTT 15 (2010-11); until then every Fireman works the whole Line.")
runin(doc, "GI 8. Equality on the Line.",
      "The Society's Equality Policy (adopted 2007 and revised for this Line in 2009) applies to every "
      "candidate and Fireman. The signing-on form asks each candidate, in a separate sealed section read only by "
      "the Shed Master, whether they have a disability or other need the Line should plan for, and explains why "
      "we ask; the question is asked again at the Route Learning interview and on Steaming Day 4. The Carriage "
      "Shed is on one level, with a ramped entrance, an accessible toilet and an induction loop; the clubhouse "
      "upstairs is not used by the Line. Papers are given in large print or electronically on request. Extra "
      "time and rest breaks are allowed in the Road Test (G3) where a Fireman's needs call for them, and a "
      "Fireman whose disability makes writing at length a barrier may give G1 as a recorded account with a "
      "shorter written summary. Selection is on the signing-on form and the interview only, and the Shed Master "
      "makes any adjustment a disabled candidate needs for the interview. The Line's leaflet says all of this in "
      "its first paragraph.")
runin(doc, "GI 9. Drivers.",
      "The Line is worked by four Drivers, each with at least five years in a SENCO post or in SEN support "
      "services. Margaret Ollerenshaw (Shed Master) was head of Ashbeck Ridge Special School from 1994 to 2007, "
      "holds an MA in Special and Inclusive Education and sits on the County's SEN moderating panel. Dr Peter "
      "Agbaje is senior lecturer in inclusive education at the University of Carrowfield and researches "
      "provision mapping in secondary schools. Ruth Kettlewell is the County's senior specialist teacher for "
      "cognition and learning and holds AMBDA. Graham Tuck was SENCO at Saltpans Primary School from 2001 to "
      "2009 and is now Area SENCO for the north of the county. All four attended the County's SEN update days in "
      "2008-09, and Dr Agbaje reviews the Line's reading lists each summer.")
runin(doc, "GI 10. Pilotmen.",
      "Every Fireman has a Pilotman: an experienced SENCO in their own school or a neighbouring one, agreed with "
      "the headteacher at signing on, who conducts the Fireman over their Footplate Turns, meets them at least "
      "twice a term and signs each Footplate Turn sheet. Before the Line opens every Pilotman comes to a half-day "
      "Pilotman's Briefing at the Carriage Shed, where a Driver goes through the Pilotman's Card (what a Pilotman "
      "does and does not do: a Pilotman advises and witnesses; a Pilotman never marks), and Pilotmen are sent "
      "each Goods Working brief when it is set. A Driver telephones each Pilotman once a term. The Drivers meet "
      "before each Goods Working is set to go through its Weighbridge Notes together.")
runin(doc, "GI 11. How the Line was surveyed.",
      "Before this timetable was drawn up, the Society and the County's Inclusion Service surveyed the county's "
      "212 SENCOs in the spring of 2008 (131 replied) and held two evening meetings for headteachers at the "
      "Carriage Shed in May 2008. SENCOs asked for more on managing teaching assistants and on provision "
      "mapping, and for Saturday days; headteachers asked that the course be rooted in the SENCO's own school "
      "and that time out of school be kept to eight days. Because of this the Line has eight Steaming Days, not "
      "the ten of the first draft; provision mapping and the deployment of staff were given the whole of "
      "Steaming Day 7; a Saturday service was added; and the Footplate Turns were set in the Fireman's own "
      "school.")
runin(doc, "GI 12. After the Line.",
      "The Society hopes that Passed Firemen will keep up their professional development, and the Shed Master is "
      "always glad to talk to any who want to go further. The University's MA in Inclusive Education is open to "
      "them, and Passed Firemen are always welcome at the Carriage Shed, lathe classes included.")

# ---------------------------------------------------------------- Part B
doc.add_heading("PART B. KEY TO THE WORKING TIMETABLE", level=1)
para(doc, "Read Part D with this key. The same symbols are used in Firemen's Route Cards.")
kt = doc.add_table(rows=1, cols=2)
kt.style = "Table Grid"
cell_text(kt.rows[0].cells[0], "Shown in Part D", bold=True, size=9)
cell_text(kt.rows[0].cells[1], "Meaning", bold=True, size=9)
for c in kt.rows[0].cells:
    shade(c, "D9D9D9")
for s, m in (("1S01 to 1S08", "Steaming Days 1 to 8, Tuesday service. The Saturday service (2S01 to 2S08) has "
                              "the same calls."),
             ("6G01, 6G02, 6G03", "Goods Workings G1, G2 and G3."),
             ("a time, e.g. 10.40", "The train calls: the timing point is taught and worked on that Steaming Day, "
                                   "starting at about that time."),
             ("/", "Passes without stopping: the timing point is named in the day's notes or reading but is not "
                   "taught on that day."),
             ("Q", "Runs when required: the call is made only for Firemen whose Route Card asks for it."),
             ("W", "Weighed: the Goods Working is marked against this timing point at the Weighbridge, and the "
                   "mark counts towards being Passed for the Road."),
             ("L", "Light engine: the Driver reads what the Fireman has written on this timing point and writes "
                   "feedback on it. It is not marked and does not count towards being Passed for the Road."),
             ("blank", "The train does not work this timing point.")):
    cells = kt.add_row().cells
    cell_text(cells[0], s, bold=True, size=9)
    cell_text(cells[1], m, size=9)
widths(kt, [1.6, 5.1])
para(doc, "Steaming Days run from 09.30 to 15.30 with dinner at 12.30. Times are approximate.", italic=True,
     size=9)

# ---------------------------------------------------------------- Part C
doc.add_heading("PART C. THE TRAIN SERVICE", level=1)
doc.add_heading("C1. Steaming Days", level=2)
para(doc, "Steaming Days are worked in order. A Fireman who misses one makes it up on the same day of the next "
          "year's timetable.")
sd = doc.add_table(rows=1, cols=5)
sd.style = "Table Grid"
for j, t in enumerate(("Day", "Tuesday service", "Saturday service", "Title", "What the Fireman does")):
    cell_text(sd.rows[0].cells[j], t, bold=True, size=8)
    shade(sd.rows[0].cells[j], "D9E2F3")
days = [
    ("1", "1S01\nTue 15 Sep 2009", "2S01\nSat 19 Sep 2009", "Signing on: the law, the Code and the five outcomes",
     "The SEN Code of Practice (2001) and the Special Educational Needs and Disability Act 2001; the Disability "
     "Discrimination Act 1995 as amended in 2005, the disability equality duty and the school's accessibility "
     "plan; Every Child Matters and the Children Act 2004. Firemen work out, for their own school, what each of "
     "these asks of the head, the governors, the SENCO and the class teacher. Footplate Turn 1: check the "
     "school's SEN policy and accessibility plan against the law."),
    ("2", "1S02\nTue 13 Oct 2009", "2S02\nSat 17 Oct 2009", "Knowing the pupils",
     "How the most common kinds of SEN and disability show themselves and affect learning: behavioural, "
     "emotional and social difficulties, specific learning difficulties including dyslexia, speech, language "
     "and communication needs (with a therapist from the County service), autistic spectrum disorders and "
     "moderate learning difficulties. Identifying pupils from observation, data and assessment; setting "
     "targets; planning interventions and reviewing progress. In the afternoon Firemen try the software and "
     "assistive technology in the reading room."),
    ("3", "1S03\nTue 10 Nov 2009", "2S03\nSat 14 Nov 2009", "Assessment, and the Route Card review",
     "Using the reports of educational psychologists, therapists and advisory teachers to plan teaching; using "
     "P scales, optional tests, national test results and the school's tracking data to follow progress and "
     "change programmes; judging when provision is not working. A short session on helping colleagues use "
     "assessment for learning with pupils with SEN. Route Cards reviewed. The day's notes include the QCA "
     "guidance on access arrangements, for reading at home."),
    ("4", "1S04\nTue 8 Dec 2009", "2S04\nSat 12 Dec 2009", "Parents and carers",
     "With the Wendmoor Parent Partnership Service and a panel of three parents of children with SEN: fair, "
     "respectful and honest dealings with pupils and their families; running a review meeting so that parents "
     "are heard; writing to parents plainly; listening when views differ. Firemen rehearse a structured "
     "conversation in threes, one playing the parent, and the parent panel gives feedback."),
    ("5", "1S05\nTue 12 Jan 2010", None, "Colleagues, leaders and governors",
     "Gaining the commitment of the head, senior leaders and colleagues; advising governors and helping to shape "
     "the school's inclusion policy, development plan and budget; developing colleagues by observing lessons and "
     "giving feedback, modelling, coaching and running staff training. Footplate Turn 5: plan and give a "
     "twenty-minute staff training session. The day ends with a short look at involving pupils in their "
     "reviews."),
    ("6", "1S06\nTue 9 Feb 2010", None, "Other services and agencies",
     "An educational psychologist, a primary mental health worker from CAMHS, the County Sensory Support Service "
     "and Wendmoor Autism Support (a parents' charity) describe what they do and how a SENCO gets their help; "
     "the Common Assessment Framework and the team around the child; using other professionals' assessments in "
     "planning. Route Cards reviewed."),
    ("7", "1S07\nTue 16 Mar 2010", None, "Provision mapping and the deployment of staff",
     "Provision mapping and management; finding provision that is missing or not working; deploying and "
     "managing teaching assistants and other adults; reviewing provision with colleagues so that it feeds the "
     "school's improvement plan; ordering the SENCO's own week: priorities, time and what to delegate. The "
     "day's reading includes the guidance on the school self-evaluation form."),
    ("8", "1S08\nTue 27 Apr 2010", None, "Research, evidence and the next turn",
     "What research and inspection say about meeting special educational needs: Ofsted's Inclusion: does it "
     "matter where pupils are taught? (2006), the Bercow Review (2008), the Inclusion Development Programme "
     "(2008) and the Drivers' digest of recent research, revised each summer; using research and outside advice "
     "to improve one's own and colleagues' practice; best practice in the county. In the afternoon, keeping up "
     "to date and taking charge of one's own CPD."),
]
for d in days:
    cells = sd.add_row().cells
    cell_text(cells[0], d[0], bold=True, size=8)
    cell_text(cells[1], d[1], size=8)
    if d[2]:
        cell_text(cells[2], d[2], size=8)
    cell_text(cells[3], d[3], bold=True, size=8)
    cell_text(cells[4], d[4], size=8)
m = sd.cell(5, 2).merge(sd.cell(8, 2))
cell_text(m, "Not running in 2009-10: see Weekly Operating Notice No. 37", italic=True, size=8)
shade(m, "EDEDED")
widths(sd, [0.35, 0.95, 0.95, 1.2, 3.25])

doc.add_heading("C2. Goods Workings", level=2)
para(doc, "Goods Workings are worked in order: G1, then G2, then G3.")
runin(doc, "6G01. G1, The Case Study. Hand in by Friday 11 December 2009.",
      "About 3,000 words on one pupil with SEN and/or a disability in the Fireman's school: how the pupil's needs "
      "were identified and what kind of need they are; what other professionals' assessments say and how the "
      "Fireman has used them; what the law and the Code of Practice require for this pupil, including any "
      "reasonable adjustments under the disability equality duty; the targets set, the intervention planned and "
      "how progress will be reviewed; how the Fireman has dealt with the pupil and with the parents or carers, and "
      "how the parents were involved; which "
      "services outside the school are or should be involved; and the judgements the Fireman made along the "
      "way. Weighed against the timing points marked W in column 6G01.")
runin(doc, "6G02. G2, The Footplate Enquiry. Hand in by Friday 26 March 2010.",
      "About 4,000 words on a small enquiry the Fireman leads in school with colleagues: a provision map for a "
      "year group or key stage; a baseline measure of a group of pupils taken before an intervention and the "
      "same measure taken after it; how summative data, national test results included, were used to track them; "
      "how the Fireman won the commitment of colleagues and senior leaders; what research and outside advice the "
      "intervention drew on; how the review of provision with colleagues has been used in the school's "
      "self-evaluation; and what difference it made to the pupils, in attainment and in at least one other of "
      "the five Every Child Matters outcomes. The section on colleagues' formative assessment is read as a "
      "light engine.")
runin(doc, "6G03. G3, The Log and the Road Test. Log by Friday 4 June 2010; Road Tests in the week of 14 June.",
      "The Fireman's log of all eight Footplate Turns, each signed by the Pilotman, with a commentary; then a "
      "forty-minute Road Test, a professional discussion with two Drivers, in which the Fireman talks through "
      "the log and answers questions on leading SEN in their school. The Road Test is weighed on the timing "
      "points marked W in column 6G03. The log's sections on managing the SENCO's time, on the Fireman's own "
      "CPD and on involving pupils are read as light engine and given written feedback.")

doc.add_heading("C3. Footplate Turns", level=2)
para(doc, "Between each pair of Steaming Days the Fireman works a Footplate Turn in their own school: a practical "
          "task set at the end of the Steaming Day and tied to that day's timing points (after Day 4, for "
          "example, holding a review meeting with the parents of a pupil with a statement and writing up what "
          "changed as a result). The Fireman tries the thing out, looks at what difference it made to the pupils "
          "and to their own practice, and writes a one-page Turn sheet which the Pilotman signs. The eight Turn "
          "sheets make up the G3 log, so every Fireman has applied each Steaming Day in school and reflected on "
          "it before the Road Test.")

# ---------------------------------------------------------------- Part D (landscape)
ns = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(ns)
ns.left_margin = ns.right_margin = Inches(0.6)
doc.add_heading("PART D. WORKING TIMETABLE: SENCO AWARD LINE, DOWN", level=1)
para(doc, "Table D1. Quarry Lane (signing on) to Passed for the Road. Symbols as Part B.", italic=True, size=9)
cols = ["Miles ch", "Timing point: what the Fireman must be able to do"] + \
       [f"1S0{i}" for i in range(1, 9)] + ["6G01", "6G02", "6G03"]
gt = doc.add_table(rows=1, cols=len(cols))
gt.style = "Table Grid"
for j, t in enumerate(cols):
    cell_text(gt.rows[0].cells[j], t, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    shade(gt.rows[0].cells[j], "1F3864" if j < 2 else ("D9E2F3" if j < 10 else "FCE4D6"))
for c in gt.rows[0].cells[:2]:
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def group(title):
    cells = gt.add_row().cells
    mm = cells[0].merge(cells[-1])
    cell_text(mm, title, bold=True, size=8)
    shade(mm, "BFBFBF")


def tp(miles, text, calls, goods):
    cells = gt.add_row().cells
    cell_text(cells[0], miles, size=8)
    cell_text(cells[1], text, size=8)
    for day, val in calls.items():
        cell_text(cells[1 + day], val, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    for g, val in goods.items():
        cell_text(cells[9 + g], val, bold=True, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
    return cells


group("ATTRIBUTES BRANCH")
tp("0 00", "Fair, respectful, supportive dealings with pupils with SEN and disabilities and their parents or "
           "carers", {4: "10.30"}, {1: "W"})
tp("0 20", "Winning the commitment of colleagues, the headteacher and senior leaders", {5: "09.30"}, {2: "W"})
tp("0 40", "Ordering the work: priorities, time, delegating and checking it is done", {7: "14.00"}, {3: "L"})
tp("0 60", "Anticipating and resolving problems; sound judgement on provision", {3: "13.30"}, {1: "W"})
tp("1 00", "Speaking and writing clearly; listening to and understanding others' views", {1: "/", 4: "11.15"},
   {3: "W"})
tp("1 20", "Using research and outside advice to improve own and colleagues' practice", {8: "09.30"}, {2: "W"})
tp("1 40", "Keeping up to date; taking responsibility for own CPD in SEN and disability", {8: "14.30"}, {3: "L"})
group("KNOWLEDGE MAIN LINE")
tp("2 00", "SEN law and guidance, the Code of Practice, what they mean for the school and how to carry them out",
   {1: "09.45"}, {1: "W"})
tp("2 20", "Every Child Matters: its principles and five outcomes, and the SENCO's part in them", {1: "11.00"},
   {2: "W"})
tp("2 40", "Disability equality law and what it requires the school to do", {1: "13.30"}, {1: "W"})
tp("2 60", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their "
           "effect on learning", {2: "09.30"}, {1: "W"})
tp("3 00", "Approaches, strategies and resources for assessment, planning, teaching and learning, ICT included",
   {2: "13.30", 6: "Q"}, {2: "W"})
k7 = tp("3 20", "School self-evaluation and improvement as it bears on pupils with SEN", {}, {3: "W"})
tp("3 40", "Best practice and research on meeting special educational needs", {8: "10.45"}, {2: "W"})
tp("3 60", "External agencies: what they do and how to get specialist support and resources", {6: "09.30"},
   {1: "W"})
group("SKILLS LOOP")
tp("4 00", "With senior leaders and governors, shaping an inclusive ethos, policy, priorities and use of "
           "resources", {5: "11.00"}, {3: "W"})
tp("4 20", "Identifying pupils, setting challenging targets, planning interventions, reviewing progress",
   {2: "11.00"}, {1: "W"})
tp("4 30", "Using other professionals' assessments to shape teaching", {3: "09.30", 6: "11.00"}, {1: "W"})
tp("4 40", "Using summative assessment and national tests to track progress and change programmes",
   {3: "11.00"}, {2: "W"})
tp("4 50", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", {3: "14.30"},
   {2: "L"})
tp("4 60", "Access arrangements for national tests and examinations, identified in good time", {3: "/"}, {})
tp("5 00", "Provision mapping; finding provision that is missing or not working", {7: "09.30"}, {2: "W"})
tp("5 20", "Deploying and managing teaching assistants and other staff", {7: "11.00"}, {3: "W"})
tp("5 40", "Developing colleagues: observation and feedback, modelling, coaching and mentoring, training",
   {5: "13.30"}, {3: "W"})
tp("5 60", "Reviewing the effectiveness of provision with colleagues", {7: "13.00"}, {2: "W"})
tp("6 00", "Involving pupils in planning, agreeing and reviewing their own provision", {5: "14.50"}, {3: "L"})
tp("6 20", "Working with parents and carers to promote their children's learning", {4: "09.30"}, {1: "W"})
tp("6 40", "Partnership with other services and agencies, voluntary organisations included", {6: "10.15"},
   {1: "W", 3: "W"})
# tracked change inside the 1S07 cell of the self-evaluation row: 13.00 deleted, "/" inserted
kc = k7[1 + 7]
kp = kc.paragraphs[0]
kp.alignment = WD_ALIGN_PARAGRAPH.CENTER
del_run(kp, "13.00", AUTH, DATE, size=8)
ins_run(kp, "/", AUTH, DATE, size=8)
widths(gt, [0.5, 3.3] + [0.5] * 8 + [0.55] * 3)
para(doc, "Firemen working the Saturday service: read 2S for 1S. Calls marked Q are made in the afternoon "
          "assistive technology clinic run with the County ICT in SEN team.", italic=True, size=8)

# ---------------------------------------------------------------- Part E (portrait)
ps = doc.add_section(WD_SECTION.NEW_PAGE)
portrait(ps)
ps.left_margin = ps.right_margin = Inches(0.9)
doc.add_heading("PART E. SECTIONAL APPENDIX: LOCAL INSTRUCTIONS", level=1)
li = doc.add_table(rows=1, cols=3)
li.style = "Table Grid"
for j, t in enumerate(("No.", "Subject", "Instruction")):
    cell_text(li.rows[0].cells[j], t, bold=True, size=9)
    shade(li.rows[0].cells[j], "D9D9D9")
instr = [
    ("1", "Services",
     "Two services run on the Line: the Tuesday service (1S) and the Saturday service (2S), with the same calls "
     "on each Steaming Day. A Fireman may take any Steaming Day on either service, and may change service from "
     "one day to the next as their school needs."),
    ("2", "The Signal Box",
     "The Signal Box is the Line's pages on the Society's website, with a password for each Fireman. It holds the "
     "Steaming Day notes and readings, the Goods Working briefs and a message board. Firemen use the message "
     "board to ask one another questions between Steaming Days and the Timetable Clerk posts notices there. "
     "Drivers do not work the message board; a Fireman with a question for a Driver telephones or writes to the "
     "Timetable Clerk, who passes it on."),
    ("3", "Child protection at Quarry Lane",
     "All members who drive or guard passenger trains on public running days, and all members who help on "
     "Schools Days, hold an enhanced CRB disclosure, renewed every three years under the Society's Child "
     "Protection Policy. The Society's Child Protection Officer keeps the register."),
    ("4", "Junior Section",
     "Each spring the Society asks the young members of its Junior Section (aged 8 to 16) what they want from "
     "the coming year, by a questionnaire and a meeting with the Junior Section leaders, and reports what they "
     "say to the Committee. The Junior Section chose this year's new signal box and the Santa Specials route."),
    ("5", "Specialist help and visits",
     "Steaming Days bring in the County Speech and Language Therapy Service (Day 2), the Parent Partnership "
     "Service and a parent panel (Day 4), an educational psychologist, a CAMHS primary mental health worker, the "
     "Sensory Support Service and Wendmoor Autism Support (Day 6). Firemen may spend a day at Ashbeck Ridge "
     "Special School if their head can release them; the Society cannot arrange cover."),
    ("6", "Reading room and equipment",
     "The Carriage Shed reading room holds the Line's SEN library of some 400 titles, including the full "
     "Inclusion Development Programme materials; six laptops with Clicker 5, Communicate: In Print and a "
     "reading and spelling assessment package; an interactive whiteboard; and a box of assistive technology lent "
     "by the County ICT in SEN team (switches, talking tins, speech-to-text software) which Firemen try on Day 2 "
     "and may borrow for school. Firemen have University library cards and the University's online journals."),
    ("7", "The Weighbridge",
     "Every Goods Working is marked by one Driver against its Weighbridge Notes, which set out what a pass looks "
     "like at each timing point weighed, and second-marked by another Driver; where the two differ by a grade "
     "the Shed Master decides. At the Weighbridge meeting after each hand-in date the four Drivers first mark "
     "three scripts together and agree them. The Inspector (the University's External Examiner) sees at least "
     "one script in four from each Goods Working, every fail and every borderline, and reports to the Line's "
     "Examination Board in July."),
    ("8", "Passed for the Road",
     "A Fireman is Passed for the Road, and the University awards the National Award for SEN Coordination, when "
     "G1, G2 and G3 have each been weighed and passed and the Pilotman has signed every Footplate Turn sheet."),
    ("9", "Guard's Reports and the Line Committee",
     "Every Steaming Day ends with a Guard's Report: each Fireman fills in a one-page sheet on what worked and "
     "what did not, and the Driver of the day writes up what they saw. The Shed Master reads them within the "
     "week and changes the next Steaming Day where she can. The Inspector's annual report, the Goods Working "
     "results and the term's Guard's Reports go to the Line Committee (the Shed Master, the Drivers, the "
     "Timetable Clerk and the Society's Chairman), whose July meeting decides what is to change in the next "
     "Working Timetable; every change is entered in the Record of Amendments at the front."),
    ("10", "Confidence and pupils' progress",
     "Each Fireman rates their confidence on every timing point at Route Learning and again after the Road Test, "
     "and the Timetable Clerk sets the two side by side for the Line Committee. G2 asks Firemen to take a "
     "baseline measure of a group of pupils before an intervention and again after it. The Society expects that "
     "in time these measures will show what difference the Line makes to pupils, though G2 results are not at "
     "present collected beyond the mark."),
    ("11", "Views of heads and parents",
     "The Line Committee hopes to ask the Firemen's headteachers and Pilotmen for their views of the Line once "
     "the first Firemen have been Passed for the Road, and would like a parent of a child with SEN to join it in "
     "due course."),
    ("12", "Cost",
     "The Line costs each school \u00a31,450 for the year, University registration included; the County pays "
     "half for its maintained schools. Because each Fireman's Route Card points them to the timing points they "
     "most need and to the Q calls that suit them, time on the Line goes where it is needed; Footplate Turns are "
     "real work in the Fireman's own school, so the Line costs schools eight days' cover and no more."),
]
for row in instr:
    cells = li.add_row().cells
    cell_text(cells[0], row[0], bold=True, size=9)
    cell_text(cells[1], row[1], bold=True, size=9)
    cell_text(cells[2], row[2], size=9)
    if row[0] == "1":
        del_paragraph(cells[2], "A second Line opens each January for Firemen who cannot start in September, "
                                "with the same eight Steaming Days in the same order.", AUTH, DATE)
    if row[0] == "8":
        cm = doc.add_comment(cells[2].paragraphs[0].runs[0],
                        text="Margaret, do we need to say every timing point has to be weighed? The University "
                             "asked at validation. DRP", author="Derek Pellow", initials="DRP")
        cm._comment_elm.set(qn("w:date"), "2009-07-14T10:25:00Z")
widths(li, [0.4, 1.3, 5.0])

# ---------------------------------------------------------------- Weekly Operating Notice
para(doc, "")
won = doc.add_table(rows=1, cols=1)
won.style = "Table Grid"
wc = won.cell(0, 0)
shade(wc, "FFF2CC")
cell_text(wc, "WEEKLY OPERATING NOTICE No. 37. Week commencing Monday 7 September 2009", bold=True, size=9)
for t in ("1. Saturday service. 2S05, 2S06, 2S07 and 2S08 are CANCELLED for 2009-10: too few Firemen booked the "
          "Saturday service. Saturday Firemen transfer to the Tuesday service from Steaming Day 5.",
          "2. Signal Box. The message board will be closed from 12 to 20 September while the website moves to a "
          "new host.",
          "3. Pilotman's Briefing. Tuesday 8 September, 16.00, at the Carriage Shed (not the clubhouse).",
          "4. Public running. Schools Days on 23 and 24 September: Firemen are welcome to visit the track.",
          "5. Steaming Day 1 is in the Carriage Shed. Park in the lower yard; do not cross the running line."):
    q = wc.add_paragraph()
    q.add_run(t).font.size = Pt(9)
para(doc, "")

# ---------------------------------------------------------------- Footplate Turn sheet
doc.add_heading("FOOTPLATE TURN SHEET (one for each Turn, for the G3 log)", level=2)
ft = doc.add_table(rows=6, cols=2)
ft.style = "Table Grid"
for i, (lab, prompt) in enumerate((("Fireman", "[Name and school]"), ("Turn No. and date", "[1 to 8]"),
                                   ("Timing points worked", "[Mileage and words from Part D]"),
                                   ("What I did", "[Half a page at most]"),
                                   ("What difference it made to pupils and to my practice", "[Evidence, not hopes]"),
                                   ("Pilotman", "[Signature, name, date]"))):
    cell_text(ft.cell(i, 0), lab, bold=True, size=9)
    shade(ft.cell(i, 0), "F2F2F2")
    cell_text(ft.cell(i, 1), prompt, italic=True, size=9, color="808080")
widths(ft, [2.2, 4.5])

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, word_count(out), "words")
