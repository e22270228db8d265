"""oo-02-yarrowby-train-register: a model railway club's SENCO course as a signal box Train Register.

Provider (invented): the Schools Education Group of the Yarrowby Model Railway Club (YMRC), with Ashlingford
University, Faculty of Education (validation) and Yarrowby Metropolitan Borough Council's Inclusion Service.
March 2009, for the 2009-10 National Award for SEN Coordination ("the Yarrowby SENCO Award"). The Club's
schools layout has a working signal box, and its course team plans and records the Award as the box's Train
Register: the course is "the Award Line", participants are Drivers, tutors Box Tutors, the course leader the
Station Master, school mentors Pilotmen, the external examiner the District Inspector; course events are
"workings" with reporting numbers whose first digit gives the class (0 light engine = assessment only, 1 marked
working, 2 Study Day, 5 admissions and checks, 6 school-based working, 9 boards and review).

Document kind and layout: a signal box Train Register book sent whole. No heading styles: typed bold capitals on
shaded paragraphs. A cover made of a table with merged and shaded cells (validation, credits, book number, a
"[date]" placeholder). A covering note in the first person plural (aims, stakeholders' needs). Printed
"INSTRUCTIONS FOR KEEPING THIS REGISTER" lettered A to K (no I, as on the railway), which define the people and (Instruction F, far above the
table it keys) the values of the Register of Sections. A bell code table. A VML text box "SPECIAL NOTICE" (the
only equality statement). The Register itself in a landscape section: six columns (No., Description, Bell,
Booked, Out of section, Remarks), merged and shaded term rows, most of the course in the Remarks cells; one row
inserted by a tracked change (6P01 placements) and one deleted (2S09, an online Study Day). The Register of
Sections: the 29 minimum outcomes in the Club's own words in three merged group bands ("UP MAIN", "DOWN MAIN",
"GOODS LOOP") with "Worked on" and "Cleared at" columns. An Occurrence Book of past entries from the 2008 pilot.
"STAFF IN THE BOX". Two Word comments. Header and footer with a PAGE field. An inspector's examination block with
placeholders.

Traps (requirement ids):
- Aims are attainment only ("reading, writing and mathematics, measured in P-scales and National Curriculum
  sub-levels"); ECM is taught as content but the aim and the Improvement Run measure attainment. 1.1
  partially_met.
- Prior study only excuses attendance ("excused attendance at Study Days 1 and 2 ... No credit is given for
  prior study or experience"). 2.1 partially_met.
- Assessment-only route exists as the "light engine" working 0L01, in the Register, not in the prose: 2.3 met.
- One fixed timetable, single September start, Saturdays only; only a one-term delay to a submission date. The
  pilot's January start and twilight versions are past (Occurrence Book). 3.2 partially_met.
- The only online element is a deleted register row (2S09); "There is no online part of the Award Line". 3.3
  not_applicable.
- Equality only as a value statement plus step-free venue in a text box; no adjustments, disclosure or
  assessment arrangements. 3.1 partially_met.
- "A first-class service for every Driver" with no account of cost-effectiveness; tailoring only of the focus of
  marked workings. 2.4 partially_met.
- Entry: QTS and a SENCO post only, "No other entry test is set". 5.2 partially_met.
- CRB check properly verified in row 5Z02 (certificate seen, List 99, employer reference): 5.3 met.
- Placements arranged for every Driver appear only in an inserted row (6P01): counts. 5.5 met.
- Only general library access. 5.6 partially_met.
- Marking by the Driver's own Box Tutor; "The University may ask to see a sample"; second marking by the
  District Inspector happened only in the 2008 pilot (Occurrence Book). 5.8 partially_met.
- Award Board compensates across marked workings (average 50%, none below 35%); a Word comment asks whether every
  section must be cleared (comment, not evidence). 6.0 not_met; with Permissive and Line blocked sections, 1.9
  partially_met.
- Register of Sections, keyed by Instruction F: "Permissive" (worked, feedback only, in no marked working's
  criteria): 6.A1, 6.K5, 6.S6, 6.S9 partially_met. Worked on "-" but cleared: 6.A5 partially_met (assessed, not
  taught). "Line blocked": 6.K4 (pointed to a separate University module), 6.K7, 6.A3 (taught only in the 2008
  pilot's "Time and Motion" day, Occurrence Book) not_met.
- Stakeholders: the 2008 audit and headteachers' forum shaped the Study Days (4.1, 4.2 met); two headteachers
  and the Pilotmen sit on the annual review, Ferncliffe hosts placements (4.3 met); the pilot review panel with
  parents is past only.
- Pupil impact measured by baseline and follow-up in the Improvement Run and aggregated at the annual review;
  Drivers' confidence rated at the entry interview and at Study Day 8. 5.9 met.
"""
from pathlib import Path
import sys

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _oo_helpers import (base_document, para, add_runs, cell_text, shade, shade_paragraph, col_widths,
                         mark_row, add_textbox, header_footer, landscape, portrait, comment)

