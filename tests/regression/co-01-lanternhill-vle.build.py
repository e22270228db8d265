"""Build co-01-lanternhill-vle.docx: a print of a Moodle course area sent as an application.

Provider (invented): Lanternhill Learning Ltd, a small independent online CPD
company in Kessington, with the University of Wealdmarsh validating the award
as a Postgraduate Certificate (four 15-credit Level 7 units). Programme
"National Award for SEN Coordination (online, 2009-10)", course code
SENCO-NA-0910. Dated February 2009; 2008-era vocabulary (CRB, DDA, Code of
Practice 2001, ECM, IDP, Bercow, RAISEonline, P scales, SEF).

Layout (a kind not in the regression table): a one-page covering letter from
the managing director, then the course area of a Moodle 1.9 virtual learning
environment printed "with resource contents expanded" from the programme
director's (editing) account:
- a breadcrumb line and the course title; the side blocks (Latest news,
  Upcoming events, Administration) as a three-column table;
- topic sections ("General", Topic 1 to Topic 7) as shaded bold Normal
  paragraphs (no heading styles), each activity as a line starting with its
  Moodle type in brackets ("[Page]", "[Forum]", "[Quiz]", "[Assignment]",
  "[Wiki]", "[File]", "[Label]"), the text of pages and activity
  descriptions indented beneath;
- items an editor sees but participants do not are printed grey with
  "[Hidden from participants]";
- forum threads printed as bordered two-row tables (subject/author/date row,
  message row), including posts by pilot participants and replies by staff;
- a "What we heard / What we did" table; an ARCHIVE topic holding the
  provider's own earlier, unaccredited course;
- page header (Moodle breadcrumb) and footer ("You are logged in as ...").
  The voice is the second person to participants ("you", "your tutor").

Traps and the requirement ids they affect:
- 1.5 not_met, 6.S7 not_met: the only pupil-consultation activity is an
  assignment "[Hidden from participants]" marked "DRAFT - for the 2010
  revision, not yet approved by the University" (Topic 2); pupil interviews
  otherwise appear only in the ARCHIVE (past course).
- 2.3 not_met (past arrangement): the "Fast Track" portfolio-only route
  exists only in the ARCHIVE page about SENCO Essentials 2007-08.
- 5.3 not_met (negation in a forum reply): the programme director replies
  in the Cafe forum "we don't ask for CRB details and we won't be checking
  them".
- 3.1 partially_met: the "Equality and access" page is values plus an
  accessible website; the only reasonable adjustment is told by a
  participant in the Cafe forum (not the provider's statement).
- 5.5 partially_met: specialist expertise through webinars by an EP, a
  speech and language therapist and a parents' forum; the tutor's forum reply
  says "we don't organise visits or placements"; placements at Ashgrove
  Special School appear only in a participant's post about another
  provider (an LA course in 2006) and in the ARCHIVE.
- 2.1 partially_met: certificated credit transfer only; "Lanternhill does
  not accredit experience".
- 2.5 partially_met: "Where next?" lists onward study and networks, no
  help to set professional targets.
- 5.2 partially_met: entry is QTS, a post and the head's signature; "We do
  not interview" and places go in order of arrival; Starting Point comes
  after enrolment and is used for planning.
- 5.7 partially_met: tutors' induction and handbook are concrete; school
  mentors are optional and their role is only in a PDF not reproduced
  (cross-reference to a file).
- 4.3 partially_met: stakeholders deliver (parents' forum webinar and
  role-play, LA officers on Day B, the headteachers' group advising design),
  but their part in evaluation is only "we are thinking about how that might
  work".
- 4.2 met partly from a News forum post by the programme director (the
  provider's own statement) and the "What we did" table; 4.1 met from the
  survey and table.
- 3.3 met (e-learning applies): learning sets, two-day response, weekly office
  hour, fortnightly chats, support between the two face-to-face days, termly
  progress email to heads, mentor guest access, tutors' forum.
- 1.9 partially_met, 6.0 partially_met: award on passing four assignments,
  plus the blanket claim "Between them the four assignments assess every one
  of the national minimum outcomes", which the assignment briefs contradict;
  the cover letter's "meets every requirement" is a blanket claim too.
- Outcomes developed AND assessed in a named assignment (met): 6.A1, 6.A2,
  6.A4, 6.A5, 6.A6, 6.K1, 6.K3, 6.K4, 6.K5, 6.K6, 6.K7, 6.K8, 6.K9, 6.S1,
  6.S2, 6.S2a, 6.S3, 6.S8.
- Developed but assessed only formatively or optionally (partially_met):
  6.K2 (ECM practice quiz "not graded"), 6.S2b (tracking quiz "not graded"),
  6.A3 (self-check "not graded"), 6.S4 (webinar only, not in Assignment 4's
  list), 6.S5 (an optional, "not marked separately" section of Assignment 4),
  6.S6 (content only), 6.S9 (a forum only), 6.A7 (Next steps page and an
  optional blog, "not assessed").
- Absent (not_met): 6.S2c (formative assessment by other teachers appears
  nowhere); 6.S2d (the only page is "[Hidden from participants]" and "under
  construction").
- Other met arrangements written plainly: E.1, E.2, 1.1 to 1.4, 1.6 to 1.8,
  2.2, 2.4, 3.2, 5.1, 5.4, 5.6, 5.8, 5.9 (baseline and follow-up pupil
  measures in Assignment 4, repeated Starting Point).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for symmetry with other builds)
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Inches, Cm

OUT = Path(__file__).with_name("co-01-lanternhill-vle.docx")

doc = Document()
doc.core_properties.author = "Ruth Askew"
doc.core_properties.title = "SENCO-NA-0910 course print for TDA panel"
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(9.5)

GREY = RGBColor(0x99, 0x99, 0x99)


def para(text="", bold=False, italic=False, size=None, indent=0.0, grey=False, after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if grey:
            r.font.color.rgb = GREY
    if indent:
        p.paragraph_format.left_indent = Inches(indent)
    p.paragraph_format.space_after = Pt(after)
    return p


def runs(parts, indent=0.0, after=4):
    """A paragraph of (text, bold, italic) runs."""
    p = doc.add_paragraph()
    for text, b, i in parts:
        r = p.add_run(text)
        r.bold = b
        r.italic = i
    if indent:
        p.paragraph_format.left_indent = Inches(indent)
    p.paragraph_format.space_after = Pt(after)
    return p


def topic(label, title):
    """A Moodle topic header: shaded, bordered bold Normal paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(label + "   ")
    r.bold = True
    r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    r2 = p.add_run(title)
    r2.bold = True
    r2.font.size = Pt(11)
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="6" w:space="2" w:color="8899BB"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="2" w:color="8899BB"/></w:pBdr>'))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="DDE4F0"/>'))
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(6)
    return p


