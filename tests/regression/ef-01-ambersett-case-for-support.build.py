"""Build ef-01-ambersett-case-for-support.docx (blind test application).

KIND OF DOCUMENT
  A fundraising "case for support" (donor prospectus): the document a charitable
  academy sponsor's development office writes to ask foundations, companies,
  livery companies and individual philanthropists for money. This one asks
  supporters to fund the Trust's new SENCO programme ("the Ambersett SENCO
  Fellowship"). It is sent to the TDA as the application, with a one-page
  covering note from the Trust's Director of Education, and with "Annex A:
  Programme detail", which was written for corporate partners' due diligence.
  It speaks to donors ("you", "your gift"), sells need and impact, has pull
  quotes, a gift table with naming opportunities, "Questions supporters ask"
  and a blank pledge form.

PROVIDER (invented)
  The Ambersett Learning Trust (registered charity), founded 2004 by the
  Harcastle Foundation; sponsor of three city academies in Ambersett:
  Riverside Academy (opened 2007, 11-18), Northfield Academy (2008, 11-18) and
  Wharf Lane Academy (2008, 3-16). Partner: Ravelstone University School of
  Education, which validated the Postgraduate Certificate in Special
  Educational Needs Coordination (60 credits, Level 7) on 9 February 2009.
  People: Dr Helen Castellan (Director of Education), Marcus Obi (Director of
  Inclusion), Rachel Penhaligon (Development Director), Anthony Harcastle
  (Chair), Dr Eleanor Strachan and Dr Samir Haddad (University), Jean Corrigan
  (Ambersett City Council Inclusion Support Service), Dr Owen Pryde (Principal
  EP), Lorna Baptiste (Parent Partnership), Dr Frances Odell (external
  examiner, University of Tarnbridge). All invented.

LAYOUT
  No built-in heading styles: custom paragraph styles ("Case Title", "Case
  Section", "Case Subhead", "Standfirst") with typed section numbers ("1 ·
  The need"), an "At a glance" two-column table, a survey table ("What you
  told us / What we have done"), a gift table, a study-day table in the annex.
  Three pull quotes in floating text boxes (wps with a VML fallback).
  Footnotes (a real footnotes part) carry citations, the survey's details and
  the external examiner's name. Page header and footer (charity details,
  "please do not circulate"): never evidence. Ends with a blank pledge form
  (fields, tick boxes: never evidence).

TRAPS (requirement ids affected)
  Conditional on gifts (the gift table, "could", "would make possible"):
  - 2.3   An assessment-only route appears only as what 8,000 pounds "would let
          us pilot". -> not_met.
  - 3.2   One September intake at one venue; a January intake and Saturday
          route only if funded; only real flexibility is taking the modules over
          one or two years. -> partially_met.
  - 3.3   AmberNet (the Trust's learning platform) has materials and a peer
          forum for each learning set between study days, but an e-tutor who
          answers between study days is only a funding priority; tutors are met
          only face to face. -> partially_met.
  - 5.6   Library, e-journals, seminar rooms and AmberNet are in place; the
          Assistive Technology Studio is a naming opportunity, not yet equipped.
          -> partially_met.
  Wrong context:
  - 5.3   The CRB paragraph covers Trust staff, volunteers from corporate
          partners and the Lead SENCO mentors, never the Fellows themselves.
          -> not_met.
  - 1.5 / 6.S7  Pupils of Riverside Academy's student council were consulted
          by the Trust (naming the Fellowship): that is the Trust consulting
          pupils, not developing Fellows' skills. Fellows' skill is developed
          only in one study-day session (Day 6 "Hearing the child") and is in
          no assignment. -> 1.5 partially_met, 6.S7 partially_met.
  - 6.S2d Access arrangements appear only in a pull quote about a taster
          learning set of June 2008 (past, before the programme) and in the
          FAQ's mention of the City Council's own spring briefing (another
          body's course). -> not_met.
  Only intended:
  - 4.3   Stakeholders deliver (council officers, EP, Parent Partnership,
          special-school hosts, mentors), but the Steering Group that evaluates
          is Trust and University only; the Council and a parent representative
          will be invited "once the first cohort is under way". -> partially_met.
  Partial by a missing part:
  - 2.1   Prior certificated study accredited (up to 20 credits); experience
          "not at present" accredited. -> partially_met.
  Blanket claim:
  - 1.9, 6.0  FAQ: "every one of the national minimum outcomes is assessed
          before the University makes an award"; the award rule is "pass both
          modules"; but Annex A.4 leaves many outcomes to the unmarked Journal or
          to study days only. -> partially_met.
  Criterion 6 (study days in Annex A.3 = developed; assignments in A.4 =
  assessed; the Fellowship Journal is "discussed, not marked"):
  - met (developed and assessed): A1, A2, A5, A6, K1, K2, K3, K5, K6, K7, K8,
    S1, S2, S2a, S2b, S3, S4, S6, S8.
  - partially_met (developed, assessed only formatively or not at all): A3
    (Day 7, Journal), A4 (learning sets' dilemmas, Journal), A7 (final
    tutorial, Journal), K9 and S9 (Day 6, placement note in the Journal), S5
    (Day 8 coaching, Journal), S7 (Day 6 only).
  - not_met: K4 (child development nowhere), S2c (formative assessment
    nowhere), S2d (see above).
  Concrete and met despite the donor voice:
  - E.1, E.2 in the covering note and Annex A.1.
  - 4.1, 4.2 the November 2008 survey, the parents' forum and the principals'
    group, with "What we have done" column.
  - 5.9 the Enquiry's baseline and follow-up measures, the repeated
    self-review, the Trust's annual tracking of pupils with SEN; the gift-table
    follow-up study is extra.
  - 3.1 disclosure at application and interview, written adjustments,
    assessment adjustments via the University, accessible venue, large print
    and audio, a session with the Disabled People's Forum.
  - 2.2, 2.5, 5.2, 5.7, 5.8 in Annex A and "A Fellow's year".
"""
import os

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ef-01-ambersett-case-for-support"
OUT = os.path.join(HERE, NAME + ".docx")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
AMBER = RGBColor(0xB3, 0x5C, 0x00)
SLATE = RGBColor(0x33, 0x3F, 0x4F)

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(6)

