"""Build du-02-kellingford-standardisation-pack.docx (blind test application).

KIND OF DOCUMENT
  A SCITT's assessment standardisation and moderation pack: the working pack
  its markers use at the annual standardisation meeting, with the marking
  grid for every assessed component, three annotated exemplar extracts from
  the unaccredited pilot cohort, a marker agreement record, the moderation
  chain, and the questions markers asked. A boxed note at the top says the
  SCITT submits the pack as its application, that Part 1 was written to tell
  new markers how the programme runs, and that the changes agreed at the
  meeting are shown as tracked changes, all to be accepted.

PROVIDER (invented)
  Kellingford Primary and Secondary SCITT: a school-centred initial teacher
  training consortium of 11 primary and 4 secondary schools (no special
  school), lead school Greyfriars Primary School, running the National Award
  for SEN Coordination with the University of Brantham (validation pending)
  and Kellingford Borough Council. People: Andrew Whitcombe (SCITT Director),
  Ruth Adebayo (Award Leader and Assessment Lead), Tom Halliwell (secondary
  tutor), Sarah Penrose (primary tutor), Dr Eleanor Thackeray (University
  link tutor), Joyce Mallinson (Principal Officer SEN, KBC), Dr Kwame Asante
  (senior educational psychologist), Denise Carter (SCITT administrator).
  May 2009.

LAYOUT
  Cover lines, then a shaded one-cell note to the panel. Heading 1 parts
  ("Part 1" to "Part 7") and Heading 2 sub-headings, no requirement-style
  numbering. Part 1: programme for new markers, prose plus a twelve-session
  table (session, title, what participants work on, led by) and a markers
  table (name, role, background). Part 2: meeting agenda table and ground
  rules. Part 3: component table (component, module, weight, length, when)
  and a band table. Part 4: four marking grids as tables (criterion code,
  criterion, national outcomes it evidences, at pass level), the Case Study
  grid with two whole rows deleted as tracked changes (w:trPr/w:del plus
  w:del runs) and the Leadership Enquiry grid with one whole row inserted
  (w:trPr/w:ins plus w:ins runs), a Reflective Journal paragraph with a
  tracked insertion. Part 5: three exemplar extracts in italics, each with
  first- and second-marker comments and an agreed mark. Part 6: moderation.
  Part 7: what happens to markers' findings, and "Questions markers asked"
  as bold run-in questions. Appendix: marker agreement record table.
  Tracked changes by Ruth Adebayo dated 18 May 2009, including a sentence
  replaced in Part 1 (E.1), a whole paragraph deleted (APEL) and a whole
  paragraph inserted (checks). Four Word comments. Page header and footer.

TRAPS (requirement ids affected)
  - E.1  Deleted text says "The University validated the programme on 12 May
         2009"; the inserted replacement says outline approval on 3 March 2009
         and a validation event "will now be held on 16 June 2009".
         -> partially_met (E.2 met: 60 credits at level 7 as designed).
  - 5.3  The full checks (sight of disclosure or SCR details, List 99, head's
         confirmation of no disciplinary concerns, new disclosure for anyone
         out of school three months) are in an INSERTED paragraph, which
         counts. -> met.
  - 2.1  APCL up to 30 credits stays; the APEL paragraph is DELETED (a comment
         gives the reason). -> partially_met.
  - 2.2  "We considered a pre-course self-audit ... and decided against it";
         the Leadership Enquiry focus agreed with the head is not a needs
         assessment against the outcomes. -> not_met.
  - 2.4  Host days matched to phase, enquiry focus chosen with the head,
         tutorials, a subsidised fee; but no assessment of needs to tailor
         to. -> partially_met.
  - 1.1  The aim is attainment and compliance with the Code; "the grids
         reward evidence of pupils' progress above all"; well-being and ECM
         only as a session topic. -> partially_met; 6.K2 taught in Session 2,
         in no grid -> partially_met.
  - 1.5  Pupil voice "is not yet a session in its own right. We intend to
         add one in 2010-11 if the timetable allows" (intention); the Case
         Study criterion on the pupil's views (CS9) is a DELETED row.
         -> not_met; 6.S7 neither taught nor assessed -> not_met.
  - 6.S2d The Case Study criterion on access arrangements (CS10) is a DELETED
         row; an INSERTED sentence moves it to the Reflective Journal, which
         "is not marked"; taught in Session 7 -> partially_met.
  - 6.S2c Taught in Session 6; only the unmarked Reflective Journal
         -> partially_met.
  - 6.S6, 6.K7 Criterion LE7 (reviewing provision with colleagues to feed
         the SEF) is an INSERTED row, which counts; taught in Session 12
         -> met.
  - 6.S4 LE4 (deploying and managing TAs) applies only "where the
         participant line-manages teaching assistants", otherwise left blank
         and re-weighted (optional) -> partially_met.
  - 6.A4 Assessed in CS8 but in no session (assessed, not taught)
         -> partially_met.
  - 6.K4 Child development appears nowhere -> not_met.
  - 1.9, 6.0  Components mapped to outcomes, but a component mark of 40-49
         may be compensated within the module, and several outcomes are in
         no grid -> partially_met.
  - 3.2  One September intake, fixed order, one venue; only suspension and
         rejoining the next cohort -> partially_met.
  - 3.3  "There is no online element" -> not_applicable.
  - 3.1  Only assessment adjustments (spelling stickers, extended deadlines
         through the University's Disability Office) and a commitment
         statement; nothing on disclosure, anticipating needs, promotion or
         selection -> partially_met.
  - 5.2  "There is no interview: the head's nomination is our assurance":
         eligibility only, no check of readiness, no guidance for those
         below entry level -> partially_met.
  - 5.5  Named specialists teach; host days only in mainstream partner
         schools ("The partnership has no special school"), a special school
         visit "can be arranged ... where a participant asks" -> partially_met.
  - 5.6  Resources are a bracketed placeholder ("[Ruth to add a paragraph
         ...]") waiting on the University -> not_met.
  - 5.7  Markers standardised each May (this pack), but heads who assess the
         Professional Dialogue get only "a one-page note" and host SENCOs
         nothing -> partially_met.
  - Exemplar extracts: participants' own schools' practice (a school
         council, a pupil passport) is the participants' context, not the
         programme's; it supports nothing (notably not 1.5 or 6.S7).
  - Comments (not part of the submission): panel membership (E.1), the APEL
         reason (2.1), the CS9 removal (1.5, 6.S7), fairness of LE4 (6.S4).
  - Header and footer: never evidence.
  MET despite looking like traps
  - 2.3  The assessment-only route is answered in "Questions markers asked":
         eligibility, decision by the Award Leader, same grids and moderation.
  - 2.5  PD4: next-step targets agreed with the head, recorded by the tutor.
  - 4.1, 4.2, 4.3  Inclusion Review and pilot evidence, named changes, and
         the Programme Committee (council officer, parent representative,
         former participant) receiving evaluations; heads assess the PD.
  - 5.9  Baseline and follow-up pupil measures collated yearly into an
         impact summary; heads' questionnaire and participants' end-of-
         programme confidence questionnaire; follow-up data a year later.
"""
import copy
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "du-02-kellingford-standardisation-pack.docx")

