"""lm-02-gallimaufry-souvenir-programme: build script.

Provider (invented): Gallimaufry Circus School and the Gallimaufry Big Top (its touring
company), Port Ellery, with the University of Caldermouth. The SENCo course is "the SENCO
Spectacular", billed as a season.

Document kind and layout: the second printer's proof of a big-top souvenir programme
("PROOF 2"), sent as the application. No heading styles: every title is a bold capitalised
Normal paragraph on a shaded band. A Ringmaster's welcome, "The Bill" (Part One and Part
Two, each a module, with its Acts as study days), "Meet the Trainers" (a table with photo
placeholders), "Ringside" (school tasks and placements), "Command Performances" (marked
assessments) and "Clown Entrees" (try-outs, not judged), "Behind the Big Top" (quality),
"Booking and Access", "Friends of the Circus" (stakeholders), "A Day at the Spectacular"
(a timetable table), "Ask the Ringmaster" (questions and answers), "Seasons Past", and "The
Running Order of Skills" (the minimum outcomes in the school's words, in three shaded,
merged group rows). Three VML text boxes (the key to the Running Order, far above it; the
Ring Council; a sponsor's advertisement). A tracked deletion in the welcome; one printer's
comment; "[PHOTO]" and "[TBC]" placeholders; a header and a footer. Participants are
"Debutants", tutors "Trainers", school mentors "Spotters", the external examiner "the
Festival Judge", study days "Acts" I-VIII, the needs assessment "the Warm-up", the
individual plan the "Act Sheet", the award "the Finale".

Traps (requirement ids):
- Part Two carries "10 credits at Level 7 and 20 credits at Level 6" (E.2 partially met).
- Research only as "the latest thinking in the field", no research or inspection named
  (1.3 partially met); no skill on best practice and research (6.K8 not met).
- Working with other schools, services and agencies "is not part of this season's show"
  (1.6 partially met: colleagues within the school only); the partnership skill is "Off the
  bill" (6.S9 not met); agencies only in a clown entree (6.K9 partially met).
- "Clown entree" (defined in a text box far above the table) means watched and given notes,
  not judged (6.A2, 6.A6, 6.S2a, 6.S6 partially met; 1.9 partially met).
- The coaching skill is judged at CP3 but "In the ring at" is a dash (6.S5 partially met:
  assessed, not developed). Formative assessment with colleagues has no line at all
  (6.S2c not met).
- Credit transfer only; "We do not give credit for experience alone" (2.1 partially met).
- Assessment-only route is Linthorpe College's, "run by Linthorpe, not by us" (2.3 not met).
- Further targets only hoped for: "We hope every Debutant will leave the ring with
  ambitions for next season" (2.5 not met).
- One September start, the Acts in fixed order; each Act played twice; a January start is a
  deleted tracked change (3.2 partially met).
- "There is no online part of the Spectacular"; the website and the Sawdust e-mail
  newsletter are booking and news, not e-learning (3.3 not applicable).
- Entry: any teacher with QTS whose head signs the booking form "is welcome"; no check of
  prior knowledge or skills (5.2 partially met).
- Criminal records: a self-declaration on the booking form only; "Every artiste CRB checked"
  is in the footer (5.3 partially met).
- Library and ICT are a placeholder "[ICT and library access: details from the University
  to follow]"; only a lending library of assessment kits (5.6 partially met).
- Seasons Past describes the 2006-07 certificate's online study and its January intake:
  past arrangements (3.2, 3.3 unaffected).
- The printer's comment is not evidence.
Met despite appearances: 4.3 (the Ring Council, in a text box: heads, a parents' forum and
the LA read the evaluations and set changes; heads sit on the CP3 panel), 6.0 (award only
when every Command Performance is passed and every skill signed), 5.9 (pupil baseline and
after measures in CP2), 1.5 and 6.S7 (Act V and CP1).
"""
from pathlib import Path
from _lm_helpers import (new_doc, para, runs, table, shade_cell, shade_para, ins_run, del_run,
                         text_box, header_footer)

HERE = Path(__file__).resolve().parent
NAME = "lm-02-gallimaufry-souvenir-programme"
BAND = "C00000"
d = new_doc("Georgia", 10.5)
header_footer(d, "GALLIMAUFRY BIG TOP  \u2022  SOUVENIR PROGRAMME  \u2022  PROOF 2 \u2013 NOT FOR SALE",
              "Every artiste CRB checked  \u2022  Gallimaufry Circus School is a registered charity  \u2022  "
              "Printed by Harbour Press, Port Ellery")


