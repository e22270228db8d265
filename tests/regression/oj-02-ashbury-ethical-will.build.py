"""oj-02-ashbury-ethical-will: build oj-02-ashbury-ethical-will.docx next to this script.

PROVIDER (invented). Shoresh, the adult and teacher learning programme of Ashbury Park Synagogue, whose teachers'
course in special needs becomes the University of Mereworth's Postgraduate Certificate in SEN Coordination.
Application sent March 2009 for a first group in October 2009.

DOCUMENT KIND AND LAYOUT. An ethical will (tzava'ah), sent as the application under a covering letter: the
founding director, Hannah Lowenthal, wrote it to her successors at her leave-taking in June 2008; the synagogue's
Board adopted it as the programme's standing instructions; she added a Codicil after the University's validation
event (February 2009). A letterhead typed with line breaks and a letter from the chair of the Learning Committee
that says which Parts the Board adopted (Two, Three, the Codicil and the Schedules) and which are memory (One),
requests to schools (Four), unadopted wishes (Five) and blessing (Six). No heading styles: bold, centred, small
capital Normal paragraphs; hand-typed clause numbers 1-31 running through Parts Three to Five; lettered bequests
(a)-(d) in Part Two; a VML text box (the name, and a note that the Codicil's clause numbers are Hannah's); a
Codicil that amends clauses by number (credits in clause 2, clause 14 revoked, a marking clause inserted after
clause 19, the awarding body in clause 18); an attestation table with a placeholder; three Schedules: the eight
Shoresh Sundays (merged, shaded term rows; a date placeholder), the three Fruits (assessed pieces), and "The
Inheritance", the outcomes in Hannah's words in merged, shaded group bands, whose columns ("Handed on at",
"Proved by") and values ("Conversation only", "Not handed on") are keyed in clause 16 and in the Schedule's note.
Real tracked changes by the Board secretary (an insertion in clause 5, a deletion in clause 8), two Word comments,
a header, and a footer that makes an access claim. House words: Shoresh Sundays (study days), Plantings (tasks in
school), Fruits (assessed pieces: First, Second, Third), the Conversation (monthly formative talk with the tutor),
Gardener (school mentor), Where I stand (self-audit), Path (individual plan), the Inheritance (the outcomes),
executors (the Learning Committee).

TRAPS (requirement ids).
- A clause later revoked by the Codicil: clause 14 lets an experienced teacher bring "the Fruits alone"; the
  Codicil says "Clause 14 is revoked" (2.3 not_met). Part One's memory of Rose Bernstein examined on her folder is
  a past arrangement (2.3).
- A clause later amended by the Codicil: clause 2 says "forty credits at Level 6"; the Codicil substitutes sixty
  credits at Master's level (E.2 met, read with the Codicil).
- Precatory wishes the Board has not adopted (Part Five): asking children (1.5 not_met, 6.S7 not_met with "Not
  handed on"), the Sundays "put on the computer" (3.3 stays not_applicable; a comment proposes an online version),
  heads in evaluation (4.3 partially_met), knowing whether the children learned more (5.9 partially_met), the whole
  child (1.1 partially_met, whose aim is reading, writing and number only).
- Past arrangement: Part One's hour with a child asking what helped (1.5); the borough's old course's week at a
  special school, another provider's (5.5).
- Someone else's responsibility: Part Four asks heads to arrange the special-school visit, "Shoresh does not
  arrange these visits" (5.5 partially_met); heads choose the Gardener, who gets only a letter (5.7 partially_met).
- Condition: the Lowenthal Fund pays fees only "If the Board agrees", and the fee is left to the Board (2.4
  partially_met).
- Right words about the wrong thing: "The Fruits are the summative assessment of Shoresh" is about participants;
  pupils' summative assessment and national tests for tracking are nowhere, and the Inheritance has no such row
  (6.S2b not_met).
- Tracked deletion: flexibility of order deleted (3.2 partially_met: one start, fixed order, make-up next year).
  Tracked insertion: references and disciplinary checks in clause 5, which counts (5.3 met).
- Footer claim "makes every adjustment a disabled learner needs" is not evidence; the body says only that no one is
  turned away and the room is on the ground floor (3.1 partially_met).
- Internal evaluation only: the executors read the cards; the external examiner only confirms marks (5.1 p).
- Outcomes "Conversation only" (spoken, not written, never marked): 6.A5, 6.K9, 6.S4, 6.S6, 6.S9 partially_met;
  hence 6.0 and 1.9 partially_met.
- Met despite looking like traps: bequests in Part Two that the covering letter says are already in the Shoresh
  room (5.6); the consultation told as history in clause 23 (4.1, 4.2); the Codicil's inserted marking clause
  (5.8); the letter to herself (2.5); a Path with three personal outcomes (2.2); experience accredited by portfolio
  (2.1).

Verdicts: 40 met, 16 partially met, 4 not met, 1 not applicable (3.3).
"""
from pathlib import Path

