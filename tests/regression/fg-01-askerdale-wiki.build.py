"""fg-01-askerdale-wiki: a print of a partnership wiki, sent as the application.

Provider (invented)
-------------------
The Askerdale Small Schools Network: 31 village primary schools in nine
federations and clusters (Upper Asker Federation, Crossfell Schools
Federation, Three Becks Federation and others) in a rural northern county,
many of which share teachers, executive heads and SENCOs. It bids with
Askerdale County Council's Learning and Achievement Service (the "Advisory
Service", Inclusion Team) and the University of Carrbridge, Faculty of
Education, which validates a 60-credit Postgraduate Certificate in SEN
Coordination (Small Schools). Own nouns: three 20-credit "Threads", eight
"Hub Days" at hub schools in Garsby and Aldham Bridge plus one "Carrbridge
day", fortnightly twilight "Cluster Circles" led by "Cluster Mentors", the
County's learning platform "DalesNet", a starting audit "Where am I now?"
and an individual "Route Plan", and three assessed "Pieces" (Provision
Review, Practice Enquiry, Professional Conversation). January 2009.

Kind of document and layout
---------------------------
The Network wrote its bid on a MediaWiki-style wiki so that heads in remote
villages, advisers, a parents' forum and university lecturers could write
together. The submission is a print of the wiki space pasted into Word, with
a short covering note (which sets the reading rule: page text is the
proposal; Talk pages are discussion, and suggestions there that have not
reached a page are not offered; red links lead to pages not yet written).
Each wiki page has a Heading 1 title, a grey "last edited ... by ..." line,
Heading 2 sections each followed by a small blue "[edit]" link, wiki-style
bullets, wiki tables, blue hyperlinks to other pages and red (unwritten)
links, "[citation needed]" inserted by a contributor, a "Categories:" line,
and a stub notice on one page. Three Talk pages print as signed, indented
threads; one page history prints as a two-column "Difference between
revisions" table with a removed line. An infobox table on the main page; an
outcomes map with merged group rows. Two Word comments added by the people
who prepared the print. Browser-print header and footer (with a PAGE
field): never evidence.

Traps (requirement ids)
-----------------------
- Blanket claim on the main page, "Every national outcome is assessed.",
  against an outcomes map with dashes and unmarked entries, and with no row
  at all for two outcomes (1.9, 6.0 partially met). A Word comment
  questioning the claim is not part of the submission.
- Assessment-only route: "there will be an assessment-only route" with a
  red link to a page that does not exist, and the Talk page says the
  University has not agreed it and it is "parked" until after March (2.3
  not met: intention only).
- Reading list only a red link and "[citation needed]" after a general
  claim of up-to-date research; research does appear in a Hub Day session
  and in Piece 2 (1.3 partially met).
- Mentors' handbook a red link; mentor briefing "still working out when";
  tutors are briefed properly (5.7 partially met).
- Stub page "Evaluating impact on pupils": pupil impact only ideas; the
  before-and-after audit measures participants' competence (5.9 partially
  met).
- Page history diff: the special-school placement at Brackenfold School is
  a removed line; the current text only encourages visits and lets
  participants "arrange a visit to a special school through their cluster"
  (5.5 partially met: specialist speakers are real).
- Talk page suggestions never carried into a page: disability disclosure and
  the University Disability Service's assessments, and step-free Circle
  venues (3.1 partially met: the page has only a general commitment and
  accessible Hub venues); a parent seat on the Programme Committee (4.3
  stays met: heads, participants and an Area SENCO sit on the committee,
  the Parent Carer Forum helps deliver); Saturday Hub Days refused.
- Wrong context: the "Checks" section describes CRB checks on tutors and
  mentors, not on candidates, and a Word comment about candidates' CRB is
  not part of the submission (5.3 not met). "Deploying our people" is about
  the Network deploying its tutors and mentors, not participants deploying
  staff; no outcome row or Piece covers deploying staff (6.S4 not met).
  "Formative work (not marked)" is the course's own formative work, not
  participants encouraging formative assessment in their schools, which is
  nowhere (6.S2c not met).
- "After the award" is only a hope; Hub Day 8's "where next" appears only
  as a calendar focus (2.5 partially met).
- Resources: only library membership by post, e-journals and DalesNet; no
  specialist SEN or assistive resources (5.6 partially met).
- Outcome map rows with "—" in "How it's checked" (6.K4, 6.S2d), marked
  "not marked" (6.A3 learning log, 6.K9 Circle task): partially met; a row
  with dashes in both columns (6.A7 not met).
- Met despite looking like traps: E.1 (validation event fixed, University
  confers), 4.2 (a "What we changed because of it" list and Talk page
  decisions), 3.3 (forum rota, Circle areas, DalesNet school mail).
"""
from pathlib import Path
import copy
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
NAME = "fg-01-askerdale-wiki"
WIKI = "http://wiki.askerdalessn.org.uk/index.php/"

BLUE = RGBColor(0x06, 0x45, 0xAD)
RED = RGBColor(0xBA, 0x00, 0x00)
GREY = RGBColor(0x55, 0x55, 0x55)

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for s in ("Heading 1", "Heading 2", "Heading 3"):
    doc.styles[s].font.name = "Arial"
    doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
doc.styles["Heading 1"].font.size = Pt(17)
doc.styles["Heading 2"].font.size = Pt(13)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)


# ---------------------------------------------------------------- helpers
def add_hyperlink(par, text, url, color=BLUE, underline=False):
    rid = par.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), str(color))
    rpr.append(c)
    if underline:
        u = OxmlElement("w:u")
        u.set(qn("w:val"), "single")
        rpr.append(u)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    h.append(r)
    par._p.append(h)
    return h


TOKEN = re.compile(r"(\[\[\?[^\]]+\]\]|\[\[[^\]]+\]\]|\*\*[^*]+\*\*|''[^']+''|\{cn\})")


