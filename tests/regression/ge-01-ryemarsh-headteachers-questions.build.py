"""ge-01-ryemarsh-headteachers-questions

Provider (invented): Ryemarsh County Council, Early Years and Childcare Service
(the Service: 38 Sure Start children's centres, the Ryemarsh Portage Service,
the early years advisory team), with St Cuthman's University College,
Chichford, which validates the award. Course: "The Ryemarsh SENCO Award"
(PG Certificate, Special Educational Needs Coordination - Early Years and
Transition), three 20-credit units at level 7, first cohort January 2009, for
SENCOs of primary and infant schools.

Kind of document: a question-and-answer briefing sheet for headteachers of
primary and infant schools ("Questions headteachers ask"), December 2008, sent
whole as the application with a short shaded note to the TDA panel at the top.
Voice: "we" (the Service), "you" (the headteacher), "your SENCO".

Layout: title block; shaded one-cell note to the panel; Parts A-I as Heading 2
styles; questions as bold ordinary paragraphs "Q1." to "Q34." with answers in
ordinary paragraphs and typed "-" lists; a "year at a glance" table with a
merged heading row; a shaded "What we ask of you" box; an outcome table
("What your SENCO will be able to do / Where we work on it / How it is
checked") with merged group rows; a headteacher's agreement form with blank
lines; header and footer (with a PAGE field); one tracked deletion; one tracked
insertion; two Word comments.

Traps (requirement ids):
- 2.3 negation: Q13 "can she simply be assessed?" answered "Not in 2008-09";
  a future look "for the 2010 cohort" is only an intention -> not_met.
- 2.1: prior experience is used in the Starting Points review, but Q12 says the
  University College will not count credit from elsewhere and there is no
  accreditation of experience -> partially_met. A comment ("can we say we
  offer APEL?") is not part of the submission.
- 5.3 wrong context + negation: Q27 on CRB talks only about the Portage home
  visitors' and children's centre staff's disclosures and says no separate
  check of SENCOs is made; the agreement form asks only that the SENCO is
  employed at the school -> not_met.
- 3.3: Learning Platform holds materials and a peer forum "which tutors do not
  moderate"; a deleted tracked sentence promised tutor replies within two
  working days (not part of the submission); no support between sessions is
  described beyond the three twilight tutorials... which are face-to-face ->
  partially_met.
- 4.3: heads fill in an end-of-year questionnaire; hosting visits and a
  reference group are only hoped for -> partially_met.
- 5.9: confidence self-rating at start and end measured; pupils' gains only
  hoped for ("we hope to see...") -> partially_met. (The A3 enquiry's baseline
  measures are part of the task, but the Service says it does not collect
  them.)
- 2.5: only a leaflet about the MA is sent -> partially_met.
- 1.9 / 6.0: Q20 says "Every outcome in the national specification is covered
  and assessed" (blanket claim) but the outcome table leaves some outcomes
  unassessed and two missing; the award is given for passing the three tasks,
  with no rule tying it to all the outcomes -> partially_met both.
- Criterion 6: outcome table omits A3 and S2d (not_met); A2, K7, S4 marked
  "not formally assessed" / reflective journal only, S2b formative feedback
  only (partially_met).
- Header/footer text is not evidence (header says "sent as our application").
"""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("ge-01-ryemarsh-headteachers-questions.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def para(text="", bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def q(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run(f"Q{num}.  {text}")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    return p


def a(*texts):
    for t in texts:
        if t.startswith("- "):
            p = doc.add_paragraph("-  " + t[2:])
            p.paragraph_format.left_indent = Cm(0.8)
        else:
            doc.add_paragraph(t)


def box(lines, fill="E2EFD9"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    c.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, tuple):
            r = p.add_run(ln[0])
            r.bold = True
        else:
            p.add_run(ln)
    doc.add_paragraph()
    return t


def tracked(p, text, kind, author="J. Penfold", date="2008-12-03T10:12:00Z"):
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(800 + len(text)))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = p.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = p.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    p.add_run("1")
    r4 = p.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r4._r.append(f3)


# header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Ryemarsh Early Years and Childcare Service  |  Headteachers' briefing, sent to the TDA as our application"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Ryemarsh County Council Children's Services  -  December 2008  -  page ").font.size = Pt(8)
add_field(fp, "PAGE")

