"""nr-01-holdfast-mill-reset-brief: writes nr-01-holdfast-mill-reset-brief.docx next to itself.

Provider (invented): Holdfast Mill Climbing Centre's coaching school, Kelderton (route setting, instructor and
bouldering coaching, a Schools Climbing programme with adaptive sessions), running the National Award for SEN
Coordination with Kelderton Borough Council's Learning Support Service, validated by Sedgebury University.
November 2008, for a January 2009 start.

Document kind and layout: the coaching school writes every course as a route setters' RESET BRIEF, so the
application is the Head Setter's brief for "Reset 14" with its setting sheets. House vocabulary: setters (the
participants), crew and crew leads (tutors), the Head Setter (programme leader), spotters (school mentors),
Setting Days SD1-SD8, Sectors (the Slab, the Prow, the Cave), Home Wall Tasks, the Wall Check (needs assessment),
the Project Card (individual plan), Belay Chats, Gradings G1-G3 (Wall Audit, Project, Crux Talk), re-sets, grade
consensus, the Reset Review, Topping Out and a Next Project card, the Chalk Board (members' website).
Heading 1/2 styles; a cover table with a merged, shaded title row; hand-typed "1." to "14." Setting notes with
bold run-in titles that key the Status column of three Problem lists far below ("Graded (G1)", "(G2)", "(G3)",
"Forerun only", "Stripped", a dash in "Set on"); a Setting Days table whose Sector cells are merged vertically;
a stakeholder table; a crew table; a VML text box; four footnotes; three Word comments; a header and a footer
with a PAGE field. Tracked changes: 40 -> 60 credits in a cover cell; the whole of note 11 (grade consensus)
inserted; a sentence about crew answering Chalk Board posts deleted; P9's "Set on" and "Status" cells changed
from SD8 / "Graded (G3)" to a dash / "Stripped".

Traps (requirement ids):
- E.2: the credit cell reads 60 only through a tracked insertion over a deleted 40 (met: insertions count).
  A comment confirming 60 is not evidence.
- 1.1: the aims and "the line" speak only of attainment and progress in learning; the centre even sets
  confidence and fun aside ("In this reset the line is learning"). ECM is only a taught problem (Y2) -> partial.
- 1.5 / 6.S7: the only consulting of young people is the Mill's own Youth Climbing Panel naming problems and
  choosing hold colours (right words, wrong thing); P9 (pupils' part in their provision) is stripped by a
  tracked change and its note says it may return at Reset 15 (a plan) -> both not_met.
- 1.9 / 6.0: note 12 awards on passing G1-G3, but the Status column leaves five problems "Forerun only" or
  ungraded-untaught, one stripped after tracking, one stripped outright -> partial. The text box's
  "FORERUNNER'S NOTE" claims setters have "climbed the lot" (unsupported blanket claim; the sheets decide).
- 2.1: prior learning only excuses part of a Setting Day; "We do not award credit for prior learning" -> partial.
- 2.3: a "flash" route is offered only "if the University agrees; the University has not yet agreed to this"
  (a condition not met); a comment chasing the University is not evidence -> not_met.
- 3.1: physical access only (lift, toilets, loop) and "tell the Head Setter" -> partial.
- 3.3: the Chalk Board carries slides and peer posts, but the sentence about crew answering posts is deleted and
  the text says "the crew do not answer questions on it" -> partial.
- 4.3: stakeholders co-teach and mentor, but evaluation is only hoped ("hope to invite some to the first Reset
  Review") -> partial. 4.1 and 4.2 are met by the survey table and the Cave added after the heads' meeting.
- 5.3: enhanced CRB disclosures are the crew's, not the setters'; "we do not ask to see them" -> not_met.
  A comment suggesting the head confirm disclosures is not part of the submission.
- 5.5: plenty of specialist expertise, but "There are no placements in Reset 14" -> partial.
- 5.8: grade consensus, second marking, external examiner exist only in the inserted note 11 -> met.
- 5.9: Wall Check re-rating measures setters' competence and confidence; nothing on pupils ("We do not yet
  collect anything about the setters' pupils", a hope for later resets) -> partial.
- 6.* keyed far above: "Forerun only" (set, fed back, not graded) -> partial for 6.K3 (Y3), 6.S2b (O3), 6.S4
  (O8), 6.A3 (P5); a dash in "Set on" with "Graded (G1)" (assessed, not developed) -> partial for 6.K4 (Y4);
  "Stripped" -> not_met for 6.S2d (O5: taught on another University module, another provider's arrangement)
  and 6.S7 (P9, tracked change). The V grades look like levels but are planning estimates, not marks.
- The header and footer carry nothing that counts.
"""
from pathlib import Path
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _nr_helpers import (Footnotes, add_runs, cell_more, cell_text, col_widths, del_run, deleted_paragraph,
                         field, ins_run, inserted_paragraph, para, repeat_header, shade, shade_par,
                         table_borders, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
MA = "Mo Ashworth"
KP = "Kath Pennock"
D1 = "2008-10-20T09:12:00Z"
D2 = "2008-10-29T16:40:00Z"
D3 = "2008-11-01T11:05:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for s, size, col in (("Heading 1", 15, "5B2C83"), ("Heading 2", 12, "B35900"), ("Title", 26, "222222")):
    doc.styles[s].font.size = Pt(size)
    doc.styles[s].font.color.rgb = RGBColor.from_string(col)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.top_margin = Cm(2.0)
sec.bottom_margin = Cm(1.8)

hp = sec.header.paragraphs[0]
add_runs(hp, [("HOLDFAST MILL CLIMBING CENTRE", {"b": True}), "  ·  Coaching School  ·  Reset 14 brief  ·  issue 2"],
         size=8.5)
fp = sec.footer.paragraphs[0]
add_runs(fp, "Setting sheets are working papers: if a sheet and the brief disagree, the brief wins.   Page ", size=8)
field(fp, "PAGE", size=8)

fn = Footnotes()

# ------------------------------------------------------------------ cover
para(doc, "RESET 14", style="Title")
para(doc, [("Setting brief and sheets: the National Award for SEN Coordination", {"b": True, "size": 13})],
     space_after=6)

cover = doc.add_table(rows=8, cols=2)
table_borders(cover, "5B2C83", 6)
top = cover.rows[0].cells[0].merge(cover.rows[0].cells[1])
cell_text(top, [("RESET BRIEF", {"b": True, "color": "FFFFFF", "size": 12})])
shade(top, "5B2C83")
rows = [
    ("Reset", "14: the first running of the SENCO Award"),
    ("Walls", "The Engine Shed (bouldering hall) and the Crux Room (seminar room), for all eight Setting Days"),
    ("Head Setter", "Mo Ashworth, Head of Coaching (programme leader)"),
    ("Issued", "Monday 3 November 2008 (issue 2)"),
    ("Opens", "Setting Day 1: Tuesday 13 January 2009 (twilight crew); Saturday 17 January 2009 (Saturday crews)"),
    ("Credit", None),
    ("Sent to", "The TDA approval panel; Sedgebury University; Kelderton Borough Council Learning Support Service; "
                "the crew"),
]
for i, (k, v) in enumerate(rows, start=1):
    c0, c1 = cover.rows[i].cells
    cell_text(c0, k, bold=True)
    shade(c0, "EDE4F3")
    if v:
        cell_text(c1, v)
credit = cover.rows[6].cells[1].paragraphs[0]
add_runs(credit, "Sedgebury University, School of Education: ")
del_run(credit, "40", MA, D1)
ins_run(credit, "60", MA, D1)
add_runs(credit, " credits at Masters level (M level), as the module \u201cCoordinating Provision for SEN\u201d (EDM 7120)")
col_widths(cover, [Cm(3.2), Cm(13.8)])
doc.add_comment(credit.runs[0], text="Confirmed at the validation event: 60, not 40. Changed throughout. MA",
                author=MA, initials="MA")

# ------------------------------------------------------------------ about
doc.add_heading("About this brief", level=1)
para(doc, "Holdfast Mill is a climbing centre in a former cotton-spinning mill on the canal at Kelderton. We opened "
          "in 1996 with one bouldering wall; we now have the Engine Shed, a 400-square-metre bouldering hall, twelve "
          "metres of roped walls in the old carding room, and a coaching school that trains instructors and route "
          "setters and runs Schools Climbing, our weekday programme for 31 local schools. Eleven of those schools "
          "bring groups of pupils with SEN and/or disabilities every week, and since 2005 our coaches have worked at "
          "the wall alongside their teachers and teaching assistants.")
para(doc, "In 2007 Kelderton Borough Council's Learning Support Service asked us to help with training for new "
          "SENCOs, because our adaptive climbing coaches and the Service's advisory teachers had been running joint "
          "twilight sessions for school staff for two years. The Award described here is the result. It is a "
          "partnership: the coaching school runs it, the Learning Support Service co-teaches it, and Sedgebury "
          "University validates it.")
para(doc, "Everything the coaching school runs is planned as a reset: a brief from the Head Setter saying what the "
          "walls are for, who is setting and on which days, and a problem list for each sector saying what every "
          "problem is and how we know it has been climbed. The crew know how to read a reset brief, so we have "
          "written the Award the same way rather than in a form they would have to learn. The Setting notes are the "
          "key to the sheets; please read them before the Problem lists.")
para(doc, "The Award is validated by Sedgebury University's School of Education. The University's validation panel "
          "approved the module on 14 October 2008; the University registers every setter as a student, its "
          "assessment regulations and Board of Examiners apply, and it awards the credit shown on the cover to "
          "setters who pass.")

# ------------------------------------------------------------------ the line
doc.add_heading("The line: what this reset is for", level=1)
para(doc, "Every problem in this reset is set for one reason: so that pupils with special educational needs and/or "
          "disabilities in our setters' schools make faster progress in their learning and reach higher levels of "
          "attainment. Success, for us, would be those pupils' faster progress in National Curriculum levels and "
          "P scales in English and mathematics.")
para(doc, "We say this plainly because climbing coaches are tempted to talk about confidence and fun. Those matter at "
          "the wall. In this reset the line is learning.")
para(doc, "The aims, in the University's module wording, are:")
for a in ("(a) to develop the knowledge, understanding and skills a teacher needs to lead the coordination of SEN "
          "provision in a school;",
          "(b) to improve the attainment and rates of progress of pupils with SEN and/or disabilities in the "
          "setter's school;",
          "(c) to develop the setter as a leader who can change practice across the school."):
    p = para(doc, a)
    p.paragraph_format.left_indent = Cm(1)
para(doc, "No setter tops out without having changed something in their own school: the Project (G2) has to be a "
          "change that is in place and has been evaluated with colleagues before it is graded.")
p = para(doc, "Each Setting Day opens with the Beta Board: fifteen minutes on a recent piece of research or inspection "
              "evidence that bears on the day's problems, such as Ofsted's 2006 report \u201cInclusion: does it matter "
              "where pupils are taught?\u201d, the interim report of the Bercow Review (2008) on speech, language and "
              "communication needs, and the National Strategies' Inclusion Development Programme (2008) on dyslexia "
              "and speech, language and communication needs.")
fn.add(p, "The full Beta Board list for Reset 14 (eight items, one a Setting Day) is on the Chalk Board; the crew "
          "replace at least two items each reset with newer work.")

# ------------------------------------------------------------------ setting notes
doc.add_heading("Setting notes", level=1)
para(doc, [("Read these first. Notes 8 to 12 are the key to the Status column on the Problem lists.", {"i": True})])


def note(num, title, text):
    p = para(doc, [(f"{num}. {title}. ", {"b": True}), text])
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    return p


note(1, "Setters", "In this brief a setter is a teacher on the Award. Every setter is a qualified teacher who is the "
                   "SENCO or acting SENCO of a school, or will be by Setting Day 1, with their headteacher's written "
                   "nomination. A crew of six setters works with one crew lead for the whole reset.")
note(2, "Crew", "The crew are the tutors (see \u201cThe crew\u201d below). A setter's crew lead is their personal "
                "tutor: reads their Project Card, marks their Gradings and holds three one-to-one Belay Chats with "
                "them across the reset, on SD1 and after SD4 and SD7.")
note(3, "Spotters", "Each setter's headteacher names a spotter: a senior colleague in the setter's own school (a "
                    "deputy or assistant head, not the head) who meets the setter at least twice a term, reads the "
                    "Project Card and signs the Home Wall Task log. A spotter is not an assessor.")
note(4, "Setting Days", "Eight Setting Days, SD1 to SD8, in the Crux Room and the Engine Shed, 9.15 to 4.00 on "
                        "Saturdays. The twilight crew takes the same eight days as sixteen Tuesday sessions, 4.15 to "
                        "7.30, two to a Setting Day. Setters may change between the Saturday and twilight routes at "
                        "any Setting Day, and a missed Setting Day can be made up with the other route or with the "
                        "September reset.")
note(5, "Home Wall Tasks", "After each Setting Day a setter carries out a Home Wall Task in their own school: a piece "
                           "of practical work tied to the problems set that day (listed under \u201cSetting "
                           "Days\u201d). The setter logs it, the spotter signs the log, and the setter brings it to "
                           "the next Setting Day, where the crew start the day from what the tasks turned up.")
p = note(6, "The Wall Check", "Before SD1 every setter rates themselves 0 to 3 against every problem on the three "
                              "lists, with a short piece of evidence for each rating of 2 or 3, and sends the sheet "
                              "with a letter from their headteacher. Their crew lead then spends forty minutes with "
                              "them on SD1 going through it and checks the ratings against the evidence (new SENCOs "
                              "often rate the law too high, because what they know is from before the 2001 Code).")
fn.add(p, "The Wall Check sheet lists the 29 problems of the three Problem lists in the same order, with the V "
          "column removed.")
note(7, "The Project Card", "The Wall Check ends in a Project Card: the setter's own plan for the reset. It names the "
                            "problems the setter will work on hardest (their personal problem list, usually eight to "
                            "twelve), the Home Wall Tasks they will do and in which order, which optional twilight "
                            "clinics they will join, and the focus of their Project (G2). A setter who rated 3 on a "
                            "problem and showed the evidence for it may be excused the part of a Setting Day that "
                            "sets it and spend that time in a clinic or on their Project. The crew lead and the "
                            "setter revise the Card at the Belay Chats after SD4 and SD7, and the spotter gets a copy "
                            "each time.")
p = note(8, "Gradings", "There are three Gradings. G1, the Wall Audit: a 4,000-word audit of how SEN law, guidance "
                        "and research are put into practice in the setter's school, handed in after SD3. G2, the "
                        "Project: a change in SEN provision that the setter plans, leads and evaluates with "
                        "colleagues in their school over at least a term, written up in 5,000 words with its "
                        "evidence, handed in after SD6. G3, the Crux Talk: a 20-minute talk to two crew members and "
                        "the setter's spotter on leading SEN provision in the setter's school, followed by 30 minutes "
                        "of questions, on SD8. G1 and G2 are each 40% of the module mark and G3 is 20%, and each "
                        "must be passed.")
fn.add(p, "Each Grading has a marking sheet listing the problems it grades, with Sedgebury University's M-level "
          "assessment criteria on the back.")
note(9, "How to read the Status column", "")
for k, v in (("Graded (G1), Graded (G2), Graded (G3)", "the problem is set on the Setting Day shown and graded in that "
              "Grading. The Grading's marking sheet lists the problem, and a setter who has not shown it fails the "
              "Grading."),
             ("Forerun only", "the problem is set on the Setting Day shown and the setter tries it in a Home Wall "
              "Task. The crew lead writes feedback on the log, but no Grading marks it and nobody fails on it."),
             ("Stripped", "the problem is not in this reset."),
             ("A dash in \u201cSet on\u201d", "no Setting Day sets the problem; the setter brings it with them.")):
    p = para(doc, [("\u2013 " + k + ": ", {"b": True}), v])
    p.paragraph_format.left_indent = Cm(1.2)
note(10, "Re-sets", "A setter who fails a Grading may re-set it once, within eight weeks, with the crew lead's "
                    "written feedback.")
p11 = inserted_paragraph(doc, [("11. Grade consensus. ", {"b": True}),
                               "Every Grading is marked by the setter's crew lead and second-marked blind by a crew "
                               "member from a different crew; the two agree the mark, and where they cannot, the "
                               "Head Setter marks it a third time. Before the first marking of each Grading the "
                               "whole crew marks two sample scripts together and agrees where the pass line sits. A "
                               "sample of each Grading, with every fail and every mark over 70, goes to the "
                               "University's external examiner, and all marks are confirmed at the University's Board "
                               "of Examiners in September."], KP, D2)
p11.paragraph_format.left_indent = Cm(0.6)
p11.paragraph_format.first_line_indent = Cm(-0.6)
note(12, "The Award", "The Award goes to every setter who has passed G1, G2 and G3. The University awards the credit; "
                      "the coaching school issues the Award certificate with it.")
note(13, "Tape colours", "Each sector has its tape: yellow for the Slab, orange for the Prow, purple for the Cave. On "
                         "the wall the tape tells you which sector a problem belongs to, not how hard it is.")
note(14, "V grades", "The V column on the Problem lists is the crew's estimate, from last year's joint twilight "
                     "sessions, of how hard new SENCOs find a problem (V0 easiest, V6 hardest). It is for planning "
                     "Setting Days, not a mark, and it is not passed to the University.")

tb = para(doc, "")
text_box(tb, [[("FORERUNNER'S NOTE (from the Head Setter)", {"b": True, "size": 10})],
              ["Every problem on the three lists has been forerun by the crew on a practice day, and every setter "
               "who tops out has climbed the lot. Nobody gets the Award by skipping problems."]],
         width_pt=300, height_pt=70, fill="FFF4D6", stroke="B35900")

# ------------------------------------------------------------------ who we set for
doc.add_heading("Who we set for", level=1)
para(doc, "We did not guess what new SENCOs need. In March and April 2008 the Learning Support Service sent our "
          "questionnaire to the headteachers and SENCOs of all 74 Kelderton schools and to the 11 Schools Climbing "
          "schools outside the borough; 52 schools replied (61%), 38 of them with answers from both the head and "
          "the SENCO. We also read the Service's 2007 audit of the SENCO role in Kelderton and held two evening "
          "meetings at the Mill in May 2008, one for heads and one for SENCOs.")
st_tab = doc.add_table(rows=1, cols=4)
table_borders(st_tab, "999999")
hdr = ("What they told us they needed", "Heads", "SENCOs", "What we set because of it")
for c, h in zip(st_tab.rows[0].cells, hdr):
    cell_text(c, h, bold=True, size=9.5)
    shade(c, "F3E0C8")
repeat_header(st_tab.rows[0])
for row in (("Working with outside agencies and getting specialist help for a pupil", "68%", "74%",
             "SD6 given over to agencies, with guest setters from the Service, the educational psychology service "
             "and the PCT's speech and language therapists"),
            ("Leading, coaching and training other teachers", "64%", "38%",
             "The Cave added (SD7 and SD8), and the Crux Talk (G3) made a talk about leading"),
            ("The law and the Code of Practice", "35%", "70%", "SD1 opens with the law, and G1 (the Wall Audit) "
             "grades it"),
            ("Time to do the job", "12%", "81%", "A problem on priorities and delegating (P5) set on SD7"),
            ("\u201cNot Saturdays\u201d (23 written comments from SENCOs with young families)", "\u2013", "23",
             "The twilight route (note 4)")):
    cells = st_tab.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t, size=9.5)
