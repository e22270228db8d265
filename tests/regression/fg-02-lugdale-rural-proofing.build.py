"""fg-02-lugdale-rural-proofing: a county's Rural Proofing Assessment, sent as the application.

Provider (invented)
-------------------
The Lugdale Rural Schools Partnership: 38 village primary schools in eleven
federations and clusters in a rural border county, sharing executive heads,
SENCOs and teaching assistants. It bids with Lugdale County Council's School
Improvement and Advisory Service (Inclusion and Additional Needs Team) and
the University of Severnford, School of Education, which validates a
Postgraduate Certificate in Special Educational Needs Coordination (Rural
Schools). Own nouns: modules SEN701-SEN703, nine Study Days each run twice
(north at Kingsbury Teachers' Centre, south at Pennard Cross Education
Centre), monthly Learning Sets led by Set Facilitators, Link Tutors from the
Inclusion Team, a starting self-audit and Learning Agreement, placement days
at Ledwardine School or the Clunbury Language Resource Base, Severnford
Online, a Next Steps Plan. February 2009.

Kind of document and layout
---------------------------
Before the Cabinet Member would commit money, the County required a Rural
Proofing Assessment on its own form RP1. The Partnership sends the completed
form, with its two annexes describing the programme, as its application.
Third-person officers' voice. A header-block field table with merged
cells; the template's grey bracketed "[Guidance: ...]" prompts left in
under every Part; a screening checklist of eleven rural proofing questions
(R1-R11) with typed check-box symbols; a full assessment per question
(impact, evidence, what we will do); a consultation table; a landscape
action plan with statuses; monitoring and review; a sign-off table; Annex A
(the programme, bold run-in paragraphs, a study-day table) and Annex B
(what participants must show, organised by assignment, with a list of
topics "covered on Study Days but not assessed"). The Head of Service's
sign-off edits are real tracked changes (w:ins / w:del) with author and
date. Two Word comments. Three footnotes, one of which carries an
arrangement. Header and footer with the template's name and a PAGE field.

Traps (requirement ids)
-----------------------
- The level 6 variant: teachers without a degree take the same modules for
  a Graduate Certificate at level 6, so the award is not all at Master's
  level (E.2 partially met; E.1 met).
- Main purpose is compliance with the SENCO regulations; raising
  achievement only in passing, no well-being or Every Child Matters
  outcomes anywhere (1.1 partially met; 6.K2 not met).
- Consultation results "have not yet changed the programme" and will go to
  the Partnership Board in March; the only earlier role of stakeholders was
  to agree the outline (4.2 not met). Stakeholder needs are nevertheless
  evidenced and matched by the mitigations (4.1 met).
- Deleted tracked changes: the Set Facilitators' two-day training (5.7 not
  met: nothing else on briefing tutors, facilitators or Link Tutors); a
  January start from 2010 (3.2 partially met: one September start, fixed
  module order, only a choice of north or south venue and date).
- Inserted tracked changes count: the whole assessment-only route paragraph
  in Annex A and the "Agreed" status in the action plan (2.3 met); the cover
  contribution replacing full cover funding (2.4 stays met).
- Footnote carries the candidates' CRB check (5.3 met, evidence only in a
  footnote, which the quote checker does not read).
- R4 broadband: materials online and on CD-ROM, tutors by phone, no online
  discussion; Learning Sets meet between Study Days (3.3 partially met).
- Certificated prior learning only; experience is not accredited (2.1
  partially met).
- Entry is any qualified teacher nominated by a head, places allocated by
  school size; no check on readiness (5.2 partially met).
- Assignments marked by one tutor, presentations by the Link Tutor alone,
  external examiner samples; a comment says the examiner will attend
  presentations, which is not part of the submission (5.8 partially met).
- Pupil voice only a Study Day topic and an action "Not started" for 2010
  (1.5 partially met; 6.S7 partially met).
- Annex B: outcomes assessed only in one option of Assignment 3 (6.S4
  option (a); 6.S9 and 6.K9 option (b)) are partially met; "covered on Study
  Days but not assessed" (6.A3, 6.A7, 6.S2d, 6.S7) partially met;
  problem-solving developed only through the Learning Sets' action learning
  and never assessed (6.A4 partially met); absent (6.K2, 6.S2c) not met. The assessment-only portfolio "must show
  evidence against every national outcome", but that is another route, not
  the taught programme (1.9, 6.0 partially met).
- Guidance prompts (e.g. asking how stakeholders will be involved in
  monitoring) are never answers.
- Met despite looking like traps: 2.3 (inserted), 5.3 (footnote), 3.1
  (R6's disability arrangements), 5.5 (placement with travel paid), 5.9
  (school-level pupil data before and after).
"""
from pathlib import Path
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
NAME = "fg-02-lugdale-rural-proofing"

GREY = RGBColor(0x80, 0x80, 0x80)
HOS = ("Mervyn Bowen", "2009-02-05T16:20:00Z")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
sec0 = doc.sections[0]
sec0.left_margin = sec0.right_margin = Cm(2.2)

