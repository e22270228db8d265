"""ih-02-bellmead-room-guide: builds ih-02-bellmead-room-guide.docx next to itself.

Provider (invented): Bellmead Montessori Training Centre, Bellmead House, Wexley, a
Montessori teacher-training college with a State Schools Programme for teachers in
maintained schools. The University of Thursby validates and awards the credit.
February 2009.

Document kind and layout: the Centre's room-by-room visitor's guide to its building,
extended for the approval panel's visit and sent as the application: "A walk through
Bellmead House". A covering note from the Principal in a shaded text box, a floor plan
typed as a table with merged cells, Heading 1 for each floor, Heading 2 for each room
("G1 The Front Hall and the Registry"), each room opened by a small field table with
a merged, shaded title row ("Used for | Who you will meet | On the Award"), then prose
on what happens there; "Beyond Bellmead House" for schools and services; "The Outcome
Cabinet", a table of drawers and cards (Drawer | Card | Worked on in | Shown in) kept in
the Archive, in the Centre's own words. Header and footer, footnotes (citations), Word
comments, tracked changes both ways, a bracketed placeholder.

Traps (requirement ids):
- The only assessment-only sentence is a tracked deletion in the Registry (2.3 not_met).
- Credit: "40 credits at Level 7"; a comment mentions 60 for 2010 (E.2 partially_met).
- Aim about attainment only: "faster progress in reading, writing and mathematics"
  (1.1 partially_met).
- Research only in general terms ("keeps abreast of current research"), no inspection
  evidence or developments (1.3 partially_met).
- Self-audit at interview "kept on file", no individual plan or personalised outcomes
  (2.2 partially_met).
- One start a year, days in order; only a choice of Tuesday or Thursday group (3.2
  partially_met).
- No e-learning: the University's own PGCert has Blackboard modules (another
  programme); "The Award has no online element" (3.3 not_applicable).
- Stakeholders in evaluation only intended; a parent partnership officer speaks on a
  day (4.3 partially_met).
- Tutors' Montessori experience, not SEN expertise (5.4 partially_met).
- Mentors' role left "to each headteacher to explain" (5.7 partially_met).
- Moderation: "[Moderation arrangements to be confirmed with the University]"
  placeholder, single marking by each group's tutor, a comment about double marking,
  and a past arrangement (the Saturday Club moderated pupils' work until 2007): 5.8 not_met.
- CRB checks on candidates by the Registrar are real (5.3 met).
- Outcome Cabinet: child development "not taught on the Award" (6.K4 not_met);
  no card for deploying staff (6.S4 not_met); test and exam arrangements "To follow
  in 2010" in both columns (6.S2d not_met); the card for keeping up to date is a
  tracked deletion, leaving only the Day 10 Next Steps plan with the tutor's comments
  (6.A7 partially_met); assessed but not worked on (6.A3); worked on but "Not
  assessed" or "-" (6.K7, 6.S6); formative only (6.S2b); "Shown in: [to be decided]"
  (6.A6): all partially_met; so 1.9 partially_met. A tracked insertion gives 6.S7 its
  assessment (met).
- Quality: the University's link tutor visits and reports (5.1 met with evaluations and
  the Academic Board); confidence ratings and Child Study before-and-after pupil
  measures are summarised each year (5.9 met). Award only when every card is signed
  as shown (6.0 met).
"""
from pathlib import Path
from _ih_helpers import Builder

HERE = Path(__file__).resolve().parent
NAME = "ih-02-bellmead-room-guide"

b = Builder(header="Bellmead Montessori Training Centre  ·  A walk through Bellmead House  ·  Award edition, February 2009",
            footer="Bellmead House, Tansley Road, Wexley WX3 9HP  ·  Visitors please sign in at the Registry", font="Calibri")

