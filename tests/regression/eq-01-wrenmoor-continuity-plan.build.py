"""eq-01-wrenmoor-continuity-plan: build the .docx next to this script.

PROVIDER (invented)
    Wrenmoor Learning and Skills Service, the education provider in a group of
    four secure establishments (HMYOI Calder Heys, the juvenile unit at HMYOI
    Oxley Vale, Greyholt Secure Training Centre and Linnet House Secure
    Children's Home), running the SENCO Award with the University of Stanmere
    for SENCOs in its own establishments (the "Inside strand") and in the
    schools young people return to (the "Community strand"). June 2009.

KIND OF DOCUMENT
    The Service's Business Continuity Plan for the Award (BCP-ED-07 v1.3),
    written on the Service's own BCP template and sent whole as the
    application, with a one-page covering note. The plan's purpose shapes it:
    a plan-control table and version history; Part A (purpose, scope, when to
    invoke, with the template's grey bracketed guidance left in); Part B "the
    baseline", which describes the programme in normal running (this is where
    the programme is); Part C a business impact analysis table (MTPD,
    recovery priority, minimum resources); Part D eight incident scenario
    cards (two-column tables with a shaded label column: trigger, immediate
    action, continuity arrangement, return to normal, lead); Part E roles and
    a call cascade with telephone numbers removed; Part F an exercise log;
    Annex 1 an "Outcome protection register" (outcome in the Service's own
    shortened words, day developed, task assessed, what happens if that day
    is lost) with merged, shaded group rows. Heading styles for parts,
    Heading 2 for sections (B1 ... B11, D1 ... D8). Page header
    ("RESTRICTED ...") and a footer with PAGE / NUMPAGES fields. Three Word
    comments by the Risk Manager and the plan owner. One tracked deletion and
    one tracked insertion.

TRAPS (requirement ids affected)
    - Assessment-only route negated only inside the BIA table, in a row of its
      own: "Not applicable: no assessment-only route is offered in 2009-10";
      a comment asks about it (2.3 not_met).
    - What happens after completion exists only in a Word comment and its
      reply ("Not at present"); Day 10 is about keeping up to date, not about
      setting next targets (2.5 not_met; 6.A7 is a separate matter).
    - Consulting young people: the only consultation of young people is the
      Service's own (learner councils asked for the design, 4.1); nothing
      develops participants' skills in consulting young people, and the
      outcome register has no row for involving young people in planning
      their provision (1.5 not_met, 6.S7 not_met).
    - Child development is missing from the register and from the calendar
      (6.K4 not_met).
    - Families: only a one-hour briefing by the establishment's family liaison
      officer on the establishment's own contact arrangements (wrong
      context); the register's parents row is "-" for assessment (1.7
      partially_met, 6.S8 partially_met).
    - Blanket claim above the register ("Every national outcome is
      protected"), contradicted by the register: formative-only log (6.A3),
      assessed only if the day is lost, i.e. in the contingency column
      (6.A7), "-" for assessment (6.S2c, 6.S8), an optional section of Task 1
      (6.S2d); hence 1.9 and 6.0 partially_met.
    - E-learning: the Award Space is used for materials, submission and tutor
      email, but its discussion board is "switched off" in normal running and
      online tutorials exist only in the pandemic scenario D4 (3.3
      partially_met). Flexibility: one September cohort, units in order, only
      a twilight repeat of Days 1-5 at a second venue; transfer to a later
      cohort only when operations intervene (3.2 partially_met).
    - Stakeholders help deliver and assess, but their part in evaluation is a
      past arrangement: the YJB regional adviser's seat lapsed in 2008 (4.3
      partially_met; 4.1 and 4.2 met).
    - Roles: Part E's "briefed on their role" is about incident roles in the
      plan (wrong context); hosts and presentation-panel heads are only sent
      letters with dates; markers are standardised (5.7 partially_met).
    - Impact on young people: the sentence on baseline and follow-up measures
      is a deleted tracked change, with a comment giving the reason; what
      remains is the repeated Starting Profile and an end-of-year question
      (5.9 partially_met).
    - Starting Profile used only to form action learning sets: no individual
      plan or personalised outcomes (2.2 partially_met); tailoring only in
      general terms (2.4 partially_met).
    - Past arrangement: study days were held inside Calder Heys until the
      exercise; now at Wrenmoor House (no effect on a verdict; realism).
    - CRB: an inserted tracked change carries the renewal rule; the Vetting
      Officer verifies the head's nomination form and HR records (5.3 met:
      checks on the candidates themselves, both strands).
    - The header says RESTRICTED; the covering note says the comments are not
      part of the plan.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
OUT = HERE / "eq-01-wrenmoor-continuity-plan.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)


# ---------------------------------------------------------------- helpers
def para(text="", bold=False, italic=False, size=None, align=None, style=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align:
        p.alignment = align
    return p


def lead(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def guidance(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
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


def cell_text(cell, text, bold=False, size=9.5):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)


def table(header, rows, widths=None, head_fill="1F3A5F"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        shade(c, head_fill)
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def card(title, rows):
    """A scenario card: two columns, shaded label column."""
    para(title, bold=True, size=11)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        cells = t.add_row().cells
        cell_text(cells[0], k, bold=True)
        shade(cells[0], "DCE6F0")
        cell_text(cells[1], v)
        cells[0].width = Cm(3.6)
        cells[1].width = Cm(13.0)
    doc.add_paragraph()
    return t


def tracked(p, kind, text, rid, author="Helen Marchbank", date="2009-06-12T10:14:00Z"):
    """Append a tracked insertion (kind='ins') or deletion (kind='del') run to paragraph p."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def field(run, instr):
    for kind, txt in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif txt == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = " %s " % instr
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = txt
            run._r.append(t)


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hr = hp.add_run("RESTRICTED \u2013 BUSINESS CONTINUITY \u2013 BCP-ED-07 SENCO Award")
hr.font.size = Pt(8)
hr.bold = True
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Wrenmoor Learning and Skills Service \u00b7 Business Continuity Plan v1.3 \u00b7 Page ")
r.font.size = Pt(8)
r2 = fp.add_run()
r2.font.size = Pt(8)
field(r2, "PAGE")
r3 = fp.add_run(" of ")
r3.font.size = Pt(8)
r4 = fp.add_run()
r4.font.size = Pt(8)
field(r4, "NUMPAGES")

