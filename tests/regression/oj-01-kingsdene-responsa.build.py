"""oj-01-kingsdene-responsa: build oj-01-kingsdene-responsa.docx next to this script.

PROVIDER (invented). The Beit Midrash of the Kingsdene Hebrew Congregation, the synagogue's house of adult and
teacher learning (evening shiurim for members, a Sunday Beit Midrash for teachers), with the University of
Hartfield, which validates and awards. September 2008 (Elul 5768).

DOCUMENT KIND AND LAYOUT. A book of responsa (She'elot u-Teshuvot), Volume Two, sent whole as the application:
the Rav answers, in writing, questions sent to him about the new Award by teachers, heads, a parent governor,
members, a Moreh and the University. A title block; a covering "Word to the Panel" from the Director of Learning
that says how a siman is read (the question in italics is not an arrangement; the closing "Halakhah le-ma'aseh"
ruling is the practice, adopted by the Council; "Tzarikh iyun" means undecided; "Hagahah" glosses are the
Director's later notes); a table of the Beit Midrash's own words; an approbation (haskamah) from another
community's rabbi in a VML text box; twenty-four numbered simanim in custom paragraph styles (no Heading styles),
each with its questioner, the question in italics, the teshuvah and the ruling, one with a shaded Hagahah; a ten-row table of Yemei Iyun with merged term rows and placeholders; a closing
"Luach ha-Middot" of the twenty-nine national outcomes in the congregation's own words, in three merged, shaded
group bands, whose columns ("Learned at", "Proved in") and values ("Chavruta only", a dash) are keyed far above in
Simanim 17 and 19. Real footnotes carrying the sources (and the research list for 1.3 and the staff's CPD for
5.4); a Word comment; a tracked deletion and a tracked insertion; a page header and a footer (with a CRB claim).
House words: Yom Iyun / Yemei Iyun (study day), Chavruta (study pair), Ma'aseh / Ma'asim (task in school),
Bechinah / Bechinot (assessed piece: Alef, Bet, Gimmel), Moreh / Morah / Morim (tutor), Melaveh / Melavah /
Melavim (school mentor), Cheshbon (self-audit), Middot (the outcomes).

TRAPS (requirement ids).
- Questions are not arrangements: questioners' assumptions are corrected in the teshuvah (E.1, 5.2, 6.0).
- Another community's arrangement: the Elmbridge haskamah describes Elmbridge's assessment-only route, and
  Siman 5 cites it; the Rav ends "Tzarikh iyun" and every participant attends; the one sentence that would have
  allowed it is a tracked deletion (2.3 not_met).
- Past arrangement: the old Certificate's end-of-course "Kabbalah" with the Rav; now "I have not found the hour"
  and tzarikh iyun (2.5 not_met).
- Someone else's responsibility: the Beit Midrash CRB-checks its Morim and volunteers, not participants ("that
  obligation is the school's"); a comment says candidates are now asked for their disclosure at interview, and the
  footer says every participant holds a disclosure; neither is part of the submission (5.3 not_met).
- Right words about the wrong thing: the Luach's "special arrangements" row is about examination sittings for
  pupils who keep Shabbat and festivals, not arrangements for pupils with SEN (6.S2d not_met).
- Explicit negation: child development "is not taught here" and not examined; the Luach row has dashes (6.K4).
- Part of a multi-part requirement: prior study credited but uncertificated experience "is not credited" (2.1 p);
  the Cheshbon self-audit is read and discussed but "We do not write a separate plan" (2.2 p); the Beit Midrash
  Online gives peer support but "The Morim read the board but do not answer on it" (3.3 p); stakeholders teach and
  host, but their part in evaluation is only hoped for, tzarikh iyun (4.3 p); a shelf and University library but
  "no specialist technology" (5.6 p); Morim briefed, Melavim only sent a letter (5.7 p); competence and confidence
  measured, pupils' progress "the school's to know" (5.9 p).
- Topic only: "The child's voice" is a Yom Iyun with no Ma'aseh, talked over in chavruta only (1.5 p, 6.S7 p).
- Developed but assessed formatively only ("Chavruta only", journal "not marked"): 6.A3, 6.A7, 6.K3, 6.S2c, 6.S7
  partially_met. Hence the award rule (all three Bechinot passed) does not cover every outcome (6.0 p, 1.9 p).
- Met despite looking like traps: "No Bechinah is passed or failed on the word of one Moreh" (5.8, with the
  external examiner in a tracked insertion, which counts); le-chatchilah / bedi'avad placements, both real
  (5.5 met); a correction of a member's question leads to a real aim with assessment (1.1 met); tutors' CPD in a
  footnote (5.4 met); research list in a footnote beside the body's statement (1.3 met).

Verdicts: 41 met, 15 partially met, 5 not met, 0 not applicable.
"""
from pathlib import Path

from docx.shared import Cm, Pt

