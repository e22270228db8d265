"""Build cr-01-gorsebrook-bulletin.docx: "The SENCO Bulletin", special edition (invented provider).

Provider: Gorsebrook Metropolitan Borough Council, Learning Support and
Inclusion Service (a local authority service), with the University of
Millbeck, School of Education, which has validated the programme as its
Postgraduate Certificate in Special Educational Needs Coordination (branded
locally as "the Gorsebrook Award for SEN Coordination"). Three 20-credit
Level 7 units, first cohort September 2009, all face to face. The document
is dated February 2009 and uses 2008-09 vocabulary (CRB, DDA, disability
equality duty, SEN Code of Practice 2001, Every Child Matters, SEF, IDP,
Bercow Report, the SENCO Regulations 2008).

Layout: the council's termly newsletter for SENCOs, Issue 23, printed as a
special edition about the Award and sent, as it is, to the TDA panel (an
editor's note says so). Journalistic voice: headlines, standfirsts and
bylines typed as directly formatted Normal paragraphs (no heading styles);
arrangements carried in reported speech and direct quotations from the
Award Leader and the University lead; the reader addressed as "you".
- Section 1 (one column): masthead in a shaded two-cell table, editor's
  note, an "In this issue" list typed with bullets.
- Section 2 (two newspaper columns, continuous section break): lead
  article, a pull quote in a text box (wps with VML fallback, so its text
  occurs twice in the XML), "How it works", "Open to everyone", a shaded
  "Meet the team" table, a "Jargon buster" text box (definitions only).
- Section 3 (one column): the centre spread, "The Award at a glance", a
  table of the three units (what you'll cover / how it's assessed, the
  outcomes in plain words, never by number) with a "small print" note under
  it, then a "Dates for your diary" table of sessions.
- Section 4 (two columns): "What you told us", a shaded "You said, we did"
  box, "Who's involved", "Keeping it good", the "Ask Bernie" question and
  answer column (questions by readers, answers by the Award Leader), a
  letters page (a parent and a headteacher), "From the archive", "Over the
  border", "Watch this space", a "Corrections" box and "News in brief".
- Section 5 (one column): a tear-off expression-of-interest form (a table of
  blank fields with prompts).
- Page header and footer (never evidence).

Traps, and the requirement ids they affect:
- 1.3 partially_met: research appears only as a promise that the reading
  will be "bang up to date"; the Bercow item in News in brief is about the
  speech and language therapy service, not the Award (wrong context).
- 1.5 not_met, 6.S7 not_met: the only "pupil voice" is (a) a parent's
  letter hoping the course will teach SENCOs to listen to children
  (a stakeholder's wish, not the provider's statement), (b) "Watch this
  space": a pupil voice strand "we'd like to add" for the second cohort
  (aspiration) and (c) a News in brief item on a school council's Young
  Inspectors award (right words, wrong thing).
- 2.3 not_met: Ask Bernie says "Not on our Award" (negation); the
  assessment-only route exists only at another provider ("Over the border",
  Kilnsey/Danesford), in the old certificate's "fast track" ("From the
  archive", past) and as a jargon-buster definition.
- 2.5 partially_met: only that credits can be carried into the University's
  MA; nothing helps participants set further professional targets.
- 3.2 partially_met: one start date, units in a fixed order, one mode
  (twilights plus three Saturdays); the only flexibility is a pause between
  units. Two start dates and an online route are Kilnsey's ("Over the
  border").
- 3.3 not_applicable: "There's no online part to the Award"; the online
  route is another provider's; putting sessions online is only "in talks"
  for 2010.
- 4.3 partially_met: services co-teach and heads host triad visits
  (delivery), but stakeholders' part in evaluating the Award is only hoped
  for; the Parent Partnership Service's yearly survey of families rates its
  own service (wrong context).
- 5.1 partially_met: session evaluation sheets read by an internal steering
  group; no external evaluation (the external examiner only moderates marks).
- 5.3 not_met: Ask Bernie: the school "will have done" the CRB check and
  "We don't ask to see it" (deferral/assumption); the expression-of-interest
  form's blank field for a CRB number "(if known)" is a form prompt; the
  jargon buster only defines CRB.
- 5.5 partially_met: specialist expertise from the borough's services, but
  no placement: the placement week belonged to the old certificate (past),
  is withdrawn in "Corrections" and Brook Lane hosting is only "happy to
  talk about" (aspiration).
- 5.7 partially_met: tutors have a standardisation day and a Tutor
  Handbook; school mentors are merely chosen by the head, with no briefing.
- 6.0 partially_met, 1.9 partially_met: "Pass all three assignments and the
  Award is yours" plus a blanket claim that the units "cover every one of
  the national minimum outcomes"; several outcomes are taught but not
  marked, and some are absent.
- Outcomes taught but not in any "markers look for" list, or only in
  formative work (partially_met): 6.A3 (time and delegation session; the
  reflective journal "is not marked"), 6.A5 (listening and difficult
  conversations session), 6.K4 ("Growing up" session), 6.K9 and 6.S9 (who's
  who in support services and voluntary groups, "and working with them"),
  6.S2d (access arrangements session), 6.S5 (coaching; triad peer
  observations "for feedback only and are not graded").
- Outcomes absent (not_met): 6.A7, 6.S2c, 6.S7.

Genuine arrangements written plainly or unusually (all met):
- E.1 and E.2 only in a quotation from the University lead.
- 1.1 in the Award Leader's quotation (ECM outcomes in aims, objectives and
  every assignment); 1.2, 1.6, 1.7, 1.8 in the lead article; 1.4 only in
  the centre-spread table.
- 2.1 only inside a quotation (APCL up to 20 credits, APEL portfolio judged
  by two tutors); 2.2 and 5.2 in "How it works" (Starting Point audit,
  Personal Learning Plan, readiness check, guidance and talking to the head);
  2.4 (tutorials, clinics, choice of focus, costs and subsidy).
- 3.1 in "Open to everyone" and an Ask Bernie answer about dyslexia.
- 4.1 in "What you told us" (survey of 96 schools, Parents' Forum, SEN
  Strategy); 4.2 in the "You said, we did" box.
- 5.4 only in the "Meet the team" table; 5.6 in "How it works" (Ashlar
  House library and assistive technology, university library); 5.8 and 5.9
  in "Keeping it good" (second marking, moderation, external examiner;
  confidence ratings on every outcome, Unit 3 baseline and repeat pupil
  measures collated each autumn).
- Outcomes met through the centre spread (covered AND in the unit's "markers
  look for" list): 6.A1, 6.A2, 6.A4, 6.A6, 6.K1, 6.K2, 6.K3, 6.K5, 6.K6,
  6.K7, 6.K8, 6.S1, 6.S2, 6.S2a, 6.S2b, 6.S3, 6.S4, 6.S6, 6.S8.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("cr-01-gorsebrook-bulletin.docx")

NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}.items())

doc = Document()
doc.core_properties.author = "Jo Whitlock"
doc.core_properties.title = "The SENCO Bulletin - Issue 23 - Special edition"
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)


# ------------------------------------------------------------------ helpers
def p(text="", bold=False, italic=False, size=None, align=None, color=None, after=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        para.paragraph_format.space_after = Pt(after)
    return para


def runs(*parts):
    """A paragraph built of (text, bold) pieces: bold run-in lead-ins."""
    para = doc.add_paragraph()
    for text, bold in parts:
        r = para.add_run(text)
        r.bold = bold
    return para


def kicker(text):
    para = p(text.upper(), bold=True, size=8, color="7A1F3D", after=0)
    para.paragraph_format.space_before = Pt(10)
    return para


def headline(text, size=15):
    return p(text, bold=True, size=size, after=2)


def standfirst(text):
    return p(text, italic=True, size=10.5, after=2)


def byline(text):
    return p(text, italic=True, size=8.5, color="555555", after=6)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    para = cell.paragraphs[0]
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return para


def cell_add(cell, text, bold=False, size=None, italic=False):
    para = cell.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return para


def box(title, paras, fill="EFE6EA"):
    """A shaded one-cell table used as a sidebar box."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    cell_text(c, title, bold=True, size=10)
    for item in paras:
        if isinstance(item, tuple):
            para = c.add_paragraph()
            for text, bold in item:
                r = para.add_run(text)
                r.bold = bold
                r.font.size = Pt(9)
        else:
            cell_add(c, item, size=9)
    p("", after=2)
    return t