def rich(par, text):
    """Mini wiki markup: [[Page]] blue link, [[?Page]] red link,
    **bold**, ''italic'', {cn} = [citation needed]."""
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if piece.startswith("[[?"):
            name = piece[3:-2]
            add_hyperlink(par, name, WIKI + name.replace(" ", "_") + "?action=edit&redlink=1", RED)
        elif piece.startswith("[["):
            name = piece[2:-2]
            add_hyperlink(par, name, WIKI + "SENCO_Award/" + name.replace(" ", "_"), BLUE)
        elif piece.startswith("**"):
            par.add_run(piece[2:-2]).bold = True
        elif piece.startswith("''"):
            par.add_run(piece[2:-2]).italic = True
        elif piece == "{cn}":
            r = par.add_run("[citation needed]")
            r.font.size = Pt(8)
            r.font.superscript = True
            r.font.color.rgb = BLUE
        else:
            par.add_run(piece)
    return par


def p(text="", style=None, indent=None, after=4):
    par = doc.add_paragraph(style=style)
    rich(par, text)
    par.paragraph_format.space_after = Pt(after)
    if indent is not None:
        par.paragraph_format.left_indent = Cm(indent)
    return par


def bullets(items):
    for it in items:
        par = doc.add_paragraph(style="List Bullet")
        rich(par, it)
        par.paragraph_format.space_after = Pt(2)


def numbered(items):
    for i, it in enumerate(items, 1):
        par = doc.add_paragraph()
        par.paragraph_format.left_indent = Cm(0.9)
        par.paragraph_format.first_line_indent = Cm(-0.6)
        par.paragraph_format.space_after = Pt(2)
        rich(par, f"{i}. " + it)


def page(title, meta, first=False):
    if not first:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(title, level=1)
    m = doc.add_paragraph()
    r = m.add_run(meta)
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    m.paragraph_format.space_after = Pt(8)


def h2(text, edit=True):
    hp = doc.add_heading(text, level=2)
    if edit:
        hp.add_run("  ")
        add_hyperlink(hp, "[edit]", WIKI + "SENCO_Award?action=edit", BLUE)
        # make the [edit] small
        last = hp._p.findall(qn("w:hyperlink"))[-1]
        rpr = last.find(qn("w:r")).find(qn("w:rPr"))
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), "16")
        rpr.append(sz)
    return hp


def categories(*cats):
    par = doc.add_paragraph()
    par.paragraph_format.space_before = Pt(10)
    r = par.add_run("Categories: ")
    r.font.size = Pt(8)
    for i, c in enumerate(cats):
        if i:
            rr = par.add_run(" | ")
            rr.font.size = Pt(8)
        add_hyperlink(par, c, WIKI + "Category:" + c.replace(" ", "_"), BLUE)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, val in enumerate(row):
            cells[j].text = ""
            par = cells[j].paragraphs[0]
            rich(par, val)
            for r in par.runs:
                r.font.size = Pt(9)
                if header and i == 0:
                    r.bold = True
            if header and i == 0:
                shade(cells[j], "EAECF0")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def talk(level, text, sig):
    par = doc.add_paragraph()
    par.paragraph_format.left_indent = Cm(0.8 * level)
    par.paragraph_format.space_after = Pt(3)
    rich(par, text + " \u2014 ")
    # signature: user link + timestamp
    name, stamp = sig
    add_hyperlink(par, name, WIKI + "User:" + name.split(" (")[0].replace(" ", ""), BLUE)
    par.add_run(" " + stamp)


# ---------------------------------------------------------------- header / footer
def field_run(par, instr):
    r1 = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    par.add_run("1")
    r5 = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


hdr = sec.header.paragraphs[0]
hdr.text = "SENCO Award - Askerdale Small Schools Network wiki"
for r in hdr.runs:
    r.font.size = Pt(8)
ftr = sec.footer.paragraphs[0]
ftr.text = WIKI + "SENCO_Award    14/01/2009 16:02    page "
field_run(ftr, "PAGE")
for r in ftr.runs:
    r.font.size = Pt(8)

# ================================================================ covering note
cn = doc.add_paragraph()
r = cn.add_run("Askerdale Small Schools Network")
r.bold = True
r.font.size = Pt(14)
p("with Askerdale County Council Learning and Achievement Service and the University of Carrbridge")
p("Application for approval to deliver nationally accredited training for SENCOs (the National Award for SEN Coordination), January 2009", after=10)
p("**A note for the panel**")
p("We wrote this application on the Network's wiki. Our thirty-one village schools, the Advisory Service and the University are spread across more than nine hundred square miles of Askerdale and beyond, and a wiki let heads, SENCOs, advisers, parents and lecturers write together without an eighty-mile round trip for every meeting. What follows is a print of the pages in the wiki's \u201cSENCO Award\u201d space as they stood at 4 pm on 14 January 2009, in the order of the space's contents list.")
p("We have also printed three Talk pages and one page history, because they show how schools, parents and partners shaped what we propose. Please read the page text as our proposal. The Talk pages record discussion: where a suggestion made there has not found its way onto a page, it is not part of what we are offering.")
p("Links shown in blue lead to pages in this print. Links shown in red lead to pages nobody has written yet; we have left them as they are rather than tidy the print.")
p("Jen Thwaite, Executive Headteacher, Upper Asker Federation, and Chair of the Network", after=0)
p("Dr Ruth Oldroyd, Programme Leader designate, University of Carrbridge", after=0)
p("Pat Kearsley, Senior Adviser (Inclusion), Askerdale Learning and Achievement Service")

# ================================================================ Main page
page("SENCO Award", "From Askerdale Small Schools Network wiki \u00b7 last edited 13 January 2009, 21:14 by JThwaite \u00b7 47 revisions")
table([
    ["Award", "Postgraduate Certificate in SEN Coordination (Small Schools), leading to the National Award for SEN Coordination"],
    ["Credits", "60 credits at Master's level (level 7): three Threads of 20 credits"],
    ["Validating university", "University of Carrbridge, Faculty of Education. Participants register as Carrbridge students and the University's Board of Examiners confers the award."],
    ["Validation", "Carrbridge validation event fixed for 4 March 2009; first cohort September 2009"],
    ["Places", "24 a year, two starts (September and January)"],
    ["Fee", "\u00a31,650 a participant; half met from the Network's pooled Standards Fund"],
    ["Contact", "Network Office, Garsby Church of England Primary School"],
], widths=[4, 12], header=False)

