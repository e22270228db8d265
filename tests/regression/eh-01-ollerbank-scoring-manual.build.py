"""Build eh-01-ollerbank-scoring-manual.docx (blind test application).

KIND OF DOCUMENT
  An assessment instrument's administration and scoring manual: "The Starting
  Point Profile for SENCOs (SPP-S): Administration and Scoring Manual, second
  edition, April 2009". The Behaviour and Attendance Service adapted the profile
  from the reintegration-readiness profile it uses for young people leaving its
  pupil referral unit. The partnership sends the manual whole as its
  application, with a short boxed note to the panel. Everything else is
  written for the profile's trained administrators ("you").

PROVIDER (invented)
  Ollerbank Metropolitan Borough Council, Children and Young People's Service,
  Behaviour and Attendance Service (BAS). It runs the Orchard Centre (the
  borough's pupil referral unit, Key Stages 3 and 4) and the BAS outreach team.
  It works in partnership with the University of Scarrowfield, Faculty of
  Education and Lifelong Learning. The award is a Postgraduate Certificate in
  Special Educational Needs Coordination (National Award), 60 credits at Level
  7, with modules SCA7101 and SCA7102. People: Paul Hesketh (Head of BAS),
  Dr Frances Ledgard (programme leader, University), Anita Ramsden (BAS lead
  teacher, outreach), Dr Colm Brennan (senior educational psychologist, who
  wrote the original readiness profile), Steve Marsden (head of the Orchard
  Centre), Janet Ogunleye (Parent Partnership), Dr Imogen Stannard (external
  examiner, Kirkholme University).

LAYOUT
  A title block, then a boxed note to the panel (a one-cell shaded table).
  A "Changes in the second edition" table (a version history) sits before a
  typed contents list. Parts 1-8 use Heading 1 and Heading 2 styles, with typed
  section numbers (1.1 ... 8.7) that collide with requirement ids: "2.3 How
  the programme is taught", "6.5 'Can I skip the course?'", "5.3 Confidence
  ratings". Administrator scripts ("SAY: ...") sit in shaded one-cell tables.
  Two real text boxes (DrawingML wps with a VML fallback) hold "Administrator's
  note" sidebars; the one on access carries real arrangements. There is a
  scoring-bands table and a units table. Appendix A is the item bank: 27 items
  in three strands, with columns "No.", "The SENCO...", "Developed in" and
  "Assessed for the award". The items give the national outcomes in the
  service's own words, never by code. Appendix B is a blank summary sheet with
  empty fields. The page header and the footer are not evidence; the footer
  says that administrators hold enhanced CRB disclosures.

TRAPS (requirement ids affected)
  - 2.3 not_met. The "fast-track assessment" of the first edition is withdrawn
    in the changes table. Section 6.5 answers "can I skip the course?" at
    length, and the negation comes only at the end of a long sentence ("...
    that is not something the profile, or the programme, can offer").
  - 6.K4 not_met. The first edition's child-development item was removed (see
    the changes table). Child development appears nowhere else.
  - 6.S2c not_met. The item bank has no item on formative assessment or
    encouraging colleagues' assessment for learning, and no unit covers it.
  - 1.9, 6.0 partially_met. Section 2.6 claims "every one of the national
    minimum outcomes is taught and assessed for the award, and the profile
    has an item for each". The item bank has 27 items, not 29, and several
    are not assessed for the award. The award rule is to pass the tasks and
    the portfolio.
  - Outcomes taught but not assessed for the award (partially_met):
    6.A3, 6.S2d and 6.S6 ("Learning log (formative, not marked)"), 6.A7
    ("Profile only": the end re-administration of the profile, which 1.4
    says is not an assessment for the award), 6.K7 ("To be confirmed by the
    Programme Board, June 2009"), 6.K3 ("Task 1, Option B only": one of two
    options), 6.S5 ("Portfolio: optional entry").
  - 5.8 partially_met. The careful inter-rater figures in 8.4 are about the
    profile, not the award (wrong context). For the award there is only
    "moderated in line with the University's Assessment Regulations
    (Programme Handbook, section 7)", a cross-reference to a document that was
    not sent.
  - 5.3 partially_met. The head's nomination form confirms that the applicant
    "has been checked in line with the school's safer recruitment
    procedures". Administrators do not see or record a disclosure, and
    nothing covers applicants not in a school post. The footer's "all
    administrators hold enhanced CRB disclosures" is about staff, and in a
    footer.
  - 5.6 partially_met. The BAS resource room and the University library are
    named. The assistive technology loan bank for Unit 6 is conditional ("if
    the Sensory Support Service can release it ... this has not been
    confirmed").
  - 2.5 not_met. Section 7.3 only hopes that a future edition will add a
    "next steps" conversation. At present participants just keep their end
    profile.
  - 1.3 partially_met. Section 2.2 says only that the units "draw on
    up-to-date research and inspection findings", with a placeholder left in
    ("[Frances to add the key references here - Lamb?]"). The unit table
    names law and guidance, not research.
  - 4.3 partially_met. Stakeholders deliver: the Orchard Voice student council
    co-leads Unit 5, Parent Partnership and a parent teach, heads and network
    leads mentor. Their part in evaluation is only hoped for ("we hope ...
    will in time sit on the Programme Board").
  - Met in unusual places: 3.1 (access arrangements partly in a text box,
    partly in 3.3), 2.1 and 5.2 (routing rules in Part 6), 2.2 (the ITP in
    6.4), 5.9 (7.2: confidence and competence gains, Task 2 baseline and
    follow-up measures, and the BAS data team's attendance and exclusion data
    for pupils with SEN in participants' schools), 4.1 and 4.2 (the survey and
    the changes it caused, partly in the changes table), 5.7 (8.3), 3.3 (the
    ScarLearn arrangements in 2.4).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "eh-01-ollerbank-scoring-manual.docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.header.paragraphs[0].text = (
        "SPP-S Administration and Scoring Manual - 2nd edition (April 2009) - "
        "for trained administrators")
    s.footer.paragraphs[0].text = (
        "(c) Ollerbank MBC Behaviour and Attendance Service 2009. Item "
        "descriptors may be copied by trained administrators only. All SPP-S "
        "administrators hold enhanced CRB disclosures.")

_shape_id = [100]
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office"')


def para(text="", bold=False, italic=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def runs(parts, style=None):
    """parts: list of (text, bold) pairs in one paragraph."""
    p = doc.add_paragraph(style=style)
    for text, b in parts:
        r = p.add_run(text)
        r.bold = b
    return p


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def boxed(paragraphs, fill="E8EEF4", first_bold=True):
    t = doc.add_table(rows=1, cols=1)
    t.style = doc.styles["Table Grid"]
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].text = ""
    for i, txt in enumerate(paragraphs):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        r = p.add_run(txt)
        if i == 0 and first_bold:
            r.bold = True
    doc.add_paragraph()
    return t


def table(header, rows, widths=None, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def _esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def text_box(title, paras, height_cm=5.0):
    """An inline DrawingML text box (wps) with a VML fallback, as Word writes it."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    cx = int(15.5 * 360000)
    cy = int(height_cm * 360000)

    def content():
        out = [f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_esc(title)}</w:t></w:r></w:p>']
        for t in paras:
            out.append(f'<w:p><w:r><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>')
        return "".join(out)

    xml = (
        f'<w:r {NS}>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
        f'<wp:docPr id="{sid}" name="Text Box {sid}"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFF6E0"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C07A00"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content()}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202_{sid}" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"/>'
        f'<v:shape id="TextBox{sid}" type="#_x0000_t202_{sid}" style="width:439pt;height:{height_cm * 28.35:.0f}pt" fillcolor="#fff6e0" strokecolor="#c07a00">'
        f'<v:textbox><w:txbxContent>{content()}</w:txbxContent></v:textbox></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


# ------------------------------------------------------------------ title block
para("Ollerbank Metropolitan Borough Council", bold=True, size=12)
para("Children and Young People's Service - Behaviour and Attendance Service (BAS)")
para("in partnership with the University of Scarrowfield, Faculty of Education and Lifelong Learning")
para()
para("THE STARTING POINT PROFILE FOR SENCOs (SPP-S)", bold=True, size=18)
para("Administration and Scoring Manual", bold=True, size=14)
para("Second edition, April 2009", size=12)
para("For trained administrators of the profile used on the Postgraduate Certificate in "
     "Special Educational Needs Coordination (National Award)", italic=True)
para()

boxed([
    "A note for the TDA approval panel",
    "We are sending you this manual, unaltered, as our application for approval to offer "
    "nationally accredited training for SENCOs. Part 2 "
    "describes the programme. Parts 3 to 7 show how we select, place, plan for and re-profile "
    "each participant. Part 8 covers quality, staff and partners. Appendix A shows, item by item, "
    "where each national outcome is developed and where it is assessed for the award.",
    "Where the manual says 'you', it means the administrator. We have not rewritten it for the panel.",
    "Paul Hesketh, Head of Behaviour and Attendance Service, Ollerbank MBC\n"
    "Dr Frances Ledgard, Programme Leader, University of Scarrowfield\n"
    "24 April 2009",
], fill="EAF1DD")

para("Changes in the second edition", bold=True, size=12)
table(
    ["What changed", "Why"],
    [
        ["Items cut from 40 to 27.",
         "The 23 SENCOs in the summer 2008 pilot told us that 40 items took over two hours and "
         "felt like an inspection. The Programme Board agreed the shorter set on 20 January 2009."],
        ["First-edition item 11 (\"Understands how children develop and what affects their "
         "development\") removed.",
         "Administrators found that it overlapped with the item on types of need, and pilot "
         "participants could rarely give evidence for it."],
        ["Item 20 (access arrangements for tests and examinations) added.",
         "Secondary SENCOs asked for it at the November 2008 consultation meeting: it was the "
         "part of the role that had caught most of them out in their first year."],
        ["Confidence rating added to every item (section 5.3).",
         "So that the re-administered profile shows change in confidence as well as in practice."],
        ["First-edition section 6.4, \"Fast-track assessment\", withdrawn.",
         "The University's validation panel (February 2009) did not approve it."],
        ["Administrator's half-day observation in school removed.",
         "Time. The evidence conversation (Part 4) replaces it."],
    ],
    widths=[7.0, 9.5],
)


# ------------------------------------------------------------------ Part 1
h1("Part 1  About the profile")
h2("1.1 What the profile is")
para("The Starting Point Profile for SENCOs (SPP-S) is a structured self-assessment followed by "
     "a professional conversation. It has 27 items in three strands: Strand A, How I work; Strand "
     "B, What I know; and Strand C, What I do. Each item describes something an effective SENCO "
     "does or understands, in plain words. The applicant rates each item before the conversation. "
     "You and the applicant then agree a band for each item (Not yet, Emerging, Established or "
     "Leading others) and the applicant gives a separate confidence rating. The result is the one-page summary sheet (Appendix B).")
h2("1.2 Where it came from")
para("The profile is adapted from the Orchard Readiness Profile (ORP). The BAS has used the ORP "
     "since 2004 to plan the return of young people from the Orchard Centre to mainstream school. "
     "Dr Colm Brennan, senior educational psychologist, wrote the ORP with the Orchard Centre "
     "staff. It is scored with the young person, their family and the receiving school, never "
     "about them. It looks first at what is going well, and its purpose is to plan support, not "
     "to sort people into those who are ready and those who are not. We kept those three "
     "principles when Anita Ramsden and Dr Frances Ledgard adapted it for SENCOs in spring 2008.")
para("The items were not written in an office. In June 2008 the BAS surveyed every SENCO in "
     "Ollerbank's 88 schools, and 61 replied. Three needs stood out. The first was pupils with SEN "
     "who were at risk of exclusion or missing school (named by 74% of respondents). The second was "
     "working with parents when relationships had broken down (58%). The third was making the "
     "case for SEN to senior leaders and governors (52%). The Headteachers' Behaviour and "
     "Attendance Partnership groups (primary and secondary) discussed the draft items in "
     "September 2008. Their main request was that the programme should leave SENCOs better able "
     "to lead colleagues, not only to manage casework. As a result, Strand C gives more weight to "
     "leading and deploying staff, attendance and exclusion risk run through the Task 2 enquiry, "
     "and Unit 5 is given over entirely to pupils and families. The November 2008 consultation "
     "meeting and the pilot changed the items again (see the changes table).")
h2("1.3 What the profile is for")
para("The profile has four uses, and you should be able to explain each of them to an applicant:")
bullets([
    "to decide, with the applicant and their headteacher, whether now is the right time to start "
    "the programme (section 6.2);",
    "to identify prior study and experience that may be recognised for credit (section 6.3);",
    "to build the participant's Individual Training Plan and personal outcomes (section 6.4);",
    "to measure change at the mid-point and the end, for the participant and for our evaluation "
    "of the programme (Part 7).",
])
h2("1.4 What the profile is not")
para("The profile is not an assessment for the award. A band of Leading others on an item does "
     "not exempt anyone from being assessed on that outcome, and no profile score contributes to "
     "a mark. Tell applicants this at the start of every conversation (see the script in 4.2). "
     "It is not an interview. Section 6.2 explains the "
     "rare occasions when we suggest waiting a year.")
h2("1.5 Who may administer the profile")
para("Only trained administrators, listed in section 8.2. To be one, you must have completed the "
     "one-day SPP-S administrator course, co-administered two profiles with an experienced "
     "administrator, and attended the termly standardisation meeting in the last twelve months.")

# ------------------------------------------------------------------ Part 2
h1("Part 2  The programme the profile serves")
h2("2.1 The award")
para("The Postgraduate Certificate in Special Educational Needs Coordination (National Award) "
     "was validated by the University of Scarrowfield's Faculty Validation Panel on 18 March 2009 "
     "and confirmed by Academic Board on 1 April 2009. It is an award at Level 7 (Master's level) "
     "of the Framework for Higher Education Qualifications, 60 credits, made up of two 30-credit "
     "modules: SCA7101 The SENCO, the Learner and the Law, and SCA7102 Leading Provision for "
     "Inclusion. The University makes the award. The credits can count towards the University's "
     "MA Inclusive Education. The programme is run jointly by the University and the BAS. "
     "Teaching is shared and the Programme Board is joint (section 8.1).")
h2("2.2 What the programme is for")
para("In Ollerbank, a pupil with SEN is four times as likely as other pupils to receive a "
     "fixed-term exclusion, and nearly three times as likely to be persistently absent. The programme's aim, and the measure we hold ourselves to, is that pupils with "
     "SEN and/or disabilities in participants' schools do better: that they make better progress, "
     "and are safer, healthier and happier, and more able to make a contribution and to move on "
     "well to the next stage. We mean all five Every Child Matters outcomes, not attainment alone. "
     "Everything else follows from that aim. Participants learn the law, the evidence and the "
     "skills to lead provision with colleagues, senior leaders and governors, with pupils and "
     "their parents and carers, and with other services. Every assessed task is carried out in "
     "the participant's own school and asks what difference it made for pupils.")
para("The units draw on up-to-date research and inspection findings. [Frances to add the key "
     "references here - Lamb?]")
h2("2.3 How the programme is taught")
para("The programme has eight taught units, each a full day (9.15 to 3.45), two placement days, "
     "three individual tutorials of 45 minutes, and directed work in school between units. "
     "Units 1 to 4 make up SCA7101 and Units 5 to 8 make up SCA7102, but all participants take "
     "Unit 5 early because Task 2 depends on it.")
table(
    ["Unit", "Title and main content", "Led by"],
    [
        ["1", "The SENCO, the law and the five outcomes. The Education Act 1996 Part IV; SENDA "
              "2001; the SEN Code of Practice (2001), including the graduated response, statutory "
              "assessment and annual reviews; the Children Act 2004 and Every Child Matters; "
              "Removing Barriers to Achievement (2004); the Education (Special Educational Needs "
              "Co-ordinators) (England) Regulations 2008; the 2008 guidance on exclusion from "
              "schools and PRUs. Reading and using research and inspection evidence.",
         "Dr Frances Ledgard; LA SEN Manager"],
        ["2", "Disability equality. The DDA 1995 and 2005, the disability equality duty, "
              "accessibility plans and schemes, and reasonable adjustments for pupils in class, "
              "on visits and in tests.",
         "University; Ollerbank Disability Forum"],
        ["3", "Knowing the learner I. Behavioural, emotional and social difficulties; attendance "
              "and what lies behind it; SEAL; speech, language and communication needs (with the "
              "speech and language therapy service).",
         "Anita Ramsden; BAS; NHS Ollerbank SLT"],
        ["4", "Knowing the learner II, in primary, secondary and specialist strands. Specific "
              "learning difficulties including dyslexia; autistic spectrum disorders; moderate "
              "learning difficulties; reading and using other professionals' assessments; "
              "access arrangements for Key Stage tests and GCSE (JCQ rules and deadlines).",
         "University; Educational Psychology Service"],
        ["5", "Listening to pupils and families. Consulting children and young people: "
              "interviews, person-centred reviews, visual and scaled methods, co-led with Orchard "
              "Voice, the Orchard Centre's student council. Working with parents and carers, "
              "including when trust has broken down, co-led by Janet Ogunleye (Parent "
              "Partnership) and a parent.",
         "BAS; Orchard Voice; Parent Partnership"],
        ["6", "Assessment, teaching and ICT. Identifying need from observation and data; targets "
              "and interventions; judging what works; P scales, RAISEonline and tracking; ICT to "
              "remove barriers (Clicker 5, Wordshark, text-to-speech, visual timetables).",
         "Dr Frances Ledgard; Dr Colm Brennan"],
        ["7", "Leading provision. Provision mapping and costing; deploying and managing teaching "
              "assistants; reviewing provision with colleagues; school self-evaluation and SEN; "
              "working with senior leaders and governors; managing the SENCO's own time.",
         "University; BAS; a serving head"],
        ["8", "Working with others. The roles of the Educational Psychology Service, CAMHS, "
              "speech and language therapy, social care, the Youth Offending Team and voluntary "
              "organisations (Ollerbank Autism Parents' Network, Home-Start Ollerbank); the CAF "
              "and the lead professional; coaching and supporting colleagues; keeping up to date "
              "and taking charge of your own CPD. Task 3 presentations.",
         "BAS; EP Service; guest speakers"],
    ],
    widths=[1.2, 11.3, 4.0],
)
para("Placements. Every participant spends two days on placement, arranged by the BAS. One day "
     "is at the Orchard Centre with the reintegration team, including a reintegration planning "
     "meeting. The other is chosen from Fernlea School (MLD and ASD), the Highfield Primary "
     "Speech and Language Base, the Sensory Support Service or a day with an educational "
     "psychologist. The choice follows the participant's Individual Training Plan.")
h2("2.4 Routes, timing and online study")
para("There are two intakes a year, in September and January. Each unit runs on the day route "
     "(Tuesdays at the Orchard Centre Training Base) and on the twilight route (two twilight "
     "sessions, 4.00 to 7.00, at the University's Ollerbank Learning Centre in the town centre). "
     "The content is the same, and participants may move between routes from unit to unit. The "
     "modules may be taken in one year or over two. After Unit 5, Units 6 to 8 may be taken in any "
     "order, so a participant who misses a unit through illness or an Ofsted inspection picks it "
     "up with the next intake.")
para("ScarLearn, the University's Blackboard site, holds every unit's materials and readings. "
     "Each tutor group has a discussion board, which its tutor moderates. Tutors reply to posts "
     "and e-mails within three working days. Between taught units there is a fortnightly online "
     "seminar, the Wednesday Hour (4.00 to 5.00, Elluminate Live), led by a tutor, with a "
     "recording for those who cannot join. Participants use the board to share drafts of "
     "intervention plans and to support one another between units. School mentors have their own "
     "area on ScarLearn with the mentor guide and the tutor's termly update. Headteachers get a "
     "termly e-mail bulletin from the Programme Leader.")
h2("2.5 Assessment for the award")
para("The award is assessed by three tasks and a portfolio. The pass mark for each is 50%.")
bullets([
    "Task 1 (SCA7101, 40%): Policy into practice, 4,000 words. A critical review of the school's "
    "SEN policy and practice against SEN law and the Code of Practice, drawing on research, "
    "inspection evidence and best practice, with recommendations. Participants add one further "
    "focus: Option A, the school's provision for one area of need; or Option B, the accessibility "
    "plan and disability equality scheme, reviewed against the DDA.",
    "Task 2 (SCA7101, 60%): Practice enquiry, 5,000 words. The participant works with one pupil or "
    "a small group at risk of exclusion, persistent absence or underachievement. They identify "
    "needs using the school's own assessments and the reports of other professionals, and set "
    "challenging targets. They plan, run and review an intervention of 6 to 10 weeks, with "
    "baseline and follow-up measures. They consult the pupil about the targets and the support, "
    "hold at least two meetings with the parents or carers (notes attached), and involve at least "
    "one other service or voluntary organisation. The write-up gives a critical account of the "
    "pupil's needs, set within an overview of the main types of SEN, and of the approaches, resources and ICT used. It justifies "
    "the decisions taken when things did not go to plan, and evaluates the result against the "
    "five outcomes.",
    "Task 3 (SCA7102, 70%): Leading provision. A costed provision map for the school that shows "
    "gaps and provision that is not working; an analysis of the school's summative data for "
    "pupils with SEN (Key Stage results, GCSE or P scales), showing how progress is tracked and "
    "what will change; and a plan for deploying and managing teaching assistants. The participant "
    "presents strategic priorities for inclusion to the head (or a senior leader) and a governor "
    "in 20 minutes. Both give written feedback, which is submitted with the task.",
    "Portfolio (SCA7102, 30%), with a 20-minute viva. Two entries are required: (i) a problem the "
    "participant anticipated or resolved about a pupil's provision, and the decision taken; and "
    "(ii) a record of taking advice from an outside professional and acting on it. An optional "
    "third entry may record a coaching cycle with a colleague. At the viva the participant "
    "discusses the entries and responds to questions.",
    "Learning log (formative, not marked). Entries after each unit, looked at in tutorials.",
])
para("Tasks are first marked by the personal tutor and moderated in line with the University's "
     "Assessment Regulations (Programme Handbook, section 7). The University's Examination Board "
     "confers the award when both modules have been passed.")
h2("2.6 The national outcomes")
para("Every one of the national minimum outcomes is taught and assessed for the award, and the "
     "profile has an item for each. Appendix A sets out the detail.")

# ------------------------------------------------------------------ Part 3
h1("Part 3  Before the profile conversation")
h2("3.1 Who is profiled")
para("Everyone who applies. An application is complete when we have: evidence of qualified "
     "teacher status; confirmation that the applicant is the SENCO of a school in Ollerbank or a "
     "neighbouring authority, or has been designated by the head to take up the role; and the "
     "head's nomination form. On the nomination form the head confirms release for the units and "
     "placements, names a mentor from the school's leadership team, and confirms that the applicant "
     "\"has been checked in line with the school's safer recruitment procedures\". The profile "
     "conversation is not a recruitment check. Administrators do not ask to see a disclosure and "
     "do not record one.")
h2("3.2 Booking and the pre-profile pack")
para("Within three weeks of the application the Programme Administrator books the conversation "
     "at the applicant's school and sends the self-rating booklet with the booking letter.")
h2("3.3 Access and adjustments")
para("The booking letter asks every applicant: \"Is there anything we should know, about a "
     "disability, a health condition or anything else, that would help us make the profile, the "
     "programme and its assessments work for you?\" The same question is asked again at the start "
     "of the conversation, because some people only tell you face to face. With the applicant's "
     "consent, anything disclosed is passed to the University's Disability Advisory Service. The "
     "Service agrees a Learning Support Plan covering taught units, placements, online study and "
     "assessment: for example extra time, alternative formats, a reader or scribe, or a viva in "
     "place of part of a written task. The plan is copied to the personal tutor and the placement "
     "host. Every venue we use, including both placement days, has step-free access and a hearing "
     "loop, and the Programme Administrator checks access for each placement before it is "
     "confirmed.")
text_box("Administrator's note: adjusting the profile itself", [
    "You must offer any of these without waiting to be asked twice: the booklet in large print or "
    "on coloured paper, or by e-mail for screen readers; the questions a week in advance; the "
    "conversation split into two shorter meetings; a BSL interpreter (book through the Council's "
    "interpreting service, two weeks' notice); a colleague or friend present; a quieter room.",
    "Never score someone down because an adjustment changed how they gave evidence.",
    "Unit 2 is co-led by the Ollerbank Disability Forum. Disabled teachers and governors speak "
    "about their own working lives, and the programme's promotional leaflet says that we welcome "
    "applications from disabled teachers and explains how to ask for adjustments. The Programme "
    "Board looks each year at applications, places and results by disability, ethnicity and "
    "gender, under the Race Relations (Amendment) Act 2000, the DDA 2005 and the Equality Act "
    "2006, and acts on any gap.",
], height_cm=7.5)

# ------------------------------------------------------------------ Part 4
h1("Part 4  Administering the profile")
h2("4.1 Overview")
para("There are four stages: (1) the applicant completes the self-rating booklet before you "
     "arrive; (2) the profile conversation, 60 to 75 minutes; (3) you score and complete the "
     "summary sheet within five working days; (4) you, the applicant and the head meet for 15 "
     "minutes to agree release, the mentor and what happens next.")
h2("4.2 Opening the conversation")
boxed([
    "SAY:",
    "\"Thank you for making the time. This is the start of your programme, not a test for it. "
    "Nothing we talk about today counts towards your award, and nobody is turned away because "
    "of how they rate themselves. We are going to look at 27 things that SENCOs do, starting "
    "with the ones you feel strongest on. For each one I'll ask what you have actually done, and "
    "we'll agree where you are now. At the end you'll have a one-page profile that you and your "
    "tutor will use to plan your programme. Is there anything that would make this easier for you?\"",
], fill="F2F2F2")
h2("4.3 Strengths first, then evidence")
para("Work strand by strand. In each strand, ask the applicant to pick the item they feel "
     "strongest on and start there. For each item use the same three questions: \"What have you "
     "done?\", \"What happened as a result, for pupils or colleagues?\", \"What would you do "
     "differently?\". Use the scaling line for confidence (section 5.3).")
h2("4.4 Things to avoid")
bullets([
    "Scoring the school instead of the person: a strong SEN department is not evidence that this "
    "applicant leads it.",
    "Promising credit, exemptions or routes that the programme does not offer (see 6.3 and 6.5).",
])
h2("4.5 The meeting with the head")
para("Show the head the summary sheet only with the applicant's agreement. Confirm release for "
     "the units and both placement days, confirm the mentor, and agree how the mentor will be "
     "released to meet the participant (at least three times a term). If you are going to "
     "recommend waiting (section 6.2), this is where it is discussed, never by letter alone.")

# ------------------------------------------------------------------ Part 5
h1("Part 5  Scoring")
h2("5.1 The four bands")
table(
    ["Band", "Description", "Typical evidence"],
    [
        ["1 Not yet", "Has not yet done this in the role, or only with close direction.",
         "\"I know the head does that.\""],
        ["2 Emerging", "Has done this once or twice, with support, and can say what happened.",
         "One example, recent, supported."],
        ["3 Established", "Does this routinely and independently, and can show the effect on "
                          "pupils or colleagues.", "Several examples; some outcome evidence."],
        ["4 Leading others", "Does this well and helps others to do it; could teach it.",
         "Examples of colleagues' practice changing."],
    ],
    widths=[3.0, 7.5, 6.0],
)
h2("5.2 The evidence rule")
para("A band must rest on something the applicant has done in the last two years, in any role. "
     "Knowledge items (Strand B) may rest on study, but ask how the knowledge has been used. If "
     "there is no evidence, the band is Not yet, whatever the self-rating says. Write one line of "
     "evidence for every band you record.")
h2("5.3 Confidence ratings")
para("For each item the applicant marks a point from 1 (not at all confident) to 5 (completely "
     "confident) on the scaling line. Record it separately. Never combine it with the band: the "
     "difference between the two is often the most useful thing on the sheet.")
h2("5.4 A worked example")
para("Item 21 (provision mapping). Mrs B's self-rating was 3. She keeps the map she inherited "
     "(interventions by year group, no costs or outcomes) but has not used it to stop anything. "
     "Band: 2, Emerging. Evidence line: \"Maintains inherited map; not yet used to judge or change "
     "provision.\" Confidence: 4. The gap between confidence and band is worth raising gently at "
     "the first tutorial.")

# ------------------------------------------------------------------ Part 6
h1("Part 6  Using the scores")
h2("6.1 The summary sheet")
para("The summary sheet (Appendix B) records, for each item, the band, the confidence rating and "
     "the evidence line. Copies go to the participant, the personal tutor and (with consent) the head.")
h2("6.2 Readiness for the programme")
para("We want everyone who starts to be able to meet every outcome by the end. If an applicant "
     "is Not yet on ten or more items, or on both item 8 (the law and the Code) and item 17 "
     "(identifying needs and planning interventions), you should recommend waiting for a later "
     "intake. Discuss it at the meeting with the head. Within ten working days the Programme "
     "Leader sends a letter setting out what to do first: usually two terms in the Ollerbank New "
     "SENCO Network, a term of fortnightly shadowing with a BAS outreach teacher, and a short "
     "reading list. She telephones the head to talk it through. A fresh profile is offered for "
     "the next intake. A low profile is never, on its own, a reason to refuse a place to someone "
     "who has just started in the role. The rule is about readiness, and the decision is always "
     "made with the head.")
h2("6.3 Recognising prior learning")
para("Where an applicant is Leading others on items and has certificated study at Level 7 within "
     "the last five years (for example an SEN module from another university), note it in the "
     "\"Prior learning\" box. The Programme Leader advises on a claim for accreditation of prior "
     "certificated learning (APCL) of up to 30 credits against SCA7101, made through the "
     "University's APL procedure. Applicants with substantial experience but no certificated "
     "study can make a claim for accreditation of prior experiential learning (APEL) against "
     "SCA7101. They do this through a portfolio mapped to the module outcomes, which the "
     "University's APL panel assesses (fee GBP 150). Credit is never given against SCA7102. "
     "Participants with APL credit still complete the Task 2 practice enquiry's pupil consultation "
     "and parent meetings as portfolio evidence, so that every outcome is assessed on this "
     "programme.")
h2("6.4 Building the Individual Training Plan")
para("At the first tutorial, in the participant's first three weeks, the participant and personal "
     "tutor use the summary sheet to choose four to six priority items. These become the "
     "participant's personal outcomes for the year. The Individual Training Plan (ITP) records the "
     "priority items and, for each, what the participant will do: which units to prepare for "
     "especially, which placement to choose, which reading, and which strand of Unit 4 (primary, "
     "secondary or specialist). It also records how the mentor will help, and the review dates. "
     "The ITP is copied to the mentor and reviewed at the second and third tutorials. The focus "
     "of the Task 2 enquiry is chosen from the priority items. Participants with five or more Not "
     "yet bands are offered two extra tutorials.")
para("This is how the programme is fitted to each person without making it dearer. The profile "
     "conversation replaces a separate interview. The BAS provides the Orchard Centre Training "
     "Base at no charge, and Ollerbank's Standards Fund pays GBP 500 of the GBP 1,250 fee for "
     "SENCOs in the borough's maintained schools. Tutorials, placements and the Task 2 focus "
     "follow the ITP rather than a fixed pattern.")
h2("6.5 \"Can I skip the course?\"")
para("Applicants who are Leading others on most items, often experienced teachers from support "
     "services or special schools, sometimes ask whether they could simply be assessed, as they "
     "have heard colleagues on other authorities' courses have been. It is a fair question. You "
     "should answer it honestly and warmly, pointing to what the profile has shown about their "
     "strengths, to the changes table at the front of this manual, to the APL arrangements in "
     "section 6.3 and to the University's regulations. But in this edition, whatever the "
     "profile shows, being assessed for the award without taking the programme is not something "
     "the profile, or the programme, can offer.")

# ------------------------------------------------------------------ Part 7
h1("Part 7  Re-administering the profile")
h2("7.1 When")
para("The profile is administered three times: at entry; at the mid-point, after the last "
     "SCA7101 unit; and at the end, within four weeks of the final task. The mid-point and end conversations take 45 minutes and use "
     "the same items, bands and scaling line.")
h2("7.2 What the end profile is used for")
para("For the participant, the end profile shows the change in practice and in confidence, item "
     "by item. For the programme, the Programme Board receives each year the anonymised changes "
     "in bands and confidence ratings for every item, across the cohort. These are read alongside "
     "two measures of what happened for pupils. First, the baseline and follow-up measures from "
     "every Task 2 enquiry: attendance, exclusions, reading or number scores, the Boxall Profile "
     "or the Strengths and Difficulties Questionnaire, as the enquiry requires. Second, the BAS "
     "data team's figures for the pupils on the SEN register in every participant's school. These "
     "cover attendance, fixed-term exclusions and progress at the end of each Key Stage, for the "
     "year before the participant started and each of the two years after, set against the "
     "borough average. These figures go to the Programme Board and to the Behaviour and "
     "Attendance Partnership each autumn.")
h2("7.3 After the end profile")
para("At present the participant keeps the end profile. We would like a future edition of this "
     "manual to add a \"next steps\" conversation at the end profile, to help participants decide "
     "what to work on after the award and take it to their performance management review. We "
     "have not yet worked out how this would be resourced.")

# ------------------------------------------------------------------ Part 8
h1("Part 8  Quality, people and partners")
h2("8.1 How we evaluate the programme")
para("The Programme Board (the Programme Leader, the Head of BAS, the LA SEN Manager and two "
     "personal tutors) meets termly. It draws on internal "
     "evidence: the profile changes and pupil measures in 7.2, unit evaluation forms, a "
     "mid-year focus group with each cohort, and the tutors' termly review of the learning logs "
     "and marks. It also draws on external evidence: the report of the external examiner, Dr "
     "Imogen Stannard of Kirkholme University, who samples every task and attends the "
     "Examination Board; the University's annual programme monitoring; and the BAS's own review "
     "by the Council's Children's Services Scrutiny Panel. Each summer the Board writes an action "
     "plan. The plan goes to the Faculty Quality Committee, and a \"You said, we did\" summary is "
     "given to the next cohort on its first day.")
h2("8.2 Administrators and tutors")
table(
    ["Name", "Role on the programme", "Background"],
    [
        ["Dr Frances Ledgard", "Programme Leader; personal tutor; administrator",
         "Senior Lecturer in Inclusive Education. Primary SENCO for eight years; PhD (2006) on "
         "teaching assistants and pupils with SLCN; current research with four Ollerbank schools."],
        ["Anita Ramsden", "Lead administrator; Units 3 and 5",
         "BAS Lead Teacher for Outreach. Fourteen years in BESD provision, five as deputy head "
         "of the Orchard Centre; MA in SEN; trains schools in restorative approaches."],
        ["Dr Colm Brennan", "Unit 6; administrator trainer",
         "Senior Educational Psychologist. Author of the Orchard Readiness Profile; chartered "
         "psychologist; leads the EP service's work on exclusion."],
        ["Steve Marsden", "Placement lead; Unit 8",
         "Headteacher of the Orchard Centre; NPQH; formerly SENCO in two secondary schools."],
        ["Mark Oyelaran", "Personal tutor; administrator",
         "Lecturer in Education, University; former secondary SENCO and advisory teacher for "
         "SpLD; OCR Diploma in SpLD; assessor for JCQ access arrangements."],
        ["Janet Ogunleye", "Unit 5 (parents and carers)",
         "Parent Partnership Coordinator, Ollerbank; ten years' casework with families of "
         "children with SEN."],
    ],
    widths=[3.4, 4.6, 8.5],
)
h2("8.3 Training and standardisation")
para("Administrators: the one-day administrator course, two co-administered profiles, and a "
     "termly standardisation meeting. At the meeting everyone scores the same two recorded "
     "conversations and discusses the differences. Where an administrator cannot decide between two "
     "bands, a named second administrator reviews the item. Tutors: a programme induction day each "
     "August and the Tutor Guide, which sets out the duties of personal tutors, unit leads and "
     "markers. School mentors: the Mentor Guide (on ScarLearn) and a half-day briefing at the "
     "Orchard Centre before each intake. The guide and the briefing cover the mentor's role "
     "description: meeting the participant at least three times a term, supporting the ITP, "
     "arranging access to data and meetings for the tasks, and confirming the Task 3 "
     "presentation. Ollerbank SENCO network leads act as second, \"distant\" mentors and attend "
     "the same briefing.")
h2("8.4 How reliable is the profile?")
para("In the summer 2008 pilot, two administrators independently scored 12 recorded "
     "conversations. They agreed on exactly the same band for 71% of items and were within one "
     "band for 96%. Agreement was lowest on Strand A. These figures are about the "
     "profile. They say nothing about the marking of the award, which is the University's.")
h2("8.5 Placements and specialist expertise")
para("The placements are described in section 2.3. Beyond the placements, participants meet "
     "specialists in the units: educational psychologists, speech and language therapists, a "
     "CAMHS primary mental health worker, the Sensory Support Service, the Youth Offending Team "
     "and the Parent Partnership. Every participant can ask for one consultation with an "
     "educational psychologist about their Task 2 enquiry.")
h2("8.6 Resources")
para("Participants can use the BAS resource room at the Orchard Centre, which holds behaviour, "
     "attendance and SEAL materials and assessment tools such as the Boxall Profile and the SDQ. "
     "They also have full University library and e-journal access through ScarLearn from "
     "enrolment. For the ICT session in Unit 6 we planned to borrow the Sensory Support "
     "Service's assistive technology loan bank, if the Sensory Support Service can release it "
     "for the unit days. This has not been confirmed.")
h2("8.7 Partners")
para("Stakeholders already shape and deliver the programme. The SENCO survey, the heads' "
     "partnership groups and the November consultation shaped it (section 1.2). Orchard Voice "
     "co-leads the pupil-consultation half of Unit 5, Janet Ogunleye and a parent lead the "
     "parents' half, and serving heads and SENCO network leads act as mentors. Schools, parents "
     "and young people do not yet have a part in evaluating it. We hope that headteachers, a "
     "parent and a member of Orchard Voice will in time sit on the Programme Board and take part "
     "in reviewing the programme each year.")

# ------------------------------------------------------------------ Appendix A
h1("Appendix A  The item bank")
para("Items are shown in brief. The full descriptors for each band are on the item cards. "
     "\"Developed in\" names the units, placements and tasks where the item is taught or "
     "practised. \"Assessed for the award\" names the task that assesses it.")

STRAND_A = [
    ["1", "Builds fair, respectful and supportive relationships with pupils with SEN and/or "
          "disabilities and with their parents or carers.", "Units 3 and 5; Orchard Centre placement",
     "Task 2 (pupil consultation and parent meetings)"],
    ["2", "Gains the commitment of colleagues, including the head and senior leaders, to better "
          "outcomes for pupils with SEN.", "Units 7 and 8", "Task 3 (presentation and written "
          "feedback from head and governor)"],
    ["3", "Prioritises, manages their own time and delegates, and checks that delegated work is "
          "done.", "Unit 7", "Learning log (formative, not marked)"],
    ["4", "Sees problems coming, resolves them, and makes sound, well-founded decisions about "
          "provision.", "Units 6 and 8", "Portfolio, required entry (i), and viva"],
    ["5", "Speaks and writes clearly, and listens to and understands the views of others.",
     "All units", "Task 1 (writing); Task 3 presentation; portfolio viva"],
    ["6", "Uses research evidence and outside advice to improve their own and colleagues' "
          "practice.", "Units 1 and 6", "Task 1; portfolio, required entry (ii)"],
    ["7", "Keeps up to date and takes charge of their own CPD on SEN and disability.", "Unit 8",
     "Profile only (end re-administration)"],
]
STRAND_B = [
    ["8", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for "
          "the school and how to put them into practice.", "Unit 1", "Task 1"],
    ["9", "Understands Every Child Matters and how the SENCO helps pupils towards the five "
          "outcomes.", "Unit 1", "Task 2 (evaluation against the five outcomes)"],
    ["10", "Knows the law on disability equality and what it requires the school to do.", "Unit 2",
     "Task 1, Option B only"],
    ["11", "Knows the main types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
           "MLD) and how each can affect learning.", "Units 3 and 4", "Task 2"],
    ["12", "Judges critically the approaches, strategies and resources, including ICT, for "
           "assessing, planning and teaching, and uses them to remove barriers.", "Unit 6",
     "Task 2"],
    ["13", "Understands school self-evaluation and improvement and how they bear on outcomes "
           "for pupils with SEN.", "Unit 7", "To be confirmed by the Programme Board (June 2009)"],
    ["14", "Knows current best practice and research on meeting SEN.", "Units 1 and 6", "Task 1"],
    ["15", "Knows what other services do and how to get specialist support and resources.",
     "Unit 8; placements", "Task 2 (involvement of another service)"],
]
STRAND_C = [
    ["16", "Works with senior colleagues and governors to shape an inclusive ethos, policy, "
           "priorities and the use of resources.", "Unit 7", "Task 3"],
    ["17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions "
           "and reviews progress.", "Units 3, 4 and 6", "Task 2"],
    ["18", "Uses other professionals' assessments to shape teaching.", "Units 4 and 8", "Task 2"],
    ["19", "Uses summative data, including national tests, to track progress and change "
           "programmes.", "Unit 6", "Task 3 (data analysis)"],
    ["20", "Identifies in good time the access arrangements pupils need for tests and "
           "examinations, and puts them in place.", "Unit 4", "Learning log (formative, not marked)"],
    ["21", "Uses provision mapping to plan provision and find what is missing or not working.",
     "Unit 7", "Task 3 (costed provision map)"],
    ["22", "Deploys and manages staff, including teaching assistants, well.", "Unit 7",
     "Task 3 (deployment plan)"],
    ["23", "Supports colleagues' development through observation and feedback, modelling, "
           "coaching and training.", "Unit 8", "Portfolio: optional entry"],
    ["24", "Reviews with other staff how well provision is working, to feed the school's "
           "self-evaluation.", "Unit 7", "Learning log (formative, not marked)"],
    ["25", "Makes sure pupils take part in planning, agreeing and reviewing their own provision.",
     "Unit 5", "Task 2 (pupil consultation)"],
    ["26", "Works with parents and carers to support their children's learning and development.",
     "Unit 5", "Task 2 (parent meetings)"],
    ["27", "Works with other services and voluntary organisations in a joined-up way.",
     "Unit 8; placements", "Task 2"],
]
for title, rows in [("Strand A - How I work", STRAND_A),
                    ("Strand B - What I know", STRAND_B),
                    ("Strand C - What I do", STRAND_C)]:
    para(title, bold=True)
    table(["No.", "The SENCO...", "Developed in", "Assessed for the award"], rows,
          widths=[1.0, 8.0, 3.5, 4.0])

# ------------------------------------------------------------------ Appendix B
h1("Appendix B  Profile summary sheet")
table(
    ["Field", "Entry"],
    [
        ["Participant", ""],
        ["School and head", ""],
        ["Administrator / second administrator", ""],
        ["Date of profile (entry / mid-point / end)", ""],
        ["Bands, confidence and evidence lines (items 1-27)", "see item grid overleaf"],
        ["Readiness (6.2): proceed / recommend waiting", ""],
        ["Prior learning (6.3): APCL / APEL to discuss", ""],
        ["Adjustments agreed (3.3)", ""],
        ["Priority items for the ITP (6.4)", ""],
        ["Signed (participant / administrator)", ""],
    ],
    widths=[7.0, 9.5],
)
text_box("Administrator's note: keeping the sheet safe", [
    "The summary sheet is personal data. Keep the original in the locked cabinet in the Orchard "
    "Centre training office, never in your car, and send copies by secure e-mail only.",
], height_cm=2.3)

doc.save(OUT)
print("wrote", OUT)
