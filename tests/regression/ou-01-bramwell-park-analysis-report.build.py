"""ou-01-bramwell-park-analysis-report: build the .docx next to this script.

PROVIDER (invented): Bramwell Park Hockey Foundation, the coaching and education foundation of Bramwell
Park Hockey Club, Wexcombe, with the University of Wexcombe (School of Education, validating) and
Northmoor County Council's SEN Support Service. February 2009, 2008-09 round, first squad September 2009.

DOCUMENT KIND AND LAYOUT: the course written up in the Foundation's Performance Analysis Unit report
template, the format its video analysts use for every squad's match analysis: a "MATCH FACTS" title
table with a merged shaded title row; Section 1 "CODE WINDOW", the analysis software's button legend,
which keys the codes used everywhere below (FX1-FX9 fixtures = taught days; TR1-TR4 training blocks =
school-based tasks; FT1-FT3 Full-time Reviews = the marked assessments; "HT only" = half-time talk,
formative feedback not marked; a dash = no tag; BR = Baseline Review; PRG = Programme Review Group);
Section 2 a KPI table (the evaluation measures); Section 3 a "TEAM SHEET" with shirt numbers, a
merged "Bench" row and an "Umpire" (external examiner); Section 4 a "SEASON TIMELINE (export)" typed as
monospaced lines with spaces, not a table; Section 5 "PHASE ANALYSIS" in hockey phases (In possession /
Out of possession / Transitions / Set pieces / Umpiring and video referrals / Pitch, kit and support
staff / Away fixtures) with Heading 2 styles, typed "•" and "-" lists; Section 6 a "CLIP PLAYLIST" of
the stakeholder evidence; Section 7 "PLAYER TRACKING", the outcome table ("Tagged in | Reviewed at")
in the Foundation's own words with shaded merged group rows, keyed only in Section 1 far above;
Section 8 "POST-MATCH ACTION POINTS" with a Status column. A "HEAD COACH'S VIEW" text box of value
statements. Header and footer with PAGE / NUMPAGES fields. Footnotes. Two Word comments. Tracked
changes: one deleted sentence, one inserted sentence.

TRAPS (requirement ids):
- 2.3: the assessment-only route appears only as action point AP1, status "Parked" and "no assessment-only
  route will run in 2009-10" (negation in a status cell) -> not_met.
- 5.3: CRB checks are described for the Foundation's own coaches and tutors (wrong people); for
  participants the document says checks are "the employing school's responsibility" and the Foundation
  "does not ask to see" them (someone else's responsibility, negation). A Word comment says "We do ask at
  interview" (comment, not evidence) -> not_met.
- 2.1: only prior certificated study is credited; "It does not accredit experience" -> partially_met.
- 3.1: only the buildings' physical access (level access, loops); no disclosure, adjustments or equality
  duty towards participants; the DDA appears only as FX1 content (wrong context) -> partially_met.
- 3.2: one part-time Thursday route; a January start "only if twelve or more schools nominate" (condition);
  a deleted tracked sentence would have let fixtures be taken in any order; AP3 Saturday repeats "Dropped";
  only a rejoin-the-next-squad arrangement -> partially_met.
- 3.3: Clipboard (online platform) is used between fixtures with tutor replies in three working days, but
  peer support is only hoped for (AP2 "We hope to add one") and nothing on ICT for communication with
  schools -> partially_met (not n/a: the programme does use e-learning).
- 5.5: a range of expertise (bench, team sheet) but visits only "for a participant who asks for one, as far
  as the host schools' places allow" (condition) -> partially_met.
- 5.7: tutors have the Tutor Playbook and a pre-season day, but school mentors are briefed by the head
  teacher: "the Foundation does not train mentors" -> partially_met.
- 5.8: met only through an INSERTED tracked sentence (second marking, University moderation) plus the
  external examiner; a distractor sentence about England Hockey moderating the club's umpire assessments
  (right word, wrong thing).
- 1.9 / 6.0: the award goes to those who pass FT1-FT3 and the text claims "Between them the three reviews
  test every one of the national outcomes", but Player Tracking shows outcomes "HT only", un-reviewed or
  missing (unsupported coverage claim) -> both partially_met.
- 6.K7: explicitly not taught ("does not teach the principles of school self-evaluation and improvement
  planning"); the Foundation's own quality reviews are the wrong self-evaluation -> not_met.
- 6.S2c: absent; the only "formative" is the tutors' half-time talk to participants (wrong context) -> not_met.
- 6.A3: absent from the table and the text -> not_met.
- 6.A5: no fixture teaches it ("Tagged in" is a dash) but FT3 reviews it (assessed, not developed) -> partially_met.
- 6.A7, 6.K4, 6.S4: "HT only" (developed, formative only) -> partially_met.
- 6.S2d: tagged FX5 but reviewed "—" -> partially_met.
- 6.S9: reviewed only "FT3 from 2010-11" (a plan for a later season; AP4 "For 2010-11") -> partially_met.
- Past arrangement: the pilot's needs questionnaire (2007-08) replaced by the Baseline Review (2.2 met on the
  current arrangement).
- Comments: one on the tutors' CRB sentence (participants "asked at interview"), one on the PT26 cell about
  next year's viva questions; neither is part of the submission.
- Header/footer: "Restricted: squad and staff only" and report numbers, no evidence.
- Text box: the head coach's beliefs (generic mission statements, no arrangement).
- Footnotes: the FHEQ level of the credits and the reading list (not relied on for any verdict).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ou_helpers import *  # noqa: F401,F403

HERE = Path(__file__).parent
NAME = "ou-01-bramwell-park-analysis-report"
NAVY, SKY, PALE, AMBER, GREY = "1F3864", "DCE6F1", "F2F2F2", "FDE9D9", "D9D9D9"
TC_AUTHOR, TC_DATE = "Meera Lyall", "2009-02-12T16:40:00Z"

doc = Document()
base_font(doc, "Arial", 10)
for lvl, size in ((1, 13), (2, 11.5)):
    st = doc.styles[f"Heading {lvl}"]
    st.font.name = "Arial"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(NAVY)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs"):
        rf.set(qn(a), "Arial")
sec = doc.sections[0]
set_margins(sec, 2.0)
fn = Footnotes(doc)

# header / footer
hp = sec.header.paragraphs[0]
hp.text = "BRAMWELL PARK HOCKEY FOUNDATION  |  PERFORMANCE ANALYSIS UNIT  |  PA REPORT 08/37"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor.from_string(NAVY)
border_par(hp, sides=("bottom",), sz=6)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Restricted: squad and staff only  |  Analyst: M. Lyall  |  Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE", "1", size=8)
r = fp.add_run(" of ")
r.font.size = Pt(8)
add_field(fp, "NUMPAGES", "9", size=8)


def para(text, bold=False, italic=False, size=None, align=None, space_after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
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


def bullet(text, mark="\u2022", label=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.45)
    p.paragraph_format.space_after = Pt(3)
    p.add_run(mark + "\t")
    if label:
        p.add_run(label + " ").bold = True
    p.add_run(text)
    return p


def table(rows, widths, header=True, size=8.5, head_fill=NAVY):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            if header and i == 0:
                set_cell_text(c, val, bold=True, size=size, color="FFFFFF")
                shade_cell(c, head_fill)
            else:
                set_cell_text(c, val, size=size)
    if header:
        repeat_header(t.rows[0])
    col_widths(t, widths)
    return t


# ------------------------------------------------------------------ title block
p = para("BRAMWELL PARK HOCKEY FOUNDATION", bold=True, size=18, space_after=0)
p.runs[0].font.color.rgb = RGBColor.from_string(NAVY)
para("The coaching and education foundation of Bramwell Park Hockey Club  \u00b7  Registered Charity No. 1098342",
     size=8.5, space_after=10)
p = para("PERFORMANCE ANALYSIS REPORT  PA 08/37", bold=True, size=13, space_after=2)
para("Programme analysis: the Bramwell Park Award in SEN Coordination, season 2009-10", size=11, space_after=2)
para("Submitted to the Training and Development Agency for Schools in the 2008-09 round, for approval to offer "
     "the National Award for SEN Coordination", italic=True, size=9.5, space_after=10)

facts = [
    ("Report", "PA 08/37, version 3, 16 February 2009"),
    ("Programme", "The Bramwell Park Award in SEN Coordination, leading to the National Award for SEN Coordination"),
    ("Home side", "Bramwell Park Hockey Foundation, The Clubhouse, Lyddon Lane, Wexcombe"),
    ("Partners", "University of Wexcombe, School of Education; Northmoor County Council SEN Support Service"),
    ("Validation", "Validated by the University of Wexcombe as its Postgraduate Certificate in SEN Coordination"),
    ("Credits", "60 credits at Master's level (Level 7)"),
    ("Season", "September 2009 to July 2010 for the first squad; a new squad every September after that"),
    ("Squad", "24 participants, taught as two groups of 12"),
    ("Analyst", "Dr Meera Lyall, Director of Education and Award Leader"),
    ("Contact", "award@bramwellparkhockey.org.uk  \u00b7  01632 960417"),
]
t = doc.add_table(rows=len(facts) + 1, cols=2)
t.style = doc.styles["Table Grid"]
top = t.cell(0, 0).merge(t.cell(0, 1))
set_cell_text(top, "MATCH FACTS", bold=True, size=10, color="FFFFFF")
shade_cell(top, NAVY)
for i, (k, v) in enumerate(facts, start=1):
    set_cell_text(t.cell(i, 0), k, bold=True, size=9)
    shade_cell(t.cell(i, 0), SKY)
    set_cell_text(t.cell(i, 1), v, size=9)
col_widths(t, [3.5, 13.5])
fn.add(t.cell(6, 1).paragraphs[0], "Level 7 of the Framework for Higher Education Qualifications; University of "
       "Wexcombe module codes EDU7114 (40 credits) and EDU7115 (20 credits).")

para("")
para("Why a match report?", bold=True, space_after=2)
para("Everything the Foundation plans, from our under-12 squads and the coaching pathway to our schools programme "
     "and now this Award, is planned and reviewed in the Performance Analysis Unit's report format. Our tutors, our "
     "partner schools and the University link tutor all know it. We have kept it for this application so that the "
     "panel reads the programme as our tutors will run it. The codes set out in Section 1 are the ones used on every "
     "page that follows, including the Player Tracking sheet in Section 7.")

# ------------------------------------------------------------------ Section 1 code window
doc.add_heading("1  CODE WINDOW: how to read this report", level=1)
para("In our analysis software each event in a match is tagged by pressing a button in the code window. This "
     "report uses the same buttons for the Award. The table below is the key to the Season Timeline (Section 4) "
     "and to the Player Tracking sheet (Section 7).")
cw = [
    ("Button", "Colour", "What it tags"),
    ("FX1 \u2013 FX9", "Blue", "Fixtures: the nine taught days, 9.30 to 3.30, at the clubhouse, the University or a "
     "host school."),
    ("TR1 \u2013 TR4", "Green", "Training blocks: tasks each participant carries out in their own school between "
     "fixtures, each tied to named outcomes."),
    ("FT1 \u2013 FT3", "Red", "Full-time Reviews: the three marked assessments, each marked pass or refer against the "
     "University's criteria."),
    ("HT only", "Amber", "Half-time talk only: the outcome is covered in the tutor's formative feedback at the "
     "half-time tutorials, but no Full-time Review marks it."),
    ("\u2014", "Grey", "No tag. In a \u201cTagged in\u201d column: no fixture or training block teaches it. In a "
     "\u201cReviewed at\u201d column: nothing marks it."),
    ("BR", "Black", "Baseline Review: the needs analysis before FX1 (not marked)."),
    ("PRG", "White", "A meeting of the Programme Review Group."),
]
t = table(cw, [2.6, 1.8, 12.6])
for i, fill in enumerate(["9DC3E6", "A9D08E", "FF7C80", "FFD966", GREY, "808080", "FFFFFF"], start=1):
    shade_cell(t.cell(i, 1), fill)

# ------------------------------------------------------------------ Section 2 KPIs
doc.add_heading("2  KEY PERFORMANCE INDICATORS", level=1)
para("The Foundation judges every programme it runs on a small set of KPIs. For the Award there are five. The "
     "analyst reports them to the Programme Review Group after FX5 and at the end of the season, and to the "
     "University in its annual monitoring report.")
kpi = [
    ("KPI", "What we measure", "How", "Target"),
    ("1  Pupil progress", "Progress of each participant's focus group of four to six pupils with SEN and/or "
     "disabilities", "Baseline measures taken in TR1 (reading or spelling age, National Curriculum or P-scale "
     "level, attendance, and a well-being rating the pupils complete themselves), repeated in TR4, and analysed "
     "in FT2", "Three quarters of focus groups show a measurable gain on at least two measures"),
    ("2  Participant competence", "Each participant's standing against the national outcomes", "Self-rating and "
     "tutor rating at the Baseline Review and again before FT3", "Every participant rated secure on every "
     "outcome reviewed"),
    ("3  Participant confidence", "Confidence in leading SEN provision", "A ten-point confidence scale at BR, after "
     "FX5 and at FT3", "Average rise of three points"),
    ("4  School impact", "Change in the participant's school", "Questionnaire to each head teacher in June asking "
     "what has changed in the school's SEN provision and for which pupils", "20 of 24 heads name a change"),
    ("5  Fixture quality", "Usefulness of each fixture", "Rating card (1 to 5) and one comment after every FX; "
     "tutors debrief the same afternoon", "Average of 4 or above"),
]
table(kpi, [3.2, 4.0, 6.3, 3.5])

# ------------------------------------------------------------------ Section 3 team sheet
doc.add_heading("3  TEAM SHEET", level=1)
para("Shirt numbers are the ones our staff wear at the club. Positions are their roles on the Award.")
ts = [
    ("No.", "Name", "Position on the Award", "Background"),
    ("1", "Dr Meera Lyall", "Award Leader; tutor (FX1, FX3, FX8)", "Qualified teacher; SENCO at Holmcroft School, "
     "Northmoor, 1996 to 2005; MEd in Special and Inclusive Education; PhD on provision mapping in secondary "
     "schools (2008); Director of Education at the Foundation since 2006."),
    ("4", "Tom Agbaje", "Tutor (FX2, FX7)", "Senior Educational Psychologist, Northmoor County Council, seconded to "
     "the Award one day a week; trains newly qualified psychologists in consultation."),
    ("6", "Ruth Penhaligon", "Tutor (FX4, FX5, FX6)", "SENCO at Ridgeway Primary School for eleven years; lead "
     "SENCO for the Wexcombe South cluster; member of the NASEN regional committee."),
    ("8", "Graham Doyle", "Tutor (FX2, FX7)", "Advisory Teacher for Autism and Communication, Northmoor SEN Support "
     "Service; formerly deputy head of Fernlea Special School."),
    ("11", "Dr Helen Strachan", "University link tutor; first marker", "Senior Lecturer in Inclusive Education, "
     "University of Wexcombe; leads the University's MA in Inclusive Education."),
    ("Bench", "", "Guest speakers (FX2, FX5, FX7)", "A speech and language therapist from Northmoor PCT; the "
     "manager of the Northmoor Parent Partnership Service; a primary mental health worker from Northmoor CAMHS; a "
     "volunteer from the Wexcombe Dyslexia Association; a member of the Northmoor Parents' Forum; an examinations "
     "officer from Northmoor's assessment team."),
    ("Umpire", "Professor Ann Calloway", "External examiner", "Professor of Special Education, University of "
     "Eastmarch; appointed by the University for four years from 2009."),
]
t = table(ts, [1.4, 3.2, 3.8, 8.6])
bench = t.cell(6, 0).merge(t.cell(6, 1))
set_cell_text(bench, "Bench", bold=True, size=8.5)
shade_cell(bench, SKY)
p = para("All Foundation coaches and tutors hold enhanced CRB disclosures, renewed every three years under England "
         "Hockey's safeguarding policy, and the Foundation's Welfare Officer keeps the register.")
doc.add_comment(p.runs, text="Meera, should we say we check the participants' CRB too? We do ask at interview. TA",
                author="Tom Agbaje", initials="TA")
para("Before the season each tutor receives the Tutor Playbook, which sets out who teaches which fixture, who marks "
     "which review, the marking criteria for FT1 to FT3, the rules for written feedback and the turnaround time "
     "(three weeks). Every tutor attends a pre-season tutor day with the University link tutor, at which they mark "
     "two sample FT2 scripts together and agree the grades. A new tutor is paired with Dr Lyall for their first "
     "fixture and their first marking.")
para("Each participant also needs a mentor in school, usually the head teacher or a deputy. Mentors are chosen by "
     "the school, and we leave it to the head teacher to brief them; the Foundation does not train mentors.")

# ------------------------------------------------------------------ Section 4 timeline export
doc.add_heading("4  SEASON TIMELINE (export)", level=1)
para("Exported from the season file. WK is the week of the school year (WK01 is the first week of September 2009); "
     "negative weeks fall in the summer term before.", size=9)
lines = [
    "WK    CODE  EVENT                          DESCRIPTOR",
    "----  ----  -----------------------------  ------------------------------------------------",
    "-16   APP   Nominations close (May)        Head nominates; selection conversation",
    "-06   BR    Baseline Review (June-July)    Self-rating; tutor and head; Individual Game Plan",
    "02    FX1   Rules of the game              Clubhouse",
    "05    FX2   Reading the game               University, Holt Building",
    "06    TR1   Profile your squad             Own school; focus group chosen; baselines taken",
    "09    FX3   Game plans                     Ridgeway Primary School (host)",
    "12    FX4   The tactics board              Clubhouse",
    "13    TR2   Map the pitch                  Own school; provision map of one year group",
    "15    HT    Half-time tutorial 1           45 minutes, own school or clubhouse",
    "18    FX5   Big match days                 Fernlea Special School (host)",
    "19    PRG   Programme Review Group         KPIs 1 to 5, interim",
    "20    FX6   Captaincy                      Kingsford Community College (host)",
    "22    FT1   Clip Reel due                  Tutor marks; University samples",
    "24    FX7   The team around the child      University, Holt Building",
    "25    TR3   Coach, meet, listen            Own school",
    "28    HT    Half-time tutorial 2           45 minutes",
    "30    FX8   Match analysis                 Clubhouse",
    "31    TR4   Re-measure and review          Own school",
    "33    FT2   Provision Analysis due         Double-marked",
    "36    FX9   Next season                    Clubhouse",
    "38    FT3   Post-match Interview           Two assessors; recorded",
    "41    AB    University Award Board         External examiner present",
    "42    PRG   Programme Review Group         End-of-season KPIs; action points",
]
for ln in lines:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(ln)
    r.font.name = "Courier New"
    r.font.size = Pt(8)
    r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), "Courier New")
para("")
p = para("The Award runs as one part-time route, September to July, with fixtures on Thursdays. A January start will "
         "run only if twelve or more schools nominate for it; in the pilot season it did not. ")
add_del(p, "Participants may also take fixtures in any order that suits their school calendar. ", TC_AUTHOR, TC_DATE)
p.add_run("A participant who has to stop part-way, for illness or maternity leave, may rejoin the next squad at the "
          "fixture where they left.")

# ------------------------------------------------------------------ Section 5 phase analysis
doc.add_heading("5  PHASE ANALYSIS", level=1)
doc.add_heading("5.1  In possession: what the Award sets out to do", level=2)
para("The Award has one main objective, and it is the one our coaches use for every squad: better results for the "
     "players who need the most help. Here the players are the pupils with SEN and/or disabilities in the "
     "participants' schools, and results means the five Every Child Matters outcomes (being healthy, staying safe, "
     "enjoying and achieving, making a positive contribution and achieving economic well-being), not test scores "
     "alone. The aims in the programme handbook say so. Every fixture ends with a ten-minute \u201cSo what for the "
     "pupils?\u201d in which participants write down what they will change, and for which named pupils. FT2, the "
     "largest marked piece, is judged on the measured difference the participant's work has made to a focus group "
     "of pupils (KPI 1).")
para("The Award is played on school pitches. Three fixtures are hosted by schools, and each of the four training "
     "blocks is work the participant does in their own school, with their own pupils and colleagues, tied to named "
     "outcomes on the Player Tracking sheet. Participants bring a live case from their school to every fixture. "
     "FT1 and FT2 both require the participant to lead a change in their school and show its effect, so nobody can "
     "pass the Award without having changed practice.")
para("The nine fixtures:", bold=True, space_after=2)
fixtures = [
    ("FX1 Rules of the game.", "The SEN framework as it stands in 2009: the Education Act 1996 and the SEN Code of "
     "Practice (2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 "
     "and the disability equality duty, Every Child Matters and the Children Act 2004, and the 2008 regulations on "
     "the SENCO's role. Participants work out what each means for the school, for themselves as SENCO and for "
     "class teachers, governors and the head, and how to put it into practice, and take away a checklist to run "
     "against their own school's arrangements."),
    ("FX2 Reading the game.", "How children develop, physically, in language, socially and emotionally, and how SEN, "
     "disability and the environment for learning can affect that development; then the common types of need: "
     "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autistic spectrum disorders and moderate learning difficulties, and what "
     "each means for learning in a classroom. Led by Tom Agbaje and Graham Doyle, with the speech and language "
     "therapist."),
    ("FX3 Game plans.", "Identifying pupils who may have SEN from classroom observation, data and assessment; setting "
     "targets that stretch; planning interventions aimed at the barrier, not the label; reviewing progress. "
     "Participants practise reading reports from educational psychologists, therapists and advisory teachers and "
     "turning them into classroom approaches, and use summative data (Key Stage test results, P-scales and the "
     "school's tracking system) to follow progress and change a programme that is not working. The afternoon is "
     "given to provision mapping: costing provision, mapping it against need, and finding provision that is missing "
     "or not working."),
    ("FX4 The tactics board.", "Approaches, strategies and resources for assessment, planning, teaching and "
     "learning, ICT among them (Clicker, text-to-speech, visual timetables on the interactive whiteboard), weighed "
     "critically: what works, for whom, and how we know. Participants read recent research and inspection "
     "findings before the day and bring one piece to argue from."),
    ("FX5 Big match days.", "Access arrangements for Key Stage tests and GCSE examinations: which pupils need them, "
     "the evidence required, the deadlines, and how to build the arrangement into everyday classroom practice so "
     "that it is the pupil's normal way of working. With an examinations officer from Northmoor's assessment team."),
    ("FX6 Captaincy.", "Leading colleagues: winning the backing of the head teacher and senior leaders; working with "
     "senior colleagues and governors on the school's SEN policy, its inclusive ethos, its priorities and how it "
     "spends its resources; deploying and managing teaching assistants; developing colleagues by observing lessons "
     "and giving feedback, modelling, coaching and mentoring, and running staff training. The Wexcombe South "
     "cluster SENCOs join the afternoon, so that participants practise advising and working with colleagues from "
     "other schools."),
    ("FX7 The team around the child.", "Working with parents and carers, with the Parent Partnership Service and a "
     "member of the Northmoor Parents' Forum; consulting pupils and helping them take part in planning and reviewing "
     "their own provision (person-centred reviews, pupil passports, pupil conversations); the scope and role of the "
     "external agencies (health, social care, CAMHS, the educational psychology service) and how to get their help "
     "and resources; working with voluntary organisations."),
    ("FX8 Match analysis.", "Reviewing provision with colleagues: what each intervention has achieved, what it cost, "
     "what to stop. Participants work through three case files in which something is going wrong, decide what to "
     "do, and defend the decision to the group."),
    ("FX9 Next season.", "Each participant presents their season's analysis and drafts a Next Season Plan (see 5.3)."),
]
for lab, txt in fixtures:
    bullet(txt, label=lab)
p = para("Research and inspection evidence is built into the fixtures, not bolted on. In 2009-10 they draw on the "
         "Lamb Inquiry's work on parental confidence, the Bercow Review of services for children and young people "
         "with speech, language and communication needs (2008), Ofsted's report Inclusion: does it matter where "
         "pupils are taught? (2006), the review of provision for pupils with dyslexia due to report in 2009, and the "
         "Inclusion Development Programme materials as they are published. Dr Strachan revises the reading list "
         "each summer.")
fn.add(p, "The 2009-10 reading list runs to 42 items and is held on Clipboard.")

doc.add_heading("5.2  Out of possession: what the Award does not do", level=2)
para("A good analysis says what a team does not do as well as what it does. So, plainly:")
bullet("The Award does not teach the principles of school self-evaluation and improvement planning. Participants "
       "meet those on the National College's leadership programmes, and tutors point them there.", mark="-")
bullet("It does not accredit experience. The University will count up to 20 credits of prior Master's-level study "
       "in SEN towards the 60 (see 5.3); years in post, however many, are not credited.", mark="-")
bullet("It does not teach the running of an examinations centre: FX5 is about pupils' access arrangements, not the "
       "examinations office.", mark="-")
bullet("It does not offer a distance route. Clipboard (5.6) supports the taught fixtures; it does not replace them.",
       mark="-")
bullet("It does not ask participants to film pupils. Every recording made for FT1 is of adults, made with their "
       "consent.", mark="-")

doc.add_heading("5.3  Transitions: getting on and getting off the pitch", level=2)
runin("Getting on.", "Applicants must hold QTS, be the SENCO of their school or be designated to become its SENCO "
      "within the year, and be nominated by their head teacher, who signs to release them for nine fixture days. "
      "Each applicant has a 30-minute selection conversation with the Award Leader, who asks them to talk through "
      "a pupil they have supported and checks what they say against the national outcomes: we take only those "
      "who can show the knowledge, understanding and experience to reach every outcome by July. An applicant who "
      "is not ready is told what to do first, usually a term with the Foundation's unaccredited SEN Development "
      "Squad (five twilight sessions), and we write to the head teacher to agree the plan.")
runin("Prior study.", "Participants who have passed Master's-level modules in SEN at Wexcombe or another university "
      "in the last five years may claim up to 20 credits through the University's procedure for the accreditation "
      "of prior certificated learning. The University's panel maps the earlier module against FT1.")
runin("Baseline Review.", "Every participant has a Baseline Review in June or July, before FX1. They rate themselves "
      "against each of the national outcomes on our four-point scale (not yet, emerging, secure, strong) with "
      "evidence for each rating. Their tutor then spends an hour with them and their head teacher checking the "
      "ratings, because people often think they know something when what they know is out of date. The result is "
      "the participant's Individual Game Plan: the outcomes they start strong in, the ones to work hardest on, "
      "their personal targets for the season, the fixtures and tutorials that matter most for them, and the pupils "
      "and colleagues their training blocks will involve. Tutors revisit the Game Plan at both half-time "
      "tutorials. (In the pilot season, 2007-08, a needs questionnaire was handed out at the second session and "
      "never followed up; the Baseline Review replaces it.)")
runin("Tailoring.", "Within the common fixtures the Game Plan decides the rest: the focus group, the colleague "
      "coached in TR3, the FT1 recording, the reading, and the number of tutorials. Two are standard; a third is "
      "added for any participant still rated not yet on five or more outcomes at half-time. Afternoon workshops "
      "are grouped by phase (primary, secondary, special). The fee, \u00a31,350 per participant, is kept down "
      "because the clubhouse and the analysis suite cost the Award nothing and Northmoor releases its staff as part "
      "of the partnership.")
runin("Access.", "The clubhouse has level access throughout, an accessible toilet and changing room and an induction "
      "loop in the function room. The University's Holt Building has lifts and a loop in every seminar room.")
runin("Safer recruitment.", "Participants are serving teachers, and safer recruitment checks on them are the "
      "employing school's responsibility. The Foundation does not ask to see participants' CRB disclosures.")
runin("Getting off.", "FX9 and FT3 close the season by looking forward. Each participant writes a Next Season Plan: "
      "three professional targets for the following year, the support they will need, and the further study open "
      "to them (the University's MA in Inclusive Education accepts the Award's 60 credits). They take it to their "
      "head teacher or line manager to agree at their next performance management review, and their tutor "
      "discusses it with them at FX9.")

doc.add_heading("5.4  Set pieces: the three Full-time Reviews", level=2)
runin("FT1 The Clip Reel (February, 20 credits).", "A recording of 15 to 20 minutes of the participant advising or "
      "coaching a colleague, or leading a staff meeting on SEN, with a 2,500-word commentary: what they did, what "
      "the colleague took away, and how they won the support of the head teacher and senior leaders for the change. "
      "Marked by the participant's tutor.")
runin("FT2 The Provision Analysis (May, 30 credits).", "A 6,000-word analysis of the provision for the participant's "
      "focus group: how the pupils were identified; their needs and how those needs affect their learning; the "
      "assessments from other professionals used; the targets; the provision map and the intervention chosen, and "
      "why, with the research and best practice behind it and the strategies and resources used; how the pupils and "
      "their parents took part in planning and reviewing it; the relationship built with the pupils and their "
      "families; the baseline and end measures (KPI 1) and the summative data used to adjust the programme; and the "
      "review of the provision carried out with colleagues. Marked against the University's Level 7 criteria.")
runin("FT3 The Post-match Interview (July, 10 credits).", "A 40-minute professional discussion with two assessors, a "
      "tutor and the University link tutor, based on the participant's season file. It covers the law and "
      "guidance on SEN and how the participant's school applies them, Every Child Matters, the duties of "
      "disability equality law, the external agencies the participant has worked with, their work with governors "
      "and senior colleagues on policy and resources, and a problem they had to solve during the season and how "
      "they decided. Participants must explain clearly and answer challenge, and the "
      "assessors judge how well they listen to and take account of the other view. The interview is recorded.")
p = para("Every review is marked pass or refer against criteria published in the Tutor Playbook. ")
add_ins(p, "Every FT2 and FT3 is second-marked by a tutor who did not teach the participant, and the University "
        "moderates a sample of all three reviews before the Award Board. ", TC_AUTHOR, TC_DATE)
p.add_run("The external examiner sees a sample of every review and attends the Award Board. A participant referred "
          "on any review may resubmit once.")
para("The University's Award Board confers the Award on participants who pass FT1, FT2 and FT3. Between them the "
     "three reviews test every one of the national outcomes.")
para("(The Foundation's umpire pathway works the same way: England Hockey's umpire managers moderate our umpire "
     "assessments.)", italic=True, size=9)

doc.add_heading("5.5  Umpiring and video referrals: quality assurance", level=2)
para("Quality assurance at the Foundation works like a video referral: anyone can ask for a second look, and the "
     "decision is made on the evidence.")
bullet("fixture rating cards (KPI 5) and a same-afternoon tutor debrief after every fixture;", label="Inside the club:")
bullet("the analyst's mid-season and end-of-season KPI reports, which include the pupil measures (KPI 1) and the "
       "confidence scale (KPI 3);", label="")
bullet("each tutor observes one fixture taught by another and gives written feedback once a season;", label="")
bullet("an end-of-season evaluation completed by every participant.", label="")
bullet("the University's annual monitoring and its five-yearly review of the programme; the external examiner's "
       "annual report; a yearly review of the partnership by Northmoor's SEN Support Service.", label="Outside the club:")
para("The Programme Review Group is made up of the Award Leader, the University link tutor, two head teachers of "
     "participating schools, a member of the Northmoor Parents' Forum, a manager from the SEN Support Service and "
     "two participants from the pilot squad. It meets at WK19 and WK42, receives the KPI reports, the external "
     "examiner's report and the head teachers' questionnaire (KPI 4), and agrees the changes for next season. The "
     "analyst logs each change as an action point (Section 8) and reports at the next meeting whether it has "
     "worked.")

doc.add_heading("5.6  Pitch, kit and support staff", level=2)
runin("Resources.", "Participants have full use of the University library and its online journals, and of the "
      "Northmoor SEN Support Service resource base at Lyddon House: assessment materials, assistive technology "
      "(text-to-speech software, Clicker 5, switch access and communication aids) that participants can borrow for "
      "their focus groups, and a collection of intervention programmes. The Foundation's analysis suite provides "
      "laptops and the cameras for FT1 recordings.")
runin("Clipboard.", "Clipboard is the Foundation's online platform, the one our squads use to watch clips of their "
      "matches. For the Award it holds each fixture's slides, readings and case files, posted the evening after the "
      "fixture. Participants upload their FT1 recordings and drafts to it, and between fixtures their tutor answers "
      "questions posted on Clipboard within three working days.")

doc.add_heading("5.7  Away fixtures", level=2)
para("The bench (Section 3) brings in speech and language therapy, CAMHS, the Parent Partnership Service, a "
     "voluntary dyslexia association and an examinations officer; the educational psychology and autism advisory "
     "services are on the team sheet itself. A day's visit to Fernlea Special School or to one of Northmoor's "
     "resource bases can be arranged for a participant who asks for one, as far as the host schools' places allow.")

p = doc.add_paragraph()
text_box(p, [
    "At Bramwell Park we believe every child deserves a game. The best SENCOs, like the best captains, lift the "
    "players around them, and we want every participant to leave the Award believing that no pupil is beyond "
    "reach. Inclusion is not a drill we run once a season; it is how the whole club plays.",
    "Ian Fairweather, Head Coach and Trustee",
], width_cm=16.5, height_cm=3.6, fill="FFF2CC", line="BF9000", title="HEAD COACH'S VIEW")

# ------------------------------------------------------------------ Section 6 clip playlist
doc.add_heading("6  CLIP PLAYLIST: what the schools and the pilot told us", level=1)
para("Before we wrote the Award we watched the tape. These clips are the evidence we used; the right-hand column "
     "shows what each one changed.")
clips = [
    ("Clip", "Source", "What we saw", "What changed"),
    ("C1", "Northmoor SENCO survey, January 2008 (46 of 71 schools replied)", "Two thirds of SENCOs had no release "
     "for training in the summer term; most wanted help with provision mapping and with leading teaching "
     "assistants.", "No fixtures after FX9 in the summer term; provision mapping in FX3; deployment of teaching "
     "assistants in FX6."),
    ("C2", "Head teachers' focus group, March 2008 (nine heads)", "Heads wanted training that changes practice in "
     "school and wanted to see the effect on pupils.", "Training blocks in the participant's own school; KPI 1 and "
     "FT2 built round a focus group of pupils."),
    ("C3", "Northmoor Parents' Forum, April 2008", "Parents said SENCOs explain procedures well but seldom ask what "
     "parents know about their child.", "FX7 rebuilt around working with parents; a Forum member now speaks at "
     "FX7."),
    ("C4", "Pilot participants' evaluations, 2007-08 (14 SENCOs)", "The law sessions were too much, too fast; the "
     "needs questionnaire was never used.", "Law taught in FX1 and revisited at FT3; the Baseline Review "
     "introduced."),
    ("C5", "Northmoor SEN Support Service caseload figures, 2008", "Rising numbers of pupils with autism and with "
     "speech, language and communication needs in mainstream schools.", "FX2 extended to a full day; the autism "
     "advisory teacher joined the team."),
]
table(clips, [1.1, 4.2, 5.9, 5.8])

# ------------------------------------------------------------------ Section 7 player tracking
doc.add_heading("7  PLAYER TRACKING: the national outcomes", level=1)
para("Each row is one of the national minimum outcomes, in our words. Tagged in: where it is taught or practised. "
     "Reviewed at: where it is marked.")
groups = [
    ("ON THE BALL: attitudes", [
        ("Builds fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
         "disabilities and with their parents and carers", "FX7, TR3", "FT2"),
        ("Wins the backing of colleagues, the head teacher and senior leaders for better outcomes for pupils with "
         "SEN and/or disabilities", "FX6", "FT1"),
        ("Sees problems coming, solves them, and makes sound, well-founded decisions about provision", "FX8",
         "FT3"),
        ("Speaks and writes clearly; listens to and understands other people's views", "\u2014", "FT3"),
        ("Uses research evidence and outside advice to improve their own and colleagues' practice", "FX4", "FT2"),
        ("Keeps up to date and takes charge of their own professional development in SEN and disability", "FX9",
         "HT only"),
    ]),
    ("KNOWING THE GAME: knowledge and understanding", [
        ("The law and guidance on SEN, the Code of Practice, what they mean for the school, the SENCO and others, "
         "and how to put them into practice", "FX1", "FT3"),
        ("Every Child Matters: its principles and five outcomes, and the SENCO's part in helping pupils achieve "
         "them", "FX1", "FT3"),
        ("Disability equality law and what it requires a school to do for disabled pupils", "FX1", "FT3"),
        ("How children develop, and how SEN, disability and the environment for learning affect development",
         "FX2", "HT only"),
        ("The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each "
         "affects learning", "FX2, TR1", "FT2"),
        ("A critical grasp of approaches, strategies and resources, ICT included, for assessment, planning, "
         "teaching and learning, and how to use them to remove barriers and personalise provision", "FX4, TR2",
         "FT2"),
        ("Best practice and the findings of research on meeting SEN", "FX4", "FT2"),
        ("What the external agencies do, and how to get specialist support and resources", "FX7", "FT3"),
    ]),
    ("PLAYING THE GAME: skills", [
        ("With senior colleagues and governors, shapes an inclusive ethos, the SEN policy, the school's priorities "
         "and the use of its resources", "FX6", "FT3"),
        ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
         "FX3, TR1", "FT2"),
        ("Uses other professionals' assessments to shape teaching approaches", "FX3", "FT2"),
        ("Uses summative data, national tests included, to track progress and change programmes", "FX3, TR4",
         "FT2"),
        ("Spots early the special arrangements pupils need in national tests and examinations and puts them in "
         "place with colleagues", "FX5", "\u2014"),
        ("Uses provision mapping to plan provision and to find provision that is missing or not working",
         "FX3, TR2", "FT2"),
        ("Deploys and manages teaching assistants and other staff", "FX6, TR3", "HT only"),
        ("Develops colleagues: observation and feedback, modelling, coaching and mentoring, running training",
         "FX6, TR3", "FT1"),
        ("Reviews with colleagues how well provision is working, and reports it to the senior team for the school's "
         "own review of its work", "FX8, TR4",
         "FT2"),
        ("Makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision",
         "FX7, TR3", "FT2"),
        ("Works with parents and carers to support their child's learning and development", "FX7, TR3", "FT2"),
        ("Works in partnership with other services and agencies, voluntary organisations included", "FX7",
         "FT3 from 2010-11"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=4)
t.style = doc.styles["Table Grid"]
for j, h in enumerate(("No.", "What the participant can do (our words)", "Tagged in", "Reviewed at")):
    set_cell_text(t.cell(0, j), h, bold=True, size=8.5, color="FFFFFF")
    shade_cell(t.cell(0, j), NAVY)
repeat_header(t.rows[0])
i, n = 1, 0
for gname, rows in groups:
    m = t.cell(i, 0).merge(t.cell(i, 3))
    set_cell_text(m, gname, bold=True, size=8.5)
    shade_cell(m, SKY)
    i += 1
    for desc, tag, rev in rows:
        n += 1
        set_cell_text(t.cell(i, 0), f"PT{n}", size=8.5)
        set_cell_text(t.cell(i, 1), desc, size=8.5)
        set_cell_text(t.cell(i, 2), tag, size=8.5)
        set_cell_text(t.cell(i, 3), rev, size=8.5)
        if rev in ("HT only", "\u2014") or rev.startswith("FT3 from"):
            shade_cell(t.cell(i, 3), AMBER)
        i += 1
col_widths(t, [1.2, 10.8, 2.4, 2.6])
c = doc.add_comment(t.cell(i - 1, 3).paragraphs[0].runs, text="Helen says the viva questions on voluntary "
                    "organisations can go in next year. ML", author="Meera Lyall", initials="ML")

# ------------------------------------------------------------------ Section 8 action points
doc.add_heading("8  POST-MATCH ACTION POINTS", level=1)
para("Action points from the pilot review (PRG, July 2008) and the University's validation event (December 2008).")
ap = [
    ("No.", "Action", "Owner", "Status"),
    ("AP1", "Offer an assessment-only route for experienced SENCOs and SEN support service teachers", "H. Strachan",
     "Parked. The University's regulations do not allow the award without enrolment on the taught programme; no "
     "assessment-only route will run in 2009-10."),
    ("AP2", "Open a peer discussion forum on Clipboard", "M. Lyall", "Not started. We hope to add one if the "
     "software licence allows."),
    ("AP3", "Run a Saturday repeat of each fixture", "R. Penhaligon", "Dropped: not enough tutors."),
    ("AP4", "Add FT3 questions on partnership with voluntary organisations", "M. Lyall", "For 2010-11."),
    ("AP5", "Revise the Tutor Playbook for the accredited Award", "M. Lyall", "Done, January 2009."),
    ("AP6", "Move FX5 to Fernlea Special School", "R. Penhaligon", "Done."),
]
t = table(ap, [1.2, 6.6, 2.6, 6.6])
para("")
para("Analyst: Dr Meera Lyall, Director of Education and Award Leader", size=9, space_after=0)
para("Signed for the Foundation: ______________________  Chair of Trustees     Date: ____________", size=9)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