col_widths(st_tab, [Cm(5.2), Cm(1.5), Cm(1.6), Cm(8.7)])
para(doc, "")
para(doc, "The first draft of this reset had no Cave: leading colleagues was one afternoon on SD6. The heads' "
          "meeting in May told us that was the part they most wanted, so we added SD7, moved the agencies day to "
          "SD6 and turned the Crux Talk into a talk about leading.")
para(doc, "Stakeholders are in the reset, not only behind it. Advisory teachers from the Learning Support Service "
          "co-teach SD5 and SD6 as guest setters; an educational psychologist from the council's service and a "
          "speech and language therapist from Kelderton PCT set problems on SD2 and SD6; each setter's spotter is a "
          "senior colleague from their own school; and the Parent Partnership Service's coordinator sets part of "
          "SD8 with two parents of children with SEN. We would like the headteachers of our setters' schools to have "
          "a say in how the reset is judged, and hope to invite some to the first Reset Review in July 2009.")
para(doc, "Young people have a voice here too. The Mill's Youth Climbing Panel, twelve climbers aged 11 to 17, four "
          "of them from our adaptive sessions, meets each half term, chooses the hold colours for the Engine Shed "
          "and names the new problems at every reset. For Reset 14 they named the three sectors.")

# ------------------------------------------------------------------ crew
doc.add_heading("The crew", level=1)
crew = doc.add_table(rows=1, cols=4)
table_borders(crew, "999999")
for c, h in zip(crew.rows[0].cells, ("Crew", "In Reset 14", "Background", "In schools now")):
    cell_text(c, h, bold=True, size=9.5)
    shade(c, "EDE4F3")