from _oj_helpers import (CENTER, JUSTIFY, Footnotes, add_runs, add_style, cell_para, cell_text, del_run,
                         header_footer, ins_run, new_doc, para, repeat_header, shade_cell, shade_paragraph,
                         table, text_box, border_paragraph, word_count)

HERE = Path(__file__).parent
NAME = "oj-01-kingsdene-responsa"

doc = new_doc(font="Georgia", size=10.5)
fn = Footnotes(doc)
add_style(doc, "Siman Title", size=12, bold=True, before=16, after=4, keep_next=True, color="5A3E1B")
add_style(doc, "Sheelah", italic=True, indent_cm=0.8, after=6)
add_style(doc, "Teshuvah", align=JUSTIFY, after=6)
add_style(doc, "Psak", align=JUSTIFY, after=6, indent_cm=0.4)
add_style(doc, "Hagahah", size=9.5, indent_cm=1.0, after=8)
add_style(doc, "Front", align=CENTER, after=2)

header_footer(doc, [("She'elot u-Teshuvot Beit Midrash Kingsdene", "i"), "  ·  Volume II  ·  On the Award"],
              "Kingsdene Hebrew Congregation  ·  Beit Midrash  ·  Every Moreh, Melaveh and participant holds a "
              "current enhanced CRB disclosure")

AUTHOR_DR = "Dina Rothfeld"

# ------------------------------------------------------------------ title block
para(doc, [("SHE'ELOT U-TESHUVOT BEIT MIDRASH KINGSDENE", "b")], style="Front", size=16, before=24)
para(doc, [("Questions and Answers on the Award for Special Educational Needs Coordination", "i")], style="Front",
     size=12)
para(doc, "Volume Two", style="Front")
para(doc, "Rulings of Rabbi Dr Shimon Gelbart, Rav of the Kingsdene Hebrew Congregation", style="Front")
para(doc, "gathered, with glosses, by Mrs Dina Rothfeld, Director of Learning", style="Front")
para(doc, "Kingsdene, Elul 5768 (September 2008)", style="Front", after=18)

# ------------------------------------------------------------------ covering word
para(doc, [("A Word to the Panel", "b")], style="Siman Title")
para(doc, "This volume is our application to the Training and Development Agency for Schools for approval to "
          "deliver the National Award for SEN Coordination, sent in the form our teachers know best. The Beit Midrash "
          "has been the congregation's house of adult and teacher learning since 1994: evening shiurim for members, "
          "and a Sunday Beit Midrash for teachers from any school in Kingsdene. Since the spring, questions about the "
          "new Award have come to our Rav, and as in Volume One (on our old Certificate in Special Needs Teaching, "
          "never accredited) he has answered them in writing.",
     style="Teshuvah")
para(doc, [("How to read a siman. ", "b"),
           "Each siman opens with the question as it reached the Rav, in italics. A question is not our "
           "arrangement, and the Rav often corrects it. Each siman closes with a ruling headed Halakhah le-ma'aseh, "
           "'the practice', which says what the Beit Midrash does; the Council adopted every such ruling on 31 August "
           "2008. Where the Rav writes Tzarikh iyun, 'this needs further study', the matter is undecided and nothing "
           "is done yet. The glosses headed Hagahah are mine and record later decisions."], style="Teshuvah")
para(doc, "Words we use", style="Siman Title")
words = [
    ("Yom Iyun (plural Yemei Iyun)", "A Sunday study day, 9.30 to 4.00. There are ten."),
    ("Chavruta", "The study pair, kept for the whole course."),
    ("Ma'aseh (plural Ma'asim)", "A task in the participant's own school between Yemei Iyun."),
    ("Bechinah (plural Bechinot)", "An assessed piece, marked for the University: Alef, Bet, Gimmel."),
    ("Moreh, Morah (plural Morim)", "A tutor of the Beit Midrash."),
    ("Melaveh, Melavah (plural Melavim)", "'One who accompanies': a colleague in the participant's school."),
    ("Cheshbon", "The self-audit (Siman 4)."),
    ("Middot", "The national minimum outcomes, in the Luach ha-Middot."),
]
t = table(doc, len(words), 2, widths_cm=[5.0, 11.0])
for i, (a, b) in enumerate(words):
    cell_text(t.cell(i, 0), [(a, "b")], size=9.5)
    cell_text(t.cell(i, 1), b, size=9.5)
    shade_cell(t.cell(i, 0), "EFE8D8")
para(doc, "")

# ------------------------------------------------------------------ haskamah in a text box
text_box(doc, [
    ([("Haskamah", "bc")], "c"),
    ("I have read these rulings with pleasure. Our own Teachers' Centre at Elmbridge began the same work a year "
     "ago, and I can say from experience what it costs and what it repays. At Elmbridge an experienced teacher may "
     "present our written assessments without attending the taught days, and be examined on them alone; it has "
     "served two of our most senior teachers well. May the Beit Midrash of Kingsdene go from strength to strength.",
     ""),
    ([("Rabbi Naftali Breuer, Elmbridge United Synagogue, Av 5768", "i")], "c"),
])
para(doc, "")

