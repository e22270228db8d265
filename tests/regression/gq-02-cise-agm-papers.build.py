"""gq-02-cise-agm-papers: build script.

Provider (invented): the Council for Independent Specialist Education (CISE),
a national association of 162 non-maintained and independent special schools,
with Bellhaven University, School of Education, which is to validate the "CISE
Certificate in SEN Coordination" (60 credits). First intake September 2009.

Document kind: the Members' Papers for the Association's 2008 Annual General
Meeting, sent whole as the application with a shaded note to the panel and an
extract from the draft minutes bound at the end. Layout: notice of meeting in
formal style ("NOTICE IS HEREBY GIVEN"), an agenda table, the resolutions
(ordinary, special and a member's resolution) with explanatory notes, Paper A
(Chair's report: ordinary business of the year), Paper B (Treasurer's summary
table), Paper C (the proposal: hand-numbered paragraphs C1-C29 under bold
capital headings typed as Normal paragraphs, no heading styles), an Appendix to
Paper C (outcome table with merged shaded group rows, "Developed on" /
"Assessed by", and a key where "R" is an unmarked reflective log), Paper D
(members' questions and Council's answers, Q1-Q9), a blank proxy form, and the
minute extract. Header and footer with a page field; Word comments; tracked
changes (a deleted sentence and a deleted outcome row).

Traps (requirement ids):
- 2.3: Resolution 6 (a member's resolution) sets out an assessment-only route
  in detail; Council recommends against it and the minute records it LOST;
  Paper D Q4 says it is not offered -> not_met.
- E.2: 60 credits, but the level "will be settled" at validation in March
  2009 -> partially_met.
- 3.3: Paper D Q6 says the Certificate is taught entirely face to face, no
  online element -> not_applicable (telephone tutorials are not e-learning).
- 4.3: stakeholders (member-school specialists) help deliver; the Course Board
  is CISE and Bellhaven staff only; the amendment carried at the AGM only asks
  Council to "report to the 2009 AGM on how parents and carers ... might
  contribute" (aspiration) -> partially_met.
- 2.2: a self-audit is used to form study groups; the sentence promising an
  individual learning plan is a deleted tracked change -> partially_met.
- 5.6: resources paragraph is a placeholder "[to be confirmed ...]" with a
  comment -> not_met.
- 1.1: aims speak of SENCOs' competence, compliance with the 2008 Regulations
  and pupils' attainment; nothing on well-being or the ECM outcomes in aims or
  assessment -> partially_met.
- 3.1: only the general Equal Opportunities Policy and a value statement ->
  partially_met.
- 5.2: entry is QTS plus a SENCO post and nomination; no check of readiness,
  no guidance for those not ready -> partially_met.
- 5.5: member-school specialists teach, but visits to member schools are
  optional and arranged by participants themselves -> partially_met.
- Paper A: "placements" of pupils by local authorities (wrong context, no
  effect on 5.5).
- 6.0: award on passing four tasks plus 80 per cent attendance, with a claim
  that the tasks "between them" cover the outcomes -> partially_met; 1.9
  partially_met because the Appendix shows outcomes unassessed.
- 5.3 met: nomination form gives the enhanced CRB disclosure number and date,
  List 99 and references; CISE obtains a new disclosure where needed.
- Criterion 6 (Appendix): 6.K7 row is a deleted tracked row (not_met); 6.S9
  row points to a separate one-day course "not part of the Certificate"
  (not_met); 6.A2 and 6.A7 assessed only by R (partially_met); 6.S2c taught,
  not assessed (partially_met); 6.S4 assessed in T4 but not developed on any
  Study Day (partially_met).
- 2.4: provision is adjusted for circumstances (two starts, groups, venues,
  pauses, fee reductions) but tailored to needs only at group level ->
  partially_met.
"""
import copy, datetime
from pathlib import Path
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).resolve().parent
_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, caps=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text.upper() if caps else text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def runs(doc, parts):
    """parts: list of (text, 'b'/'i'/'') tuples"""
    p = doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
    return p


