"""Build en-01-wenlow-procurement-exemption.docx.

Provider (invented): Isle of Wenlow Council, a small island unitary council off
the south-west coast of England. Its Directorate of Children's Services
(Inclusion and Learning Support Service) runs the "Wenlow SENCO Award" with
Kelsbury University on the mainland: four ferry-timed "Crossing Days" on the
University's campus (06:45 sailing out, 17:05 back), five "Island Days" at the
Harbour Road Learning Centre in Port Enys taught by University tutors who come
over, and eight twilight "Link Sessions" by video-conference. January 2009.

Kind of document: the Council's own procurement form, "Form CPR/4: Request
for Exemption from the Requirement to Obtain Competitive Quotations or
Tenders", as approved, sent whole as the application under a short note to
the panel. The officer asks to appoint the University without competition.

Layout:
- A note to the panel, then the form. Part titles are typed as bold
  capitalised Normal paragraphs ("PART C  GROUNDS FOR EXEMPTION"), never
  heading styles. Each part has the form's grey italic "Guidance:" prompt
  (never an answer) and an answer box (a one-cell table).
- Part A is a two-column label/answer table with shaded label cells.
- Part C has a tick-box table (the form's grounds, ticked or not) and an
  options table (alternatives considered).
- Part D is a pricing table; Part F a risk table (Risk / Likelihood / Impact
  / Mitigation).
- Part H is an approvals table with merged header cells, signatures typed as
  "/s/", and the Head of Legal's decision and numbered conditions.
- Schedule 1 (the service specification written with the University) uses
  Heading 2 styles and typed paragraph numbers S1.1.1 ... S1.12.3.
- Schedule 2 is the outcome coverage table in the Council's own codes
  (PA1-PA7, KU1-KU9, PS1-PS9 with PS2a-PS2c), with merged group rows, a key
  and a blanket claim above it. Schedule 3 is the cohort calendar.
- Page header ("COMMERCIAL IN CONFIDENCE") and footer (form number,
  reference, PAGE field): never evidence.

Traps (requirement ids):
- 2.3: Schedule 1 para S1.4.6 describes an assessment-only route in full, but
  Part H condition 2, pages away, excludes S1.4.6 from the approval and says
  the Service "may bring a separate request if demand arises". Not met. Part
  C also describes another provider's (St Piran's) assessment-only route and
  credit for experience, which was rejected (wrong provider; 2.1, 2.3).
- 2.1: APCL of prior certificated Level 7 credit only; the regulations "do
  not allow credit for experiential learning" (partial).
- 5.3: Part F's risk table has the University confirm CRB disclosures for its
  tutors (wrong people); for participants "the Programme makes no separate
  check" (not met).
- 1.1: The aims speak of attainment and progress in test data only; the
  five Every Child Matters outcomes appear as the Council's CYPP priorities
  in Part B (values) and as one Unit 1 topic (partial).
- 2.5: the end-of-course target review belonged to the old unaccredited
  Wenlow SENCO Induction Course, which ended in July 2008 (past); now only
  information about the MA is given (partial).
- 5.6: library and VLE access are real, but the island's SEN Resource
  Library "will be restocked once the Schools Forum has agreed" the budget
  and the assistive technology loan bank "is not part of this contract"
  (partial).
- 5.7: mentors' duties are listed, but mentors only "receive a copy of the
  Programme Handbook", which the University "will write" over the summer;
  no briefing or training (partial).
- 5.9: confidence and competence measured by the Starting Profile re-run;
  pupils' measures in T2 "are not aggregated" and the Council only "expects"
  to see an effect on results (partial).
- 1.9, 6.0: blanket claims ("every national minimum outcome is assessed in
  at least one of T1, T2 and T3"; the award rule in S1.5.4) against a
  Schedule 2 with gaps (partial).
- Schedule 2 per outcome: PA3 handed to school performance management,
  nothing developed or assessed (6.A3 not met); KU4 (child development) and
  PS2d (access arrangements for tests) have no row and appear nowhere (not
  met); PA7 and PS2c only in the Reflective Log, "formative, not graded"
  (partial); KU2 assessed in T1 only "where relevant to the policy reviewed"
  (partial, optional); KU7 and KU9 developed, "-" in Assessed (partial); PS4
  only in an "optional section" of T3 (partial); PS7 assessed in T2 only
  "where the participant judges it appropriate" (partial).
- Placeholders: the external examiner's nomination "[name TBC by Registry]"
  does not spoil 5.8, which is met by second marking, the June moderation
  meeting and the Board of Examiners.
- Form prompts ("Guidance: ...") are never answers.
- Met that may look like traps: 3.1 (disclosure, Learning Support Plan,
  accessible ferry cabin and taxi, VC alternative); 3.3 (boards answered
  within two working days, tutorials, triads); 4.3 (two heads and a
  participant on the Steering Group, which reads the evaluations and agrees
  the action plan; host schools; Parent Partnership co-teaching); 5.2 (the
  "Foundations in SEN" deferral and letter to the head); 5.5 (specialist
  setting days and specialist services on Island Days).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "en-01-wenlow-procurement-exemption.docx"

GREY = RGBColor(0x7F, 0x7F, 0x7F)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.paragraph_format.space_after = Pt(4)
for s in ("Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
doc.styles["Heading 2"].font.size = Pt(12)
doc.styles["Heading 3"].font.size = Pt(10.5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.top_margin = sec.bottom_margin = Cm(2.0)


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, color=None, align=None, style=None, container=None,
         space_after=None):
    c = container if container is not None else doc
    p = c.add_paragraph(style=style) if style else c.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, fmt) with fmt in {'', 'b', 'i', 'bi'}"""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    return p


def part_title(text):
    p = para(text, bold=True, size=11)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    return p


def guidance(text):
    p = para("Guidance: " + text, italic=True, size=8.5, color=GREY)
    p.paragraph_format.keep_with_next = True
    return p


