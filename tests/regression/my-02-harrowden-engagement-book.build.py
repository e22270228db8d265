"""my-02-harrowden-engagement-book: build my-02-harrowden-engagement-book.docx next to this script.

Provider (invented): the Harrowden School of Piping and Drumming, home of the Harrowden Caledonian Pipe Band, in a
steel town with a large Scottish community in the invented county of Nenborough, in partnership with the University of
Castleburn (which validates) and Nenborough County Council's SEN Support Service, applying to run the National Award
for SEN Coordination from September 2008.

Document kind and layout: the course sent as the pipe band's *Engagement Book* for the 2008-09 season, the ledger the
Band Secretary keeps of every booking the band takes, with its printed Terms of Engagement. Each study day is an
"Engagement" (E1-E9) at a host school, booked by a head; the assessed tasks are "Contests" (C1 The Quartet, C2 The
Mini-Band, C3 The Final); participants are "pipers"; the staff are the "Band Roll"; formative feedback is a "Tuning
slip"; the needs assessment is the "Audition"; the assessment-only route is "Solo entry"; stakeholders are
"bookers". No heading styles: titles are bold capitalised Normal paragraphs. A cover block, a short note to the panel,
a Band Roll table with merged shaded band rows, twenty numbered Terms of Engagement in small type with bold run-in
titles, an Engagement Register (merged term rows, shading, a tracked date change in a cell, a "[venue to be
confirmed]" placeholder), Practice Nights, the three Contests, "Bookers' remarks" (a two-column table), the Band
Secretary's notes, and last the Repertoire Card (the outcome map: "No. | Tune | Practised at | Played for the judges",
merged shaded set rows), keyed far above it in Term 14. Header and footer (with a PAGE field), three Word comments,
tracked changes (a deleted sentence, an inserted phrase, a changed cell).

Term 14's key: under "Played for the judges", C1, C2 and C3 are the Contests and a tune is judged only where a Contest
is named; "Tuning slip" means heard by an Instructor on a practice night and written up for the piper's own use, not
judged and carrying no marks. Under "Practised at", "Own practice" means no engagement or practice night teaches it.

Traps (requirement ids):
- E.2: "40 credits at Master's level" (level right, credits not the normal 60) -> partially_met; a comment asking
  whether it can be 60 is not evidence.
- 1.1: the purpose is "to raise the attainment of pupils with SEN ... in reading, writing and mathematics above all"
  (attainment only, no well-being), though ECM is taught as knowledge -> partially_met.
- 2.2: the Audition self-rating only places pipers in a Learner or Senior Section that follow the same programme
  ("the same engagements, the same Contests and the same tunes") -> no individual plan or personalised outcomes,
  partially_met.
- 2.5: "the Band does not plan it" (negation); the next-steps sentence is a tracked deletion -> not_met.
- 3.1: a welcome and moving rooms for a disabled piper, nothing on disclosure or adjustments in assessment ->
  partially_met; a comment about a stairlift is not evidence.
- 3.3: "There is no e-learning" -> not_applicable (e-mail and post only).
- 3.2: September and January starts (the January start is a tracked insertion, which counts), engagements E4-E9 in any
  order, a two-year Half-Band route -> met.
- 5.1: slips, external examiner and a Season Review, but the evidence is only "filed" and "sent to the University";
  nothing on how it improves the programme -> partially_met.
- 5.6: the Band Hall's "music library" and photocopier (wrong thing) and pipers' own schools' resources -> partially_met.
- 5.7: "most have played with the Band for years" - general, no arrangement -> partially_met.
- 5.9: "We have not yet settled how to measure" - only intended -> not_met.
- 6.0: "no tune makes up for another" (no compensation), but only tunes entered for a Contest must be judged; Tuning
  slip tunes and child development are never judged -> partially_met.  1.9 partially_met.
- 6.A2, 6.S6, 6.S7: "Tuning slip" (formative only) -> partially_met.
- 6.A3, 6.S5: "Own practice" under "Practised at", judged in C2/C3 (assessed, not taught) -> partially_met.
- 6.K4: row points to a note saying child development is taught on the University's other programmes, "not part of
  these engagements" (another programme's arrangement) -> not_met.
- 6.S2d: no row; access arrangements appear only in a comment -> not_met.
- 5.3 met in Term 7 (the Band Secretary sees each piper's disclosure or the school's dated confirmation; a new enhanced
  disclosure for anyone not in post for three months). 2.3 met ("Solo entry"). 5.5 met (placement days).
- Header and footer are never evidence.
"""
from pathlib import Path
import sys

