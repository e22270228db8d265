"""ld-01-fellside-shepherds-guide

Provider (invented): Fell and Dale Schools Training, the school-staff training arm of the
Fell and Dale Colleges Co-operative (Kirkbeck College of Agriculture, Highmoor Land-based
College and Scarsdale Hill Farming College), with the University of Lunesdale validating.
Course: the Fellside National Award for SEN Coordination, season 2008-09.

Document kind and layout: the application is written as a traditional fell Shepherds'
Guide (the printed book of flocks and their lug, smit and horn marks).  A title block
table with merged cells; "To the Reader"; a table of Terms used in this Guide (Shepherd =
participant, Looker = tutor, Heaf = the participant's own school, Gather = study day,
Clipping = marked assessment, Lug mark = summative mark, Smit mark = formative mark,
the Meet = annual review, the Count = entry and closing self-assessment); twenty-one
hand-typed Rules of the Guide; a text box ("Clerk's Notice") that defines the values of
the Flock Marks table ("Smit only", "Stray", "Own time") far above the table; four Fell
entries written like farm entries in a guide; a Flock Marks table (No. | Mark (in our
words) | Gathered on | Marked with) with merged group rows (A / K / S); sections on the
Meet, the Lookers, Fellnet (its e-learning), Other Flocks on the Fell, and Next Season.
Bold typed titles (no heading styles) except three Heading 2 "Part" titles.  Header and
footer.  Tracked changes (a deleted sentence; a deletion and insertion inside one table
cell).  Two Word comments.

Traps (requirement ids):
- Aim is attainment only: "raise the attainment of pupils with special educational needs"; the five
  ECM outcomes appear only as Fell 1 content / row K2 (1.1 partially_met).
- Pupil voice developed only in general terms, row S7 "Smit only" (1.5 partially_met; 6.S7 partially_met).
- Some marks "Smit only", "Stray", and A3 absent, so not every outcome assessed (1.9 partially_met).
- "There is no assessment-only route in this Guide" + neighbour Ravenscar's route printed under
  Other Flocks on the Fell (2.3 not_met: negation + other provider's arrangement).
- Gathers are the same for every shepherd; the plan changes only reading (2.4 partially_met).
- One September intake, fixed order, Saturdays at Kirkbeck only, though Fellnet is blended (3.2 partially_met).
- Fellnet: peer support between gathers, but "Lookers do not answer on Fellnet" (3.3 partially_met).
- Stakeholders at the Meet only wished for; the sentence promising headteachers on the Meet is a
  tracked deletion (4.3 not_met).
- CRB checks are on Lookers only; the candidates' CRB appears only in the footer and in a comment
  (5.3 not_met: wrong people, footer, comment).
- Specialist guest lookers but "The Guide does not arrange placements" (5.5 partially_met).
- Confidence counted (Entry and Closing Count); pupils' achievement "we do not measure it" (5.9 partially_met).
- Award rule is "passes all four Clippings", not all outcomes, while some marks are Smit only (6.0 partially_met).
- Values defined in the text box far above the table: "Smit only" = formative only, not lug-marked
  (6.A5, 6.K4, 6.K7, 6.S2c, 6.S7 partially_met); "Own time" = marked but never gathered (6.A7 partially_met);
  "Stray" = not gathered, not marked (6.S2d not_met).  Time management/delegation nowhere (6.A3 not_met).
- Row K9's "Marked with" cell: "Smit only" deleted, "Clipping 4" inserted by tracked change (6.K9 met).
- Comment suggesting a Next Season tutorial is already described in the body (2.5 met from the body).
"""
from pathlib import Path
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ld_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Fell and Dale Schools Training  |  The Shepherds' Guide  |  Season 2008-09",
              "Fell and Dale Colleges Co-operative Ltd. All shepherds hold a current enhanced CRB disclosure. Page")

