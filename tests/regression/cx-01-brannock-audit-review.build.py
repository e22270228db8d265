"""Build cx-01-brannock-audit-review.docx: Brannock and Selcombe SENCO Training Partnership, internal audit
pre-approval assurance review, January 2009 (invented provider).

Provider
--------
The Brannock and Selcombe SENCO Training Partnership: Brannock Metropolitan Borough
Council and Selcombe County Council (lead partner: Brannock Inclusion Support
Service), two special schools (Hollins Brook School, Marram Field School) and the
(invented) Pendleford University, which validated a 60-credit Level 7
Postgraduate Certificate in SEN Coordination on 10 December 2008. 2008-era
vocabulary: CRB, List 99, DDA 2005, Disability Equality Scheme, SEN Code of
Practice 2001, ECM, SENCO Regulations 2008, School Action Plus, IEPs, SEF.

Layout (a kind of document not in the earlier sets: an internal audit report)
--------------------------------------------------------------------------
The Partnership sends the report of the councils' shared internal audit service
(Brannock and Selcombe Audit Partnership) on its "pre-approval assurance review"
of the programme, with management responses, as its application, under a
short covering note from the Board chair.
- Cover block as a two-column report-details table (reference, status,
  distribution, fieldwork dates), and the covering note.
- 1 Executive summary: an assurance-opinion table by audit area (Substantial /
  Moderate / Limited) with counts of recommendations by priority.
- 2 Background, scope and approach (sample testing of eight participant files
  from the pilot intake of September 2008).
- 3 Detailed findings: eight audit areas numbered 3.1-3.8 in Heading 2 (the
  numbers collide with requirement ids but do not match them). Each area opens
  with an italic, shaded one-cell "Control objective" box in which the auditor
  restates what the TDA expects (not evidence), then "What we found" (the
  auditor's account of the arrangements, in "we confirmed / we sampled /
  we were told" voice), then "Exceptions" pointing to recommendations.
- 4 Management action plan: a seven-column table (Ref, Priority, Finding,
  Recommendation, Management response, Officer, Target date). The responses
  are intentions ("Agreed. ... will ...") and are not arrangements.
- Appendix A: the auditor's test of the assessment map: one row per national
  outcome (the Partnership's own short wording) with "Developed in", "Assessed
  by" and "Test result" (a tick, or an exception with the recommendation).
- Appendix B: definitions of assurance levels and priorities (boilerplate).
- Header "RESTRICTED"; the footer claims every participant's CRB status is
  verified (footer, never evidence).

Traps and the requirement ids they affect
-----------------------------------------
- Control-objective boxes restate the specification (e.g. pupil voice, exit
  targets, pupil impact): never evidence on their own.
- 1.3 partially_met: units "draw on research", but the reading lists are dated
  2001-2005 and "do not yet include" Ofsted 2006 or Bercow (Rec 1).
- 1.5 not_met: "Consulting pupils about decisions that affect them is not at
  present part of any unit"; the response only "will consider" it for 2010.
- 1.7 partially_met: a half-day input by the Parent Partnership Service on
  "the parents' perspective"; no skills in partnership are developed or
  assessed.
- 1.9 and 6.0 partially_met: the award rule says the three assignments
  "between them assess all the national outcomes", but Appendix A finds nine
  outcomes with exceptions.
- 2.2 partially_met: self-audit at the first study day used to form tutor
  groups; "none of the eight files contained an individual learning plan".
- 2.3 not_met (another provider's arrangement): no assessment-only route;
  enquiries passed to Westhope Council's scheme.
- 2.4 partially_met: unit cost judged reasonable (cost-effective), but
  provision is not tailored to individuals (no ILPs).
- 2.5 not_met (past arrangement): exit interviews with the link adviser were
  a feature of the former induction course "not carried forward"; only a hope
  to reintroduce (Rec 9).
- 3.3 partially_met: BSLearn VLE with tutor email support within three
  working days, but the discussion forum was switched off in October 2008: no
  peer support.
- 4.3 partially_met: stakeholders deliver (speakers, host schools, EP
  service), but the Board only "receives" the evaluation report; stakeholder
  part in evaluation is a recommendation.
- 5.3 partially_met: a tick box on the headteacher's nomination form; no
  disclosure number or date, nothing for those out of school three months.
  The footer's claim is not evidence.
- 5.6 partially_met: library and Teachers' Centre collections, but no
  specialist ICT or assistive technology available to participants (Rec 11).
- 5.7 partially_met: tutors have a Tutor Handbook and briefing day; school
  mentors have no guidance ("Mentor guidance was not available").
- 5.9 partially_met: pre/post self-audit measures participants' confidence;
  pupil impact only described in the project report, no baseline (Rec 8).
- Outcomes (Appendix A): 6.A1 partial (criteria refer to the pupil, not
  parents), 6.A3 partial (no assessment task), 6.A7 partial (portfolio
  formative, not marked), 6.K4 not_met (not mapped), 6.S2c partial (only
  Option B of Assignment 2), 6.S2d partial (one session, no assessment),
  6.S7 not_met (not mapped), 6.S8 partial (PPS session, no assessment).
- Met despite audit voice: E.1, E.2, 1.1, 1.2, 1.4, 1.6, 1.8, 2.1, 3.1, 3.2,
  4.1, 4.2, 5.1, 5.2, 5.4, 5.5, 5.8 are arrangements the auditor confirmed.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cx-01-brannock-audit-review.docx")

doc = Document()
doc.core_properties.author = "R. Oduya"
doc.core_properties.title = "Internal Audit Report BSAP/CS/2008-09/14"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
for name, size in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[name]
    st.font.name = "Arial"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

GREY = "E7E9EC"
PALE = "F3F1E4"


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


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


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


def table(rows, header=True, size=8.5, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, GREY)
            if widths:
                c.width = Cm(widths[j])
    return t


def objective(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    r = p.add_run("Control objective: ")
    r.bold = True
    r.font.size = Pt(9)
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    shade(c, PALE)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def found(*paras):
    para("What we found", bold=True, after=2)
    for x in paras:
        para(x)


def exceptions(*items):
    para("Exceptions", bold=True, after=2)
    if not items:
        para("None.")
    for x in items:
        doc.add_paragraph(x, style="List Bullet")


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------- header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("RESTRICTED \u2013 Brannock and Selcombe Audit Partnership \u2013 Children's Services")
hr.font.size = Pt(7.5)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Report BSAP/CS/2008-09/14 (Final). The Partnership verifies the CRB status of every "
                "participant before the first study day. Page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------- covering note
para("Brannock and Selcombe SENCO Training Partnership", bold=True, size=11, after=0)
para("c/o Inclusion Support Service, Brannock MBC, Cardew House, Tanner Row, Brannock BK1 4RS")
para("To: SENCO Training Approval Panel, Training and Development Agency for Schools", after=0)
para("Date: 26 January 2009", after=0)
para("From: Mark Pilling, Head of Inclusion, Selcombe County Council, Chair of the Partnership Board")
para("The Partnership Board asked the councils' shared internal audit service to review the new "
     "programme against the TDA specification before we applied, so that the panel could see the "
     "arrangements tested by someone independent of the programme team rather than described by us. "
     "We attach the final report with our management responses. Where the auditors found a weakness "
     "we have said what we will do about it. The report describes the programme as it runs for the "
     "current intake.")
para("Mark Pilling", bold=True, after=12)

para("INTERNAL AUDIT REPORT", bold=True, size=16, align="c", after=0)
para("SENCO Accredited Training Programme \u2013 Pre-approval Assurance Review", bold=True, size=12,
     align="c", after=10)
table([
    ("Report reference", "BSAP/CS/2008-09/14"),
    ("Status", "FINAL"),
    ("Auditee", "Brannock and Selcombe SENCO Training Partnership (lead: Brannock Inclusion Support Service)"),
    ("Fieldwork", "17 November \u2013 12 December 2008"),
    ("Draft issued / final issued", "19 December 2008 / 23 January 2009"),
    ("Auditor", "R. Oduya, Senior Auditor"),
    ("Audit Manager", "Gillian Forsyth CPFA"),
    ("Distribution", "Mark Pilling (Chair, Partnership Board); Helen Tranter (SENCO Programme Manager); "
                     "Dr Simon Achebe (Pendleford University); Directors of Children's Services, Brannock "
                     "and Selcombe; Audit Committees (summary only)"),
], header=False, size=9)
para("")

# ------------------------------------------------------------- 1 executive summary
doc.add_heading("1. Executive summary", level=1)
para("The Partnership runs a Postgraduate Certificate in SEN Coordination for teachers new to the "
     "SENCO role in the two authorities. The first (pilot) intake of 24 teachers started in September "
     "2008. The Partnership intends to apply to the TDA for approval as a provider of the national "
     "award and asked us to give assurance that its arrangements are in place and working.")
para("Overall we give MODERATE assurance. Arrangements for accreditation, admission, programme "
     "content, staffing and moderation are well designed and operating. We found weaknesses in "
     "individual planning, safer recruitment checks, the assessment map and the measurement of "
     "impact on pupils.")
table([
    ("Area", "Assurance", "P1", "P2", "P3"),
    ("3.1 Governance and accreditation", "Substantial", "0", "0", "0"),
    ("3.2 Admission and safer recruitment", "Moderate", "1", "0", "0"),
    ("3.3 Needs assessment and individual planning", "Limited", "1", "0", "0"),
    ("3.4 Programme design and content", "Moderate", "0", "2", "0"),
    ("3.5 Delivery, flexibility and access", "Moderate", "0", "0", "2"),
    ("3.6 Staffing and roles", "Moderate", "0", "1", "0"),
    ("3.7 Assessment, moderation and award", "Moderate", "1", "0", "0"),
    ("3.8 Evaluation and impact", "Limited", "0", "1", "2"),
], size=9)
para("")

# ------------------------------------------------------------- 2 background
doc.add_heading("2. Background, scope and approach", level=1)
para("Before 2008 each authority ran its own unaccredited SENCO Induction Course. In 2007-08 the "
     "two Inclusion Services, Hollins Brook and Marram Field special schools and Pendleford University "
     "School of Education formed the Partnership to replace both courses with one Master's-level "
     "programme. A Partnership Board meets termly and is chaired in alternate years by each authority.")
para("The review covered the eight areas in section 3. For each we agreed a control objective with "
     "the Programme Manager, based on the TDA's draft specification, and tested whether controls "
     "existed and operated. We examined the validation documents, the Programme Handbook, the Tutor "
     "Handbook, unit outlines, minutes of the Partnership Board and the Design Group, and the files of "
     "a sample of eight of the 24 pilot participants (four from each authority). We interviewed the "
     "Programme Manager, two unit tutors, the University link tutor, three participants and two "
     "headteachers. We did not observe teaching.")

# ------------------------------------------------------------- 3 findings
doc.add_heading("3. Detailed findings", level=1)

doc.add_heading("3.1 Governance and accreditation", level=2)
objective("The programme will gain academic accreditation from a higher education institution at "
          "Master's level, normally 60 credits, and is governed so that partners' responsibilities are clear.")
found(
    "We confirmed from the validation report that Pendleford University validated the Postgraduate "
    "Certificate in Special Educational Needs Coordination on 10 December 2008 for five years. The award "
    "carries 60 credits at Level 7 (M level) and is made by the University. It consists of three 20-credit "
    "units: Unit 1 Policy, Law and the SENCO Role; Unit 2 Identifying Need and Planning Provision; "
    "Unit 3 Leading Provision and Developing Colleagues.",
    "A partnership agreement signed in July 2008 sets out responsibilities. The councils recruit "
    "participants, employ the programme team and provide venues; the University registers "
    "participants, appoints the external examiner and runs the Assessment Board; the special schools "
    "host placements and provide two unit tutors on secondment. The agreement was in place and the "
    "Board minutes show it being followed.")
exceptions()

doc.add_heading("3.2 Admission and safer recruitment", level=2)
objective("Only candidates with the knowledge and skills to benefit are admitted; prior learning is "
          "recognised; candidates' suitability to work with children is verified, including a current "
          "enhanced CRB disclosure.")
found(
    "Entry requires QTS, a current teaching post in a school in either authority, and designation or "
    "intended designation as SENCO. Each candidate submits an application with a 500-word statement "
    "about their school's SEN provision, and the headteacher completes a nomination form committing "
    "release time. The Programme Manager and a unit tutor score each statement against four published "
    "entry criteria and interview any candidate scoring below the threshold. Where a candidate is not "
    "ready, the Programme Manager writes to the candidate and the headteacher setting out what "
    "experience to gain first; two candidates were deferred to the January 2009 intake in this way. "
    "All eight sampled files held a scored statement and a nomination form.",
    "Accreditation of prior learning follows the University's APL regulations. Candidates may claim up "
    "to 20 credits against Unit 1, either for certificated Master's-level study (APCL) or through an APEL "
    "portfolio mapped to the unit's learning outcomes, assessed by the unit tutor and confirmed by the "
    "University's APL Panel. One pilot participant was granted Unit 1 by APEL; we saw the portfolio and "
    "the Panel's decision.",
    "The headteacher's nomination form includes a tick box: \"The candidate holds a current enhanced "
    "CRB disclosure\". No disclosure number or date is recorded and the Partnership makes no further "
    "check. The form makes no provision for a candidate who has not worked in a school in the past "
    "three months, nor for List 99 or previous-employer checks.")
exceptions("The CRB tick box is not verified and does not cover candidates out of school for three "
           "months or more (Recommendation 3, Priority 1).")

doc.add_heading("3.3 Needs assessment and individual planning", level=2)
objective("Each participant's needs are assessed against the programme outcomes before the course and "
          "used to set an individual training plan and personalised outcomes; experienced candidates "
          "may be assessed without training; provision is tailored and cost-effective.")
found(
    "Participants complete a self-audit against the national outcomes at the first study day. The "
    "Programme Manager uses the audits to form tutor groups of six with a mix of phases and experience. "
    "Participants repeat the self-audit at the end of Unit 3.",
    "None of the eight files contained an individual learning plan, and tutors told us that the "
    "self-audit is not discussed individually with participants. Participants therefore follow the "
    "same programme regardless of their starting point, apart from the one APEL claim.",
    "The Partnership does not offer an assessment-only route. The Programme Manager told us that "
    "enquiries from experienced teachers are passed to Westhope Council, whose scheme assesses "
    "experienced SENCOs by portfolio.",
    "We compared costs with the former induction courses. The full cost per participant is \u00a31,380 "
    "(tuition, tutor time, venues and supply cover for six days), against \u00a31,150 for the two "
    "unaccredited courses, and below the \u00a31,650 quoted by two universities in the region. "
    "Schools pay \u00a3400; the rest is met from the authorities' Standards Fund allocations. We "
    "consider this reasonable value for money.")
exceptions("No individual learning plans (Recommendation 2, Priority 1).")

doc.add_heading("3.4 Programme design and content", level=2)
objective("The programme is focused on raising the achievement and well-being of children with SEN "
          "and/or disabilities, is rooted in school practice, reflects research and stakeholder "
          "needs, and develops participants' skills in consulting pupils and working with colleagues "
          "and parents.")
found(
    "The programme aims, as validated, are \"to improve the achievement, well-being and life chances "
    "of children and young people with SEN and/or disabilities in Brannock and Selcombe schools across "
    "all five Every Child Matters outcomes\". We confirmed that each unit's learning outcomes and each "
    "assignment's marking criteria include a criterion on the difference made for pupils, including "
    "their well-being, and that Assignment 3 must report pupil outcomes under the ECM headings.",
    "Each unit has a school-based task carried out in the participant's own school and linked to the "
    "outcomes of that unit (for example a review of the school's SEN policy against the Code of "
    "Practice in Unit 1, and a provision map for one year group in Unit 3). Assignment 3 is a School "
    "Development Project: the participant agrees a change in provision with the headteacher, "
    "implements it over at least one term and evaluates it. The headteacher signs the project plan and "
    "the final report. All eight sampled participants had a signed project plan.",
    "Unit 1 covers the Education Act 1996, the SEN Code of Practice 2001, the SEN and Disability Act "
    "2001, the Disability Discrimination Act 2005 and the Disability Equality Duty, Every Child Matters "
    "and the Children Act 2004, Removing Barriers to Achievement and the Education (Special Educational "
    "Needs Co-ordinators) (England) Regulations 2008.",
    "Unit outlines state that the units \"draw on current research and inspection evidence\". The "
    "reading lists we examined were dated 2001 to 2005 and do not yet include Ofsted's 2006 report on "
    "inclusion or the Bercow Review of 2008.",
    "Unit 3 develops participants' skills in advising and supporting colleagues: coaching and "
    "observation techniques, leading staff training and working with cluster colleagues through the "
    "authorities' SENCO network meetings. Participants must plan and lead one staff training session "
    "in their school and include an observation with feedback in Assignment 3.",
    "Work with parents is covered by a half-day input from the Parent Partnership Service on "
    "\"the parents' perspective\" in Unit 2. No other session or task addresses advising or working "
    "with parents and carers.",
    "Consulting pupils about decisions that affect them is not at present part of any unit.",
    "The Design Group (two headteachers, four serving SENCOs, the two Principal Educational "
    "Psychologists, the Parent Partnership Service and the University) met six times in 2007-08. In "
    "March 2008 the authorities surveyed all headteachers and SENCOs (212 responses). We confirmed that "
    "the survey's three highest priorities, provision mapping, deploying teaching assistants and using "
    "data to track progress, each became a full study day, and that the Design Group's request for "
    "study days in school time rather than twilight was adopted.")
exceptions("Reading lists out of date (Recommendation 1, Priority 2).",
           "No development of skills in consulting pupils (Recommendation 4, Priority 2).")

doc.add_heading("3.5 Delivery, flexibility and access", level=2)
objective("Delivery is flexible and accessible, complies with equalities duties including reasonable "
          "adjustments, provides access to specialist expertise, placements and resources, and, "
          "where e-learning is used, gives tutor and peer support between sessions.")
found(
    "There are two intakes a year, in September and January. Unit 1 is taken first; Units 2 and 3 may "
    "be taken in either order. Participants may complete in one year or, with the Programme Manager's "
    "agreement, over two years. Each unit has two study days and three twilight sessions; each study day "
    "is run twice, once in each authority, and participants may attend either.",
    "The application form invites candidates to tell us about any disability and the adjustments they "
    "need. Disclosures go to the Programme Manager, who agrees adjustments with the participant before "
    "the first study day and, for assessments, with the University's Disability Service (for example "
    "extra time, assignments in alternative formats, a reader). Both authorities' venues have had DDA "
    "access audits. Two pilot participants disclosed a disability; we saw the agreed adjustments on file.",
    "Specialists from the authorities' services teach on the programme: educational psychologists, the "
    "speech and language therapy service, the autism outreach team and the sensory support service. "
    "Each participant spends two days in a host school (Hollins Brook, Marram Field or one of four "
    "resourced mainstream schools judged good or outstanding by Ofsted), arranged by the Programme "
    "Manager with a structured observation schedule.",
    "Participants have borrowing and electronic journal access at Pendleford University library and use "
    "of the SEN collections at the two Teachers' Centres. We were told that participants have asked for "
    "access to specialist software and assistive technology; none is available to them at present.",
    "Materials for each unit are on BSLearn, the authorities' learning platform. Participants can "
    "e-mail their unit tutor, who replies within three working days. The discussion forum was switched "
    "off in October 2008 after a data protection concern, and there is currently no way for "
    "participants to contact each other through the platform.")
exceptions("No peer contact on BSLearn (Recommendation 7, Priority 3).",
           "No specialist ICT or assistive technology for participants (Recommendation 11, Priority 3).")

doc.add_heading("3.6 Staffing and roles", level=2)
objective("Staff are suitably qualified and experienced with up-to-date specialist knowledge, and "
          "everyone involved in delivery and assessment understands their role.")
found(
    "The Programme Manager, Helen Tranter, was a SENCO for nine years and holds an MA in Inclusive "
    "Education. The four unit tutors are an LA SEN adviser, a senior educational psychologist and two "
    "seconded deputy headteachers from the special schools; all have been SENCOs or led SEN services "
    "and three hold Master's degrees. The University link tutor, Dr Achebe, is a Senior Lecturer in SEN. "
    "Tutors attend the University's annual SEN research day and the authorities' termly SEN briefings, "
    "recorded in the team's CPD log, which we saw.",
    "A Tutor Handbook sets out tutors' duties for teaching, tutorials, marking and moderation, and all "
    "tutors attended a briefing day in August 2008. Each participant's line manager acts as school "
    "mentor. Mentor guidance was not available at the time of our fieldwork, and the two headteachers "
    "we interviewed were unsure what was expected of them.")
exceptions("No guidance or briefing for school mentors (Recommendation 5, Priority 2).")

doc.add_heading("3.7 Assessment, moderation and award", level=2)
objective("Participants are rigorously assessed against all the programme outcomes, assessment is "
          "consistent and moderated, and only those who meet all the outcomes receive the award.")
found(
    "Each unit is assessed by one assignment: Assignment 1, a 4,000-word review of the school's SEN "
    "policy and practice against the law and guidance; Assignment 2, a 4,000-word case study of "
    "provision for a pupil or group, with Option A (a pupil with complex needs) or Option B (a group, "
    "including the class teachers' assessment for learning); Assignment 3, the School Development "
    "Project report and a 20-minute presentation to the tutor and the headteacher. Participants also "
    "keep a Professional Portfolio, which is formative and not marked.",
    "All assignments are marked against published criteria. A second tutor blind-marks every fail, "
    "every distinction and a 20% sample; a moderation meeting of all tutors is held after each "
    "submission date; the external examiner sees a sample from every unit and attends the University "
    "Assessment Board. We saw the moderation record for Assignment 1.",
    "The Programme Handbook states that the Certificate is awarded to participants who pass all three "
    "assignments, which \"between them assess all the national outcomes\". We tested this claim against "
    "the assessment map (Appendix A) and found nine outcomes with exceptions.")
exceptions("Nine national outcomes not, or not fully, assessed (Recommendation 6, Priority 1).")

doc.add_heading("3.8 Evaluation and impact", level=2)
objective("The programme is evaluated by internal and external methods, stakeholders take part, "
          "evidence is used to improve it, impact on participants and pupils is measured, and "
          "completing participants are helped to set further professional targets.")
found(
    "Participants complete an evaluation at the end of each study day and each unit; the Programme "
    "Manager summarises them for a termly programme team review that records changes (for example "
    "Unit 2's data day was moved earlier after the first evaluations). The external examiner reports "
    "annually and the University's annual monitoring report goes to its Faculty Board. The Programme "
    "Manager writes an annual review with an action plan, which the Partnership Board approves.",
    "Stakeholders contribute to delivery: specialist services teach, six schools host placements, and "
    "SENCO network chairs run a session in Unit 3. The Board receives the annual review, but headteachers, "
    "parents and other stakeholders are not otherwise asked for their views of the programme.",
    "The repeated self-audit gives a measure of change in participants' confidence against each "
    "outcome. Assignment 3 asks participants to describe the impact of their project on pupils, but no "
    "baseline is required and no pupil data is collected or collated across the cohort.",
    "Under the former Brannock SENCO Induction Course, each participant had an exit interview with "
    "their link adviser at which CPD targets for the following year were agreed. This was not carried "
    "forward into the new programme, and there is no arrangement at the end of Unit 3 for participants "
    "to consider further professional targets.")
exceptions("No measure of impact on pupils (Recommendation 8, Priority 2).",
           "No exit or next-steps arrangement (Recommendation 9, Priority 3).",
           "Stakeholders not involved in evaluation (Recommendation 10, Priority 3).")

# ------------------------------------------------------------- 4 action plan
page_break()
doc.add_heading("4. Management action plan", level=1)
para("Priority 1: fundamental weakness requiring immediate action. Priority 2: significant weakness. "
     "Priority 3: improvement to good practice. Responses are those of the Programme Manager and the "
     "Chair of the Partnership Board.", italic=True, size=9)
table([
    ("Ref", "Pr.", "Finding", "Recommendation", "Management response", "Officer", "Target"),
    ("1", "2", "Reading lists dated 2001-2005", "Update reading lists for all units",
     "Agreed. Unit tutors will refresh the lists before the September 2009 intake.", "HT", "Sep 09"),
    ("2", "1", "No individual learning plans", "Use the self-audit to agree an ILP with each participant",
     "Agreed. An ILP template is being drafted with the University.", "HT", "Sep 09"),
    ("3", "1", "CRB status not verified", "Record disclosure number and date; obtain new disclosures where needed",
     "Agreed. The nomination form will be amended for the next intake.", "HT", "Mar 09"),
    ("4", "2", "Pupil consultation not developed", "Add consultation with pupils to a unit and its assessment",
     "Partially agreed. The Board will consider whether pupil voice can be included in Unit 3 for the 2010 intake.",
     "MP", "Jan 10"),
    ("5", "2", "No mentor guidance", "Produce guidance and a briefing for school mentors",
     "Agreed. A mentor leaflet will be written.", "HT", "Sep 09"),
    ("6", "1", "Nine outcomes with exceptions", "Revise the assessment map so every outcome is summatively assessed",
     "Agreed. A minor modification will be put to the University.", "HT / SA", "Jul 09"),
    ("7", "3", "No peer contact online", "Restore a moderated forum",
     "Agreed in principle, subject to Information Governance advice.", "HT", "TBC"),
    ("8", "2", "No pupil impact measure", "Require baseline and follow-up pupil data in Assignment 3",
     "Agreed. We intend to ask participants to collect baseline data from 2009-10.", "HT", "Sep 09"),
    ("9", "3", "No exit arrangement", "Reintroduce an exit review with CPD targets",
     "Agreed. We hope to reintroduce an exit review when resources allow.", "MP", "TBC"),
    ("10", "3", "Stakeholders not in evaluation", "Seek headteachers' and parents' views annually",
     "Agreed. To be discussed at the Board.", "MP", "Apr 09"),
    ("11", "3", "No specialist ICT", "Provide access to assistive technology",
     "Noted. Subject to budget.", "MP", "TBC"),
], size=7.5)
para("")

# ------------------------------------------------------------- appendix A
page_break()
doc.add_heading("Appendix A: Test of the assessment map", level=1)
para("We traced each national outcome from the Programme Handbook's assessment map to the unit outline "
     "where it is developed and to the assignment marking criteria. \u2713 = developed and assessed as "
     "claimed. E = exception.", size=9)
rows = [("Outcome (Partnership wording)", "Developed in", "Assessed by", "Test result")]
A = [
    ("Fair, respectful relationships with pupils and their parents or carers", "Unit 2",
     "Assignment 2", "E \u2013 criteria refer to the pupil only; no criterion covers parents or carers"),
    ("Gains the commitment of colleagues, the head and senior leaders", "Unit 3", "Assignment 3", "\u2713"),
    ("Prioritises, manages time, delegates", "Unit 3", "None identified", "E \u2013 taught only"),
    ("Anticipates and resolves problems; sound judgement on provision", "Unit 2", "Assignment 2", "\u2713"),
    ("Communicates clearly in speech and writing; listens to others", "All units",
     "Assignments 1-3; presentation", "\u2713"),
    ("Uses research and outside advice to improve practice", "Unit 1", "Assignment 1", "\u2713"),
    ("Keeps up to date; owns CPD", "Portfolio", "Portfolio (formative, not marked)",
     "E \u2013 not summatively assessed"),
    ("SEN law and the Code of Practice, and putting them into practice", "Unit 1", "Assignment 1", "\u2713"),
    ("Every Child Matters and the SENCO's part", "Unit 1", "Assignment 1", "\u2713"),
    ("Disability equality law and the actions required", "Unit 1", "Assignment 1", "\u2713"),
    ("Child development and factors affecting it", "\u2013", "\u2013", "E \u2013 not mapped"),
    ("Common types of SEN (BESD, SpLD, SLCN, ASD, MLD)", "Unit 2", "Assignment 2", "\u2713"),
    ("Approaches and resources, including ICT", "Unit 2", "Assignment 2", "\u2713"),
    ("School self-evaluation and SEN outcomes", "Unit 3", "Assignment 3", "\u2713"),
    ("Best practice and research in meeting SEN", "Unit 1", "Assignment 1", "\u2713"),
    ("External agencies and specialist support", "Unit 2", "Assignment 2", "\u2713"),
    ("Strategic development of inclusion with SLT and governors", "Unit 3", "Assignment 3", "\u2713"),
    ("Identifies pupils, sets targets, plans interventions, reviews progress", "Unit 2", "Assignment 2", "\u2713"),
    ("Uses other professionals' assessments", "Unit 2", "Assignment 2", "\u2713"),
    ("Uses summative data and national tests to track progress", "Unit 2", "Assignment 2", "\u2713"),
    ("Encourages colleagues' formative assessment", "Unit 2", "Assignment 2 Option B only",
     "E \u2013 not assessed for Option A"),
    ("Arranges access arrangements for tests and examinations", "Unit 2 (one session)", "None identified",
     "E \u2013 taught only"),
    ("Provision mapping; identifies ineffective provision", "Unit 3", "Assignment 3", "\u2713"),
    ("Deploys and manages staff", "Unit 3", "Assignment 3", "\u2713"),
    ("Supports colleagues' professional development", "Unit 3", "Assignment 3", "\u2713"),
    ("Reviews provision with staff to inform self-evaluation", "Unit 3", "Assignment 3", "\u2713"),
    ("Involves pupils in planning and reviewing their provision", "\u2013", "\u2013", "E \u2013 not mapped"),
    ("Liaises with parents and carers", "Unit 2 (PPS input)", "None identified", "E \u2013 taught only"),
    ("Works with other services and voluntary organisations", "Unit 2", "Assignment 2", "\u2713"),
]
rows += A
table(rows, size=8)
para("")

# ------------------------------------------------------------- appendix B
doc.add_heading("Appendix B: Assurance definitions", level=1)
table([
    ("Level", "Definition"),
    ("Substantial", "A sound system of control is in place and operating; any weaknesses are minor."),
    ("Moderate", "Most controls are in place and operating, but there are weaknesses that put some "
                 "objectives at risk."),
    ("Limited", "Weaknesses in design or operation put the achievement of objectives at significant risk."),
], size=8.5)
para("")
para("Audit Services would like to thank the Programme Manager, tutors, participants and headteachers "
     "for their help during this review.", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