from docx import Document
from docx.shared import Pt, Cm

sys.path.insert(0, str(Path(__file__).parent))
from _my_helpers import (para, rich, run, ins, dele, shade, cell_text, table, page_field, comment, set_margins,
                         base_font)

HERE = Path(__file__).parent
NAME = "my-02-harrowden-engagement-book"
JL = "Jean Lowrie"
CW = "Catriona Welsh"
D1 = "2008-05-02T09:20:00Z"
D2 = "2008-05-09T19:05:00Z"

doc = Document()
set_margins(doc, 2.0)
base_font(doc, "Arial", 10)

sec = doc.sections[0]
run(sec.header.paragraphs[0], "HARROWDEN CALEDONIAN PIPE BAND  -  ENGAGEMENT BOOK  -  SEASON 2008-09", size=8,
    color="444444")
fp = sec.footer.paragraphs[0]
run(fp, "Harrowden School of Piping and Drumming, Band Hall, Furnace Road, Harrowden. Band Secretary: Mrs J. Lowrie. "
        "Page ", size=8, color="444444")
page_field(fp)


def title(text, size=12):
    return para(doc, text.upper(), bold=True, size=size, space_after=4)


def term(n, head, body, size=9):
    p = doc.add_paragraph()
    run(p, f"{n}. {head} ", bold=True, size=size)
    r = run(p, body, size=size)
    p.paragraph_format.space_after = Pt(3)
    return p, r


# ---- cover
para(doc, "HARROWDEN CALEDONIAN PIPE BAND", bold=True, size=18, align="center")
para(doc, "ENGAGEMENT BOOK", bold=True, size=22, align="center")
para(doc, "Season 2008-09", size=13, align="center")
para(doc, "The SENCo Award engagements, with the Terms of Engagement, the Engagement Register and the Repertoire Card",
     italic=True, size=10, align="center")
para(doc, "Harrowden School of Piping and Drumming  \u2022  University of Castleburn  \u2022  Nenborough County "
          "Council SEN Support Service", size=9, align="center")

para(doc, "")
title("A note for the panel")
para(doc, "The Band has kept an Engagement Book since 1952. Every booking goes in it: Burns Suppers, Remembrance "
          "parades, weddings, the Highland Games and, since 2003, our Saturday music workshops in the county's "
          "special schools. When the University and the County asked us to host the National Award for SEN "
          "Coordination for Nenborough's teachers, we set the course out the only way our committee understands: as "
          "a season of engagements. This book is the course as we will run it. The teachers who take it are called "
          "pipers throughout, whether or not they have ever held a chanter.")
para(doc, "Catriona Welsh, Award Leader, and Jean Lowrie, Band Secretary", italic=True)

