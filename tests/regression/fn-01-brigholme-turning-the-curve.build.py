"""fn-01-brigholme-turning-the-curve

Provider (invented): Brigholme Excellence in Cities Partnership, working with
Brigholme City Council's Inclusion Team (the partnership's Learning Mentor and
Behaviour Improvement Programme strands contribute), and Aldborough University
School of Education, which validates a 60-credit Masters-level PGCert, "the
Brigholme SENCO Award". Northern English city, January 2009.

Document kind: a Results-Based Accountability ("Turning the Curve") report with
a performance report card, written for the Children's Trust's Achievement and
Inclusion Outcome Group, sent to the TDA essentially unchanged with a shaded
note to the panel and an outcome annex. It follows the RBA sequence: the result
and indicators (National Indicators NI 104 and NI 105), a baseline table, the
story behind the baseline, partners with a role to play, what works, the
strategy (the Award, described in numbered sub-sections 6.1-6.10 whose numbers
look like requirement ids but are not), the performance report card in three
quadrants (How much / How well / Is anyone better off?) plus a "data
development agenda", an action plan table with statuses, and Annex A: an
outcome table with merged group rows ("What the participant works on / Where
it is developed / How it is assessed").

Word features: header and footer (PAGE field), shaded note box, tables, merged
group rows, a tracked deletion of a whole paragraph (Outcome Group officer),
a tracked insertion of a few words, two Word comments.

Traps (ids):
- 2.3: assessment-only route explicitly not offered ("every participant takes
  part in the Centre Days", and the action plan row "Not being pursued for
  2009-10"); the only text offering it is a deleted tracked paragraph in 6.2.
- 5.3: enhanced CRB checks are described for Partnership staff, learning
  mentors and BIP key workers who contribute to Centre Days, never for
  candidates (wrong-context) -> not_met.
- 5.9: participants' confidence and competence are measured (report card),
  but pupils' achievement appears only in the "data development agenda" as
  something not yet agreed -> partially_met.
- 3.3: the learning platform holds Unit 1 self-study modules (so e-learning
  is used) but "does not have a discussion area"; tutor support is at Centre
  Days only; a comment asks whether tutors could answer on the platform
  (comment not evidence) -> partially_met.
- 1.1: aims and the report card deliberately kept to attainment and
  exclusion ("well-being ... not in this report card") -> partially_met.
- 1.7 / 6.A1 / 6.S8: parents are "a thread" through units, with no session
  or assessed task -> partially_met.
- 1.9: blanket "Every national outcome is assessed at least once" contradicted
  by Annex A -> partially_met.
- 6.0: pass on all three units with compensation of a marginal fail ->
  partially_met.
- 2.5: only told about the MA -> partially_met.
- 3.1: a value statement plus an accessible venue only -> partially_met.
- 5.5: specialist expertise at Centre Days; visits to other settings only
  "if their head agrees" and arranged by the participant -> partially_met.
- 5.7: tutors briefed; heads/line managers who "support" get nothing ->
  partially_met.
- Annex A: 6.A3 has no row (not_met); 6.S2d "Not part of the Award" (covered
  by the authority's own briefing, not_met); 6.K4 pre-course reading only, not
  assessed; 6.A7 reading log "formative, not marked"; 6.S2c discussed, no
  assessed task (all partially_met).
- Numbering collision: sub-sections 6.1-6.10 and the action plan's refs.
"""
# ---- shared helpers (copied into each build script) ----
import re, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def add_runs(p, text, size=None, color=None, italic=False):
    """**bold** and _italic_ markup inside text."""
    for part in re.split(r"(\*\*[^*]+\*\*|__[^_]+__)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = p.add_run(part[2:-2]); r.bold = True
        elif part.startswith("__"):
            r = p.add_run(part[2:-2]); r.italic = True
        else:
            r = p.add_run(part)
        if italic: r.italic = True
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def P(doc, text="", style=None, **kw):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, **kw)
    return p

def H(doc, text, level=1):
    return doc.add_heading(text, level=level)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)