def item(kind, title, hidden=False, note=None):
    """One activity line: [Type] Title (optionally hidden, with a grey note)."""
    p = doc.add_paragraph()
    r = p.add_run(f"[{kind}] ")
    r.font.color.rgb = GREY if hidden else RGBColor(0x55, 0x55, 0x55)
    r2 = p.add_run(title)
    r2.bold = True
    r2.underline = True
    if hidden:
        r2.font.color.rgb = GREY
        r3 = p.add_run("   [Hidden from participants]")
        r3.italic = True
        r3.font.color.rgb = GREY
    if note:
        r4 = p.add_run("   " + note)
        r4.italic = True
        r4.font.size = Pt(8)
        r4.font.color.rgb = GREY
    p.paragraph_format.left_indent = Inches(0.25)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(2)
    return p


def body(*texts, grey=False):
    for t in texts:
        para(t, indent=0.55, grey=grey, after=4)


def bullets(*texts, grey=False):
    for t in texts:
        para("\u2022  " + t, indent=0.7, grey=grey, after=2)


def set_cell_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="4" w:color="AAAAAA"/><w:left w:val="single" w:sz="4" w:color="AAAAAA"/>'
        '<w:bottom w:val="single" w:sz="4" w:color="AAAAAA"/><w:right w:val="single" w:sz="4" w:color="AAAAAA"/>'
        '<w:insideH w:val="single" w:sz="4" w:color="AAAAAA"/><w:insideV w:val="single" w:sz="4" w:color="AAAAAA"/>'
        '</w:tblBorders>'))


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def post(subject, author, when, message_paras, reply=False):
    """A forum post as a two-row bordered table, indented when a reply."""
    tbl = doc.add_table(rows=2, cols=1)
    set_cell_borders(tbl)
    if reply:
        tbl._tbl.tblPr.append(parse_xml(f'<w:tblInd {nsdecls("w")} w:w="720" w:type="dxa"/>'))
    c0 = tbl.rows[0].cells[0]
    shade(c0, "EEEEEE")
    p0 = c0.paragraphs[0]
    r = p0.add_run(subject)
    r.bold = True
    p0b = c0.add_paragraph()
    r = p0b.add_run(f"by {author} - {when}")
    r.font.size = Pt(8)
    c1 = tbl.rows[1].cells[0]
    first = True
    for m in message_paras:
        pp = c1.paragraphs[0] if first else c1.add_paragraph()
        pp.add_run(m)
        first = False
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


# ------------------------------------------------------------------ header / footer
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
hp = sec.header.paragraphs[0]
hr = hp.add_run("Lanternhill Online Campus \u25b8 CPD \u25b8 SENCO-NA-0910 \u25b8 Topics")
hr.font.size = Pt(7.5)
hr.font.color.rgb = GREY
fp = sec.footer.paragraphs[0]
fr = fp.add_run("You are logged in as Ruth Askew (Logout)   |   Moodle 1.9.3+   |   "
                "printed 13/02/2009 10:42   |   page ")
fr.font.size = Pt(7.5)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="15"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------------ covering letter
para("LANTERNHILL LEARNING LTD", bold=True, size=14, after=0)
para("3 Orchard Yard, Kessington KS2 9JD   \u00b7   01944 610 227   \u00b7   www.lanternhill-learning.co.uk",
     size=8, after=12)
para("16 February 2009")
para("SENCO Training Approvals, Training and Development Agency for Schools")
para("Dear colleagues", after=8)
para("National Award for SEN Coordination: application from Lanternhill Learning Ltd", bold=True)
para("Rather than describe our programme at one remove, we are sending you what our participants will "
     "actually see. What follows is a print of the course area on the Lanternhill Online Campus, made from "
     "the programme director\u2019s account on 13 February 2009, with the text of every page and the "
     "description of every activity expanded. Items that participants cannot yet see are printed as they "
     "appear to an editor. The area was used in the autumn of 2008 by a pilot group of fourteen SENCOs "
     "working through early versions of Units 1 and 2, and their posts in the Caf\u00e9 forum have been left "
     "in place so that you can see the site in use. The topic for our old, unaccredited course has also been "
     "left at the bottom of the page, because several of our pilot participants came to us through it.")
