"""gq-01-asps-host-schools-directory: build script.

Provider (invented): the Association of Specialist Provision Schools (ASPS), a
national association of 140 non-maintained and independent special schools,
applying with the University of Haddonfield, Faculty of Education, which
validates the "Specialist Partnership SENCO Award" as a Postgraduate
Certificate in Leading SEN Coordination (60 credits at Masters level). First
cohort January 2009.

Document kind: the Association's "Host Schools Directory 2009-10", a printed
directory of member schools that receive participants on Host Visits, issued to
the first cohort in draft and sent as the application with a shaded note to
the panel. Part One ("About the Award") describes the course in the
Association's own nouns (Study Days, Host Visits, Host Tutor, Starting
Profile, Individual Learning Plan, Practice Enquiry, Visit Portfolio,
Professional Conversation). Part Two tells participants how to book a visit and
what to expect. Part Three is the directory proper: ten member-school entries,
each a two-column boxed table, one entry marked withdrawn. Then an index table
of schools against areas of need (typed ticks, merged header cells), Annex A
(an outcome table in the Association's wording, "Where you meet it" / "How it
is assessed", merged shaded group rows) and Annex B (course team). No heading
styles for Parts (bold capital Normal paragraphs), Heading 2 for sections. A
header ("DRAFT FOR COHORT 1") and a footer with a page field. A Word comment,
tracked changes.

Traps (requirement ids):
- 5.3: the only statement that participants hold an enhanced CRB disclosure is
  in the page footer (never evidence). In the body, Part Two says host schools
  do not ask visitors for a CRB disclosure because they are accompanied, and
  nothing in joining mentions checks. -> not_met.
- 5.5: entries speak of pupils "placed" by local authorities (pupils'
  placements, wrong context) but Part One and Two give participants real
  specialist placements (Host Visits) and named specialists -> met.
- 2.3: one route only; the old Certificate in Specialist Outreach had an
  assessment-only route that ended in 2008 (past arrangement); a comment
  suggests reinstating it (comment is not submission) -> not_met.
- 3.2: a deleted tracked paragraph offered a September 2009 intake; an inserted
  paragraph allows spreading over two years; one January start, fixed order ->
  partially_met.
- 3.3: materials and a participant-run discussion board online; tutors take no
  part online -> partially_met.
- 1.9: blanket claim that the four tasks "assess every one" of the outcomes,
  contradicted by Annex A -> partially_met.
- 2.1: certificated prior study only; experiential learning explicitly not
  accredited -> partially_met.
- 2.5: only a talk on MA progression on the last Study Day -> partially_met.
- 1.5 / 6.S7: pupil voice only seen on a Host Visit, not developed on a Study
  Day or assessed -> partially_met.
- 4.2: one sentence says only generally that stakeholders "shaped our
  thinking" and a comment asks which changes came from whom, but Section 9
  ties the survey findings to the Host Visits and Study Days 4-5 (indirect
  influence) -> met.
- 5.6: resources are only the VLE and e-journals; specialist technology is
  seen on one Host Visit -> partially_met.
- 5.7: host tutors "know what is expected"; no briefing -> partially_met.
- 5.9: participants' confidence measured; pupils' achievement only hoped for ->
  partially_met.
- Criterion 6 (Annex A): 6.K4 has no row (not_met); 6.S2d "Not included in
  2009-10" (not_met); 6.A3 and 6.S2b taught, not assessed; 6.A7 and 6.S5
  assessed only formatively at ILP reviews "(formative, not marked)"; 6.S7
  Host Visit only, not separately assessed (all partially_met).
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


def build():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    header_footer(doc, "ASPS Host Schools Directory 2009-10 \u2014 DRAFT FOR COHORT 1",
                  "Association of Specialist Provision Schools. All Award participants hold an enhanced CRB disclosure")

    box(doc, [
        "Note for the TDA approval panel",
        "We send the Host Schools Directory as it was issued in draft to the twenty-two teachers who have accepted places "
        "for January 2009. Part One was written for participants, their headteachers and for you; we have not rewritten "
        "it for the panel. Annex A shows where each of the national minimum outcomes is met and how it is assessed. "
        "Our partner university's letter confirming validation is enclosed separately.",
        "Dr Ruth Oakendale, Director of Professional Learning, ASPS, and Professor Alan Tresidder, Dean of Education, "
        "University of Haddonfield. 12 December 2008",
    ], bold_first=True)

    para(doc, "Association of Specialist Provision Schools", bold=True, size=16, align="c")
    para(doc, "HOST SCHOOLS DIRECTORY 2009-10", bold=True, size=20, align="c")
    para(doc, "for teachers on the Specialist Partnership SENCO Award", italic=True, size=12, align="c")
    para(doc, "Postgraduate Certificate in Leading SEN Coordination, validated by the University of Haddonfield", align="c")
    para(doc)

    para(doc, "Foreword", bold=True, size=12)
    para(doc, "For most of the last century the schools in this Association were where children went when the local "
              "school could not cope. That is no longer the whole story. Our members now spend much of their time "
              "supporting children who stay in mainstream schools, through outreach, shared placements and training. "
              "This Directory is the practical side of that change. It lists the member schools that have agreed to open "
              "their classrooms, therapy rooms and staffrooms to new SENCOs from maintained schools taking the Award.")
    para(doc, "A Host Visit is not a tour. You will teach alongside our staff, sit in on an annual review, watch a "
              "speech and language therapist plan with a class teacher and ask awkward questions of a head who has had "
              "to make hard decisions about staffing. You will then take what you saw back to your own school. Thank you "
              "to the heads and staff of the schools listed here for their generosity.")
    para(doc, "Gillian Marchbank, Chief Executive, ASPS")

    para(doc, "PART ONE: ABOUT THE AWARD", bold=True, size=14)

    doc.add_heading("1. What the Award is for", level=2)
    para(doc, "The Award exists for one reason: so that children and young people with special educational needs and "
              "disabilities in the schools where our participants work make better progress and are safer, happier and "
              "better prepared for adult life. We measure it against the five Every Child Matters outcomes, not only "
              "test results. A SENCO who knows the Code of Practice by heart but has not changed anything for the "
              "children in her school has not met our aims.")
    para(doc, "The Award is written for teachers new to leading SEN coordination in maintained primary, secondary and "
              "special schools. It prepares them to lead teaching and learning for pupils with SEN and disabilities, to "
              "manage and support the adults who work with those pupils, and to work with parents, pupils and other "
              "services. Every assessed task asks the participant to show what difference their work has made to "
              "identified pupils in their own school, with the Practice Enquiry (Task 3) requiring a baseline and a "
              "measure of progress against the ECM outcome the participant has chosen to target.")

    doc.add_heading("2. The Award at a glance", level=2)
    table(doc, [
        ["", ""],
        ["Title", "Specialist Partnership SENCO Award (Postgraduate Certificate in Leading SEN Coordination)"],
        ["Credit", "60 credits at Masters level (M level, Framework for Higher Education Qualifications level 7): two 30-credit modules"],
        ["Validated and awarded by", "University of Haddonfield, Faculty of Education (validation event held 14 November 2008)"],
        ["Modules", "LSC1 The Learner, the Law and the School (30 credits)\n\nLSC2 Leading Provision and Change (30 credits)"],
        ["Starts", "January each year. First Study Day: Saturday 24 January 2009"],
        ["Length", "Twelve months part time"],
        ["Taught time", "Six Study Days, three two-day Host Visits, four tutorials"],
        ["Fee", "\u00a31,450, of which the Association meets \u00a3400 for teachers from schools in the Harnley and Castlemoor partnership areas"],
        ["Where", "University of Haddonfield (Wickham Building) and member schools listed in Part Three"],
    ], header=False, widths=[4, 12])
    para(doc)

    doc.add_heading("3. Joining the Award", level=2)
    para(doc, "The Award is open to qualified teachers who are the designated SENCO in a maintained school or academy, or "
              "who will become SENCO by September of the year they start. Each applicant needs the written support of "
              "their headteacher, who becomes their School Sponsor and agrees to release them for the Study Days and Host "
              "Visits and to meet them each term.")
    para(doc, "Applications are read by the Programme Leader and a University tutor together. Every applicant then has a "
              "telephone conversation of about thirty minutes with a course tutor, using our Entry Check: eight questions "
              "about their current responsibilities, what they already know of the Code of Practice and how their school "
              "identifies pupils with SEN. Where the conversation suggests that a teacher does not yet have the experience "
              "to reach the outcomes within the year (for example a newly qualified teacher asked to take on the role), the "
              "tutor writes to the teacher and the headteacher setting out what they should do first, usually a term "
              "shadowing the outgoing SENCO and the Association's one-day Introduction to SEN, and offers a place for "
              "the following January.")
    para(doc, "Starting Profile and Individual Learning Plan. Before the first Study Day each participant completes the "
              "Starting Profile, which lists the national minimum outcomes in our own words and asks the participant to "
              "rate themselves on a four-point scale and give an example for each. The course tutor reads it against the "
              "headteacher's comments and the Entry Check notes, then meets the participant at the first tutorial to agree "
              "an Individual Learning Plan. The Plan names the outcomes the participant will concentrate on, which Host "
              "Visits will best serve them, the reading they should start with, and the focus of their Practice Enquiry. "
              "The Plan is reviewed at each tutorial (the ILP reviews) and the tutor records whether the evidence so far "
              "bears out the Starting Profile.")
    para(doc, "Credit for earlier study. A participant who has passed Masters-level modules on special educational needs "
              "at another university in the last five years may apply through the University of Haddonfield's "
              "Recognition of Prior Learning procedure for up to 30 credits against LSC1. The University does not give "
              "credit against the Award for experience alone, however long, and uncertificated courses cannot be counted.")
    para(doc, "There is one route through the Award, and everyone follows it. Until July 2008 the Association's "
              "Certificate in Specialist Outreach allowed experienced outreach teachers to present a portfolio for "
              "assessment without attending; that Certificate has now closed.")
    p = doc.paragraphs[-1]
    comment(doc, p, "Should we offer portfolio assessment for the very experienced again? Several heads have asked. RO",
            "Ruth Oakendale", "RO")
    para(doc, "The fee is kept low because the Study Days are held on Saturdays in University rooms at no charge and "
              "because member schools give Host Visits free of charge. Participants on the same need pathway share "
              "their Host Visits in pairs.")

    doc.add_heading("4. How the year runs", level=2)
    para(doc, "The year has three strands that run side by side: Study Days at the University, Host Visits in member "
              "schools, and the Practice Enquiry in the participant's own school.")
    table(doc, [
        ["Study Day", "Date", "Content", "Module"],
        ["1", "Sat 24 Jan 2009", "The SENCO's job; the SEN Code of Practice (2001) and the SEN and Disability Act 2001; "
         "the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty; Every Child Matters and "
         "the SENCO's part in it; the Lamb Inquiry and what it is hearing from parents; what Ofsted found in Inclusion: does it matter where pupils are taught? (2006)", "LSC1"],
        ["2", "Sat 7 Mar 2009", "Knowing the learner: the most common needs (BESD, dyslexia and other specific learning "
         "difficulties, speech, language and communication needs, autism, moderate learning difficulties), what they look "
         "like in a classroom and how they affect learning; the Bercow Review (2008); the Inclusion Development Programme", "LSC1"],
        ["3", "Sat 25 Apr 2009", "Assessment for identification and for review; using reports from educational psychologists, "
         "therapists and advisory teachers; P scales, CVA and RAISEonline; helping colleagues build formative assessment into "
         "lessons", "LSC1"],
        ["4", "Sat 20 Jun 2009", "Leading and managing: time, priorities and delegation; working with the headteacher, "
         "senior team and governors; the SEN policy and the school's development plan; winning colleagues round", "LSC2"],
        ["5", "Sat 10 Oct 2009", "Provision mapping and its management; deploying teaching assistants; coaching, "
         "modelling and feedback after observation; school self-evaluation, the SEF and SEN", "LSC2"],
        ["6", "Sat 5 Dec 2009", "Working with parents and carers; multi-agency work, the CAF, the Team Around the Child and "
         "voluntary organisations; presenting the Practice Enquiry; what next after the Award", "LSC2"],
    ], widths=[1.6, 2.6, 10, 1.6], size=9)
    para(doc)
    para(doc, "Host Visits. Each participant makes three two-day Host Visits between February and November, chosen from "
              "Part Three with their tutor at the first ILP review. At least one must be to a school whose pupils' needs "
              "differ from those the participant knows best. During a visit the participant is attached to a Host Tutor "
              "(a senior teacher in the member school) and follows a visit plan agreed beforehand: observation and team "
              "teaching, a planning meeting with therapists, an annual review or transition meeting where the family "
              "agrees, and a conversation with the head or deputy about resources and staffing. The participant keeps "
              "a record of each visit for the Visit Portfolio (Task 2).")
    para(doc, "Practice Enquiry. From April each participant plans and leads one change in their own school for an "
              "identified group of pupils. They record a baseline, agree the change with their School Sponsor, lead "
              "colleagues in carrying it out and measure the result in December, using attainment data and at least one "
              "measure of well-being (attendance, a wellbeing scale, the pupils' own rating). The Enquiry is reported in "
              "Task 3.")
    deleted_para(doc, "A second intake will start in September 2009 for teachers who cannot join in January; its Study "
                      "Days will run on weekday afternoons.", "Ruth Oakendale", "2008-12-09T14:12:00Z")
    inserted_para(doc, "A participant whose headteacher agrees may spread the Award over two years, taking LSC2 with "
                       "the following January's cohort.", "Alan Tresidder", "2008-12-10T09:30:00Z")
    para(doc, "Otherwise the modules are taken in order, LSC1 before LSC2, and the Study Days are the same for everyone.")

    doc.add_heading("5. Studying online", level=2)
    para(doc, "Every participant has an account on HaddonLearn, the University's virtual learning environment, from the "
              "first Study Day. Readings, the Study Day slides and the task briefs are posted there, and the University's "
              "electronic journals can be reached through it from school or home. HaddonLearn also has a discussion "
              "board for the cohort, which participants run for themselves; course tutors do not post on it or read it, "
              "and questions for tutors should go by email to the course office.")

    doc.add_heading("6. Assessment and the award", level=2)
    table(doc, [
        ["Task", "What you submit", "Module", "When"],
        ["Task 1 Case Analysis", "A 3,000-word analysis of the provision for one pupil in your school, drawing on the "
         "reports of at least two other professionals and on the law and guidance that apply", "LSC1", "May 2009"],
        ["Task 2 Visit Portfolio", "Your records of three Host Visits and a 2,500-word commentary on what you will "
         "change and why, with reference to research you read", "LSC1", "November 2009"],
        ["Task 3 Practice Enquiry", "A 5,000-word report of the change you led, with baseline and outcome data, the "
         "provision map you used and your account of leading colleagues", "LSC2", "January 2010"],
        ["Task 4 Professional Conversation", "A 40-minute recorded conversation with your tutor and a second assessor, "
         "in which you talk through your Outcome Record and answer questions about it", "LSC2", "February 2010"],
    ], widths=[3.4, 9, 1.6, 2.4], size=9)
    para(doc)
    para(doc, "Between them the four tasks assess every one of the national minimum outcomes. Annex A shows where each "
              "is met.")
    para(doc, "Every task is marked by the course tutor and second-marked by a University tutor; a sample of each task "
              "and all fails and distinctions go to the Award's external examiner, Dr Hilary Penwarden (formerly of the "
              "University of Castlemoor). A moderation meeting of all markers is held after each submission date, with "
              "the University's link tutor in the chair, before marks go to the Board of Examiners.")
    para(doc, "To receive the Award a participant must pass all four tasks and have an Outcome Record on which every "
              "outcome has been signed off as shown by the assessors at the Professional Conversation. A participant "
              "who passes the tasks but has outcomes not yet shown is not awarded the Certificate; they may return to "
              "the next Professional Conversation round to complete the Record.")

    doc.add_heading("7. Disabled participants and access", level=2)
    para(doc, "The application form asks every applicant whether they have a disability or long-term health condition "
              "that we should plan for, and explains why we ask and who will see the answer. The Programme Leader "
              "contacts everyone who says yes before the first Study Day and agrees the adjustments in writing: "
              "materials in large print or electronic formats, BSL interpreters, a note-taker, rest breaks, extra "
              "time for tasks, or a different form of Task 4. The same question is asked again before each Host Visit, "
              "because member schools' buildings differ; every school in Part Three has step-free access to the rooms "
              "used for visits except where the entry says otherwise, and we do not place a participant where an "
              "adjustment cannot be made. The University's Disability Service advises on assessment arrangements, and "
              "our publicity and application pack are available in large print and on audio CD.")

    doc.add_heading("8. Who teaches the Award", level=2)
    para(doc, "The Study Days are led by the Programme Leader and two course tutors, with the University's link tutor, "
              "and contributions from specialists in member schools (Annex B). All tutors have led SEN provision in "
              "schools within the last five years and hold Masters degrees or higher; the two course tutors also work "
              "part time in outreach from member schools and so keep their practice current. Each course tutor has "
              "eleven participants.")
    para(doc, "Host Tutors are senior teachers in the member schools. They are experienced practitioners who know "
              "what is expected of them and the Association trusts their judgement; they receive a copy of this "
              "Directory and of the visit plan before each visit.")

    doc.add_heading("9. What schools and local authorities told us", level=2)
    para(doc, "In spring 2008 we asked SENCOs in maintained schools that already buy outreach from member schools what "
              "a new SENCO most needs. 186 replied, from 31 local authorities. The most common answers were: seeing "
              "specialist practice at first hand (71 per cent); confidence with statutory assessment and annual reviews "
              "(64 per cent); managing teaching assistants (58 per cent); and being taken seriously by the senior team "
              "(52 per cent). We also met the principal officers for SEN of eleven local authorities, who stressed "
              "provision mapping and parents' confidence. These findings are why the Award is built round Host Visits "
              "and why Study Days 4 and 5 give so much time to leadership and deployment of staff.")
    p = para(doc, "Our member heads, the local authority officers and the University's partner schools have all shaped "
                  "our thinking about the Award as it developed.")
    comment(doc, p, "Can we say which changes came from whom? Panel may ask. AT", "Alan Tresidder", "AT")
    para(doc, "Stakeholders will stay involved. Two maintained-school headteachers, two member-school heads, an LA "
              "principal officer for SEN and a parent governor from a member school sit on the Award Committee, which "
              "meets each term, reads the evaluations and the external examiner's report, and agrees changes for the "
              "next cohort. Local authority SEN officers contribute to Study Day 6, and Host Tutors complete a short "
              "report on each visit that goes to the Committee.")

    doc.add_heading("10. How we evaluate the Award", level=2)
    para(doc, "Participants evaluate each Study Day and each Host Visit on a short form, and the course team reviews "
              "these within a fortnight. At the end of the year the University's annual monitoring report brings "
              "together evaluations, task results, the external examiner's report and the Award Committee's minutes, and "
              "sets an action plan that the Committee checks each term. The external examiner visits one Study Day and "
              "one Professional Conversation round each year.")
    para(doc, "Participants rate their confidence against each outcome on the Starting Profile and again before the "
              "Professional Conversation, so that we can see where the Award has made the most and least difference. "
              "We hope in time to be able to show what difference the Award has made for the pupils in participants' "
              "schools, and would like to talk to the University about how that might be done.")

    doc.add_heading("11. After the Award", level=2)
    para(doc, "On Study Day 6 the University's MA programme leader explains how the 60 credits count towards the MA in "
              "Inclusive Education and what the next modules are.")

    para(doc, "PART TWO: USING THIS DIRECTORY", bold=True, size=14)
    doc.add_heading("12. Choosing and booking a Host Visit", level=2)
    para(doc, "Read the entries in Part Three with your Individual Learning Plan beside you. The index after Part Three "
              "shows which schools work mainly with which needs. Choose three schools and a reserve, and agree them with "
              "your tutor at your first ILP review. The course office then books the visits with each school's visit "
              "coordinator; please do not contact schools yourself before the booking is confirmed.")
    para(doc, "Your tutor sends the school your visit plan two weeks ahead. The plan sets out the outcomes you are "
              "working on and what you hope to see, so that the Host Tutor can arrange observation, team teaching and "
              "meetings with specialist staff. Specialist staff named in the entries (therapists, psychologists, "
              "sensory teachers, the school nurse) have agreed to meet visiting SENCOs for at least one session.")
    doc.add_heading("13. Before you visit", level=2)
    para(doc, "Member schools are homes as well as schools for many of their pupils. Please read the school's visitor "
              "guidance, which the course office will send you, and respect the privacy of residential areas.")
    para(doc, "Host schools will check your identity against the letter of introduction we send with your visit plan, "
              "and you will wear a visitor's badge and be accompanied by a member of staff at all times. Because you "
              "are accompanied, host schools do not ask visitors for a CRB disclosure.")
    para(doc, "If you have access needs for the visit that you have not already told us about, tell the course office "
              "when you book. Travel costs are met by your school; some member schools can offer an overnight room.")

    para(doc, "PART THREE: HOST SCHOOLS", bold=True, size=14)
    schools = [
        ("Fairmead School, Harnley", [
            ("Type", "Non-maintained special school, day and weekly boarding, 5-19"),
            ("Pupils", "84 pupils with speech, language and communication needs, many also on the autistic spectrum. "
             "Pupils are placed by 23 local authorities."),
            ("What you will see", "Total communication across the curriculum; therapists and teachers planning together "
             "each Monday; the pupils' council, which uses symbols and Talking Mats, and pupils taking part in their own "
             "annual reviews."),
            ("Specialists you can meet", "Head of therapy (speech and language therapist); occupational therapist; "
             "school's consultant educational psychologist (one day a fortnight)"),
            ("Host Tutor", "Mrs Anne Colley, Deputy Head (Curriculum)"),
            ("Access", "Step-free throughout"),
        ]),
        ("Orchard Lea School, Castlemoor", [
            ("Type", "Independent special school, day, 7-16"),
            ("Pupils", "62 pupils with behavioural, emotional and social difficulties; 40 per cent looked after. "
             "Most pupils are placed after permanent exclusion."),
            ("What you will see", "Nurture groups; restorative meetings; target-setting with pupils each fortnight and "
             "the pupils' own review of their behaviour plans; close work with youth offending teams and CAMHS."),
            ("Specialists you can meet", "Clinical psychologist; family support worker; the school's CAMHS link worker"),
            ("Host Tutor", "Mr Desmond Achebe, Assistant Head"),
            ("Access", "Ground floor only; first-floor classrooms have no lift"),
        ]),
        ("St Cuthbert's School for the Deaf, Wexley", [
            ("Type", "Non-maintained special school, day and residential, 3-19, with a sixth form"),
            ("Pupils", "97 deaf pupils, some with additional needs; British Sign Language and spoken English"),
            ("What you will see", "Audiology clinic; teaching through BSL; how the school prepares pupils and colleagues "
             "for access arrangements in GCSE; its outreach to mainstream schools in four authorities."),
            ("Specialists you can meet", "Educational audiologist; teachers of the deaf; deaf instructors"),
            ("Host Tutor", "Ms Karen Ollerton, Head of Outreach"),
            ("Access", "Step-free; induction loops in all teaching rooms"),
        ]),
        ("The Linnets, Brayton", [
            ("Type", "Independent special school and children's home, 52 weeks, 8-19"),
            ("Pupils", "38 pupils with autism and severe learning difficulties, several with epilepsy"),
            ("What you will see", "TEACCH and PECS in practice; positive behaviour support plans; how a waking-day "
             "curriculum links school, care and home; family liaison."),
            ("Specialists you can meet", "Behaviour analyst; speech and language therapist; nurse manager"),
            ("Host Tutor", "Mr Paul Grierson, Head of Education"),
            ("Access", "Step-free"),
        ]),
        ("Hollins Brook College, Harnley", [
            ("Type", "Non-maintained special school, 11-19, with a further education department"),
            ("Pupils", "120 pupils with physical disabilities and complex medical needs"),
            ("What you will see", "Access technology and alternative communication (eye-gaze, switch access, "
             "communication aids); transition planning with Connexions; conductive education."),
            ("Specialists you can meet", "Assistive technology coordinator; physiotherapists; Connexions personal adviser"),
            ("Host Tutor", "Dr Sunita Rao, Head of Learning Technology"),
            ("Access", "Step-free; hoists in all toilets"),
        ]),
        ("Brackenfold School, Ledham", [
            ("Type", "WITHDRAWN. Brackenfold closed in July 2008 and is not available for visits."),
            ("Pupils", "\u2014"),
            ("What you will see", "\u2014"),
            ("Specialists you can meet", "\u2014"),
            ("Host Tutor", "\u2014"),
            ("Access", "\u2014"),
        ]),
        ("Wren House School, Castlemoor", [
            ("Type", "Independent special school, day, 6-16"),
            ("Pupils", "70 pupils with specific learning difficulties, mainly dyslexia, and some dyspraxia"),
            ("What you will see", "Multi-sensory literacy teaching; diagnostic assessment by specialist teachers; how "
             "the school reports progress to parents each half term; its dyslexia-friendly schools training for LAs."),
            ("Specialists you can meet", "Specialist assessor (AMBDA); occupational therapist"),
            ("Host Tutor", "Mrs Fiona Tallis, Head of Learning Support"),
            ("Access", "Step-free on ground floor; library on first floor (lift)"),
        ]),
        ("Meadowcroft School, Dunmere", [
            ("Type", "Non-maintained special school, day, 4-16"),
            ("Pupils", "104 pupils with moderate learning difficulties, many with additional speech and language needs"),
            ("What you will see", "Provision mapping across a whole school; intervention tracking; teaching assistant "
             "deployment and training; shared placements with two local primaries."),
            ("Specialists you can meet", "Assistant head (inclusion); senior teaching assistant trainer"),
            ("Host Tutor", "Mr Gareth Pryce, Deputy Head"),
            ("Access", "Step-free"),
        ]),
        ("Kingfisher Reach School, Wexley", [
            ("Type", "Independent special school, day and residential, 10-19"),
            ("Pupils", "45 pupils with visual impairment, some with additional learning difficulties"),
            ("What you will see", "Braille and modified print; mobility and independence training; how the school "
             "works with parents at a distance."),
            ("Specialists you can meet", "Qualified teachers of the visually impaired; mobility officer"),
            ("Host Tutor", "Mrs Helen Strang, Head of Teaching and Learning"),
            ("Access", "Step-free; tactile routes"),
        ]),
        ("Abbotsford School, Harnley", [
            ("Type", "Non-maintained special school, day, 3-11"),
            ("Pupils", "56 pupils with complex learning difficulties and disabilities"),
            ("What you will see", "Early years multi-agency assessment; parent workshops; how the school works with "
             "health and social care through the Team Around the Child."),
            ("Specialists you can meet", "Early years SENCO; community paediatrician (monthly clinic); family liaison officer"),
            ("Host Tutor", "Ms Rachel Dunne, Deputy Head"),
            ("Access", "Step-free"),
        ]),
    ]
    for name, rows in schools:
        para(doc, name, bold=True, size=11.5)
        t = table(doc, [[k, v] for k, v in rows], header=False, widths=[4, 12], size=9)
        for r in range(len(rows)):
            shade(t.cell(r, 0), "F2F2F2")
        para(doc)

    para(doc, "INDEX OF HOST SCHOOLS BY AREA OF NEED", bold=True, size=12)
    needs = ["SLCN", "ASD", "BESD", "SpLD", "MLD", "Sensory", "Physical"]
    rows = [["School", "Main areas of need", None, None, None, None, None, None],
            ["", *needs]]
    ticks = {
        "Fairmead": "xx.....", "Orchard Lea": "..x....", "St Cuthbert's": "x....x.", "The Linnets": "xx.....",
        "Hollins Brook": "x.....x", "Wren House": "...x...", "Meadowcroft": "x...x..", "Kingfisher Reach": ".....x.",
        "Abbotsford": "x...x.x"}
    for k, v in ticks.items():
        rows.append([k] + ["\u2713" if c == "x" else "" for c in v])
    t = table(doc, rows, header=True, size=9)
    a = t.cell(0, 1).merge(t.cell(0, 7))
    set_cell(a, "Main areas of need", bold=True)
    b = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(b, "School", bold=True)
    para(doc)

    para(doc, "ANNEX A: THE OUTCOMES AND WHERE YOU MEET THEM", bold=True, size=14)
    para(doc, "The left column gives each national minimum outcome in our words. \"Where you meet it\" shows the Study "
              "Day (SD) or Host Visit (HV) that works on it; \"How it is assessed\" names the task. Items recorded at "
              "ILP reviews are formative and are not marked.")
    A = [
        ("Professional attributes", None, None),
        ("Build fair, respectful and constructive relationships with pupils and their families", "SD6; HV (all)", "Task 2; Task 4"),
        ("Win the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "SD4", "Task 3"),
        ("Prioritise, manage your time and delegate well", "SD4", "\u2014"),
        ("Anticipate and solve problems; make sound, well-founded decisions about provision", "SD4; SD5; HV", "Task 1; Task 3"),
        ("Speak and write clearly; listen to others and understand their views", "All Study Days", "Task 1; Task 4"),
        ("Use research and outside advice to improve your own and colleagues' practice", "SD2; SD3; HV", "Task 2"),
        ("Keep up to date and take charge of your own professional development in SEN and disability", "SD1; ILP reviews", "ILP review (formative, not marked)"),
        ("Knowledge and understanding", None, None),
        ("The law and guidance on SEN, the Code of Practice and what they mean for you and your school", "SD1", "Task 1"),
        ("Every Child Matters and how the SENCO helps children reach its outcomes", "SD1", "Task 1; Task 3"),
        ("Disability equality law and what it requires a school to do", "SD1", "Task 1"),
        ("The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "SD2; HV", "Task 1; Task 2"),
        ("A critical grasp of approaches and resources for assessment, planning, teaching and learning, including ICT", "SD3; HV (Hollins Brook, Wren House)", "Task 2"),
        ("School self-evaluation and improvement as they bear on pupils with SEN", "SD5", "Task 3"),
        ("Best practice and research in meeting SEN", "SD2; HV", "Task 2"),
        ("What outside agencies do and how to get specialist help and resources", "SD6; HV", "Task 1"),
        ("Skills", None, None),
        ("With senior colleagues and governors, shape an inclusive ethos, policy, priorities and the use of resources", "SD4", "Task 3; Task 4"),
        ("Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "SD3", "Task 1; Task 3"),
        ("Use other professionals' assessments to develop teaching", "SD3; HV", "Task 1"),
        ("Use summative data, including national tests, to track progress and change programmes", "SD3", "Not separately assessed"),
        ("Encourage colleagues to use formative assessment, with approaches for pupils with SEN", "SD3", "Task 3"),
        ("Special arrangements for national tests and examinations", "Not included in 2009-10", "\u2014"),
        ("Use provision mapping to plan provision and find what is missing or not working", "SD5; HV (Meadowcroft)", "Task 3"),
        ("Deploy and manage staff well", "SD5", "Task 3"),
        ("Support colleagues' development: observation and feedback, modelling, coaching, training", "SD5", "ILP review (formative, not marked)"),
        ("Review provision with other staff to feed the school's self-evaluation", "SD5", "Task 3"),
        ("Involve pupils in planning, agreeing and reviewing their provision", "HV (Fairmead, Orchard Lea)", "Not separately assessed"),
        ("Work with parents and carers to promote their children's learning", "SD6; HV (Wren House, Abbotsford)", "Task 1; Task 4"),
        ("Work with other services and agencies, including voluntary organisations", "SD6; HV (Abbotsford)", "Task 1"),
    ]
    rows = [["Outcome (our wording)", "Where you meet it", "How it is assessed"]]
    groups = []
    for a_, b_, c_ in A:
        if b_ is None:
            groups.append(len(rows))
            rows.append([a_, "", ""])
        else:
            rows.append([a_, b_, c_])
    t = table(doc, rows, widths=[9, 4, 4], size=9)
    for g in groups:
        merge_row(t, g, rows[g][0])
    para(doc)

    para(doc, "ANNEX B: THE COURSE TEAM", bold=True, size=14)
    table(doc, [
        ["Name", "Role", "Background"],
        ["Dr Ruth Oakendale", "Programme Leader (ASPS)", "Former SENCO and head of a non-maintained school for pupils with SLCN; "
         "EdD (Haddonfield) on SENCOs' leadership; Ofsted additional inspector until 2006"],
        ["Mrs Judith Harrow", "Course tutor", "SENCO in two comprehensive schools for nine years; outreach teacher at Meadowcroft "
         "School (two days a week); MA Special and Inclusive Education"],
        ["Mr Ivor Mensah", "Course tutor", "Deputy head of a primary school with an ASD resource base until 2007; autism outreach "
         "at The Linnets; MEd; trainer for the Inclusion Development Programme"],
        ["Dr Clare Whitlow", "University link tutor", "Senior lecturer in inclusive education, University of Haddonfield; "
         "research on provision mapping; former LA SEN adviser"],
        ["Dr Hilary Penwarden", "External examiner", "Formerly Reader in Special Education, University of Castlemoor"],
    ], widths=[3.4, 3.6, 9], size=9)

    doc.save(HERE / "gq-01-asps-host-schools-directory.docx")


if __name__ == "__main__":
    build()
