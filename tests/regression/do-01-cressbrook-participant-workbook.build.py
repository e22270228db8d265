"""Build do-01-cressbrook-participant-workbook.docx (blind test application).

KIND OF DOCUMENT
  A participant workbook: the pilot edition (trainer copy) of the workbook
  that every participant on the course works from, submitted whole as the
  application, with a short boxed note to the panel on its first page.

PROVIDER (invented)
  Cressbrook, a national charity for disabled children and their families;
  its training and consultancy arm, Cressbrook Professional Learning, has
  run courses for school staff since 1996. The award is validated by the
  University of Abermoor (invented) as the Postgraduate Certificate in
  Leading SEN Provision (National Award for SEN Coordination), 60 credits
  at Level 7, modules PLSP701 and PLSP702. People: Dr Hannah Okafor (Head of
  Professional Learning, programme leader), Tom Lindqvist (senior trainer),
  Priya Balasubramanian (communication adviser, speech and language
  therapist), Lena Fairclough (access coordinator), Dr Gwen Maddox
  (University link tutor), Dr Rachel Hume (external examiner, University of
  Northcliffe), the Young Advisers and the Family Voices Panel. Centres:
  Cressbrook House, Wellbank, and the Quayside Centre, Northam.

LAYOUT
  Cover lines; a shaded one-cell "note for the approval panel"; a typed
  contents list. Heading 1 for the four Parts, Heading 2 for sections.
  Part 1 "Before you start" is second-person prose with shaded
  "FOR TRAINERS" boxes (part of the trainer edition and of the
  submission: they state real arrangements). Part 2 runs through eight study
  days; each has a "What the day covers" paragraph and lettered activities
  (1A, 1B ...), each ending in a bold "Where this goes:" line and an empty
  one-cell "Write here" box (the participant's blank, not an empty answer).
  Part 3 gives an assessment table, assignment briefs, and the Outcome
  Record: a four-column table with merged, shaded group rows (Attributes /
  Knowledge / Skills), the national outcomes in Cressbrook's own short
  wording and numbering ("Skills 2b"), "Worked on" and "Assessed in"
  columns and an empty "Your evidence" column. Part 4 "After the course" is a
  placeholder page. Page header (pilot edition, not for circulation) and
  footer (charity number, "Two Ticks", Investors in People) are never
  evidence. Six real Word comments from the University link tutor and
  Cressbrook staff (never part of the submission).

TRAPS (requirement ids affected)
  - 2.3  "Can I skip the course?": the question never says assessment-only;
         the negation comes at the end of the answer ("Cressbrook does not
         offer an assessment-only route"). A comment suggests taking an
         assessment-only route to the Board (comment, not evidence). not_met.
  - 2.1  APL for certificated Level 7 credit only; experience "does not
         count towards credit". A comment says Regulation 14 would allow
         APEL ("Not for the pilot"). partially_met.
  - 5.3  "We do not ask to see your disclosure"; the fix (head confirms on
         the nomination form) exists only in a comment exchange. not_met.
  - 2.5  Part 4 "My next steps" is "[Page to follow in the printed
         edition]"; an alumni day is only hoped for. not_met.
  - 3.3  The Commons (Moodle) carries materials, online units and peer
         forums, but tutors "do not reply to questions there" and the online
         units "have no tutor": no tutor support between study days.
         partially_met.
  - 4.3  Stakeholders co-deliver (Young Advisers Day 3, Family Voices Panel
         Day 5, council officers), but their part in evaluation is "we would
         like ... we are discussing with them how". partially_met.
  - 5.5  Specialists are named; visits are past (a boxed quotation from the
         old "SENCO Essentials" course, 2004-2008) or hoped for ("Open Door"
         schools "we hope to have in place"; "until then visits are not
         part of the course"). partially_met.
  - 5.7  Mentors only get posted "Notes for Mentors"; tutors are experienced
         trainers with a marking standardisation meeting, nothing more on
         roles. partially_met.
  - 1.9, 6.0  The award rule says every outcome must be met "through
         assessed work" and the Assessment Board checks the Outcome Record,
         but the Record itself shows outcomes with "-" or "Not assessed" in
         the Assessed column and one assessed only by the unmarked
         professional discussion. partially_met.
  Criterion 6, through the Outcome Record read with Part 2 and the briefs:
  - Covered but not assessed ("Yours to keep", "-"): 6.A3 (Activity 6C),
    6.A7 (Activity 1C, and the placeholder page), 6.K4 (Activity 2B),
    6.S2b (Activity 4B), 6.S6 (Activity 7C, "you may use it ... if you
    wish"). partially_met.
  - 6.A4: "Assessed in: Professional discussion", which Day 8 and Part 3 say
    "is not marked". partially_met.
  - 6.S2d: Portfolio item P3 is "recommended, not required". partially_met.
  - 6.S4: Assignment 3 Part B only "if your school gives you responsibility
    for support staff"; otherwise yours to keep. partially_met.
  - 6.S2c: the row says "See Skills 5", and Skills 5 (coaching cycle) says
    nothing of formative assessment; nothing else in the workbook develops
    it; a comment admits it. not_met.
  - Met through the briefs: A1, A2, A5, A6, K1-K3, K5-K9, S1, S2, S2a, S3,
    S5, S7, S8, S9.
  Met in unusual places (notes_on_met): 3.1 and 5.8 lean on FOR TRAINERS
  boxes; 4.1/4.2 are a "What we heard / What we did" table; 5.9 relies on
  Assignment 2's baseline measures and portfolio item P4.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "do-01-cressbrook-participant-workbook"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(6)
for s in doc.sections:
    s.left_margin = Cm(2.3)
    s.right_margin = Cm(2.3)
    hp = s.header.paragraphs[0]
    hp.text = ("Cressbrook Professional Learning | Leading SEN Provision | Participant "
               "Workbook | PILOT EDITION v0.9 (trainer copy) | not for circulation")
    hp.runs[0].font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.text = ("Cressbrook is a registered charity (no. 1047712) and a company limited by "
               "guarantee. We are a Two Ticks employer, positive about disabled people, and "
               "hold the Investors in People standard.")
    fp.runs[0].font.size = Pt(8)

GREY = RGBColor(0x59, 0x59, 0x59)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def row_height(row, twips):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)


def para(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def runin(label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def box(title, paras, fill="E7E6E6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    p = c.paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    for x in paras:
        q = c.add_paragraph(x)
    doc.add_paragraph()
    return t


def trainers(paras):
    return box("FOR TRAINERS", paras, fill="D9E2F3")


def write_here(lines=5):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    r = c.paragraphs[0].add_run("Write here")
    r.italic = True
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    row_height(t.rows[0], 300 * lines)
    doc.add_paragraph()


def activity(code, title, what, goes, lines=4):
    p = doc.add_paragraph()
    r = p.add_run(f"Activity {code}  {title}")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(what)
    runin("Where this goes:", goes)
    write_here(lines)


def comment(run, text, author, initials):
    doc.add_comment(run, text=text, author=author, initials=initials)


# ------------------------------------------------------------------ cover
para("Cressbrook Professional Learning", bold=True, size=14)
para("in partnership with the University of Abermoor", italic=True)
para("LEADING SEN PROVISION", bold=True, size=22)
para("The National Award for SEN Coordination", size=14)
para("Postgraduate Certificate in Leading SEN Provision: 60 credits at Master's level")
para("PARTICIPANT WORKBOOK", bold=True, size=18)
para("Pilot edition for the first cohort, September 2009. Trainer copy, version 0.9, "
     "27 April 2009.")
para()
box("A note for the TDA approval panel", [
    "This workbook is Cressbrook's application for approval to deliver the National "
    "Award for SEN Coordination. We have not written a separate account of the course. "
    "The workbook is what every participant will work from, and everything we have "
    "agreed with the University of Abermoor about how the course runs is set out in "
    "Part 1. Parts 2 and 3 show, day by day and task by task, where each national "
    "minimum outcome is worked on and where it is assessed.",
    "You are reading the trainer copy. The shaded boxes headed FOR TRAINERS are printed "
    "only in the trainer edition; we have left them in so that you can see the "
    "arrangements behind the scenes. The write-in spaces are blank on purpose: they are "
    "for participants.",
    "Dr Hannah Okafor, Head of Professional Learning and Programme Leader, "
    "27 April 2009",
], fill="FFF2CC")

para("Contents", bold=True, size=13)
for line in [
    "Part 1  Before you start",
    "Part 2  The study days and your activities",
    "Part 3  Assessment and your Outcome Record",
    "Part 4  After the course: my next steps",
]:
    para(line)

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1  Before you start", level=1)

doc.add_heading("Welcome from Cressbrook", level=2)
doc.add_paragraph(
    "Cressbrook has stood alongside disabled children and their families for more than "
    "forty years. We believe that every disabled child has the right to learn, to be safe, "
    "to be well, to have friends and to be heard, and that schools are where most of those "
    "rights are won or lost. For thirteen years our training and consultancy team has "
    "worked with teachers, teaching assistants, governors and heads. This is the first "
    "time we have offered a qualification, and we are proud to do it with the University "
    "of Abermoor.")
doc.add_paragraph(
    "What this course is for. One test matters more than any other: whether the children "
    "and young people with SEN and disabilities in your school do better because you took "
    "this course. By 'better' we mean the whole of their lives at school, not only their "
    "test results: how well they learn and progress, their health, their safety, whether "
    "they enjoy school and have friends, whether they have a say and a part to play, and "
    "whether they leave ready for the next step towards work and an independent life. "
    "Those are the five Every Child Matters outcomes, and they run through the whole "
    "course. Every assignment asks you to do something in your own school and to show, "
    "with evidence, what difference it made to particular pupils.")
doc.add_paragraph(
    "The course is also about you as a leader. A SENCO cannot do it alone, so we spend a "
    "good deal of time on how you work with colleagues and senior leaders, with governors, "
    "with parents and carers, with the pupils themselves and with the services outside "
    "school that pupils and families depend on.")

doc.add_heading("The award", level=2)
doc.add_paragraph(
    "The course leads to the University of Abermoor's Postgraduate Certificate in Leading "
    "SEN Provision (National Award for SEN Coordination). The University validated the "
    "programme at a validation event on 11 March 2009. The award is made by the "
    "University; Cressbrook teaches the course under a collaborative provision agreement "
    "with the University's Faculty of Education and Lifelong Learning. The certificate "
    "carries 60 credits at Master's level (Level 7 of the national qualifications "
    "framework), in two modules of 30 credits:")
bullets([
    "PLSP701 Knowing the Ground: law, learners and the SENCO (Study Days 1 to 4; "
    "Assignments 1 and 2)",
    "PLSP702 Leading Provision (Study Days 5 to 8; Assignment 3 and the Practice "
    "Portfolio)",
])
doc.add_paragraph(
    "The 60 credits can count towards the University's MA in Inclusive Education if you "
    "want to go further later.")
doc.add_paragraph(
    "The rule for the award. You receive the award when you have passed both modules and "
    "your Outcome Record (Part 3) shows that every one of the national minimum outcomes "
    "has been met through assessed work. The University's Assessment Board looks at each "
    "participant's Outcome Record before it confirms the award: passing the assignments "
    "is not enough on its own.")

doc.add_heading("Who's who", level=2)
runin("Dr Hannah Okafor, programme leader.",
      "Nine years as SENCO in two secondary schools, then advisory teacher for sensory "
      "impairment with Northam Council. EdD (Abermoor, 2006) on disabled pupils' part in "
      "school councils. Leads Cressbrook's consultancy with schools on accessibility "
      "planning and is a Recognised Teacher of the University.")
runin("Tom Lindqvist, senior trainer.",
      "Primary SENCO for eleven years and then an assistant head; MA in Special "
      "Educational Needs; NPQH. Runs our teaching assistant courses and still works two "
      "days a month in schools as a consultant.")
runin("Priya Balasubramanian, communication adviser.",
      "Speech and language therapist (registered with the Health Professions Council) "
      "with fourteen years in schools and clinics. Wrote Cressbrook's evidence to the "
      "Bercow Review.")
runin("Dr Gwen Maddox, University link tutor.",
      "Senior lecturer in inclusive education at Abermoor. Moderates the assessed work "
      "and chairs the course committee.")
runin("Dr Rachel Hume, external examiner.",
      "Reader in Special Education, University of Northcliffe, appointed by Abermoor.")
runin("The Young Advisers.",
      "A paid panel of twelve young disabled people aged 14 to 22 who advise Cressbrook "
      "on everything we do. They co-teach Study Day 3.")
runin("The Family Voices Panel.",
      "Twenty-four parents and carers of disabled children. Members co-teach Study "
      "Day 5.")
runin("Your school mentor.",
      "A member of your school's leadership team, named by your head on the nomination "
      "form (see below).")

doc.add_heading("Your starting point", level=2)
doc.add_paragraph(
    "The Entry Profile. When you accept a place we send you the Entry Profile. It lists "
    "every national outcome in plain words, with a four-point scale (1 'new to me' to 4 "
    "'I do this confidently and could show you the evidence') and a space for your "
    "evidence. Please be hard on yourself: many teachers find that what they know about "
    "SEN law, for instance, dates from before the 2001 Code.")
doc.add_paragraph(
    "Your Learning Plan. Bring the Entry Profile to your first tutorial, in the fortnight "
    "before Study Day 1, at your school or by telephone. Your tutor will go through it with "
    "you and agree your Learning Plan: the three to five outcomes you will concentrate on, "
    "your own targets for the year, which of the optional activities in Part 2 suit you, "
    "which version of Activities 3B and 4A you do (primary, secondary or special) and what "
    "your assignments will focus on. The plan is reviewed at your second and third "
    "tutorials (after Days 4 and 7), and changed if the evidence shows your first "
    "estimate was out.")
p = doc.add_paragraph()
r_apl = p.add_run(
    "Prior learning. If you already hold Master's-level credit in SEN from any university, "
    "gained in the last five years, the University's regulations let you claim up to 30 "
    "credits (the whole of PLSP701) by accreditation of prior certificated learning, "
    "provided your earlier study can be mapped to the outcomes that module covers. Your "
    "tutor will help you prepare the claim and Dr Maddox checks the mapping. Experience "
    "without certificated study does not count towards credit, but it does count in your "
    "Entry Profile, and your Learning Plan will take it into account.")
comment(r_apl, "Reg. 14 would let us accredit experiential learning too (up to 30 "
        "credits). Do we want to open this up?", "Gwen Maddox", "GM")
comment(r_apl, "Not for the pilot. Revisit for 2010.", "Hannah Okafor", "HO")

p = doc.add_paragraph()
p.add_run("Can I skip the course? ").bold = True
r_ao = p.add_run(
    "We are often asked this by experienced teachers, especially people who have worked "
    "in a support service or a special school. The answer is the same for everyone. "
    "Everyone who takes the award with Cressbrook comes to the study days, because so much "
    "of the learning happens in the room, with other SENCOs, the Young Advisers and the "
    "Family Voices Panel. If you already have Master's credit, see Prior learning above; "
    "if you have a lot of experience, your Learning Plan will let you move faster through "
    "the parts you know. What we cannot do is assess you for the award without the "
    "course: Cressbrook does not offer an assessment-only route.")
comment(r_ao, "The TDA spec expects an assessment-only route 'in exceptional "
        "circumstances'. Take to the Education and Training Committee?", "Gwen Maddox", "GM")

doc.add_heading("Getting a place", level=2)
doc.add_paragraph(
    "Who the course is for. Qualified teachers who are the SENCO, or who will take on the "
    "role by September 2009 (February 2010 for the second start), in a maintained school, "
    "academy or independent school in England.")
doc.add_paragraph(
    "How to apply. Send us the application form and your headteacher's nomination form. "
    "On the nomination form your head confirms that the school will release you for the "
    "eight study days and three tutorials, names your mentor, and agrees to receive your "
    "presentation for Assignment 3 with a governor.")
doc.add_paragraph(
    "Are you ready? Before we offer a place a tutor talks with you for about twenty "
    "minutes, in person or by phone, about your role, your school and your Entry Profile. "
    "Most people are ready. If you are not yet in a position to meet all the outcomes "
    "within the year (for example, you have no responsibility for SEN yet, or you have "
    "only just qualified) we will write to you with a plan for what to do first, usually "
    "a term working alongside your current SENCO or our one-day course Stepping Up to the "
    "SENCO Role. With your agreement Tom Lindqvist will ring your head to talk it through. "
    "You can then apply for the next start.")
p = doc.add_paragraph()
r_crb = p.add_run(
    "Checks. Because you will be in post as a teacher, your school has made the "
    "safeguarding checks that your job requires, including your enhanced CRB disclosure. "
    "We do not ask to see your disclosure and we do not keep copies.")
comment(r_crb, "Registry will ask how we verify candidates' CRB status. Could the head "
        "confirm a current enhanced disclosure on the nomination form?", "Gwen Maddox", "GM")
comment(r_crb, "Yes, will add to the nomination form for v1.0.", "Hannah Okafor", "HO")

doc.add_heading("When and where", level=2)
doc.add_paragraph(
    "Two starts. The first cohort starts in September 2009 and the second in February "
    "2010. Each cohort follows the eight study days over about a year.")
doc.add_paragraph(
    "Two routes. On the Centre route all eight study days are at one of our training "
    "centres: Cressbrook House in Wellbank or the Quayside Centre in Northam. Each study "
    "day runs at both centres in the same fortnight, and you can switch centre for any "
    "day. On the Blended route, Study Days 1, 3, 5 and 8 are at a centre, and Days 2, 4, 6 "
    "and 7 are online units on the Commons (below), each worked through at your own pace "
    "over two weeks.")
doc.add_paragraph(
    "Pace. Most people finish in a year. You can instead take PLSP702 in the following "
    "year, and you have up to three years in all. The modules are taken in order "
    "(PLSP701 first) unless you have prior credit for PLSP701.")

doc.add_heading("Access and adjustments", level=2)
doc.add_paragraph(
    "We are a disability charity, and we expect some participants to be disabled "
    "themselves. The application form asks, and explains why it asks, whether you have a "
    "disability, a long-term health condition, a specific learning difficulty such as "
    "dyslexia, or caring responsibilities that affect how you study. You can also tell us "
    "at any time later. What you tell us is never used in deciding whether to offer you a "
    "place: the access section is detached before the form goes to the tutor who selects, "
    "and selection rests on your role and your Entry Profile.")
doc.add_paragraph(
    "If you tell us, Lena Fairclough, our access coordinator, will contact you within five "
    "working days to agree an Access Plan with you. That might mean materials sent ahead "
    "of each study day in large print, Braille, audio or electronic formats; BSL/English "
    "interpreters or a speech-to-text reporter; a free place for your personal assistant; "
    "rest breaks and a quiet room; a parking bay; or, for assessment, extra time or a "
    "different format for your presentation. Adjustments to assessment are confirmed with "
    "the University's Disability Service so that they apply to the award itself. Both "
    "centres are step-free, with accessible toilets and a hearing loop. The Commons works "
    "with screen readers and screen magnifiers. The course follows Cressbrook's Disability "
    "Equality Scheme (reviewed 2008), and we monitor who applies, who is offered a place "
    "and who completes, by disability, ethnicity and gender, as part of the course review. "
    "Study Day 3 is taught with our Young Advisers, and their part in the course is "
    "deliberate: disabled young people teaching teachers.")
trainers([
    "Read the Access Plan of everyone in your group before each study day. Book "
    "interpreters and speech-to-text through Lena at least six weeks ahead. Never ask a "
    "participant about their impairment in front of the group. Check step-free access "
    "before suggesting any school a participant might visit. Large-print and electronic "
    "copies of handouts go out five working days before the day.",
])

doc.add_heading("The Commons: our online study space", level=2)
doc.add_paragraph(
    "From the day you accept a place you have a log-in to Cressbrook Commons, our online "
    "study space (it runs on Moodle). On it you will find the slides, handouts and "
    "readings for each study day; the four online units of the Blended route, which are "
    "open to Centre route participants as well; a forum for your study group of about "
    "eight; a file store through which you hand in assignments; and our 'You said, we "
    "did' page.")
doc.add_paragraph(
    "Help between study days. Your first port of call between study days is your study "
    "group forum and your school mentor. Tutors look at the forums from time to time, but "
    "they do not reply to questions there, so that the forum stays yours. If you need your "
    "tutor you will see them at the next study day or tutorial. The online units have no "
    "tutor: each one ends with a short quiz and a task to bring to the next study day.")

doc.add_heading("Your mentor, your head and your tutor", level=2)
doc.add_paragraph(
    "Your mentor meets you at least twice a term, reads your portfolio items before you "
    "hand them in and countersigns your coaching record (portfolio item P1). When you "
    "start we post your mentor a copy of Notes for Mentors, a twelve-page guide to what "
    "the course asks of you and of them. Your head receives your Assignment 3 "
    "presentation with a governor. Your tutor, one of Cressbrook's senior trainers, each "
    "of whom has taught on our courses for at least three years, runs your three "
    "tutorials, marks your work and is your contact for anything about the course.")

doc.add_heading("Why the course looks like this", level=2)
doc.add_paragraph(
    "We did not design this course on our own. Between October 2008 and February 2009 we "
    "surveyed 186 SENCOs in eleven local authorities through our newsletter and the "
    "authorities' SENCO networks; held three focus groups with SEN advisers and "
    "educational psychologists from Wellbank, Northam and Brayshire councils; met the "
    "primary and secondary heads' associations in Wellbank and Northam; and asked the "
    "Family Voices Panel and the Young Advisers what they most want from a SENCO. This is "
    "what we heard and what we did about it.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for i, h in enumerate(["What we heard", "What we did"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "D9D9D9")
for a, b in [
    ("71% of SENCOs said whole days out of school are the hardest thing to arrange; the "
     "heads asked for no more than eight days.",
     "Eight study days instead of the twelve in our first outline, and a Blended route "
     "that puts four of them online."),
    ("The council advisers said new SENCOs struggle most with provision mapping and with "
     "managing teaching assistants.",
     "A whole day (Day 7) on provision mapping, teaching assistants on Day 6, and both "
     "assessed in Assignment 3."),
    ("Parents on the Family Voices Panel: 'nobody ever explained what was happening or "
     "asked what we knew'.",
     "Day 5 is co-taught by the Panel, and Assignment 2 requires a planned conversation "
     "with a parent or carer."),
    ("The Young Advisers: 'ask us, not just our mums'.",
     "The Young Advisers lead part of Day 3 on asking pupils, and Assignment 2 requires "
     "the pupil's own part in planning and reviewing."),
    ("Heads want their SENCO to be able to make the case to governors.",
     "Assignment 3 ends in a presentation to your head or a senior leader and a governor."),
    ("SENCOs in rural schools said travel would put them off.",
     "Two centres, and the Blended route."),
]:
    cells = t.add_row().cells
    cells[0].text = a
    cells[1].text = b
doc.add_paragraph()
doc.add_paragraph(
    "The people we consulted are part of the course as well. Amanda Greig, SEN Team "
    "Manager at Wellbank City Council, teaches part of Day 1; an educational "
    "psychologist from Northam Council teaches on Day 3; the Young Advisers co-teach "
    "Day 3 and the Family Voices Panel co-teaches Day 5. We would like the Young Advisers "
    "and the Family Voices Panel to look at the course evaluations each year and tell us "
    "what they think, and we are discussing with them how to do this.")

doc.add_heading("How we know the course is working", level=2)
doc.add_paragraph(
    "Your views. You will fill in a short evaluation after each study day (on paper or on "
    "the Commons). After Day 4 Dr Maddox runs a focus group for the University, with no "
    "Cressbrook staff in the room. At the end of each module you complete the University's "
    "module evaluation questionnaire.")
doc.add_paragraph(
    "The course committee meets each term: the programme leader, Dr Maddox, a second "
    "tutor and two participant representatives elected by each cohort. It reads the "
    "evaluations, the focus group report and the marks. Each summer it writes an action "
    "plan from those and from the external examiner's report; the plan goes to the "
    "University's Collaborative Provision Committee as part of annual monitoring and to "
    "Cressbrook's Education and Training Committee of trustees. What we change is posted "
    "on 'You said, we did' and explained to the next cohort on Day 1.")
doc.add_paragraph(
    "Fair marking. Every piece of assessed work is marked against the University's Level 7 "
    "criteria. Tutors meet to standardise before each marking round, using sample scripts. "
    "A second tutor marks all fails, all distinctions and one in five of the rest. Dr "
    "Maddox moderates a sample from every marker, the external examiner sees a sample of "
    "every assignment and the portfolio, and the University's Assessment Board confirms "
    "all marks.")
doc.add_paragraph(
    "The difference for you and your pupils. You complete the Entry Profile again at the "
    "end of the course, and we compare the two for you and for the whole cohort. "
    "Assignment 2 asks you to take baseline measures for the pupils you work with before "
    "your intervention (for example reading age, P level, attendance, behaviour incidents "
    "or the pupil's own rating) and the same measures at least eight weeks later. "
    "Portfolio item P4 takes the same measures again a term later. Each year's pupil "
    "results are summarised, without names, in the course committee's annual report.")
trainers([
    "Standardisation: bring two marked scripts to the pre-marking meeting. Feedback and "
    "provisional marks go back to participants within four working weeks of the hand-in "
    "date. Send all fails, all distinctions and every fifth script to the second marker "
    "the day you finish.",
])

doc.add_heading("Specialists, visits and resources", level=2)
doc.add_paragraph(
    "Specialists. Over the year you will work with Priya Balasubramanian (speech, "
    "language and communication), Cressbrook's occupational therapist and family support "
    "workers, the Young Advisers and the Family Voices Panel, council SEN officers, an "
    "educational psychologist and the Northam sensory support team.")
box("Looking back", [
    "'The best part was the day I spent at Longmead special school: I came back with a "
    "notebook full of ideas.' A SENCO on Cressbrook's one-term course SENCO Essentials, "
    "which ran from 2004 to 2008.",
])
doc.add_paragraph(
    "Visits. We are building a network of 'Open Door' schools willing to host a visit day "
    "for participants and we hope to have it in place during the pilot year. Until then "
    "visits are not part of the course, though your tutor can suggest schools you might "
    "contact yourself.")
doc.add_paragraph(
    "Resources. Cressbrook's Information Service lends books, journals and DVDs by post. "
    "Our Assistive Technology Loan Library lends communication aids, switches, screen "
    "readers, Clicker 5 and Widgit symbol software for up to six weeks, so that you can "
    "try them with your pupils. As a registered student of the University you have full "
    "use of Abermoor's library, including e-journals off campus through Athens. Everything "
    "used on the study days is on the Commons.")

doc.add_heading("Fees", level=2)
doc.add_paragraph(
    "The fee is £1,150 for the whole award (£575 a module). It includes University "
    "registration, all materials and lunch on study days. Wellbank and Northam councils "
    "each pay £300 towards the fee for SENCOs in their maintained schools, and "
    "Cressbrook's Schools Bursary Fund pays half the fee for schools with fewer than 100 "
    "pupils. We keep the fee down by teaching in our own centres, by using our own "
    "specialist staff, and by letting experienced participants use their Learning Plan to "
    "spend their time where they need it.")

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2  The study days and your activities", level=1)
doc.add_paragraph(
    "Each study day runs from 9.30 to 3.30. After each one there are activities to do in "
    "your own school. 'Where this goes' tells you whether an activity feeds an assessed "
    "piece of work or is yours to keep. Activities that are yours to keep are not handed "
    "in or marked, but your tutor may ask about them at a tutorial.")

doc.add_heading("Study Day 1  The SENCO, the law and the five outcomes (PLSP701)", level=2)
runin("What the day covers.",
      "The Education Act 1996 (Part IV) and the Special Educational Needs and Disability "
      "Act 2001; the SEN Code of Practice (2001), from the graduated response of School "
      "Action and School Action Plus to statutory assessment, statements and annual "
      "reviews; the Education (Special Educational Needs Coordinators) (England) "
      "Regulations 2008 and what they ask of you and your school; Every Child Matters and "
      "the Children Act 2004; Removing Barriers to Achievement (2004); and the Lamb "
      "Inquiry into parental confidence, due to report in 2009. Amanda Greig (Wellbank "
      "City Council) takes the statutory assessment session. The last hour is on keeping "
      "up to date: journals, SENCO networks, Cressbrook's Information Service and the "
      "DCSF and TDA websites.")
activity("1A", "Your school's SEN policy against the Code",
         "Read your school's SEN policy alongside the Code of Practice. Note three places "
         "where what the policy says and what actually happens differ, and why.",
         "Assignment 1 (assessed).")
activity("1B", "Five outcomes, one pupil",
         "Choose one pupil with SEN. For each of the five Every Child Matters outcomes, "
         "note what the school does for that pupil now and what is missing.",
         "Assignments 1 and 2 (assessed).")
activity("1C", "Staying current",
         "Set up three ways of keeping up to date (a journal, a network, an alert) and "
         "note what you will do with each.",
         "Yours to keep. Not assessed.", lines=3)

doc.add_heading("Study Day 2  Disability, equality and development (online on the "
                "Blended route)", level=2)
runin("What the day covers.",
      "The Disability Discrimination Act 1995 as amended in 2005; the disability equality "
      "duty and the school's Disability Equality Scheme; accessibility planning; "
      "reasonable adjustments for pupils, in lessons, on trips and in tests; promoting "
      "positive attitudes to disabled people. In the afternoon: how children develop "
      "(physically, in thinking and language, socially and emotionally), and how "
      "impairment, poverty, family life and the physical and social environment of the "
      "school shape that development.")
activity("2A", "An access walk",
         "Walk round your school with a disabled pupil or parent using Cressbrook's access "
         "checklist, then read the school's accessibility plan.",
         "Assignment 1 (assessed).")
activity("2B", "A development timeline",
         "For a pupil you know well, chart their development so far and the things that "
         "have helped or held it back.",
         "Yours to keep. Bring it to your second tutorial.")

doc.add_heading("Study Day 3  Understanding needs", level=2)
runin("What the day covers.",
      "The main areas of need and how each can affect learning: behavioural, emotional "
      "and social difficulties; specific learning difficulties including dyslexia; speech, "
      "language and communication needs (with Priya, and the Bercow Review of 2008); "
      "autistic spectrum disorders; moderate learning difficulties; sensory and physical "
      "impairment. The educational psychologist from Northam Council leads the session on "
      "assessment of learning difficulties. After lunch the Young Advisers lead 'What I'd "
      "want my SENCO to know', and teach ways of asking pupils about their own provision: "
      "Talking Mats, one-page profiles, person-centred review meetings and simple "
      "questionnaires.")
activity("3A", "Asking a pupil",
         "Use one of the methods from the afternoon with a pupil to find out what they "
         "think of their provision and what they want from it. Agree one change with them.",
         "Assignment 2 (assessed).")
activity("3B", "Needs in my school (primary, secondary or special version)",
         "Using your school's register, describe the pattern of needs in your school and "
         "what it means for teaching.",
         "Assignment 2 (assessed).")

doc.add_heading("Study Day 4  Identifying, assessing and tracking (online on the "
                "Blended route)", level=2)
runin("What the day covers.",
      "Identifying pupils who may have SEN from classroom observation, data and "
      "screening; reading reports from educational psychologists, therapists and advisory "
      "teachers and turning them into classroom approaches; setting targets that stretch; "
      "planning and reviewing interventions. Summative data: P scales, national curriculum "
      "tests, RAISEonline and contextual value added, and tracking the progress of pupils "
      "with SEN. Access arrangements for Key Stage 2 tests and GCSE: the QCA and JCQ "
      "rules and the deadlines. Approaches and resources, including ICT, with a "
      "demonstration from the Assistive Technology Loan Library. What the research says "
      "works: Brooks (2007) What Works for Children with Literacy Difficulties?, the "
      "Inclusion Development Programme (2008) and Ofsted (2006) Inclusion: does it matter "
      "where pupils are taught?")
activity("4A", "From report to classroom (primary, secondary or special version)",
         "Take a report from an outside professional about a pupil and plan how its advice "
         "will be used in lessons.",
         "Assignment 2 (assessed).")
activity("4B", "What your data says",
         "Pull together your school's summative results for pupils with SEN over three "
         "years and note what they tell you about progress and about which programmes "
         "need to change.",
         "Yours to keep. Not assessed.")
activity("4C", "Access arrangements calendar",
         "List the pupils who will need arrangements in next summer's tests or exams, the "
         "evidence needed and the deadlines, and who will do what.",
         "Practice Portfolio item P3: recommended, not required.")

doc.add_heading("Study Day 5  Families, pupils and other services (PLSP702)", level=2)
runin("What the day covers.",
      "Working with parents and carers, co-taught by the Family Voices Panel: what "
      "parents know, difficult conversations, the Parent Partnership Service. Who does "
      "what outside school: the educational psychology service, CAMHS, speech and "
      "language therapy, occupational therapy and physiotherapy, social care, health "
      "visitors and school nurses, and voluntary organisations, including Cressbrook's own "
      "family support service. The Common Assessment Framework and the lead "
      "professional. How to get specialist advice, equipment and resources, and what to "
      "do when they do not come.")
activity("5A", "A planned conversation with a parent",
         "Plan and hold a conversation with the parent or carer of a pupil from Activity "
         "3A. Note what you learned and what you agreed.",
         "Assignment 2 (assessed).")
activity("5B", "Team around the child",
         "Take part in (or lead) a meeting with at least one outside service about a "
         "pupil, and record what was agreed and who is doing what.",
         "Practice Portfolio item P2 (assessed).")

doc.add_heading("Study Day 6  Leading and developing adults (online on the Blended "
                "route)", level=2)
runin("What the day covers.",
      "Deploying and managing teaching assistants, with the early findings of the "
      "Deployment and Impact of Support Staff project; observing teaching and giving "
      "feedback; coaching and mentoring; planning and leading staff training; winning the "
      "support of colleagues and senior leaders. The last session is on managing the role: "
      "priorities, time and what to delegate.")
activity("6A", "A coaching cycle",
         "Observe a colleague teaching a pupil with SEN, give feedback, and hold three "
         "coaching conversations over half a term. Your mentor countersigns the record.",
         "Practice Portfolio item P1 (assessed).")
activity("6B", "Who does what?",
         "Map how teaching assistants are deployed in your school and what difference "
         "their work makes.",
         "Assignment 3 Part B, if your school gives you responsibility for support staff. "
         "Otherwise yours to keep.")
activity("6C", "A week in the role",
         "Log a week of your SENCO time, then sort it into 'only I can do this', 'someone "
         "else could do this' and 'should not be happening'.",
         "Yours to keep. Not assessed.", lines=3)

doc.add_heading("Study Day 7  Provision, evaluation and strategy (online on the "
                "Blended route)", level=2)
runin("What the day covers.",
      "Provision mapping and costing, and using the map to find provision that is not "
      "working or not there; school self-evaluation, the self-evaluation form and how "
      "judgements about pupils with SEN feed the school's development plan; reviewing the "
      "effectiveness of provision with class teachers and teaching assistants; the "
      "SENCO's part, with senior leaders and governors, in the school's policies, "
      "priorities, budget and inclusive ethos. The afternoon works through real dilemmas "
      "about provision, where there is no obvious right answer.")
activity("7A", "Dilemmas",
         "With your study group on the Commons, work through the three dilemma cases and "
         "agree what you would do and why.",
         "Discussed at your professional discussion (Day 8).")
activity("7B", "Your provision map",
         "Build a costed provision map for your school or one key stage.",
         "Assignment 3 Part A (assessed).")
activity("7C", "A provision review with colleagues",
         "Meet the teachers and teaching assistants who run one intervention and review "
         "together whether it is working.",
         "Yours to keep. You may use it in Assignment 3 if you wish.")

doc.add_heading("Study Day 8  Presentations and professional discussions", level=2)
doc.add_paragraph(
    "In the morning each participant presents Assignment 3 to their study group (the "
    "presentation to your head and governor takes place in school beforehand). In the "
    "afternoon you have a thirty-minute professional discussion with your tutor, working "
    "through your Outcome Record. The professional discussion is a conversation to help "
    "you look back on the year and check your Outcome Record; it is not marked and does "
    "not affect your result.")

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3  Assessment and your Outcome Record", level=1)
doc.add_heading("Assessment at a glance", level=2)
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["What", "Module", "Weight", "Size", "Due"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "D9D9D9")
for row in [
    ("Assignment 1: Policy into practice", "PLSP701", "40%", "3,000 words", "January"),
    ("Assignment 2: Pupil enquiry", "PLSP701", "60%", "4,000 words", "April"),
    ("Assignment 3: Leading provision", "PLSP702", "70%",
     "Provision map, 2,500 words, 15-minute presentation", "Day 8"),
    ("Practice Portfolio (P1 to P4)", "PLSP702", "30%", "Four items", "Day 8"),
    ("Professional discussion", "PLSP702", "Not marked", "30 minutes", "Day 8"),
]:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()
doc.add_paragraph(
    "You must pass each assignment and the portfolio (40% is the pass mark at this level). "
    "Work that does not pass can be resubmitted once.")

doc.add_heading("The assignments", level=2)
runin("Assignment 1: Policy into practice.",
      "A critical review of your school's SEN policy and practice against the Code of "
      "Practice, SEN law and the 2008 SENCO regulations, and of its accessibility plan "
      "against the disability equality duty (Activities 1A and 2A). It should show what "
      "the school does for pupils with SEN under each of the five Every Child Matters "
      "outcomes and how well the school's self-evaluation captures their progress, and it "
      "ends with recommendations. It is marked for accurate knowledge of the law and "
      "guidance and what they mean for your school; critical use of research, inspection "
      "evidence and specialist advice to improve your own and colleagues' practice; and "
      "clear, well-organised writing.")
runin("Assignment 2: Pupil enquiry.",
      "An enquiry with one to three pupils. You identify their needs using observation, "
      "the school's data and the assessments of other professionals (Activity 4A); set "
      "targets that stretch them; plan an intervention of at least eight weeks; involve "
      "each pupil in planning and reviewing it (Activity 3A); work with their parents or "
      "carers (Activity 5A); and measure progress against a baseline. It is marked for "
      "fair, respectful and constructive relationships with the pupils and their families; "
      "a critical account of the pupils' needs set against the main areas of need "
      "(Activity 3B); critical evaluation of the approaches and resources used, including "
      "ICT; and the difference made to the pupils under the Every Child Matters outcomes.")
runin("Assignment 3: Leading provision.",
      "Part A is a costed provision map that shows where provision is ineffective or "
      "missing (Activity 7B). Part B is a plan for deploying and managing support staff, "
      "if your school gives you responsibility for support staff (Activity 6B). Part C is "
      "a strategic proposal for inclusion in your school, presented to your head or a "
      "senior leader and a governor, whose written feedback you hand in, with a "
      "commentary showing how it draws on research and how it would feed the school's "
      "self-evaluation and development plan. It is marked for the quality of the map and "
      "proposal, the use of research and outside advice, how well you brought your "
      "colleagues and leaders with you, and clear speaking in the presentation.")
runin("Practice Portfolio.",
      "P1 a coaching record, countersigned by your mentor (Activity 6A); P2 a record of a "
      "meeting with outside services (Activity 5B); P3 an access arrangements plan "
      "(Activity 4C), recommended but not required; P4 a follow-up sheet repeating the "
      "Assignment 2 pupil measures a term later.")

doc.add_heading("Your Outcome Record", level=2)
doc.add_paragraph(
    "This is the list of national minimum outcomes in our own short words. As you go, "
    "note in the last column where your evidence is. Your tutor goes through it with you "
    "at the professional discussion, and it goes to the Assessment Board with your marks.")

OR = [
    ("Professional attributes", None, None),
    ("Attributes 1  Fair, respectful relationships with pupils and their families",
     "Days 3 and 5; Activities 3A, 5A", "Assignment 2"),
    ("Attributes 2  Bringing colleagues, the head and senior leaders with you",
     "Days 6 and 7", "Assignment 3 Part C"),
    ("Attributes 3  Priorities, time and delegation", "Day 6; Activity 6C",
     "Not assessed (Activity 6C is yours to keep)"),
    ("Attributes 4  Solving problems and sound judgement about provision",
     "Day 7; Activity 7A", "Professional discussion"),
    ("Attributes 5  Clear speaking and writing; listening to others",
     "All study days", "All assignments (writing); Assignment 3 presentation (speaking)"),
    ("Attributes 6  Using research and outside advice to improve practice",
     "Days 4 and 7", "Assignments 1 and 3"),
    ("Attributes 7  Keeping up to date and owning your CPD",
     "Day 1, Activity 1C; Part 4", "-"),
    ("Professional knowledge and understanding", None, None),
    ("Knowledge 1  SEN law, the Code of Practice and putting them into practice",
     "Day 1", "Assignment 1"),
    ("Knowledge 2  Every Child Matters and the SENCO's part", "Day 1; Activity 1B",
     "Assignments 1 and 2"),
    ("Knowledge 3  Disability equality law and what it requires", "Day 2; Activity 2A",
     "Assignment 1"),
    ("Knowledge 4  How children develop, and what affects development",
     "Day 2; Activity 2B", "-"),
    ("Knowledge 5  The main areas of need and their effect on learning", "Day 3",
     "Assignment 2"),
    ("Knowledge 6  Approaches, strategies and resources, including ICT", "Day 4",
     "Assignment 2"),
    ("Knowledge 7  School self-evaluation and improvement", "Day 7",
     "Assignments 1 and 3"),
    ("Knowledge 8  Best practice and research", "Days 4 and 7", "Assignments 1 and 3"),
    ("Knowledge 9  Outside agencies and getting specialist support", "Day 5",
     "Portfolio P2"),
    ("Professional skills", None, None),
    ("Skills 1  Strategy with senior leaders and governors: ethos, policy, resources",
     "Day 7", "Assignment 3 Part C"),
    ("Skills 2  Identifying needs, targets, interventions, review", "Day 4",
     "Assignment 2"),
    ("Skills 2a  Using other professionals' assessments", "Day 4; Activity 4A",
     "Assignment 2"),
    ("Skills 2b  Using summative data and national tests to track progress",
     "Day 4; Activity 4B", "-"),
    ("Skills 2c  Helping colleagues develop formative assessment", "See Skills 5",
     "See Skills 5"),
    ("Skills 2d  Access arrangements for tests and examinations", "Day 4; Activity 4C",
     "Portfolio P3 (recommended)"),
    ("Skills 3  Provision mapping; finding ineffective or missing provision",
     "Day 7; Activity 7B", "Assignment 3 Part A"),
    ("Skills 4  Deploying and managing staff", "Day 6; Activity 6B",
     "Assignment 3 Part B (where you manage support staff)"),
    ("Skills 5  Developing colleagues: observation, coaching, training",
     "Day 6; Activity 6A", "Portfolio P1"),
    ("Skills 6  Reviewing provision with colleagues for self-evaluation",
     "Day 7; Activity 7C", "-"),
    ("Skills 7  Pupils involved in planning and reviewing their provision",
     "Day 3; Activity 3A", "Assignment 2"),
    ("Skills 8  Working with parents and carers", "Day 5; Activity 5A", "Assignment 2"),
    ("Skills 9  Partnership with other services and voluntary organisations",
     "Day 5; Activity 5B", "Portfolio P2"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["National outcome (our words)", "Worked on", "Assessed in",
                       "Your evidence"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "BFBFBF")
s2c_cell = None
for name, worked, assessed in OR:
    cells = t.add_row().cells
    if worked is None:
        m = cells[0].merge(cells[3])
        m.text = name
        m.paragraphs[0].runs[0].bold = True
        shade(m, "E2EFD9")
        continue
    cells[0].text = name
    cells[1].text = worked
    cells[2].text = assessed
    cells[3].text = ""
    if name.startswith("Skills 2c"):
        s2c_cell = cells[1]
comment(s2c_cell.paragraphs[0].runs[0],
        "We don't actually do formative assessment anywhere at the moment. Add to Day 6?",
        "Tom Lindqvist", "TL")
doc.add_paragraph()

# ------------------------------------------------------------------ Part 4
doc.add_heading("Part 4  After the course: my next steps", level=1)
para("[Page to follow in the printed edition]", italic=True)
doc.add_paragraph(
    "We hope to invite everyone back for an alumni day a year after the course, and we "
    "are looking into a Cressbrook SENCO network. Watch the Commons for news.")

doc.save(OUT)
print("wrote", OUT)