# title
para("RYEMARSH COUNTY COUNCIL", bold=True, size=11)
para("Early Years and Childcare Service  -  Children's Centres  -  Portage Service", size=10)
para("in partnership with St Cuthman's University College, Chichford", italic=True, size=10)
doc.add_paragraph()
para("The Ryemarsh SENCO Award 2009", bold=True, size=20)
para("Questions headteachers ask", bold=True, size=14)
para("A briefing for headteachers of primary and infant schools, December 2008", italic=True)

box([
    ("A note for the TDA approval panel",),
    "We are sending this briefing as our application because it is the document our headteachers "
    "rely on, and because answering their questions has made us set out our arrangements plainly. "
    "It went to all 212 primary and infant headteachers in Ryemarsh on 5 December 2008. The "
    "Service's Head of Early Years and Childcare, Mrs Judith Penfold, is the contact for the "
    "application (01794 552 310). The outcome table in Part I and the agreement form are the same "
    "ones your panel would see if it joined one of our briefings.",
], fill="DEEAF6")

para("Dear colleague,")
a("Over the autumn many of you have asked us what the new national award for SENCOs will mean for "
  "your school, and in particular what the Ryemarsh version, with its strand on the early years and "
  "the move into Reception and Year 1, will ask of you and your SENCO. We have gathered the "
  "questions that came up at the three headteachers' briefings in October and November and in "
  "telephone calls to the Service, and answered them here. Where we say \"we\" we mean the Early "
  "Years and Childcare Service and St Cuthman's University College together, unless we say "
  "otherwise.",
  "If your question isn't here, please ring Rachel Oduya, the award's programme leader, at "
  "Ashby Children's Centre on 01794 552 347.")

# Part A
doc.add_heading("Part A  -  About the award", level=2)
q(1, "What is the Ryemarsh SENCO Award?")
a("It is our course for teachers new to the SENCO role, leading to the national award that every "
  "SENCO appointed after 1 September 2008 must gain within three years. It is a Postgraduate "
  "Certificate in Special Educational Needs Coordination (Early Years and Transition), validated "
  "by St Cuthman's University College at level 7, that is at masters level, and carrying 60 credits "
  "in three units of 20 credits each. Successful SENCOs receive the University College's "
  "certificate, which also records the national award, and can use the credit towards the "
  "University College's MA in Inclusive Education.")
q(2, "Why is the Early Years Service running it, rather than the University College alone?")
a("Because the hardest moment for many of our children with special educational needs is the move "
  "from home, a childminder, a pre-school or a children's centre nursery into a Reception class. "
  "Last year 614 children known to our Portage Service, our area SENCOs or children's centre "
  "teachers started school in Ryemarsh. Headteachers told us (see Q30) that their SENCOs often meet "
  "these children for the first time in September with little of what the early years workers "
  "know about them. We want SENCOs who can lead the school's side of that move, and who see "
  "the whole of a child's development, not only what shows up in Key Stage 1. The University "
  "College brings the academic framework, the assessment regulations and its library; we bring "
  "the practice, the venues and most of the tutors.")
q(3, "What is the course trying to achieve?")
a("Put simply: better progress and well-being for children with SEN and disabilities in your "
  "school. All three units are written around what happens for children - whether they are "
  "healthy, safe, enjoying school and achieving, contributing and building towards later "
  "independence - and all three assessed tasks ask the SENCO to show what changed for children "
  "as a result of what they did. We measure the course by that rather than by how much the "
  "SENCO knows.")
q(4, "How is it organised?")
a("There are three units, taught over roughly a year:")
a("- Unit A, Leading SEN in a primary school: the law, national policy, the SENCO's role, working "
  "with the headteacher and governors, disability equality.",
  "- Unit B, Knowing every child: how young children develop, the common kinds of SEN and "
  "disability and how they affect learning, assessment (including assessments by other "
  "professionals), listening to children and to parents.",
  "- Unit C, Making transition work: planning, mapping and reviewing provision, leading other "
  "staff, working with other services, and the move into school.")
a("Each unit has taught days, a visit, a twilight tutorial and one assessed task. The table below "
  "shows the year for the January 2009 group.")

t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = t.rows[0].cells
for i, h in enumerate(["When", "What", "Where", "Unit"]):
    hdr[i].text = h
    hdr[i].paragraphs[0].runs[0].bold = True
    shade(hdr[i], "BDD7EE")