t = table(doc, [["THE SHEPHERDS' GUIDE", "", ""],
                ["Flocks and Marks of the Fellside National Award for SEN Coordination", "", ""],
                ["Season", "Published by", "Validated by"],
                ["2008-09 (fourth printing)", "The Clerk to the Guide, Fell and Dale Schools Training", "University of Lunesdale"]],
          head_fill="DDE4C8")
merge_row(t, 0, "THE SHEPHERDS' GUIDE", fill="DDE4C8")
merge_row(t, 1, "Flocks and Marks of the Fellside National Award for SEN Coordination", fill="F2F2E6", bold=False)
para(doc)
para(doc, "Submitted to the Training and Development Agency for Schools for approval as a provider of the National Award for SEN Coordination, 2008-09.", italic=True)

para(doc, "TO THE READER", bold=True)
para(doc, "Every fell farm of our three colleges keeps a copy of the old Shepherds' Guide on the kitchen dresser. It tells you whose sheep are whose: the farm, the heaf the flock is hefted to, the lug mark cut in the ear, the smit mark painted on the fleece and the letters burnt into the horn. When a stray turns up at a gather, the Guide tells you where it belongs. We have written our application in the same way, because it is the way the people who run this course think, and because it makes plain to every shepherd on the course which marks are theirs and where each is put on.")
para(doc, "Fell and Dale Schools Training is the school-staff training arm of the Fell and Dale Colleges Co-operative, which is owned by Kirkbeck College of Agriculture, Highmoor Land-based College and Scarsdale Hill Farming College. For eleven years we have trained teaching assistants, learning mentors and, since 2005, special educational needs coordinators for the small schools of the northern dales, where a SENCo is often also the headteacher, a class teacher and the person who opens the building in the snow. The Fellside Award is our course for the National Award for SEN Coordination.")
para(doc, "The aim of the Award is to raise the attainment of pupils with special educational needs and disabilities in fell and dale schools by giving their SENCos the law, the knowledge and the leadership to do the job well. Its objectives are set out Fell by Fell below.")

para(doc, "TERMS USED IN THIS GUIDE", bold=True)
table(doc, [["Term", "What it means in this Guide"],
            ["Shepherd", "A teacher registered on the Fellside Award. Every shepherd is a SENCo or has been designated by the governing body to become one."],
            ["Heaf", "The shepherd's own school, the ground the shepherd is hefted to. Heaf tasks are done there between Gathers."],
            ["Looker", "A tutor of the Award. Each shepherd has one Looker for the whole season."],
            ["Guest Looker", "A specialist from outside the colleges who leads part of a Gather."],
            ["Gather", "A taught day. There are twelve Gathers in the season, held on Saturdays."],
            ["Fell", "A module of 15 credits. There are four Fells."],
            ["Clipping", "A marked assessment. There is one Clipping for each Fell, marked by two Lookers."],
            ["Lug mark", "The mark a Clipping earns. Only lug marks count towards the Award."],
            ["Smit mark", "Written feedback given at a Gather on a practice task. It is never lug-marked."],
            ["The Count", "The self-assessment every shepherd makes against the Flock Marks: the Entry Count before the first Gather and the Closing Count after the last."],
            ["The Meet", "The end-of-season review of the Award, held each July at Highmoor."],
            ["Fellnet", "The colleges' Moodle site, where each Fell has its own pen."]])
para(doc)