from docx.shared import Cm, Pt

from _oj_helpers import (CENTER, JUSTIFY, RIGHT, add_runs, add_style, cell_para, cell_text, del_run,
                         header_footer, ins_run, new_doc, para, repeat_header, shade_cell, table, text_box,
                         word_count)

HERE = Path(__file__).parent
NAME = "oj-02-ashbury-ethical-will"

doc = new_doc(font="Book Antiqua", size=10.5)
add_style(doc, "Will Text", align=JUSTIFY, after=6)
add_style(doc, "Clause", align=JUSTIFY, after=6)
doc.styles["Clause"].paragraph_format.left_indent = Cm(0.9)
doc.styles["Clause"].paragraph_format.first_line_indent = Cm(-0.9)

header_footer(doc, [("Ashbury Park Synagogue", "b"), "  ·  Shoresh  ·  The Tzava'ah of Hannah Lowenthal, as adopted, "
                                                    "with Codicil"],
              "Shoresh Adult and Teacher Learning  ·  Shoresh welcomes every learner and makes every adjustment a "
              "disabled learner needs")

SEC = "Miriam Stern"
SEC_DATE = "2009-03-01T11:20:00Z"
CHAIR = "Jonathan Adler"


def title(text, before=14):
    return para(doc, [(text, "bc")], align=CENTER, before=before, after=6, keep_next=True, size=12)


def clause(n, content):
    if isinstance(content, str):
        content = [content]
    return para(doc, [(f"{n}.\t", "b")] + list(content), style="Clause")


# ------------------------------------------------------------------ letterhead and letter
p = para(doc, [("ASHBURY PARK SYNAGOGUE", "b")], align=RIGHT, after=0, size=13)
p = para(doc, "", align=RIGHT, after=12, size=9)
r = p.add_run("Shoresh: Adult and Teacher Learning")
r.add_break()
p.add_run("14 Wellesley Road, Ashbury AB4 2QT").add_break()
p.add_run("Telephone 01632 960418")
for r in p.runs:
    r.font.size = Pt(9)
para(doc, "2 March 2009", after=10)
p = para(doc, "", after=10)
p.add_run("The Training and Development Agency for Schools").add_break()
p.add_run("National Award for SEN Coordination: approval of providers")
para(doc, "Dear Colleagues,")
para(doc, [("Shoresh: application for approval", "b")])
para(doc, "Shoresh is the adult and teacher learning programme of Ashbury Park Synagogue. For twenty-three years it "
          "was led by Mrs Hannah Lowenthal, who founded it as an evening class for the teachers of our religion "
          "school and built it into the course in special needs teaching that many teachers in the borough's "
          "schools, Jewish and not, have taken. When she retired last June she did what many in our tradition have "
          "done at a leave-taking: she wrote a tzava'ah, an ethical will, to those who would carry on her work, and "
          "read it to us.", style="Will Text")