for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    s.top_margin = Cm(2.2)
    s.bottom_margin = Cm(2.0)
    hp = s.header.paragraphs[0]
    hp.text = "The Ambersett Learning Trust  ·  Every SENCO Counts  ·  Case for Support, issue 2"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = AMBER
    fp = s.footer.paragraphs[0]
    fp.text = ("Registered charity no. 1109427 · Company limited by guarantee no. 5312876 · "
               "Wharf Lane, Ambersett AB4 7QT · Prepared for prospective supporters: please do not circulate")
    for r in fp.runs:
        r.font.size = Pt(7.5)


def mkstyle(name, size, bold=False, colour=None, italic=False, before=0, after=6, font=None):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    if colour:
        st.font.color.rgb = colour
    if font:
        st.font.name = font
    st.paragraph_format.space_before = Pt(before)
    st.paragraph_format.space_after = Pt(after)
    return st


mkstyle("Case Title", 26, bold=True, colour=AMBER, after=4, font="Trebuchet MS")
mkstyle("Case Section", 15, bold=True, colour=AMBER, before=16, after=6, font="Trebuchet MS")
mkstyle("Case Subhead", 11.5, bold=True, colour=SLATE, before=8, after=3, font="Trebuchet MS")
mkstyle("Standfirst", 12, italic=True, colour=SLATE, after=10)
mkstyle("Small Print", 8.5, after=3)


def p(text="", style=None, bold=False, italic=False, align=None):
    para = doc.add_paragraph(style=style)
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
    if align:
        para.alignment = align
    return para


def runs(parts, style=None):
    """parts: list of (text, 'b'/'i'/'' flags)."""
    para = doc.add_paragraph(style=style)
    for text, fl in parts:
        r = para.add_run(text)
        r.bold = "b" in fl
        r.italic = "i" in fl
    return para


def bullet(text, lead=None):
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(0.8)
    para.paragraph_format.first_line_indent = Cm(-0.5)
    para.paragraph_format.space_after = Pt(3)
    para.add_run("\u25aa  ")
    if lead:
        r = para.add_run(lead)
        r.bold = True
    para.add_run(text)
    return para


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="{hexcol}"/>'))