def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i: p = cell.add_paragraph()
        add_runs(p, ("**%s**" % line) if (bold and line) else line, size=size, color=color, italic=italic)

def T(doc, rows, widths=None, header=True, fill="D9D9D9", style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None: continue
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0 and fill: shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t

def box(doc, text_lines, fill="EDEDED", size=10):
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.cell(0, 0); shade(c, fill)
    c.text = ""
    for i, line in enumerate(text_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        add_runs(p, line, size=size)
    doc.add_paragraph()
    return t

_rev = [100]
def _revid():
    _rev[0] += 1; return str(_rev[0])

def deleted_para(doc, text, author, date, style=None):
    """A whole paragraph deleted as a tracked change (runs in w:del, paragraph mark deleted)."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr"); d = OxmlElement("w:del")
    for k, v in (("w:id", _revid()), ("w:author", author), ("w:date", date)): d.set(qn(k), v)
    rPr.append(d); pPr.append(rPr)
    de = OxmlElement("w:del")
    for k, v in (("w:id", _revid()), ("w:author", author), ("w:date", date)): de.set(qn(k), v)
    r = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve"); dt.text = text
    r.append(dt); de.append(r); p._p.append(de)
    return p

def tracked(p, text, kind, author, date):
    """Append an inserted ('ins') or deleted ('del') run to paragraph p."""
    el = OxmlElement("w:" + kind)
    for k, v in (("w:id", _revid()), ("w:author", author), ("w:date", date)): el.set(qn(k), v)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t"); t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); el.append(r); p._p.append(el)
    return p

def add_field(p, instr):
    r = p.add_run(); f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = p.add_run(); f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    p.add_run("1")
    r4 = p.add_run(); f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)

def merge_row(t, i, text, fill="F2F2F2", size=9):
    c = t.cell(i, 0).merge(t.cell(i, len(t.columns) - 1))
    cell_text(c, text, bold=True, size=size); shade(c, fill)
    return c
# ---- end helpers ----
from pathlib import Path
OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AUTH = "Carol Whitworth (Outcome Group officer)"
DATE = "2009-01-09T10:15:00Z"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Brigholme Children's Trust | Achievement and Inclusion Outcome Group | Turning the Curve report 3"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Version 3 (as agreed 14 January 2009)   Page ").font.size = Pt(8)
add_field(fp, "PAGE")

t = P(doc, "**BRIGHOLME CHILDREN'S TRUST**", size=11)
t = P(doc, "Achievement and Inclusion Outcome Group", size=11)
doc.add_heading("Turning the Curve: narrowing the gap for children with special educational needs", 0)
P(doc, "Report card and action plan for the Brigholme SENCO Award (Brigholme Excellence in Cities Partnership with Aldborough University School of Education)", italic=True)
P(doc, "Report owner: Dr Imran Qureshi, Principal Officer (SEN), Inclusion Team, Brigholme City Council. Written with Lorraine Beckett (Learning Mentor Strand Co-ordinator, EiC Partnership), Dave Holroyd (Behaviour Improvement Programme Lead) and Dr Helen Marsden (Senior Lecturer, Aldborough University).")

box(doc, [
    "**Note for the TDA approval panel**",
    "This is the third Turning the Curve report on the gap for children with SEN that the Inclusion Team has taken to the Children's Trust's Achievement and Inclusion Outcome Group. The Group agreed it on 14 January 2009 and asked us to send it to you as our application. We have changed nothing in Sections 1 to 9 except to correct two figures. Annex A was written for you: it sets out where each of the national minimum outcomes is worked on and how it is assessed.",
    "In Brigholme we use Results-Based Accountability (RBA) for every priority in the Children and Young People's Plan 2006-09. If the headings look unusual, that is why: population accountability first (what is happening to all children with SEN in the city), then performance accountability (how well our own programme is doing).",
])

H(doc, "1. Why this report", 1)
P(doc, "The Children and Young People's Plan names \"closing the gap for vulnerable groups\" as one of its five priorities. Children with special educational needs are the largest of those groups: 3,940 pupils at School Action Plus or with a statement in January 2008, and a further 6,100 at School Action, across 94 primary schools, 17 secondary schools, six special schools and two pupil referral units.")
P(doc, "The Outcome Group asked in July 2008 for a Turning the Curve exercise on one question: what would it take for the gap between children with SEN and their classmates to stop widening? This report answers that question. Its central proposal is the Brigholme SENCO Award, which turns the Inclusion Team's old two-day induction course for new SENCOs into a Masters-level qualification, and which schools will need anyway once the 2008 SEN regulations require new SENCOs to hold the national award.")

H(doc, "2. The result and the indicators", 1)
P(doc, "**Result.** All children and young people in Brigholme enjoy and achieve, whatever their starting point.")
P(doc, "**Headline indicators.** We track the two National Indicators for this gap, and one local indicator.")
T(doc, [
    ["Indicator", "2005-06", "2006-07", "2007-08", "Forecast 2008-09 (no change)", "Target 2010-11"],
    ["NI 104: gap in % reaching Level 4+ in English and maths at Key Stage 2, SEN and non-SEN pupils (percentage points)", "52", "53", "51", "53", "46"],
    ["NI 105: gap in % reaching 5 A*-C GCSEs including English and maths, SEN and non-SEN pupils (percentage points)", "38", "40", "39", "40", "34"],
    ["Local: share of permanent exclusions that are of pupils with SEN (%)", "68", "74", "71", "72", "55"],
], widths=[7, 1.6, 1.6, 1.6, 2.6, 2])
P(doc, "")
P(doc, "Sources: Brigholme Performance and Information Unit; DCSF School Census; RAISEonline. Figures for 2007-08 are validated. The Key Stage 2 figure for 2006-07 was corrected in version 3.")
P(doc, "We have deliberately kept this report card to attainment and exclusion, because those are the measures the Outcome Group can see each term. Children's well-being (the other Every Child Matters outcomes) is reported by the Be Healthy and Stay Safe outcome groups and is not in this report card.")

H(doc, "3. The story behind the baseline", 1)
P(doc, "The curve has been flat for three years. Results for children with SEN have risen, but no faster than for everyone else, and at Key Stage 4 the gap widened in 2006-07. Three things explain most of the story.")
P(doc, "**SENCOs are new and stretched.** Our survey of SENCOs in June 2008 went to all 119 schools and units and had 78 replies. Just over half of the SENCOs who replied (41) had been in the role for less than three years; 23 had no protected time for the role; 19 also taught a full or near-full timetable. The Inclusion Team's two-day induction has been the only preparation most of them had. They told us that what they lacked most was confidence in using data to show progress, in working with senior leaders, and in knowing what other services could offer.")
P(doc, "**Support is patchy between schools.** The Excellence in Cities Partnership has placed 86 learning mentors and six Learning Support Units in the city's schools since 2000, and the Behaviour Improvement Programme has funded key workers and a Behaviour and Education Support Team (BEST) in the two most deprived wards since 2003. Where SENCOs work closely with these staff, children with SEN are less often excluded. Where they do not, children with behaviour difficulties are too often treated as a behaviour problem rather than as children with a special educational need.")
P(doc, "**Headteachers want SENCOs who lead.** At the Heads' Forum in May 2008, 31 primary and secondary heads worked in groups on what they wanted from a SENCO. Their first answer in every group was someone who could sit on the senior team and argue for provision with evidence. Ofsted's Joint Area Review of Brigholme (2007) made the same point: SENCOs had \"too little influence on whole-school improvement planning\".")
P(doc, "Parents gave us a fourth strand. The Parent Partnership Service ran two evening meetings in September 2008 for the Outcome Group; 40 parents came. Their message was simple: they want to be told what is happening and why, by someone who knows their child.")

H(doc, "4. Partners with a role to play", 1)
T(doc, [
    ["Partner", "What they can do to turn the curve"],
    ["Schools and their governing bodies", "Release SENCOs; give them a place on the senior team; host visits."],
    ["EiC Partnership: Learning Mentor strand", "Teaches pupil voice and person-centred review; its coaching model is used in Unit 3 of the Award."],
    ["EiC Partnership: Behaviour Improvement Programme", "Key workers and the BEST teach the behaviour and multi-agency sessions; the BIP lead sits on the programme team."],
    ["Inclusion Team (SEN Support Service, Educational Psychology Service, Autism Outreach Team, Sensory Service)", "Specialist sessions on the Centre Days; casework advice for participants."],
    ["Aldborough University School of Education", "Validates, assesses and quality-assures the Award; provides the programme leader and a second tutor."],
    ["Brigholme Parent Partnership Service", "Parents' views; co-presents on working with families."],
    ["Voluntary sector (Brigholme Autism Support, Pennine Dyslexia Association, Brigholme Young Carers)", "Speakers and contacts for participants."],
    ["Primary Care Trust speech and language therapy", "Session on speech, language and communication needs, drawing on the Bercow Review (2008)."],
], widths=[6, 10.5])
P(doc, "")
P(doc, "All Partnership staff, learning mentors and BIP key workers who contribute to the Centre Days hold enhanced CRB disclosures, which the Council's Schools HR team checks every three years.")

H(doc, "5. What works", 1)
P(doc, "We looked at what the evidence says about narrowing the gap. Four messages shaped the strategy in Section 6.")
P(doc, "1. Ofsted's survey __Inclusion: does it matter where pupils are taught?__ (2006) found that the best outcomes came where there was specialist teaching, high expectations and rigorous tracking of progress, not from any particular type of placement. SENCOs need to be able to track progress and challenge low expectations.")
P(doc, "2. The Bercow Review (2008) and the Inclusion Development Programme materials on dyslexia and speech, language and communication needs (2008) show how much rests on early identification and on the skills of the whole staff, not the SENCO alone.")
P(doc, "3. The Partnership's own evaluation of the learning mentor strand (Aldborough University, 2007) found that pupils who were asked about their support, and helped to set their own targets, attended better and were excluded less.")
P(doc, "4. The research on continuing professional development (Cordingley and colleagues for the EPPI-Centre, 2003 and 2005) finds that CPD changes practice when it is sustained, collaborative, uses outside expertise and is tried out in the teacher's own classroom. One-off courses do not.")
P(doc, "The Lamb Inquiry, which reports later in 2009, is looking at parents' confidence in the SEN system; we will use its findings when they come.")

H(doc, "6. What we propose: the Brigholme SENCO Award", 1)
P(doc, "The main strategy is a one-year, part-time qualification for SENCOs in Brigholme schools: the Postgraduate Certificate in Special Educational Needs Coordination of Aldborough University, which we call the Brigholme SENCO Award. It carries 60 credits at Masters level (Level 7) and was approved at the University's validation event on 3 December 2008. It has three 20-credit units: Unit 1 __Knowing the Landscape__, Unit 2 __Leading Learning for All__ and Unit 3 __The SENCO as Change-Maker__. Each unit has three Centre Days at the City Learning Centre on Carr Lane and a piece of work done in the participant's own school.")
P(doc, "The aim of the Award is to raise the attainment of children with SEN in Brigholme schools and to cut their exclusions, by giving SENCOs the knowledge, skills and standing to lead provision in their schools. Each assignment asks the participant to show what difference their work has made to the progress of named pupils.")

H(doc, "6.1 Who it is for", 2)
P(doc, "The Award is for qualified teachers who are SENCOs or who have been named to become SENCO within a year. Applicants fill in the Award application form with their headteacher, who signs to confirm the SENCO post and to release the participant for nine Centre Days and two tutorials. The programme leader and the Principal Officer (SEN) read every form together. An applicant who is not yet teaching pupils with SEN, or whose head cannot release them, is offered a place on the Inclusion Team's termly SENCO Network instead, and the Principal Officer (SEN) talks to the head about what would make a place possible the following year.")
P(doc, "The fee is \u00a31,250. For the first two cohorts the Partnership pays it for SENCOs in Brigholme schools from the central part of the School Development Grant, and the Council pays supply cover for the Centre Days at the standard rate. This costs the city less per SENCO than the induction course plus the out-of-area courses that 17 schools bought in 2007-08, and it leads to a qualification.")
P(doc, "Every participant takes part in the Centre Days. We have decided against an assessment-only route for experienced SENCOs for the first two cohorts, because the Centre Days are where much of the multi-agency learning happens.")

H(doc, "6.2 Credit for earlier study", 2)
P(doc, "A participant who already holds Masters-level credit for SEN study (for example from the University's former Certificate in Special Needs Support) may apply under the University's Accreditation of Prior Learning regulations for exemption from Unit 1, up to 20 credits. The programme leader advises on the claim and the University's APL panel decides it; the fee is reduced by a third when a claim succeeds. Experienced SENCOs who have not studied for credit may use a portfolio of their own work as the evidence for an APEL claim against Unit 1, assessed against the same criteria as the Unit 1 assignment.")
deleted_para(doc, "SENCOs with five or more years' experience, and teachers from the SEN Support Service, may instead ask to be assessed for the whole Award without attending, by submitting the three assignments and attending a professional discussion with two tutors.", AUTH, DATE)

H(doc, "6.3 The Starting Point Review", 2)
P(doc, "Before the first Centre Day, each participant meets the programme leader or the second tutor for an hour in their own school. They go through the Starting Point Review together: the participant rates themselves against each of the national minimum outcomes (\"new to me\", \"know about it\", \"do it now\", \"could lead it\"), the tutor asks for an example for each outcome rated \"do it now\" or higher, and the two agree an Individual Training Plan. The plan lists the outcomes the participant will concentrate on, the two elective workshops they will choose (see 6.4), and the focus of their Unit 2 case study. It is reviewed at the mid-year tutorial and signed by the headteacher.")

H(doc, "6.4 How the year is shaped", 2)
p = P(doc, "There are two starting points each year, September and February. Unit 1 comes first; Units 2 and 3 can then be taken in either order, so that a SENCO who joins in February does Unit 1 in the spring and Unit 3 alongside the September group. Centre Days run from 9.30 to 3.30; three of them are repeated as twilight pairs (4.00 to 6.30 on two evenings) for SENCOs in small primary schools who cannot be released for a whole day. Alongside the core days, each participant chooses two of six elective workshops (dyslexia and literacy, speech and language, autism, behaviour and attachment, sensory impairment, English as an additional language and SEN) according to their Individual Training Plan.")
P(doc, "Unit 1 also has four self-study modules on the city's learning platform (the Brigholme Learning Platform run by the City Learning Centre): the SEN Code of Practice, disability equality, Every Child Matters and reading research. Each module has readings, short video clips of Brigholme SENCOs and a quiz. The platform does not have a discussion area at present, so questions are taken at the next Centre Day or at the mid-year tutorial.")
P(doc, "Each participant has two one-hour tutorials with their tutor, one in their school after Unit 1 and one towards the end of the year.")

H(doc, "6.5 The work in school", 2)
P(doc, "Half of the Award happens in the participant's own school. In Unit 1 they audit their school's SEN policy and practice against the Code of Practice, the Disability Equality Duty and Every Child Matters. In Unit 2 they plan, teach and review an intervention for a small group of pupils with SEN and write it up as a case study. In Unit 3 they lead a change in their school, agreed with the headteacher, and report on what difference it made. Participants may arrange a visit to another school or a specialist setting if their head agrees; some have asked to visit one of the Partnership's Learning Support Units.")
P(doc, "The headteacher or a senior leader supports the participant in school and signs the Unit 3 change project plan.")

H(doc, "6.6 Assessment", 2)
P(doc, "There are three assignments, one for each unit, each marked by the University against its Masters-level criteria:")
P(doc, "Unit 1: a policy audit (3,000 words) and a short literature review (2,000 words).", style="List Bullet")
P(doc, "Unit 2: a case study of an intervention with pupils (5,000 words), including the pupils' own views and the views of the professionals involved.", style="List Bullet")
P(doc, "Unit 3: a change project report (4,000 words) with a provision map and a coaching record, and a 15-minute presentation to a panel of a tutor and a Brigholme headteacher.", style="List Bullet")
P(doc, "Every national outcome is assessed at least once. Annex A shows where.")
P(doc, "Each unit is passed at 50 per cent. A participant who passes all three units is awarded the Postgraduate Certificate. Under the University's regulations a marginal fail (40 to 49 per cent) in one unit may be compensated by the marks in the other two, provided the average is 55 per cent or more.")
P(doc, "Twenty per cent of scripts in each unit, and every fail and every mark of 70 or more, are second-marked by the other tutor. The two tutors and a Partnership moderator (an experienced Brigholme SENCO) hold a standardisation meeting before marking each unit, using scripts from the pilot group. A sample from every unit goes to the University's external examiner, Professor Ruth Gillespie of the University of Kelderby, who also attends the examination board in July.")

H(doc, "6.7 Who teaches it", 2)
T(doc, [
    ["Name and role", "Qualifications and experience"],
    ["Dr Helen Marsden, programme leader (Aldborough University)", "PhD (inclusive education); former SENCO and deputy head in two Brigholme primary schools; leads the University's MA in Inclusive Education; member of NASEN."],
    ["Mark Ellison, second tutor (Aldborough University)", "MA SEN; Senior Lecturer; ten years as SENCO in a secondary school; trained assessor for the Inclusion Development Programme."],
    ["Dr Imran Qureshi, Principal Officer (SEN)", "EdD; former head of a primary special school; Brigholme's lead on the SEN regulations 2008."],
    ["Lorraine Beckett, Learning Mentor Strand Co-ordinator", "Certificate in Learning Mentoring; ten years co-ordinating the city's learning mentors; trained in person-centred planning."],
    ["Dave Holroyd, BIP Lead", "Former head of a pupil referral unit; BEST manager 2003-07."],
    ["Siobhan Kerr, Senior Educational Psychologist", "DEdPsych; leads the EPS training programme."],
], widths=[6, 10.5])
P(doc, "")
P(doc, "Tutors new to the Award spend a half-day with the programme leader going through the unit handbooks, the marking criteria and the Starting Point Review, and every tutor attends the standardisation meetings. Visiting speakers are sent the session outline and the outcomes it serves two weeks before their session.")

H(doc, "6.8 Resources", 2)
P(doc, "The City Learning Centre provides a teaching room for 24, an ICT suite with assistive technology (text-to-speech, Clicker 5, symbol software, switches) that participants use in the elective workshops, and the Inclusion Team's SEN resource library of about 1,800 books, tests and intervention packs, which participants may borrow. Participants are registered students of Aldborough University and have full use of its library and its electronic journals from home through Athens.")

H(doc, "6.9 Equality and access", 2)
P(doc, "The Partnership and the University are committed to equality of opportunity for all participants and comply with their duties under the Disability Discrimination Act. The City Learning Centre has level access, a lift and an accessible toilet.")

H(doc, "6.10 After the Award", 2)
P(doc, "Many of our SENCOs will want to go on to the MA in Inclusive Education, to which the 60 credits count. At the last Centre Day the University will tell them about the MA and about the Partnership's bursaries.")

H(doc, "7. Performance report card: the Brigholme SENCO Award", 1)
P(doc, "RBA asks three questions of any service: How much did we do? How well did we do it? Is anyone better off? The measures below are the ones the Outcome Group will see each term.")
rc = T(doc, [
    ["How much will we do?", "How well will we do it?"],
    ["Places filled each year (target 24 in 2009-10, 24 in 2010-11)\nNumber of schools with a SENCO on the Award or holding it (target 60 by July 2011)\nCentre Days and twilight sessions delivered", "% of participants rating each Centre Day good or better on the day (evaluation sheet)\n% completing the year (target 90%)\n% of assignments submitted on time\nHeadteachers' rating of the Award in the end-of-year survey"],
    ["Is anyone better off? (participants)", "Is anyone better off? (schools and pupils)"],
    ["Change in each participant's self-rating on the Starting Point Review between September and July\n% passing all three units first time\n% of participants whose head reports, in the end-of-year survey, that the SENCO now leads SEN provision at senior team level", "% of participants' schools where the SENCO attends senior team meetings\nSee the data development agenda below for pupil measures."],
], widths=[8.2, 8.2])
for i in (0, 2):
    for c in rc.rows[i].cells:
        shade(c, "D9E2F3"); 
P(doc, "")
H(doc, "Data development agenda", 2)
p = P(doc, "RBA asks us to be honest about measures we would like but do not yet have. The most important is the effect of the Award on pupils. We would like to collect, for the pupils in each participant's Unit 2 case study, their progress in reading, writing or mathematics over the year, and to compare exclusions in participants' schools with others; this has not yet been agreed with headteachers and we do not yet know whether the data can be collected without extra work for schools. We will bring a proposal back to the Outcome Group.")
doc.add_comment(p.runs[0], text="Imran - please don't promise the KS2 comparison in the TDA version. Leave as agenda. CW", author="Carol Whitworth", initials="CW")

H(doc, "8. Action plan", 1)
T(doc, [
    ["Ref", "Action", "Lead", "By", "Status"],
    ["8.1", "Validate the Award with Aldborough University", "HM", "Dec 2008", "Done (3 Dec 2008)"],
    ["8.2", "Recruit first cohort of 24 (September 2009 start); second start in February 2010", "IQ", "Jun 2009", "Application forms out to heads"],
    ["8.3", "Write Starting Point Review and Individual Training Plan forms", "HM, LB", "Apr 2009", "Drafted; trialled with six SENCOs"],
    ["8.4", "Load Unit 1 self-study modules on the learning platform", "CLC manager", "Jul 2009", "Two of four loaded"],
    ["8.5", "Assessment-only route for experienced SENCOs", "IQ", "-", "Not being pursued for 2009-10; to be looked at again in 2011"],
    ["8.6", "Agree pupil-progress measure with headteachers (see data development agenda)", "IQ", "Not set", "Not started"],
    ["8.7", "Report card to Outcome Group each term", "IQ", "Termly", "Ongoing"],
    ["8.8", "Annual programme review with the University (evaluation sheets, external examiner's report, heads' survey, report card); changes agreed and reported to the Outcome Group", "HM, IQ", "Each September", "First review Sept 2010"],
], widths=[1, 7.5, 2, 2, 4])
P(doc, "")

H(doc, "9. How we will know, and who will help us judge", 1)
P(doc, "Every Centre Day ends with an evaluation sheet; the programme team reads them the same week and changes the next day where it can. At the end of each unit the tutors review the marks, the moderator's notes and the evaluations together. Once a year the University's annual programme review brings these together with the external examiner's report, the end-of-year survey of headteachers, and the report card, and agrees changes for the next cohort; those changes come to the Outcome Group with the next Turning the Curve report.")
P(doc, "Stakeholders help judge the Award in several ways. Headteachers of participants answer the end-of-year survey and one Brigholme head sits on each Unit 3 presentation panel. The Heads' Forum SEN sub-group, two parents nominated by the Parent Partnership Service and a representative of the Partnership's learning mentors join the annual review meeting and see the evaluation summary before it. The Outcome Group itself, which includes the voluntary sector and the Primary Care Trust, scrutinises the report card each term.")
P(doc, "The design itself already reflects what stakeholders told us. Because the SENCO survey put data and senior leadership first, Unit 3 was moved from an optional module into the core and given its data day. Because heads asked for SENCOs who could argue with evidence, the Unit 3 presentation is made to a panel that includes a headteacher. Because small primary schools said they could not release staff for nine whole days, three days were split into twilights.")
p = P(doc, "We have ")
tracked(p, "also ", "ins", AUTH, DATE)
p.add_run("used the parents' meetings to plan the session on working with families that the Parent Partnership Service will co-present.")

doc.add_section(WD_ORIENT.LANDSCAPE)
s2 = doc.sections[-1]
s2.orientation = WD_ORIENT.LANDSCAPE; s2.page_width, s2.page_height = sec.page_height, sec.page_width
H(doc, "Annex A: the national minimum outcomes in the Brigholme SENCO Award", 1)
P(doc, "CD = Centre Day (CD1-CD3 in Unit 1, CD4-CD6 in Unit 2, CD7-CD9 in Unit 3).")
rows = [["What the participant works on", "Where it is developed", "How it is assessed"],
    ["PROFESSIONAL ATTRIBUTES", None, None],
    ["Fair, respectful relationships with pupils with SEN and their families", "The parents thread in every unit; CD4 (pupil voice)", "Not separately assessed; tutors comment on it in feedback"],
    ["Winning the commitment of colleagues, including the head and senior leaders", "CD7 Leading change", "Unit 3 change project report and the head's statement on it"],
    ["Anticipating and resolving problems; sound judgements on provision", "CD5 casework clinic", "Unit 2 case study"],
    ["Communicating clearly in speech and writing; listening to others", "Throughout", "All three assignments; Unit 3 presentation"],
    ["Drawing on research and outside advice", "CD2 What works", "Unit 1 literature review"],
    ["Keeping up to date and taking charge of their own CPD", "Professional reading log kept through the year", "Log looked at in tutorials (formative, not marked)"],
    ["KNOWLEDGE AND UNDERSTANDING", None, None],
    ["SEN law and the Code of Practice, and putting them into practice", "CD1; Unit 1 platform module", "Unit 1 policy audit"],
    ["Every Child Matters and the SENCO's part in it", "CD1; Unit 1 platform module", "Unit 1 policy audit (ECM section)"],
    ["Disability equality law and the Disability Equality Duty", "CD2 with the Council's disability equality officer; platform module", "Unit 1 policy audit (school's Disability Equality Scheme and accessibility plan)"],
    ["How children develop, and what affects development", "Pre-course reading pack", "-"],
    ["The common types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "CD4-CD6 with the EPS, Autism Outreach Team, BEST and PCT therapists; elective workshops", "Unit 2 case study"],
    ["Approaches, strategies and resources, including ICT", "CD5; CLC assistive technology session; elective workshops", "Unit 2 case study (intervention plan and review)"],
    ["School self-evaluation and improvement for SEN", "CD7 (the SEF and RAISEonline)", "Unit 3 change project report"],
    ["Best practice and research in meeting SEN", "CD2", "Unit 1 literature review"],
    ["External agencies and getting specialist support", "CD6 (CAF, Team Around the Child, the BEST, voluntary sector)", "Unit 2 case study"],
    ["SKILLS", None, None],
    ["Influencing strategy, ethos and policy with senior colleagues and governors", "CD7-CD8", "Unit 3 change project report and presentation"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "CD4-CD5", "Unit 2 case study"],
    ["Using other professionals' assessments to shape teaching", "CD6", "Unit 2 case study"],
    ["Using summative data, including national tests, to track progress", "CD7 (RAISEonline, P scales, APP)", "Unit 3 data analysis section"],
    ["Encouraging colleagues' formative assessment for pupils with SEN", "CD5 (assessment for learning)", "Discussed in tutorials; no assessed task"],
    ["Special arrangements for national tests and examinations", "Not part of the Award: the authority's Access Arrangements briefing each autumn covers this for all SENCOs", "-"],
    ["Provision mapping; finding ineffective or missing provision", "CD8", "Unit 3 provision map"],
    ["Deploying and managing teaching assistants and other staff", "CD8", "Unit 3 change project report"],
    ["Supporting colleagues' development: observation, feedback, coaching", "CD8-CD9 (the learning mentor strand's coaching model)", "Unit 3 coaching record, with one observation and feedback"],
    ["Reviewing provision with staff to inform self-evaluation", "CD9", "Unit 3 change project evaluation"],
    ["Involving pupils in planning and reviewing their provision", "CD4 pupil voice and person-centred review (learning mentor strand)", "Unit 2 case study (pupils' views section)"],
    ["Liaising with parents and carers", "The parents thread; Parent Partnership Service co-presents at CD4", "No separate task"],
    ["Working with other services and voluntary organisations", "CD6", "Unit 2 case study"],
]
at = T(doc, rows, widths=[8.5, 8, 7.5])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(at, i, r[0])

doc.save(OUT)
print("wrote", OUT)
