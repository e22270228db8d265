"""gh-02-kestrel-associates-handbook: an associate trainers' handbook submitted as the application.

Provider (invented): Kestrel SEN Training Ltd, Wellcombe, Somerset, a small private company
(directors Dr Mark Pellow and Ruth Okafor, fourteen associate trainers) that runs SEN courses
for schools nationally. Its National Award for SEN Coordination is a Postgraduate Certificate
of 60 credits at level 7 validated by Midford Business School (University of Midford),
taught on six study days at regional venues (Exeter, Bristol, Birmingham, Nottingham, York,
London) with four online units on "Kestrel Online" (Moodle) between days. February 2009.

Layout: a short front sheet to the TDA saying the Handbook is the submission, then the
Handbook itself, written to associates ("you" = the associate, "we" = Kestrel, participants
in the third person): numbered parts 1-11 in Heading styles, role descriptions in a
two-column table, an Award calendar table, practical notes (fees, expenses, keys) that a
real handbook carries. Appendix A is an outcome map table with merged group rows
(national outcomes in Kestrel's own wording, "Developed in", "Assessed in"); Appendix B
is a cross-reference table from the TDA requirements to Handbook sections. A working
draft: real tracked changes (w:ins / w:del with author and date), five Word comments,
a header and footer marked DRAFT and confidential.

Traps (requirement ids):
- The participant CRB paragraph exists only as an inserted tracked change (part of the
  submission): 5.3 met. The associates' own CRB disclosures (Part 4) are the wrong
  context for 5.3.
- The "Direct Assessment" route is a deleted paragraph, with a comment recording the
  directors' decision not to offer it: 2.3 not_met.
- Next steps: Appendix B points 2.5 to "Part 6.4", which is about access and adjustments
  (a cross-reference to the wrong thing); a comment on that cell asks whether a
  next-steps session is needed; nothing else helps participants set further targets:
  2.5 not_met.
- Placements: "The Award does not include placements"; a comment about Brookvale
  Special School's offer of visits is not part of the submission: 5.5 partially_met
  (specialist speakers and associates give expertise).
- Stakeholder needs and influence only in general terms ("always been shaped by what
  schools tell us", "grew out of our SENCO development days"); a comment wishes for the
  survey figures: 4.1, 4.2 partially_met. Involvement in delivery and evaluation is
  concrete (Programme Review membership, headteacher questionnaire, speakers): 4.3 met.
- Research only as "latest thinking", no studies or inspection evidence: 1.3 partially_met.
- Participants' fees "not covered in this Handbook": no cost-effectiveness: 2.4
  partially_met (tailoring through the Individual Learning Plan is concrete).
- Outcome map (Appendix A): 6.K4 and 6.A7 "Assessed in" is a dash; 6.A3 only
  "formative feedback only" in the reflective log: partially_met. The 6.S2d row is a
  deleted table row: not_met. "Assignment A; Portfolio P1" for 6.S6 is an inserted
  tracked change: met. One row combines research and best practice (6.K8, 6.A6): met.
- Award rule is passing the three components at 50% (Part 9), which cannot ensure the
  outcomes with no summative assessment: 6.0 and 1.9 partially_met.
- A "[insert dates from Midford Registry]" placeholder in the moderation paragraph; 5.8
  still met (second marking, moderation meeting, external examiner).
- Header and footer (DRAFT, confidential) are never evidence.
"""
from pathlib import Path
import datetime

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_name("gh-02-kestrel-associates-handbook.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
DATE = "2009-02-09T10:00:00Z"
_id = [100]


def nid():
    _id[0] += 1
    return str(_id[0])


def p(text="", bold=False, italic=False, size=None, after=6, style=None):
    para = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    para.paragraph_format.space_after = Pt(after)
    return para


def h(text, level=1):
    return doc.add_heading(text, level=level)


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _mark(tag, author):
    el = OxmlElement(tag)
    el.set(qn("w:id"), nid())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), DATE)
    return el


def para_mark(para, tag, author):
    pPr = para._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    rPr.append(_mark(tag, author))
    pPr.append(rPr)