h2("What this is")
p("This space is where the Network, the Advisory Service and Carrbridge are writing our bid to the TDA for approval to run the national award for new SENCOs. From September 2009 a teacher newly taking on the SENCO role will need to gain the award. In a school of forty children the SENCO is very often the head, or the teaching head, or a part-time teacher shared with two other schools, and until now the nearest accredited course has been in Carrbridge, two hours' drive each way for some of us.")
h2("The programme in one paragraph")
p("The Dales route is a one-year part-time Postgraduate Certificate (it can stretch to eighteen months) built around the SENCO's own school. Participants come together on eight Hub Days at hub schools in Garsby and Aldham Bridge and one day at Carrbridge. Between Hub Days they meet fortnightly in a Cluster Circle of three to five SENCOs from neighbouring schools, with a Cluster Mentor, and they use DalesNet, the County's learning platform, for readings, recorded talks and the Thread forums. Everything they write is about their own school and their own pupils. The point of it, written into our aims and tested in every assessed Piece, is that children with SEN and/or disabilities in our schools do better: in their learning, and in being healthy, staying safe, enjoying school, having a say and being ready for what comes next.")
p("Every national outcome is assessed. (See [[Outcomes map]].)")
h2("Pages in this space")
bullets([
    "[[Why a small-schools route]]: what schools, parents and the County told us",
    "[[Aims and shape of the course]]",
    "[[Hub Day calendar 2009-10]]",
    "[[Entry and selection]]",
    "[[Prior learning]]",
    "[[Flexibility and access]]",
    "[[Working in your own school]]",
    "[[Assessment and the award]]",
    "[[Outcomes map]]",
    "[[Staff and tutors]]",
    "[[Quality and evaluation]]",
    "[[After the award]]",
    "[[?Reading list]]",
    "[[?Mentors' handbook]]",
])
categories("SENCO Award", "Bid 2009")

# ================================================================ Why
page("Why a small-schools route", "From Askerdale Small Schools Network wiki \u00b7 last edited 8 January 2009, 17:52 by PKearsley \u00b7 12 revisions")
h2("What schools told us")
p("In October 2008 the Network Office sent a short questionnaire to the heads of all 31 Network schools and of the 14 other Askerdale primaries with fewer than 100 pupils. 38 of the 45 replied.")
table([
    ["Question", "What heads said"],
    ["Who is your SENCO?", "Head or teaching head: 19. Class teacher: 12. A teacher shared with other schools: 7."],
    ["Has your SENCO any accredited SEN training?", "Yes: 9. No: 29."],
    ["How far is your school from Carrbridge?", "Median 54 miles; furthest 83 miles."],
    ["Could your SENCO be released for whole days?", "Up to 10 days a year: 27. Only if cover is funded: 33."],
    ["What matters most in a course? (top three)", "Children with several needs in mixed-age classes (31). Getting outside agencies when they are an hour away (28). Leading staff when \u201cthe staff\u201d is two teachers and four TAs (24)."],
], widths=[6, 10])
h2("What the County's data showed")
p("Pat pulled the County's SEN data for January 2008. In Network schools 21% of pupils are on the SEN register (County 19%) and 2.6% have a statement (County 2.3%). Waiting times for speech and language therapy in the upper dale averaged 31 weeks. Three of the last five Ofsted reports on Network schools named the tracking of pupils with SEN as something to improve.")
h2("What parents told us")
p("Kath Morland of the Askerdale Parent Carer Forum ran a session at the Forum's November meeting in Kelderby village hall; sixteen parents came. Their main messages: \u201cIn a tiny school everyone knows my son's business, and I need the SENCO to handle that well\u201d; \u201cTell us what the plan is, in writing, and ask us before it changes\u201d; \u201cDon't make us drive to Garsby for every review.\u201d")
h2("What we changed because of it")
bullets([
    "Hub Days are held in Garsby and Aldham Bridge, not Carrbridge, so that no participant drives more than 35 miles. (The University first proposed six days on campus.)",
    "Release was cut from twelve days to eight Hub Days and one campus day, with the rest of the contact in twilight Cluster Circles, because 27 heads said ten days was the most they could cover.",
    "Thread 2 now gives part of Hub Day 4 to mixed-age classes and pupils with several needs.",
    "The Parent Carer Forum leads part of Hub Day 7, on confidentiality and keeping families informed in small communities, and Piece 2 now asks participants to meet the family of at least one pupil in their enquiry group.",
    "The speech and language waiting times led to a Hub Day session with the PCT's speech and language therapists.",
])
categories("SENCO Award", "Bid 2009", "Stakeholders")

