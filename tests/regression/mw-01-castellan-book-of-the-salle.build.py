"""mw-01-castellan-book-of-the-salle: build the .docx next to this script.

Provider (invented): the Castellan Salle d'Armes, Wyndmarsh, a fencing club with a coaching school and an inclusive
fencing programme in 52 local schools, with the University of Merrowby (School of Education and Lifelong Learning)
validating the Award as a 60-credit Level 7 module. Working edition 3, January 2009.

Document kind and layout: the course written as a fencing school's "Book" in the manner of the old Italian masters'
treatises, as a house edition with apparatus. No heading styles: titles are bold centred capitals in Normal style,
each with a leaf reference ("[f. 4r]"). A colophon table with a merged, shaded title row. "To the Reader" (preface),
"On this edition" (conventions, a two-column table of the Salle's words, and the key to the Concordance, far above
it). The Ward and the Measure (entry), ten Lessons, each opened by an italic saying of the (invented) master Giacomo
di Valle (1582) and followed by a "Gloss." paragraph in the Salle's voice and a "Bout" line; the Three Assaults;
the Masters table; the Jury; the Amendment of the Book; the Concordance of Plays (29 rows in three merged, shaded
group rows, columns "Play | The Scholar can ... | Taught at | Touched in"). One List Bullet list. A VML text box holds a plate caption
(no evidence). Three footnotes (translator's notes; one carries the credit-transfer rule). One Word comment. Tracked
changes: a deleted placements sentence, a deleted correspondence route, an inserted external-examiner sentence.
Header ("working edition") and footer with a PAGE field.

The Salle's vocabulary: Scholar (participant), Master (tutor), Provost (in-school mentor, a serving SENCO), Lesson
(taught day), Bout (unmarked in-school task), Assault (A1-A3, the marked assignments), the Ward (pre-course
self-rating and conversation), the Measure (individual plan), the Pell (online forum), the Jury (marking and
moderation), the Salute (last Lesson and the Award), Play (outcome), Touch / touched in (marked in), the Armoury
(resources room).

Traps (requirement ids):
- The italic sayings of di Valle are quotations of an old book, not the Salle's arrangements. One says a man
  "already a master" may be tried "without lessons"; the Gloss says "Here the Salle parts from di Valle. There is no
  trial without Lessons at the Salle" (2.3 not_met: negation after a quotation that states the opposite).
- The preface's aims speak only of progress "in reading, writing and mathematics" and attainment gaps, and the
  Second Assault is judged on the Scholar's plan for raising attainment (1.1 partially_met: right words, attainment
  only; ECM is only content in Lesson I).
- Blanket claim "Every one of the national outcomes is met in this Book" (no effect; 6.* decided row by row).
- Prior credit: a footnote gives credit transfer for earlier masters study; the Gloss says "Experience does not
  shorten the year" (2.1 partially_met: study yes, experience no).
- CRB: only the Salle's own coaches and Masters are checked, under British Fencing's coach licence; a Word comment
  asks what is checked for the Scholars (5.3 not_met: wrong people; comments are not evidence).
- Placements: the sentence sending Scholars to Brookfield Special School is a deleted tracked change; guest
  specialists remain in Lesson VIII (5.5 partially_met).
- A deleted tracked sentence offered the Lessons "by correspondence"; two Entries and repeated Lessons remain
  (3.2 met regardless).
- The Pell: peer forum online, but "The Masters read the Pell but do not answer on it" (3.3 partially_met: no
  direct tutor support online).
- Access: only the building and a hearing loop, and a history of wheelchair fencing (3.1 partially_met).
- Provosts are only "sent this Book" and may telephone (5.7 partially_met).
- The external examiner's sampling and sitting with the Jury is an inserted tracked change (5.8 met; part of 5.1).
- Award rule: the Salute is given on passing three Assaults at 40 per cent and attendance, not on all outcomes
  (6.0 partially_met); some Plays are "Shown" only (1.9 partially_met).
- Impact: confidence ratings at the Ward and the Salute, but pupils' achievement only hoped for ("we hope in time
  to learn"; "does not yet gather any measure of it") (5.9 partially_met).
- Stakeholders: heads surveyed, SEN team and parents met (4.1 met); lessons changed and parents co-wrote Lesson VI
  (4.2 met); involvement in delivery but evaluation by heads only hoped for (4.3 partially_met).
- Concordance, keyed far above in "On this edition": "Shown" = practised, not marked (6.A7, 6.K3, 6.S2c, 6.S7
  partially_met); a dash in "Taught at" with A3 = assessed but not taught (6.S6 partially_met); "Left to the
  school: the Provost and the head see to it" (6.A3 not_met: someone else's responsibility); "Not in this edition"
  (6.K4 not_met); "Reserved for the second edition" (6.S2d not_met: a plan). Lesson V teaches consulting pupils
  (1.5 met) while involving pupils in planning their provision is "Shown" (6.S7).
- The Third Assault requires all of a provision map, a review of support staff deployment and coaching of two
  colleagues, so 6.S3, 6.S4, 6.S5 are assessed for every Scholar.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _mw_helpers import (new_doc, para, add_runs, add_ins, add_del, comment, footnote, textbox, table,
                         merged_row, shade, cell_text, header_footer)
from docx.shared import Pt

OUT = Path(__file__).with_name("mw-01-castellan-book-of-the-salle.docx")
ED = "Tobias Fenn"
DATE = "2009-01-14T10:12:00Z"

doc = new_doc("Garamond", 11)
header_footer(doc, [("The Book of the Salle", "i"), " \u00b7 working edition 3 \u00b7 for the TDA approval panel"],
              "Castellan Salle d'Armes \u00b7 4 Tannery Lane, Wyndmarsh \u00b7 Leaf ")


def title(text, leaf=None):
    p = para(doc, [(text, "b")], align="c", space_after=4, keep=True)
    p.paragraph_format.space_before = Pt(12)
    if leaf:
        add_runs(p, [("  [" + leaf + "]", "g")])
    return p


def saying(text, leaf):
    p = para(doc, [(text, "i"), ("  [" + leaf + "]", "g")], indent=36, keep=True)
    p.paragraph_format.right_indent = Pt(36)
    return p


def gloss(text, lead="Gloss. "):
    return para(doc, [(lead, "b"), text] if lead else text, align="j")


def bout(text):
    return para(doc, [("Bout: ", "bi"), text], indent=18)


# ---------------------------------------------------------------- title page
para(doc, [("THE BOOK OF THE SALLE", "b")], align="c", size=22, space_after=6)
para(doc, [("being the Lessons, Bouts and Assaults by which the Castellan Salle d'Armes, with the University of "
            "Merrowby, prepares teachers new to the coordination of special educational needs for the National "
            "Award for SEN Coordination; set down in the manner of the old masters' books, with a Gloss, the Rules "
            "of the Jury and a Concordance of Plays", "i")], align="c")
para(doc, "Working edition 3 \u00b7 January 2009", align="c", space_after=10)

col = table(doc, [["", ""],
                  ["Edition", "Working edition 3, January 2009, for the approval round of the Training and "
                   "Development Agency for Schools. Supersedes edition 2 (October 2008), which was used with the "
                   "trial Lesson."],
                  ["The Salle", "Castellan Salle d'Armes, founded 1961: a fencing club, a coaching school for "
                   "fencing coaches, and an inclusive fencing programme in schools"],
                  ["Validated by", "The University of Merrowby, School of Education and Lifelong Learning, as the "
                   "module EDM712 The Coordination of Provision for Special Educational Needs: 60 credits at Level "
                   "7 (masters level), leading to the National Award for SEN Coordination. The University approved "
                   "the module at its validation event of 3 December 2008."],
                  ["Edited by", "Maitre Helena Vasquez-Orme, Director of the Salle, and Dr Tobias Fenn, Senior "
                   "Lecturer in Inclusive Education at the University"],
                  ["Places", "24 Scholars a year: 16 at the September Entry and 8 at the January Entry"]],
            widths=[3.2, 12.5], size=10)
merged_row(col, 0, [("COLOPHON", "b")], fill="D9CBA8", size=10)
for r in col.rows[1:]:
    shade(r.cells[0], "F1EBDD")

textbox(doc, [[("Plate I. ", "b"), ("The Salute.", "i")],
              "Woodcut after di Valle, f. 1v: two fencers salute before the master's chair while the scholars look "
              "on. The plate is not reproduced in this working edition; it will stand here in the printed Book."],
        width_pt=360, height_pt=62)

# ---------------------------------------------------------------- to the reader
title("TO THE READER")
p = gloss("The Castellan Salle d'Armes has taught the sword in Wyndmarsh since 1961.", lead=None)
footnote(doc, p, "Salle d'armes: the hall of arms, the fencing school's long room, and by extension the school "
         "itself. We keep the French word because our founder, Aurelio Castellan, learned in Paris.")
add_runs(p, " For thirty years it has also taken fencing into schools: our inclusive fencing programme now runs in "
         "fifty-two primary, secondary and special schools across Wyndmarsh and the Ossery Valley, and about a "
         "third of the young fencers in it have a statement of special educational needs or are supported at "
         "School Action Plus. Our coaches have learned more from the SENCOs of those schools than we have taught "
         "them, and it was two of those SENCOs who first asked whether the Salle, which already trains fencing "
         "coaches, would help to train the SENCOs who come after them.")
gloss("This Book is our answer. It is written in the manner of the fencing books of the Italian masters, because "
      "that is how the Salle has always taught: a short saying of the master, and then the practice that makes "
      "sense of it. The sayings are taken from Giacomo di Valle's Libro dell'Arte e della Misura (Ferrara, 1582), "
      "in the Salle's own translation. They are there for their wisdom, not as rules; where our practice differs "
      "from di Valle's, the Gloss says so.", lead=None)
gloss("We believe that every young person can learn to hold a blade, and that every new SENCO can learn to lead a "
      "school. Every one of the national outcomes is met in this Book.", lead=None)
gloss("The Book has one end: that the pupils of our Scholars make better progress in reading, writing and "
      "mathematics, and that the gap between their attainment and that of their classmates narrows. Each Lesson, "
      "each Bout and each Assault is chosen for what it adds to that end, and the Second Assault is judged above "
      "all on the Scholar's plan for raising the attainment of one pupil.", lead="The end of the Book. ")

# ---------------------------------------------------------------- on this edition
title("ON THIS EDITION")
gloss("The Book keeps the order of a year at the Salle: first the Ward and the Measure, then ten Lessons with the "
      "Bouts between them and the three Assaults, then the Salute. The sayings of di Valle are set in italic, with "
      "the leaf of the 1582 printing on which they stand, so: [f. 12v]. The Gloss that follows each saying is the "
      "Salle's own, and it is the Gloss that says what we do.", lead=None)
para(doc, [("The words of the Salle", "b")], keep=True)
words = [
    ["Word", "What it means in this Book"],
    ["Scholar", "a teacher taking the Award with us"],
    ["Master", "one of the four tutors who teach the Lessons and mark the Assaults"],
    ["Provost", "an experienced SENCO in a neighbouring school who supports a Scholar in school between Lessons"],
    ["Lesson", "one of the ten taught days at the Salle"],
    ["Bout", "a short task done in the Scholar's own school between Lessons and talked over with the Provost; Bouts "
             "are not marked"],
    ["Assault", "one of the three marked pieces of work, A1, A2 and A3"],
    ["The Ward", "the starting self-rating and conversation before the first Lesson"],
    ["The Measure", "the Scholar's own plan for the year, written from the Ward"],
    ["The Pell", "the Salle's online forum (a pell is the post a swordsman practises his blows against)"],
    ["The Jury", "the Masters sitting together to agree the marks of the Assaults"],
    ["The Salute", "the last Lesson, and the Award itself"],
    ["Play", "one of the things a Scholar must be able to do by the end; the Concordance lists them"],
    ["The Armoury", "the Salle's room of books, tests and equipment for Scholars"],
]
wt = table(doc, words, widths=[3.2, 12.5], size=10, header_fill="D9CBA8")
footnote(doc, wt.cell(3, 0).paragraphs[0], "In the old schools the provost was the master's deputy, who had passed "
         "his own trial at arms. Our Provosts are SENCOs with at least three years in the role.")
para(doc, "")
gloss("At the end of the Book the Concordance of Plays sets every Play beside the Lesson at which it is taught and "
      "the Assault in which it is touched, that is, marked. In the column Touched in, A1, A2 and A3 are the three "
      "Assaults. Shown means that the Play is shown and practised at its Lesson, and a Scholar may try it in a "
      "Bout, but no Master marks it. A dash in the column Taught at means that no Lesson teaches the Play. Not in "
      "this edition and Reserved for the second edition mean what they say.", lead="Reading the Concordance. ")

# ---------------------------------------------------------------- the ward
title("OF THE WARD AND THE MEASURE", "f. 2r")
saying("Before you teach a man, see how he stands; for the same lesson that mends one guard will spoil another.",
       "f. 2r")
gloss("No one comes to the Ward who is not already a qualified teacher, named by their governing body as SENCO or "
      "to be named within the school year, and sent with a letter from their head releasing them for the ten "
      "Lessons. The Salle's secretary checks these three papers before a place is offered.")
gloss("The Ward takes place in the fortnight before the first Lesson. The Scholar rates themself against every "
      "Play in the Concordance on a four-point scale (new to me; heard of it; do it with help; could teach it), "
      "and then talks the ratings through for an hour with a Master and their Provost, who often find a Play "
      "rated too high because what the Scholar knows is out of date. From the Ward the Master writes the Measure: "
      "the four or five Plays the Scholar will work hardest at, which Bouts they will take, what they will read, "
      "and, for each Assault, which of their own Plays it should show. The Measure is reviewed at Lesson V and at "
      "the Salute.", lead=None)
gloss("The fee for the year is \u00a31,150, of which the Wyndmarsh SEN service pays half for Scholars from its "
      "schools. A Scholar whose Ward shows a Play already strong leaves out its Bout and spends the time on the "
      "Plays in their Measure, so that no one spends their time on what they can already do.", lead=None)
gloss("If the Ward shows that a Scholar is not yet ready to reach the Plays by the end of the year, for instance "
      "because they have no class or group with whom to try the Bouts, the Master tells them so, sets out in "
      "writing what they should do first, and writes to the head. Their place is held for the January Entry.",
      lead=None)
p = gloss("Credit a Scholar already holds from masters study at another university is counted as the University "
          "of Merrowby's rules allow.", lead=None)
footnote(doc, p, "Under the University's Credit Accumulation and Transfer Regulations, section 7, up to 20 of the 60 "
         "credits may come from masters study completed elsewhere in the last five years, on the University's "
         "assessment of a transcript.")
add_runs(p, " Experience does not shorten the year: a Scholar who has long run a resource base takes the same "
         "Lessons as everyone else, though their Measure will send them to different Bouts.")
saying("If one comes to you already a master, try him at the sword without lessons; and if he is found good, let "
       "him be named a master among you.", "f. 2v")
gloss("Here the Salle parts from di Valle. There is no trial without Lessons at the Salle: every Scholar, however "
      "long they have worked with children with special educational needs, comes to all ten Lessons and hands in "
      "all three Assaults.")
p = gloss("All the Salle's coaches, and every Master who teaches the Award, hold an enhanced CRB disclosure, "
          "renewed every three years as British Fencing's coach licence requires, and the Salle keeps a register "
          "of them.", lead=None)
comment(doc, p.runs, "Toby, do we need to say what we check for the Scholars themselves? I have put nothing in yet. "
        "HVO", "Helena Vasquez-Orme", "HVO")

# ---------------------------------------------------------------- the lessons
title("THE TEN LESSONS", "f. 3v")
gloss("The Lessons are held at the Salle, in the Long Room, from half past nine until half past three. Between "
      "Lessons each Scholar takes the Bouts their Measure names and talks them over with their Provost.", lead=None)

title("LESSON I. OF THE LAW OF THE SALLE", "f. 4r")
saying("Learn first the rules of the place where you fence, for he who breaks them wins nothing.", "f. 4r")
gloss("The first Lesson sets out the law and guidance that shape the SENCO's work: the Education Act 1996 as it "
      "concerns special educational needs, the SEN Code of Practice (2001) and its graduated response of School "
      "Action and School Action Plus, the Special Educational Needs and Disability Act 2001, and the Education "
      "(Special Educational Needs Co-ordinators) (England) Regulations 2008; and the duties of the Disability "
      "Discrimination Act 1995 as amended in 2005, among them the disability equality duty and the school's "
      "accessibility plan. In the afternoon Scholars work through Every Child Matters and its five outcomes, and "
      "what a SENCO does to help pupils reach each of them, and through current policy and initiatives: the "
      "Inclusion Development Programme and the Bercow Review of services for children with speech, language and "
      "communication needs (2008).")
bout("set your school's SEN policy beside the Code of Practice and mark where they part. The First Assault grows "
     "from this Bout.")

title("LESSON II. OF THE KINDS OF NEED", "f. 6r")
saying("No two hands hold the sword alike; the master who teaches one grip to all teaches most of them badly.",
       "f. 6r")
gloss("Lesson II takes the commonest kinds of special educational need and disability in turn: behavioural, "
      "emotional and social difficulties; specific learning difficulties, dyslexia above all; speech, language "
      "and communication needs; autistic spectrum disorders; and moderate learning difficulties. For each the "
      "Scholars hear how it shows itself in the classroom and how it gets in the way of learning, and meet a young "
      "fencer from our schools programme, with a parent, who talks about what helps. The Master who teaches this "
      "Lesson holds the Advanced Diploma in specific learning difficulties.")
bout("watch one pupil in two different lessons and write down what got in the way of their learning.")

title("LESSON III. OF TEMPO: FINDING, TARGETING AND FOLLOWING", "f. 8r")
saying("Strike in tempo, neither before nor after; the same blow that hits in time is parried when it is late.",
       "f. 8r")
gloss("This Lesson is about finding the pupils who may have special educational needs and following them: "
      "classroom observation, the school's data, and the assessments of educational psychologists, speech and "
      "language therapists and specialist teachers, and how to turn these into teaching approaches. Scholars learn "
      "to use end of key stage tests, optional tests and P scales to track a pupil's progress and to change a "
      "programme that is not working, to set targets that stretch, and to plan and review interventions. The "
      "Master shows a range of approaches and resources, from precision teaching to the ICT in the Armoury, and "
      "the Scholars weigh each against the evidence for it. The last hour shows how a SENCO can help other "
      "teachers build formative assessment into their lessons, with approaches for pupils with SEN; Scholars "
      "practise it in pairs.")
bout("track one pupil's progress over half a term from the school's data and say what you would change.")

title("LESSON IV. OF THE MAP", "f. 10r")
saying("Draw the measure on the floor before you fence in it.", "f. 10r")
gloss("Lesson IV teaches provision mapping. Scholars bring their school's provision map, or the lists from which "
      "one could be made, and learn to cost it, to set it beside pupils' progress, and to find the provision that "
      "is missing or is not working. In the afternoon the Lesson turns to the people behind the map: how a SENCO "
      "deploys teaching assistants and other support staff so that their time goes where it does most good, and "
      "how their work is managed.")
bout("draw or redraw your school's provision map for one year group.")

title("LESSON V. OF THE YOUNG FENCER'S VOICE", "f. 12r")
saying("Ask the scholar where the blade hurt him; he knows it better than you.", "f. 12r")
gloss("Our own young fencers taught us this Lesson. Scholars learn ways of finding out what children and young "
      "people with SEN think about their learning and their support, and practise them: talking mats, pupil "
      "interviews, questionnaires in symbols, and preparing a pupil to speak at their own review. They practise "
      "with pupils from the Salle's Saturday squad, with their parents' agreement. How to make pupils partners in "
      "planning and reviewing their own provision is shown in the last part of the Lesson. Each Scholar's Measure "
      "is reviewed with them at the end of the day.")
bout("ask three pupils with SEN what helps them learn, by a method from this Lesson, and bring what they said.")

title("LESSON VI. OF PARENTS", "f. 14r")
saying("The scholar's father sees him fence once a year; tell him honestly what you saw on the other days.",
       "f. 14r")
gloss("Lesson VI was written with two parents from the Wyndmarsh Parent Partnership forum, who teach its morning. "
      "It covers how to build fair and respectful relationships with pupils and their families, how to share "
      "information and to listen when the news is hard, how to run a review meeting in which parents are partners, "
      "and how to advise and support colleagues in working with parents. Scholars role-play a difficult review, "
      "with the parents playing themselves.")
bout("sit in on, or lead, a review meeting with parents and note what you would do differently.")

title("LESSON VII. OF COLLEAGUES AND OF THE HEAD", "f. 16r")
saying("A master who fences only with his own scholars forgets how to fence.", "f. 16r")
gloss("Lesson VII is about the SENCO as a leader. Scholars learn how to win the commitment of the head, senior "
      "leaders and governors to better outcomes for pupils with SEN; how to advise them on policy, priorities and "
      "the use of resources so that the school becomes more inclusive; how to support colleagues' development by "
      "observing lessons and giving feedback, modelling, coaching and mentoring, and planning training; and how to "
      "work with colleagues in other schools through the local SENCO cluster. Each Scholar gives a ten-minute talk "
      "to the group and is told how clearly they spoke and how well they listened to the questions.")
bout("observe a colleague teaching a pupil with SEN and give them feedback.")

title("LESSON VIII. OF OTHER MASTERS", "f. 18r")
saying("There are other salles than yours, and some of their masters are better than you.", "f. 18r")
p = gloss("This Lesson brings in the services on which a SENCO depends. An educational psychologist from the "
          "Wyndmarsh service, a speech and language therapist from the primary care trust, a CAMHS nurse and the "
          "coordinator of the Ossery Valley Dyslexia Association each take part of the day, explaining what they "
          "do, how a school asks for their help, and how a SENCO works with them and with voluntary organisations "
          "so that a family has one coherent plan. ")
add_del(p, "Each Scholar also spends two days at Brookfield Special School, watching its outreach team at work.",
        ED, DATE)
bout("map every service that works with pupils in your school and how each is reached.")

title("LESSON IX. OF JUDGEMENT AND OF THE BOOKS", "f. 20r")
saying("Read the books of the masters, but trust the blade in your hand.", "f. 20r")
gloss("Lesson IX is about making sound decisions on provision: seeing problems coming, weighing the evidence, and "
      "choosing. Scholars read and discuss recent research and inspection evidence, among it Ofsted's Inclusion: "
      "does it matter where pupils are taught? (2006), the Education and Skills Committee's report on special "
      "educational needs (2006), the Bercow Review and the research summaries of the Inclusion Development "
      "Programme, and learn how to draw on research and outside advice to improve their own and their "
      "colleagues' practice. They also study the principles of school self-evaluation, Ofsted's self-evaluation "
      "form, and how a school judges its outcomes for pupils with SEN.")
bout("find one piece of research that bears on your school's provision and take it to a colleague.")

title("LESSON X. THE SALUTE", "f. 22r")
saying("The bout ends with a salute, and the salute begins the next bout.", "f. 22r")
gloss("The last Lesson is also the Jury's day for the Third Assault. In the afternoon each Scholar, with their "
      "Master, writes three professional targets for the year after the Award on the Salle's Next Measure sheet, "
      "and takes it to their head and performance management reviewer; the Master writes to the head to say so. "
      "The Masters talk through ways of keeping up to date on SEN and disability after the Award: the local SENCO "
      "cluster, nasen, and the University's MA modules.")

# ---------------------------------------------------------------- the assaults
title("THE THREE ASSAULTS", "f. 24r")
saying("Practice in the lesson, proof in the assault.", "f. 24r")
gloss("A critical review, of 3,000 words, of how the Scholar's school carries out the SEN Code of Practice and "
      "Every Child Matters, with recommendations to the head and governors on policy, priorities and the use of "
      "resources. It is handed in after Lesson IV.", lead="The First Assault (A1): The Ward Reviewed. ")
gloss("A case study, of 4,000 words, of one pupil with special educational needs: how the need was identified, "
      "what kind of need it is and how it affects the pupil's learning, the assessments of the professionals "
      "involved, the relationship built with the pupil and the family, the targets set, the approaches and "
      "resources chosen and why, how the pupil's progress was tracked with the school's test data, and the "
      "Scholar's plan for raising the pupil's attainment. It is handed in after Lesson VII.",
      lead="The Second Assault (A2): A Pupil's Measure. ")
gloss("A change in the Scholar's own school, planned with the head and carried out over at least a term. The "
      "change must include a redrawn provision map, a review of how support staff are deployed, and coaching or "
      "training for at least two colleagues; it must draw on research and on the advice of at least one outside "
      "service or voluntary organisation; and it ends with a review, carried out with other staff, of how well the "
      "school's provision for pupils with SEN now works and what it should feed into the school's "
      "self-evaluation. The Scholar writes 4,000 words, explaining the decisions taken and the problems met, and "
      "presents the change to the Jury at the Salute, answering the Jury's questions.",
      lead="The Third Assault (A3): Leading the Salle. ")
gloss("Every Bout and every Assault is done in the Scholar's own school, with their own pupils and colleagues, so "
      "that what is learned at the Salle is tried at once where it matters.", lead=None)

# ---------------------------------------------------------------- masters and armoury
title("OF THE SALLE, ITS MASTERS AND ITS ARMOURY", "f. 26r")
masters = [
    ["Master", "Standing", "Teaches"],
    ["Dr Tobias Fenn", "Senior Lecturer in Inclusive Education, University of Merrowby; SENCO in two Wyndmarsh "
     "schools from 1994 to 2003; MA in Special and Inclusive Education; chairs the Jury", "Lessons I and IX"],
    ["Grace Adebayo-Lunn", "Head of Learning Support at Kettering Road High School until 2007, now an advisory "
     "teacher for the Wyndmarsh SEN service; Advanced Diploma in specific learning difficulties", "Lessons II and III"],
    ["Owen Treharne", "Head of the Salle's inclusive fencing programme; taught for eighteen years in two special "
     "schools; PGCE; British Fencing Level 3 coach", "Lessons IV, V and VIII"],
    ["Maitre Helena Vasquez-Orme", "Director of the Salle; Maitre d'armes of the British Academy of Fencing; "
     "primary SENCO from 1998 to 2004; MEd (Inclusive Education)", "Lessons VI, VII and X"],
]
table(doc, masters, widths=[3.6, 9.5, 2.8], size=10, header_fill="D9CBA8")
para(doc, "")
gloss("Every Master teaches, advises or leads SEN provision in a school or service for at least one day a week "
      "in 2008-09, so that what is taught is current.", lead=None)
gloss("Each Master marks alongside another Master in their first year with the Jury. Provosts are sent this Book "
      "at the start of the year and may telephone a Master if they are unsure what a Bout asks of them.",
      lead=None)
gloss("The Armoury, on the Salle's first floor, holds some four hundred books and journals on special educational "
      "needs, standardised tests and screening kits for Scholars to borrow, and six laptops with Clicker 5, "
      "Inspiration, Write Online and text-to-speech software. Scholars also have full use of the University of "
      "Merrowby's library, its electronic journals and its Blackboard site.", lead="The Armoury. ")
gloss("The Lessons are held on the ground floor of the Salle, which is step-free, and the Long Room has a hearing "
      "loop. The Salle has taught wheelchair fencing since 1979.", lead="Access. ")
p = gloss("There are two Entries each year, in September and in January. Each Lesson is given twice, on a Saturday "
          "and again on the Wednesday evening after it, and a Scholar may come to either. A Scholar who misses a "
          "Lesson takes it with the next Entry, and the Assaults may be handed in in a different order, up to "
          "eighteen months from the Ward. ", lead="Entries and times. ")
add_del(p, "Scholars may also follow the Lessons by correspondence.", ED, DATE)
gloss("The Pell is the Salle's online forum, on the University's Blackboard site. Scholars post their Bouts there "
      "and answer one another's. The Masters read the Pell but do not answer on it: questions wait for the next "
      "Lesson.", lead="The Pell. ")

# ---------------------------------------------------------------- the jury
title("OF THE JURY", "f. 28r")
saying("Let two masters judge every hit, and where they differ, let the president decide.", "f. 28r")
p = gloss("Every Assault is marked by two Masters against the Salle's marking criteria, which name the Plays that "
          "each Assault must touch. The two marks are agreed, and where they differ by more than ten the Jury "
          "decides. ")
add_ins(p, "Each year the University's external examiner, Dr Ruth Ansell of the University of Kelbrook, reads a "
        "sample of every Assault, including every fail, and sits with the Jury in June. ", ED, DATE)
add_runs(p, "The Jury meets after each Assault, and the University's Board of Examiners confirms its marks.")
gloss("The Salute is given to a Scholar who has passed all three Assaults, each at 40 per cent or more, and has "
      "come to at least eight of the ten Lessons. A Scholar who fails an Assault may hand it in once more.",
      lead="The Award. ")

# ---------------------------------------------------------------- amendment
title("OF THE AMENDMENT OF THIS BOOK", "f. 30r")
saying("The book that is never corrected teaches its errors for ever.", "f. 30r")
gloss("The Book is amended each summer. After every Lesson each Scholar fills in a Lesson card, which asks three "
      "things:")
for item in ("what helped you today;", "what did not;", "what you will try in school before the next Lesson."):
    para(doc, item, style="List Bullet", indent=36, space_after=2)
gloss("The Masters read the cards at their monthly meeting and change the next Lesson where they need to. Each "
      "Master watches another teach once a term. The external examiner's report "
      "and the University's annual monitoring of the module come to the Masters' meeting in September, and the "
      "changes they lead to are written into the next edition with the reason for each.")
gloss("Scholars rate their confidence against every Play at the Ward and again at the Salute, and the Masters "
      "compare the two ratings each year, Play by Play. Whether the pupils of our Scholars do better in school "
      "because of the Award, we hope in time to learn; the Salle does not yet gather any measure of it.",
      lead=None)
gloss("In March 2008 we wrote to the heads of the fifty-two schools in which the Salle teaches fencing, and "
      "thirty-seven answered; we also met the Wyndmarsh SEN service and the Parent Partnership forum. Heads told us "
      "that their new SENCOs knew the Code of Practice but could not yet lead colleagues or map provision; parents "
      "told us that they wanted to be asked, not told.", lead="What the schools told us. ")
gloss("Because of what they said, Lessons IV and VII now take a full day each rather than half a day, and Lesson "
      "VI was written with two parents from the forum. Two SENCOs from the trial Lesson of June 2008 sat with the "
      "Masters while the Bouts were written, and rewrote three of them.", lead=None)
gloss("Parents teach the morning of Lesson VI, the Provosts are serving SENCOs from schools in our programme, and "
      "the services in Lesson VIII teach their part of it. We should like heads to judge the Book too, and hope to "
      "ask them once the first Scholars have finished.", lead=None)

# ---------------------------------------------------------------- concordance
title("THE CONCORDANCE OF PLAYS", "f. 32r")
saying("Count your hits, and count the ones you did not make.", "f. 32r")
rows = [["Play", "The Scholar can ...", "Taught at", "Touched in"], ["G1"]]
A = [
    ("1", "build fair, respectful and steady relationships with pupils with SEN and with their families", "VI", "A2"),
    ("2", "win the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN",
     "VII", "A3"),
    ("3", "order their own work and time, and give tasks to others and see them done", "\u2014",
     "Left to the school: the Provost and the head see to it"),
    ("4", "see problems coming, settle them, and judge soundly what provision a pupil needs", "IX", "A3"),
    ("5", "speak and write clearly, and listen to and understand what others think", "VII", "A3"),
    ("6", "use research and outside advice to improve their own and colleagues' teaching", "IX", "A3"),
    ("7", "keep up to date and take charge of their own professional development in SEN and disability", "X",
     "Shown"),
]
K = [
    ("8", "know the law and guidance on SEN, the Code of Practice above all, what they mean for the school and how "
          "to carry them out", "I", "A1"),
    ("9", "know the principles and five outcomes of Every Child Matters and the SENCO's part in them", "I", "A1"),
    ("10", "know the law on disability equality and what it requires a school to do", "I", "Shown"),
    ("11", "know how children grow and learn, and what affects their development", "\u2014",
     "Not in this edition"),
    ("12", "know the commonest kinds of SEN and disability (BESD, dyslexia and other SpLD, SLCN, ASD, MLD) and how "
           "each affects learning", "II", "A2"),
    ("13", "weigh critically approaches, strategies and resources, ICT among them, for assessing, planning and "
           "teaching", "III", "A2"),
    ("14", "know how school self-evaluation works and how it serves pupils with SEN", "IX", "A3"),
    ("15", "know best practice and research on meeting SEN", "IX", "A3"),
    ("16", "know what outside agencies do and how to get specialist help and resources", "VIII", "A3"),
]
S = [
    ("17", "work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and use of "
           "resources", "VII", "A1"),
    ("18", "find pupils who may have SEN, set stretching targets, plan interventions and review progress", "III",
     "A2"),
    ("19", "use the assessments of other professionals to shape teaching", "III, VIII", "A2"),
    ("20", "use test results, national tests among them, to track progress and change programmes", "III", "A2"),
    ("21", "help other teachers build formative assessment, with approaches for pupils with SEN", "III", "Shown"),
    ("22", "arrange in good time the access arrangements pupils need for tests and examinations", "\u2014",
     "Reserved for the second edition"),
    ("23", "map and manage provision, and find what is missing or not working", "IV", "A3"),
    ("24", "deploy and manage support staff well", "IV", "A3"),
    ("25", "develop colleagues by observing and feeding back, modelling, coaching, mentoring and training", "VII",
     "A3"),
    ("26", "review with other staff how well provision works, to feed the school's self-evaluation", "\u2014", "A3"),
    ("27", "make pupils with SEN partners in planning and reviewing their own provision", "V", "Shown"),
    ("28", "work with parents and carers to further their child's learning and development", "VI", "A2"),
    ("29", "work with other services and voluntary organisations in one coordinated plan", "VIII", "A3"),
]
groups = [("OF THE SCHOLAR'S BEARING", A), ("OF WHAT THE SCHOLAR KNOWS", K), ("OF WHAT THE SCHOLAR DOES", S)]
rows = [["Play", "The Scholar can ...", "Taught at", "Touched in"]]
group_rows = []
for gname, items in groups:
    group_rows.append((len(rows), gname))
    rows.append(["", "", "", ""])
    for it in items:
        rows.append(list(it))
ct = table(doc, rows, widths=[1.3, 9.6, 2.0, 3.4], size=9.5, header_fill="D9CBA8")
for i, gname in group_rows:
    merged_row(ct, i, [(gname, "b")], fill="EFE6D2", size=9.5)

para(doc, "")
para(doc, [("Here ends the Book of the Salle, working edition 3. Given at the Salle, Wyndmarsh, in January 2009, "
            "under the hands of Helena Vasquez-Orme, Director, and Tobias Fenn, for the University of Merrowby.",
            "i")], align="c")

doc.save(OUT)
print("wrote", OUT)