HERE = Path(__file__).parent
NAME = "oo-02-yarrowby-train-register"
JH = "Judith Harker"
D1 = "2009-03-02T09:05:00Z"
D2 = "2009-03-09T19:30:00Z"

doc = base_document("Times New Roman", 10.5)
sec = doc.sections[0]
header_footer(sec, "YMRC Form TR/7  \u2013  TRAIN REGISTER  \u2013  Yarrowby Junction Box (Award Line)",
              "Keep this Register in the box at all times. Entries in ink; errors struck through once and initialled.")


def title(text, fill="D9D9D9"):
    p = para(doc, [(text, {"b": True, "size": 11})], keep=True)
    shade_paragraph(p, fill)
    return p


# ------------------------------------------------------------------ cover table
t = doc.add_table(rows=7, cols=2)
t.style = "Table Grid"
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(top, [("YARROWBY MODEL RAILWAY CLUB \u2013 SCHOOLS EDUCATION GROUP", {"b": True, "size": 12})],
          align=WD_ALIGN_PARAGRAPH.CENTER)
shade(top, "1F1F1F")
top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
big = t.rows[1].cells[0].merge(t.rows[1].cells[1])
cell_text(big, [("TRAIN REGISTER", {"b": True, "size": 26})], align=WD_ALIGN_PARAGRAPH.CENTER)
shade(big, "F2F2F2")
COVER = [
    ("Box", "Yarrowby Junction \u2013 the Award Line (the Yarrowby SENCO Award: the National Award for SEN "
            "Coordination)"),
    ("Book No.", "1 (2009\u201310). Book 0 was the 2008 pilot."),
    ("Validated by", "Ashlingford University, Faculty of Education, on 4 February 2009, as the Postgraduate "
                     "Certificate in Coordinating Special Educational Provision: 60 credits at Level 7 "
                     "(Master's level)."),
    ("Worked with", "Yarrowby Metropolitan Borough Council, Inclusion Service"),
    ("Commenced / Finished", "7 September 2009  /  [date]"),
]
for i, (a, b) in enumerate(COVER, start=2):
    cell_text(t.rows[i].cells[0], a, bold=True)
    shade(t.rows[i].cells[0], "D9D9D9")
    cell_text(t.rows[i].cells[1], b)
col_widths(t, [4.0, 12.5])
para(doc, "")

# ------------------------------------------------------------------ covering note
title("WHY WE SEND YOU A TRAIN REGISTER")
para(doc, "The Schools Education Group of the Yarrowby Model Railway Club has taken its layout, Yarrowby "
          "Junction, into the Borough's schools since 1999. The layout has a working signal box with block "
          "instruments and a register, and pupils with SEN learn to work it: to offer a train, wait for the "
          "reply, and write down what happened. When the Group started to train SENCOs in 2008 we found that "
          "the register was the best way we had of planning the course and keeping track of it, and the "
          "teachers on the pilot said the same. So this is the Award Line's Train Register for 2009\u201310, with "
          "its printed instructions, sent as the course team uses it. Entries with a Booked date are the "
          "workings planned for 2009\u201310; the Remarks column says what each working is.")
