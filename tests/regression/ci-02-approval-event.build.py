"""Build ci-02-approval-event.docx: Thornsby College internal approval event pack (invented).

Provider: Thornsby College of Higher Education, Centre for Inclusive Practice, whose taught
awards are validated by the University of Marstow, with Ostley Metropolitan Borough Council.
Programme: Postgraduate Certificate in Special Educational Needs Coordination (National Award
for SEN Coordination), three 20-credit modules KSN701-KSN703, each of two units (1a-3b).
Internal programme approval event 3 March 2009; pack sent to the TDA in April 2009. 2009
vocabulary (CRB, DDA, SEN Code of Practice 2001, ECM, SENCO Regulations 2008).

Layout:
- Cover sheet with the Academic Quality Office's documentation checklist (ticks) and a
  note that Sections A-E are "as presented" and Section G supersedes them.
- Section A: programme rationale in long prose paragraphs (typed sub-numbers A.1-A.6).
- Section B: a two-column programme specification table (as presented).
- Section C: staff CV summary table (five columns), one "to be confirmed" row.
- Section D: the mapping matrix with a legend of codes (filled circle = taught and
  summatively assessed, open circle = taught only, F = formative task only, blank = not
  addressed). Two-row header: "Minimum outcome" merged vertically; each module's name merged
  horizontally over its two unit columns. The outcomes are split over two tables: D1
  knowledge and understanding, D2 skills and attributes (group rows merged across the
  table). Rows carry the team's paraphrase, no ids, and several are out of the
  specification's order (K3 before K2, K5 before K4, K8 before K7; S2b before S2a, S2d
  before S2c, S6 before S5, S8 before S7; A5 before A4). 6.A3 has no row at all.
- Section E: assessment summary table (summative task and formative task per unit).
- Section F: the approval panel's report (panel's words: conditions and recommendations).
- Section G: the conditions and the College's responses, in a table with a status column.
- Page header and footer (never evidence).

Traps and the requirement ids they affect:
- E.2 met only through Section G: Section B says 40 credits at Level 7 and 20 at Level 6;
  Condition 1's response rewrites KSN701 at Level 7 and the programme "now carries 60
  credits, all at Level 7" (notes_on_met).
- 5.3 not_met: the CRB tick in the cover checklist is not evidence; Condition 2's response
  only assumes employers hold disclosures and says Admissions "will draw up a procedure".
- 5.9 met through Condition 3's response (baseline and end measures collated in the
  Annual Monitoring Report, with entry and exit self-audits in Section B).
- 6.S2d met through Condition 4(a) although the matrix still shows only an open circle
  ("The matrix in Section D has not been reissued"); 6.S2c stays taught only (4(b)).
- 2.2 partially_met: self-audit at interview informs the first assignment; individual
  learning plans deferred to the 2010 intake (Condition 5).
- 5.7 partially_met: tutors' team meetings and assessment workshop; mentor guide and
  briefing only promised (Condition 6).
- 2.3 not_met: Recommendation 1 "will consider"; the Ostley SENCO Induction Programme's
  portfolio-only certificate was another body's past arrangement (A.6).
- 3.2 partially_met: one September intake, fixed order, only a choice of twilight or
  Saturday group; blended route only "will look at" (Recommendation 2). 3.3
  not_applicable: "There is no online or e-learning element" (VLE only a document store).
- 4.2 partially_met: findings "have been taken fully into account" with no details of what
  changed; the Parents' Forum offer is only to be considered. 4.1 met (A.2 survey and
  findings, matched by the modules).
- 4.3 partially_met: LA psychologist and therapist teach, a headteacher sits on the 3b
  panel; evaluation only "Agreed in principle" (Recommendation 3).
- 1.5 not_met (negation): "the programme does not address it directly"; 6.S7 not_met:
  its matrix row is blank in every unit.
- 1.7 partially_met: value statement plus a session on informing parents (reports,
  letters, parents' evenings); no partnership. 6.S8 and 6.A1 partially_met (open circle).
- 2.5 partially_met: a quotation of the specification, then signposting to the MA only.
- 5.5 partially_met: visiting specialists; a visit to a special school "is being
  negotiated"; the "Placement agreements" tick on the cover is not evidence.
- 6.0 partially_met: award on module aggregates with compensation between units; plus the
  blanket claim in A.3 (1.9 partially_met).
- 6.A3 not_met: no row in D2. Other partials from open circles or F only: 6.K2, 6.K4, 6.K9,
  6.S2b, 6.S2c, 6.S5, 6.S8, 6.A1, 6.A7.
- 5.4 met despite a "To be confirmed" visiting sensory-impairment slot.
Genuine arrangements (met): E.1, 1.1, 1.2, 1.3, 1.4, 1.6, 1.8, 2.1, 2.4, 3.1, 4.1, 5.1,
5.2, 5.4, 5.6, 5.8 and the outcomes with a filled circle.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

NAME = "ci-02-approval-event"
OUT = Path(__file__).with_name(NAME + ".docx")

FULL = "\u25cf"   # filled circle
OPEN = "\u25cb"   # open circle

doc = Document()
doc.core_properties.author = "Academic Quality Office, Thornsby College"
doc.core_properties.title = "Internal approval event - PGCert SEN Coordination"
normal = doc.styles["Normal"]
normal.font.name = "Cambria"
normal.font.size = Pt(10.5)


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def sub(text):
    p = para(text, bold=True)
    p.paragraph_format.space_before = Pt(8)
    return p


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, size=9, center=False, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def simple_table(rows, widths, header=True, fill="E2EFD9", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            put(c, val, bold=(header and i == 0) or (not header and j == 0), size=size)
            if header and i == 0:
                shade(c, fill)
            if not header and j == 0:
                shade(c, "F2F2F2")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header / footer
s0 = doc.sections[0]
hp = s0.header.paragraphs[0]
hp.text = "Thornsby College of Higher Education \u00b7 Academic Quality Office \u00b7 Internal Programme Approval"
hp.runs[0].font.size = Pt(8)
fp = s0.footer.paragraphs[0]
r = fp.add_run("AQO/IPA/09/07 \u00b7 PGCert SEN Coordination \u00b7 approval event 3 March 2009 \u00b7 page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                       '<w:t>1</w:t></w:r></w:fldSimple>'))

# ---------------------------------------------------------------- cover
para("THORNSBY COLLEGE OF HIGHER EDUCATION", bold=True, size=15, align="c")
para("Academic Quality Office", align="c")
para("INTERNAL PROGRAMME APPROVAL EVENT", bold=True, size=13, align="c")
para("Postgraduate Certificate in Special Educational Needs Coordination", bold=True, align="c")
para("(National Award for Special Educational Needs Coordination)", italic=True, align="c")
para("Event held 3 March 2009, Senate Room, Thornsby College", align="c")
para("Documentation as submitted to the Training and Development Agency for Schools, April 2009", align="c")
para("")
para("Note on this pack. Sections A to E are reproduced exactly as they were presented to the approval "
     "panel on 3 March 2009. Section F is the panel\u2019s report. Section G sets out the panel\u2019s "
     "conditions and recommendations and the programme team\u2019s responses, which were signed off by the "
     "Chair on 20 March 2009. Where Section G differs from Sections A to E, Section G describes the "
     "programme as it will run from September 2009.", italic=True)
para("AQO documentation checklist (completed by the Academic Quality Office before the event)", bold=True)
simple_table([
    ["Document", "Received"],
    ["Programme rationale", "\u2611"],
    ["Programme specification", "\u2611"],
    ["Staff CV summaries", "\u2611"],
    ["Mapping to external requirements (TDA minimum outcomes)", "\u2611"],
    ["Assessment strategy", "\u2611"],
    ["Safeguarding (CRB) procedures for applicants", "\u2611"],
    ["Placement agreements", "\u2611"],
], widths=[11.0, 3.0])
para("Contents", bold=True)
for line in ["Section A  Programme rationale", "Section B  Programme specification (extract)",
             "Section C  Staff CV summary", "Section D  Mapping matrix: TDA minimum outcomes",
             "Section E  Assessment summary", "Section F  Report of the approval panel",
             "Section G  Conditions, recommendations and the College\u2019s responses"]:
    para(line)
doc.add_page_break()

# ---------------------------------------------------------------- Section A
doc.add_heading("Section A  Programme rationale", level=1)
para("Prepared by Dr Frances Oduya, Programme Leader, for the approval event", italic=True)

sub("A.1  Purpose")
para("Since September 2008 the Education (Special Educational Needs Coordinators) (England) Regulations have "
     "required every school\u2019s SENCO to be a qualified teacher, and from September 2009 a teacher who is new "
     "to the role must achieve the National Award for SEN Coordination within three years. Thornsby College "
     "has prepared teachers since 1958 and its Centre for Inclusive Practice has taught postgraduate modules "
     "in special and inclusive education for fifteen years, so the proposal to offer the National Award is a "
     "natural development of existing strengths rather than a new venture. The programme exists for one "
     "reason, which governs every decision the team has made about it: to raise the achievement and improve "
     "the well-being of children and young people with special educational needs and/or disabilities, where "
     "achievement is understood in the full sense of the five Every Child Matters outcomes \u2013 being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being \u2013 and not only as attainment in tests. That purpose is written into the programme aims "
     "(Section B); it shapes the content of every unit; and each unit\u2019s summative task requires "
     "participants to set out, with evidence, what their work has meant or will mean for the achievement "
     "and well-being of identified pupils.")

sub("A.2  Evidence of need")
para("In October 2008 the College and Ostley Metropolitan Borough Council sent a questionnaire to the SENCO of "
     "each of Ostley\u2019s 94 schools; 61 replied. The team also attended the primary, secondary and special "
     "headteachers\u2019 forums in November 2008, met the Ostley Parents\u2019 Forum (a group of about thirty "
     "parents of children with SEN and disabilities) in December, and read the Council\u2019s Children and "
     "Young People\u2019s Plan 2008\u20132011. The picture was consistent. Thirty-eight of the 61 SENCOs had been "
     "in post for less than three years. The areas in which SENCOs most wanted training were planning and "
     "costing provision through provision mapping (named by 44), managing teaching assistants (39), "
     "specific learning difficulties and speech, language and communication needs (35), and working with "
     "outside agencies (31). Headteachers asked for SENCOs who could lead strategically, work with governors "
     "and use data; parents asked to be told more, and told it more plainly, about what the school was doing "
     "for their children and why. The Children and Young People\u2019s Plan commits the Council to improving "
     "provision at School Action Plus so that fewer pupils need statutory assessment. The programme\u2019s "
     "three modules respond directly to these priorities: KSN701 to the strategic and legal role, KSN702 to "
     "the needs of learners and to working with other professionals\u2019 assessments, KSN703 to provision "
     "mapping, the deployment of staff and leading change.")

sub("A.3  How the consultation has shaped the programme")
para("These findings have been taken fully into account in designing the programme and will continue to inform "
     "its development. The Parents\u2019 Forum offered to help lead a session on working with families, and the "
     "team will consider this offer for the second cohort. The programme addresses all the national minimum "
     "outcomes, as the mapping in Section D demonstrates.")

sub("A.4  Learning, teaching and practice")
para("The programme is built around the participant\u2019s own school. Every unit has a school-based task that "
     "participants carry out between sessions and that is tied to named outcomes in the Section D matrix: an "
     "audit of the school\u2019s SEN register against the Code of Practice in Unit 1a, a day spent observing a "
     "single pupil in Unit 2a, a draft provision map in Unit 3a, and so on. In Unit 3b each participant plans, "
     "implements and evaluates a change in SEN provision in his or her own school over at least one term, "
     "with the headteacher\u2019s written agreement, and must show in the project report what changed in "
     "practice and for which pupils. The content reflects recent inspection evidence and research. Ofsted\u2019s "
     "reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does "
     "it matter where pupils are taught? (2006) are set reading in Unit 1b; the Bercow Review of services for "
     "children and young people with speech, language and communication needs (2008) and the Inclusion "
     "Development Programme materials on dyslexia and speech, language and communication needs are used in "
     "Unit 2a; and Unit 3a draws on the team\u2019s own study of provision mapping in twelve Ostley schools "
     "(Rusk, 2008), funded by the Council. KSN701 develops participants\u2019 understanding of current "
     "legislation and policy: Part IV of the Education Act 1996, the SEN Code of Practice (2001), the SEN and "
     "Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability "
     "equality duty, the Children Act 2004, Removing Barriers to Achievement (2004) and the 2008 SENCO "
     "Regulations.")
para("Work with colleagues runs through KSN703. In Unit 3a participants practise coaching conversations, observe "
     "a colleague\u2019s lesson with a tutor and give feedback, and plan a short INSET session; beyond the "
     "school, each participant joins a cluster group of four or five SENCOs from neighbouring schools, which "
     "meets three times with an officer of the Council\u2019s Inclusion Support Service to work on a shared "
     "issue, and works with the educational psychology and speech and language therapy services on the "
     "Unit 2a profile. The programme recognises parents and carers as partners in their children\u2019s "
     "education. Unit 2b includes a session on communicating with parents: writing reports and letters that "
     "families can understand and explaining the school\u2019s SEN arrangements at parents\u2019 evenings. "
     "Consultation with pupils is, in the team\u2019s view, best led by schools\u2019 own pupil councils and "
     "tutors, and the programme does not address it directly.")

sub("A.5  Access and delivery")
para("There is one intake each September, and the three modules are taken in order over one academic year. "
     "Participants choose between a Tuesday twilight group (4.30 to 7.30 pm) and a Saturday morning group "
     "(9.30 am to 12.30 pm), which follow the same scheme, and may move between them from week to week. "
     "There is no online or e-learning element: all teaching is face to face at the College\u2019s Ostley "
     "Road campus, and the College\u2019s virtual learning environment, Thornsby Online, is used only as a "
     "store for handouts and readings. The programme operates under the College\u2019s Disability Equality "
     "Scheme and its Race and Gender Equality Schemes, and was equality-impact assessed by the College\u2019s "
     "Equality Officer in January 2009. The application form and the programme leaflet, which is available "
     "in large print, in Braille and electronically, invite applicants to tell us about any disability and "
     "explain that this is so that reasonable adjustments can be agreed before the course begins; "
     "participants are asked again, privately, at induction. The College\u2019s Learner Support Service then "
     "agrees an adjustment plan with each participant who discloses, covering teaching (materials in "
     "advance and in alternative formats, a note-taker, seating and breaks) and assessment (additional time, "
     "alternative formats for presentations). The Ostley Road campus has level access, lifts and induction "
     "loops in every teaching room.")

sub("A.6  Earlier provision in Ostley")
para("From 2003 to 2008 Ostley Metropolitan Borough Council ran its own unaccredited SENCO Induction "
     "Programme, which also awarded its certificate to experienced SENCOs on the strength of a portfolio "
     "alone, without attendance. That programme closed in July 2008; the Council has asked the College to "
     "provide the accredited route instead, and several of its former tutors now teach for us as visiting "
     "tutors.")

# ---------------------------------------------------------------- Section B
doc.add_heading("Section B  Programme specification (extract, as presented)", level=1)
simple_table([
    ["Awarding body", "University of Marstow, under the College\u2019s Accreditation Agreement (2007\u20132012). "
     "Following internal approval the programme goes to the University\u2019s Validation Sub-Committee on 2 "
     "April 2009."],
    ["Teaching institution", "Thornsby College of Higher Education, Centre for Inclusive Practice, with Ostley "
     "Metropolitan Borough Council"],
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
     "Coordination)"],
    ["Credit", "60 credits: KSN702 and KSN703 at Level 7 (40 credits); KSN701 at Level 6 (20 credits)"],
    ["Mode", "Part-time, face to face, one academic year; September intake; Tuesday twilight or Saturday "
     "morning groups"],
    ["Aims", "To raise the achievement and well-being of children and young people with SEN and/or "
     "disabilities by developing SENCOs\u2019 knowledge, understanding, skills and professional attributes; to "
     "prepare participants to lead the coordination of SEN provision in their schools; to meet the TDA\u2019s "
     "minimum outcomes for the National Award."],
    ["Admission", "Applicants must hold QTS, be in post as SENCO or designated to take up the role within a "
     "year, and provide a supporting statement from the headteacher. Every applicant is interviewed by the "
     "programme leader and completes a self-audit against the TDA minimum outcomes, which is used to judge "
     "whether he or she has the knowledge and experience to benefit from the programme and to reach all the "
     "outcomes within the year. Applicants who are not yet ready receive written advice on what to do first "
     "(usually Council courses or a term shadowing an experienced SENCO) and, with their agreement, the "
     "programme leader discusses this with their headteacher."],
    ["Recognition of prior learning", "Under the College\u2019s Recognition of Prior Learning Regulations, up to "
     "20 credits (one module) may be awarded for prior certificated learning at Level 7 or for prior "
     "experiential learning. Experiential claims are made through a portfolio that maps the applicant\u2019s "
     "experience against the learning outcomes of the module, assessed by two tutors and confirmed by the "
     "Assessment Board. An RPL adviser meets every applicant who wishes to claim."],
    ["Needs analysis", "The self-audit completed at interview is discussed with the programme leader and informs "
     "the choice of focus for the participant\u2019s first assignment."],
    ["Teaching and tutorial support", "Fourteen three-hour sessions per module. Each participant has three "
     "individual tutorials per module with a named tutor and chooses the pupil, policy or area of provision on "
     "which each assignment focuses, so that the work fits his or her school and stage of experience. The "
     "modules are sequenced so that each builds on the last. The fee is \u00a31,150; Ostley MBC meets half of "
     "it for its schools, and twilight and Saturday teaching means that schools bear no supply costs, which "
     "the headteachers\u2019 forums identified as the main cost barrier."],
    ["Staff development", "The programme team meets monthly to review teaching, marking and each tutor\u2019s "
     "responsibilities, and all tutors attend the College\u2019s annual assessment workshop. Visiting tutors are "
     "briefed by the programme leader before they teach."],
    ["Assessment", "One summative task per unit, each weighted at 50% of the module (see Section E). Each unit "
     "also has one formative task, which is not marked."],
    ["Award rule", "To gain the award a participant must achieve an aggregate mark of at least 50% in each "
     "module. Within a module, a unit mark between 40% and 49% may be compensated by the mark for the other "
     "unit provided that the module aggregate is 50% or above."],
    ["Progression", "The TDA specification expects that \u2018participants who complete the programmes "
     "successfully will be helped to consider further professional targets\u2019. On completion, participants "
     "are given information about the College\u2019s MA in Inclusive Education, into which the 60 credits "
     "transfer."],
    ["Quality assurance", "Module evaluation questionnaires at the end of each module; a module review by each "
     "module leader; an Annual Monitoring Report to the College\u2019s Academic Standards Committee, drawing on "
     "evaluations, marks and the external examiner\u2019s report, with an action "
     "plan for the next cohort; an external examiner appointed by the University of Marstow; periodic review "
     "by the University every five years."],
    ["Marking and moderation", "All summative work is first-marked by the unit tutor. A second tutor blind-marks "
     "a sample of 25% of every task and all work below 50% or above 69%. An internal moderation meeting "
     "precedes each Assessment Board, and the external examiner reviews a sample of every task and attends "
     "the Board."],
    ["Evaluating impact", "Participants complete the self-audit again at the end of KSN703; the change in "
     "scores is reported in the Annual Monitoring Report."],
    ["Learning resources", "The College library holds a dedicated SEN collection and electronic journals, and "
     "lends a collection of standardised assessment materials to registered participants. The Learner Support "
     "Centre has an assistive technology suite (text-to-speech and voice recognition software, Clicker 5, "
     "symbol software, screen magnification) used for teaching in Unit 2b and open to participants outside "
     "sessions."],
    ["Work-based learning and mentors", "Each participant\u2019s headteacher names a school mentor, who supports "
     "the school-based tasks and the Unit 3b project."],
    ["Specialist expertise and settings", "Participants are taught by specialists from the Council\u2019s services "
     "(see Section C). A half-day visit to a special school or resourced provision is being negotiated with "
     "Ostley\u2019s special schools for the 2009 cohort."],
], widths=[4.0, 12.5], header=False)

# ---------------------------------------------------------------- Section C
doc.add_heading("Section C  Staff CV summary", level=1)
simple_table([
    ["Name", "Role on the programme", "Qualifications", "SEN and school experience", "Recent activity (2006\u20132009)"],
    ["Dr Frances Oduya", "Programme leader; personal tutor", "BEd; MA Special Educational Needs; PhD (2004)",
     "SENCO in two Ostley secondary schools (9 years); advisory teacher for SEN, Ostley MBC (3 years)",
     "Publications on SENCO leadership (2007, 2008); NASEN national conference 2008; supports two Ostley "
     "schools one day a fortnight"],
    ["Martin Keble", "KSN701 leader", "BA; PGCE; MA Education Law and Policy; NPQH",
     "Headteacher of a primary school with resourced provision for pupils with physical disabilities (8 years)",
     "Member of the Ostley Schools Forum 2005\u20132008; trained as governor trainer 2007"],
    ["Priya Vasant", "KSN702 leader", "BSc; PGCE; PGDip Specific Learning Difficulties; AMBDA; MA",
     "Specialist teacher, Ostley Learning Support Service (10 years)",
     "Still assesses pupils for SpLD two days a month; trustee, Ostley Dyslexia Association"],
    ["Dr Aileen Rusk", "KSN703 leader", "BEd; MEd; PhD (2005)",
     "SENCO and deputy head in a special school for pupils with moderate learning difficulties (7 years)",
     "Council-funded study of provision mapping in twelve Ostley schools (2008); BERA conference paper 2008"],
    ["Geraint Powys", "Visiting tutor, Unit 2a", "BSc; MSc Educational Psychology; CPsychol",
     "Principal Educational Psychologist, Ostley MBC", "Leads the Council\u2019s statutory assessment review"],
    ["Claire Northam", "Visiting tutor, Unit 2a", "BSc Speech and Language Therapy; MSc",
     "Highly specialist speech and language therapist, Ostley Primary Care Trust",
     "Bercow Review regional consultation event 2008"],
    ["To be confirmed", "Visiting tutor, sensory impairment (one session, Unit 2a)", "\u2014",
     "Ostley Sensory Support Service", "\u2014"],
], widths=[2.8, 2.8, 3.2, 3.9, 4.0])

# ---------------------------------------------------------------- Section D
doc.add_heading("Section D  Mapping matrix: TDA minimum outcomes", level=1)
para("The matrix shows, for each of the TDA minimum outcomes (in the team\u2019s own summary wording), where it "
     "is addressed in the six units of the programme.")
para(f"Key:  {FULL}  taught and summatively assessed in this unit;   {OPEN}  taught only (not assessed in this "
     "unit);   F  addressed through a formative task only;   blank  not addressed in this unit.", bold=True)

MODS = [("KSN701 Policy, Law and the Inclusive School", "1a", "1b"),
        ("KSN702 Learners and Learning", "2a", "2b"),
        ("KSN703 Leading Provision", "3a", "3b")]
UNITS = ["1a", "1b", "2a", "2b", "3a", "3b"]


def matrix(caption, groups):
    para(caption, bold=True)
    nrows = 2 + sum(1 + len(rows) if g else len(rows) for g, rows in groups)
    t = doc.add_table(rows=nrows, cols=7)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # two-row header with merged cells
    a = t.cell(0, 0).merge(t.cell(1, 0))
    put(a, "Minimum outcome (team\u2019s summary)", bold=True)
    shade(a, "DEEAF6")
    for k, (mname, u1, u2) in enumerate(MODS):
        m = t.cell(0, 1 + 2 * k).merge(t.cell(0, 2 + 2 * k))
        put(m, mname, bold=True, center=True)
        shade(m, "DEEAF6")
        for j, u in enumerate((u1, u2)):
            c = t.cell(1, 1 + 2 * k + j)
            put(c, "Unit " + u, bold=True, center=True)
            shade(c, "DEEAF6")
    r = 2
    for gname, rows in groups:
        if gname:
            g = t.cell(r, 0).merge(t.cell(r, 6))
            put(g, gname, bold=True, italic=True)
            shade(g, "F2F2F2")
            r += 1
        for label, marks in rows:
            put(t.cell(r, 0), label)
            for j, u in enumerate(UNITS):
                put(t.cell(r, 1 + j), marks.get(u, ""), center=True, size=10)
            r += 1
    for row in t.rows:
        for j, w in enumerate([7.6] + [1.5] * 6):
            row.cells[j].width = Cm(w)
    doc.add_paragraph()


matrix("Table D1  Professional knowledge and understanding", [
    (None, [
        ("Laws and guidance on SEN, including the SEN Code of Practice: their implications for the school, "
         "the SENCO and others, and how to put them into practice", {"1a": FULL}),
        ("Laws on disability equality and the actions they require to support disabled pupils", {"1a": FULL}),
        ("Every Child Matters: principles, outcomes and the SENCO\u2019s contribution", {"1b": OPEN}),
        ("The most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and "
         "how they affect learning", {"2a": FULL}),
        ("How children develop, and how development is affected by SEN, disability and the environment for "
         "learning", {"2a": "F"}),
        ("Critical understanding of approaches, strategies and resources, including ICT, for assessment, "
         "planning, teaching and learning", {"2b": FULL}),
        ("Best practice and the outcomes of research in meeting special educational needs",
         {"1b": OPEN, "3b": FULL}),
        ("Principles of school self-evaluation and improvement in relation to outcomes for pupils with SEN",
         {"3a": FULL}),
        ("Scope and role of external agencies; obtaining specialist support and resources", {"2a": OPEN}),
    ]),
])

matrix("Table D2  Professional skills and attributes", [
    ("Professional skills", [
        ("With senior colleagues and governors, influence the strategic development of an inclusive ethos, "
         "policies, priorities and use of resources", {"1b": FULL, "3a": OPEN}),
        ("Identify pupils who may have SEN or disabilities; set challenging targets; plan interventions; "
         "review progress", {"2a": OPEN, "2b": FULL}),
        ("Use summative assessments, including national tests, to track progress and change programmes",
         {"2b": "F"}),
        ("Use assessments from a range of professionals to develop teaching and learning approaches",
         {"2a": FULL}),
        ("Identify in good time special arrangements for national tests and examinations and put them in place",
         {"2b": OPEN}),
        ("Encourage colleagues to develop formative assessment, with approaches for pupils with SEN",
         {"3a": OPEN}),
        ("Use provision mapping and management; identify ineffective or missing provision", {"3a": FULL}),
        ("Deploy and manage staff to support pupils with SEN", {"3a": FULL}),
        ("Review and evaluate provision with other staff to inform school self-evaluation and improvement "
         "planning", {"3b": FULL}),
        ("Support colleagues\u2019 professional development: observation and feedback, modelling, coaching and "
         "mentoring, training", {"3a": "F", "3b": OPEN}),
        ("Liaise with parents and carers to promote pupils\u2019 learning and development", {"2b": OPEN}),
        ("Involve pupils in planning, agreeing, reviewing and evaluating their provision", {}),
        ("Work in partnership with other services and agencies, including voluntary organisations",
         {"2a": OPEN, "3a": FULL}),
    ]),
    ("Professional attributes", [
        ("Fair, respectful, supportive and constructive relationships with pupils and their parents or carers",
         {"2b": OPEN}),
        ("Gain the commitment of colleagues, including the headteacher and senior leaders",
         {"1b": OPEN, "3b": FULL}),
        ("Express themselves clearly in speech and writing; listen to and understand the views of others",
         {"1b": FULL, "3b": FULL}),
        ("Anticipate and resolve problems; make well-founded decisions and sound judgements on provision",
         {"3b": FULL}),
        ("Draw on research evidence and external advice to improve own and colleagues\u2019 practice",
         {"3b": FULL}),
        ("Keep up to date and take responsibility for own CPD on SEN and disability", {"3b": "F"}),
    ]),
])
para("Rows follow the order in which the team worked through the outcomes at its planning day in January 2009 "
     "rather than the order of the TDA specification.", italic=True)

# ---------------------------------------------------------------- Section E
doc.add_heading("Section E  Assessment summary", level=1)
simple_table([
    ["Unit", "Summative task (marked)", "Weight in module", "Formative task (not marked)"],
    ["1a", "Critical analysis of the school\u2019s SEN policy and accessibility plan against the Code of Practice "
     "and the disability equality duty (2,500 words)", "50%", "\u2014"],
    ["1b", "Briefing paper for governors on an SEN priority, with a 10-minute presentation to a governor or "
     "member of the senior team (2,000 words)", "50%", "\u2014"],
    ["2a", "Pupil profile: analysis of one pupil\u2019s needs drawing on assessments by other professionals "
     "(2,500 words)", "50%", "Child development observation"],
    ["2b", "Intervention case study: identification, targets, teaching approaches and resources including ICT, "
     "and review (3,000 words)", "50%", "Data tracking exercise"],
    ["3a", "Provision map and staffing review, with an analysis of the school\u2019s self-evaluation and of work "
     "with outside services (3,000 words)", "50%", "Peer coaching log"],
    ["3b", "Work-based development project report (4,000 words) and a 20-minute presentation to a panel that "
     "includes the participant\u2019s headteacher", "50%", "Reflective CPD journal"],
], widths=[1.2, 9.3, 2.0, 4.0])

# ---------------------------------------------------------------- Section F
doc.add_heading("Section F  Report of the approval panel", level=1)
para("Panel: Professor Keith Lansdale, Deputy Principal (Chair); Dr Rosalind Okafor, Reader in Special "
     "Education, University of Penmore (external member); Mr Tom Astley, Academic Partnerships Officer, "
     "University of Marstow; Mrs Joanne Fielding, Headteacher, Brook Lane Primary School, Ostley; Ms Hannah "
     "Greaves, Academic Quality Office (Secretary).")
para("The panel met the programme team, the Council\u2019s Head of Inclusion Support, and two Ostley SENCOs who "
     "had taken part in the consultation. It commended the team\u2019s depth of recent experience in schools "
     "and Council services, the programme\u2019s grounding in participants\u2019 own schools, and the strength "
     "of the evidence of local need. The panel was concerned that the documentation did not yet show how some "
     "requirements of the TDA specification would be met, and that some outcomes in the mapping were taught "
     "but not assessed.")
para("Outcome: the programme is approved for five years from September 2009, subject to the six conditions "
     "below, to be met by 20 March 2009, and with three recommendations.", bold=True)
para("Conditions", bold=True)
for c in [
    "C1  The programme must carry 60 credits at Level 7; KSN701 must be revised accordingly.",
    "C2  The team must set out the system by which it will verify that every candidate accepted holds a current "
    "enhanced CRB disclosure, as the TDA specification requires.",
    "C3  The team must specify how the impact of the programme on pupils\u2019 achievement will be measured.",
    "C4  The mapping shows access arrangements for national tests and examinations, and encouraging colleagues "
    "to develop formative assessment, as taught only. The team must either assess these outcomes or justify "
    "not doing so.",
    "C5  The needs analysis must lead to an individual learning plan for each participant.",
    "C6  The team must produce guidance for school mentors and show how mentors will be prepared for their role.",
]:
    para(c)
para("Recommendations", bold=True)
for rec in [
    "R1  The team should consider offering an assessment-only route for exceptionally experienced candidates.",
    "R2  The team should consider a blended mode of delivery and a second intake in January.",
    "R3  The team should involve stakeholders, including headteachers and the Council, in evaluating the "
    "programme, for example through a steering group.",
]:
    para(rec)

# ---------------------------------------------------------------- Section G
doc.add_heading("Section G  Conditions, recommendations and the College\u2019s responses", level=1)
para("Responses prepared by the programme team and signed off by the Chair on 20 March 2009.", italic=True)
simple_table([
    ["Ref", "Programme team\u2019s response", "Status"],
    ["C1", "KSN701 has been rewritten at Level 7: its learning outcomes and assessment criteria now use the "
     "College\u2019s Level 7 descriptors, and the Unit 1a and 1b tasks have been lengthened to 3,000 words each. "
     "The programme now carries 60 credits, all at Level 7. Approved by Chair\u2019s action on 20 March 2009 "
     "and confirmed by the University of Marstow\u2019s Validation Sub-Committee on 2 April 2009.", "Met"],
    ["C2", "All candidates are employed teachers, and their schools are required to hold an enhanced CRB "
     "disclosure for them. The Admissions Office will draw up a procedure for verifying this during the summer "
     "of 2009.", "In progress"],
    ["C3", "The Unit 3b project brief now requires each participant to record, for the pupils at whom the "
     "development is aimed, baseline and end-of-project measures of attainment (in reading, writing or "
     "mathematics, using the school\u2019s own assessments or P scales), attendance, and a well-being rating "
     "completed by the class teacher, and to analyse the change in the report. The programme leader collates "
     "these measures for the whole cohort, alongside participants\u2019 entry and exit self-audit scores, in the "
     "Annual Monitoring Report, and the Academic Standards Committee considers them when it approves the "
     "action plan.", "Met"],
    ["C4", "(a) Access arrangements: the Unit 2b case study brief now includes a Part C in which participants "
     "identify the access arrangements a pupil will need for national tests or public examinations and explain "
     "how they have put them in place with colleagues; Part C is marked against a new criterion C5 and counts "
     "towards the unit mark. The matrix in Section D has not been reissued.\n(b) Formative assessment: the team "
     "considers that the Unit 3a session \u2018Assessment for learning for all\u2019 gives adequate coverage and "
     "does not propose an assessed task.", "(a) Met\n(b) Team\u2019s reasoning accepted by the Chair"],
    ["C5", "Individual learning plans will be introduced for the 2010 intake. For 2009 the self-audit completed at "
     "interview will continue to be discussed with each participant at the first tutorial.",
     "Deferred to 2010 (agreed by the Chair)"],
    ["C6", "A mentor guide will be written during the summer of 2009, and mentors will be invited to a twilight "
     "briefing in October 2009.", "In progress"],
    ["R1", "Noted. The team will consider an assessment-only route when the programme is reviewed after its first "
     "year.", "Noted"],
    ["R2", "The team will look at a blended route for 2010\u201311. A January intake is not viable with current "
     "numbers.", "Noted"],
    ["R3", "Agreed in principle. The team will consider setting up a steering group with Council and headteacher "
     "members once the programme is established.", "Noted"],
], widths=[1.2, 11.8, 3.5])
para("Signed: Professor Keith Lansdale, Chair of the approval panel          Dr Frances Oduya, Programme Leader")

doc.save(OUT)
print("wrote", OUT)
