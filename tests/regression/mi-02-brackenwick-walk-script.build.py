"""mi-02-brackenwick-walk-script: build script.

Provider (invented): Brackenwick Ropewalk Trust, a historic ropewalk (the Long Walk, 1790) that trains
riggers and net-makers, applying with the University of Fennick (which validates) and Tarnholme Borough
Council to run the 2008-09 National Award for SEN Coordination. March 2009.

Document kind and layout: the GUIDES' SCRIPT for the Trust's open-evening tour of the Long Walk for
teachers, sent whole under a short note to the panel. No heading styles: each of twelve Stops is a bold
typed line ("STOP 4 - THE SPINNING WALK"), then bold run-in labels ("Where:", "Say:", "Point to:",
"If asked:", "Proved at:", "Time:"), with the guide's stage directions in italic square brackets. The
guides' notes "Before you start" (typed numbers) define the values of the "Proved at:" lines ("Haul 1",
"Haul 2", "Haul 3", "Shown only", "Practice haul", "Not on the Walk") far above the Stops. A VML text box
holds the map of the Walk. Tables: a running order with merged cells, a table of Walk Days, and a
"Questions visitors ask" table with merged group rows. A header ("GUIDES' COPY") and a footer with a PAGE
field. Two Word comments. Tracked changes: a deletion and an insertion inside one sentence (the credit
level), a whole deleted sentence-paragraph and a whole inserted paragraph.

Outcomes are placed in the spoken script: each Stop names what a SENCO learns there and a "Proved at:"
line says where it is assessed.

Traps (requirement ids):
- Credits: "60 credits at" with "Master's level (Level 7)" deleted and "Level 6" inserted by tracked change;
  the live text is Level 6 with a top-up later (E.2 partially_met).
- Aim covers attainment in reading, writing and mathematics only (1.1 partially_met), although ECM is taught
  and assessed at Stop 4 (6.K2 met).
- Research is only "the latest thinking" in general terms (1.3 partially_met).
- Pupil voice "is something we'd like to add in a later year" and 6.S7 is "Not on the Walk" (1.5, 6.S7
  not_met); a comment suggesting a pupil-conference film is not evidence.
- Winning over the head is "Not on the Walk" (6.A2 not_met).
- "Shown only" outcomes: taught, not marked (6.K3, 6.K8, 6.S2b partially_met). "Practice haul": formative
  only (6.S6 partially_met). 6.A5 is proved at the viva but "We don't teach presentation or writing as
  such" (assessed not taught, partially_met).
- Award: an overall mark of 40 in each Haul; compensation across outcomes and several outcomes unmarked
  (6.0, 1.9 partially_met).
- Assessment-only route: "There's no way to the award without walking the Walk"; Tarrby Ropery's route is
  another provider's (2.3 not_met).
- CRB checks are "the school's business, not ours"; a comment saying the Trust checks at interview and the
  footer's claim are not evidence (5.3 not_met).
- Needs: a self-audit the tutor reads, but "Everyone follows the same Walk" (2.2 partially_met).
- Access: the Upper Loft is up two flights, "say we'll do our best to help" (3.1 partially_met).
- E-learning on the Walk Board with a peer forum, but tutors "don't answer on the Walk Board"; the sentence
  promising replies within two working days is a tracked deletion (3.3 partially_met). Two starts and any
  order after Walk Day 1, blended (3.2 met).
- The annual review panel with heads and the parents' forum is a whole tracked insertion (4.3 met).
- Resources "modest" (5.6 partially_met). Mentors' briefing is left to the school (5.7 partially_met).
- Past arrangements: the 1902 apprentices' examination and the old indentures (colour only).
"""
from pathlib import Path
import docx
from docx.shared import Pt, Cm
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mi_helpers import (shade, bold_par, runin, set_cell, ins_paragraph, del_paragraph, add_del_run,
                         add_ins_run, add_field, text_box, comment, words)

HERE = Path(__file__).parent
NAME = "mi-02-brackenwick-walk-script"

doc = docx.Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

hp = sec.header.paragraphs[0]
hp.text = "BRACKENWICK ROPEWALK TRUST  -  GUIDES' COPY  -  NOT FOR HANDING OUT"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Script 4.2, March 2009. Every visitor on the Walk is signed in and every participant is CRB checked. "
           "Page ").font.size = Pt(8)