para(doc, "The Award Line has one purpose: to raise the attainment of pupils with SEN in Yarrowby's schools, "
          "that is, their progress in reading, writing and mathematics, measured in P-scales and National "
          "Curriculum sub-levels, and the closing of the gap between them and their classmates. Every Study Day "
          "and marked working is judged against that purpose. We aim to give every Driver a first-class "
          "service.")
para(doc, "The Line runs where it does because of what the Borough's schools told us. In spring 2008 the "
          "Inclusion Service audited SEN provision in all 84 Yarrowby schools, and 61 SENCOs completed its "
          "questionnaire. Two needs stood out: most new SENCOs had never managed teaching assistants, and few "
          "had worked with the health services. The Borough's headteachers' forum added a third: SENCOs who could "
          "explain their provision to governors. Study Day 3 was written for the first need, Study Day 5 and the "
          "placements for the second, and Study Day 6 and the Improvement Run for the third. Drivers on the 2008 "
          "pilot asked for more on parents, and Study Day 4 was added for 2009\u201310.")

# ------------------------------------------------------------------ instructions
title("INSTRUCTIONS FOR KEEPING THIS REGISTER")
INSTR = [
    ("A.", "This Register is the working document of the Award Line. Each working has a line. Nothing may be "
           "left out, and no working may run that is not entered here."),
    ("B.", "Drivers are the teachers taking the Award. Each Driver keeps their own reporting number for the "
           "whole of their journey."),
    ("C.", "The Station Master leads the Award Line and signs the Register at the end of each term. Box Tutors "
           "teach the Study Days and mark the marked workings. A Pilotman is a teacher with SENCO experience in "
           "the Driver's school or cluster, named by the headteacher, who conducts the Driver over the "
           "school-based workings. The District Inspector is the external examiner appointed by the University."),
    ("D.", "The first figure of a reporting number gives the class of working: 0 light engine (assessment only); "
           "1 marked working; 2 Study Day; 5 admissions and checks; 6 school-based working; 9 boards and "
           "review."),
    ("E.", "Booked is the planned date. Out of section is the date by which the working must be complete; for a "
           "marked working, the date by which marks are returned."),
    ("F.", "In the Register of Sections at the back of this book, Worked on gives the Study Day or other working "
           "in which the section is taught, and a dash means no Study Day works it. Cleared at gives the marked "
           "working whose marking criteria include the section. Permissive means that trains may enter the "
           "section at caution: Drivers practise it on the Study Day and are given spoken feedback, but it is in "
           "no marked working's criteria. Line blocked means that no train runs over the section in 2009\u201310."),
    ("G.", "Bell codes are those in use on the Club's layout (see the table below)."),
    ("H.", "There is no online part of the Award Line. Every working is face to face or in the Driver's school."),
    ("J.", "Six bells (Obstruction danger): any concern about a Driver's suitability to work with children is "
           "reported to the Station Master at once, who follows the Borough's safeguarding procedures."),
    ("K.", "The Register is examined by the District Inspector at the end of the year."),
]
for a, b in INSTR:
    para(doc, [(a + " ", {"b": True}), b])

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Bell code", "On the layout", "On the Award Line")):
    cell_text(c, h, bold=True)
    shade(c, "D9D9D9")
BELLS = [
    ("1", "Call attention", "A Box Tutor or Driver asks for a word"),
    ("4", "Express passenger", "Marked working (class 1)"),
    ("3-1", "Stopping passenger", "Study Day (class 2)"),
    ("2-3", "Light engine", "Assessment-only working (class 0)"),
    ("2-2-1", "Empty stock", "Admissions and checks (class 5)"),
    ("1-4", "Freight", "School-based working (class 6)"),
    ("2-1", "Train out of section", "Working complete"),
    ("6", "Obstruction danger", "Safeguarding concern (Instruction J)"),
]
for row in BELLS:
    r = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(r[i], v, bold=(i == 0))