para(doc, "The Board of the Synagogue adopted it in July as the standing instructions of Shoresh, and after the "
          "University of Mereworth validated the course in February Hannah added a Codicil. We send the will as it "
          "stands, with its Codicil and three Schedules, because it is the fullest account of the course we have and "
          "our tutors work from it every week.", style="Will Text")
para(doc, "A word on reading it. Parts Two and Three ('What I leave' and 'What I direct'), the Codicil and the "
          "Schedules were adopted by the Board and are how Shoresh is run; Hannah's books and equipment are already "
          "in the Shoresh room. Part One is Hannah's memory of how things used to be. Part Four is what she asks of "
          "the schools, which the Board cannot bind. Part Five, 'What I wish', records hopes the Board has not acted "
          "on. Part Six is her blessing.", style="Will Text")
para(doc, "Yours sincerely,", after=14)
p = para(doc, "")
p.add_run("Jonathan Adler").add_break()
p.add_run("Chair, Shoresh Learning Committee")

# ------------------------------------------------------------------ text box
text_box(doc, [
    ([("Shoresh", "bc")], "c"),
    ([("'He shall be like a tree planted by the waters, that spreads out its roots by the river.' (Jeremiah 17:8)",
       "i")], "c"),
    ("Shoresh means 'root'. The clause numbers are Hannah's own, and the Codicil refers to them.", "c"),
], width_pt=400)

# ------------------------------------------------------------------ the will
title("The Tzava'ah of Hannah Lowenthal", before=20)
para(doc, [("An ethical will to those who will carry on the Shoresh Teachers' Programme", "i")], align=CENTER, after=2)
para(doc, "Read at her leave-taking on 7 Sivan 5768 (10 June 2008); adopted by the Board of Ashbury Park Synagogue "
          "on 13 July 2008; with a Codicil of 3 Adar 5769 (27 February 2009) and three Schedules",
     align=CENTER, after=12, size=9.5)
para(doc, "I, Hannah Lowenthal, of Cedar Close, Ashbury, teacher, write this for Tamar Levene, who follows me as "
          "Director of Shoresh; for the tutors who teach with her; for the Learning Committee, whom I make the "
          "executors of this will; and for every teacher who will sit in the Shoresh room after me. Our fathers "
          "wrote such letters to their children. Judah ibn Tibbon told his son how to keep his books; I have no "
          "books to tell you how to keep that you do not already know how to keep, but I have a course, and I "
          "would like it kept well.", style="Will Text")

title("Part One: What I Remember")
para(doc, "When I began, in 1985, Shoresh was six evenings in the synagogue hall for the teachers of our religion "
          "school. In 1996 it became a certificate in special needs teaching, and teachers came from the borough's "
          "schools as well as ours. In those years we asked every teacher to sit for an hour with one child and "
          "ask the child what helped and what did not, and to write the answers down; I do not know why we "
          "stopped. In those years, too, a teacher who had long done the work might bring us her folder and be "
          "examined on it alone; Rose Bernstein was the first, in 1999.", style="Will Text")
para(doc, "The borough's own SENCO course, in the years it ran, sent its teachers for a week to Fernside Special "
          "School, and I envied it. We had no university then and no credits, only my signature on a certificate "
          "and the trust of the heads who sent us their teachers.", style="Will Text")

title("Part Two: What I Leave")
para(doc, [("(a)\t", "b"), "To Shoresh I leave my library: some four hundred books and reports on special "
                          "educational needs and disability, on the shelves of the Shoresh room, which participants "
                          "may borrow for a month at a time."], style="Clause")
para(doc, [("(b)\t", "b"), "To Shoresh I leave the two laptop computers with their text-to-speech, word-prediction "
                          "and symbol software, the two boxed sets of standardised reading and spelling tests, and "
                          "my collection of visual timetables and communication aids, which the tutors use on the "
                          "Sundays and participants may borrow to try in their schools."], style="Clause")
