"""Build dk-01.docx: Sandholme School, Specialist School Development Plan 2009-2013,
Section 4 (Community and Partnership Plan), Strand C extract (invented provider).

Provider
--------
Sandholme School, Orrisford: a maintained special school (4-19, MLD, SLD, ASD,
SLCN) that has run the Sandholme Centre for Inclusive Practice, an outreach and
training centre for 64 mainstream partner schools, since 2003. It applies for
SEN specialist status (cognition and learning) and, in February 2009, to the
TDA for approval to run the National Award for SEN Coordination, validated by
the (invented) University of Marchbury as a 60-credit Level 7 Postgraduate
Certificate. Orrisford Metropolitan Borough Council's SEN Services, its
educational psychology service and the Orrisford Parent Partnership Service
are partners. 2008-era vocabulary throughout (CRB, Single Central Record, DDA
and Disability Equality Duty, SEN Code of Practice 2001, ECM, SENCO
Regulations 2008, RAISEonline, APP, P scales, IDP, Bercow Review).

Layout (a kind of document not in the earlier sets)
----------------------------------------------------
The school sends the Strand C pages of the development plan it submitted to
the DCSF with its SEN specialist-status application, as governors approved
them, with the annex on the Award updated after validation.
- A cover field table in the DCSF template's shape (school, URN, DCSF number,
  specialism, dates) and a boxed note to the TDA panel.
- Heading 1 "Section 4", Heading 2 sub-sections 4.1-4.8 whose numbers collide
  with requirement ids (4.1 Starting point, 4.2 Evidence of need, 4.3 Objective
  C, 4.4 Activities, 4.5 Targets, 4.6 Monitoring, 4.7 Staffing, 4.8 Partners).
- Under each sub-heading the DCSF template's guidance is left in, in a grey
  shaded box ("Guidance: ..."): form prompts, never answers.
- A landscape section with an activities table (Ref C1-C15, Activity, Lead,
  Partners, When, Cost) under merged shaded group rows, and a targets table
  (TC1-TC6) with a baseline column and yearly targets to 2011-12.
- A staff table, a partners' commitments table with a "Signed" column.
- The template's own completion checklist, ticked.
- Annex 4C: the Award's sessions in a table with merged module rows (Day 1-8,
  Twilight 1-6), the three assignments with the outcomes each is "marked on"
  in the school's own words (never by code), the award rule with a blanket
  claim, and "What the Award does not cover".
- Page header and footer (no evidence in them).

Traps and the requirement ids they affect
-----------------------------------------
- 4.1 "Our starting point" describes the old unaccredited Sandholme SENCO
  Certificate (2004-08): a placement week, exemption from an LA diploma unit,
  a career plan at the last session. All past: they do not count for 5.5,
  2.1 or 2.5.
- 2.1 not_met: activity C5 "Accreditation of prior learning: not offered for
  the 2009-10 cohort" (negation, with a review deferred); the past exemption
  is not an arrangement for the Award.
- 2.3 not_met: the assessment-only route appears only as target TC5 for
  2011-12 (a target, not an arrangement); the activities table has nothing.
- 2.5 not_met: "We hope that many participants will go on to the University's
  MA ..." (aspiration); the career plan belonged to the Certificate (past).
- 5.3 not_met (wrong subject): C3 is the school's Single Central Record of
  Centre staff, visiting tutors and the seconded therapist; nothing checks
  candidates.
- 6.K4 not_met: child development is nowhere in the sessions or assignments.
- 6.S2d not_met: access arrangements are excluded and referred to the LA's
  separate course ("not part of the Award": another provider, negation).
- 1.5 partially_met and 6.S7 partially_met: "pupil participation" is only a
  topic in Day 5's list, next to a value statement ("Pupil voice is at the
  heart of everything we do"); no consulting skills are developed and no
  assignment marks pupil involvement.
- 2.2 partially_met: the self-audit is used only to place participants in
  workshop groups and plan session time; no individual plan or personalised
  outcomes.
- 2.4 partially_met: costs are listed (activity costs, fee per place) but no
  account of cost-effectiveness; one route for all; tailoring only in the
  tutorials' choice of assignment focus.
- 3.2 partially_met: weekday, Saturday and twilight sessions, but "One route
  only: all participants start in September and take the days in order".
- 3.3 partially_met: learning platform materials and tutor email between
  sessions, but "The platform's discussion boards are not used for the
  Award" (no peer support).
- 5.5 partially_met: a range of specialists teach (C11), but the placement
  week "has not been carried forward into the Award".
- 5.7 partially_met: tutors have induction, handbook and standardisation;
  headteacher-nominated mentors get nothing ("We would like to run a mentors'
  briefing ... not in the 2009-10 budget").
- 5.9 partially_met: participants' confidence and headteachers' views are
  measured; pupil impact is only target TC4, with the method still to be
  agreed. The template prompt about measuring impact and the ticked checklist
  line are not evidence.
- 1.9 and 6.0 partially_met: award on passing three assignments and 80 per
  cent attendance, with a blanket claim that the assignments "assess every
  one of the national minimum outcomes" against an assessment list that
  leaves several out.
- Outcomes partially_met, each a different kind: 6.A3 discussed at a tutorial,
  "this is not assessed"; 6.A5 assessed (report, presentation, questions)
  but developed in no session; 6.A7 Twilight 6 and an unmarked learning log;
  6.K7 Twilight 5 only, in no assignment; 6.S5 marked only "Where the change
  involves training or coaching colleagues"; 6.S4 taught on Day 6 (written
  in answer to the SENCOs' survey) but left out of every assignment's
  "Marked on" list; 6.S7 as above.
- Met despite looking thin: 4.3 (the Steering Group's members sit on the July
  review that agrees changes, heads survey their schools, the LA and Parent
  Partnership Service teach); 5.2 (entry interview, self-audit, letter to the
  head recommending the Introduction to SEN course); 5.8 (second marking,
  link-tutor moderation, external examiner).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("dk-01-sandholme-specialist-plan.docx")

doc = Document()
doc.core_properties.author = "Gillian Ashworth"
doc.core_properties.title = "Sandholme School Specialist School Development Plan 2009-2013, Section 4"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for name, size in (("Heading 1", 14), ("Heading 2", 12)):
    h = doc.styles[name]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)

GREY = "E7E6E6"
BLUE = "D9E2F3"


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


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def guidance(text):
    """The DCSF template's guidance box, left in the document."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    put(c, "Guidance: " + text, italic=True, size=8)
    shade(c, GREY)
    para("", after=2)