def ins_para(text, author="Mark Pellow"):
    para = doc.add_paragraph()
    para_mark(para, "w:ins", author)
    w = _mark("w:ins", author)
    w.append(_run_el(text))
    para._p.append(w)
    return para


def del_para(text, author="Mark Pellow"):
    para = doc.add_paragraph()
    para_mark(para, "w:del", author)
    w = _mark("w:del", author)
    w.append(_run_el(text, deleted=True))
    para._p.append(w)
    return para


def ins_text(para, text, author="Ruth Okafor"):
    w = _mark("w:ins", author)
    w.append(_run_el(text))
    para._p.append(w)


def comment(run, text, author, initials):
    doc.add_comment(run, text=text, author=author, initials=initials)


def bullets(items):
    for it in items:
        p(it, style="List Bullet", after=2)


def table(rows, widths=None, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            r.bold = i == 0
            if widths:
                c.width = Cm(widths[j])
    p(after=4)
    return t


# header / footer
sec = doc.sections[0]
hr = sec.header.paragraphs[0].add_run("Kestrel SEN Training Ltd  |  Associate Trainers\u2019 Handbook 2009\u201310  |  v2.0 DRAFT")
hr.font.size = Pt(8); hr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
fr = sec.footer.paragraphs[0].add_run("Confidential to Kestrel associates \u2013 not for circulation to participants")
fr.font.size = Pt(8); fr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

# ------------------------------------------------------------------ front sheet
p("Kestrel SEN Training Ltd", bold=True, size=16, after=2)
p("The Old Dairy, Church Lane, Wellcombe, Somerset TA4 2RJ   \u2022   01823 440 612", size=9, after=14)
p("Application to the Training and Development Agency for Schools for approval as a provider of nationally "
  "accredited training for SENCOs", bold=True, size=12)
p("Submission: Associate Trainers\u2019 Handbook 2009\u201310 (version 2.0)", bold=True)
p("We have chosen to send our Associate Trainers\u2019 Handbook as our application. It is the document our associates "
  "work from every day, and we believe it is the truest account of how the Award actually runs: who does what, "
  "when, and to what standard. The copy enclosed is the 2009\u201310 edition as it stands at the directors\u2019 final "
  "read-through. Appendix B shows where each of the Agency\u2019s requirements is dealt with.")
p("Dr Mark Pellow and Ruth Okafor, Directors\n9 February 2009", after=12)

p("Contents", bold=True, size=12, after=2)
for line in ["1  Welcome", "2  The Award at a glance", "3  Your role as a Kestrel associate",
             "4  Before you work with us", "5  Recruiting and admitting participants", "6  Study days",
             "7  Kestrel Online", "8  The Practice Portfolio and workplace visits",
             "9  Assessment, marking and moderation", "10  Evaluation and improvement",
             "11  Practical matters", "Appendix A  Outcome map", "Appendix B  Where to find the TDA requirements"]:
    p(line, after=0)
doc.add_page_break()

# ------------------------------------------------------------------ 1
h("1  Welcome")
p("Thank you for working with Kestrel. Since 2001 we have trained teachers, teaching assistants and SENCOs from "
  "more than 2,000 schools, and almost all of that work has been done by associates like you: people who have "
  "led SEN in schools and services and who still know what a wet Tuesday in a Year 9 classroom feels like. This "
  "Handbook is for everyone who teaches, tutors, visits or marks on the National Award for SEN Coordination. "
  "Please read all of it before your first day with us, and keep it to hand.")
p("Kestrel is a small company. There are two of us \u2013 Mark looks after the Award\u2019s academic side and the "
  "University; Ruth looks after participants, venues and associates \u2013 and Jo Whitcombe runs the office. If "
  "something is not covered here, ring the office first.")
h("1.1  Why the Award looks as it does", 2)
para = p("Our courses have always been shaped by what schools tell us, and the Award is no different. It grew out "
         "of the SENCO development days we have run since 2004, and the feedback we get from them, and from the "
         "local authorities that buy our training, has told us a great deal about what new SENCOs find hardest.")
comment(para.runs[0], "Could we quote the 2008 survey numbers here? I can\u2019t find the file.", "Mark Pellow", "MP")

# ------------------------------------------------------------------ 2
h("2  The Award at a glance")
p("The National Award for SEN Coordination is a Postgraduate Certificate of the University of Midford, validated "
  "by Midford Business School under its Partner Awards framework. It carries 60 credits at level 7 (Master\u2019s "
  "level). Midford Business School approved Kestrel as a partner in 2007 for our Certificate in Middle Leadership, "
  "and the Award was validated by a University panel on 28 November 2008. The Business School\u2019s Partnerships "
  "Manager, Dr Ifeoma Chase, is the University\u2019s contact for the Award.")
p("The Award exists to improve the achievement and well-being of children and young people with SEN and "
  "disabilities \u2013 in all five Every Child Matters outcomes, not only test results \u2013 by improving what their "
  "SENCOs know and do. Keep that in front of participants all the time. Every study-day task ends with the "
  "question \u201cand what will this change, for which pupils?\u201d, every assessed piece asks participants to show "
  "the effect on pupils, and the Workplace Project is judged partly on the evidence of pupils\u2019 progress and "
  "well-being that the participant collects.")
p("The Award has four elements:")
bullets([
    "six study days at regional venues, 9.30 to 3.30;",
    "four online units on Kestrel Online, one between each pair of study days from day 1 to day 5;",
    "the Practice Portfolio, built in the participant\u2019s own school, including the Workplace Project;",
    "two written assignments (Assignment A and Assignment B).",
])
p("Award calendar", bold=True, after=2)
table([
    ["When", "Element", "Content"],
    ["Term 1, week 2", "Study day 1", "The SENCO\u2019s role; the SEN Code of Practice (2001) and the graduated response; "
     "Every Child Matters and the SENCO\u2019s place in it"],
    ["Weeks 3\u20137", "Online Unit 1", "Law and policy: SENDA 2001, the Disability Discrimination Act and the disability "
     "equality duty, Removing Barriers to Achievement, accessibility plans"],
    ["Term 1, week 8", "Study day 2", "Understanding needs: BESD, SpLD and dyslexia, SLCN, ASD and MLD and their effect "
     "on learning"],
    ["Weeks 9\u201313", "Online Unit 2", "How children develop, and how SEN, disability and environment affect development"],
    ["Term 2, week 2", "Study day 3", "Pupils, parents and partners: listening to pupils; working with parents and "
     "carers; other services and voluntary organisations"],
    ["Weeks 3\u20137", "Online Unit 3", "Relationships with pupils and families; person-centred reviews"],
    ["Term 2, week 9", "Study day 4", "Assessment, targets and interventions; using other professionals\u2019 reports; "
     "tracking with national test data; formative assessment; ICT and resources"],
    ["Term 3, weeks 1\u20135", "Online Unit 4", "Evidence for practice: using research; keeping yourself up to date"],
    ["Term 3, week 6", "Study day 5", "Leading and managing: provision mapping; deploying teaching assistants; coaching "
     "and training colleagues; working with the head and governors; managing the SENCO\u2019s time"],
    ["Term 3, week 11", "Study day 6", "Evaluating provision and school self-evaluation; Workplace Project presentations"],
], widths=[3, 3, 10])

# ------------------------------------------------------------------ 3
h("3  Your role as a Kestrel associate")
p("Most associates take on more than one of the roles below. Your letter of engagement says which roles you hold "
  "for which group.")
table([
    ["Role", "What you do"],
    ["Regional Lead Tutor", "Leads one regional group for the whole year. Holds each applicant\u2019s entry "
     "conversation, agrees their Individual Learning Plan, leads study days 1 and 6, chairs the group\u2019s "
     "end-of-year review and is the participant\u2019s first contact."],
    ["Study Day Tutor", "Plans and leads study days 2 to 5 from the Kestrel session plans, adapting activities to the "
     "group; completes a Session Report within three working days of each day."],
    ["Online Tutor", "Moderates the group\u2019s forum on Kestrel Online, sets and responds to the weekly online task, "
     "and answers participants\u2019 questions within two working days."],
    ["Workplace Visitor", "Visits each participant in school once, in Term 2 or 3, to discuss the Workplace Project "
     "with the participant and the headteacher and to observe the participant leading a training or coaching "
     "session for colleagues (Portfolio item P3)."],
    ["Marker", "Marks assignments and Portfolios against the Kestrel marking grid, writes feedback on the Kestrel "
     "feedback sheet, and takes part in moderation."],
], widths=[3.5, 12.5])
h("3.1  Induction and support for associates", 2)
p("Every new associate attends the Associate Induction Day in July, which takes you through this Handbook, the "
  "session plans, Kestrel Online and the marking grid. Before leading a study day alone you shadow one, and before "
  "marking alone you co-mark three assignments with one of the directors. Each year one of the directors "
  "observes you teaching a study day and gives written feedback. All associates attend the two Associate Update "
  "Days (July and January) and take part in at least one moderation meeting a year.")

# ------------------------------------------------------------------ 4
h("4  Before you work with us")
p("To work on the Award you need:")
bullets([
    "a Master\u2019s degree in SEN or inclusive education, or a recognised specialist qualification (for example in "
    "specific learning difficulties or sensory impairment), or a doctorate in a relevant field;",
    "at least five years\u2019 experience as a SENCO, specialist teacher, educational psychologist, therapist or SEN "
    "adviser, some of it within the last three years;",
    "evidence of your own recent professional development in SEN, which you update each year on your associate "
    "record;",
    "your own current enhanced CRB disclosure, which we see before you start and renew every three years;",
    "two references, one from a recent employer.",
])
p("Our associate team this year includes three serving SENCOs, two educational psychologists, a speech and "
  "language therapist, a former head of a special school and two former local authority SEN advisers. Associates "
  "lead the sessions that match their specialism, so that participants meet people who are expert in each area.")

# ------------------------------------------------------------------ 5
h("5  Recruiting and admitting participants")
p("The office handles applications, but Regional Lead Tutors make the decisions about entry, so you need to know "
  "how this works.")
h("5.1  Who can join", 2)
p("Applicants must hold QTS, be working in a school in England as SENCO or be due to take on the role, and be "
  "nominated by their headteacher on the Kestrel nomination form, which commits the school to release them for "
  "the six study days and to support the Workplace Project.")
h("5.2  The entry conversation", 2)
p("The Regional Lead Tutor holds a 30-minute telephone conversation with every applicant, using the Entry Checklist. "
  "You are checking that the applicant has enough experience of SEN and enough confidence in academic writing to "
  "reach every outcome by the end of the year. If you are not sure, ask for a short piece of writing (500 words on "
  "a pupil the applicant has supported). If the applicant is not ready, agree with them and their headteacher what "
  "they should do first \u2013 usually a term working alongside an experienced SENCO and our one-day SEN Essentials "
  "course \u2013 and offer a place on a later group. Record the outcome on the Entry Checklist.")
h("5.3  Starting Point Profile and Individual Learning Plan", 2)
p("Before the conversation each applicant completes the Starting Point Profile, rating themselves against each of "
  "the national outcomes (Appendix A) and giving evidence for their ratings. In the conversation you test the "
  "ratings \u2013 people often overrate what they know about the law, which changes quickly \u2013 and agree an "
  "Individual Learning Plan: the outcomes the participant most needs to work on, the optional study-day workshops "
  "and online readings that will help, and the personal targets they will set themselves for the year. The plan is "
  "stored on Kestrel Online, reviewed at study day 3 and again at the workplace visit, and the participant "
  "completes the Profile again at study day 6.")
h("5.4  Credit for prior learning", 2)
p("Applicants may bring credit under the University of Midford\u2019s APL regulations: up to 20 credits for prior "
  "certificated study at level 7, or for experiential learning evidenced in a portfolio mapped to the outcomes "
  "and assessed by a Kestrel marker and the external examiner. The Regional Lead Tutor advises on APL at the "
  "entry conversation; Mark makes the claim to the University.")
h("5.5  Suitability to work with children", 2)
ins_para("Kestrel checks every participant\u2019s suitability before confirming a place. The headteacher\u2019s "
         "nomination form records the date and number of the participant\u2019s current enhanced CRB disclosure, "
         "confirms that the participant is not barred from working with children and has no outstanding "
         "disciplinary matters, and the office checks the form before a place is offered. An applicant who has not "
         "worked in a school or college in a post with regular contact with children in the last three months must "
         "obtain a new enhanced disclosure through Kestrel before study day 1.")
h("5.6  Direct Assessment", 2)
del_para("Experienced candidates (for example specialist teachers who have led SEN provision for several years) may "
         "apply for Direct Assessment: they submit the Practice Portfolio and both assignments without attending "
         "the study days, and are assessed against every outcome in the usual way.")
anchor = p("See the directors if an applicant asks about this.")
comment(anchor.runs[0], "Directors agreed 12/1 not to offer Direct Assessment in 2009\u201310 \u2013 too few enquiries. "
        "Paragraph deleted.", "Mark Pellow", "MP")
p("Participants\u2019 fees are set by the directors and are not covered in this Handbook.")

# ------------------------------------------------------------------ 6
h("6  Study days")
h("6.1  Planning and leading a study day", 2)
p("You will receive the session plan for your day four weeks ahead. The plans are the common core; you are expected "
  "to adapt the activities to the group in front of you, using the Individual Learning Plans (which you can see on "
  "Kestrel Online) so that participants with different starting points are stretched. Every day includes at "
  "least one task that participants carry out in their own school before the next day, and begins with "
  "participants reporting back on the last one.")
h("6.2  Keeping it current", 2)
p("Participants expect the latest thinking, and so do we. Bring your own up-to-date knowledge into the sessions, "
  "and tell the directors if anything in a session plan has been overtaken by events.")
h("6.3  Pupils, parents and partners (study day 3)", 2)
p("Study day 3 is the heart of the Award for many participants. In the morning participants practise ways of "
  "finding out what pupils think \u2013 structured conversations, talking mats, questionnaires for different ages "
  "\u2013 and plan the pupil-voice task (Portfolio item P2), in which they interview three pupils about their support "
  "and change one thing as a result. In the afternoon an officer from a parent partnership service and a parent "
  "lead a session on working with parents and carers, and participants rehearse a difficult review meeting in "
  "role. The day ends with a panel of practitioners \u2013 usually a local authority educational psychologist and a "
  "worker from a voluntary organisation \u2013 on getting help from outside the school.")
h("6.4  Access and adjustments", 2)
p("Every applicant is invited, on the application form and again at the entry conversation, to tell us about a "
  "disability or other need. Where they do, Ruth agrees an Access Plan with them before study day 1 \u2013 for example "
  "materials in advance or in another format, a hearing loop, a note-taker, seating, breaks, extra time or an "
  "alternative format for an assignment. You will receive the Access Plans for your group and must follow them. "
  "Every venue is checked against the Kestrel Venue Checklist (step-free access, accessible toilets, loop, quiet "
  "room) before it is booked. Treat disability as part of ordinary life in the way you talk and in the examples "
  "you use: several of our participants are disabled teachers.")
h("6.5  Guest speakers and placements", 2)
para = p("Guest speakers are booked by the office. The Award does not include placements or visits to other "
         "settings; participants\u2019 practical work is done in their own school.")
comment(para.runs[0], "Brookvale Special School have offered half-day visits for participants from September. "
        "Add here?", "Ruth Okafor", "RO")
h("6.6  Resources", 2)
p("Each venue has a Kestrel resource box for the day: the standardised assessment kits used in the sessions, "
  "a laptop with text-to-speech and symbol software, and sample provision maps. Participants can borrow "
  "assessment kits by post from the office, and have access to the University of Midford\u2019s electronic library "
  "and journals through their University login.")

# ------------------------------------------------------------------ 7
h("7  Kestrel Online")
p("Kestrel Online is our Moodle site. Each group has its own area with the four online units, a forum, the "
  "Individual Learning Plans and the assessment hand-in. Online Tutors:")
bullets([
    "post a task each week of an online unit and reply to every participant\u2019s first post;",
    "answer questions in the forum or by message within two working days, during term time and holidays alike;",
    "hold a live online chat at the midpoint of each unit;",
    "prompt participants who have not logged in for ten days, and tell the Regional Lead Tutor.",
])
p("Participants also support each other through the forum and in small online study groups of four, set up at "
  "study day 1. Associates use the Tutors\u2019 Staffroom forum to share materials and to raise concerns; the office "
  "sends each headteacher a short termly progress e-mail generated from the site.")
p("Participants can join the September or the February group, take the online units at their own pace within "
  "each unit\u2019s window, and attend a study day with another regional group if they miss their own. A participant "
  "who has to stop may rejoin a later group within two years.")

# ------------------------------------------------------------------ 8
h("8  The Practice Portfolio and workplace visits")
p("The Practice Portfolio is built in the participant\u2019s own school and is assessed as one component. It contains:")
table([
    ["Item", "What the participant produces"],
    ["P1 Workplace Project", "A report (3,000 words) on a change to SEN provision agreed with the headteacher: "
     "a provision map, changes to the deployment of staff, the way the head and colleagues were brought on board, "
     "and the evidence of impact on pupils and colleagues, with a 10-minute presentation at study day 6."],
    ["P2 Pupil voice", "Notes of interviews with three pupils about their support, the change made as a result and "
     "how pupils were involved in reviewing their targets."],
    ["P3 Leading colleagues", "Plan and evaluation of a training or coaching session for colleagues, including "
     "formative assessment for pupils with SEN, observed by the Workplace Visitor."],
    ["P4 Partnership", "An account of work with an outside service or voluntary organisation on behalf of a pupil."],
    ["P5 Impact Record", "Baseline and follow-up measures for three to six pupils affected by the Workplace "
     "Project (attainment, attendance, well-being measures)."],
    ["P6 Reflective log", "A running log of learning and time use, on which the Online Tutor gives formative "
     "feedback each unit. It is not marked."],
], widths=[3.8, 12.2])
p("The Workplace Visitor\u2019s visit ties the Award to the participant\u2019s school. Agree the date with the participant "
  "and the headteacher at least three weeks ahead; meet the headteacher; observe P3; and write a visit note for "
  "the Portfolio. The project must change what happens for pupils in the school, and the headteacher signs to "
  "confirm that it did.")

# ------------------------------------------------------------------ 9
h("9  Assessment, marking and moderation")
p("There are three assessed components:")
bullets([
    "Assignment A (3,500 words): the school\u2019s duties under SEN and disability law, the SEN Code of Practice and "
    "Every Child Matters, set against the school\u2019s self-evaluation, with recommendations to governors;",
    "Assignment B (4,000 words): a case study of provision for two pupils with different needs, drawing on other "
    "professionals\u2019 assessments and summative data, with the targets, interventions and review, the partnership "
    "with parents, and a critical discussion of research and the approaches and resources chosen;",
    "the Practice Portfolio (P1 to P5 marked as one component; P6 not marked).",
])
p("A participant passes the Award when Assignment A, Assignment B and the Practice Portfolio have each been passed "
  "at 50% or above and confirmed by the University\u2019s Examination Board.")
para = p("All work is marked against the Kestrel marking grid, which sets out the level 7 criteria for each "
         "component. The directors second-mark a 20% sample from every marker and every fail. Markers and directors "
         "meet to moderate after each hand-in [insert dates from Midford Registry], and the University\u2019s external "
         "examiner samples work from every component and attends the summer moderation meeting.")
comment(para.runs[0], "Need the dates from Midford Registry before this goes out.", "Ruth Okafor", "RO")

# ------------------------------------------------------------------ 10
h("10  Evaluation and improvement")
p("We evaluate the Award at every level, and what we learn changes what we do.")
bullets([
    "Participants complete a session evaluation at the end of each study day and an online unit survey at the "
    "end of each online unit; study-day tutors complete a Session Report.",
    "Participants repeat the Starting Point Profile at study day 6, so that we can compare their confidence and "
    "competence against each outcome with where they started.",
    "The Impact Records (P5) for the whole cohort are collated by the office and summarised in an Annual Impact "
    "Summary of pupils\u2019 progress and well-being.",
    "Headteachers complete a short questionnaire six months after the Award on the difference it has made to "
    "the school.",
    "The external examiner reports each year, and Midford Business School holds an annual monitoring review of the "
    "Award with the directors.",
])
p("All of this goes to the Programme Review each July. Its members are the two directors, two Regional Lead Tutors, "
  "a participant from each region elected by the group, a headteacher and a local authority SEN officer. The Review "
  "agrees a Programme Action Plan for the following year, which is sent to all associates with the new session "
  "plans and reported to the University in the annual monitoring review.")

# ------------------------------------------------------------------ 11
h("11  Practical matters")
p("Fees. Study-day tutors are paid \u00a3350 a day, which includes preparation. Marking is paid at \u00a345 per "
  "assignment and \u00a360 per Portfolio. Workplace visits are paid at \u00a3150 plus travel. Invoice the office monthly.")
p("Expenses. Standard-class rail or 40p a mile; overnight stays only by agreement with Ruth.")
p("Venues. Arrive by 8.45. The venue contact and the door code are on your day sheet. Leave the resource box with "
  "reception for collection.")
p("Safeguarding. If anything said or seen on a study day or visit raises a child protection concern, tell the "
  "participant\u2019s school\u2019s designated person the same day and tell Ruth.")
p("Complaints. Participants\u2019 complaints go to Ruth, and then to the University\u2019s complaints procedure.")

# ------------------------------------------------------------------ Appendix A
doc.add_page_break()
h("Appendix A  Outcome map")
p("The national outcomes, in our own words, with where each is developed and where it is assessed. Use it when "
  "planning sessions and when marking.")
rows = [
    ("G", "Professional attributes"),
    ("Building fair, respectful and constructive relationships with pupils with SEN and their parents and carers",
     "Study day 3; Online Unit 3", "Assignment B"),
    ("Winning the commitment of the headteacher, senior leaders and colleagues", "Study day 5", "Portfolio P1"),
    ("Prioritising, managing time and delegating", "Study day 5",
     "Reflective log P6 (formative feedback only)"),
    ("Anticipating and resolving problems; making sound decisions about provision", "Study days 4 and 5",
     "Assignment B"),
    ("Communicating clearly in speech and writing; listening to others\u2019 views",
     "All study days; presentations at study day 6", "Portfolio P1 presentation; all written work"),
    ("Using research evidence, best practice and outside advice to improve practice",
     "Online Unit 4; study day 4", "Assignment B"),
    ("Keeping up to date and taking charge of one\u2019s own professional development", "Online Unit 4", "\u2014"),
    ("G", "Knowledge and understanding"),
    ("SEN law and guidance, including the SEN Code of Practice, and putting them into practice",
     "Study day 1; Online Unit 1", "Assignment A"),
    ("Every Child Matters and the SENCO\u2019s part in it", "Study day 1", "Assignment A"),
    ("Disability equality law and what it requires of schools", "Online Unit 1", "Assignment A"),
    ("How children develop and how SEN, disability and environment affect development", "Online Unit 2", "\u2014"),
    ("The main kinds of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning",
     "Study day 2; Online Unit 2", "Assignment B"),
    ("Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
     "Study day 4", "Assignment B"),
    ("School self-evaluation and improvement for pupils with SEN", "Study day 6", "Assignment A"),
    ("The work of outside services and how to get specialist help", "Study day 3", "Portfolio P4"),
    ("G", "Skills"),
    ("Shaping an inclusive ethos, policies, priorities and resources with senior colleagues and governors",
     "Study day 5", "Assignment A"),
    ("Identifying pupils with SEN, setting targets, planning interventions and reviewing progress", "Study day 4",
     "Assignment B"),
    ("Using other professionals\u2019 assessments in planning teaching", "Study day 4", "Assignment B"),
    ("Using summative assessment, including national tests, to track progress and adjust programmes",
     "Study day 4", "Assignment B"),
    ("Helping colleagues develop formative assessment for pupils with SEN", "Study day 4", "Portfolio P3"),
    ("D", "Arranging access arrangements for national tests and examinations in good time", "Study day 4",
     "Assignment B"),
    ("Provision mapping and management; finding gaps and ineffective provision", "Study day 5", "Portfolio P1"),
    ("Deploying and managing staff", "Study day 5", "Portfolio P1"),
    ("Supporting colleagues\u2019 development: observation, feedback, modelling, coaching, training", "Study day 5",
     "Portfolio P3"),
    ("I", "Reviewing the effectiveness of provision with colleagues to inform school self-evaluation", "Study day 6",
     ""),
    ("Involving pupils in planning, agreeing and reviewing their provision", "Study day 3", "Portfolio P2"),
    ("Liaising with parents and carers", "Study day 3", "Assignment B"),
    ("Working with other services, agencies and voluntary organisations", "Study day 3", "Portfolio P4"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, v in enumerate(["Outcome (Kestrel wording)", "Developed in", "Assessed in"]):
    t.cell(0, j).paragraphs[0].add_run(v).bold = True
for row in rows:
    if row[0] == "G":
        cells = t.add_row().cells
        m = cells[0].merge(cells[2])
        m.paragraphs[0].add_run(row[1]).bold = True
        continue
    if row[0] == "D":
        tr = t.add_row()
        trPr = tr._tr.get_or_add_trPr()
        trPr.append(_mark("w:del", "Mark Pellow"))
        for j, v in enumerate(row[1:]):
            para = tr.cells[j].paragraphs[0]
            para_mark(para, "w:del", "Mark Pellow")
            w = _mark("w:del", "Mark Pellow")
            w.append(_run_el(v, deleted=True))
            para._p.append(w)
        continue
    if row[0] == "I":
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(row[1])
        cells[1].paragraphs[0].add_run(row[2])
        ins_text(cells[2].paragraphs[0], "Assignment A; Portfolio P1")
        continue
    cells = t.add_row().cells
    for j, v in enumerate(row):
        cells[j].paragraphs[0].add_run(v)
for r in t.rows:
    for j, wd in enumerate([9, 3.8, 3.8]):
        r.cells[j].width = Cm(wd)
p(after=4)

# ------------------------------------------------------------------ Appendix B
h("Appendix B  Where to find the TDA requirements")
xref = [
    ["TDA requirement", "Where in this Handbook"],
    ["Accreditation and credit", "Part 2"],
    ["1.1 Focus on achievement and well-being", "Part 2"],
    ["1.2 Links to practice in schools", "Parts 6.1 and 8"],
    ["1.3 Research and inspection evidence", "Part 6.2"],
    ["1.4 Legislation and policy", "Part 2 (calendar); Appendix A"],
    ["1.5 to 1.7 Pupils, colleagues, parents", "Part 6.3; Part 8"],
    ["1.8, 1.9 Impact and assessment", "Parts 8 and 9"],
    ["2.1 Prior learning", "Part 5.4"],
    ["2.2 Needs assessment and individual plans", "Part 5.3"],
    ["2.3 Assessment-only route", "Part 5.6"],
    ["2.4 Quality and tailoring", "Parts 3, 5.3 and 6.1"],
    ["2.5 Further professional targets", "Part 6.4"],
    ["3.1 Equality and adjustments", "Part 6.4"],
    ["3.2, 3.3 Flexibility and e-learning", "Part 7"],
    ["4.1 to 4.3 Stakeholders", "Parts 1.1 and 10"],
    ["5.1, 5.9 Evaluation and impact", "Part 10"],
    ["5.2, 5.3 Entry and suitability", "Parts 5.2 and 5.5"],
    ["5.4 to 5.7 Staff, expertise, resources, roles", "Parts 3, 4, 6.5 and 6.6"],
    ["5.8 Moderation", "Part 9"],
    ["6 Outcomes", "Appendix A"],
]
t2 = table(xref, widths=[8, 8])
cell_run = t2.cell(12, 1).paragraphs[0].runs[0]
comment(cell_run, "We don\u2019t actually have a next-steps session yet \u2013 do we need one for the TDA?",
        "Ruth Okafor", "RO")

doc.save(OUT)
print("wrote", OUT)