# ================================================================ Aims
page("Aims and shape of the course", "From Askerdale Small Schools Network wiki \u00b7 last edited 11 January 2009, 22:40 by ROldroyd \u00b7 23 revisions")
h2("Aims")
p("The programme aims to:")
numbered([
    "raise the achievement and improve the well-being of children and young people with SEN and/or disabilities in participants' schools, across all five Every Child Matters outcomes and not only in test results;",
    "give new SENCOs in small schools the knowledge, understanding and skills of the national outcomes, so that they can lead provision where they are also head, class teacher or shared between schools;",
    "make participants confident in working with pupils, families, colleagues, governors and services to protect and include children;",
    "root every piece of learning in the participant's own school and test it there.",
])
p("Aims 1 and 4 are carried into assessment: each Piece must include evidence about named (anonymised) pupils and what changed for them, and the marking grids for all three Pieces have a criterion on it (see [[Assessment and the award]]).")
p("The course draws on up-to-date research and inspection findings throughout.{cn}")
h2("The three Threads")
p("**Thread 1: The SENCO, the law and the school** (20 credits; September to December; Hub Days 1 to 3). The SEN Code of Practice (2001) and its Toolkit; the Education Act 1996 as amended by the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 and 2005, the disability equality duty, the school's accessibility plan and disability equality scheme; Every Child Matters and the Children Act 2004; Removing Barriers to Achievement (2004); the 2008 regulations on the SENCO's role; the Inclusion Development Programme; school self-evaluation, the SEF and the SENCO's part in it; the SENCO, the head and the governors in a federation. Assessed by Piece 1.")
p("**Thread 2: Teaching, learning and provision** (20 credits; January to April; Hub Days 4 to 6). How children develop and what can affect development (Hub Day 4, with the Educational Psychology Service); the main kinds of need: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties; mixed-age classes and children with several needs; assessment: reading other professionals' reports, P scales, national tests, the school's tracking; provision mapping; interventions and how to judge whether they work; ICT and access technology; what research says works (Hub Day 5 has a session with Carrbridge's reading research group). Assessed by Piece 2.")
p("**Thread 3: Working with others** (20 credits; April to July; Hub Days 7 and 8 and the Carrbridge day). Hearing the child: pupil conferences, Talking Mats and pupil-led reviews; families and the village school; leading and developing colleagues: observation and feedback, coaching, modelling, running a staff meeting; services and agencies in a rural county (\u201cWho's who in Askerdale\u201d); voluntary organisations. Assessed by Piece 3.")
h2("How the contact works")
bullets([
    "**Hub Days**: 9.15 to 3.30 at Garsby CE Primary or Aldham Bridge Primary, both of which have a hall, break-out rooms and a video-conference suite. Supply cover is paid from the Network pool at \u00a3160 a participant a day.",
    "**Carrbridge day**: one Saturday in June on campus, with a library induction and the research poster session.",
    "**Cluster Circles**: fortnightly, 4.00 to 5.45 pm, in participants' schools in turn, or by video link when the tops are snowed in. Each Circle has three to five participants from neighbouring clusters and a Cluster Mentor, and works on a task the Thread tutor sets on DalesNet (for example: bring your provision map; bring one anonymised IEP and the review notes).",
    "**DalesNet**: each Thread has a course area with the readings, recordings of the Hub Day talks, a forum and the Piece briefs.",
])
categories("SENCO Award", "Bid 2009", "Programme")

# ================================================================ Calendar
page("Hub Day calendar 2009-10", "From Askerdale Small Schools Network wiki \u00b7 last edited 12 January 2009, 08:05 by DNuttall \u00b7 9 revisions")
p("Dates for the September 2009 cohort. All Hub Days run 9.15 to 3.30.")
table([
    ["Day", "Date", "Venue", "Focus", "Led by"],
    ["Hub Day 1", "Fri 25 Sept 2009", "Garsby", "Starting out: the role, the Code of Practice, starting conversations", "R Oldroyd, P Kearsley"],
    ["Hub Day 2", "Fri 16 Oct", "Aldham Bridge", "SEN and disability law; the disability equality duty; the SENCO's time", "I Shah; County Legal Services"],
    ["Hub Day 3", "Fri 27 Nov", "Garsby", "Every Child Matters; self-evaluation and the SEF; working with governors", "P Kearsley; chair of governors, Three Becks Federation"],
    ["Hub Day 4", "Fri 22 Jan 2010", "Aldham Bridge", "Child development; kinds of need (1); mixed-age classes", "Educational Psychology Service; A Pell"],
    ["Hub Day 5", "Fri 26 Feb", "Garsby", "Kinds of need (2); what works: research on interventions", "I Shah; Carrbridge reading research group"],
    ["Hub Day 6", "Fri 19 Mar", "Aldham Bridge", "Assessment and tracking; provision mapping; KS2 test arrangements", "D Nuttall; Advisory Service Assessment Team"],
    ["Hub Day 7", "Fri 30 Apr", "Garsby", "Who's who in Askerdale: services and agencies; families (Parent Carer Forum)", "P Kearsley; K Morland; PCT speech and language therapists"],
    ["Carrbridge day", "Sat 12 June", "University of Carrbridge", "Library; research posters", "R Oldroyd"],
    ["Hub Day 8", "Fri 9 July", "Aldham Bridge", "Leading colleagues; preparing for the Professional Conversation; where next", "R Oldroyd; J Thwaite"],
], widths=[2.2, 2.6, 2.6, 5.6, 3.4])
p("The January cohort uses the same days in a different order: Thread 2 (Hub Days 4 to 6) from January, then Thread 3, then Thread 1 in the autumn term.")
categories("SENCO Award", "Bid 2009", "Dates")

# ================================================================ Entry
page("Entry and selection", "From Askerdale Small Schools Network wiki \u00b7 last edited 9 January 2009, 19:31 by JThwaite \u00b7 19 revisions")
h2("Who can apply")
bullets([
    "a qualified teacher in a Network school or another Askerdale primary or special school (schools outside the County can buy any places left);",
    "who is the school's SENCO, or will take the role on within the year, or shares it across a federation;",
    "with the written support of the head (or, where the applicant is the head, of the chair of governors), including release for the Hub Days.",
])
h2("How we decide")
numbered([
    "Application form with the head's (or chair's) supporting statement, by 30 June for a September start or 31 October for January.",
    "The applicant completes the starting audit, \u201cWhere am I now?\u201d (below), and sends it with the form.",
    "Ruth and Pat read each application together. Where the audit or the statement suggests the applicant may not be able to reach the outcomes within the course, usually because they are not yet in a position to lead change in their school, we phone the applicant and then the head.",
    "If an applicant is not ready we say so, offer a Getting Ready plan (the Advisory Service's two-day New to SEN course, a term working alongside their Area SENCO and the Thread 1 readings) and agree with the head when they should reapply.",
])
h2("Starting audit and Route Plan")
p("\u201cWhere am I now?\u201d lists all the national outcomes in our own words, each with a four-point scale (new to me / some experience / confident / could teach it) and a box for evidence. Applicants give an example for anything they rate 3 or 4, because people tend to rate themselves higher on things they learnt some years ago; the law on SEN is the usual one.")
p("At Hub Day 1 each participant has a thirty-minute starting conversation with their Thread tutor and Cluster Mentor. Together they agree a Route Plan: the three to five outcomes the participant most needs to work on, what the Circle tasks and mentor visit will concentrate on for them, the focus of their Piece 2 enquiry, and any prior learning to be claimed. The Route Plan sits on DalesNet and is reviewed at the end of each Thread.")
h2("Checks")
checks = p("All our tutors and mentors visit schools, so the Advisory Service and Carrbridge hold a current enhanced CRB disclosure for every one of them and renew it every three years. The Network Office keeps the list.")
categories("SENCO Award", "Bid 2009", "Admissions")