repeat_header(crew.rows[0])
for row in (("Mo Ashworth", "Head Setter; crew lead, Saturday crew A",
             "SENCO for eleven years in two Kelderton primary schools; MA in Special and Inclusive Education (2004); "
             "Climbing Wall Award; Head of Coaching at the Mill since 2006",
             "Leads Schools Climbing sessions with four special schools each week; chairs Kelderton's primary "
             "SENCO network"),
            ("Kath Pennock", "Crew lead, Saturday crew B",
             "Head of the Learning Support Service's specific learning difficulties team until 2007; AMBDA; "
             "Postgraduate Diploma in SpLD",
             "Seconded to the Mill two days a week from the Service; works in twelve schools a term"),
            ("Si\u00e2n Morgan", "Crew lead, twilight crew",
             "Advanced skills teacher for inclusion at Kelderton High School; former head of learning support; "
             "NPQH (2007)", "Teaches at Kelderton High four days a week"),
            ("Dr Raj Dhillon", "Guest setter, SD2 and SD6; second marker",
             "Senior educational psychologist, Kelderton Educational Psychology Service; DEdPsy",
             "Casework in 18 schools"),
            ("Jo Tandy", "Adaptive climbing coach; runs the Engine Shed part of SD7 and SD8",
             "Level 3 climbing coach; six years' adaptive climbing with pupils with ASD and physical disabilities",
             "At the wall with school groups four days a week")):
    cells = crew.add_row().cells
    for c, t in zip(cells, row):
        cell_text(c, t, size=9.5)
