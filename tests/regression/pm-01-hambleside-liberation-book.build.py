"""pm-01-hambleside-liberation-book: build the .docx next to this script.

Provider (invented): the Schools and Youth Education Trust of the Hambleside and Wold Federation of Homing
Pigeon Societies, with the University of Castleburn validating (PGCert SEN Coordination, 60 credits at
Master's level) and North Wold County Council and Hambleside Borough Council, February 2009.

Document kind and layout: the Federation's CONVOY AND LIBERATION BOOK for the 2009-10 season, the book its
race convoyers carry and return to the Race Secretary, turned into the Award's working book and sent as the
application. Heading styles (Heading 1 only). A title block table with merged and shaded cells. A table of
"The Federation's words" (Entrant, Loft, Loft Mentor, Marking Night, Race Ring, Race Point, Convoyer,
Liberation, Homing Task, Training Toss, Race, Clock Sheet, Timed in, Clock Opening, Clock Committee, Race
Committee, Convoy Room, Next Season card) and, after it, the key to the Clock Sheet ("TT" = flown as a
Training Toss only, not marked; a dash = not flown). Twenty "Standing Notes" with bold run-in titles carry
most arrangements. Ten "Liberation Reports", one two-column table per Race Point (taught day) with a merged,
shaded title row, labelled rows (Date, Convoyer, Liberation, Lines flown, Homing Task, Training Toss,
"Pilot remark (2008)"). "The Races" (three marked assignments). The Clock Sheet: the outcomes in the
Federation's own words and codes (B1-B6 Bearing, R1-R9 Knowing the Route, H1-H12 Homing Skills) with
merged, shaded group rows and columns "Liberated at" / "Clocked"; the key is far above it. A Convoy List of
staff. Header and footer with a PAGE field. Real tracked changes (w:ins / w:del, author Dennis Pawson) and
four Word comments.

Traps (requirement ids):
- Assessment-only route ("single-bird entry") only conditional on the University's Board agreeing, for a
  later season; "Until then every entrant flies all ten Race Points" (2.3 not_met).
- CRB: the sentence saying the Race Secretary sees each disclosure is a tracked DELETION; the INSERTED
  sentence says disclosures are "the employing school's business" and the Trust keeps no record; a comment
  says the pilot looked at certificates (comment, not evidence) (5.3 not_met: someone else's job).
- Flexibility: "one entry" is deleted and two entries (September / January) are inserted; weekday and
  Saturday repeats (3.2 met through an insertion).
- E-learning exists (Convoy Room on Moodle) so 3.3 applies: resources and hand-in only, "no discussion
  board this season", questions "on the day"; a comment about the forum licence is not evidence (3.3
  partially_met).
- Equality only in general terms: "equal opportunities charity", ground floor, "should tell the Race
  Secretary"; a comment about a hearing loop in the pilot is not evidence (3.1 partially_met).
- Placements: none ("Entrants do not go on placement"); a day at a special school was a PILOT remark (past
  arrangement); another provider (the Midland Combine) places its entrants (right words, wrong provider);
  specialist speakers are real (5.5 partially_met).
- Loft Mentors only get a letter; Convoyers are trained at the Convoyers' Day (5.7 partially_met).
- Pupil impact kept in entrants' files; following pupils only "We would like, in a later season" (hope);
  participants' confidence and competence measured by re-scoring the Marking Card (5.9 partially_met).
- Pupil voice: "Listening to pupils." as a bare phrase in RP6 and a Training Toss only (1.5 partially_met,
  6.S7 partially_met).
- Blanket claim "The Clock Sheet carries every national outcome" while the sheet has TT lines and a dash,
  and the award rule is passing the three Races (1.9, 6.0 partially_met).
- Training Toss only, flown but not marked: B6 (6.A7), R7 (6.K7; RP10's "principles of school
  self-evaluation"; the entrant's Marking Card self-rating is the wrong kind of self-evaluation),
  H4 (6.S2b), H10 (6.S7). H8 (6.S5) is TT through a tracked change: "Second Race" deleted, "TT" inserted.
- Assessed but not taught: B4 (6.A5), "Liberated at" a dash, clocked through the written standard of every
  Race (6.A5 partially_met).
- Not flown: R4 child development has dashes in both columns (6.K4 not_met). Absent altogether: time
  management and delegation (6.A3 not_met) and encouraging colleagues' formative assessment (6.S2c not_met).
- Met despite the house style: E.1/E.2 (Note 1), 2.1 (APL and APEL, Note 5), 2.2 (Marking Night and Race
  Ring), 2.5 (Next Season card at RP10), 4.1/4.2/4.3 (Notes 17-18), 5.1 (Note 19), 5.2 (Notes 2-3),
  5.4 (Note 11 and Convoy List), 5.6 (Note 14), 5.8 (Note 15).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt, Cm, RGBColor

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _pm_helpers import (shade, set_cell, table, add_ins, add_del, header_footer, para, word_count, comment)

HERE = Path(__file__).parent
NAME = "pm-01-hambleside-liberation-book"
DP, GA = "Dennis Pawson", "Gwen Ashworth"
DATE = "2009-02-11T10:20:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Cambria"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
header_footer(sec, "CONVOY AND LIBERATION BOOK  ·  NATIONAL AWARD FOR SEN COORDINATION  ·  SEASON 2009–10",
              "Hambleside & Wold FHPS Education Trust – Federation copy – return to the Race Secretary after the last liberation.")

# ---------------------------------------------------------------- title block
tb = table(doc, 8, 4, widths=[3.6, 4.6, 3.4, 4.6])
c = tb.cell(0, 0).merge(tb.cell(0, 3))
set_cell(c, "HAMBLESIDE AND WOLD FEDERATION OF HOMING PIGEON SOCIETIES\nSchools and Youth Education Trust (Registered Charity 1071346)",
         bold=True, size=12, fill="1F3864", color="FFFFFF")
c = tb.cell(1, 0).merge(tb.cell(1, 3))
set_cell(c, "CONVOY AND LIBERATION BOOK – SEASON 2009–10", bold=True, size=14, fill="D9E2F3")
set_cell(tb.cell(2, 0), "Race", bold=True, fill="EDEDED")
set_cell(tb.cell(2, 1).merge(tb.cell(2, 3)),
         "The National Award for Special Educational Needs Coordination, flown from the Federation's Education Loft at Wold Edge School, Marrick Lane, Hambleside")
set_cell(tb.cell(3, 0), "Race Controller", bold=True, fill="EDEDED")
set_cell(tb.cell(3, 1), "Mrs Gwen Ashworth")
set_cell(tb.cell(3, 2), "Race Secretary", bold=True, fill="EDEDED")
set_cell(tb.cell(3, 3), "Mr Dennis Pawson")
set_cell(tb.cell(4, 0), "Validating university", bold=True, fill="EDEDED")
set_cell(tb.cell(4, 1).merge(tb.cell(4, 3)), "University of Castleburn, Faculty of Education and Lifelong Learning")
set_cell(tb.cell(5, 0), "Partners", bold=True, fill="EDEDED")
set_cell(tb.cell(5, 1).merge(tb.cell(5, 3)), "North Wold County Council and Hambleside Borough Council (SEN teams)")
set_cell(tb.cell(6, 0), "Book issued to", bold=True, fill="EDEDED")
set_cell(tb.cell(6, 1).merge(tb.cell(6, 3)), "The TDA approval panel for nationally accredited SENCO training, February 2009")
set_cell(tb.cell(7, 0), "Book No.", bold=True, fill="EDEDED")
set_cell(tb.cell(7, 1), "3 of 40")
set_cell(tb.cell(7, 2), "Status", bold=True, fill="EDEDED")
set_cell(tb.cell(7, 3), "Working copy, changes shown")

# ---------------------------------------------------------------- foreword
doc.add_heading("From the Race Controller", level=1)
para(doc, "Every fancier knows that a bird is only as good as the loft it comes home to. The Federation's Schools and Youth "
     "Education Trust has kept teaching lofts in fourteen special and mainstream schools across Hambleside and the Wold since "
     "1998, and for ten years those of our members who are also teachers, educational psychologists and therapists have run "
     "short courses for the staff of those schools. In 2008 we flew a pilot SENCO course with eleven teachers from North Wold "
     "and Hambleside. This Book is how we will fly the National Award from September 2009.")
para(doc, "The Award has one purpose, and it is the Trust's purpose too: that children and young people with special "
     "educational needs and disabilities in our entrants' schools achieve more – in their learning, and in being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Every Race "
     "Point is planned back from that. Every Race asks the entrant to show what changed for pupils, and the marking criteria "
     "for all three Races give a quarter of the marks to the difference the entrant's work made to pupils' learning and "
     "well-being.")
para(doc, "We have kept the Federation's words because our Convoyers and our entrants' schools know them, and because the "
     "pilot entrants asked us to. The table below gives their meanings. The Liberation Reports are written as our Convoyers "
     "will write them on the day; where a report has a 'Pilot remark' it tells what happened in 2008, not what will happen now.")
para(doc, "Gwen Ashworth, Race Controller", italic=True)

# ---------------------------------------------------------------- words
doc.add_heading("The Federation's words", level=1)
words = [
    ("Entrant", "A teacher flying the Award."),
    ("Loft", "The entrant's own school."),
    ("Loft Mentor", "A senior colleague in the entrant's school, usually the deputy head, named by the head on the Entry Form, who sees the Homing Tasks done."),
    ("Marking Night", "The evening in June before the season when each entrant is marked: the entry interview and the needs assessment (Note 4)."),
    ("Race Ring", "The entrant's individual training plan, agreed on Marking Night."),
    ("Race Point", "A taught day. There are ten, named after the Federation's race points on the Wold route."),
    ("Convoyer", "The tutor who leads a Race Point and travels with the entrants through it."),
    ("Liberation", "What the Convoyer teaches on the day."),
    ("Homing Task", "The practical task each entrant carries out in their own Loft between one Race Point and the next."),
    ("Training Toss", "A short practice task. Tosses are talked through with the Convoyer but never marked."),
    ("Race", "A marked assignment. There are three: the First Race, the Second Race and the Combine."),
    ("Clock Sheet", "What an entrant must show to be timed in: the national outcomes in the Federation's words."),
    ("Timed in", "Passed."),
    ("Clock Opening", "The professional conversation that ends the Combine, where the entrant's evidence is opened and checked."),
    ("Clock Committee", "The moderation committee (Note 15)."),
    ("Race Committee", "The committee of stakeholders that steers the Award (Note 17)."),
    ("Convoy Room", "The Award's pages on the University's Moodle (Note 8)."),
    ("Next Season card", "The plan each entrant makes at the last Race Point for what comes after the Award."),
]
wt = table(doc, len(words) + 1, 2, widths=[3.8, 12.4])
set_cell(wt.cell(0, 0), "Our word", bold=True, fill="D9E2F3")
set_cell(wt.cell(0, 1), "On the Award", bold=True, fill="D9E2F3")
for i, (a, b) in enumerate(words, 1):
    set_cell(wt.cell(i, 0), a, bold=True)
    set_cell(wt.cell(i, 1), b)
para(doc, "On the Clock Sheet, 'Liberated at' gives the Race Points where a line is taught and 'Clocked' gives the Race in "
     "which it is marked. TT in the Clocked column means the line is flown as a Training Toss only: the entrant practises it "
     "and the Convoyer talks it through, but it is not marked. A dash means the line is not flown this season.",
     bold_lead="Reading the Clock Sheet. ")

# ---------------------------------------------------------------- standing notes
doc.add_heading("Standing Notes", level=1)
para(doc, "These Notes stand for the whole season. Convoyers read them before their first liberation.", italic=True)


def note(n, title, text):
    return para(doc, text, bold_lead=f"Note {n}. {title}. ")


note(1, "Validation", "The Award is validated by the University of Castleburn. The University's Faculty of Education and "
     "Lifelong Learning approved it at a validation event on 14 January 2009 as the Postgraduate Certificate in Special "
     "Educational Needs Coordination, 60 credits at Master's level. The University's regulations for postgraduate "
     "certificates apply and the University confers the award. Dr Ruth Ambler, Senior Lecturer in Inclusive Education, is "
     "the University's link tutor and flies as a Convoyer at Race Points 5 and 10.")
note(2, "Who may enter", "An entrant must hold QTS, teach in a school in North Wold or Hambleside, and be the school's SENCO "
     "or be named by the head to take up the role within a year. The head signs the Entry Form, which commits the school to "
     "ten days' release for the Race Points, time in school for the Homing Tasks, and a Loft Mentor. The Race Secretary "
     "reads every Entry Form against these conditions and asks the head for anything missing.")
note(3, "Entrants who are not ready", "On Marking Night a Convoyer looks with each entrant at what they already know and can "
     "do. If it is clear that an entrant does not yet have enough experience of teaching pupils with SEN to meet the Clock "
     "Sheet by the end of the season – in the pilot this was one teacher in her first year of teaching – the Race "
     "Controller tells the entrant in writing what to do first (usually a term alongside the school's current SENCO and the "
     "Inclusion Development Programme modules on dyslexia and on speech, language and communication), telephones the head "
     "to agree it, and offers a place in the following season.")
note(4, "Marking Night", "Marking Night is held at the Education Loft in the June before the season. Two weeks before it, "
     "each entrant fills in the Marking Card: every line of the Clock Sheet against a four-point scale (Not yet, Starting, "
     "Sound, Strong) with a box for evidence, and the Loft Mentor adds a comment. On the night a Convoyer goes through the "
     "Card with the entrant line by line and asks for the evidence behind each 'Sound' or 'Strong', because entrants often "
     "rate themselves strong on law and guidance they learned some years ago. Together they set the Race Ring: the six to "
     "eight lines the entrant will work on hardest, a personal target for each, the Homing Tasks adapted to the entrant's "
     "school, and any Race Point where the entrant need fly only the afternoon. The Race Ring is looked at again at Race "
     "Points 4 and 8 and changed if the Convoyer's evidence shows it was wrong.")
note(5, "Prior study and experience", "Prior experience is taken into account in the Race Ring. In addition, an entrant who "
     "has passed Master's-level study in special educational needs in the last five years may claim credit for it through "
     "the University's procedure for the accreditation of prior learning (APL): up to 20 of the 60 credits may be "
     "accredited, in place of the First Race. An entrant whose experience (for example as a specialist teacher with a "
     "learning support service) already covers the First Race may instead make an APEL claim: a portfolio mapped to the "
     "First Race lines, assessed by two Convoyers and confirmed by the Clock Committee.")
note(6, "Single-bird entry", "We have asked the University whether an experienced teacher from an SEN support service could "
     "be timed at the three Races without flying the Race Points. If the University's Board of Studies agrees when it meets "
     "in June 2009, single-bird entry will open for the 2010–11 season. Until then every entrant flies all ten Race Points.")
p7 = note(7, "When and how entrants fly", "Race Points are held on a Wednesday at the Education Loft and repeated on the "
          "following Saturday, so an entrant who cannot be released on the Wednesday can fly on the Saturday. ")
add_del(p7, "There is one entry each season, in September. ", DP, DATE)
add_ins(p7, "There are two entries each season. Old Bird entrants start in September; Young Bird entrants start in January, "
        "fly Race Points 5 to 10 with the Old Birds, and pick up Race Points 1 to 4 the following autumn, taking their Races "
        "in a different order. ", DP, DATE)
p7.add_run("Each Race can be handed in at either of two deadlines.")
p8 = note(8, "The Convoy Room", "The Convoy Room is the Award's area on the University of Castleburn's Moodle. Each Race "
          "Point has its page with the slides, the readings and the Homing Task; the three Race briefs and marking criteria "
          "are there, and entrants hand in their Races through it. ")
r8 = p8.add_run("It has no discussion board this season, so questions go to the Convoyer on the day.")
comment(doc, r8, "The forum won't be switched on until the University sorts out the licence. Leave as it is?",
        DP, "DP", DATE)
p9 = note(9, "Disabled entrants", "The Trust is an equal opportunities charity and welcomes entrants from every background. "
          "The Education Loft is on the ground floor of Wold Edge School, which has a lift to the library. ")
r9 = p9.add_run("Any entrant who needs an adjustment should tell the Race Secretary.")
comment(doc, r9, "In the pilot we booked a hearing loop and a note-taker for Carol. Should we say more about that here?",
        DP, "DP", DATE)
p10 = note(10, "Checks", "")
add_del(p10, "The Race Secretary sees each entrant's enhanced CRB disclosure on Marking Night and writes its number and date "
        "in the Marking Book. ", DP, DATE)
r10 = add_ins(p10, "Enhanced CRB disclosures are the employing school's business: the Trust does not ask to see them and "
              "keeps no record of them.", DP, DATE)
r10b = p10.add_run(" The Race Secretary keeps the Entry Forms for five years.")
comment(doc, r10b, "We did look at the certificates in the pilot. Dennis, are we sure about this?", GA, "GA", DATE)
note(11, "Convoyers", "Every Convoyer has been a SENCO, a specialist teacher, an educational psychologist or a therapist, and "
     "has worked with pupils with SEN in the last three years. The Convoyers for 2009–10 are in the Convoy List at the end of "
     "this Book. Each Convoyer spends at least two days a year on their own SEN updating, and comes to the Convoyers' Day the "
     "Trust holds with the University each September, where the Race briefs, the marking criteria and the year's changes in "
     "law and guidance are gone through.")
note(12, "Loft Mentors", "Each Loft Mentor receives a letter from the Race Secretary in September explaining the Homing Tasks "
     "and asking them to sign each Homing Task sheet.")
note(13, "Visiting specialists", "Specialists fly with us at several Race Points: an educational psychologist, a speech and "
     "language therapist, a CAMHS primary mental health worker, the Parent Partnership Officer and the county's sensory "
     "support team (see the Liberation Reports). Entrants do not go on placement: every Homing Task is done in the entrant's "
     "own Loft. The Midland Combine's SENCO course, we understand, places its entrants in special schools for a week.")
note(14, "The Education Loft", "The Education Loft has a resource room that entrants may use on Race Point days and on "
     "Tuesday evenings in term: assessment materials (the British Picture Vocabulary Scale, the Dyslexia Screening Test, the "
     "Boxall Profile, P scales materials), a lending library of about 600 books on SEN, eight laptops with Clicker 5, Widgit "
     "symbol software and Read&Write, a visualiser and an interactive whiteboard, and switch-access and communication aids "
     "lent by Wold Edge School. Entrants have full University library membership, with off-campus access to the electronic "
     "journals.")
note(15, "Marking and the Clock Committee", "Each Race is marked by the entrant's Convoyer against the published criteria for "
     "that Race. Every Race that fails, and one in three of the others, is second-marked by a Convoyer who did not teach the "
     "entrant. Before each marking round the markers meet for a standardisation morning using marked Races from the pilot. "
     "The Clock Committee – the Race Controller, two Convoyers, the University link tutor and one of North Wold's SEN "
     "advisers – moderates a sample from every marker and every Race, and the University's external examiner for "
     "postgraduate certificates sees the sample and the Clock Committee's minutes before the University's Board of Examiners.")
note(16, "The Award", "An entrant who has been timed in at the First Race, the Second Race and the Combine, and whose "
     "evidence was verified at the Clock Opening, is put to the University's Board of Examiners for the Award. The Clock "
     "Sheet carries every national outcome.")
note(17, "The Race Committee", "The Race Committee steers the Award. Its members are the Race Controller, two headteachers "
     "(one primary, one secondary), the Principal Educational Psychologist for North Wold, the Parent Partnership Officer for "
     "Hambleside, a pilot entrant and the University link tutor. It meets each term. It receives the Race Point returns and "
     "the Clock Committee's report, reads the heads' and Loft Mentors' end-of-season questionnaire, and agrees the changes "
     "for the next season, which are printed at the front of the next season's Book. Heads also sit with the Convoyers at "
     "the Clock Opening, and parents from the Parent Partnership's parents' group speak at Race Point 6.")
note(18, "How the Award was shaped", "In the autumn of 2007 the Trust and the SEN teams of North Wold County Council and "
     "Hambleside Borough Council asked every SENCO and head in the two authorities what a new SENCO most needed, and 64 of "
     "112 schools replied. The needs named most often were provision mapping (41 schools), deploying and managing teaching "
     "assistants (37), working with parents (33) and, in secondary schools, access arrangements for examinations (14 of 19). "
     "North Wold's own figures showed that most complaints reaching its SEN team began with a breakdown between a school "
     "and a family. Race Points 4, 6 and 9 were built on those answers. After the pilot, heads told us that weekday release "
     "was the hardest thing for small primary schools, so the Saturday repeats were added; pilot entrants asked for exam "
     "access arrangements to have a Race Point of their own rather than half a day, so Race Point 9 was made; and the Parent "
     "Partnership Officer proposed that parents themselves speak at Race Point 6.")
note(19, "Evaluating the season", "Every entrant fills in a Race Point return at the end of each Race Point, and the "
     "Convoyers meet for half an hour afterwards to go through them. At Race Point 10 entrants fill in the Marking Card "
     "again, and the Race Secretary sets each entrant's June and July scores side by side to show how far their confidence "
     "and competence moved on each line. A North Wold SEN adviser observes two Race Points a season and reports to the Race "
     "Committee. The University's external examiner reports each year, and the Award goes through the University's annual "
     "monitoring. In July the Race Controller writes the Season Report (returns, Marking Card scores, Race results, the "
     "examiner's report and the heads' questionnaire) with an action plan for the Race Committee, and the changes it agrees "
     "are printed in the next Book under 'What we changed'. The Second Race asks each entrant to show what changed for the "
     "pupils in their intervention; these results stay in the entrant's file. We would like, in a later season, to follow "
     "the pupils in our entrants' Lofts for a year after the Award.")
note(20, "The fee", "The fee is £1,450. It covers Marking Night, ten Race Points, the Convoy Room, University registration and "
     "all marking. Race Points are held in a special school at cost, and the Homing Tasks are part of each entrant's own "
     "school improvement work, so they need no extra release beyond the Race Points. Because the Race Ring lets an entrant "
     "fly only the afternoon of a Race Point they already know well, the time saved goes to their weaker lines.")

# ---------------------------------------------------------------- liberation reports
doc.add_heading("Liberation Reports", level=1)
para(doc, "One report for each Race Point. Lines flown refer to the Clock Sheet.", italic=True)

RPS = [
    ("RACE POINT 1 – HOLLINBY MOOR", [
        ("Date", "Wednesday 16 September 2009 (Saturday repeat 19 September)"),
        ("Convoyer", "Gwen Ashworth, with Alan Threlfall, SEN Team Manager, North Wold County Council"),
        ("Liberation", "The role and the law. The SENCO's role under the SEN Code of Practice (2001) and the Education "
         "(Special Educational Needs Coordinators) (England) Regulations 2008; school action, school action plus and "
         "statements; the Special Educational Needs and Disability Act 2001 and the Disability Discrimination Act 1995 as "
         "amended in 2005, including the Disability Equality Duty, disability equality schemes and accessibility plans; "
         "Every Child Matters and its five outcomes, and where the SENCO stands in the Children's Trust; Removing Barriers "
         "to Achievement (2004) and the Inclusion Development Programme."),
        ("Lines flown", "R1, R2, R3"),
        ("Homing Task", "Read your school's SEN policy, disability equality scheme and accessibility plan against the Code "
         "and the Duty. With your Loft Mentor, list three things the school must change and the first step for each."),
    ]),
    ("RACE POINT 2 – CAWTHORNE GAP", [
        ("Date", "Wednesday 7 October 2009 (Saturday repeat 10 October)"),
        ("Convoyer", "Harriet Oduya and Peter Lund"),
        ("Liberation", "Knowing the birds. The needs an entrant will meet most often: behavioural, emotional and social "
         "difficulties; specific learning difficulties, including dyslexia; speech, language and communication needs; "
         "autistic spectrum disorders; moderate learning difficulties. How each can affect learning in the classroom, with "
         "pupils' work from Wold Edge School. The Bercow Review (2008) on communication needs, and the Inclusion "
         "Development Programme materials."),
        ("Lines flown", "R5"),
        ("Homing Task", "Choose two pupils with different needs. Observe each for a morning, then write a one-page pupil "
         "profile that a supply teacher could use."),
        ("Pilot remark (2008)", "Pilot entrants asked for more on autism, so an afternoon in Wold Edge's autism base was added."),
    ]),
    ("RACE POINT 3 – ASHBY LODGE", [
        ("Date", "Wednesday 4 November 2009 (Saturday repeat 7 November)"),
        ("Convoyer", "Dr Malcolm Fenn"),
        ("Liberation", "Sighting the bird. Identifying pupils who may have SEN or disabilities from classroom observation, "
         "data and assessment; setting challenging targets and planning interventions; reviewing progress through "
         "individual education plans and provision reviews; reading and using the reports of educational psychologists, "
         "speech and language therapists and other professionals to plan teaching. Reading RAISEonline, P scales and the "
         "Progression Guidance 2008 to see whether pupils with SEN are making progress."),
        ("Lines flown", "H2, H3, H4"),
        ("Homing Task", "Take one class list and, with the class teacher, find the pupils whose progress gives cause for "
         "concern. Set targets and plan an intervention for a small group. This becomes your Second Race."),
        ("Training Toss", "Bring your school's data for pupils with SEN in one year group and track their progress across "
         "the year. Talked through at Race Point 4; not marked."),
    ]),
    ("RACE POINT 4 – REDWICK BRIDGE", [
        ("Date", "Wednesday 2 December 2009 (Saturday repeat 5 December)"),
        ("Convoyer", "Sue Clegg and Gwen Ashworth"),
        ("Liberation", "Mapping the loft. Provision mapping: costing the school's provision, seeing which pupils it reaches "
         "and finding what is missing or not working. Deploying and managing teaching assistants and other staff, with the "
         "first findings of the Deployment and Impact of Support Staff research. Reviewing provision with colleagues so that "
         "what is found goes into the school's self-evaluation. Race Rings reviewed."),
        ("Lines flown", "H6, H7, H9"),
        ("Homing Task", "Draw up your school's provision map with your Loft Mentor. This is the start of the First Race."),
    ]),
    ("RACE POINT 5 – TALLOW HILL", [
        ("Date", "Wednesday 13 January 2010 (Saturday repeat 16 January)"),
        ("Convoyer", "Dr Ruth Ambler and Harriet Oduya"),
        ("Liberation", "Feeding and training. A critical look at approaches to assessment, planning, teaching and learning "
         "for pupils with SEN, including ICT: reading and number interventions, structured teaching for pupils with autism, "
         "symbol-supported text and assistive technology. What the evidence says works, and for whom: Brooks (2007) What "
         "works for pupils with literacy difficulties?; Ofsted, Inclusion: does it matter where pupils are taught? (2006) "
         "and Special educational needs and disability: towards inclusive schools (2004). How to find and weigh research, "
         "and how to use the advice of outside specialists to change your own and your colleagues' teaching."),
        ("Lines flown", "R6, R8, B5"),
        ("Homing Task", "Try one approach that is new to your school with a pupil or group for six weeks, and keep a record "
         "of what happened."),
    ]),
    ("RACE POINT 6 – MIREFIELD", [
        ("Date", "Wednesday 10 February 2010 (Saturday repeat 13 February)"),
        ("Convoyer", "Gwen Ashworth, with Janet Morley, Parent Partnership Officer, and two parents from the Parent "
         "Partnership's parents' group"),
        ("Liberation", "The home loft. Working with parents and carers: what parents of children with SEN say helps and what "
         "does not; running a review meeting so that parents are partners in it; keeping fair, "
         "respectful relationships with pupils and families when things go wrong. Listening to pupils."),
        ("Lines flown", "B1, H10, H11"),
        ("Homing Task", "Hold one review meeting with a family using the approach from the day, and write a short "
         "reflection with the parent's comments on it."),
        ("Training Toss", "Talk with two pupils about their targets and how they would like to be helped. Bring your notes "
         "to Race Point 7; not marked."),
    ]),
    ("RACE POINT 7 – KIRKBY STANE", [
        ("Date", "Wednesday 10 March 2010 (Saturday repeat 13 March)"),
        ("Convoyer", "Dr Malcolm Fenn, with Kath Rigg, CAMHS primary mental health worker, and the county sensory support team"),
        ("Liberation", "Other lofts. The services a SENCO works with and what each can do: educational psychology, speech "
         "and language therapy, CAMHS, sensory support, behaviour support, social care, and voluntary organisations such as "
         "the local autism and dyslexia groups and Hambleside Young Carers. The Common Assessment Framework and the team "
         "around the child; getting specialist advice and resources; working with SENCOs in other schools of the cluster."),
        ("Lines flown", "R9, H12, H3"),
        ("Homing Task", "Map the services that work with pupils in your school and plan one joint meeting with two of them."),
        ("Pilot remark (2008)", "In the pilot, entrants spent a day at Ashgill Special School with its outreach team."),
    ]),
    ("RACE POINT 8 – BRAMHOLME", [
        ("Date", "Wednesday 28 April 2010 (Saturday repeat 1 May)"),
        ("Convoyer", "Gwen Ashworth, with Anne Whitely, headteacher of Marrick Lane Primary School, and one of its governors"),
        ("Liberation", "Leading the flock. Gaining the commitment of the head, senior leaders and colleagues to better "
         "outcomes for pupils with SEN; working with senior colleagues and governors on the school's inclusive ethos, "
         "policies, priorities and use of resources; advising colleagues in and beyond the school. "
         "Supporting colleagues' development: observing teaching and giving feedback, modelling, coaching and planning "
         "staff training. Race Rings reviewed."),
        ("Lines flown", "B2, H1, H8"),
        ("Homing Task", "Present your school's SEN priorities to the senior leadership team and ask them for one "
         "commitment for next year."),
        ("Training Toss", "A coaching conversation and an observation with feedback, practised in threes on the day; not "
         "marked."),
    ]),
    ("RACE POINT 9 – SEDGE FELL", [
        ("Date", "Wednesday 26 May 2010 (Saturday repeat 29 May)"),
        ("Convoyer", "Sue Clegg"),
        ("Liberation", "Weathering the race. Special arrangements for national tests and examinations: finding in good time "
         "the pupils who need them, the evidence the Key Stage test arrangements and the Joint Council for Qualifications "
         "require, and putting the arrangements in place in the classroom and in the tests themselves. Anticipating problems "
         "and making sound, well-founded decisions about provision, worked through six cases from Hambleside schools."),
        ("Lines flown", "H5, B3"),
        ("Homing Task", "Check your school's list of pupils with access arrangements for next year against the evidence "
         "held for each."),
    ]),
    ("RACE POINT 10 – CASTLEBURN", [
        ("Date", "Wednesday 30 June 2010, at the University (Saturday repeat 3 July)"),
        ("Convoyer", "Dr Ruth Ambler and Gwen Ashworth"),
        ("Liberation", "The Combine and next season. Reviewing with colleagues how well provision works and putting what is "
         "found into the school's self-evaluation and improvement plan; the principles of school self-evaluation. Keeping up "
         "to date after the Award. The Next Season card: each entrant drafts professional targets for the year after the "
         "Award with a Convoyer and takes the card to their performance management review with their head; the University's "
         "MA in Inclusive Education is explained."),
        ("Lines flown", "H9, R7, B6"),
        ("Training Toss", "Write the SEN paragraph of your school's self-evaluation form. Talked through; not marked."),
    ]),
]
for title, rows in RPS:
    t = table(doc, len(rows) + 1, 2, widths=[3.6, 12.6])
    set_cell(t.cell(0, 0).merge(t.cell(0, 1)), title, bold=True, fill="D9E2F3")
    for i, (a, b) in enumerate(rows, 1):
        set_cell(t.cell(i, 0), a, bold=True, size=9.5, fill="F2F2F2")
        set_cell(t.cell(i, 1), b, size=9.5, italic=a.startswith("Pilot"))
    doc.add_paragraph()

# ---------------------------------------------------------------- the races
doc.add_heading("The Races", level=1)
para(doc, "A provision map of the entrant's school with a report of 4,000 words, written with colleagues, on how well the "
     "provision works, which pupils it misses, how teaching assistants and other staff are deployed and managed, and what "
     "the school should change, with the SEN section the entrant has drafted for the school's improvement plan. Handed in "
     "after Race Point 6. Clocks R6, H6, H7, H9.", bold_lead="First Race – the Loft Survey. ")
para(doc, "A case study of 5,000 words of the intervention for a small group of pupils begun at Race Point 3: how the pupils "
     "were identified, the assessments of other professionals that were used, the targets, the intervention and the "
     "research behind it, how parents were involved, the services drawn in, the review of progress and, for pupils in "
     "Years 6, 9 or 11, the access arrangements they need for tests or examinations. Handed in after Race Point 10. Clocks "
     "B1, B5, R5, R8, R9, H2, H3, H5, H11, H12.", bold_lead="Second Race – the Intervention Flight. ")
para(doc, "The entrant's Homing Task sheets, signed by the Loft Mentor, with a 2,000-word commentary, ending in the Clock "
     "Opening: a forty-minute professional conversation with two Convoyers and a headteacher from the Race Committee. "
     "Clocks B2, B3, R1, R2, R3, H1, H9.", bold_lead="The Combine. ")
para(doc, "Every Race is marked for clear and accurate writing, and the Clock Opening for how the entrant listens and "
     "answers; this is how B4 is clocked.")

# ---------------------------------------------------------------- clock sheet
doc.add_heading("The Clock Sheet", level=1)
GROUPS = [
    ("BEARING – how the entrant carries themselves", [
        ("B1", "Keeps fair, warm and steady dealings with pupils who have SEN or disabilities and with their families.", "6", "Second Race"),
        ("B2", "Brings the head, the senior team and colleagues behind better outcomes for these pupils.", "8", "Combine"),
        ("B3", "Sees trouble coming, settles it, and makes sound, well-grounded decisions about provision.", "9", "Combine"),
        ("B4", "Writes and speaks plainly; listens to others and takes in their views.", "–", "All Races"),
        ("B5", "Uses research and outside advice to improve their own and colleagues' teaching.", "5", "Second Race"),
        ("B6", "Keeps up to date and takes charge of their own learning about SEN and disability.", "10", "TT"),
    ]),
    ("KNOWING THE ROUTE", [
        ("R1", "The SEN Code of Practice and the law and guidance behind it: what they mean for the school, the SENCO and others, and how to carry them out.", "1", "Combine"),
        ("R2", "Every Child Matters: its principles, its five outcomes and what the SENCO can do towards them.", "1", "Combine"),
        ("R3", "Disability equality law and what the school must do under it for disabled pupils.", "1", "Combine"),
        ("R4", "How children develop and what helps or hinders that development.", "–", "–"),
        ("R5", "The commonest needs (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how each affects learning.", "2", "Second Race"),
        ("R6", "Approaches and resources for assessment, planning, teaching and learning, ICT among them, weighed critically.", "5, 4", "First Race"),
        ("R7", "How a school evaluates itself and improves, and where pupils with SEN come in.", "10", "TT"),
        ("R8", "Best practice and what research has found about meeting special educational needs.", "5", "Second Race"),
        ("R9", "The other services: what each does and how to get their help and resources.", "7", "Second Race"),
    ]),
    ("HOMING SKILLS", [
        ("H1", "With senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities and spending.", "8", "Combine"),
        ("H2", "Finds the pupils who may have SEN, sets them challenging targets, plans interventions and reviews progress.", "3", "Second Race"),
        ("H3", "Uses the assessments of other professionals to plan teaching.", "3, 7", "Second Race"),
        ("H4", "Uses test and teacher-assessment results to track pupils' progress and change their programmes.", "3", "TT"),
        ("H5", "Finds in good time the pupils who need special arrangements for tests and examinations, and puts them in place.", "9", "Second Race"),
        ("H6", "Maps the school's provision and finds what is missing or not working.", "4", "First Race"),
        ("H7", "Deploys and manages teaching assistants and other staff well.", "4", "First Race"),
        ("H8", "Helps colleagues grow: observes and gives feedback, models, coaches, arranges training.", "8", None),
        ("H9", "Reviews provision with colleagues and feeds the findings into the school's self-evaluation.", "4, 10", "First Race, Combine"),
        ("H10", "Makes sure pupils with SEN have a say in planning and reviewing what is provided for them.", "6", "TT"),
        ("H11", "Works closely and well with parents and carers.", "6", "Second Race"),
        ("H12", "Works in partnership with other services and voluntary organisations.", "7", "Second Race"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in GROUPS)
cs = table(doc, nrows, 4, widths=[1.4, 10.0, 2.2, 2.6])
for j, h in enumerate(["Line", "The entrant shows that they…", "Liberated at", "Clocked"]):
    set_cell(cs.cell(0, j), h, bold=True, fill="1F3864", color="FFFFFF", size=9.5)
r = 1
for gname, lines in GROUPS:
    set_cell(cs.cell(r, 0).merge(cs.cell(r, 3)), gname, bold=True, fill="D9E2F3", size=9.5)
    r += 1
    for code, text, lib, clk in lines:
        set_cell(cs.cell(r, 0), code, bold=True, size=9.5)
        set_cell(cs.cell(r, 1), text, size=9.5)
        set_cell(cs.cell(r, 2), lib, size=9.5)
        if clk is None:  # H8: Second Race deleted, TT inserted
            cell = cs.cell(r, 3)
            p = cell.paragraphs[0]
            add_del(p, "Second Race", DP, DATE, rpr='<w:sz w:val="19"/>')
            add_ins(p, "TT", DP, DATE, rpr='<w:sz w:val="19"/>')
        else:
            set_cell(cs.cell(r, 3), clk, size=9.5)
        if code == "B6":
            comment(doc, cs.cell(r, 1).paragraphs[0].runs[0],
                    "Could the Next Season card be marked as part of the Combine? GA", GA, "GA", DATE)
        r += 1

# ---------------------------------------------------------------- convoy list
doc.add_heading("Convoy List 2009–10", level=1)
STAFF = [
    ("Mrs Gwen Ashworth", "Race Controller; Convoyer at Race Points 1, 4, 6, 8 and 10",
     "SENCO in two Hambleside primary schools for twelve years; MA in Inclusive Education (University of Castleburn, 2003); Federation member since 1981."),
    ("Mr Dennis Pawson", "Race Secretary", "Retired head of the sixth form at Wold Edge School; Federation secretary."),
    ("Dr Malcolm Fenn", "Convoyer at Race Points 3 and 7",
     "Senior practitioner educational psychologist, North Wold County Council; Chartered Psychologist."),
    ("Ms Harriet Oduya", "Convoyer at Race Points 2 and 5",
     "Specialist teacher, Hambleside Learning Support Service; postgraduate diploma in specific learning difficulties; AMBDA."),
    ("Mr Peter Lund", "Convoyer at Race Point 2", "Speech and language therapist working in North Wold schools."),
    ("Mrs Sue Clegg", "Convoyer at Race Points 4 and 9",
     "SENCO at Castle Hill High School for eight years; qualified assessor for examination access arrangements."),
    ("Dr Ruth Ambler", "University link tutor; Convoyer at Race Points 5 and 10",
     "Senior Lecturer in Inclusive Education, University of Castleburn; formerly advisory teacher for SEN."),
]
sl = table(doc, len(STAFF) + 1, 3, widths=[3.6, 5.0, 7.6])
for j, h in enumerate(["Name", "On the Award", "Background"]):
    set_cell(sl.cell(0, j), h, bold=True, fill="D9E2F3", size=9.5)
for i, row in enumerate(STAFF, 1):
    for j, v in enumerate(row):
        set_cell(sl.cell(i, j), v, size=9.5, bold=(j == 0))

doc.add_paragraph()
para(doc, "Signed for the Trust: ______________________  Race Controller      Date: ____________")

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, word_count(out), "words")