def answer_box(paragraphs):
    """A one-cell bordered table holding the answer. paragraphs: list of str or (str, fmt) lists."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    first = True
    for item in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(item, str):
            p.add_run(item)
        else:
            runs(p, item)
        p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph()
    return t


def table(rows, widths=None, header=True, shade_header="D9D9D9", size=9, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(cell, shade_header)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def sp(text, style="Normal"):
    """Schedule paragraph: typed number in bold then text."""
    num, _, rest = text.partition(" ")
    p = doc.add_paragraph(style=style)
    r = p.add_run(num + "  ")
    r.bold = True
    p.add_run(rest)
    p.paragraph_format.left_indent = Cm(1.1)
    p.paragraph_format.first_line_indent = Cm(-1.1)
    return p


def sub(text):
    p = doc.add_paragraph()
    p.add_run(text)
    p.paragraph_format.left_indent = Cm(1.8)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.space_after = Pt(2)
    return p


def add_field(run, instr):
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, it, fld_sep, t, fld_end):
        run._r.append(el)


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("ISLE OF WENLOW COUNCIL\tCOMMERCIAL IN CONFIDENCE")
hr.font.size = Pt(8)
hr.bold = True
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Form CPR/4 (rev. 03/2008)   Ref EX/CS/2009/011   Page ")
fr.font.size = Pt(8)
fr2 = fp.add_run()
fr2.font.size = Pt(8)
add_field(fr2, "PAGE")
fr3 = fp.add_run("   A decision under this form is not a contract. All awards of contract must follow Rule 17.")
fr3.font.size = Pt(8)

# ---------------------------------------------------------------- note to panel
para("Isle of Wenlow Council  ·  Children's Services  ·  Inclusion and Learning Support Service", bold=True, size=9)
para("Harbour Road Learning Centre, Harbour Road, Port Enys, Isle of Wenlow", size=9)
para("")
para("Note for the approval panel", bold=True, size=12)
para("The Council is applying, with Kelsbury University, for approval to run nationally accredited SENCO "
     "training for teachers in Wenlow schools from September 2009. We have not written a separate narrative. What "
     "follows is the Council's request to appoint the University without competition, under our Contract "
     "Procedure Rules, as it was approved on 26 January 2009. Its Schedule 1 is the service specification the "
     "Council and the University wrote together, and it is the description of the programme that both are now "
     "bound to; rewriting it for the panel would only give you a second version.")
para("The pricing in Part D has been left in with the Director of Finance's agreement. Part H records the "
     "approval and the conditions attached to it, which apply to Schedule 1 as well as to the form. The "
     "University's validation report (4 December 2008) is available on request.")
para("Morwenna Tallack, Head of Inclusion and Learning Support, 30 January 2009", italic=True)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- the form
para("ISLE OF WENLOW COUNCIL", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("CONTRACT PROCEDURE RULES", bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para("FORM CPR/4: REQUEST FOR EXEMPTION FROM THE REQUIREMENT TO OBTAIN COMPETITIVE QUOTATIONS OR TENDERS",
     bold=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
guidance("Complete every part. An exemption may be granted under Rule 14 only by the Head of Legal and Democratic "
         "Services after consulting the Section 151 Officer, and only below the EU threshold. Officers should note "
         "that lack of time to tender is not a ground for exemption. Keep a copy of the approved form on the "
         "contract file. Incomplete forms will be returned unsigned.")

part_title("PART A  DETAILS OF THE REQUEST")
guidance("All fields are mandatory. Give the whole-life value, including any extension, exclusive of VAT.")
rows_a = [
    ("Reference", "EX/CS/2009/011"),
    ("Directorate", "Children's Services"),
    ("Service area", "Inclusion and Learning Support Service (ILSS)"),
    ("Requesting officer", "Morwenna Tallack, Head of Inclusion and Learning Support (ext. 4417)"),
    ("Budget holder", "Dr Gwen Hosking, Assistant Director (Learning and Achievement)"),
    ("Proposed supplier", "Kelsbury University, School of Education and Lifelong Learning, Kelsby Road campus"),
    ("Goods / services", "Design with the Council, validation, part of the teaching, assessment and award of a "
                         "60-credit postgraduate certificate for teachers who lead SEN coordination in Wenlow "
                         "schools (the Wenlow SENCO Award). See Schedule 1."),
    ("Estimated value", "£71,400 over three cohorts (2009-10, 2010-11, 2011-12), exclusive of VAT"),
    ("Contract period", "1 April 2009 to 31 August 2012, with an option to extend by twelve months"),
    ("Rule(s) to be waived", "Rule 9.2 (three written quotations for contracts of £10,000 to £74,999)"),
    ("Budget code", "CS-ILS-4410 (Continuing professional development: SEN)"),
]
ta = doc.add_table(rows=len(rows_a), cols=2)
ta.style = "Table Grid"
for i, (k, v) in enumerate(rows_a):
    c0, c1 = ta.cell(i, 0), ta.cell(i, 1)
    c0.text = ""
    r = c0.paragraphs[0].add_run(k)
    r.bold = True
    r.font.size = Pt(9)
    shade(c0, "E7E6E6")
    c1.text = ""
    c1.paragraphs[0].add_run(v).font.size = Pt(9)
    c0.width = Cm(4.2)
    c1.width = Cm(12.3)
doc.add_paragraph()

part_title("PART B  DESCRIPTION OF THE REQUIREMENT AND WHY IT IS NEEDED")
guidance("Describe the goods, works or services and the business need. Attach a specification if one exists. Say "
         "how the requirement supports the Council's corporate and service plans.")
answer_box([
    "Under the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, the SENCO in a "
    "maintained school must be a qualified teacher, and the Government has announced that teachers new to the "
    "role from September 2009 will have to gain nationally accredited training. Wenlow has 24 maintained schools "
    "(19 primary, 3 secondary, Gullhaven School for pupils aged 2 to 19 with severe and complex needs, and the "
    "Beacon Centre, our pupil referral unit). In the Service's audit of September 2008, 9 of the 24 SENCOs had "
    "been in the role for less than two years or were due to take it up, and a further 6 had no SEN "
    "qualification of any kind. Three more are expected to change over the next two years, mainly through "
    "retirement in the small primary schools, where the headteacher is often the SENCO as well.",
    "There is no higher education institution on the island. The nearest university is Kelsbury, whose campus "
    "is 25 minutes by road from Kelsby Quay, where the Port Enys ferry docks after a crossing of 1 hour 35 "
    "minutes. The Council therefore needs a university partner that will validate the award at postgraduate "
    "level, teach and assess much of it, and award it, while the Council provides the island end: coordination, "
    "school mentors, Island Day venues and host schools, video-conference rooms and ferry fares. Schedule 1 "
    "sets out the whole programme and who does what.",
    "Fit with Council plans: the Wenlow Children and Young People's Plan 2009-11 commits the Children's Trust to "
    "the five Every Child Matters outcomes for every island child, and names narrowing the gap for pupils with "
    "SEN as one of its six priorities. The Service Plan 2009-10 (action ILS/3) commits the Service to securing "
    "an accredited route for SENCOs that does not depend on teachers leaving the island for weeks at a time.",
])

part_title("PART C  GROUNDS FOR EXEMPTION")
guidance("Tick the ground or grounds relied on and give full reasons. Describe the alternatives you considered and "
         "why they were rejected. Where you rely on Rule 14.1(c) you must show that competition would not secure "
         "best value.")
grounds = [
    ("☐", "14.1(a)", "The goods or services are available from only one supplier (sole source)"),
    ("☒", "14.1(c)", "Specialist services where competition would not secure best value"),
    ("☐", "14.1(d)", "Genuine emergency (not lack of planning)"),
    ("☐", "14.1(e)", "Extension of an existing contract on the same terms"),
    ("☒", "14.1(f)", "Collaboration with another public body or publicly funded institution"),
]
tg = doc.add_table(rows=len(grounds), cols=3)
tg.style = "Table Grid"
for i, (box, rule, text) in enumerate(grounds):
    for j, val in enumerate((box, rule, text)):
        c = tg.cell(i, j)
        c.text = ""
        c.paragraphs[0].add_run(val).font.size = Pt(9)
    tg.cell(i, 0).width = Cm(1.0)
    tg.cell(i, 1).width = Cm(1.8)
    tg.cell(i, 2).width = Cm(13.7)
doc.add_paragraph()
answer_box([
    [("Reasons. ", "b"), ("Competition would not secure best value because the service depends on a university "
      "that island teachers can reach and leave again within one working day. Kelsbury's campus is the only one "
      "that can be reached on the 06:45 sailing and left in time for the 17:05 return between March and "
      "October; every other university that offers postgraduate SEN study would need an overnight stay or "
      "distance study alone. Kelsbury has also agreed to send its tutors to the island, at its own cost, for the "
      "Island Days, and to teach the twilight Link Sessions by video-conference from its own studio to Harbour "
      "Road and the three secondary schools. We know of no other university that has offered either.", "")],
    [("Collaboration. ", "b"), ("The Council and the University have worked together under a Memorandum of "
      "Understanding since 2006 (PGCE school placements on the island and the Newly Qualified Teacher "
      "conference). The University is a publicly funded institution and the arrangement in Schedule 1 is a "
      "partnership in which each party contributes staff and facilities, not a simple purchase.", "")],
    [("Soft market test. ", "b"), ("On 2 June 2008 the Service wrote to the five universities in the region that "
      "offer postgraduate SEN study, describing the island's needs. Two replied: Kelsbury University and St "
      "Piran's University College, Redmouth. The alternatives considered are summarised below.", "")],
])
table([
    ("Option", "Summary", "Why rejected or preferred"),
    ("1. Run our own course again",
     "Revive the Wenlow SENCO Induction Course, the Council's own unaccredited ten-session course (2004-2008).",
     "Rejected. It carried no academic credit and cannot meet the national requirement. The course ended in "
     "July 2008 and its tutor has retired."),
    ("2. St Piran's University College",
     "A distance-learning postgraduate certificate with three residential weekends in Redmouth. St Piran's offers "
     "credit for experience through a portfolio and an assessment-only route for experienced teachers.",
     "Rejected. No teaching on or near the island and no video-conference. Each residential weekend means two "
     "sailings, a train and two nights away; weekend travel does not suit teachers with young families, and "
     "the winter timetable makes Friday crossings unreliable. Cost per head with travel about £2,990."),
    ("3. Open competition",
     "Seek three quotations under Rule 9.2.",
     "Not pursued. Only two institutions responded to the soft market test, and only one can deliver within "
     "the ferry day."),
    ("4. Kelsbury University (preferred)",
     "Partnership award as in Schedule 1: Crossing Days on campus, Island Days in Port Enys, Link Sessions by "
     "video-conference, online support.",
     "Preferred. Deliverable within the ferry day, on-island teaching, lowest cost per head (Part D)."),
], widths=[3.4, 6.0, 7.1])
doc.add_paragraph()

part_title("PART D  VALUE FOR MONEY")
guidance("Show the basis of the price and how value for money will be demonstrated over the life of the contract. "
         "Include any costs the Council will bear outside the contract.")
table([
    ("Item", "2009-10", "2010-11", "2011-12", "Total"),
    ("University: teaching, assessment and award (up to 12 participants per cohort)", "£20,400", "£20,400",
     "£20,400", "£61,200"),
    ("University: one-off development and validation fee", "£6,800", "-", "-", "£6,800"),
    ("University: external examiner and Board of Examiners", "£1,100", "£1,150", "£1,150", "£3,400"),
    ("Contract total (this exemption)", "£28,300", "£21,550", "£21,550", "£71,400"),
    ("Council, outside the contract: ferry fares for Crossing Days (4 x 12 x £38)", "£1,824", "£1,824",
     "£1,824", "£5,472"),
    ("Council, outside the contract: supply cover for 9 days per participant (Standards Fund)", "£19,440",
     "£19,440", "£19,440", "£58,320"),
], widths=[7.4, 2.2, 2.2, 2.2, 2.5])
doc.add_paragraph()
answer_box([
    "The University price works out at £1,700 per participant per year for teaching, assessment and award, "
    "against about £2,350 in fees at St Piran's before travel and accommodation (a further £640 per head). The "
    "University does not charge for its tutors' crossings to the island; the Council provides the Island Day "
    "rooms and the video-conference links at no charge to the contract.",
    "Value is protected in three further ways. First, the Island Days and Link Sessions mean that only four "
    "days a year are spent crossing to the mainland, instead of the six or more that a campus programme would "
    "need. Second, the Starting Profile (Schedule 1, S1.4.3) lets the tutors spend less teaching time on "
    "outcomes the whole group already meets and more on those the group most needs; in a small cohort this "
    "matters more than it would on the mainland. Third, the fee is payable per participant in three stages "
    "(enrolment, end of Unit 2, award), so the Council does not pay for places that are not used.",
])

part_title("PART E  CONSULTATION")
guidance("Who has been consulted about this requirement? Summarise their views and say how they have shaped it. "
         "For services to children, include schools and, where appropriate, children, young people and families.")
answer_box([
    [("SENCO survey, May 2008. ", "b"), ("The Service sent a questionnaire to all 24 SENCOs and had 22 replies. "
      "Seventeen named travel and time away from school as the main barrier to further study; fifteen said they "
      "would join sessions by video-conference if the link was reliable. Asked what they most needed, fourteen "
      "named provision mapping and managing teaching assistants, eleven the new SENCO regulations and the "
      "school's duties under the Disability Discrimination Act, and nine working with outside agencies when "
      "those agencies are on the mainland. Only four wanted more on the main types of need, which most had "
      "covered on the old Induction Course.", "")],
    [("Headteachers' Forum, 12 June and 11 September 2008. ", "b"), ("Heads asked that no school lose its SENCO "
      "to the mainland for more than four days a year; that no off-island day fall in the weeks of the Key Stage "
      "2 tests or GCSE examinations; and that the assessed work be based in the teacher's own school so that the "
      "school gets something back. The small primary heads asked that their SENCOs, who often teach a full "
      "timetable, be able to join twilight sessions from their cluster's secondary school rather than travel to "
      "Port Enys.", "")],
    [("Parents. ", "b"), ("Diane Hocking, the Parent Partnership Officer, held two meetings of the Wenlow "
      "Parents' Network in September 2008. Parents said SENCOs were often unable to explain what provision their "
      "child was getting or why, and that they wanted to be asked, not told, at reviews.", "")],
    [("Schools Forum, 20 November 2008. ", "b"), ("The Forum agreed that supply cover would be met from the "
      "Standards Fund for three years.", "")],
    [("How the views shaped the requirement. ", "b"), ("The number of Crossing Days was cut from six in the "
      "University's first outline to four, all timed to the summer ferry timetable and none in test or "
      "examination weeks. The twilight Link Sessions were added, received in four island locations. Provision "
      "mapping and the deployment of support staff became the core of Unit 3. The Unit 2 task (T2) now requires a "
      "planned meeting with the pupil's parents, and the Parent Partnership Officer co-teaches the Island Day on "
      "working with families. The types of need are taught more briefly, in two Link Sessions and directed "
      "reading, because the survey showed the group already knew them well. All assessed tasks are based in the "
      "participant's own school.", "")],
])

part_title("PART F  CONTRACT MANAGEMENT AND RISK")
guidance("Say how the contract will be monitored, by whom and how often, and what performance measures will be "
         "used. List the main risks and how each will be managed.")
answer_box([
    "The Head of Inclusion and Learning Support will manage the contract. She and the University's Programme "
    "Leader will meet each term (by video-conference unless an Island Day allows otherwise). Performance "
    "measures: enrolment against places; completion and pass rates per cohort; participants' ratings of each "
    "teaching day; turnaround of marked work within 20 working days; and the external examiner's report. "
    "The Programme Steering Group described in Schedule 1 (S1.7.3) receives the same information.",
])
table([
    ("Risk", "L", "I", "Mitigation"),
    ("A sailing is cancelled on a Crossing Day (weather, breakdown).", "M", "M",
     "The day runs by video-conference from the University's studio to Harbour Road on the same date "
     "(S1.3.3). Participants are told by text message by 06:00."),
    ("The video-conference link fails during a Link Session.", "M", "L",
     "Every Link Session is recorded on the University's system and placed on KU Learn within two days; "
     "the Island Coordinator reschedules if more than half the session is lost."),
    ("Too few nominations for a viable cohort (fewer than 6).", "L", "H",
     "Contract price is per participant (Part D). The Service may combine two years' intakes."),
    ("A University tutor who visits island schools on Island Days has no current CRB disclosure.", "L", "H",
     "The University will confirm in writing before each Island Day that every tutor coming to the island "
     "holds a current enhanced CRB disclosure; the Council's Safeguarding in Education Officer keeps the list."),
    ("A participant is unsuitable to work with children.", "L", "H",
     "None needed beyond the employer's usual checks. All participants are serving teachers in island schools "
     "and were checked on appointment, so the Programme makes no separate check."),
    ("The Island Coordinator post falls vacant.", "L", "H",
     "The post is in the Service's establishment; the Senior Adviser for Inclusion covers in the interim."),
    ("The University withdraws or changes the award.", "L", "H",
     "Contract notice period of one academic year; participants already registered complete under the "
     "University's regulations."),
], widths=[5.0, 0.7, 0.7, 10.1])
para("L = likelihood, I = impact (H high, M medium, L low).", italic=True, size=8)

part_title("PART G  DECLARATIONS OF INTEREST")
guidance("Declare any personal or prejudicial interest of any officer involved in this request or its approval.")
answer_box([
    "Morwenna Tallack was an associate lecturer of Kelsbury University (0.1 FTE, PGCE inclusion sessions) until "
    "31 August 2008. The appointment has ended. No other interest is declared.",
])

part_title("PART H  APPROVALS")
guidance("Signatures may be typed where the form is sent by e-mail from the signatory's own account. The decision "
         "box is completed by Legal and Democratic Services only.")
th = doc.add_table(rows=7, cols=3)
th.style = "Table Grid"
hdr = th.cell(0, 0).merge(th.cell(0, 2))
hdr.text = ""
r = hdr.paragraphs[0].add_run("Sign-off")
r.bold = True
shade(hdr, "D9D9D9")
sign = [
    ("Requesting officer", "Morwenna Tallack  /s/", "14 January 2009"),
    ("Budget holder", "Dr Gwen Hosking  /s/", "15 January 2009"),
    ("Corporate Procurement Manager",
     "Ian Carne  /s/  Comment: grounds 14.1(c) and (f) are made out. The value is below the EU threshold for "
     "Part B services. I recommend approval with the conditions below.", "19 January 2009"),
    ("Section 151 Officer consulted", "Robert Jago, Director of Finance  /s/", "22 January 2009"),
]
for i, (a, b, c) in enumerate(sign, start=1):
    for j, val in enumerate((a, b, c)):
        cell = th.cell(i, j)
        cell.text = ""
        rr = cell.paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if j == 0:
            rr.bold = True
dec = th.cell(5, 0).merge(th.cell(5, 2))
dec.text = ""
rr = dec.paragraphs[0].add_run("DECISION OF THE HEAD OF LEGAL AND DEMOCRATIC SERVICES")
rr.bold = True
shade(dec, "D9D9D9")
body = th.cell(6, 0).merge(th.cell(6, 2))
body.text = ""
body.paragraphs[0].add_run("APPROVED subject to conditions 1 to 4.  Philippa Vosper  /s/  26 January 2009").bold = True
conds = [
    "1. A written contract on the Council's standard terms for services is to be signed before 1 April 2009, "
    "with Schedule 1 as the specification and Schedule 3 as the delivery calendar.",
    "2. Paragraph S1.4.6 of Schedule 1 (the assessment-only route) is excluded from this exemption. It was not "
    "costed in Part D and the Council cannot commit on this basis to buying assessment without teaching. The "
    "Service may bring a separate request if demand arises.",
    "3. The one-off development and validation fee is payable only once the University confirms validation in "
    "writing.",
    "4. The Head of Inclusion and Learning Support will report performance against the Part F measures to the "
    "Children's Services Management Team each September.",
]
for c in conds:
    p = body.add_paragraph(c)
    p.runs[0].font.size = Pt(9)
doc.add_paragraph()

# ---------------------------------------------------------------- Schedule 1
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
doc.add_heading("SCHEDULE 1: SERVICE SPECIFICATION  The Wenlow SENCO Award", level=2)
para("Written jointly by the Inclusion and Learning Support Service and Kelsbury University's School of Education "
     "and Lifelong Learning (Programme Leader: Dr Nicholas Rowe). In this Schedule, \"the Council\" means the Isle "
     "of Wenlow Council acting through the Service; \"the University\" means Kelsbury University; \"the "
     "Programme\" means the Wenlow SENCO Award, which leads to the University's Postgraduate Certificate in "
     "Special Educational Needs Coordination; and \"participant\" means a teacher registered on the Programme.",
     italic=True)

doc.add_heading("S1.1  Purpose and aims", level=3)
sp("S1.1.1 The Programme prepares teachers who lead, or are about to lead, the coordination of SEN provision in "
   "Wenlow's schools to do that job well in an island setting, where most specialist services are small, some "
   "are on the mainland, and the SENCO is often the only person in the school with any SEN training.")
sp("S1.1.2 The aims of the Programme are:")
sub("(a) to raise the attainment, and speed up the progress, of pupils with SEN and/or disabilities in Wenlow "
    "schools, as shown in end of key stage results, P-scale assessments and the schools' own tracking data;")
sub("(b) to give each participant the knowledge, skills and standing to lead provision for these pupils in their "
    "school and to work with the school's leaders, colleagues, other services and parents to that end; and")
sub("(c) to give participants an accredited postgraduate qualification that meets the national requirement for "
    "SENCOs and can count towards a master's degree.")
sp("S1.1.3 By the end of the Programme, each participant will have reviewed their school's SEN policy and "
   "practice against the law and agreed changes with the headteacher; carried out and evaluated an intervention "
   "for a pupil or group, with measures taken before and after; mapped their school's provision and reviewed it "
   "with colleagues; and coached at least one colleague through a cycle of observation and feedback.")

doc.add_heading("S1.2  Award, credit and length", level=3)
sp("S1.2.1 The Programme leads to the University's Postgraduate Certificate in Special Educational Needs "
   "Coordination: 60 credits at Level 7 (master's level) of the Framework for Higher Education Qualifications, "
   "made up of three units of 20 credits. The award was validated by the University's Academic Standards "
   "Committee at a validation event on 4 December 2008. The 60 credits may be carried into the University's MA "
   "in Education (Inclusive Practice).")
table([
    ("Unit", "Title", "Credits", "Taught mainly through", "Assessed by"),
    ("EDU7241", "The SENCO, the Law and the Island School", "20", "Crossing Days 1-2, Link Sessions 1-3", "T1"),
    ("EDU7242", "Knowing and Planning for the Learner", "20", "Island Days 1-3, Link Sessions 4-6", "T2"),
    ("EDU7243", "Leading and Improving Provision", "20", "Island Days 4-5, Crossing Days 3-4, Link Sessions 7-8",
     "T3"),
], widths=[2.0, 5.4, 1.4, 5.2, 2.5])
doc.add_paragraph()
sp("S1.2.2 The Programme normally takes one academic year part time, from September to July. A participant may "
   "take up to two years, and may suspend study for up to a year with the agreement of the Programme Leader and "
   "their headteacher.")
sp("S1.2.3 There are two start points. Participants starting in September take the three units in order over "
   "the year. Participants starting in January take Unit EDU7241 by the Link route in the spring term (the Link "
   "Sessions, recorded Crossing Day lectures on KU Learn and two tutorials) and join Units EDU7242 and EDU7243 "
   "with the next September group. After Unit EDU7241, Units EDU7242 and EDU7243 may be taken in either order.")

doc.add_heading("S1.3  How the Programme is taught", level=3)
sp("S1.3.1 Teaching takes three forms:")
sub("(a) Crossing Days: four study days a year on the University's Kelsby Road campus (September, October, March "
    "and June), timed to the 06:45 sailing from Port Enys and the 17:05 return. The University's minibus meets the "
    "boat at 08:25 and has participants back on the quay by 16:35. No Crossing Day is held between November and "
    "February, when the first winter sailing is not until 08:00. The Council books and pays for the fares.")
sub("(b) Island Days: five study days at the Harbour Road Learning Centre in Port Enys, taught by University "
    "tutors who cross the evening before. Each Island Day includes a morning in a host school (S1.9.2).")
sub("(c) Link Sessions: eight twilight sessions (16:00-17:30) by video-conference from the University's studio "
    "to the Harbour Road suite and to the video-conference units at Wenlow High School, Northcliffe Community "
    "School and Castle Quay School. Primary SENCOs join at whichever of the four is nearest.")
sp("S1.3.2 Between taught days participants are supported as follows. Each unit has a site on KU Learn, the "
   "University's Blackboard learning environment, with the unit materials, recordings of Crossing Day lectures and "
   "all Link Sessions, and a discussion board for the cohort. The unit tutor reads the board at least twice a week "
   "and answers questions put to tutors within two working days. Each participant has three individual tutorials "
   "per unit with their personal tutor, by video-conference from Harbour Road or by telephone, booked through KU "
   "Learn. Participants are placed in study triads which meet monthly at Harbour Road. The Island Coordinator "
   "holds a drop-in surgery at Harbour Road every Thursday in term from 15:30 to 17:30.")
sp("S1.3.3 If a sailing is cancelled on a Crossing Day, the day runs on the same date by video-conference from "
   "the University's studio to the Harbour Road suite, where the Island Coordinator hosts the group. Practical "
   "activities planned for the campus are moved to the next Island Day.")
sp("S1.3.4 A participant who cannot make the crossing, for example because of a disability, a health condition "
   "or caring responsibilities, may take part in every Crossing Day by video link from Harbour Road, with the "
   "Island Coordinator present and a tutor on the mainland assigned to them for the day.")

doc.add_heading("S1.4  Admission, the Starting Profile and credit for prior learning", level=3)
sp("S1.4.1 To be admitted a teacher must have qualified teacher status; be employed in a Wenlow maintained school "
   "or the Beacon Centre as its SENCO, or have been designated by the governing body to become SENCO within the "
   "year; hold a first degree or equivalent; and be nominated by their headteacher on the Programme's nomination "
   "form. On that form the headteacher agrees to release the teacher for the Crossing and Island Days and for "
   "five further study days, and names a school mentor (S1.9.1).")
sp("S1.4.2 Each nominee is interviewed in June (at Harbour Road or by video-conference) by the Island "
   "Coordinator and a University tutor, who go through the nominee's draft Starting Profile with them. A "
   "nominee who the interviewers judge is unlikely to reach the outcomes within the year (for example a teacher "
   "in their first two years of teaching, or one who has never planned for a pupil at School Action Plus) is "
   "offered a place on the Service's Foundations in SEN twilight course and deferred to the following intake. "
   "The Head of Inclusion and Learning Support writes to the headteacher setting out what the teacher needs to "
   "do and what the school can do to help.")
sp("S1.4.3 The Starting Profile lists the national minimum outcomes in the Programme's own words (the statements in "
   "Schedule 2). The nominee rates each on a four-point scale (new to me / some experience / confident / could "
   "lead others), with a line of evidence, and the school mentor adds comments. In September the personal tutor "
   "and the participant use it to agree an Individual Learning Plan, which records: the outcomes that are "
   "priorities for that participant; up to three personal outcomes of the participant's own, agreed with the "
   "headteacher, which sit alongside the national ones; the focus of the T2 enquiry; the host-school visits and "
   "optional Link Sessions chosen; and the reading to start with. The plan is reviewed at each unit's first "
   "tutorial and updated on KU Learn.")
sp("S1.4.4 The tutors also use the group's Starting Profiles to plan. Where most of a cohort already rate "
   "themselves confident or higher on an outcome and the interviews bear this out, the Island Day time for it is "
   "cut back and given to the outcomes the group needs most; a participant who is less secure on that outcome "
   "is directed to the relevant recordings and a tutorial instead.")
sp("S1.4.5 A participant who already holds postgraduate credit at Level 7 in a related subject (for example a "
   "university certificate in specific learning difficulties) may apply under the University's regulations for "
   "the Accreditation of Prior Certificated Learning to be exempted from one unit (20 credits), if the credit was "
   "gained within the last five years and the Programme Leader confirms that it covers that unit's outcomes. The "
   "University's regulations for this Programme do not allow credit for experiential learning; a participant's "
   "experience is recognised instead in their Individual Learning Plan.")
sp("S1.4.6 Assessment-only route. In exceptional cases, an experienced teacher who appears already to meet all the "
   "outcomes (for example an advisory teacher from the Sensory Support Team) may ask to be assessed without "
   "taking the units. The candidate has two tutorials, then submits T1, T2 and T3, including the professional "
   "conversation, in a single assessment window, and the work is marked and moderated exactly as in S1.5. The "
   "University sets the fee.")

doc.add_heading("S1.5  Assessment and award", level=3)
sp("S1.5.1 Each unit has one assessed task. All three are based in the participant's own school.")
sub("T1 Policy Review (Unit EDU7241, 4,000 words). A critical review of the school's SEN policy and practice "
    "against the SEN Code of Practice 2001, the Disability Discrimination Act 1995 as amended in 2005, the "
    "school's disability equality scheme and accessibility plan, and current research, ending with an action plan "
    "agreed and signed by the headteacher.")
sub("T2 Pupil Enquiry (Unit EDU7242, 5,000 words with a data appendix). An enquiry into provision for one pupil "
    "or a small group: using the assessments of other professionals (educational psychologist, speech and language "
    "therapist, sensory support teacher or others) and the school's own data to identify needs and set targets; "
    "planning and running an intervention with baseline and end measures; a planned meeting with the parents; and "
    "an evaluation. Where the participant judges it appropriate, the enquiry also reports the pupil's own views.")
sub("T3 Leadership Portfolio with Professional Conversation (Unit EDU7243). A portfolio containing the school's "
    "provision map and an analysis of its gaps; a record of a review of provision carried out with colleagues; a "
    "record of a coaching cycle with a colleague (observation, feedback, follow-up); a paper on a strategic SEN "
    "priority presented to the senior leadership team or governors; and, as an optional section, a review of how "
    "teaching assistants are deployed. It ends with a 40-minute professional conversation by video-conference with "
    "two assessors, one of them from the University, about the portfolio and the decisions it records.")
sp("S1.5.2 Alongside the tasks, every participant keeps a Reflective Log on KU Learn. The personal tutor reads it "
   "before each tutorial and gives written comments. It is formative and is not graded.")
sp("S1.5.3 Each task is marked by the unit tutor against the published criteria for Level 7 work; the pass mark "
   "is 50%. All fails, all marks within three of a grade boundary and a further 20% sample of each task are "
   "second-marked by another University tutor. The unit tutors, the second markers and the Island Coordinator "
   "meet each June to moderate a common sample across the three tasks. The external examiner (nominated for "
   "2009-12: [name TBC by Registry]) sees a sample of every task and every fail, and attends the University's "
   "Board of Examiners in July, which confirms all marks.")
sp("S1.5.4 The Postgraduate Certificate is awarded to a participant who passes T1, T2 and T3. Between them the "
   "three tasks assess every national minimum outcome (Schedule 2), so a participant who passes all three has "
   "met all the outcomes.")

doc.add_heading("S1.6  Staff", level=3)
sp("S1.6.1 University staff. Dr Nicholas Rowe (Programme Leader, Unit EDU7241) was SENCO in two secondary schools "
   "for eleven years and has taught postgraduate inclusion courses since 2000; his doctorate was on SENCOs' "
   "leadership roles. Helen Marrack (Unit EDU7242) holds an MEd in specific learning difficulties and AMBDA and "
   "was an advisory teacher for eight years. Dr Priya Anand (Unit EDU7243) was a deputy headteacher and wrote her "
   "doctorate on how schools deploy teaching assistants. All three hold Fellowship of the Higher Education "
   "Academy, are members of nasen and present each year at the regional SENCO conference.")
sp("S1.6.2 Council staff. The Island Coordinator, Jenna Trewin (0.5 FTE), was SENCO at Wenlow High School for "
   "seven years and holds an MA in Special and Inclusive Education (2006); she is an associate tutor of the "
   "University, co-teaches the Island Days and is one of the two assessors in T3 professional conversations. Dr "
   "Mark Bolitho (Principal Educational Psychologist), Carol Pascoe (Team Leader, Sensory Support) and Rachel "
   "Kitto (lead children's speech and language therapist, Wenlow Primary Care Trust) each teach on an Island "
   "Day.")
sp("S1.6.3 Keeping up to date. The Programme's tutors attend at least one national SEN conference or course a "
   "year, paid for by their employer, and the University's research seminar series on inclusion. The Island "
   "Coordinator attends the University's annual associate tutor day.")

doc.add_heading("S1.7  Quality assurance and evaluation", level=3)
sp("S1.7.1 The Programme is subject to the University's quality framework: the external examiner's annual "
   "report; an online evaluation by participants at the end of each unit; a Programme Committee each term with "
   "two elected participant representatives; the Programme Annual Review, which the School's Learning and "
   "Teaching Committee scrutinises; and periodic review every five years.")
sp("S1.7.2 In addition, participants complete a short paper evaluation at the end of every Crossing Day and "
   "Island Day, and host schools are asked for their comments after each visit. The Island Coordinator summarises "
   "these for each Steering Group meeting.")
sp("S1.7.3 A Programme Steering Group meets termly by video-conference: the Head of Inclusion and Learning "
   "Support (chair), the Programme Leader, the Island Coordinator, two headteachers nominated by the "
   "Headteachers' Forum and one participant representative. It considers the evaluation summaries, the "
   "external examiner's report and the pass and completion figures, and agrees an action plan for the next "
   "cohort. The action plan forms part of the Programme Annual Review and is reported to the Headteachers' Forum "
   "each autumn.")
sp("S1.7.4 Participants re-rate themselves on the Starting Profile at the end of the Programme, and the school "
   "mentor again adds comments; the change in ratings is reported to the Steering Group as the measure of "
   "participants' growth in confidence and competence. The baseline and end measures in each T2 enquiry are "
   "part of the participant's assessment; they are not aggregated. The Council expects that, over time, the "
   "Programme will be reflected in better results for Wenlow pupils with SEN.")

doc.add_heading("S1.8  Equality and access", level=3)
sp("S1.8.1 The Programme follows the University's Disability Equality Scheme and the Council's Single Equality "
   "Scheme. The nomination form and the Programme leaflet invite teachers to tell us about any disability or "
   "health condition, and say what help is available; the leaflet is available in large print and on audio CD. "
   "When a participant discloses, the University's Disability Adviser contacts them before the first Crossing "
   "Day to agree a Learning Support Plan (for example extra time, materials in other formats, assistive "
   "software), which is shared with tutors and with the Island Coordinator.")
sp("S1.8.2 The Island Coordinator books the ferry's accessible cabin for any participant who needs it. The "
   "University's minibus is not wheelchair accessible, so the University books an accessible taxi from the quay "
   "instead. The Harbour Road Learning Centre and all four video-conference rooms are on the ground floor with "
   "accessible toilets. S1.3.4 applies to anyone who cannot make the crossing.")

doc.add_heading("S1.9  Schools, mentors and host settings", level=3)
sp("S1.9.1 Each participant has a school mentor, normally the headteacher or another senior leader. The mentor "
   "agrees the T1 action plan, helps the participant get access to data and colleagues for T2 and T3, and meets "
   "the participant at least once each half-term. Mentors receive a copy of the Programme Handbook, which the "
   "University will write over the summer of 2009.")
sp("S1.9.2 Every participant spends two days in specialist settings, chosen in their Individual Learning Plan: a "
   "day at Gullhaven School, and a second day at the Wenlow High School Learning Support Base, the St Enna "
   "Primary speech and language base or, on a Crossing Day, Kelsbury's Harbourside Autism Base on the mainland. "
   "The Island Coordinator arranges these with the host school, which is briefed on the purpose of the visit. "
   "Island Days 1 to 3 also include contributions from the educational psychology, sensory support and speech "
   "and language therapy services, and from the Parent Partnership Officer.")

doc.add_heading("S1.10  Resources", level=3)
sp("S1.10.1 Participants are registered University students with full remote access to the University Library's "
   "electronic journals and e-books, and to its free postal loan service for distance learners (returns "
   "pre-paid). The Library's subject librarian teaches a session on searching on Crossing Day 1.")
sp("S1.10.2 The Harbour Road Learning Centre has the island's SEN Resource Library, which will be restocked "
   "once the Schools Forum has agreed the 2009-10 budget. The Service's assistive technology loan bank is not "
   "part of this contract.")

doc.add_heading("S1.11  At the end of the Programme", level=3)
sp("S1.11.1 On the last Crossing Day, the University presents its MA in Education (Inclusive Practice) and "
   "explains how the Certificate's 60 credits count towards it.")
sp("S1.11.2 Under the Wenlow SENCO Induction Course each SENCO finished with a review meeting with the Senior "
   "Adviser for Inclusion to agree targets for the following year. That review ended with the Induction Course "
   "in July 2008.")

doc.add_heading("S1.12  Outline of content", level=3)
sp("S1.12.1 Unit EDU7241, The SENCO, the Law and the Island School: the Education Act 1996 and the SEN Code of "
   "Practice 2001; the SENCO regulations of 2008; the Special Educational Needs and Disability Act 2001, the "
   "Disability Discrimination Act 2005 and the disability equality duty, and what they require of schools; "
   "Every Child Matters and the five outcomes; Removing Barriers to Achievement (2004) and the Inclusion "
   "Development Programme; what inspection has found, in particular Ofsted's Special educational needs and "
   "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006); "
   "the Bercow Review of services for children with speech, language and communication needs (2008); reading and "
   "using research, starting from Lewis and Norwich, Special Teaching for Special Children? (2005); the SENCO's "
   "place in the leadership of the school; working with the headteacher and governors.")
sp("S1.12.2 Unit EDU7242, Knowing and Planning for the Learner: identifying needs through observation, data and "
   "assessment; the main types of need (behavioural, emotional and social difficulties, specific learning "
   "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, "
   "moderate learning difficulties) and how they affect learning; using assessments from educational "
   "psychologists, therapists and advisory teachers; setting targets and planning interventions; approaches, "
   "strategies and resources for teaching, including ICT and assistive technology; tracking progress with "
   "summative data (RAISEonline, P-scales, optional tests) and changing programmes when progress stalls; "
   "listening to pupils; working with parents, including structured conversations at reviews; the Common "
   "Assessment Framework and working with services on and off the island.")
sp("S1.12.3 Unit EDU7243, Leading and Improving Provision: provision mapping and provision management; finding "
   "provision that is missing or not working; deploying and managing teaching assistants and higher level "
   "teaching assistants; coaching, observation and feedback, and leading staff training; reviewing provision "
   "with colleagues; school self-evaluation and the SEN sections of the self-evaluation form; influencing "
   "strategy, policy and budgets with senior leaders and governors; solving problems and making decisions about "
   "provision.")

# ---------------------------------------------------------------- Schedule 2
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
doc.add_heading("SCHEDULE 2: OUTCOME COVERAGE", level=2)
para("Every national minimum outcome is assessed in at least one of T1, T2 and T3. The table gives each outcome in "
     "the Programme's own short form, as used in the Starting Profile.", bold=True)
para("Key: T1 Policy Review; T2 Pupil Enquiry; T3 Leadership Portfolio with Professional Conversation; CD Crossing "
     "Day; ID Island Day; LS Link Session; Log Reflective Log (formative, not graded); - none.", size=8.5)

groups = [
    ("Professional attributes", [
        ("PA1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families",
         "EDU7242; ID 2", "T2"),
        ("PA2", "Wins the commitment of the head, senior leaders and colleagues", "EDU7241; EDU7243",
         "T1 (action plan agreed with head); T3"),
        ("PA3", "Prioritises, manages time and delegates",
         "- (a matter for the school's performance management)", "-"),
        ("PA4", "Anticipates and solves problems; makes sound decisions about provision", "EDU7243; CD 4",
         "T3 (professional conversation)"),
        ("PA5", "Communicates clearly in speech and writing; listens to others", "All units",
         "T1, T2, T3 (written); T3 (professional conversation)"),
        ("PA6", "Uses research and outside advice to improve own and colleagues' practice", "EDU7241; CD 1",
         "T1; T2"),
        ("PA7", "Keeps up to date and takes charge of own CPD", "Log", "Log"),
    ]),
    ("Knowledge and understanding", [
        ("KU1", "SEN law, the Code of Practice and what they mean for the school", "EDU7241; CD 1-2", "T1"),
        ("KU2", "Every Child Matters and the SENCO's part in the five outcomes", "EDU7241; LS 2",
         "T1 where relevant to the policy reviewed"),
        ("KU3", "Disability equality law and what it requires", "EDU7241; CD 2", "T1"),
        ("KU5", "The main types of SEN and disability and their effect on learning", "EDU7242; LS 4-5", "T2"),
        ("KU6", "Approaches, strategies and resources, including ICT, to remove barriers", "EDU7242; ID 2-3", "T2"),
        ("KU7", "School self-evaluation and improvement for pupils with SEN", "EDU7243; ID 5", "-"),
        ("KU8", "Best practice and research on meeting SEN", "EDU7241-EDU7243", "T1; T2"),
        ("KU9", "The scope and role of outside agencies; getting specialist help", "ID 3; LS 6", "-"),
    ]),
    ("Skills", [
        ("PS1", "Influences the school's inclusive ethos, policies and resources with senior leaders and governors",
         "EDU7243; CD 3", "T3 (strategic paper)"),
        ("PS2", "Identifies pupils with SEN, sets targets, plans interventions and reviews progress", "EDU7242",
         "T2"),
        ("PS2a", "Uses other professionals' assessments to shape teaching", "EDU7242; ID 3", "T2"),
        ("PS2b", "Uses summative data and national tests to track progress and adjust programmes",
         "EDU7242; LS 5", "T2"),
        ("PS2c", "Helps colleagues develop formative assessment for pupils with SEN", "LS 7", "Log"),
        ("PS3", "Uses provision mapping; finds missing or ineffective provision", "EDU7243; ID 4", "T3"),
        ("PS4", "Deploys and manages staff", "EDU7243; ID 4", "T3 (optional section)"),
        ("PS5", "Develops colleagues: observation, feedback, modelling, coaching, training", "EDU7243; ID 5",
         "T3 (coaching cycle)"),
        ("PS6", "Reviews provision with colleagues to inform self-evaluation", "EDU7243; ID 5", "T3"),
        ("PS7", "Involves pupils in planning and reviewing their provision", "EDU7242; ID 2",
         "T2 (where the participant judges it appropriate)"),
        ("PS8", "Liaises with parents and carers", "EDU7242; ID 2 (with Parent Partnership)", "T2 (parent meeting)"),
        ("PS9", "Works in partnership with other services and voluntary bodies", "EDU7242; ID 3", "T2"),
    ]),
]
n_rows = 1 + sum(1 + len(g[1]) for g in groups)
t2 = doc.add_table(rows=n_rows, cols=4)
t2.style = "Table Grid"
for j, h in enumerate(("Code", "Outcome (Programme wording)", "Developed in", "Assessed in")):
    c = t2.cell(0, j)
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(c, "BFBFBF")
ri = 1
for gname, items in groups:
    m = t2.cell(ri, 0).merge(t2.cell(ri, 3))
    m.text = ""
    r = m.paragraphs[0].add_run(gname)
    r.bold = True
    r.font.size = Pt(9)
    shade(m, "E7E6E6")
    ri += 1
    for code, text, dev, ass in items:
        for j, val in enumerate((code, text, dev, ass)):
            c = t2.cell(ri, j)
            c.text = ""
            c.paragraphs[0].add_run(val).font.size = Pt(9)
        ri += 1
for row in t2.rows:
    for j, w in enumerate((1.4, 7.3, 4.0, 3.8)):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ---------------------------------------------------------------- Schedule 3
doc.add_heading("SCHEDULE 3: DELIVERY CALENDAR, COHORT 1 (2009-10)", level=2)
table([
    ("When", "What", "Where", "Notes"),
    ("June 2009", "Nomination interviews; draft Starting Profiles", "Harbour Road or by VC", "Island Coordinator and a "
     "University tutor"),
    ("Thu 24 Sept 2009", "Crossing Day 1: the SENCO and the law; library session", "Kelsby Road campus",
     "06:45 sailing; 17:05 return"),
    ("Sept-Oct 2009", "Individual Learning Plans agreed; first tutorials", "VC or telephone", ""),
    ("Thu 15 Oct 2009", "Crossing Day 2: disability equality; using research", "Kelsby Road campus",
     "06:45 sailing; 17:05 return"),
    ("Oct-Dec 2009", "Link Sessions 1-3", "Four VC rooms", "16:00-17:30"),
    ("Fri 20 Nov 2009", "Island Day 1: identifying needs; the main types of need", "Harbour Road; Gullhaven School", ""),
    ("Mon 11 Jan 2010", "T1 Policy Review due", "KU Learn", ""),
    ("Fri 15 Jan 2010", "Island Day 2: planning with pupils and parents", "Harbour Road; St Enna Primary",
     "With the Parent Partnership Officer"),
    ("Fri 12 Feb 2010", "Island Day 3: working with other services", "Harbour Road", "EP, sensory support, SLT"),
    ("Jan-Mar 2010", "Link Sessions 4-6", "Four VC rooms", "16:00-17:30"),
    ("Thu 18 Mar 2010", "Crossing Day 3: strategy, budgets and governors", "Kelsby Road campus",
     "06:45 sailing; 17:05 return"),
    ("Mon 19 Apr 2010", "T2 Pupil Enquiry due", "KU Learn", ""),
    ("Fri 7 May 2010", "Island Day 4: provision mapping; deploying support staff", "Harbour Road", ""),
    ("Fri 21 May 2010", "Island Day 5: coaching; reviewing provision", "Harbour Road; Wenlow High School", ""),
    ("Apr-Jun 2010", "Link Sessions 7-8", "Four VC rooms", "16:00-17:30"),
    ("Thu 17 June 2010", "Crossing Day 4: decisions about provision; the MA", "Kelsby Road campus",
     "06:45 sailing; 17:05 return"),
    ("Late June 2010", "T3 portfolios due; professional conversations; moderation meeting", "KU Learn; VC", ""),
    ("July 2010", "Board of Examiners", "Kelsbury University", ""),
], widths=[2.8, 6.2, 3.9, 3.6])

doc.save(OUT)
print("wrote", OUT)
