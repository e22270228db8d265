"""na-02-granary-table-menu: a bakery school's course written as the menu of its long-table restaurant.

Provider (invented): The Old Granary Bakery School, Mill Wynd, Kelderby: a working bakery and cookery school whose
"Proper Job" programme has young people with SEN from Kelderby's schools baking one day a week. With Kelderby
St Anne's University College it runs the National Award for SEN Coordination as "The SENCO Menu", 2009-10, and
sends the panel the printed menu every guest (participant) receives, printer's proof 2, with a note in a text box.

Document kind and layout: a restaurant menu. Custom paragraph styles (Menu Title, Menu Section in spaced small
caps, Dish, Dish Description), no Heading styles, centred sections. "How to read our menu" at the very front keys
the house words used far below: Guests, Courses, Chefs, Hosts, Take-away, Taste Card, Your Order, Signature Plates
(SP1-SP3, the marked work), "T" (a taster, never marked), "86" (kitchen slang: off the menu), a dash, the Pass
(moderation). Seven Courses, each a borderless two-column table (course and name / Wednesday and Saturday
sittings) with an italic dish description and a "Take-away" line. A chalkboard "Specials Board" text box and a
"Note for the panel" text box. "The Bread Board" outcome table: the 28 national outcomes in the school's own words
(no national codes), merged group rows ("TO START", "THE LARDER", "THE MAINS"), columns "Served at" / "On the bill".
Tracked changes: a deleted APL sentence, a change in two Bread Board cells (a dash to Course Three, "86" to "SP2"),
and the price changed (deleted "£1,650", inserted "£1,750"). Three Word comments (the printer
and the head chef). Header "PROOF 2"; a footer with the address and "Ask about our placement kitchens". Asterisk
notes typed under the courses.

Traps (requirement ids):
- E.1 met (the University College validates and awards). E.2 partially_met: "40 credits at Masters level"; a
  guest who wants 60 must add another module ("a further 20-credit module of the University College's").
- 1.1 partially_met: the aim is attainment only ("read, write and count better"); well-being is not in the aims;
  the ECM line is assessed but not served.
- 1.3 partially_met: research and best practice are served at Course Five, but the reading is "the list Hannah
  built in 2001" and "We don't chase the latest reports": no recent research or inspection evidence.
- 1.5 met: Course Four teaches asking children (pupil interviews, talking mats, pupil-led reviews).
- 1.9 partially_met and 6.0 partially_met: the Bread Board has T, 86 and dash lines; the award rule covers only
  "every line of the Bread Board that carries a Signature Plate".
- 2.1 partially_met: prior learning shapes Your Order but "We don't give credit for earlier courses or for
  experience"; a sentence letting 30 credits be carried in is a tracked deletion; the University College's MA
  credits earlier study (another programme).
- 2.3 met: "Just the Bill", an assessment-only route against every line, for experienced SENCOs.
- 2.5 met: Course Seven's Next Year's Menu card of three targets taken to the head.
- 3.1 met: disclosure invited on the Taste Card and why, adjustments agreed with the disability adviser, large print
  and taped booking leaflet, level access, adjustments to Signature Plates.
- 3.2 met: the Specials Board text box (Wednesday and Saturday sittings, a January start, Courses Four to Six in
  any order, catch-up with the Winter Table).
- 3.3 not_applicable: "there are no online courses and no e-learning"; booking online and emailed reading are not
  e-learning; Marlow Mill's online baking classes are another kitchen's.
- 4.1 / 4.2 / 4.3 met: the growers table (council survey, county audit, parents' forum, heads), what changed, and
  the Suppliers' Lunch each July plus the council's SEN adviser second-tasting at the Pass.
- 5.1 met: comments cards after every course, the Suppliers' Lunch, the Head Chef's report and the University
  College's annual review, with what changes.
- 5.2 not_met: "We have no entry requirements and have never turned anyone away"; anyone who works in a school may
  book.
- 5.3 met: the head confirms the enhanced CRB disclosure and conduct; a new disclosure through admissions where
  needed; "no one sits at the table until it is complete".
- 5.4 partially_met: only the Head Chef's SEN background is given; the others are bakers or unnamed visiting
  chefs, "more than forty years in classrooms" between them (general terms, baking credentials: wrong context).
- 5.5 not_met: no outside speakers, "guests don't go on placements or visits"; the footer's "placement kitchens"
  and a comment promising visits next year are not part of the submission.
- 5.6 partially_met: the Course Pack, a library card and Wi-Fi ("Bring your own laptop"); no specialist resources
  or technology provided.
- 5.9 partially_met: comments cards ask about "the food, the service, the room"; the Suppliers' Lunch tastes a
  sample; but "We have not yet found a way to tell whether our guests' pupils do better" and nothing measures
  guests' competence or confidence.
- 6.A3 not_met (86), 6.A6 partially_met (served at Course Five, a dash on the bill; SP3 no longer asks for the
  research a change was built on), 6.K2 partially_met (a dash under Served at, SP1 on the bill: assessed, not
  taught; ECM appears nowhere in the courses), 6.K5 partially_met (Course Two "(T)", T on the bill), 6.K7 not_met (86),
  6.S2c partially_met (T), 6.S2d met only through the tracked change in its cells (inserted "Course Three" and
  "SP2", deleted dash and "86"), 6.S6 not_met (86), 6.S9 partially_met (served at Course Six, a dash on the bill).
"""
from pathlib import Path

