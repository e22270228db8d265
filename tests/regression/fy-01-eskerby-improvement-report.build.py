"""fy-01-eskerby-improvement-report: build the .docx next to this script.

Provider (invented): NHS Eskerby Primary Care Trust, Provider Services,
Children's Speech and Language Therapy Service ("the Service"), with the
University of Millbridge, Department of Human Communication Sciences, which
validates the award (PGCert SEN Coordination, two 30-credit Level 7 modules,
HCS7401 and HCS7402). January 2009, after the Bercow Review.

Kind of document: a service improvement report written on the NHS Institute
"Model for Improvement" template and presented to the PCT's Clinical
Governance and Quality Committee, sent whole to the TDA with a shaded note to
the panel. It tells how the Service's unaccredited pilot for SENCOs
("Talking Schools: Communication Leads", 2007-08 and autumn 2008) was
changed through six PDSA (Plan-Do-Study-Act) cycles, then describes the
National Award as it will run from September 2009 in Section 7 ("Spreading
and sustaining"). Voice: "we" (the project team), with clinical vocabulary.

Layout: front-sheet field table; shaded note to the panel (one-cell table);
real Heading 1/2 styles; the three Model for Improvement questions as
headings; a driver diagram typed as a four-column table with vertically
merged aim and driver cells; a family-of-measures table; six PDSA cycle
record tables (two columns: Plan / Prediction / Do / Study / Act) whose
"Act" rows say Adopt, Adapt or Abandon; a run-chart data table; Section 7
with sub-sections 7.1-7.13 (numbers that look like requirement ids); a study
day table; Appendix A, an outcome coverage table in the team's own words
with a "Status after cycle 6" column; Appendix B, the blank PDSA form with
the template's prompts. Header and footer. One tracked deletion, one tracked
insertion, two comments.

Traps (requirement ids):
- PDSA cycle 3 (an online discussion board on the University's VLE) was
  abandoned; 7.5 says the award has no online element in 2009-10 and
  materials go out by post and email only -> 3.3 not_applicable.
- PDSA cycle 6 (assessment without the taught modules for two experienced
  advisory teachers) was abandoned because of the University's regulations:
  no assessment-only route -> 2.3 not_met (negation far from 7.4).
- PDSA cycle 5 (a parents' workshop co-run with the Parent Partnership
  Service) was abandoned; parents appear in the award only as one session on
  Day 8 -> 1.7 partially_met, 6.S8 partially_met; 6.A1 assessed only for the
  relationship with the focus pupil -> partially_met.
- CRB: the only enhanced-disclosure checks described are the therapists'
  own (cycle 2, paired visits) and the partnership's checks on its staff; for
  participants 7.3 says only that schools as employers do pre-employment
  checks and the head confirms employment. A sentence in 7.3 saying the
  Service checks each participant's disclosure is a tracked DELETION with a
  comment explaining why -> 5.3 partially_met (wrong-context +
  tracked-changes).
- 7.4 APL: certificated credit only, experiential learning not accredited
  -> 2.1 partially_met.
- 7.5: one September intake, a taught route only, modules may be spread over
  two years -> 3.2 partially_met. (A tracked INSERTION in 7.5 adds the
  two-year spread; it counts.)
- Section 8 "Next steps" only hopes to add a closing session on further
  professional targets -> 2.5 not_met (aspiration).
- 7.12 stakeholders in evaluation: the Steering Group (heads, LA adviser,
  pilot SENCOs, Parent Partnership) reviews the evaluation each term -> 4.3
  met; the young people's panel that "we would like to" set up is an extra
  aspiration that does not pull it down (notes_on_met).
- Appendix A: A3, A7, K7, S2b, S2d, S6 are worked on but "not yet
  evidenced" or evidenced only in the formative Day 10 presentation ->
  partially_met; S2c has no row -> not_met; S8 and A1 as above.
- 7.8 says the award is made on passing both modules and "all the national
  outcomes are covered" (blanket claim) although Appendix A shows gaps ->
  6.0 partially_met, 1.9 partially_met.
- A comment on Appendix A row K7 ("can we put this into Assignment 1?") is
  not part of the submission: K7 stays partially_met.
- The header ("Presented to CGQC 21 January 2009") and the footer carry no
  evidence.
- Pupils' progress data in the run chart are the pilot's, but 7.10 sets out
  baseline and follow-up measures for the award itself -> 5.9 met.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("fy-01-eskerby-improvement-report.docx")

# ---------------------------------------------------------------- helpers
_rev = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc_or_cell, text="", bold=False, italic=False, style=None, size=None, colour=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    return p


def runs(p, *parts):
    """parts: str or (str, 'b'|'i'|'bi')."""
    out = []
    for part in parts:
        if isinstance(part, tuple):
            t, f = part
            r = p.add_run(t)
            r.bold = "b" in f
            r.italic = "i" in f
        else:
            r = p.add_run(part)
        out.append(r)
    return out


def bullets(doc, items, style="List Bullet"):
    for it in items:
        para(doc, it, style=style)


def cell_text(cell, text, bold=False, italic=False, fill=None, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def table(doc, rows, header=True, widths=None, size=9, head_fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            cell_text(t.cell(i, j), val, bold=(header and i == 0), size=size,
                      fill=(head_fill if header and i == 0 else None))
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def box(doc, lines, fill="E7E6E6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            r = p.add_run(ln[0])
            r.bold = "b" in ln[1]
            r.italic = "i" in ln[1]
        else:
            p.add_run(ln)
    shade(c, fill)
    doc.add_paragraph()
    return t


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def tracked_del(p, text, author, date="2009-01-14T10:00:00Z"):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _rid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def tracked_ins(p, text, author, date="2009-01-14T10:00:00Z"):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _rid())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def vmerge(t, col, r0, r1):
    a = t.cell(r0, col)
    b = t.cell(r1, col)
    keep = a.text
    m = a.merge(b)
    cell_text(m, keep, size=9)
    return m


# ---------------------------------------------------------------- document
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "NHS Eskerby Primary Care Trust  |  Provider Services  |  Service Improvement Report  |  Presented to CGQC 21 January 2009"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "SIR/CSLT/2009/02  version 1.3  |  Children's Speech and Language Therapy Service  |  Review date: January 2010"
fp.runs[0].font.size = Pt(8)

para(doc, "NHS Eskerby Primary Care Trust", bold=True, size=14, colour="005EB8")
para(doc, "Service Improvement Report", bold=True, size=20)
para(doc, "Talking Schools: from a pilot course for Communication Leads to the National Award for SEN Coordination", bold=True, size=13)
para(doc, "Using the Model for Improvement (NHS Institute for Innovation and Improvement)", italic=True)

table(doc, [
    ["Field", "Entry"],
    ["Project title", "Talking Schools: Communication Leads to National Award"],
    ["Service / directorate", "Children's Speech and Language Therapy Service, Children and Families Directorate, Provider Services"],
    ["Partner organisations", "University of Millbridge, Department of Human Communication Sciences (Faculty of Medicine, Dentistry and Health); Eskerby Borough Council, Inclusion Support Service"],
    ["Project lead", "Ruth Calloway, Clinical Lead Speech and Language Therapist (Schools and Education)"],
    ["Executive sponsor", "Dr Anil Mehra, Head of Children's Therapies"],
    ["University lead", "Dr Frances Okafor, Senior Lecturer in Developmental Language Disorders; Programme Leader designate"],
    ["Improvement facilitator", "Lesley Brand, Service Improvement Facilitator, Provider Services"],
    ["Period covered", "October 2007 to December 2008 (six PDSA cycles)"],
    ["Status", "Cycles closed. Spread phase: National Award from September 2009, subject to TDA approval and University validation (validation event held 9 December 2008; approved with two conditions, both since met)"],
    ["Report version", "1.3, as presented to the Clinical Governance and Quality Committee (CGQC), 21 January 2009"],
], widths=[4.5, 12])
doc.add_paragraph()

box(doc, [
    ("A note for the TDA approval panel", "b"),
    "We are sending this report as it went to the Trust's Clinical Governance and Quality Committee, because it is the fullest account of how our programme was built and what it will look like. Sections 1 to 6 tell the story of the pilot and the changes we tested; many of the things tried there were later dropped, and the report says so. The programme we are asking you to approve is described in Section 7 and Appendix A. Section 8 records what the Committee asked us to consider next.",
    "Ruth Calloway and Frances Okafor, 26 January 2009",
])

# ---------------------------------------------------------------- 1
doc.add_heading("1. Background: why the Service is doing this", level=1)
para(doc, "Speech, language and communication needs (SLCN) are the most common type of need among primary-aged pupils at School Action Plus in Eskerby: 31% of the primary School Action Plus register in the January 2008 school census, against 24% for England. In the two wards around the town centre, our own screening of Reception classes in 2006-07 found that about half of children started school with language well below what would be expected for their age. The Bercow Review (DCSF, 2008) found the same picture nationally, and said plainly that the children's workforce, teachers and SENCOs in particular, needs to know far more about communication than initial training gives it.")
para(doc, "The Service receives around 640 referrals a year from schools. In a sample audit in spring 2007, 58% of referrals from schools arrived without the information a therapist needs to decide on the right level of input (what the school had already tried, what the child's teacher had noticed, what the child and family thought). SENCOs told us that they were unsure what to look for, how to read a therapy report, and how to turn advice into classroom practice. Therapists told us that their programmes were often not carried out once they left the school.")
para(doc, "In October 2007, with the University's Department of Human Communication Sciences, we began a short unaccredited course, \"Talking Schools: Communication Leads\", for fourteen SENCOs from twelve primary and two secondary schools. We used it as a test bed. This report describes what we changed, what the data showed, and how the learning has been built into a 60-credit Postgraduate Certificate that will also be the National Award for SEN Coordination, with a strong speech, language and communication strand running through the whole of it.")

# ---------------------------------------------------------------- 2
doc.add_heading("2. What are we trying to accomplish?", level=1)
para(doc, "Aim statement (agreed by the project team, October 2007; revised October 2008):", bold=True)
box(doc, [
    "By July 2011, pupils with SEN and/or disabilities in schools whose SENCO has completed the programme will make better progress in their learning and in their well-being (across the five Every Child Matters outcomes) than they did before, with the greatest gains for pupils with speech, language and communication needs; and those SENCOs will lead provision for them with confidence and knowledge, drawing in the right support from health, education and voluntary services at the right time.",
], fill="FFF2CC")
para(doc, "The aim is deliberately about pupils first. Participants' knowledge and confidence matter because they are the route to changes for children, not because they are an end in themselves.")

# ---------------------------------------------------------------- 3
doc.add_heading("3. What changes can we make that will result in improvement?", level=1)
para(doc, "The driver diagram below was built at a half-day workshop in November 2007 attended by the project team, four of the pilot SENCOs, two headteachers, the Borough's senior adviser for SEN and the coordinator of the Eskerby Parent Partnership Service. Primary drivers are the things that must be in place for the aim to be reached; secondary drivers are what we believe influences them; change ideas are what we could test.")

dd = [
    ["Aim", "Primary driver", "Secondary drivers", "Change ideas tested (PDSA cycle)"],
    ["Better progress and well-being for pupils with SEN, especially SLCN (see Section 2)", "P1 SENCOs know what they need to know",
     "Up-to-date knowledge of law and guidance; understanding of typical and atypical development; knowing where their own gaps are",
     "Starting Profile and individual learning plan (cycle 1)"],
    [None, "P2 SENCOs can lead other adults",
     "Confidence with senior leaders; skills in coaching teaching assistants; time",
     "Paired school visits with a therapist (cycle 2); online peer discussion (cycle 3)"],
    [None, "P3 Pupils and families are heard",
     "Tools for gaining the views of pupils with limited language; working relationships with parents",
     "Talking Mats interviews (cycle 4); parents' workshop (cycle 5)"],
    [None, "P4 The course is open to those who need it",
     "Recognition of what experienced staff already know; cost; time out of school",
     "Assessment without the taught course (cycle 6)"],
]
t = table(doc, dd, widths=[3.5, 3.5, 5, 5])
vmerge(t, 0, 1, 4)
doc.add_paragraph()

# ---------------------------------------------------------------- 4
doc.add_heading("4. How will we know that a change is an improvement?", level=1)
para(doc, "We used a small family of measures. The project team agreed operational definitions with the Trust's Information Team in December 2007 so that data collected by different therapists would be comparable.")
table(doc, [
    ["Type", "Measure", "Operational definition", "Source and frequency"],
    ["Outcome", "O1 Pupil progress on language targets", "% of the focus pupils of pilot SENCOs who met or exceeded their termly communication target on the school's IEP", "School IEP reviews, collected by the link therapist each term"],
    ["Outcome", "O2 Pupil well-being", "Mean score on the Service's five-item \"How I feel about school\" symbol scale, completed with the pupil", "Link therapist, start and end of each term"],
    ["Process", "P1 Referral quality", "% of school referrals from pilot schools arriving with a completed pre-referral checklist", "Service referral log, monthly"],
    ["Process", "P2 SENCO confidence", "Mean self-rating (1-10) on eight statements about leading provision for SLCN", "Questionnaire at each course day"],
    ["Balancing", "B1 Therapist time", "Therapist hours per pilot school per month (to check that the course was not simply moving work onto therapists)", "Service activity data, monthly"],
], widths=[2, 3.5, 6.5, 5])
doc.add_paragraph()

# ---------------------------------------------------------------- 5
doc.add_heading("5. Testing changes: the PDSA cycles", level=1)
para(doc, "Each change was tested on a small scale, with a prediction written down before the test. The records below are shortened from the cycle sheets kept by the project team (the blank sheet is at Appendix B). \"Adopt\" means the change was kept; \"Adapt\" means it was kept in altered form and re-tested; \"Abandon\" means it was dropped.")


def pdsa(num, title, dates, rows):
    doc.add_heading(f"PDSA cycle {num}: {title}", level=2)
    para(doc, dates, italic=True)
    table(doc, [["Stage", "Record"]] + rows, widths=[2.8, 14])
    doc.add_paragraph()


pdsa(1, "a Starting Profile before the first day", "October to December 2007; re-tested September 2008",
     [["Plan", "Before the first course day, each SENCO completes a Starting Profile: a self-rating against a list of what a Communication Lead should know and be able to do, with a short written account of one pupil. The link therapist reads the profile and discusses it with the SENCO for half an hour, and they agree three priorities."],
      ["Prediction", "At least 10 of 14 SENCOs will complete it; priorities will differ enough to be worth tailoring for."],
      ["Do", "13 of 14 completed it. Discussions were by phone for five SENCOs."],
      ["Study", "Priorities varied widely: two SENCOs already had a strong grasp of the Code of Practice but had never read a therapy report; others the reverse. Four SENCOs rated themselves highly on knowledge of language development and then could not describe the difference between receptive and expressive language. Self-rating alone over-estimated knowledge."],
      ["Act", "ADOPT, with changes for September 2008: add six short scenario questions so that the tutor can check the self-rating, and record the agreed priorities on a one-page plan. Re-tested with the autumn 2008 group of 12; all completed it. The Starting Profile is now written against the national outcomes (see 7.4)."]])

pdsa(2, "paired visits by a therapist and the SENCO", "January to March 2008",
     [["Plan", "The link therapist and the SENCO jointly observe a focus pupil in class, then jointly feed back to the class teacher and teaching assistant. Three visits per school over a term. All therapists making these visits hold enhanced CRB disclosures through the Trust and carry Trust identity badges; schools were sent the therapists' clearance details in advance."],
      ["Prediction", "SENCOs' confidence (P2) will rise by at least 2 points; referral quality (P1) will improve."],
      ["Do", "36 of 42 planned visits took place. Six were cancelled by schools (SATs, staff absence)."],
      ["Study", "Confidence rose from a mean of 4.1 to 6.8. Referral quality rose (see Section 6). But therapist time per school (B1) rose by 3.5 hours a month, which the Service could not sustain across more schools."],
      ["Act", "ADAPT: one paired visit per participant, early in the year, then the SENCO leads a second observation alone and brings the record to a tutorial. Carried into the award as part of the school-based work in HCS7402 (7.7)."]])

pdsa(3, "an online discussion board between course days", "April to July 2008",
     [["Plan", "A discussion area on the University's virtual learning environment, with a weekly question posted by a therapist."],
      ["Prediction", "Most SENCOs will post at least fortnightly."],
      ["Do", "Accounts were set up for all 14. Four posted once; nobody posted more than twice. Two could not log in from school because of the local authority's network filtering."],
      ["Study", "SENCOs said they preferred to ring or email the link therapist, and that they did not have time to read a board in the school day."],
      ["Act", "ABANDON. We will not use an online board in the first year of the award."]])

pdsa(4, "Talking Mats interviews with focus pupils", "February to June 2008",
     [["Plan", "Each SENCO is trained (one two-hour session led by a therapist) to use Talking Mats, a low-tech picture-symbol framework, to gain the views of a pupil with limited language about school, and uses it with their focus pupil before an IEP review."],
      ["Prediction", "At least 10 SENCOs will use it; pupils' views will change at least one target."],
      ["Do", "12 SENCOs used it with 19 pupils."],
      ["Study", "In 14 of 19 cases a target or a support arrangement was changed because of what the pupil said. Several SENCOs went on to use the Mats with pupils without SLCN. Pupil well-being scores (O2) rose slightly in this group."],
      ["Act", "ADOPT. Training in the Mats and other ways of gaining pupils' views is on Day 7 of the award, and the pupil's views are a required part of the Assignment 2 enquiry (7.6, 7.8)."]])

pdsa(5, "a parents' workshop run jointly with the Parent Partnership Service", "May to June 2008",
     [["Plan", "An after-school workshop for parents of the focus pupils, planned by SENCOs with the Parent Partnership coordinator: how to support talk at home, and what a therapy report means."],
      ["Prediction", "At least 15 parents will come; SENCOs will report feeling more confident with parents."],
      ["Do", "Three parents came. Two SENCOs were unable to attend because of parents' evenings in their own schools."],
      ["Study", "Too small to learn from. The Parent Partnership coordinator suggested that parents might come if it were held in a school they already knew."],
      ["Act", "ABANDON in this form. We would like to try a school-based version with the Parent Partnership Service at some point, but it has not been scheduled."]])

pdsa(6, "assessment without the taught course", "October to December 2008",
     [["Plan", "Two experienced teachers from the Borough's language support team asked whether they could submit the assignments without attending the course days. We drafted an arrangement for this."],
      ["Prediction", "The University would accept it under its existing regulations."],
      ["Do", "The draft went to the Faculty's Taught Programmes Committee in November 2008."],
      ["Study", "The Committee ruled that the University's regulations for taught postgraduate certificates require registration on, and attendance at, the modules; credit can be given only for prior certificated study (see 7.4)."],
      ["Act", "ABANDON. The two teachers joined the autumn 2008 group as ordinary participants."]])

# ---------------------------------------------------------------- 6
doc.add_heading("6. What the data showed", level=1)
para(doc, "The run-chart data for the two measures we collected monthly are given below (the charts themselves were shown to the Committee on slides). Median for P1 before the pilot: 42%. A run of six or more points above the median is taken as a signal of real change.")
table(doc, [
    ["Month", "Oct 07", "Dec 07", "Feb 08", "Apr 08", "Jun 08", "Sep 08", "Nov 08"],
    ["P1 Referral quality (%)", "40", "44", "57", "63", "66", "61", "71"],
    ["B1 Therapist hours per school", "2.0", "2.5", "5.5", "5.0", "3.0", "2.5", "2.5"],
    ["O1 Pupils meeting target (%)", "-", "48", "-", "61", "-", "-", "64"],
], widths=[4.6] + [1.7] * 7)
doc.add_paragraph()
para(doc, "Referral quality rose and has stayed above the old median for nine months. Therapist time rose during the paired visits (cycle 2) and came back down when that change was adapted. The proportion of focus pupils meeting their communication targets rose from 48% to 64% across the pilot, though the numbers are small (19 to 25 pupils a term) and other things were changing in the schools at the same time. We do not claim that the course caused all of this.")

# ---------------------------------------------------------------- 7
doc.add_heading("7. Spreading and sustaining: the National Award from September 2009", level=1)
para(doc, "What we learned has been built into a Postgraduate Certificate that the University has validated and that we are submitting for approval as the National Award for SEN Coordination. The programme is for all SENCOs, not only those with a special interest in communication, but communication runs through every module, every assignment and the school-based work.")

doc.add_heading("7.1 Accreditation", level=2)
para(doc, "The Postgraduate Certificate in SEN Coordination is an award of the University of Millbridge. It carries 60 credits at Level 7 (master's level) of the national qualifications framework, made up of two 30-credit modules: HCS7401 Leading SEN Provision: Law, Policy and Practice, and HCS7402 Communication for Learning: Identifying and Meeting Needs. It was approved at a University validation event on 9 December 2008 for five years. Credit can be carried forward into the University's MSc in Language and Communication in Education.")

doc.add_heading("7.2 Who it is for and how places are offered", level=2)
para(doc, "The programme is for qualified teachers who are in post as SENCO, or who will take up the post within a term, in maintained schools in Eskerby and the neighbouring authorities. Applications are made on the University's form, with a nomination statement signed by the headteacher which commits the school to release the participant for the ten study days and to give time for the school-based work. The Programme Leader and the link therapist short-list and hold a thirty-minute interview (in person or by phone) with each applicant.")
para(doc, "We check at this stage that each applicant is likely to reach all the outcomes by the end of the year. The interview uses the applicant's draft Starting Profile (7.4). Where an applicant has very little experience of SEN, for instance a newly qualified teacher who has been asked to take the role, we do not offer a place straight away: the Programme Leader writes to the applicant and, with their agreement, to the headteacher, setting out what the applicant should do first (usually a term shadowing an experienced SENCO through the Borough's SENCO network and the Borough's introductory course) and inviting a fresh application for the next intake.")

doc.add_heading("7.3 Checks", level=2)
p = para(doc, "Participants remain employees of their schools throughout, and the schools as employers carry out pre-employment checks. The headteacher's nomination statement confirms that the applicant is employed as a teacher at the school. ")
tracked_del(p, "The Service will also check each participant's enhanced CRB disclosure at interview and keep a record of its number and date.", "Ruth Calloway", "2009-01-12T09:30:00Z")
para(doc, "Therapists, University tutors and any other staff of the partnership who visit schools hold enhanced CRB disclosures through their employers, and the Trust's Workforce team keeps a register of these for Service staff.")

doc.add_heading("7.4 Starting Profile, learning plan and prior learning", level=2)
para(doc, "The Starting Profile tested in cycle 1 has been rewritten against the 28 national outcomes. Each applicant rates themselves on every outcome (\"new to me\", \"some experience\", \"confident and can show evidence\"), answers six short scenario questions, and writes a one-page account of provision for one pupil. At a one-to-one tutorial in the first fortnight, the participant and their personal tutor use the profile to agree an Individual Learning Plan: the outcomes to work hardest on, which optional workshops to attend, the focus of the Assignment 2 enquiry, and which outcomes will be evidenced where. The plan is revisited at the tutorials in January and May. Where the whole intake is strong on a topic, the day's programme is adjusted and the time given to the weakest areas.")
para(doc, "Applicants who already hold Level 7 credit in a relevant subject (for example a module of a master's degree in special or inclusive education) may apply through the University's Recognition of Prior Learning procedure for up to 30 credits, which may exempt them from HCS7401. The University's regulations allow credit for certificated study only: experience, however extensive, is not accredited, although it is taken into account in the learning plan.")

doc.add_heading("7.5 How the programme is delivered", level=2)
p = para(doc, "There is one intake a year, in September. The programme is taught through ten study days (five per module), held at the University's Ferrier Building and at the Trust's Castle Street Child Development Centre, with three one-to-one tutorials and the school-based work in between. ")
tracked_ins(p, "Participants who need to may take HCS7401 in one year and HCS7402 in the next, with the University's agreement.", "Frances Okafor", "2009-01-15T16:12:00Z")
para(doc, "The award has no online element in 2009-10. After cycle 3, session materials are posted to participants and sent by email after each study day, and tutors are available by phone and email between days. Day dates are fixed a year ahead and avoid national test weeks.")

doc.add_heading("7.6 The programme", level=2)
table(doc, [
    ["Day", "Module", "Content", "Led by"],
    ["1", "HCS7401", "The SENCO's role in the school and the authority. The SEN Code of Practice (2001): graduated response, statutory assessment, annual reviews. Every Child Matters: the five outcomes and the SENCO's contribution to them.", "Programme Leader; Borough senior adviser for SEN"],
    ["2", "HCS7401", "Disability equality: the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, accessibility plans. Working with the headteacher, senior leaders and governors on policy and an inclusive ethos. Gaining the commitment of colleagues.", "University lecturer; a headteacher from the Steering Group"],
    ["3", "HCS7401", "Managing the role: priorities, time and delegation; deploying and managing teaching assistants (with findings from recent research on support staff).", "Programme Leader"],
    ["4", "HCS7401", "The range of need: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, moderate learning difficulties, autistic spectrum disorders, sensory and physical needs. How each can affect learning.", "Educational psychologist; advisory teachers"],
    ["5", "HCS7401", "Using data: P scales, national curriculum tests and RAISEonline to track progress; access arrangements for tests; school self-evaluation and the SEF; provision mapping and costing.", "Borough data officer; Programme Leader"],
    ["6", "HCS7402", "How children develop, with a focus on language and communication: typical development, delay and disorder, and how home, classroom and social environment affect development.", "Dr Helen Scarisbrick; Clinical Lead SLT"],
    ["7", "HCS7402", "Identifying SLCN in the classroom; reading and using therapy and psychology reports; approaches and resources including visual supports, signing, symbol software and communication aids. Gaining pupils' views (Talking Mats).", "Therapists; University lecturer in AAC"],
    ["8", "HCS7402", "Working with other services: the Service, the educational psychology service, CAMHS, social care, the Common Assessment Framework. Voluntary organisations: talks from Afasic and Eskerby Autism Family Support. Working with parents: a session led by the Parent Partnership coordinator.", "Link therapist; partner agencies"],
    ["9", "HCS7402", "Planning and reviewing interventions; setting targets; evidence on what works for pupils with SLCN, from the research literature; coaching and modelling for colleagues.", "Dr Frances Okafor"],
    ["10", "HCS7402", "Presentations of school-based enquiries (formative, with peer and tutor feedback); reviewing provision with colleagues; keeping up to date.", "All tutors"],
], widths=[1, 2, 10, 3.8])
doc.add_paragraph()
para(doc, "Two optional evening workshops (assistive technology; stammering in the classroom) are offered each year; participants choose them according to their learning plans. Day 7 is held in the Department's communication aids laboratory, where participants try symbol software, switch access and voice output devices with the lecturer in AAC. As registered students of the University, participants have full use of the Health Sciences Library and its electronic journals, and may borrow assessment materials and intervention packs from the Department's test library and the Service's resource library at Castle Street.")

doc.add_heading("7.7 School-based work", level=2)
para(doc, "Most of the learning happens in participants' own schools. In HCS7401 the participant reviews the school's SEN policy, provision map and accessibility plan with the headteacher and the governor responsible for SEN. In HCS7402 the participant carries out a small enquiry: they identify a group of pupils with SLCN, take baseline measures, plan and lead a term-long intervention delivered with a teaching assistant they train and supervise, gain the pupils' views, and review progress. Early in HCS7402 the link therapist makes one paired visit (cycle 2, adapted) to observe a focus pupil with the participant; the participant then leads an observation of a colleague's lesson and gives feedback. Each participant also spends a half day at the Service's language resource base at Brook Lane Primary School and attends one multi-agency meeting about a pupil as an observer.")

doc.add_heading("7.8 Assessment and the award", level=2)
table(doc, [
    ["Component", "What the participant does", "Weighting"],
    ["Assignment 1 (HCS7401)", "A 4,000-word critical review of SEN provision in their school against the Code of Practice, disability equality duties and ECM outcomes, including a provision map, and an action plan agreed with the headteacher and presented to the governor for SEN.", "100% of HCS7401"],
    ["Assignment 2 (HCS7402)", "A 5,000-word report of the school-based enquiry (7.7): literature review, the identification of the pupils and the assessments used (including reports from other professionals), baseline and outcome measures, the pupils' views, how the teaching assistant was trained and deployed, and an evaluation.", "70% of HCS7402"],
    ["Practice portfolio (HCS7402)", "The record of the lesson observation and feedback; a short staff training session the participant leads, with colleagues' evaluations; the record of the multi-agency meeting; a 20-minute professional discussion with two tutors at the end of the year.", "30% of HCS7402 (pass required)"],
], widths=[3.5, 10.5, 2.8])
doc.add_paragraph()
para(doc, "The award is made by the University's Board of Examiners when a participant has passed both modules (pass mark 50%). Between them the modules cover all the national outcomes. Appendix A shows where each outcome is worked on and evidenced.")

doc.add_heading("7.9 Staff", level=2)
para(doc, "Dr Frances Okafor (Programme Leader) is a Senior Lecturer in Developmental Language Disorders and a former primary teacher and SENCO, with a PhD in children's language. Dr Helen Scarisbrick is a Reader in Child Language and an HPC-registered speech and language therapist. Ruth Calloway (Clinical Lead SLT) has 19 years' experience in schools-based therapy and an MSc in Language Pathology; she holds an honorary lecturer contract with the University. Three further band 7 therapists act as link therapists, each with at least eight years' experience in schools. Jim Tattersall, the Borough's Senior Adviser for SEN, was a SENCO and headteacher of a special school. All University staff teach on the Department's accredited programmes and take part in its research; therapists meet the Health Professions Council's CPD standards and attend the Service's monthly clinical excellence sessions.")

doc.add_heading("7.10 Quality and evaluation", level=2)
para(doc, "The programme sits within the University's quality framework: module evaluation questionnaires after each module, a Staff-Student Liaison Committee each term, an Annual Programme Review which goes to the Department's Teaching Committee, and an external examiner (appointed for the programme from another university with an SEN programme) who reports to the University each year. The Trust reviews the programme through its clinical governance structure: the annual report goes to the CGQC, and the programme is part of the Service's audit programme.")
para(doc, "We will carry on using the measures that served us in the pilot. Participants' confidence (P2) is rated at the start and end of each module against the Starting Profile statements. Every Assignment 2 enquiry requires baseline and end-of-intervention measures for the pupils involved (a standardised or criterion-referenced language measure chosen with the link therapist, and the pupil well-being scale); the results are collected in an anonymised summary each year and set against the Service's referral quality and therapist-time data for participants' schools (P1, B1). One year after completion, each school's link therapist asks the SENCO for the focus pupils' progress against IEP targets (O1). The Programme Leader writes up these data in the Annual Programme Review and the Steering Group agrees changes for the following year.")

doc.add_heading("7.11 Marking and moderation", level=2)
para(doc, "All assignments are marked against the University's Level 7 assessment criteria and a programme marking grid. Every Assignment 2 is marked by a University tutor and a link therapist together. A sample of 25% of Assignment 1 and all fails and distinctions are second-marked; the sample and a set of portfolios go to the external examiner. Before the first marking round, all markers (including therapists new to academic marking) attend a half-day standardisation meeting using pilot work, and the Programme Leader briefs them on the marking grid. Therapists who act as link therapists are given a written role description and a half-day induction covering tutorials, paired visits and the portfolio.")

doc.add_heading("7.12 Partners and stakeholders", level=2)
para(doc, "A Steering Group meets each term: the Programme Leader, the Clinical Lead SLT, the Borough's Senior Adviser for SEN, two headteachers, two SENCOs from the pilot, the Parent Partnership coordinator and the University's Faculty Partnerships Manager. It receives the evaluation data set out in 7.10 each term, advises on changes, and reviews the Annual Programme Review before it goes to the University. The content of the programme reflects what stakeholders told us: the 2007 referral audit and the SENCO survey (Section 1), the driver diagram workshop (Section 3), and the Borough's SEN review of 2008, which asked for more on data and provision mapping (now Day 5). Headteachers from the Steering Group contribute to Day 2, pilot SENCOs speak on Day 1, and partner agencies teach on Day 8. We would also like to set up a young people's panel to advise the Steering Group, but have not yet found a way to do this.")

doc.add_heading("7.13 Equality and access", level=2)
para(doc, "The application form asks every applicant whether they have a disability or other need that we should plan for, and explains why we ask and how the information will be used; applicants can also tell the Programme Leader in confidence at any time. The University's Disability and Dyslexia Service then agrees a support plan, which can include extra time for assignments, materials in large print or electronic formats, and a note-taker. Both venues are accessible; the Child Development Centre's teaching room has an induction loop, and the Service's own staff include a specialist in hearing impairment who advises on room set-up. Course materials show disabled people as colleagues and leaders, and Day 2 is partly taught by a disabled headteacher. The programme is covered by the University's and the Trust's race, disability and gender equality schemes, and recruitment data by ethnicity, gender and disability are reported in the Annual Programme Review.")

doc.add_heading("7.14 Cost", level=2)
para(doc, "The fee for 2009-10 is £1,450 for the full Postgraduate Certificate. The Trust contributes the link therapists' time (0.6 WTE across the year) from the Service's schools budget, because the pilot showed that better-informed SENCOs reduced unnecessary referrals and made therapist visits more productive. The Borough funds supply cover for the ten study days for its own schools. Teaching is shared between the University and the Service so that each topic is taught by whoever is most expert in it.")

# ---------------------------------------------------------------- 8
doc.add_heading("8. Next steps and the Committee's questions", level=1)
para(doc, "The Committee asked how the benefits would last once participants had completed the award. We would like to add a closing session in which participants consider their next professional targets with a view to the MSc, but this is not yet part of the programme and will depend on the first year's evaluation.")
para(doc, "The Committee also asked whether the parents' strand (cycle 5) should be revisited. The project team agreed to return to this after the first intake.")
para(doc, "The Committee noted the report and endorsed the submission to the TDA.")

# ---------------------------------------------------------------- Appendix A
doc.add_page_break()
doc.add_heading("Appendix A: Outcome coverage (the 28 national outcomes)", level=1)
para(doc, "Outcomes are written in our own shorthand. \"Evidenced\" means the outcome is judged in a marked component. Status is as at the end of cycle 6.")
rows = [
    ["Outcome (our shorthand)", "Worked on", "Evidenced in", "Status after cycle 6"],
    ["Attributes", None, None, None],
    ["Fair and constructive relationships with pupils with SEN and their parents", "Days 7 and 8", "Assignment 2 (the relationship with the focus pupils)", "Evidenced"],
    ["Getting the head and senior colleagues on board", "Day 2", "Assignment 1 (action plan agreed with head)", "Evidenced"],
    ["Prioritising, managing time and delegating", "Day 3", "Discussed at tutorials; not yet evidenced", "Gap"],
    ["Solving problems and making sound decisions about provision", "Days 5 and 9", "Assignments 1 and 2", "Evidenced"],
    ["Speaking and writing clearly; listening to others", "Throughout", "Assignments 1 and 2; professional discussion (portfolio)", "Evidenced"],
    ["Using research and outside advice to improve practice", "Days 7 and 9", "Assignment 2 (literature review); portfolio training session", "Evidenced"],
    ["Keeping up to date and owning one's CPD", "Day 10", "Day 10 presentation (formative only)", "Gap"],
    ["Knowledge and understanding", None, None, None],
    ["SEN law and the Code of Practice", "Day 1", "Assignment 1", "Evidenced"],
    ["Every Child Matters", "Day 1", "Assignment 1 (ECM section)", "Evidenced"],
    ["Disability equality law", "Day 2", "Assignment 1 (accessibility plan review)", "Evidenced"],
    ["Child development and what affects it", "Day 6", "Assignment 2 (theory section)", "Evidenced"],
    ["Common types of SEN and disability and their effect on learning", "Days 4, 6 and 7", "Assignment 1 (profile of needs in the school); Assignment 2", "Evidenced"],
    ["Approaches, strategies and resources, including ICT", "Days 7 and 9; workshops", "Assignment 2", "Evidenced"],
    ["School self-evaluation and improvement", "Day 5", "Not yet evidenced", "Gap"],
    ["Best practice and research", "Day 9", "Assignment 2", "Evidenced"],
    ["External agencies and getting specialist help", "Day 8", "Portfolio (multi-agency meeting record)", "Evidenced"],
    ["Skills", None, None, None],
    ["Inclusive ethos and strategy with senior leaders and governors", "Day 2", "Assignment 1 (plan presented to governor)", "Evidenced"],
    ["Identifying needs, setting targets, planning and reviewing interventions", "Days 7 and 9", "Assignment 2", "Evidenced"],
    ["Using other professionals' assessments", "Day 7", "Assignment 2", "Evidenced"],
    ["Using summative data and national tests to track progress", "Day 5", "Not yet evidenced", "Gap"],
    ["Special arrangements for tests and examinations", "Day 5 (briefly)", "Not evidenced", "Gap"],
    ["Provision mapping", "Day 5", "Assignment 1", "Evidenced"],
    ["Deploying and managing staff", "Day 3", "Assignment 2 (TA deployment)", "Evidenced"],
    ["Developing colleagues (observation, modelling, coaching, training)", "Days 9 and 10", "Portfolio (observation and training session)", "Evidenced"],
    ["Reviewing provision with colleagues to inform self-evaluation", "Day 10", "Day 10 presentation (formative only)", "Gap"],
    ["Pupils involved in their own provision", "Day 7", "Assignment 2 (pupils' views)", "Evidenced"],
    ["Working with parents and carers", "Day 8", "None at present (see cycle 5)", "Gap"],
    ["Partnership with other services, including voluntary organisations", "Day 8", "Portfolio (multi-agency meeting record)", "Evidenced"],
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, row in enumerate(rows):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, fill="E2EFDA", size=9)
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0), fill=("D9E2F3" if i == 0 else None), size=9)
for row in t.rows:
    for j, w in enumerate([6.5, 3, 5, 2.3]):
        row.cells[j].width = Cm(w)
k7_cell = t.cell(15, 2)
doc.add_comment(k7_cell.paragraphs[0].runs, text="Can we put this into Assignment 1 for 2009? A short section on how the review feeds the SEF would do it. FO", author="Frances Okafor", initials="FO")
doc.add_paragraph()

# ---------------------------------------------------------------- Appendix B
doc.add_heading("Appendix B: PDSA cycle record (blank)", level=1)
para(doc, "Template from the NHS Institute for Innovation and Improvement, as adapted by Provider Services.", italic=True)
table(doc, [
    ["Cycle no.:", "Date:", "Tester:"],
    ["Objective of this cycle:\n[What question do you want answered? Is this cycle to develop, test or implement a change?]", None, None],
    ["PLAN\n[What change are you testing? Who will do what, when and where? What data will you collect?]", None, None],
    ["PREDICTION\n[What do you think will happen?]", None, None],
    ["DO\n[Carry out the test. Record what happened, including problems and unexpected observations.]", None, None],
    ["STUDY\n[Compare the data with your prediction. What did you learn?]", None, None],
    ["ACT\n[Adopt, adapt or abandon? What will the next cycle be?]", None, None],
], header=False, widths=[6, 5.5, 5.5])

# comment on the deleted CRB sentence: attach to the paragraph that carries it
for pp in doc.paragraphs:
    if pp.text.startswith("Participants remain employees of their schools"):
        doc.add_comment(pp.runs, text="Deleted: we are not the employer and can't see the disclosure. The school checks are enough? RC", author="Ruth Calloway", initials="RC")
        break

doc.save(OUT)
print("wrote", OUT)