# ---------------------------------------------------------------- covering note
para("Wrenmoor Learning and Skills Service", bold=True, size=15, color=(0x1F, 0x3A, 0x5F))
para("Education and training in HMYOI Calder Heys \u00b7 HMYOI Oxley Vale (juvenile unit) \u00b7 "
     "Greyholt Secure Training Centre \u00b7 Linnet House Secure Children\u2019s Home", italic=True, size=9)
para("Wrenmoor House, Mill Lane, Calder Heys", size=9)
para()
para("To: The Approval Panel, National Award for SEN Coordination, Training and Development Agency for Schools")
para("From: Dr Helen Marchbank, Head of Professional Development")
para("Date: 29 June 2009")
para()
para("Covering note", bold=True, size=12)
para("We enclose our Business Continuity Plan for the SENCO Award (reference BCP-ED-07, version 1.3) as our "
     "application, and we have not written a separate narrative. Every activity the Service runs must have a "
     "continuity plan approved by the Group\u2019s Risk and Resilience Committee before it starts, and for the Award "
     "we wrote the plan first. Before we could say what has to be kept going during a lockdown, a tutor\u2019s illness "
     "or an outbreak of flu, we had to write down exactly what the programme is when nothing is going wrong. That "
     "description is Part B of the plan, which we call the baseline, and it is where the panel will find the "
     "programme itself.")
para("Part C sets out what each activity is worth and how long we can do without it; Part D describes what we do "
     "when something goes wrong; and Annex 1 is the register we keep of the national outcomes, showing where each "
     "one is taught, where it is assessed and what we would do if the day it depends on were lost.")
para("The copy enclosed is the full plan. The telephone numbers in the call cascade (Part E) have been removed, "
     "as our security department requires for any copy that leaves the Group. A few comments from the Risk "
     "Manager\u2019s review of version 1.3 are still in the file; they are notes between him and the plan owner and "
     "are not part of the plan.")
para("Helen Marchbank")
para("Head of Professional Development and Award Programme Leader")
doc.add_page_break()

# ---------------------------------------------------------------- title and plan control
para("BUSINESS CONTINUITY PLAN", bold=True, size=18, color=(0x1F, 0x3A, 0x5F))
para("National Award for SEN Coordination (the SENCO Award), 2009-10", bold=True, size=13)
para("Service template T-BCP-04 (activity plans)", italic=True, size=9)
para()
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Plan title", "Business Continuity Plan: National Award for SEN Coordination (the SENCO Award)"),
    ("Reference", "BCP-ED-07"),
    ("Version", "1.3 (approved)"),
    ("Plan owner", "Head of Professional Development"),
    ("Approved by", "Group Risk and Resilience Committee, 16 June 2009"),
    ("Next review", "March 2010, or within one month of any invocation of the plan"),
    ("Classification", "RESTRICTED (Part E call cascade). The remainder of the plan may be shared with partners."),
    ("Distribution", "Award programme team; Heads of Learning and Skills at the four establishments; University of "
                     "Stanmere Partnership Office; Duty Governor\u2019s or Duty Director\u2019s office at each "
                     "establishment (Part D only)"),
]:
    cells = t.add_row().cells
    cell_text(cells[0], k, bold=True)
    shade(cells[0], "DCE6F0")
    cell_text(cells[1], v)
    cells[0].width = Cm(3.8)
    cells[1].width = Cm(12.8)
doc.add_paragraph()

para("Version history", bold=True)
table(["Version", "Date", "Change", "By"], [
    ["0.1", "January 2009", "First draft from template T-BCP-04 for the pilot term", "HM"],
    ["1.0", "March 2009", "Approved for the pilot term (Units 1 and 2 taught to 11 staff)", "Committee"],
    ["1.1", "May 2009", "Changes after Exercise Lockstep: study days moved out of the secure perimeter (see Part F)", "HM"],
    ["1.2", "June 2009", "Scenario D4 (pandemic influenza) added following national pandemic planning guidance", "JA"],
    ["1.3", "June 2009", "Baseline rewritten for the first accredited cohort (September 2009); exchange days; "
                         "Annex 1 added", "HM"],
], widths=[1.6, 2.6, 10.2, 2.2])

# ---------------------------------------------------------------- Part A
doc.add_heading("Part A: About this plan", level=1)
doc.add_heading("A1 Purpose", level=2)
para("This plan sets out how the Wrenmoor Learning and Skills Service (the Service) will keep the SENCO Award "
     "running, or restore it quickly, when an incident disrupts it. An incident may start inside one of our "
     "establishments (a lockdown, a restricted regime, a search), at our training centre, at the University, or in "
     "the wider world (severe weather, an outbreak of illness). The plan exists because the Award is a commitment "
     "to the participants, to their schools and, through them, to the young people they teach: a cohort that loses "
     "three study days in a bad winter does not get them back unless someone has planned how.")
doc.add_heading("A2 Scope", level=2)
para("In scope: the study days, individual tutorials, the Award Space, workplace tasks, exchange days, entry and "
     "vetting, marking, moderation and the Examination Board, for the 2009-10 cohort and any participant "
     "carrying units forward from it.")
para("Out of scope: the Service\u2019s education of young people in the four establishments, which is covered by the "
     "establishment plans BCP-ED-01 to BCP-ED-04, and the University\u2019s own systems, which are covered by the "
     "University of Stanmere\u2019s institutional continuity plan.")
doc.add_heading("A3 When to invoke this plan", level=2)
para("The plan owner, or in her absence the deputy named in Part E, invokes the plan when any of the following "
     "happens or is expected:")
