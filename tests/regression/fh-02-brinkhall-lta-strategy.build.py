"""Build fh-02-brinkhall-lta-strategy.docx.

Provider (invented)
-------------------
The Hearing and Vision Support Service (HVSS), a sensory support service for
deaf and visually impaired children shared by three small unitary authorities
(Dunholt, Stainmoor and Whitmere Borough Councils; hosted by Stainmoor),
bidding with the University of Brinkhall School of Education, which validated
the programme on 27 January 2009 as a 60-credit Postgraduate Certificate.
February 2009.

Kind of document
----------------
The programme's Learning, Teaching and Assessment Strategy on the
University's own template (form LTAS-1), as approved by the School's
Learning, Teaching and Assessment Committee, sent as the application with a
shaded note saying that two sections (12 and 13) were added for the TDA
panel. Academic register, third person ("the programme team",
"participants"), in-text citations and a reference list.

Layout
------
* Document-control table at the top; a one-cell shaded note to the panel.
* Heading 1 sections numbered by hand ("5 Learning and teaching methods"),
  Heading 2 sub-sections ("5.4 Practice Tasks"): the sub-section numbers
  look like requirement ids but are not (5.5 is visits, 6.4 is mode of
  study, 9.7 is regulations...).
* The template's grey italic "[Guidance: ...]" prompts left in under
  sections 7 and 8 (they read like answers but are prompts).
* Tables: study-day programme, Practice Tasks, summative assessment,
  teaching team, evaluation levels.
* Six real Word footnotes (one carries the only account of helping
  completers set further targets).
* One tracked deletion (a whole sentence reporting a 2008 survey of all
  schools, deleted by the Head of HVSS after a Quality Office comment).
* Four Word comments (Quality Office, Programme Leader).
* A landscape section for Appendix A, an alignment matrix with merged group
  rows (gridSpan) and one row covering two outcomes; back to portrait for
  Appendix B (grade bands).
* Header and footer (template code, version, PAGE field).

Traps (requirement ids)
-----------------------
* 1.1 partially_met: the aims speak of attainment and progress only; the
  five ECM outcomes and well-being appear only as a content item.
* 2.2 partially_met: the Professional Profile is completed at Study Day 1,
  not before the course, and yields "three learning priorities", not an
  individual training plan with personalised outcomes.
* 2.3 not_met: routes are described in 6.4 (one September start); far away,
  in 9.7, "There is no provision for assessment without attendance". The
  APEL claim in 6.2 is limited to 30 credits (not an assessment-only route).
* 2.4 partially_met: tailoring and progression, but nothing on cost.
* 2.5 met, but the arrangement is only in footnote 4 (Continuing
  Development Plan); the body says only that participants "are encouraged to
  think about their next steps".
* 3.1 partially_met: values, the University's Disability Support Service,
  and reasonable adjustments for pupils (wrong context), under a template
  prompt that itself asks how needs are "anticipated".
* 3.2 partially_met: one start, fixed order, one mode; interruption only
  under regulations.
* 3.3 partially_met: Brinkhall Online holds materials and unmoderated
  forums ("tutors do not post in or monitor them"); the grey template prompt
  about tutor support between sessions is not an answer.
* 4.1 partially_met: design reflects needs "as the Service understands
  them"; the survey evidence is a deleted tracked change.
* 4.2 not_met: stakeholders will be consulted only "once the programme is
  approved"; the survey sentence is deleted.
* 4.3 met: headteachers and a parent representative on the Programme
  Committee, the Assessment 4 panel, the Level 3 questionnaire.
* 5.2 partially_met: entry requirements and selection by two staff; no check
  of prior knowledge, no guidance for those not ready (a comment asks for
  it).
* 5.4 met: teaching team table with qualifications; "Full CVs are in Part C"
  (absent) does not detract.
* 5.5 partially_met: specialists teach at study days, but visits are
  explicitly not part of the programme; HVSS resource bases host placements
  for trainee teachers of the deaf (wrong context).
* 6.0 partially_met: module pass with compensation of a component at 40-49
  per cent, and a blanket claim that passing both modules shows every
  outcome.
* 1.9 partially_met: several outcomes are formative only or missing.
* Appendix A per outcome: Att 3 (time), Att 7 (CPD), Sk 2b (tracking),
  Sk 2d (access arrangements), Sk 7 (involving pupils) have no summative
  assessment -> partially_met. There is no knowledge row for school
  self-evaluation (6.K7 not_met; a comment notes the missing row). Sk 4
  (deploying staff) says "To be developed with partner schools for 2010-11"
  -> not_met. One row covers Kn 4 and Kn 5 together (both met).
* Met but trap-like: 5.3 (head's confirmation with disclosure date and
  reference, List 99, new disclosure for returners, inserted clause); 5.9
  (Guskey levels with pupil measures and two-year follow-up); 5.7 (mentor
  briefing dated, associate tutor induction).
"""
import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "fh-02-brinkhall-lta-strategy.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3)

_rev = [700]


def _id():
    _rev[0] += 1
    return str(_rev[0])


def H(text, level=1):
    return doc.add_heading(text, level)


def P(text="", style=None, italic=False):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.italic = italic
    return p


def GUIDE(text):
    p = doc.add_paragraph()
    r = p.add_run("[Guidance: " + text + "]")
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    r.font.size = Pt(9)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(rows, widths=None, header=True, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, "D9D9D9")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


FOOTNOTES = []


def footnote(p, text):
    n = len(FOOTNOTES) + 1
    FOOTNOTES.append((n, text))
    r = p.add_run()
    rPr = r._r.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r._r.append(ref)
    return r


def write_footnotes():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<w:footnotes xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' % W,
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
             '</w:r></w:p></w:footnote>']
    for n, text in FOOTNOTES:
        parts.append(
            '<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (n, escape(text)))
    parts.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(parts).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def ins_run(p, text, author, date):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def del_run(p, text, author, date):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)
    return d


