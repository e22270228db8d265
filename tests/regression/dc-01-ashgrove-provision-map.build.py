"""Build dc-01.docx: Ashgrove and Millbeck Federation, Provision Map 2009-10 (invented provider).

Provider
--------
The Ashgrove and Millbeck Federation, Tansley (invented metropolitan borough):
two special schools under one governing body since 2006 (Ashgrove School, MLD
and autism, 5-16; Millbeck School, SLD and PMLD, 2-19) and their Outreach
Service, which supports Tansley's mainstream schools. The award is the
(invented) University of Cresswell's Postgraduate Certificate in Special
Educational Needs Coordination, validated by its School of Education, which
awards the 60 M-level credits; the Outreach Service plans and teaches it.
Dated April 2009. 2008-era vocabulary throughout (CRB, DDA, Disability Equality
Duty, SEN Code of Practice 2001, ECM, CAF, P scales, APP, RAISEonline, CASPA,
Wave 1/2/3, IDP, DISS, Standards Fund).

Layout (a kind of document not in the earlier sets: a provision map)
-------------------------------------------------------------------
The Outreach Service sends its provision map for next year, the planning tool
it and its SENCOs use for everything, with a short note to the panel on top.
- Portrait: a typed letterhead (bold Normal paragraphs), title block, a
  "Note for the TDA approval panel" (accreditation), "How to read the map"
  with a boxed key (a one-cell shaded table), Part A "Where the map came
  from" (stakeholder evidence and what changed, bullets in List Bullet and
  List Number styles). Parts are Heading 1.
- Landscape section: Part B, the provision map for the Award: an
  eight-column table (Ref, Provision, Who for, Staff and ratio, When and how
  long, Cost per head, What it is for, How we know it has worked) with Wave
  1 / Wave 2 / Wave 3 group rows merged across all columns and shaded.
  Rows are coded W1.1-W3.4 (the codes look like requirement ids but are the
  map's own). Some rows are "Proposed", "Under discussion" or all dashes.
  Part C: a second map of the Outreach Service's OTHER provision "not part of
  the Award" (consultation visits, ASD network, Team Teach, pupil
  placements, outreach staff and their CRB checks, SENCO network).
- Portrait again: Part D, the twelve taught days (table) and the three
  assessed assignments (table, outcomes named in the Federation's words),
  then "Also worked on during the course (not marked)". Part E, notes to
  the map N1-N11. Part F, "How we will know" (an evaluation measures
  table). Part G, a sign-off table.
- Page header and footer (the footer's CRB line is about staff).

Traps and the requirement ids they affect
-----------------------------------------
- E.1, E.2 met: the covering note names the University's validation and
  the 60 M-level credits.
- 1.1 met: aim names all five ECM outcomes; A3 is marked on what changed
  for pupils in progress, attendance and well-being.
- 1.3 met: Day 7 and Day 10 name Ofsted 2006, Bercow 2008, the IDP and the
  DISS project; reading lists revised each summer (N6).
- 1.5 not_met and 6.S7 not_met: the only pupil-voice provision is W2.7,
  "proposed for 2010-11; not running in 2009-10", every other cell a dash.
- 1.9 and 6.0 partially_met: award on passing three assignments and
  attendance, plus a blanket "Between them the three assignments cover all
  the national minimum outcomes", against outcomes the Part D tables leave
  unmarked or untaught.
- 2.1 partially_met: certificated prior learning accredited (W3.2), but
  APEL is "under discussion with the University for 2010-11".
- 2.2 met (W1.2). 2.3 not_met: W3.3 direct assessment "Under discussion
  with the University; not available in 2009-10".
- 2.4 met (notes_on_met): the map itself shows tailoring by wave with a
  cost per head; N8 explains how targeting keeps cost down.
- 2.5 met: W1.10 next-steps meeting with headteacher and planning sheet.
- 3.1 partially_met: W3.1 is about the building and "we will do our best";
  N3 is a general statement that the Disability Equality Scheme applies.
  Nothing on encouraging disclosure, adjusted materials or assessment.
- 3.2 met: two intakes, twilight or full-day versions, module order, two-
  year route (W1.3, W2.5, W2.6, W1.1).
- 3.3 partially_met: CresNet holds materials and gap tasks (ICT used), peers
  support each other on the board, but "tutors do not moderate it or answer
  questions on it" and between taught days questions wait for the next day
  or tutorial (N4).
- 4.1, 4.2 met (Part A: survey, heads' forum, LA strategy, parents' focus
  group, visit records; a list of what changed). 4.3 met: Steering Group
  membership and its part in evaluation (Part F), stakeholders teaching.
- 5.2 partially_met: entry criteria are administrative (W1.1); N1 says
  plainly there is no entry test and the profile is "for planning, not
  selection".
- 5.3 not_met: Part C row C5 is the OUTREACH STAFF's CRB checks (wrong
  context); N2 says "we do not ask to see them" for participants; the footer
  line about CRB is about staff and is not evidence anyway.
- 5.4, 5.5, 5.6, 5.8 met (N6, W1.5, N7, N9). Part C row C4 (pupil placements)
  is about pupils, not participants: no effect on 5.5.
- 5.7 partially_met: tutors briefed by the module leader and standardised
  (N5), but headteacher mentors only "receive a letter".
- 5.9 partially_met: competence and confidence measured by repeating the
  Starting Point profile, but pupils' achievement only "We hope, in time, to
  collect data" (Part F); the A3 reports are not collated.
- Outcomes (Part D): taught (Days 1-12) and marked (A1-A3) -> met: 6.A1,
  A2, A4, A5, K1, K3, K5, K6, K8, S1, S2, S2a, S2b, S3, S4, S6, S8.
  In the "Also worked on ... (not marked)" list -> partially_met: 6.A3
  (time log, tutorial), 6.A6, 6.A7, 6.K2, 6.K9, 6.S2c (gap task), 6.S9.
  Marked in A3 but taught nowhere: 6.K7 partially_met.
  Optional part of A3 ("may include"): 6.S5 partially_met.
  Explicitly not taught and not assessed: 6.K4 (assumed from initial
  training) and 6.S2d (left to the Council's Exams Officers' Network),
  not_met.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm, Twips

OUT = Path(__file__).with_name("dc-01-ashgrove-provision-map.docx")

TEAL = "1F5F5B"
PALE = "DCEFEC"
GREY = "EDEDED"

doc = Document()
doc.core_properties.author = "Paul Whitmore"
doc.core_properties.title = "Provision Map 2009-10: SENCO Award"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    h = doc.styles[name]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor.from_string(TEAL)

sec = doc.sections[0]
sec.page_width, sec.page_height = Twips(11906), Twips(16838)
sec.left_margin = sec.right_margin = Cm(2.2)


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, italic=False, size=8):
    cell.text = ""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def grid(header, rows, widths, size=8, group_fill=PALE):
    """rows: tuples, or ('GROUP', text) for a merged, shaded group row."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(header):
        put(t.rows[0].cells[j], h, bold=True, size=size)
        shade(t.rows[0].cells[j], GREY)
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            put(m, row[1], bold=True, size=size + 1)
            shade(m, group_fill)
            continue
        for j, val in enumerate(row):
            put(cells[j], val, bold=(j == 0), size=size)
    for row in t.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = Cm(w)
    return t


