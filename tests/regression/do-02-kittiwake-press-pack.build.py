"""Build do-02-kittiwake-press-pack.docx (blind test application).

KIND OF DOCUMENT
  A launch press pack with the internal spokesperson briefing ("lines to
  take") left in, sent whole as the application under a short covering
  note to the TDA.

PROVIDER (invented)
  The Kittiwake Trust, a national charity for children and young people with
  physical and sensory disabilities; its training and consultancy arm,
  Kittiwake Schools Consultancy, has advised schools since 1999 and ran a
  non-accredited course, "New SENCO Days", from 2005 to 2008. The award,
  "The SENCO as Leader", is validated by the University of Harlestone
  (invented) as a Postgraduate Certificate, 60 credits at Level 7, two
  30-credit modules. People: Rosalind Achebe (Chief Executive), Martin
  Kearsley (Director, Kittiwake Schools Consultancy), Dr Sunita Varma
  (programme leader), Owen Pritchard (senior trainer), Dr Amira Saleh
  (University link tutor), Professor David Rhodes (Pro Vice-Chancellor),
  Ellie Brennan (press officer), Callum Reid (Young Ambassador), Joanne Pike
  (Family Panel). Centres: Harlestone, Brackley Vale and Port Eldon.

LAYOUT
  No heading styles: part titles are bold capitals in Normal paragraphs
  ("PART D  INTERNAL: LINES TO TAKE ..."), sub-titles bold. A covering note;
  Part A a press release with quotations and ENDS; Part B numbered notes to
  editors; Part C a backgrounder with a label/value fact table, a study-day
  list, assessment paragraphs and an outcome table (28 rows under merged,
  shaded group rows, columns "Study day(s)" and "Assessed in"); Part D the
  internal Q&A, numbered Q1-Q24, each answer in run-in "Line:", "If
  pressed:" and "Avoid:" paragraphs, under a red shaded warning bar; Part E
  case studies; Part F spokespeople biographies; Part G a media grid and
  photo opportunities. Header: embargo line. Footer: press office numbers.
  Neither is evidence.

TRAPS (requirement ids affected)
  - 6.0  Notes to editors claim the course "covers all 28 national minimum
         outcomes"; the award rule is an overall 50% with marks balanced
         between assignments; Q19 "Avoid: saying every outcome is
         individually assessed". not_met. 1.9 partially_met.
  - 6.S2c Absent: the outcome table has 28 rows and formative assessment
         with colleagues is not among them; nothing in the pack covers it.
         not_met.
  - 6.A4 Row reads "To be confirmed" / "-" (placeholder). not_met.
  - 6.K7 Row "Not covered in 2009-10"; Q20 answers with Kittiwake's own
         PQASSO self-assessment and Investors in People (wrong context) and
         "Avoid: saying the course teaches school self-evaluation". not_met.
  - 6.K5 Days 4-5 cover physical, sensory, SLCN, ASD and dyslexia/SpLD;
         behavioural, emotional and social difficulties and moderate
         learning difficulties are nowhere. partially_met.
  - 1.5, 6.S7 Young Ambassadors tell their stories on Day 3; Q21 "If
         pressed": consultation methods "are not separately taught" and
         Assignment 2 "does not require the pupil's views". partially_met.
  - 6.A3, 6.A7, 6.S2d, 6.S5 covered on study days, "Discussed" or "-" in
         the Assessed column (Q22 on exam access: "not assessed").
         partially_met. 6.S6: Assignment 3 evaluates one intervention with
         the staff who run it, with no link to self-evaluation. partially_met.
  - 2.3  Q5: the Line deflects ("designed to be taken as a whole"); the
         arrangement is in "If pressed" (portfolio + professional
         discussion, 600 pounds). met (notes_on_met).
  - 3.3  Q6 "no online units and no e-learning element"; Kittiwake Connect
         is "a library, not a classroom". not_applicable.
  - 3.2  Single September intake; January "being considered ... nothing is
         agreed"; only the choice of three venues. partially_met.
  - 2.2  Starting-point questionnaire used to plan the group's sessions,
         "not for individual plans". partially_met. 2.4 partially_met (fee
         and bursaries, but no tailoring to individuals).
  - 4.1, 4.2  Evidence from the helpline and the old course; Q13 "we did
         not run a separate survey of schools or local authorities"; one
         change named (more on parents). partially_met. 4.3 met (panels on
         the programme committee, co-teaching, council officers teach).
  - 5.1  Methods listed but the results simply "go to the programme
         committee": no account of how they change the course.
         partially_met.
  - 5.3  Q9: heads confirm employment only; "We don't see or record CRB
         disclosures". The photographers' supervision in Part G is the wrong
         context. partially_met.
  - 5.7  Q11: a mentor guide "is being written", a briefing "we hope to
         offer". not_met.
  - 5.9  Confidence rated at start and end; pupils only "We hope to follow
         up ... funding permitting"; "Avoid: quoting pupil outcome figures".
         partially_met.
  - 1.1  Aims in Part C are about SENCOs' "knowledge, confidence and
         standing"; pupils' achievement and well-being appear in quotations
         (values) and as Day 1 content only. partially_met.
  - Past arrangements: case study (New SENCO Days 2007) with a week's
    placement and exam access training; the 92% satisfaction figure.
    Not evidence for 5.5, 6.S2d or 5.9.
  Met, some in unusual places: E.1/E.2 (notes to editors and fact table),
  2.1 (Q4, APCL and APEL), 2.5 (Day 10 and Q18), 3.1 (Q8), 5.2 (Q2), 5.5
  (Day 7 placement), 5.8 (marking paragraph), 1.3 and 1.4 (study days).
"""
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "do-02-kittiwake-press-pack"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.0)
    s.right_margin = Cm(2.0)
    hp = s.header.paragraphs[0]
    r = hp.add_run("EMBARGOED: NOT FOR PUBLICATION BEFORE 00.01 TUESDAY 19 MAY 2009")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    fp = s.footer.paragraphs[0]
    fp.text = ("Kittiwake Trust press office: 0161 496 0731 (out of hours 07700 900417) | "
               "press@kittiwake.org.uk | Registered charity no. 1093385 | All our centres "
               "are fully accessible")
    fp.runs[0].font.size = Pt(8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, colour=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if colour:
            r.font.color.rgb = colour
    return p


def part(title):
    para()
    para(title, bold=True, size=13)


def sub(title):
    para(title, bold=True)


def runin(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def dash(items):
    for t in items:
        para("- " + t)


def qa(num, q, line=None, pressed=None, avoid=None):
    para(f"Q{num}. {q}", bold=True)
    if line:
        runin("Line:", line)
    if pressed:
        runin("If pressed:", pressed)
    if avoid:
        runin("Avoid:", avoid)


# ------------------------------------------------------------------ cover
para("THE KITTIWAKE TRUST", bold=True, size=16)
para("Launch press pack", size=14)
para("'The SENCO as Leader': a new national award for special educational needs "
     "coordinators, with the University of Harlestone", italic=True, size=12)
para("Issued by the Kittiwake Trust press office, May 2009. Version 4 (final).")
para()
para("In this pack", bold=True)
for line in [
    "Covering note to the TDA",
    "Part A  Press release",
    "Part B  Notes to editors",
    "Part C  Backgrounder: the course in brief",
    "Part D  Internal: lines to take and Q&A (not for publication)",
    "Part E  Case studies",
    "Part F  Spokespeople",
    "Part G  Media plan and photo opportunities",
]:
    para(line)

part("COVERING NOTE TO THE TDA APPROVALS TEAM")
doc.add_paragraph(
    "Dear colleagues, with this pack the Kittiwake Trust applies for approval to offer the "
    "National Award for SEN Coordination from September 2009. We have sent our launch "
    "pack rather than a separate statement because it is the one place where everything "
    "the Trust and the University of Harlestone have agreed about the course has been "
    "written down and signed off. We have been open with you: Part D is the internal "
    "briefing for our spokespeople and press office, and in places it says more than we "
    "would say in public, including where things are not yet decided. Parts A, B, C, E, F "
    "and G become public when the embargo lifts.")
doc.add_paragraph(
    "Martin Kearsley, Director, Kittiwake Schools Consultancy, 8 May 2009")

# ------------------------------------------------------------------ Part A
part("PART A  PRESS RELEASE")
para("NEW AWARD TO PUT DISABLED CHILDREN AT THE HEART OF SCHOOL LEADERSHIP", bold=True,
     size=12)
para("Kittiwake Trust and University of Harlestone to train up to 120 new SENCOs a year",
     italic=True)
doc.add_paragraph(
    "The Kittiwake Trust, the national charity for children and young people with "
    "physical and sensory disabilities, today launches a postgraduate course for teachers "
    "who lead special educational needs provision in England's schools.")
doc.add_paragraph(
    "From September 2009 every teacher who becomes a special educational needs "
    "coordinator (SENCO) in a maintained school will need to gain a nationally approved "
    "award. Kittiwake's course, The SENCO as Leader, is validated by the University of "
    "Harlestone as a Postgraduate Certificate worth 60 credits at Master's level. It will "
    "be taught by Kittiwake's own trainers and specialists, with University staff, at "
    "three centres: Harlestone, Brackley Vale and Port Eldon.")
doc.add_paragraph(
    "Teachers on the course will spend ten study days with Kittiwake over a school year, "
    "carry out projects in their own schools, and hear directly from disabled young people "
    "and their families about what makes a difference.")
doc.add_paragraph(
    "Rosalind Achebe, Chief Executive of the Kittiwake Trust, said: \"Every disabled child "
    "deserves a school that expects great things of them. We want every SENCO to be a "
    "champion for disabled children's voices, their health and safety, their friendships "
    "and their futures. Inclusion isn't an add-on: it is how good schools work.\"")
doc.add_paragraph(
    "Professor David Rhodes, Pro Vice-Chancellor of the University of Harlestone, said: "
    "\"The University is proud to validate a course that brings together Kittiwake's "
    "forty-seven years of practical expertise with our research in inclusive education.\"")
doc.add_paragraph(
    "Callum Reid, 16, one of Kittiwake's Young Ambassadors, said: \"Teachers talk about us "
    "a lot. This course is going to teach them to talk to us.\"")
doc.add_paragraph(
    "Applications open on 1 June 2009. The first group starts in September 2009.")
para("ENDS", bold=True)

# ------------------------------------------------------------------ Part B
part("PART B  NOTES TO EDITORS")
notes = [
    "The Kittiwake Trust was founded in 1962 by parents of children with cerebral palsy. "
    "It now supports more than 9,000 families a year through its helpline, family support "
    "workers, sensory support centre and short-break services. Kittiwake Schools "
    "Consultancy, its training and consultancy arm, has worked with schools since 1999.",
    "The National Award for SEN Coordination was introduced by the Department for "
    "Children, Schools and Families following the Education (Special Educational Needs "
    "Coordinators) (England) Regulations 2008. Courses are approved by the Training and "
    "Development Agency for Schools. Kittiwake's course covers all 28 national minimum "
    "outcomes set by the TDA for the award.",
    "The course was approved by the University of Harlestone's Academic Standards "
    "Committee on 22 April 2009. It leads to the University's Postgraduate Certificate "
    "in Leading SEN Coordination: 60 credits at Level 7 (Master's level), in two modules "
    "of 30 credits. The credits count towards the University's MA in Education.",
    "The fee is £1,250. Kittiwake's Futures Fund will pay £400 towards the fee for 30 "
    "SENCOs a year from schools with high numbers of disabled pupils.",
    "Between 2005 and 2008, 480 teachers took Kittiwake's non-accredited short course New "
    "SENCO Days; 92% rated it good or excellent.",
    "Kittiwake's helpline takes more than 3,000 calls a year from parents about school. "
    "In a survey of 212 parent members in February 2009, 64% said their child's SENCO "
    "\"didn't have the time or the standing\" to get things done.",
    "Photographs of the launch at Hollins Bank School are available from the press "
    "office from 11.00 on 19 May.",
]
for i, n in enumerate(notes, 1):
    para(f"{i}. {n}")

# ------------------------------------------------------------------ Part C
part("PART C  BACKGROUNDER: THE COURSE IN BRIEF")
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Title", "The SENCO as Leader: Postgraduate Certificate in Leading SEN Coordination "
     "(National Award for SEN Coordination)"),
    ("Awarded by", "University of Harlestone (validated April 2009)"),
    ("Credits", "60 at Level 7 (Master's): Module 1 Knowing and Including (30); Module 2 "
     "Leading Provision (30)"),
    ("Starts", "September 2009 (one intake in 2009-10)"),
    ("Where", "Harlestone, Brackley Vale and Port Eldon. Each study day runs at all three "
     "centres in the same week, and participants can move between centres."),
    ("How", "Ten study days over three terms, with school-based tasks between them. Part "
     "time. Modules taken in order."),
    ("Who for", "Qualified teachers who are SENCOs or have been designated by their head "
     "to take on the role"),
    ("Assessment", "Three assignments (see below)"),
    ("Fee", "£1,250 (bursaries available)"),
    ("Contact", "Dr Sunita Varma, programme leader, 0161 496 0745"),
]:
    c = t.add_row().cells
    c[0].text = k
    c[0].paragraphs[0].runs[0].bold = True
    shade(c[0], "DEEAF6")
    c[1].text = v
