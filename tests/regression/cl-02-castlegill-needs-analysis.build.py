"""Build cl-02-castlegill-needs-analysis.docx (invented provider, blind test data).

Provider: Castlegill Borough Council Learning Support Service (the LSS, the
authority's SEN support service) with the Thornhope Learning Hub, a group of
four schools (Ashgrove Primary, St Aidan's RC Primary, Coldharbour Community
High School and Brackenfold School, a 2-19 special school). Haddon Vale
University validates the award. Programme: the Castlegill Award for SEN
Coordination, 40 credits at Level 7 (two 20-credit modules), with an optional
third University module for a 60-credit PGCert. Dated March 2009; 2008-era
vocabulary (CRB, List 99, DDA, Disability Equality Duty, SEN Code of Practice
2001, ECM, SEF, RAISEonline, CAF, P scales, Talking Mats).

Layout: a needs-analysis and programme-design research report, submitted as
the application. Voice: first person plural of practitioner-researchers,
with survey percentages, focus-group quotations (italic, indented,
attributed) and hedged findings. Part A (the study: purpose, method,
limitations); Part B (findings F1-F8, each with a small data table, quotations
and a shaded one-cell "Design response" box carrying the arrangements);
F6 is a 29-row table of new SENCOs' confidence against the national outcomes
with an "In the Award" column saying where each is taught and assessed;
Part C (the programme as designed: award, aims, entry and checks, individual
plans, a session table with three online units and placement days,
assessment and the Outcome Record, people and resources, quality, equality,
after the award); Part D (what is still open); references; Appendix 1 (the
survey questions); Appendix 2 (the blank Outcome Record form listing every
outcome under the provider's own codes PA1-PA7, KU1-KU9, PS1-PS9 with
PS2a-PS2d). Footer.

Traps, with the requirement ids each affects:
- E.2 partially_met: masters level, but 40 credits; 60 only with an optional
  extra University module chosen at registration.
- "We did not consult pupils directly in this study" is about the STUDY, not
  the programme; session 7 and the pupil consultation task are real
  (1.5 met, 6.S7 met). Likewise 4.1 met despite the limitation.
- Research and inspection appear only in the report's own references and
  context (wrong context); Part D2 says the programme has not settled how
  it will keep up with research -> 1.3 not_met; 6.A6 and 6.K8 "No session"
  -> partially_met (assessed only).
- 1.6 met although "The Hub SENCO Network ... is not part of the Award": the
  negation is about the Network only; session 10 covers colleagues in the
  school and U3 / Task B work with professionals beyond it (notes_on_met).
- 2.1 partially_met: prior certificated Level 7 learning credited; "The Award
  does not credit experience as such" (experience only taken into account).
- 2.3 not_met: assessment-only route "not available" now; D1 "We would like
  to offer one from 2010" (aspiration); survey question Q9 is a prompt.
- 2.5 not_met: C10 "We considered a final session on next steps but decided
  against it"; survey question Q10 is a prompt, not an arrangement.
- 3.1 partially_met: value statement "committed to equality ... comply fully"
  and accessible buildings only; session 2 teaching the DDA is course content
  (wrong context); nothing on disclosure or adjustments.
- 3.3 partially_met: three online units with a peer discussion board, but
  "The units are not tutored", questions wait for the next session.
- 4.3 partially_met: stakeholders deliver (parent trainers, headteacher,
  special school), but their part in evaluation is only intended (D3 steering
  group "not yet drafted"); the past Network steering group "lapsed";
  survey Q12 is a prompt.
- 5.1 partially_met: internal evaluation only (sheets, block reviews, tutor
  meeting, report to headteachers); no external evaluation and no stated
  route from evidence to change. (The external examiner appears only under
  marking, 5.8.)
- 5.6 partially_met: resource library and University library, but "We have
  no stock of assistive technology to lend"; the bid is undecided (D5).
- 5.7 partially_met: tutors plan and agree marking together, but guidance
  for mentors "is being written" (D4).
- F8 describes the PAST Hub SENCO Network; the two placement days are kept
  in the Award with a placement task, so 5.5 met (not a past arrangement).
- Outcomes: every outcome is assessed through the Outcome Record (C6, rule:
  award only when every line is judged met and moderated), so 6.0 and 1.9
  are met although this looks like a blanket claim (notes_on_met). Outcomes
  taught and assessed are met; outcomes "Not taught" (6.A3, 6.A5, 6.K4,
  6.S4), taught only by another LA service "not part of the Award" (6.S2b,
  6.S2c, 6.S2d), with "No session" (6.A6, 6.K8), or missing from the F6
  table and taught nowhere (6.A7) are partially_met: assessed but not
  developed.
- Pupils' IEP targets (session 8) are not participants' plans; the
  participants' own Individual Learning Plan (C4) is what meets 2.2.
- Genuine arrangements in unusual places: routes, intakes and order inside
  the F3 design response (3.2); parent trainers and the Task B review
  meeting (1.7, 6.A1, 6.S8); Task C baseline and follow-up pupil measures
  with cohort analysis (5.9, 1.1, 1.8); CRB / List 99 / previous employer
  checks (5.3); entry audit and ILP (2.2, 5.2); cost comparison (2.4).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("cl-02-castlegill-needs-analysis.docx")

doc = Document()
doc.core_properties.author = "Jo Ferriday"
doc.core_properties.title = "Learning to lead SEN in Castlegill"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
for lvl in (1, 2):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Georgia"
    hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


def para(text="", bold=False, italic=False, size=None, align=None, indent=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def quote(text, who):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.right_indent = Cm(1.2)
    r = p.add_run("\u201c" + text + "\u201d")
    r.italic = True
    r2 = p.add_run("  \u2014 " + who)
    r2.font.size = Pt(9)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(rows, widths=None, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, "DCE6F1")
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def box(title, paras):
    """A shaded one-cell table: the 'Design response' box under each finding."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "EEF3E2")
    c.width = Cm(16)
    r = c.paragraphs[0].add_run(title)
    r.bold = True
    for text in paras:
        p = c.add_paragraph()
        p.add_run(text)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------ footer