_rev = [100]


def _next_id():
    _rev[0] += 1
    return str(_rev[0])


# ---------------------------------------------------------------- footnotes part
FN_XML = (
    '<w:footnotes %s>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>' % nsdecls("w", "r")
)
fn_root = parse_xml(FN_XML)
fn_count = [0]


def footnote(par, text):
    fn_count[0] += 1
    fid = str(fn_count[0])
    fn = OxmlElement("w:footnote")
    fn.set(qn("w:id"), fid)
    fp = OxmlElement("w:p")
    r0 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r0.append(rpr)
    r0.append(OxmlElement("w:footnoteRef"))
    fp.append(r0)
    r1 = OxmlElement("w:r")
    rpr1 = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "16")
    rpr1.append(sz)
    r1.append(rpr1)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = " " + text
    r1.append(t)
    fp.append(r1)
    fn.append(fp)
    fn_root.append(fn)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), fid)
    r.append(ref)
    par._p.append(r)


# ---------------------------------------------------------------- tracked changes
def _run(text, deleted=False, bold=False, size=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size * 2))
        rpr.append(sz)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(par, parts, size=None):
    """parts: list of (kind, text) with kind in n / ins / del / b."""
    for kind, text in parts:
        if kind in ("n", "b"):
            par._p.append(_run(text, bold=(kind == "b"), size=size))
        else:
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), _next_id())
            w.set(qn("w:author"), HOS[0])
            w.set(qn("w:date"), HOS[1])
            w.append(_run(text, deleted=(kind == "del"), size=size))
            par._p.append(w)
    return par


def mark_paragraph(par, kind):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = par._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    w = OxmlElement("w:ins" if kind == "ins" else "w:del")
    w.set(qn("w:id"), _next_id())
    w.set(qn("w:author"), HOS[0])
    w.set(qn("w:date"), HOS[1])
    rpr.append(w)
    pPr.append(rpr)


# ---------------------------------------------------------------- writing helpers
def p(text="", bold_lead=None, after=5, style=None):
    par = doc.add_paragraph(style=style)
    if bold_lead:
        par.add_run(bold_lead).bold = True
        par.add_run(" ")
    if text:
        par.add_run(text)
    par.paragraph_format.space_after = Pt(after)
    return par


def guidance(text):
    par = doc.add_paragraph()
    r = par.add_run("[Guidance: " + text + "]")
    r.italic = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = GREY
    par.paragraph_format.space_after = Pt(4)
    return par


