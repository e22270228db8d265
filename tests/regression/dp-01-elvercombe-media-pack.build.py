"""Build dp-01-elvercombe-media-pack.docx (blind test application).

KIND OF DOCUMENT
  A diocesan communications office's press and media pack for the public launch
  of the programme, sent whole to the TDA panel as the provider's account of the
  programme (with a short covering slip from the Director of Education). It is
  none of the kinds in regression-README.md: not a newsletter or bulletin (no
  issue, no columns of stories), not a prospectus (it speaks to journalists, not
  applicants), not a briefing for governors or advisers.

PROVIDER (invented)
  Elvercombe Diocesan Board of Education (Church of England; Diocese of
  Elvercombe, covering Marrowshire County Council and the City of Elvercombe
  Council), delivering with St Wendreda's University College, Marrowby (a Church
  of England foundation with taught degree awarding powers), which validates the
  award. Programme brand: "Known by Name". Postgraduate Certificate in Special
  Educational Needs Coordination, 60 credits at Level 7, modules SWE701 and
  SWE702. People: Canon Margaret Oyelaran (Director of Education), Dr Peter
  Lowther (programme leader, College), Ruth Skelding (Diocesan SEN and
  Inclusion Adviser), Dr Hannah Merriweather (College lecturer), Anna Whitcombe
  (communications officer), the Bishop of Elvercombe, Claire Fenn (Parents' SEN
  Forum), Sarah Pike (a past participant of the Board's old certificate).

LAYOUT
  - Page header "EMBARGOED UNTIL 00:01 ..." and footer with the office's
    address (never evidence).
  - A shaded one-cell title banner; a bordered covering slip to the panel; a
    typed contents list.
  - 1 News release: headline, standfirst, short journalistic paragraphs with
    quotations, "ENDS".
  - 2 Notes to editors, typed numbers 1.-6. (numbers collide with nothing
    important, but "4." carries the fees).
  - 3 Quote bank: a three-column table (Who, Quote, Cleared) of value
    statements.
  - 4 Fact sheets 1-6, each under a shaded one-cell banner: at-a-glance field
    table plus "Applying and getting started" run-in paragraphs (Sheet 1); a
    table of study days (Sheet 2); an assessment table and the outcome table
    "Sheet 3b" in the Board's own words with "Taught" and "Marked in" columns
    (Sheet 3); tutors table (Sheet 4); "You told us / What we did" table
    (Sheet 5); quality, impact and resources prose (Sheet 6).
  - 5 Case study "Sarah's story" inside a VML text box (w:pict / v:textbox).
  - 6 Lines to take, marked INTERNAL: a three-column table ("If you are
    asked", "Say", "Please don't say").
  - 7 Photo opportunities and contacts, with "[TBC]" placeholders.

TRAPS (requirement ids affected)
  - Blanket claims: the programme leader's quotation in the release ("Every
    one of the national outcomes for SENCOs is taught and marked") and Sheet
    3b's lead-in ("All of the national outcomes are covered"), against a table
    where five outcomes are "Learning Journal (not marked)", two are "-", and
    two have no row at all. 1.9 and 6.0 partially_met.
  - Outcomes taught but not marked: Journal only (6.A3, 6.A7, 6.K2, 6.S7,
    6.S9); dash in "Marked in" (6.K9, 6.S2d). All partially_met.
  - Outcomes silently missing (no row, no study day): child development
    (6.K4) and encouraging colleagues' formative assessment (6.S2c). not_met.
  - Aim and objectives about attainment only (Sheet 1: "raise the
    attainment", "reading, writing and mathematics"); well-being and the five
    outcomes only in the Bishop's and Director's quotations (values) and an
    unmarked Journal entry. 1.1 partially_met.
  - Pupil voice only as a topic in brackets on Day 6 and the Journal; the
    Listening Day with pupils is only "planned" (Sheet 5, lines to take).
    1.5 partially_met, 6.S7 partially_met.
  - Past arrangement: the case study's portfolio route and experience credit
    belong to the old Certificate in Inclusive Practice, which closed in 2008;
    the lines to take say everyone takes the taught route in 2009-10 and the
    College is only "looking at" an assessment-only route. 2.3 not_met.
    APCL for Level 7 credit only, experience not credited. 2.1 partially_met.
  - Negation in the lines to take: "Please don't say ... that there's a 'next
    steps' session or a follow-on plan - there isn't"; targets left to
    performance management. 2.5 not_met.
  - CRB left to employers, "The Board doesn't ask to see it". 5.3 not_met.
  - Withdrawn offer: the January start in "draft 2" is withdrawn; one
    September intake, one venue, fixed order; only the two-year spread.
    3.2 partially_met.
  - E-learning: Moodle with materials, Journal and a peer forum, but "Tutors
    don't run the forum and don't answer study questions between tutorials".
    3.3 partially_met.
  - Stakeholders in evaluation only hoped for ("We would like ... How that
    will work has still to be agreed"); they do help deliver. 4.3
    partially_met. Survey figures and changes are concrete: 4.1, 4.2 met.
  - Specialist technology only "in conversation ... nothing is agreed yet";
    library and Moodle are real. 5.6 partially_met.
  - Mentors get a leaflet by post, no briefing or training; nothing on tutors'
    preparation beyond the markers' standardisation. 5.7 partially_met.
  - Impact: confidence via repeated Starting Point is real; effect on pupils
    only "describe the difference" and a wish to follow pupils up. 5.9
    partially_met.
  - Concrete arrangements that ARE met in unusual places: access and
    reasonable adjustments in Sheet 1 (3.1); Starting Point and Personal Route
    (2.2); entry guidance and call to the head (5.2); moderation under Sheet 3
    (5.8); placement day in three named specialist settings with a brief
    (5.5); fees and subsidies in note to editors 4 plus strands and tutorials
    (2.4).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dp-01-elvercombe-media-pack"
OUT = os.path.join(HERE, NAME + ".docx")

PURPLE = "4B2A6B"
LILAC = "E9E1F2"
GOLD = "FFF4D6"

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hr = hp.add_run("EMBARGOED UNTIL 00:01 THURSDAY 26 MARCH 2009  |  Media pack, version 4 (final)")
    hr.bold = True
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0xA0, 0x10, 0x10)
    fp = s.footer.paragraphs[0]
    fr = fp.add_run("Diocesan Communications Office, Church House, Minster Yard, Elvercombe EV1 2QA  "
                    "|  01982 555 210  |  out of hours 07700 900 418")
    fr.font.size = Pt(8)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def para(text="", bold=False, italic=False, size=None, colour=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def banner(lines, fill=PURPLE, colour="FFFFFF"):
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.rows[0].cells[0]
    shade(c, fill)
    first = True
    for text, size, bold in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor.from_string(colour)
    doc.add_paragraph()
    return t


def table(headers, rows, widths=None, head_fill=LILAC, style="Table Grid", size=9.5):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            c = cells[i]
            parts = v.split("\n")
            c.paragraphs[0].add_run(parts[0])
            for extra in parts[1:]:
                c.add_paragraph(extra)
    for row in t.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(2)
                for r in p.runs:
                    r.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def vml_textbox(title, paragraphs, fill="#FFF4D6"):
    """A floating-looking text box as VML (w:pict / v:shape / v:textbox)."""
    def esc(s):
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    inner = (f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr>'
             f'<w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>')
    for ptxt in paragraphs:
        inner += (f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:sz w:val="20"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(ptxt)}</w:t></w:r></w:p>')
    xml = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><w:pict>'
        f'<v:shape id="CaseStudyBox" o:spid="_x0000_s1025" type="#_x0000_t202" '
        f'style="width:450pt;height:330pt;mso-position-horizontal:center" fillcolor="{fill}" strokecolor="#4B2A6B">'
        '<v:textbox inset="8pt,8pt,8pt,8pt"><w:txbxContent>'
        f'{inner}'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
    )
    doc.element.body.append(parse_xml(xml))
    # keep the section properties last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)


# ------------------------------------------------------------------ title
banner([
    ("ELVERCOMBE DIOCESAN BOARD OF EDUCATION", 11, True),
    ("MEDIA PACK", 22, True),
    ("Known by Name: the National Award for SEN Coordination in the Diocese of Elvercombe", 13, False),
    ("Launch: Thursday 26 March 2009, Church House, Elvercombe, 10.30 am", 10, False),
])

slip = doc.add_table(rows=1, cols=1)
slip.style = "Table Grid"
sc = slip.rows[0].cells[0]
shade(sc, "F7F7F7")
sc.paragraphs[0].add_run("For the TDA approvals panel").bold = True
for t in [
    "This is the media pack that the Diocesan Communications Office prepared, with the "
    "programme office at St Wendreda's, for the public launch of our SENCO programme. "
    "At the suggestion of the TDA's regional adviser we send it to you as our account of "
    "the programme. The six fact sheets were checked line by line by Dr Peter Lowther, "
    "the programme leader, on 12 March 2009, and describe the programme as the College "
    "validated it.",
    "We have left in the internal \"lines to take\", so that the panel can see the "
    "questions we expect from schools and the press and the answers our spokespeople will "
    "give. The quotations and the case study are printed as they will be released.",
    "Canon Margaret Oyelaran, Diocesan Director of Education, 16 March 2009",
]:
    p = sc.add_paragraph(t)
    p.runs[0].italic = True
doc.add_paragraph()

para("In this pack", bold=True, size=12)
for line in [
    "1   News release",
    "2   Notes to editors",
    "3   Quote bank",
    "4   Fact sheets 1 to 6",
    "5   Case study: Sarah's story",
    "6   Lines to take (INTERNAL: not for release)",
    "7   Photo opportunities and contacts",
]:
    para(line, after=1)
doc.add_paragraph()

# ------------------------------------------------------------------ 1 release
banner([("1   NEWS RELEASE", 14, True), ("For immediate use after the embargo", 9, False)])
para("Church schools and St Wendreda's launch master's-level training so every child "
     "with special needs is \"known by name\"", bold=True, size=15, colour=PURPLE)
para("Up to 32 special needs coordinators a year, from church and community schools "
     "across the Diocese, will train for the new national award from September",
     italic=True, size=11.5)
for t in [
    "Teachers who lead the work with children with special educational needs in the "
    "schools of the Diocese of Elvercombe will be able to train for the new national "
    "qualification close to home from this autumn, under a programme launched today by "
    "the Elvercombe Diocesan Board of Education and St Wendreda's University College, "
    "Marrowby.",
    "From 1 September 2009 every teacher new to the post of special educational needs "
    "coordinator (SENCO) in a maintained school will have three years to gain the "
    "National Award for SEN Coordination. The Board's programme, called Known by Name, "
    "is open to SENCOs from all 187 primary, middle and secondary schools in the "
    "Diocese's area, church and community schools alike, and to teachers in the special "
    "schools and units of Marrowshire and the City of Elvercombe.",
    "Known by Name leads to a Postgraduate Certificate awarded by St Wendreda's, worth "
    "60 credits at master's level. It is built around ten study days at Church House in "
    "Elvercombe, three one-to-one tutorials and a day spent in a specialist setting, and "
    "all of the written work is done in the SENCO's own school, about the pupils and "
    "staff the SENCO works with every day.",
    "Last summer fewer than one in four pupils on the SEN registers of the Diocese's "
    "primary schools reached the expected level in both English and mathematics at the "
    "end of Key Stage 2. The Board says the programme's first job is to change that.",
    "\"Every one of the national outcomes for SENCOs is taught and marked on this "
    "course,\" said Dr Peter Lowther, Senior Lecturer in Inclusive Education at St "
    "Wendreda's, who leads the programme. \"Nobody will walk away with the award unless "
    "they have shown us they can do the job.\"",
    "The Bishop of Elvercombe, the Rt Revd Dr Simon Harcastle, who opens the launch, "
    "said: \"Our schools are here for every child, and most of all for the child who "
    "finds school hardest. A good SENCO makes sure that nobody in the building is "
    "overlooked. That is what we mean by known by name.\"",
    "The programme was shaped by a survey of SENCOs last November, to which 103 schools "
    "replied, and by workshops with headteachers and with the Elvercombe Parents' SEN "
    "Forum. Parents from the Forum will help to teach the study day on working with "
    "families.",
    "Known by Name is the first accredited programme the Board has run. It replaces the "
    "Board's Certificate in Inclusive Practice, which ran from 2003 to 2008.",
    "Nominations for September 2009 open today and close on Friday 22 May. Headteachers "
    "can download the nomination pack from www.elvercombe-dbe.org.uk/knownbyname or ask "
    "for a printed or large-print copy on 01982 555 230.",
]:
    para(t)
para("ENDS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()

# ------------------------------------------------------------------ 2 notes
banner([("2   NOTES TO EDITORS", 14, True)])
for t in [
    "1.  The Elvercombe Diocesan Board of Education is the Church of England's education "
    "body for the Diocese of Elvercombe. It supports 142 church schools (61 voluntary "
    "aided, 81 voluntary controlled) in Marrowshire and the City of Elvercombe, and "
    "sells advisory and training services to a further 45 community schools. Its "
    "offices are at Church House, Minster Yard, Elvercombe.",
    "2.  St Wendreda's University College, Marrowby, was founded by the Church in 1862 to "
    "train teachers for church schools. It has held taught degree awarding powers since "
    "2005. The College's Academic Board approved the Postgraduate Certificate in Special "
    "Educational Needs Coordination on 4 March 2009, for five years from September 2009. "
    "The College is the awarding body; the Board and the College teach the programme "
    "together under a partnership agreement signed in February 2009.",
    "3.  The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008, "
    "as amended in 2009, require the SENCO of a maintained school to be a qualified "
    "teacher and, if new to the post after 1 September 2009, to gain the National Award "
    "for SEN Coordination within three years. Programmes leading to the award must be "
    "approved by the Training and Development Agency for Schools (TDA). The Board and "
    "the College have applied for approval.",
    "4.  Fees. The full Postgraduate Certificate costs \u00a31,200. For SENCOs in church "
    "schools the Board pays \u00a3450 of the fee from the Diocesan Schools' Development "
    "Fund. Marrowshire County Council and the City of Elvercombe Council each pay \u00a3300 "
    "for SENCOs in their community and special schools. Church House is the Board's own "
    "building and costs the programme nothing, which is how the fee is kept below the "
    "College's usual postgraduate rate.",
    "5.  Numbers. There are 32 places in 2009-10, in two tutor groups of 16. If more "
    "nominations are received than there are places, priority goes to SENCOs appointed "
    "since September 2008.",
    "6.  Photographs from the launch will be available from 2 pm on 26 March. Please "
    "credit \"Diocese of Elvercombe / [photographer TBC]\".",
]:
    para(t)
doc.add_paragraph()

# ------------------------------------------------------------------ 3 quote bank
banner([("3   QUOTE BANK", 14, True),
        ("Cleared for use in full or in part. Please do not edit within a sentence.", 9, False)])
table(
    ["Who", "Quote", "Cleared"],
    [
        ["The Rt Revd Dr Simon Harcastle, Bishop of Elvercombe",
         "\"Jesus set a child in the middle of the disciples and said: start here. Every "
         "child is made in the image of God and every child is meant to flourish, in body, "
         "mind and spirit. We want every child with special needs in our schools to be "
         "healthy, safe, happy, hopeful and able to give something back. That is the "
         "measure we will hold ourselves to.\"",
         "SH, 10 March"],
        ["Canon Margaret Oyelaran, Diocesan Director of Education",
         "\"Church schools have always been about the whole child. A SENCO who knows "
         "the law and the data, and who also knows the family, the child's friendships "
         "and the child's fears, is worth more to a school than any new initiative.\"",
         "MO, 9 March"],
        ["Professor Helen Tranter, Principal, St Wendreda's University College",
         "\"St Wendreda's was founded to train teachers for the Church's schools. "
         "Training the teachers who lead the work with children who need the most from "
         "us is exactly what we are for.\"",
         "HT, 11 March"],
        ["David Okonjo, Headteacher, St Barnabas CE Primary School, Wrenbury",
         "\"Our SENCO has been trying to do a leadership job on a class teacher's "
         "timetable. This course treats her as a leader, and the final task puts her in "
         "front of me and a governor with a plan for the whole school.\"",
         "DO, 12 March"],
        ["Claire Fenn, Chair, Elvercombe Parents' SEN Forum",
         "\"Parents told the Board they wanted SENCOs who listen first and explain "
         "properly. We are helping to teach the day on working with families, and we hope "
         "to have a say in how the first year is judged.\"",
         "CF, 12 March"],
        ["Sarah Pike, SENCO, Holy Trinity CE Junior School, Fallowfield",
         "\"When I started I thought the job was paperwork. It is really about people: "
         "children, parents, teaching assistants, the head. Training with other SENCOs "
         "showed me I was not on my own.\"",
         "SP, 6 March"],
    ],
    widths=[4.2, 10.2, 2.2],
)

# ------------------------------------------------------------------ 4 fact sheets
banner([("4   FACT SHEETS", 14, True),
        ("Prepared with the St Wendreda's programme office. Accurate at 12 March 2009.", 9, False)])

banner([("Fact sheet 1   Known by Name at a glance", 12, True)], fill=LILAC, colour=PURPLE)
table(
    ["", ""],
    [
        ["Award", "Postgraduate Certificate in Special Educational Needs Coordination "
                  "(National Award for SEN Coordination), awarded by St Wendreda's University College"],
        ["Credit and level", "60 credits at Level 7 (master's level), in two modules of 30 credits"],
        ["Validation", "Approved by the College's Academic Board on 4 March 2009 for five years "
                       "from September 2009"],
        ["Modules", "SWE701 Knowing every child: law, learning and need (30 credits)\n"
                    "SWE702 Leading provision in a school community (30 credits)"],
        ["Who it is for", "SENCOs, and teachers designated to become SENCO, in any maintained "
                          "school in Marrowshire or the City of Elvercombe"],
        ["Start", "September 2009. One intake a year."],
        ["Length", "One year part time; or two years, taking SWE701 in the first year and "
                   "SWE702 in the second"],
        ["Where", "All ten study days at Church House, Minster Yard, Elvercombe. Tutorials at "
                  "Church House or by telephone."],
        ["Time", "Ten study days (9.15 am to 3.45 pm), three individual tutorials of 45 "
                 "minutes, one placement day, directed study in school"],
        ["Online", "A Moodle site hosted by St Wendreda's: session materials, the Learning "
                   "Journal, and a discussion forum for each tutor group"],
        ["Fee", "\u00a31,200 (see note to editors 4 for contributions)"],
        ["Aim", "To raise the attainment of pupils with special educational needs in the "
                "schools of the Diocese by equipping their SENCOs to lead effective provision."],
        ["Objectives", "By the end of the programme participants will be able to: (a) identify "
                       "pupils' needs and plan interventions that raise attainment in reading, "
                       "writing and mathematics; (b) lead colleagues in using data and provision "
                       "mapping to speed up pupils' progress; (c) show that they meet the national "
                       "minimum outcomes for SENCOs."],
    ],
    widths=[3.6, 13.0],
)
para("Applying and getting started", bold=True, size=11.5, colour=PURPLE)
runin("Who can apply.",
      "Qualified teachers who are SENCOs, or who have been designated by their governing "
      "body to take up the role by September 2010. The headteacher completes a nomination "
      "form which confirms that the school will release the SENCO for the ten study days "
      "and the placement day, and names a mentor from the school's leadership team.")
runin("Starting Point.",
      "Before interview each applicant completes the Starting Point audit. For every one "
      "of the national minimum outcomes the applicant rates themselves from 1 (\"new to "
      "me\") to 4 (\"I do this confidently and could show you\") and notes the evidence. A "
      "tutor then talks the audit through with the applicant in a 30-minute conversation, "
      "in person or by telephone. Where tutor and applicant agree that the applicant is "
      "not ready yet, for example because they have not yet worked with pupils at School "
      "Action Plus or with a statement, the Board writes to set out what to do first: "
      "usually a term alongside an experienced SENCO through the diocesan SENCO network, "
      "or the local authority's introductory SENCO briefings. Ruth Skelding, the Diocesan "
      "SEN Adviser, then telephones the headteacher to agree the plan, and the applicant "
      "is offered a place for the following September.")
runin("Personal Route.",
      "At the first tutorial, in October, the participant and tutor turn the Starting Point "
      "into a Personal Route: a one-page plan naming the four to six outcomes the "
      "participant most needs to work on, the primary or secondary strand they will take "
      "on Days 4 and 5, the placement setting they will visit, the focus of each task, "
      "and what the school mentor will do to help. The Personal Route is reviewed and "
      "amended at the second tutorial in February.")
runin("Prior learning.",
      "A participant who has gained Level 7 credit in special educational needs at "
      "another university in the last five years may apply for up to 30 credits (the "
      "whole of SWE701), mapped against the outcomes that SWE701 assesses. We do not give "
      "credit for experience on its own. The Board's former Certificate in Inclusive "
      "Practice was at Level 6 and does not count.")
runin("Access.",
      "The nomination form asks every applicant whether they have a disability, a "
      "long-term health condition or a specific learning difficulty, and explains why we "
      "ask. Anyone who says yes is offered a meeting with the St Wendreda's Disability "
      "Adviser before the course starts, and the agreed adjustments are written into their "
      "Personal Route. Adjustments we have already made for students on the College's "
      "other courses include extended deadlines, a recorded presentation in place of a live "
      "one, a note-taker and materials in large print or electronic format. Church House "
      "has a lift to every floor and an induction loop in the Synod Room. Before a "
      "participant is placed, the programme office checks that the placement setting is "
      "accessible to them. The nomination pack, the Moodle site and this fact sheet are "
      "all available in large print.")

banner([("Fact sheet 2   What SENCOs will learn", 12, True)], fill=LILAC, colour=PURPLE)
para("Study days run from 9.15 am to 3.45 pm at Church House. Each begins with an optional "
     "ten-minute act of worship in the chapel, led by the Diocesan Schools Chaplain.")
table(
    ["Day", "When", "Title and content", "Led by"],
    [
        ["1", "Sept", "Known by name: the SENCO and the school. The SENCO's role in the SEN Code "
                      "of Practice (2001) and in a church school; Every Child Matters and the five "
                      "outcomes; introduction to the tasks, Moodle and the Learning Journal; "
                      "writing at master's level.", "PL, RS"],
        ["2", "Oct", "Law, guidance and evidence. Education Act 1996 Part 4, SENDA 2001, the SEN "
                     "Code of Practice (2001) from School Action to statutory assessment and annual "
                     "review, the SENCO Regulations 2008, the governing body's duties. Reading "
                     "research and inspection evidence: Ofsted (2006) Inclusion: does it matter "
                     "where pupils are taught?; the Lamb Inquiry into parental confidence (in "
                     "progress); finding and judging research.", "PL, RS, LA SEN officer"],
        ["3", "Nov", "Disability equality. The Disability Discrimination Act 1995 and 2005; the "
                     "disability equality duty and scheme; the school's accessibility plan; "
                     "reasonable adjustments in lessons, on visits and at playtime.", "HM"],
        ["4", "Dec", "Areas of need (1). Speech, language and communication needs and the Bercow "
                     "Review (2008); autistic spectrum disorders; dyslexia and specific learning "
                     "difficulties, with the Rose review of dyslexia due this summer. Afternoon in "
                     "primary and secondary strands.", "HM, SLT, Autism Outreach"],
        ["5", "Jan", "Areas of need (2). Behavioural, emotional and social difficulties, with a "
                     "CAMHS primary mental health worker; moderate learning difficulties; how an "
                     "educational psychologist assesses, and how to read the report. Afternoon in "
                     "strands.", "HM, EP, CAMHS"],
        ["P", "Jan-Feb", "Placement day at Ridgeway School (community special school, MLD and "
                         "SLD), the Linnets resource base for pupils with autism at St Anne's CE "
                         "Primary, or the Language Unit at Oakbridge Primary, chosen in the "
                         "Personal Route. The programme team sets a brief: observe teaching for "
                         "at least two sessions, shadow the setting's SENCO or teacher in charge, "
                         "and interview a senior member of staff about how the setting plans and "
                         "reviews provision. The setting's host signs the placement record.",
         "Host settings"],
        ["6", "Feb", "Teaching, learning and ICT. Personalised learning and the three waves of "
                     "intervention; what the evidence says about literacy and numeracy "
                     "interventions (Brooks, 2007); ICT to remove barriers: Clicker 5, "
                     "text-to-speech, symbol software, visual timetables; (hearing the child: "
                     "pupil voice).", "PL, HM"],
        ["7", "Mar", "Families and agencies. Working with parents and carers, co-led by two "
                     "members of the Elvercombe Parents' SEN Forum; the Parent Partnership "
                     "Service; the work of the educational psychology service, speech and "
                     "language therapy, CAMHS, social care and voluntary organisations such as "
                     "Marrowshire Mencap; the Common Assessment Framework and the lead "
                     "professional.", "RS, Parents' Forum, EP"],
        ["8", "Apr", "Leading and developing colleagues. Deploying and managing teaching "
                     "assistants (the DISS project, 2008); observing teaching and giving "
                     "feedback; coaching and mentoring; planning and leading staff training; "
                     "working with the head and governors on the SEN policy and an inclusive "
                     "ethos.", "PL, RS"],
        ["9", "May", "Data, provision and self-evaluation. RAISEonline, P scales and tracking "
                     "progress; provision mapping and costing; the school self-evaluation form "
                     "and SEN; reviewing provision with colleagues; access arrangements for Key "
                     "Stage 2 tests and GCSE; the SENCO's week: priorities, time and "
                     "delegation.", "PL, RS, LA data officer"],
        ["10", "June", "Task 3 presentations (morning, in tutor groups, with heads and governors "
                       "invited). Afternoon: repeat of the Starting Point; keeping up to date "
                       "(journals, networks, the diocesan SENCO network and the College "
                       "library after the course); course evaluation.", "PL, RS, HM"],
    ],
    widths=[1.0, 1.5, 11.2, 3.0],
    size=9,
)
para("Key: PL Dr Peter Lowther; RS Ruth Skelding; HM Dr Hannah Merriweather. Visiting "
     "contributors are listed on Fact sheet 4.", italic=True, size=9)
para("Tutorials are in October, February and May. Between study days participants carry "
     "out directed tasks in their own schools and write up the Learning Journal on Moodle. "
     "A participant who takes the two-year route attends Days 1 to 5 and the placement in "
     "the first year and Days 6 to 10 in the second.")

banner([("Fact sheet 3   How it is marked", 12, True)], fill=LILAC, colour=PURPLE)
table(
    ["", "Module", "What the SENCO does", "Weight"],
    [
        ["Task 1: Policy into practice", "SWE701",
         "A critical review (3,500 words) of the SEN policy and practice of the SENCO's own "
         "school against SEN law, the Code of Practice and the disability equality duty, "
         "including the school's accessibility plan, drawing on research and inspection "
         "evidence, with recommendations to the head.", "40% of SWE701"],
        ["Task 2: One child, known well", "SWE701",
         "A case study (4,500 words) of one pupil. The SENCO identifies the pupil's needs "
         "from classroom observation, the school's own data and the reports of other "
         "professionals; sets targets; plans, runs and reviews an intervention of six to ten "
         "weeks; and describes the difference it made. It includes a critical account of the "
         "pupil's area of need set against the main types of SEN, a critical evaluation of "
         "the approaches and resources used (including ICT), the notes of at least one "
         "meeting with the parents or carers, and a reflective account of how the SENCO built "
         "a fair and trusting working relationship with the pupil and with the family.",
         "60% of SWE701"],
        ["Task 3: Leading change", "SWE702",
         "A portfolio (about 4,000 words) and a 20-minute presentation to the headteacher and "
         "a governor. The portfolio holds: an analysis of the school's data on pupils with "
         "SEN, including Key Stage test results or P scales, showing where programmes need to "
         "change; a costed provision map that shows gaps and provision that is not working; "
         "a proposal for deploying and managing teaching assistants; a staff training session "
         "the SENCO has led, with the evaluation, and a coaching cycle with one colleague "
         "(observation, feedback, follow-up); a review of the effectiveness of SEN provision "
         "carried out with colleagues and written for the school's self-evaluation; a "
         "decision record of one problem in provision, the options and the decision taken; "
         "and strategic priorities for inclusion. The head and governor give written "
         "feedback, which is submitted with the portfolio.", "100% of SWE702"],
        ["Learning Journal", "both",
         "Entries on Moodle after each study day and task. Read by the tutor before each "
         "tutorial. Not marked.", "none"],
    ],
    widths=[3.2, 1.6, 9.8, 2.0],
    size=9,
)
runin("Passing.",
      "To be awarded the Postgraduate Certificate a participant must pass each of the three "
      "tasks with a mark of at least 50% and attend at least eight of the ten study days and "
      "the placement day.")
runin("Marking and moderation.",
      "Every task is first marked by the participant's tutor against the College's Level 7 "
      "criteria and a task-specific marking grid. A second tutor blind-marks a sample of at "
      "least one script in four from each task, and every fail and every mark of 70% or "
      "more. Before each marking round all markers, including Ruth Skelding for the Board, "
      "mark the same two scripts and meet to agree the marks. The external examiner, Dr "
      "Alison Treherne of the University of Westhaven, sees a sample from every task and "
      "every fail, and attends the Assessment Board in July. Task 3 presentations are "
      "watched by two tutors, who agree the mark.")

para("Sheet 3b   The national outcomes and where they are marked", bold=True, size=11.5,
     colour=PURPLE)
para("All of the national outcomes are covered by the programme. The table sets them out "
     "in our own words, with the study days where each is taught and the task in which it "
     "is marked.")
table(
    ["The SENCO ...", "Taught", "Marked in"],
    [
        ["PROFESSIONAL ATTRIBUTES", "", ""],
        ["builds fair, respectful and trusting relationships with children who have SEN and "
         "with their families", "Days 6, 7", "Task 2 (relationship account)"],
        ["wins the support of the head, senior leaders and colleagues for better outcomes for "
         "pupils with SEN", "Days 8, 9", "Task 3 (presentation; head and governor feedback)"],
        ["organises the SENCO's workload: priorities, time and sensible delegation", "Day 9",
         "Learning Journal (not marked)"],
        ["sees problems coming, solves them and makes sound decisions about provision",
         "Days 8, 9", "Task 3 (decision record)"],
        ["communicates clearly in writing and in speech, and listens to others and understands "
         "their views", "all days", "Tasks 1 and 2 (writing); Task 3 (presentation); Task 2 "
         "(parent meeting)"],
        ["uses research and outside advice to improve their own and colleagues' practice",
         "Days 2, 6", "Task 1"],
        ["keeps up to date and takes charge of their own professional learning in SEN",
         "Day 10", "Learning Journal (not marked)"],
        ["KNOWLEDGE AND UNDERSTANDING", "", ""],
        ["knows SEN law and guidance, the SEN Code of Practice, and what they mean in school",
         "Day 2", "Task 1"],
        ["understands Every Child Matters, the five outcomes and the SENCO's part in them",
         "Day 1", "Learning Journal (not marked)"],
        ["knows disability equality law and what it requires of a school", "Day 3",
         "Task 1 (accessibility plan)"],
        ["knows the main types of SEN and disability and how they affect learning", "Days 4, 5",
         "Task 2"],
        ["uses approaches, strategies and resources, including ICT, critically, to assess, "
         "plan and teach", "Day 6", "Task 2"],
        ["understands school self-evaluation and improvement and what they mean for pupils "
         "with SEN", "Day 9", "Task 3"],
        ["knows what research and best practice say about meeting special educational needs",
         "Days 2, 4, 5, 6", "Task 1"],
        ["knows what outside agencies do and how to get specialist help and resources",
         "Day 7", "\u2013"],
        ["SKILLS", "", ""],
        ["with senior colleagues and governors, shapes an inclusive ethos, policies, priorities "
         "and the use of resources", "Day 8", "Task 3"],
        ["identifies pupils with SEN, sets challenging targets, plans interventions and reviews "
         "progress", "Days 4, 5, 6", "Task 2"],
        ["uses other professionals' assessments in planning teaching", "Days 5, 7", "Task 2"],
        ["tracks progress with summative data and national tests and changes programmes",
         "Day 9", "Task 3"],
        ["arranges special arrangements for national tests and examinations in good time",
         "Day 9", "\u2013"],
        ["maps and manages provision and finds what is missing or not working", "Day 9",
         "Task 3"],
        ["deploys and manages support staff", "Day 8", "Task 3"],
        ["develops colleagues through observation and feedback, coaching and training",
         "Day 8", "Task 3 (training session; coaching cycle)"],
        ["reviews provision with colleagues to inform the school's self-evaluation", "Day 9",
         "Task 3"],
        ["involves pupils in planning and reviewing their own provision", "Day 6",
         "Learning Journal (not marked)"],
        ["works with parents and carers", "Day 7", "Task 2"],
        ["works with other services and voluntary organisations", "Day 7",
         "Learning Journal (not marked)"],
    ],
    widths=[10.0, 2.4, 4.2],
    size=9,
)

banner([("Fact sheet 4   Who teaches it", 12, True)], fill=LILAC, colour=PURPLE)
table(
    ["", "Role", "Background"],
    [
        ["Dr Peter Lowther", "Programme leader; Senior Lecturer in Inclusive Education, St "
                             "Wendreda's",
         "Eleven years as SENCO in two Marrowshire secondary schools, then specialist teacher "
         "for specific learning difficulties. PhD (2004) on provision mapping in secondary "
         "schools. Now researching the deployment of teaching assistants with four diocesan "
         "schools; spends at least ten days a year working in schools."],
        ["Ruth Skelding", "Co-leader for the Board; Diocesan SEN and Inclusion Adviser",
         "Fourteen years as a primary SENCO and deputy head. MA in Special and Inclusive "
         "Education; NPQH. Leads the diocesan SENCO network (six meetings a year) and "
         "advises church schools on SEN week by week."],
        ["Dr Hannah Merriweather", "Tutor; Lecturer in Education, St Wendreda's",
         "Educational psychologist in Marrowshire 1998-2006. Research on speech, language and "
         "communication needs in the early years; member of the Marrowshire autism "
         "strategy group."],
        ["Visiting contributors", "Teach parts of Days 2, 4, 5, 7 and 9",
         "Dr Rachel Imrie, Senior Educational Psychologist, Marrowshire; Karen Doyle, Speech "
         "and Language Therapist, Marrowshire PCT; Tom Ashby, Autism Outreach Team, City of "
         "Elvercombe; a CAMHS primary mental health worker; the two councils' SEN officers and "
         "data officers; Claire Fenn and a second parent from the Parents' SEN Forum."],
    ],
    widths=[3.4, 4.4, 8.8],
    size=9,
)

banner([("Fact sheet 5   Who shaped it", 12, True)], fill=LILAC, colour=PURPLE)
for t in [
    "In November 2008 the Board sent a questionnaire to the SENCO of every one of the 187 "
    "schools it works with; 103 replied (55%). Thirty-eight per cent had been SENCO for less "
    "than two years, and 46% had a full class teaching timetable alongside the role. Asked "
    "what they most needed, they named provision mapping and costing (64%), managing "
    "teaching assistants (58%), using data to show progress (52%), difficult meetings with "
    "parents (41%) and autism (37%). Seventy-one per cent said they could not travel more "
    "than 40 minutes for a study day.",
    "At the Diocesan Headteachers' Conference on 23 January 2009, 58 heads took part in a "
    "workshop on the draft programme. Their three messages were: no more than ten days out "
    "of school; a SENCO who can make the case for SEN to governors; and a fee below "
    "\u00a31,300. On 3 February the Elvercombe Parents' SEN Forum met the programme team; "
    "parents asked for SENCOs who meet families early, explain what is happening in plain "
    "words and follow up what they promise. The two councils' SEN teams commented on the "
    "draft in writing.",
]:
    para(t)
table(
    ["You told us", "What we did"],
    [
        ["Provision mapping and teaching assistants are the biggest gaps (SENCO survey)",
         "Days 8 and 9 give them a full day each, and both are part of Task 3"],
        ["No more than ten days out of school (heads)",
         "Cut from fourteen study days in the first draft to ten, with tutorials by telephone "
         "if the participant prefers"],
        ["SENCOs must be able to make the case to governors (heads)",
         "Task 3 ends with a presentation to the head and a governor"],
        ["Meet families early and explain properly (parents)",
         "Day 7 co-led by the Forum; Task 2 requires a meeting with the parents or carers"],
        ["Autism and difficult parent meetings (SENCO survey)",
         "Autism Outreach Team on Day 4; a placement option at the Linnets; role-play of a "
         "review meeting on Day 7"],
        ["Keep the cost down (heads)",
         "Church House used free of charge; Board and council contributions to the fee"],
        ["Not too far to travel (SENCO survey)",
         "Church House is central and on the main rail line; tutorials may be by telephone"],
    ],
    widths=[7.3, 9.3],
)
for t in [
    "The two councils, the Parents' Forum and three special settings are part of teaching "
    "the programme: council officers teach on Days 2 and 9, the Forum co-leads Day 7, and "
    "Ridgeway School, St Anne's CE Primary and Oakbridge Primary host the placement day.",
    "We have not yet asked children and young people themselves. A Listening Day, with "
    "pupils from three schools, is planned for the autumn term.",
    "We would like headteachers and the Parents' SEN Forum to help us look at how the first "
    "year has gone. How that will work has still to be agreed with the College.",
]:
    para(t)

banner([("Fact sheet 6   Keeping it good", 12, True)], fill=LILAC, colour=PURPLE)
runin("How we check the quality.",
      "Participants fill in a short evaluation at the end of every study day, and the two "
      "tutor groups each elect a representative. In February the College's Quality Office, "
      "not the teaching team, runs a focus group with each tutor group. The programme goes "
      "through the College's Annual Programme Monitoring, and the external examiner writes "
      "a report every year. The Programme Committee (Dr Lowther, Mrs Skelding, Dr "
      "Merriweather, the two participant representatives and the College's Quality Officer) "
      "meets each term, reads all of this, and writes an action plan each July. The plan "
      "goes to the College's Academic Standards Committee and to the Board's Education "
      "Committee, and on Day 1 each new group is told what was changed and why.")
runin("Mentors.",
      "Each participant's headteacher names a mentor from the school's leadership team. The "
      "Board posts every mentor a four-page Mentor's Leaflet with the nomination pack, "
      "explaining the three tasks and the placement day.")
runin("Difference made.",
      "Every participant repeats the Starting Point on Day 10, so that they and we can see "
      "how their confidence against each outcome has changed; the Programme Committee looks "
      "at the whole group's before-and-after ratings. In Task 2 each SENCO describes the "
      "difference the intervention made for the child. We would love to know whether the "
      "children our SENCOs work with go on making better progress in the year after the "
      "course, and we are looking at how we might find out with the two councils' data "
      "teams.")
runin("Books and equipment.",
      "Participants have full borrowing rights at the St Wendreda's library in Marrowby, "
      "which holds a large SEN collection and all the National Strategies and Inclusion "
      "Development Programme materials, and off-campus access to its e-journals. Session "
      "materials are on Moodle. On specialist software and communication aids, we are in "
      "conversation with Marrowshire's ICT loans service about a loan collection that "
      "participants could borrow and try out; nothing is agreed yet.")

# ------------------------------------------------------------------ 5 case study
banner([("5   CASE STUDY", 14, True),
        ("For features and local radio. Sarah has agreed to be interviewed.", 9, False)])
vml_textbox("Sarah's story", [
    "Sarah Pike has been SENCO at Holy Trinity CE Junior School in Fallowfield since 2004. "
    "She was one of the last teachers to take the Board's Certificate in Inclusive Practice "
    "before it closed in July 2008.",
    "\"I had ten years in the classroom by then, so I didn't have to sit through the first "
    "five sessions: the Certificate let experienced teachers put together a portfolio "
    "instead, and my years as a Year 6 teacher counted towards it. I went straight into the "
    "leadership sessions and spent a whole week at Ridgeway School, which changed how I "
    "think about what children can do.\"",
    "Since then Holy Trinity has rewritten its provision map and retrained its five teaching "
    "assistants, and last year every pupil at School Action Plus made at least two points' "
    "progress in reading.",
    "\"The best thing was meeting other SENCOs. Church schools can be small and you can feel "
    "you're the only one. Now I phone someone from my old group most weeks.\"",
    "Sarah will speak at the launch and is joining the diocesan SENCO network's steering "
    "group.",
])
doc.add_paragraph()

# ------------------------------------------------------------------ 6 lines to take
banner([("6   LINES TO TAKE", 14, True),
        ("INTERNAL: for spokespeople and the Board's reception staff. Not for release.", 9, False)],
       fill="8B1A1A")
table(
    ["If you are asked ...", "Say ...", "Please don't say ..."],
    [
        ["Is it only for church schools?",
         "No. It is open to SENCOs in all 187 schools the Board works with, church or "
         "community, and to the councils' special schools and units.",
         "that church schools get priority: they don't."],
        ["Can experienced SENCOs skip the course and just be assessed?",
         "Not in the first year. Everyone takes the taught route in 2009-10. The College is "
         "looking at whether an assessment-only route could be offered from 2010 and will say "
         "more in the autumn.",
         "that the old portfolio route still exists. It closed with the Certificate in 2008."],
        ["Is it an online course?",
         "No. The study days are face to face at Church House. There is a Moodle site for "
         "materials, the Learning Journal and a forum where the SENCOs in each tutor group can "
         "talk to one another. Tutors don't run the forum and don't answer study questions "
         "between tutorials: those are kept for the tutorials.",
         "\"distance learning\" or \"blended\"."],
        ["Is there a January start?",
         "No, September only. Draft 2 of this pack mentioned a January start; it has been "
         "withdrawn for 2009-10.",
         "that it might come back in 2010."],
        ["Do you CRB-check the teachers?",
         "Participants are serving teachers and their employer holds their enhanced CRB "
         "disclosure. The Board doesn't ask to see it.",
         "that we \"vet\" participants."],
        ["What happens after the award?",
         "That is for the SENCO and their head to settle at performance management. The "
         "course ends with the Task 3 presentations and the evaluation.",
         "that there's a \"next steps\" session or a follow-on plan - there isn't."],
        ["Did you ask children what they want from a SENCO?",
         "Not yet. We asked SENCOs, heads and parents. A Listening Day with pupils is planned "
         "for the autumn term.",
         "that pupils helped design it."],
        ["Will it actually raise standards?",
         "That is what it is for. Every task is done in the SENCO's own school, and Task 2 "
         "follows one child's intervention from start to finish.",
         "any figure for expected improvement."],
        ["Do you have to be a Christian?",
         "No. The Board and the College welcome SENCOs of any faith or none. Each day starts "
         "with a short act of worship, which is optional.",
         "that worship is compulsory."],
        ["What about teachers who are disabled?",
         "Everyone is asked on the nomination form, and adjustments are agreed with the "
         "College's Disability Adviser before the course starts (Fact sheet 1).",
         "that Church House is \"fully accessible\": the chapel has steps."],
    ],
    widths=[4.0, 8.6, 4.0],
    size=9,
)

# ------------------------------------------------------------------ 7 photo and contacts
banner([("7   PHOTO OPPORTUNITIES AND CONTACTS", 14, True)])
for t in [
    "10.30  The Bishop welcomes guests in the Synod Room.",
    "10.45  The Bishop and Canon Oyelaran meet SENCOs from the diocesan network.",
    "11.15  Sarah Pike with pupils from Holy Trinity CE Junior School (photographs by "
    "permission only; parental consent forms held by the school).",
    "11.40  Signing of the partnership agreement by the Principal and the Chair of the Board "
    "[to be confirmed: the agreement was signed in February; this is a photo-call only].",
    "Interview slots: Canon Oyelaran, Dr Lowther and Mrs Fenn, [times TBC].",
]:
    para(t, after=2)
doc.add_paragraph()
para("Media enquiries: Anna Whitcombe, Communications Officer, Diocese of Elvercombe, "
     "01982 555 210, anna.whitcombe@elvercombe.anglican.org")
para("Enquiries from schools: the Known by Name programme office, St Wendreda's University "
     "College, 01983 601 447, knownbyname@stwendredas.ac.uk")

doc.save(OUT)
print("wrote", OUT)