fp = doc.sections[0].footer.paragraphs[0]
fr = fp.add_run("Castlegill LSS and Thornhope Learning Hub \u00b7 Needs analysis and programme design "
                "report \u00b7 March 2009")
fr.font.size = Pt(8)

# ------------------------------------------------------------ title
para("Learning to lead SEN in Castlegill", bold=True, size=20, align="c")
para("What new SENCOs need, and the Award we have built from it", italic=True, size=13, align="c")
para("Needs analysis and programme design report, submitted to the Training and Development Agency "
     "for Schools as our application for approval to provide the National Award for SEN "
     "Coordination", align="c")
para("Castlegill Borough Council Learning Support Service and the Thornhope Learning Hub "
     "(Ashgrove Primary School, St Aidan\u2019s RC Primary School, Coldharbour Community High School "
     "and Brackenfold School), with Haddon Vale University", align="c", size=10)
para("Jo Ferriday, Head of the Learning Support Service, and Dr Sunil Pathak, Deputy Headteacher of "
     "Brackenfold School and research lead for the Hub \u2013 March 2009", align="c", size=10)

doc.add_heading("About this report", level=1)
para("This report began life in the autumn of 2008 as a needs analysis for the Hub\u2019s headteachers. "
     "We have kept its shape for the TDA, because the programme we are asking you to approve was "
     "designed finding by finding from what Castlegill\u2019s schools, SENCOs and parents told us. "
     "Each finding in Part B ends with a boxed design response saying what we have done about it. "
     "Part C then describes the programme as a whole, and Part D is honest about what is not yet "
     "settled.")

doc.add_heading("Summary", level=1)
para("What we found", bold=True)
bullet("41 of the 71 SENCOs who replied to our survey had been appointed since September 2006; "
       "four primary schools still have a SENCO who is not a qualified teacher.")
bullet("New SENCOs find provision mapping, gaining the headteacher\u2019s time and commitment, the law "
       "and access arrangements hardest; most are confident about communication and child "
       "development.")
bullet("Release is the main obstacle: most schools can spare between six and twelve days, and almost "
       "half would prefer twilight sessions.")
bullet("Parents want SENCOs who listen before they decide; pupils are rarely present at their own "
       "reviews.")
bullet("Headteachers want evidence that pupils do better, not simply a certificate.")
para("What the Award offers", bold=True)
bullet("A 40-credit Level 7 award validated by Haddon Vale University, in twelve sessions and two "
       "placement days, on a daytime or a twilight route, starting in September or February.")
bullet("An entry audit and an Individual Learning Plan for every participant.")
bullet("Three assessed tasks carried out in the participant\u2019s own school, and an Outcome Record "
       "on which every national outcome must be signed off before the Award is made.")

# ------------------------------------------------------------ Part A
doc.add_heading("Part A \u2013 The study", level=1)
doc.add_heading("A1  Why we did it", level=2)
para("Castlegill has 88 schools. When the 2008 SENCO Regulations and the national award were "
     "announced, the Hub\u2019s headteachers asked the LSS a simple question: what do our new SENCOs "
     "actually need, and could we provide it ourselves rather than send them forty miles to a "
     "university? Much has been written nationally about the role \u2013 the Code of Practice, "
     "Removing Barriers to Achievement, Ofsted\u2019s 2006 report on inclusion and, most recently, "
     "the Bercow Review \u2013 but none of it told us about Castlegill\u2019s SENCOs, so we asked them.")
doc.add_heading("A2  How we did it", level=2)
para("Between October and December 2008 we:")
bullet("sent a questionnaire to the SENCO of every one of Castlegill\u2019s 88 schools, or to the "
       "headteacher where no SENCO was in post (71 replies, 81%); the main questions are in "
       "Appendix 1;")
bullet("asked the 41 SENCOs appointed since September 2006 to rate their confidence against each of "
       "the national minimum outcomes (Finding F6);")
bullet("ran three focus groups: fourteen of those newer SENCOs; nine headteachers; and eleven parents "
       "and carers recruited through Castlegill Parents Together, the borough\u2019s parent carer "
       "forum, and the Parent Partnership Service;")
