"""fz-02-kirkholme-cpd-prospectus: build the .docx next to this script.

Provider (invented): Kirkholme and Dale Behaviour and Attendance Partnership,
twelve secondary schools and Millbeck Pupil Referral Unit in a northern town,
which has run a pooled staff development programme for its schools since 2005.
Its new "Kirkholme SENCO Award" is validated by the (invented) University of
Aldgarth.

Document kind: the partnership's whole CPD prospectus for 2009-10, "Staff
Development Programme 2009-10", written to "you" (staff in the thirteen
settings), sent as the printer's proof with a shaded note to the panel saying
that Strand S is the application. Layout: a cover block, the shaded note, a
welcome from the chair of heads, "How to book" terms, a year calendar table, five
strands of course entries, each course a small two-column fact table with a
merged title row and a course code (BA01, BA02, AT01, LW01, LB01, SA); Strand S
(the award) has an "At a glance" table, unit descriptions with "By the end you
will be able to..." lists, an assignments table, a tick grid of where each
national outcome is taught (unit columns) and assessed (assignment columns)
under a blanket heading, a who's-who table, FAQ, a blank booking form; a VML
text box with booking deadlines; a footer; one tracked change (deletion plus
insertion) and two comments.

Traps (requirement ids):
- Credits: the award is 40 credits at Level 7; 60 only with an optional
  module (E.2 partially_met).
- APL: LB01 (another course) lets Team Teach holders skip a day; the award
  itself: "Credit cannot be given on the Award for earlier courses or
  experience" (2.1 not_met; wrong-context + negation).
- E-learning: BA02 Restorative Approaches online has a tutor who replies in two
  days (another course); the award's Unit 2 online study has a peer board only
  and "There is no online tutor support" (3.3 partially_met).
- CRB: BA01's trainers are CRB checked (wrong context); for the award the head
  confirms the nominee's enhanced CRB on the form, but no other background
  checks (5.3 partially_met).
- Self-audit used only to place people in study groups, no individual plan
  (2.2 partially_met).
- Mentor and tutor guide only intended (5.7 not_met).
- Moderation: the sentence on University moderation is a tracked DELETION and
  the inserted text says arrangements "are being agreed"; a comment promising a
  moderator is not part of the submission (5.8 partially_met).
- Evaluation: questionnaires only (5.1 partially_met); confidence survey, pupil
  impact only hoped for (5.9 partially_met).
- Award rule: 80% attendance plus passing both assignments (6.0 partially_met);
  blanket heading "All the national outcomes are covered and assessed" against
  a grid with gaps (1.9 partially_met).
- "Latest research and thinking" with no sources (1.3 partially_met).
- Parents only as information from the Parent Partnership Service (1.7 p,
  6.S8 taught only p).
- Next steps only "we'll talk about what comes next" (2.5 partially_met).
- Outcome grid: A2, K2, K6, S2c, S8 taught only (p); A5 assessed only (p);
  A3 and S2d absent (n).
- Also: 2.4 partially_met (grouping by stage, not individual tailoring).
- Met despite appearances: assessment-only route (2.3) in the FAQ; placements
  (5.5) arranged; stakeholders on the Award Review Group (4.3).
"""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
NAME = "fz-02-kirkholme-cpd-prospectus"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.0)


def shade(el, fill):
    pr = el._tc.get_or_add_tcPr() if hasattr(el, "_tc") else el._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None, fill=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if fill:
        shade(p, fill)
    return p


def h(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for t in items:
        para(t, style="List Bullet")


def table(rows, widths=None, header=True, fill="DDEBF7"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def course(code, title, fields):
    rows = [[f"{code}  {title}", ""]] + fields
    t = table(rows, widths=[4.0, 13.0], header=False)
    m = t.cell(0, 0).merge(t.cell(0, 1))
    m.text = m.text.strip()
    for r in m.paragraphs[0].runs:
        r.bold = True
    shade(m, "F4B183")
    for i in range(1, len(rows)):
        for r in t.cell(i, 0).paragraphs[0].runs:
            r.bold = True
    para("")
    return t


def _r(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, rid, author="Aldgarth Quality Office", date="2009-03-09T11:02:00Z"):
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_r(text, deleted=(kind == "del")))
    p._p.append(el)


def textbox(lines):
    p = doc.add_paragraph()
    inner = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}</w:rPr><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>'
        for i, ln in enumerate(lines))
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:170pt;height:110pt;z-index:1" '
        'fillcolor="#FFF2CC" strokecolor="#C55A11"><v:textbox><w:txbxContent>'
        f'{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))
    return p


