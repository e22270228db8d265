"""mg-01-wrennock-still-house-log

Provider (invented): Wrennock Distillery Academy, the training academy of a Cumbrian malt whisky
distillery (it trains stillmen, warehousemen and coopers), whose Schools Wing applies to run the
2008-09 National Award for SEN Coordination with the University of Lonsdale Vale (validation) and
Fellshire County Council (specialist staff).

Document kind and layout: the application is written as the distillery's Still House Log (Book 14),
the log book a stillman fills in shift by shift. No heading styles: titles are bold capitalised Normal
paragraphs, some shaded. A "log cover" table; "Log Instructions" near the top define the values used
in the Cut column of the Cut Sheet far below ("Middle cut", "Heads only", "Feints", "Not run") and the
"Receiver" column (Run Sheets RS1 to RS4). Each study day is a "Run" written up as a log entry (a small
table of Charge, Still, Stillman, then notes). The outcomes are in "THE CUT SHEET" table with merged,
shaded group rows. Header and footer. A text box ("Stillman's note") with a blanket claim. A tracked
change in a cell of the Cut Sheet; a whole deleted paragraph; two Word comments.

Traps (requirement ids):
- Key far above the table: "Heads only" = taught, not assessed (6.A3, 6.K8, 6.S7 partially met);
  "Feints" = practised with feedback only, not counted (6.A7, 6.S2c partially met); "Not run" = not on
  the programme (6.K4, 6.S2d not met).
- Tracked change in a Cut Sheet cell: "Middle cut"/"RS1" deleted, "Heads only"/"-" inserted for
  disability equality law (6.K3 partially met; 1.4 still met from Run 1 content).
- Text box blanket claim "every outcome ... drawn off at middle cut" is not evidence (6.*, 1.9).
- Footer claims all tutors AND candidates hold enhanced CRB disclosures: footer is never evidence; the
  body's CRB sentence is about the Academy's own staff who meet visiting school parties (wrong thing):
  5.3 not met. A comment suggesting adding a candidate CRB check is not evidence either.
- Negation: "The Academy does not offer an assessment-only route" (2.3 not met).
- APL only of prior study, experience explicitly not accredited (2.1 partially met).
- Pre-course "Charge Check" used only to allocate a tutor group, "the Run Plan is the same for every
  candidate" (2.2 partially met).
- E-learning (the "Spirit Safe" online area) makes 3.3 apply; tutors are not on the forum between
  Runs; a deleted paragraph promising tutor replies within two days is not part of the submission
  (3.3 partially met).
- Hope: head teachers on a review group "we hope in time" (4.3 not met).
- Past arrangement: special school placements ran in the 2007 pilot and ended (5.5 partially met;
  specialist expertise from Fellshire is current).
- Someone else's responsibility: schools measure any effect on pupils (5.9 partially met).
- Pupil voice only read about (1.5 partially met; matches 6.S7 Heads only).
- Award on an aggregate mark with compensation (6.0 partially met); 1.9 partially met since several
  outcomes are not assessed.
- Right words, wrong thing: the distillery's own "self-evaluation" of its Still House is not 6.K7 (K7 is
  met from the Cut Sheet anyway); "Receiver" and "Run" vocabulary collide with nothing in the spec.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mg_helpers import (base_doc, title, para, table, shade, cell_text, ins_run, del_run,
                         deleted_paragraph, text_box, header_footer, comment)

HERE = Path(__file__).parent
NAME = "mg-01-wrennock-still-house-log"

doc = base_doc("Courier New", 10)
header_footer(doc, "WRENNOCK DISTILLERY ACADEMY  |  STILL HOUSE LOG  |  BOOK 14  |  SCHOOLS WING",
              "All Academy tutors and candidates hold enhanced CRB disclosures.  Log pages must not be "
              "removed from this book.")

title(doc, "Wrennock Distillery Academy", 16, align="center")
title(doc, "Still House Log - Book 14", 14, align="center")
para(doc, "Spirit Run Record for the National Award for SEN Coordination, 2008-09 intake. Submitted to the "
          "Training and Development Agency for Schools as the Academy's application for approval as a "
          "provider of the National Award.", italic=True)

title(doc, "Log cover", 11, shade="D9D9D9")
table(doc, [
    ["Entry", "Detail"],
    ["Log book", "Book 14, Schools Wing, opened 1 April 2008"],
    ["Still house", "Wrennock Distillery Academy, Beckfoot Road, Wrennock, Fellshire"],
    ["Stillman in charge", "Mrs Alison Teasdale, Head of the Schools Wing (programme leader)"],
    ["Validated by", "University of Lonsdale Vale, School of Education"],
    ["Award and credit", "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits "
                         "at masters level (Level 7), validated 14 March 2008"],
    ["Working with", "Fellshire County Council Children's Services (SEN Support Service)"],
    ["Runs per intake", "Six Runs (study days) and five Still House Tasks, over three terms"],
])

para(doc, "")
title(doc, "Log instructions (read before using this book)", 11, shade="D9D9D9")
para(doc, "This Log follows the layout our stillmen have used in the Still House since the distillery "
          "reopened in 1998. Every working day of the course is entered as a Run, in the order it is run. "
          "Between Runs, candidates carry out a Still House Task in their own school. The Log ends with "
          "THE CUT SHEET, which shows, for each thing a SENCO must be able to do, at which Run it is "
          "charged and how it is drawn off.")
para(doc, "In the Cut column of THE CUT SHEET the following values are used, as they are on the spirit "
          "safe:")
for lead, txt in [
    ("Middle cut", " - taught at the Run shown and assessed in the marked Run Sheet named in the "
                   "Receiver column. Only the middle cut counts towards the award."),
    ("Heads only", " - taught and discussed at the Run shown, but not assessed in any Run Sheet."),
    ("Feints", " - practised at the Run shown and given written feedback by the tutor, but not marked "
               "and not counted towards the award; the feints go back into the next charge."),
    ("Not run", " - not part of this programme in 2008-09."),
]:
    para(doc, txt, bold_lead=lead, style="List Bullet")
para(doc, "The Receiver column names the Run Sheet (RS1 to RS4) in which an outcome is assessed. A dash "
          "means no Run Sheet receives it.")

title(doc, "The stillman's notes: who we are", 11, shade="D9D9D9")
para(doc, "Wrennock Distillery has trained its own stillmen, warehousemen and coopers since 1998, and in "
          "2003 the Academy was set up to do this for the whole of the north-west malt trade. It now runs "
          "apprenticeships, short courses and a Foundation Degree in Distilling with the University of "
          "Lonsdale Vale. In 2005 the Academy opened a Schools Wing, on the site of the old maltings, which "
          "runs work-related learning for Fellshire secondary schools, and since 2006 a programme of "
          "professional courses for teachers and teaching assistants in Fellshire and the neighbouring "
          "authorities. The Schools Wing has its own training rooms, library and staff.")
para(doc, "The National Award programme is led by Mrs Alison Teasdale, Head of the Schools Wing, who was "
          "a SENCO for eleven years in two Fellshire comprehensive schools and holds an MA in Inclusive "
          "Education and the OCR Certificate in Specific Learning Difficulties. She is joined by Mr Daniel "
          "Roper, formerly head of a Fellshire primary school and an Ofsted-trained inspector, and Dr Ruth "
          "Allonby, senior lecturer in special education at the University of Lonsdale Vale, who tutors "
          "Runs 3 and 4 and is the University's link tutor. All three tutors keep their knowledge current "
          "through the Fellshire SENCO Network, the nasen annual conference and the University's SEN "
          "research group, and each spends at least five days a year in Fellshire schools.")
para(doc, "Specialist input comes from Fellshire County Council's SEN Support Service: an educational "
          "psychologist, a speech and language therapist from the Primary Care Trust and an advisory "
          "teacher for autism each lead part of a Run, and the Parent Partnership Service officer leads "
          "the parents session in Run 2.")

title(doc, "The wash: what the programme is for", 11, shade="D9D9D9")
para(doc, "The programme exists to raise the achievement and improve the well-being of children and "
          "young people with SEN and disabilities in Fellshire schools. Every Run, Task and Run Sheet is "
          "written with that end in view: candidates plan, carry out and review changes in their own "
          "schools that help pupils with SEN to be healthy, stay safe, enjoy and achieve, make a positive "
          "contribution and achieve economic well-being. Each Run Sheet asks the candidate to show the "
          "difference the change made for named pupils, in progress and in well-being.")
para(doc, "The objectives are that by the end of the year each candidate can lead SEN provision in a "
          "school as a member of, or working closely with, the senior team; understands current law, "
          "government policy and initiatives on SEN and disability, including the SEN Code of Practice "
          "(2001), the Disability Discrimination Acts 1995 and 2005, the SEN and Disability Act 2001, "
          "Removing Barriers to Achievement (2004) and the Every Child Matters programme; and has used "
          "that understanding to improve practice in his or her school.")
para(doc, "The content draws on recent research and inspection evidence: Ofsted's Inclusion: does it "
          "matter where pupils are taught? (2006), the House of Commons Education and Skills Committee "
          "report on SEN (2006), the Bercow Review of services for children with speech, language and "
          "communication needs (interim report, March 2008), and the Lamb Inquiry terms of reference as "
          "they develop. Tutors update the reading list each term.")

title(doc, "Charging the stills: who comes on the course", 11, shade="D9D9D9")
para(doc, "Candidates must be qualified teachers working as, or about to become, SENCO in a Fellshire or "
          "neighbouring school. Each applicant sends an application form with a statement from the head "
          "teacher confirming the candidate's role, the time the school will release, and that the "
          "school will support the Still House Tasks. Mrs Teasdale interviews every applicant, by "
          "telephone or in person, to check that he or she has the knowledge, understanding and classroom "
          "experience needed to benefit from the course and to meet the outcomes; applicants who are not "
          "yet ready are offered the Academy's one-day SEN Foundations course first and may apply again.")
para(doc, "Before Run 1 every accepted candidate completes a Charge Check, a self-review against each line "
          "of THE CUT SHEET, rating themselves from 1 (new to this) to 4 (confident and experienced). The "
          "Charge Check is used to place candidates in tutor groups of about eight with a balance of "
          "experience. The Run Plan is the same for every candidate in the intake.")
para(doc, "Candidates who already hold masters-level credit in SEN from a university may apply to transfer "
          "up to 20 credits against RS1 under the University of Lonsdale Vale's credit transfer "
          "regulations. Experience as a SENCO, however long, is not accredited in itself.")
p = para(doc, "The Academy does not offer an assessment-only route; every candidate completes all six Runs "
              "and all four Run Sheets.")

para(doc, "The fee is 1,450 pounds per candidate for the year, of which Fellshire County Council funds "
          "1,000 pounds for Fellshire schools from its Standards Fund allocation. Tutor groups of eight, "
          "tutorials in school and Still House Tasks set in each candidate's own setting mean the course "
          "fits the needs of each school. Candidates who complete may go on to the University's MA in "
          "Inclusive Education with the 60 credits counted towards it.")

title(doc, "Access and equality in the still house", 11, shade="D9D9D9")
para(doc, "The Schools Wing is on one level with a lift to the library and a hearing loop in both training "
          "rooms. The application form asks every candidate whether he or she has a disability or other "
          "need that the Academy should know about, and the Academy's Equality Officer meets each candidate "
          "who declares one to agree reasonable adjustments before Run 1: for example, materials in large "
          "print or on coloured paper, a note-taker, extra time for Run Sheets, or a Run attended in two "
          "half days. The Academy's race, disability and gender equality schemes apply to all its courses, "
          "and Run dates avoid the main religious festivals of the candidates in each intake.")
para(doc, "There are two start points in the year, in September and in January. The six Runs may be "
          "taken in any order after Run 1, and a candidate who misses a Run may join the same Run with the "
          "next intake. Each Run is a full day at the Academy; the reading, recorded presentations and "
          "discussion between Runs are on the Spirit Safe, the Academy's online learning area, so the "
          "programme is taught partly face to face and partly online.")
para(doc, "Every candidate has a Spirit Safe log-in from the day of acceptance. The Spirit Safe holds the "
          "readings for each Run, recordings of the specialist sessions, the Run Sheet briefs and a "
          "discussion forum for each tutor group, where candidates post their Still House Task notes for "
          "each other. Tutors are not on the forum between Runs; questions are held over to the next Run.")
deleted_paragraph(doc, "A tutor reads the forum twice a week and answers any question within two working "
                       "days, and candidates may email their tutor at any time.",
                  author="A. Teasdale", date="2008-05-20T09:14:00Z")

title(doc, "The Runs", 12, shade="BFBFBF")
para(doc, "Each Run is entered as the still house would enter it: the charge (what goes in), the still "
          "(where and with whom), and the stillman's notes.")

runs = [
    ("Run 1 - Filling the wash back", "September (or January) - Schools Wing, Room 1",
     "A. Teasdale, D. Roper",
     "The SENCO's role and the law. SEN law and guidance and the SEN Code of Practice (2001), what they "
     "mean for a school and how a SENCO puts them into practice; Every Child Matters and the SENCO's part "
     "in the five outcomes; the Disability Discrimination Acts and the school's disability equality "
     "duty and access plan. Candidates also work on planning their time, setting priorities and "
     "delegating in a role that usually comes on top of teaching. Still House Task 1: audit the school's "
     "SEN policy against the Code of Practice and the disability equality duty. RS1 (a 2,500-word policy "
     "review) is set at the end of the Run."),
    ("Run 2 - The wash still", "October (or February) - Schools Wing, Room 1",
     "A. Teasdale, educational psychologist, Parent Partnership officer",
     "Identifying pupils who may have SEN or disabilities; the common kinds of SEN and disability (BESD, "
     "SpLD including dyslexia, SLCN, ASD and MLD) and what each means for learning; using assessments "
     "from a range of professionals; setting challenging targets and planning and reviewing "
     "interventions. In the afternoon, the Parent Partnership officer and two parents of pupils with "
     "SEN lead a session on working with parents and carers: building fair, respectful relationships, "
     "sharing information, and running review meetings that parents find useful. Still House Task 2: "
     "case study of one pupil, including a meeting with the parents. RS2 (a pupil case study) is set."),
    ("Run 3 - The spirit still", "November (or March) - Schools Wing, Room 2",
     "R. Allonby, D. Roper",
     "Assessment for planning and teaching. Candidates weigh approaches, strategies and resources for "
     "assessment, planning, teaching and learning, ICT included; use summative data, national tests "
     "among them, to track progress and adjust programmes; and look at how to encourage colleagues to use "
     "formative assessment adapted for pupils with SEN, practising a short staff briefing on it that the "
     "tutor gives feedback on. Provision mapping and management: candidates map provision in their "
     "school and find what is not working or is missing. Still House Task 3: a provision map for one "
     "year group."),
    ("Run 4 - The spirit safe", "January (or April) - Schools Wing, Room 2",
     "R. Allonby, speech and language therapist, advisory teacher for autism",
     "Research and outside expertise. Best practice and research findings on meeting SEN, discussed "
     "through set readings; using research and outside advice to improve practice; the scope and role of "
     "external agencies and voluntary organisations and how to get specialist support; supporting "
     "colleagues' development by observation and feedback, modelling, coaching and mentoring. Candidates "
     "read about pupil participation and discuss how pupils might take part in planning and reviewing "
     "their own provision. Still House Task 4: observe a colleague and give feedback. RS3 (a provision "
     "map with an agencies plan and a coaching record) is set."),
    ("Run 5 - Filling to cask", "March (or June) - Schools Wing, Room 1",
     "A. Teasdale, D. Roper, a Fellshire head teacher",
     "Leading SEN in the school. Working with the head teacher, senior colleagues and governors on an "
     "inclusive ethos, policy, priorities and resources; gaining colleagues' commitment; deploying and "
     "managing teaching assistants and other staff; reviewing the effectiveness of provision with "
     "colleagues and feeding this into school self-evaluation and improvement. Still House Task 5: lead "
     "a review of provision with colleagues. RS4 (a school improvement project report with a 15-minute "
     "presentation to a panel) is set."),
    ("Run 6 - Warehousing", "June (or October) - Schools Wing, Room 1", "All tutors",
     "Looking back and looking on. Candidates present their RS4 project, reflect on their learning "
     "across the year and keep a CPD record of what they will read and do next, which the tutor reads "
     "and comments on. Each candidate draws up a Next Cask plan of professional targets for the "
     "following two years with the tutor, and the head teacher receives a copy."),
]
for name, when, who, notes in runs:
    title(doc, name, 10)
    t = table(doc, [["Charge", "Still", "Stillman"], [name.split(" - ")[1].capitalize(), when, who]],
              size=9)
    para(doc, notes, bold_lead="Stillman's notes: ")

title(doc, "Still house tasks and run sheets", 11, shade="D9D9D9")
para(doc, "The five Still House Tasks are carried out in the candidate's own school between Runs, with "
          "the help of a school mentor (normally the head teacher or a deputy). Each Task changes "
          "something in the school's practice for pupils with SEN and the candidate records what "
          "happened and what difference it made for pupils. The Tasks feed the Run Sheets, so that the "
          "award rests on practice in school and its effect, not on writing alone. Mentors receive the "
          "Mentor's Guide to the Still House and attend a two-hour briefing at the Academy in the first "
          "half term; tutors are briefed by the programme leader and the University link tutor each "
          "September, and the Tutor Handbook sets out who marks, who moderates and who signs off.")
para(doc, "Each Run Sheet is marked by the candidate's tutor against published criteria at Masters level. "
          "A second tutor blind-marks a sample of one in five and all fails and distinctions; the "
          "University link tutor moderates the sample, and the University's external examiner for "
          "education sees a sample from every Run Sheet and attends the summer Board of Examiners. Tutors "
          "hold a standardising meeting with marked examples before each Run Sheet is marked.")
para(doc, "The Certificate is awarded on an aggregate mark of 50 per cent across the four Run Sheets. A "
          "Run Sheet marked between 40 and 49 per cent may be compensated by higher marks in the others.")

title(doc, "Checking the spirit: evaluation and quality", 11, shade="D9D9D9")
para(doc, "Every Run ends with an evaluation sheet. The tutor group reviews each Run at the start of the "
          "next, and the programme team meets after each Run to act on what the sheets say; a summary of "
          "changes made is posted on the Spirit Safe. The University's annual monitoring report, the "
          "external examiner's report and a mid-year review by the Fellshire SEN Support Service manager "
          "all go to the Schools Wing Board each July, which agrees the changes for the next intake. "
          "Candidates complete a confidence and competence self-rating against THE CUT SHEET at the "
          "Charge Check and again at Run 6, and the change in ratings is reported to the Board. Schools "
          "are responsible for measuring any effect on pupils' progress, and may share this with the "
          "Academy if they wish.")
para(doc, "The distillery itself carries out a yearly self-evaluation of the Still House against its own "
          "quality standard, which the Schools Wing follows in keeping this Log.")

title(doc, "Who shaped the course", 11, shade="D9D9D9")
para(doc, "In autumn 2007 the Academy and Fellshire's SEN Support Service surveyed the 38 head teachers "
          "and SENCOs in the Fellshire SENCO Network. Their answers showed that new SENCOs most needed help "
          "with time and priorities, provision mapping and leading teaching assistants, and that schools "
          "could release staff for single days but not for blocks. As a result the Runs are single days, "
          "a whole Run on provision mapping was added, and deploying teaching assistants was moved into "
          "Run 5 with a head teacher co-tutoring it. The Parent Partnership Service asked that parents "
          "help lead the parents session, which they now do in Run 2.")
para(doc, "We hope in time to invite head teachers and parents to sit on a review group for the "
          "programme.")

title(doc, "Partners and placements", 11, shade="D9D9D9")
para(doc, "In the 2007 pilot, each candidate spent a day at Beckside Special School shadowing its SENCO; "
          "this placement ended when the pilot funding ended. Specialist input now comes through the "
          "Fellshire staff who lead parts of Runs 2 and 4.")
para(doc, "The Schools Wing library holds the SEN collection of the former Fellshire Teachers' Centre, and "
          "both training rooms have interactive whiteboards and laptops for every candidate. The Fellshire "
          "ICT Support Service lends the Academy assistive technology (text-to-speech and voice "
          "recognition software, symbol software and switch devices) for Runs 3 and 4, and candidates may "
          "borrow it for Still House Tasks. All readings are on the Spirit Safe.")
para(doc, "The Academy's own CRB checks cover its staff who work with visiting school parties on the "
          "distillery site.")

text_box(doc, [(True, "Stillman's note"),
               (False, "Nothing leaves our still house until it is right. Every outcome on the national "
                       "list is drawn off at middle cut, so every candidate who completes the Log has met "
                       "them all.")], height_pt=70)

title(doc, "The cut sheet", 12, shade="BFBFBF")
para(doc, "Read with the Log Instructions at the front of this book.")

rows = [["No.", "What the candidate learns to do (our words)", "Run", "Cut", "Receiver"]]
groups = [
    ("A - THE STILLMAN'S ATTRIBUTES", [
        ("A1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN or "
               "disabilities and with their parents and carers", "2", "Middle cut", "RS2"),
        ("A2", "Wins the commitment of colleagues, the head teacher and the senior team", "5", "Middle cut",
         "RS4"),
        ("A3", "Sets priorities, manages own time and delegates sensibly", "1", "Heads only", "-"),
        ("A4", "Spots and resolves problems, makes well-founded decisions and sound judgements about "
               "provision", "3", "Middle cut", "RS2"),
        ("A5", "Speaks and writes clearly; listens to and understands the views of others", "1, 6",
         "Middle cut", "RS1, RS4"),
        ("A6", "Uses research and outside advice to improve own and colleagues' practice", "4",
         "Middle cut", "RS3"),
        ("A7", "Keeps up to date and takes charge of own CPD in SEN and disability", "6", "Feints", "-"),
    ]),
    ("K - WHAT THE STILLMAN KNOWS", [
        ("K1", "SEN law and guidance, the SEN Code of Practice, what they mean and how to put them into "
               "practice", "1", "Middle cut", "RS1"),
        ("K2", "Every Child Matters: its principles and five outcomes, and the SENCO's part", "1",
         "Middle cut", "RS1"),
        ("K3", "Disability equality law and what it requires the school to do", "1", "CHANGE", "CHANGE"),
        ("K4", "How children develop, and how SEN, disability and surroundings affect development", "-",
         "Not run", "-"),
        ("K5", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) "
               "and their effect on learning", "2", "Middle cut", "RS2"),
        ("K6", "Critically weighs approaches, strategies and resources for assessment, planning, teaching "
               "and learning, ICT included", "3", "Middle cut", "RS2"),
        ("K7", "How schools evaluate themselves and improve, as it bears on outcomes for pupils with SEN",
         "5", "Middle cut", "RS4"),
        ("K8", "Best practice and research findings in meeting SEN", "4", "Heads only", "-"),
        ("K9", "What external agencies do and how to get specialist support and resources", "4",
         "Middle cut", "RS3"),
    ]),
    ("S - WHAT THE STILLMAN CAN DO", [
        ("S1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and "
               "use of resources", "5", "Middle cut", "RS4"),
        ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and "
               "reviews progress", "2", "Middle cut", "RS2"),
        ("S2a", "Uses assessments by a range of professionals to shape teaching approaches", "2",
         "Middle cut", "RS2"),
        ("S2b", "Uses summative assessment, national tests included, to track progress and adjust "
                "programmes", "3", "Middle cut", "RS2"),
        ("S2c", "Encourages other teachers to develop formative assessment adapted for pupils with SEN",
         "3", "Feints", "-"),
        ("S2d", "Puts special arrangements for national tests and examinations in place in good time", "-",
         "Not run", "-"),
        ("S3", "Provision mapping and management; finds ineffective or missing provision", "3",
         "Middle cut", "RS3"),
        ("S4", "Deploys and manages teaching assistants and other staff", "5", "Middle cut", "RS4"),
        ("S5", "Supports colleagues' professional development: observation and feedback, modelling, "
               "coaching, mentoring, training", "4", "Middle cut", "RS3"),
        ("S6", "Reviews the effectiveness of provision with colleagues to inform school self-evaluation",
         "5", "Middle cut", "RS4"),
        ("S7", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "4",
         "Heads only", "-"),
        ("S8", "Liaises with parents and carers", "2", "Middle cut", "RS2"),
        ("S9", "Works in partnership with other services and agencies, voluntary organisations included",
         "4", "Middle cut", "RS3"),
    ]),
]
group_rows = []
for gname, items in groups:
    group_rows.append(len(rows))
    rows.append([gname, None, None, None, None])
    for it in items:
        rows.append(list(it))
t = table(doc, rows, size=8)
for gi in group_rows:
    c = t.cell(gi, 0).merge(t.cell(gi, 4))
    cell_text(c, rows[gi][0], bold=True, size=8)
    shade(c, "EDEDED")
# tracked change in the K3 row
for i, r in enumerate(rows):
    if r[0] == "K3":
        for col, old, new in ((3, "Middle cut", "Heads only"), (4, "RS1", "-")):
            c = t.cell(i, col)
            c.text = ""
            p = c.paragraphs[0]
            del_run(p, old, author="D. Roper", date="2008-05-28T16:40:00Z")
            ins_run(p, new, author="D. Roper", date="2008-05-28T16:40:00Z")

para(doc, "")
p = para(doc, "Log closed for submission, 30 May 2008. Signed: A. Teasdale, Stillman in charge.")
comment(doc, p.runs, "Alison - should we say here that we check every candidate's CRB disclosure at "
                     "interview? The footer says so.", author="D. Roper", initials="DR")
p2 = doc.paragraphs[[x.text for x in doc.paragraphs].index(
    "The Academy does not offer an assessment-only route; every candidate completes all six Runs and all "
    "four Run Sheets.")]
comment(doc, p2.runs, "The University would allow an assessment-only route for experienced SENCOs if we "
                      "asked for it next year.", author="R. Allonby", initials="RA")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