doc.add_paragraph("Part One: Rules of the Guide", style="Heading 2")
rules = [
 "Rule 1. The Fellside Award is validated by the University of Lunesdale as a Postgraduate Certificate module set of 60 credits at Level 7 (masters level). Shepherds who complete it hold 60 credits towards the University's MA in Education.",
 "Rule 2. The University's Faculty of Education approved the Award at a validation event on 4 June 2008 and appoints its external examiner.",
 "Rule 3. A shepherd must hold Qualified Teacher Status and be in post as SENCo, or have been designated by the governing body to take the role, in a maintained school.",
 "Rule 4. The headteacher signs the nomination form, which confirms the shepherd's post and commits the school to release the shepherd for twelve Saturdays' worth of time in lieu and for the Heaf tasks.",
 "Rule 5. Before a place is offered the shepherd's Looker holds a forty-minute entry conversation, by telephone or at the college, and reads the shepherd's statement of experience. A teacher with under two years' teaching, or who cannot yet show knowledge of the SEN Code of Practice at the level of a class teacher, is offered a place on our Teaching Assistant Leaders' course first and a Fellside place the year after.",
 "Rule 6. Every shepherd completes the Entry Count, a self-assessment against every Flock Mark, before the first Gather. The Looker reads it with the headteacher's nomination and writes the shepherd's Gathering Plan: the marks the shepherd is strongest and weakest on, the Heaf tasks that fit the shepherd's school, and three personal targets that the shepherd will be held to at the Closing Count.",
 "Rule 7. A shepherd who holds credit from another university in SEN, or who can show through a portfolio that earlier work covered a Fell's marks, may claim Prior Flock credit for up to one Fell (15 credits). Claims are made on the University's APL form and judged by two Lookers and the external examiner; experience as a SENCo is accepted where it is written up against the Fell's marks.",
 "Rule 8. The Gathers are the same for every shepherd; the Gathering Plan changes which readings and Heaf tasks a shepherd is pointed to, not what is taught.",
 "Rule 9. There is no assessment-only route in this Guide. A shepherd who asks for one is pointed to the Ravenscar flock (see Other Flocks on the Fell).",
 "Rule 10. Every Clipping is lug-marked by the shepherd's Looker and second-marked by another Looker. Where the two marks differ by more than eight percentage points a third Looker marks it blind.",
 "Rule 11. A sample of one in four Clippings for each Fell, and every fail and every distinction, is moderated at the Moderation Gather in June and sent to the external examiner.",
 "Rule 12. Every Looker and every Guest Looker holds an enhanced CRB disclosure checked by the Co-operative's HR office before their first Gather.",
 "Rule 13. The Award is made to a shepherd who passes all four Clippings.",
 "Rule 14. The Co-operative meets its duties under the Disability Discrimination Act 1995 and the Disability Equality Duty. Any shepherd may tell us of a disability at nomination or at any time; the Co-operative's Disability Adviser, Mrs P. Airey, then agrees adjustments in writing with the shepherd. Adjustments we have made include printed papers in large type and on cream paper, extra time for Clippings, a ground-floor room at Kirkbeck and a British Sign Language interpreter for the whole of one season.",
 "Rule 15. Gathers are held in rooms with level access, a hearing loop and parking at the door.",
 "Rule 16. There is one intake each season, in September. The Fells are walked in order, from Fell 1 to Fell 4, and the Gathers are held on Saturdays at Kirkbeck.",
 "Rule 17. A shepherd who is ill or snowed in may take a missed Gather's pen on Fellnet and may carry one Fell into the next season.",
 "Rule 18. Heaf tasks are done in the shepherd's own school and are written up in the shepherd's Heaf Book, which the Looker reads at every Gather.",
 "Rule 19. Lookers meet for a Lookers' Day each August before the season begins (see Lookers and their Dogs).",
 "Rule 20. Every Gather is evaluated by the shepherds on the day, on a one-page form.",
 "Rule 21. The Clerk keeps this Guide and prints a new edition each season after the Meet.",
]
for r in rules:
    p = para(doc, r)
    if r.startswith("Rule 12."):
        comment(doc, p, "Do we check the shepherds' CRBs as well? I have assumed the schools do it. RD")

para(doc)
textbox(doc, [
    "In the Flock Marks (Part Three) each mark shows the Gather on which it is gathered and the Clipping in which it is lug-marked.",
    "\"Smit only\" in the Marked with column means the mark is practised on a Gather and gets a smit mark (feedback) but is never lug-marked, and it does not count towards the Award.",
    "\"Own time\" in the Gathered on column means no Gather teaches the mark: the shepherd works on it alone, and it is lug-marked in the Clipping shown.",
    "\"Stray\" means the mark is not gathered this season and not marked.",
    "A mark that is not in the table at all has not been put on any flock of ours.",
], title="CLERK'S NOTICE: HOW TO READ THE FLOCK MARKS", height="170pt")
para(doc)