b.h("A walk through Bellmead House", 0)
b.p([("b", "A room-by-room guide for visitors, with the National Award for SEN Coordination")])
b.p("Prepared for the approval panel's visit on Tuesday 10 February 2009")
b.textbox([
    "From the Principal",
    "Every visitor to Bellmead House is given this guide at the door. Montessori teachers believe that a "
    "prepared environment teaches as much as the adult in it, and we have found that the quickest way to "
    "explain the Centre is to walk round it. For the panel we have added to each room what happens there on "
    "the National Award for SEN Coordination, and at the end the Outcome Cabinet, which holds the Award's "
    "outcome cards. We hope you will read the guide as you walk.",
    "Helen Marchetti, Principal",
], height_pt=120)

b.h("The house at a glance", 1)
b.table([
    ["Floor", "Rooms", "", ""],
    ["First floor", "F1 The Tutors' Room", "F2 The Quiet Room", "F3 The Archive and F4 The Principal's Study"],
    ["Ground floor", "G1 The Front Hall and the Registry", "G2 The Garden Room", "G3 The Long Room"],
    ["", "G4 The Children's House and the Observation Gallery", "G5 The Resource Room", "G6 The Library"],
    ["Outside", "Beyond Bellmead House: the schools and services the Award uses", "", ""],
], merges=[(0, 1, 0, 3), (2, 0, 3, 0), (4, 1, 4, 3)], fills={(1, 0): "F2F2F2", (2, 0): "F2F2F2", (4, 0): "F2F2F2"})

b.p("Bellmead Montessori Training Centre has trained Montessori teachers since 1983. Its State Schools "
    "Programme, begun in 2002, brings teachers from maintained schools in Wexley and Carnford to the house "
    "for short courses on observation, practical life and the prepared classroom. The Award is the "
    "Programme's first long course. It is validated by the University of Thursby, which awards the "
    "Postgraduate Certificate in SEN Coordination to those who complete it.")

def room(code, name, used, who, award):
    b.h(f"{code} {name}", 2)
    b.table([
        [f"Room {code}", ""],
        ["Used for", used],
        ["Who you will meet", who],
        ["On the Award", award],
    ], merges=[(0, 0, 0, 1)], header_fill="DBE5F1", bold_first_col=True)

b.h("Ground floor", 1)

room("G1", "The Front Hall and the Registry", "Arrivals, admissions, records", "Mrs Joan Pettifer, Registrar",
     "Applications, checks, credit for earlier study")
b.p("Please sign in at the Registry hatch on your right. The Registrar deals with every application to the "
    "Centre's courses, and for the Award she keeps the file on each candidate from enquiry to the "
    "University's confirmation of the award.")
b.p("An applicant for the Award must be a qualified teacher who is the SENCO of a school, or has been "
    "appointed to the post, and who has taught for at least two years. She sends the Registrar an application "
    "form, a letter from her headteacher agreeing to release her for the ten course days and to name a "
    "mentor, and a page on the needs of the pupils in her school. The Programme Leader interviews every "
    "applicant; an applicant who does not yet have enough experience or knowledge to reach the outcomes in a "
    "year is told what she needs to do first, usually the State Schools Programme's course Observing "
    "Children, and is invited to apply again.")
b.p("At interview each applicant also completes a self-audit against the Award's outcomes, rating herself "
    "on each card. The self-audit is kept on file with her application.")
b.p("Before any offer is made, the Registrar sees each candidate's enhanced CRB disclosure, or obtains one "
    "through the University where the candidate's school cannot provide a current one, checks it against "
    "List 99 and takes up a reference from the candidate's previous employer. An offer is not confirmed until "
    "these checks are complete, and the Registrar records each on the candidate's file.")
b.p("Applications close on 30 June for the September start. The Registrar acknowledges each application "
    "within a week, arranges the interview, and sends every successful candidate the course dates, the first "
    "day's reading and a map of the house.")
b.p(["The Registrar also handles claims for credit for earlier study and experience. A candidate may claim "
     "up to 20 of the Award's credits through the University's procedure for the accreditation of prior "
     "learning, either for a completed module at Level 7 or for experience she shows in a portfolio mapped "
     "to the outcome cards; the Programme Leader assesses the portfolio and the University's APL panel "
     "decides the claim.",
     ("fn", "University of Thursby, Academic Regulations 2008-09, section 14: Accreditation of Prior Learning.")])