para(doc, [("(c)\t", "b"), "If the Board agrees, the income of the Lowenthal Fund is to pay half the fee of any "
                          "teacher from a voluntary-aided school who could not otherwise come."], style="Clause")
para(doc, [("(d)\t", "b"), "To Tamar I leave thirty years of case notes, with the names taken out, and my one rule "
                          "for marking: read the whole piece before you judge any of it."], style="Clause")

title("Part Three: What I Direct")
clause(1, "Shoresh teaches the Award for SEN Coordination, and the University of Mereworth examines it and awards it "
          "as its Postgraduate Certificate in Special Educational Needs Coordination, under the agreement the Board "
          "and the University signed in November 2008.")
clause(2, "It carries forty credits at Level 6.")
clause(3, "The purpose of Shoresh is that the children our teachers teach should read, write and count better, and "
          "keep up with their classmates. Every Sunday is to be judged by that, and each Fruit asks what the "
          "children gained in their reading, writing and number.")
clause(4, "Who may come: a teacher with qualified teacher status, in post in a school, who is its SENCO or whom the "
          "head has named to become SENCO within the year, and who brings a letter from her head releasing her for "
          "the Sundays and naming her Gardener. Tamar interviews every candidate and reads her Where I stand (clause "
          "6), and admits only one who can reach every item of the Inheritance by the end. One who is not yet "
          "ready is told in writing what she must do first, is offered a place on the Tuesday evening course "
          "'First Roots', and, if she agrees, Tamar speaks with her head.")
p = clause(5, "Of everyone who comes I require a current enhanced disclosure from the Criminal Records Bureau. Tamar "
              "sees the disclosure at interview and records its number and date, and one who has not worked in a "
              "school in the past three months must obtain a new disclosure before the first Sunday. ")
ins_run(p, "Her head's letter must also confirm that the school has taken up her references and that no "
           "disciplinary matter is outstanding.", SEC, SEC_DATE)
clause(6, "Before the interview each candidate completes Where I stand, rating herself against every item of the "
          "Inheritance (Schedule C). At the interview she and Tamar agree her Path: a written plan naming the "
          "Sundays and readings she most needs, the school for her Fruits, and the three items of the Inheritance "
          "she will work hardest at, which are written into the Path as her own outcomes, beyond those everyone "
          "must reach. Her tutor reviews the Path with her at every Conversation.")
clause(7, "Study already done at Master's level is credited through the University's procedure for accrediting "
          "prior learning, up to twenty credits; and experience that has never been examined, years of doing the "
          "SENCO's work, may be credited in the same way, by a portfolio that the University's panel assesses "
          "against the Inheritance. Whatever is credited is marked on the Path, and she is excused the Sundays and "
          "the Fruit concerned.")
p = clause(8, "There are eight Shoresh Sundays, set out in Schedule A, from 10.00 until 4.00 in the Shoresh room. "
              "Everyone begins together after the autumn festivals and takes the Sundays in order, because each "
              "stands on the one before. ")
del_run(p, "Those who wish may take Sundays 4 to 7 in any order. ", SEC, SEC_DATE)
add_runs(p, "One who misses a Sunday may come to the same Sunday with the following year's group.")
clause(9, "After each Sunday each participant does a Planting in her own school, as Schedule A sets out, so that "
          "every Sunday changes something in her school; her Gardener watches it and signs it.")
clause(10, "Each Sunday has a reading list drawn from recent research and inspection: Ofsted's reports of 2004 and "
           "2006 on inclusion, Removing Barriers to Achievement, the Bercow Report of 2008 and the Inclusion "
           "Development Programme among them. The tutors revise the lists every summer.")
clause(11, "Everyone who wishes to learn is welcome at Shoresh, and no one is to be turned away because of a "
           "disability. The Shoresh room is on the ground floor. No Sunday shall fall on a festival.")
clause(12, "There is no learning on the computer at Shoresh: everything is done in the room and in the schools. The "
           "tutors write to participants by post and email.")
