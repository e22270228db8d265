"""ex-02-guild-licensing-panel-report: build the .docx next to this script.

PROVIDER (invented)
    The Guild of Learning Support Teachers, a national professional body for
    teachers of pupils with SEN (Guild House, Pelham Market). The Guild writes
    the National SENCO Award centrally (two 30-credit modules, twelve study
    days, Action Learning Sets, a Specialist Visit) and licenses regional
    centres to teach it. One awarding university for every centre: the
    University of Hallamford validated it on 4 December 2008 as a
    Postgraduate Certificate in Leading SEN Provision. Six organisations
    applied to be centres for 2009-10: an FE college, two local authority
    services, a special school that is a designated Training School, an FE/HE
    college proposing an online route and a consortium of nine schools.

DOCUMENT KIND AND LAYOUT
    Council paper C/09/14, "Report of the Centre Licensing Panel", sent as the
    application exactly as Council approved it on 26 March 2009:
    - a paper front sheet as a two-column table (Meeting, Title, From, Status,
      Action), a one-cell shaded note "For the TDA", and a panel membership
      table;
    - no heading styles: section titles are bold capitalised Normal paragraphs
      ("2  THE PROGRAMME CENTRES ARE LICENSED TO DELIVER"); paragraphs carry
      typed numbers with bold run-in titles (2.1 ... 2.19, 5.1 ... 5.6) that
      collide with requirement ids (2.3 is structure, 2.5 the Specialist
      Visit, 3.3 fees, 5.3 Kirkholme School, 5.5 Brindlecombe College);
    - Section 4 a decisions table with merged group rows; Section 5 findings
      centre by centre in the Panel's third-person voice ("The Panel noted");
      Section 6 conditions C-A1 to C-A7; Section 7 a recommendations table
      with a "Council's decision" column; signatures;
    - Schedule 1 licensing standards, Schedule 2 the outcomes (Guild codes
      A1-A7, K1-K9, S1-S9 with S2a-S2d, "Study days" and "Assessed in"
      columns, merged group rows), Schedule 3 the twelve study days;
    - Council's amendments as real tracked changes (w:del / w:ins, author
      "Council Secretary", 26 March 2009), six Word comments, a page header
      and a footer with a PAGE field and a Guild strapline.

TRAPS (requirement ids)
    - 3.3 not applicable: the programme as licensed has no e-learning. An
      online route appears only in Brindlecombe College's declined proposal
      (5.5, wrong context), in Recommendation R3 (agreed "in principle" for
      2010), in paragraph 2.19 deleted by Council, and in the footer
      strapline "in the classroom, online and in your own school".
    - 3.2 partial: one September start (Council deleted "and each February"
      as a tracked deletion), fixed module order, part time only; flexibility
      only as twilight pairs at two centres and completion within three years.
    - 5.6 not met: the only specialist resources were in condition C-A7, a
      whole paragraph deleted by Council (comment: not in the budget);
      Schedule 1 standard L3 covers accommodation only.
    - 6.K3 not met and 1.4 partial: the Schedule 2 row on disability
      equality law is a deleted table row (comment "duplicates K1", but K1
      and Study Days 1-2 do not mention disability law at all).
    - 5.3 met only through an inserted paragraph (C-A5, tracked insertion).
    - 6.0 partial: "The award is made to participants who pass all
      components of both modules"; the stronger outcome-by-outcome rule is
      only asked for in a comment by the University member (not part of the
      submission).
    - 1.3 not met: the reading list "compiled in 2004" for an earlier
      diploma; revision only recommended (R2) for 2010-11; a comment says
      nothing after 2004.
    - 2.5 not met: only Recommendation R5, whose Council decision was changed
      by tracked change from "Agreed." to "Agreed in principle, subject to
      funding".
    - 2.2 and 2.4 partial: the self-audit is used to form Action Learning
      Sets and inform tutors, not to set an individual plan or personalised
      outcomes; no individual tailoring.
    - 1.1 partial: aims speak of statutory duties, efficient management and
      pupils' attainment only; well-being appears only as Every Child Matters
      content on Study Day 1.
    - 3.1 partial: accessible venues and a general reference to the Guild's
      Equal Opportunities Policy; nothing on disclosure or adjustments to
      teaching or assessment.
    - 5.7 partial: tutors trained (Licensed Tutor Training), but Workplace
      Supporters' grasp of the role "varied widely" and their handbook is
      recommended for September 2010 (R4).
    - 2.3 met despite decoys: Eastfield's own fast-track was declined and
      "centres may not run their own", but the Guild runs an Assessment Route
      centrally (2.10).
    - 5.5 met despite a decoy: Kirkholme's "placements for pupils from
      neighbouring mainstream schools" are pupils' placements; the
      participants' Specialist Visit (2.5) is the real arrangement.
    - Criterion 6 per outcome (Schedule 2): A3 assessed only by an unmarked
      Workplace Supporter's statement (partial); A7 and S2c taught with
      "—" in "Assessed in" (partial); K4 "TBC" (partial); S9 only in the
      Action Learning Set record "(not assessed)" (partial); S2d row says
      only "see S2b", which is about tracking data (not met); K3 deleted row
      (not met). 1.9 partial follows.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "ex-02-guild-licensing-panel-report.docx"

AUTHOR = "Council Secretary"
DATE = "2009-03-26T16:10:00Z"
_rev = [500]


def _mark(tag):
    el = OxmlElement(tag)
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def _para_mark(p, tag):
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    rPr.append(_mark(tag))


def delete_run(run):
    r = run._r
    for t in r.findall(qn("w:t")):
        t.tag = qn("w:delText")
    d = _mark("w:del")
    r.addprevious(d)
    d.append(r)


def insert_run(run):
    r = run._r
    i = _mark("w:ins")
    r.addprevious(i)
    i.append(r)


def delete_paragraph(p):
    for r in list(p._p.findall(qn("w:r"))):
        if r.find(qn("w:t")) is None and r.find(qn("w:tab")) is None:
            continue  # comment reference runs stay outside the deletion
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
        d = _mark("w:del")
        r.addprevious(d)
        d.append(r)
    _para_mark(p, "w:del")


def insert_paragraph(p):
    for r in list(p._p.findall(qn("w:r"))):
        i = _mark("w:ins")
        r.addprevious(i)
        i.append(r)
    _para_mark(p, "w:ins")


def delete_row(row):
    for c in row.cells:
        for p in c.paragraphs:
            delete_paragraph(p)
    trPr = row._tr.get_or_add_trPr()
    trPr.append(_mark("w:del"))


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
sec.top_margin = sec.bottom_margin = Cm(2.2)


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def title(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    return p


def num(n, lead, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.1)
    p.paragraph_format.first_line_indent = Cm(-1.1)
    p.paragraph_format.space_after = Pt(6)
    p.add_run(n + "\t")
    if lead:
        r = p.add_run(lead + ". ")
        r.bold = True
    body = p.add_run(text)
    return p, body


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=9.5):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return r


def grid(headers, rows, widths, size=9.5, head_fill="BFBFBF"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], head_fill)
    out = []
    for row in rows:
        cells = t.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[-1])
            cell_text(m, row[1], bold=True, size=size)
            shade(m, "E7E6E6")
            out.append(None)
            continue
        runs = [cell_text(cells[i], v, size=size) for i, v in enumerate(row)]
        out.append(runs)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t, out


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("COUNCIL PAPER C/09/14  ·  CONFIDENTIAL UNTIL APPROVED")
hr.font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Guild of Learning Support Teachers  ·  Teaching for every learner: in the classroom, online "
                "and in your own school  ·  page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    f'<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- front sheet
para("GUILD OF LEARNING SUPPORT TEACHERS", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
para("COUNCIL PAPER C/09/14", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=10)
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Meeting", "Council, 26 March 2009, Guild House, Saltergate, Pelham Market"),
    ("Title", "Report of the Centre Licensing Panel: the National SENCO Award, first licensing round "
              "(centres for 2009-10)"),
    ("From", "Mrs Rosalind Achterberg, Vice-President of the Guild, Chair of the Panel"),
    ("Prepared by", "Ms Anjali Desai, Education Officer, Secretary to the Panel"),
    ("Status", "Approved by Council on 26 March 2009, with the amendments shown as tracked changes"),
    ("Action", "Council is asked to approve the Panel's decisions (Section 4), the conditions (Sections 5 "
               "and 6) and the recommendations (Section 7)"),
]:
    cells = t.add_row().cells
    cell_text(cells[0], k, bold=True, size=10)
    shade(cells[0], "E7E6E6")
    cell_text(cells[1], v, size=10)
for row in t.rows:
    row.cells[0].width = Cm(3.2)
    row.cells[1].width = Cm(12.8)
para("", after=4)

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
nc = note.rows[0].cells[0]
shade(nc, "DEEAF6")
nc.text = ""
np_ = nc.paragraphs[0]
rr = np_.add_run("For the TDA. ")
rr.bold = True
rr.font.size = Pt(10)
rr = np_.add_run(
    "This paper is the Guild's application for approval as a provider of the national award for SENCOs. "
    "The Guild is a single provider: it writes the programme, the University of Hallamford validates it "
    "once for every centre, and the Guild licenses the centres that teach it. Section 2 and Schedules 2 "
    "and 3 describe the programme every licensed centre must deliver; Sections 4 to 6 name the centres "
    "and the conditions they must meet.")
rr.font.size = Pt(10)
p2 = nc.add_paragraph()
rr = p2.add_run(
    "We send the paper as Council approved it. Council's amendments of 26 March 2009 are shown as "
    "tracked changes: deleted text was removed by Council and is no longer part of the programme, and "
    "inserted text was added by Council. The margin comments were made by members of Council and of the "
    "Panel while the paper was discussed; they are not part of the report.")
rr.font.size = Pt(10)
para("", after=4)

para("Panel members", bold=True, after=4)
grid(["Member", "Background"], [
    ["Mrs Rosalind Achterberg (Chair)", "Vice-President of the Guild; SENCO, Lenham Park Primary School"],
    ["Dr Samuel Okonjo", "Head of Collaborative Provision, University of Hallamford"],
    ["Ms Fiona Treadgold", "Principal Officer (SEN), Dunsford County Council"],
    ["Mr Aled Pryce", "Headteacher, Castle Mead Community School (11-18)"],
    ["Mrs June Halloran", "Chair, Dunsford Parent Partnership Advisory Group; parent of a young person "
                          "with a statement of special educational needs"],
    ["Mr Colin Westlake", "Headteacher, Fernside School (special school, 2-19)"],
    ["Ms Anjali Desai (Secretary)", "Education Officer of the Guild"],
], widths=[5.0, 11.0])

# ---------------------------------------------------------------- 1 summary
title("1  SUMMARY")
num("1.1", None, "Council asked the Panel in October 2008 to recommend which organisations the Guild should "
    "license to teach the National SENCO Award from September 2009, when teachers new to the SENCO post "
    "must begin to gain the national award. Six organisations applied by the closing date of 9 January "
    "2009. The Panel read every application, visited each applicant between 26 January and 20 February "
    "2009, and met at Guild House on 2 and 3 March 2009.")
num("1.2", None, "The Panel recommends that four centres be licensed: Tenterbury College, Ashby Marsh Borough "
    "Council, Kirkholme School and Northmere County Council, the second and fourth subject to conditions. "
    "It recommends that Brindlecombe College's application be declined for 2009-10 and that the Eastfield "
    "Learning Network's be deferred to the autumn round.")
num("1.3", None, "Between them the four centres expect to admit 96 participants in September 2009, in seven "
    "groups, from schools in eleven local authorities.")
num("1.4", None, "Section 2 sets out, for the record and for centres, the programme that every licensed "
    "centre will deliver. It is the programme the University of Hallamford validated, and no centre may "
    "vary it. Section 6 sets conditions that apply to every centre, and Section 7 gives the Panel's "
    "recommendations on matters for the Guild itself, with Council's decisions.")

# ---------------------------------------------------------------- 2 programme
title("2  THE PROGRAMME CENTRES ARE LICENSED TO DELIVER")
num("2.1", "Award and validation", "The University of Hallamford validated the programme on 4 December 2008 "
    "as its Postgraduate Certificate in Leading SEN Provision, 60 credits at Master's level, for delivery "
    "by centres licensed by the Guild. One validation covers every licensed centre. The University "
    "registers each participant as its student, appoints the external examiner and holds the Board of "
    "Examiners, and its Collaborative Provision Committee must confirm each centre the Guild licenses "
    "before that centre recruits. Participants who complete receive the University's certificate and the "
    "Guild's National SENCO Award.")
num("2.2", "Aims", "The programme aims to give teachers new to the SENCO role the knowledge, confidence and "
    "skills to carry out the school's duties under the SEN Code of Practice, to organise and manage SEN "
    "provision efficiently, and so to raise the attainment of pupils with special educational needs. "
    "The outcomes participants must reach are listed in Schedule 2.")
num("2.3", "Structure", "The programme has two modules of 30 credits each. Module 1, Knowing the Learner, "
    "Knowing the Law, runs from September to February (Study Days 1 to 6); Module 2, Leading SEN "
    "Provision, from February to July (Study Days 7 to 12). Study days are full days at the centre, about "
    "one every three weeks in term time; Schedule 3 sets out what each covers. Participants spend roughly "
    "as much time again on directed study and on work in their own school between study days.")
num("2.4", "Action Learning Sets", "Between study days participants meet in Action Learning Sets of five or "
    "six, five times a year. Each meeting is hosted in turn in a member's school for a morning and "
    "includes a tour of the host school's provision and a problem brought by one member for the set to "
    "question and advise on. A centre tutor facilitates the first two meetings; the set then runs itself "
    "and keeps a short record of each meeting.")
num("2.5", "Specialist Visit", "Every participant spends one day in Module 2 on a Specialist Visit to a "
    "setting unlike their own school: a special school, a resource base, a pupil referral unit, or a "
    "specialist service such as a sensory support service or a speech and language therapy team. The "
    "centre arranges the visit from its list of approved hosts, using a visit brief written by the Guild, "
    "and briefs the host beforehand. Participants write up the visit for their Module 2 Enquiry.")
_, reading = num("2.6", "Materials and reading", "The Guild's Programme Team writes the Study Day Packs "
    "(presenter notes, slides, handouts and activities) for all twelve study days. Centres must use them; "
    "they may add local material but may not leave anything out. The common reading list, given to "
    "participants on the first study day, is the list compiled in 2004 for the Guild's Diploma in Learning "
    "Support (see Recommendation R2).")
num("2.7", "Entry", "Applicants must hold qualified teacher status, be in post as SENCO in a school in England "
    "(or be designated to become SENCO within a year), and have their headteacher's signed Head's "
    "Agreement, which commits the school to release the participant for twelve study days and the "
    "Specialist Visit, to host one Action Learning Set meeting and to name a Workplace Supporter. The "
    "centre interviews every applicant against the Guild's entry profile, which asks for at least a year's "
    "teaching experience and some experience of teaching pupils with SEN. An applicant who does not meet "
    "the profile receives a letter from the centre explaining what experience or study would prepare them "
    "(typically a term working alongside an experienced SENCO and the Guild's short course SEN: the "
    "Essentials), and the centre offers the headteacher a meeting to agree a plan for a later application.")
num("2.8", "Self-audit", "Before the first study day participants complete the Guild's self-audit, rating "
    "their confidence against each outcome in Schedule 2. Centres use the audits to form Action Learning "
    "Sets of similar phase and experience, and pass them to the tutor leading each group so that the tutor "
    "knows the group's strengths. Participants keep their audit in their Module 1 Portfolio.")
num("2.9", "Credit for prior learning", "Participants may claim credit for Module 1 (30 credits) on the "
    "basis either of Master's-level study in SEN within the last five years or of substantial experience "
    "as a SENCO or specialist teacher, shown in a claim portfolio mapped to the Module 1 outcomes and a "
    "30-minute discussion with two assessors. Claims are decided by the University's Accreditation of "
    "Prior Learning Panel on the Guild's recommendation. Module 2 cannot be claimed, because it is built "
    "round the participant's current school.")
num("2.10", "The Assessment Route", "For experienced SENCOs who already appear to meet the outcomes, the "
    "Guild runs an Assessment Route centrally through its Awards Office, not through centres. Candidates "
    "must have been a SENCO for at least three of the last five years. They submit the Module 1 Portfolio "
    "and the Module 2 Enquiry without attending study days, with up to three hours of tutorial guidance, "
    "and have a one-hour professional discussion with two assessors. The route is meant for exceptional "
    "cases: the Awards Office discusses each enquiry with the candidate before accepting it. The fee is "
    "£650.")
_, award_rule_lead = num("2.11", "Assessment", "Module 1 is assessed by a Portfolio (equivalent to 6,000 "
    "words) of three pieces: (a) an audit of the school's SEN provision, with a provision map and an "
    "analysis of the attainment data for pupils with SEN, set against the Code of Practice and the "
    "school's self-evaluation, including how the school's provision contributes to the five Every Child "
    "Matters outcomes; (b) a case study of one pupil, covering the pupil's type of need, the assessments "
    "made (including reports from other professionals and the part played by external agencies), the "
    "targets set and the intervention planned and reviewed; (c) a record of, and reflection on, a meeting "
    "the participant held with the pupil's parents or carers.")
num("", None, "Module 2 is assessed by a Practitioner Enquiry (5,000 words) and a Presentation. In the Enquiry "
    "the participant investigates and improves one aspect of SEN provision in their school with "
    "colleagues. It must include a review of research, structured consultation with the pupils concerned, "
    "baseline and follow-up measures of those pupils' progress, an account of how the participant deployed "
    "and managed the staff involved (including teaching assistants) and of the staff development the "
    "participant led, a justification of the decisions taken when problems arose, and an evaluation "
    "carried out with the colleagues involved, with what it means for the school's self-evaluation. The "
    "Presentation (15 minutes, with questions) puts the Enquiry's findings and proposals for policy, "
    "priorities and resources to the school's senior leadership team or governors; it is observed and "
    "assessed by the centre tutor, in person or from a video recording.")
p_rule = doc.add_paragraph()
p_rule.paragraph_format.left_indent = Cm(1.1)
p_rule.paragraph_format.space_after = Pt(6)
rule_run = p_rule.add_run("Each component is marked pass or fail against the Guild's published criteria. The "
                          "award is made to participants who pass all components of both modules.")
doc.add_comment(rule_run, text="The University's Board of Examiners will expect the award rule to require "
                "every Schedule 2 outcome to be evidenced in a passed component. Can we say so before "
                "September?", author="Samuel Okonjo", initials="SO")
num("2.12", "Marking and moderation", "Centre tutors first-mark. Each centre second-marks every fail and a 20 "
    "per cent sample of the rest. The Guild's Chief Moderator, Mr Terence Bulmer, samples every centre's "
    "marking of every component and chairs a cross-centre moderation meeting each term at which tutors "
    "from all centres mark common scripts and agree the standard. The University's external examiner, "
    "Dr Maria Kostova, sees a sample from every centre, attends the Board of Examiners and reports each "
    "year to the University and the Guild.")
num("2.13", "Tutors", "Every centre tutor must be approved by the Guild. The Guild approves tutors who hold "
    "qualified teacher status; have at least five years' experience as a SENCO, specialist teacher or SEN "
    "adviser, at least two of them in the last three years; hold a Master's degree in SEN or a related "
    "field; and are still involved in schools. Every tutor attends the Guild's two-day Licensed Tutor "
    "Training before teaching, covering the programme, the Study Day Packs, the assessment criteria with "
    "marked examples and the tutor's part in moderation, and a one-day update each July.")
num("2.14", "Workplace Supporters", "Each participant's school names a Workplace Supporter, usually a deputy "
    "or assistant headteacher, who helps the participant gain access to colleagues, data and meetings. "
    "The Panel heard that, in the Guild's Diploma, supporters' understanding of the role varied widely, "
    "and recommends a handbook for them (Recommendation R4).")
p215, _ = num("2.15", "Evaluation and impact", "Participants evaluate every study day and each module. Each "
    "centre sends the Guild an Annual Centre Report covering recruitment, completion and pass rates, "
    "participants' evaluations, moderation findings and the external examiner's comments. ")
ins_run = p215.add_run("Headteachers of participating schools complete a questionnaire at the end of the "
                       "programme on the difference it has made in their school. ")
insert_run(ins_run)
p215.add_run("The Guild's Education Committee reviews the centre reports, the external examiner's report and "
             "the headteachers' questionnaires each October and publishes to centres a response saying what "
             "will change for the following year; the University reviews the programme through its annual "
             "monitoring. For impact, participants repeat the self-audit at the end of Module 2 and each "
             "centre reports the change in their confidence ratings; and centres summarise the baseline and "
             "follow-up measures of pupils' progress from every Enquiry on the Guild's Impact Return, which "
             "the Guild adds up across centres in its annual report to Council.")
num("2.16", "What stakeholders told us and how they take part", "The programme was designed after the "
    "Guild's 2008 consultation, in which 14 local authorities, 210 SENCOs who replied to a survey in the "
    "Guild's journal, the regional branches of both headteachers' associations in two regions, and the "
    "parent partnership services of three authorities took part. Their priorities shaped the design. "
    "Headteachers wanted learning based in schools, which led to the Action Learning Sets. Parent "
    "partnership services asked that every participant should hold and reflect on a real meeting with "
    "parents, which became part (c) of the Portfolio. Local authorities asked that attainment data and "
    "provision mapping should be central, and they are the core of the Module 1 audit. Each licensed "
    "centre must have a Centre Partnership Group that includes its local authority's SEN lead, at least "
    "two headteachers of participating schools, a parent partnership or parents' representative and a "
    "voluntary organisation. The Group meets each term, reviews the Annual Centre Report before it is "
    "sent, and provides speakers for Study Days 9 and 10.")
p217 = doc.add_paragraph()
p217.paragraph_format.left_indent = Cm(1.1)
p217.paragraph_format.first_line_indent = Cm(-1.1)
p217.paragraph_format.space_after = Pt(6)
p217.add_run("2.17\t")
rr = p217.add_run("Pattern of study. ")
rr.bold = True
p217.add_run("All centres start a new group each September")
delete_run(p217.add_run(" and each February"))
p217.add_run(", and the modules are taken in order over one school year. The programme is part time. "
             "Participants who fall behind may complete within three years by joining a later group. Two "
             "centres, Tenterbury and Northmere, run study days as pairs of twilight sessions for schools "
             "that cannot release staff for whole days.")
num("2.18", "Access", "All four centres' teaching rooms were seen on the visits and have step-free access, "
    "accessible toilets and a hearing loop. Centres are bound by the Guild's Equal Opportunities Policy.")
p219, _ = num("2.19", "Online study", "Subject to validation by the University, centres may from January "
              "2010 offer Module 1 online, with weekly tutor-moderated discussion forums, an online tutorial "
              "with the tutor every fortnight, and the study day materials in the Guild's virtual learning "
              "environment, so that participants may start in January and study at times that suit them.")
doc.add_comment(p219.runs[1], text="Deleted by Council: premature while no online mode is validated. See R3.",
                author=AUTHOR, initials="CS")
delete_paragraph(p219)

# ---------------------------------------------------------------- 3 how the panel worked
title("3  HOW THE PANEL WORKED")
num("3.1", None, "Each application was read by three members against the Licensing Standards in Schedule 1.")
num("3.2", None, "The Chair or the headteacher members, with the Secretary, visited each applicant for a day. "
    "They met the proposed tutors, saw the teaching rooms, met headteachers of schools likely to nominate "
    "participants and, at four applicants, the local authority's SEN lead.")
num("3.3", None, "The Panel did not consider fees, which the Guild sets: £1,250 a participant for 2009-10, of "
    "which £300 is the University's registration fee. Ashby Marsh and Northmere will each meet £400 of "
    "the fee for participants from their own schools.")
num("3.4", None, "Mr Westlake declared that Kirkholme School's headteacher is a former colleague and took no "
    "part in the decision on Kirkholme.")

# ---------------------------------------------------------------- 4 decisions
title("4  DECISIONS")
grid(["Applicant", "Type", "Region", "Groups / places", "Decision"], [
    ("G", "Recommended for a licence"),
    ["Tenterbury College", "College of further education", "South East", "2 / 28", "Licence"],
    ["Ashby Marsh Borough Council, Inclusion Support Service", "Local authority", "North West", "2 / 30",
     "Licence with conditions AM1, AM2"],
    ["Kirkholme School", "Special school; designated Training School", "Yorkshire and the Humber", "1 / 14",
     "Licence"],
    ["Northmere County Council, Professional Development Centre", "Local authority", "East of England",
     "2 / 24", "Licence with condition NM1"],
    ("G", "Not recommended for 2009-10"),
    ["Brindlecombe College", "College of further and higher education", "South West", "—", "Declined"],
    ["Eastfield Learning Network", "Consortium of nine schools", "West Midlands", "—",
     "Deferred to the autumn 2009 round"],
], widths=[4.6, 3.6, 2.8, 2.0, 3.0], size=9)

# ---------------------------------------------------------------- 5 centres
title("5  THE CENTRES")
num("5.1", "Tenterbury College", "The College's School of Teacher Education already teaches the "
    "University's PGCE for the post-compulsory sector and has taught the Guild's Diploma in Learning "
    "Support since 2001. Both proposed tutors meet the Guild's criteria: one is a former county SEN "
    "adviser and the other a serving SENCO seconded to the College for two days a week. The College has "
    "agreed eleven Specialist Visit hosts, including two special schools, a resource base for hearing "
    "impaired pupils and the county's speech and language therapy service. It will run one group by day "
    "and one in paired twilights. The Panel recommends a licence.")
num("5.2", "Ashby Marsh Borough Council", "The Inclusion Support Service is well regarded by its schools and "
    "has run induction for new SENCOs since 2004; the Panel met six headteachers who intend to nominate "
    "staff. The Service's tutors are experienced, but only one has yet been approved against the Guild's "
    "criteria, and its list of Specialist Visit hosts was short (three settings, all run by the Council). "
    "The Panel recommends a licence with two conditions. AM1: by 30 June 2009 the Service must have a "
    "second tutor approved by the Guild. AM2: by 30 June 2009 it must agree at least six Specialist Visit "
    "hosts, at least two of them outside the Council's own services.")
num("5.3", "Kirkholme School", "Kirkholme is a special school for pupils aged 4 to 19 with moderate and "
    "severe learning difficulties, and a designated Training School. It already trains teaching "
    "assistants and hosts placements for pupils from neighbouring mainstream schools in its assessment "
    "base; these are separate from the Award and are not covered by the licence. The headteacher and "
    "deputy headteacher will teach, and the county's educational psychology service will contribute to "
    "Study Days 4 and 9. The Panel was impressed by the school's links with its parents' forum, whose "
    "chair will co-present Study Day 10. The Panel recommends a licence.")
num("5.4", "Northmere County Council", "The Professional Development Centre is modern and fully accessible, "
    "and the two tutors are approved. Northmere proposed that the Module 2 Presentation be assessed from "
    "the headteacher's written statement instead of by a tutor; the Panel did not accept this. The Panel "
    "recommends a licence with one condition. NM1: the Presentation must be assessed by a centre tutor "
    "as set out in 2.11, in person or from a video recording.")
num("5.5", "Brindlecombe College", "Brindlecombe proposed to teach the programme wholly online from January "
    "2010 through its virtual learning environment, with tutor-moderated forums, weekly online tutorials "
    "and two residential weekends. The Panel admired the design but was not persuaded that the Specialist "
    "Visit and the Action Learning Sets could be replaced online, and the University has not validated "
    "an online mode. The Panel recommends that the application be declined for 2009-10 and that "
    "Brindlecombe be invited to work with the Programme Team on an online route for consideration in "
    "2010 (Recommendation R3).")
_, east = num("5.6", "Eastfield Learning Network", "Eastfield proposed, alongside the full programme, a "
    "fast-track for its own experienced SENCOs assessed on a portfolio alone. The Panel explained that the "
    "Guild's Assessment Route (2.10) is run centrally and that centres may not run their own. The "
    "application is deferred because Eastfield's tutor team is not yet complete; the Panel would welcome "
    "a revised application in the autumn round.")
doc.add_comment(east, text="Letter to Eastfield by 3 April.", author="Anjali Desai", initials="AD")

# ---------------------------------------------------------------- 6 conditions
title("6  CONDITIONS THAT APPLY TO EVERY CENTRE")
num("C-A1", None, "Use the Study Day Packs, the assessment briefs and the marking criteria without alteration, "
    "and teach every study day in Schedule 3.")
num("C-A2", None, "Admit participants only as set out in 2.7, and send the Guild each participant's Head's "
    "Agreement and entry interview record before registration.")
num("C-A3", None, "Keep a list of at least six approved Specialist Visit hosts, brief each host before a "
    "visit and send the Guild a copy of each host's confirmation.")
num("C-A4", None, "Send at least one tutor to each termly cross-centre moderation meeting.")
pca5, _ = num("C-A5", None, "Before registering a participant, see written confirmation from the "
              "participant's employer of the date and reference number of the participant's enhanced "
              "Criminal Records Bureau disclosure, that the participant is not barred from work with "
              "children (List 99), and that there are no outstanding concerns about the participant's "
              "conduct. Where a participant has not worked in a school or college in a post with regular "
              "contact with children in the last three months, the centre must obtain a new enhanced "
              "disclosure through the Guild, which is a registered body, before the participant takes part "
              "in any Action Learning Set meeting or the Specialist Visit.")
insert_paragraph(pca5)
num("C-A6", None, "Convene the Centre Partnership Group (2.16) and send the Guild the Annual Centre Report by "
    "31 October each year.")
pca7, _ = num("C-A7", None, "Use the Specialist Resource Set that the Guild will lend each centre "
              "(standardised assessment kits, symbol and word-prediction software, a laptop with "
              "screen-reading software and a library of 40 core texts) on study days, and lend its items to "
              "participants for their Portfolio and Enquiry.")
doc.add_comment(pca7.runs[0], text="Not in the 2009-10 budget. Council agreed to delete.",
                author="Treasurer", initials="TR")
delete_paragraph(pca7)

# ---------------------------------------------------------------- 7 recommendations
title("7  RECOMMENDATIONS TO COUNCIL")
rt, rruns = grid(["No.", "Recommendation", "Council's decision, 26 March 2009"], [
    ["R1", "License the four centres in Section 4, with the conditions in Sections 5 and 6.", "Agreed."],
    ["R2", "Revise the common reading list, compiled in 2004, so that it includes recent research and "
           "inspection reports, in time for the 2010-11 groups.",
     "Agreed. Programme Team to report to Council in 2010."],
    ["R3", "Invite Brindlecombe College to develop an online route with the Programme Team for "
           "consideration in 2010.", "Agreed in principle."],
    ["R4", "Write a handbook for Workplace Supporters.", "Agreed: for September 2010."],
    ["R5", "Offer participants who complete the Award an alumni day each year, and help them plan their "
           "next professional steps with their headteacher.", "Agreed."],
    ["R6", "Ask the University to appoint the external examiner before September 2009.", "Agreed."],
], widths=[1.2, 9.3, 5.5], size=9.5)
# Council's change to R5's decision: "Agreed." deleted, a conditional decision inserted
r5_cell = rt.rows[5].cells[2]
delete_run(rruns[4][2])
new = r5_cell.paragraphs[0].add_run("Agreed in principle, subject to funding: to be considered with the "
                                    "2010-11 budget.")
new.font.size = Pt(9.5)
insert_run(new)
doc.add_comment(reading, text="The list still has nothing after 2004. See R2.", author="Rosalind Achterberg",
                initials="RA")

para("", after=4)
para("Rosalind Achterberg, Chair of the Centre Licensing Panel, 6 March 2009", italic=True, after=2)
para("Approved by Council on 26 March 2009. Professor Martin Greaves, President", italic=True, after=2)

doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ---------------------------------------------------------------- Schedule 1
title("SCHEDULE 1  LICENSING STANDARDS")
grid(["Standard", "What the applicant must show"], [
    ["L1 Governance", "A named Centre Manager with authority to commit the organisation, and a clear line "
                      "of accountability to the Guild."],
    ["L2 Tutors", "At least two tutors who meet the Guild's criteria (2.13), or will do so before teaching."],
    ["L3 Accommodation", "A teaching room for up to sixteen, with step-free access, a hearing loop and "
                         "parking, available on the study days."],
    ["L4 Recruitment", "Arrangements to recruit, interview and admit participants as set out in 2.7."],
    ["L5 Specialist Visits", "At least six approved hosts for Specialist Visits (2.5)."],
    ["L6 Partnership and quality", "A Centre Partnership Group (2.16), and the capacity to produce the "
                                   "Annual Centre Report."],
    ["L7 Finance", "Financial standing to complete each group it starts."],
    ["L8 Safeguarding", "A safeguarding policy covering the centre's staff and the visits it arranges."],
], widths=[4.0, 12.0])

# ---------------------------------------------------------------- Schedule 2
title("SCHEDULE 2  THE OUTCOMES: WHERE THEY ARE TAUGHT AND ASSESSED")
para("Every participant must reach these outcomes. They follow the national minimum outcomes; the wording "
     "is the Guild's. SD = study day (Schedule 3).", italic=True, size=10, after=4)
s2_rows = [
    ("G", "Professional attributes"),
    ["A1", "Builds fair, respectful and constructive relationships with pupils with SEN or disabilities "
           "and with their families", "SD9, SD10", "Portfolio (b) and (c)"],
    ["A2", "Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes for "
           "these pupils", "SD11", "Presentation"],
    ["A3", "Plans and prioritises own workload and delegates well, checking that delegated work is done",
     "SD11", "Workplace Supporter's end-of-year statement (not marked)"],
    ["A4", "Foresees and solves problems; makes sound, well-founded decisions about provision", "SD12",
     "Enquiry"],
    ["A5", "Communicates clearly in speech and in writing; listens to and understands others' views",
     "SD8, SD12", "Presentation; all written components"],
    ["A6", "Uses research and outside advice to improve own and colleagues' practice", "SD7",
     "Enquiry (review of research)"],
    ["A7", "Keeps up to date and takes charge of own professional development in SEN", "SD7", "—"],
    ("G", "Knowledge and understanding"),
    ["K1", "The SEN framework in law and guidance (the Education Act 1996 and the SEN Code of Practice) "
           "and what it means in practice for the school, the SENCO and others", "SD1, SD2",
     "Portfolio (a)"],
    ["K2", "Every Child Matters: the five outcomes and the SENCO's contribution to them", "SD1",
     "Portfolio (a)"],
    ["K3", "Disability equality law, the disability equality duty and the actions schools must take",
     "SD2", "Portfolio (a)"],
    ["K4", "How children develop, and how SEN, disability and the learning environment affect development",
     "SD4", "TBC"],
    ["K5", "The main types of SEN (behavioural, emotional and social difficulties; specific learning "
           "difficulties including dyslexia; speech, language and communication needs; autism; moderate "
           "learning difficulties) and their effect on learning", "SD4, SD5, SD6", "Portfolio (b)"],
    ["K6", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching, "
           "critically evaluated", "SD5, SD6", "Portfolio (b)"],
    ["K7", "School self-evaluation and improvement, and the place of SEN in it", "SD3", "Portfolio (a)"],
    ["K8", "Research and best practice in meeting special educational needs", "SD7", "Enquiry"],
    ["K9", "What external agencies do and how to secure specialist help and resources", "SD9",
     "Portfolio (b)"],
    ("G", "Professional skills"),
    ["S1", "Works with senior leaders and governors to shape an inclusive ethos, policy, priorities and the "
           "use of resources", "SD11", "Presentation"],
    ["S2", "Identifies pupils who may have SEN; sets challenging targets; plans and reviews interventions",
     "SD4, SD5", "Portfolio (b)"],
    ["S2a", "Uses other professionals' assessments in planning teaching", "SD9", "Portfolio (b)"],
    ["S2b", "Uses summative data, including national tests, to track progress and adjust provision", "SD3",
     "Portfolio (a)"],
    ["S2c", "Helps colleagues develop formative assessment, with approaches for pupils with SEN", "SD6", "—"],
    ["S2d", "Arrangements for tests and examinations", "see S2b", "see S2b"],
    ["S3", "Uses provision mapping to plan provision and to find what is missing or ineffective", "SD3",
     "Portfolio (a)"],
    ["S4", "Deploys and manages teaching assistants and other staff", "SD8", "Enquiry"],
    ["S5", "Supports colleagues' development: observation and feedback, modelling, coaching and training",
     "SD8", "Enquiry"],
    ["S6", "Evaluates provision with colleagues and feeds the findings into school self-evaluation", "SD12",
     "Enquiry"],
    ["S7", "Involves pupils in planning and reviewing their own provision", "SD9",
     "Enquiry (consultation with pupils)"],
    ["S8", "Works with parents and carers to support their child's learning and development", "SD10",
     "Portfolio (c)"],
    ["S9", "Works with other services and voluntary organisations in a coordinated way", "SD9, SD10",
     "Action Learning Set record (not assessed)"],
]
s2t, s2runs = grid(["Code", "Outcome", "Study days", "Assessed in"], s2_rows, widths=[1.2, 9.4, 2.2, 3.2],
                   size=9)
k3_index = [i for i, r in enumerate(s2_rows) if r[0] == "K3"][0]
k3_row = s2t.rows[k3_index + 1]
doc.add_comment(s2runs[k3_index][1], text="Deleted as duplicating K1.", author=AUTHOR, initials="CS")
delete_row(k3_row)

# ---------------------------------------------------------------- Schedule 3
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
title("SCHEDULE 3  THE STUDY DAYS")
grid(["SD", "Module", "Title", "Content"], [
    ["1", "1", "The SENCO and the framework", "The SENCO's role; Every Child Matters and the five "
     "outcomes; Removing Barriers to Achievement (2004); the principles of the SEN Code of Practice."],
    ["2", "1", "The Code in practice", "The graduated response; School Action and School Action Plus; "
     "statutory assessment, statements and annual reviews; individual education plans."],
    ["3", "1", "Data, self-evaluation and provision mapping", "The school self-evaluation form; RAISEonline; "
     "national test and teacher assessment data; tracking progress; provision maps and their costing."],
    ["4", "1", "Development and identification", "How children develop and how SEN, disability and the "
     "learning environment affect development; identifying needs; setting targets; planning "
     "interventions. Guest: educational psychology service."],
    ["5", "1", "Cognition, communication and learning", "Dyslexia and other specific learning "
     "difficulties, moderate learning difficulties, speech, language and communication needs, autism; "
     "assessment approaches; planning and reviewing interventions."],
    ["6", "1", "Behaviour and teaching approaches", "Behavioural, emotional and social difficulties; "
     "strategies and resources, including ICT; assessment for learning in the classroom."],
    ["7", "2", "Research and keeping up to date", "Reading and using research; methods for a practitioner "
     "enquiry; keeping up to date through journals, networks and the Guild's branch meetings."],
    ["8", "2", "Leading and developing staff", "Deploying and managing teaching assistants; observation and "
     "feedback; coaching and modelling; leading training; communicating with colleagues."],
    ["9", "2", "Hearing the pupil; working with other services", "Ways of consulting pupils, including "
     "pupils with communication difficulties (pupil conferences, Talking Mats, visual scales); involving "
     "pupils in their reviews; what external agencies do; the Common Assessment Framework and multi-agency "
     "working. Guests from local services."],
    ["10", "2", "Parents as partners; the voluntary sector", "Building relationships with parents and "
     "carers; difficult conversations; the parent partnership service (co-presented); working with "
     "voluntary organisations."],
    ["11", "2", "Strategy, governors and time", "Working with senior leaders and governors on policy, "
     "priorities and resources; gaining commitment; managing workload, prioritising and delegating."],
    ["12", "2", "Evaluating provision; decisions; presenting", "Evaluating provision with colleagues and "
     "feeding school self-evaluation; problem-solving and decision-making about provision; presenting to "
     "senior leaders and governors."],
], widths=[1.0, 1.4, 4.0, 9.6], size=9)

doc.save(OUT)
print("wrote", OUT)