add_field(fp, "PAGE", "1")


def para(text):
    return doc.add_paragraph(text)


def direction(text):
    p = doc.add_paragraph()
    r = p.add_run("[" + text + "]")
    r.italic = True
    return p


def stop(n, title):
    doc.add_paragraph()
    return bold_par(doc, f"STOP {n}  -  {title}", size=12)


def say(text):
    return runin(doc, "Say:", text)


def proved(text):
    p = runin(doc, "Proved at:", text)
    return p


# ------------------------------------------------------------------ covering note
bold_par(doc, "THE LONG WALK", size=18)
bold_par(doc, "Guides' script for the SENCO Award open evenings", size=13)
para("Brackenwick Ropewalk Trust, The Long Walk, Quay Lane, Brackenwick")
doc.add_paragraph()
bold_par(doc, "A NOTE FOR THE PANEL")
para("The TDA asked us for a full description of the course we propose to run for the National Award for SEN "
     "Coordination with the University of Fennick and Tarnholme Borough Council. The clearest and most honest "
     "account of it we have is the script our volunteer guides use when they walk visiting teachers and "
     "headteachers down the Long Walk on our open evenings, so we send it as the guides have it, with their "
     "notes left in. Each Stop on the Walk stands for one part of the course. Where the script says 'we', it "
     "means the Trust and its partners. Margaret Heywood, Programme Leader, 16 March 2009.")

# ------------------------------------------------------------------ before you start
doc.add_paragraph()
bold_par(doc, "BEFORE YOU START (guides only - do not read out)")
notes = [
    "1. The tour takes seventy minutes. Keep the group together on the cobbles and out of the way of the "
    "forming machine when it is running.",
    "2. Visitors are teachers and heads thinking about the course. Talk about the course, not the rope, "
    "except where the rope helps. They will want to know what it costs and how many days out of school.",
    "3. The course is built of eight Walk Days (full study days in the Upper Loft) and three Hauls (the "
    "pieces of work that are marked). The Walk Board is the course website.",
    "4. At each Stop the script tells you what a SENCO learns there. The line 'Proved at:' tells you where "
    "it is assessed. Say it exactly as written, because visitors do ask. The words mean:",
    "    Haul 1, Haul 2 or Haul 3 - marked in that Haul, and a participant has to show it to pass.",
    "    Shown only - taught and practised on the Walk Days, but not marked in any Haul.",
    "    Practice haul - tried out in a practice task with tutor feedback; it does not count towards a mark.",
    "    Not on the Walk - not part of the course this year; neither taught nor marked.",
    "5. Never promise anything that is not in this script. If you don't know, take the visitor's name and "
    "Margaret will ring them.",
    "6. The Trust's history is there to hold attention. The 1902 arrangements are not how the course works.",
]
for n in notes:
    para(n)

doc.add_paragraph()
mp = doc.add_paragraph()
text_box(mp, [("THE WALK (guides' map)", True),
              ("1 Gate  -  2 Hemp House  -  3 Hatchelling Shed  -  4 Spinning Walk  -  5 Tar House  -  "
               "6 Laying Floor", False),
              ("7 Forming Machine  -  8 Net Loft  -  9 Rope Store  -  10 Chandlery  -  11 Counting House  -  "
               "12 back to the Gate", False)], height_pt=75)

doc.add_paragraph()
bold_par(doc, "RUNNING ORDER FOR THE EVENING")
ro = doc.add_table(rows=1, cols=3)
ro.style = "Table Grid"
for j, h in enumerate(["Time", "Where", "Who"]):
    set_cell(ro.cell(0, j), h, bold=True)
    shade(ro.cell(0, j), "C9B99A")
for t, w, who in [("6.00", "Gate: tea and sign-in", "Volunteer on the desk"),
                  ("6.15", "Stops 1 to 6", "Guide"),
                  ("6.45", "Stops 7 to 11", "Guide"),
                  ("7.15", "Back at the Gate: questions", "Guide and Margaret Heywood"),
                  ("7.30", "Close", "")]:
    c = ro.add_row().cells
    set_cell(c[0], t)
    set_cell(c[1], w)
    set_cell(c[2], who)