def bullets(items, style="List Bullet"):
    for it in items:
        p = doc.add_paragraph(style=style)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(it)


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
r = hp.add_run("Ashgrove and Millbeck Federation \u00b7 Outreach Service\tProvision Map 2009\u201310: SENCO Award")
r.font.size = Pt(7)
r.font.color.rgb = RGBColor.from_string(TEAL)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Ashgrove School \u00b7 Millbeck School \u00b7 federated 2006 \u00b7 All Outreach Service staff "
               "hold enhanced CRB disclosures \u00b7 page ")
r.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- letterhead and title
para("ASHGROVE AND MILLBECK FEDERATION", bold=True, size=16, colour=TEAL, after=0)
para("Ashgrove School (MLD and autism, 5\u201316)  \u00b7  Millbeck School (SLD and PMLD, 2\u201319)  \u00b7  "
     "Ashgrove and Millbeck Outreach Service", size=8, after=0)
para("Millbeck Professional Centre, Coldharbour Lane, Tansley TN7 4RG  \u00b7  Executive Headteacher: "
     "Mrs Janet Oduya", size=8, after=14)
para("PROVISION MAP 2009\u201310", bold=True, size=20, after=2)
para("Training and support for SENCOs in mainstream schools, including the SENCO Award "
     "(Postgraduate Certificate in Special Educational Needs Coordination, University of Cresswell)",
     size=11, after=2)
para("Version 3, agreed by the Award Steering Group on 23 April 2009", italic=True, size=9, after=12)

para("Note for the TDA approval panel", bold=True, size=11, colour=TEAL)
para("We have sent you our provision map rather than an essay. The Outreach Service plans everything it "
     "does for mainstream schools this way, and so do the SENCOs we work with: a map shows at a glance what "
     "is provided, for whom, how often, by whom, at what cost and how we will know it has worked. We "
     "thought the panel would want to see the SENCO Award in the same terms. Part B maps the Award; Part C "
     "shows the rest of the Outreach Service\u2019s offer, so that you can see how the Award sits within it.")
