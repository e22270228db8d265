"""fm-01-wardenbridge-service-specification

Provider (invented): Wardenbridge City Council, Children's Services, the
Behaviour Support and Pupil Referral Service (BSPRS: outreach behaviour
support teachers plus two pupil referral units, the Foxhall Centre for key
stages 3-4 and The Lantern for key stages 1-2), bidding with the University of
Calderholt School of Education, which validates the course as a 60-credit
Postgraduate Certificate at Level 7.

Document kind: the commissioning schedule the city's Children's Trust Joint
Commissioning Unit uses for every service it commissions, "Schedule 2 -
Service Specification", written in the commissioner's template headings
(Purpose, Scope, Service delivery, Referral/access/acceptance criteria,
Discharge, Information, Quality requirements, Safeguarding, Activity,
Continual service improvement plan), in the third person ("The Provider
will..."), with "participants" as the service users, "referral" for a head's
nomination and "discharge" for the award. A short note to the TDA panel in a
shaded table says the schedule is sent as the application.

Layout: a front-sheet field table; heading styles for the template's main
sections but hand-typed paragraph numbers (4.3, 5.5, 3.3, 2.3 ...) that
collide with requirement ids; an interdependencies table; a KPI table
(Indicator / Threshold / Method / Frequency); a service improvement plan table
with statuses; Appendix A (study days); Appendix B (outcome schedule, landscape,
merged shaded group rows, "Where developed" and "How assessed" columns);
Appendix C (staff). The commissioner's tracked changes (a whole deleted paragraph in
section 10, an inserted sentence in paragraph 7.3) and two Word comments. Header and
footer carry the template reference.

Traps (requirement ids):
- 2.3 not_met: the exclusion criteria in paragraph 4.6 say the Service does not
  operate an assessment-only route; a paragraph in section 10 promising a pilot
  route is a deleted tracked change.
- 5.3 not_met: section 8 "Safeguarding" is about the Provider's own staff and
  the pupils in the PRUs (wrong context); the only mention of participants'
  CRB checks is a commissioner's comment.
- 5.5 partially_met: specialist input (EP, CAMHS, speech and language therapy,
  autism outreach) is concrete, but the only "placements" in the document are
  pupils' placements at the Foxhall Centre; participants are not placed
  anywhere (paragraph 3.6).
- 3.2 partially_met: one September start, fixed order, Thursday days; the only
  flexibility is twilight catch-up sessions.
- 3.3 partially_met: WardenNet is a document store and an unmoderated peer
  board; tutor support by email; the platform is not used for teaching.
- 1.3 partially_met: only a general statement about research and inspection
  evidence (paragraph 1.2), with nothing named beyond the 2001 Code.
- 1.7 / 6.S8 partially_met: parents appear as one awareness session by the
  Parent Partnership Service; Appendix B: "Not separately assessed".
- 2.5 partially_met: discharge gives a letter and MA leaflet only.
- 4.3 met despite looks: improvement-plan row CSI-4 ("Develop ways for
  schools, parents and pupils to take part in evaluating...", "Not started")
  looks like an aspiration, but 7.1 puts mentors, a participant representative
  and the Commissioner on the Programme Committee that reads the evaluation
  evidence, and 10.3 has partners teaching on the study days.
- 5.9 partially_met: participants' confidence is measured pre and post; the
  pupil-impact indicator is "to be agreed".
- 6.0 partially_met: the award follows passing the assignments, and Appendix B
  shows outcomes no assignment assesses.
- 1.9 partially_met: follows from Appendix B.
- Appendix B: 6.A3 taught, "not assessed"; 6.A7 only a formative PDP
  discussion; 6.K3 "formative quiz"; 6.S2b taught in study day 5 but not
  assessed; 6.S2d row says not covered (exams officers' job); 6.K4 has no row
  at all (child development is missing from the schedule and the units).
- Met despite looks: 2.1 (University RPL procedure, up to 20 credits, APEL by
  claim); 4.2 (the days moved, the behaviour unit cut back after consultation);
  5.2 (entry criteria, interview by phone, guidance letter to those not ready);
  6.K5 (BESD plus the other four named in Unit 2).
"""
import copy
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
_rev = [100]


def _id():
    _rev[0] += 1
    return str(_rev[0])


