"""fl-02-merlinshaw-child-study-guide: build the .docx next to this script.

Provider (invented): The Merlinshaw Fellowship of Steiner-Waldorf and Small
Independent Schools, a fellowship of fourteen schools in Devon, Cornwall and
Somerset (eleven Steiner-Waldorf schools, three small independent schools) that
trains its own teachers. Office at Merlinshaw, near Totnes. Validating
university: Tamarbrook University (invented), which validated the
"Postgraduate Certificate in Special Educational Needs Coordination (Child
Study)" on 2 February 2009.

Kind of document: the Fellowship's guide to the child study, the Steiner-Waldorf
practice in which a College of Teachers studies one child together. The guide
has been used in member schools for years; this third edition (2009) has been
rewritten so that the child study is the spine of the SENCO award, and is sent
as the application. Voice: "you" = the participant; "we" = the Fellowship;
some paragraphs addressed to mentors and Colleges.

Layout: heading styles (Parts One to Seven), "Step" sub-headings in Part Three,
a workshops table, real Word footnotes (six), a header and a footer, a shaded
"A word to Colleges" box, an outcome table in Part Six with merged group rows
(A / K / S) and the columns "Where you work on it" / "Where you show it", and a
blank Child Study Record form at the end with grey bracketed prompts (prompts
are never answers).

Traps (requirement ids):
- Level: 60 credits, but those without a first degree may register for the
  Level 6 version (footnote and Part Two) -> E.2 partially_met.
- "No credit is given for earlier study or experience" -> 2.1 not_met; the
  assessment-only route is concrete -> 2.3 met (trap: looks like the same
  refusal but is a separate, real route).
- Progression only hoped for ("We hope that many of you will go on") -> 2.5
  not_met.
- "The course does not use e-learning" and all contact is in person, by
  telephone and post -> 3.3 not_applicable.
- Stakeholder needs and influence described only in general terms ("grew out of
  what our Colleges have asked") -> 4.1, 4.2 partially_met; 4.3 met (review
  letters, parent and College members on the Course Circle).
- Evaluation: participants' questionnaires and a generic "The University's
  quality procedures apply" -> 5.1 partially_met; impact on pupils and on
  participants only wished for ("we would like, in time") -> 5.9 not_met.
- Tutors not named; "drawn from experienced teachers" -> 5.4 partially_met.
- Placements: upper school pupils' work placements in a Camphill-type
  community are pupils', not participants'; the school doctor and therapists
  give specialist expertise -> 5.5 partially_met (wrong-context).
- Mentors are sent the guide; no preparation or meeting -> 5.7
  partially_met.
- 2.4 only values ("each study is unique") -> partially_met.
- Disability law only on the reading list -> 1.4 partially_met, 6.K3
  partially_met. ECM in the aims, not assessed -> 6.K2 partially_met.
- Part Six: A3, S1, S4, S5 "talked through", not shown -> partially_met; S2b
  "Not asked of you" (national tests and summative data) -> not_met; no row
  for school self-evaluation (K7) -> not_met; 1.9 partially_met; the award rule
  names the Outcome Record, which does not list every outcome -> 6.0
  partially_met.
- Checks on candidates are done properly by the Fellowship (original
  certificate, number and date recorded; the three-year rule is in a footnote)
  -> 5.3 met.
"""
from pathlib import Path
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).with_name("fl-02-merlinshaw-child-study-guide.docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

doc = Document()
doc.styles["Normal"].font.name = "Garamond"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "The Merlinshaw Fellowship  ·  The Child Study: a guide for participants, mentors and Colleges  ·  Third edition, 2009"
sec.footer.paragraphs[0].text = "Printed for the approval panel, March 2009. Please return to the Fellowship office, Merlinshaw, Totnes."

# ---------------------------------------------------------------- footnotes part
FN = []


def footnote(p, text):
    """Append a footnote reference to paragraph p."""
    fid = len(FN) + 1
    FN.append((fid, text))
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    p._p.append(r)


def write_footnotes():
    body = [f'<w:footnotes xmlns:w="{W}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for fid, text in FN:
        t = text.replace("&", "&amp;").replace("<", "&lt;")
        body.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
    body.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(body).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ---------------------------------------------------------------- helpers
def P(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def B(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def box(title, lines, fill="F1ECE0"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].add_run(title).bold = True
    for ln in lines:
        c.add_paragraph(ln)
    doc.add_paragraph()


def grid(header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        shade(t.rows[0].cells[i], "DDD5C4")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


def grey(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


# ---------------------------------------------------------------- cover
P("THE MERLINSHAW FELLOWSHIP", bold=True, size=12)
P("of Steiner-Waldorf and Small Independent Schools", italic=True)
P("The Child Study", bold=True, size=20)
P("A guide for participants, mentors and Colleges", size=14)
P("Third edition, revised for the Postgraduate Certificate in Special Educational Needs Coordination (Child Study), "
  "validated by Tamarbrook University, and the national award for SENCOs", italic=True)
P("First edition 1997. Second edition 2003. Third edition February 2009, edited by Ingrid Halloran and Peter Rowe.")

box("A word to Colleges", [
    "This guide has been used in our schools for twelve years, whenever a College chooses to study a child "
    "together. The third edition keeps everything Colleges know and adds what a teacher needs who is taking the "
    "child study as the heart of the national award for SENCOs. If you are a College carrying out a child study "
    "without a participant on the course, Parts Three and Four are all you need.",
])

# ---------------------------------------------------------------- Part One
H("Part One. What a child study is", 1)
P("A child study is a way for a group of teachers to turn their full attention to one child. The class teacher "
  "brings the child to the College: not the child's file, but a living picture of how the child stands, moves, "
  "speaks, draws, plays, learns and meets other people. Colleagues who teach the child add what they have "
  "seen. The College then lives with the picture for a week, observing the child again, before meeting to ask "
  "what the child needs from the school, from the home and from others, and what each person will do.")
P("Child studies began in the curative education movement and have been part of the life of Steiner-Waldorf "
  "schools for most of a century. In our Fellowship a College may study a child because the child is struggling, "
  "because a teacher is puzzled, or simply because no one has looked at the child closely for some time. The study "
  "is never a judgement on the child or on the family.")
P("What has changed since the second edition is that the children we study are also pupils with special "
  "educational needs in the sense the law uses, some with statements, and that local authorities, therapists "
  "and parents rightly expect our schools to plan for them in ways that others can understand and check. "
  "The third edition asks for a plan with clear targets, reviewed after six weeks, alongside the picture.")

# ---------------------------------------------------------------- Part Two
H("Part Two. The child study and the national award", 1)
H("What the course is for", 2)
p = P("The course exists so that children with special educational needs and disabilities in our schools learn "
      "and flourish better. We mean by this their progress in learning and their well-being in each of the five "
      "outcomes of Every Child Matters: being healthy, staying safe, enjoying and achieving, making a positive "
      "contribution and achieving economic well-being. Every piece of assessed work asks you to show the "
      "difference your planning made to a child's learning and well-being, and the six-week review asks for "
      "evidence of it: the child's work, reading or number records, the therapist's notes, the parents' account.")
P("You will learn to lead the child study in your own school, to coordinate the provision the College agrees, "
  "to work with parents and with the professionals who see the child, and to lead your colleagues in reviewing "
  "what the school offers children with special needs.")

H("The award", 2)
p = P("Tamarbrook University validates the course as the Postgraduate Certificate in Special Educational Needs "
      "Coordination (Child Study): 60 credits at Level 7, made up of the Child Study (40 credits) and the Provision "
      "Paper (20 credits). Participants who do not hold a first degree may register for the Level 6 version of the "
      "award, which has the same course and the same assessments marked against Level 6 criteria.")
footnote(p, "The Level 6 version is the Graduate Certificate in Special Educational Needs Coordination (Child Study), "
            "also 60 credits. Tamarbrook University's validation report of 2 February 2009 records both.")
P("Those who complete the Level 7 certificate are recommended by the University for the national award for SENCOs.")

H("Who may join", 2)
P("You may join if you are a qualified teacher (with QTS, or with a recognised Steiner-Waldorf teacher education "
  "diploma and a first degree) with at least two years' teaching in a member school, and you coordinate, or "
  "will shortly coordinate, provision for pupils with special needs. Your College or head writes a letter "
  "confirming that you will be given the time and the access to pupils and parents that a child study needs. "
  "We invite you to an interview with two tutors, at which you talk through a short written account of a "
  "child you have taught. The tutors judge, against the national outcomes, whether you are ready to reach them "
  "by the end of the course. If you are not yet ready we will say so, and suggest what to do first, often "
  "taking part in a College's child study as a colleague.")
p = P("Before you start we must see your enhanced CRB disclosure. Bring the original certificate to your interview; "
      "the course administrator, Mrs Jean Tolley, records its number and date of issue on your file and returns it to "
      "you. No one begins the course until this has been done.")
footnote(p, "We do not accept a disclosure issued more than three years before the start of the course; a participant "
            "whose disclosure is older applies for a new one through their school, and the Fellowship checks it in the same way.")

H("Credit for earlier study", 2)
P("No credit is given for earlier study or experience: every participant carries out the whole child study and "
  "completes the Provision Paper, whatever they have studied before.")

H("Assessment without the course", 2)
P("Exceptionally, a teacher who has coordinated learning support for several years (for example a teacher from "
  "a curative education setting or a visiting learning support teacher) may ask to be assessed without taking "
  "the course. The teacher applies to the Award Board with a letter from their College and a self-review against "
  "every national outcome. If the Board agrees, the teacher submits a child study carried out in their own "
  "school in the previous twelve months, a Provision Paper and a portfolio showing each of the outcomes, and "
  "is examined orally by two tutors and the external examiner. The same Outcome Record is used. We expect no "
  "more than one or two such teachers a year.")

H("Your Starting Portrait", 2)
P("In your first month you write a Starting Portrait: a short self-review in which you say, for each of the 28 "
  "national outcomes, what you already do and where you are unsure. Your tutor reads it with you at a meeting "
  "in your school and together you agree an Individual Study Plan. This names three to five personal outcomes "
  "you will work towards, which workshops you will lean on most, which of the optional visits you will make, "
  "and what kind of child your study should be of, so that the study stretches you. The plan is reviewed at "
  "your mid-course tutorial and kept in your file.")

H("How the course runs", 2)
P("There are two starts each year, in September and in January, and two routes. On the evening route you attend "
  "eight workshops on alternate Thursday evenings (5.30 to 8.30) at Merlinshaw or at Wells, and carry out your "
  "child study in your school across two terms. On the summer route you attend the workshops in two intensive "
  "weeks at Merlinshaw in successive Augusts and carry out the child study in the term between. You may change "
  "route once. The workshops can be taken in either order, except that Workshop 1 comes first.")
P("The course does not use e-learning: there is no online element. Your tutor meets you in person, in your "
  "school and at the workshops, and is available by telephone and by post between them.")
grid(["Workshop", "Theme"], [
    ["1", "Seeing the child: observation and the picture; how children develop, and what helps and hinders development"],
    ["2", "The common special needs: dyslexia and other specific learning difficulties, speech, language and communication needs, autism, behavioural, emotional and social difficulties, moderate learning difficulties"],
    ["3", "The Code of Practice: identification, School Action and School Action Plus, statements and annual reviews; the Inclusion Development Programme"],
    ["4", "Listening to the child; working with parents"],
    ["5", "Assessment and planning: other professionals' reports, targets, formative assessment in the main lesson; tests, examinations and access arrangements"],
    ["6", "Other services: the local authority, health, social care and voluntary organisations"],
    ["7", "Provision mapping; reviewing provision with the College"],
    ["8", "The SENCO in a collegial school: priorities, working with the College and trustees, supporting colleagues"],
])

H("Equal access", 2)
P("The Fellowship has duties under the Disability Discrimination Act and the race equality legislation towards "
  "the teachers it trains, and we take them seriously. When you apply, the form asks whether you have a "
  "disability or other need we should plan for. Our access adviser, Dr Naomi Strand, then meets you to agree the "
  "adjustments you need, such as papers in large print or on coloured paper, a hearing loop (fitted in both "
  "workshop rooms), an interpreter, extra time for written work, or workshops held on the ground floor at Wells. "
  "These are recorded and passed to your tutor and the University. Workshops are not held on major religious "
  "festivals of participants' faiths, and the Fellowship monitors who applies and who completes.")

# ---------------------------------------------------------------- Part Three
H("Part Three. Carrying out the child study", 1)
P("The study takes about ten weeks from choosing the child to the College meeting, and six weeks more to the "
  "review. Your mentor, an experienced colleague your College chooses, walks beside you. What follows is "
  "written for you, the participant; a College studying a child without a participant follows the same steps.")

H("Step 1. Choosing the child and asking the parents", 2)
P("Choose, with your College and your tutor, a child whose needs are real and whom you can see often. Write to "
  "the parents, explaining what a child study is, and meet them. Nothing happens without their written agreement, "
  "and parents may withdraw at any time. Explain also that their child will be asked what they think.")

H("Step 2. Gathering the picture", 2)
P("Ask the class teacher (if that is not you) and every colleague who teaches the child to write a page: how the "
  "child comes into the room, how they move, speak and listen, what their drawings and main lesson book show, how "
  "they are with others, what they find hard and what they love. Collect the child's records: reports, any "
  "statement or individual education plan, assessments by the school doctor, the speech and language therapist, "
  "the educational psychologist, the eurythmy therapist. Read them critically: what does each professional's "
  "assessment tell you about how the child learns, and what it does not.")

H("Step 3. Listening to the child", 2)
P("Find a way for the child to tell you how school is for them. With younger children this is often through "
  "drawing or play, with a familiar adult present; with older pupils, a conversation. Use the three questions in "
  "the Record (what is good, what is hard, what would help). Tell the child what will happen with what they say, "
  "and go back to them after the College meeting to tell them the plan and ask what they think of it. At the "
  "six-week review, ask the child again.")

H("Step 4. The parents' conversation", 2)
P("Meet the parents at a time that suits them, at school or at home. Ask them to describe their child at home, "
  "what they have noticed, what they hope for and fear. Share what the school has seen, and listen. Agree "
  "what they would like the College to consider. Parents are invited to the first part of the College meeting; "
  "many come.")

H("Step 5. The observation week", 2)
P("For one week every colleague who meets the child observes one agreed thing (how the child enters the room, "
  "writes, plays in the yard) and writes a short note each day. You observe the child in at least three lessons "
  "and at play, and keep your own record.")

H("Step 6. The College meeting", 2)
P("You present the picture, the child's voice and the parents' account to the College, and lead the meeting. You "
  "will find that you must say what matters most in fifteen minutes, listen to colleagues who see the child "
  "differently, and hold the meeting to a decision. The College agrees a plan: what each teacher will do in "
  "lessons, any extra help (from a learning support teacher, a therapist or outside), what the home will do, "
  "and three or four targets for the child for the next six weeks, with how each will be checked. Your tutor "
  "attends and observes.")

H("Step 7. Putting the plan in place", 2)
P("You coordinate the plan: you brief the teachers and assistants who will carry it, arrange the help, write to "
  "the parents and to any outside professional, and support one colleague in changing their practice with the "
  "child, for instance by observing a lesson and talking it through afterwards.")

H("Step 8. The six-week review", 2)
P("After six weeks you meet the parents and the child's teachers (and the child, where right) to look at what has "
  "changed, against each target and in the child's well-being. Use evidence: the child's work, reading or number "
  "records, attendance, the therapist's notes, the parents' and the child's own account. Agree what happens next, "
  "and tell the College.")

# ---------------------------------------------------------------- Part Four
H("Part Four. Confidentiality and consent", 1)
P("Everything written in a child study is confidential to the College, the parents, the tutor, the mentor and "
  "the examiners. In your assessed work you change the child's name and leave out the school's. Keep papers "
  "locked away; destroy your notes when the award has been made. If anything you learn raises a concern about "
  "the child's safety, you follow your school's child protection procedure at once; the study comes second.")

# ---------------------------------------------------------------- Part Five
H("Part Five. How your work is assessed", 1)
P("The Child Study (40 credits) is assessed in three parts: the completed Child Study Record and a written report of "
  "6,000 words; your leading of the College meeting, observed by your tutor, who writes an observation report; and "
  "the six-week review with a reflective commentary of 2,000 words. The Provision Paper (20 credits) is a review, "
  "written with colleagues, of what your school offers pupils with special needs, with a provision map, a section "
  "on how the school identifies and arranges access arrangements for examinations, and recommendations; 4,000 words.")
p = P("Your tutor marks your work and a second tutor reads it. The tutors meet after each round of submissions to "
      "moderate their marking together, and the University's external examiner reads a sample of every round and "
      "all borderline work. The University's board of examiners confirms the marks.")
footnote(p, "The external examiner for 2009-10 is Dr Frances Awdry, Reader in Special Education at the University of Wessexcombe (invented).")
P("As well as marking, your tutor keeps your Outcome Record, noting against each outcome in Part Six the piece of "
  "your work in which you showed it. The Award Board, which meets each July and December, confirms the award only "
  "when the Outcome Record shows each of the outcomes listed in Part Six as shown.")

H("Your tutors and mentor", 2)
p = P("Tutors are drawn from experienced class teachers, learning support teachers and curative educators in our "
      "member schools, and are approved by the University as associate lecturers. The course leader is Ingrid Halloran.")
footnote(p, "Associate lecturers are approved under the University's Collaborative Provision Handbook, section 7.")
P("Your mentor is chosen by your College. Mentors are sent this guide when the course begins.")
P("Our schools' doctors, the speech and language therapist who works with six of our schools, and the Cornwall "
  "educational psychology service each lead part of a workshop. Many of our upper schools also place their Class 11 "
  "pupils for a fortnight's work experience in the Tregarrow Community, a curative education community near "
  "Bodmin, where they live and work with adults and children with learning disabilities.")

H("Resources", 2)
P("The Fellowship's resource room at Merlinshaw holds the course library (about 900 books and the main journals), "
  "standardised assessment materials that participants may borrow for their child studies, and a loan collection "
  "of assistive technology: reading pens, talking word processors, two laptops with screen-reading and "
  "mind-mapping software, and coloured overlays. The Wells rooms have a smaller collection. The course reader "
  "is posted to you before Workshop 1.")

H("Research and current developments", 2)
p = P("The workshops draw on recent evidence as well as on our own tradition: the Ofsted report Inclusion: does it "
      "matter where pupils are taught? (2006), the Bercow Review of services for children with speech, language "
      "and communication needs (2008), the Inclusion Development Programme materials on dyslexia and on speech, "
      "language and communication needs (2008), and the Lamb Inquiry into parental confidence, which reports in "
      "2009. Each workshop's reading is revised each year by its tutor.")
footnote(p, "The course reader lists, among its further reading, the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty.")

# ---------------------------------------------------------------- Part Six
H("Part Six. The national outcomes and the child study", 1)
P("The table shows where the course helps you work on each national outcome and where in your assessed work you "
  "show it. Your tutor uses the same list for your Outcome Record.")
rows = [
    ("A", "Professional attributes", None, None),
    ("A1", "Fair, respectful and supportive relationships with pupils and their parents", "Steps 3, 4 and 8; Workshop 4", "Child Study report; six-week review"),
    ("A2", "Gaining the commitment of colleagues and of the College or head", "Step 6; Workshop 8", "Observation of the College meeting"),
    ("A3", "Priorities, time and delegation", "Workshop 8", "Talked through with your mentor"),
    ("A4", "Judgement and decisions on provision", "Steps 6 and 7", "Observation of the College meeting; Provision Paper recommendations"),
    ("A5", "Speaking and writing clearly; listening to others", "Step 6", "Observation of the College meeting; all written work"),
    ("A6", "Using research and outside advice", "Workshops 2 and 5; course reader", "Child Study report: the literature and professional reports you used"),
    ("A7", "Keeping up to date; your own development", "Starting Portrait; Individual Study Plan", "Reflective commentary: your learning against your personal outcomes"),
    ("K", "Knowledge and understanding", None, None),
    ("K1", "The law and the Code of Practice", "Workshop 3", "Provision Paper: the school's procedures against the Code"),
    ("K2", "Every Child Matters", "Part Two; course reader", "Not assessed separately"),
    ("K3", "Disability equality law", "Course reader", "Talked through with your tutor"),
    ("K4", "How children develop", "Workshop 1; Steps 2 and 5", "Child Study report: the picture"),
    ("K5", "The common special needs", "Workshop 2", "Child Study report; Provision Paper"),
    ("K6", "Approaches to assessment, planning and teaching, including ICT", "Workshop 5; resource room", "Child Study report: the plan; Provision Paper"),
    ("K8", "Best practice and research", "Workshops 2 and 5", "Child Study report"),
    ("K9", "Other services and agencies", "Workshop 6; Step 7", "Child Study report: the professionals involved; Provision Paper"),
    ("S", "Skills", None, None),
    ("S1", "Influencing the school's ethos, policies and resources with the College and trustees", "Workshop 8", "Talked through with your mentor"),
    ("S2", "Identifying needs, setting targets, planning and reviewing", "Steps 2 to 8", "Child Study report; six-week review"),
    ("S2a", "Using other professionals' assessments", "Step 2; Workshop 5", "Child Study report"),
    ("S2b", "Summative assessments and national tests to track progress", "—", "Not asked of you: our lower schools do not use national tests"),
    ("S2c", "Encouraging colleagues' formative assessment", "Workshop 5; Step 7", "Reflective commentary"),
    ("S2d", "Arrangements for tests and examinations", "Workshop 5", "Provision Paper: access arrangements section"),
    ("S3", "Provision mapping", "Workshop 7", "Provision Paper: provision map"),
    ("S4", "Deploying and managing staff", "Step 7", "Talked through with your mentor"),
    ("S5", "Supporting colleagues' development", "Step 7; Workshop 8", "Talked through with your mentor"),
    ("S6", "Reviewing provision with colleagues", "Workshop 7", "Provision Paper (written with colleagues)"),
    ("S7", "Involving pupils in their own plans", "Step 3; Workshop 4", "Child Study report: the child's voice; six-week review"),
    ("S8", "Working with parents", "Steps 1, 4 and 8; Workshop 4", "Child Study report; six-week review"),
    ("S9", "Working with other services, including voluntary organisations", "Workshop 6; Step 7", "Child Study report; Provision Paper"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["", "Outcome", "Where you work on it", "Where you show it"]):
    t.rows[0].cells[i].text = ""
    t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    shade(t.rows[0].cells[i], "DDD5C4")
for code, words, where, how in rows:
    cells = t.add_row().cells
    if where is None:
        m = cells[0].merge(cells[3])
        m.text = ""
        m.paragraphs[0].add_run(code + "  " + words).bold = True
        shade(m, "F1ECE0")
        continue
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = code, words, where, how
doc.add_paragraph()

# ---------------------------------------------------------------- Part Seven
H("Part Seven. After the child study", 1)
P("When the award is made, your College receives a copy of your Outcome Record. We hope that many of you will go on "
  "to lead child studies in other schools of the Fellowship, and perhaps to further study. We would like, in time, "
  "to find out whether children in our schools are better served because their teachers took the course, and how "
  "far participants feel more confident in the role.")
P("Each year participants complete a questionnaire at the end of the course. The University's quality procedures "
  "apply to the course.")
P("The course grew out of what our Colleges have asked of us over many years, and Colleges have helped to shape "
  "this edition. At the end of each child study the parents and the College each write a short review letter to "
  "the course leader saying what helped and what did not; the letters are read at the Course Circle's summer "
  "meeting, which decides the changes for the following year. The Course Circle includes a parent and a member "
  "of a College from a school with no participant on the course. Colleges host the workshops in turn and "
  "provide every participant's mentor.")
P("Every child is unique, and so is every child study. We try to make the course worth the time our teachers give it.")

# ---------------------------------------------------------------- Record
doc.add_page_break()
H("The Child Study Record", 1)
P("Complete one Record for each study. Keep it with your report. The words in grey are prompts; replace them.")
rec = doc.add_table(rows=9, cols=2)
rec.style = "Table Grid"
fields = [
    ("Child (changed name), age, class", "[Name you will use; age in years and months; class]"),
    ("Parents' agreement", "[Date of written agreement; who signed]"),
    ("The picture", "[Summarise colleagues' pages: bodily, soul and social picture; what the records say]"),
    ("Professional reports read", "[List each report; what it tells you and what it does not]"),
    ("The child's voice", "[What is good? What is hard? What would help? In the child's words where possible]"),
    ("The parents' account", "[What the parents described and asked the College to consider]"),
    ("The College's plan", "[Who does what; extra help; what home will do]"),
    ("Targets and how each will be checked", "[Three or four targets for six weeks]"),
    ("Six-week review", "[Date; who attended; what changed against each target and in well-being; next steps]"),
]
for i, (a, b) in enumerate(fields):
    rec.cell(i, 0).text = ""
    rec.cell(i, 0).paragraphs[0].add_run(a).bold = True
    shade(rec.cell(i, 0), "F1ECE0")
    grey(rec.cell(i, 1), b)

write_footnotes()
doc.save(OUT)
print("wrote", OUT)