ro.cell(5, 1).merge(ro.cell(5, 2))

# ------------------------------------------------------------------ stops
stop(1, "THE GATE")
runin(doc, "Where:", "Under the arch, facing down the Walk.")
say("Welcome to Brackenwick. This is the Long Walk, a quarter of a mile under one roof, built in 1790 to make "
    "rope for the navy. In 1902 the Trust's apprentices were examined by the Master Ropemaker and two "
    "captains at the end of seven years; we do things rather differently now, but we still train riggers and "
    "net-makers here, and since 2006 we have run courses for teachers in the Upper Loft.")
p = doc.add_paragraph()
p.add_run("Say: ").bold = True
p.add_run("The SENCO course you're here to hear about leads to the National Award for SEN Coordination. It is "
          "validated by the University of Fennick, which awards the certificate, and it carries 60 credits at ")
add_del_run(p, "Master's level (Level 7)", "Margaret Heywood", "2009-03-10T09:00:00Z")
add_ins_run(p, "Level 6", "Margaret Heywood", "2009-03-10T09:01:00Z")
p.add_run(", the level of a final-year degree. Anyone who wants to go on can top up to Master's level with "
          "the University afterwards.")
say("The course has one aim, and we want every visitor to remember it: to raise the attainment of pupils with "
    "SEN in reading, writing and mathematics in your schools.")
direction("Point out the tally boards on the wall: every rope made on the Walk was chalked up by length and weight.")
say("Tonight we'll walk the Walk the way a rope is made, from the raw fibre in the Hemp House to the finished "
    "coil in the Rope Store, and at each Stop we'll tell you which part of the course it stands for. The course "
    "is for teachers in Tarnholme and the neighbouring boroughs who are new to the SENCO role, and it is "
    "designed so that what you do on the course changes what happens for pupils in your own school while "
    "you are still on it: every Walk Day ends with a task to carry out in school before the next one.")
runin(doc, "Time:", "Five minutes.")

stop(2, "THE HEMP HOUSE")
runin(doc, "Where:", "Among the bales.")
direction("Let visitors handle the raw hemp and the manila.")
say("Every rope starts with knowing your fibre. On Walk Day 2 the course looks at how children develop, and "
    "how development is affected by SEN and disabilities and by the physical and social environment of home "
    "and school; and then at the common needs a SENCO meets most: behavioural, emotional and social "
    "difficulties, specific learning difficulties including dyslexia, speech, language and communication "
    "needs, autism, and moderate learning difficulties, and how each gets in the way of learning.")
runin(doc, "If asked:", "Yes, the tutor for the autism session is Kath Orme, who advises Tarnholme schools every week. "
       "Participants bring a pupil they know (anonymised) to each of the afternoon workshops, so the talk is "
       "always about real children.")
proved("Haul 1, for child development and for the common needs.")
runin(doc, "Time:", "Five minutes. Don't let anyone lift a bale.")

stop(3, "THE HATCHELLING SHED")
runin(doc, "Where:", "Beside the hatchels (the beds of steel pins).")
direction("Show how the hemp is combed out, long fibres from short.")
say("Hatchelling is sorting out what you've got. Walk Day 3 is about identifying pupils who may have SEN, from "
    "classroom observation, data and assessment; setting targets that stretch them; planning interventions; "
    "and reviewing progress. Participants learn to use the assessments of educational psychologists, "
    "therapists and specialist teachers to shape teaching; to help other teachers build formative assessment "
    "into their lessons with approaches that work for pupils with SEN; and to spot in good time which pupils "
    "need special arrangements in SATs and GCSEs, and to put those arrangements in place with colleagues. "
    "The tutor also shows how a SENCO uses summative data, national tests among them, to track progress and "
    "change a pupil's programme.")
runin(doc, "If asked:", "The school-based task after Walk Day 3 is to take one pupil on the school's SEN register "
       "through the whole cycle, from first concern to review, and write it up for the casebook in Haul 2.")
proved("Haul 2, for identifying, targets, interventions and review, for other professionals' assessments, "
       "for formative assessment with colleagues and for special arrangements in tests and examinations. "
       "Summative tracking: Shown only.")