def comment(runs, text, author, initials, date):
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._element.set(qn("w:date"), date)
    return c


def field(p, instr, size=8):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    rPr.append(sz)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    p._p.append(f)


HD = ("Helen Drury (Quality Office)", "HD")
CL = ("Catherine Lyle", "CL")
MF = "Mark Ferris"

# ------------------------------------------------------------ header / footer
hp = sec.header.paragraphs[0]
r = hp.add_run("University of Brinkhall | School of Education | LTAS-1 | PG Cert SEN Coordination | v1.2")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("LTAS-1 template (2007). Approved by School LTA Committee 11.02.09. Page ")
r.font.size = Pt(8)
field(fp, "PAGE")

# ------------------------------------------------------------ cover
p = P()
r = p.add_run("UNIVERSITY OF BRINKHALL  |  SCHOOL OF EDUCATION")
r.bold = True
p = P()
r = p.add_run("Learning, Teaching and Assessment Strategy")
r.bold = True
r.font.size = Pt(18)
P("Postgraduate Certificate in Special Educational Needs Coordination (National Award for SENCOs)")

table([
    ["Item", "Detail"],
    ["Programme", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SENCOs)"],
    ["Award and credit", "Postgraduate Certificate; 60 credits at Level 7 (Master's level) of the Framework for Higher Education Qualifications"],
    ["Awarding institution", "University of Brinkhall"],
    ["Teaching institutions", "University of Brinkhall School of Education, and the Hearing and Vision Support Service (HVSS), Stainmoor Borough Council, on behalf of Dunholt, Stainmoor and Whitmere Borough Councils"],
    ["Modules", "EDM7411 Leading Inclusive Provision (30 credits); EDM7412 Enquiry into Practice (30 credits)"],
    ["Mode of study", "Part-time, blended"],
    ["Validation", "Approved at the validation event of 27 January 2009 as a collaborative programme, for five years from September 2009"],
    ["Authors", "Dr Catherine Lyle, Programme Leader; Joanna Pike, Partner Programme Coordinator (HVSS); Mark Ferris, Head of HVSS"],
    ["Version and status", "Version 1.2. Approved by the School Learning, Teaching and Assessment Committee, 11 February 2009"],
], widths=[4.0, 12.5])
P()
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "EDEDED")
c.text = ""
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for txt in [
    "The University requires a Learning, Teaching and Assessment Strategy for every programme it "
    "validates. We are sending ours as our application because it is the one document in which "
    "the two partners set out together how the programme will work, and because it is the "
    "document against which the University will hold us to account.",
    "Sections 1 to 11 and the appendices are as approved by the School's Learning, Teaching and "
    "Assessment Committee. Section 12 (admissions and safeguarding) and Section 13 (stakeholders) "
    "were added for the panel, because the University's template does not ask about them.",
    "Mark Ferris, Head of HVSS, and Dr Catherine Lyle, University of Brinkhall, 16 February 2009",
]:
    cp = c.add_paragraph()
    cp.add_run(txt).font.size = Pt(10)

# ------------------------------------------------------------ 1
H("1 Purpose and scope")
P("This Strategy explains how learning, teaching and assessment on the programme are designed so "
  "that participants achieve its eight programme learning outcomes (PLOs) and, through them, the "
  "national minimum outcomes for SENCOs published by the Training and Development Agency for "
  "Schools (TDA, 2008). The University requires such a strategy for every validated programme and "
  "reviews it each year through Annual Programme Monitoring. It should be read with the Programme "
  "Specification and module descriptors (validation document, Part B) and the Partnership "
  "Handbook (Part D).")

# ------------------------------------------------------------ 2
H("2 Context and rationale")
H("2.1 The partners", 2)
P("The School of Education has offered Master's-level professional development for serving "
  "teachers since 1994, including the MA in Special and Inclusive Education and the mandatory "
  "qualification for teachers of the deaf. The Hearing and Vision Support Service was formed in "
  "1997, when Dunholt, Stainmoor and Whitmere became unitary authorities and agreed to keep a "
  "single sensory support service, now hosted by Stainmoor. HVSS employs 31 staff, among them "
  "14 qualified teachers of the deaf and of children with visual impairment, and supports about "
  "700 children and young people from birth to 19 in 118 schools and settings. Its two resource "
  "bases, at Carr Lane Primary School and Whitmere High School, take trainee teachers of the deaf "
  "on placement from the University's mandatory qualification course.")
H("2.2 National context", 2)
p = P("The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require "
      "the SENCO in a maintained school to be a qualified teacher, and the government has "
      "consulted on requiring new SENCOs to gain a nationally approved qualification.")
footnote(p, "The Regulations came into force on 1 September 2008. The Department for Children, "
         "Schools and Families consulted in 2008 on amending them so that a teacher new to the role "
         "must obtain the national award within three years of taking it up.")
p.add_run(" The evidence behind this is consistent. Ofsted (2004, 2006) found that the quality of "
          "provision for pupils with SEN depended above all on the quality of leadership and "
          "teaching rather than on the type of setting, and that many SENCOs lacked the status and "
          "time to lead it. The House of Commons Education and Skills Committee (2006) recommended "
          "that SENCOs should be qualified teachers and members of the senior leadership team. The "
          "Bercow Review (2008) found a wide gap between the number of children with speech, "
          "language and communication needs and the workforce's knowledge of them, and the "
          "Inclusion Development Programme (DCSF, 2008) has begun to supply free materials for "
          "schools on dyslexia and on speech, language and communication needs.")
H("2.3 Local context", 2)
p = P("HVSS has trained SENCOs since 2005 through its unaccredited Sensory Inclusion Certificate.")
footnote(p, "The Sensory Inclusion Certificate ran from 2005 to 2008 for 61 participants in three "
         "cohorts. It was a six-day course with a certificate of attendance and carried no credit.")
