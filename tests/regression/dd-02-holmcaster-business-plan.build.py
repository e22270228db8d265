"""Build dd-02.docx: Holmcaster Catholic Education Service, SENCO Award Service Business Plan 2009-12 (invented provider).

Provider
--------
The Holmcaster Catholic Education Service (HCES), the education service of the
(invented) Catholic Diocese of Holmcaster's Diocesan Schools Commission, which
runs the SENCO award as a traded service for the diocese's 162 Catholic
schools in four local authorities, with the (invented) St Aelred's University
College, Ravensby, a Catholic college that validates the award. Version 1.3,
approved by the Commission's Finance and General Purposes Committee on 22
April 2009. 2008-era vocabulary: CRB, DDA and the Disability Equality Duty,
SEN Code of Practice 2001, ECM, School Action Plus, Section 48 inspection,
Catholic Social Teaching, deaneries and parishes, CES.

Layout (a kind of document not in the earlier sets: a traded-service business plan)
-------------------------------------------------------------------------------
The Service's business plan for the award, sent unaltered with a short boxed
note to the panel on the title page.
- Title page with a status line and the boxed note.
- Eleven numbered sections with Heading 1 titles typed "1." to "11." and
  Heading 2 sub-sections typed "3.1", "4.5", "5.3" and so on (the numbers
  collide with requirement ids: "3.3 What schools told us", "5.3 Credit for
  prior learning", "4.5 Aelred Online", "5.2 Safeguarding", "2.3" ...).
- A key-figures table in the executive summary; a market table of schools by
  local authority; a competitor table describing OTHER providers'
  arrangements (online route, January start, assessment-only route, mentor
  training); a staffing table; a key performance indicator table (indicator,
  measure, source, targets for three years); a three-year income and
  expenditure projection with a merged header row; a key risks table whose
  mitigation column holds promises; Appendix 1, study days; Appendix 2, the
  "product specification": the national outcomes in the Service's own words
  with "Taught in" and "Assessed in" columns and merged group rows (one
  outcome missing altogether).
- Page header and footer ("Commercial in confidence").
- The programme is blended (six study days and Aelred Online, a Moodle site).

Traps and the requirement ids they affect
-----------------------------------------
- E.2 partially_met: 60 credits, but validated at Level 6; M-level
  revalidation only "plans" for 2009-10 (also in the risk table).
- 1.3 partially_met: only general words ("Our tutors draw on the latest
  research and inspection evidence ... updated regularly"); the Ofsted report
  cited is in the market analysis, as context for demand.
- 1.9 and 6.0 partially_met: award on an aggregate of 40 per cent "with no
  unit below 35 per cent" (compensation), with a blanket claim ("together
  cover the full set of national outcomes") against Appendix 2's gaps.
- 2.5 partially_met: information on the MA and diocesan leadership
  programmes at the final study day; no help to set targets.
- 3.3 partially_met: Aelred Online with peer forums, but "tutors do not post
  in them" and questions for tutors wait for the next study day: no direct
  tutor support online and only peer support between study days.
- 4.1 and 4.2 partially_met: the survey asked about price, timing, venue and
  mode and "did not ask about content"; its findings informed price and
  venues only; the Award Management Group "commented on the draft unit
  outlines" with no detail of any change.
- 5.2 partially_met: entry rules and headteacher nomination only; places
  "allocated in order of receipt"; no check of readiness.
- 5.3 not_met: negation ("The Service does not itself check CRB
  disclosures"), relying on the employer's check at appointment.
- 5.6 partially_met: only general library and VLE access.
- 5.8 partially_met: single marking by the unit tutor, the external examiner
  "sees the marks"; moderation only promised in the risk table ("will be
  agreed with the College before the first marking period").
- Competitor table (other providers' assessment-only route, January start,
  online route, mentor training day): not this provider's arrangements. The
  Service's own Fast Track (2.3), flexibility (3.2) and mentor briefing (5.7)
  are met in their own sections.
- Values in "Mission and strategic fit" (image and likeness of God,
  Catholic Social Teaching) carry no arrangements; 1.1 is met elsewhere
  (aims, unit content and the Unit 3 pupil measures).
- KPI targets are met evidence for 5.9 because each has a measure and a
  source, including pupil progress data collated from Unit 3.
- Outcomes (Appendix 2):
  met: 6.A1, A4, A5, A6, K1, K2, K4, K5, K6, K8, K9, S1, S2, S2a, S2b, S3,
  S6, S7, S8, S9;
  partially_met: 6.A2 (reflective log "ungraded"), 6.K3 (taught, "\u2014"
  assessed), 6.K7 (assessed in Unit 3 but "Not taught"), 6.S2d ("Optional
  workshop", not assessed), 6.S4 (taught by the LA adviser, not assessed);
  not_met: 6.A3 (no row at all), 6.A7 ("The participant's own
  responsibility"), 6.S2c (dashes in both columns), 6.S5 (negation, another
  diocesan programme).
- Met with concrete arrangements: E.1, 1.1, 1.2, 1.4, 1.5, 1.6, 1.7, 1.8,
  2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 4.3, 5.1, 5.4, 5.5, 5.7, 5.9.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("dd-02-holmcaster-business-plan.docx")

doc = Document()
doc.core_properties.author = "Dominic Ferraro"
doc.core_properties.title = "SENCO Award Service Business Plan 2009-10 to 2011-12"
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
for lvl, size, col in ((1, 14, (0x6B, 0x1F, 0x2A)), (2, 11.5, (0x33, 0x33, 0x33))):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Calibri"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(*col)

WINE = "6B1F2A"
CREAM = "F6F0E4"
GREY = "E7E6E6"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
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


def bullet(text):
    return para(text, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=None, colour=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(rows, size=9, numeric_from=None, caption=None):
    if caption:
        para(caption, bold=True, size=9.5, after=2)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            right = numeric_from is not None and j >= numeric_from and i > 0
            cell_text(c, val, bold=(i == 0), size=size, align="r" if right else None)
            if i == 0:
                shade(c, GREY)
    para("", after=2)
    return t


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hr = hp.add_run("Holmcaster Catholic Education Service \u00b7 SENCO Award Service \u00b7 Business Plan 2009\u201312")
hr.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Version 1.3 \u00b7 Approved by the Finance and General Purposes Committee, 22 April 2009 \u00b7 "
                "Commercial in confidence \u00b7 Page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title page
para("", after=40)
para("DIOCESE OF HOLMCASTER", bold=True, size=12, align="c", after=0)
para("Diocesan Schools Commission \u00b7 Holmcaster Catholic Education Service", size=10.5, align="c")
para("", after=24)
para("SENCO Award Service", bold=True, size=26, align="c", after=2)
para("Business Plan 2009\u201310 to 2011\u201312", size=16, align="c", after=2)
para("in partnership with St Aelred\u2019s University College, Ravensby", italic=True, size=11, align="c")
para("", after=18)
para("Status: Approved (version 1.3, 22 April 2009)  \u00b7  Owner: Dominic Ferraro, Head of Professional "
     "Development", size=9.5, align="c")
para("", after=18)
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, CREAM)
cell_text(c, "Note for the TDA approval panel", bold=True, size=10, colour=WINE)
for ln in [
    "This is the business plan on which the Diocesan Schools Commission agreed to launch the SENCO Award "
    "Service. We submit it unaltered as our application for approval. The programme itself is described in "
    "Sections 4 to 8, and Appendix 2 maps it against the national outcomes.",
    "Dominic Ferraro, Head of Professional Development, Holmcaster Catholic Education Service, Pastoral "
    "Centre, 14 Lady Lane, Holmcaster HM2 7RJ",
]:
    p = c.add_paragraph()
    p.add_run(ln).font.size = Pt(9.5)
page_break()

# ------------------------------------------------------------------ 1
h1("1. Executive summary")
para("From September 2009 every teacher newly appointed as a SENCO will need the National Award for SEN "
     "Coordination within three years. Our schools will need somewhere to send their SENCOs, and most have "
     "told us they would rather it were the Diocese. This plan sets out how the Holmcaster Catholic "
     "Education Service (HCES) will provide the Award with St Aelred\u2019s University College from "
     "September 2009 as a traded service that covers its costs by its second year.")
table([
    ("Key figures", "2009\u201310", "2010\u201311", "2011\u201312"),
    ("Places on the full programme", "20", "24", "24"),
    ("Fast Track (assessment-only) candidates", "2", "3", "3"),
    ("Price per place, Catholic schools in the Diocese", "\u00a31,250", "\u00a31,250", "\u00a31,290"),
    ("Surplus / (deficit)", "(\u00a32,170)", "\u00a33,960", "\u00a34,910"),
], size=9, numeric_from=1)

# ------------------------------------------------------------------ 2
h1("2. Mission and strategic fit")
para("Every child is made in the image and likeness of God, and a Catholic school is judged by how it "
     "serves the child who finds learning hardest. Catholic Social Teaching asks us to put the most "
     "vulnerable first: the dignity of the human person and the preferential option for the poor are not "
     "slogans for us but the reason the Service exists. We are committed to the flourishing of every child "
     "in every one of our schools.")
para("The Diocesan Education Strategy, Growing in Faith, Growing in Learning (2007\u20132012), commits the "
     "Commission under objective 2.3 to \u201cstrengthen leadership for inclusion in every school\u201d. The "
     "SENCO Award Service is the main way in which that objective will be delivered between 2009 and 2012.")

# ------------------------------------------------------------------ 3
h1("3. Market analysis")
h2("3.1 Our schools")
table([
    ("Local authority", "Primary", "Secondary", "Special", "Total"),
    ("Holmcaster City Council", "48", "9", "1", "58"),
    ("Easterby MBC", "31", "7", "1", "39"),
    ("North Farrowshire County Council", "36", "7", "0", "43"),
    ("Harlbury County Council", "16", "6", "0", "22"),
    ("Diocese", "131", "29", "2", "162"),
], size=9, numeric_from=1)
h2("3.2 Demand")
para("Diocesan personnel records show that between 14 and 22 of our schools appointed a new SENCO in each of "
     "the last four years. Allowing for SENCOs already in post who will want the Award, we expect demand of "
     "about 25 places a year for the first three years. Ofsted\u2019s report Inclusion: does it matter where "
     "pupils are taught? (2006) found that the quality of provision depended above all on the quality of "
     "leadership, and headteachers increasingly see an accredited SENCO as a mark of a good school, which "
     "supports demand beyond new appointees.")
h2("3.3 What schools told us")
para("In November 2008 we surveyed the headteachers of all 162 schools and 88 replied. The survey asked about "
     "price, timing, venue and mode of study; it did not ask about content, which is fixed by the national "
     "outcomes. 74 per cent said their school could pay no more than \u00a31,300 a place; 68 per cent preferred "
     "Saturday or twilight study to weekday release; and 61 per cent favoured some online study to cut "
     "travel in the rural north of the Diocese. These findings have informed our pricing and our choice of "
     "venues.")
h2("3.4 Other providers")
para("Our schools are free to choose any approved provider. The table summarises what we know of the "
     "programmes likely to be on offer in the region in 2009\u201310.")
table([
    ("Provider", "Route", "Notable features", "Price"),
    ("University of Harnby", "Largely online, M level",
     "Intakes in January and September; an assessment-only route for experienced SENCOs", "\u00a31,600; "
     "assessment-only \u00a3600"),
    ("Easterby MBC with Northfield University", "Taught, M level",
     "Eight weekday study days; mentor training day for school mentors", "\u00a31,400"),
    ("Wellsford Diocesan Board of Education", "Taught, M level",
     "Anglican schools only; no places for schools outside that diocese", "n/a"),
], size=8.5)
h2("3.5 Our advantages")
para("Price (below every competitor open to our schools), a Catholic ethos that our schools share, venues in "
     "the Diocese, and the relationships our advisers already have with every school.")

# ------------------------------------------------------------------ 4
h1("4. The product")
h2("4.1 The award")
para("Participants who complete the programme are awarded a certificate by St Aelred\u2019s University "
     "College, which validated the programme in June 2008. The award carries 60 credits. It is currently "
     "validated as a Graduate Certificate in Leading SEN Provision at Level 6; the College plans to "
     "revalidate it at Master\u2019s level (M level) during 2009\u201310, and the first cohort will transfer to "
     "the M-level award if revalidation is approved.")
h2("4.2 Aims")
para("The programme aims to raise the achievement and well-being of pupils with special educational needs "
     "and disabilities, in all five Every Child Matters outcomes, by developing SENCOs who can lead "
     "provision in their schools. Each unit assignment asks what has changed, or will change, for pupils, "
     "and the Unit 3 project must report baseline and follow-up measures of pupils\u2019 attainment and of at "
     "least one other Every Child Matters outcome, such as attendance or pupils\u2019 own ratings of how safe "
     "and happy they feel in school.")
h2("4.3 Structure")
para("The programme has three units of 20 credits each: Unit 1, The SENCO, the Law and the Catholic School; "
     "Unit 2, Knowing the Child, Working with the Family; and Unit 3, Leading Provision. Each unit has two "
     "study days at the start and end of a ten-week block of directed study on Aelred Online and in school. "
     "The six study days for 2009\u201310 are listed in Appendix 1.")
h2("4.4 Flexibility")
para("Each study day runs twice, on a Saturday at the Holmcaster Pastoral Centre and on the following "
     "Thursday at the St Aelred\u2019s campus in Ravensby, and participants may attend either. Units 1 and 2 "
     "may be taken in either order. Participants may complete the Award in one year, or take up to two "
     "years by spreading the units, without extra charge. A second, January, intake is under consideration "
     "for 2010\u201311.")
h2("4.5 Aelred Online")
para("Aelred Online is the College\u2019s Moodle site. For each unit it holds the study-day materials, the "
     "directed reading, weekly activities for the ten-week block and a forum. The forums belong to the "
     "participants: tutors do not post in them, so that colleagues feel free to speak openly, and questions "
     "for tutors are taken at the next study day. Participants are also placed in learning sets of four, "
     "which keep in touch through the forum between study days. Notices to participants go out through the "
     "site.")
h2("4.6 Rooted in school")
para("Every weekly activity on Aelred Online ends with a task to carry out in the participant\u2019s own "
     "school, and each task names the unit outcomes it works towards. In Unit 1, for example, participants "
     "review their school\u2019s SEN policy and its provision for pupils at School Action Plus against the Code of Practice with their "
     "headteacher; in Unit 2 they consult a pupil and meet the pupil\u2019s parents; in Unit 3 they lead a "
     "change in provision over at least ten weeks. The Unit 3 project is assessed on the change it made "
     "to practice in the school and on what happened for pupils, so a participant cannot pass it without "
     "having acted.")
h2("4.7 What each unit covers")
para("Unit 1 covers the Education Act 1996, the SEN Code of Practice (2001) and the SEN Toolkit, the SEN and "
     "Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the Disability "
     "Equality Duty, the Children Act 2004 and Every Child Matters, Removing Barriers to Achievement "
     "(2004), the 2008 SENCO Regulations and the Commission\u2019s own guidance on SEN in Catholic schools. "
     "Participants then work with their senior team and the governor responsible for SEN to review the "
     "school\u2019s SEN policy and provision with colleagues, to feed into the school\u2019s self-evaluation "
     "form (SEF), and write a 3,000-word policy analysis with recommendations. The analysis must show how "
     "the school\u2019s provision meets the Code of Practice and contributes to the five Every Child Matters "
     "outcomes. Participants present it to their tutor group on the second study day.")
para("Unit 2 covers how children develop and how development can be affected by SEN, disability and the "
     "child\u2019s environment; the main types of need (behavioural, emotional and social difficulties, "
     "dyslexia and other specific learning difficulties, speech, language and communication needs, autistic "
     "spectrum disorders and moderate learning difficulties); consulting children, including those with "
     "communication difficulties, through Talking Mats, pupil passports and person-centred reviews; working "
     "in partnership with parents and carers, taught with the Holmcaster Parent Partnership Service; and "
     "working with educational psychologists, therapists, CAMHS, social care and voluntary organisations. "
     "Its assignment is a 4,000-word case study of one pupil: the participant describes the pupil\u2019s "
     "development and needs in the light of the unit\u2019s teaching on development and on the main types "
     "of need, gathers and uses the "
     "assessments of the professionals involved, consults the pupil and shows how the pupil\u2019s views "
     "changed the plan, works with the parents or carers on a shared plan and reflects on that "
     "relationship, and coordinates the agencies involved.")
para("Unit 3 covers identifying need and setting targets, using national test results, P scales and "
     "standardised scores to track progress, provision mapping, teaching approaches and resources including "
     "ICT, and research on effective provision. Its first study day includes a session on working with and "
     "advising class teachers and subject leaders; participants then plan their change with colleagues in "
     "their own school and share it with a SENCO from another school in their learning set, who comments "
     "on it. The "
     "assignment is a 5,000-word report on the change project, including a review of the research that "
     "informed it, a critical comparison of the approach chosen with the alternatives, the provision map, "
     "the decisions the participant took and why, and the pupil measures "
     "described in 4.2. Participants also keep a reflective log during Unit 3.")
h2("4.8 Assessment and the award")
para("Each assignment is marked by the unit tutor against the College\u2019s Level 6 criteria, and the College\u2019s "
     "external examiner for its CPD framework sees the marks each year. The Award is made to participants "
     "who achieve an aggregate mark of at least 40 per cent across the three units, with no unit below 35 "
     "per cent. The three units together cover the full set of national outcomes (Appendix 2).")
h2("4.9 Keeping the programme current")
para("Our tutors draw on the latest research and inspection evidence in their teaching, and reading lists "
     "are updated regularly.")

# ------------------------------------------------------------------ 5
h1("5. Operations")
h2("5.1 Admissions")
para("Applicants must hold Qualified Teacher Status and be the SENCO, or be designated to become the SENCO, "
     "of a Catholic school in the Diocese (other schools by agreement). The headteacher signs the "
     "application form. Places are allocated in order of receipt until the cohort is full.")
h2("5.2 Safeguarding")
para("The Service does not itself check CRB disclosures: as serving teachers, all participants will have "
     "been checked on appointment by their employing governing body, under the Diocese\u2019s safer "
     "recruitment guidance.")
h2("5.3 Credit for prior learning")
para("Applicants may claim up to 40 of the 60 credits through the College\u2019s procedure for the "
     "accreditation of prior learning. Certificated learning at the right level is matched against the "
     "unit outcomes by the programme leader. Experience is accredited through a portfolio in which the "
     "applicant maps evidence from their work against the outcomes of the unit claimed; a unit tutor "
     "assesses the portfolio and the College\u2019s APL Panel confirms the credit. The fee is \u00a3150 for each "
     "unit claimed. Those who are not exempted from a unit still have their experience reflected in their "
     "Individual Learning Plan.")
h2("5.4 Needs analysis and the Individual Learning Plan")
para("By 31 August each participant completes the Professional Profile on Aelred Online, rating themselves "
     "against each national outcome and giving an example from their work. In September, before the first "
     "study day, their personal tutor discusses the Profile with them by telephone, tests the ratings "
     "against the examples, and agrees an Individual Learning Plan. The Plan sets the participant\u2019s "
     "personal targets against the outcomes, names the optional workshops they should attend and the "
     "outcomes they can evidence from existing work, and shapes the focus of their Unit 2 case study and "
     "Unit 3 project. It is reviewed at the end of each unit.")
h2("5.5 Fast Track")
para("A teacher who has led SEN provision in a school for at least three years, or an advisory teacher from "
     "an SEN support service, may apply for Fast Track assessment without attending the programme. After "
     "an interview with the programme leader, the candidate submits a portfolio mapped against every "
     "national outcome, with the three unit assignments based on their existing work, and then has a "
     "one-hour professional discussion with two tutors. Fast Track work is marked to the same criteria as "
     "the full programme. The fee is \u00a3450.")
h2("5.6 Equality and access")
para("The application form invites applicants to tell us about any disability, specific learning difficulty "
     "or health condition, explains why we ask and who will see the answer, and says what support is "
     "available. The College\u2019s Disability Adviser contacts everyone who declares a need within ten "
     "working days and agrees a written support plan covering study days, Aelred Online and assessment: "
     "extra time, alternative formats for assignments, materials in large print or electronic form, a "
     "reader or a note-taker. Both venues are step-free with hearing loops, and the Service checks the "
     "access of each placement school before a participant goes there. Our leaflet is available in large "
     "print and on audio CD, and it tells applicants that support is available. Unit 2 is co-taught by a "
     "disabled parent governor, and case material shows disabled adults in leadership roles. Applications, "
     "completions and results are monitored each year by disability and ethnicity and reported to the "
     "Commission under its Disability Equality Scheme and Race Equality Policy.")
h2("5.7 Fitting the programme to the participant")
para("Because the Individual Learning Plan sets the focus of each participant\u2019s case study and project, "
     "every participant works on the needs of their own school and their own gaps. Four optional workshops "
     "(early years, secondary, autism and access arrangements) are offered, and the Plan says which a "
     "participant should attend. Delivery costs are kept down by using diocesan venues and College "
     "staff under the partnership agreement, and the cost per place (\u00a31,154 in 2010\u201311) is "
     "below the lowest price charged by any competitor. Five bursaries a year from the "
     "Bishop\u2019s Education Fund cover half the fee for schools in the most deprived parishes.")
h2("5.8 After the Award")
para("At the final study day participants hear about the College\u2019s MA in Catholic Education and Inclusion "
     "and about the Diocese\u2019s leadership programmes.")

# ------------------------------------------------------------------ 6
h1("6. People")
table([
    ("Name", "Role", "FTE", "Qualifications and experience"),
    ("Dominic Ferraro", "Head of Professional Development, HCES; service manager", "0.2",
     "Former deputy head; MBA (Education Management)"),
    ("Dr Catherine Moynihan", "Programme leader; Unit 3 tutor (St Aelred\u2019s)", "0.4",
     "SENCO for eleven years in two Holmcaster secondary schools; PhD on the leadership of SENCOs (2007); "
     "member of the NASEN research committee"),
    ("Bernadette Oduya", "Unit 2 tutor; HCES Adviser for Inclusion", "0.3",
     "Former head of Our Lady of Lourdes Special School; MEd (SEN); trained in Talking Mats; currently "
     "advises 40 Catholic schools on SEN"),
    ("Martin Keogh", "Unit 1 tutor (St Aelred\u2019s)", "0.2",
     "Senior lecturer in education law and policy; former LA SEN officer; tribunal panel member"),
], size=8.5)
para("Every tutor keeps their specialist knowledge up to date through at least five days of CPD a year, "
     "recorded in the College\u2019s staff development review, and both HCES advisers work in schools every "
     "week.")
h2("6.1 Tutors and mentors")
para("All tutors work from the Programme Tutor Handbook, which sets out their duties in teaching, tutorials, "
     "marking and feedback, and they meet for a team planning day each July. The headteacher of each "
     "participant names a mentor from the senior team. Mentors attend a two-hour briefing at the Pastoral "
     "Centre in September and receive the Mentor Guide, which sets out their role: meeting the participant "
     "at least once each half term, agreeing the school tasks and the Unit 3 project, and confirming that "
     "school tasks have been carried out. Mentors who cannot attend are briefed by their school\u2019s HCES "
     "adviser on a school visit.")
h2("6.2 Specialists and placements")
para("Specialist sessions are led by educational psychologists from Holmcaster City and Easterby, a speech "
     "and language therapist from the Holmcaster PCT, the North Farrowshire autism outreach team, a CAMHS "
     "primary mental health worker and the Parent Partnership Service. Each participant spends two days "
     "on a placement arranged by the Service, at Our Lady of Lourdes Special School, St Bede\u2019s Hearing "
     "Impairment Resource Base or the Easterby Pupil Referral Unit; the host teacher agrees a programme "
     "for the visit with the Unit 2 tutor, and the participant writes it up for their case study.")

# ------------------------------------------------------------------ 7
h1("7. Partnership and governance")
para("The Award Management Group oversees the Service. It is chaired by the Director of Schools and includes "
     "the College\u2019s Dean of Education, two headteachers nominated by the diocesan headteachers\u2019 "
     "association, an SEN officer from Holmcaster City Council, a parent representative from the Parent "
     "Partnership Service and a SENCO who completed the College\u2019s former Certificate. The Group met three "
     "times during the development of the programme, and its members commented on the draft unit outlines.")
para("Stakeholders also take part in delivery: the LA educational psychologists and the Parent Partnership "
     "Service teach on Unit 2, and special school staff host placements. Each October the Group considers "
     "the annual evaluation report (Section 8) and agrees the improvement plan for the next cohort. Twelve "
     "months after each cohort completes, we survey the headteachers of the participants\u2019 schools about "
     "the difference the Award has made, and the results go to the Group.")

# ------------------------------------------------------------------ 8
h1("8. Quality, evaluation and impact")
para("The Service evaluates the programme in several ways. Participants complete an evaluation at the end "
     "of each study day and a questionnaire at the end of each unit. The programme leader writes an annual "
     "evaluation report each September drawing on these, the results, the external examiner\u2019s comments, "
     "the headteachers\u2019 survey and the KPIs below. The College\u2019s Academic Quality Committee reviews the "
     "programme in its annual monitoring, and in 2010 the programme will be peer-reviewed by the Wellsford "
     "Diocesan Board of Education\u2019s SENCO programme team, who will observe a study day and read a "
     "sample of assignments. The Award Management Group agrees an improvement plan from the report each "
     "October, and the changes made are listed in the next year\u2019s programme handbook.")
table([
    ("Indicator", "Measure and source", "2009\u201310", "2010\u201311", "2011\u201312"),
    ("Participant competence and confidence",
     "Change between the Professional Profile at entry and the same Profile repeated at completion, outcome "
     "by outcome", "+1.0 band", "+1.0 band", "+1.2 bands"),
    ("Pupil progress",
     "Percentage of pupils in Unit 3 projects making at least expected progress between baseline and "
     "follow-up; measures submitted with Unit 3 and collated by the Service", "70%", "75%", "75%"),
    ("Pupil well-being",
     "Percentage of Unit 3 projects showing improvement in the second Every Child Matters measure "
     "(attendance, pupils\u2019 own ratings)", "60%", "65%", "70%"),
    ("Impact seen by headteachers", "Headteachers\u2019 survey 12 months after completion", "\u2014", "80%",
     "85%"),
    ("Completion", "Participants gaining the Award within two years", "85%", "90%", "90%"),
], size=8.5)
h2("8.1 Resources")
para("Participants have full access to the College library and to Aelred Online.")

# ------------------------------------------------------------------ 9
h1("9. Marketing")
para("The Service will be launched through a letter from the Director of Schools to every headteacher and "
     "chair of governors in May 2009, a workshop at the Diocesan Headteachers\u2019 Conference in June, the "
     "diocesan website and an article in Catholic Schools News. Each school\u2019s HCES adviser will raise "
     "the Award at the summer term visit.")

# ------------------------------------------------------------------ 10
h1("10. Financial plan")
fin = doc.add_table(rows=2, cols=4)
fin.style = "Table Grid"
cell_text(fin.cell(0, 0), "", size=9)
m = fin.cell(0, 1).merge(fin.cell(0, 3))
cell_text(m, "Projection (\u00a3)", bold=True, size=9)
shade(m, GREY)
for j, h in enumerate(("", "2009\u201310", "2010\u201311", "2011\u201312")):
    cell_text(fin.cell(1, j), h, bold=True, size=9)
    shade(fin.cell(1, j), GREY)
FIN = [
    ("Fee income, full programme (including bursaries)", "25,000", "30,000", "30,960"),
    ("Fee income, Fast Track and APL", "1,200", "1,650", "1,650"),
    ("Total income", "26,200", "31,650", "32,610"),
    ("College teaching and validation (per partnership agreement)", "15,200", "15,600", "16,000"),
    ("HCES staff time", "7,600", "7,800", "8,000"),
    ("Venues, catering and materials", "3,100", "2,600", "2,000"),
    ("Specialist contributors and placement fees", "2,470", "1,690", "1,700"),
    ("Total expenditure", "28,370", "27,690", "27,700"),
    ("Surplus / (deficit)", "(2,170)", "3,960", "4,910"),
]
for row in FIN:
    cells = fin.add_row().cells
    for j, val in enumerate(row):
        cell_text(cells[j], val, size=9, bold=row[0].startswith(("Total", "Surplus")),
                  align="r" if j else None)
para("", after=2)
para("Break-even in 2009\u201310 is 22 full-programme places; from 2010\u201311, when set-up costs fall "
     "away, it is 21. Any surplus is returned to the Bishop\u2019s Education "
     "Fund for bursaries.")

# ------------------------------------------------------------------ 11
h1("11. Key risks")
table([
    ("Risk", "Likelihood", "Impact", "Mitigation"),
    ("Fewer than 20 places taken up in 2009\u201310", "Medium", "High",
     "Launch through advisers\u2019 visits; Commission underwrites the first-year deficit"),
    ("M-level revalidation delayed", "Low", "High",
     "The College has scheduled the event; participants remain on the Level 6 award meanwhile"),
    ("Inconsistent marking between unit tutors", "Medium", "High",
     "Moderation arrangements will be agreed with the College before the first marking period"),
    ("Loss of a key tutor", "Low", "Medium", "Unit materials held on Aelred Online; College covers absence"),
], size=8.5)

# ------------------------------------------------------------------ Appendix 1
page_break()
h1("Appendix 1: Study days 2009\u201310")
table([
    ("Unit", "Saturday (Pastoral Centre)", "Thursday (St Aelred\u2019s)", "Focus"),
    ("Unit 1", "3 Oct 2009", "8 Oct 2009", "The law, policy and the SENCO in the Catholic school"),
    ("Unit 1", "12 Dec 2009", "17 Dec 2009", "Policy analysis presentations"),
    ("Unit 2", "16 Jan 2010", "21 Jan 2010", "Development, needs and consulting the child"),
    ("Unit 2", "20 Mar 2010", "25 Mar 2010", "Families and agencies; case study clinic"),
    ("Unit 3", "24 Apr 2010", "29 Apr 2010", "Data, provision mapping and planning the change"),
    ("Unit 3", "3 Jul 2010", "8 Jul 2010", "Reporting the change; the MA and what next"),
], size=8.5)

# ------------------------------------------------------------------ Appendix 2
h1("Appendix 2: Product specification \u2013 the national outcomes")
para("The table summarises each national outcome in our own words and shows where it is taught and "
     "assessed.")
U1, U2, U3 = "Unit 1", "Unit 2", "Unit 3"
ROWS = [
    ("G", "Professional attributes"),
    ("Fair, respectful relationships with pupils with SEN and their families", U2, "Unit 2 case study"),
    ("Gaining the commitment of colleagues and senior leaders", U3, "Unit 3 reflective log (ungraded)"),
    ("Anticipating and resolving problems; sound judgement on provision", U3, "Unit 3 report"),
    ("Clear speech and writing; listening to others", U1,
     "Unit 1 presentation and policy analysis; all assignments"),
    ("Using research and outside advice to improve practice", U3, "Unit 3 report (research review)"),
    ("Keeping up to date; own CPD", "The participant\u2019s own responsibility", "\u2014"),
    ("G", "Knowledge and understanding"),
    ("SEN law and the Code of Practice", U1, "Unit 1 policy analysis"),
    ("Every Child Matters and the SENCO", U1, "Unit 1 policy analysis"),
    ("Disability equality law", U1, "\u2014"),
    ("Child development and what affects it", U2, "Unit 2 case study"),
    ("The main types of SEN and disability", U2, "Unit 2 case study"),
    ("Approaches and resources for assessment, teaching and learning, including ICT", U3, "Unit 3 report"),
    ("School self-evaluation and improvement",
     "Not taught: participants are expected to know their school\u2019s SEF", "Unit 3 report"),
    ("Research and best practice in meeting SEN", U3, "Unit 3 report"),
    ("External agencies and how to get their support", U2, "Unit 2 case study"),
    ("G", "Professional skills"),
    ("Influencing inclusive policy and the use of resources with senior staff and governors", U1,
     "Unit 1 policy analysis"),
    ("Identifying needs, setting targets, planning and reviewing interventions", U3, "Unit 3 report"),
    ("Using other professionals\u2019 assessments", U2, "Unit 2 case study"),
    ("Using summative data and national tests to track progress", U3, "Unit 3 report"),
    ("Formative assessment by colleagues", "\u2014", "\u2014"),
    ("Access arrangements for tests and examinations", "Optional workshop", "\u2014"),
    ("Provision mapping and management", U3, "Unit 3 report (provision map)"),
    ("Deploying and managing support staff", "Unit 3 session led by the LA teaching assistant adviser",
     "\u2014"),
    ("Supporting colleagues\u2019 professional development",
     "Not included: covered by the Diocese\u2019s Leading Learning programme", "\u2014"),
    ("Reviewing provision with colleagues for school self-evaluation", U1, "Unit 1 policy analysis"),
    ("Involving pupils in planning and reviewing their provision", U2, "Unit 2 case study"),
    ("Liaising with parents and carers", U2, "Unit 2 case study"),
    ("Working with other services and voluntary organisations", U2, "Unit 2 case study"),
]
anx = doc.add_table(rows=1, cols=3)
anx.style = "Table Grid"
for j, h in enumerate(("National outcome (our summary)", "Taught in", "Assessed in")):
    cell_text(anx.cell(0, j), h, bold=True, size=9)
    shade(anx.cell(0, j), GREY)
for row in ROWS:
    cells = anx.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[1]).merge(cells[2])
        cell_text(m, row[1], bold=True, size=9, colour=WINE)
        shade(m, CREAM)
    else:
        for j, val in enumerate(row):
            cell_text(cells[j], val, size=8.5)

doc.save(OUT)
print("wrote", OUT)
