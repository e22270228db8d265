"""gl-02-thorncliffe-assessment-policy: build the .docx next to this script.

Provider (invented): Thorncliffe School, Holmbridge, an 11-18 comprehensive
with Training School status, an examination centre, leading the Thorncliffe
Training Partnership of fourteen schools with the University of Mardon, which
validates the award.

Kind of document: SCHOOL POLICY IN EXAM-CENTRE FORM. Part C of the school's
Assessment and Examinations Policy (the policy a secondary school keeps as an
examination centre: roles, candidate registration, access arrangements,
authentication, malpractice, internal standardisation, deadlines, internal
appeals), extended to the SENCO award the school runs as a Training School.
Third person ("the Centre", "candidates"). Sent as approved by the governors'
Curriculum and Standards Committee, with the Committee's amendments left as
tracked changes.

Layout: a policy cover table (merged cells); a shaded note to the panel;
Heading 1/Heading 2 styles with the policy's own numbers (1-11, 3.1-3.6,
11.1-11.4) that collide with requirement ids; a roles-and-responsibilities
table; a calendar table; a components table; typed "Step 1" lines for
appeals; Appendix 1 Outcome Record with merged shaded group rows and an S/F
column; Appendix 2 a blank candidate authentication declaration. Header and
footer (footer with a PAGE field). Tracked changes: a deleted paragraph, a
deleted sentence, an inserted sentence. Two Word comments.

Traps (requirement ids):
- 3.6 "Direct Assessment Route" is a wholly deleted tracked paragraph; the
  roles table still says the Award Leader "considers requests under 3.6"
  (2.3 not_met: the route itself exists only in deleted text).
- 3.2 CRB: the sentence on candidates without recent work with children
  needing a new enhanced disclosure is a tracked INSERTION, so it is part of
  the submission (5.3 met, notes_on_met).
- 4.1: "Candidates may also join in February" is a tracked deletion: one
  start point, day or twilight only (3.2 partially_met).
- 4.1 (the policy's) says: no online element (3.3 not_applicable; emailed
  submission is not e-learning).
- 1.2 (the policy's): candidates may register at Level 6 instead of masters
  level (E.2 partially_met).
- 1.3 (the policy's): aim is statutory compliance and pupils' attainment,
  nothing on well-being or Every Child Matters in the aims (1.1
  partially_met).
- 4.4: research covered only by "reading lists are kept up to date by the
  University" (1.3 partially_met).
- Roles table: tutors "[to be confirmed]"; "experienced practitioners" only
  (5.4 partially_met).
- 4.5: the specialist resource collection is only intended for 2009-10
  (5.6 not_met: aspiration).
- 11.3: partner schools "are represented on the Partnership Board" - an
  assertion with no evidence gathered (4.1 partially_met). Nothing on how
  stakeholders shaped the award; the heads' survey is mentioned only in a
  comment (4.2 not_met).
- 11.4 "Impact" is a bracketed placeholder; only results analysis (11.2) and
  C3's report on pupils remain (5.9 partially_met).
- 3.3 access arrangements for disabled candidates are the provider's own
  duty (3.1 met), while Part A access arrangements for pupils' GCSEs are
  mentioned as separate (not evidence for 3.1; the outcome 6.S2d is met by
  its own row).
- Appendix 1: no row for prioritising and delegating (6.A3 not_met);
  research outcome taught only "—" (6.A6 partially_met); self-evaluation
  taught only (6.K7 partially_met); supporting colleagues' development only
  "C4 (F)", formative (6.S5 partially_met). Hence 1.9 partially_met. 6.0 is
  met by the Award Board rule in 9.2 (every outcome on the Outcome Record).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
NAME = Path(__file__).name.replace(".build.py", "")
AUTH = "Curriculum and Standards Committee"
DATE = "2009-02-12T18:30:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc, text="", bold=False, italic=False, size=None, style=None, lead=None):
    p = doc.add_paragraph(style=style)
    if lead:
        p.add_run(lead).bold = True
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    return p


def cl(doc, num, text):
    """A numbered clause: the number typed by hand."""
    return para(doc, text, lead=num + "  ")


def ins_run(p, text):
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="{nid()}" w:author="{AUTH}" w:date="{DATE}">'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(p, text):
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{AUTH}" w:date="{DATE}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def deleted_paragraph(doc, text, style=None):
    p = doc.add_paragraph(style=style)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{nid()}" w:author="{AUTH}" w:date="{DATE}"/>'))
    pPr.append(rPr)
    del_run(p, text)
    return p


def grid(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row).bold = True
            shade(m, "F2F2F2")
            continue
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for r in t.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def page_field(paragraph):
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = paragraph.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = txt; r._r.append(it)
        elif kind == "text":
            r.text = txt
        else:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)


doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
h = sec.header.paragraphs[0]
h.text = "THORNCLIFFE SCHOOL - A TRAINING SCHOOL\tPolicy T14C"
f = sec.footer.paragraphs[0]
f.add_run("Assessment and Examinations Policy, Part C. Approved 12 February 2009. Review due February 2010.   Page ")
page_field(f)

# ---------------------------------------------------------------- cover
t = doc.add_table(rows=7, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
top.text = ""
r = top.paragraphs[0].add_run("ASSESSMENT AND EXAMINATIONS POLICY\nPART C: POSTGRADUATE AWARDS - THE NATIONAL AWARD FOR SEN COORDINATION")
r.bold = True
shade(top, "1F3864")
r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i, (k, v) in enumerate([
    ("Policy number", "T14C (Parts A and B: T14A General qualifications; T14B Vocational qualifications)"),
    ("Policy owner", "Director of Professional Learning"),
    ("Approved by", "Governors' Curriculum and Standards Committee, 12 February 2009, with the amendments shown"),
    ("Applies to", "Thorncliffe School as a Training School and examination centre (centre number 34127); "
                   "the schools of the Thorncliffe Training Partnership; the University of Mardon"),
    ("Related policies", "T14A; Disability Equality Scheme 2007-10; Safeguarding and Safer Recruitment Policy; "
                         "University of Mardon Academic Regulations for Taught Postgraduate Awards"),
    ("Review", "February 2010, or sooner if the University's regulations or the TDA's requirements change"),
], start=1):
    t.cell(i, 0).text = k
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    shade(t.cell(i, 0), "D9E2F3")
    t.cell(i, 1).text = v
doc.add_paragraph()

nb = doc.add_table(rows=1, cols=1)
nb.style = "Table Grid"
c = nb.cell(0, 0)
shade(c, "FFF2CC")
c.text = ""
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
c.add_paragraph("Every part of the National Award that concerns candidates, from registration to the award "
                "of credit, is governed by this policy, and the Partnership has chosen to send it as its "
                "application rather than write a separate account. It is sent as the Committee approved it: "
                "the Committee's amendments are shown as tracked changes and were approved as shown. Parts A "
                "and B of the policy, which cover GCSE, GCE and vocational examinations, are not included.")
doc.add_paragraph()

# ---------------------------------------------------------------- 1
doc.add_heading("1 Purpose and scope", level=1)
cl(doc, "1.1", "Thorncliffe School is an examination centre for GCSE, GCE and vocational qualifications and, "
   "as a Training School, the lead school of the Thorncliffe Training Partnership. From September 2009 the "
   "Partnership will offer the National Award for SEN Coordination to teachers in its fourteen schools and "
   "in other schools in Castlewold and neighbouring authorities. This Part of the policy sets out how the "
   "Centre registers, teaches, assesses and recommends candidates for the Award, so that every candidate is "
   "treated fairly and every judgement can be defended.")
cl(doc, "1.2", "The Award is validated by the University of Mardon as the Postgraduate Certificate in Special "
   "Educational Needs Coordination: 60 credits at Level 7 (masters level), in two modules of 30 credits. "
   "Candidates who do not wish to study at masters level may instead register for the Graduate Certificate "
   "in SEN Coordination, which carries the same 60 credits at Level 6 and is taught alongside it.")
cl(doc, "1.3", "The aim of the Award is to give teachers new to the role of SENCO the knowledge, skills and "
   "qualification needed to carry out the role as the SEN Code of Practice (2001) and the Education (Special "
   "Educational Needs Co-ordinators) (England) Regulations 2008 require it, and so to raise standards of "
   "attainment for pupils with special educational needs in their schools.")
cl(doc, "1.4", "Where this Part is silent, the University's Academic Regulations for Taught Postgraduate "
   "Awards apply, and where the two differ the University's regulations prevail.")

# ---------------------------------------------------------------- 2
doc.add_heading("2 Roles and responsibilities", level=1)
cl(doc, "2.1", "Everyone with a part in the assessment of the Award receives a copy of this Part of the "
   "policy. All tutors and school mentors attend an induction meeting in July, at which the Award Leader "
   "goes through their role, the assessment criteria and the Mentor Guide, and tutors attend a standardisation "
   "meeting before each marking round (section 7). A tutor who has not attended standardisation does not "
   "mark in that round.")
grid(doc, ["Role", "Who", "Responsibilities for the Award"], [
    ["Head of Centre", "Robert Askew, Headteacher", "Overall responsibility for the conduct of assessment; "
     "signs the Centre's declaration to the University each year; decides appeals at Stage 3"],
    ["Director of Professional Learning", "Helen Garside, Deputy Headteacher", "Owns this policy; chairs the "
     "Award Board; investigates suspected malpractice"],
    ["Award Leader", "Dr Sunita Mehra, SENCO", "Recruitment, interview and registration; Starting Point "
     "Reviews; considers requests under 3.4 and 3.6; plans teaching; organises standardisation, second "
     "marking and placements; keeps the Outcome Record"],
    ["Tutors", "Experienced SEN practitioners from the Partnership and the University: [names to be confirmed]",
     "Teach sessions; act as personal tutor to up to eight candidates; first-mark components; give feedback "
     "on drafts"],
    ["University Link Tutor", "Dr Peter Kilbride, University of Mardon", "Second-marks a sample; moderates; "
     "ensures the University's regulations are followed; presents results to the University's Examination Board"],
    ["External Examiner", "Appointed by the University", "Sees all fails, all distinctions and a sample; "
     "attends the Award Board; reports annually to the University"],
    ["School mentor", "A senior leader in the candidate's school, named on the nomination form",
     "Meets the candidate each half term; observes one episode of the candidate's work with colleagues; "
     "signs the authentication declaration for school-based evidence (Appendix 2)"],
    ["Examinations Officer", "Maureen Tolley", "Keeps the register of candidates, submission dates and the log "
     "of extensions; arranges access arrangements agreed under 3.3"],
    ["Candidate", "", "Follows this policy; submits only their own work; keeps pupils' data anonymous"],
], widths=[3.5, 4.5, 9])

# ---------------------------------------------------------------- 3
doc.add_heading("3 Entry and registration", level=1)
doc.add_heading("3.1 Who may register", level=2)
cl(doc, "3.1.1", "Candidates must hold qualified teacher status, be employed in a school, and be the school's "
   "SENCO or be designated to take up the role within the year. They are nominated by their headteacher on "
   "the Centre's nomination form, on which the headteacher commits to release time of ten days and to a "
   "school mentor.")
cl(doc, "3.1.2", "Every applicant is interviewed by the Award Leader and a tutor. The interview looks at the "
   "applicant's experience of teaching pupils with SEN, their school's arrangements and their written "
   "statement, against the entry profile in the Candidate Handbook. An applicant who is unlikely to meet "
   "all the outcomes within the year is not registered: the Award Leader explains what experience or "
   "preparation they need, usually a term of the local authority's SENCO induction network, writes to the "
   "headteacher with the same advice, and offers a place in the following cohort.")
doc.add_heading("3.2 Suitability to work with children", level=2)
p = cl(doc, "3.2.1", "The Centre registers no candidate until the headteacher has confirmed on the nomination "
       "form that the candidate holds a current enhanced CRB disclosure recorded on the school's single central "
       "record, that the school has checked the candidate against List 99, and that there are no outstanding "
       "disciplinary matters. The Award Leader checks each form and holds the register of confirmations. ")
ins_run(p, "A candidate who has not worked in a school or college in a post involving regular contact with "
           "children in the past three months must obtain a new enhanced disclosure through the Centre before "
           "registration, and the Centre takes up a reference from their last employer.")
cl(doc, "3.2.2", "The same confirmation is required before any placement under 4.3.")
doc.add_heading("3.3 Candidates with disabilities", level=2)
cl(doc, "3.3.1", "The application form and the interview invite applicants to tell the Centre about any "
   "disability or learning difficulty, and explain that this is used only to plan adjustments and does not "
   "affect selection. Applicants are assessed for entry against the entry profile only.")
cl(doc, "3.3.2", "The Award Leader agrees a written adjustment plan with each disabled candidate before the "
   "first session. Adjustments made so far have included materials sent in advance in large print or "
   "electronic form, a hearing loop and a reserved seat, rest breaks, an extended deadline for each "
   "component, and a recorded viva in place of written reflection. The plan covers taught sessions, "
   "placements (the Award Leader confirms the host school can make the adjustments) and assessment, and "
   "the Examinations Officer records it. The plan is reviewed at each tutorial.")
cl(doc, "3.3.3", "These arrangements are separate from the access arrangements the Centre makes for pupils "
   "sitting GCSE and GCE examinations, which are set out in Part A. The Centre's Disability Equality Scheme "
   "applies to the Award in full.")
doc.add_heading("3.4 Credit for earlier study and experience", level=2)
cl(doc, "3.4.1", "A candidate who holds masters-level credit in SEN or inclusion gained in the last five years "
   "may apply to the Award Leader to have up to 30 credits accredited under the University's regulations for "
   "the accreditation of prior certificated learning; the University Link Tutor decides.")
cl(doc, "3.4.2", "A candidate with substantial experience may claim up to 30 credits for experiential learning "
   "by submitting a portfolio mapped to the outcomes of Module 1, assessed by two tutors and moderated by "
   "the University. Credit awarded under 3.4 is recorded against the outcomes it covers on the Outcome Record.")
doc.add_heading("3.5 Starting Point Review and Individual Learning Plan", level=2)
cl(doc, "3.5.1", "In July, before the course begins, each registered candidate completes the Starting Point "
   "Review: a rating of their own knowledge and practice against each of the 28 national outcomes, with "
   "evidence, which the candidate's headteacher or mentor comments on. At a meeting with their personal "
   "tutor the candidate agrees an Individual Learning Plan that names the outcomes they will give most time "
   "to, the optional workshops they will attend, and the focus of their components, so that each candidate's "
   "components are built round their own school and needs.")
cl(doc, "3.5.2", "The plan is reviewed at each of the three tutorials and the tutor checks the review ratings "
   "against the evidence in the candidate's work, adjusting the plan where a rating proves to be wrong.")
doc.add_heading("3.6 Direct Assessment Route", level=2)
deleted_paragraph(doc, "3.6.1  In exceptional cases an experienced SENCO or support-service teacher may apply "
                  "to be assessed without attending the taught sessions. The candidate submits Components 1 to 4 "
                  "on the normal dates, with a tutorial before each, and is assessed against all 28 outcomes by "
                  "the same criteria. The fee is £450.")

# ---------------------------------------------------------------- 4
doc.add_heading("4 Teaching and delivery", level=1)
p = cl(doc, "4.1", "The Award begins each September and runs for one academic year. Candidates attend ten "
       "sessions and choose when they register whether to attend each session as a full day at the Training "
       "School or as two twilight sessions in the same fortnight. ")
del_run(p, "Candidates may also join in February, taking Module 2 before Module 1. ")
p.add_run("All sessions are taught face to face; there is no online element. Components are submitted by "
          "email to the Examinations Officer.")
grid(doc, ["Session", "Month", "Content"], [
    ["1", "September", "The SENCO's role; the Code of Practice, the 2008 SENCO regulations, the SEN and Disability "
     "Act 2001 and the Disability Discrimination Act 2005; what they require of the school"],
    ["2", "October", "Every Child Matters and the SENCO; external agencies, the Common Assessment Framework and "
     "how to secure specialist support"],
    ["3", "October", "How children develop and what affects their development; the main types of SEN: BESD, "
     "specific learning difficulties and dyslexia, SLCN, autistic spectrum disorders, MLD"],
    ["4", "November", "Consulting pupils: methods for hearing pupils' views, including those with communication "
     "difficulties; involving pupils in their reviews"],
    ["5", "December", "Working with parents and carers; meetings, reviews and difficult conversations"],
    ["6", "January", "Identifying needs; targets; interventions; using other professionals' assessments; "
     "tracking with summative data and national tests; formative assessment; access arrangements for tests and "
     "examinations"],
    ["7", "February", "Approaches and resources for teaching and learning, including ICT; research on what works"],
    ["8", "March", "Provision mapping; deploying and managing teaching assistants"],
    ["9", "April", "Leading colleagues: observation and feedback, coaching and mentoring, planning training"],
    ["10", "June", "School self-evaluation and improvement; strategy, governors and resources; Component 3 vivas"],
], widths=[1.8, 2.5, 12.5])
cl(doc, "4.2", "Every session includes a school-based task that the candidate carries out in their own school "
   "before the next session and brings back for discussion. All four components are based on the "
   "candidate's work in their own school, and Components 2 and 3 require the candidate to bring about and "
   "record a change in provision.")
cl(doc, "4.3", "Each candidate spends two days at Ashlands School, the Partnership's special school, and one "
   "day in a school of a different phase, arranged by the Award Leader in the spring term with a named host "
   "teacher and a programme agreed in advance. Sessions 2, 3 and 6 are taught with a senior educational "
   "psychologist, a specialist speech and language therapist and the county autism outreach teacher, and "
   "Session 5 with the Castlewold Parent Partnership Service.")
cl(doc, "4.4", "Session content covers current legislation, guidance and national initiatives, including the "
   "Inclusion Development Programme. Reading lists are kept up to date by the University.")
cl(doc, "4.5", "The Partnership intends, during 2009-10, to build up a collection of specialist assessment "
   "materials and assistive technology in the Professional Learning Centre for candidates to use and borrow.")
cl(doc, "4.6", "Each candidate has three tutorials with their personal tutor, who reads one draft of each "
   "component. The fee of £1,100 includes the tutorials and placements; the Partnership meets half the fee "
   "for its own schools.")

# ---------------------------------------------------------------- 5
doc.add_heading("5 Assessment components", level=1)
grid(doc, ["Component", "Module", "What the candidate submits", "Marking"], [
    ["C1 Policy and Practice Review", "1", "A review of the school's SEN and disability arrangements against the "
     "law, the Code of Practice, disability equality duties and Every Child Matters, including the school's "
     "arrangements for access in national tests and examinations, with recommendations (3,000 words)", "Graded"],
    ["C2 Pupil Voice and Provision Study", "1", "A study of provision for one pupil or small group: the candidate "
     "consults the pupils using methods from Session 4, meets and records a meeting with parents or carers, uses "
     "the reports of other professionals, sets targets, plans and reviews an intervention with tracking data "
     "(4,000 words)", "Graded"],
    ["C3 Leading Improvement Project", "2", "A project led with colleagues to improve provision, using a "
     "provision map to identify a gap, deploying support staff, reporting the effect on pupils against a "
     "baseline, and presenting the case to the senior team or governors (5,000 words and a 20-minute viva)",
     "Graded"],
    ["C4 Professional Development Portfolio", "2", "Evidence of the candidate's work as SENCO over the year, with "
     "a reflective commentary and a plan for their own development; includes formative pieces marked F in "
     "Appendix 1, on which the candidate receives feedback only", "Pass/fail"],
], widths=[3.5, 1.5, 9, 2.5])
cl(doc, "5.1", "Components are assessed against the University's masters-level criteria and against the "
   "national outcomes listed for each component in Appendix 1. A component cannot pass unless the evidence "
   "for each outcome listed against it as S is judged sufficient.")

# ---------------------------------------------------------------- 6
doc.add_heading("6 Authentication and malpractice", level=1)
cl(doc, "6.1", "Each component is submitted with the declaration in Appendix 2, signed by the candidate and, "
   "for school-based evidence, by the school mentor. Components are checked with the University's "
   "plagiarism detection software.")
cl(doc, "6.2", "Suspected malpractice is reported to the Director of Professional Learning, who investigates "
   "under the University's academic misconduct procedure. Pupils, parents and colleagues are never named in "
   "submitted work, and a breach of confidentiality is treated as malpractice.")

# ---------------------------------------------------------------- 7
doc.add_heading("7 Internal standardisation and moderation", level=1)
cl(doc, "7.1", "Before each marking round all markers meet to mark two anonymised scripts from the previous "
   "round (or, in the first year, from the pilot group) and agree standards. The Award Leader records the "
   "agreed marks and any differences.")
cl(doc, "7.2", "Every component is first-marked by the candidate's tutor and second-marked blind by another "
   "tutor; where marks differ by more than five, or on either side of a pass, a third marker decides. The "
   "University Link Tutor moderates a sample of 20 per cent of each component, including all fails and "
   "distinctions, and the External Examiner sees all fails, distinctions and a further sample.")
cl(doc, "7.3", "Marks are provisional until confirmed by the University's Examination Board.")

# ---------------------------------------------------------------- 8
doc.add_heading("8 Deadlines, extensions and mitigating circumstances", level=1)
cl(doc, "8.1", "Submission dates are published at registration. The Award Leader may grant an extension of up "
   "to two weeks; longer extensions and mitigating circumstances go to the University's panel. Work submitted "
   "late without an extension is capped at a pass.")
cl(doc, "8.2", "A candidate who fails a component may resubmit once within three months.")

# ---------------------------------------------------------------- 9
doc.add_heading("9 The Award Board and the award", level=1)
cl(doc, "9.1", "The Award Board meets in July. It is chaired by the Director of Professional Learning and "
   "includes the Award Leader, the University Link Tutor, the External Examiner, two headteachers of partner "
   "schools and the Castlewold Principal Officer for SEN.")
cl(doc, "9.2", "The Board recommends a candidate to the University for the Award only where the candidate has "
   "passed all four components and the Outcome Record shows evidence accepted against every one of the "
   "national outcomes. A candidate who has passed the components but lacks accepted evidence for any outcome "
   "is not recommended until that evidence has been assessed.")
cl(doc, "9.3", "At the final tutorial, which the candidate's line manager attends, each candidate completes a "
   "Next Steps plan setting two or three professional targets for the following year, drawing on the "
   "Outcome Record and the school's improvement plan. With the candidate's agreement the plan is passed to "
   "the school's performance management reviewer.")

# ---------------------------------------------------------------- 10
doc.add_heading("10 Internal appeals", level=1)
cl(doc, "10.1", "A candidate may appeal against the conduct of an assessment, not against academic judgement.")
for s in ["Step 1. The candidate writes to the Award Leader within ten working days of the result.",
          "Step 2. If not resolved, the Director of Professional Learning reviews the case within fifteen working days.",
          "Step 3. The Head of Centre hears the appeal and decides; the candidate may then appeal under the "
          "University's procedures."]:
    para(doc, s).paragraph_format.left_indent = Cm(1)

# ---------------------------------------------------------------- 11
doc.add_heading("11 Monitoring and review", level=1)
cl(doc, "11.1", "Candidates evaluate each session on a short form and each module in more detail; the course "
   "team reviews the forms after each session and reports changes at the next. The External Examiner's "
   "report and the University's annual monitoring report are considered each October by the Partnership "
   "Board, which agrees the action plan for the next cohort and reviews progress against it in the spring.")
cl(doc, "11.2", "The Award Leader analyses results by component, by outcome and by school each year and "
   "reports to the Board where an outcome or component is weaker.")
cl(doc, "11.3", "The Award reflects the needs of the Partnership's schools, which are represented on the "
   "Partnership Board. Headteachers of partner schools sit on the Award Board and act as school mentors; "
   "the local authority's Principal Officer for SEN sits on the Award Board and on the Partnership Board; and "
   "a parent nominated by the Parent Partnership Service joins the annual review of the Award each October, "
   "with the candidates' evaluations and the external examiner's report before them.")
cl(doc, "11.4", "Impact. [Section to be completed once the University has confirmed its framework for "
   "evaluating the impact of postgraduate professional development.]")

# ---------------------------------------------------------------- appendix 1
doc.add_page_break()
doc.add_heading("Appendix 1: Outcome Record", level=1)
para(doc, "The Award Leader keeps one Outcome Record for each candidate. S: assessed summatively in the "
     "component; F: formative, feedback only; —: taught, not assessed.", italic=True)
grid(doc, ["National outcome", "Session", "Component", "S / F"], [
    "Professional attributes",
    ["Fair, respectful and constructive relationships with pupils and parents or carers", "4, 5", "C2", "S"],
    ["Gains the commitment of colleagues, the headteacher and senior leaders", "9, 10", "C3", "S"],
    ["Anticipates and resolves problems; sound judgement on provision", "6, 8", "C3", "S"],
    ["Clear speech and writing; listens to and understands others", "5, 9", "C3 (viva)", "S"],
    ["Draws on research and external advice to improve practice", "7", "—", "—"],
    ["Keeps up to date; takes responsibility for own CPD", "1-10", "C4", "S"],
    "Knowledge and understanding",
    ["SEN law and guidance, the Code of Practice, implications for the school", "1", "C1", "S"],
    ["Every Child Matters and the SENCO's part in the outcomes", "2", "C1", "S"],
    ["Disability equality law and the actions it requires", "1", "C1", "S"],
    ["How children develop; effect of SEN, disability and environment", "3", "C2", "S"],
    ["The common types of SEN and their effect on learning", "3", "C2", "S"],
    ["Approaches, strategies and resources including ICT", "6, 7", "C2", "S"],
    ["School self-evaluation and improvement", "10", "—", "—"],
    ["Best practice and research in meeting SEN", "7", "C1", "S"],
    ["External agencies; obtaining specialist support", "2", "C2", "S"],
    "Skills",
    ["Influences strategy, ethos, policy and resources with senior colleagues and governors", "10", "C3", "S"],
    ["Identifies pupils, sets targets, plans interventions, reviews progress", "6", "C2", "S"],
    ["Uses assessments from other professionals", "2, 6", "C2", "S"],
    ["Uses summative data and national tests to track progress", "6", "C2", "S"],
    ["Encourages colleagues' formative assessment", "6", "C3", "S"],
    ["Identifies and arranges access arrangements for tests and examinations", "6", "C1", "S"],
    ["Provision mapping; identifying ineffective or missing provision", "8", "C3", "S"],
    ["Deploys and manages staff", "8", "C3", "S"],
    ["Supports colleagues' professional development", "9", "C4", "F"],
    ["Reviews provision with colleagues for self-evaluation", "10", "C3", "S"],
    ["Involves pupils in planning and reviewing their provision", "4", "C2", "S"],
    ["Liaises with parents and carers", "5", "C2", "S"],
    ["Works with other services and voluntary organisations", "2", "C2", "S"],
], widths=[10, 2, 2.5, 1.5])

# ---------------------------------------------------------------- appendix 2
doc.add_heading("Appendix 2: Candidate authentication declaration", level=1)
grid(doc, ["", ""], [
    ["Candidate name", ""], ["School", ""], ["Component", "C1 / C2 / C3 / C4"],
    ["I confirm that this work is my own and that no pupil, parent or colleague can be identified from it.", "Signed:"],
    ["School mentor: I confirm that the school-based evidence describes work the candidate carried out.", "Signed:"],
    ["Date received by the Examinations Officer", ""],
], widths=[11, 5])

# ---------------------------------------------------------------- comments
paras = doc.paragraphs
c311 = [p for p in paras if p.text.startswith("11.3")][0]
doc.add_comment(c311.runs, text="Should we mention last summer's survey of heads and SENCOs and the parents' "
                "focus groups here? They changed the order of the sessions.", author="Maureen Tolley",
                initials="MT")
c41 = [p for p in paras if p.text.startswith("4.1")][0]
doc.add_comment(c41.runs[:2], text="The Committee removed the February start for 2009-10: not enough "
                "candidates to run two groups. Revisit for 2010.", author="Helen Garside", initials="HG")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