AUTHOR = "Ruth Adebayo"
DATE = "2009-05-18T09:30:00Z"
_rev = [100]


def rev_id():
    _rev[0] += 1
    return str(_rev[0])


doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for lvl, size in ((1, 14), (2, 12)):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Calibri"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
sec.header.paragraphs[0].text = (
    "Kellingford Primary and Secondary SCITT - Standardisation and Moderation Pack "
    "- v3 (post-meeting, changes shown)")
sec.footer.paragraphs[0].text = (
    "Markers' copy. Exemplar scripts are anonymised and used with the writers' "
    "consent; do not copy or circulate outside the marking team.")


# ------------------------------------------------------------------ helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def H(text, level=1):
    return doc.add_heading(text, level=level)


def P(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def _wrap(run, kind):
    """Move a run into a w:ins or w:del wrapper (kind 'ins' or 'del')."""
    r = run._r
    if kind == "del":
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    w = OxmlElement(f"w:{kind}")
    w.set(qn("w:id"), rev_id())
    w.set(qn("w:author"), AUTHOR)
    w.set(qn("w:date"), DATE)
    r.addprevious(w)
    w.append(r)
    return w


def mark_paragraph(p, kind):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = OxmlElement("w:rPr")
        pPr.append(rPr)
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), rev_id())
    m.set(qn("w:author"), AUTHOR)
    m.set(qn("w:date"), DATE)
    rPr.append(m)


