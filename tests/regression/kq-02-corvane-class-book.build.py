"""kq-02-corvane-class-book: build script.

Provider (invented): Corvane National Ballet, Learning Department (a national
ballet company), with the University of Wexmoor validating. Application for
approval to run the 2008-09 National Award for SEN Coordination, April 2009.

Document kind and layout: the course written as the Ballet Mistress's Class Book,
the notebook a ballet mistress keeps for a season's company class: the class
"as set", exercise by exercise, barre then centre then reverence. Heading styles
(Heading 1 for Barre / Centre / Reverence, Heading 2 for each exercise). Exercises
are hand-numbered 1.1 to 1.8 (barre) and 2.1 to 2.6 (centre), numbers that
collide with requirement ids but say nothing about them. Each exercise opens with
a small card table (merged, shaded title row; Music | Counts | Set in). Each has
"What happens." and "Corrections." paragraphs; every correction (an outcome in the
company's words) ends with an inline tag in square brackets: [Full out: Variation
n], [Marked], [Guest class]. The tags are defined only in a bulleted list of
"Class terms" at the start. Dancers = participants, Ballet Mistress = tutor,
Repetiteur = school mentor, Class = study day, Combination = school-based task,
Variation = marked assignment, Placement Class = the starting session. Word
comments, a footnote, tracked changes (credit value), a placeholder, page header
and footer.

Traps (requirement ids):
- Ballet vocabulary turned round: "Marked" in a studio means walked through, not
  danced; the Class terms define [Marked] as corrected in class but never graded
  (6.A3, 6.K2, 6.S2b, 6.S2c partially_met: developed, not assessed).
- [Guest class] = Ashbury Dance Centre's SENCO course, not this Award (6.S2d
  not_met).
- Child development appears nowhere: exercise 1.5 covers kinds of need only
  (6.K4 not_met).
- Pupil involvement in planning and review appears only in the Variation 2 brief,
  no exercise teaches it (6.S7 partially_met: assessed, not taught); otherwise
  pupils' views only in a general reminder (1.5 partially_met).
- Credit: "60 credits" deleted and "30 credits" inserted by a tracked change
  (E.2 partially_met: Master's level but 30 credits).
- The aim is attainment in reading, writing and mathematics; ECM only [Marked]
  (1.1 partially_met).
- Award rule: attended twelve of fourteen Classes and "submitted" all three
  Variations; passing is not required (6.0 not_met; 1.9 partially_met).
- Assessment-only route: "There is no audition-only route"; Ashbury Dance
  Centre's course has one (another provider's) (2.3 not_met).
- Placement Class sorts Dancers into two groups; no individual plan or personal
  outcomes (2.2 partially_met).
- Equal opportunities in general terms and a ground-floor studio; no
  disclosure or adjustments (3.1 partially_met).
- Stakeholder needs only asserted from "twenty years" of work (4.1
  partially_met); but named changes from heads' and the local authority's
  comments (4.2 met) and an Artistic Committee with a parent (4.3 met).
- Entry: QTS and a head's signature only (5.2 partially_met).
- CRB checks on Dancers are done properly (5.3 met); a comment asking to delete
  the paragraph is not a deletion.
- Resources: "[list to be confirmed by the University library]" placeholder only;
  exercise 1.7 uses the schools' own tools, not the provider's (5.6 not_met).
- Second marking, but the external examiner "will be appointed in due course"
  and no moderation (5.8 partially_met).
- A footnote gives the placement school's name (5.5 met in the body anyway).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kq_helpers import (Footnotes, add_del, add_ins, header_footer, new_doc, para,  # noqa: E402
                         set_cell, shade, table)
from docx.shared import Pt  # noqa: E402

OUT = Path(__file__).with_name("kq-02-corvane-class-book.docx")
d = new_doc("Gill Sans MT", 10.5)
fn = Footnotes(d)
header_footer(d, "Corvane National Ballet  ·  Learning Department  ·  Class Book 2009-10: The SENCO Class",
              "Ballet Mistress's copy. Page numbers follow the studio book.")

d.add_heading("The SENCO Class", 0)
para(d, "Ballet Mistress's Class Book, season 2009-10", italic=True, size=12)
p = para(d, "Corvane National Ballet, Learning Department, with the University of Wexmoor. The University validates "
            "the SENCO Class as its Postgraduate Certificate in SEN Coordination at Master's level, carrying ")
add_del(p, "60 credits", author="Anna Lisowska", date="2009-04-14T09:02:00Z")
add_ins(p, "30 credits", author="Anna Lisowska", date="2009-04-14T09:02:00Z")
p.add_run(".")
para(d, "Ballet Mistress: Anna Lisowska. Second Ballet Mistress: Joseph Marr. University tutor: Dr Carys Penhale.")

d.add_heading("Before class", 1)
para(d, "Every ballet company begins its day with class. It is the same shape everywhere: the barre, where the body "
        "is warmed and the basic movements are set one by one; the centre, where they are put together and moved "
        "across the floor; and the reverence, the bow at the end. Our Learning Department has used the shape of "
        "class to teach in schools for twenty years, and we have written the SENCO Class in it. This book is the one "
        "the Ballet Mistress keeps in the studio. It gives each exercise as it is set for the season: the music, the "
        "counts, what happens, and the corrections she looks for.")
para(d, "The SENCO Class has one aim: that pupils with special educational needs in our Dancers' schools make faster "
        "progress in reading, writing and mathematics. Every exercise is chosen because it helps a Dancer bring that "
        "about, and the final Combination is judged on it.")
para(d, "Twenty years of work in schools tells us what new SENCOs need, and the Class is built on that knowledge.")
para(d, "Two headteachers from our partner schools read an early draft of this book in January 2009. They told us the "
        "Combinations were too long for a SENCO who also teaches a class, and each Combination was cut from a "
        "half-term to three weeks. The local authority's SEN team asked for more on working with outside agencies, "
        "and exercise 2.1 was added in February as a result.")

d.add_heading("Class terms", 2)
terms = [
    "Dancer: a participant, a teacher who is or will be a school's SENCO.",
    "Ballet Mistress: a course tutor. There are two, who set and correct every exercise and grade the Variations.",
    "Répétiteur: a school-based mentor, an experienced SENCO from another school, who coaches one or two Dancers "
    "in their own schools.",
    "Class: a study day at the Corvane studios, Saturday 9.30 to 3.30. There are fourteen Classes in the season.",
    "Combination: a task the Dancer carries out in school between Classes.",
    "Variation: a marked assignment. There are three.",
    "Performance: the Dancer's presentation of Variation 3 at the last Class.",
    "At the end of each correction below is a tag in square brackets. Full out means the correction is danced in "
    "the Variation named, and graded there by the Ballet Mistress against the Variation's criteria.",
    "Marked means what it means in the studio: the exercise is walked through in class and the Ballet Mistress "
    "corrects it, but it is never danced full out and nothing is graded.",
    "Guest class means the correction is taught and judged in a guest class at Ashbury Dance Centre, whose SENCO "
    "course Dancers may visit; it is not part of our Class or our Award.",
]
for tm in terms:
    d.add_paragraph(tm, style="List Bullet")


def card(num, name, music, counts, set_in):
    d.add_heading(f"{num}  {name}", 2)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 2))
    set_cell(top, f"Exercise {num}: {name}", bold=True, size=9)
    shade(top, "E6DCEB")
    set_cell(t.cell(1, 0), "Music: " + music, size=9)
    set_cell(t.cell(1, 1), "Counts: " + counts, size=9)
    set_cell(t.cell(1, 2), "Set in: " + set_in, size=9)


def happens(text):
    para(d, text, bold_lead="What happens.")


def corrections(items):
    p = para(d, "", bold_lead="Corrections.")
    for it in items:
        d.add_paragraph(it, style="List Bullet 2")


d.add_heading("Placement Class", 1)
para(d, "The season opens with the Placement Class in September. Each Dancer sits a short written quiz on SEN law and "
        "practice and talks for ten minutes with a Ballet Mistress. The results are used to place each Dancer in the "
        "First Company group or the Second Company group for the barre; the Second Company group has an extra hour on "
        "exercises 1.1 and 1.5 at Classes 2 and 5. Throughout the Class, Dancers are reminded that pupils' views "
        "matter.")
p = para(d, "To join the Class an applicant must hold Qualified Teacher Status, and the application must be signed by "
            "the headteacher.", bold_lead="Joining.")
p = para(d, "Before a place is confirmed, the Learning Department sees each Dancer's enhanced CRB disclosure and "
            "records its number and date. A Dancer who has not worked in a school in a post with regular contact "
            "with children in the last three months applies for a new enhanced disclosure through the Company "
            "before the first Class. We also check the DCSF's List 99 and ask the headteacher to confirm that "
            "there are no concerns about the Dancer's conduct and no outstanding disciplinary matters.",
         bold_lead="Checks.")
d.add_comment(p.runs[-1], text="Schools do this already; can we take this paragraph out? J.M.", author="Joseph Marr",
              initials="JM")
para(d, "A Dancer who has passed postgraduate study in SEN at Master's level may ask, through the University's "
        "Recognition of Prior Learning procedure, for up to 10 of the Class's credits to be awarded for it. A "
        "Dancer with long experience but no certificate may instead submit a portfolio of work mapped to the "
        "corrections in this book; the Ballet Mistress assesses it and the University's RPL panel decides the "
        "credit.", bold_lead="Earlier study.")
para(d, "Corvane National Ballet is an equal opportunities employer and welcomes Dancers of every background. The "
        "studios are on the ground floor.", bold_lead="Access.")
para(d, "There is no audition-only route into the Award: every Dancer takes class. Ashbury Dance Centre's SENCO "
        "course has an audition-only route for experienced teachers, and Dancers who want one should apply there.",
     bold_lead="Auditions.")

# ---------------------------------------------------------------- barre
d.add_heading("Barre", 1)
card("1.1", "Pliés", "Schubert, Moment musical no. 3", "4 x 8, slow", "Classes 1 and 2")
happens("The slowest, most basic exercise, and the one everything rests on. The Dancers work through the law on "
        "special educational needs and disability: the Education Act 1996, the SEN Code of Practice 2001 and its "
        "Toolkit, the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as "
        "amended in 2005, the disability equality duty and the school's accessibility plan. They read their own "
        "school's SEN policy and disability equality scheme against the law. The Children Act 2004 and Every Child "
        "Matters are introduced at the end of Class 2, with the five outcomes and what a SENCO does towards each.")
corrections([
    "Knows the law and guidance on SEN, the Code of Practice above all, what they mean for the school and the "
    "SENCO, and how to put them into practice. [Full out: Variation 1]",
    "Knows the law on disability equality and what it requires the school to do for disabled pupils, and how. "
    "[Full out: Variation 1]",
    "Knows the principles and five outcomes of Every Child Matters and how the SENCO can help pupils achieve them. "
    "[Marked]",
])
card("1.2", "Tendus", "Chopin, Waltz in A minor", "2 x 8, then reverse", "Class 3")
happens("Stretching out towards others. Relationships with pupils and with their parents and carers: a parent from the "
        "Company's family group and a family support worker lead the morning. The Dancers practise a first meeting "
        "with a parent, a difficult telephone call and a meeting after a review, and plan how their school could "
        "make parents partners in their child's learning.")
corrections([
    "Builds fair, respectful, supportive relationships with pupils with SEN and disabilities and their families. "
    "[Full out: Variation 2]",
    "Liaises well with parents and carers to support their child's learning and development. [Full out: Variation 2]",
])
card("1.3", "Glissés", "Delibes, Coppélia (pizzicato)", "quick, 2 x 8", "Class 3 (afternoon)")
happens("Speed and clarity. Writing and speaking for different audiences: a report to governors, a note home, a "
        "contribution to a meeting; listening to others' views and summing them up fairly. In the last hour, the "
        "SENCO's week: priorities, time and what to pass on to others.")
corrections([
    "Speaks and writes clearly, and listens to and understands others' views. [Full out: Variation 1 and the "
    "Performance]",
    "Prioritises, manages time and delegates, checking that delegated work is done. [Marked]",
])
card("1.4", "Ronds de jambe", "Gounod, Faust (ballet music)", "4 x 8, en dehors and en dedans", "Class 4")
happens("Circling out and back. The Dancers read research and inspection evidence and bring it back to their schools: "
        "Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of services for "
        "children with speech, language and communication needs (2008), the National Strategies' Inclusion "
        "Development Programme (2008) and the Lamb Inquiry's work on parental confidence, now under way. They "
        "learn to search the journals and to judge a study. Each Dancer begins a professional development log kept "
        "to the end of the season.")
corrections([
    "Uses research evidence and outside advice to improve their own and colleagues' practice. [Full out: Variation 1]",
    "Knows best practice and the findings of research on meeting special needs. [Full out: Variation 1]",
    "Keeps up to date and takes responsibility for their own CPD in SEN and disability. [Full out: Variation 1]",
])
card("1.5", "Fondus", "Tchaikovsky, Album for the Young", "2 x 8, melting", "Classes 5 and 6")
happens("Each kind of need in turn, with a specialist for each: behavioural, emotional and social difficulties (the "
        "behaviour support team); dyslexia and other specific learning difficulties; speech, language and "
        "communication needs (a speech and language therapist); autism (the autism outreach teacher); and moderate "
        "learning difficulties. For each, what it looks like in a classroom and how it affects learning.")
corrections([
    "Knows the commonest kinds of SEN and disability and how they affect learning. [Full out: Variation 2]",
])
card("1.6", "Frappés", "Minkus, Paquita", "sharp, 4 x 8", "Class 6 (afternoon)")
happens("Striking the target. Finding pupils who may have SEN through observation, data and assessment; setting "
        "targets that stretch; planning interventions that remove barriers; reviewing and deciding what to change. "
        "Case problems are worked in pairs: the Dancers decide what they would do and defend the decision.")
corrections([
    "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress. "
    "[Full out: Variation 2]",
    "Anticipates and resolves problems and makes sound decisions about provision. [Full out: Variation 2]",
])
card("1.7", "Adage at the barre", "Massenet, Méditation", "slow, 4 x 8", "Class 7")
happens("Control and choice. Approaches, strategies and resources for assessment, planning and teaching, including "
        "ICT: the Dancers bring the programs, schemes and tools their own schools use and judge each approach "
        "critically against the needs of pupils they know, and against what research says of it.")
corrections([
    "Has a critical understanding of approaches, strategies and resources, ICT included, and uses them to remove "
    "barriers and personalise provision. [Full out: Variation 2]",
])
card("1.8", "Grands battements", "Prokofiev, Romeo and Juliet (Montagues and Capulets)", "big, 2 x 8", "Class 8")
happens("The big kicks: data. Reports from educational psychologists, therapists and advisory teachers, and how to "
        "turn them into teaching; national test results and teacher assessment; formative assessment in other "
        "teachers' lessons; access arrangements for tests and examinations.")
corrections([
    "Uses assessments from a range of professionals to develop teaching approaches. [Full out: Variation 2]",
    "Uses summative assessment, national tests included, to track progress and change programmes. [Marked]",
    "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN. [Marked]",
    "Identifies access arrangements for national tests and examinations in good time and puts them in place. "
    "[Guest class]",
])

# ---------------------------------------------------------------- centre
d.add_heading("Centre", 1)
card("2.1", "Centre practice", "Adam, Giselle (peasant pas de deux)", "4 x 8", "Class 9")
p = para(d, "Away from the barre. Health, social care, educational psychology and the voluntary sector, each "
            "presented by its own staff; how to get specialist support and resources. Class 9 is also the "
            "Exchange: each Dancer spends the following week on placement in one of the Company's two partner "
            "special schools, shadowing its SENCO and outreach team.", bold_lead="What happens.")
fn.ref(p, "Placements are at Brook Meadow School and at the Larchfield Centre; both have agreed to take Dancers in 2009-10.")
corrections([
    "Knows the scope and role of external agencies and how to obtain specialist support and resources. "
    "[Full out: Variation 2]",
    "Works in partnership with other services and agencies, voluntary organisations included. [Full out: Variation 2]",
])
card("2.2", "Adage", "Tchaikovsky, Swan Lake, Act II adagio", "slow, 8 x 8", "Class 10")
happens("Sustained balance: provision mapping and managing provision, finding gaps and what does not work; the "
        "principles of school self-evaluation; reviewing provision with colleagues so that it feeds the school's "
        "self-evaluation form and improvement plan.")
corrections([
    "Uses provision mapping and management to plan provision and find what is ineffective or missing. "
    "[Full out: Variation 3]",
    "Knows the principles of school self-evaluation and improvement and how they bear on SEN outcomes. "
    "[Full out: Variation 3]",
    "Reviews the effectiveness of provision with other staff to inform self-evaluation and planning. "
    "[Full out: Variation 3]",
])
card("2.3", "Pirouettes", "Drigo, Le Corsaire", "2 x 8, turning", "Class 11")
happens("Turning the school. Working with the headteacher, senior leaders and governors on the school's inclusive "
        "ethos, its policies and priorities and its budget for SEN; gaining colleagues' commitment. A governor and "
        "a headteacher join the afternoon.")
corrections([
    "With senior colleagues and governors, influences the strategic development of an inclusive ethos, policies, "
    "priorities and use of resources. [Full out: Variation 3]",
    "Gains the commitment of colleagues, the headteacher and senior leaders. [Full out: Variation 3]",
])
card("2.4", "Petit allegro", "Offenbach, Gaîté parisienne", "quick, 4 x 8", "Class 12")
happens("Small quick steps: deploying and managing teaching assistants and other adults well.")
corrections(["Deploys and manages staff effectively. [Full out: Variation 3]"])
card("2.5", "Batterie", "Strauss, Perpetuum mobile", "2 x 8, beaten", "Class 12 (afternoon)")
happens("Beats: supporting colleagues. Observing lessons and giving feedback, modelling, coaching and mentoring, "
        "and planning and leading a staff training session, with other teachers inside and beyond the school.")
corrections(["Supports colleagues' professional development by observation and feedback, modelling, coaching, "
             "mentoring and training. [Full out: Variation 3]"])
card("2.6", "Grand allegro", "Minkus, Don Quixote (coda)", "big, across the floor", "Class 13")
happens("Everything put together. Each Dancer has by now planned, with the Répétiteur and the headteacher, a change "
        "in provision for a group of pupils in their school (the final Combination), taken baseline measures of "
        "the pupils' attainment in reading, writing or mathematics, and run it for twelve weeks. At Class 13 the "
        "Dancers compare early results and rehearse the Performance.")

# ---------------------------------------------------------------- reverence
d.add_heading("Reverence", 1)
para(d, "Class 14. The Dancers give their Performances to the Ballet Mistresses, their Répétiteurs and their "
        "headteachers. Afterwards each Dancer works with the Répétiteur through the Company's Next Season sheet, "
        "writing three professional targets for the coming year with the steps towards each, to take to the "
        "headteacher at the autumn performance management meeting. The University's MA tutors are there to talk "
        "about further study.")

d.add_heading("Combinations", 2)
para(d, "Between Classes each Dancer carries out three Combinations in school, chosen from a menu of eight with the "
        "Répétiteur to fit the school's development plan and the Dancer's placement group. Each lasts three weeks; "
        "the third is the change project of exercise 2.6. The Répétiteur visits twice during each Combination.")

d.add_heading("Variations", 2)
table(d, [
    ("Variation", "Brief", "Due"),
    ("Variation 1", "An essay of 4,000 words on the SENCO's role in the law and in disability equality, with a "
                    "critical review of research on one area of practice and a plan for the Dancer's own "
                    "development in SEN and disability.", "January"),
    ("Variation 2", "A case study of one pupil (4,000 words): needs, professionals' assessments, relationships "
                    "with the pupil and family, targets, interventions and review, and work with other agencies. "
                    "It must show how the pupil took part in planning, agreeing and reviewing their provision.",
     "March"),
    ("Variation 3", "The final Combination written up (4,000 words) with the pupils' baseline and end measures, "
                    "the provision map, the work with leaders, governors, staff and colleagues, and the Performance.",
     "June"),
], size=9)
para(d, "Each Variation is graded distinction, pass or refer by one Ballet Mistress against criteria printed with "
        "the brief, and second-marked by the other Ballet Mistress. The University's external examiner will be "
        "appointed in due course.")
para(d, "The Award is made by the University on the Ballet Mistress's recommendation. She recommends every Dancer "
        "who has attended twelve of the fourteen Classes and submitted all three Variations.",
     bold_lead="The Award.")

# ---------------------------------------------------------------- company
d.add_heading("The company", 1)
table(d, [
    ("Name", "Role", "Experience and qualifications"),
    ("Anna Lisowska", "Ballet Mistress", "SENCO in a primary school for eight years; MA Special Educational Needs (Wexmoor); Head of Learning at Corvane since 2005."),
    ("Joseph Marr", "Second Ballet Mistress", "Specialist teacher for specific learning difficulties (AMBDA); former local authority SEN adviser; MEd Inclusive Education."),
    ("Dr Carys Penhale", "University tutor", "Senior lecturer in SEN, University of Wexmoor; PhD on pupil participation; research on SENCO leadership."),
    ("Répétiteurs (9)", "School mentors", "Serving SENCOs with at least five years in the role, appointed by the Ballet Mistress after interview."),
], size=9)
para(d, "Both Ballet Mistresses attend the University's SEN research group and one national conference each year, "
        "and Joseph Marr still teaches two days a week in a partner school.")
para(d, "Répétiteurs attend two training days before the season, on coaching, on the Combinations and on what the "
        "Variation criteria ask for, and receive the Répétiteurs' Handbook, which sets out their role, what they "
        "must do at each visit and when to contact the Ballet Mistress. The Ballet Mistresses meet before each "
        "round of grading to mark two Variations together and agree the standard.")
para(d, "Resources: [list to be confirmed by the University library]")
para(d, "Studio Online, the Class's area on the University's Moodle site, carries a forum for each Class where "
        "Dancers post their Combination plans and comment on each other's. The Ballet Mistresses reply to posts "
        "within two working days and hold an online surgery on the Wednesday evening before each Class. Between "
        "Classes the Répétiteur's visits and Studio Online keep Dancers in touch, and schools receive each Class's "
        "summary and the Combination brief by email, so that headteachers can see what their Dancer is doing.")

d.add_heading("Flexibility", 2)
para(d, "The Class starts twice a year, in September and in January. The January company takes the same exercises in "
        "a different order, centre before barre, and either company may take any Class with the other if a date "
        "is missed. Dancers who cannot come on Saturdays may take Classes 3 to 8 as a distance-study pack with "
        "Studio Online and two extra Répétiteur visits, and a Dancer may spread the Class over two years.")

d.add_heading("Notes after class", 1)
para(d, "Dancers complete an evaluation at the end of every Class, and Répétiteurs send a short report after each "
        "Combination. The Artistic Committee (the Ballet Mistresses, the University tutor, two Répétiteurs, the "
        "local authority's SEN adviser and a parent from Open Barre, the Company's parents' group) meets each term "
        "to read the evaluations, the reports and the grades and to decide what to change in the next Classes. "
        "At Class 12 members of Open Barre watch the Dancers' work and give their own feedback, which goes to the "
        "Committee. Each year the University's annual programme review reports on the Class and the Committee "
        "answers it in writing.")
para(d, "Each Dancer completes a confidence questionnaire against every correction in this book at the Placement "
        "Class and again at Class 14. Each final Combination is measured against the pupils' own baseline: the "
        "Dancer reports the pupils' progress in reading, writing or mathematics after twelve weeks, and the "
        "Committee collects the results across the company each year to see what difference the Class makes to "
        "pupils.")
para(d, "Fees: £1,200 per Dancer, including the Placement Class, the placement week and registration. The "
        "distance-study route costs the same.")
para(d, "Anna Lisowska, Head of Learning, Corvane National Ballet. April 2009.", italic=True)

fn.finish()
d.save(OUT)
print("wrote", OUT)
