"""fc-02-dunsford-review-panel-handbook: build the .docx next to this script.

Provider (invented)
-------------------
Dunsford Teachers' Centre, Marlshire County Council's professional
development centre (the Old Grammar School, Mill Lane, Dunsford), which sells
traded courses to Marlshire schools, with the University of Ashwell's
Faculty of Education, which validates and awards the Postgraduate
Certificate in SEN Coordination (the national award) from September 2009.
Since 2006 the partners have run a final oral "Professional Review" for the
older Marlshire SENCO Certificate; the award keeps it as its final
assessment.

Kind of document and layout
---------------------------
The partnership's HANDBOOK FOR PROFESSIONAL REVIEW PANEL MEMBERS (the
headteachers, University tutors and specialist members who sit on the
three-person panels that hold the final oral review), second edition,
revised for the national award and still carrying the University quality
officer's tracked changes and three Word comments from its January 2009
read-through. Sent to the TDA as the application with a note in a floating
text box on the cover. Written to "you" (the panel member), "we" being the
Centre and the University. Layout:

* cover with a floating text box (wps with a VML fallback) holding the note
  to the TDA; a typed contents list;
* Part A "The Award in outline" (A1-A13, Heading 2 with typed letter-number
  codes that are not requirement ids), a programme-team table, a unit table;
* Parts B-F: who sits on panels and how they are prepared; before the
  review (portfolio sections P1-P6 and the Review Statement); on the day
  (running order table, a floating "Remember" text box, adjustments); the
  decision (Shown / Not yet shown); after the review (feedback, moderation,
  appeals);
* Appendix 1 in a LANDSCAPE section: the 29 outcomes as the panel uses them,
  numbered 1-29, with "Where developed", "Main evidence" and "The panel
  looks for" columns and merged, shaded group rows;
* Appendix 2: the blank Review Record with content controls (plain-text
  placeholders "Click here to enter text." and check boxes);
* header and footer with a PAGE field.

Traps (requirement ids affected)
--------------------------------
* A2 states the Award's purpose as statutory compliance and pupils' progress
  "in English and mathematics"; no well-being or Every Child Matters in the
  aims (ECM appears only as Unit 1 content) (1.1 partially met).
* A3: places "in the order applications are received" and "we do not
  interview"; the old Certificate's interview is a past arrangement (5.2
  partially met). The head's signature confirms the CRB disclosure date and
  a new disclosure is required after three months out of school, but
  "Other pre-employment checks ... we do not ask about them" (5.3 partially
  met). Part B says panel members need no CRB disclosure: about panel
  members, not candidates (wrong context).
* A4: the Starting Point audit is done at the first study day, kept by the
  participant and only "may" be discussed: no pre-course assessment, no
  individual plan (2.2 partially met). APL up to 30 credits is concrete
  (2.1 met).
* A5: the Direct Review route is an assessment-only route (2.3 met). A
  tracked INSERTION adds the January start at Carnmouth (inserted text is
  part of the submission: 3.2 met).
* A6: "The taught units are the same for every participant" and nothing on
  cost: tailoring only through routes and APL (2.4 partially met).
* A6: working with parents "is not a unit of its own"; an optional Parent
  Partnership workshop "not part of the Award" (1.7 and 6.S8 partially met:
  assessed in P4, not developed in the programme).
* A11: the Centre's SEN library "closed in 2007"; only the University
  library and MarlshireLearn (5.6 partially met).
* A12: specialist contributors are concrete; "The Award has no placement"
  (5.5 partially met).
* A13: "We did not carry out a separate consultation with schools or
  families" (4.1 not met) and nothing says stakeholders shaped the
  programme (4.2 not met), while stakeholders sit on panels and on the
  Programme Committee and their feedback is used in evaluation (4.3 met).
* A13: "We do not at present evaluate the Award's effect on participants'
  practice or on the pupils in their schools"; evaluation covers teaching
  and review days only; a comment asks for "something stronger" (5.9 not
  met).
* Part F: the next-steps conversation with the candidate is a tracked
  DELETION (with a comment), and the inserted replacement says the panel
  "does not advise candidates about their future development" (2.5 not
  met).
* Appendix 1: every outcome is assessed at the review (so 1.9 and 6.0 are
  met, with the award rule in A9 and E3), but seven are assessed without
  being developed anywhere in the programme: "-" (6.A4, 6.A7, 6.S4), "Not
  taught" (6.A3), another service's briefing (6.S2d), an optional outside
  workshop (6.S8), and 6.K4, where "Unit 2 day 4" is a tracked deletion and
  the inserted text reads "Assumed from initial teacher training; not
  revisited" (all partially met). A comment on 6.K4 is not part of the
  submission. The 6.S7 "panel looks for" cell is a tracked insertion (met
  either way).

Met verdicts that may look like traps
-------------------------------------
* 3.3: MarlshireLearn has moderated unit forums with a three-day reply
  promise, fortnightly online drop-ins between study days, e-portfolios and
  read-only access for heads.
* 4.3: met although 4.1 and 4.2 are not.
* 1.9 / 6.0: met although seven outcomes are only partly covered, because
  each is still assessed and the award needs all 29 "Shown".
"""
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "fc-02-dunsford-review-panel-handbook.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Calibri"
    doc.styles[s].font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REV = {"n": 100}
