"""ey-02-qalam-model-policy: build the .docx next to this script.

Provider (invented)
-------------------
Qalam Professional Development, the professional development arm of the Qalam
Schools Association (31 Muslim schools in London, the Thames Valley and the
South East: three voluntary-aided, twenty-eight independent), with Beckfield
University School of Education validating. April 2009, first cohort
September 2009.

Kind of document and layout
---------------------------
The Association's MODEL POLICY for member schools, "Special Educational Needs
and Disability: Model Policy and Guidance for Member Schools", third edition,
sent whole as the application under a covering letter. Parts One to Four are
the policy each member school adopts about its own pupils: numbered clauses
(1.1, 2.3, 3.4, 4.5 ...), "[Name of school]" placeholders and bracketed
alternatives for voluntary-aided and independent schools, and grey shaded
"Guidance" boxes meant to be deleted before a school publishes its policy.
Part Five, added in this edition, describes the Association's National Award
in the policy's own register ("The Association will ...", "Participants
..."), with section numbers 5.1-5.13 that collide with requirement ids.
Annexes: C the Award at a glance (table), D an outcome map numbered 1-27 in
the Association's words with merged group rows, E a blank nomination form.
Tracked changes by the Education Committee (2 April 2009, to be ratified), four
Word comments, four real footnotes, header and footer. The covering letter
tells the panel to read the text as amended and that margin notes are for the
Association's own drafting.

Traps (requirement ids)
-----------------------
- Parts One to Four carry the right words about the wrong thing (the school's
  duties to its pupils, not the Award):
  * pupils involved in IEP targets and annual reviews (3.4) -> nothing in the
    Award develops consulting pupils: 1.5 not met, 6.S7 not met (no Annex D row);
  * the SENCO "will identify in good time any access arrangements pupils need"
    (2.3) and examinations (4.3) -> the Award never covers it: 6.S2d not met
    (no Annex D row);
  * pupils' Individual Education Plans (3.2) are not participants' training
    plans: 2.2 partially met from the Award's own self-audit, used only for
    the group;
  * the school's accessibility plan for pupils (4.1) is not the provider's
    equality duty to participants: 3.1 partially met from a general welcome
    in 5.10;
  * safer recruitment checks on school staff (4.5) are the school's; 5.3 is
    met by the Award's own check in 5.4 (notes_on_met).
- 40 credits at masters level, with an optional third module to make 60:
  E.2 partially met.
- Tracked changes: an INSERTED paragraph creates the assessment-only route
  (2.3 met); a DELETED sentence removes a Wednesday cohort (3.2 stays partial:
  one intake, fixed order, face to face, carry-over only); a DELETED sentence
  removes online study of QA2 (3.3 not applicable: no e-learning remains); an
  INSERTED clause adds the external examiner (5.8 met either way); a DELETED
  sentence removes repeating the self-audit at the end (5.9 not met); in Annex
  D a cell's "QA1 Task 1" is DELETED and "QA3 Task 3 (optional module)"
  INSERTED for deploying staff (6.S4 partially met).
- Comments (not part of the submission): a special school's offer to host
  visits (5.5 stays partial: "The Association does not arrange placements"),
  collating Task 2 pupil data for impact (5.9 stays not met), a query about
  40 credits.
- Blanket claim "Between them, Tasks 1 and 2 assess all the national minimum
  outcomes" (5.9 of the policy) against Annex D, where five outcomes are
  assessed only in the optional QA3 module, three are taught but "Not
  separately assessed"/"Not assessed", and two have no row: 1.9, 6.0
  partially met.
- Generic claims: research "Tutors bring the latest research" (1.3 partially
  met); "tailored to each participant" with one programme for all (2.4
  partially met).
- Aspiration: "We hope in time to be able to show ..." (5.9 not met).
- Evaluation by participants' forms only, reviewed by a Steering Group (5.1
  partially met); the Steering Group includes nominees of the Heads' Forum and
  the Parents' Council (4.3 met).
- Mentors: headteachers, commitments listed on the form, "We do not run
  separate training for mentors" (5.7 partially met).
- Criterion 6 per outcome from Annex D with the Task descriptions in 5.9:
  optional QA3 only -> 6.A7, 6.K3, 6.K7, 6.S4, 6.S5 partially met; taught but
  not assessed -> 6.A1, 6.S2c, 6.S8 partially met; absent from the Award ->
  6.S2d, 6.S7 not met; the rest met (taught on a named day and assessed in
  Task 1 or Task 2).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "ey-02-qalam-model-policy.docx"

AUTHOR = "Imran Qureshi"
DATE = "2009-04-02T19:40:00Z"
_rev = [100]

doc = Document()
doc.styles["Normal"].font.name = "Cambria"
doc.styles["Normal"].font.size = Pt(11)
for s in ("Heading 1", "Heading 2"):
    doc.styles[s].font.color.rgb = RGBColor(0x15, 0x3E, 0x6B)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.4)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _run(text, deleted=False, italic=False, bold=False):
    r = OxmlElement("w:r")
    if italic or bold:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic:
            rpr.append(OxmlElement("w:i"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _rev_el(tag):
    _rev[0] += 1
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def add_segments(p, segs):
    """segs: list of (kind, text) with kind n (normal), i (inserted), d (deleted), b (bold normal)."""
    for kind, text in segs:
        if kind == "n":
            p._p.append(_run(text))
        elif kind == "b":
            p._p.append(_run(text, bold=True))
        elif kind == "i":
            w = _rev_el("w:ins")
            w.append(_run(text))
            p._p.append(w)
        elif kind == "d":
            w = _rev_el("w:del")
            w.append(_run(text, deleted=True))
            p._p.append(w)
    return p


def mark_paragraph(p, kind):
    """Mark the paragraph mark itself as inserted or deleted."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_rev_el("w:ins" if kind == "i" else "w:del"))
    pPr.append(rPr)