def textbox(lines, box_id, cy=1600000, fill="FFF6D5"):
    """An inline text box (wps with a VML fallback): its text occurs twice."""
    def para_xml(text, bold=False, italic=False):
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + "</w:rPr>"
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r>{rpr}'
                f'<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')

    content = "".join(para_xml(t, b, i) for t, b, i in lines)
    cx = 2900000
    xml = f"""
<w:r {NS}>
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:inline distT="0" distB="0" distL="0" distR="0">
     <wp:extent cx="{cx}" cy="{cy}"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:docPr id="{box_id}" name="Text Box {box_id}"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
         <a:ln w="12700"><a:solidFill><a:srgbClr val="7A1F3D"/></a:solidFill></a:ln>
        </wps:spPr>
        <wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:inline>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
     <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="Text Box {box_id}" o:spid="_x0000_s{1025 + box_id}" type="#_x0000_t202" style="width:228pt;height:{cy // 12700}pt" fillcolor="#{fill.lower()}" strokecolor="#7a1f3d" strokeweight="1pt">
     <v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    para = doc.add_paragraph()
    para._p.append(parse_xml(xml))
    return para


def set_cols(section, num, space=425):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f'<w:cols {nsdecls("w")}/>')
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def new_section():
    return doc.add_section(WD_SECTION.CONTINUOUS)


# ------------------------------------------------------------------ page setup
sec0 = doc.sections[0]
sec0.left_margin = sec0.right_margin = Cm(1.8)
sec0.top_margin = sec0.bottom_margin = Cm(1.6)

hp = sec0.header.paragraphs[0]
hr = hp.add_run("THE SENCO BULLETIN \u00b7 Special edition \u00b7 Spring 2009")
hr.font.size = Pt(8)
hr.bold = True
fp = sec0.footer.paragraphs[0]
fr = fp.add_run("Issue 23 \u00b7 Printed on recycled paper \u00b7 Large-print and audio copies: "
                "01632 960417 \u00b7 Gorsebrook MBC: working for every child in the borough \u00b7 page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ section 1: masthead
mast = doc.add_table(rows=1, cols=2)
mast.alignment = WD_TABLE_ALIGNMENT.CENTER
left, right = mast.cell(0, 0), mast.cell(0, 1)
shade(left, "7A1F3D")
shade(right, "EFE6EA")
lp = cell_text(left, "The SENCO Bulletin", bold=True, size=26)
lp.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
sp = cell_add(left, "News and views for special educational needs coordinators in Gorsebrook schools",
              italic=True, size=9)
sp.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
cell_text(right, "Issue 23", bold=True, size=11)
cell_add(right, "Spring term 2009", size=9)
cell_add(right, "SPECIAL EDITION", bold=True, size=9)
cell_add(right, "The Gorsebrook Award for SEN Coordination", italic=True, size=9)

p("", after=2)
p("Published by Gorsebrook Metropolitan Borough Council, Learning Support and Inclusion Service, "
  "Ashlar House, Canal Street, Gorsebrook GB3 5NX. Editor: Jo Whitlock.", size=8, italic=True)
runs(("A note from the editor. ", True),
     ("This is not our usual mix of news and dates. The whole of Issue 23 is given over to the new "
      "Gorsebrook Award for SEN Coordination, and a copy of this edition goes with the Council\u2019s "
      "application to the Training and Development Agency for Schools (TDA) to have the Award approved "
      "as nationally accredited training for SENCOs. So it is written for two sets of readers at once: "
      "you, and the TDA\u2019s panel. We hope both find it readable.", False))
p("In this issue", bold=True, after=1)
for line in ("\u2022 A qualification of our own \u2013 and it\u2019s all about the children",
             "\u2022 How it works: from your first audit to your certificate",
             "\u2022 Open to everyone \u00b7 Meet the team",
             "\u2022 Centre pages: the Award at a glance, and dates for your diary",
             "\u2022 What you told us \u00b7 Keeping it good \u00b7 Ask Bernie \u00b7 Your letters",
             "\u2022 From the archive \u00b7 Over the border \u00b7 Watch this space \u00b7 News in brief",
             "\u2022 Back page: expression of interest form"):
    p(line, size=9, after=0)

# ------------------------------------------------------------------ section 2: two columns
new_section()

kicker("Lead story")
headline("A qualification of our own \u2013 and it\u2019s all about the children", size=17)
standfirst("From September, new SENCOs in Gorsebrook will be able to gain a nationally recognised, "
           "masters-level award without leaving the borough. Bulletin editor Jo Whitlock reports.")
byline("By Jo Whitlock")
p("Since the SENCO Regulations came into force last September, every SENCO appointed in a Gorsebrook "
  "school has had to be a qualified teacher, and the Government has made it plain that teachers new to "
  "the role will soon be expected to gain a nationally accredited award as well. Until now the nearest "
  "courses have meant a long drive and a longer day. Gorsebrook\u2019s answer is the Gorsebrook Award "
  "for SEN Coordination, which the Learning Support and Inclusion Service has spent the past year "
  "building with the School of Education at the University of Millbeck. \u201cThe University validated "
  "the Award as its Postgraduate Certificate in Special Educational Needs Coordination on 21 January,\u201d "
  "says Dr Callum Pryor, who leads for the University. \u201cIt\u2019s 60 credits at masters level \u2013 "
  "Level 7 \u2013 made up of three 20-credit units, and the certificate participants receive is a "
  "University of Millbeck award, with our name on it and our regulations behind it.\u201d")
p("Bernadette Ojo, the Service\u2019s Senior Adviser for SEN and the Award Leader, is clear about what "
  "the Award is for. \u201cWe\u2019ve put one sentence at the top of every unit handbook: the point of "
  "this Award is that children and young people with SEN and disabilities in Gorsebrook do better \u2013 "
  "in their learning, yes, but also in being healthy, staying safe, enjoying and achieving, making a "
  "positive contribution and achieving economic well-being. Every unit\u2019s objectives are written back "
  "to that sentence, the content keeps returning to it, and every assignment asks the SENCO to show what "
  "difference their work made to particular pupils\u2019 progress and well-being, not just to their test "
  "scores. If an assignment can\u2019t answer that question, it hasn\u2019t done its job.\u201d")
p("The Award is built around the participant\u2019s own school rather than the lecture room. Between "
  "sessions you carry out \u2018Action in School\u2019 tasks \u2013 auditing your SEN register against the "
  "Code of Practice, shadowing one pupil for a whole day, mapping the provision for a year group \u2013 "
  "and each task sheet names the national outcomes the task is there to build. You bring what you find "
  "back to the next session, where it becomes the material the group works on. Dr Pryor promises that "
  "the reading will be \u201cbang up to date \u2013 the latest thinking on what works for children with "
  "SEN.\u201d")
textbox([
    ("\u201cThe point of this Award is that children and young people with SEN and disabilities in "
     "Gorsebrook do better.\u201d", True, True),
    ("Bernadette Ojo, Award Leader", False, False),
], box_id=201, cy=780000)
p("Nor is it an essay about change. The Unit 3 project asks you to lead a real change in your own "
  "school \u2013 a new way of deploying teaching assistants, say, or a reading intervention for a group "
  "of Year 8 pupils \u2013 and to show what happened for the pupils and for the adults. Along the way "
  "you work with colleagues inside and outside your school: in Unit 3 each participant plans and leads "
  "a twilight session for their own staff, and everyone joins a \u2018cluster triad\u2019 with the SENCOs "
  "of two other schools, visiting one another, comparing provision maps and advising one another on a "
  "problem each of you brings to the triad.")
p("Working with parents runs right through Unit 2. Sunita Lal, who manages the Gorsebrook Parent "
  "Partnership Service, co-leads two sessions in which participants practise running an annual review "
  "meeting with a parent \u2013 the parents are played by members of the Gorsebrook Parents\u2019 Forum, "
  "who do not make it easy \u2013 handle a disagreement about provision, and rewrite a letter home in "
  "plain English. Each participant also spends an afternoon shadowing a parent partnership officer. "
  "\u201cMost complaints we see start with a parent who felt nobody was listening,\u201d says Sunita. "
  "\u201cSENCOs who have practised these conversations handle them differently.\u201d")

kicker("The details")
headline("How it works: from your first audit to your certificate")
runs(("Who can join. ", True),
     ("You need Qualified Teacher Status, to be your school\u2019s SENCO or about to take the role on, and "
      "your headteacher\u2019s written support. At your Starting Point meeting (below) your tutor checks "
      "that you are ready to reach every one of the national outcomes by the end of the year. If you are "
      "not quite ready, we tell you in writing what to do first \u2013 usually our Introduction to SEN "
      "course, or a term working alongside an experienced SENCO \u2013 and, with your agreement, we talk "
      "it over with your headteacher.", False))
runs(("Starting Point. ", True),
     ("Before the first session you complete the Starting Point audit: 29 statements, one for each "
      "national minimum outcome, each rated with an example from your own work. You then meet your "
      "personal tutor for an hour, and together you turn the audit into your Personal Learning Plan. "
      "The plan records the outcomes you can already evidence, the ones you will concentrate on, the "
      "optional clinics and readings meant for you, and the focus you intend for each assignment. You "
      "revisit and update it at every tutorial.", False))
runs(("Credit for what you already know. ", True),
     ("\u201cAnyone who holds masters-level credit in special educational needs from the last five years "
      "can claim up to 20 credits against Unit 2,\u201d explains Dr Pryor, \u201cand SENCOs with "
      "substantial experience can instead put together a portfolio mapping what they have done against "
      "the Unit 1 outcomes; two tutors assess it, and if it passes the unit is credited. Our APL adviser "
      "meets everyone who wants to make a claim before the course starts.\u201d", False))
runs(("Made to fit. ", True),
     ("Each unit includes three individual tutorials with your personal tutor, and you choose the focus "
      "of every assignment to suit your school and your Personal Learning Plan. Optional clinics on "
      "dyslexia, autism and behaviour are there for those whose plan shows a need. The full cost of the "
      "Award is \u00a31,640 per participant; the Council pays half from the Standards Fund, so a school "
      "pays \u00a3820. We keep the cost down by teaching at Ashlar House rather than hiring rooms, and "
      "because sessions are twilights, your school needs no supply cover except for the three Saturday "
      "study days, which need none either.", False))
runs(("When and where. ", True),
     ("There is one start date, in September 2009. The three units run in order across the school year "
      "on Wednesday twilights (4.15 to 6.45 pm) at Ashlar House, with a Saturday study day in each unit. "
      "If life gets in the way, you can pause after a unit and pick up again with next year\u2019s group. "
      "There\u2019s no online part to the Award: everything happens face to face, and your reading comes "
      "as a printed pack.", False))
runs(("What you\u2019ll have to work with. ", True),
     ("Ashlar House is home to the Service\u2019s SEN Resource Library \u2013 assessment kits, intervention "
      "programmes, the Inclusion Development Programme materials \u2013 and to a training room with "
      "assistive technology: text-to-speech software, Clicker 5, symbol-writing software and a class set "
      "of laptops, all used in the Unit 2 sessions on resources and ICT. As registered students of the "
      "University, participants also have the University library and its electronic journals from "
      "home.", False))
runs(("Finishing. ", True),
     ("Pass all three assignments and the Award is yours. Because the three units between them cover "
      "every one of the national minimum outcomes for SENCOs, passing them shows you have met the "
      "national standard. And when you finish, your 60 credits can be carried into the University of "
      "Millbeck\u2019s MA in Inclusive Education.", False))

kicker("Access")
headline("Open to everyone")
p("The Award is covered by the Council\u2019s Disability Equality Scheme and by the University\u2019s, and "
  "Bernadette Ojo wants disabled teachers to know it is meant for them. The expression-of-interest form "
  "on the back page asks whether you have a disability or need we should know about, explains that the "
  "answer is confidential and is used only to plan adjustments, and says why we ask. Anyone who tells us "
  "is offered a meeting before the course to agree adjustments to teaching and to assessment \u2013 "
  "materials in large print or electronically, extra time, an alternative to a written task, a "
  "note-taker \u2013 and the University\u2019s Disability Adviser confirms the assessment arrangements. "
  "Ashlar House has level access, a lift, an accessible toilet and a hearing loop in both training "
  "rooms, and the same standards apply to the schools that host triad visits. In Unit 1, two members "
  "of the Gorsebrook Disability Forum lead a session on what disabled adults remember of school and "
  "what they would want a SENCO to know.")

kicker("The people")
headline("Meet the team", size=13)
team = doc.add_table(rows=1, cols=2)
team.style = "Table Grid"
cell_text(team.cell(0, 0), "Who", bold=True, size=8.5)
cell_text(team.cell(0, 1), "Background", bold=True, size=8.5)
shade(team.cell(0, 0), "EFE6EA")
shade(team.cell(0, 1), "EFE6EA")
for who, what in [
    ("Bernadette Ojo, Award Leader",
     "Senior Adviser for SEN, Gorsebrook. SENCO for eleven years in two Gorsebrook primary schools; MA "
     "Special and Inclusive Education (2004); NPQH (2007); leads the borough\u2019s induction for new "
     "SENCOs."),
    ("Dr Callum Pryor, University lead",
     "Senior Lecturer in Inclusive Education, University of Millbeck; formerly head of learning support "
     "in a comprehensive school; PhD (2006) on the deployment of teaching assistants."),
    ("Dr Ruth Adeyemi-Kane",
     "Principal Educational Psychologist, Gorsebrook; chartered psychologist; teaches the Unit 2 "
     "sessions on assessment and on using other professionals\u2019 reports."),
    ("Martin Haigh",
     "Specialist Teacher, Dyslexia and Literacy; AMBDA; Gorsebrook\u2019s dyslexia outreach teacher "
     "since 2001."),
    ("Sunita Lal",
     "Manager, Gorsebrook Parent Partnership Service; co-leads the Unit 2 sessions on working with "
     "parents and carers."),
]:
    row = team.add_row().cells
    cell_text(row[0], who, bold=True, size=8.5)
    cell_text(row[1], what, size=8.5)
p("Every tutor is working in Gorsebrook schools or services now, and each spends at least five days a "
  "year on professional development in his or her specialism under the Service\u2019s training plan.",
  size=9, italic=True)

textbox([
    ("JARGON BUSTER", True, False),
    ("APEL \u2013 accreditation of prior experiential learning: getting credit for what you have "
     "learned on the job.", False, False),
    ("Assessment-only route \u2013 a way for very experienced SENCOs to gain an award by being assessed, "
     "without taking the course.", False, False),
    ("CRB \u2013 the Criminal Records Bureau; an enhanced disclosure is the check everyone who works "
     "with children needs.", False, False),
    ("Level 7 \u2013 masters level in the national framework for higher education qualifications.",
     False, False),
    ("Provision map \u2013 a chart of all the extra help a school provides, who gets it and what it "
     "costs.", False, False),
], box_id=202, cy=2350000, fill="F2F2F2")

# ------------------------------------------------------------------ section 3: centre spread, one column
new_section()

kicker("Centre pages")
headline("The Award at a glance", size=18)
standfirst("Three units, three assignments. Here is what each unit covers and what the markers look "
           "for when they read your work.")
glance = doc.add_table(rows=1, cols=3)
glance.style = "Table Grid"
for i, h in enumerate(("Unit", "What you\u2019ll cover", "How it\u2019s assessed \u2013 and what the markers "
                       "look for")):
    cell_text(glance.cell(0, i), h, bold=True, size=9)
    shade(glance.cell(0, i), "7A1F3D")
    glance.cell(0, i).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
units = [
    ("Unit 1\nThe SENCO, the law and the school\n20 credits \u00b7 September to December 2009",
     ["The Education Act 1996 and the SEN Code of Practice (2001): what they mean day to day for the "
      "school, the SENCO, class teachers and governors, and how to put them into practice.",
      "The Disability Discrimination Act as amended in 2005, the disability equality duty and "
      "accessibility planning: what the law requires schools to do for disabled pupils.",
      "Every Child Matters: the five outcomes, the Common Assessment Framework and the SENCO\u2019s part.",
      "The SENCO Regulations 2008 and current national initiatives, including the Inclusion Development "
      "Programme.",
      "Working with the headteacher, senior team and governors on an inclusive ethos, the SEN policy, "
      "priorities and the use of resources.",
      "School self-evaluation (the SEF) and improvement planning, and where SEN fits."],
     ["Assignment 1: a review of your school\u2019s SEN policy and practice (4,000 words) with an action "
      "plan agreed with your headteacher and presented to your SEN governor.",
      "Markers look for: your knowledge of SEN law and the Code and how your school puts them into "
      "practice; your grasp of the disability equality duties and the actions they require; your "
      "understanding of Every Child Matters and your part in the five outcomes; how you worked with senior "
      "leaders and governors to shape an inclusive ethos, policy, priorities and spending; how you won the "
      "commitment of your headteacher and senior colleagues; and how you related SEN to the principles of "
      "school self-evaluation and improvement."]),
    ("Unit 2\nKnowing the learner\n20 credits \u00b7 January to March 2010",
     ["Growing up: how children develop, and how SEN, disability and the physical and social environment "
      "affect that development.",
      "The common types of need \u2013 behavioural, emotional and social difficulties; specific learning "
      "difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
      "disorders; moderate learning difficulties \u2013 and how each affects learning.",
      "Identifying needs through observation, data and assessment; setting targets; planning and "
      "reviewing interventions; using reports from educational psychologists, therapists and others.",
      "Tracking progress with national test results, P scales and teacher assessment, and changing "
      "programmes in the light of them.",
      "Teaching approaches, strategies, resources and ICT for removing barriers to learning.",
      "Access arrangements for SATs and GCSEs.",
      "Building fair, respectful relationships with pupils and families; working with parents and carers "
      "(with the Parent Partnership Service).",
      "Who\u2019s who: Gorsebrook\u2019s support services and the voluntary groups, and working with them."],
     ["Assignment 2: a case study of one pupil in your school (4,000 words).",
      "Markers look for: your understanding of the pupil\u2019s type of need and its effect on learning; "
      "how you identified needs, set challenging targets, planned interventions and reviewed progress; how "
      "you used other professionals\u2019 assessments to shape teaching; how you used national test results "
      "and other summative data to track progress and change the programme; your critical choice of "
      "approaches, strategies and resources, including ICT; how you built a fair, respectful and "
      "constructive relationship with the pupil and the family; and how you worked with the parents or "
      "carers to support the pupil\u2019s learning."]),
    ("Unit 3\nLeading provision\n20 credits \u00b7 April to July 2010",
     ["Provision mapping and management: planning and costing provision, and finding what is missing or "
      "not working.",
      "Deploying and managing teaching assistants and other support staff.",
      "Coaching and supporting colleagues: observation and feedback in your triad, modelling, leading a "
      "twilight session for your staff.",
      "Reviewing provision with colleagues and feeding the findings into the school\u2019s self-evaluation "
      "and improvement plan.",
      "Using research evidence, best practice and outside advice.",
      "Managing your time, prioritising and delegating.",
      "Listening well and handling difficult conversations.",
      "Solving problems and making decisions about provision."],
     ["Assignment 3: a report (5,000 words) on the change you led in your school.",
      "Markers look for: how you used provision mapping to plan provision and to find what was missing or "
      "ineffective; how you deployed and managed staff; how you reviewed the provision with colleagues and "
      "fed the findings into your school\u2019s self-evaluation; the soundness of your decisions and how "
      "you anticipated and resolved problems; how you used research and outside advice to improve your own "
      "and colleagues\u2019 practice; and your knowledge of best practice and research in meeting special "
      "educational needs."]),
]
for unit, cover, assess in units:
    row = glance.add_row().cells
    lines = unit.split("\n")
    cell_text(row[0], lines[0], bold=True, size=9)
    for extra in lines[1:]:
        cell_add(row[0], extra, size=8.5, italic=True)
    shade(row[0], "EFE6EA")
    cell_text(row[1], "\u2022 " + cover[0], size=8.5)
    for c in cover[1:]:
        cell_add(row[1], "\u2022 " + c, size=8.5)
    cell_text(row[2], assess[0], bold=True, size=8.5)
    for a in assess[1:]:
        cell_add(row[2], a, size=8.5)
p("", after=2)
runs(("The small print. ", True),
     ("You keep a reflective journal throughout the year. It is for you: bring it to tutorials, but it "
      "is not marked. The peer observations in your triad are for feedback only and are not graded. "
      "Each assignment is marked pass or fail by your tutor against the points listed above.", False))

headline("Dates for your diary", size=13)
dates = doc.add_table(rows=1, cols=3)
dates.style = "Table Grid"
for i, h in enumerate(("Date", "Session", "Led by")):
    cell_text(dates.cell(0, i), h, bold=True, size=8.5)
    shade(dates.cell(0, i), "EFE6EA")
for d, s, who in [
    ("Wed 16 Sept 2009", "Unit 1: the SENCO\u2019s role and the Code of Practice", "Bernadette Ojo"),
    ("Wed 30 Sept", "Unit 1: SEN law in practice; the SENCO Regulations 2008", "Callum Pryor"),
    ("Sat 10 Oct", "Unit 1 study day: disability equality (with the Gorsebrook Disability Forum); "
     "Every Child Matters and the CAF", "Bernadette Ojo and guests"),
    ("Wed 4 Nov", "Unit 1: working with heads and governors on SEN policy and resources", "Callum Pryor"),
    ("Wed 25 Nov", "Unit 1: the SEF and school improvement planning", "Bernadette Ojo"),
    ("Wed 13 Jan 2010", "Unit 2: growing up \u2013 child development", "Ruth Adeyemi-Kane"),
    ("Wed 27 Jan", "Unit 2: the common types of need", "Martin Haigh and outreach teams"),
    ("Sat 6 Feb", "Unit 2 study day: identifying needs, targets and interventions; using other "
     "professionals\u2019 reports", "Ruth Adeyemi-Kane"),
    ("Wed 24 Feb", "Unit 2: tracking progress with national tests and P scales; access arrangements for "
     "SATs and GCSEs", "Bernadette Ojo"),
    ("Wed 3 Mar", "Unit 2: resources and ICT for removing barriers (Ashlar House training room)",
     "Martin Haigh"),
    ("Wed 10 Mar", "Unit 2: working with parents and carers \u2013 review meeting practice",
     "Sunita Lal and the Parents\u2019 Forum"),
    ("Wed 17 Mar", "Unit 2: who\u2019s who \u2013 support services and voluntary groups",
     "Service managers"),
    ("Wed 21 Apr", "Unit 3: provision mapping and management", "Callum Pryor"),
    ("Wed 5 May", "Unit 3: deploying and managing teaching assistants", "Callum Pryor"),
    ("Sat 22 May", "Unit 3 study day: coaching colleagues; triad planning; listening well and difficult "
     "conversations", "Bernadette Ojo"),
    ("Wed 9 June", "Unit 3: managing your time, prioritising and delegating", "Bernadette Ojo"),
    ("Wed 23 June", "Unit 3: reviewing provision with colleagues; research and best practice",
     "Callum Pryor"),
    ("Wed 7 July", "Unit 3: sharing projects", "All tutors"),
]:
    row = dates.add_row().cells
    cell_text(row[0], d, size=8.5)
    cell_text(row[1], s, size=8.5)
    cell_text(row[2], who, size=8.5)

# ------------------------------------------------------------------ section 4: two columns again
new_section()

kicker("Consultation")
headline("What you told us")
p("The Award was not designed in an office. Last October the Service sent a questionnaire to the "
  "headteacher and the SENCO of every one of Gorsebrook\u2019s 96 schools, and 71 schools replied. SENCOs "
  "put three things at the top of their list: planning and costing provision across the school, getting "
  "the best out of teaching assistants, and finding the time to do the job at all. Headteachers worried "
  "most about teaching assistants and about SENCOs\u2019 confidence with governors. In November twelve "
  "members of the Gorsebrook Parents\u2019 Forum spent an evening telling us what they want from a SENCO, "
  "and the Council\u2019s SEN Strategy 2008\u20132011 set the borough\u2019s own priorities: earlier "
  "identification of speech and language needs, and fewer pupils with SEN excluded from school.")
box("You said, we did", [
    (("Heads said: ", True), ("more on managing teaching assistants. ", False),
     ("We did: ", True), ("a whole Unit 3 session on deploying and managing them.", False)),
    (("SENCOs said: ", True), ("no whole days out of school, please. ", False),
     ("We did: ", True), ("twilight sessions, with only three Saturdays.", False)),
    (("The Parents\u2019 Forum said: ", True), ("SENCOs should practise review meetings with real parents. ",
                                                False),
     ("We did: ", True), ("Forum members now play the parents in the Unit 2 review meeting practice.", False)),
    (("Secondary SENCOs said: ", True), ("we need help with exam access arrangements. ", False),
     ("We did: ", True), ("added them to the 24 February session.", False)),
])

kicker("Partners")
headline("Who\u2019s involved")
p("The Award is taught by the people who do the work. Gorsebrook\u2019s educational psychologists, the "
  "speech and language therapy service, the autism outreach team and the sensory support teachers each "
  "lead or contribute to Unit 2 sessions; the Parent Partnership Service and the Parents\u2019 Forum "
  "co-lead the work on families; and Gorsebrook heads host the triad visits in their schools. The Parent "
  "Partnership Service already asks every family it works with to rate its service each year. We\u2019d "
  "love headteachers and parents to help us judge how the Award itself is going too, and we hope to set "
  "that up once the first group is under way.")

kicker("Quality")
headline("Keeping it good")
p("After every session you fill in a one-page evaluation sheet. At the end of each unit the Award "
  "steering group \u2013 Bernadette Ojo, Callum Pryor and Linda Marsh, Head of the Learning Support and "
  "Inclusion Service \u2013 reads them all and decides what to change for the next group.")
p("Marking is taken seriously. Every failed assignment and one in five of all the others is marked a "
  "second time by another tutor, and the tutors meet after each unit to moderate their marks before the "
  "University\u2019s examination board. The University\u2019s external examiner for the Award, Professor "
  "Anne Hollis, samples work from every unit, reports on the standard of marking and attends the board.")
p("Tutors meet for a planning and standardisation day before each unit and work from the Tutor Handbook, "
  "which sets out what each tutor does at tutorials and how the assignments are marked. In school, your "
  "headteacher will choose a mentor from your senior team to support you.")
p("Does it work? We will ask you to rate your confidence against every national outcome at your Starting "
  "Point and again when you finish, and compare the two. And because every Unit 3 project begins with "
  "baseline measures for the pupils involved \u2013 reading ages, attendance, behaviour logs or the "
  "pupils\u2019 own well-being ratings \u2013 and repeats the same measures at the end of the term, the "
  "steering group will be able to put together, for the first time, a picture of what the Award has done "
  "for Gorsebrook children. We will publish it in the Bulletin every autumn.")

kicker("Your questions")
headline("Ask Bernie")
p("Bernadette Ojo answers your questions about the Award.", italic=True, size=9)
for q, a in [
    ("I\u2019ve been a SENCO for nine years and I\u2019ve done more courses than I can count. Can I just be "
     "assessed, without doing the whole thing? \u2013 Carol, Year 6 teacher and SENCO",
     "Not on our Award, Carol, I\u2019m afraid: everyone takes all three units. But with your experience "
     "you could well claim credit for Unit 1 through a portfolio (see \u2018How it works\u2019), and your "
     "Personal Learning Plan will steer you away from what you already know."),
    ("Do I need a new CRB check to join? \u2013 Name and address supplied",
     "No. You\u2019re already working in a school, so your school will have done your enhanced CRB check "
     "when you were appointed. We don\u2019t ask to see it."),
    ("I\u2019m dyslexic. Will that count against me in the assignments? \u2013 Tom, secondary SENCO",
     "Absolutely not. Tell us on the form and we\u2019ll meet before the course starts to agree what helps: "
     "extra time, coloured paper, a voice recorder at tutorials, feedback given in person as well as in "
     "writing. Martin Haigh, who tutors on Unit 2, is dyslexic himself."),
    ("Can I do it online? My evenings are spoken for. \u2013 Jas, primary SENCO",
     "Not this time, Jas. Everything is face to face at Ashlar House. See \u2018Watch this space\u2019."),
]:
    runs(("Q. ", True), (q, False))
    runs(("A. ", True), (a, False))

kicker("Your letters")
headline("Letters", size=13)
p("\u201cAs a parent of a boy with autism, I hope the new course will teach SENCOs to really listen to "
  "children and ask them what they think about the help they get. For years nobody asked my son "
  "anything.\u201d", italic=True)
p("Denise Farrow, Chair, Gorsebrook Parents\u2019 Forum", size=8.5)
p("\u201cOur heads\u2019 group asked for a proper look at managing teaching assistants, and I\u2019m "
  "delighted it is in Unit 3. St Wilfrid\u2019s will happily host triad visits.\u201d", italic=True)
p("Gareth Emsley, Headteacher, St Wilfrid\u2019s CE Primary, and chair of the primary heads\u2019 group",
  size=8.5)
p("Ed: thank you both. Denise, see \u2018Watch this space\u2019.", size=8.5, italic=True)

kicker("From the archive")
headline("Remember the Gorsebrook SENCO Certificate?", size=12)
p("Between 2003 and 2008 more than ninety Gorsebrook teachers took the Service\u2019s ten-day SENCO "
  "Certificate. Every participant spent a week on placement at Brook Lane Special School, and experienced "
  "SENCOs could take the \u2018fast track\u2019, submitting a portfolio and being assessed without "
  "attending the course. The Certificate was never accredited, and it closed last summer to make way "
  "for the Award.")

kicker("Over the border")
headline("What Kilnsey is doing", size=12)
p("Our neighbours at Kilnsey County Council are running their own award with Danesford University. It "
  "has two start dates a year, an online route with a tutor-moderated discussion forum and an "
  "assessment-only route for experienced SENCOs. Gorsebrook teachers can apply, although the fees are "
  "higher than ours.")

kicker("Watch this space")
headline("Ideas for the second year", size=12)
p("We would like to add a strand on pupil voice \u2013 how SENCOs can consult children and young people "
  "about the help they get \u2013 for the second group. We are in talks with Millbeck about putting some "
  "sessions online for 2010. And Brook Lane Special School has said it would be happy to talk about "
  "hosting participants for a day or two.")

box("Corrections", [
    "In Issue 22 we said the new Award would include a week\u2019s placement at Brook Lane Special School. "
    "We got that wrong: there is no placement in the Award. We apologise for any confusion.",
], fill="F2F2F2")

kicker("News in brief")
runs(("Young Inspectors. ", True),
     ("The school council at Eastfield Primary has won the borough\u2019s Young Inspectors award for its "
      "survey of pupils\u2019 views on playtimes, carried out with pupils from its resource base for "
      "children with physical disabilities.", False))
runs(("Bercow. ", True),
     ("The speech and language therapy service is reviewing its offer to schools in the light of the "
      "Bercow Report (July 2008); a briefing for SENCOs is planned for the summer term.", False))
runs(("New in the library. ", True),
     ("The Inclusion Development Programme materials on dyslexia and on speech, language and "
      "communication needs are now in the Ashlar House library, on loan for two weeks.", False))

# ------------------------------------------------------------------ section 5: back page form, one column
new_section()
kicker("Back page")
headline("Expression of interest: Gorsebrook Award for SEN Coordination, September 2009", size=13)
p("Please complete and return to Jo Whitlock, Ashlar House, by Friday 3 April 2009. This is not an "
  "application: we will send you the full application pack.", size=9, italic=True)
form = doc.add_table(rows=0, cols=2)
form.style = "Table Grid"
for label in [
    "Name",
    "School",
    "Role (SENCO / about to become SENCO / other)",
    "Year you gained Qualified Teacher Status",
    "Have you been a SENCO before? If so, for how long?",
    "Do you have a disability or need we should know about, so that we can plan adjustments? "
    "(Optional. Your answer is kept confidential.)",
    "Enhanced CRB disclosure number (if known)",
    "Would you like to discuss credit for previous study or experience? Yes / No",
    "Headteacher\u2019s name and signature (to confirm the school\u2019s support)",
]:
    row = form.add_row().cells
    cell_text(row[0], label, size=9)
    cell_text(row[1], "", size=9)
    shade(row[0], "F2F2F2")

# ------------------------------------------------------------------ columns per section
secs = doc.sections
for s in secs:
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.6)
set_cols(secs[0], 1)
set_cols(secs[1], 2)
set_cols(secs[2], 1)
set_cols(secs[3], 2)
set_cols(secs[4], 1)

doc.save(OUT)
print("wrote", OUT)