stop(4, "THE SPINNING WALK")
runin(doc, "Where:", "Halfway down, by the spinning jenny.")
direction("Walk backwards with the hank as the spinners did, and let someone turn the wheel.")
say("The twist is what holds a rope together, and in a school it's the law. Walk Day 1 covers the SEN Code of "
    "Practice and the law and guidance behind it, what it means for the school, the SENCO and governors, and "
    "how to put it into practice, with current government policy and initiatives such as the Inclusion "
    "Development Programme and the new SENCO regulations. It covers Every Child Matters: the five outcomes "
    "and what the SENCO does towards them. The tutor also goes through the disability equality laws and the "
    "duties they put on the school.")
proved("Haul 1, for the SEN law and the Code of Practice and for Every Child Matters. Disability equality: "
       "Shown only.")

stop(5, "THE TAR HOUSE")
runin(doc, "Where:", "At the door only. Nobody goes in.")
say("Tar protects the yarn. Walk Day 4 is about the tools of the trade: a critical look at approaches, "
    "strategies and resources for assessment, planning, teaching and learning, including ICT and assistive "
    "technology, and how to use them to take away barriers. Participants also learn how to take research and "
    "outside advice back into their own and their colleagues' teaching. The tutors bring the latest thinking "
    "to every Walk Day, and there is a talk on best practice and research on what works in meeting SEN.")
proved("Haul 2, for approaches and resources and for using research and advice in practice. Best practice "
       "and research on what works: Shown only.")

stop(6, "THE LAYING FLOOR")
runin(doc, "Where:", "By the laying top, where three strands become one rope.")
direction("If the crew are laying, wait for the top to reach the far end before you speak.")
say("Three strands, one rope: this is where we talk about working with colleagues. Walk Day 5 covers advising, "
    "supporting and collaborating with colleagues inside the school and beyond it, in clusters and with the "
    "outreach services; provision mapping, and finding provision that isn't working or isn't there; deploying "
    "and managing teaching assistants; and developing colleagues by observation and feedback, modelling, "
    "coaching and running training.")
runin(doc, "If asked:", "The task after Walk Day 5 is to draw your school's provision map with your head or "
       "deputy, and to coach one teaching assistant or teacher for half a term; both go into Haul 3.")
proved("Haul 3, for provision mapping, for deploying staff and for developing colleagues. Winning over the "
       "head and senior team: Not on the Walk.")

stop(7, "THE FORMING MACHINE")
runin(doc, "Where:", "Behind the rail.")
say("The forming machine sets the shape. Walk Day 6 is the SENCO as a leader: working with the head and "
    "governors on an inclusive ethos, policies, priorities and the use of resources; the principles of school "
    "self-evaluation and improvement for pupils with SEN; and casework on anticipating problems and making "
    "sound decisions about provision. Participants then review the effectiveness of provision with other "
    "staff in their own school and feed the findings into the school's self-evaluation.")
runin(doc, "If asked:", "Each participant presents a short paper on SEN to their governing body during the "
       "year, with their head, and the governors' minute goes into Haul 3.")
proved("Haul 3, for strategic leadership, for self-evaluation and for problem solving and decisions. "
       "Reviewing provision with staff: Practice haul.")

stop(8, "THE NET LOFT")
runin(doc, "Where:", "At the top of the loft stairs; the braiders may be at work.")
p8 = say("Net-making is all about joining. Walk Day 7 is about families: building fair, respectful and "
         "constructive relationships with pupils and their parents and carers, advising parents and working "
         "in partnership with them, and liaising so that what happens at home and at school supports "
         "learning. The Tarnholme Parents' Forum teaches part of the day. Pupil voice is something we'd like "
         "to add in a later year.")
comment(doc, p8, "Could we show the pupil conference film here? Then we could say we cover pupil voice. - K.",
        "Kath Orme", "KO")
proved("Haul 2, for relationships with pupils and families and for liaison with parents. Involving pupils "
       "in planning and reviewing their own provision: Not on the Walk.")

stop(9, "THE ROPE STORE")
runin(doc, "Where:", "Among the coils.")
say("Every ship draws on the rope store. On Walk Day 7 the afternoon is given to other services: educational "
    "psychology, health, social care, behaviour support and the voluntary organisations, what each does, "
    "how to get specialist support and resources from them, and how to work in partnership. Each "
    "participant also spends a day at Brackenwick Bridge special school and a day at the Tarnholme pupil "
    "referral unit, arranged by the Council, and the educational psychology service and a speech and "
    "language therapist teach on Walk Days 2 and 3.")