bullet("interviewed the Principal Educational Psychologist, the head of the Sensory Support Service "
       "and the speech and language therapy manager of Castlegill Primary Care Trust;")
bullet("analysed the LSS\u2019s own records of requests for advice and of the reviews it attended in "
       "2006\u201308.")
doc.add_heading("A3  Limitations", level=2)
para("The confidence ratings are self-reports, and confident people are not always right. The "
     "parents who came to the focus group were, by their own account, those with something to say. "
     "And we did not consult pupils directly in this study, which we regret: we relied instead on "
     "the LSS\u2019s records of who attended reviews.")

# ------------------------------------------------------------ Part B
doc.add_heading("Part B \u2013 Findings and design responses", level=1)

doc.add_heading("F1  Who Castlegill\u2019s new SENCOs are", level=2)
table([
    ["", "Primary", "Secondary", "Special", "All"],
    ["Schools replying", "54", "12", "5", "71"],
    ["SENCO appointed since September 2006", "33", "6", "2", "41"],
    ["SENCO is also a class teacher or head of department", "41", "7", "1", "49"],
    ["SENCO holds a specialist SEN qualification", "9", "5", "3", "17"],
    ["SENCO is not a qualified teacher", "4", "0", "0", "4"],
], widths=[7.5, 2, 2, 2, 2])
para("Most new SENCOs are primary class teachers doing the job alongside a full timetable. Seventeen "
     "hold a specialist qualification, six of them at Level 7 (most often a specialist dyslexia "
     "certificate). Four primary schools told us that their SENCO is a higher level teaching "
     "assistant, which the 2008 Regulations no longer allow. Several experienced respondents asked "
     "whether they would have to sit through teaching on things they already know.")
quote("I have done this job for eight years under another title. Assess me, by all means, but "
      "don\u2019t make me sit through the Code of Practice again.", "SENCO, primary, designated 2008")
box("Design response", [
    "Only qualified teachers who are in post as SENCO, or designated to become SENCO within a year, "
    "are accepted (C3).",
    "Prior certificated learning at Level 7 is credited against the Award up to 20 credits, under "
    "the University\u2019s accreditation of prior learning regulations. The Award does not credit "
    "experience as such, but the entry audit takes it into account: a participant may be excused a "
    "session where there is already secure evidence for the outcomes it covers, and may cite "
    "evidence from existing work on the Outcome Record (C4, C6).",
    "An assessment-only route is not available (see D1).",
])

doc.add_heading("F2  What new SENCOs find hardest", level=2)
table([
    ["Aspect of the role (41 SENCOs appointed since 2006)", "Difficult or very difficult"],
    ["Provision mapping and costing provision", "29 (71%)"],
    ["Getting time and commitment from the headteacher and senior team", "27 (66%)"],
    ["The law and the paperwork of statutory assessment", "26 (63%)"],
    ["Access arrangements for tests and examinations", "25 (61%)"],
    ["Managing teaching assistants", "24 (59%)"],
    ["Meetings with parents when there is disagreement", "22 (54%)"],
    ["Working with outside agencies", "20 (49%)"],
], widths=[11, 4])
quote("I inherited a provision map that was a list of names. Nobody had ever costed it.",
      "SENCO, primary, appointed 2007")
quote("The hardest part of the job is getting ten minutes of the head\u2019s time.",
      "SENCO, secondary, appointed 2008")
box("Design response", [
    "Provision mapping has a session of its own (session 9), with a case clinic to which "
    "participants bring their own school\u2019s map. Gaining the commitment of senior leaders is the "
    "whole of session 4, which is co-led by the headteacher of Ashgrove Primary, and Task A must be "
    "agreed with the participant\u2019s headteacher and presented to the governor responsible for SEN. "
    "The law and the Code of Practice open the programme (session 1).",
    "We did not add a session on managing teaching assistants. In most Castlegill primary schools "
    "the headteacher, not the SENCO, deploys teaching assistants, and the headteachers in our focus "
    "group asked us to leave it to them.",
])

doc.add_heading("F3  Time, release and routes", level=2)
table([
    ["Headteachers\u2019 answers (71 schools)", "%"],
    ["Could release the SENCO for up to 6 days a year", "38"],
    ["Could release the SENCO for 7 to 12 days", "45"],
    ["Could release the SENCO for more than 12 days", "17"],
    ["Prefer daytime sessions / twilight sessions / either", "41 / 44 / 15"],
    ["Would use online study for part of the course", "62"],
], widths=[11, 4])
quote("Twilight or nothing, in a two-class school.", "Headteacher, primary")
box("Design response", [
    "The Award has two routes with the same content: a daytime route (Thursday mornings at the "
    "Castlegill Teachers\u2019 Centre) and a twilight route (4.00 to 6.30 pm at Coldharbour Community "
    "High School). Participants may move between routes from one session to the next. There are two "
    "intakes each year, in September and February. Blocks 1 and 2 may be taken in either order; "
    "Block 3 comes last.",
    "Three of the twelve sessions are online units on the Castlegill Learning Platform, so a "
    "participant needs only nine taught sessions and two placement days of release. Each unit takes "
    "about three hours, done in the participant\u2019s own time during the fortnight it is open: "
    "readings, short video clips filmed in Hub classrooms, and a task whose response is posted on "
    "the unit\u2019s discussion board, where other participants comment on it. The units are not "
    "tutored. No tutor monitors the discussion boards, and questions for tutors are brought to the "
    "next face-to-face session.",
])