from docx.shared import Cm, Pt

from _na_helpers import Builder

HERE = Path(__file__).parent
NAME = Path(__file__).name[: -len(".build.py")]

D1 = "2009-01-26T14:20:00Z"
D2 = "2009-02-02T09:45:00Z"
D3 = "2009-02-05T17:10:00Z"
HR = "Hannah Rudd"
JM = "Joe Marrin"

b = Builder(font="Georgia", size=10, margins_cm=2.2)
doc = b.doc
b.para_style("Menu Title", size=28, align="center", after=2, font="Georgia", spacing=40)
b.para_style("Menu Section", size=13, small_caps=True, bold=True, align="center", before=14, after=6,
             spacing=30, color="5A3E1B")
b.para_style("Dish", size=11, bold=True, after=0, font="Georgia")
b.para_style("Dish Description", size=10, italic=True, after=3, font="Georgia")
b.para_style("Menu Small", size=8.5, align="center", after=2, color="555555")


def sec(text):
    return b.p(text, style="Menu Section", keep_next=True)


def rule():
    return b.p("\u2022  \u2022  \u2022", style="Menu Small", after=6)


b.header_footer("THE GRANARY TABLE  \u00b7  THE SENCO MENU  \u00b7  AUTUMN 2009 \u2013 SUMMER 2010  \u00b7  PROOF 2",
                "The Old Granary Bakery School, Mill Wynd, Kelderby KY4 7DD  \u00b7  Ask about our placement kitchens"
                "  \u00b7  Please tell us about any allergies  \u00b7  Food hygiene rating 5", page_label="")

# ------------------------------------------------------------------ cover
b.p("THE GRANARY TABLE", style="Menu Title")
b.p("The Old Granary Bakery School  \u00b7  Mill Wynd  \u00b7  Kelderby", style="Menu Small")
b.p([("The SENCO Menu", {"size": 16, "italic": True})], align="center", after=0)
b.p("The National Award for SEN Coordination, served with Kelderby St Anne's University College",
    align="center", after=2)
b.p("Autumn 2009 to Summer 2010", style="Menu Small")
rule()
b.textbox([
    [("A NOTE FOR THE PANEL", {"bold": True})],
    "This is the menu every guest is given when they book a place on our SENCO course. We have sent it as it is, "
    "at the printer's second proof, with the last changes still showing. Our bakery school teaches bread to the "
    "public and to young people; this menu is for our other table, the one where new SENCOs sit. If it is on the "
    "menu, we serve it.",
    [("Hannah Rudd, Head Chef and course leader", {"italic": True})],
], width_cm=15.5, height_cm=3.3, fill="FFFDF7", line="5A3E1B")