def P(text="", lead=None, style=None, italic=False, size=None, align=None, container=None, indent=None):
    c = container if container is not None else doc
    p = c.add_paragraph(style=style) if style else c.add_paragraph()
    if lead:
        r = p.add_run(lead)
        r.bold = True
    if text:
        r = p.add_run(text)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def guidance(paras):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "E7E6E6")
    first = c.paragraphs[0]
    r = first.add_run("Guidance")
    r.bold = True
    r.italic = True
    for x in paras:
        P(x, italic=True, container=c)
    doc.add_paragraph()


def table(header, rows, widths=None, group_fill="D9E2F0"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "C9D6EA")
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):
            m = cells[0].merge(cells[-1])
            m.paragraphs[0].add_run(row).bold = True
            shade(m, group_fill)
            continue
        for i, v in enumerate(row):
            if isinstance(v, list):  # tracked segments
                add_segments(cells[i].paragraphs[0], v)
            else:
                cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ footnotes
FOOTNOTES = {}


def footnote(p, text):
    n = len(FOOTNOTES) + 1
    FOOTNOTES[n] = text
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    r.append(ref)
    p._p.append(r)


def write_footnotes():
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    from xml.sax.saxutils import escape
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for n, text in FOOTNOTES.items():
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">' + "".join(notes) + "</w:footnotes>"
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ header/footer
hp = sec.header.paragraphs[0]
hp.text = "Qalam Schools Association  |  Model SEN and Disability Policy, third edition  |  As amended by the Education Committee, 2 April 2009"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = "Qalam Professional Development. All our programmes meet national standards.  Page "
fp.runs[0].font.size = Pt(8)
fld = OxmlElement("w:fldSimple")
fld.set(qn("w:instr"), "PAGE")
r_ = OxmlElement("w:r")
t_ = OxmlElement("w:t")
t_.text = "1"
r_.append(t_)
fld.append(r_)
fp._p.append(fld)

# ------------------------------------------------------------------ covering letter
P("Qalam Professional Development", size=14).runs[0].bold = True
P("The professional development arm of the Qalam Schools Association")
P("Qalam House, 22 Marlowe Road, Eastwick")
P("20 April 2009")
P("The National Award for SEN Coordination team, Training and Development Agency for Schools")
P("Dear colleagues")
P("Application for approval to provide the National Award for SEN Coordination", lead=None).runs[0].bold = True
P("We enclose our Model Policy for Special Educational Needs and Disability, third edition, as our application. Every "
  "member school of the Association adopts the Model Policy, adapted to its own circumstances, and this edition adds "
  "Part Five, which sets out the Award we will run with Beckfield University's School of Education from September "
  "2009. We have sent the whole policy rather than Part Five alone because the Award only makes sense alongside what "
  "our schools undertake to do for their pupils, and because it is the document our heads and proprietors will read.")
P("Parts One to Four describe what member schools do; they are the setting for the Award, not the Award itself. Part "
  "Five and Annexes C to E describe the Award: how it is validated, who may join, how it is taught and assessed, how "
  "it is checked and evaluated, and, in Annex D, where each national outcome is taught and how it is assessed.")
P("Our Education Committee amended the text on 2 April 2009. Its amendments are shown as tracked changes because the "
  "Association's Council ratifies them at its meeting on 16 May; please read the text as amended. Notes left in the "
  "margin by Committee members are for our own drafting.")
