"""Build eb-01-eastmarch-consultation-paper.docx (blind test application).

PROVIDER
  The National Strategies SEN and Inclusion Regional Team for the Eastmarch
  sub-region (invented): a regional adviser and five SEN and inclusion
  consultants who work across four local authorities, Harnby City Council,
  Oxmere County Council, Dunholt Borough Council and Fellbridge Metropolitan
  Borough Council (all invented), with Kelstone University, School of
  Education and Lifelong Learning (invented), which validates the award.
  Award: Postgraduate Certificate in SEN Coordination (the National Award for
  SEN Coordination), 60 credits at Level 7, modules KSE701 and KSE702.
  People: Dr Frances Aukett (Regional Adviser, SEN and Inclusion), Mark
  Threlfall, Priya Deshmukh, Joanne Kettlewell, Tom Ridsdale (consultants),
  Dr Owen Pask and Dr Ruth Amadi (Kelstone), Carol Venn (Harnby Head of SEN).

KIND OF DOCUMENT
  A public CONSULTATION PAPER (the issuing side, not a response): "A SENCO
  Award for Eastmarch: proposals for a joint programme", reference
  CP/EM/09/01, issued 12 January 2009 to SENCOs, heads, LA teams, parent
  organisations and others, closing 13 February 2009. It is sent to the TDA
  whole, with a boxed "Note for the TDA approval panel" added on top, and
  with Part D, the Programme Board's post-consultation decisions of
  26 February 2009, appended.

LAYOUT
  A fact table on the cover (date, action, audience, closing date...), the
  shaded panel note, a foreword, then four Parts with Heading 1 titles and
  hand-typed paragraph numbers ("2.3", "3.1"...) that collide with the
  requirement ids. Part A (why, and the evidence of need) and Part B (what is
  already settled) stand. Part C holds thirteen numbered Proposals, each with
  "What we propose", sometimes an options table (Option A/B/C with a
  "Preferred?" column) and a consultation question in a shaded one-cell
  box. Part D is a decisions table (Proposal / What you told us / Board
  decision / Status: Confirmed, Amended, Deferred, Withdrawn) followed by
  prose notes. Annex 1 (programme outline), Annex 2 (assessment), Annex 3
  (where the national outcomes sit: developed / assessed for the award),
  Annex 4 (the blank response form: prompts and "Yes / No / Not sure").
  Real Word footnotes carry references and one arrangement (the external
  examiner). Page header and footer; the footer says proposals are not
  decisions (not evidence either way).
  The rule the panel note states: a Part C proposal is part of the programme
  only as Part D confirms or amends it.

TRAPS (requirement ids affected)
  - Proposal described in full, then withdrawn in Part D with the negation
    far from its subject ("The assessment-only route described in Proposal
    5 - which ... - will, after much discussion at the Board, not go ahead
    in 2009-10"): 2.3 not_met.
  - Proposal withdrawn: the exit review with the head and a CPD plan
    (Proposal 10); only information about the MA is sent: 2.5 not_met.
    Twilight 4 "Keeping up to date" is taught but unassessed (6.A7
    partially_met) and is about sources of information, not target setting.
  - Proposal amended: APL cut to prior certificated study on one Kelstone
    module; experience "taken into account ... but not accredited"
    (Proposal 4 / Decision 4): 2.1 partially_met.
  - Proposal amended: the pupil interview is removed from Assignment 2
    (Decision 7); pupil voice stays only as Day 6 content and an ungraded
    portfolio entry: 1.5 partially_met, 6.S7 partially_met.
  - Proposal withdrawn: the ICT afternoon and the assistive technology visit
    (Proposal 13 / Decision 13) are replaced by a twilight on teaching
    assistants: 6.K6 partially_met (approaches taught and assessed, ICT
    not), 5.6 partially_met (library and print materials only, no ICT or
    specialist technology). The same decision is stakeholder influence
    (4.2 met, with the other changes).
  - Proposal deferred: placements in specialist settings "in 2010-11 if
    funding allows" (Decision 6); specialist expertise is there (EP, SaLT,
    advisory teachers, parent partnership): 5.5 partially_met.
  - Proposal amended: the mentor twilight is not funded, the mentor guide
    "will be prepared over the summer"; tutors have an induction day and
    standardisation: 5.7 partially_met.
  - Proposal partly confirmed: repeat audit (confidence and competence)
    confirmed, the pupil-progress measure referred to a working group
    reporting in June: 5.9 partially_met.
  - Equality only intended: an equality impact assessment "will be
    completed before the first intake", Question 12 and Decision 12 pass
    responses to it; DDA content on Day 2 is about pupils (wrong context);
    value statements in the foreword: 3.1 not_met.
  - An open question resolved in Part D (the reverse trap): Proposal 11 asks
    whether to check CRB status; Decision 11 sets out the check on the
    head's nomination form, the programme office's refusal to register
    without it, a new disclosure for those out of school for three months,
    and List 99 / disciplinary checks: 5.3 met.
  - Options tables: "Option C: an online route" is not preferred and
    Decision 1 confirms no online route in 2009-10; there is no e-learning:
    3.3 not_applicable.
  - Stakeholders on the Programme Board "oversee recruitment, budget and
    delivery"; they teach and speak; their part in evaluation is only "we
    would like ... and will consider how" (Decision 9 note): 4.3
    partially_met. 4.1 met (the survey, the heads' focus groups, the forum).
  - Blanket claim in the foreword ("covers and assesses every one of the
    national minimum outcomes") against Annex 3's gaps, and an award rule
    that adds attendance and portfolio submission: 1.9 partially_met,
    6.0 partially_met.
  - Annex 3, Criterion 6:
      6.A3 Twilight 3, "Portfolio (not graded)": partially_met.
      6.A7 Twilight 4, "-" in the assessed column: partially_met.
      6.K4 no row at all, and no child development in any session: not_met.
      6.K6 see above: partially_met.
      6.S2b Day 8, Assignment 3 "optional section": partially_met.
      6.S2c Day 5, "Portfolio (formative)" pending the working group:
            partially_met.
      6.S2d "Not part of the Award: the authorities' exams officers' briefings": the
            LAs' own unaccredited briefings, another programme: not_met.
      6.S7 see above: partially_met.
      All other outcomes: developed in a named day or twilight and assessed
      in a named assignment whose Annex 2 brief asks for it: met.
  - Annex 4 response-form prompts ("Do you agree that...") are never
    answers. Part C's questions are prompts too.
  - Paragraph numbers ("2.3 Aims", "3.1 Proposal 1...") collide with ids.
  - Footnote 1 names the external examiner and her role in moderation (part
    of the submission; 5.8 is met in Part B anyway).
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "eb-01-eastmarch-consultation-paper"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for lvl, size in ((1, 14), (2, 12)):
    hs = doc.styles["Heading %d" % lvl]
    hs.font.name = "Arial"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "The National Strategies | Eastmarch Regional Team      CP/EM/09/01"
sec.footer.paragraphs[0].text = (
    "Consultation paper. Proposals in Part C are put forward for comment and are "
    "not decisions of the partners.  Crown copyright 2009.")

# ------------------------------------------------------------------ helpers
FOOTNOTES = []


def footnote(paragraph, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r._r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r._r.append(ref)


def write_footnotes():
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:footnotes xmlns:w="%s">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           % w)
    for fid, text in FOOTNOTES:
        xml += ('<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                '<w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                '<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (fid, escape(text)))
    xml += "</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def P(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def NP(num, text, lead=None):
    """A paragraph with a hand-typed number, e.g. '2.3  ...'."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t")
    if lead:
        p.add_run(lead + " ").bold = True
    p.add_run(text)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(it)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def box(lines, fill="DCE9F5", title=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    if title:
        c.paragraphs[0].add_run(title).bold = True
        first = False
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.add_run(ln)
    P(after=2)
    return t


def question(num, text):
    box([text], fill="FFF2CC", title="Consultation question %d" % num)


def table(rows, widths, header=True, fill="004B87", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = Cm(widths[j])
            c.paragraphs[0].text = ""
            parts = val.split("\n")
            for k, part in enumerate(parts):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(part)
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
                    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            if header and i == 0:
                shade(c, fill)
    P(after=2)
    return t


# ------------------------------------------------------------------ cover
P("The National Strategies", bold=True, size=12)
P("Eastmarch Regional Team: SEN and Inclusion", size=11)
P("Consultation paper CP/EM/09/01", italic=True)
P()
P("A SENCO Award for Eastmarch: proposals for a joint programme leading to the "
  "National Award for Special Educational Needs Coordination", bold=True, size=18)
P("Issued by the National Strategies SEN and Inclusion Regional Team (Eastmarch) on behalf "
  "of Harnby City Council, Oxmere County Council, Dunholt Borough Council, Fellbridge "
  "Metropolitan Borough Council and Kelstone University", italic=True)

table([
    ["Date of issue", "12 January 2009"],
    ["Action required", "Response"],
    ["Closing date", "Friday 13 February 2009"],
    ["Audience", "SENCOs and headteachers of maintained schools in the four authorities; "
                 "LA SEN and inclusion teams; educational psychology, speech and language "
                 "therapy and specialist teaching services; parent partnership services and "
                 "the Eastmarch Parent Carer Forum; governors; special schools; voluntary "
                 "organisations working with children with SEN and disabilities"],
    ["Summary", "From September 2009 every teacher new to the SENCO role will need to gain "
                "the National Award for SEN Coordination. The four Eastmarch authorities, "
                "Kelstone University and the National Strategies regional team intend to offer "
                "one joint programme. This paper sets out what is already settled and asks "
                "for views on thirteen proposals."],
    ["How to respond", "Use the form at Annex 4, by post or e-mail to the address on it, or "
                       "come to one of the four consultation meetings (Annex 4)."],
    ["Enquiries", "Mark Threlfall, Senior SEN and Inclusion Consultant, "
                  "the National Strategies, Eastmarch Regional Team"],
], [4, 12], header=False)

box([
    "The partners submit this consultation paper, unchanged, as their account of the "
    "programme, together with Part D, which records the decisions the Programme Board took on "
    "26 February 2009 in the light of the 186 responses received.",
    "Parts A and B describe what the partners had settled before consultation, and they "
    "stand. Part C sets out the proposals as they were put to consultees: each proposal is part "
    "of the programme only as Part D confirms or amends it, and a proposal that Part D "
    "withdraws or defers is not part of the programme in 2009-10. Annexes 1 to 3 have been "
    "brought up to date to match Part D. Annex 4 is the blank response form, left in so that "
    "the panel sees the paper as consultees saw it.",
    "Dr Frances Aukett, Regional Adviser (SEN and Inclusion), 9 March 2009",
], fill="E2EFDA", title="Note for the TDA approval panel (added 9 March 2009)")

# ------------------------------------------------------------------ foreword
H("Foreword")
P("Every child with special educational needs or a disability deserves a SENCO who knows "
  "them, knows what works and can make the rest of the school believe it too. Across "
  "Eastmarch we meet SENCOs who do remarkable things with very little time, and others who "
  "have been handed the role with a box file and a good luck card.")
P("The four authorities, Kelstone University and our regional team have worked together "
  "since September on a single programme for the sub-region, so that a SENCO in a village "
  "primary school in Oxmere and a SENCO in a large Fellbridge comprehensive get the same "
  "quality of training, close to where they work. We have designed a programme that covers "
  "and assesses every one of the national minimum outcomes, and we are proud of it. But "
  "there are real choices still to make, about when and where people study, what counts "
  "from their past learning, and how we will know that children are better off, and we "
  "would rather make them with you than for you.")
P("Please tell us what you think.")
P("Dr Frances Aukett, Regional Adviser (SEN and Inclusion), the National Strategies", italic=True)

# ------------------------------------------------------------------ Part A
H("Part A: Why a joint programme, and what we already know")
NP("1.1", "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 "
   "require the SENCO in a maintained school to be a qualified teacher working at the school. "
   "Amending regulations, expected to take effect from 1 September 2009, will require a teacher "
   "who becomes SENCO for the first time after that date to gain the National Award for SEN "
   "Coordination within three years.")
NP("1.2", "On the authorities' own figures, around 140 teachers a year take up the SENCO role "
   "for the first time in Eastmarch: about 42 in Harnby, 51 in Oxmere, 19 in Dunholt and 28 in "
   "Fellbridge. None of the four could run a viable programme alone.")
NP("1.3", "We have tried to ground the programme in evidence about what SENCOs, schools, "
   "families and the authorities need. Between October and December 2008 we gathered it in "
   "four ways.", lead="What we already know.")
table([
    ["Source", "What we did", "What it told us"],
    ["Eastmarch SENCO survey",
     "On-line and paper survey of all 1,090 SENCOs in the four authorities, "
     "October to November 2008; 412 replies (38%).",
     "61% had been in post less than three years. 44% had no time for the role beyond their "
     "teaching load. The needs most often ranked first or second: using data to track the "
     "progress of pupils with SEN (72%); deploying and managing teaching assistants (68%); "
     "working with other services (55%); the law and the Code of Practice (49%). 81% said "
     "they could not be released for more than one day a month; 37% would prefer twilight or "
     "Saturday study."],
    ["Headteacher focus groups",
     "One group in each authority, November 2008; 47 heads in all.",
     "Heads want the training tied to their own school's improvement priorities and "
     "carried out in school, not in a lecture room; they worry about the cost of supply cover; "
     "secondary heads want the SENCO to lead and manage teaching assistants."],
    ["Parents and carers",
     "Meeting with the Eastmarch Parent Carer Forum and the four parent partnership "
     "co-ordinators, 4 December 2008.",
     "Parents want SENCOs who explain clearly, who listen, and who pull the services "
     "round a child together; several described having to repeat their child's story to "
     "every new professional."],
    ["Authority data",
     "Each authority's analysis of 2008 Key Stage 2 and GCSE results, P scale returns and "
     "recent Ofsted reports.",
     "The gap between pupils at School Action Plus and their peers widened in three of "
     "the four authorities between 2006 and 2008; Ofsted reports in 11 Eastmarch schools "
     "in 2007-08 identified the leadership of SEN as an area for improvement."],
], [3.2, 5.0, 8.3])
NP("1.4", "This evidence has shaped what is already settled in Part B: data and tracking are "
   "the core of Day 8 and of Assignment 3; every assignment is set in the participant's own "
   "school and built around the school's improvement plan; Day 7 is given over to working with "
   "other services; and parents' experience runs through Day 6 and Assignment 2. It has also "
   "shaped several of the proposals in Part C, notably the twilight route (Proposal 1).")

# ------------------------------------------------------------------ Part B
H("Part B: What is already settled")
P("The following points were agreed by the four Directors of Children's Services and "
  "Kelstone University's Academic Development Committee in December 2008. We are not "
  "consulting on them, but we welcome comments.", italic=True)
NP("2.1", "The programme is offered jointly. The National Strategies regional team designs "
   "the programme, leads most of the teaching and provides the personal tutors; the four "
   "authorities provide venues, specialist contributors from their services and part of the "
   "fee; Kelstone University validates and awards the qualification, registers participants "
   "as students, sets the assessment regulations and provides library access and the external "
   "examiner.", lead="Partnership.")
NP("2.2", "Successful participants will receive Kelstone University's Postgraduate "
   "Certificate in Special Educational Needs Coordination (the National Award for SEN "
   "Coordination): 60 credits at Level 7 of the Framework for Higher Education "
   "Qualifications, made up of two 30-credit modules, KSE701 Understanding and Identifying "
   "Need and KSE702 Leading Inclusive Provision. The University's validation event is fixed "
   "for 18 February 2009 (see Part D). The credits count towards Kelstone's MA in Inclusive "
   "Education.", lead="The award.")
NP("2.3", "The programme's first aim is that pupils with SEN and/or disabilities in "
   "participants' schools make better progress and are healthier, safer and more fully "
   "involved in school life, across all five Every Child Matters outcomes and not in test "
   "results alone. Its second aim is to give teachers new to the role the knowledge, "
   "understanding and skills to lead that provision with colleagues, senior leaders and "
   "governors, with parents and carers, with pupils themselves and with other services. "
   "Every assignment is carried out in the participant's own school, and every assignment "
   "asks what difference the participant's work has made to pupils, both to their learning "
   "and to their well-being; this is written into the marking criteria of all three.",
   lead="Aims.")
NP("2.4", "Eight study days, four twilight sessions, three individual tutorials and "
   "directed school-based work between sessions, over one school year. Study days draw on "
   "current research and inspection evidence and on the National Strategies' own "
   "programmes, including the Inclusion Development Programme and the Progression Guidance. "
   "Annex 1 gives the outline.", lead="Shape and content.")
p = NP("2.5", "Three assignments, set out in Annex 2, carry the credit; a portfolio of "
       "reflections supports them. Annex 3 shows where each national minimum outcome is "
       "developed and where it is assessed.", lead="Assessment.")
NP("2.6", "Applicants must hold qualified teacher status and be in post as SENCO, or "
   "designated by their headteacher to take up the role by the start of the programme. "
   "The headteacher completes a nomination form that confirms release for the study days and "
   "names a school mentor from the leadership team. Every applicant completes the entry audit "
   "(Proposal 3) and has a 20-minute telephone interview with a tutor, who goes through the "
   "audit with them. Where an applicant is not yet ready to benefit, for example a teacher "
   "who has not completed induction or who has no current responsibility for pupils with "
   "SEN, the tutor writes to them setting out what they should do first (usually a year in "
   "post, with the authority's New to SENCO network) and telephones the headteacher to talk "
   "it through; the applicant may apply again for a later intake.", lead="Who can apply.")
NP("2.7", "The programme is taught and tutored by the regional team with Kelstone staff "
   "and named contributors from the authorities' services. Before each intake every tutor "
   "and contributor attends a programme induction day on the outcomes, the assignments and "
   "the marking criteria, including a standardisation exercise on sample scripts.",
   lead="The team.")
table([
    ["Name", "Role on the programme", "Background"],
    ["Dr Frances Aukett", "Chair, Programme Board",
     "Regional Adviser (SEN and Inclusion), the National Strategies; former LA principal "
     "educational psychologist; EdD (Kelstone)"],
    ["Mark Threlfall", "Programme co-ordinator; tutor; Days 1 and 8",
     "Senior SEN and Inclusion Consultant; eleven years a secondary SENCO; MA SEN; "
     "National Strategies lead for Progression Guidance in Eastmarch"],
    ["Priya Deshmukh", "Tutor; Days 3 and 5",
     "SEN and Inclusion Consultant; speech and language therapist then teacher; regional "
     "lead for the Inclusion Development Programme (dyslexia and SLCN)"],
    ["Joanne Kettlewell", "Tutor; Days 3 and 4; Twilight 2",
     "SEN and Inclusion Consultant; former head of an Oxmere autism resource base; "
     "Advanced Diploma in Autism"],
    ["Tom Ridsdale", "Tutor; Day 4; Twilights 1 and 3",
     "SEN and Inclusion Consultant; former head of a pupil referral unit; MA in "
     "Emotional and Behavioural Difficulties"],
    ["Dr Owen Pask", "Programme leader (Kelstone); Days 1, 2 and 5; chief marker",
     "Senior Lecturer in Inclusive Education; researches SEN policy; co-author of "
     "Kelstone's MA Inclusive Education"],
    ["Dr Ruth Amadi", "Tutor; Day 6",
     "Lecturer in Education; PhD on pupil participation in annual reviews"],
    ["Authority contributors", "Days 2, 4, 6 and 7",
     "Carol Venn (Head of SEN, Harnby); the Oxmere educational psychology service; "
     "Fellbridge speech and language therapy service; Dunholt parent partnership service"],
], [3.3, 5.0, 8.2])
NP("2.8", "The programme is subject to Kelstone University's annual monitoring: "
   "participants complete an evaluation at the end of each study day and each module; "
   "tutors meet after each module to review the evaluations, the marks and the tutorials; "
   "the external examiner reports each year on standards and on the programme; and the "
   "programme team writes an annual monitoring report and action plan, which goes to the "
   "School's Teaching Quality Committee and whose actions are reported back to the next "
   "cohort on Day 1. In addition, the National Strategies' "
   "regional quality review, carried out each summer by a senior regional director from "
   "outside Eastmarch, looks at the programme alongside the team's other work with the "
   "authorities. Changes that follow are recorded in the next year's programme handbook.",
   lead="Quality.")
p = NP("2.9", "All assignments are marked by the participant's tutor against the "
       "University's Level 7 criteria and the assignment criteria in Annex 2. A sample of at "
       "least 20% of scripts, and every script at the pass/fail boundary or awarded a "
       "distinction, is second-marked by a tutor from another authority group; the team meets "
       "for a moderation meeting before marks go to the University's examination board; and "
       "the external examiner sees a sample from every assignment and attends the board.",
       lead="Marking and moderation.")
footnote(p, "The external examiner for 2009-10 is Dr Hilary Strand, Reader in Inclusive "
         "Education at the University of Norbridge, who also examines Norbridge's own "
         "postgraduate SEN programme. She will attend the first moderation meeting in "
         "March 2010 and agree the sample with the programme leader.")
NP("2.10", "Participants are registered students of Kelstone University, with full access "
   "to its library and electronic journals, including remote access from school. Every "
   "participant receives the Inclusion Development Programme materials on dyslexia and "
   "speech, language and communication needs and the Progression Guidance 2008-09, and may "
   "borrow from the four authorities' SEN resource collections.",
   lead="Learning resources.")
NP("2.11", "A Programme Board meets termly: the Regional Adviser (chair), the four "
   "authorities' Heads of SEN, Kelstone's programme leader, one headteacher nominated by each "
   "authority's heads' association and one parent partnership co-ordinator. It oversees "
   "recruitment, the budget and delivery.", lead="Governance.")
NP("2.12", "The fee is 1,150 pounds per participant for the whole award. Each authority "
   "pays 500 pounds of the fee for SENCOs in its maintained schools. The regional team's time "
   "is provided by the National Strategies at no cost to the programme in 2009-10 and "
   "2010-11, and the authorities' venues are free, which keeps the fee well below "
   "Kelstone's standard postgraduate rate. Days 3 and 4 run in primary and secondary strands, "
   "and the three tutorials are planned around each participant's audit and school.",
   lead="Cost.")

# ------------------------------------------------------------------ Part C
H("Part C: Our proposals")
P("Each proposal says what we propose and why, and ends with a question. You do not need "
  "to answer every question.", italic=True)

H("3.1  Proposal 1: Two ways to study", 2)
P("What we propose. Two routes to the same award, with the same content and assessment. "
  "Route 1 is daytime study: the eight study days run at the Harnby Professional Centre "
  "and at Oxmere Education Development Centre, each day twice in the same week, and "
  "participants may switch centre from day to day. Route 2 is twilight and Saturday "
  "study at Kelstone's Fellbridge campus: each study day becomes two twilights (4.15 to "
  "7.15 pm) or one Saturday. The four twilight sessions are shared by both routes.")
table([
    ["Option", "Description", "Preferred?"],
    ["A", "Daytime study only, at one central venue", "No"],
    ["B", "Daytime study at two centres, plus a twilight and Saturday route", "Yes"],
    ["C", "An online route, with study units on a learning platform and three study days",
     "No: we do not have the platform or the e-tutoring capacity for 2009-10"],
], [1.5, 11, 4])
question(1, "Do you agree with Option B? Which route would you, or the SENCO in your "
            "school, be most likely to choose?")

H("3.2  Proposal 2: Two start dates", 2)
P("What we propose. Intakes in September and January, with the January intake "
  "completing the programme by the following December. Modules would be taken in order, "
  "KSE701 first.")
question(2, "Would a January start be useful to your school? Why?")

H("3.3  Proposal 3: Starting from where each participant is", 2)
P("What we propose. Before interview, each applicant rates themselves from 1 (new to "
  "this) to 4 (confident and could show others) against a 60-statement audit built from "
  "the national minimum outcomes, with a prompt for the evidence behind each rating. At "
  "the first tutorial the tutor and participant agree an individual learning plan: the "
  "outcomes the participant will concentrate on, the school-based tasks that will build "
  "them, and which strand to join on Days 3 and 4. The plan is reviewed at the second and "
  "third tutorials. The audit is repeated at the end of the programme.")
question(3, "Is an audit of this kind manageable for a busy SENCO? What would make it more "
            "useful?")

H("3.4  Proposal 4: Recognising what people have already learned", 2)
P("What we propose. Participants who have passed Level 7 study in SEN at any university "
  "in the last five years could claim up to 30 credits (the whole of KSE701) by "
  "accreditation of prior certificated learning (APCL), mapped against the outcomes. "
  "Experienced teachers could claim credit for learning from experience (APEL) by a "
  "portfolio assessed by two tutors.")
table([
    ["Option", "Description", "Preferred?"],
    ["A", "No accreditation of prior learning", "No"],
    ["B", "APCL only, for Kelstone's own Level 7 SEN module", "No"],
    ["C", "APCL from any university and APEL by portfolio", "Yes"],
], [1.5, 11, 4])
question(4, "Should experience count towards the award, as well as previous study?")

H("3.5  Proposal 5: An assessment-only route", 2)
P("What we propose. For a small number of very experienced applicants, for example "
  "teachers from the authorities' specialist support services or deputy heads of special "
  "schools, an assessment-only route: a portfolio of evidence against every national "
  "outcome, a school visit and a professional discussion with two tutors, at a fee of "
  "about 650 pounds. Applicants would be advised at interview whether the route suited "
  "them.")
question(5, "Is there demand for an assessment-only route in your authority or service?")

H("3.6  Proposal 6: Time in specialist settings", 2)
P("What we propose. Two placement days for each participant in a specialist setting "
  "chosen with their tutor to match their individual learning plan: one of Eastmarch's "
  "special schools, a resource base, the pupil referral service or a specialist team. "
  "Host settings would agree a short programme with the participant in advance.")
question(6, "Would your school release a SENCO for two placement days? Would your "
            "setting host one?")

H("3.7  Proposal 7: Pupils and parents at the centre", 2)
P("What we propose. Day 6 would be given to listening to pupils and working with "
  "families: methods for gathering pupils' views, including with pupils who do not use "
  "speech; involving pupils in setting and reviewing their targets; and working with "
  "parents and carers, led with the Dunholt parent partnership service and a parent. "
  "Assignment 2 would include a structured conversation with the case-study pupil about "
  "their targets and support, and at least one meeting with the pupil's parents or carers.")
question(7, "How should the programme help SENCOs to involve pupils and families? Are "
            "there difficulties we have not foreseen?")

H("3.8  Proposal 8: Mentors in school", 2)
P("What we propose. Each participant has a school mentor from the leadership team, "
  "named on the nomination form, who meets them at least twice a term. Mentors would "
  "be briefed at a twilight session at the start of each intake and receive a mentor "
  "guide.")
question(8, "What would help mentors to support participants well?")

H("3.9  Proposal 9: Knowing whether it has made a difference", 2)
P("What we propose. Participants would repeat the entry audit at the end of the "
  "programme, so that changes in confidence and competence can be seen for each person "
  "and across the cohort. For Assignments 2 and 3 participants would record baseline "
  "measures for the pupils concerned and measure their progress again at the end and "
  "six months later, and we would report these results to the Programme Board each year.")
question(9, "What measures of pupils' progress and well-being would be realistic for "
            "SENCOs to collect? How should encouraging colleagues' use of assessment for "
            "learning be assessed?")

H("3.10  Proposal 10: After the award", 2)
P("What we propose. A final review meeting in school, with the tutor, the participant "
  "and the headteacher, at which the participant would present a professional "
  "development plan for the following two years, ready for their performance management "
  "review.")
question(10, "Would headteachers value a review meeting of this kind?")

H("3.11  Proposal 11: Checking suitability to work with children", 2)
P("Most participants are employed teachers whose schools will already have checked them. "
  "We could rely on that, or check it ourselves.")
question(11, "Should the programme check each participant's enhanced CRB disclosure "
             "itself, or rely on the school's own single central record?")

H("3.12  Proposal 12: Equality of access", 2)
P("We are committed to equality of opportunity and want disabled teachers, and "
  "teachers from every background, to take part fully. An equality impact assessment "
  "of the programme will be carried out by Kelstone University before the first intake.")
question(12, "What would help disabled SENCOs, or SENCOs with caring responsibilities, to "
             "take part?")

H("3.13  Proposal 13: ICT and assistive technology", 2)
P("What we propose. The afternoon of Day 5 would be given to ICT for removing barriers "
  "to learning (symbol software, text-to-speech, visual timetables, recording tools), "
  "followed by a visit to Oxmere's Communication Aids Resource Centre to try out "
  "assistive technology.")
question(13, "Is this the right weight to give to ICT within a ten-day programme?")

# ------------------------------------------------------------------ Part D
H("Part D: What you told us and what we have decided")
P("The consultation closed on 13 February 2009. We received 186 responses: 121 from "
  "SENCOs, 38 from headteachers, 11 from authority staff, 9 from parents, carers and "
  "parent organisations and 7 from others, and around 90 people came to the four "
  "meetings. The Programme Board considered a full analysis on 26 February 2009 and took "
  "the decisions below. Kelstone University's validation event on 18 February 2009 "
  "approved the Postgraduate Certificate, subject to two conditions on the wording of "
  "learning outcomes, both met by 2 March 2009.")
table([
    ["Proposal", "What you told us", "Board decision", "Status"],
    ["1 Two routes", "Strong support (82%); many SENCOs in Oxmere and Dunholt asked for "
     "twilights.", "Route 1 and Route 2 will both run. There will be no online route in "
     "2009-10.", "Confirmed"],
    ["2 Start dates", "71% support; heads of small primaries keen on January.",
     "Intakes in September 2009 and January 2010.", "Confirmed"],
    ["3 Entry audit and plan", "Supported, but 60 statements too many.",
     "The audit is cut to 34 statements; the individual learning plan, agreed at the first "
     "tutorial and reviewed at the second and third, stays as proposed.", "Amended"],
    ["4 Prior learning", "Mixed; Kelstone's Registry advised that APEL against the "
     "national outcomes could not be assessed consistently in the first year.",
     "Option B. APCL of up to 30 credits for Kelstone's Level 7 module KIP7 Inclusive "
     "Practice, passed since 2006. Experience will be taken into account in the entry audit "
     "and tutorial planning but not accredited.", "Amended"],
    ["5 Assessment-only", "See note below.", "See note below.", "Withdrawn"],
    ["6 Placements", "Welcomed; but 29 heads said they could not fund two more days of "
     "supply cover.", "Placement days will be offered from 2010-11 if the authorities can "
     "fund supply cover.", "Deferred"],
    ["7 Pupils and parents", "Parent elements strongly supported. Heads raised consent and "
     "time for the pupil conversation.", "Day 6 and the parent meeting in Assignment 2 stay. "
     "The structured conversation with the pupil is removed from Assignment 2; participants "
     "may write about pupil participation in their portfolio.", "Amended"],
    ["8 Mentors", "Supported.", "The mentor twilight cannot be funded. A written mentor "
     "guide will be prepared over the summer; mentors may telephone the participant's tutor "
     "at any time.", "Amended"],
    ["9 Impact", "Audit repeat supported. Measuring pupils six months on seen as "
     "unrealistic by many SENCOs.", "The repeat audit is confirmed. A working group will "
     "advise on pupil measures, and on assessing assessment for learning, by June 2009.",
     "Partly confirmed"],
    ["10 After the award", "Heads liked it; tutor time not affordable.",
     "The review meeting will not take place. Participants will be sent information about "
     "Kelstone's MA.", "Withdrawn"],
    ["11 CRB", "Most responses said the programme should check.", "See note below.",
     "Confirmed"],
    ["12 Equality", "Requests for recorded sessions, large-print materials and Saturday "
     "childcare.", "Passed to Kelstone's equality impact assessment, to be completed before "
     "the first intake.", "Noted"],
    ["13 ICT", "Many heads asked for more on teaching assistants instead.",
     "The ICT afternoon and the visit to the Communication Aids Resource Centre will not run "
     "in 2009-10. The time becomes Twilight 1 on deploying and managing teaching assistants.",
     "Withdrawn"],
], [2.6, 4.7, 7.2, 2.0], size=8.5)

P("Note on Proposal 5.", bold=True)
P("The assessment-only route described in Proposal 5, which a number of support-service "
  "teachers and two special-school deputies told us they would use, and for which "
  "Kelstone's Registry had drafted a fee and a procedure, will, after much discussion at "
  "the Board, not go ahead in 2009-10. The University's regulations do not at present allow "
  "a postgraduate certificate to be awarded without registration for its modules.")
P("Note on Proposal 11.", bold=True)
P("Every head's nomination form must now confirm the date of the nominee's enhanced CRB "
  "disclosure as recorded on the school's single central record, and that the nominee is "
  "not barred from working with children (List 99) and is not subject to any current "
  "disciplinary process. The programme office checks each form and will not register an "
  "applicant without a completed confirmation. An applicant who has not worked in a "
  "school or college in a post with regular contact with children in the last three "
  "months must obtain a new enhanced disclosure through Kelstone University before "
  "starting.")
P("Note on evaluation.", bold=True)
P("Several authority officers asked how they would take part in evaluating the "
  "programme. We would like the authorities, heads and the Parent Carer Forum to be "
  "involved in evaluation as well as in teaching, and the Programme Board will consider "
  "how at its first meeting.")
P("What happens next.", bold=True)
P("Recruitment for the September 2009 intake opens on 20 April 2009. Annexes 1 to 3 below "
  "show the programme as it now stands.")

# ------------------------------------------------------------------ Annex 1
H("Annex 1: Programme outline (updated March 2009)")
p = P("Study days run 9.30 am to 3.30 pm (Route 1) or as two twilights or one Saturday "
      "(Route 2). Twilights run 4.15 to 6.15 pm for both routes. Tutorials are 45 minutes, "
      "after Days 2, 5 and 8, in school or by telephone.")
table([
    ["Session", "Content", "Led by"],
    ["Day 1", "Raising achievement: the SENCO and the five Every Child Matters outcomes for "
     "pupils with SEN and disabilities; Removing Barriers to Achievement (2004); the role "
     "in the Code of Practice (paras 5.30 and 6.32); gaining the support of the head and "
     "senior team; using research to improve practice; the audit, the assignments and "
     "study at Level 7.", "Mark Threlfall, Dr Pask"],
    ["Day 2", "The law and the Code: Education Act 1996 Part 4, SENDA 2001, the SEN Code of "
     "Practice (2001), statutory assessment and annual review; the Disability "
     "Discrimination Acts 1995 and 2005, the disability equality duty and accessibility "
     "plans; the Lamb Inquiry (in progress).", "Dr Pask, Carol Venn"],
    ["Day 3 (strands)", "Areas of need I: speech, language and communication needs and the "
     "Bercow Review (2008); dyslexia and specific learning difficulties, with the Inclusion "
     "Development Programme; autistic spectrum disorders.",
     "Priya Deshmukh, Joanne Kettlewell, Fellbridge SaLT service"],
    ["Day 4 (strands)", "Areas of need II: behavioural, emotional and social difficulties; "
     "moderate learning difficulties. Identifying need through classroom observation, data "
     "and assessment; using reports from educational psychologists, therapists and "
     "advisory teachers; setting targets, planning and reviewing interventions; making and "
     "recording decisions when the evidence conflicts.",
     "Tom Ridsdale, Joanne Kettlewell, Oxmere EP service"],
    ["Day 5", "Teaching and learning: quality first teaching, personalised learning and the "
     "three waves of intervention; the Progression Guidance 2008-09; weighing the evidence "
     "for interventions (Brooks, 2007); assessment for learning with pupils with SEN and "
     "how SENCOs can encourage colleagues to use it. (The ICT afternoon has been withdrawn: "
     "Part D, Proposal 13.)", "Priya Deshmukh, Dr Pask"],
    ["Day 6", "Pupils and families: gathering pupils' views, including pupils who do not use "
     "speech; pupils' part in setting and reviewing targets and in annual reviews; building "
     "fair and respectful relationships with pupils and parents; working with parents and "
     "carers.", "Dr Amadi, Dunholt parent partnership service and a parent"],
    ["Day 7", "Working with other services: educational psychology, speech and language "
     "therapy, CAMHS, social care, the sensory support services and voluntary organisations; "
     "the Common Assessment Framework and the lead professional; getting specialist support "
     "and resources.", "Carol Venn, Oxmere EP service"],
    ["Day 8", "Data, provision and self-evaluation: P scales, RAISEonline and tracking the "
     "progress of pupils with SEN through national tests and teacher assessment; provision "
     "mapping and costing, and finding provision that is not working; the school "
     "self-evaluation form and SEN; reviewing the effectiveness of provision with colleagues; "
     "working with governors on inclusion priorities.", "Mark Threlfall"],
    ["Twilight 1", "Deploying and managing teaching assistants (the DISS project, 2008).",
     "Tom Ridsdale"],
    ["Twilight 2", "Supporting colleagues: observing and giving feedback, coaching and "
     "mentoring, modelling, planning and leading staff training.", "Joanne Kettlewell"],
    ["Twilight 3", "Managing the role: priorities, time and delegation.", "Tom Ridsdale"],
    ["Twilight 4", "Keeping up to date: nasen, journals, networks, the National Strategies "
     "SEN web pages and the authorities' SENCO networks.", "Mark Threlfall"],
], [2.6, 10.4, 3.5], size=8.5)
p = P("Reading for each day is listed in the programme handbook. Day 3 draws on the "
      "Bercow Review and Day 2 on Ofsted's reports on inclusion.")
footnote(p, "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and "
         "Young People (0-19) with Speech, Language and Communication Needs. DCSF.")
footnote(p, "Ofsted (2004) Special educational needs and disability: towards inclusive "
         "schools; Ofsted (2006) Inclusion: does it matter where pupils are taught?")
footnote(p, "Blatchford, P. et al. (2008) Deployment and Impact of Support Staff in "
         "Schools: Report on findings from the second national questionnaire survey. DCSF.")

# ------------------------------------------------------------------ Annex 2
H("Annex 2: Assessment")
P("KSE701 is assessed by Assignments 1 and 2 (each 50%); KSE702 by Assignment 3 "
  "(100%). Each assignment is marked against the University's Level 7 criteria and the "
  "criteria below, and must be passed at 50%.")
P("Assignment 1: The SEN policy in practice (4,000 words).", bold=True)
P("A critical review of the school's SEN policy, its accessibility plan and its practice "
  "against the SEN Code of Practice, SENDA 2001 and the duties of the Disability "
  "Discrimination Acts, drawing on research and inspection evidence and on advice from "
  "outside the school, with recommendations for improving the participant's own and "
  "colleagues' practice. Criteria: accurate knowledge of the law and guidance and what "
  "they require of the school; knowledge of disability equality duties and the actions "
  "they require; critical use of research and best practice; clear, well-organised "
  "writing; the difference the recommendations would make for pupils.")
P("Assignment 2: A pupil case study (4,000 words).", bold=True)
P("For one pupil with SEN and/or disabilities: identification of needs from classroom "
  "observation, the school's data and assessments and the reports of other professionals; "
  "the pupil's needs set against a critical overview of the main areas of need (BESD, "
  "specific learning difficulties including dyslexia, SLCN, ASD and MLD); challenging "
  "targets; an intervention of six to ten weeks, planned, carried out and reviewed; a "
  "critical evaluation of the approaches, strategies and resources used; at least one "
  "meeting with the parents or carers, with notes, and an account of how the relationship "
  "with the pupil and family was built; work with at least one other service or voluntary "
  "organisation; a decision log recording the three most important decisions made about "
  "the pupil's provision, the evidence weighed and how problems were anticipated and "
  "resolved; and an evaluation of the outcome for the pupil against the relevant Every "
  "Child Matters outcomes.")
P("Assignment 3: Leading a change in provision (5,000 words and a 15-minute "
  "presentation).", bold=True)
P("A school-based development project chosen with the headteacher: a costed provision map "
  "that shows gaps and provision that is not working; a plan for deploying and managing "
  "teaching assistants; a staff training session planned and led by the participant and "
  "observed by the school mentor, with follow-up coaching of one colleague; a review of the "
  "effectiveness of the school's SEN provision carried out with colleagues, written as a "
  "contribution to the school's self-evaluation form; and strategic priorities for "
  "inclusion, presented to the headteacher and a governor, whose written response is "
  "submitted with the assignment. Where the school's data allow, participants may add an "
  "optional section analysing the progress of pupils with SEN through national tests and "
  "teacher assessment. Criteria include the quality of the written analysis and of the "
  "presentation, and the evidence of the commitment of colleagues and senior leaders.")
P("Portfolio (formative, not graded).", bold=True)
P("Reflections after each session and school-based task, reviewed at tutorials.")
P("The award.", bold=True)
P("To receive the Postgraduate Certificate, participants must pass all three assignments, "
  "attend at least 80% of the study days and twilights, and submit the portfolio.")

# ------------------------------------------------------------------ Annex 3
H("Annex 3: Where the national minimum outcomes sit (updated March 2009)")
table([
    ["National outcome (our short title)", "Developed in", "Assessed for the award in"],
    ["Professional attributes", "", ""],
    ["Fair, respectful relationships with pupils and their parents or carers", "Day 6",
     "Assignment 2 (relationship with pupil and family; parent meeting)"],
    ["Gaining the commitment of colleagues, the head and senior leaders", "Day 1; Twilight 2",
     "Assignment 3 (presentation; head's and governor's response)"],
    ["Prioritising, managing time and delegating", "Twilight 3", "Portfolio (not graded)"],
    ["Anticipating and resolving problems; sound judgement", "Day 4",
     "Assignment 2 (decision log)"],
    ["Clear speech and writing; listening to others", "All sessions",
     "Assignment 1 (writing); Assignment 3 (presentation)"],
    ["Using research and outside advice to improve practice", "Days 1 and 5",
     "Assignment 1"],
    ["Keeping up to date; own CPD", "Twilight 4", "-"],
    ["Professional knowledge and understanding", "", ""],
    ["SEN law, the Code of Practice and their implications", "Day 2", "Assignment 1"],
    ["Every Child Matters", "Day 1", "Assignment 2 (outcome for the pupil)"],
    ["Disability equality law and the actions it requires", "Day 2",
     "Assignment 1 (accessibility plan)"],
    ["The main types of SEN and their effect on learning", "Days 3 and 4", "Assignment 2"],
    ["Approaches, strategies and resources for assessment, planning, teaching and learning",
     "Day 5 (ICT: see Part D, Proposal 13)", "Assignment 2"],
    ["School self-evaluation and improvement", "Day 8", "Assignment 3 (SEF contribution)"],
    ["Best practice and research", "Day 5", "Assignment 1"],
    ["External agencies and specialist support", "Day 7", "Assignment 2"],
    ["Professional skills", "", ""],
    ["Strategic development of inclusion with senior colleagues and governors", "Day 8",
     "Assignment 3"],
    ["Identifying need, setting targets, planning and reviewing interventions", "Day 4",
     "Assignment 2"],
    ["  - using other professionals' assessments", "Days 4 and 7", "Assignment 2"],
    ["  - tracking progress with summative data and national tests", "Day 8",
     "Assignment 3 (optional section)"],
    ["  - encouraging colleagues' formative assessment", "Day 5",
     "Portfolio (formative); the working group will advise (Part D, Proposal 9)"],
    ["  - access arrangements for tests and examinations",
     "Not part of the Award: the authorities' exams officers' briefings", "-"],
    ["Provision mapping; finding ineffective or missing provision", "Day 8",
     "Assignment 3"],
    ["Deploying and managing staff", "Twilight 1", "Assignment 3"],
    ["Supporting colleagues' professional development", "Twilight 2",
     "Assignment 3 (training session and coaching)"],
    ["Reviewing provision with colleagues for self-evaluation", "Day 8", "Assignment 3"],
    ["Involving pupils in planning and reviewing their provision", "Day 6",
     "Portfolio (pupil conversation removed from Assignment 2: Part D, Proposal 7)"],
    ["Liaising with parents and carers", "Day 6", "Assignment 2"],
    ["Working with other services and voluntary organisations", "Day 7", "Assignment 2"],
], [7.5, 3.8, 5.2], size=8.5)
t = doc.tables[-1]
for i, row in enumerate(t.rows):
    if row.cells[1].text == "" and i > 0:
        for c in row.cells:
            shade(c, "D9D9D9")
            for r in c.paragraphs[0].runs:
                r.bold = True

# ------------------------------------------------------------------ Annex 4
H("Annex 4: Response form")
P("Please return by Friday 13 February 2009 to: SENCO Award Consultation, the National "
  "Strategies Eastmarch Regional Team, c/o Harnby Professional Centre, or by e-mail to "
  "the consultation mailbox. Consultation meetings: Harnby 20 January, Oxmere 22 January, "
  "Dunholt 27 January, Fellbridge 29 January 2009 (all 4.30 pm).")
table([
    ["Your name", ""],
    ["Your role (SENCO / headteacher / LA officer / parent or carer / other)", ""],
    ["School, service or organisation", ""],
], [8, 8.5], header=False)
form_qs = [
    "Do you agree with Option B, a daytime route at two centres and a twilight and "
    "Saturday route?",
    "Would a January start be useful to your school?",
    "Is the entry audit manageable?",
    "Should experience count towards the award, as well as previous study?",
    "Is there demand for an assessment-only route?",
    "Would your school release a SENCO for two placement days?",
    "Do you agree with the proposals for involving pupils and parents?",
    "What would help mentors to support participants well?",
    "What measures of pupils' progress would be realistic?",
    "Would headteachers value a review meeting at the end?",
    "Should the programme check each participant's enhanced CRB disclosure itself?",
    "What would help disabled SENCOs, or SENCOs with caring responsibilities, to take part?",
    "Is this the right weight to give to ICT?",
]
rows = [["Question", "Yes / No / Not sure", "Comments"]]
for i, q in enumerate(form_qs, 1):
    rows.append(["%d. %s" % (i, q), "", ""])
table(rows, [9, 3, 4.5], size=8.5)
P("Thank you for taking part.", italic=True)

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