KD = ('w:author="Karen Doyle" w:date="2009-01-14T10:20:00Z"')


def rid():
    REV["n"] += 1
    return REV["n"]


# ---------------------------------------------------------------- helpers
def runs(par, text):
    import re
    out = []
    for part in re.split(r"(\*\*[^*]+\*\*|__[^_]+__)", text):
        if not part:
            continue
        if part.startswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        elif part.startswith("__"):
            r = par.add_run(part[2:-2]); r.italic = True
        else:
            r = par.add_run(part)
        out.append(r)
    return out


def P(text="", style=None, align=None, after=6):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    runs(p, text)
    p.paragraph_format.space_after = Pt(after)
    if align is not None:
        p.alignment = align
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items, style="List Bullet"):
    for it in items:
        P(it, style=style, after=2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    for i, line in enumerate(text.split("\n")):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        for r in runs(p, line):
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(2)


def table(rows, widths, header=True, size=9.5, fill="E4DFEC"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=header and i == 0, size=size)
            if header and i == 0:
                shade(t.cell(i, j), fill)
    for j, w in enumerate(widths):
        for row in t.rows:
            row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    return t


def merge_row(t, i, text, fill="F2F2F2", size=9):
    c = t.rows[i].cells[0].merge(t.rows[i].cells[-1])
    cell_text(c, text, bold=True, size=size)
    shade(c, fill)


def ins_run(par, text, size=None):
    sz = f'<w:sz w:val="{int(size*2)}"/>' if size else ""
    par._p.append(parse_xml(
        f'<w:ins {W} w:id="{rid()}" {KD}><w:r><w:rPr>{sz}</w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))


def del_run(par, text, size=None):
    sz = f'<w:sz w:val="{int(size*2)}"/>' if size else ""
    par._p.append(parse_xml(
        f'<w:del {W} w:id="{rid()}" {KD}><w:r><w:rPr>{sz}</w:rPr>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def deleted_paragraph(text):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:del w:id="{rid()}" {KD}/></w:rPr>'))
    del_run(p, text)
    return p


def inserted_paragraph(text):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {W}><w:ins w:id="{rid()}" {KD}/></w:rPr>'))
    ins_run(p, text)
    return p


TB = {"n": 1}


def text_box(paragraphs, width_cm=16.0, height_cm=4.0, fill="EAF1DD", line="4F6228", align="center"):
    """Floating text box anchored to a new paragraph (wps with a VML fallback)."""
    TB["n"] += 1
    n = TB["n"]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)

    def content():
        out = []
        for i, t in enumerate(paragraphs):
            b = '<w:b/>' if i == 0 else ''
            out.append(f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>{b}<w:sz w:val="20"/></w:rPr>'
                       f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>')
        return "<w:txbxContent>" + "".join(out) + "</w:txbxContent>"

    xml = f'''<w:r {nsdecls("w", "wp", "a")} xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
      xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:v="urn:schemas-microsoft-com:vml"
      xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:o="urn:schemas-microsoft-com:office:office"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264+n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx>{content()}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shape id="Text Box {n}" o:spid="_x0000_s{1024+n}" type="#_x0000_t202"
 style="position:absolute;margin-left:0;margin-top:0;width:{width_cm*28.35:.1f}pt;height:{height_cm*28.35:.1f}pt;z-index:{251659264+n};mso-position-horizontal:{align};mso-position-horizontal-relative:margin"
 fillcolor="#{fill}" strokecolor="#{line}" strokeweight="1pt"><v:textbox>{content()}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>
</mc:Fallback></mc:AlternateContent></w:r>'''
    p = doc.add_paragraph()
    p._p.append(parse_xml(xml))
    return p


def field(par, instr, size=8):
    for kind in ("begin", None, "separate", "1", "end"):
        r = par.add_run()
        r.font.size = Pt(size)
        if kind in ("begin", "separate", "end"):
            r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="{kind}"/>'))
        elif kind is None:
            r._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
        else:
            r.text = kind


SDT = {"n": 500}


def sdt_text(par, alias):
    SDT["n"] += 1
    par._p.append(parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower().replace(" ", "_")}"/>'
        f'<w:id w:val="{SDT["n"]}"/><w:showingPlcHdr/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>Click here to enter text.</w:t></w:r>'
        f'</w:sdtContent></w:sdt>'))


def sdt_check(par):
    SDT["n"] += 1
    par._p.append(parse_xml(
        f'<w:sdt {W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:sdtPr>'
        f'<w:id w:val="{SDT["n"]}"/><w14:checkbox><w14:checked w14:val="0"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>'))


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
r = hp.add_run("Dunsford Teachers' Centre and University of Ashwell  |  Professional Review: Handbook for Panel Members  |  2nd edition, draft for Programme Committee, January 2009")
r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Marlshire County Council  |  Page ")
r.font.size = Pt(8)
field(fp, "PAGE")

# ---------------------------------------------------------------- cover
P("MARLSHIRE COUNTY COUNCIL  ·  DUNSFORD TEACHERS' CENTRE", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
P("UNIVERSITY OF ASHWELL  ·  FACULTY OF EDUCATION", align=WD_ALIGN_PARAGRAPH.CENTER, after=18)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = t.add_run("The Professional Review")
rr.bold = True
rr.font.size = Pt(26)
rr.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
P("Handbook for Review Panel Members", align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
P("Postgraduate Certificate in Special Educational Needs Coordination (National Award for SENCOs)",
  align=WD_ALIGN_PARAGRAPH.CENTER, after=4)
P("Second edition, revised for the National Award. For reviews from June 2010.", align=WD_ALIGN_PARAGRAPH.CENTER, after=18)

text_box([
    "To the TDA approval panel",
    "We are sending this handbook as our application because it sets out, more fully than anything else we "
    "have, how the Award is assessed, who is involved and how we check the quality of our judgements. Part A "
    "was written for panel members who are new to the Award and outlines the whole programme; the rest is "
    "about the Professional Review itself. The copy still shows the University's tracked changes from its "
    "January read-through, which the Programme Committee has accepted.",
    "Dr Ian Marwood, Centre Manager, Dunsford Teachers' Centre, February 2009",
], width_cm=16.0, height_cm=4.6)

P("**Contents**", after=2)
for line in ["Welcome", "Part A  The Award in outline", "Part B  Panel members", "Part C  Before the review",
             "Part D  On the day", "Part E  Reaching a decision", "Part F  After the review",
             "Appendix 1  The outcomes and what the panel looks for", "Appendix 2  The Review Record"]:
    P(line, after=0)
doc.add_page_break()

# ---------------------------------------------------------------- welcome
H("Welcome", 1)
P("Thank you for agreeing to sit on Professional Review panels. Since 2006 every teacher who completes "
  "SENCO training at Dunsford has finished with a conversation: fifty minutes in which they talk a panel "
  "through what they have done in their school, and the panel decides whether the evidence shows that they "
  "can do the job of a SENCO to the standard required. Panel members tell us it is the most interesting "
  "afternoon of their term. Candidates tell us it is the part they dread most and value most.")
P("From September 2009 the Marlshire SENCO Certificate is replaced by the Postgraduate Certificate in Special "
  "Educational Needs Coordination, which meets the national specification for the award for SENCOs. The "
  "Professional Review stays, but it now carries more weight: it is where the panel confirms, one by one, "
  "that the candidate has met every national outcome. This edition of the handbook has been rewritten with "
  "that in mind. If you sat on panels for the Certificate, please read Parts E and F especially carefully.")

# ---------------------------------------------------------------- Part A
H("Part A  The Award in outline", 1)
P("You do not need to know the programme in detail to sit on a panel, but you will find it easier to weigh "
  "the evidence if you know what candidates have been through. This part is a summary.")

H("A1  What the Award is", 2)
P("The Postgraduate Certificate in Special Educational Needs Coordination is a University of Ashwell award, "
  "validated by the University on 15 December 2008 and delivered by Dunsford Teachers' Centre under the "
  "University's collaborative provision arrangements. It carries 60 credits at Masters level (three units of "
  "20 credits). Participants are registered students of the University, and the credit can count towards the "
  "University's MA in Professional Studies in Education.")

H("A2  What the Award is for", 2)
P("The Award exists so that every Marlshire school has a SENCO who knows the statutory framework and can "
  "carry out the duties of the role, and so that pupils on the SEN register make at least the progress in "
  "English and mathematics expected of them. It is aimed at teachers who are new to the SENCO role.")

H("A3  Who takes it and how they get in", 2)
P("Applicants must hold QTS and be working as the SENCO of a Marlshire school, or be designated to take on "
  "the role within twelve months. The headteacher signs the application form to agree to release the "
  "applicant for study days and to support the school-based tasks. Under the Marlshire SENCO Certificate "
  "applicants were interviewed by the programme leader. For the Award, places are offered in the order "
  "applications are received; we do not interview.")
P("The headteacher's signature also confirms that the applicant holds a current enhanced CRB disclosure, and "
  "the form asks for its date, which the Centre records. An applicant who has not worked in a school in the "
  "last three months is asked to obtain a new enhanced disclosure through the County's CRB Unit before the "
  "first study day. Other pre-employment checks are for the employing school and we do not ask about them.")

H("A4  Prior learning and the Starting Point audit", 2)
P("Applicants who have already studied at Masters level, or who can show through a portfolio that their "
  "experience meets a unit's outcomes, may claim credit for up to 30 credits (Unit 1 or Unit 2, not Unit 3) "
  "under the University's Accreditation of Prior Learning procedure. Claims are made before the course "
  "starts, with advice from the programme leader, and are decided by the University's APL panel. A "
  "candidate with APL credit still comes to the Professional Review, and you will still need to see evidence "
  "for every outcome: credit exempts people from a unit, not from the outcomes.")
P("At the first study day participants complete the Starting Point audit, rating themselves against each "
  "national outcome. They keep it in their portfolio, and it is the first item you will find there. Unit "
  "tutors may discuss it at the first tutorial.")

H("A5  Routes", 2)
p = P("There are three ways to the Award:")
bullets([
    "**Taught route, one year.** Three units over three terms, with nine study days at Dunsford and a "
    "workplace enquiry. Starts in September.",
    "**Taught route, two years.** The same units at half the pace, for SENCOs in very small schools or with "
    "heavy teaching loads. Units 1 and 2 may be taken in either order.",
    "**Direct Review.** Experienced SENCOs (normally at least three years in the role) may come straight to "
    "the Professional Review with a portfolio and a Review Statement, without the taught units. The "
    "programme leader checks the portfolio first and tells the candidate whether it is ready to go to a panel. "
    "Direct Review candidates are assessed by exactly the same standard as everyone else.",
])
p = P("")
ins_run(p, "Participants may also start in January, with the first two units taught at the Carnmouth Learning "
           "Centre for schools in the west of the county.")

H("A6  The units", 2)
table([
    ["Unit", "Study days", "What it covers", "Unit assignment"],
    ["1  The SENCO's role in law and policy", "1-3", "The Education Act 1996 and the SEN Code of Practice (2001); the 2008 SENCO regulations; the Disability Discrimination Act, the disability equality duty and accessibility planning; Every Child Matters and the Children Act 2004; SEN policy and the governing body; the Lamb Inquiry into parental confidence and what it may mean for schools.", "A 5,000-word analysis of the school's SEN policy and practice, with a policy paper for governors"],
    ["2  Teaching, learning and assessment for pupils with SEN", "4-6", "The common types of SEN, using the Inclusion Development Programme materials on dyslexia and on speech, language and communication; the Bercow Report (2008); assessment, including P scales and standardised tests; interventions and their evidence; assistive technology; working with other agencies; listening to pupils.", "A 5,000-word case study of provision for a pupil"],
    ["3  Leading and managing provision", "7-9", "Provision mapping; tracking progress with the school's data; assessment for learning and the SENCO's part in it; school self-evaluation; coaching and leading colleagues; managing change; the workplace enquiry.", "A 5,000-word workplace enquiry into a change the SENCO has led"],
], [3.6, 1.6, 7.8, 3.6], size=9)
P("The taught units are the same for every participant. Reading lists and session content are revised each "
  "summer by the unit leaders in the light of recent research and inspection reports; for 2009-10 this has "
  "brought in the Bercow Report, the Inclusion Development Programme and Ofsted's 2006 report on inclusion, "
  "and the Lamb Inquiry will be added when it reports.")
P("**Pupils.** In Unit 2 each participant carries out and writes up a pupil-voice exercise with a group of "
  "pupils with SEN in their school, after a practical session on ways of finding out what pupils think, "
  "including pupils with little or no speech. The write-up is Portfolio section P3.")
P("**Colleagues.** Unit 3 teaches coaching and leading colleagues, and the workplace enquiry requires each "
  "participant to lead a development session for staff and evaluate it with them. Between study days "
  "participants meet in learning sets of four or five SENCOs from neighbouring schools, which they run "
  "themselves with an agenda set by the unit tutor.")
P("**Parents and carers.** Working with parents and carers is not a unit of its own. The Parent Partnership "
  "Service runs an open evening workshop for SENCOs each term, which participants are encouraged to attend, "
  "and candidates bring a record of a meeting with parents to the review (Portfolio section P4).")

H("A7  MarlshireLearn", 2)
P("All teaching materials, the portfolio and assignment submission are on MarlshireLearn, the County's "
  "learning platform. Each unit has a discussion forum moderated by the unit tutor, who replies to questions "
  "within three working days. Between study days tutors hold a fortnightly online drop-in (a text chat, "
  "Tuesdays 4.00 to 5.00 pm), and participants can message tutors and one another at any time. Tutors share their planning and moderation "
  "notes in a staff area of the platform. Headteachers "
  "are given read-only access to their SENCO's portfolio, and the Centre sends them a short update after "
  "each unit. As a panel member you will read the portfolio on MarlshireLearn (Part C).")

H("A8  Access for disabled participants", 2)
P("We ask every applicant, on the application form and again at the first study day, whether they have a "
  "disability or other need we should know about, and explain why we ask. The answer goes only to the "
  "programme leader, who agrees any adjustments with the participant and tells tutors only what they need to "
  "know. Adjustments made in recent years include materials in large print or electronic form, a BSL "
  "interpreter, permission to record sessions, extra time for assignments, rest breaks and a ground-floor "
  "room. Adjustments for the Professional Review are described in Part D.")

H("A9  How the Award is assessed", 2)
P("There are three unit assignments, marked by University tutors and moderated by the University; a "
  "portfolio of six sections (P1 to P6, see Part C), which is not marked separately; and the Professional "
  "Review. A participant is recommended for the Award only when they have passed all three unit assignments "
  "and the review panel has recorded every one of the 29 outcomes in Appendix 1 as Shown.")

H("A10  The programme team", 2)
table([
    ["Name", "Role", "Background"],
    ["Jane Wyatt", "Programme leader (Centre); review panels coordinator", "Senior SEN Adviser, Marlshire; MA in SEN; SENCO for 12 years in two secondary schools"],
    ["Dr Hannah Bright", "University programme leader; panel chair", "Senior Lecturer in Inclusive Education; PhD on SENCOs' leadership; editor of a regional SENCO journal"],
    ["Simon Achebe", "Unit 2 leader", "Specialist Teacher (SpLD), Marlshire Learning Support Service; AMBDA; holds a current practising certificate for assessment"],
    ["Dr Rosa Lind", "Unit 2 tutor", "Senior Educational Psychologist, Marlshire"],
    ["Moira Fenn", "Unit 3 leader", "Former headteacher of a Marlshire special school; MA in Educational Leadership; National Leader of Education"],
    ["Dr Peter Okafor", "University moderator", "Principal Lecturer, Faculty of Education; chairs the Faculty's Assessment Board"],
], [3.2, 5.0, 8.4], size=9)
P("Unit tutors who are not University staff hold associate status and attend the University's assessment "
  "briefing each September.")

H("A11  Resources", 2)
P("Participants have full access to the University of Ashwell library, on site and online, including "
  "electronic journals, and to MarlshireLearn. The Centre's own SEN library closed in 2007 and its stock "
  "went to the County Library Service.")

H("A12  Specialist input", 2)
P("Educational psychologists, the Sensory Support Service, the Autism Outreach Team, a speech and language "
  "therapist from the Primary Care Trust and a CAMHS primary mental health worker each teach part of Unit 2. "
  "The Award has no placement: participants carry out all their practical tasks in their own schools.")

H("A13  How we check quality", 2)
P("The Award was written in autumn 2008 by the University's SEN team and the Centre's SEN advisers, building "
  "on the Marlshire SENCO Certificate and following the national specification. We did not carry out a "
  "separate consultation with schools or families.")
P("A Programme Committee meets each term. Its members are the two programme leaders, the unit leaders, the "
  "University moderator, a headteacher and a specialist member from the panel lists, and the Centre "
  "Manager. Each year it receives:")
bullets([
    "participants' evaluations of each study day and each unit;",
    "the unit leaders' reports on each unit and its assignment results;",
    "the summary of panel members' and candidates' feedback on the review days (Part F);",
    "the external examiner's annual report, and the University's annual monitoring report on the programme.",
])
P("From these the Committee writes an action plan each summer, which goes to the University's Faculty "
  "Quality Committee and is reviewed at the next year's first meeting. The University also reviews the "
  "programme in its six-yearly periodic review of collaborative provision.")
p_impact = P("We do not at present evaluate the Award's effect on participants' practice or on the pupils in "
             "their schools. The evaluations described above are about the teaching and the review days.")

# ---------------------------------------------------------------- Part B
H("Part B  Panel members", 1)
H("B1  Who sits on a panel", 2)
P("Every panel has three members:")
bullets([
    "**a chair** from the University, who has not taught the candidate;",
    "**a headteacher or deputy headteacher** from the Marlshire list, who is not from the candidate's school or cluster;",
    "**a specialist member** from the list of educational psychologists, advisory teachers and Parent "
    "Partnership officers, and of members nominated by the Marlshire Dyslexia Association, the Marlshire "
    "branch of the National Autistic Society and the Marlshire Parent Carer Forum.",
])
P("The chair manages the time, keeps the Review Record and makes sure every outcome is considered. All three "
  "members have an equal say in the decision.")
H("B2  How we prepare you", 2)
P("Before you sit on your first panel you will attend a half-day briefing at Dunsford, led by the "
  "programme leaders. At the briefing you will watch a recorded review from a previous year, reach your own "
  "decision on each outcome and compare it with the decision the moderated panel reached. We ask you to sit "
  "on at least two panels a year so that you stay in practice, and to come to the refresher session each "
  "September, where the external examiner's comments and any changes to the outcomes are discussed.")
H("B3  Conflicts of interest", 2)
P("Tell the programme leader straight away if you know a candidate in any capacity other than through the "
  "Award: as a colleague, a line manager, a relative or the parent of a pupil they teach. We will move you to "
  "another panel.")
H("B4  Checks and expenses", 2)
P("Panels meet with adults only, so panel members do not need a CRB disclosure for this work. Headteacher "
  "and specialist members' schools or services are paid a supply contribution of £110 for each review "
  "afternoon, and travel is paid at the County rate.")

# ---------------------------------------------------------------- Part C
H("Part C  Before the review", 1)
H("C1  What you will receive", 2)
P("Two weeks before the review the programme leader sends you a link to the candidate's portfolio on "
  "MarlshireLearn and the tutors' feedback on their three unit assignments. (For Direct Review candidates "
  "there are no unit assignments; the portfolio carries more of the evidence.) You will also receive the "
  "candidate's Review Statement.")
H("C2  The portfolio", 2)
table([
    ["Section", "What it contains"],
    ["P1  Role", "The candidate's job description, a note on how they manage the time they have for the role, and the Starting Point audit"],
    ["P2  Provision", "The school's provision map, with the candidate's commentary; the timetable of teaching assistants and how their work is directed"],
    ["P3  Pupils", "The pupil-voice exercise from Unit 2 and what changed as a result"],
    ["P4  Partners", "A record of a meeting with parents; a record of work with an outside agency"],
    ["P5  Assessment", "Examples of tracking data and how it was used; a note on the special arrangements made for a pupil in national tests or examinations"],
    ["P6  Development", "The candidate's record of their own professional development during the Award and a short reflective commentary"],
], [3.4, 13.2], size=9.5)
H("C3  The Review Statement", 2)
P("The Review Statement (about 1,500 words) is the candidate's guide to their own evidence. For each of the "
  "29 outcomes it points to where the evidence is: an assignment, a portfolio section, or something the "
  "candidate intends to talk about at the review. Read it first, then follow its references. You are not "
  "re-marking the assignments: they have already been marked and moderated. You are deciding whether, taken "
  "together with the portfolio and the conversation, they show each outcome.")
H("C4  Preparing your questions", 2)
P("Allow about three hours to read. Note for each outcome whether the written evidence is already enough, "
  "whether it needs to be tested in conversation, or whether it seems to be missing. The panel meets for "
  "half an hour before the first review of the afternoon to agree who will ask about what.")

# ---------------------------------------------------------------- Part D
H("Part D  On the day", 1)
P("Reviews are held at Dunsford Teachers' Centre on three afternoons a year, in June, October and February. "
  "Candidates choose when to come, once their tutor agrees their portfolio is complete, so a candidate on "
  "the one-year route might come in June or October.")
table([
    ["Time", "What happens"],
    ["0-10 minutes", "The candidate presents the workplace enquiry: what they changed, for which pupils, and what difference it made, with the evidence they used to judge that."],
    ["10-45 minutes", "Discussion. The panel asks about the outcomes it identified in preparation. The chair keeps a running note on the Review Record."],
    ["45-50 minutes", "The chair checks with the candidate that there is nothing further they want the panel to consider."],
    ["50-70 minutes", "The panel deliberates in private and completes the Review Record."],
], [3.4, 13.2], size=9.5)
text_box([
    "Remember",
    "You are judging the candidate's evidence against the outcomes, not the candidate's school. A SENCO in a "
    "school with weak provision can show every outcome by what they have done about it.",
    "Ask open questions (\"Talk us through...\", \"What would you do if...\"). Avoid questions that can be "
    "answered yes or no.",
], width_cm=15.0, height_cm=3.6, fill="FDE9D9", line="C0504D")
H("D1  Adjustments", 2)
P("Candidates who told us about a disability or other need (A8) are asked again, six weeks before their "
  "review, what adjustments they need. Adjustments we have made include sending the panel's main questions "
  "in writing two days in advance, allowing extra time or a break, a BSL interpreter, and holding the review "
  "in a ground-floor room. The chair will tell you before the review of any adjustment that affects how the "
  "panel works; you will not be told the reason.")
H("D2  Recording", 2)
P("With the candidate's consent, each review is audio-recorded. The recording is used for moderation and by "
  "the external examiner, and is deleted when the University's Assessment Board has confirmed the result.")

# ---------------------------------------------------------------- Part E
H("Part E  Reaching a decision", 1)
H("E1  The standard", 2)
P("For each outcome, ask: taken together, does the evidence in the assignments, the portfolio and the "
  "conversation show that this candidate can do this in their own school, at the level expected of a SENCO "
  "who has completed a Masters-level programme? If all three panel members agree that it does, record the "
  "outcome as Shown. If not, record it as Not yet shown and write one sentence saying what is missing.")
P("Appendix 1 sets out, for each outcome, where it is developed in the programme, where the main evidence "
  "is usually found and what panels look for. It is guidance, not a checklist: strong evidence in an "
  "unexpected place counts.")
H("E2  When the panel disagrees", 2)
P("If the panel cannot agree on an outcome after discussion, the chair records it as Not yet shown and "
  "notes the disagreement. The moderator listens to the recording and decides.")
H("E3  The overall decision", 2)
table([
    ["Decision", "When", "What happens next"],
    ["Recommend the Award", "All 29 outcomes Shown", "The result goes to the University's Assessment Board for confirmation."],
    ["Refer", "Up to six outcomes Not yet shown", "The candidate submits further evidence on those outcomes within three months; the chair and one other panel member decide on it."],
    ["Not yet ready", "More than six outcomes Not yet shown", "The candidate returns to a later review day after further work agreed with their tutor."],
], [4.0, 4.6, 8.0], size=9.5)
P("A candidate cannot be recommended for the Award while any outcome is Not yet shown.")

# ---------------------------------------------------------------- Part F
H("Part F  After the review", 1)
H("F1  Feedback to the candidate", 2)
P("The chair tells the candidate the panel's decision on the day. Within ten working days the programme "
  "leader sends a letter setting out the decision on each outcome and, for any outcome Not yet shown, the "
  "panel's sentence about what is missing.")
del_par = deleted_paragraph(
    "Before the candidate leaves, the chair spends ten minutes with them agreeing two or three next steps for "
    "their professional development, which the candidate takes to their next performance management review "
    "with their headteacher.")
ins_par = inserted_paragraph(
    "The panel assesses; it does not advise candidates about their future development, which is a matter for "
    "the candidate and their school.")
H("F2  Moderation", 2)
P("The University moderator, Dr Okafor, sits as an additional, non-voting member on one panel in four and "
  "listens to a sample of recordings from every review day, including every review where the decision was "
  "Refer or Not yet ready and every review where the panel disagreed. The external examiner, appointed by the "
  "University, receives a sample of Review Records and recordings each year and attends at least one review "
  "day. Once a term the programme leaders, the moderator and the panel chairs meet to compare decisions on "
  "two recorded reviews, so that panels keep to the same standard.")
H("F3  Appeals", 2)
P("Candidates may appeal against a decision under the University's academic appeals regulations, on the "
  "grounds of procedural irregularity or circumstances the panel did not know about. They may not appeal "
  "against the panel's academic judgement.")
H("F4  Your feedback", 2)
P("At the end of each review day you will be asked to complete a short feedback form on the organisation of "
  "the day, the quality of the portfolios and the usefulness of this handbook. Candidates complete a similar "
  "form. The programme leader summarises both for the Programme Committee (A13).")

# ---------------------------------------------------------------- Appendix 1 (landscape)
land = doc.add_section(WD_SECTION.NEW_PAGE)
land.orientation = WD_ORIENT.LANDSCAPE
land.page_width, land.page_height = Cm(29.7), Cm(21.0)
land.left_margin = land.right_margin = Cm(1.8)
H("Appendix 1  The outcomes and what the panel looks for", 1)
P("Numbers 1 to 29 are the numbers used on the Review Record. The outcomes are in our own shorter words; "
  "the national specification has the full wording. P1 to P6 are the portfolio sections (Part C).", after=4)

OUT_ROWS = [
    ("G", "Professional attributes"),
    ("1", "Builds fair, respectful and constructive relationships with pupils with SEN and with their parents or carers", "Unit 2 day 5", "P3, P4", "How the candidate talks about pupils and families; whether families' and pupils' views appear in decisions"),
    ("2", "Wins the commitment of colleagues, including the head and senior leaders", "Unit 3 day 9 (managing change)", "Unit 3 enquiry", "Evidence that the head and colleagues backed the change, and how the candidate won them over"),
    ("3", "Prioritises, manages time and delegates, and checks delegated work is done", "Not taught: we expect candidates to bring this from the role", "P1", "How the candidate manages the role in the time available; what they delegate and how they check it"),
    ("4", "Anticipates and resolves problems and makes sound decisions about provision", "-", "Unit 3 enquiry; review discussion", "A decision the candidate made about provision, the options they weighed and what happened"),
    ("5", "Expresses themselves clearly in speech and writing and listens to others", "All units; Unit 1 day 1 (writing at Masters level)", "All assignments; the review", "Clarity of the presentation and the assignments; how the candidate responds to questions"),
    ("6", "Draws on research and outside advice to improve their own and colleagues' practice", "All units", "All assignments; P6", "Use of reading and specialist advice in the enquiry"),
    ("7", "Keeps up to date and takes responsibility for their own CPD", "-", "P6", "The CPD record and what the candidate has done with it"),
    ("G", "Professional knowledge and understanding"),
    ("8", "SEN law and guidance, including the Code of Practice, and how to put them into practice", "Unit 1 days 1-2", "Unit 1 assignment", "Accurate use of the Code and regulations in the candidate's own school"),
    ("9", "Every Child Matters and the SENCO's part in the five outcomes", "Unit 1 day 2", "Unit 1 assignment", "Links made between SEN provision and the five outcomes"),
    ("10", "Disability equality law and the actions it requires", "Unit 1 day 3", "Unit 1 assignment (accessibility plan)", "What the school's accessibility plan and disability equality scheme commit it to, and what has been done"),
    ("11", "How children develop and what affects their development", "K4", "Review discussion", "Understanding of development in relation to the pupils in the case study"),
    ("12", "The common types of SEN and disability and how they affect learning", "Unit 2 days 4-6", "Unit 2 case study", "Secure knowledge of the pupil's needs and of the main types of SEN"),
    ("13", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching", "Unit 2 day 6", "Unit 2 case study; P2", "Critical choice of approaches and resources, including assistive technology"),
    ("14", "School self-evaluation and improvement as they affect pupils with SEN", "Unit 3 day 7", "Unit 3 enquiry", "How the enquiry fed the school's self-evaluation"),
    ("15", "Best practice and research in meeting SEN", "All units", "All assignments", "Reading used critically, not only cited"),
    ("16", "The scope and role of outside agencies and how to get specialist help", "Unit 2 day 5", "P4; Unit 2 case study", "Knowledge of local services and how the candidate has used them"),
    ("G", "Professional skills"),
    ("17", "With senior colleagues and governors, shapes inclusive policy, priorities and use of resources", "Unit 1 day 3; Unit 3", "Unit 1 assignment (policy paper for governors)", "The governors' paper and what happened to it"),
    ("18", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "Unit 2", "Unit 2 case study", "The cycle of assessment, target, intervention and review in the case study"),
    ("19", "Uses other professionals' assessments to plan teaching", "Unit 2 day 5", "Unit 2 case study", "How specialist reports changed what teachers did"),
    ("20", "Uses summative assessment, including national tests, to track progress and adjust provision", "Unit 3 day 7", "P5", "Tracking data and a change made because of it"),
    ("21", "Encourages colleagues to use formative assessment, with approaches suited to pupils with SEN", "Unit 3 day 8", "P5; Unit 3 enquiry", "Work with colleagues on assessment for learning"),
    ("22", "Identifies special arrangements for national tests and examinations in good time and puts them in place", "Not taught: candidates may attend the County's Access Arrangements briefing for examinations officers", "P5", "The note on arrangements made for a pupil, and how they matched classroom practice"),
    ("23", "Uses provision mapping to plan provision and find what is ineffective or missing", "Unit 3 day 7", "P2", "The provision map, with costs and the gaps the candidate found"),
    ("24", "Deploys and manages staff effectively", "-", "P2; review discussion", "How teaching assistants are deployed and directed, and how the candidate knows it works"),
    ("25", "Supports colleagues' professional development", "Unit 3 day 9", "Unit 3 enquiry (staff session)", "The development session led for staff and how it was evaluated"),
    ("26", "Reviews provision with colleagues to inform self-evaluation and planning", "Unit 3 days 7 and 9", "Unit 3 enquiry", "How staff were involved in judging what worked"),
    ("27", "Involves pupils in planning and reviewing their provision", "Unit 2 day 5 (listening to pupils)", "P3", "S7"),
    ("28", "Works with parents and carers to support pupils' learning and development", "The Parent Partnership Service's termly open workshop (optional; not part of the Award)", "P4", "The record of a meeting with parents and what was agreed"),
    ("29", "Works with other services and agencies, including voluntary organisations", "Unit 2 day 5", "P4", "The record of work with an outside agency, statutory or voluntary"),
]
rows = [["No.", "Outcome", "Where developed", "Main evidence", "The panel looks for"]]
for r_ in OUT_ROWS:
    rows.append([r_[1], "", "", "", ""] if r_[0] == "G" else list(r_))
ot = table(rows, [1.1, 8.0, 5.6, 4.2, 7.2], size=8.5)
gidx = [i for i, r_ in enumerate(rows) if r_[1] == "" and r_[2] == ""]
for i, r_ in enumerate(rows):
    if i and r_[1] == "" and r_[2] == "":
        merge_row(ot, i, r_[0], fill="E4DFEC", size=8.5)

# row 11: tracked change in 'Where developed'; row 27: tracked insertion in 'The panel looks for'
for i, r_ in enumerate(rows):
    if r_[0] == "11":
        c = ot.cell(i, 2)
        c.text = ""
        par = c.paragraphs[0]
        del_run(par, "Unit 2 day 4 (how children develop)", size=8.5)
        ins_run(par, "Assumed from initial teacher training; not revisited", size=8.5)
        k4_cell = par
    if r_[0] == "27":
        c = ot.cell(i, 4)
        c.text = ""
        par = c.paragraphs[0]
        ins_run(par, "Pupils' views in the candidate's own decisions, and what changed because of the pupil-voice exercise", size=8.5)

# ---------------------------------------------------------------- Appendix 2 (portrait)
port = doc.add_section(WD_SECTION.NEW_PAGE)
port.orientation = WD_ORIENT.PORTRAIT
port.page_width, port.page_height = Cm(21.0), Cm(29.7)
port.left_margin = port.right_margin = Cm(2.2)
H("Appendix 2  The Review Record", 1)
P("The chair completes one Review Record for each candidate on MarlshireLearn; this is the printed version "
  "used if the platform is unavailable.", after=4)
ft = doc.add_table(rows=5, cols=2)
ft.style = "Table Grid"
for i, lab in enumerate(["Candidate", "Route", "Review date", "Panel (chair, head, specialist)", "Moderator present"]):
    cell_text(ft.cell(i, 0), lab, bold=True, size=9.5)
    shade(ft.cell(i, 0), "F2F2F2")
    ft.cell(i, 1).text = ""
    sdt_text(ft.cell(i, 1).paragraphs[0], lab)
    ft.cell(i, 0).width = Cm(5.5)
    ft.cell(i, 1).width = Cm(11.1)
doc.add_paragraph()
rt = doc.add_table(rows=1 + 29, cols=4)
rt.style = "Table Grid"
for j, h in enumerate(["Outcome no.", "Shown", "Not yet shown", "If not yet shown: what is missing"]):
    cell_text(rt.cell(0, j), h, bold=True, size=9)
    shade(rt.cell(0, j), "E4DFEC")
for i in range(1, 30):
    cell_text(rt.cell(i, 0), str(i), size=9)
    rt.cell(i, 1).text = ""
    sdt_check(rt.cell(i, 1).paragraphs[0])
    rt.cell(i, 2).text = ""
    sdt_check(rt.cell(i, 2).paragraphs[0])
for row in rt.rows:
    for j, w in enumerate([2.4, 2.0, 2.6, 9.6]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()
dt = doc.add_table(rows=3, cols=2)
dt.style = "Table Grid"
for i, lab in enumerate(["Decision (Recommend / Refer / Not yet ready)", "Chair's signature and date", "Note of any disagreement"]):
    cell_text(dt.cell(i, 0), lab, bold=True, size=9.5)
    shade(dt.cell(i, 0), "F2F2F2")
    dt.cell(i, 1).text = ""
    sdt_text(dt.cell(i, 1).paragraphs[0], lab.split(" (")[0])

# ---------------------------------------------------------------- comments
def comment_whole_paragraph(par, text, author, initials):
    """Comment spanning a paragraph whose only content is tracked (w:del / w:ins)."""
    anchor = par.add_run("")
    doc.add_comment(anchor, text=text, author=author, initials=initials)
    p = par._p
    start = p.find(qn("w:commentRangeStart"))
    p.remove(start)
    pPr = p.find(qn("w:pPr"))
    idx = list(p).index(pPr) + 1 if pPr is not None else 0
    p.insert(idx, start)


comment_whole_paragraph(del_par, "Hannah: the University's view is that panels assess and should not appear to coach. "
                        "Agreed at Programme Committee, 12 January. JW", "Jane Wyatt", "JW")
comment_whole_paragraph(k4_cell, "Two 2008 candidates were Not yet shown on this one. Should we put a session back "
                        "into Unit 2? JW", "Jane Wyatt", "JW")
doc.add_comment(p_impact.runs[0], text="Can we say something stronger here for the TDA? IM",
                author="Ian Marwood", initials="IM")

doc.save(OUT)
print("wrote", OUT)