sec("How to read our menu")
key = [
    ("Guests", "the teachers who come on the course. The long table seats twenty."),
    ("Courses", "the seven study days, served at the long table from 9.30 until 3.30."),
    ("Chefs", "the tutors who cook the courses and taste the Signature Plates."),
    ("Hosts", "the colleague in your own school who looks after you between courses."),
    ("Take-away", "the task you take back to school after each course."),
    ("Taste Card and Your Order", "see Before you order."),
    ("Signature Plates (SP1, SP2, SP3)", "the three pieces of work that are marked. On the Bread Board, a Signature "
     "Plate in the On the bill column means that line is marked in that Plate."),
    ("T", "a taster. A line marked T is tried at the table and the chef tells you what she thinks of it; "
          "tasters are never marked."),
    ("86", "in a kitchen, 86 means we have run out. On the Bread Board it means the line is off the menu this "
           "season: not served and not marked."),
    ("A dash", "in either column means nothing there: not served at any course, or not on the bill."),
    ("The Pass", "where every plate is checked before it leaves the kitchen. Ours is where Signature Plates are "
                 "marked (see The Pass, below)."),
]
for k, v in key:
    b.p([(k + ": ", {"bold": True}), v], after=1, indent_cm=0.6)

# ------------------------------------------------------------------- story
sec("Good morning")
b.p("The Old Granary has been a working bakery since 1998 and a bakery school since 2004. Every Thursday the young "
    "people of our Proper Job programme, pupils with special educational needs from six Kelderby schools, bake "
    "alongside our bakers, and their bread is on the counter by noon. Our Head Chef, Hannah Rudd, was SENCO at St "
    "Bede's Primary for eight years before she came to bake with us, and it was the SENCOs who came to collect "
    "their pupils on Thursdays who asked us for this table.")
b.p("The course is Kelderby St Anne's University College's Postgraduate Certificate in SEN Coordination (National "
    "Award). The University College validated it in December 2008 and awards it: 40 credits at Masters level. A "
    "guest who wants the full 60 credits adds a further 20-credit module of the University College's, Leading "
    "Inclusion, in the following year. The University College's School of Education and our bakery school cook "
    "it together.")
b.p("Our aim is simple: children with special educational needs in your school should read, write and count "
    "better by the end of the year than they would have done without you. Everything on this menu is there to lift "
    "their attainment.")

# --------------------------------------------------------------- ordering
sec("Before you order")
b.p("Anyone who works in a school can book: teachers, teaching assistants, learning mentors. We have no entry "
    "requirements and have never turned anyone away; the Taste Card comes after you have booked, and it never "
    "decides whether you get a place.")
b.p("Before your first course your headteacher confirms to us in writing the date and number of your enhanced CRB "
    "disclosure, that it was checked when you were appointed, and that the school has no concerns about your "
    "conduct. If you have not worked with children in the last three months, the University College's admissions "
    "office obtains a new enhanced disclosure before you start. We keep the record in the Booking Book, and no one "
    "sits at the table until it is complete.")
b.p("Every guest then fills in a Taste Card: every line of the Bread Board, each marked from 1 (never tasted it) "
    "to 4 (could cook it blindfold), with an example from school for every 3 or 4. Your chef reads it and rings "
    "you, and together you write Your Order: the lines you will work hardest on this year (your own set of "
    "outcomes), what you will take away after each course, and which of the Specials you need. Your Order goes to "
    "your Host, and you and your chef look at it again at Course Four and change it if the take-aways say it is "
    "wrong.")
apl = b.p("We don't give credit for earlier courses or for experience. Everyone eats every course and plates all "
          "three Signature Plates; what you already know goes on your Taste Card and changes Your Order, not your "
          "bill.")
b.del_runs(apl, " Guests who hold 30 credits of masters study in SEN may bring them with them and leave out "
                "Signature Plate 1.", HR, D1)