doc.add_heading("F4  What parents told us", level=2)
para("Nine of the eleven parents and carers in the focus group had at least once felt that a review "
     "meeting had been decided before they arrived. Several praised individual SENCOs warmly; what "
     "they wanted was to be asked first.")
quote("Nobody asked what we thought. They read us the targets.", "Parent of a Year 5 pupil")
quote("The good ones ring you before the meeting, not after.", "Carer, secondary school pupil")
box("Design response", [
    "Session 6, Working with parents and carers, is co-taught by two parent trainers from Castlegill "
    "Parents Together, paid at the LSS\u2019s associate rate. Participants practise finding out "
    "parents\u2019 views before a review, sharing information about provision with families ahead "
    "of the meeting and handling disagreement, using scenarios the parent trainers wrote. Each participant then plans and leads a "
    "review meeting in school with the parents or carers of the pupil in their Task B, and Task B\u2019s "
    "reflective account of that meeting is marked for how the participant built a respectful working "
    "relationship with the family, sought their views, advised them and agreed actions with them.",
])

doc.add_heading("F5  Pupils\u2019 voices", level=2)
para("The LSS\u2019s records for 2006\u201308 show that the pupil was present, for at least part of the "
     "meeting, at fewer than one in five of the annual and IEP reviews its staff attended. Where "
     "pupils were present their views were recorded in two cases out of three.")
box("Design response", [
    "Session 7, Listening to pupils, is led by Brackenfold\u2019s speech and language therapist. It "
    "develops participants\u2019 skills in finding out what children and young people think about the "
    "issues that affect them, including pupils with little or no speech, using Talking Mats, "
    "photographs, rating scales and guided tours, and in involving pupils in planning, agreeing and "
    "reviewing their own provision. Between sessions 7 and 8 each participant consults a small group "
    "of pupils in their own school about an issue that affects them and reports back what they "
    "learned and what changed. Task B must show how the pupil was involved in setting and reviewing "
    "his or her targets.",
])

doc.add_heading("F6  New SENCOs\u2019 confidence against the national outcomes", level=2)
para("We listed the national minimum outcomes in shortened form and asked the 41 newer SENCOs whether "
     "they felt confident or very confident about each. The third column records our decision for "
     "each outcome. Sessions are listed in C5 and tasks in C6.")
f6 = [
    ["Outcome (shortened)", "Confident (n=41)", "In the Award"],
    ["Professional attributes", "", ""],
    ["Fair, respectful relationships with pupils with SEN and their parents or carers", "88%",
     "Sessions 6 and 7; assessed in Task B (review meeting)"],
    ["Gaining the commitment of the headteacher, senior leaders and colleagues", "39%",
     "Session 4; assessed in Task A"],
    ["Prioritising, managing time and delegating", "46%",
     "Not taught: schools asked us to keep sessions for SEN content"],
    ["Anticipating and resolving problems; sound decisions about provision", "51%",
     "Session 9 case clinic; assessed in Task B"],
    ["Expressing oneself clearly in speech and writing; listening to others", "95%",
     "Not taught: nearly all are confident. Evidenced in the Task C presentation"],
    ["Drawing on research and external advice", "44%",
     "No session (see D2). Evidenced in the Task C literature section"],
    ["Professional knowledge and understanding", "", ""],
    ["SEN law and guidance, the Code of Practice, and putting them into practice", "34%",
     "Session 1; assessed in Task A"],
    ["Every Child Matters and the SENCO\u2019s part in it", "71%",
     "Session 2; assessed in Task A"],
    ["Disability equality law and the actions it requires", "22%",
     "Session 2; assessed in Task A (accessibility plan)"],
    ["How children develop, and how SEN, disability and environment affect development", "83%",
     "Not taught: covered in initial teacher training and confirmed at the entry audit"],
    ["The common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD)", "58%",
     "Session 5 and the placement days; assessed in Task B"],
    ["Approaches, strategies and resources, including ICT", "49%",
     "Online unit U2 (session 8); assessed in Task B"],
    ["School self-evaluation and improvement", "31%",
     "Online unit U1 (session 3); assessed in Task C"],
    ["Best practice and research in meeting SEN", "40%",
     "No session (see D2). Evidenced in the Task C literature section"],
    ["External agencies and obtaining specialist support", "37%",
     "Online unit U3 (session 11); assessed in Task B"],
    ["Professional skills", "", ""],
    ["Influencing strategic development with senior colleagues and governors", "27%",
     "Session 4; assessed in Task A"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "61%",
     "Online unit U2 (session 8); assessed in Task B"],
    ["Using assessments from other professionals", "56%",
     "Online unit U2 (session 8), with the educational psychology service; assessed in Task B"],
    ["Using summative assessment and national tests to track progress", "68%",
     "Covered by the LA\u2019s assessment data training for all teachers (not part of the Award)"],
    ["Encouraging colleagues\u2019 formative assessment, with approaches for pupils with SEN", "63%",
     "Covered by the LA\u2019s Assessment for Learning programme (not part of the Award)"],
    ["Access arrangements for national tests and examinations", "29%",
     "Covered by the LA Assessment Team\u2019s summer briefing (not part of the Award)"],
    ["Provision mapping; finding ineffective or missing provision", "24%",
     "Session 9; assessed in Task C"],
    ["Deploying and managing staff", "42%", "Not taught (see F2)"],
    ["Supporting colleagues\u2019 professional development", "36%",
     "Session 10; assessed in Task C"],
    ["Reviewing provision with colleagues to inform self-evaluation", "33%",
     "Online unit U1 (session 3); assessed in Task C"],
    ["Involving pupils in planning and reviewing their provision", "30%",
     "Session 7; assessed in Task B"],
    ["Liaising with parents and carers", "52%", "Session 6; assessed in Task B"],
    ["Working with other services, including voluntary organisations", "41%",
     "Online unit U3 (session 11); assessed in Task B"],
]
t6 = table(f6, widths=[7.5, 2.2, 6.3], size=8.5)
for i, row in enumerate(f6):
    if i and row[1] == "":
        a = t6.cell(i, 0).merge(t6.cell(i, 2))
        for p_ in a.paragraphs:
            for r_ in p_.runs:
                r_.bold = True
        shade(a, "F2F2F2")
