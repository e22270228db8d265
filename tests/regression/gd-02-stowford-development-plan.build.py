"""Build gd-02-stowford-development-plan.docx

Provider: the Stowford Leading Edge Partnership: eight secondary schools in
and around the market town of Stowford (Kellshire) and Brookfield School
(special, 3-19, severe and complex needs). Led by Gareth Pellow, Deputy
Headteacher of Stowford Abbey School and partnership coordinator; the
University of Holmbridge validates the course. The partnership plans to run
the award for its own SENCOs and those of neighbouring schools.

Kind of document: Strand C ("The Stowford SENCO Award") of the
partnership's Development Plan 2009-11, version 1.3 as amended at the
Steering Group on 26 February 2009, sent as the application with a boxed
covering note. Tracked changes from the Steering Group are left visible and
one head's comment is left in.

Layout: a boxed covering note; a document-control table; Word heading
styles with the plan's own section numbers C1-C9 and objective numbers
C2.1-C2.5 (which look like requirement ids); an audit table of the nine
schools' SENCOs; an action plan table with RAG status; a landscape section
with a Gantt chart (sixteen month columns Apr 09 to Jul 10, typed shaded
cells "\u25a0", milestones "\u25c6", "?" for unscheduled); a risk table; a budget
table; Appendix 1, a session map table with outcomes in the plan's own
short wording, and a list of the four tasks naming the outcomes each one
assesses. Header "DRAFT v1.3" and a footer with a blanket equality claim.

Traps (requirement ids affected):
- Deleted tracked change: a pilot assessment-only route, replaced by an
  inserted sentence saying the Steering Group decided not to run one
  (2.3 not_met).
- Inserted tracked change: January entry at Block B (3.2 met only because
  the insertion counts).
- Deleted tracked change: parents on a July evaluation panel; what remains
  is a wish to involve parents and pupils "in future years" (4.3
  partially_met).
- Comment from a head about mentor training; the body has only a Gantt row
  "Mentor briefing - date TBC" (5.7 not_met).
- Footer "Our programme is fully accessible to disabled participants":
  never evidence (3.1 partially_met on body text alone).
- No e-learning: "we have decided against an online element"; the Gantt's
  "Explore a VLE for cohort 2" is only a future idea (3.3 not_applicable).
- APL only "to be discussed with Holmbridge" in the Gantt and action plan
  (2.1 not_met).
- Placements: Brookfield hosts PGCE trainees and Year 11 work experience
  (wrong people); participants' days there are "being explored" (5.5
  partially_met; specialist expertise is there).
- Moderation "to be agreed with the university" (5.8 partially_met).
- Entry only QTS and designation by the head (5.2 partially_met).
- Compensation between tasks (6.0 partially_met).
- Appendix 1: outcomes covered in sessions but named in no task: winning
  over the head (6.A2), disability equality law (6.K3), principles of
  self-evaluation (6.K7), coaching and developing colleagues (6.S5, only
  "feedback from the set, not marked") -> partially_met; managing own time
  and delegating (6.A3) and access arrangements for examinations (6.S2d)
  appear nowhere -> not_met; hence 1.9 partially_met.
- Objective numbers C2.1-C2.5 and the plan's section numbers look like
  requirement ids but are the plan's own.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
OUT = HERE / "gd-02-stowford-development-plan.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

AUTH = "Gareth Pellow"
DATE = "2009-02-27T09:00:00Z"
_rev = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", style=None, bold=False, italic=False, size=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def B(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def _run(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind):
    _rev[0] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), AUTH)
    el.set(qn("w:date"), DATE)
    el.append(_run(text, deleted=(kind == "del")))
    p._p.append(el)


def table(rows, widths=None, fill="DCE6F1", size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if i == 0:
                r.bold = True
                shade(c, fill)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


def add_field(paragraph, instr):
    for kind, txt in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "text":
            paragraph.add_run(txt)
            continue
        r = paragraph.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r._r.append(it)
        else:
            f = OxmlElement("w:fldChar")
            f.set(qn("w:fldCharType"), kind)
            r._r.append(f)


sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
h = sec.header.paragraphs[0]
h.text = "Stowford Leading Edge Partnership \u2013 Partnership Development Plan 2009-11 \u2013 DRAFT v1.3 for Steering Group"
h.runs[0].font.size = Pt(8)
f = sec.footer.paragraphs[0]
f.add_run("Strand C: SENCO Award  |  Our programme is fully accessible to disabled participants  |  Page ").font.size = Pt(8)
add_field(f, "PAGE")

# covering note box
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "F2F2F2")
c.paragraphs[0].add_run("To the TDA approval panel").bold = True
c.add_paragraph(
    "We enclose Strand C of the Stowford Leading Edge Partnership's Development Plan 2009-11, which is "
    "our plan for the SENCO award. It is the version the Steering Group of headteachers amended on 26 "
    "February 2009. We have left the Steering Group's changes showing so that you can see what was "
    "agreed; text shown as deleted is no longer part of our plan. Strands A (Learning to Learn) and B "
    "(14-19 collaboration) are not enclosed."
)
c.add_paragraph("Gareth Pellow, Deputy Headteacher, Stowford Abbey School, Partnership Coordinator, 3 March 2009")
doc.add_paragraph()

P("Stowford Leading Edge Partnership", bold=True, size=18)
P("Partnership Development Plan 2009-2011", bold=True, size=14)
P("Strand C: The Stowford SENCO Award", bold=True, size=14)
table([
    ["Version", "Date", "Author", "Status"],
    ["1.0", "12 Jan 2009", "G. Pellow", "First draft for Strand C working group"],
    ["1.2", "9 Feb 2009", "G. Pellow / S. Okafor", "After consultation with SENCOs and heads"],
    ["1.3", "26 Feb 2009", "Steering Group", "Amended and approved subject to tracked changes"],
], widths=[2, 3, 4, 8])
P("Partner schools: Stowford Abbey School (lead); Ashleigh Road School; Bishop Crane CE School; Kellbrook "
  "College; Linthorpe High School; Haddon Park School; Moorside Community School; Upper Stowe School; "
  "Brookfield School (special). Validating university: University of Holmbridge, Faculty of Education.",
  italic=True, size=10)

H("C1  Where we are now")
P("The partnership has worked together since 2004 as one of the national Leading Edge partnerships, "
  "sharing practice between schools on learning to learn and, since 2007, on the 14-19 diplomas. SEN has "
  "until now been handled school by school. The SENCO regulations of September 2008, and the requirement "
  "that new SENCOs gain the national award, have made it a shared priority. In January 2009 we asked every "
  "SENCO in the partnership and in the 19 primary and 3 secondary schools that feed or neighbour us "
  "about their position and needs. 27 of the 31 schools replied.")
table([
    ["School", "SENCO in post since", "SEN qualification", "Award needed?"],
    ["Stowford Abbey", "2008", "None beyond QTS", "Yes"],
    ["Ashleigh Road", "2001", "Certificate in SpLD (1999)", "No"],
    ["Bishop Crane CE", "2009 (Jan)", "None", "Yes"],
    ["Kellbrook College", "1996", "Advanced Diploma SEN", "No"],
    ["Linthorpe High", "2007", "None", "Yes"],
    ["Haddon Park", "2005", "BPhil (part)", "Yes"],
    ["Moorside Community", "2008 (acting)", "None", "Yes"],
    ["Upper Stowe", "2003", "MA Inclusion", "No"],
    ["Brookfield (special)", "Assistant head for SEN, 2006", "Mandatory qualification (SLD)", "Wishes to take it"],
    ["Neighbouring schools (22 replies)", "11 since 2006", "4 with SEN qualification", "At least 10"],
], widths=[4.5, 4, 5, 3.5])
P("SENCOs told us that what they most wanted from a course was help with using data to show pupils' "
  "progress, with managing teaching assistants and with parents who disagree with the school. Headteachers "
  "told us they wanted a course close to home, taught mainly in full days they could plan cover for, and "
  "able to take a SENCO appointed part way through the year. Kellshire's SEN Adviser, Dr Frances Lyle, "
  "shared the county's data: pupils with SEN in the Stowford area make less progress between Key Stages 2 "
  "and 4 than in the rest of the county, and the area has the county's highest rate of fixed-term "
  "exclusions of pupils at School Action Plus. The Kellshire Parent Partnership Service's annual survey "
  "(2008) found that parents in the area felt least well informed about their child's targets and "
  "reviews.")
P("These views shaped the plan. Because heads asked for mid-year entry, the course is built in three "
  "blocks that can be joined at Block B. Because SENCOs asked for help with data, teaching assistants and "
  "parents, each has a full day (Days B1 and B2). Because of the Parent Partnership Service's survey, Task "
  "2 asks every participant to involve pupils and their families in a review. Dr Lyle asked that the "
  "course use the county's new provision map format, and it does.")

H("C2  What we want to achieve by July 2011")
P("C2.1  Every SENCO in the partnership who needs the award has it or is on course to gain it.")
P("C2.2  At least 20 SENCOs from neighbouring schools have taken the course.")
P("C2.3  Pupils in the participants' enquiry groups make measurably better progress in attainment, "
  "attendance or well-being than before the enquiry.")
P("C2.4  Fixed-term exclusions of pupils at School Action Plus or with statements in partnership schools "
  "fall by a quarter from the 2007-08 figure.")
P("C2.5  Each partnership school's self-evaluation form shows SEN provision judged at least good by the "
  "school and its School Improvement Partner.")

H("C3  The course")
P("The Stowford SENCO Award is a Postgraduate Certificate of 60 credits at Level 7 (Master's level). The "
  "University of Holmbridge validated it at an event on 11 February 2009 as two 30-credit modules, subject "
  "to TDA approval as a provider of the national award. Participants register as students of the "
  "university. The aim of the course is that pupils with SEN and/or disabilities in participants' schools "
  "achieve more and are happier, safer and more included, because their SENCO leads better provision for "
  "them; every task asks participants to show what difference their work has made to pupils, across the "
  "five Every Child Matters outcomes and not only test results.")
H("Structure", 2)
P("The course runs over one school year in three blocks: Block A in the autumn term (four days), Block B "
  "in the spring term (three days) and Block C in the summer term (three days), ten days in all, with six "
  "after-school learning-set meetings in between. Days are held at Stowford Abbey's conference centre, "
  "except Days A3 and B1, which are held at Brookfield School. The learning sets are groups of four "
  "SENCOs from different schools, each with a facilitator from the course team, which meet at a member's "
  "school in turn.")
p = P("The first group starts in September 2009. ")
tracked(p, "Teachers appointed to the SENCO role after September may join in January at Block B and "
           "complete Block A with the next group in the autumn, finishing in the following December. ", "ins")
p.add_run("We have decided against an online element for the first group: all teaching is face to face, "
          "and handouts are given out on paper at each day.")
H("Starting point and individual plans", 2)
P("In June or July before the course (or in December for January entrants), each participant completes "
  "the partnership's Starting Point Review: they rate themselves against each of the course outcomes in "
  "Appendix 1 with a note of the evidence, and then meet their course tutor and their headteacher for an "
  "hour. Together they agree an Individual Learning Plan naming the four to six outcomes the participant "
  "most needs to develop, the focus of their enquiry (Task 4) and the optional sessions and learning-set "
  "topics they will take. The tutor reviews the plan with the participant in December and April. Where "
  "several participants share a priority, the course team adds an optional twilight on it.")
H("What the course covers", 2)
P("Block A covers the law and guidance on SEN and disability (the Code of Practice 2001, the SENCO "
  "regulations 2008, the Disability Discrimination Act as amended in 2005 and schools' duties under it), "
  "Every Child Matters, how children develop, and the main kinds of SEN. Day A2 looks at recent evidence "
  "and what it means for schools: the Bercow Review of services for children with speech, language and "
  "communication needs (2008), Ofsted's report Inclusion: does it matter where pupils are taught? (2006), "
  "the Inclusion Development Programme materials on dyslexia and on speech and language (2008), and the "
  "Lamb Inquiry into parental confidence, which will be reporting during the course. Block B covers "
  "identifying needs and tracking progress, provision mapping, leading teaching assistants, and working "
  "with pupils, families and other services. Block C covers leading change in a school, supporting "
  "colleagues, evaluating provision and planning what comes next. The session map is in Appendix 1.")
H("Working in school", 2)
P("Everything on the course is tied to the participant's own school. Between blocks participants carry out "
  "the four tasks in Section C4 there, with the agreement of their headteacher, who also nominates a "
  "senior colleague as in-school mentor. Through Task 2 each participant consults a group of pupils with "
  "SEN about something that affects them (for example how support in lessons is organised, or homework) "
  "using approaches practised on Day B2, and reports back to the pupils on what has changed. Through Task "
  "3 they hold a review with a pupil's parents or carers using the structured conversation approach taught "
  "with the Parent Partnership Service on Day B2. Through Task 4 they lead a change in provision with "
  "colleagues in their school and at least one outside service, and measure its effect.")
H("Routes", 2)
p = P()
tracked(p, "In 2009-10 we will also pilot an assessment-only route for two experienced SENCOs (from "
           "Brookfield and Kellbrook) who will submit Tasks 1-4 without attending the taught days. ", "del")
tracked(p, "The Steering Group decided not to run an assessment-only route while the course is new; we "
           "will look at this again for 2010-11.", "ins")
H("Who can join", 2)
P("Applicants must hold Qualified Teacher Status and be in post as SENCO, or designated by their governing "
  "body to take up the role, in a maintained school. They are nominated by their headteacher on the "
  "partnership's nomination form.")
P("On the nomination form the headteacher confirms the date and number of the candidate's current enhanced "
  "CRB disclosure, that the school's pre-employment checks (List 99, references from previous employers, "
  "qualifications) were completed when the candidate was appointed, and that there are no outstanding "
  "disciplinary matters or concerns about the candidate's conduct with children. The Partnership Manager, "
  "Sue Okafor, checks every form before a place is confirmed. A candidate who has not worked in a school "
  "in a post with regular contact with children in the last three months is asked to obtain a new "
  "enhanced disclosure through Kellshire County Council before starting.")
P("The nomination form asks whether the participant needs anything to take part fully in the course. "
  "Both venues are on one level with accessible parking and toilets.")
H("Staff", 2)
table([
    ["Name", "Role on the course", "Background"],
    ["Gareth Pellow", "Course leader; tutor", "Deputy head, Stowford Abbey; SENCO 1997-2006; MA SEN (Holmbridge)"],
    ["Sue Okafor", "Partnership Manager; administration", "Leading Edge partnership manager since 2005"],
    ["Anita Brereton", "Tutor; Block A lead", "Assistant head (SEN), Brookfield; mandatory qualification SLD; IDP trainer for Kellshire"],
    ["Dr Martin Hale", "Tutor; university link tutor", "Senior lecturer in inclusive education, University of Holmbridge; leads its MA SEN"],
    ["Rachel Dunn", "Tutor; learning-set facilitator", "SENCO, Upper Stowe; MA Inclusion; Kellshire SENCO network chair"],
    ["Dr Frances Lyle", "Guest tutor, Day A1", "Kellshire SEN Adviser"],
    ["Tom Whitby", "Guest tutor, Day B3", "Principal Educational Psychologist, Kellshire"],
    ["Kellshire Parent Partnership Service", "Co-teaches Day B2", "Two officers and a parent volunteer"],
], widths=[3.5, 4.5, 9])
P("Day B3 brings in the county's speech and language therapy team, the autism outreach team, the "
  "sensory support service and Stowford Young Carers, a voluntary organisation, to explain what they "
  "offer and how to work with them. Brookfield School already hosts placements for PGCE trainees from "
  "Holmbridge and for Year 11 work-experience students from the partnership. We are exploring whether "
  "participants could spend one or two days at Brookfield during the course.")
H("Resources", 2)
P("Days A3 and B1 use Brookfield's resource centre, which holds assistive and communication technology "
  "(switch access, communication aids, Clicker 5, Widgit symbol software, reading pens) that participants "
  "try out and may borrow for their enquiries. Participants have full use of the University of Holmbridge "
  "library and its online journals and of the partnership's SEN collection at Stowford Abbey, and every "
  "participant receives a copy of the Code of Practice, the IDP materials and the core text.")

H("C4  Assessment")
table([
    ["Task", "What the participant does", "When", "Weight"],
    ["Task 1: Policy review", "Reviews their school's SEN policy and practice against the Code of Practice "
     "and Every Child Matters and presents recommendations to the head and the governor for SEN (3,000 words)",
     "December", "25%"],
    ["Task 2: Pupil voice", "Consults a group of pupils with SEN on an issue that affects them and reports "
     "what changed (2,000 words and pupils' own material)", "February", "15%"],
    ["Task 3: Provision map and case analysis", "Produces a costed provision map for a year group and "
     "analyses one pupil's needs and provision, including the review with parents (3,500 words)", "April", "25%"],
    ["Task 4: Impact enquiry", "Leads and evaluates a change in provision with colleagues, with baseline and "
     "follow-up measures of pupils' progress, and writes their next-steps plan (5,000 words)", "July", "35%"],
], widths=[3.5, 9.5, 2, 2])
P("Tutors mark the tasks against the University of Holmbridge's Level 7 assessment criteria. "
  "Arrangements for moderation are to be agreed with the university during 2009-10. A participant passes "
  "the course with an overall mark of 50% or more across the four tasks, provided no task is below 40%; "
  "compensation between tasks is allowed within these limits. Participants who pass receive the "
  "Postgraduate Certificate and the national award.")

H("C5  Action plan")
table([
    ["Ref", "Action", "Lead", "By", "Cost", "Success criteria", "Status"],
    ["C5.1", "Validation by University of Holmbridge", "GP / MH", "Feb 09", "\u00a31,200", "Validated as 60 credits, Level 7", "Green \u2013 done"],
    ["C5.2", "Application to TDA for approval", "GP", "Mar 09", "\u2013", "Application sent", "Amber"],
    ["C5.3", "Publish dates and nomination form to all 31 schools", "SO", "Apr 09", "\u00a3150", "Forms out by Easter", "Amber"],
    ["C5.4", "Starting Point Reviews and Individual Learning Plans", "Tutors", "Jul 09", "in tutor time", "All starters have an agreed plan", "Not started"],
    ["C5.5", "Accreditation of prior learning: discuss with Holmbridge", "GP / MH", "2009-10", "\u2013", "To be decided", "Not started"],
    ["C5.6", "Deliver Blocks A-C, learning sets", "Course team", "Sep 09-Jul 10", "\u00a319,400", "16 starters, 14 complete", "Not started"],
    ["C5.7", "Evaluation and report to Steering Group", "GP", "Jul 10", "\u00a3600", "Report with changes for 2010-11", "Not started"],
], widths=[1.2, 4.5, 1.8, 1.8, 1.6, 4, 2.2], size=8.5)

# landscape Gantt
ls = doc.add_section(WD_SECTION.NEW_PAGE)
ls.orientation = WD_ORIENT.LANDSCAPE
ls.page_width, ls.page_height = ls.page_height, ls.page_width
ls.left_margin = ls.right_margin = Cm(1.5)
H("C6  Timeline (Gantt chart)")
P("\u25a0 = activity under way   \u25c6 = milestone   ? = not yet scheduled", italic=True, size=9)
months = ["A", "M", "J", "J", "A", "S", "O", "N", "D", "J", "F", "M", "A", "M", "J", "J"]
gantt = [
    ("Validation; TDA application", {0: "\u25c6"}),
    ("Recruitment and nominations", {0: "\u25a0", 1: "\u25a0", 2: "\u25a0"}),
    ("Starting Point Reviews / ILPs", {2: "\u25a0", 3: "\u25a0", 8: "\u25a0"}),
    ("Mentor briefing \u2013 date TBC", {5: "?"}),
    ("Block A (Days A1-A4)", {5: "\u25a0", 6: "\u25a0", 7: "\u25a0"}),
    ("Task 1 due", {8: "\u25c6"}),
    ("Learning sets (6)", {6: "\u25a0", 7: "\u25a0", 9: "\u25a0", 10: "\u25a0", 12: "\u25a0", 13: "\u25a0"}),
    ("Block B (Days B1-B3); January entrants join", {9: "\u25a0", 10: "\u25a0", 11: "\u25a0"}),
    ("Task 2 due / Task 3 due", {10: "\u25c6", 12: "\u25c6"}),
    ("Block C (Days C1-C3)", {13: "\u25a0", 14: "\u25a0"}),
    ("Task 4 due; Holmbridge exam board", {15: "\u25c6"}),
    ("APL arrangements \u2013 discuss with Holmbridge", {i: "?" for i in (6, 7, 8)}),
    ("Explore a VLE for cohort 2", {12: "?", 13: "?", 14: "?"}),
    ("Explore participant days at Brookfield", {10: "?", 11: "?"}),
    ("Evaluation: questionnaires, heads' survey, report", {8: "\u25a0", 14: "\u25a0", 15: "\u25a0"}),
]
gt = doc.add_table(rows=2 + len(gantt), cols=1 + len(months))
gt.style = "Table Grid"
gt.cell(0, 0).text = "Activity"
y1 = gt.cell(0, 1).merge(gt.cell(0, 9))
y1.text = "2009"
y2 = gt.cell(0, 10).merge(gt.cell(0, 16))
y2.text = "2010"
for j, m in enumerate(months):
    gt.cell(1, 1 + j).text = m
for i, (name, cells) in enumerate(gantt):
    gt.cell(2 + i, 0).text = name
    for j, v in cells.items():
        c = gt.cell(2 + i, 1 + j)
        c.text = v
        if v == "\u25a0":
            shade(c, "8DB3E2")
        elif v == "\u25c6":
            shade(c, "FCD5B4")
for row in gt.rows:
    for k, c in enumerate(row.cells):
        c.width = Cm(8 if k == 0 else 1.1)
        for pp in c.paragraphs:
            for r in pp.runs:
                r.font.size = Pt(8.5)
for c in gt.rows[0].cells + gt.rows[1].cells:
    shade(c, "DCE6F1")
doc.add_paragraph()
comment_par = P("Note: the mentor briefing will be fixed once heads have named mentors in July.", size=9)

ps = doc.add_section(WD_SECTION.NEW_PAGE)
ps.orientation = WD_ORIENT.PORTRAIT
ps.page_width, ps.page_height = ls.page_height, ls.page_width
ps.left_margin = ps.right_margin = Cm(2.0)

H("C7  Monitoring, evaluation and impact")
P("We will judge Strand C by its effect on participants and on pupils, and we will use what we find to "
  "change the course each year.")
B([
    "Participants complete a short evaluation at the end of every day and a fuller one at the end of each "
    "block; the course team reads them at its meeting after each block and records what it will change.",
    "Participants rate their confidence against each course outcome in the Starting Point Review and again "
    "at Day C3; we report the change for each outcome.",
    "In Task 4 every participant takes baseline measures for their enquiry pupils (for example reading or "
    "spelling ages, National Curriculum levels, attendance, exclusions, or a well-being questionnaire) and "
    "measures again at least ten weeks later; the course team collates the results across the group each "
    "July.",
    "Six months after the course we survey participants' headteachers on what has changed in SEN provision "
    "in their school.",
    "The university's link tutor reports each year through Holmbridge's annual programme monitoring, and "
    "the university's external examiner reports on standards.",
    "The Steering Group receives a report each July with the evidence and the changes proposed, and signs "
    "off the plan for the following year.",
])
p = P("Stakeholders also take part in the course itself: Kellshire's SEN Adviser and Principal EP teach, "
      "the Parent Partnership Service co-teaches Day B2, and Brookfield hosts two days. ")
tracked(p, "Parents from the Kellshire Parent Partnership forum will sit on the course evaluation panel "
           "each July. ", "del")
p.add_run("We would like to involve parents and pupils in evaluating the course in future years.")

H("C8  Risks")
table([
    ["Risk", "Likelihood", "Impact", "What we will do"],
    ["Too few nominations from neighbouring schools", "Medium", "High", "Early publicity through the Kellshire SENCO network; heads' briefing in April"],
    ["Heads cannot release SENCOs on the ten days", "Medium", "Medium", "Dates published a year ahead; days avoid exam periods"],
    ["Tutor illness or departure", "Low", "High", "Each day has a second tutor who knows the material"],
    ["TDA approval not granted in time", "Low", "High", "Run as a Holmbridge PGCert and seek approval for cohort 2"],
], widths=[5.5, 2, 2, 7.5])

H("C9  Budget 2009-10")
table([
    ["Item", "Cost"],
    ["Tutor time, ten days and six learning sets (four tutors)", "\u00a312,800"],
    ["University registration and validation (16 x \u00a3320 + validation)", "\u00a36,320"],
    ["Venue, materials and core texts", "\u00a31,900"],
    ["Partnership Manager time (0.1)", "\u00a33,100"],
    ["Total", "\u00a324,120"],
    ["Fee per participant (16 places)", "\u00a31,350"],
    ["Leading Edge partnership contribution", "\u00a32,520"],
], widths=[12, 4])
P("At \u00a31,350 the fee is below the cost of the nearest university certificate (\u00a32,100) and "
  "saves participants a 70-mile round trip each week. Learning sets meet in schools, so there is no venue "
  "cost for them.")

doc.add_page_break()
H("Appendix 1: Session map and course outcomes")
P("The outcomes below are the national minimum outcomes for SENCOs in our own words. The first table shows "
  "where each is covered; the list after it shows which task assesses which outcomes.", italic=True)
table([
    ["Day", "Content", "Outcomes covered"],
    ["A1", "The law: Code of Practice, SENCO regulations, Every Child Matters (with Kellshire's SEN Adviser)", "SEN law and the Code; Every Child Matters and the SENCO's part"],
    ["A2", "Evidence and research: Bercow, Ofsted 2006, IDP, Lamb; disability equality duties", "Research and best practice; using research and outside advice; disability equality law"],
    ["A3", "How children develop; the main kinds of SEN (at Brookfield)", "Child development; types of SEN and their effect on learning"],
    ["A4", "Autism, SLCN, SpLD, BESD, MLD in secondary classrooms", "Types of SEN; approaches and resources including ICT"],
    ["B1", "Identifying needs, targets and review; using RAISEonline and Progression Guidance; helping colleagues with assessment for learning (at Brookfield's resource centre)", "Identifying needs, setting targets, reviewing progress; using summative data; encouraging colleagues' formative assessment; approaches and resources including ICT"],
    ["B2", "Provision mapping; leading teaching assistants; pupils' and families' voices (with the Parent Partnership Service)", "Provision mapping; deploying and managing staff; involving pupils; relationships with pupils and families; working with parents"],
    ["B3", "Other services and voluntary organisations; using specialists' assessments; case conference exercise", "External agencies; using other professionals' assessments; working with other services; solving problems and making sound judgements"],
    ["C1", "Leading change: bringing the head and senior team with you; shaping policy with governors; coaching and mentoring colleagues", "Winning over the head and senior team; shaping ethos and policy with senior staff and governors; coaching and developing colleagues"],
    ["C2", "Self-evaluation and the SEF; reviewing provision with colleagues", "Principles of self-evaluation; reviewing provision with staff"],
    ["C3", "Next steps: CPD planning with the line manager; progression to the MA at Holmbridge", "Keeping up to date and own CPD"],
    ["Learning sets", "Members bring a problem from school; one member coaches another; feedback from the set, not marked", "Coaching and developing colleagues; communicating clearly and listening"],
], widths=[1.5, 8, 7.5], size=9)
P("Tasks and the outcomes they assess", bold=True)
B([
    "Task 1 (policy review): SEN law and the Code; Every Child Matters and the SENCO's part; shaping ethos "
    "and policy with senior staff and governors; research and best practice; communicating clearly.",
    "Task 2 (pupil voice): involving pupils; relationships with pupils and families; communicating clearly "
    "and listening.",
    "Task 3 (provision map and case analysis): provision mapping; deploying and managing staff; types of "
    "SEN; child development; using other professionals' assessments; external agencies; working with "
    "parents; solving problems and making sound judgements; approaches and resources including ICT.",
    "Task 4 (impact enquiry): identifying needs, setting targets, reviewing progress; using summative data; "
    "encouraging colleagues' formative assessment; reviewing provision with staff; working with other "
    "services; using research and outside advice; keeping up to date and own CPD (next-steps plan).",
])
P("Day C3 ends with each participant drafting CPD objectives for the following year using the "
  "partnership's planning sheet, to take to their performance management meeting with their line manager; "
  "Dr Hale explains how the 60 credits count towards Holmbridge's MA in Special and Inclusive Education.")

# comment on the Gantt note
doc.add_comment(comment_par.runs, text="We agreed at SG that Jenny would run a half-day mentor training "
                "session in September, with a mentor handbook - can you add it? AF", author="Alison Ferrars",
                initials="AF")

doc.save(OUT)
print("wrote", OUT)