b.p("(The University College's MA in Education credits earlier study; this certificate does not.)")
b.p([("Just the Bill. ", {"bold": True}),
     "For the occasional guest who has been cooking this for years, an experienced SENCO or a teacher from the "
     "county's learning support service, there is Just the Bill: no courses and no tasters. You and the Head Chef "
     "meet and agree which evidence from your own school will go on each Signature Plate; you plate all three; and "
     "you then spend an hour at the Pass with two chefs, who go through every line of the Bread Board with you. "
     "Both chefs must sign off every line. Just the Bill costs £650 and is offered only when the Head Chef and the "
     "University College's programme leader agree that it is right for you."])

# -------------------------------------------------------------- allergies
sec("Allergies, dietary requirements and everything else")
b.p("Please tell us. The Taste Card asks every guest about any disability, health condition or learning "
    "difficulty of their own, and says why we ask: so that we can make the changes you need before you arrive, not "
    "after. We then agree with you, and with the University College's disability adviser, what we will change: "
    "large print or coloured paper, handouts a week early, a sign language interpreter, rest breaks, a parking bay "
    "by the door, extra time or another format for a Signature Plate. A hearing loop is fitted at the long table, "
    "and the table and the kitchen are on the ground floor with level access. Our booking leaflet comes in large "
    "print and on tape, and it tells disabled teachers what we change before they have to ask.")

# --------------------------------------------------------------- set menu
sec("The set menu")
b.p("Seven courses, each served twice: on a Wednesday, and again on the Saturday after. Choose either sitting.",
    align="center", italic=True)

courses = [
    ("Course One", "Bread and Butter", "Wed 30 September or Sat 3 October 2009",
     "The SENCO's job and the law that shapes it: the Education Act 1996 and the SEN Code of Practice, and what "
     "they ask of a school, a SENCO and a class teacher; the SENCO Regulations 2008; the Disability Discrimination "
     "Act and the duties it puts on a school towards disabled pupils, served with a worked example of a school's "
     "accessibility plan.",
     "read your school's SEN policy against the Code and mark three things to change."),
    ("Course Two", "Proving Time", "Wed 4 or Sat 7 November 2009",
     "How children grow: language, thinking, movement, friendships and feelings, from the early years to "
     "adolescence, and how a disability, a special need or a noisy, chaotic classroom can change the way a child "
     "develops. Then the five needs you will meet most: behavioural, emotional and social difficulties; dyslexia "
     "and other specific learning difficulties; speech, language and communication needs; autism; moderate "
     "learning difficulties; and what each does to learning (T).",
     "a learning walk through your school, looking at the rooms as a child with each of the five needs would."),
    ("Course Three", "Weights and Measures", "Wed 2 or Sat 5 December 2009",
     "Finding the children who need more: observation, data, screening. Setting targets that stretch, planning the "
     "intervention, reviewing it. Turning an educational psychologist's or therapist's report into teaching. "
     "Tracking with teacher assessment, optional tests and the national tests, and changing the plan when progress "
     "stalls. Access arrangements for the Key Stage 2 tests and GCSEs: what can be asked for, the evidence needed, "
     "and agreeing them in good time with the examinations officer. Assessment for learning in colleagues' "
     "classrooms (T). Approaches, programmes and ICT, from symbol software to voice recorders, tried and judged.",
     "track one pupil for six weeks and change one thing when the data say so."),
    ("Course Four", "Round the Table", "Wed 20 or Sat 23 January 2010",
     "The children and their families. Building trust with pupils with SEN and with their parents. Asking children "
     "what they think: pupil interviews, talking mats, review meetings the pupil helps to run, and helping "
     "colleagues to do the same. Parents and carers as partners: the difficult conversation, the annual review, "
     "the Parent Partnership Service. Served with the young people of our Proper Job programme, who tell you what "
     "helped them at school and what did not.",
     "run one review in which the pupil leads part of the meeting."),
    ("Course Five", "The Brigade", "Wed 10 or Sat 13 March 2010",
     "Leading the adults. Deploying teaching assistants and managing them well. Provision mapping: building the "
     "map, costing it, finding what is missing and what is not working. Helping colleagues grow: observing and "
     "giving feedback, modelling, coaching, running training. Bringing colleagues and the senior team with you. "
     "Saying it and writing it clearly, and listening. What research and best practice say about meeting "
     "special educational needs, and how to use research and outside advice to change your own and colleagues' "
     "practice.",
     "observe a teaching assistant's session and give feedback; draw your school's provision map."),
    ("Course Six", "Front of House", "Wed 5 or Sat 8 May 2010",
     "The SENCO with the head and the governors: an inclusive school's ethos, policies, priorities and money. "
     "Outside agencies: who does what (educational psychology, speech and language therapy, CAMHS, social care, "
     "the voluntary sector), how to get their help and resources, and how to work alongside them. Sticky "
     "situations: seeing the problem coming, deciding, and standing by the decision.",
     "follow one referral from start to finish."),
    ("Course Seven", "Coffee and Petits Fours", "Wed 30 June or Sat 3 July 2010",
     "Keeping your knowledge fresh and taking charge of your own development: journals, networks, the SENCO Forum. "
     "Next Year's Menu: each guest writes three professional targets for the year after the Award on our Next "
     "Year's Menu card, talks them through with a chef, and takes the card to their headteacher. Signature Plate 3 "
     "is served at the table.",
     None),
]
for num, name, when, desc, take in courses:
    t = b.table([[[(num.upper() + "  ", {"bold": True, "size": 9}), (name, {"bold": True, "size": 12})],
                  [(when, {"italic": True, "size": 9})]]], widths_cm=[10.0, 6.6], style=None, size=10)
    t.cell(0, 1).paragraphs[0].alignment = 2
    b.p(desc, style="Dish Description")
    if take:
        b.p([("Take-away: ", {"bold": True, "italic": False}), (take, {"italic": False})], after=6)