def grid(rows, widths, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            put(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, BLUE)
    for j, w in enumerate(widths):
        for r in t.rows:
            r.cells[j].width = Cm(w)
    return t


def group_row(t, text):
    """Append a merged, shaded group row to table t."""
    row = t.add_row()
    m = row.cells[0].merge(row.cells[-1])
    put(m, text, bold=True, size=9)
    shade(m, GREY)


def add_rows(t, rows, size=9):
    for vals in rows:
        cells = t.add_row().cells
        for j, v in enumerate(vals):
            put(cells[j], v, size=size)


# ------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("Sandholme School \u00b7 Specialist School Development Plan 2009\u20132013 \u00b7 "
               "SEN (Cognition and Learning)")
r.font.size = Pt(7)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
r = fp.add_run("Section 4 \u2013 Community and Partnership Plan \u00b7 Approved by the Governing Body, "
               "21 October 2008 \u00b7 Annex 4C revised February 2009 \u00b7 Page ")
r.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ cover
para("SPECIALIST SCHOOL DEVELOPMENT PLAN 2009\u20132013", bold=True, size=16, align="c", after=2)
para("Specialism applied for: Special Educational Needs \u2013 Cognition and Learning", size=11, align="c")
grid([
    ("School", "Sandholme School"),
    ("Unique Reference Number", "119842"),
    ("DCSF number", "351/7006"),
    ("Local authority", "Orrisford Metropolitan Borough Council"),
    ("Type of school", "Community special school, 4\u201319, 168 pupils (MLD, SLD, ASD, SLCN)"),
    ("Headteacher", "Mrs Gillian Ashworth"),
    ("Chair of Governors", "Mr Derek Holroyd"),
    ("Plan approved by governors", "21 October 2008"),
    ("Section enclosed", "Section 4: Community and Partnership Plan \u2013 Strand C, with Annex 4C"),
], widths=(5.5, 10.5), header=False)
para("")

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "FFF2CC")
put(c, "A note for the TDA approval panel", bold=True, size=10)
for txt in (
    "Sandholme\u2019s SENCO Award is Strand C of the Community and Partnership Plan that went to the DCSF "
    "with our application for SEN specialist status in October 2008, and the governors and the Centre have "
    "planned the Award through that plan ever since. Rather than write the same things twice, we send the "
    "Strand C pages as the governors approved them, with Annex 4C (the Award itself) brought up to date after "
    "the University of Marchbury\u2019s validation event in January 2009. Strands A and B (our work with "
    "primary clusters and with the Pupil Referral Unit) are not enclosed. The template\u2019s guidance notes "
    "have been left in so that the panel can see what each part of the plan was asked to do.",
    "Gillian Ashworth, Headteacher \u2013 20 February 2009",
):
    p = c.add_paragraph()
    rr = p.add_run(txt)
    rr.font.size = Pt(9)

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------ Section 4
doc.add_heading("Section 4: Community and Partnership Plan", level=1)
para("Strand C \u2013 Training the SENCOs of our partner schools", bold=True)