doc.add_paragraph("Part Two: The Fells", style="Heading 2")
para(doc, "Each Fell is entered as a farm is entered in the old Guide: where it lies, who looks after it, how its sheep are marked. The Flock Marks themselves are listed together in Part Three.", italic=True)

para(doc, "FELL 1. LOW FELL: THE LAW AND THE FLOCK", bold=True)
para(doc, "Gathers 1 to 3 (September and October). Looker in charge: Mr A. Raine. Lug mark: Clipping 1. Smit marks: the Gather 2 policy read-through.")
para(doc, "Low Fell is where every shepherd starts. Gather 1 walks through the Education Act 1996 Part IV, the SEN Code of Practice 2001 and its Toolkit, the SEN and Disability Act 2001, the Disability Discrimination Act 1995 and the Disability Equality Duty of 2006, and the 2004 strategy Removing Barriers to Achievement. Shepherds bring their school's SEN policy and accessibility plan and work out, line by line, what the law asks of their own school and what it does not. Gather 2 takes Every Child Matters: the five outcomes, the Children Act 2004, the common assessment framework and the lead professional, and what the SENCo's part is in each. Gather 3 looks at what the inspectors have found: Ofsted's SEN and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the House of Commons Education and Skills Committee report of 2006, and the interim report of the Bercow Review of services for children and young people with speech, language and communication needs (2008).")
para(doc, "Clipping 1 is a 3,000-word audit of the shepherd's own school against the law on SEN and on disability equality, ending with what the school must now do and who must do it. It is lug-marked against the Low Fell marks.")

para(doc, "FELL 2. INTAKE FELL: KNOWING THE FLOCK", bold=True)
para(doc, "Gathers 4 to 6 (November to January). Looker in charge: Dr H. Metcalfe. Lug mark: Clipping 2. Smit marks: the Gather 4 development timeline; the Gather 6 lesson study.")
para(doc, "Intake Fell is about the pupils. Gather 4 begins with how children grow and learn and how a special need or disability, and a child's home and school, can hold development back; shepherds build a timeline for a pupil they know and receive a smit mark on it. Gather 5 covers the common needs one by one: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia and dyscalculia; speech, language and communication needs; autistic spectrum disorders; and moderate learning difficulties, and how each of them shows itself in the classroom. A speech and language therapist and an educational psychologist lead the afternoon as Guest Lookers. Gather 6 is about assessment and teaching: how to read reports from an educational psychologist, a therapist or a specialist teacher and turn them into teaching; how to use P scales, optional tests and the end of key stage tests to track a pupil over time and change a programme when it is not working; how to identify a pupil who may have special educational needs and set targets that stretch; and the strengths and limits of published interventions and of ICT such as text-to-speech, Clicker and word-prediction. In the last hour shepherds plan how they would help a colleague use assessment for learning with pupils with SEN, and their Looker gives a smit mark on the plan.")
para(doc, "Clipping 2 is a case study of one pupil from the shepherd's heaf: how the pupil's needs were identified, what the assessments of other professionals said, how targets were set and reviewed, and what the summative data show about progress. It is lug-marked against the Intake Fell marks.")

