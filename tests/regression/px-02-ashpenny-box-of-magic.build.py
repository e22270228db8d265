"""px-02-ashpenny-box-of-magic: build the .docx next to this script.

PROVIDER (invented): the Ashpenny Guild of Conjurors and its Magic for Learning project, with Tresillian
University College (validating), Ashpenny County Council's SEN Support Service (co-teaching, funding) and
Brookfield School, a special school (venue and placements). February 2009.

DOCUMENT KIND AND LAYOUT: the INSTRUCTION BOOK of a boxed magic set ("The Ashpenny Box of Magic, SENCO
Award Edition"), the booklet that comes in the box with the props, sent unchanged as the application.
Written to "you" (the SENCO, "magician"), with pages "FOR GROWN-UPS" addressed to headteachers about
"your SENCO". No heading styles at all: titles are typed bold capitals on shaded paragraph bands, tricks
are typed "TRICK No. 4 ★★  SPOT THE CARD" with difficulty stars, lists are typed with "•" and hand-typed
"1." steps. Each trick is laid out as a magic-set trick is: a small "You will need" table of numbered
pieces from the box, then "What your audience sees" (the effect on pupils), "The secret" (content),
"How to do it" (the Trick Day), "Try it at school" (the school task, in ★ and ★★★ versions) and a
bordered one-cell "TOP TIP" table. A "Contents of your set" table of 24 numbered pieces with tick boxes
(the resources). An "Important safety information" band mixing toy warnings with the CRB check. A
"Trouble-shooting" question-and-answer part. The outcomes are the "Trick Record", a table in a landscape
section, in the Guild's own words and its own line numbers (1-29), ordered by the trick where each is
learnt, with merged group rows per trick and a Status column whose key ("Shown", "Practised", "Showpiece
only", "Not in this box", "Sold separately") is defined pages earlier under "Check your set". A blank
Certificate with placeholders and a blanket claim. Two VML text boxes (a note for the panel; the
Magician's Code). Header and footer. Footnotes. Three Word comments. Tracked changes.

TRAPS (requirement ids):
- Placeholder: "Credits: [to be confirmed by the College - 40 or 60]" (E.2 partially met; a comment saying
  60 is likely is not evidence). Validation itself is done (E.1 met).
- Aim narrowed to attainment: "higher attainment ... measured in levels and P scales" (1.1 partially
  met); Every Child Matters is "sold separately" in an Expansion Pack that "is not part of the Award"
  (6.K2 not met: the right words about another course).
- Vague research: "research shows" and "the latest thinking" without sources or inspection evidence (1.3
  partially met), although research summaries are a piece and best practice is taught and judged (6.K8,
  6.A6 met).
- Negation and explicit absence: "We do not write individual plans" (2.2 partially met: the check
  against the outcomes happens and sets task levels, but no plan or personalised outcomes). In
  Trouble-shooting a deleted tracked change offered a "Quick Route"; the inserted answer says "No" and
  "The Certificate is never given for Showpieces alone" (2.3 not met). "There is no online part to this
  Box" (3.3 not applicable). "There is no separate moderation" (5.8 partially met: double judging
  only; a comment asking for College moderation is not evidence).
- Limited flexibility: one start a year, fixed order, face to face only; only a twilight repeat of each
  day (3.2 partially met).
- General stakeholder evidence: "Schools in Ashpenny have told us again and again" with no collection
  of evidence (4.1 partially met), while the 2008 try-out's requests and what was done are concrete (4.2
  met); heads, Assistants, parents and SEN advisers take part in delivery and in the July Box Review
  (4.3 met).
- Mentors only receive the book; "Our Examiners are all experienced members of the Guild" (5.7
  partially met).
- Hope for pupils: "How will we know the Box has worked? When your pupils come to school smiling"
  (5.9 partially met: Applause Cards ask about confidence, nothing measures pupils' achievement).
- The CRB check is real but sits among toy warnings ("small parts") in "Important safety information"
  (5.3 met).
- Award rule: attendance plus all three Showpieces "judged 'Shown'", while the Trick Record leaves
  lines "Practised", "Not in this box" and "Sold separately" (6.0 partially met, 1.9 partially met).
  The Certificate's "has mastered every trick ... and every one of the national outcomes" is a blanket
  claim on a blank form (not evidence).
- Trick Record statuses: "Practised" = feedback only, not judged (6.S2b, 6.S1, 6.S6, 6.A7 partially met);
  "Showpiece only" = judged but taught nowhere (6.A4 partially met); "Not in this box" (6.S2d, with the
  county's examinations team running its own briefing: someone else's arrangement; 6.K7) not met. The
  line for formative assessment (6.S2c) was changed by tracked change from "Practised" to "Shown" with
  Showpiece "B" inserted (met).
- Magician's Code text box: values only (not counted for 3.1, which is met on the access page).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _px_helpers import *  # noqa: E402,F401,F403
from docx.shared import Pt  # noqa: E402

HERE = Path(__file__).parent
NAME = "px-02-ashpenny-box-of-magic"
MP, AT = "Margaret Pryor", "Alun Treharne"
D1, D2 = "2009-02-02T09:30:00Z", "2009-02-05T17:05:00Z"
BAND, BAND2, GROWN = "5B2C6F", "E8DAEF", "FCF3CF"

doc = new_document(font="Verdana", size=9.5)
sec = doc.sections[0]
header_footer(sec, "THE ASHPENNY BOX OF MAGIC  ·  SENCO AWARD EDITION  ·  INSTRUCTION BOOK",
              "Keep this book for future reference.  © Ashpenny Guild of Conjurors 2009.  Made in Ashpenny.")


def band(text, fill=BAND, color="FFFFFF", size=12):
    p = para(doc, text, bold=True, size=size, color=color, shade=fill, space_before=10, space_after=4, keep=True)
    return p


def sub(text):
    return para(doc, text, bold=True, size=10, space_before=4, space_after=2, keep=True)


def bullet(text):
    p = para(doc, "", indent_cm=0.5, space_after=2)
    add_runs(p, "•  " + text)
    return p


def grown_ups(title, paras):
    band("FOR GROWN-UPS: " + title, fill=GROWN, color="000000", size=10.5)
    out = []
    for t in paras:
        p = para(doc, t, shade=GROWN)
        out.append(p)
    return out


def top_tip(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "**TOP TIP!**  " + text, fill="FEF9E7")
    set_widths(t, [16.0])
    para(doc, "", space_after=2)


# ------------------------------------------------------------------ cover
para(doc, "THE ASHPENNY", bold=True, size=30, align="center", color=BAND, space_after=0)
para(doc, "BOX OF MAGIC", bold=True, size=30, align="center", color=BAND, space_after=4)
para(doc, "SENCO AWARD EDITION", bold=True, size=14, align="center", shade=BAND, color="FFFFFF")
para(doc, "Instruction Book", italic=True, size=13, align="center")
para(doc, "Contains: 24 pieces  ·  10 tricks  ·  3 Showpieces  ·  1 Certificate", size=10, align="center")
para(doc, "For magicians aged 22 and over", size=9, align="center", italic=True)
para(doc, "The Ashpenny Guild of Conjurors  ·  Magic for Learning", bold=True, size=10, align="center")
para(doc, "with Tresillian University College, Ashpenny County Council SEN Support Service and Brookfield "
          "School", size=9, align="center")
textbox(doc, [
    ("A NOTE FOR THE PANEL", {"bold": True}),
    "Since 2001 the Guild's Magic for Learning project has sent boxes of magic, with props and an "
    "instruction book, into Ashpenny's schools. This is the instruction book that every SENCO "
    "on our Award receives with the Box, and we send it to you unchanged as our application. The pages "
    "headed FOR GROWN-UPS are written for headteachers. In the book, 'you' is the SENCO; the tricks are the "
    "ten study days; 'Try it at school' is the work done in school between them; the three Showpieces are "
    "the work that is judged; your Assistant is your school mentor; and the Examiners are the tutors.",
    ("Margaret Pryor, Guild Secretary, February 2009", {"italic": True}),
], width_pt=450, height_pt=130, fill="F4ECF7")

# ------------------------------------------------------------------ welcome
band("WELCOME, MAGICIAN!")
para(doc, "Inside this box is everything you need to become the SENCO your school needs.")
sub("YOUR BOX IS A UNIVERSITY AWARD")
p = para(doc, "The Box of Magic is a Postgraduate Certificate in Special Educational Needs Coordination of "
              "Tresillian University College. The College's validation panel met on 9 January 2009 and "
              "approved the Award; its one condition, on reading lists, has been met. ")
p2 = para(doc, "")
add_runs(p2, "**Level:** masters (Level 7).   ")
cr = add_runs(p2, "**Credits:** [to be confirmed by the College - 40 or 60]")
comment(doc, cr, "Still waiting to hear from the College registry - they said 60 is likely. MP",
        "Margaret Pryor", "MP")

sub("WHAT YOUR AUDIENCE SEES")
para(doc, "When you have finished the Box, your pupils will see the magic: pupils with special educational "
          "needs reaching their targets in reading, writing and mathematics. That is the whole aim of the "
          "Box: higher attainment for pupils with special educational needs and/or disabilities, measured in "
          "levels and P scales. Every trick begins by telling you what your audience - your pupils - will "
          "see, and every Showpiece is judged partly on the progress your pupils make.")

# ------------------------------------------------------------------ contents
band("CONTENTS OF YOUR SET")
para(doc, "Tick each piece. If anything is missing, telephone the Guild office.", italic=True)
pieces = [["No.", "Piece", "What it is for", "✓"],
          ["1", "This Instruction Book", "Read it first", "☐"],
          ["2", "Ten Trick Cards", "One summary card for each Trick Day", "☐"],
          ["3", "The Trick Record", "Your record card (at the back of this book)", "☐"],
          ["4", "The SEN Code of Practice (2001) and the SEN Toolkit", "Printed copies, yours to keep", "☐"],
          ["5", "Implementing the Disability Discrimination Act in schools", "DfES guidance, with the Disability Equality Duty", "☐"],
          ["6", "Loan laptop", "With Clicker 5, Write Online text-to-speech and Widgit symbol software; returned at the Grand Finale", "☐"],
          ["7", "Talking Mats starter kit", "For Trick 6 and Showpiece B", "☐"],
          ["8", "The Assessment Kit", "British Picture Vocabulary Scale, Salford Sentence Reading Test, Single Word Spelling Test", "☐"],
          ["9", "Library card", "Tresillian University College library, with electronic journals from home through Athens", "☐"],
          ["10", "Provision map template", "On CD-ROM, for Trick 9 and Showpiece C", "☐"],
          ["11", "The Secret Library", "Twelve research summaries chosen by the Examiners", "☐"],
          ["12", "Brookfield School visitor badge", "For your placement days", "☐"],
          ["13", "Parent Partnership pack", "Leaflets to give to parents", "☐"],
          ["14", "Assistant's copy of this book", "Give it to your school mentor", "☐"],
          ["15", "Next Box planning sheet", "For the Grand Finale", "☐"],
          ["16-24", "Magic props", "Svengali deck, sponge balls, wand, rope, linking rings and more, for the Magic Minute", "☐"]]
pt = table(doc, pieces, widths_cm=[1.3, 5.2, 8.6, 1.0], header_fill=BAND2, size=8.5)
para(doc, "")
para(doc, "WARNING: pieces 16 to 24 contain small parts. Not suitable for children under 3 years.", bold=True,
     size=8.5, color="C0392B")

# ------------------------------------------------------------------ before you open
band("BEFORE YOU OPEN THE BOX")
sub("WHO CAN OPEN THIS BOX?")
para(doc, "The Box is for qualified teachers who are SENCOs, or will be within the year, in schools in "
          "Ashpenny or a neighbouring authority. Your head nominates you on the Guild's form and promises "
          "your release and an Assistant. An Examiner then talks with you by telephone for half an hour "
          "about what you do now. If it turns out that you are not yet ready - you have had no teaching post "
          "for two years, say, or have never taught a pupil at School Action Plus - the Examiner writes to "
          "you and your head suggesting a year alongside the present SENCO and the Guild's one-day Starter "
          "Box, and keeps you a place in next year's Box.")
band("IMPORTANT SAFETY INFORMATION", fill="C0392B")
for t in ["Keep this book for future reference.",
          "Before your first Trick Day the Guild's Safeguarding Officer, Mrs Ellen Okafor, checks your enhanced "
          "CRB disclosure (its number and date of issue) with your head. If you have not worked in a school, "
          "in a post with regular contact with children, in the last three months, you must apply for a new "
          "enhanced disclosure through the Guild before you start. We also take up a reference from your "
          "present employer, asking whether there are any concerns about your conduct or any disciplinary "
          "matters outstanding, and check that you are not barred from working with children.",
          "The magic props are for use with pupils only under your supervision."]:
    bullet(t)

sub("CHECK YOUR SET")
para(doc, "Before Trick 1, take the Trick Record (piece 3) and put a tick beside every line you think you can "
          "already do and a cross beside those you cannot. Bring it to Trick 1, where your Examiner looks at "
          "it with you. Your Examiner uses your ticks to suggest, trick by trick, whether you take the ★ or "
          "the ★★★ version of each Try it at school task. We do not write individual plans: the Box is the "
          "same for everyone, and every magician works towards the same Trick Record.")
para(doc, "The Trick Record's last column tells you what happens to each line:")
for k, v in [("Shown", "learnt at the trick named and judged in the Showpiece named."),
             ("Practised", "learnt at the trick named and practised with your Examiner, who tells you how you "
                           "did. It is not judged."),
             ("Showpiece only", "judged in the Showpiece named. There is no trick for it, so you learn it on "
                                "your own."),
             ("Not in this box", "not part of the Award."),
             ("Sold separately", "in the Guild's Expansion Pack, which is not part of the Award.")]:
    p = para(doc, "", indent_cm=0.8, space_after=2)
    add_runs(p, f"**{k}**  -  {v}")

sub("IF YOU HAVE DONE THIS TRICK BEFORE")
para(doc, "If you already hold credits from a masters-level course on special educational needs taken in the "
          "last five years, or can show that you already do what a trick teaches, ask your Examiner for the "
          "College's Recognition of Prior Learning form at Trick 1. If the College accepts your claim, you are "
          "excused that Trick Day and its Try it at school task, and up to 20 credits are counted toward your "
          "Certificate. You still perform all three Showpieces.")

sub("THE DIFFICULTY STARS")
p = para(doc, "★ Easy: every magician can do it with the instructions.   ★★ Needs practice.   ★★★ For experts: "
              "take your time. Every Try it at school task comes in a ★ version and a ★★★ version; which you "
              "take is agreed with your Examiner from your ticks.")
footnote(p, "The stars describe the tricks, not the magicians. A ★★★ task is not marked more generously.")

grown_ups("WHAT THE BOX COSTS", [
    "The Box costs £980 for the year, which includes the College's registration and the loan laptop. Ashpenny "
    "County Council's SEN Support Service pays £400 of that for every Ashpenny school, and the Guild's Wand "
    "Fund gives a bursary of £250 to schools with fewer than 100 pupils. A Box group has twelve magicians and "
    "two Examiners. Your SENCO has a half-hour tutorial at every Trick Day, and the Examiner reads and "
    "comments on each Try it at school task within two weeks. The tricks build on one another, so that by "
    "the Grand Finale your SENCO has everything needed for Showpiece C, and each Try it at school task is set "
    "at the level your SENCO is ready for."])

# ------------------------------------------------------------------ when and where
band("WHEN AND WHERE")
para(doc, "There is one Box a year. It opens in September and closes with the Certificate evening in July. "
          "Trick Days are on Thursdays, 9.30 to 3.30, at Brookfield School, Mill Road, Ashpenny. Each Trick "
          "Day is repeated as a Twilight Trick on the following Tuesday and Wednesday, 4.00 to 7.30, for "
          "magicians whose schools cannot release them in the day. The tricks must be learned in order, "
          "because each one uses the last, and the Box is taught face to face only.")
cal = [["Trick", "Trick Day", "Twilight Trick", "Try it at school by"],
       ["", "Thursday", "Tuesday + Wednesday", ""],
       ["1  The Magician's Hat", "17 Sept", "22 + 23 Sept", "Trick 2"],
       ["2  The Rule Book Vanish", "8 Oct", "13 + 14 Oct", "Trick 3"],
       ["3  The Shape-Shifter", "5 Nov", "10 + 11 Nov", "Trick 4"],
       ["4  Spot the Card", "26 Nov", "1 + 2 Dec", "Showpiece A, 18 Dec"],
       ["5  The Trick for Two", "14 Jan", "19 + 20 Jan", "Trick 6"],
       ["6  Mind-Reading", "4 Feb", "9 + 10 Feb", "Trick 7"],
       ["7  The Helpers", "4 Mar", "9 + 10 Mar", "Showpiece B, 26 Mar"],
       ["8  The Secret Library", "22 Apr", "27 + 28 Apr", "Trick 9"],
       ["9  The Provision Map", "20 May", "25 + 26 May", "Trick 10"],
       ["10 The Grand Finale", "17 June", "22 + 23 June", "Showpiece C, 9 July"]]
ct = table(doc, cal, widths_cm=[5.0, 3.0, 3.8, 4.2], header_fill=BAND2, size=8.5)
m = ct.cell(0, 0).merge(ct.cell(1, 0))
cell_text(m, "Trick", bold=True, size=8.5, fill=BAND2)
m = ct.cell(0, 3).merge(ct.cell(1, 3))
cell_text(m, "Try it at school by", bold=True, size=8.5, fill=BAND2)
for j in (1, 2):
    cell_text(ct.cell(1, j), ["", "Thursday", "Tuesday + Wednesday"][j], italic=True, size=8, fill="F4ECF7")
para(doc, "")
textbox(doc, [
    ("THE MAGICIAN'S CODE", {"bold": True, "align": "center"}),
    "1. A magician never makes the audience feel foolish.",
    "2. A magician practises before performing.",
    "3. A magician keeps the audience's secrets.",
    "4. Everyone in the audience deserves to be amazed.",
    "5. Every child can do magic.",
], width_pt=300, height_pt=110, fill="FDFEFE", stroke=BAND)

grown_ups("ACCESS FOR EVERY MAGICIAN", [
    "Every magician is asked on the Guild's application form whether they have a disability or any need we "
    "should know about, and what would help; the form says why we ask and who will see the answer, and your "
    "SENCO is asked again, privately, at Trick 1. So far we have provided this book in large print and on "
    "audio CD, a BSL interpreter for every Trick Day, a hearing loop in Brookfield's hall, 25 per cent extra "
    "time for Showpieces, and the choice of a filmed Showpiece instead of a written one. Brookfield School "
    "is on one level, with accessible toilets and parking at the door, and the placement schools are checked "
    "for access before a magician is placed. Our publicity leaflet says all of this, and the Examiners are "
    "told of any adjustment before the first Trick Day."])

# ------------------------------------------------------------------ tricks
band("THE TRICKS", size=14)
para(doc, "Each Trick Day begins with the Magic Minute: a trick from the props (pieces 16 to 24) that you can "
          "use with pupils the next morning. Then the real magic begins.", italic=True)


def trick(no, stars, title, need, sees, secret, how, school, tip=None, note=None):
    band(f"TRICK No. {no}  {stars}   {title}")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "YOU WILL NEED", bold=True, size=8.5, fill=BAND2)
    cell_text(t.cell(0, 1), need, size=8.5)
    set_widths(t, [3.2, 12.8])
    p = para(doc, "", space_before=4)
    add_runs(p, "**What your audience sees:** " + sees)
    p = para(doc, "")
    add_runs(p, "**The secret:** " + secret)
    if note:
        footnote(p, note)
    sub("How to do it")
    for i, step in enumerate(how, 1):
        p = para(doc, "", indent_cm=0.5, space_after=2)
        add_runs(p, f"{i}.  {step}")
    p = para(doc, "", space_before=3)
    add_runs(p, "**Try it at school:** " + school)
    if tip:
        top_tip(tip)


trick(1, "★", "THE MAGICIAN'S HAT",
      "Pieces 1, 2 and 3; your school's SEN policy",
      "A SENCO who knows which hat to wear, and when.",
      "A SENCO wears many hats. The 2008 SENCO regulations say a SENCO must be a qualified teacher, and "
      "your governing body decides the role in your school.",
      ["The SENCO's role since the 1994 Code: what has changed and what the 2008 regulations ask.",
       "Your school's SEN policy: who does what.",
       "Your tutorial: your ticks on the Trick Record, and the stars for your first tasks."],
      "★ Draw a 'Who wears which hat?' chart of SEN roles in your school.  ★★★ Check it with your head and "
      "two governors too.",
      tip="Wear one hat at a time. When a parent rings, you are not the timetabler.")

trick(2, "★", "THE RULE BOOK VANISH",
      "Pieces 4 and 5; your school's accessibility plan",
      "A school where the law works for pupils instead of sitting in a file.",
      "The Education Act 1996, the SEN Code of Practice 2001 and its graduated response, statutory "
      "assessment and statements, the Special Educational Needs and Disability Act 2001, the Disability "
      "Discrimination Act 1995 as amended in 2005 - reasonable adjustments, planning duties and the "
      "Disability Equality Duty - and what each requires of a school and its SENCO.",
      ["Morning, with the county's SEN officer: the Code, statements and annual reviews.",
       "Afternoon, with Dr Alun Treharne: disability equality law and what it asks schools to do."],
      "★ Check your school's accessibility plan against the planning duties.  ★★★ Check it, and propose "
      "three changes to your head.",
      note="The Code, the Acts and the DfES guidance are in the box as pieces 4 and 5.")

trick(3, "★★", "THE SHAPE-SHIFTER",
      "Piece 8; notes on two pupils",
      "Teachers who understand why a pupil learns the way he or she does.",
      "How children grow and learn, and how special needs, disability and the world around a child - "
      "classroom, home and friends - shape that. Then the five most common shapes of need: behavioural, "
      "emotional and social difficulties; specific learning difficulties, dyslexia among them; speech, "
      "language and communication needs; autistic spectrum disorders; and moderate learning difficulties.",
      ["Morning: child development, with Dr Hugh Faraday, educational psychologist.",
       "Afternoon: the five shapes, each taken by a specialist (Nia Rhys, speech and language therapist; "
       "Brookfield's autism outreach teacher; the Support Service's specific learning difficulties teacher)."],
      "★ Watch one pupil in two lessons.  ★★★ Watch one pupil in a lesson, at play and at home time, and "
      "write what the setting does to the learning.")

trick(4, "★★", "SPOT THE CARD",
      "Piece 8; your school's tracking data for one class, names removed",
      "Pupils whose needs are spotted early, with targets that stretch them.",
      "Finding pupils who may have special educational needs by observation, data and assessment; setting "
      "targets; planning interventions and reviewing them; and using the reports of educational "
      "psychologists, therapists and advisory teachers to shape teaching.",
      ["Morning: spotting, targets, individual education plans and reviews.",
       "After lunch: reading other professionals' reports and turning them into teaching plans.",
       "Last hour: you practise reading RAISEonline and your school's national test results with your "
       "Examiner, and how to change a programme that is not working. This part is not judged in any "
       "Showpiece."],
      "★ Choose your Showpiece A pupil and take a baseline.  ★★★ Choose your pupil, take a baseline, and "
      "set three targets with the class teacher.",
      tip="A forced card feels like a free choice. So should a good target.")

trick(5, "★★", "THE TRICK FOR TWO",
      "Piece 13",
      "Parents who feel they and the school are on the same side.",
      "Building fair, respectful and constructive relationships with pupils and their families; working in "
      "partnership with parents and carers; hard conversations; the Parent Partnership Service.",
      ["Parents from Ashpenny Parent Partnership come to this Trick Day. You practise an annual review "
       "meeting and a difficult telephone call with them as your audience, and they tell you how it felt from "
       "their side of the table.",
       "Afternoon: advising and supporting parents; writing to parents."],
      "★ Meet your Showpiece A pupil's parents and agree the plan with them.  ★★★ Do the same, and hold the "
      "review meeting with them at the end of term.")

trick(6, "★★★", "MIND-READING",
      "Piece 7; your school's pupil questionnaire, if it has one",
      "Pupils who help to plan, agree and review the help they get.",
      "Finding out what pupils think about the help they get, and involving them in planning and reviewing "
      "it: Talking Mats, symbol questionnaires, pupil-led reviews, and listening without leading. Research "
      "shows that pupils who are asked do better.",
      ["Morning: ways of consulting children and young people, tried on each other with the Talking Mats kit.",
       "Afternoon: helping colleagues build working relationships with pupils; speaking and writing clearly "
       "about what pupils said."],
      "★ Interview three pupils with special educational needs about their provision.  ★★★ Do the same, and "
      "run one pupil-led review.",
      tip="The best mind-reader is the one who asks.")

trick(7, "★★", "THE HELPERS",
      "Your school's staffing list for support staff",
      "Colleagues who know what to do, and a head who wants it done.",
      "Advising, coaching and mentoring colleagues; observing lessons and giving feedback; running training; "
      "deploying and managing teaching assistants; winning the commitment of your head and senior team; "
      "working with colleagues beyond the school; and the agencies - educational psychology, speech and "
      "language therapy, CAMHS, social care and the voluntary sector (Ashpenny Dyslexia Association, the "
      "Autism Support Group) - and how to work with them around a child.",
      ["Morning: coaching and feedback, practised in threes.",
       "Midday: deploying support staff; making the case to your head.",
       "Afternoon: the agencies, with Dr Hugh Faraday, and the Team Around the Child."],
      "★ Coach one teaching assistant for three weeks.  ★★★ Coach one teaching assistant, and take a case to "
      "the cluster SENCO meeting.")

trick(8, "★★", "THE SECRET LIBRARY",
      "Pieces 6, 9 and 11",
      "Teaching that removes barriers because it is built on what works.",
      "Approaches, strategies and resources for assessing, planning, teaching and learning - ICT among them - "
      "weighed critically; best practice and research in meeting special educational needs; formative "
      "assessment with pupils with special educational needs. The box was designed with the latest thinking.",
      ["Morning: the loan laptop's software, and how to judge an intervention.",
       "Afternoon: the Secret Library - each magician reads two research summaries and teaches them to the "
       "group.",
       "Last hour: each magician plans a staff session on formative assessment with pupils with SEN, to run "
       "as part of Showpiece B."],
      "★ Try one piece of software with one pupil.  ★★★ Compare two interventions in your school using the "
      "research.")

trick(9, "★★★", "THE PROVISION MAP",
      "Piece 10; your school's SEN budget",
      "Provision that fits, with nothing missing and nothing wasted.",
      "Provision mapping and management; costing; finding ineffective or missing provision; setting "
      "priorities, managing your time and delegating.",
      ["Morning: provision maps, with the template on piece 10.",
       "Afternoon: 'The Juggler's Diary' - your week, your priorities and what to delegate.",
       "Last hour: you practise presenting a provision map to governors and reviewing provision with "
       "colleagues. These are not judged."],
      "★ Draw your school's provision map.  ★★★ Draw it, cost it, and mark what is missing.")

trick(10, "★", "THE GRAND FINALE",
      "Piece 15; your Trick Record",
      "A SENCO ready to keep learning.",
      "Putting Showpiece C together; keeping your magic fresh - journals, networks, nasen and your own "
      "professional development.",
      ["Morning: Showpiece C clinic.",
       "Afternoon: keeping up to date, with feedback from your Examiner on your reading plan (not judged); "
       "then the Next Box (see WHAT NEXT?)."],
      "Finish Showpiece C.")

# ------------------------------------------------------------------ showpieces
band("THE THREE SHOWPIECES", size=14)
for head, txt in [
    ("SHOWPIECE A: THE DISAPPEARING BARRIER (4,000 words, by 18 December)",
     "A written case study of one pupil over a term: how you spotted the need, the other professionals' "
     "assessments you used, the pupil's development and the setting, the targets, the intervention and why "
     "you chose it, the review, the law that applied, and your work with the pupil and the family."),
    ("SHOWPIECE B: THE MIND-READING ACT (by 26 March)",
     "Consult pupils with special educational needs about their provision, then run a training session for "
     "colleagues on what they said and on formative assessment, drawing on research. An Examiner watches the "
     "session. You write a 2,000-word commentary."),
    ("SHOWPIECE C: THE GRAND ILLUSION (5,000 words, by 9 July)",
     "A plan for your school's provision, presented to your head and senior team: the provision map, the "
     "deployment of staff, the accessibility plan, the agencies you work with, how you won the head's "
     "commitment, your time and delegation plan, the problems you foresaw and how you solved them, and the "
     "research and outside advice you used."),
]:
    sub(head)
    para(doc, txt)
p = para(doc, "Each Showpiece is judged by two Examiners, who read it separately and then agree a verdict: "
              "'Shown' or 'Show again'. A Showpiece judged 'Show again' may be performed once more. ")
a = add_runs(p, "There is no separate moderation: the two Examiners' agreed verdict is final.")
comment(doc, a, "Should we ask the College to moderate a sample? Alun thinks the validation panel may have "
                "expected it. MP", "Margaret Pryor", "MP")
grown_ups("THE CERTIFICATE", [
    "Your SENCO's Certificate is signed when they have come to all ten Trick Days (or been excused one "
    "through Recognition of Prior Learning) and all three Showpieces have been judged 'Shown'."])

# ------------------------------------------------------------------ people
band("MEET THE EXAMINERS")
staff = [["Who", "In the Box", "Background"],
         ["Dr Alun Treharne", "Examiner; Programme Leader for the College",
          "Senior Lecturer in Special Education, Tresillian University College; SENCO in two secondary schools "
          "for nine years; PhD on inclusion in rural schools"],
         ["Bethan Cole", "Examiner", "Head of Ashpenny SEN Support Service; SENCO for twelve years; MA in SEN; "
          "Guild member (children's entertainer)"],
         ["Sunil Varma", "Examiner", "Deputy head and SENCO, Brookfield School; NPQH; leads the county's "
          "SENCO network"],
         ["Dr Hugh Faraday", "Specialist, Tricks 3 and 7", "Senior educational psychologist, Ashpenny"],
         ["Nia Rhys", "Specialist, Trick 3", "Speech and language therapist, Ashpenny Primary Care Trust"],
 ]
table(doc, staff, widths_cm=[3.2, 4.4, 8.4], header_fill=BAND2, size=8.5)
para(doc, "")
sub("YOUR ASSISTANT")
para(doc, "Your head chooses an Assistant for you - usually a deputy head or an experienced teacher. Your "
          "Assistant gets a copy of this book (piece 14) and watches your Showpiece B session. Our Examiners "
          "are all experienced members of the Guild and know the Box well.")
sub("PLACEMENTS")
para(doc, "Every magician spends two placement days at Brookfield School, for pupils with severe and complex "
          "learning difficulties, or at the Harrow Lane Resource Base for pupils with speech and language "
          "needs. The Guild arranges them with the school; you shadow the SENCO and a class teacher with a "
          "written brief agreed with your Examiner. Besides the Examiners you will work with an educational "
          "psychologist, a speech and language therapist, Brookfield's autism outreach teacher, the county's "
          "SEN officer and the Parent Partnership Service.")

# ------------------------------------------------------------------ stakeholders
grown_ups("HOW THE BOX WAS MADE", [
    "Schools in Ashpenny have told us again and again that new SENCOs need more help with paperwork, with "
    "parents and with the law, and the Box is made for them.",
    "The first Box was tried out in summer 2008 by eight Ashpenny SENCOs and the county's three SEN "
    "advisers. They asked us to add a trick on provision maps (Trick 9 is the result), to hold twilight "
    "repeats of each Trick Day (done), and to make Showpiece B about listening to pupils rather than a magic "
    "show for them (done). They also asked us to take the Every Child Matters tricks out of the Box to make "
    "room; these are now in the Expansion Pack."])
grown_ups("WHO ELSE IS IN THE SHOW", [
    "You choose your SENCO's Assistant, who supports the Try it at school tasks. Parents from Ashpenny Parent "
    "Partnership are the audience at Trick 5 and give feedback. Brookfield School and Harrow Lane host the "
    "placements. At the end of each Box, heads and Assistants fill in the Guild's Applause Card questionnaire "
    "about the Box and what changed in their school, and the county's three SEN advisers join the Guild's Box "
    "Review meeting each July, where the Applause Cards are read."])

band("AFTER THE SHOW")
para(doc, "After every Trick Day each magician fills in an Applause Card - what worked, what did not, and how "
          "confident you feel now about the lines on your Trick Record - and the Examiners meet the same "
          "afternoon to read them. The Examiners keep a tally of Showpiece verdicts, line by line, to see which "
          "lines magicians find hardest. Tresillian University College reviews the Box each year in its annual "
          "programme review and sends us its report. Everything is read at the Box Review meeting in July, "
          "which decides what changes; the changes are printed on the first page of next year's book under "
          "'What's new in this Box'.")
para(doc, "How will we know the Box has worked? When your pupils come to school smiling and reaching their "
          "targets. We hope to hear your stories at the Certificate evening.")

sub("WHAT NEXT? THE NEXT BOX")
para(doc, "After the Grand Finale, you and your Assistant fill in the Next Box planning sheet (piece 15): three "
          "targets for your next year as SENCO, which you take to your performance management meeting with "
          "your head. Your Examiner talks them through with you at the Certificate evening, with the College's "
          "list of masters modules you could take next.")

sub("THE EXPANSION PACK (SOLD SEPARATELY)")
p = para(doc, "The Every Child Matters Expansion Pack is a separate Guild course of two twilight sessions "
              "(£60). It covers the five outcomes - being healthy, staying safe, enjoying and achieving, making "
              "a positive contribution and achieving economic well-being - and the SENCO's part in them. It is "
              "not part of the Award and is not judged.")
footnote(p, "The Expansion Pack is run by the Guild's Children's Entertainers' Circle, not by the Examiners.")

# ------------------------------------------------------------------ trouble-shooting
band("TROUBLE-SHOOTING")
qa = [
    ("My trick went wrong at school.", "Every magician's does. Talk it through with your Assistant, and bring "
     "it to your next tutorial."),
    ("I've been a SENCO for years. Can I just perform the Showpieces?", None),
    ("Can I start in January?", "No. The Box opens once a year, in September."),
    ("Is there an online version?", "No. There is no online part to this Box: everything you need is in it."),
    ("What about access arrangements for national tests and examinations?", "They are not in this box. The "
     "county's examinations team runs its own briefing for schools each spring."),
]
quick_q = None
for q, a in qa:
    p = para(doc, "", space_after=1)
    add_runs(p, "**Q.** " + q, bold=True)
    if a is None:
        quick_q = p
    p = para(doc, "", indent_cm=0.5)
    add_runs(p, "A. ")
    if a is None:
        del_run(p, "Yes - ask the Examiners about the Quick Route, which lets experienced SENCOs go straight to "
                   "the Showpieces. ", AT, D1)
        ins_run(p, "No. Every magician in the Box learns every trick, apart from any Trick Day excused through "
                   "Recognition of Prior Learning. The Certificate is never given for Showpieces alone.", MP, D2)
    else:
        add_runs(p, a)
comment(doc, quick_q.runs, "We dropped the Quick Route after the try-out - nobody used it. AT", "Alun Treharne", "AT")

# ------------------------------------------------------------------ certificate
band("YOUR CERTIFICATE")
cert = doc.add_table(rows=4, cols=2)
cert.style = "Table Grid"
m = cert.cell(0, 0).merge(cert.cell(0, 1))
cell_text(m, "THE ASHPENNY BOX OF MAGIC\nCERTIFICATE OF MAGIC", bold=True, size=14, align="center", fill="F9E79F")
m = cert.cell(1, 0).merge(cert.cell(1, 1))
cell_text(m, "This is to certify that [Magician's name] of [School] has mastered every trick in the Ashpenny "
             "Box of Magic and every one of the national outcomes for SENCOs.", italic=True, align="center")
cell_text(cert.cell(2, 0), "Examiner: [signature]")
cell_text(cert.cell(2, 1), "Examiner: [signature]")
m = cert.cell(3, 0).merge(cert.cell(3, 1))
cell_text(m, "Date: [          ]", align="center")
set_widths(cert, [8.0, 8.0])

# ------------------------------------------------------------------ trick record (landscape)
s2 = landscape_section(doc)
band("THE TRICK RECORD (PIECE 3)", size=13)
para(doc, "Everything a SENCO can do, line by line, in the order you learn it. Tick the lines before Trick 1 "
          "(see CHECK YOUR SET). The Status column is explained there.", italic=True)
groups = [
    ("TRICK 2: THE RULE BOOK VANISH", [
        ("1", "know the law and guidance on SEN, the Code of Practice, what they mean for your school and how to carry them out", "2", "A", "Shown"),
        ("2", "know the law on disability equality and what it requires your school to do", "2", "C", "Shown")]),
    ("TRICK 3: THE SHAPE-SHIFTER", [
        ("3", "understand how children develop, and how need, disability and surroundings affect development", "3", "A", "Shown"),
        ("4", "know the common kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how they affect learning", "3", "A", "Shown")]),
    ("TRICK 4: SPOT THE CARD", [
        ("5", "spot pupils who may have SEN, set stretching targets, plan interventions and review progress", "4", "A", "Shown"),
        ("6", "use other professionals' assessments to shape teaching", "4", "A", "Shown"),
        ("7", "use summative assessment and national tests to track progress and change programmes", "4", "-", "Practised")]),
    ("TRICK 5: THE TRICK FOR TWO", [
        ("8", "build fair, respectful, constructive relationships with pupils with SEN and their parents or carers", "5", "A", "Shown"),
        ("9", "work well with parents and carers to help their children learn and develop", "5", "A", "Shown")]),
    ("TRICK 6: MIND-READING", [
        ("10", "make sure pupils help to plan, agree, review and evaluate their own provision", "6", "B", "Shown"),
        ("11", "speak and write clearly, and listen to and understand what others think", "6", "B", "Shown")]),
    ("TRICK 7: THE HELPERS", [
        ("12", "help colleagues develop: observe and give feedback, model, coach and mentor, train", "7", "B", "Shown"),
        ("13", "deploy and manage staff well", "7", "C", "Shown"),
        ("14", "win the commitment of colleagues, the head and senior leaders", "7", "C", "Shown"),
        ("15", "know what outside agencies do and how to get specialist help", "7", "C", "Shown"),
        ("16", "work in partnership with other services and agencies, voluntary ones too", "7", "C", "Shown")]),
    ("TRICK 8: THE SECRET LIBRARY", [
        ("17", "judge approaches, strategies and resources, including ICT, and use them to remove barriers", "8", "A", "Shown"),
        ("18", "know best practice and what research says about meeting SEN", "8", "B", "Shown"),
        ("19", "encourage other teachers to use formative assessment, with approaches for pupils with SEN", "8", None, None),
        ("20", "use research and outside advice to improve your own and colleagues' practice", "8", "C", "Shown")]),
    ("TRICK 9: THE PROVISION MAP", [
        ("21", "map and manage provision, and find what is missing or not working", "9", "C", "Shown"),
        ("22", "set priorities, manage your time and delegate well", "9", "C", "Shown"),
        ("23", "with senior colleagues and governors, shape an inclusive ethos, policy, priorities and resources", "9", "-", "Practised"),
        ("24", "review with other staff how well provision works, for the school's self-evaluation", "9", "-", "Practised")]),
    ("TRICK 10: THE GRAND FINALE", [
        ("25", "keep up to date and take charge of your own professional development", "10", "-", "Practised")]),
    ("NOT LEARNT AT A TRICK", [
        ("26", "see problems coming, solve them and make sound decisions about provision", "-", "C", "Showpiece only"),
        ("27", "spot in good time the special arrangements pupils need for tests and examinations, and see them made", "-", "-", "Not in this box"),
        ("28", "know the principles of school self-evaluation and improvement for pupils with SEN", "-", "-", "Not in this box"),
        ("29", "know Every Child Matters, its five outcomes and the SENCO's part in them", "-", "-", "Sold separately")]),
]
nrows = 1 + sum(1 + len(g) for _, g in groups)
tr = doc.add_table(rows=nrows, cols=6)
tr.style = "Table Grid"
for j, h in enumerate(["Line", "I can ...", "Trick", "Showpiece", "Status", "✓ / ✗"]):
    cell_text(tr.cell(0, j), h, bold=True, size=8.5, fill=BAND, color="FFFFFF")
i = 1
STATUS_FILL = {"Practised": "FEF9E7", "Showpiece only": "FDEBD0", "Not in this box": "EAEDED",
               "Sold separately": "EAEDED"}
for title, lines in groups:
    merge_row(tr, i, title, fill=BAND2, size=8.5)
    i += 1
    for ln, what, tk, sp, st in lines:
        cell_text(tr.cell(i, 0), ln, size=8.5, bold=True)
        cell_text(tr.cell(i, 1), what, size=8.5)
        cell_text(tr.cell(i, 2), tk, size=8.5)
        if sp is None:
            set_cell_tracked(tr.cell(i, 3), "-", "B", AT, D2, size=8.5)
            set_cell_tracked(tr.cell(i, 4), "Practised", "Shown", AT, D2, size=8.5)
        else:
            cell_text(tr.cell(i, 3), sp, size=8.5)
            cell_text(tr.cell(i, 4), st, size=8.5, bold=(st != "Shown"), fill=STATUS_FILL.get(st))
        cell_text(tr.cell(i, 5), "☐", size=8.5)
        i += 1
set_widths(tr, [1.2, 14.0, 1.6, 2.2, 3.2, 1.4])

finish_footnotes(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