b.p("T  Tasters are tried at the table and talked about with the chef; they are never marked.", style="Menu Small")

b.textbox([
    [("SPECIALS BOARD", {"bold": True, "color": "FFFFFF", "size": 11})],
    [("Saturday sittings: every course is served on a Wednesday and again on the Saturday after. Come to either.",
      {"color": "FFFFFF"})],
    [("The Winter Table: a second group starts in January 2010 and finishes in December 2010.",
      {"color": "FFFFFF"})],
    [("Courses Four, Five and Six can be taken in any order if your school's year needs it.", {"color": "FFFFFF"})],
    [("Missed a course? Take it with the Winter Table, or at the other sitting.", {"color": "FFFFFF"})],
], width_cm=15.5, height_cm=3.6, fill="2B2B2B", line="2B2B2B")

sec("Take-away")
b.p("After every course you take a dish back to school: the take-away named under the course, chosen to fit Your "
    "Order and done with real pupils and colleagues. Your Host meets you at least twice a term to talk it through "
    "and to help you clear a space for it. The take-aways are where the course changes what happens in your "
    "school, and Signature Plate 3 is built from them.")
b.p("Everything on this menu is served at the table or in your own school: there are no online courses and no "
    "e-learning. You can book your table on our website and we will email you the reading; that is all the "
    "internet does for this menu. (Our friends at Marlow Mill run online baking classes; that is a different "
    "kitchen.)")
price = b.p([("Your table. ", {"bold": True}), "The set menu costs "])
b.del_runs(price, "£1,650", JM, D2)
b.ins_runs(price, "£1,750", JM, D2)
b.add_runs(price, " a guest for the year, lunch and bread included. Kelderby Borough Council and East Marlow County "
                  "Council each pay half for their own schools. We can keep it there because the long table is "
                  "ours, the bread comes out of our own ovens, and the University College's tutors cook alongside "
                  "ours rather than in a hired room; and because Your Order sends each guest's time where it is "
                  "needed, not round every line of the Board at the same pace.")