# ------------------------------------------------------------------ siman machinery
def siman(n, title, frm, question):
    para(doc, f"Siman {n}. On {title}", style="Siman Title")
    para(doc, [(f"From {frm}: ", "b"), (question, "i")], style="Sheelah")


def teshuvah(content, note=None):
    p = para(doc, content, style="Teshuvah")
    if note:
        fn.add(p, note)
    return p


def psak(content, note=None):
    if isinstance(content, str):
        content = [content]
    p = para(doc, [("Halakhah le-ma'aseh. ", "b")] + list(content), style="Psak")
    if note:
        fn.add(p, note)
    return p


def tzarikh(text):
    return para(doc, [("Tzarikh iyun. ", "b"), text], style="Psak")


def hagahah(text):
    p = para(doc, [("Hagahah. ", "b"), text, ("  D.R.", "i")], style="Hagahah")
    shade_paragraph(p, "F3EEE2")
    return p


# ------------------------------------------------------------------ Siman 1
siman(1, "the standing of the Award", "the headteacher of a community primary school",
      "Is this a qualification of a University, or only of the shul?")
teshuvah("The Beit Midrash teaches; the University examines and awards. 'Make for yourself a teacher': a "
         "teacher, too, needs someone to whom he answers. We answer to the University of Hartfield, whose "
         "validation panel met in the Beit Midrash on 14 July 2008.",
         note="Mishnah Avot 1:6.")
psak("The Award is the University of Hartfield's Postgraduate Certificate in Special Educational Needs "
     "Coordination, validated at Master's level (Level 7 of the Framework for Higher Education Qualifications) and "
     "carrying 60 credits. The University registers every participant as its student, holds the marks, appoints the "
     "external examiner and confers the award; the Beit Midrash delivers the teaching under a collaborative "
     "agreement with the University signed on 1 August 2008.")

# ------------------------------------------------------------------ Siman 2
siman(2, "why a synagogue should teach this at all", "a member of the congregation",
      "Most of the teachers on this course will teach in schools that are not ours. Why should the congregation's "
      "Beit Midrash spend its rooms and its Rav's time on them?")
teshuvah("Yehoshua ben Gamla set teachers in every town and did not ask whose children they were. 'Train a "
         "child according to his way': according to the way in which this child can learn.", note="Bava Batra 21a; Proverbs 22:6.")
psak("The aim of the Award in this Beit Midrash, written into the programme document the University approved, is "
     "that children and young people with special educational needs and disabilities in our participants' schools "
     "achieve more and are well in all five outcomes of Every Child Matters. Every Yom Iyun ends with the question 'What will a child in your school do "
     "differently because of today?', and each of the three Bechinot is marked in part on whether the participant "
     "shows the effect of her work on the learning and the well-being of the pupils concerned.")

# ------------------------------------------------------------------ Siman 3
siman(3, "one who has studied before", "Mrs L., a teacher in a Jewish secondary school",
      "I completed a module on dyslexia at Master's level at another university in 2006, and I have been a "
      "learning support teacher for fifteen years. Must I sit through everything?")
teshuvah("Learning once done is not lost, and the University is right to count it. But a transcript can be "
         "read; experience is harder to weigh, and I would not have the Morim guess at it.")
psak("Study at Master's level completed within the last five years, shown by a University transcript, is credited "
     "through the University of Hartfield's procedure for the accreditation of prior learning, up to 20 of the 60 "
     "credits. The Morah maps the earlier module against the Middot, and the participant is excused the Yemei Iyun "
     "and the Bechinah to which those Middot belong. Experience that has not been certificated, however long, is not "
     "credited: it is honoured in the Cheshbon (Siman 4), and no more.")

# ------------------------------------------------------------------ Siman 4
siman(4, "the Cheshbon before the first Yom Iyun", "a Morah of the Beit Midrash",
      "The University asks us to assess each participant's needs before the course begins. The old Certificate had "
      "nothing like it. What shall we do?")
teshuvah("Rabbi Yisrael Salanter taught that a person cannot mend what he has not first counted. Let our "
         "teachers count before they begin.")
psak("Six weeks before the first Yom Iyun each participant receives the Cheshbon, a list of the Middot on which she "
     "rates herself from 1 ('new to me') to 4 ('I could teach it'). The Morah reads it before the interview of Siman 6, discusses it with her there, and offers "
     "her a tutorial at the start of the Yom Iyun she most needs. The Cheshbon is kept on file and given back at "
     "the end of the course, so that she may see how far she has come. We do not write a separate plan or a "
     "separate set of outcomes for each participant: everyone works towards all the Middot in the same course.")

# ------------------------------------------------------------------ Siman 5 (tracked deletion)
siman(5, "one who asks to be examined without sitting", "Mr D., of the Jewish Schools' Learning Support Service",
      "I have advised SENCOs for twelve years. May I present the three Bechinot without attending the Yemei Iyun?")
teshuvah("Our friends at Elmbridge, whose haskamah stands at the front of this volume, examine experienced "
         "teachers on their written work alone, and the University would allow the same here.")
