"""fu-01-wharfside-viewing-notes: build script.

Provider (invented): Wharfside City Learning Centre, run by the London
Borough of Fennick, with the Fennick School Improvement Service, applying
jointly with Kingsgate University London Institute of Education ("the
Institute") for a cohort drawn from four inner-London boroughs (Fennick,
Marlhithe, Kelsall Green, Wapley). The course, "Leading Inclusion"
(PGCert SEN Coordination, 60 credits at Master's level), is built round a
series of twelve short films, "Inside the Role", issued on DVD and on the
CLC's Moodle platform "Wharfside Learn", with four Studio Days at the CLC and
online "Viewing Circles".

Document kind: the participants' "Viewing and Discussion Notes" booklet that
goes in the DVD box, 2009-10 edition, sent as the application with a shaded
note to the panel. Written to "you" (the viewer). Layout:
- shaded one-cell note "For the TDA approval panel";
- "About these notes", "Your year at a glance" table (term / films /
  Studio Day / task), "Before you press play" (Starting Profile, Personal
  Viewing Plan), "Watching together" (Viewing Circles, forum, tutors);
- twelve film sections, each a header table (running time, filmed at,
  featuring), a timecode chapter table, typed "Pause 1" prompts and a shaded
  "Take it into school" box and a "Where this counts" line;
- "Filming in your own school", "How your work is assessed", "Access",
  "How we use your views", Credits (staff and schools), and a
  "Films and outcomes" chart with merged group rows;
- header and footer; two Word comments; one tracked deletion.

Traps (requirement ids):
- Assessment-only route: a tracked deletion removes the only sentence
  offering one, and "About these notes" says "there is no way to the award
  that goes round them" (2.3 not_met).
- Prior learning shapes the Personal Viewing Plan ("refresh only" films) but
  "the Institute does not give credit" for earlier study (2.1 partial).
- CRB: the Credits say the film crew held enhanced disclosures; nothing
  checks participants; a comment asks about it (5.3 not_met).
- Placements explicitly not offered; specialists only on film and on Studio
  Days (5.5 partial).
- Entry is by headteacher nomination and being a qualified teacher in a
  SENCO role; no check of readiness (5.2 partial).
- Access: captions and transcripts, then only "let us know" (3.1 partial).
- Evaluation by stakeholders: participants rate films; involving parents
  and schools is "something we would like to do" (4.3 partial).
- Award rule: aggregate mark with compensation between tasks plus a blanket
  claim that films and tasks "cover every one of the national outcomes"
  (6.0 partial, 1.9 partial).
- Outcome chart: time management assessed only by unmarked Circle
  discussion (6.A3 partial); child development only in the unmarked Viewing
  Log (6.K4 partial); disability equality law has no row but is in Film 2's
  chapters (6.K3 partial); access arrangements only in Film 11, which is
  "in production" (6.S2d partial); school self-evaluation row has dashes
  (6.K7 not_met); no row or content on summative tracking with national
  tests (6.S2b not_met).
- A comment on Film 11 says its edit may slip (not evidence either way).
- Header/footer carry only the title and copyright.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).parent / "fu-01-wharfside-viewing-notes.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False, size=None, style=None, align=None):
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


def H(text, level=1):
    return doc.add_heading(text, level=level)


def box(lines, fill="E8EEF4", title=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    first = True
    if title:
        c.paragraphs[0].add_run(title).bold = True
        first = False
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        p.add_run(ln)
    doc.add_paragraph()
    return t


def table(rows, widths=None, header=True, fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


def tracked_para(segments, author="Ruth Okafor", date="2009-03-02T10:15:00Z"):
    """segments: list of (kind, text) with kind in n / ins / del."""
    p = doc.add_paragraph()
    for i, (kind, text) in enumerate(segments):
        r = OxmlElement("w:r")
        if kind == "del":
            t = OxmlElement("w:delText")
        else:
            t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        if kind == "n":
            p._p.append(r)
        else:
            w = OxmlElement("w:" + kind)
            w.set(qn("w:id"), str(900 + len(p._p) + i))
            w.set(qn("w:author"), author)
            w.set(qn("w:date"), date)
            w.append(r)
            p._p.append(w)
    return p


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Inside the Role  |  Viewing and Discussion Notes  |  2009-10 edition"
sec.footer.paragraphs[0].text = ("\u00a9 Wharfside City Learning Centre, London Borough of Fennick, 2009. "
                                 "May be copied by participants for use in their own schools.")

# ---------------------------------------------------------------- cover
P("INSIDE THE ROLE", bold=True, size=26, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Twelve films for new SENCOs", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Viewing and Discussion Notes", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
P("for participants on Leading Inclusion: Postgraduate Certificate in SEN Coordination, 2009-10",
  italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Wharfside City Learning Centre  \u00b7  Fennick School Improvement Service  \u00b7  "
  "Kingsgate University London Institute of Education", align=WD_ALIGN_PARAGRAPH.CENTER)
P("With the schools and SEN teams of Fennick, Marlhithe, Kelsall Green and Wapley", italic=True,
  align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()

box([
    "We are sending the Viewing and Discussion Notes as our application because the course is "
    "built round the films and these Notes are the document every participant works from. They go "
    "into the DVD box and are also the front page of each film on Wharfside Learn. We have not "
    "rewritten them for the panel; the few paragraphs that describe the course itself (pages 3-5 "
    "and the closing sections) are the ones participants receive.",
    "The Institute has validated Leading Inclusion as a Postgraduate Certificate of 60 credits at "
    "Master's level (validation event 14 January 2009, approved without conditions). The Institute "
    "awards the certificate; the CLC and the School Improvement Service teach it.",
    "Contact: Dawn Achterberg, Manager, Wharfside City Learning Centre, Quayside Road, London.",
], fill="FFF2CC", title="For the TDA approval panel")

# ---------------------------------------------------------------- about
H("About these notes", 1)
P("Welcome to Inside the Role. Over the next year you will watch twelve short films made in "
  "schools very like yours, most of them in the four boroughs you come from. Each film follows "
  "SENCOs, teachers, teaching assistants, pupils and parents through an ordinary piece of work: a "
  "review meeting, a difficult phone call, a provision map that does not add up. We filmed what "
  "happened rather than what ought to have happened, and the people in them agreed to let you see "
  "their mistakes as well as their good days.")
P("The films are not the whole course, but they are its spine. Every Studio Day, every Viewing "
  "Circle and every assessed task starts from one or more of them, and there is no way to the "
  "award that goes round them. These notes tell you what is in each film, where to pause and "
  "what to talk about, what to try in your own school afterwards and where the film counts "
  "towards your certificate.")
tracked_para([
    ("n", "Everyone follows the films in the order set out in their Personal Viewing Plan. "),
    ("del", "Experienced SENCOs from the boroughs' support teams may instead ask to be assessed on "
            "Tasks 1 to 4 without following the films, by arrangement with the Institute. "),
])
P("Why does the course exist? Because children with special educational needs and disabilities "
  "in our four boroughs still do less well than they should, in their learning and in their lives "
  "beyond the classroom: in whether they feel safe, whether they are healthy, whether they enjoy "
  "school and take part in it, and whether they leave ready for what comes next. Everything in "
  "the course is aimed at one thing: that the pupils in your school do better, in their learning "
  "and in their well-being, because of what you do as their SENCO. Each task asks you to show "
  "what changed for pupils, not only what you learned.")

H("Your year at a glance", 2)
table([
    ["Term", "Films", "Studio Day at the CLC", "Task"],
    ["Autumn 2009", "1 First Weeks in Post\n2 The Law in the Room\n3 Every Child Matters in a "
     "Secondary School\n4 How Children Grow", "Studio Day 1 (Sat 3 October): starting out; the law",
     "Task 1 set"],
    ["Spring 2010", "5 Five Children\n6 Mapping Provision\n7 A Week in the Life\n8 Teaching "
     "Assistants: Deploying the Team", "Studio Day 2 (Wed 27 January): technology for access; "
     "provision mapping", "Task 1 due 1 March; Task 2 set"],
    ["Summer 2010", "9 Hearing from Pupils\n10 Working with Families\n11 Access Arrangements\n"
     "12 Leading Change, and What Next", "Studio Day 3 (Sat 8 May, at the Institute): research "
     "and enquiry\nStudio Day 4 (Wed 7 July): portfolio conversations",
     "Task 2 due 14 May; Task 3 due 25 June; Task 4 in July"],
], widths=[2.5, 6, 5, 3.5])
P("A second cohort starts in January 2010 and follows the same films in a spring-summer-autumn "
  "pattern, finishing in December 2010. You can move from one cohort to the other once, without "
  "charge, if something happens in your school or your life that makes the timing impossible. "
  "Strands two and three (films 5-8 and 9-12) can be taken in either order; your tutor will agree "
  "this with you when you draw up your Personal Viewing Plan.")

H("Before you press play", 1)
H("Your Starting Profile", 2)
P("Before Studio Day 1 you complete the Starting Profile on Wharfside Learn. It lists the "
  "twenty-eight outcomes every SENCO must reach, in our own plain words, and asks you to rate "
  "yourself on each (new to me / know about it / do it / could teach it) and to give an example "
  "from your work for anything you rate at \u201cdo it\u201d or above. Your head or line manager "
  "adds a short comment. Your tutor reads it before you meet, because people often rate "
  "themselves too high on the law and too low on working with parents.")
H("Your Personal Viewing Plan", 2)
P("At Studio Day 1 you sit down with your tutor for twenty minutes and agree your Personal "
  "Viewing Plan. It says which films you will study in depth and which you may watch as "
  "\u201crefresh only\u201d because your Profile and examples show you are already secure; "
  "which order you will take the strands in; and three personal outcomes of your own, drawn "
  "from the outcomes you rated lowest, that you will work on all year and report on in Task 4. "
  "The Plan is stored on Wharfside Learn and you and your tutor revisit it at the end of each term.")
P("If you have already studied SEN at Master's level, or have years of experience in a support "
  "service or special school, tell your tutor: that experience will show in your Plan, with more "
  "films marked refresh only and personal outcomes pitched higher. The Institute does not give "
  "credit towards Leading Inclusion for earlier study, so every participant completes all four tasks.")

H("Watching together", 1)
P("You never watch alone for long. You belong to a Viewing Circle of five or six SENCOs, mixed "
  "across boroughs and phases, with a Circle facilitator who is one of the course tutors. Your "
  "Circle meets online every fortnight, on a Tuesday from 4.30 to 5.30, in the Wharfside Learn "
  "live room (sound and webcam; the CLC lends headsets). Between those meetings you post your "
  "Viewing Log entry for the film and reply to at least two others in your Circle's forum. Twice "
  "a year the Circle meets in one of its members' schools for a twilight session.")
P("Your tutor answers questions in the \u201cAsk a tutor\u201d forum within three working days, "
  "and you can book a fifteen-minute call with your tutor at any point between Studio Days. "
  "Tutors also give written feedback on a draft of each of Tasks 1 to 3 through the platform. "
  "Heads and line managers have a read-only view of their participant's task deadlines and "
  "tutor feedback, so that school and course are talking about the same thing.")
P("If you have never used Moodle, the CLC runs a ninety-minute \u201cFirst Login\u201d session "
  "at the start of each term, in the CLC's training suite and again as a recorded webcast.")

# ---------------------------------------------------------------- films
films = [
    dict(n=1, title="First Weeks in Post", mins="18 min", at="Canal Street Primary, Marlhithe",
         who="Priya, appointed SENCO in July, her head and two class teachers",
         ch=[("00:00", "Inheriting a register of 64 names and a box of files"),
             ("03:40", "First meeting with the head: what the school expects of the role"),
             ("07:15", "A parent's complaint about reading support arrives in week two"),
             ("11:30", "Priya weighs three ways of answering it and chooses one"),
             ("15:10", "Six weeks on: what she would do differently")],
         pauses=["At 07:15. Before you see what Priya does, decide what you would do and why.",
                 "At 15:10. Which of her decisions rested on evidence, and which on instinct?"],
         school="List the three problems that landed on your desk first this term. For one of them, "
                "write down what you decided, what you based it on and what happened.",
         counts="Task 3 (your enquiry begins with a problem you had to solve)."),
    dict(n=2, title="The Law in the Room", mins="22 min", at="Fennick Town Hall and Wapley Park School",
         who="a borough SEN caseworker, a SENCO preparing an annual review, a school governor",
         ch=[("00:00", "The SEN Code of Practice (2001) in ten minutes: School Action, School Action "
                       "Plus, statutory assessment, statements"),
             ("06:20", "Preparing the annual review of a statement: who is invited, what is sent, deadlines"),
             ("10:50", "The Disability Discrimination Act and the Disability Equality Duty: the school's "
                       "accessibility plan and disability equality scheme, and what they mean for one "
                       "wheelchair user's school trip"),
             ("16:00", "The governor's view: the SEN policy, the annual report to parents"),
             ("19:30", "What is changing: the Lamb Inquiry and the new SENCO regulations")],
         pauses=["At 10:50. Find your school's accessibility plan. When was it last changed?",
                 "At 19:30. What in the 2008 SENCO regulations changes your own position in the school?"],
         school="Check your school's SEN policy against the Code of Practice and list three things "
                "it does not yet say.",
         counts="Task 1 (your provision map review must show the school's duties under the Code)."),
    dict(n=3, title="Every Child Matters in a Secondary School", mins="16 min",
         at="Marlhithe Academy", who="a SENCO, a learning mentor, a Year 9 student and his mother",
         ch=[("00:00", "Five outcomes on a corridor wall, and what they look like for Dwayne"),
             ("04:10", "Being healthy and staying safe: the lunchtime club and the route home"),
             ("08:30", "A Common Assessment Framework meeting and the team around the child"),
             ("12:40", "Making a positive contribution: Dwayne on the school council")],
         pauses=["At 08:30. Who is missing from this meeting?",
                 "At 12:40. Which of the five outcomes does your own provision map say nothing about?"],
         school="Take one pupil on your register and write a line under each of the five outcomes "
                "on what the school does for them now.",
         counts="Task 3 (your enquiry must report on pupils' well-being as well as their learning)."),
    dict(n=4, title="How Children Grow", mins="20 min", at="Kelsall Green Children's Centre and "
         "St Saviour's Primary", who="an educational psychologist, a nursery teacher, a Year 2 class",
         ch=[("00:00", "Language, play and attention from three to seven"),
             ("06:45", "When development stalls: what the educational psychologist looks for"),
             ("12:00", "The classroom as an environment: noise, light, seating, routines"),
             ("16:20", "Home, housing and language: what a family move does to a child's year")],
         pauses=["At 12:00. Sketch your own classroom or one you know. What would the EP change?"],
         school="Observe one child for twenty minutes in two different settings in school and note "
                "what changes.",
         counts="Your Viewing Log (not marked); the Circle discusses it in November."),
    dict(n=5, title="Five Children", mins="25 min", at="four schools in Fennick and Wapley",
         who="five pupils and the adults who know them best, a speech and language therapist, a "
             "CAMHS nurse, the Fennick Autism Parents' Group",
         ch=[("00:00", "Kemi: speech, language and communication needs (with the Bercow Review, 2008)"),
             ("05:10", "Tom: dyslexia and what his teachers do with the specialist teacher's report"),
             ("10:00", "Adam: autism, and a morning that goes wrong"),
             ("15:20", "Shauna: behaviour, emotions and a managed move"),
             ("20:30", "Ilir: moderate learning difficulties and English as an additional language"),
             ("23:40", "Who else could help: therapy, CAMHS, voluntary groups, the sensory team")],
         pauses=["At 10:00. Which part of Adam's morning could have been predicted?",
                 "At 23:40. Which of these services can your school reach, and how long does it take?"],
         school="Take a report from another professional about one of your pupils and turn its "
                "recommendations into three things the class teacher will do differently.",
         counts="Task 3 (the enquiry draws on assessments by other professionals) and Task 1 "
                "(services and agencies in your provision map)."),
    dict(n=6, title="Mapping Provision", mins="19 min", at="Wapley Park School",
         who="a SENCO, the deputy head, two heads of year",
         ch=[("00:00", "The map on the wall: every intervention, who runs it, what it costs"),
             ("05:30", "Spotting the holes: the Year 7 reading group nobody evaluates"),
             ("10:15", "Setting targets with the pupil and agreeing the next review date"),
             ("14:40", "Reviewing with colleagues: what stays, what goes, what is missing")],
         pauses=["At 05:30. Which intervention in your school has never been evaluated?",
                 "At 14:40. Who in your school would you need in the room to stop an intervention?"],
         school="Draw your school's provision map for one year group and mark anything that has "
                "no target, no review date or no evidence that it works.",
         counts="Task 1 (Provision Map Review)."),
    dict(n=7, title="A Week in the Life", mins="15 min", at="Shadwell Lane Primary, Fennick",
         who="a SENCO who also teaches Year 5 three days a week",
         ch=[("00:00", "Monday: the diary, the register and the list"),
             ("04:20", "Wednesday: what she hands to the TA and what she keeps"),
             ("09:00", "Friday: what did not get done, and why that was the right call")],
         pauses=["At 09:00. What would you have dropped?"],
         school="Keep a log of your SENCO time for one week and sort it into must / should / could.",
         counts="Viewing Circle discussion in February (not marked)."),
    dict(n=8, title="Teaching Assistants: Deploying the Team", mins="21 min",
         at="Kelsall Green High School", who="a SENCO, six teaching assistants, two subject teachers",
         ch=[("00:00", "Who is where on a Tuesday morning, and why"),
             ("06:10", "A TA and a maths teacher plan a lesson together"),
             ("11:20", "The SENCO observes a TA-led group and gives feedback"),
             ("15:40", "Coaching a newly qualified teacher to use questioning and feedback with "
                       "pupils who struggle to show what they know")],
         pauses=["At 11:20. What did the feedback leave out?",
                 "At 15:40. How would you help a colleague build assessment for learning into "
                 "lessons for pupils with SEN?"],
         school="Observe a colleague or a TA for twenty minutes and give feedback using the three "
                "questions in the film.",
         counts="Task 2 (Video Reflection)."),
    dict(n=9, title="Hearing from Pupils", mins="17 min", at="Marlhithe Academy and Canal Street Primary",
         who="pupils aged 7 to 15, a SENCO, a speech and language therapist",
         ch=[("00:00", "A pupil-led review: Jordan runs his own meeting"),
             ("06:30", "Talking mats and symbols with pupils who use little speech"),
             ("11:00", "The student voice group rewrites the school's SEN leaflet")],
         pauses=["At 06:30. How do you find out what a pupil who does not speak thinks of their support?"],
         school="Hold one review this term in which the pupil plans and chairs part of the meeting.",
         counts="Task 2 (Video Reflection)."),
    dict(n=10, title="Working with Families", mins="18 min", at="Fennick Parent Partnership and two "
         "family homes", who="parents, a parent partnership officer, a SENCO",
         ch=[("00:00", "What parents say about their first meeting with the school"),
             ("05:45", "A difficult phone call, played twice"),
             ("11:10", "A home visit with the parent partnership officer"),
             ("14:30", "Agreeing what home and school will each do")],
         pauses=["At 05:45. What changed between the two calls?"],
         school="Ask two parents how they would like the school to keep in touch with them, and act on it.",
         counts="Task 2 (Video Reflection)."),
    dict(n=11, title="Access Arrangements", mins="about 15 min",
         at="filming in Wapley and Fennick secondary schools", who="to be confirmed",
         ch=[("\u2013", "IN PRODUCTION. This film is being edited and is not on the DVD. It will be "
                        "added to Wharfside Learn when it is finished, planned for spring 2010. It will "
                        "follow a SENCO identifying pupils who need special arrangements for national "
                        "tests and GCSE examinations and putting them in place.")],
         pauses=["(to follow)"],
         school="(to follow)",
         counts="Task 1 (your provision map review)."),
    dict(n=12, title="Leading Change, and What Next", mins="20 min",
         at="Fennick Town Hall, three schools and the Institute",
         who="two headteachers, a chair of governors, three SENCOs from the 2008 pilot, an Institute researcher",
         ch=[("00:00", "Getting the head on side: a SENCO presents to the senior leadership team"),
             ("05:20", "The governors' curriculum committee and the school's inclusion policy"),
             ("09:40", "Using research: the researcher and a SENCO read a study together"),
             ("14:10", "Reviewing provision with staff at the end of the year"),
             ("17:00", "One year on: three SENCOs on what they are doing next")],
         pauses=["At 05:20. What did the SENCO ask the governors for, and did she get it?",
                 "At 17:00. Where do you want to be in two years?"],
         school="Draft your Next Steps Plan with your line manager (see Task 4).",
         counts="Task 1 (strategy), Task 3 (research) and Task 4 (Next Steps Plan)."),
]

H("The films", 1)
for f in films:
    H("Film %d. %s" % (f["n"], f["title"]), 2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Running time", f["mins"]), ("Filmed at", f["at"]), ("Featuring", f["who"])]):
        t.cell(i, 0).text = k
        shade(t.cell(i, 0), "EDEDED")
        t.cell(i, 1).text = v
    doc.add_paragraph()
    P("What you will see", bold=True)
    table([["Time", "Chapter"]] + [list(c) for c in f["ch"]], widths=[2, 15])
    for i, pz in enumerate(f["pauses"], 1):
        p = doc.add_paragraph()
        p.add_run("Pause %d.  " % i).bold = True
        p.add_run(pz)
    box([f["school"]], fill="E2EFDA", title="Take it into school")
    p = doc.add_paragraph()
    p.add_run("Where this counts: ").bold = True
    p.add_run(f["counts"])

# comment on film 11
for p in doc.paragraphs:
    if p.text.startswith("Film 11."):
        doc.add_comment(p.runs, text="Edit not locked. Could slip to summer term; if so Task 1 "
                        "brief needs changing. DA", author="Dawn Achterberg", initials="DA")
        break

# ---------------------------------------------------------------- filming
H("Filming in your own school", 1)
P("Task 2 asks you to film yourself at work, so you will be doing what we did for these films. "
  "The CLC lends each participant a pocket video camera and a tripod for the spring term. Before "
  "you film, your head must agree in writing, and every adult and every parent of a child who "
  "might appear must sign the consent form on Wharfside Learn. Pupils should be asked too, in a "
  "way they understand. Upload your clips only to your private folder on Wharfside Learn: never "
  "to a memory stick, e-mail or a public site. Clips are deleted from the platform when your "
  "certificate has been awarded.")

# ---------------------------------------------------------------- assessment
H("How your work is assessed", 1)
table([
    ["Task", "What you do", "When", "Weight"],
    ["1 Provision Map Review", "Review your school's provision map for one group of pupils against "
     "the law and the school's priorities, find what is missing or not working, and propose changes "
     "to your senior team. 3,000 words with the map as an appendix.", "1 March 2010", "30%"],
    ["2 Video Reflection", "Film a piece of your own practice: a pupil-led review, a meeting with a "
     "parent, or feedback or coaching for a colleague or TA. Choose 10-15 minutes and write a "
     "2,500-word commentary on what you did and what you would change.", "14 May 2010", "30%"],
    ["3 Practice Enquiry", "Plan, carry out and evaluate a change in provision for a group of pupils "
     "in your school, drawing on research and on other professionals' assessments. Record a "
     "starting measure of the pupils' learning and well-being before you start and the same "
     "measures at the end. 5,000 words.", "25 June 2010", "40%"],
    ["4 Portfolio Conversation", "A 30-minute conversation with two tutors (at the CLC or in the "
     "live room) about your Viewing Log, your three personal outcomes and your Next Steps Plan, "
     "agreed with your line manager.", "July 2010", "Pass / refer"],
], widths=[3.5, 9, 2.5, 2])
P("Tasks 1 to 3 are marked by your tutor against the Institute's Master's level criteria and "
  "second-marked by another tutor. The Institute's moderator samples a third of all scripts, "
  "including every fail and every script near the pass mark, and the external examiner sees a "
  "sample of each task and watches a sample of the Task 2 videos. Tutors meet for a marking day "
  "at the CLC before marks are returned, to agree marks on a set of shared scripts.")
P("To gain the certificate you need an overall mark of 50 or more across Tasks 1 to 3, and a pass "
  "in Task 4. A strong mark in one task can make up for a weaker mark in another, as long as no "
  "task is below 40. Between them, the films and tasks cover every one of the national outcomes "
  "for SENCOs.")
P("Your Viewing Log and your Circle posts are not marked, but tutors read them and they feed "
  "into your Portfolio Conversation.")
H("After the course", 2)
P("Film 12 and Task 4 end the year by looking forward. You bring to your Portfolio Conversation "
  "a Next Steps Plan agreed with your line manager: two professional targets for the following "
  "year, the support you will need and how you will know you have got there. Tutors suggest "
  "further study (the Institute's MA modules in inclusive education carry your 60 credits "
  "forward) and the borough SENCO networks you can join.")

# ---------------------------------------------------------------- access
H("Access", 1)
P("Every film is subtitled, and a full transcript of each film is on Wharfside Learn. The DVD "
  "menus work with a keyboard alone. Studio Days are held in the CLC, which has level access, a "
  "hearing loop in the studio and an accessible toilet on each floor. If you need anything else "
  "to take part fully, please let us know.")

# ---------------------------------------------------------------- views
H("How we use your views", 1)
P("We made these films because SENCOs asked for them. In spring 2008 the four boroughs surveyed "
  "their SENCOs together (142 replied) and held focus groups with headteachers. SENCOs said they "
  "could not get out of school for whole days and wanted to see other schools at work; heads "
  "said the greatest gap was in managing teaching assistants and in working with parents. That "
  "is why the course has four Studio Days rather than ten, why Films 8 and 10 exist, and why so "
  "much of it happens online. Twelve SENCOs from the 2008 pilot watched rough cuts of Films 1 to "
  "6 and we re-edited three of them after their comments; two of the pilot SENCOs appear in Film 12.")
P("At the end of each film on Wharfside Learn you are asked to rate it and to say what should "
  "be cut or added. At the end of each term there is a short online survey about the Studio Days, "
  "the Circles and tutor support, and at the end of the year we run a focus group with each "
  "cohort. The course team reads the ratings every half term, and the Course Board (the CLC, the "
  "School Improvement Service, the Institute and the four boroughs' SEN leads) reviews the "
  "survey results, marks, completion rates and the external examiner's report each July and "
  "agrees what to change. Involving parents and schools more directly in reviewing the films is "
  "something we would like to do in future years.")
P("We also want to know whether the course makes a difference. You rate yourself on the Starting "
  "Profile again at the end of the year, so that you and we can see how your confidence and "
  "competence have moved, and the start and end measures of pupils in your Task 3 enquiries are "
  "gathered, with your permission and without names, into an annual report to the Course Board "
  "on what changed for pupils.")

H("Who can take part", 2)
P("Places are open to qualified teachers who are SENCOs, or will be from September 2009, in "
  "maintained schools in Fennick, Marlhithe, Kelsall Green and Wapley. Your headteacher nominates "
  "you on the borough's nomination form, and the borough pays your fee. There are no placements on "
  "this course: the films take you into other schools instead, and specialists (the educational "
  "psychologist, therapists, the sensory support team, the parent partnership service) join you on "
  "film and at the Studio Days.")

# ---------------------------------------------------------------- credits
H("Credits", 1)
table([
    ["Role", "Name", "Background"],
    ["Course leader", "Dr Helen Marchetti, Institute of Education", "Senior lecturer in inclusive "
     "education; former SENCO and head of a Kelsall Green special school; PhD on SENCO leadership"],
    ["Studio and online lead", "Dawn Achterberg, Wharfside CLC", "CLC manager; former ICT adviser; "
     "MA in educational technology"],
    ["Tutor and Circle facilitator", "Marcus Oyelaran, Fennick School Improvement Service",
     "Senior adviser for inclusion; NPQH; ten years as SENCO in two Fennick secondaries"],
    ["Tutor and Circle facilitator", "Siobhan Reilly, Marlhithe SEN Support Team",
     "Specialist teacher for SpLD (AMBDA); MA SEN"],
    ["Tutor and Circle facilitator", "Gita Raman, Institute of Education",
     "Lecturer; former educational psychologist in Wapley; doctorate in educational psychology"],
    ["Producer and director", "Tom Fairweather, Wharfside CLC media team", "Film-maker, 12 years in "
     "schools broadcasting"],
    ["Camera and sound", "Wharfside CLC media team", ""],
])
P("Everyone who appears on the film crew credits held a current enhanced CRB disclosure at the "
  "time of filming, checked by the London Borough of Fennick, and no pupil was filmed without "
  "written consent from a parent.")
p = doc.paragraphs[-1]
doc.add_comment(p.runs, text="Do we need to say anything here about participants' own CRB? Ask "
                "Marcus what the boroughs do. HM", author="Helen Marchetti", initials="HM")
P("Tutors are briefed at a Circle facilitators' day at the CLC each September, which covers "
  "running the live room, the marking criteria and the Circle timetable, and they receive the "
  "Tutor Guide. Heads and line managers receive a two-page briefing on their part in the course "
  "(agreeing the Starting Profile comment, protecting time, signing off the Next Steps Plan) and "
  "are invited to a twilight briefing at the CLC in September.")
P("With thanks to the staff, pupils and families of Canal Street Primary, Marlhithe Academy, "
  "Wapley Park School, Kelsall Green High School, St Saviour's Primary, Shadwell Lane Primary, "
  "Kelsall Green Children's Centre and the Fennick Autism Parents' Group.")
P("What you will need: the DVD set (three discs), your Wharfside Learn login, a headset (on loan "
  "from the CLC), and for Task 2 the loan camera. The CLC's assistive technology suite (screen "
  "readers, text-to-speech, switch access, symbol software) is used on Studio Day 2 and can be "
  "booked by participants on any weekday afternoon.")

# ---------------------------------------------------------------- outcomes chart
H("Films and outcomes", 1)
P("This chart shows, for each of the national outcomes (in our own short words), the films that "
  "work on it and where it counts towards your certificate.")
rows = [
    ("G", "What kind of SENCO you are"),
    ("A1", "Fair, respectful relationships with pupils and their families", "10", "Task 2"),
    ("A2", "Bringing the head and colleagues with you", "12", "Task 1"),
    ("A3", "Priorities, time and delegation", "7", "Circle discussion (not marked)"),
    ("A4", "Solving problems and making sound decisions", "1", "Task 3"),
    ("A5", "Speaking and writing clearly; listening", "all", "Task 4"),
    ("A6", "Using research and outside advice", "12", "Task 3"),
    ("A7", "Keeping up to date; your own CPD", "12", "Task 4"),
    ("G", "What you know"),
    ("K1", "SEN law, the Code of Practice and putting them into practice", "2", "Task 1"),
    ("K2", "Every Child Matters and the SENCO", "3", "Task 3"),
    ("K4", "How children develop", "4", "Viewing Log"),
    ("K5", "The common kinds of SEN and disability", "5", "Task 3"),
    ("K6", "Approaches, strategies and resources, including ICT", "5, Studio Day 2", "Task 3"),
    ("K7", "School self-evaluation and improvement", "\u2013", "\u2013"),
    ("K8", "Best practice and research", "12, Studio Day 3", "Task 3"),
    ("K9", "Other services and agencies", "4, 5", "Task 1"),
    ("G", "What you do"),
    ("S1", "Shaping policy and priorities with senior staff and governors", "12", "Task 1"),
    ("S2", "Identifying pupils, setting targets, planning and reviewing", "6", "Task 3"),
    ("S2a", "Using other professionals' assessments", "5", "Task 3"),
    ("S2c", "Helping colleagues with formative assessment", "8", "Task 2"),
    ("S2d", "Special arrangements for tests and examinations", "11", "Task 1"),
    ("S3", "Provision mapping", "6", "Task 1"),
    ("S4", "Deploying and managing staff", "8", "Task 2"),
    ("S5", "Developing colleagues: observation, feedback, coaching, training", "8", "Task 2"),
    ("S6", "Reviewing provision with colleagues", "6, 12", "Task 1"),
    ("S7", "Pupils taking part in planning and reviewing their support", "9", "Task 2"),
    ("S8", "Working with parents and carers", "10", "Task 2"),
    ("S9", "Working with other services and voluntary groups", "4, 5", "Task 1"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["", "Outcome", "Films", "Where it counts"]):
    t.cell(0, j).text = h
    shade(t.cell(0, j), "D9D9D9")
for r in rows:
    cells = t.add_row().cells
    if r[0] == "G":
        m = cells[0].merge(cells[3])
        m.text = r[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "DDEBF7")
    else:
        for j, v in enumerate(r):
            cells[j].text = v
doc.add_paragraph()
P("Outcome K7 will be covered by a further film in a later edition.", italic=True)

doc.save(OUT)
print("wrote", OUT)