col_widths(t, [2.5, 5, 9])
para(doc, "")
add_textbox(doc, [
    [("SPECIAL NOTICE", {"b": True})],
    "The Yarrowby Model Railway Club is committed to equality of opportunity and complies with the Disability "
    "Discrimination Act. All are welcome on the Award Line. Yarrowby Civic Hall, where the Study Days run, has "
    "step-free access and a lift.",
], width_pt=440, height_pt=70, fill="FFFFFF", stroke="000000", weight="2.25pt")

# ------------------------------------------------------------------ the register (landscape)
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(s2)
title("THE REGISTER \u2013 AWARD LINE, 2009\u201310 (BOOKED WORKINGS)")
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("No.", "Description", "Bell", "Booked", "Out of section", "Remarks")):
    cell_text(c, h, bold=True)
    shade(c, "BFBFBF")

REG = [
    ("BEFORE THE LINE OPENS (MARCH\u2013JULY 2009)",),
    ("5Z01", "Applications", "2-2-1", "2 March to 29 May 2009", "29 May 2009",
     "Applications on the Club's Award Line form, countersigned by the headteacher. Entry requirement: Qualified "
     "Teacher Status and a post as SENCO or assistant SENCO in a school in Yarrowby or a neighbouring "
     "authority. The form asks for the applicant's current role and the number of pupils on the school's SEN "
     "register. No other entry test is set: every applicant who meets the requirement is offered a place, in "
     "order of application, up to 20 places."),
    ("5Z02", "Suitability check", "2-2-1", "June 2009", "Before 2S01",
     "The Station Master sees each accepted Driver's enhanced CRB disclosure certificate, or a letter from the "
     "employing headteacher giving the disclosure's number and date of issue; a disclosure more than three "
     "years old, or one from an employer other than the current one, is renewed through the Borough's "
     "personnel service before the Driver starts. The Borough's personnel service also checks List 99, and we "
     "take up a reference from the Driver's current employer asking about their conduct and any disciplinary "
     "matters. No Driver's train is offered to 2S01 until the check is logged here."),
    ("5Z03", "Entry interview", "2-2-1", "June and July 2009", "17 July 2009",
     "Each Driver meets a Box Tutor for an hour with their Route Knowledge Self-Assessment, which asks them "
     "to rate and give evidence for each of the 29 sections of the Line (see the Register of Sections), and "
     "to rate their confidence in each. The Box Tutor and Driver agree the Driver's Personal Working "
     "Timetable: the sections the Driver most needs to work on, a personal set of outcomes for the year, and "
     "the focus of each marked working. The Personal Working Timetable is reviewed at 2S04 and 2S08."),
    ("5Z04", "Prior study", "2-2-1", "At 5Z03", "\u2013",
     "Drivers who hold the Borough's SEN in Practice certificate (2005 onwards) are excused attendance at "
     "Study Days 1 and 2, but take every marked working. No credit is given for prior study or experience."),
    ("0L01", "Light engine (assessment only)", "2-3", "By arrangement", "Within two terms",
     "A teacher who already meets the outcomes, such as an experienced SENCO from another authority or an "
     "advisory teacher, may ask to run as a light engine: no Study Days. The Station Master and a Box Tutor "
     "interview the candidate first. The candidate submits a portfolio of evidence mapped to all 29 sections "
     "and takes the Professional Conversation (1X04); portfolio and Conversation are marked against the same "
     "criteria as the marked workings and go to the same Award Board. Fee \u00a3420. Normally no more than "
     "two a year."),
    ("AUTUMN TERM 2009",),
    ("2S01", "Study Day 1: The Rule Book", "3-1", "Sat 19 September 2009", "19 September 2009",
     "Law, guidance and policy: the SEN Code of Practice 2001 and the graduated response; statutory assessment "
     "and statements; the SENCO Regulations 2008; the Disability Discrimination Act 1995 and 2005, the "
     "disability equality duty and what schools must do for disabled pupils; Every Child Matters, its five "
     "outcomes and the SENCO's part in them; Removing Barriers to Achievement."),
    ("2S02", "Study Day 2: Reading the signals", "3-1", "Sat 10 October 2009", "10 October 2009",
     "The most common kinds of SEN (behavioural, emotional and social difficulties; specific learning "
     "difficulties and dyslexia; speech, language and communication needs; autism; moderate learning "
     "difficulties) and how they affect learning. Finding pupils who may have SEN through observation, data and "
     "assessment; setting challenging targets; planning interventions; reviewing progress. Using the reports "
     "of educational psychologists and therapists in planning teaching. Using summative assessment, including "
     "national test results and teacher assessment, to track progress and change a pupil's programme."),
    ("6F01", "School working: the Pupil Profile", "1-4", "October to December 2009", "11 January 2010",
     "In the Driver's own school, with the Pilotman: the Driver follows one pupil for a term, gathering "
     "assessments, observing, meeting the pupil and the parents, and planning and reviewing an intervention."),
    ("2S03", "Study Day 3: The timetable", "3-1", "Sat 14 November 2009", "14 November 2009",
     "Provision mapping and management, and finding ineffective or missing provision; deploying and managing "
     "teaching assistants and other staff; choosing approaches, strategies and resources for assessment, "
     "planning and teaching, including ICT (Clicker, Widgit, Numicon, voice recorders); working with the "
     "examinations officer to identify access arrangements for national tests in good time; solving problems "
     "and making decisions about provision. Led with the Borough's teaching assistant adviser."),
    ("1X01", "Marked working 1: Pupil Profile", "4", "Submit 11 January 2010", "12 February 2010",
     "3,000 words. Marking criteria: identification, targets, interventions and review; use of other "
     "professionals' assessments; the pupil's part in planning and reviewing their provision; work with the "
     "pupil's parents."),
    ("6P01", "Placements", "1-4", "November 2009 to March 2010", "31 March 2010",
     "Every Driver spends two days at Ferncliffe Special School or one of the Borough's resource bases, "
     "arranged by the Station Master, with a set of observation tasks agreed with the host."),
    ("SPRING TERM 2010",),
    ("2S04", "Study Day 4: Passengers and their families", "3-1", "Sat 23 January 2010", "23 January 2010",
     "Consulting pupils about the things that matter to them, including pupils with little or no speech; "
     "involving pupils in planning, agreeing and reviewing their provision; building fair, respectful "
     "relationships with pupils and families; working in partnership with parents and carers, advising and "
     "supporting them, and liaising over targets and reviews. With Yarrowby Parent Partnership and two "
     "parents."),
    ("2S05", "Study Day 5: Through running", "3-1", "Sat 27 February 2010", "27 February 2010",
     "At Ferncliffe Special School. The scope and role of external agencies and how to get specialist support "
     "and resources; working in partnership with other services and with voluntary organisations. With a "
     "speech and language therapist, a CAMHS worker, the Sensory Service and the Yarrowby Deaf Children's "
     "Society."),
    ("1X02", "Marked working 2: Provision and Staffing Plan", "4", "Submit 22 March 2010", "23 April 2010",
     "3,000 words. A provision map for one year group with a plan for the teaching assistants who deliver it. "
     "Marking criteria: the provision map and the gaps it finds; deployment and management of staff; choice of "
     "approaches and resources including ICT; the tracking of pupils' progress with summative data; the access "
     "arrangements planned for the year group's national tests; the use made of outside agencies; soundness of "
     "decisions."),
    ("2S09", "Study Day 9 (online)", "3-1", "March 2010", "\u2013",
     "Four online units on Ashlingford University's virtual learning environment, with a tutor forum, in place "
     "of a Saturday."),
    ("SUMMER TERM 2010",),
    ("2S06", "Study Day 6: The Station Master", "3-1", "Sat 24 April 2010", "24 April 2010",
     "Leading colleagues: advising, supporting and collaborating with colleagues in the school and beyond it; "
     "gaining the commitment of the headteacher and senior leaders; working with governors on an inclusive "
     "ethos, policy, priorities and resources; coaching, mentoring, observing and giving feedback, and leading "
     "training; helping teachers to use formative assessment with pupils with SEN."),
    ("2S07", "Study Day 7: Signal sighting", "3-1", "Sat 15 May 2010", "15 May 2010",
     "Research and inspection: Ofsted's Special educational needs and disability: towards inclusive schools "
     "(2004) and Inclusion: does it matter where pupils are taught? (2006); the Bercow Review (2008); the "
     "Inclusion Development Programme (2008). Using research and outside advice to improve practice; best "
     "practice in meeting SEN. Reviewing with colleagues how well the school's provision is working, and "
     "reporting to senior leaders. Keeping up to date and planning one's own professional development."),
    ("1X03", "Marked working 3: The Improvement Run", "4", "Submit 28 June 2010", "23 July 2010",
     "5,000 words. The Driver leads one improvement in the school's SEN provision over two terms, agreed with "
     "the headteacher, and measures its effect on a group of pupils: a baseline of their attainment (reading "
     "age, P-scale or sub-level) before the change and the same measure after it. Marking criteria: use of "
     "research evidence and best practice; gaining the commitment of senior leaders; influence on policy with "
     "senior colleagues and governors; support for colleagues' development; formative assessment; the "
     "measured effect on pupils."),
    ("1X04", "Marked working 4: Professional Conversation", "4", "5 to 9 July 2010", "9 July 2010",
     "Thirty minutes with two Box Tutors on the law and guidance on SEN, disability equality law and Every Child "
     "Matters as they apply in the Driver's school, and on the Driver's own professional development plan. "
     "Marking criteria include how clearly the Driver explains and how well they listen."),
    ("2S08", "Study Day 8: Next Stop", "3-1", "Sat 10 July 2010", "10 July 2010",
     "Each Driver drafts an Onward Working, their professional targets for the next two years, on the Club's "
     "planning sheet; talks it through with a Box Tutor; and takes it to their line manager for their next "
     "performance management meeting. The Station Master telephones each Driver in the autumn term to ask how "
     "the targets are going. Drivers rate their confidence in each section again."),
    ("AFTER THE LINE CLOSES",),
    ("9M01", "Marking", "\u2013", "Throughout", "\u2013",
     "Each marked working is marked by the Driver's own Box Tutor against Ashlingford University's Level 7 "
     "criteria and the working's marking criteria. The University may ask to see a sample of marked work."),
    ("9E01", "Award Board", "2-1", "September 2010", "30 September 2010",
     "The Board, chaired by the University, confirms the award to every Driver whose three written marked "
     "workings (1X01 to 1X03) average 50% or more, with none below 35%, who has passed the Professional "
     "Conversation, and who has attended at least seven of the eight Study Days."),
    ("9R01", "Annual review", "\u2013", "September 2010", "\u2013",
     "The Station Master's review of the year, with the Box Tutors, two headteachers nominated by the Borough's "
     "headteachers' forum, the Pilotmen and two Drivers. It reads the Train Reporting Forms that Drivers "
     "complete after every Study Day, the District Inspector's report, the University's annual monitoring "
     "return, the pupils' baseline and follow-up measures from every Improvement Run, and the change in "
     "Drivers' confidence ratings between 5Z03 and 2S08. Changes agreed at the review are entered in next "
     "year's Register."),
]
ins_row = del_row = award_row = None
for row in REG:
    if len(row) == 1:
        g = t.add_row().cells
        mg = g[0].merge(g[5])
        cell_text(mg, row[0], bold=True)
        shade(mg, "E2EFD9")
        continue
    r = t.add_row()
    for i, v in enumerate(row):
        cell_text(r.cells[i], v, bold=(i == 0))
    if row[0] == "6P01":
        ins_row = r
    if row[0] == "2S09":
        del_row = r
    if row[0] == "9E01":
        award_row = r