p.add_run(" HVSS staff visit every school in the three boroughs and know well the pressures new "
          "SENCOs face: small schools in which the SENCO also teaches a class full-time, a high "
          "turnover of SENCOs, and uneven access to specialist advice. The design of the programme "
          "reflects these pressures, and the partnership allows it to draw on both the University's "
          "research and teaching and the Service's knowledge of local schools.")

# ------------------------------------------------------------ 3
H("3 Aims and programme learning outcomes")
H("3.1 Aims", 2)
P("The programme aims to:")
for a in [
    "(a) raise the attainment of pupils with special educational needs and disabilities in "
    "participants' schools by improving the quality of the teaching and provision they receive;",
    "(b) develop participants' critical understanding of the law, policy and research on special "
    "educational needs and disability;",
    "(c) develop participants' capacity to lead and coordinate provision and to work with "
    "colleagues, other professionals and families;",
    "(d) develop reflective, enquiring practitioners able to evaluate the effect of provision on "
    "pupils' progress.",
]:
    P(a)
H("3.2 Programme learning outcomes", 2)
P("On successful completion of the programme participants will be able to:")
plos = [
    "PLO1 critically analyse law, guidance and national policy on special educational needs and "
    "disability, including Every Child Matters, and their implications for the school;",
    "PLO2 demonstrate critical understanding of child development, of the main types of special "
    "educational need and disability, and of approaches, strategies and resources, including ICT, "
    "for removing barriers to learning;",
    "PLO3 critically evaluate research and evidence of best practice and apply it to their own and "
    "colleagues' practice;",
    "PLO4 identify needs, set targets, and plan, monitor and review provision, using the "
    "assessments of other professionals;",
    "PLO5 work effectively with pupils, parents and carers and colleagues, including by coaching "
    "and supporting colleagues;",
    "PLO6 lead the coordination of provision, influencing senior leaders and governors and "
    "managing their own workload;",
    "PLO7 work in partnership with other services and agencies, including voluntary organisations;",
    "PLO8 evaluate the impact of provision on pupils' progress and plan their own continuing "
    "professional development.",
]
for x in plos:
    P(x)
P("Appendix A shows how each national minimum outcome is mapped onto these PLOs, where it is "
  "developed and how it is assessed.")

# ------------------------------------------------------------ 4
H("4 Principles of learning and teaching")
P("Participants are experienced teachers who bring to the programme a great deal of knowledge "
  "about their own pupils and schools. The programme treats that knowledge as its starting "
  "point. Learning is designed as a cycle of experience, reflection, conceptualisation and "
  "experiment (Kolb, 1984): participants bring a situation from their practice, examine it with "
  "colleagues and tutors in the light of research and policy, try something new in school, and "
  "report back. Reflection-in-action and reflection-on-action (Schon, 1983) are made explicit "
  "through the Learning Log that every participant keeps.")
p = P("Much of what a SENCO learns is learned with and from other SENCOs. The learning sets "
      "described in Section 5 are intended to become small communities of practice (Wenger, 1998), "
      "and the programme models the inclusive practice it teaches.")
footnote(p, "We use inclusion in the sense set out by Ainscow, Booth and Dyson (2006): a process of "
         "increasing participation and reducing exclusion, concerned with all pupils and not only "
         "those with a label.")
P("Teaching, learning activities and assessment are constructively aligned (Biggs, 2003): each "
  "PLO is developed through planned activity and demonstrated through an assessment task that "
  "requires the participant to act in school and to show the effect on pupils.")
P("The partners share the conviction that children and young people are experts in their own "
  "lives, and that their views should be sought in every decision about them. This conviction "
  "runs through the programme.")

# ------------------------------------------------------------ 5
H("5 Learning and teaching methods")
H("5.1 Study days", 2)
P("There are eight study days, four in each module, from 9.30 am to 4.00 pm. Days 1, 3, 5 and 7 "
  "are held at the Whitmere Professional Centre and days 2, 4, 6 and 8 in the University's "
  "Fenwick Building. Each day combines input from a tutor or a specialist, structured work on "
  "anonymised case files drawn from HVSS and the three authorities' SEN teams, and time to plan "
  "the next workplace task.")
table([
    ["Day", "Date", "Focus"],
    ["SD1", "17 Sept 2009", "The SENCO's role; the SEN Code of Practice (2001); Every Child Matters; the Professional Profile"],
    ["SD2", "15 Oct 2009", "Disability equality law and accessibility planning; leading change with senior leaders and governors"],
    ["SD3", "12 Nov 2009", "Child development; the main types of SEN and disability (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism, moderate learning difficulties, sensory impairment)"],
    ["SD4", "10 Dec 2009", "Identifying needs and planning provision: observation and data, target setting, provision mapping; working with pupils and families"],
    ["SD5", "4 Feb 2010", "Working with other services: educational psychology, speech and language therapy, CAMHS, social care and the voluntary sector; using other professionals' reports; problem-based learning on case files"],
    ["SD6", "11 Mar 2010", "Evidence and assessment: reading research critically; tracking progress with summative data; assessment for learning; access arrangements for national tests; ICT and assistive technology"],
    ["SD7", "22 Apr 2010", "Leading others: coaching and developing colleagues; managing workload; reviewing provision with colleagues"],
    ["SD8", "24 Jun 2010", "Impact and next steps: Enquiry presentations; planning continuing development"],
], widths=[1.3, 2.6, 12.6])
H("5.2 Learning sets", 2)
P("Participants are placed in learning sets of five or six by borough, each facilitated by an "
  "HVSS tutor. Sets meet six times a year from 4.30 to 6.30 pm in a school in the borough and "
  "follow an action learning format (Revans, 1980; McGill and Brockbank, 2004): at each meeting "
  "two members present a current problem from their practice and the others help them to "
  "examine it through questions rather than advice. Sets also discuss members' Practice Tasks.")