# ================================================================ Prior learning
page("Prior learning", "From Askerdale Small Schools Network wiki \u00b7 last edited 5 January 2009, 08:58 by ROldroyd \u00b7 8 revisions")
h2("Credit for what you have already done")
p("Carrbridge's regulations for the accreditation of prior learning apply.")
bullets([
    "**Certificated learning**: up to 20 credits at Master's level gained in the last five years (for example Carrbridge's SpLD module, or an Open University module on SEN) can be matched against one Thread, normally Thread 2. The participant sends a mapping to the Programme Leader and Carrbridge's APL panel decides.",
    "**Experience**: a participant who has, for example, led a federation's SEN review or worked in a County support service can make an experiential claim against one Thread: a 3,000-word claim mapped to that Thread's outcomes, with evidence, assessed by two tutors and seen by the external examiner. Claims are made before the end of the participant's first Thread.",
    "Prior learning that is not credited still counts: it shapes the Route Plan (see [[Entry and selection]]).",
])
h2("For people who already meet all the outcomes")
p("For the rare candidate who already meets every outcome, an experienced Area SENCO say, there will be an assessment-only route (see [[?Assessment-only route]]).")
categories("SENCO Award", "Bid 2009", "Admissions")

page("Talk:Prior learning", "From Askerdale Small Schools Network wiki \u00b7 last edited 6 January 2009, 21:03 by ROldroyd")
h2("Assessment-only")
talk(0, "Has anyone started the assessment-only page? Two Area SENCOs have asked me about it already.", ("Deborah Nuttall", "14:02, 17 December 2008 (GMT)"))
talk(1, "Not yet. Carrbridge's Academic Registry say an assessment-only award needs its own regulations, and they want to know who examines it and what it costs before the validation event. I don't think we'll have it for September.", ("Ruth Oldroyd", "09:15, 18 December 2008 (GMT)"))
talk(2, "Could we just let them do Piece 3 and the portfolio?", ("Malcolm Irving", "19:40, 18 December 2008 (GMT)"))
talk(3, "Not without covering all the outcomes, Malcolm. Parking this until after March.", ("Ruth Oldroyd", "08:51, 5 January 2009 (GMT)"))
h2("Experience claims")
talk(0, "Can a head who has done NPQH claim against Thread 1?", ("Susan Haigh", "16:20, 6 January 2009 (GMT)"))
talk(1, "Only if the claim shows the SEN outcomes, not leadership in general. Happy to look at a draft.", ("Ruth Oldroyd", "21:03, 6 January 2009 (GMT)"))

# ================================================================ Flexibility
page("Flexibility and access", "From Askerdale Small Schools Network wiki \u00b7 last edited 10 January 2009, 13:12 by JThwaite \u00b7 15 revisions")
h2("Starting and pacing")
bullets([
    "Two starts a year: September (Thread 1 first) and January (Thread 2 first, then Thread 3, then Thread 1).",
    "Participants normally finish in twelve months. Anyone can take up to eighteen, for example to move a Piece into the next term after an Ofsted inspection or an illness, with the Programme Leader's agreement.",
    "Missed a Hub Day? The talks are recorded and go on DalesNet within a week, and your Cluster Mentor goes through the day's task with you at the next Circle.",
    "Snow: if the roads over the tops are closed, the Hub Day goes ahead by video link from the hub school to any Network school with a link (22 of our 31 have one), and Circles meet online.",
])
h2("Online support")
p("DalesNet is the County's learning platform, which every Network school already uses. For the course it gives:")
bullets([
    "a forum for each Thread, where the Thread tutor answers questions within two working days (Ruth, Imran and Pat share a rota so that there is cover in the holidays);",
    "a private area for each Cluster Circle, where the mentor posts the task before each meeting and participants post work and questions between meetings;",
    "the Route Plan and the learning log, shared with the participant's tutor and mentor;",
    "messages to heads: the Network Office uses DalesNet's school mail to tell heads about dates, cover claims and their SENCO's Route Plan reviews, and tutors use it to arrange mentor visits.",
])
p("Broadband in the upper dale is poor. Where a participant's school cannot stream the recordings, the Office posts them out on DVD.")
h2("Resources")
p("Every participant is registered as a Carrbridge student, with library borrowing by post and e-journals through Athens. The readings for each Thread are on DalesNet.")
h2("Disability and access")
p("We want everyone to be able to take part fully. Both Hub venues are step-free, the Garsby suite has an induction loop, and we will make reasonable adjustments for disabled participants.")
categories("SENCO Award", "Bid 2009", "Access")

page("Talk:Flexibility and access", "From Askerdale Small Schools Network wiki \u00b7 last edited 5 January 2009, 08:30 by ROldroyd")
h2("Disability")
talk(0, "The Carrbridge Disability Service can assess the needs of any participant registered with the University and arrange extra time, other formats and so on. Should we say that the application form asks about disability and that anyone who tells us is offered a meeting with them? And Low Garth's hall isn't step-free, so no Circle meetings there if someone needs it?", ("Imran Shah", "11:30, 19 December 2008 (GMT)"))
talk(1, "Yes please, Imran, can you add it to the page?", ("Jen Thwaite", "17:45, 19 December 2008 (GMT)"))
h2("Saturday Hub Days?")
talk(0, "Teaching heads would rather give up Saturdays than find cover.", ("Susan Haigh", "20:12, 2 January 2009 (GMT)"))
talk(1, "Carrbridge can't staff eight Saturdays. We've kept one (the campus day).", ("Ruth Oldroyd", "08:30, 5 January 2009 (GMT)"))

