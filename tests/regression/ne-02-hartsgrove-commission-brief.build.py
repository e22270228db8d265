"""ne-02-hartsgrove-commission-brief: builds ne-02-hartsgrove-commission-brief.docx next to itself.

Provider (invented): Hartsgrove Glass Works, Mill Lane, Thaxby, a stained-glass studio and conservation school
(leaded lights, glass painting, window conservation) that has run an annual open design competition for young glass
artists, the Hartsgrove Commission, since 1994. It runs the National Award for SEN Coordination with the University
of Thaxby (validation, the award) and two councils (Thaxby City Council, East Carlow County Council).

Document kind and layout: the Works sends its course as a design-competition brief and conditions, "The Hartsgrove
Commission 2009-10, Issue 2", in the house style of its glass competition: Promoter, Entrants, the Site (the
Entrant's school), the Client (the headteacher), Site Mentors, Assessors, a Jury, four Stages (Stage One: Site Survey
and Individual Design Brief; Stage Two: Sketch Design; Stage Three: Full-size Detail; the Final: the Commission and
the Final Crit), eight Workshops in three cycles, a Schedule B of 29 lines (the outcomes in the Works' words) with
"Workshop" and "Judged at" columns, fourteen numbered Conditions, clarification questions and answers (CQ1-CQ9), an
entry form with its prompts, a Site Mentor's page. No heading styles: titles are bold capitals typed with their own
numbers, and sub-sections are hand-numbered "5.1", "5.3", "5.4" and so on, which collide with requirement ids ("5.3
Entrants with a disability" is not about CRB checks; "4.3 What we will not ask" is not about stakeholders). Lists
typed with "\u2013". A key-facts table with a tracked change in a cell; a cycles table with a vertically merged cell;
Schedule B with merged group rows and placeholders; a floating VML text box of key dates with a "[date TBC]"; a header
and a footer with a PAGE field; one Word comment; an inserted paragraph; a deleted sentence.

Traps (requirement ids):
- Key far below its table: Schedule B's values ("Noted", "Draft only", "Not in the Workshops") are defined only in
  Condition 12, near the end, after the Schedule. "Noted" lines carry no marks: 6.A5, 6.S2c, 6.S7 partially met;
  "Draft only" 6.S4 partially met; "Not in the Workshops" 6.K4 partially met (judged, never taught).
- Right words about the wrong thing: the Schedule B line called "Self-evaluation" is the Entrant's evaluation of
  their own Commission, not school self-evaluation (6.K7 not met).
- Placeholder: the line for special arrangements in tests has "[to be agreed with the University]" in both columns
  (6.S2d not met).
- Tracked change in a cell: the credits "60" is deleted and "to be confirmed by the University" inserted; Level 7
  is stated (E.2 partially met).
- Inserted paragraph (counts): "5.4 Vetting", enhanced CRB disclosure and pre-employment checks confirmed by the
  Client, new disclosure where needed (5.3 met).
- Deleted sentence (does not count): a Blackboard forum between Workshops. The Commission has "no online
  element" (3.3 not applicable).
- Numbering collision: "5.3 Entrants with a disability" is general welcome and disclosure only, and CQ8 says there
  is "at present no lift" to the first-floor Workshop Room (3.1 partially met).
- Negation: "no credit can be given" for earlier study, though the Site Survey takes account of it (2.1 partially
  met); no placements or visits and no outside specialists (5.5 not met); the comment proposing special-school visits
  does not count.
- Hopes: next-steps help only "hope to add" plus a module list (2.5 partially met); the effect on Entrants and
  pupils "does not at present" get measured, only "We would like" (5.9 not met).
- Aim narrowed to attainment: "faster progress in reading, writing and mathematics" with no well-being in the aim
  or the judging (1.1 partially met); pupils' views only "twenty minutes" at W8 and "Noted" (1.5 partially met).
- Award by a compensatory average ("average 50 or more, with no single Stage below 35"), so lines can be missed
  (6.0 partially met); some lines never marked (1.9 partially met).
- A prize that is not the award: the Hartsgrove Medal is the Works' own prize.
- Direct Entry to the Final is a real assessment-only route for exceptional candidates (2.3 met).
- The Director's glass-painting fellowship is the wrong qualification, but the three Assessors' are right (5.4 met).
"""
from pathlib import Path

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ne_helpers import (add_page_field, cell_text, del_run, inserted_paragraph, merge_row, replace_in_cell,
                         set_col_widths, shade, shade_para, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH = "Owen Tally"
DATE = "2009-02-16T11:40:00Z"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Gill Sans MT"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "THE HARTSGROVE COMMISSION 2009\u201310 \u00b7 COMPETITION BRIEF AND CONDITIONS \u00b7 ISSUE 2"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
add_page_field(fp, prefix="Hartsgrove Glass Works Ltd \u00b7 Mill Lane, Thaxby TX4 9GW \u00b7 Issue 2 supersedes Issue 1 "
               "(October 2008) \u00b7 ")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(8)


def p(text="", bold=False, italic=False, size=None, align=None):
    par = doc.add_paragraph()
    if text:
        r = par.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        par.alignment = align
    return par


def title(text):
    par = p(text, bold=True, size=12)
    par.paragraph_format.space_before = Pt(12)
    return par


def sub(num, head, text):
    par = doc.add_paragraph()
    r = par.add_run(f"{num}  {head}. ")
    r.bold = True
    par.add_run(text)
    return par


def dash(text):
    par = doc.add_paragraph()
    par.paragraph_format.left_indent = Cm(0.6)
    par.paragraph_format.first_line_indent = Cm(-0.4)
    par.add_run("\u2013  " + text)
    return par


# ---------------------------------------------------------------- cover
c = p("THE HARTSGROVE COMMISSION 2009\u201310", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
shade_para(c, "1F3A4D")
c.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
p("Competition Brief and Conditions for Entrants, Clients and Site Mentors", bold=True, size=13,
  align=WD_ALIGN_PARAGRAPH.CENTER)
p("The National Award for SEN Coordination at Hartsgrove Glass Works, validated by the University of Thaxby, "
  "with Thaxby City Council and East Carlow County Council", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
p("Issue 2, February 2009. Sent to the TDA approval panel as our application.", size=9,
  align=WD_ALIGN_PARAGRAPH.CENTER)
kd = p()
text_box(kd, [("KEY DATES 2009\u201310", True),
              ("September cycle: entries close 10 July 2009; first Workshop 23 September.", False),
              ("January cycle: entries close 13 November 2009; first Workshop 16 January.", False),
              ("April cycle: entries close [date TBC]; first twilight 20 April.", False),
              ("Final Crits: last week of June, for whichever cycle you finish in.", False)],
         width_pt=215, height_pt=112, fill="E6EEF2")

# ---------------------------------------------------------------- 1
title("1  INVITATION")
p("Every year since 1994 the Glass Works has run the Hartsgrove Commission, an open competition in which young "
  "glass artists design a window for a real building and the winner makes it. Our competition brief has always "
  "been plain about the Site, the Client, the Stages and how entries are judged. This year we are running a second "
  "Commission beside the first, for teachers new to leading SEN in their schools, and we have written its brief "
  "in the same way. Where it says Entrant, read a teacher taking the National Award; where it says Site, read that "
  "teacher\u2019s own school.")
p("Miriam Kettle, Director of the Glass Works \u00b7 Owen Tally, Leader of the Commission", italic=True)

# ---------------------------------------------------------------- 2
title("2  THE PROMOTER AND ITS PARTNERS")
sub("2.1", "Hartsgrove Glass Works", "A stained-glass studio and school of conservation founded in 1962, making and "
    "restoring leaded lights for churches and houses and teaching glass painting and window conservation. The Works "
    "is the Promoter: it runs the Workshops, employs the Leader and keeps the records.")
sub("2.2", "The University of Thaxby", "The Faculty of Education\u2019s validation panel approved the Commission on 4 "
    "December 2008. The University awards the Certificate on the Jury\u2019s recommendation and appoints the external "
    "examiner.")
sub("2.3", "The councils", "Thaxby City Council and East Carlow County Council pay part of each Entrant\u2019s fee, "
    "and their SEN Support Services lend resources to Entrants (see 9.4).")
kf = doc.add_table(rows=7, cols=2)
kf.style = "Table Grid"
facts = [
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
              "Coordination), University of Thaxby"),
    ("Level", "7 (masters)"),
    ("Credits", None),
    ("Length", "One school year part time, or up to two"),
    ("Fee", "\u00a31,380. Each council pays \u00a3800 for an Entrant from one of its schools; the school pays the rest"),
    ("Places", "24 in each cycle"),
    ("Leader", "Owen Tally, 01632 960 418"),
]
for i, (k, v) in enumerate(facts):
    cell_text(kf.rows[i].cells[0], k, bold=True)
    shade(kf.rows[i].cells[0], "E6EEF2")
    if v is None:
        replace_in_cell(kf.rows[i].cells[1], "", "60", "to be confirmed by the University", "", AUTH, DATE)
    else:
        cell_text(kf.rows[i].cells[1], v)
set_col_widths(kf, [Cm(3.0), Cm(13.6)])

# ---------------------------------------------------------------- 3
title("3  THE SITE")
p("Your Site is your own school. Everything you design in the Commission is made there, with your own pupils and "
  "colleagues. Your Client is your headteacher, who must sign your entry, release you for the eight Workshops and "
  "name a Site Mentor: a senior colleague who meets you after each Workshop, reads your Stage Three draft and sits "
  "in at your Final Crit. Between Workshops you carry out a Site Task in school (each Workshop sets one), so that "
  "what you learn at the Works is tried out with real pupils the following week.")

# ---------------------------------------------------------------- 4
title("4  THE BRIEF")
sub("4.1", "The aim", "The Commission has one aim: that pupils with SEN and disabilities in the Entrant\u2019s school "
    "make faster progress in reading, writing and mathematics because their SENCO leads provision well.")
sub("4.2", "What the Commission asks of you", "To learn what a SENCO needs to know and do, to show it in three "
    "judged entries, and to lead one real change in your school\u2019s provision for pupils with SEN, agreed with your "
    "Client and carried out with your colleagues, which the Jury sees at the Final Crit.")
sub("4.3", "What we will not ask", "Entrants are not asked to sit a written examination or to make any glass.")

# ---------------------------------------------------------------- 5
title("5  ENTRY")
sub("5.1", "Who may enter", "Qualified teachers in a school in Thaxby, East Carlow or a neighbouring authority who "
    "are their school\u2019s SENCO or will be by the start of their second Stage (see CQ1), with their Client\u2019s "
    "written support.")
sub("5.2", "Choosing Entrants", "Every Entrant completes the Stage One Site Survey (7.1) before a place is "
    "confirmed, and the Leader reads each one. If the Survey shows that an Entrant is unlikely to meet every line of "
    "Schedule B by the Final, the Leader meets them, tells them and their Client in writing what to do first (most "
    "often a term shadowing an experienced SENCO and the councils\u2019 SEN Essentials twilights), and offers a place "
    "in a later cycle.")
sub("5.3", "Entrants with a disability", "We welcome entries from everyone. If you have a disability or a health "
    "condition, please tell the Registrar when you enter so that we can talk about what would help.")
inserted_paragraph(doc, "Before a place is confirmed the Registrar checks that each Entrant has a current "
                   "enhanced CRB disclosure. The Client confirms in writing the date and number of the Entrant\u2019s "
                   "disclosure and that the school made its pre-employment checks (identity, qualifications, "
                   "references and List 99). An Entrant who has not worked in a post with regular contact with "
                   "children in the last three months applies for a new enhanced disclosure through the Glass Works "
                   "before the first Workshop, and no place is confirmed until it is clear.",
                   AUTH, "2009-02-16T11:52:00Z", lead="5.4  Vetting. ")
sub("5.5", "Direct Entry to the Final", "In exceptional cases an experienced candidate \u2013 for example a teacher "
    "from one of the councils\u2019 SEN Support Services who has coordinated SEN provision in schools \u2013 may enter "
    "the Final directly, without the Workshops or Stages Two and Three. A Direct Entrant is interviewed by the "
    "Leader, submits a Commission and a portfolio of evidence set against every line of Schedule B, and is judged "
    "by the Jury against every line in the same way as any other Entrant. The fee is \u00a3450.")

# ---------------------------------------------------------------- 6
title("6  THE WORKSHOPS")
sub("6.1", "Three cycles", "The eight Workshops run three times a year: in the September cycle on Wednesdays, in "
    "the January cycle on Saturdays and in the April cycle as sixteen twilights (4.30 to 7.30). You may join any "
    "cycle, take the Workshops in any order your Individual Design Brief sets, change cycle part way through, and "
    "spread the Commission over one year or two. All Workshops are held in the Workshop Room at the Glass Works. "
    "There is no online part of the Commission.")
cy = doc.add_table(rows=10, cols=4)
cy.style = "Table Grid"
hdr = ["Workshop", "September cycle (Wednesdays, 9.30\u20134.00)", "January cycle (Saturdays, 9.30\u20134.00)",
       "April cycle (twilights)"]
for j, h in enumerate(hdr):
    cell_text(cy.rows[0].cells[j], h, bold=True, size=9)
    shade(cy.rows[0].cells[j], "C9D9E2")
sept = ["23 Sep", "14 Oct", "4 Nov", "25 Nov", "13 Jan", "3 Mar", "28 Apr", "26 May"]
jan = ["16 Jan", "6 Feb", "6 Mar", "27 Mar", "24 Apr", "15 May", "5 Jun", "19 Jun"]
for i in range(8):
    cell_text(cy.rows[i + 1].cells[0], f"W{i + 1}", bold=True, size=9)
    cell_text(cy.rows[i + 1].cells[1], sept[i], size=9)
    cell_text(cy.rows[i + 1].cells[2], jan[i], size=9)
mc = cy.rows[1].cells[3].merge(cy.rows[8].cells[3])
cell_text(mc, "Sixteen twilights on Tuesdays and Thursdays from 20 April 2010, each Workshop over two evenings; the "
          "cycle ends [date TBC]", size=9)
merge_row(cy, 9, "A Workshop missed in one cycle may be made up in another at no charge.", fill="E6EEF2",
          bold=False, italic=True)
set_col_widths(cy, [Cm(2.0), Cm(4.9), Cm(4.9), Cm(4.8)])

sub("6.2", "The eight Workshops", "Each is a full day (or two twilights) in the Workshop Room, taught by the "
    "Assessors named, and each ends with the Site Task you take back to school.")
ws = [
    ("W1", "The Works: law, policy and the SENCO",
     "The Education Act 1996, the SEN Code of Practice (2001) and the Special Educational Needs and Disability Act "
     "2001; the Disability Discrimination Acts 1995 and 2005, the disability equality duty and schools\u2019 "
     "accessibility plans; Every Child Matters and the Children Act 2004; Removing Barriers to Achievement; the 2008 "
     "regulations on the SENCO role. What each asks of governors, head, SENCO and teachers, and how a school puts it "
     "into practice.", "Owen Tally"),
    ("W2", "Every child: pupils, families and the five outcomes",
     "The principles and five outcomes of Every Child Matters and the SENCO\u2019s part in them; building fair, "
     "respectful relationships with pupils with SEN and their parents and carers; working in partnership with "
     "parents \u2013 sharing information, hard conversations, annual reviews. Planned with the Thaxby Parent "
     "Partnership Service; Entrants role-play a review meeting.", "Lynn Dacre"),
    ("W3", "Reading the glass: identifying and assessing",
     "The common kinds of SEN and disability (BESD; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autism; MLD) and how they affect learning; identifying pupils through "
     "observation, data and assessment; setting targets, planning interventions and reviewing progress; using "
     "reports from educational psychologists, therapists and advisory teachers to shape teaching; using national "
     "tests and other summative data to track progress and change programmes; approaches and resources, including "
     "ICT, tried hands-on with the SEN Support Service\u2019s loan software.", "Lynn Dacre"),
    ("W4", "The cartoon: provision mapping and support staff",
     "Provision mapping and management; finding provision that is not working or is missing; deploying and "
     "managing teaching assistants, drawing on the first findings of the DISS project; setting priorities for the "
     "SENCO\u2019s own time and delegating.", "Owen Tally"),
    ("W5", "Other glaziers: services and agencies",
     "What educational psychology, speech and language therapy, CAMHS, social care and voluntary organisations do "
     "for pupils with SEN, and how to get specialist support and resources; the Common Assessment Framework and "
     "team around the child; working with the SENCOs of neighbouring schools.", "Dr Farah Qureshi"),
    ("W6", "Leading at the bench: colleagues",
     "Observing and giving feedback, modelling, coaching and mentoring, planning and running training; winning the "
     "commitment of the head and senior leaders; advising and supporting colleagues, including on assessment for "
     "learning for pupils with SEN; speaking and writing clearly for different readers.", "Owen Tally"),
    ("W7", "Evidence: research and inspection",
     "Recent research and inspection evidence on SEN (see the Reading List) and what it means in practice; using "
     "research and outside advice to improve your own and colleagues\u2019 practice.", "Dr Farah Qureshi"),
    ("W8", "The Client\u2019s window: strategy and review",
     "Working with the head and governors on the school\u2019s inclusive ethos, SEN policy, priorities and resources; "
     "reviewing provision with colleagues and reporting to the head and governors; seeing problems coming and "
     "making sound decisions about provision; keeping up to date through reading, networks and courses. The "
     "afternoon closes with twenty minutes on listening to pupils.", "Owen Tally"),
]
wt = doc.add_table(rows=len(ws) + 1, cols=4)
wt.style = "Table Grid"
for j, h in enumerate(["No.", "Workshop", "What happens", "Led by"]):
    cell_text(wt.rows[0].cells[j], h, bold=True, size=9)
    shade(wt.rows[0].cells[j], "C9D9E2")
for i, row in enumerate(ws, start=1):
    for j, v in enumerate(row):
        cell_text(wt.rows[i].cells[j], v, bold=(j < 2), size=9)
set_col_widths(wt, [Cm(1.1), Cm(3.6), Cm(9.4), Cm(2.5)])

# ---------------------------------------------------------------- 7
title("7  THE STAGES")
sub("7.1", "Stage One: Site Survey and Individual Design Brief (not judged)", "Before your first Workshop you "
    "complete the Site Survey, rating your knowledge and practice against every line of Schedule B on a four-point "
    "scale with a piece of evidence for each, and you meet the Leader for an hour. Together you write your "
    "Individual Design Brief: your own outcomes for the year, the Workshops you need and in what order, your "
    "reading and Site Tasks, and the Stage at which each line will be shown. Your Client signs it, and you revisit "
    "it with the Leader after Stage Two.")
sub("7.2", "Stage Two: Sketch Design (judged)", "A critical account, 3,000 words, of your school\u2019s SEN policy and "
    "practice set against the law, the Code of Practice, disability equality duties and Every Child Matters, with a "
    "section on how children develop and what affects their development.")
sub("7.3", "Stage Three: Full-size Detail (judged)", "A study, 4,000 words, of one pupil: how the pupil\u2019s needs "
    "were identified, the kind of SEN and its effect on learning, the reports of other professionals and how you "
    "used them, the national test and other summative data, the targets and intervention and their review, your "
    "work with the pupil and the family, and the services involved.")
sub("7.4", "The Final: the Commission and the Final Crit (judged)", "A report, 5,000 words, on the change you "
    "have led in your school (7.2 and 7.3 will have shown you where it is needed), with a log of your own "
    "professional reading and networking during the year, followed by a twenty-minute Final Crit at the Glass "
    "Works before two Assessors and your Site Mentor, who ask questions.")
p("The Leader reads a draft of each Stage and writes comments on it; drafts are not judged.")

# ---------------------------------------------------------------- 8
title("8  SCHEDULE B: WHAT EVERY ENTRY MUST SHOW")
p("Schedule B sets out, in our words, the national minimum outcomes for SENCOs. The meaning of the Judged at "
  "column is given in Condition 12.", italic=True)
sched = [
    ("group", "Attributes"),
    ("1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with "
          "their parents and carers", "W2", "Stage Three"),
    ("2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
     "W6", "Final"),
    ("3", "Sets priorities, manages time, delegates and checks that what is delegated gets done", "W4", "Final"),
    ("4", "Sees problems coming, resolves them and makes sound, well-founded decisions about provision", "W8",
     "Stage Three"),
    ("5", "Speaks and writes clearly; listens to and understands the views of others", "W6", "Final: Noted"),
    ("6", "Uses research and outside advice to improve their own and colleagues\u2019 practice", "W7", "Final"),
    ("7", "Keeps up to date and takes charge of their own professional development in SEN and disability", "W8",
     "Final"),
    ("group", "Knowledge"),
    ("8", "The law and guidance on SEN, the Code of Practice, what they mean for the school and how to apply them",
     "W1", "Stage Two"),
    ("9", "Every Child Matters: its principles and five outcomes, and the SENCO\u2019s part in them", "W2",
     "Stage Two"),
    ("10", "Disability equality law and what it requires the school to do for disabled pupils", "W1", "Stage Two"),
    ("11", "How children develop, and how SEN, disability and the physical and social setting affect development",
     "Not in the Workshops", "Stage Two"),
    ("12", "The common kinds of SEN and disability and their effect on learning", "W3", "Stage Three"),
    ("13", "A critical grasp of approaches, strategies and resources, ICT included, for assessing, planning and "
           "teaching, and how to use them to remove barriers", "W3", "Stage Three"),
    ("14", "Self-evaluation: judges their own Commission honestly, saying at the Final Crit what worked, what did "
           "not and what they would do differently", "W8", "Final"),
    ("15", "Best practice and the findings of research on meeting special educational needs", "W7", "Final"),
    ("16", "What outside agencies do and how to get specialist support and resources", "W5", "Stage Three"),
    ("group", "Skills"),
    ("17", "With the head, senior colleagues and governors, shapes the school\u2019s inclusive ethos, policies, "
           "priorities and use of resources", "W8", "Final"),
    ("18", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions and "
           "reviews progress", "W3", "Stage Three"),
    ("19", "Uses other professionals\u2019 assessments to shape teaching", "W3, W5", "Stage Three"),
    ("20", "Uses national tests and other summative assessments to track progress and change programmes", "W3",
     "Stage Three"),
    ("21", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN", "W6",
     "Final: Noted"),
    ("22", "Special arrangements for tests and examinations", "[to be agreed with the University]",
     "[to be agreed with the University]"),
    ("23", "Maps and manages provision and finds what is ineffective or missing", "W4", "Final"),
    ("24", "Deploys and manages teaching assistants and other staff", "W4", "Final: Draft only"),
    ("25", "Supports colleagues\u2019 development by observation and feedback, modelling, coaching, mentoring and "
           "training", "W6", "Final"),
    ("26", "Reviews with colleagues how well SEN provision works and reports it to the head and governors for the "
           "school\u2019s improvement plan", "W8", "Final"),
    ("27", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "W8",
     "Stage Three: Noted"),
    ("28", "Works with parents and carers to support their child\u2019s learning and development", "W2",
     "Stage Three"),
    ("29", "Works in partnership with other services and agencies, including voluntary organisations", "W5",
     "Stage Three"),
]
sb = doc.add_table(rows=len(sched) + 1, cols=4)
sb.style = "Table Grid"
sb.alignment = WD_TABLE_ALIGNMENT.CENTER
for j, h in enumerate(["Line", "The Entrant ...", "Workshop", "Judged at"]):
    cell_text(sb.rows[0].cells[j], h, bold=True, size=9)
    shade(sb.rows[0].cells[j], "C9D9E2")
for i, row in enumerate(sched, start=1):
    if row[0] == "group":
        merge_row(sb, i, row[1].upper(), fill="E6EEF2")
        continue
    for j, v in enumerate(row):
        cell_text(sb.rows[i].cells[j], v, bold=(j == 0), size=9)
set_col_widths(sb, [Cm(1.1), Cm(10.0), Cm(2.6), Cm(2.9)])

# ---------------------------------------------------------------- 9
title("9  THE ASSESSORS, THE JURY AND THE SITE MENTORS")
sub("9.1", "The Assessors", "The Assessors teach the Workshops and judge the entries.")
dash("Owen Tally, Leader of the Commission, was SENCO for nine years in two Thaxby secondary schools and then SEN "
     "consultant to Thaxby City Council from 2005 to 2008. He holds an MA in Special Educational Needs (University "
     "of Thaxby, 2003) and chairs the Thaxby SENCO Forum.")
dash("Lynn Dacre is an advisory teacher with the Thaxby SEN Support Service. She holds a Postgraduate Diploma in "
     "specific learning difficulties and AMBDA and trains teaching assistants across the city.")
dash("Dr Farah Qureshi is Senior Lecturer in Inclusive Education at the University of Thaxby and a former primary "
     "SENCO; her doctorate (2006) was on multi-agency work for children with SEN.")
p("Each Assessor has at least five days a year of their own professional development in SEN and disability, "
  "recorded in an annual review with the Director, and all three belong to NASEN. Miriam Kettle, the Director, is "
  "a Fellow of the British Society of Master Glass Painters; she chairs the Jury but does not judge entries.")
sub("9.2", "The Jury", "The Jury is the three Assessors, the external examiner (Professor Helen Grange of the "
    "University of Castleholm), a headteacher nominated each year by the Thaxby and East Carlow Headteachers\u2019 "
    "Association, and the University\u2019s Registry officer. It meets after each judging round to confirm marks.")
sub("9.3", "Judging fairly", "Each Stage Two, Stage Three and Final entry is judged by one Assessor against the "
    "University\u2019s Level 7 criteria and the Works\u2019 marking sheet for that Stage. A quarter of entries, and "
    "every fail, are judged again blind by a second Assessor. Before each judging round the Assessors judge three "
    "sample entries together and agree the marks. The external examiner reads a sample from every round and every "
    "fail before the Jury meets.")
sub("9.4", "Resources", "Entrants may borrow from the Thaxby SEN Support Service\u2019s resource library, which lends "
    "assessment materials, reading schemes and assistive software (Clicker 5 and Write:OutLoud among them) with "
    "laptops to try them on; they have full use of the University library and its electronic journals; and the "
    "Workshop Room has an interactive whiteboard and eight laptops.")
sub("9.5", "Site Mentors", "Each Site Mentor comes to a two-hour Site Mentors\u2019 twilight at the Glass Works "
    "before the Entrant\u2019s first Workshop, where the Leader goes through the Site Mentor\u2019s page (Appendix C) "
    "and a worked example of a Stage Three meeting; a Site Mentor who cannot come is visited in school. A new "
    "Assessor teaches a full cycle alongside the Leader and judges with him before judging alone.")

# ---------------------------------------------------------------- 10
title("10  JUDGING AND THE AWARD")
p("The Jury recommends to the University for the Certificate every Entrant whose Stage Two, Stage Three and Final "
  "marks average 50 or more, with no single Stage below 35. An Entrant below that may resubmit one Stage within "
  "three months.")
p("The Hartsgrove Medal, with \u00a3250 of books, goes to the Commission the Jury judges best, and up to two "
  "Commendations may be given. The Medal is the Glass Works\u2019 own prize and is not part of the University\u2019s award.")

# ---------------------------------------------------------------- 11
title("11  AFTER THE FINAL")
p("Every Entrant who completes the Final is sent the University\u2019s list of further modules and the Glass Works\u2019 "
  "alumni newsletter, and is invited to the next year\u2019s Final Crits as a guest.")

# ---------------------------------------------------------------- 12
title("12  HOW WE CONSULTED AND WHAT CHANGED")
p("In October 2008 we wrote to the 96 schools of Thaxby and East Carlow asking what a new SENCO most needs; 58 "
  "replied. We met the two councils\u2019 SEN officers, the Headteachers\u2019 Association, the Thaxby Parent Partnership "
  "Service and eleven SENCOs who had taken the councils\u2019 old induction course. They told us, and we changed:")
dash("Weekday release is hardest for small schools: we added the Saturday and twilight cycles.")
dash("Experienced staff from the SEN Support Services should not have to sit through what they already do: we "
     "added Direct Entry to the Final (5.5).")
dash("Parents say SENCOs are not taught to work with families: Workshop W2 was planned with the Parent "
     "Partnership Service and Line 28 is judged at Stage Three.")
dash("Heads want a change in the school, not an examination: the Final became the Commission.")

# ---------------------------------------------------------------- 13
title("13  REVIEWING THE COMMISSION")
p("Entrants fill in a feedback slip at the end of every Workshop, and a panel of four Entrants from each cycle "
  "meets the Director once a term without the Assessors present. Each Site Mentor completes an end-of-year review "
  "form. The Assessors review each cycle together and analyse the marks line by line. The external examiner "
  "reports to the University each year, and the Commission goes through the University\u2019s annual monitoring.")
p("All of this comes to a Review Meeting each July, attended by the Jury, the two councils\u2019 SEN officers and the "
  "Parent Partnership Service\u2019s coordinator. The Meeting agrees a list of changes for the next year, with a name "
  "against each, and every change is printed in the next Issue of this Brief under What is new this year, with "
  "the reason for it.")

# ---------------------------------------------------------------- 14
title("14  CONDITIONS OF ENTRY")
conds = [
    "The Promoter is Hartsgrove Glass Works Ltd. These Conditions form part of every entry.",
    "An entry is made on the Entry Form at Appendix A, signed by the Client.",
    "An Entrant attends every Workshop set in their Individual Design Brief; a Workshop missed is made up in a "
    "later cycle.",
    "Stages are handed in, on paper, by the dates the Leader gives at Stage One.",
    "The Leader may extend a date by up to four weeks for illness or bereavement.",
    "Every entry must be the Entrant\u2019s own work, under the University\u2019s regulations on academic conduct.",
    "No pupil, parent or colleague may be named in an entry; the Site is named only on the Entry Form.",
    "An Entrant\u2019s Client is told if the Entrant withdraws or fails a Stage.",
    "Copyright in every entry stays with the Entrant; the Promoter may show extracts only with the Entrant\u2019s "
    "consent.",
    "The fee is paid in full before the first Workshop.",
    "The Jury\u2019s decisions are final, subject to the University\u2019s appeals regulations.",
    "In Schedule B, a Stage under Judged at is the Stage whose mark depends on the line: the Assessor marks the line "
    "there. Noted after a Stage means the Assessors look for the line in that Stage and write a comment on it, but "
    "it carries no marks. Draft only means the line is commented on in the draft of the Commission that the Leader "
    "reads in May and is not part of the judged Commission. Under Workshop, Not in the Workshops means that no "
    "Workshop teaches the line; Entrants prepare it from the Reading List.",
    "The Promoter may change a Workshop date with four weeks\u2019 notice.",
    "Entrants\u2019 records are kept for six years and shared only with the University.",
]
for i, cnd in enumerate(conds, start=1):
    par = doc.add_paragraph()
    r = par.add_run(f"Condition {i}. ")
    r.bold = True
    par.add_run(cnd)

# ---------------------------------------------------------------- reading list
title("READING LIST")
for ref in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0\u201319) with "
    "speech, language and communication needs. DCSF.",
    "Blatchford, P. et al. (2008) Deployment and Impact of Support Staff in Schools: Strand 2 Wave 1. DCSF.",
    "DCSF (2008) Inclusion Development Programme: dyslexia and speech, language and communication needs.",
    "House of Commons Education and Skills Committee (2006) Special Educational Needs. Third Report of Session "
    "2005\u201306.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?",
]:
    dash(ref)