H("5.3 Practice Tasks", 2)
P("Between study days participants carry out six short Practice Tasks in their own schools. "
  "Practice Tasks are formative: they are recorded in the Learning Log and discussed in learning "
  "sets, and they are not marked.")
table([
    ["Task", "What the participant does"],
    ["PT1", "Audits the school's provision map against its attainment data for pupils with SEN"],
    ["PT2", "Observes a colleague's lesson and gives feedback using an agreed protocol"],
    ["PT3", "Holds a pupil-centred review with one pupil and records what the pupil said and what changed"],
    ["PT4", "Completes an access arrangements checklist for the pupils taking national tests or examinations that year"],
    ["PT5", "Keeps a two-week time and task log and plans what to delegate"],
    ["PT6", "Maps the services and voluntary organisations that support pupils in the school"],
], widths=[1.5, 15.0])
H("5.4 Specialist input", 2)
P("Specialists teach at the study days: educational psychologists from the three authorities, "
  "speech and language therapists from the primary care trust, HVSS's educational audiologist "
  "and habilitation officer, a CAMHS primary mental health worker, the Parent Partnership "
  "Service, and speakers from the National Deaf Children's Society, RNIB, the Whitmere Autism "
  "Support Group and the Dunholt Dyslexia Association.")
H("5.5 Visits", 2)
P("The Sensory Inclusion Certificate included two days of visits to specialist provision. The "
  "validated programme does not include visits, because of the time they would take "
  "participants out of their schools. Instead, specialists come to the study days, and the case "
  "files bring specialist provision into the room.")
H("5.6 Study time", 2)
P("Each 30-credit module represents 300 hours of learning: 28 hours at study days, 12 hours in "
  "learning sets, two individual tutorials, and the rest in directed reading, Practice Tasks and "
  "assessment.")

# ------------------------------------------------------------ 6
H("6 Personalisation and progression")
H("6.1 The Professional Profile", 2)
P("At the first study day each participant completes the Professional Profile, a self-audit "
  "against the national minimum outcomes, and discusses it with their learning set facilitator. "
  "From it they identify three learning priorities, which are recorded in the Learning Log and "
  "revisited at each learning set meeting and tutorial. Tutors use the cohort's profiles to "
  "adjust the emphasis of later study days.")
H("6.2 Recognition of prior learning", 2)
P("The University's Recognition of Prior Learning Regulations (Academic Regulations, Section 9) "
  "apply. A participant may claim up to 30 credits, the equivalent of one module, for either or "
  "both of:")
P("(a) certificated learning at Level 7 in special educational needs completed within the last "
  "five years (accreditation of prior certificated learning); and")
P("(b) learning from experience (accreditation of prior experiential learning), through a "
  "reflective claim of up to 4,000 words with evidence mapped to the learning outcomes of the "
  "module concerned, assessed by two tutors and confirmed by the School's Recognition of Prior "
  "Learning Panel, which meets in May and November.")
P("HVSS tutors advise participants on whether a claim is likely to succeed. A fee of 150 pounds "
  "applies to experiential claims.")
H("6.3 Progression through the programme", 2)
P("Module 1 (September to January) concentrates on the school and its policies; Module 2 "
  "(February to July) on provision for pupils and its impact. Feedback on the Module 1 "
  "assessments includes explicit feed-forward to the Enquiry. Each participant has two "
  "individual tutorials in each module, one face to face and one by telephone or video call.")
H("6.4 Mode and pattern of study", 2)
P("The programme runs once a year, starting in September, and is studied part-time over one "
  "academic year. The modules are taken in order, because the Enquiry in Module 2 builds on the "
  "policy review in Module 1. Participants who need to interrupt their studies may do so under "
  "the University's regulations and rejoin the next cohort.")
H("6.5 Beyond the programme", 2)
p = P("Successful participants may count their 60 credits towards the University's MA in Special "
      "and Inclusive Education. At the final study day participants are encouraged to think about "
      "their next steps.")
footnote(p, "At study day 8 each participant drafts a Continuing Development Plan with two or three "
         "professional targets for the following year, using the HVSS planning template, and "
         "agrees it with their headteacher at their next performance management review. HVSS "
         "sends every participant a reminder and a copy of the Plan at the end of the following "
         "autumn term.")

# ------------------------------------------------------------ 7
H("7 Equality, diversity and inclusion")
GUIDE("Explain how the programme meets the University's Equality and Diversity Policy and its "
      "Disability, Race and Gender Equality Schemes, and how the needs of disabled students are "
      "anticipated and met.")
P("The programme is committed to equality of opportunity and to the social model of disability. "
  "Inclusion is not only a subject of the programme but a principle of its design: study days "
  "model universal design for learning, and participants consider throughout how barriers to "
  "learning can be removed for the pupils they teach. In Module 1 participants learn to make "
  "reasonable adjustments and to plan for accessibility in their own schools, and Assessment 1 "
  "asks them to review their school's accessibility plan.")
P("Participants who have a disability are supported by the University's Disability Support "
  "Service in line with the University's Disability Equality Scheme.")

# ------------------------------------------------------------ 8
H("8 Technology-enhanced learning")
GUIDE("Describe how students will be supported by tutors and peers online and between taught "
      "sessions, and how the virtual learning environment will be used for communication between "
      "tutors, students and, where relevant, placement settings.")
P("Brinkhall Online, the University's Moodle site, holds the programme's readings, study day "
  "materials and assessment briefs, and a discussion forum for each learning set. Participants "
  "are encouraged to use their forum to continue learning set discussions between meetings.")