para("Every outcome, including those not taught in the Award, is signed off on the Outcome Record "
     "(C6 and Appendix 2).", italic=True, size=9)

doc.add_heading("F7  What headteachers want", level=2)
para("The headteachers\u2019 focus group was blunt. They will release a SENCO if the Award changes "
     "what happens for pupils; they are less interested in certificates.")
quote("Show me the children are doing better, not that the SENCO has a certificate.",
      "Headteacher, primary")
box("Design response", [
    "Task C is an impact project. The participant chooses a group of pupils with SEN and/or "
    "disabilities, records a baseline before making a change in provision (attainment or P scale "
    "levels, reading or spelling ages where relevant, attendance, and the pupils\u2019 own ratings of "
    "how they feel about school on a simple well-being scale), makes the change, and measures the same "
    "things again at least eight weeks later.",
    "We collate the Task C baseline and follow-up data across each cohort, so that we can say each "
    "year how far the pupils in participants\u2019 projects moved. Participants repeat the F6 "
    "confidence ratings at the end of the Award, and we compare them with their entry audit and "
    "with their Outcome Record judgements. The results are reported to the Hub headteachers each "
    "autumn.",
])

doc.add_heading("F8  What we learned from the Hub SENCO Network", level=2)
para("From 2006 to 2008 the Hub ran an informal SENCO Network: a termly meeting, a buddy for each new "
     "SENCO and two days at Brackenfold School. Twelve of the fourteen newer SENCOs in our focus "
     "group had been members; they rated the days at Brackenfold the most useful thing the Network "
     "did. The Network had a steering group of headteachers, which met twice in 2006 and then lapsed.")
box("Design response", [
    "The two days at Brackenfold are kept and become part of the Award. Secondary participants may "
    "spend them instead at Coldharbour\u2019s resource base for pupils with hearing impairment. The host "
    "SENCO agrees a placement task with the participant: shadowing the host SENCO, observing the "
    "teaching of pupils with complex needs and joining a multi-agency meeting where one falls in the "
    "two days. The participant writes a short placement report, which can be cited on the Outcome "
    "Record.",
    "The Network itself continues outside the Award, run by the Hub; participants are welcome to "
    "join it, but it is not part of the programme.",
])

# ------------------------------------------------------------ Part C
doc.add_heading("Part C \u2013 The programme as designed", level=1)

doc.add_heading("C1  The Award and its accreditation", level=2)
para("The Castlegill Award for SEN Coordination was validated by Haddon Vale University at an event on "
     "4 February 2009. It is a 40-credit award at Level 7 (masters level), made up of two 20-credit "
     "modules: HV7SC1, Knowing and Meeting Needs (Blocks 1 and 2), and HV7SC2, Leading Provision "
     "(Block 3). A participant who chooses at registration to take the University\u2019s 20-credit "
     "module HV7IE3, Enquiry in Inclusive Education, alongside the Award may gain the 60-credit "
     "Postgraduate Certificate in Inclusive Education.")

doc.add_heading("C2  Aims", level=2)
para("The Award aims to improve the learning, progress and well-being of pupils with SEN and/or "
     "disabilities in Castlegill \u2013 their achievement in all five Every Child Matters outcomes, "
     "not only their test results \u2013 by making their SENCOs confident, knowledgeable leaders of "
     "provision. Every task asks what difference the participant\u2019s work has made to pupils: Task A "
     "to pupils\u2019 access to the curriculum and to the life of the school, Task B to one pupil\u2019s "
     "progress and well-being, and Task C to a group\u2019s attainment, attendance and well-being.")