para("We are confident that the site shows a programme meeting every requirement of the specification, "
     "and we would welcome the chance to walk the panel through it on screen.")
para("Yours sincerely", after=14)
para("Daniel Fairbrother", bold=True, after=0)
para("Managing Director, Lanternhill Learning Ltd", after=0)
para("(Programme Director: Ruth Askew, r.askew@lanternhill-learning.co.uk)")
doc.add_page_break()

# ------------------------------------------------------------------ course page top
para("Lanternhill Online Campus \u25b8 CPD \u25b8 SENCO-NA-0910", size=8, grey=True)
para("National Award for SEN Coordination (online, 2009\u201310)", bold=True, size=15, after=0)
para("Course code SENCO-NA-0910   \u00b7   Topics format   \u00b7   Enrolment key required", size=8, after=8)

blocks = doc.add_table(rows=2, cols=3)
set_cell_borders(blocks)
for i, h in enumerate(["Latest news", "Upcoming events", "Administration"]):
    c = blocks.rows[0].cells[i]
    shade(c, "DDE4F0")
    c.paragraphs[0].add_run(h).bold = True
news_cell = blocks.rows[1].cells[0]
news_cell.paragraphs[0].add_run("10 Feb, 16:05  Ruth Askew\nHeadteachers\u2019 reference group: what changed (more...)")
news_cell.add_paragraph("22 Jan, 09:12  Ruth Askew\nPilot group: certificates of participation posted (more...)")
news_cell.add_paragraph("Older topics...")
ev = blocks.rows[1].cells[1]
ev.paragraphs[0].add_run("Starting Point tutorials\n1 to 11 September 2009")
ev.add_paragraph("Face-to-face Day A\nSaturday 19 September 2009, Kessington Moor Conference Centre")
ev.add_paragraph("Assignment 1 due\nFriday 11 December 2009, 23:55")
ev.add_paragraph("Go to calendar...   New event...")
ad = blocks.rows[1].cells[2]
ad.paragraphs[0].add_run("Turn editing on")
for t in ["Settings", "Assign roles", "Groups (Learning sets A\u2013D, Tutors)", "Backup", "Restore",
          "Import", "Reset", "Reports", "Questions", "Files", "Grades", "Unenrol me from SENCO-NA-0910"]:
    ad.add_paragraph(t)
para("", after=2)

# ------------------------------------------------------------------ General topic
topic("General", "Start here")

item("Forum", "News forum")
body("Announcements from the programme team. Everyone is subscribed; you cannot unsubscribe.")
post("Headteachers\u2019 reference group: what changed", "Ruth Askew", "Tuesday, 10 February 2009, 04:05 PM", [
    "Our reference group of six headteachers from Wenlow, Carrbridge and Easterfold met here in Kessington on "
    "4 February to look at the pilot units and at the drafts of Units 3 and 4. Three changes came straight out "
    "of that meeting.",
    "First, both face-to-face days are now on Saturdays, because the heads told us they can release a SENCO "
    "for an hour\u2019s webinar or tutorial far more easily than for a whole weekday. Secondly, provision mapping "
    "now has a full strand of its own in Unit 4 instead of a single page in Unit 3: every head in the room "
    "said that a costed provision map was the thing they most wanted a new SENCO to be able to produce. "
    "Thirdly, with your agreement your personal tutor will now send your headteacher a short progress email "
    "each term; the group felt this would keep schools involved without adding to anybody\u2019s workload.",
    "Thank you to everyone who came, and to the Easterfold Parents\u2019 Forum for the notes they sent in "
    "advance. Ruth",
])

item("Page", "Welcome from the Programme Director")
body("Hello, and welcome. I was a SENCO for eleven years in two Carrbridge primary schools before I joined "
     "Lanternhill, and I still remember the September when I was handed the register, a box of IEPs and a "
     "timetable with no time on it. This programme is the one I wish I had been able to take then.",
     "At Lanternhill we believe that every child can succeed, that the SENCO is a leader and not an "
     "administrator, and that parents are a SENCO\u2019s most important partners. You will hear all three "
     "of those beliefs a great deal over the coming year. Enjoy it. \u2013 Ruth Askew")

item("Page", "About the National Award")
body("The National Award for SEN Coordination offered on this site is validated by the University of "
     "Wealdmarsh as its Postgraduate Certificate in Special Educational Needs Coordination. The "
     "University\u2019s validation panel approved the programme on 28 January 2009. The award is made by "
     "the University, which registers you as one of its postgraduate students for the length of the "
     "programme, and the programme runs under the University\u2019s Regulations for Taught Postgraduate "
     "Awards. The award carries 60 credits at Level 7, that is at masters level, made up of four units of "
     "15 credits each, and those credits can later count towards the University\u2019s MA in Inclusive "
     "Education. As a registered student you have full use of the University library and its electronic "
     "journals from home through Athens.",
     "The programme has one purpose above all others: better outcomes for the children and young people "
     "with special educational needs and disabilities in your school. By outcomes we mean all five of the "
     "Every Child Matters outcomes \u2013 being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being \u2013 and not test results alone. Every "
     "unit\u2019s aims are written in those terms; every unit has tasks carried out in your own school; and "
     "every assignment brief asks you to show what difference your work has made, or is likely to make, "
     "to the learning and well-being of particular pupils. In Assignment 4 you will lead a change in your "
     "school\u2019s provision, collect baseline information on the pupils it affects and measure the same "
     "things again at the end, so that the report shows what has actually changed in practice and for "
     "pupils.",
     "Nothing in the programme is done purely on screen. Each unit contains \u2018In your school\u2019 "
     "tasks \u2013 auditing your SEN register against the Code of Practice, shadowing a pupil for a whole "
     "day, building a provision map with your teaching assistants \u2013 and each task tells you which of "
     "the national minimum outcomes it helps you towards. You record the tasks in your learning journal, "
     "and your tutor comments on them there.")

