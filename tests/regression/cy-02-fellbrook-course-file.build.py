"""Build cy-02-fellbrook-course-file.docx: Fellbrook School and Training Centre, SENCO Award Course File 2009-10 (invented provider).

Provider
--------
Fellbrook School, Ormside: an invented maintained special school (pupils aged
4-16 with moderate learning difficulties, autistic spectrum disorders and
speech, language and communication needs), a designated Training School with
its own Training Centre. It runs the award itself as a school-based route to a
Postgraduate Certificate validated by the (invented) Marchbank University.
Ormside Borough Council appears only through its educational psychologist,
Parent Partnership officer and SENCO network. Dated June 2009; 2008-era
vocabulary (CRB, DDA and the Disability Equality Duty, SEN Code of Practice
2001, SENDA, ECM, SENCO Regulations 2008, School Action Plus, P scales, SEF,
twilights, gap tasks, AfL, WALT/WILF).

Layout (a kind of document not in the earlier sets: a school's course file of
lesson-plan templates)
------------------------------------------------------------------------------
The school sends its working course file, as teachers keep one. No heading
styles: section titles are bold capitalised Normal paragraphs typed "SECTION
A", "SECTION B" and so on. A short covering note, then Section A, the course
leader's notes under bold run-in lead-ins; Section B, a scheme of work in a
landscape section; Section C, twelve session plans, each in the school's own
lesson-plan template (a two-column table with a merged, shaded title row; the
left column keeps the template's prompts with italic guidance in brackets,
including prompts meant for pupils' lessons: "Pupil voice opportunities",
"Use of additional adults", "Differentiation (SEN / G&T)", "AfL
opportunities", an ECM tick line with ballot-box characters and "Evaluation
(complete after the session)"); Section D, the assessment (three
assignments, each with a "This assignment assesses:" list in plain words) and
the award rule; Section E, a course admin checklist of ticked and unticked
boxes. Page header and footer.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the aim is attainment only ("raise the attainment of
  pupils with SEN"); well-being appears only as ECM ticks.
- 6.K2 not_met (checklist ticks): Every Child Matters appears only in the
  template's tick line in every plan, never as content or assessment.
- 6.S2c not_met (wrong context): every template has "AfL opportunities",
  about assessing the participants in the session; nothing teaches or assesses
  helping other teachers with formative assessment.
- 6.A3 not_met: time management and delegation appear nowhere.
- 1.5 partially_met and 6.S7 partially_met: Session 7 presents the Code's
  chapter on pupil participation and a DVD of a person-centred review, with an
  optional gap task; no practice of consulting skills and no assessment; the
  "Pupil voice opportunities" prompt elsewhere reads "N/A - adult group".
- 2.1 not_met (negation): "We do not give credit for previous courses or
  experience".
- 2.2 partially_met: self-audit in Session 1, but "The completed audits are
  kept in the course file"; no plan or personalised outcomes.
- 2.3 partially_met: a route "by arrangement with the course leader" with no
  description of how it works or what is assessed.
- 2.4 partially_met: small groups "so that tutors get to know everyone" and a
  fee; nothing tailors the provision to needs.
- 2.5 met (Session 12 "Next Steps" sheet with three targets for performance
  management).
- 3.2 partially_met: one intake, one venue, one pattern; only a catch-up with
  next year's group. 3.3 not_applicable: everything is face to face and
  "All materials are given out on paper".
- 3.1 met (access form, meeting, adjustments in sessions and assignments,
  building, large-print leaflet).
- 4.1 partially_met: "SENCOs at the Ormside network have often said ..." and
  "drawing on 15 years' outreach" (general). 4.2 not_met: "The course has been
  written by Fellbrook's own staff" and "We intend to set up a steering
  group"; the admin checklist leaves "Steering group set up" unticked.
- 4.3 partially_met: stakeholders teach (EP, Parent Partnership officer,
  CAMHS nurse, a governor) and heads attend presentations, but only
  participants evaluate.
- 5.1 partially_met: internal only (session forms, termly team meeting);
  "The University may also wish to review the course" is not an arrangement.
- 5.2 partially_met: entry conditions only (in post or about to be, head's
  agreement); no check of readiness.
- 5.3 met (business manager sees and records the disclosure; head's written
  confirmation; new disclosure after three months out of school).
- 5.9 not_met (placeholder): "How we measure the effect on pupils: to be
  discussed with the University"; "Impact measures agreed with University"
  unticked; nothing on participants' competence or confidence.
- 5.4, 5.5, 5.6, 5.7, 5.8 met.
- 1.3 partially_met: "Our tutors keep abreast of the latest developments";
  Session 2 reading list "(to be updated for 2009-10)".
- 6.0, 1.9 partially_met: award on attendance, placement and three
  assignments; the assignments leave out several outcomes.
- Outcomes partially met, taught in a session but missing from every
  "This assignment assesses:" list: 6.A7 (Session 12 discussion), 6.K7
  (Session 11 "how the SEF works"), 6.S2d (Session 6 access arrangements),
  6.S4 (Session 10 TAs, optional gap task), 6.S7 (above).
- Outcomes met (taught in a session and in an assessed list): A1, A2, A4, A5,
  A6, K1, K3, K4, K5, K6, K8, K9, S1, S2, S2a, S2b, S3, S5, S6, S8, S9.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cy-02-fellbrook-course-file.docx")

doc = Document()
doc.core_properties.author = "Alison Dufresne"
doc.core_properties.title = "SENCO Award Course File 2009-10"
st = doc.styles["Normal"]
st.font.name = "Comic Sans MS"
st.font.size = Pt(10)

GREEN = "E2EFD9"
GREY = RGBColor(0x70, 0x70, 0x70)


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def title(text):
    p = para(text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(14)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
    return p


def prompt_cell(cell, label, guide):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(8)
    if guide:
        p2 = cell.add_paragraph()
        g = p2.add_run("(" + guide + ")")
        g.italic = True
        g.font.size = Pt(7)
        g.font.color.rgb = GREY


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Fellbrook School & Training Centre \u2013 SENCO Award Course File 2009\u201310")
hr.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Course file v2 \u2013 A. Dufresne \u2013 updated 8 June 2009 \u2013 keep in the Training Centre office")
fr.font.size = Pt(7)

# ---------------------------------------------------------------- cover note
para("FELLBROOK SCHOOL & TRAINING CENTRE", bold=True, size=16, align="c")
para("Moor Road, Ormside OR4 7JN \u00b7 Headteacher: Mr Robert Haines", size=9, align="c")
para("SENCO AWARD \u2013 COURSE FILE 2009\u201310", bold=True, size=14, align="c")
para("")
para("To the TDA approval panel: this is the course file for our SENCO Award as the course team uses it. "
     "We are teachers and we plan courses the way we plan lessons, so we are sending the file itself. "
     "Please ring me on 01632 960418 if anything is unclear. \u2013 Alison Dufresne, Deputy "
     "Headteacher and Course Leader", italic=True)

# ---------------------------------------------------------------- Section A
title("SECTION A \u2013 COURSE LEADER\u2019S NOTES")
runin("The course.",
      "The Fellbrook SENCO Award is our school-based route to the Postgraduate Certificate in Special "
      "Educational Needs Coordination, validated by Marchbank University at its validation event on 29 April "
      "2009. It carries 60 credits at Master\u2019s level (Level 7): three modules of 20 credits, each assessed "
      "by one assignment (Section D). Participants register with the University, which makes the award.")
runin("Why we run it.",
      "Fellbrook has been a Training School since 2006. We believe every child can succeed, and that "
      "the SENCO is the key to making that happen. Our aim for the course: to help SENCOs raise the "
      "attainment of pupils with SEN in their schools.")
runin("Who can come.",
      "The course is open to any teacher who is the SENCO, or is about to take on the role, in a school in "
      "Ormside or the neighbouring authorities, with the headteacher\u2019s agreement. Places are offered in "
      "the order applications arrive. The maximum group is 14, so that tutors get to know everyone. The fee "
      "for 2009\u201310 is \u00a31,200, invoiced to the school.")
runin("Starting out.",
      "In Session 1 every participant completes our SENCO self-audit, rating themselves against each of "
      "the national outcomes. The completed audits are kept in the course file.")
runin("Previous learning.",
      "We do not give credit for previous courses or experience: the group learns a great deal from each "
      "other, and we want everyone there.")
runin("Very experienced SENCOs.",
      "Very experienced SENCOs (for example teachers from the LA\u2019s support services) may be able to go "
      "straight to assessment by arrangement with the course leader.")
runin("Dates and times.",
      "Nine Thursday twilights (4.00\u20136.30 pm) and three full days, all in the Training Centre at "
      "Fellbrook, from September 2009 to June 2010. There is one intake a year, in September. A participant "
      "who misses a session can catch up by joining the same session with the following year\u2019s group. "
      "All materials are given out on paper in the course folder.")
runin("Access.",
      "When we offer a place we send a confidential access form asking about any disability, medical "
      "condition or specific learning difficulty, and explaining why we ask and who will see the answer. "
      "The course leader meets anyone who tells us of a need, before the course starts, to agree "
      "reasonable adjustments for sessions, placements and assignments (for example handouts in large "
      "print or on coloured paper, extra time for an assignment, a scribe for the presentation, rest "
      "breaks). The Training Centre is on the ground floor, with an accessible toilet and a hearing loop, "
      "and we check access at the placement classes and visits in advance. Our course leaflet is available "
      "in large print and on audio tape. We do this under the school\u2019s Disability Equality Scheme.")
runin("Safer recruitment.",
      "At registration in Session 1 our school business manager, Mrs Carol Yeadon, sees each "
      "participant\u2019s enhanced CRB disclosure and records its number and date on the course register, "
      "and each headteacher confirms in writing that the participant is not the subject of disciplinary "
      "proceedings and has not been barred from working with children. A participant who has not worked "
      "in a school in the last three months must obtain a new enhanced disclosure through Fellbrook before "
      "starting the placement.")
runin("The team.",
      "Alison Dufresne (Course Leader): deputy headteacher, SENCO for nine years in a mainstream primary "
      "school and at Fellbrook, MA in Inclusive Education, NPQH. Daniel Kershaw: Advanced Skills Teacher "
      "for autism, leads the outreach team. Lorna Pike: specialist teacher for specific learning "
      "difficulties, AMBDA. Dr Fiona Greatorex: Ormside educational psychologist, seconded for two "
      "sessions and for marking. Dr Mark Whitcombe: senior lecturer, Marchbank University, link tutor. "
      "All our tutors teach in Fellbrook classes or work in mainstream schools for at least three days a "
      "week, and attend the Ormside SENCO network each term and Marchbank\u2019s inclusion research "
      "seminars. Our tutors keep abreast of the latest developments.")
runin("Placements and specialists.",
      "Each participant spends two days on placement in Fellbrook classes, chosen by the course leader "
      "to fit their self-audit and hosted by a named Fellbrook teacher, and a half-day visit to the "
      "Ormside Language Unit or the Pupil Referral Unit. Sessions are led or co-led by an educational "
      "psychologist, the Parent Partnership officer, a CAMHS primary mental health worker, a speech and "
      "language therapist and a governor (see Section C).")
runin("Resources.",
      "The Training Centre library (about 1,500 books), Fellbrook\u2019s collection of "
      "assessments and intervention programmes (which participants may borrow for up to a month), and the "
      "ICT suite with Clicker 5, Widgit Communicate: In Print, Numicon software and speech recognition, "
      "available to participants on session days and on Wednesday afternoons. Participants also have full "
      "use of the Marchbank University library.")
runin("Mentors and tutors.",
      "Each participant\u2019s headteacher names a school mentor (a senior leader), who comes to a two-hour "
      "mentor briefing at Fellbrook in September and receives the Mentor Guide. The Guide sets out what "
      "the mentor does: meet the participant each half term, observe one gap task, and sign the placement "
      "record. Tutors attend Marchbank\u2019s marker training and our termly course team meeting, and work "
      "from the Tutor Notes in this file.")
runin("Marking and moderation.",
      "Each assignment is marked by the module tutor against Marchbank\u2019s Level 7 criteria. All fails "
      "and a quarter of the rest are second-marked by another tutor, and the team holds a moderation "
      "meeting after each module. The University\u2019s external examiner, Professor Janet Colville, samples "
      "every module and attends the Examination Board.")
runin("Evaluating the course.",
      "Participants fill in an evaluation slip in the plenary of each session, and the course team reviews "
      "the slips at the termly team meeting and adjusts the next sessions. The University may also wish to "
      "review the course.")
runin("How we measure the effect on pupils:", "to be discussed with the University.")
runin("Stakeholders.",
      "The course has been written by Fellbrook\u2019s own staff, drawing on 15 years\u2019 outreach to local "
      "schools. SENCOs at the Ormside network have often said that they want more help with paperwork and "
      "with managing teaching assistants. Headteachers are invited to the presentations in Session 12. We "
      "intend to set up a steering group with the LA and local headteachers to advise on the course\u2019s "
      "future development.")
runin("Award.", "See Section D.")

# ---------------------------------------------------------------- Section B (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
title("SECTION B \u2013 SCHEME OF WORK 2009\u201310")
SOW = [
    ('No.', 'Date', 'Session', 'Led by', 'Module'),
    ('1', 'Thu 17 Sep (full day)', 'The SENCO role today; registration; self-audit', 'AD', '1'),
    ('2', 'Thu 1 Oct', 'The law, the Code and disability equality', 'AD', '1'),
    ('3', 'Thu 15 Oct', 'How children develop', 'FG', '2'),
    ('4', 'Thu 5 Nov', 'Common types of SEN', 'DK / LP / SALT', '2'),
    ('5', 'Thu 19 Nov', 'Identifying needs, targets and review', 'LP / FG', '2'),
    ('6', 'Thu 14 Jan (full day)', 'Tracking progress; access arrangements; teaching approaches and ICT', 'AD / LP', '2'),
    ('7', 'Thu 28 Jan', 'Pupil voice and person-centred reviews', 'DK', '2'),
    ('8', 'Thu 25 Feb', 'Working with parents and carers', 'AD / Parent Partnership', '2'),
    ('9', 'Thu 11 Mar', 'Working with other agencies', 'DK / CAMHS / FG', '3'),
    ('10', 'Thu 25 Mar', 'Leading and developing colleagues', 'AD', '3'),
    ('11', 'Thu 29 Apr', 'Provision mapping and reviewing provision', 'AD / governor', '3'),
    ('12', 'Thu 24 Jun (full day)', 'Research; presentations; next steps', 'AD / MW', '3'),
]
t = doc.add_table(rows=len(SOW), cols=5)
t.style = "Table Grid"
for i, row in enumerate(SOW):
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=8)
        if i == 0:
            shade(t.cell(i, j), GREEN)

# ---------------------------------------------------------------- Section C (portrait)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.PORTRAIT
new.page_width, new.page_height = new.page_height, new.page_width
title("SECTION C \u2013 SESSION PLANS")
para("All plans use the Fellbrook lesson plan template (version 2008).", italic=True, size=9)

PROMPTS = [
    ("walt", "Learning objectives (WALT)", "What will they learn?"),
    ("wilf", "Success criteria (WILF)", "How will they know they have learnt it?"),
    ("starter", "Starter", ""),
    ("main", "Main activities", ""),
    ("plenary", "Plenary", ""),
    ("diff", "Differentiation (SEN / G&T)", "How will you meet the needs of all learners?"),
    ("adults", "Use of additional adults", "TA / LSA deployment"),
    ("res", "Resources", ""),
    ("afl", "AfL opportunities", "Questioning, peer and self-assessment"),
    ("voice", "Pupil voice opportunities", "How will pupils' views inform this lesson?"),
    ("ecm", "ECM outcomes addressed", "tick"),
    ("links", "Links to national outcomes", ""),
    ("gap", "Gap task", ""),
    ("eval", "Evaluation", "complete after the session"),
]
BOX_ON, BOX_OFF = "\u2612", "\u2610"
ECM_NAMES = ["Be healthy", "Stay safe", "Enjoy and achieve", "Make a positive contribution",
             "Achieve economic well-being"]


def ecm_line(ticks):
    return "   ".join((BOX_ON if n in ticks else BOX_OFF) + " " + n for n in ECM_NAMES)


def plan(no, name, when, leader, f):
    rows = 2 + len(PROMPTS)
    t = doc.add_table(rows=rows, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"Session {no}: {name}", bold=True, size=10)
    shade(top, GREEN)
    cell_text(t.cell(1, 0), "Date / time / room", bold=True, size=8)
    cell_text(t.cell(1, 1), f"{when}     Leader(s): {leader}", size=8)
    for i, (key, label, guide) in enumerate(PROMPTS, start=2):
        prompt_cell(t.cell(i, 0), label, guide)
        val = f.get(key, "")
        if key == "ecm":
            val = ecm_line(f.get("ecm", ()))
        cell_text(t.cell(i, 1), val, size=8)
        t.cell(i, 0).width = Cm(4.2)
        t.cell(i, 1).width = Cm(12.3)
    para("")


ALL = tuple(ECM_NAMES)
COMMON = {"eval": "", "voice": "N/A \u2013 adult group"}

plan(1, "The SENCO role today", "Thu 17 Sep 2009, 9.00\u20133.30, Training Centre", "AD; Mrs Yeadon (registration)", {
    **COMMON,
    "walt": "To understand the SENCO\u2019s role as set out in the Code of Practice and the 2008 SENCO Regulations; "
            "to identify our own starting points.",
    "wilf": "Every participant has a completed self-audit and knows the course requirements.",
    "starter": "Registration: CRB disclosures seen and recorded; headteacher confirmation forms collected.",
    "main": "What does a SENCO do all day? Card sort of SENCO tasks in pairs. Course handbook and "
            "assignments explained. Participants complete the SENCO self-audit against the national outcomes.",
    "plenary": "One thing I am good at, one thing I want to learn. Evaluation slips.",
    "diff": "Access needs from the access forms already agreed with AD.",
    "adults": "Business manager for registration.",
    "res": "Course folder; self-audit; handbook; SENCO Regulations 2008.",
    "afl": "Self-audit; questioning.",
    "ecm": ALL,
    "links": "SENCO role (overview).",
    "gap": "Read your school\u2019s SEN policy and bring it to Session 2.",
})
plan(2, "The law, the Code and disability equality", "Thu 1 Oct 2009, 4.00\u20136.30, Training Centre", "AD", {
    **COMMON,
    "walt": "To know the law on SEN and disability and what it means for our schools.",
    "wilf": "Participants can say what their school must do under the Code of Practice and the DDA.",
    "starter": "Quiz: true or false? Ten statements about statements.",
    "main": "The Education Act 1996 (Part IV), the SEN Code of Practice 2001 (School Action, School Action "
            "Plus, statutory assessment, annual reviews), SENDA 2001; the Disability Discrimination Act 1995 "
            "and 2005, the Disability Equality Duty and schools\u2019 accessibility plans \u2013 what schools "
            "must do and how. Groups take one duty each and plan how their school would carry it out.",
    "plenary": "Each group reports back. Evaluation slips.",
    "diff": "Mixed primary/secondary groups.",
    "adults": "",
    "res": "Code of Practice; DDA summary sheet; reading list (to be updated for 2009\u201310).",
    "afl": "Quiz; group feedback.",
    "ecm": ("Enjoy and achieve", "Stay safe"),
    "links": "SEN law and the Code; disability equality law; government policy on SEN.",
    "gap": "Compare your SEN policy with the Code (start of Assignment 1).",
})
plan(3, "How children develop", "Thu 15 Oct 2009, 4.00\u20136.30, Training Centre", "Dr Fiona Greatorex (EP)", {
    **COMMON,
    "walt": "To understand how children develop and how development can be affected by SEN, disability and "
            "the physical and social environment.",
    "wilf": "Participants can explain the development of one pupil they know in these terms.",
    "starter": "Photographs of children: what can they do?",
    "main": "Cognitive, language, social and emotional and physical development; attachment; the effect of "
            "impairment, of poverty and of the classroom environment.",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "Case studies; EP service handouts.",
    "afl": "Case study discussion.",
    "ecm": ALL,
    "links": "Child development.",
    "gap": "Observe one pupil for an hour and note what you see.",
})
plan(4, "Common types of SEN", "Thu 5 Nov 2009, 4.00\u20136.30, Training Centre", "DK, LP, speech and language therapist", {
    **COMMON,
    "walt": "To know the most common types of SEN and disability and how they affect learning.",
    "wilf": "Participants can say what helps for each need.",
    "starter": "What\u2019s in a label? Post-its.",
    "main": "Carousel of four stations: behavioural, emotional and social difficulties; dyslexia and other "
            "specific learning difficulties; speech, language and communication needs (with the therapist); "
            "autistic spectrum disorders. Moderate learning difficulties with Fellbrook staff.",
    "plenary": "Evaluation slips.",
    "diff": "Participants choose the order of stations.",
    "adults": "Fellbrook TAs demonstrate visual supports.",
    "res": "Station packs; Fellbrook pupils\u2019 work (anonymised).",
    "afl": "Station quizzes.",
    "ecm": ("Enjoy and achieve",),
    "links": "Common types of SEN and their effect on learning.",
    "gap": "Write a profile of one pupil\u2019s needs (used in Assignment 2).",
})
plan(5, "Identifying needs, targets and review", "Thu 19 Nov 2009, 4.00\u20136.30, Training Centre", "LP, Dr Greatorex", {
    **COMMON,
    "walt": "To identify pupils who may have SEN, set challenging targets, plan interventions and review progress; "
            "to use other professionals\u2019 assessments to plan teaching.",
    "wilf": "Participants rewrite an IEP using an EP report.",
    "starter": "Spot the difference: two IEPs.",
    "main": "Using classroom observation, data and assessment to identify needs; target setting; choosing "
            "interventions; review meetings. Reading EP, SALT and advisory teacher reports and turning their "
            "advice into classroom approaches.",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "Sample reports; IEP templates.",
    "afl": "Peer review of rewritten IEPs.",
    "ecm": ("Enjoy and achieve",),
    "links": "Identify, set targets, plan and review; use professionals\u2019 assessments.",
    "gap": "Rewrite one IEP.",
})
plan(6, "Tracking progress; access arrangements; teaching approaches and ICT",
     "Thu 14 Jan 2010, 9.00\u20133.30, Training Centre and ICT suite", "AD, LP", {
    **COMMON,
    "walt": "To track progress using summative data and change programmes; to plan access arrangements for "
            "national tests and examinations; to evaluate approaches and resources, including ICT.",
    "wilf": "A tracking sheet and a critical review of one intervention.",
    "starter": "What does this data tell us? RAISEonline extract.",
    "main": "Morning: P scales, levels, Key Stage tests and GCSE results to track progress and decide when to change a programme. Access arrangements for Key Stage tests and GCSE: "
            "evidence, deadlines, working with exams officers and class teachers. Afternoon in the ICT "
            "suite: Clicker 5, Widgit, speech recognition; comparing approaches and interventions critically "
            "\u2013 what is the evidence?",
    "plenary": "Evaluation slips.",
    "diff": "ICT tasks at three levels.",
    "adults": "ICT technician.",
    "res": "RAISEonline extracts; QCA access arrangements booklet; ICT suite.",
    "afl": "Tracking sheets checked in pairs.",
    "ecm": ("Enjoy and achieve", "Achieve economic well-being"),
    "links": "Summative tracking; access arrangements; approaches and resources including ICT.",
    "gap": "Track a group\u2019s data over a half term (Assignment 2).",
})
plan(7, "Pupil voice and person-centred reviews", "Thu 28 Jan 2010, 4.00\u20136.30, Training Centre", "DK", {
    "eval": "",
    "walt": "To understand why pupils should be involved in decisions about their provision.",
    "wilf": "Participants can explain the Code\u2019s expectations on pupil participation.",
    "starter": "What did you have a say in at school?",
    "main": "Presentation: Chapter 3 of the Code of Practice, pupil participation. DVD of a person-centred "
            "annual review at Fellbrook, followed by discussion.",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "DVD; Code of Practice Chapter 3.",
    "afl": "Discussion.",
    "voice": "Fellbrook School Council film shown.",
    "ecm": ("Make a positive contribution",),
    "links": "Involving pupils in planning and reviewing their provision.",
    "gap": "(optional) Ask a pupil about their IEP.",
})
plan(8, "Working with parents and carers", "Thu 25 Feb 2010, 4.00\u20136.30, Training Centre",
     "AD, Ormside Parent Partnership officer", {
    **COMMON,
    "walt": "To build fair, respectful and constructive relationships with pupils and their parents and carers; "
            "to advise and support parents and work in partnership with them.",
    "wilf": "Participants plan and role-play a review meeting with parents.",
    "starter": "A parent\u2019s letter: how would you reply?",
    "main": "The Parent Partnership officer on what parents tell the service; role-play of a difficult "
            "conversation in threes (SENCO, parent, observer); advising parents on what the school and "
            "other services can offer.",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "Role-play cards.",
    "afl": "Observer feedback.",
    "ecm": ALL,
    "links": "Relationships with pupils and parents; liaison with parents.",
    "gap": "Plan a meeting with the parents of your Assignment 2 pupil.",
})
plan(9, "Working with other agencies", "Thu 11 Mar 2010, 4.00\u20136.30, Training Centre",
     "DK, CAMHS primary mental health worker, Dr Greatorex", {
    **COMMON,
    "walt": "To know the scope and role of external agencies and how to get specialist support; to work in "
            "partnership with other services, including voluntary organisations.",
    "wilf": "Participants complete a local agency map and a referral.",
    "starter": "Who would you ring?",
    "main": "Panel: EP service, CAMHS, sensory support, social care, Connexions, the local National Autistic "
            "Society branch. Practising a referral.",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "Ormside directory of services.",
    "afl": "Referral checked by panel member.",
    "ecm": ALL,
    "links": "External agencies; working with other services.",
    "gap": "Map the agencies your school uses.",
})
plan(10, "Leading and developing colleagues", "Thu 25 Mar 2010, 4.00\u20136.30, Training Centre", "AD", {
    **COMMON,
    "walt": "To gain the commitment of the headteacher and colleagues; to support colleagues\u2019 development "
            "through observation and feedback, modelling, coaching and training; to deploy teaching assistants "
            "well; to anticipate problems and make sound decisions about provision.",
    "wilf": "Participants practise a coaching conversation and plan a staff training session.",
    "starter": "The staffroom sceptic: how do you win them over?",
    "main": "Observing lessons and giving feedback; GROW coaching in threes; planning a twilight for "
            "colleagues. Deploying and managing TAs. Problem scenarios: what would you decide and why?",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "Coaching cards; scenario cards.",
    "afl": "Peer feedback on coaching.",
    "ecm": ("Enjoy and achieve",),
    "links": "Commitment of colleagues; colleagues\u2019 development; deploying staff; problem solving.",
    "gap": "Coach one colleague through two conversations. (Optional: observe a TA at work.)",
})
plan(11, "Provision mapping and reviewing provision", "Thu 29 Apr 2010, 4.00\u20136.30, Training Centre",
     "AD, Mr Colin Frayne (Fellbrook governor)", {
    **COMMON,
    "walt": "To use provision mapping to plan provision and find what is missing or not working; to review "
            "provision with colleagues for the school\u2019s self-evaluation; to influence strategic development "
            "with senior leaders and governors.",
    "wilf": "A draft provision map for one year group.",
    "starter": "What does this provision map tell you?",
    "main": "Provision mapping and costing; reviewing effectiveness with staff. School self-evaluation: how "
            "the SEF works. The governor\u2019s view: presenting SEN policy, priorities and resources to "
            "governors and senior leaders.",
    "plenary": "Evaluation slips.",
    "diff": "",
    "adults": "",
    "res": "Provision map templates.",
    "afl": "Questioning.",
    "ecm": ALL,
    "links": "Provision mapping; reviewing provision; strategic development; self-evaluation.",
    "gap": "Draft a provision map (Assignment 3).",
})
plan(12, "Research; presentations; next steps", "Thu 24 Jun 2010, 9.00\u20133.30, Training Centre", "AD, Dr Whitcombe", {
    **COMMON,
    "walt": "To draw on research to improve practice; to present our work clearly and respond to questions; "
            "to plan our next steps.",
    "wilf": "Every participant presents Assignment 3 and leaves with a Next Steps sheet.",
    "starter": "Research speed-dating: one paper each.",
    "main": "Morning: Dr Whitcombe on using research evidence in school. Presentations of Assignment 3 "
            "to tutors and visiting headteachers, with questions. Afternoon: keeping up to date after the "
            "course (NASEN, journals, the LA network) \u2013 discussion. Each participant completes the Next "
            "Steps sheet, setting three professional targets for the next year to take to their performance "
            "management review with their headteacher, and talks through options (MA, specialist "
            "qualifications) with AD.",
    "plenary": "Course evaluation form.",
    "diff": "",
    "adults": "",
    "res": "Next Steps sheet; course evaluation form.",
    "afl": "Presentation feedback.",
    "ecm": ALL,
    "links": "Research; communication; keeping up to date; next steps.",
    "gap": "\u2013",
})

# ---------------------------------------------------------------- Section D
title("SECTION D \u2013 ASSESSMENT AND THE AWARD")
para("Each module is assessed by one assignment, marked against Marchbank\u2019s Level 7 criteria "
     "(see Section A for marking and moderation).")
runin("Assignment 1 (Module 1, 4,000 words): The law and my school.",
      "A review of your school\u2019s SEN policy and practice against the Code of Practice and the DDA, with "
      "an action plan and a short review of research on one area of your policy.")
para("This assignment assesses: knowing the law on SEN and the Code and putting it into practice; "
     "knowing disability equality law and what it requires; knowing best practice and research; using "
     "research and outside advice to improve your own and colleagues\u2019 practice.", italic=True)
runin("Assignment 2 (Module 2, 5,000 words): Case study.",
      "A case study of one pupil with SEN and the group they are taught in: how needs were identified, "
      "the pupil\u2019s development and needs, targets, interventions and review, use of other "
      "professionals\u2019 reports, tracking data over a half term, the approaches and resources (including "
      "ICT) used and a critical review of one, and your work with the parents.")
para("This assignment assesses: how children develop; types of SEN and their effect on learning; "
     "identifying needs, setting targets, planning interventions and reviewing progress; using "
     "professionals\u2019 assessments; summative tracking; critical use of approaches and resources "
     "including ICT; relationships with the pupil and parents; liaison with parents.", italic=True)
runin("Assignment 3 (Module 3, 5,000 words and a 15-minute presentation): Leading provision.",
      "A review of provision in your school carried out with colleagues, using a provision map, leading to "
      "a development plan agreed with your senior leadership team and presented to governors, with work "
      "with at least one outside agency and the support you gave colleagues. You present it in Session 12 "
      "and answer questions.")
para("This assignment assesses: provision mapping; reviewing provision with staff; strategic development "
     "with senior leaders and governors; gaining colleagues\u2019 commitment; supporting colleagues\u2019 "
     "development; external agencies and partnership with them; judgement and decisions about provision; "
     "expressing yourself clearly in speech and writing and listening to others.", italic=True)
runin("The Award.",
      "To gain the Award participants must attend at least 10 of the 12 sessions, complete the placement "
      "and pass all three assignments. Results are confirmed by Marchbank University\u2019s Examination "
      "Board.")

# ---------------------------------------------------------------- Section E
title("SECTION E \u2013 COURSE ADMIN CHECKLIST (AD)")
CHECK = [
    (True, "Validation by Marchbank University confirmed (29 April 2009)"),
    (True, "Training Centre booked for all 12 dates"),
    (True, "Access form and CRB register ready"),
    (True, "Mentor Guide printed"),
    (True, "External examiner appointed"),
    (False, "Steering group set up"),
    (False, "Impact measures agreed with University"),
    (False, "Reading lists updated"),
]
for done, text in CHECK:
    para(("\u2612 " if done else "\u2610 ") + text, after=0)

doc.save(OUT)
print("wrote", OUT)