para(doc, "FELL 3. HIGH FELL: LEADING THE HEAF", bold=True)
para(doc, "Gathers 7 to 9 (February and March). Looker in charge: Mrs J. Thwaite. Lug mark: Clipping 3. Smit marks: the Gather 9 self-evaluation exercise.")
para(doc, "High Fell is about leading. Gather 7 deals with working with the headteacher and governors on the school's inclusion policy, its development plan and its SEN budget, and with gaining the commitment of colleagues who do not think SEN is their business. Gather 8 is about provision mapping: shepherds bring their provision map, cost it and find the provision that is missing or is not working, and they plan how teaching assistants are deployed, trained and line-managed. It also covers supporting colleagues through observation and feedback, coaching and mentoring and running a staff meeting. Gather 9 takes the review of provision with colleagues and how it feeds the school's self-evaluation form; shepherds fill in a mock SEF section on SEN and receive a smit mark on it.")
para(doc, "Clipping 3 is the shepherd's Heaf Project: a change to SEN provision in the shepherd's own school, planned with the headteacher at the start of Fell 3, carried out over at least a term, and written up (4,000 words) with the evidence of what changed for pupils and for staff. The Heaf Project must be carried out, not only planned, and the write-up must show the effect on practice. It is lug-marked against the High Fell marks.")

para(doc, "FELL 4. THE GATHER: FAMILIES, PUPILS AND OTHER SERVICES", bold=True)
para(doc, "Gathers 10 to 12 (April to June). Looker in charge: Mr A. Raine. Lug mark: Clipping 4. Smit marks: the Gather 11 pupil conversation.")
para(doc, "The last Fell turns outwards. Gather 10 is about parents and carers: building fair and respectful relationships with families, running a review meeting that parents find useful, and the parent partnership service. Shepherds are encouraged to listen to pupils as well, and at Gather 11 they talk through how they have asked pupils about their own targets and are given a smit mark on a short account of one pupil conversation. Gather 12 covers the other services: the educational psychology service, the specialist teachers, health and social care, Connexions, and voluntary organisations such as the National Autistic Society and the local dyslexia association, and how a small school gets their help when the nearest office is forty miles away. It also covers advising and supporting colleagues in other schools through the dale cluster.")
para(doc, "Clipping 4 is a portfolio and a professional conversation. The portfolio holds the shepherd's Heaf Book, the Gathering Plan with the three targets met, a written account of one piece of work with a family and one with an outside service, and a reflective log of the shepherd's own reading and training across the season. The professional conversation, with two Lookers, lasts forty minutes and asks the shepherd to explain decisions taken in the year.")

doc.add_paragraph("Part Three: The Flock Marks", style="Heading 2")
para(doc, "These are the marks every shepherd's flock carries, in our words. Read the columns as the Clerk's Notice above tells you.")
rows = [["No.", "Mark (in our words)", "Gathered on", "Marked with"],
        ["A. WHAT A SHEPHERD IS LIKE", "", "", ""],
        ["A1", "Treats pupils with SEN and their families fairly and with respect, and keeps the relationship constructive", "Gather 10", "Clipping 4"],
        ["A2", "Wins the commitment of colleagues, the headteacher and senior staff", "Gather 7", "Clipping 3"],
        ["A4", "Sees problems coming, settles them and makes sound decisions about provision", "Gather 8", "Clipping 3"],
        ["A5", "Speaks and writes clearly and listens to what others think", "Gather 10", "Smit only"],
        ["A6", "Uses research and outside advice to improve own and colleagues' teaching", "Gather 3", "Clipping 1"],
        ["A7", "Keeps up to date and takes charge of own professional development in SEN", "Own time", "Clipping 4"],
        ["K. WHAT A SHEPHERD KNOWS", "", "", ""],
        ["K1", "The law and guidance on SEN, the Code of Practice, and how to put them into practice in school", "Gather 1", "Clipping 1"],
        ["K2", "Every Child Matters, its five outcomes, and the SENCo's part in them", "Gather 2", "Clipping 1"],
        ["K3", "Disability equality law and what it makes a school do", "Gather 1", "Clipping 1"],
        ["K4", "How children develop and how SEN, disability and surroundings affect it", "Gather 4", "Smit only"],
        ["K5", "The common needs (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and what they do to learning", "Gather 5", "Clipping 2"],
        ["K6", "A critical grasp of ways of assessing, planning and teaching, ICT included", "Gather 6", "Clipping 2"],
        ["K7", "How a school evaluates itself and improves on SEN", "Gather 9", "Smit only"],
        ["K8", "What works best and what research says about meeting SEN", "Gather 3", "Clipping 1"],
        ["K9", "What outside agencies do and how to get specialist help and resources", "Gather 12", None],
        ["S. WHAT A SHEPHERD CAN DO", "", "", ""],
        ["S1", "Works with senior staff and governors to shape an inclusive school, its policies, priorities and spending", "Gather 7", "Clipping 3"],
        ["S2", "Finds pupils who may have SEN, sets stretching targets, plans help and reviews progress", "Gather 6", "Clipping 2"],
        ["S2a", "Uses other professionals' assessments to shape teaching", "Gather 6", "Clipping 2"],
        ["S2b", "Uses test and other summative data to track progress and change programmes", "Gather 6", "Clipping 2"],
        ["S2c", "Helps colleagues use assessment for learning with pupils with SEN", "Gather 6", "Smit only"],
        ["S2d", "Arranges access arrangements for tests and examinations in good time", "Stray", "Stray"],
        ["S3", "Maps and manages provision and finds what is missing or not working", "Gather 8", "Clipping 3"],
        ["S4", "Deploys and manages teaching assistants and other staff", "Gather 8", "Clipping 3"],
        ["S5", "Develops colleagues by observing, giving feedback, modelling, coaching, mentoring and training", "Gather 8", "Clipping 3"],
        ["S6", "Reviews provision with colleagues to feed the school's self-evaluation", "Gather 9", "Clipping 3"],
        ["S7", "Makes sure pupils take part in planning and reviewing their own provision", "Gather 11", "Smit only"],
        ["S8", "Works well with parents and carers", "Gather 10", "Clipping 4"],
        ["S9", "Works in partnership with other services and voluntary bodies", "Gather 12", "Clipping 4"]]
