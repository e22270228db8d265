"""ou-02-saltersgate-annual-plan: build the .docx next to this script.

PROVIDER (invented): Saltersgate Hockey Club Coaching and Education Trust, the coach-education charity of
Saltersgate Hockey Club, with Ravensholt University (Faculty of Education, validating) and Caldbeck
Borough Council's Inclusion Service. March 2009, 2008-09 round, first squad September 2009.

DOCUMENT KIND AND LAYOUT: the course written as a sport scientist's periodised ANNUAL TRAINING PLAN for a
squad, the way the Trust's Head of Coach Education plans every squad it coaches: a plan-details table
with shaded labels; a "COACH'S NOTE" text box; numbered parts with Heading 1 styles ("Part 1 Season
objective" ...); a landscape yearly planner (months across, rows for Phase, Mesocycle, Squad Days, Club
Nights, Own-Pitch Work, Test Weeks, Load and Intensity, with phases and mesocycles as merged, shaded
cells); phase notes per mesocycle (M1-M5) with run-in labels "Load:", "Own-Pitch Work:", "Coaching
points:"; a Testing Protocol whose sub-part 4.5 keys the Test Battery's columns ("Loaded in", "Tested at")
and values ("Maintenance only", "Off-season", a dash) seven parts before the table in Part 11; squad
selection; staff table with a merged guest-coach row; load monitoring; "Injury, absence and return to
play"; a Transition phase; the Test Battery (28 rows in shaded merged groups, no row for one outcome);
an appendix Session Card template with its bracketed placeholders left in. Header and footer with a
PAGE field; footnotes; two Word comments; tracked changes (credits 60 deleted / 40 inserted, a CRB
paragraph inserted, a stakeholder sentence deleted).

TRAPS (requirement ids):
- E.2: the credits are a tracked change: "60" deleted, "40" inserted -> 40 credits at Level 7 ->
  partially_met. A comment explains it (not evidence).
- 5.3: met only through the INSERTED paragraph (Welfare Officer sees each squad member's enhanced CRB
  disclosure or the school's written confirmation before SD1).
- 4.3: a sentence putting two head teachers and a parent on the Plan Review Panel is a DELETED tracked
  change; the Panel that remains is the Trust's coaches and the University; the Inclusion Service
  delivers (other aspects) -> partially_met.
- 4.2: stakeholders influenced the plan only indirectly through the survey; their part in improving it is
  a future intention ("we intend to invite ...") -> partially_met.
- 1.3: only general claims ("draws on the latest research and thinking") with nothing named -> partially_met.
- 2.2: T0 baseline against every outcome, but "We do not write individual plans: the periodised plan is the
  same for the whole squad" (negation) -> partially_met; 2.4 for the same reason (tailoring to the squad,
  not the individual) -> partially_met.
- 2.5: "The plan stops at T3" and next year's targets are "for each squad member and their head teacher;
  the Trust takes no part in it" (someone else's responsibility, negation). A comment asks whether to add
  something (not evidence) -> not_met.
- 3.3: "There is no online or distance element"; e-mail between sessions, the University's e-journals and
  the club's own video library are not e-learning -> not_applicable.
- 5.5: "There are no placements or visits in this plan" but a range of expertise from staff and guest
  coaches -> partially_met.
- 1.9 / 6.0: the award rule is passing T1-T3 plus 80% attendance, and the Coach's Note text box claims
  "every national outcome is in the Test Battery", but the battery shows "Maintenance only" and
  "Off-season" rows and no row for one outcome (unsupported coverage claim) -> partially_met both.
- 6.A3, 6.S2d, 6.S5: "Maintenance only" (loaded, not tested) -> partially_met.
- 6.K4: loaded "—" (no session) but tested at T1 (assessed, not developed) -> partially_met.
- 6.A7, 6.S9: "Off-season" (not in this year's plan) -> not_met.
- 6.S1: no row and no mention anywhere (the strategic work with governors is absent) -> not_met.
- Wrong context: "load", "testing", "maintenance", "transition", "return to play" are the Trust's sports
  words for course things; the club's own junior-section safeguarding and its video library for players
  are the club's, not the Award's.
- Header/footer and the Session Card placeholders carry no evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ou_helpers import *  # noqa: F401,F403

HERE = Path(__file__).parent
NAME = "ou-02-saltersgate-annual-plan"
GREEN, PALEG, GOLD, PALEGOLD, GREY = "1E5631", "E2EFDA", "BF8F00", "FFF2CC", "D9D9D9"
PHASE_FILL = {"GPP": "C6E0B4", "SPP": "A9D08E", "CP": "FFD966", "TAPER": "F4B084", "TRANS": "D9D9D9"}
AUTH1, DATE1 = "Jo Brightwell", "2009-03-02T09:15:00Z"
AUTH2, DATE2 = "Sunita Varma", "2009-03-04T18:05:00Z"

doc = Document()
base_font(doc, "Calibri", 10.5)
for lvl, size in ((1, 14), (2, 11.5)):
    st = doc.styles[f"Heading {lvl}"]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(GREEN)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), "Calibri")
sec = doc.sections[0]
set_margins(sec, 2.2)
fn = Footnotes(doc)


def header_footer(section):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = "Saltersgate Hockey Club Coaching and Education Trust  \u2013  Annual Plan 2009-10  \u2013  SENCO Award Squad 1"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor.from_string(GREEN)
    fp = section.footer.paragraphs[0]
    r = fp.add_run("Plan AP/SENCO/01  \u00b7  draft 4  \u00b7  page ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "1", size=8)


header_footer(sec)


def para(text, bold=False, italic=False, size=None, align=None, space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runin(label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


def dash(text, label=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.7)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    p.paragraph_format.space_after = Pt(2)
    p.add_run("\u2013 ")
    if label:
        p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


def table(rows, widths, size=9, head_fill=GREEN):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if i == 0:
                set_cell_text(t.cell(i, j), val, bold=True, size=size, color="FFFFFF")
                shade_cell(t.cell(i, j), head_fill)
            else:
                set_cell_text(t.cell(i, j), val, size=size)
    repeat_header(t.rows[0])
    col_widths(t, widths)
    return t


# ------------------------------------------------------------------ title
p = para("SALTERSGATE HOCKEY CLUB", bold=True, size=11, space_after=0)
p.runs[0].font.color.rgb = RGBColor.from_string(GREEN)
para("COACHING AND EDUCATION TRUST", bold=True, size=11, space_after=14)
p = para("ANNUAL PLAN 2009-10", bold=True, size=24, space_after=2)
p.runs[0].font.color.rgb = RGBColor.from_string(GREEN)
para("SENCO Award Squad 1: the Saltersgate Award in SEN Coordination", bold=True, size=13, space_after=2)
para("Our application to the Training and Development Agency for Schools for approval to offer the National Award "
     "for SEN Coordination, 2008-09 round", italic=True, size=10, space_after=10)

t = doc.add_table(rows=9, cols=2)
t.style = doc.styles["Table Grid"]
details = [
    ("Plan", "AP/SENCO/01, draft 4, submitted 6 March 2009"),
    ("Plan author", "Jo Brightwell MSc, Head of Coach Education"),
    ("Award Head Coach", "Dr Sunita Varma, Education Lead"),
    ("Validating university", "Ravensholt University, Faculty of Education"),
    ("Award", None),
    ("Partner", "Caldbeck Borough Council Inclusion Service"),
    ("Macrocycle", "Saturday 5 September 2009 to Saturday 10 July 2010"),
    ("Squad", "16 squad members (serving teachers who are, or are about to become, SENCOs)"),
    ("Peak", "T3, week beginning 14 June 2010"),
]
for i, (k, val) in enumerate(details):
    set_cell_text(t.cell(i, 0), k, bold=True, size=9.5)
    shade_cell(t.cell(i, 0), PALEG)
    if val is not None:
        set_cell_text(t.cell(i, 1), val, size=9.5)
cp = t.cell(4, 1).paragraphs[0]
r = cp.add_run("Postgraduate Award in SEN Coordination, ")
r.font.size = Pt(9.5)
add_del(cp, "60", AUTH1, DATE1, size=9.5)
add_ins(cp, "40", AUTH1, DATE1, size=9.5)
r = cp.add_run(" credits at Level 7 (Master's level), validated by Ravensholt University")
r.font.size = Pt(9.5)
doc.add_comment(cp.runs[-1], text="Colin confirms 40 credits for 2009-10. The 60-credit version waits for the second "
                "module to be validated, probably 2011. JB", author="Jo Brightwell", initials="JB")
col_widths(t, [4.2, 12.4])

p = doc.add_paragraph()
text_box(p, [
    "Peak in June. Every session in this plan builds towards T3, and every national outcome is in the Test "
    "Battery. Trust the plan, do the Own-Pitch Work, and the results will come for your pupils.",
    "Dr Sunita Varma, Award Head Coach",
], width_cm=16.0, height_cm=2.8, fill=PALEGOLD, line=GOLD, title="COACH'S NOTE")

# ------------------------------------------------------------------ part 1
doc.add_heading("Part 1  Season objective", level=1)
para("Every annual plan at Saltersgate starts from one performance objective, agreed before a single session is "
     "written. For this squad it is:")
p = para("By July 2010 each squad member leads SEN provision in their own school so that pupils with SEN and/or "
         "disabilities achieve more and are safer, healthier and happier: progress in all five Every Child Matters "
         "outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution, achieving "
         "economic well-being), not attainment alone.", italic=True)
p.paragraph_format.left_indent = Cm(1)
para("Every Squad Day, Club Night, piece of Own-Pitch Work and Test in this plan is there because it serves that "
     "objective. T2, the heaviest Test, is scored on what changed for a group of the squad member's own pupils, and "
     "no squad member can pass it without having changed practice in their school.")
para("Why periodise a professional course? Coaches know that fitness built in a hurry is lost in a hurry. A "
     "periodised plan builds a base first, loads the specific work on top of it, tests it under match conditions "
     "and then tapers so that the athlete peaks when it matters. We plan SENCOs' learning the same way: knowledge "
     "first, then skills practised in school, then a competition phase in which squad members lead real change, "
     "then a taper into the final Test. The plan draws on the latest research and thinking about SEN and about "
     "how adults learn, and our coaches are practitioners who know what works in schools.")
para("How to read the plan:", bold=True, space_after=2)
for lab, txt in [
    ("Squad Day (SD1 to SD8):", "a Saturday of teaching, 9.30 to 3.30, at the clubhouse or the University."),
    ("Club Night (CN1 to CN4):", "a Wednesday twilight clinic, 4.30 to 7.00, at the clubhouse."),
    ("Own-Pitch Work (OP1 to OP5):", "tasks each squad member carries out in their own school between Squad Days."),
    ("Test Week (T0 to T3):", "T0 is the baseline; T1, T2 and T3 are the scored Tests (Part 4)."),
    ("Mesocycle (M1 to M5):", "a block of six to ten weeks with one focus."),
    ("Load:", "taught hours in the month. Intensity is our coaches' estimate of demand on the squad member."),
]:
    dash(txt, label=lab)

# ------------------------------------------------------------------ part 2 planner (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(new)
set_margins(new, 1.6)
doc.add_heading("Part 2  Yearly planner", level=1)
months = ["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"]
rows = ["Phase", "Mesocycle", "Squad Days", "Club Nights", "Own-Pitch Work", "Test Weeks", "Load (hours)",
        "Intensity"]
t = doc.add_table(rows=len(rows) + 1, cols=len(months) + 1)
t.style = doc.styles["Table Grid"]
set_cell_text(t.cell(0, 0), "2009-10", bold=True, size=8.5, color="FFFFFF")
shade_cell(t.cell(0, 0), GREEN)
for j, m in enumerate(months, start=1):
    set_cell_text(t.cell(0, j), m, bold=True, size=8.5, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
    shade_cell(t.cell(0, j), GREEN)
for i, rname in enumerate(rows, start=1):
    set_cell_text(t.cell(i, 0), rname, bold=True, size=8.5)
    shade_cell(t.cell(i, 0), PALEG)


def span(row, c0, c1, text, fill=None):
    cell = t.cell(row, c0) if c0 == c1 else t.cell(row, c0).merge(t.cell(row, c1))
    set_cell_text(cell, text, size=8, bold=(row in (1, 2)), align=WD_ALIGN_PARAGRAPH.CENTER)
    if fill:
        shade_cell(cell, fill)


span(1, 1, 3, "GENERAL PREPARATION", PHASE_FILL["GPP"])
span(1, 4, 6, "SPECIFIC PREPARATION", PHASE_FILL["SPP"])
span(1, 7, 9, "COMPETITION", PHASE_FILL["CP"])
span(1, 10, 10, "TAPER", PHASE_FILL["TAPER"])
span(1, 11, 11, "TRANSITION", PHASE_FILL["TRANS"])
span(2, 1, 2, "M1 Foundations", PHASE_FILL["GPP"])
span(2, 3, 4, "M2 Structure", PHASE_FILL["GPP"])
span(2, 5, 6, "M3 Team play", PHASE_FILL["SPP"])
span(2, 7, 9, "M4 Match play", PHASE_FILL["CP"])
span(2, 10, 10, "M5 Peak", PHASE_FILL["TAPER"])
span(2, 11, 11, "\u2014", PHASE_FILL["TRANS"])
cells = {
    3: ["SD1 12 Sep", "SD2 10 Oct", "SD3 7 Nov", "SD4 5 Dec", "SD5 16 Jan", "SD6 27 Feb", "SD7 20 Mar", "\u2014",
        "SD8 [TBC]", "\u2014", "\u2014"],
    4: ["\u2014", "CN1 21 Oct", "\u2014", "\u2014", "CN2 27 Jan", "\u2014", "\u2014", "CN3 21 Apr", "\u2014",
        "CN4 2 Jun", "\u2014"],
    5: ["OP1", "OP1", "OP2", "OP2", "OP3", "OP3", "OP4", "OP4", "OP5", "\u2014", "\u2014"],
    6: ["T0 (done in July 2009)", "\u2014", "\u2014", "T1", "\u2014", "\u2014", "\u2014", "T2", "\u2014", "T3",
        "\u2014"],
    7: ["6", "8.5", "6", "6", "8.5", "6", "6", "2.5", "6", "2.5", "0"],
    8: ["Low", "Mod", "Mod", "High", "Mod", "High", "High", "High", "Mod", "Low", "Rest"],
}
for i, vals in cells.items():
    for j, val in enumerate(vals, start=1):
        set_cell_text(t.cell(i, j), val, size=8, align=WD_ALIGN_PARAGRAPH.CENTER)
        if val.startswith("T") and i == 6 and val != "\u2014":
            shade_cell(t.cell(i, j), "F8CBAD")
col_widths(t, [3.0] + [2.1] * 11)
para("")
p = para("Squad Days run twice: on the Saturday shown at the clubhouse, and again on the following Tuesday "
         "(4.00 to 8.30) at Ravensholt University, so that squad members can choose the day that suits them and "
         "their school. Load and intensity are planned to fall in the weeks around school reports and Year 6 and "
         "Year 11 tests.", size=9.5)
fn.add(p, "Intensity follows the coaches' judgement of workload, checked against the session ratings in Part 8.")

# back to portrait
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
portrait(sec3)
set_margins(sec3, 2.2)

# ------------------------------------------------------------------ part 3 phase notes
doc.add_heading("Part 3  Phase notes", level=1)
doc.add_heading("3.1  General Preparation: M1 Foundations (September and October)", level=2)
runin("Load:", "SD1, SD2 and CN1; OP1.")
runin("SD1 The law of the game.", "The law and guidance on SEN as they stand in 2009: the Education Act 1996 and the "
      "SEN Code of Practice (2001), what each stage of the Code asks of the school, the SENCO, class teachers and "
      "the governing body, and how to put it into practice; the SEN and Disability Act 2001; the Disability "
      "Discrimination Act 1995 as amended in 2005, the disability equality duty and the school's accessibility "
      "plan, and what a school must do for disabled pupils; Every Child Matters, the Children Act 2004 and the "
      "SENCO's part in the five outcomes.")
runin("SD2 Reading the player.", "The common kinds of SEN and disability: behavioural, emotional and social "
      "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
      "autistic spectrum disorders; moderate learning difficulties; and how each gets in the way of learning. "
      "Identifying pupils who may have SEN from observation, data and assessment, setting challenging targets, "
      "planning interventions and reviewing progress.")
runin("CN1 Clinic: other people's assessments.", "With Mark Ellery and a speech and language therapist: reading an "
      "educational psychologist's or therapist's report and turning it into classroom approaches.")
runin("Own-Pitch Work OP1: know your squad.", "Squad members identify the pupils in one class or year group who may "
      "have SEN, using teacher observation, the school's tracking data and national test results, and bring the "
      "analysis to SD3.")
runin("Coaching points:", "keep it practical; every input ends with what the squad member will do on Monday.")

doc.add_heading("3.2  General Preparation: M2 Structure (November and December)", level=2)
runin("Load:", "SD3, SD4; OP2; T1 in December.")
runin("SD3 Mapping the pitch.", "Provision mapping: costing provision, mapping it against need, finding what is "
      "missing or not working; using summative data, Key Stage tests and P-scales to track progress and change a "
      "programme that is not working.")
runin("SD4 The coaching toolbox.", "Approaches, strategies and resources for assessment, planning, teaching and "
      "learning, ICT included (text-to-speech, Clicker, visual supports on the interactive whiteboard), judged "
      "critically against the evidence; what the best practice and research say about meeting SEN; using research "
      "and outside advice to improve one's own and colleagues' teaching.")
runin("Own-Pitch Work OP2:", "a provision map for the class or year group analysed in OP1, with a note on one "
      "resource or strategy the squad member will trial.")

doc.add_heading("3.3  Specific Preparation: M3 Team play (January and February)", level=2)
runin("Load:", "SD5, SD6, CN2; OP3.")
runin("SD5 Players and families.", "Building fair, respectful and constructive relationships with pupils with SEN "
      "and their parents and carers; advising and supporting parents and working with them as partners, with the "
      "Parent Partnership Officer; consulting pupils about the things that affect them and involving them in "
      "planning, agreeing and reviewing their own provision (pupil conversations, pupil-led reviews, one-page "
      "profiles); listening well and explaining clearly in meetings and in writing.")
runin("SD6 Leading the team.", "Winning the commitment of the head teacher and senior leaders; deploying and "
      "managing teaching assistants; advising and supporting colleagues, within the school and with SENCOs from "
      "neighbouring schools, who join the afternoon; developing colleagues through observation and feedback, "
      "modelling, coaching and training; planning the SENCO's own week, deciding what matters most and handing "
      "tasks on.")
runin("CN2 Clinic: assessment for learning.", "How to help class teachers build formative assessment into their "
      "everyday teaching, with particular approaches for pupils with SEN and/or disabilities.")
runin("Own-Pitch Work OP3:", "a conversation with two pupils about their provision and a meeting with their "
      "parents, each written up; a short coaching cycle with one colleague.")

doc.add_heading("3.4  Competition: M4 Match play (March to May)", level=2)
runin("Load:", "SD7, CN3, SD8; OP4 and OP5; T2 in April.")
runin("SD7 Match management.", "Anticipating problems and making sound decisions about provision, worked through "
      "case files; reviewing and evaluating provision with colleagues so that the findings feed the school's "
      "self-evaluation; the principles of school self-evaluation and improvement planning and where pupils with "
      "SEN fit in them.")
runin("CN3 Clinic: big match days.", "Access arrangements for national tests and examinations: spotting in good "
      "time which pupils need them and putting them in place with colleagues.")
runin("SD8 The wider squad.", "The scope and role of external agencies (educational psychology, CAMHS, speech and "
      "language therapy, social care, the sensory support service) and how to get their help and resources; "
      "Every Child Matters revisited through the Common Assessment Framework.")
runin("Own-Pitch Work OP4: the intervention.", "Each squad member runs a ten-week intervention for a group of four "
      "to eight pupils, with baseline and end measures (Part 8), and reviews it with the colleagues who "
      "delivered it.")
runin("Own-Pitch Work OP5:", "the season file for T3.")

doc.add_heading("3.5  Taper: M5 Peak (June)", level=2)
para("Load falls to one Club Night (CN4, a rehearsal for T3 with feedback) so that squad members arrive at T3 "
     "fresh. No new content is loaded in the taper.")

doc.add_heading("3.6  Transition (July)", level=2)
para("Off-season. The plan stops at T3 and squad members rest. Setting targets for next year is for each squad "
     "member and their head teacher; the Trust takes no part in it and it is not part of this plan.")
doc.add_comment(doc.paragraphs[-1].runs, text="Should we offer something at the end? A targets sheet? AQ",
                author="Andrea Quayle", initials="AQ")

# ------------------------------------------------------------------ part 4 testing protocol
doc.add_heading("Part 4  Testing protocol", level=1)
runin("4.1  T0 Baseline (June and July 2009, not scored).", "Each squad member completes the Test Battery "
      "self-profile, rating themselves against every national outcome, and has a 20-minute baseline interview "
      "with the Head Coach. The results go to the squad member and the coaches. We do not write individual plans: "
      "the periodised plan is the same for the whole squad, and the coaches use the T0 results to set the squad's "
      "emphasis, for example adding a Club Night where the squad as a whole tests low.")
runin("4.2  T1 Skills Test (December, 10 credits).", "A 3,000-word case study of one pupil: the pupil's needs, "
      "how the pupil's development has been shaped by their needs and their surroundings, the assessments from "
      "other professionals and how they were used, the law and guidance that apply (SEN and disability), the "
      "targets set and how progress will be reviewed.")
runin("4.3  T2 Match Fitness (April, 20 credits).", "A 5,000-word report on the OP4 intervention: how the pupils "
      "were identified, the provision map, the strategies, resources and research chosen and why, how the pupils "
      "and their parents took part, the relationship with the families, the teaching assistants deployed and how "
      "they were managed, the summative and other data used to track progress and adjust the programme, how "
      "colleagues were helped to use formative assessment with the group, the review with colleagues, and the "
      "measured change for the pupils.")
runin("4.4  T3 The Final (June, 10 credits).", "A 15-minute presentation of the season file followed by a "
      "30-minute professional discussion with two testers. The testers ask about the external agencies, what "
      "each does and how a school gets its help, Every Child Matters, the school's self-evaluation and improvement "
      "planning, how the squad member won the head teacher's and senior leaders' commitment, and a problem the "
      "squad member had to solve. The squad member must present clearly and respond to the testers' views.")
runin("4.5  Reading the Test Battery (Part 11).", "\u201cLoaded in\u201d names the sessions and Own-Pitch Work that "
      "develop the outcome; a dash means no session loads it. \u201cTested at\u201d names the scored Test. "
      "\u201cMaintenance only\u201d means the outcome is kept ticking over in sessions but not scored. "
      "\u201cOff-season\u201d means it is not in this year's plan.")
runin("4.6  Scoring and standardisation.", "Each Test is scored pass or not yet against the University's Level 7 "
      "criteria. Before each Test Week the testers score three anonymised pieces together and agree the standard. "
      "Every T2 is double-scored; the University link tutor moderates a sample of T1 and T3 and every not-yet "
      "score; the external examiner reviews a sample of all three Tests and attends the University's examination "
      "board. A squad member scored not yet may re-sit a Test once.")
runin("4.7  The award.", "The University awards the Postgraduate Award to squad members who pass T1, T2 and T3 and "
      "attend at least 80% of Squad Days.")

# ------------------------------------------------------------------ part 5 squad selection
doc.add_heading("Part 5  Squad selection", level=1)
runin("Entry standard.", "Squad members must hold QTS, be their school's SENCO or be named to become SENCO within "
      "the year, and have their head teacher's written support, including release for Squad Days where the "
      "Tuesday repeat is used. The application asks for a 500-word account of a pupil the applicant has supported. "
      "The Head Coach reads it against the national outcomes and, at the T0 interview, checks that the applicant "
      "has the knowledge and experience to reach every outcome by June. An applicant who is not yet ready is "
      "offered the Trust's unaccredited SEN Foundation Sessions, and the Head Coach meets their head teacher to "
      "agree when they can reapply.")
runin("Bringing credit with you.", "Up to 20 of the 40 credits can be awarded for earlier learning: for "
      "Master's-level study in SEN through the University's APCL procedure, and for learning from experience "
      "through a portfolio assessed under its APEL procedure. The Trust's APL tutor advises each applicant before "
      "T0, and credit is confirmed by the University's APL panel.")
runin("Fast-track selection.", "In exceptional cases an experienced SENCO, or a teacher from Caldbeck's SEN support "
      "services, who already meets the outcomes may be fast-tracked. After T0 and a review of their portfolio by "
      "the Head Coach and the University link tutor, they go straight to T1, T2 and T3 without the sessions, and "
      "must pass all three like every other squad member. The fast-track fee is \u00a3450.")
runin("Fee.", "\u00a31,200 for the full plan. The Trust keeps it down by teaching in its own clubhouse and by "
      "sharing the Tuesday repeats with the University's MA students.")
inserted_paragraph(doc, "Safe to play. Before SD1 the Trust's Welfare Officer sees each squad member's enhanced "
                   "CRB disclosure certificate, or the employing school's written confirmation that a current "
                   "enhanced disclosure is held, and asks for a reference from the head teacher confirming there "
                   "are no concerns about the squad member's conduct. Anyone who has not worked in a school in the "
                   "last three months must obtain a new enhanced disclosure through the Trust.", AUTH2, DATE2)
runin("Equal access.", "The application form invites applicants to tell us about any disability or health "
      "condition, says why we ask, and says that the answer goes only to the Head Coach, so that reasonable "
      "adjustments can be made. Adjustments made in the pilot included materials in large print and on coloured "
      "paper, a BSL interpreter for two Squad Days, extra time and a scribe in a Test, and a ground-floor room. "
      "Both venues are step-free. Selection is made on the published criteria only, and the Trust's equality "
      "scheme (race, disability and gender duties) covers the Award's recruitment, sessions and Tests; the Trust "
      "reviews applications, completions and results by ethnicity, gender and disability every year.")
para("(The Trust's junior-section safeguarding policy, which covers the club's coaches and volunteers, is not "
     "repeated here.)", italic=True, size=9)

# ------------------------------------------------------------------ part 6 staff
doc.add_heading("Part 6  Coaching and support staff", level=1)
st = [
    ("Role", "Name", "Qualifications and experience"),
    ("Award Head Coach", "Dr Sunita Varma", "SENCO in Caldbeck primary and secondary schools for twelve years; "
     "EdD on inclusion in secondary schools; Education Lead at the Trust since 2007."),
    ("Coach", "Mark Ellery", "Principal Educational Psychologist, Caldbeck Inclusion Service."),
    ("Coach", "Andrea Quayle", "SENCO at Saltersgate High School; specialist teacher for specific learning "
     "difficulties with an assessment practising certificate."),
    ("Coach", "Nia Pritchard", "Advisory teacher, Caldbeck autism and communication team."),
    ("University link tutor and tester", "Dr Colin Akers", "Senior Lecturer in Special Education, Ravensholt "
     "University."),
    ("Guest coaches", "", "A CAMHS clinician; an NHS speech and language therapist; the Caldbeck Parent "
     "Partnership Officer; an officer from the sensory support service."),
    ("External examiner", "Dr Rosalind Tey", "Reader in Special Educational Needs, Aldermoor University."),
]
t = table(st, [4.0, 3.4, 9.2])
g = t.cell(6, 0).merge(t.cell(6, 1))
set_cell_text(g, "Guest coaches", size=9)
shade_cell(g, PALEG)
para("")
para("The Coaches' Manual sets out each person's role: who delivers each session, who tests, the scoring criteria, "
     "the three-week turnaround and the rules for feedback. All coaches and testers attend a pre-season coaches' "
     "day and the standardisation session before each Test Week. Each squad member's head teacher receives the "
     "Manual's Head Teacher's Page, which explains what the Own-Pitch Work asks of the school, and a termly e-mail "
     "on the work coming up.")
para("There are no placements or visits in this plan: squad members do all their practical work on their own "
     "pitch, in their own school. Specialist expertise comes from the coaches and the guest coaches listed above.")

# ------------------------------------------------------------------ part 7 facilities
doc.add_heading("Part 7  Facilities and equipment", level=1)
para("Squad Days are held in the Pavilion Room at the clubhouse (step-free, with a hearing loop) and the Tuesday "
     "repeats in the Faculty of Education at Ravensholt. Squad members can borrow from the Caldbeck Inclusion "
     "Service loan library: standardised reading, spelling and language assessments, assistive software "
     "(text-to-speech, Clicker 5) and intervention packs. They have full use of the University library and its "
     "e-journals, and the Trust lends laptops for T3 presentations.")
para("There is no online or distance element in this plan: every session is delivered face to face. Squad members "
     "may e-mail their coach between sessions, as any player may. (The club's video library for its players is "
     "not part of the Award.)")

# ------------------------------------------------------------------ part 8 load monitoring
doc.add_heading("Part 8  Load monitoring and review", level=1)
runin("Session ratings.", "After every Squad Day and Club Night each squad member rates the session's usefulness "
      "from 1 to 10, our version of the rating of perceived exertion, and names one thing to keep and one to "
      "change. Coaches review the ratings at the Monday debrief and adjust the next session.")
fn.add(doc.paragraphs[-1], "After the session-RPE method used across the Trust's performance squads.")
runin("Wellness check.", "At T0, T1, T2 and T3 each squad member completes a short questionnaire on workload and on "
      "their confidence in the SENCO role (1 to 10), so that the Trust can see confidence and competence grow "
      "together with the Test results.")
runin("Performance markers (pupils).", "OP4 requires each squad member to take baseline measures for the pupils in "
      "their intervention group (reading or spelling age, attendance, behaviour incidents and a pupil well-being "
      "scale), to re-measure after ten weeks and again at T3, and to report the results in T2. The Trust pools the "
      "anonymised results each year to judge the plan's effect on pupils.")
runin("Outside review.", "The University's annual programme monitoring and the external examiner's report both "
      "come to the Plan Review Panel.")
p = runin("Plan Review Panel.", "After each Test Week the Plan Review Panel, made up of the Head Coach, the coaches "
          "and the University link tutor, reviews the session ratings, the Test results, the wellness checks and "
          "the pupil markers, and decides what to change in the next mesocycle; at the end of the season it "
          "rewrites the plan for 2010-11. ")
add_del(p, "Two head teachers and a parent from Caldbeck Parent Partnership sit on the Plan Review Panel.", AUTH1,
        DATE1)
runin("What schools told us.", "In autumn 2008 the Caldbeck Inclusion Service surveyed all 52 of the borough's "
      "SENCOs for us, and 38 replied. Most wanted help with provision mapping, with managing teaching assistants "
      "and with access arrangements; half were new to the role; most could be released on Saturdays or after "
      "school but seldom on weekdays. The Caldbeck Heads' Forum asked that the course be tied to work in school "
      "and show a difference for pupils, and the Parent Partnership reported that parents want SENCOs who listen. "
      "The plan answers each: Saturday Squad Days and Tuesday repeats, provision mapping in SD3, teaching "
      "assistants in SD6, access arrangements in CN3, Own-Pitch Work in the squad member's own school, T2 scored "
      "on pupils, and SD5 on families.")
fn.add(doc.paragraphs[-1], "Survey summary available from the Trust on request.")
para("Beyond the survey, local head teachers and SENCOs have been generous with their views as the plan took "
     "shape. For 2010-11 we intend to invite the Heads' Forum and the Parent Partnership to help us improve it.")

# ------------------------------------------------------------------ part 9 return to play
doc.add_heading("Part 9  Injury, absence and return to play", level=1)
dash("Two entry points. Squad members join in September and follow the plan as set out, or in January, starting "
     "at M3; January entrants take M1 and M2 with the next September squad and sit T1 then, taking T2 and T3 "
     "with their own squad.", label="Entry.")
dash("Every Squad Day runs on Saturday at the clubhouse and again on the following Tuesday evening at the "
     "University; squad members choose week by week.", label="Day.")
dash("A squad member who misses a Squad Day takes the Tuesday repeat or, failing that, a one-hour catch-up with "
     "a coach.", label="Missed sessions.")
dash("A squad member whose season is interrupted (illness, maternity, a crisis in school) may suspend for up to a "
     "year and return at the start of the mesocycle they left, after a return-to-play meeting with the Head "
     "Coach.", label="Return to play.")

# ------------------------------------------------------------------ part 10 session card appendix
doc.add_heading("Part 10  Session Card (template)", level=1)
para("Every session is planned on a Session Card. The blank card is included so that the panel can see the format.",
     size=9.5)
sc = doc.add_table(rows=6, cols=2)
sc.style = doc.styles["Table Grid"]
for i, (k, val) in enumerate([("Session", "[SD / CN number and title]"), ("Coach", "[Name]"),
                              ("Outcomes loaded", "[Test Battery numbers]"), ("Warm-up (15 min)", "[Activity]"),
                              ("Main set", "[Activities, timings, resources]"),
                              ("Cool-down and Monday task", "[What squad members will do in school]")]):
    set_cell_text(sc.cell(i, 0), k, bold=True, size=9)
    shade_cell(sc.cell(i, 0), PALEG)
    set_cell_text(sc.cell(i, 1), val, size=9, italic=True, color="7F7F7F")
col_widths(sc, [4.5, 12.0])

# ------------------------------------------------------------------ part 11 test battery
doc.add_heading("Part 11  Test Battery: the national outcomes", level=1)
para("The national minimum outcomes in our words, with where each is loaded and where it is tested.")
battery = [
    ("ATTRIBUTES", [
        ("Builds fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
         "disabilities and their parents or carers", "SD5, OP3", "T2"),
        ("Wins the commitment of colleagues, the head teacher and senior leaders to better outcomes for pupils "
         "with SEN", "SD6", "T3"),
        ("Prioritises, manages their time and delegates well, and checks that delegated work is done", "SD6",
         "Maintenance only"),
        ("Anticipates and resolves problems and makes sound, well-founded decisions about provision", "SD7", "T3"),
        ("Expresses themselves clearly in speech and writing; listens to and understands others' views",
         "SD5", "T3"),
        ("Draws on research and outside advice to improve their own and colleagues' practice", "SD4", "T2"),
        ("Keeps up to date and takes responsibility for their own professional development in SEN and disability",
         "Off-season", "Off-season"),
    ]),
    ("KNOWLEDGE AND UNDERSTANDING", [
        ("The law and guidance on SEN, including the Code of Practice, what they mean for the school, the SENCO and "
         "others, and how to put them into practice", "SD1", "T1"),
        ("Every Child Matters: its principles and outcomes and how the SENCO helps children achieve them",
         "SD1, SD8", "T3"),
        ("Disability equality law and the actions it requires of the school", "SD1", "T1"),
        ("How children develop, and how SEN, disability and the physical and social environment affect their "
         "development", "\u2014", "T1"),
        ("The most common types of SEN and disability and how they affect learning", "SD2", "T1"),
        ("A critical understanding of approaches, strategies and resources, including ICT, for assessment, "
         "planning, teaching and learning, and how to use them to remove barriers and personalise provision",
         "SD4, OP2", "T2"),
        ("The principles of school self-evaluation and improvement and how they relate to outcomes for pupils "
         "with SEN", "SD7", "T3"),
        ("Best practice and research on meeting SEN", "SD4", "T2"),
        ("The scope and role of external agencies and how to get specialist support and resources", "SD8, CN1",
         "T3"),
    ]),
    ("SKILLS", [
        ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
         "SD2, OP1", "T1"),
        ("Uses assessments from other professionals to develop teaching approaches", "CN1", "T1"),
        ("Uses summative assessment, including national tests, to track progress and change programmes",
         "OP1, SD3", "T2"),
        ("Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "CN2",
         "T2"),
        ("Identifies in good time the special arrangements pupils need for tests and examinations and puts them in "
         "place with colleagues", "CN3", "Maintenance only"),
        ("Uses provision mapping to plan provision and identify what is ineffective or missing", "SD3, OP2", "T2"),
        ("Deploys and manages staff to support pupils with SEN", "SD6", "T2"),
        ("Supports colleagues' professional development: observation and feedback, modelling, coaching and "
         "mentoring, training", "SD6", "Maintenance only"),
        ("Reviews and evaluates provision with other staff to inform the school's self-evaluation", "SD7, OP4",
         "T2"),
        ("Involves pupils with SEN in planning, agreeing, reviewing and evaluating their provision", "SD5, OP3",
         "T2"),
        ("Liaises with parents and carers to promote their child's learning and development", "SD5, OP3", "T2"),
        ("Works in partnership with other services and agencies, including voluntary organisations",
         "Off-season", "Off-season"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in battery)
t = doc.add_table(rows=nrows, cols=4)
t.style = doc.styles["Table Grid"]
for j, h in enumerate(("No.", "Outcome (our words)", "Loaded in", "Tested at")):
    set_cell_text(t.cell(0, j), h, bold=True, size=8.5, color="FFFFFF")
    shade_cell(t.cell(0, j), GREEN)
repeat_header(t.rows[0])
i, n = 1, 0
for gname, rows_ in battery:
    m = t.cell(i, 0).merge(t.cell(i, 3))
    set_cell_text(m, gname, bold=True, size=8.5)
    shade_cell(m, PALEG)
    i += 1
    for desc, load, test in rows_:
        n += 1
        set_cell_text(t.cell(i, 0), str(n), size=8.5)
        set_cell_text(t.cell(i, 1), desc, size=8.5)
        set_cell_text(t.cell(i, 2), load, size=8.5)
        set_cell_text(t.cell(i, 3), test, size=8.5)
        if test in ("Maintenance only", "Off-season"):
            shade_cell(t.cell(i, 3), GREY)
        i += 1
col_widths(t, [1.0, 11.0, 2.3, 2.6])
para("")
para("Jo Brightwell, Head of Coach Education, and Dr Sunita Varma, Award Head Coach, for the Trustees of the "
     "Saltersgate Hockey Club Coaching and Education Trust.", size=9.5)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