doc.add_heading("C3  Who can join, and the checks we make", level=2)
para("Participants must hold Qualified Teacher Status, be in post as SENCO or be designated to become "
     "SENCO within a year, and be nominated by their headteacher, who agrees to release them and to "
     "name a school mentor. The entry audit (C4) is also our test of readiness: the tutor reads it "
     "with the candidate and, if it shows that the candidate is unlikely to meet the outcomes within "
     "the year, the Head of the LSS writes to the candidate and the headteacher with a plan for the "
     "year ahead (usually shadowing a Hub SENCO for a term and attending the LA\u2019s SEN briefings) "
     "and offers a place in the next intake.")
para("Before a place is confirmed, the LSS\u2019s business support officer obtains from the school\u2019s "
     "business manager written confirmation of the date and reference number of the candidate\u2019s "
     "enhanced CRB disclosure and of the List 99 check, and, where the candidate joined the school "
     "within the last two years, asks the previous employer whether there were any concerns about "
     "the candidate\u2019s conduct or any outstanding disciplinary matters. A candidate who has not "
     "worked in a school or college in a post with regular contact with children in the past three "
     "months must obtain a new enhanced CRB disclosure through the LSS before starting. No place is "
     "confirmed until these checks are recorded.")

doc.add_heading("C4  The starting point: entry audit and Individual Learning Plan", level=2)
para("Each candidate completes the entry audit before a place is confirmed: for every national "
     "outcome, a rating and a note of the evidence for it. Once the place is confirmed, at a one-hour "
     "planning meeting in school, the participant, the "
     "tutor and the headteacher or a senior leader go through the audit and agree the "
     "participant\u2019s Individual Learning Plan: the three to five outcomes the participant most needs "
     "to work on (their personal outcomes), the sessions they must attend, any session they may be "
     "excused because the evidence for its outcomes is already secure, and the focus of each task. "
     "The plan is reviewed at each of the three block tutorials and updated. Prior certificated "
     "learning is dealt with as described under F1.")
para("Each participant has a named tutor and three individual tutorials, one in each block. The fee "
     "is \u00a3690, less than half the average of \u00a31,450 charged by the four universities within "
     "reach of Castlegill, because the Hub schools provide the venues and the LSS tutors\u2019 time is "
     "part of the LSS\u2019s core service to schools. The blocks build on one another: Block 1 sets "
     "out the framework, Block 2 applies it to individual pupils and families, and Block 3 to the "
     "school as a whole.")

doc.add_heading("C5  The programme at a glance", level=2)
table([
    ["No.", "Block", "Session", "Led by", "Mode"],
    ["1", "1", "The SEN framework: the Education Act 1996, SENDA 2001, the Code of Practice and the 2008 "
     "SENCO Regulations, and what they mean in school", "LSS; SEN Casework Manager", "Face to face"],
    ["2", "1", "Disability equality and Every Child Matters: the DDA, the Disability Equality Duty, "
     "accessibility plans; the five outcomes and the SENCO\u2019s part", "LSS", "Face to face"],
    ["3", "1", "U1 The SENCO and school self-evaluation: the SEF, RAISEonline, reviewing provision with "
     "colleagues", "LSS", "Online unit"],
    ["4", "1", "Leading inclusive policy with the headteacher and governors; gaining commitment",
     "Headteacher, Ashgrove Primary; LSS", "Face to face"],
    ["5", "2", "Knowing the pupils: BESD, SpLD including dyslexia, SLCN, ASD, MLD",
     "Brackenfold School; Educational Psychology Service; PCT therapists", "Face to face"],
    ["6", "2", "Working with parents and carers", "Parent trainers, Castlegill Parents Together; LSS",
     "Face to face"],
    ["7", "2", "Listening to pupils", "Brackenfold speech and language therapist", "Face to face"],
    ["8", "2", "U2 Identifying need, setting targets for pupils\u2019 IEPs, planning and reviewing "
     "interventions; using other professionals\u2019 reports; approaches and resources, including ICT",
     "LSS; Educational Psychology Service", "Online unit"],
    ["P", "2", "Two placement days (F8)", "Brackenfold School or Coldharbour resource base",
     "Placement"],
    ["9", "3", "Provision mapping and management; the provision case clinic", "LSS", "Face to face"],
    ["10", "3", "Leading colleagues: advice, observation and feedback, coaching and modelling, "
     "leading INSET", "Advanced Skills Teacher, Coldharbour; LSS", "Face to face"],
    ["11", "3", "U3 The team around the child: external agencies, the CAF, voluntary organisations",
     "LSS; Castlegill Children\u2019s Trust", "Online unit"],
    ["12", "3", "Presenting impact: Task C presentations to peers and headteachers", "LSS",
     "Face to face"],
], widths=[1.0, 1.2, 7.5, 4.3, 2.2], size=8.5)
para("The routes, intakes and online units are described under F3. Every task is carried out in the "
     "participant\u2019s own school, and the pupil consultation (F5), the review meeting (F4) and the "
     "placement task (F8) take participants into schools between sessions, so that what is taught is "
     "tried out straight away.")