para("The Award is the University of Cresswell\u2019s Postgraduate Certificate in Special Educational Needs "
     "Coordination. The University\u2019s School of Education validated it on 11 February 2009 and awards the "
     "credits: 60 credits at Masters (M) level, made up of three 20-credit modules, EDM740 Leading SEN in "
     "Context, EDM741 Knowing Learners, Removing Barriers and EDM742 Leading Provision and People. The "
     "Outreach Service plans and teaches the modules with the School of Education under the partnership "
     "agreement signed in March 2009. Dr Ruth Ambler, Senior Lecturer in Inclusive Education, is the "
     "University\u2019s module leader for all three modules and sits on the Award Steering Group.")
para("Janet Oduya, Executive Headteacher          Paul Whitmore, Outreach Leader and Award Coordinator",
     italic=True, size=9, after=10)

para("How to read the map", bold=True, size=11, colour=TEAL)
key = doc.add_table(rows=1, cols=1)
key.style = "Table Grid"
kc = key.cell(0, 0)
shade(kc, PALE)
put(kc, "KEY", bold=True, size=8)
for line in (
    "Wave 1: what every participant receives.  Wave 2: extra, targeted provision for participants whose "
    "Starting Point profile or progress shows they need it.  Wave 3: individual provision for a few.",
    "SP = Starting Point profile.  ILP = Individual Learning Plan.  OT = outreach teacher.  PMC = Millbeck "
    "Professional Centre.  A1, A2, A3 = the three assessed assignments (Part D).  CresNet = the "
    "University\u2019s learning platform.",
    "Cost = cost per participant of that item, 2009\u201310 prices. The Award fee is \u00a31,150, of which "
    "Tansley\u2019s Standards Fund pays \u00a3600 for Tansley schools.",
):
    p = kc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    rr = p.add_run(line)
    rr.font.size = Pt(8)
para("")

# ---------------------------------------------------------------- Part A
doc.add_heading("Part A \u2013 Where the map came from", level=1)
para("Between October and December 2008 we gathered evidence about what mainstream schools need from SENCO "
     "training:")
bullets([
    "a questionnaire to all 71 SENCOs in Tansley mainstream schools (52 replies, 73 per cent);",
    "a discussion at the Tansley Primary and Secondary Headteachers\u2019 Forum on 13 November 2008, and "
    "written comments from nine headteachers afterwards;",
    "the priorities in Tansley\u2019s SEN and Inclusion Strategy 2008\u201311, talked through with Mark "
    "Rowntree, the Council\u2019s Head of SEN Services;",
    "a focus group of eight parents of children with statements or at School Action Plus, run for us by the "
    "Tansley Parent Partnership Service;",
    "our outreach teachers\u2019 records of 312 consultation visits to mainstream schools in 2007\u201308.",
])
para("Four messages came through:")
bullets([
    "SENCOs new to the role are least confident about managing teaching assistants and about using data to "
    "show progress: over half of those who replied rated themselves \u2018not confident\u2019 on each.",
    "Headteachers want SENCOs who can lead change across the school, not only keep the SEN register.",
    "The Council\u2019s strategy asks for more confidence in mainstream schools with autism and with speech, "
    "language and communication needs, so that fewer pupils are placed out of borough.",
    "Parents want to be listened to, and told plainly what is being done and why.",
], style="List Number")
para("What we changed as a result:")
bullets([
    "We added a whole taught day on deploying and managing support staff (Day 10); it was not in our first "
    "outline.",
    "Data and tracking, one session in the first outline, is now a full day (Day 6), with a Wave 2 workshop "
    "for those who need more (W2.3).",
    "At the heads\u2019 request, assignment A3 became a change project led across the participant\u2019s "
    "school rather than an essay.",
    "Day 5, on autism and communication needs, is held at Ashgrove, and participants spend the afternoon "
    "in classes.",
    "Day 8 is planned and taught with the Parent Partnership Service, and two parents from the focus group "
    "speak on it.",
])

# ---------------------------------------------------------------- Part B (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = Twips(16838), Twips(11906)
land.left_margin = land.right_margin = Cm(1.5)
land.top_margin = land.bottom_margin = Cm(1.6)