item("Page", "Who can enrol, when, and what it costs")
body("Who. Enrolment is open to any qualified teacher working in a school in England who is, or is "
     "about to become, responsible for coordinating SEN provision. You will need your teacher reference "
     "number and the signature of your headteacher on the School Agreement, which commits the school to "
     "giving you access to pupil data, time for two half-day webinars a term and a colleague who can act "
     "as your school mentor if the school wishes. We do not interview, and places are offered in the "
     "order in which completed forms arrive.",
     "When. There are three starts a year, in September, January and April. Unit 1 comes first for "
     "everyone; Units 2, 3 and 4 can then be taken in any order, and you can finish in as little as nine "
     "months or take up to twenty-four. Most people take about a year. If life gets in the way you can "
     "pause between units and rejoin with a later start.",
     "Credit for previous study. If you already hold Level 7 credit from an SEN-related course (for "
     "example a specialist dyslexia certificate) gained in the last five years, the University can "
     "consider transferring up to 15 credits against one unit under its credit-transfer rules; send your "
     "transcript with your form. Lanternhill does not accredit experience, however long, and there is no "
     "way of gaining credit by portfolio.",
     "Cost. The fee for the whole award is \u00a31,150. It includes University registration, both "
     "face-to-face days with lunch, all webinars and tutorials, and a twelve-month licence for the "
     "assistive technology software used in Unit 3. Because nearly all of the teaching comes to you, "
     "schools pay no supply costs for taught days and there is no travel except for the two Saturdays; "
     "schools in the pilot put the saving at between \u00a3600 and \u00a3900 compared with a campus-based "
     "certificate.")

item("Page", "Your Starting Point and Individual Learning Plan")
body("Before Unit 1 opens you complete Starting Point, an online self-assessment that takes each of the "
     "national minimum outcomes in turn. For each one you rate yourself from 1 (\u2018new to me\u2019) to "
     "4 (\u2018I do this confidently and could show you the evidence\u2019) and add a line saying what your "
     "rating rests on. Some questions are there to check that what you know is current \u2013 for instance "
     "about the 2008 regulations on the SENCO role, or the Disability Equality Duty \u2013 because an "
     "outcome you met five years ago may need updating.",
     "Your personal tutor reads your Starting Point within ten working days and then holds a 45-minute "
     "telephone or Skype tutorial with you. Together you write your Individual Learning Plan, which "
     "records: the outcomes you already appear to meet, and the evidence you will need to show them; the "
     "outcomes that will need most of your time, which become your personal targets for the year; which "
     "of the optional webinars (dyslexia, autism, speech and language, behaviour) you should join; and a "
     "suggested order for Units 2 to 4. The plan is uploaded to the \u2018My Plan\u2019 area and reviewed "
     "with your tutor at the end of every unit, when targets are signed off or reset. Your tutor also "
     "uses it to decide where to concentrate the feedback on your assignments, so two people in the same "
     "learning set can get quite different help from the same unit.")

item("Page", "How your work is assessed")
body("There are four assignments, one for each unit; the briefs are in the unit topics below. Each is "
     "marked Pass, Pass with Merit or Refer against the University\u2019s Level 7 criteria and against the "
     "national outcomes named in the brief. The award is made by the University\u2019s Examination Board "
     "when you have passed all four assignments. Practice quizzes, forum tasks, the learning journal and "
     "the \u2018In your school\u2019 tasks are formative: they help you and your tutor to see how you are "
     "getting on, but they do not count towards the award. Between them the four assignments assess "
     "every one of the national minimum outcomes.",
     "Marking and moderation. Your personal tutor marks your assignment and returns feedback within "
     "fifteen working days. A second tutor then blind-marks every referred script, every merit and a "
     "random fifth of the rest, and any difference is settled by the programme director. Before each "
     "marking period the tutors mark two anonymised scripts together to agree the standard. The "
     "University appoints a moderator from its Faculty of Education who samples every assignment, and an "
     "external examiner, at present a senior lecturer in inclusive education at another university, who "
     "sees a sample from each unit and reports to the Examination Board.")

item("Page", "Studying online with us")
body("Most of the programme happens here. Each unit runs for about ten weeks, and in a typical week you "
     "will find some reading, a short recorded lecture, a discussion in your learning set and an \u2018In "
     "your school\u2019 task. You belong to a learning set of six SENCOs from different schools and "
     "authorities, led by your personal tutor, with its own forum; most sets also meet in a live chat "
     "once a fortnight.",
     "Your tutor answers forum posts and messages within two working days, holds an online office hour "
     "every Wednesday from 4 to 5 pm, and telephones you at least once in every unit. The two "
     "face-to-face Saturdays (Topic 5) are the only times you need to be in a room with us; between them "
     "the forums, the office hours and the set chats run all year, and the Kessington helpdesk "
     "(8.30 am to 5.30 pm, weekdays) deals with anything technical. With your agreement your tutor sends "
     "your headteacher a short progress email each term, and your school mentor can be given guest access "
     "to your learning journal so that school and tutor are looking at the same work. Tutors have their "
     "own forum, where they agree the standard of feedback and raise any concern about a participant\u2019s "
     "progress with the programme director.",
     "There is no classroom-only version of the programme.")