# ---- band roll
title("The Band Roll")
roll = [
    ("OFFICERS", None, None),
    ("Pipe Major and Principal", "Iain Ferrier",
     "Leads the Band and the School of Piping. Grade 1 piper, Piobaireachd Society silver medal. Chairs the Band "
     "Committee; does not teach or judge on the Award."),
    ("Award Leader (\"Drum Major\" for the season)", "Catriona Welsh",
     "SENCo in a Nenborough primary school for nine years; County Inclusion Consultant 2005-07. MEd (Inclusive "
     "Education); Postgraduate Diploma in Specific Learning Difficulties with AMBDA. Teaches E1, E2 and E9."),
    ("Band Secretary", "Jean Lowrie",
     "Keeps this book, takes bookings, makes the Term 7 checks and arranges placements."),
    ("INSTRUCTORS", None, None),
    ("University Instructor", "Dr Paul Whitlock",
     "Senior Lecturer in SEN, University of Castleburn; former educational psychologist; leads the University's "
     "MA in Inclusive Education. Teaches E3 and E4."),
    ("Instructor", "Anjali Mistry",
     "Specialist teacher, County autism outreach team; speech and language background; trainer for the Inclusion "
     "Development Programme. Teaches E5 and E8."),
    ("Instructor", "Gordon Teale",
     "Headteacher, Stannerbank Special School; National Professional Qualification for Headship. Teaches E6 and E7."),
    ("JUDGES", None, None),
    ("Judges' Bench", "The Instructors, with Dr Whitlock as chief judge",
     "First and second marking of every Contest (Term 16)."),
    ("Adjudicator (external examiner)", "Professor Ruth Galloway",
     "Professor of Special Education at another university, appointed by the University of Castleburn."),
]
t = doc.add_table(rows=1 + len(roll), cols=3)
t.style = "Table Grid"
for j, h in enumerate(("Office", "Name", "Who they are")):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="1F3864", color="FFFFFF")
for i, (a, b, c) in enumerate(roll, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, a, bold=True, size=8, fill="D9E2F3")
        continue
    cell_text(t.cell(i, 0), a, size=9)
    cell_text(t.cell(i, 1), b, size=9)
    cell_text(t.cell(i, 2), c, size=9)
for row in t.rows:
    for j, w in enumerate((4.3, 3.6, 9.1)):
        row.cells[j].width = Cm(w)

# ---- terms of engagement
para(doc, "")
title("Terms of Engagement")
para(doc, "These terms apply to every piper who books a place for the season, and to every school that releases one.",
     italic=True, size=9)
p, r = term(1, "The Award.", "The engagements in this book make up the National Award for SEN Coordination, which "
            "the University of Castleburn validates and awards as its Postgraduate Certificate (SEN Coordination). "
            "The Award carries 40 credits at Master's level (level 7).")
comment(doc, r, "Can the University make this 60 credits for the TDA? Ask Paul. - CW", CW, "CW")
term(2, "What the engagements are for.", "The Band takes these engagements for one reason: to raise the attainment "
     "of pupils with SEN in the schools of Nenborough, in reading, writing and mathematics above all. Every "
     "engagement is built round that.")
term(3, "Who may book a place.", "A piper must hold Qualified Teacher Status, teach in a school in Nenborough or a "
     "neighbouring authority, and be the school's SENCo or be named by the head to become SENCo within the year. The "
     "head signs the booking form, agreeing to release the piper for the engagements and placement days. Every "
     "booking is followed by the Audition (Term 4) and a reference from the head on the piper's SEN work. Where the "
     "Audition shows a piper is not yet ready to reach the tunes on the Repertoire Card by the end of the season, "
     "the Award Leader writes to the piper and the head with what to do first (a term shadowing an experienced "
     "SENCo, or the County's \"Introduction to SEN\" twilight course) and the place is held for the next season.")
term(4, "The Audition.", "Every piper plays an Audition in July: a self-rating against every tune on the Repertoire "
     "Card, then a half-hour conversation with an Instructor. The Audition places the piper in the Learner Section "
     "or the Senior Section for practice nights. Both Sections take the same engagements, the same Contests and the "
     "same tunes.")
term(5, "Credit brought in.", "A piper may bring up to 20 credits of earlier Master's-level study in SEN towards the "
     "Award (accreditation of prior learning). A piper with long SEN experience may instead claim up to 20 credits "
     "for it by a Record of Service: a portfolio of evidence set against the tunes of the Repertoire Card, assessed "
     "by the University's accreditation panel with an Instructor (accreditation of prior experiential learning). "
     "The panel tells the piper which Contest tunes are then already played.")