col_widths(crew, [Cm(2.8), Cm(3.8), Cm(6.0), Cm(4.4)])
para(doc, "")
para(doc, "Guest setters: advisory teachers from the Learning Support Service (SD5 and SD6), a speech and language "
          "therapist from Kelderton PCT (SD2) and the Parent Partnership Service's coordinator (SD8).")
para(doc, "Every crew lead spends at least ten days a year working in schools, and every crew member keeps a CPD log "
          "that the Head Setter reviews each July.")
para(doc, "Between them the crew and guest setters bring special school, primary, secondary, SpLD, educational "
          "psychology and speech and language therapy expertise to the reset. There are no placements in Reset 14: "
          "a setter's own school is their home wall, and we do not send setters to set in other schools.")
doc.add_heading("The crew meet", level=2)
para(doc, "Before each Setting Day the whole crew meets for an hour in the Crux Room to forerun the day: they go "
          "through every problem being set, the Home Wall Task that follows and what the marking sheets will look "
          "for. New crew members shadow two Setting Days and second-mark one Grading with the Head Setter before "
          "they lead a crew. Spotters get the Spotter's Card (two sides: what a spotter does and does not do) and a "
          "briefing evening at the Mill on 8 January 2009; the Head Setter phones each spotter in March to check "
          "that the Home Wall Task log is being signed.")