p = teshuvah("Yet I am not at ease. ")
del_run(p, "Bedi'avad, a teacher of such long experience may present the Bechinot without attending, if the Morah "
           "agrees. ", AUTHOR_DR, "2008-08-29T10:14:00Z")
add_runs(p, ["The Bechinot were written for those who learn beside a chavruta. Without one, the Bechinah Gimmel "
             "has no colleagues in it, and the Bechinah Alef has no one who argued with it before it was written."])
tzarikh("Until the matter is decided, every participant attends the Yemei Iyun, and Mr D. is warmly invited to "
        "join the Tishri group.")

# ------------------------------------------------------------------ Siman 6
siman(6, "who may come", "a teaching assistant in a Jewish primary school",
      "I have worked with children with special needs for nine years, but I am not a teacher. May I enrol?")
teshuvah("I am sorry to disappoint you: the Award is for the teacher who leads the coordination of "
         "provision in a school.")
psak("A candidate must hold qualified teacher status, be employed in a school, and either be its SENCO or have been "
     "named by the headteacher to become SENCO within the year. She sends an application form, the Cheshbon, and a "
     "letter from her headteacher agreeing to release her for the Yemei Iyun and to name a Melaveh. A Morah then "
     "interviews her and judges, from the Cheshbon and the interview, whether she has the knowledge and experience "
     "to meet all the Middot by the end of the course. A candidate who is not yet ready is told in writing what she "
     "needs to do and is offered a place on our evening course 'Foundations of Inclusion', and, with her agreement, "
     "the Morah speaks to her headteacher.")

# ------------------------------------------------------------------ Siman 7 (comment)
siman(7, "the checking of those who come to us", "a parent governor of Kesher School",
      "Participants will visit our pupils. Does the Beit Midrash check that they are safe to be with children?")
teshuvah("'You shall not put a stumbling block before the blind.' Every Moreh of the Beit "
         "Midrash, and every volunteer who helps in our children's classes on Sunday mornings, holds an enhanced "
         "disclosure from the Criminal Records Bureau, and the Beit Midrash renews each one every three years.",
         note="Leviticus 19:14.")
p = teshuvah("The participants are another matter. They are teachers in post, and the school that employs each of "
             "them checked her before she stood in front of a class. ")
r = p.add_run("That obligation is the school's, and the Beit Midrash does not repeat it.")
doc.add_comment(r, text="Since September we ask each candidate at interview for the number and date of her "
                        "disclosure. To go into Volume III.", author=AUTHOR_DR, initials="DR")
psak("Morim and volunteers are checked by the Beit Midrash, as above. Participants are checked by the schools that "
     "employ them.")

# ------------------------------------------------------------------ Siman 8
siman(8, "beginning in Shevat, and the order of the days", "a SENCO appointed in December",
      "Must I wait a whole year to begin?")
teshuvah("'If not now, when?' You need not wait.", note="Mishnah Avot 1:14.")
psak("There are two beginnings each year: the Tishri group begins in October and the Shevat group in late January. "
     "Yemei Iyun 1 to 3 are taken first and in order; Yemei Iyun 4 to 9 may be taken in any order, with either "
     "group, so that a participant who misses one with her own group takes it with the other; Yom Iyun 10 comes "
     "last. Every Yom Iyun is recorded and its sources are put on the Beit Midrash Online (Siman 10), so that a "
     "participant who is ill may listen and still complete its Ma'aseh. The course is part time, and a participant "
     "may take between twelve and twenty-four months to complete it.")

# ------------------------------------------------------------------ Siman 9
siman(9, "one who cannot climb the stairs", "Mrs K., who uses a wheelchair and wears hearing aids",
      "The old Beit Midrash was up two flights of stairs, and I could not hear in it. Can I take part?")
teshuvah("The verse that forbids the stumbling block before the blind forbids cursing the deaf, and our sages "
         "did not read it narrowly.")
psak("Since 2005 the Beit Midrash has met in the ground-floor Gellner Hall, which has level access, an accessible "
     "toilet and an induction loop, and the Yemei Iyun are held there. The application form asks every candidate, "
     "in confidence, whether she has a disability or other need for which we should prepare, and says why we ask; "
     "the prospectus and the application pack are offered in large print and by email. Sources are printed in large "
     "print for anyone who asks. Before the first Yom Iyun the Morah agrees with each participant who has told us of "
     "a need the adjustments she needs in the Yemei Iyun, the visits of Siman 14 and the Bechinot (for example "
     "extra time, or presenting a Bechinah orally). Teachers of every faith and none are admitted on equal terms.")

# ------------------------------------------------------------------ Siman 10
siman(10, "the Beit Midrash Online", "a participant in the Tishri group",
      "Between one Yom Iyun and the next there are six weeks. Who answers us when we are stuck?")