b.p([("del", "A teacher who already meets the outcomes may instead be assessed without taking the course: "
             "she presents the three Practice Tasks and the Final Conversation and is assessed in the same way "
             "as other participants.", "H. Marchetti")])
b.p(["The Award is validated at Level 7 and carries ",
     ("cm", "40 credits at Level 7", "Thursby suggests 60 credits from 2010 - raise at the panel?", "P. Lindqvist"),
     " of the University's framework."])

room("G2", "The Garden Room", "Lunches, celebrations, visitors' sessions", "Visiting speakers; the Wexley Youth Forum",
     "Day 4 (the young advisers), Day 6 (parents), Day 10 (Next Steps)")
b.p("The Garden Room opens on to the garden and has level access from the car park. Until 2007 this room "
    "housed the Saturday Club, where State Schools Programme teachers brought pupils' work to be moderated "
    "together; the Club has since closed.")
b.p("On Day 4 six young people from the Wexley Youth Forum, several of them disabled, spend the morning "
    "here. Participants practise consulting them about their own experience of school support, using "
    "the same conversation tools they will use with a pupil in their own school for Practice Task 1, and the "
    "young people tell each participant how it felt to be asked.")
b.p("On Day 6 the Wexley Parent Partnership officer and two parents lead a session on working with parents "
    "and carers: participants plan and role-play a meeting with parents who disagree with the school, and "
    "then plan a real meeting for Practice Task 1.")
b.p("Day 10, the last day, ends here. Each participant's headteacher is invited for the afternoon. The "
    "participant and her head write a Next Steps plan together: two professional targets for the following "
    "year, the support the school will give, and how the targets fit the school's performance management. "
    "The tutor reads each plan and sends comments within a fortnight.")

room("G3", "The Long Room", "Taught days", "The tutors; visiting specialists", "Days 1 to 9, mornings and early afternoons")
b.p("The Long Room is the Centre's largest teaching room, with the Montessori materials for the six to "
    "twelve age range along its east wall. Nine of the ten course days are taught here, from 9.30 to 3.30. "
    "Groups are of fourteen. Each day is given twice, once to the Tuesday group and once to the Thursday "
    "group, and a participant may move between the two if her school needs it. The course starts once a "
    "year, in September, and the days are taken in order.")
b.p("The aim of the Award, written on the board at the start of Day 1, is to help children with special "
    "educational needs and disabilities make faster progress in reading, writing and mathematics by "
    "giving their SENCOs the knowledge and skills to lead that work in their schools.")
b.p("The taught days are, in order: 1, the SENCO's role and the SEN Code of Practice (2001), with the "
    "Education Act 1996 and the Special Educational Needs and Disability Act 2001; 2, disability equality "
    "law, the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and "
    "accessibility planning; 3, Every Child Matters and the five outcomes; 4, the common needs (see the "
    "Outcome Cabinet) and the young advisers; 5, assessment and identification; 6, parents and carers; "
    "7, provision mapping and leading colleagues; 8, other services; 9, school improvement; 10, the Final "
    "Conversation and Next Steps.")
b.p("A course day follows the Centre's work cycle. The tutor gives a short presentation; participants then "
    "work alone or in pairs with the day's materials (case files, pupils' work, short films, equipment from "
    "the Resource Room), and the group comes together before lunch to share what they found. After lunch each "
    "participant reports on what she has tried in her school since the last day, and the group helps her "
    "decide what to do next. Before leaving, each participant writes on a card the one thing she will do in "
    "school before the next day, and the card is read out at the start of the next workshop.")
b.p("On Day 7 participants bring their own school's provision map. They look for gaps and overlaps in one "
    "another's maps, cost one intervention, and practise, in pairs, a coaching conversation with a colleague "
    "after a lesson observation. Each leaves with the outline of the report she will give her headteacher "
    "and governors for Practice Task 3.")
b.p([("ins", "The educational psychologist and the speech and language therapist teach on Days 4 and 5. ", "P. Lindqvist"),
     "On every day the morning is taught and the afternoon is given to workshops in which participants "
     "bring what they have tried in school."])