P("Yours sincerely")
P("Abdul-Karim Sheikh")
P("Director of Professional Development")
doc.add_page_break()

# ------------------------------------------------------------------ title
P("Qalam Schools Association", size=14, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].bold = True
P("Special Educational Needs and Disability", size=24, align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].bold = True
P("Model Policy and Guidance for Member Schools", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Third edition, 2009, incorporating Part Five: the Association's National Award for SEN Coordination", size=11,
  align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)
doc.add_paragraph()
guidance([
    "For proprietors, governors and headteachers. Text in square brackets is for your school to complete or to choose "
    "between. Shaded guidance boxes like this one explain the law or the Association's advice and should be deleted "
    "before your policy is published.",
    "Voluntary-aided schools must have regard to the SEN Code of Practice (2001). Independent schools are not bound by "
    "the Code, but the Association's membership standards ask every member school to follow its principles. Review "
    "your policy every year and record the date of review at the end.",
])

# ------------------------------------------------------------------ Part One
H("Part One: Our principles")
P("1.1  [Name of school] believes that every pupil is an amanah, a trust from Allah, placed with the school by the "
  "pupil's family. A pupil who finds learning harder than others, or who has a disability, is owed more of our "
  "attention, not less.")
P("1.2  The Qur'an records (Surah 'Abasa, 80:1-10) that the Prophet, peace be upon him, was gently corrected for "
  "turning away from a blind man, Abdullah ibn Umm Maktum, who had come to him wanting to learn. We take from this "
  "that no pupil who comes to learn may be passed over for the sake of others who seem more important.")
P("1.3  Our aims for pupils with special educational needs and disabilities are that they:")
for x in ["are identified early and accurately, without waiting for them to fail;",
          "make good progress in their learning, including in Qur'an, Arabic and Islamic Studies;",
          "are healthy, safe and happy in school, take a full part in its life, including prayers, trips and "
          "competitions, and leave ready for the next stage of their education or work;",
          "and their families are treated as partners and kept fully informed."]:
    P(x, style="List Bullet")
p14 = P("1.4  In this policy a pupil has special educational needs if he or she has a learning difficulty that calls for "
        "special educational provision, and a pupil is disabled if he or she has a physical or mental impairment with a "
        "substantial and long-term adverse effect on normal day-to-day activities.")
footnote(p14, "Education Act 1996, section 312; Disability Discrimination Act 1995, section 1, as amended by the "
              "Disability Discrimination Act 2005.")

# ------------------------------------------------------------------ Part Two
H("Part Two: Roles and responsibilities")
P("2.1  [For voluntary-aided schools: The governing body] [For independent schools: The proprietor] has overall "
  "responsibility for this policy and for the school's provision for pupils with SEN and disabilities. The named "
  "governor [or trustee] for SEN is [name].")
P("2.2  The headteacher is responsible for the day-to-day management of provision, for the school's accessibility plan "
  "and for making sure that the SENCO has the time and resources to do the job.")
P("2.3  The SENCO is [name], a qualified teacher [and a member of the senior leadership team]. The SENCO will:")
for x in ["oversee the day-to-day operation of this policy and keep the SEN register;",
          "coordinate provision for pupils with SEN and keep the school's provision map up to date;",
          "make sure that pupils' views are sought and that parents are kept informed and involved;",
          "identify in good time any access arrangements pupils need for national tests and examinations, and make "
          "sure they are in place;",
          "advise and support colleagues, including teachers of Qur'an and Islamic Studies, and manage the work of "
          "teaching assistants with pupils with SEN;",
          "liaise with outside agencies; and",
          "report each year to the [governing body] [proprietor] and contribute to the school's self-evaluation."]:
    P(x, style="List Bullet")
guidance([
    "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the governing body of "
    "a maintained school, including a voluntary-aided school, to designate a qualified teacher as SENCO. The Government "
    "has said that SENCOs new to the role in maintained schools will have to gain the National Award for SEN "
    "Coordination within three years. Independent schools are not covered by the Regulations, but the Association asks "
    "every member school to nominate a SENCO who is new to the role for the Association's Award (Part Five).",
])
P("2.4  Every teacher, including teachers of Qur'an, Arabic and Islamic Studies and teachers in the school's hifz "
  "classes, is a teacher of pupils with SEN, plans for them and tells the SENCO about any pupil causing concern.")
P("2.5  Teaching assistants work under the direction of class teachers and the SENCO and take part in the school's "
  "training on SEN.")

