"""nu-02-marrisdale-field-book: build script (writes nu-02-marrisdale-field-book.docx).

PROVIDER (invented): Marrisdale Harp and Folk School, in the Old Chapel at Marrisdale in the fells of the north
west, which teaches the harp and traditional song and collects and archives local songs. It has teamed up with
the Eden and Marris Learning Partnership (eleven primary, secondary and special schools), Fellshire County
Council's SEN team and St Bega's University College (invented), which validates the course as a Postgraduate
Certificate at Level 7. Sent to the TDA panel in December 2008 for a January 2009 start.

DOCUMENT KIND AND LAYOUT: the course written as a folk-song collector's field book, "The Field Book: Collecting
Year 2009, with the Song Index", in an Award edition. Real Heading 1 / Heading 2 styles (a Title style for the
cover). The programme's terms are defined in running prose under "How to use this book" (Collectors, Trips,
Houses, Tradition Bearers, Host Singers, Transcriptions, Editors, the Editorial Board, Songs, the Tuning
Interview, the Collector's Plan, Straight to Print, the Singaround, the Saturday Repeat). "Notes on the Index"
keys the Song Index's columns and its State values ("Transcribed", "Hummed only", "Words only", "Not
collected") four sections before the Index. Ten Trips (study days), each a field-book entry of bold run-in
labels ("Date:", "House:", "What we listen for:", "Taken down:", "Between Trips:", "Field note:"). Three
Transcriptions (the marked pieces) each list the Songs they take down. The Song Index is a 29-row table (No. /
Song / Heard at / Taken down in / State) with merged shaded band rows, in the school's own song numbers MS 1 to
MS 29 and its own words. Real Word footnotes (a footnotes part), three comments, a header with a blanket claim,
a footer. Tracked changes: a whole inserted CRB paragraph, a whole deleted placements paragraph, and a deletion
+ insertion in an Index cell. A "[TBC]" credits placeholder.

TRAPS (requirement ids):
- E.2 partially_met: Level 7, but "[TBC] credits"; a comment saying the Faculty Board "says 60" is not evidence.
- 1.1 partially_met: the aims are attainment only ("reading, writing and number"); well-being appears only as
  knowledge of Every Child Matters (MS 9), not in aims or assessment.
- 1.4 partially_met: SEN law and policy are taught, but "Disability equality law is not part of the Award"
  (negation; "the Partnership's schools cover it in their own INSET" - someone else's job); 6.K3 not_met with
  "Not collected" in the Index.
- 1.9 partially_met: songs "Hummed only" and "Not collected"; the header's "Every song in this book is taken
  down" is a blanket claim in a header, not evidence.
- 2.1 partially_met: certificated study only; "We do not give credit for experience, however long".
- 2.3 met: "Straight to Print" is an assessment-only route under the school's own name.
- 2.5 not_met: "The Award ends at the Singaround", next targets "between her and her head; we leave it there";
  the comment about a "Next Songs" sheet is not part of the submission.
- 3.1 partially_met: a general welcome, a ramp and a hearing loop; no invitation to disclose, no adjustments
  to teaching or assessment.
- 3.3 not_applicable: "There is no online part of the Award"; the University College's own online module is
  another programme's (other provider's arrangement), and phone calls are not e-learning.
- 4.3 met: the Partnership's SEN Steering Group (heads, LA adviser, parent governor) reads evaluations each term;
  a parents' forum "Should the Partnership find the money" is a condition and adds nothing.
- 5.2 partially_met: entry is QTS and a head's letter, "That is all we ask"; no check of knowledge or skills.
- 5.3 met: the CRB paragraph exists only as a tracked insertion (an inserted paragraph counts); a comment on it.
- 5.5 partially_met: specialist expertise in the Tradition Bearers and guests; the placements paragraph is a
  tracked deletion and the Hallbeck visit belonged to the 2008 pilot (past arrangement).
- 5.7 partially_met: Editors have a guide and standardisation, but the Host Singer's handbook "is being written
  and will be ready for the 2010 Collecting Year" (plan).
- 5.8 met: double marking and the Editorial Board in the body; the external examiner is named only in a real
  footnote (footnotes count).
- 5.9 met: Transcription 2's baseline and follow-up pupil measures are collected from every Collector.
- 6.0 partially_met: the award needs all three Transcriptions passed, no compensation, but not every Song shown.
- 6.A2, 6.K8, 6.S1, 6.S7 partially_met: "Hummed only" (heard at a Trip, never marked), keyed far above.
- 6.K4 partially_met: "Words only": taken down in Transcription 1 but not heard at any Trip; the Index cell's
  "Trip 4" is deleted by tracked change and a dash inserted.
- 6.S4 not_met: "Not collected", and a Field note leaves deploying support staff "to each school's line
  managers" (negation, someone else's responsibility).
- Song numbers MS 1-MS 29 are the school's own, not the TDA's (a footnote says so).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nu_helpers import (base_document, para, rich, add_run, table, shade, cell_text, band_row, add_field,
                         deleted_paragraph, inserted_paragraph, add_del_run, add_ins_run, Footnotes, word_count)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
JM = "Jean Musgrave"
OP = "Owen Pattinson"
D1 = "2008-12-02T09:30:00Z"
D2 = "2008-12-04T16:10:00Z"

doc = base_document("Cambria", 10.5)
fn = Footnotes(doc)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.4)
hp = sec.header.paragraphs[0]
add_run(hp, "The Field Book  \u00b7  Award edition  \u00b7  Every song in this book is taken down", italic=True, size=8)
fp = sec.footer.paragraphs[0]
add_run(fp, "Marrisdale Harp and Folk School, The Old Chapel, Marrisdale  \u00b7  page ", size=8)
add_field(fp, "PAGE")


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def P(text, italic=False):
    return para(doc, text, italic=italic, space_after=6)


def label(lab, text, italic=False):
    p = doc.add_paragraph()
    add_run(p, lab + " ", bold=True)
    add_run(p, text, italic=italic)
    p.paragraph_format.space_after = Pt(3)
    return p


# ---------------- cover ----------------
doc.add_paragraph("The Field Book", style="Title")
para(doc, "Collecting Year 2009, with the Song Index", bold=True, size=14)
para(doc, "Award edition: the National Award for Special Educational Needs Coordination", size=12)
para(doc, "Marrisdale Harp and Folk School with the Eden and Marris Learning Partnership and St Bega's University "
     "College. Prepared for the TDA approval panel, December 2008.", italic=True, space_after=12)

# ---------------- how to use ----------------
H1("How to use this book")
P("A collector's field book records where each song was found, who sang it and how it was taken down. For thirty "
  "years Marrisdale has kept field books of the songs and tunes of these dales, and when the Eden and Marris "
  "Learning Partnership asked us in 2007 to help build a course for its new SENCOs, we wrote the course the same "
  "way. This is the book every Collector is given at the first Trip, in the edition we send to the panel.")
P("The teachers taking the Award are Collectors. Over the Collecting Year they make ten Trips, our study days, "
  "each held at a House: one of the Partnership's schools, or the Old Chapel at Marrisdale. The Trips are led by "
  "Tradition Bearers, our tutors, and in her own school each Collector has a Host Singer, an experienced SENCO "
  "from another Partnership school who visits her there at least once a term and is at the end of a phone between "
  "Trips. The things a Collector must learn to do are the Songs, 29 of them, listed in the Song Index at the back "
  "of the book. They are marked in three Transcriptions, the Award's assessed pieces, by Editors (Tradition "
  "Bearers who mark), and the Editorial Board checks the marking. The Collecting Year ends at the Singaround, where "
  "each Collector presents her work.")
p = P("The Award is validated by St Bega's University College as its Postgraduate Certificate in Special "
      "Educational Needs Coordination. It is validated at Level 7 (masters level) and carries [TBC] credits; the "
      "University College's Faculty Board sets the credit value in March 2009.")
doc.add_comment(p.runs, text="Faculty Board says 60, but it isn't minuted yet. OP", author=OP, initials="OP")
P("Why we collect. The Award's aim is that pupils with special educational needs in the Partnership's schools make "
  "better progress in reading, writing and number, and close the gap between their attainment and their "
  "classmates'. Every Trip, every Transcription and every Song is there to make Collectors better at bringing that "
  "about.")
p = P("There is no online part of the Award: we have no VLE, and everything happens at the Trips, in school with "
      "your Host Singer, and on paper. Tradition Bearers take phone calls between Trips. The University College's own "
      "Postgraduate Certificate in Inclusion has an online module; the Award does not.")

H2("Notes on the Index")
P("The Song Index has five columns. The number is ours (MS 1 to MS 29)")
fn.add(doc.paragraphs[-1], "MS for Marrisdale Song. The numbers follow our own scheme and the order in which the "
       "songs are heard, not the order of any national list.")
add_run(doc.paragraphs[-1], " and the Song is said in our words. \"Heard at\" names the Trip where the Song is "
        "taught. \"Taken down in\" names the Transcription in which it is marked. \"State\" says how far it gets "
        "on the Award, in one of four words. Transcribed: the Song is heard at a Trip and taken down in a marked "
        "Transcription, and the Collector must show it there. Hummed only: the Song is heard at a Trip and sung "
        "through there, but never taken down, so it is not marked. Words only: the Song is taken down in a "
        "Transcription but not heard at any Trip. Not collected: the Song is neither heard nor taken down on the "
        "Award.")

# ---------------- before you set out ----------------
H1("Before you set out")
H2("Who can collect")
P("The Award is for qualified teachers in the Partnership's schools and beyond who are SENCOs, or whom their head "
  "has named to become one. Applicants send the form and a letter from their head naming them as SENCO or "
  "SENCO-to-be. That is all we ask.")
inserted_paragraph(doc, "Before a place is confirmed, the School Office sees each Collector's enhanced CRB disclosure, "
                   "or a letter from her head confirming one, and asks the head to confirm that there are no concerns "
                   "about her conduct and no disciplinary matters outstanding. A Collector who has not worked in a "
                   "school in the last three months applies for a new enhanced disclosure through us before the "
                   "first Trip, and does not start until it has come back clear.", JM, D2)
# comment on the inserted paragraph
doc.add_comment(doc.paragraphs[-1].runs or [doc.paragraphs[-1].add_run("")],
                text="Added after the heads' meeting - the Partnership wanted it in writing. JM", author=JM,
                initials="JM")
H2("Songs you already sing")
P("Certificated study counts: a Collector who has passed a masters-level module in SEN in the last five years may "
  "have up to 20 credits counted in place of Transcription 1, through the University College's accreditation of "
  "prior learning procedure. We do not give credit for experience, however long: experience is what the Tuning "
  "Interview is for.")
H2("The Tuning Interview and the Collector's Plan")
P("Before the first Trip each Collector spends an hour with a Tradition Bearer going through the Song Index Song "
  "by Song, saying what she can already do and showing what she has to prove it. From the interview they write her "
  "Collector's Plan: the Songs she already sings, which become her own list to confirm in the Transcriptions; the "
  "Songs she most needs, and the Trips where they are heard; which of our Extra Tunes she should take (short "
  "twilight workshops on dyslexia, on autism, on data and on writing at masters level); and her own targets for "
  "the year, in her words. Her Host Singer has a copy, and the Plan is looked at again with the Host Singer at "
  "Trip 5 and at Trip 9.")
H2("Straight to Print")
P("A teacher who has led SEN provision for some years, or who works in an SEN support service, may ask to go "
  "Straight to Print. She makes no Trips, but writes all three Transcriptions and comes to the Singaround, and is "
  "marked exactly as every other Collector is. The Head of School decides at interview whether Straight to Print "
  "is right for her. The fee is \u00a3600.")
H2("When to set out")
P("There are two starts each year, in January and in September. Every Trip is held on a Tuesday and repeated at "
  "the Old Chapel on the following Saturday, the Saturday Repeat, so a Collector can come on whichever day her "
  "school can spare her. Trips 4 to 8 can be made in any order. Most Collectors finish in one Collecting Year; a "
  "Collector may spread the Trips and Transcriptions over two.")
H2("Access")
P("Marrisdale welcomes everyone and complies with the Disability Discrimination Act. The Old Chapel has a ramp at "
  "the side door and a hearing loop, and we choose Houses with level access.")
H2("What it costs")
P("The fee for the Collecting Year is \u00a31,150, including registration with the University College and the Extra "
  "Tunes the Collector's Plan names. Every Trip has a Saturday Repeat, so no school need pay for cover, and "
  "Transcription 2 is a piece of work the Collector's school needs doing anyway.")

# ---------------- trips ----------------
H1("The Trips")
P("Ten Trips, each written up as a field-book entry. Trips run 9.30 to 3.30. Between Trips, Collectors try in "
  "their own schools what they heard, and bring back what happened.", italic=True)

TRIPS = [
    ("Trip 1. Setting out", "Tuesday 20 January 2009 (Saturday Repeat 24 January)", "The Old Chapel, Marrisdale",
     "The SENCO's role as the SEN Code of Practice sets it out, and the 2008 regulations that require the SENCO to "
     "be a qualified teacher. Every Child Matters: the five outcomes and what the SENCO does towards each of them. "
     "Keeping up to date and taking charge of one's own professional development: the field journal every Collector "
     "keeps all year.",
     "Songs 7 and 9. Song 9 is taken down in Transcription 1, Song 7 in Transcription 3.",
     "Start the field journal.",
     "Bring boots. The walk up to the Chapel is part of the day."),
    ("Trip 2. Old songs and new laws", "Tuesday 3 February 2009 (Saturday Repeat 7 February)", "Marris Bridge High School",
     "The law and guidance on SEN: the Education Act 1996, the Special Educational Needs and Disability Act 2001 "
     "and the SEN Code of Practice (2001), what they mean for the school and the SENCO, and how to put them into "
     "practice. Government policy: Removing Barriers to Achievement (2004) and the Inclusion Development Programme "
     "(2008). What research and inspection say: Ofsted's Special educational needs and disability: towards "
     "inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), and the Bercow Review "
     "(2008). Using research and outside advice to improve one's own teaching and colleagues'.",
     "Songs 6 and 8 in Transcription 1. Song 15 is sung through on the day.",
     "Read your school's SEN policy against the Code.",
     "Disability equality law is not part of the Award: the Partnership's schools cover it in their own INSET, and we "
     "do not repeat it."),
    ("Trip 3. The tune in the data", "Tuesday 3 March 2009 (Saturday Repeat 7 March)", "Low Beckfoot Primary School",
     "Finding pupils who may have SEN: classroom observation, data and assessment; setting challenging targets, "
     "planning interventions and reviewing progress. Tracking with summative assessment, P scales, the national "
     "tests and RAISEonline, and changing a pupil's programme when the tracking says so. Spotting in good time the "
     "access arrangements pupils need for Key Stage tests and GCSE examinations, and putting them in place with "
     "colleagues. Provision mapping: mapping and costing provision, and finding what is missing or not working. The "
     "SENCO's year: priorities, time, and handing tasks on.",
     "Song 18 in Transcription 1; Songs 3, 20, 22 and 23 in Transcription 2.",
     "Draft your school's provision map.",
     "A long day. Deploying and managing teaching assistants is left to each school's line managers, and we do not "
     "take it up on the Award."),
    ("Trip 4. Many voices", "Tuesday 24 March 2009 (Saturday Repeat 28 March)", "The Old Chapel, Marrisdale",
     "The most common kinds of SEN and disability - behavioural, emotional and social difficulties, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
     "moderate learning difficulties - and how each can affect learning. Approaches, strategies and resources for "
     "assessment, planning and teaching, ICT among them, weighed critically: what each claims and what the evidence "
     "says.",
     "Song 12 in Transcription 1; Song 13 in Transcription 2.",
     "Try one strategy with a group and note what happened.",
     "In the 2008 pilot Trip 4 went to Hallbeck School. It is now held at Marrisdale."),
    ("Trip 5. Children's voices", "Tuesday 28 April 2009 (Saturday Repeat 2 May)", "Kirkgate CE Primary School",
     "Consulting children and young people: Talking Mats, pupil conferencing, person-centred reviews, practised in "
     "threes with Kirkgate's school council. Fair, respectful and constructive relationships with pupils with SEN and "
     "their families. Pupils in the planning and review of their own provision, sung through in a role-play of a "
     "pupil-led review.",
     "Song 1 in Transcription 1. Song 27 is sung through on the day.",
     "Ask one pupil about her or his provision.",
     "Collector's Plans looked at again with Host Singers."),
    ("Trip 6. Kitchen songs", "Tuesday 2 June 2009 (Saturday Repeat 6 June)", "Marris Bridge High School",
     "Parents and carers: working in partnership, the Parent Partnership Service, explaining needs and provision "
     "plainly, listening, and agreeing what home and school will each do; a difficult conversation practised with "
     "two parents from our harp classes, who co-lead the Trip.",
     "Songs 1 and 28 in Transcription 1.",
     "Plan a review meeting with the parents of your Transcription 1 pupil.",
     "The parents lead the afternoon. Tradition Bearers keep quiet."),
    ("Trip 7. Other people's songs", "Tuesday 30 June 2009 (Saturday Repeat 4 July)", "Hallbeck School",
     "External agencies: educational psychology, speech and language therapy, CAMHS, sensory support, social care, "
     "the Common Assessment Framework, and how to get specialist support and resources. Reading other "
     "professionals' assessments and turning them into teaching. Working with voluntary organisations. Cases in "
     "which a problem has to be seen coming and a decision made.",
     "Song 19 in Transcription 1; Songs 4, 16 and 29 in Transcription 3.",
     "Map the agencies involved with pupils in your school.",
     "Hannah and Mairi lead. Guests from the autism support group and the young carers' project."),
    ("Trip 8. Leading from the middle", "Tuesday 22 September 2009 (Saturday Repeat 26 September)", "The Old Chapel, Marrisdale",
     "Working with senior colleagues and governors on an inclusive ethos, policies, priorities and resources. Gaining "
     "the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN.",
     "Nothing is taken down from this Trip. Songs 2 and 17 are sung through together.",
     "Present your Transcription 2 plan to your head.",
     "First Trip of the autumn."),
    ("Trip 9. Teaching the song on", "Tuesday 20 October 2009 (Saturday Repeat 24 October)", "Low Beckfoot Primary School",
     "Supporting colleagues' development: observing and giving feedback, modelling, coaching and mentoring, and "
     "leading training. Encouraging colleagues to use formative assessment, with approaches for pupils with SEN. The "
     "principles of school self-evaluation and improvement and where outcomes for pupils with SEN sit in them. "
     "Reviewing provision with the staff who deliver it, to inform the school's self-evaluation.",
     "Songs 14 and 26 in Transcription 2; Songs 21 and 25 in Transcription 3.",
     "Coach one colleague and keep a record.",
     "Collector's Plans looked at again with Host Singers."),
    ("Trip 10. The Singaround", "Tuesday 24 November 2009 (no Repeat)", "The Old Chapel, Marrisdale",
     "Transcription 3 presentations and discussions, at booked times through the day.",
     "Transcription 3.",
     "None.",
     "Supper in the Chapel afterwards."),
]
for t, date, house, listen, taken, between, note in TRIPS:
    H2(t)
    label("Date:", date)
    label("House:", house)
    label("What we listen for:", listen)
    label("Taken down:", taken)
    label("Between Trips:", between)
    p = label("Field note:", note, italic=True)
    p.paragraph_format.space_after = Pt(8)

# ---------------- transcriptions ----------------
H1("The Transcriptions")
P("Three Transcriptions, each marked by an Editor against the Songs it takes down.")
H2("Transcription 1. The Child's Song")
P("A case study of one pupil with SEN or a disability in the Collector's school, 4,000 words, due July 2009. The "
  "Collector finds out what the pupil needs from observation, data and other professionals' assessments, explains "
  "the pupil's development and how the need affects it, sets targets, plans an intervention with the pupil's "
  "parents, and reviews progress after a term. She shows how the law and the Code shaped what she did and what "
  "research and outside advice she drew on. Takes down Songs 1, 6, 8, 9, 11, 12, 18, 19 and 28.")
H2("Transcription 2. The House Song")
P("A change in provision in the Collector's own school, 5,000 words, due October 2009. The Collector maps and "
  "costs the provision, uses the tracking data to find what is missing or not working, plans the change with a "
  "timeline showing what she will hand on and to whom, chooses the approaches and resources, and plans ahead the "
  "access arrangements her pupils will need for the next tests and examinations. Before the change she takes "
  "baseline measures of the pupils it is meant to help - reading and spelling ages, National Curriculum levels, "
  "attendance - and takes the same measures a term later. She reviews with the staff involved how well the change "
  "worked, and writes it into the school's self-evaluation. Takes down Songs 3, 13, 14, 20, 22, 23 and 26.")
H2("Transcription 3. The Singaround")
P("A portfolio, a twenty-minute presentation and a professional discussion with two Editors and the Collector's "
  "Host Singer. The portfolio holds the field journal of her reading and professional development, a record of "
  "coaching a colleague, the plan of a staff session on formative assessment, and a note of her work with an "
  "outside agency and a voluntary organisation. In the discussion the Editors put a case to her in which a problem "
  "has to be seen coming, and listen to how she reasons and explains. Takes down Songs 4, 5, 7, 16, 21, 25 and 29.")

H1("The last song")
p = P("A Collector is awarded the Certificate when all three Transcriptions have passed at 40 per cent or more. "
      "There is no compensation between Transcriptions: one that fails is revised and resubmitted once.")
P("The Award ends at the Singaround. What a Collector sets herself next is between her and her head; we leave it "
  "there.")
doc.add_comment(doc.paragraphs[-1].runs, text="We do give them the 'Next Songs' sheet at the Singaround - shall I "
                "add it? JM", author=JM, initials="JM")

# ---------------- editors ----------------
H1("Editors and the Editorial Board")
p = P("Every Transcription is marked by one Editor and second-marked by another, who does not see the first mark. "
      "Before each round of marking the Editors meet to mark two anonymous Transcriptions from the 2008 pilot "
      "together against the Editors' Guide, which sets out, Song by Song, what a pass looks like. The Editorial "
      "Board - the Head of School, the University College's Programme Leader and the external examiner")
fn.add(p, "The external examiner, appointed by the University College for four years from January 2009, is Dr "
       "Frances Elliot, Reader in Inclusive Education at the University of Northern Fells. She sees a sample of "
       "every Transcription, all fails and all borderline marks, and reports each year to the University College.")
add_run(p, " - meets after each round, looks at every fail, every borderline mark and one Transcription in four, "
        "and agrees the marks before they go to the University College's Board of Examiners.")

# ---------------- people ----------------
H1("Tradition Bearers and Host Singers")
people = [("Tradition Bearer", "Who she or he is"),
          ("Jean Musgrave, Head of School", "MEd (Special Educational Needs). SENCO at Marris Bridge High School for twelve years, then Fellshire's SEN adviser for the northern schools until 2006. Harpist; runs our inclusive harp classes."),
          ("Dr Owen Pattinson", "Senior Lecturer in Special and Inclusive Education, St Bega's University College; the University College's Programme Leader for the Award."),
          ("Hannah Lowther", "Educational psychologist, Fellshire County Council; twelve years in practice."),
          ("Mairi Bell", "Specialist teacher for autism and communication, Fellshire's Inclusion Support Service."),
          ("Robert Tyson", "Head of Low Beckfoot Primary School, formerly its SENCO; Chair of the Partnership's SEN Steering Group.")]
table(doc, people, widths=[4.5, 11.5])
para(doc, "")
P("Every Tradition Bearer works with pupils with SEN, or with SENCOs, every week, and keeps up through the "
  "county's SENCO network, NASEN and the University College's research seminars. Guests from CAMHS and the sensory "
  "support service join Trip 7.")
deleted_paragraph(doc, "Each Collector spends two days at Hallbeck School, the county's special school for pupils "
                  "with complex needs, and a day with the Inclusion Support Service, arranged by us.", OP, D1,
                  lead="Placements. ")
P("Host Singers are chosen by the Steering Group from the Partnership's experienced SENCOs. Editors have the "
  "Editors' Guide and the standardisation meetings. A Host Singer's handbook is being written and will be ready "
  "for the 2010 Collecting Year; until then the Head of School phones each Host Singer before the first Trip.")
P("The Song Library in the Old Chapel holds some three hundred books and journals on SEN, reading, language and "
  "phonological assessment kits, a Talking Mats kit, and six laptops with Clicker 5, Widgit symbols and "
  "text-to-speech software for Collectors to borrow. Every Collector has a St Bega's library card and online "
  "journals from the first Trip.")

# ---------------- stakeholders ----------------
H1("Who asked for this book")
P("Between November 2007 and March 2008 we asked the heads and SENCOs of the Partnership's eleven schools what a "
  "new SENCO most needs (19 of 22 questionnaires came back), met Fellshire's SEN team, and held two evenings with "
  "fourteen parents of children in our inclusive harp classes. Heads put data and provision mapping first; "
  "SENCOs wanted time to learn the Code properly and could not leave class every week; the SEN team told us that "
  "Ofsted had found SENCOs in the area unsure how to show the difference their provision made; and parents asked "
  "for SENCOs who listen and explain plainly.")
P("That is why Trip 3 is a long day on data and provision mapping, why Transcription 2 begins and ends with "
  "measures of pupils' progress, why every Trip has a Saturday Repeat, and why Trip 6 was written with two of "
  "those parents, who now co-lead it.")
P("The Partnership's SEN Steering Group - three heads, Fellshire's senior SEN adviser and a parent governor - meets "
  "each term with the Head of School, reads the Collectors' song sheets and the Editorial Board's report, and agrees "
  "any changes with us. Heads and Host Singers fill in an end-of-year questionnaire on what has changed in their "
  "schools, and Host Singers sit on the Singaround panel. Should the Partnership find the money, a parents' forum "
  "will also review the Award each year.")

H1("Reading the book back")
P("Every Collector fills in a song sheet at the end of each Trip. The Editors meet each term and look at the "
  "Transcription marks Song by Song. From outside, the external examiner reports each year, the University "
  "College's annual review looks at the Award, and the Steering Group reads both. Each June the Head of School "
  "writes a Reading Back report of what we learned and what we will change; the Steering Group agrees it, the "
  "changes are made before the next Collecting Year, and the report goes to the University College's quality "
  "committee.")
P("We gather the baseline and follow-up measures from every Collector's House Song and report them together each "
  "year in the Reading Back report, so that we can see whether pupils in Collectors' schools are doing better. "
  "Collectors rate their confidence on every Song at the Tuning Interview and again at the Singaround, and heads "
  "tell us in the end-of-year questionnaire what has changed in their schools.")

# ---------------- index ----------------
H1("The Song Index")
P("The notes on the Index are near the front of the book.", italic=True)
IDX = [
    ("band", "HOW THE COLLECTOR CARRIES HERSELF"),
    ("MS 1", "Builds fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "Trips 5, 6", "T1", "Transcribed"),
    ("MS 2", "Wins the commitment of colleagues, the head and senior leaders", "Trip 8", "\u2013", "Hummed only"),
    ("MS 3", "Sets priorities, manages her time, hands tasks on and sees they are done", "Trip 3", "T2", "Transcribed"),
    ("MS 4", "Sees problems coming, solves them, and makes sound decisions about provision", "Trip 7", "T3", "Transcribed"),
    ("MS 5", "Speaks and writes clearly; listens and understands other views", "every Trip", "T3", "Transcribed"),
    ("MS 6", "Uses research and outside advice to improve her own and colleagues' practice", "Trip 2", "T1", "Transcribed"),
    ("MS 7", "Keeps up to date and takes charge of her own professional development", "Trip 1", "T3", "Transcribed"),
    ("band", "WHAT THE COLLECTOR KNOWS"),
    ("MS 8", "The law and guidance on SEN and the Code of Practice, and how to put them into practice", "Trip 2", "T1", "Transcribed"),
    ("MS 9", "Every Child Matters and the SENCO's part in its five outcomes", "Trip 1", "T1", "Transcribed"),
    ("MS 10", "Disability equality law and the actions it requires", "\u2013", "\u2013", "Not collected"),
    ("MS 11", "How children develop, and what SEN, disability and their surroundings do to development", None, "T1", "Words only"),
    ("MS 12", "The most common kinds of SEN and disability and how they affect learning", "Trip 4", "T1", "Transcribed"),
    ("MS 13", "Approaches, strategies and resources, ICT among them, understood critically", "Trip 4", "T2", "Transcribed"),
    ("MS 14", "School self-evaluation and improvement and outcomes for pupils with SEN", "Trip 9", "T2", "Transcribed"),
    ("MS 15", "Best practice and research in meeting special educational needs", "Trip 2", "\u2013", "Hummed only"),
    ("MS 16", "What outside agencies do and how to get specialist support", "Trip 7", "T3", "Transcribed"),
    ("band", "WHAT THE COLLECTOR DOES"),
    ("MS 17", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources", "Trip 8", "\u2013", "Hummed only"),
    ("MS 18", "Finds pupils who may have SEN, sets challenging targets, plans interventions, reviews progress", "Trip 3", "T1", "Transcribed"),
    ("MS 19", "Uses other professionals' assessments to shape teaching", "Trip 7", "T1", "Transcribed"),
    ("MS 20", "Uses summative assessment and national tests to track progress and change programmes", "Trip 3", "T2", "Transcribed"),
    ("MS 21", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "Trip 9", "T3", "Transcribed"),
    ("MS 22", "Sees in good time what arrangements pupils need for tests and examinations, and puts them in place", "Trip 3", "T2", "Transcribed"),
    ("MS 23", "Maps and manages provision and finds what is missing or not working", "Trip 3", "T2", "Transcribed"),
    ("MS 24", "Deploys and manages support staff", "\u2013", "\u2013", "Not collected"),
    ("MS 25", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "Trip 9", "T3", "Transcribed"),
    ("MS 26", "Reviews provision with colleagues to inform the school's self-evaluation", "Trip 9", "T2", "Transcribed"),
    ("MS 27", "Makes sure pupils take part in planning and reviewing their own provision", "Trip 5", "\u2013", "Hummed only"),
    ("MS 28", "Works with parents and carers to help their children learn and develop", "Trip 6", "T1", "Transcribed"),
    ("MS 29", "Works in partnership with other services and voluntary organisations", "Trip 7", "T3", "Transcribed"),
]
it = doc.add_table(rows=1 + len(IDX), cols=5)
it.style = "Table Grid"
for j, h in enumerate(("No.", "Song", "Heard at", "Taken down in", "State")):
    cell_text(it.cell(0, j), h, bold=True, size=9)
    shade(it.cell(0, j), "D9E2F3")
for i, row in enumerate(IDX, start=1):
    if row[0] == "band":
        band_row(it, i, row[1], fill="EDEDED")
        continue
    no, song, heard, taken, state = row
    cell_text(it.cell(i, 0), no, size=9)
    cell_text(it.cell(i, 1), song, size=9)
    if heard is None:
        cp = it.cell(i, 2).paragraphs[0]
        add_del_run(cp, "Trip 4", OP, D1)
        add_ins_run(cp, "\u2013", OP, D1)
    else:
        cell_text(it.cell(i, 2), heard, size=9)
    cell_text(it.cell(i, 3), taken, size=9)
    cell_text(it.cell(i, 4), state, size=9)
    if state != "Transcribed":
        shade(it.cell(i, 4), "F2F2F2")
for r in it.rows:
    for j, w in enumerate((1.4, 8.6, 2.2, 2.2, 2.2)):
        r.cells[j].width = Cm(w)

para(doc, "")
para(doc, "Jean Musgrave, Head of School, for Marrisdale Harp and Folk School and the Eden and Marris Learning "
     "Partnership, 4 December 2008.", italic=True)

fn.attach()
doc.save(OUT)
print(OUT.name, "words:", word_count(OUT))