# ---------------------------------------------------------- signature plates
sec("Signature Plates: on the bill")
plates = [
    ("SP1  The Larder Audit", "due 14 December 2009",
     "4,000 words. An audit of your school's provision against the law and the Code of Practice, including how the "
     "school works towards the five Every Child Matters outcomes for its pupils with SEN and what the SENCO does "
     "towards them; with two child profiles showing how each child's development has been shaped by their needs "
     "and their surroundings; set against what research and best practice say about meeting those needs."),
    ("SP2  The Plated Case", "due 22 March 2010",
     "5,000 words. One pupil, anonymised: how the need was spotted; what other professionals' assessments said and "
     "what you changed because of them; targets, the intervention, the review; progress on teacher assessment and "
     "the national tests, and what you changed when it stalled; the access arrangements you secured; the teaching "
     "approaches and ICT you chose and why; the pupil's own part in planning and reviewing; the family as "
     "partners; what outside agencies could offer the pupil and how you would get it; the hard decisions and how you made them."),
    ("SP3  The Service", "due 9 July 2010",
     "5,000 words and twenty minutes at the table with two chefs and your headteacher. A change to your school's "
     "provision that you led: the case you made to the head and governors; the provision map before and after; how "
     "you deployed and developed the staff involved (observation, feedback, coaching, training); and your own "
     "plan for keeping up to date."),
]
for name, due, desc in plates:
    b.p([(name, {"bold": True}), ("   " + due, {"italic": True, "size": 9})], style="Dish")
    b.p(desc, style="Dish Description")

sec("The Pass")
b.p("Every Signature Plate is tasted by two chefs, one from our school and one from the University College, who "
    "mark it separately and then agree. Before each Plate is marked, all the chefs mark three sample plates "
    "together and compare. Once a year the Kelderby council's SEN adviser sits at the Pass and second-tastes a "
    "sample. The University College's assessment board confirms every mark, and its external examiner, "
    "[name to be confirmed by the University College], samples every Plate.")
b.p([("Settling up. ", {"bold": True}),
     "You pass when both chefs at the Pass have signed off every line of the Bread Board that carries a Signature "
     "Plate, and each of your three Plates has passed. The University College then awards the Postgraduate "
     "Certificate."])

# ------------------------------------------------------------------- brigade
sec("Our kitchen brigade")
b.p([("Hannah Rudd, Head Chef and course leader. ", {"bold": True}),
     "Trained at the School of Artisan Food; SENCO at St Bede's Primary, Kelderby, 1997 to 2005; MA in Special "
     "Educational Needs (University College, 2003)."])
b.p([("Joe Marrin, Chef de partie. ", {"bold": True}),
     "Twenty years a baker, twelve of them in Lyon and Paris; runs our Proper Job programme and the bakery school's "
     "bread courses."])
b.p([("Visiting chefs. ", {"bold": True}),
     "Tutors from the University College's School of Education cook Courses Three, Five and Six; the University "
     "College chooses them from its education staff each year."])
b.p("Between them our chefs have more than forty years in classrooms, and every one of them has baked on the "
    "Thursday line.")
brig = b.p("")
r_br = b.add_runs(brig, "Our chefs cook every course themselves. Apart from the University College's own tutors we "
                        "don't bring in outside speakers, and guests don't go on placements or visits: everything "
                        "you need is at the long table or in your own school.")
b.comment(r_br, "Can we say we will arrange visits to Highfield School from next year? Ask Joe.", HR, "HR")
b.p("Every chef has the Kitchen Book (the menu, the Bread Board, the marking guide for each Plate and how the Pass "
    "works) and a day with the course leader each September before the first course. Hosts are invited to a "
    "Hosts' evening at the Granary each September, and each gets a Host's Card setting out what we ask of them: "
    "two meetings a term, help with the take-aways, and a note to the chef if a guest is struggling.")
b.p("Every guest gets the Course Pack and a library card for the University College library. We have Wi-Fi at the "
    "long table: bring your own laptop if you would like to.")