def lines(doc, text, bold_first=False):
    """one paragraph, lines separated by manual line breaks"""
    p = doc.add_paragraph()
    for i, ln in enumerate(text.split("\n")):
        r = p.add_run(ln)
        if bold_first and i == 0:
            r.bold = True
        if i < len(text.split("\n")) - 1:
            r.add_break()
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    ps = text.split("\n\n")
    for i, chunk in enumerate(ps):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(chunk)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)


def table(doc, rows, header=True, widths=None, size=None, shade_header="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(header and i == 0), size=size)
            if header and i == 0 and shade_header:
                shade(t.cell(i, j), shade_header)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(doc, text_paras, fill="EDEDED", bold_first=False):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    for i, tx in enumerate(text_paras):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(tx)
        if bold_first and i == 0:
            r.bold = True
    doc.add_paragraph()
    return t


def merge_row(t, r, text, fill="F2F2F2", bold=True):
    a = t.cell(r, 0).merge(t.cell(r, len(t.columns) - 1))
    set_cell(a, text, bold=bold)
    shade(a, fill)
    return a


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev_el(kind, author, date):
    e = OxmlElement(kind)
    e.set(qn("w:id"), _next_id())
    e.set(qn("w:author"), author)
    e.set(qn("w:date"), date)
    return e


def tracked(p, segments, author, date="2008-12-03T10:00:00Z"):
    """segments: list of (kind, text) where kind in '', 'ins', 'del'"""
    for kind, text in segments:
        if kind == "":
            p._p.append(_run_el(text))
        elif kind == "ins":
            e = _rev_el("w:ins", author, date)
            e.append(_run_el(text))
            p._p.append(e)
        else:
            e = _rev_el("w:del", author, date)
            e.append(_run_el(text, deleted=True))
            p._p.append(e)
    return p


def deleted_para(doc, text, author, date="2008-12-03T10:00:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = _rev_el("w:del", author, date)
    rpr.append(d)
    pPr.append(rpr)
    tracked(p, [("del", text)], author, date)
    return p


def inserted_para(doc, text, author, date="2008-12-03T10:00:00Z"):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    d = _rev_el("w:ins", author, date)
    rpr.append(d)
    pPr.append(rpr)
    tracked(p, [("ins", text)], author, date)
    return p


def delete_row(row, author, date="2008-12-03T10:00:00Z"):
    """mark a table row as deleted, with its text as delText"""
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_rev_el("w:del", author, date))
    for c in row.cells:
        for p in c.paragraphs:
            txt = "".join(r.text for r in p.runs)
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            if txt:
                tracked(p, [("del", txt)], author, date)


def comment(doc, paragraph, text, author, initials):
    rs = paragraph.runs
    if not rs:
        rs = [paragraph.add_run("")]
    doc.add_comment(rs, text=text, author=author, initials=initials)


def page_field(p):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    fp = s.footer.paragraphs[0]
    fp.text = foot + " | Page "
    page_field(fp)


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


def H(doc, text):
    return para(doc, text.upper(), bold=True, size=11)


def C(doc, n, text):
    p = doc.add_paragraph()
    r = p.add_run(f"C{n}\t")
    r.bold = True
    p.add_run(text)
    return p


def build():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    header_footer(doc, "CISE Annual General Meeting 2008 \u2014 Members' Papers",
                  "Council for Independent Specialist Education, a company limited by guarantee")

    box(doc, [
        "For the TDA approval panel",
        "These are the papers sent to every member school for our Annual General Meeting of 20 November 2008, "
        "with the extract from the draft minutes bound at the end. Members passed Special Resolution 5, as "
        "amended at the meeting; Paper C is the proposal they approved and is our account of the Certificate. "
        "We have left the rest of the papers in place so that the panel can see the standing of the decision.",
        "Peter Kilbride, Chief Executive, CISE; Dr Simon Achterberg, Head of Continuing Professional Development, "
        "School of Education, Bellhaven University. 5 January 2009",
    ], bold_first=True)

    para(doc, "COUNCIL FOR INDEPENDENT SPECIALIST EDUCATION", bold=True, size=15, align="c")
    para(doc, "Annual General Meeting 2008", bold=True, size=13, align="c")
    para(doc, "Members' Papers", italic=True, align="c")
    para(doc)
    H(doc, "Notice of meeting")
    para(doc, "NOTICE IS HEREBY GIVEN that the twenty-sixth Annual General Meeting of the Council for Independent "
              "Specialist Education will be held at the Guildhall Conference Centre, Stannington, on Thursday 20 "
              "November 2008 at 2.00 pm, to transact the business set out in the agenda below.")
    para(doc, "Each member school may send two representatives and has one vote. A member school unable to attend "
              "may appoint a proxy using the form at the end of these papers, which must reach the Company Secretary "
              "not less than 48 hours before the meeting. Special Resolution 5 requires a majority of not less than "
              "three quarters of the votes cast.")
    para(doc, "By order of Council\nMargaret Tolley, Company Secretary, 23 October 2008")

    H(doc, "Agenda")
    table(doc, [
        ["Item", "Business", "Paper"],
        ["1", "Welcome and apologies", "\u2014"],
        ["2", "Minutes of the 2007 Annual General Meeting", "Circulated in January 2008"],
        ["3", "Report of the Chair of Council", "A"],
        ["4", "Accounts for the year to 31 August 2008 (Ordinary Resolution 1)", "B"],
        ["5", "Appointment of auditors (Ordinary Resolution 2)", "\u2014"],
        ["6", "Election of members of Council (Ordinary Resolutions 3 and 4)", "\u2014"],
        ["7", "The CISE Certificate in SEN Coordination (Special Resolution 5)", "C and Appendix"],
        ["8", "Member's resolution on an assessment-only route (Resolution 6)", "\u2014"],
        ["9", "Members' questions", "D"],
        ["10", "Any other business notified to the Chair", "\u2014"],
    ], widths=[1.2, 11, 3.6], size=10)
    para(doc)

    H(doc, "Resolutions")
    para(doc, "Ordinary Resolution 1. That the accounts for the year ended 31 August 2008 be received.")
    para(doc, "Ordinary Resolution 2. That Harding Pell LLP be reappointed as auditors.")
    para(doc, "Ordinary Resolution 3. That Mrs Eleanor Voss be re-elected to Council.")
    para(doc, "Ordinary Resolution 4. That Mr Rajinder Sandhu be elected to Council.")
    para(doc, "Special Resolution 5. That the Council for Independent Specialist Education, with Bellhaven University, "
              "establish the CISE Certificate in SEN Coordination as set out in Paper C, apply to the Training and "
              "Development Agency for Schools for approval to offer it as nationally accredited training for SENCOs, "
              "and amend Article 3 so that the Council's objects include the training of teachers in maintained schools.")
    para(doc, "Resolution 6 (proposed by Mr Colin Ferris, Headteacher, Ashby Vale School; seconded by Ms Dawn Okafor, "
              "Principal, The Willows). That the Certificate include an assessment-only route by which teachers with "
              "at least five years' experience of leading SEN provision may present a portfolio of evidence against "
              "every national outcome, with a professional discussion with two assessors, and be awarded the "
              "Certificate without attending Study Days.")
    H(doc, "Explanatory notes")
    para(doc, "Resolutions 1 to 4 are the ordinary business of the meeting. Resolution 5 is a special resolution "
              "because it changes the Articles. Council supports Resolution 5 and recommends that members vote for it.")
    para(doc, "Resolution 6 was received from two member schools in accordance with Article 14. Council recommends that "
              "members vote against it. The Council's view is that the Certificate's first cohorts should all follow the "
              "same course, so that the Certificate's standing with schools and local authorities is secure, and that the "
              "national specification describes assessment-only candidates as exceptional.")

    H(doc, "Paper A: Report of the Chair of Council")
    para(doc, "This has been a demanding year for our schools. Three member schools closed, two for lack of "
              "placements as local authorities brought more pupils back into their own special schools and resourced "
              "provision, and one after an adverse inspection of its residential care. Six schools joined, so our "
              "membership stands at 162 schools educating just over 11,000 children and young people.")
    para(doc, "The pressure on placements is not going away. Council has met the Local Government Association twice "
              "about the framework contract for independent and non-maintained placements, and our fees survey shows that "
              "most members held fees at 2007 levels. We continue to argue that local authorities should judge a "
              "placement on the outcomes for the child, not on its weekly cost.")
    para(doc, "Our evidence to the Lamb Inquiry, submitted in July, made the case that parents' confidence depends on "
              "the quality of the SENCO in their child's first school. It is that argument which brings us to the main "
              "business of this meeting. Since September 2008 every new SENCO in a maintained school must be a qualified "
              "teacher, and the Government has said that new SENCOs will be required to hold a national qualification. "
              "Our members have spent decades training their own staff and, through outreach, the staff of mainstream "
              "schools. Council believes we should offer that qualification, and Paper C sets out how.")
    para(doc, "I thank the staff team, led by Peter Kilbride, and in particular Dr Marianne Holt, who has led the "
              "work on the Certificate with Bellhaven University. Eleanor Voss, Chair of Council")

    H(doc, "Paper B: Treasurer's summary")
    table(doc, [
        ["", "2007-08 (\u00a3)", "2006-07 (\u00a3)"],
        ["Members' subscriptions", "486,200", "478,900"],
        ["Conferences and training", "212,750", "189,400"],
        ["Grants", "40,000", "25,000"],
        ["Total income", "738,950", "693,300"],
        ["Staff costs", "431,600", "402,100"],
        ["Conferences and training costs", "168,300", "151,900"],
        ["Premises and administration", "96,420", "92,700"],
        ["Total expenditure", "696,320", "646,700"],
        ["Surplus", "42,630", "46,600"],
    ], widths=[8, 3.5, 3.5], size=10)
    para(doc, "The Certificate's development costs in 2008-09 (estimated at \u00a328,000) will be met from reserves. "
              "Council expects the Certificate to cover its costs from fees from its second year. Rajinder Sandhu, Treasurer")

    H(doc, "Paper C: The CISE Certificate in SEN Coordination")
    para(doc, "A proposal from Council to members", italic=True)
    H(doc, "Purpose")
    C(doc, 1, "The Certificate will equip teachers newly appointed as SENCOs in maintained schools to meet the "
              "requirements of the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 "
              "and to lead provision for pupils with SEN and disabilities with confidence and authority.")
    C(doc, 2, "Its objectives are that participants will know the law and guidance, understand the needs of the "
              "pupils in their care, organise provision that raises those pupils' attainment, and lead the adults who "
              "teach and support them. The Certificate is assessed through four tasks carried out in the participant's "
              "own school.")
    H(doc, "Partnership and credit")
    C(doc, 3, "Bellhaven University's School of Education will validate the Certificate as a university award and "
              "the University will confer it. Bellhaven's Faculty Board approved the partnership in principle on 8 "
              "October 2008 and a validation event is fixed for March 2009.")
    p = C(doc, 4, "The Certificate carries 60 credits. The level at which it is validated (H or M) will be settled at "
                  "the validation event in March 2009.")
    comment(doc, p, "Bellhaven's panel is likely to insist on M. Can we say so? MH", "Marianne Holt", "MH")
    H(doc, "Who the Certificate is for")
    C(doc, 5, "The Certificate is for qualified teachers who hold, or have been appointed to, the post of SENCO in a "
              "maintained school. Applicants are nominated by their headteacher on the CISE nomination form, which "
              "also records the school's agreement to release them for eight Study Days.")
    C(doc, 6, "The nomination form requires the headteacher to give the number and date of issue of the nominee's "
              "enhanced CRB disclosure and to confirm that the school has checked List 99 and taken up references from "
              "the nominee's previous employer. Where a nominee has not worked in a school in a post involving regular "
              "contact with children in the last three months, CISE obtains a new enhanced disclosure through its "
              "registered body before the nominee attends any Study Day. The CISE training administrator holds a record "
              "of each check and no nominee is registered until it is complete.")
    C(doc, 7, "CISE is a member of Bellhaven's widening participation scheme; the Certificate will be offered to "
              "teachers in maintained schools of all kinds.")
    H(doc, "Starting the Certificate")
    p = C(doc, 8, "Before the first Study Day each participant completes a self-audit against the national outcomes. "
                  "Tutors use the audits to form study groups of eight with a mix of experience and phase, and to "
                  "decide which Study Day sessions need more time.")
    tracked(p, [("", " "), ("del", "Each participant will agree an individual learning plan with their tutor, "
                                   "based on the audit, at the first tutorial.")], "Marianne Holt", "2008-10-20T16:05:00Z")
    C(doc, 9, "Participants who have already passed credit-bearing study in SEN, or who can show through a portfolio "
              "that their experience meets the learning outcomes of a Unit, may apply to Bellhaven for recognition of "
              "prior certificated or experiential learning for up to 20 credits (one Unit plus five credits of Unit 2). "
              "A CISE tutor advises on the portfolio and Bellhaven's Accreditation of Prior Learning Board decides.")
    H(doc, "Structure and timing")
    C(doc, 10, "There will be two starts a year, in September and in February. Each start has a Saturday group and a "
               "weekday group, meeting at the CISE Learning Centre, Redbourne, or at one of three regional member "
               "schools (Ashcombe Park, Tollbridge and Marram Lodge).")
    C(doc, 11, "The Certificate has four Units of 15 credits. Units 1 and 2 may be taken in either order, and a "
               "participant may pause between Units for up to a year and rejoin a later group. Most participants will "
               "complete in twelve to fifteen months.")
    table(doc, [
        ["Unit", "Study Days", "Content"],
        ["1 Law, Policy and the SENCO", "D1, D2", "Education Act 1996 Part IV; the SEN Code of Practice (2001); SENDA 2001; "
         "the Disability Discrimination Act 1995 as amended and the Disability Equality Duty; Every Child Matters and the "
         "Children Act 2004; the 2008 SENCO Regulations; the Lamb Inquiry; the SENCO's role and priorities"],
        ["2 Understanding Needs", "D3, D4", "Child development and the effect of disability, environment and disadvantage; "
         "BESD, dyslexia and other specific learning difficulties, SLCN (the Bercow Review, 2008), autism, MLD; "
         "research and inspection evidence on what works, including Ofsted's Inclusion: does it matter where pupils are "
         "taught? (2006) and the Inclusion Development Programme"],
        ["3 Assessment, Planning and Provision", "D5, D6", "Identification; using assessments from psychologists, therapists "
         "and specialist teachers; P scales, national tests and tracking; access arrangements for national tests and "
         "GCSE; provision mapping; ICT and assistive technology; evaluating interventions"],
        ["4 Leading People and Partnerships", "D7, D8", "Working with the head, senior team and governors; the SEN policy; "
         "coaching and supporting colleagues; listening to pupils, including those who do not "
         "use speech; working with parents and carers; Next Steps"],
    ], widths=[4, 2, 10], size=9.5)
    para(doc)
    C(doc, 12, "Study Days are taught by CISE tutors with specialists from member schools: speech and language "
               "therapists, educational psychologists, teachers of the deaf and of the visually impaired, and behaviour "
               "specialists. Each participant also has three individual tutorials with their tutor, face to face or by "
               "telephone, to plan and review the tasks.")
    C(doc, 13, "Participants may, if they wish, visit a member school to see specialist practice; the Council's "
               "Directory of Members gives contact details, and participants make their own arrangements.")
    H(doc, "Links to practice in schools")
    C(doc, 14, "Every task is carried out in the participant's own school and is agreed with the headteacher. The "
               "Intervention Study (Task 3) requires participants to lead a change for a group of pupils, take a baseline, "
               "and report the pupils' progress after at least one term; the headteacher signs the report to confirm "
               "the change happened.")
    C(doc, 15, "Unit 4 teaches participants to consult pupils about their provision and their school, including pupils "
               "who use signing, symbols or communication aids, drawing on our members' practice. Task 2, the Pupil "
               "Voice Study, requires participants to consult a group of pupils with SEN in their school on an issue "
               "that affects them, report what the pupils said and show how the school responded.")
    C(doc, 16, "Participants learn to advise and coach colleagues and to work with colleagues in other schools on "
               "Days 7 and 8, and Task 4 requires them to present a proposal to their own senior team and governors. On Day 8 "
               "parents of pupils in member schools and a parent partnership officer lead a session on working with "
               "families, and Task 1 asks participants to review how their school informs and involves parents.")
    H(doc, "Assessment and the award")
    table(doc, [
        ["Task", "Description", "Unit"],
        ["T1 Policy Critique", "3,000-word critique of the school's SEN and disability policies against the law and guidance, "
         "including how parents are informed and involved", "1"],
        ["T2 Pupil Voice Study", "2,500-word report of a consultation with pupils and the school's response", "2 and 4"],
        ["T3 Intervention Study", "4,000-word study of an intervention led by the participant, with baseline and outcome data "
         "and a provision map", "3"],
        ["T4 Leadership Presentation", "A presentation to the participant's senior team or governors, observed by the "
         "tutor, and a 1,500-word reflection", "4"],
        ["R Reflective Log", "Kept throughout and reviewed at tutorials; not marked", "All"],
    ], widths=[4, 10, 2], size=9.5)
    para(doc)
    C(doc, 17, "Each task is marked by the participant's tutor against Bellhaven's Masters-level criteria and second-"
               "marked by another tutor; marks are moderated at a meeting of all tutors after each hand-in, and Bellhaven's "
               "external examiner sees a sample of every task and all fails before the Examination Board.")
    C(doc, 18, "Participants who pass all four tasks and attend at least 80 per cent of the Study Days will be awarded the "
               "Certificate. Council is satisfied that the tasks between them cover the national outcomes (see the "
               "Appendix).")
    H(doc, "Staff and resources")
    C(doc, 19, "The Certificate will be led by Dr Marianne Holt, CISE Director of Training, a former headteacher of a "
               "non-maintained school for pupils with autism, with a PhD in inclusive education. Four tutors will be "
               "appointed from member schools; each will have led SEN provision, hold a Masters degree and be a current "
               "practitioner. Bellhaven's link tutor is Dr Gwen Rathbone, Senior Lecturer in Special Education.")
    C(doc, 20, "All tutors attend a two-day induction each August on the Certificate, its outcomes and its marking, and a "
               "standardisation day each January using marked scripts. The Tutors' Handbook sets out each person's role: "
               "tutor, second marker, link tutor, external examiner and visiting specialist. Visiting specialists receive a "
               "written brief for their session and the outcomes it serves.")
    p = C(doc, 21, "Teaching resources: [to be confirmed with Bellhaven library services].")
    comment(doc, p, "Library still to confirm access for non-Bellhaven tutors. Chase before AGM. PK", "Peter Kilbride", "PK")
    H(doc, "What members and schools told us")
    C(doc, 22, "In May 2008 we surveyed all member schools about their outreach and training for mainstream schools; 118 "
               "replied. We also asked the 214 maintained-school SENCOs who attended our outreach courses in 2007-08 what "
               "a new SENCO most needs; 131 replied. Nine local authority SEN managers gave us their views in interview.")
    C(doc, 23, "Three things changed as a result. SENCOs asked for Saturday teaching and for more than one start date, so "
               "we offer both. Local authority managers asked for leadership and work with senior teams, so Unit 4 was "
               "added and the Leadership Presentation replaced a second essay. Member schools asked that their "
               "specialists teach on the Certificate, which is why Study Days are taught with them.")
    C(doc, 24, "Member schools' specialists will contribute to every Study Day. The Certificate will be reviewed each "
               "year by its Course Board, made up of the Director of Training, the tutors and Bellhaven's link tutor. "
               "Council will consider in due course whether others should be invited to join it.")
    H(doc, "Quality and evaluation")
    C(doc, 25, "Participants evaluate each Study Day and each Unit. The Course Board considers these, the external "
               "examiner's report and task results each summer and writes an action plan, which goes to Bellhaven's annual "
               "monitoring and to Council. Bellhaven reviews the Certificate every five years.")
    C(doc, 26, "We will measure impact in three ways: participants rate their confidence against each outcome at the "
               "start and end; Task 3 reports each pupil group's progress from its baseline, and the Course Board collates "
               "these each year; and six months after completion we ask each headteacher what has changed for pupils with "
               "SEN in the school.")
    C(doc, 27, "The Council's Equal Opportunities Policy applies to the Certificate, as to all the Council's work. We "
               "are committed to the full participation of disabled teachers.")
    H(doc, "Fees and next steps")
    C(doc, 28, "The fee will be \u00a31,250, reduced to \u00a3950 for teachers in schools that buy outreach from a member "
               "school. Tutorials by telephone and regional venues keep travel costs down.")
    C(doc, 29, "Day 8 ends with Next Steps: each participant drafts a professional development plan for the following "
               "two years on the CISE template, to discuss with their headteacher at their next performance management "
               "review; the tutor comments on the draft at the last tutorial.")

    para(doc, "APPENDIX TO PAPER C: THE NATIONAL OUTCOMES", bold=True, size=11)
    para(doc, "D1-D8 are the Study Days; T1-T4 the tasks; R the Reflective Log (reviewed at tutorials, not marked).")
    A = [
        ("Professional attributes", None, None),
        ("A1 Fair, respectful relationships with pupils and parents", "D1, D8", "T1, T2"),
        ("A2 Gaining colleagues' and leaders' commitment", "D7", "R"),
        ("A3 Prioritising, managing time, delegating", "D2", "T4"),
        ("A4 Anticipating and solving problems; sound decisions on provision", "D5, D6", "T3"),
        ("A5 Clear speech and writing; listening to others", "All", "T1-T4"),
        ("A6 Using research and outside advice", "D4", "T3"),
        ("A7 Keeping up to date; own CPD", "D1, D8", "R"),
        ("Knowledge and understanding", None, None),
        ("K1 SEN law, the Code of Practice and their implications", "D1", "T1"),
        ("K2 Every Child Matters and the SENCO's part", "D1", "T1"),
        ("K3 Disability equality law and what it requires", "D2", "T1"),
        ("K4 Child development and factors affecting it", "D3", "T2"),
        ("K5 The common types of SEN and disability", "D3, D4", "T3"),
        ("K6 Approaches and resources for assessment and teaching, including ICT", "D5, D6", "T3"),
        ("K7 School self-evaluation and improvement", "D7", "T4"),
        ("K8 Best practice and research", "D4", "T3"),
        ("K9 External agencies and specialist support", "D6", "T3"),
        ("Skills", None, None),
        ("S1 Influencing strategy, ethos, policy and resources with senior colleagues and governors", "D7", "T4"),
        ("S2 Identifying pupils, setting targets, planning and reviewing interventions", "D5", "T3"),
        ("S2a Using other professionals' assessments", "D5", "T3"),
        ("S2b Using summative assessment and national tests to track progress", "D5", "T3"),
        ("S2c Encouraging colleagues' formative assessment", "D6", "\u2014"),
        ("S2d Special arrangements for tests and examinations", "D6", "T3"),
        ("S3 Provision mapping; finding ineffective or missing provision", "D6", "T3"),
        ("S4 Deploying and managing staff", "\u2014", "T4"),
        ("S5 Supporting colleagues' development", "D7", "T4"),
        ("S6 Reviewing provision with staff for self-evaluation", "D6", "T3"),
        ("S7 Involving pupils in their provision", "D8", "T2"),
        ("S8 Liaising with parents and carers", "D8", "T1"),
        ("S9 Working with other services and agencies", "Covered in the Council's one-day course Working Together "
         "Across Agencies (not part of the Certificate)", "\u2014"),
    ]
    rows = [["Outcome", "Developed on", "Assessed by"]]
    groups = []
    for a_, b_, c_ in A:
        if b_ is None:
            groups.append(len(rows))
            rows.append([a_, "", ""])
        else:
            rows.append([a_, b_, c_])
    t = table(doc, rows, widths=[9, 4, 3], size=9.5)
    for g in groups:
        merge_row(t, g, rows[g][0])
    k7 = [i for i, r in enumerate(rows) if r[0].startswith("K7")][0]
    delete_row(t.rows[k7], "Marianne Holt", "2008-10-20T16:20:00Z")
    para(doc)

    H(doc, "Paper D: Members' questions")
    para(doc, "Questions received by 7 November 2008, with Council's answers.", italic=True)
    QA = [
        ("Q1 (Hartwell Manor School) Will our own teachers be able to take the Certificate?",
         "Not at first. The Certificate is for SENCOs in maintained schools, who are required to hold the national award. "
         "Council will offer places to member-school staff if there is room."),
        ("Q2 (St Bride's School) Who will check that participants are safe to be in our schools on visits?",
         "Every participant's enhanced CRB disclosure is checked when they are nominated (Paper C, paragraph C6)."),
        ("Q3 (Marram Lodge) How will the Council pay for this?",
         "From reserves in the first year, then from fees; see Paper B."),
        ("Q4 (Ashby Vale School) Why can experienced SENCOs not simply be assessed?",
         "This is the subject of Resolution 6. Council's view is set out in the explanatory notes: no assessment-only "
         "route will be offered."),
        ("Q5 (The Willows) Will the Certificate cover access arrangements for examinations?",
         "Yes, on Day 6, and Task 3 asks participants to show how the arrangements for their pupil group were decided."),
        ("Q6 (Greyfriars School) Will any of the Certificate be online?",
         "No. The Certificate is taught entirely face to face in its first two years, with tutorials face to face or "
         "by telephone."),
        ("Q7 (Tollbridge School) Will member schools be paid for hosting regional Study Days?",
         "Yes, at the Council's standard room rate."),
        ("Q8 (Kestrel House) How will the Council know the Certificate is making a difference?",
         "See Paper C, paragraph C26."),
        ("Q9 (Ashcombe Park School) Will parents have a say?",
         "Parents lead a session on Day 8. Council has no other plans at present."),
    ]
    for q, a in QA:
        para(doc, q, bold=True)
        para(doc, a)

    H(doc, "Form of proxy")
    table(doc, [
        ["Member school", ""],
        ["I/We appoint", "the Chair of the meeting, or: ______________________"],
        ["to vote for us at the Annual General Meeting on 20 November 2008 as follows:", ""],
        ["Resolution", "For / Against / Withheld"],
        ["1  2  3  4", ""],
        ["5 (special)", ""],
        ["6", ""],
        ["Signed (headteacher or chair of governors)", ""],
        ["Date", ""],
    ], header=False, widths=[8, 8], size=10)
    para(doc)

    H(doc, "Extract from the draft minutes of the meeting, 20 November 2008")
    para(doc, "Present: representatives of 97 member schools; 21 proxies held by the Chair. In the Chair: Mrs Eleanor Voss.",
         italic=True)
    para(doc, "4. Ordinary Resolutions 1 to 4 were carried on a show of hands.")
    para(doc, "5. Special Resolution 5. Dr Holt introduced Paper C. Ms Okafor (The Willows) moved an amendment, seconded "
              "by Mr Devlin (Greyfriars): to add at the end \"and that Council report to the 2009 Annual General Meeting "
              "on how parents and carers of pupils in member schools might contribute to the Certificate\". Council "
              "accepted the amendment, which was carried. Resolution 5 as amended was carried: for 109, against 6, "
              "abstentions 3.")
    para(doc, "6. Resolution 6. Mr Ferris spoke to the resolution. Mr Kilbride spoke for Council against it. The "
              "resolution was LOST: for 31, against 79, abstentions 8.")
    para(doc, "7. Members' questions. The answers in Paper D were taken as read. In reply to a further question from "
              "Hartwell Manor, the Chief Executive said the first intake would be in September 2009.")

    doc.save(HERE / "gq-02-cise-agm-papers.docx")


if __name__ == "__main__":
    build()