term(6, "Solo entry.", "A piper who can already play the whole Card - for example an experienced teacher from the "
     "County's learning support service - may enter the three Contests without taking the engagements. A Solo entrant "
     "is accepted only after the Audition and a meeting with the Award Leader, pays \u00a3450, and is judged on every "
     "tune, to the same standard, by the same Bench.")
term(7, "Checks on pipers.", "Before E1 the Band Secretary sees each piper's enhanced CRB disclosure, or a letter "
     "from the employing school giving its date and number, and records both in the Register of Pipers. A piper who "
     "has not worked in a post with regular contact with children in the last three months applies for a new "
     "enhanced disclosure through the University before the season starts. The head's reference (Term 3) must also "
     "confirm that the piper has no outstanding disciplinary matter and has never been barred from work with "
     "children.")
p, r = term(8, "Seasons and starts.", "There are two starts: the Autumn Season from September")
ins(p, " and the Spring Season from January, which takes E5 to E9 first and E1 to E4 after Easter", JL, D1, size=9)
run(p, ". Once E1 to E3 are played, E4 to E9 may be taken in any order, with either season. A piper who cannot "
       "manage a full season may take the Half-Band route: E1 to E4 and C1 in the first year, the rest in the "
       "second. Practice nights run on Thursdays and, for pipers who cannot get away on a weekday, on the second "
       "Saturday morning of each month.", size=9)
p, r = term(9, "Getting in and taking part.", "The Band welcomes everyone, whatever their background. The Band "
            "Hall is on the first floor, up two flights of stairs; when a disabled piper books, the Band Secretary "
            "will move practice nights to a ground-floor room at a host school.")
comment(doc, r, "Is there any chance of the stairlift grant this year? - JL", JL, "JL")
term(10, "No e-learning.", "Everything in this book is played in person. There is no e-learning and no website for "
     "the Award; the Band Secretary sends papers by post or e-mail.")
term(11, "Fees.", "The fee is \u00a31,400 for the season, payable by the school in three termly parts; the County pays "
     "\u00a3500 of it for every newly appointed SENCo in its schools. The fee is lower than other courses because the "
     "host schools lend their halls, the Band lends its Hall, and two of the Instructors are released by the County. "
     "After E3 each piper has a half-hour progress talk with their Instructor, who agrees with the piper which "
     "pupils, which school project and which reading the Contests will be built on, so that the season fits the "
     "piper's school and the stage the piper has reached.")
term(12, "Host schools, specialists and placements.", "Engagements are held at host schools across the county, "
     "among them a special school, an autism base and a children's centre, and pipers meet the staff who work there. "
     "Between E3 and E6 every piper spends two placement days, arranged by the Band Secretary, at Stannerbank "
     "Special School or the County's autism outreach base, shadowing a host teacher and keeping a placement log. "
     "Engagements bring in an educational psychologist, a speech and language therapist, the sensory support team, "
     "the Parent Partnership Service and two voluntary organisations (Term 15 and the Register).")
term(13, "Practice nights.", "Between engagements the Band Hall is open on Thursdays from 5 to 7 pm for practice "
     "nights, in Sections. Pipers bring the work they are doing in school, talk it through with an Instructor and "
     "with each other, and may be heard for a Tuning slip (Term 14).")
term(14, "Reading the Repertoire Card.", "The Repertoire Card at the back of this book lists every tune a piper must "
     "be able to play: one line for each thing a SENCo must be able to do or know. Under \"Practised at\", E1 to E9 "
     "are the engagements where a tune is taught; \"Own practice\" means no engagement or practice night teaches it "
     "and the piper learns it alone. Under \"Played for the judges\", C1, C2 and C3 are the Contests, and a tune is "
     "judged only where a Contest is named. \"Tuning slip\" means the tune is heard by an Instructor on a practice "
     "night and written up on a slip for the piper's own use: it is not judged and carries no marks.")