def title(text):
    p = para(d, text, bold=True, size=14, color="FFFFFF", shade=BAND)
    return p


def sub(text):
    return para(d, text, bold=True, caps=True, color="C00000")


para(d, "GALLIMAUFRY CIRCUS SCHOOL AND THE GALLIMAUFRY BIG TOP", bold=True, size=12, align="center")
para(d, "in partnership with the University of Caldermouth", italic=True, align="center")
para(d, "present", italic=True, align="center")
para(d, "THE SENCO SPECTACULAR", bold=True, size=26, align="center", color="C00000")
para(d, "The National Award for SEN Coordination \u2022 Season 2008-09", bold=True, align="center")
para(d, "Souvenir programme 50p \u2022 free to members of the approval panel", italic=True, align="center")
para(d, "[PHOTO: the Big Top at winter quarters, Harbour Field \u2013 full page]", italic=True, align="center")

title("ROLL UP! A WELCOME FROM THE RINGMASTER")
para(d, "Ladies and gentlemen, teachers of all ages: welcome to the first season of the SENCO Spectacular.")
para(d, "Gallimaufry has trained circus artistes in Port Ellery since 1994, and our Big Top has toured the county's "
        "villages every summer since 1998. For ten years our outreach trainers have worked in mainstream and special "
        "schools, teaching juggling, balance and aerial skills to pupils with special educational needs and "
        "disabilities, side by side with their SENCOs. It was those SENCOs who asked us to put on this show.")
p = para(d, "The Spectacular exists so that children and young people with special educational needs and "
            "disabilities in our Debutants' schools achieve more and are healthier, safer and happier: we mean all "
            "five Every Child Matters outcomes, not test results alone. Its aims, every Act on the bill and every "
            "Command Performance are built around that. The season opens in September 2008.")
del_run(p, " Debutants can also join the company in January, at the start of Part Two.", author="Delphine Arkwright",
        date="2008-10-20T16:40:00Z")
para(d, "So take your seats, and enjoy the show.")
para(d, "Delphine Arkwright, Ringmaster (Programme Leader)", italic=True)

text_box(d, [
    ("HOW TO READ THE RUNNING ORDER (at the back of this programme)", True),
    ("Every skill a Debutant must show by the Finale has a line in the Running Order, in our own words. "
     "\u201cIn the ring at\u201d names the Act where the skill is taught and practised.", False),
    ("\u201cJudged at\u201d names the Command Performance (CP1, CP2 or CP3) where the skill is marked.", False),
    ("\u201cClown entr\u00e9e\u201d under \u201cJudged at\u201d means a try-out: the Debutant has a go in front of a Trainer "
     "and gets notes, but the skill is not judged and no mark is given.", False),
    ("\u201cOff the bill\u201d means the skill is not in this season's show. A dash means nothing is entered.", False),
], height_pt=140)

title("THE BILL")
para(d, "The Spectacular is validated by the University of Caldermouth as its Postgraduate Certificate in Special "
        "Educational Needs Coordination (National Award for SEN Coordination). Debutants register as students of the "
        "University and the University's Board of Examiners makes the award. The season is in two Parts, each a "
        "30-credit module of the University. Part One carries 30 credits at Level 7. Part Two carries 10 credits at "
        "Level 7 and 20 credits at Level 6.")
para(d, "The Spectacular starts once a year, in September, and runs to July. The Acts are played in the order shown "
        "below. Each Act is played twice, once on a Saturday in the Big Top's winter quarters at Harbour Field and once "
        "over two weekday evenings in a host school, and each Debutant chooses which performance to come to. There is "
        "no online part of the Spectacular: every Act is live. The Big Top's website takes bookings, and Sawdust, our "
        "e-mail newsletter, carries news of the season.")