doc.add_heading("What's in the Crux Room", level=2)
para(doc, "The Crux Room seats 30, with an interactive whiteboard, a projector and sixteen laptops for setters' use on "
          "Setting Days. The Learning Support Service lends us its assistive technology kit for SD5 (Clicker 5, "
          "Write:OutLoud, Dragon NaturallySpeaking, a BIGmack communicator and two switch-adapted toys), and its "
          "loan library of assessment materials and books stays at the Mill for the reset. Every setter is a "
          "registered student of Sedgebury University and has the University library and its online journals "
          "through Athens.")

# ------------------------------------------------------------------ setting days
doc.add_heading("Setting Days", level=1)
sd = doc.add_table(rows=1, cols=6)
table_borders(sd, "999999")
for c, h in zip(sd.rows[0].cells, ("SD", "Sector", "Saturday", "Twilight (Tuesdays)", "What is set",
                                   "Home Wall Task")):
    cell_text(c, h, bold=True, size=9)
    shade(c, "DDDDDD")
repeat_header(sd.rows[0])
days = [
    ("SD1", "17 Jan", "13 and 20 Jan",
     "Wall Check Belay Chats. The law and the Code: Education Act 1996 Part IV, the SEN Code of Practice (2001), "
     "SENDA 2001, the Disability Discrimination Acts 1995 and 2005 and the Disability Equality Duty, the SEN and "
     "Disability Tribunal; the SENCO's role under the Code and the 2008 SENCO regulations.",
     "Who does what: map who does what for SEN in your school, against the Code."),
    ("SD2", "7 Feb", "27 Jan and 3 Feb",
     "The main kinds of SEN: BESD, SpLD and dyslexia, SLCN, ASD and MLD, with the PCT's speech and language "
     "therapist and Dr Dhillon. Setters with a Wall Check rating of 3 on Y5 may take the ASD clinic instead.",
     "Shadow a pupil with SLCN or ASD for half a day and write up what the day asked of them."),
    ("SD3", "7 Mar", "24 Feb and 3 Mar",
     "What the research and inspection evidence says, and how to keep up with it; Every Child Matters and the five "
     "outcomes; school self-evaluation, the SEF and SEN; what works, and how to tell.",
     "Finish G1 (the Wall Audit), due 27 March."),
    ("SD4", "28 Mar", "17 and 24 Mar",
     "Finding and planning: identifying pupils (observation, data, screening); targets and IEPs; using reports from "
     "educational psychologists, therapists and advisory teachers; tracking with P scales, RAISEonline and national "
     "tests; assessment for learning across a school.",
     "Bring one pupil's file: turn the professionals' reports into three classroom strategies."),
    ("SD5", "2 May", "21 and 28 Apr",
     "Teaching, resources and people: approaches and ICT for removing barriers (the Service's assistive technology "
     "kit); provision mapping; deploying teaching assistants. Guest setters from the Learning Support Service.",
     "Draft a provision map for one year group in your school."),
    ("SD6", "6 Jun", "19 May and 2 Jun",
     "Beyond the school: the educational psychology service, health, social care, the CAF and the team around the "
     "child, voluntary groups (Kelderton Autism Support and the local dyslexia association); sorting out problems "
     "when agencies disagree.",
     "Finish G2 (the Project), due 26 June."),
    ("SD7", "27 Jun", "16 and 23 Jun",
     "Leading: the head, senior team and governors; policy and an inclusive ethos; coaching, modelling and training "
     "colleagues; reviewing provision with staff; speaking and writing for staff and governors, and listening; "
     "time, priorities and delegation. Afternoon in the Engine Shed with Jo Tandy: coaching on the wall as a way "
     "to think about coaching colleagues.",
     "Prepare the Crux Talk."),
    ("SD8", "11 Jul", "30 Jun and 7 Jul",
     "Families: relationships with pupils and with their parents and carers, with the Parent Partnership "
     "coordinator and two parents; the Crux Talks (G3); Topping Out.",
     "\u2013"),
]
for d in days:
    cells = sd.add_row().cells
    cell_text(cells[0], d[0], bold=True, size=9)
    for c, t in zip(cells[2:], d[1:]):
        cell_text(c, t, size=9)
