"""fd-01-riverbourne-change-request: build the .docx next to this script.

Provider (invented)
-------------------
Riverbourne Learning Trust Ltd, a not-for-profit company limited by guarantee
(and registered charity) that has run the London Borough of Riverbourne's
education services since 1 August 2003 under a ten-year Education Services
Contract with the Council. It will deliver the national award for SENCOs with
the University of Westferry (PGCert Special Educational Needs Coordination,
60 credits at Masters level) from September 2009.

Kind of document
----------------
The Trust's Contract Change Request (CCR 2008/11, version 3.0 "as approved")
under clause 28 (Change Control) of the Education Services Contract, asking
the Council to add a new Section E7 ("National Award for SEN Coordination")
to Schedule 2 (Service Specification). The Trust sends the approved CCR as it
stands as its application, with a shaded one-cell "Note for the TDA panel" at
the top. Such a company really writes and agrees these: every new service
line has to go through the contract's change control, with a client-side
evaluation and sign-off.

Layout
------
* Shaded note to the panel (one-cell table), then a CCR front-sheet field
  table (two columns, some merged cells).
* Bold capitalised Normal paragraphs for "PART 1" ... "PART 8" (no heading
  styles), paragraphs with hand-typed numbers (1.1, 2.3 ... in Parts 1-2, and
  E7.1 ... E7.41 in Part 3, the contract-voice text of the new Section E7,
  with bold run-in sub-titles typed as their own short paragraphs).
* Part 2 lists its evidence as typed "(a)" ... "(f)" paragraphs.
* Part 4 is a KPI table; Part 5 a price table; Part 6 is the Council's
  evaluation table (paragraph, element, decision, comment); Part 7 a risk
  table; Part 8 a signature table.
* Annex A: programme-at-a-glance table. Annex B: the "Service Outputs"
  outcome table, in the Trust's own summaries and codes NA-01 ... NA-27, with
  merged group rows.
* Header and footer (footer has PAGE / NUMPAGES fields).
* Real tracked changes by the Council's contract manager (w:del / w:ins) and
  three Word comments.

Traps (requirement ids)
-----------------------
* Assessment-only route described in full at E7.18, but Part 6 records the
  Council's decision "Not accepted" and tells the Trust not to offer it: the
  negation is far from its subject (2.3 not_met).
* RiverNet (E7.22): the sentence about tutor-moderated discussion boards and
  online tutorials is a tracked DELETION; the tracked INSERTION says RiverNet
  carries materials only in 2009-10; Part 6 agrees. E-learning still exists
  (materials, submission, feedback), so 3.3 applies and is partially_met.
* Placement days in contrasting settings (E7.26) are a whole deleted
  paragraph; Part 6 "Not accepted". The only placements left in the text are
  PGCE trainee teachers' placements at Hollybank (wrong context). Specialist
  expertise is concrete (E7.28): 5.5 partially_met.
* CRB: the nomination form asks the head to confirm an enhanced CRB
  disclosure; nothing else is verified, no other background checks; full
  checks are only on Trust staff and associate tutors (wrong people); a
  comment asks whether the Trust should see certificates (5.3 partially_met).
* Prior learning: certificated credit only; "Credit is not given for
  experience alone"; APEL appears only in a comment (2.1 partially_met).
* Progression: only a wish and a hope (E7.41) plus a comment (2.5 not_met).
* Pupil-impact KPI E7-4 withdrawn by the Council (Part 4 / Part 6); the
  Trust "will look for ways" to aggregate Task C pupil data (aspiration);
  competence and confidence measures are concrete (5.9 partially_met).
* Assistive technology only to be reviewed in 2010; libraries concrete
  (5.6 partially_met).
* Parents: the Parent Partnership session is about the statutory process
  seen from the family's side and where to signpost parents, not skills of
  working with them (1.7 partially_met); Annex B NA-26 (liaise with parents)
  has "Not separately assessed" (6.S8 partially_met).
* Blanket claim at 1.4 that all outcomes are covered and assessed, against
  Annex B: NA-03 and NA-07 (time/delegation; own CPD) and NA-19 (formative
  assessment) are evidenced only in the unmarked Learning Log (6.A3, 6.A7,
  6.S2c partially_met); NA-18 (tracking with summative data) is "Not
  separately assessed" (6.S2b partially_met); NA-20 (test and examination
  arrangements) is "Not part of this Programme" (6.S2d not_met); child
  development has no row and is taught nowhere (6.K4 not_met). Hence the
  award rule E7.36 (passing Tasks A-C and the Portfolio) does not secure
  every outcome (6.0, 1.9 partially_met).
* Past arrangement: the unaccredited "New to SENCO" course last ran in
  spring 2008 and is withdrawn (no effect beyond context).
* Council on the Programme Board and the Council's contract monitoring are
  real stakeholder involvement in evaluation (4.3 met, notes_on_met).
* Header and footer carry no evidence.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
NAME = "fd-01-riverbourne-change-request"

COUNCIL = "Graham Toller (LBR Contract Management)"
CDATE = "2008-11-14T10:20:00Z"
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc, text="", bold=False, italic=False, size=None, align=None, space_after=6, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def part_title(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11.5)
    return p


def subtitle(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.italic = True
    return p


def num(doc, n, text, indent=1.4):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-indent)
    pf.space_after = Pt(6)
    pf.tab_stops.add_tab_stop(Cm(indent))
    p.add_run(n + "\t")
    r = p.add_run(text)
    return p, r


def add_ins_run(p, text, author=COUNCIL, date=CDATE):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _next_id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def add_del_run(p, text, author=COUNCIL, date=CDATE):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    parts = text.split("\t")
    for i, part in enumerate(parts):
        if i:
            r.append(OxmlElement("w:tab"))
        if part:
            t = OxmlElement("w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = part
            r.append(t)
    d.append(r)
    p._p.append(d)


def mark_para_deleted(p, author=COUNCIL, date=CDATE):
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    rPr.append(d)
    pPr.append(rPr)


def deleted_num(doc, n, text, indent=1.4):
    """A whole numbered paragraph deleted as a tracked change."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-indent)
    pf.space_after = Pt(6)
    pf.tab_stops.add_tab_stop(Cm(indent))
    add_del_run(p, n + "\t")
    add_del_run(p, text)
    mark_para_deleted(p)
    return p


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def table(doc, rows, widths=None, header=True, size=9, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            r = p.add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                set_cell_shading(c, "D9D9D9")
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "Riverbourne Learning Trust  |  Education Services Contract 2003-2013  |  Change Control"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("CCR 2008/11  |  Version 3.0 as approved 18.11.2008  |  COMMERCIAL IN CONFIDENCE  |  Page ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")
    r3 = fp.add_run(" of ")
    r3.font.size = Pt(8)
    r4 = fp.add_run()
    r4.font.size = Pt(8)
    add_field(r4, "NUMPAGES")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # note to the panel
    nt = doc.add_table(rows=1, cols=1)
    nt.style = "Table Grid"
    c = nt.cell(0, 0)
    set_cell_shading(c, "E7EEF7")
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("Note for the TDA approval panel")
    r.bold = True
    for line in [
        "Riverbourne Learning Trust runs the London Borough of Riverbourne's education services under a "
        "ten-year contract with the Council. Any new service we provide has to be added to that contract "
        "through its change control procedure, and the Change Request below is where we and the Council have "
        "set out, in full, what we will deliver with the University of Westferry. We therefore send it as our "
        "application, exactly as it was approved on 18 November 2008.",
        "Part 3 is the programme. Part 6 records the Council's decision on each element; where the Council did "
        "not accept an element we will not provide it, and the Council's own amendments to Part 3 are shown as "
        "tracked changes. Annex B shows where each of the national outcomes is developed and evidenced.",
        "Maureen Pardoe, Head of SEN and Inclusion, Riverbourne Learning Trust, 9 January 2009",
    ]:
        q = c.add_paragraph(line)
        q.paragraph_format.space_after = Pt(4)
    doc.add_paragraph()

    para(doc, "EDUCATION SERVICES CONTRACT", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "CONTRACT CHANGE REQUEST (FORM CM7)", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "Addition of Section E7: National Award for SEN Coordination", italic=True, size=11,
         align=WD_ALIGN_PARAGRAPH.CENTER, space_after=10)

    front = [
        ["CCR number", "2008/11"],
        ["Contract", "Education Services Contract between the London Borough of Riverbourne and Riverbourne "
                     "Learning Trust Ltd dated 1 August 2003 (term to 31 July 2013)"],
        ["Clauses and schedules affected", "Clause 28 (Change Control); Schedule 2 (Service Specification), Part E "
                                           "(Inclusion and Pupil Support), new Section E7; Schedule 4 "
                                           "(Performance Indicators); Schedule 6 (Contract Price)"],
        ["Category of change", "B: change to service scope with price adjustment"],
        ["Originator", "Maureen Pardoe, Head of SEN and Inclusion, Riverbourne Learning Trust"],
        ["Council Contract Manager", "Graham Toller, Head of Contract Management, Children and Young People's "
                                     "Directorate"],
        ["Date raised", "6 October 2008"],
        ["Client evaluation completed", "14 November 2008 (see Part 6)"],
        ["Decision", "APPROVED WITH MODIFICATIONS, Contract Monitoring Board, 18 November 2008"],
        ["Effective from", "1 April 2009 (first participants September 2009)"],
    ]
    t = table(doc, front, widths=[5.0, 11.6], header=False)
    for row in t.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(row.cells[0], "F2F2F2")

    # ---------------- PART 1
    part_title(doc, "Part 1 – Summary of the change")
    num(doc, "1.1", "This request adds a new Section E7, National Award for SEN Coordination, to Part E of Schedule 2. "
        "From September 2009 the Trust will deliver, in partnership with the University of Westferry, a part-time "
        "postgraduate programme for teachers who are new to the role of special educational needs coordinator "
        "(SENCO) in Riverbourne schools. Places not taken by Riverbourne schools may be offered to schools in "
        "neighbouring boroughs at the full cost price.")
    num(doc, "1.2", "The programme replaces the Trust's unaccredited New to SENCO course (six twilight sessions), "
        "which last ran in the spring term of 2008. That course is withdrawn from the Service Catalogue by this "
        "change and no further dates will be offered.")
    num(doc, "1.3", "The change adds one service element (Section E7), five performance indicators (Part 4) and "
        "an adjustment to the Contract Price (Part 5). It does not alter Section E3 (Statutory Assessment and "
        "Review) or Section E5 (Educational Psychology), although both services contribute staff time to the "
        "programme within their existing budgets.")
    num(doc, "1.4", "In the Trust's view the programme as described covers and assesses every one of the national "
        "minimum outcomes for SENCOs. Annex B sets out where each is developed and how it is evidenced.")

    # ---------------- PART 2
    part_title(doc, "Part 2 – Reasons for the change")
    num(doc, "2.1", "Statutory and national context. The Education (Special Educational Needs Co-ordinators) "
        "(England) Regulations 2008 came into force on 1 September 2008. They require the SENCO in a maintained "
        "school to be a qualified teacher, and the Government has said that teachers new to the role will be "
        "expected to gain a nationally approved award. The Training and Development Agency for Schools (TDA) "
        "has invited providers to seek approval. Without a local route, Riverbourne schools would have to send "
        "SENCOs to providers outside London with the loss of teaching time that involves, and the Council would "
        "have no influence over what its SENCOs are taught.")
    num(doc, "2.2", "The evidence we collected. Between June and September 2008 the Trust gathered the views of "
        "those who will use the programme or be affected by it:")
    for lab, txt in [
        ("(a)", "SENCO survey, June 2008. Every school's SENCO received a questionnaire; 71 of 83 replied "
                "(62 primary, 14 secondary, 4 special schools, 2 pupil referral units and 2 children's centres "
                "were surveyed). Twenty-six respondents had been in post less than two years and nine were not "
                "qualified teachers. Fourteen had less than half a day a week for the role and nineteen sat on "
                "their school's senior leadership team. Asked to rank their training needs, SENCOs put first the "
                "management of teaching assistants and intervention programmes, then provision mapping and the "
                "use of pupil data, then statutory assessment and annual reviews, then working with parents, then "
                "speech, language and communication needs."),
        ("(b)", "Headteachers' Consultative Group, 9 September 2008. Heads supported an accredited programme but "
                "said that they could not release a SENCO for more than about twelve days in a year, asked for a "
                "twilight option for small primary schools, and wanted the school-based project to be work the "
                "school needed doing anyway rather than an academic exercise."),
        ("(c)", "Riverbourne SEN Parents' Forum, 17 September 2008. Twenty-two parents and carers discussed an "
                "outline. Their main concern was that SENCOs should hear directly from families about what the "
                "statutory process feels like from the other side of the table, and that schools should tell "
                "parents earlier when they are worried about a child."),
        ("(d)", "Partner services. The Principal Educational Psychologist and the manager of the Primary Care "
                "Trust's children's speech and language therapy service both asked that SENCOs be taught to make "
                "better use of professional reports, and the speech and language therapists drew attention to "
                "the interim report of the Bercow Review (2008) on the under-identification of communication "
                "needs."),
        ("(e)", "Inspection evidence. The Joint Area Review of Riverbourne's children's services (2007) judged "
                "provision for children and young people with learning difficulties and/or disabilities to be "
                "adequate and asked the Council to improve the consistency of SEN coordination between schools. "
                "Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and "
                "Inclusion: does it matter where pupils are taught? (2006) both found that the quality of "
                "provision depends more than anything on the expertise of the staff who plan and teach it."),
        ("(f)", "Outcomes for pupils. In 2008, 19 per cent of Riverbourne pupils at School Action Plus or with a "
                "statement reached level 4 in both English and mathematics at the end of Key Stage 2, against 74 "
                "per cent of pupils without SEN, and the gap had widened for the second year. Pupils with SEN "
                "accounted for seven in ten of the borough's permanent exclusions."),
    ]:
        num(doc, lab, txt, indent=2.4)
    num(doc, "2.3", "How the evidence shaped the proposal. The programme in Part 3 was redrafted three times in "
        "the light of what we heard. The twilight route and the limit of twelve study days came from the heads; "
        "the requirement that the School Development Project (Task C) be agreed with the headteacher and tied to "
        "the School Improvement Plan came from the heads as well. The extra weight given in Unit B to managing "
        "teaching assistants, provision mapping and pupil data follows the SENCOs' own ranking. The study day on "
        "speech, language and communication needs is now co-taught with speech and language therapists, and the "
        "Learner Case Study must draw on at least two professionals' assessments, as the partner services asked. "
        "At the Parents' Forum's request a family member from the Forum co-presents the Parent Partnership "
        "session in Unit B.")
    num(doc, "2.4", "Alternatives considered. The Trust considered (i) commissioning places from an existing "
        "provider outside the borough and (ii) continuing the unaccredited course. Option (i) would cost about "
        "the same per place but would take SENCOs out of school for longer and give the Council no say in "
        "content; option (ii) would not meet the national requirement.")

    # ---------------- PART 3
    part_title(doc, "Part 3 – Description of the changed service")
    para(doc, "Insert the following as Section E7 of Schedule 2, Part E. References to \"the Contractor\" are to "
         "Riverbourne Learning Trust Ltd.", italic=True)
    para(doc, "SECTION E7: NATIONAL AWARD FOR SEN COORDINATION", bold=True)

    subtitle(doc, "Purpose")
    num(doc, "E7.1", "The purpose of this service element is to raise the achievement, and improve the well-being, "
        "of children and young people with special educational needs and/or disabilities in Riverbourne by "
        "improving the knowledge, understanding and skills of the teachers who coordinate provision for them. "
        "Achievement means progress towards all five Every Child Matters outcomes (being healthy, staying safe, "
        "enjoying and achieving, making a positive contribution and achieving economic well-being) and not "
        "attainment alone. Each of the three assessed Tasks requires the participant to show what difference "
        "their work has made, or is intended to make, to named pupils.")
    num(doc, "E7.2", "The Contractor shall deliver, in partnership with the University of Westferry (\"the "
        "University\"), a programme leading to the Postgraduate Certificate in Special Educational Needs "
        "Coordination (\"the Programme\"), which will carry the national award for SEN coordination once it is "
        "approved by the TDA.")

    subtitle(doc, "Accreditation")
    num(doc, "E7.3", "The Programme is validated by the University at Masters level (level 7 of the Framework for "
        "Higher Education Qualifications) and carries 60 credits. The University's validation panel approved "
        "it on 4 November 2008 for five years from September 2009, subject to TDA approval. The University is "
        "the awarding body and its assessment regulations apply; the Contractor is an associate partner under "
        "the University's collaborative provision procedures, under a Memorandum of Co-operation signed on 12 "
        "November 2008.")

    subtitle(doc, "Structure and content")
    num(doc, "E7.4", "The Programme has three units of 20 credits each and a Practice Portfolio. Each unit has "
        "four study days on the Day Route, or eight twilights and a Saturday morning on the Twilight Route "
        "(E7.19), together with directed reading and work in the participant's own school.")
    num(doc, "E7.5", "Unit A, Law, Policy and the SENCO's Role. Part IV of the Education Act 1996 and the Special "
        "Educational Needs and Disability Act 2001; the SEN Code of Practice (2001) and SEN Toolkit, and what "
        "they require of the school, the SENCO, the governing body and the local authority; the Disability "
        "Discrimination Act 1995 as amended in 2005, including the disability equality duty, schools' "
        "disability equality schemes and accessibility plans; Every Child Matters and the Children Act 2004; "
        "Removing Barriers to Achievement (2004) and the 2008 SENCO regulations. The second half of the unit "
        "deals with the SENCO's place in the school: working with the headteacher, senior leaders and the SEN "
        "governor on the SEN policy, an inclusive ethos and the use of the school's delegated SEN resources; "
        "and managing the role itself, including priorities, time and what can properly be delegated. Assessed "
        "by Task A.")
    num(doc, "E7.6", "Unit B, Learners, Barriers and Provision. Identifying pupils who may have SEN or "
        "disabilities through classroom observation, data and assessment; the kinds of need most common in "
        "Riverbourne schools, namely behavioural, emotional and social difficulties, specific learning "
        "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders "
        "and moderate learning difficulties, each taught with a specialist colleague and with attention to how "
        "the need affects learning in the classroom; setting targets and writing individual education plans "
        "that pupils and parents can understand; planning, costing and reviewing interventions; tracking "
        "progress with RAISEonline, Fischer Family Trust estimates and the P scales; assessment for learning and "
        "how colleagues can adapt it for pupils with SEN; ICT and assistive technology in the classroom; and "
        "provision mapping, including finding provision that is not working or is missing. The second half of "
        "the unit, Working Together, covers involving pupils in setting and reviewing their own targets and in "
        "annual reviews (including the use of Talking Mats and pupil-led reviews), the Common Assessment "
        "Framework and the team around the child, the roles of the external agencies and voluntary "
        "organisations that serve Riverbourne children and how to obtain their help, and a session led by the "
        "Parent Partnership Service on the statutory assessment process from the family's side and the services "
        "to which SENCOs can refer parents. Assessed by Task B.")
    num(doc, "E7.7", "Unit C, Leading Change for Inclusion. School self-evaluation and the SEN sections of the "
        "self-evaluation form; reviewing the effectiveness of provision with colleagues and reporting it to "
        "senior leaders and governors; deploying, managing and developing teaching assistants and learning "
        "mentors; supporting colleagues through lesson observation and feedback, coaching, modelling and "
        "delivering training; gaining the commitment of the headteacher and senior team; and using research and "
        "inspection evidence to improve practice, including the Ofsted reports of 2004 and 2006, the Bercow "
        "Review (2008), the National Strategies' Inclusion Development Programme and recent research on the "
        "deployment of support staff. Assessed by Task C.")
    num(doc, "E7.8", "Practice Portfolio. Alongside the units each participant compiles a Practice Portfolio "
        "containing: records of two observations of colleagues' teaching, with the feedback given; a record of "
        "one training session or coaching sequence the participant has led for staff; a short statement by the "
        "headteacher on the participant's work during the year; and a reflective commentary of about 1,500 "
        "words. The Portfolio is assessed as satisfactory or not yet satisfactory by the participant's tutor and "
        "verified by the University link tutor.")
    num(doc, "E7.9", "Learning Log. Each participant also keeps a Learning Log in which they record what they "
        "have tried, how they are managing their time and priorities in the role, and what they have been "
        "reading. Tutors read the Log at each tutorial and use it to review the Individual Learning Plan. The Log "
        "is not marked and does not count towards the award.")

    subtitle(doc, "Participants, entry and selection")
    num(doc, "E7.10", "The Programme is for qualified teachers who have become the SENCO of a Riverbourne "
        "school, pupil referral unit or children's centre within the last three years, or who have been "
        "designated by their governing body to take up the role within the next twelve months.")
    num(doc, "E7.11", "To be accepted an applicant must hold qualified teacher status and a first degree or "
        "equivalent, hold or be designated to a SENCO post, and be nominated by the headteacher on the Trust's "
        "Nomination Form. The headteacher undertakes on that form to release the participant for the study days "
        "or twilights, to provide a senior colleague as a contact, and to agree the School Development Project.")
    p, r = num(doc, "E7.12", "The Programme Leader and the University link tutor review every application "
        "against these requirements and meet each applicant for about thirty minutes, at the Professional "
        "Development Centre or by telephone, to talk through their role, the experience they bring and the "
        "demands of study at Masters level. Where an applicant is not yet ready (for example a teacher with "
        "very little experience of pupils with SEN, or one who has not studied for many years), the Programme "
        "Leader writes to the applicant and to the headteacher setting out what to do first, which may include "
        "the Trust's Foundations of Inclusion twilight series or the University's short course in academic "
        "writing, and offers a place on a later intake.")
    p, r = num(doc, "E7.13", "The Nomination Form asks the headteacher to confirm that the applicant holds a "
        "current enhanced disclosure from the Criminal Records Bureau. All Contractor staff and associate "
        "tutors working on the Programme hold enhanced CRB disclosures, renewed every three years in accordance "
        "with Schedule 9 (Personnel), and the Contractor's HR Service checks their references and previous "
        "employment before appointment.")
    doc.add_comment(r, text="Do we need to see the candidates' CRB certificates ourselves, or is the head's "
                    "tick enough? Ask HR before the TDA submission.", author="Maureen Pardoe", initials="MP")

    subtitle(doc, "Starting audit and Individual Learning Plan")
    num(doc, "E7.14", "Before the first study day every participant completes the Trust's Starting Audit. It lists "
        "the national outcomes for SENCOs in the Trust's wording and asks the participant to rate themselves "
        "against each on a four-point scale, to give a brief example of evidence for any rating of 3 or 4, and "
        "to ask the headteacher to add a comment. Tutors are briefed that new SENCOs often rate their knowledge "
        "of the law too highly because what they learned some years ago is now out of date.")
    num(doc, "E7.15", "At an induction tutorial within three weeks of starting, the tutor and participant use the "
        "Audit to agree an Individual Learning Plan: between four and six personal targets tied to the national "
        "outcomes, the study days and optional specialist sessions that matter most for that participant, and "
        "the likely focus of Tasks B and C. A copy goes to the headteacher. The Plan is reviewed at the "
        "mid-point tutorial in February and at the final tutorial, and tutors look for evidence against the "
        "outcomes throughout the year to check the accuracy of the Audit.")
    num(doc, "E7.16", "Where the Audit and the induction tutorial show that a participant is already strong in an "
        "area (for instance a former specialist teacher of pupils with autism), the tutor may agree that they "
        "miss the related optional session and use the time on an area of weakness, or act as lead learner for "
        "that session. Optional sessions, which include sensory impairment, English as an additional language "
        "and SEN, and secondary timetabling, are offered in addition to the core days and participants choose "
        "them through their Plan.")

    subtitle(doc, "Recognition of prior learning")
    p, r = num(doc, "E7.17", "A participant who holds certificated credit at Masters level in special educational "
        "needs, gained in the last five years, may apply under the University's regulations for the recognition "
        "of prior learning to have up to 20 credits recognised against Unit A or Unit B. Credit is not given for "
        "experience alone: teachers with long experience are expected to draw on it in their Tasks.")
    doc.add_comment(r, text="Westferry say credit for experiential learning (APEL) might be possible from the 2010 "
                    "intake. Raise at the first Programme Board.", author="Maureen Pardoe", initials="MP")

    subtitle(doc, "Assessment-only route")
    num(doc, "E7.18", "In exceptional cases an experienced teacher, for example a member of the Council's SEN "
        "support services, who appears already to meet the national outcomes may be assessed without following "
        "the taught Programme. The candidate would submit the three Tasks and the Practice Portfolio within six "
        "months, be interviewed by the Programme Leader and the University link tutor, and be subject to the "
        "same marking, moderation and Board of Examiners as other participants. The fee for this route would be "
        "£950.")

    subtitle(doc, "Delivery and flexibility")
    num(doc, "E7.19", "The Programme is offered in two routes. The Day Route has twelve study days at the "
        "Riverbourne Professional Development Centre, Wharf Lane, from September to July, 9.30 am to 3.30 pm. The "
        "Twilight Route has twenty-four twilights (4.30 pm to 7.00 pm) and four Saturday mornings from January "
        "to December, for schools that find daytime release difficult.")
    num(doc, "E7.20", "The Day Route starts each September and the Twilight Route each January. Participants may "
        "transfer between routes at the end of any unit. On the Twilight Route Units B and C may be taken in "
        "either order. A participant may suspend study for up to twelve months, for example on maternity leave "
        "or when a school is in special measures, and must complete within two years of starting.")
    num(doc, "E7.21", "Every participant has four individual tutorials (induction, mid-point, before Task C and "
        "final), held at the Professional Development Centre or in the participant's school, and a small-group "
        "tutorial at the end of each unit.")
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.4)
    pf.first_line_indent = Cm(-1.4)
    pf.space_after = Pt(6)
    p.add_run("E7.22\t")
    p.add_run("Each study day's materials, presentation slides, readings and a short recorded introduction are "
              "placed on the Programme's area of RiverNet, the borough's learning platform, which every "
              "Riverbourne school already uses. ")
    add_del_run(p, "Each tutor group will have a discussion board moderated by its tutor, who will respond to posts "
                   "within three working days, and tutors will hold an online tutorial each half-term for "
                   "participants who cannot get to the Professional Development Centre. ")
    add_ins_run(p, "In 2009-10 RiverNet will be used for Programme materials and readings only. ")
    p.add_run("Participants submit their Tasks through RiverNet and receive written feedback there, and the "
              "Programme Leader uses it to send notices to participants and to their headteachers.")

    subtitle(doc, "Access and equality")
    num(doc, "E7.23", "The Contractor's Disability Equality Scheme 2007-2010 and Race Equality Policy apply to the "
        "Programme. The Programme leaflet and the application form invite applicants to tell us, in confidence, "
        "about any disability or other need, explain why we ask and give examples of adjustments we commonly "
        "make; both are available in large print, on coloured paper and electronically. The Professional "
        "Development Centre has level access, a lift, an induction loop in every teaching room, an accessible "
        "toilet and a reserved parking bay. Any participant who tells us of a disability meets the Trust's "
        "Access Officer before the course begins to agree an Access Plan, which may include papers sent five "
        "days in advance, a note-taker or British Sign Language interpreter paid for from the Trust's reasonable "
        "adjustments budget, extended deadlines under the University's regulations, or a different format for "
        "the Task C presentation; the Plan is reviewed at each tutorial. Selection is made against the "
        "published entry requirements only. The Unit A session on disability equality is co-presented by a "
        "member of the Riverbourne Disabled People's Network. The Contractor monitors applications, acceptances "
        "and completions by disability, ethnicity and gender and reports them each year to the Programme Board.")

    subtitle(doc, "Work in school")
    num(doc, "E7.24", "Every Task is carried out in the participant's own school and addresses something the "
        "school needs. Directed tasks between study days ask participants to try out an approach with their own "
        "pupils or colleagues and bring back what happened.")
    num(doc, "E7.25", "For Task C the participant plans, leads and evaluates a development in the school's "
        "provision for pupils with SEN, agreed with the headteacher and written into the School Improvement Plan. "
        "The participant must record baseline measures for the pupils concerned before the change and measure "
        "again at least one term later, and must present the results to the senior leadership team.")
    deleted_num(doc, "E7.26", "Each participant will spend two days in a contrasting setting, chosen with their "
                "tutor from Hollybank School, The Weir School, the autism resource base at Linnet Lane Primary "
                "School or the Riverbourne Tuition Centre, with observation and interview tasks set by the "
                "Programme. The Contractor will pay the participant's school for supply cover for the two days.")
    num(doc, "E7.27", "The participant's tutor visits each participant's school once during Task C to meet the "
        "participant and the headteacher and to see the development in progress.")

    subtitle(doc, "Specialist contributors")
    num(doc, "E7.28", "The following contribute to teaching: two educational psychologists from the Council's "
        "Educational Psychology Service (assessment, consultation and using psychologists' advice); therapists "
        "from the Primary Care Trust's children's speech and language therapy service (co-teaching the study day "
        "on speech, language and communication needs); the Child and Adolescent Mental Health Service's schools "
        "team (behavioural, emotional and social difficulties); the Sensory Support Service (hearing and visual "
        "impairment); the Autism Outreach Team based at Linnet Lane Primary School; the Footsteps Dyslexia "
        "Centre, a local voluntary organisation (specific learning difficulties); the Parent Partnership "
        "Service with a family member from the Parents' Forum; and the Riverbourne Disabled People's Network.")
    num(doc, "E7.29", "Hollybank School hosts the Unit B study day on severe and complex needs, so that "
        "participants see its provision at first hand. Hollybank already takes trainee teachers on placement from "
        "the University's PGCE Primary programme and has a training room suitable for groups of up to thirty.")

    subtitle(doc, "Staffing")
    num(doc, "E7.30", "Programme Leader: Tunde Bamgbose, Senior Inclusion Consultant (0.6 of his time to the "
        "Programme). He was SENCO of Gorsefield Primary School for nine years, holds an MA in Inclusive "
        "Education and the National Professional Qualification for Headship, and has led the Trust's SENCO "
        "network since 2005.")
    num(doc, "E7.31", "University link tutor: Dr Rachel Imrie, Senior Lecturer in Inclusive Education at the "
        "University of Westferry, who leads the University's MA in Inclusive Education, completed her doctorate "
        "on provision mapping in secondary schools in 2006 and is an external examiner for two other "
        "universities.")
    num(doc, "E7.32", "Tutors: three associate tutors, each a serving or recent SENCO (at least one from a secondary "
        "school) holding a Masters-level qualification in SEN or designated as an Advanced Skills Teacher for "
        "SEN. Each tutor is responsible for a tutor group of no more than eight participants. Programme staff "
        "undertake at least five days' professional development on SEN and disability each year, including the "
        "National Strategies' regional training on the Inclusion Development Programme, and the Programme "
        "Leader keeps a record of it.")
    num(doc, "E7.33", "Everyone with a part in the Programme is told in writing what it is. The Tutors' Handbook "
        "sets out tutors' duties for tutorials, marking, feedback and school visits; new tutors have a half-day "
        "induction with the Programme Leader, shadow a study day and have their first marking second-marked in "
        "full. Headteachers receive Supporting Your SENCO, a four-page guide to their part (release, the "
        "School Development Project, the Portfolio statement), and are invited to a briefing in the first half "
        "term. Specialist contributors receive a session brief listing the unit outcomes their session serves.")

    subtitle(doc, "Assessment and award")
    num(doc, "E7.34", "There are three assessed Tasks. Task A, Policy and Provision Review: a 4,000-word critical "
        "review of the school's SEN policy and provision against the law and guidance, with a 1,000-word briefing "
        "paper for the governing body. Task B, Learner Case Study: a 5,000-word study of one pupil, drawing on "
        "assessments by at least two other professionals, the pupil's own views and those of the parents or "
        "carers, and showing how targets were set, provision planned and progress reviewed. Task C, School "
        "Development Project: a 4,000-word report and a fifteen-minute presentation to the senior leadership "
        "team, observed by the tutor. Tasks are marked against the University's Masters-level criteria and the "
        "Programme's assessment criteria, which name the national outcomes each Task assesses (Annex B).")
    num(doc, "E7.35", "All fails and borderline Tasks and a sample of at least 25 per cent of the rest are second "
        "marked. Before each Task is marked, the tutors and the University link tutor hold a standardisation "
        "meeting at which they mark two common scripts and agree their judgements. The University link tutor "
        "moderates a sample of every Task, and the external examiner appointed by the University reviews a "
        "sample and attends the Board of Examiners.")
    num(doc, "E7.36", "The University's Board of Examiners confers the award on participants who have passed "
        "Tasks A, B and C and whose Practice Portfolio has been judged satisfactory. A participant who fails a "
        "Task may resubmit it once.")

    subtitle(doc, "Resources")
    num(doc, "E7.37", "Participants register as associate students of the University, with full use of its "
        "library and electronic journals from home. The Trust's Inclusion Resource Library at the Professional "
        "Development Centre (about 1,200 books, assessment materials and intervention programmes) lends to "
        "participants free of charge. The Trust will review in 2010 whether the Council's ICT capital "
        "allocation allows an assistive technology demonstration room to be set up at the Centre.")

    subtitle(doc, "Quality assurance and evaluation")
    num(doc, "E7.38", "A Programme Board meets each term. It is chaired by the Trust's Head of SEN and Inclusion and "
        "its members are the Programme Leader, the University link tutor, the Principal Educational "
        "Psychologist, the Council's Contract Manager or nominee, a headteacher nominated by the Headteachers' "
        "Consultative Group, the manager of the Parent Partnership Service and, from 2010, a SENCO who has "
        "completed the Programme. The Board receives the evidence below, agrees an annual action plan each July, "
        "and checks at its autumn meeting that the changes have been made in the Programme Handbook and the "
        "study day plans.")
    num(doc, "E7.39", "The evidence considered is: participants' evaluations of every study day; a review meeting "
        "of tutors at the end of each unit, attended by a participants' representative from each tutor group; "
        "an end-of-Programme questionnaire to participants and a shorter one to their headteachers; the "
        "University link tutor's review each year of a sample of Starting Audits and Individual Learning Plans; "
        "notes of tutors' school visits; marking and moderation records; the external examiner's report; the "
        "University's annual monitoring of the Programme; the recruitment and equality data in E7.23; and the "
        "Council's quarterly monitoring of the indicators in Schedule 4.")
    num(doc, "E7.40", "Participants' competence is measured by their results in the Tasks and Portfolio and by "
        "repeating the Starting Audit at the final tutorial; their confidence is measured by the "
        "end-of-Programme questionnaire. Each Task C report includes baseline and follow-up measures for the "
        "pupils concerned. The Trust will look for ways of bringing these together into a measure of the "
        "Programme's effect on pupils across the borough, and will discuss this with the Council.")

    subtitle(doc, "After the Programme")
    p, r = num(doc, "E7.41", "We would like to offer every participant who completes the Programme a progression "
        "conversation, and the Trust hopes in due course to agree with the University a route from the "
        "Postgraduate Certificate into the MA in Inclusive Education.")
    doc.add_comment(r, text="Tunde - can we firm this up before it goes to the TDA? Exit tutorial with the head? "
                    "MP", author="Maureen Pardoe", initials="MP")

    # ---------------- PART 4
    part_title(doc, "Part 4 – Impact on performance indicators (Schedule 4)")
    para(doc, "The following indicators are added to Schedule 4 and reported quarterly to the Council.")
    table(doc, [
        ["Ref", "Indicator", "Target", "Source", "Status"],
        ["E7-1", "Participants starting the Programme each year", "18", "Programme register", "Added"],
        ["E7-2", "Participants completing within 18 months of starting", "85%", "Board of Examiners results",
         "Added"],
        ["E7-3", "Participants rating the Programme good or better overall", "90%", "End-of-Programme "
         "questionnaire", "Added"],
        ["E7-4", "Pupils in Task C projects making at least expected progress", "75%", "Task C reports",
         "WITHDRAWN (see Part 6)"],
        ["E7-5", "Mean gain in participants' self-rating between the Starting Audit and the final re-rating",
         "1.0 point on the 4-point scale", "Starting Audit and re-rating", "Added"],
    ], widths=[1.3, 6.5, 2.2, 3.6, 3.0])

    # ---------------- PART 5
    part_title(doc, "Part 5 – Financial impact (Schedule 6)")
    num(doc, "5.1", "The Programme is priced on a cohort of eighteen participants a year. The Trust will meet the "
        "University's fee and all delivery costs; schools meet the cost of releasing their SENCO. The cost per "
        "place is below the lowest of the three external providers the Trust priced in September 2008 "
        "(£2,780 to £3,400 a place plus travel).")
    table(doc, [
        ["Item (per year, from 2009-10)", "£"],
        ["University fee (18 x £1,150)", "20,700"],
        ["Programme Leader (0.6 FTE incl. on-costs)", "31,900"],
        ["Associate tutors (marking, tutorials, visits)", "14,400"],
        ["Specialist contributors (Footsteps, Disabled People's Network, PCT backfill)", "3,200"],
        ["Venue, materials, RiverNet area, reasonable adjustments budget", "4,800"],
        ["Total cost", "75,000"],
        ["Less TDA funding and fees from non-Riverbourne places (estimate)", "(31,200)"],
        ["Increase in annual Contract Price", "43,800"],
        ["Cost per place before TDA funding", "4,167"],
        ["Cost per place to the Council after TDA funding", "2,433"],
    ], widths=[12.0, 3.0])

    # ---------------- PART 6
    part_title(doc, "Part 6 – Council's evaluation and decision")
    para(doc, "Completed by the Council's Contract Manager on 14 November 2008 and endorsed by the Contract "
         "Monitoring Board on 18 November 2008. Decisions bind both parties; elements not accepted are not "
         "part of the Service.")
    table(doc, [
        ["Para", "Element", "Decision", "Council comment"],
        ["E7.3", "Accreditation", "Accepted", "Memorandum of Co-operation with the University seen and "
                                               "placed on the contract file."],
        ["E7.13", "Checks on applicants", "Accepted", "Applicants are employed teachers; their schools hold "
                                                       "their records."],
        ["E7.18", "Assessment-only route", "Not accepted", "The Council will not fund an assessment-only route "
         "under the Contract in 2009-11. The Trust is not to offer this route. It may bring a further change "
         "request once the first cohort has completed."],
        ["E7.22", "RiverNet", "Accepted with modification", "Discussion boards and online tutorials are not "
         "funded in 2009-10. The amended wording is shown in Part 3."],
        ["E7.26", "Placement days", "Not accepted", "Supply cover for two further days per participant cannot be "
         "met within the price in Part 5. Paragraph deleted."],
        ["E7.28", "Specialist contributors", "Accepted", "Educational psychology and CAMHS time to come from "
                                                           "existing service level agreements."],
        ["E7.38", "Programme Board", "Accepted", "The Contract Manager or a nominee will attend."],
        ["Part 4, E7-4", "Pupil progress indicator", "Not accepted", "Numbers are too small for a reliable "
         "measure. Remove from Schedule 4."],
        ["Part 5", "Price", "Accepted", "Increase of £43,800 a year from 1 April 2009, indexed under "
                                         "Schedule 6."],
        ["All others", "", "Accepted", ""],
    ], widths=[2.0, 3.6, 2.8, 8.2])

    # ---------------- PART 7
    part_title(doc, "Part 7 – Risks and dependencies")
    table(doc, [
        ["Risk", "Likelihood / impact", "Mitigation", "Owner"],
        ["TDA does not approve the Programme", "Low / High", "Validation completed; the unaccredited course "
         "could be reinstated for one year.", "Head of SEN and Inclusion"],
        ["Fewer than 12 applicants in a year", "Medium / Medium", "Places offered to neighbouring boroughs; "
         "routes combined for study days if needed.", "Programme Leader"],
        ["Associate tutors not recruited by June 2009", "Medium / High", "Posts advertised in March 2009; "
         "University staff can cover up to two tutor groups.", "Programme Leader"],
        ["Heads withdraw release in year", "Medium / Medium", "Nomination Form undertaking; transfer to the "
         "Twilight Route.", "Programme Leader"],
        ["Contract ends 31 July 2013, within the approval period", "Certain / Medium", "Clause 41 (Exit) "
         "transfers Schedule 2 services to the Council or its successor provider; the Memorandum of Co-operation "
         "can be novated.", "Chief Executive"],
    ], widths=[4.4, 2.6, 7.0, 2.6])

    # ---------------- PART 8
    part_title(doc, "Part 8 – Authorisation")
    table(doc, [
        ["", "Name", "Position", "Signature", "Date"],
        ["For the Contractor", "Patrick Oduya", "Chief Executive, Riverbourne Learning Trust", "signed",
         "18.11.2008"],
        ["For the Council", "Janet Whitcombe", "Corporate Director, Children and Young People", "signed",
         "18.11.2008"],
        ["Contract Manager", "Graham Toller", "Head of Contract Management", "signed", "14.11.2008"],
    ], widths=[3.0, 3.0, 5.6, 2.2, 2.2])

    # ---------------- ANNEX A
    part_title(doc, "Annex A – The Programme at a glance")
    table(doc, [
        ["Component", "Credits", "Day Route", "Twilight Route", "Assessment", "Submitted"],
        ["Unit A: Law, Policy and the SENCO's Role", "20", "4 days, Sept-Dec", "8 twilights + 1 Saturday",
         "Task A: review 4,000 words + governors' briefing 1,000 words", "January"],
        ["Unit B: Learners, Barriers and Provision", "20", "4 days, Jan-Mar", "8 twilights + 1 Saturday",
         "Task B: Learner Case Study, 5,000 words", "April"],
        ["Unit C: Leading Change for Inclusion", "20", "4 days, Apr-Jul", "8 twilights + 2 Saturdays",
         "Task C: project report 4,000 words + 15-minute presentation", "July"],
        ["Practice Portfolio", "(required)", "throughout", "throughout", "Satisfactory / not yet satisfactory",
         "July"],
        ["Learning Log", "none", "throughout", "throughout", "Read at tutorials; not marked", "-"],
    ], widths=[3.8, 1.4, 2.4, 2.6, 4.4, 1.8], size=8.5)

    # ---------------- ANNEX B
    part_title(doc, "Annex B – Service outputs: the national outcomes")
    para(doc, "The outcomes are summarised in the Trust's words. \"Where developed\" gives the unit; \"How "
         "evidenced\" gives the assessed component in which tutors look for evidence of the outcome.")
    rows = [["Ref", "Outcome (Trust summary)", "Where developed", "How evidenced"]]
    groups = {
        "A. Personal and professional qualities": [
            ("NA-01", "Fair, respectful and constructive relationships with pupils with SEN and their families",
             "Unit B", "Task B"),
            ("NA-02", "Winning the commitment of the head, senior leaders and colleagues", "Unit C",
             "Task C (presentation to senior team)"),
            ("NA-03", "Managing time and priorities; delegating and checking delegated work", "Unit A",
             "Learning Log"),
            ("NA-04", "Anticipating problems and making sound decisions about provision", "Unit B",
             "Task B"),
            ("NA-05", "Communicating clearly in speech and writing; listening to others' views", "All units",
             "Tasks A-C; Task C presentation"),
            ("NA-06", "Using research and outside advice to improve practice", "Unit C", "Task C"),
            ("NA-07", "Keeping up to date and owning one's professional development", "Unit C",
             "Learning Log"),
        ],
        "B. Knowledge and understanding": [
            ("NA-08", "SEN law and the Code of Practice, and putting them into practice in school", "Unit A",
             "Task A"),
            ("NA-09", "Every Child Matters and the SENCO's contribution to the five outcomes", "Unit A",
             "Task A"),
            ("NA-10", "Disability equality law and the duties it places on schools", "Unit A", "Task A"),
            ("NA-11", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) "
                      "and their effect on learning", "Unit B", "Task B; Portfolio observations"),
            ("NA-12", "Approaches and resources, including ICT, for assessment, planning and teaching",
             "Unit B", "Task B"),
            ("NA-13", "School self-evaluation and improvement as they bear on pupils with SEN", "Unit C",
             "Task C"),
            ("NA-14", "Best practice and research findings on meeting SEN", "Unit C", "Task C"),
            ("NA-15", "What external agencies do and how to get specialist help", "Unit B (Working Together)",
             "Task B"),
        ],
        "C. Practice": [
            ("NA-16", "Influencing the school's strategic direction, ethos, policy and resources with senior "
                      "staff and governors", "Unit A", "Task A (governors' briefing)"),
            ("NA-17", "Identifying needs, setting targets, planning interventions and reviewing progress, "
                      "using other professionals' assessments", "Unit B", "Task B"),
            ("NA-18", "Using summative data, including national tests, to track progress", "Unit B",
             "Not separately assessed"),
            ("NA-19", "Encouraging colleagues' formative assessment for pupils with SEN", "Unit B",
             "Learning Log"),
            ("NA-20", "Special arrangements for tests and examinations", "Not part of this Programme: "
             "covered by the Trust's Examinations and Assessment Team in its annual briefing for "
             "examinations officers (Section C4)", "-"),
            ("NA-21", "Provision mapping and spotting ineffective or missing provision", "Unit B", "Task A"),
            ("NA-22", "Deploying and managing support staff", "Unit C", "Task C"),
            ("NA-23", "Developing colleagues: observation and feedback, modelling, coaching, training",
             "Unit C", "Practice Portfolio"),
            ("NA-24", "Reviewing provision with colleagues to feed school self-evaluation", "Unit C",
             "Task C"),
            ("NA-25", "Involving pupils in planning and reviewing their own provision", "Unit B (Working "
             "Together)", "Task B"),
            ("NA-26", "Liaising with parents and carers", "Unit B (Parent Partnership session)",
             "Not separately assessed"),
            ("NA-27", "Working with other services and voluntary organisations", "Unit B (Working Together)",
             "Task B"),
        ],
    }
    group_rows = []
    for g, items in groups.items():
        group_rows.append(len(rows))
        rows.append([g, "", "", ""])
        for it in items:
            rows.append(list(it))
    t = table(doc, rows, widths=[1.4, 7.6, 3.8, 3.8], size=8.5)
    for gi in group_rows:
        a = t.cell(gi, 0)
        b = t.cell(gi, 3)
        m = a.merge(b)
        set_cell_shading(m, "EDEDED")
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].runs[0].bold = True

    doc.save(str(HERE / (NAME + ".docx")))


if __name__ == "__main__":
    build()