sub("Part One: Into the Ring (September to January)")
acts1 = [
    ("Act I", "Roll Up", "The law and guidance on SEN (the Education Act 1996, SENDA 2001, the SEN Code of Practice) and "
     "what they mean for the school, the governors and the SENCO; the Disability Discrimination Act and the "
     "Disability Equality Duty, and what a school must do for disabled pupils; Every Child Matters and the SENCO's "
     "part in the five outcomes."),
    ("Act II", "Many Kinds of Wonder", "How children grow and develop, and how special educational needs, disability and "
     "the physical and social surroundings of learning affect their development; the most common kinds of need "
     "(behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autism, moderate learning difficulties) and how each affects learning."),
    ("Act III", "Spotlight", "Finding the pupils who may have SEN by watching, by data and by assessment; setting "
     "targets that stretch; planning interventions and reviewing them. Using the reports of psychologists and "
     "therapists. Using teacher assessment and national test results to track progress and change a programme. "
     "Access arrangements: spotting early which pupils need them for tests and examinations, and putting them in "
     "place with the examinations officer."),
    ("Act IV", "Family Night", "Working with parents and carers: relationships that are fair and respectful with pupils "
     "and families, meetings that parents want to come to, listening and explaining, and what to do when parents "
     "and school disagree. Debutants rehearse a review meeting with parents from the Port Ellery Parents' Forum."),
    ("Act V", "Listening from the Ring", "Consulting children and young people: how to hear pupils who communicate in "
     "different ways, and how to bring pupils into planning, agreeing and reviewing their own provision. Debutants "
     "practise with pupil interviewers from Sandy Lane Special School's school council."),
]
for code, name, body in acts1:
    p = para(d)
    runs(p, (f"{code}: {name}. ", "b"), body)

sub("Part Two: Running the Show (February to July)")
acts2 = [
    ("Act VI", "The Ring Plan", "Provision mapping: what the school provides, what it costs, what is missing and what is "
     "not working. Deploying and managing teaching assistants. A critical look at approaches, strategies and "
     "resources for assessment, planning and teaching, ICT and communication aids included."),
    ("Act VII", "The Company", "Advising and supporting colleagues in the school; solving problems and deciding "
     "well; speaking, writing and listening as a SENCO. A clown entr\u00e9e on who the outside agencies are and how to "
     "call on them, and another on bringing the head teacher and senior leaders behind the work. The Spectacular "
     "is about the Debutant's work inside their own school: working with other schools, services and agencies is "
     "not part of this season's show."),
    ("Act VIII", "Top of the Bill", "Working with the head teacher, senior colleagues and governors on an inclusive "
     "ethos, the SEN policy, priorities and resources; school self-evaluation and where SEN outcomes sit in it; "
     "reviewing provision with other staff; organising the SENCO's time and handing on tasks; keeping up to date and "
     "taking charge of one's own professional development; using research and outside advice."),
]
for code, name, body in acts2:
    p = para(d)
    runs(p, (f"{code}: {name}. ", "b"), body)
para(d, "We keep the Spectacular up to date with the latest thinking in the field, and each Trainer brings the newest "
        "ideas into the ring.")

title("A DAY AT THE SPECTACULAR")
para(d, "Every Saturday performance follows the same running order. The weekday performances split the same day "
        "across two evenings, from 4.15 to 7.15, with supper in the host school's hall.")
day = [
    ("Time", "In the ring", "What happens"),
    ("9.15", "Doors open", "Coffee in the cookhouse tent; Trainers collect Ringside Task questions."),
    ("9.45", "First half", "The Trainer opens the Act: the main ideas, the law or the research behind them, and "
     "a case from a Port Ellery school."),
    ("11.00", "Interval", "Tea. Debutants' tables are mixed so that primary, secondary and special school "
     "SENCOs sit together."),
    ("11.20", "Second half", "Workshops in threes with guest artistes, on the case opened in the first half."),
    ("12.45", "Lunch", "Hot lunch from the company's cookhouse."),
    ("1.30", "Clown entr\u00e9es", "Try-outs in front of a Trainer, with notes (see the key)."),
    ("2.30", "Ringside planning", "Each Debutant plans the next Ringside Task and writes it into their Act Sheet."),
    ("3.30", "Curtain", "Comment cards handed in at the ring door."),
]
table(d, day, header_fill="F4CCCC")
para(d)