for first, last, name, fill in ((1, 3, "The Slab", "FFF2A8"), (4, 6, "The Prow", "FBD3A8"),
                                (7, 8, "The Cave", "DCC8EA")):
    m = sd.rows[first].cells[1].merge(sd.rows[last].cells[1])
    cell_text(m, name, bold=True, size=9)
    shade(m, fill)
col_widths(sd, [Cm(1.0), Cm(1.7), Cm(1.5), Cm(2.2), Cm(6.9), Cm(3.7)])
para(doc, "")
para(doc, "The September reset (Reset 15) takes the Cave before the Prow, for setters whose schools want the "
          "leadership work in the autumn term. Reset 14 opens in January and Reset 15 in September 2009.")

# ------------------------------------------------------------------ problem lists
doc.add_heading("Problem lists", level=1)
para(doc, [("Status is keyed in notes 8 to 12. The V column is note 14's estimate, not a mark.", {"i": True})])


def problem_list(title, tape, fill, rows, after=None):
    doc.add_heading(title, level=2)
    t = doc.add_table(rows=1, cols=6)
    table_borders(t, "888888")
    for c, h in zip(t.rows[0].cells, ("No.", "Tape", "The problem: the setter can\u2026", "Set on", "Status", "V")):
        cell_text(c, h, bold=True, size=9)
        shade(c, fill)
    repeat_header(t.rows[0])
    made = []
    for r in rows:
        cells = t.add_row().cells
        cell_text(cells[0], r[0], bold=True, size=9)
        cell_text(cells[1], tape, size=9)
        cell_text(cells[2], r[1], size=9)
        if r[2] is not None:
            cell_text(cells[3], r[2], size=9)
        if r[3] is not None:
            cell_text(cells[4], r[3], size=9)
        cell_text(cells[5], r[4], size=9)
        made.append(cells)
    col_widths(t, [Cm(1.0), Cm(1.3), Cm(9.6), Cm(1.3), Cm(2.6), Cm(0.9)])
    if after:
        para(doc, [(after, {"i": True})], size=9.5)
    return t, made


problem_list("Sector 1: the Slab (knowing the ground)", "yellow", "FFF2A8", [
    ("Y1", "\u2026find their way round SEN law and the SEN Code of Practice (2001), say what they mean for their "
           "school, the head, governors, teachers and themselves, and put the Code's graduated response into "
           "practice.", "SD1", "Graded (G1)", "V3"),
    ("Y2", "\u2026explain the five Every Child Matters outcomes and where a SENCO can move them for pupils with SEN.",
     "SD3", "Graded (G1)", "V1"),
    ("Y3", "\u2026say what the Disability Discrimination Act and the Disability Equality Duty require of a school for "
           "disabled pupils, and how the school should go about it.", "SD1", "Forerun only", "V4"),
    ("Y4", "\u2026explain how children develop, and how SEN, disability and the world around a child, at home and in "
           "class, can help or hold that back.", "\u2013", "Graded (G1)", "V2"),
    ("Y5", "\u2026recognise the commonest kinds of SEN and disability (BESD; SpLD, dyslexia among them; SLCN; ASD; "
           "MLD) and say how each can get in the way of learning.", "SD2", "Graded (G1)", "V2"),
    ("Y6", "\u2026explain how a school evaluates itself and plans to improve, and where pupils with SEN come into the "
           "SEF and the plan.", "SD3", "Graded (G1)", "V4"),
    ("Y7", "\u2026say what the best research and practice show about meeting SEN, and what they do not show.",
     "SD3", "Graded (G1)", "V3"),
    ("Y8", "\u2026use research and outside advice to improve their own teaching and their colleagues'.", "SD3",
     "Graded (G2)", "V4"),
    ("Y9", "\u2026keep up to date and take charge of their own professional development on SEN and disability.",
     "SD3", "Graded (G3)", "V1"),
])