doc.add_heading("Part B \u2013 The provision map: SENCO Award 2009\u201310", level=1)
para("What the Award is for. That pupils with special educational needs and disabilities in participants\u2019 "
     "schools make better progress and do better against all five Every Child Matters outcomes (being "
     "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being) because their SENCO leads provision well. Each module\u2019s objectives are written in "
     "terms of what changes for pupils, and A3 is marked on what difference the participant\u2019s change "
     "made for the pupils concerned, in progress and in attendance or well-being.", size=9)

HEAD = ("Ref", "Provision", "Who for (entry / trigger)", "Staff and ratio", "When and how long",
        "Cost per head", "What it is for", "How we know it has worked")
W = (1.2, 3.3, 3.6, 2.8, 3.4, 1.6, 4.4, 3.6)
ROWS = [
    ("GROUP", "WAVE 1 \u2013 every participant"),
    ("W1.1", "Application, interview and offer of a place",
     "Teachers with QTS who are, or are about to become, SENCO of a mainstream school in Tansley or a "
     "neighbouring authority. The headteacher signs the nomination form, agreeing to release the teacher for "
     "twelve days and to act as, or name, the workplace mentor.",
     "Award Coordinator and a headteacher from the Steering Group; 30-minute interview",
     "March\u2013June (September intake); October\u2013November (January intake)", "\u00a345",
     "Make sure the teacher and the school understand the commitment and the time it takes.",
     "Place offered and accepted; nomination form signed"),
    ("W1.2", "Starting Point profile and ILP meeting", "All",
     "Personal tutor (an OT), 1:1, one hour", "Before Day 1", "\u00a360",
     "Before the first taught day each participant rates himself or herself against every national SENCO "
     "outcome (1 = new to me, 4 = confident and can show it) and gives an example for each. At the meeting "
     "the tutor tests the ratings against the examples and they agree an ILP: the outcomes to focus on, "
     "the Wave 2 items to take, and the outcomes the participant may already meet and need spend less "
     "time on.",
     "ILP agreed and signed by both; reviewed at every tutorial (W1.8)"),
    ("W1.3", "Twelve taught days in three modules (content in Part D)", "All",
     "Module tutors with visiting specialists; groups of up to 20",
     "Full days 9.15\u20133.30 at PMC, or the same content as two twilights (4.00\u20137.00) at Ashgrove; "
     "participants may mix the two", "\u00a3540",
     "Knowledge, understanding and skills for the national outcomes",
     "Attendance (at least 10 of 12 days; missed days made up through W2.4); day evaluations"),
    ("W1.4", "Gap tasks in the participant\u2019s own school", "All",
     "Participant; checked by personal tutor", "After each taught day, before the next (12 tasks)", "\u2013",
     "Try out each day\u2019s learning in school: after Day 2, audit the school\u2019s SEN policy against the "
     "Code of Practice; after Day 9, draw up a provision map for one year group; and so on.",
     "Task uploaded to CresNet and discussed at the next tutorial"),
    ("W1.5", "Placement", "All",
     "Host class teacher at Ashgrove or Millbeck; an OT",
     "Three days: two in a Federation school on a set programme (sit in on an annual review, shadow the "
     "speech and language therapist, observe and assess a pupil with the class teacher, attend a "
     "multi-agency meeting); one day with an OT on consultation visits to two mainstream schools",
     "\u00a3180",
     "See specialist teaching and specialist staff at work; see the consultation model our OTs use with "
     "mainstream schools",
     "Placement log signed by the host teacher and the OT"),
    ("W1.6", "Workplace mentor", "All",
     "The participant\u2019s headteacher, or a senior leader the head names",
     "A 30-minute meeting each half-term", "Met by the school",
     "Support in school; agree the A3 change project", "Mentor signs the A3 project proposal"),
    ("W1.7", "CresNet (University learning platform)", "All",
     "University e-learning team; module tutors upload materials", "Throughout", "In University fee",
     "Handouts and readings; gap-task upload; a participants\u2019 discussion board (see N4)",
     "All twelve gap tasks uploaded"),
    ("W1.8", "Tutorials", "All", "Personal tutor, 1:1",
     "Three of one hour, after Days 4, 8 and 12, in the participant\u2019s school where possible", "\u00a3150",
     "Review the ILP; feedback on gap tasks and assignment drafts", "ILP updated at each tutorial"),
    ("W1.9", "Assessed work (A1, A2, A3; see Part D)", "All",
     "Module tutors mark; University moderates (N9)", "A1 after Day 4; A2 after Day 8; A3 after Day 12",
     "\u00a3120", "Evidence for the award", "Pass in all three (N10)"),
    ("W1.10", "Next steps meeting", "All",
     "Personal tutor, participant and headteacher together",
     "Within a month of the last taught day", "\u00a355",
     "The participant brings a completed \u2018My Next Steps\u2019 sheet: two or three professional targets "
     "for the coming year, drawn from the end-of-course SP profile, agreed with the headteacher and carried "
     "into the participant\u2019s performance management objectives. The tutor talks through routes on: the "
     "University\u2019s MA in Inclusive Education (the 60 credits count towards it), specialist courses run "
     "by the Outreach Service, and the Tansley SENCO Network.",
     "Targets recorded on the sheet; copy to the headteacher"),
    ("GROUP", "WAVE 2 \u2013 some participants (the trigger is in the third column)"),
    ("W2.1", "Academic writing at M level",
     "Participants new to postgraduate study, or who rate their writing 1 or 2 on the SP profile",
     "University study skills tutor; up to 8", "Two twilights in October", "\u00a340",
     "Confidence in writing at M level", "A1 submitted on time"),
    ("W2.2", "Extra tutorial", "Participants falling behind their ILP, or who fail an assignment",
     "Personal tutor, 1:1", "Up to two hours", "\u00a3100",
     "A catch-up plan; support for a resubmission", "Resubmission passed"),
    ("W2.3", "Data workshop", "Participants who rate themselves 1 or 2 on using data",
     "Federation assessment coordinator; up to 10", "One twilight before Day 6", "\u00a330",
     "Confidence with RAISEonline, CASPA, P scales and APP", "SP rating on data rises"),
    ("W2.4", "Missed-day catch-up", "Participants who miss a taught day",
     "Tutor; the day\u2019s materials on CresNet and a 1:1 phone call", "As needed", "\u00a325",
     "Cover the missed content", "Gap task for that day completed"),
    ("W2.5", "Two-year route", "Participants who cannot complete in one year", "Award Coordinator",
     "Modules spread over two academic years", "No extra cost", "Completion without dropping out",
     "Completion within two years"),
    ("W2.6", "Module order", "Participants in the January intake", "\u2013",
     "After Module 1, Modules 2 and 3 may be taken in either order", "\u2013", "Fit the Award to the school "
     "year", "\u2013"),
    ("W2.7", "Pupil voice workshop (with Millbeck\u2019s speech and language therapist)", "\u2013", "\u2013",
     "\u2013", "\u2013", "\u2013", "Status: proposed for 2010\u201311; not running in 2009\u201310"),
    ("GROUP", "WAVE 3 \u2013 individual provision"),
    ("W3.1", "Access", "Any participant who tells us of an access need", "Award Coordinator", "From interview",
     "As needed",
     "PMC is fully accessible (level access, lift, hearing loop, accessible toilets and changing "
     "facilities). Participants can tell us about any access needs at interview and we will do our best to "
     "meet them.", "\u2013"),
    ("W3.2", "Accreditation of prior learning",
     "Participants who have passed M-level study in SEN in the last five years",
     "University APL panel; the Award Coordinator advises", "Claim by 30 September", "\u00a375",
     "Up to 20 credits (one module, normally EDM741) for prior certificated learning, under the "
     "University\u2019s APL regulations. Experiential learning (APEL): under discussion with the University "
     "for 2010\u201311.",
     "Credits confirmed by the University"),
    ("W3.3", "Direct assessment (assessment only) for very experienced SENCOs", "\u2013", "\u2013", "\u2013",
     "\u2013", "Under discussion with the University; not available in 2009\u201310", "\u2013"),
    ("W3.4", "Support when things go wrong",
     "Any participant whose circumstances change (illness, redundancy, a change of school)",
     "Award Coordinator with the headteacher", "As needed", "\u2013",
     "Agree a suspension or a longer timetable", "Participant returns and completes"),
]
grid(HEAD, ROWS, W)