teshuvah("In the Beit Midrash of old, a student who was stuck turned first to his chavruta.")
psak("The Beit Midrash Online, on the congregation's website, holds the recording and the sources of every Yom "
     "Iyun, the Ma'asim, and a discussion board for each group. Each participant has a chavruta, chosen by the "
     "Morim, and the pair speak at least "
     "once a week between Yemei Iyun, by telephone or on the board. The Morim read the board but do not answer on "
     "it: questions posted there are gathered and answered at the start of the next Yom Iyun. Melavim receive the "
     "Ma'asim by post.")

# ------------------------------------------------------------------ Siman 11
siman(11, "what the headteachers asked of us", "the programme leader at the University of Hartfield",
      "The TDA will ask how stakeholders shaped the course. What did you ask, and of whom?")
psak("In Nisan 5768 (April 2008) the Beit Midrash sent a questionnaire to the headteachers and SENCOs of the four "
     "Jewish day schools and ten community schools in the borough, and met the local authority's Principal "
     "Officer for SEN and the director of Kesher Family Support, a Jewish voluntary organisation for families of "
     "children with disabilities. The heads "
     "asked for more on autism and on speech and language, for help with provision mapping, and for study days "
     "that do not take teachers out of class; the SENCOs asked for more time on working with parents; the local "
     "authority asked that participants learn its own arrangements for statutory assessment; Kesher asked that "
     "parents be heard on the course. Because of this, Yom Iyun 7 was given over to autism and communication, "
     "provision mapping became the centre of the Bechinah Bet, the Yemei Iyun were moved to Sundays, Yom Iyun 5 is "
     "opened by two parents from Kesher, and the authority's officer teaches part of Yom Iyun 2.")

# ------------------------------------------------------------------ Siman 12
siman(12, "whether the heads will judge us", "the headteacher of a Jewish primary school",
      "You asked for our views when you designed the course. Will you ask us whether it worked?")
teshuvah("It is not your duty to finish the work, said Rabbi Tarfon. "
         "The heads are already at work with us: two of them host the visits of Siman 14, the authority's officer "
         "teaches on Yom Iyun 2, the parents of Kesher open Yom Iyun 5, and every Melaveh is a colleague from a "
         "participant's own school.", note="Mishnah Avot 2:16.")
tzarikh("Whether the heads should also sit with us when the course is reviewed each Tammuz (Siman 22), I have not "
        "decided. It would be good if they did, and I hope that in time they will.")
hagahah("The Education Committee has not yet considered this.")

# ------------------------------------------------------------------ Siman 13 (footnote carries CPD)
siman(13, "the Morim and the Melavim", "the quality office of the University of Hartfield",
      "Who teaches, and how do those who assess know what to do?")
psak("The Morim are: Mrs Dina Rothfeld, Director of Learning, a SENCO for fourteen years in two primary schools, who "
     "holds an MA in Special and Inclusive Education; Dr Aharon Pressler, educational psychologist, who practises "
     "with the local authority three days a week; and Mrs Carol Whitcombe, specialist teacher for autism and "
     "communication in the authority's outreach team, who holds an advanced diploma in autism. Before each group begins the Morim meet for a "
     "briefing day: they work through the Morim's handbook, which sets out each Moreh's Yemei Iyun, Ma'asim and "
     "Bechinot and the marking criteria, and they mark two past Bechinot together.",
     note="Each Moreh attends the University's annual development day for partner tutors and one specialist "
          "conference a year, and the Beit Midrash pays each Moreh's membership of NASEN.")
psak("The Melaveh is named by the participant's headteacher. The Beit Midrash writes to her with the list of "
     "Ma'asim and asks her to sign each one when it is done.")

# ------------------------------------------------------------------ Siman 14
siman(14, "the visits to Kesher School", "a teacher in a Jewish secondary school",
      "I have never been inside a special school. Will I see one?")
psak("Le-chatchilah, as the thing should be done, every participant spends one full day at Kesher School, the "
     "borough's special school for pupils with complex learning difficulties, and one morning at the Kingsdene "
     "Language Unit, between Yemei Iyun 6 and 8, with a Ma'aseh for each visit agreed with the host school. "
     "Bedi'avad, where her school cannot release her on a weekday, she comes to the Sunday open mornings Kesher "
     "School holds twice a term for our groups, and does the same Ma'aseh there. On the Yemei Iyun participants "
     "hear and question the authority's educational psychologist, a speech and language therapist, the "
     "authority's Principal Officer for SEN, and the family workers of Kesher Family Support.")

# ------------------------------------------------------------------ Siman 15
siman(15, "the books", "a Moreh",
      "The Beit Midrash has a fine library of sefarim. Has it a library for this?")
psak("The Beit Midrash library keeps a shelf for the Award, with the course books, the Code of Practice and the "
     "Ofsted reports named in the Yemei Iyun. Participants are members of the University of Hartfield library and "
     "may use it in person or through its website. The Beit Midrash keeps no specialist technology of its own.")

# ------------------------------------------------------------------ Siman 16 (table of Yemei Iyun)
siman(16, "the ten Yemei Iyun", "the Council of the Congregation",
      "What will be taught on the ten Sundays?")