def bullets(items):
    for it in items:
        par = doc.add_paragraph(style="List Bullet")
        par.add_run(it)
        par.paragraph_format.space_after = Pt(2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(rows, widths, header=True, size=9):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            r = cells[j].paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(cells[j], "D9E2F3")
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def field_run(par, instr):
    for kind in ("begin", None, "separate", "1", "end"):
        r = par.add_run()
        if kind is None:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = instr
            r._r.append(it)
        elif kind == "1":
            r.text = "1"
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


hp = sec0.header.paragraphs[0]
hp.text = "Lugdale County Council   |   Rural Proofing Assessment RP1 (template v2.1, April 2007)"
hp.runs[0].font.size = Pt(8)
fp = sec0.footer.paragraphs[0]
fp.text = "RP1: National Award for SEN Coordination (Lugdale Rural Schools Partnership)   |   page "
field_run(fp, "PAGE")
for r in fp.runs:
    r.font.size = Pt(8)

# ================================================================ cover block
tp = doc.add_paragraph()
r = tp.add_run("LUGDALE COUNTY COUNCIL")
r.bold = True
r.font.size = Pt(13)
tp = doc.add_paragraph()
r = tp.add_run("Rural Proofing Assessment (Form RP1)")
r.bold = True
r.font.size = Pt(16)
guidance("Complete this form for every new or changed policy, service or spending proposal that may affect people or organisations in rural Lugdale. Delete the guidance before the form goes to the decision-maker. Keep answers short and attach background papers.")

blk = doc.add_table(rows=0, cols=4)
blk.style = "Table Grid"
fields = [
    ("Title of proposal", "National Award for SEN Coordination: partnership delivery of the Postgraduate Certificate in SEN Coordination (Rural Schools) from September 2009", None, None),
    ("Directorate", "Children and Young People's Services", "Service", "School Improvement and Advisory Service"),
    ("Lead officer", "Gwen Prothero, Principal Adviser (Inclusion)", "Date of assessment", "2 February 2009"),
    ("Partners", "Lugdale Rural Schools Partnership (38 schools); University of Severnford, School of Education", None, None),
    ("Type", "New service", "Screening or full?", "Full (screening showed impacts under R1-R8 and R10-R11)"),
    ("Decision-maker", "Cabinet Member for Children and Young People (decision due 19 February 2009)", None, None),
]
for lab, val, lab2, val2 in fields:
    cells = blk.add_row().cells
    for c in cells:
        c.text = ""
    cells[0].paragraphs[0].add_run(lab).bold = True
    shade(cells[0], "D9E2F3")
    if lab2 is None:
        m = cells[1].merge(cells[2]).merge(cells[3])
        m.paragraphs[0].add_run(val)
    else:
        cells[1].paragraphs[0].add_run(val)
        cells[2].paragraphs[0].add_run(lab2).bold = True
        shade(cells[2], "D9E2F3")
        cells[3].paragraphs[0].add_run(val2)
for row in blk.rows:
    for c in row.cells:
        for pp in c.paragraphs:
            for rr in pp.runs:
                rr.font.size = Pt(9)
doc.add_paragraph()

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
nc = note.rows[0].cells[0]
shade(nc, "FFF2CC")
nc.text = ""
nc.paragraphs[0].add_run("Note for the TDA panel. ").bold = True
nc.paragraphs[0].add_run(
    "The County Council required this assessment before committing funds to the programme, and it is the fullest account of the programme we have. "
    "We send it as it was signed off on 5 February 2009, with the Head of Service's amendments still showing. Annex A describes the programme and Annex B what participants must show to gain the award. "
    "Alison Tranter, Chair, Lugdale Rural Schools Partnership; Dr Owen Lacey, Programme Leader, University of Severnford; Gwen Prothero, Lugdale County Council.")
for rr in nc.paragraphs[0].runs:
    rr.font.size = Pt(9)
doc.add_paragraph()

# ================================================================ Part 1
doc.add_heading("Part 1. About the proposal", level=1)
guidance("Describe the policy, service or proposal in plain English: what it is for, who it is for, how and where it will be delivered, and what it costs.")
p("From September 2009 every teacher newly appointed as a school's special educational needs coordinator (SENCO) must hold the National Award for SEN Coordination within three years of taking up the post. The main purpose of the proposal is to make sure that every school in the Lugdale Rural Schools Partnership can meet this requirement, and has a SENCO holding the Award by 2012, without sending teachers out of the county to do it. A trained SENCO in every school should also mean better provision for pupils with special educational needs.")
par = p("The Partnership's 38 schools are all in villages or small market towns; 29 have fewer than 100 pupils and 11 fewer than 50.")
footnote(par, "Rural and Urban Area Classification 2004 (ONS/Defra). All 38 schools are in areas classed as 'village, hamlet and isolated dwellings' or 'town and fringe'.")
par.add_run(" In 24 of them the SENCO is also the headteacher or a teaching head, and seven SENCOs are shared between two or three schools in a federation. The nearest existing accredited course is at the University of Severnford, 70 miles from the north of the county.")
p("The proposal is a one-year, part-time Postgraduate Certificate in Special Educational Needs Coordination (Rural Schools), 60 credits, validated by the University of Severnford and delivered jointly by Severnford, the Service's Inclusion and Additional Needs Team and the Partnership. It is taught through nine Study Days held twice each, once in the north of the county and once in the south, monthly Learning Sets in participants' own schools, visits to each participant's school by a Link Tutor, two placement days, and printed and online materials. Annex A describes it in full and Annex B sets out what participants must show.")
p("The programme outline was drawn up in autumn 2008 by Severnford and the Service from the Service's records of SENCO qualifications, school sizes and travelling distances, and was agreed by the Partnership Board on 26 November 2008. Up to 20 places a year; fee \u00a31,200 a participant, met from the Partnership's pooled budget.")

# ================================================================ Part 2
doc.add_heading("Part 2. Screening", level=1)
guidance("Answer every question. If any answer is Yes or Not known, complete Part 3 for that question.")
table([
    ["No.", "Will the proposal...", "Answer", "Brief comment"],
    ["R1", "affect the availability of, or access to, services in rural areas?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Brings an accredited course into the county."],
    ["R2", "rely on delivery through existing local outlets (schools, halls, libraries)?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Learning Sets meet in participants' schools."],
    ["R3", "cost more to deliver in rural areas, because of distance or small numbers?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Travel, cover for very small schools."],
    ["R4", "rely on ICT or broadband for delivery or communication?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Online materials; broadband is poor in the west."],
    ["R5", "affect the need to travel, or people's ability to get to services?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Study Days, placements."],
    ["R6", "affect groups who may be disadvantaged in rural areas (disabled people, people on low incomes, carers, young or older people)?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Disabled participants; participants with caring responsibilities."],
    ["R7", "affect small rural employers?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Each village school is a small employer releasing a teacher."],
    ["R8", "rely on partnership with community and voluntary organisations?", "\u2612 Yes  \u2610 No  \u2610 Not known", "Parents' forum, voluntary sector contributors."],
    ["R9", "affect the rural environment or landscape?", "\u2610 Yes  \u2612 No  \u2610 Not known", "Travel reduced compared with the present position."],
    ["R10", "need information that is available at a rural level?", "\u2612 Yes  \u2610 No  \u2610 Not known", "School-level data held by the Service."],
    ["R11", "affect the recruitment and retention of the rural workforce?", "\u2612 Yes  \u2610 No  \u2610 Not known", "SENCO posts in small schools are hard to fill."],
], widths=[1.1, 7, 3.6, 4.8])

# ================================================================ Part 3
doc.add_heading("Part 3. Full assessment", level=1)
guidance("For each question answered Yes or Not known, say what the likely impact is, what evidence you have, and what you will do to reduce negative impacts or increase positive ones. Be specific: who will do what, and by when.")

doc.add_heading("R1. Access to services", level=2)
p("Without a local course, SENCOs in the Partnership would have to travel to Severnford for the Award; in the Service's 2007-08 records only 6 of the 38 SENCOs held any accredited SEN qualification. The proposal brings the Award into the county and to the schools themselves.", bold_lead="Impact and evidence.")
p("Study Days are held at Kingsbury Teachers' Centre (north) and Pennard Cross Education Centre (south), so no participant travels more than 30 miles. Link Tutors from the Inclusion Team visit each participant's school once a term. The two placement days (Annex A) are arranged and paid for by the programme.", bold_lead="What we will do.")

doc.add_heading("R2. Local outlets", level=2)
p("Learning Sets of four to six participants from neighbouring schools meet monthly, 4.00 to 6.00 pm, in a participant's school in turn, led by a Set Facilitator (an experienced SENCO or executive head from the Partnership). Each meeting works on a problem one member brings from their school, using the action learning format: the member describes it, the others ask questions, the member commits to an action and reports back next time. This keeps the course in schools and between Study Days gives participants regular contact with colleagues in the same position.", bold_lead="Impact and what we will do.")

doc.add_heading("R3. Cost of rural delivery", level=2)
p("Running every Study Day twice and paying mileage costs more than a single central course. The full cost is \u00a31,480 a participant (fee, travel, placement days and the cover contribution), against an estimated \u00a32,100 for a Partnership teacher taking the nearest comparable course at Severnford once travel and cover are counted. Numbers in each Learning Set are kept small, and the Learning Agreement (Annex A) means participants spend Study Day workshop time on what they need, not on what they already know.", bold_lead="Impact and evidence.")
par = doc.add_paragraph()
par.paragraph_format.space_after = Pt(5)
tracked(par, [
    ("b", "What we will do. "),
    ("n", "Mileage is paid at 40p a mile for Study Days, Learning Sets and placements. "),
    ("del", "The Partnership will pay supply cover for every Study Day."),
    ("ins", "Schools meet the cost of supply cover for Study Days; the Partnership pays a contribution of \u00a380 a day to schools with fewer than 50 pupils."),
    ("n", " "),
    ("del", "A January start will be offered from 2010 so that schools can spread the cost of release over two financial years."),
])

doc.add_heading("R4. ICT and broadband", level=2)
par = p("Fourteen of the 38 schools, mostly in the west of the county, have connections below 1 Mb/s and several lose them in bad weather. The programme therefore does not depend on live online working.", bold_lead="Impact and evidence.")
footnote(par, "Lugdale Broadband Partnership, school connectivity survey, September 2008.")
p("Module materials (readings, recorded Study Day talks, assignment briefs) are on Severnford Online, the University's learning environment, and are also sent to every participant's school on CD-ROM at the start of each module. There are no online discussions or online tutorials. Tutors contact participants by telephone and by post, and participants can phone their module tutor at agreed times each week. Support between Study Days is through the Learning Sets and the Link Tutor's termly visit.", bold_lead="What we will do.")

doc.add_heading("R5. Travel", level=2)
p("Study Days run from 9.30 to 3.00 so that participants can travel in daylight in winter. Each Study Day is held on two dates about a week apart, one at each centre, and participants may attend either. If snow closes a centre, the Study Day is rescheduled and the materials are posted. The Partnership Office keeps a car-sharing list. Placement travel is paid.", bold_lead="What we will do.")

doc.add_heading("R6. Groups who may be disadvantaged", level=2)
p("Disabled teachers in small rural schools can find it harder to take up training that involves long journeys, unfamiliar venues and time away from school. Four teachers in Partnership schools are known to the Service to have a disability; others may not have told their employer.", bold_lead="Impact and evidence.")
p("The nomination form explains why we ask about disability and asks participants whether they have a disability or health condition that may affect their study, travel or assessment. Everyone who says yes is offered a confidential meeting with the University of Severnford's Disability Advisory Service, which agrees a written study support plan with the participant (for example extra time, materials in large print or electronic form, a scribe or an oral alternative for an assignment, rest breaks). The plan goes to the module tutors and Link Tutor with the participant's agreement. Both centres are step-free with accessible toilets and induction loops; Learning Sets are not held in schools that are not accessible to a member. Placement hosts are told of any adjustments before the placement. The programme leaflet is available in large print and audio, and it says that disabled teachers are welcome and how to ask for adjustments. The Study Day on the law (Study Day 2) includes a session led by a disabled teacher from the Lugdale Disability Forum. Study Days end at 3.00 so that participants with caring responsibilities can collect their own children.", bold_lead="What we will do.")

doc.add_heading("R7. Small employers", level=2)
p("Releasing a teaching head or one of two teachers is a serious matter for a school of 40 pupils. Study Days (nine a year) are the only whole-day release; Learning Sets are after school. Federation heads have agreed to share cover between their schools where they can. The cover contribution is set out under R3.", bold_lead="Impact and what we will do.")

doc.add_heading("R8. Community and voluntary organisations", level=2)
p("The Lugdale Parents' Forum, the Parent Partnership Service and Marches Autism Support each lead part of Study Day 7 (working with families). Marches Autism Support and the Lugdale Young Carers project also host Learning Set visits on request. The Parent Partnership Service's coordinator sits on the Partnership Board, which receives the programme's evaluation reports each term (Part 6).", bold_lead="What we will do.")

doc.add_heading("R10. Rural data", level=2)
p("The Service holds school-level data on pupils with SEN, attainment (including RAISEonline and the County's P-scale tracker), attendance and exclusions, and on SENCO qualifications. This is used to monitor the programme's impact (Part 6).", bold_lead="Evidence and use.")

doc.add_heading("R11. Rural workforce", level=2)
p("Small schools find SENCO posts hard to fill; three Partnership headships in 2008 were re-advertised, and governors cited the SENCO duties. A local route to the Award should help schools grow their own SENCOs and keep them.", bold_lead="Impact.")

# ================================================================ Part 4
doc.add_heading("Part 4. Consultation and evidence", level=1)
guidance("Say who you consulted, how, and what they told you. Show how the consultation has changed the proposal. If it has not, say why.")
table([
    ["Who", "When and how", "What they told us"],
    ["Headteachers of Partnership schools", "Questionnaire, January 2009 (34 of 38 replied)", "Release is the biggest obstacle (31); keep Study Days to nine or fewer (27); hold them near (33); include working with outside agencies when specialists are far away (25); include managing teaching assistants across a federation (22)."],
    ["SENCOs and teachers who expect to take the course", "Focus group at Kingsbury Teachers' Centre, 14 January 2009 (12 people)", "Want to learn with people in the same kind of school; worried about writing at Master's level after many years; several have no degree; online discussion would not work from their schools."],
    ["Lugdale Parents' Forum", "Forum meeting, 20 January 2009 (18 parents)", "Parents want SENCOs who explain plans and listen; concern about confidentiality in small villages; would like to help train SENCOs."],
    ["Pupils", "School councils at three Partnership schools, January 2009", "\u201cA good helper listens to you and doesn't make a fuss in front of everyone.\u201d"],
    ["Marches Autism Support; Lugdale Young Carers", "Meetings, January 2009", "Willing to contribute to Study Days and host visits."],
    ["University of Severnford", "Programme planning meetings, autumn 2008", "Validation requirements; staffing; the level 6 variant."],
], widths=[3.8, 4.2, 8.5])
p("The views gathered in January 2009 are summarised above. They have not yet changed the programme: the Partnership Board will consider them at its meeting on 12 March 2009 (action 9).")

# ================================================================ Part 5 (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = sec0.page_height, sec0.page_width
land.left_margin = land.right_margin = Cm(2)
doc.add_heading("Part 5. Action plan", level=1)
guidance("List the actions from Part 3 and Part 4 with a named lead and a date. Status: Not started / Planned / Under discussion / Agreed / Done.")
ap_rows = [
    ["No.", "Action", "Lead", "By", "Status"],
    ["1", "Book both centres and fix the Study Day dates for 2009-10", "Gwen Prothero", "April 2009", "Done"],
    ["2", "Agree the cover contribution for schools under 50 pupils", "Mervyn Bowen", "February 2009", "Done"],
    ["3", "Produce CD-ROMs of each module's materials for all participants' schools", "Dr Owen Lacey", "September 2009", "Planned"],
    ["4", "Mileage claims procedure and car-sharing list", "Partnership Office", "September 2009", "Planned"],
    ["5", "Placement agreement with Ledwardine School and the Clunbury Language Resource Base", "Gwen Prothero", "June 2009", "Agreed"],
    ["6", "Regulations for the assessment-only route", "Dr Owen Lacey", "March 2009", None],
    ["7", "January start and a mainly online route", "Partnership Board", "2010", "Review in 2010"],
    ["8", "Add a contribution from a school council to Study Day 7", "Gwen Prothero", "2010", "Not started"],
    ["9", "Report the consultation results to the Partnership Board", "Alison Tranter", "12 March 2009", "Planned"],
    ["10", "Review this rural proofing assessment after the first year", "Gwen Prothero", "September 2010", "Planned"],
]
apt = doc.add_table(rows=0, cols=5)
apt.style = "Table Grid"
for i, row in enumerate(ap_rows):
    cells = apt.add_row().cells
    for j, val in enumerate(row):
        cells[j].text = ""
        par = cells[j].paragraphs[0]
        if val is None:
            tracked(par, [("del", "Under discussion"), ("ins", "Agreed by Severnford Academic Board, 3 February 2009")], size=9)
            continue
        r = par.add_run(val)
        r.font.size = Pt(9)
        if i == 0:
            r.bold = True
            shade(cells[j], "D9E2F3")
for row in apt.rows:
    for j, w in enumerate([1.2, 11.5, 3.5, 3, 5]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = sec0.page_width, sec0.page_height
port.left_margin = port.right_margin = Cm(2.2)

# ================================================================ Part 6
doc.add_heading("Part 6. Monitoring and review", level=1)
guidance("Say how you will know whether the proposal is working for rural people and organisations, what information you will collect, who will see it, and how stakeholders will be involved in monitoring.")
p("The programme's own evaluation and the University's quality processes will be used as follows.")
bullets([
    "Participants evaluate each Study Day on the day and each module at its end (Severnford's module evaluation questionnaire, sent on paper as well as online).",
    "Set Facilitators and Link Tutors each write a short report at the end of each term on how the Learning Sets and school visits are going.",
    "The programme team (module tutors, the Principal Adviser and two Set Facilitators) meets at the end of each module to review the evaluations, the marks and the reports, and records the changes it makes in an annual action plan.",
    "Severnford's external examiner reports each year; the programme goes through the University's annual monitoring and its five-yearly periodic review.",
    "The Partnership Board (eleven heads, the Parent Partnership Service coordinator, the Principal Adviser and the Programme Leader) receives the action plan and all these reports each term and can require changes.",
])
p("Participants' competence and confidence are measured by repeating the starting self-audit (Annex A) at the end of the course and comparing the two. The effect on pupils is measured in two ways. In Assignment 2 each participant records baseline and end measures for the case pupil and a small group, and evaluates what changed as a result of their work. In addition, for every participant's school, the Service compares the progress of pupils on the SEN register (RAISEonline and the County's P-scale tracker), and their attendance and fixed-term exclusions, in the year before the participant started and the year after they finished. Results are reported to the Partnership Board and to Severnford's programme committee each autumn, and the rural proofing review (action 10) will use them.")

# ================================================================ Part 7
doc.add_heading("Part 7. Sign-off", level=1)
guidance("The assessment must be signed by the lead officer and the Head of Service before it goes to the decision-maker.")
table([
    ["Role", "Name", "Date"],
    ["Lead officer", "Gwen Prothero, Principal Adviser (Inclusion)", "2 February 2009"],
    ["Head of Service", "Mervyn Bowen, Head of School Improvement and Advisory Service", "5 February 2009"],
    ["Rural champion (Cabinet)", "Cllr Hywel Morgan", "Seen, 9 February 2009"],
], widths=[4.5, 8, 4])

# ================================================================ Annex A
doc.add_page_break()
doc.add_heading("Annex A. The programme", level=1)

p("The Postgraduate Certificate in Special Educational Needs Coordination (Rural Schools) was approved by a University of Severnford validation panel on 10 December 2008, subject to the TDA's approval of the Partnership as a provider. It carries 60 credits at level 7 (Master's level) in three 20-credit modules, and successful participants receive the National Award for SEN Coordination with it. Participants are registered as students of the University, and its Board of Examiners confirms results and makes the award. Teachers who hold qualified teacher status but no degree take the same modules at level 6 and receive a Graduate Certificate in SEN Coordination (60 credits at level 6), with the same national outcomes.", bold_lead="Award and validation.")
par = p("The programme is open to any qualified teacher in a Partnership school who is, or will become within the year, the school's SENCO, and who is nominated by their headteacher (or, where the nominee is the head, by the chair of governors). Places are allocated to federations and clusters in proportion to their number of schools; a nomination within a federation's allocation is accepted.", bold_lead="Who it is for.")
footnote(par, "Checks: on the nomination form the head confirms that the nominee holds a current enhanced CRB disclosure obtained by the school or the County, and gives its date and number; Severnford's admissions office checks the declaration, and where a nominee has not worked in a school in the past three months the University obtains a new enhanced disclosure before registration. The County's HR service confirms for each nominee that there are no current disciplinary proceedings and no bar on working with children.")
p("At the first Study Day each participant completes a self-audit against the national outcomes, rating each from 1 (new to me) to 4 (confident and able to show evidence) and noting evidence. In the first month their Link Tutor visits their school and agrees with them and their head a Learning Agreement: the outcomes they most need to develop, personal targets for the year, which of the Study Day workshop options they will take, and the school-based work that will support the assignments. The Learning Agreement is reviewed at each termly visit.", bold_lead="Self-audit and Learning Agreement.")
p("Participants who have passed Master's-level modules in SEN in the last five years may claim credit for up to 20 credits through Severnford's accreditation of prior certificated learning, normally against SEN702. Experience is not accredited; it is taken into account in the Learning Agreement.", bold_lead="Prior learning.")
ao = doc.add_paragraph()
ao.paragraph_format.space_after = Pt(5)
tracked(ao, [
    ("ins", "Assessment-only route. "),
    ("ins", "Exceptionally, a teacher with at least three years' experience as a SENCO and an accredited SEN qualification may apply to be assessed without taking the taught programme. The candidate submits a portfolio of evidence and a 3,000-word reflective commentary, and takes a 45-minute professional discussion with two assessors (one from Severnford, one from the Service). The portfolio must show evidence against every national outcome. The fee is \u00a3750, and the route is governed by Severnford's regulations agreed on 3 February 2009."),
])
mark_paragraph(ao, "ins")

doc.add_heading("Modules and Study Days", level=2)
p("The three modules are taken in order, from September to July: SEN701 Leading SEN in the small school (autumn), SEN702 Learners, needs and provision (spring), SEN703 Working together (summer). Each Study Day runs at both centres.")
table([
    ["Study Day", "Module", "Content"],
    ["1", "SEN701", "The SENCO's role in a small school or federation; the Code of Practice; prioritising, managing time and delegating when you are also the head or a class teacher; the self-audit."],
    ["2", "SEN701", "SEN and disability law: the Education Act 1996, SENDA 2001, the Disability Discrimination Act 1995 and 2005, the disability equality duty; accessibility plans and disability equality schemes; the 2008 SENCO regulations."],
    ["3", "SEN701", "School self-evaluation and improvement; the SEF; data on pupils with SEN; provision mapping; working with the head and governors on SEN policy and resources."],
    ["4", "SEN702", "Child development and how SEN, disability and the environment affect it; the main kinds of need: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties."],
    ["5", "SEN702", "Assessment: using assessments from educational psychologists, therapists and others; P scales and national tests; setting targets; planning and reviewing interventions; ICT and assistive technology."],
    ["6", "SEN702", "Research and evidence: the Bercow Review (2008), the Inclusion Development Programme, Ofsted's Inclusion: does it matter where pupils are taught? (2006), the evidence on reading and language interventions; access arrangements for national tests."],
    ["7", "SEN703", "Working with families (led with the Parents' Forum, the Parent Partnership Service and Marches Autism Support); involving pupils in decisions about their provision."],
    ["8", "SEN703", "Services and agencies in a rural county: educational psychology, speech and language therapy, CAMHS, sensory support, social care, the voluntary sector; the CAF."],
    ["9", "SEN703", "Developing colleagues: observation, feedback, coaching, modelling, leading training; deploying teaching assistants across a federation; next steps."],
], widths=[1.8, 2, 12.7])
p("Severnford updates the reading for each module every summer from the work of its Centre for Inclusion Research; the 2009-10 lists include the Lamb Inquiry's reports as they appear and the review of dyslexia provision announced in 2008.")
p("Each participant spends two days on placement at Ledwardine School (the County's special school for pupils with severe and complex needs) or the Clunbury Language Resource Base, observing and working alongside its SENCO and specialist staff, with a focus agreed in the Learning Agreement. The placement is arranged by the Link Tutor under the agreement with both settings (action 5); travel is paid. Specialist contributors on Study Days include the County's educational psychologists, speech and language therapists from the PCT, the Sensory Support Service and the voluntary organisations named under R8.", bold_lead="Placements and specialists.")
p("Severnford Online and CD-ROMs (R4); the Lugdale Learning Resources mobile library, which visits each federation monthly and carries the Inclusion Team's SEN collection, so that participants can borrow assessment materials, intervention programmes and books at school; an assistive technology loan kit (laptops with text-to-speech, word prediction and symbol software, and portable magnifiers) that participants can borrow for a half-term; Severnford library membership with postal loans and e-journals.", bold_lead="Resources.")
p("Each module is assessed by one assignment (Annex B). Written assignments are marked by the module tutor against Severnford's Master's-level criteria (level 6 criteria for the Graduate Certificate); the Assignment 3 presentation is assessed by the participant's Link Tutor. Severnford's external examiner reviews a sample of each module's assignments and all fails. The pass mark is 50 (40 at level 6). To receive the award a participant must pass all three assignments. One resubmission of a failed assignment is allowed.", bold_lead="Assessment and the award.")
p("Module tutors: Dr Owen Lacey (Programme Leader; Senior Lecturer in Inclusive Education, Severnford; formerly SENCO and deputy head of a rural primary; PhD on SEN in small schools), Dr Rachel Evans (Lecturer, Severnford; educational psychologist, HCPC registered). Service staff: Gwen Prothero (Principal Adviser, Inclusion; MA SEN; former head of a special school), and four Link Tutors from the Inclusion Team, all qualified teachers with at least five years' specialist SEN experience and an accredited SEN qualification (two hold the British Dyslexia Association's AMBDA; one is a specialist teacher of the deaf). Set Facilitators are experienced SENCOs or executive heads from Partnership schools.", bold_lead="Staff.")
sf = doc.add_paragraph()
sf.paragraph_format.space_after = Pt(5)
tracked(sf, [
    ("del", "Set Facilitators attend a two-day course in facilitating action learning run by Severnford's Centre for Professional Learning before their first Set, and meet the Programme Leader each term."),
])
mark_paragraph(sf, "del")
p("At the final Learning Set each participant drafts a Next Steps Plan with two or three professional targets for the following year. The Link Tutor meets the participant and their head to agree the plan, which the head takes into the participant's performance management.", bold_lead="Next steps.")

# ================================================================ Annex B
doc.add_page_break()
doc.add_heading("Annex B. What participants must show", level=1)
p("The table sets out, for each assignment, what participants must show. The wording follows the national outcomes but is the programme's own.")
table([
    ["Assignment", "Task", "Participants show that they..."],
    ["Assignment 1 (SEN701): Policy and Provision Audit, 4,000 words (3,500 at level 6)",
     "Audit the school's SEN policy and practice against the Code of Practice and the disability duties; analyse three years of data on pupils with SEN; review the provision map with colleagues; present recommendations to the head and governors and include their response.",
     "know the SEN law and Code of Practice and how to apply them in their school; know the disability equality duties and what they require; understand school self-evaluation and link SEN to the SEF; use summative data, including national tests, to track pupils' progress and change provision; use a provision map to find provision that is missing or not working; review with colleagues how effective provision is; work with the head and governors to shape an inclusive SEN policy and the use of resources; win the commitment of the head and colleagues (shown in their response)."],
    ["Assignment 2 (SEN702): Learner Case Study, 5,000 words (4,500 at level 6)",
     "For one pupil (and a small group where relevant): bring together the assessments of other professionals and the participant's own; set targets; plan, run and review an intervention with baseline and end measures; meet the pupil's parents or carers about the plan and record the meeting; set the work in research.",
     "understand how children develop and how SEN, disability and environment affect development; know the five main kinds of need and how the case pupil's needs compare with them; identify needs, set challenging targets, plan interventions and review progress; use other professionals' assessments; evaluate approaches and resources, including ICT, critically; use research and outside advice; build a respectful, constructive relationship with the pupil and family; liaise effectively with parents or carers."],
    ["Assignment 3 (SEN703): Leading Practice Portfolio and Presentation",
     "Core (all participants): lead a staff development session and two observations with feedback, with evidence of what changed. Then either option (a): review and improve how teaching assistants are deployed across the school or federation; or option (b): organise and evaluate a multi-agency review for a pupil, involving at least one outside service and, where relevant, a voluntary organisation. A 20-minute presentation with questions to the Link Tutor.",
     "support colleagues' development through observation, feedback, coaching and training; communicate clearly in writing and speech and listen to others' views; option (a): deploy and manage staff effectively; option (b): know the roles of outside agencies and work in partnership with them and with voluntary organisations."],
], widths=[3.6, 6.2, 6.7])
p("Covered on Study Days but not assessed: prioritising, managing time and delegating (Study Day 1); special arrangements for national tests (Study Day 6); involving pupils in decisions about their provision (Study Day 7); keeping up to date and planning one's own CPD (Study Day 9).", bold_lead="Also covered.")
p("Participants following the assessment-only route are assessed against all the national outcomes through the portfolio described in Annex A.")

# ---------------------------------------------------------------- comments
def find_par(prefix):
    for par in doc.paragraphs:
        if prefix in par.text:
            return par
    raise KeyError(prefix)


c1 = find_par("Each module is assessed by one assignment")
cm1 = doc.add_comment(c1.runs[-1], text="Owen confirms the external examiner will also sit in on a sample of the Assignment 3 presentations each year. Add? GP", author="Gwen Prothero", initials="GP")
cm1._comment_elm.set(qn("w:date"), "2009-02-04T11:12:00Z")
c2 = find_par("The views gathered in January 2009")
cm2 = doc.add_comment(c2.runs[0], text="The Cabinet Member will ask why the consultation came after the design. We should be ready to answer. MB", author="Mervyn Bowen", initials="MB")
cm2._comment_elm.set(qn("w:date"), "2009-02-05T16:25:00Z")

# ---------------------------------------------------------------- save, then add the footnotes part
out = HERE / (NAME + ".docx")
from lxml import etree
fn_part = Part(PackURI("/word/footnotes.xml"),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
               etree.tostring(fn_root, xml_declaration=True, encoding="UTF-8", standalone=True),
               doc.part.package)
doc.part.relate_to(fn_part, RT.FOOTNOTES)
doc.save(str(out))
print("wrote", out)
