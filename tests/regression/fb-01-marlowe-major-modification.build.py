"""fb-01-marlowe-major-modification: build script.

Provider (invented)
-------------------
The Marlowe Dyslexia Trust, a national dyslexia and specific learning
difficulties charity (Haddon House, Stenbury) that has trained specialist
teachers since 1979, with three teaching centres (Stenbury, Aldercombe,
Pendlebrook). Since 2005 it has run a Postgraduate Certificate in Specialist
Teaching (Dyslexia/SpLD) validated by the (invented) University of
Wealdbridge. To deliver the national award for SENCOs it adds a second named
pathway, PG Certificate in Specialist Teaching (Special Educational Needs
Coordination): three new 20-credit Level 7 modules SNC711, SNC712, SNC713.

Kind of document and layout
---------------------------
The University's collaborative-provision "major modification" proposal form
(Form CP-MOD2), completed by the Trust, approved by the Faculty Academic
Standards Committee on 11 February 2009, and sent to the TDA as it stands
with a short shaded note to the panel at the top. Layout:
- page header naming the University's quality office and the form; footer
  with the form version, a note on record keeping and a PAGE field;
- a field table (programme, pathway, partner, credit, dates);
- fourteen numbered sections, each title in a grey one-cell bar, the form's
  own grey italic guidance prompts left under each title, then the Trust's
  answers in typed-number paragraphs (3.1, 5.3, 7.5, 9.4 ...) whose numbers
  collide with requirement ids (e.g. "4.3" is a consultation point, "5.3" is
  about pupil outcomes in assessment, "7.5" is criminal records);
- Section 1 a tick-box table (U+2612 / U+2610);
- Section 4 a consultation table (consultee / when and how / main points /
  response); Section 6 a ten-day study-day table; Section 14 an approvals
  table with a merged conditions row;
- Appendix A three module descriptors as two-column tables; Appendix B a
  staff table; Appendix C a pathway comparison table; Appendix D an outcome
  mapping table with merged group rows (no outcome codes). Appendix E is
  referred to but not included;
- tracked changes (w:ins / w:del) by the University's quality officer and
  the Trust's director; four Word comments (quality officer on 4.1 and 7.5,
  link tutor on 7.3 and on Appendix D's attribute rows).

Traps (requirement ids)
-----------------------
- Assessment-only route: unticked box "Introduction of an assessment-only or
  accelerated route" in Section 1; a portfolio route for Diploma holders
  exists ONLY in a deleted tracked change in 7.4; Section 9.5, far away,
  says a candidate cannot be assessed without following the taught module
  and no variation is sought -> 2.3 not_met.
- Criminal records: the Trust is a CRB Registered Body and checks SpLD
  participants before their STD703 placement and checks its tutors, but 7.5
  says no separate check is made for the SENCO pathway; the form's prompt
  mentions CRB checks; a comment asks about it -> 5.3 not_met (wrong
  context + negation + prompt + comment).
- Support between study days: a sentence promising tutor replies between
  days is a deleted tracked change; the inserted replacement only sets
  directed tasks. Distance mode of SNC711 has real e-tutor and peer support
  and ICT -> 3.3 partially_met.
- Self-audit ("Starting Points") used only to group workshops, kept on file,
  no individual plan (a link tutor's comment asks about one, not evidence)
  -> 2.2 partially_met. Single programme for all, choice
  of focus only, "We are confident ..." cost claim -> 2.4 partially_met.
- Stakeholders contribute to delivery; involvement in evaluation only hoped
  for ("we hope to form a stakeholder reference group"), a comment and a
  FASC recommendation about it -> 4.3 partially_met. 4.1 and 4.2 met
  (survey and LA meetings, what changed).
- Placement: the old unaccredited SENCO Certificate's week at Moorside
  Special School ended in 2007; now only an optional self-arranged visit;
  STD703 placement is SpLD only -> 5.5 partially_met (expertise met).
- Workplace supporters get only a one-page letter; FASC condition 2 asks for
  a briefing protocol -> 5.7 partially_met (tutors are well prepared).
- Reading lists "see Appendix E", which is not included; content speaks only
  of "current research" -> 1.3 partially_met.
- Pupil voice only as a Day 5 topic, not assessed -> 1.5, 6.S7
  partially_met.
- Blanket claim (9.4 and Appendix D intro) that every outcome is assessed in
  a summative task, contradicted by the table -> 6.0, 1.9 partially_met.
- Appendix D per outcome: child development taught, "-" assessed (6.K4 p);
  agencies and partnership assessed only by an unmarked formative exercise
  (6.K9, 6.S9 p); summative data only a formative Day 6 exercise (6.S2b p);
  time management row missing and nowhere taught (6.A3 n; a comment notes
  it, not evidence); formative assessment by colleagues absent, the only
  "formative" being the participants' own unmarked study-day activities
  (6.S2c n, right word, wrong thing);
  access arrangements taught and assessed only in STD702, which SENCO
  participants do not take (6.S2d n, wrong pathway).
- Header/footer text is not evidence (footer mentions the University's
  record keeping only).
- Met despite looking like traps: 2.1 (University Regulation 14 APL with a
  portfolio claim for SNC711), 5.8 (second marking, standardisation,
  external examiner; an inserted tracked change adds detail), E.1/E.2 (the
  approval table), 5.9 (pre/post confidence questionnaire and Task 713's
  required baseline and follow-up pupil measures collated annually), 6.A7
  (Professional Development Plan is a pass/fail assessed component).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
NAME = "fb-01-marlowe-major-modification"
OUT = HERE / (NAME + ".docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin = Cm(2.0)
    s.bottom_margin = Cm(2.0)

GREY = RGBColor(0x6E, 0x6E, 0x6E)
_rev = [100]


def rid():
    _rev[0] += 1
    return str(_rev[0])


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, color=None, align=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = color
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def num(n, text):
    """A typed-number paragraph: '7.3  text'."""
    p = doc.add_paragraph()
    r = p.add_run(n + "\t")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.paragraph_format.space_after = Pt(5)
    return p


def prompt(text):
    return para("Guidance: " + text, italic=True, size=8.5, color=GREY)


def section_bar(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "D9D9D9")
    c.paragraphs[0].add_run(text).bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def table(rows, widths=None, header=True, style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.paragraphs[0].text = ""
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
            if header and i == 0:
                shade(c, "EDEDED")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def ins_run(p, text, author, date):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), rid())
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
    d.set(qn("w:id"), rid())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def comment(run, text, author, initials):
    doc.add_comment(run, text=text, author=author, initials=initials)


QO = "Janet Okafor (AQSO)"
QOD = "2009-01-30T10:12:00Z"
HM = "Helen Marchbank"
HMD = "2009-02-02T16:40:00Z"

# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "University of Wealdbridge  |  Academic Quality and Standards Office  |  Form CP-MOD2: Major modification to a collaborative programme"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("CP-MOD2 version 4 (September 2008). Completed forms are held by AQSO for six years after the programme closes.   Page ")
fr.font.size = Pt(8)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
r = OxmlElement("w:r")
t = OxmlElement("w:t")
t.text = "1"
r.append(t)
fld.append(r)
fp._p.append(fld)

# ---------------------------------------------------------------- note to panel
nt = doc.add_table(rows=1, cols=1)
nt.style = "Table Grid"
c = nt.cell(0, 0)
shade(c, "FFF2CC")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for line in [
    "The Marlowe Dyslexia Trust applies for approval to deliver the national award for SENCOs through a new "
    "pathway of its University-validated Postgraduate Certificate in Specialist Teaching. At the University of "
    "Wealdbridge, adding a pathway to a collaborative programme is a major modification, and what follows is the "
    "proposal, with its appendices, as the University's Faculty Academic Standards Committee approved it on "
    "11 February 2009. We send it as the University holds it, including the Quality Office's marked changes, "
    "because it sets out the whole pathway; we have not rewritten it for the panel. Section 13 and Appendix D "
    "relate the pathway to the TDA's specification.",
    "Dr Helen Marchbank, Director of Education and Training, The Marlowe Dyslexia Trust, 2 March 2009",
]:
    p = c.add_paragraph()
    rr = p.add_run(line)
    rr.font.size = Pt(9)
doc.add_paragraph()

para("UNIVERSITY OF WEALDBRIDGE", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para("Proposal for a Major Modification to a Collaborative Programme (Form CP-MOD2)", bold=True, size=12,
     align=WD_ALIGN_PARAGRAPH.CENTER)
prompt("Complete every section. Guidance in grey may be left in place. Submit the form with the appendices "
       "listed in Section 14 to the Collaborative Provision Officer at least four weeks before the meeting of the "
       "Collaborative Provision Sub-Committee.")

table([
    ["Field", "Entry"],
    ["Programme", "Postgraduate Certificate in Specialist Teaching"],
    ["Existing pathway", "Dyslexia and Specific Learning Difficulties (validated June 2005; revalidated May 2008)"],
    ["Proposed new pathway", "Special Educational Needs Coordination"],
    ["Partner institution", "The Marlowe Dyslexia Trust (registered charity), Haddon House, 14 Priory Walk, Stenbury"],
    ["Faculty / School", "Faculty of Education, Health and Social Care / School of Education and Lifelong Learning"],
    ["Award, credit and level", "PG Certificate; 60 credits at Level 7 (masters level of the FHEQ)"],
    ["University link tutor", "Dr Peter Lindqvist, Senior Lecturer in Inclusive Education"],
    ["Proposer", "Ruth Addo, Programme Leader designate (SENCO pathway), for the Trust"],
    ["Date of proposal", "19 January 2009"],
    ["Proposed first intake", "September 2009 (second start point January 2010)"],
], widths=[4.5, 12])

# ---------------------------------------------------------------- Section 1
section_bar("1.  TYPE OF MODIFICATION")
prompt("Tick all that apply. A modification that introduces a new award title or pathway requires approval by the "
       "Faculty Academic Standards Committee (FASC) and, for collaborative programmes, the Collaborative Provision "
       "Sub-Committee (CPSC).")
ticks = [
    ("\u2612", "New pathway or award title"), ("\u2612", "New modules (complete Appendix A)"),
    ("\u2610", "Withdrawal of modules"), ("\u2612", "Change to admissions requirements (new pathway only)"),
    ("\u2610", "Change to mode of delivery of an existing pathway"),
    ("\u2612", "Additional mode of delivery (distance) for a new module"),
    ("\u2610", "Variation from the University's Postgraduate Regulations"),
    ("\u2610", "Introduction of an assessment-only or accelerated route"),
    ("\u2612", "Recognition by a professional, statutory or regulatory body (PSRB) sought"),
    ("\u2610", "Change of partner institution or delivery site"),
]
tt = doc.add_table(rows=5, cols=2)
tt.style = "Table Grid"
for i, (box, lab) in enumerate(ticks):
    cc = tt.cell(i // 2, i % 2)
    cc.paragraphs[0].add_run(box + "  " + lab).font.size = Pt(9)
doc.add_paragraph()

# ---------------------------------------------------------------- Section 2
section_bar("2.  SUMMARY OF THE MODIFICATION")
prompt("Summarise the modification in no more than 300 words. State what will change for students already "
       "registered on the programme.")
num("2.1", "The Trust has trained specialist teachers of pupils with dyslexia since 1979, and since 2005 through "
    "this University-validated PG Certificate. The proposal adds a second named pathway, PG Certificate in "
    "Specialist Teaching (Special Educational Needs Coordination), for teachers who are new to the role of SENCO. "
    "It is intended to lead to the national award for SENCOs once the Trust has been approved by the Secretary of "
    "State, through the Training and Development Agency for Schools (TDA), to deliver it.")
num("2.2", "The pathway has three new 20-credit modules: SNC711 The SENCO, the Law and the Inclusive School; "
    "SNC712 Identifying and Meeting Needs; and SNC713 Leading Provision: a Workplace Enquiry. They are taught over "
    "ten study days at the Trust's three teaching centres, with tasks in the participant's own school between "
    "the days. SNC711 may also be studied at a distance through Trust Online, the Trust's Moodle site.")
num("2.3", "Nothing changes for participants registered on the Dyslexia/SpLD pathway: its modules, its teaching "
    "placement and its assessment are as validated in 2008 (see Section 10). The two pathways share the Trust's "
    "tutors, library and online platform, and one study day.")

# ---------------------------------------------------------------- Section 3
section_bar("3.  RATIONALE AND EVIDENCE OF DEMAND")
prompt("Explain why the modification is needed, with evidence of demand from students, employers or other "
       "stakeholders. Where a PSRB is involved, summarise its requirements and refer to Section 13.")
num("3.1", "The Education (Special Educational Needs Coordinators) (England) Regulations 2008 require the SENCO "
    "in a maintained school to be a qualified teacher, and the Government has announced that teachers new to the "
    "role will be expected to gain a nationally accredited qualification. Our Schools' Advice Line took 214 calls "
    "from newly appointed SENCOs in the autumn term of 2008, against 96 in the same term of 2007; most asked "
    "where they could train.")
num("3.2", "In October 2008 we surveyed the SENCOs of the 1,870 schools on the Trust's schools' register and "
    "received 163 replies. Seventy-one per cent had been in post for less than three years. Asked what a course "
    "should help them to do, they put first: knowing the law and the Code of Practice well enough to explain it "
    "to colleagues and parents; managing teaching assistants and persuading colleagues; using data to show "
    "pupils' progress; and working with parents. Sixty-four per cent said their schools could not release them "
    "for more than one day a month; 48 per cent would attend on Saturdays; 22 per cent wanted to study at least "
    "part of a course at a distance. Several wrote that the courses they knew were about one kind of need, and "
    "that they needed the whole range.")
num("3.3", "We met the SEN officers and advisers of Hartlebury County Council (14 November 2008), Stenbury City "
    "Council (20 November 2008) and Rowanford Borough Council (3 December 2008). The authorities asked that the "
    "pathway (a) teach provision mapping and management, which all three are promoting to their schools; (b) "
    "bring SENCOs into contact with the authorities' own support services; (c) should not be \u201ca dyslexia "
    "course with a new name\u201d; and (d) help secondary SENCOs with access arrangements for examinations.")
num("3.4", "The design changed as a result. Study days are spaced at three- to five-week intervals, so that no "
    "school releases its SENCO more than once a month, and Stenbury runs on Saturdays. SNC711 can be studied at a "
    "distance. A whole day (Day 8) is given to provision mapping and management. Officers of the three authorities "
    "will lead the services panel on Day 5. Day 7 covers five areas of need, and dyslexia takes no more of it than "
    "the others. Our response on access arrangements is at 10.3.")

# ---------------------------------------------------------------- Section 4
section_bar("4.  CONSULTATION")
prompt("Record consultation with current students, the external examiner, employers and any PSRB. Attach written "
       "comments where available.")
table([
    ["Consultee", "When and how", "Main points", "Response in this proposal"],
    ["Current SpLD-pathway participants (2008-09 cohort, 31)", "Questionnaire, December study day",
     "Welcomed a SENCO route; asked that STD701 stay as it is.", "No change to the SpLD pathway."],
    ["Former participants of the Trust's SENCO Certificate (unaccredited, 2002-2007)", "Telephone interviews (12), November 2008",
     "Valued the placement week; wanted more on managing adults and on governors.",
     "Day 9 on leading adults; governors in Task 711. Placement: see 8.7."],
    ["External examiner, SpLD pathway (Dr Susan Haveley, University of Northmarsh)", "Written comments, 9 December 2008",
     "One summative task per module, to keep the workload within 20 credits; a separate external examiner with SENCO experience.",
     "Adopted (Appendix A; 9.3)."],
    ["SEN officers of three local authorities", "Meetings, November-December 2008", "See 3.3.", "See 3.4."],
    ["Trust Parents' Advisory Panel", "Meeting, 6 December 2008",
     "Parents want SENCOs who explain clearly and return calls; members offered to teach.",
     "Panel members co-lead the parents session on Day 4."],
    ["Stenbury Primary Heads' Forum", "Presentation and discussion, 15 January 2009",
     "Saturday or twilight release preferred; heads want to see what their SENCO produces.",
     "Saturday pattern at Stenbury; Task 711 is presented to the head and governors."],
], widths=[4, 3.4, 5, 4.2])
num("4.1", "Local authority officers and members of the Trust's Parents' Advisory Panel will contribute to teaching "
    "(8.6). Once the pathway is running, we hope to form a stakeholder reference group to comment on the annual "
    "monitoring report, if there is enough interest from the authorities.")
c41 = doc.paragraphs[-1].runs[-1]
comment(c41, "The TDA specification asks how stakeholders will be involved in evaluation. Can this be firmed up "
        "before FASC?", QO, "JO")
num("4.2", "The Trust's own Education Committee, which includes two headteachers and a parent trustee, approved "
    "the proposal on 10 January 2009.")

# ---------------------------------------------------------------- Section 5
section_bar("5.  AIMS AND LEARNING OUTCOMES OF THE NEW PATHWAY")
prompt("State the aims and programme learning outcomes (PLOs) of the new pathway. These will be inserted in the "
       "programme specification.")
num("5.1", "The pathway aims to raise the achievement and improve the well-being of children and young people "
    "with special educational needs and/or disabilities, in all five Every Child Matters outcomes (being healthy, "
    "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being), by "
    "preparing teachers to lead and coordinate provision for them in their schools. In particular it aims to "
    "enable participants to apply the law and guidance on SEN and disability in their own schools; to identify "
    "and plan for pupils' needs with colleagues, parents and other professionals; and to lead improvements in "
    "provision and show their effect on pupils.")
num("5.2", "On completing the pathway, participants will be able to:")
for n, t_ in [
    ("PLO1", "explain and apply the legislation, statutory guidance and national policy on SEN and disability, and "
             "their implications for the school, its staff and its governors;"),
    ("PLO2", "critically evaluate approaches to identifying, assessing and teaching pupils with a range of special "
             "educational needs and disabilities, drawing on research and on the advice of other professionals;"),
    ("PLO3", "plan, manage and review provision for individual pupils and groups, with pupils' parents and carers;"),
    ("PLO4", "lead and support colleagues, including support staff, in improving provision;"),
    ("PLO5", "evaluate provision with colleagues and contribute to the school's self-evaluation and planning;"),
    ("PLO6", "reflect on their own practice and plan their continuing professional development."),
]:
    p = doc.add_paragraph()
    p.add_run(n + "  ").bold = True
    p.add_run(t_)
    p.paragraph_format.left_indent = Cm(1.6)
    p.paragraph_format.space_after = Pt(2)
num("5.3", "Each assessment asks participants to show the effect of their work on pupils: Task 711 on the school's "
    "policy and accessibility plan, Task 712 on one pupil's progress over at least six weeks, and Task 713 on a "
    "group's attainment and well-being, measured before and after the development.")

# ---------------------------------------------------------------- Section 6
section_bar("6.  STRUCTURE, DELIVERY AND MODES OF STUDY")
prompt("Describe the structure of the pathway, any new modes of study, where it will be delivered and the pattern "
       "of attendance.")
num("6.1", "The pathway has three 20-credit modules. SNC711 and SNC712 may be taken in either order; SNC713 is "
    "taken last, because its enquiry draws on both. Each module has a module guide setting out the study days, "
    "the directed tasks to be done in school between them, and the assessment.")
num("6.2", "Study days (September start; the January cohort follows the same sequence from late January):")
table([
    ["Day", "Module", "Focus", "Typical date"],
    ["1", "SNC711", "The SENCO's role; SEN law and the Code of Practice", "Sept (wk 3)"],
    ["2", "SNC711", "Disability equality, accessibility planning; working with senior leaders and governors", "Oct"],
    ["3", "SNC711", "Every Child Matters; how children develop and learn", "Nov"],
    ["4", "SNC712", "Identifying needs: observation, data and assessment; working with parents (with the Parents' Advisory Panel)", "Dec"],
    ["5", "SNC712", "The team around the child: local services, agencies and voluntary bodies; pupil voice", "Jan"],
    ["6", "SNC712", "Tracking progress: national tests, P scales and school data", "Feb"],
    ["7", "SNC712", "Areas of need: BESD, SpLD, SLCN, ASD, MLD; approaches, resources and ICT (shared with STD701)", "Mar"],
    ["8", "SNC713", "School self-evaluation; provision mapping and management", "Apr"],
    ["9", "SNC713", "Leading adults: deploying teaching assistants, coaching, leading training", "May"],
    ["10", "SNC713", "Enquiry presentations; planning next steps", "July"],
], widths=[1.2, 2, 10.5, 2.6])
num("6.3", "Each centre runs the same ten days: Stenbury on Saturdays, Aldercombe on Thursdays and Pendlebrook on "
    "Tuesdays. A participant who misses a day may attend it at another centre.")
num("6.4", "There are two start points, September and January. Participants may take up to two years to complete, "
    "and may suspend study for up to a year with the Programme Leader's agreement.")
num("6.5", "Distance mode (SNC711 only): the three study days are replaced by six online units on Trust Online, "
    "with two live online seminars (Elluminate) and the same assessment. Participants may change mode at the end "
    "of a module.")
num("6.6", "Between study days, participants carry out directed tasks in their own schools, for example auditing "
    "the school's SEN register against its data, observing a colleague's lesson with a focus pupil, or shadowing "
    "a visiting professional, and bring the results to the next day.")

# ---------------------------------------------------------------- Section 7
section_bar("7.  ADMISSIONS AND ENTRY")
prompt("Describe the admissions requirements and selection procedure for the new pathway, including any "
       "arrangements for accreditation of prior learning (APL) and, where the programme involves contact with "
       "children or vulnerable adults, for Criminal Records Bureau (CRB) checks.")
num("7.1", "Entry requirements: Qualified Teacher Status; employment in a school in England as its SENCO, or "
    "designation to take up the role within twelve months; a first degree or other evidence of the ability to "
    "study at Level 7; and the written support of the headteacher, who agrees to release the participant for the "
    "ten study days and to nominate a workplace supporter (8.3).")
num("7.2", "Selection: the Programme Leader reads each application, including a 500-word reflection on a recent "
    "piece of the applicant's SEN work, and interviews every applicant (by telephone or at a centre) using the "
    "Trust's standard interview schedule, which checks the applicant's role, the school's support and their "
    "readiness for study at this level. An applicant who is not yet ready is given written advice on what to do "
    "first (often the Trust's unaccredited online unit Returning to Study) and, with the applicant's agreement, "
    "the Programme Leader discusses a later start with the headteacher.")
p73 = num("7.3", "Starting Points: once accepted, each participant completes the Trust's Starting Points self-audit, "
    "rating themselves from 1 to 4 against each of the national minimum outcomes. The Programme Leader collates "
    "the audits for each centre's cohort, so that tutors can see which areas the group as a whole most needs, and "
    "uses them to arrange the workshop groups on study days. The audits are kept on the participant's file.")
comment(p73.runs[-1], "Could Starting Points feed an individual plan for each participant? The panel may ask.",
        "Peter Lindqvist", "PL")
p74 = num("7.4", "Accreditation of prior learning: the University's Regulation 14 allows up to 20 credits of the "
          "PG Certificate to be awarded for prior certificated or experiential learning. A participant who has "
          "successfully completed a Level 7 module in SEN within the last five years may claim credit for SNC711 "
          "or SNC712 by mapping it to the module's learning outcomes; an experienced SENCO may instead submit a "
          "portfolio of evidence against SNC711's outcomes. Claims are assessed by two tutors and confirmed by the "
          "Board of Examiners. ")
del_run(p74, "Applicants who already hold the Trust's Specialist Teacher Diploma and have led SEN provision for "
        "two years or more may be assessed for the whole pathway without attending, by submitting a portfolio "
        "and taking the professional discussion.", HM, HMD)
p75 = num("7.5", "Criminal records: the Trust is a Registered Body with the Criminal Records Bureau. On the SpLD "
          "pathway, where participants teach a pupil at a Trust centre during STD703, the Trust obtains an "
          "enhanced disclosure for every participant before the placement begins, and all Trust tutors hold "
          "enhanced disclosures renewed every three years. The SENCO pathway has no teaching placement at a Trust "
          "centre; participants work in their own schools, whose governing bodies are responsible for checks on "
          "their staff. ")
r75 = p75.add_run("No separate check will therefore be made by the Trust for this pathway.")
comment(r75, "TDA's draft specification asks providers to verify a current enhanced CRB for every candidate. "
        "Please check.", QO, "JO")

# ---------------------------------------------------------------- Section 8
section_bar("8.  LEARNING, TEACHING AND SUPPORT FOR PARTICIPANTS")
prompt("Describe teaching methods, academic and pastoral support, support in the workplace or placement, and how "
       "the needs of disabled students will be met.")
num("8.1", "The pathway is a single programme: all participants follow the same study days and the same "
    "assessment tasks, which leave them free to choose the pupils and the development that suit their schools. "
    "Study days mix short inputs with workshops in which participants work on their own school's documents and "
    "data. We are confident the pathway offers high-quality, cost-effective professional development.")
num("8.2", "Each participant has a personal tutor from the centre team, who reads a draft plan for each task, "
    "gives written feedback within fifteen working days of submission and holds a twenty-minute tutorial at each "
    "study day.")
num("8.3", "Workplace supporter: the headteacher nominates a workplace supporter, normally a member of the senior "
    "leadership team, who meets the participant at least twice a term to discuss the directed tasks and signs the "
    "record of the Task 711 discussion. The Trust writes to each workplace supporter at the start of the programme "
    "with a one-page description of the role.")
p84 = num("8.4", "Trust Online: all participants use Trust Online for module guides, readings, session slides and "
          "submission of work. Distance participants on SNC711 are placed in online groups of six; each unit has a "
          "discussion forum moderated by an e-tutor, who posts a weekly summary and replies to questions within "
          "three working days, and each group has a wiki for sharing school policies. ")
del_run(p84, "Tutors respond to email and forum queries from participants between study days within three working days.",
        QO, QOD)
ins_run(p84, "Between study days, participants work on the directed tasks set out in the module guide.", HM, HMD)
num("8.5", "Equality and disability: the Trust exists to remove barriers for people with dyslexia, and about a "
    "quarter of the teachers on our courses tell us they are dyslexic themselves. The application form invites "
    "applicants to tell us about any disability or specific learning difficulty and explains why we ask and who "
    "will see the answer; we ask again, privately, at induction, because many people do not disclose at "
    "application. Participants who disclose are offered a meeting with the Trust's Learning Support Coordinator to "
    "agree a support plan. Typical adjustments are materials in advance and in electronic form, coloured paper, "
    "recorded sessions, the loan of a laptop with text-to-speech and mind-mapping software, extended deadlines "
    "and, in the professional discussion, extra time and the questions in writing. All three centres have "
    "step-free access, hearing loops in the main teaching rooms and accessible toilets; Pendlebrook's upper floor "
    "has no lift, so sessions move to the ground floor when a participant needs it. Leaflets and the application "
    "form are available in large print and on audio CD, and all materials follow the Trust's dyslexia style "
    "guide. The Trust's Equality and Diversity Policy and Disability Equality Scheme apply to every course, and "
    "admissions and completion data by gender, ethnicity and disability are reported each year to the Education "
    "Committee.")
num("8.6", "Specialist contributors: an educational psychologist (Dr Meena Shah, an associate tutor) contributes to "
    "Days 4 and 7; a speech and language therapist from Rowanford Primary Care Trust and the authorities' sensory "
    "support and behaviour support teams join the services panel on Day 5, with the Parent Partnership Service; "
    "members of the Parents' Advisory Panel co-lead the parents session on Day 4; the Trust's assistive technology "
    "specialist leads the ICT workshop on Day 7.")
num("8.7", "Visits: the Trust's SENCO Certificate (2002-2007) included a week's placement at Moorside Special "
    "School, which ended with that course. SENCO-pathway participants may arrange a half-day visit to a special "
    "school or resource base if they wish, and the Trust can supply a list of schools that have hosted visits "
    "before.")

# ---------------------------------------------------------------- Section 9
section_bar("9.  ASSESSMENT")
prompt("Describe the assessment strategy, marking and moderation arrangements, external examining and any "
       "pathway-specific regulations. Confirm that assessment is at the level of the award.")
num("9.1", "Each module is assessed by one summative task (Appendix A), marked pass or fail against the "
    "University's Level 7 criteria and the module's own criteria. A participant who fails may resubmit once.")
num("9.2", "Study days include formative activities (for example the agency directory on Day 5 and the data "
    "exercise on Day 6). These are discussed with tutors but are not marked and do not count towards the award.")
p93 = num("9.3", "Marking and moderation: each task is first marked by the personal tutor. All fails and a sample "
          "of passes are second-marked by a tutor from another centre")
ins_run(p93, " (the sample is at least 25 per cent, across every marker and centre)", QO, QOD)
p93.add_run(". Before each marking period the tutors hold a standardisation meeting on sample scripts. The "
            "external examiner sees all fails and a sample of each module, attends the Joint Board of Examiners "
            "and reports annually to the University. A second external examiner, with experience of SEN "
            "coordination, will be nominated for the SENCO pathway.")
num("9.4", "Award: to gain the PG Certificate (Special Educational Needs Coordination), and to be recommended to the "
    "TDA for the national award, a participant must pass all three modules. Because the assessments have been "
    "mapped to every national outcome (Appendix D), a participant who passes all three has shown all of the "
    "national minimum outcomes.")
num("9.5", "Regulations: the University's Postgraduate Regulations apply without variation. A participant must be "
    "registered on a module and follow it before submitting its assessment; the Regulations make no provision "
    "for a candidate to be assessed without following the taught module, and the Trust has not sought a "
    "variation. Credit for prior learning is under Regulation 14 (7.4).")

# ---------------------------------------------------------------- Section 10
section_bar("10.  IMPACT ON EXISTING STUDENTS AND ON THE EXISTING PATHWAY")
prompt("Explain the effect of the modification on students already registered and on existing modules. Confirm "
       "that students have been informed.")
num("10.1", "Participants on the SpLD pathway are not affected, and were told of the proposal in December 2008.")
num("10.2", "Day 7 is shared: SENCO-pathway participants join the STD701 cohort at the same centre for it, and "
    "the day has been redesigned to cover five areas of need.")
num("10.3", "STD702 (Assessment of Specific Learning Difficulties) includes the Trust's unit on access "
    "arrangements for tests and examinations (Unit 4), taught by Tom Ellery, which prepares specialist teachers "
    "to assess candidates and complete the awarding bodies' forms. SENCO-pathway participants do not take STD702.")
num("10.4", "STD703's supervised teaching placement at a Trust centre continues for the SpLD pathway only.")

# ---------------------------------------------------------------- Section 11
section_bar("11.  RESOURCES")
prompt("Identify staffing, library, learning and IT resources, and any additional costs. Attach CVs or a staff "
       "table (Appendix B).")
num("11.1", "Staff: the pathway is led by Ruth Addo with a team of five tutors and two associates (Appendix B). "
    "No new appointments are needed for the first intake; an additional tutor will be appointed if more than 60 "
    "participants enrol.")
num("11.2", "Library: the Trust's library at Stenbury holds about 6,000 titles on SEN and literacy and 28 journal "
    "subscriptions, and posts books to participants at the other centres. Participants registered with the "
    "University have its library card and off-campus access to its electronic journals with an Athens password. "
    "The Trust's test library lends standardised tests and screening tools to participants for their case studies.")
num("11.3", "ICT: each centre has an assistive technology room (text-to-speech, voice recognition, mind-mapping and "
    "literacy software) used on Day 7 and available to participants by appointment. Trust Online is hosted and "
    "supported by the Trust's IT team, with a help desk open on weekdays and on Saturdays when Stenbury is teaching.")
num("11.4", "Fees: the fee for 2009-10 is \u00a31,650, the same as for the SpLD pathway. Local authorities buying "
    "six or more places pay \u00a31,450 a place.")

# ---------------------------------------------------------------- Section 12
section_bar("12.  QUALITY ASSURANCE AND EVALUATION")
prompt("Explain how the pathway will be monitored and evaluated within the University's annual monitoring "
       "process, including student feedback and external examining.")
num("12.1", "Participants complete an online evaluation at the end of each module, and each centre holds an "
    "end-of-year focus group. Two participant representatives from each centre sit on the Course Committee, which "
    "meets each term with the Programme Leader, the link tutor and the centre tutors.")
num("12.2", "The Programme Leader writes the annual monitoring report in the University's format, drawing on the "
    "evaluations, the external examiners' reports, recruitment, progression and completion data, the marking "
    "and moderation record and the impact summary (12.4). The report and its action plan go to the Trust's "
    "Education Committee and to the Collaborative Provision Sub-Committee, which follows the actions up in the "
    "next year's report. The pathway will be included in the University's periodic review of the programme in "
    "2011.")
num("12.3", "Recruitment and selection, the Starting Points audit, module content and the directed tasks are "
    "reviewed each summer by the tutor team against the evaluations and the year's results; changes to content go "
    "to the Course Committee, and changes to assessment to the University.")
num("12.4", "Impact: participants complete the Starting Points scale again at the end of SNC713, with a short "
    "confidence questionnaire, so that each participant and the team can compare the two. Task 713 requires "
    "baseline and follow-up measures of the attainment and well-being of the pupils involved, reported in a "
    "standard table; the Programme Leader collates the tables into an annual impact summary that forms part of "
    "the monitoring report.")

# ---------------------------------------------------------------- Section 13
section_bar("13.  PROFESSIONAL, STATUTORY OR REGULATORY BODY (PSRB)")
prompt("Name the PSRB, summarise its requirements and show how the modification meets them. Attach any mapping.")
num("13.1", "The TDA, on behalf of the Department for Children, Schools and Families, will approve providers of the "
    "national award for SENCOs against its draft specification (2008), which sets requirements for providers "
    "under six criteria and the minimum outcomes that participants must show. The pathway has been designed to "
    "meet the specification. Appendix D shows where each minimum outcome is developed and assessed.")
num("13.2", "Approval is expected to be for an initial five years. The Trust will report the TDA's decision, and any "
    "conditions, to the Collaborative Provision Sub-Committee.")

# ---------------------------------------------------------------- Section 14
section_bar("14.  APPROVALS")
prompt("Signatures confirm that the proposal has been consulted on and is supported. Appendices attached: A module "
       "descriptors; B staff; C comparison of pathways; D PSRB mapping; E reading lists.")
at = table([
    ["Role", "Name", "Decision", "Date"],
    ["Programme Leader designate (Trust)", "Ruth Addo", "Proposed", "19 Jan 2009"],
    ["Director of Education and Training (Trust)", "Dr Helen Marchbank", "Supported", "19 Jan 2009"],
    ["University link tutor", "Dr Peter Lindqvist", "Supported", "23 Jan 2009"],
    ["Collaborative Provision Sub-Committee", "Prof. Dawn Ferrier (Chair)", "Recommended to FASC", "28 Jan 2009"],
    ["Faculty Academic Standards Committee", "Prof. Alan Tremlett (Chair)", "Approved, subject to the conditions below", "11 Feb 2009"],
    ["", "", "", ""],
], widths=[5, 4, 5, 2.6])
last = at.rows[-1]
m = last.cells[0].merge(last.cells[3])
m.paragraphs[0].text = ""
for line in [
    "Condition 1: the Trust to confirm the nomination of a second external examiner with experience of SEN "
    "coordination by 31 March 2009.",
    "Condition 2: the Trust to submit a protocol for briefing and supporting workplace supporters by 30 April 2009.",
    "Recommendation: the programme team should consider how local authorities and other stakeholders might take "
    "part in annual monitoring.",
]:
    pp = m.add_paragraph() if m.paragraphs[0].text else m.paragraphs[0]
    pp.add_run(line).font.size = Pt(9)

# ---------------------------------------------------------------- Appendix A
doc.add_page_break()
para("APPENDIX A  MODULE DESCRIPTORS", bold=True, size=11)
mods = [
    ("SNC711", "The SENCO, the Law and the Inclusive School", "Days 1-3, or distance mode (six online units)",
     "To develop participants' understanding of the legislation, statutory guidance and policy on SEN and "
     "disability and of the SENCO's place in leading an inclusive school, and their ability to influence their "
     "school's policy with its senior leaders and governors.",
     "The SENCO's role and the Code of Practice (2001); the Education Act 1996 and the SEN and Disability Act "
     "2001; the Disability Discrimination Acts 1995 and 2005, the disability equality duty and accessibility "
     "planning; the SENCO Regulations 2008; Every Child Matters and the Children Act 2004; Removing Barriers to "
     "Achievement; working with the headteacher, senior leaders and governors; how children develop and learn, and "
     "what affects their development.",
     "1. Explain the legal and policy framework for SEN and disability and its implications for the school.\n"
     "2. Evaluate a school's policy and practice against that framework and the Every Child Matters outcomes.\n"
     "3. Make and justify recommendations to senior leaders and governors.",
     "Task 711: policy review (4,000 words). Participants review their school's SEN policy and accessibility plan "
     "against the Code of Practice, the disability equality duty and the five Every Child Matters outcomes, agree "
     "recommendations with the headteacher and present them to the governing body or its relevant committee. "
     "Evidence: the review; the workplace supporter's signed record of the discussion with the headteacher; the "
     "note or minute of the governors' meeting. Assesses LOs 1-3."),
    ("SNC712", "Identifying and Meeting Needs", "Days 4-7",
     "To develop participants' ability to identify pupils' needs, plan, manage and review provision with "
     "colleagues, parents and other professionals, and map provision across the school.",
     "Identifying needs through observation, school data and assessment; using the assessments of educational "
     "psychologists, therapists and advisory teachers; target setting and review; working with parents and "
     "carers; local services, agencies and voluntary organisations; pupil voice and person-centred reviews; "
     "national tests, P scales and tracking data; behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties; approaches, interventions, resources and ICT; current "
     "research on effective interventions.",
     "1. Identify a pupil's needs using evidence from several sources, including other professionals.\n"
     "2. Plan, carry out and review provision with the pupil's parents or carers.\n"
     "3. Explain the effect of a type of need on learning, and evaluate approaches and resources, including ICT.\n"
     "4. Map provision and identify what is missing or ineffective.",
     "Task 712 (4,000 words in three parts). (a) A case study of one pupil whose needs are being identified or "
     "reviewed: evidence from observation, school data and the assessment of at least one other professional; "
     "targets; the provision planned; a record of a meeting with the parents or carers; a review of progress after "
     "at least six weeks. (b) A briefing paper (1,000 words) for colleagues on one area of need other than the "
     "case-study pupil's, evaluating approaches and resources, including ICT and assistive technology. (c) A "
     "provision map for one year group or key stage, with a commentary identifying provision that is missing or "
     "ineffective. Assesses LOs 1-4."),
    ("SNC713", "Leading Provision: a Workplace Enquiry", "Days 8-10, and at least one term in school",
     "To develop participants' ability to lead, with colleagues, an improvement in provision for pupils with SEN "
     "and/or disabilities, drawing on research and external advice, and to evaluate its effect on pupils and on "
     "the school.",
     "School self-evaluation and improvement planning; provision mapping and management; deploying and managing "
     "teaching assistants and other support staff; observation and feedback, coaching and leading training; "
     "practitioner enquiry and the use of research; measuring impact; planning one's own professional development.",
     "1. Plan and lead a development in provision, justified by research and external advice.\n"
     "2. Support colleagues' practice and deploy support staff effectively.\n"
     "3. Evaluate the development with colleagues, measuring its effect on pupils, and relate it to the school's "
     "self-evaluation.\n"
     "4. Explain and justify decisions, and plan further professional development.",
     "Task 713: workplace enquiry (5,000 words) and professional discussion (30 minutes). The participant leads, "
     "with colleagues, a development in the school's provision over at least one term. The report must show: the "
     "review of research and external advice behind it; the support given to colleagues (at least one of "
     "observation with feedback, coaching, or a training session led by the participant); how teaching assistants "
     "or other support staff were deployed and managed; baseline and follow-up measures of the pupils' attainment "
     "and well-being; and the evaluation carried out with colleagues and reported to the school's self-evaluation. "
     "With the report, the participant submits a Professional Development Plan for the following year, agreed with "
     "the line manager (pass/fail). In the professional discussion two tutors question the participant on the "
     "decisions taken and the judgements behind them. Assesses LOs 1-4."),
]
for code, title, delivery, aims, content, los, assess in mods:
    table([
        ["Module code", code],
        ["Title", title],
        ["Credits / level", "20 credits, Level 7"],
        ["Delivery", delivery],
        ["Aims", aims],
        ["Indicative content", content],
        ["Learning outcomes", los],
        ["Assessment", assess],
        ["Indicative reading", "See Appendix E. Reading lists have been updated to reflect current research."],
    ], widths=[3.4, 13.2], header=False)

# ---------------------------------------------------------------- Appendix B
para("APPENDIX B  STAFF", bold=True, size=11)
table([
    ["Name", "Role", "Qualifications", "Relevant experience"],
    ["Ruth Addo", "Programme Leader (SENCO pathway); tutor, Stenbury",
     "BEd; MA Inclusive Education; Trust Specialist Teacher Diploma; PG Cert in Teaching in HE",
     "SENCO in two primary schools (11 years); Trust tutor since 2004"],
    ["Graham Pryce", "Centre tutor, Aldercombe", "BA; PGCE; MA Educational Leadership",
     "Secondary SENCO (8 years); SEN adviser, Hartlebury County Council (2001-2007)"],
    ["Dr Jo Whitlow", "Centre tutor, Pendlebrook", "BSc; PGCE; EdD",
     "Special school deputy head; research on inclusion in secondary schools"],
    ["Claire Doughty", "Tutor; assistive technology specialist", "BA; PGCE; MSc Assistive Technology",
     "Trust AT adviser since 2003; trains LA support services"],
    ["Tom Ellery", "Tutor, SpLD pathway (STD702)", "BA; PGCE; Trust Specialist Teacher Diploma; Assessment Practising Certificate",
     "Head of learning support, secondary (9 years); access arrangements assessor"],
    ["Dr Meena Shah", "Associate tutor", "BSc; MSc Educational Psychology; PhD; Chartered Psychologist",
     "Educational psychologist, Stenbury City Council"],
    ["Sue Kaminski", "Associate tutor (distance mode e-tutor)", "BEd; MA SEN",
     "Primary SENCO; Trust e-tutor since 2007"],
], widths=[2.8, 3.6, 5, 5.2])
para("All tutors attend the Trust's two-day tutor conference each July, which includes standardisation of marking, "
     "and a pathway induction day; the Tutor Handbook sets out tutors' duties in teaching, tutorials, marking and "
     "moderation. Each tutor keeps an annual record of at least five days' professional updating.", size=9)

# ---------------------------------------------------------------- Appendix C
para("APPENDIX C  COMPARISON OF PATHWAYS", bold=True, size=11)
table([
    ["", "Dyslexia/SpLD pathway", "SEN Coordination pathway"],
    ["Who it is for", "Teachers and others training as specialist teachers of learners with dyslexia/SpLD",
     "Teachers new to the role of SENCO"],
    ["Modules", "STD701, STD702, STD703", "SNC711, SNC712, SNC713 (Day 7 shared with STD701)"],
    ["Placement", "20 hours' supervised teaching of a learner at a Trust centre (STD703)", "None (optional visit, 8.7)"],
    ["CRB", "Enhanced disclosure obtained by the Trust before STD703", "Not obtained by the Trust (7.5)"],
    ["Distance study", "None", "SNC711"],
    ["External examiner", "Dr Susan Haveley", "Dr Susan Haveley; second examiner to be nominated"],
], widths=[3.2, 6.7, 6.7])

# ---------------------------------------------------------------- Appendix D
para("APPENDIX D  TDA MINIMUM OUTCOMES: WHERE DEVELOPED AND ASSESSED", bold=True, size=11)
para("The table shows where each of the national minimum outcomes is developed and assessed. Every outcome is "
     "assessed in at least one summative task, so that a participant who passes all three modules has met all of "
     "them.", size=9)
rows = [
    ["National minimum outcome (our summary)", "Where developed", "Where assessed"],
    ["GROUP:Professional attributes"],
    ["Fair, respectful relationships with pupils who have SEN or disabilities and with their parents and carers",
     "Day 4 (parents session with the Parents' Advisory Panel); Day 5", "Task 712 (a): case study and parent meeting record"],
    ["Winning the commitment of the headteacher, senior leaders and colleagues", "Days 1 and 2",
     "Task 711: recommendations agreed with the head and presented to governors"],
    ["Anticipating and solving problems; sound decisions and judgement about provision", "Days 8 and 9",
     "Task 713 and professional discussion"],
    ["Clear speaking and writing; listening to and understanding others' views", "All days",
     "All tasks (writing); professional discussion (speaking and listening)"],
    ["Using research and outside advice to improve one's own and colleagues' practice", "Days 7 and 8",
     "Task 713: review of research and external advice"],
    ["Keeping up to date and taking charge of one's own CPD", "Day 10",
     "Task 713: Professional Development Plan (pass/fail)"],
    ["GROUP:Professional knowledge and understanding"],
    ["SEN law and guidance, including the Code of Practice, and putting it into practice", "Day 1", "Task 711"],
    ["Every Child Matters: its principles and outcomes and the SENCO's part in them", "Day 3", "Task 711"],
    ["Disability equality law and the actions it requires", "Day 2", "Task 711 (accessibility plan)"],
    ["How children develop, and what affects their development", "Day 3", "\u2014"],
    ["The common types of SEN and disability and their effect on learning", "Day 7", "Task 712 (b): briefing paper"],
    ["Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "Day 7",
     "Task 712 (a) and (b)"],
    ["School self-evaluation and improvement and SEN outcomes", "Day 8", "Task 713"],
    ["Research and best practice in meeting SEN", "Days 7 and 8", "Task 713"],
    ["External agencies: their scope and role, and getting specialist support", "Day 5",
     "Formative: agency directory (not marked)"],
    ["GROUP:Professional skills"],
    ["Influencing strategy, ethos, policy and resources with senior colleagues and governors", "Day 2", "Task 711"],
    ["Identifying pupils' needs, setting targets, planning interventions and reviewing progress", "Days 4 and 6",
     "Task 712 (a)"],
    ["Using other professionals' assessments to shape teaching", "Days 4 and 5", "Task 712 (a)"],
    ["Using summative assessments, including national tests, to track progress", "Day 6",
     "Formative: data exercise on Day 6"],
    ["Access arrangements for national tests and examinations", "STD702, Unit 4", "STD702 Task 2"],
    ["Provision mapping and management; finding missing or ineffective provision", "Day 8", "Task 712 (c)"],
    ["Deploying and managing staff", "Day 9", "Task 713"],
    ["Supporting colleagues' professional development", "Day 9", "Task 713"],
    ["Reviewing provision with staff to inform the school's self-evaluation", "Day 8", "Task 713"],
    ["Involving pupils in planning and reviewing their provision", "Day 5", "\u2014"],
    ["Liaising with parents and carers", "Day 4", "Task 712 (a)"],
    ["Working with other services and agencies, including voluntary organisations", "Day 5",
     "Formative: agency directory (not marked)"],
]
mt = doc.add_table(rows=len(rows), cols=3)
mt.style = "Table Grid"
for i, row in enumerate(rows):
    if row[0].startswith("GROUP:"):
        mc = mt.cell(i, 0).merge(mt.cell(i, 2))
        mc.paragraphs[0].add_run(row[0][6:]).bold = True
        shade(mc, "EDEDED")
        continue
    for j, val in enumerate(row):
        rr = mt.cell(i, j).paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if i == 0:
            rr.bold = True
for row in mt.rows:
    for j, w in enumerate([7.6, 4.2, 4.8]):
        row.cells[j].width = Cm(w)
# comment on the attributes group (the time-management row has dropped out)
grp = mt.cell(1, 0).paragraphs[0].runs[0]
comment(grp, "Is the outcome on prioritising and managing time missing here? I count six attributes, not seven.",
        "Peter Lindqvist", "PL")
para("")
pz = para("Last revised 2 February 2009 (HM).", italic=True, size=8, color=GREY)

doc.save(OUT)
print("wrote", OUT)