problem_list("Sector 2: the Prow (finding and planning)", "orange", "FBD3A8", [
    ("O1", "\u2026spot pupils who may have SEN or disabilities (from watching lessons, data, assessment and "
           "monitoring), set them targets that stretch them, plan what will be done and review how they are "
           "getting on.", "SD4", "Graded (G2)", "V3"),
    ("O2", "\u2026turn what educational psychologists, therapists and advisory teachers write about a pupil into "
           "teaching that works in class.", "SD4", "Graded (G2)", "V3"),
    ("O3", "\u2026use end-of-year and national test results to track pupils with SEN and change their programmes "
           "when they stall.", "SD4", "Forerun only", "V4"),
    ("O4", "\u2026get other teachers using assessment for learning with all their pupils, with particular thought "
           "for pupils with SEN.", "SD4", "Graded (G3)", "V5"),
    ("O5", "\u2026spot early which pupils need access arrangements for national tests and examinations, and get them "
           "in place in class and in the tests.", "\u2013", "Stripped", "\u2013"),
    ("O6", "\u2026weigh up approaches, strategies and resources for assessing, planning and teaching, ICT among "
           "them, and use them to take barriers away for particular pupils.", "SD5", "Graded (G2)", "V3"),
    ("O7", "\u2026draw up and manage a provision map, and use it to find provision that is not working or is "
           "missing.", "SD5", "Graded (G2)", "V4"),
    ("O8", "\u2026deploy and manage teaching assistants and other staff so that pupils with SEN get the most from "
           "them.", "SD5", "Forerun only", "V5"),
    ("O9", "\u2026explain what outside agencies do, who to ask for what, and how to get specialist help and "
           "resources for a pupil.", "SD6", "Graded (G2)", "V2"),
    ("O10", "\u2026work with people from other services and voluntary groups so that a pupil gets one joined-up "
            "plan, not five.", "SD6", "Graded (G2)", "V4"),
    ("O11", "\u2026see problems coming, sort them out, and make sound, well-reasoned decisions about a pupil's "
            "provision.", "SD6", "Graded (G2)", "V5"),
], after="O5 is stripped from Reset 14. Access arrangements for tests and examinations are taught on the "
         "University's \u201cAssessment for Inclusion\u201d module, which setters can take after the Award.")

cave, cave_cells = problem_list("Sector 3: the Cave (leading)", "purple", "DCC8EA", [
    ("P1", "\u2026work with the head, senior team and governors to shape an inclusive ethos, the SEN policy, the "
           "school's priorities and where its money and staff go, so that all pupils can learn and take part in "
           "school life.", "SD7", "Graded (G3)", "V6"),
    ("P2", "\u2026win the head's, the senior team's and colleagues' commitment to better outcomes for pupils with "
           "SEN.", "SD7", "Graded (G3)", "V5"),
    ("P3", "\u2026help colleagues get better at teaching pupils with SEN by watching lessons and giving feedback, "
           "modelling, coaching and mentoring, and running or arranging training.", "SD7", "Graded (G3)", "V5"),
    ("P4", "\u2026review with colleagues how well the school's SEN provision is working, and feed what they find "
           "into the school's self-evaluation and improvement plan.", "SD7", "Graded (G3)", "V4"),
    ("P5", "\u2026put first things first, manage their time, and hand tasks to others and check they get done.",
     "SD7", "Forerun only", "V3"),
    ("P6", "\u2026speak and write clearly for staff, governors and parents, and listen to and understand their "
           "views.", "SD7", "Graded (G3)", "V2"),
    ("P7", "\u2026build fair, respectful and supportive relationships with pupils with SEN and disabilities and with "
           "their parents and carers.", "SD8", "Graded (G3)", "V2"),
    ("P8", "\u2026work with the parents and carers of pupils with SEN so that home and school pull the same way on "
           "the child's learning.", "SD8", "Graded (G3)", "V3"),
    ("P9", "\u2026make sure pupils with SEN have a real part in planning, agreeing and reviewing their own "
           "provision.", None, None, "V5"),
    ("P10", "Bonus, not part of the Award: \u2026run a climbing session in the Engine Shed for a group of their own "
            "pupils, with Jo Tandy.", "SD8", "\u2013", "\u2013"),
], after="P9 was stripped at the crew meet on 20 October: with G3 already carrying seven problems, the crew did not "
         "think a 20-minute talk could grade it fairly. It goes back in at Reset 15 if the Reset Review agrees.")
p9 = cave_cells[8]
p_set = p9[3].paragraphs[0]
del_run(p_set, "SD8", MA, D3, size=9)
ins_run(p_set, "\u2013", MA, D3, size=9)
p_stat = p9[4].paragraphs[0]
del_run(p_stat, "Graded (G3)", MA, D3, size=9)
ins_run(p_stat, "Stripped", MA, D3, size=9)