col_widths(t, [1.5, 3.6, 1.2, 2.6, 2.4, 13.2])
mark_row(ins_row, "ins", JH, D2)
mark_row(del_row, "del", JH, D1)
comment(doc, award_row.cells[5].paragraphs[0].runs, "Should this say that every section has to be cleared? The TDA "
                                                    "may ask. JH", JH, "JH")

# ------------------------------------------------------------------ register of sections
para(doc, "")
p = title("REGISTER OF SECTIONS (THE 29 SECTIONS OF THE AWARD LINE)")
comment(doc, p.runs, "Check numbering against the TDA list before this goes. RB", "Robert Bessant", "RB")
para(doc, "Values as Instruction F.")
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Sect.", "Over this section the Driver can \u2026", "Worked on", "Cleared at")):
    cell_text(c, h, bold=True)
    shade(c, "BFBFBF")
BANDS = {0: "UP MAIN \u2013 the Driver as a professional (sections 1\u20137)",
         7: "DOWN MAIN \u2013 what the Driver knows (sections 8\u201316)",
         16: "GOODS LOOP \u2013 what the Driver does (sections 17\u201329)"}
SECT = [
    ("keep fair, respectful and supportive relationships with pupils with SEN and their families", "2S04",
     "Permissive"),
    ("bring the headteacher, senior leaders and colleagues behind better outcomes for pupils with SEN", "2S06",
     "1X03"),
    ("put work in order of priority, manage time and delegate, and check delegated work is done", "\u2013",
     "Line blocked"),
    ("see problems coming, solve them, and make sound decisions about provision", "2S03", "1X02"),
    ("put things clearly in speech and writing, and listen to and understand others", "\u2013", "1X04"),
    ("use research and outside advice to improve their own and colleagues' practice", "2S07", "1X03"),
    ("keep up to date and take charge of their own professional development", "2S07", "1X04"),
    ("explain the law and guidance on SEN, including the Code of Practice, and apply it in school", "2S01",
     "1X04"),
    ("explain Every Child Matters and how a SENCO helps children reach its outcomes", "2S01", "1X04"),
    ("explain disability equality law and the actions it requires for disabled pupils", "2S01", "1X04"),
    ("explain how children develop, and how SEN, disability and surroundings affect development", "\u2013",
     "Line blocked (Drivers who want this can take the University's Child Development and Learning module "
     "separately)"),
    ("describe the most common kinds of SEN and how each affects learning", "2S02", "Permissive"),
    ("judge approaches, strategies and resources, including ICT, and use them to remove barriers", "2S03",
     "1X02"),
    ("explain the principles of school self-evaluation and improvement for pupils with SEN", "\u2013",
     "Line blocked"),
    ("say what best practice and research show about meeting SEN", "2S07", "1X03"),
    ("explain what outside agencies do and how to get specialist support", "2S05", "1X02"),
    ("with senior colleagues and governors, shape the school's inclusive ethos, policy, priorities and "
     "resources", "2S06", "1X03"),
    ("find pupils who may have SEN, set targets, plan interventions and review progress", "2S02", "1X01"),
    ("use other professionals' assessments to plan teaching", "2S02", "1X01"),
    ("use summative assessment and national tests to track progress and change programmes", "2S02", "1X02"),
    ("help other teachers use formative assessment with pupils with SEN", "2S06", "1X03"),
    ("identify access arrangements for national tests in good time and put them in place", "2S03", "1X02"),
    ("map and manage provision and find what is ineffective or missing", "2S03", "1X02"),
    ("deploy and manage teaching assistants and other staff", "2S03", "1X02"),
    ("support colleagues' development by observing, advising, modelling, coaching and training", "2S06",
     "1X03"),
    ("review with colleagues how well provision works, for the school's own review", "2S07", "Permissive"),
    ("involve pupils in planning, agreeing and reviewing their own provision", "2S04", "1X01"),
    ("work with parents and carers to help their child learn and develop", "2S04", "1X01"),
    ("work in partnership with other services and voluntary organisations", "2S05, 6P01", "Permissive"),
]
assert len(SECT) == 29
for i, (txt, worked, cleared) in enumerate(SECT):
    if i in BANDS:
        g = t.add_row().cells
        mg = g[0].merge(g[3])
        cell_text(mg, BANDS[i], bold=True)
        shade(mg, "DEEAF6")
    r = t.add_row().cells
    cell_text(r[0], str(i + 1), bold=True)
    cell_text(r[1], txt)
    cell_text(r[2], worked)
    cell_text(r[3], cleared)
    if cleared.startswith("Line blocked"):
        shade(r[3], "F4CCCC")
    elif cleared == "Permissive":
        shade(r[3], "FFF2CC")