clause(13, "The tutors are Tamar Levene, SENCO for twelve years and then an advisory teacher for the borough, who "
           "holds an MA in Inclusive Education; Gideon Hart, for nine years head of Beechfield Special School; and "
           "Dr Ruth Okafor, speech and language therapist with the primary care trust. Each goes to the "
           "University's day for partner tutors and to one conference on special needs every year, at Shoresh's "
           "expense.")
p = clause(14, "")
r = p.add_run("A teacher who has long done the SENCO's work, and whose head vouches for it, may come to Shoresh for "
              "the Fruits alone, without the Sundays, as Rose Bernstein did.")
doc.add_comment(r, text="Revoked by the Codicil. Leave in so the panel sees the history?", author=CHAIR, initials="JA")
clause(15, "On the Sundays participants are to hear those who do the work: the borough's SEN officer on Sunday 2, its "
           "educational psychologists on Sundays 4 and 7, Dr Okafor on Sunday 6, the parents' group of the Ezra "
           "Centre on Sunday 5, and a head of a special school on Sunday 8.")
clause(16, "Once a month between Sundays each participant has the Conversation: an hour with her tutor, in the "
           "Shoresh room or by telephone. It is spoken, not written, and it is never marked. Where Schedule C says "
           "'Conversation only', the item is taught on the Sunday named and talked over in the Conversations, and "
           "no Fruit marks it.")
clause(17, "Each participant brings three Fruits, described in Schedule B. The Fruits are the summative assessment "
           "of Shoresh; the Conversation is its formative assessment. Each Fruit is marked by her tutor against "
           "the items Schedule C gives it, and passes only when every one of those items is shown.")
clause(18, "The certificate is given to one who has passed all three Fruits and come to at least seven of the eight "
           "Sundays, and to no one else.")
clause(19, "The tutors meet on the first Sunday evening of each month to plan the next Sunday and to mark together: "
           "every Fruit is read by its tutor, and the tutors talk over any they are unsure of.")
clause(20, "The Gardener is the colleague in the participant's school who watches her Plantings. Tamar writes to each "
           "Gardener at the start with the list of Plantings.")
clause(21, "After every Sunday each participant writes on a card what helped her and what did not. The executors "
           "read the cards each term with Tamar and decide what to change, and Tamar reports to the Board each year "
           "what was changed. At the last Sunday each participant completes Where I stand again, and the two are "
           "set side by side so that she and we can see how far her knowledge, skill and confidence have grown.")
clause(22, "At the last Sunday each participant writes a letter to herself setting out her next professional "
           "targets for the coming two years, talks it over with her tutor, and takes a copy to her head for her "
           "next performance review. A year later Tamar posts the letter back to her.")
clause(23, "So that you know why the Sundays are as they are: in the spring of 2008 Tamar and I visited the heads and "
           "SENCOs of eleven schools (our three Jewish primary schools and eight community schools) and met the "
           "borough's SEN team and the Ezra Centre, and asked what their SENCOs most needed. They asked for work "
           "with parents, for the provision map, for the kinds of need, and for Sundays rather than school days; "
           "the borough asked that its own procedures be taught. Because of this Sunday 5 is given to families, "
           "the Second Fruit is the provision map, Sunday 6 covers the kinds of need, the course is held on "
           "Sundays, and the borough's officer teaches on Sunday 2.")
clause(24, "One who completes may carry her credits into the University's MA in Inclusive Education. The fee I "
           "leave to the Board to fix.")

title("Part Four: What I Ask of the Schools")
clause(25, "I ask each head who sends a teacher to Shoresh to give her the time the Sundays and Plantings need, to "
           "choose a Gardener who knows what a SENCO does, and to arrange for her to spend a day in a special "
           "school and a morning with the borough's sensory support service before Sunday 6. Shoresh does not "
           "arrange these visits.")
clause(26, "I ask the schools to send word, through Tamar, of how their teachers fare after they finish.")