p("W7 is brought up to date each year; the findings of the Lamb Inquiry will be added when it reports.")

# ---------------------------------------------------------------- 15
title("15  CLARIFICATION QUESTIONS AND THE PROMOTER\u2019S ANSWERS")
p("Questions sent in by intending Entrants since Issue 1, with our answers. The answers form part of this Brief.",
  italic=True)
qa = [
    ("CQ1. Must I already be my school\u2019s SENCO?",
     "No, but your Client must confirm that you will be by the start of your second Stage."),
    ("CQ2. Is there an online version?",
     "No. The Commission has no online element; between Workshops your support is your Site Mentor and a telephone "
     "call with the Leader when you need one."),
    ("CQ3. Will I visit other schools or spend time with specialists?",
     "No. The Commission is carried out on your own Site. We do not arrange placements or visits to other schools "
     "or services, and no specialists from outside the teaching team contribute to the Workshops."),
    ("CQ4. I hold a diploma in specific learning difficulties. Can I be given credit for it?",
     "The University does not accredit prior learning into this Certificate, so no credit can be given. Your Site "
     "Survey takes full account of what you already know and can do, and the Leader may leave you out of "
     "Workshops you have no need of."),
    ("CQ5. Can I start in January and finish the following year?",
     "Yes. Many Entrants will spread the Commission over two years."),
    ("CQ6. Will you help me plan what to do after the Final?",
     "We hope to add a session on next steps to the April cycle in future years."),
    ("CQ7. Does the Commission measure what it does for me and for my pupils?",
     "The Commission does not at present measure its effect on Entrants\u2019 confidence or on their pupils\u2019 "
     "achievement. We would like to find a way of doing so once the first Entrants have finished, and the Review "
     "Meeting will consider it in July 2010."),
    ("CQ8. I use a wheelchair. Can I reach the Workshop Room?",
     "The Workshop Room is on the first floor of the old glass works and there is at present no lift. Please tell "
     "the Registrar and we will talk about what we can do."),
    ("CQ9. Can my Site Mentor be my line manager?", "Yes, if your Client agrees."),
]
for q, a in qa:
    qp = p(q, bold=True)
    ap = doc.add_paragraph()
    ar = ap.add_run(a)
    if q.startswith("CQ2"):
        del_run(ap, " From January 2010 Entrants will also be able to use the University\u2019s Blackboard forum "
                "between Workshops, where the Assessors will answer questions within two days.", AUTH, DATE)
    if q.startswith("CQ3"):
        doc.add_comment(ar, text="Could Thaxby\u2019s special schools host a morning for each cycle? Ask at the "
                        "heads\u2019 meeting before Issue 3.", author="Owen Tally", initials="OT")