teshuvah("Each Yom Iyun opens with a source, studied in chavruta, and is built on recent research and inspection "
         "evidence, named in its reading list. After each, the participant does its Ma'aseh in her own school, and "
         "her Melaveh signs it.",
         note="Among them: Ofsted, Special educational needs and disability: towards inclusive schools (2004); "
              "Ofsted, Inclusion: does it matter where pupils are taught? (2006); DfES, Removing Barriers to "
              "Achievement (2004); the Bercow Report on services for children with speech, language and "
              "communication needs (2008); the DCSF Inclusion Development Programme (2008).")
DAYS = [
    ("Tishri and Cheshvan", None),
    ("1", "26 Oct 2008", "Every child: the five outcomes of Every Child Matters, the SENCO's part in them, and what "
          "achievement means", "How does your school know how its pupils with SEN are doing in each outcome?"),
    ("2", "23 Nov 2008", "The law: the SEN Code of Practice 2001, the Disability Discrimination Act as amended in "
          "2005 and the disability equality duty; the authority's statutory assessment", "Read your school's SEN policy and accessibility plan with your head"),
    ("3", "14 Dec 2008", "The SENCO's week: priorities, time and delegation; winning the head's and senior "
          "leaders' commitment; keeping up to date", "Keep a log of one week and discuss it with your head"),
    ("Tevet to Adar", None),
    ("4", "18 Jan 2009", "Knowing the child: identification; other professionals' assessments; targets and "
          "plans; tests and tracking; assessment for learning; examination sittings", "Gather everything known about one pupil (the start of Bechinah Alef)"),
    ("5", "15 Feb 2009", "Parents and families, opened by two parents from Kesher", "Plan and hold a review "
          "meeting with a pupil's parents"),
    ("6", "15 Mar 2009", "The child's voice: what our sources and the Code of Practice say about hearing children",
     "None; talk it over in chavruta"),
    ("Nisan to Tammuz", None),
    ("7", "26 Apr 2009", "Autism, speech, language and communication", "Visit to Kesher School (Siman 14)"),
    ("8", "[date to be fixed]", "Dyslexia, behavioural, emotional and social difficulties, moderate learning "
          "difficulties; approaches, resources and ICT",
     "Try one approach with a group and record what happened"),
    ("9", "14 Jun 2009", "The provision map; deploying teaching assistants; reviewing provision with staff; the "
          "school's self-evaluation", "Draft your school's provision map (the start of Bechinah Bet)"),
    ("10", "[date to be fixed]", "Beyond the school: agencies and voluntary organisations; research and what works; "
           "leading colleagues' learning", "Plan the Bechinah Gimmel session with your Melaveh"),
]
t = table(doc, len(DAYS) + 1, 4, widths_cm=[1.4, 2.8, 7.6, 4.6])
for j, h in enumerate(["Yom Iyun", "Tishri group", "Subject", "Ma'aseh"]):
    cell_text(t.cell(0, j), [(h, "b")], size=9)
    shade_cell(t.cell(0, j), "D9CBA8")
repeat_header(t.rows[0])
for i, row in enumerate(DAYS, start=1):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(c, [(row[0], "bi")], size=9)
        shade_cell(c, "EFE8D8")
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, size=9)
para(doc, [("The Shevat group takes the same Yemei Iyun from 25 January 2009.", "i")], after=6).runs[0].font.size = Pt(9)

# ------------------------------------------------------------------ Siman 17
siman(17, "the chavruta and its journal", "a participant in the Tishri group",
      "Is our chavruta journal marked?")
psak("Each chavruta keeps a shared journal of its weekly conversations, with an entry for every Yom Iyun. The Morah "
     "reads the journals at Yemei Iyun 3, 6 and 9 and writes a comment in each. The journal is not marked, and no "
     "credit depends on it. Where the Luach says 'Chavruta only', the Middah is taught on the Yom Iyun named and "
     "talked through in the chavruta journal, and it is not marked in any Bechinah.")

# ------------------------------------------------------------------ Siman 18
siman(18, "the three Bechinot", "the programme leader at the University of Hartfield",
      "What does each assessed piece ask?")
teshuvah("Each Bechinah is marked against criteria for each Middah the Luach gives it, and passes only "
         "when every one of those Middot is shown.")
psak([("Bechinah Alef, the study of one child ", "b"),
      "(4,000 words, after Yom Iyun 6). The participant follows one pupil with SEN through a term. She shows how "
      "the need was identified, through observation, data and assessment; what the assessments of the educational "
      "psychologist, therapist or other professionals say, and how she used them to plan the pupil's teaching; the "
      "challenging targets she set with the pupil's teachers and the intervention she planned; how she reviewed it, "
      "using the pupil's results in national tests and teacher assessment to track progress and change the "
      "programme; how she built a fair and trusting relationship with the pupil and worked with his parents "
      "openly and respectfully; what the Code of Practice required of the "
      "school; the pupil's kind of need and how it affects his learning; the approaches and resources she weighed, "
      "ICT among them; and the problems that arose and the decisions she took, with her reasons."])