# ------------------------------------------------------------------ Part Three
H("Part Three: Identifying and meeting needs")
P("3.1  The school follows the graduated approach of the Code of Practice. A pupil whose progress gives concern is "
  "first supported through differentiated classroom teaching; if that is not enough, the pupil is placed at School "
  "Action, and if outside advice is then needed, at School Action Plus. Where a pupil's needs are severe and complex "
  "the school may ask the local authority for a statutory assessment.")
P("3.2  Each pupil at School Action or School Action Plus has an Individual Education Plan with three or four short-"
  "term targets and the strategies and support to meet them. Plans are reviewed at least once a term.")
P("3.3  The school keeps a provision map showing the additional provision made for pupils, who provides it, how "
  "often and at what cost, and uses it to review whether provision is working.")
P("3.4  Pupils will be involved in setting and reviewing their IEP targets, in ways that suit their age and "
  "communication. The SENCO will make sure that every pupil with a statement contributes to his or her annual review, "
  "in person or in another way, and that pupils' views are recorded in their own words.")
P("3.5  Parents will be told when their child is placed on the SEN register and will be invited to every review. The "
  "school will provide an interpreter where a parent would prefer one, will hold meetings at times parents can "
  "attend, and will tell parents about the local Parent Partnership Service.")
P("3.6  [For voluntary-aided schools: The school uses the local authority's educational psychology, learning support "
  "and speech and language services.] [For independent schools: The school buys in educational psychology and other "
  "specialist advice and keeps a list of providers it uses.] The school also works with voluntary organisations that "
  "support families.")
P("3.7  Pupils with SEN take part in Qur'an and hifz classes with targets and methods adapted to their needs. The "
  "SENCO advises Qur'an teachers on how to do this.")
guidance([
    "Many member schools have told us that families sometimes prefer not to have their child placed on the SEN "
    "register. Explain to parents what School Action means, that it brings help, and that it does not follow the "
    "child in a way that harms his or her future.",
])

# ------------------------------------------------------------------ Part Four
H("Part Four: Access, equality and safeguarding")
P("4.1  The school has an accessibility plan, reviewed every three years, for increasing disabled pupils' access to "
  "the curriculum and the buildings and for improving the information given to them. [Voluntary-aided schools: The "
  "school also publishes a disability equality scheme.]")
P("4.2  No pupil is refused admission because of special educational needs or disability; the school will consider "
  "what reasonable adjustments it can make.")
P("4.3  The SENCO applies to the awarding body for access arrangements in public examinations and arranges "
  "readers, scribes, extra time or separate rooms for national tests, in good time.")
P("4.4  All staff receive training on SEN at least once a year, and new staff receive an introduction to this policy "
  "in their first term.")
p45 = P("4.5  All staff, volunteers and regular visitors who work with pupils are checked before they start, including "
        "an enhanced CRB disclosure, a check of List 99, references and checks of previous employment, and the "
        "results are kept on the school's single central record.")
footnote(p45, "Safeguarding Children and Safer Recruitment in Education (DfES, 2006), chapter 4.")

# ------------------------------------------------------------------ Part Five
H("Part Five: The Association's National Award for SEN Coordination")
P("This Part is new in the third edition. It describes the Award that the Association's professional development arm, "
  "Qalam Professional Development, provides with Beckfield University School of Education.", italic=True)

H("5.1  Why the Association offers the Award", 2)
P("Until 2008 our voluntary-aided schools sent new SENCOs on local authority courses, and our independent schools "
  "could rarely find a place on them. In autumn 2008 we surveyed all 31 member schools and 29 replied. Seventeen had a "
  "SENCO who had been in post for less than two years and nine SENCOs had had no SEN training beyond INSET days. "
  "Heads asked most often for help with the law as it applies to independent schools, with assessment, and with "
  "working with parents.")
P("The Heads' Forum discussed a first outline in November 2008. The outline proposed weekday study; heads told us "
  "that independent schools could not pay for supply cover, so the Award now meets on Saturdays, and at their request "
  "men and women meet in separate groups at two venues. The Association's Parents' Council asked that SENCOs be "
  "trained to work with families who speak little English and to understand how some families in our community see "
  "disability; study day 5 was written with two members of the Council. The local authority's link adviser for "
  "voluntary-aided schools asked for close attention to the Code of Practice, which is the basis of study day 1 and "
  "of Task 1.")

H("5.2  The Award in brief", 2)
p52 = P("The Award is validated by Beckfield University School of Education and approved for five years from September "
        "2009. It consists of two modules at masters level (Level 7), each worth 20 credits: QA1 The SENCO, the Law and "
        "Leadership, and QA2 Learners, Learning and Intervention, 40 credits in all. Participants who wish may go on "
        "to take a third module, QA3 Leading Inclusion in a Faith School (20 credits), which with QA1 and QA2 leads "
        "to the University's Postgraduate Certificate in Inclusive Education (60 credits). QA3 is optional and is not "
        "needed for the Award.")
