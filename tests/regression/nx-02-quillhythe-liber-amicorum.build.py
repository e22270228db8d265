"""nx-02-quillhythe-liber-amicorum: builds nx-02-quillhythe-liber-amicorum.docx beside itself.

Provider: the Quillhythe Lettering Workshop (a charitable lettering workshop on the coast, founded 1957), with
the Saltmarsh Schools Cluster (nine schools, among them Sandling Reach, a special school), Wessingham County
Council's SEN team, and the University of Ebbisham, which validated the course. February 2009.

Document kind and layout: a LIBER AMICORUM (a Festschrift) for the Workshop's retiring Master, Ottoline
Marchbanks, printed for the opening of the Workshop's SENCO Award and sent whole as the application. Title
lines; a shaded note to the panel in a VML text box; a Tabula Gratulatoria (the subscribers' list) as a
three-column table; a contents table; eleven signed contributions under Heading 1 styles, numbered in Roman
numerals, each with an italic byline, by different hands and voices (a former student, the Chair of
Trustees, the University's Dean, the Admissions Master, a special school head, a school-based Reader, the
Master of the Award, the LA's SEN adviser, the Master of Studies, the Deputy Master); footnotes (references
and asides); Appendix A, "The Award at a glance", a table with merged cells and a tracked change in its credits
cell; Appendix B, the outcomes as "the Twenty-Nine Undertakings" with "Learned at" (Long Table Day) and
"Proved in" (Commission) columns whose special values ("Trial piece only", a dash, "To follow in 2010", an
empty cell, "See Contribution VI", "Not part of the Award") are defined in Contribution VIII; a colophon; a
header and footer with a PAGE field; Word comments. The Workshop's own words: Companions (participants),
Masters (tutors), Readers (school mentors), Long Table Days LT1-LT10 (study days), Bench Work (school tasks),
Trial pieces (formative), Commissions C1-C3 and the Masterpiece with its Showing (marked assessment), the
Conversation at the Bench (needs talk), the Masterpiece Route (assessment only), the Award Committee.

Traps (requirement ids):
- Contribution I is memory of the Workshop's past lettering classes (double-checking students' lettering,
  Saturday classes for children): past arrangements and wrong context, no evidence for 5.8 or anything else.
- Value statements in Contribution II ("the dignity of every hand"); 1.1 is met from the aims that follow.
- E.2: Appendix A's credits cell is a tracked change, deleting "60 credits at Level 7" and inserting a mixed
  20 at Level 6 / 40 at Level 7; Contribution III says the same -> partially_met.
- 3.3: there is no online course ("there is no online course"); the University's online MA with discussion
  boards in Contribution III is another programme -> not_applicable.
- 1.3: research explicitly set aside ("We do not follow fashions in research"; Warnock 1978) but recent
  developments (IDP 2008) used -> partially_met.
- 2.2: the needs talk is at LT1 (not before the course) and "We do not write a separate plan for each
  Companion" -> partially_met; 2.4 the same sentence ("the Long Table Days are the same for everyone")
  -> partially_met (cost and quality present, not tailored).
- 3.1: stairs and no lift, a room move and extra time; otherwise "We welcome everyone" -> partially_met.
- 3.2: one start a year, fixed order, one mode; only deferral -> partially_met.
- 4.3: stakeholders deliver (Readers, Parent Partnership, placements) but evaluation involvement is a hope
  ("in time we hope to find a way to ask them") -> partially_met.
- 5.6: the Workshop's library is of lettering books (wrong context), nothing specialist, "We hope, with time
  and gifts" (aspiration); a sentence promising software is a tracked deletion; an editor's comment asking
  about resources is not evidence -> not_met.
- 5.9: "We have decided not to try to measure" (negation) -> not_met.
- Contribution VI's account of the head's own school council is his school's practice, not the course's.
- 6.0 and 1.9: "prove every Undertaking a SENCO needs" is an unsupported coverage claim; Appendix B shows
  undertakings never marked -> partially_met.
- Criterion 6 (Appendix B): 6.A2, 6.K6, 6.K8, 6.S2c "Trial piece only" -> partially_met; 6.K2 taught nowhere
  (a dash, reading only) but proved in C1 -> partially_met; 6.S4 empty "Proved in" cell -> partially_met;
  6.A7 "Not part of the Award" (negation in Contribution VIII) -> not_met; 6.S2d "To follow in 2010" -> not_met;
  6.S8 "See Contribution VI" resolves to LT7 and C2 (cross-reference) -> met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nx_helpers import (base_doc, para, runs, shade_par, cell_text, table, add_ins, add_del, text_box,
                         header_footer, shade_cell, Footnotes)
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = "nx-02-quillhythe-liber-amicorum"

doc = base_doc("Georgia", 10.5)
fn = Footnotes()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.5)
header_footer(doc, "Letters for Ottoline  ·  A Liber Amicorum",
              "The Quillhythe Lettering Workshop  ·  privately printed, February 2009")

for st in ("Heading 1", "Heading 2", "Title"):
    doc.styles[st].font.name = "Georgia"
    doc.styles[st].font.color.rgb = RGBColor(0x5A, 0x1E, 0x1E)


def h1(text):
    return doc.add_heading(text, level=1)


def byline(text):
    return para(doc, text, italic=True, space_after=8)


def body(text):
    return para(doc, text, space_after=6)


# ---------------- title pages ----------------
para(doc, "LETTERS FOR OTTOLINE", bold=True, size=22, align="center", space_after=2)
para(doc, "A Liber Amicorum for Ottoline Marchbanks", italic=True, size=13, align="center", space_after=2)
para(doc, "Master of the Quillhythe Lettering Workshop, 1971-2009", size=11, align="center", space_after=2)
para(doc, "printed for the opening of the Quillhythe SENCO Award", italic=True, size=11, align="center",
     space_after=14)
para(doc, "Edited by Hester Vane, Clerk to the Workshop", size=10, align="center", space_after=14)

text_box(doc, [("A NOTE FOR THE PANEL", True, False),
               ("We send this book whole, as our application for approval to offer the National Award for SEN "
                "Coordination from September 2009. It was made to mark Ottoline's retirement and the opening of "
                "the Award together, and the Award is its subject from Contribution II onwards. Appendix A gives "
                "the Award at a glance and Appendix B sets out where each of the national minimum outcomes is "
                "learned and proved. Hester Vane, Clerk.", False, True)], height_pt=105, fill="EFE8DC")
para(doc, "")

para(doc, "TABULA GRATULATORIA", bold=True, size=12, align="center", space_after=4)
body("The following friends of Ottoline and of the Workshop subscribed to this book and send their good wishes.")
subs = ["Ruth Ellery, Hastings", "Judith Coldwell, Quillhythe", "Professor Miriam Ashdown, Ebbisham",
        "Gwen Tarrant, Quillhythe", "Bernard Okafor, Sandling Reach School", "Priya Lall, St Ebba's CE Primary",
        "Anselm Rook, Quillhythe", "David Marr, Wessingham County Council", "Clement Foy, Quillhythe",
        "Tom Haskett, Quillhythe", "The Saltmarsh Schools Cluster", "Wessingham Parent Partnership Service",
        "The Society of Scribes and Illuminators", "Harbour Street Junior School", "Marram Bank Infant School",
        "Saltmarsh High School", "The Wessingham Autism Group", "The Friends of Quillhythe Library"]
t = table(doc, 6, 3, style="Table Grid")
for i, s_ in enumerate(subs):
    cell_text(t.cell(i // 3, i % 3), s_, size=9)
para(doc, "")

para(doc, "CONTENTS", bold=True, size=12, align="center", space_after=4)
contents = [("I", "Fifty Years at the Long Table", "Ruth Ellery"),
            ("II", "Why a Lettering Workshop?", "Judith Coldwell"),
            ("III", "The University's Part", "Miriam Ashdown"),
            ("IV", "Coming to the Table", "Gwen Tarrant"),
            ("V", "The Long Table Days", "Anselm Rook"),
            ("VI", "What the Children Told Us", "Bernard Okafor"),
            ("VII", "Readers in School", "Priya Lall"),
            ("VIII", "The Twenty-Nine Undertakings", "Anselm Rook"),
            ("IX", "Asking the Schools", "David Marr"),
            ("X", "Keeping the Line Straight", "Clement Foy"),
            ("XI", "The Next Page", "Tom Haskett"),
            ("", "Appendix A: The Award at a glance; Appendix B: Where the Undertakings are learned and proved; "
                 "Colophon", "")]
t = table(doc, len(contents), 3)
for i, (a, b, c) in enumerate(contents):
    cell_text(t.cell(i, 0), a, bold=True)
    cell_text(t.cell(i, 1), b, italic=True)
    cell_text(t.cell(i, 2), c)

# ---------------- I ----------------
h1("I. Fifty Years at the Long Table")
byline("Ruth Ellery, student of the Workshop 1974-1979, now a letter-cutter in Hastings")
body("I came to Quillhythe at nineteen with a fountain pen and no idea. Ottoline sat me at the end of the long "
     "table, put a broad-edged pen in my hand and told me to make an o until it was round. It took a fortnight. "
     "She looked at every sheet twice, once in the morning and once after we had gone home, and she never let a "
     "letter pass that she would not have put her own name to.")
p = body("In the 1980s she began Saturday classes for children, several of them from Sandling Reach, and I "
         "helped. Some of those children could barely hold a pencil; by the summer they were writing their names "
         "in gold. It was the first time I saw the Workshop do something for children who found the ordinary "
         "classroom hard, and I think it is where the Award began.")
fn.add(p, "The Saturday classes ran from 1983 to 1996. They were a lettering class, not a school, and nothing "
          "in them was assessed.")
body("The Workshop is older than most of its students: Ottoline's father, Aubrey Marchbanks, opened it in the "
     "old net loft in 1957. It has outlived two floods and the closure of the harbour. It will outlive us.")

# ---------------- II ----------------
h1("II. Why a Lettering Workshop?")
byline("Judith Coldwell, Chair of the Trustees")
body("People ask why a lettering workshop should train special educational needs coordinators. The honest "
     "answer is that the schools asked us. The longer answer is that the Workshop has always been a place where "
     "people who learn differently are taught patiently, and where the test of good work is whether it serves "
     "the person who has to read it. We believe in the dignity of every hand and in the patience of every "
     "teacher.")
body("The Award's aim is plain. It is to raise the achievement of children and young people with special "
     "educational needs and disabilities in the Saltmarsh schools and beyond, and to improve their well-being, "
     "in all five of the Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, "
     "making a positive contribution and achieving economic well-being. Each Commission and the Masterpiece asks "
     "the Companion to show, for named pupils, what has changed in their learning and in their well-being, "
     "against a record made before the work began. The Trustees will not judge the Award by how many "
     "certificates it gives, but by whether children in our schools are doing better.")
body("The Trustees have set aside the long room on the first floor for the Award, and the Award's Masters are "
     "employed for it alone.")

# ---------------- III ----------------
h1("III. The University's Part")
byline("Professor Miriam Ashdown, Dean of Education and Lifelong Learning, University of Ebbisham")
body("The University of Ebbisham validated the Quillhythe SENCO Award as a Postgraduate Certificate on 3 December "
     "2008, and the University will award it. The Workshop is an accredited partner of the University for this "
     "course, under our Partnership Agreement of the same date. The Award carries 60 credits: the first two "
     "Commissions carry 20 credits at Level 6, and the third Commission and the Masterpiece carry 40 credits at "
     "Level 7, masters level. The validation panel accepted this balance for a course whose first Companions may "
     "not have studied since their degree.")
body("Companions may bring prior learning with them. Under the University's regulations for the recognition of "
     "prior learning, up to 20 credits may be awarded for certificated study at Level 6 or 7 in special "
     "educational needs in the last five years, or for experiential learning, which the Companion shows in a "
     "portfolio of evidence mapped against the Undertakings in Appendix B and discusses with a Master. The "
     "portfolio is assessed by two Masters and confirmed by the University's RPL panel, and the Companion is "
     "then excused the matching Commission.")
p = body("The University appoints the external examiner and holds the Examination Board, and its moderators "
         "read a sample of every Commission. Ebbisham's own MA in Inclusive Education is taught online, with "
         "weekly discussion boards and tutor chat sessions; Companions who go on to it after the Award will find "
         "it a very different way of working.")
fn.add(p, "The MA in Inclusive Education is a programme of the University alone. The Workshop has no part in "
          "it.")

# ---------------- IV ----------------
h1("IV. Coming to the Table")
byline("Gwen Tarrant, Admissions Master")
body("A Companion must hold Qualified Teacher Status, teach in a maintained school or academy, and either be the "
     "school's SENCO or have been named by the headteacher to become SENCO within the year. The headteacher "
     "writes a letter of nomination saying what the school will give: release for the ten Long Table Days, time "
     "for Bench Work, and a Reader. I meet every applicant before a place is offered and go through the "
     "Undertakings with them. When an applicant is not ready (most often because they have never led anything "
     "beyond their own class), I write to them and to their headteacher with what to do first, usually a year "
     "working alongside the present SENCO and the Cluster's SENCO network meetings, and I keep a place for the "
     "following September.")
body("Before a place is confirmed, I see the original of each Companion's enhanced CRB disclosure and note its "
     "number and date in the register, and I ask the headteacher to confirm in writing that the school's own "
     "checks, List 99 included, are complete and that there are no concerns about the Companion's conduct. A "
     "Companion who has not worked in a school in the last three months applies for a new enhanced disclosure "
     "through the University, and cannot go on a placement until it has come back clear.")
body("At the first Long Table Day each Companion sits with a Master for the Conversation at the Bench, going "
     "through the twenty-nine Undertakings and marking those they already know well. From this the Companion "
     "chooses the pupils and the school questions for their Commissions. We do not write a separate plan for "
     "each Companion: the Long Table Days are the same for everyone, and that is as it should be at a long "
     "table.")
body("A teacher with long experience (a former SENCO returning to the role, or a teacher from the county's "
     "learning support service) may take the Masterpiece Route instead. They attend no Long Table Days. They "
     "present the three Commissions and the Masterpiece, and give the Showing, and are assessed against every "
     "Undertaking in exactly the same way as other Companions. The Masterpiece Route is offered only where the "
     "Conversation at the Bench shows that the candidate already meets the Undertakings, and it costs £600.")
body("The Award begins once a year, in September, and the ten Long Table Days are taken in order, one a month, "
     "with Bench Work in school between them. It is taught at the long table and in school; there is no online "
     "course. A Companion who falls ill or changes school may finish the following year.")
p = body("The long room is up two flights of stairs and there is no lift. When a Companion cannot manage the "
         "stairs, we move that Long Table Day to the hall at Sandling Reach School. A disabled Companion may have "
         "extra time for the Showing. We welcome everyone, whatever their circumstances, and we will always do "
         "what we can.")
doc.add_comment(p.runs[0], text="Gwen, should we say more here? The guidance mentions the disability equality "
                                "duty and promotional materials. HV", author="Hester Vane", initials="HV")
body("The fee is £1,400 for the year. The Saltmarsh Cluster pays half for its own teachers, and groups are of "
     "twelve.")

# ---------------- V ----------------
h1("V. The Long Table Days")
byline("Anselm Rook, Master of the Award, formerly SENCO and then headteacher of Sandling Reach School")
body("There are ten Long Table Days, one a month from September to June, each from half past nine to half past "
     "three. Between them the Companion does Bench Work in their own school: a task set at the end of each Day, "
     "tied to the Undertakings of that Day and agreed with their Reader, such as drafting a provision map for one "
     "year group or leading a review meeting with a pupil and parents. Bench Work is brought back to the next "
     "Day and the best of it becomes the substance of the Commissions. The Award is made in school as much as at "
     "the table.")
days = [
    ("LT1", "The First Table", "The SENCO's role; the Conversation at the Bench."),
    ("LT2", "The Law on the Table", "The SEN Code of Practice 2001, Part IV of the Education Act 1996, SENDA "
                                    "2001, the Disability Discrimination Act 2005 and the disability equality "
                                    "duty; Removing Barriers to Achievement; what each asks of a school."),
    ("LT3", "Hands and Minds", "How children develop; behavioural, emotional and social difficulties, dyslexia "
                               "and other specific learning difficulties, speech, language and communication "
                               "needs, autism, moderate learning difficulties."),
    ("LT4", "The Head's Table", "Working with the headteacher, senior leaders and governors; ethos, policy and "
                                "the use of resources."),
    ("LT5", "Finding and Following", "Identifying pupils; targets and interventions; reports from other "
                                     "professionals; national tests and tracking; formative assessment."),
    ("LT6", "The Map and the Team", "Provision mapping; deploying teaching assistants; the SENCO's time."),
    ("LT7", "Parents at the Table", "See Contribution VI."),
    ("LT8", "Children's Voices", "Consulting pupils; pupils in planning and reviewing their provision."),
    ("LT9", "Other Hands", "Educational psychology, speech and language therapy, CAMHS, social care and the "
                           "voluntary groups; working as one team around a child."),
    ("LT10", "Looking Back at the Page", "School self-evaluation; reviewing provision with colleagues; "
                                         "developing colleagues; the Next Page."),
]
t = table(doc, len(days) + 1, 3)
for j, h in enumerate(["Day", "Title", "At the table"]):
    cell_text(t.cell(0, j), h, bold=True, fill="E8DCCB")
for i, d in enumerate(days, start=1):
    cell_text(t.cell(i, 0), d[0], bold=True)
    cell_text(t.cell(i, 1), d[1], italic=True)
    cell_text(t.cell(i, 2), d[2])
para(doc, "")
p = body("We do not follow fashions in research. The Masters bring long practice to the table, and the reading is "
         "short: the Warnock Report of 1978, the Code of Practice, and the Masters' own notes.")
fn.add(p, "Special Educational Needs: Report of the Committee of Enquiry into the Education of Handicapped "
          "Children and Young People (HMSO, 1978).")
p = body("LT3 uses the Inclusion Development Programme materials that the National Strategies published last year "
         "on dyslexia and on speech, language and communication needs, and LT2 is rewritten each summer for "
         "changes in the law and in government guidance.")
fn.add(p, "Inclusion Development Programme: Dyslexia and Speech, Language and Communication Needs (DCSF, 2008).")
body("The Commissions follow the Days. C1, The Portrait, after LT3: a study of one pupil, their development, needs "
     "and well-being, and what the law and the Code require for them (3,000 words). C2, The Map, after LT7: the "
     "Companion's provision map with a commentary, a note of a meeting with the headteacher about it, and the "
     "record of a parent conversation (3,000 words). C3, The Consultation, after LT9: a consultation with pupils "
     "about their provision, and a review of one pupil's support with the agencies involved (3,000 words). The "
     "Masterpiece, after LT10: a change the Companion has led in their school, with its effect on pupils "
     "measured before and after (5,000 words), and the Showing, twenty minutes to two Masters and a Reader, with "
     "questions. Before each Commission, the Companion makes a trial piece, which a Master reads and comments "
     "on.")

# ---------------- VI ----------------
h1("VI. What the Children Told Us")
byline("Bernard Okafor, Headteacher, Sandling Reach School")
body("When Anselm asked the Workshop's first Companions, in the pilot year, to ask their pupils what helped them, "
     "several came back astonished. A boy of ten told one of them that the most useful thing his teaching "
     "assistant did was to stop sitting next to him. That is the kind of thing LT8, Children's Voices, is for. "
     "Two of my staff and four of our pupils lead part of that Day. Companions learn to consult pupils in ways "
     "that suit them (conversation, drawing, talking mats, photographs) and to involve them in setting and "
     "reviewing their own targets, and in C3 every Companion carries out and writes up a consultation with pupils "
     "and shows what was changed as a result.")
body("LT7, Parents at the Table, is taught with the Wessingham Parent Partnership Service and two parents from our "
     "parents' group. Companions practise the first meeting with a worried parent and the annual review where "
     "the parent disagrees, and learn to advise and work alongside parents rather than simply inform them. For "
     "C2 each Companion holds a planned conversation with the parents or carers of one pupil, records it, and "
     "shows what was agreed and what came of it; the Masters mark the record as part of C2.")
body("Every Companion also spends two days at Sandling Reach, in classrooms and at review meetings, with a member "
     "of my staff as guide.")
body("At Sandling Reach our school council meets every fortnight, and each class elects two members. Pupils "
     "interview candidates for teaching posts. I mention this because Companions see it during their two days "
     "with us, not because it is part of the Award.")

# ---------------- VII ----------------
h1("VII. Readers in School")
byline("Priya Lall, SENCO, St Ebba's CE Primary School, and a Reader")
body("In a printing house the reader is the person who checks the proof before it goes to press. At Quillhythe a "
     "Reader is an experienced SENCO from another Cluster school who reads the Companion's work in school. I "
     "agree each piece of Bench Work with my Companion, visit their school three times a year, watch them lead "
     "something (a review meeting, a training session, feedback to a teaching assistant) and write a Reader's "
     "note for the Masters.")
body("Readers are not left to guess. The Workshop has given us the Readers' Handbook, which sets out what a "
     "Reader does and does not do, how to write a Reader's note and what to do if a Companion is struggling; and "
     "every Reader attends the Readers' Day in July before their first Companion and a Readers' afternoon each "
     "spring. The Masters have written role descriptions and meet before every Long Table Day to agree who does "
     "what.")
body("Companions also work with colleagues beyond their own school. In Reading Circles of three, each from a "
     "different Cluster school, they visit one another, observe one another leading meetings and give advice. In "
     "their own schools they learn to advise and support class teachers and teaching assistants, and for the "
     "Masterpiece each Companion plans and leads training for colleagues, and coaches one colleague through a "
     "term, and writes about what changed.")

# ---------------- VIII ----------------
h1("VIII. The Twenty-Nine Undertakings")
byline("Anselm Rook, Master of the Award")
body("In the old workshops an apprentice bound himself by undertakings and was released from them by his "
     "masterpiece. The Award has twenty-nine Undertakings, which are the national minimum outcomes for SENCOs "
     "put into our own words. Appendix B shows, for each one, the Long Table Day where it is learned and the "
     "Commission where it is proved.")
body("Some boxes in Appendix B need explaining. Where it says Trial piece only, the Companion makes a trial piece "
     "for that Undertaking and a Master comments on it, but it is not marked and does not count towards the "
     "Award. A dash in the Learned at column means that nothing is taught for it at the table: the Companion is "
     "given reading. To follow in 2010 means the Undertaking is not yet in the course. Where a box in the Proved "
     "in column is empty, nothing is marked for that Undertaking yet.")
body("Undertaking 7, keeping up to date and taking charge of one's own professional development, is not part of "
     "the Award. Keeping up to date is each Companion's own affair, and we do not teach or test it.")
body("The Award is made by the University's Examination Board to Companions who have passed the three Commissions "
     "and the Masterpiece, including the Showing. Between them, the Commissions and the Masterpiece prove every "
     "Undertaking a SENCO needs. A Companion who fails a Commission may submit it once more.")

# ---------------- IX ----------------
h1("IX. Asking the Schools")
byline("David Marr, Senior Adviser for SEN, Wessingham County Council")
body("In the spring of 2008 the County and the Saltmarsh Cluster asked the county's schools what a new SENCO "
     "needs. Headteachers of 47 schools replied, and SENCOs of 52; we held two focus groups with SENCOs, and the "
     "Wessingham Parent Partnership Service and the Wessingham Autism Group gave written evidence. Headteachers "
     "put provision mapping and the deployment of teaching assistants first. SENCOs put the law, and time, "
     "first. Parents said that they wanted to be heard at reviews, and the Autism Group asked that SENCOs know "
     "more about autism than the one afternoon most courses give it.")
body("The Workshop changed its plans because of what it heard. LT6, The Map and the Team, was added at the "
     "headteachers' request; LT2 was lengthened for the SENCOs; LT7 is taught with the Parent Partnership "
     "Service because of what parents said; autism has half of LT3. The SENCOs in the focus groups asked that the "
     "Masterpiece not fall in the summer term, and the Showing was moved to early June. The pilot Companions of "
     "2007-08 asked for the Reading Circles, which are now part of the course.")
body("Stakeholders are part of the Award itself. Readers are Cluster SENCOs, the Parent Partnership Service "
     "teaches LT7, Sandling Reach's staff and pupils lead part of LT8 and host the placements, and my own team "
     "speaks at LT2 and LT9. We should like parents, and the children themselves, to help us judge the Award, "
     "and in time we hope to find a way to ask them. For now the Award Committee, which is the Workshop's "
     "Masters and the University's link tutor, does the judging.")

# ---------------- X ----------------
h1("X. Keeping the Line Straight")
byline("Clement Foy, Master of Studies")
body("Ottoline used to say that a straight line is kept straight by looking at it from both ends. The Award is "
     "looked at from inside and from outside. Inside: every Companion fills in a slip at the end of each Long "
     "Table Day; the Masters read the slips the same week and change the next Day if they need to; Readers' notes "
     "are read each term; and at the end of the year a Master who has not taught the group holds a review with "
     "the Companions. Outside: the external examiner reports each year, the University's moderators report on "
     "every sample, and the University's annual monitoring review reads all of this with us. The Award "
     "Committee meets each July, goes through the evidence and writes an action plan for the next year, which "
     "goes to the University and is checked at the Committee's first meeting of the new year.")
body("Every Commission and every Masterpiece is second-marked by a Master who did not teach the Companion. The "
     "Masters mark two anonymous pieces together before each marking round to agree the standard. A sample of "
     "every Commission, and every fail, goes to the University's moderators, and the external examiner, Dr "
     "Helen Sharrow of the University of Tamsford, reads a sample of each and sits on the Examination Board.")
body("The Masters are Anselm Rook (MA in Special Educational Needs; SENCO for nine years and head of Sandling "
     "Reach for seven), Gwen Tarrant (MEd; formerly the County's Area SENCO and a specialist teacher for "
     "specific learning difficulties) and myself (chartered educational psychologist, twelve years with the "
     "County's service). Each of us keeps our knowledge current by working two days a month in Cluster schools "
     "and by attending the University's SEN research seminars. Companions also meet the County's speech and "
     "language therapists, a CAMHS worker and the Autism Group at LT9, and spend their two days at Sandling "
     "Reach.")
p = body("The Workshop's library is the best collection of lettering books in the county, with Johnston's own "
         "copy of Writing and Illuminating, and Lettering. It has almost nothing on special educational needs, and "
         "we have no specialist software or equipment of the kind SENCOs use. We hope, with time and gifts, to "
         "build a small SEN shelf. ")
add_del(p, "The Workshop will buy a set of the assistive software most used in Wessingham schools before the first "
           "Long Table Day.", author="Clement Foy")
doc.add_comment(p.runs[0], text="Clement, can we say what Companions will actually use? The University library? "
                                "HV", author="Hester Vane", initials="HV")
body("As for the Award's effect on pupils and on Companions' confidence, we have decided not to try to measure "
     "the Award's effect in its first years: the numbers will be too small to mean anything, and we would rather "
     "teach well than count badly.")

# ---------------- XI ----------------
h1("XI. The Next Page")
byline("Tom Haskett, Deputy Master")
body("The Masterpiece is the point of the Award. Each Companion leads one change in their own school, measures "
     "its effect on the pupils it was meant for, and shows it to the Masters and their Reader. A Companion cannot "
     "pass the Masterpiece without showing that practice in the school has changed and what the change has done "
     "for pupils.")
body("The afternoon of LT10 is the Next Page. Each Companion completes the Next Page sheet: three professional "
     "targets for the year after the Award, the support they will need, and the first step. They talk it through "
     "with a Master and take it back to discuss with their headteacher or line manager at their next performance "
     "management meeting, and their Reader asks about it at the final visit. Six months after the Award we write "
     "to each Companion to ask how the Next Page is going, and we tell them about the University's MA and the "
     "Cluster's SENCO network.")
body("Ottoline's own next page is a house with a north light and no telephone. We wish her long mornings.")

# ---------------- Appendix A ----------------
h1("Appendix A. The Award at a glance")
rows = [("Award", "Postgraduate Certificate: National Award for SEN Coordination (Quillhythe)"),
        ("Awarding body", "University of Ebbisham"),
        ("Credits", None),
        ("Length", "One year, part time: ten Long Table Days, September to June"),
        ("Assessment", "Commissions C1, C2, C3; the Masterpiece and the Showing"),
        ("Fee", "£1,400 (Masterpiece Route £600)"),
        ("Contact", "Hester Vane, Clerk, The Quillhythe Lettering Workshop, Net Loft, Harbour Street, "
                    "Quillhythe")]
t = table(doc, len(rows) + 1, 3)
m = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(m, "THE QUILLHYTHE SENCO AWARD", bold=True, fill="E8DCCB")
for i, (k, v) in enumerate(rows, start=1):
    cell_text(t.cell(i, 0), k, bold=True, fill="F5F0E8")
    m = t.cell(i, 1).merge(t.cell(i, 2))
    if v is None:
        cp = m.paragraphs[0]
        add_del(cp, "60 credits at Level 7", author="Hester Vane")
        add_ins(cp, "60 credits: 20 at Level 6 (C1, C2) and 40 at Level 7 (C3, Masterpiece)", author="Hester Vane")
    else:
        cell_text(m, v)
para(doc, "")

# ---------------- Appendix B ----------------
h1("Appendix B. Where the Undertakings are learned and proved")
body("The boxes are explained in Contribution VIII.")
und = [
    ("WHAT A SENCO IS", [
        (1, "Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and "
            "with their parents and carers", "LT7, LT8", "C3, Masterpiece"),
        (2, "Gains the commitment of colleagues, the headteacher and senior leaders to better outcomes for these "
            "pupils", "LT4", "Trial piece only"),
        (3, "Sets priorities, manages time and delegates, making sure delegated work is done (the Masterpiece "
            "includes a term's log of how the Companion's time was used and what was delegated)", "LT6",
         "Masterpiece"),
        (4, "Foresees and resolves problems and makes sound, well-founded decisions on provision", "LT5, LT6",
         "C2, Masterpiece"),
        (5, "Speaks and writes clearly, and listens to and understands the views of others", "Every Day",
         "Masterpiece (the Showing)"),
        (6, "Draws on research and outside advice to improve their own and colleagues' practice", "LT3, LT10",
         "Masterpiece"),
        (7, "Keeps up to date and takes responsibility for their own professional development",
         "Not part of the Award", "Not part of the Award"),
    ]),
    ("WHAT A SENCO KNOWS", [
        (8, "The law and guidance on SEN, the Code of Practice above all, what they mean for the school and "
            "how to put them into practice", "LT2", "C1"),
        (9, "The principles and outcomes of Every Child Matters and how the SENCO helps children reach them",
         "—", "C1"),
        (10, "The law on disability equality and what it requires a school to do", "LT2", "C1"),
        (11, "How children develop and how SEN, disability and surroundings affect development", "LT3", "C1"),
        (12, "The commonest kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
             "they affect learning", "LT3", "C1"),
        (13, "A critical understanding of approaches and resources, ICT included, for assessment, planning and "
             "teaching, to remove barriers and personalise provision", "LT5", "Trial piece only"),
        (14, "How school self-evaluation and improvement work for pupils with SEN", "LT10", "Masterpiece"),
        (15, "Best practice and the findings of research on meeting special educational needs", "LT3",
         "Trial piece only"),
        (16, "What outside agencies do and how to get specialist support and resources", "LT9", "C3"),
    ]),
    ("WHAT A SENCO DOES", [
        (17, "With senior colleagues and governors, influences the school's inclusive ethos, policies, "
             "priorities and use of resources", "LT4", "Masterpiece"),
        (18, "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions "
             "and reviews progress", "LT5", "C2"),
        (19, "Uses other professionals' assessments to shape teaching", "LT5, LT9", "C3"),
        (20, "Uses summative assessment, national tests included, to track progress and adjust programmes",
         "LT5", "C2"),
        (21, "Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "LT5",
         "Trial piece only"),
        (22, "Identifies in good time the special arrangements pupils need for national tests and examinations "
             "and puts them in place", "To follow in 2010", "To follow in 2010"),
        (23, "Uses provision mapping to plan provision and find what is missing or not working", "LT6", "C2"),
        (24, "Deploys and manages staff to support pupils with SEN", "LT6", ""),
        (25, "Supports colleagues' professional development by observation and feedback, modelling, coaching "
             "and training", "LT10", "Masterpiece"),
        (26, "Reviews provision with other staff to inform the school's self-evaluation", "LT10", "Masterpiece"),
        (27, "Makes sure pupils are involved in planning, agreeing and reviewing their provision", "LT8", "C3"),
        (28, "Liaises with parents and carers to promote their children's learning", "See Contribution VI",
         "See Contribution VI"),
        (29, "Works in partnership with other services and agencies, voluntary organisations included", "LT9",
         "C3"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in und)
t = table(doc, nrows, 4)
for j, h in enumerate(["No.", "Undertaking", "Learned at", "Proved in"]):
    cell_text(t.cell(0, j), h, bold=True, fill="E8DCCB")
r = 1
for gname, items in und:
    m = t.cell(r, 0).merge(t.cell(r, 3))
    cell_text(m, gname, bold=True, fill="F5F0E8")
    r += 1
    for no, what, learned, proved in items:
        cell_text(t.cell(r, 0), str(no), bold=True)
        cell_text(t.cell(r, 1), what)
        cell_text(t.cell(r, 2), learned)
        cell_text(t.cell(r, 3), proved)
        r += 1
para(doc, "")

# ---------------- colophon ----------------
para(doc, "COLOPHON", bold=True, align="center", space_after=2)
para(doc, "The title page of the presentation copy was written out by Ruth Ellery in Foundational hand with a "
          "Mitchell nib on Saunders paper, the initial O raised and gilded by Tom Haskett. This printed edition "
          "of 250 copies was set in Georgia and printed at Quillhythe. Copy 1 of 250 is Ottoline's.",
     italic=True, align="center", size=9)

fn.attach(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