room("G4", "The Children's House and the Observation Gallery", "A Montessori class of 24 children aged three to six",
     "Children and their teachers; please keep to the Gallery", "Observation practice on Days 1 and 5")
b.p("The Children's House is a working class. Visitors watch from the Observation Gallery behind a glass "
    "screen, so that the children are not disturbed. On Days 1 and 5 participants spend an hour in the "
    "Gallery learning to observe: timed records, event sampling and the narrative record. They then observe "
    "a pupil in their own school for Practice Task 1.")

room("G5", "The Resource Room", "Specialist equipment and software for loan", "Mr Alan Brightwell, Resources Technician",
     "Open on course days and by appointment")
b.p("The Resource Room holds the Centre's specialist equipment: six laptops with Clicker 5, Write Online "
    "and Boardmaker, two interactive whiteboards, switches and switch-adapted toys, a set of reading pens, "
    "a loop system for loan, and assessment kits including the British Picture Vocabulary Scale. Participants "
    "may borrow any of them for a fortnight to try with pupils, and the technician shows them how on course "
    "days. The room also holds 300 published intervention packs and a collection of Montessori sensorial "
    "materials adapted for children with visual and motor impairments.")

room("G6", "The Library", "Books, journals, a computer corner", "The Librarian", "Reading for each course day")
b.p("The Library holds about 7,000 books on child development, Montessori education and special needs, and "
    "twelve journals. It keeps abreast of current research, and participants are given a reading list for "
    "each day.")
b.p("The computer corner has four networked computers for reading and writing. The University of Thursby's "
    "own PGCert in Inclusion offers online modules on its Blackboard site; Bellmead's Award has no online "
    "element, and all teaching and tutorials take place in the house or in participants' schools.")
b.p("Any participant who tells us of a disability or a health condition, on the application form or "
    "later, meets the Programme Leader to agree adjustments before the first day: papers in large print or "
    "electronically, a reader or extra time for the Final Conversation, a parking space by the Garden Room, "
    "rest breaks. The lift to the first floor and the hearing loop in the Long Room and Garden Room were "
    "fitted in 2007.")

b.h("First floor", 1)
b.p("Take the lift beside the Library or the main stairs.")

room("F1", "The Tutors' Room", "The tutors' base", "The four Award tutors", "Planning, marking, tutorials")
b.p("Our four tutors all hold the Montessori Diploma and between them have taught for more than seventy "
    "years. The Programme Leader, Pia Lindqvist, has led the State Schools Programme since 2004.")
b.p("The tutors meet here every Monday morning in term. Each tutor is given the course file before the "
    "first day, with the plans for every day, the Practice Task briefs and the assessment criteria, and new "
    "tutors teach alongside the Programme Leader for their first term. Each participant's school names a "
    "mentor; we leave it to each headteacher to explain the mentor's role.")
b.p(["Each tutor marks the work of her own group against the assessment criteria. ",
     ("cm", "[Moderation arrangements to be confirmed with the University]", "Thursby say double marking of 10% - confirm?", "P. Lindqvist")])

room("F2", "The Quiet Room", "Tutorials and the Final Conversation", "A tutor and a participant", "Three tutorials a year; the Final Conversation")
b.p("Each participant has three one-hour tutorials with her tutor, after Days 3, 6 and 9, to review her "
    "progress on the Practice Tasks and what she is changing in school. The tutor also visits her school "
    "once, in the spring term, to see the provision she leads and to meet her mentor.")
b.p("On the school visit the tutor meets the participant and her mentor together, looks at the provision the "
    "participant leads, and agrees with them the change she will lead for Practice Task 2. The mentor is asked "
    "to meet the participant at least twice a term and to sign the Change Log.")
b.p("The Final Conversation takes place here on Day 10. It is forty minutes long: the participant presents "
    "the change she led for Practice Task 2 to her tutor and a visiting headteacher, then answers their "
    "questions on a case she has not seen before. It is marked against the assessment criteria for the "
    "outcome cards listed in the Cabinet.")