col_widths(t, [1.3, 15.0, 2.6, 5.6])

# ------------------------------------------------------------------ back to portrait
s3 = doc.add_section(WD_SECTION.NEW_PAGE)
portrait(s3)
title("OCCURRENCE BOOK \u2013 EXTRACTS FROM BOOK 0 (THE 2008 PILOT)")
para(doc, "Kept for reference. These entries record what happened on the pilot.")
OCC = [
    ("14.2.08", "Pilot Study Day 3, Time and Motion: prioritising, managing time and delegating, with the "
                "Borough's business manager. Well received. JH"),
    ("19.4.08", "Pilot Drivers could join in January as well as September, and every Study Day was run twice, "
                "on a Saturday and as two twilights. JH"),
    ("7.6.08", "Pilot review panel met: two parents from the Parent Partnership forum and a headteacher gave "
               "their views on the pilot and read two anonymised Pupil Profiles. RB"),
    ("3.7.08", "District Inspector second-marked every pilot script and met the Box Tutors to agree marks. "
               "JH"),
    ("21.7.08", "Pilot closed. Fourteen Drivers completed. Train Reporting Forms to the review. JH"),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "Date", bold=True)
cell_text(t.rows[0].cells[1], "Occurrence", bold=True)
for a, b in OCC:
    r = t.add_row().cells
    cell_text(r[0], a)
    cell_text(r[1], b)