title("Part Five: What I Wish")
clause(27, "It is my wish that you teach them to ask the children themselves what helps, what does not and what "
           "they would change, as we once did, and that the children have a part in their own plans.")
p = clause(28, "")
r = p.add_run("It is my wish that one day the Sundays be put on the computer for teachers who cannot travel.")
doc.add_comment(r, text="Board to consider an online version for 2010-11?", author=CHAIR, initials="JA")
clause(29, "It is my wish that the heads sit with the executors each year when the cards are read, and tell you "
           "whether their teachers came back better.")
clause(30, "It is my wish that you find a way to know whether the children learned more because their teacher came "
           "to Shoresh. I never found one.")
clause(31, "It is my wish that Shoresh speak of the whole child, his health, his safety, his joy, what he gives and "
           "how he will earn his living, and not only of reading and number.")

title("Part Six: My Blessing")
para(doc, "May the root hold and the branches spread. May every teacher who leaves the Shoresh room leave it "
          "knowing one child better than when she came. Chazak ve-ematz.", style="Will Text")
para(doc, [("Hannah Lowenthal", "i")], align=RIGHT)

# ------------------------------------------------------------------ codicil
title("Codicil", before=18)
para(doc, "I, Hannah Lowenthal, add this Codicil to my will after the University of Mereworth's validation event of "
          "12 February 2009.", style="Will Text")
para(doc, [("First. ", "b"), "In clause 2, for 'forty credits at Level 6' read 'sixty credits at Master's level "
                            "(Level 7)'."], style="Will Text")
para(doc, [("Second. ", "b"), "Clause 14 is revoked. The University's panel would not examine anyone who has not "
                             "been taught, and I have given way."], style="Will Text")
para(doc, [("Third. ", "b"), "After clause 19 add: 'Every Fruit is also read by a second tutor, who does not see the "
                            "first tutor's mark; the two agree a mark, and a third tutor decides any they cannot "
                            "agree. The University appoints an external examiner, who reads a sample of every Fruit "
                            "each year and confirms the marks at the University's examination board. The tutors meet "
                            "after each round of marking to compare their marks against the University's "
                            "criteria.'"], style="Will Text")
para(doc, [("Fourth. ", "b"), "In clause 18, after 'The certificate is given' add 'by the University'."],
     style="Will Text")
para(doc, "In all else I confirm my will.", style="Will Text")

t = table(doc, 3, 3, widths_cm=[5.2, 5.6, 5.6])
for j, h in enumerate(["Signed", "Witness", "Witness"]):
    cell_text(t.cell(0, j), [(h, "b")], size=9)
    shade_cell(t.cell(0, j), "E4E9DA")
cell_text(t.cell(1, 0), "Hannah Lowenthal", size=9)
cell_text(t.cell(1, 1), "Jonathan Adler, Chair, Shoresh Learning Committee", size=9)
cell_text(t.cell(1, 2), "Dr Philip Marden, Programme Leader, School of Education, University of Mereworth", size=9)
cell_text(t.cell(2, 0), "27 February 2009", size=9)
cell_text(t.cell(2, 1), "Ashbury Park Synagogue", size=9)
cell_text(t.cell(2, 2), "[address to be added]", size=9)