rows = [
    ("YEAR AT A GLANCE - JANUARY 2009 GROUP", None, None, None),
    ("Dec 2008 - Jan 2009", "Starting Points review and tutorial (see Q11)", "Your school or by phone", "-"),
    ("Wed 21 Jan 2009", "Day 1: the SENCO's role; the Code of Practice", "Ashby CC / Fenbridge CC", "A"),
    ("Wed 11 Feb 2009", "Day 2: working with leaders and governors; disability equality", "Ashby CC / Fenbridge CC", "A"),
    ("Wed 11 Mar 2009", "Day 3: how children develop; common kinds of SEN (1)", "Ashby CC / Fenbridge CC", "B"),
    ("Mar 2009 (twilight)", "Tutorial 1", "Local cluster school", "A"),
    ("Wed 22 Apr 2009", "Day 4: common kinds of SEN (2); assessment and tracking", "Ashby CC / Fenbridge CC", "B"),
    ("Apr - May 2009", "Visit 1: a Portage home visit or a children's centre nursery session", "Across the county", "B"),
    ("Wed 20 May 2009", "Day 5: the child's voice; parents as partners", "Ashby CC / Fenbridge CC", "B"),
    ("Fri 3 Jul 2009", "Task 1 due (Unit A)", "-", "A"),
    ("Wed 23 Sep 2009", "Day 6: provision mapping; leading and deploying staff", "Ashby CC / Fenbridge CC", "C"),
    ("Oct 2009 (twilight)", "Tutorial 2", "Local cluster school", "B"),
    ("Wed 4 Nov 2009", "Day 7: other services; transition planning; self-evaluation", "Ashby CC / Fenbridge CC", "C"),
    ("Nov 2009", "Visit 2: Hollins Lane Special School or the Child Development Centre", "Chichford", "C"),
    ("Fri 13 Nov 2009", "Task 2 due (Unit B)", "-", "B"),
    ("Wed 2 Dec 2009", "Day 8: presenting enquiries; next steps", "St Cuthman's, Chichford", "C"),
    ("Jan 2010 (twilight)", "Tutorial 3", "Local cluster school", "C"),
    ("Fri 26 Feb 2010", "Task 3 due, professional discussion in March", "-", "C"),
]
for row in rows:
    cells = t.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        m.text = row[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        continue
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()
a("CC = children's centre. Each taught day runs twice: on the Wednesday at Ashby Children's Centre "
  "(north) and on the following Thursday at Fenbridge Children's Centre (south), so your SENCO can "
  "choose the one nearer to school or swap if a Wednesday is impossible.")

q(5, "Is there another start date?")
a("Yes. A second group starts on Wednesday 16 September 2009 and follows the same pattern a term "
  "later. SENCOs in either group may take Unit B and Unit C in the other order if that suits the "
  "school's year better - for example, a SENCO whose Reception intake is in January may want the "
  "transition unit first. A SENCO who has to stop (maternity leave or illness, for instance) can "
  "carry completed units into a later group for up to three years.")

# Part B
doc.add_heading("Part B  -  Who can apply", level=2)
q(6, "Who is the course for?")
a("Qualified teachers who are the designated SENCO of a maintained primary, infant or first school "
  "in Ryemarsh, or who will take on the role by September 2009. Most will be in their first two "
  "years as SENCO. We also take a small number of SENCOs from academies and independent schools "
  "that buy our early years services.")
q(7, "How do we apply?")
a("Your SENCO completes the application form (enclosed) and you complete the headteacher's "
  "agreement at the end of this briefing. The form asks about the SENCO's teaching experience, "
  "their SEN responsibilities so far, any training they have done, and a short statement (about "
  "300 words) about a child whose needs they have helped to meet. The closing date for the "
  "January group is Friday 9 January 2009.")
q(8, "How do you decide who is ready?")
a("Rachel Oduya and a tutor from the University College read every application against three "
  "questions: does the teacher have Qualified Teacher Status and at least two years' teaching; "
  "do they hold, or are they about to hold, the SENCO role with your support; and does the "
  "statement show enough understanding of children's needs, and enough fluency in writing, to "
  "suggest they can reach all the outcomes in a year? Where we are unsure, Rachel phones the "
  "SENCO for a 20-minute conversation, and sometimes phones you.")
a("If we think a teacher is not yet ready - often because they have only just taken on the role, "
  "or have had no recent SEN training - we tell them and you why in writing, and suggest what "
  "would help: usually the Inclusion Development Programme materials on speech, language and "
  "communication needs with their school's early years consultant, a term shadowing an "
  "experienced SENCO in the cluster, and a reapplication for the September group. Eleven teachers "
  "were given that advice for the pilot group; seven of them have reapplied.")
q(9, "My SENCO is disabled. Will the course be accessible?")
a("Yes. The application form asks every applicant whether they have a disability, a health "
  "condition or a specific learning difficulty for which they would like adjustments, and says "
  "why we ask and who will see the answer. Rachel contacts everyone who says yes before the course "
  "starts and agrees a written adjustment plan with them and, if they wish, with the University "
  "College's disability adviser. Both our teaching venues are on one level with hearing loops; "
  "we book British Sign Language interpreters and note-takers through the County's Sensory "
  "Support Service; handouts are on the Learning Platform a week ahead and can be had in large "
  "print or on coloured paper; visits are chosen so that a SENCO with limited mobility can take "
  "part; and the University College grants extra time, alternative formats for tasks, or a "
  "recorded professional discussion where these are needed. The same questions are asked again "
  "before the visits and before the professional discussion, because needs change over a year.")
a("Our briefings and leaflets carry a large-print and audio offer. Day 2 includes a session, led "
  "by members of Ryemarsh Disabled People's Forum, on the Disability Equality Duty and on how "
  "schools present disabled people in their curriculum, and we monitor who applies and who "
  "completes by disability, ethnicity and gender each year.")

# Part C
doc.add_heading("Part C  -  Time, release and study", level=2)
q(10, "How much time will my SENCO need?")
a("Eight taught days, two half-day visits and three twilight tutorials; in all about 70 hours of "
  "contact. On top of that, about four hours a week of reading, school-based work and writing "
  "over the year. Much of the school-based work is the SENCO's real job done with more thought, "
  "so it should not feel like extra.")
q(11, "What is the Starting Points review?")
a("Before the first day each SENCO works through our Starting Points booklet, which sets out each "
  "of the national outcomes in plain terms with examples, and rates themselves on a four-point "
  "scale with a sentence of evidence for each rating. A tutor then spends 45 minutes with them, "
  "in school or by telephone, going through the ratings (people often rate themselves too high "
  "on the law, because what they learned was about statements before 2001, and too low on "
  "working with parents). Together they agree a personal learning plan: three to five "
  "outcomes to concentrate on, which optional workshops to attend, which visit to choose, and "
  "the focus of the Unit C enquiry. The plan is revisited at each tutorial and the tutor keeps "
  "a copy. We use the pattern of ratings across the group to decide which parts of the taught "
  "days need most time.")
q(12, "My SENCO already has a Special Needs diploma from the 1990s. Does that count?")
p = doc.add_paragraph(
    "It counts in the sense that the Starting Points review will take it into account, and the tutor "
    "may suggest skipping optional workshops. It does not count as credit. The University College "
    "will not count credit from other institutions towards this certificate, and we do not have a "
    "way of accrediting experience, so every SENCO completes all three units and all three tasks.")
doc.add_comment(p.runs[0], text="Can we say we offer APEL? Please check with UC registry before this goes out. - RO",
                author="Rachel Oduya", initials="RO")
q(13, "Our SENCO has run our provision for ten years and trains other schools. Can she simply be assessed?")
a("Not in 2008-09. We know there are SENCOs in Ryemarsh who could meet every outcome tomorrow, "
  "and several of you have asked. The University College's regulations for this certificate "
  "require attendance at the taught units, and we have not been able to agree an assessment-only "
  "arrangement in time. We would like to look at this again for the 2010 cohort. In the meantime "
  "an experienced SENCO will find the Starting Points review lets her spend her time where it is "
  "most useful, and we would value her as a host for visits.")
q(14, "Is there any online study?")
p = doc.add_paragraph(
    "The taught days, tutorials and visits are all face-to-face. Alongside them, every SENCO has a "
    "login to the Ryemarsh Learning Platform, where we put the slides, readings and task briefs for "
    "each day, and where there is a discussion forum for the group, which tutors do not moderate. ")
tracked(p, "Tutors will answer questions posted on the forum within two working days. ", "del")
a("Questions about tasks go to the SENCO's personal tutor by e-mail.")

# Part D
doc.add_heading("Part D  -  What the course covers", level=2)
q(15, "Will it cover the law?")
a("Yes, thoroughly, in Unit A. Day 1 takes the Education Act 1996 as it stands, the SEN and "
  "Disability Act 2001 and the SEN Code of Practice (2001) - including what the Code says about "
  "the early years and about moving into school - and what they mean for a primary SENCO day to "
  "day. Day 2 covers the Disability Discrimination Act 1995 as amended in 2005, the Disability "
  "Equality Duty, reasonable adjustments and accessibility planning, and what each requires of "
  "the school. We also cover national policy: Every Child Matters and the Children Act 2004, "
  "Removing Barriers to Achievement (2004), the Early Years Foundation Stage (from September "
  "2008), the Inclusion Development Programme and the Children's Plan (2007).")
q(16, "Will it be up to date?")
a("We revise every day's materials each year. The current materials use the Ofsted reports "
  "Inclusion: does it matter where pupils are taught? (2006) and the 2004 report on SEN and "
  "disability in mainstream schools, the Bercow Review of services for children with speech, "
  "language and communication needs (2008), the Effective Provision of Pre-school Education "
  "(EPPE) project findings on children with SEN, the Early Support programme, and the Lamb Inquiry "
  "into parental confidence, which we will follow as it reports in 2009. Tutors bring examples "
  "from their own casework, and every SENCO is expected to read and use research in all three "
  "tasks.")
q(17, "How does it deal with children's views?")
a("Day 5 is about listening to children, including very young children and children with little "
  "or no speech: the Mosaic approach, talking mats, observation, and how to bring a child's views "
  "into an individual education plan review. Our Portage home visitors and children's centre "
  "staff share how they do this with two-year-olds. In Task 2 the SENCO must show how they "
  "found out the child's own view and what difference it made, and in Task 3 the enquiry must "
  "include pupils' views of the provision being changed.")
q(18, "What about parents?")
a("Day 5 also looks at working with parents and carers: how parents experience the move into "
  "school, sharing assessment information, difficult conversations, the Parent Partnership "
  "Service, and parents who are themselves disabled or who do not speak English. A parent from "
  "the Ryemarsh Parent Carer Forum co-leads the afternoon. Task 2 must include the parents' "
  "account of their child and of how the school has worked with them.")
q(19, "And working with colleagues and other services?")
a("Days 2, 6 and 7 cover advising and supporting class teachers and teaching assistants, "
  "leading staff training, working with the senior leadership team and governors, and working "
  "with health, social care, the educational psychology service, speech and language therapy, "
  "Portage, the area SENCOs, voluntary organisations such as the National Autistic Society's "
  "Ryemarsh branch, and children's centres. The visits take SENCOs into other services' work. "
  "Task 3 asks for evidence of work with at least one colleague and one other service.")

# Part E
doc.add_heading("Part E  -  Assessment", level=2)
q(20, "How is my SENCO assessed?")
a("By three tasks, each marked by a tutor against the University College's level 7 criteria. "
  "Every outcome in the national specification is covered and assessed, and Part I shows where.")
a("- Task 1 (Unit A): a review of your school's SEN policy and practice against the law and the "
  "Code of Practice, 3,000 words, with a ten-minute presentation of its recommendations to you "
  "and another senior leader or governor. You complete a short note on the presentation, which "
  "the tutor takes into account.",
  "- Task 2 (Unit B): a study of one child who has moved, or will move, into your Reception or "
  "Year 1 class, 4,000 words, drawing on assessments by at least two other professionals, the "
  "child's views and the parents' account, and setting out targets and a plan.",
  "- Task 3 (Unit C): a school-based enquiry in which the SENCO changes one piece of provision, "
  "takes baseline measures of the pupils involved, and measures again after at least a term, "
  "4,000 words, followed by a 30-minute professional discussion with two tutors, in which the "
  "SENCO talks through a portfolio of evidence from their work in school.")
q(21, "Who marks the tasks and how do we know marking is fair?")
a("The SENCO's personal tutor marks each task. A second tutor marks every Task 3 and a sample of "
  "one in four of Tasks 1 and 2, including all fails and all borderline marks, and the two agree "
  "the mark. Before each marking round the tutors meet for half a day to mark two anonymised "
  "tasks together. The University College's external examiner for the award, Dr Helen Marchant "
  "of the University of Westborough, sees a sample from each task and every fail, and reports "
  "to the University College each year. Marks are confirmed by the University College's "
  "Board of Examiners.")
q(22, "What happens if my SENCO fails a task?")
a("They may resubmit once, within eight weeks, after a tutorial about what needs to change. To be "
  "awarded the certificate the SENCO must pass all three tasks.")
q(23, "Will you give my SENCO feedback along the way?")
a("Yes: on a plan for each task, on one draft section of each task, and at each tutorial.")

# Part F
doc.add_heading("Part F  -  Your part", level=2)
q(24, "What do you need from me as headteacher?")
box([
    ("What we ask of you",),
    "-  Release your SENCO for the eight days and two visits (we pay supply, see Q28).",
    "-  Meet your SENCO once a term to talk about the course and their personal learning plan; we "
    "call this being the SENCO's school sponsor. You may ask your deputy to do it instead.",
    "-  Attend the Task 1 presentation and complete the short note.",
    "-  Let your SENCO carry out the Task 3 enquiry in school, with access to the data and staff it needs.",
    "-  Come, or send your deputy, to the sponsors' twilight on Tuesday 27 January 2009 at Ashby "
    "Children's Centre, where we explain the sponsor's role, what the tasks involve and what you "
    "can and cannot help with.",
    "-  Complete the end-of-year questionnaire for headteachers.",
])
q(25, "Who are the tutors?")
a("- Rachel Oduya, programme leader: formerly SENCO of a large primary school in Fenbridge and "
  "now the Service's lead early years inclusion adviser; MA in Special and Inclusive Education "
  "(2004).",
  "- Dr Simon Aske, senior lecturer in education at St Cuthman's University College; research on "
  "transition into school; link tutor for the award.",
  "- Karen Molloy, co-ordinator of the Ryemarsh Portage Service, a National Portage Association "
  "accredited workshop trainer.",
  "- Deepa Nair, children's centre teacher at Ashby, who holds Early Years Professional Status "
  "and the old Ryemarsh certificate for SENCOs.",
  "- Two serving primary SENCOs, from Greywell Infant School and St Anne's CE Primary, each "
  "teaching part of Unit C.")
a("All the tutors keep casework or school duties, and each attends at least two days of "
  "SEN-related development a year, which the Service records. Guest sessions are led by an "
  "educational psychologist, a speech and language therapist from the Child Development Centre, "
  "the Parent Partnership Service and the Disabled People's Forum. Each tutor receives the tutor "
  "guide and attends the University College's marking workshop before marking.")
q(26, "What are the visits?")
a("Every SENCO makes two visits, chosen in the personal learning plan. Visit 1 is either a Portage "
  "home visit, alongside a home visitor and with the family's agreement, or a morning in one of "
  "our children's centre nurseries with its teacher. Visit 2 is to Hollins Lane Special School "
  "or to the Child Development Centre at Chichford Hospital, where the SENCO sees a multi-"
  "professional assessment clinic. Each visit has a short guided task that feeds into Task 2 or "
  "Task 3. The settings we use are ones our advisers know well and that Ofsted judged good or "
  "outstanding at their last inspection.")
q(27, "Do you need to see my SENCO's CRB check?")
a("Visits to family homes are always made with a Portage home visitor, and our home visitors and "
  "children's centre staff have enhanced CRB disclosures renewed every three years through County "
  "Human Resources. Because your SENCO is always accompanied on visits, we do not carry out a "
  "separate check for course members and do not ask you for CRB details.")

# Part G
doc.add_heading("Part G  -  Cost", level=2)
q(28, "What does it cost the school?")
a("Nothing for Ryemarsh maintained schools in 2009. The University College's fee (GBP 1,150 per "
  "SENCO) is met from the national funding for the award, and the Service pays supply cover for "
  "the eight taught days at GBP 160 a day from its Transformation Fund and Dedicated Schools "
  "Grant allocation for early years inclusion. Academies and independent schools pay GBP 1,150. "
  "We keep costs down by teaching in children's centres rather than hiring rooms and by using "
  "the Service's own staff for most of the teaching.")
q(29, "What about books?")
a("SENCOs have full use of St Cuthman's library, including off-campus access to electronic "
  "journals, and of the Service's inclusion resource library at Ashby Children's Centre, which "
  "lends assessment materials, communication aids, switch toys and software for children with "
  "physical and sensory impairments and a set of laptops with symbol software for the "
  "taught days.")

# Part H
doc.add_heading("Part H  -  How we plan and check the course", level=2)
q(30, "Did headteachers have any say in the course?")
a("Yes. In March 2008 we sent a questionnaire to all primary and infant headteachers and SENCOs "
  "in Ryemarsh about the new award; 131 of you replied. Three things stood out: that transition "
  "into Reception was where SENCOs felt least prepared (68 per cent); that Monday and Friday "
  "release was hardest to cover; and that heads wanted the course to end with something useful "
  "to the school, not only an essay. We also met the Primary Headteachers' Association executive "
  "twice and the early years SENCO network of children's centres, and the Parent Carer Forum "
  "told us parents most wanted SENCOs to understand what had already been done for their child "
  "before school.")
a("As a result we built the course around transition, teach on Wednesdays and Thursdays, made "
  "Task 1 a review that ends with recommendations to you and Task 3 a real change in your school, "
  "and made the parents' account a required part of Task 2. The pilot group in summer 2008 (14 "
  "SENCOs, two taught days) led us to move the disability equality session from Day 7 to Day 2 "
  "and to shorten the reading lists.")
q(31, "Will we be involved once it is running?")
a("Your end-of-year questionnaire is part of our evaluation, and the results go to the course "
  "committee. We hope that some of you will offer to host visits from other SENCOs, and we would "
  "like in time to set up a headteachers' reference group for the award.")
q(32, "How will you know if the course is any good?")
a("Every taught day and visit is evaluated by the SENCOs on the day. The course committee "
  "(Rachel Oduya, Dr Aske, the Head of Early Years and Childcare, a headteacher and the University "
  "College's quality officer) meets each term to look at the evaluations, attendance, marks and "
  "tutors' notes, and writes a short action list. Each summer the University College's annual "
  "monitoring report brings these together with the external examiner's report and the results "
  "of your questionnaire, and is scrutinised by the University College's Education Quality "
  "Committee. Changes for the next group are agreed at the July committee and reported to "
  "headteachers in the autumn.")
a("We also ask SENCOs to rate their confidence in each outcome at the Starting Points review and "
  "again at the end, so we can see where the course made a difference. Task 3 enquiries include "
  "baseline measures, but these stay with the school: we do not collect them. In the longer term "
  "we hope to see better outcomes in the Early Years Foundation Stage Profile and at Key Stage 1 "
  "for children with SEN in schools whose SENCOs have taken the award.")

# Part I
doc.add_heading("Part I  -  After the award, and the outcomes", level=2)
q(33, "What happens at the end?")
a("Day 8 ends with a celebration at the University College. We will then send you and your SENCO "
  "a leaflet about the University College's MA in Inclusive Education, into which the 60 credits "
  "can count.")
q(34, "What exactly will my SENCO be able to do?")
a("The table shows each of the outcomes set by the national specification in our own words, where "
  "on the course we work on it, and how it is checked.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["What your SENCO will be able to do", "Where we work on it", "How it is checked"]):
    c = t.rows[0].cells[i]
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "BDD7EE")
OUT_ROWS = [
    ("PERSONAL QUALITIES",),
    ("Build fair, respectful and supportive relationships with children with SEN and disabilities and with their parents", "Days 1 and 5; Visit 1", "Task 2 (parents' account, the child's views)"),
    ("Win the support of colleagues, including you and your senior team", "Day 2 discussion", "Not formally assessed"),
    ("Foresee and solve problems and make sound, well-founded decisions about provision", "Days 6 and 7", "Task 3 and professional discussion"),
    ("Speak and write clearly, and listen to and understand others' points of view", "Throughout", "All three tasks; Task 1 presentation"),
    ("Use research and outside advice to improve their own and others' practice", "Days 3, 4 and 7", "Tasks 2 and 3 (use of literature and advice)"),
    ("Keep up to date and take charge of their own professional development in SEN", "Starting Points; Day 8", "Personal learning plan reviewed at tutorials and in the professional discussion"),
    ("KNOWLEDGE AND UNDERSTANDING",),
    ("Know the law and guidance on SEN, including the Code of Practice, and how to put them into practice", "Day 1", "Task 1"),
    ("Understand Every Child Matters and the SENCO's part in it", "Days 1 and 7", "Task 1; Task 3"),
    ("Know the law on disability equality and what it requires of the school", "Day 2", "Task 1 (accessibility plan and Disability Equality Scheme)"),
    ("Understand how children develop, and how SEN, disability and the child's surroundings affect development", "Day 3; Visit 1", "Task 2"),
    ("Know the common kinds of SEN and disability (behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; speech, language and communication needs; autism; moderate learning difficulties) and how they affect learning", "Days 3 and 4", "Task 2"),
    ("Weigh up approaches, strategies and resources, including ICT, for assessing, planning, teaching and learning", "Days 4 and 6", "Tasks 2 and 3"),
    ("Understand school self-evaluation and improvement in relation to SEN", "Day 7", "Not assessed in 2008-09"),
    ("Know what good practice and research say about meeting SEN", "Days 3-7", "Tasks 2 and 3"),
    ("Know what other services do and how to get specialist help and resources", "Day 7; Visit 2", "Task 3; professional discussion"),
    ("SKILLS",),
    ("Work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the use of resources", "Day 2", "Task 1 and presentation"),
    ("Identify children who may have SEN, set challenging targets, plan help and review progress", "Days 4 and 6", "Task 2"),
    ("Use assessments by other professionals to shape teaching", "Day 4; Visit 2", "Task 2 (at least two other professionals)"),
    ("Use summative assessments, including the EYFS Profile and Key Stage 1 results, to track progress and change programmes", "Day 4", "Formative feedback on a draft tracking sheet"),
    ("Help other teachers to use assessment for learning with children with SEN", "Day 6", "Task 3 portfolio and professional discussion"),
    ("Use provision mapping to manage provision and find gaps or provision that is not working", "Day 6", "Task 3"),
    ("Deploy and manage teaching assistants and other staff", "Day 6", "Reflective journal (not marked)"),
    ("Support colleagues' development by observing, giving feedback, modelling, coaching and training", "Day 6", "Task 3 portfolio (evidence of one staff training session and one observation)"),
    ("Review with other staff how well provision works, to feed the school's self-evaluation", "Days 6 and 7", "Task 3"),
    ("Make sure children take part in planning, agreeing and reviewing their provision", "Day 5", "Tasks 2 and 3"),
    ("Work well with parents and carers", "Day 5", "Task 2"),
    ("Work in partnership with other services and voluntary organisations", "Day 7; Visits 1 and 2", "Task 3 portfolio; professional discussion"),
]
for row in OUT_ROWS:
    cells = t.add_row().cells
    if len(row) == 1:
        m = cells[0].merge(cells[2])
        m.text = row[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
        continue
    for i, v in enumerate(row):
        cells[i].text = v
doc.add_paragraph()
p = doc.add_paragraph("If you have questions about any outcome, Rachel will be glad to talk them through. ")
tracked(p, "Copies of the national specification are available from the Service on request.", "ins",
        author="Rachel Oduya", date="2008-12-04T09:30:00Z")
c = doc.add_comment(p.runs[0], text="Judith - do we need the full national wording here? Heads found it heavy going at the briefing.",
                    author="Rachel Oduya", initials="RO")

# agreement form
doc.add_page_break()
para("HEADTEACHER'S AGREEMENT - THE RYEMARSH SENCO AWARD 2009", bold=True, size=12)
a("Please return with your SENCO's application form by Friday 9 January 2009 to Rachel Oduya, "
  "Ashby Children's Centre, Station Road, Ashby RY4 2DL.")
for line in ["School: ..................................................................",
             "Name of SENCO: ...........................................................",
             "I confirm that the above teacher is employed at this school and holds, or will hold by September 2009, the role of SENCO.",
             "I agree to release the SENCO for the taught days and visits, to act as (or nominate) the school sponsor, and to support the Task 3 enquiry in school.",
             "Signed (headteacher): ........................................  Date: ................"]:
    doc.add_paragraph(line)

doc.save(OUT)
print("wrote", OUT)