for b in [
    "a study day cannot run at the planned venue or time, or more than a quarter of the cohort cannot attend it;",
    "a tutor is, or will be, unavailable for more than two weeks;",
    "the Award Space is unavailable for more than 48 hours during a submission window;",
    "an establishment closes to visitors or moves to a restricted regime on or before an exchange day;",
    "a partner (the University, an establishment, a local authority) withdraws or gives notice of change;",
    "personal information about a participant or a young person is lost or disclosed.",
]:
    bullet(b)
guidance("[Template T-BCP-04 guidance: Part B should describe the activity in normal operation in enough detail "
         "for a stand-in manager to run it. Include dates, people, venues, suppliers and the standards the "
         "activity must meet. Delete this note before approval.]")

# ---------------------------------------------------------------- Part B
doc.add_heading("Part B: The Award in normal running (the baseline)", level=1)
para("This part describes what the plan protects. Anyone standing in for the programme leader should be able to "
     "run the Award from it.")

doc.add_heading("B1 What the Award is and what it is for", level=2)
para("The SENCO Award is the Postgraduate Certificate in Special Educational Needs Coordination of the University "
     "of Stanmere. It was validated by the University\u2019s School of Education at a validation event on 12 February "
     "2009, for five years from September 2009, and is awarded by the University. It carries 60 credits at Level 7 "
     "(masters level) and is made up of three 20-credit units. The Service teaches the units, marks the work in the "
     "first instance and keeps the records described in this plan under the Collaborative Provision Agreement "
     "signed by the University and the Service on 3 March 2009.")
para("Everything in this plan protects one purpose: better lives and better learning for children and young people "
     "with special educational needs and disabilities. Most of the young people we teach in custody left school with "
     "few or no qualifications; about a third had a statement or were at School Action Plus before they came to us, "
     "and many more have speech, language and communication needs that no one identified. A SENCO in one of our "
     "establishments may teach a young person for eleven weeks; the SENCO in the school he or she returns to has "
     "the rest of that young person\u2019s education. The Award trains both, together.")
para("The Award\u2019s aims are that participants will:")
for b in [
    "raise the attainment and progress of the children and young people with SEN and disabilities they teach, in "
    "their own setting and across the move between custody and school;",
    "improve those young people\u2019s well-being across all five Every Child Matters outcomes \u2013 being healthy, "
    "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being \u2013 "
    "and in particular their safety and their engagement in education, training or work after release;",
    "lead and coordinate SEN provision in their school or establishment in line with the SEN Code of Practice "
    "(2001) and the duties on schools and SENCOs; and",
    "become the link between custody and school that a young person with SEN needs when he or she moves between "
    "them.",
]:
    bullet(b)
para("The aims run through the content (every study day ends with the question \u201cwhat will be different for a "
     "young person?\u201d) and through the assessment: each of the three assessed tasks asks the participant to "
     "show the effect of their work on young people\u2019s learning and well-being, and Task 3 asks them to evaluate "
     "the difference that a change they lead has made.")
para("The content is built on recent evidence. The tutors draw in particular on the Bercow Report (2008) on "
     "provision for children and young people with speech, language and communication needs; on published studies "
     "of the high rate of language difficulties among young offenders; on Ofsted\u2019s report Inclusion: does it "
     "matter where pupils are taught? (2006); and on the findings of HM Inspectorate of Prisons and Ofsted on "
     "education and learning support in juvenile establishments. Unit tutors revise their reading lists and "
     "session materials each summer, and Day 10 is given over to new research.")

doc.add_heading("B2 Who takes the Award", level=2)
para("The Award runs as a single cohort of up to 24 participants in two strands, which are taught together. The mix "
     "is deliberate: most of what goes wrong for a young person with SEN goes wrong at the gate.")
lead("Inside strand.", "SENCOs, learning support coordinators and teachers designated to lead SEN in the education "
     "departments of the four establishments (up to 10 places; 8 confirmed for 2009-10).")
lead("Community strand.", "SENCOs from the schools to which young people most often return (\u201creceiving "
     "schools\u201d) in Calderside, Oxley and Stanmere local authorities, nominated through the youth offending "
     "teams and the local authorities\u2019 inclusion teams (up to 14 places; 12 confirmed).")

doc.add_heading("B3 Entry, checks and credit for prior learning", level=2)
lead("Entry requirements.", "Qualified teacher status; at least two years\u2019 teaching; working as the SENCO, or "
     "designated to become the SENCO within the year; a first degree or equivalent; and the written support of the "
     "headteacher (or, for the Inside strand, the Head of Learning and Skills), including release for ten study "
     "days and two exchange days.")
lead("Selection.", "Applicants send the application form with their head\u2019s nomination form. The programme leader "
     "screens every application against the entry requirements, reads the applicant\u2019s Starting Profile (below) "
     "and holds a 30-minute entry conversation with each applicant, in person or by telephone. If an applicant does "
     "not yet meet the requirements, or the conversation shows that they are unlikely to reach all the outcomes by "
     "the end of the year, the programme leader writes to the applicant and to their headteacher setting out what "
     "they need to do first \u2013 usually a term leading SEN work in school under supervision, or the Service\u2019s "
     "unaccredited Foundations course \u2013 and offers a place in the next cohort.")
p = lead("Suitability checks.", "Inside-strand participants are employees of the Service: the Service\u2019s HR team "
         "holds a current enhanced CRB disclosure for every employee, together with the establishment\u2019s security "
         "vetting. For Community-strand participants the head\u2019s nomination form records the number and date of "
         "the participant\u2019s enhanced CRB disclosure, confirms that the school has checked List 99 and taken "
         "references under its safer recruitment procedures, and is signed by the head. The Service\u2019s Vetting "
         "Officer checks every form before a place is confirmed.")
tracked(p, "ins", " A disclosure more than three years old, or one obtained before a break of three months or more "
                  "in work with children, is renewed through the Service\u2019s registered umbrella body before the "
                  "participant attends an exchange day.", rid=101)
para("No participant enters an establishment until the Vetting Officer has recorded the check on the participant "
     "register.")