doc.add_heading("4.1 Our starting point", level=2)
guidance("Summarise the school\u2019s current work with other schools and the wider community in the area "
         "of the specialism, with evidence of its impact. Maximum one side.")
para("Sandholme opened its Centre for Inclusive Practice in 2003 in the former caretaker\u2019s house and two "
     "classrooms released when our post-16 department moved to Orrisford College. The Centre now employs "
     "4.6 full-time-equivalent outreach teachers who work with 64 mainstream primary and secondary schools in "
     "Orrisford, under a service level agreement with the local authority. In 2007\u201308 the outreach team "
     "made 1,140 visits to partner schools and worked directly with 212 pupils.")
para("From 2004 the Centre ran the Sandholme SENCO Certificate, a ten-day course for teachers new to the "
     "role. Seventy-one teachers completed it. Certificate participants spent a placement week in Sandholme "
     "classes and in one of our two resourced provisions. Teachers who held the Certificate were exempted from "
     "the first unit of the LA\u2019s Diploma in Inclusion, and at their last session each participant "
     "completed a career plan with the Centre Director. The Certificate had no written assessment: "
     "participants received a certificate of attendance. It ran for the last time in 2007\u201308 and from "
     "September 2009 it is replaced by the National Award for SEN Coordination described in this strand.")

doc.add_heading("4.2 Evidence of need and consultation", level=2)
guidance("Show how partner schools and the community have been involved in shaping this part of the plan, "
         "and what they told you.")
para("The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 mean that every new "
     "SENCO in Orrisford must now be a qualified teacher, and the Government has said that new SENCOs will "
     "be required to gain the national award. To find out what our partner schools needed from us we did "
     "four things in June and July 2008:")
for b in (
    "a questionnaire to the headteacher and SENCO of all 64 partner schools (48 schools returned it);",
    "two after-school focus groups with 17 SENCOs, nine primary and eight secondary;",
    "a meeting with the LA\u2019s SEN Strategy Group (the Head of SEN Services, the Principal Educational "
    "Psychologist and the SEN adviser), which gave us the LA\u2019s data on statements and School Action Plus;",
    "an evening with the Orrisford Parent Partnership Service\u2019s parents\u2019 forum (nine parents).",
):
    doc.add_paragraph(b, style="List Bullet")
para("Thirty-one of the 48 schools had appointed a new SENCO in the last three years. Primary heads said that "
     "releasing a teacher for whole days was their biggest difficulty. SENCOs said they felt least confident in "
     "leading teaching assistants and in using data to track pupils\u2019 progress. The LA\u2019s SEN strategy "
     "asks every school to have a provision map in use by 2010. Parents asked for SENCOs \u201cwho explain "
     "things and ask us what we think\u201d.")
para("The Award was changed as a result. Half of the study days were moved to Saturdays and six twilight "
     "sessions were added; Day 6 on deploying and managing teaching assistants was written in answer to the "
     "SENCOs; Day 3 on data and provision mapping is co-taught by the LA\u2019s data officer using the LA "
     "provision map; and Day 5 was planned with the Parent Partnership Service and two members of the "
     "parents\u2019 forum, who speak on the day.")

doc.add_heading("4.3 Objective C: the National Award for SEN Coordination", level=2)
guidance("State the objective, why it is needed and what it is intended to achieve for pupils. Objectives "
         "should relate directly to raising standards.")
p = para("")
p.add_run("Objective C. ").bold = True
p.add_run("To raise the achievement and well-being of pupils with SEN and/or disabilities in Orrisford\u2019s "
          "mainstream schools \u2013 in their learning and in being healthy, staying safe, enjoying and "
          "achieving, making a positive contribution and achieving economic well-being \u2013 by training "
          "each newly appointed SENCO in our partner schools to lead provision well.")
para("At Sandholme we believe that every child can learn and every school can include. Pupil voice is at "
     "the heart of everything we do, and we want the SENCOs we train to carry that belief back to their "
     "schools.")
para("The Award has been validated by the University of Marchbury as the Postgraduate Certificate in Special "
     "Educational Needs Coordination (National Award), 60 credits at Level 7 (Masters level), at a "
     "validation event on 14 January 2009, for five years and subject to TDA approval. The University confers "
     "the Award; Sandholme staff teach and assess it under the University\u2019s regulations as an accredited "
     "partner centre.")