term(15, "The Contests.", "Each piper plays three Contests, all in and about their own school. They are described "
     "after the Register.")
term(16, "The Judges' Bench.", "Every Contest is marked by the Instructor who knows the piper and second-marked by "
     "another member of the Bench; the two agree a mark or go to the chief judge. The County's Head of SEN Support "
     "sits with the Bench as second judge for C2. Before marking each Contest the Bench meets to mark three pieces "
     "together. The Adjudicator sees a sample of every Contest, every fail and the viva recordings, and reports to "
     "the University's examination board, whose rules apply.")
term(17, "The Award.", "The Award is given only to a piper who has passed all three Contests. A Contest is passed only "
     "when every tune entered for it on the Repertoire Card has been judged \"Played\"; no tune makes up for "
     "another.")
p, r = term(18, "After the Final.", "The Band's part ends with the Final. What a piper goes on to do after the Award "
            "is a matter for the piper and their headteacher, and the Band does not plan it. ")
dele(p, "At the Final each piper leaves with a written next-steps plan, agreed with their Instructor, to take to "
        "their head.", CW, D2, size=9)
term(19, "Cancellations.", "A piper who misses an engagement through illness is sent the papers and plays it with "
     "the following season. Contest dates may be moved once, by letter to the Award Leader.")
term(20, "Complaints and appeals.", "Complaints go to the Band Secretary, then the Band Committee. Appeals about "
     "Contest marks follow the University's academic appeals procedure.")

# ---- engagement register
para(doc, "")
title("Engagement Register")
para(doc, "Each engagement is a Saturday, 9.30 am to 3.30 pm, booked by the head of the host school. Dress: "
          "practice dress (no kilts).", size=9, italic=True)