t = table(doc, [[c if c is not None else "" for c in r] for r in rows], head_fill="DDE4C8")
for i, r in enumerate(rows):
    if r[1] == "" and i > 0:
        merge_row(t, i, r[0], fill="F2F2E6")
    if r[3] is None:
        cp = t.cell(i, 3).paragraphs[0]
        dele(cp, "Smit only", author="A. Raine", date="2008-11-02T16:10:00Z")
        ins(cp, "Clipping 4", author="A. Raine", date="2008-11-02T16:10:00Z")
para(doc)

para(doc, "THE MEET AND THE COUNT", bold=True)
para(doc, "Before we first put the Award together in 2005 we asked every headteacher in the three dales what their SENCos needed. One hundred and forty-one schools answered. They told us that most of their SENCos were class teachers with no time away from the class, that they needed the law explained in plain words, that teaching assistants were the largest and least managed resource in a small school, and that the outside services were hard to reach. The two local authorities, Lunedale and Swaledale, shared their data on statements and on School Action Plus, which showed speech and language needs and autism rising fastest. That is why the course is taught on Saturdays, why Low Fell starts with the law, why Gather 8 is given over to provision maps and teaching assistants, and why Gather 12 exists.")
para(doc, "What headteachers, the local authorities' SEN officers and our past shepherds have said has changed the Award. After the 2007 Meet we added the afternoon on speech, language and communication needs at Gather 5 because the Swaledale SEN officer showed us the rising numbers; we moved the case study from Fell 3 to Fell 2 because shepherds said they needed it earlier; and the Heaf Project now has to be agreed with the headteacher, because two headteachers told us projects had been planned without them.")
p = para(doc, "The Meet is held each July at Highmoor. The Lookers, the Clerk, the external examiner and the college principals sit at it, read the Gather evaluation forms, the Closing Counts and the external examiner's report, and decide what changes for next season. We should like headteachers and the two local authorities to sit at the Meet one day. ")
dele(p, "From the 2009 Meet two headteachers and one SEN officer from each authority will sit on the Meet and score the season with us.", author="M. Harker", date="2008-10-20T11:02:00Z")
para(doc, "The Count is how we measure what the Award does for a shepherd. The Entry Count and the Closing Count use the same forty statements, scored from one to five, and we compare them for every shepherd and for the season. In 2007-08 the average score rose from 2.3 to 3.9, and every shepherd rated their confidence in leading SEN higher at the close. The University also runs its own module evaluation and annual monitoring of the Award, and the external examiner reports each year on standards. We expect pupils' achievement to rise where a SENCo has been through the Award, though we do not measure it.")