para("The Award keeps pupils in view from the first day to the last. Every Child Matters and the SENCO\u2019s "
     "part in the five outcomes is taught on Day 1, and every assignment is marked on how well the "
     "participant shows what the change or analysis means for the achievement and well-being of the pupils "
     "concerned, across the Every Child Matters outcomes and not only in attainment.")
para("It is also rooted in practice. All three assignments are carried out in the participant\u2019s own "
     "school, on real pupils, real colleagues and the school\u2019s own policy; the Centre\u2019s outreach "
     "teachers bring current cases from partner schools into every study day; and the Change Project "
     "(Assignment 3) asks each participant to plan, lead and evaluate a change in SEN provision in their own "
     "school during the year and to report what changed in practice.")
para("We hope that many participants will go on to the University\u2019s MA in Inclusive Education, and we "
     "would like the Centre to become a place where SENCOs keep learning long after the Award.")

# ------------------------------------------------------------ landscape: activities and targets
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = land.page_height, land.page_width

doc.add_heading("4.4 Activities", level=2)
guidance("List the activities that will deliver the objective, with the lead person, partners involved, "
         "timescale and cost. Activities should be specific and achievable within the life of the plan.")
act = grid([("Ref", "Activity", "Lead", "Partners", "When", "Cost (\u00a3)")],
           widths=(1.2, 13.5, 3.0, 3.2, 2.4, 1.8))
group_row(act, "Recruitment and entry")
add_rows(act, [
    ("C1", "Publicise the Award to all partner schools and through the LA SENCO network. The leaflet and "
     "application form are produced in standard and large print, with audio on request. The leaflet says "
     "why we ask about disability and what adjustments we can make, and the application form asks every "
     "applicant whether they have a disability or health condition we should know about.",
     "Centre Director", "LA SEN Services", "Mar\u2013May each year", "600"),
    ("C2", "Entry. Applicants must hold QTS, be in post as SENCO (or be designated to take up the post "
     "during the year) and be nominated by their headteacher. Each applicant completes the Centre self-audit "
     "and has a 30-minute entry interview with the Centre Director. Where the interview or self-audit shows "
     "that an applicant is not yet ready to meet the outcomes within the year, the Director writes to the "
     "applicant and the headteacher recommending the Centre\u2019s twelve-week Introduction to SEN course "
     "first, and offers a place on the next cohort. Places are decided on these criteria only.",
     "Centre Director", "Headteachers", "May\u2013June", "\u2013"),
    ("C3", "Safer recruitment. Sandholme\u2019s Single Central Record includes all Centre staff, visiting "
     "tutors and the speech and language therapist seconded from the PCT; all hold enhanced CRB disclosures, "
     "renewed every three years.",
     "School Business Manager", "\u2013", "Ongoing", "\u2013"),
    ("C4", "Self-audit returned before Day 1. Tutors use it to place participants in one of three workshop "
     "groups (primary, secondary, all-through) and to decide where to spend more time on Days 2 and 3.",
     "Programme tutors", "\u2013", "July", "\u2013"),
    ("C5", "Accreditation of prior learning: not offered for the 2009\u201310 cohort. The University\u2019s "
     "general APL regulations will be reviewed with the Centre for 2010\u201311.",
     "Centre Director", "University of Marchbury", "2010", "\u2013"),
])
group_row(act, "Teaching and learning")
add_rows(act, [
    ("C6", "Eight study days and six twilight sessions, September 2009 to June 2010 (Annex 4C). Four days "
     "are Saturdays and four are weekdays; twilights run from 4.15 to 6.30 pm at the Centre. One route only: "
     "all participants start in September and take the days in order.",
     "Programme tutors", "LA; Parent Partnership Service", "Sept\u2013June", "18,400"),
    ("C7", "Sandholme Learning Platform: readings, session slides and assignment guidance for every session. "
     "Between sessions participants can email their tutor and get a reply within three working days. The "
     "platform\u2019s discussion boards are not used for the Award.",
     "ICT manager", "\u2013", "From Aug 2009", "1,200"),
    ("C8", "Tutorials. Each participant has three 45-minute tutorials with a named tutor (October, February, "
     "May) to agree the focus of each assignment and review progress. Time management, prioritising the "
     "SENCO\u2019s workload and delegating tasks are discussed at the February tutorial; this is not "
     "assessed.",
     "Programme tutors", "\u2013", "Oct, Feb, May", "3,600"),
    ("C9", "Professional Learning Log. Participants keep a log of their reading, their own CPD on SEN and "
     "what they have tried in school, and tutors read it at tutorials. The log is not marked.",
     "Programme tutors", "\u2013", "Sept\u2013June", "\u2013"),
    ("C10", "Cluster triads. Participants are grouped in threes from neighbouring schools. Between Days 4 and "
     "6 each visits the other two schools to observe one aspect of SEN provision and give feedback to the "
     "host SENCO, and each triad reports back at Twilight 4.",
     "Programme tutors", "Partner schools", "Jan\u2013Mar", "\u2013"),
    ("C11", "Specialist input. The Orrisford Educational Psychology Service, the PCT speech and language "
     "therapy service, the LA Autism Outreach Team, the Parent Partnership Service and the Orrisford "
     "Dyslexia Association teach on Days 2, 3 and 5.",
     "Centre Director", "As named", "Oct\u2013Feb", "2,250"),
    ("C12", "School-based mentor. Each headteacher nominates a member of the senior team to act as mentor "
     "to the participant and to sign off the Change Project plan.",
     "Headteachers", "\u2013", "Sept", "\u2013"),
])
group_row(act, "Quality and evaluation")
add_rows(act, [
    ("C13", "Evaluation. Participants complete an evaluation form after every session and a questionnaire at "
     "the end of each module. The Programme Committee (Centre Director, tutors and the University link "
     "tutor) meets each term to review them and agree changes. Each July an annual review meeting with the "
     "University, attended by two members of the Outreach Steering Group, considers the evaluations, the "
     "marks and the external examiner\u2019s report and agrees the changes for the next cohort; the changes "
     "are reported to the next cohort on Day 1.",
     "Centre Director", "University; Outreach Steering Group", "Termly; July", "400"),
    ("C14", "Marking and moderation. Every assignment is first-marked by a tutor against the University\u2019s "
     "Level 7 criteria. All fails and a 25 per cent sample are second-marked by another tutor. The University "
     "link tutor moderates a sample of each assignment, and the external examiner appointed by the University "
     "sees a sample and attends the Examination Board in July. Tutors hold a standardisation meeting with "
     "exemplar scripts before each marking round.",
     "Centre Director", "University of Marchbury", "Jan, Mar, June\u2013July", "1,500"),
    ("C15", "Views of partner schools. Each June the headteachers of participants\u2019 schools complete a "
     "short questionnaire on what has changed in their school\u2019s SEN provision and in the SENCO\u2019s "
     "practice. The Outreach Steering Group (four partner headteachers, the LA Head of SEN Services, the "
     "Parent Partnership coordinator and a parent governor) receives the results with the annual report.",
     "Centre Director", "Partner headteachers", "June", "\u2013"),
])
para("")