lead("Credit for prior learning.", "A participant who already holds a masters-level unit in special educational "
     "needs from any university may apply, through the programme leader, for up to 20 credits of accredited prior "
     "learning against Unit 1. Experienced staff may instead claim the same credit for experiential learning by "
     "portfolio, mapped against the Unit 1 outcomes, assessed by the programme leader and confirmed by the "
     "University\u2019s Accreditation of Prior Learning Panel. Claims must be decided before 1 October.")
lead("Starting Profile.", "With the application every participant completes the Starting Profile: a rating "
     "from 1 to 4 of their confidence and experience against each of the national outcomes, with an example for "
     "each rating of 3 or 4. The programme leader reads each profile and uses the ratings to put participants into "
     "action learning sets of four with a mix of strengths, Inside and Community.")
lead("Access and adjustments.", "The Service\u2019s Single Equality Scheme applies to the Award. The application "
     "form asks every applicant whether they have a disability or any other need for which we should make "
     "adjustments, explains why we ask and who will see the answer, and says that telling us will not affect "
     "selection. The programme leader contacts everyone who says yes before the first study day to agree "
     "adjustments: for example materials in large print or electronic form, a note-taker, rest breaks, or extra "
     "time and other arrangements for tasks through the University\u2019s Disability Service. Wrenmoor House is "
     "step-free and has a hearing loop. For exchange days the programme administrator checks access with the host; "
     "where an establishment\u2019s gates, stairs or search procedures would put a disabled participant at a "
     "disadvantage, the Vetting Officer agrees an adjustment with the establishment\u2019s security department or "
     "arranges the exchange at another establishment. The Award leaflet is available in large print and on audio "
     "CD, and tells readers that adjustments are available.")

doc.add_heading("B4 Programme calendar", level=2)
para("Study days run from 9.30 to 4.00 at Wrenmoor House, the Service\u2019s training centre in Calder Heys village, "
     "outside the secure perimeter, so that Community-strand participants need no clearance to attend them. Each "
     "day ends with an hour in action learning sets.")
table(["Day", "Date", "Unit", "Content"], [
    ["1", "Thu 17 Sep 2009", "Unit 1", "The SENCO\u2019s role; the SEN Code of Practice (2001), statements and "
     "annual reviews; Part 4 of the Education Act 1996 and what happens to a statement when a young person enters "
     "custody; the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008"],
    ["2", "Thu 8 Oct 2009", "Unit 1", "Every Child Matters and the youth justice system; the SENCO as leader: winning "
     "the commitment of the head, the Governor or Director, senior leaders and governors; SEN policy and the "
     "school or establishment development plan"],
    ["3", "Thu 5 Nov 2009", "Unit 1", "Disability equality: the Disability Discrimination Act 1995 and 2005, the "
     "Disability Equality Duty, reasonable adjustments and accessibility planning; the youth justice framework "
     "for education: ASSET, sentence planning, the Youth Justice Board\u2019s education, training and employment "
     "standards"],
    ["4", "Thu 3 Dec 2009", "Unit 2", "Identifying need: screening on arrival, assessment by other professionals, "
     "using data and national test results to track progress; setting targets, planning and reviewing "
     "interventions; formative assessment in the classroom; access arrangements for tests and examinations, "
     "including examinations sat in custody (with Dr Anwar Sethi, educational psychologist)"],
    ["5", "Thu 14 Jan 2010", "Unit 2", "The common types of SEN and disability and their effect on learning: "
     "behavioural, emotional and social difficulties, speech, language and communication needs (with the Group\u2019s "
     "speech and language therapist), dyslexia and other specific learning difficulties, autistic spectrum "
     "disorders, moderate learning difficulties; approaches, resources and ICT, including assistive technology"],
    ["6", "Thu 11 Feb 2010", "Unit 2", "Relationships with young people: trust, fairness and boundaries; "
     "de-escalation in the classroom; the effect of past exclusion on how young people see teachers; making and "
     "defending sound decisions about provision"],
    ["7", "Thu 11 Mar 2010", "Unit 3", "Provision mapping and provision management; finding ineffective or missing "
     "provision; deploying and managing teaching assistants and learning support workers. Last hour: Families at a "
     "distance \u2013 a briefing from the Calder Heys family liaison officer on how the establishment keeps families "
     "in touch during a sentence"],
    ["8", "Thu 22 Apr 2010", "Unit 3", "Developing colleagues: observing teaching and giving feedback, coaching, "
     "modelling, planning and leading training; managing the SENCO\u2019s own time and delegating"],
    ["9", "Thu 20 May 2010", "Unit 3", "Working with other services: youth offending teams, CAMHS, health, "
     "Connexions, social care and the voluntary sector (with YOT education officers); reviewing provision with "
     "colleagues; self-evaluation and improvement planning in schools and establishments"],
    ["10", "Thu 24 Jun 2010", "Unit 3", "Keeping up to date: research digests, journals, SENCO networks and the "
     "local authorities\u2019 SENCO forums; new research; Task 3 presentations"],
], widths=[1.0, 2.6, 1.6, 11.4])
para("The Award runs as one cohort with one start, in September, and the units are taken in order. It is part time "
     "throughout. A Community-strand participant who cannot be released on one of Days 1 to 5 may attend the "
     "repeat of that day the following week at Oxley Vale Teachers\u2019 Centre, taught as two twilight sessions "
     "(4.00 to 7.00) by the same tutor.")

doc.add_heading("B5 Workplace tasks and exchange days", level=2)
para("Between study days participants work in their own school or establishment. Each unit has a directed "
     "workplace task that feeds its assessed task: in Unit 1 an audit of the setting\u2019s SEN policy and practice "
     "with the head; in Unit 2 observation and assessment of one young person over at least six weeks; in Unit 3 "
     "the planning and leading of a change in provision. The tasks are designed around the national outcomes and "
     "are carried out with real young people, colleagues and records, so that what participants learn on a study "
     "day is tried out in their own setting before the next one.")