p = P("")
r = p.add_run("The forums belong to the participants: tutors do not post in or monitor them.")
p.add_run(" Assignments are submitted through Turnitin, and tutors can be contacted through the "
          "University's email system.")
comment(r, "Is this what you want the TDA panel to read? Their criteria ask about tutor support "
        "between sessions.", *HD, date="2009-02-13T10:20:00Z")

# ------------------------------------------------------------ 9
H("9 Assessment strategy")
H("9.1 Principles", 2)
P("Assessment is aligned with the PLOs, set in the participant's own workplace, and designed so "
  "that the work done for assessment is work that the school needs doing. Every summative task "
  "asks the participant to act and to show the effect of that action, not only to describe. "
  "Formative opportunities come before each summative task.")
H("9.2 Summative assessment", 2)
table([
    ["Assessment", "Module", "Task", "Weight", "Due"],
    ["Assessment 1: Critical Policy Review", "EDM7411",
     "3,500 words. A critical review of the school's SEN and disability policy and practice against "
     "the law, the Code of Practice, Every Child Matters and disability equality duties, with a one-year "
     "improvement plan and a provision map, agreed with the headteacher and presented to the governor "
     "responsible for SEN, whose written response is appended.", "60%", "18 Jan 2010"],
    ["Assessment 2: Leading Practice Portfolio", "EDM7411",
     "Three practice records, each with a 600-word reflective commentary: (a) a coaching cycle with a "
     "colleague, focused on developing assessment for learning for pupils with SEN; (b) a meeting "
     "with the parents or carers of a pupil with SEN to review the pupil's provision; (c) a planning meeting with at least one other "
     "service or agency.", "40%", "8 Feb 2010"],
    ["Assessment 3: Enquiry Report", "EDM7412",
     "5,000 words. A practitioner enquiry into an intervention for a group of pupils over at least "
     "eight weeks, with a critical review of research, the use of at least one other professional's "
     "assessment, baseline and end measures, and an evaluation of the provision carried out with "
     "colleagues.", "70%", "7 Jun 2010"],
    ["Assessment 4: Presentation and viva", "EDM7412",
     "A 20-minute presentation of the Enquiry to a panel of a tutor, a fellow participant and a "
     "headteacher from another school, followed by a 15-minute viva that includes a scenario "
     "requiring a decision about provision.", "30%", "1 Jul 2010"],
], widths=[3.4, 1.8, 8.8, 1.3, 1.9])
H("9.3 Formative assessment", 2)
P("Formative assessment takes four forms: the Learning Log, which tutors read at each tutorial; "
  "the Practice Tasks (Section 5.3); tutor feedback on a draft plan for each summative task; and "
  "peer review of drafts in learning sets.")
H("9.4 Feedback", 2)
P("Written feedback on summative work is returned within 20 working days, against the marking "
  "criteria, and includes at least two points of feed-forward. Participants may ask for recorded "
  "audio feedback instead of written feedback.")
H("9.5 Marking criteria", 2)
P("Work is marked against the University's generic Level 7 criteria (Appendix B), with "
  "task-specific criteria set out in each assessment brief.")
H("9.6 Moderation and external examining", 2)
p = P("Every Enquiry Report is marked independently by an HVSS tutor and a University tutor, who "
      "agree a mark. For the other assessments a University moderator reviews a sample of at least "
      "25 per cent, together with all work marked below 50 per cent or at 70 per cent and above. "
      "Before each marking period the team holds a standardisation meeting at which all markers "
      "mark the same two pieces of work from the Sensory Inclusion Certificate archive, "
      "anonymised, and agree the standard. The external examiner approves the assessment briefs, "
      "reviews a sample of marked work from every assessment and every marker, attends the Board "
      "of Examiners in July, and reports annually to the University.")
footnote(p, "The external examiner for 2009-10 to 2012-13 is Professor Miriam Hale, Professor of "
         "Inclusive Education at the University of Ashgate.")
H("9.7 Regulations and the award", 2)
P("The University's Postgraduate Regulations apply. The pass mark for each module is 50 per "
  "cent. Within a module, a component mark of 40 to 49 per cent may be compensated by the other "
  "component, provided that the module mark is 50 per cent or more. A failed component may be "
  "resubmitted once, with the mark capped at 50 per cent. There is no provision for assessment "
  "without attendance: the study days and learning sets are integral to the assessment design, "
  "and every participant follows the taught programme.")
P("To be awarded the Postgraduate Certificate a participant must pass both modules. Because "
  "every national minimum outcome is mapped to at least one PLO and every PLO is assessed "
  "(Appendix A), a participant who passes both modules has demonstrated all of the national "
  "minimum outcomes.")
H("9.8 Academic integrity and ethics", 2)
P("Work is submitted through Turnitin with a signed declaration. Enquiries follow the "
  "University's Code of Practice for Research Ethics: participants obtain the headteacher's "
  "consent and, for the pupils involved, the consent of parents or carers and the assent of the "
  "pupils, and all data are anonymised.")

# ------------------------------------------------------------ 10
H("10 Roles, responsibilities and staff development")
H("10.1 Programme Leader", 2)
P("The Programme Leader (University) is responsible for the academic standards of the programme, "
  "for assessment and the Board of Examiners, for Annual Programme Monitoring, and for chairing "
  "the Programme Committee.")
H("10.2 Partner Programme Coordinator", 2)
P("The Partner Programme Coordinator (HVSS) is responsible for admissions, the learning sets, "
  "liaison with schools and mentors, and the day-to-day running of the programme, and reports "
  "to the Programme Leader.")