doc.add_heading("4.5 Targets", level=2)
guidance("Set SMART targets for each year of the plan, with a baseline. Targets should show the impact of "
         "the specialism on standards in partner schools and the community.")
grid([
    ("Ref", "Target", "Baseline 2008\u201309", "2009\u201310", "2010\u201311", "2011\u201312"),
    ("TC1", "Partner-school SENCOs starting the Award", "0", "16", "18", "18"),
    ("TC2", "Participants completing the Award within the year", "\u2013", "85%", "90%", "90%"),
    ("TC3", "Participants rating themselves confident or very confident against the national outcomes at "
     "the end of the year (self-rating questionnaire, start and end)", "41% (Certificate 2007\u201308, at start)",
     "80%", "85%", "85%"),
    ("TC4", "Pupils in participants\u2019 Change Project groups making at least two sub-levels (or two P "
     "levels) of progress in the year", "n/a", "70%", "75%", "80%"),
    ("TC5", "An assessment-only route for experienced outreach and advisory teachers", "\u2013", "\u2013",
     "\u2013", "Route open; 2 candidates"),
    ("TC6", "Partner schools with a provision map in use (LA audit)", "22 of 64", "34", "46", "58"),
], widths=(1.2, 11.0, 3.6, 2.3, 2.3, 2.8))
para("")

# ------------------------------------------------------------ back to portrait
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = port.page_height, port.page_width

doc.add_heading("4.6 Monitoring and evaluation", level=2)
guidance("Explain how you will monitor progress and evaluate impact on standards, giving the measures you "
         "will use and who will be responsible.")
para("Strand C is monitored by the Programme Committee each term and by the governors\u2019 Curriculum and "
     "Community Committee each spring, which receives the Centre Director\u2019s report against the targets "
     "in 4.5. The evidence comes from the sources in C13\u2013C15: session and module evaluations, the marks "
     "and the external examiner\u2019s report (from the University), the headteachers\u2019 questionnaire, and "
     "the self-rating questionnaire that participants complete against the national outcomes on Day 1 and "
     "again on Day 8, which shows us how their confidence and competence have changed.")