doc.add_heading("Part C \u2013 Other Outreach Service provision (not part of the Award)", level=1)
para("Award participants and their schools may use any of these, as any Tansley school may, but none of them "
     "counts towards the Award.", size=9)
grid(("Ref", "Provision", "Who for", "Notes"), [
    ("C1", "Consultation visits", "Any Tansley school",
     "An OT meets the class teacher and SENCO to problem-solve around a named pupil; 312 visits in "
     "2007\u201308."),
    ("C2", "Tansley ASD Network", "Teachers and teaching assistants", "Termly twilight meetings at Ashgrove."),
    ("C3", "Team Teach training", "Mainstream staff",
     "Two-day positive handling course, certificated by Team Teach."),
    ("C4", "Pupil placements", "Pupils dual-registered with a mainstream school",
     "Up to twelve pupils spend one or two days a week at Ashgrove, with a joint plan reviewed each term."),
    ("C5", "Outreach staff", "\u2013",
     "All eight OTs are qualified teachers with at least five years\u2019 special school experience. All hold "
     "enhanced CRB disclosures, renewed every three years."),
    ("C6", "Tansley SENCO Network", "All mainstream SENCOs",
     "Termly meetings with the Council\u2019s SEN team; open to Award participants and former participants."),
], (1.2, 4.0, 5.0, 15.0))