# ---------------------------------------------------------------- appendix A
title("APPENDIX A  ENTRY FORM")
p("Complete in black ink or type. Return to the Registrar, Hartsgrove Glass Works, Mill Lane, Thaxby TX4 9GW.",
  italic=True, size=9)
ef = doc.add_table(rows=8, cols=2)
ef.style = "Table Grid"
fields = [
    ("Name of Entrant", "[Type your name here]"),
    ("The Site (school and address)", "[Type here]"),
    ("The Client (headteacher)", "[Type here]"),
    ("Site Mentor", "[Name and role]"),
    ("Cycle", "\u2610 September   \u2610 January   \u2610 April"),
    ("Disability or health condition", "\u2610 I would like to talk to the Registrar about what would help"),
    ("Direct Entry to the Final", "\u2610 I wish to apply for Direct Entry (5.5)"),
    ("Client\u2019s signature and date", ""),
]
for i, (k, v) in enumerate(fields):
    cell_text(ef.rows[i].cells[0], k, bold=True, size=9)
    shade(ef.rows[i].cells[0], "E6EEF2")
    cell_text(ef.rows[i].cells[1], v, size=9, color="808080" if v.startswith("[") else None)
set_col_widths(ef, [Cm(5.5), Cm(11.1)])

# ---------------------------------------------------------------- appendix C
title("APPENDIX C  THE SITE MENTOR\u2019S PAGE")
for line in [
    "Meet your Entrant for half an hour after each Workshop to agree the Site Task.",
    "Help your Entrant get the time and information the Site Tasks need.",
    "Read the Stage Three draft and talk it through before it is handed in.",
    "Sit in at the Final Crit and ask the Entrant at least one question.",
    "Complete the end-of-year review form and return it to the Registrar by 9 July.",
    "Ring the Leader if anything gets in the way.",
]:
    dash(line)

doc.save(OUT)
print("wrote", OUT)