para("What we learn is used. The annual review meeting in July (C13) agrees the changes for the next cohort "
     "and the Centre Director writes them into the following year\u2019s course handbook; the Programme "
     "Committee checks at its autumn meeting that they have been made.")
para("Measuring the Award\u2019s effect on pupils in partner schools is harder, because every participant "
     "works with different pupils in a different school. Target TC4 is our aim. The Programme Committee "
     "will agree with the University during 2009\u201310 how pupils\u2019 progress can be compared across "
     "schools.")

doc.add_heading("4.7 Staffing and resources", level=2)
guidance("Describe the staffing, accommodation and resources that will support this strand, including any "
         "new appointments.")
grid([
    ("Name", "Role on the Award", "Qualifications and experience"),
    ("Dr Rajinder Bassi", "Centre Director; programme leader",
     "PhD (inclusive education); former SENCO in two Orrisford secondary schools; LA SEN adviser 2000\u201303; "
     "Centre Director since 2003"),
    ("Helen Markham", "Tutor (Module 1)",
     "Advanced Skills Teacher (SEN); MA Special Educational Needs; SENCO at Kingsway Primary 1998\u20132006; "
     "completing an EdD at the University of Marchbury"),
    ("Tom Adeyemi", "Tutor (Module 2)",
     "Outreach teacher for ASD; Postgraduate Certificate in Autism; former Head of Learning Support, "
     "Orrisford High School"),
    ("Sarah Quigley", "Tutor, Days 2 and 3",
     "Speech and language therapist (Health Professions Council registered), seconded from the PCT one day a "
     "week; trains school staff in the Orrisford Talk programme"),
    ("Dr Peter Hanlon", "University link tutor",
     "Senior Lecturer in Inclusive Education, University of Marchbury; leads the MA in Inclusive Education"),
], widths=(3.5, 4.0, 8.5))
para("")
para("Each tutor has five days a year for their own professional development; in 2008\u201309 the team "
     "attended the nasen conference, the University\u2019s research seminar series and the National "
     "Strategies\u2019 Inclusion Development Programme training, and Helen Markham\u2019s doctoral research on "
     "new SENCOs\u2019 first year feeds directly into Module 1.")
para("All tutors attend the University\u2019s induction for associate tutors and the standardisation meetings "
     "in C14. The Tutor Handbook sets out each tutor\u2019s teaching, tutorial and marking duties and the "
     "University\u2019s regulations. Mentors are nominated by headteachers (C12). We would like to run a "
     "mentors\u2019 briefing each September, but this is not in the 2009\u201310 budget.")
para("Participants meet specialists from the educational psychology service, speech and language therapy, "
     "the Autism Outreach Team, the Parent Partnership Service and the voluntary sector (C11). The placement "
     "week that Certificate participants spent in Sandholme classes has not been carried forward into the "
     "Award, because schools told us they could not release teachers for a further week.")
para("Resources. The Centre library holds some 1,800 books, journals and assessment materials, which "
     "participants may borrow. The ICT suite has 16 networked computers with Clicker 5, Boardmaker, Write "
     "Online, Inspiration and Dragon NaturallySpeaking, and an interactive whiteboard; Day 4 is taught there. "
     "Every participant is registered as an associate student of the University of Marchbury and has full "
     "use of its library, in person and online, including its electronic journals.")
para("Access. Sandholme\u2019s Disability Equality Scheme covers the Centre and the Award. When an applicant "
     "tells us about a disability or health condition (C1), the Centre Director agrees the adjustments with "
     "them before the course starts \u2013 for example handouts in large print or electronically, a BSL "
     "interpreter, rest breaks, or parking by the door. The Centre is on one level and has an induction loop "
     "in both teaching rooms. Adjustments to assessment, such as extra time or a presentation in another "
     "form, are agreed with the University\u2019s Disability Service.")

doc.add_heading("4.8 Partners\u2019 commitments", level=2)
guidance("Each partner named in this strand should confirm its commitment. Attach letters where available.")
grid([
    ("Partner", "Commitment", "Signed"),
    ("University of Marchbury, School of Education",
     "Validates the Award as a 60-credit Postgraduate Certificate at Level 7 and confers it; appoints the "
     "external examiner; link tutor moderates every assignment and attends the Programme Committee; library "
     "access for all participants.", "Prof. Anne Whitcombe, Dean, 12.02.09"),
    ("Orrisford MBC SEN Services",
     "Head of SEN Services teaches on Day 1; the Educational Psychology Service teaches on Day 3; the data "
     "officer co-teaches Day 3; funds eight places a year.", "M. Tranter, Head of SEN Services, 03.02.09"),
    ("Orrisford Parent Partnership Service",
     "Co-plans and co-teaches Day 5 with members of the parents\u2019 forum.", "J. Elsworth, 04.02.09"),
    ("Partner schools (64)",
     "Release the participant for the four weekday study days; nominate a mentor; host triad visits; pay "
     "the fee of \u00a31,150 per place (less LA-funded places).", "Via the Outreach SLA 2009\u201310"),
], widths=(4.0, 8.8, 3.2))
para("")