b.p("Reading for each course is chosen by its chef. We don't chase the latest reports: our reading list is the "
    "list Hannah built in 2001, and it has served every table since.")

# ------------------------------------------------------------------ growers
sec("Our growers and suppliers")
b.p("Good bread starts with good flour, and we know where ours comes from. So does this menu.", align="center",
    italic=True)
b.table([
    ["Grower", "What they told us", "What it changed"],
    ["Kelderby Borough Council SEN team",
     "Its 2008 survey of SENCOs in 52 schools (38 replied): new SENCOs most needed help with provision mapping, "
     "managing teaching assistants and working with parents.",
     "Provision mapping and teaching assistants were given half of Course Five each; working with families took "
     "the whole of Course Four."],
    ["East Marlow County Council",
     "Its 2008 SEN audit found access arrangements for tests and examinations handled late in its rural "
     "secondaries.",
     "Access arrangements were added to Course Three and to Signature Plate 2."],
    ["Side by Side, the Kelderby parents' forum, and the Parent Partnership Service",
     "Parents asked that reviews be less formal and that their children be asked, not just talked about.",
     "Course Four's pupil-led reviews; the Parent Partnership officer helped us write Course Four."],
    ["Headteachers of the Kelderby Learning Partnership",
     "Losing a SENCO on a weekday is hard to cover; the course should leave the school with something it uses.",
     "Saturday sittings; Signature Plate 3 is presented to the guest's own headteacher."],
    ["Our Proper Job bakers", "What helped them at school, and what did not.",
     "They serve Course Four with us."],
], widths_cm=[4.0, 6.3, 6.3], header_fill="EDE3D1", size=8.5)
b.p("")
b.p("Every July we hold the Suppliers' Lunch: the council's SEN adviser, four headteachers, two parents from Side "
    "by Side and two of our Proper Job bakers taste a sample of the year's Signature Plates (with the guests' "
    "permission) and read the comments cards, and tell us what to change for the next year. What they say goes "
    "into the Head Chef's report to the University College. Headteachers from the Partnership are Hosts for their "
    "own guests.")

sec("How did we do?")
b.p("Every guest gets a comments card at the end of each course: the food, the service, the room, and one thing "
    "we could do better. The Head Chef reads every card, and the chefs change the next course when the cards "
    "say so. Each summer the Head Chef writes a report on the year, with the cards, the Suppliers' Lunch and the "
    "marks from the Pass, for the University College's annual review of its certificates, and the review's "
    "actions go on next year's menu.")
b.p("We have not yet found a way to tell whether our guests' pupils do better because their SENCO came to the "
    "Granary. The University College has said it will help us think about it.")

# --------------------------------------------------------------- bread board
sec("The Bread Board")
b.p("What you will be able to do by the last course. Read the columns with How to read our menu, at the front.",
    align="center", italic=True)