footnote(p52, "The validation event was held at Beckfield University on 28 January 2009; the panel's two conditions "
              "were met on 3 March 2009.")

H("5.3  What the Award is for", 2)
P("The Award exists so that pupils with SEN and disabilities in our schools make better progress in their learning "
  "and in all five outcomes of Every Child Matters: being healthy, staying safe, enjoying and achieving, making a "
  "positive contribution and achieving economic well-being. Each of the Award's two Tasks asks the participant to "
  "change something in his or her own school for identified pupils and to show what happened to those pupils.")

H("5.4  Who may join", 2)
P("The Award is for qualified teachers with at least two years' teaching experience who are, or are about to be, "
  "the SENCO in a member school. The headteacher nominates the candidate on the form in Annex E, agrees to act as "
  "mentor or to name a senior colleague who will, and sends the candidate's self-audit (5.5). The Award Leader then "
  "interviews each candidate for thirty minutes, using the self-audit, to decide whether the candidate has enough "
  "knowledge and experience to benefit from the Award and to complete it within the year. A candidate who is not yet "
  "ready is offered places on the Association's Foundations of SEN day courses and a place in the following year, "
  "and the Award Leader writes to the headteacher setting out what the candidate needs to do first.")
P("The Association does not rely on the school's word alone for safeguarding. The nomination form asks the "
  "headteacher to give the number and date of issue of the candidate's enhanced CRB disclosure and to confirm that "
  "the school's pre-appointment checks were completed and that no concerns about the candidate are outstanding. The "
  "Award Administrator checks that the disclosure details are complete and current before a place is confirmed. A "
  "candidate who has not worked in a school, in a post with regular contact with children, in the past three months "
  "must obtain a new enhanced disclosure, which the Association arranges as a registered body, before starting.")

H("5.5  Before the course", 2)
P("Each candidate completes the Association's SENCO self-audit, which asks the candidate to rate his or her "
  "knowledge and experience against each of the national outcomes, and sends it with the nomination form. Tutors "
  "read the audits together in July to see where the group as a whole is strong or weak, and plan the emphasis of "
  "the study days accordingly. We believe the Award is tailored to each participant's needs and gives excellent "
  "value for money.")

H("5.6  Credit for earlier learning, and assessment without attendance", 2)
p56 = P("Participants who have already passed relevant study at masters level, or who can show through a portfolio "
        "that their experience already meets the learning outcomes of a module, may claim credit for that module "
        "instead of taking it.")
footnote(p56, "Claims are made on the University's APL form before the module starts, for up to 20 credits. A claim "
              "based on experience is assessed by two tutors against the module's learning outcomes, and the "
              "University's Credit Committee confirms the result. There is a fee of GBP 95.")
p56b = doc.add_paragraph()
add_segments(p56b, [("i", "Exceptionally, a candidate with long experience of coordinating SEN provision, for example a "
                          "teacher from a local authority support service, may be assessed for the Award without "
                          "attending the study days. The candidate submits Tasks 1 and 2 and a portfolio of evidence "
                          "mapped to Annex D, and has a professional discussion with two tutors; the same pass "
                          "standard applies.")])
mark_paragraph(p56b, "i")

H("5.7  How the Award is taught", 2)
p57 = doc.add_paragraph()
add_segments(p57, [
    ("n", "The Award is taught face to face on twelve Saturdays between September and June, six for each module, from "
          "9.30 am to 3.30 pm. The sisters' group meets at Maryam Girls' School, Eastwick, and the brothers' group at "
          "the Qalam Centre, Hanwell Road, on the same dates, with the same tutors and materials. "),
    ("d", "A second cohort will follow the same programme on Wednesday afternoons at Qalam House. "),
])
p57c = doc.add_paragraph()
add_segments(p57c, [
    ("n", "Each study day ends with a task to carry out in school, which participants discuss at the start of the next "
          "day. Each participant is also twinned with a SENCO in another member school; twins visit each other's "
          "schools once a term and write a short joint note on what they saw and what each will change. "),
    ("d", "Participants may study Module QA2 online through the University's virtual learning environment instead of "
          "attending the study days. "),
])
P("Modules are taken in order, QA1 and then QA2, and there is one intake each year, in September. A participant who "
  "has to miss study days, for example for Hajj, maternity leave or illness, may finish the module with the following "
  "year's group.")