para("Template checklist (completed by the school)", bold=True)
for line in (
    "\u2611 Objectives linked to the specialism",
    "\u2611 At least three partner schools named",
    "\u2611 SMART targets with baselines for each year",
    "\u2611 The plan shows how impact on pupils\u2019 standards will be measured",
    "\u2611 Partners\u2019 commitments signed",
):
    para(line, after=0)

# ------------------------------------------------------------ Annex 4C
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
doc.add_heading("Annex 4C: The National Award for SEN Coordination 2009\u201310", level=1)
para("Revised February 2009 after validation.", italic=True)

doc.add_heading("4C.1 Sessions", level=2)
para("The Award has two 30-credit modules. Study days run from 9.15 am to 3.45 pm; twilights from 4.15 to "
     "6.30 pm. All sessions are at the Sandholme Centre.")
ses = grid([("Session", "Date", "Content", "Led by")], widths=(2.2, 2.3, 9.0, 3.0))
group_row(ses, "Module 1 \u2013 Law, policy and the SENCO (30 credits)")
add_rows(ses, [
    ("Day 1", "Sat 19 Sept 2009",
     "The SENCO\u2019s role and the law: the SEN Code of Practice 2001 and how to put it into practice in a "
     "school; the Education (SENCO) Regulations 2008; the DDA 1995 and 2005, the Disability Equality Duty and "
     "accessibility planning, and what they require schools to do for disabled pupils; Every Child Matters, "
     "the Children Act 2004 and how the SENCO helps pupils towards the five outcomes; Removing Barriers to "
     "Achievement.", "Dr Bassi; LA Head of SEN Services"),
    ("Twilight 1", "Thu 1 Oct 2009",
     "Research reading group: reading research and inspection evidence (Ofsted 2006, Inclusion: does it "
     "matter where pupils are taught?) and using it, with advice from outside the school, to improve your "
     "own and your colleagues\u2019 practice.", "Helen Markham"),
    ("Day 2", "Wed 14 Oct 2009",
     "Understanding special educational needs: moderate learning difficulties; specific learning difficulties "
     "including dyslexia; speech, language and communication needs (the Bercow Review, 2008); autistic "
     "spectrum disorders; behavioural, emotional and social difficulties; how each can affect learning; the "
     "Inclusion Development Programme materials; what research says works.",
     "Tutors; Sarah Quigley; Autism Outreach Team; Dyslexia Association"),
    ("Day 3", "Sat 14 Nov 2009",
     "Identifying needs and tracking progress: classroom observation, school data and RAISEonline, P scales "
     "and APP; setting challenging targets; planning and reviewing interventions; using assessments from "
     "educational psychologists, therapists and other professionals to plan teaching; using end of key stage "
     "tests and other summative data to track progress and change programmes; provision mapping with the LA "
     "model.", "Tutors; LA data officer; EPS"),
    ("Twilight 2", "Thu 26 Nov 2009",
     "Working with senior leaders and governors: influencing SEN policy, an inclusive ethos, priorities and "
     "the use of resources; gaining the commitment of the headteacher and colleagues.", "Dr Bassi"),
])
group_row(ses, "Module 2 \u2013 Leading provision and practice (30 credits)")
add_rows(ses, [
    ("Day 4", "Wed 13 Jan 2010",
     "Teaching, learning and resources: personalising provision; a critical look at approaches and "
     "programmes in use in partner schools (precision teaching, social stories, visual timetables, "
     "structured reading programmes); ICT and assistive technology, hands-on in the ICT suite; assessment "
     "for learning for pupils with SEN, and how to encourage colleagues to develop it.",
     "Tom Adeyemi; ICT manager"),
    ("Twilight 3", "Thu 28 Jan 2010",
     "Supporting colleagues: observing teaching and giving feedback, modelling, coaching and mentoring, "
     "planning and delivering INSET.", "Helen Markham"),
    ("Day 5", "Sat 6 Feb 2010",
     "Parents, pupils and other services: fair and respectful relationships with pupils and families; "
     "liaising with parents and carers, meetings and annual reviews (with the Parent Partnership Service and "
     "parents\u2019 forum); pupil participation; the roles of the educational psychology service, health, "
     "social care, CAMHS and voluntary organisations, how to get specialist support and resources, the CAF "
     "and working in partnership with other services.", "Tom Adeyemi; PPS; EPS"),
    ("Twilight 4", "Thu 4 Mar 2010", "Triad feedback (C10): what we saw in each other\u2019s schools.",
     "Tutors"),
    ("Day 6", "Wed 17 Mar 2010",
     "Leading and managing people: deploying and managing teaching assistants (with the LA\u2019s 2008 survey "
     "of TA deployment); performance management; case scenarios on anticipating problems and making "
     "decisions about provision.", "Dr Bassi; Tom Adeyemi"),
    ("Twilight 5", "Thu 22 Apr 2010",
     "School self-evaluation: the principles of self-evaluation and improvement planning, and what the "
     "school\u2019s SEF says about pupils with SEN.", "Helen Markham"),
    ("Day 7", "Sat 15 May 2010",
     "Reviewing provision: evaluating the effectiveness of interventions with colleagues using the provision "
     "map; value for money; reporting findings to senior leaders.", "Tutors; LA data officer"),
    ("Twilight 6", "Thu 27 May 2010",
     "Keeping up to date: SENCO networks, nasen, journals and the SENCO Forum; planning your own CPD on SEN "
     "and disability.", "Dr Bassi"),
    ("Day 8", "Wed 16 June 2010", "Change Project presentations (assessed); course evaluation.",
     "Tutors; link tutor"),
])
para("")