# ================================================================ Own school
page("Working in your own school", "From Askerdale Small Schools Network wiki \u00b7 last edited 7 January 2009, 14:05 by JThwaite \u00b7 21 revisions")
h2("Practice at the centre")
p("Everything assessed on the course is done in the participant's own school (or, for a shared SENCO, in one of their schools, agreed in the Route Plan).")
bullets([
    "Piece 1: review your school's SEN provision and present what you propose to your head and governors.",
    "Piece 2: plan, run and evaluate an intervention with a small group of pupils over at least eight weeks.",
    "Piece 3: lead the development of colleagues and show what changed.",
])
p("Between Hub Days the Circle tasks are practical: bring your provision map; observe a colleague teaching a pupil on your register and bring the feedback you gave; hold a pupil conference with one child using Talking Mats and bring the record.")
h2("Cluster Mentors")
p("Each Circle has a Cluster Mentor: an experienced SENCO from a Network school or one of the County's four Area SENCOs. Mentors run the Circle, visit each participant's school once a Thread (half a day: a learning walk, a look at the provision map, a conversation with the head) and sign the practice record in the portfolio. Mentors are paid for four days a year from the Network pool.")
h2("Seeing other practice")
p("Small schools can be lonely places for a SENCO, and we encourage participants to see practice elsewhere when their school can release them: a larger primary in Garsby or Aldham Bridge with a resource base, or a Network school that is strong in the area they are working on. Participants may also arrange a visit to a special school through their cluster.")
p("Specialists teach on the Hub Days: educational psychologists (Hub Day 4), the PCT's speech and language therapists (Hub Day 7), the Sensory Support Service, the County's Behaviour Support Team, and the Parent Carer Forum.")
categories("SENCO Award", "Bid 2009", "Programme")

page("Working in your own school: Difference between revisions", "From Askerdale Small Schools Network wiki \u00b7 page history")
dt = table([
    ["Revision as of 16:40, 28 November 2008 (PKearsley)", "Current revision as of 14:05, 7 January 2009 (JThwaite)"],
    ["Edit summary: added Brackenfold", "Edit summary: Brackenfold can't take participants this year \u2013 removed, see email from their head"],
    ["Line 31:", "Line 31:"],
    ["Small schools can be lonely places for a SENCO, and we encourage participants to see practice elsewhere when their school can release them.", "Small schools can be lonely places for a SENCO, and we encourage participants to see practice elsewhere when their school can release them."],
    ["\u2212 Every participant spends two days at Brackenfold School, the County's special school for pupils with severe and complex needs, shadowing its SENCO and a class teacher. Brackenfold's deputy head arranges the days and briefs participants beforehand.", "+ Participants may also arrange a visit to a special school through their cluster."],
], widths=[8, 8])
shade(dt.rows[4].cells[0], "FFE49C")
shade(dt.rows[4].cells[1], "D8ECFF")

# ================================================================ Assessment
page("Assessment and the award", "From Askerdale Small Schools Network wiki \u00b7 last edited 12 January 2009, 22:17 by ROldroyd \u00b7 31 revisions")
h2("The three Pieces")
table([
    ["Piece", "What you do", "Length", "When"],
    ["Piece 1: Provision Review (Thread 1)", "Review how your school identifies, plans for and tracks pupils with SEN and/or disabilities: the SEN policy and practice against the Code of Practice and the disability duties, including the accessibility plan and disability equality scheme; three years of the school's data for pupils with SEN (KS1 and KS2 results, P scales, the school's own tracking); the school's provision map, with any provision that is missing or not working; how SEN fits the SEF and the Every Child Matters outcomes. Present your proposals to the head and governors (or the federation committee) and include their written response.", "4,000 words and appendices", "December (January cohort: the following autumn)"],
    ["Piece 2: Practice Enquiry (Thread 2)", "With a group of two to six pupils, use other professionals' assessments and advice and your own assessment to set targets, plan and run an intervention of at least eight weeks, and review progress with the pupils. Include the record of a pupil conference with at least one pupil and notes of a meeting with at least one family. Set the enquiry in published research and say what you would do differently.", "5,000 words", "April"],
    ["Piece 3: Professional Conversation (Thread 3)", "A forty-minute recorded conversation with your Thread 3 tutor and a second assessor (a Cluster Mentor or a head from another cluster) about your portfolio: a staff session you ran, two records of observation and feedback, a coaching log, and notes of a multi-agency meeting you organised or chaired. The assessors also give you two case dilemmas on the day, one about a kind of need other than the one in your Piece 2.", "40 minutes and portfolio", "July"],
], widths=[3.2, 8.8, 2, 2.4])
h2("Passing and the award")
p("Each Piece is marked against Carrbridge's Master's-level criteria and its own marking grid, which includes the criterion on evidence about pupils. The pass mark is 50. To gain the Postgraduate Certificate and the National Award a participant must pass all three Pieces. A failed Piece can be resubmitted once within three months, with the mark capped at 50.")
h2("Marking and moderation")
bullets([
    "Every Piece is first-marked by the Thread tutor using the Piece's marking grid.",
    "A tutor from the other partner (Carrbridge or the Advisory Service) blind second-marks all fails, all marks of 70 or more and a further 20% sample. The two agree a mark, or the Programme Leader decides.",
    "Piece 3 always has two assessors in the room, and the recording is kept for the external examiner.",
    "Before each Piece is marked, all the markers meet (or join by video link) to mark two anonymised scripts from the previous cohort together and agree the standard.",
    "Carrbridge appoints an external examiner for the programme, who sees a sample of every Piece and all fails and reports to the University's Board of Examiners, which confirms marks and the award.",
])
h2("Formative work (not marked)")
p("The learning log on DalesNet and the Circle tasks are for learning, not for marks. Tutors and mentors comment on them, and mentors use them in the Route Plan reviews.")
categories("SENCO Award", "Bid 2009", "Assessment")

