"""gh-01-brightwater-website: printed pages of a training company's public website, sent whole.

Provider (invented): Brightwater Inclusion Training Ltd, Hexley, Leicestershire, a small
private company with two directors (Helen Ashworth, Colin Radley) and nine associate
trainers. Its "National Award for SENCOs" is a Postgraduate Certificate of 60 Master's
credits validated by Stanbridge University Business School, marketed nationally and
taught on eight study days at regional venues. January 2009.

Layout: a one-page covering letter to the TDA (the only part not from the website, with
quality assurance and a line about associates), then seven website pages "as printed":
each opens with a small grey URL line, a typed navigation bar ("Home | About us | ...")
and a breadcrumb ("You are here: ..."). The overview page is a two-column table (main
text left, a "Quick facts" side block right). Unit pages use "You will learn to:" typed
bullets ("•") and a "How it's assessed" paragraph naming what markers look for; the
national outcomes are never quoted or coded. A dates-and-venues table with a placeholder
cell, a "Meet the team" table of associates, a "What's new" page with news items, an FAQ
in question/answer paragraphs, booking terms in small print. Second-person marketing
voice ("you", "we"). Header and footer carry the site name and "Printed from ...".
No e-learning: the only online element is "Coming in 2010: Brightwater Online".

Traps (requirement ids):
- "Coming in 2010: Brightwater Online" - an online unit only being developed; the
  programme uses no e-learning now, so 3.3 is not_applicable; 3.2 is met by other
  flexibility (two start dates, units 1 and 2 in either order, swap venue, pause).
- Trainers' CRB disclosures on the team page (wrong context) and the FAQ "so we don't
  ask for it" about participants' CRB: 5.3 not_met.
- FAQ "Not at present" on assessment without attendance: 2.3 not_met.
- Prior study credited but "we cannot give credit for experience alone": 2.1 partially_met.
- Self-Review before the course used only to choose optional workshops: no individual
  plan or personalised outcomes: 2.2 partially_met (2.4 met by group size, tutor,
  tutorials, workshop choice, venues, fee).
- No placements or visits ("The Award has no placements or visits"), specialist guest
  speakers only: 5.5 partially_met.
- Covering letter: associates "fully briefed" and "know our course inside out", no
  arrangement: 5.7 partially_met.
- Impact: confidence before/after measured; pupil impact only "looking at ways": 5.9
  partially_met.
- Pupil voice only as one bullet in Unit 2 and a testimonial: 1.5 partially_met; pupil
  involvement taught but left out of Assignment 2's marking: 6.S7 partially_met.
- Blanket FAQ "Every one of the national outcomes for SENCOs is taught and assessed"
  against unit pages that do not assess some: 1.9 and 6.0 partially_met (award rule is
  three assignments plus attendance).
- Taught but not assessed: 6.K9 (Unit 1 bullet, not in Assignment 1), 6.A7 (learning
  log "not marked"), 6.S2c (Unit 2 bullet, not in Assignment 2), 6.A3 (study day 7
  session, not in Assignment 3): partially_met. Child development (6.K4) appears
  nowhere: not_met.
- Past arrangement: the Northshire SENCO Network "ended" in 2008; a steering group is
  only hoped for. 4.3 is still met (participants' evaluations, practitioner and parent
  speakers) - see notes_on_met.
- Header/footer are printing artefacts, never evidence.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("gh-01-brightwater-website.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(9.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)

GREY = RGBColor(0x80, 0x80, 0x80)
TEAL = RGBColor(0x00, 0x6E, 0x7F)


def p(text="", bold=False, size=None, color=None, italic=False, after=4, container=None):
    c = container if container is not None else doc
    para = c.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    para.paragraph_format.space_after = Pt(after)
    return para


def bullets(items, container=None):
    for it in items:
        p("\u2022  " + it, container=container, after=2)


def add_field(run_parent, instr):
    r = run_parent.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = run_parent.add_run()
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr; r2._r.append(t)
    r3 = run_parent.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "separate"); r3._r.append(e)
    run_parent.add_run("1")
    r4 = run_parent.add_run()
    e2 = OxmlElement("w:fldChar"); e2.set(qn("w:fldCharType"), "end"); r4._r.append(e2)


def page_top(url, crumb, title):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p(url, size=7.5, color=GREY, after=2)
    p("Home  |  About us  |  Courses  |  National Award for SENCOs  |  Venues  |  News  |  Contact us",
      size=8, color=TEAL, after=2)
    p("You are here: " + crumb, size=7.5, color=GREY, after=8)
    p(title, bold=True, size=16, color=TEAL, after=6)


def subhead(text, container=None):
    p(text, bold=True, size=11, color=TEAL, after=3, container=container)


def table(rows, widths=None, header=True, size=8.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            r.bold = header and i == 0
            if widths:
                cell.width = Cm(widths[j])
    p(after=4)
    return t


# header / footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hr = hp.add_run("Brightwater Inclusion Training  \u2013  National Award for SENCOs")
hr.font.size = Pt(7.5); hr.font.color.rgb = GREY
fp = sec.footer.paragraphs[0]
fr = fp.add_run("Printed from www.brightwater-training.co.uk on 14/01/2009 at 16:42     Page ")
fr.font.size = Pt(7.5); fr.font.color.rgb = GREY
add_field(fp, "PAGE")

# ---------------------------------------------------------------- covering letter
p("BRIGHTWATER INCLUSION TRAINING LTD", bold=True, size=13, color=TEAL, after=0)
p("7 Tanners Yard, Hexley, Leicestershire LE17 4QP   \u2022   01455 208 317   \u2022   office@brightwater-training.co.uk",
  size=8, after=0)
p("Directors: Helen Ashworth BEd MA   \u2022   Colin Radley BA MEd NPQH   \u2022   Registered in England no. 5123478",
  size=8, after=12)
p("The SENCO Training Approval Panel\nTraining and Development Agency for Schools\n151 Buckingham Palace Road\nLondon SW1W 9SZ", after=8)
p("15 January 2009", after=8)
p("Dear Colleagues", after=6)
p("Application for approval: Brightwater National Award for SENCOs (validated by Stanbridge University Business School)",
  bold=True, after=6)
p("Schools find everything they need to know about our courses on our website, and we have taken a great deal of "
  "care to make the pages for the new Award complete and accurate. Rather than rewrite them in another form, we "
  "enclose the Award pages as they printed on 14 January 2009, in the order a headteacher would normally read them. "
  "Two matters do not appear on the public pages, and we set them out here.")
p("Checking the quality of the Award. ", bold=True, after=2)
p("Every study day ends with a one-page evaluation sheet, which participants complete before they leave. The "
  "directors collate the sheets within a week and send each trainer a summary with any points to act on. At the end "
  "of each unit participants complete a longer unit questionnaire, and each associate trainer is observed teaching "
  "by one of the directors at least once a year, with written feedback. Externally, Stanbridge University Business "
  "School appoints an external examiner, who sees a sample of marked work from every unit and reports to the "
  "University each year, and the Business School's Partnerships Office holds an annual monitoring review of the "
  "programme with us every September. All of this comes together at our course review meeting each July, when the "
  "directors and the lead associates agree the changes for the following year; the changes are listed on the "
  "\u201cWhat\u2019s new\u201d page, so that participants can see what we have done with their comments.")
p("Our associates. ", bold=True, after=2)
p("We work with nine associate trainers, all of whom have led SEN in schools or local authority services (their "
  "details are on the \u201cMeet the team\u201d page). They are all fully briefed on the Award and know our course "
  "inside out.")
p("We would be very happy to provide anything further the Panel needs.", after=8)
p("Yours faithfully", after=14)
p("Helen Ashworth\nDirector, Brightwater Inclusion Training Ltd", after=4)

# ---------------------------------------------------------------- page 1 overview
page_top("http://www.brightwater-training.co.uk/courses/senco-award/index.html",
         "Home > Courses > National Award for SENCOs", "National Award for SENCOs")
ov = doc.add_table(rows=1, cols=2)
ov.style = "Table Grid"
left, right = ov.cell(0, 0), ov.cell(0, 1)
left.width = Cm(11.5); right.width = Cm(5.5)
left.paragraphs[0].add_run("Postgraduate Certificate in Special Educational Needs Coordination \u2013 60 Master\u2019s-level "
                           "credits, validated by Stanbridge University Business School").bold = True
p("New to the SENCO role, or about to take it on? Our Award gives you the knowledge, confidence and practical tools "
  "to lead SEN provision in your school, taught by people who have done the job, on eight study days at a venue "
  "near you.", container=left)
subhead("What the Award is for", left)
p("Everything on the course comes back to one question: what difference will this make to the children and young "
  "people with special educational needs and disabilities in your school? We mean their progress in learning, and "
  "just as much whether they are healthy, safe, enjoying school, making a positive contribution and getting ready "
  "for adult life and work \u2013 the five Every Child Matters outcomes. Each of the three assignments asks you to show "
  "the effect of your work on pupils, and every study day ends with a short school task to try out with your own "
  "pupils and colleagues before the next one.", container=left)
subhead("How the course works", left)
p("The Award has three units of 20 credits each. You come to eight study days (10.00 to 3.30) spread across "
  "roughly a school year, and between the days you carry out school tasks and work on your assignments. You have a "
  "personal tutor for the whole course, who meets you for a face-to-face tutorial at a study day and holds two "
  "further tutorials with you by telephone. Groups are never larger than sixteen. Allowing for reading, school "
  "tasks and writing, the Award represents around 600 hours of study, most of it in your own school.",
  container=left)
subhead("Who validates the Award?", left)
p("Stanbridge University Business School validates the Award under the University\u2019s Professional Development "
  "Framework. Successful participants receive a Postgraduate Certificate from Stanbridge University \u2013 60 credits "
  "at Master\u2019s level (level 7) \u2013 which can count towards the University\u2019s MA in Educational Leadership. "
  "Why a business school? The Business School runs the University\u2019s professional awards for leaders in public "
  "services, and has validated our middle leadership courses since 2006. Its Examination Board confirms every "
  "mark on the Award.", container=left)
right.paragraphs[0].add_run("Quick facts").bold = True
for line in ["Credits: 60 at Master\u2019s level", "Validated by: Stanbridge University Business School",
             "Study days: 8", "Start: September 2009 or January 2010",
             "Venues: Leeds, Birmingham, Bristol, London, Manchester, Reading, Cambridge*",
             "Fee: \u00a31,450 (includes University registration)", "* venue to be confirmed",
             "Book now \u00bb", "Download the brochure (PDF, 1.2 MB)", "Ring us: 01455 208 317"]:
    p(line, container=right, after=2)
p(after=4)

# ---------------------------------------------------------------- page 2 units
page_top("http://www.brightwater-training.co.uk/courses/senco-award/units.html",
         "Home > Courses > National Award for SENCOs > The three units", "The three units")
p("Each unit combines study days, reading, school tasks and one assignment. Most people take the units in the order "
  "below, but you can take Units 1 and 2 the other way round if you start in January.")
subhead("Unit 1 \u2013 The SENCO role, law and policy (20 credits; study days 1 to 3)")
p("This unit is about where the SENCO fits: the law, national guidance and the systems in your own school. We "
  "bring you right up to date \u2013 from the 2001 Code of Practice to the Bercow Review of services for children "
  "with speech, language and communication needs (2008) and the Lamb Inquiry into parental confidence, which "
  "reports in 2009 \u2013 and we look at what Ofsted\u2019s inspection findings on SEN say about what works.")
p("You will learn to:", bold=True, after=2)
bullets([
    "understand what the SEN Code of Practice (2001) and the Special Educational Needs and Disability Act 2001 "
    "require of schools, and put the graduated response (School Action, School Action Plus, statements and annual "
    "reviews) into practice in your school",
    "explain the five Every Child Matters outcomes and the SENCO\u2019s part in the school\u2019s work towards them, "
    "including the Common Assessment Framework and the team around the child",
    "understand the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and "
    "accessibility planning, and what your school has to do about them",
    "understand how school self-evaluation (the SEF, RAISEonline and inspection) works for pupils with SEN, and "
    "use it to set priorities",
    "work with your headteacher, senior team and governors to shape an inclusive SEN policy, priorities and budget",
    "know the services outside school \u2013 educational psychology, specialist teaching services, speech and "
    "language therapy, CAMHS, social care and voluntary organisations \u2013 and how to get their help",
    "keep yourself up to date: we show you the journals, newsletters and networks experienced SENCOs rely on, and "
    "you start a learning log that you keep for the rest of the course",
])
p("How it\u2019s assessed", bold=True, after=2)
p("Assignment 1 (3,000 words) is a review of how well your school meets its duties to pupils with SEN and "
  "disabilities under the SEN Code of Practice, the disability equality duty and Every Child Matters, drawing on "
  "your school\u2019s own self-evaluation. It ends with a short paper for your governors proposing changes to the "
  "school\u2019s SEN policy and priorities. Markers look for accurate knowledge of the law and guidance and what it "
  "means in practice, your use of the school\u2019s self-evaluation evidence, and the quality of your proposals to "
  "governors and senior leaders.")
p("Your learning log is for you: your tutor reads it at tutorials and comments on it, but it is not marked and "
  "does not count towards the Award.")

subhead("Unit 2 \u2013 Teaching, learning and assessment (20 credits; study days 4 to 6)")
p("This unit is about the pupils: understanding their needs, planning well-targeted support and knowing whether "
  "it works. We draw on the Inclusion Development Programme, on Ofsted\u2019s report Inclusion: does it matter where "
  "pupils are taught? (2006) and on recent research on interventions for reading, language and behaviour.")
p("You will learn to:", bold=True, after=2)
bullets([
    "recognise the most common kinds of special educational needs \u2013 behavioural, emotional and social "
    "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
    "autistic spectrum disorders; and moderate learning difficulties \u2013 and how each affects learning",
    "weigh up approaches, strategies and resources for assessing, planning and teaching, including ICT and "
    "assistive technology, and judge which are worth the money",
    "find and use the best evidence from research and from practice about what works for pupils with SEN",
    "identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
    "make use of assessments and reports from educational psychologists, therapists and other professionals when "
    "planning teaching",
    "use summative data \u2013 national curriculum tests, P scales, reading and spelling ages, optional tests \u2013 to "
    "track progress and change programmes that are not working",
    "help colleagues build formative assessment into their lessons, with approaches that work for pupils with SEN",
    "identify in good time the pupils who need access arrangements for national tests and examinations, and make "
    "sure the arrangements are in place",
    "build fair, respectful and supportive relationships with pupils and their parents and carers, and keep "
    "parents properly informed and involved",
    "involve pupils in setting and reviewing their own targets and in saying what helps them",
])
p("How it\u2019s assessed", bold=True, after=2)
p("Assignment 2 (4,000 words) is a case study of two pupils with different needs. For each pupil you bring "
  "together the evidence \u2013 including at least one report from another professional and their national test or "
  "other summative results \u2013 set targets, plan and run an intervention for at least six weeks, review progress "
  "with the pupil\u2019s parents or carers, and decide what happens next, including any access arrangements the "
  "pupil will need for national tests or examinations. Markers look for an accurate account of each pupil\u2019s "
  "needs and of how they affect learning, the quality of your targets and plans, your critical judgement of the "
  "approaches and resources you chose with reference to research, your use of other professionals\u2019 assessments "
  "and of summative data, and the way you worked with parents and carers.")

subhead("Unit 3 \u2013 Leading provision and people (20 credits; study days 7 and 8 and a school project)")
p("This unit is about leadership: making SEN provision work across the whole school, through other people.")
p("You will learn to:", bold=True, after=2)
bullets([
    "map provision across the school, cost it, and spot gaps and provision that is not working",
    "deploy and manage teaching assistants and other staff well",
    "support colleagues\u2019 development through observation and feedback, modelling, coaching and running training",
    "review with colleagues how well provision is working, and feed this into the school\u2019s self-evaluation",
    "work in partnership with other services and agencies, including voluntary organisations",
    "win the commitment of your headteacher, senior leaders and colleagues",
    "prioritise, manage your own time and delegate (study day 7 includes a session on the SENCO\u2019s week)",
    "anticipate problems and make sound, well-founded decisions about provision",
    "communicate clearly in speech and writing, and listen to and understand the views of others",
    "draw on research and outside advice to improve your own practice and your colleagues\u2019",
])
p("How it\u2019s assessed", bold=True, after=2)
p("Assignment 3 has two parts. Part A is a report (4,000 words) on a school development project that you agree "
  "with your headteacher at the start of the unit; your headteacher signs the project agreement and confirms at "
  "the end that the work took place. You plan, carry out and evaluate a change to SEN provision in your school: "
  "you produce and use a provision map, change how staff are deployed, lead at least one training or coaching "
  "session for colleagues, involve at least one outside service or voluntary organisation, and review the results "
  "with colleagues in a form that can go into the school\u2019s self-evaluation. Your report shows the effect on "
  "pupils\u2019 progress and well-being and on colleagues\u2019 practice, how you drew on research and outside advice, "
  "the decisions you made and the problems you met, and how you won the support of your headteacher and "
  "colleagues. Part B is a fifteen-minute presentation of your project to your tutor and your group on study day "
  "8, followed by questions; it is marked on how clearly you explain your work and how you respond to other "
  "people\u2019s views.")

# ---------------------------------------------------------------- page 3 dates and venues
page_top("http://www.brightwater-training.co.uk/courses/senco-award/dates-venues.html",
         "Home > Courses > National Award for SENCOs > Dates and venues", "Dates and venues 2009\u201310")
p("Choose the start date and venue that suit you. Study days run from 10.00 to 3.30 with lunch provided.")
table([
    ["Group", "Venue", "Study day 1", "Study day 8", "Places"],
    ["Leeds A", "The Calder Centre, Wellington Street, Leeds", "24 Sept 2009", "1 July 2010", "16"],
    ["Birmingham A", "Edgbaston Conference Rooms, Hagley Road", "29 Sept 2009", "6 July 2010", "16"],
    ["Bristol A", "Harbourside Learning Centre, Canons Way", "1 Oct 2009", "8 July 2010", "16"],
    ["London A", "The Cavendish Rooms, Gower Street, WC1", "6 Oct 2009", "13 July 2010", "16"],
    ["Manchester B", "Quayside Business Centre, Salford Quays", "21 Jan 2010", "18 Nov 2010", "16"],
    ["Reading B", "Kennet House, Kings Road", "26 Jan 2010", "23 Nov 2010", "16"],
    ["Cambridge B", "[venue to be confirmed]", "[TBC]", "[TBC]", "16"],
], widths=[2.5, 6, 2.6, 2.6, 1.3])
subhead("Flexible by design")
p("You can start in September or January. If you start in January, you can take Unit 2 before Unit 1, and many "
  "January starters do. If you cannot make one of your study days, you can come to the same day at another venue "
  "at no extra cost, subject to space. And if something happens in your school or your life, you can pause "
  "between units and pick up again with a later group, as long as you finish within two years of starting.")
subhead("Getting there")
p("All of our venues have step-free access, accessible toilets and a hearing loop in the main room, and each is "
  "within walking distance of a railway station. Parking details are sent with your joining letter.")
p("Coming in 2010: Brightwater Online", bold=True, after=2)
p("We are developing an online version of Unit 1 so that you could study it from home, with the same tutors and "
  "assignment. Register your interest and we will let you know when it is ready.")

# ---------------------------------------------------------------- page 4 entry
page_top("http://www.brightwater-training.co.uk/courses/senco-award/applying.html",
         "Home > Courses > National Award for SENCOs > Is the Award for me?", "Is the Award for me?")
subhead("Who can apply")
bullets([
    "You hold Qualified Teacher Status and have taught for at least two years.",
    "You are the SENCO in a school or setting in England, or you will take on the role within the next year.",
    "Your headteacher supports your application and agrees to release you for the eight study days.",
])
subhead("How to apply")
p("Send us the application form with a short personal statement, your headteacher\u2019s supporting statement and "
  "your SENCO Self-Review. The Self-Review is a questionnaire of 29 statements, one for each of the national "
  "outcomes for SENCOs, on which you rate your experience and confidence from 1 to 4 and add a line of evidence.")
subhead("What happens next")
p("One of the directors reads every application. If we think you would find Master\u2019s-level writing a struggle, "
  "or that you do not yet have enough experience of SEN to get the most from the Award, we ring you and your "
  "headteacher to talk it through. We may suggest our one-day SENCO Foundations course, or a term working "
  "alongside an experienced SENCO, first \u2013 with a guaranteed place on the next group.")
p("Your personal tutor uses your Self-Review to suggest which of our optional afternoon workshops (on dyslexia, "
  "autism, speech and language, behaviour, or data) you should sign up for, and you complete the Self-Review again "
  "at the end of the course so that you can see how far you have come.")
subhead("Credit for previous study")
p("If you have already passed a Master\u2019s-level module in special educational needs at a UK university in the "
  "last five years, you may be able to count up to 20 credits towards the Award under the University\u2019s rules. "
  "Send your transcript with your application and we will advise you. We are sorry that we cannot give credit for "
  "experience alone: everyone completes the assignments for the units they take.")
subhead("Disability and access")
p("If you have a disability or any other need we should know about, please tell us on the application form or "
  "ring Helen in confidence. Before the course starts we agree the adjustments with you \u2013 for example handouts "
  "in large print or electronic form, a note-taker, rest breaks, a choice of venue, and extra time or a different "
  "format for assignments, agreed with the University\u2019s Disability Service. Telling us never affects whether you "
  "are offered a place, and our trainers are told only what you agree they should know.")
subhead("Booking terms (summary)")
p("Places are confirmed when we receive the signed booking form. Invoices are sent to the school and are payable "
  "within 30 days. Cancellations more than six weeks before study day 1 are refunded less \u00a375; after that the "
  "full fee is payable, although a colleague from the same school may take your place. Participants must attend "
  "at least seven of the eight study days. Brightwater reserves the right to change a venue, giving at least four "
  "weeks\u2019 notice. Full terms are available on request.", size=7.5)

# ---------------------------------------------------------------- page 5 team
page_top("http://www.brightwater-training.co.uk/about/team.html",
         "Home > About us > Meet the team", "Meet the team")
p("Helen Ashworth, Director. ", bold=True, after=0)
p("Helen was SENCO in two Leicestershire comprehensives and then SEN adviser to Hexley local authority from 1999 to "
  "2006. She holds an MA in Special and Inclusive Education and the OCR Certificate in specific learning "
  "difficulties, and leads Unit 2.")
p("Colin Radley, Director. ", bold=True, after=0)
p("Colin was head of a large primary school with a resourced provision for pupils with speech and language needs "
  "and an Ofsted additional inspector until 2007. He holds an MEd and NPQH and leads Unit 3.")
p("Our associate trainers", bold=True, after=2)
table([
    ["Trainer", "Background", "Teaches"],
    ["Dr Priya Nandra", "Educational psychologist; former SENCO; PhD on reading interventions", "Unit 2"],
    ["Gareth Lowe", "SENCO, 11\u201318 school; MA SEN; specialist in access arrangements", "Units 1, 2"],
    ["Annette Beale", "Former head of a special school (MLD/ASD); NPQH", "Unit 3"],
    ["Marcus Oyelaran", "Behaviour support teacher; MA Inclusive Education", "Units 2, 3"],
    ["Fiona Crabtree", "Speech and language therapist and teacher", "Unit 2"],
    ["Jill Harker", "Primary SENCO and leading teacher for inclusion; MA SEN", "Units 1, 3"],
    ["Dr Ewan Rudd", "Former LA principal officer for SEN; EdD", "Unit 1"],
    ["Sally Ferris", "Specialist teacher (visual impairment); MEd", "Unit 2"],
    ["Ken Adeyemi", "Deputy head and SENCO, primary; MA Educational Leadership", "Units 1, 3"],
], widths=[3.2, 10.5, 2.3])
p("Every trainer has been a SENCO or specialist teacher and holds a Master\u2019s degree or a specialist "
  "qualification in SEN. Each attends our two-day update every summer, where we work through new research, "
  "inspection findings and changes in policy, and undertakes at least two further days of their own professional "
  "development each year.")
p("All of our trainers hold a current enhanced CRB disclosure, renewed every three years, and we check it before "
  "anyone trains for us.")
subhead("Guest speakers")
p("On study days 3, 5 and 7 you hear from practitioners working now: an educational psychologist, a speech and "
  "language therapist, a parent partnership officer, and a parent of a child with SEN who talks about what it is "
  "like to be on the other side of the table. The Award has no placements or visits: your practical work is done "
  "in your own school.")
subhead("What you get")
p("A course file for each unit; access to Stanbridge University\u2019s library, including its electronic journals, for "
  "the length of the course; our lending library of assessment materials (including standardised reading, "
  "spelling and language tests), which you can borrow by post; and a \u2018try before you buy\u2019 session on study "
  "day 5 with assistive technology, text-to-speech and symbol software.")

# ---------------------------------------------------------------- page 6 what's new
page_top("http://www.brightwater-training.co.uk/news/whats-new.html",
         "Home > News > What\u2019s new", "What\u2019s new")
subhead("Why we built the Award the way we did (posted 3 November 2008)")
p("In spring 2008 we sent a questionnaire to the 640 teachers who had been on a Brightwater SEN course in the "
  "previous three years, and 212 replied. We also talked to the SEN officers of the 14 local authorities that buy "
  "our training. New SENCOs told us they felt least ready for working with parents, for managing teaching "
  "assistants and for using data; the local authorities told us their new SENCOs needed help with provision "
  "mapping and with reporting to governors; and headteachers told us that eight days out of school was the most "
  "they could release.")
p("So we made changes to our old SENCO course before it became the Award: a whole study day (day 3) is now given "
  "to working with parents and carers, with a parent partnership officer and a parent; provision mapping moved "
  "from the last day to Unit 3\u2019s first day; tracking with summative data became part of Assignment 2; and the "
  "proposals to governors became part of Assignment 1. We kept the course to eight days.")
subhead("Thank you, Northshire (posted 14 August 2008)")
p("For two years we ran termly network meetings for SENCOs with Northshire County Council, at which SENCOs "
  "reviewed our course materials with us and told us what to change. The network ended when the council\u2019s "
  "contract finished in July 2008. Thank you to everyone who came.")
subhead("A steering group for the Award (posted 5 January 2009)")
p("We hope to set up a steering group of headteachers, local authority officers and former participants during "
  "2009\u201310 to advise us on the Award. If you would like to be involved, please get in touch.")
subhead("Changes for 2009\u201310 from your evaluations (posted 9 January 2009)")
p("From participants\u2019 evaluation sheets and unit questionnaires on our pilot group: tutorials now happen "
  "before each assignment rather than after; reading lists are shorter and sent earlier; and the speech and "
  "language session has moved from the afternoon to the morning of day 5.")
p("What our pilot group said", bold=True, after=2)
p("\u201cThe course taught me to really listen to my pupils, and to their parents.\u201d  Sarah, SENCO, primary school, Derby",
  italic=True)
p("\u201cI finally understand our data \u2013 and so does my head.\u201d  Mark, SENCO, secondary school, Wakefield",
  italic=True)

# ---------------------------------------------------------------- page 7 FAQ
page_top("http://www.brightwater-training.co.uk/courses/senco-award/faq.html",
         "Home > Courses > National Award for SENCOs > Your questions answered", "Your questions answered")
faq = [
    ("Does the Award cover all the national outcomes?",
     "Yes. Every one of the national outcomes for SENCOs is taught and assessed on the Award."),
    ("What do I need to do to pass?",
     "To gain the Award you need to pass all three assignments (the pass mark is 50%) and attend at least seven of "
     "the eight study days."),
    ("How is the marking checked?",
     "Your tutor marks each assignment against the University\u2019s Master\u2019s-level criteria. A second tutor, "
     "always one of the directors, blind-marks a sample of at least one in four scripts and every fail and "
     "distinction, and the two agree the mark at a moderation meeting held after each hand-in. The University\u2019s "
     "external examiner then sees a sample from every unit, and the Business School\u2019s Examination Board "
     "confirms all marks."),
    ("Can I be assessed without attending the course?",
     "Not at present. Everyone on the Award attends the study days and completes the three assignments."),
    ("Do I need a CRB check to join?",
     "You will already have one through your school, so we don\u2019t ask for it."),
    ("Will my school need to release me?",
     "For the eight study days, yes. The school tasks and the project are designed to be part of your job as SENCO "
     "rather than extra to it."),
    ("How much does it cost?",
     "\u00a31,450 per participant, covering all eight study days, lunch, course files, tutorials, marking and "
     "University registration. That is less than most university programmes of the same size, and local "
     "authorities that book six or more places receive a 10% discount."),
    ("What happens after the Award?",
     "The afternoon of study day 8 is given to \u2018Next steps\u2019. You look at your Self-Review again, draft two or "
     "three professional targets for the following year on our Next Steps planner, and take them to your "
     "performance management meeting with your headteacher. You can also go on to further modules of the "
     "University\u2019s MA in Educational Leadership."),
    ("How do you know the Award makes a difference?",
     "We ask you to repeat the Self-Review at the end of the course and compare it with the one you completed "
     "before you started; in our pilot group, confidence rose on 27 of the 29 statements. We are also looking at "
     "ways of measuring the difference the course makes to the pupils in participants\u2019 schools, and hope to report "
     "on this in future years."),
]
for q, a in faq:
    p("Q.  " + q, bold=True, after=1)
    p(a, after=6)
p("\u00a9 Brightwater Inclusion Training Ltd 2009  |  Privacy  |  Terms and conditions  |  Site map", size=7,
  color=GREY)

doc.save(OUT)
print("wrote", OUT)
