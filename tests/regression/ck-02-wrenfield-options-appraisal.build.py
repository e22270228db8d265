"""Build ck-02-wrenfield-options-appraisal.docx (invented provider, written blind).

Provider: Wrenfield College of Higher Education, a church-foundation HE college
whose awards are validated by the University of Eastwold, with Kettlesby
Metropolitan Borough Council as delivery partner. Programme: Postgraduate
Certificate in Special Educational Needs Coordination, two 30-credit Level 7
modules (WCP701, WCP702), intakes from September 2009. Covering memo dated
9 January 2009; the paper itself dated 24 November 2008. 2008-era vocabulary.

Layout: a business case and options appraisal written for the College's
Academic Board on the College's paper template, sent to the TDA as it stands
with a covering memo. A cover-sheet table (paper number, author, sponsor,
purpose, status); the template's guidance left in as grey italic bracketed
text under some headings; numbered sections (Summary and recommendation,
Background, Options, Appraisal, the preferred option in detail as run-in
sub-sections 5A-5K, Financial case, Risks, Equality impact, Safeguarding,
Board decision). Each of four options is a two-column template table
(Description / Benefits / Disbenefits / Cost to school / Main risk). A weighted
scoring matrix; a session table; an assessment-task table; an income and
expenditure table; a risk register. Terse managerial voice ("the College
will"), bullets in Word's List Bullet style. Header and footer.

Traps and genuine arrangements, with the requirement ids affected:
- Arrangements that belong only to options NOT chosen: Option A (the College's
  current unaccredited course: covers Every Child Matters and child
  development, a visit day to a special school) and Option B (the University
  of Eastwold's franchised pathway: an assessment-only route, APEL to 40
  credits, online units, a unit on formative assessment for pupils with SEN
  that participants promote with colleagues, a unit on access arrangements for
  national tests and examinations, CPD tracking of graduates). Option D was
  withdrawn. None of these is what the College will do (2.3, 3.3, 6.K2, 6.K4,
  6.S2c, 6.S2d not met).
- Scoring matrix scores are not evidence of anything.
- Blanket claims: "Option C fully meets the TDA specification, including every
  one of the national minimum outcomes" (Summary) and "Because the tasks are
  mapped to the national outcomes, passing them demonstrates the outcomes"
  (5H); the award also requires 80% attendance (6.0, 1.9 partially_met).
- Assessment-only route: "no assessment-only route in Year 1"; the Board's
  condition asks for proposals by June 2009 (2.3 not_met).
- Aim and success measure are attainment and a count of qualified SENCOs
  only; no well-being or ECM anywhere in Option C (1.1 partially_met).
- "Content will be kept up to date with current research and developments"
  and one recent report named; no inspection evidence (1.3 partially_met).
- Task 3 is a plan; "Implementation falls after the award and is not
  assessed" (1.8 partially_met).
- Needs evidence is demand data and informal remarks; the design group only
  "endorsed the programme outline" (4.1, 4.2 partially_met). The Partnership
  Board receives evaluations and agrees the action plan; LA services teach and
  second-assess (4.3 met).
- Template prompts left in: Equality impact (answer is general: EIA
  screening, "committed to equality") (3.1 partially_met); Safeguarding
  answered "See 5E.", which says "The College does not see or record CRB
  disclosures" (5.3 not_met: cross-reference to a negation, deferral to
  employers).
- Self-audit used only to form study groups and pace sessions; no individual
  plan (2.2 partially_met). A "training needs analysis" of College tutors is
  the wrong thing for 2.2.
- Staff: Programme Leader post "to be advertised"; "The College does not at
  present employ a member of staff with SENCO experience" (5.4
  partially_met). Assistive technology purchase "deferred to Year 2 and
  subject to recruitment" (5.6 partially_met). Pupil impact only "will
  explore" (5.9 partially_met).
- Genuine arrangements written tersely (met): E.1, E.2 (5A); 1.2, 1.4, 1.5,
  1.6, 1.7; 2.1 (APL and APEL to 30 credits); 2.4 (tutorials, choice of focus,
  transfer, fee and LA half-funding, no supply cover); 2.5 (session 13 CPD
  plan); 3.2 (two intakes, either order, one or two years); 5.1; 5.2
  (interview plus self-audit, written advice, liaison with head); 5.5 (two
  placement days in named specialist settings); 5.7 (handbook, contributor
  brief, mentor guide and briefing); 5.8.
- 3.3 not_applicable: "There is no online element"; the online units belong
  to Option B.
- Outcomes: taught AND assessed (met): A1, A2, K1, K3, K5, K6, K7, K9, S1, S2,
  S2a, S2b, S3, S4, S6, S7, S8, S9. Taught, assessment formative only in an
  ungraded journal (partially_met): A4, A6, A7, K8. Optional in Task 3
  (partially_met): S5. Assessed in the Task 1 presentation but never taught
  (partially_met): A5. Absent (not_met): A3; K2 and K4 (only in Option A);
  S2c and S2d (only in Option B).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("ck-02-wrenfield-options-appraisal.docx")

doc = Document()
doc.core_properties.author = "Rhian Pellow"
doc.core_properties.title = "AB/08/47 Postgraduate provision for SENCOs: business case and options appraisal"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
for name in ("Heading 1", "Heading 2"):
    st = doc.styles[name]
    st.font.name = "Arial"
    st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
doc.styles["Heading 1"].font.size = Pt(13)


def p(text="", bold=False, italic=False, size=None, align=None, color=None, style=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return para


def runin(label, text):
    """A run-in sub-heading: bold label, then ordinary text in the same paragraph."""
    para = doc.add_paragraph()
    r = para.add_run(label + " ")
    r.bold = True
    para.add_run(text)
    return para


def guidance(text):
    """The paper template's own guidance, left in: grey italic, bracketed."""
    return p("[" + text + "]", italic=True, color="808080", size=9)


