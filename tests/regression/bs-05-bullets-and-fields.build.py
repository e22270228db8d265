"""Build bs-05-bullets-and-fields.docx: Ravensmoor Teaching School Alliance (invented).

Provider: Ravensmoor Teaching School Alliance (lead school Ravensmoor Primary
School; 21 partner schools including two special schools) with Harthill
Borough Council's SEND team. Accreditation by the invented University of
Harthill: a Certificate of Credit of 30 credits at Level 7. Blended
delivery: six face-to-face days and four live online sessions on the
alliance's Moodle. Dated November 2014, present-day vocabulary (DBS,
Teacher prohibition check, Children and Families Act 2014, SEND Code of
Practice 2014, Equality Act 2010, EHC plans, SEMH, JCQ access
arrangements).

Layout: almost no prose.
- Section A is a two-column field table (label | short value).
- Sections B-F are bold typed labels ("Structure:", "Entry:") followed by
  bullet fragments with no subject ("Termly ...", "DBS checked on entry
  ..."). Some lists use Word's List Bullet style, some are typed with "\u2022"
  and some with "-" in Normal paragraphs; some fields are one-line
  "Label: value" paragraphs with the label in bold.
- The outcomes are a typed-bullet list "code outcome \u2014 session(s) \u2014
  assessment" (A1 ... S9, the provider's own short codes in Annex 3
  order). Three outcomes are simply missing from it (K2, K4, S2(c)), and the
  field above it claims "National minimum outcomes: all covered \u2713".

Traps and the requirement ids they affect (multi-part requirements answered
only in part):
- E.2 partially_met: Level 7, but 30 credits, not 60.
- 2.1 not_met (negation): "APL: not available (30-credit award)".
- 2.2 partially_met: a self-audit against the outcomes on Day 1 (not before
  the course), with no individual plan or personalised outcomes.
- 2.4 partially_met: "High-quality provision ..." and a fee; nothing
  tailored to individuals.
- 1.3 partially_met: "Research-informed throughout" with no research,
  inspection evidence or development named.
- 3.1 partially_met: "Equality Act 2010 compliant", "Accessible venue": no
  adjustments, no disclosure arrangements.
- 3.2 partially_met: only one kind of flexibility (Tuesday or Thursday
  group); September start only, fixed order, part time only.
- 3.3 partially_met (3.3 applies: four live online sessions): tutor and
  peer support inside the online sessions, but "Support outside sessions
  (face-to-face or online): none \u2013 reading pack only".
- 4.3 partially_met: stakeholders deliver sessions and host placements,
  but the evaluation bullets involve only participants and tutors.
- 5.1 partially_met: internal methods only (participant survey, tutor
  debrief), and "Results to alliance director" says nothing of how they
  improve the programme.
- 5.9 partially_met: pre/post confidence survey only; nothing on pupils'
  achievement.
- 6.0 partially_met, 1.9 partially_met: the award is for passing the
  assignment and presentation plus 80% attendance, and several outcomes
  are "not assessed" or missing. The blanket "all covered \u2713" is not
  evidence.
- 6.A3, 6.A7, 6.K6, 6.S2b, 6.S2d, 6.S5 partially_met: a session, "not
  assessed".
- 6.K2, 6.K4, 6.S2c not_met: absent from the list and from the sessions.
- 2.3 met: assessment-only route on request, a portfolio against all
  outcomes and a professional discussion.
- 5.3 met: enhanced DBS certificate seen and recorded by the alliance
  business manager on entry, plus a prohibition check.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("bs-05-bullets-and-fields.docx")

doc = Document()
doc.core_properties.author = "Dawn Ashcroft"
doc.core_properties.title = "RTSA SENCO submission"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)


def label(text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def field(name, value):
    p = doc.add_paragraph()
    p.add_run(name + ": ").bold = True
    p.add_run(value)
    return p


def styled(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def typed(items, mark="\u2022"):
    for it in items:
        p = doc.add_paragraph(f"{mark}\t{it}")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)


def section(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(12)


# ------------------------------------------------------------------ title
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("RAVENSMOOR TEACHING SCHOOL ALLIANCE\nSENCO Programme \u2013 submission for approval")
r.bold = True
r.font.size = Pt(14)

# ------------------------------------------------------------------ A
section("A. Provider")
fields = [
    ("Provider", "Ravensmoor Teaching School Alliance (lead school: Ravensmoor Primary School)"),
    ("Partners", "14 primary, 5 secondary, 2 special schools; Harthill Borough Council SEND team"),
    ("Accrediting HEI", "University of Harthill"),
    ("Award", "University of Harthill Certificate of Credit: Leading SEND Provision"),
    ("Level / credits", "Level 7 / 30 credits"),
    ("Validated", "June 2014 (University Academic Board)"),
    ("Lead contact", "Mrs Dawn Ashcroft, Director, Ravensmoor Teaching School"),
    ("Date", "14 November 2014"),
]
tf = doc.add_table(rows=0, cols=2)
tf.style = "Table Grid"
for k, v in fields:
    cells = tf.add_row().cells
    cells[0].text = ""
    cells[0].paragraphs[0].add_run(k).bold = True
    cells[0]._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="E7E6E6"/>'))
    cells[1].text = v
for row in tf.rows:
    row.cells[0].width = Cm(4.0)
    row.cells[1].width = Cm(12.0)

# ------------------------------------------------------------------ B
section("B. Programme")
label("Aims:")
styled([
    "Better progress, wellbeing and preparation for adulthood for pupils with SEND in alliance schools",
    "New SENCOs confident leading SEND provision as part of SLT",
])
label("Structure:")
typed([
    "6 face-to-face days, Ravensmoor Primary Training Centre",
    "4 live online sessions (2 hrs, alliance Moodle + video conferencing)",
    "September start only; one cohort a year; units in fixed order; part time only",
    "Tuesday or Thursday group for all taught days (participant\u2019s choice)",
])
field("Online sessions", "tutor-led; breakout rooms and chat for peer discussion; tutor answers questions live")
field("Support outside sessions (face-to-face or online)", "none \u2013 reading pack only")
label("Content:")
typed([
    "Day 1 \u2013 SEND law: Children and Families Act 2014 Part 3, SEND Code of Practice (2014), "
    "Equality Act 2010 duties to disabled pupils, accessibility plans; applying them in own school",
    "Day 2 \u2013 Areas of need: cognition and learning (incl. dyslexia, MLD), communication and "
    "interaction (SLCN, autism), SEMH, sensory/physical; effect on learning; research on effective "
    "interventions",
    "Online 1 \u2013 Identifying SEND: observation, data, assessment; setting targets; planning "
    "interventions; reviewing progress (graduated approach)",
    "Day 3 \u2013 Using EP, SaLT and OT assessments to plan teaching; tracking with summative data (KS2 "
    "tests, GCSE); JCQ access arrangements for tests and exams \u2013 EP team",
    "Online 2 \u2013 Teaching approaches, resources and assistive technology",
    "Day 4 \u2013 Pupil voice and person-centred reviews; working with parents (co-presented by Harthill "
    "Parent Carer Forum); co-producing EHC plan outcomes",
    "Online 3 \u2013 Multi-agency working: EP, SaLT, CAMHS, social care, voluntary sector (Harthill Autism "
    "Support, local SEMH charity)",
    "Day 5 \u2013 Leading SEND: working with SLT and governors on strategy and ethos; provision mapping; "
    "deploying and managing TAs; reviewing provision with staff; SEND in school self-evaluation",
    "Online 4 \u2013 Coaching colleagues; managing time and delegation; keeping up to date",
    "Day 6 \u2013 Presentations; next steps",
], mark="-")
label("In school:")
styled([
    "Gather views of 3 pupils with SEND on their support \u2013 bring to Day 4",
    "Coaching practice in triads; coach one TA or teacher in own school",
    "Plan and run a SEND briefing for colleagues",
    "School-based change project (assignment Part B): plan, lead, report impact on pupils",
])
field("Research", "Research-informed throughout")
field("Quality", "High-quality provision from experienced practitioners")
field("Cost", "\u00a3950; alliance schools \u00a3550")

# ------------------------------------------------------------------ C
section("C. Participants")
label("Entry:")
typed([
    "QTS",
    "SENCO in post or designated",
    "Headteacher\u2019s letter of support",
    "Interview with lead tutor",
    "Not ready? \u2013 advice on what to do first, call to head, deferred place",
])
label("Checks:")
typed([
    "Enhanced DBS checked on entry \u2013 certificate seen by alliance business manager, number and date "
    "recorded",
    "Prohibition from teaching check (NCTL) on entry",
])
field("Needs", "self-audit against programme outcomes on Day 1")
field("APL", "not available (30-credit award)")
field("Assessment-only", "available on request \u2013 portfolio against all programme outcomes + professional "
      "discussion with lead tutor and University link tutor; fee \u00a3450")
label("Access:")
typed(["Equality Act 2010 compliant", "Accessible venue"])
field("Next steps", "Day 6 \u2013 12-month CPD targets drafted on alliance template, to agree with head at "
      "appraisal")

# ------------------------------------------------------------------ D
section("D. Stakeholders")
label("Evidence of need:")
styled([
    "Survey of alliance SENCOs and heads, Feb 2014 (38 of 42 replied): top needs EHC plan transfers, "
    "provision mapping, SEMH",
    "Harthill SEND Strategy 2014\u201317 priorities: SENCO capacity, co-production with parents",
])
label("Development:")
styled([
    "Design group Mar\u2013May 2014: LA SEND lead, Parent Carer Forum rep, 3 SENCOs, 2 heads",
    "EHC plan co-production session and extra SEMH content added at design group\u2019s request",
])
label("Delivery:")
styled([
    "LA EP team lead Day 3",
    "Parent Carer Forum co-present Day 4",
    "Fernbank School (special) and Ravensmoor Resource Base host placements",
])

# ------------------------------------------------------------------ E
section("E. Quality")
label("Evaluation:")
typed(["End-of-course participant survey", "Tutor debrief after each day", "Results to alliance director"])
label("Impact:")
typed(["Pre/post confidence survey (1\u20135 scale against outcomes)"])
label("Tutors:")
typed([
    "Lead tutor: Mrs Kirsty Abara \u2013 SENCO 11 yrs; MA Inclusive Education; National Award for SEN "
    "Coordination (2010); Specialist Leader of Education (SEND); SENCO 3 days/week",
    "Tutor: Mr Idris Penhaligon \u2013 deputy head, Fernbank School (special); NPQH; SLE (SEMH)",
    "Guest presenters: LA EP team, SaLT, OT, CAMHS practitioner",
])
label("Roles:")
typed([
    "Tutor handbook: roles, marking, safeguarding",
    "Tutor induction \u2013 half day each September",
    "Guest presenters briefed by lead tutor beforehand",
    "No school-based mentors",
])
label("Placements:")
typed(["2-day placement for all participants: Fernbank School (special) or Ravensmoor Resource Base "
       "(autism)"])
label("Resources:")
typed([
    "Alliance SEND library (120 titles)",
    "Moodle course area",
    "Assistive technology loan kit: reading pens, speech-to-text, communication apps",
    "Standardised assessment kits on loan",
])
label("Moderation:")
typed([
    "All assignments double-marked (lead tutor + second tutor)",
    "University of Harthill link tutor moderates 20% sample",
])

# ------------------------------------------------------------------ F
section("F. Assessment and award")
label("Assessment:")
styled([
    "Assignment, 5,000 words: Part A pupil case study (graduated approach, other professionals\u2019 "
    "assessments, pupil and parent views, agencies, impact on progress and wellbeing); Part B leading "
    "change project in own school",
    "Presentation, 15 min, to peers and tutors, Day 6 \u2013 assessed pass/fail",
])
field("Pass mark", "50%")
field("Award", "pass assignment + presentation; 80% attendance")
field("National minimum outcomes", "all covered \u2713")
label("Outcomes \u2014 session(s) \u2014 assessment:")
typed([
    "A1 Relationships with pupils and parents \u2014 Day 4 \u2014 Part A",
    "A2 Commitment of colleagues incl. head and SLT \u2014 Day 5 \u2014 Part B",
    "A3 Prioritising, time, delegation \u2014 Online 4 \u2014 not assessed",
    "A4 Resolving problems, sound decisions \u2014 Day 5 \u2014 Part B",
    "A5 Clear speech and writing, listening \u2014 all \u2014 assignment + presentation",
    "A6 Using research and external advice \u2014 Day 2 \u2014 Part A",
    "A7 Keeping up to date, own CPD \u2014 Online 4 \u2014 not assessed",
    "K1 SEND law and Code of Practice \u2014 Day 1 \u2014 Part A",
    "K3 Disability equality law \u2014 Day 1 \u2014 Part A",
    "K5 Common types of SEND \u2014 Day 2 \u2014 Part A",
    "K6 Approaches, strategies, resources incl. ICT \u2014 Online 2 \u2014 not assessed",
    "K7 School self-evaluation \u2014 Day 5 \u2014 Part B",
    "K8 Best practice and research \u2014 Day 2 \u2014 Part A",
    "K9 External agencies \u2014 Online 3 \u2014 Part A",
    "S1 Strategy, ethos, policy with SLT and governors \u2014 Day 5 \u2014 Part B",
    "S2 Identify, set targets, plan, review \u2014 Online 1 \u2014 Part A",
    "S2(a) Other professionals\u2019 assessments \u2014 Day 3 \u2014 Part A",
    "S2(b) Summative data and national tests \u2014 Day 3 \u2014 not assessed",
    "S2(d) Access arrangements for tests and exams \u2014 Day 3 \u2014 not assessed",
    "S3 Provision mapping \u2014 Day 5 \u2014 Part B",
    "S4 Deploying and managing staff \u2014 Day 5 \u2014 Part B",
    "S5 Colleagues\u2019 professional development \u2014 Online 4 \u2014 not assessed",
    "S6 Reviewing provision with staff \u2014 Day 5 \u2014 Part B",
    "S7 Pupils involved in their provision \u2014 Day 4 \u2014 Part A",
    "S8 Liaising with parents and carers \u2014 Day 4 \u2014 Part A",
    "S9 Partnership with agencies incl. voluntary \u2014 Online 3 \u2014 Part A",
])

doc.add_paragraph()
doc.add_paragraph("D. Ashcroft, Director, Ravensmoor TSA")

doc.save(OUT)
print("wrote", OUT)
