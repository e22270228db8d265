"""nm-01-hollowcombe-cant-book: writes nm-01-hollowcombe-cant-book.docx next to itself.

PROVIDER (invented). The Hollowcombe Underwood Trust, a woodland crafts and coppicing trust in the Weald (coppice
workers, charcoal burners, green woodworkers), which has run "Woodland Days" for pupils with SEN for years and now
runs the National Award for SEN Coordination as "the Underwood Course", validated by the (invented) University of
Wealdbridge as a 60-credit Master's-level Postgraduate Certificate. Season 2008-09.

DOCUMENT KIND AND LAYOUT. The course written up as the Trust's CANT BOOK: the bound book in which a coppice wood's
season is kept, cant by cant, with the produce cut and how it was tallied. No heading styles: "Leaf" titles are a
custom bold small-caps paragraph style with typed leaf numbers ("LEAF 4 - THE CANTS"). A cover block table, a
"Measures and terms" table (merged shaded title row) that keys the book's own words far above where they are used:
Cants (study days), Cutters (participants), Hurdlers (tutors), the Woodreeve (programme leader), Stoolkeepers
(school mentors), Ride Days and Ride Tasks (school-based work), Tallies T1-T3 (the three marked pieces), and the
values "Stacked" (practised and looked over, never marked: formative only) and "Left standing" (not cut this season:
not covered). The minimum outcomes are never listed in one place: they are "Produce" lines scattered over eight
Cant sheets (each a two-column table with a merged shaded title row), in the Trust's own words, each with a Tally
cell. One outcome is assessed in T1 but cut in no Cant; one is not in the book at all. A text box holds the
Stoolkeeper's Card. Header and footer (the footer carries a CRB claim). Three footnotes. Word comments. Tracked
changes: a deleted sentence, a change inside a Tally cell, an inserted paragraph.

TRAPS (requirement ids):
- Footer says "All cutters hold an enhanced CRB disclosure"; the body says the Trust does not check and leaves it
  to schools (someone else's responsibility, negation): 5.3 not_met.
- Assessment-only route: the 2007-08 pilot's arrangement (past), explicitly not in the Underwood Course (negation),
  and a sentence offering it from September 2009 is a tracked deletion: 2.3 not_met.
- Young Woodlanders' Moot: the Trust consulting its own pupils (wrong context); the book says plainly no session on
  talking with pupils is run: 1.5 not_met. T1 still asks for pupils' part in planning (assessed, never cut): 6.S7
  partially_met.
- Disability equality law "Left standing" (covered by the county at heads' briefings, someone else's): 6.K3 not_met,
  and so 1.4 partially_met (SEN law and policy yes, disability law no).
- Access arrangements for national tests appear only in a Word comment: 6.S2d not_met.
- "Stacked" lines (formative only): 6.A3, 6.A7, 6.K9; 6.S2c's Tally cell is a tracked change from T2 (deleted) to
  Stacked (inserted): all partially_met. These unassessed lines make 1.9 and 6.0 partially_met (the award needs
  the three Tallies, which do not tally every outcome).
- Prior study credited, experience explicitly not: 2.1 partially_met.
- Access: the nomination slip asks about needs, the shed's steps only "we will do our best" (hope): 3.1
  partially_met.
- The Woodshed forum: peers between Cants, tutors only "look in when they can": 3.3 partially_met.
- Stakeholders in evaluation only wished for; guest speakers and heads at T3 are other aspects: 4.3 partially_met.
- Specialists come to Cants but "There is no placement": 5.5 partially_met.
- Confidence measured before and after; pupils' achievement only hoped for: 5.9 partially_met.
- Moderation by the University exists only in an inserted paragraph (counts): 5.8 met.
- A text box carries the Stoolkeeper's Card and the mentors' briefing: 5.7 met.
- A comment from the Trust's chair on pupil-level data does not count (5.9 stays partially_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
import _nm_helpers as H
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
WOODREEVE = "Ruth Alder"
H.AUTHOR_DATE.update(author=WOODREEVE, date="2008-11-24T16:10:00Z")

doc = H.new_document(font="Georgia", size=10.5)
H.add_para_style(doc, "Leaf Title", size=12, bold=True, smallcaps=True, space_before=14, space_after=6,
                 keep_next=True, colour="3B4A2A")
H.add_para_style(doc, "Cant Note", size=9.5, italic=True, space_after=4)
H.add_para_style(doc, "Cant Book Title", size=22, bold=True, align="center", space_after=2, colour="3B4A2A")
fn = H.Footnotes(doc)

H.header_footer(doc, "Hollowcombe Underwood Trust  \u00b7  The Cant Book  \u00b7  Season 2008-09",
                "Registered charity no. 1102436  \u00b7  All cutters hold an enhanced CRB disclosure  \u00b7  Leaf ")


def leaf(title):
    return H.para(doc, title, style="Leaf Title")


def p(*parts, style=None):
    q = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    H.runs(q, *parts)
    return q


def dash_list(items):
    for it in items:
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Pt(18)
        q.paragraph_format.first_line_indent = Pt(-10)
        q.paragraph_format.space_after = Pt(2)
        H.runs(q, "\u2013 " + it)


# ------------------------------------------------------------------ cover
H.para(doc, "THE CANT BOOK", style="Cant Book Title")
H.para(doc, "Hollowcombe Copse  \u00b7  Season 2008-09", align="center", italic=True, size=12)
H.para(doc, "The Underwood Course: the National Award for SEN Coordination", align="center", size=11)
t = H.table(doc, [
    ["Wood", "Hollowcombe Copse, Ashurst Lane, near Wealdbridge: 38 acres of hazel and sweet chestnut coppice "
             "under oak standards, cut on a nine-year rotation"],
    ["Kept by", "Dr Ruth Alder, Woodreeve (leader of the Underwood Course)"],
    ["Validated by", "The University of Wealdbridge, School of Education"],
    ["Sent to", "The Training and Development Agency for Schools, for approval to run the National Award for "
                "SEN Coordination from September 2009"],
    ["Book opened", "October 2008 (the second season; the first, 2007-08, was our unaccredited pilot)"],
], widths_cm=[3.2, 13.3], bold_first_row=False)
for row in t.rows:
    H.shade(row.cells[0], "E2E6D8")
    row.cells[0].paragraphs[0].runs[0].bold = True

leaf("A word before the book")
p("Every coppice wood worth the name has a Cant Book. It is kept in the hut by the woodyard gate and it records, "
  "cant by cant, who cut, what was cut, what came out of it and how the produce was counted and sold. When we "
  "were asked to set out our SENCO course for the panel, the Trust's education committee asked that we do it in the "
  "same book, because that is how our people think about a season's work. We have kept the book's words and "
  "explained them on Leaf 2. Where the book says what a cutter does, it means what a teacher on the course does.")
p("The Hollowcombe Underwood Trust has worked Hollowcombe Copse since 1991. Our coppice workers, charcoal burners and "
  "green woodworkers sell hurdles, bean poles, charcoal and chairs, and for eleven years the Trust has run Woodland "
  "Days for pupils from local schools, most of whom have special educational needs. That work is where the "
  "Underwood Course comes from: the SENCOs who brought their pupils to the wood asked us for it.")
q = p("Ruth Alder, Woodreeve", style="Cant Note")

# ------------------------------------------------------------------ leaf 1
leaf("LEAF 1 \u2013 THE WOOD AND WHO WORKS IT")
p("The Underwood Course is the Trust's course for teachers new to the SENCO role. It is validated by the University of "
  "Wealdbridge's School of Education as its Postgraduate Certificate in Special Educational Needs Coordination, "
  "and carries 60 credits at Master's level.")
fn.ref(doc.paragraphs[-1], "The University's Academic Board approved the validation on 2 July 2008 for five years; "
       "the Certificate sits within its Master's framework and its credit counts towards the MA in Education.")
p("The course has one aim, which the Trust's education committee wrote in plain words and which heads the first page "
  "of every cutter's Cutting Plan: ", ("pupils with special educational needs and disabilities in our cutters' schools "
  "do better \u2013 in their learning, and in being healthy, staying safe, enjoying school, making a contribution "
  "and looking ahead to their working lives \u2013 because their SENCO knows more and does more.", "i"),
  " Each Cant keeps that aim in view, and each Tally asks the cutter to show what changed for pupils, not only in "
  "their test results but in their well-being, using the five Every Child Matters outcomes as the frame.")
p("The course is taught by four Hurdlers, led by the Woodreeve. All four are qualified teachers and between them "
  "they have worked in mainstream primary and secondary schools, a special school for pupils with behavioural, "
  "emotional and social difficulties, and the county's SEN services.")
t = H.table(doc, [
    ["Hurdler", "What they bring", "Keeping their edge"],
    ["Dr Ruth Alder (Woodreeve)", "SENCO in two comprehensive schools for nine years; county SEN adviser 2001-06; "
     "EdD (Inclusive Education), University of Wealdbridge, 2005", "Sits on the county's SEN moderation panel; "
     "reviews statements of SEN each term"],
    ["Tom Birkett", "Educational psychologist, half-time with the county's Educational Psychology Service; "
     "former primary teacher", "Current casework in twelve schools; BPS CPD log"],
    ["Jenny Marlow", "Advanced Skills Teacher for SEN; SENCO at Coombe Down Primary School; NASENCO tutor in "
     "another county 2006-07", "Still in post as a SENCO; leads the county's primary SENCO network"],
    ["Alan Fernside", "Coppice worker and qualified teacher; runs the Trust's Woodland Days for pupils with BESD; "
     "MA in Special and Inclusive Education, 2006", "Works with pupils with SEN every week; attends the county's "
     "SENCO conference each year"],
], widths_cm=[3.6, 7.6, 5.3], header_fill="E2E6D8", size=9)
p("Every Hurdler spends at least five days a year in schools' SEN work outside the course, and the Hurdlers meet "
  "for an hour before each Cant to go over what is to be cut and who is doing what.")

# ------------------------------------------------------------------ leaf 2
leaf("LEAF 2 \u2013 MEASURES AND TERMS USED IN THIS BOOK")
p("The words below are used all through the book, often many leaves after this one. Where a Produce line on a "
  "Cant sheet says \u201cStacked\u201d or \u201cLeft standing\u201d, read it as this table says.")
rows = [
    ["Term", "What it means in the Cant Book"],
    [None, None],
    ["Cant", "One study day at the woodyard (the cutting shed and the barn), 9.30 to 4.00. There are eight Cants in "
             "the season, from October to June."],
    ["Cutter", "A teacher on the Underwood Course."],
    ["Hurdler", "A tutor on the course (see Leaf 1)."],
    ["Woodreeve", "The leader of the course, who keeps this book."],
    ["Stoolkeeper", "A senior colleague in the cutter's own school who acts as the cutter's mentor for the season."],
    ["Ride Days / Ride Tasks", "The time between Cants, when the cutter works in his or her own school (the "
     "\u201cride\u201d) on set Ride Tasks drawn from the Cant just cut."],
    ["Produce", "What a cutter takes away from a Cant: the things he or she must know, understand or be able to do. "
                "Each Cant sheet on Leaf 4 lists its Produce."],
    ["Tally", "One of the three marked pieces of work, T1, T2 and T3, described on Leaf 5. A Produce line with "
              "T1, T2 or T3 against it is marked in that Tally."],
    ["Stacked", "Produce that is cut in the Cant and stacked by the ride: the cutter practises it in the Cant and on "
                "Ride Days and a Hurdler looks it over and says what he or she thinks, but it goes into no Tally "
                "and carries no mark."],
    ["Left standing", "Produce we do not cut this season: it is not taught or assessed on the Underwood Course."],
]
t = H.table(doc, rows, widths_cm=[3.6, 12.9], header_fill="E2E6D8", size=9)
H.merge_row(t, 1, "The book's own words", fill="C9D1B6", size=9)
p("The Trust's other words keep their everyday meaning: a cant is still a cant when we are in the wood.",
  style="Cant Note")

# ------------------------------------------------------------------ leaf 3
leaf("LEAF 3 \u2013 BEFORE THE FIRST CUT")
p(("Who may cut. ", "b"), "A cutter must hold Qualified Teacher Status and be the SENCO of his or her school, or be "
  "named by the head to take up the role within the year. Every cutter comes to us on a nomination slip signed by "
  "the head, which names the Stoolkeeper and commits the school to the Ride Days. The slip also asks: ",
  ("Does the cutter need anything from us to take a full part?", "i"))
p(("Checks. ", "b"), "The Woodreeve reads every slip and telephones any head whose nominee is not yet in a SENCO "
  "role. The Trust does not itself check CRB disclosures: the enhanced disclosure of every cutter is the "
  "employing school's business, and heads are not asked to confirm it.")
p(("Getting to the cutting shed. ", "b"), "The woodyard lies at the bottom of a track from the lane, and the cutting "
  "shed has three steps and no ramp. We will do our best to find a way round this for any cutter who needs it.")
p(("The Stool Count. ", "b"), "Before Cant 1 every cutter fills in the Stool Count, a self-assessment against every "
  "Produce line in this book, with a note of the evidence for each rating. The Woodreeve goes through it with "
  "the cutter and the Stoolkeeper at a one-to-one meeting in the cutter's school, and together they write the "
  "cutter's Cutting Plan: which Produce lines need most work, which Ride Tasks the cutter will take on, and a "
  "personal set of targets for the season drawn from the Produce lines. The Cutting Plan is looked at again "
  "after Cant 4.")
p("If the Stool Count shows that a cutter is not yet ready \u2013 most often a teacher with no experience of "
  "coordinating provision at all \u2013 the Woodreeve talks with the cutter and the head about what to do first, "
  "usually a term shadowing the current SENCO, and the place is held for the next season.")
p(("Prior cutting. ", "b"), "A cutter who already holds Master's-level credit in special educational needs from "
  "Wealdbridge or another university may bring up to 20 credits with him or her under the University's rules for "
  "the accreditation of prior learning, and is then excused one of T1 or T2. Experience on its own, however long, "
  "is not credited.")
q = p(("Straight to the Tally. ", "b"), "In our 2007-08 pilot two advisory teachers with long experience went "
      "straight to the Tallies without cutting. That was the pilot's arrangement. The Underwood Course has no such "
      "route: every cutter works through the Cants. ")
H.del_run(q, "From September 2009 an experienced applicant may ask the Woodreeve to go straight to the Tallies, "
             "and will pay the Tally fee only.")
p(("What it costs. ", "b"), "The season costs \u00a31,380 for each cutter, of which the county pays \u00a3900 from "
  "its Standards Fund for teachers in its schools. The fee covers the eight Cants, the Woodshed, the Stool Count "
  "visit and the three Tallies. Because the Cutting Plan sends each cutter's Ride Days to the Produce lines he or "
  "she most needs, and a Hurdler's time goes where the Stool Count shows it is wanted, nobody pays for a day of "
  "what they already know: a cutter whose Stool Count shows strength in a Cant's Produce may swap the afternoon of "
  "that Cant for a one-to-one with a Hurdler on a weaker line.")

# ------------------------------------------------------------------ leaf 4
leaf("LEAF 4 \u2013 THE CANTS")
p("The season has eight Cants. Each is cut twice: on a Saturday (the Saturday line) and again over two Wednesday "
  "twilights in the fortnight after (the Wednesday line). A cutter may change line from one Cant to the next. A "
  "cutter who joins in February starts at Cant 5 with that season and cuts Cants 1 to 4 in the autumn with the "
  "next, so the course can be started at two points in the year and its first half taken in a different order.")
q = p(("The Woodshed. ", "b"), "Between Cants the cutters meet in the Woodshed, the Trust's online forum. Cutters "
      "post their Ride Task notes there and comment on each other's, and each Cant's papers and slides are left "
      "there. The Hurdlers look in when they can; there is no set time for a reply.")
fn.ref(q, "The Woodshed runs on Moodle pages hosted for the Trust by the county's schools ICT service.")
p(("Ride Days. ", "b"), "Every Cant ends with its Ride Tasks: practical work in the cutter's own school, tied to "
  "that Cant's Produce, done with the Stoolkeeper's help and brought back to the next Cant. The Ride Tasks for "
  "Cant 2, for example, ask the cutter to observe two pupils the school is worried about and to go through the "
  "school's data on them with the class teacher; the Ride Tasks for Cant 4 ask for a first provision map of one "
  "year group. Cutters are expected to give the Ride Days about a day a fortnight.")
p("Each Cant sheet below gives the date, the Hurdlers, what we cut, and the Produce with its Tally.")


def cant(title, hurdlers, what, produce, note=None):
    t = doc.add_table(rows=4 + len(produce), cols=2)
    t.style = doc.styles["Table Grid"]
    H.merge_row(t, 0, title, fill="C9D1B6", size=9.5)
    for i, (label, body) in enumerate((("Hurdlers: ", [hurdlers]), ("What we cut: ", what))):
        a = t.cell(1 + i, 0).merge(t.cell(1 + i, 1))
        H.set_cell(a, "", size=9)
        for j, chunk in enumerate(body):
            para_ = a.paragraphs[0] if j == 0 else a.add_paragraph()
            rr = H.runs(para_, *([(label, "b"), chunk] if j == 0 else [chunk]))
            for r in rr:
                r.font.size = Pt(9)
        if i == 1:
            H.shade(a, "F7F8F2")
    H.set_cell(t.cell(3, 0), "Produce", bold=True, size=9, fill="E2E6D8")
    H.set_cell(t.cell(3, 1), "Tally", bold=True, size=9, fill="E2E6D8")
    cells = []
    for i, (prod, tally) in enumerate(produce):
        H.set_cell(t.cell(4 + i, 0), prod, size=9)
        if tally is not None:
            H.set_cell(t.cell(4 + i, 1), tally, size=9, bold=True)
        cells.append(t.cell(4 + i, 1))
    for row in t.rows:
        row.cells[0].width = H.Cm(13.2)
        row.cells[1].width = H.Cm(3.3)
    if note:
        H.para(doc, note, style="Cant Note")
    return t, cells


# Cant 1
cant("CANT 1 \u2013 OPENING THE WOOD  \u00b7  Saturday 11 October 2008 (Wednesday line 15 and 22 October)",
     "Ruth Alder, Jenny Marlow",
     ["The SEN framework as it stands: the Education Act 1996 as amended by the SEN and Disability Act 2001, the "
      "SEN Code of Practice (2001) and what it asks of the head, the governors, the SENCO and class teachers; "
      "Removing Barriers to Achievement (2004) and what it means for a school's SEN policy; Every Child Matters and "
      "the Children Act 2004; the SENCO's place in the school. The afternoon goes through the Stool Count and "
      "each cutter's Cutting Plan in small groups."],
     [("Knowing the SEN law and the Code of Practice, what they ask of the school, the SENCO and others, and how to "
       "carry them out day to day", "T1"),
      ("Knowing the five Every Child Matters outcomes and the SENCO's part in helping pupils reach them", "T1"),
      ("Disability equality law and the duties it places on schools", "Left standing")],
     note="Disability equality law is left standing because the county's equality officer takes every school "
          "through the Disability Equality Duty at the heads' briefings, so we do not cut it here.")

# Cant 2
cant("CANT 2 \u2013 READING THE STOOLS  \u00b7  Saturday 8 November 2008 (Wednesday line 12 and 19 November)",
     "Tom Birkett, Alan Fernside",
     ["How children grow and learn; what SEN and disabilities do to that growth, and what the classroom and the "
      "people around a child do to it; the needs cutters meet most; finding the pupils who may have SEN from "
      "observation, data and assessment; setting targets and planning and reviewing interventions. In the "
      "afternoon cutters work through three pupils' files from the Trust's Woodland Days (names removed) and "
      "write targets for one of them."],
     [("How children grow and learn, and how a need, a disability, or the room and the people around a child can "
       "hold that growth back", "T1"),
      ("The needs cutters meet most \u2013 behavioural, emotional and social difficulties; dyslexia and other "
       "specific learning difficulties; speech, language and communication needs; autism; moderate learning "
       "difficulties \u2013 and what each does to a pupil's learning", "T1"),
      ("Spotting the pupil who may have a special need or disability from watching in class, from the school's "
       "data and from assessment; setting targets that stretch; planning the intervention; reviewing how it went",
       "T1")])

# Cant 3
t3, cells3 = cant(
    "CANT 3 \u2013 LAYING THE HEDGE  \u00b7  Saturday 6 December 2008 (Wednesday line 10 and 17 December)",
    "Jenny Marlow, Tom Birkett",
    ["Ways to assess, plan and teach pupils with SEN, weighed critically: small-step assessment, P scales, "
     "precision teaching, structured literacy and numeracy programmes, visual timetables, and ICT \u2013 "
     "word-prediction and symbol software, text-to-speech and recording devices, borrowed for the day from the "
     "county's ICT Access Centre. Tracking progress with national tests, optional tests and the school's data, "
     "and changing a programme that is not working. Assessment for learning in every classroom."],
    [("A critical eye on ways to assess, plan and teach, ICT among them, and how to use them to take barriers away "
      "and fit provision to the pupil", "T2"),
     ("Using end-of-year results, national tests and the school's tracking data to follow pupils' progress and "
      "change the programme when it is not working", "T2"),
     ("Helping other teachers build assessment for learning into every lesson, with thought for pupils with SEN",
      None)])
# the Tally cell for the last line was changed: T2 deleted, Stacked inserted
c = cells3[-1]
c.text = ""
cp = c.paragraphs[0]
H.del_run(cp, "T2", bold=True, size=9)
H.ins_run(cp, "Stacked", bold=True, size=9)
title_run = t3.cell(0, 0).paragraphs[0].runs[0]
doc.add_comment(title_run, text="Should access arrangements for SATs and GCSEs go in here? Nobody has them at "
                "the moment and several heads asked.", author="Jenny Marlow", initials="JM")

# Cant 4
cant("CANT 4 \u2013 THE RIDE MAP  \u00b7  Saturday 10 January 2009 (Wednesday line 14 and 21 January)",
     "Ruth Alder, Jenny Marlow",
     ["Provision mapping and provision management, with cutters' own maps from the Cant 2 Ride Tasks on the "
      "tables; costing provision; deploying and managing teaching assistants; reviewing provision with colleagues; "
      "how school self-evaluation works and where SEN sits in the self-evaluation form and the improvement plan. "
      "The last hour is on the SENCO's own week."],
     [("Mapping provision across the school, and finding the provision that is not working or is missing", "T2"),
      ("Deploying and managing teaching assistants and other adults so that pupils with SEN gain from them", "T2"),
      ("Reviewing, with other staff, how well provision works, so that what is found feeds the school's "
       "self-evaluation and its improvement plan", "T2"),
      ("How school self-evaluation and improvement work, and how they bear on outcomes for pupils with SEN", "T2"),
      ("Putting first things first: managing the SENCO's week, handing tasks to others and checking they are "
       "done", "Stacked")])

# Cant 5
cant("CANT 5 \u2013 MANY HANDS  \u00b7  Saturday 7 February 2009 (Wednesday line 11 and 18 February)",
     "Tom Birkett, Alan Fernside, with the county's parent partnership officer and a speech and language therapist",
     ["Relationships with pupils and families; working in partnership with parents and carers, including hard "
      "conversations at review meetings (role-played in the barn); the services and agencies around a school, "
      "voluntary groups among them, and how to bring them together round one pupil; using the reports of "
      "educational psychologists, therapists and other professionals in planning teaching."],
     [("Building fair, respectful and steady relationships with pupils with SEN and disabilities and with their "
       "parents and carers", "T1"),
      ("Working with parents and carers so that they can help their child learn and grow", "T1"),
      ("Working alongside other services and agencies, voluntary groups among them, so that the support round a "
       "pupil hangs together", "T1"),
      ("Using what educational psychologists, therapists and other professionals find out about a pupil to "
       "shape how the pupil is taught", "T1"),
      ("Knowing which agency does what, and how to get specialist support and equipment for a pupil", "Stacked")],
     note="We do not run a session on talking with pupils about their provision: cutters bring this from their own "
          "schools, and T1 asks them to show it.")

# Cant 6
cant("CANT 6 \u2013 STANDARDS AND SHELTER  \u00b7  Saturday 7 March 2009 (Wednesday line 11 and 18 March)",
     "Ruth Alder, Jenny Marlow, with a serving head and a chair of governors",
     ["The SENCO as a leader: working with the head, senior colleagues and governors on the school's inclusive "
      "ethos, its SEN policy, its priorities and the way it spends its SEN resources; advising and supporting "
      "colleagues in the school and in the cluster, and working with SENCOs and advisers beyond it; lesson "
      "observation and feedback, coaching and mentoring, and running a staff meeting. Each cutter rehearses the "
      "opening of the Standards Talk (T3) to a small group and is heard back."],
     [("Working with senior colleagues and governors to shape the school's inclusive ethos, its policies and "
       "priorities and how it uses its resources, so that every pupil can reach the curriculum and the life of "
       "the school", "T3"),
      ("Winning the commitment of colleagues, the head and senior leaders among them, to better outcomes for "
       "pupils with SEN and disabilities", "T3"),
      ("Developing colleagues: watching lessons and giving feedback, teaching alongside them, coaching and "
       "mentoring, running or arranging training", "T3"),
      ("Speaking and writing clearly, and listening to and understanding what others think", "T3")])

# Cant 7
cant("CANT 7 \u2013 THE BURN  \u00b7  Saturday 25 April 2009 (Wednesday line 29 April and 6 May)",
     "Tom Birkett, Ruth Alder",
     ["Research, inspection evidence and outside advice, and what they say works: the Bercow Review of services for "
      "children and young people with speech, language and communication needs (2008); Ofsted's Inclusion: does "
      "it matter where pupils are taught? (2006); Lewis and Norwich, Special Teaching for Special Children? (2005); "
      "the evaluation of the Making Good Progress pilot; the Inclusion Development Programme materials on dyslexia "
      "and on speech, language and communication needs. In the afternoon cutters bring a problem from their own "
      "school and work it through in threes, and we burn a small clamp of charcoal together while we do."],
     [("Drawing on research and outside advice to improve the cutter's own practice and that of colleagues", "T1"),
      ("What research and best practice say works in meeting special educational needs", "T3"),
      ("Seeing problems coming, solving them, and making sound, well-founded judgements about the provision a "
       "pupil needs", "T2")])
q = H.para(doc, "Cant 7's reading list is kept in the Woodshed.", style="Cant Note")
fn.ref(q, "The reading list for Cant 7 is revised each spring by Tom Birkett and sent to cutters a month before "
       "the Cant.")

# Cant 8
cant("CANT 8 \u2013 CLOSING THE CANT  \u00b7  Saturday 20 June 2009 (Wednesday line 24 June and 1 July)",
     "All four Hurdlers, with heads and Stoolkeepers for the afternoon",
     ["The Standards Talks (T3) in the morning. In the afternoon cutters look back at their Cutting Plans and their "
      "Stool Count, and each cutter draws up Next Season's Plan (Leaf 9). Keeping up to date: journals, networks, "
      "the county's SENCO conference, and taking charge of one's own professional development."],
     [("Keeping up to date, and taking charge of one's own professional development in SEN and disability",
       "Stacked")])

# ------------------------------------------------------------------ leaf 5
leaf("LEAF 5 \u2013 THE TALLIES")
p("A Tally is how the season's produce is counted. Each of the three Tallies is marked against the Produce lines "
  "that carry its number on the Cant sheets, and a cutter must pass each of those lines to pass the Tally.")
p(("T1 \u2013 The Stool Study. ", "b"), "A study of one pupil with SEN followed from November to April (4,000 words "
  "with the pupil's plan attached). The cutter shows how the pupil's needs were identified, how the reports of "
  "other professionals were used, what targets were set and what intervention was planned and reviewed, how the "
  "parents and other services were brought in, what the law and the Code required, and what changed for the "
  "pupil across the five Every Child Matters outcomes. The cutter must also show how the pupil took part in "
  "planning, agreeing and reviewing his or her own provision. Handed in on 1 May.")
p(("T2 \u2013 The Ride Survey. ", "b"), "A provision map of the cutter's school, or of a key stage in a large "
  "school, with a review carried out with colleagues of what works, what does not and what is missing, the "
  "deployment of teaching assistants, the school's tracking data for pupils with SEN, and recommendations for the "
  "self-evaluation form and the improvement plan (4,000 words and the map). Handed in on 1 June.")
p(("T3 \u2013 The Standards Talk. ", "b"), "A twenty-minute talk to the cutter's head and a governor, given at "
  "Cant 8 or in school with a Hurdler present, proposing one change to the school's SEN policy or practice, "
  "followed by a 2,500-word paper that sets the change against research and best practice. Given at Cant 8; paper "
  "handed in on 10 July.")
p("Each Tally is marked by one Hurdler against its Produce lines. A second Hurdler marks again every Tally that "
  "has failed and one in four of those that have passed, and the two agree the result before it goes to the "
  "University's examination board.")
H.inserted_paragraph(doc, "A moderator from the University's School of Education samples the Tallies of each "
                     "Cant line before the examination board meets, and the University's external examiner for "
                     "the Certificate sees every failed Tally and a sample of the rest and reports to the board.",
                     author="Ruth Alder", date="2008-11-26T11:42:00Z")
p(("The award. ", "b"), "The University awards the Postgraduate Certificate to every cutter who passes all three "
  "Tallies and has cut at least seven of the eight Cants on either line. A cutter who fails a Tally may resubmit it "
  "once, within three months.")

# ------------------------------------------------------------------ leaf 6
leaf("LEAF 6 \u2013 STOOLKEEPERS AND OTHER HANDS")
p("Each cutter's Stoolkeeper is a senior colleague in the cutter's own school, named on the nomination slip. "
  "Stoolkeepers come to a two-hour briefing on the afternoon of Cant 1, and each is given the Stoolkeeper's Card, "
  "which is copied below as we print it.")
H.text_box(doc, [
    [("THE STOOLKEEPER'S CARD", "b")],
    "You are the cutter's mentor in school for the season. You will:",
    "\u2022 sit in on the Stool Count meeting and sign the Cutting Plan;",
    "\u2022 meet the cutter for half an hour after each Cant to agree the Ride Tasks and how the school will make "
    "time for them;",
    "\u2022 open doors: to data, to colleagues' classrooms, to the head and governors for T3;",
    "\u2022 read the cutter's Ride Task notes and say what you see;",
    "\u2022 not mark anything. The Hurdlers mark the Tallies; you tell them, on the Stoolkeeper's slip, what you "
    "have seen the cutter do in school.",
    "If you are unsure of anything, ring the Woodreeve. New Stoolkeepers who miss the briefing are visited in school "
    "by a Hurdler before the end of October.",
], width_cm=15.5, height_cm=5.2)
p("New Hurdlers mark their first Tallies alongside the Woodreeve before they mark alone, and the Hurdlers' meeting "
  "before each Cant goes through who leads which part and what each Hurdler is to look for in the Ride Task notes.")
p(("Specialists. ", "b"), "Besides the Hurdlers, cutters meet at the Cants the county's parent partnership officer, "
  "a speech and language therapist from the primary care trust, a teacher from the county's Autism Outreach Team "
  "and a serving head and chair of governors, and Tom Birkett brings the educational psychologist's view to every "
  "Cant he cuts. There is no placement away from the cutter's own school; a cutter who asks may spend a morning "
  "at one of our Woodland Days, helping with a group of pupils.")
p(("Tools and books. ", "b"), "The reading shelf in the barn holds some 140 books and the back numbers of the main "
  "SEN journals, and cutters may borrow from it. Every cutter has a University of Wealdbridge login, which opens the "
  "University library and its electronic journals from home. For Cant 3 the county's ICT Access Centre lends us "
  "assistive technology \u2013 Clicker 5, text-to-speech software, switch devices and two communication aids \u2013 "
  "and cutters may borrow any of it for a fortnight's trial in school. The barn has a projector, a wireless "
  "connection and six laptops for cutters who do not bring one.")

# ------------------------------------------------------------------ leaf 7
leaf("LEAF 7 \u2013 WHO WE ASKED, AND WHAT CHANGED")
p("In spring 2007, before we cut anything, we asked the SENCOs and heads of the 34 schools that send pupils to our "
  "Woodland Days, and the county's SEN Support Service, what a new SENCO most needs. Twenty-six schools answered. "
  "Top of their list came provision mapping (21 schools), managing teaching assistants (19) and working with "
  "parents when things are hard (17). The county told us that most new SENCOs in its small rural schools also "
  "teach a class full time and cannot get away on weekdays.")
p("What they told us changed the course. Provision mapping became a Cant of its own (Cant 4) and T2 became a survey "
  "of the cutter's own provision rather than an essay. The role-play on hard conversations with parents was added "
  "to Cant 5. The Wednesday line was added so that class teachers need not lose a Saturday and cover is never "
  "needed. After the pilot, the heads who had heard the first Standards Talks asked that the talk be given in school "
  "where the governors could hear it, and that is now allowed.")
p("Stakeholders take part in the course: the county's parent partnership officer, a speech and language therapist "
  "and the Autism Outreach Team speak at Cant 5; a serving head and a chair of governors join Cant 6; heads and "
  "governors hear the Standards Talks; Stoolkeepers are senior staff of the cutters' own schools. We would like "
  "heads and parents to help us judge the course in time, but we have not yet worked out how.")
p("The Trust also listens to the young people who use the wood. Our Young Woodlanders' Moot \u2013 twelve pupils "
  "from the Woodland Days, most of them with SEN \u2013 meets each term and tells the Trust what it wants from its "
  "woods. The Moot chose the site of the new shelter and the tools for the tool store, and two of its members "
  "showed the pilot cutters round the wood.")

# ------------------------------------------------------------------ leaf 8
leaf("LEAF 8 \u2013 KEEPING THE WOOD IN GOOD HEART")
p("We look after the quality of the course in the way we look after the wood: by looking at it often, writing "
  "down what we see and changing what needs changing.")
dash_list([
    "Cant slips: every cutter fills in a slip at the end of each Cant, on what was cut, what was useful and what "
    "was not. The Hurdlers read them at their next meeting and note any change in this book.",
    "Hurdlers' meeting after each Cant: what worked, which Ride Tasks came back thin, which cutters need a call.",
    "Stool Count and Cutting Plan review after Cant 4: whether each cutter is on course, and whether the Cants are "
    "meeting the needs the Stool Counts showed.",
    "The Tallies: results by Produce line, so that a line many cutters fail is cut differently next season.",
    "The University: its annual monitoring of the Certificate and the external examiner's report, both of which "
    "the Trust's education committee reads.",
    "The Season's Reckoning: each July the Woodreeve writes a short report from all of the above, with the changes "
    "for the next season, and the education committee signs it off before the next nomination slips go out.",
])
p("The Reckoning looks at every part of the season: how cutters were taken on, the Stool Counts and Cutting "
  "Plans, the Cants and the Ride Days, the Tallies and their marking, and what the cutters and their schools said.")
q = p("At the Stool Count and again at Cant 8 each cutter scores his or her confidence on each Produce line from 1 "
      "to 4; we set the two scores side by side for every cutter and for the season, and they go into the "
      "Reckoning. We would like, in time, to find out from schools whether the pupils in the Stool Studies have "
      "done better, but we have no way of doing this yet.")
doc.add_comment(q.runs[0], text="Could we ask the county for pupil-level data on the Stool Study pupils? "
                "Worth raising at committee.", author="Peter Quarrie (Chair)", initials="PQ")

# ------------------------------------------------------------------ leaf 9
leaf("LEAF 9 \u2013 NEXT SEASON")
p("A coppice is never finished: the stools are cut so that they grow again. At Cant 8 each cutter sets the "
  "season's Cutting Plan beside the Stool Count and the Tally results and draws up Next Season's Plan: three "
  "targets for his or her further professional development as a SENCO, with the steps to them and the help needed. "
  "A Hurdler goes through the plan with the cutter, and the cutter takes it to the performance management meeting "
  "with the head in the autumn. The Trust gives every cutter the University's list of Master's modules that "
  "follow on from the Certificate, and the Woodreeve talks through the choices with anyone who asks.")
p("Because every Tally is about the cutter's own school \u2013 a pupil there, its provision map, a change to its "
  "policy \u2013 and every Ride Task is done there, the course is meant to leave something changed in each "
  "cutter's school by the end of the season: a better plan for one pupil, a provision map the school uses, and a "
  "change its governors have agreed.")

leaf("NOTES IN THE BACK OF THE BOOK")
dash_list([
    "Cant dates for 2009-10 will follow the same pattern, starting on Saturday 10 October 2009.",
    "The woodyard has toilets in the barn; boots are wise from November to March.",
    "Cutters' Ride Task notes and Tallies are kept for five years by the University.",
])

fn.finish()
doc.save(OUT)
print(OUT.name, "words:", H.word_count(doc))