para("Session 10 develops participants\u2019 skills in advising and supporting colleagues in their own "
     "school: giving advice to a class teacher about a pupil, observing a lesson and feeding back, "
     "coaching a teaching assistant, and planning a short INSET session. Beyond the school, online "
     "unit U3 and Task B develop participants\u2019 work with educational psychologists, therapists, "
     "social care and voluntary organisations in planning and reviewing provision for a pupil. The "
     "Hub SENCO Network (F8), which links SENCOs across schools, is not part of the Award.")

doc.add_heading("C6  Assessment and the Award", level=2)
para("There are three tasks, each carried out in the participant\u2019s own school:")
bullet("Task A (end of Block 1): a review of the school\u2019s SEN policy and accessibility plan against "
       "SEN and disability equality law and Every Child Matters, with an action plan agreed with the "
       "headteacher and presented to the governor responsible for SEN (3,500 words).")
bullet("Task B (end of Block 2): a portfolio on one pupil \u2013 identification, assessment using "
       "other professionals\u2019 reports, targets agreed with the pupil, the plan, the review with the "
       "parents or carers and with outside services, and a reflective account (4,000 words or "
       "equivalent).")
bullet("Task C (end of Block 3): an impact project on a change in provision for a group of pupils, "
       "with a literature section, baseline and follow-up measures (F7), and a 15-minute presentation "
       "to peers and headteachers in session 12 (4,500 words).")
para("Alongside the tasks each participant keeps an Outcome Record (Appendix 2), which has one line for "
     "each national minimum outcome. For each line the participant cites the evidence \u2013 a "
     "passage in a task, the placement report, or workplace evidence countersigned by the headteacher "
     "\u2013 and the tutor records a judgement: met or not yet met. Tasks are marked pass or refer "
     "against the University\u2019s Level 7 criteria. The Award is made only when all three tasks "
     "have been passed and every line of the Outcome Record has been judged met by the tutor and "
     "confirmed by the moderator.")
para("Task C is double marked in full, and a third of Tasks A and B, including every referred task, "
     "are second marked. The LSS tutors and the University link tutor meet after each block to "
     "moderate a sample of tasks and of Outcome Records. The University\u2019s external examiner for "
     "its continuing professional development awards sees a sample of every task and all referred "
     "work, and the University\u2019s Board of Examiners confirms the results.")

doc.add_heading("C7  People and resources", level=2)
table([
    ["Name", "Role in the Award", "Background"],
    ["Jo Ferriday", "Award leader; tutor", "Head of the LSS; SENCO in two primary schools for nine "
     "years; MA in Special Educational Needs"],
    ["Dr Sunil Pathak", "Tutor; Block 2 lead", "Deputy Headteacher, Brackenfold School; PhD on pupil "
     "participation in review meetings (2005)"],
    ["Helen Corrie", "Tutor; Block 3 lead", "LSS Senior Specialist Teacher; former SENCO of a large "
     "secondary school; leads the LSS provision mapping support to schools"],
    ["Dr Anne Kirwan", "University link tutor", "Senior Lecturer in Inclusive Education, Haddon Vale "
     "University; external examiner for two SEN programmes elsewhere"],
], widths=[3.2, 3.6, 9.2])
para("Sessions draw on the Educational Psychology Service, the Sensory Support Service, the Primary "
     "Care Trust\u2019s speech and language therapists, Brackenfold\u2019s staff and the parent trainers "
     "of Castlegill Parents Together. Both LSS tutors and Dr Pathak still work in schools every week, and each attends at least one national SEN conference a year.")
para("The two LSS tutors and the University link tutor meet before each block to plan it and to "
     "agree how the block\u2019s task will be marked. Each headteacher names a school mentor; we are "
     "writing guidance for mentors and will brief them by telephone until it is ready (D4).")
para("Participants use the LSS resource library at the Castlegill Teachers\u2019 Centre (assessment "
     "materials, intervention programmes and some 600 books) and, as registered students, the "
     "Haddon Vale University library. We have no stock of assistive technology to lend (D5).")

doc.add_heading("C8  Quality and evaluation", level=2)
para("Each session is evaluated by participants on a short sheet, and each block ends with a review "
     "in which participants discuss what worked and what did not. The tutors meet after each block "
     "to look at the evaluations alongside the marks. At the end of the year the LSS writes an "
     "evaluation report for the Hub headteachers. The impact measures are described under F7.")

doc.add_heading("C9  Equality and access", level=2)
para("The LSS and the Hub schools are committed to equality of opportunity and comply fully with the "
     "Disability Discrimination Act and race equality legislation. The Castlegill Teachers\u2019 "
     "Centre and Coldharbour Community High School are both fully accessible buildings. Session 2 "
     "teaches participants the Disability Equality Duty and how to write a school accessibility plan.")

doc.add_heading("C10  After the Award", level=2)
para("We considered a final session on next steps but decided against it: the twelve sessions are "
     "full, and setting further professional targets is rightly a matter for the participant and the "
     "headteacher at performance management.")