def tracked(parts, style=None, italic=False):
    """parts: list of (kind, text); kind is 'n', 'ins' or 'del'."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    runs = []
    for kind, text in parts:
        r = p.add_run(text)
        r.italic = italic
        if kind in ("ins", "del"):
            _wrap(r, kind)
        runs.append(r)
    return p, runs


def whole_para(text, kind, style=None):
    p, runs = tracked([(kind, text)], style=style)
    mark_paragraph(p, kind)
    return p, runs


def table(rows, widths=None, header=True, fill="E8DAEF", size=9):
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
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    return t


def track_row(t, idx, kind):
    """Mark a whole table row as inserted or deleted, with its text."""
    row = t.rows[idx]
    trPr = row._tr.get_or_add_trPr()
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), rev_id())
    m.set(qn("w:author"), AUTHOR)
    m.set(qn("w:date"), DATE)
    trPr.append(m)
    first = None
    for c in row.cells:
        for p in c.paragraphs:
            for r in list(p.runs):
                _wrap(r, kind)
                if first is None:
                    first = r
            mark_paragraph(p, kind)
    return first


def boxed(text_parts, fill="F4ECF7"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    first = True
    for bold, txt in text_parts:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(txt)
        r.bold = bold
        r.font.size = Pt(9.5)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ cover
P("KELLINGFORD PRIMARY AND SECONDARY SCITT", bold=True, size=16,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("with the University of Brantham and Kellingford Borough Council", italic=True,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)",
  bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
P("ASSESSMENT STANDARDISATION AND MODERATION PACK", bold=True, size=15,
  align=WD_ALIGN_PARAGRAPH.CENTER)
P("Standardisation meeting: Greyfriars Primary School, Thursday 14 May 2009, "
  "1.30 to 5.00 pm", align=WD_ALIGN_PARAGRAPH.CENTER)
P("Version 3: revised after the meeting", align=WD_ALIGN_PARAGRAPH.CENTER)

boxed([
    (True, "Note to the TDA approval panel"),
    (False, "We submit this pack as our application. It is the working document our "
            "markers use, and we think it shows how the programme really runs better "
            "than a form would. Part 1 was written for markers who are new to the "
            "programme and describes how it is organised; Parts 2 to 7 show how we "
            "assess participants against the national outcomes and how we keep that "
            "assessment consistent. The changes agreed at the standardisation meeting "
            "on 14 May are shown as tracked changes; all of them will be accepted in "
            "the version that goes to markers in June."),
    (False, "Andrew Whitcombe, Director, Kellingford Primary and Secondary SCITT, 19 May 2009"),
])

P("Contents", bold=True)
for line in [
    "Part 1  The programme, for markers who are new to it",
    "Part 2  The standardisation meeting",
    "Part 3  The assessment scheme",
    "Part 4  The marking grids",
    "Part 5  Exemplar extracts from the pilot cohort",
    "Part 6  Moderation and the Board of Examiners",
    "Part 7  What happens to what markers find, and questions markers asked",
    "Appendix  Marker agreement record, 14 May 2009",
]:
    P(line)

# ------------------------------------------------------------------ Part 1
H("Part 1  The programme, for markers who are new to it")
P("Not every marker this year marked for the pilot. This part tells you what "
  "participants have done by the time their work reaches you.")
H("The award", 2)
p, e1_runs = tracked([
    ("n", "The Postgraduate Certificate in SEN Coordination (National Award for SEN "
          "Coordination) is an award of the University of Brantham, delivered by the "
          "SCITT under the University's arrangements for collaborative provision. It "
          "has been designed as 60 credits at level 7 (Master's level) in two 30-credit "
          "modules: EDM7141 Understanding and Meeting Special Educational Needs, and "
          "EDM7142 Leading SEN Provision. "),
    ("del", "The University validated the programme on 12 May 2009."),
    ("ins", "The University's Collaborative Provision Committee gave outline approval "
            "on 3 March 2009, and the validation event, postponed at the University's "
            "request, will now be held on 16 June 2009."),
])
e1_anchor = p.runs[0] if p.runs else None
P("The programme replaces the SCITT's unaccredited SENCO Development Programme, "
  "which nine SENCOs from partner schools followed as a pilot in 2008-09. The "
  "exemplars in Part 5 come from that pilot, re-marked against the new grids.")
H("What the programme is for", 2)
P("The programme's aim is to raise the attainment of pupils with SEN in Kellingford "
  "schools by giving SENCOs the knowledge and skills to run provision that complies "
  "with the SEN Code of Practice and is demonstrably effective. Markers will see "
  "that the grids reward evidence of pupils' progress above all. Every Child "
  "Matters is introduced in Session 2.")
H("Who the participants are", 2)
P("Participants are teachers with QTS who are SENCOs, or are about to become "
  "SENCOs, in the SCITT's partner schools and other Kellingford schools. Each is "
  "nominated by their headteacher, who agrees to release them for the sessions and "
  "host days and to take part in the Professional Dialogue. There is no interview: "
  "the head's nomination is our assurance that the teacher is ready for the "
  "programme.")
p, ins_runs = whole_para(
    "Before the first session Denise Carter, the SCITT administrator, sees each "
    "participant's enhanced CRB disclosure, or a letter from the school giving the "
    "disclosure number and date of issue from the Single Central Record; checks List "
    "99 through the council's HR service; and asks the nominating head to confirm in "
    "writing that there are no disciplinary concerns or outstanding investigations. A "
    "participant who has not worked in a school in the last three months applies for "
    "a new enhanced disclosure through the SCITT, which is a registered body. No "
    "participant starts until these checks are complete.", "ins")
P("We considered a pre-course self-audit against the national outcomes and decided "
  "against it: pilot participants found the long audit time-consuming and said it "
  "told them little they did not know. Instead, each participant agrees the focus of "
  "their Leadership Enquiry with their head in the first half-term.")
H("Recognising prior learning", 2)
apcl_p = P("Credit at Master's level in SEN gained in the last five years may be accredited "
  "for up to 30 credits, against EDM7141, under the University's regulations for "
  "the accreditation of prior certificated learning (APCL).")
p, apel_runs = whole_para(
    "Experienced SENCOs may also claim up to 20 credits for prior experiential "
    "learning, by a portfolio mapped against the EDM7141 learning outcomes and "
    "assessed by the Award Leader.", "del")
H("How the programme runs", 2)
P("There are twelve Tuesday sessions (1.30 to 5.30 pm) at Greyfriars Primary "
  "School, from September to June, taken in a fixed order, and two host days, when "
  "each participant shadows an experienced SENCO in another partner school. There "
  "is one intake a year, in September. A participant who falls behind may suspend "
  "for up to a year and rejoin the next cohort at the same point. There is no "
  "online element: sessions are face to face, and handouts are e-mailed afterwards. "
  "Each participant has three individual tutorials with their tutor, after Sessions "
  "3, 7 and 11.")
P("Host days are matched to the participant's phase and interests: a primary "
  "SENCO interested in autism, for example, spends the days with a SENCO whose "
  "school has a resourced provision for pupils with autism. The fee is 1,150 "
  "pounds; Kellingford Borough Council pays half for SENCOs in its maintained "
  "schools, and sessions are held at Greyfriars at no cost to the programme.")
H("The sessions", 2)
table([
    ["Session", "Title", "What participants work on", "Led by"],
    ["1", "The SENCO, the Code and the law",
     "The SEN Code of Practice (2001): graduated response, statutory assessment, "
     "annual reviews; Education Act 1996; SENDA 2001; the Education (SEN "
     "Coordinators) (England) Regulations 2008; writing at Master's level",
     "Joyce Mallinson, Ruth Adebayo"],
    ["2", "Every Child Matters and other agencies",
     "The five outcomes and the SENCO's part in them; the CAF; the roles of the "
     "educational psychology service, speech and language therapy, CAMHS, social care "
     "and voluntary organisations such as the Kellingford Dyslexia Association; "
     "getting specialist help", "Dr Kwame Asante"],
    ["3", "Disability equality",
     "DDA 1995 and 2005; the disability equality duty; accessibility plans; "
     "reasonable adjustments for pupils", "Joyce Mallinson"],
    ["4", "Communication and interaction",
     "Speech, language and communication needs (the Bercow Review, 2008); autistic "
     "spectrum disorders", "Speech and language therapy team"],
    ["5", "Learning and behaviour",
     "Dyslexia and specific learning difficulties; moderate learning difficulties; "
     "behavioural, emotional and social difficulties", "Tom Halliwell, Sarah Penrose"],
    ["6", "Identifying needs and setting targets",
     "Classroom observation, data and assessment; using reports from the EP, "
     "therapists and advisory teachers; setting and reviewing targets; helping "
     "colleagues use assessment for learning with pupils with SEN",
     "Ruth Adebayo, Dr Kwame Asante"],
    ["7", "Tracking progress",
     "P scales, APP and RAISEonline; Key Stage 2 and GCSE results for pupils with "
     "SEN; access arrangements for national tests and examinations (with the "
     "council's exams team)", "Tom Halliwell"],
    ["8", "Provision mapping (double session)",
     "Building and costing a provision map; finding provision that is not working "
     "or is missing", "Ruth Adebayo, Joyce Mallinson"],
    ["9", "What works",
     "Judging the evidence for interventions (Brooks, 2007, What works for children "
     "with literacy difficulties?); Ofsted (2004) Special educational needs and "
     "disability: towards inclusive schools, and Ofsted (2006) Inclusion: does it "
     "matter where pupils are taught?; using research and advice to improve "
     "practice; ICT to remove barriers (Clicker 5, text-to-speech, visual "
     "timetables)", "Dr Eleanor Thackeray"],
    ["10", "Working with parents and carers",
     "Relationships with pupils with SEN and their families; Kellingford Parent "
     "Partnership; a parent's account; meetings that go well", "Parent Partnership"],
    ["11", "Leading colleagues and teaching assistants",
     "Deploying and managing teaching assistants (first findings of the DISS "
     "project, 2008); coaching, modelling and training colleagues; winning the "
     "support of senior leaders; managing the SENCO's time and delegating",
     "Sarah Penrose, Tom Halliwell"],
    ["12", "Strategy, governors and self-evaluation",
     "Advising the head and governors on inclusion, policy and resources; the SEF "
     "and school improvement; reviewing provision with colleagues; keeping up to "
     "date (the Lamb Inquiry, journals, the SENCO forum)", "Andrew Whitcombe, Ruth Adebayo"],
], widths=[1.4, 3.6, 8.8, 3.2])
doc.add_paragraph()
P("Pupil voice is not yet a session in its own right. We intend to add one in "
  "2010-11 if the timetable allows.")
H("Who teaches and marks", 2)
table([
    ["Name", "Role", "Background"],
    ["Ruth Adebayo", "Award Leader and Assessment Lead",
     "SENCO at Greyfriars Primary for fifteen years; MA Inclusive Education "
     "(Brantham, 2003); leads the Kellingford primary SENCO forum"],
    ["Tom Halliwell", "Secondary tutor and marker",
     "SENCO, Marsh Lane High School; Postgraduate Diploma in Specific Learning "
     "Difficulties; AMBDA"],
    ["Sarah Penrose", "Primary tutor and marker",
     "Deputy Headteacher and SENCO, St Bede's RC Primary School; NPQH"],
    ["Joyce Mallinson", "Tutor and marker",
     "Principal Officer SEN, Kellingford Borough Council; formerly head of a "
     "pupil referral unit"],
    ["Dr Kwame Asante", "Tutor; second marker for the Case Study",
     "Senior Educational Psychologist, Kellingford Borough Council"],
    ["Gillian Marsh", "Marker (from 2009-10)",
     "SENCO, Holt End Primary School; MA Special Educational Needs (2007)"],
    ["Dr Eleanor Thackeray", "University link tutor; moderator",
     "Reader in Special Education, University of Brantham; examines doctorates "
     "in inclusive education"],
], widths=[3.4, 4.2, 9.4])
doc.add_paragraph()
P("Every tutor and marker attends this standardisation meeting each May and the "
  "termly Kellingford SENCO forum, and the school-based tutors remain practising "
  "SENCOs.")
H("Specialists and settings", 2)
P("Participants meet the council's educational psychologists, the speech and "
  "language therapy team, the exams team and Kellingford Parent Partnership in "
  "sessions. Host days are in partner schools. The partnership has no special "
  "school; a visit to Ferndale Special School can be arranged through the council "
  "where a participant asks for one.")
H("Resources", 2)
P("[Ruth to add a paragraph on the resource base and library access once the "
  "University confirms what registered students on collaborative programmes receive.]")
H("Where the programme came from", 2)
P("Kellingford's Inclusion Review (January 2008) found provision mapping weak in "
  "two thirds of the borough's schools and found that new SENCOs were rarely "
  "involved in analysing data. The pilot was built around those two findings. "
  "Pilot participants' session evaluations and the comments of partner heads at "
  "the SCITT Partnership Board then led to three changes for the accredited "
  "programme: provision mapping became a double session; the Case Study was cut "
  "from 6,000 to 4,000 words; and the Professional Dialogue was introduced so that "
  "heads see and question what their SENCO has learned.")
P("Partner heads take part in the Professional Dialogue as assessors. Council "
  "officers and educational psychologists teach and mark. The Programme Committee, "
  "which includes the council's Principal Officer SEN, a parent representative from "
  "Kellingford Parent Partnership and a pilot participant, receives the evaluations "
  "and markers' reports and agrees changes each year (Part 7).")

# ------------------------------------------------------------------ Part 2
H("Part 2  The standardisation meeting")
table([
    ["Time", "Item", "Lead"],
    ["1.30", "Welcome; why we standardise", "Andrew Whitcombe"],
    ["1.40", "Changes to the grids since the pilot", "Ruth Adebayo"],
    ["2.00", "Exemplar 1 (Case Study): silent marking, then discussion", "Ruth Adebayo"],
    ["2.50", "Exemplar 2 (Leadership Enquiry): silent marking, then discussion",
     "Tom Halliwell"],
    ["3.40", "Tea", ""],
    ["3.55", "Exemplar 3 (Law and Policy Paper): silent marking, then discussion",
     "Joyce Mallinson"],
    ["4.30", "Professional Dialogue: a recorded pilot dialogue, marked with the grid",
     "Sarah Penrose"],
    ["4.50", "Agreement figures; moderation calendar for 2009-10", "Dr Eleanor Thackeray"],
], widths=[1.6, 11, 4.4])
doc.add_paragraph()
P("Ground rules for the afternoon:", bold=True)
bullets([
    "Mark each exemplar on your own first and write your mark on the agreement "
    "sheet before any discussion.",
    "Argue from the grid, not from what you would have done in your own school.",
    "Where we disagree by more than eight marks, we find the criterion that caused it "
    "and agree a form of words for the grid.",
    "Changes agreed today are made to the grids by the Assessment Lead and circulated "
    "within a week.",
])

# ------------------------------------------------------------------ Part 3
H("Part 3  The assessment scheme")
table([
    ["Component", "Module", "Weight", "Length", "Submitted"],
    ["LP  Law and Policy Paper", "EDM7141", "40%", "2,500 words", "January"],
    ["CS  Pupil Case Study", "EDM7141", "60%", "4,000 words", "March"],
    ["LE  Leadership Enquiry", "EDM7142", "70%", "4,500 words", "June"],
    ["PD  Professional Dialogue", "EDM7142", "30%",
     "30 minutes with the tutor and the head, recorded", "July"],
    ["Reflective Journal", "-", "not marked", "ongoing", "read at tutorials"],
], widths=[5.2, 2.4, 2.2, 4.6, 2.6])
doc.add_paragraph()
P("Each module is passed with a module mark of 50 or more. A component mark of 40 "
  "to 49 may be compensated by the other component in the same module, provided "
  "the module mark is 50 or more. A component mark below 40 must be resubmitted, "
  "once, within six weeks. The University's Board of Examiners makes the award to "
  "participants who pass both modules.")
table([
    ["Mark", "Band", "In a sentence"],
    ["70 and above", "Distinction", "Critical, well evidenced, and changes practice beyond "
     "the participant's own work"],
    ["60 to 69", "Merit", "Secure on every criterion and strong on most"],
    ["50 to 59", "Pass", "Meets every criterion at pass level"],
    ["40 to 49", "Marginal fail", "Falls short on one or two criteria; may be "
     "compensated within the module"],
    ["Below 40", "Fail", "Falls short on several criteria; resubmit"],
], widths=[3, 3, 11])

# ------------------------------------------------------------------ Part 4
H("Part 4  The marking grids")
P("Each grid lists the criteria, the national outcomes each criterion gives "
  "evidence of, and what the work must show at pass level. Mark against every "
  "criterion, then arrive at one mark using the band descriptors.")
H("Law and Policy Paper (LP)", 2)
table([
    ["Code", "Criterion", "National outcomes evidenced", "At pass level the work..."],
    ["LP1", "Knowledge of SEN law and the Code of Practice, and what they mean for "
            "the participant's school", "SEN law and the Code",
     "states the school's duties accurately and applies them to its policy"],
    ["LP2", "The disability equality duty and the school's accessibility plan",
     "Disability equality law and what it requires",
     "identifies what the law requires of the school and whether the plan does it"],
    ["LP3", "Use of research evidence and outside advice",
     "Drawing on research and outside advice",
     "uses at least three sources critically to recommend changes to practice"],
    ["LP4", "Written expression, structure and referencing",
     "Expressing themselves clearly in writing",
     "is clear, well organised and correctly referenced"],
], widths=[1.3, 6, 4.4, 5.3])
doc.add_paragraph()
cs_head = H("Pupil Case Study (CS)", 2)
cs_rows = [
    ["Code", "Criterion", "National outcomes evidenced", "At pass level the work..."],
    ["CS1", "Identification of the pupil's needs from observation, data and assessment; "
            "challenging targets; an intervention planned and reviewed",
     "Identifying needs, setting targets, planning and reviewing interventions",
     "shows a full cycle with targets reviewed against evidence"],
    ["CS2", "Use of other professionals' assessments",
     "Using assessments from a range of professionals",
     "shows how a report changed what was taught"],
    ["CS3", "Understanding of the pupil's area of need",
     "The main types of SEN and their effect on learning",
     "places the pupil's needs within the research on that area of need"],
    ["CS4", "Critical evaluation of the approaches and resources used, including ICT",
     "Approaches, strategies and resources, including ICT",
     "weighs what worked and why, with alternatives"],
    ["CS5", "Use of best practice and research",
     "Best practice and research in meeting SEN",
     "draws on published evidence to choose the intervention"],
    ["CS6", "Work with the pupil and the family: the relationship, and at least one "
            "meeting with the parents or carers",
     "Relationships with pupils and parents; liaising with parents and carers",
     "records the meeting and shows how the parents' view was used"],
    ["CS7", "Work with an outside agency",
     "The role of outside agencies; working with other services",
     "shows how advice was sought and used"],
    ["CS8", "Judgement: how the participant anticipated problems and decided on "
            "provision", "Anticipating problems; sound decisions on provision",
     "explains the decisions taken and the options rejected"],
    ["CS9", "The pupil's views: how the pupil was involved in setting and reviewing "
            "targets", "Involving pupils in planning and reviewing provision",
     "records the pupil's views and shows how they were acted on"],
    ["CS10", "Special arrangements for national tests or examinations, where relevant",
     "Arrangements for national tests and examinations",
     "identifies the arrangements in time and how they were put in place"],
]
cs_t = table(cs_rows, widths=[1.3, 6, 4.4, 5.3])
track_row(cs_t, 9, "del")
track_row(cs_t, 10, "del")
doc.add_paragraph()
H("Leadership Enquiry (LE)", 2)
le_rows = [
    ["Code", "Criterion", "National outcomes evidenced", "At pass level the work..."],
    ["LE1", "Analysis of the school's summative data for pupils with SEN, including "
            "national tests, to track progress and change programmes",
     "Tracking progress with summative data",
     "uses the data to show where programmes need to change"],
    ["LE2", "A costed provision map, showing ineffective and missing provision",
     "Provision mapping and management", "identifies at least one gap and one "
     "ineffective provision, with evidence"],
    ["LE3", "Strategic proposals agreed with the head and presented to governors",
     "Influencing strategy with senior colleagues and governors",
     "includes the head's and a governor's written response"],
    ["LE4", "Deployment and management of teaching assistants (where the participant "
            "line-manages teaching assistants; otherwise leave blank and re-weight)",
     "Deploying and managing staff", "sets out a deployment plan and how it will be "
     "monitored"],
    ["LE5", "Developing a colleague through coaching, modelling or training, with "
            "evidence", "Supporting colleagues' professional development",
     "includes the colleague's account of what changed"],
    ["LE6", "Gaining the commitment of colleagues and senior leaders",
     "Gaining the commitment of colleagues", "shows how support was won, not "
     "assumed"],
    ["LE7", "Review of the effectiveness of provision with colleagues, and how the "
            "findings feed the school's self-evaluation (SEF) and improvement plan",
     "Reviewing provision with staff; school self-evaluation and improvement",
     "shows the review, who took part, and the entry it led to in the SEF"],
]
le_t = table(le_rows, widths=[1.3, 6, 4.4, 5.3])
track_row(le_t, 7, "ins")
le4_run = le_t.rows[4].cells[1].paragraphs[0].runs[0]
doc.add_paragraph()
H("Professional Dialogue (PD)", 2)
table([
    ["Code", "Criterion", "National outcomes evidenced", "At pass level the participant..."],
    ["PD1", "Clarity in speech; listening and responding to the head's and the "
            "tutor's questions", "Expressing themselves clearly; listening to others",
     "answers directly and takes account of the questions asked"],
    ["PD2", "Workload: how the participant prioritises, manages time and delegates",
     "Prioritising, managing time, delegating",
     "gives examples from the year, including something delegated"],
    ["PD3", "Own professional development: a CPD plan for the coming year",
     "Keeping up to date; taking responsibility for own CPD",
     "presents a realistic plan with sources of support"],
    ["PD4", "Next steps: targets for the following year, agreed with the head for "
            "performance management and recorded by the tutor",
     "-", "leaves with agreed, written targets"],
], widths=[1.3, 6, 4.4, 5.3])
doc.add_paragraph()
H("The Reflective Journal", 2)
tracked([
    ("n", "The Reflective Journal is not marked. Tutors read it at tutorials and "
          "comment on it. Participants use it to reflect on how they help colleagues "
          "use formative assessment with pupils with SEN"),
    ("ins", ", and on special arrangements for national tests and examinations, "
            "which are no longer assessed in the Case Study"),
    ("n", "."),
])

# ------------------------------------------------------------------ Part 5
H("Part 5  Exemplar extracts from the pilot cohort")
P("Extracts are printed as the participants wrote them, with names changed. Marks "
  "are for the whole piece, not the extract.")
H("Exemplar 1: Case Study, participant B (primary)", 2)
P("\"Jordan (Year 3) joined us in January with a speech and language therapy report "
  "describing difficulties with understanding and using language. I used the "
  "therapist's recommendations and our own observations to set three targets, the "
  "first being to follow a two-part instruction in class without a visual prompt. "
  "Jordan had a twenty-minute language group three times a week for ten weeks, led "
  "by a teaching assistant whom I trained with the therapist. Measured on the "
  "therapist's own assessment, his score for understanding sentences rose from the "
  "2nd to the 9th percentile. At the review meeting his mother said that for the "
  "first time he had told her about his day at school. Our school council had "
  "already been asked about the playground, and Jordan now has a pupil passport, "
  "which his teacher helped him to write.\"", italic=True)
runin("First marker:", "CS1, CS2 and CS7 clearly at merit: the report is used, the "
      "intervention is planned and measured. CS3 thin: little reading on language "
      "difficulties. CS4 does not weigh alternatives. 57.")
runin("Second marker:", "Agree CS1 and CS2. CS6 strong (the mother's words are used "
      "in the review). CS5 is the weakest: no published evidence for the choice of "
      "group. 59.")
runin("Agreed:", "58, Pass. Discussion: the school council and the pupil passport "
      "are the school's own arrangements and earn nothing under any criterion.")
H("Exemplar 2: Leadership Enquiry, participant F (secondary)", 2)
P("\"Our provision map showed that forty-one pupils received withdrawal literacy "
  "support costing about 38,000 pounds a year, while the Year 7 data showed that "
  "only eleven of them had made two sub-levels of progress. I presented this to the "
  "head and the SEN governor in February, with a proposal to replace two withdrawal "
  "groups with in-class support from teaching assistants trained in guided reading. "
  "The head agreed to a trial in Year 7. I coached two teaching assistants, "
  "observing them and giving feedback every fortnight. The head of English was "
  "sceptical at first, but after seeing the data she asked for the same model in "
  "Year 8.\"", italic=True)
runin("First marker:", "LE1 and LE2 at distinction level. LE5 good. LE3: the "
      "governor's written response is missing. 66.")
runin("Second marker:", "Generous on LE3, which the grid makes a requirement at pass "
      "level. LE6 convincing. 54.")
runin("Agreed:", "61, Merit, after reference to the grid: LE3 is at pass level "
      "because the head's written response is attached and the governor's comment "
      "is recorded in the minutes of the meeting, which are appended. The grid now "
      "says \"written response\" to remove the doubt.")
H("Exemplar 3: Law and Policy Paper, participant H (primary)", 2)
P("\"The school's SEN policy was last reviewed in 2004 and still refers to the 1994 "
  "Code. It describes School Action and School Action Plus accurately but says "
  "nothing about how the school will meet its disability equality duty, and the "
  "accessibility plan is a list of building works. I recommend that the policy be "
  "rewritten with the governors this term, and that the accessibility plan include "
  "the curriculum and written information as well as the building.\"", italic=True)
runin("First marker:", "LP1 secure. LP2 identifies the gap but does not say what "
      "the duty requires. LP3 uses one source. 46.")
runin("Second marker:", "Agree. 47.")
runin("Agreed:", "47, Marginal fail. The Case Study mark (62) brings the module "
      "mark to 56, so the component is compensated and the module is passed.")

# ------------------------------------------------------------------ Part 6
H("Part 6  Moderation and the Board of Examiners")
bullets([
    "First marking by the participant's tutor within three weeks of submission.",
    "Blind second marking of every fail, every marginal fail, every distinction and "
    "a random 25% of the remaining scripts, by a marker from the other phase. Where "
    "the two marks differ by more than eight, a third marker reads the script and "
    "the Assessment Lead agrees the mark.",
    "A cross-phase moderation meeting after each submission date, at which markers "
    "compare second-marked scripts.",
    "University moderation: Dr Eleanor Thackeray samples six scripts of each "
    "component and all fails, and reports to the Board.",
    "External examiner: the University appoints an external examiner for the "
    "programme from 2009-10, who sees a sample of every component, reports each "
    "year, and attends the Board.",
    "The University's Board of Examiners confirms marks and makes the award.",
    "Standardisation each May, using the previous year's scripts.",
])

# ------------------------------------------------------------------ Part 7
H("Part 7  What happens to what markers find")
P("After each component, the first markers write a one-page report for the "
  "Assessment Lead: which criteria participants found hardest, which grid wording "
  "caused disagreement, and what the sessions should do differently. The Programme "
  "Committee (Andrew Whitcombe in the chair; Ruth Adebayo; Tom Halliwell; Joyce "
  "Mallinson; a parent representative from Kellingford Parent Partnership; a "
  "pilot participant; Dr Eleanor Thackeray) meets termly. It receives session "
  "evaluations, the markers' reports, the agreement figures, the external "
  "examiner's report and the University's annual monitoring report, and agrees an "
  "action plan. The changes made are reported to the next cohort in Session 1.")
P("The Case Study and the Leadership Enquiry both require baseline and follow-up "
  "measures for pupils (standardised scores, P scale levels, attendance, behaviour "
  "incidents). The Assessment Lead collates these each year into an impact summary "
  "for the Programme Committee. Heads complete a short questionnaire at the "
  "Professional Dialogue on the change they have seen in their SENCO's practice, "
  "participants complete an end-of-programme questionnaire on their confidence "
  "against each national outcome, and a year after completion we ask each school "
  "for the progress data for its pupils with SEN.")
H("Questions markers asked", 2)
runin("Can an experienced SENCO be assessed without attending?",
      "Yes, in exceptional cases. A SENCO with at least three years in the role, "
      "recommended by their head and the council's Principal Officer SEN, may apply "
      "to the Award Leader for assessment only, sending a CV and a sample of written "
      "work. If accepted, they submit all four components on the same dates as the "
      "cohort, without attending sessions; the work is marked on the same grids and "
      "moderated in the same way. The fee is 600 pounds.")
runin("Do I mark a dyslexic participant's spelling?",
      "Follow the University's guidance. Participants with a diagnosed specific "
      "learning difficulty attach a sticker to the script, and markers do not "
      "penalise spelling or grammar unless it obscures meaning. Extended deadlines "
      "and other adjustments to assessment are agreed by the Award Leader with the "
      "University's Disability Office. The SCITT is committed to equality of "
      "opportunity for every participant.")
runin("Who prepares markers and the heads who join the Professional Dialogue?",
      "Markers are standardised every May with this pack, and new markers are "
      "paired with an experienced marker for their first component. Heads who take "
      "part in the Professional Dialogue receive a one-page note with their "
      "invitation.")
runin("What if a participant fails a resubmission?",
      "The Board of Examiners may allow a further attempt in exceptional "
      "circumstances; otherwise the participant leaves with credit for any module "
      "passed.")
runin("Does the programme help participants plan beyond the award?",
      "Yes: PD4. The targets agreed in the Professional Dialogue go into the "
      "participant's performance management review, and the tutor keeps a copy. "
      "The University's MA in Education accepts the 60 credits towards its "
      "180-credit award.")

# ------------------------------------------------------------------ Appendix
H("Appendix  Marker agreement record, 14 May 2009")
table([
    ["Marker", "Exemplar 1 (CS)", "Exemplar 2 (LE)", "Exemplar 3 (LP)", "PD recording"],
    ["RA", "58", "62", "47", "Pass"],
    ["TH", "57", "66", "46", "Pass"],
    ["SP", "59", "60", "48", "Pass"],
    ["JM", "55", "54", "47", "Pass"],
    ["KA", "61", "63", "44", "Merit"],
    ["ET", "58", "61", "47", "Pass"],
    ["GM (new)", "64", "70", "52", "Merit"],
    ["Agreed", "58", "61", "47", "Pass"],
    ["Range", "55-64", "54-70", "44-52", "-"],
], widths=[3.4, 3.3, 3.3, 3.3, 3.7])
doc.add_paragraph()
P("GM, new this year, marked above the agreed mark on all three exemplars "
  "and will be paired with Ruth Adebayo for the January Law and Policy Papers.")

# ------------------------------------------------------------------ comments
if e1_anchor is not None:
    doc.add_comment(e1_anchor, text="Registry will confirm the validation panel's "
                    "membership next week. ET", author="Eleanor Thackeray",
                    initials="ET")
doc.add_comment(apcl_p.runs[0], text=(
    "University regulations do not allow APEL on collaborative postgraduate "
    "certificates, so the APEL paragraph has come out. RA"),
    author="Ruth Adebayo", initials="RA")
doc.add_comment(cs_head.runs[0], text=(
    "Agreed 14 May: pupil views taken out of the CS. Too few pilot participants "
    "could evidence it. Revisit when the pupil voice session is added. RA"),
    author="Ruth Adebayo", initials="RA")
doc.add_comment(le4_run, text="Is it fair to make LE4 optional? Some of our SENCOs "
                "will never line-manage a TA. TH", author="Tom Halliwell",
                initials="TH")

doc.save(OUT)
print("wrote", OUT)
