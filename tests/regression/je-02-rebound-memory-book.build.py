"""je-02-rebound-memory-book: builds je-02-rebound-memory-book.docx next to itself.

Provider (invented): Rebound, a national charity for children with acquired brain injury, whose "Back On Track"
education service supports pupils returning to school after injury and trains school staff, applying with
Eskmouth University, Faculty of Health, Education and Society, for the 2008-09 National Award for SEN
Coordination ("the Rebound SENCO Award"), February 2009.

Document kind and layout: the compensatory Memory Book that Rebound makes with every pupil going back to school
after a brain injury (an external memory aid: "This is me", a year planner, "My people", "My days", "If
something goes wrong", "Things worth remembering", a blank log), made for the SENCOs on its course and sent whole
as the application, with a note to the panel in a text box and a last tab "For the panel". Written to "you" with
first-person tab titles ("My people", "My days"). No heading styles: tabs are typed as bold coloured capitalised
Normal paragraphs ("TAB 3 · MY PEOPLE"). Fill-in prompts with blank lines left in ("What I want from this year:
______"), "Memory tip" text boxes, a "My people" table, a year planner table with a merged and shaded title row,
day cards as small tables (What we do / Bring / Afterwards I ...), a blank log page, header and footer, Word
comments, tracked changes (an inserted clause adding a twilight group; a whole deleted paragraph offering the
Award by assessment alone), and an outcome map "What I am learning and where it is checked" in Rebound's words
with columns "Learned on" and "Checked by", where "Practice Pages" are written comments, never marked.

Traps (requirement ids):
- Credits: the Award is "worth 30 credits at Level 7" (E.2 partially_met; E.1 met, validated by Eskmouth).
- Assessment-only route: "There is no way to get the Award without coming to the Days and doing the three
  Pieces"; the paragraph offering it is a tracked deletion (2.3 not_met).
- Twilight group at Brackley is a tracked insertion, which stands, and the "You told us / So we" table
  confirms it; two start dates and swapping groups (3.2 met).
- Memory Book Online is e-learning, but "Tutors do not answer questions on the forum": no tutor support between
  Days (3.3 partially_met).
- Research: only "we keep the Days up to date with new research" in general terms; no named study or
  inspection evidence (1.3 partially_met).
- Tutors: "experienced teachers from Rebound's Back On Track team", no qualifications or currency (5.4
  partially_met); mentors trained and given the Mentor Guide (5.7 met).
- Moderation only in a comment; the body has a marking grid and a tutors' meeting before marking (5.8
  partially_met).
- Stakeholders in evaluation: participants' Last Page sheet only, heads and parents only wished for: "we have
  not yet worked out how" (4.3 partially_met); 4.1 and 4.2 met ("You told us / So we").
- CRB: the head's signed form confirming the participant's enhanced CRB disclosure, checked before Day 1 (5.3
  met, a trap the other way: it sits in a form-like list, but it is the provider's own rule).
- Blank prompts in TAB 1 and TAB 8 ("People I could ask outside school: ______") are never evidence.
- Award rule: every line of the TAB 9 map signed "Shown" (6.0 met); but outcomes checked only by unmarked
  Practice Pages (6.A6, 6.K7, 6.K9) or not checked (6.S2c, 6.S6) are partially_met; no row or teaching for
  time management (6.A3) or child development (6.K4): not_met; exam access arrangements "not part of this
  course" and left to the school's exams officer (6.S2d not_met, someone else's responsibility); 1.9
  partially_met.
- Header and footer carry the validation line and a reminder; neither is evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _je_helpers import (new_doc, para, run, cell_text, shade_cell, table, ins, dele, deleted_paragraph, comment,
                         header_footer, textbox, page_break, word_count)

HERE = Path(__file__).resolve().parent
NAME = "je-02-rebound-memory-book"
d = new_doc("Verdana", 10)
header_footer(d, "My Memory Book  ·  Rebound SENCO Award 2009-10  ·  If found, please return to Rebound, "
                 "14 Quay Street, Eskmouth",
              "Rebound, the children's brain injury charity. Validated by Eskmouth University.")
PLUM = "6A1B9A"
LAV = "EDE3F6"


def tab(n, title):
    para(d, "")
    p = para(d, f"TAB {n}  ·  {title.upper()}", bold=True, size=15, color=PLUM)
    return p


def blank(label, lines=1):
    for _ in range(lines):
        para(d, f"{label} ______________________________________________")
        label = "   "


# ---------------- cover and note ----------------
para(d, "REBOUND", bold=True, size=26, color=PLUM)
para(d, "My Memory Book", bold=True, size=20)
para(d, "The Rebound SENCO Award  ·  2009-10", bold=True, size=12, color=PLUM)
para(d, "Keep this book with you. Bring it to every Day. Write in it.", italic=True)
textbox(d, [("A note for the panel", True),
            "Every pupil our Back On Track teachers help back into school after a brain injury makes a Memory "
            "Book with us. It holds the things a tired, injured brain cannot be trusted to hold: who is who, "
            "what happens when, what to do when things go wrong. Pupils tell us it is the most useful thing we "
            "give them.",
            "We have made one for the teachers on our SENCO Award, and every participant gets this book on the "
            "Getting Ready Day. We send it to you as our application because it is the course as participants "
            "will live it. Tabs 1 to 8 are written to the participant. Tab 9 is written for you. The blank "
            "lines are left for participants to fill in.",
            "Signed: Carys Trevelyan, Director of Education, Rebound; Dr Martin Lyle, Head of Professional "
            "Education, Faculty of Health, Education and Society, Eskmouth University."], height_pt=200)

# ---------------- TAB 1 ----------------
tab(1, "This is me")
blank("My name:")
blank("My school:")
blank("My headteacher:")
blank("My mentor:")
blank("My tutor:")
blank("What I want from this year:", 2)
para(d, "This book belongs to a SENCO on the Rebound SENCO Award. The Award is a Postgraduate Certificate of "
        "Eskmouth University, validated by its Faculty of Health, Education and Society in January 2009, and "
        "you are registered as a student of the University for the year. It is worth 30 credits at Level 7 "
        "(masters level). If you want to go further, you can carry the 30 credits into Eskmouth's Postgraduate "
        "Certificate in Inclusive Practice and add a second module.")
para(d, "The Award is about one thing: pupils with special educational needs and disabilities in your school "
        "doing better, and being well, safe and happy while they do. Every Day, every Try It task and every "
        "marked Piece asks you what difference you are making for pupils, in their learning and in all five Every "
        "Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
        "contribution and achieving economic well-being. A SENCO who only counts reading ages misses the pupil "
        "who is falling asleep by lunchtime, and our pupils taught us that.")
textbox(d, [("Memory tip", True),
            "Put this book in the same place every night. Our pupils do that with theirs, and it works for "
            "grown-ups too."], height_pt=60, fill="#F3E5F5", stroke="#6A1B9A")

# ---------------- TAB 2 ----------------
tab(2, "My year at a glance")
p = para(d, "There are two groups each year. You choose one on your application form. The daytime group meets "
            "on Tuesdays at Rebound House in Eskmouth")
ins(p, ", and a twilight group meets on Thursdays from 4 pm to 7 pm at Brackley Teachers' Centre, with the same "
       "Days split into two evenings each", author="Carys Trevelyan", date="2009-02-02T11:05:00Z")
run(p, ". Each group starts twice a year, in September and in February, and you can move to the other group "
       "for any Day you miss. If you join with credit already (see Tab 4), you start at the Day your plan "
       "says.")
YEAR = [("June or January", "Getting Ready Day: Where Am I Now? and My Plan"),
        ("September / February", "Day 1: Back to basics"),
        ("October / March", "Day 2: The common needs"),
        ("November / April", "Day 3: Knowing the pupil.  Hand in Practice Page 1"),
        ("December / May", "Day 4: Families.  Hand in Piece 1: Pupil Profile"),
        ("January / June", "Day 5: Teaching that works.  Placement Day"),
        ("February / July", "Day 6: Leading the adults"),
        ("March / September", "Day 7: The team around the child"),
        ("May / November", "Day 8: Making it better.  Hand in Piece 2: Making It Better in My School"),
        ("June / December", "Last Day: Piece 3, My Story Conversation, and Next Steps")]
t = table(d, len(YEAR) + 2, 2, widths=[4.5, 12])
top = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(top, "MY YEAR", bold=True, color="FFFFFF", shade=PLUM)
cell_text(t.cell(1, 0), "When", bold=True, shade=LAV)
cell_text(t.cell(1, 1), "What", bold=True, shade=LAV)
for i, (a, b) in enumerate(YEAR, 2):
    cell_text(t.cell(i, 0), a)
    cell_text(t.cell(i, 1), b)
para(d, "The three Pieces are marked. Practice Pages are short pieces your tutor writes a comment on; they are "
        "never marked and they do not count towards the Award, but they help you get ready for the Pieces.")

# ---------------- TAB 3 ----------------
tab(3, "My people")
para(d, "These are the people who will help you this year. Write their numbers in the last column.")
PEOPLE = [("My tutor", "Your tutors are experienced teachers from Rebound's Back On Track team.",
           "Teaches the Days, writes My Plan with you, marks your Pieces, and has a tutorial with you after "
           "each Piece."),
          ("My mentor", "An experienced SENCO from a school near yours, chosen with your head.",
           "Meets you twice a term in your school, watches you give feedback to a colleague, and writes the "
           "mentor statement at the end. Every mentor has been to Rebound's half-day mentor training and has "
           "the Mentor Guide, which sets out what a mentor does and does not do."),
          ("My headteacher", "Your head.", "Releases you for the Days, signs your safeguarding form, meets your "
           "mentor, and talks with you about your Next Steps page."),
          ("Specialists", "Rebound's clinical neuropsychologist; occupational therapy and speech and language "
           "therapy lecturers from Eskmouth University; an educational psychologist from Eskmouth council.",
           "Teach parts of Days 2, 3 and 7 and answer your questions on those Days."),
          ("Hannah in the Rebound office", "Course administrator.", "Rooms, dates, forms, the Memory Book "
           "Online password, your laptop loan."),
          ("Eskmouth Disability Advice", "The University's disability service.", "Helps plan any support you "
           "need for your Pieces and Piece 3.")]
t = table(d, len(PEOPLE) + 1, 4, widths=[3, 4.8, 6.5, 2.5])
for j, h in enumerate(["Who", "Who they are", "What they do for me", "Phone"]):
    cell_text(t.cell(0, j), h, bold=True, shade=LAV)
for i, r in enumerate(PEOPLE, 1):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j == 0))
blank("People I could ask outside school:", 2)

# ---------------- TAB 4 ----------------
tab(4, "Getting ready")
para(d, "Before you can start", bold=True, color=PLUM)
for s in ["You need Qualified Teacher Status, and you must be your school's SENCO or about to become it.",
          "Your head signs the nomination form, agreeing to release you for every Day and to find you a mentor.",
          "Before Day 1 your head must send Rebound a signed form confirming that you have an enhanced CRB "
          "disclosure less than three years old and that the school has made the other safer recruitment checks "
          "on you, including List 99. Hannah checks every form, and you cannot start Day 1 without it.",
          "If you are not ready yet (for example you have only just started teaching), your tutor will tell you "
          "what to do first, ring your head to talk it through, and keep a place for you in the next group."]:
    para(d, s, style="List Bullet")
para(d, "Getting Ready Day", bold=True, color=PLUM)
para(d, "On the Getting Ready Day you fill in Where Am I Now?, a self-review against every outcome in Tab 9, and "
        "you write a short answer to a school problem so your tutor can see how your self-review matches what "
        "you can do. Then you and your tutor write My Plan together: the outcomes you most need to work on, two "
        "personal goals of your own, and which Choice Sessions you will go to. Choice Sessions are extra "
        "afternoons on autism, dyslexia, speech and language, behaviour, and brain injury; you only go to the "
        "ones your plan needs, so nobody sits through what they already know. Your tutor looks at My Plan again "
        "at each tutorial after a Piece.")
para(d, "The fee is £1,200 for the year. Rebound pays half the fee for schools with fewer than 150 pupils, and "
        "the Choice Sessions are shared with our other courses to keep the cost down.")
para(d, "Credit you already have", bold=True, color=PLUM)
para(d, "If you already have Eskmouth's module Brain Injury in Childhood (20 credits at Level 7), or similar "
        "masters credit from another university, the University's credit transfer rules let it count towards "
        "the Award, and you skip Piece 1. If you have done a lot of this work already without a qualification, "
        "you can put together a portfolio of your experience against the Piece 1 outcomes instead; two tutors "
        "assess it and the University's credit panel confirms it.")
p = para(d, "There is no way to get the Award without coming to the Days and doing the three Pieces.")
dp = deleted_paragraph(d, "Experienced outreach teachers can ask for the Award by assessment alone: a portfolio "
                          "against every outcome and Piece 3.", author="Martin Lyle",
                       date="2009-01-29T14:40:00Z")
comment(d, p.runs, "Martin - we took the direct route out because the University would not agree it for "
                   "this year. Can we say it is coming in 2010? CT", author="Carys Trevelyan", initials="CT")

# ---------------- TAB 5 ----------------
tab(5, "My days")
para(d, "Each Day has a card. Look at it the night before. \"Afterwards I\" is your Try It task: something you do "
        "in your own school before the next Day, and bring back to talk about.")

DAYS = [
    ("Day 1: Back to basics",
     "What the SENCO does; the SEN Code of Practice and the graduated response; statements and annual reviews; "
     "the new SENCO regulations; Every Child Matters and your part in it; the Disability Discrimination Act, "
     "the Disability Equality Duty and your school's accessibility plan.",
     "Your school's SEN policy and accessibility plan.",
     "Check your school's SEN policy against the Code and the Disability Equality Duty and list the gaps."),
    ("Day 2: The common needs",
     "Autism, dyslexia and other specific learning difficulties, speech, language and communication needs, "
     "behavioural, emotional and social difficulties, moderate learning difficulties, and acquired brain "
     "injury: what each looks like in class and what it does to learning. Rebound's neuropsychologist teaches "
     "the brain injury session.",
     "A pupil you are worried about (no names).",
     "Watch that pupil in two lessons and note what gets in the way of learning."),
    ("Day 3: Knowing the pupil",
     "Using reports from psychologists, therapists and doctors to plan teaching; setting targets that stretch; "
     "planning and reviewing support; tracking progress with P scales, teacher assessment and national test "
     "results, and changing the plan when a pupil stalls. In the afternoon you practise asking pupils what they "
     "think, using Talking Mats and a person-centred review, with two young people from Rebound's youth panel "
     "who give you feedback.",
     "Your school's tracking data for one year group.",
     "Ask one pupil about their support using a method from today and write it up as Practice Page 1."),
    ("Day 4: Families",
     "Building warm, honest relationships with pupils and their families; listening to a parent who is angry or "
     "grieving; giving hard news kindly; planning with a family. Two parents from Rebound's Parents' Circle "
     "teach with your tutor.",
     "Nothing.",
     "Hold a planning meeting with a pupil's parents and note what you agreed."),
    ("Day 5: Teaching that works",
     "Approaches to assessing, planning and teaching for pupils with SEN, including ICT and specialist "
     "software; what the research says works; helping teachers use assessment for learning with pupils with "
     "SEN. Exam access arrangements are not part of this course: your school's exams officer handles them.",
     "A lesson plan you have taught.",
     "Try one new approach with a pupil and measure what happens."),
    ("Placement Day",
     "A day at St Brannoc's Hospital School or at Rebound's Family Centre, watching specialist teachers and "
     "therapists work with pupils and families. Hannah books it with you.",
     "This book.",
     "Write down three things you will take back to school."),
    ("Day 6: Leading the adults",
     "Getting your head, senior leaders and governors behind a change; shaping your school's inclusion policy "
     "and priorities; deploying and managing teaching assistants; coaching, modelling and training colleagues; "
     "how school self-evaluation works and where SEN fits.",
     "Your school's self-evaluation form (the SEN parts).",
     "Write the SEN section of your school's self-evaluation as Practice Page 3."),
    ("Day 7: The team around the child",
     "The services around a pupil: health, social care, educational psychology, the hospital school, "
     "voluntary groups like Rebound; how to get their help and work as one team; the Common Assessment "
     "Framework.",
     "Names of the services your school uses.",
     "Map the services your school uses, as Practice Page 4, and invite one to a review."),
    ("Day 8: Making it better",
     "Provision mapping and finding what is missing or not working; reviewing provision with staff; using "
     "research and outside advice to improve your own and colleagues' practice.",
     "Your provision map.",
     "Review one intervention with the staff who run it. Write up the research you used as Practice Page 5."),
    ("Last Day",
     "Piece 3, My Story Conversation, in the morning. In the afternoon you and your tutor write your Next "
     "Steps page together: what you will work on next year and what further study might suit you. You take it "
     "to your head for your performance management review.",
     "Your Memory Book and your log.",
     "Share your Next Steps page with your head."),
]
for title, what, bring, after in DAYS:
    t = table(d, 4, 2, widths=[3.5, 13])
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, title.upper(), bold=True, color="FFFFFF", shade=PLUM)
    for i, (lab, v) in enumerate([("What we do", what), ("Bring", bring), ("Afterwards I", after)], 1):
        cell_text(t.cell(i, 0), lab, bold=True, shade=LAV)
        cell_text(t.cell(i, 1), v)
    para(d, "")

# ---------------- TAB 6 ----------------
tab(6, "If something goes wrong")
para(d, "If you have a disability or a health condition", bold=True, color=PLUM)
para(d, "Tell us on the nomination form, or tell your tutor at any time; we ask everyone, and we explain why. "
        "Before Day 1 we agree with you, in writing, any changes you need: rest breaks, papers in advance or in "
        "large print, a note-taker, extra time for Pieces, a quiet room, a ground-floor room. Eskmouth Disability "
        "Advice helps with Piece 3. Rebound House and Brackley Teachers' Centre both have level access and a "
        "hearing loop. We keep a record of who applies and who finishes, by disability, ethnicity and gender, "
        "and look at it each year.")
para(d, "If you miss a Day", bold=True, color=PLUM)
para(d, "Come to the same Day with the other group, and read the slides on Memory Book Online.")
para(d, "If you are stuck between Days", bold=True, color=PLUM)
para(d, "Memory Book Online is your online Memory Book. It has the slides and readings for every Day, a page "
        "for your log, and a forum where you can talk with the others in your group. Tutors do not answer "
        "questions on the forum; bring your questions to the next Day, or ring Hannah if it is about dates "
        "or forms.")
comment(d, d.paragraphs[-1].runs, "Jo asked if tutors could check the forum weekly - no capacity this year. CT",
        author="Carys Trevelyan", initials="CT")
para(d, "If you need something to work with", bold=True, color=PLUM)
para(d, "Borrow from Rebound's lending library (about 900 books, assessment kits and training videos). Every "
        "participant can borrow a laptop for the year with text-to-speech, Clicker 5 and mind-mapping software. "
        "Your University card opens Eskmouth's library and its online journals.")
para(d, "If a Piece is going to be late", bold=True, color=PLUM)
para(d, "Ask your tutor before the hand-in date. The University allows up to four weeks' extension for illness "
        "or other good reason.")
textbox(d, [("Memory tip", True),
            "Write your question in Tab 8 as soon as you think of it. You will not remember it on Tuesday."],
        height_pt=60, fill="#F3E5F5", stroke="#6A1B9A")

# ---------------- TAB 7 ----------------
tab(7, "Things worth remembering")
para(d, "How you get the Award", bold=True, color=PLUM)
para(d, "You get the Award only when your tutor has signed every line of the map in Tab 9 as Shown. Passing "
        "the three Pieces is not enough on its own: if a line is not yet Shown, your tutor tells you what "
        "evidence is missing and you have until the next exam board to show it.")
para(d, "How your Pieces are marked", bold=True, color=PLUM)
p = para(d, "Your tutor marks your work using the marking grid at the back of this book. Tutors meet before each "
            "hand-in to agree what a pass looks like.")
comment(d, p.runs, "Add: Eskmouth moderates a sample of every Piece? Waiting for Martin to confirm. CT",
        author="Carys Trevelyan", initials="CT")
para(d, "The three Pieces", bold=True, color=PLUM)
for s in ["Piece 1, Pupil Profile (3,000 words): one pupil with SEN or a disability, their family, the "
          "professionals around them, the targets you set and how you reviewed them, and what the pupil told "
          "you.",
          "Piece 2, Making It Better in My School (4,000 words): a change you lead in your school's provision, "
          "with your head and colleagues, and its effect on pupils, measured before and after.",
          "Piece 3, My Story Conversation (30 minutes): you talk two tutors through your year, your log and your "
          "Practice Pages, and they ask about the law, the needs you met and the choices you made."]:
    para(d, s, style="List Bullet")
para(d, "This course was built with people like you", bold=True, color=PLUM)
t = table(d, 5, 2, widths=[8, 8.5])
cell_text(t.cell(0, 0), "You told us", bold=True, shade=LAV)
cell_text(t.cell(0, 1), "So we", bold=True, shade=LAV)
YT = [("SENCOs (62 answered our 2008 questionnaire): we cannot leave school for whole days every month.",
       "added the twilight group and let you swap groups for any Day."),
      ("Headteachers (20 at our two breakfast meetings): assessment should change something in school.",
       "made Piece 2 a change you lead in your own school."),
      ("Parents in Rebound's Parents' Circle: teachers don't understand fatigue, and they don't listen to us.",
       "put brain injury on Day 2 and asked parents to teach Day 4."),
      ("Young people on Rebound's youth panel: ask us, not just our parents.",
       "built pupil consultation into Day 3 and Piece 1.")]
for i, (a, b) in enumerate(YT, 1):
    cell_text(t.cell(i, 0), a)
    cell_text(t.cell(i, 1), b)
para(d, "At the end you fill in the Last Page feedback sheet, and your group talks with the course leader "
        "about what to change. We would like heads and parents to help us judge the course too; we have not "
        "yet worked out how.")
para(d, "How we know the course works", bold=True, color=PLUM)
para(d, "You fill in a feedback sheet after every Day. On the Getting Ready Day and the Last Day you mark "
        "yourself on the Confidence Ladder for every outcome, and your tutor records how far your Pieces show "
        "each one. In Piece 2 you measure your pupils before and after your change (reading or spelling ages, "
        "attendance, or a well-being scale), and with your permission we collect those figures every year to "
        "see what the course does for pupils. The course team reviews all of this each July with the mentor "
        "statements and the marks, and writes what will change into the course plan. Eskmouth University "
        "checks the course every year through its annual monitoring report, and its Quality Office reviews it "
        "in full every five years.")
para(d, "We keep the Days up to date with new research.")

# ---------------- TAB 8 ----------------
tab(8, "My log")
para(d, "Use a page for each Try It task. Your tutor reads your log at Piece 3.")
for lab in ["Date:", "What I did:", "What happened for the pupil:", "What I would do differently:",
            "What next:"]:
    blank(lab)
blank("Questions for my tutor:", 3)

# ---------------- TAB 9 ----------------
tab(9, "For the panel")
para(d, "What I am learning and where it is checked. The lines are the national outcomes in our own words. "
        "\"Learned on\" is the Day where it is taught and practised. \"Checked by\" is the marked Piece that "
        "checks it; a Practice Page is only commented on; \"—\" means it is not checked.")
OUT = [
    ("I build fair, warm, honest relationships with pupils and their families", "Day 4", "Piece 1"),
    ("I get my head, leaders and colleagues behind what we need", "Day 6", "Piece 2"),
    ("I see problems coming, solve them and make sound decisions about provision", "Days 3, 8", "Piece 3"),
    ("I speak and write clearly, and I listen", "Every Day", "Pieces 1, 2, 3"),
    ("I use research and outside advice to improve practice", "Day 8", "Practice Page 5"),
    ("I keep up to date and take charge of my own learning", "Last Day", "Piece 3"),
    ("I know the SEN law and Code of Practice and how to use them", "Day 1", "Piece 3"),
    ("I know Every Child Matters and my part in it", "Day 1", "Piece 3"),
    ("I know disability equality law and what it asks of my school", "Day 1", "Piece 3"),
    ("I know the common needs and brain injury and what they do to learning", "Day 2", "Piece 1"),
    ("I can judge approaches to assessing, planning and teaching, with ICT", "Day 5", "Piece 2"),
    ("I know how school self-evaluation works for SEN", "Day 6", "Practice Page 3"),
    ("I know what the research says works", "Day 5", "Piece 2"),
    ("I know what other services do and how to get their help", "Day 7", "Practice Page 4"),
    ("I shape my school's inclusive ethos and policy with leaders and governors", "Day 6", "Piece 2"),
    ("I find pupils' needs, set stretching targets, plan and review", "Day 3", "Piece 1"),
    ("I use other professionals' assessments to plan teaching", "Day 3", "Piece 1"),
    ("I use test results and tracking to follow progress and change plans", "Day 3", "Piece 1"),
    ("I help teachers use assessment for learning with pupils with SEN", "Day 5", "—"),
    ("Exam access arrangements", "Not part of this course", "—"),
    ("I use a provision map to find what is missing or not working", "Day 8", "Piece 2"),
    ("I deploy and manage teaching assistants and other staff", "Day 6", "Piece 2"),
    ("I coach, model and train colleagues", "Day 6", "Piece 2"),
    ("I review provision with staff to feed self-evaluation", "Day 8", "—"),
    ("Pupils help plan and review their own support", "Day 3", "Piece 1"),
    ("I work with parents and carers", "Day 4", "Piece 1"),
    ("I work with other services and voluntary groups", "Day 7, Placement Day", "Piece 1"),
]
t = table(d, len(OUT) + 2, 4, widths=[9, 3, 3, 1.8])
top = t.cell(0, 0).merge(t.cell(0, 3))
cell_text(top, "WHAT I AM LEARNING AND WHERE IT IS CHECKED", bold=True, color="FFFFFF", shade=PLUM)
for j, h in enumerate(["What I am learning", "Learned on", "Checked by", "Shown"]):
    cell_text(t.cell(1, j), h, bold=True, shade=LAV)
for i, r in enumerate(OUT, 2):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9)
    cell_text(t.cell(i, 3), "☐", size=9)

out = HERE / f"{NAME}.docx"
d.save(out)
print(out, word_count(out), "words")