# ================================================================ Outcomes map
page("Outcomes map", "From Askerdale Small Schools Network wiki \u00b7 last edited 12 January 2009, 23:02 by ROldroyd \u00b7 17 revisions")
p("The national outcomes in our own shorthand, where on the course each is worked on, and how it is checked. P1, P2 and P3 are the Pieces; HD is a Hub Day; CC is a Cluster Circle.")
rows = [
    ["Outcome (our shorthand)", "Where we work on it", "How it's checked"],
    ["PROFESSIONAL ATTRIBUTES", None, None],
    ["Fair, respectful relationships with pupils with SEN and their families", "Thread 3; HD7 (with the Parent Carer Forum)", "P2 (pupil conference and family meeting records)"],
    ["Winning the commitment of colleagues, the head and governors", "Thread 1; HD3", "P1 (presentation to head and governors, with their written response)"],
    ["Prioritising, managing time, delegating", "HD2 (\u201cthe SENCO's time\u201d); CC", "Learning log (not marked)"],
    ["Solving problems and making sound decisions about provision", "Thread 3; CC case discussions", "P3 (case dilemmas)"],
    ["Speaking and writing clearly; listening to others", "All Threads", "P1 and P2 (written); P3 (spoken)"],
    ["Using research and outside advice to improve practice", "Thread 2; HD5; Carrbridge day", "P2 (research base of the enquiry)"],
    ["Keeping up to date; own CPD", "\u2014", "\u2014"],
    ["KNOWLEDGE AND UNDERSTANDING", None, None],
    ["SEN law, the Code of Practice and putting them into practice", "Thread 1; HD1 and HD2", "P1"],
    ["Every Child Matters and the SENCO's part in it", "Thread 1; HD3", "P1"],
    ["Disability equality law and what it requires of the school", "Thread 1; HD2", "P1 (accessibility plan and disability equality scheme)"],
    ["How children develop and what affects development", "HD4 (Educational Psychology Service)", "\u2014"],
    ["The main kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD)", "HD4 and HD5; DalesNet quizzes", "P2 (the pupils' needs); P3 (a dilemma on another kind of need)"],
    ["Approaches, strategies and resources, including ICT, and a critical view of them", "Thread 2", "P2"],
    ["School self-evaluation and improvement", "Thread 1; HD3", "P1 (links to the SEF)"],
    ["Best practice and research on meeting SEN", "HD5; Carrbridge day", "P2"],
    ["External agencies and how to get specialist help", "HD7 (\u201cWho's who in Askerdale\u201d)", "CC task: a map of local services (commented on, not marked)"],
    ["SKILLS", None, None],
    ["Leading an inclusive ethos, policies and use of resources with the head and governors", "Thread 1", "P1"],
    ["Identifying needs, setting targets, planning interventions, reviewing progress", "Thread 2", "P2"],
    ["\u2013 using other professionals' assessments", "HD4; HD6", "P2"],
    ["\u2013 using summative data and national tests to track progress", "HD6", "P1 (three-year data analysis)"],
    ["\u2013 special arrangements for national tests", "HD6 (KS2 test arrangements)", "\u2014"],
    ["Provision mapping; spotting missing or ineffective provision", "HD6; CC", "P1 (provision map)"],
    ["Developing colleagues: observation and feedback, modelling, coaching, training", "Thread 3; HD8", "P3 (portfolio)"],
    ["Reviewing provision with colleagues for self-evaluation", "Thread 1", "P1"],
    ["Involving pupils in planning and reviewing their provision", "Thread 3; CC (Talking Mats task)", "P2 (pupil conference)"],
    ["Working with parents and carers", "Thread 3; HD7", "P2 (family meeting)"],
    ["Working with other services and voluntary organisations", "HD7", "P3 (multi-agency meeting notes)"],
]
t = doc.add_table(rows=0, cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    cells = t.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[1]).merge(cells[2])
        m.text = ""
        rr = m.paragraphs[0].add_run(row[0])
        rr.bold = True
        rr.font.size = Pt(9)
        shade(m, "F2F2F2")
        continue
    for j, val in enumerate(row):
        cells[j].text = ""
        rr = cells[j].paragraphs[0].add_run(val)
        rr.font.size = Pt(9)
        if i == 0:
            rr.bold = True
            shade(cells[j], "EAECF0")