para(doc, "LOOKERS AND THEIR DOGS", bold=True)
para(doc, "Every Looker is a qualified teacher who has been a SENCo, and each holds a masters degree or higher. Mr Alan Raine led SEN in Lunedale for nine years and holds the MEd (SEN); Dr Hannah Metcalfe is a chartered educational psychologist who taught in special schools before her doctorate on dyslexia in rural schools; Mrs Joan Thwaite was SENCo of a federation of four dale primaries and holds the Advanced Diploma in Specific Learning Difficulties and the NPQH. Every Looker spends at least five days a year in schools working on SEN and keeps a record of their own training, which the Clerk checks at the Meet.")
para(doc, "The Guest Lookers are the dogs of the Guide: the speech and language therapist and educational psychologist who lead Gather 5, a specialist teacher for hearing impairment, the parent partnership officer for Gather 10, and the manager of the Swaledale Autism Outreach Team. The Guide does not arrange placements; shepherds who want to see other provision arrange their own visits.")
para(doc, "Lookers meet for a Lookers' Day each August. The Lookers' Handbook sets out what a Looker, a second marker, a Guest Looker and a headteacher each do, the marking grids for every Clipping, how a smit mark is written and how Rule 10 works. Guest Lookers are briefed by the Looker in charge of their Fell a month before their Gather and are sent the Fell's marks. Headteachers are sent a two-page leaflet on the Heaf Project and what they sign for.")
para(doc, "Each college keeps an SEN library for the Award, with the Code of Practice and its Toolkit, the National Strategies' Inclusion Development Programme materials, a set of standardised tests and assessment materials for shepherds to borrow, and the journals Support for Learning and the British Journal of Special Education. Kirkbeck has an assistive technology room with text-to-speech, Clicker 5, switch access and a laptop for each shepherd at the Gathers.")

para(doc, "FELLNET", bold=True)
para(doc, "Fellnet is the colleges' Moodle site. Each Fell has its own pen holding the readings, the Gather slides and the smit mark tasks, and a forum where shepherds in each dale group help one another between Gathers, share their Heaf tasks and read one another's drafts. Half of Gather 6 is done on Fellnet rather than at Kirkbeck, through a recorded lecture and a timed forum discussion. Lookers do not answer on Fellnet; questions go to the next Gather.")

para(doc, "OTHER FLOCKS ON THE FELL", bold=True)
para(doc, "Our neighbours the Ravenscar Teaching Partnership run their own SENCo award over the watershed. Their shepherds can take an assessment-only route if they have been SENCos for five years, and present a portfolio and sit a viva without attending. Their shepherds also spend a week in a special school or resource base, which the Partnership arranges. These are Ravenscar's arrangements, not the Fellside Award's, and they are printed here so that shepherds know where the boundary wall runs.")

para(doc, "NEXT SEASON", bold=True)
p = para(doc, "At the end of Fell 4 every shepherd has a Next Season tutorial with their Looker. Together they look back at the Closing Count and agree the shepherd's professional targets for the following two years: further credits towards the University's MA, a specialist qualification, a leadership course, or a role leading SEN across the dale cluster. The targets are written into the shepherd's Heaf Book and sent to the headteacher for the shepherd's performance management.")
comment(doc, p, "Could we also send these to the LA? MH", author="M. Harker", initials="MH")
para(doc, "Shepherds who complete the Award are invited back to the following season's Gather 12 to tell the new flock what they have done since.")
para(doc, "Signed for the Co-operative: M. Harker, Clerk to the Guide, 24 October 2008.", italic=True)

doc.save(OUT)
print("wrote", OUT)