psak([("Bechinah Bet, the provision map ", "b"),
      "(5,000 words, after Yom Iyun 9). The participant maps her school's provision for pupils with SEN and finds "
      "what is missing or not working. With other staff she reviews the effectiveness of that provision and sets "
      "the findings in the school's self-evaluation, showing how the school's evaluation and improvement bear on "
      "these pupils and on the five outcomes. She presents to her head, senior leaders and governors a proposal for "
      "the school's ethos, policy, priorities and use of resources, including the deployment and management of "
      "teaching assistants, and records how she won their agreement."])
psak([("Bechinah Gimmel, the shiur ", "b"),
      "(a session and 2,000 words, after Yom Iyun 10). The participant plans and leads a training session for "
      "colleagues in her school, observed by her Morah and her Melaveh; she then observes one colleague's teaching "
      "and gives advice and feedback. Her written reflection shows how she drew on research and outside advice, "
      "what research has found about what works, what the external agencies and voluntary organisations her school "
      "uses can offer and how she worked with them, and her colleagues' written responses. The session is marked "
      "for how clearly she spoke and listened, and the reflection for how clearly she wrote."])

# ------------------------------------------------------------------ Siman 19
siman(19, "how the Luach is read", "the Melavah of a participant",
      "What do the columns of the table at the back mean?")
psak("The Luach ha-Middot at the end of this volume gives each Middah in our own words, in three groups. 'Learned "
     "at' names the Yom Iyun on which it is taught. 'Proved in' names the Bechinah in which it is marked; 'Chavruta "
     "only' means what Siman 17 says; a dash means that the Middah is not taught in this Beit Midrash. Child "
     "development is not taught here: participants bring it from their initial teacher training, and we do not "
     "examine it.")

# ------------------------------------------------------------------ Siman 20 (tracked insertion)
siman(20, "marking, and the second reader", "a Moreh",
      "What if I mark a Bechinah too kindly, or too hard?")
teshuvah("A judge does not sit alone, say our sages, for only the One sits alone.", note="Mishnah Avot 4:8.")
p = psak("No Bechinah is passed or failed on the word of one Moreh. Every Bechinah is marked by the participant's "
         "own Morah against the published criteria. A second Moreh reads every fail, every borderline piece and one "
         "in four of the rest, without seeing the first mark, and the Morim meet after each round to agree marks and "
         "compare their standards. ")
ins_run(p, "The University's external examiner reads a sample of every Bechinah, watches the recordings of the "
           "Bechinah Gimmel sessions, and reports each year to the University's Board of Examiners, which confirms "
           "every mark.", AUTHOR_DR, "2008-09-02T16:40:00Z")

# ------------------------------------------------------------------ Siman 21
siman(21, "who receives the Award", "a participant in the Tishri group",
      "If I attend every Yom Iyun and pass the three Bechinot, have I passed?")
psak("Yes. The Beit Midrash recommends to the University for the Award each participant who has attended at least "
     "eight of the ten Yemei Iyun (or made up those she missed by recording and Ma'aseh) and has passed all three "
     "Bechinot, and no one else. A participant who fails a Bechinah may resubmit it once.")

# ------------------------------------------------------------------ Siman 22
siman(22, "how we shall know whether we did well", "the Education Committee of the Council",
      "How will the Beit Midrash know whether the course is good, and make it better?")
psak("After every Yom Iyun each participant fills in a feedback sheet, which the Morim read the same week. At the "
     "end of the course each participant completes the Cheshbon again; her two sets of ratings are set side by "
     "side, and an end-of-course questionnaire asks how confident she now feels in each part of the SENCO's work. "
     "The external examiner's report and the University's annual monitoring report come to us yearly. Each "
     "Tammuz the Education Committee meets with the Morim, reads all of this and decides what to change; in 5768 "
     "it moved the day on parents earlier because of the sheets of our trial day. The Beit Midrash "
     "does not collect what participants find out about their pupils' progress: the Bechinot are marked for the "
     "participant's work, and what became of the children is the school's to know.")

# ------------------------------------------------------------------ Siman 23
siman(23, "what comes after", "Mrs G., who completed the old Certificate in 2003",
      "At the end of the old Certificate the Rav sat with each of us and we wrote a Kabbalah, a resolution for the "
      "coming year, which we took to our heads. Will the new participants do the same?")
teshuvah("I remember those evenings well. In those years we did so. With the new Award the last Yom Iyun is given to the Bechinah Gimmel, the University's "
         "forms and the end of the course, and I have not found the hour.")
tzarikh("Whether we shall return to it, I cannot yet say.")

# ------------------------------------------------------------------ Siman 24
siman(24, "the cost of the course, and its worth", "the treasurer of the congregation",
      "What does this cost, and who pays?")
