"""Build db-02-tessellate-design-document.docx: Tessellate Learning Ltd, Course Design Document (invented provider).

Provider
--------
Tessellate Learning Ltd, Reading: an (invented) independent training company
that began in corporate learning and development and has run a schools
division since 2004. It applies alone for a blended programme, "Postgraduate
Certificate in Leading SEN Coordination (National SENCO Award)", to be
validated by the (invented) University of Hallingford. Dated 19 February 2009;
2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM, SEF, SATs,
Elluminate webinars, a Moodle 1.9 "Campus", WCAG 1.0) mixed with the
company's instructional-design vocabulary (ADDIE, Kirkpatrick levels, SMEs,
learners, blend, ILP, alpha and beta reviews, parking lot).

Layout (a kind of document not in the earlier sets: an instructional-design
Course Design Document)
---------------------------------------------------------------------------
The company sends its internal Course Design Document (CDD), baselined at
v1.0, as its application, with a two-line "note to the TDA" at the top.
- Document control and distribution tables, a status line.
- Sections numbered by ADDIE phase (1 Project overview, 2 Analysis, 3 Design,
  4 Development, 5 Implementation, 6 Evaluation, 7 Parking lot and open
  issues, 8 Sign-off), sub-sections typed "2.1", "3.3", "5.3" etc. under
  Heading 2, numbers that collide with requirement ids (e.g. "3.3 Sequencing
  and flexibility", "5.3 Tutor onboarding", "2.3 Learner personas").
- An In scope / Out of scope table; constraints, assumptions, dependencies
  as Word bullets; a TNA finding -> design implication table; three learner
  personas in shaded one-cell boxes; a blend table; enabling objectives in
  ABCD form; an assessment-item table; a Kirkpatrick evaluation table; a
  parking-lot table; a sign-off table with a "Pending" row.
- Appendix B in a landscape section: a traceability matrix from national
  outcomes (in the company's own words, codes NO-01...) to enabling objective,
  activity and assessment ("S" summative item, "F" formative only, "Elective"
  optional content), with four outcomes simply missing.
- Page header (document id, "Commercial in confidence") and footer.

Traps and the requirement ids they affect
-----------------------------------------
- E.2 partially_met: 60 credits, but the level is a dependency still open
  ("Level 7, or Level 6 with a top-up").
- 1.3 partially_met: a promise restating the requirement ("Content will
  reflect the latest research and inspection findings") with only a thin
  reading list behind it.
- 1.7 partially_met, 6.A1 and 6.S8 partially_met: parents only in elective
  E1 (participants choose two of three electives), not summatively assessed.
- 6.S2d partially_met: access arrangements only in elective E2.
- 1.9 and 6.0 partially_met: award on an aggregate of 50% across four items,
  none below 40% (compensation), so an outcome can be failed; the claim
  "Full traceability ... every national outcome" is contradicted by the
  matrix (F-only and Elective rows, four outcomes missing).
- 2.1 partially_met: APCL up to 30 credits; APEL "not available in Phase 1".
- 2.3 not_met: "Assessment-only pathway" is Out of scope and parked for
  Phase 2; persona "Gareth" would suit it.
- 2.4 partially_met: the ILP sets targets but "All learners complete all
  eight core e-modules" in the same order; tailoring is only in tutor
  feedback emphasis; quality asserted in marketing words.
- 2.5 partially_met: the final webinar signposts Tessellate's own MA modules
  (progression upsell), no target-setting.
- 4.3 partially_met: stakeholders deliver webinars, but heads' part in
  evaluation is "may be invited ... (TBC)".
- 5.3 not_met: CRB checks Out of scope, "Tessellate does not check or record
  participants' disclosures".
- 5.4 partially_met: a designer and one SENCO SME named, four associate tutors
  "to be recruited"; the persona biographies are not staff.
- 5.5 partially_met: guest specialists in webinars; placements "not
  applicable".
- 5.7 partially_met: tutors have Train the Trainer and a tutor guide; the line
  manager guide is "in development" (parking lot). The 2006-08 coach briefing
  is a past arrangement.
- 5.9 partially_met: Kirkpatrick levels 1-3 for participants; Level 4 (pupil
  outcomes) "Out of scope for Phase 1".
- 6.K3 partially_met: disability equality law is taught in e-module 1, but
  the matrix has no row for it and no item assesses it; the DDA otherwise
  appears as Tessellate's own compliance (3.8), which is 3.1, not K3.
- 6.S9 not_met: absent from content and matrix.
- 6.S2c not_met: parked for v1.1 ("Formative assessment / AfL strand").
- 6.A7 not_met: absent (no matrix row, no content).
- 4.3: the Programme Review Board has no stakeholder member; heads only
  "may be invited" at Level 3.
- 6.A4 partially_met: branching scenarios, F only. 6.S7 partially_met: taught
  (e-module 4) and forum task, F only. 6.K7 partially_met: marked in AI-3
  ("link to the school SEF") but taught nowhere.
- Met despite the vocabulary: 1.5 (e-module 4 consulting pupils with a
  workplace activity), 2.2 (diagnostic, tutor call, ILP with personalised
  outcomes), 3.2 (three intakes, any order within a stage, 12 to 24 months),
  3.3 (e-tutor, tutor groups, weekly contact between days, Campus messaging
  and a heads' update), 5.1 (internal and external sources, quarterly
  Programme Review Board and change log), 5.2, 5.8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("db-02-tessellate-design-document.docx")

doc = Document()
doc.core_properties.author = "Kieran Lowe"
doc.core_properties.title = "CDD-SENCO-01 Course Design Document v1.0"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)
for lvl, size in ((1, 14), (2, 11)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Calibri"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x00, 0x4B, 0x8D)

BLUE = "D9E6F2"
GREY = "EEEEEE"


def para(text="", bold=False, italic=False, size=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, BLUE)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def box(title, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, GREY)
    cell_text(c, title, bold=True, size=9)
    p = c.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(9)
    doc.add_paragraph()


sec = doc.sections[0]
sec.header.paragraphs[0].text = "Tessellate Learning Ltd  |  CDD-SENCO-01  |  v1.0  |  Commercial in confidence"
sec.footer.paragraphs[0].text = "Tessellate Learning Ltd, Kennet House, Reading. ISO 9001:2000 registered. Learning that fits."

# ------------------------------------------------------------------ title block
para("Note to the TDA approval panel: as agreed with your office on 12 February, we are submitting our "
     "baselined Course Design Document in place of a narrative application. Appendix B maps the design "
     "to the national outcomes.", italic=True, size=9)
para("TESSELLATE LEARNING LTD - SCHOOLS DIVISION", bold=True, size=11, after=0)
para("Course Design Document", bold=True, size=20, after=0)
para("Postgraduate Certificate in Leading SEN Coordination (National SENCO Award)", bold=True, size=13)
table([
    ["Document ID", "CDD-SENCO-01"],
    ["Version / status", "1.0 - Baselined for TDA submission"],
    ["Project sponsor", "Rachel Okafor, Director, Schools Division"],
    ["Lead instructional designer", "Kieran Lowe"],
    ["Academic partner", "University of Hallingford, School of Education and Lifelong Learning"],
    ["Date", "19 February 2009"],
], header=False, widths=[5, 11])

para("Version history", bold=True)
table([
    ["Version", "Date", "Author", "Change"],
    ["0.1", "06/10/2008", "K. Lowe", "First outline after kick-off"],
    ["0.4", "14/11/2008", "K. Lowe / D. Petrie", "TNA results added; blend revised"],
    ["0.8", "22/01/2009", "K. Lowe", "Alpha review comments; assessment strategy rewritten"],
    ["1.0", "19/02/2009", "R. Okafor", "Baselined"],
], widths=[2, 2.5, 4, 7.5])

# ------------------------------------------------------------------ 1 Overview
doc.add_heading("1  Project overview", level=1)
doc.add_heading("1.1 Purpose of this document", level=2)
para("This CDD records the design decisions for Tessellate's National SENCO Award programme, from analysis "
     "through to evaluation, following our standard ADDIE method. It is the reference point for the "
     "development team, the University of Hallingford and our associate tutors.")
doc.add_heading("1.2 Business need", level=2)
para("From September 2009 every teacher new to the SENCO role must gain the National Award within three "
     "years. Our client schools (over 300 across the South East and Midlands) have asked us for a route "
     "that fits round a SENCO's working week. Tessellate's mission is to deliver world-class, "
     "learner-centred professional development, and we are committed to excellence in everything we do.")
doc.add_heading("1.3 Scope", level=2)
table([
    ["In scope (Phase 1, 2009-10)", "Out of scope"],
    ["Blended programme of 60 credits: five face-to-face days, eight core e-modules, three electives "
     "(learners choose two), six live webinars, workplace tasks, four summative assessment items",
     "Assessment-only pathway (parked for Phase 2: see section 7)"],
    ["Online diagnostic, tutor call and Individual Learning Plan (ILP)",
     "Accreditation of prior experiential learning (APEL)"],
    ["Accreditation of prior certificated learning (APCL) through the University",
     "Vetting and barring / CRB checks on participants: the employing school's responsibility as "
     "employer. Tessellate does not check or record participants' disclosures."],
    ["Evaluation at Kirkpatrick Levels 1 to 3", "Kirkpatrick Level 4 (pupil outcomes): Out of scope for Phase 1"],
], widths=[8.5, 7.5])
doc.add_heading("1.4 Constraints, assumptions and dependencies", level=2)
bullet("Constraint: no more than five days out of school in total (heads' feedback, see 2.1).")
bullet("Assumption: participants have broadband access at home or school.")
bullet("Assumption: participants' schools provide a line manager who will meet them each half-term.")
bullet("Dependency: validation by the University of Hallingford was confirmed at the event on 4 February "
       "2009 (award title, 60 credits, four assessment items, Tessellate as teaching partner).")
bullet("Dependency (open): the University will confirm at its Academic Board in April whether the award "
       "sits at Level 7, or Level 6 with a top-up to Level 7.")

# ------------------------------------------------------------------ 2 Analysis
doc.add_heading("2  Analysis", level=1)
doc.add_heading("2.1 Training needs analysis (TNA)", level=2)
para("Between September and November 2008 Dawn Petrie (Schools Division) ran the TNA: an online survey of "
     "SENCOs in our client schools (212 responses), two focus groups with 14 headteachers (Reading and "
     "Coventry), telephone interviews with SEN advisers in four local authorities, and a review of the "
     "draft TDA outcomes. The findings, and what we did with each, were:")
table([
    ["TNA finding", "Design implication (what changed)"],
    ["71% of SENCOs said time out of school was the main barrier; heads would release for five days at most.",
     "Five face-to-face days only; the rest online and in school. Days on Saturdays available at two venues."],
    ["SENCOs in small primaries felt isolated; most had never met another SENCO from outside their cluster.",
     "Tutor groups of eight from different schools and LAs, who stay together for the whole programme, "
     "and peer triads for AI-4."],
    ["Heads wanted SENCOs who could lead staff and manage TAs, not only administer the Code of Practice.",
     "Two core e-modules (6 and 7) on leading colleagues and deploying support staff; AI-3 and AI-4 are "
     "leadership tasks presented to the senior team."],
    ["LA advisers said new SENCOs were weak on using data and on provision mapping.",
     "Provision mapping moved from an elective to the core (e-module 5, AI-3)."],
    ["SENCOs asked for start dates other than September.",
     "Three intakes a year (see 3.3)."],
], widths=[8, 8])
para("The survey instrument and the focus-group notes are kept in the project file.")
doc.add_heading("2.2 Stakeholder map", level=2)
para("Primary stakeholders: participants, their headteachers and line managers, the University. Secondary: "
     "local authority SEN teams, pupils and parents, SEN voluntary organisations. Stakeholder feedback from "
     "the TNA was incorporated into the design where appropriate.")
doc.add_heading("2.3 Learner personas", level=2)
para("The design team built three personas from the survey data and used them at every review. They are "
     "composites, not real people.")
box("Persona 1: Nadia, 29, newly appointed SENCO, two-form-entry primary",
    "Two years' teaching, took on the SENCO role in January with no training. Confident with children, "
    "anxious about the Code of Practice and about challenging her head. Wants practical tools she can use "
    "next week.")
box("Persona 2: Gareth, 47, SENCO in an 11-16 comprehensive for 12 years",
    "Highly experienced, no SEN qualification. Resents being sent on a course. Would be an ideal candidate "
    "for an assessment-only route, if one existed. Needs credit for what he knows and a fast route.")
box("Persona 3: Sue, 52, deputy head and SENCO in a small infant school",
    "Teaches four days a week. Very little time. Has a hearing impairment and uses a hearing aid.")

# ------------------------------------------------------------------ 3 Design
doc.add_heading("3  Design", level=1)
doc.add_heading("3.1 Terminal objective and programme aims", level=2)
para("Terminal objective: by the end of the programme the participant leads the coordination of "
     "provision in their school so that pupils with SEN and disabilities achieve more and are healthier, "
     "safer and better able to enjoy and achieve, make a positive contribution and achieve economic "
     "well-being. Every summative item asks the participant to set out the intended effect on pupils' "
     "learning and well-being across the five Every Child Matters outcomes, and AI-4 requires baseline "
     "and follow-up evidence for the pupils concerned.")
para("Because every assessment item is carried out in the participant's own school and presented to its "
     "senior team, the programme is anchored in practice: participants try out what they learn between "
     "face-to-face days, report back to their tutor group, and change their school's provision in AI-3 and "
     "AI-4.")
doc.add_heading("3.2 Blend", level=2)
table([
    ["Component", "Mode", "Volume", "Purpose"],
    ["Face-to-face days (5)", "Taught, at venues in Reading, Coventry and Leeds", "5 x 6 hours",
     "Launch, tutor groups meet, practical workshops, assessment briefings"],
    ["Core e-modules (8)", "Self-paced on Tessellate Campus (Moodle)", "8 x 7 hours",
     "Knowledge: law, needs, assessment, provision, leadership"],
    ["Electives (choose 2 of 3)", "Self-paced on Campus", "2 x 5 hours",
     "E1 Working with families; E2 Access arrangements and examinations; E3 Assistive technology in depth"],
    ["Live webinars (6)", "Elluminate, recorded", "6 x 1 hour",
     "Guest specialists; assessment surgeries"],
    ["Workplace tasks", "In the participant's school", "about 60 hours",
     "Apply and evidence learning; basis of AI-1 to AI-4"],
    ["Tutor contact", "Campus forum, messaging, phone", "weekly",
     "Support between days (see 5.4)"],
], widths=[3.5, 4, 2.5, 6])
doc.add_heading("3.3 Sequencing and flexibility", level=2)
para("There are three intakes a year, in January, April and September, each starting with face-to-face "
     "Day 1. The programme has three stages; within a stage learners take the e-modules in any order they "
     "like, and webinars are recorded for those who cannot attend live. Learners normally finish in 12 "
     "months and may take up to 24 months, pausing between stages with their tutor's agreement. Two venues "
     "run the face-to-face days on Saturdays as well as weekdays.")
doc.add_heading("3.4 Personalisation", level=2)
para("Before Day 1 every learner completes the online diagnostic on Campus, a self-assessment against "
     "each national outcome with short knowledge checks (for example on the Code of Practice and the "
     "graduated response). Their tutor then holds a 40-minute phone call to test the results and agree an "
     "Individual Learning Plan (ILP): the learner's personal outcomes for the programme, three priority "
     "targets and the focus of each workplace task. The ILP is reviewed by the tutor at the end of each "
     "stage. All learners complete all eight core e-modules in the same stage order; the ILP shapes where "
     "the tutor puts the emphasis in feedback.")
para("Prior certificated learning: learners with Masters-level credit in SEN from any UK university may "
     "apply through the University's APCL procedure for up to 30 credits. APEL is not available in Phase 1.")
doc.add_heading("3.5 Enabling objectives", level=2)
para("Enabling objectives are written in ABCD form (audience, behaviour, condition, degree). Examples:")
bullet("EO-3: Given their school's SEN policy and the Code of Practice, the learner will audit policy and "
       "practice and produce an action plan that the head and SEN governor accept.")
bullet("EO-9: Given a pupil's assessment record and reports from other professionals, the learner will set "
       "SMART targets, plan an intervention and review progress using summative data, including national "
       "tests.")
bullet("EO-14: Given a provision map, the learner will identify at least two ineffective or missing "
       "provisions and propose changes to staff deployment.")
bullet("EO-18: Given a change in provision, the learner will lead colleagues through it using coaching, "
       "observation and feedback, and evaluate it with them.")
para("Full traceability from each national outcome to enabling objective, activity and assessment is in "
     "Appendix B, which covers every national outcome.")
doc.add_heading("3.6 Content outline", level=2)
for s in [
    "E-module 1: The SENCO and the law: the Education Act 1996, the SEN Code of Practice 2001, the SENCO "
    "Regulations 2008, statements and annual reviews, and how they are put into practice in school; the "
    "Disability Discrimination Act 1995 and 2005 and the disability equality duty in schools.",
    "E-module 2: Every Child Matters and the SENCO: the five outcomes, the Common Assessment Framework, "
    "the SENCO's part.",
    "E-module 3: How children develop, and types of need: child development and the effect of SEN, "
    "disability and the learning environment on it; BESD, dyslexia and other specific learning "
    "difficulties, SLCN, autism and MLD.",
    "E-module 4: Assessment, targets and the pupil's voice: identification, assessments from other "
    "professionals, summative tracking, SMART targets; consulting pupils, including those with little "
    "speech (workplace activity: hold and record a consultation with two pupils, then discuss it in your "
    "tutor group forum).",
    "E-module 5: Provision mapping and using data; making decisions about provision (branching "
    "scenarios).",
    "E-module 6: Leading colleagues: coaching and mentoring, running INSET, observation and feedback; "
    "gaining the support of your head, senior team and governors; influencing policy and ethos.",
    "E-module 7: Deploying and managing support staff; prioritising and delegating the SENCO's workload.",
    "E-module 8: Approaches and resources, including ICT; what research and best practice say about "
    "effective interventions; working with external agencies and getting specialist support.",
]:
    bullet(s)
para("Content will reflect the latest research and inspection findings. The reading list includes "
     "Removing Barriers to Achievement (2004) and Ofsted's Inclusion: does it matter where pupils are "
     "taught? (2006).")
doc.add_heading("3.7 Assessment strategy", level=2)
table([
    ["Item", "Task", "Weight"],
    ["AI-1", "Policy and practice audit of the school against the Code of Practice, with an action plan "
     "presented to the head and SEN governor (2,500 words).", "20%"],
    ["AI-2", "Case study of one pupil: identification, other professionals' assessments, targets, "
     "intervention, review with summative data (3,000 words).", "25%"],
    ["AI-3", "Provision-mapping project: a provision map, a review of TA deployment and a recorded "
     "15-minute presentation to the senior team, with a link to the school SEF.", "25%"],
    ["AI-4", "Leading change portfolio: a change led with colleagues in a peer triad, with a review of the "
     "research on the chosen approach, coaching and observation records, baseline and follow-up pupil "
     "evidence, and an evaluation carried out with staff (4,000 words).", "30%"],
], widths=[1.5, 12.5, 2])
para("Formative checks (F) are e-module quizzes, branching scenarios and forum tasks; they are not "
     "marked. Learners pass the programme with an aggregate mark of 50% or more across AI-1 to AI-4, with "
     "no item below 40%.")
doc.add_heading("3.8 Accessibility and equality", level=2)
para("Tessellate complies with the Disability Discrimination Act 1995 and 2005: Campus pages are built "
     "to WCAG 1.0 level AA and tested with JAWS, all video has captions and every webinar has a "
     "transcript. The enrolment form invites learners to tell us about a disability or health condition, "
     "explains why, and says that the information goes only to the programme administrator and tutor. "
     "Anyone who discloses is phoned by the programme administrator within five working days to agree "
     "reasonable adjustments (for example materials in alternative formats, a loop or BSL interpreter on "
     "face-to-face days, extra time), which are recorded on the learner's file and reviewed at each stage. "
     "Adjustments to assessment are agreed with the University's Disability Office. All venues are "
     "checked for step-free access before booking. Our marketing materials carry the Two Ticks symbol and "
     "show disabled teachers; Persona 3 (Sue) was used to test every face-to-face activity.")

# ------------------------------------------------------------------ 4 Development
doc.add_heading("4  Development", level=1)
doc.add_heading("4.1 Team", level=2)
para("Kieran Lowe (lead instructional designer; MSc Learning Technologies; 11 years designing blended "
     "programmes) leads development. The lead subject matter expert (SME) is Dawn Petrie, Head of Schools "
     "Division, a former secondary SENCO and LA SEN adviser (MA SEN, OCR Certificate in Specific Learning "
     "Difficulties). Four associate tutors, each an experienced SENCO with a Masters qualification, are "
     "to be recruited by December 2009. Dr Hugh Penrose of the University is link tutor.")
doc.add_heading("4.2 Review cycle", level=2)
para("Each e-module goes through storyboard, alpha review (SME and University link tutor) and beta review "
     "(five practising SENCOs from client schools, who work through it and report back). Changes made at "
     "beta are logged in the change log.")

# ------------------------------------------------------------------ 5 Implementation
doc.add_heading("5  Implementation", level=1)
doc.add_heading("5.1 Recruitment and entry", level=2)
para("Entry criteria: QTS; in post as SENCO, or designated to become SENCO within the year, in a "
     "maintained school or academy; the headteacher's signed support, including release for the five "
     "days and a line manager. Applicants complete an application form with a 400-word statement, and the "
     "head completes a short reference on the applicant's role and readiness. The online diagnostic is "
     "completed before a place is confirmed: where it shows that an applicant is unlikely to reach the "
     "outcomes within 24 months (for example a teacher in their first year of teaching), the programme "
     "manager phones the applicant and the head to recommend a later intake and sends a foundation "
     "reading pack.")
doc.add_heading("5.2 Enrolment administration", level=2)
para("The programme administrator confirms places, registers learners with the University, sets up "
     "Campus accounts and sends joining instructions three weeks before Day 1.")
doc.add_heading("5.3 Tutor onboarding", level=2)
para("Every tutor completes Tessellate's two-day Train the Trainer course (facilitation, online "
     "tutoring, the marking rubrics) and is observed by the lead SME on a face-to-face day and in the "
     "forums in their first term. The Tutor Guide sets out the tutor's role at each stage. Line managers "
     "in schools receive a welcome letter; a line manager guide is in development (see section 7). In "
     "our 2006-08 SENCO Development Programme, workplace coaches attended a half-day briefing.")
doc.add_heading("5.4 Online support", level=2)
para("Each learner has a named e-tutor for the whole programme, who answers forum posts and messages "
     "within two working days and holds a fortnightly online tutorial for the tutor group between "
     "face-to-face days. Tutor groups have their own forum for peer discussion, and peer triads for AI-4 "
     "meet online each month. The Campus help desk is staffed 8am to 6pm on weekdays. Headteachers "
     "receive an emailed progress update each half-term through Campus, and tutors and the University "
     "link tutor share a staff forum.")
doc.add_heading("5.5 Specialist input and resources", level=2)
para("Guest speakers lead four of the six webinars: an educational psychologist, a specialist teacher "
     "from a local authority autism outreach service, a speech and language therapist and a parent "
     "partnership officer. Placements: not applicable, as the programme is wholly workplace-based. "
     "Learners have Campus access to all e-modules, recorded webinars, a resource bank of assessment "
     "templates and provision-mapping tools, and University of Hallingford library membership with "
     "Athens access to e-journals; each face-to-face day has an assistive technology exhibition of "
     "hardware and software lent by our suppliers.")
doc.add_heading("5.6 Marking and moderation", level=2)
para("Every item is marked against a published rubric. Tutors attend a calibration session before each "
     "marking window using anonymised scripts. 20% of each item, and all fails and marks above 70%, are "
     "second-marked by the lead SME; the University moderates a sample of every item, and the external "
     "examiner reviews a sample and all fails before the University's Assessment Board.")

# ------------------------------------------------------------------ 6 Evaluation
doc.add_heading("6  Evaluation", level=1)
para("We evaluate using Kirkpatrick's four levels.")
table([
    ["Level", "What we measure", "How and when"],
    ["1 Reaction", "Satisfaction with each day, e-module and webinar", "Online feedback after each component"],
    ["2 Learning", "Gain against the outcomes", "Diagnostic repeated at the end; marks on AI-1 to AI-4"],
    ["3 Behaviour", "Change in the participant's practice", "Participant self-report survey six months "
     "after completion; headteachers may be invited to comment (TBC)"],
    ["4 Results", "Pupil outcomes", "Out of scope for Phase 1"],
], widths=[2.5, 5.5, 8])
para("Other sources: tutor debriefs after each face-to-face day, Campus usage reports, the University's "
     "annual monitoring report and the external examiner's report, and our ISO 9001 internal audit. The "
     "Programme Review Board (Director, lead SME, designer, University link tutor) meets quarterly, reviews all of these, and records each agreed change in the change "
     "log with an owner and a date; changes go into the next intake.")

# ------------------------------------------------------------------ 7 Parking lot
doc.add_heading("7  Parking lot and open issues", level=1)
table([
    ["#", "Item", "Status"],
    ["P1", "Assessment-only pathway for very experienced SENCOs (Persona 2)", "Parked - Phase 2"],
    ["P2", "Line manager guide and briefing webinar", "In development"],
    ["P3", "Formative assessment / AfL strand: encouraging colleagues to use formative assessment", "Parked - v1.1"],
    ["P4", "Kirkpatrick Level 4 measure of pupil outcomes", "Open - owner D. Petrie"],
    ["P5", "Confirm award level with the University (Level 7 or Level 6)", "Open - April 2009"],
], widths=[1, 11, 4])

para("Final webinar (Webinar 6, 'Where next?'): introduces graduates to Tessellate's MA in Inclusive "
     "Leadership modules and the discount for alumni.")

# ------------------------------------------------------------------ 8 Sign-off
doc.add_heading("8  Sign-off", level=1)
table([
    ["Role", "Name", "Decision", "Date"],
    ["Project sponsor", "Rachel Okafor", "Approved", "19/02/2009"],
    ["Lead SME", "Dawn Petrie", "Approved", "18/02/2009"],
    ["University link tutor", "Dr Hugh Penrose", "Approved", "17/02/2009"],
    ["Quality manager", "Simon Achebe", "Pending", ""],
], widths=[4.5, 4.5, 4, 3])

# ------------------------------------------------------------------ Appendix B (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
doc.add_heading("Appendix B  Traceability matrix: national outcomes", level=1)
para("Key: S = assessed in a summative item (named); F = formative check only; Elective = optional content "
     "in E1-E3.")
rows = [
    ["Code", "National outcome (our wording)", "Enabling objective", "Where learned", "Assessment"],
    ["NO-01", "Good relationships with pupils with SEN and their parents", "EO-21", "Elective E1", "Elective"],
    ["NO-02", "Winning the commitment of the head and colleagues", "EO-16", "E-module 6", "S: AI-1, AI-3"],
    ["NO-03", "Prioritising, managing time, delegating", "EO-15", "E-module 7", "S: AI-3"],
    ["NO-04", "Solving problems and making sound decisions on provision", "EO-13", "E-module 5 scenarios", "F"],
    ["NO-05", "Clear speaking and writing; listening", "EO-17", "Face-to-face days 3 and 5", "S: AI-3 presentation, all written items"],
    ["NO-06", "Using research and outside advice to improve practice", "EO-19", "E-module 8", "S: AI-4"],
    ["NO-08", "SEN law and the Code of Practice", "EO-3", "E-module 1", "S: AI-1"],
    ["NO-09", "Every Child Matters", "EO-4", "E-module 2", "S: AI-1"],
    ["NO-11", "Child development", "EO-6", "E-module 3", "S: AI-2"],
    ["NO-12", "Types of SEN and disability", "EO-7", "E-module 3", "S: AI-2"],
    ["NO-13", "Approaches, strategies and resources, including ICT", "EO-8", "E-module 8; Elective E3", "S: AI-2"],
    ["NO-14", "School self-evaluation", "EO-20", "-", "S: AI-3"],
    ["NO-15", "Research and best practice", "EO-19", "E-module 8", "S: AI-4"],
    ["NO-16", "External agencies", "EO-10", "E-module 8", "S: AI-2"],
    ["NO-17", "Strategic influence with senior staff and governors", "EO-16", "E-module 6", "S: AI-1"],
    ["NO-18", "Identify, set targets, plan and review", "EO-9", "E-module 4", "S: AI-2"],
    ["NO-18a", "Using other professionals' assessments", "EO-9", "E-module 4", "S: AI-2"],
    ["NO-18b", "Summative data and national tests", "EO-9", "E-module 4", "S: AI-2"],
    ["NO-18d", "Access arrangements for tests and examinations", "EO-22", "Elective E2", "Elective"],
    ["NO-19", "Provision mapping", "EO-14", "E-module 5", "S: AI-3"],
    ["NO-20", "Deploying and managing staff", "EO-14", "E-module 7", "S: AI-3"],
    ["NO-21", "Developing colleagues: coaching, observation, training", "EO-18", "E-module 6", "S: AI-4"],
    ["NO-22", "Evaluating provision with staff", "EO-18", "E-module 5", "S: AI-4"],
    ["NO-23", "Involving pupils in planning and review", "EO-11", "E-module 4", "F"],
    ["NO-24", "Working with parents and carers", "EO-21", "Elective E1", "Elective"],
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = t.cell(i, j)
        cell_text(c, val, bold=(i == 0), size=8)
        if i == 0:
            shade(c, BLUE)
        c.width = Cm([1.8, 8, 2.5, 5, 5][j])

doc.save(OUT)
print("wrote", OUT)
