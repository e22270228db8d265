"""em-02-sce-training-needs-analysis: build script.

Provider (invented people, places and university; the Agency is the kind of
provider given in the brief): Service Children's Education (SCE), the
Ministry of Defence agency running schools for Service families in Germany,
Cyprus and north-west Europe, with Stanbridge University School of
Education (invented), which validated the course as a 60-credit
Postgraduate Certificate on 9 December 2008.  Trainees are SCE SENCOs spread
across garrisons (Lindenbrueck, Wesselstadt, Sennemark, Hohenwalde,
Stavrokampos in Cyprus, schools in Belgium and the Netherlands).

Kind of document: a Training Needs Analysis (TNA) Report and Formal Training
Statement written by the Agency's Training Development Team in the Defence
Systems Approach to Training (DSAT) house style, endorsed by the Training
Requirements Authority, and issued with the Agency's application.  Its own
purpose shapes it: scoping, role analysis, a Difficulty-Importance-Frequency
(DIF) training gap analysis, a training options analysis, a Formal Training
Statement of Training Objectives (Performance / Conditions / Standard) with
Enabling Objectives (EOs), course design, assessment, validation (InVal and
ExVal), resources, risks and recommendations, and an annex cross-referring
the national minimum outcomes.  Version 1.2, 16 January 2009.

Layout:
- A cover block with a two-column metadata table; a VML text box (in the
  body) explaining that "TDA" in DSAT means Training Delivery Authority and
  that the Training and Development Agency for Schools is named in full.
- Heading 1 for Parts, Heading 2 for typed sections ("1.2 Operational
  requirement", "6.4 Entry"), whose numbers collide with requirement ids
  without meaning them.
- Tables: stakeholder consultation (who / how / what they said / where it
  shows), the Role Performance Statement (27 sub-tasks), a DIF results table
  with a recommendation column (FT / WBT / ED / NT), an underpinning
  knowledge table, an options comparison, Training Objective tables in PCS
  form with EO rows and an "Assessed by" column, an assessment
  specification, a staff table, a risk table, and Annex A (national outcome
  -> RPS sub-task -> TO/EO -> DIF -> Assessment).
- Header "UNCLASSIFIED" and the TNA serial; footer "Page X of Y" (fields).

Traps (requirement ids):
- Acronym collision: "TDA" is the DSAT Training Delivery Authority
  (Stanbridge with the SCE centre), never the Training and Development
  Agency for Schools (no requirement; a reading trap).
- DIF "NT" (no training) for outcomes trained elsewhere or assumed: time
  management and delegation (SCE Middle Leaders Programme) -> 6.A3 not met;
  Every Child Matters (an all-staff briefing in 2006) -> 6.K2 not met;
  child development ("covered in initial teacher training", Assumption A4)
  -> 6.K4 not met.
- DIF "WBT" (workplace-based training, recorded but not assessed): coaching
  colleagues -> 6.S5 partial; reviewing provision with staff -> 6.S6
  partial.  "ED" education objective, not assessed -> 6.A7 partial.
  Formative-only exercises -> 6.S2b, 6.S9 partial.  Access arrangements a
  "KLP - not assessed" -> 6.S2d partial.
- Blanket claims in the Executive Summary and para 7.4 that the FTS covers
  every national minimum outcome and that a trainee who passes "has met
  them all" (1.9, 6.0 partial).
- Operational requirement framed as statutory compliance, inspection and
  attainment at key stages; well-being absent and ECM not trained (1.1
  partial).
- Rejected options carry the right words: Option 2 (UK universities) has
  placements in special schools; Option 4 (wholly online) has moderated
  forums and live seminars; Option 3a had a two-day special-school
  attachment that was removed for the preferred Option 3b (5.5 partial:
  specialist expertise yes, placements no; 3.3 partial: StanNet holds
  materials and e-mail tutor contact only, "no discussion forums or live
  sessions in 2009-10", a forum is only a recommendation to "consider").
- Entry: "no nominee is refused a place on the basis of it" - the Training
  Needs Check is not a selection test and nomination is the only entry
  requirement (5.2 not met), while the same check sets the Individual
  Training Plan (2.2 met).
- Prior learning: certificated learning only; "Experiential learning is
  not accredited" (2.1 partial).
- Equality in general terms only, plus assessment adjustments (3.1
  partial).
- On completion "Further professional objectives are set through SCE
  performance management and lie outside the scope of this TNA" (2.5 not
  met).
- Workplace Assessment Record signed by heads, summative (pass/fail) but
  "not second-marked or moderated" (5.8 partial); heads as workplace
  assessors get only the form and guidance notes, "No briefing is held"
  (5.7 partial).
- ExVal measures graduates' competence and confidence but "does not attempt
  to measure changes in pupils' attainment" (5.9 partial); InVal and ExVal
  with Stanbridge's monitoring and an External Examiner (5.1 met).
- Collaboration with SENCOs in other schools is an EO practised at cluster
  meetings and "not assessed"; 1.6 is still met (it asks that skills be
  developed).

Verdicts: 40 met, 16 partially met, 5 not met, 0 not applicable.

Met verdicts that may look like traps: 2.3 (the Direct Assessment route is
a real arrangement with a fee and a timetable); 4.3 (graduates and heads in
ExVal, Support Services teaching, heads as workplace assessors); 5.3 (HR
verification of enhanced CRB disclosures, List 99, the three-month rule,
references); 6.K7 (EO1.4 assessed in Assessment 1, although reviewing
provision with staff, 6.S6, is WBT only).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "em-02-sce-training-needs-analysis.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
st.paragraph_format.space_after = Pt(6)
for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
    hs = doc.styles[name]
    hs.font.name = "Arial"
    hs.font.color.rgb = RGBColor(0x1F, 0x2A, 0x44)
doc.styles["Heading 1"].font.size = Pt(14)
doc.styles["Heading 2"].font.size = Pt(11.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.top_margin = s.bottom_margin = Cm(2.0)


def rich(p, text, size=None):
    parts = text.split("**")
    for i, part in enumerate(parts):
        if part:
            r = p.add_run(part)
            r.bold = (i % 2 == 1)
            if size:
                r.font.size = Pt(size)
    return p


def para(text, style=None, size=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    rich(p, text, size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def bullet(text):
    return para(text, style="List Bullet")


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def table(rows, widths, header=True, size=8.5, shade_first_col=False, span_rows=()):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        if i in span_rows:
            m = cells[0].merge(cells[-1])
            m.text = ""
            rich(m.paragraphs[0], row[0], size)
            shade(m, "E7E6E6")
            continue
        for j, val in enumerate(row):
            c = cells[j]
            c.text = ""
            txt = f"**{val}**" if (header and i == 0 and val) else val
            lines = txt.split("\n")
            rich(c.paragraphs[0], lines[0], size)
            for extra in lines[1:]:
                rich(c.add_paragraph(), extra, size)
            if header and i == 0:
                shade(c, "C9D3E3")
            elif shade_first_col and j == 0:
                shade(c, "F2F2F2")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def add_field(p, instr):
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        if kind == "instr":
            t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = f" {txt} "; r._r.append(t)
        elif kind == "text":
            r.text = txt
        else:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)


def text_box(lines):
    """An inline VML text box whose content sits in w:txbxContent."""
    inner = "".join(
        '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/>'
        + ('<w:b/>' if i == 0 else '') + '</w:rPr><w:t xml:space="preserve">'
        + ln.replace("&", "&amp;") + '</w:t></w:r></w:p>'
        for i, ln in enumerate(lines))
    xml = (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TDAnote" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="width:460pt;height:96pt" fillcolor="#FFF8E1" strokecolor="#7F6000">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = hp.add_run("UNCLASSIFIED")
r.bold = True
hp2 = sec.header.add_paragraph()
hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp2.add_run("SCE/TNA/08/04  TNA Report and FTS  Version 1.2")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ")
add_field(fp, "PAGE")
fp.add_run(" of ")
add_field(fp, "NUMPAGES")
fp2 = sec.footer.add_paragraph()
fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp2.add_run("UNCLASSIFIED")
r.bold = True

# ---------------------------------------------------------------- cover
para("**SERVICE CHILDREN'S EDUCATION**", align=WD_ALIGN_PARAGRAPH.CENTER, size=13, space_after=0)
para("Professional Development Branch - Training Development Team", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=18)
para("**TRAINING NEEDS ANALYSIS**", align=WD_ALIGN_PARAGRAPH.CENTER, size=18, space_after=4)
para("**Role: Special Educational Needs Coordinator (SCE Schools)**", align=WD_ALIGN_PARAGRAPH.CENTER, size=13, space_after=4)
para("TNA Report and Formal Training Statement", align=WD_ALIGN_PARAGRAPH.CENTER, size=12, space_after=4)
para("TNA Serial SCE/TNA/08/04 | Version 1.2 | 16 January 2009", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
table([
    ["Training Requirements Authority (TRA)", "Deputy Chief Executive (Education), HQ SCE"],
    ["Training Delivery Authority (TDA)", "Stanbridge University School of Education, with the SCE Professional Development Centre, Wesselstadt"],
    ["TNA Steering Group chair", "Head of Professional Development, HQ SCE"],
    ["TNA team leader", "Mrs S Okafor, Training Development Team (TDT)"],
    ["Status", "Endorsed by the TRA on 19 January 2009. Issued with the Agency's application to the Training and Development Agency for Schools for approval as a provider of the National Award for SEN Coordination."],
], [5.5, 11.0], header=False, size=9.5, shade_first_col=True)
text_box([
    "A note on abbreviations",
    "This report follows the Defence Systems Approach to Training (DSAT). In DSAT, TDA means the Training Delivery Authority: the body that delivers the training, here Stanbridge University with the SCE Professional Development Centre. The Training and Development Agency for Schools, which approves providers of the National Award, is always named in full in this report. Other abbreviations are explained at Annex B.",
])

# ---------------------------------------------------------------- executive summary
h1("Executive Summary")
para("**Trigger.** From September 2009 every teacher new to the role of SENCO in a maintained school in England will need the National Award for SEN Coordination. SCE applies the statutory requirements placed on maintained schools in England to its own schools as a matter of policy. In May 2008 the TRA directed a TNA to establish what training SCE SENCOs need to reach the Award, and how that training should be delivered to teachers spread across garrisons in Germany, Cyprus and north-west Europe.")
para("**Method.** The TNA team reviewed policy and inspection evidence, surveyed every head teacher and SENCO in the Agency, interviewed 18 SENCOs, observed six at work, held focus groups with parents and pupils, and tested every finding with a Subject Matter Expert (SME) panel (Part 1).")
para("**Findings.** The SCE SENCO's role differs from that of a SENCO in England in three ways: SCE HQ carries out the local authority's functions; pupils move school far more often, so transition on posting is a core task; and the SENCO works without the network of local services and neighbouring schools that an English SENCO can call on. The Role Performance Statement (Part 2) contains 27 sub-tasks. The DIF analysis (Part 3) recommends formal training for 22, workplace-based training for 3, education only for 1 and no training for 1.")
para("**Preferred option.** Option 3b (Part 4): a blended course of 60 Masters-level credits, validated by Stanbridge University and delivered by Stanbridge and SCE in Germany and Cyprus, at £4,310 a trainee, against £7,950 for release to UK university programmes.")
para("**Coverage.** The Formal Training Statement (Part 5) covers every national minimum outcome for the Award; Annex A shows where.")
para("**Recommendations** are at Part 10.")

# ---------------------------------------------------------------- Part 1
h1("Part 1 - Scoping")
h2("1.1 Background")
para("SCE runs 54 schools: forty-one in Germany, nine in the Sovereign Base Areas of Cyprus and four in Belgium and the Netherlands, with some 11,400 pupils, the children of Service personnel and MoD civilians. Schools are managed through three Regional Education Offices (Germany North at Lindenbrück, Germany South at Wesselstadt, and Cyprus at Stavrokampos). In 2007-08, 31% of pupils joined or left their school during the year, and 18.6% were on the SEN register.")
para("Every school has a SENCO post. In September 2008, 23 of the 54 SENCOs had been in post for less than two years. SENCOs are recruited in the United Kingdom and serve tours of three to five years, or are recruited locally, often from among Service spouses. The Agency expects to appoint 12 to 16 new SENCOs a year.")
h2("1.2 Operational requirement")
para("The operational requirement, as set by the TRA, is for every SCE school to have a SENCO who meets the national standard by July 2011, so that SCE continues to comply with the statutory framework it has adopted, is ready for Ofsted's inspection of SEN provision in its schools, and raises the attainment of pupils on the SEN register, measured by their progress at Key Stages 1 to 4.")
h2("1.3 Scope")
para("In scope: qualified teachers appointed to, or designated for, the SENCO post in an SCE school (54 posts now; about 40 new SENCOs over three years). Out of scope: teaching assistants, inclusion managers without Qualified Teacher Status, members of School Governance Committees, and host-nation staff.")
h2("1.4 Constraints")
table([
    ["Ser", "Constraint", "Effect on design"],
    ["C1", "Distance: trainees are spread over three countries; some schools are more than three hours from Wesselstadt.", "Residential modules, distance study, VTC."],
    ["C2", "Release: heads will not release a SENCO for more than ten days in a school year.", "No more than ten days away from school in total."],
    ["C3", "Tours: a trainee may be posted in mid-course.", "Transfer arrangement with Stanbridge (6.2)."],
    ["C4", "Budget: £250,000 over FY 2009/10 to 2011/12.", "Cost per trainee must be below £5,000."],
    ["C5", "No English-language host-nation support services.", "The course uses SCE Support Services and BFG Health for specialist input."],
], [1.2, 7.6, 7.7])
h2("1.5 Assumptions")
for t in [
    "A1. All trainees are qualified teachers employed by SCE.",
    "A2. Trainees have MoD e-mail and internet access at school and at home.",
    "A3. Heads will release trainees for the residential modules and will act as workplace assessors.",
    "A4. Trainees covered child development during initial teacher training.",
]:
    para(t, space_after=2)
h2("1.6 Method and data")
para("The TNA team used six sources of data between May and October 2008:")
for t in [
    "a document review: the SEN Code of Practice (2001), the Training and Development Agency for Schools' draft specification for the Award (2008), the National Standards for SENCOs (TTA, 1998), SCE SEN policy, and the SCE Inspection and Advice Team's reports on SEN in 19 SCE schools (2006-08);",
    "a questionnaire to all 54 head teachers (47 returned, 87%) and all 54 SENCOs (49 returned, 91%);",
    "structured interviews with 18 SENCOs (eight in Germany North, six in Germany South, four in Cyprus);",
    "job observation: TNA analysts shadowed six SENCOs for a working day each, recording every task;",
    "focus groups with parents of children with SEN (two groups, 23 parents, arranged through the Army Families Federation and HIVE) and with pupils with SEN in two secondary schools (16 pupils, led by a Specialist Teacher Adviser);",
    "an SME panel of the Principal Educational Psychologist, two Specialist Teacher Advisers, two experienced SENCOs, a primary head and a Stanbridge lecturer, which met four times to test the findings.",
]:
    bullet(t)
h2("1.7 Stakeholders and what they told us")
table([
    ["Stakeholder", "How consulted", "What they told us", "Where it shows in the design"],
    ["Head teachers", "Questionnaire; one head on the SME panel", "No more than ten days' release; SENCOs must be able to lead staff, not only pupils; concern about cost of cover", "Ten-day limit (Constraint C2); TO4 and TO5; centrally funded cover (9.5)"],
    ["SENCOs", "Questionnaire, interviews, job observation", "Least confident in using data, evaluating provision and access arrangements; isolated in small schools; want a qualification recognised in the UK", "TO2 and TO3; regional cluster (EO1.5); validation by Stanbridge"],
    ["Parents", "Two focus groups", "Tired of repeating their child's story at every move; want to be heard at reviews and told what the next school will do", "TO6 (EO6.4) and TO8 (transition on posting), added after the focus groups"],
    ["Pupils", "Two focus groups", "Want to be asked, not told; dislike being withdrawn in front of friends; moving school is the hardest part", "EO6.1 and EO6.2; transition in TO8"],
    ["SCE Support Services", "SME panel; analysis of 2007-08 casework", "Speech, language and communication needs and behavioural, emotional and social difficulties are the most referred; referrals often arrive without evidence", "EO2.6; EO7.2; Support Services staff teach on Module 1"],
    ["Stanbridge University", "SME panel", "Academic level, credit and assessment", "Part 7"],
], [3.0, 3.4, 5.4, 4.7])
para("The design changed as a result. Transition on posting (TO8) was not in the first draft of the Role Performance Statement; it was added after the parents' focus groups. The SENCOs' ratings moved data and evaluation of provision from the distance module into the residential Module 1, where they can be practised with a tutor. Heads' limit on release led the team to drop the special-school attachment (4.3).")

# ---------------------------------------------------------------- Part 2
h1("Part 2 - Role Analysis")
h2("2.1 The SCE SENCO")
para("The SENCO's role in an SCE school is in essence the role set out in the Code of Practice, with four differences. First, SCE HQ performs the functions of a local authority: statutory assessment is carried out by the SCE SEN Panel, and the SENCO prepares the school's evidence for it. Second, before a family with a child with SEN is posted overseas the Agency checks whether the child's needs can be met at the receiving school; the SENCO contributes to that supportability check. Third, transition is constant: the SENCO receives and sends records for a third of the pupils on the register each year, often from and to schools in other countries. Fourth, there is no governing body: each school has a School Governance Committee, and specialist support comes from SCE Support Services (educational psychologists and Specialist Teacher Advisers), the BFG Health Service, the Army Welfare Service, SSAFA and a small number of voluntary organisations.")
h2("2.2 Role Performance Statement")
para("The Role Performance Statement (RPS) lists the tasks an SCE SENCO performs, drawn from the job observation, the interviews and the Code of Practice, and confirmed by the SME panel.")
RPS = [
    ["Task", "Sub-task", "Performance in the workplace"],
    ["**T1 Lead SEN strategy**"],
    ["", "1.1", "Advise the head and School Governance Committee on SEN policy, an inclusive ethos, priorities and the use of resources"],
    ["", "1.2", "Gain the commitment of colleagues, including the head and senior leaders, to SEN priorities"],
    ["", "1.3", "Work with SENCOs in other SCE schools (regional cluster; sending and receiving schools)"],
    ["", "1.4", "Contribute to the school's self-evaluation and improvement planning for SEN"],
    ["**T2 Identify and assess needs**"],
    ["", "2.1", "Identify pupils who may have SEN using observation, data and assessment"],
    ["", "2.2", "Use assessments from other professionals to plan teaching approaches"],
    ["", "2.3", "Use summative data, including national tests, to track progress and adjust programmes"],
    ["", "2.4", "Identify and arrange access arrangements for national tests and examinations"],
    ["**T3 Plan and review provision**"],
    ["", "3.1", "Set targets, plan interventions and review progress (IEPs)"],
    ["", "3.2", "Map and manage provision; identify ineffective or missing provision"],
    ["", "3.3", "Review the effectiveness of provision with colleagues"],
    ["**T4 Manage staff**"],
    ["", "4.1", "Deploy and manage teaching assistants and other support staff"],
    ["**T5 Develop colleagues**"],
    ["", "5.1", "Advise colleagues on approaches, strategies and resources, including ICT"],
    ["", "5.2", "Observe, give feedback, coach, model and deliver training"],
    ["", "5.3", "Encourage colleagues to develop formative assessment for pupils with SEN"],
    ["**T6 Work with pupils and families**"],
    ["", "6.1", "Consult pupils about matters that affect them"],
    ["", "6.2", "Involve pupils in planning, agreeing and reviewing their provision"],
    ["", "6.3", "Build relationships with pupils and parents; advise and work with parents"],
    ["**T7 Work with other services**"],
    ["", "7.1", "Refer to and work in partnership with other services and agencies"],
    ["**T8 Manage transition on posting**"],
    ["", "8.1", "Transfer information and provision to receiving schools, including UK schools"],
    ["", "8.2", "Contribute to supportability checks before families are posted"],
    ["**T9 Apply law and policy**"],
    ["", "9.1", "Apply SEN law, the Code of Practice and SCE SEN policy"],
    ["", "9.2", "Apply disability equality duties, including accessibility planning"],
    ["**T10 Manage self and own development**"],
    ["", "10.1", "Prioritise work, manage time and delegate"],
    ["", "10.2", "Keep up to date and take responsibility for own CPD"],
    ["", "10.3", "Use research evidence and external advice"],
    ["", "10.4", "Communicate clearly in speech and writing; listen to others"],
]
span = tuple(i for i, r in enumerate(RPS) if len(r) == 1)
table(RPS, [4.0, 1.6, 10.9], span_rows=span)
h2("2.3 Underpinning knowledge")
para("The SME panel identified nine areas of knowledge that underpin the tasks: SEN law and the Code of Practice; Every Child Matters; disability equality law; child development; the common types of SEN; approaches, strategies and resources for teaching and assessment, including ICT; school self-evaluation; research and best practice; and the roles of other services. Course content draws on recent research and inspection evidence that the panel reviewed: Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the House of Commons Education and Skills Committee's report on Special Educational Needs (2006), the Bercow Report on services for children with speech, language and communication needs (2008), the Inclusion Development Programme materials on dyslexia and on speech, language and communication needs (2008), and the SCE Inspection and Advice Team's reports. The SME panel reviews the content against new evidence each year.")

# ---------------------------------------------------------------- Part 3
h1("Part 3 - Training Gap Analysis")
h2("3.1 Method")
para("Each sub-task was rated by the SME panel for Difficulty (1 easy to 3 hard), Importance (1 low to 3 critical) and Frequency (1 rare to 3 frequent), and set against the share of SENCOs who rated themselves competent in it. The DIF model then gives one of four recommendations:")
for t in [
    "**FT** (formal training): the sub-task is taught and becomes a Training Objective or Enabling Objective in the Formal Training Statement;",
    "**WBT** (workplace-based training): the sub-task is learned on the job in the trainee's school and recorded in the Workplace Training Record;",
    "**ED** (education objective): background knowledge, given through reading and discussion, with no performance to assess;",
    "**NT** (no training): the sub-task is already covered by other training or by existing competence.",
]:
    bullet(t)
h2("3.2 DIF results")
table([
    ["Sub-task", "D", "I", "F", "Competent now", "Rec", "Remarks"],
    ["1.1 Advise head and SGC", "3", "3", "2", "22%", "FT", ""],
    ["1.2 Gain commitment of colleagues", "3", "3", "2", "31%", "FT", ""],
    ["1.3 Work with SENCOs in other schools", "2", "2", "1", "45%", "FT", "Added at the heads' request"],
    ["1.4 Contribute to self-evaluation", "2", "3", "1", "18%", "FT", ""],
    ["2.1 Identify pupils", "2", "3", "3", "63%", "FT", ""],
    ["2.2 Use other professionals' assessments", "2", "3", "2", "57%", "FT", ""],
    ["2.3 Track progress with summative data", "2", "3", "2", "35%", "FT", "Taught in Module 1; practised in a Module 2 exercise"],
    ["2.4 Access arrangements", "2", "2", "1", "41%", "FT", "Key learning point within TO2"],
    ["3.1 Targets, interventions, review", "2", "3", "3", "71%", "FT", ""],
    ["3.2 Provision mapping", "3", "3", "2", "20%", "FT", ""],
    ["3.3 Review provision with colleagues", "3", "3", "1", "16%", "WBT", "Done with colleagues in own school"],
    ["4.1 Deploy and manage support staff", "2", "3", "3", "49%", "FT", ""],
    ["5.1 Advise colleagues", "2", "3", "3", "55%", "FT", ""],
    ["5.2 Coach, model, train", "3", "2", "2", "27%", "WBT", "Learned by doing in own school"],
    ["5.3 Formative assessment", "2", "2", "2", "38%", "FT", ""],
    ["6.1 Consult pupils", "2", "3", "2", "42%", "FT", ""],
    ["6.2 Involve pupils in planning", "2", "3", "2", "47%", "FT", ""],
    ["6.3 Relationships; work with parents", "2", "3", "3", "61%", "FT", ""],
    ["7.1 Work with other services", "2", "3", "2", "51%", "FT", ""],
    ["8.1 Transfer on posting", "2", "3", "3", "53%", "FT", "Added after parents' focus groups"],
    ["8.2 Supportability checks", "2", "2", "1", "29%", "WBT", ""],
    ["9.1 SEN law and Code", "2", "3", "3", "60%", "FT", ""],
    ["9.2 Disability equality duties", "2", "3", "1", "24%", "FT", ""],
    ["10.1 Prioritise, manage time, delegate", "2", "2", "3", "84%", "NT", "Covered by the SCE Middle Leaders Programme, which SENCOs attend in their first year in post"],
    ["10.2 Keep up to date; own CPD", "1", "2", "2", "76%", "ED", ""],
    ["10.3 Research and external advice", "2", "2", "2", "39%", "FT", ""],
    ["10.4 Communicate clearly", "1", "3", "3", "88%", "FT", "Retained by the SME panel for writing and presentation at Masters level"],
], [5.0, 0.7, 0.7, 0.7, 1.9, 1.1, 6.4])
para("The underpinning knowledge was analysed in the same way:")
table([
    ["Knowledge area", "Rec", "Remarks"],
    ["SEN law and the Code of Practice", "FT", "With 9.1"],
    ["Every Child Matters", "NT", "All SCE staff received the Agency's Every Child Matters briefing in 2006"],
    ["Disability equality law", "FT", "With 9.2"],
    ["Child development", "NT", "Covered in initial teacher training (Assumption A4)"],
    ["Common types of SEN", "FT", ""],
    ["Approaches, strategies and resources, including ICT", "FT", "With 5.1"],
    ["School self-evaluation", "FT", "With 1.4"],
    ["Research and best practice", "FT", "With 10.3"],
    ["Roles of other services", "FT", "With 7.1"],
], [6.0, 1.4, 9.1])
h2("3.3 The training gap")
para("The gap is widest in the strategic and whole-school tasks (1.1, 1.4, 3.2, 3.3), in which fewer than a quarter of SENCOs feel competent, and narrowest in work with individual pupils. It is the same in all three regions, except that SENCOs in Cyprus rated themselves lower on work with other services, reflecting the smaller range of services there.")

# ---------------------------------------------------------------- Part 4
h1("Part 4 - Training Options Analysis")
h2("4.1 Options considered")
para("**Option 1 - No SCE provision.** SENCOs would gain the Award on return to the United Kingdom. Rejected: it does not meet the operational requirement.")
para("**Option 2 - Release to UK university programmes.** SENCOs would join existing programmes at UK universities, which typically include twelve or more study days on campus and a placement in a special school. Effective, but it needs about twenty days away from school, including travel, and costs £7,950 a trainee.")
para("**Option 3 - SCE blended course validated by a UK university.** Residential modules in Germany and Cyprus, distance study and a workplace project. Option 3a included a two-day attachment to a special school (the SCE special resource base at Lindenbrück, or a UK special school for Cyprus trainees); Option 3b does not.")
para("**Option 4 - Wholly online programme from a UK university.** Weekly live seminars, moderated discussion forums and an e-portfolio, with no face-to-face teaching. Cheapest (£3,600), but it has no workplace assessment in SCE schools, and the SME panel was concerned by low completion rates reported for online programmes.")
h2("4.2 Comparison")
table([
    ["Criterion", "Option 2", "Option 3a", "Option 3b", "Option 4"],
    ["Meets the FTS", "Yes", "Yes", "Yes", "Partly"],
    ["Days out of school", "c. 20", "12", "10", "0"],
    ["Cost per trainee", "£7,950", "£4,880", "£4,310", "£3,600"],
    ["Fits Constraint C2", "No", "No", "Yes", "Yes"],
    ["Completion risk", "Low", "Low", "Low", "High"],
    ["Weighted score (of 100)", "58", "71", "79", "52"],
], [4.4, 3.0, 3.0, 3.0, 3.1])
h2("4.3 Preferred option")
para("Option 3b is preferred. The two-day attachment to a special school in Option 3a was removed to keep release within ten days (Constraint C2), after heads made clear that they would not release SENCOs for twelve.")
h2("4.4 Cost-effectiveness")
para("Option 3b costs £4,310 a trainee, including the Stanbridge fee, SCE tutor time, travel and subsistence under JSP 752, and ten days' supply cover. Cost-effectiveness is improved further by the Training Needs Check (6.5): a trainee who already meets an Enabling Objective is directed away from the distance units for it, so that study time goes where the gap is.")

# ---------------------------------------------------------------- Part 5
h1("Part 5 - Formal Training Statement")
h2("5.1 Training Objectives")
para("Each Training Objective (TO) states the performance required, the conditions and the standard, with its Enabling Objectives (EOs) and how each EO is assessed. The summative Assessments and the Workplace Assessment Record (WAR) are described in Part 7.")


def to_table(title, perf, cond, std, eos):
    rows = [["Training Objective", title], ["Performance", perf], ["Conditions", cond], ["Standard", std]]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for lab, val in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        rich(cells[0].paragraphs[0], "**" + lab + "**", 8.5)
        shade(cells[0], "C9D3E3" if lab == "Training Objective" else "F2F2F2")
        m = cells[1].merge(cells[2])
        m.text = ""
        rich(m.paragraphs[0], ("**" + val + "**") if lab == "Training Objective" else val, 8.5)
    hdr = t.add_row().cells
    for c, v in zip(hdr, ["EO", "Enabling Objective", "Assessed by"]):
        c.text = ""
        rich(c.paragraphs[0], "**" + v + "**", 8.5)
        shade(c, "E7E6E6")
    for code, text, how in eos:
        cells = t.add_row().cells
        for c, v in zip(cells, [code, text, how]):
            c.text = ""
            rich(c.paragraphs[0], v, 8.5)
    for row in t.rows:
        for j, w in enumerate([2.6, 9.6, 4.3]):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


to_table("TO1 Lead the development of SEN provision in the school",
         "Advise the head teacher and School Governance Committee on SEN policy, priorities and the use of resources, and gain colleagues' commitment to them.",
         "In the trainee's own SCE school, using school and SCE data, SCE SEN policy and the Code of Practice.",
         "Advice is based on evidence, is costed, and leads to agreed SEN priorities in the school improvement plan.",
         [("EO1.1", "Analyse the school's SEN data, policy and provision against the Code of Practice and SCE policy.", "Assessment 1"),
          ("EO1.2", "Recommend to the head and School Governance Committee changes to the school's inclusive ethos, SEN policy, priorities and use of resources.", "Assessment 1"),
          ("EO1.3", "Gain the commitment of colleagues, including the head and senior leaders, to a change in provision.", "Assessment 3"),
          ("EO1.4", "Apply the principles of school self-evaluation to SEN and contribute the SEN section of the school's self-evaluation.", "Assessment 1"),
          ("EO1.5", "Work with SENCOs in other SCE schools through the regional SENCO cluster.", "Practised at cluster meetings; not assessed")])
to_table("TO2 Identify and assess pupils' needs and plan for them",
         "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress.",
         "For pupils in the trainee's school, using observation, school data, assessment and reports from other professionals.",
         "In line with the Code of Practice; targets are specific, measurable and reviewed at least termly.",
         [("EO2.1", "Identify pupils who may have SEN using classroom observation, data and assessment.", "Assessment 2"),
          ("EO2.2", "Use assessments by educational psychologists, therapists and specialist teachers to plan teaching approaches.", "Assessment 2"),
          ("EO2.3", "Use summative assessment, including national tests, to track pupils' progress and adjust programmes.", "Formative: Module 2 data exercise"),
          ("EO2.4", "Set targets, plan interventions and review progress, anticipating problems and exercising sound judgement on provision.", "Assessment 2"),
          ("EO2.5", "KLP: identify in good time the access arrangements pupils need for national tests and examinations, and work with colleagues to put them in place.", "KLP - not assessed"),
          ("EO2.6", "Explain the common types of SEN (behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties) and how each affects learning.", "Assessment 2")])
to_table("TO3 Map, manage and evaluate provision",
         "Plan, map and manage provision for pupils with SEN and evaluate its effectiveness.",
         "Across the trainee's school, with colleagues.",
         "The provision map is complete and costed; ineffective or missing provision is identified with evidence.",
         [("EO3.1", "Produce and use a provision map.", "Assessment 1"),
          ("EO3.2", "Identify ineffective or missing provision and propose changes.", "Assessment 1"),
          ("EO3.3", "Review the effectiveness of provision with colleagues to inform the school's self-evaluation.", "WBT - recorded in the WTR")])
to_table("TO4 Deploy and manage support staff",
         "Deploy and manage teaching assistants and other support staff.",
         "In the trainee's school.",
         "Deployment matches pupils' needs and is reviewed each term.",
         [("EO4.1", "Deploy and manage teaching assistants and other staff to support pupils with SEN.", "Assessment 1; WAR")])
to_table("TO5 Develop colleagues' practice",
         "Support colleagues in meeting the needs of pupils with SEN.",
         "In the trainee's school.",
         "Colleagues' practice changes in ways the trainee can evidence.",
         [("EO5.1", "Advise colleagues on approaches, strategies and resources, including ICT, that remove barriers to learning and personalise provision.", "Assessment 3"),
          ("EO5.2", "Observe teaching, give feedback, coach, model and deliver training.", "WBT - recorded in the WTR"),
          ("EO5.3", "Encourage colleagues to develop formative assessment, adapted for pupils with SEN.", "WAR")])
to_table("TO6 Work with pupils and parents",
         "Involve pupils with SEN and their parents in decisions about provision.",
         "For pupils in the trainee's school, including pupils joining or leaving on posting.",
         "Pupils' and parents' views are sought, recorded and acted on.",
         [("EO6.1", "Consult pupils with SEN, including those with communication difficulties, about matters that affect them, using methods suited to their age and needs.", "Assessment 2"),
          ("EO6.2", "Involve pupils in planning, agreeing and reviewing their provision.", "Assessment 2"),
          ("EO6.3", "Establish fair, respectful and constructive relationships with pupils and their parents.", "WAR"),
          ("EO6.4", "Advise parents and work in partnership with them, including when the family is posted.", "Assessment 2")])
to_table("TO7 Work with other services",
         "Obtain specialist support for pupils and work with other services.",
         "Using SCE Support Services, BFG Health, the Army Welfare Service, SSAFA, voluntary organisations and, at transition, UK services.",
         "Referrals are timely and supported by evidence.",
         [("EO7.1", "Explain the scope and role of other services and agencies and how to obtain specialist support and resources.", "Assessment 2"),
          ("EO7.2", "Refer pupils to other services and work in partnership with them.", "Formative: Module 2 referral exercise")])
to_table("TO8 Manage transition on posting",
         "Manage the transfer of pupils with SEN between schools.",
         "When pupils join or leave the trainee's school, including from and to schools in other countries.",
         "Information and provision reach the receiving school before the pupil does.",
         [("EO8.1", "Transfer information and provision to receiving schools, including schools in the United Kingdom.", "Assessment 2"),
          ("EO8.2", "Contribute to supportability checks.", "WBT - recorded in the WTR")])
to_table("TO9 Apply law and policy",
         "Apply SEN and disability law and policy in the school.",
         "Using the Code of Practice, SCE SEN policy and the school's accessibility plan.",
         "The school's practice complies with the law and SCE policy.",
         [("EO9.1", "Apply SEN law, the SEN Code of Practice and SCE SEN policy, and explain their implications for the school.", "Assessment 1"),
          ("EO9.2", "Apply the Disability Discrimination Act duties, including the disability equality duty, reasonable adjustments and accessibility planning.", "Assessment 1")])
to_table("TO10 Improve practice through evidence",
         "Use research evidence and external advice to improve own and colleagues' practice, and communicate clearly.",
         "In the trainee's school and in written and oral work for the course.",
         "Work meets Stanbridge's Masters-level criteria.",
         [("EO10.3", "Use research evidence, best practice and external advice to improve own and colleagues' practice.", "Assessment 3"),
          ("EO10.4", "Communicate clearly in speech and writing, and listen to and take account of others' views.", "Assessment 3 (report and viva)")])
h2("5.2 Education Objectives")
para("EdO1: Keep up to date with developments in SEN and disability and take responsibility for own professional development. Delivered through the course reading list and discussion. Not assessed.")
h2("5.3 Workplace-based training")
para("Sub-tasks 3.3, 5.2 and 8.2 are learned in the trainee's own school. The trainee records what they did in the Workplace Training Record (WTR), which the head signs. The WTR is a record of training, not an assessment.")
h2("5.4 No training")
para("Sub-task 10.1 and the knowledge areas Every Child Matters and child development are not trained (3.2).")

# ---------------------------------------------------------------- Part 6
h1("Part 6 - Course Design")
h2("6.1 Structure and accreditation")
para("The course is the Postgraduate Certificate in Special Educational Needs Coordination, validated by Stanbridge University on 9 December 2008: 60 credits at level 7 (Masters), leading to the Postgraduate Certificate and the National Award. It runs over about eleven months part time in four modules:")
table([
    ["Module", "Mode", "Where and when", "Content"],
    ["Module 1 (4 days)", "Residential", "Wesselstadt, October; repeated at Stavrokampos the following week", "TO1, TO2, TO3, TO9; data and provision mapping practised with tutors; Support Services staff teach the sessions on areas of need and on referral"],
    ["Module 2 (14 weeks)", "Distance study on StanNet", "Own school and home", "Ten units covering TO2, TO5, TO6, TO7, TO8; data and referral exercises"],
    ["Module 3 (3 days)", "Residential", "Wesselstadt, February; repeated at Stavrokampos", "TO4, TO5, TO6, TO10; planning the workplace project"],
    ["Module 4 (16 weeks)", "Workplace project", "Own school; two project days", "Assessment 3; WAR observations; viva by VTC in June"],
], [3.0, 3.0, 4.6, 5.9])
para("Time away from school is seven residential days, two project days and the viva: ten days in all.")
h2("6.2 Flexibility")
para("Modules 1 and 3 are both taught in October and in February, so a trainee may start at either point and take the two residential modules in either order; the distance units are available from the start. A trainee in Belgium or the Netherlands attends the Wesselstadt modules. A trainee posted to the United Kingdom in mid-course completes with Stanbridge by distance, with the viva at Stanbridge. A trainee may suspend study for up to a year, for example during maternity leave or a partner's deployment.")
h2("6.3 E-learning and tutor support")
para("Module 2 is delivered on StanNet, Stanbridge's Blackboard site: each unit has readings, a recorded lecture and a task. Trainees also use Stanbridge's electronic library through Athens. Tutors answer questions by e-mail within five working days, and a trainee may book a telephone tutorial. Heads receive a termly progress e-mail from the Course Director. StanNet does not host discussion forums or live sessions in 2009-10 (Risk R6).")
h2("6.4 Entry")
para("Entry to the course is by head teacher nomination: any teacher whom the head has appointed or designated as SENCO in an SCE school is accepted. The Training Needs Check (6.5) is a training tool, not a selection test, and no nominee is refused a place on the basis of it.")
h2("6.5 Training Needs Check and Individual Training Plan")
para("Before Module 1 each trainee completes the Training Needs Check (TNC): a self-rating against every Enabling Objective, with evidence, followed by a one-hour TNC interview by VTC with their course tutor, who tests the ratings against the evidence. The result is the trainee's Individual Training Plan (ITP), which records the EOs already met, the EOs to be given priority, a personal objective for each Assessment, and which Module 2 units are core and which optional for that trainee. The ITP is reviewed at Module 3 and before the viva, and is kept in the trainee's Individual Training Record.")
h2("6.6 Prior learning")
para("Stanbridge accepts prior certificated learning at Masters level (APCL) for up to 20 credits where it maps to the learning outcomes of Assessment 1 or Assessment 2. Experiential learning is not accredited: experienced trainees use the TNC to shorten their distance study instead.")
h2("6.7 Direct Assessment route")
para("Exceptionally, a teacher with substantial SEN experience, such as an SCE Specialist Teacher Adviser or an experienced SENCO from a school in England, may apply with their head's support to be assessed without training. The candidate completes the TNC. If the tutor judges that all the Training Objectives are likely to be met, the candidate submits Assessments 1 to 3 and a completed WAR within six months and takes the viva, and is assessed against the same criteria as other trainees. The fee is £950.")
h2("6.8 Equality and access")
para("The course is delivered in accordance with Stanbridge University's Equal Opportunities Policy and the SCE Disability Equality Scheme. Reasonable adjustments to assessment arrangements are made through the University's Disability Service.")
h2("6.9 Suitability checks")
para("Before a place is confirmed, SCE HR verifies from the trainee's personnel file that they hold an enhanced CRB disclosure and that they are not barred under List 99. A trainee who has not worked in a post with regular contact with children in the previous three months (for example a locally recruited teacher returning after a career break) must obtain a new enhanced disclosure through SCE HR before starting. HR also confirms that a reference from the trainee's previous employer was taken up and raised no concerns about conduct.")

# ---------------------------------------------------------------- Part 7
h1("Part 7 - Assessment")
h2("7.1 Assessment strategy")
para("Trainees are assessed summatively through three written Assessments and the Workplace Assessment Record. The Module 2 data and referral exercises are formative: tutors comment on them, and they do not count towards the award. The Workplace Training Record is not assessed.")
h2("7.2 Assessment specification")
table([
    ["Assessment", "Form", "EOs assessed", "Marked by", "Weight"],
    ["Assessment 1: Provision Review", "3,500-word report on SEN provision across the trainee's school, with a provision map", "EO1.1, 1.2, 1.4; EO3.1, 3.2; EO4.1; EO9.1, 9.2", "Stanbridge tutor", "35%"],
    ["Assessment 2: Pupil Case Analysis", "3,000-word analysis of provision for one pupil who has moved school", "EO2.1, 2.2, 2.4, 2.6; EO6.1, 6.2, 6.4; EO7.1; EO8.1", "Stanbridge tutor", "30%"],
    ["Assessment 3: Workplace Development Project", "Plan, lead and evaluate a change in SEN provision in the trainee's school with colleagues: 4,000-word report and a 20-minute viva by VTC", "EO1.3; EO5.1; EO10.3, 10.4", "Stanbridge tutor; viva with the SCE Course Director", "35%"],
    ["Workplace Assessment Record (WAR)", "Three observed activities in school: a review meeting with a pupil and parents; a briefing of support staff; a session with a colleague on formative assessment", "EO4.1, 5.3, 6.3", "Head teacher as workplace assessor", "Pass / fail"],
], [3.4, 5.0, 3.6, 2.8, 1.7])
para("Assessment 3 is evaluated through colleagues' feedback, observation and the trainee's review of provision before and after the change.")
h2("7.3 Marking and moderation")
para("Assessments 1 to 3 are marked by Stanbridge tutors against the University's level 7 criteria and the assessment criteria for each EO. One in five scripts is second-marked, and the External Examiner appointed by Stanbridge reviews a sample of each Assessment and attends the Board of Examiners. The WAR is completed and signed by the head teacher as workplace assessor; it is not second-marked or moderated.")
h2("7.4 Award")
para("The Postgraduate Certificate and the National Award are conferred by Stanbridge's Board of Examiners on trainees who pass Assessments 1 to 3 and the WAR. Because the Formal Training Statement covers every national minimum outcome, a trainee who passes has met them all.")
h2("7.5 On completion")
para("On completion the trainee's Individual Training Record is closed and a copy is passed to the head teacher. Further professional objectives are set through SCE performance management and lie outside the scope of this TNA.")

# ---------------------------------------------------------------- Part 8
h1("Part 8 - Validation")
h2("8.1 Internal Validation (InVal)")
para("InVal checks that the course is delivered as designed and that trainees meet the Training Objectives. Its evidence is: end-of-module questionnaires completed by every trainee; tutors' module reports; the analysis of assessment results by EO; StanNet usage data; the External Examiner's report; and the Course Director's end-of-course report. The TDT compiles an InVal report after each cohort.")
h2("8.2 External Validation (ExVal)")
para("ExVal checks whether trained SENCOs perform the tasks in the RPS to the required standard in their schools. Six months after each cohort completes, the TDT:")
for t in [
    "sends every graduate a questionnaire on their confidence in each RPS task and how often and how well they now perform it;",
    "sends each graduate's head teacher a questionnaire rating the graduate's performance against each Training Objective;",
    "visits a sample of six schools to observe graduates at work and interview them and their heads.",
]:
    bullet(t)
para("ExVal does not attempt to measure changes in pupils' attainment: the Steering Group judged that such changes could not be attributed to the course with any confidence.")
h2("8.3 Using the findings")
para("The InVal and ExVal reports go to the Training Review Panel (TRP), chaired by the Head of Professional Development, with the Course Director, Stanbridge's Head of CPD and the TDT. The TRP agrees a Training Improvement Action Plan; changes to content and delivery take effect from the next cohort, and changes to the FTS are endorsed by the TRA. Stanbridge also reviews the course through its annual monitoring, and SCE's Inspection and Advice Team may review it as part of the Agency's own quality cycle.")

# ---------------------------------------------------------------- Part 9
h1("Part 9 - Resources")
h2("9.1 Staff")
table([
    ["Name", "Role", "Qualifications and experience"],
    ["Mr Gareth Lloyd-Evans", "SCE Course Director; Modules 1 and 3", "MA (Special and Inclusive Education); SENCO in three schools, two of them SCE; SCE SEN Adviser"],
    ["Dr Catherine Hale", "Stanbridge Head of CPD; academic lead", "PhD; former local authority SEN adviser; external examiner for two SENCO programmes"],
    ["Dr Neil Ashworth", "Stanbridge tutor; Module 2 and Assessments", "EdD; research on provision mapping; former SENCO"],
    ["Dr Moira Bairstow", "SCE Principal Educational Psychologist; Module 1", "Doctorate in educational psychology; 16 years' practice"],
    ["Mrs Karen Dunn", "SCE Specialist Teacher Adviser (communication and autism); Modules 1 and 3", "Postgraduate diploma in speech and language difficulties; 11 years' outreach in SCE schools"],
], [3.8, 5.0, 7.7])
para("SCE staff spend at least half their time working in SCE schools, and Stanbridge staff are research-active in SEN, so that teaching stays current.")
h2("9.2 Specialist expertise and placements")
para("Trainees meet and learn from specialists throughout: educational psychologists and Specialist Teacher Advisers teach in Modules 1 and 3, a BFG Health speech and language therapist teaches the session on communication needs, and each trainee may consult an educational psychologist about the pupil in Assessment 2. There are no placements in Option 3b (4.3).")
h2("9.3 Preparing tutors and workplace assessors")
para("SCE tutors attend Stanbridge's two-day induction for associate tutors and the course team's standardisation meeting before each marking round. Head teachers acting as workplace assessors receive the WAR and its guidance notes with the joining instructions. No briefing is held.")
h2("9.4 Training resources")
para("Trainees have StanNet and the Stanbridge electronic library; module packs in print and on StanNet; the resource collection at the SCE Professional Development Centre, Wesselstadt, established in 2007, of standardised assessment materials, intervention programmes and assistive technology (text-to-speech and word-prediction software, recording devices and adapted keyboards), which schools and trainees borrow by post; and the ICT suite at Wesselstadt, used in Module 1 for data and provision-mapping work. The collection is refreshed each financial year from the SCE SEN budget.")
h2("9.5 Costs")
table([
    ["Item (per trainee)", "Cost"],
    ["Stanbridge fee", "£1,850"],
    ["SCE tutor time", "£620"],
    ["Travel and subsistence (JSP 752)", "£780"],
    ["Supply cover, ten days (central CPD budget)", "£1,060"],
    ["Total", "£4,310"],
], [10.0, 3.0])

# ---------------------------------------------------------------- Part 10
h1("Part 10 - Risks and Recommendations")
h2("10.1 Risks")
table([
    ["Ser", "Risk", "Mitigation", "Status"],
    ["R1", "Trainee posted in mid-course", "Completion with Stanbridge by distance (6.2)", "Treated"],
    ["R2", "Heads refuse release", "Ten-day limit; cover funded centrally", "Treated"],
    ["R3", "VTC failure on viva day", "Telephone fallback; reserve dates", "Treated"],
    ["R4", "Too few trainees in Cyprus for a repeated module", "Cyprus trainees flown to Wesselstadt", "Treated"],
    ["R5", "Drawdown of garrisons reduces numbers", "Annual review of cohort size", "Tolerated"],
    ["R6", "Distance learners isolated between residential modules", "None in 2009-10", "Accepted for 2009-10"],
    ["R7", "Heads' WAR judgements inconsistent", "Guidance notes", "Accepted"],
], [1.2, 5.4, 6.4, 3.5])
h2("10.2 Recommendations")
for t in [
    "R1. The TRA endorses Option 3b and this Formal Training Statement.",
    "R2. The TRA submits this report with the Agency's application to the Training and Development Agency for Schools.",
    "R3. HQ SCE funds the course from FY 2009/10 at £4,310 a trainee.",
    "R4. The TRP reviews DIF ratings after the first cohort.",
    "R5. The TRA considers adding a moderated discussion forum to StanNet from 2010-11.",
    "R6. The TRA considers a briefing for head teachers acting as workplace assessors.",
    "R7. The TRA considers whether ExVal should include pupil progress data from 2011.",
]:
    para(t, space_after=3)
para("Endorsed: R J Whitlock, Deputy Chief Executive (Education), Training Requirements Authority, 19 January 2009.")

# ---------------------------------------------------------------- Annex A
doc.add_page_break()
h1("Annex A - National Minimum Outcomes Cross-Reference")
para("Each national minimum outcome (abridged) is traced to the RPS sub-task, the TO or EO that trains it, the DIF recommendation and how it is assessed. Key: FT formal training; WBT workplace-based training; ED education objective; NT no training; KLP key learning point. Only the Assessments and the WAR count towards the award.")
ANN = [
    ["Ser", "National minimum outcome (abridged)", "RPS", "TO / EO", "DIF", "Assessment"],
    ["Professional attributes"],
    ["A1", "Fair, respectful, constructive relationships with pupils and parents", "6.3", "EO6.3", "FT", "WAR (review meeting with pupil and parents)"],
    ["A2", "Gain the commitment of colleagues, head and senior leaders", "1.2", "EO1.3", "FT", "Assessment 3"],
    ["A3", "Prioritise, manage time, delegate", "10.1", "-", "NT", "- (SCE Middle Leaders Programme)"],
    ["A4", "Anticipate and resolve problems; sound judgement on provision", "3.1", "EO2.4", "FT", "Assessment 2"],
    ["A5", "Express themselves clearly; listen to others", "10.4", "EO10.4", "FT", "Assessment 3 (report and viva)"],
    ["A6", "Draw on research and external advice", "10.3", "EO10.3", "FT", "Assessment 3"],
    ["A7", "Keep up to date; own CPD", "10.2", "EdO1", "ED", "Not assessed"],
    ["Knowledge and understanding"],
    ["K1", "SEN law and guidance, including the Code of Practice", "9.1", "EO9.1", "FT", "Assessment 1"],
    ["K2", "Every Child Matters and the SENCO's part", "-", "-", "NT", "- (SCE briefing, 2006)"],
    ["K3", "Disability equality law and the actions it requires", "9.2", "EO9.2", "FT", "Assessment 1 (accessibility plan)"],
    ["K4", "How children develop; effects of SEN, disability and environment", "-", "-", "NT", "- (initial teacher training)"],
    ["K5", "Common types of SEN and their effect on learning", "2.1", "EO2.6", "FT", "Assessment 2"],
    ["K6", "Approaches, strategies and resources, including ICT", "5.1", "EO5.1", "FT", "Assessment 3"],
    ["K7", "School self-evaluation and improvement", "1.4", "EO1.4", "FT", "Assessment 1"],
    ["K8", "Best practice and research in meeting SEN", "10.3", "EO10.3", "FT", "Assessment 3"],
    ["K9", "Other services and agencies; getting specialist support", "7.1", "EO7.1", "FT", "Assessment 2"],
    ["Professional skills"],
    ["S1", "With senior colleagues and governors, influence strategy, ethos, policy and resources", "1.1", "EO1.1, EO1.2", "FT", "Assessment 1"],
    ["S2", "Identify pupils, set targets, plan interventions, review progress", "2.1, 3.1", "EO2.1, EO2.4", "FT", "Assessment 2"],
    ["S2a", "Use other professionals' assessments", "2.2", "EO2.2", "FT", "Assessment 2"],
    ["S2b", "Use summative assessment and national tests to track progress", "2.3", "EO2.3", "FT", "Formative (Module 2 data exercise)"],
    ["S2c", "Encourage colleagues' formative assessment", "5.3", "EO5.3", "FT", "WAR"],
    ["S2d", "Access arrangements for tests and examinations", "2.4", "EO2.5", "FT (KLP)", "KLP - not assessed"],
    ["S3", "Provision mapping; ineffective or missing provision", "3.2", "EO3.1, EO3.2", "FT", "Assessment 1"],
    ["S4", "Deploy and manage staff", "4.1", "EO4.1", "FT", "Assessment 1; WAR"],
    ["S5", "Support colleagues' professional development", "5.2", "EO5.2", "WBT", "WTR (not assessed)"],
    ["S6", "Review provision with staff to inform self-evaluation", "3.3", "EO3.3", "WBT", "WTR (not assessed)"],
    ["S7", "Involve pupils in planning and reviewing provision", "6.2", "EO6.2", "FT", "Assessment 2"],
    ["S8", "Liaise with parents and carers", "6.3", "EO6.4", "FT", "Assessment 2"],
    ["S9", "Work in partnership with other services, including voluntary organisations", "7.1", "EO7.2", "FT", "Formative (Module 2 referral exercise)"],
]
table(ANN, [1.0, 6.2, 1.3, 2.2, 1.5, 4.3], span_rows=(1, 9, 19))

# ---------------------------------------------------------------- Annex B
h1("Annex B - Abbreviations")
table([
    ["Abbreviation", "Meaning"],
    ["AFF", "Army Families Federation"],
    ["BFG", "British Forces Germany"],
    ["DIF", "Difficulty, Importance, Frequency"],
    ["DSAT", "Defence Systems Approach to Training"],
    ["ED / EdO", "Education objective"],
    ["EO", "Enabling Objective"],
    ["ExVal / InVal", "External / Internal Validation"],
    ["FT", "Formal training"],
    ["FTS", "Formal Training Statement"],
    ["ITP", "Individual Training Plan"],
    ["KLP", "Key learning point"],
    ["NT", "No training"],
    ["RPS", "Role Performance Statement"],
    ["SGC", "School Governance Committee"],
    ["SME", "Subject Matter Expert"],
    ["TDA", "Training Delivery Authority (in this report)"],
    ["TDT", "Training Development Team, HQ SCE"],
    ["TNC", "Training Needs Check"],
    ["TO", "Training Objective"],
    ["TRA", "Training Requirements Authority"],
    ["TRP", "Training Review Panel"],
    ["WAR", "Workplace Assessment Record"],
    ["WBT", "Workplace-based training"],
    ["WTR", "Workplace Training Record"],
], [3.5, 10.0])

doc.save(OUT)
print("wrote", OUT)