reg_head = ["No.", "Date", "Venue and booker", "Programme"]
register = [
    ("AUTUMN TERM 2008", None),
    ("E1", "13 Sept", "Band Hall, Harrowden (the Band)",
     "Tuning up. What a SENCo is for. The five Every Child Matters outcomes - being healthy, staying safe, enjoying "
     "and achieving, making a positive contribution, achieving economic well-being - and the SENCo's part in "
     "helping pupils reach them. The Contests explained."),
    ("E2", "11 Oct", "Nenborough Teachers' Centre (County SEN Support Service)",
     "The law. The Education Act 1996 and the SEN Code of Practice (2001); the SEN and Disability Act 2001; the "
     "Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty; Removing Barriers to "
     "Achievement (2004); what each requires of the school and the SENCo and how to carry it out."),
    ("E3", "8 Nov", "Stannerbank Special School (Mr G. Teale)",
     "The players. Behavioural, emotional and social difficulties, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autism and moderate learning difficulties, and how each "
     "affects learning. Finding pupils who may have SEN; setting targets; planning interventions; reviewing "
     "progress. Using the reports of psychologists and therapists. Guest: a speech and language therapist."),
    ("E4", "6 Dec", "Queensway Primary School (Mrs A. Oduya)",
     "Scores and sets. Assessment, planning and teaching approaches and resources, including ICT, weighed "
     "critically. Using national test results, P scales and other summative data to track progress and change "
     "programmes. Provision mapping. What the evidence says: Ofsted's Special educational needs and disability: "
     "towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Bercow "
     "Review of services for children with speech, language and communication needs (2008), and the Inclusion "
     "Development Programme (2008)."),
    ("SPRING TERM 2009", None),
    ("E5", "17 Jan", "Kettlebrook High School (Mr D. Frain)",
     "Hearing the pupils. Consulting children and young people about what affects them; involving pupils in "
     "planning and reviewing their provision; pupil-led reviews; building fair and respectful relationships with "
     "pupils. Pipers practise the methods with Kettlebrook's school council."),
    ("E6", "14 Feb", "Ironstone Junior School (Mrs P. Hallam)",
     "The band room. Advising, supporting and working with colleagues in school and beyond it; deploying and "
     "managing teaching assistants; helping teachers develop formative assessment for pupils with SEN; working "
     "with the head, senior team and governors on an inclusive ethos, policies and the use of resources."),
    ("E7", None, "Furnace Road Children's Centre (Centre Manager)",
     "Family. Working in partnership with parents and carers: advising and supporting them, meetings that work, "
     "liaising over learning at home. Speakers: the County's Parent Partnership Officer and two parents."),
    ("SUMMER TERM 2009", None),
    ("E8", "25 Apr", "Ironstone Junior School (Mrs P. Hallam)",
     "Massed bands. The scope and role of external agencies and voluntary organisations; getting specialist support "
     "and resources; working in partnership across services. Speakers from the educational psychology service, the "
     "sensory support team, Nenborough Autism Support and the Dyslexia Association's local branch."),
    ("E9", "16 May", "[venue to be confirmed]",
     "The run-through. The principles of school self-evaluation and improvement and where SEN outcomes sit in them; "
     "reviewing provision with staff to inform the school's self-evaluation; research and best practice in meeting "
     "SEN; keeping up to date and taking charge of your own professional development. Preparing for the Final."),
]
t = doc.add_table(rows=1 + len(register), cols=4)
t.style = "Table Grid"
for j, h in enumerate(reg_head):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="1F3864", color="FFFFFF")
for i, row in enumerate(register, start=1):
    if row[1] is None and len(row) == 2:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, row[0], bold=True, size=8, fill="D9E2F3")
        continue
    no, date, venue, prog = row
    cell_text(t.cell(i, 0), no, bold=True, size=9)
    if date is None:  # E7: the date changed with tracking on
        c = t.cell(i, 1)
        c.text = ""
        dele(c.paragraphs[0], "14 Mar", JL, D1, size=9)
        ins(c.paragraphs[0], "21 Mar", JL, D1, size=9)
    else:
        cell_text(t.cell(i, 1), date, size=9)
    cell_text(t.cell(i, 2), venue, size=9)
    cell_text(t.cell(i, 3), prog, size=9)
for row in t.rows:
    for j, w in enumerate((1.2, 1.8, 4.3, 9.7)):
        row.cells[j].width = Cm(w)

# ---- contests
para(doc, "")
title("The Contests")
para(doc, "All three Contests are played in the piper's own school and about its pupils. Each is marked pass or fail "
          "tune by tune against the Repertoire Card, with a mark out of 100 for the record.", size=10)
contests = [
    ("C1 The Quartet (December).", "A case study of one pupil, in 3,000 words with evidence: how the pupil's needs "
     "were found, which professionals' assessments were used and how, the targets set, the intervention planned and "
     "the approaches and resources (ICT among them) chosen and why, and how progress was reviewed at the end of the "
     "term and talked through with the family, all in the light of the five Every Child Matters outcomes. The piper "
     "explains the judgements made along the way and what problems "
     "were foreseen."),
    ("C2 The Mini-Band (March).", "A school project the piper leads for a term: a provision map for a year group, "
     "how the tracking of test results and other summative data changed the programmes some pupils follow, how "
     "teaching assistants were deployed and managed, work with teachers on formative assessment, work with the "
     "senior team and governors on the school's SEN policy, and the links made with outside agencies and voluntary "
     "groups. It is written up in 2,500 words with the piper's action plan, showing priorities, dates and who was "
     "given which task and how it was checked."),
    ("C3 The Final (June).", "A portfolio of three short pieces (the law and the school; disability equality; how the "
     "piper used research and outside advice to improve their own and colleagues' teaching, including the coaching, "
     "observation and training they gave colleagues), the piper's own professional development log for the season, "
     "and a thirty-minute viva, \"Questions from the Bench\", on the pieces, research and best practice, and the "
     "principles of school self-evaluation."),
]
for head, body in contests:
    rich(doc, [(head + " ", "b"), (body, "")], size=10)