col_widths(t, [2.2, 14.3])
para(doc, "")

title("STAFF IN THE BOX")
STAFF = [
    ("Station Master: Judith Harker. ", "SENCO at Yarrowby High School from 1995 to 2007; MA in Inclusive "
                                        "Education (Ashlingford, 2001); Senior Lecturer (0.4) at Ashlingford "
                                        "University and education secretary of the Club."),
    ("Box Tutor: Robert Bessant. ", "Principal Educational Psychologist, Yarrowby MBC; chartered psychologist."),
    ("Box Tutor: Anita Chowdhury. ", "Advisory teacher for hearing impairment and speech and language, "
                                     "Yarrowby Sensory Service; Mandatory Qualification for teachers of deaf "
                                     "children."),
    ("Box Tutor: Michael Dyer. ", "Deputy headteacher, Ferncliffe Special School; NPQH; SENCO in two "
                                  "mainstream primary schools before 2004."),
    ("District Inspector: ", "[name to follow], appointed by Ashlingford University."),
]
for a, b in STAFF:
    para(doc, [(a, {"b": True}), b])
para(doc, "All three Box Tutors work in Yarrowby schools and services now. Box Tutors meet before each term to "
          "go through the Study Days and the marking criteria, and a new Box Tutor co-teaches a full year "
          "before teaching alone.")
para(doc, "Pilotmen attend a half-day Route Learning briefing in September, led by the Station Master, on "
          "their role, the sections of the Line, and how to observe a Driver and give feedback. They are given "
          "the Pilotman's Handbook and may telephone the Station Master at any time.")
para(doc, "Library: Drivers may borrow from the Club's library on Tuesday evenings and have a reader's ticket "
          "for Ashlingford University's library.")
para(doc, "Timetable: every Driver runs to the one timetable. The Award Line opens once a year, in September; "
          "Study Days are on Saturdays and are taken in the order booked. The only variation is in the marked "
          "workings: a Driver may ask the Station Master to put back a submission date by up to one term.")

title("DISTRICT INSPECTOR'S EXAMINATION")
t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "Examined and found correct:", bold=True)
cell_text(t.rows[0].cells[1], "[signature]")
cell_text(t.rows[1].cells[0], "Date:", bold=True)
cell_text(t.rows[1].cells[1], "[date]")
col_widths(t, [6, 10.5])

out = HERE / f"{NAME}.docx"
doc.save(str(out))
print("wrote", out)
