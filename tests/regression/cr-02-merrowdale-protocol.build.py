"""Build cr-02-merrowdale-protocol.docx: Merrowdale University programme and evaluation protocol (invented provider).

Provider: Merrowdale University, Faculty of Education and Society, Centre
for Inclusion Research and Practice (CIRP): a research-intensive university
applying on its own, with three local authorities (Merrowdale City, Langdon
Moor County, Skelbrooke MBC) as "study sites" and stakeholders. Programme:
Postgraduate Certificate in Special Educational Needs Coordination, 60
credits in three 20-credit modules (SNC6010 at Level 6, SNC7020 and SNC7030
at Level 7), blended, two entry points (September 2009, January 2010).
Dated 27 February 2009, 2008-09 vocabulary (CRB, List 99, DDA, SEN Code of
Practice 2001, ECM, RAISEonline, SEF, IDP, Bercow).

Layout: the application is written as a research protocol for an evaluation
embedded in the programme, in an academic, passive, future-tense voice
("will be", "it is hypothesised"). Title page; a protocol metadata table;
a structured "Protocol summary" table; Heading 1/Heading 2 sections typed
with decimal numbers that collide with requirement ids (1.3 Local needs
analysis, 2.3 Research questions and hypotheses, 3.3 Fidelity of delivery,
4.1 Award, credit and accreditation, 4.3 Modes of delivery, 5.1 Eligibility,
5.2 Screening, 5.3 Recruitment and sampling (research, not CRB), 5.5
Equality of access, 6.1-6.4 measures); a needs-analysis table with a
"Design response" column; a landscape "Schedule of enrolment, delivery and
assessment" grid of X marks by timepoint (T0-T4) with a "Counts toward the
award?" column; a staffing table; a timetable table; Limitations;
References (real national documents and a few real articles); Appendix A,
an outcome map with the provider's codes PA1-PA7, KU1-KU9, PS1-PS9 (with
PS2a-PS2c), merged group rows and three columns: developed in / award
assessment / not counted toward the award (formative or research). Header
and footer (never evidence).

Traps, and the requirement ids they affect:
- E.2 partially_met: 60 credits, but SNC6010 is validated at Level 6; only
  40 credits are at masters level.
- 1.1 partially_met: the aim is participants' knowledge and skills; the
  "ultimate test" is pupils' attainment in reading and mathematics; nothing
  on well-being or the ECM outcomes in aims, objectives or assessment (ECM
  is only a content topic).
- 1.5 partially_met, 6.S7 partially_met: pupil voice is a content topic in
  SNC7020 and is measured only by a research instrument (PPPI) that "does
  not count toward the award"; no practice in consulting pupils.
- 2.1 partially_met: certificated prior learning is credited (APCL up to 20
  credits); experiential learning "is not credit-rated".
- 2.3 not_met: "No assessment-only route is offered"; an exploratory
  sub-study "may, subject to funding" examine one; the Danebury Wolds
  Consortium's assessment-only route is another provider's (comparison data).
- 3.1 partially_met: only "in accordance with" the University's Equality and
  Diversity Policy and Disability Equality Scheme, and adjustments for the
  research interviews (wrong thing); no arrangement for disclosure or
  reasonable adjustments in teaching or assessment.
- 3.2 met and 3.3 met despite the Wolds consortium's "wholly online" option
  (another provider): the University's own blended route has two entry
  points, modules in either order, 12 or 24 months; VLE units with
  tutor-moderated boards (reply within three working days), fortnightly live
  online tutorials, online peer triads between study days, a mentors' area.
- 4.3 partially_met: LA officers and psychologists co-teach (delivery), but
  the Reference Group is stood down once teaching starts and thereafter
  only "receive[s] the annual evaluation summary for information".
- 5.5 partially_met: specialist expertise in the team and from the LAs, but
  the placement was in the 2007-08 pilot (past) and "Placements are not
  part of the accredited programme"; Wolds places participants (another
  provider).
- 5.6 not_met: specialist resources depend on a capital bid ("if the bid is
  successful"); meanwhile participants use their own schools' resources.
- 5.8 partially_met: internal second marking and moderation, but an external
  examiner will be nominated only in the second year.
- 5.9 partially_met: participants' competence and confidence measured (SSCS,
  headteacher questionnaire); pupil-level measures only "if the ESRC
  application is successful" (conditional); the Limitations section repeats
  that no pupil data will be collected in year one.
- 1.9 partially_met, 6.0 partially_met: the award is conferred on passing
  A1-A3 and P, "mapped to" the national outcomes, under a blanket claim in
  Appendix A that "every national minimum outcome is developed ... and
  assessed for the award"; the map itself shows gaps.
- Appendix A: outcomes whose only check is research (PA2 headteacher
  questionnaire, KU2 SSCS items, PS7 PPPI) or formative (KU9 and PS9 F3
  agency mapping, PS2b F1 data quiz, PS5 F2 peer observation) are
  partially_met (6.A2, 6.K2, 6.S7, 6.K9, 6.S9, 6.S2b, 6.S5; the PT4 coaching
  task is "developmental" and "not themselves assessed"). KU6 is taught
  and assessed but the Limitations section says ICT is not covered and
  participants are referred to the LA's ICT advisory service (6.K6
  partially_met, a negation far from its subject). PA3 is "Not addressed
  separately (see PA4)", a cross-reference to a row about decisions, not
  time management or delegation (6.A3 not_met). There is no row for access
  arrangements (PS2d) and the text never mentions them (6.S2d not_met).

Genuine arrangements written plainly or unusually (met):
- E.1 in 4.1 (validated by the University's Academic Standards Committee).
- 1.2, 1.6, 1.7, 1.8 in 4.5 practice tasks PT1-PT5; 1.3 in 1.2 (set
  readings, reading lists revised each July against new inspection reports,
  research and initiatives); 1.4 in 4.2 (SNC6010 content).
- 2.2 and 2.4 in 4.6 (T0 self-audit, Individual Learning Plan with a
  personalised set of outcomes, tutorials, costs and bursaries); 2.5 in 4.9
  (exit tutorial, Next Steps Plan agreed with line manager, review at T4).
- 4.1 in 1.3 and Table 1 (survey of 214 SENCOs, heads and LA officers, a
  parents' focus group, with design responses); 4.2 in 10.1 (changes made
  after the Reference Group meetings).
- 5.1 in 9.6 (internal module evaluation, fidelity observation, annual
  monitoring; an external critical friend from another university; the
  Programme Committee action plan and report back to the next cohort).
- 5.2 in 5.1 (eligibility, self-audit screen, written guidance, letter to
  the head); 5.3 in 5.2 and the schedule grid (CRB number and date checked
  against the certificate, new disclosure through the University where
  there is a gap of three months, List 99 via employer, employer reference
  on conduct and discipline); 5.4 in the staffing table; 5.7 in 9.4.
- Outcomes met (developed and tied to A1, A2, A3 or P): 6.A1, 6.A4, 6.A5,
  6.A6, 6.A7, 6.K1, 6.K3, 6.K4, 6.K5, 6.K7, 6.K8, 6.S1, 6.S2, 6.S2a,
  6.S2c, 6.S3, 6.S4, 6.S6, 6.S8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("cr-02-merrowdale-protocol.docx")

doc = Document()
doc.core_properties.author = "Desmond Aske"
doc.core_properties.title = "MSENCO-PEP protocol v1.2"
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)
for name, size in (("Heading 1", 13), ("Heading 2", 11.5)):
    st = doc.styles[name]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)


def p(text="", bold=False, italic=False, size=None, align=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def put(cell, text, bold=False, size=9.5, italic=False):
    cell.text = ""
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            para = cell.add_paragraph()
        r = para.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(header, rows, widths=None, size=9.5, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        put(t.cell(0, i), h, bold=True, size=size)
        shade(t.cell(0, i), head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            put(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def caption(text):
    return p(text, italic=True, size=9.5)


# ------------------------------------------------------------------ header and footer
s0 = doc.sections[0]
s0.left_margin = s0.right_margin = Cm(2.3)
hp = s0.header.paragraphs[0]
hr = hp.add_run("MSENCO-PEP \u00b7 Protocol v1.2 \u00b7 27 February 2009 \u00b7 Confidential: prepared for "
                "the TDA approval panel")
hr.font.size = Pt(8)
fp = s0.footer.paragraphs[0]
fr = fp.add_run("Merrowdale University \u00b7 Centre for Inclusion Research and Practice \u00b7 page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ title page
p("MERROWDALE UNIVERSITY", bold=True, size=14, align="c")
p("Faculty of Education and Society \u00b7 Centre for Inclusion Research and Practice (CIRP)",
  align="c", size=10)
p("")
p("Developing the lead SENCO: a programme and evaluation protocol for the Merrowdale Postgraduate "
  "Certificate in Special Educational Needs Coordination", bold=True, size=16, align="c")
p("Prepared in support of the University\u2019s application to the Training and Development Agency for "
  "Schools for approval to provide nationally accredited training for special educational needs "
  "coordinators", italic=True, align="c", size=10.5)
p("")
meta = [
    ("Short title", "MSENCO-PEP"),
    ("Protocol version", "1.2, 27 February 2009 (supersedes 1.1, 12 January 2009)"),
    ("Programme", "Postgraduate Certificate in Special Educational Needs Coordination (PGCert SENC), "
                  "60 credits; University programme code PC-SENC"),
    ("Programme director", "Dr Niamh Carbery, Senior Lecturer in Inclusive Education"),
    ("Chief investigator (evaluation)", "Professor Desmond Aske, Director, CIRP"),
    ("Co-investigators", "Dr Farida Haq (quantitative methods); Mr Owen Telford (seconded from "
                         "Skelbrooke MBC Inclusion Service)"),
    ("Sponsor", "Merrowdale University Research and Enterprise Office"),
    ("Ethical review", "Faculty Research Ethics Committee, reference FREC/09/017 (submitted 20 February "
                       "2009)"),
    ("Partner authorities (study sites)", "Merrowdale City Council; Langdon Moor County Council; "
                                          "Skelbrooke Metropolitan Borough Council"),
    ("First intakes", "Route A: September 2009. Route B: January 2010"),
]
mt = doc.add_table(rows=0, cols=2)
mt.style = "Table Grid"
for k, v in meta:
    cells = mt.add_row().cells
    put(cells[0], k, bold=True, size=9.5)
    shade(cells[0], "EDEDED")
    put(cells[1], v, size=9.5)

p("")
p("Abbreviations: APCL accreditation of prior certificated learning; CRB Criminal Records Bureau; DDA "
  "Disability Discrimination Act; ECM Every Child Matters; FHEQ Framework for Higher Education "
  "Qualifications; HQ Headteacher Questionnaire; ILP Individual Learning Plan; PPPI Pupil Participation "
  "Practice Inventory; SSCS SENCO Self-efficacy and Competence Scale; VLE virtual learning environment.",
  size=9.5, italic=True)

# ------------------------------------------------------------------ protocol summary
h1("Protocol summary")
summary = [
    ("Background", "New SENCOs in England are to be required to complete nationally accredited training. "
                   "Little is known about which elements of such training change practice."),
    ("Design", "Prospective, mixed-methods, repeated-measures evaluation of a single programme across two "
               "entry routes, with five measurement points (T0 entry to T4 six months after completion)."),
    ("Setting", "Maintained schools in three local authorities in the north of England."),
    ("Participants", "Qualified teachers in post as SENCO, or designated to become SENCO, enrolled on the "
                     "PGCert SENC (expected n = 40 to 60 per year)."),
    ("Intervention", "A 60-credit blended programme of three modules, school-based practice tasks, online "
                     "study units and tutorials, assessed against all national minimum outcomes "
                     "(Appendix A)."),
    ("Outcomes", "Primary: change in participants\u2019 self-efficacy and competence (SSCS). Secondary: "
                 "headteachers\u2019 ratings of participants\u2019 practice; award results; cost per "
                 "completing participant."),
    ("Analysis", "Paired comparisons of SSCS scores; thematic analysis of interviews; descriptive "
                 "costing."),
    ("Timescale", "March 2009 to July 2011."),
]
st_ = doc.add_table(rows=0, cols=2)
st_.style = "Table Grid"
for k, v in summary:
    cells = st_.add_row().cells
    put(cells[0], k, bold=True)
    shade(cells[0], "EDEDED")
    put(cells[1], v)

# ------------------------------------------------------------------ 1 background
h1("1 Background and rationale")
h2("1.1 Policy context")
p("The Special Educational Needs Code of Practice (DfES, 2001) made the SENCO the teacher responsible, "
  "under the headteacher and governing body, for the day-to-day operation of a school\u2019s SEN policy "
  "and for coordinating provision. Removing Barriers to Achievement (DfES, 2004) committed the Government "
  "to improving the skills of the workforce in meeting special educational needs, and the House of "
  "Commons Education and Skills Committee (2006) recommended that SENCOs should be qualified teachers "
  "and members of the senior leadership team. The Education (Special Educational Needs Co-ordinators) "
  "(England) Regulations 2008 required the first, and the DCSF has announced that teachers new to the "
  "role will be required to undertake nationally accredited training. The specification for that "
  "training (TDA, 2008) is the frame for the programme described here.")
h2("1.2 Evidence on the role")
p("Inspection evidence has consistently found that what matters for pupils with SEN is less the type "
  "of setting than the quality of leadership and specialist expertise available to them (Ofsted, 2004; "
  "Ofsted, 2006). Studies of SENCOs describe a role stretched between administration and leadership, "
  "with many SENCOs lacking the status or time to influence whole-school practice (Cowne, 2005; "
  "Layton, 2005). The Bercow Report (2008) adds evidence on the scale of unmet speech, language and "
  "communication needs, and the Inclusion Development Programme (DCSF, 2008) sets the national "
  "priorities for the first two of its planned strands. These sources are not only background: Ofsted "
  "(2004, 2006) and the Bercow Report are set readings in SNC7020 and SNC7030, "
  "and module leaders revise the reading "
  "lists each July in the light of new inspection reports, published research and national "
  "initiatives. Changes are recorded in the module log reviewed at the annual monitoring meeting "
  "(Section 9.6).")
h2("1.3 Local needs analysis")
p("Between October and November 2008 CIRP surveyed SENCOs, headteachers and local authority officers "
  "in the three partner authorities, using a questionnaire built on the draft national outcomes. 214 "
  "questionnaires were returned (139 SENCOs, 58 headteachers, 17 officers of SEN and inclusion "
  "services), and nine parents took part in a focus group convened by the Merrowdale Parent Partnership "
  "Service. Table 1 summarises what each group told us and the design response adopted in this "
  "protocol.")
caption("Table 1. Needs analysis findings and design responses")
table(["Group", "Finding", "Design response"], [
    ("SENCOs (n = 139)", "71% not confident in using provision mapping; 62% unsure how to use "
     "RAISEonline and P scale data.", "Two SNC7030 sessions on provision mapping; provision mapping is a "
     "marking criterion for A3. SNC7020 data session."),
    ("SENCOs (n = 139)", "58% preferred twilight and online study to whole days out of school.",
     "Blended route with online study units between six study days (Section 4.3)."),
    ("Headteachers (n = 58)", "Deployment of teaching assistants was the most frequent priority (64%).",
     "SNC7030 session and practice task on deploying and managing support staff."),
    ("LA officers (n = 17)", "Advice from external agencies was often not acted on in schools.",
     "SNC7020 session on the roles of external agencies and voluntary organisations."),
    ("Parents (focus group, n = 9)", "Review meetings were experienced as rushed and one-sided.",
     "Practice task PT2: the participant co-plans and co-chairs a review meeting with a parent."),
], widths=[3.2, 6.3, 6.3])
p("")
h2("1.4 Why an embedded evaluation")
p("Providers of professional development have rarely been able to show effects beyond participants\u2019 "
  "satisfaction (Guskey, 2000). Building the evaluation into the programme from the first cohort allows "
  "changes in participants\u2019 competence to be tracked against the national outcomes and the "
  "contribution of particular programme elements to be examined.")

# ------------------------------------------------------------------ 2 aims
h1("2 Aims, objectives and research questions")
h2("2.1 Programme aim and objectives")
p("The programme aims to develop the professional knowledge, understanding and skills that teachers new "
  "to the SENCO role need in order to lead provision for pupils with special educational needs and/or "
  "disabilities. Its objectives are that participants will (a) know the legal and policy framework for "
  "SEN and disability and how to apply it; (b) understand the nature of the common types of SEN and "
  "their effect on learning; (c) lead the planning, deployment and evaluation of provision in their "
  "schools; and (d) work effectively with colleagues, families and other services. The ultimate test of "
  "the programme is whether the attainment of pupils with SEN in reading and mathematics improves as a "
  "result.")
h2("2.2 Evaluation objectives")
p("The evaluation will (i) measure change in participants\u2019 self-efficacy and competence against the "
  "national outcomes; (ii) identify which programme elements participants and headteachers associate "
  "with change in practice; and (iii) estimate the cost per completing participant.")
h2("2.3 Research questions and hypotheses")
p("RQ1. Do participants\u2019 self-efficacy and competence, as measured by the SSCS, increase between "
  "entry (T0) and completion (T3), and are gains sustained at T4? It is hypothesised that mean SSCS "
  "scores will rise by at least 0.5 standard deviations between T0 and T3 (H1).")
p("RQ2. Which elements of the programme (practice tasks, online units, tutorials, triads) do "
  "participants and headteachers associate with changes in practice?")
p("RQ3 (exploratory). Is participation associated with changes in outcomes for pupils with SEN in "
  "participants\u2019 schools? (See Section 6.4.)")
p("RQ4. What is the cost per completing participant of each entry route?")

# ------------------------------------------------------------------ 3 design
h1("3 Design")
h2("3.1 Overview")
p("The study is a prospective, mixed-methods evaluation with a repeated-measures design, embedded in "
  "the delivery of the programme. There is no randomised control group: every eligible teacher who "
  "applies is offered a place, and withholding or delaying the programme for research purposes would "
  "not be acceptable to the partner authorities.")
h2("3.2 Comparison data")
p("To situate the findings, anonymised aggregate SSCS data will be requested from the Danebury Wolds "
  "SENCO Consortium, whose programme differs from ours in three respects: it offers an assessment-only "
  "route for experienced SENCOs, it places every participant for five days in a special school, and it "
  "can be studied wholly online. No individual-level data will be exchanged.")
h2("3.3 Fidelity of delivery")
p("In each module a second tutor will observe one study day using a fidelity checklist drawn from the "
  "session plans, and the programme director will review the completed checklists each term.")

# ------------------------------------------------------------------ 4 programme
h1("4 The programme (the intervention)")
h2("4.1 Award, credit and accreditation")
p("The PGCert SENC is an award of Merrowdale University, which holds degree-awarding powers. The "
  "programme was validated by the University\u2019s Academic Standards Committee on 14 January 2009 for "
  "an initial period of five years and is governed by the University\u2019s Regulations for Taught "
  "Postgraduate Awards. It comprises 60 credits in three 20-credit modules. SNC7020 and SNC7030 are "
  "validated at FHEQ Level 7. SNC6010 is validated at Level 6, so that teachers who have not studied "
  "for some years can re-enter academic work before the two masters-level modules; all three modules "
  "are compulsory.")
h2("4.2 Modules and content")
p("SNC6010 The SENCO in context (20 credits, Level 6). SEN legislation (Part IV of the Education Act "
  "1996; the Special Educational Needs and Disability Act 2001) and the SEN Code of Practice, and what "
  "they imply for the school, the SENCO, teachers and governors in practice; the Disability "
  "Discrimination Act 1995 as amended in 2005, the disability equality duty and accessibility plans; "
  "Every Child Matters and the Children Act 2004: the five outcomes, the Common Assessment Framework and "
  "the SENCO\u2019s part; the SENCO Regulations 2008 and current national strategies; how children "
  "develop and how SEN, disability and the learning environment affect development; working with senior "
  "leaders and governors on the strategic development of an inclusive ethos, policies, priorities and "
  "resources; the principles of school self-evaluation (the Ofsted SEF) and improvement planning as "
  "they bear on SEN; a workshop on writing clearly for professional audiences (reports, policies, "
  "letters to parents).")
p("SNC7020 Identifying and meeting needs (20 credits, Level 7). The common types of SEN and disability "
  "(behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
  "speech, language and communication needs; autistic spectrum disorders; moderate learning "
  "difficulties) and their effects on learning; identification through observation, data and "
  "assessment; setting targets, planning interventions and reviewing progress; using assessments from "
  "educational psychologists, therapists and other professionals; approaches, strategies and resources "
  "for assessment, planning, teaching and learning; summative data (national tests, P scales, "
  "RAISEonline) and adjusting programmes; pupil voice; working with families, including fair and "
  "respectful relationships with pupils and parents and the conduct of review meetings; the roles of "
  "external agencies and voluntary organisations, the CAF and the team around the child.")
p("SNC7030 Leading and evaluating provision (20 credits, Level 7). Provision mapping and management; "
  "deploying and managing teaching assistants and other support staff; coaching, mentoring and peer "
  "observation, and leading in-service training, including presenting to colleagues and listening to "
  "and responding to their views; developing assessment for learning with colleagues, "
  "including approaches for pupils with SEN and/or disabilities; reviewing the effectiveness of "
  "provision with colleagues to inform the school\u2019s self-evaluation; leading change and gaining the "
  "commitment of the headteacher and senior colleagues; using research evidence and external advice; "
  "best practice and research in meeting SEN; problem solving and decision making about provision; "
  "staying current (professional associations, journals, networks and planning one\u2019s own "
  "continuing professional development).")
h2("4.3 Modes of delivery and study routes")
p("The programme is delivered in blended mode: six face-to-face study days (two per module) at the "
  "University\u2019s Kingsway Centre, online study units on the VLE between study days, and practice "
  "tasks in the participant\u2019s school. There are two entry points: Route A begins in September and "
  "Route B in January. Participants may take SNC6010 and SNC7020 in either order; SNC7030 is taken last "
  "because it builds on both. The programme may be completed in 12 months, or in 24 months for "
  "participants who choose to take one module at a time, and a participant may move between the "
  "12-month and 24-month patterns at the end of any module.")
h2("4.4 Online learning")
p("Each module has four online study units on the University\u2019s VLE (Blackboard). Each unit has a "
  "discussion board moderated by a named tutor, who will reply to participants\u2019 postings within "
  "three working days. A live online tutorial (Wimba Classroom) is held fortnightly during term, and "
  "recordings are posted for those who cannot attend. Participants are placed in online peer triads "
  "that work together on a set task between study days, and participants may message tutors and one "
  "another through the VLE at any time. School-based mentors have their own area on the VLE with the "
  "mentor handbook, the practice task sheets and a discussion board on which tutors and mentors "
  "communicate. Participants who do not have suitable access at home are given access at the Kingsway "
  "Centre and a loan laptop on request.")
h2("4.5 School-based practice")
p("Each module sets practice tasks that participants carry out in their own schools, each tied on its "
  "task sheet to named national outcomes. PT1, PT2 and PT5 feed into the summative assessments A1, A2 "
  "and A3; PT3 and PT4 are developmental and are not themselves assessed.")
for line in [
    "PT1 (SNC6010): audit of the school\u2019s SEN policy, register and accessibility plan against the "
    "Code of Practice and the disability equality duty.",
    "PT2 (SNC7020): co-plan and co-chair an annual or interim review meeting with a parent or carer, and "
    "write an account of how the parent\u2019s views were sought and acted on; the Parent Partnership "
    "Service briefs participants beforehand and advises on letters and reports to parents.",
    "PT3 (SNC7020, SNC7030): cluster triads of SENCOs from three schools visit one another\u2019s "
    "schools, compare provision maps and advise one another on a problem each brings.",
    "PT4 (SNC7030): plan, lead and evaluate an in-service session for colleagues, and provide coaching "
    "to one teacher or teaching assistant over half a term.",
    "PT5 (SNC7030): lead a practitioner inquiry into a change in SEN provision in the participant\u2019s "
    "school; this becomes A3, which must show the change made and its effect on practice in the school.",
]:
    p(line, size=10.5)
h2("4.6 Personalisation and cost")
p("At T0 every participant completes a self-audit against each of the national minimum outcomes, "
  "rating current competence and citing evidence. In a one-hour entry tutorial the participant and "
  "personal tutor use the audit to agree an Individual Learning Plan (ILP). The ILP records the "
  "personalised set of outcomes on which the participant will concentrate, the outcomes already "
  "evidenced, the order and pattern of modules, the focus of each practice task and assignment, and "
  "any optional workshops (dyslexia, autism, behaviour). The ILP is reviewed at the end of each module "
  "in an individual tutorial (three in all, in addition to the entry and exit tutorials). The fee is "
  "\u00a31,450 for the programme; each partner authority funds bursaries of \u00a3500 for up to twenty "
  "of its teachers. The evaluation will report the cost per completing participant for each route "
  "(RQ4).")
h2("4.7 Accreditation of prior learning")
p("Participants who hold certificated credit at Level 6 or 7 in a relevant area gained in the previous "
  "five years may apply for accreditation of prior certificated learning (APCL) of up to 20 credits "
  "against SNC6010 or SNC7020, under the University\u2019s APL regulations; claims are decided by the "
  "programme APL tutor and confirmed by the Examination Board. Experiential learning is taken into "
  "account in the ILP but is not credit-rated.")
h2("4.8 Assessment-only route")
p("No assessment-only route is offered in 2009\u201310. The exploratory sub-study described in Section "
  "6.4 may, subject to funding, examine whether such a route would be feasible for a small number of "
  "very experienced SENCOs.")
h2("4.9 Completion and next steps")
p("In the exit tutorial at T3 each participant drafts a Next Steps Plan, using a template that sets out "
  "two or three professional targets for the following year, possible further study (including the "
  "University\u2019s MA Inclusive Education) and the support needed. Participants are asked to agree the "
  "plan with their line manager within a month, and progress against it is discussed in the follow-up "
  "contact at T4.")

# ------------------------------------------------------------------ 5 participants
h1("5 Participants")
h2("5.1 Eligibility and readiness")
p("To be eligible a candidate must hold Qualified Teacher Status, be in post as SENCO or be designated "
  "to take up the role within twelve months, and have the written agreement of the headteacher. The "
  "self-audit is completed at application as well as at T0. Candidates who rate themselves as having no "
  "experience on more than ten outcomes are invited to a pre-entry interview with the programme "
  "director, who decides whether the candidate is likely to reach all the outcomes by the end of the "
  "programme. Candidates judged not yet ready receive written guidance on what to do first (for "
  "example, an authority\u2019s introductory SEN course or a period working alongside an experienced "
  "SENCO), and, with the candidate\u2019s consent, the programme director writes to the headteacher to "
  "explain the advice.")
h2("5.2 Screening and safeguarding checks")
p("Before an offer is confirmed the Admissions Office will (a) record the number and issue date of each "
  "candidate\u2019s enhanced CRB disclosure and check them against the original certificate, which the "
  "candidate brings to interview; (b) require a new enhanced disclosure, processed through the "
  "University, from any candidate who has not worked in a school or further education college in a "
  "post involving regular contact with children or young people in the previous three months; (c) "
  "confirm with the employer that the candidate is not on List 99 and has not been barred from working "
  "with children; and (d) obtain a reference from the current employer confirming that there have been "
  "no concerns about the candidate\u2019s conduct and that there are no outstanding disciplinary "
  "proceedings. No candidate is enrolled until all four are recorded.")
h2("5.3 Recruitment and sampling")
p("All enrolled participants will be invited to take part in the evaluation. Participation in the "
  "research is voluntary and separate from the programme. With an expected 40 to 60 participants a year, "
  "the study will have 80% power to detect a within-participant change of 0.45 standard deviations in "
  "SSCS scores at the 5% level. A purposive sample of twelve participants, stratified by phase and "
  "authority, will be invited to interview.")
h2("5.4 Consent and withdrawal")
p("Written informed consent will be sought at T0 for the research only. Participants may withdraw from "
  "the research at any time without giving a reason, and withdrawal will not affect their progress on "
  "the programme or their award.")
h2("5.5 Equality of access")
p("The programme and the study will be conducted in accordance with the University\u2019s Equality and "
  "Diversity Policy and its Disability Equality Scheme. Research interviews will be arranged in "
  "accessible rooms or by telephone, and interview schedules and information sheets are available in "
  "large print or electronically on request.")

# ------------------------------------------------------------------ 6 outcomes and measures
h1("6 Outcomes and measures")
h2("6.1 Award assessment (summative)")
p("Four summative assessments count toward the award. Each carries marking criteria written against "
  "the national outcomes it assesses, listed in Appendix A.")
for line in [
    "A1 Policy audit (SNC6010): a 3,000-word critical audit of the school\u2019s SEN and disability "
    "policy and practice, with an action plan presented to the headteacher and the governor responsible "
    "for SEN.",
    "A2 Case study (SNC7020): a 4,000-word study of a pupil with SEN and/or disabilities, covering "
    "identification, assessment, targets, intervention, review and work with the family.",
    "A3 Practitioner inquiry report (SNC7030): a 5,000-word report of the inquiry led in PT5.",
    "P Portfolio and viva (end of programme): a short portfolio made up of the professional reading log "
    "and the Next Steps Plan, discussed in a 20-minute viva with two tutors; pass or fail.",
]:
    p(line, size=10.5)
p("All three written assessments carry a criterion for clear and accurate written expression, and the "
  "viva assesses the participant\u2019s spoken explanation and how he or she listens and responds to "
  "questions. The award is conferred on participants who pass A1, A2, A3 and P. These assessments are "
  "mapped to the national minimum outcomes in Appendix A.")
h2("6.2 Formative tasks (not counted toward the award)")
for line in [
    "F1 Data interpretation quiz (SNC7020): interpreting RAISEonline, P scale and national test data for "
    "a group of pupils; self-marked online with tutor feedback.",
    "F2 Peer observation (SNC7030): observation of a colleague\u2019s teaching in the triad, with written "
    "feedback discussed with the tutor; not graded.",
    "F3 Agency mapping exercise (SNC7020): a map of the statutory and voluntary services available to the "
    "participant\u2019s school, discussed in an online unit.",
]:
    p(line, size=10.5)
h2("6.3 Research measures (not counted toward the award)")
p("SSCS: the SENCO Self-efficacy and Competence Scale, developed by CIRP, has one item for each national "
  "minimum outcome, rated 1 to 5 (T0, T3, T4). HQ: a headteacher questionnaire on the participant\u2019s "
  "practice, including the commitment the participant has gained from senior colleagues (T0, T3). "
  "PPPI: the Pupil Participation Practice Inventory, a twelve-item participant questionnaire on how "
  "pupils with SEN are involved in planning and reviewing their provision (T0, T3). Interviews: "
  "semi-structured interviews with the purposive sample (T2, T4).")
h2("6.4 Exploratory sub-studies")
p("(a) Assessment-only feasibility: subject to funding, up to five very experienced SENCOs may be "
  "invited to present evidence against the outcomes without attending, to examine whether an "
  "assessment-only route could be offered in future. (b) Pupil-level outcomes: if the ESRC application "
  "submitted in February 2009 is successful, a pupil-level strand may be added from the second cohort, "
  "in which participants would record baseline and follow-up measures for pupils involved in their "
  "inquiries.")

# ------------------------------------------------------------------ 7 schedule (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = s0.page_height, s0.page_width
land.left_margin = land.right_margin = Cm(1.8)
h1("7 Schedule of enrolment, delivery and assessment")
caption("Table 2. Schedule (X = takes place at this point). T1 to T3 fall at the end of each module in the "
        "participant\u2019s chosen order.")
sched_head = ["Procedure", "Application", "T0 entry", "T1 end of first module", "T2 end of second module",
              "T3 end of SNC7030", "T4 six months on", "Counts toward the award?"]
sched = [
    ("Eligibility check and headteacher\u2019s agreement", "X", "", "", "", "", "", "Entry requirement"),
    ("Enhanced CRB disclosure seen and recorded; List 99 and employer reference", "X", "", "", "", "", "",
     "Entry requirement"),
    ("Self-audit against the national outcomes", "X", "X", "", "", "X", "", "No"),
    ("Individual Learning Plan agreed / reviewed", "", "X", "X", "X", "", "", "No"),
    ("Research consent", "", "X", "", "", "", "", "No"),
    ("SSCS", "", "X", "", "", "X", "X", "No (research)"),
    ("Headteacher Questionnaire (HQ)", "", "X", "", "", "X", "", "No (research)"),
    ("PPPI", "", "X", "", "", "X", "", "No (research)"),
    ("A1 Policy audit", "", "", "X (if SNC6010)", "X (if SNC6010)", "", "", "Yes"),
    ("F1 Data interpretation quiz; F3 Agency mapping", "", "", "X (if SNC7020)", "X (if SNC7020)", "",
     "", "No (formative)"),
    ("A2 Case study", "", "", "X (if SNC7020)", "X (if SNC7020)", "", "", "Yes"),
    ("F2 Peer observation", "", "", "", "", "X", "", "No (formative)"),
    ("A3 Practitioner inquiry report", "", "", "", "", "X", "", "Yes"),
    ("P Portfolio and viva (includes Next Steps Plan)", "", "", "", "", "X", "", "Yes"),
    ("Next Steps Plan reviewed", "", "", "", "", "", "X", "No"),
    ("Research interviews (sample)", "", "", "", "X", "", "X", "No (research)"),
]
table(sched_head, sched, widths=[6.5, 2.0, 1.8, 2.6, 2.6, 2.2, 2.0, 3.3], size=8.5)

port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = s0.page_width, s0.page_height
port.left_margin = port.right_margin = Cm(2.3)

# ------------------------------------------------------------------ 8 analysis
h1("8 Data management and analysis")
p("Questionnaire data will be held on the University\u2019s secure server under participant codes. SSCS "
  "change will be analysed with paired t-tests (or Wilcoxon tests where distributions require), and "
  "interviews will be transcribed and analysed thematically by two researchers. Costs will be taken from "
  "the programme budget and staff time records.")

# ------------------------------------------------------------------ 9 QA
h1("9 Programme quality assurance")
h2("9.1 Staffing")
table(["Name", "Role", "Qualifications and recent experience"], [
    ("Dr Niamh Carbery", "Programme director; SNC7030 leader",
     "PhD (inclusive education); SENCO in two secondary schools 1994\u20132003; Senior Lecturer since "
     "2004; member of the nasen research committee."),
    ("Professor Desmond Aske", "Chief investigator; teaches research methods in SNC7030",
     "Professor of Inclusive Education; author of evaluation studies of SEN services for two "
     "authorities (2006\u20132008)."),
    ("Ms Priya Venn", "SNC7020 leader",
     "MA SpLD; AMBDA; specialist teacher for dyslexia in Langdon Moor until 2008; now Lecturer."),
    ("Mr Owen Telford", "SNC6010 leader (seconded 0.4)",
     "Principal SEN Officer, Skelbrooke MBC; formerly head of a primary school with an autism resource "
     "base; NPQH."),
    ("Dr Farida Haq", "Evaluation (quantitative)",
     "PhD (psychometrics); Lecturer in Educational Research."),
], widths=[3.5, 4.5, 8.5])
p("")
p("All tutors teaching on the programme have worked in schools or SEN services within the last five "
  "years, and each tutor\u2019s annual development review includes an agreed specialist updating activity "
  "(conference, secondment or research).")
h2("9.2 Specialist expertise and placements")
p("The core team includes specialists in specific learning difficulties, autism and speech, language "
  "and communication needs. Educational psychologists from the three authorities teach two SNC7020 "
  "sessions, and the authorities\u2019 SEN officers contribute to SNC6010. The 2007\u201308 pilot "
  "included three days\u2019 placement at Fernside Special School. Placements are not part of the "
  "accredited programme.")
h2("9.3 Teaching resources")
p("A bid for specialist assessment materials and assistive software for the Kingsway Centre has been "
  "submitted to the Faculty\u2019s 2009\u201310 capital round; if the bid is successful the resources "
  "will be available from January 2010. In the meantime participants use the resources of their own "
  "schools.")
h2("9.4 Roles, induction and preparation")
p("Every tutor receives the Programme Handbook and attends an induction meeting before first teaching "
  "on the programme, and all tutors attend a standardisation meeting at the start of each term at "
  "which they jointly mark sample scripts against the criteria. Each participant\u2019s headteacher "
  "nominates a school-based mentor, who receives the mentor handbook, attends a half-day mentor "
  "training session before T0 and has access to the mentors\u2019 area of the VLE; the handbook sets out "
  "the mentor\u2019s role in supporting practice tasks and in confirming the authenticity of "
  "practice-task evidence.")
h2("9.5 Marking and moderation")
p("All failed work and a 10% sample of other scripts in A1 to A3 are second-marked, and the module "
  "tutors meet to moderate marks before the Examination Board. The viva is conducted by two tutors. An "
  "external examiner will be nominated to the University in the programme\u2019s second year, once a "
  "first cohort has completed.")
h2("9.6 Evaluation of the programme")
p("The programme will be evaluated through module evaluation questionnaires completed online at the end "
  "of each module, the fidelity observations (Section 3.3), tutors\u2019 module reports, the marks "
  "profile and the evaluation data described in Section 6. An independent critical friend, Dr Mairead "
  "Olander of the University of Northwold, will review the annual evaluation report and visit one study "
  "day a year. The programme director will bring all of this together in the University\u2019s Annual "
  "Monitoring Report, which is scrutinised by the Faculty Learning and Teaching Committee and ends with "
  "an action plan for the following year; the changes made are reported to the next cohort at its first "
  "study day.")
h2("9.7 Impact on participants and pupils")
p("The impact of the programme on participants\u2019 competence and confidence will be measured by the "
  "change in SSCS scores between T0, T3 and T4, by headteachers\u2019 ratings of participants\u2019 "
  "practice (HQ) at T0 and T3, and by the award results. Effects on pupils\u2019 achievement will be "
  "examined only if the pupil-level strand described in Section 6.4 is funded.")

# ------------------------------------------------------------------ 10 stakeholders
h1("10 Stakeholder involvement")
h2("10.1 The Stakeholder Reference Group")
p("A Stakeholder Reference Group was convened for the design stage: two headteachers from each "
  "authority, the three authorities\u2019 principal SEN officers, a parent nominated by the Merrowdale "
  "Parent Partnership Service, a representative of Merrowdale Autism Support (a voluntary "
  "organisation), and two teachers who took part in the 2007\u201308 pilot. It met on 18 November 2008 "
  "and 8 January 2009. Version 1.1 of this protocol was revised in the light of its advice: the "
  "headteachers asked that the school-based mentor be a member of the senior team, which is now a "
  "condition of entry; the officers asked for a session on the team around the child, added to SNC7020; "
  "the parent representative asked that review meetings be practised with real parents, which became "
  "PT2; and the former pilot participants asked for a January start, which became Route B.")
h2("10.2 Involvement in delivery and evaluation")
p("Officers and educational psychologists of the partner authorities will co-teach sessions in "
  "SNC6010 and SNC7020, and the Parent Partnership Service will brief participants before PT2. The "
  "Reference Group will be stood down when the first cohort begins; thereafter its members will receive "
  "the annual evaluation summary for information (Section 12).")

# ------------------------------------------------------------------ 11 ethics
h1("11 Ethical considerations")
p("The research will not begin until approval has been given by the Faculty Research Ethics Committee. "
  "No data will be collected directly from pupils. Data from participants\u2019 assignments will be used "
  "in the research only with consent, and no school, pupil or participant will be identifiable in any "
  "report.")

# ------------------------------------------------------------------ 12 timetable
h1("12 Timetable and dissemination")
table(["Period", "Activity"], [
    ("March\u2013August 2009", "Ethical approval; recruitment of Route A; mentor training."),
    ("September 2009\u2013July 2010", "Route A delivery; T0\u2013T3 data for Route A."),
    ("January 2010\u2013December 2010", "Route B delivery; T0\u2013T3 data for Route B."),
    ("January\u2013July 2011", "T4 follow-up; analysis; final report."),
], widths=[5.0, 11.0])
p("")
p("An annual evaluation summary will be sent to the partner authorities, to former members of the "
  "Reference Group and to the TDA. Findings will be presented at the nasen conference and submitted to "
  "peer-reviewed journals.")

# ------------------------------------------------------------------ 13 limitations
h1("13 Limitations")
p("The design has no control group, and the primary measure is self-reported. No pupil-level data "
  "will be collected in the first year. The taught programme does not cover the use of ICT in teaching "
  "and learning; participants are referred to their authority\u2019s ICT advisory service. Comparison "
  "with the Danebury Wolds programme will be limited by differences in design.")

# ------------------------------------------------------------------ references
h1("References")
for ref in [
    "Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0\u201319) "
    "with Speech, Language and Communication Needs. Nottingham: DCSF.",
    "Cowne, E. (2005) What do special educational needs coordinators think they do? Support for "
    "Learning, 20 (2), 61\u201368.",
    "DCSF (2008) Inclusion Development Programme. London: DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
    "DfES (2004) Removing Barriers to Achievement: The Government\u2019s Strategy for SEN. London: DfES.",
    "Guskey, T. R. (2000) Evaluating Professional Development. Thousand Oaks, CA: Corwin Press.",
    "House of Commons Education and Skills Committee (2006) Special Educational Needs. Third Report of "
    "Session 2005\u201306. London: The Stationery Office.",
    "Layton, L. (2005) Special educational needs coordinators and leadership: a role too far? Support "
    "for Learning, 20 (2), 53\u201360.",
    "Ofsted (2004) Special Educational Needs and Disability: Towards Inclusive Schools. London: Ofsted.",
    "Ofsted (2006) Inclusion: Does It Matter Where Pupils Are Taught? London: Ofsted.",
    "TDA (2008) Draft specification for nationally accredited training for teachers new to the role of "
    "leading coordination of provision for pupils with special educational needs. London: TDA.",
]:
    p(ref, size=10)

# ------------------------------------------------------------------ appendix A
h1("Appendix A: Outcome map")
p("Every national minimum outcome is developed in the taught programme and assessed for the award. The "
  "map below shows where. Codes: A1\u2013A3 and P are the summative assessments (Section 6.1); F1\u2013F3 "
  "are formative tasks (Section 6.2); SSCS, HQ and PPPI are research measures (Section 6.3).")
amap = doc.add_table(rows=1, cols=4)
amap.style = "Table Grid"
for i, h in enumerate(("Outcome (abridged)", "Developed in", "Award assessment",
                       "Not counted toward the award")):
    put(amap.cell(0, i), h, bold=True, size=9)
    shade(amap.cell(0, i), "D9E2F3")


def group(title):
    cells = amap.add_row().cells
    m = cells[0].merge(cells[3])
    put(m, title, bold=True, size=9)
    shade(m, "EDEDED")


def row(code, text, dev, award, other):
    cells = amap.add_row().cells
    put(cells[0], f"{code} {text}", size=9)
    put(cells[1], dev, size=9)
    put(cells[2], award, size=9)
    put(cells[3], other, size=9)


group("Professional attributes")
row("PA1", "Fair, respectful, constructive relationships with pupils and their parents or carers",
    "SNC7020 working with families; PT2", "A2 criterion 6", "\u2014")
row("PA2", "Gaining the commitment of colleagues, including the headteacher and senior leaders",
    "SNC7030 leading change", "\u2014", "HQ (research)")
row("PA3", "Prioritising, managing time and delegating", "Not addressed separately (see PA4)", "", "")
row("PA4", "Anticipating and resolving problems; well-founded decisions about provision",
    "SNC7030 problem solving and decision making; PT5", "A3 criterion 4", "\u2014")
row("PA5", "Clear expression in speech and writing; listening to others",
    "All modules; study-day presentations; tutorials", "A1\u2013A3 written expression criterion; P viva",
    "\u2014")
row("PA6", "Drawing on research and external advice to improve own and colleagues\u2019 practice",
    "SNC7030 using research evidence and external advice", "A3 criterion 5", "\u2014")
row("PA7", "Keeping up to date; responsibility for own CPD",
    "SNC7030 staying current; Next Steps Plan", "P viva (reading log and Next Steps Plan)", "\u2014")
group("Professional knowledge and understanding")
row("KU1", "SEN law and the Code of Practice, their implications and putting them into practice",
    "SNC6010; PT1", "A1 criterion 1", "\u2014")
row("KU2", "Every Child Matters and the SENCO\u2019s part", "SNC6010", "\u2014", "SSCS items (research)")
row("KU3", "Disability equality law and the actions it requires", "SNC6010; PT1", "A1 criterion 2",
    "\u2014")
row("KU4", "How children develop; effects of SEN, disability and environment", "SNC6010",
    "A2 criterion 1", "\u2014")
row("KU5", "Common types of SEN and disability and their effect on learning", "SNC7020",
    "A2 criterion 2", "\u2014")
row("KU6", "Approaches, strategies and resources for assessment, planning, teaching and learning",
    "SNC7020", "A2 criterion 4", "\u2014")
row("KU7", "School self-evaluation and improvement in relation to SEN", "SNC6010", "A1 criterion 4",
    "\u2014")
row("KU8", "Best practice and research in meeting SEN", "SNC7030", "A3 criterion 5", "\u2014")
row("KU9", "External agencies: scope, roles, getting specialist support", "SNC7020", "\u2014",
    "F3 (formative)")
group("Professional skills")
row("PS1", "With senior colleagues and governors, influencing the strategic development of an "
    "inclusive ethos, policies, priorities and resources", "SNC6010; PT1", "A1 criterion 3", "\u2014")
row("PS2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "SNC7020",
    "A2 criterion 3", "\u2014")
row("PS2a", "Using assessments from other professionals", "SNC7020", "A2 criterion 3", "\u2014")
row("PS2b", "Using summative assessments, including national tests, to track progress",
    "SNC7020 data session", "\u2014", "F1 (formative)")
row("PS2c", "Encouraging colleagues to develop formative assessment, with approaches for pupils with "
    "SEN", "SNC7030 assessment for learning with colleagues", "A3 criterion 3", "\u2014")
row("PS3", "Provision mapping and management; identifying ineffective or missing provision",
    "SNC7030; PT3", "A3 criterion 1", "\u2014")
row("PS4", "Deploying and managing staff", "SNC7030", "A3 criterion 2", "\u2014")
row("PS5", "Supporting colleagues\u2019 professional development", "SNC7030; PT4", "\u2014",
    "F2 (formative)")
row("PS6", "Reviewing provision with colleagues to inform school self-evaluation", "SNC7030; PT5",
    "A3 criterion 6", "\u2014")
row("PS7", "Involving pupils in planning and reviewing their provision", "SNC7020 (pupil voice)",
    "\u2014", "PPPI (research)")
row("PS8", "Liaising with parents and carers", "SNC7020; PT2", "A2 criterion 7", "\u2014")
row("PS9", "Working in partnership with other services and agencies, including voluntary "
    "organisations", "SNC7020", "\u2014", "F3 (formative)")

doc.save(OUT)
print("wrote", OUT)