para(doc, "")
title("Practice nights and Tuning slips")
para(doc, "Practice nights are where the season's tunes are rehearsed between engagements. An Instructor hears each "
          "piper at least three times a term and writes a Tuning slip: what was in tune, what was not, and what to "
          "work on next. Pipers keep their slips. Tuning slips are feedback only; they do not go to the Bench.",
     size=10)

# ---- bookers' remarks
para(doc, "")
title("Bookers' remarks")
para(doc, "In March 2008 the Band Secretary sent a short questionnaire, through the County's SEN Support Service, to "
          "the head and SENCo of every one of Nenborough's 96 schools, asking what a new SENCo most needs; 51 came "
          "back. The County's Head of SEN Support and the chair of the Nenborough Parent Partnership Forum also met "
          "the Award Leader twice. What they told us, and what we did about it:", size=10)
remarks = [
    ["What the bookers said", "What the Band did"],
    ["New SENCos cannot be out of school on weekdays, and supply cover is scarce.",
     "All engagements are on Saturdays; practice nights run on Thursday evenings and one Saturday a month."],
    ["Deploying teaching assistants well is the thing new SENCos find hardest.",
     "Half of E6 is given to deploying and managing teaching assistants, and C2 asks for it."],
    ["Parents want SENCos who listen and keep them informed (Parent Partnership Forum).",
     "E7 is held at the Children's Centre with parents as speakers, and C1 includes reviewing progress with the "
     "family."],
    ["Schools want to see provision mapping done, not just described.",
     "E4 teaches provision mapping and C2 requires a real map for a year group."],
    ["The cost must be spread.", "The fee is paid in three termly parts; the County meets \u00a3500 of it."],
]
table(doc, remarks, widths=[8.0, 9.0], header_fill="D9E2F3", size=9)
para(doc, "")
para(doc, "Bookers stay with the season. Heads host the engagements; County officers, the Parent Partnership Officer "
          "and parents speak at them; the County's Head of SEN Support judges C2 with the Bench; and at the Season "
          "Review in June two heads, the County's Head of SEN Support and a parent from the Parent Partnership "
          "Forum read the engagement slips and the Adjudicator's report and give their view of the season.",
     size=10)

# ---- secretary's notes
para(doc, "")
title("Band Secretary's notes")
para(doc, "Keeping the standard. After every engagement each piper fills in a slip on what went well and what did "
          "not. The Adjudicator reports once a year. The slips and reports are filed by the Band Secretary and sent "
          "to the University in July with the marks.", size=10)
para(doc, "Instructors. Our Instructors know their parts: most have played with the Band for years, and the Award "
          "Leader speaks to each before the season starts.", size=10)
para(doc, "Resources. The Band Hall has the Band's music library of over 2,000 settings, a photocopier and a kitchen. "
          "Pipers use the resources of their own schools and may join the University library.", size=10)
para(doc, "Measuring the difference. We have not yet settled how to measure what difference the engagements make to "
          "pipers' confidence or to their pupils' attainment; we intend to look at this at the Season Review in "
          "June 2009.", size=10)

