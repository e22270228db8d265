"""Build cq-01-brackmoor-newsletter.docx: a local authority newsletter special issue (invented provider).

Provider: Brackmoor Metropolitan Borough Council, Inclusion Support Service
(ISS), with the University of Wendleby School of Education, which validated
the course (4 February 2009) as a Postgraduate Certificate, 60 credits at
Level 7. Programme: "The Brackmoor Award for SEN Coordination". The ISS is
the lead partner and the voice of the document. Dated March 2009 (Spring
term), 2008-era vocabulary (CRB, DDA, Disability Equality Duty, SEN Code of
Practice 2001, ECM, School Action Plus, RAISEonline, IDP).

Layout: a printed council newsletter ("SENse", issue 31) submitted whole as
the application, with a short boxed note to the TDA panel at the top.
- Masthead as a one-row shaded table; page header and footer (publisher's
  notice and page number; never evidence, and no evidence is placed there).
- No Word heading styles. The articles use custom paragraph styles
  ("Kicker", "Headline", "Standfirst", "Byline", "Crosshead", "Pull Quote",
  "Question") that a newsletter designer would make.
- The middle of the document is a continuous section set in two newspaper
  columns (w:cols num=2) with column breaks; the back page returns to one
  column.
- Journalistic third person, quotations from the programme leader (the
  provider's own voice) and from a headteacher, a parent and a former
  participant (not the provider's voice).
- A question-and-answer interview ("Five minutes with Janet Pridmore").
- An "In brief" column as a single-cell shaded table with bold run-in heads.
- Pull quotes in shaded, bordered paragraphs that repeat quoted words.
- "Meet the team" as a table with "[photo]" placeholders.
- A letters page with the programme leader's replies.
- Back page: an assessed-tasks table whose last column names the outcomes in
  ordinary words, notes under it, a "Where to find it" guide for the panel
  (criterion -> article), a diary-dates table, and two dashed "tear-off"
  slips of checkbox prompts.

Traps and the requirement each affects:
- 1.1 partially_met: the one stated aim is attainment and progress; the only
  words about the whole child and the five ECM outcomes are a headteacher's
  quotation (value statement, not the provider's aim); ECM is taught in Unit 1.
- 1.5 not_met and 6.S7 not_met: pupil consultation appears only in a
  parent's letter ("I hope the new course will...") and the reply says it is
  "on our list for the second cohort" (aspiration). The "In brief" item on
  a youth workers' conference about young voices is the wrong context.
- 1.9 partially_met and 6.0 partially_met: the award is for passing Tasks A,
  B and C, with the blanket claim "Between them, the three tasks assess
  every one of the national minimum outcomes", which the task table does
  not bear out.
- 2.1 partially_met: certificated Level 7 credit only; "We can't give credit
  for experience on its own".
- 2.3 not_met: "Not at the moment" in the interview; the only
  assessment-only route described is another provider's (Kelsall and Marsh
  University, in "In brief"). The panel guide points to the negation.
- 2.5 partially_met: the last session is only about progression to the MA;
  no professional targets.
- 3.3 partially_met: three self-study online units; a discussion board for
  peers, "not staffed by tutors", questions wait for the next study day.
- 4.3 partially_met: stakeholders teach sessions and host cluster meetings
  (delivery), but the only "tell us what you think" is about the newsletter
  itself (right words, wrong thing); the steering group is internal.
- 5.3 not_met: "we don't ask to see it" (negation) plus "In brief" about the
  ISS staff's own CRB renewals (wrong context). The panel guide points there.
- 5.5 partially_met: a wide range of specialists teach, but there is no
  placement: the letters page recalls the old Certificate's placement week
  (past arrangement) and the reply offers only an optional self-arranged visit.
- 5.7 partially_met: tutors have a handbook and a standardisation day;
  mentors are left to the school ("It's up to the school how that works").
- 5.9 partially_met: confidence self-ratings analysed by the evaluation
  officer; pupil impact only hoped for from council data.
- 6.A3, 6.A7 partially_met: developed through the learning journal, which
  "is not marked".
- 6.A4 not_met, 6.S2c not_met: absent.
- 6.K2 partially_met: ECM taught in Unit 1, not in any task.
- 6.K9, 6.S9 partially_met: the "who's who of support services" session,
  with voluntary organisations, is in no task.
- 6.S2d partially_met: the access-arrangements session (added after the
  survey) is in no task.
- 6.S3 partially_met: provision mapping is taught and practised in school,
  but the provision map is an "optional appendix ... not marked".
- 6.S4 not_met: the only "deploy" is the ISS deploying its own outreach
  teachers and teaching assistants by cluster ("In brief", wrong context).
Genuine arrangements written plainly (met): E.1, E.2, 1.2, 1.3, 1.4, 1.6,
1.7, 1.8, 2.2 (self-audit becomes an individual learning plan with personal
outcomes), 2.4, 3.1 (in the interview), 3.2, 4.1 (survey table), 4.2,
5.1, 5.2, 5.4, 5.6, 5.8, and 18 outcomes developed in the units and named
in the task table (A1, A2, A5, A6, K1, K3-K8, S1, S2, S2a, S2b, S5, S6, S8).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cq-01-brackmoor-newsletter.docx")

doc = Document()
doc.core_properties.author = "Colin Thursby"
doc.core_properties.title = "SENse 31 - Spring 2009 - Special issue"

normal = doc.styles["Normal"]
normal.font.name = "Georgia"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(4)

TEAL = RGBColor(0x1F, 0x5C, 0x5A)


def mkstyle(name, size, bold=False, italic=False, color=None, before=0, after=4, font=None):
    st = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = normal
    st.font.size = Pt(size)
    st.font.bold = bold
    st.font.italic = italic
    if color is not None:
        st.font.color.rgb = color
    if font:
        st.font.name = font
    st.paragraph_format.space_before = Pt(before)
    st.paragraph_format.space_after = Pt(after)
    return st


mkstyle("Kicker", 8, bold=True, color=TEAL, before=10, after=0, font="Arial")
mkstyle("Headline", 17, bold=True, before=0, after=2, font="Arial")
mkstyle("Standfirst", 11, italic=True, after=4)
mkstyle("Byline", 8, font="Arial", after=6)
mkstyle("Crosshead", 10, bold=True, before=6, after=2, font="Arial")
mkstyle("Pull Quote", 12, italic=True, color=TEAL, before=6, after=6)
mkstyle("Question", 10, bold=True, before=6, after=1, font="Arial")


def para(text="", style=None, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        if bold:
            r.bold = True
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runin(head, text, style=None):
    """A paragraph with a bold run-in head followed by plain text."""
    p = doc.add_paragraph(style=style)
    p.add_run(head).bold = True
    p.add_run(text)
    return p


def shade_par(p, fill="E3EFEE", border=True):
    ppr = p._p.get_or_add_pPr()
    if border:
        ppr.append(parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="12" w:space="4" w:color="1F5C5A"/>'
            '<w:bottom w:val="single" w:sz="12" w:space="4" w:color="1F5C5A"/></w:pBdr>'))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def pull(text):
    p = para(text, style="Pull Quote")
    shade_par(p)
    return p


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    if color is not None:
        r.font.color.rgb = color
    return p


def cell_add(cell, text, bold=False, size=None, italic=False):
    p = cell.add_paragraph()
    r = p.add_run(text)
    if bold:
        r.bold = True
    if italic:
        r.italic = True
    if size:
        r.font.size = Pt(size)
    return p


def dashed_box(cell):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}>'
        '<w:top w:val="dashed" w:sz="8" w:color="000000"/><w:left w:val="dashed" w:sz="8" w:color="000000"/>'
        '<w:bottom w:val="dashed" w:sz="8" w:color="000000"/><w:right w:val="dashed" w:sz="8" w:color="000000"/>'
        '</w:tcBorders>'))


def set_cols(section, num, space=567):
    """Set newspaper columns, keeping w:cols in its schema position."""
    sectpr = section._sectPr
    cols = sectpr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f'<w:cols {nsdecls("w")}/>')
        grid = sectpr.find(qn("w:docGrid"))
        if grid is not None:
            grid.addprevious(cols)
        else:
            sectpr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))


def column_break():
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.COLUMN)


# ------------------------------------------------------------------ header and footer
sec1 = doc.sections[0]
sec1.left_margin = sec1.right_margin = Cm(1.8)
hp = sec1.header.paragraphs[0]
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = hp.add_run("SENse \u00b7 Issue 31 \u00b7 Spring term 2009 \u00b7 Special issue")
r.font.size = Pt(8)
r.font.color.rgb = TEAL
fp = sec1.footer.paragraphs[0]
r = fp.add_run("SENse is published each term by Brackmoor Inclusion Support Service, Fellgate Centre, "
               "Fellgate Road, Brackmoor BR3 6LQ. Editor: Colin Thursby. Views expressed by contributors "
               "are their own.   Page ")
r.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ masthead
mast = doc.add_table(rows=1, cols=2)
mast.alignment = WD_TABLE_ALIGNMENT.CENTER
left, right = mast.rows[0].cells
shade_cell(left, "1F5C5A")
shade_cell(right, "1F5C5A")
cell_text(left, "SENse", bold=True, size=36, color=RGBColor(0xFF, 0xFF, 0xFF))
cell_text(right, "The newsletter of Brackmoor Inclusion Support Service for schools, settings and families",
          size=9, color=RGBColor(0xFF, 0xFF, 0xFF))
p = right.add_paragraph()
r = p.add_run("Issue 31  |  Spring term 2009")
r.font.size = Pt(9)
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
p = right.add_paragraph()
r = p.add_run("SPECIAL ISSUE: THE BRACKMOOR AWARD FOR SEN COORDINATION")
r.bold = True
r.font.size = Pt(10)
r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

para("")
note = doc.add_paragraph()
note.add_run("For the TDA approval panel. ").bold = True
note.add_run(
    "Brackmoor Metropolitan Borough Council\u2019s Inclusion Support Service and the University of Wendleby "
    "submit this special issue of SENse, which went to every school in the borough in March 2009, as their "
    "joint application for approval to provide the National Award for SEN Coordination from September 2009. "
    "The articles describe the course as it will run. A guide to where each of the TDA\u2019s criteria is "
    "addressed is on the back page. \u2013 Janet Pridmore, Senior Adviser (SEN), for the partnership")
note.runs[1].font.size = Pt(9)
shade_par(note, fill="F4F4F4")

para("Inside this issue", style="Crosshead")
for line in [
    "University seal for Brackmoor\u2019s new SENCO award \u2026 1",
    "You told us \u2013 and we listened \u2026 2",
    "Fifteen days, three units \u2013 and your own school \u2026 2",
    "Five minutes with Janet Pridmore \u2026 3",
    "In brief \u2026 3",
    "Keeping the standard \u2026 4",
    "Meet the team \u2026 4",
    "Letters \u2026 5",
    "The assessed tasks at a glance; diary dates \u2026 6",
]:
    para(line, size=9)

# ------------------------------------------------------------------ two-column section
sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
set_cols(sec2, 2)

para("LEAD STORY", style="Kicker")
para("University seal for Brackmoor\u2019s new SENCO award", style="Headline")
para("From September, SENCOs new to the role in Brackmoor will be able to gain the national qualification "
     "without leaving the borough \u2013 and the course will be built around their own schools.",
     style="Standfirst")
para("By Colin Thursby, Editor", style="Byline")
para("The University of Wendleby has validated the Brackmoor Award for SEN Coordination, a course designed "
     "and taught jointly by the Inclusion Support Service (ISS) and the University\u2019s School of "
     "Education. The validation panel, chaired by Wendleby\u2019s Pro Vice-Chancellor for Learning and "
     "Teaching and including an academic from another university, met at the Fellgate Centre on 4 February "
     "and approved the course as a Postgraduate Certificate worth 60 credits at Level 7 \u2013 masters "
     "level. The University makes the award, its examination board confirms every result, and successful "
     "participants become members of the University\u2019s alumni on the same terms as its campus "
     "students.")
para("Subject to approval by the Training and Development Agency for Schools, the Award will be "
     "Brackmoor\u2019s route to the National Award for SEN Coordination for teachers new to the SENCO "
     "role. Places for the first cohort are limited to twenty-four.")
para("One aim, printed at the top of the programme specification, runs through the whole course: to "
     "raise the attainment and speed up the progress of pupils with special educational needs and "
     "disabilities in Brackmoor schools, by improving what their SENCOs know, understand and can do. Every "
     "unit comes back to it, and each of the three assessed tasks asks participants to show, with data, "
     "what has changed in the attainment and progress of the pupils concerned.")
para("Ruth Ambler, headteacher of Stonebridge Primary School and chair of the Brackmoor Primary Heads\u2019 "
     "Forum, welcomed the news. \u2018For me it has always been about the whole child,\u2019 she said. "
     "\u2018Being healthy, being safe, enjoying school, having friends, having a future. I want SENCOs who "
     "never lose sight of that.\u2019")
pull("\u2018I want SENCOs who never lose sight of the whole child.\u2019 \u2013 Ruth Ambler, Stonebridge "
     "Primary")
para("Much of the learning happens back at school. Each unit sets in-school tasks to be done between study "
     "days. In Unit 1, for instance, participants check their school\u2019s SEN register and the "
     "provision recorded for each pupil against the Code of Practice; in Unit 2 they shadow one pupil for a "
     "whole school day and compare what they see with what the records say; in Unit 3 they draw up a map of "
     "the provision their school makes, cost it and mark the gaps. The tutors\u2019 task sheets name the "
     "national outcomes that each in-school task works towards, and the tasks are picked up at the next "
     "study day.")
para("The last assessed task, the change project, is carried out entirely in the participant\u2019s own "
     "school. Participants plan a change in SEN provision, lead it with their colleagues over two terms "
     "and then report on what is now done differently \u2013 in classrooms, in the use of time and "
     "money, in the way pupils are reviewed \u2013 and what difference it has made. \u2018We are not "
     "interested in essays about what might be done,\u2019 says Dr Fiona Legge, who leads the course for "
     "the University. \u2018We want to see the change.\u2019")

para("CONSULTATION", style="Kicker")
para("You told us \u2013 and we listened", style="Headline")
para("Fifty-seven schools, two focus groups and the Parents\u2019 Forum helped shape the Award.",
     style="Standfirst")
para("In October 2008 the ISS sent a short questionnaire to the headteacher and SENCO of every one of "
     "Brackmoor\u2019s 84 schools; 57 schools (68 per cent) replied. Over the following weeks nineteen "
     "SENCOs came to two focus groups, one primary and one secondary, the draft course went to the Primary "
     "and Secondary Heads\u2019 Forums in November, and the Brackmoor Parents\u2019 Forum discussed it at "
     "its December meeting. The council\u2019s own records added a stark fact: 31 of the borough\u2019s 84 "
     "SENCOs have taken up the role since September 2005, and only nine of those 31 hold any qualification "
     "in special educational needs.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "What schools said they most needed", bold=True, size=8)
cell_text(t.rows[0].cells[1], "% of 57 replies naming it in their top three", bold=True, size=8)
for a, b in [
    ("Managing provision and the SEN budget", "61"),
    ("Access arrangements for tests and examinations", "47"),
    ("Working with parents, especially when they disagree", "44"),
    ("Fewer days out of school", "40"),
    ("Understanding autism", "37"),
]:
    row = t.add_row().cells
    cell_text(row[0], a, size=8)
    cell_text(row[1], b, size=8)

para("The draft changed as a result. A session on access arrangements for national tests and "
     "examinations was added to Unit 2. At the Parents\u2019 Forum\u2019s request, the session on working "
     "with parents is now co-planned and co-led by the Brackmoor Parent Partnership Service and includes "
     "difficult conversations. Three of the fifteen study days became online units, so that participants "
     "spend twelve days rather than fifteen out of school; a January intake was added for SENCOs appointed "
     "part-way through the year; and, at the secondary heads\u2019 request, twilight sessions were dropped in "
     "favour of full days, which are easier to cover.")
para("Several of the people who told us what was needed will also be teaching. The council\u2019s "
     "educational psychologists, the autism outreach team, the Parent Partnership Service and volunteers "
     "from the Brackmoor Autism Support Group all lead sessions, and three headteachers host the termly "
     "cluster meetings in their schools.")
para("As ever, we want to hear from you: the tear-off slip on the back page asks what you think of SENse, "
     "and every comment is read by the editorial team.")

para("THE COURSE", style="Kicker")
para("Fifteen days, three units \u2013 and your own school", style="Headline")
para("What participants will study, when, and how it fits around the job.", style="Standfirst")
para("The Award is part time and runs over three terms. There are fifteen study days: twelve are taught at "
     "the Fellgate Centre and three are online units. There are two intakes a year, in September and in "
     "January. Units 1 and 2 can be taken in either order, so a January starter begins with Unit 2 and "
     "picks up Unit 1 in the summer term; Unit 3 always comes last because it draws on both. Participants "
     "who need longer can, with their tutor\u2019s agreement, spread the Award over two years.")
para("Unit 1: The SENCO, the law and the school (days 1\u20134)", style="Crosshead")
para("Unit 1 sets out the legal and policy ground on which the SENCO stands: Part IV of the Education Act "
     "1996 and the SEN Code of Practice (2001), with its graduated response of School Action, School Action "
     "Plus and statutory assessment; the Special Educational Needs and Disability Act 2001; the Disability "
     "Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and accessibility planning; "
     "the Children Act 2004, Every Child Matters and the part the SENCO plays in the five outcomes; "
     "Removing Barriers to Achievement (2004), the Inclusion Development Programme and the 2008 regulations "
     "on the SENCO role. Participants work through what each means for their own school, for the SENCO and "
     "for class teachers, and how it is put into practice. Day 3 is given over to the SENCO\u2019s strategic "
     "role: working with the headteacher, the senior team and governors on the SEN policy, on the priorities "
     "in the school improvement plan and on the SEN budget \u2013 and what many new SENCOs find hardest, "
     "winning colleagues\u2019 commitment. Day 4 includes a workshop on writing a clear, short report for "
     "governors and presenting it to a committee, with time to rehearse in front of colleagues and to "
     "practise listening to, and answering, awkward questions.")
para("Unit 2: Knowing the learner (days 5\u20139)", style="Crosshead")
para("Unit 2 starts with how children develop \u2013 cognitively, in language, socially and emotionally "
     "\u2013 and how that development can be affected by SEN and disability and by the physical and social "
     "environment of the classroom. It then takes the most common kinds of need in turn: behavioural, "
     "emotional and social difficulties; specific learning difficulties, including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; and moderate learning difficulties, "
     "with how each can affect learning. Participants practise identifying pupils who may have SEN through "
     "classroom observation, data and assessment, setting challenging targets, planning interventions and "
     "reviewing progress, and they learn to read and use the reports of educational psychologists, speech "
     "and language therapists and other professionals, with Dr Aisling Rourke of the council\u2019s "
     "Educational Psychology Service. A session on tracking uses P scales, teacher assessment, Key Stage "
     "test results and RAISEonline to follow pupils\u2019 progress and decide when a programme should "
     "change. The council\u2019s Assessment and Examinations Officer leads the session on access "
     "arrangements for national tests and examinations.")
para("The unit looks critically at approaches, strategies and resources for assessment, planning and "
     "teaching, including ICT, and how to use them to remove barriers and personalise provision. A "
     "\u2018who\u2019s who of support services\u2019 day introduces the council\u2019s services, health and "
     "social care, and voluntary organisations such as the Brackmoor Autism Support Group and the Brackmoor "
     "Carers\u2019 Centre, and how to obtain specialist help for a pupil. In the Parent Partnership session "
     "participants work on listening to parents\u2019 concerns, advising them, sharing information at "
     "reviews and handling disagreement, and on building a fair and respectful relationship with a pupil and "
     "family; they rehearse a review meeting in role play. Throughout, Unit 2 draws on recent research and "
     "inspection evidence, among it the Bercow Review of services for children with speech, language and "
     "communication needs (2008), Ofsted\u2019s report Inclusion: does it matter where pupils are taught? "
     "(2006) and Greg Brooks\u2019s review What works for children with literacy difficulties? (2007), on "
     "which Owen Marchetti leads a seminar.")
para("Unit 3: Leading provision (days 10\u201315)", style="Crosshead")
para("Unit 3 is about leading. It covers provision mapping and management \u2013 planning and costing "
     "provision and finding what is missing or not working \u2013 and supporting colleagues\u2019 "
     "professional development: observing teaching and giving feedback, modelling, coaching and mentoring, "
     "and planning and leading INSET. Participants practise coaching conversations in threes and then "
     "carry out a coaching cycle with a colleague. Beyond their own school, they meet each term in "
     "cluster groups with the SENCOs of neighbouring schools and ISS outreach teachers to share practice "
     "and plan joint training for their schools. Two days deal with school self-evaluation: the self-evaluation form, how "
     "outcomes for pupils with SEN feature in it, and how to review provision with colleagues so that the "
     "findings feed the school\u2019s self-evaluation and improvement planning. The unit closes with a day "
     "on finding and using research evidence, best practice and external advice to improve one\u2019s own "
     "practice and that of colleagues.")
para("Online units", style="Crosshead")
para("Three of the fifteen days are online units on the Brackmoor Learning Platform: \u2018Dyslexia-friendly "
     "classrooms\u2019 and \u2018Autism: making sense of the school day\u2019 in Unit 2, and \u2018ICT to "
     "remove barriers\u2019 in Unit 3. Each takes about six hours and can be done at home or at school at "
     "any time in the fortnight it is open. The units are self-study: readings, short video clips and a "
     "quiz. A discussion board lets participants help one another; it is not staffed by tutors, and "
     "questions about the units are picked up at the next study day.")
para("The learning journal", style="Crosshead")
para("Alongside the units every participant keeps a learning journal. Its prompts ask them to log how they "
     "spend their SENCO time each week, what they have put first and what they have handed on to others, "
     "and to set and review their own goals for professional development in SEN and disability. The journal "
     "is discussed at tutorials; it is not marked.")
pull("\u2018It is the first course that has asked me what I already know.\u2019 \u2013 a member of the "
     "primary focus group")

column_break()

para("INTERVIEW", style="Kicker")
para("Five minutes with Janet Pridmore", style="Headline")
para("SENse put readers\u2019 questions to the Award\u2019s programme leader, the ISS Senior Adviser for "
     "SEN.", style="Standfirst")
para("Who can apply?", style="Question")
para("Any qualified teacher who is the SENCO in a Brackmoor school, or who has been designated to take on "
     "the role within the year, with the headteacher\u2019s support on our nomination form. Before we offer a "
     "place, every applicant completes a self-audit against the national outcomes and comes for a "
     "half-hour interview with two tutors. What we are asking ourselves is whether that person has the "
     "knowledge and experience to reach all the outcomes by the end of the course. If someone isn\u2019t "
     "ready yet, we say what they should do first \u2013 usually our introductory SEN course, or a term "
     "working alongside an experienced SENCO \u2013 and, with their agreement, we talk it through with "
     "their head.")
para("What happens to the self-audit?", style="Question")
para("It becomes your individual learning plan. At the first tutorial you and your tutor go through it "
     "outcome by outcome, mark the ones you already meet and the ones to work on, and agree three or four "
     "personal outcomes of your own that reflect your school and your experience. The plan decides which "
     "optional clinics you attend and what your tasks focus on, and it is reviewed at the tutorial each "
     "term.")
para("I already have a specialist certificate. Does it count?", style="Question")
para("If it carries Level 7 credit gained in the last five years, the University can count up to 20 credits "
     "of it towards Unit 2 through its accreditation of prior learning procedure; you send us the "
     "certificate and transcript and the University\u2019s APL panel decides. We can\u2019t give credit for "
     "experience on its own \u2013 it has to be certificated.")
para("I have been doing the job for eleven years. Can I just be assessed?", style="Question")
para("Not at the moment. Everyone takes the taught units. We will look at it again when the first cohort "
     "has finished.")
para("I\u2019m dyslexic. Will that be a problem?", style="Question")
para("Not at all. The nomination form asks every applicant whether they have a disability or a "
     "learning difficulty and says why we ask; the same question is in the course leaflet, which is "
     "available in large print and on coloured paper. Anyone who tells us is offered a meeting before the "
     "course starts with the University\u2019s Disability Adviser, who agrees the adjustments they need "
     "\u2013 handouts in advance and in their preferred format, a reader or extra time, a different way of "
     "presenting a task \u2013 and we put them in place for study days, the online units and assessment. "
     "The Fellgate Centre has level access, a lift and a hearing loop.")
para("Do I need a CRB check?", style="Question")
para("You will already have been checked by your school, so we don\u2019t ask to see it.")
para("What does it cost?", style="Question")
para("The full fee is \u00a31,100. For Brackmoor schools the council pays \u00a3650 of that from its "
     "Standards Fund allocation, so the school pays \u00a3450, and because twelve of the days are full "
     "days rather than twilights, schools can plan cover well ahead. We keep costs down by teaching at the "
     "Fellgate Centre rather than on campus.")
para("How is it tailored to me?", style="Question")
para("Through your learning plan, first of all. You choose the pupil, the policy and the change that your "
     "three tasks are built on, so the work is about your school. You have three tutorials in each unit "
     "with the same tutor, and there are optional clinics in the spring and summer terms on the topics "
     "people most often ask for. The units build on each other, and the tutors look at your tasks against "
     "your plan, so you are not repeating what you already know.")
para("Will I have a mentor?", style="Question")
para("We would encourage you to ask your head to nominate someone in school who can act as a mentor. "
     "It\u2019s up to the school how that works.")
para("What happens at the end?", style="Question")
para("In the last session Dr Legge explains the MA in Inclusive Education at Wendleby, where your 60 "
     "credits count in full, and how to apply.")

# In brief box (single-cell shaded table)
para("")
ib = doc.add_table(rows=1, cols=1)
c = ib.rows[0].cells[0]
shade_cell(c, "E3EFEE")
cell_text(c, "IN BRIEF", bold=True, size=9, color=TEAL)
for head, text in [
    ("Next door. ", "Colleagues in Kelsall County tell us that the Kelsall and Marsh University SENCO programme "
     "includes an assessment-only route for very experienced SENCOs, with a portfolio and a professional "
     "discussion in place of the taught sessions."),
    ("Checks renewed. ", "All ISS staff, including the tutors who will teach the Award, had their enhanced CRB "
     "disclosures renewed in January."),
    ("Outreach by cluster. ", "From April the ISS will deploy its outreach teachers and teaching assistants "
     "by cluster rather than by school, and manage them through four cluster leads."),
    ("Young voices. ", "The Children\u2019s Services participation team is holding a conference for youth "
     "workers, \u2018Hearing young voices\u2019, on 14 May at Brackmoor Town Hall."),
    ("Late nights. ", "The SEN Resource Library at the Fellgate Centre now stays open until 7pm on "
     "Thursdays."),
]:
    p = c.add_paragraph()
    r = p.add_run(head)
    r.bold = True
    r.font.size = Pt(9)
    r = p.add_run(text)
    r.font.size = Pt(9)

para("QUALITY", style="Kicker")
para("Keeping the standard", style="Headline")
para("How the partners will know whether the Award is working \u2013 and put it right when it isn\u2019t.",
     style="Standfirst")
para("Every study day ends with a feedback card, and every unit with a questionnaire. Halfway through the "
     "year the University\u2019s evaluation officer, who does not teach on the course, runs a focus group "
     "with participants without tutors present. The external examiner, a senior lecturer in inclusive "
     "education at another university, reports each summer on the standard of the work and the fairness of "
     "the marking. All of this goes into the University\u2019s annual monitoring report on the Award, which "
     "the course steering group \u2013 the ISS Head of Service, Dr Legge, Janet Pridmore and the unit "
     "tutors \u2013 turns into an action plan for the next cohort. What changed, and why, will be reported "
     "in the summer issue of SENse and to the next cohort on their first day.")
para("Each task is first marked by the participant\u2019s tutor against the published criteria. A second "
     "tutor marks one script in four, every fail and every script near a grade boundary, and the tutors "
     "meet to moderate before the University\u2019s examination board. The external examiner sees a sample "
     "from every task and attends the board. Before marking begins, all tutors take part in a "
     "standardisation day each September, marking sample scripts together, and every tutor has the Tutor "
     "Handbook, which sets out their role in teaching, tutorials and assessment.")
para("Measuring the difference for participants is the easier part: at the start and end of the course "
     "participants rate their confidence against each outcome, and the evaluation officer analyses the "
     "change for the cohort. Measuring the difference for pupils is harder. We hope that over time the "
     "council\u2019s attainment data for pupils at School Action Plus will show it.")

para("THE PEOPLE", style="Kicker")
para("Meet the team", style="Headline")
team = doc.add_table(rows=0, cols=2)
for name, bio in [
    ("Janet Pridmore", "Senior Adviser (SEN), ISS; programme leader. SENCO for nine years in two Brackmoor "
     "primary schools; MA in Special and Inclusive Education; leads the council\u2019s SENCO network."),
    ("Dr Fiona Legge", "Senior Lecturer in Inclusive Education, University of Wendleby; University lead. "
     "Former secondary SENCO; doctorate on secondary pupils\u2019 experience of SEN support; teaches on the "
     "University\u2019s MA."),
    ("Owen Marchetti", "Specialist Teacher (SpLD), ISS. AMBDA; fourteen years\u2019 teaching, the last six "
     "supporting pupils with dyslexia across Brackmoor schools."),
    ("Dr Aisling Rourke", "Senior Educational Psychologist, Brackmoor Educational Psychology Service. "
     "Chartered psychologist; leads the service\u2019s work on early identification."),
]:
    row = team.add_row().cells
    cell_text(row[0], "[photo]", italic=True, size=8)
    cell_add(row[0], name, bold=True, size=9)
    cell_text(row[1], bio, size=9)
para("All four tutors have taught in, or worked with, Brackmoor schools within the last three years, and "
     "each keeps up to date through the council\u2019s SEN conference and the University\u2019s research "
     "seminars.")

para("RESOURCES", style="Kicker")
para("Where you\u2019ll learn", style="Headline")
para("The Fellgate Centre houses the ISS SEN Resource Library \u2013 standardised tests and assessment "
     "materials, intervention programmes, reading schemes and professional books, all on loan \u2013 and an "
     "Assistive Technology Room with text-to-speech and voice-recognition software, Clicker 5, symbol "
     "software and switch-access equipment, which participants use in Unit 2 and can borrow for their "
     "schools. Participants register as University students, so they have the Wendleby library, its "
     "electronic journals and off-campus access. Alongside the tutors, participants learn from the "
     "council\u2019s educational psychologists, speech and language therapists and autism outreach "
     "teachers, the Parent Partnership Service and the Brackmoor Autism Support Group.")

para("YOUR LETTERS", style="Kicker")
para("Letters", style="Headline")
p = para("")
p.add_run("Asking the children. ").bold = True
p.add_run("As a parent of a boy with autism I was pleased to read about the new course. I hope it will teach "
          "SENCOs to ask children what they think of the help they get. My son has a lot to say, if "
          "someone asks him. \u2013 Carol Bright, Brackmoor Parents\u2019 Forum")
p = para("")
p.add_run("Janet Pridmore replies: ").italic = True
p.add_run("Thank you. We haven\u2019t built consulting pupils into the first year of the Award, but it is on "
          "our list for the second cohort.")
p = para("")
p.add_run("That week at Brackmoor Park. ").bold = True
p.add_run("When I did the ISS Certificate in Inclusive Practice in 2005, the placement week we all spent at "
          "Brackmoor Park School was the best part of it. Will the new Award have that? \u2013 Dev Sandhu, "
          "SENCO, Hollins Lane Primary")
p = para("")
p.add_run("Janet Pridmore replies: ").italic = True
p.add_run("The Award has no placement week, but any participant who wishes can arrange a visit to Brackmoor "
          "Park or to the Fellside Centre through their tutor.")

# ------------------------------------------------------------------ back page: one column
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
set_cols(sec3, 1)

para("THE ASSESSED TASKS AT A GLANCE", style="Kicker")
para("What you will be assessed on", style="Headline")
tt = doc.add_table(rows=1, cols=4)
tt.style = "Table Grid"
for i, h in enumerate(["Task", "Unit", "What you do", "What the markers look for"]):
    cell_text(tt.rows[0].cells[i], h, bold=True, size=8)
    shade_cell(tt.rows[0].cells[i], "E3EFEE")
rows = [
    ("A  Policy audit (4,000 words)", "1",
     "Audit your school\u2019s SEN policy and practice against the Code of Practice and the disability "
     "equality duties; agree an action plan with your headteacher and present it to the governor "
     "responsible for SEN.",
     "Sound knowledge of SEN law and the Code of Practice and what they mean for your school; knowledge of "
     "the disability equality laws and the actions they require; how you worked with your head and "
     "governors to shape policy, priorities and the use of resources; whether you gained the commitment of "
     "your head and colleagues to the plan; clear, well-argued writing, and how you listened to and "
     "answered the governor\u2019s questions."),
    ("B  Learner study (4,000 words)", "2",
     "A study of one pupil with SEN and/or disabilities in your school over a term, including an "
     "intervention you plan and review.",
     "How the pupil\u2019s development has been shaped by their needs and their environment; your "
     "understanding of their type of need and how it affects learning; how you identified needs, set "
     "targets, planned the intervention and reviewed progress; your use of the reports of psychologists, "
     "therapists and other professionals; your use of test and tracking data; your choice and critical "
     "appraisal of approaches, resources and ICT; how you worked with the parents or carers, and the "
     "relationship you built with the pupil and family."),
    ("C  Change project (5,000 words) and professional discussion (20 minutes)", "3",
     "Lead a change in SEN provision in your school over two terms and report what changed; discuss it "
     "with your tutor and your headteacher.",
     "How you supported colleagues\u2019 professional development through observation, feedback, coaching "
     "and training; how you reviewed provision with colleagues and fed the findings into the school\u2019s "
     "self-evaluation, and your grasp of the principles of self-evaluation; how you drew on research, best "
     "practice and external advice; the evidence of changed practice."),
]
for row in rows:
    cells = tt.add_row().cells
    for i, txt in enumerate(row):
        cell_text(cells[i], txt, size=8)
para("Learning journal: not marked; discussed at tutorials.", size=9)
para("Provision map: you may attach your school\u2019s provision map to Task C as an appendix; it is not "
     "marked.", size=9)
para("To be awarded the Brackmoor Award for SEN Coordination you must pass Tasks A, B and C. Between them, "
     "the three tasks assess every one of the national minimum outcomes.", bold=True)

para("FOR THE PANEL", style="Kicker")
para("Where to find it", style="Crosshead")
gt = doc.add_table(rows=1, cols=2)
gt.style = "Table Grid"
cell_text(gt.rows[0].cells[0], "TDA criterion", bold=True, size=8)
cell_text(gt.rows[0].cells[1], "In this issue", bold=True, size=8)
for a, b in [
    ("Accreditation", "Lead story"),
    ("1 Raising achievement", "Lead story; Fifteen days, three units"),
    ("2 Meeting participants\u2019 needs (prior learning, needs assessment, assessment-only route)",
     "Five minutes with Janet Pridmore"),
    ("3 Access and flexibility", "Fifteen days, three units; Five minutes with Janet Pridmore"),
    ("4 Stakeholders", "You told us \u2013 and we listened"),
    ("5 Quality assurance; checks on candidates", "Keeping the standard; Meet the team; In brief"),
    ("6 Minimum outcomes", "The assessed tasks at a glance: all outcomes covered"),
]:
    cells = gt.add_row().cells
    cell_text(cells[0], a, size=8)
    cell_text(cells[1], b, size=8)

para("DIARY DATES", style="Kicker")
dt = doc.add_table(rows=0, cols=2)
dt.style = "Table Grid"
for a, b in [
    ("Thursday 23 April 2009, 4.00\u20135.30pm", "Information session, Fellgate Centre"),
    ("Tuesday 5 May 2009, 4.00\u20135.30pm", "Information session, Hollins Lane Primary"),
    ("Friday 22 May 2009", "Closing date for nominations (September intake)"),
    ("8\u201312 June 2009", "Interviews"),
    ("Thursday 24 September 2009", "Study day 1, September intake"),
    ("Thursday 14 January 2010", "Study day 1, January intake"),
]:
    cells = dt.add_row().cells
    cell_text(cells[0], a, size=8)
    cell_text(cells[1], b, size=8)

para("")
slips = doc.add_table(rows=1, cols=2)
s1, s2 = slips.rows[0].cells
dashed_box(s1)
dashed_box(s2)
cell_text(s1, "\u2702  EXPRESSION OF INTEREST", bold=True, size=8)
for line in ["Name: ............................................", "School: ..........................................",
             "\u2610 September 2009 intake    \u2610 January 2010 intake",
             "\u2610 Please send me the nomination form and leaflet",
             "\u2610 Please send the leaflet in large print",
             "Return to: Award Administrator, Fellgate Centre"]:
    cell_add(s1, line, size=8)
cell_text(s2, "\u2702  TELL US WHAT YOU THINK OF SENse", bold=True, size=8)
for line in ["\u2610 Very useful   \u2610 Quite useful   \u2610 Not useful",
             "What would you like to read about next term?",
             "..........................................................",
             "Return to: The Editor, SENse, Fellgate Centre"]:
    cell_add(s2, line, size=8)

doc.save(OUT)
print("wrote", OUT)
