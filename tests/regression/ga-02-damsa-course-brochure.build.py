"""ga-02-damsa-course-brochure: build the .docx next to this script.

Provider
    The Dales and Moorland Schools' Association (DAMSA), 41 independent
    preparatory and senior schools in the northern dales, through its
    professional development arm, the DAMSA Centre for Professional Learning
    at Harrowgill. The course, "Leading Learning Support", is validated by
    Ripleigh University as a Postgraduate Certificate in Learning Support
    Coordination (60 credits at Master's level) and offered to
    learning-support coordinators in member schools and in maintained
    schools in two nearby clusters. February 2009.

Kind of document and layout
    The course brochure for 2009-10, sent to the TDA as the second print
    proof with its booking terms and conditions and booking form. Written to
    "you" (the coordinator) with a Director's welcome in the first person.
    Heading styles with brochure titles (never criterion numbers), an "at a
    glance" two-column table, a floating VML text box ("What heads and
    coordinators told us"), three module sections each with "What we will
    cover", "What you will be able to do" and "How it is assessed", an
    assignment table, the Outcome Record checklist table, tutor profiles,
    a fees table, sixteen numbered Terms and Conditions of Booking in small
    print, and a booking form with bracketed placeholders and tick boxes.
    Header "SECOND PROOF", footer with a marketing line and a PAGE field.
    Three Word comments from the Director on the proof.

Traps (requirement ids affected)
    - Terms and Conditions clause 8 refuses credit for prior learning; the
      footer's "Credit for prior learning and assessment-only routes
      available - ask us" is a footer, not evidence; a Director's comment
      muses about softening the clause: 2.1 not_met.
    - Direct Assessment Route is described concretely in the body (fees
      table and "Already an experienced SENCO?"); a comment questions
      whether it is validated, but comments are not evidence: 2.3 met.
    - Clause 11 "Safeguarding": disclosures of tutors, speakers and host
      schools' staff (wrong people), and "We do not ask to see participants'
      disclosures" (negation): 5.3 not_met.
    - Route B online units: tutor email and telephone tutorials, but "The
      discussion forums used in the pilot have been closed", no peer
      support, nothing on ICT for communication with schools; the comment
      about re-opening the forums is not evidence: 3.3 partially_met.
    - Stakeholders: survey and changes sit in a floating text box (4.1,
      4.2 met). "In future years we would like to invite heads and parents
      to help us review the course" is an aspiration, but heads already
      give evidence of impact through the six-month questionnaire and host
      schools receive visits: 4.3 met (notes_on_met).
    - Access arrangements: coordinators asked for them (text box) and the
      course leader is an access-arrangements assessor, but no module,
      study day or workshop teaches them; they appear only as Outcome
      Record item 6: 6.S2d partially_met.
    - Evaluation: only participants' evaluations, in general terms ("we act
      on what you tell us"), nothing external: 5.1 partially_met; the
      impact section is concrete: 5.9 met.
    - Mentors chosen by the head and "do not need any training for the
      role" (negation); tutors just "experienced practitioners"; nothing
      on induction or briefing of tutors, mentors or visit hosts: 5.7
      not_met.
    - Aims about progress and attainment only; well-being a value line:
      1.1 partially_met. Pupil voice only as a value ("pupils' voices must
      be heard"), no session develops consulting skills: 1.5
      partially_met.
    - Criterion 6: every outcome is assessed (assignments or the Outcome
      Record), so 1.9 and 6.0 are met, but five outcomes appear only in an
      assignment brief or the Outcome Record and are taught nowhere in the
      module content: 6.A3, 6.K7, 6.S2d, 6.S4, 6.S7 partially_met
      (assessed but not developed).
    - The closing Level 6 Certificate in Specific Learning Difficulties is
      another (old) course: E.2 still met (notes_on_met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

OUT = Path(__file__).with_suffix("").with_suffix(".docx")


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade_cell(cell, fill="E7E6E6"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_field(p, instr):
    for kind in ("begin",):
        p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    p.add_run()._r.append(parse_xml(
        f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    p.add_run("1")
    p.add_run()._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def textbox(p, title, lines, width="190pt", height="330pt"):
    """Floating VML text box anchored in paragraph p."""
    inner = (f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
             f'<w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>')
    for ln in lines:
        inner += (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:sz w:val="17"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>')
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
           f'<v:shape id="tb{abs(hash(title)) % 9999}" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:290pt;margin-top:0;width:{width};height:{height};'
           f'z-index:1;mso-position-horizontal-relative:text;mso-position-vertical-relative:text" '
           f'fillcolor="#eaf1dd" strokecolor="#76923c">'
           f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def table(doc, rows, widths=None, header=True, size=9):
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
                shade_cell(c, "D7E4BC")
            if widths:
                c.width = Cm(widths[j])
    return t


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
for lvl, size in (("Heading 1", 16), ("Heading 2", 12.5), ("Heading 3", 11)):
    doc.styles[lvl].font.color.rgb = RGBColor(0x4F, 0x62, 0x28)
    doc.styles[lvl].font.size = Pt(size)
sec = doc.sections[0]
sec.page_height = Cm(29.7)
sec.page_width = Cm(21)
sec.left_margin = sec.right_margin = Cm(2)

hp = sec.header.paragraphs[0]
hp.text = "SECOND PROOF 16.02.09 - for correction - not for distribution"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0xC0, 0, 0)
fp = sec.footer.paragraphs[0]
fp.add_run("DAMSA Centre for Professional Learning  |  Leading Learning Support 2009-10  |  Credit for "
           "prior learning and assessment-only routes available - ask us  |  ").font.size = Pt(8)
add_field(fp, "PAGE")


def P(text, bold=False, italic=False, size=None, after=6, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def B(items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        if isinstance(it, tuple):
            p.add_run(it[0]).bold = True
            p.add_run(it[1])
        else:
            p.add_run(it)


# ---- cover
P("THE DALES AND MOORLAND SCHOOLS' ASSOCIATION", bold=True, size=10)
P("DAMSA Centre for Professional Learning, Harrowgill", size=10, after=18)
P("Leading Learning Support", bold=True, size=28, after=2)
P("The National Award for Special Educational Needs Coordination", size=14, after=2)
P("Postgraduate Certificate in Learning Support Coordination, validated by Ripleigh University", size=11,
  after=2)
P("Course brochure 2009-10, with booking terms and conditions", italic=True, size=11, after=18)
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade_cell(c, "F2F2F2")
c.text = ""
c.paragraphs[0].add_run("For the TDA approval panel: ").bold = True
c.paragraphs[0].add_run(
    "this is the second proof of our brochure, which goes to the heads and learning support coordinators "
    "of our member schools and to the maintained schools of the Upper Ribbledale and Kellside clusters in "
    "March. We send it as our application together with the terms and conditions and booking form that "
    "are printed with it. The Director's notes on the proof have been left in.")
doc.add_page_break()

# ---- welcome
doc.add_heading("Welcome", level=1)
P("When we asked the heads of our schools last summer what they most wanted from the Centre, the "
  "answer was clear: a proper qualification for the colleagues who lead learning support. Many of you "
  "carry that role alongside a full teaching timetable, in a small school, with no one down the corridor "
  "to ask. This course is built for you.")
P("Leading Learning Support is the national award for SENCOs, validated by Ripleigh University as a "
  "Postgraduate Certificate: 60 credits at Master's level. It is the qualification a new SENCO in a "
  "maintained school must now gain, and we are delighted that colleagues from the Upper Ribbledale and "
  "Kellside clusters will be studying alongside teachers from our own schools. The aim of the course is "
  "simple: to help you lead learning support in your school so that pupils with special educational "
  "needs and disabilities make better progress and reach higher standards in their learning. We believe "
  "pupils' voices must be heard in everything a school does for them, and that every child should be "
  "happy and safe at school.")
P("The course replaces our Certificate in Specific Learning Difficulties (Level 6, 40 credits), which "
  "takes its last students this year and closes in July 2009.")
P("Dr Margaret Hebblethwaite, Director, DAMSA Centre for Professional Learning", italic=True, after=12)

doc.add_heading("The course at a glance", level=2)
table(doc, [
    ["", ""],
    ["Award", "Postgraduate Certificate in Learning Support Coordination (60 credits, Level 7), Ripleigh "
     "University; meets the requirements for the national award for SENCOs"],
    ["Length", "One school year, part time (September to July, or January to December)"],
    ["Two routes", "Route A: eight study days at Harrowgill. Route B: three study days plus online units "
     "on DAMSA Online"],
    ["Modules", "1 The SENCO, the Law and the School; 2 Understanding Learners and Learning; 3 Leading "
     "Provision and People"],
    ["Assessment", "Three assignments and your Outcome Record"],
    ["Visits", "Two days in a different setting, arranged by us"],
    ["Fees", "From £795 (maintained schools) - see Fees and bursaries"],
    ["Closing date", "Friday 5 June 2009 for September; Friday 6 November 2009 for January"],
], widths=[3.5, 13], header=False)

# ---- what we were told: text box
doc.add_heading("Why this course, and why now?", level=2)
p = P("Since 2008 every new SENCO in a maintained school has had to be a qualified teacher, and from "
      "September 2009 must gain the national award within three years of taking up the post. The rule "
      "does not apply to independent schools, but our heads have told us that they want their learning "
      "support coordinators to hold the same qualification, and that parents increasingly ask about it.")
textbox(p, "What heads and coordinators told us", [
    "In June 2008 we surveyed all 41 member schools and the 22 schools in the Upper Ribbledale and "
    "Kellside clusters. 47 heads and 39 coordinators replied.",
    "83% of coordinators said they had no time in the school day for study; 64% of heads said cover for "
    "weekday courses was their biggest difficulty.",
    "Coordinators in senior schools put examination access arrangements and working with parents top of "
    "their list; prep school coordinators put dyslexia, speech and language, and autism.",
    "Cluster heads asked for a course that would take their SENCOs into independent schools, and ours "
    "into special schools.",
    "What we changed: study days are on Fridays and Saturdays in alternate months, so schools need cover "
    "for at most four days; Route B was added for those who cannot travel in winter; the visits were "
    "added at the cluster heads' request; Module 2 now gives a full day to autism.",
])
P("We also listened to the eighteen coordinators who took the pilot of Module 2 in 2008: they asked for "
  "more time to try strategies in school between study days, so each study day now ends with a task to "
  "carry out in your school before the next, and Route B's online units each end with one too.")
P("The course is about your school. Almost everything you write for assessment comes from work you do "
  "there: reviewing your school's policy, working with one pupil over a term, and leading a development "
  "with your colleagues. You will need the support of your head, and we ask heads to sign your booking "
  "form to show that they will give it.")

# ---- is it for you
doc.add_heading("Is this course for you?", level=1)
P("The course is for qualified teachers who lead learning support, or are about to, in a member school, "
  "another independent school, or a maintained school in the two clusters. You will need:")
B(["Qualified Teacher Status, or for independent school teachers a recognised teaching qualification "
   "and at least two years' teaching in the UK;",
   "a role in which you coordinate, or will coordinate from September, provision for pupils with special "
   "educational needs (it does not have to carry the title SENCO);",
   "your head's agreement to release you for the study days and visits and to support your school-based "
   "work;",
   "a first degree, or evidence that you can write at this level (we will advise if you are unsure)."])
P("Once we receive your booking form, one of the tutors will phone you for a conversation of about half "
  "an hour about your role, your experience and the course. If it seems that you are not yet ready (for "
  "example because you have only just begun to work in learning support), we will tell you and your "
  "head why, suggest what would help - usually our two-day Foundations of Learning Support course and a "
  "term working alongside an experienced colleague - and offer you a place on a later intake. We will "
  "always talk this through with your head before confirming.")

doc.add_heading("Already an experienced SENCO?", level=3)
P("If you have led SEN provision for at least three years and believe you already meet the national "
  "outcomes, you may apply for the Direct Assessment Route. You do not attend the study days. After an "
  "initial review of your experience with the Director, you submit the three assignments and a completed "
  "Outcome Record within six months, and take part in a professional discussion of about an hour with two "
  "tutors, who assess you against every national outcome. Places on this route are at the Director's "
  "discretion and the fee is £695.")

# ---- starting point
doc.add_heading("Your first step: the Starting Point", level=1)
P("Before your first study day you will complete the Starting Point, our self-assessment against each of "
  "the national outcomes for SENCOs, with a short piece of evidence for any outcome you rate as secure. "
  "Your head or mentor adds a comment. You then meet your personal tutor (at Harrowgill, in your school, "
  "or by telephone) to agree your Individual Learning Plan: which outcomes you will concentrate on, which "
  "optional workshops you will attend, which readings to start with, and your own targets for the year, "
  "written as a personal list of outcomes that builds on what you already know and can do. Your tutor "
  "reviews the plan with you at each of your three tutorials (November, March and June), and checks your "
  "ratings against what your assignments show.")
P("Your tutorials and the optional workshops (Saturday mornings, about six a year, for example on "
  "pupils learning English as an additional language or early years for the prep schools) mean that two people on the "
  "same course may take quite different paths through it. Because study days are concentrated and most "
  "of the work is done in your own school, the course costs schools less in cover and travel than a "
  "weekly university course, and our fees are lower than any comparable university certificate in the "
  "region.")

# ---- routes
doc.add_heading("Two ways to study", level=1)
P("Route A: study days. ", bold=True, after=0)
P("Eight study days at the Centre in Harrowgill, alternating Fridays and Saturdays, 9.30 am to 4.00 pm, "
  "with three individual tutorials. You can start in September or in January: the January group takes "
  "the modules in the order 2, 1, 3, and a participant who has to interrupt the course may rejoin the "
  "next group at the module they missed.")
P("Route B: blended. ", bold=True, after=0)
P("Three study days at Harrowgill (one in each module) and, in between, nine online units on DAMSA "
  "Online, the Centre's Moodle site, each of about six hours: readings, short films, and a task to carry "
  "out in your school. Your tutor answers questions by email within three working days and holds a "
  "telephone tutorial with you each month between the study days. The discussion forums used in the "
  "pilot have been closed. Route B suits colleagues in the more remote schools, or those who cannot be "
  "released on Fridays.")
P("You may change routes at the end of any module.")

# ---- modules
doc.add_heading("What you will study", level=1)

doc.add_heading("Module 1: The SENCO, the Law and the School (20 credits)", level=2)
P("What we will cover", bold=True, after=2)
B(["the Special Educational Needs Code of Practice (2001), the Education Act 1996 and the Special "
   "Educational Needs and Disability Act 2001, and what they mean day to day for the school and for "
   "you - with the Independent School Standards and the Independent Schools Inspectorate framework for "
   "those of you in independent schools;",
   "the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, reasonable "
   "adjustments and accessibility plans;",
   "Every Child Matters, the Children Act 2004 and the five outcomes, and the SENCO's part in them;",
   "current developments: the Bercow Review of services for children with speech, language and "
   "communication needs (2008), the Lamb Inquiry into parental confidence (2009), the Rose review of "
   "dyslexia (due 2009), and what Ofsted found in Inclusion: does it matter where pupils are taught? "
   "(2006);",
   "the SENCO and the leadership of the school: working with the head, the senior team and governors on "
   "an inclusive policy and the use of resources; making the case for change; writing and speaking "
   "clearly to different audiences;",
   "building relationships of trust with pupils and with parents, including parents who pay fees and "
   "those who disagree with the school; the Parent Partnership Service."])
P("What you will be able to do", bold=True, after=2)
B(["explain the law and guidance on SEN and disability and put them into practice in your school;",
   "explain how you, as SENCO, help pupils achieve the five Every Child Matters outcomes;",
   "advise your head and governors on an inclusive policy and the resources it needs, and win their "
   "commitment;",
   "communicate clearly in writing and in person, and listen to the views of others;",
   "work with pupils and their parents fairly, respectfully and constructively."])
P("How it is assessed", bold=True, after=2)
P("Assignment 1, Policy into Practice (4,000 words, or 3,000 words and a 15-minute presentation): a "
  "review of your school's SEN or learning support policy and its accessibility plan against the law, "
  "the Code and the disability duties, with recommendations, presented to your head and senior team "
  "or a governors' committee. Your head's written response is included.")

doc.add_heading("Module 2: Understanding Learners and Learning (20 credits)", level=2)
P("What we will cover", bold=True, after=2)
B(["how children develop - language, attention, memory, social and emotional development - and how "
   "SEN, disability, the classroom and the wider environment affect that development;",
   "the most common needs: behavioural, emotional and social difficulties; specific learning "
   "difficulties including dyslexia and dyscalculia; speech, language and communication needs; autism "
   "(a whole day, with a specialist teacher from the Dalesway Autism Outreach project); and moderate "
   "learning difficulties;",
   "identifying needs through observation, data and assessment; reading and using reports from "
   "educational psychologists, speech and language therapists and occupational therapists;",
   "using summative data - national tests, Common Entrance and cognitive ability tests, standardised "
   "reading and spelling scores - to track progress and change what you do;",
   "assessment for learning, and how to help colleagues use it with pupils who have SEN;",
   "setting targets, planning and reviewing interventions; what research says about which interventions "
   "work; assistive technology and ICT;",
   "drawing on research and advice from other professionals."])
P("What you will be able to do", bold=True, after=2)
B(["identify pupils who may have SEN, set challenging targets, plan interventions that remove barriers "
   "and review progress;",
   "use other professionals' assessments and summative data to plan and adjust teaching;",
   "encourage colleagues to use formative assessment with pupils who have SEN;",
   "choose and evaluate approaches, strategies and resources, including ICT;",
   "use research evidence and outside advice to improve your own and colleagues' practice."])
P("How it is assessed", bold=True, after=2)
P("Assignment 2, Pupil Enquiry (5,000 words): a term's work with one pupil (or a small group). You "
  "record baseline measures of attainment and of the pupil's own view of their learning, review the "
  "research on their area of need, plan an intervention with the pupil's parents and teachers, drawing "
  "on other professionals' assessments, and measure and evaluate the effect after at least eight weeks.")

doc.add_heading("Module 3: Leading Provision and People (20 credits)", level=2)
P("What we will cover", bold=True, after=2)
B(["provision mapping: planning, costing and evaluating provision, and finding what is missing or not "
   "working;",
   "leading colleagues: observing lessons and giving feedback, modelling, coaching and mentoring, and "
   "planning and delivering staff training;",
   "reviewing the effectiveness of provision with colleagues;",
   "working with outside agencies - the educational psychology, health and social care services, "
   "Connexions, and voluntary organisations such as the British Dyslexia Association and the National "
   "Autistic Society - and the Common Assessment Framework;",
   "anticipating problems and making sound decisions about provision when resources are limited."])
P("What you will be able to do", bold=True, after=2)
B(["use provision mapping to plan and evaluate provision;",
   "support the professional development of colleagues;",
   "review provision with colleagues;",
   "work in partnership with other services and voluntary organisations;",
   "anticipate and resolve problems and make well-founded decisions."])
P("How it is assessed", bold=True, after=2)
P("Assignment 3, Leading a Development (5,000 words with appendices): you lead a development in your "
  "school's provision - built on a provision map you draw up with colleagues - including a training "
  "session or coaching for colleagues, your work with at least one outside agency, how you deploy and "
  "manage teaching assistants or other support staff, and an evaluation of the development linked to "
  "your school's self-evaluation and improvement plan.")

doc.add_heading("The Outcome Record", level=2)
P("Throughout the course you keep an Outcome Record, a folder of short pieces of evidence from your "
  "work in school, each signed by your mentor or head. Your tutor reviews it at each tutorial and "
  "assesses it at the final review in June, when it must show evidence for every item below. The table "
  "shows where each national outcome is assessed.")
table(doc, [
    ["National outcome (in brief)", "Assessed in"],
    ["Fair, respectful relationships with pupils and parents", "Assignment 2; Outcome Record item 1"],
    ["Gaining colleagues' and leaders' commitment", "Assignment 1"],
    ["Prioritising, managing time, delegating", "Outcome Record item 2 (your plan for the term and a "
     "note of tasks you delegated and how you checked them)"],
    ["Anticipating and resolving problems; sound decisions", "Assignment 3"],
    ["Clear speech and writing; listening", "Assignment 1 (presentation); all assignments"],
    ["Using research and outside advice", "Assignment 2"],
    ["Keeping up to date; own CPD", "Outcome Record item 3 (your CPD log and Next Steps plan)"],
    ["SEN law, guidance and the Code", "Assignment 1"],
    ["Every Child Matters", "Assignment 1"],
    ["Disability equality law", "Assignment 1"],
    ["Child development", "Assignment 2"],
    ["Common types of SEN and disability", "Assignment 2; Outcome Record item 4 (a note on a second "
     "area of need)"],
    ["Approaches, strategies and resources including ICT", "Assignment 2"],
    ["School self-evaluation and improvement", "Assignment 3"],
    ["Best practice and research", "Assignment 2"],
    ["External agencies and specialist support", "Assignment 3"],
    ["Strategic influence with senior colleagues and governors", "Assignment 1"],
    ["Identifying, target-setting, planning, reviewing", "Assignment 2"],
    ["Using other professionals' assessments", "Assignment 2"],
    ["Summative assessment and national tests", "Assignment 2"],
    ["Helping colleagues with formative assessment", "Assignment 3; Outcome Record item 5"],
    ["Access arrangements for tests and examinations", "Outcome Record item 6 (your school's access "
     "arrangements record and how you put them in place)"],
    ["Provision mapping", "Assignment 3"],
    ["Deploying and managing staff", "Assignment 3"],
    ["Colleagues' professional development", "Assignment 3"],
    ["Reviewing provision with staff", "Assignment 3"],
    ["Involving pupils in planning and reviewing their provision", "Outcome Record item 7 (evidence of "
     "pupils taking part in their own reviews)"],
    ["Liaising with parents and carers", "Assignment 2; Outcome Record item 8"],
    ["Partnership with other services and voluntary organisations", "Assignment 3"],
], widths=[8, 8.5])
P("")
P("To gain the Certificate you must pass all three assignments and your Outcome Record must be complete: "
  "your tutor signs off every national outcome at the final review, and the Ripleigh Board of Examiners "
  "confirms the award only when the record shows every outcome has been met. If an item is missing you "
  "will be given until the following December to complete it.")

# ---- support, visits, tutors
doc.add_heading("Visits and specialists", level=1)
P("Every participant spends two days in a setting unlike their own, arranged by the Centre with the host "
  "school: Hollinbeck Special School (pupils with severe and complex needs), the Kellside Language "
  "Resource Base at Kellside Primary, or the learning support departments of Grayrigg College and "
  "St Wilfrid's Preparatory School. A visit guide sets you tasks to carry out during the visit and you "
  "write a short reflection for your Outcome Record. Host staff are briefed by the Centre before each "
  "visit.")
P("You will also meet specialists on the study days: an educational psychologist in private practice "
  "who works with many of our schools, a speech and language therapist, a specialist teacher from the "
  "Dalesway Autism Outreach project, and an occupational therapist.")

doc.add_heading("Your tutors", level=1)
for name, text in [
    ("Mrs Rosalind Garside (course leader). ", "Head of Learning Support at Grayrigg College for eleven "
     "years; MA in Special and Inclusive Education; OCR Level 7 Diploma in SpLD; an assessor for "
     "examination access arrangements."),
    ("Mr Daniel Okafor. ", "Formerly SENCO at Upper Ribbledale High School and now an advisory teacher for "
     "the Kellside cluster; MEd; NPQH; leads Module 3."),
    ("Dr Helen Thwaite. ", "Senior Lecturer in Inclusive Education at Ripleigh University and link tutor; "
     "PhD on the language development of children with autism; leads Module 2."),
    ("Mrs Pauline Achterberg. ", "Learning Support Coordinator at St Wilfrid's Preparatory School; "
     "AMBDA; MA (SpLD); teaches the dyslexia sessions."),
]:
    p = doc.add_paragraph()
    p.add_run(name).bold = True
    p.add_run(text)
P("All our tutors are experienced practitioners who continue to work in schools.")

doc.add_heading("Support while you study", level=1)
P("Your head will choose an in-school mentor, a senior colleague who will meet you each half-term to "
  "talk about your progress and sign items in your Outcome Record. Mentors do not need any training "
  "for the role: your head knows best who can support you. Your personal tutor is your first "
  "contact for anything to do with the course, and you will have three individual tutorials (Route A) or "
  "monthly telephone tutorials (Route B).")
P("The Centre's Resource Room at Harrowgill is open to participants on weekdays and before study days: "
  "it holds the course texts, journals, standardised tests for loan, and a laptop with assistive "
  "software (text-to-speech, voice recognition, mind-mapping and predictive typing) that you can borrow "
  "for a half-term to try with pupils. As registered students of Ripleigh University you also have full "
  "use of its library, including electronic journals, on and off campus.")

doc.add_heading("How will we know the course has worked?", level=1)
P("We ask you to evaluate every study day and online unit, and the course team meets each term to act "
  "on what you tell us.")
P("We also want to know what difference the course makes to you and to your pupils. You repeat the "
  "Starting Point at the end of the course, so that you and we can see how your confidence and "
  "competence have grown against each outcome. The baseline and end measures from every Pupil Enquiry "
  "(Assignment 2) - reading and spelling ages, attendance, the pupil's own rating of their learning - are "
  "collected, with your school's permission and without names, into an annual summary of the progress "
  "of the pupils our participants worked with. Six months after the course we send your head a short "
  "questionnaire about changes in the school's provision and in pupils' progress. These three sources "
  "make up the course leader's annual report to the Centre's Board, which decides what to change for the "
  "following year. In future years we would like to invite heads and parents to help us review the "
  "course.")
P("Your marks are moderated: your tutor marks each assignment, a second tutor marks every fail and one "
  "in four of the rest, the tutors meet to agree marks, and Ripleigh University's external examiner sees "
  "a sample of each assignment before the Board of Examiners meets.")

doc.add_heading("After the course", level=1)
P("The last study day ends with Where Next?, a session in which you review your Individual Learning Plan "
  "and draw up a Next Steps plan for the following year - the professional targets you will take to "
  "your performance management or appraisal review - with ideas for further study. Your 60 credits count "
  "towards Ripleigh University's MA in Education (Inclusion), and the Centre runs a termly network "
  "meeting for coordinators who have completed the course.")

# ---- fees
doc.add_heading("Fees and bursaries 2009-10", level=1)
table(doc, [
    ["", "Route A or Route B", "Direct Assessment Route"],
    ["Member schools", "£1,395", "£695"],
    ["Other independent schools", "£1,595", "£795"],
    ["Maintained schools in the two clusters", "£795 (six places a year, the balance met by the "
     "Association's Partnership Fund)", "£495"],
], widths=[5.5, 7, 4])
P("")
P("Fees include Ripleigh University registration, all materials, lunches on study days, and the visits. "
  "They do not include travel or cover. Fees are payable by the school.")

# ---- T&Cs
doc.add_page_break()
doc.add_heading("Terms and Conditions of Booking", level=1)
clauses = [
    ("Bookings.", "A booking is made when we receive a booking form signed by you and your head. We "
     "confirm places in writing after the conversation described under Is this course for you?"),
    ("Eligibility.", "Places are offered only to teachers who meet the entry requirements in this "
     "brochure. We may decline a booking; if we do, we will explain why to you and your head."),
    ("Fees and invoicing.", "We invoice the school named on the booking form, half in the term of "
     "starting and half in the following term. Invoices are payable within 30 days."),
    ("VAT.", "The course is an exempt supply of education by an eligible body and no VAT is charged."),
    ("Cancellation by you.", "If you withdraw before the first study day we refund the fee less £150. "
     "After the first study day the first half of the fee is not refundable; if you withdraw before the "
     "start of Module 2 the second half is not charged."),
    ("Transfer.", "If you have to interrupt the course you may transfer once, without charge, to the next "
     "intake, rejoining at the module you missed."),
    ("Substitution.", "Because the course depends on your own Starting Point and Individual Learning Plan, "
     "a place cannot be transferred to a colleague after the first study day."),
    ("Prior learning.", "Credit for prior learning cannot be given on this course. All participants on "
     "Routes A and B complete all three modules and assignments."),
    ("Disability and access.", "We want everyone who is eligible to be able to take part fully. Please "
     "tell us on the booking form, or in confidence to the course leader at any time, about any disability "
     "or health condition, or any other need, so that we can make reasonable adjustments - for example "
     "materials in large print or electronic form, a hearing loop (fitted in the Centre's main room), a "
     "ground-floor room, rest breaks, a reader or scribe, or extra time for assignments. Adjustments to "
     "assessment are agreed with Ripleigh University's disability adviser. Visit hosts are told of "
     "adjustments only with your consent. Our venues and the host schools have step-free access. "
     "Participants are selected on the criteria in this brochure alone, and we monitor applications and "
     "outcomes by gender, ethnicity and disability each year."),
    ("Equality.", "The Centre's Equality Policy, which covers race, disability, gender, age, religion or "
     "belief and sexual orientation, is on our website or available on request."),
    ("Safeguarding.", "DAMSA tutors, visiting speakers and the staff of host schools hold enhanced CRB "
     "disclosures. We do not ask to see participants' disclosures: responsibility for checking the "
     "suitability of its staff rests with your employing school."),
    ("Data protection.", "We hold your details to run the course and share them with Ripleigh University "
     "for registration. Pupil data in assignments must be anonymised."),
    ("Confidentiality.", "Material about pupils and schools discussed on the course stays within the "
     "course."),
    ("Changes by us.", "We may change a date or venue for reasons beyond our control, and will give as "
     "much notice as we can. If we cancel the course we refund all fees paid."),
    ("Complaints.", "Please raise any concern with the course leader first, then with the Director. "
     "Academic appeals follow Ripleigh University's regulations."),
    ("Law.", "These terms are governed by the law of England and Wales."),
]
for i, (head, text) in enumerate(clauses, 1):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(f"{i}. {head} ")
    r.bold = True
    r.font.size = Pt(8.5)
    r2 = p.add_run(text)
    r2.font.size = Pt(8.5)

# ---- booking form
doc.add_heading("Booking form", level=1)
P("Course code: [SA-09-__]   Please return to: The Registrar, DAMSA Centre for Professional Learning, "
  "Harrowgill [postcode]", size=9)
table(doc, [
    ["Your name", ""],
    ["School and address", ""],
    ["Head's name", ""],
    ["Your role", ""],
    ["Route", "☐ Route A (study days)    ☐ Route B (blended)    ☐ Direct Assessment Route"],
    ["Start", "☐ September 2009    ☐ January 2010"],
    ["Do you have a disability, health condition or other need for which we should make adjustments?",
     "☐ Yes (the course leader will contact you in confidence)    ☐ No"],
    ["Invoice to", "[Bursar / Finance Officer, school address]"],
    ["Signed (participant)", ""],
    ["Signed (head): I support this application and will release the participant for study days and "
     "visits", ""],
], widths=[7, 9.5], header=False)

# ---- comments on the proof
def para_starting(s):
    return [p for p in doc.paragraphs if p.text.startswith(s)][0]


doc.add_comment(para_starting("If you have led SEN provision").runs[0],
                text="Jo - check with Ripleigh that the Direct Assessment Route is in the validated "
                     "regulations before we print. MH", author="Margaret Hebblethwaite", initials="MH")
doc.add_comment(para_starting("Three study days at Harrowgill").runs[0],
                text="Are we switching the forums back on for Route B? If so, say so here. MH",
                author="Margaret Hebblethwaite", initials="MH")
doc.add_comment(para_starting("8. Prior learning.").runs[0],
                text="Heads keep asking about credit for the OCR diploma - do we want to soften this? MH",
                author="Margaret Hebblethwaite", initials="MH")

doc.save(OUT)
print("wrote", OUT)