rows = [["What you will be able to do", "Served at", "On the bill"]]
groups = []
board = [
    "TO START: the cook you are",
    ("Build fair, respectful and supportive relationships with pupils with SEN or disabilities and with their "
     "parents and carers", "Course Four", "SP2"),
    ("Win the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
     "Course Five", "SP3"),
    ("Put your work in order, manage your time, and hand tasks on to others and see them done", "86", "86"),
    ("See problems coming, sort them out and make sound decisions about provision", "Course Six", "SP2"),
    ("Say it and write it clearly; listen to others and understand their views", "Course Five", "SP1, SP3"),
    ("Use research and outside advice to improve your own and colleagues' practice", "Course Five", "\u2013"),
    ("Keep up to date and take charge of your own development in SEN and disability", "Course Seven", "SP3"),
    "THE LARDER: what you know",
    ("The law and guidance on SEN, the Code of Practice first, what they mean for the school and the SENCO, and how "
     "to put them into practice", "Course One", "SP1"),
    ("The principles and five outcomes of Every Child Matters, and how a SENCO helps children reach them",
     "\u2013", "SP1"),
    ("The law on disability equality and what it requires a school to do for disabled pupils", "Course One", "SP1"),
    ("How children develop, and how SEN, disability and their surroundings affect that development", "Course Two",
     "SP1"),
    ("The common needs (behavioural, emotional and social; specific learning difficulties including dyslexia; "
     "speech, language and communication; autism; moderate learning difficulties) and how they affect learning",
     "Course Two", "T"),
    ("Approaches, strategies and resources for assessing, planning and teaching, ICT included, judged critically "
     "and used to remove barriers", "Course Three", "SP2"),
    ("How school self-evaluation and improvement work for pupils with SEN", "86", "86"),
    ("Best practice and what research has found about meeting special educational needs", "Course Five", "SP1"),
    ("What outside agencies do and how to get specialist support and resources", "Course Six", "SP2"),
    "THE MAINS: what you can do",
    ("With senior colleagues and governors, shape an inclusive ethos, policies, priorities and use of resources",
     "Course Six", "SP3"),
    ("Spot pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Course Three", "SP2"),
    ("Use other professionals' assessments to shape teaching", "Course Three", "SP2"),
    ("Use summative assessment, national tests included, to track progress and change programmes", "Course Three",
     "SP2"),
    ("Encourage colleagues to develop formative assessment, with approaches for pupils with SEN", "Course Three",
     "T"),
    ("Arrange in good time what pupils need for national tests and examinations", None, None),
    ("Use provision mapping to plan provision and find what is missing or not working", "Course Five", "SP3"),
    ("Deploy and manage staff, teaching assistants especially", "Course Five", "SP3"),
    ("Develop colleagues: observation and feedback, modelling, coaching and mentoring, training", "Course Five",
     "SP3"),
    ("Review with colleagues how well provision works, for the school's self-evaluation", "86", "86"),
    ("Involve pupils in planning, agreeing, reviewing and evaluating their own provision", "Course Four", "SP2"),
    ("Work with parents and carers to help their child learn and develop", "Course Four", "SP2"),
    ("Work with other services and agencies, voluntary ones included, for a joined-up approach", "Course Six",
     "\u2013"),
]
for item in board:
    if isinstance(item, str):
        rows.append([item, "", ""])
        groups.append((len(rows) - 1, item))
    else:
        rows.append([item[0], item[1] or "", item[2] or ""])
bb = b.table(rows, widths_cm=[11.2, 2.8, 2.6], header_fill="EDE3D1", size=8.5)
for r, g in groups:
    b.merge_row(bb, r, g, fill="F7F1E6", size=8.5)
for r in range(1, len(rows)):
    if rows[r][0].startswith("Arrange in good time"):
        c1 = bb.cell(r, 1).paragraphs[0]
        b.del_runs(c1, "\u2013", JM, D3, size=8.5)
        b.ins_runs(c1, "Course Three", JM, D3, size=8.5)
        c2 = bb.cell(r, 2).paragraphs[0]
        b.del_runs(c2, "86", JM, D3, size=8.5)
        b.ins_runs(c2, "SP2", JM, D3, size=8.5)
    if rows[r][0].startswith("Put your work in order"):
        b.comment(bb.cell(r, 2).paragraphs[0].runs[0],
                  "Printer: is 86 right on these three lines? It will look odd to anyone who isn't a chef.",
                  "Kelderby Press", "KP")

sec("From the bakery counter")
b.p("Served at every course: Granary cob (wheat, gluten)  \u00b7  Seeded rye (rye, gluten, sesame)  \u00b7  Proper "
    "Job sourdough, baked by our young bakers (wheat, gluten)  \u00b7  Lardy cake on Saturdays (wheat, gluten, "
    "milk). All with Kelderby butter.", align="center", italic=True)
rule()
b.p("Bookings: Hannah Rudd, The Old Granary Bakery School, Mill Wynd, Kelderby. Tables for the Autumn sitting "
    "close on 11 September 2009.", style="Menu Small")

b.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
