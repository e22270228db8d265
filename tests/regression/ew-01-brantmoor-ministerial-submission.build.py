"""ew-01-brantmoor-ministerial-submission: build script.

Provider (invented): the Brantmoor Challenge Programme Office. The Brantmoor
Challenge is a Department-funded, three-year (2008-11) area-wide school
improvement programme across five boroughs (Brantmoor, Hesketh, Orrelton,
Calderside, Thornley), with a Challenge Director, Challenge Advisers and a
Challenge Board. It applies with Medlock University (School of Education and
Childhood Studies), which validated a 60-credit PG Certificate in SEN
Coordination on 4 February 2009.

Kind of document: a civil-service ministerial submission, as cleared, sent to
the TDA as the application with a short shaded "Note for the TDA approval
panel" on top. Layout: a front-sheet table (From / Cleared by / Date / To /
Copies / Issue / Timing / Recommendations, with a merged recommendations row),
bold capitalised typed section titles (SUMMARY, BACKGROUND, ARGUMENT, OPTIONS
CONSIDERED, COSTS AND VALUE FOR MONEY, HANDLING, EQUALITY AND LEGAL,
COMMUNICATIONS) with typed paragraph numbers 1-36 and hanging indents;
six annexes under Heading 1: A the programme in outline (paragraphs A1-A11,
whose codes collide with the outcome codes 6.A1-6.A7), B an outcome table
with merged group rows, C quality assurance and evaluation (C1-C7, with a
QA-by-stage table), D what schools and boroughs told us (table), E costs
(table), F the Minister's Private Office reply as an email-style memo.
Page header "RESTRICTED - POLICY"; footer with reference and a PAGE field.
Two real Word footnotes (citations only: the SENCO Regulations and the
University's regulations; no arrangement depends on them). Tracked changes
made after clearance: a whole deleted outcome row (disability equality), a
deleted sentence in Annex C (stakeholders on the Programme Committee), an
inserted sentence in Annex A (Saturday repeats of Award Days).

Traps (requirement ids):
- Distant negation by a later decision: Annex A, A8 describes an
  assessment-only route "subject to recommendation (c)"; Annex F records
  that the Minister does not agree (c) and the route is not offered in
  2009-10 (2.3 not_met).
- Wrong context / deferral: CRB disclosures are held by Challenge Advisers
  and tutors; participants' suitability is left to employers (para 29)
  (5.3 not_met).
- Intention only: a "next steps" session is something officials "will
  explore" for 2010 (para 18) (2.5 not_met).
- Another provider's route: Option 2 describes Northbridge University's
  online award with moderated forums and e-tutors; our own StudySpace is a
  library and post-box with "no online tutoring" (A11) (3.3 partially_met).
- Past arrangement: Thornley's special-school placement in the old borough
  inductions has ended (para 7); A9 says "There are no placements" and
  visits are left to participants (5.5 partially_met).
- Generic statements: research and inspection "latest research" (para 13)
  (1.3 partially_met); equality screening and "policies will apply"
  (para 31) (3.1 partially_met).
- Topic only: "pupil voice" on Day 5 (1.5, 6.S7 partially_met); a single
  parents session on Day 7 (1.7, 6.S8 partially_met).
- Deleted tracked change that does not decide the verdict: the sentence
  putting borough SEN leads and participants on the Programme Committee is
  deleted (C2), and the Board only "will receive" the annual report; but
  headteachers answer an end-of-programme questionnaire (C7), Linton
  Research interviews participants and heads (C4), and stakeholders lead
  sessions and host Circles (Annex D) (4.3 met, not on the strength of the
  deleted sentence).
- Practice Partners get only a letter; tutors a generic induction (5.7
  partially_met).
- Pupil impact only hoped for (para 17, C7) while confidence is measured
  (5.9 partially_met).
- Blanket claim "Annex B shows that every national outcome is taught and
  assessed" (para 12) against Annex B: Circle log "formative; not marked"
  (6.A3, 6.A7 partially_met), "-" in the assessed column (6.S2c, 6.S7, 6.S8
  partially_met), the disability equality row deleted though Day 1 teaches it
  (6.K3 partially_met), no row and no content for child development (6.K4
  not_met) or access arrangements for tests (6.S2d not_met). Hence 1.9 and
  6.0 (award on passing the three assignments) partially_met.
- Inserted tracked change counts: Saturday repeats (3.2 met, with two
  intakes and module order).
- Paragraph codes A1-A11 in Annex A collide with outcome codes 6.A1-6.A7.
- Header/footer carry nothing that counts.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "ew-01-brantmoor-ministerial-submission"
OUT = HERE / f"{NAME}.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
doc.styles["Heading 1"].font.size = Pt(13)
doc.styles["Heading 2"].font.size = Pt(11)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin = sec.bottom_margin = Cm(2.0)

# ---------------------------------------------------------------- helpers
_rev = [100]


def rid():
    _rev[0] += 1
    return str(_rev[0])


AUTHOR = "H Marsden (Programme Office)"
DATE = "2009-03-18T10:12:00Z"


def para(text="", bold=False, italic=False, align=None, size=None, space_after=6, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def title(text):
    p = para(text, bold=True, space_after=6)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    return p


def subtitle(text):
    p = para(text, bold=True, italic=False, space_after=4)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    return p


def npara(num, text, indent=1.0):
    """A paragraph with a typed number and a hanging indent."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent)
    p.paragraph_format.first_line_indent = Cm(-indent)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent))
    p.paragraph_format.space_after = Pt(6)
    p.add_run(f"{num}\t{text}")
    return p


def sub(letter, text, indent=1.0, hang=0.8):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(indent + hang)
    p.paragraph_format.first_line_indent = Cm(-hang)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(indent + hang))
    p.paragraph_format.space_after = Pt(3)
    p.add_run(f"{letter}\t{text}")
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None):
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
        p.paragraph_format.space_after = Pt(2)