title("MEET THE TRAINERS")
trainers = [
    ("", "Trainer", "Before the Big Top"),
    ("[PHOTO]", "Delphine Arkwright, Ringmaster", "SENCO for eleven years at Harbour Road Primary and then at Port Ellery "
     "Community College; MA in Special and Inclusive Education (Caldermouth, 2003); associate lecturer at the "
     "University; leads Gallimaufry's outreach in special schools."),
    ("[PHOTO]", "Dr Samuel Okonjo", "Senior educational psychologist, Port Ellery Council; tutor on the University's "
     "doctorate in educational psychology; Acts II and III."),
    ("[PHOTO]", "Ruth Penhallow", "Head of Sandy Lane Special School; National Leader of Education (2007); Acts V and "
     "VIII."),
    ("[PHOTO]", "Tomasz Wierzbicki", "Former SENCO; now the Council's adviser for SEN and inclusion; trains teaching "
     "assistants across the county; Acts I, VI and VII."),
    ("[PHOTO]", "Guest artistes", "A speech and language therapist and a CAMHS primary mental health worker from the "
     "local PCT (Act II); two parents from the Port Ellery Parents' Forum (Act IV)."),
]
table(d, trainers, header_fill="F4CCCC")
para(d)
para(d, "Each Trainer keeps working in schools for at least one day a month, and every Trainer's CPD is reviewed each "
        "summer by the Ringmaster. The Trainers' Handbook sets out what each Trainer and each Spotter does, how "
        "Command Performances are marked and what a clown entr\u00e9e is for. Every Trainer goes through it with the "
        "Ringmaster before the season. Spotters, the SENCO or senior leader in each Debutant's school who mentors the "
        "Debutant, come to a Spotters' evening each September, where Trainers take them through their role, the "
        "Ringside Tasks and what they sign.")

title("RINGSIDE")
para(d, "Between Acts, each Debutant works on Ringside Tasks in their own school with their Spotter: auditing the "
        "school's SEN provision against the Code of Practice, running and reviewing an intervention, consulting "
        "pupils about their provision, and leading one change in practice agreed with the head teacher and "
        "evaluating what it did. Every Ringside Task is tied to lines of the Running Order.")
para(d, "Ringside Visits. Every Debutant spends a day at Sandy Lane Special School and a day in the resourced "
        "provision for pupils with autism at Harbour Road Primary, arranged by Gallimaufry with both schools, and "
        "writes up what they saw for their Spotter. Debutants have access through the Trainers and guest artistes to "
        "educational psychology, speech and language therapy and child mental health services.")

title("THE WARM-UP AND YOUR ACT SHEET")
para(d, "Before Act I every Debutant does the Warm-up: a self-assessment against every line of the Running Order, "
        "talked through with a Trainer and with the Debutant's Spotter. From the Warm-up the Trainer and the Debutant "
        "write the Debutant's Act Sheet: the personal skills they will work on hardest, the Ringside Tasks they will "
        "choose, and the tutorials they will book. The Act Sheet is that Debutant's own set of outcomes for the "
        "season, and it is looked at again at the end of Part One.")
para(d, "Tutorials are one to one and as many as the Act Sheet calls for, up to six. The season costs \u00a3975, with "
        "the Council paying half for its own schools' teachers, and the two performances of every Act cut travel and "
        "supply costs for schools.")
para(d, "Credit from a completed module at Caldermouth or at another university, at Level 7, can be transferred in "
        "for up to 20 credits of Part One. We do not give credit for experience alone.")
para(d, "Experienced SENCOs who want to be assessed without training are pointed to our friends at Linthorpe "
        "College, whose assessment-only route is run by Linthorpe, not by us.")

title("COMMAND PERFORMANCES")
p = para(d)
runs(p, ("CP1: The Ringside Study (Part One). ", "b"),
     "A study of 3,000 words of one pupil with SEN: the pupil's needs, an interview with the pupil about their "
     "provision, a review meeting with the parents, and what the law and the Code of Practice require of the school.")
p = para(d)
runs(p, ("CP2: The Ring Plan (Part Two). ", "b"),
     "The school's provision map and an evaluation of an intervention the Debutant led, 4,000 words. Debutants "
     "take baseline measures of the pupils' attainment and well-being before the intervention and measure again "
     "after it and at the end of the season.")
p = para(d)
runs(p, ("CP3: The Finale Performance (Part Two). ", "b"),
     "A portfolio of Ringside Task evidence signed by the Spotter, and a twenty-minute presentation to a panel of two "
     "Trainers and a head teacher from the Ring Council.")
para(d, "Every Command Performance is marked by its Trainer against the University's criteria and second-marked by "
        "another Trainer. The Ringmaster and the Trainers meet after each Command Performance to moderate a sample "
        "from every Trainer, and the University's Festival Judge, its external examiner, sees a sample and every "
        "fail before the Board of Examiners.")
