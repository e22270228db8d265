"""fc-01-westholme-service-review: build the .docx next to this script.

Provider (invented)
-------------------
The Westholme Centre for Professional Development (WCPD), Castle Mead,
Stanbridge: Westholme County Council's teachers' centre, which sells traded
courses to the county's schools. It delivers a 60-credit Postgraduate
Certificate in SEN Coordination validated and awarded by the University of
Brancaster (School of Education). The application is dated February 2009.

Kind of document and layout
---------------------------
The council's own SERVICE REVIEW final report (a "4Cs" review in the Best
Value tradition: Challenge, Compare, Consult, Compete), approved by the
Children's Services directorate management team in November 2008, and sent
whole to the TDA with a short shaded note to the panel at the top. Third
person throughout ("the review team", "the Centre"). Layout:

* a cover table of review facts; the shaded one-cell note to the panel;
* Executive summary with nine recommendations R1-R9 in a table (with a
  "Decision" column: Agreed / Done / Deferred);
* 1 Scope and method; 2 Challenge (why provide at all; county data);
  3 Compare (a benchmarking table of five providers with a merged header
  row: the Centre's old unaccredited certificate and four other providers);
  4 Consult (who was asked; a "What we heard / What the future service
  does" table); 5 Compete (four options in a table with a Decision column);
* 6 The future service: the PGCert itself, in numbered sub-sections
  6.1-6.22 written as Heading 2 (the sub-section numbers collide with
  requirement ids: "6.2 Aims", "6.7 Safeguarding" etc. are NOT the ids);
  a module table and an assessment table;
* 7 Quality assurance and evaluation; 8 Improvement plan (a table with a
  Status column: Complete / In progress / Planned / Not started /
  Deferred / Under consideration);
* Appendix A: where each national outcome is developed and assessed, in
  the Centre's own short wording, with merged, shaded group rows;
  Appendix B: the review team and consultees.
* Header and footer (with PAGE / NUMPAGES fields), real Word footnotes
  (citations, and one deferral of participants' checks to employers), two
  Word comments.

Traps (requirement ids affected)
--------------------------------
* Benchmarking (section 3) describes OTHER providers: the University of
  Tarrow's direct-assessment route, the Redbourne consortium's placement
  week, Oxenbridge's fully online route. None is the programme's (2.3, 5.5,
  3.3). The old Westholme Certificate's placement in a special school ended
  in 2006 (past arrangement, 5.5).
* The review consulted the county Youth Council's Voice Panel: that is the
  review's own consultation of young people, not participants' skills in
  consulting pupils (1.5). In the programme "Listening to children" is only
  a session title, and 6.S7 is recorded only in the formative Log (1.5,
  6.S7 partially met).
* 6.11 and R7 decline a direct-assessment route for the first two cohorts,
  "to be revisited in the 2011 review" (2.3 not met: negation plus deferral).
* 6.7 "Safeguarding" is about tutors' and guest contributors' CRB checks; a
  footnote says participants' checks are "a matter for their employing
  schools"; a Word comment asks whether that is enough (comment not part of
  the submission). No system to verify participants' checks (5.3 not met).
* 6.5 Currency of content: only general words ("kept current", reading
  lists "reviewed"); the research and inspection reports cited are the
  REVIEW's sources in sections 2-3 (footnotes), not programme content
  (1.3 partially met).
* 6.13 WestNet: materials, submission and peer forums; "tutors do not
  moderate them"; tutor queries only at study days and tutorials (3.3
  partially met: peers yes, tutor support between sessions no).
* 6.14 Equality: a statement of compliance with the council's scheme and
  accessible buildings; no arrangement for disclosure or adjustments for
  participants (3.1 partially met).
* 6.15 Visits: specialist contributors are concrete, but placements only
  "may arrange ... through their own networks" (5.5 partially met).
* 6.18 Mentors: heads are "asked to name a mentor" with no briefing; the
  improvement plan's mentor guidance is "Not started" (5.7 partially met).
* 6.22 "At the end of the programme": invitation to the MA and the annual conference only; no
  help to set professional targets (2.5 partially met).
* 7 Evaluation: confidence and competence re-rated at the end (concrete);
  pupils' achievement only "would like in future" / "Under consideration"
  (5.9 partially met). Stakeholder Reference Group "will be established",
  status "Not started": stakeholders deliver and assess but are not yet
  involved in evaluation (4.3 partially met).
* Blanket claim in 6.19: "every one of the national minimum outcomes is
  mapped to the programme and assessed" while Appendix A shows outcomes
  only in the unmarked Log (6.A3, 6.A7, 6.S7), "Not separately assessed"
  (6.K4), "-" (6.S2c), assessed only "where the project involves support
  staff" (6.S4), "Not covered in 2009-10" with another service's briefing
  named instead (6.S2d not met), and no row at all for problem solving and
  judgement (6.A4 not met). Hence 1.9 and 6.0 partially met.
* The benchmarking table has rows headed "Assessment-only" and "Placement"
  whose "Yes" cells belong to other providers; the Centre's own column
  says "No" and a placement "until 2006".

Met verdicts that may look like traps
-------------------------------------
* 2.1: the old unaccredited certificate "cannot be used for credit" but its
  evidence may support an experiential claim; the APCL/APEL arrangement is
  concrete.
* 4.1 / 4.2: the consultation table ties findings to design changes.
* 5.8: double marking, moderation meeting, University moderation, external
  examiner, assessment board.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "fc-01-westholme-service-review.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin = Cm(2.2)
sec.bottom_margin = Cm(2.0)

# ---------------------------------------------------------------- helpers


def runs(par, text):
    """Add text to a paragraph; **x** is bold, __x__ is italic."""
    import re
    parts = re.split(r"(\*\*[^*]+\*\*|__[^_]+__)", text)
    out = []
    for part in parts:
        if not part:
            continue
        if part.startswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        elif part.startswith("__"):
            r = par.add_run(part[2:-2])
            r.italic = True
        else:
            r = par.add_run(part)
        out.append(r)
    return out


def P(text="", style=None, align=None, space_after=6):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    runs(p, text)
    p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for it in items:
        P(it, style="List Bullet", space_after=2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        rs = runs(p, line)
        for r in rs:
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)


def table(rows, widths, header=True, size=9, head_fill="D9E2F3"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, head_fill)
    for j, w in enumerate(widths):
        for row in t.rows:
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def merge_row(t, i, text, fill="EDEDED", size=9):
    row = t.rows[i]
    a = row.cells[0].merge(row.cells[-1])
    cell_text(a, text, bold=True, size=size)
    shade(a, fill)


def add_field(par, instr):
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = par.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = par.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    par.add_run("1")
    r4 = par.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


# footnotes part ---------------------------------------------------------
FOOTNOTES = []


def footnote(par, text):
    """Append a real footnote reference to par; text goes into footnotes.xml."""
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = par.add_run()
    r._r.append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:vertAlign w:val="superscript"/></w:rPr>'))
    r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{fid}"/>'))


def write_footnotes():
    from xml.sax.saxutils import escape
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in FOOTNOTES:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Westholme County Council  |  Children's Services  |  Service Review CS/SR/08/06"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Final report, approved by DMT 17 November 2008  |  Not protectively marked  |  Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(8)
add_field(fp, "NUMPAGES")

# ---------------------------------------------------------------- cover
P("**WESTHOLME COUNTY COUNCIL**", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
P("Children's Services: Learning and Achievement", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = t.add_run("Service Review: Training and Development for Special Educational Needs Coordinators")
rr.bold = True
rr.font.size = Pt(18)
rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
P("Final Report of the Review Team", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)

table([
    ["Service under review", "SENCO training and development provided by the Westholme Centre for Professional Development (WCPD), a traded service of the Council"],
    ["Review sponsor", "Martin Oakes, Assistant Director (Learning and Achievement)"],
    ["Review lead", "Gillian Frear, Head of the Westholme Centre for Professional Development"],
    ["Review period", "April to October 2008"],
    ["Status", "Final. Approved by the Children's Services Directorate Management Team on 17 November 2008 (minute DMT/08/214)"],
    ["Reference", "CS/SR/08/06"],
    ["Circulation", "DMT; Schools Forum (for information); University of Brancaster Partnership Office; Training and Development Agency for Schools, with the note below"],
], [4.2, 12.2], header=False, size=9)

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
nc = note.cell(0, 0)
shade(nc, "FFF2CC")
cell_text(nc, "**Note for the TDA approval panel, February 2009**", size=9.5)
for line in [
    "This is the final report of the Council's review of its training for SENCOs, sent as it was approved. "
    "The programme for which we are seeking approval, the Westholme and Brancaster Postgraduate Certificate "
    "in Special Educational Needs Coordination, is the future service that the review recommends. Section 6 "
    "describes it and Section 7 sets out how it will be quality assured. Appendix A shows where each of the "
    "national minimum outcomes is developed and how it is assessed. Sections 2 to 5 record how the review "
    "team reached its recommendations.",
    "Gillian Frear, Head of Centre, on behalf of the Westholme and Brancaster partnership",
]:
    p = nc.add_paragraph()
    for rn in runs(p, line):
        rn.font.size = Pt(9.5)
doc.add_paragraph()

P("**Contents**", space_after=2)
for line in ["Executive summary and recommendations", "1  Scope and method", "2  Challenge", "3  Compare",
             "4  Consult", "5  Compete", "6  The future service", "7  Quality assurance and evaluation",
             "8  Improvement plan", "Appendix A  Where the national outcomes are developed and assessed",
             "Appendix B  Review team and those consulted"]:
    P(line, space_after=0)
doc.add_page_break()

# ---------------------------------------------------------------- executive summary
H("Executive summary", 1)
P("The Council has trained its own SENCOs since 1999 through the Westholme Certificate for SENCOs, a "
  "six-day course run at Castle Mead and paid for by schools. The Certificate was well liked but it carried "
  "no academic credit, fewer than half of those who started it completed the school-based task, and it was "
  "designed before the 2001 Code of Practice, Every Child Matters and the 2008 regulations on the SENCO role. "
  "In spring 2008 the Directorate Management Team asked for a review of the whole service before the national "
  "award for SENCOs was introduced.")
P("The review team found a clear and continuing need. Westholme appointed 61 new SENCOs in 2007-08, most of "
  "them in small rural primary schools where the SENCO is often also a class teacher or the headteacher. Heads "
  "told us that the cost of releasing staff and the distances involved matter more to them than the fee. "
  "SENCOs told us they want a qualification that counts, and help with the parts of the role that the old "
  "course barely touched: managing provision, leading colleagues and using data.")
P("The team compared the Certificate with four other programmes, consulted schools, SENCOs, parents and "
  "young people, and considered four options. It recommends that the Centre, in partnership with the "
  "University of Brancaster, replaces the Certificate with an accredited postgraduate programme meeting the "
  "national specification, offered in two routes so that schools in the north and west of the county are not "
  "disadvantaged.")
P("**Recommendations**", space_after=2)
table([
    ["Ref", "Recommendation", "Decision (DMT, 17 Nov 2008)"],
    ["R1", "That the Westholme Certificate for SENCOs closes after the 2007-08 cohort.", "Done"],
    ["R2", "That from September 2009 the Centre offers a 60-credit Postgraduate Certificate in SEN Coordination, validated and awarded by the University of Brancaster and designed to the national specification.", "Agreed"],
    ["R3", "That the programme runs in two routes: a daytime route at Castle Mead starting in September, and a twilight route at the North and West area bases starting in January.", "Agreed"],
    ["R4", "That the fee to schools is held at £1,650 for 2009-10, payable in three termly instalments.", "Agreed"],
    ["R5", "That the tutor team combines Centre advisers, the Council's specialist services and University staff, with a University link tutor.", "Agreed"],
    ["R6", "That a Stakeholder Reference Group is set up to advise the Centre on the programme.", "Agreed"],
    ["R7", "That a direct-assessment route for experienced SENCOs is not offered to the first two cohorts and is looked at again in the 2011 review.", "Deferred"],
    ["R8", "That the programme is evaluated each year through the Joint Programme Committee, using the evidence set out in Section 7.", "Agreed"],
    ["R9", "That the Centre applies to the TDA for approval as a provider of the national award.", "Agreed"],
], [1.2, 11.2, 4.0])

# ---------------------------------------------------------------- 1 scope
H("1  Scope and method", 1)
P("The review covered all training and support that the Centre provides for SENCOs: the Westholme Certificate, "
  "the termly SENCO Forum meetings in three areas, the annual SENCO Conference and the Centre's SEN Resource "
  "Library. It did not cover the training that the Council's specialist support services provide directly to "
  "schools, or the induction programme for newly qualified teachers.")
P("The review followed the Council's service review framework, which asks four questions of every service:")
bullets([
    "**Challenge**: why is the service provided at all, and for whom?",
    "**Compare**: how does it compare with similar services elsewhere, on cost and on quality?",
    "**Consult**: what do the people who use it, and those affected by it, think and need?",
    "**Compete**: is the Council the best body to provide it, and in what form?",
])
P("The review team (Appendix B) met seven times between April and October 2008. Its evidence came from the "
  "Certificate's records for 2003-2008, the January 2008 School Workforce Census, a survey of every Westholme "
  "school, three focus groups of SENCOs, the Headteachers' Consultative Group, the parent carers' forum "
  "Westholme Parents Together and the Youth Council's Voice Panel, and from published information about "
  "programmes elsewhere.")

# ---------------------------------------------------------------- 2 challenge
H("2  Challenge", 1)
H("2.1  Why the Council provides SENCO training", 2)
P("Westholme has 312 maintained schools: 263 primary, 36 secondary, 9 special schools and 4 pupil referral "
  "units. One in five pupils in the county is on the SEN register and 2.6 per cent have a statement. Most of "
  "the county's primary schools have fewer than 150 pupils; in 84 of them the SENCO is also the headteacher or "
  "a full-time class teacher.")
p = P("The SEN Code of Practice gives the SENCO a central part in the school's provision, and the 2008 "
      "regulations now require the SENCO in a maintained school to be a qualified teacher.")
footnote(p, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, in force from 1 September 2008.")
p = P("Ofsted's surveys of SEN provision found that the quality of provision depended heavily on how well it "
      "was led and coordinated in the school, and that the SENCO was too often left without the time or the "
      "standing to do the job.")
footnote(p, "Ofsted (2004) Special educational needs and disability: towards inclusive schools, HMI 2276; "
             "Ofsted (2006) Inclusion: does it matter where pupils are taught?, HMI 2535.")
P("Of the Section 5 inspection reports on Westholme schools published in 2007-08, 41 made a recommendation about "
  "the progress of pupils with learning difficulties and/or disabilities. The review team therefore agreed "
  "that the purpose of the service is not to train SENCOs for their own sake, but so that children and young "
  "people with SEN and/or disabilities in Westholme achieve more and are safer, healthier and happier at "
  "school. That purpose is written into the aims of the future service (6.2).")
H("2.2  How the current service performs", 2)
P("Between 2003 and 2008, 214 teachers started the Westholme Certificate and 201 attended all six days. "
  "Only 96 completed the school-based task, which was optional. Evaluations of the days were consistently "
  "good (an average of 4.4 out of 5), but the Certificate had no written assessment, no link to any "
  "qualification and no way of knowing whether what SENCOs learnt changed anything in their schools. Its "
  "content was last revised in 2002.")
P("The review team concluded that the Council should continue to provide SENCO training, but that the "
  "Certificate could not continue in its present form.")

# ---------------------------------------------------------------- 3 compare
H("3  Compare", 1)
P("The team compared the Certificate with four other programmes for SENCOs that Westholme teachers have "
  "attended or asked about. The information comes from the providers' published material and from "
  "conversations with their programme leaders in June 2008, and describes those programmes as they were in "
  "2007-08.")
bt = table([
    ["", "Westholme Certificate (WCPD)", "University of Tarrow PGCert", "Redbourne and Hurstmoor Consortium", "Oxenbridge Teachers' Centre", "Eskmouth College Certificate"],
    ["", "", "", "", "", ""],
    ["Credits", "None", "60 at M level", "60 at M level", "30 at M level", "20 at level 6"],
    ["Fee 2007-08", "£420", "£2,300", "£1,900", "£1,250", "£780"],
    ["Taught days", "6", "10", "8 plus placement week", "None (online)", "5"],
    ["Routes", "Daytime only", "Daytime; summer school", "Daytime", "Online only", "Twilight"],
    ["Assessment-only", "No", "Yes, for SENCOs with 3+ years in post", "No", "No", "No"],
    ["Placement", "2 days in a special school (until 2006)", "No", "One week in a special school or resourced base", "No", "No"],
    ["Completion", "45% completed task", "81%", "88%", "52%", "n/k"],
    ["Travel from Stanbridge", "0", "72 miles", "48 miles", "Online", "55 miles"],
], [2.6, 2.8, 2.8, 2.9, 2.7, 2.6], size=8)
merge_row(bt, 1, "Features of each programme as described by its provider, 2007-08", fill="F2F2F2", size=8)
P("Three points stood out. First, every accredited programme costs schools considerably more than the "
  "Certificate, and the one nearest in cost is wholly online. Second, the two programmes with the best "
  "completion rates both build in time in schools other than the participant's own: the Redbourne and "
  "Hurstmoor Consortium's placement week was valued highly by the SENCOs we spoke to who had taken it. Third, "
  "the University of Tarrow's direct assessment of experienced SENCOs attracted few candidates (four in "
  "2007-08) and its programme leader told us it was costly to run for so few.")
P("On cost, a place on the programme recommended in Section 6 works out at £27.50 per credit to the school, "
  "against £38.33 at Tarrow and £31.67 at Redbourne and Hurstmoor, before travel and supply cover are "
  "counted. Because the future service is taught in the county, the average return journey for a "
  "participant falls from over 100 miles to under 30.")

# ---------------------------------------------------------------- 4 consult
H("4  Consult", 1)
P("The team consulted widely between May and July 2008:")
bullets([
    "an online and paper survey sent to the headteacher and SENCO of every Westholme school (187 schools replied, 60 per cent);",
    "three focus groups of SENCOs, in Stanbridge, Market Aston and Brindle Cross (34 SENCOs in all);",
    "the Headteachers' Consultative Group (June 2008) and the Schools Forum (July 2008);",
    "Westholme Parents Together, the county's parent carers' forum, through a session organised by the Parent Partnership Service;",
    "the Youth Council's Voice Panel, a group of eleven young people aged 11 to 17, most of whom have SEN and/or disabilities, who were asked what makes a good SENCO;",
    "the Principal Educational Psychologist and the heads of the Council's Sensory, Autism Outreach, Behaviour Support and Learning Support services, and the Primary Care Trust's speech and language therapy manager.",
])
P("What the team heard, and what the future service does about it, is summarised below. Each change was "
  "agreed with the University's School of Education when the programme was designed in September and "
  "October 2008.")
table([
    ["What we heard", "What the future service does"],
    ["Releasing a teacher for whole days is the biggest barrier (71% of heads); travel to Stanbridge takes half a day from the north and west of the county.", "A twilight route at two area bases, Market Aston and Brindle Cross, alongside the daytime route (6.12)."],
    ["SENCOs want the training to count towards a qualification (83% of SENCOs).", "A 60-credit postgraduate certificate awarded by the University of Brancaster, which can count towards its MA (6.1)."],
    ["SENCOs want more on leading provision: provision mapping, managing teaching assistants, coaching colleagues and using data (the three commonest requests).", "A whole module, EDM743, on leading provision and people (6.3)."],
    ["Heads want to see a difference in their school, not only in the SENCO.", "Every module's assessment is set in the participant's own school and T3 is a change project agreed with the head (6.4, 6.19)."],
    ["Parents want SENCOs who listen to them and explain things plainly; several described meetings where they felt talked over.", "The Parent Partnership Service and parent carers from Westholme Parents Together lead the 'Working with families' day, and T2 includes a planning meeting with the pupil's parents (6.21)."],
    ["The Voice Panel said a good SENCO 'doesn't make a fuss of you in front of the class' and 'asks you before they tell your mum'.", "The young people's comments are used in the 'Listening to children' session (6.21)."],
    ["Fees must not rise sharply; small schools cannot pay in one go.", "Fee held at £1,650 and payable in three instalments (R4)."],
], [7.8, 8.6])

# ---------------------------------------------------------------- 5 compete
H("5  Compete", 1)
P("The team considered four ways of providing SENCO training from 2009:")
table([
    ["Option", "Summary", "Assessment", "Decision"],
    ["A", "Close the Certificate and buy places for Westholme SENCOs on the University of Tarrow programme.", "Highest cost to schools; long travel; no local knowledge or links with the Council's services.", "Rejected"],
    ["B", "Keep the Certificate, updated, without accreditation.", "Cheapest, but would not meet the national specification and SENCOs want a qualification.", "Rejected"],
    ["C", "Replace the Certificate with a Centre-delivered postgraduate programme validated by a university.", "Keeps delivery local and the Council's specialists involved; moderate cost; needs a university partner.", "Preferred"],
    ["D", "Commission an independent training company to deliver an accredited programme.", "Two companies expressed interest; neither had a university partner in place.", "Rejected"],
], [1.4, 5.6, 6.4, 2.6])
P("Option C was preferred. Three universities were approached in July 2008; the University of Brancaster, "
  "whose School of Education already validates the Centre's Middle Leadership course, agreed to validate the "
  "programme under its collaborative provision arrangements.")

# ---------------------------------------------------------------- 6 future service
H("6  The future service: the Westholme and Brancaster Postgraduate Certificate in SEN Coordination", 1)
H("6.1  Accreditation and award", 2)
P("The programme was validated by the University of Brancaster's Partnership Validation Panel on 4 November "
  "2008, with two conditions that have since been met. It carries 60 credits at Masters level (level 7 of the "
  "Framework for Higher Education Qualifications) and consists of three 20-credit modules. Participants "
  "register as students of the University, which awards the Postgraduate Certificate. The credit can be "
  "carried into the University's MA in Education.")
H("6.2  Aims", 2)
P("The programme aims to raise the achievement and improve the well-being of children and young people with "
  "SEN and/or disabilities in Westholme schools, across all five Every Child Matters outcomes, by developing "
  "teachers who can lead and coordinate provision for them. Its objectives are that participants will:")
bullets([
    "know the law, guidance and local arrangements that govern SEN and disability, and apply them in their school;",
    "understand the needs of the pupils they are responsible for and the approaches that help them learn;",
    "lead colleagues, work with parents and carers and other services, and manage provision so that it makes a measurable difference to pupils.",
])
P("The aims are carried through into assessment. Each module's assessment criteria include the effect of the "
  "participant's work on pupils, and in T2 participants set targets for a pupil across the five outcomes and "
  "review progress against them after eight weeks.")
H("6.3  Structure and content", 2)
P("The programme has ten study days (or the equivalent in twilight sessions), two individual tutorials, four "
  "optional Focus Workshops and directed study in the participant's own school.")
table([
    ["Module", "Study days", "Main content", "Assessed by"],
    ["EDM741 The SENCO, the law and the inclusive school (20 credits)", "1 to 3", "The SEN framework: the Education Act 1996, the SEN Code of Practice 2001, the 2008 SENCO regulations; disability equality law and the school's accessibility plan and disability equality scheme; Every Child Matters and the SENCO's part in it; school self-evaluation and the SEF; working with the head and governors on policy.", "T1"],
    ["EDM742 Understanding and meeting needs (20 credits)", "4 to 6", "How children develop and what affects their development; the commonest types of SEN (behavioural, emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, autism, moderate learning difficulties); assessment and planning; ICT and assistive technology; multi-agency working and the Common Assessment Framework; working with families; listening to children.", "T2"],
    ["EDM743 Leading provision and people (20 credits)", "7 to 10", "Provision mapping and costing; deploying and managing teaching assistants; using data to track progress, including national tests, P scales and the school's tracking system; assessment for learning; coaching and developing colleagues; leading change; evaluating provision for the school's self-evaluation.", "T3"],
], [4.0, 1.7, 8.6, 2.1])
P("The Focus Workshops, of which participants choose four, are twilight sessions on: dyslexia; autism; speech "
  "and language; behaviour; sensory impairment; assistive technology; annual reviews and statements; and "
  "transition. They are run by the Council's specialist services.")
H("6.4  Links with practice in schools", 2)
P("Each module ends with directed tasks in the participant's own school, agreed with their head, and every "
  "assessment is based on the participant's school. T3 is a change project chosen with the head from the "
  "school development plan: participants plan it in EDM743, carry it out over a term, and present it to a "
  "panel. During the design stage four Westholme schools tried out the T3 brief with their SENCOs, and their "
  "comments changed its wording.")
H("6.5  Keeping content current", 2)
P("The tutor team and the University will keep the content of the modules current. Reading lists are reviewed "
  "each year and tutors are expected to draw on recent research and national developments in their sessions.")
H("6.6  Entry and selection", 2)
P("Applicants must hold QTS, be in post as SENCO or designated to take on the role within the year, and have "
  "the written support of their head, who agrees to the release and to the school-based tasks. The application "
  "form asks about the applicant's experience, previous study and the SEN context of their school. The "
  "programme leader then has a 20-minute telephone conversation with every applicant to check that they can "
  "benefit from the programme and are likely to reach the outcomes in the time. Where this is doubtful, for "
  "example where a teacher has only just qualified or has had little contact with pupils with SEN, the "
  "programme leader writes to the applicant and their head recommending the Centre's ten-session course "
  "'Stepping into SENCO' first, and suggests what the school can do to prepare them, such as shadowing an "
  "experienced SENCO in the cluster.")
H("6.7  Safeguarding", 2)
p = P("All Centre tutors, associate tutors and guest contributors hold an enhanced CRB disclosure, obtained "
      "through the Council's CRB Unit and renewed every three years. Guest contributors who are not Council "
      "employees are asked for a copy of their disclosure before their first session.")
footnote(p, "Participants are employed teachers; their own checks are a matter for their employing schools.")
crb_par = p
H("6.8  Prior learning", 2)
P("Applicants with earlier study or experience can claim credit under the University's regulations for the "
  "accreditation of prior learning. Up to 20 credits (one module) may be claimed, either for certificated "
  "study at Masters level (APCL) or for experience, through a portfolio mapped to that module's outcomes "
  "(APEL). Claims are made before the programme starts, advised by the programme leader and decided by the "
  "University's APL Officer. The Westholme Certificate cannot be used for credit as it was never credit-"
  "rated, but the school-based task that some holders completed may form part of an APEL claim.")
H("6.9  Starting point and individual plan", 2)
P("Before the first study day each participant completes the Starting Point Profile, in which they rate "
  "themselves against each of the national outcomes and give an example of their practice; their head adds a "
  "comment. In the fortnight before the course the participant's personal tutor discusses the profile with "
  "them for about 45 minutes, and together they write an Individual Development Plan. The plan records the "
  "outcomes that need most attention, the Focus Workshops the participant will take, the focus of each "
  "assignment and the participant's own targets for the year. It is reviewed at the mid-point tutorial and "
  "again at the end.")
H("6.10  Tailoring and cost", 2)
P("Within the common programme, participants choose their Focus Workshops and the focus of each assignment to "
  "suit their school and their plan. Tutorials are individual. A participant who is already confident in an "
  "area, as shown by the Starting Point Profile, may use that module's directed study time for a related "
  "task agreed with the tutor. The fee of £1,650 includes all teaching, tutorials, materials, University "
  "registration and the Focus Workshops, and compares favourably with the alternatives (Section 3).")
H("6.11  Direct assessment", 2)
P("The review team looked carefully at direct assessment for experienced SENCOs (Section 3). It is not "
  "recommended for 2009-10 or 2010-11: every participant in the first two cohorts will follow the taught "
  "programme. The question is to be revisited in the 2011 review.")
H("6.12  Routes and timing", 2)
P("There are two routes, with the same modules, assessments and tutors:")
bullets([
    "**Route A (daytime)**: ten Thursdays at Castle Mead, Stanbridge, starting in September, roughly every three weeks.",
    "**Route B (twilight)**: twenty sessions from 4.15 to 7.15 pm at the North Area Base in Market Aston or the West Area Base in Brindle Cross, starting in January, with two Saturday mornings.",
])
P("EDM741 and EDM742 can be taken in either order; EDM743 comes last because T3 builds on the other two. "
  "Participants may move between routes, take a module with a later cohort, or spread the programme over up "
  "to three years with their head's agreement.")
H("6.13  Online support", 2)
P("All session materials, readings and assignment briefs are on WestNet, the Council's learning platform, and "
  "assignments are submitted through it. Each route has a WestNet discussion forum where participants share "
  "resources and help one another between sessions. The forums are for participants; tutors do not moderate "
  "them. Questions for tutors are dealt with at study days and at the two tutorials.")
H("6.14  Equality and access", 2)
P("The Centre works within the Council's Single Equality Scheme and its duties under the Disability "
  "Discrimination Act. Castle Mead is fully accessible and both area bases have level access, accessible "
  "toilets and hearing loops.")
H("6.15  Specialist contributors and visits", 2)
P("The Council's specialist services contribute throughout: educational psychologists lead sessions on "
  "assessment and on behaviour; the Sensory Support Service, Autism Outreach Team and Learning Support "
  "Service run Focus Workshops; a PCT speech and language therapist teaches the communication session; and "
  "Connexions and the Parent Partnership Service contribute to EDM742.")
P("The Certificate's two days in a special school were withdrawn in 2006 because schools could not meet the "
  "cost of cover. In the new programme participants may arrange a visit to a special school or resourced "
  "base through their own networks, and the Centre can suggest contacts.")
H("6.16  Resources", 2)
P("Participants have the use of the Centre's SEN Resource Library at Castle Mead (about 2,400 books and "
  "journals, and a loan collection of standardised assessment materials), the assistive technology room with "
  "text-to-speech, word prediction, symbol software and switch-access equipment, and a 16-place ICT suite. A "
  "book box of core texts goes to each area base for Route B. As University students, participants also have "
  "full access to the University of Brancaster library, including electronic journals from home through an "
  "Athens account.")
H("6.17  Staffing", 2)
table([
    ["Name and role on the programme", "Qualifications", "Current work"],
    ["Sarah Whitlock, programme leader, tutor EDM741 and EDM743", "MA (Inclusive Education), NPQH", "Senior Adviser (SEN), Westholme; SENCO in two Westholme schools for 11 years"],
    ["Dr Helen Castellan, University link tutor, tutor EDM741", "PhD, PGCE, Fellow of the Higher Education Academy", "Senior Lecturer in Inclusive Education, University of Brancaster; external examiner for two SEN programmes"],
    ["Mark Penrose, tutor EDM742", "MA (SpLD), AMBDA", "Area SENCO (North); leads the county's dyslexia network"],
    ["Lydia Osei, tutor EDM742", "MEd (Autism)", "Advisory Teacher, Autism Outreach Team"],
    ["Denise Carver, associate tutor EDM743", "MA (Educational Leadership)", "Former head of Ashcott Primary; School Improvement Partner for eight Westholme schools"],
    ["Dr Paul Ennis, guest tutor", "DEdPsy, chartered psychologist", "Senior Educational Psychologist, Westholme"],
], [5.2, 4.6, 6.6])
P("All tutors spend at least five days a year on their own professional development, recorded in their "
  "performance review, and meet termly with the link tutor to review content.")
H("6.18  Tutors and mentors", 2)
P("Tutors who are not University staff are given Associate Lecturer status by the University. Before the "
  "first cohort, every tutor attends the University's one-day induction for associate lecturers and a "
  "programme day led by the programme leader and link tutor, covering the modules, the assessment criteria, "
  "marking and feedback, and the tutorial system. The Tutor Handbook sets out each tutor's responsibilities.")
P("Each participant's head is asked to name a mentor in school, usually a senior leader, who will support the "
  "participant with the school-based tasks and the change project.")
H("6.19  Assessment and award", 2)
table([
    ["Task", "Module", "What the participant does", "Weighting"],
    ["T1", "EDM741", "A critical review (4,000 words) of the school's SEN policy and accessibility plan against the law, the Code and Every Child Matters, with recommendations to the head and governors.", "100% of EDM741"],
    ["T2", "EDM742", "A case study (4,000 words) of provision for one pupil: assessment drawing on reports from other professionals, targets across the five outcomes, a planning meeting with the pupil's parents, an intervention and its review after eight weeks.", "100% of EDM742"],
    ["T3", "EDM743", "A change project (4,000-word report and a 15-minute presentation to a panel of a tutor and a Westholme headteacher) on leading an improvement in provision, including leading a development session for colleagues and evaluating the project with staff.", "80% report, 20% presentation"],
    ["Log", "All", "The Professional Development Log, kept throughout and discussed at tutorials. It is not graded.", "None"],
], [1.2, 1.8, 10.6, 2.8])
P("To gain the Postgraduate Certificate a participant must pass all three tasks at the Masters-level pass mark "
  "of 50 per cent. Appendix A shows that every one of the national minimum outcomes is mapped to the programme "
  "and assessed.")
H("6.20  Marking and moderation", 2)
P("All T1 and T2 scripts are marked by the module tutor against the University's Masters-level criteria. A "
  "second tutor blind-marks a 25 per cent sample and every script below 55 per cent, and the two agree a mark. "
  "The tutor team meets after each submission to moderate. The University's module leader then moderates a "
  "sample, and the external examiner appointed by the University sees a sample from every task, including "
  "recordings of T3 presentations, before the University's Assessment Board confirms the marks.")
H("6.21  Colleagues, parents and pupils", 2)
P("**Colleagues.** EDM743 teaches coaching and the leading of staff development, and in T3 each participant "
  "leads a development session for colleagues and evaluates it with them. Participants work in cluster "
  "groups with SENCOs from neighbouring schools for their directed tasks, and the programme leader links each "
  "group to its Area SENCO.")
P("**Parents and carers.** The 'Working with families' day is planned and taught by the Parent Partnership "
  "Service with two parent carers from Westholme Parents Together. It covers listening to parents, explaining "
  "provision and resolving disagreements early. In T2 each participant holds and writes up a planning meeting "
  "with the pupil's parents, and the tutor assesses how the participant worked with them.")
P("**Pupils.** EDM742 includes a session, 'Listening to children', on the Code of Practice chapter on pupil "
  "participation and the UN Convention on the Rights of the Child.")
H("6.22  At the end of the programme", 2)
P("On completion, participants are invited to continue to the University's MA in Education, carrying their 60 "
  "credits with them, and to the Centre's annual SENCO Conference and area Forum meetings.")

# ---------------------------------------------------------------- 7 QA
H("7  Quality assurance and evaluation", 1)
P("The programme is run under a partnership agreement between the Council and the University. A Joint "
  "Programme Committee, chaired by the University's Head of Partnerships with the Head of Centre, the "
  "programme leader and the link tutor, meets each term and receives all the "
  "evidence below.")
P("**Internal evaluation.** Participants complete a short evaluation at the end of every study day and a "
  "fuller questionnaire at the end of each module. Tutors review each module at the tutor team meeting that "
  "follows it. The programme leader writes an annual programme review each July, drawing on the evaluations, "
  "the marks, completion and withdrawal figures and tutors' comments, with an action plan for the following "
  "year.")
P("**External evaluation.** The external examiner reports each year to the University, and the University's "
  "annual monitoring process reviews the programme review and action plan. The Council's Quality Review Team "
  "includes the Centre in its cycle of service audits every three years.")
P("**Using the evidence.** The Joint Programme Committee agrees the action plan each September, and changes to "
  "content, timing or assessment are made through the University's modification procedures. Actions and "
  "their outcomes are reported in the following year's review.")
P("**Participants' competence and confidence.** At the end of the programme participants complete the "
  "Starting Point Profile again. Comparing the two profiles for each participant, and across the cohort, "
  "shows the change in confidence and in tutors' judgement of competence against each outcome. The Centre "
  "would like in future to find a way of collating evidence of the difference the programme makes to pupils' "
  "progress.")
P("**Stakeholders.** The Council's specialist services, the Parent Partnership Service, parent carers and "
  "headteachers teach on the programme and sit on T3 panels. A Stakeholder Reference Group (R6), with "
  "heads, SENCOs, parents and the specialist services, will be established to advise on how the programme is "
  "evaluated.")

# ---------------------------------------------------------------- 8 improvement plan
H("8  Improvement plan", 1)
ip = table([
    ["No.", "Action", "Lead", "By", "Status"],
    ["1", "Programme validated by the University of Brancaster", "GF / HC", "Nov 2008", "Complete"],
    ["2", "WestNet course areas, submission area and forums set up", "SW", "Jan 2009", "Complete"],
    ["3", "Tutor induction and programme day", "SW / HC", "Jul 2009", "Planned"],
    ["4", "Recruit first cohort (Route A) and hold entry conversations", "SW", "Jun 2009", "In progress"],
    ["5", "Stakeholder Reference Group set up", "GF", "Mar 2009", "Not started"],
    ["6", "Guidance notes for school mentors written", "SW", "Sep 2009", "Not started"],
    ["7", "Way of collating evidence of impact on pupils", "SW / HC", "Sep 2010", "Under consideration"],
    ["8", "Direct-assessment route", "GF", "2011 review", "Deferred"],
    ["9", "Application to the TDA", "GF", "Feb 2009", "In progress"],
], [1.0, 8.6, 2.2, 2.2, 2.6])

# ---------------------------------------------------------------- Appendix A
doc.add_page_break()
H("Appendix A  Where the national outcomes are developed and assessed", 1)
P("Outcomes are given in short form; the full wording is in the national specification. 'Log' is the "
  "Professional Development Log, which is not graded.")
rows = [["National outcome (short form)", "Developed in", "Assessed in"]]
groups = {}
data = [
    ("G", "Professional attributes"),
    ("R", "Fair, respectful relationships with pupils with SEN and their parents or carers", "EDM742 day 5 ('Working with families')", "T2"),
    ("R", "Gaining the commitment of colleagues, the head and senior leaders", "EDM743 day 9 ('Leading change')", "T3 report and presentation"),
    ("R", "Prioritising, managing time and delegating", "Tutorials; Log", "Log"),
    ("R", "Speaking and writing clearly; listening to others", "All modules", "T1, T2, T3; T3 presentation"),
    ("R", "Using research and outside advice to improve practice", "All modules; Focus Workshops", "T1, T3"),
    ("R", "Keeping up to date; own CPD", "Log; final tutorial", "Log"),
    ("G", "Professional knowledge and understanding"),
    ("R", "SEN law, the Code of Practice and their implications", "EDM741 days 1-2", "T1"),
    ("R", "Every Child Matters and the SENCO's part in it", "EDM741 day 2", "T1, T2"),
    ("R", "Disability equality law and what it requires", "EDM741 day 2", "T1 (accessibility plan)"),
    ("R", "How children develop; what affects development", "EDM742 day 4", "Not separately assessed"),
    ("R", "Common types of SEN and how they affect learning", "EDM742 days 4-6; Focus Workshops", "T2"),
    ("R", "Approaches, strategies and resources, including ICT", "EDM742 day 6; assistive technology workshop", "T2"),
    ("R", "School self-evaluation and improvement", "EDM741 day 3", "T1"),
    ("R", "Best practice and research on meeting SEN", "All modules", "T1, T3"),
    ("R", "External agencies and how to get support", "EDM742 day 5", "T2"),
    ("G", "Professional skills"),
    ("R", "Strategic development of an inclusive ethos, policies and resources, with senior colleagues and governors", "EDM741 day 3; EDM743", "T1 (recommendations to governors)"),
    ("R", "Identifying needs, setting targets, planning interventions and reviewing progress", "EDM742 days 4-6", "T2"),
    ("R", "- using assessments by other professionals", "EDM742 day 5", "T2"),
    ("R", "- using summative assessment and national tests to track progress", "EDM743 day 8", "T3"),
    ("R", "- encouraging colleagues' formative assessment", "EDM743 day 8", "-"),
    ("R", "- special arrangements for tests and examinations", "Not covered in 2009-10: see the County's Assessment Coordinators' briefings", "-"),
    ("R", "Provision mapping; finding ineffective or missing provision", "EDM743 day 7", "T3"),
    ("R", "Deploying and managing staff", "EDM743 day 7", "T3 where the project involves support staff"),
    ("R", "Supporting colleagues' professional development", "EDM743 day 9", "T3 (development session)"),
    ("R", "Reviewing provision with staff to inform self-evaluation", "EDM743 day 10", "T3"),
    ("R", "Involving pupils in planning and reviewing their provision", "EDM742 day 5 ('Listening to children')", "Log"),
    ("R", "Liaising with parents and carers", "EDM742 day 5", "T2 (planning meeting)"),
    ("R", "Working with other services and agencies, including voluntary organisations", "EDM742 day 5", "T2"),
]
group_rows = []
for d in data:
    if d[0] == "G":
        group_rows.append(len(rows))
        rows.append([d[1], "", ""])
    else:
        rows.append([d[1], d[2], d[3]])
at = table(rows, [7.4, 5.2, 3.8], size=8.5)
for gi in group_rows:
    merge_row(at, gi, rows[gi][0], fill="DEEAF6", size=8.5)

# ---------------------------------------------------------------- Appendix B
H("Appendix B  Review team and those consulted", 1)
table([
    ["Review team", "Role"],
    ["Gillian Frear (lead)", "Head of the Westholme Centre for Professional Development"],
    ["Sarah Whitlock", "Senior Adviser (SEN)"],
    ["Dr Helen Castellan", "Senior Lecturer in Inclusive Education, University of Brancaster"],
    ["Dr Ruth Penberthy", "Principal Educational Psychologist"],
    ["Clive Dunmore", "Headteacher, Ashcott Primary School; Schools Forum"],
    ["Anita Varma", "SENCO, Stanbridge High School; chair of the County SENCO Forum"],
    ["Jo Tulliver", "Manager, Westholme Parent Partnership Service"],
    ["Peter Hale", "Finance Business Partner, Children's Services"],
], [6.0, 10.4])
P("The team is grateful to the 187 schools that replied to the survey, the SENCOs who came to the focus "
  "groups, the members of Westholme Parents Together and the Voice Panel, and the programme leaders of the "
  "programmes described in Section 3.")

# ---------------------------------------------------------------- comments
doc.add_comment(crb_par.runs[0], text="Is this enough? The TDA asks about participants' checks as well as our own staff. MO",
                author="Martin Oakes", initials="MO")
doc.add_comment(ip.cell(7, 1).paragraphs[0].runs[0],
                text="Helen thinks the University's research office might help with this, but nothing is agreed. GF",
                author="Gillian Frear", initials="GF")

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