psak("The fee is £950. The Gellner Bequest pays half the fee for any participant from a voluntary-aided school, "
     "and the whole fee for a second participant from the same school. A group of up to eighteen has three Morim "
     "and uses the Beit Midrash's own rooms, so the fee is lower than that of any other course the heads told us "
     "of. Each "
     "participant's course is shaped to her: her Cheshbon decides which tutorials she is offered, her Bechinot are "
     "built on her own school and pupils, and credit under Siman 3 excuses what she has already proved. Those who "
     "complete may carry their 60 credits into the University's MA in Inclusive Education.")

# ------------------------------------------------------------------ Luach ha-Middot
para(doc, "Luach ha-Middot", style="Siman Title")
para(doc, [("The Middot of the Award in our own words (see Siman 19).", "i")], after=4)
LUACH = [
    ("Middot of the person", None),
    ("1", "Fair, warm and honest dealings with pupils with SEN and disabilities and with their parents", "5", "Alef"),
    ("2", "Winning the commitment of the head, senior leaders and colleagues to better outcomes for these pupils",
     "3", "Bet"),
    ("3", "Ordering one's work and time, and handing tasks to others and seeing them done", "3", "Chavruta only"),
    ("4", "Seeing problems coming, solving them, and judging provision soundly", "4", "Alef"),
    ("5", "Speaking and writing clearly; listening to and understanding others", "10", "Gimmel"),
    ("6", "Using research and outside advice to improve one's own and colleagues' teaching", "10", "Gimmel"),
    ("7", "Keeping up to date and taking charge of one's own learning about SEN and disability", "3",
     "Chavruta only"),
    ("Da'at: knowledge and understanding", None),
    ("8", "The law and guidance on SEN, the Code of Practice, and what they require of the school and the SENCO",
     "2", "Alef"),
    ("9", "Every Child Matters: its five outcomes and the SENCO's part in them", "1", "Bet"),
    ("10", "The disability equality laws and the duties they lay on the school", "2", "Chavruta only"),
    ("11", "How children grow and learn, and what helps or hinders it", "-", "-"),
    ("12", "The common kinds of SEN and disability (behavioural, emotional and social difficulties, dyslexia, "
           "speech, language and communication needs, autism, moderate learning difficulties) and their effect on "
           "learning", "7, 8", "Alef"),
    ("13", "Weighing approaches, strategies and resources for assessing, planning and teaching, ICT among them",
     "8", "Alef"),
    ("14", "How a school evaluates itself and improves, for these pupils", "9", "Bet"),
    ("15", "What research has found, and what works", "10", "Gimmel"),
    ("16", "The outside agencies, what each does, and how to get their help", "10", "Gimmel"),
    ("Melakhot: skills", None),
    ("17", "With the head and governors, shaping an inclusive ethos, policies, priorities and use of resources",
     "9", "Bet"),
    ("18", "Finding pupils who may have SEN, setting challenging targets, planning what will help, reviewing "
           "progress", "4", "Alef"),
    ("19", "Using other professionals' assessments to plan teaching", "4", "Alef"),
    ("20", "Using test results, national tests among them, to follow progress and change the programme", "4",
     "Alef"),
    ("21", "Helping other teachers to assess for learning, with thought for pupils with SEN", "4", "Chavruta only"),
    ("22", "Arranging examination sittings for pupils who keep Shabbat and the festivals", "4", "Chavruta only"),
    ("23", "Mapping provision and finding what is missing or not working", "9", "Bet"),
    ("24", "Deploying and managing teaching assistants and other staff", "9", "Bet"),
    ("25", "Helping colleagues learn: observing and giving feedback, modelling, coaching, training", "10", "Gimmel"),
    ("26", "Reviewing provision with other staff so that it informs the school's self-evaluation", "9", "Bet"),
    ("27", "Making sure pupils have a say in planning and reviewing what is done for them", "6", "Chavruta only"),
    ("28", "Working with parents and carers for their child's learning", "5", "Alef"),
    ("29", "Working with other services and voluntary organisations", "10", "Gimmel"),
]
t = table(doc, len(LUACH) + 1, 4, widths_cm=[1.0, 10.4, 2.2, 2.8])
for j, h in enumerate(["", "Middah", "Learned at", "Proved in"]):
    cell_text(t.cell(0, j), [(h, "b")], size=9)
    shade_cell(t.cell(0, j), "D9CBA8")
repeat_header(t.rows[0])
for i, row in enumerate(LUACH, start=1):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        cell_text(c, [(row[0], "bc")], size=9)
        shade_cell(c, "EFE8D8")
        continue
    n, words_, yi, pr = row
    cell_text(t.cell(i, 0), n, size=9, align=CENTER)
    cell_text(t.cell(i, 1), words_, size=9)
    cell_text(t.cell(i, 2), yi if yi == "-" else "Yom Iyun " + yi, size=9)
    cell_text(t.cell(i, 3), pr if pr in ("-", "Chavruta only") else "Bechinah " + pr, size=9)
para(doc, "")
p = para(doc, [("Chazak, chazak, ve-nitchazek.", "i")], align=CENTER)

out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, word_count(out), "words")