p = para(d)
runs(p, ("The Finale. ", "b"))
r_fin = runs(p, "Only a Debutant who has passed every Command Performance, and whose Trainers have signed every skill "
                "on the Running Order as shown, takes a bow at the Finale and receives the award.")
d.add_comment(r_fin, text="Printer: can we have this in gold foil? HP", author="Harbour Press", initials="HP")
para(d, "At the Finale each Debutant is cheered off by the whole company. We hope every Debutant will leave the ring "
        "with ambitions for next season.")

title("BEHIND THE BIG TOP")
para(d, "Every Act is followed by a Debutants' comment card, and the Trainers go through the cards within the week. "
        "Debutants rate their confidence against every line of the Running Order at the Warm-up and again at the "
        "Finale, and the Ringmaster sets the two side by side with the Command Performance marks. CP2's before-and-"
        "after measures of pupils' attainment and well-being are gathered across the company each year, so that we "
        "can see what difference the Spectacular makes in classrooms. The University's annual monitoring and the "
        "Festival Judge's report come to the Ring Council each autumn with the Ringmaster's Season Review, which lists "
        "what will change for the next season.")
para(d, "Resources. The winter quarters hold a lending library of SEN assessment kits, reading and language tests and "
        "books for Debutants. [ICT and library access: details from the University to follow]")

title("BOOKING AND ACCESS")
para(d, "Every teacher with QTS whose head teacher signs the booking form is welcome in the Spectacular. Debutants tell "
        "us on the booking form whether they have any criminal convictions or cautions and sign to say that they are "
        "not barred from working with children.")
para(d, "The booking form asks every Debutant whether they have a disability or a health condition, and the "
        "Ringmaster meets each Debutant who tells us so before Act I to agree adjustments: printed material in large "
        "print or on coloured paper, a sign language interpreter, extra time for Command Performances, and seats near "
        "the ring. The winter quarters and every host school have level access and a hearing loop. Adjustments are "
        "written on the Act Sheet and checked at the end of Part One, and our equality scheme is reviewed every year "
        "by the Ring Council.")

title("FRIENDS OF THE CIRCUS")
para(d, "Before we planned the season we asked the SENCOs of the fifty-three schools on our outreach list what a new "
        "SENCO needs, and held two evenings with the Port Ellery Parents' Forum. The Council's SEN team gave us the "
        "questions new SENCOs most often bring to them. Working with parents and listening to pupils came top, and "
        "Acts IV and V are the result. The Council asked us to add the weekday performances of each Act, and the "
        "Parents' Forum asked for the review meeting rehearsal in Act IV.")
text_box(d, [
    ("THE RING COUNCIL", True),
    ("The Ring Council steers the Spectacular. It has two head teachers, two SENCOs who trained with us, two members "
     "of the Port Ellery Parents' Forum, the Council's adviser for SEN and the Ringmaster. Each autumn it reads the "
     "Debutants' comment cards, the Season Review and the Festival Judge's report, and agrees the changes for the "
     "next season. Its head teachers sit on the CP3 panels, and its parents lead part of Act IV.", False),
], height_pt=110, fill="F2F2F2", stroke="C00000")

title("ASK THE RINGMASTER")
for q, a in [
    ("Do I need to be able to juggle?", "No. Nobody on the Spectacular is asked to climb, juggle or balance, although "
     "the company will happily teach you at lunchtime if you ask."),
    ("What if I miss an Act?", "Come to the other performance of the same Act. If you miss both, your Trainer sends "
     "you the materials and you book a tutorial to catch up before the next Act."),
    ("How much writing is there?", "Two written Command Performances, of 3,000 and 4,000 words, and a portfolio "
     "for the Finale. The Ringside Tasks are written up briefly for your Spotter."),
    ("Who will my Spotter be?", "Usually the SENCO or a senior leader in your own school. If your school has nobody "
     "suitable, the Ringmaster will find a Spotter in a school nearby."),
    ("Is there a uniform?", "Only at the Finale, where every Debutant wears the company's red sash for the bow."),
]:
    p = para(d)
    runs(p, (q + " ", "b"), a)

title("SEASONS PAST")
para(d, "In 2006-07 our Circus Inclusion Certificate, the Spectacular's forerunner, took a January intake as well as a "
        "September one, and its students studied two units online through the University's web pages. The "
        "Certificate closed in July 2008.")