def bullet(text):
    return p(text, style="List Bullet")


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def grid(rows, header=None, widths=None, size=9, label_col=False, fill="D9E2F3"):
    ncols = len(header) if header else len(rows[0])
    t = doc.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if header:
        cells = t.add_row().cells
        for i, h in enumerate(header):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(h)
            r.bold = True
            r.font.size = Pt(size)
            shade(cells[i], fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
            if label_col and i == 0:
                r.bold = True
                shade(cells[i], "F2F2F2")
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
r = hp.add_run("Wrenfield College of Higher Education \u00b7 Academic Board \u00b7 AB/08/47 \u00b7 RESTRICTED")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Paper template QA/AB/03 (rev. 2007) \u00b7 page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ covering memo
p("WRENFIELD COLLEGE OF HIGHER EDUCATION", bold=True, size=14)
p("Office of the Deputy Principal (Academic) \u00b7 Minster Lane \u00b7 Wrenfield WR3 8DL", size=9)
grid([
    ["To", "SENCO Programme Approval Team, Training and Development Agency for Schools"],
    ["From", "Dr Anne Lathbury, Deputy Principal (Academic)"],
    ["Date", "9 January 2009"],
    ["Subject", "Application for approval to provide the National Award for SEN Coordination"],
], widths=[2.5, 13.5], label_col=True)
p("The College applies for approval to provide nationally accredited training for SENCOs from "
  "September 2009. Our application is the paper below, AB/08/47, as it went to Academic Board on "
  "4 December 2008, with the Board\u2019s decision added at Section 10. We have not otherwise altered it. "
  "The programme we intend to run is Option C, set out in detail in Section 5; the other options are "
  "included so that the panel can see what the Board considered.")
p("Anne Lathbury")
doc.add_page_break()

# ------------------------------------------------------------------ cover sheet
p("ACADEMIC BOARD \u2013 4 DECEMBER 2008", bold=True, size=12)
grid([
    ["Paper", "AB/08/47"],
    ["Title", "Postgraduate provision for SENCOs: business case and options appraisal"],
    ["Author", "Dr Rhian Pellow, Head of Professional Development"],
    ["Sponsor", "Deputy Principal (Academic)"],
    ["Purpose", "For decision"],
    ["Status", "Restricted until the Board has decided"],
    ["Date", "24 November 2008"],
], widths=[2.5, 13.5], label_col=True)

# ------------------------------------------------------------------ 1
doc.add_heading("1. Summary and recommendation", level=1)
guidance("Template guidance: no more than half a page. State the decision the Board is asked to take.")
bullet("New SENCOs will be expected to hold the National Award for SEN Coordination. The TDA has invited "
       "providers to apply for approval; Kettlesby MBC has asked the College to apply.")
bullet("Four options were appraised (Section 3). Option C scores highest (Section 4).")
bullet("Option C: a College Postgraduate Certificate in Special Educational Needs Coordination, 60 credits "
       "at Level 7, validated by the University of Eastwold and delivered with Kettlesby MBC from "
       "September 2009.")
bullet("Option C fully meets the TDA specification, including every one of the national minimum outcomes.")
bullet("Financial case: break-even at 17 participants; forecast 20 in Year 1 (Section 6).")
runin("Recommendation.", "Academic Board is asked to approve Option C and to authorise submission to the TDA.")

# ------------------------------------------------------------------ 2
doc.add_heading("2. Background and strategic fit", level=1)
guidance("Template guidance: explain the origin of the proposal and how it supports the Strategic Plan.")
p("Since 2004 the College\u2019s Professional Development Unit has run, with Kettlesby MBC, an unaccredited "
  "SENCO Development Programme (Option A). From 2009 that programme will not lead to the national "
  "award. Growth in postgraduate professional provision for local schools is Priority 3 of the "
  "College\u2019s Strategic Plan 2007\u20132012.")
runin("Demand.", "Kettlesby has 84 schools. Its workforce data show 31 SENCOs appointed since September "
      "2006, and it expects 18 to 22 new appointments a year. Its SEN Strategy 2008\u20132011 commits the "
      "authority to pay half the fee for every new SENCO in a maintained school. The two neighbouring "
      "authorities have no local provider. Headteachers we have spoken to say they want a course that "
      "is practical and close to school.")
runin("Attainment.", "In 2008 the gap between Kettlesby pupils with SEN and their peers reaching level 4 "
      "in English and mathematics at Key Stage 2 was 52 percentage points, against 48 nationally.")

# ------------------------------------------------------------------ 3
doc.add_heading("3. Options considered", level=1)
guidance("Template guidance: describe each option, including \u2018do nothing\u2019, on the standard grid.")
OPT = [
    ("Option A \u2013 Continue the current SENCO Development Programme (do nothing)", [
        ["Description", "Five twilight sessions a year at the Kettlesby Professional Development Centre "
                        "(PDC) and a visit day at Brookfield Special School. Covers the Code of Practice, "
                        "Every Child Matters, child development and the main types of SEN. Certificate of "
                        "attendance; no assessment; open to any teacher."],
        ["Benefits", "Low cost. Known to schools. No validation needed."],
        ["Disbenefits", "Not accredited; does not lead to the national award. No assessment of "
                        "participants. No entry requirements or checks."],
        ["Cost to school", "\u00a3180 per participant"],
        ["Main risk", "Schools stop sending SENCOs once the award becomes the expectation."],
    ]),
    ("Option B \u2013 Franchise the University of Eastwold\u2019s PGCert Inclusive Practice (SENCO pathway)", [
        ["Description", "Eastwold\u2019s existing pathway, taught by Eastwold staff, with a College tutor "
                        "as local contact. Six online units and four study days on Eastwold\u2019s campus. "
                        "Offers an assessment-only route for SENCOs with three or more years in post; APEL "
                        "up to 40 credits; a unit on assessment for learning, in which participants develop "
                        "formative assessment approaches for pupils with SEN and promote them with "
                        "colleagues; a unit on access arrangements for national tests and examinations; "
                        "follow-up of graduates\u2019 CPD a year after the award."],
        ["Benefits", "Already validated. Assessment-only route. Flexible online study."],
        ["Disbenefits", "Little local content; no role for Kettlesby. Of five Kettlesby teachers on the "
                        "pathway in 2007\u201308, two withdrew, citing isolation in the online units. "
                        "Campus 40 miles away. College receives a 15% franchise fee only."],
        ["Cost to school", "\u00a32,100 per participant"],
        ["Main risk", "Low recruitment from Kettlesby schools."],
    ]),
    ("Option C \u2013 College PGCert validated by Eastwold, delivered with Kettlesby MBC (RECOMMENDED)", [
        ["Description", "A new 60-credit Level 7 award designed by the College with Kettlesby. Two modules. "
                        "Taught face to face at the PDC in twilight and Saturday sessions; Kettlesby "
                        "specialists teach; two intakes a year. Detail in Section 5."],
        ["Benefits", "Local. Kettlesby pays half the fee for maintained schools. Builds College capacity "
                     "in SEN. No supply cover needed."],
        ["Disbenefits", "Requires a new Programme Leader post. No assessment-only route in Year 1. No "
                        "online study."],
        ["Cost to school", "\u00a31,500 per participant (\u00a3750 after the Kettlesby contribution)"],
        ["Main risk", "Programme Leader not appointed in time (Section 7)."],
    ]),
    ("Option D \u2013 Joint programme with Colebrook College", [
        ["Description", "Shared delivery, with Colebrook running a placement element and an online module."],
        ["Status", "Colebrook withdrew in October 2008. Not appraised further."],
    ]),
]
for title, rows in OPT:
    p(title, bold=True)
    grid(rows, widths=[3.0, 13.0], label_col=True)

# ------------------------------------------------------------------ 4
doc.add_heading("4. Appraisal", level=1)
guidance("Template guidance: score each option against weighted criteria agreed with the sponsor. "
         "Scores 0\u20135.")
grid([
    ["Leads to the national award", "25", "0", "5", "5"],
    ["Fit with local needs", "20", "3", "1", "5"],
    ["Flexibility for participants", "15", "2", "5", "3"],
    ["Cost to schools", "15", "5", "1", "4"],
    ["Financial viability for the College", "15", "2", "2", "4"],
    ["Delivery risk", "10", "5", "4", "3"],
    ["Weighted total (out of 500)", "", "245", "305", "420"],
], header=["Criterion", "Weight", "A", "B", "C"], widths=[7.0, 2.0, 2.0, 2.0, 2.0])
p("Option B scores highest for flexibility because of its online units and its assessment-only route. "
  "Option C is preferred overall. Option D was not scored.")

# ------------------------------------------------------------------ 5
doc.add_heading("5. The preferred option (Option C) in detail", level=1)
guidance("Template guidance: for a new award, summarise curriculum, delivery, admissions, assessment, "
         "staffing, resources and quality assurance. Attach the programme specification if available.")

runin("5A Award and validation.", "Award: Postgraduate Certificate in Special Educational Needs "
      "Coordination (National Award for SEN Coordination). Awarding body: the University of Eastwold, "
      "under its validation agreement with the College (renewed 2007). Validated at an Eastwold event on "
      "20 November 2008; approved with two conditions, both met on 1 December 2008. Credit: 60 credits at "
      "Level 7 of the FHEQ in two modules: WCP701 SEN Coordination: Law, Learners and Provision (30 "
      "credits) and WCP702 Leading SEN Provision (30 credits).")

runin("5B Aim and success measure.", "Aim: to raise the attainment of pupils with SEN in participants\u2019 "
      "schools by developing SENCOs\u2019 knowledge, skills and leadership. Objectives: participants know the "
      "legal framework and can apply it; can identify, plan and review provision for individual pupils; "
      "and can lead and manage whole-school SEN provision. Success measure: the number of Kettlesby "
      "SENCOs holding the national award by July 2012 (target 60).")

runin("5C Curriculum.", "Thirteen sessions: 1\u20137 form WCP701 and 8\u201313 form WCP702. Content will be "
      "kept up to date with current research and developments.")
grid([
    ["1", "The SENCO, the law and the Code",
     "Education Act 1996 Part IV; SENDA 2001; SEN Code of Practice 2001 (graduated response, statutory "
     "assessment, annual reviews); SENCO Regulations 2008; what each requires of the school and the "
     "SENCO in practice.", "College"],
    ["2", "Disability equality",
     "DDA 1995 and 2005; the disability equality duty and scheme; accessibility plans; reasonable "
     "adjustments for pupils.", "College"],
    ["3", "Types of need (1)",
     "Behavioural, emotional and social difficulties; specific learning difficulties, including "
     "dyslexia; how they affect learning.", "Kettlesby Learning Support Service"],
    ["4", "Types of need (2)",
     "Speech, language and communication needs (the Bercow Report, 2008); autistic spectrum disorders; "
     "moderate learning difficulties.", "Kettlesby SALT and ASD Outreach Team"],
    ["5", "Identifying need and planning",
     "Observation, standardised and diagnostic assessment and school data; challenging targets; "
     "interventions; reviews; using reports from educational psychologists and therapists; tracking "
     "progress with Key Stage results, P scales and other summative data and changing programmes "
     "accordingly.", "Kettlesby EP Service with College"],
    ["6", "Pupils and families as partners (Saturday)",
     "Fair and respectful relationships with pupils and parents; consulting pupils about their "
     "provision, including pupils with communication difficulties (person-centred reviews, visual and "
     "symbol-supported tools); involving pupils in agreeing and reviewing their targets; advising "
     "parents; running a review meeting (role play).", "Co-led with Kettlesby Parent Partnership"],
    ["7", "Approaches, resources, ICT and research",
     "A critical review of approaches, strategies and resources for assessment, planning and teaching, "
     "including ICT and assistive technology; finding and using research and best practice in meeting "
     "SEN.", "LA ICT and Inclusion Consultant with College"],
    ["8", "Provision mapping",
     "Mapping, costing and managing provision; identifying missing or ineffective provision.", "College"],
    ["9", "Leading change",
     "Working with the headteacher, senior leaders and governors; gaining their commitment; inclusive "
     "policy and priorities; school self-evaluation, the SEF and improvement planning; reviewing "
     "provision with staff.", "College"],
    ["10", "Support staff",
     "Deploying and managing teaching assistants and other support staff.",
     "Kettlesby School Improvement Service"],
    ["11", "Developing colleagues",
     "Advising and supporting colleagues in school: observation and feedback, modelling, coaching, "
     "planning INSET.", "College"],
    ["12", "Beyond the school (Saturday)",
     "The scope and role of health, social care and voluntary agencies; getting specialist support and "
     "resources; working with colleagues in other schools at transition and in cluster groups; case "
     "clinics on participants\u2019 live problems.", "Kettlesby Principal SEN Officer"],
    ["13", "Next steps",
     "Each participant drafts a CPD plan for the following year, with objectives to take to his or her "
     "performance management review with the headteacher.", "College"],
], header=["No.", "Session", "Content", "Led by"], widths=[1.0, 3.2, 8.6, 3.2])

runin("5D Delivery and flexibility.", "")
bullet("Two intakes a year, September and February.")
bullet("WCP701 and WCP702 are free-standing and may be taken in either order; a February starter "
       "begins with WCP702.")
bullet("The award may be completed in one year or, one module a year, in two.")
bullet("Eleven twilight sessions (4.30\u20137.30 pm) and two Saturdays, all at the PDC. A missed session "
       "may be made up with the next intake.")
bullet("All teaching is face to face. There is no online element (see Option B, Disbenefits); reading "
       "packs are on paper.")

runin("5E Admissions and entry.", "")
bullet("Entry: QTS; in post as SENCO or designated to become SENCO within 12 months; headteacher "
       "nomination form.")
bullet("Selection: interview with the Programme Leader, informed by a self-audit against the national "
       "minimum outcomes completed with the application. Where the interview and audit show that an "
       "applicant is unlikely to meet all of the outcomes by the end of the programme, the applicant is "
       "told in writing what to do first (usually Kettlesby\u2019s Aspiring SENCO course, or a term "
       "shadowing an experienced SENCO) and, with the applicant\u2019s agreement, the Programme Leader "
       "discusses this with the headteacher.")
bullet("Suitability: applicants are serving teachers and will have been checked by their employers "
       "before appointment. The College does not see or record CRB disclosures for this programme.")

runin("5F Prior learning.", "Under Eastwold\u2019s APL regulations up to 30 credits (one module) may be "
      "awarded for prior certificated learning at Level 7, or for experiential learning evidenced in a "
      "portfolio mapped to the module\u2019s learning outcomes. Claims are assessed by the Programme Leader "
      "and a second tutor and seen by the external examiner. Fee: \u00a3150.")

runin("5G Study groups, support and cost.", "")
bullet("The self-audit from interview is used by the Programme Leader to form study groups (by phase "
       "and experience) and to decide which sessions need more or less time for each intake.")
bullet("Three individual tutorials per module. Participants choose the focus of each task from their "
       "school\u2019s improvement priorities. A participant who falls behind may transfer to the next "
       "intake without further fee.")
bullet("Fee \u00a31,500 (\u00a3750 per module); Kettlesby pays half for maintained schools. The twilight "
       "and Saturday pattern means schools need no supply cover. Cost to the College \u00a31,223 per "
       "participant at 20 participants (Section 6).")

runin("5H Assessment and award.", "Three assessed tasks and an ungraded learning journal.")
grid([
    ["Task 1 Policy audit and presentation", "WCP701, 40%",
     "3,000-word audit of the school\u2019s SEN and disability policy and practice against the Code of "
     "Practice and the disability equality duty; a 15-minute presentation of recommendations to the "
     "headteacher and the governor for SEN, observed by the tutor.",
     "SEN law and the Code and putting them into practice; disability equality law and the actions it "
     "requires; influencing senior colleagues and governors on inclusive policy, priorities and "
     "resources; gaining the commitment of the headteacher and senior leaders; clear spoken "
     "presentation and response to questions."],
    ["Task 2 Pupil-centred case study", "WCP701, 60%",
     "4,000-word analysis of the identification, assessment and provision for one pupil, with a "
     "proposed revised plan; includes a consultation with the pupil and a review meeting with the "
     "parents.",
     "The types of SEN and their effect on learning; identification, targets, intervention and review; "
     "using other professionals\u2019 assessments; using summative data, including national tests, to "
     "track progress and adjust the programme; choice of approaches, strategies and resources, "
     "including ICT; consulting the pupil and involving him or her in agreeing and reviewing targets; "
     "the review meeting with the parents; the relationship with the pupil and family; the roles of the "
     "agencies involved, how specialist support was obtained and how the participant worked with them, "
     "statutory and voluntary."],
    ["Task 3 Provision development plan", "WCP702, 100%",
     "A costed plan for improving one aspect of SEN provision in the participant\u2019s school, with a "
     "provision map, presented to the senior leadership team. The plan may, if the participant "
     "chooses, include a coaching programme for a colleague. Implementation falls after the award and "
     "is not assessed.",
     "Provision mapping and identifying missing or ineffective provision; deploying and managing "
     "support staff; reviewing provision with colleagues for the school\u2019s self-evaluation; the "
     "principles of school self-evaluation and improvement."],
    ["Learning journal", "Both modules, not graded",
     "Reflections on reading and research, on the session 12 case clinics and on keeping up to date; "
     "the CPD plan from session 13.",
     "Reviewed by the tutor at each tutorial. Not graded and not required for the award."],
], header=["Task", "Module, weight", "What the participant does", "Assessed against"],
    widths=[2.8, 2.0, 5.4, 5.8], size=8.5)
bullet("Award: made to participants who pass Tasks 1\u20133 (Level 7 pass mark 50%) and attend at least "
       "80% of sessions. Because the tasks are mapped to the national outcomes, passing them "
       "demonstrates the outcomes.")
bullet("Marking and moderation follow Eastwold\u2019s regulations: every fail and borderline script and a "
       "20% sample of each task are second-marked; Task 1 presentations are assessed jointly by the "
       "tutor and a second assessor (Kettlesby\u2019s Principal SEN Officer) against a common grid; "
       "Eastwold appoints the external examiner, who samples each task and attends the Board of "
       "Examiners.")

runin("5I Partnership with Kettlesby and schools.", "")
bullet("Design: a design group (the College, Kettlesby\u2019s Principal SEN Officer, two headteachers, "
       "the Parent Partnership coordinator and two SENCOs from the current programme) met three times "
       "between June and October 2008 and endorsed the programme outline.")
bullet("Delivery: Kettlesby services lead or co-lead sessions 3\u20137, 10 and 12, arrange placements (5K) "
       "and second-assess Task 1 presentations.")
bullet("Partnership Board: from September 2009 the design group becomes the Partnership Board, adding a "
       "parent nominated by Parent Partnership and a former participant. It meets each term, receives "
       "the session and module evaluations, the external examiner\u2019s report and the Annual Programme "
       "Review, and agrees the programme\u2019s annual action plan with the Programme Leader.")

runin("5J Quality and evaluation.", "")
bullet("Participants evaluate every session (short form) and each module (questionnaire). Tutors write "
       "a module report.")
bullet("Annual Programme Review to Eastwold\u2019s Partnership Office and the College Quality Committee, "
       "drawing on the evaluations, marks, the external examiner\u2019s report and the Partnership Board\u2019s "
       "comments; it ends with an action plan. Periodic review by Eastwold every five years.")
bullet("Changes made each year are reported to the next intake at induction.")
bullet("Impact: participants rate their confidence against each outcome at entry (the self-audit) and at "
       "exit; the change is reported in the Annual Programme Review. The College will explore with "
       "Kettlesby whether pupil-level data could be used to measure the programme\u2019s effect on "
       "pupils\u2019 achievement.")

runin("5K Staffing, expertise, placements and resources.", "")
bullet("Programme Leader: new 0.4 FTE post, to be advertised in January 2009 for appointment from April. "
       "Person specification: experienced SENCO with a masters qualification in SEN or inclusion. The "
       "College does not at present employ a member of staff with SENCO experience; until the "
       "appointment Dr Pellow leads the development.")
bullet("Tutors: two Senior Lecturers in Primary Education teach sessions 1, 2, 8, 9, 11 and 13. Each has "
       "an individual development plan arising from a training needs analysis carried out in November "
       "2008. Kettlesby\u2019s educational psychologists, speech and language therapists, ASD Outreach Team, "
       "Learning Support Service and ICT and Inclusion Consultant teach the sessions shown in 5C.")
bullet("Placements: each participant spends two days in a Kettlesby specialist setting (Brookfield "
       "Special School, the Hollins Specialist Support Centre for pupils with ASD, or the Pupil Referral "
       "Unit), arranged by the LA\u2019s SEN Team, with a placement brief tied to Task 2. Hosts are briefed "
       "by the SEN Team.")
bullet("Roles: a Programme Handbook for tutors; a tutors\u2019 induction and standardisation meeting before "
       "each intake; a contributor brief for each Kettlesby contributor, setting out the session\u2019s "
       "outcomes; each participant\u2019s headteacher names a school mentor, who receives the Mentor Guide "
       "and attends a one-hour briefing at the PDC at the start of the intake.")
bullet("Resources: the College library\u2019s SEN collection (about 900 titles) and e-journals through "
       "Eastwold\u2019s library; reading packs; session 7 uses the ICT and Inclusion Consultant\u2019s "
       "demonstration kit. Purchase of an assistive-technology set for participants\u2019 use (\u00a33,000) "
       "is deferred to Year 2 and subject to recruitment.")

# ------------------------------------------------------------------ 6
doc.add_heading("6. Financial case", level=1)
guidance("Template guidance: Year 1 income and expenditure at the forecast intake; state the break-even "
         "point.")
grid([
    ["Fees, 20 participants at \u00a31,500", "30,000", ""],
    ["Programme Leader, 0.4 FTE with on-costs", "", "18,700"],
    ["Administrator, 0.1 FTE", "", "2,200"],
    ["External examiner", "", "450"],
    ["Library and reading packs", "", "1,200"],
    ["Eastwold registration, \u00a395 per participant", "", "1,900"],
    ["Kettlesby contributors and PDC rooms", "", "in kind"],
    ["Total", "30,000", "24,450"],
    ["Surplus", "5,550", ""],
], header=["Item (Year 1, 2009\u201310)", "Income \u00a3", "Expenditure \u00a3"], widths=[9.0, 3.0, 3.0])
p("Break-even: 17 participants.")

# ------------------------------------------------------------------ 7
doc.add_heading("7. Risks", level=1)
grid([
    ["Programme Leader not appointed by April 2009", "M", "H",
     "Kettlesby\u2019s Principal SEN Officer leads sessions under a service agreement; second advertisement.",
     "DP(A)"],
    ["Under-recruitment", "M", "M", "Kettlesby to nominate at least 12; marketing to the two neighbouring "
     "authorities.", "HPD"],
    ["TDA approval not granted", "L", "H", "Run as an Eastwold-validated PGCert without national award "
     "status.", "DP(A)"],
    ["Participants fall behind", "M", "L", "Transfer to the next intake; extensions under Eastwold "
     "regulations.", "PL"],
    ["Placement hosts unavailable", "L", "M", "Three settings; SEN Team rota.", "Kettlesby"],
], header=["Risk", "Likelihood", "Impact", "Mitigation", "Owner"], widths=[4.2, 1.6, 1.4, 7.0, 1.8])

# ------------------------------------------------------------------ 8
doc.add_heading("8. Equality impact", level=1)
guidance("Template guidance: summarise the outcome of the equality impact assessment. State how the "
         "proposal meets the College\u2019s duties under the Race Relations (Amendment) Act 2000, the "
         "Disability Discrimination Act 2005 and the Equality Act 2006, including reasonable adjustments.")
p("An initial screening (EIA/08/19) found no adverse impact on any group. The programme will operate "
  "under the College\u2019s Single Equality Scheme. Wrenfield is committed to equality of opportunity and "
  "welcomes applications from all.")

# ------------------------------------------------------------------ 9
doc.add_heading("9. Safeguarding", level=1)
guidance("Template guidance: state how the proposal will ensure that participants are suitable to work "
         "with children and young people.")
p("See 5E.")

# ------------------------------------------------------------------ 10
doc.add_heading("10. Decision of Academic Board, 4 December 2008 (minute AB/08/112)", level=1)
p("Resolved:")
p("(a) that Option C be approved for submission to the TDA;")
p("(b) that the Programme Leader bring proposals for an assessment-only route for experienced SENCOs to "
  "the Board by June 2009, drawing on Eastwold\u2019s route under Option B;")
p("(c) that the Head of Professional Development report on the appointment of the Programme Leader in "
  "February 2009.")
p("The Board recorded its thanks to Kettlesby MBC.")

doc.save(OUT)
print("wrote", OUT)