H("10.3 Teaching team", 2)
table([
    ["Name", "Role", "Qualifications and experience"],
    ["Dr Catherine Lyle", "Programme Leader; Module 2 leader",
     "PhD (inclusive education); Senior Lecturer, School of Education; former SENCO in two Stainmoor schools"],
    ["Joanna Pike", "Partner Programme Coordinator; Module 1 leader; learning set facilitator",
     "Teacher of the deaf (mandatory qualification); MEd in Special Educational Needs; former primary SENCO in Dunholt"],
    ["Graham Osei", "Learning set facilitator",
     "Qualified teacher of children with visual impairment (mandatory qualification); MA; NPQH; former head of learning support in a Whitmere secondary school"],
    ["Priya Chandran", "Learning set facilitator; SD3",
     "Advisory Teacher for Autism, Stainmoor; MA in Autism; former SENCO in a special school"],
    ["Dr Rhiannon Tudor", "SD5",
     "Principal Educational Psychologist, Whitmere"],
    ["Dr Simon Keele", "Module 1 tutor; SD2 and SD6",
     "EdD; Senior Lecturer in Education Policy; researcher on the SENCO role"],
], widths=[3.3, 4.5, 8.7])
P("Full CVs are in Part C of the validation document.")
H("10.4 Workplace mentors", 2)
P("Each participant's headteacher nominates a workplace mentor, normally a member of the senior "
  "leadership team, who meets the participant at least twice a term, helps to secure access and "
  "time, verifies the practice records in Assessment 2, and comments on the improvement plan in "
  "Assessment 1. Mentors receive the Mentor Guide and attend a two-hour briefing at the Whitmere "
  "Professional Centre on 8 October 2009 (repeated on 13 October at 4.30 pm). The Partner "
  "Programme Coordinator telephones each mentor once a term.")
H("10.5 Staff development", 2)
P("All tutors attend the University's one-day Associate Tutor induction (June 2009) and the "
  "standardisation meetings described in 9.6. HVSS tutors are registered as Associate Lecturers "
  "of the University, with access to its staff development programme. Each tutor's teaching is "
  "observed once a year under the University's Peer Observation of Teaching Scheme, and each "
  "HVSS tutor has five days a year for their own professional development.")
H("10.6 Learning resources", 2)
P("Participants use the University library, in person and online through Athens, and the HVSS "
  "Resource Centre at Stainmoor, which lends books, assessment materials and assistive "
  "technology (screen readers, magnifiers, radio aids, symbol software) for use with pupils. "
  "Study day rooms have induction loops, data projectors and wireless access.")

# ------------------------------------------------------------ 11
H("11 Evaluation and enhancement")
P("The programme is evaluated at five levels, following Guskey (2000).")
footnote(P("Each level answers a different question and uses different evidence:"),
         "Guskey's levels are also the basis of the University's framework for evaluating "
         "continuing professional development programmes (School of Education, 2007).")
table([
    ["Level", "Question", "Evidence and method", "When"],
    ["1 Reactions", "Did participants value the learning?",
     "Study day evaluations; the University's Module Evaluation Questionnaire", "Each study day; end of each module"],
    ["2 Learning", "What did participants learn?",
     "The Professional Profile repeated at the end of the programme (ratings on each national outcome compared with study day 1); assessment results", "Start and end"],
    ["3 Organisational support", "Did the school support the change?",
     "Questionnaire to participants' headteachers", "End of programme and one term later"],
    ["4 Use of new knowledge and skills", "Do participants practise differently and with more confidence?",
     "Mentor's end-of-year statement; one visit by the learning set facilitator to each participant's school in Module 2; participants' confidence ratings", "Module 2"],
    ["5 Pupil outcomes", "What difference did it make to pupils?",
     "Baseline and end measures from every Enquiry (standardised reading or spelling scores, P scales or National Curriculum sub-levels, attendance, a well-being scale), collated anonymously into an annual impact summary; for pupils on the HVSS caseload in participants' schools, progress tracked through HVSS annual review data for two years", "Annually"],
], widths=[2.6, 3.5, 7.7, 2.7])
H("11.2 How the evidence is used", 2)
P("The Programme Leader and Partner Programme Coordinator bring the evidence together in the "
  "Annual Programme Monitoring report, with the external examiner's report and the impact "
  "summary. The Programme Committee considers the report each October and approves an action "
  "plan; the School's Learning, Teaching and Assessment Committee receives it in November. "
  "Changes are reported to participants in a \"You said, we did\" note at the first study day "
  "and to the three authorities' SEN managers.")
H("11.3 External review", 2)
P("Besides the external examiner, the programme is subject to the University's periodic review "
  "every five years and to any monitoring by the TDA or inspection by Ofsted.")

# ------------------------------------------------------------ 12
H("12 Admissions, selection and safeguarding")
H("12.1 Entry requirements", 2)
P("Applicants must hold qualified teacher status; be employed as a teacher in a school in "
  "Dunholt, Stainmoor or Whitmere (or, where places allow, a neighbouring authority); be the "
  "school's SENCO or be designated to take up the role within a year; and have their "
  "headteacher's written support, including release for study days and the nomination of a "
  "mentor.")
H("12.2 Selection", 2)
p = P("")
r = p.add_run("Applications are considered by the Programme Leader and the Partner Programme "
              "Coordinator, who offer places to applicants who meet the entry requirements, in order "
              "of receipt.")
comment(r, "Should we say what happens to applicants who aren't ready? Joanna to draft for v1.3.",
        *CL, date="2009-02-15T17:45:00Z")
H("12.3 Criminal records and background checks", 2)
p = P("The nomination form asks the headteacher to confirm that the candidate has a current "
      "enhanced CRB disclosure obtained by the school or the authority, giving its date and "
      "reference number, and that the school has checked List 99 and taken up references under "
      "its safer recruitment procedures. The Partner Programme Coordinator checks each form before "
      "a place is offered, and no place is confirmed until the form is complete. A candidate who "
      "has not worked in a school in a post with regular contact with children during the last "
      "three months, for example a teacher returning from a career break, must obtain a new "
      "enhanced disclosure through Stainmoor Borough Council's HR service before starting")
