"""Build dj-01.docx: Kingsmere Education Consultants Ltd, Marketing Plan 2009-10 (invented provider).

Provider
--------
Kingsmere Education Consultants Ltd, Wychcombe: a private limited company
(three directors: a former LA senior adviser for SEN, a former primary SENCO,
a former secondary SENCO and inclusion consultant) that has run unaccredited
SENCO induction courses for three local authorities since 2005. The award, a
60-credit Postgraduate Certificate in Special Educational Needs Coordination,
was validated by the (invented) University of Ashfold on 11 February 2009;
the University awards it and Kingsmere teaches and assesses it under a
collaborative agreement. Wychcombe County Council, Halsey Borough Council and
Stenbury City Council appear as customers and stakeholders. March 2009,
2008-era vocabulary (CRB, DDA and the Disability Equality Duty, SEN Code of
Practice 2001, ECM, SENCO Regulations 2008, RAISEonline, P scales, IDP).

Layout (a kind of document not in the earlier sets: a company's internal
marketing plan for one product, sent to the TDA as it went to the Board)
------------------------------------------------------------------------
- A cover block, a document-control table and a circulation line.
- Numbered Heading 1 / Heading 2 sections in marketing vocabulary:
  1 Executive summary; 2 Where we are now (the market, a PEST grid, market
  research with a "What we heard / From / What the product does" table, a
  competitor table); 3 Customers and segments; 4 Marketing objectives (a KPI
  table); 5 The marketing mix, the "7 Ps": 5.1 Product (aims, units, tasks, a
  features-and-benefits table), 5.2 Price, 5.3 Place, 5.4 Promotion (a shaded
  "Key messages" box, testimonials from the old unaccredited course), 5.5
  People, 5.6 Process (the customer journey in a Word numbered list), 5.7
  Physical evidence; 6 Launch calendar (table with merged term rows); 7
  Budget; 8 Monitoring and review. Appendix A: product roadmap 2010-11
  (items "under consideration" or "planned"). Appendix B: a product coverage
  grid of the national outcomes in the company's own words, with merged
  group rows, tick columns per unit and an "Assessed in" column.
- The section numbers 5.1 to 5.7 collide with requirement ids 5.1-5.7
  (Product, Price, Place, Promotion, People, Process, Physical evidence).
- Page header ("COMMERCIAL IN CONFIDENCE") and footer with a strap-line.
- Three Word comments by directors (not part of the submission).

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the validated aims and the tasks are about attainment
  ("raise the attainment of pupils"); well-being and the five ECM outcomes
  appear only as a "benefit" in the features table, the footer strap-line
  and Unit 1 content.
- 1.5 not_met: consulting pupils appears only in the "Key messages" box
  ("Every child's voice heard"), in a testimonial-style remark about the
  2006-08 induction courses (past), as a competitor's module and as a
  roadmap item "under consideration".
- 1.9 and 6.0 partially_met: award on passing Tasks A-C plus 80% attendance,
  with the blanket claim that the three tasks "assess all of the national
  minimum outcomes", against a grid with dashes, optional sections, an
  assumed outcome, a roadmap row and a missing row.
- 2.1 partially_met: APCL of certificated Master's credit is offered; APEL
  is explicitly not ("We have decided not to offer accreditation of prior
  experiential learning"). The competitor's APEL is not Kingsmere's.
- 2.3 not_met: the assessment-only route is the competitor's (Holmchester)
  and a roadmap item "Under consideration".
- 2.5 partially_met: aftercare is an alumni newsletter and an MA discount
  (further opportunities only), nothing on setting professional targets.
- 3.3 partially_met: Kingsmere Online carries online units with tutor
  replies by Moodle message within two working days; no peer support (the
  forum is on the roadmap) and nothing on ICT for communication with schools.
- 4.3 partially_met: stakeholders co-deliver and host visits; their part in
  evaluation is only "we would like ... and will discuss with them".
- 5.3 not_met (wrong subject): the CRB checks described are on Kingsmere's
  directors and associates; nothing about checking candidates. A Word
  comment raising the point is not part of the submission.
- 5.4 partially_met: the three directors are well qualified, but the four
  associate tutors needed are still to be recruited "subject to enrolments".
- 5.6 partially_met: study folder, photocopied readers and e-journals via
  Moodle; the lending collection of assessment materials and assistive
  technology is only "planned for 2010".
- 5.9 partially_met: before-and-after confidence self-rating is measured;
  pupils' achievement only "we would like to be able to show ... will look
  at how this might be done".
- Outcomes (Appendix B): developed and assessed (met): A1, A2, A4, A5, A6,
  K1, K3, K5, K6, K7, K8, S1, S2, S2a, S2b, S3, S4, S5, S6, S8. Developed,
  "Assessed in" a dash or an unmarked learning log (A3, A7, K2, S2c
  partially_met). Assessed only in an "optional section" (K9, S9
  partially_met). "Assumed: covered in initial teacher training" with no
  unit ticked (K4 not_met). "Not in 2009-10 product" (S7 not_met). Access
  arrangements for tests and examinations have no row at all and appear
  only on the roadmap (S2d not_met).
- Met despite the marketing voice: E.1, E.2, 1.2, 1.3, 1.4, 1.6, 1.7, 1.8,
  2.2 (Starting Point review and Individual Learning Plan), 2.4 (tailoring
  of study days to the cohort profile, tutorial hours by need, costs), 3.1
  (access audits, Clear Print, disclosure explained, adjustments through the
  University's Disability Service), 3.2, 4.1 and 4.2 (market research
  table), 5.1 (internal and external methods, Product Review, change log),
  5.2, 5.5 (guest specialists and an arranged study visit), 5.7 (associate
  induction, Tutor Handbook, mentor briefing and Mentor Guide), 5.8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("dj-01-kingsmere-marketing-plan.docx")

doc = Document()
doc.core_properties.author = "Dev Raichura"
doc.core_properties.title = "Kingsmere Marketing Plan 2009-10: PGCert SEN Coordination"
doc.core_properties.company = "Kingsmere Education Consultants Ltd"

normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
for name, size in (("Heading 1", 14), ("Heading 2", 12)):
    st = doc.styles[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor(0x1F, 0x4E, 0x5F)

TEAL = "1F4E5F"
PALE = "DCEBEF"
SAND = "F6F1E1"


def para(text="", bold=False, italic=False, size=None, align=None, after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = None
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


def bullet(text, lead=None):
    p = doc.add_paragraph(style="List Bullet")
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    p.add_run(text)
    return p


def numbered(text, lead=None):
    p = doc.add_paragraph(style="List Number")
    if lead:
        r = p.add_run(lead + " ")
        r.bold = True
    p.add_run(text)
    return p


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9, colour=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    return r


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size,
                      colour=("FFFFFF" if header and i == 0 else None))
            if header and i == 0:
                shade(c, TEAL)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def caption(text):
    p = para(text, bold=True, size=9, after=2)
    p.paragraph_format.keep_with_next = True
    return p


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Kingsmere Education Consultants Ltd  |  Marketing Plan 2009\u201310  |  COMMERCIAL IN CONFIDENCE")
hr.font.size = Pt(8)
hr.font.color.rgb = RGBColor.from_string(TEAL)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Kingsmere Education Consultants Ltd \u00b7 Registered in England and Wales No. 05318842 \u00b7 "
                "Kingsmere House, 14 Abbey Road, Wychcombe WY2 4HS \u00b7 Every SENCO. Every school. Every child "
                "healthy, safe and achieving. \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover block
para("KINGSMERE EDUCATION CONSULTANTS LTD", bold=True, size=18, after=2)
para("Marketing Plan 2009\u201310", bold=True, size=16, after=2)
para("Product: Postgraduate Certificate in Special Educational Needs Coordination "
     "(the National Award for SEN Coordination), delivered with the University of Ashfold", size=12, after=10)
table([
    ("Version", "Date", "Author", "Status / change"),
    ("1.0", "19 January 2009", "DR", "First draft for directors"),
    ("1.1", "13 February 2009", "DR", "Revised after the University of Ashfold validation event (11 February)"),
    ("1.2", "2 March 2009", "DR / CO", "Pricing and launch calendar agreed; roadmap moved to Appendix A"),
    ("1.3", "9 March 2009", "DR", "Approved by the Board, 16 March 2009"),
], size=8)
para("")
para("Circulation: the directors; associate tutors; Dr Miriam Fell (University of Ashfold link tutor). "
     "A copy of this plan accompanies our application to the TDA for approval as a provider of the National "
     "Award, because it sets out the programme as we will sell it and run it.", italic=True, size=9)

# ------------------------------------------------------------------ 1 Executive summary
doc.add_heading("1  Executive summary", level=1)
para("From September 2009 every teacher new to the role of SENCO will have to gain the National Award for "
     "SEN Coordination within three years of taking up the post. For the first time there is a mandatory "
     "qualification market for SEN leadership in our three core authorities, and Kingsmere intends to be the "
     "first-choice provider in it.")
para("Kingsmere has run unaccredited SENCO induction courses for Wychcombe, Halsey and Stenbury since 2005 "
     "(about 260 delegates). The University of Ashfold validated our Postgraduate Certificate in Special "
     "Educational Needs Coordination on 11 February 2009 and will award it. The programme is worth 60 credits "
     "at Master's level (FHEQ level 7). Kingsmere recruits, teaches and assesses; the University registers "
     "participants, moderates assessment and makes the award through its Board of Examiners.")
para("Our objective is 48 enrolments in 2009\u201310 (two cohorts of 24), rising to 72 in 2010\u201311, at a "
     "contribution margin of 35%. The plan below sets out the market, the product and the marketing mix, "
     "the launch calendar, the budget and how we will monitor results.")

# ------------------------------------------------------------------ 2 Where we are now
doc.add_heading("2  Where we are now", level=1)
doc.add_heading("2.1  The market", level=2)
para("Our three core authorities appoint about 110 new SENCOs a year between them (LA figures, 2008), and "
     "about a third of serving SENCOs have been in post for less than three years. The Education (Special "
     "Educational Needs Co-ordinators) (England) Regulations 2008 already require the SENCO to be a qualified "
     "teacher; the amending regulations expected this spring will make the National Award compulsory for "
     "new appointees. Headteachers are the buyers; SENCOs are the users; LA SEN teams are the main influencers.")

doc.add_heading("2.2  The environment (PEST)", level=2)
pest = doc.add_table(rows=2, cols=2)
pest.style = "Table Grid"
PEST = [
    ("Political", "SENCO Regulations 2008 and the 2009 amendments; Lamb Inquiry into parental confidence "
     "(announced 2008); Ofsted's continuing focus on SEN in school inspections; TDA approval of providers."),
    ("Economic", "School budgets tight from April 2009; heads will expect value for money and as few days "
     "out of school as possible; TDA funding for places expected to be routed through LAs."),
    ("Social", "Rising identification of speech, language and communication needs and autism; parents "
     "better informed and more assertive; turnover of SENCOs in small primary schools."),
    ("Technological", "Schools increasingly expect some online learning; two competitors offer fully online "
     "routes; RAISEonline and school tracking systems now central to SENCOs' work."),
]
for k, (head, body) in enumerate(PEST):
    c = pest.cell(k // 2, k % 2)
    cell_text(c, head, bold=True, size=9, colour=TEAL)
    p = c.add_paragraph()
    r = p.add_run(body)
    r.font.size = Pt(9)
    shade(c, SAND)
para("")

doc.add_heading("2.3  What our customers told us", level=2)
para("We carried out our own market research between October and December 2008:")
bullet("a questionnaire, online and on paper, to the headteachers of all 212 maintained schools in Wychcombe, "
       "Halsey and Stenbury (94 replies, 44%);")
bullet("three focus groups with 31 serving SENCOs, 12 of them new to the role;")
bullet("interviews with the principal SEN officers of the three authorities and with the manager of the "
       "Halsey Parent Partnership Service;")
bullet("a workshop with the Wychcombe Parents' Forum for families of disabled children (11 parents).")
para("The table shows the main findings and what the product now does about each. The draft programme "
     "outline was changed in four places as a result before it went to validation.")
caption("Table 1  What we heard, and what the product does about it")
table([
    ("What we heard", "From", "What the product does"),
    ("Time out of school is the biggest barrier: no more than six full days out", "Headteachers (71% of replies)",
     "Six study days, with an evening \u2018twilight\u2019 route for schools that cannot release staff in the day "
     "(see 5.3)"),
    ("New SENCOs struggle most with managing teaching assistants and with using data", "SENCO focus groups; "
     "LA SEN officers", "A whole study day in Unit 3 on deploying and managing TAs; a study day in Unit 2 on "
     "tracking progress with RAISEonline, P scales and school data"),
    ("SENCOs cannot cost provision or show heads what works", "LA SEN officers", "Provision mapping and "
     "costing in Unit 2 and Task B"),
    ("Parents want SENCOs who listen and explain plainly", "Parents' Forum; Parent Partnership Service",
     "A session in Unit 2 co-delivered by the Halsey Parent Partnership Service; a record of a meeting with "
     "parents is part of Task C"),
    ("Courses are too academic and not rooted in the job", "SENCO focus groups", "All three tasks are set in "
     "the participant's own school"),
], size=8)
para("")

doc.add_heading("2.4  Competitors", level=2)
caption("Table 2  Competitor analysis (February 2009)")
comp = table([
    ("Provider", "Offer and price", "What they offer that we do not", "Our response"),
    ("University of Holmchester (distance learning)", "PGCert, 60 credits, fully online; \u00a31,950",
     "APEL of up to 30 credits for experienced SENCOs; an assessment-only route for SENCOs with a track "
     "record; a \u2018pupil voice\u2019 module in which participants interview pupils about their provision",
     "Fast track and pupil voice: see roadmap (Appendix A)"),
    ("Northbrook University with Halsey Borough Council", "PGCert taught in Halsey; \u00a31,400 "
     "(subsidised for Halsey schools)", "Price; local and known to Halsey heads",
     "Compete on flexibility, practicality and our track record"),
    ("St Anselm's University College", "PGCert on campus, Saturdays; \u00a31,750",
     "Weekend study; large SEN library", "Our twilight route; study days in schools"),
], size=8)
holm = comp.cell(1, 0).paragraphs[0].runs[0]
doc.add_comment(holm, text="Source: Holmchester website and prospectus, February 2009. Check again in May.",
                author="Dev Raichura", initials="DR")
para("")

# ------------------------------------------------------------------ 3 Customers
doc.add_heading("3  Customers and segments", level=1)
bullet("new SENCOs in maintained primary schools in the three core authorities (about 70% of the market);",
       "Core:")
bullet("secondary and special school SENCOs, and teachers designated to take on the role;", "Secondary:")
bullet("independent schools and neighbouring authorities (Marlston, Eddington).", "Growth:")
para("In every segment the headteacher decides and pays; our materials therefore speak to heads about "
     "results and cost, and to SENCOs about practicality and support.")

# ------------------------------------------------------------------ 4 Objectives
doc.add_heading("4  Marketing objectives and key performance indicators", level=1)
caption("Table 3  KPIs for 2009\u201310")
kpi = table([
    ("Objective", "Measure", "Target 2009\u201310", "Owner"),
    ("Enrolments", "Confirmed registrations with the University", "48", "DR"),
    ("Conversion", "Applications as a % of enquiries", "40%", "DR"),
    ("Completion", "% passing all three tasks within 15 months", "85%", "CO"),
    ("Satisfaction", "% of study-day evaluations rating the day good or excellent", "90%", "CO"),
    ("Participant confidence", "Gain between the Starting Point self-audit and the same audit repeated at "
     "the end of the programme (5-point scale, every outcome)", "Average gain of 1.5 points", "CO"),
    ("Repeat business", "Schools or LAs booking a second place within 12 months", "25%", "DR"),
], size=8)
p = para("Pupil outcomes. We would like to be able to show heads the difference the course makes to their "
         "pupils, and will look at how this might be done once the first cohort is under way.")
doc.add_comment(p.runs[0], text="Heads will ask about this. Can we promise anything for 2009-10?",
                author="Carol Ofori", initials="CO")

# ------------------------------------------------------------------ 5 Marketing mix
doc.add_heading("5  The marketing mix", level=1)
para("We use the seven Ps of services marketing. Sections 5.1 to 5.7 describe each in turn.")

doc.add_heading("5.1  Product", level=2)
para("The product is a 60-credit Postgraduate Certificate at Master's level, validated and awarded by the "
     "University of Ashfold and taught and assessed by Kingsmere under a collaborative agreement with the "
     "University. The validated aims are:")
bullet("to develop SENCOs able to lead and coordinate provision in line with the SEN Code of Practice;")
bullet("to raise the attainment of pupils with SEN and/or disabilities through better-targeted provision;")
bullet("to give participants the Master's-level skills of critical enquiry and reflection.")
para("There are three 20-credit units. Unit 1 comes first; Units 2 and 3 may be taken in either order.")
para("Unit 1  The SENCO, the law and the school.", bold=True, after=0)
para("The Education Act 1996 and the SEN Code of Practice 2001; SENDA 2001; the DDA 1995 and 2005 and the "
     "Disability Equality Duty; the SENCO Regulations 2008; the Children Act 2004 and Every Child Matters; "
     "what Ofsted has found (Special educational needs and disability: towards inclusive schools, 2004; "
     "Inclusion: does it matter where pupils are taught?, 2006); the SENCO's strategic role with the head, "
     "senior team and governors; winning colleagues' commitment; keeping up to date. Task A: Policy "
     "Critique (4,000 words), a critical review of the participant's school's SEN policy and practice "
     "against the Code of Practice and the disability equality duties, with recommendations that the "
     "participant presents to the headteacher and the SEN governor.")
para("Unit 2  Understanding and meeting needs.", bold=True, after=0)
para("The common areas of need (behavioural, emotional and social difficulties; specific learning "
     "difficulties, including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties), using the Inclusion Development Programme materials and the "
     "Bercow Review (2008); identifying needs from observation, data and assessment; using reports from "
     "educational psychologists and therapists; tracking progress with RAISEonline, P scales and national "
     "test data; setting targets and planning and reviewing interventions; provision mapping and costing; approaches, resources and ICT, "
     "including assistive technology; what research says works. A half-day with the Halsey Parent Partnership "
     "Service on working with parents and carers; a multi-agency day with the Wychcombe Educational "
     "Psychology Service, Halsey speech and language therapy, CAMHS and local voluntary organisations. "
     "Task B: Provision Review (5,000 words), in which the participant identifies a group of pupils with "
     "SEN, sets targets for them, maps and costs the provision made for them, analyses their progress "
     "data, draws on the reports of other professionals and the research literature, and recommends "
     "changes. It includes a case study of one pupil in the group, covering the participant's work with "
     "the pupil and the family.")
para("Unit 3  Leading SEN provision.", bold=True, after=0)
para("Provision mapping and management; deploying and managing teaching assistants; coaching colleagues "
     "through observation, feedback and modelling; assessment for learning with pupils with SEN; school "
     "self-evaluation, the SEF and improvement planning; managing the SENCO's workload; making decisions "
     "about provision. Task C: Leadership Portfolio and professional discussion. The participant leads a "
     "change in SEN provision in their school, agreed with the headteacher, and evaluates with colleagues "
     "the difference it made to practice, showing how that evaluation feeds the school's self-evaluation "
     "(SEF) and improvement plan. The portfolio holds the change plan, the deployment plan for support "
     "staff affected by the change, a coaching log with observation notes, a record of a meeting with parents and what followed, the presentation made to "
     "the senior team and the evaluation. A 30-minute professional discussion with two assessors follows, "
     "based on the portfolio and a case scenario.")
para("The unit readers are revised every summer by the Programme Leader to take in new Ofsted survey "
     "reports, DCSF guidance and published research, and the tutor team reviews each study day's content "
     "against them before the next cohort starts.")
para("Every study day is held in a school and every task is carried out in the participant's own school, "
     "so that what is learned is tried out, evaluated and improved in practice between study days.")
caption("Table 4  Features and benefits")
table([
    ("Feature", "Benefit to the SENCO", "Benefit to the school"),
    ("Every task set in your own school", "No academic exercises divorced from the job",
     "Work that improves provision from the first term"),
    ("Tutors who have been SENCOs and LA advisers", "Credible, practical support", "Confidence in the investment"),
    ("Master's-level credit from the University of Ashfold", "60 credits towards an MA",
     "A recognised qualification that meets the regulations"),
    ("Starting Point review", "A programme that starts from what you already know",
     "No paying for what your SENCO can already do"),
    ("Focus on outcomes", "Clarity about what good provision looks like",
     "Better outcomes for pupils with SEN and disabilities in all five Every Child Matters outcomes"),
], size=8)
para("")

doc.add_heading("5.2  Price", level=2)
para("The fee for 2009\u201310 is \u00a31,650 per participant, invoiced to the school in two instalments "
     "(September and February). It includes all study days and lunch, the Starting Point review, between two "
     "and six hours of individual tutorial (allocated from the Starting Point review), University "
     "registration and assessment, and access to Kingsmere Online. Early booking (before 30 June) earns 5% "
     "off; an authority booking three or more places earns 10% off.")
para("At \u00a31,650 we are about \u00a3300 below the regional average for a 60-credit PGCert. We keep the price "
     "there by holding study days in partner schools rather than hotels, by allocating tutorial time "
     "where the Starting Point review shows it is needed, and by adjusting each cohort's study days to its "
     "Starting Point profile: where most of a cohort already meets an outcome, the session on it is "
     "shortened to a briefing and the time is given to the areas where the cohort is weakest. Each "
     "participant's Individual Learning Plan is reviewed at every tutorial, so that progress towards the "
     "outcomes is checked throughout and not only at the end.")
para("Participants who already hold relevant Master's-level credit, for example our own Certificate in "
     "Inclusion Leadership (20 credits, awarded by Ashfold between 2006 and 2008), may claim exemption from "
     "Unit 1 under the University's regulations for the Accreditation of Prior Certificated Learning (APCL); "
     "the fee is then \u00a31,150. We have decided not to offer accreditation of prior experiential learning "
     "(APEL) for this award: in our experience it takes more tutor time than it saves.")

doc.add_heading("5.3  Place", level=2)
para("Study days are held at three partner schools: Abbeyfields Primary School (Wychcombe), Halsey Park "
     "School (a special school) and Stenbury Community College. Each was audited in January 2009 against our "
     "access checklist (step-free access, accessible toilet, hearing loop, reserved parking). Where a "
     "participant's needs are not met by a venue we move the session or the group.")
para("Flexibility is our main selling point against the university-based competition:")
bullet("two start points, September 2009 and January 2010;")
bullet("Units 2 and 3 in either order after Unit 1;")
bullet("a day route (six study days) or a twilight route (twelve sessions, 4.30 to 7.30 pm, at Stenbury "
       "Community College) for schools that cannot release staff in the day;")
bullet("a participant who misses a study day may attend the same day with the other cohort;")
bullet("up to 24 months to complete, by agreement with the University.")
para("Kingsmere Online (Moodle, hosted by the University) carries the unit readers, the session materials "
     "and two short online units (Unit 1 \u2018Legal update\u2019 and Unit 2 \u2018Assessment tools\u2019), "
     "which participants work through between study days. Tutors answer questions sent through the Moodle "
     "messaging tool within two working days. A discussion forum for participants is on the roadmap for "
     "2010\u201311 (Appendix A).")

doc.add_heading("5.4  Promotion", level=2)
para("Channels: a mailing to every head in March and again in May; presentations at the three authorities' "
     "SENCO network meetings and heads' briefings; our website; a stand at the Wychcombe Inclusion Conference "
     "(June 2009); a \u2018recommend a colleague\u2019 scheme for former delegates.")
para("Accessible promotion. All our printed leaflets follow the RNIB Clear Print guidelines and are "
     "available on request in large print, on audio CD and electronically. The application form asks every "
     "applicant whether they have a disability or health condition for which adjustments might help, explains "
     "why we ask and who will see the answer, and invites them to talk to the Director of Programmes before "
     "the Starting Point review. Reasonable adjustments agreed at that review are recorded on the Individual "
     "Learning Plan and passed, with the participant's consent, to the University's Disability Service, "
     "which confirms adjustments to assessment such as extended deadlines, a scribe, or an alternative format "
     "for the Task C professional discussion. Images in our materials include disabled adults and children, "
     "and we invite a disabled speaker from the Wychcombe Parents' Forum to each Unit 2 cohort.")
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
bc = box.cell(0, 0)
shade(bc, PALE)
cell_text(bc, "Key messages", bold=True, size=10, colour=TEAL)
for m in ("Kingsmere puts the child at the centre of everything we do.",
          "Every child's voice heard.",
          "Practical, not academic: from SENCOs, for SENCOs.",
          "The National Award without losing your SENCO for weeks on end."):
    bp = bc.add_paragraph()
    br = bp.add_run("\u2022  " + m)
    br.font.size = Pt(10)
para("")
para("Testimonials from the induction courses will be used in the leaflet, with permission:", after=2)
para("\u201cThe most useful course I have been on in twenty years of teaching.\u201d (SENCO, Halsey primary "
     "school, 2007 course)", italic=True, after=2)
para("\u201cThe session on talking to pupils about their support changed how I run reviews.\u201d (SENCO, "
     "Stenbury, 2008 course)", italic=True)
para("Our 2006\u201308 induction courses included a popular session on consulting pupils, which many delegates "
     "still mention.")

doc.add_heading("5.5  People", level=2)
para("The directors teach, assess and lead the programme:")
bullet("Helen Marchbank, Managing Director: Senior Adviser for SEN and Inclusion, Wychcombe County Council "
       "(1998\u20132005); MA in Special and Inclusive Education; Ofsted team inspector (1996\u20132004). She still "
       "carries out SEN reviews in about fifteen schools a year.")
bullet("Carol Ofori, Director of Programmes and Programme Leader: SENCO for eleven years in two Halsey "
       "primary schools; MEd (SEN); Advanced Diploma in Specific Learning Difficulties (AMBDA). She supports "
       "ten schools a year as an SEN consultant.")
bullet("Dev Raichura, Director of Business Development: secondary SENCO and Halsey inclusion consultant; "
       "NPQH. He teaches the sessions on data and provision mapping.")
para("We will recruit four associate tutors from our network of former SENCOs and advisers, subject to "
     "enrolments reaching 36; their appointment will be approved by the University. The University's link "
     "tutor, Dr Miriam Fell, Senior Lecturer in Inclusive Education, teaches one session in each unit.")
para("Specialists. Each unit draws on outside specialists: an educational psychologist from the Wychcombe "
     "Educational Psychology Service, a speech and language therapist from Halsey, the Stenbury Autism "
     "Outreach Team, CAMHS and the Halsey Parent Partnership Service. Every participant also makes a half-day "
     "study visit, arranged by Kingsmere, to specialist provision chosen to match an area in their Individual "
     "Learning Plan (Halsey Park School, the Stenbury language unit or the Wychcombe Pupil Referral Unit), "
     "with a visit brief agreed beforehand with the host.")
para("Tutors and mentors. Associate tutors attend a paid induction day with the Programme Leader before they "
     "teach, work from the Kingsmere Tutor Handbook (their role, the marking criteria, feedback within 15 "
     "working days) and attend a standardisation meeting before each marking period. Every participant's "
     "headteacher names a school mentor, usually a senior leader, who is invited to a two-hour mentor "
     "briefing at the start of the programme (repeated as a twilight) and receives the Mentor Guide, which "
     "sets out the mentor's three tasks: agreeing the Individual Learning Plan, a mid-point review, and "
     "signing the witness statements in the Task C portfolio.")
p = para("Safer recruitment. Every Kingsmere director and associate tutor holds an enhanced CRB disclosure, "
         "renewed every three years, and our Safeguarding Policy is reviewed every year by the Board.")
doc.add_comment(p.runs[0], text="Should we also say what we check on participants? The TDA spec (para 26) "
                "asks about candidates' CRB.", author="Helen Marchbank", initials="HM")
para("Service standards: enquiries answered within one working day; information pack sent within two.")

doc.add_heading("5.6  Process: the customer journey", level=2)
numbered("logged on our database; information pack and application form sent.", "Enquiry:")
numbered("the applicant completes the form and the headteacher signs the nomination, confirming release "
         "for study days and naming a mentor.", "Application:")
numbered("the Programme Leader reviews each application against the published entry criteria: qualified "
         "teacher status; in post as SENCO or designated to take up the role by January 2010; at least two "
         "years' teaching; the headteacher's commitment. Where an application leaves doubt about whether the "
         "applicant will be able to meet the outcomes by the end of the course, for example a teacher with "
         "little experience of pupils with SEN, we hold a telephone interview. Applicants we judge not yet "
         "ready are given written advice on what to do first (usually our two-day SENCO Induction course and a "
         "term alongside an experienced SENCO), and the Programme Leader speaks to the headteacher.", "Selection:")
numbered("before the first study day each participant completes the Starting Point self-audit, which lists "
         "every national minimum outcome, and rates their knowledge and practice against each, with "
         "evidence. The tutor tests the self-ratings in a one-hour Starting Point interview, in school or by "
         "telephone (for example by asking which data the participant actually uses), and together they agree "
         "an Individual Learning Plan: the outcomes the participant will concentrate on, the tutorial hours "
         "allocated, the study visit, and the personal targets against which progress is judged at the "
         "mid-point review.", "Starting Point:")
numbered("study days, online units, tutorials, the study visit and the mid-point review with tutor and "
         "mentor, at which the Individual Learning Plan is revised.", "Learning:")
numbered("each task is marked by the participant's tutor against the University's level 7 criteria. A second "
         "tutor blind-marks 25% of scripts and every fail and distinction; the team holds a moderation meeting "
         "after each marking window; the link tutor samples each batch; and the external examiner, appointed "
         "by the University, reviews a sample and attends the Board of Examiners. The Task C professional "
         "discussion is conducted by two assessors.", "Assessment:")
numbered("participants who pass Tasks A, B and C and have attended at least 80% of the taught sessions are "
         "recommended to the University's Board of Examiners for the award. Between them the three tasks "
         "assess all of the national minimum outcomes (Appendix B).", "Award:")
numbered("graduates join the Kingsmere Alumni Network (a termly newsletter and update twilights at a reduced "
         "rate) and are offered 10% off the University of Ashfold's MA Inclusive Education modules. We send "
         "each graduate's headteacher a copy of the award letter.", "Aftercare:")

doc.add_heading("5.7  Physical evidence", level=2)
para("Participants receive a Kingsmere study folder with session handouts and the unit readers (copied under "
     "the University's CLA licence), and a log-in to Kingsmere Online, through which they can reach the "
     "University's e-journals. A lending collection of assessment materials and assistive technology for "
     "participants to try out in school is planned for 2010 (Appendix A). Certificates are issued by the "
     "University; Kingsmere issues a record of study days attended.")

# ------------------------------------------------------------------ 6 Launch calendar
doc.add_heading("6  Launch calendar", level=1)
caption("Table 5  Launch calendar, March to December 2009")
cal = doc.add_table(rows=1, cols=3)
cal.style = "Table Grid"
for j, h in enumerate(("When", "Activity", "Owner")):
    cell_text(cal.cell(0, j), h, bold=True, colour="FFFFFF")
    shade(cal.cell(0, j), TEAL)
CAL = [
    ("SPRING TERM 2009", None, None),
    ("March", "Mailing 1 to all heads; website pages live; TDA application submitted", "DR"),
    ("SUMMER TERM 2009", None, None),
    ("April\u2013May", "SENCO network presentations in all three authorities; mailing 2", "DR / CO"),
    ("June", "Wychcombe Inclusion Conference stand; early-booking deadline 30 June", "DR"),
    ("July", "Selection completed for Cohort 1; associate tutors appointed if numbers allow", "CO"),
    ("AUTUMN TERM 2009", None, None),
    ("September", "Cohort 1 Starting Point reviews; first study day", "CO"),
    ("October\u2013November", "Recruitment for Cohort 2 (January start); mentor briefings", "DR / CO"),
    ("December", "First Product Review to the Board", "CO"),
]
for when, what, who in CAL:
    cells = cal.add_row().cells
    if what is None:
        m = cells[0].merge(cells[2])
        cell_text(m, when, bold=True, size=8)
        shade(m, SAND)
        continue
    cell_text(cells[0], when, size=8)
    cell_text(cells[1], what, size=8)
    cell_text(cells[2], who, size=8)
para("")

# ------------------------------------------------------------------ 7 Budget
doc.add_heading("7  Marketing budget", level=1)
table([
    ("Item", "2009\u201310 (\u00a3)"),
    ("Leaflets and mailings (two mailings, 212 schools, plus accessible formats)", "2,400"),
    ("Conference stand and network presentations", "1,100"),
    ("Website pages", "600"),
    ("Launch events (two twilight information sessions)", "800"),
    ("Total", "4,900"),
], size=8)
para("")

# ------------------------------------------------------------------ 8 Monitoring
doc.add_heading("8  Monitoring and review", level=1)
para("We will know whether the plan and the product are working from the following sources.")
bullet("an evaluation sheet at the end of every study day; an end-of-unit questionnaire; the Starting Point "
       "self-audit repeated at the end of the programme, giving a before-and-after measure of each "
       "participant's confidence against every outcome; the tutors' end-of-unit reviews; completion and pass "
       "rates by cohort.", "Internal:")
bullet("the annual monitoring report that we write for the University and that its Partnerships Committee "
       "scrutinises; the external examiner's annual report on standards and on the programme.", "External:")
para("The Programme Leader brings this evidence together in a termly Product Review to the Board. The changes "
     "agreed are recorded in the Product Change Log, reported to the University through annual monitoring, "
     "and built into the next cohort's Starting Point materials and study-day plans.")
para("Stakeholders already help to deliver the programme: LA SEN officers and specialists teach sessions, "
     "the Halsey Parent Partnership Service co-delivers the parents' session, and three schools host study "
     "days and visits. We would like the three authorities to have a say in how the programme is reviewed, "
     "and will discuss with them how best this might happen.")

# ------------------------------------------------------------------ Appendix A
doc.add_heading("Appendix A  Product roadmap 2010\u201311", level=1)
para("The items below are under consideration for the second year. None of them is part of the 2009\u201310 "
     "product.", italic=True)
table([
    ("Item", "Reason", "Status"),
    ("Fast Track: an assessment-only route for experienced SENCOs", "Parity with Holmchester",
     "Under consideration; would need University agreement"),
    ("Peer discussion forum on Kingsmere Online", "Requests from 2008 delegates", "Planned for 2010\u201311"),
    ("Pupil voice: a half-day on consulting pupils and involving them in reviewing their provision",
     "Parity with Holmchester", "Under consideration"),
    ("Access arrangements for tests and examinations", "Demand from secondary SENCOs", "Under consideration"),
    ("Lending collection of assessment materials and assistive technology", "Participants' requests",
     "Planned for 2010"),
], size=8)
para("")

# ------------------------------------------------------------------ Appendix B
doc.add_heading("Appendix B  Product coverage grid", level=1)
para("The grid shows, in our own words, where each national minimum outcome is developed (\u2713) and which "
     "task assesses it.")
GRID = [
    ("PROFESSIONAL ATTRIBUTES", None),
    ("Fair, respectful relationships with pupils with SEN and their parents", "", "\u2713", "",
     "Task B (case pupil and family)"),
    ("Winning the commitment of the head, senior team and colleagues", "\u2713", "", "\u2713",
     "Task A (presentation to head and SEN governor); Task C"),
    ("Prioritising, managing time and delegating", "", "", "\u2713", "\u2014"),
    ("Anticipating and solving problems; sound decisions about provision", "", "", "\u2713",
     "Task C professional discussion (case scenario)"),
    ("Clear speaking and writing; listening to others' views", "\u2713", "", "\u2713",
     "Tasks A and B (writing); Task C discussion (speaking and listening)"),
    ("Using research and outside advice to improve practice", "", "\u2713", "", "Task B"),
    ("Keeping up to date; own CPD", "\u2713", "", "", "Learning log (not marked)"),
    ("KNOWLEDGE AND UNDERSTANDING", None),
    ("SEN law and the Code of Practice, and putting them into practice", "\u2713", "", "", "Task A"),
    ("Every Child Matters and the SENCO's part in it", "\u2713", "", "", "\u2014"),
    ("Disability equality law and what it requires", "\u2713", "", "", "Task A"),
    ("How children develop", "", "", "", "Assumed: covered in initial teacher training"),
    ("The common types of SEN and disability and their effect on learning", "", "\u2713", "", "Task B"),
    ("Approaches, strategies and resources, including ICT", "", "\u2713", "", "Task B"),
    ("School self-evaluation and improvement", "", "", "\u2713", "Task C"),
    ("Research and best practice in meeting SEN", "", "\u2713", "", "Task B"),
    ("External agencies and getting specialist support", "", "\u2713", "", "Task B (optional section)"),
    ("PROFESSIONAL SKILLS", None),
    ("Shaping an inclusive ethos, policy and resources with senior staff and governors", "\u2713", "", "\u2713",
     "Task A"),
    ("Identifying needs, setting targets, planning and reviewing interventions", "", "\u2713", "", "Task B"),
    ("Using other professionals' assessments", "", "\u2713", "", "Task B"),
    ("Using summative data and national tests to track progress", "", "\u2713", "", "Task B"),
    ("Helping colleagues develop formative assessment", "", "", "\u2713", "\u2014"),
    ("Provision mapping; finding ineffective or missing provision", "", "\u2713", "\u2713", "Task B"),
    ("Deploying and managing support staff", "", "", "\u2713", "Task C"),
    ("Developing colleagues: observation, feedback, modelling, coaching", "", "", "\u2713", "Task C"),
    ("Reviewing provision with colleagues to inform self-evaluation", "", "", "\u2713", "Task C"),
    ("Involving pupils in planning and reviewing their provision", "", "", "",
     "Not in 2009\u201310 product (Appendix A)"),
    ("Working with parents and carers", "", "\u2713", "", "Task C"),
    ("Working with other services and voluntary organisations", "", "\u2713", "", "Task B (optional section)"),
]
g = doc.add_table(rows=1, cols=5)
g.style = "Table Grid"
for j, h in enumerate(("Outcome (our summary)", "Unit 1", "Unit 2", "Unit 3", "Assessed in")):
    cell_text(g.cell(0, j), h, bold=True, size=8, colour="FFFFFF")
    shade(g.cell(0, j), TEAL)
for row in GRID:
    cells = g.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[4])
        cell_text(m, row[0], bold=True, size=8)
        shade(m, PALE)
        continue
    for j, val in enumerate(row):
        cell_text(cells[j], val, size=8)
        if j in (1, 2, 3):
            cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for row in g.rows:
    for j, w in enumerate((7.0, 1.4, 1.4, 1.4, 5.2)):
        row.cells[j].width = Cm(w)
para("")
para("Dev Raichura, Director of Business Development, for the Board of Kingsmere Education Consultants Ltd, "
     "March 2009.", italic=True, size=9)

doc.save(OUT)
print("wrote", OUT)