def table(rows, widths, header=True, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            c.width = Cm(widths[j])
            if header and i == 0:
                shade(c, "D9D9D9")
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def ins_run(p, text):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), rid())
    ins.set(qn("w:author"), AUTHOR)
    ins.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def del_run(p, text):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), rid())
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def delete_row(row):
    """Mark a whole table row as a tracked deletion."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), rid())
    d.set(qn("w:author"), AUTHOR)
    d.set(qn("w:date"), DATE)
    trPr.append(d)
    for c in row.cells:
        for p in c.paragraphs:
            texts = [r.text for r in p.runs]
            rpr = None
            for r in list(p.runs):
                if r._r.rPr is not None and rpr is None:
                    rpr = r._r.rPr
                p._p.remove(r._r)
            dl = OxmlElement("w:del")
            dl.set(qn("w:id"), rid())
            dl.set(qn("w:author"), AUTHOR)
            dl.set(qn("w:date"), DATE)
            r = OxmlElement("w:r")
            if rpr is not None:
                r.append(rpr)
            t = OxmlElement("w:delText")
            t.set(qn("xml:space"), "preserve")
            t.text = "".join(texts)
            r.append(t)
            dl.append(r)
            p._p.append(dl)


# footnotes part -------------------------------------------------------
FOOTNOTES = {}


def footnote(p, text):
    n = len(FOOTNOTES) + 1
    FOOTNOTES[n] = text
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    p._p.append(r)


def write_footnotes():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = [
        f'<w:footnotes xmlns:w="{W}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in FOOTNOTES.items():
        body.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    body.append("</w:footnotes>")
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        "".join(body).encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    compat = settings.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(fpr)
    else:
        settings.append(fpr)


# header and footer ----------------------------------------------------
hp = sec.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hr = hp.add_run("RESTRICTED \u2013 POLICY")
hr.bold = True
hr.font.size = Pt(9)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fr = fp.add_run("Brantmoor Challenge Programme Office \u2013 Submission BC/SUB/09/031 \u2013 page ")
fr.font.size = Pt(8)
fld = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>')
fp._p.append(fld)

# ================================================================ cover note
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "EDEDED")
cell_text(c, "NOTE FOR THE TDA APPROVAL PANEL", bold=True, size=10)
for line in [
    "Brantmoor Challenge and Medlock University: application for approval to provide the National Award for SEN Coordination",
    "Your invitation asked applicants to describe the proposed programme against the specification and to show that "
    "sponsors and partners have agreed it. The Brantmoor Challenge is funded and overseen by the Department, so our "
    "programme was agreed through a submission to the Minister of State for Schools and Learners. Rather than rewrite "
    "it, we send the submission as it was cleared on 2 March 2009, with its six annexes, which together describe the "
    "programme in full.",
    "Annex F is the reply from the Minister's Private Office. It records what was and was not agreed; we have not "
    "altered the body of the submission to reflect it. Annexes A, B and C were corrected after clearance, and the "
    "corrections are shown as tracked changes. Medlock University's validation documents are available on request.",
    "Helen Marsden, Programme Director, Brantmoor Challenge \u2013 20 March 2009",
]:
    p = c.add_paragraph()
    r = p.add_run(line)
    r.font.size = Pt(10)
    p.paragraph_format.space_after = Pt(4)
para()

# ================================================================ front sheet
para("SUBMISSION", bold=True, size=14, space_after=2)
para("BRANTMOOR CHALLENGE: A PROGRAMME LEADING TO THE NATIONAL AWARD FOR SEN COORDINATION", bold=True, space_after=8)

front = [
    ("From", "Helen Marsden, Programme Director, Brantmoor Challenge Programme Office, Challenge House, Hesketh. Tel 01632 960418"),
    ("Cleared by", "Andrew Pell, Challenge Director"),
    ("Date", "2 March 2009"),
    ("To", "Minister of State for Schools and Learners"),
    ("Copies", "PS/Secretary of State; PS/Parliamentary Under Secretary of State (Children, Young People and Families); "
               "Director, Challenge Programmes Division; Head, SEN and Disability Division; Press Office; Chair, Brantmoor Challenge Board"),
    ("Issue", "Whether the Brantmoor Challenge should co-fund, with Medlock University, a programme leading to the new "
              "National Award for SEN Coordination for SENCOs in the five Challenge boroughs, and apply with the "
              "University to the TDA for approval to provide it."),
    ("Timing", "Routine. A reply by 13 March would let us meet the TDA's closing date of 27 March 2009."),
]
ft = doc.add_table(rows=len(front) + 1, cols=2)
ft.style = "Table Grid"
for i, (k, v) in enumerate(front):
    cell_text(ft.cell(i, 0), k, bold=True, size=10)
    shade(ft.cell(i, 0), "F2F2F2")
    cell_text(ft.cell(i, 1), v, size=10)
    ft.cell(i, 0).width = Cm(3.2)
    ft.cell(i, 1).width = Cm(13.2)
last = ft.rows[len(front)]
m = last.cells[0].merge(last.cells[1])
cell_text(m, "Recommendations", bold=True, size=10)
shade(m, "F2F2F2")
for line in [
    "That you:",
    "(a) agree that the Challenge commits up to \u00a3236,000 from its 2009-10 and 2010-11 budgets to the programme, as set out in Annex E;",
    "(b) agree that the Programme Office and Medlock University submit a joint application to the TDA by 27 March 2009;",
    "(c) agree that up to \u00a318,000 of that sum is used to offer an assessment-only route to experienced SENCOs from September 2009 (paragraphs 22-23 and Annex A, paragraph A8);",
    "(d) note the quality assurance and evaluation arrangements at Annex C; and",
    "(e) agree that the programme is announced at the Challenge conference on 24 April 2009.",
]:
    p = m.add_paragraph()
    r = p.add_run(line)
    r.font.size = Pt(10)
    p.paragraph_format.space_after = Pt(2)
para()

# ================================================================ body
title("SUMMARY")
npara("1.", "The Department proposes that teachers who become SENCOs after 1 September 2009 should gain the new National "
      "Award for SEN Coordination within three years. Across the five Challenge boroughs we expect between 70 and 90 "
      "teachers a year to need the award. Working with Medlock University, the Challenge proposes to offer a "
      "postgraduate certificate that meets the TDA's specification, built around the Challenge's own advisers, its Lead "
      "Inclusion Schools and the borough SENCO networks, and to apply for TDA approval this month.")
npara("2.", "The programme would be the Challenge's main investment in its third priority, narrowing the gaps for pupils "
      "with SEN and/or disabilities. It would cost the Challenge about \u00a31,970 a participant over the first two "
      "cohorts, in addition to the TDA's place funding, which would meet the University's fees.")

title("BACKGROUND")
npara("3.", "The Brantmoor Challenge began in April 2008 as one of the Department's area-wide school improvement "
      "programmes and runs until March 2011. It covers 612 maintained schools in Brantmoor, Hesketh, Orrelton, "
      "Calderside and Thornley. The Challenge Board, chaired by Professor Margaret Unwin, agreed three priorities in "
      "June 2008: lifting the schools below the floor targets; improving the move from primary to secondary school; "
      "and narrowing the gaps for pupils with SEN and/or disabilities and other vulnerable groups.")
npara("4.", "Pupils with SEN do less well in the Challenge area than elsewhere. In 2008 the gap between pupils with SEN and "
      "other pupils reaching level 4 in both English and mathematics at Key Stage 2 was 52 percentage points, four "
      "points wider than the national gap. Pupils with SEN account for seven in ten fixed-period exclusions in the "
      "five boroughs, and their persistent absence rate is more than twice that of their classmates.")
npara("5.", "Ofsted's surveys of SEN provision and our own Advisers' visits point to the same weakness: what happens for "
      "these pupils depends heavily on the SENCO, and many SENCOs are not in a position to lead. In the Challenge's "
      "autumn 2008 review of its 41 Partnership Schools, 23 SENCOs were not members of the senior leadership team, 11 "
      "had been in post for less than a year, and six combined the role with a full class teaching timetable.")
p = npara("6.", "Since 1 September 2008 every maintained school must have a SENCO who is a qualified teacher.")
footnote(p, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, SI 2008/2945.")
p.add_run(" The Department has consulted on a further requirement that SENCOs new to the role gain the National Award, "
          "and the TDA is now approving providers, with funded places from September 2009.")
npara("7.", "Until the summer of 2008 each borough ran its own induction for new SENCOs. These courses were not accredited, "
      "lasted between three and eight days, and have now ended. Thornley's course included two days' placement in a "
      "special school, which the borough withdrew when its inclusion team was restructured. Several headteachers have "
      "asked the Challenge to fill the gap.")
npara("8.", "Medlock University's School of Education and Childhood Studies already teaches postgraduate modules in "
      "inclusive education and has trained many of the boroughs' specialist teachers. It validated the proposed "
      "Postgraduate Certificate on 4 February 2009.")

title("ARGUMENT")
subtitle("The programme")
npara("9.", "The programme is described in Annex A. In brief, it is a Medlock University Postgraduate Certificate in SEN "
      "Coordination, 60 credits at masters level, made up of three 20-credit modules. Participants attend ten Award "
      "Days and six twilight Borough Circles led by Challenge Advisers, and complete three assignments set in their own "
      "schools. Each participant is supported by a Practice Partner, a senior colleague in the same school.")
npara("10.", "What makes this a Challenge programme rather than a university course is its grip on practice. Each "
         "participant's Circle is led by the Challenge Adviser who already works with their school; the tasks set "
         "between Award Days are carried out in their school; and the final assignment is a change to provision that "
         "the participant leads, evaluates with colleagues and presents to the senior leadership team. Circles meet in "
         "Lead Inclusion Schools, so participants see good practice at first hand and talk it through with SENCOs from "
         "other schools.")
npara("11.", "The aims are framed in terms of pupils. The programme exists to raise the achievement and well-being of "
         "children and young people with SEN and/or disabilities across all five Every Child Matters outcomes, not only "
         "test results, and every assignment is marked in part on its impact on pupils (Annex A, A2).")
npara("12.", "The programme is built around the national minimum outcomes in the TDA's specification. Annex B shows that "
         "every national outcome is taught and assessed.")
npara("13.", "Content will be kept current. Tutors draw on the latest research and on what inspection is telling us, and "
         "reading lists will be refreshed each year.")
subtitle("Who will take part")
npara("14.", "We plan 60 places in 2009-10 (36 starting in September and 24 in January) and 60 in 2010-11. Priority goes "
         "to SENCOs new to the role since September 2008 and to SENCOs in Partnership Schools. Headteachers nominate, "
         "and every nominee has a Starting Point Review with a Challenge Adviser before a place is confirmed (Annex A, "
         "A5).")
npara("15.", "Participants will come with very different experience: some will have been SENCOs for a term, others will "
         "have led SEN in another school or taught in a special school. The Starting Point Review produces an "
         "Individual Learning Plan for each participant, and those with relevant postgraduate study can be credited "
         "with up to a third of the certificate (Annex A, A5 and A6).")
subtitle("Quality and impact")
npara("16.", "Quality assurance is set out in Annex C. The programme comes under the University's quality framework "
         "(validation, external examining, annual monitoring) and under the Challenge's own programme monitoring, which "
         "reports to the Challenge Board.")
npara("17.", "We will measure the change in participants' confidence and competence against the national outcomes, and ask "
         "their headteachers what has changed in provision. We would hope, over time, to see the results of pupils with "
         "SEN in participants' schools improve, and we will look at whether the Challenge's data team can draw this out "
         "in due course.")
npara("18.", "We have not yet settled what happens for participants once they have the award. Officials will explore "
         "with the University whether a 'next steps' session, at which participants would plan their development beyond "
         "the award with their headteachers, can be added for the 2010 cohort.")

title("OPTIONS CONSIDERED")
npara("19.", "Option 1: leave SENCOs to find places with universities. The nearest likely providers are more than 25 miles "
         "from most Challenge schools, places will be limited in the first years, and there would be no link to the "
         "Challenge's work with schools. Not recommended.")
npara("20.", "Option 2: buy places on Northbridge University's award, which is taught wholly online, with tutor-moderated "
         "forums, fortnightly live online tutorials and a named e-tutor for each participant. It would cost less per "
         "head, but headteachers told us they want face-to-face teaching rooted in their schools (Annex D), and it "
         "would not involve the Challenge Advisers. Not recommended, though we have borrowed the idea of putting course "
         "materials online.")
npara("21.", "Option 3: a Challenge programme co-designed and co-taught with Medlock University. Recommended.")
subtitle("An assessment-only route")
npara("22.", "Between 15 and 20 SENCOs across the five boroughs have led SEN provision for many years or worked in borough "
         "SEN support services. For them a full course is poor value, and the TDA's specification expects providers to "
         "offer assessment without training in exceptional cases. Annex A, A8 describes an assessment-only route "
         "designed with the University.")
npara("23.", "Recommendation (c) seeks agreement to use up to \u00a318,000 to meet most of the cost of that route (\u00a3600 a "
         "candidate, up to 30 candidates over two years). Without it, candidates or their schools would pay the "
         "University's full assessment fee of \u00a3850.")

title("COSTS AND VALUE FOR MONEY")
npara("24.", "The total cost to the Challenge is \u00a3236,000 over two years (Annex E), or about \u00a31,970 for each of 120 "
         "participants. The largest element is a contribution to supply cover so that schools release SENCOs for Award "
         "Days; the next is Challenge Adviser time for Circles, Starting Point Reviews and school visits, which replaces "
         "time the Advisers already spend on SEN casework in the same schools.")
npara("25.", "The boroughs' former inductions cost between \u00a3600 and \u00a3900 a head for unaccredited courses of three to "
         "eight days. The proposed programme costs the Challenge roughly twice that for an accredited masters-level "
         "qualification of ten days, six Circles and school-based work. The University's fees are met from the TDA's "
         "place funding. If the TDA does not approve the application, the Challenge would commit nothing beyond the "
         "design costs already spent (\u00a39,400).")

title("HANDLING")
npara("26.", "Boroughs. The five Directors of Children's Services agreed the proposal in principle at the Challenge Board "
         "on 15 January 2009. Borough SEN leads helped to design the programme (Annex D).")
npara("27.", "Headteachers. Heads were surveyed in November 2008 and the programme reflects what they told us. The local "
         "heads' associations have been briefed and support it.")
npara("28.", "Unions. We have briefed the regional officers of the teacher associations. Award Days fall in school time with "
         "a contribution to cover; Circles are twilight sessions within the time schools already set aside for "
         "professional development.")
npara("29.", "Safeguarding. Challenge Advisers and University tutors who visit participants' schools hold enhanced CRB "
         "disclosures, which the Programme Office checks and records when they are appointed. Participants are serving "
         "teachers, and checks on their suitability remain a matter for their employing schools and authorities.")
npara("30.", "TDA. The TDA expects to announce decisions in May. The first cohort would start in September 2009.")

title("EQUALITY AND LEGAL")
npara("31.", "We have screened the proposal for its impact on equality. It should benefit disabled pupils, and we found no "
         "adverse impact on any group. The University's equal opportunities and disability policies will apply to "
         "participants, and the Award Day venues are accessible.")
npara("32.", "The Challenge's grant conditions allow spending on professional development that serves the Board's "
         "priorities. The University, not the Challenge, is the awarding body and is responsible for academic standards.")

title("COMMUNICATIONS")
npara("33.", "Subject to recommendation (e), the Challenge Director would announce the programme at the Challenge conference "
         "on 24 April, and a leaflet would go to every school in the five boroughs. Press Office has agreed lines.")
npara("34.", "The Press Office lines would say that the Challenge and Medlock University have applied for approval, not that "
         "approval has been given.")

title("CONTACT")
npara("35.", "Helen Marsden, Programme Director, Brantmoor Challenge (01632 960418).")
npara("36.", "Annexes: A The programme in outline; B National outcomes: where developed and how assessed; C Quality "
         "assurance and evaluation; D What schools and boroughs told us; E Costs; F Private Office reply (added after "
         "clearance).")

# ================================================================ Annex A
doc.add_page_break()
doc.add_heading("Annex A \u2013 The programme in outline", level=1)

subtitle("A1  Partnership and award")
para("Medlock University awards the Postgraduate Certificate in Special Educational Needs Coordination (National Award "
     "for SEN Coordination). The certificate carries 60 credits at Level 7 (masters level) of the Framework for Higher "
     "Education Qualifications. The University's validation panel approved it on 4 February 2009 for five years. The "
     "University is responsible for academic standards, assessment and the award; the Challenge is responsible for "
     "recruitment, Starting Point Reviews, Borough Circles and liaison with Practice Partners. The 60 credits can be "
     "counted towards the University's MA in Education (Inclusion).")

subtitle("A2  Aims")
para("The programme aims to:")
for a in [
    "(i) raise the achievement and improve the well-being of children and young people with SEN and/or disabilities, "
    "across all five Every Child Matters outcomes, by improving SENCOs' knowledge, understanding and skills;",
    "(ii) prepare participants to lead teaching and learning for these pupils in their schools, working with senior "
    "colleagues, staff, families and other services; and",
    "(iii) make every participant's learning change something for pupils in their own school during the course.",
]:
    sub("", a, indent=0.3, hang=0.3)
para("All three assignments are marked against a common criterion, 'impact on pupils' learning and well-being', which "
     "carries a quarter of the marks. In Assignment 2 the participant sets out two pupils' progress in learning, "
     "attendance, health, safety and participation in school life before and after the changes they make.")

subtitle("A3  Structure")
para("The certificate has three modules. Award Days are numbered through the year.")
table([
    ["Module", "Credits", "Award Days", "Assignment"],
    ["EDU7101 The SENCO, the law and the inclusive school", "20", "Days 1-2",
     "Assignment 1: a review of the school's SEN policy and practice against the SEN Code of Practice (3,000 words), "
     "with a two-page briefing paper for the governing body."],
    ["EDU7102 Understanding and meeting needs", "20", "Days 3-7",
     "Assignment 2: a case study of provision for two pupils with different needs (4,000 words), including the "
     "school's provision map for their year group."],
    ["EDU7103 Leading improvement in provision", "20", "Days 8-10",
     "Assignment 3: a workplace enquiry in which the participant leads a change to provision and evaluates it with "
     "colleagues (4,000 words), and a 20-minute presentation to the school's senior leadership team, followed by a "
     "professional discussion with the tutor."],
], [5.0, 1.6, 2.2, 7.6])

para("Award Days", bold=True, space_after=3)
days = [
    ("Day 1", "The SENCO's world: the Education Act 1996 and the SEN Code of Practice (2001); SENDA 2001, the Disability "
              "Discrimination Acts 1995 and 2005, the disability equality duty and accessibility plans; Every Child "
              "Matters and the Children Act 2004; the 2008 SENCO Regulations."),
    ("Day 2", "Leading SEN in the school: the SENCO's role and time; policy; working with the headteacher and governors; "
              "managing the role."),
    ("Day 3", "Understanding needs (1): cognition and learning, including specific learning difficulties such as dyslexia, "
              "and moderate learning difficulties."),
    ("Day 4", "Understanding needs (2): speech, language and communication needs and autistic spectrum disorders; "
              "teaching approaches and ICT to remove barriers, with a session in the Inclusion Resource Base."),
    ("Day 5", "Understanding needs (3): behavioural, emotional and social difficulties; pupil voice."),
    ("Day 6", "Working with other services: educational psychology, speech and language therapy, health and social care, "
              "the Common Assessment Framework, and voluntary organisations; using other professionals' assessments."),
    ("Day 7", "Parents as partners (led by the Parent Partnership Services); planning and reviewing individual support."),
    ("Day 8", "Tracking and planning: using RAISEonline, P scales and national test results to track progress; provision "
              "mapping and managing provision; formative assessment in the classroom."),
    ("Day 9", "Leading colleagues: deploying and managing teaching assistants; observing, coaching and training staff; "
              "school self-evaluation and the SEN section of the SEF."),
    ("Day 10", "Enquiry presentations, professional discussions and module review."),
]
table([["Day", "Content"]] + [list(d) for d in days], [1.6, 14.8])

subtitle("A4  Delivery pattern")
para("Award Days run from 9.30 to 3.30, at the Hesketh Centre (Days 1, 2 and 8 to 10) and on the University's Castle "
     "Street campus (Days 3 to 7). Borough Circles are six two-hour twilight meetings in each borough, led by the "
     "Challenge Adviser (Inclusion) for that borough, for groups of eight to twelve participants, and hosted by Lead "
     "Inclusion Schools. A Circle works on members' real cases, reviews plans for assignments and revisits each "
     "member's Individual Learning Plan. A University tutor or Challenge Adviser visits each participant's school "
     "twice: once during EDU7102 to discuss the case study with the participant and Practice Partner, and once to "
     "attend the Assignment 3 presentation.")
p = para("There are two intakes, in September and January. The January intake takes EDU7102 before EDU7101; both "
         "intakes finish with EDU7103. Most participants complete in twelve months of part-time study, and the "
         "University allows up to two years. ")
ins_run(p, "Award Days 1 to 4 are repeated on Saturdays for participants whose schools cannot release them, and "
           "Saturday participants join the weekday group from Day 5 or take the remaining days with the next intake.")

subtitle("A5  Entry and the Starting Point Review")
para("Applicants must hold qualified teacher status and either be in post as SENCO or be designated by their "
     "headteacher to take up the role by September 2010. The headteacher's nomination form commits the school to "
     "releasing the participant for the Award Days, naming a member of the senior leadership team as Practice Partner, "
     "and giving the participant access to the school's pupil data. An admissions panel of the Programme Leader and a "
     "Challenge Adviser considers each nomination.")
para("Before the course starts, each nominee completes a self-rating against every national outcome on a four-point "
     "scale, noting the evidence for each rating. A Challenge Adviser then meets the nominee for 45 minutes and tests "
     "the ratings against the school's own evidence: its provision map, the SEN section of its self-evaluation form, "
     "and a sample of individual education plans. The result is an Individual Learning Plan, which lists the outcomes "
     "the participant must give most attention to (their personalised outcomes), the Award Day materials and Circle "
     "topics to prioritise, and targets for each assignment. The Practice Partner receives a copy. The plan is reviewed "
     "at the third Circle and at the end of EDU7102.")
para("Where the Review shows that a nominee is unlikely to reach the outcomes within the programme (for example, a "
     "teacher with no current responsibility for SEN), the Adviser gives written guidance on what to do first, usually "
     "the Challenge's four-session Foundations in Inclusion course and a term working alongside an experienced SENCO, "
     "and meets the headteacher to agree it. The nominee may then join the next intake.")

subtitle("A6  Prior learning")
p = para("Under the University's regulations, participants may be credited with up to 20 credits (EDU7101 or EDU7102) "
         "for certificated study in SEN at Level 7 completed in the last five years, mapped against the module's "
         "learning outcomes. Those with relevant experience but no certificate may claim the same credit by a reflective "
         "portfolio mapped to the module outcomes, which the Programme Leader and a second assessor assess and the "
         "external examiner moderates; the fee is \u00a3120. No credit is given against EDU7103.")
footnote(p, "Medlock University Academic Regulations 2008-09, section 9, Recognition of Prior Learning.")
para("Participants who are credited still have a Starting Point Review. Where the earlier study pre-dates 2008, the "
     "Adviser checks the participant's knowledge of current legislation and guidance and adds Day 1 to their plan if "
     "needed.")

subtitle("A7  Assessment and the award")
para("Each module is assessed by its assignment, marked against published criteria with a pass mark of 50 per cent. A "
     "participant may resubmit a failed assignment once. The University's Board of Examiners makes the award when a "
     "participant has passed all three assignments and gained 60 credits.")

subtitle("A8  Assessment-only route (subject to recommendation (c))")
para("Experienced SENCOs, for example those who have led SEN provision for several years or worked in a borough SEN "
     "support service, may seek the award by assessment alone. The candidate submits a portfolio mapped to each national "
     "outcome and a report of a recent improvement they have led, and then has a professional discussion with two "
     "assessors, one from the University and one Challenge Adviser. Candidates whose evidence falls short are advised "
     "which modules to take. The route would open in September 2009.")

subtitle("A9  People")
para("The programme team is:")
for name, desc in [
    ("Dr Siobhan Farrell", "Programme Leader; Senior Lecturer in Inclusive Education, Medlock University; SENCO in two "
     "Hesketh secondary schools from 1994 to 2003; doctorate (2007) on SENCOs as school leaders; leads EDU7103."),
    ("Paul Okonjo", "Senior Lecturer, Medlock University; formerly senior adviser for SEN in Orrelton; MA in Special "
     "Educational Needs; leads EDU7101."),
    ("Dr Ann Whitcombe", "Senior Educational Psychologist, Calderside, and visiting lecturer at Medlock; leads EDU7102."),
    ("Dr Rafiq Chaudhry", "Senior Challenge Adviser (Inclusion); formerly headteacher of a Thornley special school; "
     "leads the Circles in Orrelton, Calderside and Thornley and quality-assures the Starting Point Reviews."),
    ("Moira Kettle", "Challenge Adviser (Inclusion); formerly a primary SENCO and specialist teacher for specific "
     "learning difficulties (Diploma in SpLD); leads the Circles in Brantmoor and Hesketh."),
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.5)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(name + ". ")
    r.bold = True
    p.add_run(desc)
para("Tutors keep their specialist knowledge current through the University's research programme and, for the "
     "Advisers, through weekly work in the boroughs' schools. University tutors new to the programme are inducted "
     "through the School's procedures for new programmes. Each Practice Partner receives a letter from the Programme "
     "Office explaining the role: meeting the participant twice a term, commenting on the Individual Learning Plan, "
     "and attending the Assignment 3 presentation.")
para("Specialist sessions are led by borough educational psychologists, speech and language therapists, the autism "
     "outreach teams, the sensory support services, the Parent Partnership Services and the Calderside Autism Support "
     "Group, a voluntary organisation. There are no placements on the programme. Participants who want to see practice "
     "elsewhere may arrange to visit a Lead Inclusion School, and Advisers can suggest schools.")

subtitle("A10  Resources")
para("Participants have full use of the University library, including electronic journals from home, and short-loan "
     "reading packs for each module. The Challenge's Inclusion Resource Base at the Hesketh Centre holds a loan library "
     "of standardised tests of reading, spelling and number; assistive technology (text-to-speech and predictive word "
     "processing, symbol software, voice recognition and portable keyboards), which participants try out on Day 4 and "
     "may borrow for a half-term to trial with pupils; and the National Strategies' Inclusion Development Programme "
     "materials.")

subtitle("A11  Online study")
para("Each module has a site on the University's StudySpace system holding the Award Day slides, readings, assignment "
     "briefs and the submission point for assignments. A discussion board is open to participants. StudySpace is used "
     "as a library and post-box: there is no online tutoring, and tutors answer questions at Award Days, Circles and "
     "school visits. Between Award Days, participants are supported through their Borough Circle.")

# ================================================================ Annex B
doc.add_page_break()
doc.add_heading("Annex B \u2013 National outcomes: where developed and how assessed", level=1)
para("The table gives each national outcome in our own words and shows where it is developed and how it is assessed. "
     "'Asg' means an assignment (Annex A, A3). The Circle log is a formative record kept by the participant and "
     "discussed with the Adviser; it is not marked.")

rows = [
    ("G", "Professional attributes"),
    ("Builds fair, respectful and supportive relationships with pupils and their families", "Day 5; Day 7; Circles", "Asg 2 (pupil and family perspectives)"),
    ("Wins the commitment of colleagues, the headteacher and senior leaders", "Day 2; Day 9; Circles", "Asg 3 (presentation to senior leaders)"),
    ("Prioritises, manages time and delegates effectively", "Day 2; Circles", "Circle log (formative; not marked)"),
    ("Anticipates and resolves problems; makes sound judgements about provision", "Circles (case work); Day 8", "Asg 2"),
    ("Communicates clearly in speech and writing; listens to others", "Circles (case presentations); Day 10", "Asg 1 (governors' briefing); Asg 3 (presentation and professional discussion)"),
    ("Uses research and outside advice to improve practice", "Days 3 and 4; Day 6", "Asg 2 (critical use of literature); Asg 3"),
    ("Keeps up to date and takes charge of own professional development", "Circles", "Circle log (formative; not marked)"),
    ("G", "Knowledge and understanding"),
    ("SEN law and the Code of Practice, and how to put them into practice", "Days 1-2", "Asg 1"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "Day 1", "Asg 1 (policy reviewed against the five outcomes)"),
    ("DEL:Disability equality law and the duties it places on schools", "DEL:Day 1", "DEL:Asg 1"),
    ("The main types of SEN and disability and how they affect learning", "Days 3-5", "Asg 2"),
    ("Approaches, strategies and resources for assessment and teaching, including ICT", "Days 4-5; Resource Base", "Asg 2"),
    ("School self-evaluation and improvement and the SENCO's part in it", "Day 9", "Asg 3 (link to the school's SEF)"),
    ("Best practice and research in meeting special educational needs", "Days 3-4", "Asg 2"),
    ("What other services and agencies do, and how to get their help", "Day 6", "Asg 2 (multi-agency section)"),
    ("G", "Skills"),
    ("Shapes an inclusive ethos, policies and use of resources with senior leaders and governors", "Days 2 and 9", "Asg 1 (governors' briefing); Asg 3"),
    ("Identifies pupils' needs, sets targets, plans interventions and reviews progress", "Days 3-5; Day 7", "Asg 2"),
    ("Uses other professionals' assessments to plan teaching", "Day 6", "Asg 2"),
    ("Uses summative assessment and national tests to track progress and adjust programmes", "Day 8", "Asg 2 (tracking data)"),
    ("Helps other teachers develop formative assessment for pupils with SEN", "Day 8", "\u2014"),
    ("Uses provision mapping to plan provision and find gaps", "Day 8", "Asg 2 (provision map)"),
    ("Deploys and manages support staff", "Day 9", "Asg 3 (section on deployment of support staff)"),
    ("Develops colleagues through observation, coaching, modelling and training", "Day 9; Circles", "Asg 3 (staff session led by the participant)"),
    ("Reviews provision with colleagues to inform self-evaluation", "Day 9", "Asg 3"),
    ("Involves pupils in planning and reviewing their provision", "Day 5", "\u2014"),
    ("Works with parents and carers", "Day 7", "\u2014"),
    ("Works with other services, including voluntary organisations", "Day 6", "Asg 2 (multi-agency section)"),
]
bt = doc.add_table(rows=len(rows) + 1, cols=3)
bt.style = "Table Grid"
for j, h in enumerate(["National outcome (our summary)", "Where developed", "How assessed"]):
    cell_text(bt.cell(0, j), h, bold=True, size=9.5)
    shade(bt.cell(0, j), "D9D9D9")
deleted_rows = []
for i, row in enumerate(rows, start=1):
    if row[0] == "G":
        mc = bt.cell(i, 0).merge(bt.cell(i, 2))
        cell_text(mc, row[1], bold=True, size=9.5)
        shade(mc, "F2F2F2")
        continue
    vals = list(row)
    if vals[0].startswith("DEL:"):
        vals = [v[4:] for v in vals]
        deleted_rows.append(i)
    for j, v in enumerate(vals):
        cell_text(bt.cell(i, j), v, size=9.5)
for i in range(len(rows) + 1):
    bt.cell(i, 0).width = Cm(8.0)
    bt.cell(i, 1).width = Cm(3.6)
    bt.cell(i, 2).width = Cm(4.8)
for i in deleted_rows:
    delete_row(bt.rows[i])
para()

# ================================================================ Annex C
doc.add_heading("Annex C \u2013 Quality assurance and evaluation", level=1)
subtitle("C1  Framework")
para("The programme is subject to the University's quality framework (validation, external examining, annual "
     "monitoring and periodic review every five years) and to the Challenge's programme monitoring, which reports each "
     "term to the Challenge Board.")
subtitle("C2  Programme Committee")
p = para("A Programme Committee, chaired by the Programme Leader, brings together the module leaders, the Senior "
         "Challenge Adviser (Inclusion) and the Programme Office. It meets each term, considers the evaluation evidence, "
         "marks and the external examiner's report, and agrees an action plan for the next intake. It reports each year to "
         "the University's School Board and to the Challenge Board's Standards Group. ")
del_run(p, "Two borough SEN leads and a participant representative from each Circle will also sit on the Committee.")
subtitle("C3  Sources of evidence")
para("Evaluations after each Award Day; end-of-module questionnaires; Circle notes kept by Advisers; notes of school "
     "visits; assignment marks, resubmissions and completion rates; the external examiner's report; and the repeat of "
     "the Starting Point self-rating at the end of the programme.")
subtitle("C4  External scrutiny")
para("The external examiner, Professor Gwen Maddox of the University of Tynebridge, sees a sample of every assignment "
     "and attends the Board of Examiners. The Challenge's independent evaluators, Linton Research, will include the "
     "programme in their evaluation of the Challenge's third priority, interviewing a sample of participants and their "
     "headteachers in 2010. The programme may also be inspected by Ofsted.")
subtitle("C5  Quality assurance at each stage")
table([
    ["Stage", "What is checked", "By whom", "Evidence used"],
    ["Recruitment and selection", "Nominations meet the entry requirements; places are fairly spread across boroughs "
     "and Partnership Schools", "Admissions panel; Programme Committee each term", "Nomination forms; intake profile"],
    ["Needs assessment and target setting", "One in four Starting Point Reviews and Individual Learning Plans is "
     "checked for accuracy against school evidence", "Senior Challenge Adviser", "Review records; plans"],
    ["Content, including work in school", "Whether days, Circles and school tasks help participants towards the "
     "outcomes", "Module leaders; Programme Committee", "Day and module evaluations; visit notes"],
    ["Assessment", "Consistency and accuracy of marking (C6)", "Module leaders; external examiner", "Moderation records"],
    ["Evaluation", "Whether the action plan was carried out and made a difference", "Programme Committee", "Annual report"],
], [3.2, 6.0, 3.6, 3.6])
subtitle("C6  Marking and moderation")
para("Every assignment is first-marked against the published criteria. A second marker marks a 20 per cent sample of "
     "each assignment, together with every fail and every mark of 70 or above, and the markers meet after each deadline "
     "to agree marks. Challenge Advisers who help to assess the Assignment 3 presentations first attend a standardisation "
     "session using recorded presentations from the University's pilot. The external examiner sees a sample from every "
     "assignment, and the Board of Examiners confirms all marks.")
subtitle("C7  Measuring impact")
para("At the end of the programme participants repeat the Starting Point self-rating, so that the change in their "
     "confidence against each national outcome can be compared, and headteachers complete a short questionnaire on "
     "changes in provision. Assignment 3 asks each participant to evaluate with colleagues the effect of the change "
     "they led on practice in their school. It is too early to say how the programme's effect on pupils' achievement "
     "will be measured (see paragraph 17).")

# ================================================================ Annex D
doc.add_heading("Annex D \u2013 What schools and boroughs told us", level=1)
para("In October and November 2008 the Programme Office surveyed every SENCO and headteacher in the five boroughs; 187 "
     "SENCOs and 64 headteachers replied. We held three focus groups with borough SEN leads and educational "
     "psychologists, and met the Brantmoor Parents' Forum, a group of parent carers of disabled children. The table "
     "shows what we heard and what changed in the design as a result.")
table([
    ["What we heard", "From", "What changed"],
    ["71 per cent of SENCOs said their school could not release them for more than one day a month.", "SENCO survey",
     "Award Days spread across the year; two intakes; Circles held as twilight sessions in each borough."],
    ["Heads want SENCOs who lead colleagues, not only administer SEN paperwork.", "Headteacher survey",
     "Assignment 3 became a change led in school and presented to senior leaders; Day 9 added."],
    ["Provision mapping is weak or missing in many schools.", "Borough SEN leads",
     "Provision mapping taught on Day 8 and required in Assignment 2."],
    ["SENCOs make little use of psychologists' and therapists' reports when planning teaching.", "Educational psychologists",
     "Day 6 refocused on using other professionals' assessments."],
    ["Parents want SENCOs who listen and explain.", "Brantmoor Parents' Forum",
     "Forum members help to lead the Day 7 session."],
    ["New SENCOs feel isolated and want to learn from each other.", "SENCO survey; focus groups",
     "Borough Circles created."],
], [6.2, 3.4, 6.8])
para("Stakeholders will continue to take part: Lead Inclusion Schools host the Circles, borough specialists and the "
     "Parent Partnership Services lead sessions, and the Parents' Forum helps with Day 7. The Challenge Board, on which "
     "each borough's Director of Children's Services and four headteachers sit, will receive the Programme Committee's "
     "annual report.")

# ================================================================ Annex E
doc.add_heading("Annex E \u2013 Costs to the Challenge", level=1)
table([
    ["Item", "2009-10", "2010-11", "Total"],
    ["Contribution to supply cover: 10 Award Days at \u00a390 a day for 60 participants", "\u00a354,000", "\u00a354,000", "\u00a3108,000"],
    ["Challenge Adviser time: Circles, Starting Point Reviews, school visits", "\u00a338,000", "\u00a338,000", "\u00a376,000"],
    ["Hesketh Centre venue and catering", "\u00a39,000", "\u00a39,000", "\u00a318,000"],
    ["Inclusion Resource Base: assistive technology and test library", "\u00a312,000", "\u00a34,000", "\u00a316,000"],
    ["Assessment-only route subsidy (recommendation (c))", "\u00a39,000", "\u00a39,000", "\u00a318,000"],
    ["Total", "\u00a3122,000", "\u00a3114,000", "\u00a3236,000"],
], [8.6, 2.6, 2.6, 2.6])
para("University fees are met from the TDA's place funding and are not shown. Design costs already spent (\u00a39,400) "
     "are not included.")

# ================================================================ Annex F
doc.add_heading("Annex F \u2013 Private Office reply (added after clearance)", level=1)
memo = [
    ("From:", "Tom Aldous, Assistant Private Secretary to the Minister of State for Schools and Learners"),
    ("To:", "Helen Marsden, Brantmoor Challenge Programme Office"),
    ("Copies:", "As the submission"),
    ("Date:", "10 March 2009"),
    ("Subject:", "BRANTMOOR CHALLENGE: NATIONAL AWARD FOR SEN COORDINATION"),
]
for k, v in memo:
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(k + " ")
    r.bold = True
    p.add_run(v)
para()
for t in [
    "Thank you for your submission of 2 March. The Minister has read it and is grateful for the work done with Medlock "
    "University.",
    "The Minister is content with recommendations (a), (b) and (d), except that the total at (a) should be reduced by "
    "the \u00a318,000 set aside at (c).",
    "The Minister does not agree recommendation (c). The Minister does not want Challenge funds spent on an "
    "assessment-only route before the taught programme has run once, and asks that the route is not offered in "
    "2009-10. Officials may come back with fresh advice once the first cohort has finished.",
    "On (e), the Minister would prefer the announcement to wait until the TDA has reached its decision.",
    "Tom Aldous, APS/Minister of State for Schools and Learners",
]:
    para(t)

write_footnotes()
import datetime as _dt
_cp = doc.core_properties
_cp.author = "Helen Marsden"
_cp.last_modified_by = "Helen Marsden"
_cp.title = "Submission: Brantmoor Challenge - National Award for SEN Coordination"
_cp.comments = ""
_cp.created = _dt.datetime(2009, 2, 24, 9, 30)
_cp.modified = _dt.datetime(2009, 3, 20, 11, 5)
_cp.revision = 7
doc.save(OUT)
print("wrote", OUT)