item("Page", "Equality and access")
body("Lanternhill Learning is committed to equality of opportunity and to the principles of the Disability "
     "Discrimination Act and the Race Relations (Amendment) Act. We value diversity among our participants "
     "and our staff, and we expect everyone on the programme to treat others with respect. The Online "
     "Campus has been designed with accessibility in mind: pages can be enlarged, the colour scheme can be "
     "changed and the site works with the common screen readers. We do not tolerate discrimination of any "
     "kind.")

item("Page", "Your tutors")
body("Ruth Askew, Programme Director. SENCO in two Carrbridge primary schools for eleven years; MA in "
     "Special and Inclusive Education (Wealdmarsh, 2004); was a Carrbridge SEN consultant until 2007.",
     "Dr Maya Okonjo. Chartered educational psychologist; works three days a week for Easterfold "
     "Educational Psychology Service and tutors Unit 2.",
     "Peter Lindqvist. SENCO and assistant head at a Wenlow secondary school until July 2008; tutors "
     "Units 1 and 4.",
     "Carys Penhale. Specialist teacher for pupils with specific learning difficulties (AMBDA); tutors "
     "Unit 3 and leads the dyslexia webinars.",
     "Tom Haverley. Former primary headteacher and SENCO; NPQH; leads the Unit 4 webinars on deploying "
     "teaching assistants.",
     "Every tutor has worked in a school or an SEN service within the last three years, and each spends "
     "at least five days a year on their own specialist updating, recorded in the tutors\u2019 forum. All "
     "tutors complete Lanternhill\u2019s two-day tutor induction, which covers online tutoring, the "
     "University\u2019s marking criteria and the national outcomes, and each has a Tutor Handbook. The "
     "programme director observes each tutor\u2019s online teaching once a year.",
     "School mentors. Your headteacher may nominate a school mentor if the school wishes. The Mentor "
     "Guide (below) explains what mentors might do.")
item("File", "Mentor Guide 2009\u201310 (PDF, 380 KB)", note="file content not included in this print")
item("File", "Programme Handbook 2009\u201310 (PDF, 1.4 MB)", note="file content not included in this print")

item("Page", "How we check the quality of the programme")
body("Every unit ends with an evaluation questionnaire (a Moodle Feedback activity) and a set discussion "
     "about what worked and what did not. Tutors write a short end-of-unit review, using the "
     "questionnaire results, the marks profile and the site\u2019s activity reports, which show us, for "
     "example, which readings nobody opened. Outside Lanternhill, the programme goes through the "
     "University of Wealdmarsh\u2019s annual monitoring, and the external examiner and the University "
     "moderator both report each year. Each summer the programme director brings all of this together in "
     "an annual programme report with an action plan; the University\u2019s Faculty Quality Committee "
     "scrutinises it, and the changes for the next cohort are posted in the News forum under \u2018You "
     "said, we did\u2019.",
     "Measuring what difference the programme makes. You repeat Starting Point at the end of the "
     "programme, so your ratings against each outcome, and the confidence questions that go with them, "
     "can be compared with where you began; we report the changes cohort by cohort. Assignment 4 requires "
     "baseline and follow-up measures for the pupils affected by the change you lead \u2013 reading ages, "
     "attendance, behaviour incidents, P scale or National Curriculum levels, pupils\u2019 own ratings of "
     "how they feel about school \u2013 and each year we collate these, anonymously, into a picture of the "
     "programme\u2019s effect on pupils\u2019 achievement and well-being, which goes into the annual "
     "report.",
     "The headteachers\u2019 reference group advises us on the design of the programme. We would like "
     "headteachers, local authority officers and parents to have a say in evaluating the programme as "
     "well, and we are thinking about how that might work once the first full cohort has finished.")

item("Page", "Why the programme looks as it does")
body("In the spring of 2008 we asked the 212 teachers who had taken our SENCO Essentials course between "
     "2006 and 2008, and their headteachers, what a new SENCO most needed; 131 SENCOs and 44 heads "
     "replied. We also read the SEN strategies of the three authorities where most of our participants "
     "work (Wenlow, Carrbridge and Easterfold) and talked to their SEN officers, and in June 2008 we met "
     "the Easterfold Parents\u2019 Forum. What we heard, and what we did about it:")
t = doc.add_table(rows=1, cols=3)
set_cell_borders(t)
for i, h in enumerate(["Who", "What we heard", "What we did"]):
    c = t.rows[0].cells[i]
    shade(c, "EEEEEE")
    c.paragraphs[0].add_run(h).bold = True