# ------------------------------------------------------------------ around the reset
doc.add_heading("Around the reset", level=1)
doc.add_heading("Who gets on the wall", level=2)
para(doc, "We accept a setter who is a qualified teacher, is the SENCO or acting SENCO of their school (or will be by "
          "SD1) and has their head's written nomination. The Wall Check is also our entry check: if it shows that a "
          "setter is unlikely to get up the whole reset in a year, the Head Setter meets the setter and their head "
          "before SD1 and offers \u201cthe Bridge\u201d, the Learning Support Service's six-session SEN foundation "
          "course, with a guaranteed place in the September reset.")
doc.add_heading("Prior learning", level=2)
para(doc, "A setter's prior study and experience count at the Wall Check: a setter who shows evidence of a problem "
          "already (for example, the Service's SpLD certificate for Y5) may be excused the part of a Setting Day "
          "that sets it, as note 7 says. We do not award credit for prior learning; the University's APL "
          "regulations are not used on this module, so every setter takes all three Gradings.")
doc.add_heading("Flashing the reset", level=2)
pf = para(doc, "An experienced teacher, for example one of the Service's own advisory teachers, has asked whether "
               "they could \u201cflash\u201d the reset: take the three Gradings without the Setting Days. We would "
               "offer this if the University agrees; the University has not yet agreed to this.")
doc.add_comment(pf.runs[0], text="Chased Sedgebury again 28/10. No answer yet. KP", author=KP, initials="KP")
doc.add_heading("Checks", level=2)
pc = para(doc, "Every member of the crew and every guest setter who works at the wall with young people holds an "
               "enhanced CRB disclosure, renewed every three years, as the Mill requires of all coaching staff. "
               "Setters are employed teachers whose schools hold their disclosures; we do not ask to see them.")
doc.add_comment(pc.runs[0], text="The Service's safeguarding lead thinks we should at least get the head to confirm "
                                 "the disclosure in the nomination letter. Add? MA", author=MA, initials="MA")
doc.add_heading("Fees", level=2)
para(doc, "The Award costs \u00a31,150 a setter, including the University's registration fee; Kelderton Borough "
          "Council pays half for its own schools' SENCOs. The Wall Check keeps it lean: setters spend their time on "
          "the problems they have not yet climbed, not on the ones they have, and the crews of six let each crew "
          "lead know every setter's Project.")
doc.add_heading("Access", level=2)
para(doc, "The Mill has a lift from the canal entrance to the Crux Room, an accessible toilet on each floor and a "
          "hearing loop in the Crux Room; the Engine Shed is on the ground floor with level access. Setting Day "
          "handouts are on the Chalk Board the day before. Setters who need anything else should tell the Head "
          "Setter.")
doc.add_heading("Routes in", level=2)
para(doc, "Reset 14 opens in January and Reset 15 in September 2009, with a reset each January and September after "
          "that. Setters choose the Saturday or the twilight route and can switch at any Setting Day (note 4); the "
          "September reset takes the sectors in a different order.")
doc.add_heading("The Chalk Board", level=2)
pcb = para(doc, "Between Setting Days setters use the Chalk Board, the Mill's members' website, which has a private "
                "page for each crew. The crew post each day's slides and handouts there, and setters post their Home "
                "Wall Task notes and comment on each other's. ")
del_run(pcb, "Crew leads answer every question posted on the Chalk Board within two working days. ", KP, D2)
add_runs(pcb, "The Chalk Board is the setters' own space: the crew do not answer questions on it.")
doc.add_heading("The Reset Review", level=2)
prr = para(doc, "Every Setting Day ends with the tick sheet: each setter rates the day's problems (clear, useful, "
                "pitched right) and writes one thing to change. The crew lead reads them that evening and the next "
                "crew meet starts with them. After each Grading the crew list, from the marking sheets, the problems "
                "setters struggled on. In July the Reset Review brings together the tick sheets, the Belay Chat "
                "notes, the marking sheets, the Wall Check re-ratings, the external examiner's report and the "
                "Learning Support Service's own review of the partnership. It writes a \u201cChanges for Reset "
                "15\u201d list, which decides what is re-set, stripped or added for September and which the "
                "University receives as part of its annual monitoring of the module.")
fn.add(prr, "External examiner: Dr Helen Marsh, Reader in Inclusive Education, University of Wrexcombe, appointed by "
            "Sedgebury University for 2009 to 2012.")
doc.add_heading("Is it working?", level=2)
para(doc, "At Topping Out every setter does the Wall Check again, and we set the two ratings side by side, problem by "
          "problem: this tells us how far each setter's competence and confidence has moved, and it goes into the "
          "Reset Review. We do not yet collect anything about the setters' pupils. We would like, in later resets, "
          "to ask setters for the progress of the pupils their Projects are about, once the University has "
          "approved a way to do it.")

# ------------------------------------------------------------------ topping out
doc.add_heading("Topping Out", level=1)
para(doc, "Topping Out is the last hour of SD8. Each setter writes a Next Project card: three professional targets "
          "for the next year, the support they will need and who from. They talk it through with their crew lead, "
          "and the card goes to their headteacher with the setter's module results so that the targets can be taken "
          "into performance management. The card lists what comes next: the University's MA in Inclusive Education "
          "(the Award's credits count towards it), the Learning Support Service's SENCO network, and our own "
          "adaptive climbing course for staff who want to bring pupils to the wall.")
para(doc, [("Mo Ashworth, Head Setter", {"b": True}), "   3 November 2008"])

fn.attach(doc)
doc.save(str(OUT))
print("wrote", OUT.name)