def table(rows, widths, header=True, fill="F6E3C8", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.width = widths[j]
            c.text = ""
            lines = val.split("\n")
            for k, ln in enumerate(lines):
                para = c.paragraphs[0] if k == 0 else c.add_paragraph()
                para.paragraph_format.space_after = Pt(2)
                r = para.add_run(ln)
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
            if header and i == 0:
                shade(c, fill)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ footnotes
FOOTNOTES = []


def footnote(para, text):
    """Append a footnote reference run to para; the note text goes into footnotes.xml."""
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = parse_xml(
        f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>')
    para._p.append(r)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_footnotes_part():
    notes = []
    notes.append(f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>')
    notes.append(f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for fid, text in FOOTNOTES:
        notes.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}">' + "".join(notes) + '</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ text boxes
TB_ID = [100]


def pull_quote(anchor_para, quote, who, align="right"):
    TB_ID[0] += 1
    n = TB_ID[0]
    cx, cy = 2240000, 1500000

    def body_paras():
        return (
            f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:i/><w:color w:val="B35C00"/>'
            f'<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">\u201c{esc(quote)}\u201d</w:t></w:r></w:p>'
            f'<w:p><w:r><w:rPr><w:sz w:val="16"/><w:color w:val="333F4F"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(who)}</w:t></w:r></w:p>')

    xml = f'''<w:r xmlns:w="{W_NS}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + n}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{n}" name="Pull quote {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FDF3E4"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="B35C00"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body_paras()}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"
 xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="PullQuote{n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:176pt;height:118pt;z-index:{n};mso-position-horizontal:{align};mso-position-horizontal-relative:margin"
 fillcolor="#fdf3e4" strokecolor="#b35c00" strokeweight="1pt"><v:textbox><w:txbxContent>{body_paras()}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    anchor_para._p.insert(0 if anchor_para._p.pPr is None else 1, parse_xml(xml))


# =================================================================== COVER
p("EVERY SENCO COUNTS", "Case Title")
p("The case for supporting the Ambersett SENCO Fellowship, 2009\u20132012", "Standfirst")
p("The Ambersett Learning Trust, in partnership with the School of Education, Ravelstone University",
  bold=True)
p("Sponsor of Riverside Academy  \u00b7  Northfield Academy  \u00b7  Wharf Lane Academy")
p("Issue 2, February 2009. Large-print and audio versions are available from the Development Office.",
  italic=True)
p()

# =================================================================== COVERING NOTE
p("A note for the TDA approval panel", "Case Subhead")
p("Dear colleagues,")
p("We are sending you our case for support for the Ambersett SENCO Fellowship as our application "
  "for approval to offer the National Award for SEN Coordination from September 2009. It was "
  "written for the foundations, companies and individuals we are asking to back the programme, so "
  "it speaks to them rather than to you, but it is the fullest account of the Fellowship we have, "
  "and we would rather you saw what our supporters see. Annex A, which we wrote last autumn for our "
  "corporate partners' due diligence and brought up to date after validation, gives the programme "
  "in detail.")
p("The Fellowship leads to the Postgraduate Certificate in Special Educational Needs Coordination "
  "of Ravelstone University. The University's Faculty Academic Standards Committee validated the "
  "award on 9 February 2009 as a 60-credit programme at Level 7 of the Framework for Higher "
  "Education Qualifications (master's level), to carry the title National Award for SEN "
  "Coordination once the TDA has approved it. The credits count towards the University's MA in "
  "Inclusive Education.")
p("One word of caution. Where the case for support says that a gift \u2018could\u2019 or "
  "\u2018would\u2019 make something possible, that thing is not yet part of the programme, and we "
  "have not promised it to you either. The core Fellowship described in Sections 2 to 6 and in "
  "Annex A goes ahead in September whatever the appeal raises.")
p("Dr Helen Castellan, Director of Education, the Ambersett Learning Trust")
p("helen.castellan@ambersett-trust.org.uk  \u00b7  01632 960 441", italic=True)
doc.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

# =================================================================== FOREWORD
p("Foreword from our Chair", "Case Section")
p("When my family set up the Harcastle Foundation we made ourselves one promise: that whatever we "
  "built in Ambersett would be judged by what it did for the children who find school hardest. "
  "Three academies later, that promise has led us here.")
p("Every child in this city deserves a teacher who believes in them, and every school deserves a "
  "SENCO with the knowledge and the confidence to lead. We believe passionately that no child "
  "should be held back by a label, a postcode or a shortage of expertise. Inclusion is not a "
  "project for us; it is who we are.")
p("I hope that, having read what follows, you will want to join us.")
p("Anthony Harcastle, Chair of Trustees", italic=True)

# =================================================================== 1 NEED
p("1 \u00b7 Why Ambersett needs more expert SENCOs", "Case Section")
p("More than a quarter of the young people in our academies have special educational needs, and "
  "the city's schools are looking for people who can lead the work.", "Standfirst")
para = p("In January 2008, 27.4% of pupils on the rolls of our three academies were identified as "
         "having special educational needs (at School Action, School Action Plus or with a "
         "statement), against roughly one in five nationally.")
footnote(para, "DCSF (2008) Special Educational Needs in England, January 2008. Statistical First "
               "Release SFR 15/2008. Trust figures from the January 2008 school census.")
pq = p("In the city's other schools the picture is much the same. Behind every one of those "
       "percentages is a child whose progress depends, more than on any other single adult, on "
       "whether the school's special educational needs coordinator \u2013 the SENCO \u2013 knows "
       "what to do and can get others to do it.")
pull_quote(pq, "I became SENCO in September with a caseload of 212 pupils and a timetable that "
               "assumed I had none. I don't need a lecture; I need somebody to show me how to make "
               "the provision map tell the truth.",
           "Carys Pemberton, SENCO, Northfield Academy")
para = p("Inspectors have been saying this for some time. Ofsted found that pupils with learning "
         "difficulties and disabilities made the best progress not according to the type of school "
         "they attended but where there was specialist expertise and strong leadership of provision.")
footnote(para, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535. See also "
               "Ofsted (2004) Special educational needs and disability: towards inclusive schools.")
para = p("The law has now caught up. Since 1 September 2008 every maintained school's SENCO must be a "
         "qualified teacher, and the Government has announced that teachers new to the role from "
         "September 2009 will have to gain a national award within three years of taking it up.")
footnote(para, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, "
               "SI 2008/2945. The amending regulations on the national award were in preparation as "
               "this document was issued.")
p("Our academies follow the same expectation under their funding agreements. At the moment a "
  "new SENCO in Ambersett who wants a recognised qualification must travel forty miles to "
  "Ravelstone for evening classes or study entirely at a distance. Most do neither.")

p("What the city's SENCOs, parents and principals told us", "Case Subhead")
para = p("We did not design the Fellowship on our own. In November 2008 we asked every SENCO in "
         "Ambersett, with the City Council's Inclusion Support Service, what they needed; 44 of the "
         "city's 61 schools replied. In January 2009 the Ambersett Parent Partnership Service "
         "brought together eighteen parents of children with SEN and/or disabilities to tell us "
         "what they want from their child's SENCO. And the principals of our three academies, with "
         "four headteachers of city primary schools, met twice to say what their schools need.")
footnote(para, "Online and paper survey, 3\u201321 November 2008, run by the Trust and Ambersett City "
               "Council Inclusion Support Service: 44 of 61 schools replied (72%), 31 primary, 10 "
               "secondary, 3 special. Full results are available from the Development Office.")
table([
    ["What you told us", "What we have done"],
    ["Seven in ten SENCOs have been in the role less than three years; half had no SEN training "
     "beyond one-day courses.",
     "Built a year-long programme that starts from each Fellow's own self-review rather than "
     "assuming everyone needs the same thing."],
    ["Travel and evening study are the biggest barriers; whole days are easier to cover than "
     "twilights after a teaching day.",
     "All eight study days are in Ambersett, at the Trust's Learning Centre on Wharf Lane, from "
     "9.15 to 3.30. Learning sets are short and held in schools across the city."],
    ["Cover costs stop primary schools releasing their SENCO (mentioned by 26 schools).",
     "Kept the fee for city schools to 950 pounds for 2009\u201310 through a grant from the Colbeck "
     "Charitable Foundation, and made supply cover a priority of this appeal."],
    ["SENCOs want practical help with data, provision mapping and managing teaching assistants.",
     "Gave a whole study day (Day 7) to leading provision and built the second module's "
     "assignment around it."],
    ["Parents: \u2018Nobody explains what is happening or asks us what works at home.\u2019",
     "Every Fellow's enquiry must involve meeting the parents or carers of the pupils concerned, "
     "twice; the Parent Partnership Service co-leads Day 6."],
    ["Principals: \u2018We need SENCOs who can hold their own in a leadership team.\u2019",
     "Fellows present their proposals for their school to a panel that includes their own "
     "principal or head, who writes a statement on what the school has taken forward."],
], [Cm(7.6), Cm(8.6)])
pq = p("Riverside Academy's student council chose the Fellowship's name and its motto, \u201cevery "
       "SENCO counts\u201d, after a lunchtime debate in December. We asked them because children "
       "are the experts on their own lives, and that belief runs through everything we do.")
pull_quote(pq, "Nobody asked Jamie what helped. When his new SENCO did, everything changed.",
           "A parent at the Parent Partnership forum, January 2009", align="left")

# =================================================================== 3 FELLOWSHIP
p("2 \u00b7 Our answer: the Ambersett SENCO Fellowship", "Case Section")
p("A year-long, master's-level programme, taught in Ambersett, for teachers leading SEN provision "
  "in the city's schools.", "Standfirst")
table([
    ["At a glance", ""],
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award "
              "for SEN Coordination), Ravelstone University: 60 credits at master's level"],
    ["Places", "24 Fellows a year, from any Ambersett school or academy"],
    ["Length", "One academic year, part-time, September to July. A Fellow may take the two modules "
               "in one year or spread them over two, taking the first module first."],
    ["Intake", "September only, at present"],
    ["Where", "The Trust's Learning Centre, Wharf Lane Academy; learning sets in schools across the "
              "city; two placement days in a specialist setting"],
    ["Fee", "1,450 pounds. Free to SENCOs in the Trust's academies; 950 pounds for other city "
            "schools in 2009\u201310 (Colbeck Charitable Foundation grant)"],
    ["Who can apply", "Qualified teachers who are their school's SENCO, or who will take up the role "
                      "by September 2009, nominated by their principal or headteacher"],
], [Cm(3.6), Cm(12.6)], fill="F6E3C8")

p("What the Fellowship is for", "Case Subhead")
p("The Fellowship has one purpose, and we will judge it by that purpose alone: that children and "
  "young people with special educational needs and/or disabilities in Ambersett do better. By "
  "\u2018better\u2019 we mean all five of the things Every Child Matters asks for them \u2013 that "
  "they are healthy, that they are safe, that they enjoy school and achieve in it, that they make a "
  "positive contribution, and that they leave ready for work and adult life \u2013 and not "
  "examination results alone. Everything else follows from that: Fellows learn what works, try it "
  "in their own school, measure what changes for the children concerned and report it. Both "
  "assignments that carry most marks ask a Fellow to show what has changed for pupils, across "
  "those five outcomes, because of what they did.")

# =================================================================== 4 A FELLOW'S YEAR
p("3 \u00b7 A Fellow's year", "Case Section")
p("What your support pays for, from the first conversation to the last tutorial.", "Standfirst")
p("Before the first day", "Case Subhead")
p("Every applicant is nominated by their principal or head, who agrees to release them for the "
  "study days and names a mentor for them. Before interview each applicant completes the Fellowship "
  "Self-Review, rating their own knowledge and skills against each of the national minimum outcomes "
  "for SENCOs and noting the evidence. At the first tutorial the Fellow and their University tutor "
  "turn the Self-Review into a Personal Learning Plan: the handful of outcomes the Fellow most needs "
  "to work on, the learning sets and placement that fit, and what to read first. Details are in "
  "Annex A.2.")
p("Eight study days", "Case Subhead")
p("The heart of the year is eight study days at the Learning Centre, led by University and Trust "
  "tutors with guests from the city's services. They move from why the work matters and what the "
  "law requires, through the children and what helps them learn, to working with pupils, parents "
  "and other services and, finally, to leading provision and leading people. The full list is in "
  "Annex A.3.")
p("Learning sets", "Case Subhead")
p("Between study days Fellows meet four times, for two hours after school, in learning sets of six "
  "hosted in turn by our academies and by city schools. Each Fellow brings a real dilemma from their "
  "own school \u2013 a disagreement with a parent, a statement review that went wrong, a colleague "
  "who will not differentiate \u2013 and the set helps them work out what to do. Sets are grouped by "
  "phase, so primary Fellows work with primary colleagues.")
p("Two days in a specialist setting", "Case Subhead")
p("Every Fellow spends two days in a specialist setting chosen with them at the first tutorial: "
  "Beacon Hill School (for pupils with severe and profound learning difficulties), the Cedars "
  "Language Resource Base at St Anne's Primary, the Ambersett Short Stay School, or The Harbour, "
  "Riverside Academy's base for students with autism. The Trust arranges each placement with the "
  "host and agrees a focus for the visit in advance.")
p("A mentor in school", "Case Subhead")
p("Each Fellow has a mentor: one of the Trust's Lead SENCOs or an experienced SENCO from another "
  "city school. Mentors receive the Fellowship Mentor Handbook and come to a half-day briefing at "
  "the Learning Centre in September, where the tutors explain what a mentor does and does not do, "
  "how the assignments work and when to call the tutor; tutors speak to each mentor by telephone "
  "once a term.")
p("AmberNet", "Case Subhead")
p("All session materials, readings and assignment guidance are on AmberNet, the Trust's learning "
  "platform. Each learning set has its own discussion forum, where Fellows carry on the "
  "conversation and help one another between study days. Tutors are met face to face, at study "
  "days and at three individual tutorials; an e-tutor who could answer Fellows online between "
  "study days is one of the priorities of this appeal (see Section 7).")
p("Books and journals", "Case Subhead")
p("Every Fellow is registered as a student of Ravelstone University, with full use of its library "
  "and its electronic journals from home or school. The Learning Centre keeps a reference "
  "collection of about 400 books on special educational needs and the National Strategies' SEN "
  "materials, and Fellows can book its seminar rooms for their learning sets.")
p("Prior study", "Case Subhead")
p("A teacher who has already passed a master's-level SEN module may not need to repeat it: see "
  "Annex A.2.")
p("The end of the year", "Case Subhead")
p("The final tutorial closes the year. Each Fellow looks back at their Personal Learning Plan and "
  "writes their \u2018Next Steps\u2019: their professional goals for the following year, on the "
  "Fellowship template, to take to their performance management review with their principal or "
  "head. We tell every Fellow about the MA in Inclusive Education, which their 60 credits count "
  "towards, and invite them to become mentors for the next cohort.")

# =================================================================== 5 PEOPLE
p("4 \u00b7 The people behind the Fellowship", "Case Section")
bullet(" Programme Director (Ravelstone University). Reader in Inclusive Education; SENCO in two "
       "comprehensive schools for eleven years, then an LA advisory teacher; PhD on provision "
       "mapping in secondary schools; leads the University's MA in Inclusive Education.",
       "Dr Eleanor Strachan,")
bullet(" Senior Lecturer (Ravelstone University). A former educational psychologist; research and "
       "consultancy on speech, language and communication needs and on pupils' participation in "
       "their own reviews.", "Dr Samir Haddad,")
bullet(" Director of Inclusion (the Trust). Former SENCO at Riverside Academy's predecessor school; "
       "MA in Special Educational Needs; Postgraduate Diploma in Specific Learning Difficulties; "
       "leads the Trust's network of Lead SENCOs and tutors the learning sets.", "Marcus Obi,")
bullet(" Principal Officer, Inclusion Support Service, Ambersett City Council; "
       "teaches the law and the Code on Day 2.", "Jean Corrigan,")
bullet(" Principal Educational Psychologist, Ambersett City Council; contributes to Days 4 and 6.",
       "Dr Owen Pryde,")
bullet(" Manager, Ambersett Parent Partnership Service; co-leads Day 6 with a parent.",
       "Lorna Baptiste,")
p("Guests include the city's speech and language therapy team, the CAMHS schools' link worker and "
  "the coordinators of Ambersett Autism Support and the Ambersett Dyslexia Association. All tutors "
  "are active in schools now: Dr Strachan and Dr Haddad each carry out consultancy in city schools "
  "and Mr Obi still teaches two days a week.")

# =================================================================== 6 IMPACT
p("5 \u00b7 How we will know it has worked", "Case Section")
p("Supporters rightly ask what their money changes. We will answer in children, not in courses "
  "delivered.", "Standfirst")
bullet(" Every Fellow's enquiry starts with baseline measures for the pupils concerned \u2013 reading "
       "or number ages, attendance, behaviour records, the pupils' own ratings of how they feel "
       "about school \u2013 and repeats them at the end of the intervention. We publish the "
       "anonymised results each year.", "Pupils' progress.")
bullet(" Fellows repeat the Self-Review at the final tutorial, so we can see how their competence "
       "and confidence have moved against each of the national outcomes.", "Fellows' growth.")
bullet(" Each autumn the Trust's data team reports the attainment, progress, attendance and "
       "exclusions of pupils with SEN in our three academies, compared with the year before, and, "
       "with their consent, in the schools of former Fellows.", "Schools' results.")
bullet(" Fellows complete a short evaluation after each study day and at the end of each module; "
       "Dr Haddad runs a focus group in February; the external examiner reports each summer; and "
       "the University reviews the programme through its annual monitoring, which goes to the "
       "Faculty Board.", "Fellows' and examiners' views.")
p("All of this comes to the Fellowship Steering Group \u2013 our Director of Education (chair), "
  "Director of Inclusion and Development Director, with the University's Programme Director "
  "\u2013 which meets each term. Each July it agrees an action plan for the following year; the "
  "plan goes to our trustees and to the University, and the next cohort is told on their first "
  "day what has changed as a result. Supporters receive the annual impact report. We intend to "
  "invite the City Council and a parent representative to join the Steering Group once the first "
  "cohort is under way.")

# =================================================================== 7 SAFE AND OPEN
p("6 \u00b7 Safe, and open to everyone", "Case Section")
p("Keeping children safe", "Case Subhead")
p("Everyone who works with children on the Trust's behalf \u2013 our own staff, the volunteers "
  "who come to us through our corporate partners' reading and mentoring schemes, and the Lead "
  "SENCOs who mentor Fellows \u2013 holds an enhanced CRB disclosure, checked by the Trust's HR "
  "team and recorded on our single central record before they start. Our safer recruitment "
  "training is delivered by the City Council's safeguarding team.")
p("Open to every teacher", "Case Subhead")
p("A teacher's disability must never be the reason they cannot become a Fellow. The application "
  "form asks every applicant whether they have a disability or any other need we should plan for, "
  "and we ask again at interview. Anyone who tells us is offered a confidential conversation with "
  "the Director of Inclusion, and the adjustments agreed are written down and shared, with the "
  "Fellow's permission, with the tutors and the placement host. Typical adjustments are materials "
  "in large print or sent electronically in advance, rest breaks, a note-taker, and placements "
  "chosen with the Fellow's access needs in mind. Adjustments to assessment \u2013 extra time, "
  "alternative formats, extended deadlines \u2013 are arranged through Ravelstone University's "
  "Disability Advisory Service, to which every Fellow has access as a registered student. The "
  "Learning Centre is step-free, with a lift and an induction loop in the seminar room. This "
  "document, like all our publicity, is available in large print and audio. Day 2 includes a "
  "session led by members of the Ambersett Disabled People's Forum on disabled people's own "
  "experience of school.")

# =================================================================== 8 HOW YOU CAN HELP
p("7 \u00b7 How you can help", "Case Section")
p("The core Fellowship is funded. Your gift lets us reach further, faster.", "Standfirst")
table([
    ["Your gift", "What it would make possible"],
    ["60 pounds", "A set of core texts for one Fellow to keep."],
    ["250 pounds", "A day's supply cover, so that a SENCO from a small primary school can attend a "
                   "study day."],
    ["1,450 pounds", "One full Fellowship place for a SENCO whose school cannot pay."],
    ["8,000 pounds", "Would let us pilot an assessment-only route, so that experienced SEN support "
                     "teachers could be assessed for the award without attending the taught days."],
    ["12,000 pounds", "An e-tutor on AmberNet for a year, so Fellows could get an answer from a tutor "
                      "between study days rather than waiting for the next one."],
    ["18,000 pounds", "A second, January intake and a Saturday route for teachers who cannot be "
                      "released on weekdays."],
    ["25,000 pounds", "The Assistive Technology Studio at the Learning Centre, where Fellows could "
                      "try communication aids, text-to-speech and symbol software before buying "
                      "them for their schools. Naming opportunity."],
    ["40,000 pounds", "A two-year follow-up study, led by Ravelstone University, of the pupils in "
                      "former Fellows' schools. Naming opportunity."],
], [Cm(3.2), Cm(13.0)])
para = p("Gifts from UK taxpayers can be increased by Gift Aid. Supporters giving 1,000 pounds or more "
         "are invited to the Fellowship's celebration each July and receive the annual impact report.")
footnote(para, "Gift Aid adds 28p to every pound given by a UK taxpayer (25p from April 2008, plus "
               "transitional relief to April 2011).")

# =================================================================== 9 FAQ
p("8 \u00b7 Questions supporters ask", "Case Section")
runs([("Is this a real qualification? ", "b"),
      ("Yes. It is a Postgraduate Certificate of Ravelstone University at master's level, worth 60 "
       "credits, and it leads to the national award that new SENCOs will need.", "")])
runs([("Is every Fellow really assessed against the national standards? ", "b"),
      ("Yes. Every one of the national minimum outcomes is assessed before the University makes an "
       "award; nobody becomes a Fellow by attendance alone.", "")])
runs([("Why doesn't the City Council simply do this? ", "b"),
      ("The Council does a great deal, and works with us on the Fellowship. It runs its own "
       "briefings for SENCOs, such as its spring session on access arrangements for tests and "
       "examinations, which Fellows are welcome to attend; but it cannot award a university "
       "qualification.", "")])
runs([("What happens if the appeal falls short? ", "b"),
      ("The core Fellowship goes ahead. The items in the gift table would wait until they are "
       "funded.", "")])
pq = runs([("Why fund teachers rather than children? ", "b"),
           ("Because one well-trained SENCO changes things for every child with SEN in a school, "
            "year after year. That is the best value we know.", "")])
pull_quote(pq, "At the taster learning set last June we spent an hour on access arrangements for "
               "GCSE \u2013 readers, scribes, extra time and the deadlines for applying. For me "
               "that hour alone was worth it.",
           "SENCO, city secondary school, Fellowship taster session, June 2008")
p()

# =================================================================== PLEDGE FORM
p("Pledge form", "Case Subhead")
table([
    ["Name", ""],
    ["Organisation (if any)", ""],
    ["Address and postcode", ""],
    ["I / we would like to give", "\u00a3 ____________   \u2610 once   \u2610 each year for three years"],
    ["Please direct my gift to", "\u2610 where it is most needed   \u2610 Fellowship places   "
                                 "\u2610 ____________________"],
    ["Gift Aid", "\u2610 I am a UK taxpayer and want the Trust to treat this and future gifts as "
                 "Gift Aid donations."],
    ["Signature and date", ""],
], [Cm(5.0), Cm(11.2)], header=False)
doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

# =================================================================== ANNEX A
p("Annex A \u00b7 Programme detail", "Case Section")
p("Prepared for corporate partners' due diligence, November 2008; updated after validation, "
  "February 2009.", italic=True)

p("A.1  Award and structure", "Case Subhead")
p("Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
  "Coordination), Ravelstone University; 60 credits at Level 7 (FHEQ). Two modules of 30 credits:")
bullet(" The SENCO, the Law and the Child. Assessed by Assignment 1 (40%) and Assignment 2 (60%).",
       "RVU7101")
bullet(" Leading Provision for SEN. Assessed by Assignment 3 (100%).", "RVU7102")
p("The Trust delivers the study days, learning sets and placements jointly with the University; "
  "the University is responsible for assessment, the award and the academic standard.")

p("A.2  Entry, selection and the Personal Learning Plan", "Case Subhead")
p("Entry: qualified teacher status; in post as SENCO, or designated by the principal or head to "
  "take up the role by September 2009; a nomination form from the principal or head, confirming "
  "release for eight study days and four learning sets and naming a mentor. Selection: the "
  "Programme Director and the Director of Inclusion read every application; each applicant has a "
  "30-minute interview that goes through their Self-Review. An applicant who is not yet ready "
  "\u2013 most often a teacher in their first or second year of teaching, or one with no current "
  "responsibility for SEN \u2013 receives a letter setting out what to do first, usually a year in "
  "post with the City Council's induction briefings for new SENCOs, and the Director of Inclusion "
  "telephones their head to agree the way forward. Such teachers are encouraged to apply the "
  "following year.")
p("Self-Review and Personal Learning Plan: as described in Section 3. The Plan records the "
  "outcomes the Fellow will focus on, the phase learning set, the placement setting and reading, "
  "and is reviewed at each of the three individual tutorials (October, February, June). Tutors use "
  "what the Plans show across the cohort to decide where study days need more or less time, and "
  "the Plans are checked against the Fellows' assignments as the year goes on.")
p("Prior study: a teacher who has passed a master's-level SEN module at a UK university in the last "
  "five years may apply to have it accredited against Assignment 1, up to 20 credits, under the "
  "University's regulations for the accreditation of prior certificated learning. The University "
  "does not at present accredit experience alone towards this award.")

p("A.3  Study days", "Case Subhead")
table([
    ["Day", "Title", "What Fellows work on", "Led by"],
    ["1", "Why it matters",
     "The SENCO's role and the Code of Practice's picture of it; Every Child Matters and what its "
     "five outcomes mean for pupils with SEN and/or disabilities; Removing Barriers to Achievement "
     "(2004); the assignments explained; writing at master's level.",
     "Dr Strachan, Mr Obi"],
    ["2", "Knowing the law",
     "Education Act 1996 Part IV; SENDA 2001; the SEN Code of Practice (2001): graduated response, "
     "statutory assessment, annual reviews; the SENCO Regulations 2008; the Disability "
     "Discrimination Acts 1995 and 2005, the disability equality duty, accessibility plans and "
     "reasonable adjustments for pupils; session with the Disabled People's Forum.",
     "Jean Corrigan, Dr Strachan"],
    ["3", "Knowing the child (1)",
     "Speech, language and communication needs and the Bercow Review (2008), with the city SLT "
     "team; autism, with staff of The Harbour; dyslexia and other specific learning difficulties.",
     "Dr Haddad, guests"],
    ["4", "Knowing the child (2)",
     "Behavioural, emotional and social difficulties; moderate learning difficulties; identifying "
     "need from observation, data and assessment; reading and using the reports of educational "
     "psychologists and therapists; setting targets; planning and reviewing interventions.",
     "Dr Pryde, Mr Obi"],
    ["5", "Teaching that removes barriers",
     "Personalised learning; the three waves of intervention; weighing the evidence for "
     "interventions (Brooks, 2007, What works for children with literacy difficulties?); ICT that "
     "removes barriers: Clicker 5, text-to-speech, symbol software; critical use of research and "
     "of specialist advice in one's own and colleagues' practice.",
     "Dr Haddad, Dr Strachan"],
    ["6", "Working together",
     "Hearing the child: involving pupils in setting and reviewing their own targets. Parents "
     "and carers as partners: building trust, difficult conversations (with the Parent "
     "Partnership Service and a parent). Other services: educational psychology, CAMHS, speech "
     "and language therapy, social care, the Common Assessment Framework, and voluntary "
     "organisations such as Ambersett Autism Support.",
     "Lorna Baptiste, Dr Pryde, Dr Haddad"],
    ["7", "Leading provision",
     "Tracking the progress of pupils with SEN: P scales, Key Stage and GCSE results, RAISEonline; "
     "provision mapping and costing; the school self-evaluation form and improvement planning; "
     "reviewing provision with class teachers and teaching assistants; deploying and managing "
     "teaching assistants (the DISS project, 2008); managing the SENCO's week: priorities, time "
     "and delegation.",
     "Dr Strachan, Mr Obi"],
    ["8", "Leading people",
     "Winning the commitment of colleagues and senior leaders; working with governors on policy "
     "and priorities; coaching, modelling, observing and giving feedback, running staff training. "
     "Morning: Assignment 3 presentations.",
     "Dr Strachan, Mr Obi, academy principals"],
], [Cm(1.0), Cm(3.0), Cm(9.2), Cm(3.0)], size=9)
p("Learning sets (four, after school) follow each Fellow's dilemmas; placements are described in "
  "Section 3.")

p("A.4  How Fellows are assessed", "Case Subhead")
runs([("Assignment 1: Policy into Practice ", "b"),
      ("(RVU7101, 40%; 4,000 words). The Fellow reviews how their school's SEN policy and "
       "accessibility plan work in practice, measured against the SEN Code of Practice, SEN and "
       "disability legislation and the disability equality duty, and recommends improvements drawn "
       "from research and inspection evidence. The recommendations are discussed with the principal "
       "or head and the SEN governor, and a note of that discussion is appended. Markers look for: "
       "(a) accurate knowledge of the law and the Code, and a clear account of what they mean in "
       "practice for the school, the SENCO and others; (b) an understanding of what disability "
       "equality law requires the school to do for disabled pupils, and how well it is doing it; "
       "(c) critical use of research, inspection findings and good practice elsewhere, and of "
       "external advice, to improve the Fellow's own practice and that of colleagues; (d) "
       "recommendations on the school's inclusive ethos, policy, priorities and use of resources, "
       "developed with senior leaders and governors; (e) clear, well-organised, well-argued "
       "writing.", "")])
runs([("Assignment 2: Fellowship Enquiry ", "b"),
      ("(RVU7101, 60%; 5,000 words). A practitioner enquiry in the Fellow's own school with a group "
       "of three to six pupils with SEN and/or disabilities. The Fellow identifies the pupils' needs "
       "from classroom observation, the school's data and assessments and the reports of other "
       "professionals; sets each pupil challenging targets; records baseline measures; plans and "
       "runs an intervention of eight to twelve weeks aimed at the barriers identified; reviews "
       "each pupil's progress at the end; and meets each pupil's parents or carers at least "
       "twice, showing how their knowledge shaped the plan. Markers look for: (a) sound "
       "identification, target-setting, planning and review; (b) use of other professionals' "
       "assessments to shape teaching; (c) an account of the pupils' needs set against research on "
       "the relevant area of need \u2013 BESD, specific learning difficulties including dyslexia, "
       "SLCN, autism or MLD; (d) a critical evaluation of the approaches, strategies and resources "
       "used, including ICT; (e) evidence of a respectful, constructive relationship with the pupils "
       "and their families, and of effective liaison with parents and carers; (f) an evaluation of "
       "what changed for the pupils across the five Every Child Matters outcomes.", "")])
runs([("Assignment 3: Leading Provision ", "b"),
      ("(RVU7102, 100%; portfolio of 3,000 words and a 20-minute presentation). (i) An analysis of "
       "attainment data for pupils with SEN \u2013 Key Stage test or GCSE results, P scales and the "
       "school's own tracking \u2013 showing where progress is too slow and how programmes should "
       "change; (ii) a costed provision map for one year group or key stage, identifying provision "
       "that is not working or is missing; (iii) a plan for the deployment and line management of "
       "teaching assistants; (iv) a review of the effectiveness of SEN provision carried out with "
       "class teachers and teaching assistants, and how its findings feed the school's "
       "self-evaluation form and improvement plan; (v) a presentation of the Fellow's proposals to "
       "a panel of their principal or a senior leader, a University tutor and a Trust tutor, "
       "followed by questions; the principal adds a written statement on what the leadership team "
       "has agreed to take forward. Markers look for the use of summative data to track progress "
       "and change programmes; effective provision mapping; sound deployment and management of "
       "staff; an understanding of self-evaluation and of reviewing provision jointly; securing the "
       "commitment of colleagues and senior leaders; clear speaking and good answers to "
       "questions.", "")])
runs([("The Fellowship Journal ", "b"),
      ("is kept from the first study day. Fellows write after each study day, learning set and "
       "placement day and bring it to tutorials. Suggested entries: how I managed my time this "
       "half-term and what I delegated; a dilemma I took to my learning set and what I decided; "
       "coaching or advising a colleague; what I learned on placement about the work of other "
       "services; what I read and which events I attended. The Journal is discussed, not marked, "
       "and does not count towards the award.", "")])

p("A.5  Marking, moderation and the award", "Case Subhead")
para = p("Before each marking round the University and Trust tutors meet to mark two scripts together "
         "against the criteria. Every assignment is first-marked by one tutor; all fails, all "
         "distinctions and a further 25% of scripts are second-marked by a tutor from the other "
         "partner; presentations are marked by both tutors on the panel. The external examiner "
         "sees a sample from every assignment and every fail, and attends the Examination Board.")
footnote(para, "The external examiner appointed by the University for 2009\u201312 is Dr Frances Odell, "
               "Senior Lecturer in Special and Inclusive Education at the University of Tarnbridge "
               "and a former local authority SEN adviser.")
p("The University awards the Postgraduate Certificate, and the Trust the title of Ambersett SENCO "
  "Fellow, when a Fellow has passed both modules. Each assignment must reach the pass mark of 50%; "
  "there is no compensation between assignments. A Fellow who fails an assignment may resubmit "
  "once.")

p("A.6  Quality", "Case Subhead")
p("The programme is subject to Ravelstone University's quality procedures for validated "
  "programmes: module evaluation, the external examiner's annual report, annual programme "
  "monitoring reviewed by the Faculty Board, and periodic review every five years. The Trust's "
  "Steering Group (Section 5) considers the same evidence each term, with the Fellows' "
  "evaluations and the impact measures, and its July action plan is the basis of changes to the "
  "following year's programme. Both partners' tutors attend the University's induction for "
  "associate tutors and its annual assessment day.")

write_footnotes_part()
doc.save(OUT)
print("wrote", OUT)