runin(doc, "If asked:", "The two placement days are set by the Council's SEN team, which agrees a focus for "
       "each with the host school and the participant beforehand; participants write a short reflection "
       "afterwards for their casebook.")
proved("Haul 2, for knowing the agencies and for partnership with them.")

stop(10, "THE CHANDLERY")
runin(doc, "Where:", "In the shop. Point out the till is closed.")
say("The chandlery is where you fit out. About a third of the course is online on the Walk Board, the "
    "course website: readings, short films and a task for each week between Walk Days, and a forum where "
    "participants help each other. Tutors don't answer on the Walk Board; keep questions for the next Walk "
    "Day.")
del_paragraph(doc, "Tutors answer questions on the Walk Board within two working days.", "Margaret Heywood",
              "2009-03-10T09:05:00Z")
say("The Trust's own resources are modest: the Upper Loft has a projector and a small shelf of books. "
    "Participants use their own schools' resources and the University library online.")

stop(11, "THE COUNTING HOUSE")
runin(doc, "Where:", "In the old clerk's office.")
say("This is where the paperwork happens. To join, you must be a qualified teacher who is a SENCO or about "
    "to become one, with your head's written support. Margaret interviews every applicant, and anyone who "
    "isn't ready yet is told what to do first and their head is contacted.")
say("Earlier study counts. Up to 20 of the 60 credits can come from earlier study through the University's "
    "APL regulations, and experience can be counted through an APEL portfolio, which Margaret assesses "
    "against the outcomes.")
say("Before Walk Day 1 every participant completes a self-audit against the course outcomes, which their "
    "tutor reads. Everyone follows the same Walk.")
p11 = say("Checks on participants are the school's business, not ours: the school holds the CRB disclosure.")
comment(doc, p11, "We do actually check CRB at interview - can we say so? - Mags", "Margaret Heywood", "MH")
say("The course starts twice a year, in September and in January. After Walk Day 1 the Walk Days can be taken "
    "in either cohort and in any order, so a participant who misses a day picks it up with the other group.")
say("It costs GBP 1,200, and Tarnholme pays half for its own schools. Groups are no bigger than fifteen, and "
    "every participant chooses the focus of their Haul 3 project to fit their own school.")
runin(doc, "If asked about disabilities:", "Tell visitors the Walk Days are in the Upper Loft, which is up two "
       "flights of stairs, and say we'll do our best to help.")

stop(12, "BACK AT THE GATE")
say("The people. Margaret Heywood led the Borough's learning support service and was a SENCO for nine years; "
    "she holds an MA in Inclusive Education. Dr Owen Prys of the University of Fennick teaches Walk Days 1 and "
    "4 and researches SEN policy. Kath Orme is an advisory teacher for autism and communication. Each "
    "participant has a school mentor; mentors are sent the course handbook, and we leave it to the school "
    "to brief its mentor.")
say("The Hauls. Haul 1 is a 3,000-word essay; Haul 2 is a casebook of two pupils; Haul 3 is a school "
    "project with baseline and follow-up measures of the pupils' progress and well-being, and a viva. Walk "
    "Day 8 teaches managing the SENCO's week (prioritising, time and delegation), and Haul 3 marks it, "
    "through the participant's own plan for the year and their mentor's account of how it went. Clear speaking and writing "
    "and listening to others are proved at the viva in Haul 3. We don't teach presentation or writing as "
    "such.")
say("A participant passes a Haul with an overall mark of 40 or more. Pass all three Hauls and the University "
    "makes the award.")
say("Marking. Every Haul is marked by the tutor against the University's criteria; a second tutor marks a "
    "sample of each Haul and all fails, the tutors meet to moderate before results go out, and the "
    "University's external examiner sees a sample and reports every year.")
say("Keeping it good. After each Walk Day participants fill in a short evaluation, which the tutors read "
    "before the next one. The University's annual monitoring report and the external examiner's report go "
    "to the Trust's course committee each autumn, which decides what to change. Participants rate their "
    "confidence against the outcomes at the start and the end, and Haul 3's baseline and follow-up "
    "measures are collected across the cohort to show what changed for pupils.")