para("Each participant also spends two exchange days in the other world. Community-strand participants spend two "
     "days in one of the establishments, with the establishment SENCO, sitting in on screening, lessons, a sentence "
     "planning meeting and a release planning meeting. Inside-strand participants spend two days in the SEN "
     "department of a receiving school. Host establishments and schools are chosen from those whose provision for "
     "pupils with SEN was judged good or outstanding at their last inspection. The programme administrator "
     "arranges every exchange by 30 November, and hosts receive a letter confirming the dates and the "
     "participant\u2019s name.")
para("Participants also meet specialists on the study days: the Group\u2019s speech and language therapist, an "
     "educational psychologist from Calderside, the YOT education officers, and the University\u2019s link tutor, who "
     "teaches the research session on Day 10.")

doc.add_heading("B6 Assessment and the award", level=2)
para("Each unit is assessed by one task, marked against the University\u2019s Level 7 criteria and against the "
     "national outcomes the task is designed to assess (Annex 1):")
lead("Task 1 (Unit 1) \u2013 Policy into practice.", "A critical review, of about 4,000 words, of how the "
     "participant\u2019s school or establishment meets its duties under the SEN Code of Practice and disability "
     "equality law and contributes to the Every Child Matters outcomes, ending with an action plan agreed with the "
     "head. An optional section covers access arrangements for tests and examinations.")
lead("Task 2 (Unit 2) \u2013 Case study.", "A case study, of about 4,000 words, of the provision for one young "
     "person with SEN, drawing on the assessment records, the views of the professionals involved and the "
     "participant\u2019s own observations: how need was identified, the targets set, the interventions planned, "
     "the review, and what the participant changed as a result. Where possible the case follows the young person "
     "across a move between custody and school.")
lead("Task 3 (Unit 3) \u2013 Development project.", "A report, of about 3,000 words, on a change in provision "
     "that the participant has planned, led and evaluated, with a 20-minute presentation to a panel of the unit "
     "tutor, a second assessor and a head from a receiving school or a Head of Learning and Skills.")
lead("Reflective log.", "Participants keep a reflective log throughout. Tutors read it at tutorials and comment; "
     "it is not marked.")
lead("Marking and moderation.", "Before each marking period the tutors hold a standardisation meeting with the "
     "University link tutor, using scripts from the pilot. Each task is marked by the unit tutor. All fails, all "
     "borderline scripts and a sample of a quarter of the rest, across the range of marks, are second-marked by "
     "another tutor. The University link tutor moderates a sample from every unit, and the external examiner "
     "appointed by the University sees the moderated sample and every fail before the Examination Board.")
lead("The award.", "A participant who passes all three tasks is recommended by the Service to the University\u2019s "
     "Examination Board for the award. The register at Annex 1 shows that every national outcome is covered by "
     "the tasks.")
lead("Tutorials.", "Each participant has three individual tutorials with a unit tutor, in October, February and "
     "May, to review progress on the tasks.")
para("We believe the Award is high-quality professional development and good value. Fees are \u00a31,150 per "
     "participant: the Service meets the fees of Inside-strand participants from its staff development budget, "
     "and the three local authorities meet the fees of Community-strand participants. Holding the study days in "
     "our own centre keeps costs down.")

doc.add_heading("B7 People", level=2)
para("The programme team and the specialists who teach on the Award are:")
table(["Name", "Role on the Award", "Qualifications and experience"], [
    ["Dr Helen Marchbank", "Programme leader; Unit 3 tutor", "PhD (inclusive education), MA SEN; eight years a "
     "secondary SENCO, four years a local authority SEN adviser; Head of Professional Development since 2006"],
    ["Tobias Okafor", "Unit 1 tutor", "MA Special and Inclusive Education; former SENCO of a pupil referral unit; "
     "Head of Learning and Skills, HMYOI Oxley Vale"],
    ["Rhiannon Pryce", "Unit 2 tutor; deputy programme leader", "MEd; Advanced Diploma in Specific Learning "
     "Difficulties, AMBDA; qualified assessor for access arrangements; Group SEN Coordinator for the Service"],
    ["Claire Dunstall", "Guest tutor, Day 5", "Speech and language therapist (MRCSLT), working across the four "
     "establishments since 2007"],
    ["Dr Anwar Sethi", "Guest tutor, Days 4 and 9", "Educational psychologist, Calderside Council"],
    ["Gail Hurworth", "University link tutor; moderator", "Senior Lecturer in Inclusive Education, University of "
     "Stanmere"],
    ["Denise Yarrow", "Programme administrator; Vetting Officer", "Service HR and vetting team"],
], widths=[3.4, 4.2, 9.0])
para("All tutors have taught or led SEN provision within the last three years. Each keeps a CPD record, which is "
     "reviewed at appraisal, and the tutor team meets for a day each July to review the units.")

doc.add_heading("B8 Resources", level=2)
para("Wrenmoor House has two teaching rooms for up to 30, a hearing loop, an interactive whiteboard in each room "
     "and 20 laptops with assistive software (text-to-speech, word prediction, Clicker and symbol software) for "
     "participants to use and evaluate. The Service\u2019s SEN resource library, also at Wrenmoor House, holds "
     "standardised reading, spelling and language assessments, intervention programmes, the British Journal of "
     "Special Education and Support for Learning, and about 600 books; participants may borrow from it. As "
     "registered students of the University, participants have full use of the University library, including its "
     "electronic journals from home.")

doc.add_heading("B9 The Award Space", level=2)
para("The Award Space is the Award\u2019s area on StanLearn, the University\u2019s online learning site. The "
     "establishments\u2019 networks are closed, so Inside-strand participants use it from Wrenmoor House, from home "
     "or from the Service\u2019s administration block. It holds the materials and readings for every study day, "
     "the task briefs and the marking criteria; it is where tasks are submitted and where marked work is returned "
     "with feedback. Participants email their unit tutor with questions between study days, and tutors answer "
     "within five working days. The Award Space has a discussion board, but in normal running it is switched off: "
     "participants in the pilot preferred their action learning sets, which meet on the study days.")