rows = [
    ("SENCOs (131 replies)", "\u201cI can\u2019t leave school for whole days.\u201d 71% named release as "
     "the main barrier to accredited study.",
     "Teaching is online apart from two Saturdays; webinars are recorded for anyone who misses them."),
    ("Headteachers (44 replies; reference group)", "New SENCOs cannot cost provision or show governors "
     "what it buys.", "A provision mapping strand in Unit 4, assessed in Assignment 4."),
    ("LA SEN officers (3 authorities)", "New SENCOs are unsure of the statutory assessment process and of "
     "what the authority expects at School Action Plus.",
     "Unit 1 covers statutory assessment in detail; an LA officer leads the workshop on Day B."),
    ("Easterfold Parents\u2019 Forum", "\u201cSENCOs talk at us at review meetings.\u201d Parents want "
     "to be listened to and told plainly what will happen next.",
     "Working with parents and carers is a strand of Unit 2; a Forum member co-presents its webinar and "
     "Forum members play parents in the Day A role-play."),
    ("SENCOs", "Many feel isolated in their schools.", "Learning sets of six from different schools, "
     "kept for the whole programme."),
]
for who, heard, did in rows:
    cells = t.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = who, heard, did
para("", after=2)

item("Forum", "Caf\u00e9 (pilot group, autumn 2008)")
body("A place to chat. Tutors look in, but this is your space.")
post("CRB?", "Janet Morrow", "Tuesday, 4 November 2008, 07:52 PM", [
    "Silly question maybe \u2013 do we need to send Lanternhill a copy of our CRB? My business manager asked "
    "me today and I didn\u2019t know."])
post("Re: CRB?", "Ruth Askew", "Wednesday, 5 November 2008, 08:31 AM", [
    "Not silly at all, Janet! No \u2013 we don\u2019t ask for CRB details and we won\u2019t be checking them. "
    "Your schools employ you and hold your disclosures, and nothing on the course takes you into anybody "
    "else\u2019s classrooms. Ruth"], reply=True)
post("Extra time \u2013 thank you", "Ahmed Rashid", "Wednesday, 12 November 2008, 09:14 PM", [
    "Just wanted to say thanks to Carys for agreeing an extra fortnight for my Unit 1 task after my "
    "dyslexia assessment finally came through, and for sending me the readings as Word files so I could "
    "use my text reader. Made all the difference."])
post("Visits?", "Lorna Beck", "Thursday, 20 November 2008, 05:40 PM", [
    "When I did the Carrbridge LA\u2019s SENCO course in 2006 we all had two days at Ashgrove Special "
    "School, which was brilliant. Are there visits on this one?"])
post("Re: Visits?", "Peter Lindqvist", "Friday, 21 November 2008, 07:05 AM", [
    "Hi Lorna \u2013 not as part of the programme: we don\u2019t organise visits or placements. Lots of "
    "people do arrange their own, though, and write them up in the journal. Peter"], reply=True)

# ------------------------------------------------------------------ Topic 1
topic("Topic 1", "Unit 1 \u2013 The SENCO, the law and Every Child Matters (15 credits, about 10 weeks)")
item("Label", "Unit summary")
body("Unit 1 sets the legal and policy scene for everything that follows, and everyone takes it first.")
item("Page", "Unit 1 guide")
body("Weeks 1\u20133: the SEN framework. Part IV of the Education Act 1996; the Special Educational Needs "
     "and Disability Act 2001; the SEN Code of Practice (2001) \u2013 the graduated response, School Action "
     "and School Action Plus, statutory assessment, statements and annual reviews \u2013 and the 2008 "
     "regulations on the SENCO\u2019s role and qualifications. We look at what each of these asks of the "
     "school, the governors, the SENCO and class teachers, and how a school actually puts them into "
     "practice.",
     "Weeks 4\u20136: disability equality. The Disability Discrimination Act 1995 as amended in 2005, the "
     "Disability Equality Duty and the school\u2019s disability equality scheme, accessibility planning, "
     "and reasonable adjustments for pupils; what these laws require a school to do, and how it might "
     "best do it.",
     "Weeks 7\u201310: Every Child Matters and national policy. The five outcomes and the Children Act "
     "2004, the Common Assessment Framework, Removing Barriers to Achievement (2004), the Inclusion "
     "Development Programme and the Bercow Review of services for children with speech, language and "
     "communication needs (2008), and the part the SENCO plays in helping pupils towards each of the five "
     "outcomes.")
item("Page", "Recorded lecture: Every Child Matters and the SENCO (35 minutes)")
body("Peter Lindqvist takes each of the five outcomes in turn and asks what a SENCO could do about it "
     "next week, next term and next year.")
item("Quiz", "ECM and the SENCO: practice quiz", note="not graded")
body("Twelve questions on the five outcomes and the Common Assessment Framework. Try it as often as you "
     "like; your score is for you.")
item("Forum", "Learning set discussion: what does the Code ask of your school?")
item("Page", "In your school: register audit")
body("Compare your school\u2019s SEN register and the last round of reviews with what the Code of Practice "
     "expects at School Action and School Action Plus. Record what you find in your journal.")
item("Assignment", "Assignment 1: school SEN policy and practice audit (4,000 words)")
body("Audit your school\u2019s SEN policy and practice against the SEN Code of Practice and against the "
     "school\u2019s duties under disability equality legislation, and write an action plan that your "
     "headteacher has agreed. Assessed against these national outcomes: knowing and understanding the laws "
     "and guidance on SEN, including the Code of Practice, their implications and how to put them into "
     "practice; knowing and understanding the laws on disability equality and the actions they require. "
     "Due Friday 11 December 2009, 23:55.")

