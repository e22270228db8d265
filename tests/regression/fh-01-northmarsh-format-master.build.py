"""Build fh-01-northmarsh-format-master.docx.

Provider (invented)
-------------------
Northmarsh Sensory Support Service, a regional service for deaf, visually
impaired and deafblind children, hosted by Kelderby Borough Council on behalf
of three small unitary authorities (Kelderby, Marshfleet and Saltby), bidding
with the University of Holmbridge School of Education, which validates the
award as a 60-credit Postgraduate Certificate. January 2009.

Kind of document
----------------
The course information booklet for teachers and headteachers, sent to the
panel as the Service's Alternative Formats Unit holds it: the accessible
"master text" from which braille, large print, audio (DAISY) and e-text
editions, and the designer's print edition, are produced. A covering note from
the Head of Service and the University's programme director says the whole
text, transcriber's notes included, is the submission.

Layout
------
* Real Word heading styles (Heading 1-3), as an accessible master needs them
  for navigation; a Title line; plain paragraphs; a few bulleted lists.
* Transcriber's notes in square brackets beginning "TN:"; picture
  descriptions beginning "Picture:"; print page markers "[Print page N]",
  several of them in the middle of a sentence.
* No tables at all: every print table (study days, assessment, who's who, the
  outcomes) is linearised into paragraphs, with a TN saying how.
* The outcomes section gives 28 entries (the national list has 29), each as a
  Heading 3 "Outcome N. ..." with "Where you meet it:" and "How it is
  checked:" lines, in the Service's own words, numbered 1-28 (no national
  codes).
* Header (job number, version) and footer (formats, PAGE field).
* Tracked changes: the Award Leader's deleted sentence offering a January
  start and inserted sentence saying everyone starts in September; the Access
  Coordinator's inserted sentence about interpreters for Focus Visits.
* Four Word comments (the University's programme director on APEL, the Award
  Leader on the mentor briefing, the Head of Service on the narrowing of
  "different needs", the transcriber on braille).
* A closing "Changes in this version" list for transcription staff.

Traps (requirement ids)
-----------------------
* 2.3 not_met: the box "Already an experienced SENCO?" was withdrawn from the
  proof; only a TN and the change list say it existed, pending a University
  decision. Nothing offers assessment without training.
* 2.1 partially_met: credit for prior certificated Master's-level study (up to
  30 credits) is offered, but "We cannot give credit for experience alone";
  the APEL possibility appears only in a comment.
* 3.2 partially_met: a deleted tracked change offered a January start and a
  different module order; the inserted text says everyone starts in
  September; all Study Days are face to face; only the pace (Standard or
  Stretched Route) varies.
* 5.3 not_met (wrong context): the only CRB sentence is about the Award
  Team, Deaf instructors and interpreters; the entry requirements say nothing
  about candidates' checks.
* 5.7 partially_met: mentors' role is described but their briefing is
  "[TN: date to be confirmed ...]" (and a comment says no room is booked);
  nothing says how tutors are prepared for their roles.
* 4.3 partially_met: stakeholders co-lead Study Day 4 and host visits, but
  the review panel of former participants ended in 2008 and involvement in
  evaluation is only "We would like ...".
* 5.1 partially_met: only internal evaluation (forms, questionnaires, team
  meetings, "You said, we did"); no external evaluation of the programme (the
  external examiner is described only in marking).
* 5.9 partially_met: repeated Starting Point Profile measures confidence; the
  Enquiry measures its own pupils; but "We are still thinking about how best
  to follow up" pupils' achievement.
* 1.3 partially_met: research and inspection evidence only in general terms.
* 1.9 and 6.0 partially_met: blanket claim "Between them, the modules and the
  Portfolio cover every one of the national outcomes"; the award rule (pass
  both modules and the Portfolio) does not secure every outcome because some
  entries are not assessed and one is missing.
* Criterion 6 per outcome:
  - 6.A3 (entry 3): "You talk this through with your tutor at your
    tutorials; it is not marked" and 6.S4 (entry 23): "Discussed with your
    mentor during the year; not assessed" -> partially_met (formative only).
  - 6.S2b (entry 20): practised at Study Day 6, "not separately assessed"
    -> partially_met.
  - 6.K7 (entry 14): assessed in Assignment A but developed only "through
    your school's own self-evaluation work" -> partially_met (assessed, not
    taught).
  - 6.K5 (entry 12): "Different needs" developed only through sensory
    impairment (Study Day 3) and optional Focus Visits; the common types in
    the national outcome are not taught -> partially_met (wrong thing).
  - 6.K4 (entry 11): entry present but both lines blank, with a TN saying
    so -> not_met.
  - 6.S2c: no entry and nothing on encouraging formative assessment anywhere
    -> not_met.
* Pictures: a pupil's own Learning Plan in braille (pupils' plan, not the
  participant's: 2.2 is met elsewhere); a 2008 Sensory Champions photograph
  (past course).
* Met but trap-like: 3.3 (Northmarsh Learn with tutor replies within three
  working days and termly updates to schools); 5.5 (Focus Visits hosted by
  named settings); 2.5 (Moving On Plan); 3.1 (Access Plan, interpreters,
  formats).
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = Path(__file__).resolve().parent
OUT = HERE / "fh-01-northmarsh-format-master.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(12)
for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
    doc.styles[s].font.name = "Arial"
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.5)

_rev = [900]


def _id():
    _rev[0] += 1
    return str(_rev[0])


def H(text, level=1):
    return doc.add_heading(text, level)


def P(text="", style=None):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text)
    return p


def TN(text):
    return P("[TN: " + text + "]")


def PIC(text):
    return P("[Picture: " + text + "]")


def PP(n):
    return P("[Print page %d]" % n)


def BUL(items):
    for it in items:
        P(it, style="List Bullet")


def ins_run(p, text, author, date):
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), _id())
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    ins.append(r)
    p._p.append(ins)


def del_run(p, text, author, date):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    d.append(r)
    p._p.append(d)


def field(p, instr):
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    f.append(r)
    p._p.append(f)


def comment(runs, text, author, initials, date):
    c = doc.add_comment(runs, text=text, author=author, initials=initials)
    c._element.set(qn("w:date"), date)
    return c


RUTH = "Ruth Pennington"
ALAN = "Alan Tremayne"
JUDITH = "Judith Kershaw"
GWEN = "Gwen Harker"

# ---------------------------------------------------------------- header/footer
hp = sec.header.paragraphs[0]
hp.text = "Northmarsh Sensory Support Service | Alternative Formats Unit | MASTER TEXT | Job AF/09/014 | v2.3"
hp.runs[0].font.size = Pt(9)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Master for braille (grade 2), large print (N18, N24), DAISY audio and e-text. Not for print distribution. Page ")
r.font.size = Pt(9)
field(fp, "PAGE")

# ---------------------------------------------------------------- title block
doc.add_paragraph("The Northmarsh SENCO Award 2009 to 2010", style="Title")
P("Postgraduate Certificate in Special Educational Needs Coordination (National Award for SENCOs)")
P("Course information for teachers and headteachers in Kelderby, Marshfleet and Saltby")
P("Northmarsh Sensory Support Service with the University of Holmbridge School of Education")
P("Alternative format master text, version 2.3, 14 January 2009")

H("Note for the approval panel")
P("This is our application for approval to offer the national award for SENCOs from "
  "September 2009. We decided not to write a separate document for you. Instead we send the "
  "booklet that teachers and headteachers in the three boroughs will read, because we would like "
  "the course to be judged by what we actually promise the people who take it.")
P("We send it as our Alternative Formats Unit holds it. Every leaflet, letter and booklet the "
  "Service publishes starts life as a master text like this one. From it the Unit produces "
  "braille, large print, audio and electronic copies on request, and our designer lays out the "
  "print edition. The words are the same in every edition. Where the print edition has a "
  "photograph, a chart or a table, the master has a description or a version that can be read in "
  "a straight line, and the transcriber says so in a note. We have left those notes in, because "
  "they are part of what our readers receive.")
P("Everything after this note is our submission, transcriber's notes included. Print page "
  "numbers are given so that you can find your place in the print proof if you ask for one.")
P("Judith Kershaw, Head of Service, Northmarsh Sensory Support Service")
P("Dr Alan Tremayne, Programme Director, University of Holmbridge School of Education")

H("About this edition")
P("Transcriber's notes are in square brackets and begin with TN. Descriptions of pictures are "
  "in square brackets and begin with Picture. Print page numbers are shown like this: [Print "
  "page 1]. They come where a new print page begins, which is sometimes in the middle of a "
  "sentence.")
P("Tables in the print edition have been turned into lists or short paragraphs. A note before "
  "each one says what it contains and in what order the information is given. Bold and coloured "
  "type in the print edition are not shown.")
P("This edition was transcribed by Gwen Harker and checked by Peter Lund, Alternative Formats "
  "Unit, Estuary House, Dock Road, Kelderby. If you would like this booklet in another format or "
  "another language, telephone 01632 960 418, text 07700 900 418, or email the Unit.")

PP(1)
PIC("the front cover. A photograph of a primary classroom. A teacher kneels beside a girl of "
    "about seven who wears two hearing aids. The girl is pointing at a laptop screen showing a "
    "page of a talking book in large print. Across the top is the title of the Award. Across "
    "the bottom are the logos of Kelderby, Marshfleet and Saltby Borough Councils, the Service "
    "and the University of Holmbridge.")

# ---------------------------------------------------------------- welcome
PP(2)
H("Welcome")
P("If you have picked up this booklet you are probably a teacher who has recently become, or is "
  "about to become, the special educational needs coordinator (SENCO) in your school. Or you may "
  "be a headteacher wondering who should lead this work, and how to help them do it well.")
P("The Northmarsh Sensory Support Service works with more than 600 children and young people "
  "who are deaf, have a visual impairment or are deafblind, in schools and early years settings "
  "across Kelderby, Marshfleet and Saltby. We are a small service, twenty-six teachers, "
  "instructors, audiology and habilitation staff and administrators, shared by three small "
  "councils, and so we know most of the SENCOs in the three boroughs by name. Over many years "
  "we have seen what a confident, well-informed SENCO means for a child.")
P("The Award is for every SENCO, not only those who teach deaf or visually impaired pupils. We "
  "built it with the University of Holmbridge, which awards the Postgraduate Certificate, and "
  "with colleagues in the three councils' inclusion teams and educational psychology services.")
P("The Award has one purpose: that children and young people with special educational needs "
  "and disabilities in your school do better. We mean better in their learning and progress, "
  "and also in their health, their safety, their enjoyment of school, the contribution they make "
  "and their chances of work and independence later on, the five outcomes of Every Child "
  "Matters. Every part of the course, and every piece of assessed work, asks you to show what "
  "has changed, or will change, for pupils.")
P("Judith Kershaw, Head of Service, and Dr Alan Tremayne, University of Holmbridge")

# ---------------------------------------------------------------- at a glance
H("The Award at a glance")
TN("In print this is a two-page spread with a coloured panel for each item. Here each item is "
   "a short paragraph beginning with its heading.")
PP(3)
P("What it is. A Postgraduate Certificate of the University of Holmbridge, worth 60 credits at "
  "Master's level. Subject to approval by the Training and Development Agency for Schools, which "
  "we expect in the spring, it is the national award for SENCOs.")
P("Who it is for. Teachers in the three boroughs who are SENCOs, or will become SENCOs within a "
  "year, in maintained schools, academies and early years settings. There are 24 places in "
  "2009 to 2010.")
P("How long. One year part-time, from September 2009 to July 2010, or two years on the "
  "Stretched Route.")
P("Where. Study Days at Estuary House, Kelderby, and at Saltby Learning Centre; Cluster "
  "Meetings in your own borough; Focus Visits in specialist settings; and your own school.")
P("How you learn. Eight Study Days, six Cluster Meetings after school, two half-day Focus "
  "Visits, work in your own school with a mentor, and study online on Northmarsh Learn.")
P("How you are assessed. Four pieces of assessed work and a Practice Portfolio. There are no "
  "examinations.")
P("What it costs. 1,450 pounds, of which your council pays half for schools in the three boroughs.")
P("What you get. The Postgraduate Certificate, and 60 credits you can carry towards the MA in "
  "Inclusive Education at Holmbridge.")
P("Between them, the modules and the Portfolio cover every one of the national outcomes for SENCOs.")

# ---------------------------------------------------------------- who for / entry
PP(4)
H("Who the Award is for, and what you need before you start")
H("What you need", 2)
BUL([
    "Qualified teacher status.",
    "A post as a teacher in a school or early years setting in Kelderby, Marshfleet or Saltby.",
    "To be the SENCO, or to be named by your headteacher as the next SENCO within a year.",
    "Your headteacher's written support, including agreement to release you for the Study Days "
    "and Focus Visits and to name a mentor for you.",
    "Access, in your school, to a group of pupils with special educational needs or disabilities "
    "for your Workplace Enquiry.",
])
H("Your Starting Point Profile and Starting Conversation", 2)
P("Before we offer you a place, you complete our Starting Point Profile. It has one statement "
  "for each of the national outcomes for SENCOs. For each one you rate yourself from 1 (this is "
  "new to me) to 4 (I could help others with this), and give a short example from your own work.")
P("One of the Award tutors then visits you in school for about an hour: the Starting "
  "Conversation. Your tutor reads your Profile beforehand and asks about your examples, because "
  "people often rate themselves too high on things that have changed recently, such as the law, "
  "and too low on things they do every day without calling them SENCO work. At the end of the "
  "conversation we agree with you whether the Award is right for you now.")
P("If it is not right yet, we say so and suggest what to do first, usually a term of the "
  "Service's free SENCO Network meetings and our two-day course First Steps as a SENCO, followed "
  "by a second Starting Conversation in the spring. We write to you and to your headteacher to "
  "explain why, and what would help.")
H("Your Learning Plan", 2)
P("If the Award is right for you, you and your tutor agree your Learning Plan at the Starting "
  "Conversation. It records three to five personal outcomes, chosen from the national list "
  "where your Profile shows you have most to learn; the Study Days, Cluster Tasks and Focus "
  "Visits that matter most for you; and the pupils your Workplace Enquiry might focus on. Your "
  "headteacher signs the Plan. Your tutor reviews it with you at each of your three tutorials, "
  "and it goes into your Practice Portfolio.")
PIC("a page from a pupil's own Learning Plan, written by a Year 8 pupil in braille with the print "
    "underneath. The pupil has written: I want to use my laptop in science and I do not want a "
    "helper sitting next to me all the time.")
H("Credit for earlier study", 2)
p = P("If you have already passed Master's-level credits in special educational needs in the "
      "last five years, you can ask the University to count up to 30 of them towards the Award "
      "through its procedure for the accreditation of prior certificated learning. You would then "
      "take one module instead of two. Ask about this at your Starting Conversation; claims go to "
      "the University's Credit Panel, which meets in June and November. ")
rr = p.add_run("We cannot give credit for experience alone.")
p.add_run(" Your experience counts in a different way: it shapes your Learning Plan, so that you "
          "spend less time on what you already know and more on what you do not.")
comment(rr, text="Academic Board considers credit for experiential learning on partner "
                "programmes on 4 March. If it agrees, participants could claim up to 30 credits "
                "for experience. Don't promise it yet.", author=ALAN, initials="AT", date="2009-01-13T09:12:00Z")

PP(5)
TN("Print page 5 of the December proof had a box headed Already an experienced SENCO? It was "
   "withdrawn from the proof on 9 January 2009 and is not reproduced in this edition. Print page "
   "5 now carries the picture below.")
PIC("a SENCO Network meeting at Estuary House. Twelve teachers sit round tables with coloured "
    "sticky notes. A Deaf instructor, Marcus Bell, is signing to the group; an interpreter "
    "stands beside him. The caption says: Sensory Champions, summer 2008.")

# ---------------------------------------------------------------- how built
PP(6)
H("How the Award is built")
H("Two modules", 2)
P("Module 1: Leading for Inclusion (HOL7201, 30 credits), September to January. This module is "
  "about the SENCO's part in the life of the whole school: the law and national policy, your "
  "school's arrangements for special educational needs and disability, working with senior "
  "leaders, governors and colleagues, and working with parents and carers.")
P("Module 2: Provision that Works (HOL7202, 30 credits), February to July. This module is about "
  "what happens for pupils: identifying needs, using assessment, planning and reviewing "
  "interventions, listening to pupils, working with other services, and finding out whether "
  "what you do makes a difference.")
H("Study Days", 2)
TN("In print this is a table with four columns. Here each row is one paragraph giving the Study "
   "Day number, the date, the place and the theme, in that order.")
days = [
    "Study Day 1. Thursday 24 September 2009. Estuary House, Kelderby. The SENCO's role and the "
    "whole child: Every Child Matters, the SEN Code of Practice (2001), the 2008 regulations on "
    "SENCOs, and getting started with your Learning Plan and Northmarsh Learn.",
    "Study Day 2. Thursday 15 October 2009. Estuary House. The law and the landscape: disability "
    "discrimination law, the disability equality duty and accessibility planning; the "
    "government's strategy Removing Barriers to Achievement; local policy in the three boroughs.",
    "Study Day 3. Thursday 19 November 2009. Saltby Learning Centre. Hearing, vision and "
    "learning: how sensory needs affect learning, and how they can be missed or mistaken for "
    "other difficulties; reading an audiogram and a functional vision report.",
    "Study Day 4. Thursday 14 January 2010. Estuary House. Families, pupils and provision: "
    "working with parents and carers, co-led by parents; provision mapping; in the afternoon, "
    "listening to children and young people, led by Loud and Clear.",
    "Study Day 5. Thursday 11 February 2010. Saltby Learning Centre. Working with other "
    "services: educational psychology, speech and language therapy, the Child Development "
    "Centre, social care and voluntary organisations; using other professionals' reports; "
    "solving problems through case scenarios.",
    "Study Day 6. Thursday 11 March 2010. Estuary House. Tracking and access: using RAISEonline, "
    "P scales and teacher assessment to track progress; access arrangements for national tests "
    "and examinations; ICT and assistive technology.",
    "Study Day 7. Thursday 29 April 2010. Estuary House. Leading the team: deploying teaching "
    "assistants and communication support workers; coaching, observation and feedback; "
    "reviewing provision with colleagues.",
    "Study Day 8. Thursday 24 June 2010. Estuary House. Making a difference: Workplace Enquiry "
    "presentations in the morning; your Moving On Plan in the afternoon.",
]
for d in days:
    P(d)
P("Study Days run from 9.15 am to 3.45 pm. All of them are taught face to face; there is no "
  "distance-learning version of the Award.")
PP(7)
H("Cluster Meetings", 2)
P("You also belong to a cluster of six to eight participants from your own borough, led by the "
  "Award tutor for that borough. Clusters meet six times a year from 4.15 pm to 6.15 pm: in "
  "Kelderby at Estuary House, in Marshfleet at Marshfleet Teachers' Centre, and in Saltby at "
  "Saltby Learning Centre. Cluster Meetings are for solving problems together, for sharing what "
  "you have tried since the last Study Day, and for the Cluster Tasks in your Portfolio. Cluster "
  "Meeting 2 looks at managing the SENCO's week: priorities, time and handing tasks on.")
H("Focus Visits", 2)
p = P("You make two half-day Focus Visits to specialist settings, one in each module. You choose "
      "them with your tutor from the Hearing Support Base at St Hilda's CE Primary School, "
      "Marshfleet; the Vision Resource Base at Saltby Academy; Ashwood School, Kelderby, a special "
      "school for pupils with moderate and severe learning difficulties; the Riverside Centre, "
      "Kelderby's pupil referral unit; the Speech and Language Base at Holm Lane Junior School; and "
      "the Child Development Centre at Kelderby General Hospital. Each visit is hosted by a named "
      "member of staff who has agreed a programme with us: you observe teaching, talk to staff "
      "and, where families agree, to pupils and parents, and you write a short Focus Visit record "
      "for your Portfolio. We choose host settings whose provision has been judged good or "
      "outstanding, and we review each one with its head every summer. ")
ins_run(p, "If you need an interpreter or notetaker on a Focus Visit, we book one and check the "
        "setting for access before you go.", "Lorna Whitfield", "2009-01-12T10:05:00Z")
H("Work in your own school", 2)
P("About half of the Award happens in your own school: your Workplace Enquiry, your Cluster "
  "Tasks, coaching a colleague for Task B, and the development plan for Assignment A. Your "
  "headteacher names a mentor for you, usually a deputy or assistant head. Your mentor meets you "
  "at least twice a term, helps you get the time and access you need, and signs the records in "
  "your Portfolio.")
p = P("We will invite mentors to a briefing at Estuary House and send each of them the Mentor "
      "Guide. ")
rr = p.add_run("[TN: date to be confirmed. The print proof has: date to follow.]")
comment(rr, text="Still no room from Holmbridge for the mentor briefing. Keep the TN "
                "until we have a date.", author=RUTH, initials="RP", date="2009-01-14T08:40:00Z")
H("Northmarsh Learn", 2)
P("Northmarsh Learn is the University's Blackboard site for the Award, which you reach from home "
  "or school with your University login. It holds every reading on the reading list that can be "
  "scanned, the slides from each Study Day, and recordings of the keynote talks with captions and "
  "a British Sign Language version. Each cluster has its own discussion board, and there is one "
  "for the whole group.")
P("Your cluster tutor reads the boards at least twice a week and replies to questions within "
  "three working days. Between Study Days you can also book a telephone, video or text tutorial "
  "with your tutor. Each term we use Northmarsh Learn and email to send your headteacher and "
  "mentor a short update on what the group has covered and what is coming next, so that your "
  "school can plan your release. Training in using Northmarsh Learn is part of Study Day 1.")

# ---------------------------------------------------------------- routes
PP(8)
H("Your own route through the Award")
P("Standard Route: both modules in one year, September 2009 to July 2010.")
P("Stretched Route: Module 1 in 2009 to 2010 and Module 2 in 2010 to 2011. This suits SENCOs in "
  "very small schools or with a heavy teaching load. You choose at your Starting Conversation, "
  "and you can move from the Standard to the Stretched Route up to the end of January.")
p = P("")
del_run(p, "If a September start is difficult, you can instead start in January with Module 2 "
        "and take Module 1 the following autumn.", RUTH, "2009-01-09T16:20:00Z")
ins_run(p, "Everyone starts in September, because Module 2 builds on Module 1.", RUTH,
        "2009-01-09T16:21:00Z")
P("Your Learning Plan also shapes your route inside the Award: which Focus Visits you make, "
  "which Cluster Tasks you do first, and which readings your tutor points you to.")

# ---------------------------------------------------------------- people
H("Learning from the people around you")
P("The Award is taught by people who do this work every day. Alongside the Award tutors you "
  "will learn from teachers of the deaf and of children with visual impairment, our educational "
  "audiologist, our habilitation officer and our Deaf instructors; from Dr Sunita Mahal, Senior "
  "Educational [Print page 9] Psychologist for Kelderby, who leads Study Day 5 with a speech and language "
  "therapist from the primary care trust; and from the staff of the Focus Visit settings.")
P("Parents from the Service's Parent Forum and from the Northmarsh branch of the National Deaf "
  "Children's Society co-lead the morning of Study Day 4. They talk about what helped and what "
  "did not when their children started school, and they run the role-plays in which you "
  "practise difficult conversations with families.")
H("Listening to children and young people", 2)
P("The afternoon of Study Day 4 is led by members of Loud and Clear, the Service's group of deaf "
  "and visually impaired young people aged 11 to 19. They show you how they want to be asked "
  "about their support, and what happens when adults ask the teaching assistant instead. You "
  "practise three ways of consulting pupils, including pupils who sign, use braille or have "
  "little speech: a structured conversation, Talking Mats, and a pupil-led review meeting. You "
  "then use at least one of them with the pupils in your Workplace Enquiry, which must report "
  "what the pupils told you and what you changed as a result.")

# ---------------------------------------------------------------- assessment
PP(10)
H("How you will be assessed")
TN("In print this is a table. Here each piece of assessed work is a paragraph giving its name, "
   "the module, its length, its weighting and when it is due, followed by what it asks you to do.")
P("Assignment A: Policy into Practice. Module 1. 4,000 words. 60 per cent of Module 1. Due 11 "
  "January 2010. A critical review of how your school meets its duties under special "
  "educational needs and disability law, the Code of Practice and Every Child Matters, using "
  "your school's self-evaluation form, with a one-year development plan and a provision map for "
  "one year group. You present the plan to your headteacher and a governor and include their "
  "written response.")
P("Task B: Leading a Colleague. Module 1. A record of one coaching cycle with a colleague "
  "(planning, observation, feedback and follow-up) and a 1,500-word reflective commentary. 40 "
  "per cent of Module 1. Due 25 January 2010.")
P("Workplace Enquiry. Module 2. 5,000 words. 70 per cent of Module 2. Due 7 June 2010. You plan, "
  "carry out and evaluate an intervention for a group of pupils with special educational needs "
  "or disabilities over at least ten weeks. Before you start you take baseline measures of the "
  "pupils' attainment and well-being, for example a reading or spelling age, P scale levels, "
  "attendance, a well-being scale or the pupils' own ratings; you measure again at the end; and "
  "you explain what changed and why. The Enquiry must draw on published research, use an "
  "assessment by at least one other professional, and report the pupils' views.")
P("Professional Conversation. Module 2. 30 minutes, recorded. 30 per cent of Module 2. June "
  "2010. You talk through your Practice Portfolio with your tutor and a second assessor from "
  "the University, explaining the decisions you took, and you discuss how you would handle two "
  "short scenarios that we give you on the day.")
P("Practice Portfolio. Both modules. Pass or fail. It holds your Learning Plan and its reviews, "
  "your Cluster Task records, your Focus Visit records, a record of your contacts with parents "
  "and carers, a map of the services that support your school, your school's access "
  "arrangements calendar, and your Moving On Plan.")
PP(11)
H("Marking, moderation and passing", 2)
P("Your tutor marks each piece of work against the University's Master's-level criteria, which "
  "are printed in the Award Handbook. A University tutor second-marks every piece of work that is "
  "a fail, a distinction or on a borderline, and at least one in four of the rest. Before each "
  "marking period the whole team marks the same two pieces of work and agrees the marks. The "
  "external examiner, Dr Frances Oduya of Caldermouth University, sees a sample of work from every "
  "tutor and every kind of assessment, and attends the Assessment Board in July.")
P("To gain the Award you must pass both modules and the Practice Portfolio. The pass mark for "
  "each piece of work is 50 per cent, and a good mark in one piece cannot make up for a fail in "
  "another. If you do not pass a piece of work you may resubmit it once, after a tutorial.")

# ---------------------------------------------------------------- outcomes
PP(12)
H("What you will be able to do: the Award outcomes")
TN("In print this section is a three-page table with a small symbol for each group. Here each "
   "outcome is a short entry: its number and name, what it means, where you meet it on the "
   "Award, and how it is checked.")
P("The national outcomes for SENCOs come in three groups: professional attributes, knowledge "
  "and understanding, and skills. We have put them in our own words; the national wording is "
  "in the Award Handbook.")

OUT_ENTRIES = [
    ("Being a SENCO", [
        ("1", "Good relationships with pupils and families",
         "Build fair, respectful and supportive relationships with pupils who have special "
         "educational needs or disabilities, and with their parents and carers.",
         "Study Day 4; your Focus Visits.",
         "Practice Portfolio (record of contacts with parents and carers) and the Professional "
         "Conversation."),
        ("2", "Bringing colleagues with you",
         "Win the commitment of colleagues, including your headteacher and senior leaders, to "
         "better outcomes for these pupils.",
         "Study Days 1 and 7; work with your mentor.",
         "Assignment A (the written response of your headteacher and governor to your "
         "development plan)."),
        ("3", "Managing your time",
         "Decide priorities, manage your time, and hand tasks on to others where that is right, "
         "making sure they are done.",
         "Cluster Meeting 2.",
         "You talk this through with your tutor at your tutorials; it is not marked."),
        ("4", "Sound judgement",
         "See problems coming and solve them, and make well-founded decisions about provision.",
         "Study Day 5 case scenarios; Cluster Meetings.",
         "Professional Conversation (the two scenarios)."),
        ("5", "Communicating",
         "Speak and write clearly, and listen to and understand other people's views.",
         "Throughout the Award.",
         "Every piece of assessed work, and the Professional Conversation."),
        ("6", "Using evidence and advice",
         "Use research and advice from outside the school to improve your own practice and "
         "your colleagues'.",
         "Study Days 3 and 5; the reading on Northmarsh Learn.",
         "Workplace Enquiry; Task B."),
        ("7", "Keeping up to date",
         "Keep your knowledge up to date and take charge of your own professional development "
         "in special educational needs and disability.",
         "Study Day 8.",
         "Your Moving On Plan in the Practice Portfolio."),
    ]),
    ("What you know", [
        ("8", "The law and the Code",
         "Know the law and guidance on special educational needs, including the Code of "
         "Practice, what they mean for your school, and how to put them into practice.",
         "Study Days 1 and 2.",
         "Assignment A."),
        ("9", "Every Child Matters",
         "Know the principles and the five outcomes of Every Child Matters and how a SENCO helps "
         "children achieve them.",
         "Study Day 1.",
         "Assignment A; the well-being measures in your Workplace Enquiry."),
        ("10", "Disability equality",
         "Know the law on disability equality and what it requires schools to do for disabled "
         "pupils.",
         "Study Day 2.",
         "Assignment A."),
        ("11", "How children grow and learn",
         "Understand how children develop, and how their development is affected by special "
         "educational needs, disability and the world around them.",
         None, None),
        ("12", "Different needs",
         "Understand the needs you will meet most often and how they affect learning.",
         "Study Day 3; your Focus Visits.",
         "Practice Portfolio (Focus Visit records)."),
        ("13", "Teaching approaches and ICT",
         "Understand critically a range of approaches, strategies and resources, including ICT, "
         "for assessment, planning and teaching, and use them to remove barriers to learning.",
         "Study Days 3 and 6; the assistive technology suite at Estuary House.",
         "Workplace Enquiry."),
        ("14", "Self-evaluation",
         "Understand how school self-evaluation and improvement planning work for pupils with "
         "special educational needs and disabilities.",
         "Through your school's own self-evaluation work, with your headteacher.",
         "Assignment A (which must use your school's self-evaluation form)."),
        ("15", "What works",
         "Know about best practice and research on meeting special educational needs.",
         "Study Days 5 and 6; the reading on Northmarsh Learn.",
         "Workplace Enquiry (the review of research)."),
        ("16", "Other services",
         "Know what other services and agencies do, and how to get specialist help and "
         "resources for pupils.",
         "Study Day 5; your Focus Visits.",
         "Practice Portfolio (map of services) and the Professional Conversation."),
    ]),
    ("What you can do", [
        ("17", "Shaping school policy",
         "Working with senior colleagues and governors, influence the school's inclusive ethos, "
         "its policies and priorities, and the way it uses its resources.",
         "Study Days 1 and 7.",
         "Assignment A (the development plan you present to your headteacher and a governor)."),
        ("18", "Identifying needs and planning",
         "Identify pupils who may have special educational needs or disabilities, set "
         "challenging targets, plan interventions and review progress.",
         "Study Days 3 and 6.",
         "Workplace Enquiry."),
        ("19", "Using other professionals' assessments",
         "Use assessments by other professionals to shape teaching and learning.",
         "Study Days 3 and 5.",
         "Workplace Enquiry (which must use at least one other professional's assessment)."),
        ("20", "Tracking progress",
         "Use summative assessments, including national tests, to track pupils' progress and "
         "change programmes when they are not working.",
         "Study Day 6.",
         "Practised at Study Day 6 with your school's own data; not separately assessed."),
        ("21", "Access arrangements",
         "Identify in good time the special arrangements pupils need for national tests and "
         "examinations, and put them in place with colleagues.",
         "Study Day 6.",
         "Practice Portfolio (your school's access arrangements calendar)."),
        ("22", "Provision mapping",
         "Use provision mapping to plan provision and to find provision that is missing or not "
         "working.",
         "Study Day 4.",
         "Assignment A (the provision map for one year group)."),
        ("23", "Deploying staff",
         "Deploy and manage staff, including teaching assistants and communication support "
         "workers, so that pupils are well supported.",
         "Study Day 7.",
         "Discussed with your mentor during the year; not assessed."),
        ("24", "Developing colleagues",
         "Support colleagues' professional development through observation and feedback, "
         "modelling, coaching and training.",
         "Study Day 7.",
         "Task B."),
        ("25", "Reviewing provision",
         "Review with colleagues how well provision works, to feed the school's self-evaluation "
         "and improvement planning.",
         "Study Day 7.",
         "Workplace Enquiry (the evaluation section) and Assignment A."),
        ("26", "Involving pupils",
         "Make sure pupils are involved in planning, agreeing, reviewing and evaluating their "
         "own provision.",
         "Study Day 4, with Loud and Clear.",
         "Workplace Enquiry (the pupils' views)."),
        ("27", "Working with parents and carers",
         "Work with parents and carers to support their children's learning and development.",
         "Study Day 4.",
         "Practice Portfolio (record of contacts) and the Professional Conversation."),
        ("28", "Working with other services",
         "Work in partnership with other services and agencies, including voluntary "
         "organisations, so that support for pupils is joined up.",
         "Study Day 5; your Focus Visits.",
         "Practice Portfolio (map of services) and the Workplace Enquiry."),
    ]),
]
page = 12
for group, entries in OUT_ENTRIES:
    H(group, 2)
    for num, name, meaning, where, how in entries:
        if num in ("9", "20"):
            page += 1
            PP(page)
        H("Outcome %s. %s." % (num, name), 3)
        P(meaning)
        if where is None:
            TN("The lines Where you meet it and How it is checked are blank for this outcome in the "
               "print proof. They are left blank here.")
            P("Where you meet it:")
            P("How it is checked:")
        else:
            P("Where you meet it: " + where)
            P("How it is checked: " + how)

# ---------------------------------------------------------------- support
PP(15)
H("Support for you")
H("Telling us what you need", 2)
P("The application form asks whether you have a disability, a long-term health condition or a "
  "specific learning difficulty that we should know about. You do not have to tell us. If you "
  "do, Lorna Whitfield, the Service's Deputy Head and the Award's Access Coordinator, will "
  "contact you before your Starting Conversation to agree an Access Plan with you, and will "
  "share it, with your agreement, with your tutors and the University's Disability Adviser. You "
  "can tell us at any time, not only when you apply.")
H("What we provide", 2)
BUL([
    "British Sign Language interpreters and electronic notetakers, booked by us and paid for by "
    "the Service.",
    "Every handout, reading and assessment brief in the format you choose, braille, large print, "
    "audio or electronic text, at the same time as everyone else receives it.",
    "Induction loops and a soundfield system in every teaching room, and venues with step-free "
    "access, accessible toilets and a quiet room.",
    "Adjustments to assessment agreed with the University's Disability Adviser, such as extra "
    "time, a signed or recorded presentation in place of part of a written assignment, or a "
    "reader.",
    "Study Days that end by 3.45 pm and Cluster Meetings in your own borough, so that travel is "
    "short.",
])
P("We welcome applications from disabled teachers, including Deaf teachers and teachers with a "
  "visual impairment; two of our own tutors are disabled. Our application materials are "
  "available in every [Print page 16] format. Each year we look at who applied, who was offered a place and who "
  "passed, by disability, ethnicity and gender, and we report the figures to the Award Board.")

# ---------------------------------------------------------------- stakeholders
PP(17)
H("Listening to schools, families and young people")
H("How the Award was shaped", 2)
P("In spring 2008 we asked every school and setting in the three boroughs what their SENCOs "
  "needed. 71 of the 96 replied. We also held a focus group of SENCOs in each borough, and met "
  "the three councils' SEN managers and the primary and secondary headteachers' groups.")
TN("In print the survey findings are a bar chart. The transcriber has given the figures in words.")
PIC("bar chart. Percentage of schools naming each area as a priority for their SENCO: working "
    "with senior leaders and governors, 68 per cent; using data to track progress, 61 per cent; "
    "managing teaching assistants, 57 per cent; working with other services, 55 per cent; "
    "working with parents, 49 per cent; sensory impairment, 23 per cent.")
P("What we changed as a result:")
BUL([
    "Headteachers asked that the Award fit around school life, so Study Days are on Thursdays, "
    "end before the end of the school day, and Cluster Meetings are in each borough.",
    "Working with senior leaders came top, so Assignment A is presented to your headteacher and "
    "a governor.",
    "Only a quarter of schools named sensory impairment as a priority, so we cut it from three "
    "Study Days in our first draft to one.",
    "The Parent Forum asked that parents should not only be talked about, so parents now co-lead "
    "Study Day 4.",
    "Loud and Clear asked that SENCOs learn to ask young people themselves, not their teaching "
    "assistant, so the afternoon of Study Day 4 is theirs, and your Enquiry must report pupils' "
    "views.",
])
comment_anchor = doc.paragraphs[-3].runs[0]
comment(comment_anchor, text="Are we sure about this? The inclusion team say autism, "
                "dyslexia and behaviour aren't covered anywhere now. Discuss at Award Team.",
                author=JUDITH, initials="JK", date="2009-01-14T11:02:00Z")
H("Staying involved", 2)
P("Parents and young people help teach the Award, as described above, and specialist settings "
  "host the Focus Visits. Your headteacher and your mentor are part of your Award too.")
P("Until 2008, former participants on our Sensory Champions course sat on a review panel that "
  "looked at the course each summer; the panel ended when that course ended. We would like "
  "headteachers, parents and former participants to help us review the Award in future, and we "
  "will ask the Award Board how best to arrange this.")

# ---------------------------------------------------------------- quality
PP(18)
H("How we keep the Award good")
P("Tell us what you think. There is a short form at the end of every Study Day and Cluster "
  "Meeting, and a longer questionnaire at the end of each module. Your tutor also asks at each "
  "tutorial. The Award Team reads every form and meets after each Study Day, and each term we "
  "put a You said, we did sheet on Northmarsh Learn showing what we changed.")
P("Each July the Award Team meets for a day to look back over the year, with the forms, the "
  "marks and the tutors' notes, and agrees the changes for the following year.")
P("At the end of the Award you complete the Starting Point Profile again, so that you and we "
  "can see how far your knowledge and confidence have grown against each outcome. Your Workplace "
  "Enquiry shows what changed for the pupils you worked with. We are still thinking about how "
  "best to follow up the difference the Award makes for pupils after you finish.")
P("Everyone on the Award Team who works with children, including our tutors, our Deaf "
  "instructors and the interpreters we book, has an enhanced CRB disclosure, renewed every three "
  "years, and is on the Service's single central record.")

# ---------------------------------------------------------------- who's who
PP(19)
H("Who's who")
TN("In print this is a table of photographs. Here each person is a paragraph: name, role on "
   "the Award, then qualifications and experience. The photographs are not described.")
people = [
    "Ruth Pennington. Award Leader and Kelderby cluster tutor. Qualified teacher of children with "
    "visual impairment (mandatory qualification); MA in Inclusive Education, Holmbridge. SENCO in "
    "a Kelderby comprehensive school for seven years; Senior Teacher in the Service since 2004.",
    "Dr Alan Tremayne. Programme Director for the University. Senior Lecturer in Inclusive "
    "Education; EdD. Former headteacher of a Marshfleet primary school; external examiner for SEN "
    "programmes at two other universities.",
    "Owen Pryce. Marshfleet cluster tutor. Teacher of the deaf (mandatory qualification); NPQH. "
    "Former SENCO and deputy headteacher of a Marshfleet primary school.",
    "Nasreen Akhtar. Saltby cluster tutor. Advisory Teacher for Inclusion, Saltby; MA in Special "
    "Educational Needs. Former primary SENCO; trainer for Saltby on the national Inclusion "
    "Development Programme.",
    "Dr Sunita Mahal. Study Day 5. Senior Educational Psychologist, Kelderby.",
    "Colin Barraclough. Study Day 3. Educational Audiologist, Northmarsh Sensory Support Service.",
    "Marcus Bell. Study Days 3 and 4. Deaf Instructor; NVQ Level 4 in British Sign Language.",
    "Lorna Whitfield. Access Coordinator. Deputy Head of the Service; teacher of the deaf.",
    "Janet Rowe. Award Administrator, Estuary House. Your first contact for applications, "
    "dates and forms.",
]
for x in people:
    P(x)
P("Each Award tutor spends at least five days a year on their own professional development, and "
  "all four are members of NASEN.")
H("Books, equipment and study space", 2)
P("Estuary House is home to the Sensory Resource Centre. Its lending library has more than "
  "2,000 books, assessment materials and DVDs on special educational needs and disability, and "
  "will post items to you. Its assistive technology suite has screen readers, magnifiers, "
  "braille embossers, radio aids, soundfield systems and communication software such as Clicker "
  "and Boardmaker, which you can try and borrow to use with pupils. There is a computer room "
  "with printers. As a Holmbridge student you can use the University library and its online "
  "journals from home.")

# ---------------------------------------------------------------- after
PP(20)
H("After the Award")
P("The afternoon of Study Day 8 is given to your Moving On Plan. You set three professional "
  "targets for the next two years, and within a month you agree them with your headteacher or "
  "mentor, who signs the Plan. Your tutor gives you a list of possibilities to discuss: "
  "modules of the MA in Inclusive Education, the mandatory qualification for teachers of deaf "
  "or visually impaired children, the Service's SENCO Network, which meets each term, and "
  "leadership programmes.")

PP(21)
H("What it costs")
P("The fee for 2009 to 2010 is 1,450 pounds. It includes all materials, alternative formats, "
  "interpreters and [Print page 22] refreshments. For schools in the three boroughs the councils pay half. Your "
  "school pays for supply cover for the eight Study Days. Because the Award is taught locally, "
  "by people the three councils already employ, it costs about a third less than the nearest "
  "university programme, and nobody has to travel more than twelve miles.")

H("How to apply")
P("Closing date: Friday 15 May 2009 for a September 2009 start. Starting Conversations take "
  "place in June, and we confirm places by 10 July.")
TN("Print pages 26 and 27 are the application form. They are not transcribed here. Ask Janet "
   "Rowe, the Award Administrator, for the form in your format.")

# ---------------------------------------------------------------- glossary
PP(23)
H("Words we use")
gl = [
    "Access Plan. The plan we agree with you if you tell us about a disability or other need.",
    "Accreditation of prior certificated learning. Counting credits you have already passed "
    "towards the Award.",
    "Cluster. Your group of six to eight participants from the same borough.",
    "Communication support worker. A member of staff who supports a deaf pupil's communication "
    "in class.",
    "Focus Visit. A half-day visit to a specialist setting.",
    "Learning Plan. Your own plan for the Award, agreed at the Starting Conversation.",
    "Mandatory qualification. The extra qualification a teacher of deaf or visually impaired "
    "children must hold.",
    "Provision map. A chart of the support a school offers, who receives it and what it costs.",
    "SEF. The school self-evaluation form.",
    "Starting Point Profile. The self-review you complete before you are offered a place.",
]
for g in gl:
    P(g)

# ---------------------------------------------------------------- changes
H("Changes in this version")
p = TN("This list is for transcription staff. It is not in the print edition.")
comment(p.runs[0], text="Braille: spell SENCO in full, no contraction. Added to the "
                "transcribers' list.", author=GWEN, initials="GH", date="2009-01-14T15:30:00Z")
P("Version 2.1, 5 December 2008. First master from the designer's text.")
P("Version 2.2, 18 December 2008. Study Day dates added; the Loud and Clear afternoon added to "
  "Study Day 4.")
P("Version 2.3, 14 January 2009. Box Already an experienced SENCO? withdrawn from print page 5 "
  "at the University's request until its Academic Board has considered it. January start "
  "withdrawn. Interpreters for Focus Visits added. Mentor briefing date still to come.")

cp = doc.core_properties
cp.author = "Gwen Harker"
cp.title = "The Northmarsh SENCO Award 2009 to 2010: master text v2.3"
cp.created = cp.modified = datetime.datetime(2009, 1, 14, 16, 0)
cp.last_modified_by = "Ruth Pennington"
cp.revision = 23

doc.save(OUT)
print("wrote", OUT)