def P(doc, text="", bold=False, italic=False, style=None, size=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def RUNS(doc, parts, style=None):
    """parts: list of (text, fmt) with fmt containing b/i."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def TABLE(doc, rows, header=True, size=None, fill="D9D9D9", style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), fill)
    return t


def group_row(t, i, text, fill="EDEDED"):
    """merge a whole row into one shaded cell"""
    a = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(a, text, bold=True)
    shade(a, fill)


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def INS(p, text, author, date="2009-01-20T10:00:00Z"):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    ins.append(_run_el(text))
    p._p.append(ins)


def DEL(p, text, author, date="2009-01-20T10:00:00Z"):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    d.append(_run_el(text, deleted=True))
    p._p.append(d)


def DEL_PARA(doc, text, author, date="2009-01-20T10:00:00Z"):
    """a whole paragraph deleted, paragraph mark included"""
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)
    DEL(p, text, author, date)
    return p


def COMMENT(doc, p, text, author, initials):
    runs = p.runs if p.runs else [p.add_run("")]
    doc.add_comment(runs, text=text, author=author, initials=initials)


def landscape(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def portrait(doc):
    s = doc.add_section()
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = s.page_height, s.page_width
    return s


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot

CO = "J. Okafor (JCU)"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
header_footer(doc, "Wardenbridge Children's Trust - Joint Commissioning Unit - Schedule 2 Service Specification JCU/SS/2009/14",
              "Template JCU-T4 (rev. 2008). OFFICIAL - COMMERCIAL. Page references in this schedule refer to the signed contract.")

P(doc, "WARDENBRIDGE CHILDREN'S TRUST", bold=True, size=14, align="c")
P(doc, "Joint Commissioning Unit", align="c")
P(doc, "SCHEDULE 2 - SERVICE SPECIFICATION", bold=True, size=16, align="c")
P(doc, "National Award for SEN Coordination: Wardenbridge Postgraduate Certificate in Leading SEN Provision", bold=True, size=12, align="c")

TABLE(doc, [
    ["Field", "Entry"],
    ["Service", "Training for newly appointed special educational needs coordinators (SENCOs) in Wardenbridge maintained schools and academies"],
    ["Specification number", "JCU/SS/2009/14"],
    ["Commissioner lead", "Joyce Okafor, Commissioning Manager (Learning and Inclusion), Joint Commissioning Unit"],
    ["Provider", "Wardenbridge City Council, Behaviour Support and Pupil Referral Service (BSPRS), in partnership with the University of Calderholt, School of Education"],
    ["Provider lead", "Martin Sayle, Head of Behaviour Support and Pupil Referral Service"],
    ["Period", "1 September 2009 to 31 August 2012 (first cohort September 2009)"],
    ["Date of review", "Annually in June; full review before any extension"],
    ["Version", "1.3, agreed at Commissioning Board, 22 January 2009 (shows the Board's amendments)"],
])
P(doc)
t = TABLE(doc, [["Note for the TDA approval panel"],
                ["Wardenbridge's Children's Trust commissions all its children's services against a specification in this form, and this schedule is the one agreed for the new SENCO training. We send it as our application because it is the document the Council and the University will be held to. Words such as \"referral\", \"service user\" and \"discharge\" come from the Trust's template: in this schedule the service users are the teachers on the course (\"participants\"), a referral is a headteacher's nomination, and discharge is the end of a participant's programme. The Board's amendments from 22 January are left visible. Martin Sayle, Provider lead."]],
          fill="DEEAF6")
shade(t.cell(1, 0), "DEEAF6")

doc.add_heading("1. Purpose", level=1)
P(doc, "1.1 Aims", bold=True)
P(doc, "The service exists to raise the achievement and improve the well-being of children and young people with special educational needs and/or disabilities in Wardenbridge schools, by training the teachers who coordinate their provision. Achievement here means progress towards all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), not attainment alone. Every unit of the programme begins from a question about pupils (\"What difference will this make to the children on your SEN register?\"), and every assignment asks participants to show the effect of their work on named pupils' learning, attendance, behaviour or well-being.")
P(doc, "1.2 Evidence base", bold=True)
P(doc, "Wardenbridge has 118 maintained schools and two academies. In 2007-08, 61 of them had a SENCO who had been in post for less than three years, and 23 SENCOs were also members of the senior leadership team. Pupils with SEN accounted for 71% of fixed-term exclusions and 64% of permanent exclusions in the city in 2007-08 (Children's Services data, September 2008), and the BSPRS's own referral figures show that most pupils referred to outreach had unmet learning or communication needs that had not been identified before the referral. The programme is built around the SEN Code of Practice (2001) and national guidance, and the Provider will make sure that the content reflects current research and inspection evidence throughout the life of the contract.")
P(doc, "1.3 General overview", bold=True)
P(doc, "The programme is a Postgraduate Certificate of 60 credits at Level 7 (masters level) of the University of Calderholt, made up of three 20-credit modules. It is validated by the University's Faculty of Education and Social Sciences (validation event 4 March 2009) and meets the requirements of the national specification for the National Award for SEN Coordination. It runs over one academic year for each cohort: ten study days, a school-based enquiry in the participant's own school, and three assessed assignments plus a professional portfolio.")
P(doc, "1.4 Objectives", bold=True)
for x in [
    "(a) to give each new SENCO the knowledge of SEN law, guidance and local procedures needed to lead the SEN Code of Practice in their school;",
    "(b) to develop participants' skills in identifying needs early, planning and reviewing provision with colleagues, pupils and parents, and working with other services;",
    "(c) to reduce the proportion of pupils with SEN among those excluded from Wardenbridge schools, by strengthening SENCOs' leadership of behaviour, learning and communication needs;",
    "(d) to enable each participant to lead one planned change in their school and evaluate its effect on pupils.",
]:
    P(doc, x)
P(doc, "1.5 Expected outcomes", bold=True)
P(doc, "By the end of the contract period the Commissioner expects at least 75 SENCOs to have completed the award; every participant's school to have an updated provision map; and a measurable improvement in the identification of pupils' needs before exclusion, shown in the BSPRS referral data.")

doc.add_heading("2. Scope", level=1)
P(doc, "2.1 Service description", bold=True)
P(doc, "The Provider will deliver the programme jointly. The BSPRS provides the programme leader, two of the three module tutors, the school-based mentors and the venue; the University provides the module leader for Module 3, academic registration, library access, the assessment board and the external examiner. Each participant's pathway through the service has seven stages, described in section 3.")
P(doc, "2.2 Accessibility and acceptability", bold=True)
P(doc, "The Provider will meet its duties under the Disability Discrimination Act 1995 (as amended in 2005), the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and the Council's Single Equality Scheme. In practice this means that: the nomination form asks every candidate, in a separate section seen only by the programme administrator, whether they have a disability or other need that the Provider should plan for, and explains why the question is asked; the programme leader contacts each candidate who discloses a need before the first study day and agrees adjustments in writing (for example enlarged or electronic handouts, a hearing loop, extra time for assignments agreed with the University's Disability Service, rest breaks); all study days are held in the ground-floor training suite at Hollybank Teachers' Centre, which has level access, an accessible toilet and an induction loop; and the course handbook and nomination pack are available in large print and electronically. Assignment extensions on grounds of disability follow the University's procedure and do not count against the participant.")
P(doc, "2.3 Whole-system relationships", bold=True)
P(doc, "The BSPRS is part of the Council's Learning and Inclusion Division. Its outreach teachers work in all secondary schools and in primary schools on referral, and its two pupil referral units take pupils on short-term and dual-registered placements: the Foxhall Centre (key stages 3 and 4, 48 places) and The Lantern (key stages 1 and 2, 16 places). Placements at both centres are agreed at the fortnightly Fair Access Panel and reviewed every six weeks with the home school's SENCO. Because the service's own staff meet SENCOs most often when a placement is being planned or is breaking down, it brings to the programme a detailed knowledge of where school systems for pupils with SEN fail.")
P(doc, "2.4 Interdependencies", bold=True)
TABLE(doc, [
    ["Service / body", "How the programme depends on it"],
    ["Educational Psychology Service", "Leads study day 3 (assessment and the range of professionals' reports); two EPs mark Assignment 1 drafts in a formative workshop"],
    ["CAMHS Tier 2 (Wardenbridge Primary Mental Health Team)", "Leads a session on study day 4 on emotional well-being, referral routes and the Targeted Mental Health in Schools pilot"],
    ["Speech and Language Therapy (NHS Wardenbridge)", "Leads a session on study day 2 on communication needs and the Communication Trust's materials"],
    ["Autism Outreach Team", "Leads a session on study day 2; hosts the Module 2 case discussion"],
    ["Parent Partnership Service", "Leads a session on study day 6 (see 3.4)"],
    ["School Improvement Service", "Provides school data packs for the Module 3 enquiry; SIP briefing on SEN in the SEF"],
    ["University of Calderholt", "Validation, registration, library, Board of Examiners, external examiner"],
])
P(doc)
P(doc, "2.5 Relevant networks", bold=True)
P(doc, "Participants join the city's termly SENCO network meetings, which are run by the Learning and Inclusion Division and are separate from this service.")

doc.add_heading("3. Service delivery", level=1)
P(doc, "3.1 Participant pathway", bold=True)
for x in [
    "Stage 1 - Nomination. The headteacher completes the nomination form (by 30 May for a September start) confirming that the candidate is the school's SENCO or will be by September, and that the school will release them for ten study days.",
    "Stage 2 - Entry check. The programme leader checks each nomination against the acceptance criteria in 4.4 and holds a 20-minute telephone interview with every candidate (see 4.5).",
    "Stage 3 - Starting audit and individual training plan. Before study day 1 each participant completes the Starting Audit, a self-assessment against the 28 national outcomes on a four-point scale with a short piece of evidence for every rating of 3 or 4. At the induction tutorial in the first three weeks the participant and their mentor go through the audit, test the ratings against the evidence (for example, asking to see the school's current provision map), and agree an Individual Training Plan (ITP): the participant's own priority outcomes, which study-day workshops they must attend and which optional ones they can replace with directed study, and the focus of their enquiry. The ITP is reviewed at the mid-point tutorial in February and at the final tutorial.",
    "Stage 4 - Study days. Ten study days (Appendix A), on Thursdays, at Hollybank Teachers' Centre.",
    "Stage 5 - School-based work. Between study days participants complete gap tasks in their own school, and in Module 3 they carry out a school-based enquiry: a planned change to SEN provision in their own school (for example introducing a provision map, changing how teaching assistants are deployed, or setting up pupil-led reviews), evaluated against data about named pupils.",
    "Stage 6 - Assessment. Three assignments and a professional portfolio (section 3.5).",
    "Stage 7 - Discharge (section 5).",
]:
    P(doc, x)
P(doc, "3.2 Service model", bold=True)
P(doc, "The programme is taught face to face. Each participant has a school-based mentor from the BSPRS outreach team (an experienced teacher who has worked in the participant's school or cluster), who visits them in school three times a year: after the induction tutorial, in the spring term to observe the participant leading a review meeting or a training session for colleagues and give written feedback, and in the summer term to discuss the enquiry findings. Mentors do not assess. Participants who cannot attend a study day attend the corresponding twilight catch-up session at Hollybank (4.15-6.15pm, the following Tuesday) and complete the directed reading for that day.")
P(doc, "3.3 WardenNet", bold=True)
p = P(doc, "Handouts, readings and the slides from each study day are posted on the Council's learning platform, WardenNet, where participants also have a discussion board for their cohort. The discussion board is for participants to share materials with one another; tutors do not moderate it. Participants contact their module tutor by email, and tutors reply within three working days. WardenNet is not used for teaching: all taught content is delivered on the study days.")
P(doc, "3.4 Content", bold=True)
P(doc, "Module 1, The SENCO and the law (20 credits, study days 1-3): the Education Act 1996 Part 4, the SEN Code of Practice (2001) and its graduated response, statutory assessment and annual reviews, the Disability Discrimination Act duties and the school's accessibility plan, Every Child Matters and the Children Act 2004, the Common Assessment Framework, the Children's Plan (2007), the Lamb Inquiry (begun 2008) and the Bercow Review (2008). Study day 3 is led by the Educational Psychology Service and covers how to read and use advice from educational psychologists, therapists, health visitors and specialist teachers.")
P(doc, "Module 2, Understanding and meeting needs (20 credits, study days 4-7): the main types of SEN and disability (behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties); approaches to assessment, planning and teaching, including ICT and assistive technology; using national test data and tracking systems; access arrangements; consulting pupils (a session led by the Foxhall Centre's pupil council and its teacher-in-charge, with participants trying the centre's \"My Review\" materials and then planning how to run pupil-led reviews in their own school); working with other agencies. Study day 6 includes an awareness session led by the Parent Partnership Service on how parents experience the SEN process and the statutory assessment timetable.")
P(doc, "Module 3, Leading SEN provision (20 credits, study days 8-10): whole-school self-evaluation and the SEF, provision mapping, deploying and managing teaching assistants, coaching and leading staff training, influencing senior leaders and governors, and the school-based enquiry.")
P(doc, "3.5 Assessment", bold=True)
P(doc, "Assignment 1 (Module 1, 4,000 words): a review of the school's SEN policy and practice against the Code of Practice and the disability equality duty, with recommendations to the headteacher. Assignment 2 (Module 2, 4,000 words): a case study of one pupil, using assessments and reports from at least two other professionals, with a plan of teaching approaches and a review of progress. Assignment 3 (Module 3, 5,000 words): the school-based enquiry report. Professional portfolio (all modules, pass/fail): the mentor's observation feedback, a training session the participant led for colleagues with colleagues' evaluations, the school's provision map before and after, and a reflective commentary. Each assignment is marked against published criteria by the module tutor and graded Pass / Fail at Level 7.")
P(doc, "3.6 Specialist expertise and placements", bold=True)
P(doc, "Besides the services in 2.4, participants can book a consultation with a BSPRS outreach teacher about an individual pupil at any point in the year. Participants are not placed in other settings as part of the programme; all practical work takes place in the participant's own school.")
P(doc, "3.7 Location and days of operation", bold=True)
P(doc, "Hollybank Teachers' Centre, Hollybank Road, Wardenbridge. Study days run 9.15am to 3.30pm on Thursdays in term time. There is one cohort each year, starting in September; the modules run in the order 1, 2, 3.")
P(doc, "3.8 Staffing", bold=True)
P(doc, "See Appendix C. The programme leader and BSPRS tutors attend the University's Associate Tutor induction before teaching and an annual assessment briefing each September with the University module leader, at which they mark and discuss two anonymised assignments from the previous year against the criteria. Mentors attend a half-day mentor briefing each September and have the Mentor Handbook, which sets out what each of the three visits is for, what the mentor records on the visit note, and what is the tutor's job rather than theirs.")

doc.add_heading("4. Referral, access and acceptance criteria", level=1)
P(doc, "4.1 Geographic coverage: schools maintained by Wardenbridge City Council and academies in the city. Schools outside the city may buy places if places remain after 30 June.")
P(doc, "4.2 Location: see 3.7.")
P(doc, "4.3 Days and hours: see 3.7.")
P(doc, "4.4 Acceptance criteria. A candidate is accepted if they hold qualified teacher status, are or will be the school's SENCO (or a member of the SEN team who will take on the SENCO role within the year), have completed at least one year of teaching, and have the headteacher's written agreement to release them and to give them access to pupil data for the enquiry.")
P(doc, "4.5 Referral route and entry interview. The telephone interview tests whether the candidate already has enough knowledge of the SEN Code of Practice and enough experience of planning for pupils with SEN to benefit from the programme and reach the outcomes in a year. A candidate who is not ready is told why in a letter, is offered a place on the Council's two-day Introduction to SEN course and a BSPRS outreach consultation, and may re-apply for the following cohort; the programme leader telephones their headteacher to explain.")
P(doc, "4.6 Exclusion criteria. The programme is not open to teaching assistants or higher level teaching assistants; to teachers without QTS; or to teachers seeking to be assessed against the outcomes without attending the programme (the Service does not operate an assessment-only route).")
P(doc, "4.7 Accreditation of prior learning. Candidates who hold Level 7 credit from relevant study completed in the last five years (for example a university module in SEN or inclusion) may claim up to 20 credits through the University of Calderholt's Recognition of Prior Learning procedure, which also allows credit for experiential learning through a mapped claim with evidence against named outcomes; the claim is assessed by the University module leader and the programme leader and confirmed by the Board of Examiners. Prior learning that is not accredited is taken into account in the Individual Training Plan (3.1).")

doc.add_heading("5. Discharge criteria and planning", level=1)
P(doc, "5.1 A participant is discharged from the service when they complete the programme, withdraw, or fail an assignment at resubmission.")
P(doc, "5.2 The award is made to participants who pass Assignments 1 to 3 and complete the Professional Portfolio; the University's Board of Examiners confirms the results each July.")
P(doc, "5.3 On discharge each successful participant receives a letter of award, their transcript and information about the University of Calderholt's MA in Education (SEN and Inclusion) pathway.")
P(doc, "5.4 Participants who withdraw receive a record of credits achieved, which the University will recognise for five years.")

doc.add_heading("6. Information for participants and schools", level=1)
P(doc, "The Provider will publish a programme leaflet and nomination pack each March, a course handbook (issued at the first study day) and a Mentor Handbook. Headteachers receive a termly note on their participant's attendance and progress through the gap tasks.")

doc.add_heading("7. Quality requirements and performance indicators", level=1)
P(doc, "7.1 The Provider will evaluate the service through: participants' evaluations of every study day (collected on the day and summarised within a week); a mid-year focus group run by the University's quality officer; the module review completed by each module leader after assessment; the external examiner's annual report; the University's annual programme monitoring report; and the Commissioner's annual contract review. Each June the Provider's Programme Committee (programme leader, module leaders, two mentors, a participant representative, the Commissioner's lead) reads this evidence and agrees changes for the next cohort in an action plan, which is sent to the Commissioner with the annual report.")
P(doc, "7.2 Assessment quality. All fails and 20% of all other assignments (with at least two from each tutor) are second-marked by the University module leader; the marks are then moderated by the external examiner, Dr Ruth Anstey (a senior lecturer in inclusive education at another university), who sees a sample across all three modules and the portfolios and attends the Board of Examiners. The three tutors hold a moderation meeting after each assignment deadline before marks go to the Board.")
p = P(doc, "7.3 Impact. Each participant rates their confidence against the 28 outcomes on the Starting Audit scale at the start and end of the programme, and the Provider reports the change for each cohort.")
INS(p, " A measure of the programme's impact on pupils' achievement will be agreed between the Commissioner and the Provider during the first year of the contract.", CO)
P(doc, "7.4 Key performance indicators", bold=True)
TABLE(doc, [
    ["Indicator", "Threshold", "Method of measurement", "Frequency"],
    ["Places filled against commissioned places (25)", "90%", "Registration records", "Annually (October)"],
    ["Participants completing within 15 months", "85%", "Board of Examiners results", "Annually (July)"],
    ["Study days rated good or better by participants", "85%", "Study day evaluations", "Termly"],
    ["Participants' mean confidence gain across outcomes", "+1 point on 4-point scale", "Starting Audit repeated at end", "Annually"],
    ["Impact on pupils' achievement", "To be agreed (see 7.3)", "To be agreed", "To be agreed"],
])
P(doc)

doc.add_heading("8. Safeguarding", level=1)
P(doc, "8.1 The Provider will comply with the Wardenbridge Safeguarding Children Board procedures and with Safeguarding Children and Safer Recruitment in Education (DfES, 2006). All BSPRS staff, including tutors and mentors, hold an enhanced CRB disclosure, renewed every three years, and are recorded on the Council's single central record; University staff who visit schools carry the University's confirmation of their enhanced disclosure.")
p = P(doc, "8.2 Pupils attending the Foxhall Centre and The Lantern are protected by each centre's child protection policy, and no participant will be left alone with a pupil at either centre.")
COMMENT(doc, p, "Do we need something here about the participants' own CRB position? Heads confirm this for their own staff - Provider to add before contract signature. JO", CO, "JO")
P(doc, "8.3 Data about pupils used in assignments is anonymised; the school-based enquiry needs the headteacher's written consent, and the University's research ethics procedure applies.")

doc.add_heading("9. Activity and price", level=1)
P(doc, "25 commissioned places a year. The price per place is £1,350, of which £600 is met from the Council's Standards Fund allocation for SEN training and £750 by the school; this compares with £1,900 for the nearest university-only course, because the BSPRS contributes the venue, the mentors and two tutors as part of its core offer to schools. The University's fee (£780 per participant) is included in the price.")

doc.add_heading("10. Stakeholder involvement and continual service improvement plan", level=1)
P(doc, "10.1 Consultation. In October 2008 the Provider surveyed all SENCOs and headteachers in the city (72 SENCOs and 41 headteachers replied), held a focus group with eight SENCOs appointed in the last two years, consulted the primary and secondary headteachers' forums and the Parent Partnership Service's parent reference group, and talked to the Foxhall Centre pupil council about what they would want SENCOs to know. SENCOs said their greatest needs were statutory paperwork, using data, managing teaching assistants and getting senior leaders to listen; headteachers wanted less time out of school; parents wanted SENCOs who were easier to reach and explained things plainly; the pupils wanted to be asked before decisions were made about them.")
P(doc, "10.2 What changed as a result. The study days moved from Fridays to Thursdays and were cut from twelve to ten at headteachers' request, with the gap tasks taking up the difference. The behaviour content, which in the first draft filled the whole of Module 2, was cut to one day so that the other types of need could be covered, after SENCOs pointed out that most of their time goes on learning and communication needs. A session on managing teaching assistants was added to Module 3. The pupil-voice session at the Foxhall Centre was added after the pupil council's contribution.")
P(doc, "10.3 Involvement in delivery. Staff from the EP service, CAMHS, SALT, the Autism Outreach Team and the Parent Partnership Service teach on the study days (2.4); outreach teachers act as mentors; the Foxhall pupil council runs the pupil-voice session.")
P(doc, "10.4 Improvement plan", bold=True)
t = TABLE(doc, [
    ["Ref", "Action", "Lead", "Date", "Status"],
    ["CSI-1", "Publish nomination pack and leaflet", "Programme leader", "March 2009", "Complete"],
    ["CSI-2", "Induct tutors and mentors; issue Mentor Handbook", "Programme leader / University", "July 2009", "On track"],
    ["CSI-3", "Agree pupil-impact indicator (7.3)", "Commissioner / Provider", "July 2010", "Not started"],
    ["CSI-4", "Develop ways for schools, parents and pupils to take part in evaluating the programme", "Programme Committee", "2010-11", "Not started"],
    ["CSI-5", "Review content against new national guidance", "Module leaders", "Annually", "On track"],
])
P(doc)
DEL_PARA(doc, "10.5 An assessment-only route for experienced SENCOs and BSPRS outreach teachers will be piloted from January 2010, with candidates submitting the Professional Portfolio and Assignment 3 for assessment without attending study days.", CO)
p = P(doc, "10.5 This schedule will be reviewed by the Commissioning Board in June 2010.")
COMMENT(doc, p, "Deleted 10.5 (old) - the University has not agreed an assessment-only route and the price has not been costed. Revisit at the 2010 review.", CO, "JO")

doc.add_heading("Appendix A - Study days 2009-10", level=1)
TABLE(doc, [
    ["Day", "Date", "Module", "Focus", "Led by"],
    ["1", "17 Sept 2009", "1", "The SENCO role; the Code of Practice; starting audit debrief", "M. Sayle, A. Kaur"],
    ["2", "8 Oct 2009", "1", "Law and disability duties; ECM; communication needs and autism (SALT, Autism Outreach)", "A. Kaur, visiting"],
    ["3", "5 Nov 2009", "1", "Reading and using other professionals' assessments", "Educational Psychology Service"],
    ["4", "3 Dec 2009", "2", "BESD and emotional well-being (CAMHS)", "D. Whitlock, CAMHS"],
    ["5", "14 Jan 2010", "2", "SpLD, MLD; using test data and tracking; access arrangements", "A. Kaur"],
    ["6", "11 Feb 2010", "2", "Consulting pupils (Foxhall Centre); parents' experience (Parent Partnership)", "D. Whitlock, visiting"],
    ["7", "11 Mar 2010", "2", "Planning teaching; ICT and assistive technology; working with agencies", "A. Kaur"],
    ["8", "22 Apr 2010", "3", "Self-evaluation, provision mapping and management", "Dr S. Pryce"],
    ["9", "20 May 2010", "3", "Teaching assistants; coaching colleagues; leading training", "Dr S. Pryce, M. Sayle"],
    ["10", "24 June 2010", "3", "Leading change: governors and senior leaders; enquiry presentations", "Dr S. Pryce"],
])
P(doc)
P(doc, "Resources. Participants use the BSPRS resource base at Hollybank (assessment materials including standardised reading, spelling and language screening tests, the Boxall Profile, intervention programmes for literacy, numeracy and social skills, and a loan collection of assistive technology: text-to-speech software, portable word processors, visual timetable kits); the University of Calderholt library in person and online, with access to its electronic journals for the year of registration; and the Hollybank ICT suite (16 networked PCs with the provision-mapping software used in city schools).")

s = landscape(doc)
doc.add_heading("Appendix B - Outcome schedule", level=1)
P(doc, "Where each national outcome is developed (study day) and how it is assessed (A1-A3 = Assignments 1-3; PP = Professional Portfolio).")
rows = [["Outcome", "Where developed", "How assessed"]]
groups = []
def G(text):
    groups.append(len(rows)); rows.append([text, "", ""])
G("Professional attributes")
rows += [
    ["Fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "Days 4, 6", "A2 (case study: relationships with pupil and family); PP reflective commentary"],
    ["Gaining the commitment of colleagues, including the head and senior leaders", "Days 9, 10", "A3 (enquiry: how senior leaders were engaged); PP"],
    ["Prioritising, managing time and delegating", "Day 9 (managing the SENCO workload)", "Not assessed"],
    ["Anticipating and resolving problems; sound judgements on provision", "Days 7, 8", "A2; A3"],
    ["Clear speech and writing; listening to others", "Throughout", "A1-A3 (written); PP (training session and mentor observation)"],
    ["Using research and external advice to improve own and colleagues' practice", "Days 3, 8", "A3 (literature review section); PP (training session)"],
    ["Keeping up to date; own CPD", "Final tutorial", "Discussed at final tutorial (formative)"],
]
G("Professional knowledge and understanding")
rows += [
    ["SEN law and guidance, including the Code of Practice", "Days 1, 2", "A1"],
    ["Every Child Matters and the SENCO's part", "Day 2", "A1 (section on ECM); A2"],
    ["Disability equality law and actions required", "Day 2", "Formative quiz on day 2"],
    ["Common types of SEN and disability (BESD, SpLD, SLCN, ASD, MLD)", "Days 2, 4, 5", "A2 (case study, with a comparison of two other types of need)"],
    ["Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT", "Days 5, 7", "A2"],
    ["School self-evaluation and improvement", "Day 8", "A3"],
    ["Best practice and research in meeting SEN", "Days 3, 7, 8", "A2; A3"],
    ["External agencies and getting specialist support", "Days 3, 7", "A2 (multi-agency section)"],
]
G("Professional skills")
rows += [
    ["Influencing strategic development with senior colleagues and governors", "Day 10", "A3; PP"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Days 5, 7", "A2"],
    ["- using assessments from a range of professionals", "Day 3", "A2"],
    ["- using summative assessments and national tests to track progress", "Day 5", "-"],
    ["- encouraging formative assessment by other teachers", "Day 9", "PP (training session led for colleagues)"],
    ["- special arrangements for national tests and examinations", "Not covered: in Wardenbridge schools this is led by examinations officers and the Local Authority's assessment team", "-"],
    ["Provision mapping and management; identifying ineffective provision", "Day 8", "A3; PP (provision map before and after)"],
    ["Deploying and managing staff", "Day 9", "A3"],
    ["Supporting colleagues' professional development", "Day 9", "PP (mentor observation of coaching or training)"],
    ["Reviewing provision with other staff to inform self-evaluation", "Day 8", "A3"],
    ["Involving pupils in planning and reviewing their provision", "Day 6 (Foxhall Centre)", "A2 (pupil's views section); PP (record of a pupil-led review)"],
    ["Liaising with parents and carers", "Day 6", "Not separately assessed"],
    ["Working with other services and agencies, including voluntary organisations", "Days 3, 7", "A2 (multi-agency section)"],
]
t = TABLE(doc, rows, size=9)
for i in groups:
    group_row(t, i, rows[i][0])

portrait(doc)
doc.add_heading("Appendix C - Staff", level=1)
TABLE(doc, [
    ["Name", "Role", "Qualifications and experience"],
    ["Martin Sayle", "Head of BSPRS; programme leader", "MA Special and Inclusive Education; NPQH; former SENCO and deputy head of a secondary school; head of the Foxhall Centre 2002-07"],
    ["Anita Kaur", "BSPRS senior outreach teacher; Module 1 tutor", "MEd; OCR Level 7 Diploma in specific learning difficulties (2007); SENCO in two primary schools 1996-2005"],
    ["David Whitlock", "Teacher-in-charge, Foxhall Centre; Module 2 tutor", "PGCert Behaviour Management (Calderholt, 2006); 14 years teaching pupils with BESD"],
    ["Dr Sian Pryce", "Senior Lecturer in Inclusive Education, University of Calderholt; Module 3 leader", "PhD on SENCOs' leadership (2004); publishes on provision mapping; external examiner for two other SEN programmes"],
    ["Six outreach teachers", "School-based mentors", "All qualified teachers with at least five years' SEN or behaviour support experience"],
])
P(doc)
P(doc, "Tutors keep their specialist knowledge current through the BSPRS's fortnightly team development sessions, the University's research seminars, and at least one national SEN conference a year each.")

doc.save(str(OUT))
print("wrote", OUT)