para()
sub("What the course is for")
doc.add_paragraph(
    "The course sets out to give teachers new to the SENCO role the knowledge, confidence "
    "and standing they need to lead SEN provision in their school, and to be taken "
    "seriously by senior leaders, governors, colleagues and outside services. Kittiwake "
    "believes that confident SENCOs make for better days for disabled pupils.")

sub("The ten study days")
days = [
    ("Day 1  The SENCO's job: law and guidance.",
     "The Education Act 1996, the Special Educational Needs and Disability Act 2001, the "
     "SEN Code of Practice (2001), the SENCO Regulations 2008, Every Child Matters and the "
     "Children Act 2004, Removing Barriers to Achievement (2004), and the Lamb Inquiry "
     "(2009). Taught with the SEN team managers of Harlestone and Brackley Vale councils."),
    ("Day 2  Disability and equality.",
     "The Disability Discrimination Act 1995 and 2005, the disability equality duty, "
     "accessibility plans and reasonable adjustments; how a disability, and the physical "
     "and social world of school, shape a child's development."),
    ("Day 3  Hearing from young people.",
     "Kittiwake's Young Ambassadors talk about their school lives: what helped, what "
     "didn't, and what they wish their SENCO had known."),
    ("Day 4  Areas of need I.",
     "Physical disability, visual impairment, hearing impairment, multi-sensory "
     "impairment and medical needs, with Kittiwake's physiotherapists, occupational "
     "therapists and qualified teachers of the visually and hearing impaired."),
    ("Day 5  Areas of need II, and using data.",
     "Speech, language and communication needs (the Bercow Review, 2008), autistic "
     "spectrum disorders, dyslexia and other specific learning difficulties. Tracking "
     "progress with P scales, national test results and RAISEonline."),
    ("Day 6  Assessment, planning and teaching.",
     "Identifying needs, setting targets, planning and reviewing interventions, using "
     "specialists' reports; ICT and assistive technology at the Kittiwake Assistive "
     "Technology Centre; access arrangements for national tests and GCSE; what the "
     "evidence says, from Ofsted (2006) Inclusion: does it matter where pupils are "
     "taught? to the Inclusion Development Programme (2008)."),
    ("Day 7  Families and services.",
     "Working with parents and carers, taught with members of Kittiwake's Family Panel; "
     "health, social care, educational psychology and voluntary services; the Common "
     "Assessment Framework. Each participant also spends a placement day at one of our "
     "partner settings: Hollins Bank School (physical disabilities), the Port Eldon "
     "Hearing Resource Base or Kittiwake's Sensory Support Centre."),
    ("Day 8  Leading people.",
     "Deploying and managing teaching assistants; coaching and mentoring colleagues and "
     "leading staff training; managing the SENCO's time and workload."),
    ("Day 9  Provision and strategy.",
     "Provision mapping; evaluating interventions with the staff who run them; working "
     "with heads and governors on inclusive policies, priorities and budgets; drawing on "
     "research to make the case for change."),
    ("Day 10  Presentations and next steps.",
     "Assignment 3 presentations in the morning. In the afternoon each participant drafts "
     "a two-year professional development plan, using our template, to take to their "
     "performance review with their head, and tutors talk through routes to the MA and "
     "Kittiwake's advanced courses."),
]
for a, b in days:
    runin(a, b)