sec = doc.sections[0]
sec.footer.paragraphs[0].text = ("Kirkholme and Dale Behaviour and Attendance Partnership - Staff Development "
                                 "Programme 2009-10 - PRINTER'S PROOF 2")

# ------------------------------------------------------------------ cover
para("KIRKHOLME AND DALE", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Behaviour and Attendance Partnership", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Staff Development Programme 2009-10", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER)
para("for all staff in our twelve secondary schools and Millbeck PRU", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
para("To the TDA approval panel: this is our annual staff development prospectus as it goes to print. Strand S (the "
     "Kirkholme SENCO Award) is our application for approval; the other strands are included so that the panel can "
     "see the programme the Award belongs to. They are not part of the Award.", italic=True, fill="E7E6E6")

# ------------------------------------------------------------------ welcome
h("Welcome")
para("Dear colleague,")
para("This is the fifth year of our shared staff development programme. Last year 684 of you came to at least one "
     "course, and your evaluations have shaped this year's offer: more twilight sessions, more courses at Millbeck "
     "rather than in the town centre, and - the big news - our own SENCO Award, validated by the University of "
     "Aldgarth, for every school's SENCO who needs the national qualification.")
para("Everything in this booklet is paid for from the pooled partnership budget the heads agreed in 2005, so there is "
     "no charge to partnership schools unless a course says otherwise. Please talk to your school's CPD leader before "
     "you book.")
para("Margaret Olusanya, Headteacher, Dale Park School, Chair of the Partnership Heads' Group")

# ------------------------------------------------------------------ how to book
h("How to book")
textbox(["Booking deadlines", "Strand S, September start: 3 July 2009",
         "Strand S, January start: 27 November 2009", "All other courses: two weeks before the first session"])
bullets([
    "Book through your school's CPD leader, who sends the booking form (at the back) to the Partnership Office at "
    "Millbeck PRU, Ings Lane, Kirkholme.",
    "Places are confirmed by email within five working days.",
    "If you cannot attend, tell the office at least 48 hours before; late cancellations are recharged to the school "
    "at £40 a day (Strand S: see the Award's own terms).",
    "If you have a disability or any other need we should plan for, there is a box on the booking form. Tell us, and "
    "we will contact you before the course to agree what would help.",
])

# ------------------------------------------------------------------ calendar
h("The year at a glance")
table([
    ["Term", "Strand B: Behaviour", "Strand A: Attendance", "Strand L: Leadership and well-being", "Strand S: SENCO Award"],
    ["Autumn 2009", "BA01 (Sept, Nov); BA02 online opens 5 Oct", "AT01 (Oct)", "LW01 (Oct-Dec); LB01 starts", "September group starts 24 Sept"],
    ["Spring 2010", "BA01 (Feb)", "AT01 (Mar)", "LB01 continues", "January group starts 14 Jan"],
    ["Summer 2010", "BA01 (May)", "-", "LW01 (Apr-Jun)", "Both groups: placements, presentations"],
], widths=[2.4, 3.6, 3.0, 3.8, 4.2])

# ------------------------------------------------------------------ strands B, A, L
h("Strand B: Behaviour")
course("BA01", "Team Teach Foundation (two days)", [
    ["Who for", "Any member of staff who may need to use positive handling"],
    ["Dates", "29-30 September, 17-18 November, 9-10 February, 11-12 May"],
    ["Venue", "Millbeck PRU sports hall"],
    ["Led by", "Partnership Team Teach tutors. All our trainers hold a current enhanced CRB disclosure and a Team Teach instructor licence."],
])
course("BA02", "Restorative Approaches in the Classroom (online)", [
    ["Who for", "Teachers and support staff"],
    ["How it runs", "Six weekly online units on KDP Online, our learning platform, with an online tutor who replies to "
                    "your posts within two working days, and a live chat each Thursday at 4 pm."],
    ["Led by", "Sanjay Mehta, Restorative Practice Coordinator"],
])
h("Strand A: Attendance")
course("AT01", "Attendance and the Law (twilight)", [
    ["Who for", "Heads of year, attendance officers, form tutors"],
    ["Content", "Registration regulations; penalty notices; working with the Education Welfare Service"],
    ["Led by", "Kirkholme Education Welfare Service"],
])
h("Strand L: Leadership and well-being")
course("LW01", "SEAL for Secondary: leading the whole-school approach", [
    ["Who for", "SEAL leads and pastoral leaders"],
    ["How it runs", "Five twilights with gap tasks in school"],
])
course("LB01", "Lead Behaviour Professional Certificate", [
    ["Who for", "Staff who lead behaviour in their school"],
    ["Prior learning", "If you already hold Team Teach Foundation, you are exempt from day 1 of the certificate."],
    ["Led by", "Partnership behaviour consultants"],
])

# ------------------------------------------------------------------ strand S
h("Strand S: The Kirkholme SENCO Award")
para("From September 2009 every teacher new to the SENCO role must gain the national award within three years. Our "
     "Award is built for SENCOs in our schools, and it is about one thing above all: pupils with SEN and/or "
     "disabilities in our schools doing better - learning more, attending more, staying safe and healthy, taking a "
     "full part in school life and leaving us for a place in education, training or work. Your school-based enquiry "
     "measures what has changed for the pupils it involves, in their learning, attendance and well-being.")
h("At a glance", 2)
at = table([
    ["Award", "Kirkholme SENCO Award (Postgraduate Award in SEN Coordination), validated by the University of Aldgarth in February 2009"],
    ["Level and credit", "Level 7 (masters level), 40 credits. You can add the optional 20-credit module Leading Inclusion in the following year to complete a Postgraduate Certificate (60 credits)."],
    ["Length", "One year part time: eight study days, six twilights, two placement days and a school-based enquiry"],
    ["Start dates", "24 September 2009 or 14 January 2010"],
    ["Groups", "A daytime group and a twilight-and-Saturday group for each start; Units 1 and 2 can be taken in either order"],
    ["Venue", "Millbeck PRU training centre (ground floor, accessible parking, hearing loop)"],
    ["Cost", "No charge to partnership schools; £900 for other schools"],
    ["Contact", "Dr Ruth Addy, Award Leader, Partnership Office, Millbeck PRU"],
], widths=[3.5, 13.5], header=False)
for i in range(8):
    for r in at.cell(i, 0).paragraphs[0].runs:
        r.bold = True
    shade(at.cell(i, 0), "DDEBF7")

h("Is the Award for you?", 2)
para("You need qualified teacher status and to be your school's SENCO, or about to become it, with your head's "
     "agreement. Before you are offered a place, Dr Addy meets you for a pre-course conversation about your experience "
     "of SEN work and looks at a short statement from your head. If it looks as though you would struggle to reach "
     "the outcomes this year, she will suggest you first take our SEN Essentials twilights (free to partnership "
     "schools, six sessions) and join the January or following September group, and she will write to your head "
     "explaining why.")
para("Your head confirms on the booking form that you are employed at the school and gives the date and number of "
     "your enhanced CRB disclosure from the school's single central record. We will not confirm a place until this "
     "section is complete.")

h("Your first session: the self-audit", 2)
para("At induction you complete our self-audit against the national outcomes, rating yourself from 1 (new to this) "
     "to 4 (confident and can show it). We use the results to put you in a study group of four or five colleagues at "
     "a similar stage, who meet together in the tutor-led group sessions on each study day.")

h("Unit 1: The SENCO, the law and the school", 2)
para("Study days 1 to 3. The Code of Practice 2001 and what it asks of the school and the SENCO; the SEN and Disability "
     "Act 2001 and the Disability Discrimination Act duties, including the disability equality duty and accessibility "
     "planning; Every Child Matters and the Children Act 2004; working with the head, the leadership team and "
     "governors on SEN policy and resources; school self-evaluation and where SEN fits in the SEF.")
para("By the end of the unit you will be able to:")
bullets([
    "explain the law and the Code of Practice and how your school puts them into practice;",
    "advise your head and governors on an inclusive SEN policy and the use of the SEN budget;",
    "use the SEF and your school's data to judge how well pupils with SEN are doing;",
    "describe how the five Every Child Matters outcomes apply to pupils with SEN in your school.",
])

h("Unit 2: Understanding and meeting needs", 2)
para("Study days 4 to 6, and online study on KDP Online. How children develop and how SEN, disability and the "
     "learning environment affect development; behavioural, emotional and social difficulties (with Millbeck's own "
     "staff); autism, speech, language and communication needs, specific learning difficulties including dyslexia, "
     "and moderate learning difficulties; assessment, using other professionals' reports and summative data "
     "(including national tests and RAISEonline) to plan and track interventions; provision mapping; deploying and "
     "managing teaching assistants; approaches and resources for teaching, including ICT; helping subject teachers to "
     "use assessment for learning with pupils with SEN.")
para("The online part of Unit 2 is four recorded presentations with readings on KDP Online, which you work through in "
     "your own time between study days 4 and 6. A discussion board lets you share ideas with your study group. There "
     "is no online tutor support; please bring questions to the next study day.")
para("By the end of the unit you will be able to:")
bullets([
    "recognise the common types of SEN and explain how each affects learning;",
    "use assessments from educational psychologists, therapists and specialist teachers to plan teaching;",
    "use summative data to track pupils' progress and change their programmes;",
    "build and use a provision map, and find provision that is missing or not working;",
    "deploy and manage teaching assistants and other staff well.",
])

h("Unit 3: Leading provision with others", 2)
para("Study days 7 and 8, the placement days and the school-based enquiry. Leading colleagues: observing teaching and "
     "giving feedback, coaching, modelling and running training; reviewing provision with staff to feed the school's "
     "self-evaluation; listening to pupils and involving them in planning and reviewing their own provision, using "
     "Millbeck's \"My Say\" interview tools; working with CAMHS, the Educational Psychology Service, social care, "
     "health and voluntary groups such as the Kirkholme Autism Support Group; the Common Assessment Framework. You "
     "will also hear from the Parent Partnership Service about what parents want from their child's SENCO.")
para("By the end of the unit you will be able to:")
bullets([
    "plan and lead a change in your school's provision and judge its effect on pupils;",
    "support colleagues' development through observation, coaching and training;",
    "involve pupils with SEN in planning and reviewing what is provided for them;",
    "work with other services and voluntary organisations round a pupil;",
    "use research and advice from outside the school to improve practice.",
])

h("Study days (September group)", 2)
table([
    ["Day", "Date", "Focus", "Daytime group", "Twilight-and-Saturday group"],
    ["1", "Thu 24 Sept", "The SENCO role and the law; self-audit", "Millbeck, 9.15-3.30", "Sat 26 Sept, 9.30-3.00"],
    ["2", "Thu 15 Oct", "Disability equality and accessibility; Every Child Matters", "Millbeck", "Tue 20 and Thu 22 Oct, 4.00-6.30"],
    ["3", "Thu 19 Nov", "Heads, governors and the SEF", "Millbeck", "Sat 21 Nov"],
    ["4", "Thu 10 Dec", "Development, BESD and learning needs (with Millbeck staff)", "Millbeck", "Sat 12 Dec"],
    ["5", "Thu 21 Jan", "Autism, SLCN, dyslexia, MLD; assistive technology", "Millbeck", "Sat 23 Jan"],
    ["6", "Thu 25 Feb", "Assessment, data and provision mapping; teaching assistants", "Millbeck", "Tue 2 and Thu 4 Mar"],
    ["7", "Thu 18 Mar", "Leading colleagues; pupils' views", "Millbeck", "Sat 20 Mar"],
    ["8", "Thu 24 June", "Other services; enquiry presentations", "Millbeck", "Sat 26 June"],
], widths=[1.0, 2.4, 6.6, 3.4, 3.6])
para("The January group follows the same pattern from 14 January 2010 to December 2010, taking Unit 2 before Unit 1 "
     "if that suits its members better.")
h("What we ask of your school", 2)
para("Your head agrees to release you for the study days and placement days (supply cover is met from the pooled "
     "budget at the partnership rate), to name a school mentor from the leadership team who meets you at least once "
     "a half term, and to give you the data and the access you need for your provision review and your enquiry. We "
     "send your head a short note after each study day saying what was covered and what you may want to try in "
     "school.")
h("Placements", 2)
para("Each participant spends two placement days in the summer term: one at Fellside Special School and one in a "
     "learning support unit in another partnership school. The Award Leader arranges the placements and briefs the "
     "hosts, and you set your own questions for the visits with your study group beforehand. Specialist input during "
     "the year comes from the Educational Psychology Service, the Speech and Language Therapy Service, the Autism "
     "Outreach Team, CAMHS and Millbeck's own BESD specialists.")

h("Assignments and the Award", 2)
table([
    ["Assignment", "What you do", "Length", "When"],
    ["1 Provision review", "Review your school's provision for pupils with SEN using your provision map, school data and "
     "the views of a group of pupils you consult; recommend changes to your head", "3,000 words", "End of Unit 1 or 2"],
    ["2 School-based enquiry", "Plan, lead and evaluate a change in provision, with baseline and end measures for the "
     "pupils involved, drawing on research", "4,000 words", "End of Unit 3"],
    ["3 Presentation", "Present your enquiry to your study group and a tutor (15 minutes, with questions)", "-", "Final study day"],
], widths=[3.0, 9.2, 2.2, 2.6])
para("")
p = para("Assignments are marked by your tutor against the University of Aldgarth's Level 7 criteria. ")
tracked(p, "All assignments are second-marked and a sample is moderated by the University's link tutor and seen by "
        "the external examiner. ", "del", 11)
tracked(p, "Moderation arrangements are being agreed with the University. ", "ins", 12)
para("To gain the Award you must attend at least 80% of the study days and twilights and pass Assignments 1 and 2. "
     "The presentation is not graded, but you must give it.")
para("Credit cannot be given on the Award for earlier courses or experience, including our own courses: everyone "
     "takes the whole Award.")

h("Where the national outcomes are taught and assessed", 2)
para("All the national outcomes are covered and assessed. Key: \u25cf in a unit column = taught in that unit; "
     "\u25cf in an assignment column = assessed in that assignment.")
D = "\u25cf"
grid = [["National outcome (short form)", "U1", "U2", "U3", "Asg 1", "Asg 2", "Pres"]]
data = [
    ("PROFESSIONAL ATTRIBUTES", None),
    ("Respectful relationships with pupils and parents", "  x   x "),
    ("Commitment of head and senior leaders", "x      "),
    ("Problems, decisions and judgement", " x x x  "),
    ("Speaking and writing clearly; listening", "     x x"),
    ("Using research and outside advice", "  x  x "),
    ("Own CPD and keeping up to date", "x     x"),
    ("KNOWLEDGE AND UNDERSTANDING", None),
    ("SEN law and the Code of Practice", "x  x  "),
    ("Every Child Matters", "x      "),
    ("Disability equality law", "x  x  "),
    ("Child development", " x  x "),
    ("Common types of SEN", " x  x "),
    ("Approaches, resources and ICT", " x     "),
    ("School self-evaluation", "x  x  "),
    ("Best practice and research", "  x  x "),
    ("External agencies", "  x  x "),
    ("SKILLS", None),
    ("Strategy, ethos, policy and resources", "x  x  "),
    ("Identify, set targets, plan, review", " x   x "),
    ("Using other professionals' assessments", " x  x "),
    ("Summative data and national tests", " x  x "),
    ("Colleagues' formative assessment", " x     "),
    ("Provision mapping", " x  x "),
    ("Deploying and managing staff", " x  x "),
    ("Developing colleagues", "  x  x "),
    ("Reviewing provision for self-evaluation", "  x x  "),
    ("Involving pupils", "  x x  "),
    ("Liaising with parents and carers", "  x    "),
    ("Other services and voluntary organisations", "  x  x "),
]
# explicit marks per row: (U1, U2, U3, A1, A2, Pres)
marks = {
    "Respectful relationships with pupils and parents": (0, 0, 1, 1, 1, 0),
    "Commitment of head and senior leaders": (1, 0, 0, 0, 0, 0),
    "Problems, decisions and judgement": (0, 1, 1, 1, 1, 0),
    "Speaking and writing clearly; listening": (0, 0, 0, 1, 1, 1),
    "Using research and outside advice": (0, 0, 1, 0, 1, 0),
    "Own CPD and keeping up to date": (1, 0, 0, 0, 1, 0),
    "SEN law and the Code of Practice": (1, 0, 0, 1, 0, 0),
    "Every Child Matters": (1, 0, 0, 0, 0, 0),
    "Disability equality law": (1, 0, 0, 1, 0, 0),
    "Child development": (0, 1, 0, 1, 0, 0),
    "Common types of SEN": (0, 1, 0, 1, 0, 0),
    "Approaches, resources and ICT": (0, 1, 0, 0, 0, 0),
    "School self-evaluation": (1, 0, 0, 1, 0, 0),
    "Best practice and research": (0, 0, 1, 0, 1, 0),
    "External agencies": (0, 0, 1, 0, 1, 0),
    "Strategy, ethos, policy and resources": (1, 0, 0, 1, 0, 0),
    "Identify, set targets, plan, review": (0, 1, 0, 0, 1, 0),
    "Using other professionals' assessments": (0, 1, 0, 1, 0, 0),
    "Summative data and national tests": (0, 1, 0, 1, 0, 0),
    "Colleagues' formative assessment": (0, 1, 0, 0, 0, 0),
    "Provision mapping": (0, 1, 0, 1, 0, 0),
    "Deploying and managing staff": (0, 1, 0, 1, 0, 0),
    "Developing colleagues": (0, 0, 1, 0, 1, 0),
    "Reviewing provision for self-evaluation": (0, 0, 1, 1, 0, 0),
    "Involving pupils": (0, 0, 1, 1, 0, 0),
    "Liaising with parents and carers": (0, 0, 1, 0, 0, 0),
    "Other services and voluntary organisations": (0, 0, 1, 0, 1, 0),
}
group_idx = []
for label, _ in data:
    if _ is None:
        group_idx.append(len(grid))
        grid.append([label] + [""] * 6)
    else:
        grid.append([label] + [D if m else "" for m in marks[label]])
gt = table(grid, widths=[7.0, 1.6, 1.6, 1.6, 1.7, 1.7, 1.7])
for i in group_idx:
    m = gt.cell(i, 0).merge(gt.cell(i, 6))
    m.text = m.text.strip()
    for r in m.paragraphs[0].runs:
        r.bold = True
    shade(m, "EDEDED")

h("Who teaches the Award", 2)
table([
    ["Name", "Role on the Award", "Background"],
    ["Dr Ruth Addy", "Award Leader; Units 1 and 3", "EdD (inclusive education); SENCO for 11 years at Dale Park School; Partnership Inclusion Consultant since 2006"],
    ["Tom Garside", "Tutor, Unit 2", "Deputy head, Millbeck PRU; MA in emotional and behavioural difficulties; trainer for the partnership's BESD courses"],
    ["Dr Priya Nandakumar", "Tutor, Unit 2 (assessment)", "Senior Educational Psychologist, Kirkholme EPS"],
    ["Jill Raistrick", "Tutor, Unit 3", "Specialist teacher, Autism Outreach Team; NASEN regional committee"],
    ["Dr Colin Peart", "University link tutor", "Principal Lecturer in Special Education, University of Aldgarth"],
], widths=[3.2, 4.2, 9.6])
para("")
para("Each participant also has a school mentor, usually a member of their own leadership team. We intend to produce "
     "a guide for mentors and tutors before the course starts.")

h("Your views, and how we check the Award is working", 2)
para("We planned the Award from the 2008 Staff Development Review. Of the 13 SENCOs, 11 answered the SENCO section: "
     "9 asked for help with the new regulations and the Code, 8 with managing teaching assistants, 7 with pupils whose "
     "behaviour masks a learning need, and all 11 asked for the course to be local. Because of this, Unit 2 gives a full "
     "study day to BESD and learning needs taught with Millbeck staff, the Award runs at Millbeck, and teaching "
     "assistant deployment became part of Assignment 1. Heads asked for a twilight route so that SENCOs are not out "
     "of school every month, which is why there is a twilight-and-Saturday group.")
para("The Award Review Group meets each term: the Award Leader, a head from the Heads' Group, two SENCOs from "
     "partnership schools, a parent representative from the Parent Partnership Service and the University link "
     "tutor. It reads the evaluations and agrees changes for the next group; heads also host the placement days and "
     "the SENCO network comments on the draft reading list each summer.")
para("You will fill in an evaluation sheet at the end of each study day and a questionnaire at the end of the course. "
     "You also rate your confidence against the outcomes at the start and the end, so we can see how far you have come. "
     "We hope the Award will make a difference to pupils' progress in your school, and we would like to hear about it.")
para("The Award draws on the latest research and thinking about SEN and inclusion.")

h("Questions you have asked us", 2)
for q, a in [
    ("I have been a SENCO for years. Do I have to do the whole course?",
     "Not necessarily. An experienced SENCO, or a specialist teacher moving into a SENCO post, can ask to be assessed "
     "without attending. You submit a portfolio against every national outcome with the evidence for each, and have "
     "a 45-minute professional discussion with two tutors, one from the University. The fee is £350. Dr Addy will "
     "discuss with you whether this route is right before you apply."),
    ("What happens at the end?",
     "At the last study day we will talk about what comes next, including the optional Leading Inclusion module."),
    ("I am dyslexic. Can I have extra time for assignments?",
     "Yes. Tell us on the booking form or at any time. We can give extended deadlines, reading materials two weeks in "
     "advance in your preferred format, a reader or scribe for the presentation, and rest breaks. The Award Leader "
     "agrees adjustments with you, records them and tells your tutors, and the University's disability adviser can "
     "advise on more. The same applies to any disability or health condition."),
    ("What resources will I have?",
     "Full use of the University of Aldgarth library and its online journals, the partnership's SEN resource base at "
     "Millbeck, a laptop on study days, and the assistive technology room at Millbeck (reading pens, text-to-speech "
     "and voice recognition software, communication aids) which you will use on study day 5."),
]:
    para(q, bold=True)
    para(a)

# ------------------------------------------------------------------ booking form
h("Booking form")
table([
    ["Course code", "", "Start date / group", ""],
    ["Name", "", "School", ""],
    ["Email", "", "Role", ""],
    ["Anything we should plan for (disability, access, other needs)?", "", "", ""],
    ["For Strand S only - head to complete: date and number of enhanced CRB disclosure", "", "", ""],
    ["Head's signature", "", "Date", ""],
], widths=[4.5, 4.0, 4.0, 4.5], header=False)

# ------------------------------------------------------------------ comments
def find(prefix):
    for p_ in doc.paragraphs:
        if p_.text.startswith(prefix):
            return p_
    raise KeyError(prefix)


doc.add_comment(find("Assignments are marked by your tutor").runs[0],
                text="We will send a moderator for every cohort and the external examiner will see all fails - please "
                     "put the old sentence back once the agreement is signed.", author="Colin Peart", initials="CP")
doc.add_comment(find("Each participant also has a school mentor").runs[0],
                text="Printer needs final copy by 15 March. Mentor guide - can we say it exists?", author="Partnership Office",
                initials="PO")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