room("F3", "The Archive", "Participants' records; the Outcome Cabinet", "The Registrar's assistant", "Practice Tasks, evaluations and the Cabinet")
b.p("All three Practice Tasks are kept here after marking. Practice Task 1 is a Child Study: the participant "
    "takes a baseline of one pupil's learning and well-being, consults the pupil and the parents, plans and "
    "runs an intervention with colleagues, and measures the pupil again after a term (4,000 words). Practice "
    "Task 2 is a Change Log: the participant leads one change in her school's SEN provision and keeps a "
    "dated log of what she did and what happened (3,000 words and evidence). Practice Task 3 is a Provision "
    "Review: the participant maps her school's provision, costs it and reports to her headteacher and "
    "governors (4,000 words).")
b.p("Participants complete an evaluation at the end of each day and of the year; the University's link "
    "tutor visits twice a year, observes a course day and reports to the University's Partnerships "
    "Committee; the University's annual review and the Centre's Academic Board read that report and the evaluations and "
    "agree an action plan for the following year. Participants also rate their confidence against each "
    "outcome card at interview and at the Final Conversation, and each Child Study's before-and-after "
    "measures of pupils' progress are collected in the Archive; the Academic Board reads a summary of both "
    "every year.")
b.p("The Award is given only when the Examinations Board is satisfied that every outcome card in a "
    "participant's file has been signed as shown in a Practice Task or the Final Conversation.")

room("F4", "The Principal's Study", "The Principal; the Academic Board meets here", "Mrs Helen Marchetti", "How the Award was shaped")
b.p("In the spring of 2008 the Centre asked Wexley and Carnford councils' SEN teams what their new SENCOs "
    "most needed, surveyed the 63 schools that had sent teachers to the State Schools Programme (41 "
    "replied), and held two evening meetings with SENCOs. Schools asked most for help with provision "
    "mapping, with working with parents and with leading colleagues.")
b.p("The Award was shaped by what they said: Day 7 on provision mapping and leading colleagues was added "
    "at the councils' request, the parents' day was moved earlier in the year, and the Tuesday and Thursday "
    "groups were set up because schools said that a single day was hard to cover.")
b.p("We intend to ask the two councils' SEN teams for their views on the Award at the end of its first "
    "year. Heads receive a copy of the annual course report.")

b.h("Beyond Bellmead House", 1)
b.p("The Award is rooted in participants' own schools, where all three Practice Tasks are carried out. "
    "Beyond them, each participant spends a day at Oakridge Special School and a day at the Carnford Hearing "
    "Support Centre, both arranged by the Centre with the school's own programme for visitors, and the Day 8 "
    "visit takes participants to Wexley's Children's Centre to meet the family support team. The educational "
    "psychologist and speech and language therapist who teach on Days 4 and 5 also see participants "
    "individually at tutorial times on request.")
b.p("At Oakridge participants spend the morning in classes and the afternoon with the school's SENCO and "
    "its visiting physiotherapist, and each writes a short note for her tutor on one thing she will take back "
    "to her own school. At the Hearing Support Centre the teacher of the deaf shows how the Centre's pupils are "
    "supported in their mainstream classes.")
b.p("The State Schools Programme has a standing fee of £950 for the Award, paid by the school; the "
    "Centre's trust fund offers four bursaries a year. With groups of fourteen, three tutorials and a school "
    "visit, each participant's year is built round what she brings to the workshops and what her Practice "
    "Tasks need.")

b.h("The Outcome Cabinet", 1)
b.p("In the Archive stands the Outcome Cabinet, made for the Centre like the geometry cabinets in the "
    "Children's House. Each drawer holds one group of cards, and each card states one outcome in our own "
    "words, where participants work on it and where it is shown. The cards are reproduced below as they "
    "stand in the Cabinet.")