doc.add_heading("B10 Partners and stakeholders", level=2)
para("Before we designed the Award we asked the people it is meant to serve. In the autumn of 2008 the Service "
     "surveyed the SENCOs of the 63 schools that received young people from the four establishments in 2007-08 "
     "(41 replied), held a focus group with the six youth offending team education officers, and met the Heads of "
     "Learning and Skills and the Governors and Directors of the establishments. The learner councils at Calder Heys "
     "and Greyholt answered one question for us: \u201cWhat should a teacher know about you before you walk into "
     "their classroom?\u201d")
para("The receiving schools told us that information about a young person\u2019s needs rarely reached them before "
     "the young person did (29 of 41), that their SENCOs knew little about custody, and that they had had no "
     "training in language and communication needs among older pupils. The YOT officers told us that the first four "
     "weeks after release decide whether a young person stays in education. Establishment staff told us they "
     "needed help to apply the Code of Practice, statements and school data in a setting the Code was not written "
     "for. The young people told us, in their own words, that teachers should know what they find hard before they "
     "are asked to read aloud.")
para("These findings changed the design. The exchange days exist because of the schools\u2019 answers. Speech, "
     "language and communication moved from an optional reading to half of Day 5, taught by the speech and language "
     "therapist. Task 2 asks participants to follow a young person across a move where they can, which the YOT "
     "officers asked for. The families briefing on Day 7 was added at the YOT officers\u2019 request.")
para("Stakeholders also take part in running the Award: YOT education officers co-teach Day 9; establishments and "
     "receiving schools host exchange days; and a receiving-school head or a Head of Learning and Skills sits on "
     "every Task 3 presentation panel. Until 2008 the Youth Justice Board\u2019s regional education adviser sat on "
     "the Service\u2019s programme review group and commented on its evaluation of our staff courses; the post was "
     "removed in the Board\u2019s restructuring, and the group now consists of the programme team and the University "
     "link tutor.")

doc.add_heading("B11 Quality and evaluation", level=2)
para("Participants evaluate each study day on the Service\u2019s standard form. The unit tutor summarises the "
     "forms at the end of each unit for the programme review group, which meets each term. The University\u2019s "
     "annual monitoring report and the external examiner\u2019s report give the external view. The Service\u2019s "
     "Quality Improvement Group receives both each September, with the programme leader\u2019s action plan, and the "
     "actions are tracked through the Service\u2019s Quality Improvement Plan until they are closed. Changes made "
     "after the pilot term in this way include the move of the study days to Wrenmoor House, longer action "
     "learning sets and clearer task briefs.")
p = para("Impact on participants is measured by repeating the Starting Profile at the end of the year and comparing "
         "each participant\u2019s ratings on every outcome with their ratings at the start, and by the tutors\u2019 "
         "judgements at tutorials.")
tracked(p, "del", " Impact on young people is measured through Task 3: each participant records a baseline and a "
                  "follow-up measure (a reading age, attendance, or a well-being scale) for at least three young "
                  "people and reports the change.", rid=102)
para("In the end-of-year evaluation participants are also asked whether the young people they work with have "
     "benefited from the Award.")

# ---------------------------------------------------------------- Part C
doc.add_heading("Part C: Business impact analysis", level=1)
para("The maximum tolerable period of disruption (MTPD) is the longest an activity can stop before the cohort\u2019s "
     "progress to the award is put at risk. Recovery priority 1 is restored first.")
t = table(["Activity", "Impact if lost", "MTPD", "Priority", "Minimum resources to restore"], [
    ["Study days", "The outcomes for that day are not taught; the cohort falls behind the task deadlines",
     "One week (next teaching week)", "1", "One tutor; a room for 24; materials from the Award Space"],
    ["Entry and vetting", "Participants cannot start, or cannot enter establishments on exchange days",
     "One week before Day 1 or before an exchange day", "1", "Vetting Officer; HR records; umbrella body"],
    ["Award Space", "No submission or feedback; materials unavailable",
     "48 hours in a submission window; two weeks otherwise", "1 / 3", "University IT service"],
    ["Individual tutorials", "Participants go into a task without guidance", "Two weeks", "2",
     "A tutor and a telephone"],
    ["Marking and moderation", "Board deadline missed; awards delayed", "Three weeks", "2",
     "Two tutors; the link tutor"],
    ["Examination Board", "Awards delayed", "One Board cycle", "2", "University Registry"],
    ["Exchange days", "Placement learning lost", "Four weeks (rearranged within the term)", "3",
     "A host; the Vetting Officer"],
    ["Assessment-only candidates", "\u2013", "\u2013", "\u2013",
     "Not applicable: no assessment-only route is offered in 2009-10."],
], widths=[3.2, 4.6, 3.2, 1.4, 4.2])
last = t.rows[-1].cells[4].paragraphs[0].runs[0]
doc.add_comment(last, text="The TDA specification asks for an assessment-only route for experienced people in "
                           "exceptional cases. Are we sure we want to say we don't have one?",
                author="John Ashworth", initials="JA")
doc.add_comment(last, text="Yes, for this year. HM", author="Helen Marchbank", initials="HM")

# ---------------------------------------------------------------- Part D
doc.add_heading("Part D: Incident scenarios", level=1)
para("Each card sets out what the plan lead does when the plan is invoked for that kind of incident. The cards are "
     "printed and kept in the grab bag in the Wrenmoor House office and in each establishment\u2019s education "
     "office.")
