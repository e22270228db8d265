"""Build cx-02-daneshill-equality-impact.docx: Daneshill Borough Council with the Tillingbourne Schools
Collaborative and the University of Kellbrook, Equality Impact Assessment (Full),
February 2009 (invented provider).

Provider
--------
Daneshill Borough Council, Children and Young People's Service (Inclusion and
SEN team), in partnership with the Tillingbourne Schools Collaborative (sixteen
schools, two of them special schools) and the (invented) University of Kellbrook,
which validates a 40-credit Level 7 "Postgraduate Certificate in SEN
Coordination". 2008-era vocabulary: CRB, List 99, Single Central Record, DDA
2005, Disability Equality Duty, SEN Code of Practice 2001, ECM, CAF, RAISEonline,
P scales, IDP, Bercow 2008, Standards Fund, Schools Forum.

Layout (a kind of document not in the earlier sets: a council equality impact
assessment form)
-----------------------------------------------------------------------------
The council sends the full Equality Impact Assessment (EIA) it completed on the
new programme, on the council's EIA template, as its application, with a
one-paragraph note on the first page.
- Part A: a details table (function, directorate, lead officer, assessment
  team, new/changed/existing, dates).
- Part B: template questions Q1-Q9 as bold numbered Normal paragraphs, each
  followed by the template's italic grey "Guidance:" prompt (left in, never an
  answer) and then the council's answer. Q4 is a consultation table (group,
  when and how, what they told us, what we did). Q5 is an impact table by
  equality strand with typed tick boxes for Positive / Neutral / Negative.
- Part C: an action plan table (intentions only), then a sign-off table with
  the Corporate Equalities Officer's quality-check comment.
- Annex 1: "The programme as assessed": the candidate journey as a Word
  numbered list, staffing, two module outlines and the two assignments with
  lettered assessment criteria (a)-(m) naming what each assesses, in the
  council's own words; the award rule.
- Header with the template's version; footer with the council's strapline.

Traps and the requirement ids they affect
-----------------------------------------
- Template guidance prompts (e.g. "Guidance: say how people affected will be
  involved in monitoring") are not answers.
- E.2 partially_met: Master's level but "40 credits".
- 1.1 partially_met: the aims are compliance, attainment in English and
  mathematics and fewer statutory assessments; well-being appears only as the
  value "We believe every child in Daneshill matters".
- 1.7 not_met (deferral/negation): working with parents "is not covered as a
  separate topic" and is "a matter for each school's own policy"; the Parent
  Carer Forum's comment was only "Noted. Passed to the Parent Partnership
  Service." 6.S8 not_met for the same reason.
- 1.9 and 6.0 partially_met: award on passing both assignments plus 80%
  attendance; the assignment criteria do not cover every outcome.
- 2.1 partially_met: certificated credit only; "The University's regulations do
  not allow credit for experiential learning on this award."
- 2.4 partially_met: tailoring through the Individual Training Plan, but only
  the cost is stated, nothing on cost-effectiveness.
- 3.2 partially_met: a single September intake with modules in a fixed order
  and a twilight route "considered but not adopted"; only the two-year option
  and online weeks. A second intake is only "explore" in the action plan.
- 4.3 partially_met: stakeholders teach and host network sessions, but for
  evaluation only "We would welcome" the Forum's involvement and an action to
  "explore".
- 5.1 partially_met: internal methods only (questionnaires, equality
  monitoring, pupil data) reported to the Steering Group; no external
  evaluation.
- 5.5 partially_met: specialist expertise from council services, but
  placements conditional: "If the Collaborative's bid to the Schools Forum
  succeeds, we could offer..."
- 5.8 partially_met: single marking by the module tutor; the external
  examiner sees only fails and borderline scripts; no internal moderation.
- Outcomes: 6.A1 partial (pupils only), 6.A2 partial (content, not in the
  criteria), 6.A5 partial (writing only assessed), 6.K2 partial (content
  only), 6.S2b partial (optional), 6.S9 partial (content only; criterion (e)
  assesses knowledge of agencies, 6.K9 met), 6.S2d not_met (only an action-
  plan intention), 6.S4 not_met (explicitly out of scope: the council's
  separate teaching assistant course), 6.S8 not_met.
- Met: 1.5 and 6.S7 (pupil voice session and criterion (e)); 2.2 (pre-course
  self-review, interview, ITP); 2.3 (assessment-only route); 2.5 (Next Steps
  meeting); 3.1 (very full); 3.3 (online weeks with moderated forum, tutor
  replies between study days, e-mail to heads); 5.3 (Single Central Record,
  new disclosure, List 99, references); 5.7 (Tutor Handbook and mentor
  briefing); 5.9 (pupil baseline and follow-up collated, confidence ratings).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("cx-02-daneshill-equality-impact.docx")

doc = Document()
doc.core_properties.author = "Ann Whitlock"
doc.core_properties.title = "EIA - Accredited SENCO Training Programme"
normal = doc.styles["Normal"]
normal.font.name = "Tahoma"
normal.font.size = Pt(10)

TEAL = "D9EAE7"
GREY = "6B6B6B"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, colour=None):
    p = doc.add_paragraph()
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


def question(num, text, guidance):
    p = para(f"{num}  {text}", bold=True, size=10.5, after=2)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    para("Guidance: " + guidance, italic=True, size=8.5, colour=GREY, after=4)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table(rows, header=True, size=8.5, first_col_shade=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0) or (first_col_shade and j == 0), size=size)
            if (header and i == 0) or (first_col_shade and j == 0):
                shade(c, TEAL)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def numbered(text):
    return doc.add_paragraph(text, style="List Number")


# ------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Daneshill Borough Council \u2013 Equality Impact Assessment Form (Full) \u2013 "
                "Template v3, June 2007 \u2013 OFFICIAL")
hr.font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Daneshill: a fair place to live, learn and work. Completed EIAs are published on the "
                "Council's website. Page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------- title and note
para("DANESHILL BOROUGH COUNCIL", bold=True, size=14, align="c", after=0)
para("Equality Impact Assessment \u2013 Full Assessment", bold=True, size=13, align="c", after=10)
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
cell_text(c, "Note for the TDA approval panel. This is the Council's completed Equality Impact "
             "Assessment of the accredited SENCO training programme, as approved by the Children and "
             "Young People's Service Equality Group on 9 February 2009. Annex 1 describes the programme "
             "as it was assessed. We have sent it unchanged because it is the fullest account we hold of "
             "how the programme will work and who it is for. \u2013 Ann Whitlock, Programme Leader",
          italic=True, size=9)
shade(c, "F2F2F2")
doc.add_paragraph()

# ------------------------------------------------------------- part A
para("PART A: DETAILS OF THE FUNCTION", bold=True, size=11)
table([
    ("Name of policy, function or service", "Accredited SENCO Training Programme (Postgraduate Certificate in "
                                            "SEN Coordination) 2009-2014"),
    ("Directorate / service", "Children and Young People's Service / Inclusion and SEN"),
    ("Partners", "Tillingbourne Schools Collaborative (16 schools); University of Kellbrook, School of "
                 "Education"),
    ("Lead officer", "Ann Whitlock, Senior Adviser (SEN and Inclusion)"),
    ("Assessment team", "Ann Whitlock; Deepak Rao (Corporate Equalities Officer); Sarah Mistry (Headteacher, "
                        "Oakfield Special School); Dr Paul Revel (University of Kellbrook); Lorna Byfield "
                        "(SENCO, Holme Lane Primary)"),
    ("New, changed or existing?", "New. Replaces the Council's unaccredited three-day SENCO Induction Course."),
    ("Date started / completed", "3 November 2008 / 30 January 2009"),
], header=False, size=9, first_col_shade=True)

# ------------------------------------------------------------- part B
para("PART B: THE ASSESSMENT", bold=True, size=11)

question("Q1", "What are the aims and objectives of the policy, function or service?",
         "Describe the purpose in plain English. Say what outcomes are expected and for whom. Attach any "
         "supporting documents as annexes.")
para("We believe every child in Daneshill matters, and that every teacher who leads SEN provision deserves "
     "proper training for the role. The programme's aims, agreed by the Steering Group, are:")
for x in ("to secure full compliance with the SEN Code of Practice and the Council's SEN Strategy in every "
          "Daneshill school;",
          "to raise the attainment in English and mathematics of pupils at School Action Plus and with "
          "statements;",
          "to reduce the number of requests for statutory assessment by strengthening school-based provision;",
          "to give new SENCOs a Master's-level qualification that meets the requirements of the Education "
          "(Special Educational Needs Co-ordinators) (England) Regulations 2008."):
    doc.add_paragraph(x, style="List Bullet")
para("The programme is a Postgraduate Certificate in SEN Coordination validated by the University of "
     "Kellbrook at a validation event on 4 February 2009. It carries 40 credits at Master's level "
     "(Level 7) and consists of two 20-credit modules, Module A The SENCO, the Law and Inclusion and "
     "Module B Leading Learning for Pupils with SEN. The University registers participants and makes the "
     "award. Annex 1 gives the full description.")

question("Q2", "Who is intended to benefit, and how?",
         "List the groups who will be affected, directly or indirectly. Consider service users, staff and "
         "the wider community.")
para("Directly: teachers new to the SENCO role, or about to take it up, in Daneshill's 74 maintained "
     "schools and academies. Indirectly: the 6,900 pupils recorded at School Action, School Action Plus or "
     "with statements, and their families; class teachers and teaching assistants whom SENCOs support; "
     "and the Council, which will have a trained SENCO in every school.")

question("Q3", "What evidence and data have you used?",
         "Give the sources. Include local and national data, research, complaints, inspection findings and "
         "any gaps in your evidence.")
para("School Census (January 2008): 19.8% of pupils in Daneshill have SEN, above the national figure; "
     "the gap between pupils with SEN and others at Key Stage 2 English and mathematics is 48 percentage "
     "points. Ofsted inspection reports for 2006-08 identified the leadership of SEN as a weakness in 11 "
     "schools.")
para("In April 2008 we surveyed the SENCOs of all 74 schools (58 returns) and held a focus group of nine "
     "SENCOs appointed in the previous two years. New SENCOs' top priorities were using data to track "
     "progress (71%), provision mapping (64%), leading and supporting colleagues (59%) and the law and the "
     "Code of Practice (52%). The programme gives each of these a full study day (Annex 1).")
para("The workforce profile from the survey and the Council's HR records: 86% of SENCOs are women; 41% work "
     "part-time or job-share; 12% are aged 55 or over; 6% are from black and minority ethnic groups; three "
     "respondents told us they are disabled. There is no data on religion or belief or sexual orientation.")

question("Q4", "What consultation has taken place, and what did you do as a result?",
         "Describe who you consulted, how, what they told you and what difference it made. If you have not "
         "consulted, say why.")
table([
    ("Group", "When and how", "What they told us", "What we did"),
    ("SENCOs", "Survey April 2008; focus group May 2008",
     "Study days must be in school hours; hard to be out of school often; want most help with data",
     "Study days run 9.30-3.00; four online weeks replace four days out of school; data day added to Module B"),
    ("Headteachers", "Primary and Secondary Heads' Forums, May 2008",
     "Cost of supply cover; the course should benefit the school, not only the teacher",
     "Council funds supply for study days; Assignment 2 is a change project agreed with the headteacher"),
    ("Daneshill Parent Carer Forum", "Forum meeting, 17 June 2008",
     "SENCOs should listen to parents and explain decisions to them",
     "Noted. Passed to the Parent Partnership Service."),
    ("Council Disabled Staff Forum", "Meeting, June 2008",
     "Handouts arrive on the day; some training venues are hard to reach",
     "All materials issued electronically a week ahead; all sessions at the accessible Professional Centre"),
    ("Children and young people", "Youth Council, July 2008",
     "\"Teachers decide things about us without asking us\"",
     "Pupil voice session added to Module B; consulting pupils made part of Assignment 2"),
    ("Tillingbourne Collaborative", "Heads' meetings, 2008",
     "Special schools offered to share expertise",
     "Two Module A sessions taught by Oakfield and Brookside staff"),
], size=8)

question("Q5", "Assessment of impact by equality strand",
         "For each strand tick whether the impact is positive, neutral or negative, give the evidence and say "
         "what you will do about any negative impact. Remember the Disability Equality Duty requires you to "
         "anticipate the needs of disabled people.")
table([
    ("Strand", "Pos", "Neu", "Neg", "Evidence, reasons and mitigation"),
    ("Disability \u2013 participants", "\u2612", "\u2610", "\u2610",
     "The application form asks every applicant about any disability and the adjustments they need, and "
     "explains why we ask. The Programme Leader contacts each applicant who discloses to agree reasonable "
     "adjustments before the course starts and records them in the Individual Training Plan. All sessions "
     "are at the Daneshill Professional Centre (level access, hearing loop, accessible parking). Materials "
     "are issued electronically a week ahead and in large print or other formats on request. Assessment "
     "adjustments (extra time, alternative formats, a scribe) are arranged with the University's "
     "Disability Advisory Service. The programme leaflet states this offer and is available in "
     "alternative formats. Selection uses published criteria only."),
    ("Disability \u2013 pupils", "\u2612", "\u2610", "\u2610",
     "Module A teaches the Disability Discrimination Act 2005 and the Disability Equality Duty, and "
     "Assignment 1 requires participants to evaluate their school's Disability Equality Scheme and "
     "accessibility plan. This promotes positive attitudes to disabled pupils and adults."),
    ("Gender", "\u2610", "\u2610", "\u2612",
     "Most SENCOs are women and many work part-time. There is one intake a year, in September, and "
     "modules are taken in order, A then B. A twilight route was considered but not adopted because "
     "tutors are not available in the evenings. Participants who work part-time may take two years to "
     "complete instead of one. The four online weeks reduce days away from school."),
    ("Race", "\u2610", "\u2612", "\u2610",
     "No evidence of differential impact. Case studies and readings include pupils from minority ethnic "
     "groups and pupils learning English as an additional language."),
    ("Age", "\u2610", "\u2612", "\u2610", "No evidence of differential impact."),
    ("Religion or belief", "\u2610", "\u2612", "\u2610",
     "Study days avoid the main religious festivals in the Council's faith calendar."),
    ("Sexual orientation", "\u2610", "\u2612", "\u2610", "No evidence of differential impact."),
    ("Rural access (local strand)", "\u2612", "\u2610", "\u2610",
     "Schools in the east of the borough are up to 40 minutes from the Professional Centre. The four online "
     "weeks are run on KLE, the University's Blackboard site. In each online week the tutor posts tasks and "
     "moderates a discussion forum daily, and participants work in online groups of five. Between study "
     "days participants can post questions to the tutor on the forum or by e-mail and receive a reply within "
     "two working days. Tutors e-mail headteachers after each module with attendance and progress, and "
     "participants submit assignments online."),
], size=8)

question("Q6", "Could the function discriminate unlawfully, directly or indirectly?",
         "Consider each stage: access, selection, delivery, assessment. If there is a risk, say how it is "
         "removed.")
para("We do not believe so. Entry criteria are published and applied by two people. Adjustments are made at "
     "every stage, including placements and visits. The single intake is the main risk of indirect "
     "discrimination (see Q5, Gender) and is in the action plan.")

question("Q7", "How will the function promote equality of opportunity and good relations?",
         "Say how the function will actively promote equality, not only avoid discrimination.")
para("The programme exists to improve provision for a group of pupils whose attainment gap in Daneshill is "
     "wide. Module B includes a session on pupil voice led by the Council's Children's Rights Officer, and "
     "participants must consult pupils with SEN about their provision as part of Assignment 2 (criterion "
     "(e) in Annex 1).")

question("Q8", "How will you monitor the impact and review the function?",
         "Say what data you will collect, how often, who will see it and how people affected will be "
         "involved in monitoring.")
para("Participants complete a questionnaire after each study day and each module. Applications, "
     "participation, completion and results are monitored by equality strand each year. Participants rate "
     "their confidence against each national outcome at the pre-course interview and again at the end. "
     "Assignment 2 requires baseline and follow-up data on the progress and well-being of the pupils "
     "affected by the participant's project; the Programme Leader collates these across the cohort. All of "
     "this is reported each July to the Programme Steering Group, which decides any changes for the next "
     "intake.")
para("Special school staff and SENCO network chairs from the Collaborative teach sessions and host the "
     "termly network meetings that participants attend. We would welcome the involvement of the Parent "
     "Carer Forum and headteachers in reviewing the programme in future.")

question("Q9", "Conclusion",
         "Summarise: no major change needed / adjust the function / continue despite adverse impact / stop.")
para("Adjust the function: proceed, with the actions in Part C.")

# ------------------------------------------------------------- part C
para("PART C: ACTION PLAN AND SIGN-OFF", bold=True, size=11)
table([
    ("Action", "Lead", "By"),
    ("Explore a second (January) intake and a twilight route for part-time staff", "AW", "Sept 2010"),
    ("Explore with the Parent Carer Forum how it might be involved in reviewing the programme", "AW", "July 2009"),
    ("Consider adding a session on access arrangements for national tests and examinations", "PR", "Sept 2010"),
    ("Bid to the Schools Forum for funding for placement days", "SM", "March 2009"),
    ("Review this EIA", "DR", "Sept 2010"),
], size=8.5)
table([
    ("Quality check by Corporate Equalities Officer",
     "Strong on disability. Gender impact of the single intake is real and the action is only to explore. "
     "D. Rao, 30.1.09"),
    ("Approved by Head of Service", "M. Quinlan, Head of Inclusion and SEN, 9.2.09"),
], header=False, size=8.5, first_col_shade=True)

# ------------------------------------------------------------- annex 1
doc.add_page_break()
para("ANNEX 1: THE PROGRAMME AS ASSESSED", bold=True, size=12)

para("The candidate journey", bold=True)
for x in (
    "Application (March-May). The headteacher nominates the teacher, who must hold QTS and be, or be "
    "about to become, the school's SENCO. The candidate writes a short statement about the school's SEN "
    "provision and their own experience.",
    "Selection. The Programme Leader and a University tutor assess each application against the published "
    "entry criteria. Candidates who do not yet meet them receive written advice on the experience they "
    "need, and the Programme Leader discusses this with the headteacher; they may apply the following year.",
    "Safer recruitment check. The Council's Schools HR team confirms from the school's Single Central Record "
    "that each accepted candidate holds an enhanced CRB disclosure and records its number and date. A "
    "candidate who has not worked in a school in the last three months obtains a new enhanced disclosure "
    "through the Council before starting. Schools HR also checks List 99 and, for anyone who has changed "
    "employer in the last year, takes up a reference from the previous employer.",
    "Prior learning. Candidates with Master's-level credit from earlier study may apply to the University to "
    "have up to 20 credits counted towards Module A. The University's regulations do not allow credit for "
    "experiential learning on this award.",
    "Pre-course interview and Individual Training Plan (June-July). Each candidate completes the SENCO "
    "Self-Review against every national outcome and discusses it with a tutor, who checks the ratings "
    "against evidence from the candidate's school. Together they agree an Individual Training Plan naming "
    "the outcomes the participant most needs to develop, personal targets, the optional online materials "
    "to use and any reasonable adjustments. The plan is reviewed at the end of Module A.",
    "Study (September-July): eight study days, four online weeks and three SENCO network meetings.",
    "Assessment: two assignments (below).",
    "Next Steps meeting. At the end of the programme each participant meets the tutor and the headteacher "
    "to agree CPD targets for the following year, recorded on the Next Steps plan and passed to the "
    "school's performance management reviewer.",
):
    numbered(x)

para("Assessment-only route", bold=True)
para("In exceptional cases an experienced teacher, for example from the Council's SEN support services, may "
     "be assessed without taking the taught programme. The candidate submits both assignments and a "
     "portfolio of evidence mapped against every national outcome, and has a one-hour professional "
     "discussion with two tutors. The Steering Group decides eligibility. The fee is \u00a3350.")

para("Cost", bold=True)
para("Places are free to Daneshill schools. The Council meets the full cost, about \u00a31,200 a place, "
     "including supply cover for study days, from its Standards Fund allocation. The Individual Training "
     "Plan lets tutors direct each participant to the online materials and network sessions that match "
     "their needs.")

para("Staff", bold=True)
para("Programme Leader: Ann Whitlock, Senior Adviser (SEN and Inclusion), SENCO in two primary schools for "
     "ten years, MA in Special and Inclusive Education. Module tutors: Dr Paul Revel, Senior Lecturer in "
     "Inclusive Education, University of Kellbrook; Dr Grace Mensah, Senior Educational Psychologist; "
     "Sarah Mistry, Headteacher of Oakfield Special School. Specialist sessions are taught by the Council's "
     "speech and language therapy service, sensory support team and autism outreach team and by the "
     "Children's Rights Officer. All tutors attend the University's annual SEN research update and the "
     "Council's termly SEN policy briefings.")
para("Tutors work from the Programme Tutor Handbook, which sets out teaching, tutorial and marking duties, "
     "and attend an induction meeting each August. Each participant has a school mentor (usually a deputy "
     "head), who attends a half-day briefing in September and receives the Mentor Guide setting out the "
     "mentor's role in supporting the project and the Next Steps meeting.")
para("If the Collaborative's bid to the Schools Forum succeeds, we could offer each participant a day in a "
     "special school or resourced provision.")

para("Resources", bold=True)
para("Participants have full access to the University library and its e-journals, and to the Council's "
     "Inclusion Resource Centre, which lends assessment materials, the Inclusion Development Programme "
     "materials and assistive technology (text-to-speech software, communication aids, switch devices) "
     "for trial in school.")

para("Module A: The SENCO, the Law and Inclusion (20 credits)", bold=True)
para("Study days 1-4 and online weeks 1-2. Content: the Education Act 1996, the SEN Code of Practice 2001, "
     "the SEN and Disability Act 2001, the DDA 2005 and the Disability Equality Duty, the SENCO Regulations "
     "2008; Every Child Matters, the Children Act 2004 and the five outcomes, and the SENCO's part in them; "
     "how children develop and how SEN, disability and the learning environment affect development; the "
     "most common types of SEN (BESD, specific learning difficulties including dyslexia, speech, language "
     "and communication needs, autistic spectrum disorders, MLD), using the IDP materials and the Bercow "
     "Review (2008); research and inspection evidence, including Ofsted's reports of 2004 and 2006; "
     "external agencies in Daneshill, the Common Assessment Framework, multi-agency working and local "
     "voluntary organisations. The University updates the reading list every year.")
para("Assignment 1: Policy and Practice Review (4,000 words).", italic=True)

para("Module B: Leading Learning for Pupils with SEN (20 credits)", bold=True)
para("Study days 5-8 and online weeks 3-4. Content: identifying need and setting targets; using assessments "
     "from other professionals; tracking progress with RAISEonline, P scales and national tests; assessment "
     "for learning with pupils with SEN; provision mapping; approaches and resources including ICT; pupil "
     "voice; coaching, observation and leading training; working with the headteacher, senior leaders and "
     "governors and gaining their support; school self-evaluation; managing the SENCO's workload. "
     "Participants carry out a school-based change project in their own school, agreed with the "
     "headteacher. Deployment and performance management of teaching assistants are covered by the "
     "Council's separate Leading Teaching Assistants course and are not part of this programme.")
para("Working with parents is not covered as a separate topic. The Parent Partnership Service provides its "
     "own training for schools, and participants' work with parents is a matter for each school's own policy.")
para("Assignment 2: Leading a Change in Provision (5,000-word report on the project).", italic=True)

para("Assessment criteria", bold=True)
para("Assignment 1. The participant:")
for x in (
    "(a) explains SEN law and the Code of Practice, their implications for the school and how the school "
    "puts them into practice;",
    "(b) evaluates the school's Disability Equality Scheme and accessibility plan against the duties of the DDA;",
    "(c) explains, with reference to two pupils, how common types of SEN and the pupil's development and "
    "environment affect learning;",
    "(d) draws critically on research and inspection evidence on best practice in meeting SEN;",
    "(e) explains the roles of external agencies and how the school obtains specialist support and resources;",
    "(f) writes clearly, accurately and in an appropriate academic style.",
):
    para(x, after=2)
para("Assignment 2. The participant:")
for x in (
    "(a) identifies pupils who may have SEN using data, observation and assessment, sets challenging targets, "
    "plans interventions and reviews progress;",
    "(b) uses assessments from other professionals to shape teaching approaches;",
    "(c) works with colleagues to develop formative assessment for pupils with SEN;",
    "(d) uses provision mapping to identify ineffective or missing provision;",
    "(e) consults pupils with SEN and involves them in planning and reviewing their provision, building "
    "respectful working relationships with them;",
    "(f) supports colleagues' development through observation and feedback, modelling, coaching or training;",
    "(g) works with senior leaders and governors to influence the school's inclusion policy, priorities "
    "and use of resources;",
    "(h) reviews with staff the effectiveness of provision to inform the school's self-evaluation;",
    "(i) evaluates the impact of the project on pupils' progress and well-being using baseline and "
    "follow-up data;",
    "(j) critically evaluates the approaches, strategies and resources, including ICT, used to remove "
    "barriers to learning;",
    "(k) manages the project to time, prioritising and delegating tasks appropriately;",
    "(l) anticipates and resolves problems and justifies decisions on provision;",
    "(m) reflects on their own learning and sets priorities for their own CPD on SEN and disability.",
):
    para(x, after=2)
para("Participants may also include an analysis of national test data for the pupils in their project; "
     "this is optional and not marked.")

para("Marking and award", bold=True)
para("Assignments are marked by the module tutor against the criteria. The University's external examiner "
     "reviews all fails and borderline scripts before the Assessment Board. The Certificate is awarded to "
     "participants who pass both assignments and attend at least 80% of study days.")

doc.save(OUT)
print("wrote", OUT)