# ------------------------------------------------------------------ Topic 2
topic("Topic 2", "Unit 2 \u2013 Knowing the learner (15 credits, about 10 weeks)")
item("Page", "Unit 2 guide")
body("This unit is about children: how they develop, what gets in the way, and who can help.",
     "How children develop \u2013 cognitively, in language, socially and emotionally \u2013 and how that "
     "development can be affected by special educational needs, by disability and by the physical and "
     "social environment of the classroom and the school. The most common types of need and what they "
     "mean for learning: behavioural, emotional and social difficulties; specific learning difficulties, "
     "including dyslexia; speech, language and communication needs; autistic spectrum disorders; and "
     "moderate learning difficulties.",
     "Identifying pupils who may have SEN or disabilities from classroom observation, data and "
     "assessment; setting targets that stretch; planning interventions aimed at the barrier rather than "
     "the label; and reviewing progress. Reading and using the assessments of educational psychologists, "
     "speech and language therapists, occupational therapists and CAMHS clinicians to shape teaching. The "
     "scope and role of the external agencies, and how to get specialist support and resources for a "
     "pupil when you need them.",
     "Relationships with pupils. Being fair and consistent with pupils whom other adults find difficult; "
     "respect, warmth and high expectations; the difference between supporting a pupil and rescuing one. "
     "You look at this through your shadowing day and through the pupil at the centre of your case study.",
     "Working with parents and carers. Listening before advising; sharing information in plain language; "
     "running a review meeting that parents experience as a conversation; and what to do when you and a "
     "family disagree. You practise a review meeting in role-play on Day A, with members of the Easterfold "
     "Parents\u2019 Forum playing the parents, and then plan and hold a real meeting with the parents of "
     "your case-study pupil, which you write up in your journal.")
item("Page", "Unit 2 webinars (recorded)")
bullets("Dr Maya Okonjo, educational psychologist: getting the most from an EP report.",
        "A speech and language therapist from Carrbridge Primary Care Trust: what therapy targets mean "
        "in the classroom.",
        "Liz Farrant, Easterfold Parents\u2019 Forum, with Ruth Askew: what parents wish SENCOs knew.")
item("Forum", "Who\u2019s who in your local services")
body("Map the statutory and voluntary services that work with pupils in your area \u2013 health, social "
     "care, the local authority\u2019s support services, and voluntary organisations \u2013 and share how you "
     "work with them. Compare maps within your set.")
item("Page", "In your school: shadow a pupil for a day")
item("Assignment", "Assignment 2: case study of a pupil (4,000 words)")
body("Write a case study of a pupil with SEN and/or disabilities in your school. Assessed against these "
     "national outcomes: how children develop and how SEN, disability and the environment affect "
     "development; the most common types of SEN and disabilities and how they affect learning; identifying "
     "the pupil\u2019s needs, setting challenging targets, planning interventions and reviewing progress; "
     "using assessments from a range of professionals to develop teaching approaches; the scope and role "
     "of external agencies and how specialist support was obtained for this pupil; liaising effectively "
     "with the pupil\u2019s parents or carers; and establishing a fair, respectful and constructive "
     "relationship with the pupil and with the family. Due four weeks after the unit ends.")
item("Assignment", "Pupil conversations task", hidden=True)
body("DRAFT \u2013 for the 2010 revision, not yet approved by the University. Interview three pupils about "
     "their provision and involve one of them in reviewing his or her own targets. Not to be released.",
     grey=True)

# ------------------------------------------------------------------ Topic 3
topic("Topic 3", "Unit 3 \u2013 Teaching, assessing and tracking (15 credits, about 10 weeks)")
item("Page", "Unit 3 guide")
body("Approaches, strategies and resources for assessment, planning, teaching and learning, and a "
     "critical look at the evidence for them: structured literacy and numeracy programmes, visual "
     "supports, social stories, nurture groups, precision teaching. ICT and assistive technology \u2013 "
     "text-to-speech, word prediction, Clicker 5 and symbol writing \u2013 which you use on your own "
     "licence for the length of the programme and try out with a pupil.",
     "Research and best practice: how to find it, read it critically and use it. We work through "
     "Ofsted\u2019s Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008) and "
     "the Inclusion Development Programme materials, alongside the Research Digest below, and each set "
     "takes one piece of research and decides what it would change in its members\u2019 schools.",
     "Tracking progress. Using P scales, National Curriculum assessments, national tests and optional "
     "tests and RAISEonline to track pupils\u2019 progress over time, and deciding when the numbers mean a "
     "programme should change.",
     "Making decisions about provision. Each week of the unit the scenario forum poses a real dilemma "
     "(a parent asking for one-to-one support, a teacher refusing a pupil\u2019s visual timetable, a "
     "budget cut) and you argue your way to a decision.")
item("Wiki", "Research Digest")
body("Tutors add a 300-word summary of an important new study, inspection report or government "
     "publication at least once a month, with a line on what it means for a SENCO; the Digest stays open "
     "to you after the award. Recent entries: Ofsted, Inclusion: does it matter where pupils are taught? "
     "(2006); the Bercow Review interim and final reports (2008); the IDP materials on dyslexia and on "
     "speech, language and communication needs (2008); a University of Wealdmarsh study of "
     "teaching-assistant-led reading interventions (2008).")
