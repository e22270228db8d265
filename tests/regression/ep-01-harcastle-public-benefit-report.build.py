"""Build ep-01-harcastle-public-benefit-report.docx

Provider (invented)
-------------------
HAIS Professional Development, the professional development arm of the
Harcastle Association of Independent Schools (74 fee-paying member schools,
a registered charity), with the University of Brenmouth validating.  The
Award ("the HAIS-Brenmouth SENCO Award", PG Certificate, 60 credits at
Level 7) is open to SENCOs in member schools and in maintained schools of
Ellingshire County Council and Harcastle City Council.  Submitted January
2009.

Kind of document and layout
---------------------------
The Association's annual "Partnership and Public Benefit Report 2007-08",
written for member schools' governors and bursars (so that they can report
public benefit under the Charities Act 2006), sent whole to the TDA with a
shaded one-cell "note for the approval panel" on the first page.  Title
block, a typed contents list, a Chair's foreword full of values, Part One
(the Association and public benefit), Part Two (partnership in numbers: a
table of member schools' activities with maintained schools and pupils),
Part Three (the Award, under plain-word Heading 2 titles, never criterion
numbers, with an "at a glance" fact table), Part Four (looking ahead:
bulleted hopes), Appendix A (membership of the Award Development Group),
Appendix B (the ten Study Days), Appendix C (a three-column outcome table
with merged group rows and numbered notes).  Two VML text boxes hold
quotations.  Header and footer (running title, charity number, PAGE field).
Third-person institutional voice ("the Association", "member schools",
"HPD"), with "we" in the foreword and the panel note.

Traps (requirement ids)
-----------------------
* Part Two is declared "context only" by the panel note, and holds the right
  words about the wrong thing: Summer Science Placements are pupils'
  placements, not participants' (5.5 stays partial: participants are only
  "encouraged" to visit a school in the other sector); enhanced CRB
  disclosures are for sixth-form volunteer reading mentors, and HPD's own
  tutors are checked, but the participants' checks are explicitly left to
  their employing schools and not verified (5.3 not met).
* Part One/Two say member schools meet their DDA duties to their pupils
  (wrong context); the Award's own disability arrangements are concrete in
  "Fair access" (3.1 met, notes_on_met).
* The old HAIS Certificate in Learning Support (2001-2007) is a past,
  closed course that "carried no university credit and cannot be counted";
  prior certificated study can be credited but credit for experience
  "is not offered" (2.1 partial).
* Assessment-only route only hoped for in Part Four (2.3 not met).
* A January start was considered but not offered; the only flexibility is a
  Thursday or Saturday run of each Study Day (3.2 partial).
* Evaluation by stakeholders is only hoped for ("will, we hope"), though
  they teach and host (4.3 partial).
* Impact on participants' practice and pupils' progress: "We have not yet
  settled how we will judge" (5.9 not met).  Day evaluation sheets are about
  the day (5.1 met).
* Practice Mentors only receive notes; the planned briefings "will not be
  possible" in the first year (5.7 partial).
* Study Day 2 speaks only of "current research" in general (1.3 partial).
* Pupil voice is half a Study Day and is not assessed (1.5 partial, 6.S7).
* 2.5: completers are only told about the University's MA (partial).
* Blanket claim: "Together, the three Assignments and the Record cover
  every one of the national minimum outcomes" while Appendix C shows gaps
  (6.0 partial, 1.9 partial).
* Appendix C: child development has no row (6.K4 not met); national tests
  explicitly "not covered in 2009-10" in note 3 (6.S2b not met); outcomes
  assessed only in the unmarked Learning Journal or a formative Learning
  Set presentation, or marked "-" for assessment (6.A3, 6.A7, 6.K9, 6.S4,
  6.S7 partial).
* Header and footer carry nothing that counts.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
    doc.styles[s].font.name = "Georgia"
    doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def runs(p, text):
    """Add text to paragraph p; **...** marks bold."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if part:
            r = p.add_run(part)
            r.bold = bool(i % 2)
    return p