text_box(d, [
    ("THIS PROGRAMME IS SPONSORED BY HARBOUR FIELD MOTORS", True),
    ("Proud to support the Big Top on the road. Ask about our minibus hire for schools. [Sponsor's logo \u2013 TBC]",
     False),
], height_pt=60, fill="FFF2CC", stroke="7F6000")

title("THE RUNNING ORDER OF SKILLS")
para(d, "Read this table with the key near the front of the programme.")
groups = [
    ("THE ARTISTE'S BEARING", [
        ("Fair, respectful and supportive relationships with pupils with SEN and disabilities and with their families",
         "Act IV", "CP1"),
        ("Bringing colleagues, the head teacher and senior leaders behind better outcomes for pupils with SEN",
         "Act VII", "Clown entr\u00e9e"),
        ("Organising own time, setting priorities, handing on tasks and seeing them done", "Act VIII", "CP3"),
        ("Seeing trouble coming, solving problems and making sound decisions about provision", "Act VII", "CP2"),
        ("Speaking and writing clearly; listening to and understanding others", "Act VII", "CP3"),
        ("Using research and outside advice to improve own and colleagues' practice", "Act VIII", "Clown entr\u00e9e"),
        ("Keeping up to date and taking charge of own CPD on SEN and disability", "Act VIII", "CP3"),
    ]),
    ("THE ARTISTE'S KNOWLEDGE", [
        ("SEN law and guidance, the Code of Practice, what they mean for the school and how to put them into practice",
         "Act I", "CP1"),
        ("Every Child Matters: its principles, the five outcomes and the SENCO's part", "Act I", "CP1"),
        ("Disability equality law and the actions it requires", "Act I", "CP1"),
        ("How children develop, and how SEN, disability and surroundings affect development", "Act II", "CP1"),
        ("The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect "
         "learning", "Act II", "CP1"),
        ("A critical grasp of approaches, strategies and resources, ICT included, that remove barriers and "
         "personalise provision", "Act VI", "CP2"),
        ("School self-evaluation and improvement, and where SEN outcomes sit in it", "Act VIII", "CP2"),
        ("What outside agencies do and how to get specialist support and resources", "Act VII", "Clown entr\u00e9e"),
    ]),
    ("THE ARTISTE'S SKILLS", [
        ("With senior leaders and governors, shaping an inclusive ethos, policy, priorities and resources",
         "Act VIII", "CP3"),
        ("Finding pupils who may have SEN, setting challenging targets, planning interventions and reviewing progress",
         "Act III", "CP1"),
        ("Using other professionals' assessments to shape teaching", "Act III", "Clown entr\u00e9e"),
        ("Using summative assessment, national tests included, to track progress and change programmes", "Act III",
         "CP2"),
        ("Spotting in good time the access arrangements pupils need for tests and examinations, and putting them in "
         "place", "Act III", "CP2"),
        ("Provision mapping; spotting provision that is missing or not working", "Act VI", "CP2"),
        ("Deploying and managing teaching assistants and other staff", "Act VI", "CP2"),
        ("Coaching, mentoring, observing and training colleagues", "\u2014", "CP3"),
        ("Reviewing provision with other staff to feed school self-evaluation", "Act VIII", "Clown entr\u00e9e"),
        ("Bringing pupils into planning, agreeing, reviewing and evaluating their own provision", "Act V", "CP1"),
        ("Liaising with parents and carers", "Act IV", "CP1"),
        ("Working in partnership with other services, agencies and voluntary organisations", "\u2014",
         "Off the bill"),
    ]),
]
n = 1 + sum(1 + len(g[1]) for g in groups)
t = d.add_table(rows=n, cols=3)
t.style = "Table Grid"
for j, h in enumerate(("Skill", "In the ring at", "Judged at")):
    t.cell(0, j).text = h
    t.cell(0, j).paragraphs[0].runs[0].bold = True
    shade_cell(t.cell(0, j), "F4CCCC")
i = 1
for gname, items in groups:
    c = t.cell(i, 0).merge(t.cell(i, 2))
    c.text = gname
    c.paragraphs[0].runs[0].bold = True
    shade_cell(c, "FFE599")
    i += 1
    for row in items:
        for j, val in enumerate(row):
            t.cell(i, j).text = val
        i += 1
para(d)
para(d, "The company thanks Port Ellery Council, the University of Caldermouth, Sandy Lane Special School, Harbour Road "
        "Primary and the Port Ellery Parents' Forum. Next season's dates: [TBC].", italic=True, align="center")

d.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