for row in t.rows:
    for j, w in enumerate([7, 4.6, 4.8]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()
categories("SENCO Award", "Bid 2009", "Assessment")

# ================================================================ Staff
page("Staff and tutors", "From Askerdale Small Schools Network wiki \u00b7 last edited 10 January 2009, 20:47 by PKearsley \u00b7 14 revisions")
h2("Who teaches")
table([
    ["Name", "Role on the course", "Background"],
    ["Dr Ruth Oldroyd", "Programme Leader; Thread 3 tutor", "Senior Lecturer in Inclusive Education, University of Carrbridge. SENCO in two rural primaries for nine years; PhD (2005) on the SENCO role in small schools; external examiner for another university's MA in SEN."],
    ["Pat Kearsley", "Thread 1 tutor", "Senior Adviser (Inclusion), Askerdale Learning and Achievement Service. Former head of a 60-pupil school; MA in Special and Inclusive Education; leads the County's SEN audit and its moderation."],
    ["Dr Imran Shah", "Thread 2 tutor", "Lecturer in Education, University of Carrbridge. Speech and language therapist before training as a teacher; led the 2007-08 study of language interventions in Network schools."],
    ["Andrew Pell", "Hub Day tutor (specific learning difficulties)", "Advisory Teacher for SpLD, Askerdale. AMBDA; OCR Diploma in teaching learners with SpLD."],
    ["Deborah Nuttall", "Hub Day tutor (assessment and provision mapping); Cluster Mentor", "Area SENCO for the upper dale; SENCO in a three-school federation 2001 to 2007; Postgraduate Diploma in SEN."],
    ["Cluster Mentors (eight in 2009-10)", "Run Circles; visit schools; sign practice records", "Experienced SENCOs from Network schools, each with at least three years as a SENCO and an accredited SEN qualification, and the County's four Area SENCOs."],
], widths=[3.4, 4.2, 8.8])
p("Tutors keep up to date through Carrbridge's research seminars and the Inclusion Team's termly development days. Ruth and Imran each have a research day a week.")
h2("How tutors and mentors are briefed")
p("Tutors meet at the start of each Thread to go through the Piece briefs, the marking grids and the moderation dates, and every marker attends Carrbridge's half-day Partnership Tutor training on Master's-level marking before they first mark.")
p("Cluster Mentors will be given a handbook (see [[?Mentors' handbook]]) and a briefing before their first Circle; we are still working out when.")
h2("Deploying our people")
p("The Network Office deploys tutors and mentors so that no one travels more than an hour to a Circle. Jen manages the mentors' time, and the Advisory Service manages its advisers' time through its work plan. If a mentor is ill, a mentor from the next cluster covers the Circle, or it meets by video link.")
categories("SENCO Award", "Bid 2009", "Staffing")

# ================================================================ Quality
page("Quality and evaluation", "From Askerdale Small Schools Network wiki \u00b7 last edited 12 January 2009, 21:40 by JThwaite \u00b7 11 revisions")
h2("How we will know how it's going")
p("Inside the course:")
bullets([
    "participants' evaluation of each Hub Day (a paper form on the day) and of each Thread (an online questionnaire on DalesNet);",
    "Cluster Mentors' notes after each school visit, summarised for the Programme Committee;",
    "the tutors' review meeting at the end of each Thread, which looks at the evaluations, the marks and the moderation notes and records changes in the course log.",
])
p("From outside:")
bullets([
    "the external examiner's report each year;",
    "Carrbridge's annual programme monitoring, which goes to the Faculty Quality Committee, and the University's periodic review;",
    "the Inclusion Team's annual SEN audit of Network schools.",
])
h2("Programme Committee")
p("Ruth (chair), Pat, Jen, two more Network heads, an Area SENCO, and two participants elected by each cohort. It meets each term, receives all the evidence above and decides what changes. Its action list is kept on DalesNet, and each change it agrees is carried into the next cohort's Piece briefs, Hub Day plans and this wiki. Heads of participants' schools are sent a short questionnaire at the end of each year, and the Committee reads the replies with the rest.")
h2("Competence and confidence")
p("Participants redo \u201cWhere am I now?\u201d at the end of each Thread and at the end of the course. The Route Plan review compares the new ratings and evidence with the starting audit, and the Programme Committee sees the cohort's before-and-after figures each year.")
h2("Impact on pupils")
p("See [[Evaluating impact on pupils]].")
categories("SENCO Award", "Bid 2009", "Quality")

page("Evaluating impact on pupils", "From Askerdale Small Schools Network wiki \u00b7 last edited 12 January 2009, 21:44 by JThwaite \u00b7 2 revisions")
stub = doc.add_table(rows=1, cols=1)
stub.style = "Table Grid"
c = stub.rows[0].cells[0]
c.text = ""
rich(c.paragraphs[0], "''This page is a stub. You can help the Network wiki by expanding it.''")
shade(c, "F8F9FA")
doc.add_paragraph()
p("We want to know whether children in our schools do better because their SENCO took the course: in progress, attendance, exclusions and how they feel about school. Ideas so far: ask participants for before-and-after figures for their Piece 2 group; look at the Network's SEN data again in two years' time. Please add to this.")
categories("SENCO Award", "Bid 2009", "Quality", "Stubs")

page("Talk:Quality and evaluation", "From Askerdale Small Schools Network wiki \u00b7 last edited 12 January 2009, 21:40 by JThwaite")
h2("Parents on the Programme Committee?")
talk(0, "Could the Parent Carer Forum have a seat on the Programme Committee?", ("Kath Morland", "10:05, 8 December 2008 (GMT)"))
talk(1, "I'd like that. Ruth?", ("Pat Kearsley", "12:30, 8 December 2008 (GMT)"))
talk(2, "Happy in principle. Carrbridge's rules say programme committees are staff and students, so it may have to be an advisory seat. Let's come back to it.", ("Ruth Oldroyd", "18:22, 9 December 2008 (GMT)"))
h2("Pupil data")
talk(0, "Could the County give us the SEN audit figures for participants' schools before and after? Pat?", ("Jen Thwaite", "21:40, 12 January 2009 (GMT)"))

# ================================================================ After the award
page("After the award", "From Askerdale Small Schools Network wiki \u00b7 last edited 3 January 2009, 10:11 by JThwaite \u00b7 3 revisions")
p("We'd like graduates to keep meeting as a dales SENCO network once the course is over, and we hope to say more about what comes next for them when the first cohort reaches the end of the year. Ideas on the Talk page, please.")
categories("SENCO Award", "Bid 2009")

# ---------------------------------------------------------------- comments
claim = None
for par in doc.paragraphs:
    if par.text.startswith("Every national outcome is assessed."):
        claim = par
cm1 = doc.add_comment(claim.runs[0], text="Is this true? Check it against the map before we send. R", author="Ruth Oldroyd", initials="RO")
cm2 = doc.add_comment(checks.runs[0], text="Jen - should we add that heads confirm the candidate's CRB on the nomination form? We don't actually ask them at the moment. Linda (Network Office)", author="Linda Bell", initials="LB")
cm1._comment_elm.set(qn("w:date"), "2009-01-14T16:40:00Z")
cm2._comment_elm.set(qn("w:date"), "2009-01-14T17:05:00Z")

out = HERE / (NAME + ".docx")
doc.save(str(out))
print("wrote", out)