# ------------------------------------------------------------ Part D
doc.add_heading("Part D \u2013 What is still open", level=1)
para("D1  Assessment-only route. Several experienced SENCOs asked for one (F1). We would like to offer "
     "one from 2010 and have asked the University whether its regulations would allow it. Until then "
     "it is not available.")
para("D2  Research and inspection evidence. We have not yet settled how the Award will keep up with "
     "research and inspection findings. The University has offered to provide a reading list for "
     "each block; we have not yet seen them.")
para("D3  A steering group. We intend to set up an Award steering group \u2013 two Hub headteachers, a "
     "parent trainer from Castlegill Parents Together and a Hub SENCO \u2013 to look at the evaluation "
     "results each year and advise on changes. Its terms of reference are not yet drafted.")
para("D4  Guidance for school mentors is being written over the summer of 2009.")
para("D5  Assistive technology. A bid to the Hub\u2019s extended services budget for an assistive "
     "technology loan kit will be decided in June 2009.")

# ------------------------------------------------------------ references
doc.add_heading("References", level=1)
for ref in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0\u201319) "
    "with speech, language and communication needs. Nottingham: DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
    "DfES (2004) Removing Barriers to Achievement: the Government\u2019s strategy for SEN. London: DfES.",
    "HM Government (2004) Every Child Matters: Change for Children. London: DfES.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
    "TDA (2008) Draft specification for nationally accredited training for teachers new to the role "
    "of leading coordination of provision for pupils with special educational needs. London: TDA.",
]:
    p = para(ref, size=9.5)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)

# ------------------------------------------------------------ Appendix 1
doc.add_heading("Appendix 1 \u2013 The schools\u2019 questionnaire (main questions)", level=1)
for q in [
    "Q1  How long has your SENCO been in the role?",
    "Q2  Does your SENCO hold Qualified Teacher Status? Any specialist SEN qualification?",
    "Q5  How many days a year could your school release the SENCO for training?",
    "Q6  Would daytime or twilight sessions suit your school better?",
    "Q9  Would you support an assessment-only route for experienced SENCOs?",
    "Q10  Should the course help SENCOs plan their next professional steps after the Award?",
    "Q11  Would your SENCO use online study for part of the course?",
    "Q12  How could your school contribute to the course (hosting visits, mentoring, helping to "
    "evaluate it)?",
]:
    para(q, indent=0.5)

# ------------------------------------------------------------ Appendix 2
doc.add_heading("Appendix 2 \u2013 The Outcome Record", level=1)
para("Castlegill Award for SEN Coordination \u2013 Outcome Record.  Participant: ____________  "
     "Tutor: ____________  Intake: ________", size=9.5)
rec = [["Code", "National minimum outcome", "Evidence cited", "Tutor: met / not yet met",
        "Moderator"]]
for code, text in [
    ("PA1", "Fair, respectful, supportive relationships with pupils with SEN and their parents or carers"),
    ("PA2", "Gains the commitment of colleagues, the headteacher and senior leaders"),
    ("PA3", "Prioritises, manages time and delegates appropriately"),
    ("PA4", "Anticipates and resolves problems; sound judgement on provision"),
    ("PA5", "Expresses self clearly in speech and writing; listens to others"),
    ("PA6", "Draws on research and external advice to improve practice"),
    ("PA7", "Keeps up to date and takes responsibility for own CPD on SEN and disability"),
    ("KU1", "SEN law and guidance, including the Code of Practice"),
    ("KU2", "Every Child Matters and the SENCO\u2019s part"),
    ("KU3", "Disability equality law and the actions it requires"),
    ("KU4", "How children develop; effects of SEN, disability and environment"),
    ("KU5", "Common types of SEN and disability and their effect on learning"),
    ("KU6", "Approaches, strategies and resources, including ICT"),
    ("KU7", "School self-evaluation and improvement"),
    ("KU8", "Best practice and research in meeting SEN"),
    ("KU9", "External agencies; obtaining specialist support"),
    ("PS1", "Strategic development of inclusive ethos, policy and resources with senior colleagues "
            "and governors"),
    ("PS2", "Identifies pupils, sets targets, plans interventions, reviews progress"),
    ("PS2a", "Uses assessments from other professionals"),
    ("PS2b", "Uses summative assessment and national tests to track progress"),
    ("PS2c", "Encourages colleagues\u2019 formative assessment"),
    ("PS2d", "Identifies and puts in place access arrangements for tests and examinations"),
    ("PS3", "Provision mapping; identifies ineffective or missing provision"),
    ("PS4", "Deploys and manages staff"),
    ("PS5", "Supports colleagues\u2019 professional development"),
    ("PS6", "Reviews provision with colleagues to inform self-evaluation"),
    ("PS7", "Involves pupils in planning, agreeing and reviewing their provision"),
    ("PS8", "Liaises with parents and carers"),
    ("PS9", "Works with other services, including voluntary organisations"),
]:
    rec.append([code, text, "", "", ""])
table(rec, widths=[1.3, 7.7, 3.6, 2.2, 1.6], size=8)

doc.save(OUT)
print("wrote", OUT)
