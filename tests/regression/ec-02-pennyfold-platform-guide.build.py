"""Build ec-02-pennyfold-platform-guide.docx (blind test application).

KIND OF DOCUMENT
  A software user guide: the federation's guide to its learning platform
  (PenNet, a Moodle site hosted by the county's grid for learning) for the
  course area of the National Award, written for participants, mentors, tutors
  and heads, with version history, numbered steps, screenshot placeholders,
  TIP / NOTE / IMPORTANT boxes, a troubleshooting table and an icon key. The
  federation sent it to the TDA as its application because it "describes how
  the course actually works from the participant's side".

PROVIDER (invented)
  The Pennyfold Federation: Pennyfold Infant, Pennyfold Junior, Copse Hill
  Infant, Copse Hill Junior and Stainby Infant schools under one governing body
  and one Executive Headteacher (Mr Graham Tolley). Partner university: the
  University of Westhaven, Faculty of Education (validation 5 February 2009).
  Local authority: Exmere County Council. Programme Leader: Mrs Sarah Quennell
  (Federation SENCO Lead). University link tutor: Dr Michael Oyelaran.
  Associate tutors Jo Pattinson and Ian Redfern. PenNet administrator Mark
  Elsey. Award: Postgraduate Certificate in SEN Coordination (National Award),
  three 20-credit modules (ED7N1-ED7N3), eight study days and nine online
  blocks, three assignments. Blended: e-learning is used, so 3.3 applies.

LAYOUT
  - Header "PenNet User Guide ... Version 1.3 ... Printed copies are
    uncontrolled"; footer with the help desk and "Assessment-only candidates:
    please contact the Federation office" (footer: never evidence).
  - Title block; a version-history table (v1.0-v1.3) whose Changes column
    records a withdrawn route, a hidden intake and a Level 6 note.
  - Heading 1 "Part 1" to "Part 12" and Heading 2 sub-sections with typed
    numbers that collide with requirement ids and are about other things:
    "2.3 Making PenNet work for you" is accessibility (3.1), "3.2 Claiming
    credit..." is APL (2.1), "3.3 When you can start..." is flexibility
    (3.2), "4.2 Between study days" is e-learning support (3.3), "5.5 Second
    marking and moderation" is 5.8, "5.6" is a removed stub, "5.7 How the
    award is decided" is 6.0.
  - Numbered steps typed "1.", "2."; "[Screenshot n.n: ...]" placeholders.
  - One-cell shaded boxes headed TIP, NOTE or IMPORTANT; the CRB arrangement
    and the Level 6 route sit only inside boxes.
  - Tables: "The Award at a glance" (label/value), Who's who, the block
    table, the three assignments, troubleshooting, icon key, and the
    Appendix "Outcome Finder" in the federation's own words with merged
    group rows and cells "Learning log (not marked)", "Self-check quiz (not
    marked)", "\u2014", "Not part of this course (see note)".
  - Three Word comments (never evidence).

TRAPS (requirement ids affected)
  - E.2  A NOTE box: participants without a first degree are registered for
    the Graduate Certificate at Level 6 and "follow exactly the same course";
    the award is master's level only for some. -> partially_met.
  - 1.3  Reading lists are a placeholder "[Reading lists for each block will
    be uploaded by tutors before the block opens.]"; only the Inclusion
    Development Programme, National Strategies materials and two Ofsted
    reports are named as readings for one block. -> partially_met.
  - 1.7, 6.A1, 6.S8  Working with parents is only the optional online unit
    "Parents as Partners"; no assignment assesses it (Assignment 2 assesses
    the relationship with the pupil only). -> partially_met all three.
  - 1.9, 6.0  Blanket "All of the national outcomes are built into the
    course" above the Outcome Finder; the award rule (pass three assignments)
    leaves outcomes unassessed; the Outcome Record "does not affect your
    result". -> partially_met.
  - 2.3  Withdrawn: version 1.2 removed the "Assessment-only portfolio"
    area and section 5.6; the troubleshooting table says the route "is not
    available in 2009-10"; the footer line for "Assessment-only candidates"
    is not part of the submission. -> not_met.
  - 3.2  One September start; the January course area is "hidden for
    2009-10 and will be switched on only if there is enough demand in 2010";
    blocks in a fixed order; flexibility only in when the online work is
    done within a fortnight. -> partially_met.
  - 4.3  Stakeholders planned the course (Steering Group met three times in
    2008-09: design, past) and deliver (webinars, study days, mentors), but
    their part in evaluation is "Heads' feedback form \u2013 coming soon".
    -> partially_met.
  - 5.5  Specialist expertise through webinars and study days, but "Visits
    to specialist settings are not part of the Award". -> partially_met.
  - 5.8  Second marking only of fails and scripts near a boundary ("Other
    scripts are not second-marked"); external examiner "[name and institution
    to be confirmed by the University]"; a comment about Senate is not
    evidence. -> partially_met.
  - 5.9  Participants' competence and confidence are measured (audit
    repeated in Block 9), but pupil impact is only the "Coming soon" Pupil
    Progress Record ("we hope to"); a comment about the budget is not
    evidence. -> partially_met.
  - 6.A7, 6.S4  Only in the learning log "(not marked)". -> partially_met.
  - 6.K9, 6.S2c  Only in online units with a "Self-check quiz (not marked)"
    (K9 in an optional unit). -> partially_met.
  - 6.A3  No row and no mention anywhere. -> not_met.
  - 6.S2d, 6.S9  "Not part of this course (see note)": covered by the
    County's Year 6 briefing and CAF training (another body's provision).
    -> not_met.
  Met in unusual places:
  - 5.3  Only in an IMPORTANT box in 1.4 (account enabled only after the
    head's written confirmation of the enhanced CRB date and number, conduct,
    new disclosure and reference for anyone out of school three months).
  - 3.1  In "2.3 Making PenNet work for you" (collision with 2.3): the
    confidential "Tell us what you need" form, support plan, adjustments sent
    to markers, accessible venue, alternative formats, publicity.
  - 3.3  In "4.2 Between study days" (collision with 4.2): tutor group forum,
    replies within two working days, fortnightly live chat, phone tutorials,
    peer Staffroom forum, follow-up of silent participants.
  - 2.1  "3.2 Claiming credit" (APCL and APEL up to 20 credits, University
    APL panel); the comment about the panel's date is not evidence.
  - 2.5  Block 9 Next Steps plan with mentor, head and tutor (Part 6).
  - 5.7  Compulsory Mentor Induction module checked before the first
    meeting; tutors' University induction (Part 8).
  - 4.1, 4.2  "9.2 What you told us" (survey of 41 heads, 29 replies; County
    figures; Parent Partnership focus group; the changes made).
  - 6.K4  Block 3 and the developmental profile in Assignment 2.
  - Outcomes met through the Outcome Finder plus the assignment table:
    A2, A4, A5, A6, K1-K8, S1, S2, S2a, S2b, S3, S5, S6, S7.
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ec-02-pennyfold-platform-guide"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    hr = s.header.paragraphs[0].add_run(
        "PenNet User Guide for the SENCO National Award \u00b7 Version 1.3 \u00b7 March 2009 \u00b7 "
        "Printed copies are uncontrolled")
    hr.font.size = Pt(7.5)
    fr = s.footer.paragraphs[0].add_run(
        "PenNet Help Desk 01632 960418 (term time 8.00\u20134.30) \u00b7 helpdesk@pennyfold.exmere.sch.uk \u00b7 "
        "Assessment-only candidates: please contact the Federation office")
    fr.font.size = Pt(7.5)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def steps(items):
    for i, t in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.add_run(f"{i}.  ").bold = True
        p.add_run(t)


def shot(text):
    p = para(f"[Screenshot {text}]", italic=True, size=8.5)
    return p


BOX_FILL = {"TIP": "E2EFDA", "NOTE": "DDEBF7", "IMPORTANT": "FCE4D6"}


def box(kind, paras):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, BOX_FILL[kind])
    first = c.paragraphs[0]
    first.add_run(kind).bold = True
    for x in paras:
        c.add_paragraph(x)
    doc.add_paragraph()
    return c


def table(rows, widths=None, size=9, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            r = cells[j].paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(cells[j], "D9D9D9")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ title
para("PenNet for the SENCO National Award", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("A user guide for participants, mentors, tutors and headteachers", size=13,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para("The Pennyfold Federation with the University of Westhaven", align=WD_ALIGN_PARAGRAPH.CENTER)
para("Pennyfold Infant \u00b7 Pennyfold Junior \u00b7 Copse Hill Infant \u00b7 Copse Hill Junior \u00b7 "
     "Stainby Infant", size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Version 1.3 \u00b7 9 March 2009", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
para("Version history", bold=True)
table([
    ["Version", "Date", "Changes"],
    ["1.0", "12 Jan 2009", "First issue, for the University's validation event."],
    ["1.1", "2 Feb 2009", "Part 9 added (headteachers and County colleagues). January intake course area "
     "added to the course list."],
    ["1.2", "20 Feb 2009", "\u201cAssessment-only portfolio\u201d area and section 5.6 removed: the route was "
     "withdrawn after the validation event. Mentor Induction module made compulsory (Part 8)."],
    ["1.3", "9 Mar 2009", "January intake area hidden (no January cohort in 2009-10). Outcome Finder "
     "updated. Level 6 note added to 1.2. Sent to the TDA with our application."],
], widths=[1.6, 2.4, 12.5])

# ------------------------------------------------------------------ about
doc.add_heading("About this guide", level=1)
for t in [
    "This guide explains how to use PenNet, the Pennyfold Federation's learning platform, on the "
    "National Award for SEN Coordination, and along the way how the course works: what you do before "
    "it starts, between study days, for your assignments and afterwards. We have sent it to the TDA "
    "as our application because it describes how the course actually works from the participant's "
    "side.",
    "Parts 1 to 7 are for participants. Part 8 is for mentors and tutors, Part 9 for headteachers and "
    "County colleagues. Part 11 answers the questions the help desk is asked most often.",
    "Conventions. Steps you follow are numbered. Boxes headed TIP, NOTE or IMPORTANT tell you "
    "something you need to know. [Screenshot] marks where the printed guide has a picture of the "
    "screen.",
]:
    para(t)

# ------------------------------------------------------------------ Part 1
doc.add_heading("Part 1  PenNet and the Award", level=1)
doc.add_heading("1.1 What PenNet is", level=2)
for t in [
    "PenNet is the Federation's learning platform. Our 1,140 pupils use it for homework and our 160 "
    "staff for planning; since January 2009 it has also held a course area for the National Award. "
    "PenNet is built on Moodle and hosted for us by the Exmere Grid for Learning, so it works from "
    "school, from home and from the University.",
    "Two things live on the University's own system, Westhaven Online, and you will have a separate "
    "log-in for it: the e-library, and Turnitin, which you use to hand in assignments. Everything else, "
    "from your learning plan to the forums, is on PenNet.",
]:
    para(t)
doc.add_heading("1.2 The Award at a glance", level=2)
table([
    ["Award", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)"],
    ["Validated by", "University of Westhaven, Faculty of Education. Validation event 5 February 2009; "
     "approved by the University's Academic Board on 25 February 2009"],
    ["Credits and level", "60 credits at Level 7, in three modules of 20 credits"],
    ["Modules", "ED7N1 The SENCO, the Law and Policy \u00b7 ED7N2 The Learner in Focus \u00b7 ED7N3 Leading "
     "Provision"],
    ["Pattern", "Eight study days at the Federation Learning Centre (Copse Hill Junior School) and nine "
     "online blocks on PenNet, September 2009 to July 2010"],
    ["Assessment", "Three assignments, one for each module (Part 5)"],
    ["Fee", "\u00a31,250. Exmere County Council pays \u00a3400 of this for SENCOs in Exmere maintained "
     "schools"],
    ["Programme Leader", "Mrs Sarah Quennell, Federation SENCO Lead"],
], widths=[3.8, 12.7], header=False)
box("NOTE", [
    "Participants who do not hold a first degree are registered by the University for the Graduate "
    "Certificate in SEN Coordination at Level 6 (60 credits). They follow exactly the same course on "
    "PenNet and receive the same certificate of completion from the Federation.",
])
para("What the course is for", bold=True)
para("The course has one purpose above the others: that children with SEN and/or disabilities in your "
     "school make better progress and have better lives. In the words of Every Child Matters, that "
     "they are healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic "
     "well-being, not only that their test results rise. It does this by helping you to lead provision "
     "for them: with your head and senior colleagues, your teachers and teaching assistants, the children "
     "themselves and other services. Every block asks you to try something in your own school, and "
     "every assignment asks what difference it made for children.")

doc.add_heading("1.3 Who's who", level=2)
table([
    ["Name", "On the course", "Background"],
    ["Sarah Quennell", "Programme Leader; tutor, group A; first marker",
     "SENCO for 14 years in infant and junior schools; Federation SENCO Lead since 2007; MA in SEN and "
     "Inclusion (Westhaven, 2005); Exmere's lead for the Inclusion Development Programme"],
    ["Dr Michael Oyelaran", "University link tutor; teaches Study Days 2 and 7; second marker",
     "Senior Lecturer in Inclusive Education; educational psychologist with Exmere for nine years; PhD on "
     "early language development"],
    ["Jo Pattinson", "Associate tutor, group B; first marker",
     "SENCO at Copse Hill Infant School; MA in Education (SEN); specialist in early years speech, "
     "language and communication; Elklan tutor"],
    ["Ian Redfern", "Associate tutor, group C; first marker; autism webinars",
     "Exmere advisory teacher for autism; former deputy head of a special school; NPQH"],
    ["Mark Elsey", "PenNet administrator and help desk", "Federation network manager"],
], widths=[3.2, 5, 8.3])
para("All the tutors keep a current SEN role in a school or in the County's services, and each spends at "
     "least five days a year on their own development, for example at the County SENCO conference, "
     "nasen events and the University's research seminars.")

doc.add_heading("1.4 Getting a place and getting your account", level=2)
for t in [
    "To join the course you need qualified teacher status and to be in post as a SENCO, or designated "
    "by your headteacher to become one. Your head completes a nomination form which agrees your "
    "release for the eight study days and names your mentor, a member of your school's leadership "
    "team.",
    "You apply on PenNet's public \u201cApply\u201d page, which also opens the Starting Point audit (3.1). "
    "A tutor then rings you for a twenty-minute conversation about your audit and your school, to judge "
    "with you whether you are ready to meet the national outcomes within the year. If you are not yet "
    "ready, Sarah writes to tell you what to do first (usually a term working alongside an experienced "
    "SENCO, or the County's \u201cNew to SEN\u201d twilights), talks it through with your head, and "
    "invites you to apply again next year.",
]:
    para(t)
box("IMPORTANT", [
    "Your PenNet account is switched on only when the Federation office has received (1) your head's "
    "signed nomination form and (2) your head's written confirmation of the date and number of your "
    "current enhanced CRB disclosure, and that there are no concerns about your conduct.",
    "If you have not worked in a school, in a post with regular contact with children, in the last "
    "three months, the office will ask you for a new enhanced disclosure, made through the Federation, "
    "and will take up a reference from your last employer, before your account is enabled. The office "
    "records each check on the participant register.",
])

# ------------------------------------------------------------------ Part 2
doc.add_heading("Part 2  Getting in", level=1)
doc.add_heading("2.1 Logging in", level=2)
steps([
    "Go to www.pennet.exmeregfl.org.uk (or click the PenNet link on your school's desktop).",
    "Type the username and password in your welcome email. Usernames are in the form "
    "award.firstname.surname.",
    "The first time, PenNet asks you to choose a new password of at least eight characters.",
    "Click \u201cSENCO Award 2009-10\u201d under My courses.",
])
shot("2.1: the PenNet log-in page")
doc.add_heading("2.2 Your profile", level=2)
steps([
    "Click your name at the top right, then \u201cEdit profile\u201d.",
    "Add a photograph if you wish: it helps your tutor group get to know each other.",
    "Set \u201cEmail digest type\u201d to \u201cComplete\u201d to receive one email a day with all new "
    "forum posts.",
])
box("TIP", ["Use the same email address you gave on your application form, so that messages from the "
            "office and from Westhaven Online reach you."])
doc.add_heading("2.3 Making PenNet work for you", level=2)
for t in [
    "You can change how PenNet looks under \u201cMy settings\u201d: larger text, a high-contrast or cream "
    "background, and a dyslexia-friendly font. PenNet has been tested with the JAWS and NVDA screen "
    "readers. Every document on the course is in Word as well as PDF, the recordings of webinars are "
    "captioned, and large-print, Braille or audio versions of any reading can be made through the "
    "University's Disability Service.",
    "Tell us what you need. The application form asks whether you have a disability, a medical "
    "condition or a specific learning difficulty that affects how you study, and we ask again on the "
    "first study day, because people often tell us later. You can also use the confidential \u201cTell "
    "us what you need\u201d form in your profile at any time. Only Sarah and the University's Disability "
    "Adviser see it. They agree a support plan with you: for example extra time for assignments, a "
    "note-taker, a British Sign Language interpreter booked through the County's Sensory Support "
    "Service, a seat near the hearing loop, or rest breaks. The adjustments in your support plan are "
    "sent to whoever marks your work, and apply to every assignment and presentation.",
    "The Learning Centre at Copse Hill Junior is on the ground floor, with level access, an accessible "
    "toilet, a hearing loop and two accessible parking bays. Our leaflet and application form are "
    "available in large print and audio, and both say how to ask for adjustments.",
]:
    para(t)

# ------------------------------------------------------------------ Part 3
doc.add_heading("Part 3  Before the course starts", level=1)
doc.add_heading("3.1 The Starting Point audit and your Individual Learning Plan", level=2)
steps([
    "Open \u201cStarting Point\u201d on the course page (or from the Apply page before you have an account).",
    "For each national outcome, choose 1 (new to me), 2 (some experience), 3 (confident) or 4 (confident "
    "and can show evidence), and type an example in the box.",
    "Click \u201cSubmit\u201d. Your tutor reads the audit before your telephone conversation.",
])
shot("3.1: a Starting Point question, with the 1-4 scale and evidence box")
for t in [
    "At your first tutorial, on the afternoon of Study Day 1, you and your tutor use the audit to agree "
    "your Individual Learning Plan in your e-portfolio. It names the four to six outcomes that will be "
    "your priorities, which of the optional units you will take, and the child you will focus on in "
    "Assignment 2. It also places you in a study-day strand: Early Years and Key Stage 1, or Key Stage 2 "
    "and beyond. Your tutor reviews the plan with you at each of the three tutorials (November, "
    "February and May, by visit or telephone), and your mentor can see it.",
]:
    para(t)
doc.add_heading("3.2 Claiming credit for what you already know", level=2)
p_apl = para("Under the University's regulations for the accreditation of prior learning you may claim up "
             "to 20 credits, the whole of Module ED7N1, in one of two ways: by prior certificated learning, "
             "if you have passed a Level 7 module in special educational needs in the last five years; or by "
             "prior experiential learning, through a reflective portfolio mapped against the module's "
             "learning outcomes. Either claim is decided by the University's APL panel. Upload your claim on "
             "the \u201cAPL claim\u201d page by 30 September; the fee for a portfolio claim is \u00a3120, and you "
             "will hear the decision before Study Day 2.")
doc.add_heading("3.3 When you can start, and in what order", level=2)
para("The course runs once a year, starting in September. You may see a course area called \u201cSENCO "
     "Award \u2013 January intake\u201d in the course list: it is hidden for 2009-10 and will be switched on "
     "only if there is enough demand in 2010. The blocks open one after another and must be taken in "
     "order, because each builds on the last. Within each block you can do the online work whenever "
     "suits you in the fortnight it is open, including evenings and weekends.")

# ------------------------------------------------------------------ Part 4
doc.add_heading("Part 4  Learning on PenNet", level=1)
doc.add_heading("4.1 Your course page", level=2)
para("The course page has one section for each block. At the top of every block is a box headed "
     "\u201cWhat this block develops\u201d, listing in plain words the national outcomes the block works on. "
     "Below it are the study-day materials, the online activities and the readings.")
shot("4.1: the course page, Block 3 open")
table([
    ["Block", "When", "Study day", "What it covers", "Online work"],
    ["1 Starting out", "Sep", "Day 1, 24 Sep", "The SENCO's role; Every Child Matters and Removing "
     "Barriers to Achievement; the course and the assignments", "\u201cMy school's SEN story\u201d in your "
     "tutor group forum"],
    ["2 The law and the Code", "Oct", "Day 2, 15 Oct", "SEN law and the SEN Code of Practice (2001); "
     "the Disability Discrimination Acts and the disability equality duty; using research and outside "
     "advice", "Code of Practice self-check quiz; readings including Ofsted (2004) and (2006)"],
    ["3 How children develop", "Nov", "Day 3, 12 Nov", "How children develop from 4 to 11 and what "
     "affects it; areas of need I: speech, language and communication, autism, dyslexia",
     "Draft a developmental profile of a child in your school"],
    ["4 Listening to children", "Dec\u2013Jan", "Day 4, 14 Jan", "Areas of need II: behavioural, "
     "emotional and social difficulties, moderate learning difficulties; using other professionals' "
     "assessments; pupil conferencing, Talking Mats and person-centred reviews",
     "Record a practice pupil conference; give feedback to two peers"],
    ["5 Teaching, learning and ICT", "Jan\u2013Feb", "none", "Personalised learning; choosing and "
     "judging interventions; ICT to remove barriers; Assessment for Learning for all",
     "Online unit \u201cAfL for all\u201d with self-check quiz"],
    ["6 Working with colleagues", "Feb\u2013Mar", "Day 5, 4 Mar", "Deploying and managing teaching "
     "assistants; observing, coaching and giving feedback", "Observation and feedback practice"],
    ["7 Data and self-evaluation", "Mar", "Day 6, 25 Mar", "Foundation Stage Profile, P scales, Key "
     "Stage 1 and 2 data, RAISEonline; tracking progress; the SEF and SEN", "Tracking exercise on "
     "anonymised data"],
    ["8 Provision mapping and leading change", "Apr\u2013May", "Day 7, 6 May", "Provision mapping and "
     "costing; reviewing provision with colleagues; strategy with the head and governors",
     "Peer review of draft provision maps"],
    ["9 Looking ahead", "Jun\u2013Jul", "Day 8, 1 Jul", "Assignment 3 presentations; Next Steps",
     "Starting Point audit again; Next Steps plan"],
], widths=[2.8, 1.6, 2.2, 5.6, 4.3], size=8.5)
para("Optional units, chosen in your Individual Learning Plan: \u201cParents as Partners\u201d (online, about "
     "three hours) and \u201cWho's who: the agencies around the child\u201d (online, about two hours, with a "
     "self-check quiz).")

doc.add_heading("4.2 Between study days", level=2)
for t in [
    "Most of the course happens between study days, and you will not be on your own.",
]:
    para(t)
for t in [
    "Your tutor group forum: eight participants and your tutor. Your tutor reads every post and replies "
    "to questions within two working days in term time.",
    "Tuesday Talk: a live chat with a tutor every other Tuesday, 4.15 to 5.00 pm. The transcript is "
    "posted afterwards for anyone who could not come.",
    "Telephone tutorials: book a twenty-minute slot with your tutor from the course calendar.",
    "The Staffroom: a forum for all participants, for sharing resources and asking each other.",
    "Messages: PenNet's private messages reach tutors, mentors and other participants.",
    "Webinars: County specialists give a live webinar in most blocks (recorded and captioned).",
]:
    doc.add_paragraph(t, style="List Bullet")
para("Tutors check who has posted in each block. If we have not heard from you for two weeks, your tutor "
     "will get in touch.")
box("TIP", ["Tuesday Talk opens in a new window. If your school's filtering blocks it, use the link from "
            "home or ask Mark to unblock it for your school."])

doc.add_heading("4.3 Specialists and visits", level=2)
para("The County's educational psychologists, speech and language therapists, autism and sensory support "
     "teachers contribute webinars and teach on study days, and you can put questions to them in the "
     "webinar forum. Visits to specialist settings are not part of the Award. If you want to visit a "
     "special school or resource base, the County's Special Schools Outreach Service can arrange it, and "
     "you can write about it in your learning log.")
doc.add_heading("4.4 Working offline", level=2)
para("Every block has a \u201cDownload this block\u201d link which saves the materials as one file. Forum "
     "posts and quizzes need a connection.")

# ------------------------------------------------------------------ Part 5
doc.add_heading("Part 5  Assignments", level=1)
doc.add_heading("5.1 The three assignments", level=2)
para("Each assignment has its own page on PenNet with the full brief and marking criteria. In summary:")
table([
    ["Assignment", "What you do", "National outcomes it assesses"],
    ["Assignment 1: The SENCO and the law (ED7N1; 4,000 words; due 15 January 2010)",
     "A review of your school's SEN policy and practice against SEN law and the Code of Practice and "
     "against disability equality law, including the school's accessibility plan and disability "
     "equality scheme, drawing on research, inspection evidence and outside advice, with recommendations.",
     "SEN law and the Code and what they mean in practice; disability equality law and the actions it "
     "requires; best practice and research; drawing on research and outside advice to improve your own "
     "and colleagues' practice; writing clearly"],
    ["Assignment 2: The learner in focus (ED7N2; 4,000 words; due 30 April 2010)",
     "A study of one child: a developmental profile and how the child's needs and environment have "
     "affected their development; identifying needs from observation, data and other professionals' "
     "assessments, set against the main types of SEN (BESD, specific learning difficulties including "
     "dyslexia, SLCN, ASD and MLD); tracking the child's progress with summative data (Foundation Stage "
     "Profile, P scales, Key Stage 1 teacher assessment, standardised tests); a pupil conference in "
     "which the child helps to agree and later review their targets; a planned intervention and a "
     "review meeting after six weeks; an evaluation of the approaches and resources used, including ICT; "
     "and an evaluation against the five Every Child Matters outcomes.",
     "Child development; types of SEN; identifying needs, setting targets, planning and reviewing; using "
     "other professionals' assessments; tracking with summative data; involving the child; a fair and "
     "constructive relationship with the child; approaches, strategies and resources including ICT; "
     "Every Child Matters"],
    ["Assignment 3: Leading provision (ED7N3; 3,000 words and a 20-minute presentation; due 1 July 2010)",
     "A costed provision map for your school that identifies provision that is missing or not working, "
     "reviewed with colleagues and linked to the school's self-evaluation; one change made in the spring "
     "term and an account of what happened; a staff development session you lead and an observation of a "
     "colleague with feedback (record signed by your mentor); a decision log showing the problems you "
     "anticipated and how you decided; strategic priorities presented to your head or senior leadership "
     "team and a governor, whose written response you submit.",
     "Strategic development with senior colleagues and governors; gaining colleagues' commitment; "
     "provision mapping; reviewing provision with colleagues for self-evaluation; school self-evaluation; "
     "supporting colleagues' development; anticipating problems and sound decisions; speaking clearly"],
], widths=[3.8, 7.4, 5.3], size=8.5)

doc.add_heading("5.2 Handing in your work", level=2)
steps([
    "Log in to Westhaven Online and open \u201cSENCO Award 2009-10 \u2013 Submissions\u201d.",
    "Click the assignment, then \u201cView/Complete\u201d.",
    "Upload your file as Word or PDF. Turnitin gives you a receipt number: keep it.",
    "Post the receipt number in the \u201cHanded in\u201d box on the PenNet assignment page.",
])
shot("5.2: the Turnitin upload screen")
doc.add_heading("5.3 Extensions and adjustments", level=2)
para("Sarah can agree an extension of up to two weeks for good reason; longer extensions go to the "
     "University. Adjustments in your support plan (2.3) apply automatically.")
doc.add_heading("5.4 Marking and feedback", level=2)
para("Your tutor first-marks your work against the University's Level 7 criteria and the assignment's "
     "own criteria, and you receive a mark and written feedback in the PenNet gradebook within four "
     "weeks.")
doc.add_heading("5.5 Second marking and moderation", level=2)
p_ee = para("Dr Oyelaran second-marks every script that the first marker fails, and every script within "
            "three marks of a grade boundary. Other scripts are not second-marked. The University will appoint "
            "an external examiner for the programme [name and institution to be confirmed by the University], "
            "who will see a sample of work each year.")
doc.add_heading("5.6 (This section has been removed. See the version history.)", level=2)
doc.add_heading("5.7 How the award is decided", level=2)
para("You pass the Award when you have passed all three assignments at 40 per cent or more. A high mark "
     "in one assignment cannot make up for a fail in another. Your tutor also keeps the Outcome Record in "
     "your e-portfolio, ticking each national outcome when you have shown it anywhere on the course; the "
     "Outcome Record is for you and your mentor, and does not affect your result. The University's Board "
     "of Examiners meets in July and confirms results.")

# ------------------------------------------------------------------ Part 6
doc.add_heading("Part 6  Your e-portfolio and learning log", level=1)
for t in [
    "Your e-portfolio holds your Individual Learning Plan, your Outcome Record, your learning log and, "
    "at the end, your Next Steps plan. Your tutor and your mentor can read it; nobody else can.",
    "The learning log. Write a short entry at least once in every block. Your tutor reads the log and "
    "talks about it at tutorials, but it is not marked. Two suggested entries: how you deploy and manage "
    "the teaching assistants in your school (Block 6), and how you keep up to date and plan your own "
    "professional development (Block 9).",
    "Next Steps. In Block 9 you draft your professional development targets for the following year on "
    "the Next Steps template. Your mentor discusses them with you, you share them with your headteacher "
    "for your performance management review, and your tutor adds comments. The plan stays in your "
    "e-portfolio after the course ends.",
]:
    para(t)

# ------------------------------------------------------------------ Part 7
doc.add_heading("Part 7  Telling us what you think", level=1)
for t in [
    "A quick poll closes every block, and there is a paper evaluation at the end of each study day. At "
    "the end of each module you complete a short survey, and in February one Tuesday Talk becomes a "
    "focus group with the Programme Leader.",
    "In Block 9 you repeat the Starting Point audit, so that you and we can see how your competence and "
    "confidence have changed, outcome by outcome. Your tutor discusses the comparison with you, and the "
    "programme team looks at the whole group's results.",
    "The programme team meets every half term. Each summer the University's Annual Programme Review "
    "looks at the evaluations, the marks, the second marker's report and the audit results; the action "
    "plan that follows goes to the Federation Governing Body's Standards Committee and to the Exmere "
    "SEN Steering Group, and the next cohort sees it on the \u201cYou said, we did\u201d page.",
]:
    para(t)
p_ppr = para("Pupil Progress Record \u2013 coming soon. From 2010 we hope to ask every participant to record "
             "baseline and follow-up measures for the pupils their work affects, so that we can show the "
             "difference the course makes to children.")

# ------------------------------------------------------------------ Part 8
doc.add_heading("Part 8  For mentors and tutors", level=1)
doc.add_heading("8.1 Mentors", level=2)
for t in [
    "Your mentor is a member of your school's leadership team, named by your head. Mentors have their own "
    "PenNet account, can read your Individual Learning Plan and learning log, and have a mentors' forum "
    "with Sarah.",
    "Before the first mentor meeting in October every mentor must complete the Mentor Induction module "
    "on PenNet (about 90 minutes): the mentor's role, the national outcomes, how to observe and give "
    "feedback, how to sign the Assignment 3 observation record, and what to do if worried about a "
    "participant. PenNet records completion, and Sarah checks it before the first meeting; a mentor who "
    "has not completed it is telephoned.",
    "Mentors meet their participant four times during the year, observe one session, and sign the "
    "Assignment 3 observation record.",
]:
    para(t)
doc.add_heading("8.2 Tutors", level=2)
para("Tutors attend the University's one-day induction for associate tutors (marking at Level 7, the "
     "assignment criteria, Turnitin and academic misconduct) and have a tutors' forum on PenNet.")

# ------------------------------------------------------------------ Part 9
doc.add_heading("Part 9  For headteachers and County colleagues", level=1)
doc.add_heading("9.1 The Heads' window", level=2)
para("With your participant's agreement, you can see their attendance and assignment deadlines through "
     "the Heads' window. You cannot see marks or the learning log.")
doc.add_heading("9.2 What you told us", level=2)
for t in [
    "In October 2008 we asked the 41 headteachers of Exmere South, by an online survey, what their SENCOs "
    "needed; 29 replied. The County's SEN team told us that 31 teachers had become SENCOs in the area in "
    "two years, two in five of them in infant or first schools. Nine parents at an Exmere Parent "
    "Partnership focus group told us what they wanted from a SENCO.",
    "Heads wanted fewer days out of school, more on provision mapping, and a course that understood "
    "infant schools. So we moved to eight study days with online blocks between them instead of twelve "
    "days, added Block 8 on provision mapping, and created the Early Years and Key Stage 1 strand. "
    "Parents asked for SENCOs who explain clearly and listen; we added the Parents as Partners unit.",
]:
    para(t)
doc.add_heading("9.3 How you can take part", level=2)
for t in [
    "Two headteachers and the County's Principal SEN Officer sat on the Programme Steering Group, which "
    "met three times in 2008-09 to plan the course. County specialists give webinars and teach on study "
    "days, and headteachers name and release mentors.",
    "Heads' feedback form \u2013 coming soon.",
]:
    para(t)

# ------------------------------------------------------------------ Part 10
doc.add_heading("Part 10  Library and resources", level=1)
for t in [
    "Westhaven Online gives you the University's e-library, including the British Journal of Special "
    "Education, Support for Learning and the Journal of Research in Special Educational Needs, and "
    "several hundred e-books.",
    "The Federation SEN Resource Base at Copse Hill Junior lends assessment kits, Clicker 5, "
    "communication aids, switch access equipment and a laptop with text-to-speech software. Book items "
    "through the \u201cResource Base\u201d page.",
    "PenNet's Resource Bank links to the Inclusion Development Programme materials and other National "
    "Strategies resources.",
    "[Reading lists for each block will be uploaded by tutors before the block opens.]",
]:
    para(t)

# ------------------------------------------------------------------ Part 11
doc.add_heading("Part 11  Troubleshooting", level=1)
table([
    ["Problem", "What to do"],
    ["I can't log in.", "Check Caps Lock, then use \u201cForgotten your password?\u201d. If that fails, "
     "ring the help desk."],
    ["My account isn't working yet.", "Your account is enabled when the office has your nomination form "
     "and your head's CRB confirmation (1.4)."],
    ["I can't see the January course.", "It is hidden for 2009-10 (3.3)."],
    ["I want to be assessed without doing the course. Where is the Assessment-only portfolio area?",
     "That area was removed in version 1.2. After the validation event the University and the Federation "
     "withdrew the assessment-only route, and it is not available in 2009-10. Experienced colleagues may "
     "be able to claim credit for prior learning (3.2)."],
    ["Turnitin says my file is too big.", "Save pictures at a lower resolution, or hand in the "
     "appendices as a separate file."],
    ["Tuesday Talk won't open in school.", "See the TIP in 4.2."],
], widths=[6, 10.5])

# ------------------------------------------------------------------ Part 12
doc.add_heading("Part 12  Icons used on PenNet", level=1)
table([
    ["Icon", "What it is"],
    ["Speech bubbles", "Forum"],
    ["Paper with pencil", "Assignment page (hand in on Westhaven Online)"],
    ["Tick box", "Quiz: self-check, not marked"],
    ["Page", "Resource: a file or web link"],
    ["Two faces", "Chat (Tuesday Talk)"],
    ["Bar chart", "Poll or survey"],
], widths=[4, 12.5])

# ------------------------------------------------------------------ Appendix
doc.add_page_break()
doc.add_heading("Appendix  The Outcome Finder", level=1)
para("All of the national outcomes are built into the course. Use this table to find where each one is "
     "developed and where it is assessed. The outcomes are in our own short words.")
rows = [
    ("GROUP", "Attributes"),
    ("Fair, respectful relationships with pupils and their families", "Block 4; Parents as Partners (optional)",
     "Assignment 2 (relationship with the child)"),
    ("Winning the commitment of colleagues and senior leaders", "Block 8", "Assignment 3"),
    ("Anticipating problems and making sound decisions", "Block 8", "Assignment 3 (decision log)"),
    ("Speaking and writing clearly; listening", "All blocks", "Assignments 1 and 3"),
    ("Using research and outside advice", "Blocks 2 and 5", "Assignment 1"),
    ("Keeping up to date; your own CPD", "Block 9", "Learning log (not marked)"),
    ("GROUP", "Knowledge"),
    ("SEN law and the Code of Practice", "Block 2", "Assignment 1"),
    ("Every Child Matters", "Block 1", "Assignment 2"),
    ("Disability equality law", "Block 2", "Assignment 1"),
    ("How children develop", "Block 3", "Assignment 2"),
    ("The main types of SEN", "Blocks 3 and 4", "Assignment 2"),
    ("Approaches, strategies and resources, including ICT", "Block 5", "Assignment 2"),
    ("School self-evaluation and SEN", "Block 7", "Assignment 3"),
    ("Best practice and research", "Blocks 2 and 5", "Assignment 1"),
    ("External agencies and specialist support", "Who's who (optional)", "Self-check quiz (not marked)"),
    ("GROUP", "Skills"),
    ("Strategy with senior colleagues and governors", "Block 8", "Assignment 3"),
    ("Identifying needs, targets, interventions, review", "Blocks 3 and 4", "Assignment 2"),
    ("Using other professionals' assessments", "Block 4", "Assignment 2"),
    ("Tracking progress with summative data and tests", "Block 7", "Assignment 2"),
    ("Helping colleagues with formative assessment", "Block 5 (AfL for all)", "Self-check quiz (not marked)"),
    ("Special arrangements for national tests", "Not part of this course (see note)", "\u2014"),
    ("Provision mapping", "Block 8", "Assignment 3"),
    ("Deploying and managing staff", "Block 6", "Learning log (not marked)"),
    ("Supporting colleagues' development", "Block 6", "Assignment 3"),
    ("Reviewing provision with colleagues", "Blocks 7 and 8", "Assignment 3"),
    ("Involving pupils in their own provision", "Block 4", "Assignment 2"),
    ("Working with parents and carers", "Parents as Partners (optional)", "\u2014"),
    ("Partnership with other services and voluntary organisations", "Not part of this course (see note)",
     "\u2014"),
]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for j, h in enumerate(["Outcome (in brief)", "Developed in", "Assessed in"]):
    c = tb.rows[0].cells[j]
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(c, "D9D9D9")
for row in rows:
    cells = tb.add_row().cells
    if row[0] == "GROUP":
        m = cells[0].merge(cells[2])
        m.text = ""
        r = m.paragraphs[0].add_run(row[1])
        r.bold = True
        r.font.size = Pt(9)
        shade(m, "EDEDED")
        continue
    for j, v in enumerate(row):
        cells[j].text = ""
        cells[j].paragraphs[0].add_run(v).font.size = Pt(9)
for row in tb.rows:
    row.cells[0].width = Cm(7.5)
    row.cells[1].width = Cm(4.8)
    row.cells[2].width = Cm(4.2)
doc.add_paragraph()
para("Note. Access arrangements for national tests are covered in the County's Year 6 briefing for "
     "junior-school staff, not on this course. Multi-agency working and the Common Assessment Framework "
     "are covered in the County's CAF training, which we expect participants to have attended.", size=9)

# ------------------------------------------------------------------ comments (never evidence)
doc.add_comment(p_apl.runs[0], text="MO said the APL panel only meets in October \u2013 check the date "
                "before we print.", author="Sarah Quennell", initials="SQ")
doc.add_comment(p_ppr.runs[0], text="Can we commit to this for September? It is not in the 2009-10 "
                "budget yet.", author="Graham Tolley", initials="GT")
doc.add_comment(p_ee.runs[0], text="Registry says the nomination goes to Senate in June.",
                author="Michael Oyelaran", initials="MO")

doc.save(OUT)
print("wrote", OUT)