# ------------------------------------------------------------------ schedule A
title("Schedule A: The Shoresh Sundays", before=18)
SUNDAYS = [
    ("Autumn", None),
    ("1", "18 Oct 2009", "The whole child: the five outcomes of Every Child Matters and the SENCO's part in them; how "
                         "children grow and learn, and what shapes their growing", "Watch one child for a morning"),
    ("2", "22 Nov 2009", "The law: the SEN Code of Practice 2001, the Disability Discrimination Act as amended in "
                         "2005, the disability equality duty, and what they ask of the school",
     "Read your SEN policy and accessibility plan against the law"),
    ("Spring", None),
    ("3", "10 Jan 2010", "Leading: the SENCO, the head and the governors; first things first, time, and handing on "
                         "tasks; speaking and writing so that others listen; keeping up to date",
     "Put one proposal to your head"),
    ("4", "7 Feb 2010", "Finding and knowing the child: observation and data, other professionals' reports, targets "
                        "and plans, assessment for learning in every classroom", "Begin the First Fruit"),
    ("5", "7 Mar 2010", "Families: listening to parents and carers and working with them",
     "Hold a meeting with a child's parents"),
    ("Summer", None),
    ("6", "[to be fixed]", "Kinds of need: behavioural, emotional and social difficulties, dyslexia, speech, language "
                           "and communication, autism, moderate learning difficulties; approaches, resources and "
                           "ICT; access arrangements for national tests and examinations",
     "Try one approach and one piece of equipment from the Shoresh room"),
    ("7", "23 May 2010", "Beyond the school: the agencies, the voluntary organisations, the SENCOs next door",
     "Meet one service your school uses"),
    ("8", "27 Jun 2010", "The map and the team: provision mapping, teaching assistants, reviewing provision with "
                         "colleagues, the school's self-evaluation; what research has found; the letter to yourself",
     "Finish the Second Fruit"),
]
t = table(doc, len(SUNDAYS) + 1, 4, widths_cm=[1.4, 2.6, 8.4, 4.0])
for j, h in enumerate(["Sunday", "Date", "What is handed on", "Planting"]):
    cell_text(t.cell(0, j), [(h, "b")], size=9)
    shade_cell(t.cell(0, j), "E4E9DA")
repeat_header(t.rows[0])
for i, row in enumerate(SUNDAYS, start=1):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(c, [(row[0], "bi")], size=9)
        shade_cell(c, "F1F4EC")
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, size=9)

# ------------------------------------------------------------------ schedule B
title("Schedule B: The Fruits", before=18)
FRUITS = [
    ("First Fruit: A Child's Story", "4,000 words, after Sunday 6",
     "The story of one child with SEN over a term: how his needs were found, through observation, data and "
     "assessment; what the reports of other professionals said and how she used them to plan his teaching; how his "
     "development has been shaped by his needs and his surroundings; his kind of need and how it touches his "
     "learning; the targets that stretch him, the plan, and how she reviewed his progress with his teachers; the "
     "approaches and resources she weighed, ICT among them; how she helped his class teacher to use assessment for "
     "learning with him; where he sits national tests or examinations, the special arrangements she found in good "
     "time and put in place with colleagues; her dealings with him and with his parents, and the meetings she held "
     "with them; what the SEN law, the Code of Practice and the disability equality duty asked of the school; how "
     "he fared in the five outcomes; and the decisions she took when things went wrong, with her reasons."),
    ("Second Fruit: The Garden", "5,000 words, after Sunday 8",
     "Her school's provision map: what is missing or not working, set in the school's own self-evaluation; and her "
     "proposal to the head and governors for the school's ethos, policies, priorities and resources, with an "
     "account of how she brought them along."),
    ("Third Fruit: Passing It On", "a session and 2,500 words, by 31 July",
     "A session she plans and leads for colleagues, and the coaching of one colleague through observation and "
     "feedback; how she drew on research and outside advice to improve her own and their practice, and what "
     "research has found about what works; her plan for the term's work, what she handed to others and how she saw "
     "it done; and her plan for keeping up to date."),
]
t = table(doc, len(FRUITS) + 1, 3, widths_cm=[3.6, 3.0, 9.8])
for j, h in enumerate(["Fruit", "Length and time", "What she brings"]):
    cell_text(t.cell(0, j), [(h, "b")], size=9)
    shade_cell(t.cell(0, j), "E4E9DA")
for i, (a, b, c) in enumerate(FRUITS, start=1):
    cell_text(t.cell(i, 0), [(a, "b")], size=9)
    cell_text(t.cell(i, 1), b, size=9)
    cell_text(t.cell(i, 2), c, size=9)