def para(text, style=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style)
    runs(p, text)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def bullets(items):
    for it in items:
        para(it, style="List Bullet")


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def table(rows, widths=None, header=True, fill="D9E2F3", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            runs(p, val)
            for r in p.runs:
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
            if header and i == 0:
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


import itertools
_tb = itertools.count(1)


def textbox(lines, height_pt=120, fill="F2F2F2"):
    """A floating VML text box anchored in its own paragraph, square wrap."""
    p = doc.add_paragraph()
    inner = "".join(
        f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr>'
        f'{"<w:i/>" if k < len(lines) - 1 else "<w:b/>"}<w:sz w:val="19"/></w:rPr>'
        f'<w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
        for k, ln in enumerate(lines))
    n = next(_tb)
    shapetype = ('<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                 'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
                 '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>') if n == 1 else ""
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office" '
        f'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        f'<w:pict>{shapetype}'
        f'<v:shape id="tb{n}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:250pt;margin-top:4pt;width:200pt;height:{height_pt}pt;'
        f'z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
        f'fillcolor="#{fill}" strokecolor="#1F3A5F">'
        f'<v:textbox inset="6pt,6pt,6pt,6pt"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        f'<w10:wrap type="square"/></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


def field(paragraph, instr):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = paragraph.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = paragraph.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


# ---------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Sharing What We Know  |  Partnership and Public Benefit Report 2007-08"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
for r in hp.runs:
    r.font.size = Pt(8)
    r.italic = True
fp = sec.footer.paragraphs[0]
fp.text = ("Harcastle Association of Independent Schools \u00b7 Registered charity no. 1043817 \u00b7 "
           "Tennant House, 14 Minster Row, Harcastle HC1 4DW \u00b7 page ")
field(fp, "PAGE")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for r in fp.runs:
    r.font.size = Pt(7.5)

# ------------------------------------------------------------------ cover
para("HARCASTLE ASSOCIATION OF INDEPENDENT SCHOOLS", align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].bold = True
doc.add_paragraph("Sharing What We Know", style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
p = para("Partnership and Public Benefit Report 2007-08", align=WD_ALIGN_PARAGRAPH.CENTER)
p.runs[0].font.size = Pt(15)
para("The work of our member schools and of HAIS Professional Development with maintained schools, "
     "local authorities and the wider community, September 2007 to August 2008",
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("Published December 2008", align=WD_ALIGN_PARAGRAPH.CENTER).runs[0].italic = True

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "FFF2CC")
c.text = ""
runs(c.paragraphs[0], "**For the TDA approval panel: a note from HAIS Professional Development**")
for txt in (
    "This is our Association's annual report on the partnership work of its member schools, as it was "
    "sent to the governors and bursars of member schools in December 2008. We are submitting it, with "
    "this note, as our application for approval to offer the National Award for SENCOs from September "
    "2009, because it is the document in which the Association explains to its own members why the "
    "Award matters and how it will work.",
    "Part Three describes the Award in full, and Appendix C shows, outcome by outcome, where each of "
    "the national minimum outcomes is developed and how it is assessed. Both were written with the "
    "panel in mind. Parts One, Two and Four are about the wider partnership work of member schools "
    "and are included for context only: none of the activities they describe forms part of the Award.",
    "Helen Carrow, Director of Professional Development, 12 January 2009",
):
    pp = c.add_paragraph()
    runs(pp, txt)
    for r in pp.runs:
        r.font.size = Pt(9.5)
doc.add_paragraph()

para("**Contents**")
for line in ("Foreword from the Chair of Council",
             "Part One  The Association and public benefit",
             "Part Two  Partnership in numbers, 2007-08",
             "Part Three  The National Award for SENCOs: our largest partnership with maintained schools",
             "Part Four  Looking ahead to 2009-10",
             "Appendix A  The Award Development Group",
             "Appendix B  The ten Study Days",
             "Appendix C  The national outcomes: where they are developed and how they are assessed"):
    para(line, space_after=0)
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# --------------------------------------------------------------- foreword
h1("Foreword from the Chair of Council")
para("Independent schools have always been part of their communities. Many of our member schools were "
     "founded to educate children who would otherwise have had no schooling at all, and the best of "
     "them have never forgotten it. The Charities Act 2006, and the Charity Commission's guidance "
     "Charities and Public Benefit (January 2008), ask every charitable school to show how it benefits "
     "the public and not only the families who pay its fees. We welcome that question. It is one our "
     "members should be able to answer with pride, and with evidence.")
para("This report gathers the evidence for one year. It shows member schools opening their laboratories, "
     "theatres and playing fields to neighbouring schools, teaching minority subjects to students from "
     "other schools, and giving more in means-tested bursaries than at any time in the Association's "
     "history. It also describes the most ambitious thing the Association has yet attempted: a "
     "university-accredited award for special educational needs coordinators, planned from the start "
     "with maintained schools and the two local authorities, and open to SENCOs in both sectors on the "
     "same terms.")
para("We believe that every child, whatever school they attend, deserves a teacher who understands how "
     "they learn. We believe that the two sectors have a great deal to teach each other, and that "
     "partnership works best when it is a two-way street. Those beliefs are easy to write down. The "
     "pages that follow are an account of what our members have actually done about them.")
para("Dr Rosalind Tey, Chair of Council, December 2008").runs[0].italic = True

# ---------------------------------------------------------------- Part One
h1("Part One  The Association and public benefit")
para("The Harcastle Association of Independent Schools was formed in 1952 and now has 74 member schools "
     "in Harcastle, Ellingshire and the neighbouring counties: 31 preparatory schools, 29 senior schools "
     "and 14 all-through schools, educating some 23,400 pupils between them. Most are day schools; nine "
     "take boarders. Member schools are inspected by the Independent Schools Inspectorate or by Ofsted "
     "and must meet the Independent School Standards. The Association is itself a registered charity, "
     "governed by a Council of eighteen heads, governors and bursars.")
para("HAIS Professional Development (HPD) is the Association's training arm. It was set up in 1996, "
     "works from Tennant House in Harcastle, and in 2007-08 ran 143 courses and conferences for 2,960 "
     "delegates. Since 2004 places on HPD courses have been open to staff from maintained schools at "
     "cost, and since September 2007 at no charge where a place would otherwise go unfilled. Between "
     "2001 and 2007 HPD also ran its own Certificate in Learning Support, a twelve-day course taken by "
     "164 teachers in seven cohorts. The Certificate closed in July 2007, when it became clear that a "
     "national qualification for SENCOs was on its way.")
para("Council has agreed three tests for the partnership work reported here. It should meet a need that "
     "partners themselves have identified; it should be sustained rather than a one-off gesture; and "
     "member schools should be able to say what difference it has made. Not every activity in Part Two "
     "passes all three tests yet, and we say so where it does not.")
para("All member schools publish accessibility plans and meet their duties under the Disability "
     "Discrimination Act 1995 to their own pupils. In 2007-08 eleven member schools carried out building "
     "work to improve access, and the Association's Bursary Fund has a ring-fenced element for pupils "
     "whose disabilities bring additional costs.")

# ---------------------------------------------------------------- Part Two
h1("Part Two  Partnership in numbers, 2007-08")
para("Table 1 sets out the main partnership activities reported by member schools in the annual "
     "membership return. The figures are for the school year ending 31 August 2008; 71 of the 74 member "
     "schools made a return.")
para("**Table 1  Partnership activities reported by member schools, 2007-08**")
table([
    ["Activity", "Member schools", "Partners", "People involved"],
    ["Shared teaching of minority A-level subjects (Latin, Further Mathematics, Russian)", "9",
     "6 maintained secondary schools", "84 students"],
    ["Saturday Discovery Mornings for pupils in Years 5 and 6", "14", "41 maintained primary schools",
     "610 pupils"],
    ["Summer Science Placements for pupils in Years 10 to 12", "7", "12 maintained secondary schools",
     "38 pupils"],
    ["Sixth-form volunteer reading mentors in primary schools", "11", "19 maintained primary schools",
     "126 volunteers"],
    ["Shared use of sports, music and drama facilities", "32", "64 schools, clubs and societies", "not counted"],
    ["HPD course places taken by maintained-school staff", "n/a", "97 maintained schools", "412 places"],
    ["Means-tested bursaries (50 per cent or more of fees)", "52", "n/a", "913 pupils"],
], widths=[6.5, 2.2, 4.3, 2.8])
para("**Summer Science Placements.** Seven senior schools offered week-long placements in their science "
     "departments during the summer holiday to pupils nominated by their maintained schools, mostly "
     "pupils who would be the first in their family to consider a science degree. Each placement is "
     "supervised by a named member of the host school's science staff, follows an agreed programme and "
     "ends with a short presentation to parents. Thirty-three of the 38 pupils completed the "
     "evaluation, and 29 said that the week had made them more likely to take a science subject at "
     "A-level.")
para("**Volunteer reading mentors.** Sixth-formers from eleven member schools spent an hour a week "
     "hearing readers in neighbouring primary schools. Every volunteer is over sixteen and holds an "
     "enhanced CRB disclosure obtained through their own school before they begin, and member schools "
     "keep a register of these checks, which the host primary sees. The primary schools tell us that "
     "the mentors are most valuable with pupils who have fallen behind and have lost confidence.")
para("**HPD courses.** Maintained-school staff took 412 places on HPD courses, most often on courses in "
     "early reading, behaviour and learning support. The most popular single course was the two-day "
     "\"Dyslexia: Practical Strategies for the Classroom\", which maintained-school teachers and teaching "
     "assistants took 47 times. These courses are short and unaccredited.")
textbox([
    "\u201cThe Saturday Discovery Mornings have given some of our children their first taste of a "
    "laboratory. But what our staff value most is the chance to sit alongside colleagues from the "
    "independent schools on HPD courses and find that they are wrestling with exactly the same questions.\u201d",
    "Lorna Beech, Headteacher, Wickham Road Primary School, Harcastle",
], height_pt=135)
para("**Bursaries.** Member schools awarded means-tested bursaries worth 50 per cent or more of fees to "
     "913 pupils, 3.9 per cent of all pupils in member schools. 212 of these pupils pay no fees at all.")
para("**What the figures do not show.** The return counts activities, not their effect. In 2008-09 "
     "Council has asked member schools to say, for each partnership, what they expected it to achieve "
     "and whether it did. We expect the first answers in next year's report.")

# --------------------------------------------------------------- Part Three
h1("Part Three  The National Award for SENCOs: our largest partnership with maintained schools")
h2("Why the Association is doing this")
para("The regulations that require new SENCOs in maintained schools to hold the National Award do not "
     "apply to independent schools. Council nevertheless decided in March 2008 that HPD should seek "
     "approval to offer the Award, for three reasons. Member schools teach a growing number of pupils "
     "with special educational needs, including 418 with statements, most of them placed and funded by "
     "their local authority; their SENCOs deserve the same standard of training as their maintained "
     "colleagues. Heads in both sectors told us (see below) that they wanted a course close to home. "
     "And a shared Award is the best chance the two sectors have of building a common professional "
     "community among the people who lead provision for pupils with SEN and disabilities in Harcastle "
     "and Ellingshire.")
para("The aim of the Award is to improve the achievement and well-being of children and young people "
     "with SEN and/or disabilities in the participants' schools, in all five of the Every Child Matters "
     "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being. Its objectives are that participants will understand the law, "
     "guidance and research that shape provision; know their pupils' needs well and plan, deliver and "
     "review provision that meets them; and lead colleagues, and work with parents, pupils and other "
     "services, so that provision across their school improves. The same aim is written into the "
     "marking criteria: Assignment B, for example, is judged partly on how well the participant's plan "
     "will improve the pupil's progress and well-being across the five outcomes, not only their "
     "attainment.")

h2("Finding out what schools need")
para("In April and May 2008 HPD asked every member school, and, through the two local authorities, "
     "every maintained school in Ellingshire and Harcastle, what a SENCO award ought to do. 61 of the 74 "
     "member schools and 88 maintained schools replied, and two focus groups were held with 23 serving "
     "SENCOs, one at Ashby Grange School and one at the Ellingshire Teachers' Centre. The authorities' "
     "SEN teams also gave us their own analysis of the casework that most often goes wrong in schools.")
para("**Table 2  What schools asked for most often (share of responding schools)**")
table([
    ["Need identified", "Member schools (61)", "Maintained schools (88)"],
    ["Understanding autism and speech, language and communication needs", "72%", "81%"],
    ["Provision mapping and managing teaching assistants", "44%", "77%"],
    ["Working with parents, especially where there is disagreement", "69%", "58%"],
    ["The law on SEN and disability, and what it means for my school", "80%", "49%"],
    ["Training that does not take SENCOs out of school on weekdays", "38%", "62%"],
    ["Influencing senior leaders and governors", "57%", "64%"],
], widths=[8.5, 3.2, 3.5])
para("These findings shaped the Award directly. A whole Study Day is given to communication and "
     "interaction needs and another to provision mapping and the deployment of support staff; the law "
     "day includes a session on how the law applies to pupils in independent schools, which member "
     "schools asked for; the day on families is taught jointly with the Ellingshire Parent Partnership "
     "Service; and every Study Day is run twice, once on a Thursday and once on a Saturday, because so "
     "many maintained schools said that weekday release was their biggest obstacle.")

h2("Who has shaped the Award")
para("The Award was designed between April and October 2008 by an Award Development Group of fourteen "
     "people (Appendix A). It included the Principal Adviser for SEN and Inclusion in Ellingshire, the "
     "Head of Harcastle's Learning Support Service, two maintained-school headteachers, two member-school "
     "heads, three serving SENCOs from each sector, the coordinator of the Ellingshire Parent Partnership "
     "Service and a former participant on the HAIS Certificate. The Group met six times. Among the changes "
     "it made to HPD's first draft were these:")
bullets([
    "the Saturday run of every Study Day, proposed by the maintained-school heads;",
    "a requirement that the Leading Change Enquiry (Assignment C) takes place in the participant's own "
    "school and involves at least two colleagues, proposed by the local authority members, who had "
    "seen too many desk-based projects on earlier courses;",
    "mixed-sector Learning Sets, proposed by the SENCOs, so that no set is made up of one sector only;",
    "joint teaching of Study Day 6 with the Parent Partnership Service, proposed by its coordinator;",
    "a half-day on listening to pupils within Study Day 6, proposed by the former Certificate participant.",
])

h2("The Award at a glance")
table([
    ["Title", "HAIS-Brenmouth SENCO Award (Postgraduate Certificate in Special Educational Needs Coordination)"],
    ["Accrediting university", "University of Brenmouth, School of Education. Validated on 19 November 2008; "
                               "the one condition set by the validation panel was met on 15 December 2008."],
    ["Credit", "60 credits at Level 7 (master's level), which can count towards the University's MA in Education"],
    ["Length", "One school year, September to July, part time"],
    ["Taught element", "Ten Study Days (Appendix B), each run on a Thursday at Ashby Grange School and repeated "
                       "on the following Saturday at St Crispin's School"],
    ["Between Study Days", "Learning Sets of five participants; HPD Online; tutorials"],
    ["Assessment", "Assignment A (Policy and Practice Review, 3,000 words, 15 credits); Assignment B (Pupil "
                   "Case Study, 4,000 words, 15 credits); Assignment C (Leading Change Enquiry, 6,000 words "
                   "and a presentation, 30 credits); the Professional Practice Record (pass or fail)"],
    ["First intake", "September 2009: 36 places (18 for maintained schools, 18 for member schools)"],
    ["Fee", "\u00a31,350 for member schools. For maintained schools the fee is met from the national funding "
            "for the Award, so there is no charge to the school."],
], widths=[3.6, 12.2], header=False)

h2("Study Days and Learning Sets")
para("The ten Study Days run from late September to early July, roughly two in each half term. Each "
     "day runs from 9.15 to 3.45 on the Thursday and from 9.00 to 3.30 on the Saturday; the content and "
     "tutors are the same on both days, and a participant who cannot attend their usual run can join "
     "the other one that week. The days combine input from tutors and visiting specialists with "
     "casework, discussion and practical tasks that participants take back to school. Appendix B lists "
     "them.")
para("Study Day 2, \"Evidence and enquiry\", introduces participants to current research and to the "
     "methods they will use in Assignment C. The course as a whole is kept up to date by tutors who are "
     "themselves practising in schools and services.")
para("Between Study Days participants meet in Learning Sets of five, always mixing the two sectors. "
     "Sets meet for ninety minutes after school in each half term, in a member of the set's school, so "
     "that over the year each participant hosts and visits the others. The set is where participants "
     "bring problems from their own schools, try out the tasks set on the Study Days, read and comment "
     "on one another's draft assignments, and, in the spring, give a short presentation on how a local "
     "agency works with their schools. Each set has a tutor who joins at least two of its meetings.")
para("The Award is rooted in participants' own schools. Each participant keeps a Professional Practice "
     "Record of the work they do in school as SENCO during the year, against headings drawn from the "
     "national outcomes: for example, a record of a provision map they have drawn up and reviewed with "
     "colleagues, of a lesson they have observed and the feedback they gave, of advice they have given "
     "to a colleague in another school, and of a review meeting they have led with parents and outside "
     "professionals. Each entry is "
     "countersigned by the participant's Practice Mentor, a senior colleague nominated by the head.")

h2("The Assignments and the Professional Practice Record")
para("**Assignment A, Policy and Practice Review (due January).** A critical review of the school's SEN "
     "and disability policies and practice against the SEN Code of Practice, disability equality law and, "
     "for member schools, the Independent School Standards, ending with recommendations to the head and "
     "governors. The review must include the school's accessibility plan and, in maintained schools, its "
     "disability equality scheme.")
para("**Assignment B, Pupil Case Study (due April).** A study of one pupil with SEN and/or disabilities: "
     "assessment information from the school and from other professionals, the pupil's strengths and "
     "barriers to learning, a plan agreed with the pupil's parents, and a review of progress after at "
     "least six weeks.")
para("**Assignment C, Leading Change Enquiry (due June, presented on Study Day 10).** A small-scale "
     "enquiry in which the participant leads a change in SEN provision in their own school with at least "
     "two colleagues, using research and the school's own evidence to decide what to change, and "
     "reviewing the change with those colleagues. It ends with a review of the provision against the "
     "school's self-evaluation and improvement plan and recommendations for the next stage.")
para("**The Professional Practice Record** is assessed on a pass or fail basis by the personal tutor at "
     "the final tutorial, using the mentor's countersignatures and the evidence attached.")
para("Participants also keep a Learning Journal, a private record of their reflections on the Study Days "
     "and on their practice. They share extracts with their tutor at tutorials. The Journal is not marked.")
para("All three Assignments are marked against the University's Level 7 criteria, adapted for the Award, "
     "and each must be passed at 50 per cent; the Record must be passed; and the Award is then confirmed "
     "by the University's Board of Examiners. Together, the three Assignments and the Record cover every "
     "one of the national minimum outcomes, so a participant who passes them has shown that they meet "
     "the national standard.")

h2("Joining the Award")
para("Applicants must hold qualified teacher status, be in post as SENCO or have been designated by their "
     "head to take up the post within a year, and have the written support of their head, who commits "
     "the school to releasing the participant for the Thursday run or to supporting attendance on "
     "Saturdays, and to providing a Practice Mentor.")
para("The application form asks for the applicant's experience of SEN work, any previous study, and a "
     "short statement about the SEN provision in their school. The Programme Leader reads every "
     "application and meets every applicant, in person or by telephone, before a place is offered. Where "
     "an applicant does not yet have enough experience or knowledge to be likely to reach the outcomes "
     "by July (for example a newly qualified teacher, or a teacher who has had no contact with SEN "
     "provision), the Programme Leader writes to the applicant and the head setting out what the "
     "applicant should do first (usually a term's shadowing of an experienced SENCO and HPD's one-day "
     "\"Starting out in SEN\" course) and offers a place in the following year's intake.")
para("Participants are serving teachers. Their suitability to work with children is checked by the "
     "schools which employ them, and the Association does not ask for or keep CRB details for Award "
     "participants. HPD's own tutors hold enhanced CRB disclosures, renewed every three years, which HPD "
     "checks and records.")
para("Participants who have already gained credit at Level 7 in a relevant subject (for example a "
     "university module in special educational needs) may apply to the University of Brenmouth to have "
     "up to 15 credits recognised in place of Assignment A, under the University's rules for the "
     "accreditation of prior certificated learning. Credit for experience is not offered on the Award. The "
     "old HAIS Certificate in Learning Support carried no university credit and cannot be counted.")

h2("Starting Point Reviews and Individual Learning Plans")
para("Before the first Study Day each participant completes a Starting Point Review. It lists every "
     "national outcome and asks the participant to rate themselves from 1 (new to me) to 4 (I do this "
     "confidently and could help others), with a line of evidence for each rating. The participant then "
     "meets their personal tutor and Practice Mentor for forty-five minutes in school. Together they "
     "test the ratings against the evidence (the tutor's job is to notice, for instance, knowledge of "
     "the law that is out of date) and agree an Individual Learning Plan: four to six personal targets, "
     "the outcomes that need most attention, which Study Day tasks the participant should concentrate "
     "on, and which of the optional afternoon clinics (on dyslexia assessment, on statutory assessment, "
     "and on behaviour) they should attend. The Plan is reviewed at the February tutorial and again at "
     "the final tutorial, and the choice of pupil for Assignment B and of topic for Assignment C is "
     "made with it in mind.")
para("HPD believes this is also the most economical way to run the Award: time on Study Days and in "
     "tutorials goes where participants need it, and the optional clinics are attended only by those "
     "who need them. Running each day twice with the same materials and the same tutors, and holding "
     "Learning Sets in participants' schools, keeps the cost per participant to about \u00a31,420, "
     "which the fee from member schools and the national funding for maintained-school places cover. "
     "The Association underwrites four bursary places a year for SENCOs from small member schools.")

h2("Fair access")
para("The application form explains why HPD asks about disability and invites applicants to tell us "
     "about any disability or health condition and any adjustment that would help them. The Programme "
     "Leader contacts every applicant who does so within two weeks to agree an Adjustment Agreement, "
     "which is reviewed at each tutorial. Both venues have step-free access, accessible toilets and "
     "hearing loops, and Study Day materials are posted on HPD Online a week in advance so that they can "
     "be enlarged or read with text-to-speech software. Adjustments to assessment (extra time, "
     "alternative formats, or a spoken presentation in place of part of a written assignment) are agreed "
     "with the University's Disability Advisory Service, which assesses participants in the same way as "
     "its own students. Learning Set venues are chosen with any participant's access needs in mind. "
     "Study Day 1 includes a session led by members of the Harcastle Young Disabled People's Forum.")

h2("HPD Online")
para("HPD Online is the Association's Moodle site, hosted by the University. Every participant and "
     "Practice Mentor has an account. For the Award it holds the Study Day materials and readings, a "
     "forum for each Learning Set and a forum for the whole cohort, the assignment briefs and marking "
     "criteria, and the calendar. Tutors answer questions posted in the forums within two working days, "
     "and the Programme Leader holds an online surgery from 4.00 to 5.00 every Tuesday during term, in "
     "which any participant can raise a question about their work in the chat room. Between Study Days "
     "each Learning Set uses its forum to share the tasks set on the previous day and to comment on one "
     "another's work, and its tutor reads and responds to the forum at least once a week. Participants "
     "submit assignments through the site and receive their feedback there. The tutor team shares its "
     "planning, marking and moderation records in a staff area of the site. Practice Mentors and heads "
     "receive a short email bulletin from HPD after each Study Day, saying what was covered and what the "
     "participant has been asked to do in school before the next day.")

h2("Tutors, mentors and specialists")
para("The Award is led and taught by the following team. All tutors have an induction with the "
     "Programme Leader and the University's link tutor, work from the Award Tutors' Handbook, and attend "
     "a standardisation meeting before each assignment is marked.")
table([
    ["Name and role", "Background"],
    ["Dr Maeve Kilbride, Programme Leader (0.6)", "SENCO in two Ellingshire comprehensives for eleven years, then "
     "SEN adviser with Ellingshire County Council; MA in Special and Inclusive Education; EdD (2006) on the "
     "role of the SENCO in school improvement. Still works two days a month with the Council's SEN team."],
    ["Mr Owen Pritchard, tutor", "Head of Learning Support, St Crispin's School; OCR Diploma in Specific "
     "Learning Difficulties and AMBDA; assesses candidates for examination access arrangements each year."],
    ["Mrs Sunita Bhattal, tutor (seconded 0.2)", "SENCO, Fairmead Primary School (maintained), Harcastle; "
     "NPQH; former specialist teacher in Harcastle's Language and Communication Team."],
    ["Dr Gareth Lowe, visiting tutor", "Chartered educational psychologist in independent practice; works "
     "with schools in both sectors; teaches Study Days 3 and 5."],
    ["Dr Ann Whitsun, University link tutor", "Senior Lecturer in Inclusive Education, University of Brenmouth; "
     "leads the University's MA in Education (SEN pathway); second marker and moderator for the Award."],
], widths=[5.0, 10.8])
para("Visiting specialists teach on the Study Days: a speech and language therapist from the Harcastle "
     "Primary Care Trust (Study Day 4), the Ellingshire Sensory Support Service (Study Day 4), the Head "
     "of Brookfield School, a maintained special school (Study Day 7), Ellingshire's Principal Adviser "
     "for SEN and Inclusion (Study Days 1 and 7), and the Harcastle Dyslexia Association (clinic). "
     "Participants are encouraged to arrange a visit to a school in the other sector, or to Brookfield, "
     "during the year, and many Learning Sets will find that their meetings do some of this work for "
     "them.")
para("Each participant's head nominates a Practice Mentor, a senior colleague who meets the participant "
     "each half term, countersigns the Professional Practice Record and joins the Starting Point Review. "
     "Mentors receive HPD's eight-page Notes for Practice Mentors, which explain the Award, the Record and "
     "what countersigning means, and can use HPD Online. HPD had hoped to run a briefing for mentors each "
     "term, but this will not be possible in the first year.")

h2("Resources")
para("Participants can use the HPD library at Tennant House, which holds some 1,200 books and training "
     "packs on SEN and a loan collection of standardised assessments (reading, spelling, numeracy and "
     "language) that SENCOs can borrow for up to three weeks. As registered students of the University of "
     "Brenmouth they have full access to its library, including electronic journals through an Athens "
     "login. St Crispin's School's assistive technology room (text-to-speech and voice recognition "
     "software, Clicker, and a range of alternative keyboards and switches) is used on Study Day 5 and "
     "can be visited by arrangement. Laptops are provided on every Study Day.")

h2("Marking and moderation")
para("Each assignment is marked by the participant's personal tutor against published criteria. The "
     "Programme Leader second-marks every fail, every mark within three of a boundary and a further 20 per "
     "cent sample across all markers, and the University link tutor second-marks a further sample. After "
     "each assignment the marking team holds a moderation meeting, at which marks are agreed and "
     "feedback is checked for consistency. Professional Practice Records are sampled in the same way. The "
     "University's external examiner for the MA in Education, Dr Colin Ashdown (University of Pelham), "
     "reviews a sample of all work, attends the summer Board of Examiners and reports to the University "
     "each year.")

h2("Keeping the Award under review")
para("Participants complete an evaluation sheet at the end of every Study Day, covering the content, "
     "the tutors and the organisation of the day; the Programme Leader collates these within a week and "
     "the tutor team agrees any changes before the next run. Learning Sets review the course at their "
     "spring meeting, and every participant completes an end-of-course questionnaire. The Programme "
     "Committee (the Programme Leader, the tutors, the University link tutor and the Director of "
     "Professional Development) meets each term, keeps an action log, and writes the University's Annual "
     "Programme Monitoring report in the autumn, drawing on the evaluations, the marking and moderation "
     "record, and the external examiner's report.")
para("We have not yet settled how we will judge the Award's effect on participants' practice or on the "
     "progress of their pupils. This will be one of the first tasks for the Programme Committee in "
     "2009-10. The Committee will, we hope, also seek the views of headteachers and of the two local "
     "authorities when it reviews the first year.")
para("The partners who helped design the Award are also part of its delivery. The two local authorities "
     "and the Parent Partnership Service teach on Study Days, Brookfield School and member schools host "
     "them, heads take part in the Starting Point Review through the Practice Mentor, and the Harcastle "
     "Young Disabled People's Forum contributes to Study Day 1.")
textbox([
    "\u201cI did the old HAIS Certificate in 2005 and it was the best course I have been on, but it never "
    "asked me to change anything in school. Sitting on the Development Group, I kept asking: where does "
    "this touch the children? I think the new Award has an answer.\u201d",
    "Clare Fenton, SENCO, Ellingham Hall School; member of the Award Development Group",
], height_pt=140, fill="EAF1DD")

h2("After the Award")
para("Study Day 10 ends with a short presentation from the University of Brenmouth on its MA in "
     "Education, towards which the 60 credits of the Award count, and completing participants from "
     "either sector are invited to join the Association's termly SENCO Forum.")

# ---------------------------------------------------------------- Part Four
h1("Part Four  Looking ahead to 2009-10")
para("Council has set the following priorities for partnership work in 2009-10.")
bullets([
    "Ask every member school to set out, for each partnership, what it expects to achieve (see Part Two).",
    "Open the Saturday Discovery Mornings to Year 4 pupils.",
    "Launch the National Award for SENCOs with its first intake in September 2009.",
    "We would like to offer an assessment-only route to the Award for very experienced SENCOs from "
    "September 2010, if the University agrees and if there is demand.",
    "A January start for the Award, if numbers allow.",
    "Explore, with the two local authorities, an exchange scheme under which SENCOs spend a week in a "
    "school of the other sector.",
])

# ------------------------------------------------------------- Appendices
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
h1("Appendix A  The Award Development Group")
table([
    ["Member", "Organisation"],
    ["Helen Carrow (chair)", "Director of Professional Development, HAIS"],
    ["Dr Maeve Kilbride", "Programme Leader, HPD"],
    ["Janet Rudd", "Principal Adviser for SEN and Inclusion, Ellingshire County Council"],
    ["Martin Oyelaran", "Head of Learning Support Service, Harcastle City Council"],
    ["Lorna Beech", "Headteacher, Wickham Road Primary School (maintained)"],
    ["Peter Stannard", "Headteacher, Kingsmead Community College (maintained)"],
    ["Caroline Ferrie", "Head, Ashby Grange School (member)"],
    ["Revd Simon Hale", "Head, St Crispin's School (member)"],
    ["Three SENCOs", "Maintained schools in Ellingshire and Harcastle"],
    ["Clare Fenton and two other SENCOs", "Member schools"],
    ["Anne Golightly", "Coordinator, Ellingshire Parent Partnership Service"],
    ["Dr Ann Whitsun", "University of Brenmouth"],
], widths=[5.5, 10.3])

h1("Appendix B  The ten Study Days")
table([
    ["Day", "Title", "Main content"],
    ["1", "The SENCO's world", "The Education Act 1996 and the SEN Code of Practice (2001); statements and the local "
     "authority's duties, including for pupils placed in independent schools; the Disability Discrimination Act "
     "and the disability equality duty; Every Child Matters and the five outcomes; the Independent School "
     "Standards; session with the Harcastle Young Disabled People's Forum"],
    ["2", "Evidence and enquiry", "Current research; planning Assignment C; reading research critically"],
    ["3", "Understanding needs (1)", "Cognition and learning: specific learning difficulties including dyslexia; "
     "moderate learning difficulties; assessment for identification"],
    ["4", "Understanding needs (2)", "Communication and interaction: speech, language and communication needs; "
     "autistic spectrum disorders; sensory impairment; behavioural, emotional and social difficulties"],
    ["5", "Assessment and teaching", "Using reports from psychologists, therapists and advisory teachers; "
     "formative assessment and how to help colleagues develop it; examination access arrangements; ICT and "
     "assistive technology"],
    ["6", "Families, pupils and agencies", "Working in partnership with parents (with the Parent Partnership "
     "Service); listening to pupils (half day); the roles of health and social care services and the voluntary "
     "sector"],
    ["7", "Planning and managing provision", "Provision mapping; deploying and managing teaching assistants; "
     "casework on difficult decisions; visit from Brookfield School"],
    ["8", "Leading and influencing", "Working with heads and governors; gaining colleagues' commitment; "
     "observation, feedback and coaching; managing your time and delegating"],
    ["9", "Evaluating provision", "School self-evaluation (the Ofsted self-evaluation form and ISI self-review); "
     "evaluating SEN provision with colleagues"],
    ["10", "Presenting and moving on", "Presentations of Assignment C; next steps"],
], widths=[1.0, 3.6, 11.2])

h1("Appendix C  The national outcomes: where they are developed and how they are assessed")
para("The table lists the national minimum outcomes in our own brief wording. \"Study Day\" shows where "
     "each outcome is mainly developed (Appendix B); \"Assessed by\" shows the assessed work that provides "
     "the evidence. A = Assignment A; B = Assignment B; C = Assignment C; PPR = Professional Practice "
     "Record. Notes follow the table.")

rows = [
    ("G", "Professional attributes"),
    ("Fair, respectful and constructive relationships with pupils with SEN and their parents", "6", "B"),
    ("Gaining the commitment of colleagues, the head and senior leaders", "8", "C"),
    ("Prioritising, managing time and delegating", "8", "Learning Journal (note 1)"),
    ("Anticipating and resolving problems; sound judgements about provision", "7", "B; PPR"),
    ("Clear speech and writing; listening to others", "All days", "A, B, C (written); C presentation"),
    ("Drawing on research and outside advice to improve practice", "2, 9", "C"),
    ("Keeping up to date and taking charge of own CPD", "10", "Learning Journal (note 1)"),
    ("G", "Knowledge and understanding"),
    ("Law and guidance on SEN, including the Code of Practice", "1", "A"),
    ("Every Child Matters and the SENCO's part in it", "1", "B"),
    ("Disability equality law and what it requires", "1", "A"),
    ("The common types of SEN and disability and how they affect learning", "3, 4", "B"),
    ("Approaches and resources for assessment, planning and teaching, including ICT", "5", "B"),
    ("School self-evaluation and improvement, and SEN", "9", "C"),
    ("Best practice and research in meeting SEN", "2", "C"),
    ("External agencies and how to get specialist support", "6", "Learning Set presentation (note 2)"),
    ("G", "Skills"),
    ("Influencing strategy, ethos and policy with senior colleagues and governors", "8", "A"),
    ("Identifying pupils, setting targets, planning interventions and reviewing progress", "3, 4, 5", "B"),
    ("   using assessments from other professionals", "5", "B"),
    ("   using summative data, including national tests, to track progress", "-", "- (note 3)"),
    ("   helping colleagues develop formative assessment", "5", "PPR"),
    ("   planning examination and test access arrangements in good time", "5", "PPR"),
    ("Provision mapping; finding ineffective or missing provision", "7", "C; PPR"),
    ("Deploying and managing staff", "7", "-"),
    ("Supporting colleagues' professional development", "8", "PPR"),
    ("Reviewing provision with colleagues for school self-evaluation", "9", "C"),
    ("Involving pupils in planning and reviewing their provision", "6 (half day)", "-"),
    ("Liaising with parents and carers", "6", "B"),
    ("Working with other services and agencies, including voluntary organisations", "6", "PPR"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for j, h in enumerate(("Outcome (in brief)", "Study Day", "Assessed by")):
    hdr[j].text = h
    hdr[j].paragraphs[0].runs[0].bold = True
    shade(hdr[j], "D9E2F3")
for r in rows:
    cells = t.add_row().cells
    if r[0] == "G":
        m = cells[0].merge(cells[1]).merge(cells[2])
        m.text = r[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EDEDED")
        continue
    for j, v in enumerate(r):
        cells[j].text = v
for row in t.rows:
    for j, w in enumerate((9.6, 2.4, 3.8)):
        row.cells[j].width = Cm(w)
    for cc in row.cells:
        for pp in cc.paragraphs:
            for rr in pp.runs:
                rr.font.size = Pt(9)
doc.add_paragraph()
para("**Notes**")
para("1. The Learning Journal is a private reflective record, shared with the tutor at tutorials. It is "
     "not marked.")
para("2. Each Learning Set gives a short presentation to the other members of the set in the spring on "
     "how a local agency works with their schools. The presentation is discussed by the set and its "
     "tutor and is not graded.")
para("3. Most member schools do not enter pupils for the national tests, and this outcome is not covered "
     "in 2009-10. We will add it when the number of maintained-school participants justifies a session.")

cp = doc.core_properties
cp.author = "Helen Carrow"
cp.last_modified_by = "HPD Office"
cp.title = "Sharing What We Know: Partnership and Public Benefit Report 2007-08"
import datetime as _dt
cp.created = _dt.datetime(2008, 10, 20, 8, 45)
cp.modified = _dt.datetime(2009, 1, 12, 16, 20)
cp.revision = 9

doc.save(OUT)
print("wrote", OUT)
