"""Build ds-02-kingsferry-practice-guideline.docx (blind test application).

PROVIDER
  Kingsferry Community Health Services NHS Trust (invented), Children and
  Young People's Division: the Children's Integrated Therapy and Paediatric
  Service (speech and language therapy, occupational therapy, physiotherapy,
  community paediatrics). Runs the award jointly with Ellingford University
  (invented), School of Education and Childhood Studies, which validates and
  awards it. Award: Postgraduate Certificate in Special Educational Needs
  Coordination (National Award), 60 credits at Level 7, Module A and Module B.
  People: Dr Ruth Penhaligon (consultant community paediatrician, chair of the
  Guideline Development Group), Claire Whitcombe (consultant speech and
  language therapist, Programme Director), Amira Haddad (clinical lead OT),
  Dr Joanna Trelawney (Ellingford, Academic Lead), Paul Okafor (Kingsferry
  County Council SEN Manager), Lynne Barraclough (Kingsferry Parent Carer
  Forum), Denise Fairbrother (head teacher).

KIND OF DOCUMENT
  A clinical practice guideline written in the style of a NICE guideline, the
  way the Trust writes all its practice guidance ("Kingsferry Practice
  Guideline KPG 12"), submitted as the application: document control table,
  "About this guideline" (wording and grading of recommendations), a shaded
  "Key priorities for implementation" box, Scope (what it covers / does not
  cover), numbered recommendations 1.1.1 ... 1.10.5 in the imperative
  ("Offer", "Ensure", "Consider") with evidence grades [E] [L] [C], research
  recommendations R1-R4, an implementation section with audit criteria, a
  "How this guideline was developed" section with a stakeholder consultation
  table (comment / GDG response), and an appendix listing GDG membership.
  It is the final version sent for submission, but it still carries four
  Word comments and three tracked changes from the Trust's governance
  review, and it has footnotes.

LAYOUT / STRUCTURE TRAPS
  - Recommendation numbers collide with requirement ids: section 1.2 is entry
    and safeguarding, 1.3 learning needs analysis and prior learning, 1.4
    equality, 1.5 study pattern, 1.6 practice learning, 1.7 curriculum, 1.8
    assessment, 1.9 programme team; section 4.1-4.3 are the GDG, evidence and
    consultation. None of these is the requirement with that number.
  - "Consider" recommendations are optional by the guideline's own rule ("the
    programme team will decide locally whether to follow them").
  - Research recommendations are questions for the future, not arrangements.
  - Word comments (never evidence), tracked deletions (not part of the
    submission) and insertions (part of it), footnotes (part of it),
    header and footer (never evidence).

TRAPS (requirement ids affected)
  - 1.1 partially_met: the stated purpose (1.1.1) is children being "healthy,
    included, well"; raising achievement or learning appears in no aim.
  - 1.9, 6.0 partially_met: "Taken together, AC1 to AC3 assess every national
    minimum outcome" (Key priorities and 1.8.1) is a blanket claim; a
    comment ("Please confirm every outcome is assessed") is not evidence.
  - 2.1 partially_met: 1.3.4 only takes prior learning and experience into
    account in the learning plan; accreditation (RPL up to 20 credits) is
    mentioned only in a Word comment.
  - 2.3 not_met: only research recommendation R2 and the Educational
    Psychology Service's consultation comment, "Referred to research
    recommendation R2".
  - 3.1 met: rests partly on a tracked INSERTION in 1.4.1 (disclosure
    invitation), which is part of the submission.
  - 3.2 partially_met: one September intake, fixed order SB1-SB6, one year;
    a January intake only under "Consider" (1.5.3); two venues alternate.
  - 3.3 not_applicable: 1.5.4 "Deliver all teaching face to face"; online
    delivery requested by rural schools was "Not accepted".
  - 4.1 partially_met: needs evidence (4.2) is Trust referral data and
    therapists' views; "A survey of SENCOs' own training needs is planned".
  - 5.2 partially_met: entry criteria and nomination, but 1.2.2 "Accept every
    nominated teacher who meets 1.2.1" and the learning needs analysis is
    "planning, not selection": no check of readiness, no guidance for those
    not ready.
  - 5.3 met: 1.2.3 / 1.2.4 head teacher's confirmation of a current enhanced
    CRB disclosure recorded, and new disclosures through Trust HR under the
    three-month rule; the Governance Office comment doubting it is not part of
    the submission.
  - 5.4 partially_met: strong clinical team, but the University tutor who
    leads SB2 and SB6 is "[to be appointed]" (placeholder).
  - 5.5 partially_met: the placement recommendation 1.6.3 is a tracked
    DELETION; the inserted replacement is a "Consider" visit; specialist
    expertise only through Trust clinicians' teaching and practice educators.
  - 5.6 partially_met: associate-student library access only; the Trust's
    Assessment Resource Library and Communication Aids equipment "are for
    clinical use and cannot be lent to participants".
  - 5.8 met: second marking, moderation meeting, external examiner; the
    comment "EE not yet appointed" is not part of the submission.
  - 5.9 partially_met: confidence self-rating repeated (1.10.4), but pupil
    baseline measures only "Consider" (1.8.2) and long-term impact only R1.
  - Criterion 6:
      6.K3 partially_met: disability law taught in SB2; the words "and the
        duties of the Disability Discrimination Act 1995 and 2005" are a
        tracked DELETION from the AC1 brief, so it is not assessed.
      6.S2b partially_met: tracking with P scales, levels and Key Stage
        results taught in SB4, absent from every AC brief.
      6.A5, 6.A7, 6.S5 partially_met: only in the Practice Learning Record,
        "not graded and does not count towards the award".
      6.A3 not_met: absent.
      6.S2c not_met: absent.
      6.S2d not_met: Scope excludes access arrangements, "covered by
        Kingsferry County Council's SENCO Induction Network" (another
        provider); consultation response "Not accepted".
      6.S4 not_met: Scope excludes deploying and managing support staff
        (distant negation); research recommendation R4 only.
      The rest are met through SB1-SB6 plus the AC1-AC3 briefs in the
        Trust's own words.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ds-02-kingsferry-practice-guideline"
OUT = os.path.join(HERE, NAME + ".docx")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(4)
TEAL = RGBColor(0x00, 0x6B, 0x6B)
for hs, size in (("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 11)):
    s = doc.styles[hs]
    s.font.name = "Calibri"
    s.font.size = Pt(size)
    s.font.color.rgb = TEAL

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = (
    "Kingsferry Community Health Services NHS Trust  -  Practice Guideline KPG 12"
    "  -  FINAL v1.0 for submission")
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = (
    "KPG 12. Ratified by the Clinical Effectiveness Committee, 19 February 2009. "
    "Review due March 2011. Check the intranet for the current version.")

# ------------------------------------------------------------------ helpers
_ids = {"rev": 100}
FOOTNOTES = []
AUTH_GOV = "Governance Office"
DATE = "2009-02-24T14:30:00Z"


def next_id():
    _ids["rev"] += 1
    return str(_ids["rev"])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, part in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def para(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def footnote(paragraph, text):
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = paragraph.add_run()
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r._r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r._r.append(ref)
    return r


def rec(num, text, grade=None, note=None):
    """A numbered recommendation: bold number, text, grade in brackets."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.3)
    p.paragraph_format.first_line_indent = Cm(-1.3)
    r = p.add_run(num + "\t")
    r.bold = True
    body = p.add_run(text)
    if grade:
        p.add_run(" [" + grade + "]")
    if note:
        footnote(p, note)
    return p, body


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, kind, text):
    """Append a tracked insertion or deletion to paragraph p."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), next_id())
    el.set(qn("w:author"), AUTH_GOV)
    el.set(qn("w:date"), DATE)
    el.append(_run(text, deleted=(kind == "del")))
    p._p.append(el)


def mark_paragraph(p, kind):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    m = OxmlElement("w:" + kind)
    m.set(qn("w:id"), next_id())
    m.set(qn("w:author"), AUTH_GOV)
    m.set(qn("w:date"), DATE)
    rPr.append(m)
    pPr.append(rPr)


def plain(p, text, bold=False):
    r = p.add_run(text)
    r.bold = bold
    return r


def table(rows, widths=None, size=9.5, header_fill="D9EDED"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=size)
            if i == 0:
                shade(t.rows[i].cells[j], header_fill)
            if widths:
                t.rows[i].cells[j].width = Cm(widths[j])
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title
p = para("Kingsferry Community Health Services NHS Trust", bold=True, size=13)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p = para("Children and Young People's Division  |  Children's Integrated Therapy "
         "and Paediatric Service", size=9)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
para()
para("Practice Guideline KPG 12", bold=True, size=12)
para("Preparing teachers to coordinate provision for children with special "
     "educational needs: delivering the Joint SENCO Award", bold=True, size=18)
para("Full guideline. Submitted with Ellingford University to the Training and "
     "Development Agency for Schools as our application for approval to provide "
     "nationally accredited training for special educational needs coordinators.",
     italic=True)

table([
    ("Document control", ""),
    ("Reference", "KPG 12, version 1.0 (final for submission)"),
    ("Produced by", "KPG 12 Guideline Development Group (membership in Appendix A)"),
    ("GDG chair", "Dr Ruth Penhaligon, Consultant Community Paediatrician"),
    ("Programme Director", "Claire Whitcombe, Consultant Speech and Language "
     "Therapist"),
    ("Academic partner", "Ellingford University, School of Education and Childhood "
     "Studies (Academic Lead: Dr Joanna Trelawney)"),
    ("Qualification", "Postgraduate Certificate in Special Educational Needs "
     "Coordination (National Award), validated by Ellingford University on 4 "
     "February 2009 as an award of 60 credits at Level 7 (Master's level): Module "
     "A, Understanding Children and Need (30 credits), and Module B, Coordinating "
     "and Leading Provision (30 credits)"),
    ("Ratified", "Trust Clinical Effectiveness Committee, 19 February 2009"),
    ("Review date", "March 2011, or sooner if national requirements change"),
], widths=[4.0, 12.5])

# ------------------------------------------------------------------ about
h1("About this guideline")
para("The Trust writes its practice guidance in the form used by the National "
     "Institute for Health and Clinical Excellence. This guideline uses that form for "
     "something new for us: a course for teachers. It sets out how the Trust and "
     "Ellingford University deliver the Joint SENCO Award, and it is the document "
     "the programme team works to. Our speech and language therapists, occupational "
     "therapists, physiotherapists and paediatricians work with SENCOs in every "
     "school in the county. Helping SENCOs to coordinate good provision is, in our "
     "view, one of the most useful things a children's community health service "
     "can do.")
runin("Wording of recommendations.", "Recommendations that begin 'Offer', "
      "'Ensure', 'Arrange', 'Accept', 'Assess' or another direct verb describe what "
      "the programme does. Recommendations that begin 'Consider' are made where the "
      "evidence is weaker or resources are uncertain; the programme team will decide "
      "locally whether to follow them.")
runin("Grading.", "Each recommendation carries the grade of the evidence behind it: "
      "[E] published research or inspection evidence; [L] local evaluation evidence, "
      "mostly from the Trust's earlier courses for school staff; [C] consensus of the "
      "Guideline Development Group.")

# key priorities box
kp = doc.add_table(rows=1, cols=1)
kp.style = "Table Grid"
c = kp.rows[0].cells[0]
shade(c, "EAF4F4")
cell_text(c, "Key priorities for implementation", bold=True)
for t_ in [
    "Start from the child: every assessed component asks what changed for a "
    "child or group of children in the participant's own school (1.1.2).",
    "Agree an Individual Learning Plan with every participant, built on a learning "
    "needs analysis against the national minimum outcomes (1.3.1 to 1.3.3).",
    "Give every participant a practice educator: a Trust clinician who knows their "
    "school (1.6.1).",
    "Teach the child's voice with the methods our therapists use with children who "
    "have little or no speech (1.7.1, SB5).",
    "Assess through three summative components, AC1 to AC3. Taken together, AC1 to "
    "AC3 assess every national minimum outcome (1.8.1).",
    "Review the programme every year with the Award Reference Group, which includes "
    "head teachers, the County Council and the Parent Carer Forum (1.10.3).",
]:
    q = c.add_paragraph(style="List Bullet")
    q.add_run(t_)
doc.add_paragraph()

h1("Scope")
runin("Who the guideline is for.", "The programme team (Trust clinicians and "
      "University tutors), practice educators, head teachers who nominate "
      "participants, and participants themselves.")
runin("What it covers.", "Entry and selection; learning needs analysis and "
      "individual learning plans; equality and access; the study pattern; practice "
      "learning; the curriculum; assessment and the award; the programme team; "
      "evaluation.")
runin("What it does not cover.", "The referral criteria of the Trust's own therapy "
      "services (see KPG 3). The deployment and line management of teaching "
      "assistants and other support staff, which are matters for each school's "
      "leadership. Access arrangements for national tests and examinations, which "
      "are covered by Kingsferry County Council's SENCO Induction Network, which all "
      "new SENCOs in the county attend; they are not repeated in the award.")

# ------------------------------------------------------------------ recommendations
h1("1  Recommendations")

h2("1.1  The purpose of the award")
rec("1.1.1", "Keep the purpose of the award in view in every part of the programme: "
    "that children and young people with special educational needs and disabilities "
    "in participants' schools are healthier, take a full part in the life of their "
    "school and feel well, or, as the Trust's Children's Health Strategy 2008-2013 "
    "puts it, 'healthy, included, well'.", "C")
rec("1.1.2", "Set every assessed component in the participant's own school, and ask "
    "in each what changed for a child or group of children as a result of the "
    "participant's practice.", "C")

h2("1.2  Entry, selection and safeguarding")
rec("1.2.1", "Accept applications from qualified teachers who are the SENCO of "
    "their school or have been designated by the head teacher to become SENCO by "
    "the start of the course. Ask the head teacher to complete a nomination form "
    "that agrees release for the study days and half a day a month for practice "
    "learning.", "C")
rec("1.2.2", "Accept every nominated teacher who meets 1.2.1. Do not use the "
    "learning needs analysis to select participants: its purpose is planning, not "
    "selection.", "C")
p, body = rec("1.2.3", "Ask the head teacher to confirm on the nomination form that "
              "the applicant holds a current enhanced Criminal Records Bureau "
              "disclosure and has been checked against List 99, and to give the "
              "disclosure date and number. The Learning and Development Team records "
              "these before a place is confirmed.", "C")
doc.add_comment(body, text="We never see the disclosure itself. Is the head's "
                "confirmation enough for the TDA? Suggest we ask before "
                "submission.", author=AUTH_GOV, initials="GO")
rec("1.2.4", "Where an applicant has not worked in a school or college in a post "
    "with regular contact with children in the last three months, arrange a new "
    "enhanced disclosure through the Trust's Human Resources department before the "
    "first study day.", "C")

h2("1.3  Learning needs analysis, learning plans and prior learning")
rec("1.3.1", "Ask every participant to complete the SENCO Learning Needs Analysis "
    "before the first study day. It lists each national minimum outcome in plain "
    "words, and the participant rates their current practice and knowledge against "
    "it and notes the evidence.", "L",
    note="Adapted from the learning needs analysis the Trust uses for newly "
    "qualified therapists, which our 2007 evaluation found useful when it was "
    "discussed with a supervisor and of little use when it was not.")
rec("1.3.2", "At the first practice learning meeting, with the practice educator "
    "and the University tutor, test the ratings against the evidence and agree an "
    "Individual Learning Plan: the outcomes the participant will concentrate on, "
    "their AC2 focus child and AC3 project, and the practice learning activities "
    "they will do. Record the priority outcomes as the participant's personalised "
    "outcomes.", "C")
rec("1.3.3", "Review the Individual Learning Plan at the mid-point, using the "
    "evidence gathered so far, and change it where the first ratings prove "
    "mistaken.", "C")
p, body = rec("1.3.4", "Take account of participants' prior learning and "
              "experience when agreeing the Individual Learning Plan, for example by "
              "agreeing fewer practice learning activities for outcomes already "
              "well evidenced.", "C")
doc.add_comment(body, text="Registry confirms that recognition of prior learning "
                "of up to 20 credits is possible under Regulation 7.4 for "
                "certificated Level 7 study. Do we want to say so here?",
                author="Joanna Trelawney", initials="JT")

h2("1.4  Equality and access")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.3)
p.paragraph_format.first_line_indent = Cm(-1.3)
plain(p, "1.4.1\t", bold=True)
tracked(p, "ins", "Invite applicants, on the application form and again at the start "
        "of each study block, to tell the programme team in confidence about any "
        "disability or health condition, so that reasonable adjustments can be "
        "agreed before they are needed. ")
plain(p, "Make reasonable adjustments in teaching, practice learning and "
      "assessment: for example materials in alternative formats, extra time, rest "
      "breaks, British Sign Language interpreters and a hearing loop, and accessible "
      "venues and parking. [C]")
rec("1.4.2", "Ask the Trust's Equality and Diversity Lead to check the publicity, "
    "application form and participant handbook before each intake, and state in "
    "all publicity that disabled teachers are welcome and how to ask for "
    "adjustments.", "C")
rec("1.4.3", "Monitor applications, offers and results by disability, ethnicity "
    "and gender, and report them in the annual programme review (1.10.3), in line "
    "with the Trust's duties under the Disability Discrimination Act 1995 as "
    "amended, the Race Relations (Amendment) Act 2000 and the Equality Act "
    "2006.", "C")
rec("1.4.4", "Include disabled adults among the people who teach on the programme, "
    "including parent co-trainers from the Parent Carer Forum.", "C")

h2("1.5  Study pattern")
p, _ = rec("1.5.1", "Offer eight full study days and four twilight sessions over one "
           "academic year, September to July, with the study blocks in the order SB1 "
           "to SB6.", "L",
           note="The fee for 2009-10 is £1,250. Kingsferry County Council pays £400 "
           "towards the fee of each participant from a maintained school. The Trust "
           "gives clinical teaching time and rooms at no charge, so the fee is below "
           "the University's standard rate for 60 credits at Level 7.")
rec("1.5.2", "Hold study days alternately at Kingsferry Education Centre and at "
    "Fenside Health Centre, so that schools in the rural south of the county travel "
    "no more than half of the days.", "C")
rec("1.5.3", "Consider a second intake in January when 12 or more eligible "
    "applicants are waiting.", "C")
rec("1.5.4", "Deliver all teaching face to face.", "C")
rec("1.5.5", "Teach the afternoons of SB3 and SB4 in primary and secondary groups, "
    "so that examples and casework fit each participant's phase.", "L")

h2("1.6  Practice learning")
rec("1.6.1", "Give every participant a practice educator: a senior Trust clinician "
    "already linked to the participant's school. The practice educator meets the "
    "participant in school at least twice a term, reviews the Practice Learning "
    "Record and helps the participant apply each study block in their own "
    "school.", "L")
rec("1.6.2", "Link practice learning to each study block: for example, after SB5 "
    "the participant gathers the views of two children using a method taught on "
    "the day, and discusses what they learned with the practice educator.", "C")
# deleted recommendation (tracked deletion of the whole paragraph)
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.3)
p.paragraph_format.first_line_indent = Cm(-1.3)
mark_paragraph(p, "del")
tracked(p, "del", "1.6.3\tArrange for every participant a half-day placement at "
        "Kingsferry Child Development Centre, shadowing a multidisciplinary "
        "assessment, and a half-day with the community paediatric team. [L]")
# inserted replacement
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.3)
p.paragraph_format.first_line_indent = Cm(-1.3)
mark_paragraph(p, "ins")
tracked(p, "ins", "1.6.3\tConsider arranging a visit to a specialist setting where "
        "the participant's school and the setting can agree it. [C]")

h2("1.7  Curriculum")
rec("1.7.1", "Organise the taught curriculum in six study blocks, SB1 to SB6, as "
    "follows. Module A is SB1 to SB3; Module B is SB4 to SB6.", "C")
runin("SB1 Children first: development, health and well-being.", "Typical "
      "development of communication, movement, thinking and social and emotional "
      "skills from birth to 19; how special educational needs, disability, illness, "
      "family circumstances and the physical and social environment of the classroom "
      "can affect development; the five Every Child Matters outcomes and the Children "
      "Act 2004, and what the SENCO can do towards each; the Common Assessment "
      "Framework. Taught by Dr Penhaligon and Amira Haddad.")
p = runin("SB2 The legal and policy frame.", "Part IV of the Education Act 1996, the "
          "Special Educational Needs and Disability Act 2001 and the SEN Code of "
          "Practice (2001): the graduated response, statutory assessment, statements "
          "and annual reviews, and what they mean for the school, the SENCO and "
          "others; the Disability Discrimination Act 1995 as amended in 2005, the "
          "Disability Equality Duty and accessibility planning; Removing Barriers to "
          "Achievement (2004), the Inclusion Development Programme (2008) and the "
          "Bercow Review (2008) with the government's Better Communication Action "
          "Plan.")
footnote(p, "Bercow, J. (2008) The Bercow Report: a review of services for children "
         "and young people (0-19) with speech, language and communication needs. "
         "Nottingham: DCSF.")
runin("SB3 Understanding need.", "Speech, language and communication needs; "
      "autistic spectrum disorders; specific learning difficulties, including "
      "dyslexia and developmental coordination disorder; behavioural, emotional and "
      "social difficulties; moderate learning difficulties; sensory and physical "
      "impairments and complex health needs; how each can affect learning and "
      "participation; reading and using the reports of therapists, educational "
      "psychologists, advisory teachers and paediatricians. Taught by the Trust's "
      "clinical leads with the Educational Psychology Service.")
runin("SB4 From assessment to intervention.", "Identifying children who may have "
      "special educational needs from classroom observation, the school's data and "
      "screening; setting challenging targets; planning interventions that remove "
      "barriers; reviewing progress; tracking progress with P scales, National "
      "Curriculum levels and Key Stage test results; a critical look at approaches, "
      "strategies and resources for assessment, planning and teaching, including ICT, "
      "symbol software and augmentative and alternative communication; judging the "
      "evidence for an intervention.")
runin("SB5 Working together: children, families and agencies.", "Hearing the "
      "child's voice with methods suited to each child, including Talking Mats, "
      "visual scales and person-centred reviews, and involving children in planning, "
      "agreeing and reviewing their provision; building fair, respectful and "
      "constructive relationships with parents and carers, and difficult "
      "conversations; communicating clearly in speech and writing, listening and "
      "checking understanding, and writing reports families can read; the scope and "
      "role of the Trust's services, the Educational Psychology Service, CAMHS, "
      "social care, Connexions and voluntary organisations, how to get specialist "
      "support and resources, and the Team Around the Child. Co-taught with parent "
      "co-trainers from the Kingsferry Parent Carer Forum.")
runin("SB6 Leading and improving provision.", "Working with the head teacher, "
      "senior leaders and governors on the school's inclusive ethos, SEN policy and "
      "use of resources, and winning colleagues' commitment; provision mapping and "
      "costing, and finding provision that is missing or not working; reviewing the "
      "effectiveness of provision with colleagues and using the findings in the "
      "school's self-evaluation form and improvement plan; supporting colleagues by "
      "observing and giving feedback, modelling, coaching and leading staff "
      "training; using research evidence and external advice to improve one's own "
      "and colleagues' practice; professional reasoning and decision-making; keeping "
      "up to date and planning one's own continuing professional development.")
p = para("Evidence to recommendations: the Trust's 'Talking Together in Schools' "
         "course for school staff (2006 to 2008) showed that school staff valued "
         "clinicians' teaching most when it was tied to children they knew.", italic=True)
footnote(p, "Talking Together in Schools ran from 2006 to 2008 for 118 teachers and "
         "teaching assistants. It was not accredited and has now ended. Its "
         "evaluation (questionnaires and two focus groups) is summarised in Trust "
         "report CYP/08/14.")
rec("1.7.2", "Draw on current research and inspection evidence in every block, "
    "including Ofsted's reports on provision for pupils with special educational "
    "needs, and review every block's reading list each year.", "E",
    note="Ofsted (2004) Special educational needs and disability: towards inclusive "
    "schools. HMI 2276. Ofsted (2006) Inclusion: does it matter where pupils are "
    "taught? HMI 2535. The evidence submitted to the Lamb Inquiry on parental "
    "confidence will be added when it is published.")

h2("1.8  Assessment and the award")
p, body = rec("1.8.1", "Assess participants through three summative components, "
              "each marked by University tutors against published criteria at "
              "Level 7. Taken together, AC1 to AC3 assess every national minimum "
              "outcome.", "C")
doc.add_comment(body, text="Please confirm every outcome is assessed before this "
                "goes to the TDA.", author=AUTH_GOV, initials="GO")
# AC1 with a tracked deletion
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.3)
plain(p, "AC1 Evidence review (Module A, 3,000 words). ", bold=True)
plain(p, "The participant critically reviews the school's SEN policy and practice "
      "against the SEN Code of Practice (2001)")
tracked(p, "del", " and the duties of the Disability Discrimination Act 1995 and 2005")
plain(p, ", drawing on research and inspection evidence about one area of need, "
      "placed among the main areas of need, and recommends changes with reasons. "
      "Marking criteria: accurate knowledge of the law and the Code and what they "
      "mean for the school; critical use of research and best practice; use of "
      "external advice to improve the participant's own and colleagues' practice; "
      "understanding of the area of need and how it affects learning.")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.3)
plain(p, "AC2 Child-centred case study (Module B, 4,000 words). ", bold=True)
plain(p, "For one child: the child's developmental and health history and how it "
      "bears on their learning; how the child's needs were identified, using the "
      "school's data and the assessments of other professionals; challenging "
      "targets and an intervention of six to ten weeks, planned and reviewed; a "
      "critical evaluation of the approaches, resources and ICT used; how the child's "
      "views were gathered and how the child took part in planning and reviewing the "
      "provision; the work with the parents or carers, with notes of at least one "
      "meeting, and how a constructive relationship with the child and family was "
      "built; the agencies involved and how specialist support was obtained and "
      "coordinated; and the child's progress across the five Every Child Matters "
      "outcomes.")
p = doc.add_paragraph()
p.paragraph_format.left_indent = Cm(1.3)
plain(p, "AC3 Improvement project (Module B, 3,500 words). ", bold=True)
plain(p, "With colleagues, the participant reviews the effectiveness of provision "
      "for a group of children using a costed provision map, identifies provision "
      "that is missing or not working, and relates the findings to the school's "
      "self-evaluation and improvement plan. The participant puts proposals for the "
      "school's inclusive ethos, policy and use of resources to the head teacher and "
      "governors; the head teacher's written response, showing what was agreed, is "
      "submitted with the project. The report explains the decisions taken, the "
      "problems foreseen and how they were resolved.")
rec("1.8.2", "Consider asking participants to record baseline measures for the "
    "children in AC2 and AC3 and to report the change at the end.", "C")
rec("1.8.3", "Ask every participant to keep a Practice Learning Record: a log of "
    "practice learning activities, including coaching a colleague or leading a staff "
    "training session, presenting to the senior leadership team, and a continuing "
    "professional development log. The practice educator reviews it with the "
    "participant each half-term. It is formative: it is not graded and does not "
    "count towards the award.", "C")
rec("1.8.4", "Recommend the award only to participants who have passed AC1, AC2 "
    "and AC3 at 50% or above. Do not allow compensation between components.", "C")
p, body = rec("1.8.5", "Ensure that all AC1 to AC3 scripts are first-marked by a "
              "University tutor and that a 25% sample, plus every fail and every "
              "mark of 70% or above, is second-marked blind by a Trust clinical "
              "lead; hold a moderation meeting of all markers before results go to "
              "the Board of Examiners. The University appoints an external examiner "
              "for the award, who reviews a sample of every component and attends "
              "the Board.", "C")
doc.add_comment(body, text="EE not yet appointed. Registry expects the nomination "
                "to go to Senate in June.", author="Ruth Penhaligon", initials="RP")
rec("1.8.6", "On the last study day, support every participant to write a Next "
    "Steps Plan with two or three professional targets for the following year, "
    "using the programme's template, to discuss with their head teacher at their "
    "performance management review.", "L")

h2("1.9  The programme team")
rec("1.9.1", "Ensure each study block is led by a tutor with current specialist "
    "knowledge of its content, as follows.", "C")
table([
    ("Name", "Role", "Background"),
    ("Claire Whitcombe", "Programme Director; leads SB5; practice educator",
     "Consultant speech and language therapist (HPC registered); 20 years with "
     "children and schools; MSc; Talking Mats trainer."),
    ("Dr Ruth Penhaligon", "GDG chair; leads SB1 and SB3",
     "Consultant community paediatrician; medical adviser to the County Council on "
     "statutory assessment."),
    ("Amira Haddad", "Leads SB4; practice educator", "Clinical lead occupational "
     "therapist (HPC registered); postgraduate certificate in sensory integration."),
    ("Dr Joanna Trelawney", "Academic Lead (University); marks AC1 to AC3",
     "Principal Lecturer in Early Childhood Studies; PhD on early language "
     "development; external examiner for two foundation degrees."),
    ("[to be appointed]", "University tutor: leads SB2 and SB6; marks AC1 and AC3",
     "0.4 FTE post; interviews planned for April 2009."),
    ("Paul Okafor", "Contributes one session to SB2", "SEN Manager, Kingsferry "
     "County Council."),
], widths=[3.5, 5.5, 7.5])
rec("1.9.2", "Prepare every practice educator before they start: a half-day "
    "preparation session, the Practice Educator Handbook setting out the role "
    "(meetings, the Individual Learning Plan, the Practice Learning Record and what "
    "to do if a participant is struggling), and an update meeting each term. "
    "Practice educators are senior clinicians who already meet the Health "
    "Professions Council's standards for practice placement educators.", "L")
rec("1.9.3", "Hold an induction meeting for all University tutors and markers before "
    "each intake, covering the marking criteria, the Level 7 descriptors and the "
    "moderation procedure.", "C")

h2("1.10  Evaluation and impact")
rec("1.10.1", "Ask participants to evaluate every study day on the Trust's standard "
    "training evaluation form, and hold a participant focus group at the mid-point "
    "of the year.", "C")
rec("1.10.2", "Ask practice educators and head teachers for written feedback at "
    "the end of each year on the participant's practice in school.", "C")
rec("1.10.3", "Each summer, bring together the evaluations, feedback, results, the "
    "external examiner's report and the audit in section 3 in an annual programme "
    "review. Present it to the Award Reference Group (head teachers, the County "
    "Council, the Parent Carer Forum, a SENCO network representative, the programme "
    "team), which agrees an action plan. Report the review and action plan to the "
    "Trust's Clinical Effectiveness Committee and the University's School Board, and "
    "tell the next intake what has changed.", "C")
rec("1.10.4", "Ask each participant to repeat the Learning Needs Analysis at the "
    "end of the course and compare it with the first, to measure change in their "
    "confidence and competence.", "L")
rec("1.10.5", "Consider following up the children in AC2 a year after the "
    "participant completes the award.", "C")

# ------------------------------------------------------------------ research recs
h1("2  Research recommendations")
para("The GDG recommends that the following questions are answered before this "
     "guideline is reviewed.")
rec("R1", "What is the longer-term effect of the award on the progress and "
    "well-being of children in participants' schools?")
rec("R2", "Could experienced teachers, such as advisory teachers from the "
    "Educational Psychology Service, be assessed against the national outcomes "
    "without taking the taught course, and how would that be done fairly?")
rec("R3", "Does the Learning Needs Analysis predict which participants will need "
    "most support?")
rec("R4", "What is the best way to prepare SENCOs to deploy and manage teaching "
    "assistants?")

# ------------------------------------------------------------------ implementation
h1("3  Implementation")
para("The Trust's Clinical Audit Department audits the programme against the "
     "criteria below each year, and the results go into the annual programme "
     "review (1.10.3).")
table([
    ("Audit criterion", "Standard", "Data source"),
    ("Participants with an Individual Learning Plan agreed before study day 2",
     "100%", "Practice educator records"),
    ("Participants who have declared a disability and have agreed adjustments in "
     "place before the first study day", "100%", "Learning and Development Team "
     "records"),
    ("CRB confirmation recorded before a place is confirmed", "100%", "Nomination "
     "forms"),
    ("Scripts second-marked (sample, fails and marks of 70% or above)", "100% of "
     "the required sample", "University records"),
    ("Participants whose repeated Learning Needs Analysis shows a rise of at least "
     "one point on three-quarters of outcomes", "80%", "Learning Needs Analysis"),
    ("Participants with a Next Steps Plan", "100%", "Practice Learning Record"),
], widths=[9.0, 3.0, 4.5])
runin("Resources.", "Participants are registered as associate students of Ellingford "
      "University and have full use of its library and e-journals. The Trust's "
      "Assessment Resource Library and the equipment of the Communication Aids "
      "Service are for clinical use and cannot be lent to participants.")

# ------------------------------------------------------------------ development
h1("4  How this guideline was developed")
h2("4.1  The Guideline Development Group")
para("The GDG met six times between September 2008 and January 2009. Its members "
     "are listed in Appendix A. They include a head teacher, a SENCO, the County "
     "Council's SEN Manager and a parent from the Kingsferry Parent Carer Forum, as "
     "well as Trust clinicians and University staff.")
h2("4.2  Evidence reviewed")
para("The GDG drew on three sources about what schools need. First, the Trust's "
     "referral data for 2007-08: of 1,240 referrals from schools to speech and "
     "language therapy and occupational therapy, 31% came without the information "
     "the service needed, and in 22% the school had not tried the advice from an "
     "earlier episode of care. Second, a questionnaire of the Trust's own school-age "
     "therapists (46 replies), who said that SENCOs most need help with using "
     "therapists' reports, involving children and parents, and planning provision "
     "across the school. Third, the evaluation of 'Talking Together in Schools'. A "
     "survey of SENCOs' own training needs is planned for summer 2009 and will inform "
     "the first review of this guideline.")
h2("4.3  Consultation")
para("The draft guideline was sent for consultation in November 2008. The table "
     "summarises the comments and what the GDG did.")
table([
    ("Stakeholder", "Section", "Comment (summary)", "GDG response"),
    ("Kingsferry Primary Heads' Group", "1.5", "Ten full days out of school is too "
     "many for small schools.", "Accepted in part: reduced to eight full days and "
     "four twilight sessions (1.5.1)."),
    ("SENCO network (12 SENCOs)", "1.7", "More on provision mapping and on showing "
     "governors what works.", "Accepted: provision mapping added to SB6, and AC3 is "
     "now built on a costed provision map presented to governors."),
    ("Fenside cluster of rural schools", "1.5", "Asked for the course to be online to "
     "save travel.", "Not accepted: the GDG considered online delivery but judged "
     "that practice-based learning needs face-to-face contact. Study days now "
     "alternate with Fenside Health Centre (1.5.2)."),
    ("Kingsferry Parent Carer Forum", "1.10", "Parents want a say in whether the "
     "course is working.", "Accepted: the Forum has two seats on the Award "
     "Reference Group, which receives the annual review and agrees the action plan "
     "(1.10.3). Parent co-trainers added to SB5."),
    ("Kingsferry Youth Forum", "1.7", "Young people said SENCOs should 'ask us, not "
     "just our parents'.", "Accepted: the child's voice is a key priority; AC2 "
     "requires the child's views and part in planning and review."),
    ("Kingsferry County Council SEN team", "1.7", "Asked for access arrangements for "
     "tests and examinations to be taught.", "Not accepted: covered by the "
     "Council's SENCO Induction Network (see Scope)."),
    ("Educational Psychology Service", "1.3", "Asked for an assessment-only route "
     "for experienced advisory teachers.", "Referred to research recommendation "
     "R2. The University's regulations do not at present provide for it."),
], widths=[3.5, 1.5, 5.5, 6.0], size=9)

# ------------------------------------------------------------------ appendix
h1("Appendix A  Guideline Development Group")
table([
    ("Member", "Role"),
    ("Dr Ruth Penhaligon (chair)", "Consultant Community Paediatrician, the Trust"),
    ("Claire Whitcombe", "Consultant Speech and Language Therapist, the Trust"),
    ("Amira Haddad", "Clinical Lead Occupational Therapist, the Trust"),
    ("Dr Joanna Trelawney", "Principal Lecturer, Ellingford University"),
    ("Paul Okafor", "SEN Manager, Kingsferry County Council"),
    ("Denise Fairbrother", "Head teacher, St Cuthbert's Church of England Primary "
     "School"),
    ("Mark Ellison", "SENCO, Fenside Community College"),
    ("Lynne Barraclough", "Parent, Kingsferry Parent Carer Forum"),
    ("Sarah Quayle", "Clinical Audit Manager, the Trust (adviser)"),
], widths=[6.0, 10.5])

# ------------------------------------------------------------------ footnotes part
fn = [f'<w:footnotes xmlns:w="{W_NS}">',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
      '</w:p></w:footnote>',
      '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
      '<w:continuationSeparator/></w:r></w:p></w:footnote>']
for fid, text in FOOTNOTES:
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    fn.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign '
              f'w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/>'
              f'</w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">'
              f' {esc}</w:t></w:r></w:p></w:footnote>')
fn.append("</w:footnotes>")
part = Part(PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            "".join(fn).encode("utf-8"), doc.part.package)
doc.part.relate_to(part, RT.FOOTNOTES)

doc.save(OUT)
print("wrote", OUT)