# ------------------------------------------------------------------ schedule C
title("Schedule C: The Inheritance", before=18)
para(doc, [("What every participant must reach, in Hannah's words. 'Handed on at' is the Sunday; 'Proved by' the "
            "Fruit that marks it (clause 17), or 'Conversation only' (clause 16). 'Not handed on' is explained in "
            "Part Five.", "i")], after=4, size=9.5)
INHERIT = [
    ("What a SENCO is", None),
    ("Dealing fairly, kindly and honestly with children with SEN and disabilities and with their parents", "5",
     "First Fruit"),
    ("Bringing the head, the senior staff and colleagues along", "3", "Second Fruit"),
    ("Putting first things first, using time well, handing on tasks and seeing them done", "3", "Third Fruit"),
    ("Seeing trouble coming, mending it, and judging well what a child needs", "4", "First Fruit"),
    ("Speaking and writing plainly; listening and understanding", "3", "Conversation only"),
    ("Using research and outside advice to teach better and help others teach better", "8", "Third Fruit"),
    ("Keeping up to date and owning one's own learning", "3", "Third Fruit"),
    ("What a SENCO knows", None),
    ("The SEN law and the Code of Practice, and what they ask of the school and the SENCO", "2", "First Fruit"),
    ("The five outcomes of Every Child Matters and the SENCO's part in them", "1", "First Fruit"),
    ("The disability equality law and what it asks the school to do", "2", "First Fruit"),
    ("How children grow and learn, and what shapes their growing", "1", "First Fruit"),
    ("The common kinds of need and how each touches learning", "6", "First Fruit"),
    ("Weighing ways of assessing, planning and teaching, computers among them", "6", "First Fruit"),
    ("How a school judges and improves itself, for these children", "8", "Second Fruit"),
    ("What research has found about what works", "8", "Third Fruit"),
    ("The agencies outside the school and how to get their help", "7", "Conversation only"),
    ("What a SENCO does", None),
    ("With the head and governors, shaping an inclusive school: its ethos, policies, priorities and resources", "3",
     "Second Fruit"),
    ("Finding children who may have SEN, setting targets that stretch them, planning help, reviewing progress", "4",
     "First Fruit"),
    ("Using other professionals' reports to plan teaching", "4", "First Fruit"),
    ("Helping colleagues to use assessment for learning, with thought for children with SEN", "4", "First Fruit"),
    ("Finding in good time the special arrangements a child needs for national tests and examinations, and putting "
     "them in place", "6", "First Fruit"),
    ("Mapping provision and finding what is missing or not working", "8", "Second Fruit"),
    ("Deploying and managing teaching assistants and other staff", "8", "Conversation only"),
    ("Helping colleagues grow: watching, advising, showing, coaching, training", "8", "Third Fruit"),
    ("Reviewing provision with colleagues for the school's self-evaluation", "8", "Conversation only"),
    ("The child's own part in planning and reviewing his provision", "-", "Not handed on"),
    ("Working with parents and carers for their child's learning", "5", "First Fruit"),
    ("Working with other services and voluntary organisations", "7", "Conversation only"),
]
t = table(doc, len(INHERIT) + 1, 3, widths_cm=[11.0, 2.4, 3.0])
for j, h in enumerate(["Item", "Handed on at", "Proved by"]):
    cell_text(t.cell(0, j), [(h, "b")], size=9)
    shade_cell(t.cell(0, j), "E4E9DA")
repeat_header(t.rows[0])
for i, row in enumerate(INHERIT, start=1):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(c, [(row[0], "bc")], size=9)
        shade_cell(c, "F1F4EC")
        continue
    item, sunday, proved = row
    cell_text(t.cell(i, 0), item, size=9)
    cell_text(t.cell(i, 1), sunday if sunday == "-" else "Sunday " + sunday, size=9)
    cell_text(t.cell(i, 2), proved, size=9)

out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, word_count(out), "words")
