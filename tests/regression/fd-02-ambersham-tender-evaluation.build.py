"""fd-02-ambersham-tender-evaluation: build the .docx next to this script.

Provider (invented)
-------------------
Ambersham Education Partnership Ltd ("the Partnership", AEP), a not-for-profit
company limited by guarantee that has run the London Borough of Ambersham's
education services since 1 April 2006 under a ten-year Education Services
Agreement with the Council. It chose its university partner for the national
award by competitive tender: Kentmere University (PGCert Special Educational
Needs Coordination, 60 credits at Masters level, a pathway of a validated
framework). AEP recruits, checks, profiles and mentors participants and
teaches six of the fourteen study days; Kentmere teaches the rest, assesses
and awards.

Kind of document
----------------
The Tender Evaluation Report of AEP's evaluation panel to the Partnership's
Procurement and Contracts Committee (12 November 2008), recommending the
award of the HE partner contract, sent to the TDA with a covering letter as
"the complete record of what was agreed". A public-sector company like this
really writes such a report for every tender. Appendices: panel membership;
an extract of the Invitation to Tender (the Partnership's own part, in "The
Partnership will" voice, and requirements of the HE partner in "The HE
Partner shall" voice); extracts of Kentmere's method statements in its own
"we" voice, with its outcome map and the panel's shaded check column; the
clarification log.

Layout
------
* Covering letter on a typed letterhead (no heading styles).
* Report with Heading 1 / Heading 2 styles and typed section numbers
  (1 ... 11, 2.1 ...), recommendations "(a)" ... "(d)", a shaded
  one-cell RESOLVED box with the Committee's decision.
* Tables: timetable, criteria and weightings, compliance check, moderated
  quality scores (bidders as columns), price, overall result, matters to be
  finalised, risks, panel membership, clarification log.
* Kentmere's outcome map (Appendix 3, Table MS1.2): outcomes as rows in the
  bidder's wording with merged group rows, cells "T/A", "T", "I" or "-" per
  module, and a shaded "Panel check" column added by the evaluation panel.
* Header ("RESTRICTED - COMMERCIAL") and footer; three real footnotes (a
  footnotes part), none decisive.

Traps (requirement ids)
-----------------------
* Other bidders' features described at length (wrong context): Bidder A's
  three start points and online route, Bidder C's placement days and personal
  learning contracts, non-compliant Inclusion Associates' online course with
  an assessment-only option (3.2, 3.3, 5.5, 2.2, 2.3).
* The ITT requires an assessment-only route (Appendix 2, C4.6) but Kentmere
  declines in the clarification log (CQ4) and section 10 accepts that:
  requirement text is not an arrangement (2.3 not_met).
* No e-learning: CQ2 "taught entirely face to face", VLE not available to
  associate students (3.3 not_applicable), despite other bidders' online
  routes; one September intake, fixed order, step-off and resume (3.2
  partially_met).
* Kentmere "does not itself carry out CRB checks", but the Partnership's own
  C3.2 verification is full (5.3 met: negation about the wrong body).
* Aims about the participant's professional learning; pupils appear as
  attainment in the enquiry only (1.1 partially_met).
* Disability equality law claimed "T/A" in the map but the panel check says
  it is not in the EDM701 syllabus or brief, and the syllabus lists SEN law
  only (6.K3 not_met; 1.4 partially_met).
* Own CPD: "-" in every module and only "We will consider" (CQ6), but the
  Partnership's Next Steps Review (C3.8) develops it without assessing it
  (6.A7 partially_met; 2.5 met).
* Support staff "outside the scope of the programme" (CQ5, 6.S4 not_met);
  formative assessment
  unanswered (CQ8, 6.S2c not_met); workload taught but "Not evidenced" in
  assessment (6.A3 partially_met); test arrangements introduced on an AEP day
  only (6.S2d partially_met); coaching taught only, "T" (6.S5 partially_met);
  statutory services only, voluntary sector not covered (CQ9, 6.S9
  partially_met). Blanket claim in MS2 that passing all modules means all
  outcomes met (6.0, 1.9 partially_met).
* Profile before the course used to group participants and advise on the
  elective day, but no individual plan or personalised outcomes (2.2
  partially_met; 2.4 met through the elective, enquiry focus and price).
* Access: one sentence of University policy; AEP venue arrangements are a
  matter "to be agreed" (3.1 partially_met).
* Stakeholders in design (panel with a head and a SENCO, consultation) are
  concrete (4.1, 4.2 met); in evaluation only "as appropriate" and a
  steering group "to be agreed" (4.3 partially_met).
* Evaluation methods listed but how evidence is used is only "take account
  of feedback" (5.1 partially_met); pupil impact measured in each enquiry,
  programme-level measures only "happy to discuss" (5.9 partially_met).
* Roles: AEP mentors' July briefing is concrete; the Partnership Handbook
  setting out tutors' roles is to be written after award (5.7
  partially_met).
* One visit day at Brookmead, "We do not propose placements" (5.5
  partially_met).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
NAME = "fd-02-ambersham-tender-evaluation"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_footnotes = []


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnote(paragraph, text):
    fid = len(_footnotes) + 1
    _footnotes.append((fid, text))
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def write_footnotes(doc):
    body = [
        f'<w:footnotes xmlns:w="{W_NS}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
        '</w:p></w:footnote>',
    ]
    for fid, text in _footnotes:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p>'
            f'</w:footnote>')
    body.append("</w:footnotes>")
    blob = "".join(body).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc, text="", bold=False, italic=False, size=None, align=None, after=6, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    return p


def h1(doc, text):
    return doc.add_heading(text, level=1)


def h2(doc, text):
    return doc.add_heading(text, level=2)


def np(doc, n, text, indent=1.1):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent)
    pf.first_line_indent = Cm(-indent)
    pf.tab_stops.add_tab_stop(Cm(indent))
    pf.space_after = Pt(6)
    p.add_run(n + "\t")
    p.add_run(text)
    return p


def table(doc, rows, widths=None, header=True, size=8.5, bold_first_col=False):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, "D6DCE4")
            if bold_first_col and j == 0 and not (header and i == 0):
                r.bold = True
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def boxed(doc, title, lines, fill="F2F2F2"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    r = c.paragraphs[0].add_run(title)
    r.bold = True
    for ln in lines:
        q = c.add_paragraph(ln)
        q.paragraph_format.space_after = Pt(3)
    doc.add_paragraph()
    return t


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for lvl, sz in ((1, 13), (2, 11)):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.size = Pt(sz)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    h = sec.header.paragraphs[0]
    h.text = "RESTRICTED - COMMERCIAL  |  Ambersham Education Partnership  |  Procurement ref. AEP/PROC/2008/037"
    h.runs[0].font.size = Pt(8)
    f = sec.footer.paragraphs[0]
    f.text = "Tender Evaluation Report v1.2 (final)  |  Procurement and Contracts Committee, 12 November 2008, Item 6"
    f.runs[0].font.size = Pt(8)
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # ---------------- covering letter (first page)
    para(doc, "AMBERSHAM EDUCATION PARTNERSHIP", bold=True, size=15, after=0)
    para(doc, "Fieldgate House, 40 Tanners Row, London", size=9, after=0)
    para(doc, "A company limited by guarantee, registered in England. Providing education services for the London "
         "Borough of Ambersham.", italic=True, size=8, after=14)
    para(doc, "The Approval Panel", after=0)
    para(doc, "National Award for SEN Coordination", after=0)
    para(doc, "Training and Development Agency for Schools", after=12)
    para(doc, "14 January 2009", after=12)
    para(doc, "Dear Panel members,")
    para(doc, "Application for approval: Postgraduate Certificate in Special Educational Needs Coordination "
         "(Kentmere University with Ambersham Education Partnership)", bold=True)
    for t in [
        "Ambersham Education Partnership is a not-for-profit company that has provided the London Borough of "
        "Ambersham's education services since April 2006 under a ten-year agreement with the Council. As a "
        "contracting body we chose our university partner for the national award by open tender in the autumn "
        "of 2008, and the contract with Kentmere University was signed on 8 December 2008.",
        "Rather than write a fresh account, we enclose the Tender Evaluation Report as it went to our Procurement "
        "and Contracts Committee, because it is the complete record of what has been agreed. Our programme is "
        "Kentmere's tender as clarified (Appendices 3 and 4), together with the Partnership's own part as we "
        "specified it in the Invitation to Tender (Appendix 2). Where the report describes what another bidder "
        "offered, or something Kentmere said it could not offer, that is not part of our programme. Kentmere's "
        "Academic Standards Committee will approve the SENCO pathway of its validated framework on 21 January "
        "2009.",
        "The outcome map at Appendix 3 is Kentmere's; the shaded right-hand column records our own panel's check "
        "of it. We would be glad to answer any questions.",
        "Yours faithfully,",
    ]:
        para(doc, t)
    para(doc, "Catherine Lowry", bold=True, after=0)
    para(doc, "Director of Inclusion and Learning Support, Ambersham Education Partnership", after=0)
    doc.add_page_break()

    # ---------------- report cover
    para(doc, "AMBERSHAM EDUCATION PARTNERSHIP", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "Procurement and Contracts Committee, 12 November 2008: Item 6", align=WD_ALIGN_PARAGRAPH.CENTER,
         after=10)
    para(doc, "TENDER EVALUATION REPORT", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    para(doc, "Higher Education Partner for the National Award for SEN Coordination", size=12,
         align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    table(doc, [
        ["Procurement reference", "AEP/PROC/2008/037"],
        ["Report of", "The Evaluation Panel (membership at Appendix 1)"],
        ["Lead officer", "Catherine Lowry, Director of Inclusion and Learning Support"],
        ["Procurement adviser", "Desmond Achebe, Procurement Manager"],
        ["Decision sought", "Award of contract (Contract Standing Order 14.3)"],
        ["Contract value", "Approximately £46,800 a year; £234,000 over five years"],
    ], widths=[4.5, 11.5], header=False, size=9.5, bold_first_col=True)

    # ---------------- 1
    h1(doc, "1. Purpose and recommendations")
    np(doc, "1.1", "This report sets out how the panel evaluated the tenders received for a higher education partner "
       "to validate, co-deliver and award the national award for SEN coordination with the Partnership, and "
       "recommends the award of the contract.")
    np(doc, "1.2", "The Committee is asked to:")
    for lab, t in [
        ("(a)", "note the evaluation and the moderated scores in sections 6 to 9;"),
        ("(b)", "approve the award of a five-year contract from 1 January 2009, with a break at three years, to "
                "Kentmere University at the price in section 8;"),
        ("(c)", "approve the matters to be finalised listed in section 10 and delegate their agreement to the "
                "Director of Inclusion and Learning Support;"),
        ("(d)", "note that the unsuccessful bidders will be notified and offered a debriefing."),
    ]:
        np(doc, lab, t, indent=2.0)

    # ---------------- 2
    h1(doc, "2. Background")
    h2(doc, "2.1 The Partnership and the need")
    para(doc, "Under the Education Services Agreement the Partnership is responsible for supporting Ambersham's 67 "
         "schools (52 primary, 11 secondary, 3 special and 1 pupil referral unit) to meet the needs of pupils with "
         "special educational needs. The Education (Special Educational Needs Co-ordinators) (England) Regulations "
         "2008 and the Government's announcement of a national award for new SENCOs mean that the Partnership's "
         "existing induction day for new SENCOs is no longer enough, and the Council asked the Partnership in its "
         "2008-09 Annual Service Plan to secure an accredited route.")
    para(doc, "Before writing the specification the Inclusion Service gathered evidence of what schools and "
         "families need:")
    for t in [
        "a questionnaire to every SENCO through the SENCO Network in April 2008 (58 replies from 67 schools): 21 "
        "SENCOs had taken up the role since September 2006; their highest priorities were the legal framework, "
        "leading and managing other staff including teaching assistants, using data to track progress, and autism "
        "and communication needs;",
        "a discussion at the Headteachers' Inclusion Forum on 22 May 2008, where heads said they could release a "
        "SENCO for no more than four weekdays a year and wanted the practical work to benefit the school;",
        "the Parent Partnership Service's reference group of parents and carers (June 2008), who wanted SENCOs to "
        "keep families better informed and to involve them earlier;",
        "the Partnership's Educational Psychology Service and Communication Team, who reported that SENCOs made "
        "little use of professional reports in planning, and drew on the interim Bercow Review (2008);",
        "the Council's 2007 Annual Performance Assessment letter, which asked for better progress of pupils at "
        "School Action Plus.",
    ]:
        para(doc, "\u2022  " + t, after=3).paragraph_format.left_indent = Cm(0.6)
    h2(doc, "2.2 How the evidence shaped the specification")
    para(doc, "The Invitation to Tender (ITT) limited weekday release to the two conference days, with the other "
         "study days on Saturdays, because of what heads told us. It required a practical enquiry in each "
         "participant's own school with the headteacher's agreement. It reserved to the Partnership the days on "
         "local arrangements, communication and autism, working with families and multi-agency work, so that our "
         "own specialists and the Parent Partnership Service would teach them. And because parents asked to be "
         "heard, the working-with-families day is co-taught by a parent from the reference group. A headteacher "
         "nominated by the Inclusion Forum and a SENCO nominated by the SENCO Network sat on the evaluation panel "
         "and scored every tender.")
    h2(doc, "2.3 Who does what")
    para(doc, "The Partnership recruits and nominates participants, verifies their checks, runs the SENCO "
         "Development Profile, teaches six of the fourteen study days, provides each participant with an Inclusion "
         "Adviser as workplace mentor, hosts the programme at Fieldgate House and lends specialist resources "
         "(Appendix 2). The HE partner validates and awards the qualification, teaches the other eight days, "
         "provides tutorials, marks and moderates all assessment and appoints the external examiner.")
    h2(doc, "2.4 Procurement route")
    p = para(doc, "Education and training services are Part B services under the Public Contracts Regulations "
             "2006, so the full EU procedure did not apply.")
    add_footnote(p, "Public Contracts Regulations 2006 (SI 2006 No. 5), Schedule 3, Part B: education and vocational "
                    "education services.")
    para(doc, "The Partnership nevertheless followed its Contract Standing Orders for an open tender: the "
         "opportunity was advertised on the Partnership's website and in the Times Educational Supplement, and "
         "every bidder received the same ITT, evaluation criteria and answers to questions.")

    # ---------------- 3
    h1(doc, "3. Timetable")
    table(doc, [
        ["Stage", "Date"],
        ["Advertisement and ITT issued", "1 September 2008"],
        ["Deadline for bidders' questions", "19 September 2008"],
        ["Tenders returned", "3 October 2008, 12 noon"],
        ["Compliance check", "6 October 2008"],
        ["Individual scoring", "6 - 13 October 2008"],
        ["Clarification meetings and presentations", "16 October 2008"],
        ["Moderation meeting", "22 October 2008"],
        ["Report to Committee", "12 November 2008"],
    ], widths=[9.0, 6.0])

    # ---------------- 4
    h1(doc, "4. Evaluation criteria")
    para(doc, "Tenders were scored 0 to 5 on each quality criterion (0 no response, 1 serious concerns, 2 weak, 3 "
         "acceptable, 4 good, 5 excellent) and the score weighted. Price was scored by dividing the lowest "
         "compliant price by each bidder's price.")
    table(doc, [
        ["Ref", "Criterion", "Weight"],
        ["Q1", "Programme design, content and the national outcomes", "20%"],
        ["Q2", "Assessment, award and standards", "15%"],
        ["Q3", "Flexibility and access", "10%"],
        ["Q4", "Work in schools and partnership working", "10%"],
        ["Q5", "Staffing and resources", "10%"],
        ["Q6", "Quality assurance, evaluation and impact", "5%"],
        ["P", "Price", "30%"],
    ], widths=[1.4, 11.0, 2.2])

    # ---------------- 5
    h1(doc, "5. Compliance")
    para(doc, "Four tenders were received. Three were compliant.")
    table(doc, [
        ["Bidder", "Organisation", "Masters-level award", "Financial standing", "Insurances", "Result"],
        ["A", "St Columba's University College", "Yes (own degree-awarding powers)", "Pass", "Pass", "Compliant"],
        ["B", "Kentmere University", "Yes", "Pass", "Pass", "Compliant"],
        ["C", "University of Coldharbour", "Yes", "Pass", "Pass", "Compliant"],
        ["D", "Inclusion Associates Ltd", "No", "Pass", "Pass", "Not compliant"],
    ], widths=[1.3, 4.3, 3.4, 2.4, 2.0, 2.6])
    para(doc, "Inclusion Associates Ltd offered its own online SENCO course, which includes an assessment-only "
         "option for experienced SENCOs, but it has no arrangement with a university and its course could not "
         "lead to a Masters-level award. The tender was not evaluated further.")

    # ---------------- 6
    h1(doc, "6. Quality evaluation")
    para(doc, "Each member scored each tender independently before the clarification meetings; the panel then "
         "agreed a moderated score for each criterion. The commentary below records the reasons.")
    h2(doc, "Q1 Programme design, content and the national outcomes")
    para(doc, "All three compliant tenders proposed a 60-credit Postgraduate Certificate at Masters level in three "
         "20-credit modules. Bidder A's aims were built around the five Every Child Matters outcomes and were the "
         "strongest on pupils' well-being. Kentmere's programme (Appendix 3, MS1) is coherent and well "
         "researched: EDM701 The SENCO as Leader of Inclusion, EDM702 Understanding and Meeting Diverse Needs and "
         "EDM703 Enquiry into Practice. Its aims are framed around the participant's development as a reflective, "
         "research-literate leader; pupils enter the assessment through EDM703, where the enquiry must show "
         "baseline and follow-up attainment data, but the aims themselves do not refer to pupils' achievement or "
         "well-being. The panel was impressed by the weight Kentmere gives to child development and to the use of "
         "professional assessments, which our psychologists had asked for.")
    para(doc, "The panel checked Kentmere's outcome map line by line against its module syllabuses and assessment "
         "briefs (Appendix 3, shaded column). It confirmed most entries but found four outcomes not addressed "
         "and several that are taught but not assessed. These were raised at the clarification meeting "
         "(Appendix 4) and are listed in section 10.")
    h2(doc, "Q2 Assessment, award and standards")
    para(doc, "Kentmere assesses each module by a single summative task (a leadership portfolio with a critical "
         "reflection, a case study, and an enquiry report with a poster presentation). All work is marked against "
         "the University's Masters-level criteria, a sample is second-marked, the external examiner reviews "
         "samples and attends the Examination Board. Bidder C's assessment scheme was similar. Kentmere states "
         "that a participant who passes all three modules has met every national outcome; the panel's check "
         "(Q1) shows that this is not yet so.")
    h2(doc, "Q3 Flexibility and access")
    para(doc, "Bidder A offered three start points a year (September, January and April), modules in any order and a "
         "fully online route with weekly tutor-led web conferences, and its access statement was the best of the "
         "three. Bidder C offered an evening route. Kentmere offers one intake a year, in September, with the "
         "modules in a fixed order; twelve of its fourteen days are Saturdays. A participant who has to step off "
         "after a module can resume with the next cohort within three years. Kentmere confirmed at clarification "
         "that no part of its programme is delivered online (CQ2). On access for disabled participants "
         "Kentmere's tender gives a single sentence referring to the University's Disability Equality Scheme and "
         "Student Support Services; arrangements at the Partnership's venue are to be agreed (section 10).")
    h2(doc, "Q4 Work in schools and partnership working")
    para(doc, "Bidder C proposed four placement days in special schools and resourced provisions, with a "
         "personal learning contract for each participant reviewed each term; these were strengths of its tender. "
         "Kentmere proposes no placements: every participant is a serving SENCO and the enquiry, case study and "
         "portfolio are all carried out in the participant's own school, with one study day held at Brookmead "
         "Special School. Kentmere accepts the Partnership's Inclusion Advisers as workplace mentors and will "
         "co-plan the six Partnership days with our consultants. On involving schools and families beyond "
         "delivery, Kentmere said it \"will invite comments from headteachers as appropriate\"; the composition "
         "of a programme steering group is to be agreed (section 10).")
    h2(doc, "Q5 Staffing and resources")
    para(doc, "Kentmere's team is strong and current (Appendix 3, MS4). The programme leader, Dr Miriam Osei, is "
         "Reader in Inclusive Education and directs the University's Centre for Inclusion and Diversity; "
         "Jonathan Blakeley was a secondary SENCO for eight years and a local authority SEN adviser; Dr Hannah "
         "Lisle is an educational psychologist who teaches on the University's doctoral programme. Participants "
         "have full use of Kentmere's library and electronic journals, and the Partnership's Inclusion Resource "
         "Base adds test materials and an assistive technology loan bank (Appendix 2, C3.7).")
    h2(doc, "Q6 Quality assurance, evaluation and impact")
    para(doc, "Kentmere will use module evaluation questionnaires, the University's annual monitoring report and "
         "the external examiner's report, and says that it will \"take account of feedback\". It did not explain "
         "how evaluation evidence would lead to changes in the programme. On impact, Kentmere's view (CQ7) is "
         "that the enquiry will generate evidence for each participant's pupils; it proposed no measure of "
         "participants' competence or confidence other than module results. Bidder A proposed an impact study "
         "with a research assistant.")
    h2(doc, "Moderated quality scores")
    table(doc, [
        ["Criterion (weight)", "A: St Columba's", "B: Kentmere", "C: Coldharbour"],
        ["Q1 Design and outcomes (20%)", "4", "4", "3"],
        ["Q2 Assessment and award (15%)", "3", "4", "4"],
        ["Q3 Flexibility and access (10%)", "5", "2", "3"],
        ["Q4 Schools and partnership (10%)", "3", "4", "4"],
        ["Q5 Staffing and resources (10%)", "3", "5", "3"],
        ["Q6 Quality and impact (5%)", "4", "2", "3"],
        ["Weighted quality score (out of 70)", "50.0", "51.0", "47.0"],
    ], widths=[6.0, 3.2, 3.2, 3.2])

    # ---------------- 7
    h1(doc, "7. Clarification meetings")
    para(doc, "Each compliant bidder presented for thirty minutes on 16 October 2008 and answered the panel's "
         "questions. Kentmere's presentation was given by Dr Osei and Mr Blakeley with the Dean of Education. The "
         "questions put to Kentmere and its written answers, received on 21 October 2008, are at Appendix 4; they "
         "form part of the contract. Scores were not changed by the presentations except Kentmere's Q6 score, "
         "which was reduced from 3 to 2 after its answer to CQ7.")

    # ---------------- 8
    h1(doc, "8. Price")
    p = para(doc, "Prices are for a cohort of eighteen participants a year and include validation, the HE partner's "
             "teaching, tutorials, assessment, moderation, the external examiner and registration.")
    add_footnote(p, "Prices exclude VAT. The Partnership's own costs (six study days, mentoring, venue and resources) "
                    "are met from the Inclusion Service budget and are not part of the tender price.")
    table(doc, [
        ["Bidder", "Price per participant", "Annual price (18)", "Price score (out of 30)"],
        ["A: St Columba's", "£3,150", "£56,700", "24.8"],
        ["B: Kentmere", "£2,600", "£46,800", "30.0"],
        ["C: Coldharbour", "£2,950", "£53,100", "26.4"],
    ], widths=[4.0, 4.0, 4.0, 4.0])
    para(doc, "Kentmere's price is the lowest of the three and, at £2,600 a participant including the award, is below "
         "the average the Partnership paid per teacher for its unaccredited induction programme and supply cover "
         "in 2007-08. The panel considers it good value.")

    # ---------------- 9
    h1(doc, "9. Overall result")
    table(doc, [
        ["Bidder", "Quality (70)", "Price (30)", "Total (100)", "Rank"],
        ["B: Kentmere University", "51.0", "30.0", "81.0", "1"],
        ["A: St Columba's University College", "50.0", "24.8", "74.8", "2"],
        ["C: University of Coldharbour", "47.0", "26.4", "73.4", "3"],
    ], widths=[6.0, 2.5, 2.5, 2.5, 1.6])
    para(doc, "Kentmere University's tender is the most economically advantageous. The panel recommends that the "
         "contract be awarded to Kentmere, subject to the matters in section 10.")

    # ---------------- 10
    h1(doc, "10. Matters to be finalised before or after signature")
    table(doc, [
        ["Ref", "Matter", "Position at 12 November 2008"],
        ["10.1", "Partnership Handbook setting out the roles of Kentmere tutors, Partnership consultants and "
                 "Inclusion Advisers", "Kentmere to draft after award."],
        ["10.2", "Access arrangements for disabled participants at Fieldgate House", "To be agreed."],
        ["10.3", "Outcomes not addressed or not assessed (Appendix 3, shaded column)", "Raised with Kentmere; "
         "answers in Appendix 4. The Partnership will ask Kentmere to reconsider the management of support "
         "staff before the second cohort."],
        ["10.4", "Measures of impact on participants and pupils", "Kentmere willing to discuss."],
        ["10.5", "Assessment-only route (ITT C4.6)", "Kentmere does not intend to offer one in the first two years "
         "(CQ4). The panel accepts this for 2009-11."],
        ["10.6", "Programme steering group: membership and terms of reference", "To be agreed."],
        ["10.7", "Data sharing between the University and the Partnership", "Agreed 4 November 2008."],
    ], widths=[1.3, 8.0, 6.7])

    # ---------------- 11
    h1(doc, "11. Risks")
    table(doc, [
        ["Risk", "Mitigation"],
        ["TDA does not approve the programme", "Contract conditional on approval; break clause."],
        ["Kentmere's pathway approval delayed", "Academic Standards Committee date fixed (21 January 2009)."],
        ["Recruitment below twelve", "Places offered to neighbouring boroughs; price per head fixed."],
        ["The Education Services Agreement ends in March 2016", "The HE contract ends in December 2013, within "
         "the Agreement's term."],
    ], widths=[6.0, 10.0])

    para(doc, "Signed on behalf of the Evaluation Panel: Catherine Lowry (Chair), 4 November 2008", italic=True)
    boxed(doc, "COMMITTEE DECISION", [
        "Procurement and Contracts Committee, 12 November 2008, Minute 6/11/08.",
        "RESOLVED that recommendations (a) to (d) be approved.",
        "Contract signed 8 December 2008.",
    ], fill="E2EFDA")

    # ---------------- Appendix 1
    doc.add_page_break()
    h1(doc, "Appendix 1: Evaluation panel")
    table(doc, [
        ["Name", "Role on panel", "Post"],
        ["Catherine Lowry", "Chair, scoring", "Director of Inclusion and Learning Support, AEP"],
        ["Ruth Castellano", "Scoring", "Principal Inclusion Consultant, AEP"],
        ["Martin Herne", "Scoring", "Assistant Director (Commissioning), London Borough of Ambersham"],
        ["Sandra Feld", "Scoring", "Headteacher, Marlowe Road Primary School (nominated by the Headteachers' "
                                   "Inclusion Forum)"],
        ["Yusuf Karim", "Scoring", "SENCO, Ambersham Park School (nominated by the SENCO Network)"],
        ["Joy Adebayo", "Observer for Q3 and Q4", "Co-ordinator, Parent Partnership Service"],
        ["Desmond Achebe", "Adviser, non-scoring", "Procurement Manager, AEP"],
    ], widths=[3.2, 3.6, 9.2])

    # ---------------- Appendix 2
    h1(doc, "Appendix 2: Extract from the Invitation to Tender, Part C (Specification)")
    para(doc, "C3 The Partnership's contribution", bold=True)
    for n, t in [
        ("C3.1", "Recruitment and entry. The Partnership will advertise the programme to all Ambersham schools each "
                 "spring and receive applications, each with the headteacher's nomination and a commitment to "
                 "release the participant for the two weekday conferences and to support the enquiry. Applicants "
                 "must hold qualified teacher status, be the SENCO of their school or have been designated to "
                 "become its SENCO within a year, and have at least two years' teaching experience. A Partnership "
                 "Inclusion Consultant and the HE partner's admissions tutor will interview each applicant "
                 "together. An applicant who is not yet ready will be advised in writing, with a copy to the "
                 "headteacher, on what to do first, usually the Partnership's SEN Foundations twilight course, and "
                 "invited to apply for the next cohort."),
        ("C3.2", "Checks. Before an offer is confirmed the Partnership's Schools HR Service will verify that each "
                 "candidate has a current enhanced Criminal Records Bureau disclosure. For schools whose single "
                 "central record the Service keeps it will check the record; for other schools the headteacher "
                 "will send the disclosure number and date and confirm in writing that the List 99 check and "
                 "references were completed and that there are no outstanding disciplinary matters. A candidate "
                 "who has not worked in a post with regular contact with children in the previous three months "
                 "must obtain a new enhanced disclosure through the Partnership before starting."),
        ("C3.3", "SENCO Development Profile. Before the first study day each accepted candidate will complete the "
                 "Partnership's SENCO Development Profile, rating themselves against each national outcome with "
                 "their headteacher's comments. The Partnership will use the Profiles to group participants for "
                 "the Partnership-led days and to advise each participant which elective day to take."),
        ("C3.4", "Partnership-led days. The Partnership will teach six study days: SEN in Ambersham, the Code of "
                 "Practice in our schools (EDM701); access arrangements for national tests and examinations, led by "
                 "the Partnership's Assessment Team (EDM701); speech, language and communication needs and autism, "
                 "led by the Communication Team (EDM702); working with families, led by the Parent Partnership "
                 "Service with a parent from its reference group (EDM702); multi-agency working and the Common "
                 "Assessment Framework, led by the Educational Psychology Service (EDM702); and an elective day "
                 "chosen from sensory impairment, English as an additional language and SEN, or severe and complex "
                 "needs, the last held at Brookmead Special School (EDM702)."),
        ("C3.5", "Workplace mentoring. Each participant will have a Partnership Inclusion Adviser as workplace "
                 "mentor, who will visit the participant's school in each term to discuss progress and the "
                 "enquiry, with the headteacher present at one visit. Inclusion Advisers will attend a briefing "
                 "day each July on the programme, its outcomes and their role."),
        ("C3.6", "Venue. Saturday study days and the conferences will be held at Fieldgate House."),
        ("C3.7", "Resources. Participants may borrow from the Partnership's Inclusion Resource Base at Fieldgate "
                 "House, which holds standardised tests, intervention programmes and an assistive technology loan "
                 "bank (text-to-speech and word-prediction software, communication aids and portable "
                 "keyboards)."),
        ("C3.8", "Next Steps Review. At the Inclusion Adviser's final visit the participant and the headteacher will "
                 "agree three professional development targets for the following year, recorded on the "
                 "Partnership's Next Steps form and passed to the school's performance management reviewer. The "
                 "Partnership will tell participants about progression to Kentmere's MA Education, into which the "
                 "60 credits transfer."),
    ]:
        np(doc, n, t, indent=1.2)
    para(doc, "C4 Requirements of the HE partner (extract)", bold=True)
    for n, t in [
        ("C4.1", "The HE Partner shall validate and award a qualification of 60 credits at Masters level that meets "
                 "the national specification."),
        ("C4.4", "The HE Partner shall assess every participant against all of the national minimum outcomes."),
        ("C4.6", "The HE Partner shall offer, in exceptional circumstances, an assessment-only route for suitably "
                 "experienced candidates."),
        ("C4.9", "The HE Partner shall establish with the Partnership a programme steering group including "
                 "headteachers, SENCOs and parents."),
    ]:
        np(doc, n, t, indent=1.2)

    # ---------------- Appendix 3
    h1(doc, "Appendix 3: Kentmere University tender, method statements (extracts)")
    para(doc, "Reproduced from Kentmere University's tender of 3 October 2008. Headings and wording are the "
         "University's.", italic=True)
    h2(doc, "MS1 Programme design")
    para(doc, "Title and level. Postgraduate Certificate in Special Educational Needs Coordination, a named pathway "
         "of the University's Postgraduate Framework in Professional Studies in Education, validated in June 2007 "
         "for six years. The pathway carries 60 credits at Masters level (FHEQ level 7) and will be approved by the "
         "University's Academic Standards Committee before the first intake.")
    para(doc, "Aims. The programme aims to develop reflective, research-literate leaders of SEN provision who can "
         "analyse their school's practice critically, lead colleagues with confidence and use evidence to plan "
         "change.")
    para(doc, "EDM701 The SENCO as Leader of Inclusion (20 credits, September to December). The SENCO's role and "
         "the 2008 regulations; Part IV of the Education Act 1996 and the SEN Code of Practice (2001); Removing "
         "Barriers to Achievement; Every Child Matters, the Children Act 2004 and the SENCO's part in the five "
         "outcomes; working with the headteacher, senior team and governors on SEN policy, an inclusive ethos and "
         "the deployment of resources; provision mapping and identifying gaps in provision; school "
         "self-evaluation and the SEN elements of the SEF; reviewing provision with colleagues; managing the "
         "SENCO's own workload and priorities; coaching and mentoring colleagues. Assessment: a Leadership "
         "Portfolio (the school's provision map with a commentary on what is missing or ineffective; a review "
         "of the school's SEN policy with a briefing paper presented to the governing body; a log of SEN "
         "leadership activity) and a 3,000-word critical reflection on SEN leadership and school "
         "self-evaluation.")
    para(doc, "EDM702 Understanding and Meeting Diverse Needs (20 credits, January to March). How children develop, "
         "and how development is affected by SEN and disability and by the physical and social environment for "
         "learning; behavioural, emotional and social difficulties, specific learning difficulties including "
         "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning "
         "difficulties; identification through observation, data and assessment; setting targets, planning and "
         "reviewing interventions; using the assessments of educational psychologists, therapists and other "
         "professionals; approaches and resources for teaching, including ICT and assistive technology, and a "
         "critical look at their evidence base; eliciting the views of pupils, including pupils with "
         "communication difficulties (Talking Mats, photographs, person-centred reviews) and involving them in "
         "their own plans; partnership with families; working with health and social care services and the "
         "team around the child. Assessment: a 4,000-word case study of a pupil, which must use at least two "
         "professionals' assessments, record the pupil's views and the parents' or carers' views and their part "
         "in planning, and show targets set, provision planned and progress reviewed with other services.")
    para(doc, "EDM703 Enquiry into Practice (20 credits, April to July). Practitioner enquiry and its ethics; "
         "critical reading of research on SEN and of inspection evidence, including Ofsted's Inclusion: does it "
         "matter where pupils are taught? (2006), the Bercow Review (2008) and the Inclusion Development "
         "Programme; using RAISEonline, national test results and the P scales to set a baseline and to measure "
         "change. Assessment: a 5,000-word report of an enquiry into a change the participant has led in their "
         "own school, agreed with the headteacher, with baseline and follow-up attainment data for the pupils "
         "concerned and a review of the literature, and a poster presentation at the closing conference.")
    para(doc, "Table MS1.2 shows where each national outcome is addressed. Key: T/A taught and assessed; T taught; "
         "I introduced on a Partnership-led day; - not addressed in this module. The right-hand column was added "
         "by the Partnership's evaluation panel.")

    rows = [["National outcome (Kentmere's summary)", "EDM701", "EDM702", "EDM703", "Panel check (16.10.08)"]]
    groups = [
        ("Professional attributes", [
            ("Relationships with pupils with SEN and their parents", "-", "T/A", "-",
             "Confirmed: case study requires the pupil's and parents' views."),
            ("Commitment of head, senior team and colleagues", "T/A", "-", "T/A",
             "Confirmed: governors' briefing; enquiry agreed with head."),
            ("Prioritising, managing time, delegating", "T/A", "-", "-",
             "Not evidenced: taught in EDM701, but no portfolio item or reflection criterion assesses it."),
            ("Anticipating and resolving problems; judgement on provision", "-", "T/A", "T/A", "Confirmed."),
            ("Clear speech and writing; listening to others", "T/A", "T/A", "T/A",
             "Confirmed: written tasks and poster presentation."),
            ("Using research and external advice", "-", "-", "T/A", "Confirmed: literature review."),
            ("Keeping up to date; own CPD", "-", "-", "-", "Not addressed. Raised as CQ6."),
        ]),
        ("Knowledge and understanding", [
            ("SEN law, the Code of Practice and putting them into practice", "T/A", "I", "-", "Confirmed."),
            ("Every Child Matters and the SENCO's part in the outcomes", "T/A", "-", "-",
             "Confirmed: reflection criterion 2."),
            ("Disability equality law and the actions it requires", "T/A", "-", "-",
             "Not evidenced: no disability equality legislation in the EDM701 syllabus or assessment brief."),
            ("How children develop; effect of SEN, disability and environment", "-", "T/A", "-", "Confirmed."),
            ("Common types of SEN and disability and their effect on learning", "-", "T/A", "-",
             "Confirmed: case study; Communication Team day."),
            ("Approaches, strategies and resources incl. ICT", "-", "T/A", "T/A", "Confirmed."),
            ("School self-evaluation and improvement", "T/A", "-", "-", "Confirmed: critical reflection."),
            ("Best practice and research on meeting SEN", "-", "-", "T/A", "Confirmed."),
            ("External agencies and getting specialist support", "-", "T/A", "-", "Confirmed."),
        ]),
        ("Professional skills", [
            ("Strategic development with senior colleagues and governors", "T/A", "-", "-", "Confirmed."),
            ("Identify, set targets, plan interventions, review progress", "-", "T/A", "-", "Confirmed."),
            ("Use other professionals' assessments", "-", "T/A", "-", "Confirmed."),
            ("Use summative assessments and national tests to track progress", "-", "-", "T/A",
             "Confirmed: baseline and follow-up data required."),
            ("Encourage colleagues' formative assessment", "-", "-", "-",
             "Not addressed. Raised as CQ8."),
            ("Special arrangements for tests and examinations", "I", "-", "-",
             "Partnership day only; not assessed."),
            ("Provision mapping; ineffective or missing provision", "T/A", "-", "-",
             "Confirmed: provision map in portfolio."),
            ("Deploy and manage staff", "-", "-", "-", "Not addressed. Raised as CQ5."),
            ("Support colleagues' professional development", "T", "-", "-",
             "Taught only: coaching and mentoring in EDM701; not assessed."),
            ("Review provision with staff for school self-evaluation", "T/A", "-", "T/A", "Confirmed."),
            ("Involve pupils in planning and reviewing their provision", "-", "T/A", "-", "Confirmed."),
            ("Liaise with parents and carers", "-", "T/A", "-",
             "Confirmed: working-with-families day; case study."),
            ("Partnership with other services and voluntary organisations", "-", "T/A", "-",
             "Partly: statutory services only; see CQ9."),
        ]),
    ]
    grp_idx = []
    for g, items in groups:
        grp_idx.append(len(rows))
        rows.append([g, "", "", "", ""])
        rows.extend([list(x) for x in items])
    t = table(doc, rows, widths=[6.0, 1.5, 1.5, 1.5, 5.5], size=8)
    for i in range(1, len(rows)):
        if i not in grp_idx:
            shade(t.cell(i, 4), "FFF2CC")
    shade(t.cell(0, 4), "FFE699")
    for gi in grp_idx:
        m = t.cell(gi, 0).merge(t.cell(gi, 4))
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].runs[0].bold = True
        m.paragraphs[0].runs[0].italic = True
        shade(m, "EDEDED")

    h2(doc, "MS2 Assessment and standards")
    para(doc, "Each module has one summative assessment, marked by the module tutor against the University's "
         "Masters-level criteria and the module's learning outcomes. All fails and a sample of at least one in "
         "five of other scripts are second-marked, and marks are agreed before moderation. Tutors from the "
         "University and the Partnership meet before each marking period to agree standards on sample scripts. "
         "The external examiner for the Postgraduate Framework, Dr Alan Carver of the University of Elmsworth, "
         "reviews a sample from every module and attends the Examination Board, which confirms all results. "
         "Participants who fail may resubmit once. The award is made to participants who pass all three modules. "
         "Because every national outcome is mapped to at least one assessed module (Table MS1.2), a participant "
         "who passes all three modules has met all the outcomes.")
    h2(doc, "MS3 Access, flexibility and prior learning")
    para(doc, "The programme runs once a year from September, on twelve Saturdays and two weekday conferences, with "
         "the modules in order. A participant who steps off after a module may rejoin the next cohort at the "
         "following module within three years of first registering. The University complies with the Disability "
         "Discrimination Act and its Disability Equality Scheme applies to all students, who may contact Student "
         "Support Services.")
    para(doc, "Applicants may claim up to 20 credits for prior learning. Certificated Masters-level credit in SEN "
         "from the last five years is recognised against the matching module (APCL). Experienced practitioners "
         "may instead submit an APEL claim: a portfolio of evidence mapped to the learning outcomes of EDM701 or "
         "EDM702, assessed by the module leader and approved by the Faculty's Accreditation of Prior Learning "
         "Panel, for a fee of £150. Successful claimants are exempted from the module.")
    h2(doc, "MS4 Staffing and resources")
    para(doc, "Programme leader: Dr Miriam Osei, Reader in Inclusive Education, Director of the Centre for Inclusion "
         "and Diversity, formerly a special school deputy headteacher. Tutors: Jonathan Blakeley, Senior Lecturer, "
         "MA SEN, secondary SENCO for eight years and local authority SEN adviser until 2006; Dr Hannah Lisle, "
         "Lecturer, chartered educational psychologist. Each tutor gives each participant three individual "
         "tutorials a year, face to face at Fieldgate House after study days or by telephone. The team's "
         "research on provision mapping and on pupil participation is published, and the reading lists are "
         "revised each summer. As participants are employed teachers, the University does not itself carry out "
         "CRB checks on them. Participants register as associate students with full access to the University "
         "library, inter-library loans and electronic journals through Athens.")
    h2(doc, "MS5 Partnership working and evaluation")
    para(doc, "We will co-plan the Partnership-led days with the Partnership's consultants and welcome the Inclusion "
         "Advisers as workplace mentors; a Partnership Handbook setting out everyone's roles will be prepared "
         "with the Partnership after award. We will evaluate each module by questionnaire, report through the "
         "University's annual monitoring process and the external examiner, and take account of feedback. We "
         "will invite comments from headteachers as appropriate.")

    # ---------------- Appendix 4
    h1(doc, "Appendix 4: Clarification log (Kentmere University)")
    p = para(doc, "Questions put on 16 October 2008; Kentmere's written answers received 21 October 2008. These "
             "answers form part of the contract.", italic=True)
    add_footnote(p, "Questions CQ1 to CQ9 were also put, where relevant, to Bidders A and C; their answers are held "
                    "on the procurement file and are not reproduced.")
    table(doc, [
        ["Ref", "Panel's question", "Kentmere's answer"],
        ["CQ1", "When will the SENCO pathway be approved?", "By the Academic Standards Committee on 21 January "
         "2009, under the Postgraduate Framework validated in June 2007."],
        ["CQ2", "Is any part of the programme delivered online?", "No. The programme is taught entirely face to "
         "face. The University's virtual learning environment is not available to associate students on this "
         "programme; handouts and readings are provided in print at each study day."],
        ["CQ3", "Can participants start at other times of year?", "Not in the first contract period. Participants "
         "who step off may rejoin the next cohort."],
        ["CQ4", "Will you offer an assessment-only route (ITT C4.6)?", "We do not intend to offer an "
         "assessment-only route in the first two years of the contract."],
        ["CQ5", "Where is the deployment and management of staff addressed?", "The deployment of teaching "
         "assistants is a matter for school leadership and we regard it as outside the scope of the programme."],
        ["CQ6", "Where is the outcome on keeping up to date and own CPD addressed?", "We will consider how best to "
         "address this outcome once the programme is running."],
        ["CQ7", "How will you measure the programme's impact on participants and on pupils?", "The enquiry will "
         "naturally generate evidence of impact on pupils' attainment. We would be happy to discuss further "
         "measures with the Partnership."],
        ["CQ8", "Where is encouraging colleagues' formative assessment addressed?", "No answer received by the "
         "deadline."],
        ["CQ9", "Do case studies include work with voluntary organisations?", "Case studies focus on the statutory "
         "services involved with the pupil: education, health and social care."],
    ], widths=[1.2, 6.0, 8.8])

    write_footnotes(doc)
    doc.save(str(HERE / (NAME + ".docx")))


if __name__ == "__main__":
    build()
