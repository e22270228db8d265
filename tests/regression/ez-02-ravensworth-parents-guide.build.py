"""Build ez-02-ravensworth-parents-guide.docx

Provider (invented)
-------------------
The Ravensworth SENCO Award: Ravensworth County Council's Parent Partnership
Service (PPS), Waymark Family Trust (a regional voluntary-sector charity
supporting families of disabled children across "the northern counties",
with a family centre, Waymark House, and a young people's group, the Young
Reviewers) and the University of Stanmere, Department of Education Studies
(awards a 60-credit Master's-level PG Certificate). March 2009.

Kind of document and layout
---------------------------
A plain-English guide for PARENTS AND CARERS ("Your child's SENCO is going
back to study"), first edition, sent as the application. Written to "you"
(parents) with "we" for the partners; friendly Heading-1 titles, never
criterion numbers; a typed contents list; short paragraphs and List Bullet
lists; a "You told us / So we ..." table; a tutor table; an outcome list in
everyday words ("What your child's SENCO will be able to do") with "Where on
the course" and "How tutors check" columns, group rows merged across the
table, and some rows combining two national outcomes; a jargon buster; dates
for your diary; contact details. Grey one-cell boxes headed "For the panel"
(shaded tables) carry the technical detail families do not need; the first
box is the note to the TDA panel. Three floating text boxes (DrawingML
wps:txbx with a VML fallback) carry quotations from a parent, a young
person and a SENCO on the old course. Footer with the PPS strapline and a
PAGE field. No e-learning at all.

Traps (requirement ids)
-----------------------
* 3.1 NOT MET (wrong context): "Information in other ways and help to take
  part" offers alternative formats, interpreters, a crèche and "we will make
  reasonable adjustments" - to PARENTS taking part in family events. Nothing
  anywhere about disabled candidates or participants.
* 3.2 PARTIAL / 3.3 NOT APPLICABLE: a negation after a long build-up ("We
  looked hard at running an evening or online version ... decided to run the
  course on daytime study days only"); one start a year; only spreading over
  two years. No e-learning, so 3.3 is not applicable.
* 5.5 PARTIAL: specialist expertise (visiting speakers from five services and
  Waymark), but "There are no placements on the new course"; the special
  school visit belonged to the old "New to SENCO" course, which "has now
  stopped" (past arrangement; repeated in a SENCO's text-box quotation).
* 5.6 NOT MET (wrong context): Waymark's Toy and Equipment Library lends
  switch toys, communication aids and sensory equipment to FAMILIES; nothing
  on resources for participants.
* 4.3 PARTIAL: parents teach (parent tutors) and sit on the course committee
  that plans the course, but involvement in evaluation is only hoped for
  ("we hope to set up ways for that to happen").
* 5.9 PARTIAL: participants' confidence questionnaire at start and end, and
  before/after measures inside each Making a Difference Project, but impact
  on pupils' achievement across the programme is only hoped for ("We hope
  that in time we will be able to show ...").
* 5.1 PARTIAL: internal (day evaluations, module review) and external
  (University annual monitoring, external examiner) named, but only "We use
  what SENCOs tell us to make the course better" on how evidence is used.
* 5.7 PARTIAL: parent tutors are trained (three-day course) and plan with a
  University tutor; school mentors are merely "chosen by the headteacher";
  nothing on preparing tutors or mentors for their roles.
* 1.3 PARTIAL: only "keeps up with the latest thinking ... the latest
  research"; the Lamb Inquiry appears only as the reason for the guide.
* 2.4 PARTIAL: the Learning Plan tailors the course (concrete), but quality
  and cost-effectiveness are only asserted ("a high-quality course") and
  the course being free to schools is not a cost-effectiveness argument.
* 1.9 / 6.0 PARTIAL: "Only SENCOs who have shown they can do everything on
  the list get the Award" and "Every item on this list is checked before a
  SENCO gets the Award" (blanket) against a list with rows checked only by
  "Talked about in tutorials", "Group discussion", "Tutorial", "not marked",
  and two national outcomes missing.
* Criterion 6 outcome list: 6.A2, 6.A7, 6.K6, 6.S1, 6.S2b, 6.S4 PARTIAL
  (discussion / tutorial / not marked); 6.A3 (time, priorities, delegation)
  and 6.K7 (school self-evaluation) NOT MET (no row, not mentioned). One row
  combines 6.K1 and 6.K3 (law on SEN and on disability), both MET via the
  Law and Policy Review, whose description names the Disability Equality
  Scheme.
* MET although easily missed: 5.3 (the PPS asks schools for the date and
  reference of each SENCO's enhanced CRB disclosure, conduct and
  disciplinary matters, re-checks after three months out of school, barred
  list check - in the parent-facing "Keeping children safe"); 2.3 (the
  assessment-only route, in plain words under "Very experienced SENCOs");
  2.1 (APCL and APEL only inside a grey "For the panel" box); 5.8 (moderation
  only in a grey box); E.1/E.2 (only in a grey box).
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ez-02-ravensworth-parents-guide"
OUT = os.path.join(HERE, NAME + ".docx")

TEAL = RGBColor(0x00, 0x6B, 0x6B)
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(11)
st.paragraph_format.space_after = Pt(6)
for s in ("Heading 1", "Heading 2", "Title", "Subtitle"):
    doc.styles[s].font.name = "Verdana"
    doc.styles[s].font.color.rgb = TEAL
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.3)

BOX_ID = [1]


# ---------------------------------------------------------------- helpers
def para(text="", style=None, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def lead(bold_text, rest):
    p = doc.add_paragraph()
    p.add_run(bold_text).bold = True
    p.add_run(rest)
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def h1(t):
    return doc.add_heading(t, level=1)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=10):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)


def table(header, rows, widths=None, head_fill="CDE8E8"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def panel_box(paragraphs, title="For the panel"):
    """A grey one-cell table: the partners' notes for the TDA panel."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "E6E6E6")
    c.width = Cm(16.4)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(10)
    for txt in paragraphs:
        q = c.add_paragraph()
        rr = q.add_run(txt)
        rr.font.size = Pt(9.5)
    doc.add_paragraph()
    return t


NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def text_box(p, lines, height_cm=4.2, width_cm=6.0):
    """Anchor a floating text box (DrawingML with a VML fallback) in paragraph p.
    lines: list of (text, italic, bold)."""
    bid = BOX_ID[0]
    BOX_ID[0] += 1
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    wpt, hpt = width_cm * 28.35, height_cm * 28.35
    # the VML shape type is defined once, in the first text box's fallback
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if bid == 1 else ""
    inner = ""
    for txt, it, bd in lines:
        rpr = "<w:rPr>%s%s<w:sz w:val=\"19\"/></w:rPr>" % ("<w:i/>" if it else "", "<w:b/>" if bd else "")
        inner += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>%s<w:t xml:space="preserve">%s</w:t>'
                  '</w:r></w:p>' % (rpr, escape(txt)))
    xml = (
        '<w:r %s><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="%d" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="%d" name="Text Box %d"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E3F2F2"/>'
        '</a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="006B6B"/></a:solidFill></a:ln>'
        '</wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '%s'
        '<v:shape id="Text Box %d" o:spid="_x0000_s10%02d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:%.1fpt;height:%.1fpt;z-index:%d;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
        'mso-position-vertical-relative:text" fillcolor="#e3f2f2" strokecolor="#006b6b" strokeweight="1pt">'
        '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape>'
        '</w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    ) % (NS, 251658240 + bid, cx, cy, bid, bid, cx, cy, inner, shapetype, bid, bid, wpt, hpt, bid, inner)
    p._p.append(parse_xml(xml))


def field(p, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    p._p.append(fld)


# ---------------------------------------------------------------- footer
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run("Ravensworth Parent Partnership Service \u00b7 free, confidential and impartial \u00b7 "
               "01632 960 418 \u00b7 parentpartnership@ravensworth.gov.uk \u00b7 page ")
r.font.size = Pt(8)
field(fp, "PAGE")

# ---------------------------------------------------------------- cover
para("Ravensworth Parent Partnership Service  \u00b7  Waymark Family Trust  \u00b7  University of Stanmere",
     size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
para("Your child's SENCO is going back to study", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
para("A guide for parents and carers to the Ravensworth SENCO Award", style="Subtitle",
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("First edition, March 2009", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("This guide is free. You can have it in large print, on CD, in Braille, in Easy Read, or in Polish, "
     "Urdu or Bengali. Ring the Parent Partnership Service on 01632 960 418.", size=10,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para()
panel_box([
    "This is the guide we have written for families about our course for new SENCOs, and we are sending it "
    "to the TDA as our application for approval. We wrote it with the Ravensworth Parent Carer Council, and "
    "the Waymark Young Reviewers checked it for plain English. We think that if a course can be explained "
    "honestly to the parents of the children it is meant to help, it can be explained to a panel.",
    "Families do not need everything a panel needs, so we have added grey boxes like this one, headed "
    "\u2018For the panel\u2019, where there is more to say. They will be taken out before the guide is "
    "printed for families.",
    "Contacts: Sandra Kowalczyk, Manager, Ravensworth Parent Partnership Service; Dr Owen Pryce, Programme "
    "Leader, Department of Education Studies, University of Stanmere.",
], title="For the TDA approval panel")

para("What is in this guide", bold=True)
for t in ["Why we wrote this guide", "What does a SENCO do?", "About the new course",
          "What SENCOs will learn", "How parents help to run the course", "Listening to children and young "
          "people", "Will the course make a difference to my child?", "Keeping children safe",
          "Who can go on the course?", "Who teaches the course?", "How SENCOs are assessed",
          "What your child's SENCO will be able to do", "After the course", "How we check the course is "
          "good", "What you can do", "Information in other ways, and help to take part", "Words we use",
          "Dates for your diary", "Contact us"]:
    para(t, size=10)

# ---------------------------------------------------------------- why
h1("Why we wrote this guide")
para("Every week the Parent Partnership Service talks to parents who want to know one thing: who in my "
     "child's school can help? Very often the answer is the SENCO. But many parents have told us they are "
     "not sure what SENCOs do, or what training they have had. Some have told us that when their child's "
     "SENCO changed, everything had to start again.")
para("From September 2009, teachers who take on the SENCO job for the first time will have to study for a "
     "new national qualification, the National Award for Special Educational Needs Coordination. In "
     "Ravensworth the course will be run by three partners working together: the Parent Partnership "
     "Service, which is part of Ravensworth County Council; Waymark Family Trust, the charity that supports "
     "families of disabled children across the northern counties; and the Department of Education Studies "
     "at the University of Stanmere.")
para("We want parents to know what the course is, what your child's SENCO will be learning, and how parents "
     "and young people have helped to shape it. We also want you to know how you can take part.")
para("The Government has asked Brian Lamb to look at how parents can have more confidence in the way "
     "schools and councils meet children's special educational needs. We hope this guide is a small part "
     "of the answer in Ravensworth.")

# ---------------------------------------------------------------- SENCO
h1("What does a SENCO do?")
para("Every mainstream school in England must have a SENCO (special educational needs coordinator). The "
     "SENCO is a teacher who makes sure that children with special educational needs get the help they "
     "need. SENCOs:")
bullets([
    "help teachers and teaching assistants to plan lessons and support for children with SEN;",
    "keep track of which children need extra help, and whether the help is working;",
    "write or oversee Individual Education Plans (IEPs) and arrange reviews;",
    "work with parents and carers;",
    "ask for advice from other professionals, such as speech and language therapists and educational "
    "psychologists;",
    "advise the headteacher and governors.",
])
para("The SEN Code of Practice (2001) describes three stages of help in school: School Action, School "
     "Action Plus and, for a small number of children, a statement of special educational needs. The SENCO "
     "coordinates all three.")

# ---------------------------------------------------------------- course
h1("About the new course")
para("The Ravensworth SENCO Award is a university course for teachers who are new to the SENCO job. It "
     "takes one school year, part time. SENCOs come to ten study days, do assessed work in their own "
     "school, and have to show both what they know and what they can do.")
para("The course has one aim: that children and young people with special educational needs and "
     "disabilities in Ravensworth do better. By \u2018better\u2019 we mean the five things every child "
     "should have, according to the Government's Every Child Matters programme: being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution, and growing up able to support "
     "themselves. Each part of the course, and each piece of assessed work, asks SENCOs to show how their "
     "work helps children with at least one of these.")
para("The study days are at Waymark House, the Waymark Family Trust's centre in Kelby, and at the "
     "University's campus in Stanmere. SENCOs also spend time working in their own school on a project "
     "about children in that school.")
panel_box([
    "Accreditation. The course is the University of Stanmere's Postgraduate Certificate in Special "
    "Educational Needs Coordination, approved by the University's Academic Standards Committee on 22 "
    "January 2009. It carries 60 credits at Master's level (level 7 of the Framework for Higher Education "
    "Qualifications), in three 20-credit modules. Participants who pass also hold the National Award for "
    "SEN Coordination. The University awards the qualification, and its academic regulations apply.",
])

# ---------------------------------------------------------------- learn
h1("What SENCOs will learn")
para("The course is in three parts, called modules.")
lead("Module A: Knowing the law and knowing the child (September to December). ",
     "SENCOs learn about the law on special educational needs and disability and what it means for "
     "schools: the Education Act 1996, the SEN Code of Practice, the Disability Discrimination Act and the "
     "duty schools now have to promote equality for disabled pupils, and Every Child Matters. They learn how "
     "children develop, and how SEN, disability, home and school can help or hold back a child's "
     "development. A parent tutor from Waymark leads a session on what the law looks like from a family's "
     "side.")
lead("Module B: Teaching, learning and support (January to March). ",
     "SENCOs study the most common kinds of special educational need: behavioural, emotional and social "
     "difficulties; specific learning difficulties such as dyslexia; speech, language and communication "
     "needs; autism; and moderate learning difficulties. They learn how to find out what a child finds "
     "hard, how to plan help and set targets, how to use reports from other professionals, and how to make "
     "sure children get the right help in tests and exams.")
lead("Module C: Leading SEN in school (April to July). ",
     "SENCOs learn how to lead other staff: how to organise teaching assistants, train and coach "
     "colleagues, plan the school's SEN support across the year (provision mapping), and work with the "
     "headteacher and governors.")
para("The course keeps up with the latest thinking about special educational needs, and our tutors bring "
     "the latest research into every session.")

# ---------------------------------------------------------------- parents
h1("How parents help to run the course")
p_q1 = para("Parents and carers have been part of this course from the start.")
text_box(p_q1, [("\u201cI told them about the review where I was handed a report I'd never seen. Six months "
                 "later I was helping to plan the session on reports. It's the first time I've felt the "
                 "system actually listened.\u201d", True, False),
                ("Parent Carer Council member, Thornsett", False, True)], height_cm=4.6)
para("In the autumn of 2008 the Parent Partnership Service and Waymark asked parents what they wanted SENCOs "
     "to know. 174 parents filled in our questionnaire, and 38 came to one of four evening meetings in "
     "Kelby, Ashby Bridge, Thornsett and Hawes End. The Ravensworth Parent Carer Council then spent two of "
     "its meetings going through the draft course with the University.")
para("Here are some of the things parents told us, and what we did about them.")
table(["You told us", "So we\u2026"], [
    ["\u201cTell SENCOs to listen to us \u2013 we know our children.\u201d",
     "Every SENCO has a \u2018family conversation\u2019 with a child's parents as part of the Child and Family "
     "Portfolio, and is assessed on how they listened and what they did with what they heard."],
    ["\u201cMeetings are full of jargon.\u201d",
     "A parent tutor leads a session in Module A on plain language. SENCOs rewrite one of their school's "
     "letters to parents and a parent tutor gives them feedback."],
    ["\u201cThe SENCO didn't know who else could help us.\u201d",
     "Module B has a day with the Educational Psychology Service, the Speech and Language Therapy Service, "
     "the Child and Adolescent Mental Health Service, the Sensory Support Service, the Traveller Education "
     "Service and Waymark's family support workers."],
    ["\u201cMy son was never asked what he thought.\u201d",
     "The Young Reviewers run a session on how to ask children (see the next section), and every SENCO "
     "records a child's views in their Portfolio."],
    ["\u201cExams were a disaster because nobody sorted out his extra time.\u201d",
     "Module B covers special arrangements for SATs, GCSEs and other exams, and SENCOs are assessed on this "
     "in the Portfolio."],
], widths=[6, 10.4])
lead("Parent tutors. ", "Six parents, trained by Waymark, teach on the course alongside the University's "
     "tutors. They lead parts of four study days, and they tell their own family's story only if they want "
     "to. Parent tutors are paid for their time.")
lead("The course committee. ", "The course is planned by a committee of the three partners, two parent "
     "representatives from the Parent Carer Council, a headteacher and two SENCOs. It meets twice a year.")
para("We would like families to help us judge how well the course is working, and we hope to set up ways "
     "for that to happen once the first SENCOs have finished. In the meantime, if your child's SENCO is on "
     "the course, we would like to hear from you at any time: just ring the Parent Partnership Service.")

# ---------------------------------------------------------------- children
h1("Listening to children and young people")
p_q2 = para("Children have a right to say what they think about decisions that affect them, and the SEN Code "
            "of Practice says schools should seek their views. Some children find this easy; others need "
            "help, for example because they do not use speech, or because they are anxious.")
text_box(p_q2, [("\u201cDon't just ask the easy questions. Ask me what I'd change.\u201d", True, False),
                ("Waymark Young Reviewer, aged 15", False, True)], height_cm=2.8, width_cm=5.2)
para("On the course, SENCOs learn different ways of finding out what children think: pictures and symbols, "
     "\u2018talking mats\u2019, rating scales, drawing, taking photographs of places in school they like and "
     "don't like, and person-centred reviews, where the child and family lead the meeting. The Waymark Young "
     "Reviewers, a group of young people aged 12 to 18 with SEN or disabilities, lead a session on Study "
     "Day 4 where SENCOs try these out and the young people tell them what works.")
para("In the Child and Family Portfolio each SENCO records how they found out one child's views, and what "
     "changed in the child's plan because of it. Tutors assess this.")
para("If your child's SENCO is on the course, your child may be asked to take part. The school will always "
     "ask your permission first, and your child can say no.")

# ---------------------------------------------------------------- difference
h1("Will the course make a difference to my child?")
para("We hope so, and we have designed the course so that it should.")
para("The biggest piece of work on the course is the Making a Difference Project. Each SENCO chooses "
     "something to improve in their own school for a group of children with SEN: for example, how children "
     "with speech and language difficulties are supported in class, or how teaching assistants help "
     "children with reading. They measure how the children are doing before the project starts, lead the "
     "change with colleagues over at least a term, and measure again at the end. They write up what "
     "happened, including what did not work, and present it to their headteacher.")
para("Many SENCOs also change small things as they go along, such as the way they write to parents or the "
     "way reviews are run, because the course asks them to try things out in their own school and think "
     "about what happened.")
para("We hope that in time we will be able to show that children in Ravensworth do better because their "
     "SENCO has been on the course. At the start and end of the course every SENCO also fills in a short "
     "questionnaire about how confident they feel in the job.")

# ---------------------------------------------------------------- safe
h1("Keeping children safe")
para("Every SENCO on the course is a qualified teacher working in a school, and schools must check that "
     "their staff are safe to work with children. We check too. Before a place is confirmed, the Parent "
     "Partnership Service asks each SENCO's school to confirm in writing the date and reference number of "
     "the SENCO's enhanced Criminal Records Bureau (CRB) disclosure, and that there are no concerns about "
     "the SENCO's conduct and no disciplinary matter outstanding. If a SENCO has not worked in a school in "
     "the last three months, for example after a career break, we ask them to get a new enhanced CRB "
     "disclosure through the Council before they start. The Council also checks that no SENCO on the course "
     "is barred from working with children.")
para("When SENCOs are at Waymark House on a study day when children and young people are there, such as the "
     "Young Reviewers' session, a Waymark worker is always in the room.")

# ---------------------------------------------------------------- who can go
h1("Who can go on the course?")
para("The course is for teachers who have just become a SENCO, or who are about to. They must be qualified "
     "teachers and must have their headteacher's support, because the course asks them to try things out in "
     "school and the school has to release them for the study days.")
para("Before the course begins, every SENCO fills in a Starting Review. This is the list of everything "
     "SENCOs must be able to do by the end (the list later in this guide); SENCOs rate themselves against "
     "each item and note their evidence. They then meet their tutor for an hour, and together they write a "
     "Learning Plan. The Learning Plan says what the SENCO already does well, what they most need to work "
     "on, which two of the optional workshops they should choose, and what they will aim for in their "
     "assessed work. The tutor checks the Learning Plan with them again at a tutorial in February.")
para("If the Starting Review shows that a teacher is not yet ready for the course, for example because they "
     "have very little experience of teaching children with SEN, the programme leader talks to them and "
     "their headteacher about what would help, and offers a place the following year.")
lead("SENCOs who have already studied. ", "Some SENCOs have already done a university course on SEN, or have "
     "done this kind of work for years. They may not need to do all of the course again.")
panel_box([
    "Prior learning. Participants may apply to the University for accreditation of prior certificated "
    "learning (APCL), for up to 20 credits from relevant Master's-level study in the last five years, and "
    "for accreditation of prior experiential learning (APEL), for up to 20 credits, by submitting a "
    "portfolio mapped to the module learning outcomes. APEL portfolios are assessed by two tutors and "
    "confirmed by the University's Accreditation of Prior Learning Board. No participant may be credited "
    "with more than 30 credits in total, and everyone takes \u2018Sharing the Learning\u2019.",
])
lead("Very experienced SENCOs. ", "A few SENCOs, for example teachers who have worked for years in a special "
     "school or a support service, may already be able to do everything on the list. They can ask to be "
     "assessed without coming to the study days. They complete the same four pieces of assessed work as "
     "everyone else, with a tutor's help to plan them, and they get the Award only if they pass all four.")
lead("Can SENCOs study in the evening, or online? ", "We looked hard at running an evening or online "
     "version of the course. The parent tutors, SENCOs and headteachers on the course committee did not all "
     "agree about it. Parent tutors told us they could not easily come in the evenings, and the partners did "
     "not yet have an online system that everyone trusted, so in the end we decided to run the course on "
     "daytime study days only in its first year. SENCOs who need more time, for example because of illness "
     "or maternity leave, may spread the course over two years. There is one start each year, in "
     "September.")

# ---------------------------------------------------------------- who teaches
h1("Who teaches the course?")
table(["Name", "Role on the course", "Background"], [
    ["Dr Owen Pryce", "Programme Leader, University of Stanmere",
     "Secondary SENCO for nine years, then a local authority SEN adviser. PhD on how teaching assistants "
     "work with pupils with SEN. Teaches on the University's MA in Special and Inclusive Education."],
    ["Margaret Healey", "Tutor, Modules A and C, University of Stanmere",
     "Headteacher of Brackenhill Special School for eleven years; National Professional Qualification for "
     "Headship; chairs the county's special schools' moderation group."],
    ["Sandra Kowalczyk", "Manager, Ravensworth Parent Partnership Service",
     "Qualified teacher; eleven years in the Parent Partnership Service; trained mediator. Teaches the "
     "sessions on working with families and on settling disagreements."],
    ["Jas Dhaliwal", "Tutor, Module B, Ravensworth Specialist Teaching Service",
     "Specialist teacher for specific learning difficulties (AMBDA) with a current caseload in 30 "
     "Ravensworth schools."],
    ["Parent tutors", "Waymark Family Trust",
     "Six parents of children with SEN and disabilities, trained by Waymark."],
], widths=[3.2, 4.6, 8.6])
para("All the University and Council tutors still work regularly in Ravensworth schools, and each spends "
     "at least five days a year on their own professional development in SEN.")
para("Visiting speakers from the Educational Psychology Service, the Speech and Language Therapy Service, "
     "the Child and Adolescent Mental Health Service, the Sensory Support Service and Waymark's family "
     "support team teach on Module B.")
para("Parent tutors complete Waymark's three-day Parent Tutor course, and plan every session they teach with "
     "a University tutor. Each SENCO also has a mentor in their own school, chosen by the headteacher, who "
     "helps them plan their project and find time for it.")
p_q3 = para("Until last summer, Ravensworth's own short course for new SENCOs, New to SENCO, included a day's "
            "visit to a special school. That course has now stopped. There are no placements on the new "
            "course: SENCOs do all their practical work in their own school, where it will make most "
            "difference.")
text_box(p_q3, [("\u201cThe day at Brackenhill was the best part of New to SENCO. I still ring their SENCO "
                 "when I'm stuck.\u201d", True, False),
                ("Primary SENCO, New to SENCO course 2007", False, True)], height_cm=3.4, width_cm=5.6)

# ---------------------------------------------------------------- assessed
h1("How SENCOs are assessed")
para("SENCOs must pass four pieces of work:")
lead("1. Law and Policy Review (Module A). ", "A 3,000-word review of their school's SEN policy, its "
     "information for parents and its Disability Equality Scheme, set against the law, the SEN Code of "
     "Practice and Every Child Matters.")
lead("2. Child and Family Portfolio (Module B). ", "A portfolio about one child, equal to about 4,000 words: "
     "what the school and other professionals have found out about the child, the family conversation, "
     "the child's own views, the plan and targets, any special arrangements the child needs in tests or "
     "exams and how they were put in place, and a review of progress after at least six weeks.")
lead("3. Making a Difference Project (Module C). ", "A 5,000-word report on the project described earlier, "
     "with the before-and-after measures.")
lead("4. Sharing the Learning (end of the course). ", "A 20-minute presentation to other SENCOs about what "
     "the SENCO has learned and changed, followed by questions from a University tutor and a parent tutor. "
     "The University tutor decides the mark.")
para("Tutors mark each piece against the University's rules for Master's-level work, and against a "
     "checklist of the things on the list that the piece is meant to show. To get the Award, a SENCO must "
     "pass all four pieces. Only SENCOs who have shown they can do everything on the list get the Award.")
panel_box([
    "Marking and moderation. Every piece of work is marked by the module tutor. A sample of at least a "
    "quarter of the work, including every fail and every borderline piece, is second-marked blind by "
    "another tutor. The course team holds a moderation meeting after each module to compare marking across "
    "tutors. Presentations are marked by two assessors together, on a common form. An external examiner "
    "from another university, appointed by the University of Stanmere, samples work from every module and "
    "attends the Examination Board, which confirms all marks.",
])

# ---------------------------------------------------------------- outcomes
h1("What your child's SENCO will be able to do")
para("By the end of the course, every SENCO should be able to do the things on this list. It is based on "
     "the national list that every course must use, but we have put it into everyday words with the help "
     "of the Parent Carer Council. The middle column says where on the course SENCOs learn it; the last "
     "column says how tutors check.")
ot = doc.add_table(rows=1, cols=3)
ot.style = "Table Grid"
for i, h in enumerate(["Your child's SENCO will be able to\u2026", "Where on the course", "How tutors check"]):
    set_cell(ot.rows[0].cells[i], h, bold=True)
    shade(ot.rows[0].cells[i], "CDE8E8")


def group(title):
    c = ot.add_row().cells
    m = c[0].merge(c[2])
    set_cell(m, title, bold=True)
    shade(m, "EAF5F5")


def orow(a, b, c):
    cells = ot.add_row().cells
    set_cell(cells[0], a)
    set_cell(cells[1], b)
    set_cell(cells[2], c)


group("How SENCOs work with people")
orow("Treat children with SEN and disabilities, and their families, fairly and with respect, and build good "
     "working relationships with them", "Modules A and B; the family conversation", "Child and Family "
     "Portfolio")
orow("Get the headteacher and other staff on board to improve things for children with SEN", "Module C",
     "Talked about in tutorials")
orow("Spot problems early, sort them out, and make sensible decisions about children's support", "Module B",
     "Child and Family Portfolio")
orow("Speak and write clearly, and listen to other people's views", "All modules", "Sharing the Learning; "
     "all written work")
orow("Use research and advice from experts to improve their own teaching and other staff's", "Module C",
     "Making a Difference Project")
orow("Keep up to date and plan their own learning about SEN and disability", "All modules", "Learning Plan, "
     "reviewed at tutorials (not marked)")
group("What SENCOs know")
orow("The law on SEN and on disability, including the SEN Code of Practice and the Disability Discrimination "
     "Act, and what schools must do", "Module A", "Law and Policy Review")
orow("Every Child Matters, and how the SENCO helps children to be healthy, stay safe, enjoy and achieve, make "
     "a positive contribution and grow up able to support themselves", "Module A", "Law and Policy Review")
orow("How children develop, and how SEN, disability, home and school can affect their development",
     "Module A", "Child and Family Portfolio")
orow("The most common kinds of SEN: behavioural, emotional and social difficulties; dyslexia and other "
     "specific learning difficulties; speech, language and communication needs; autism; moderate learning "
     "difficulties", "Module B", "Child and Family Portfolio")
orow("Different ways of assessing, planning and teaching, including computers and other technology, and "
     "which work best for which children", "Module B", "Group discussion; feedback from tutor")
orow("What research says works for children with SEN", "Modules B and C", "Making a Difference Project")
orow("What other services do (for example speech therapy, educational psychology, CAMHS and charities) and "
     "how to get their help", "Module B", "Child and Family Portfolio")
group("What SENCOs can do")
orow("Work with the headteacher and governors to make the whole school more inclusive, and decide how SEN "
     "money and staff are used", "Module C", "Talked about in group sessions")
orow("Spot children who may have SEN, set targets, plan help and check progress", "Module B",
     "Child and Family Portfolio")
orow("Use reports from speech therapists, psychologists and other professionals to plan teaching",
     "Module B", "Child and Family Portfolio")
orow("Use test results, including SATs, to track children's progress and change plans", "Module B",
     "Group discussion")
orow("Help other teachers use everyday assessment in class (assessment for learning) with children with "
     "SEN", "Module C", "Making a Difference Project")
orow("Sort out in good time any special arrangements children need in SATs and exams, like extra time or a "
     "reader", "Module B", "Child and Family Portfolio")
orow("Use a \u2018provision map\u2019 to plan support across the school and spot support that is missing or "
     "not working", "Module C", "Making a Difference Project")
orow("Organise and manage teaching assistants and other staff", "Module C", "Tutorial")
orow("Help other staff learn: watch lessons and give feedback, show how, coach, and run training",
     "Module C", "Making a Difference Project")
orow("Check with other staff how well the school's SEN support is working, and use this in the school's "
     "improvement plans", "Module C", "Making a Difference Project")
orow("Make sure children help to plan and review their own support", "Module B; Young Reviewers' session",
     "Child and Family Portfolio")
orow("Work with parents and carers to help their child learn and develop", "Modules A and B",
     "Child and Family Portfolio (family conversation)")
orow("Work with other services and charities, so that families get joined-up help", "Module B",
     "Child and Family Portfolio")
for row in ot.rows:
    if len({id(c._tc) for c in row.cells}) < 3:
        continue
    for i, w in enumerate([9.0, 3.9, 3.5]):
        row.cells[i].width = Cm(w)
para()
para("Every item on this list is checked before a SENCO gets the Award.", italic=True)

# ---------------------------------------------------------------- after
h1("After the course")
para("At the end of the course every SENCO meets their headteacher and their tutor to write a Next Steps "
     "Plan: two or three targets for their own development over the following year, and how the school will "
     "support them. The school keeps the plan, and it becomes part of the SENCO's performance management. "
     "SENCOs can also go on to the University's MA in Special and Inclusive Education, using their 60 "
     "credits, and are invited to join the Ravensworth SENCO Network.")

# ---------------------------------------------------------------- quality
h1("How we check the course is good")
para("We want this to be a high-quality course that fits each SENCO. The "
     "course is free to Ravensworth schools: the County Council pays for it with money it receives from "
     "the Government for SENCO training. The Learning Plan means that each SENCO spends their time on what "
     "they most need.")
para("After every study day SENCOs fill in an evaluation form, and at the end of each module the course "
     "team looks at what they said. The University checks every course each year through its annual "
     "monitoring, and the external examiner reports on standards. We use what SENCOs tell us to make the "
     "course better.")

# ---------------------------------------------------------------- you can do
h1("What you can do")
bullets([
    "If your child's SENCO is on the course, ask them about it. Most SENCOs will be glad to tell you.",
    "If you are asked to take part in a family conversation, you can say yes or no. Saying no will not "
    "affect your child's support.",
    "Tell us what you think of the course, at any time, through the Parent Partnership Service.",
    "If you are worried about your child's support at school, the Parent Partnership Service can give you "
    "free, confidential and impartial advice, and an Independent Parental Supporter can come to meetings "
    "with you.",
])

# ---------------------------------------------------------------- access
h1("Information in other ways, and help to take part")
para("This guide is available in large print, on CD, in Braille, in Easy Read, and in Polish, Urdu and "
     "Bengali. We can arrange an interpreter, including a British Sign Language interpreter, for any "
     "meeting with the Parent Partnership Service and for any family event about the course. Our family "
     "events are held in buildings with level access and a hearing loop, and Waymark can run a cr\u00e8che "
     "or pay for a sitter. If you have a disability and need us to do something differently so that you "
     "can take part, please tell us: we will make reasonable adjustments.")
para("Waymark's Toy and Equipment Library at Waymark House lends switch-adapted toys, communication aids, "
     "sensory equipment and specialist software to families free of charge. Ask at reception or ring "
     "Waymark on 01632 960 733.")

# ---------------------------------------------------------------- jargon
h1("Words we use")
table(["Word", "What it means"], [
    ["CAMHS", "Child and Adolescent Mental Health Services"],
    ["IEP", "Individual Education Plan: a plan for a child's extra help, with targets"],
    ["Independent Parental Supporter", "A trained volunteer from the Parent Partnership Service who can "
                                       "support you"],
    ["Learning Plan", "The plan each SENCO writes with their tutor at the start of the course"],
    ["Provision map", "A chart of all the extra help a school gives, who gets it and what it costs"],
    ["SATs", "The national tests at the end of Key Stage 2 (Year 6)"],
    ["School Action / School Action Plus", "The first two stages of extra help in school under the SEN Code "
                                           "of Practice"],
    ["SENCO", "Special educational needs coordinator"],
    ["Statement", "A legal document from the Council setting out a child's needs and the help they must get"],
], widths=[5, 11.4])

# ---------------------------------------------------------------- dates
h1("Dates for your diary")
table(["When", "What", "Where"], [
    ["Tuesday 21 April 2009, 6.30 pm", "Family information evening: hear about the course and meet the "
     "parent tutors", "Kelby Library"],
    ["Tuesday 12 May 2009, 7.00 pm", "Parent Carer Council open meeting, with an update on the course",
     "Ashby Bridge Community Centre"],
    ["Thursday 10 September 2009", "The first SENCOs start the course", "Waymark House, Kelby"],
    ["July 2010", "The first SENCOs finish; Sharing the Learning presentations (families welcome, by "
     "invitation)", "University of Stanmere"],
], widths=[4.5, 8, 3.9])

# ---------------------------------------------------------------- contact
h1("Contact us")
lead("Ravensworth Parent Partnership Service", "\nCounty Hall, Kelby KB1 2RW\n01632 960 418\n"
     "parentpartnership@ravensworth.gov.uk")
lead("Waymark Family Trust", "\nWaymark House, 14 Mill Lane, Kelby KB3 7PL\n01632 960 733\n"
     "Registered charity no. 1112908")
lead("Department of Education Studies, University of Stanmere", "\nDr Owen Pryce, Programme Leader\n"
     "01632 961 250")

doc.save(OUT)
print("wrote", OUT)