card("D1 Lockdown or restricted regime in an establishment", [
    ("Trigger", "An establishment goes into lockdown or a restricted regime on a study day or an exchange day, or "
                "Inside-strand participants are kept on duty."),
    ("Immediate action", "The Head of Learning and Skills tells the programme administrator by 9.00. Exchange "
                         "visitors are stood down before they travel."),
    ("Continuity arrangement", "The study day goes ahead for everyone else. Its materials are posted on the Award "
                               "Space the same evening, and the tutor telephones each absent participant within a "
                               "week and covers the day at the next tutorial. A participant who misses more than two "
                               "study days for operational reasons agrees with the programme leader and their Head "
                               "of Learning and Skills either a catch-up plan or a transfer to the next cohort, "
                               "with completed units carried forward."),
    ("Return to normal", "Exchange days are rearranged within four weeks."),
    ("Lead", "Programme administrator; programme leader"),
])
card("D2 Loss of a tutor", [
    ("Trigger", "A tutor is, or will be, absent for more than two weeks."),
    ("Immediate action", "The programme leader reallocates the tutor\u2019s tutorials and marking within 48 hours."),
    ("Continuity arrangement", "The programme leader or the other unit tutor teaches the day from the unit file. "
                               "Under the Collaborative Provision Agreement the University will provide a tutor from "
                               "its own postgraduate team for up to four study days."),
    ("Return to normal", "The returning tutor is briefed by the programme leader before the next study day."),
    ("Lead", "Programme leader"),
])
card("D3 Award Space unavailable", [
    ("Trigger", "StanLearn is unavailable for more than 48 hours during a submission window."),
    ("Immediate action", "The programme administrator emails all participants with the alternative."),
    ("Continuity arrangement", "Tasks are emailed to the programme administrator, who logs the time of receipt; the "
                               "University\u2019s late-submission rules are suspended for the period."),
    ("Return to normal", "Emailed tasks are uploaded to StanLearn by the administrator."),
    ("Lead", "Programme administrator"),
])
card("D4 Pandemic influenza", [
    ("Trigger", "National or Health Protection Agency advice; establishments closed to visitors; high absence among "
                "participants or tutors."),
    ("Immediate action", "The programme leader consults the University and the Heads of Learning and Skills on "
                         "whether study days can go ahead."),
    ("Continuity arrangement", "Study days move online. The Award Space discussion board is switched on, tutors "
                               "hold a weekly one-hour online tutorial for each unit, and action learning sets "
                               "continue by telephone conference. Exchange days are postponed. Deadlines are "
                               "extended through the University\u2019s extenuating circumstances procedure."),
    ("Return to normal", "Study days resume at Wrenmoor House; missed exchange days are rearranged before the end of "
                         "the unit."),
    ("Lead", "Programme leader"),
])
card("D5 Loss of the University partnership", [
    ("Trigger", "The University gives notice to end the Collaborative Provision Agreement, or withdraws approval "
                "of the Award."),
    ("Immediate action", "The programme leader informs the Service\u2019s Director and every participant within "
                         "five working days."),
    ("Continuity arrangement", "The Agreement requires the University to teach out any cohort already registered, "
                               "so current participants complete as planned. The Service would seek a new validating "
                               "partner for later cohorts."),
    ("Return to normal", "Not applicable."),
    ("Lead", "Head of Service"),
])
card("D6 Vetting delay", [
    ("Trigger", "A Community-strand participant\u2019s check is not recorded by the Vetting Officer five working "
                "days before an exchange day."),
    ("Immediate action", "The Vetting Officer contacts the school and the umbrella body."),
    ("Continuity arrangement", "The exchange day is deferred. The participant continues to attend study days, which "
                               "are outside the perimeter."),
    ("Return to normal", "The exchange day is rearranged once the check is recorded."),
    ("Lead", "Vetting Officer"),
])
card("D7 Loss or disclosure of personal information", [
    ("Trigger", "A task, a case file or a participant record is lost, sent to the wrong person or disclosed."),
    ("Immediate action", "Report to the Service\u2019s information governance lead within one hour; notify the "
                         "University."),
    ("Continuity arrangement", "Tasks must already be anonymised: young people are referred to by an initial and "
                               "age only, and establishments and schools are not named. Marking continues from the "
                               "StanLearn copy."),
    ("Return to normal", "Information governance lead closes the incident."),
    ("Lead", "Programme leader"),
])
card("D8 A school withdraws its SENCO", [
    ("Trigger", "A head withdraws support, or a Community-strand participant leaves the SENCO post."),
    ("Immediate action", "The programme leader speaks to the participant and the head."),
    ("Continuity arrangement", "Units already passed are credited. The participant may rejoin a later cohort within "
                               "three years from a new post, with the head\u2019s support."),
    ("Return to normal", "Not applicable."),
    ("Lead", "Programme leader"),
])

# ---------------------------------------------------------------- Part E
doc.add_heading("Part E: Roles and call cascade", level=1)
para("Everyone named in this part is briefed on their role in the plan when they take it up, and takes part in the "
     "annual exercise (Part F). Role cards are kept in the grab bag.")
table(["Plan role", "Holder", "Deputy", "Contact"], [
    ["Plan lead", "Helen Marchbank (programme leader)", "Rhiannon Pryce", "[removed]"],
    ["Communications to participants", "Denise Yarrow (programme administrator)", "Service HR duty officer",
     "[removed]"],
    ["Vetting", "Denise Yarrow (Vetting Officer)", "Service HR manager", "[removed]"],
    ["Establishment liaison", "Heads of Learning and Skills (four)", "Deputy heads of learning", "[removed]"],
    ["University liaison", "Gail Hurworth (link tutor)", "University Partnership Office", "[removed]"],
    ["Information governance", "Service information governance lead", "Head of Service", "[removed]"],
], widths=[3.8, 5.0, 4.0, 3.8])
para("Cascade order: plan lead \u2192 programme administrator \u2192 tutors \u2192 participants (by text message and "
     "email) \u2192 hosts and the University. The cascade is tested twice a year.")

# ---------------------------------------------------------------- Part F
doc.add_heading("Part F: Testing and exercising", level=1)
table(["Date", "Exercise", "What we learned", "Change made"], [
    ["14 May 2009", "Exercise Lockstep (tabletop): lockdown at Calder Heys on a study day",
     "Study days were then held in the Calder Heys education block. In the exercise eight Community participants "
     "could not get in and the day was lost for everyone",
     "From September 2009 all study days are held at Wrenmoor House, outside the perimeter (v1.1)"],
    ["2 June 2009", "Call cascade test", "Two numbers out of date; text messages reached all participants in 40 "
     "minutes", "Numbers corrected; cascade retested 9 June"],
    ["October 2009 (planned)", "Pandemic tabletop with the University", "\u2013", "\u2013"],
], widths=[2.6, 4.4, 5.4, 4.2])