# ---------------------------------------------------------------- Part D (portrait)
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = Twips(11906), Twips(16838)
port.left_margin = port.right_margin = Cm(2.2)

doc.add_heading("Part D \u2013 What happens on the taught days, and what is assessed", level=1)
para("D1  The taught days", bold=True)
grid(("Day", "Focus", "Led by"), [
    ("GROUP", "Module 1, EDM740 Leading SEN in Context"),
    ("1", "The SENCO\u2019s role and the school\u2019s SEN profile. Managing the role: a time log kept for two "
     "weeks before the day, priorities and delegation. Communicating as a SENCO: writing for different "
     "readers; listening and questioning.", "PW, RA"),
    ("2", "The law and the Code: Education Act 1996 Part IV, SEN Code of Practice 2001, SENDA 2001, "
     "statutory assessment and annual review, the SENCO Regulations 2008; what each means for the school "
     "and the SENCO, and how to put it into practice.", "RA"),
    ("3", "Every Child Matters and the SENCO: the five outcomes, the Common Assessment Framework and the "
     "Team Around the Child. Disability equality: the DDA 1995 and 2005, the Disability Equality Duty, "
     "accessibility plans and reasonable adjustments for pupils.", "PW; the Council\u2019s Access Officer"),
    ("4", "Leading strategically: working with the headteacher, senior team and governors; SEN policy, the "
     "school development plan and the SEN budget; building an inclusive ethos; winning colleagues\u2019 "
     "commitment.", "JO; a Tansley headteacher"),
    ("GROUP", "Module 2, EDM741 Knowing Learners, Removing Barriers"),
    ("5", "Understanding needs (at Ashgrove): autism; speech, language and communication needs; moderate "
     "learning difficulties; dyslexia and other specific learning difficulties; behavioural, emotional and "
     "social difficulties; how each affects learning. Afternoon in Ashgrove classes.",
     "SK (speech and language therapist); Ashgrove staff"),
    ("6", "Identifying and tracking: observation, teacher assessment, P scales, APP, national tests, "
     "RAISEonline and CASPA; using assessments from educational psychologists, therapists and others; "
     "setting targets; IEPs and reviews.", "IS (educational psychologist); Federation assessment coordinator"),
    ("7", "What works (at Millbeck): approaches, strategies and resources, including ICT (Clicker 5, Widgit, "
     "switch access, communication aids); the research evidence on common interventions, with Ofsted\u2019s "
     "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008) and the Inclusion "
     "Development Programme; choosing and judging interventions critically.", "GP; RA"),
    ("8", "Working with families (with the Parent Partnership Service; two parents speak): building fair, "
     "respectful relationships with pupils and their families. The other services: educational psychology, "
     "speech and language therapy, CAMHS, Sensory Support, Connexions, social care and the National "
     "Autistic Society\u2019s Tansley branch; who does what and how to get help.",
     "Parent Partnership Service; visiting services"),
    ("GROUP", "Module 3, EDM742 Leading Provision and People"),
    ("9", "Provision mapping and management; costing provision; finding ineffective or missing provision; "
     "evaluating provision with the staff who deliver it and reporting the results to the senior team.",
     "PW"),
    ("10", "Deploying and managing teaching assistants and other support staff, with the first findings of "
     "the Deployment and Impact of Support Staff (DISS) project.", "GP; RA"),
    ("11", "Developing colleagues: observing and giving feedback, modelling, coaching, running staff "
     "training. The consultation model our OTs use: joint problem-solving on real cases with SENCOs from "
     "other schools and an OT.", "PW; OTs"),
    ("12", "Change project presentations (A3); the end-of-course SP profile; planning next steps; keeping "
     "up to date.", "PW; RA"),
], (1.2, 11.8, 3.6), size=8)
para("Tutors: PW Paul Whitmore; RA Dr Ruth Ambler; JO Janet Oduya; GP Gail Prentice; SK Sarah Kent; "
     "IS Dr Imran Shah (see N6).", italic=True, size=8)

