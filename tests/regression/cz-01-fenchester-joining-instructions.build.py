"""Build cz-01-fenchester-joining-instructions.docx: University of Fenchester, Joining Instructions for Cohort 1 (invented provider).

Provider
--------
University of Fenchester (awards its own degrees), Faculty of Education,
Health and Community, Department of Inclusion and Professional Learning, with
Oakhurst County Council and Dunmere Borough Council. Postgraduate Certificate
in Special Educational Needs Coordination (the National Award for SEN
Coordination), three 20-credit Level 7 modules SEN701-SEN703. Sent to the TDA
on 29 May 2009 with a short covering note. 2008-era vocabulary (CRB, List 99,
DDA, SENDA, SEN Code of Practice 2001, ECM, IDP, SENCO Regulations 2008).

Layout (a kind of document not in the earlier sets: joining instructions)
------------------------------------------------------------------------
The pack the University posts to every accepted teacher in the summer before
the course starts, sent whole as the application:
- a cover with a bordered "Action required" box (a one-cell table);
- a short covering note to the TDA (values, plus the validation facts);
- a welcome letter from the Programme Leader (first person, values);
- numbered short sections in the pack's own order: your place, a "Before you
  start" checklist table with empty tick boxes and deadlines, the Starting
  Point Review, credit for prior learning, the induction day timetable, the
  year at a glance (a study-day table with merged term rows), ways of
  studying, assessment (an assignment table naming the outcomes each
  assignment assesses in the University's own words, plus a row for the
  unmarked Learning Log and a note under it), marking, tutors (a who's-who
  table), mentors, support, having your say, why the course looks as it
  does, after the award;
- blank return forms J1-J3 at the end: a headteacher agreement with tick
  boxes, CRB details, and a Starting Point self-review grid that lists the
  national outcomes in near-specification words with empty rating columns
  (a form prompt, never evidence);
- a page header and a footer (the footer carries a claim about termly tutor
  visits, not evidence and not quoted).
Heading 1 for the numbered sections, bold Normal sub-titles, Word bullets.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the aims in the welcome letter and the assessment are
  about attainment ("reading ages, spelling and mathematics"); well-being
  and the five ECM outcomes appear only as values and as A1 policy content.
- 1.5 not_met (intention): "we hope to add a session on seeking pupils'
  views in future years".
- 6.S7 partially_met: pupils' involvement in targets is an A3 marking
  criterion, but nothing develops it (assessed, not taught).
- 1.9 and 6.0 partially_met: award on passing A1-A3; blanket "Between them
  the three assignments assess every one of the national minimum outcomes"
  against a table in which several outcomes are only in the unmarked Learning
  Log or only on a study day.
- 2.1 partially_met: certificated learning (APCL) up to 20 credits; the
  University's regulations "do not allow credit for experiential learning".
- 2.3 not_met: an assessment-only route is something the Faculty "is
  considering" for 2010.
- 2.4 partially_met: a promise of "high-quality, personalised professional
  development that represents excellent value", no arrangement for
  cost-effectiveness beyond the ILP (which is 2.2).
- 2.5 not_met (past arrangement): Professional Development Plans belonged to
  the former Advanced Certificate (1999-2008); nothing for the new award.
- 3.3 partially_met: Blackboard with tutor e-mail support within three
  working days and between study days, but "there is no discussion board"
  and no way for participants to reach one another online (peer support).
- 4.3 partially_met: LA staff and the Parent Partnership Service teach and
  host; their part in evaluation is only "We would welcome comments from
  headteachers at any time".
- 5.5 partially_met: specialist expertise is there, but a visit to a special
  school is something "you are encouraged to arrange" yourself.
- 5.7 partially_met: tutors have a programme team day and a tutor guide;
  mentors are only nominated by the head, with no briefing.
- 5.9 partially_met: confidence questionnaires at start and end; pupil impact
  only hoped for ("we hope, in time, to hear from your schools").
- Outcomes (Section 9 table):
  met: A1, A2, A4, A5, A6, K1, K2, K3, K5, K6, K7, K8, S1, S2, S2a, S2b, S3,
  S4, S5, S6, S8;
  Learning Log only, "not marked" (A3, A7 partially_met);
  study day only, no assignment (K9, S2c, S9 partially_met);
  assessed not taught (S7 partially_met);
  "we assume this knowledge from your initial teacher education" (K4 not_met);
  access arrangements are the examinations officer's and "are not covered by
  the programme" (S2d not_met).
- Form J3 quotes outcomes (including child development and special
  arrangements for tests) as self-rating prompts: not evidence (K4, S2d stay
  not_met). Form J1 ticks support 5.3 only because Section 2 describes the
  check itself.
- met despite looking thin: 5.3 (Section 2 and J2: certificate number and
  date recorded, a new enhanced disclosure through the University for anyone
  out of a school post for three months, headteacher's confirmation about
  List 99 and conduct); 3.2 (two routes, two start points, modules in either
  order, interruption); 5.2 (entry checks with guidance and liaison with the
  head for those not ready).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("cz-01-fenchester-joining-instructions.docx")

doc = Document()
doc.core_properties.author = "H. Marchbank"
doc.core_properties.title = "PGCert SENCO Joining Instructions 2009-10"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(10)
for lvl, size in ((1, 13), (2, 11)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Arial"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

NAVY = "1F3A5F"
PALE = "DCE6F0"


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def sub(text):
    p = para(text, bold=True, after=2)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, PALE)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("University of Fenchester \u00b7 Department of Inclusion and Professional Learning \u00b7 "
                "PGCert SEN Coordination \u00b7 Joining Instructions, Cohort 1")
hr.font.size = Pt(7)
fp = sec.footer.paragraphs[0]
fr = fp.add_run("JI/SENCO/2009 v2 \u00b7 Every participant is visited in school by their tutor each term \u00b7 "
                "Please keep this pack for reference \u00b7 Page ")
fr.font.size = Pt(7)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="14"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ cover
para("", after=48)
para("UNIVERSITY OF FENCHESTER", bold=True, size=18, align="c")
para("Faculty of Education, Health and Community", size=11, align="c")
para("", after=24)
para("JOINING INSTRUCTIONS", bold=True, size=22, align="c")
para("Postgraduate Certificate in Special Educational Needs Coordination", size=13, align="c")
para("(National Award for SEN Coordination)", italic=True, size=11, align="c")
para("Cohort 1 \u00b7 Standard Route from September 2009 \u00b7 Twilight Route from January 2010",
     size=10, align="c")
para("in partnership with Oakhurst County Council and Dunmere Borough Council", size=10, align="c", after=30)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
box.alignment = WD_TABLE_ALIGNMENT.CENTER
c = box.cell(0, 0)
shade(c, PALE)
cell_text(c, "ACTION REQUIRED", bold=True, size=11)
for line in ("Please read this pack with your headteacher.",
             "Return Forms J1, J2 and J3 to the Programme Administrator by Friday 10 July 2009.",
             "Your place is not confirmed until all three forms have been received."):
    pp = c.add_paragraph()
    rr = pp.add_run(line)
    rr.font.size = Pt(10)
page_break()

# ------------------------------------------------------------------ covering note
para("To: SENCO Training Approval Panel, Training and Development Agency for Schools", bold=True, after=0)
para("From: Dr Helen Marchbank, Programme Leader, University of Fenchester", after=0)
para("29 May 2009")
para("Dear Colleagues,")
para("Rather than write a separate document for the panel, we enclose the Joining Instructions that our "
     "first cohort of 42 teachers will receive in June. They set out, in the words our participants will "
     "read, how the programme works from the day a place is offered to the day the award is made. The "
     "Faculty believes passionately that every child matters and that the SENCO is the key to an "
     "inclusive school; we hope that conviction comes through in every page.")
para("The Postgraduate Certificate in Special Educational Needs Coordination was approved by the "
     "University\u2019s Academic Standards Committee on 12 May 2009 (minute ASC/08-09/61). It is a "
     "University of Fenchester award of 60 credits at Level 7 of the Framework for Higher Education "
     "Qualifications, made up of three 20-credit modules, and the credit counts towards the Faculty\u2019s "
     "MA in Inclusive Education.")
para("Yours faithfully,", after=14)
para("Helen Marchbank", bold=True, after=0)
para("Programme Leader, PGCert SEN Coordination")
page_break()

# ------------------------------------------------------------------ 1 Welcome
doc.add_heading("1  Welcome", level=1)
para("Dear Colleague,")
para("Congratulations on being offered a place on the first cohort of the Postgraduate Certificate in "
     "Special Educational Needs Coordination. You are joining 41 other teachers from 38 schools across "
     "Oakhurst and Dunmere, from nursery classes to sixth forms, and I am delighted that you will be "
     "studying with us.")
para("The programme has one aim above all others: that the pupils with special educational needs and "
     "disabilities in your school make better progress because you are their SENCO. In practice that "
     "means progress you can measure \u2013 reading ages, spelling and mathematics \u2013 and each of your "
     "three assignments asks you to show what has changed for the pupils you are working with. We believe "
     "that every child matters, and that a happy, safe child is a child who learns.")
para("This pack tells you what to do before September, what will happen on the Induction Day, how the "
     "year is organised, how you will be assessed and where to turn for help. Please keep it: most of the "
     "questions we are asked in October are answered here.")
para("With best wishes,", after=12)
para("Dr Helen Marchbank", bold=True, after=0)
para("Programme Leader")

# ------------------------------------------------------------------ 2 Your place
doc.add_heading("2  Your place on the programme", level=1)
para("Your place was offered after we had checked your application against the entry requirements and "
     "talked with you at interview. To join the programme you must hold Qualified Teacher Status, be "
     "employed in a school in a post with responsibility for coordinating SEN provision (or have been told "
     "in writing by your headteacher that you will take up such a post by January 2010), and have your "
     "headteacher\u2019s written agreement to release you for the study days and school-based tasks.")
para("At interview the Programme Leader or an admissions tutor went through a short written task with "
     "you, based on a pupil profile, to judge whether you are ready to work at Master\u2019s level and are "
     "likely to reach all the national outcomes by the end of the year. Where we decided that an applicant "
     "was not yet ready, we wrote to them and, with their permission, to their headteacher, setting out "
     "what they should do first (most often a term of shadowing the current SENCO and the Faculty\u2019s "
     "free online course on the Code of Practice) and offering a place in a later cohort.")
sub("Safeguarding checks")
para("Your offer is conditional on the University being satisfied that you are suitable to work with "
     "children. On Form J2 you must give the number and date of issue of your enhanced CRB disclosure; "
     "the Programme Administrator records both and checks them against the disclosure when you bring it "
     "to the Induction Day. On Form J1 your headteacher confirms that you are not on List 99, that there "
     "are no concerns about your conduct and that you face no outstanding disciplinary proceedings. If you "
     "have not worked in a school or college in a post involving regular contact with children in the "
     "last three months, you must apply for a new enhanced disclosure through the University\u2019s "
     "Registry before the course starts; the fee is met by the Faculty.")

# ------------------------------------------------------------------ 3 Checklist
doc.add_heading("3  Before you start: your checklist", level=1)
para("Tick each item as you complete it. The three forms are at the back of this pack.")
table([
    ("\u2610", "What to do", "By when", "Send to"),
    ("\u2610", "Form J1: Headteacher\u2019s agreement, signed by you and your headteacher", "10 July 2009",
     "Programme Administrator"),
    ("\u2610", "Form J2: CRB disclosure details", "10 July 2009", "Programme Administrator"),
    ("\u2610", "Form J3: Starting Point self-review", "10 July 2009", "Your tutor (named in your offer letter)"),
    ("\u2610", "Claim for credit for prior certificated learning (if you are making one)", "31 July 2009",
     "Faculty Admissions Office"),
    ("\u2610", "Disability and learning support disclosure form (optional, but please do tell us)",
     "Any time; before 31 July if you can", "Disability Advisory Service"),
    ("\u2610", "Activate your University computer account and log in to Blackboard", "1 September 2009",
     "IT Service Desk"),
    ("\u2610", "Book your school mentor\u2019s time for the first half-term", "Before term starts",
     "Your headteacher"),
], widths=[1.0, 8.5, 3.2, 4.3])
para("")

# ------------------------------------------------------------------ 4 Starting point
doc.add_heading("4  Your Starting Point Review and Individual Learning Plan", level=1)
para("Form J3 asks you to rate yourself against each of the national outcomes for the award. We know that "
     "self-ratings are rough and ready, and that some of us think we know more than we do (the law on SEN "
     "changes often). So your tutor reads your form before the Induction Day, and in the afternoon of the "
     "Induction Day you and your tutor meet for forty minutes to test your ratings against what you can "
     "tell them about your school, your current role and your earlier training.")
para("From that meeting your tutor writes your Individual Learning Plan. It records the outcomes you are "
     "likely to meet with the least support and those that need most work, sets three or four personal "
     "targets for the year, says which optional workshops you should attend, and suggests the focus for "
     "your assignments. You and your tutor review it at the end of each module and change it as you go. "
     "The plan is kept in your Learning Log and a copy is sent to your school mentor.")

# ------------------------------------------------------------------ 5 Credit
doc.add_heading("5  Credit for what you already know", level=1)
para("If you already hold Master\u2019s-level credit for study in special educational needs, gained in "
     "the last five years, you may claim Accreditation of Prior Certificated Learning (APCL) of up to 20 "
     "credits against Module SEN701. Send your certificate, transcript and the module outline to the "
     "Faculty Admissions Office by 31 July; the Faculty\u2019s APL Panel decides claims in August and "
     "tells you in writing. A successful claim reduces your fee.")
para("Many of you have years of experience as SENCOs or in support services. We value it, and you will "
     "draw on it throughout the course, but the University\u2019s regulations for this award do not allow "
     "credit for experiential learning: every participant completes Modules SEN702 and SEN703 in full.")
para("If you believe you already meet all the national outcomes and would rather be assessed without "
     "taking the course, please talk to us. The Faculty is considering whether an assessment-only route "
     "can be offered from September 2010, and we will write to schools if it is.")
para("We aim to give you high-quality, personalised professional development that represents excellent "
     "value for your school. The fee for 2009\u201310 is \u00a31,650, which Oakhurst and Dunmere schools "
     "may meet from their standards fund allocation for SENCO training.")

# ------------------------------------------------------------------ 6 Induction day
doc.add_heading("6  The Induction Day: Thursday 17 September 2009", level=1)
para("Room E104, Education Building, Fenchester campus. Parking permits are in the envelope with this pack.")
table([
    ("Time", "What happens", "Who"),
    ("9.15", "Coffee and registration; bring your CRB disclosure and photo identification",
     "Programme Administrator"),
    ("9.45", "Welcome and the shape of the year", "Dr Helen Marchbank"),
    ("10.15", "The SENCO in 2009: the new Regulations and what they mean for you",
     "Marcus Thorley, Oakhurst County Council"),
    ("11.15", "Library, Blackboard and the assessment resource library", "Subject Librarian; Learning Technologist"),
    ("12.30", "Lunch", ""),
    ("13.15", "Starting Point meetings (forty minutes each, by appointment); Writing at Master\u2019s level "
              "workshop for everyone not in a meeting", "Module tutors; Academic Skills Centre"),
    ("15.45", "Questions, close", "Dr Helen Marchbank"),
], widths=[1.6, 10.0, 5.4])
para("")

# ------------------------------------------------------------------ 7 Year at a glance
doc.add_heading("7  Your year at a glance (Standard Route)", level=1)
para("Study days run from 9.30 to 3.30. Each one ends with a school-based task to carry out before the "
     "next, which you discuss with your mentor and record in your Learning Log.")
year = [
    ("Date", "Study day", "Content", "Venue"),
    ("AUTUMN TERM 2009: MODULE SEN701 The SENCO, the Law and the School", None, None, None),
    ("8 Oct", "1  The legal framework",
     "The Education Act 1996 and SENDA 2001; the SEN Code of Practice 2001 in practice; statutory "
     "assessment and annual reviews; the SENCO Regulations 2008", "Fenchester"),
    ("5 Nov", "2  Every Child Matters and disability equality",
     "The five outcomes and the SENCO\u2019s part in them; the Common Assessment Framework; the DDA, the "
     "Disability Equality Duty and the school\u2019s accessibility plan", "Fenchester"),
    ("3 Dec", "3  Leading policy",
     "Working with the headteacher, senior leaders and governors on SEN policy, inclusion priorities and "
     "the use of the SEN budget; Ofsted\u2019s 2006 report Inclusion: does it matter where pupils are "
     "taught?", "Dunmere Teachers\u2019 Centre"),
    ("SPRING TERM 2010: MODULE SEN702 Learning, Teaching and Assessment", None, None, None),
    ("14 Jan", "4  Understanding need",
     "Dyslexia and specific learning difficulties; speech, language and communication needs after the "
     "Bercow Review; autistic spectrum disorders; behavioural, emotional and social difficulties; moderate "
     "learning difficulties. Afternoon: relationships with pupils and families, and working with parents, "
     "led by Oakhurst Parent Partnership Service",
     "Fenchester"),
    ("11 Feb", "5  Assessment and planning",
     "Identifying need from observation and data; using reports from psychologists and therapists; "
     "standardised tests, P scales and national tests to track progress; assessment for learning with "
     "pupils with SEN; target-setting and review; choosing and judging approaches, strategies and "
     "resources for teaching, including ICT", "Fenchester"),
    ("11 Mar", "6  Working with others",
     "The roles of educational psychology, health, social care and the voluntary sector; how to obtain "
     "specialist support; panel of local services", "Dunmere Teachers\u2019 Centre"),
    ("SUMMER TERM 2010: MODULE SEN703 Leading Provision and People", None, None, None),
    ("22 Apr", "7  Provision mapping",
     "Mapping and costing provision; spotting provision that is missing or not working; anticipating and "
     "resolving problems; reviewing provision with colleagues; school self-evaluation and the SEF", "Fenchester"),
    ("20 May", "8  Leading adults",
     "Deploying and managing teaching assistants; coaching, observation and feedback; gaining the "
     "commitment of senior colleagues; managing your own workload", "Fenchester"),
    ("1 Jul", "9  Inquiry conference",
     "You present your school-based inquiry to the cohort and invited headteachers", "Fenchester"),
]
t = doc.add_table(rows=len(year), cols=4)
t.style = "Table Grid"
for i, row in enumerate(year):
    if row[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, size=8)
        shade(m, PALE)
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, bold=(i == 0), size=8)
        if i == 0:
            shade(t.cell(i, j), PALE)
for r in t.rows:
    for j, w in enumerate((1.6, 3.4, 9.0, 3.0)):
        r.cells[j].width = Cm(w)
para("")
para("Optional workshops (twilight, 4.30\u20136.30, Dunmere Teachers\u2019 Centre): assistive technology; "
     "reading research papers; the Inclusion Development Programme materials on dyslexia and on speech, "
     "language and communication. Your Individual Learning Plan says which ones are meant for you.")
para("Every study day opens with a thirty-minute reading circle on a recent paper, Ofsted report or "
     "national initiative chosen by the tutor for that day, and the reading list for each module is "
     "revised each summer by the module tutor and checked by the Programme Leader. Many SENCOs tell us "
     "they would like to get better at seeking pupils\u2019 views; we hope to add a session on seeking "
     "pupils\u2019 views in future years.")

# ------------------------------------------------------------------ 8 Ways of studying
doc.add_heading("8  Ways of studying", level=1)
para("There are two routes to the same award, with the same assignments:")
bullet("Standard Route: nine study days on Thursdays from October 2009 to July 2010, as set out above.")
bullet("Twilight Route: eighteen Tuesday evening sessions (4.30\u20137.30) at Dunmere Teachers\u2019 "
       "Centre, starting in January 2010 and ending in December 2010, for colleagues whose schools cannot "
       "release them in the day.")
para("You may take SEN701 and SEN702 in either order, and you may move between routes at the end of a "
     "module. If illness, maternity or a change of job interrupts your studies, you may suspend for up to "
     "twelve months and rejoin the next cohort at the start of the module you left, keeping the credit you "
     "have already gained.")
sub("Blackboard")
para("All handouts, slides, readings and assignment briefs are on the programme\u2019s Blackboard site, "
     "SENCO Online, and you submit your assignments there. Between study days your tutor answers questions "
     "by e-mail within three working days and will arrange a telephone tutorial if you need one, and the "
     "school-based tasks are posted on Blackboard with a short guidance note the week after each study "
     "day. There is no discussion board on SENCO Online, and participants\u2019 contact details are not "
     "shared through the site.")

# ------------------------------------------------------------------ 9 Assessment
doc.add_heading("9  How you will be assessed", level=1)
para("To be awarded the Postgraduate Certificate and the National Award you must pass all three "
     "assignments. Each is marked on the University\u2019s Level 7 scale, with a pass mark of 50. "
     "Between them the three assignments assess every one of the national minimum outcomes.")
ass = [
    ("Assignment", "What you do", "The outcomes it assesses (our words)"),
    ("A1  School SEN Policy Review\n(SEN701, 4,000 words, due 15 January 2010)",
     "Review your school\u2019s SEN policy and practice against the law, the Code of Practice, the five "
     "Every Child Matters outcomes and the Disability Equality Duty; present your recommendations to your "
     "headteacher and a governor and report their response.",
     "Knowing the law on SEN and the Code of Practice and putting it into practice; knowing Every Child "
     "Matters and the SENCO\u2019s part; knowing disability equality law and what it requires; advising "
     "senior colleagues and governors on an inclusive ethos, policy and the use of resources."),
    ("A2  Pupil Case Study\n(SEN702, 4,000 words, due 23 April 2010)",
     "Follow one pupil with SEN for a term: gather and use assessments from other professionals, set "
     "targets, plan and teach or oversee an intervention, track progress with test data and review it "
     "with the pupil\u2019s parents or carers.",
     "Relationships with the pupil and family; knowing the main types of SEN and their effect on "
     "learning; choosing and judging approaches, strategies and resources including ICT; identifying "
     "need, setting targets, planning and reviewing; using other professionals\u2019 assessments; using "
     "summative data and national tests to track progress; working with parents and carers."),
    ("A3  School-based Inquiry\n(SEN703, 5,000 words and a 30-minute professional discussion, due 1 July 2010)",
     "Lead a change in SEN provision in your school: take baseline measures of pupils\u2019 attainment, "
     "map provision, lead and train colleagues and teaching assistants, evaluate the change with them and "
     "feed it into the school\u2019s self-evaluation; discuss your inquiry with two examiners.",
     "Gaining the commitment of senior colleagues; solving problems and judging provision; speaking and "
     "writing clearly and listening (the professional discussion); using research and outside advice; "
     "school self-evaluation; best practice and research; provision mapping; deploying and managing "
     "staff; coaching, training and developing colleagues; reviewing provision with staff. The marking "
     "criteria also ask how pupils were involved in agreeing and reviewing their targets."),
    ("Learning Log (not marked)",
     "Kept throughout the year and discussed with your tutor at the end of each module.",
     "Managing your time, prioritising and delegating; keeping up to date and planning your own "
     "professional development."),
]
table(ass, size=8, widths=[4.2, 6.2, 6.6])
para("")
para("Note. Child development is not taught or assessed separately: we assume this knowledge from your "
     "initial teacher education. Access arrangements for national tests and public examinations are the "
     "responsibility of your school\u2019s examinations officer and are not covered by the programme. "
     "Study Day 6 (working with other services) and the assessment for learning session on Study Day 5 "
     "prepare you for your role but are not tied to an assignment.", italic=True, size=9)

# ------------------------------------------------------------------ 10 Marking
doc.add_heading("10  Marking, moderation and feedback", level=1)
para("Your tutor marks your assignments and returns them with written feedback within four working weeks. "
     "A second tutor blind-marks every assignment on the borderline of a pass, every fail and a sample of "
     "one in five of the rest, across all tutors and both routes. Before marks are released, the programme "
     "team and the two local authority SEN advisers who teach on the course hold a moderation meeting at "
     "which marked scripts from each tutor are compared against the marking criteria. The External "
     "Examiner, Professor Anne Kilbride of the University of Harrowgate, sees a sample of every "
     "assignment, attends the A3 professional discussions for a sample of participants, and reports each "
     "year to the University. Marks are confirmed by the Faculty Board of Examiners in July and November.")

# ------------------------------------------------------------------ 11 Tutors
doc.add_heading("11  Your tutors and the people you will meet", level=1)
table([
    ("Name", "Role on the programme", "Background"),
    ("Dr Helen Marchbank", "Programme Leader; tutor, SEN703",
     "Former SENCO and deputy head of a Fenchester comprehensive; PhD on the deployment of teaching "
     "assistants (2006); member of NASEN\u2019s professional development committee"),
    ("Simon Aird", "Module leader, SEN701",
     "Senior Lecturer; formerly Oakhurst\u2019s Principal Officer for SEN statutory assessment; MA Education "
     "Law"),
    ("Dr Priya Nandakumar", "Module leader, SEN702",
     "Senior Lecturer; chartered educational psychologist, still in practice one day a week with Dunmere"),
    ("Marcus Thorley", "Tutor (seconded two days a week)",
     "Oakhurst County Council Senior Adviser for SEN and Inclusion; leads the county SENCO network"),
    ("Janet Okafor", "Tutor, Twilight Route",
     "Dunmere Borough Council SEN Adviser; former SENCO of a primary resourced provision for autism"),
], size=8, widths=[3.6, 4.4, 9.0])
para("")
para("All tutors attend the programme team day each June, where the marking criteria are standardised and "
     "the year\u2019s external examiner report is discussed, and all work from the Programme Tutor Guide. "
     "On the study days you will also meet specialists from outside the University: a speech and language "
     "therapist from Oakhurst Primary Care Trust, the Oakhurst Sensory Support Service, a clinical "
     "psychologist from the Child and Adolescent Mental Health Service, and the Oakhurst Parent "
     "Partnership Service.")
para("You are encouraged to arrange a visit to a special school or resource base if your headteacher can "
     "release you; several participants on earlier courses found it worthwhile.")

# ------------------------------------------------------------------ 12 Mentor
doc.add_heading("12  Your school mentor", level=1)
para("Your headteacher will nominate a school mentor, usually a member of the senior leadership team. The "
     "mentor\u2019s role is to support you, to talk through your school-based tasks and to help you gain "
     "access to the data and colleagues you need for your assignments. Please give your mentor a copy of "
     "this pack.")

# ------------------------------------------------------------------ 13 Support
doc.add_heading("13  Support while you study", level=1)
sub("If you have a disability or a specific learning difficulty")
para("Please tell us, on the disclosure form or in confidence to the Programme Leader, about any "
     "disability, health condition or specific learning difficulty that may affect your study. The "
     "University\u2019s Disability Advisory Service will then meet you, before the course starts if "
     "possible, and agree a Learning Support Plan with you: for example handouts in large print or "
     "electronic form in advance of study days, a note-taker or a recording device, extra time for "
     "assignments or for the professional discussion, or a study day venue changed for access. All "
     "programme venues are step-free with an induction loop. Your plan is shared with your tutors only "
     "with your consent. Information about the course is available in large print, audio and on coloured "
     "paper on request, and the application form invited every applicant to tell us what adjustments they "
     "would need at interview.")
sub("Library and resources")
para("As a student of the University you may use the Fenchester and Dunmere campus libraries and the full "
     "range of electronic journals from home. The Faculty\u2019s Assessment Resource Library lends "
     "standardised reading, spelling, numeracy and language tests to participants for use in school, and "
     "the Assistive Technology Suite in the Education Building (text-to-speech, voice recognition, "
     "symbol software and switch-accessible hardware) is open to you on study days and by booking.")

# ------------------------------------------------------------------ 14 Having your say
doc.add_heading("14  Having your say", level=1)
para("We ask you to complete a short evaluation at the end of every study day and a longer questionnaire "
     "at the end of each module. Two participants from each route are elected as representatives to the "
     "Programme Committee, which meets each term. The Programme Committee considers the evaluations, the "
     "marks, the moderation report and the External Examiner\u2019s report in its Annual Monitoring Report "
     "to the Faculty, and agrees the changes to be made for the next cohort; we tell you what has changed "
     "in a \u2018You said, we did\u2019 note each term.")
para("At the start of the Induction Day and again at the inquiry conference you complete a confidence "
     "questionnaire against the national outcomes, so that we can see how far your confidence has grown. "
     "The difference the course makes to pupils is harder to capture within a single year, but we hope, "
     "in time, to hear from your schools about the difference it has made to pupils.")
para("Local authority advisers, the Parent Partnership Service and local specialists help to teach the "
     "course, and several Oakhurst schools host the inquiry conference and the twilight sessions. We would "
     "welcome comments from headteachers at any time.")

# ------------------------------------------------------------------ 15 Why
doc.add_heading("15  Why the course looks as it does", level=1)
para("In the autumn of 2008 we asked the people who will use the course what it should do. 212 SENCOs and "
     "headteachers in Oakhurst and Dunmere answered an on-line survey (a 46 per cent response), the two "
     "SENCO networks discussed a draft outline in November, and the Oakhurst Parent Partnership Service "
     "ran a group with nine parents. Three things changed the design. Almost a third of headteachers said "
     "they could not release a SENCO for whole days, so we added the Twilight Route. SENCOs said they "
     "wanted less on the law and more on leading other adults, so Study Day 8 and the whole of SEN703 "
     "were built around leading staff. Parents asked for SENCOs who explain things face to face, so the "
     "afternoon of Study Day 4 is now given to working with parents and is led by the Parent Partnership "
     "Service.")

# ------------------------------------------------------------------ 16 After
doc.add_heading("16  After the award", level=1)
para("The credit you gain counts towards the Faculty\u2019s MA in Inclusive Education. Participants on our former Advanced Certificate in Special Needs "
     "(1999\u20132008) each left with a Professional Development Plan agreed at a final tutorial. Details "
     "of the MA are on the Faculty\u2019s website.")
para("Contacts: Programme Administrator, Mrs Carol Denby, 01632 960 412, senco@fenchester.ac.uk. "
     "Disability Advisory Service, 01632 960 300.")
page_break()

# ------------------------------------------------------------------ Forms
doc.add_heading("Form J1  Headteacher\u2019s agreement", level=2)
para("Participant\u2019s name: ____________________   School: ____________________")
para("Please tick each statement to confirm it.", italic=True)
table([
    ("\u2610", "I agree to release the participant for nine study days (or the Twilight Route sessions) and "
               "for school-based tasks."),
    ("\u2610", "I confirm that the participant is not on List 99, that there are no concerns about their "
               "conduct and that there are no outstanding disciplinary proceedings."),
    ("\u2610", "I nominate the school mentor named below."),
    ("\u2610", "I agree that the participant may collect anonymised pupil data for assignments, in line "
               "with the school\u2019s policies."),
], header=False, widths=[1.0, 16.0])
para("Mentor\u2019s name and role: ____________________")
para("Headteacher\u2019s signature: ____________________   Date: __________")
para("")
doc.add_heading("Form J2  CRB disclosure details", level=2)
table([
    ("Full name", ""),
    ("Enhanced disclosure number", ""),
    ("Date of issue", ""),
    ("Have you worked in a post with regular contact with children in the last three months?", "Yes / No"),
], header=False, widths=[9.0, 8.0])
para("")
doc.add_heading("Form J3  Starting Point self-review", level=2)
para("Rate yourself against each outcome: 1 = new to me, 2 = some knowledge, 3 = confident, 4 = could "
     "teach it to others.", italic=True)
J3 = [("Outcome", "1", "2", "3", "4")]
for o in (
    "Establish fair, respectful, supportive and constructive relationships with pupils and parents",
    "Gain the commitment of colleagues, including the headteacher and senior leaders",
    "Prioritise, manage time and delegate",
    "Know and understand the SEN Code of Practice and the law on SEN",
    "Know and understand how children develop and how their development can be affected by SEN and "
    "disabilities",
    "Know the most common types of SEN and disabilities",
    "Know the scope and role of external agencies",
    "Identify pupils who may have SEN, set targets and review progress",
    "Identify in good time any special arrangements pupils need for national tests and examinations",
    "Use provision mapping",
    "Involve pupils in planning and reviewing their provision",
    "Liaise with parents and carers; work with other services and agencies",
):
    J3.append((o, "\u2610", "\u2610", "\u2610", "\u2610"))
table(J3, size=8, widths=[13.0, 1.0, 1.0, 1.0, 1.0])
para("")
para("Return all three forms to: Programme Administrator, Department of Inclusion and Professional "
     "Learning, University of Fenchester, Fenchester FN2 7QA.", size=9)

doc.save(OUT)
print("wrote", OUT)
