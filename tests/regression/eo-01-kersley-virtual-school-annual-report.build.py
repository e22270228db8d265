"""eo-01-kersley-virtual-school-annual-report: build script.

Provider (invented): Kersley City Council. The Kersley Virtual School for
Children in Care (Virtual School Headteacher Dr Helen Marchbank) and the
council's School Improvement Service (Head of Service Graham Tulloch) run the
"Kersley SENCO Award", a Postgraduate Certificate in Special Educational Needs
Coordination validated and awarded by the (invented) University of Pendleford,
60 credits at masters level, first cohort February 2009.

Kind of document: the Annual Report of the Virtual School Headteacher for the
academic year 2007-08, as it went to the council's Corporate Parenting Board
on 4 December 2008, sent whole as the application with a short boxed note to
the TDA panel at the top (January 2009). Most of the report is about children
in care (cohort, attainment, PEPs, designated teachers, Education Buddies,
the Children in Care Council "Kersley Voice", disability equality, a case
study); Part 5 describes the award, Part 6 is a table of priorities for
2009-10, Part 8 the recommendations to the Board, Appendix C an outcome table.

Layout: a committee front sheet as a two-column table; a shaded one-cell box
("Note for the TDA approval panel"); a councillor's foreword of values;
Heading 1 "Part N" headings with Heading 2 sub-sections; data tables with
suppressed cells ("*") and real Word footnotes explaining the data
conventions; shaded one-cell quotation boxes ("What our young people said");
a case study box; an "award at a glance" fact table; a study-day table;
a staff table; a priorities table (Priority / What we will do / Lead / By);
a page header and a footer with a page field; Appendix C as a three-column
table (outcome in the council's own words / developed in / assessed in) with
a note under it.

Traps (requirement ids affected):
- Placements (5.5): "placement" in Parts 1, 2 and 4 means children's care
  placements (placement stability, out-of-city placements, the placement-move
  protocol). For participants Part 5 says plainly there are no placements or
  visits to other schools; specialist expertise is real (EP, speech and
  language therapy, CAMHS, Parent Partnership). 5.5 partially_met.
- CRB (5.3): the only CRB arrangement described is for Education Buddies
  (volunteer mentors for children in care) through the council's Vetting
  Unit (Part 4.3). For participants, Part 5.4 says "we do not repeat CRB
  checks for the award", relying on employers. 5.3 not_met.
- Pupil voice (1.5, 6.S7): Kersley Voice's consultation is about the Virtual
  School's own work (Part 4.4, quotation box). In the award there is one
  session "Hearing the child's voice" led by Kersley Voice members (Study
  Day 9); nothing develops or assesses participants' consulting skills.
  1.5 partially_met; 6.S7 taught but "not separately assessed", partially_met.
- Equality (3.1): Part 4.5 describes the Virtual School's Disability
  Equality Scheme actions for disabled children in care (wrong context).
  For participants there is only a priority for 2009-10: "write an access
  statement" (intention). 3.1 not_met.
- Assessment-only route (2.3): only in the priorities table, "Explore with
  the University whether ..." (aspiration). not_met.
- Prior learning (2.1): "The University's general regulations on
  accreditation of prior learning apply" (general), and Foundation Course
  holders "will not receive credit for it". partially_met.
- Tailoring (2.4): the PDP changes focus only; everyone attends all ten
  study days and the same four tasks; no cost-effectiveness. partially_met.
  (2.2 is met: the PDP, modelled on the children's PEP, sets personalised
  outcomes from the Starting Point Review.)
- E-learning (3.3): Blackboard holds materials and a participants' discussion
  board that "Tutors do not monitor"; support between study days is by email
  and a termly visit. partially_met (the programme does use e-learning).
- Stakeholders (4.3): involved in delivery (Parent Partnership, Kersley
  Voice, therapists), but involvement in evaluation is only hoped for ("We
  would like ...", and a priority for 2009-10); the Steering Group is council
  and university officers. partially_met. 4.1 and 4.2 met (survey, PEP audit,
  Heads' Reference Group changes).
- Past arrangements (5.7, 5.8): the council's SENCO Foundation Course
  (2004-08) had a mentor training morning and a moderated portfolio; "neither
  continues". 5.7 partially_met (tutors prepared; mentors only get the
  handbook and a letter). 5.8 met on the award's own second marking, module
  board and external examiner.
- Blanket claim (6.0, 1.9): "so a participant who passes them has met every
  outcome", contradicted by Appendix C. partially_met.
- Appendix C (criterion 6): 6.A3 assessed only in the unmarked Reflective
  Log; 6.A7 only in a Next Steps plan "not marked"; 6.S2b only in an
  optional section of Task 3; 6.S2c and 6.S7 "-" / not separately assessed:
  all partially_met. No row for 6.S1 (governors and strategic development)
  or 6.S2d (access arrangements for tests): not_met. The note under the table
  repeats the blanket claim.
- Footnotes hold only data conventions (suppression, sources); header and
  footer hold only the report title and Board date.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
OUT = HERE / "eo-01-kersley-virtual-school-annual-report.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# ---------------------------------------------------------------- footnotes
FOOTNOTES = []


def footnote(par, text):
    """Attach a real Word footnote to the end of paragraph `par`."""
    fid = len(FOOTNOTES) + 1
    FOOTNOTES.append((fid, text))
    r = parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'
    )
    par._p.append(r)


def write_footnotes():
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in FOOTNOTES:
        text = text.replace("&", "&amp;")
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        )
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>' + "".join(body) + "</w:footnotes>"
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        doc.part.package,
    )
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def P(text="", bold=False, italic=False, style=None, size=None, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def lead(label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(rows, widths=None, header=True, fill="D9E2F3", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def box(title, paras, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.text = ""
    r = c.paragraphs[0].add_run(title)
    r.bold = True
    for para in paras:
        p = c.add_paragraph()
        rr = p.add_run(para)
        rr.font.size = Pt(9.5)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.text = "Kersley Virtual School for Children in Care  |  Annual Report of the Virtual School Headteacher 2007-08"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Kersley City Council, Children's Services  |  Corporate Parenting Board, 4 December 2008, Item 6  |  Page ")
fr.font.size = Pt(8)
fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# ---------------------------------------------------------------- cover note
box("Note for the TDA approval panel", [
    "This is the Annual Report of the Virtual School Headteacher as it went to the City Council's Corporate "
    "Parenting Board on 4 December 2008. With the Board's agreement we are sending it as our application for "
    "approval to run nationally accredited SENCO training, which the Virtual School and the School Improvement "
    "Service will provide together with the University of Pendleford.",
    "Part 5 and Appendix C describe the award. We have left the rest of the report as the Board saw it, because "
    "it explains why a virtual school for children in care has chosen to train the teachers who coordinate "
    "special educational needs in our schools. The figures in Parts 2 and 3 have not been changed.",
    "Dr Helen Marchbank, Virtual School Headteacher, and Graham Tulloch, Head of School Improvement, 16 January 2009",
], fill="FFF2CC")

P("KERSLEY CITY COUNCIL", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Corporate Parenting Board", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

table([
    ["Report to", "Corporate Parenting Board"],
    ["Date of meeting", "4 December 2008"],
    ["Agenda item", "6"],
    ["Report of", "Virtual School Headteacher, Children's Services"],
    ["Title", "Annual Report of the Virtual School Headteacher, academic year 2007-08"],
    ["Wards affected", "All"],
    ["Purpose", "To report on the education of Kersley's children in care in 2007-08; to describe the work of the "
                "Virtual School; and to seek the Board's support for the joint proposal by the Virtual School and "
                "the School Improvement Service to run the national SENCO award from February 2009."],
    ["Recommendations", "See Part 8"],
    ["Background papers", "Personal Education Plan audit reports (termly); SENCO survey 2008 (School Improvement "
                          "Service); Corporate Parenting Board minutes, 12 June 2008"],
    ["Contact officer", "Dr Helen Marchbank, Virtual School Headteacher, Garside Street, Kersley. Tel. 01632 960 418"],
], widths=[4, 12.5], header=False)

# ---------------------------------------------------------------- foreword
H1("Foreword")
P("Every councillor in Kersley is a corporate parent. When the Council takes a child into care we take on the "
  "duties any good parent would want to carry out: to know how our children are getting on at school, to "
  "celebrate what they achieve, and to ask hard questions when things are not going well.")
P("This report shows progress that we can be proud of and gaps that we must not accept. More of our children in "
  "care attended school regularly this year than at any time since records began, and the number permanently "
  "excluded fell from seven to three. But the attainment of our children in care at sixteen remains far below "
  "that of their classmates, and more than half of them have special educational needs.")
P("That is why I welcome the decision of the Virtual School and our School Improvement Service to work together, "
  "and with the University of Pendleford, to train the teachers who coordinate special educational needs in our "
  "schools. A good SENCO can change the course of a child's school life. Our children deserve nothing less.")
P("Councillor Margaret Ostle, Executive Member for Children and Young People and Chair of the Corporate Parenting Board", italic=True)

# ---------------------------------------------------------------- part 1
H1("Part 1  Summary")
bullets([
    "On 31 March 2008 the Council looked after 417 children of statutory school age. 291 attended schools in "
    "Kersley and 126 attended schools in 23 other authorities.",
    "59 per cent had special educational needs: 28 per cent had a statement and a further 31 per cent were at "
    "School Action or School Action Plus.",
    "At Key Stage 2, 41 per cent of our children in care reached level 4 in both English and mathematics "
    "(city average 71 per cent). At Key Stage 4, 11 per cent gained five or more A*-C grades including English "
    "and mathematics (city average 44 per cent).",
    "94 per cent of children in care had a Personal Education Plan reviewed within the last six months, up from "
    "81 per cent.",
    "Three children in care were permanently excluded (seven in 2006-07).",
    "From February 2009 the Virtual School and the School Improvement Service will run the Kersley SENCO Award, "
    "a postgraduate certificate validated by the University of Pendleford (Part 5).",
])

# ---------------------------------------------------------------- part 2
H1("Part 2  Our children")
p = P("Table 1 shows the children in care of statutory school age on 31 March 2008 by key stage and stage of "
      "special educational need.")
footnote(p, "Source: SSDA903 return and the Virtual School database, 31 March 2008. Children placed for adoption are not included.")
table([
    ["Key stage", "Number", "Statement", "School Action Plus", "School Action", "No SEN"],
    ["KS1 (Years 1-2)", "58", "9", "11", "8", "30"],
    ["KS2 (Years 3-6)", "131", "33", "27", "18", "53"],
    ["KS3 (Years 7-9)", "124", "38", "22", "13", "51"],
    ["KS4 (Years 10-11)", "104", "37", "20", "11", "36"],
    ["All", "417", "117", "80", "50", "170"],
], widths=[3.5, 2, 2.2, 3, 2.5, 2])
P("Placement stability remains the single biggest influence on whether a child in care settles and attends school. "
  "During the year 42 children had three or more placements, and 126 were living in placements outside the city, "
  "most of them with independent fostering agencies or in residential special schools. Every out-of-city "
  "placement made by the Council now has the Virtual School's agreement on the school place before the child moves, "
  "under the placement-move protocol agreed with the Placements Team in January 2008.")
P("Children placed outside Kersley are the hardest for us to support. The Virtual School's two outreach teachers "
  "visited 88 of the 126 schools concerned at least once during the year and attended the PEP review of every "
  "child in Year 11 placed out of the city.")

# ---------------------------------------------------------------- part 3
H1("Part 3  How well our children did")
H2("3.1 Key Stage 2 and Key Stage 4")
p = P("Table 2 sets out results for children who had been in care continuously for at least twelve months on "
      "30 September 2008, the group used for the national indicators NI 99, NI 100 and NI 101.")
footnote(p, "Where a group has fewer than six children the figure is suppressed and shown as \"*\", in line with the Council's data protection guidance.")
table([
    ["Indicator", "2005-06", "2006-07", "2007-08", "Kersley, all pupils 2007-08"],
    ["KS2 level 4+ English (NI 99)", "44%", "46%", "49%", "79%"],
    ["KS2 level 4+ mathematics (NI 100)", "40%", "43%", "45%", "76%"],
    ["KS2 level 4+ English and mathematics", "35%", "37%", "41%", "71%"],
    ["KS4 5+ A*-C incl. English and maths (NI 101)", "8%", "9%", "11%", "44%"],
    ["KS4 1+ A*-G", "71%", "74%", "80%", "97%"],
    ["KS4 5+ A*-C, children with a statement", "*", "*", "*", "8%"],
], widths=[6.5, 2, 2, 2, 3.5])
P("Behind these figures is a simple fact: of the 47 young people in the Year 11 group who did not gain five good "
  "GCSEs including English and mathematics, 33 had special educational needs, and for 19 of them the PEP did not "
  "record any specific SEN target in the spring term. Too many of our young people with SEN reach Year 11 without "
  "anyone in school having planned clearly for what they need.")
H2("3.2 Attendance and exclusions")
p = P("Overall absence among children in care in Kersley schools fell from 9.8 per cent to 7.1 per cent. Twenty-"
      "two children missed more than 25 days of school, compared with 37 the year before.")
footnote(p, "Attendance figures cover children looked after for twelve months or more who attended Kersley schools; figures for children placed out of the city are supplied by the receiving authorities and are incomplete.")
P("Three children in care were permanently excluded and 61 received one or more fixed-term exclusions. Every "
  "permanent exclusion involved a child with a statement or at School Action Plus for behavioural, emotional and "
  "social difficulties. In each case the Virtual School has since reviewed the child's provision with the school, "
  "and two of the three children are now back in mainstream education.")

# ---------------------------------------------------------------- part 4
H1("Part 4  What the Virtual School did in 2007-08")
H2("4.1 Personal Education Plans")
P("Every child in care has a Personal Education Plan, drawn up by the designated teacher with the child, the "
  "carer and the social worker, and reviewed every six months. The Virtual School audits a sample of 30 PEPs each "
  "term and grades each one as good, adequate or inadequate. In the summer term 2008, 19 of the 30 were good "
  "(8 in the summer of 2007). The commonest weakness remains vague targets for children with SEN, such as \"to "
  "improve his reading\", with no measure, no date and no link to the child's statement or individual education plan.")
H2("4.2 Designated teachers")
P("Every Kersley school has a designated teacher for children in care. The Virtual School runs a termly network "
  "meeting and a one-day induction for teachers new to the role; 41 designated teachers attended the induction day "
  "this year. In 23 of our primary schools the designated teacher is also the SENCO.")
H2("4.3 Education Buddies")
P("Our 31 Education Buddies are volunteers, many of them retired teachers, who read with and mentor children in "
  "care at home or in their placement. Every Buddy has an enhanced CRB disclosure through the Council's Vetting "
  "Unit, two references and a half-day induction, and the check is renewed every three years. In 2007-08 the "
  "Buddies worked with 54 children; the reading ages of the 38 primary children supported for a full year rose by "
  "an average of fourteen months.")
H2("4.4 Hearing from children: Kersley Voice")
P("Kersley Voice, the Council's Children in Care Council, has 24 members aged 11 to 19. In March 2008 members "
  "interviewed every member of the Virtual School team and ran a survey of 112 children in care about their PEP "
  "meetings. As a result the Virtual School changed the PEP form so that the child's own views come first, and "
  "designated teachers are now asked to meet the child before the PEP meeting rather than during it.")
box("What our young people said", [
    "\"They talk about you like you're not in the room. Ask me first, then have the meeting.\" (Year 10)",
    "\"My SENCO was the only one who knew I can't read out loud in front of people. She just sorted it.\" (Year 8)",
    "\"Moving school three times means three new lots of people. Write it down so I don't have to explain it again.\" (Year 11)",
], fill="E2EFD9")
H2("4.5 Disability equality")
P("The Virtual School's actions under the Council's Disability Equality Scheme focus on the 46 disabled children "
  "in our care. In 2007-08 we made sure that every PEP meeting for a disabled child was held in an accessible "
  "place, arranged home-to-school transport for eleven children with physical disabilities, and funded "
  "communication aids for three children who use them at school and in their placement.")
H2("4.6 A case study")
box("Kyle, Year 6", [
    "Kyle came into care aged eight after a long period of neglect. He moved placement twice in Year 4 and arrived at "
    "his current primary school with no records and a reading age of five. The school's SENCO, who had been in post "
    "for a term, asked for an educational psychologist's assessment, set up a daily reading programme with a "
    "teaching assistant and held Kyle's PEP review with his foster carer, his social worker and Kyle himself.",
    "By the end of Year 6 Kyle reached level 3 in reading and level 4 in mathematics, and his attendance was 98 per "
    "cent. His SENCO told us that she had learned the job \"by asking everyone I could find\". Part 5 is about "
    "making sure the next new SENCO does not have to.",
])

# ---------------------------------------------------------------- part 5
H1("Part 5  The Kersley SENCO Award")
H2("5.1 Why the Virtual School and the School Improvement Service are doing this")
P("Since September 2008 every new SENCO in a maintained school must be a qualified teacher, and the Government "
  "has announced that teachers new to the role will be required to gain a nationally accredited qualification. "
  "The School Improvement Service and the Virtual School have each reached the same conclusion from different "
  "evidence: the quality of SEN coordination in a school makes more difference to our most vulnerable pupils "
  "than almost anything else we can influence.")
P("The School Improvement Service surveyed every Kersley school in June 2008. SENCOs and headteachers in 64 of "
  "the city's 97 schools replied. Thirty-eight SENCOs had been in post for less than three years, only nine held "
  "any qualification in SEN, and half said they spent less than two hours a week on coordination. Headteachers "
  "asked most often for help with using data to track pupils with SEN, with managing teaching assistants, and with "
  "the Code of Practice; SENCOs asked for the same things and added working with parents and understanding "
  "attachment difficulties. The Virtual School's PEP audits (Part 4.1) and the Year 11 analysis in Part 3 showed "
  "the same gaps from the other side. The Council's 2008 Annual Performance Assessment letter from Ofsted also "
  "asked us to narrow the gap in attainment for pupils with SEN.")
P("A Heads' Reference Group of six headteachers (two secondary, three primary and one special), chaired by "
  "Graham Tulloch, met three times between July and October 2008 to shape the design. It asked for three "
  "things: that the number of days out of school be kept to ten and spread over different days of the week; that "
  "school-based tasks use each school's own data rather than invented exercises; and that the course deal "
  "directly with the deployment of teaching assistants. All three are now part of the design (Parts 5.6 and "
  "5.7). SENCOs at the Kersley SENCO Forum in September 2008 asked for a whole day on attachment and "
  "development, which is now Study Day 7.")
P("The Council's own SENCO Foundation Course, five non-accredited days run by the SEN advisory team from 2004, ran "
  "for the last time in the summer of 2008. It gave new SENCOs a useful start, but its 2008 evaluation showed "
  "that participants wanted credit for their work and more time in their own schools. The Foundation Course had "
  "a mentor training morning each autumn and a portfolio moderated by the SEN advisory team; neither continues, "
  "because the course has closed.")

H2("5.2 The award at a glance")
table([
    ["Title", "Postgraduate Certificate in Special Educational Needs Coordination (the Kersley SENCO Award)"],
    ["Awarding body", "University of Pendleford, Faculty of Education and Social Inclusion. Validated at a University "
                      "validation event on 12 November 2008 for five years."],
    ["Credit", "60 credits at masters level (Level 7): two modules of 30 credits"],
    ["Modules", "EDU7041 Leading SEN Provision; EDU7042 Enquiring into Practice"],
    ["Intakes", "Cohort 1: 24 February 2009 (20 places). Cohort 2: 22 September 2009 (24 places)."],
    ["Length", "About twelve months, part time"],
    ["Study days", "Ten, at the Kersley Professional Development Centre, Garside Street, and Eastfield City Learning Centre"],
    ["Fee", "Paid by the Council for Kersley maintained schools; \u00a31,650 for other schools"],
    ["Programme leaders", "Sue Pryor (School Improvement Service) and Dr Helen Marchbank (Virtual School)"],
    ["University link tutor", "Dr Anil Mistry, Senior Lecturer in Inclusive Education"],
], widths=[3.8, 12.7], header=False)

H2("5.3 What the award is for")
P("The award has one aim above the others: that pupils with special educational needs and disabilities in "
  "Kersley schools, children in care among them, make better progress in their learning and in their well-being. "
  "We mean progress against all five Every Child Matters outcomes, not test results alone: a child who is safe, "
  "healthy and able to enjoy school is a child who can learn.")
P("The award's objectives, agreed with the University, are that each SENCO who completes it will know the law "
  "and guidance that govern SEN provision; understand how children develop and how needs and disabilities affect "
  "learning; use assessment and data to identify, plan for and track pupils with SEN; lead colleagues and manage "
  "teaching assistants; and work with parents, carers and other professionals. Every assessed task asks the "
  "participant to show what difference their work has made for named pupils, and Task 3 requires a measure of "
  "attainment and a measure of at least one other Every Child Matters outcome for each pupil in the enquiry.")

H2("5.4 Who can join")
P("Applicants must hold Qualified Teacher Status and be the SENCO of a school, or have been designated by their "
  "headteacher to take up the role within the next twelve months. The headteacher signs a nomination form "
  "agreeing to release the teacher for the ten study days, to name a mentor in school (normally the headteacher "
  "or a deputy) and to give the participant access to the school's pupil data.")
P("Each applicant then has a thirty-minute conversation with a programme tutor about their experience and their "
  "school. If the conversation shows that a teacher is not yet ready to benefit, for example a teacher in the "
  "first two years of teaching with no experience of planning for pupils with SEN, the tutor tells the teacher "
  "and the headteacher what to do first (usually a term attending the SENCO Forum and shadowing an experienced "
  "SENCO) and offers a place on a later cohort. Three applicants for Cohort 1 have been advised in this way.")
P("Every participant is a serving teacher employed in a Kersley school or a school nearby, and so has been "
  "checked by their employer; we do not repeat CRB checks for the award.")
P("The University's general regulations on accreditation of prior learning apply to the Certificate. Holders of "
  "the Council's SENCO Foundation Certificate will not receive credit for it, because that course was not "
  "assessed at masters level; they are very welcome to join the award.")

H2("5.5 Starting Point Review and Personal Development Plan")
P("Before the first study day each participant completes the Starting Point Review. It sets out each of the "
  "national outcomes for SENCOs as three short \"Can I ...?\" statements; the participant rates each statement "
  "and notes the evidence behind the rating, and the headteacher adds a short comment.")
P("Within three weeks of the first study day the participant's tutor visits the school and meets the participant "
  "and the mentor. Together they agree a Personal Development Plan. We deliberately borrowed the shape of the "
  "Personal Education Plan that every child in care has: for each outcome the PDP records where the participant "
  "is now, what they will do, which study days and tasks matter most to them, and the evidence they will collect. "
  "Outcomes the participant already meets securely are marked \"secure\" and need only be confirmed in the tasks; "
  "the rest form the participant's personal outcomes for the year. The PDP is reviewed at a mid-point tutorial in "
  "month six and at the final tutorial.")
P("The final tutorial, held after Study Day 10 with the mentor present, closes the PDP. Each participant draws up a "
  "Next Steps plan of two or three professional targets for the following year, and the mentor agrees to take the "
  "plan into the participant's performance management review.")
P("All participants attend all ten study days and complete the same four tasks; the PDP changes what each "
  "participant focuses on within them, not what they attend.")

H2("5.6 Study days")
P("Each study day runs twice in the same week, on a Tuesday at the Professional Development Centre and on a "
  "Thursday at Eastfield City Learning Centre, so that participants can choose the day that suits their school's "
  "timetable. A participant who misses a study day attends it with the next cohort. Participants who join in "
  "September take Module EDU7042 first and Module EDU7041 second; the University has agreed that the modules can "
  "be taken in either order.")
table([
    ["Day", "Module", "Title", "Led by"],
    ["1", "7041", "The SENCO's role: the law, the SEN Code of Practice (2001) and the 2008 SENCO Regulations", "Sue Pryor; Dr Anil Mistry"],
    ["2", "7041", "Every Child Matters and the SENCO; the Disability Discrimination Act and the disability equality duty", "Sue Pryor; Council equalities officer"],
    ["3", "7041", "Assessment and tracking: data, provision mapping and assessment for learning", "School Improvement Service data team and consultants"],
    ["4", "7041", "Leading and managing: teaching assistants, time and delegation", "Sue Pryor; a Kersley headteacher"],
    ["5", "7041", "School self-evaluation and reviewing provision", "School Improvement Service"],
    ["6", "7042", "Understanding needs I: speech, language and communication needs and autistic spectrum disorders", "Speech and Language Therapy Service; Autism Outreach Team"],
    ["7", "7042", "Attachment, trauma and development: what every SENCO needs to know about children in care", "Dr Helen Marchbank; Dr Patrick Hollis (EP)"],
    ["8", "7042", "Working with parents, carers and corporate parents", "Kersley Parent Partnership Service; Virtual School"],
    ["9", "7042", "Understanding needs II: behavioural, emotional and social difficulties, dyslexia and moderate learning difficulties. Hearing the child's voice", "Behaviour Support Service; Ruth Kelleway; members of Kersley Voice"],
    ["10", "7042", "Presenting enquiries; next steps", "All tutors; mentors invited"],
], widths=[1, 1.5, 9, 5])
P("Between study days participants carry out directed tasks in their own schools, using their own pupils, data and "
  "policies. Each task is set at the end of a study day and feeds one of the four assessed tasks, so that every "
  "study day leads to something the participant does in school.")
P("The University tutor reviews each study day's reading list in the term before it runs. The lists draw on "
  "recent inspection and research evidence, including Ofsted's Inclusion: does it matter where pupils are "
  "taught? (2006), Ofsted's 2008 survey of the education of looked after children, the Bercow Review of services "
  "for children and young people with speech, language and communication needs (2008), and the Inclusion "
  "Development Programme materials on dyslexia and on speech, language and communication needs (2008).")
P("Study Day 9 ends with a session, Hearing the child's voice, led by two members of Kersley Voice, who talk about "
  "what it is like to be the subject of a review meeting.")

H2("5.7 How participants are assessed")
P("There are four assessed tasks, two in each module. All are marked by a programme tutor against the University's "
  "Level 7 assessment criteria and against the national outcomes each task is designed to assess (Appendix C).")
lead("Task 1: The Code in practice (Module EDU7041). ",
     "A critical review, of about 3,500 words, of how well the participant's school meets the SEN Code of "
     "Practice, the disability equality duty and the Every Child Matters outcomes for its pupils with SEN, ending "
     "with an action plan for the participant's own work over the next term, agreed with the headteacher.")
lead("Task 2: Mapping provision (Module EDU7041). ",
     "A provision map for a year group or key stage, showing how teaching assistants are deployed, with a "
     "commentary of about 1,500 words that identifies ineffective or missing provision, sets out how the "
     "participant reviewed it with colleagues, and explains how the findings will feed the school's self-evaluation.")
lead("Task 3: Enquiry (Module EDU7042). ",
     "A practice-based enquiry of about 5,000 words into an intervention for a small group of pupils, at least one "
     "of them, where possible, a child in care or a pupil at School Action Plus. The participant takes baseline "
     "measures of attainment and of one well-being measure before the intervention and again at least ten weeks "
     "later, draws on the assessment of at least one outside professional, and involves the pupils' parents or "
     "carers in planning and reviewing the intervention. Participants may include an analysis of the pupils' "
     "national test or teacher assessment data if they wish; this section is optional.")
lead("Task 4: Leading others (Module EDU7042). ",
     "A portfolio showing the participant leading colleagues, including a staff training session observed by "
     "the mentor and a record of coaching a teaching assistant or teacher, followed by a thirty-minute "
     "professional discussion with two tutors.")
P("Throughout the award participants keep a Reflective Log, which they bring to tutorials. The Log is not marked.")
P("All four tasks are first marked by the participant's tutor. A second tutor marks a sample of a quarter of the "
  "scripts for each task, together with every script proposed for a fail or a distinction; professional "
  "discussions are conducted by two tutors and recorded. Marks are agreed at a moderation meeting of all "
  "tutors and confirmed by the University's Module Assessment Board. The University has appointed an external "
  "examiner, Dr Frances Oduya of the University of Marlhaven, who sees a sample of every task and attends the "
  "Board each summer.")
P("Participants who pass all four tasks are awarded the Certificate. The four tasks between them cover all the "
  "national outcomes (Appendix C), so a participant who passes them has met every outcome.")

H2("5.8 Support between study days")
P("Course materials, readings and presentations are posted on the University's Blackboard site for each module, "
  "and the site has a discussion board for participants. Tutors do not monitor the discussion board; questions "
  "should go to the participant's own tutor by email, and tutors aim to reply within three working days. Each "
  "participant has a tutor visit in school once a term, in addition to the first visit described in Part 5.5.")

H2("5.9 Who teaches the award")
table([
    ["Name", "Role in the award", "Background"],
    ["Sue Pryor", "Programme leader; tutor", "Senior Adviser (SEN), School Improvement Service. SENCO in two Kersley "
                                             "secondary schools for eleven years. MA in Special and Inclusive Education."],
    ["Dr Helen Marchbank", "Programme leader; tutor", "Virtual School Headteacher. Formerly head of a special school "
                                                      "for pupils with BESD. EdD (Inclusive Education)."],
    ["Dr Anil Mistry", "University link tutor; module leader for both modules", "Senior Lecturer in Inclusive Education, "
                                                                               "University of Pendleford. Research on "
                                                                               "provision mapping; external examiner for two other universities."],
    ["Ruth Kelleway", "Tutor", "Teacher adviser (SEN), Virtual School. SENCO in a Kersley primary school for eight years. "
                               "Accredited dyslexia specialist (AMBDA)."],
    ["Dr Patrick Hollis", "Contributor, Study Day 7", "Senior Educational Psychologist with lead responsibility for children in care."],
    ["Jon Abiola", "Contributor, Study Day 3", "Data and assessment consultant, School Improvement Service."],
], widths=[3, 4, 9.5])
P("All tutors have taught or led SEN provision in schools within the last five years. They keep up to date through "
  "the University's research seminars, which they attend each term, and through the Council's network of SEN "
  "consultants.")
P("Participants also have access to the Council's specialist services through the study days and directed tasks: "
  "educational psychologists, the Speech and Language Therapy Service, the CAMHS team for children in care, the "
  "Autism Outreach Team, the Sensory Support Service and the Parent Partnership Service all contribute. There are "
  "no placements or visits to other schools in the award: everything participants do is done in their own school.")
P("Participants are registered as students of the University and have full use of its library and electronic "
  "journals. The Council's SEN Resource Library at the Professional Development Centre lends assessment materials, "
  "intervention programmes and assistive technology (including text-to-speech and word-prediction software and "
  "portable keyboards) for participants to try in school, and the School Improvement Service provides each "
  "participant's school with a licence for its provision-mapping software.")
P("Tutors meet as a team before each module to plan the study days and agree how the tasks will be marked, and each "
  "tutor has the Tutor Notes for the award. Each participant's mentor receives the Programme Handbook and a letter "
  "setting out what the school has agreed to do.")

H2("5.10 Checking quality and impact")
P("Participants complete an evaluation at the end of every study day. Tutors read them at the next team meeting "
  "and tell participants at the following study day what has changed as a result. At the end of each module "
  "participants complete the University's module questionnaire, and the module leader's report goes to the "
  "Faculty's Programme Committee with the external examiner's report. The University's annual programme "
  "monitoring covers the award from 2009-10.")
P("A Steering Group of the Virtual School Headteacher, the Head of School Improvement and the University's "
  "Head of Continuing Professional Development meets each term. It receives the study-day evaluations, the module "
  "reports, the external examiner's report and the participants' results, and agrees the changes to be made for the "
  "next cohort. Its decisions are reported to the Corporate Parenting Board and to the Schools Forum each year.")
P("To measure what the award changes, participants rate their confidence against each outcome on the Starting "
  "Point Review and again at the final tutorial, and tutors record each participant's competence against the "
  "outcomes from the four tasks. The baseline and follow-up measures from every Task 3 enquiry are collected into "
  "a summary for the whole cohort, so that the Steering Group can see how the pupils in the enquiries progressed in "
  "attainment and well-being. The Virtual School will also compare the termly progress of children in care in "
  "participants' schools with that of children in care in other schools.")
P("The Parent Partnership Service, Kersley Voice, the Speech and Language Therapy Service and serving headteachers "
  "all help to deliver the award. We would like Kersley Voice and the Heads' Reference Group to have a part in "
  "evaluating the award once the first cohort has finished.")

# ---------------------------------------------------------------- part 6
H1("Part 6  Priorities for 2009-10")
table([
    ["Priority", "What we will do", "Lead", "By"],
    ["1. Key Stage 4", "Every Year 11 child in care with SEN to have a named target in English and mathematics in "
                       "the autumn PEP, checked at the Virtual School's December audit.", "Virtual School deputy", "Dec 2009"],
    ["2. PEP quality", "Raise the proportion of PEPs graded good to 80 per cent.", "Virtual School Headteacher", "Jul 2010"],
    ["3. SENCO Award: cohorts 1 and 2", "Complete Cohort 1; recruit 24 for Cohort 2.", "Sue Pryor", "Sep 2009"],
    ["4. SENCO Award: assessment-only route", "Explore with the University whether very experienced SENCOs, for example "
                                             "from our special schools or support services, could be assessed against "
                                             "the outcomes without taking the full programme.", "Sue Pryor", "Jul 2010"],
    ["5. SENCO Award: access", "Write an access statement for the award, setting out how disabled participants can tell "
                               "us what they need and what adjustments we will make.", "Equalities officer", "Sep 2009"],
    ["6. SENCO Award: evaluation", "Invite Kersley Voice and the Heads' Reference Group to help evaluate the first cohort.", "Dr Helen Marchbank", "Jan 2010"],
    ["7. Education Buddies", "Recruit twenty more Buddies, with priority for children placed out of the city.", "Outreach teacher", "Jul 2010"],
], widths=[3.5, 8.5, 3, 1.8])

# ---------------------------------------------------------------- part 7
H1("Part 7  Resources")
P("The Virtual School's budget for 2008-09 is \u00a3612,000, of which \u00a3438,000 is staffing. The award is "
  "funded separately: the School Improvement Service meets the cost of tutors' time and venues from its "
  "Standards Fund allocation for SEN, and the Virtual School contributes Dr Marchbank's and Ms Kelleway's time. "
  "The University's fee of \u00a3540 per participant is met by the Council for Kersley maintained schools.")

# ---------------------------------------------------------------- part 8
H1("Part 8  Recommendations")
P("The Board is asked to:")
doc.add_paragraph("note the educational outcomes of children in care in 2007-08 set out in Part 3;", style="List Number")
doc.add_paragraph("endorse the joint application by the Virtual School and the School Improvement Service for "
                  "approval to run the national SENCO award;", style="List Number")
doc.add_paragraph("agree the priorities for 2009-10 in Part 6; and", style="List Number")
doc.add_paragraph("receive a report on the first cohort of the award in December 2009.", style="List Number")
P("Minute of the Board, 4 December 2008: recommendations 1 to 4 agreed.", italic=True)

# ---------------------------------------------------------------- appendices
H1("Appendix A  The Virtual School team")
table([
    ["Post", "Holder", "FTE"],
    ["Virtual School Headteacher", "Dr Helen Marchbank", "1.0"],
    ["Deputy Headteacher", "Colin Ashworth", "1.0"],
    ["Teacher adviser (SEN)", "Ruth Kelleway", "0.8"],
    ["Outreach teachers (out-of-city placements)", "Two posts", "2.0"],
    ["Education Buddies coordinator", "Pat Morrell", "0.5"],
    ["Data officer", "Amrit Sandhu", "1.0"],
], widths=[8, 5, 2])

H1("Appendix B  Notes on the data")
P("The figures in Parts 2 and 3 are for Kersley's own children in care, wherever they live and go to school. "
  "Attainment figures use the national definition of children looked after continuously for twelve months. "
  "Small numbers are suppressed as explained in the footnotes.")

H1("Appendix C  The national outcomes in the Kersley SENCO Award")
P("The table shows, for each of the national outcomes for SENCOs, the study days where it is developed and the "
  "task in which it is assessed. The outcomes are in our own shortened words.")
rows = [["Outcome", "Developed on study days", "Assessed in"]]
rows += [
    ["Professional attributes", "", ""],
    ["Fair, respectful relationships with pupils with SEN and with their parents and carers", "8, 9", "Task 3 (work with parents or carers and the pupils)"],
    ["Winning the commitment of colleagues, including the headteacher", "4", "Task 1 (action plan agreed with the head); Task 4"],
    ["Prioritising, managing time and delegating", "4", "Reflective Log (not marked)"],
    ["Anticipating and solving problems; sound judgements about provision", "3, 5", "Task 2 commentary; Task 4 professional discussion"],
    ["Clear speaking and writing; listening to others' views", "All", "All four tasks; Task 4 professional discussion"],
    ["Using research and outside advice to improve practice", "6, 9, 10", "Task 3 (review of research)"],
    ["Keeping up to date; taking charge of one's own CPD", "10", "Next Steps plan, discussed at the final tutorial (not marked)"],
    ["Knowledge and understanding", "", ""],
    ["SEN law and guidance, including the Code of Practice", "1", "Task 1"],
    ["Every Child Matters and the SENCO's part in it", "2", "Task 1; Task 3 (well-being measure)"],
    ["Disability equality law and what it requires", "2", "Task 1"],
    ["How children develop, and what affects development", "7", "Task 3"],
    ["Common types of SEN and disability and their effect on learning", "6, 9", "Task 3 (account of the pupils' needs)"],
    ["Approaches, strategies and resources, including ICT", "3, 6, 9", "Task 3"],
    ["School self-evaluation and improvement", "5", "Task 2 commentary"],
    ["Best practice and research in meeting SEN", "9, 10", "Task 3 (review of research)"],
    ["External agencies, including voluntary organisations, and getting specialist support", "7, 8", "Task 3 (use of an outside professional)"],
    ["Skills", "", ""],
    ["Identifying pupils with SEN, setting targets, planning interventions, reviewing progress", "3", "Task 3"],
    ["Using other professionals' assessments", "6, 7", "Task 3"],
    ["Using summative assessment and national tests to track progress", "3", "Task 3 (optional section)"],
    ["Helping other teachers develop formative assessment", "3", "-"],
    ["Provision mapping; finding ineffective or missing provision", "3", "Task 2"],
    ["Deploying and managing staff", "4", "Task 2 (deployment of teaching assistants)"],
    ["Supporting colleagues' professional development", "4", "Task 4 (training session; coaching record)"],
    ["Reviewing the effectiveness of provision with colleagues, for school self-evaluation", "5", "Task 2 commentary"],
    ["Involving pupils in planning and reviewing their provision", "9 (Hearing the child's voice)", "Not separately assessed"],
    ["Working with parents and carers", "8", "Task 3"],
    ["Working with other services and agencies, including voluntary organisations", "7, 8", "Task 3"],
]
t = table(rows, widths=[8.5, 3.5, 4.5])
for i, row in enumerate(rows):
    if row[1] == "" and i > 0:
        t.cell(i, 0).merge(t.cell(i, 2))
        shade(t.cell(i, 0), "F2F2F2")
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
P("Note: because every outcome appears in the table, a participant who passes all four tasks has shown all the "
  "national outcomes.", italic=True)

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