ins_run(p, ", and the Partner Programme Coordinator sees the disclosure before the candidate is "
        "registered", MF, "2009-02-16T09:30:00Z")
p.add_run(".")

# ------------------------------------------------------------ 13
H("13 Stakeholders")
H("13.1 How the design reflects stakeholders' needs", 2)
p = P("The programme's design draws on HVSS's long experience of working with schools across the "
      "three boroughs and on the Sensory Inclusion Certificate. It reflects the needs of local "
      "schools as the Service understands them. ")
d = del_run(p, "In June 2008 HVSS surveyed the SENCOs of all 118 schools in the three boroughs; "
            "the 74 replies asked above all for help with leading colleagues, using data and "
            "working with other services, and the programme's emphasis on these areas follows "
            "from them.", MF, "2009-02-16T09:12:00Z")
comment(p.runs[0], "The June 2008 survey was of Sensory Inclusion Certificate participants, not "
        "all schools. Please correct or remove.", *HD, date="2009-02-13T10:42:00Z")
H("13.2 Consultation", 2)
P("The partners intend to consult headteachers, the three authorities and the Parent Partnership "
  "Service once the programme is approved, so that their views can shape the second year.")
H("13.3 Involvement in the programme", 2)
P("Stakeholders take part in the programme in several ways. A headteacher from each borough, "
  "nominated by the borough's headteachers' association, and a parent representative nominated "
  "by the Parent Partnership Service sit on the Programme Committee, which receives the "
  "evaluation evidence and the Annual Programme Monitoring report and approves the action plan "
  "each October. Headteachers from other schools sit on the panels for Assessment 4. "
  "Practitioners from the authorities' services and voluntary organisations teach at study days "
  "(5.4). Participants' headteachers complete the Level 3 questionnaire (Section 11), and former "
  "participants of the Sensory Inclusion Certificate speak at study day 1.")

# ------------------------------------------------------------ references
H("References")
refs = [
    "Ainscow, M., Booth, T. and Dyson, A. (2006) Improving Schools, Developing Inclusion. London: Routledge.",
    "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0-19) with Speech, Language and Communication Needs. Nottingham: DCSF.",
    "Biggs, J. (2003) Teaching for Quality Learning at University. 2nd edn. Buckingham: SRHE and Open University Press.",
    "DCSF (2008) Inclusion Development Programme: Supporting Pupils with Dyslexia and Pupils with Speech, Language and Communication Needs. Nottingham: DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice. Nottingham: DfES.",
    "DfES (2004) Every Child Matters: Change for Children. Nottingham: DfES.",
    "DfES (2004) Removing Barriers to Achievement: The Government's Strategy for SEN. Nottingham: DfES.",
    "Guskey, T. R. (2000) Evaluating Professional Development. Thousand Oaks, CA: Corwin Press.",
    "House of Commons Education and Skills Committee (2006) Special Educational Needs. Third Report of Session 2005-06. London: The Stationery Office.",
    "Kolb, D. A. (1984) Experiential Learning. Englewood Cliffs, NJ: Prentice Hall.",
    "McGill, I. and Brockbank, A. (2004) The Action Learning Handbook. London: RoutledgeFalmer.",
    "Ofsted (2004) Special Educational Needs and Disability: Towards Inclusive Schools. London: Ofsted.",
    "Ofsted (2006) Inclusion: Does It Matter Where Pupils Are Taught? London: Ofsted.",
    "Revans, R. (1980) Action Learning. London: Blond and Briggs.",
    "Schon, D. A. (1983) The Reflective Practitioner. New York: Basic Books.",
    "TDA (2008) Draft Specification for Nationally Accredited Training for Teachers New to the Role of Leading Coordination of Provision for Pupils with Special Educational Needs. London: TDA.",
    "Wenger, E. (1998) Communities of Practice. Cambridge: Cambridge University Press.",
]
for x in refs:
    p = P(x)
    p.paragraph_format.left_indent = Cm(1)
    p.paragraph_format.first_line_indent = Cm(-1)
    for run in p.runs:
        run.font.size = Pt(10)

# ------------------------------------------------------------ Appendix A (landscape)
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = sec.page_height, sec.page_width
ls.left_margin = ls.right_margin = Cm(1.8)
H("Appendix A: Alignment of the national minimum outcomes with the programme")
P("Each row summarises a national minimum outcome (TDA, 2008) in the programme team's words and "
  "shows the PLO it maps onto, where it is developed, and how it is assessed. Every national "
  "minimum outcome is developed and assessed within the programme.")
