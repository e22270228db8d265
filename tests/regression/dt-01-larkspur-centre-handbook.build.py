"""Build dt-01-larkspur-centre-handbook.docx (blind test application).

PROVIDER
  The Larkspur Association of Independent and Non-Maintained Special Schools
  (invented): 26 member schools in the East Midlands and South Yorkshire. Its
  Professional Learning office (Helen Marchbank, Director of Professional
  Learning; Dr Owen Pritchard, Programme Director; Carol Fenn, Association
  Moderator) runs the SENCO National Award for teachers in maintained schools,
  validated by the University of Ormsby (invented; link tutor Dr Priya Raman),
  and taught by the training staff of member schools approved as "delivery
  centres": Brindle House School, St Kilda's School, Thornby Grange School and
  Oakhill College (approved), Fernside School and Westwood Lodge (applicants).
  Award: PG Certificate in Special Educational Needs Coordination (National
  Award), 60 credits at Level 7, modules ED7201 and ED7202. February 2009.

KIND OF DOCUMENT
  An association's DELIVERY CENTRE HANDBOOK, in the manner of an awarding
  body's centre-approval handbook, sent as the application with a short
  covering note: the rulebook member schools sign up to before they may
  teach. Part A (about the programme, roles table, centre list with status),
  Part B (ten centre approval criteria CA1-CA10, each a table with a merged
  title row and three rows: Requirement / Guidance / Evidence; the Guidance is
  expressly NOT a condition), Part C (centre agreement, numbered clauses in a
  Word numbered list), Part D (the common programme core, D1-D16, with a
  study-day table and an outcome map with merged group rows and three notes),
  Part E (the blank centre application form: prompts and empty answer cells).
  A document control table, Heading styles, a shaded "illustrative extract"
  box, page header and footer (never evidence).

TRAPS (requirement ids affected)
  - Guidance rows, not requirements: placements are only "may offer" and
    "not required" (CA6), and the one concrete offer is an illustrative
    extract from ONE centre's application -> 5.5 partially_met (specialist
    staff sessions are a Requirement, so expertise is met, placements not).
    Local reference groups of LA officers, heads and parents are only
    encouraged (CA8 Guidance); stakeholders teach sessions (Days 2, 11) ->
    4.3 partially_met.
  - Negation about the wrong people: CA3 requires CRB checks on centre tutors
    and visiting speakers, then says centres "are not required to see, verify
    or record participants' CRB disclosures, and the Association does not ask
    for them at admission" -> 5.3 not_met.
  - Deferral to a blank form: between-study-day support and whether tutors
    moderate the boards are "for each centre to set out" in question E7 of
    Part E, which is a blank prompt -> 3.3 partially_met (OrmsbyOnline
    materials, group boards, Turnitin, announcements are real).
  - Pro-forma prompts in Part E (E6 visits, E7 support, E8 pupils and parents
    in review) are questions with empty answers, never evidence (5.5, 3.3,
    4.3).
  - Conditional/future: assessment-only route "agreed in principle", to be
    drafted in autumn 2009, "no candidate can be admitted by this route"
    until then (D5) -> 2.3 not_met. Applicant centres' Saturday and online
    routes only "if approved" (A4); 3.2 is met anyway by the approved
    centres' two intakes, one- or two-year pace and cross-centre catch-up.
  - Partial multi-part: APCL for a Level 7 SEN module, but the regulations
    "do not allow credit for experiential learning" (D4) -> 2.1 partially_met.
    Centre tutors have induction and standardisation, school mentors only get
    "Mentor Notes" and a briefing "if there is enough demand" (D9) -> 5.7
    partially_met. Confidence measured by the repeated Starting Point
    Profile; pupil measures only "encouraged, but not required", T2 data
    "not collected or analysed centrally", follow-up only wished for (D13)
    -> 5.9 partially_met.
  - Placeholder: "[Core reading list to be inserted by the University library
    - HM]" and only generic talk of research (D7) -> 1.3 partially_met.
  - Blanket claim before the outcome map, "Every national outcome is covered
    by the programme and assessed at least once", contradicted by the map ->
    1.9 and 6.0 partially_met (award rule D11 is otherwise concrete).
  - Outcome map (D16), own-words rows with merged group rows:
      * "T4 Option ... only": each centre offers one option, so these
        outcomes are assessed for some participants only (Note 2) -> 6.A7
        (Option B), 6.K4 (Option C), 6.S5 (Option A) partially_met.
      * "Journal (not marked)" -> 6.A3, 6.S2c partially_met.
      * "-" with Note 1 (taught as background, T3 grid does not assess it)
        -> 6.K7 partially_met (while 6.S6 is met by T3).
      * Row missing altogether: anticipating and resolving problems, sound
        judgement -> 6.A4 not_met.
      * "Not covered: see Note 3" (left to LA briefings) -> 6.S2d not_met.
      * All other outcomes name a study day and a task for all participants
        -> met (6.A1, A2, A5, A6, K1, K2, K3, K5, K6, K8, K9, S1, S2, S2a,
        S2b, S3, S4, S6, S7, S8, S9).
  - Concrete arrangements that are met in this layout: E.1/E.2 (A2), 1.1,
    1.8 (A1, D1), 1.2 (D9), 1.4 (Days 2-3), 1.5, 1.6, 1.7 (Days 8-11, T2,
    T3), 2.2 (D3), 2.4 (D3, D6, C), 2.5 (D12), 3.1 (CA5), 3.2 (D6), 4.1,
    4.2 (D14), 5.1 (CA8), 5.2 (D2-D3), 5.4 (CA2, D15), 5.6 (CA4), 5.8 (CA7).
  - Header and footer carry nothing evidential.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dt-01-larkspur-centre-handbook.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hp.text = "Larkspur Association \u00b7 SENCO National Award \u00b7 Delivery Centre Handbook \u00b7 Edition 1 (February 2009)"
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("For member schools of the Larkspur Association. Not for onward circulation "
               "without the Director's permission. Larkspur House, Ferriby Lane, Ashworth.")
    fp.runs[0].font.size = Pt(8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, colour=None):
    cell.text = ""
    paras = text.split("\n")
    for i, t in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour


def P(text, bold=False, italic=False, style=None, align=None, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def runin(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def H(text, level):
    return doc.add_heading(text, level=level)


def table(rows, widths=None, header=True, style="Table Grid", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(t.cell(i, j), "D9E2F3")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ cover
P("THE LARKSPUR ASSOCIATION", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
P("of Independent and Non-Maintained Special Schools", italic=True, size=12,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("SENCO National Award Programme", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
P("DELIVERY CENTRE HANDBOOK", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Centre approval criteria \u00b7 Centre agreement \u00b7 Common programme core \u00b7 Centre application form",
  size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Edition 1 \u00b7 February 2009", size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()

table([
    ["Document control", ""],
    ["Owner", "Helen Marchbank, Director of Professional Learning"],
    ["Approved by", "Professional Learning Board, 12 February 2009 (minute PLB/09/04)"],
    ["Validating university", "University of Ormsby, School of Education and Lifelong Learning"],
    ["Applies to", "Approved delivery centres and applicant centres; intakes of September 2009 and February 2010"],
    ["Next review", "July 2010, after the first Programme Annual Report"],
], widths=[4.5, 11.5])

P("To the TDA approvals panel", bold=True)
P("The Association's application for approval to offer the National Award for SEN Coordination "
  "takes the form of this Handbook. Our programme is taught by the training staff of our member "
  "schools, in their own buildings, to teachers from maintained schools. The Handbook is the "
  "rulebook that every member school signs up to before it may teach a single session, and Part D "
  "sets out the common core that every participant receives wherever they study. We have not "
  "rewritten it for the panel: Parts A to D are in force, and Part E is the blank form on which "
  "member schools apply to become centres. I should be glad to send anything further the panel "
  "needs.")
P("Helen Marchbank, Director of Professional Learning, 16 February 2009", italic=True)

# ------------------------------------------------------------------ PART A
H("Part A. About the programme and this Handbook", 1)
H("A1. Why the Association is doing this", 2)
P("Our twenty-six member schools teach some 2,300 children and young people whose needs are "
  "among the most complex in the country: deaf and deafblind pupils, young people with autism "
  "and severe anxiety, pupils who use wheelchairs and communication aids, pupils excluded from "
  "three or four schools before they reached us. For twenty years our staff have gone out to "
  "maintained schools to advise, train and support, mostly informally and mostly unpaid. When "
  "the Government announced that every teacher new to the SENCO role would need the national "
  "qualification, the heads of our member schools agreed that the expertise of their training "
  "staff should be put at the service of maintained-school SENCOs in a properly accredited way.")
P("The programme has one purpose above all others: that children and young people with SEN "
  "and/or disabilities in participants' own schools make better progress and are safer, healthier "
  "and happier, in the sense of all five Every Child Matters outcomes and not attainment alone, "
  "because their SENCO knows more, does more and leads better. This purpose is written into the "
  "aims (D1), into every study day, and into the assessment: every assessed task is carried out "
  "in the participant's own school, with real pupils and real colleagues, and every task asks "
  "what changed for pupils as a result.")

H("A2. The award", 2)
P("Successful participants receive the Postgraduate Certificate in Special Educational Needs "
  "Coordination (National Award), an award of the University of Ormsby. The programme was "
  "validated at the University's event of 27 January 2009; the two conditions set by the panel "
  "(a revised marking grid for T3 and a statement on the APCL procedure) were signed off by the "
  "Chair on 10 February 2009. The award carries 60 credits at Level 7 of the Framework for Higher "
  "Education Qualifications (Master's level), in two modules of 30 credits each:")
P("ED7201 The SENCO, the Law and the Learner (Units 1 and 2; tasks T1 and T2)", style="List Bullet")
P("ED7202 Leading Provision and Working Together (Units 3 and 4; tasks T3 and T4)", style="List Bullet")
P("Credits may be carried into the University's MA in Inclusive Education.")

H("A3. Who does what", 2)
table([
    ["Partner", "Responsibilities"],
    ["The Association (Professional Learning office, Larkspur House)",
     "Programme direction; admissions decisions; the Starting Point Profile; moderation; the "
     "Programme Board; centre approval and review; returns to the University."],
    ["University of Ormsby",
     "Validation; registration of participants; OrmsbyOnline (the University's Blackboard site); "
     "library and e-journals; the Disability Advisory Service; the external examiner; the Board of "
     "Examiners; annual monitoring."],
    ["Delivery centres (approved member schools)",
     "Study days and tutorials; personal tutors; first marking; specialist input from the school's "
     "therapists and other professionals; centre records and the annual Centre Review."],
    ["Participants' schools",
     "The head's nomination; release for study days; an in-school mentor from the leadership "
     "team; access for school-based tasks."],
], widths=[5, 11])

H("A4. Delivery centres for 2009-10", 2)
table([
    ["Centre", "Type and specialism", "Status"],
    ["Brindle House School, Ashworth", "Non-maintained; physical disability and communication", "Approved (visit 14.01.09)"],
    ["St Kilda's School, Market Hollin", "Independent; autism", "Approved (visit 15.01.09)"],
    ["Thornby Grange School, Castle Denby", "Non-maintained; hearing impairment", "Approved (visit 21.01.09)"],
    ["Oakhill College, Wragby Moor", "Independent, residential; social, emotional and behavioural difficulties", "Approved (visit 22.01.09)"],
    ["Fernside School, Kelbrook", "Non-maintained; visual impairment", "Applicant: visit June 2009"],
    ["Westwood Lodge, Hatherby", "Independent; speech, language and communication needs", "Applicant: visit June 2009"],
], widths=[5, 7, 4])
P("If they are approved, Fernside School proposes to run a Saturday route and Westwood Lodge a "
  "route with more of the study online, both from February 2010. Neither route appears in the "
  "timetable for 2009-10, and neither should be advertised until the Board has decided.")

# ------------------------------------------------------------------ PART B
H("Part B. Centre approval criteria", 1)
P("A member school becomes a delivery centre when the Professional Learning Board has approved "
  "it against the ten criteria below, after an approval visit by the Programme Director and the "
  "University link tutor. Approval lasts two years and is reviewed each July through the Centre "
  "Review (CA8).")
P("Each criterion has three parts. The Requirement is binding: a centre that cannot show it is not "
  "approved, and a centre that stops meeting it loses approval. The Guidance says what the Board "
  "would like to see; it is not a condition of approval and centres may depart from it. The "
  "Evidence is what the visiting team will ask to see.")


def criterion(code, title, req, guid, evid):
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"{code}  {title}", bold=True, size=10.5)
    shade(top, "C6D9A8")
    for i, (lab, val) in enumerate([("Requirement", req), ("Guidance", guid), ("Evidence", evid)], 1):
        cell_text(t.cell(i, 0), lab, bold=True, size=9.5)
        cell_text(t.cell(i, 1), val, size=9.5)
        if lab == "Guidance":
            shade(t.cell(i, 0), "F2F2F2")
            shade(t.cell(i, 1), "F2F2F2")
    for row in t.rows:
        row.cells[0].width = Cm(3)
        row.cells[1].width = Cm(13)
    doc.add_paragraph()


criterion("CA1", "Leadership and commitment",
          "The head and the governors (or proprietor) sign the Centre Agreement in Part C. A named "
          "Centre Lead from the school's senior leadership team has at least one day a week for the "
          "programme. The school releases at least two centre tutors for study days, tutorials, "
          "marking and standardisation.",
          "The Centre Lead should attend the Programme Board at least twice a year.",
          "Signed agreement; governors' or proprietor's minute; staff timetable showing release.")
criterion("CA2", "Centre tutors",
          "Every centre tutor holds QTS; has at least five years' teaching in special education, "
          "at least two of them in a leadership role; holds a specialist qualification in SEN or "
          "disability or a relevant Master's degree (or is registered for one); and has current "
          "outreach or advisory experience in maintained schools. Before teaching, every tutor "
          "completes the Association's two-day Centre Tutor Induction (the programme and the "
          "national outcomes; the marking grids; the University's regulations; tutoring adults "
          "and giving feedback on Master's-level writing) and is registered with the University "
          "as an associate tutor. Tutors attend the cross-centre standardisation meeting each term.",
          "Centres should give each tutor at least half a day a term for their own updating, for "
          "example the Association's annual research conference in June.",
          "CVs and certificates; induction record; University associate tutor registration.")
criterion("CA3", "Safer recruitment and safeguarding",
          "The school's single central record shows a current enhanced CRB disclosure for every "
          "centre tutor and for every visiting speaker who will work with pupils while "
          "participants are on site. The school's child protection policy applies to participants "
          "on its premises: signing in, visitors' badges, and no unsupervised contact with pupils.",
          "Centres should brief participants on the school's safeguarding arrangements at the "
          "start of the first study day.",
          "Single central record (sight only); child protection policy.\n"
          "Note. Participants are qualified teachers employed by maintained schools and local "
          "authorities, and their employers are responsible for their disclosures. Centres are not "
          "required to see, verify or record participants' CRB disclosures, and the Association does "
          "not ask for them at admission.")
criterion("CA4", "Teaching accommodation and specialist resources",
          "A teaching room for up to sixteen adults with step-free access, a hearing loop, a data "
          "projector and wireless access to OrmsbyOnline. The school's own specialist resources "
          "are made available for demonstration and hands-on sessions on study days: communication "
          "aids and switch access, eye-gaze systems, symbol software (Widgit and Boardmaker), "
          "sensory rooms, radio aids and soundfield systems, specialist assessment materials. "
          "Participants have full University of Ormsby library membership with Athens access to "
          "e-journals, and may borrow assessment kits and books by post from the Association's "
          "resource library at Larkspur House.",
          "Centres may wish to open their sensory and ICT rooms to participants outside study days "
          "by arrangement.",
          "Tour of rooms; list of specialist resources to be used on each study day.")
criterion("CA5", "Access and equality",
          "The centre completes the Association's access audit of teaching rooms, toilets, parking "
          "and routes, and puts right anything it finds before approval. The centre follows the "
          "University's Disability Equality Scheme. The programme application form invites every "
          "applicant to tell us about a disability or long-term health condition, explains that "
          "the information is used only to plan support, and names a contact. The University's "
          "Disability Advisory Service agrees a Learning Support Agreement with any participant "
          "who wishes, setting out adjustments to teaching, visits and assessment (for example "
          "extended deadlines, materials in large print or electronic format, a BSL interpreter "
          "or a T2 submitted in BSL on video, rest breaks, a reader for the T3 presentation); the "
          "agreement goes with the participant if they change centre. The programme leaflet is "
          "available in large print, audio and Easy Read. Admission decisions are made on the entry "
          "criteria in D2 alone, and the Professional Learning office monitors applications and "
          "admissions by disability, ethnicity and gender each year and reports to the Board.",
          "Centres should invite disabled adults, for example former pupils or members of local "
          "disabled people's organisations, to contribute to the disability equality study day.",
          "Completed access audit; centre's accessibility plan.")
criterion("CA6", "Specialist expertise and visits",
          "The centre provides at least three sessions in each module led or co-led by specialist "
          "staff other than teachers: speech and language therapists, occupational therapists, "
          "physiotherapists, educational psychologists, teachers of the deaf or of the visually "
          "impaired, the school's CAMHS link nurse. Participants at any centre may attend a "
          "specialist strand day at another approved centre (autism at St Kilda's, hearing "
          "impairment at Thornby Grange, physical disability and AAC at Brindle House, SEBD at "
          "Oakhill College).",
          "Centres may offer participants a visit or a short placement in their classrooms, and "
          "many will wish to. Participants are not required to undertake a placement and the "
          "programme does not depend on one.",
          "Session plans naming the specialist contributors.")

# illustrative extract box
bt = doc.add_table(rows=1, cols=1)
bt.style = "Table Grid"
c = bt.cell(0, 0)
shade(c, "FFF2CC")
cell_text(c, "Illustrative extract from an approved centre's application (Brindle House School, "
             "question E6), reproduced with permission to show the kind of answer the Board "
             "welcomes:\n"
             "\u201cEach of our participants will be offered two days in our school during the "
             "spring term, shadowing our SENCO and our speech and language therapy team, with a "
             "structured observation schedule linked to T2.\u201d", italic=True, size=9.5)
doc.add_paragraph()

criterion("CA7", "Assessment and moderation",
          "Centre tutors first-mark every piece of assessed work within three weeks, using the "
          "Association's marking grids for T1 to T4, and give written feedback on the Association's "
          "feedback sheet, which refers to the national outcomes the task assesses. All work is then "
          "sent to the Association Moderator, who second-marks a sample of at least 25 per cent of "
          "scripts from each centre and every script first-marked below 50 or at 70 and above. "
          "Where first and second marks differ by more than 5, a third marker from another centre "
          "marks blind. Before each marking period all tutors attend a cross-centre standardisation "
          "meeting at Larkspur House, marking anonymised exemplar scripts against the grids. The "
          "University's external examiner (Professor Janet Okafor, University of Stourton) reviews "
          "a sample from every centre each year, and attends the Board of Examiners. No centre "
          "tells a participant a mark before the Board has confirmed it.",
          "Centres should hold a short internal marking meeting before scripts go to the "
          "Moderator.",
          "Marking grids; a standardisation record; the previous year's moderation report (from "
          "the second year).")
criterion("CA8", "Quality monitoring and review",
          "Participants complete the programme evaluation questionnaire on OrmsbyOnline at the end "
          "of each module. Each centre holds a mid-year focus group with its participants, led by a "
          "tutor from another centre so that participants can speak freely. Centres send termly "
          "returns (attendance, submissions, extensions, withdrawals) to the Professional Learning "
          "office and write a Centre Review each July. The Programme Director combines the Centre "
          "Reviews, the questionnaire and focus group findings, the moderation report and the "
          "external examiner's report into the Programme Annual Report, which the Programme Board "
          "considers in September and which goes into the University's annual monitoring. The Board "
          "agrees an action plan; it is sent to every centre, presented to the new cohort at "
          "induction, and the changes are made in the next edition of this Handbook.",
          "Centres are encouraged to set up a local reference group (for example a local authority "
          "SEN officer, a head from a maintained school and a parent) to comment on the Centre Review "
          "before it is sent. Whether and how to do this is for the centre.",
          "Previous Centre Review (from the second year); focus group notes.")
criterion("CA9", "Records and data",
          "The centre keeps attendance registers, tutorial records and Personal Learning Plans for "
          "six years after the participant completes, in line with the Data Protection Act 1998 and "
          "the University's records policy, and keeps pupils' details in participants' work "
          "anonymised.",
          "Centres may use the Association's template registers.",
          "Sample records.")
criterion("CA10", "Personal tutoring",
          "Every participant has a named personal tutor at the centre. Each participant has two "
          "individual tutorials of 45 minutes in each module, the first within three weeks of the "
          "Starting Point Profile (D3); the Personal Learning Plan is agreed at the first and "
          "reviewed at each later tutorial.",
          "Support between study days: centres set out in their application how they will support "
          "participants between study days (question E7).",
          "Tutorial schedule.")

# ------------------------------------------------------------------ PART C
H("Part C. Centre agreement", 1)
P("The member school and the Association agree as follows. (The signed copy is kept at Larkspur "
  "House; this is the text.)")
clauses = [
    "The centre will meet the Requirements of criteria CA1 to CA10 for as long as it is approved, and "
    "tell the Director within ten working days if it can no longer meet any of them.",
    "The centre will teach the common programme core in Part D without changing the aims, the study "
    "day content, the tasks or the marking grids, and will offer the T4 option the Board has agreed "
    "for it.",
    "The Association will recruit and admit participants, run the Starting Point Profile, allocate "
    "participants to centres, and pay the centre \u00a3780 for each participant who starts the "
    "programme, in two instalments.",
    "The participant fee for 2009-10 is \u00a31,250 for the full award. The Association's training "
    "fund meets \u00a3200 of the fee for each participant in the first two intakes, so the fee paid "
    "by the school or local authority is \u00a31,050. Centres charge nothing for rooms or "
    "refreshments; the fee is kept low because study days take place in member schools' own "
    "buildings with their own equipment.",
    "The Association will provide the Centre Tutor Induction, the standardisation meetings, the "
    "moderation, the Programme Board and all dealings with the University.",
    "The centre will not advertise the programme independently or describe any route, option or "
    "service that is not in this Handbook.",
    "Either party may end the agreement at the end of a programme year on two terms' notice. The "
    "Board may withdraw approval at once where a Requirement is not met and participants are put "
    "at a disadvantage; in that case the Association will move the centre's participants to another "
    "centre at no cost to them.",
]
for cl in clauses:
    P(cl, style="List Number")

# ------------------------------------------------------------------ PART D
H("Part D. Common programme core", 1)
P("Everything in this Part applies at every centre. Where a centre has a choice, the text says so.")

H("D1. Aims", 2)
P("The programme aims to:")
for a in [
    "raise the achievement and improve the well-being of children and young people with SEN and/or "
    "disabilities in participants' schools, across all five Every Child Matters outcomes;",
    "give teachers new to the SENCO role the knowledge, understanding and skills to lead provision "
    "for those pupils, working with colleagues and senior leaders, with parents and carers, with "
    "pupils themselves and with other services;",
    "bring the practice of specialist settings within reach of mainstream schools, and the "
    "realities of mainstream schools within reach of specialist staff;",
    "ensure that every participant who completes the programme has shown, in their own school, that "
    "they can do what a SENCO must do.",
]:
    P(a, style="List Bullet")

H("D2. Who the programme is for", 2)
P("The programme is for qualified teachers in maintained schools, including maintained special "
  "schools and pupil referral units, who are SENCOs or have been designated by their head to take up "
  "the role by the start of the programme. Applicants need QTS, at least two years' teaching "
  "experience, and the head's written nomination on the Association's form, which confirms that "
  "the school will release the applicant for the twelve study days and four tutorials, give access "
  "for the school-based tasks, and name an in-school mentor from the leadership team.")

H("D3. Admission and the Starting Point Profile", 2)
P("Every applicant completes the Starting Point Profile before admission. For each of the national "
  "minimum outcomes the applicant rates themselves from 1 (new to me) to 4 (I do this confidently "
  "and could show you), with a short note of the evidence. The Centre Lead then holds a thirty-minute "
  "entry conversation with the applicant, in person or by telephone, which goes through the Profile "
  "and tests the ratings against examples from the applicant's school.")
P("Where the conversation shows that an applicant is not yet ready to reach all the outcomes within "
  "the programme (most often because they have no SENCO responsibilities yet, or have just begun "
  "teaching in this country), the Centre Lead writes to them setting out what to do first, usually "
  "a term of shadowing the current SENCO or the local authority's SENCO induction sessions, telephones "
  "the head to discuss it, and offers a place in the next intake. The Programme Director makes the "
  "final admission decision on the Profile, the nomination and the Centre Lead's note.")
P("At the first tutorial the personal tutor and the participant agree a Personal Learning Plan from "
  "the Profile. It names six to eight national outcomes as the participant's personal priorities, "
  "the study days and specialist strand days that will matter most for them, the learner and the "
  "aspect of provision they will focus on in T2 and T3, and what their in-school mentor will do. The "
  "Plan is reviewed at each later tutorial and revised as the participant moves on.")

H("D4. Prior learning", 2)
P("Participants who have passed a Level 7 module in special educational needs at a UK university "
  "within the last five years may apply through the University's procedure for the accreditation of "
  "prior certificated learning (APCL) for exemption from ED7201 (30 credits). The Association "
  "Moderator maps the earlier module against the national outcomes in ED7201 and the participant "
  "completes a short bridging statement for any outcome not covered. The University's regulations "
  "for this award do not allow credit for experiential learning, so experience, however long, cannot "
  "be counted for credit; it is, of course, taken into account in the Personal Learning Plan.")

H("D5. Assessment-only route", 2)
P("The University has agreed in principle that experienced candidates, such as advisory teachers "
  "from local authority support services, should in exceptional cases be able to be assessed against "
  "the outcomes without taking the taught programme. The procedure, fee and assessment arrangements "
  "will be drafted by the Programme Director for the Programme Board in the autumn term of 2009. Until "
  "the Board has approved them, no candidate can be admitted by this route, and centres should refer "
  "any enquiry to the Professional Learning office.")

H("D6. Routes, pace and timetable", 2)
P("There are two intakes: September 2009, at all four approved centres, and February 2010, at "
  "Brindle House School and Oakhill College. Participants may complete the award in one year, taking "
  "ED7201 and ED7202 back to back, or in two years, taking one module a year; they may pause between "
  "modules for up to a year with the Programme Director's agreement. Study days run from 9.30 to 3.30 "
  "(heads asked us not to make participants travel in the rush hour). A participant who misses a study "
  "day may attend the same day at any other approved centre, since all centres teach the same core in "
  "the same order; the dates are published for all centres together.")

H("D7. Units and study days", 2)
table([
    ["Unit", "Study day", "What it covers", "Specialist input"],
    ["1. The SENCO and the law\n(ED7201)", "Day 1",
     "Raising achievement: the SENCO and the five outcomes of Every Child Matters; Removing Barriers "
     "to Achievement (2004); the SENCO's role; writing at Master's level.", "Centre Lead"],
    ["", "Day 2",
     "The law and the Code: Education Act 1996 Part IV, SENDA 2001, the SEN Code of Practice (2001): "
     "the graduated response, statutory assessment and annual review; the SENCO regulations of 2008.",
     "A local authority SEN officer"],
    ["", "Day 3",
     "Disability equality: the DDA 1995 and 2005, the disability equality duty, accessibility "
     "planning. Using evidence: reading research and inspection reports critically; getting and using "
     "outside advice.", "Disabled adults (see CA5 Guidance)"],
    ["2. Knowing the learner\n(ED7201)", "Day 4",
     "How children develop and what can affect development: SEN and disability, the physical and "
     "social environment. Speech, language and communication needs; autism.",
     "Speech and language therapist; OT"],
    ["", "Day 5",
     "Behavioural, emotional and social difficulties; specific learning difficulties including "
     "dyslexia; moderate learning difficulties. Identifying needs from observation and data; using "
     "the assessments of psychologists, therapists and advisory teachers; setting targets; planning and "
     "reviewing interventions.", "Educational psychologist"],
    ["", "Day 6",
     "Approaches, strategies and resources, including ICT: communication aids, switch access, "
     "symbols, text-to-speech (hands-on in the centre's rooms). Helping colleagues use assessment for "
     "learning with pupils with SEN.", "Centre ICT and AAC staff"],
    ["3. Leading provision\n(ED7202)", "Day 7",
     "Leading inclusion: strategy, policy and resources with the head, senior leaders and governors; "
     "winning colleagues' commitment.", "A head from a maintained school"],
    ["", "Day 8",
     "Provision mapping and costing; deploying and managing teaching assistants; the SENCO's week: "
     "priorities, time and delegation; coaching and mentoring colleagues.", "Centre Lead"],
    ["", "Day 9",
     "Tracking progress with P scales, RAISEonline and national test results; school self-evaluation "
     "and the SEF; reviewing the effectiveness of provision with the staff who deliver it.",
     "A local authority data officer"],
    ["4. Working together\n(ED7202)", "Day 10",
     "Hearing every voice: consulting pupils, including those who do not use speech (Talking Mats, "
     "symbol questionnaires, advocates), and involving them in planning and reviewing their provision. "
     "Other services: the EP service, CAMHS, therapy services, social care, voluntary organisations; "
     "CAF and the lead professional.", "CAMHS link nurse; a voluntary organisation"],
    ["", "Day 11",
     "Parents and carers as partners: listening, sharing information, annual reviews, difficult "
     "conversations.", "Parent Partnership officer and a parent"],
    ["", "Day 12",
     "T3 presentations (morning). Next steps and keeping up to date (afternoon).", "Programme Director"],
], widths=[3, 1.8, 8.4, 3])
P("Sessions draw on current research and inspection evidence, chosen by centre tutors for their "
  "groups. Core reading list: [Core reading list to be inserted by the University library - HM]")

H("D8. Online learning", 2)
P("Every participant has an OrmsbyOnline account from registration. The programme site holds the "
  "materials for every study day, links to the readings through the University's e-journal access, "
  "the marking grids and task briefs, and the submission points for all assessed work (through "
  "Turnitin). Each centre group has its own discussion board and there is a programme-wide board for "
  "all participants; the Programme Director posts announcements and the study day calendar for all "
  "centres. Whether the discussion boards are moderated by tutors, and how participants are "
  "supported between study days, is for each centre to set out in its application (question E7 in "
  "Part E).")

H("D9. In school", 2)
P("The programme is rooted in participants' own schools. Between study days participants carry "
  "out directed tasks in school (for example mapping their school's provision before Day 8, or "
  "interviewing a pupil before Day 10), and all the assessed tasks are carried out in their own "
  "school with their own pupils and colleagues. Each participant's in-school mentor, a member of the "
  "leadership team named on the nomination form, meets the participant at least twice a term, helps "
  "them gain access to data and meetings, and attends the T3 presentation or reads the written "
  "version.")
P("Mentors receive the Association's Mentor Notes, a twelve-page booklet describing the programme, "
  "the tasks and what the mentor is asked to do, by post when the participant is admitted. A mentor "
  "briefing will be offered if there is enough demand.")

H("D10. Assessment", 2)
P("There are four assessed tasks. Every participant takes T1, T2 and T3; T4 is the option agreed for "
  "the participant's centre (see Note 2 to the outcome map). All tasks are marked against the "
  "Association's marking grids, at Level 7, with a pass mark of 50.")
table([
    ["Task", "Module", "What the participant does", "Weighting"],
    ["T1 Policy into practice", "ED7201",
     "A critical review (3,500 words) of the school's SEN policy and practice against the SEN Code of "
     "Practice and the law on SEN and on disability equality, including the school's accessibility plan "
     "and disability equality scheme, drawing on research, inspection evidence and outside advice, with "
     "recommendations for improving the participant's own and colleagues' practice.", "40% of ED7201"],
    ["T2 Learner study", "ED7201",
     "A study (4,500 words) of one pupil with SEN and/or disabilities: identifying needs from the "
     "school's own assessments and the reports of other professionals; setting challenging targets; "
     "planning and carrying out an intervention of six to ten weeks and reviewing progress; a "
     "structured consultation with the pupil about their targets and provision, using methods suited "
     "to their communication, and how the pupil took part in reviewing it; at least one meeting with "
     "the parents or carers, with notes; the contribution of at least one other service or voluntary "
     "organisation and how the participant worked with it; the pupil's needs set within a critical "
     "overview of the main areas of need (BESD, specific learning difficulties including dyslexia, "
     "SLCN, autism and MLD) and how they affect learning; a critical evaluation of the approaches and "
     "resources used, including ICT; and an evaluation of what changed for the pupil against the five "
     "Every Child Matters outcomes.", "60% of ED7201"],
    ["T3 Leading provision", "ED7202",
     "A project report (3,000 words) and a 15-minute presentation on Day 12: an analysis of the "
     "school's tracking data for pupils with SEN, including national test or examination results and "
     "P scales, and what needs to change; a costed provision map showing gaps and provision that is "
     "not working; a plan for deploying and managing teaching assistants; a review of one strand of "
     "provision carried out with the staff who deliver it; and strategic priorities for inclusion, "
     "presented to the head or a senior leader and a governor, whose written response is submitted "
     "with the report.", "70% of ED7202"],
    ["T4 Centre option", "ED7202",
     "Option A Coaching record: a coaching cycle with a colleague, with observation, feedback and "
     "reflection (2,000 words). Option B Professional development portfolio: an annotated portfolio "
     "of the participant's own updating and a plan for the next year (2,000 words). Option C "
     "Development study: how the development of one child has been affected by their SEN or "
     "disability and their environment (2,000 words).", "30% of ED7202"],
    ["Reflective journal", "Both",
     "Kept throughout and discussed at tutorials. Formative only: it is not marked and does not "
     "count towards the award.", "None"],
], widths=[3, 1.7, 9.5, 2])

H("D11. The award", 2)
P("To be awarded the Postgraduate Certificate a participant must pass each of T1, T2, T3 and T4 "
  "with a mark of at least 50. There is no compensation between tasks: a participant who fails a "
  "task may resubmit it once, capped at 50. Marks are confirmed only by the University's Board of "
  "Examiners after moderation (CA7).")

H("D12. Next steps", 2)
P("The afternoon of Day 12 is given to what comes next. Participants repeat the Starting Point "
  "Profile, compare it with the first, and draft a Professional Development Statement for the "
  "following year on the Association's template, setting out two or three professional targets "
  "with the support they will need. Personal tutors comment on the draft, and participants take it "
  "to their performance management review with their head. Tutors also explain routes into the "
  "University's MA and the Association's specialist courses.")

H("D13. Evaluating impact", 2)
P("The repeated Starting Point Profile gives each participant, and the Association, a measure of "
  "change in confidence on every outcome; the centre-by-centre and outcome-by-outcome comparison is "
  "reported in the Programme Annual Report. In T2 participants review the pupil's progress against "
  "the targets they set. Participants are encouraged, but not required, to record baseline and "
  "follow-up measures of attainment in T2; T2 data is not collected or analysed centrally. We "
  "would like, in time, to go back to participants' schools a year after they complete to see what "
  "has lasted, but we have no means of doing so at present.")

H("D14. How the programme was shaped", 2)
P("In October and November 2008 the Association surveyed SENCOs in maintained schools in the six "
  "local authorities where our member schools do most of their outreach (Ashworth, Kelbrook, "
  "Denbyshire, Wragby, Hatherby and Market Hollin). 212 SENCOs replied (a response rate of 38 per "
  "cent). 61 per cent had no qualification in SEN; the needs they rated highest were provision "
  "mapping and managing teaching assistants (74 per cent), working with parents (66 per cent), autism "
  "(63 per cent), using data to track progress (58 per cent) and getting support from other services "
  "(55 per cent). We also held focus groups with nine heads of maintained schools in November and met "
  "the SEN teams of four of the six authorities and the parents' forum at Brindle House.")
P("What they told us changed the programme. Provision mapping, TA deployment and data became the "
  "core of T3, which the first draft did not have. At the heads' request study days start at 9.30 "
  "and there are twelve, not fifteen, so that supply cover is manageable. Secondary SENCOs asked for "
  "examples from secondary schools, so two of the four approved centres teach a secondary strand on "
  "Days 5 and 8. The parents' forum asked that a parent should help teach the session on parents, and "
  "one now does (Day 11). Local authority officers teach on Days 2 and 9.")

H("D15. Staff", 2)
P("The Programme Director, Dr Owen Pritchard, was head of Thornby Grange School for eleven years, "
  "holds a PhD on the inclusion of deaf pupils in mainstream schools, and chairs the Association's "
  "outreach network. The Association Moderator, Carol Fenn, was an LA SEN adviser for nine years and "
  "has been an external examiner for two university SEN programmes; she holds an MA in Special and "
  "Inclusive Education. The centre leads are:")
table([
    ["Centre", "Centre Lead", "Background"],
    ["Brindle House", "Mrs Anita Gosling", "Deputy head; former SENCO in two primary schools; MA SEN; leads the school's outreach to 40 schools"],
    ["St Kilda's", "Mr Daniel Ruddock", "Assistant head; autism outreach teacher; PG Cert Autism (Birmingham)"],
    ["Thornby Grange", "Ms Rachel Oyelaran", "Teacher of the deaf; head of the school's sensory support service; MEd"],
    ["Oakhill College", "Mr Stephen Hale", "Head of education; former secondary SENCO and behaviour support teacher; NPQH"],
], widths=[3.2, 3.6, 9.2])
P("All centre tutors meet CA2, and all keep up their specialist knowledge through their outreach "
  "work in maintained schools and the Association's annual research conference.")

H("D16. Outcome map", 2)
P("The map shows where each national outcome is developed and where it is assessed. Every national "
  "outcome is covered by the programme and assessed at least once.")

omap = [
    ("G", "Professional attributes"),
    ("R", "Building fair, respectful, supportive relationships with pupils and with their parents or carers",
     "Days 10 and 11", "T2 (consultation with the pupil; meeting with parents or carers)"),
    ("R", "Winning the commitment of colleagues, including the head and senior leaders",
     "Day 7", "T3 (presentation; the head's and governor's written response)"),
    ("R", "Prioritising, managing time and delegating well", "Day 8", "Journal (not marked)"),
    ("R", "Expressing themselves clearly in speech and writing; listening to others",
     "Day 1; throughout", "T1 and T2 (writing); T3 (presentation)"),
    ("R", "Using research and outside advice to improve their own and colleagues' practice",
     "Day 3", "T1"),
    ("R", "Keeping up to date and taking charge of their own professional development",
     "Day 12", "T4 Option B only (St Kilda's)"),
    ("G", "Professional knowledge and understanding"),
    ("R", "SEN law and guidance, including the Code of Practice, and what they mean in school",
     "Day 2", "T1"),
    ("R", "Every Child Matters and the SENCO's part in the five outcomes", "Day 1",
     "T2 (evaluation against the five outcomes)"),
    ("R", "Disability equality law and what it requires", "Day 3",
     "T1 (accessibility plan and disability equality scheme)"),
    ("R", "How children develop and what affects development", "Day 4",
     "T4 Option C only (Thornby Grange)"),
    ("R", "The main types of SEN and disability and how they affect learning", "Days 4 and 5",
     "T2 (critical overview of the areas of need)"),
    ("R", "Approaches, strategies and resources, including ICT, for removing barriers", "Day 6",
     "T2 (evaluation of approaches and resources)"),
    ("R", "School self-evaluation and improvement", "Day 9", "\u2014 (see Note 1)"),
    ("R", "Best practice and research on meeting SEN", "Days 3 and 5", "T1"),
    ("R", "The scope and role of other agencies; getting specialist support", "Day 10",
     "T2 (contribution of another service)"),
    ("G", "Professional skills"),
    ("R", "Shaping an inclusive ethos, policy, priorities and resources with senior leaders and governors",
     "Day 7", "T3"),
    ("R", "Identifying needs, setting targets, planning interventions and reviewing progress",
     "Day 5", "T2"),
    ("R", "\u2026 using assessments by other professionals", "Day 5", "T2"),
    ("R", "\u2026 tracking progress with summative data, including national tests", "Day 9",
     "T3 (data analysis)"),
    ("R", "\u2026 helping colleagues develop formative assessment", "Day 6", "Journal (not marked)"),
    ("R", "\u2026 special arrangements for tests and examinations", "Not covered: see Note 3", "\u2014"),
    ("R", "Provision mapping; finding provision that is missing or not working", "Day 8",
     "T3 (costed provision map)"),
    ("R", "Deploying and managing staff", "Day 8", "T3 (TA deployment plan)"),
    ("R", "Supporting colleagues' professional development", "Day 8",
     "T4 Option A only (Brindle House, Oakhill)"),
    ("R", "Reviewing provision with colleagues to inform school self-evaluation", "Day 9",
     "T3 (review of one strand of provision)"),
    ("R", "Involving pupils in planning and reviewing their provision", "Day 10",
     "T2 (consultation with the pupil)"),
    ("R", "Working with parents and carers", "Day 11", "T2 (meeting with parents or carers)"),
    ("R", "Working with other services and voluntary organisations", "Day 10",
     "T2 (contribution of another service)"),
]
mt = doc.add_table(rows=1 + len(omap), cols=3)
mt.style = "Table Grid"
for j, h in enumerate(["National outcome (our summary)", "Developed in", "Assessed in"]):
    cell_text(mt.cell(0, j), h, bold=True, size=9.5)
    shade(mt.cell(0, j), "D9E2F3")
for i, row in enumerate(omap, 1):
    if row[0] == "G":
        g = mt.cell(i, 0).merge(mt.cell(i, 2))
        cell_text(g, row[1], bold=True, size=9.5)
        shade(g, "EDEDED")
    else:
        for j in range(3):
            cell_text(mt.cell(i, j), row[j + 1], size=9.5)
for r in mt.rows:
    r.cells[0].width = Cm(8)
    r.cells[1].width = Cm(3.5)
    r.cells[2].width = Cm(4.5)
doc.add_paragraph()
P("Note 1. The principles of school self-evaluation are taught on Day 9 as background to T3. The T3 "
  "marking grid does not assess them.", size=9.5)
P("Note 2. T4 is the centre's option. Each centre offers one option only, and every participant at "
  "that centre takes it: Option A Coaching record (Brindle House School, Oakhill College); Option B "
  "Professional development portfolio (St Kilda's School); Option C Development study (Thornby Grange "
  "School).", size=9.5)
P("Note 3. Access arrangements for national tests and examinations are covered each year by the "
  "local authorities' SENCO briefings and by the JCQ's own guidance, and participants are expected to "
  "attend their authority's briefing. The programme does not teach or assess them.", size=9.5)

# ------------------------------------------------------------------ PART E
H("Part E. Centre application form", 1)
P("To be completed by the Centre Lead and returned to the Director of Professional Learning with the "
  "evidence listed under each criterion. Please answer every question.", italic=True)
form = [
    ("E1", "Name and address of the member school; type (independent or non-maintained); age range and "
           "specialism."),
    ("E2", "Name of the proposed Centre Lead; post held; time allocated to the programme."),
    ("E3", "Proposed centre tutors: name, post, qualifications, years in special education, outreach "
           "experience (attach CVs)."),
    ("E4", "Teaching room(s) and specialist resources to be used on study days (CA4)."),
    ("E5", "Date of the completed access audit and any work arising (CA5)."),
    ("E6", "Describe any visits or placements your centre will offer participants, and how they will "
           "be linked to the tasks."),
    ("E7", "How will your centre support participants between study days, including through "
           "OrmsbyOnline? Will your tutors moderate your group's discussion board, and how quickly will "
           "they reply to participants?"),
    ("E8", "How will your centre involve pupils, parents and local stakeholders in reviewing the "
           "programme?"),
    ("E9", "Which T4 option does your centre propose to offer, and why?"),
]
ft = doc.add_table(rows=len(form) + 1, cols=2)
ft.style = "Table Grid"
for i, (code, q) in enumerate(form):
    cell_text(ft.cell(i, 0), f"{code}  {q}", size=9.5)
    cell_text(ft.cell(i, 1), "", size=9.5)
    shade(ft.cell(i, 0), "F2F2F2")
last = ft.cell(len(form), 0).merge(ft.cell(len(form), 1))
cell_text(last, "Declaration. We have read the Delivery Centre Handbook and will meet the Requirements "
                "of CA1 to CA10.\nSigned (head): ........................  Signed (chair of governors or "
                "proprietor): ........................  Date: ............", size=9.5)
for r in ft.rows:
    r.cells[0].width = Cm(8)
    r.cells[1].width = Cm(8)

doc.save(OUT)
print("wrote", OUT)