para("")
para("D2  The assessed assignments", bold=True)
grid(("", "What the participant does", "What the marker looks for"), [
    ("A1\nEDM740",
     "4,000 words: a critical review of the school\u2019s SEN policy and practice against the law, the Code of "
     "Practice and the Disability Equality Duty, ending in an action plan agreed with the headteacher and "
     "the SEN governor and presented to the senior leadership team.",
     "Knowledge of SEN law and the Code and how to put them into practice. Knowledge of disability equality "
     "law and the actions it requires. Working with senior colleagues and governors on inclusive policy, "
     "priorities and resources. Winning the commitment of the head and senior team (shown by the agreed "
     "plan)."),
    ("A2\nEDM741",
     "5,000 words: a case study of one pupil with SEN, with a 1,000-word section comparing two further areas "
     "of need.",
     "Identifying needs from observation, data and assessment; using at least two other professionals\u2019 "
     "assessments; tracking progress with summative data, including national tests or P scales; setting "
     "targets, planning and reviewing an intervention. Knowledge of the common types of SEN and how they "
     "affect learning. A critical review of the approaches and resources used, including ICT, with reference "
     "to published research and best practice. The participant\u2019s relationship with the pupil and the "
     "family, and a meeting with the parents or carers: how the participant listened, explained and agreed "
     "next steps. Well-founded decisions and sound judgement about provision."),
    ("A3\nEDM742",
     "5,000-word report and a 15-minute presentation with questions on Day 12 (both marked): a change to "
     "provision led across the participant\u2019s school.",
     "A provision map for a year group or key stage that identifies ineffective or missing provision. How "
     "support staff are deployed and managed for the pupils concerned. Evaluating the change with the staff "
     "involved and feeding the findings into the school\u2019s self-evaluation form, with reference to the "
     "principles of school self-evaluation. What difference the change made for the pupils, in progress and "
     "in attendance or well-being. Clear writing and speaking, and answers to questions that show the "
     "participant has listened to colleagues\u2019 views. Where the change involves training colleagues, the "
     "report may include an account of the training and coaching the participant gave."),
], (1.6, 5.4, 9.6), size=8)

para("")
para("Also worked on during the course (not marked)", bold=True)
bullets([
    "managing time, priorities and delegation (the Day 1 time log, discussed at the first tutorial);",
    "Every Child Matters and the SENCO\u2019s part in it (Day 3);",
    "the scope and role of other services, and working in partnership with them (Day 8 and the placement);",
    "drawing on research and outside advice to improve one\u2019s own and colleagues\u2019 practice (Days 7 "
    "and 11);",
    "encouraging colleagues to use formative assessment with pupils with SEN (the gap task after Day 11: "
    "lead a staff briefing on assessment for learning);",
    "keeping up to date and planning one\u2019s own CPD (Day 12 and the next steps meeting, W1.10).",
])