doc.add_heading("4C.2 Assessment", level=2)
for title, body in (
    ("Assignment 1 \u2013 Policy and Provision Review (Module 1; 4,000 words; due 8 January 2010). ",
     "The participant reviews their school\u2019s SEN policy and provision against the SEN Code of Practice "
     "2001, the disability equality duties and the Every Child Matters outcomes, and agrees an action plan "
     "with the headteacher which is presented to the governor responsible for SEN. Marked on: knowledge of SEN "
     "law and the Code of Practice and how to put them into practice; the principles of Every Child Matters "
     "and the SENCO\u2019s part in them; disability equality law and the actions it requires; work with the "
     "headteacher, senior leaders and governors on inclusive policy, ethos, priorities and resources, and "
     "evidence of gaining their commitment; the use of research evidence and outside advice to improve "
     "practice; knowledge of best practice and research on meeting special educational needs."),
    ("Assignment 2 \u2013 Pupil Case Study (Module 2; 3,000 words; due 26 March 2010). ",
     "A study of one pupil with SEN and/or disabilities. Marked on: understanding of the pupil\u2019s type of "
     "need and how it affects learning; how the need was identified, targets set, interventions planned and "
     "progress reviewed; the use of assessments from other professionals; the use of summative data, "
     "including national tests, to track progress and change the programme; the critical choice of "
     "approaches and resources, including ICT; the relationship built with the pupil and family; liaison with "
     "the parents or carers; knowledge of the roles of the outside agencies involved and how specialist support and "
     "resources were obtained; working in partnership with other services, including voluntary organisations, "
     "to coordinate the support for the pupil."),
    ("Assignment 3 \u2013 Change Project (Module 2; 5,000 words, with a 15-minute presentation on Day 8; "
     "due 25 June 2010). ",
     "The participant plans, leads and evaluates a change in SEN provision in their own school. Marked on: "
     "the use of provision mapping to plan provision and identify ineffective or missing provision; work "
     "with colleagues to develop formative assessment for pupils "
     "with SEN; reviewing with colleagues how effective the change has been, and reporting to senior leaders "
     "for the school\u2019s improvement planning; anticipating and resolving problems and the soundness of the "
     "decisions taken; the clarity of the written report and of the presentation, and how the participant "
     "listens and responds to questions. Where the change involves training or coaching colleagues, this is "
     "also marked."),
):
    p = para("")
    p.add_run(title).bold = True
    p.add_run(body)

doc.add_heading("4C.3 The award", level=2)
para("The Award is made by the University of Marchbury\u2019s Examination Board to participants who pass all "
     "three assignments (pass mark 50 per cent) and attend at least 80 per cent of sessions. Together the "
     "three assignments assess every one of the national minimum outcomes. A participant who fails an "
     "assignment may resubmit it once.")

doc.add_heading("4C.4 What the Award does not cover", level=2)
para("Special arrangements for national tests and examinations are not part of the Award. Orrisford LA runs "
     "its own Access Arrangements course each spring for SENCOs in secondary schools, and participants who "
     "need it are referred there.")

doc.save(OUT)
print("wrote", OUT)