sub("How participants are assessed")
runin("Assignment 1: The SENCO's brief (Module 1, 40%, 3,000 words).",
      "A critical review of the school's arrangements for SEN and disability against the "
      "Code of Practice, SEN law, the Disability Discrimination Act and the disability "
      "equality duty, including the accessibility plan, and of how the school supports "
      "pupils with SEN towards the five Every Child Matters outcomes. Marked for accurate "
      "knowledge and clear, well-argued writing.")
runin("Assignment 2: One learner, one year (Module 1, 60%, 4,000 words).",
      "A case study of one pupil. Participants identify the pupil's needs from the "
      "school's data and the reports of specialists; explain the pupil's development and "
      "how the disability and the school environment affect it; set the pupil's needs "
      "against the areas of need studied on Days 4 and 5; plan, teach and review an "
      "intervention with challenging targets; evaluate the approaches and resources used, "
      "including assistive technology; meet the parents or carers and record the "
      "meeting; and work with at least one outside service. Marked for the quality of the "
      "relationship built with the pupil and family as well as the enquiry itself.")
runin("Assignment 3: Leading provision (Module 2, 100%).",
      "A costed provision map of the school that shows gaps and provision that is not "
      "working; a plan for deploying and managing teaching "
      "assistants; an analysis of Key Stage results and P scale data for pupils with SEN "
      "and the changes it points to; an evaluation of one intervention carried out with "
      "the staff who run it; and a 15-minute presentation of strategic priorities for "
      "inclusion to the head and a governor, whose written feedback is handed in, with a "
      "2,500-word commentary that uses research and specialist advice to justify the "
      "proposals. Marked for the proposals, the use of evidence, how well the participant "
      "wins the support of colleagues and leaders, and clear speaking.")