rows = [
    ("G", "Professional attributes"),
    ("Att 1", "Fair, respectful and supportive relationships with pupils and with their parents and carers", "PLO5", "SD4; PT3", "Assessment 2(b); Assessment 4 (viva)", "Learning Log"),
    ("Att 2", "Gaining the commitment of colleagues, the headteacher and senior leaders", "PLO6", "SD2; SD7", "Assessment 1 (plan agreed with headteacher)", "-"),
    ("Att 3", "Prioritising, managing time and delegating", "PLO6", "SD7; PT5", "-", "PT5; Learning Log"),
    ("Att 4", "Anticipating and solving problems; sound judgement on provision", "PLO4", "SD5 (case files)", "Assessment 4 (viva scenario)", "Learning sets"),
    ("Att 5", "Clear speech and writing; listening to others", "All", "Throughout", "Assessments 1-4", "Learning sets"),
    ("Att 6", "Using research and outside advice to improve practice", "PLO3", "SD6; directed reading", "Assessment 3", "Draft plan feedback"),
    ("Att 7", "Keeping up to date and taking responsibility for own CPD", "PLO8", "SD8 (Continuing Development Plan)", "-", "Learning Log"),
    ("G", "Knowledge and understanding"),
    ("Kn 1", "SEN law and guidance, including the Code of Practice, and how to put them into practice", "PLO1", "SD1", "Assessment 1", "-"),
    ("Kn 2", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "PLO1", "SD1", "Assessment 1", "-"),
    ("Kn 3", "Disability equality law and the actions it requires", "PLO1", "SD2", "Assessment 1 (accessibility plan)", "-"),
    ("Kn 4 and 5", "How children develop and what affects development; the most common types of SEN and disability and their effect on learning", "PLO2", "SD3", "Assessment 3 (research review); Assessment 4", "PT3"),
    ("Kn 6", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "PLO2", "SD4; SD6", "Assessment 3", "-"),
    ("Kn 8", "Best practice and research in meeting SEN", "PLO3", "SD6", "Assessment 3", "-"),
    ("Kn 9", "The scope and role of external agencies; obtaining specialist support", "PLO7", "SD5; PT6", "Assessment 2(c)", "PT6"),
    ("G", "Professional skills"),
    ("Sk 1", "Influencing strategic development, ethos, policy and resources with senior colleagues and governors", "PLO6", "SD2; SD7", "Assessment 1 (presentation to governor)", "-"),
    ("Sk 2", "Identifying needs, setting targets, planning interventions and reviewing progress", "PLO4", "SD4", "Assessment 3", "-"),
    ("Sk 2a", "Using other professionals' assessments to shape teaching", "PLO4", "SD5", "Assessment 3", "-"),
    ("Sk 2b", "Using summative assessment and national tests to track progress and adjust programmes", "PLO4", "SD6", "-", "PT1"),
    ("Sk 2c", "Encouraging colleagues to develop formative assessment", "PLO5", "SD6", "Assessment 2(a)", "-"),
    ("Sk 2d", "Identifying and arranging access arrangements for tests and examinations", "PLO4", "SD6", "-", "PT4"),
    ("Sk 3", "Provision mapping; finding ineffective or missing provision", "PLO4", "SD4; PT1", "Assessment 1 (provision map)", "PT1"),
    ("Sk 4", "Deploying and managing staff", "PLO6", "To be developed with partner schools for 2010-11", "-", "-"),
    ("Sk 5", "Supporting colleagues' development: observation, feedback, coaching, training", "PLO5", "SD7; PT2", "Assessment 2(a)", "PT2"),
    ("Sk 6", "Reviewing and evaluating provision with colleagues to inform improvement planning", "PLO8", "SD7", "Assessment 3 (evaluation)", "-"),
    ("Sk 7", "Involving pupils in planning, agreeing and reviewing their provision", "PLO5", "SD4; PT3", "-", "PT3"),
    ("Sk 8", "Liaising with parents and carers", "PLO5", "SD4", "Assessment 2(b)", "-"),
    ("Sk 9", "Working in partnership with other services and agencies, including voluntary organisations", "PLO7", "SD5", "Assessment 2(c)", "PT6"),
]
t = doc.add_table(rows=1 + len(rows), cols=6)
t.style = "Table Grid"
hdr = ["Ref", "National minimum outcome (summary)", "PLO", "Where developed", "Summative assessment", "Formative only"]
for j, h in enumerate(hdr):
    c = t.cell(0, j)
    c.text = ""
    rr = c.paragraphs[0].add_run(h)
    rr.bold = True
    rr.font.size = Pt(9)
    shade(c, "BFBFBF")
kn8_cell = None
for i, row in enumerate(rows, start=1):
    if row[0] == "G":
        m = t.cell(i, 0).merge(t.cell(i, 5))
        m.text = ""
        rr = m.paragraphs[0].add_run(row[1])
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "E7E6E6")
        continue
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        rr = c.paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if row[0] == "Kn 8" and j == 0:
            kn8_cell = rr
widths = [1.6, 8.6, 1.3, 5.0, 5.0, 3.5]
for row in t.rows:
    for j, w in enumerate(widths):
        row.cells[j].width = Cm(w)
comment(kn8_cell, "The TDA list has nine knowledge outcomes. I count seven rows here, eight "
        "outcomes with Kn 4 and 5 together, so one is missing. Check before this goes to the TDA.", *HD,
        date="2009-02-13T11:05:00Z")
P("Key: SD = study day (Section 5.1). PT = Practice Task, formative and not marked (Section 5.3). "
  "Assessments 1-4 are the summative assessments in Section 9.2.")

# ------------------------------------------------------------ Appendix B (portrait)
ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = sec.page_width, sec.page_height
ps.left_margin = ps.right_margin = Cm(2.3)
H("Appendix B: Level 7 grade bands (University generic criteria, summary)")
table([
    ["Mark", "Band", "Summary descriptor"],
    ["70 and above", "Distinction", "Sustained critical analysis and synthesis; original and well-evidenced evaluation of practice; excellent use of literature; clear and significant effect on practice"],
    ["60-69", "Merit", "Consistent critical analysis; sound evaluation of practice; wide and relevant reading; clear effect on practice"],
    ["50-59", "Pass", "Some critical analysis; adequate evaluation of practice; relevant reading; some effect on practice shown"],
    ["40-49", "Marginal fail", "Largely descriptive; limited evaluation; may be compensated within a module (Section 9.7)"],
    ["Below 40", "Fail", "Descriptive; little or no evaluation; inadequate reading or evidence"],
], widths=[2.6, 2.6, 11.3])

write_footnotes()
cp = doc.core_properties
cp.author = "Catherine Lyle"
cp.last_modified_by = "Mark Ferris"
cp.title = "LTAS-1 PG Cert SEN Coordination v1.2"
cp.created = datetime.datetime(2009, 1, 30, 9, 0)
cp.modified = datetime.datetime(2009, 2, 16, 9, 35)
cp.revision = 14
doc.save(OUT)
print("wrote", OUT)