# ---------------------------------------------------------------- Part E notes
doc.add_heading("Part E \u2013 Notes to the map", level=1)
NOTES = [
    ("N1  Entry.", "The entry requirements are those in W1.1: QTS, the SENCO role (or an agreed appointment to "
     "it) and the headteacher\u2019s nomination. We do not set an entry test: the Starting Point profile "
     "(W1.2) is for planning, not selection."),
    ("N2  CRB.", "Participants are serving teachers and their employing schools hold their CRB disclosures, "
     "so we do not ask to see them. Placement hosts are told that participants are employed teachers."),
    ("N3  Equality.", "The Federation\u2019s Disability Equality Scheme (2007) applies to everything the "
     "Outreach Service does, including the Award."),
    ("N4  CresNet.", "CresNet is the University\u2019s Blackboard site. Each module has a folder of handouts "
     "and readings, and participants upload their gap tasks there. The discussion board is the "
     "participants\u2019 own space for sharing ideas and resources; tutors do not moderate it or answer "
     "questions on it. Between taught days, questions are taken at the next taught day or tutorial."),
    ("N5  Tutors and mentors.", "Module tutors meet the University module leader for a half-day before each "
     "module starts to go through the module handbook, the assignment brief and the marking criteria, and "
     "all tutors attend the University\u2019s annual standardisation meeting for M-level marking. "
     "Headteacher mentors receive a letter explaining the Award and their part in it."),
    ("N6  Staff.", "Paul Whitmore (Outreach Leader) was SENCO in two Tansley primary schools for nine years, "
     "holds an MA in Special and Inclusive Education and still spends two days a week on outreach visits. "
     "Dr Ruth Ambler (University of Cresswell) leads the MA in Inclusive Education and researches the "
     "deployment of support staff. Gail Prentice (Deputy Headteacher, Millbeck) holds the NPQH and the "
     "Mandatory Qualification in multi-sensory impairment. Janet Oduya (Executive Headteacher) is a "
     "National Leader of Education. Sarah Kent is a specialist speech and language therapist (NHS Tansley) "
     "and Dr Imran Shah a senior educational psychologist (Tansley EPS). Every tutor attends the "
     "University\u2019s inclusive education research seminars each term, and the module leader revises "
     "each module\u2019s reading list every summer."),
    ("N7  Resources.", "The Millbeck Professional Centre has a training room for 24, an ICT suite with "
     "switch access, Clicker 5, Widgit and Boardmaker, and a lending library of communication aids, "
     "assessment materials (including the BPVS and CELF) and intervention programmes. Participants hold "
     "University library cards and use the University\u2019s electronic journals through CresNet."),
    ("N8  Cost.", "The Award fee of \u00a31,150 covers Wave 1. Wave 2 and Wave 3 items are met from the "
     "Outreach Service budget. We keep the cost down by teaching in our own centre with our own specialist "
     "staff, and by targeting extra support only at those whose SP profile or progress shows a need, so "
     "that participants who already meet an outcome spend their time on others."),
    ("N9  Marking and moderation.", "Each assignment is marked by the module tutor against the "
     "University\u2019s M-level criteria. The University module leader second-marks every fail, every "
     "distinction and a 20 per cent sample; marks are confirmed by the University\u2019s Board of "
     "Examiners; and the external examiner for the MA in Inclusive Education, Professor Alan Coombes of the "
     "University of Harwell, reviews a sample from each module every year."),
    ("N10  The award.", "The University awards the Postgraduate Certificate to participants who pass all "
     "three assignments (pass mark 50 per cent) and attend at least ten of the twelve taught days. Between "
     "them the three assignments cover all the national minimum outcomes."),
    ("N11  Not covered.", "Child development is not part of the taught programme: we take it that "
     "participants bring it from their initial training and teaching experience. Access arrangements for "
     "national tests and examinations are not covered either; the Council\u2019s Exams Officers\u2019 "
     "Network briefs schools on these each spring."),
]
for lead, text in NOTES:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)

# ---------------------------------------------------------------- Part F
doc.add_heading("Part F \u2013 How we will know", level=1)
grid(("Measure", "From whom", "When", "Goes to"), [
    ("Day evaluation sheet", "Participants", "End of every taught day", "Tutors and Award Coordinator; the "
     "next days are adjusted"),
    ("Starting Point profile repeated (competence and confidence, outcome by outcome)",
     "Participants, checked by the personal tutor", "Before Day 1 and on Day 12",
     "Steering Group; outcomes with little gain are looked at again"),
    ("Focus group", "Participants; run by University staff who do not teach on the Award", "June",
     "Steering Group"),
    ("Headteacher questionnaire", "Participants\u2019 headteachers", "Six months after completion",
     "Steering Group"),
    ("External examiner\u2019s report", "University", "Annually", "Steering Group; University"),
    ("Annual monitoring report", "University School of Education", "Annually",
     "School of Education Quality Committee"),
    ("Pupils\u2019 achievement", "\u2013", "\u2013",
     "We hope, in time, to collect data on the progress of pupils in participants\u2019 schools, but we have "
     "not yet found a way to do this that does not add to schools\u2019 workload. The A3 reports say what "
     "changed for pupils, but we do not collate them."),
], (4.6, 4.2, 3.0, 4.8), size=8)
para("")
para("Each July the Award Coordinator brings all of these together in an annual evaluation report. The Award "
     "Steering Group considers it and agrees the changes to the map for the following year, which appear in "
     "the next version of this map. The Steering Group is two mainstream headteachers, the Council\u2019s "
     "Head of SEN Services, the Parent Partnership Service coordinator, a SENCO who completed our former "
     "\u2018New to SENCO\u2019 course, the University module leader and the Outreach Leader. Stakeholders "
     "also teach on the Award (the Parent Partnership Service and parents on Day 8, the educational "
     "psychology and speech and language therapy services on Days 5 and 6, a Tansley headteacher on Day 4) "
     "and headteachers act as workplace mentors.")

# ---------------------------------------------------------------- Part G
doc.add_heading("Part G \u2013 Sign-off", level=1)
grid(("", "Name", "Date"), [
    ("Agreed for the Award Steering Group", "Mark Rowntree (Chair)", "23 April 2009"),
    ("For the University of Cresswell", "Dr Ruth Ambler", "23 April 2009"),
    ("For the Federation", "Janet Oduya", "23 April 2009"),
    ("Next review of this map", "Award Steering Group", "July 2009"),
], (6.0, 6.0, 4.0), size=9)

doc.save(OUT)
print("wrote", OUT)