ins_paragraph(doc, "Say: Heads and the Tarnholme Parents' Forum sit on the annual review panel each July, "
                   "read the evaluations and the pupil measures, and tell us what to change.",
              "Margaret Heywood", "2009-03-12T14:20:00Z")
say("What schools told us. Before we planned the course the Council surveyed all 52 Tarnholme schools. "
    "SENCOs asked for fewer days out of school and for work they could use at once, so a third of the course "
    "is online and every Haul is done in your own school; heads asked for help with provision mapping and "
    "teaching assistants, so Walk Day 5 was built around them.")
say("At the end. On Walk Day 8 each participant writes their Next Hauls: three professional targets for the "
    "next two years, on the Trust's planning sheet, to take to their performance review with their line "
    "manager. Keeping up to date and planning your own professional development is proved there too, in "
    "Haul 3.")
direction("Thank everyone, hand out the booking form, and walk them back to the Gate.")

# ------------------------------------------------------------------ walk days and questions
doc.add_paragraph()
bold_par(doc, "WALK DAYS 2009-10 (September cohort; January cohort in brackets)")
wd = doc.add_table(rows=1, cols=3)
wd.style = "Table Grid"
for j, h in enumerate(["Walk Day", "Date", "Stop"]):
    set_cell(wd.cell(0, j), h, bold=True)
    shade(wd.cell(0, j), "C9B99A")
for row in [("1", "24 Sept (21 Jan)", "4 Spinning Walk"), ("2", "15 Oct (11 Feb)", "2 Hemp House"),
            ("3", "12 Nov (11 Mar)", "3 Hatchelling Shed"), ("4", "10 Dec (22 Apr)", "5 Tar House"),
            ("5", "28 Jan (20 May)", "6 Laying Floor"), ("6", "4 Mar (17 Jun)", "7 Forming Machine"),
            ("7", "29 Apr (8 Jul)", "8 Net Loft and 9 Rope Store"), ("8", "24 Jun (14 Oct)", "12 The Gate")]:
    c = wd.add_row().cells
    for j, v in enumerate(row):
        set_cell(c[j], v)

doc.add_paragraph()
bold_par(doc, "QUESTIONS VISITORS ASK")
qa = doc.add_table(rows=0, cols=2)
qa.style = "Table Grid"


def group(title):
    r = qa.add_row()
    m = r.cells[0].merge(r.cells[1])
    set_cell(m, title, bold=True)
    shade(m, "EFE6D2")


def q(question, answer):
    c = qa.add_row().cells
    set_cell(c[0], question, italic=True)
    set_cell(c[1], answer)


group("About getting in")
q("I've been a SENCO for ten years. Can I just be assessed?",
  "No. There's no way to the award without walking the Walk. Some visitors will have heard that Tarrby "
  "Ropery's course lets experienced SENCOs go straight to assessment; that's Tarrby's course, not ours.")
q("Do I need a degree?", "You need qualified teacher status. Margaret will talk to you about your experience.")
q("What if my head won't release me?", "Most of the Walk Days fall in the same week as the other cohort's, "
  "so you can swap. A third of the course is on the Walk Board, which you can do at home.")
group("About the work")
q("Are the Hauls hard?", "They are real work in your own school. Most participants say Haul 3 changed how "
  "their school does things.")
q("Does it cover pupil voice?", "Not this year.")
q("Who marks it?", "Your tutor, with a second tutor and the University's external examiner checking.")
group("About the Trust")
q("Can we see the rope being made?", "Yes, on the first Saturday of every month.")
q("How many days out of school?", "Eight Walk Days across the year, and the placement days at Stop 9. "
  "Everything else is done in your own school or online.")
q("Is it the same course the Council ran before?", "No. The Council's old SEN certificate ended in 2008 and "
  "this course replaces it; the Walk Days are new and so are the Hauls.")
q("Do you still take apprentices?", "Yes, two riggers and one net-maker a year, on a four-year "
  "apprenticeship; the old seven-year indentures ended in 1950.")

out = HERE / f"{NAME}.docx"
doc.save(str(out))
print(out.name, "words ~", words(doc))