# ---- repertoire card
para(doc, "")
title("The Repertoire Card", size=13)
para(doc, "Read with Term 14.", italic=True, size=9)
card = [
    ("SET 1 - QUICKSTEPS: HOW A SENCO WORKS WITH PEOPLE", None),
    ("1", "Builds fair, respectful, supportive relationships with pupils with SEN or disabilities and with their "
          "parents and carers", "E5, E7", "C1"),
    ("2", "Gains the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
     "E6", "Tuning slip"),
    ("3", "Prioritises, manages time and delegates tasks, making sure they are done", "Own practice", "C2"),
    ("4", "Foresees and resolves problems, makes well-founded decisions and sound judgements about provision",
     "E3, E4", "C1"),
    ("5", "Speaks and writes clearly; listens to and understands other people's views", "E5, E6", "C3"),
    ("6", "Draws on research and outside advice to improve own and colleagues' practice", "E4, E9", "C3"),
    ("7", "Keeps up to date and takes charge of own CPD on SEN and disability", "E9", "C3"),
    ("SET 2 - SLOW AIRS: WHAT A SENCO KNOWS", None),
    ("8", "The law and guidance on SEN, the SEN Code of Practice, what they mean for the school and the SENCo, and "
          "how to carry them out", "E2", "C3"),
    ("9", "The principles and outcomes of Every Child Matters and the SENCo's part in them", "E1", "C1"),
    ("10", "The law on disability equality and what it requires of the school", "E2", "C3"),
    ("11", "How children develop: see the note below the Card", "\u2013", "\u2013"),
    ("12", "The commonest types of SEN and disability and how they affect learning", "E3", "C1"),
    ("13", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching, used to "
           "remove barriers", "E4", "C1"),
    ("14", "The principles of school self-evaluation and improvement, and SEN outcomes within them", "E9", "C3"),
    ("15", "Best practice and research on meeting SEN", "E4, E9", "C3"),
    ("16", "What external agencies do and how to get specialist support and resources", "E8", "C2"),
    ("SET 3 - MARCH, STRATHSPEY AND REEL: WHAT A SENCO DOES", None),
    ("17", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of "
           "resources", "E6", "C2"),
    ("18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "E3", "C1"),
    ("19", "Uses the assessments of other professionals to develop teaching", "E3", "C1"),
    ("20", "Uses summative assessments, including national tests, to track progress and change programmes", "E4",
     "C2"),
    ("21", "Encourages teachers to develop formative assessment, with approaches for pupils with SEN", "E6", "C2"),
    ("22", "Uses provision mapping to plan provision and find what is missing or not working", "E4", "C2"),
    ("23", "Deploys and manages staff to support pupils with SEN", "E6", "C2"),
    ("24", "Supports colleagues' development by observation and feedback, modelling, coaching and training",
     "Own practice", "C3"),
    ("25", "Reviews with staff how well provision works, to inform the school's self-evaluation", "E9",
     "Tuning slip"),
    ("26", "Involves pupils in planning, agreeing and reviewing their provision", "E5", "Tuning slip"),
    ("27", "Liaises with parents and carers to promote pupils' learning", "E7", "C1"),
    ("28", "Works in partnership with other services and agencies, including voluntary organisations", "E8", "C2"),
]
t = doc.add_table(rows=1 + len(card), cols=4)
t.style = "Table Grid"
for j, h in enumerate(("No.", "Tune (what the piper can do or knows)", "Practised at", "Played for the judges")):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="1F3864", color="FFFFFF")
for i, r in enumerate(card, start=1):
    if r[1] is None:
        m = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(m, r[0], bold=True, size=8, fill="D9E2F3")
        continue
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9)
for row in t.rows:
    for j, w in enumerate((1.0, 10.5, 2.6, 2.9)):
        row.cells[j].width = Cm(w)
row20 = [k for k, r in enumerate(card, start=1) if r[0] == "20"][0]
comment(doc, t.cell(row20, 1).paragraphs[0].runs[0],
        "Access arrangements for SATs and GCSEs should have a line of their own here, with E4 and C2. - JL", JL, "JL")
para(doc, "")
para(doc, "Note to line 11. How children develop is taught on the University of Castleburn's module \"Learning and "
          "Development\" in its PGCE and MA programmes; it is not part of these engagements.", size=9)
para(doc, "Entered in the Engagement Book by J. Lowrie, Band Secretary, May 2008.", italic=True, size=9)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