P("Guest sessions are given by an educational psychologist, a speech and language therapist, an autism outreach "
  "teacher, members of the Eastwick Somali Parents' Group and a speaker from the local branch of the National Autistic "
  "Society. Tutors bring the latest research and inspection findings to each study day.")
p57p = P("The Association does not arrange placements. Participants who wish to see practice in a special school or "
         "resource base may arrange a visit through their local authority, and tutors can suggest contacts.")

H("5.8  What is taught", 2)
table(["Day", "Module", "Content"], [
    ["1", "QA1", "The SENCO's role; the Code of Practice and SEN law; voluntary-aided and independent schools compared"],
    ["2", "QA1", "Every Child Matters and the SENCO's part in the five outcomes"],
    ["3", "QA1", "Disability equality: the Disability Discrimination Act, the disability equality duty and accessibility plans"],
    ["4", "QA1", "Leading change: working with the headteacher, senior leaders and governors or proprietor; SEN policy and "
                 "strategy; school self-evaluation"],
    ["5", "QA1", "Working with families: review meetings, working through interpreters, how families understand disability"],
    ["6", "QA1", "Managing SEN: the SENCO's workload, priorities and delegation; provision mapping; managing teaching assistants"],
    ["7", "QA2", "How children develop: language, thinking, and social and emotional development, and how SEN, disability "
                 "and the environment for learning affect them"],
    ["8", "QA2", "Behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; "
                 "speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties"],
    ["9", "QA2", "Assessment: standardised tests, observation, national test data, reports from other professionals; "
                 "assessment for learning in the classroom"],
    ["10", "QA2", "Planning and teaching: interventions, personalising learning, ICT and assistive technology"],
    ["11", "QA2", "Working with other services and voluntary organisations; getting specialist advice and resources"],
    ["12", "QA2", "Weighing evidence from research; presenting case studies; next steps"],
], widths=[1.2, 1.6, 13.2])
P("QA3 (optional) is taught on three further Saturdays in the autumn after the Award: disability equality in "
  "practice; coaching, observation and training of colleagues; deploying support staff; school self-evaluation of SEN "
  "provision; and planning one's own professional development.")

H("5.9  How the Award is assessed", 2)
P("Task 1 (QA1): Policy and provision review, 4,000 words and a presentation.", lead=None).runs[0].bold = True
P("The participant reviews the school's SEN policy against the Code of Practice and the five Every Child Matters "
  "outcomes; reviews the effectiveness of the school's current provision with the headteacher and at least one "
  "colleague, using the provision map; and recommends changes to the headteacher. The "
  "participant presents the findings to the headteacher and to governors or the proprietor, and includes a plan for "
  "his or her own time as SENCO showing priorities and what will be delegated. The presentation is observed by the "
  "headteacher, who completes a short report on it.")
P("Task 2 (QA2): Case study of an intervention, 5,000 words.", lead=None).runs[0].bold = True
P("The participant identifies one pupil or a small group, using observation, school data and assessments from other "
  "professionals; profiles the pupils' needs, drawing on knowledge of child development and of the type of SEN; sets "
  "targets; plans and carries out an intervention with colleagues and with outside services, including any voluntary "
  "organisation involved; tracks progress using summative data, including national test results where there are "
  "any; and evaluates the intervention against research and advice from specialists, including one use of ICT.")
P("Task 3 (QA3, optional): Leadership project, 5,000 words.", lead=None).runs[0].bold = True
P("A disability equality and accessibility review; a coaching or training cycle with colleagues and a revised "
  "deployment of teaching assistants; a self-evaluation of SEN provision; and the participant's own professional "
  "development plan.")
p59m = doc.add_paragraph()
add_segments(p59m, [
    ("n", "Every Task is marked by the participant's tutor and second-marked by another tutor if it fails, is within "
          "three marks of the pass mark or falls in a one-in-three sample. Dr Peter Langley moderates a sample of each "
          "Task from both groups for the University"),
    ("i", ", and the University's external examiner, Dr Margaret Ashby of the University of Wenham, reviews a sample "
          "of each Task and all fails"),
    ("n", ". Marks are confirmed by the University's Board of Examiners. A failed Task may be resubmitted once."),
])
P("The Award is made by the University to participants who pass Tasks 1 and 2. Between them, Tasks 1 and 2 assess all "
  "the national minimum outcomes for SENCOs (Annex D).")

H("5.10  Access and equality", 2)
P("The Association welcomes participants with disabilities. Both venues are accessible to wheelchair users. Please "
  "tell us on the nomination form about any needs you have, and we will do our best to meet them.")