runin("Passing.",
      "Participants pass the award with an overall mark of 50%. Marks can be balanced "
      "between assignments, provided no assignment is below 40%.")
runin("Marking.",
      "Kittiwake tutors mark all work first. The University second-marks a 25% sample and "
      "every fail and borderline script; the external examiner, appointed by the "
      "University, reviews a sample from every assignment; and the University's "
      "examination board confirms all results.")

sub("Where the national outcomes are covered")
OUT_ROWS = [
    ("Professional attributes", None, None),
    ("Relationships with pupils and parents", "3, 7", "Assignment 2"),
    ("Winning the commitment of colleagues and leaders", "8, 9", "Assignment 3"),
    ("Prioritising, managing time, delegating", "8", "Discussed"),
    ("Judgement and problem-solving", "To be confirmed", "-"),
    ("Clear communication; listening", "All", "Assignments 1-3"),
    ("Using research and outside advice", "6, 9", "Assignment 3"),
    ("Keeping up to date; own CPD", "10", "-"),
    ("Knowledge and understanding", None, None),
    ("SEN law and the Code of Practice", "1", "Assignment 1"),
    ("Every Child Matters", "1", "Assignment 1"),
    ("Disability equality law", "2", "Assignment 1"),
    ("Child development", "2", "Assignment 2"),
    ("Types of SEN and disability", "4, 5", "Assignment 2"),
    ("Approaches, strategies, resources and ICT", "6", "Assignment 2"),
    ("School self-evaluation", "Not covered in 2009-10", "-"),
    ("Best practice and research", "6, 9", "Assignment 3"),
    ("External agencies", "7", "Assignment 2"),
    ("Skills", None, None),
    ("Strategic development with leaders and governors", "9", "Assignment 3"),
    ("Identifying needs, targets, interventions, review", "6", "Assignment 2"),
    ("Using other professionals' assessments", "6", "Assignment 2"),
    ("Using summative assessment and national tests", "5", "Assignment 3"),
    ("Access arrangements for tests and exams", "6", "-"),
    ("Provision mapping", "9", "Assignment 3"),
    ("Deploying and managing staff", "8", "Assignment 3"),
    ("Supporting colleagues' development", "8", "Discussed"),
    ("Reviewing provision with staff", "9", "Assignment 3"),
    ("Involving pupils in their provision", "3", "Discussed"),
    ("Working with parents and carers", "7", "Assignment 2"),
    ("Working with other services and voluntary organisations", "7", "Assignment 2"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Outcome (TDA)", "Study day(s)", "Assessed in"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "1F4E79")
    t.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for a, b, c in OUT_ROWS:
    cells = t.add_row().cells
    if b is None:
        m = cells[0].merge(cells[2])
        m.text = a
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DEEAF6")
        continue
    cells[0].text = a
    cells[1].text = b
    cells[2].text = c
para()

# ------------------------------------------------------------------ Part D
bar = doc.add_table(rows=1, cols=1)
bar.style = "Table Grid"
bc = bar.rows[0].cells[0]
shade(bc, "C00000")
br = bc.paragraphs[0].add_run(
    "PART D  INTERNAL: LINES TO TAKE AND Q&A. NOT FOR PUBLICATION OR FORWARDING. For "
    "spokespeople, the press office and the enquiry line only.")
br.bold = True
br.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
para()
doc.add_paragraph(
    "Use the Line first. Go to 'If pressed' only if the journalist or caller comes back "
    "to the point. Never use anything marked Avoid. If in doubt, say you will come back "
    "to them and ring Ellie Brennan in the press office.")

qa(1, "Who can apply?",
   line="Qualified teachers who are already SENCOs, or whose head has designated them to "
   "take on the role, in a maintained school, academy or independent school in England.",
   pressed="Teaching assistants and unqualified staff cannot take the award, because it "
   "is for teachers. Our one-day courses for teaching assistants continue.")
qa(2, "How do you make sure people can cope with a Master's-level course?",
   line="Every applicant is nominated by their head, who confirms that the school will "
   "release them for the ten days and names a mentor from the leadership team. Each "
   "applicant then has a twenty-minute conversation with a tutor about their role, their "
   "school and their experience of study.",
   pressed="If we think someone is not ready to meet all the outcomes in a year (for "
   "instance, they have no SEN responsibility yet) we write to them with advice on what "
   "to do first, usually a year in post or our one-day course Starting Out as a SENCO, "
   "and, with their agreement, Dr Varma talks it through with their head. They are "
   "welcome to apply again the following year.")
qa(3, "Is the course tailored to each teacher?",
   line="Before Day 1 every participant fills in a starting-point questionnaire, so that "
   "tutors know the group's experience. We use it to set up primary and secondary groups "
   "for Days 4 to 6.",
   pressed="Not this year in the sense of individual learning plans: the questionnaire is "
   "for planning the group's sessions, not for individual plans.")
qa(4, "Can experienced teachers get credit for what they have already done?",
   line="Yes. Under the University's regulations a participant can claim up to 30 credits "
   "(the whole of Module 1) for Level 7 study in SEN completed in the last five years. "
   "Experienced teachers without that study can claim the same credit through a "
   "portfolio of their experience mapped against the Module 1 outcomes, assessed by the "
   "University. The fee for a portfolio claim is £150.")
qa(5, "Can someone get the award without doing the course?",
   line="The course is designed to be taken as a whole.",
   pressed="In exceptional cases, yes. An experienced candidate, for instance a teacher "
   "from a sensory support service who has coordinated provision across schools, can "
   "apply for assessment only: a portfolio of evidence against every national outcome "
   "and a professional discussion with two assessors, one of them from the University. "
   "The fee is £600. We expect very few.",
   avoid="Promising that anyone with experience can skip the course.")
qa(6, "Will there be online learning?",
   line="The course is taught face to face. There are no online units and no e-learning "
   "element in 2009-10.",
   pressed="Participants do get a log-in to Kittiwake Connect, our members' website, for "
   "readings and notices. It is a library, not a classroom.")
qa(7, "Why only a September start?",
   line="One intake in the first year lets us get it right. Each study day runs at three "
   "centres in the same week, and participants can move between centres.",
   pressed="A January intake is being considered for 2010-11, but nothing is agreed.",
   avoid="Promising a January start, or a faster or slower route.")
qa(8, "What about disabled teachers?",
   line="We are a disability charity: access is our day job.",
   pressed="The application form invites applicants to tell us about a disability or "
   "health condition, explains why we ask, and sends that page straight to our access "
   "adviser, not to the tutor who selects. The access adviser contacts the applicant "
   "within a week to agree adjustments: materials in large print, Braille, audio or "
   "electronic formats; BSL interpreters or speech-to-text; a free place for a personal "
   "assistant; parking and rest breaks. Adjustments to assessment, such as extra time "
   "or a recorded presentation in place of a live one, are agreed with the University's "
   "disability service. All three centres and all placement settings are step-free with "
   "hearing loops. We record applications, places and completions by disability and "
   "report them to the programme committee each year. Having disabled young people and "
   "parents teach on the course is part of how we challenge low expectations.")
qa(9, "Do you check participants' criminal records?",
   line="All participants are serving teachers, checked by their employers.",
   pressed="Heads confirm on the nomination form that the applicant is employed at their "
   "school. We don't see or record CRB disclosures.")
qa(10, "Who teaches it?",
   line="Kittiwake's specialist trainers and therapists, University of Harlestone "
   "lecturers, and council SEN officers. See Part F for biographies.")
qa(11, "What support do participants get in school?",
   line="Every participant has a mentor in school, named by the head.",
   pressed="We are writing a short mentor guide over the summer, and we hope to offer a "
   "briefing for mentors in the autumn term.")
qa(12, "How will you know whether the course works?",
   line="Participants rate their confidence against the national outcomes at the start "
   "and at the end. Every study day is evaluated, and the University's annual monitoring "
   "and the external examiner's report look at the course each year. The results go to "
   "the programme committee.",
   pressed="On pupils: we hope to follow up with schools a year on to see whether pupils "
   "are doing better, funding permitting.",
   avoid="Quoting pupil outcome figures. We don't have any yet.")
qa(13, "Who did you consult?",
   line="The course grew out of what families and SENCOs tell us every day: more than "
   "3,000 calls a year to our helpline and the feedback of 480 teachers on New SENCO "
   "Days.",
   pressed="We did not run a separate survey of schools or local authorities for this "
   "course. The SEN teams of Harlestone, Brackley Vale and Port Eldon councils saw the "
   "draft outline in January. The Family Panel asked for more on working with parents, "
   "and Day 7 was the result.")
qa(14, "Are families and young people involved, or just quoted?",
   line="Involved. Young Ambassadors lead Day 3 and members of the Family Panel co-teach "
   "Day 7. Each panel has a seat on the programme committee, which meets every term and "
   "reviews the study-day evaluations, the results and the external examiner's report. "
   "Council SEN officers teach on Day 1 and the partner settings host the Day 7 "
   "placements.")
qa(15, "Isn't £1,250 a lot?",
   line="It is below most universities' fee for a postgraduate certificate. £400 of it is "
   "the University's registration fee; the rest covers our costs and no more. The Futures "
   "Fund pays £400 for 30 SENCOs a year.")
qa(16, "Has the course been inspected?",
   line="The course is new. Like all approved SENCO courses it may be inspected by Ofsted.",
   avoid="Saying that Ofsted has inspected our courses. It hasn't.")
qa(17, "Isn't this just a charity selling training?",
   line="Every penny of surplus goes to our family support services. We run this course "
   "because disabled children need SENCOs who can make things happen.")
qa(18, "What happens after the course?",
   line="On Day 10 every participant drafts a two-year development plan to take to their "
   "performance review, and tutors talk through the MA and our advanced courses. "
   "Graduates can join the SENCO Circle, the termly network we have run since 2006 for "
   "New SENCO Days graduates.")
qa(19, "Does the course cover all the national outcomes?",
   line="Yes: all 28 national outcomes are covered (see Part C).",
   pressed="Most are assessed in the three assignments; a few are covered in sessions "
   "and discussed with tutors.",
   avoid="Saying every outcome is individually assessed.")
qa(20, "Does the course cover school self-evaluation?",
   line="Kittiwake carries out a full self-assessment of its own services every year "
   "against the PQASSO quality standard and holds the Investors in People standard.",
   avoid="Saying the course teaches school self-evaluation. It is not covered in 2009-10.")
qa(21, "How will SENCOs learn to listen to pupils?",
   line="Young people lead a whole study day, telling teachers what helped them at school "
   "and what didn't.",
   pressed="The session is about hearing young people's experiences; consultation "
   "methods are not separately taught. Assignment 2 does not require the pupil's views, "
   "though many participants include them.")
qa(22, "Will SENCOs learn about exam access arrangements?",
   line="Yes, on Day 6: the QCA and JCQ rules for national tests and GCSE, the evidence "
   "needed and the deadlines.",
   pressed="It is taught, not assessed.")
qa(23, "What resources do participants get?",
   line="Use of the Kittiwake Assistive Technology Centre, where participants can try and "
   "borrow communication aids, switches, screen readers and symbol software for their "
   "pupils; full membership of the University library, including e-journals from home; "
   "and Kittiwake Connect for readings.")
qa(24, "How do you make sure marking is fair?",
   line="Kittiwake tutors mark first; the University second-marks a sample and every fail "
   "or borderline script; the external examiner reviews a sample of everything; and the "
   "University's examination board confirms all results.")

# ------------------------------------------------------------------ Part E
part("PART E  CASE STUDIES")
sub("Sarah Whitlock, SENCO, Fellside Primary School, Brackley Vale")
doc.add_paragraph(
    "Sarah took New SENCO Days in 2007. \"I'd been SENCO for six weeks and had no idea "
    "where to start. Kittiwake arranged a week's placement for me at Hollins Bank, and "
    "the session on access arrangements meant our Year 6 got their readers and extra "
    "time for the first time. I'll be first in the queue for the new award.\"")
sub("Joanne Pike, parent and Family Panel member, Port Eldon")
doc.add_paragraph(
    "Joanne's son Ethan, 11, is deafblind. \"For years I felt I was the only person who "
    "knew Ethan. When his SENCO started asking me what worked at home, everything "
    "changed.\" Joanne will co-teach the families day on the new course.")
sub("Callum Reid, 16, Young Ambassador, Harlestone")
doc.add_paragraph(
    "Callum uses a wheelchair and a communication aid. He has spoken at two national "
    "conferences about his school life and will help lead Day 3. \"The best teachers "
    "asked me. The worst asked my TA.\"")
sub("Kwame Adebayo, headteacher, Port Eldon Primary School")
doc.add_paragraph(
    "\"Releasing my SENCO for ten days is a real cost to a small school. I'm doing it "
    "because I need someone who can sit with governors and argue for the children who "
    "need most.\"")

# ------------------------------------------------------------------ Part F
part("PART F  SPOKESPEOPLE")
runin("Rosalind Achebe, Chief Executive.",
      "Joined Kittiwake in 2003 from a national children's charity. For the Trust's "
      "vision and values only; refer course questions to Martin or Sunita.")
runin("Martin Kearsley, Director, Kittiwake Schools Consultancy.",
      "Headteacher of a special school for pupils with physical disabilities for twelve "
      "years; MEd in special education; a former Ofsted additional inspector. Leads the "
      "partnership with the University.")
runin("Dr Sunita Varma, programme leader.",
      "Former head of a local authority hearing-impaired support service; qualified "
      "teacher of the deaf; PhD in deaf education (2004); honorary lecturer at the "
      "University of Harlestone; still advises schools on sensory impairment two days a "
      "month.")
runin("Owen Pritchard, senior trainer.",
      "Secondary SENCO for twelve years; MA in special educational needs; specialist "
      "teacher qualification in specific learning difficulties; has trained more than "
      "900 teachers and teaching assistants for Kittiwake since 2004.")
runin("Dr Amira Saleh, University link tutor.",
      "Senior lecturer in inclusive education, University of Harlestone; research on "
      "provision mapping and teaching assistants; external examiner for two other "
      "universities' SEN programmes.")
runin("Professor David Rhodes, Pro Vice-Chancellor, University of Harlestone.",
      "For the University's role only.")

# ------------------------------------------------------------------ Part G
part("PART G  MEDIA PLAN AND PHOTO OPPORTUNITIES")
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Date", "Outlet", "Item", "Spokesperson", "Status"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "D9D9D9")
for row in [
    ("19 May", "Regional TV (lunchtime news)", "Launch at Hollins Bank School",
     "Rosalind Achebe, Callum Reid", "Confirmed"),
    ("19 May", "Times Educational Supplement", "News story and comment piece",
     "Martin Kearsley", "Pitched"),
    ("22 May", "Special Children magazine", "Feature on the course", "Sunita Varma",
     "Confirmed"),
    ("June", "Kittiwake members' magazine", "Parents' view", "Joanne Pike", "Confirmed"),
    ("June", "National daily (education page)", "Feature", "Rosalind Achebe", "Declined"),
]:
    c = t.add_row().cells
    for i, v in enumerate(row):
        c[i].text = v
para()
doc.add_paragraph(
    "Photo opportunity, Tuesday 19 May, 10.30: Callum Reid and Kittiwake trainers with "
    "pupils at Hollins Bank School. Photographers and film crews will be accompanied at "
    "all times by school staff, and only pupils whose parents have given consent will be "
    "photographed.")

doc.save(OUT)
print("wrote", OUT)