item("Quiz", "Tracking progress with summative data: practice quiz", note="not graded")
item("Page", "Access arrangements for tests and examinations", hidden=True)
body("Page under construction \u2013 Carys to write for September.", grey=True)
item("Forum", "What would you do? (scenario forum)")
item("Assignment", "Assignment 3: critical review of an approach, with decision log (4,000 words)")
body("Choose an approach to teaching and learning for pupils with a particular kind of need, review the "
     "research and other evidence for it, try it in your school, and keep a decision log of the choices you "
     "made and why. Assessed against these national outcomes: a critical understanding of approaches, "
     "strategies and resources for assessment, planning, teaching and learning, including ICT; best "
     "practice and the outcomes of research in meeting special educational needs; drawing on research "
     "evidence and external advice to improve your own and colleagues\u2019 practice; anticipating and "
     "resolving problems and making well-founded decisions about provision (shown in the decision log).")

# ------------------------------------------------------------------ Topic 4
topic("Topic 4", "Unit 4 \u2013 Leading provision (15 credits, about 10 weeks)")
item("Page", "Unit 4 guide")
body("Unit 4 is about leading. Working with your headteacher, senior team and governors on an inclusive "
     "ethos, on SEN policy and on the school\u2019s priorities and use of resources, so that all pupils can "
     "reach the curriculum, make good progress and take part in the life of the school; and how to win "
     "and keep the commitment of the head and senior leaders.",
     "Provision mapping and management: mapping what the school provides, what it costs and what it buys, "
     "and finding the provision that is missing or is not working. School self-evaluation: the "
     "self-evaluation form, the cycle of self-evaluation and improvement planning, and where the outcomes "
     "of pupils with SEN fit into it. Deploying and managing teaching assistants and other support staff. "
     "Coaching and mentoring colleagues, observing teaching and giving feedback, modelling, and planning "
     "training. Reviewing provision with colleagues \u2013 class teachers, teaching assistants, the "
     "senior team \u2013 so that what you find feeds the school\u2019s self-evaluation.",
     "The SENCO\u2019s week: prioritising, managing time and delegating, and checking that what you "
     "delegate gets done. Making the case: writing and speaking for senior leaders and governors, and "
     "listening to and understanding the views of colleagues who disagree with you.")
item("Page", "Webinar: deploying teaching assistants (Tom Haverley, 50 minutes, recorded)")
item("Quiz", "How do you spend your week? (self-check)", note="not graded")
item("Forum", "Coaching trios")
body("Within your set you work in threes: each of you coaches a colleague in school through a short "
     "cycle and brings the conversation back to the trio for advice. The trios also plan one joint piece "
     "of work with a local authority support service or another school.")
item("Assignment", "Assignment 4: leading a change in provision (5,000-word report and a 15-minute recorded "
     "presentation)")
body("Plan, lead and evaluate a change in your school\u2019s SEN provision. Take baseline measures for the "
     "pupils affected before you start and measure the same things at the end. Present your findings in "
     "a 15-minute recorded presentation to your headteacher, including the questions your headteacher "
     "asks and your answers. Assessed against these national outcomes: working with senior colleagues and "
     "governors to influence the strategic development of an inclusive ethos, policies, priorities and "
     "the use of resources; gaining the commitment of the headteacher and senior leaders; using tools such "
     "as provision mapping to plan provision and identify ineffective or missing provision; the "
     "principles of school self-evaluation and improvement and how they relate to outcomes for pupils "
     "with SEN; expressing yourself clearly in speech and in writing, and listening to and understanding "
     "the views of others (the presentation and your answers to questions).",
     "Optional section: if your change involved coaching or training colleagues, you may add up to 1,000 "
     "words on how you supported their development. This section is not required and is not marked "
     "separately.")

# ------------------------------------------------------------------ Topic 5
topic("Topic 5", "Face-to-face days")
item("Page", "Day A \u2013 Saturday 19 September 2009, Kessington Moor Conference Centre")
body("Meet your learning set and tutor; review your Starting Point and Individual Learning Plan; the "
     "parents\u2019 meeting role-play with members of the Easterfold Parents\u2019 Forum; finding your way "
     "round the Online Campus.")
item("Page", "Day B \u2013 Saturday 6 March 2010, Kessington Moor Conference Centre")
body("Work-in-progress presentations in sets; a workshop with a local authority SEN officer on statutory "
     "assessment and what the authority expects at School Action Plus; the strategic role of the SENCO.")

# ------------------------------------------------------------------ Topic 6
topic("Topic 6", "Next steps")
item("Page", "Where next?")
body("Your Postgraduate Certificate can count towards the University of Wealdmarsh MA in Inclusive "
     "Education; the next intake is each January. Keeping up to date after the award: NASEN membership "
     "and its journals, your local SENCO network, the Teachernet SEN pages and the Research Digest, which "
     "stays open to you. Your learning set forum stays open for a year after your last assignment.")
item("Forum", "Reflective blog (optional)")
body("Keep your learning journal going after the award. This is not assessed.")

# ------------------------------------------------------------------ Topic 7 archive
topic("Topic 7", "ARCHIVE \u2013 SENCO Essentials 2007\u201308 (not accredited; kept for reference)")
item("Page", "SENCO Essentials 2007\u201308: course outline")
body("SENCO Essentials ran for twelve weeks online with one day in Kessington. Each participant spent a "
     "day at Ashgrove Special School, and in week 9 participants interviewed two pupils about their "
     "support and reported back to their group. Fast Track: SENCOs with more than five years\u2019 "
     "experience could skip the units and submit a portfolio for assessment alone, and receive the "
     "certificate on that basis.")
item("File", "SENCO Essentials certificate template (DOC, 40 KB)")

doc.save(OUT)
print("wrote", OUT)