# ---------------------------------------------------------------- Annex 1
doc.add_heading("Annex 1: Outcome protection register", level=1)
para("The register records, for each national outcome, the study day on which it is developed, the task in which "
     "it is assessed and what we do if that day is lost. Every national outcome is protected: each one is taught on "
     "a study day and assessed in at least one task, so no participant can complete the Award without having shown "
     "all of them. The outcomes are given here in our own shortened words.")

reg = doc.add_table(rows=1, cols=4)
reg.style = "Table Grid"
for i, h in enumerate(["Outcome (shortened)", "Developed", "Assessed", "If that day is lost"]):
    c = reg.rows[0].cells[i]
    cell_text(c, h, bold=True)
    shade(c, "1F3A5F")
    for rr in c.paragraphs[0].runs:
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

POSTED = "Materials posted; covered at next tutorial"
groups = [
    ("Professional attributes", [
        ("Fair, respectful and constructive relationships with young people with SEN and with their parents or "
         "carers", "Day 6", "Task 2", POSTED),
        ("Winning the commitment of colleagues, the head and senior leaders", "Day 2", "Task 1 (action plan agreed "
         "with the head); Task 3", POSTED),
        ("Managing time and priorities; delegating and checking that delegated work is done", "Day 8",
         "Reflective log (tutor comments at tutorials; not marked)", POSTED),
        ("Anticipating and solving problems; sound, well-founded decisions about provision", "Days 4 and 6",
         "Task 2", POSTED),
        ("Clear speech and writing; listening to and understanding others\u2019 views", "All days",
         "Task 3 (written report and presentation)", "Not applicable"),
        ("Using research and outside advice to improve their own and colleagues\u2019 practice", "Day 10", "Task 3",
         "Reading pack posted; covered at final tutorial"),
        ("Keeping up to date and taking charge of their own professional development in SEN and disability",
         "Day 10", "\u2013", "Assessed by a 15-minute professional discussion at the final tutorial"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law and guidance, including the SEN Code of Practice, what they mean for the school and the SENCO, "
         "and how to put them into practice", "Days 1 and 3", "Task 1", "Second tutor repeats the day"),
        ("The principles and outcomes of Every Child Matters and the SENCO\u2019s part in them", "Day 2", "Task 1",
         POSTED),
        ("Disability equality law and the action it requires", "Day 3", "Task 1", POSTED),
        ("The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect "
         "on learning", "Day 5", "Task 2", "Therapist repeats the session at a twilight"),
        ("Approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning, "
         "understood critically", "Days 4 and 5", "Task 2", POSTED),
        ("Self-evaluation and improvement in schools and establishments, and how they bear on outcomes for young "
         "people with SEN", "Day 9", "Task 3", POSTED),
        ("Best practice and research on meeting special educational needs", "Day 10", "Task 3", POSTED),
        ("What other agencies do and how to get specialist support and resources", "Day 9", "Task 2", POSTED),
    ]),
    ("Skills", [
        ("With senior colleagues and governors, shaping an inclusive ethos, policies, priorities and the use of "
         "resources", "Day 2", "Task 1", POSTED),
        ("Identifying young people who may have SEN, setting challenging targets, planning interventions and "
         "reviewing progress", "Day 4", "Task 2", POSTED),
        ("\u2022 using assessments by other professionals to shape teaching", "Day 4", "Task 2", POSTED),
        ("\u2022 using summative assessment, including national tests, to track progress and adjust programmes",
         "Day 4", "Task 2", POSTED),
        ("\u2022 helping other teachers to develop formative assessment, with attention to young people with SEN",
         "Day 4", "\u2013", POSTED),
        ("\u2022 identifying access arrangements for tests and examinations in good time and putting them in place",
         "Day 4", "Task 1 (optional section)", POSTED),
        ("Provision mapping and management; finding ineffective or missing provision", "Day 7", "Task 3", POSTED),
        ("Deploying and managing staff", "Day 7", "Task 3", POSTED),
        ("Developing colleagues: observation and feedback, modelling, coaching and mentoring, training", "Day 8",
         "Task 3", POSTED),
        ("Reviewing the effectiveness of provision with colleagues, to feed self-evaluation and improvement "
         "planning", "Day 9", "Task 3", POSTED),
        ("Working with parents and carers to support young people\u2019s learning", "Day 7", "\u2013", POSTED),
        ("Working in partnership with other services and voluntary organisations", "Day 9", "Task 2", POSTED),
    ]),
]
for gname, rows in groups:
    gr = reg.add_row()
    a = gr.cells[0].merge(gr.cells[3])
    cell_text(a, gname, bold=True)
    shade(a, "DCE6F0")
    for row in rows:
        cells = reg.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9)
for row in reg.rows:
    for i, w in enumerate([7.6, 2.2, 3.6, 3.2]):
        row.cells[i].width = Cm(w)
doc.add_paragraph()
para("Register kept by the programme leader; checked by the University link tutor at each moderation.", italic=True,
     size=9)

# comment on the deleted sentence, anchored to the sentence that remains before it
anchor = p.runs[0]
doc.add_comment(anchor, text="HM: pupil measures taken out. Average stay at Calder Heys is eleven weeks, so we can't "
                             "promise follow-up measures for Inside participants.",
                author="Helen Marchbank", initials="HM")

# comment about what happens after the Award, on the award paragraph in B6
for para_ in doc.paragraphs:
    if para_.text.startswith("The award.") and para_.runs:
        doc.add_comment(para_.runs[-1], text="Is there anything for people who finish, e.g. an exit meeting with "
                                             "their line manager to set next year's targets? The panel may ask.",
                        author="John Ashworth", initials="JA")
        doc.add_comment(para_.runs[-1], text="Not at present. Will look at it for v1.4. HM",
                        author="Helen Marchbank", initials="HM")
        break

doc.save(OUT)
print("wrote", OUT)