H("5.11  Tutors, mentors and resources", 2)
table(["Name", "Role", "Experience and qualifications"], [
    ["Mrs Hafsa Rahman", "Award Leader; tutor, QA1",
     "SENCO at Maryam Girls' School 2001-2008; MA in Special and Inclusive Education (Beckfield, 2006); the "
     "Association's SEN adviser since 2008"],
    ["Mr Bilal Chaudhry", "Tutor, QA2", "SENCO and assistant head at Al-Rahma High School (voluntary-aided); "
     "Postgraduate Diploma in Specific Learning Difficulties; still in post"],
    ["Ms Amina Warsame", "Tutor, QA2", "Specialist teacher with a local authority autism outreach team for eight years; "
     "Postgraduate Certificate in Autism"],
    ["Dr Shahnaz Mirza", "Tutor, QA1 and QA2", "Senior educational psychologist, Eastwick Council; chartered psychologist"],
    ["Dr Peter Langley", "University link tutor and moderator", "Principal Lecturer in SEN and Inclusion, Beckfield "
     "University; external examiner for two other universities' SEN programmes"],
], widths=[3.4, 3.6, 9])
P("Tutors attend the University's standardisation meeting each year before marking begins. Each participant's "
  "headteacher, or a senior colleague the head names, acts as workplace mentor; the mentor's commitments are listed "
  "on the nomination form (Annex E). We do not run separate training for mentors.")
P("Participants are registered students of Beckfield University, with use of its library and electronic journals. "
  "The Association's resource library at Qalam House lends standardised tests of reading, spelling and language, the "
  "Inclusion Development Programme materials and books on the reading list, and a laptop with text-to-speech and "
  "mind-mapping software is brought to study day 10 for participants to try.")

H("5.12  Checking and improving the Award", 2)
P("Participants complete an evaluation form at the end of each study day and each module. The Award Leader summarises "
  "the forms for the Award Steering Group, which meets each July, and the Group agrees any changes for the following "
  "year. The Steering Group is chaired by the Director of Professional Development and includes a headteacher "
  "nominated by the Heads' Forum, a parent nominated by the Parents' Council and the University link tutor.")
p512 = doc.add_paragraph()
add_segments(p512, [
    ("d", "Participants repeat the self-audit at the end of the Award so that we can measure the change in their "
          "confidence and knowledge. "),
    ("n", "We hope in time to be able to show that pupils in our schools make better progress because their SENCOs "
          "have taken the Award. Once the first cohort has finished we will consider with the University how this might "
          "be measured."),
])

H("5.13  After the Award", 2)
P("The last study day ends with Next Steps. Each participant drafts three professional targets for the following year "
  "on the My Next Steps sheet, discusses them with his or her headteacher within half a term, and sends a copy signed "
  "by both to the Award Leader. Participants are invited to join the Association's termly SENCO network and may go on "
  "to QA3 and the Postgraduate Certificate.")

# ------------------------------------------------------------------ Annex C
doc.add_page_break()
H("Annex C: The Award at a glance")
table(["", ""], [
    ["Validating university", "Beckfield University School of Education"],
    ["Credit", "40 credits at Level 7 (QA1 and QA2); optional QA3 (20 credits) for the Postgraduate Certificate"],
    ["Study days", "Twelve Saturdays, September 2009 to June 2010; QA3 three Saturdays in autumn 2010"],
    ["Venues", "Sisters: Maryam Girls' School, Eastwick. Brothers: Qalam Centre, Hanwell Road"],
    ["Assessment", "Task 1 (QA1), Task 2 (QA2); Task 3 (QA3, optional)"],
    ["Fee 2009-10", "[to be confirmed by Council]"],
    ["Contact", "Award Administrator, Qalam House"],
], widths=[4.5, 11.5])
t_ = doc.tables[-1]
t_._tbl.remove(t_.rows[0]._tr)