rows = [
    ["Drawer", "Card", "Worked on in", "Shown in"],
    ["Drawer 1: The adult", "", "", ""],
    ["", "Builds fair, warm and steady relationships with pupils with special needs and their families", "Days 4 and 6", "PT1 (consulting the pupil and parents); Final Conversation"],
    ["", "Wins the commitment of the head, senior leaders and colleagues", "Day 7", "PT2 Change Log"],
    ["", "Plans the week, manages her time and hands on tasks sensibly", "-", "PT2 Change Log"],
    ["", "Sees problems coming, solves them, judges provision soundly", "Days 5 and 7", "Final Conversation (the unseen case)"],
    ["", "Speaks and writes clearly; listens to others", "All days", "Final Conversation; all three Practice Tasks"],
    ["", "Uses research and outside advice to improve practice", "Days 4 and 5", "[to be decided]"],
    ["", [[("del", "Keeps up to date and takes charge of her own professional development", "H. Marchetti")]], [[("del", "Day 10", "H. Marchetti")]], [[("del", "Next Steps plan", "H. Marchetti")]]],
    ["Drawer 2: Knowing", "", "", ""],
    ["", "The SEN law, the Code of Practice, what they mean for the school and how to carry them out", "Day 1", "PT3 Provision Review; Final Conversation"],
    ["", "Every Child Matters: the five outcomes and the SENCO's part", "Day 3", "PT1 (well-being baseline)"],
    ["", "Disability equality law and the actions it requires", "Day 2", "PT3 (the school's accessibility plan)"],
    ["", "How children develop", "Not taught on the Award: all our participants are assumed to know it from their initial training", "-"],
    ["", "The common needs: BESD, SpLD and dyslexia, SLCN, ASD, MLD, and how each affects learning", "Day 4", "PT1"],
    ["", "Approaches, strategies and resources, including ICT, weighed critically", "Days 4 and 5; the Resource Room", "PT1"],
    ["", "School self-evaluation and improvement for pupils with special needs", "Day 9", "Not assessed"],
    ["", "What works: best practice and research on meeting special needs", "Day 4", "PT1 (literature section)"],
    ["", "The outside agencies and how to get specialist help", "Day 8", "PT1; Final Conversation"],
    ["Drawer 3: Doing", "", "", ""],
    ["", "With the head and governors, shapes an inclusive ethos, policy, priorities and resources", "Day 7", "PT3 (report to head and governors)"],
    ["", "Finds pupils who may have special needs, sets stretching targets, plans and reviews", "Days 1 and 5", "PT1"],
    ["", "Uses other professionals' assessments to shape teaching", "Day 5", "PT1"],
    ["", "Tracks progress with summative data and national tests", "Day 5", "Discussed at tutorial (formative)"],
    ["", "Helps colleagues build formative assessment for all pupils", "Day 5", "PT2 Change Log"],
    ["", "Spots early the pupils who need test and exam arrangements, and puts them in place", "To follow in 2010", "To follow in 2010"],
    ["", "Maps and manages provision; finds what is missing or not working", "Day 7", "PT3 Provision Review"],
    ["", "Supports colleagues' development: observing, feedback, modelling, coaching, training", "Day 7", "PT2 Change Log"],
    ["", "Reviews provision with colleagues to feed the school's self-evaluation", "Day 9", "-"],
    ["", "Involves pupils in planning and reviewing their own provision", "Day 4 (the young advisers)", [["", ("ins", "PT1 (consulting the pupil)", "P. Lindqvist")]]],
    ["", "Works with parents and carers", "Day 6", "PT1 (meeting with parents)"],
    ["", "Works with other services and voluntary organisations", "Day 8", "PT1; PT3"],
]
b.table(rows, merges=[(1, 0, 1, 3), (9, 0, 9, 3), (19, 0, 19, 3)],
        fills={(1, 0): "EAF1DD", (9, 0): "EAF1DD", (19, 0): "EAF1DD"})
b.p(["PT = Practice Task. Day numbers refer to the course days in the Long Room and the Garden Room.",
     ("fn", "The cards paraphrase Annex 3 of the TDA's specification for nationally accredited SENCO training (2008).")], size=9)
b.p("Please return this guide to the Registry as you leave. Thank you for visiting Bellmead House.", italic=True)

b.save(HERE / f"{NAME}.docx")
