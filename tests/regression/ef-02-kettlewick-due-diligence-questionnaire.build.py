"""Build ef-02-kettlewick-due-diligence-questionnaire.docx (blind test application).

KIND OF DOCUMENT
  A university's collaborative-provision due diligence questionnaire,
  completed by the prospective partner: the University of Culverdale's
  "Form CP2: Prospective Partner Due Diligence Questionnaire and Programme
  Proposal", filled in by an academy sponsor trust so that the University can
  approve it as a partner organisation and validate the programme it will
  co-deliver. The Trust sends the TDA the completed form, as it went to the
  University and was updated after validation, with a short covering slip, as
  the partnership's application. The form's grey guidance notes are left in;
  tracked changes from the University's programme leader and the Trust's
  director were never accepted; Word comments from the Academic Partnerships
  Office (APO) and the Trust are still attached; the APO's review sheet with
  its conditions is at the end.

PROVIDER (invented)
  The Kettlewick Education Trust (registered charity, company limited by
  guarantee), sponsor of three city academies in Kettlewick: Eastgate Academy
  (2006), Harbourside Academy (2007) and Millfield Academy (2008). Partner:
  University of Culverdale, School of Education. Programme: Postgraduate
  Certificate in Special Educational Needs Coordination, 60 credits at Level 7,
  modules SEN701 and SEN702, taught at the Trust's Causeway Centre. People:
  Sunita Rao (Trust Director of Professional Learning), Andrew Keeble (Trust
  Inclusion Lead), Robert Fenwick (Chief Executive), Dr Peter Alder and Dr
  Hannah Lindqvist (University), Gillian Marsh (APO), Dr Colm Brady (City
  Council Principal EP), Dr Miriam Achebe (external examiner, University of
  Penrhos). All invented.

LAYOUT
  Form tables: for each Part, a two-column table (question with grey italic
  guidance on the left, the Trust's response on the right), with merged full-
  width Part rows. A field table for C1. A staff table. A roles table (C9:
  University / Trust / Joint). A document checklist (F) with "Attached" and
  "To follow" (Part D). A declaration with signatures (Part E). Appendix C3 in a landscape
  section: the outcome mapping table (outcome, programme learning outcome,
  where developed, where assessed) with merged group rows; one outcome has no
  row. APO review sheet, Part F (conditions, recommendations). Header and footer
  (form number, file name): never evidence.
  Tracked changes (w:ins / w:del with authors and dates), a whole deleted
  paragraph, and seven Word comments (never part of the submission).

TRAPS (requirement ids affected)
  Tracked changes:
  - 2.3   The assessment-only paragraph is deleted; an inserted sentence says
          the regulations "do not allow an assessment-only route". -> not_met.
  - 3.2   The January intake and "either order" are insertions (part of the
          submission); the "must complete SEN701 before" rule is deleted. With
          one or two years, several study routes. -> met.
  - 5.8   The external examiner sentence is an insertion; with second marking
          of a sample and all fails. -> met.
  - 5.9   The pupil-progress sentence in C10 is deleted; what remains is a
          confidence questionnaire and the Trust "intends to look at" pupils'
          progress. -> partially_met.
  - 6.K3  In Appendix C3 "Assignment 1" is deleted and "Formative task
          (session 3)" inserted. -> partially_met.
  - 6.S2d In Appendix C3 "TBC" is deleted and "Assignment 3 (d)" inserted;
          Assignment 3 (d) in C8 and session 10 agree. -> met.
  Comments only (not part of the submission):
  - 5.3   The Trust director's comment says the Trust's HR checks each
          participant's CRB disclosure with the school; the body answer covers
          Trust staff and volunteers only and defers to employers ("Participants
          are employed teachers"); APO Condition 1 asks for a procedure.
          -> not_met.
  Form prompts left in (never an answer): the grey guidance under B5, B6,
  C2, C10 and C12 restates what the University (and the TDA) expect.
  - 2.5   C12's guidance asks how completers will be helped to identify
          further targets; the answer defers this to schools' performance
          management. The MA progression field is only a route. -> not_met.
  Wrong context:
  - 3.1   B5 describes the Trust's Single Equality Scheme and accessibility
          plans for its academies' pupils, parents and staff, and the Causeway
          Centre's step-free access; participants can use the University's
          Disability Advisory Service (B4); nothing on inviting disclosure or
          adjusting teaching and assessment for participants; APO Condition 2.
          -> partially_met.
  - 6.K2  Every Child Matters appears only in the Trust's mission (A4) and in
          Appendix C3 as "Trust induction (all staff)" under developed, "-"
          under assessed: the Trust's staff induction, not the programme.
          -> not_met.
  - B3    The Trust's QA systems described are those for its academies (not
          the programme); the programme's QA is in C10 (5.1 met there).
  Partial by a missing part or general terms:
  - 1.1   The aims are attainment and "the gap" only; well-being and the five
          outcomes are absent. -> partially_met.
  - 1.3   "draws on current research and national guidance", reading lists
          reviewed; only the Bercow Review named; no inspection evidence.
          -> partially_met.
  - 2.2   Self-audit "discussed at interview and kept on file"; no individual
          plan or personalised outcomes. -> partially_met.
  - 2.4   "tailored to the needs of each participant" with nothing behind it
          except the fee and subsidy. -> partially_met.
  - 4.1   Evidence of need only from the Trust's own academies and an informal
          Council estimate; "we have not yet surveyed" other schools.
          -> partially_met. (4.2 met: the working group's four changes; 4.3 met:
          Programme Committee with the Council's SEN Manager and a non-Trust
          head, EP and SALT teaching.)
  - 5.5   Specialist contributors yes; placements "no separate placement",
          visits only "by arrangement". -> partially_met.
  - 5.7   Trust tutors have the University's induction and standardisation;
          workplace mentors (line managers) have no briefing or guidance.
          -> partially_met.
  Blanket claim against gaps:
  - 1.9, 6.0  C8: the strategy "ensures that every participant who passes has
          demonstrated all of the national minimum outcomes"; Appendix C3 has
          "TBC", formative and optional entries, a missing row and "Not covered".
          -> partially_met.
  Criterion 6 (Appendix C3 + C4 sessions + C8 assignments):
  - met: A1, A2, A4, A5, A6, K1, K5, K6, K7, K8, K9, S1, S2, S2a, S2d, S3, S4,
    S6, S7, S8.
  - partially_met: A3 (formative blog), A7 (TBC), K3 (formative, by tracked
    change), S2b (TBC; not in Assignment 3's parts), S5 (optional portfolio
    section (f)), S9 (formative).
  - not_met: K2 (wrong context), K4 (no row, no session), S2c ("Not covered in
    2009-10").
  Met and concrete: E.1, E.2 (C1: validated 3 March 2009, 60 credits, Level 7),
  2.1 (APCL/APEL up to 20 credits), 3.3 (CulverLearn with moderated boards,
  monthly live online tutorials, three-day reply), 5.1, 5.2, 5.4, 5.6.
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ef-02-kettlewick-due-diligence-questionnaire"
OUT = os.path.join(HERE, NAME + ".docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
GREY = RGBColor(0x80, 0x80, 0x80)
NAVY = RGBColor(0x1B, 0x2A, 0x4A)

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(9.5)
normal.paragraph_format.space_after = Pt(3)

sec0 = doc.sections[0]
sec0.left_margin = Cm(2.0)
sec0.right_margin = Cm(2.0)
sec0.top_margin = Cm(2.0)
sec0.bottom_margin = Cm(1.8)
hp = sec0.header.paragraphs[0]
hp.text = ("University of Culverdale \u00b7 Academic Partnerships Office \u00b7 Form CP2 v3.1 "
           "(September 2008) \u00b7 Prospective Partner Due Diligence Questionnaire and Programme Proposal")
for r in hp.runs:
    r.font.size = Pt(7.5)
    r.font.color.rgb = GREY
fp = sec0.footer.paragraphs[0]
fp.text = ("CP2_Kettlewick_EdTrust_SENCO_v3_tracked.doc \u00b7 submitted 20.02.09, updated 10.03.09 "
           "after validation \u00b7 Guidance notes in grey may be deleted before submission")
for r in fp.runs:
    r.font.size = Pt(7)
    r.font.color.rgb = GREY

REV = [1000]


def rid():
    REV[0] += 1
    return REV[0]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_xml(text, bold=False, italic=False, colour=None, deleted=False, size=None):
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if italic:
        rpr += "<w:i/>"
    if colour:
        rpr += f'<w:color w:val="{colour}"/>'
    if size:
        rpr += f'<w:sz w:val="{int(size * 2)}"/>'
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


AUTHORS = {"PA": ("Peter Alder", "2009-03-06T10:14:00Z"),
           "SR": ("Sunita Rao", "2009-03-09T16:40:00Z")}


def fill(para, segments):
    """segments: list of (kind, text) where kind in '', 'b', 'i', 'g' (grey guidance),
    'ins:PA', 'del:SR' ..."""
    for kind, text in segments:
        if kind.startswith("ins:") or kind.startswith("del:"):
            what, who = kind.split(":")
            author, date = AUTHORS[who]
            if what == "ins":
                xml = (f'<w:ins xmlns:w="{W_NS}" w:id="{rid()}" w:author="{author}" w:date="{date}">'
                       f'{run_xml(text)}</w:ins>')
            else:
                xml = (f'<w:del xmlns:w="{W_NS}" w:id="{rid()}" w:author="{author}" w:date="{date}">'
                       f'{run_xml(text, deleted=True)}</w:del>')
            para._p.append(parse_xml(xml))
        else:
            r = para.add_run(text)
            if "b" in kind:
                r.bold = True
            if "i" in kind or "g" in kind:
                r.italic = True
            if "g" in kind:
                r.font.color.rgb = GREY
                r.font.size = Pt(8.5)
    return para


def deleted_paragraph(after_para_container, text, who):
    """A whole paragraph deleted with tracked changes (its mark deleted too)."""
    author, date = AUTHORS[who]
    xml = (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:rPr><w:del w:id="{rid()}" w:author="{author}" '
           f'w:date="{date}"/></w:rPr></w:pPr><w:del w:id="{rid()}" w:author="{author}" w:date="{date}">'
           f'{run_xml(text, deleted=True)}</w:del></w:p>')
    el = parse_xml(xml)
    after_para_container._p.addnext(el)
    return el


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))


def heading(text, size=12, colour=NAVY, before=10):
    para = doc.add_paragraph()
    para.paragraph_format.space_before = Pt(before)
    para.paragraph_format.space_after = Pt(4)
    r = para.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    r.font.color.rgb = colour
    return para


def cell_paras(cell, blocks):
    """blocks: list of segment-lists; each becomes a paragraph in the cell."""
    first = True
    out = []
    for segs in blocks:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        para.paragraph_format.space_after = Pt(3)
        first = False
        fill(para, segs)
        out.append(para)
    return out


def qa_table(part_title, rows):
    """rows: list of (qref, question, guidance, answer_blocks). Returns dict qref -> answer paras."""
    t = doc.add_table(rows=1 + len(rows), cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    top.text = ""
    fill(top.paragraphs[0], [("b", part_title)])
    shade(top, "D9E1F2")
    got = {}
    for i, (qref, q, guide, ans) in enumerate(rows, start=1):
        left, right = t.cell(i, 0), t.cell(i, 1)
        left.width = Cm(6.0)
        right.width = Cm(11.0)
        left.text = ""
        fill(left.paragraphs[0], [("b", f"{qref}  "), ("", q)])
        if guide:
            g = left.add_paragraph()
            fill(g, [("g", "Guidance: " + guide)])
        shade(left, "F2F2F2")
        right.text = ""
        got[qref] = cell_paras(right, ans)
    doc.add_paragraph()
    return got


def plain_table(rows, widths, head_fill="D9E1F2", size=8.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            c.text = ""
            segs = val if isinstance(val, list) else [("b" if i == 0 else "", val)]
            para = c.paragraphs[0]
            fill(para, segs)
            for r in para.runs:
                r.font.size = Pt(size)
            if i == 0:
                shade(c, head_fill)
    doc.add_paragraph()
    return t


COMMENTS = []


def comment(para, text, who):
    names = {"GM": ("Gillian Marsh", "GM"), "SR": ("Sunita Rao", "SR"), "PA": ("Peter Alder", "PA")}
    author, ini = names[who]
    rs = [r for r in para.runs]
    if not rs:
        rs = [para.add_run("")]
    doc.add_comment(rs, text=text, author=author, initials=ini)


# ======================================================================= COVER
heading("UNIVERSITY OF CULVERDALE", 14, before=0)
heading("Academic Partnerships Office", 11, before=0)
heading("FORM CP2: PROSPECTIVE PARTNER DUE DILIGENCE QUESTIONNAIRE AND PROGRAMME PROPOSAL", 12)
para = doc.add_paragraph()
fill(para, [("g", "Notes for completion. This form is completed by the prospective partner organisation, "
                  "with the help of the sponsoring School, before a collaborative programme can go to "
                  "validation. Please answer every question. Where a question does not apply, write N/A "
                  "and say why. Attach the documents listed in Part D. Guidance notes in grey are for "
                  "your information and may be deleted before submission. The completed form is "
                  "considered by the Collaborative Provision Committee together with the APO review "
                  "sheet (Part F).")])
plain_table([
    ["Prospective partner", "Sponsoring School", "Programme", "Status"],
    ["The Kettlewick Education Trust", "School of Education",
     "PG Certificate in Special Educational Needs Coordination",
     "Submitted 20 February 2009; updated 10 March 2009 after validation"],
], [Cm(4.2), Cm(3.4), Cm(5.4), Cm(4.0)])

heading("Covering slip to the TDA", 10.5, before=4)
p = doc.add_paragraph()
fill(p, [("", "To the SENCO approvals team. The Kettlewick Education Trust and the University of "
               "Culverdale apply jointly for approval to deliver the National Award for SEN "
               "Coordination. Rather than re-write it, we enclose the University's partner questionnaire "
               "as we completed it, which covers the programme in full, brought up to date after the "
               "validation event and with the University's review sheet at the end. \u2013 Sunita Rao, "
               "Director of Professional Learning, for the Trust; Dr Peter Alder, Programme Leader, for "
               "the University.")])

# ======================================================================= PART A
heading("PART A \u2013 THE ORGANISATION")
qa_table("Part A: Legal status, governance and finance", [
    ("A1", "Legal name of the organisation", None,
     [[("", "The Kettlewick Education Trust")]]),
    ("A2", "Legal status and registration numbers",
     "Charity, company, public body etc. Give registration numbers.",
     [[("", "Charitable company limited by guarantee. Registered charity no. 1112648; company no. "
            "5490117. Registered office: Causeway House, Harbour Road, Kettlewick KW3 2PL.")]]),
    ("A3", "Main contact for this proposal", None,
     [[("", "Mrs Sunita Rao, Director of Professional Learning. 01632 960 873; s.rao@kettlewicktrust.org.uk")]]),
    ("A4", "Nature and scale of the organisation's activities",
     "Briefly describe your main activities, the number of staff and learners, and your mission.",
     [[("", "The Trust was founded in 2005 by the Kettlewick and District Building Society's charitable "
            "foundation to sponsor academies in the east of the city. It is the sponsor of Eastgate "
            "Academy (opened 2006, 11\u201318), Harbourside Academy (2007, 11\u201318) and Millfield "
            "Academy (2008, 3\u201311): about 3,400 pupils and 410 staff. The central team of 14 "
            "includes professional learning, finance, HR and data. In 2008 the Trust opened the "
            "Causeway Centre at Harbourside Academy as the professional learning centre for its "
            "academies and their partner schools.")],
      [("", "Our mission: every child in our academies safe, healthy, enjoying and achieving, making a "
            "positive contribution and achieving economic well-being \u2013 \u2018Every Child "
            "Matters, every day\u2019.")]]),
    ("A5", "Governance",
     "Describe the governing body, its committees and how decisions about educational provision are made.",
     [[("", "A board of nine trustees (three nominated by the founding foundation, two by the City "
            "Council, four independent), chaired by Mr Geoffrey Halloran. Committees: Education "
            "Standards; Finance and Audit; Remuneration. The Education Standards Committee will receive "
            "the programme's annual monitoring report. Each academy has its own governing body.")]]),
    ("A6", "Financial standing",
     "Attach audited accounts for the last two years. Note any qualification by auditors.",
     [[("", "Audited accounts for 2006\u201307 and 2007\u201308 attached (Doc 3); both unqualified. "
            "Unrestricted reserves at 31 August 2008: 1.84m pounds. The programme is budgeted to break "
            "even from year 2, with the Trust meeting any shortfall in year 1.")]]),
    ("A7", "Insurance", None,
     [[("", "Employer's liability 10m pounds; public liability 10m pounds; professional indemnity 2m "
            "pounds (Zurich Municipal, renewed 1 September 2008).")]]),
    ("A8", "Previous experience of higher education or externally accredited provision", None,
     [[("", "None as a deliverer of HE. Our academies host PGCE trainees from the University under "
            "its initial teacher training partnership agreement, and Harbourside is a placement school "
            "for the University's BA Primary Education.")]]),
    ("A9", "External reviews and inspections in the last three years", None,
     [[("", "Ofsted: Eastgate Academy, satisfactory with good features (November 2007); Harbourside "
            "Academy, good (June 2008). Millfield Academy has not yet been inspected.")]]),
])

# ======================================================================= PART B
heading("PART B \u2013 INSTITUTIONAL CAPACITY")
b = qa_table("Part B: Resources, staffing, quality, students", [
    ("B1", "Premises and learning resources",
     "Describe the teaching accommodation, specialist equipment, library and IT resources available "
     "to students, and any access to University resources.",
     [[("", "Teaching takes place at the Causeway Centre, Harbourside Academy: two seminar rooms (24 "
            "and 16 places), a resource room and an ICT suite of 20 networked PCs with interactive "
            "whiteboard. The suite carries the specialist software participants will use and evaluate: "
            "Clicker 5, Read&Write Gold, Inspiration, Widgit Communicate: In Print and Boardmaker, with "
            "two Dynavox communication aids and a Lightwriter on loan from Harbourside's ASD base. The "
            "resource room holds about 600 SEN titles, tests and assessment materials for reference.")],
      [("", "Participants are registered students of the University and have full use of the "
            "University library, its electronic journals and databases (confirmed by Library Services, "
            "letter of 2 February 2009) and CulverLearn, the University's Blackboard site.")]]),
    ("B2", "Staffing for the proposed programme",
     "Name the staff who will teach and assess, with their qualifications and relevant experience. "
     "Attach CVs.",
     [[("", "See the staffing table below. All teaching staff are practising in schools or services "
            "now. CVs: see Part D.")]]),
    ("B3", "Quality assurance",
     "Describe the organisation's own quality assurance systems and how they will work with the "
     "University's procedures.",
     [[("", "The Trust reviews each academy termly through its Standards Review (lesson observation, "
            "data analysis, work scrutiny), with an external School Improvement Partner and annual "
            "self-evaluation against the Ofsted framework. For the programme the Trust will follow the "
            "University's procedures (see C10).")]]),
    ("B4", "Student support",
     "Describe academic and pastoral support for students, including disabled students.",
     [[("", "Each participant has a personal tutor (a Trust or University tutor) who holds three "
            "tutorials a year. As registered students participants can use the University's student "
            "services, including the Disability Advisory Service and the Learning Development Unit.")]]),
    ("B5", "Equality and diversity",
     "Describe how the organisation meets its duties under equalities legislation (including the "
     "Race Relations (Amendment) Act 2000, the DDA 1995 and 2005 and the Equality Act 2006) in "
     "respect of students: how disabled applicants and students are encouraged to disclose, how "
     "reasonable adjustments are made in teaching and assessment, and how publicity is made accessible.",
     [[("", "The Trust adopted a Single Equality Scheme in 2008 covering the pupils, parents and staff "
            "of its three academies (Doc 5), and each academy has an Accessibility Plan. The Causeway "
            "Centre is on the ground floor, with level access, an accessible toilet and two disabled "
            "parking bays. The Trust is committed to equality of opportunity for all.")]]),
    ("B6", "Safeguarding",
     "Where students will work with children, young people or vulnerable adults, describe how the "
     "partner ensures that every student has a current enhanced CRB disclosure and has been checked "
     "as suitable (Safeguarding Children and Safer Recruitment in Education, DfES 2006).",
     [[("", "All Trust staff and volunteers are appointed under our Safer Recruitment Policy (Doc 4), "
            "with enhanced CRB disclosures recorded on each academy's single central record and the "
            "Trust's central record. Participants are employed teachers in their own schools.")]]),
    ("B7", "Health and safety; data protection; complaints", None,
     [[("", "Health and Safety Policy reviewed annually by the Finance and Audit Committee; the Trust "
            "is registered with the Information Commissioner; student data are shared with the "
            "University under the data-sharing schedule of the partnership agreement. Academic appeals "
            "and student complaints follow the University's procedures.")]]),
])
comment(b["B5"][0], "Please add how participants are asked about disability and how adjustments are "
                    "made in teaching and assessment - you can use the standard para in the Partner "
                    "Handbook s.7.", "GM")
comment(b["B6"][0], "We DO check participants' CRB - Sharon in HR rings each school for the disclosure number "
                    "and date before enrolment. Shall I add that here?", "SR")

heading("Staffing table (B2)", 10, before=2)
plain_table([
    ["Name", "Role on the programme", "Qualifications", "Experience and current work"],
    ["Dr Peter Alder", "Programme Leader (University); tutor and first marker",
     "BEd, MA (SEN), EdD", "Principal Lecturer in Inclusive Education; formerly SENCO (9 years) and "
                          "head of a city learning support service; external examiner for two SEN "
                          "programmes; consultancy on provision mapping with Kettlewick schools"],
    ["Dr Hannah Lindqvist", "Tutor (University)", "BSc Speech Sciences, PhD",
     "Senior Lecturer; former speech and language therapist; research on language and inclusion; "
     "works with the city's SLCN outreach team"],
    ["Andrew Keeble", "Trust tutor; first marker", "BA, PGCE, MA (SEN), OCR Diploma (SpLD)",
     "Trust Inclusion Lead; SENCO at Eastgate Academy 2004\u201308; still teaches at Millfield two "
     "days a week"],
    ["Sunita Rao", "Trust lead for the partnership", "BSc, PGCE, MA (Educ), NPQH",
     "Director of Professional Learning; former deputy headteacher; leads the Causeway Centre"],
    ["Dr Colm Brady", "Visiting contributor", "MA, DEdPsy",
     "Principal Educational Psychologist, Kettlewick City Council"],
    ["CAMHS, SALT and Parent Partnership staff", "Visiting contributors", "\u2013",
     "Sessions 5 and 6; named each year in the programme handbook"],
], [Cm(3.0), Cm(3.6), Cm(3.6), Cm(6.8)])

# ======================================================================= PART C
heading("PART C \u2013 THE PROPOSED PROVISION")
heading("C1  Programme details", 10, before=2)
t = plain_table([
    ["Field", "Entry"],
    ["Title", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for "
              "SEN Coordination)"],
    ["Award and credit", "PG Certificate; 60 credits (30 ECTS) at Level 7 of the FHEQ (master's level)"],
    ["Modules", "SEN701 The SENCO: Law, Policy and Practice (30 credits); SEN702 Leading Inclusive "
                "Provision (30 credits)"],
    ["Collaborative model", "Validated programme with shared delivery: the University is responsible "
                            "for the award, assessment and standards; teaching is shared"],
    ["Validation", "Validation event held 3 March 2009: approved for five years, with conditions (see "
                   "Part F)"],
    ["Mode and length", "Part-time, blended; one year (maximum registration two years)"],
    ["Intake", "September"],
    ["Location", "Causeway Centre, Harbourside Academy, Kettlewick; CulverLearn online"],
    ["Numbers", "Minimum 12, maximum 24 per intake"],
    ["Progression", "Credits may count towards the University's MA Education (Inclusion)"],
], [Cm(4.0), Cm(13.0)])
# tracked insertion in the Intake row
fill(t.cell(7, 1).paragraphs[0], [("ins:SR", " and January (from January 2010)")])

c = qa_table("Part C: Rationale, curriculum and delivery", [
    ("C2", "Rationale and evidence of demand",
     "Give evidence of demand and of consultation with employers, local authorities and other "
     "stakeholders, and explain how it has shaped the proposal.",
     [[("", "The Trust's three academies have between them seven staff in SEN coordination roles, five "
            "of them appointed since 2007 and none holding an SEN qualification. Our principals have "
            "asked for a recognised qualification delivered locally and linked to the academies' "
            "improvement priorities. We believe there is strong demand from other Kettlewick schools, "
            "though we have not yet surveyed them; the City Council's SEN team has told us informally "
            "that around twenty SENCOs in the city will need the national award by 2012.")],
      [("", "The programme was designed by a working group that met five times between October 2008 "
            "and January 2009: the Trust's Inclusion Lead, two academy SENCOs, the SENCO of St "
            "Barnabas CE Primary School, the City Council's Principal Educational Psychologist, a "
            "parent governor of Millfield Academy who chairs the Kettlewick Parents' Forum for "
            "Disabled Children, and Dr Alder. The group changed the first draft in four ways: taught "
            "sessions moved from twilights to whole days, at the SENCOs' request; a pupil interview "
            "was added to Assignment 2, at the parent member's urging; provision mapping and the "
            "deployment of teaching assistants were moved into SEN702 and given a session each; and "
            "the portfolio now includes a statement from the participant's headteacher or principal, "
            "as the academy principals asked.")]]),
    ("C3", "Aims and programme learning outcomes",
     "State the aims and the programme learning outcomes. Where the programme must meet external "
     "requirements, show how (attach a mapping).",
     [[("", "Aims: (1) to raise the attainment and accelerate the progress of pupils with special "
            "educational needs and/or disabilities in participants' schools, narrowing the gap between "
            "them and their peers; (2) to equip teachers new to the SENCO role to lead and coordinate "
            "provision within their schools; (3) to develop critical, research-informed practice at "
            "master's level.")],
      [("", "The twelve programme learning outcomes (PLO1\u2013PLO12) are set out in the programme "
            "handbook; Appendix C3 maps them, and the sessions and assignments, to the national "
            "minimum outcomes for SENCOs.")]]),
    ("C4", "Curriculum content and structure",
     "Outline the content of each module and how it reflects current research, policy and practice.",
     [[("b", "SEN701 The SENCO: Law, Policy and Practice. "),
       ("", "Session 1: The SENCO's role; the SEN Code of Practice (2001) and the SENCO's duties; "
            "academic writing. Session 2: SEN law \u2013 Education Act 1996 Part IV, SENDA 2001, "
            "statutory assessment and review, the SENCO Regulations 2008. Session 3: Disability "
            "equality \u2013 the DDA 1995 and 2005, the disability equality duty, accessibility "
            "planning. Session 4: Areas of need (1) \u2013 dyslexia and specific learning "
            "difficulties, speech, language and communication needs (the Bercow Review, 2008), autism. "
            "Session 5: Areas of need (2) \u2013 behavioural, emotional and social difficulties, "
            "moderate learning difficulties; working with parents and carers, with the Parent "
            "Partnership Service. Session 6: Working with other services \u2013 educational "
            "psychology, SALT, CAMHS, social care, voluntary organisations, the CAF; pupil "
            "participation \u2013 consulting pupils and involving them in setting and reviewing "
            "their targets.")],
      [("b", "SEN702 Leading Inclusive Provision. "),
       ("", "Session 7: Identification, assessment and target-setting; using the assessments of "
            "psychologists, therapists and advisory teachers; problem-solving casework. Session 8: "
            "Teaching approaches, interventions and ICT; reading the research evidence. Session 9: "
            "Tracking progress \u2013 P scales, RAISEonline, Key Stage and GCSE data. Session 10: "
            "Provision mapping; the school's self-evaluation and reviewing provision with colleagues; "
            "access arrangements for national tests and examinations (JCQ and QCA rules). Session "
            "11: Leading and managing \u2013 deploying teaching assistants, coaching and training "
            "colleagues, managing time and delegating, working with senior leaders and governors. "
            "Session 12: Keeping up to date \u2013 research sources, local networks and professional "
            "associations; preparing for the professional discussion.")],
      [("", "The programme draws on current research and national guidance, and reading lists are "
            "reviewed each year by the University.")]]),
    ("C5", "Mode of delivery and flexibility",
     "Describe the mode of delivery, including any e-learning, and how the programme is made "
     "accessible to students who work full-time.",
     [[("", "Twelve taught days (six per module), 9.30\u20133.30, at the Causeway Centre. Between "
            "taught days participants work on CulverLearn: session materials and readings, a "
            "discussion board for each module moderated by the tutors, and a live online tutorial "
            "each month (Wimba Classroom, 4.30\u20135.30 pm, recorded for those who cannot attend). "
            "Tutors answer messages on CulverLearn or by email within three working days. "
            "Participants who are new to CulverLearn have a hands-on hour in the ICT suite on the "
            "first taught day.")],
      [("", "Participants may complete the programme in one year or take the two modules in "
            "successive years. "),
       ("del:PA", "Participants must complete SEN701 before starting SEN702."),
       ("ins:PA", "Modules may be taken in either order.")]]),
    ("C6", "Admissions, selection and accreditation of prior learning",
     "State entry requirements and selection procedures, including arrangements for APL/APEL and "
     "for any assessment-only route.",
     [[("", "Entry: qualified teacher status; currently the school's SENCO, or designated to take up "
            "the role within a year; a supporting letter from the headteacher or principal agreeing "
            "release for the taught days. Applicants complete the application form and the Culverdale "
            "SENCO Self-Audit against the national outcomes, which is discussed at interview and kept "
            "on file. Interviews (20 minutes, with a Trust and a University tutor) test the "
            "applicant's understanding of the role and readiness for master's study; applicants who "
            "are not yet ready are advised in writing what experience or preparation they need, and "
            "the Trust lead speaks to their headteacher.")],
      [("", "APL: under the University's regulations up to 20 credits may be awarded for prior "
            "certificated learning at Level 7, or for experiential learning demonstrated in a "
            "portfolio mapped against the module learning outcomes and assessed by the programme "
            "team. "),
       ("ins:PA", "The University's regulations do not allow an assessment-only route to this award.")]]),
])
# a whole deleted paragraph in C6, after the APL paragraph
apl_para = c["C6"][1]
deleted_paragraph(apl_para, "Assessment-only route: experienced candidates (for example teachers from the "
                            "Council's SEN support services) may present a portfolio against all of "
                            "the national outcomes, with a professional discussion, without attending "
                            "the taught programme. Fee 650 pounds.", "PA")
comment(c["C2"][0], "Has the Trust surveyed schools beyond its three academies? The TDA will expect "
                    "evidence of wider demand.", "GM")
comment(c["C6"][1], "Registry: the regulations don't allow assessment-only for a PG Cert carrying the "
                    "TDA title. Deleted.", "PA")

c2 = qa_table("Part C (continued): Work-based learning, assessment, roles, evaluation", [
    ("C7", "Work-based learning and placements",
     "Describe any placement or work-based element, and how placements are found, approved and "
     "monitored.",
     [[("", "The programme is work-based: every assignment is carried out in the participant's own "
            "school and must show what has changed there. There is no separate placement. Participants "
            "may, by arrangement, visit Harbourside Academy's ASD base or one of the city's special "
            "schools. Specialist contributors are listed in B2.")]]),
    ("C8", "Assessment",
     "Describe each assessment, what it assesses and how marking is assured. State the award rule.",
     [[("b", "Assignment 1 (SEN701, 50%): Policy and Practice Audit. "),
       ("", "4,000 words. A critical audit of the school's SEN policy and practice against the Code "
            "of Practice and SEN law, what they require of the school and the SENCO, drawing on "
            "research and examples of good practice and on advice from outside the school, with "
            "recommendations to improve the participant's own and colleagues' practice. Written "
            "expression is assessed in every assignment.")],
      [("b", "Assignment 2 (SEN701, 50%): Intervention Case Study. "),
       ("", "4,000 words. For one pupil or a small group: identifying needs, using the assessments "
            "of other professionals and the school's own; setting targets; planning, running and "
            "reviewing an intervention, with the decisions taken at each stage justified; an interview "
            "with the pupil or pupils, who take part in setting and reviewing their targets; meetings "
            "with parents or carers, and the relationships built with pupil and family; an account "
            "of the area of need in the light of research; critical evaluation of the approaches and "
            "resources used, including ICT; the part played by other services and how their support "
            "was obtained.")],
      [("b", "Assignment 3 (SEN702, 100%): Leading Provision Portfolio and Professional "
             "Discussion. "),
       ("", "A portfolio of (a) a provision map for the school or a key stage, identifying "
            "ineffective or missing provision; (b) a plan for deploying and managing teaching "
            "assistants; (c) a review of provision carried out with colleagues and its contribution "
            "to the school's self-evaluation; (d) a plan for the access arrangements needed by "
            "pupils in one year group for national tests or examinations, and how they were put in "
            "place; (e) a strategic proposal to the senior leadership team and governors, with a "
            "statement from the headteacher or principal on how it was received and what was "
            "agreed; and, optionally, (f) an account of coaching or training colleagues. A "
            "30-minute professional discussion with two tutors on the portfolio tests the "
            "participant's spoken account of it.")],
      [("", "Marking: all assignments are first-marked by a Trust or University tutor against "
            "published criteria; a 20% sample and all fails are second-marked by the University. "),
       ("ins:PA", "An external examiner appointed by the University, Dr Miriam Achebe of the "
                  "University of Penrhos, moderates a sample of every assignment and attends the "
                  "Examination Board.")],
      [("", "Award rule: participants must pass all three assessments (pass mark 50%, no "
            "compensation). The assessment strategy ensures that every participant who passes has "
            "demonstrated all of the national minimum outcomes (Appendix C3).")]]),
    ("C9", "Division of responsibilities",
     "Complete the table of responsibilities below and describe the roles of any mentors or "
     "workplace supervisors.",
     [[("", "See the table below. Workplace mentors: each participant's line manager acts as workplace "
            "mentor, supports the school-based tasks and signs the portfolio authentication sheet. "
            "All Trust tutors complete the University's one-day Partner Tutor Induction before "
            "teaching and attend the annual standardisation meeting before the first marking round.")]]),
    ("C10", "Monitoring, evaluation and enhancement",
     "Describe how the programme will be monitored and evaluated, who will be involved, and how "
     "the results will be used. Include how the impact on students' practice and on children and "
     "young people will be evaluated.",
     [[("", "The programme follows the University's annual programme monitoring: module evaluation "
            "questionnaires, a participant focus group each spring, the external examiner's report, "
            "progression and achievement data, and an annual monitoring report with an action plan, "
            "considered by the School's Learning and Teaching Committee and by the Trust's Education "
            "Standards Committee. A Programme Committee meets each term: the University Programme "
            "Leader (chair), the Trust's Director of Professional Learning and Inclusion Lead, two "
            "participant representatives, the City Council's SEN Manager and a headteacher from a "
            "school outside the Trust. It reviews the evaluations and agrees the action plan, and "
            "changes are reported to the next intake.")],
      [("", "Impact: participants complete a confidence questionnaire against the national outcomes "
            "at the start and end of the programme. "),
       ("del:SR", "All participants will measure their pupils' progress before and after the "
                  "intervention in Assignment 2 and report it. "),
       ("", "The Trust intends to look at whether the progress of pupils with SEN in its academies "
            "improves as their SENCOs complete the programme.")]]),
    ("C11", "Resources and costing",
     "Show that the programme is viable and gives value for money.",
     [[("", "Fee 1,200 pounds per participant; the Trust pays the full fee for staff of its own "
            "academies and 400 pounds towards the fee for staff of other Kettlewick schools in "
            "2009\u201310. The programme is competitively priced and tailored to the needs of each "
            "participant.")]]),
    ("C12", "Progression and next steps",
     "Describe how students will be helped, on completion, to identify further professional "
     "development targets, and the progression routes open to them.",
     [[("", "Further professional targets are a matter for participants' own schools' performance "
            "management arrangements.")]]),
])
comment(c2["C10"][1], "Intends? Can we commit to the baseline and follow-up measures in Assignment 2 "
                      "after all?", "GM")
comment(c2["C12"][0], "The TDA specification expects providers to help completers set further targets "
                      "- could the last session include a review?", "GM")

heading("Responsibilities table (C9)", 10, before=2)
plain_table([
    ["Responsibility", "University", "Trust", "Joint"],
    ["Award, regulations, academic standards", "\u2713", "", ""],
    ["Recruitment and publicity (University approval of all material)", "", "", "\u2713"],
    ["Admission decisions and APL", "\u2713", "", ""],
    ["Interviews and Self-Audit", "", "", "\u2713"],
    ["Teaching (SEN701 sessions 1\u20133, 6; SEN702 sessions 8\u201310)", "\u2713", "", ""],
    ["Teaching (other sessions); personal tutoring", "", "\u2713", ""],
    ["CulverLearn site and online tutorials", "\u2713", "", ""],
    ["First marking", "", "", "\u2713"],
    ["Second marking, external examiner, Examination Board", "\u2713", "", ""],
    ["Student records and registration", "\u2713", "", ""],
    ["Annual monitoring and Programme Committee", "", "", "\u2713"],
    ["Premises, ICT suite and specialist resources", "", "\u2713", ""],
], [Cm(9.0), Cm(2.6), Cm(2.6), Cm(2.6)])

# ======================================================================= PART D / E
heading("PART D \u2013 DOCUMENTS ATTACHED")
plain_table([
    ["Doc", "Document", "Status"],
    ["1", "Memorandum and Articles of Association", "Attached"],
    ["2", "Trustees' Annual Report 2007\u201308", "Attached"],
    ["3", "Audited accounts 2006\u201307 and 2007\u201308", "Attached"],
    ["4", "Safer Recruitment Policy", "Attached"],
    ["5", "Single Equality Scheme 2008", "Attached"],
    ["6", "CVs of teaching staff", "To follow"],
    ["7", "Programme handbook (draft)", "To follow"],
], [Cm(1.4), Cm(10.6), Cm(5.0)])

heading("PART E \u2013 DECLARATION")
p = doc.add_paragraph()
fill(p, [("", "I confirm that the information given in this questionnaire is accurate and complete, and "
               "that the organisation will inform the University of any material change.")])
plain_table([
    ["Signed (for the partner)", "Position", "Date"],
    ["R. J. Fenwick", "Chief Executive, the Kettlewick Education Trust", "20 February 2009"],
    ["Signed (for the sponsoring School)", "Position", "Date"],
    ["P. Alder", "Programme Leader, School of Education", "20 February 2009"],
], [Cm(5.5), Cm(8.0), Cm(3.5)])

# ======================================================================= APPENDIX C3 (landscape)
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec0.page_height, sec0.page_width
new.left_margin = new.right_margin = Cm(1.8)

heading("APPENDIX C3 \u2013 MAPPING TO THE NATIONAL MINIMUM OUTCOMES FOR SENCOs", 11, before=0)
p = doc.add_paragraph()
fill(p, [("g", "Guidance: list each external outcome the programme must meet, the programme learning "
               "outcome(s) that carry it, where it is taught and where it is summatively assessed. "
               "Formative activities should be identified as such.")])

GROUPS = [
    ("Professional attributes", [
        ("Relationships with pupils with SEN and their parents/carers", "PLO7", "Sessions 5, 6",
         [("", "Assignment 2")]),
        ("Gaining the commitment of colleagues and senior leaders", "PLO10", "Session 11",
         [("", "Assignment 3 (e)")]),
        ("Prioritising, managing time, delegating", "PLO10", "Session 11",
         [("", "Formative (reflective blog on CulverLearn)")]),
        ("Solving problems, making sound decisions on provision", "PLO6", "Session 7",
         [("", "Assignment 2")]),
        ("Communicating clearly in speech and writing; listening to others", "PLO12", "Session 1; all",
         [("", "All assignments; professional discussion")]),
        ("Using research and outside advice to improve practice", "PLO3", "Session 8",
         [("", "Assignment 1")]),
        ("Keeping up to date; own professional development", "PLO12", "Session 12",
         [("", "TBC")]),
    ]),
    ("Knowledge and understanding", [
        ("SEN law and the Code of Practice and what they require", "PLO1", "Sessions 1, 2",
         [("", "Assignment 1")]),
        ("Every Child Matters and the SENCO's part in it", "\u2013", "Trust induction (all staff)",
         [("", "\u2013")]),
        ("Disability equality law and the actions it requires", "PLO2", "Session 3",
         [("del:PA", "Assignment 1"), ("ins:PA", "Formative task (session 3)")]),
        ("The main areas of SEN and how they affect learning", "PLO4", "Sessions 4, 5",
         [("", "Assignment 2")]),
        ("Approaches, strategies and resources including ICT", "PLO5", "Session 8",
         [("", "Assignment 2")]),
        ("School self-evaluation and improvement", "PLO9", "Session 10",
         [("", "Assignment 3 (c)")]),
        ("Research and best practice in meeting SEN", "PLO3", "Session 8",
         [("", "Assignment 1")]),
        ("The work of other services and how to secure their support", "PLO8", "Session 6",
         [("", "Assignment 2")]),
    ]),
    ("Professional skills", [
        ("Shaping an inclusive ethos, policy and priorities with senior leaders and governors",
         "PLO11", "Session 11", [("", "Assignment 3 (e)")]),
        ("Identifying needs, setting targets, planning interventions, reviewing progress", "PLO6",
         "Session 7", [("", "Assignment 2")]),
        ("\u2013 using other professionals' assessments", "PLO6", "Session 7",
         [("", "Assignment 2")]),
        ("\u2013 using summative data and national tests to track progress", "PLO9", "Session 9",
         [("", "TBC")]),
        ("\u2013 encouraging colleagues' formative assessment", "\u2013",
         "Not covered in 2009\u201310; to be added at first annual review", [("", "\u2013")]),
        ("\u2013 access arrangements for national tests and examinations", "PLO9", "Session 10",
         [("del:SR", "TBC"), ("ins:SR", "Assignment 3 (d)")]),
        ("Provision mapping; finding ineffective or missing provision", "PLO9", "Session 10",
         [("", "Assignment 3 (a)")]),
        ("Deploying and managing staff", "PLO10", "Session 11", [("", "Assignment 3 (b)")]),
        ("Supporting colleagues' professional development", "PLO10", "Session 11",
         [("", "Assignment 3 (f) (optional section)")]),
        ("Reviewing provision with colleagues to inform self-evaluation", "PLO9", "Session 10",
         [("", "Assignment 3 (c)")]),
        ("Involving pupils in planning and reviewing their provision", "PLO7", "Session 6",
         [("", "Assignment 2")]),
        ("Working with parents and carers", "PLO7", "Session 5", [("", "Assignment 2")]),
        ("Working with other services and voluntary organisations", "PLO8", "Session 6",
         [("", "Formative (reflective blog on CulverLearn)")]),
    ]),
]
nrows = 1 + sum(1 + len(items) for _, items in GROUPS)
t = doc.add_table(rows=nrows, cols=5)
t.style = doc.styles["Table Grid"]
widths = [Cm(1.0), Cm(10.5), Cm(2.0), Cm(6.5), Cm(5.5)]
for j, h in enumerate(["No.", "National minimum outcome (abbreviated)", "PLO", "Where developed",
                       "Where summatively assessed"]):
    cc = t.cell(0, j)
    cc.width = widths[j]
    cc.text = ""
    fill(cc.paragraphs[0], [("b", h)])
    shade(cc, "D9E1F2")
row = 1
n = 0
k3_cell = None
for gname, items in GROUPS:
    merged = t.cell(row, 0).merge(t.cell(row, 4))
    merged.text = ""
    fill(merged.paragraphs[0], [("b", gname)])
    shade(merged, "EDEDED")
    row += 1
    for outcome, plo, where, assessed in items:
        n += 1
        vals = [str(n), outcome, plo, where]
        for j, v in enumerate(vals):
            cc = t.cell(row, j)
            cc.width = widths[j]
            cc.text = ""
            fill(cc.paragraphs[0], [("", v)])
        cc = t.cell(row, 4)
        cc.width = widths[4]
        cc.text = ""
        fill(cc.paragraphs[0], assessed)
        if outcome.startswith("Disability equality"):
            k3_cell = cc
        row += 1
for r_ in t.rows:
    for cc in r_.cells:
        for para in cc.paragraphs:
            for rr in para.runs:
                rr.font.size = Pt(8.5)
doc.add_paragraph()
comment(k3_cell.paragraphs[0], "Moved DDA out of Assignment 1 to keep it to 4,000 words - formative "
                               "task in session 3 instead.", "PA")
note = doc.add_paragraph()
fill(note, [("", "PLO = programme learning outcome (programme handbook, section 4). The reflective blog "
                 "is formative: tutors comment on it but it is not marked.")])

# ======================================================================= PART F (APO)
heading("PART F \u2013 FOR UNIVERSITY USE: APO REVIEW SHEET", 11)
plain_table([
    ["Reviewer", "Gillian Marsh, Academic Partnerships Manager"],
    ["Documents seen", "Parts A\u2013E; Docs 1\u20135. Docs 6 and 7 not yet received."],
    ["Site visit", "Causeway Centre, 12 February 2009 (G. Marsh, P. Alder): teaching rooms, ICT suite "
                   "and resource room seen and judged suitable."],
    ["Financial standing", "Satisfactory (Finance Office, 16 February 2009)."],
    ["Recommendation to the Collaborative Provision Committee",
     "Approve the Kettlewick Education Trust as a partner organisation for the PG Certificate in SEN "
     "Coordination, for five years, subject to the conditions below."],
], [Cm(7.0), Cm(17.5)], head_fill="FFFFFF")
p = doc.add_paragraph()
fill(p, [("b", "Conditions (to be met before the first intake):")])
for txt in [
    "1. The Trust to set out the procedure by which it will confirm that every participant holds a "
    "current enhanced CRB disclosure before enrolment (by 30 June 2009).",
    "2. The Trust to provide a statement on disclosure and reasonable adjustments for disabled "
    "participants in teaching and assessment, in line with section 7 of the Partner Handbook (by 30 "
    "June 2009).",
    "3. The programme team to complete Appendix C3 so that every outcome shown \u2018TBC\u2019 has a "
    "summative assessment, before the first Examination Board.",
]:
    pp = doc.add_paragraph()
    pp.paragraph_format.left_indent = Cm(0.6)
    fill(pp, [("", txt)])
p = doc.add_paragraph()
fill(p, [("b", "Recommendations: "),
         ("", "that the Trust survey schools beyond its own academies before the second intake; that "
              "workplace mentors be given written guidance on their role.")])
p = doc.add_paragraph()
fill(p, [("", "Collaborative Provision Committee, 26 February 2009: recommendation approved.")])

doc.save(OUT)
print("wrote", OUT)