# ------------------------------------------------------------------ Annex D
H("Annex D: Where the national outcomes are taught and assessed")
P("The national minimum outcomes are summarised in the Association's own words and numbered for our use.")
table(["No.", "Outcome (summary)", "Taught", "Assessed"], [
    "Professional attributes",
    ["1", "Fair, respectful and supportive relationships with pupils and their families", "Throughout",
     "Not separately assessed"],
    ["2", "Gaining the commitment of colleagues and senior leaders", "Day 4", "Task 1 (presentation and head's report)"],
    ["3", "Prioritising, managing time and delegating", "Day 6", "Task 1 (SENCO time plan)"],
    ["4", "Solving problems and making sound decisions about provision", "Days 9-12", "Task 2"],
    ["5", "Communicating clearly in speech and writing; listening to others", "Throughout",
     "Task 1 (report and presentation)"],
    ["6", "Using research and outside advice to improve practice", "Day 12", "Task 2"],
    ["7", "Keeping up to date and taking charge of one's own CPD", "QA3", "QA3 Task 3 (optional module)"],
    "Knowledge and understanding",
    ["8", "SEN law and guidance, including the Code of Practice", "Day 1", "Task 1"],
    ["9", "Every Child Matters and the SENCO's part in it", "Day 2", "Task 1"],
    ["10", "Disability equality law and what it requires", "Day 3", "QA3 Task 3 (optional module)"],
    ["11", "How children develop, and what affects development", "Day 7", "Task 2"],
    ["12", "The common types of SEN and their effect on learning", "Day 8", "Task 2"],
    ["13", "Approaches to assessment, planning and teaching, including ICT", "Days 9-10", "Task 2"],
    ["14", "School self-evaluation and improvement", "Day 4", "QA3 Task 3 (optional module)"],
    ["15", "Research and best practice in SEN", "Day 12", "Task 2"],
    ["16", "External agencies and specialist support", "Day 11", "Task 2"],
    "Skills",
    ["17", "Shaping strategy, policy and resources with senior colleagues and governors", "Day 4", "Task 1"],
    ["18", "Identifying pupils, setting targets, planning and reviewing interventions", "Days 9-10", "Task 2"],
    ["19", "Using assessments by other professionals", "Day 9", "Task 2"],
    ["20", "Using summative data, including national tests, to track progress", "Day 9", "Task 2"],
    ["21", "Helping colleagues develop assessment for learning", "Day 9", "Not assessed"],
    ["22", "Provision mapping and finding gaps in provision", "Day 6", "Task 1"],
    ["23", "Deploying and managing staff", "Day 6", [("d", "QA1 Task 1"), ("i", "QA3 Task 3 (optional module)")]],
    ["24", "Supporting colleagues' professional development", "QA3", "QA3 Task 3 (optional module)"],
    ["25", "Reviewing provision with colleagues for self-evaluation", "Day 4", "Task 1"],
    ["26", "Working with parents and carers", "Day 5", "Not assessed"],
    ["27", "Working with other services, including voluntary organisations", "Day 11", "Task 2"],
], widths=[1.1, 7.4, 2.6, 4.9])

# ------------------------------------------------------------------ Annex E
H("Annex E: Nomination form")
P("To be completed by the headteacher and returned to the Award Administrator with the candidate's self-audit.",
  italic=True)
table(["", ""], [
    ["Candidate's name", ""],
    ["School", ""],
    ["Date of qualified teacher status", ""],
    ["Years of teaching", ""],
    ["Date designated or to be designated SENCO", ""],
    ["Enhanced CRB disclosure number and date of issue", ""],
    ["I confirm that the school's pre-appointment checks on the candidate were completed and that no concerns are "
     "outstanding (tick)", ""],
    ["Mentor (headteacher or named senior colleague)", ""],
    ["Any disability or other needs the candidate would like us to know about", ""],
], widths=[9, 7])
t_ = doc.tables[-1]
t_._tbl.remove(t_.rows[0]._tr)
P("The mentor agrees to meet the participant at least twice each half term, to help the participant get access to "
  "the data, colleagues and meetings needed for Tasks 1 and 2, and to observe the Task 1 presentation.")
P("Headteacher's signature: ____________________    Date: ____________")

# ------------------------------------------------------------------ comments
doc.add_comment(p57p.runs, text="Brook House School has offered to host a visit day for each group. Can we add this "
                "before it goes? HR", author="Hafsa Rahman", initials="HR")
doc.add_comment([p56.runs[0]], text="Check with Peter that the University is happy with the wording on experience.",
                author="Abdul-Karim Sheikh", initials="AKS")
doc.add_comment(p52.runs, text="Will the TDA accept 40 credits? Peter thinks most providers are offering 60. AKS",
                author="Abdul-Karim Sheikh", initials="AKS")
# comment on the paragraph with the hope about pupils' progress (anchored on its ordinary run)
doc.add_comment(p512.runs, text="Peter suggests we collate the pupils' baseline and end data from Task 2 each year "
                "to show impact. Agree, but who will do it? IQ", author="Imran Qureshi", initials="IQ")

write_footnotes()
doc.core_properties.author = 'Hafsa Rahman'
doc.core_properties.last_modified_by = 'Hafsa Rahman'
doc.core_properties.title = 'SEN and Disability Model Policy, third edition'
doc.save(OUT)
print("wrote", OUT)
