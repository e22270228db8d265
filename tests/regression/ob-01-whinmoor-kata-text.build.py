"""ob-01-whinmoor-kata-text: builds ob-01-whinmoor-kata-text.docx next to this script.

PROVIDER. Whinmoor Budokwai, a judo club founded in 1958, and its Coaching School (which has trained
judo coaches since 1962), with the eleven schools of the Calderfield Schools Partnership (Ferncliffe
Special School among them) and the University of Aldstone, which validates and awards the course as a
60-credit Postgraduate Certificate. February 2009.

DOCUMENT KIND AND LAYOUT. The application is written as a judo kata text, the kind of book in which a
club sets down a formal kata technique by technique: a title block, a "Note to the panel" in a VML text
box, a Chief Instructor's preface, a table of the club's words (Tori = the teacher on the course, Uke =
the in-school partner, Sensei, Shinpan = judges, Keiko = the eight Saturday study days, Tsukuri work =
school-based tasks, Randori = formative practice "nothing is judged", Embu = the three marked pieces,
Keiko-cho = the practice book, Shinsa = the examination board, Reigi = the rules for joining), "How
each form is set out" (a key far above the forms: Kuzushi = where first taught, Tsukuri = school task,
Kake = where judged; "randori", a dash or no Kake line = not judged), a Reigi section, a Keiko table
with merged cells and a "[date to be confirmed]" placeholder, the three Embu, the Sensei table, then
the kata itself: five Sets of hand-numbered forms 1-28, each form a bold name line, a description in
the provider's words and three run-in lines. Form 20 is "held over". Then the Shinsa, "After the
kata" (evaluation and stakeholders), a closing. Heading styles are NOT used: titles are bold, spaced
small-caps Normal paragraphs; the sets are shaded paragraphs. A page header and a footer with a PAGE
field (the footer makes a CRB claim: never evidence). Two footnotes (one carries the APEL detail, the
body already states the arrangement). Two Word comments (not evidence). Tracked changes: a deleted
assessment-only sentence (not part of the submission) and an inserted moderation sentence (part of it).

FORMS -> OUTCOMES. 1 A1, 2 A2, 3 A3, 4 A4, 5 A5, 6 A6, 7 A7; 8 K1, 9 K2, 10 K3, 11 K5, 12 K6, 13 K7,
14 K8, 15 K9 (no form for K4); 16 S2, 17 S2a, 18 S2b, 19 S2c, 20 S2d (held over); 21 S1, 22 S3, 23 S4,
24 S5, 25 S6; 26 S7, 27 S8, 28 S9.

TRAPS (requirement ids touched).
- Footer: "Every Tori holds a current enhanced CRB disclosure, checked by the Budokwai." A footer is
  never evidence; the body says "we do not ask to see them" and leaves it to the schools as employers
  (someone else's responsibility); a comment asks "do we need to check?" -> 5.3 not_met.
- Deleted tracked sentence offering experienced SENCOs a way "straight to the Shinsa" plus the body's
  "There is no way to the Shinsa except through the Keiko" (negation) -> 2.3 not_met.
- Inserted tracked sentence on second marking by the University and a sample to the external examiner
  counts -> 5.8 met.
- Form 3 (A3) "Kake: in randori only" and Form 19 (S2c) "in randori at Keiko 7" = formative only -> partially_met.
- Form 7 (A7) has no Kake line -> partially_met (taught, not judged); 2.5 is still met (Next Grade plan).
- Form 25 (S6) "Kake: -" with a comment "Should this be judged at Embu 2?" -> partially_met (comment is not evidence).
- Form 14 (K8) "Kuzushi: none ... not taught at any Keiko" but judged in Embu 1 -> partially_met (assessed, not covered).
- The Second Set's note: child development "we do not teach it", no form -> 6.K4 not_met.
- Form 20 held over, "we expect to add it in the third text, for 2010" (a plan) -> 6.S2d not_met.
- Shinsa's compensation: a Tori "who falls short in one form of the Second Set may still pass" -> 6.0 partially_met.
- 1.9 partially_met: several forms are never judged.
- 2.2 partially_met: a Self-grading sheet used to set groups, no individual plan or personalised outcomes.
- 3.1 partially_met: only physical access to the dojo and a welcome; the University's policy "applies".
- 3.2 partially_met: one September group on Saturdays; a missed Keiko made up next year; late Embu.
- 3.3 partially_met: the Renraku board gives peer support between Keiko, but "Sensei do not post on it".
- 1.3 partially_met: research on interventions at Keiko 6 only; reading list "drawn up for the pilot
  in the spring of 2008"; nothing on inspection evidence or new developments.
- 4.3 partially_met: stakeholders help deliver; a say in evaluation is only hoped for ("We hope ...").
- 5.5 partially_met: guest specialists but "We do not arrange placements".
- 5.7 partially_met: Sensei briefed and apprenticed as judges; Uke only "receive a copy of this text".
- 5.9 partially_met: confidence slips and questionnaires; pupils' achievement only wished for.
- Value statements ("Everyone is welcome on our mat") and the preface's philosophy are not arrangements.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ob_helpers import (Footnotes, cell_text, comment, del_run, ins_run, page_field, para, run, runs,
                         set_col_widths, shade, shade_para, text_box, count_words)

HERE = Path(__file__).parent
OUT = HERE / "ob-01-whinmoor-kata-text.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
fn = Footnotes(doc)

# header / footer -------------------------------------------------------------------------------
hp = sec.header.paragraphs[0]
run(hp, "Whinmoor Budokwai Coaching School  ·  Michibiki-no-Kata  ·  second text, February 2009", italic=True, size=8)
fp = sec.footer.paragraphs[0]
run(fp, "Every Tori holds a current enhanced CRB disclosure, checked by the Budokwai.   ", size=8)
page_field(fp, "Page ")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def title(text, size=12):
    p = para(doc, text, bold=True, smallcaps=True, size=size, space_after=4)
    p.paragraph_format.space_before = Pt(14)
    return p


def set_bar(text):
    p = para(doc, text, bold=True, size=11, space_after=6)
    p.paragraph_format.space_before = Pt(16)
    shade_para(p, "1F1F1F")
    p.runs[0].font.color.rgb = None
    from docx.shared import RGBColor
    p.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return p


def body(text):
    return para(doc, text, space_after=6)


def form(num, name, desc, kuzushi, tsukuri, kake=None):
    p = para(doc, space_after=2)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    run(p, f"{num}.  {name}", bold=True)
    d = para(doc, desc, italic=True, space_after=2)
    d.paragraph_format.left_indent = Cm(0.8)
    lines = [("Kuzushi", kuzushi), ("Tsukuri", tsukuri)]
    if kake is not None:
        lines.append(("Kake", kake))
    out = {}
    for lab, val in lines:
        q = para(doc, space_after=1)
        q.paragraph_format.left_indent = Cm(0.8)
        run(q, lab + ":  ", bold=True, size=9.5)
        out[lab] = run(q, val, size=9.5)
    return out


# title block ---------------------------------------------------------------------------------------
para(doc, "WHINMOOR BUDOKWAI", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(doc, "Coaching School  ·  founded 1962", italic=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "MICHIBIKI-NO-KATA", bold=True, size=26, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(doc, "The Forms of Leading", italic=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "The National Award for SEN Coordination as it is taught at the Budokwai with the schools of the "
          "Calderfield Schools Partnership and the University of Aldstone", size=11,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Second text  ·  February 2009  ·  for the TDA approval round", size=9, italic=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)

tbp = para(doc, align=WD_ALIGN_PARAGRAPH.CENTER)
text_box(tbp, [
    ("Note to the panel", True, False),
    ("We have sent the course as we teach it: as a kata. A kata is a fixed set of forms practised by two "
     "people, Tori and Uke, and judged by people who know it well. Our Tori are the teachers on the course. "
     "The table of words on the next page says what each of our words means, and the key before the forms "
     "says how to read the three lines under each form.", False, False),
    ("The University of Aldstone's validation report of 3 December 2008 and the Partnership's survey of "
     "schools can be sent on request. Enquiries: Janet Hartley, Sensei of the kata, Whinmoor Budokwai, "
     "Mill Lane, Whinmoor.", False, True),
], height_pt=135)

# preface ------------------------------------------------------------------------------------------
title("Preface by the Chief Instructor")
body("Kata is the grammar of judo. A student can fight for years without it, but a student who has "
     "practised the forms knows why a throw works and can teach it to someone else. When the headteachers "
     "of the Calderfield Schools Partnership asked us in 2007 whether a club that has trained judo coaches "
     "for nearly fifty years could help them train the teachers who lead special educational needs in "
     "their schools, we answered in the only way we know. We wrote a kata.")
body("Our dojo has taught children with SEN and disabilities since the 1970s, when the club's founder, "
     "the late Harold Beck, opened a Saturday class for pupils from Ferncliffe School. Many of our coaches "
     "are teachers. We believe that leadership, like judo, is learned on the mat and not from a book, and "
     "that respect comes first. These beliefs are in every page that follows.")
p = body("The Michibiki-no-Kata is taught by the Whinmoor Budokwai Coaching School with the eleven schools of "
         "the Calderfield Schools Partnership. It is validated by the University of Aldstone, which awards it "
         "as the Postgraduate Certificate in SEN Coordination: 60 credits at Master's level (M level), made up "
         "of three Embu of 20 credits each. The University approved the course at its validation event on "
         "3 December 2008, and it sits in the University's Postgraduate Framework for Professional Practice, "
         "so that the credits can be carried into the University's MA in Inclusive Education.")
fn.add(p, "Kata texts traditionally give the Japanese name of each form first. We have kept the Japanese names "
          "short and given an English name beside each; the English name is the one used in the Embu.")
body("Why we practise. The kata has one purpose: that children and young people with SEN and/or "
     "disabilities in each Tori's school learn more and are healthier, safer and happier, in all five of the "
     "Every Child Matters outcomes, not only in their test results. The forms are chosen for that purpose, "
     "the Keiko teach them with real pupils in mind, and every Embu is judged partly on what changed for "
     "pupils: Embu 1 on what the Tori's plan did for one pupil's learning and well-being, Embu 2 on what the "
     "school project did for the pupils in the Tori's provision map.")
para(doc, "Ken Ashworth, 6th Dan, Chief Instructor", italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT)

# words -----------------------------------------------------------------------------------------------
title("Words used in this text")
words = [
    ("Tori", "The teacher taking the award: the one who performs the forms."),
    ("Uke", "The Tori's partner in their own school: a deputy or assistant headteacher named by the head, "
            "who receives the forms, meets the Tori twice a term and signs the Tsukuri work."),
    ("Sensei", "The tutors who teach at the Keiko (see \u201cThe Sensei\u201d)."),
    ("Shinpan", "The judges: two Sensei who judge each Embu together."),
    ("Keiko", "A practice day. There are eight, all on Saturdays."),
    ("Tsukuri work", "The task the Tori carries out in their own school between one Keiko and the next."),
    ("Randori", "Free practice in threes at Keiko 5 and Keiko 7. Sensei watch and comment; nothing is judged."),
    ("Embu", "A demonstration judged by the Shinpan. There are three: the marked work of the course."),
    ("Keiko-cho", "The practice book: the Tori's file of Tsukuri work, notes and Uke's signatures."),
    ("Shinsa", "The examination board that decides who receives the award."),
    ("Reigi", "Etiquette: the rules for joining the kata and taking part in it."),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "Word", bold=True)
cell_text(t.rows[0].cells[1], "What it means in this text", bold=True)
for c in t.rows[0].cells:
    shade(c, "D9D9D9")
for w, m in words:
    r = t.add_row()
    cell_text(r.cells[0], w, bold=True)
    cell_text(r.cells[1], m)
set_col_widths(t, [3.2, 13])

title("How each form is set out")
body("The forms are numbered 1 to 28 and grouped in five Sets, as the throws of a classical kata are. "
     "Under each form's name is a short description of what the Tori does, in italics. Then come three lines.")
for lab, txt in [
    ("Kuzushi", " (breaking the balance) says at which Keiko the Sensei first teach the form."),
    ("Tsukuri", " (the entry) says what the Tori does with the form in their own school, as Tsukuri work."),
    ("Kake", " (the execution) says in which Embu the Shinpan judge the form."),
]:
    q = para(doc, space_after=2)
    q.paragraph_format.left_indent = Cm(0.8)
    run(q, lab, bold=True)
    run(q, txt)
body("A form whose Kake line says randori is practised and commented on but is not judged. Where the Kake "
     "line is a dash, or there is no Kake line at all, the form is not judged in this text.")

# reigi ------------------------------------------------------------------------------------------------
title("Reigi: joining the kata and taking part")
body("Who may join. The kata is for qualified teachers who are the SENCO of a school in the Calderfield "
     "area, or who will take up the post during the year, and whose headteacher nominates them and agrees to "
     "name an Uke. Before a place is offered each applicant has an entry randori: a forty-minute conversation "
     "with two Sensei about a pupil the applicant knows well, followed by a short piece of writing done on "
     "the day. The Sensei judge both on an entry sheet drawn from the 28 forms, to decide whether the "
     "applicant has the footing to reach every form by the end of the year. Where an applicant is not yet "
     "ready, the Sensei tell them what to do first (for instance a term alongside an experienced SENCO in a "
     "Partnership school), write to the headteacher to say so, and hold a place for the following September.")
p = body("Credit brought with you. A Tori who already holds Master's credits in special educational needs "
         "from another university may bring up to 20 of them into the award, in place of Embu 1, through the "
         "University of Aldstone's procedure for the accreditation of prior learning. Experience is "
         "accredited through the same procedure: the Tori makes a claim, mapped to the forms of Embu 1, which "
         "two Shinpan judge.")
fn.add(p, "APEL claims are made by 31 October. The University's APEL adviser meets each claimant once; the "
          "claim is judged against the same grade descriptors as Embu 1 and reported to the Shinsa.")
p = body("No one is graded who has not trained. There is no way to the Shinsa except through the Keiko. ")
del_run(p, "Tori with five or more years as a SENCO may instead go straight to the Shinsa with a portfolio, "
           "without attending the Keiko.")
body("Self-grading. Before Keiko 1 each Tori grades themselves against the 28 forms on the Self-grading "
     "sheet, marking each form white (not yet), yellow (partly) or green (confident). The Sensei read the "
     "sheets to set the randori groups and to decide how long to spend on each form at the Keiko.")
body("Tailoring and cost. Each Tori chooses, with their Uke, the pupil for Embu 1 and the project for Embu 2, "
     "so that the work of the kata is their own school's work. Each Tori has three individual tutorials with "
     "a Sensei, one after each Embu is set, and the randori groups are re-formed at Keiko 5 from what the "
     "Sensei have seen. The fee is \u00a31,150, of which the Partnership pays \u00a3600 for teachers in its "
     "own schools. The fee is lower than the University's other postgraduate certificates because the dojo, "
     "the rooms at Ferncliffe and much of the teaching time are given by the partners.")
body("Access. The dojo has level access, a lift to the upper mat and an accessible changing room and "
     "toilet, and the Keiko rooms at Ferncliffe School are on the ground floor. Everyone is welcome on our "
     "mat. The University's disability policy applies to the award.")
p = body("Checks. Tori come to us as serving teachers. Their schools, as employers, hold their CRB disclosures "
         "and we do not ask to see them.")
cm_crb = p.runs[-1]
comment(doc, [cm_crb], "CRB \u2013 do we need to check? Ask the University. SQ", author="Samir Qureshi", initials="SQ")

# keiko -----------------------------------------------------------------------------------------------
title("The Keiko")
body("The kata is taught to one group a year, of up to eighteen Tori, on eight Saturdays from September "
     "to June, 9.30 to 3.30. Keiko 1 and Keiko 8 are held in the Budokwai's dojo; the others in the "
     "training rooms at Ferncliffe School, which has a suite of laptops.")
rows = [
    ("1", "26 Sept 2009", "Budokwai dojo", "Opening. The law and guidance on SEN and disability: the SEN Code of "
     "Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 and the disability equality "
     "duty, the Children Act 2004, Every Child Matters and Removing Barriers to Achievement. Forms 8, 9, 10.",
     "J. Hartley, S. Qureshi"),
    ("2", "17 Oct 2009", "Ferncliffe School", "Knowing the pupils: the common kinds of SEN and how each can "
     "affect learning; noticing and finding pupils. Forms 11, 16.", "T. Ellery, J. Hartley"),
    ("3", "21 Nov 2009", "", "Assessment: the school's data, national tests, other professionals' reports, "
     "formative assessment in class. Forms 16, 17, 18, 19.", "S. Qureshi, R. Okafor"),
    ("4", "16 Jan 2010", "", "Voices: pupils and parents. Parents of Ferncliffe pupils join the Keiko for the "
     "afternoon. Pupil interviews and pupil-voice tools. Forms 1, 5, 26, 27.", "J. Hartley, Ferncliffe parents' group"),
    ("5", "6 Mar 2010", "", "The map: provision mapping and management; deploying teaching assistants; the "
     "order of the work; the principles of school self-evaluation. Randori. Forms 3, 13, 22, 23.", "J. Hartley, T. Ellery"),
    ("6", "24 Apr 2010", "", "Ways and means: approaches and resources for teaching and learning, ICT and "
     "assistive technology in the laptop suite; what research says about interventions for reading and for "
     "behaviour. Forms 6, 12.", "S. Qureshi, M. Dunne"),
    ("7", "22 May 2010", "", "Leading: strategy with the senior team and governors, coaching colleagues, "
     "working with other services. Case problems. Randori. Forms 2, 4, 15, 19, 21, 24, 28.",
     "K. Ashworth, R. Okafor, J. Hartley"),
    ("8", "[date to be confirmed]", "Budokwai dojo", "Looking back: self-evaluation and review; the Next Grade "
     "plan. Forms 7, 25.", "J. Hartley, S. Qureshi"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Keiko", "Date", "Where", "What is practised", "Sensei"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "D9D9D9")
for r_ in rows:
    r = t.add_row()
    for i, v in enumerate(r_):
        cell_text(r.cells[i], v, size=9)
# merge "Where" for Keiko 2-7 (Ferncliffe)
m = t.cell(2, 2).merge(t.cell(7, 2))
set_col_widths(t, [1.3, 2.4, 2.6, 7.6, 3.0])
para(doc, "")
body("A Tori who misses a Keiko may make it up with the following year's group, and an Embu may be handed "
     "in up to a term late with the Shinsa's agreement.")
body("Between the Keiko. The University gives every Tori a login to its Blackboard site, where the Renraku "
     "board holds the readings for each Keiko and a discussion board on which Tori ask one another questions "
     "and share their Tsukuri work between Keiko. The board belongs to the Tori: Sensei do not post on it. "
     "Questions for the Sensei are kept for the tutorials and the Keiko.")
body("Tsukuri work. Between each Keiko and the next, the Tori carries out in their own school the Tsukuri "
     "work for the forms just taught, with the Uke. The Uke signs each piece in the Keiko-cho. No form is "
     "practised only at the dojo: every form that is taught has a Tsukuri task in the Tori's school.")

# embu -------------------------------------------------------------------------------------------------
title("The Embu")
body("Embu 1, Kaisetsu: the study of one pupil (20 credits, 4,000 words, handed in by 1 February 2010). The "
     "Tori follows one pupil with SEN or a disability through a cycle of finding, assessing, planning, "
     "teaching and reviewing, with the pupil and the family, and writes it up with a short review of what "
     "research and best practice say about the pupil's needs.")
body("Embu 2, the school project (20 credits, 4,000 words and the school's provision map, handed in by "
     "1 June 2010). The Tori leads a change in the school's provision for a group of pupils, agreed with the "
     "senior team, and reports what the change did for them.")
body("Embu 3, Mondo: question and answer (20 credits, a forty-minute professional discussion in June 2010). "
     "Two Shinpan question the Tori on the Keiko-cho and put an unseen problem to them.")
p = body("Judging. Each Embu is judged by two Shinpan together against the University's Master's-level grade "
         "descriptors and the forms listed for it in this text. The Shinsa, which includes the external "
         "examiner, Dr Helen Marsh of the University of Penwortham, confirms all results. ")
ins_run(p, "Every Embu 2 project is also second-marked by a tutor of the University, and a sample of all three "
           "Embu goes to the external examiner before the Shinsa meets.", author="S. Qureshi")

# sensei ------------------------------------------------------------------------------------------------
title("The Sensei")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Sensei", "Role in the kata", "Background"]):
    cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    shade(t.rows[0].cells[i], "D9D9D9")
sensei = [
    ("Janet Hartley", "Sensei of the kata (programme leader); Shinpan",
     "SENCO of Aire Vale High School for fifteen years; now the Partnership's inclusion lead. MA in Inclusive "
     "Education. 4th Dan; club coach since 1990."),
    ("Dr Samir Qureshi", "University link tutor; Shinpan",
     "Senior lecturer in special and inclusive education, University of Aldstone; leads the MA in Inclusive "
     "Education; research on provision mapping in secondary schools."),
    ("Tom Ellery", "Sensei", "Headteacher of Ferncliffe Special School; formerly an advisory teacher for "
     "autism with the local authority."),
    ("Ruth Okafor", "Visiting Sensei", "Senior educational psychologist, Calderfield local authority."),
    ("Mary Dunne", "Visiting Sensei", "Speech and language therapist and assistive technology lead at Ferncliffe."),
    ("Ken Ashworth", "Sensei (Form 24)", "Chief Instructor of the Budokwai, 6th Dan; head of the Coaching "
     "School; tutor and assessor of judo coaches for thirty years."),
]
for s in sensei:
    r = t.add_row()
    for i, v in enumerate(s):
        cell_text(r.cells[i], v, size=9)
set_col_widths(t, [3.2, 4.4, 9.3])
para(doc, "")
body("The Sensei meet before each Keiko to go through the forms they will teach. No Sensei judges an Embu "
     "alone until they have judged one beside Janet Hartley or Dr Qureshi. Uke receive a copy of this text.")
body("Others who help. Parents from the Ferncliffe parents' group come to Keiko 4; a governor of Aire Vale "
     "High takes part in Keiko 7; the local authority's educational psychology service, sensory support team "
     "and the Calderfield Parent Partnership Service give time at Keiko 3 and 7. We do not arrange placements: "
     "the Tsukuri work is done in the Tori's own school.")
body("Resources. The Keiko rooms at Ferncliffe have a suite of sixteen laptops with text-to-speech, symbol "
     "software and screen magnification, and Ferncliffe's assistive technology room is open to Tori at "
     "Keiko 6. The University library, with its print collection and e-journals, is open to every Tori, and "
     "the dojo library holds copies of the set texts.")

# the forms ----------------------------------------------------------------------------------------------
title("The Forms", size=14)
body("The kata is performed in order, but the forms are taught where the Keiko table places them.")

set_bar("FIRST SET  ·  SHISEI  ·  BEARING")
form(1, "Sonkei \u2014 Respect",
     "Tori builds fair, respectful and steady relationships with pupils who have SEN or disabilities and "
     "with their parents and carers. Uke watches how the Tori listens before acting.",
     "Keiko 4.", "the pupil conversation and the family meeting for Embu 1.",
     "Embu 1, judged on the Tori's account of the pupil and family and the family's own comments.")
form(2, "Kyoryoku \u2014 Winning the team",
     "Tori brings the headteacher, the senior team and colleagues to commit themselves to better outcomes "
     "for pupils with SEN and disabilities.",
     "Keiko 7.", "the Tori presents the Embu 2 project to the senior team and records what they decide.",
     "Embu 2.")
form(3, "Dandori \u2014 The order of the work",
     "Tori decides what comes first, keeps to time, and hands tasks to others, checking that they are done.",
     "Keiko 5.", "a fortnight's log of the Tori's time, kept in the Keiko-cho.",
     "in randori only (Keiko 5): partners and Sensei comment on the time log.")
form(4, "Handan \u2014 Judgement",
     "Tori sees trouble coming and resolves it, and makes sound, well-grounded decisions about provision.",
     "Keiko 7 (the case problems).", "two decisions about provision written up in the Keiko-cho.",
     "Embu 3, where the Shinpan put an unseen problem to the Tori.")
form(5, "Kotoba \u2014 Words",
     "Tori speaks and writes clearly and listens to, and understands, what others think.",
     "Keiko 4.", "the family meeting and the paper to the senior team.",
     "Embu 3 for speaking and listening; Embu 1 and Embu 2 for writing.")
form(6, "Kenkyu \u2014 Study",
     "Tori uses research evidence and advice from outside the school to improve their own practice and "
     "their colleagues'.",
     "Keiko 6.", "one change to a colleague's practice drawn from a research paper or an outside adviser, "
     "written up.", "Embu 2.")
form(7, "Shugyo \u2014 Self-training",
     "Tori keeps up to date with developments and takes charge of their own professional development on SEN "
     "and disability.",
     "Keiko 8.", "the Next Grade plan (see \u201cAfter the kata\u201d).")

set_bar("SECOND SET  ·  CHISHIKI  ·  KNOWING")
body("The Second Set has eight forms. How children develop, and how their development is affected by "
     "SEN, disability and their surroundings, is not one of them: every Tori is a qualified teacher and we "
     "take it as known from initial training, so we do not teach it.")
form(8, "H\u014d \u2014 The law",
     "Tori knows the law and guidance on SEN, the SEN Code of Practice above all, what they mean for the "
     "school, the SENCO and others, and how to carry them out.",
     "Keiko 1.", "checking the school's SEN policy against the Code of Practice with the Uke.", "Embu 1.")
form(9, "Itsutsu \u2014 The five outcomes",
     "Tori knows the principles of Every Child Matters and its five outcomes, and how the SENCO helps pupils "
     "to reach them.",
     "Keiko 1.", "a five-outcome profile of the Embu 1 pupil.", "Embu 1.")
form(10, "By\u014dd\u014d \u2014 Equality",
     "Tori knows the disability equality laws, what they require the school to do for disabled pupils, and "
     "how best to do it.",
     "Keiko 1.", "a review of the school's disability equality scheme and accessibility plan.", "Embu 2.")
form(11, "Shurui \u2014 Kinds of need",
     "Tori knows the commonest kinds of SEN and disability (behavioural, emotional and social difficulties; "
     "specific learning difficulties, dyslexia among them; speech, language and communication needs; autism; "
     "moderate learning difficulties) and how each can affect a pupil's learning.",
     "Keiko 2.", "a short guide for colleagues on the needs met most often in the Tori's school.",
     "Embu 1 and Embu 3.")
form(12, "H\u014dh\u014d \u2014 Ways and means",
     "Tori weighs critically the approaches, strategies and resources for assessment, planning, teaching and "
     "learning, ICT among them, and uses them to remove barriers and personalise provision.",
     "Keiko 6, in the laptop suite.", "a trial of one approach or piece of software with the pupils of the "
     "Embu 2 group.", "Embu 2.")
form(13, "Hansei \u2014 Looking back",
     "Tori knows the principles of school self-evaluation and improvement and how they bear on outcomes for "
     "pupils with SEN and disabilities.",
     "Keiko 5.", "drafting the SEN part of the school's self-evaluation with the Uke.", "Embu 2.")
form(14, "Shiry\u014d \u2014 What is known",
     "Tori knows best practice, and what research has found, in meeting special educational needs.",
     "none. This form is not taught at any Keiko; Tori read for it alone from the reading list.",
     "the review of research and best practice in Embu 1.", "Embu 1.")
form(15, "Tasuke \u2014 Help from outside",
     "Tori knows what the external agencies do, where their work begins and ends, and how to get specialist "
     "support and resources for pupils.",
     "Keiko 7, with the educational psychologist and the speech and language therapist.",
     "a map of the services the school uses and how to reach them.", "Embu 3.")

set_bar("THIRD SET  ·  TE  ·  THE HAND: FINDING AND ASSESSING")
form(16, "Mitsukeru \u2014 Finding",
     "Tori identifies pupils who may have SEN or disabilities from observation, data and assessment, sets "
     "them challenging targets, plans interventions that remove or lower the barriers, and reviews their "
     "progress.",
     "Keiko 2 and Keiko 3.", "the Embu 1 pupil's cycle of assessing, planning, teaching and reviewing.",
     "Embu 1.")
form(17, "Kiku \u2014 Hearing other professionals",
     "Tori uses the assessments of other professionals (psychologists, therapists, advisory teachers) to "
     "shape teaching for the pupil.",
     "Keiko 3.", "using one outside report to change the Embu 1 pupil's teaching.", "Embu 1.")
form(18, "Hakaru \u2014 Measuring",
     "Tori uses summative assessment, national tests among it, to track pupils' progress and to change their "
     "programmes.",
     "Keiko 3.", "tracking the data of the pupils in the Embu 2 group over two terms.", "Embu 2.")
form(19, "Mimamoru \u2014 Watching over",
     "Tori encourages other teachers to use formative assessment with every pupil, with particular thought "
     "for pupils with SEN and disabilities.",
     "Keiko 3.", "working with one department or year team on assessment for learning.",
     "in randori at Keiko 7; Sensei comment, nothing is judged.")
p = para(doc, space_after=2)
p.paragraph_format.space_before = Pt(8)
run(p, "20.  (Held over.)", bold=True)
q = para(doc, "The form on arrangements for national tests and examinations is held over. It will be written into "
              "the kata when the Keiko calendar allows; we expect to add it in the third text, for 2010.",
         italic=True)
q.paragraph_format.left_indent = Cm(0.8)

set_bar("FOURTH SET  ·  MICHIBIKI  ·  LEADING")
form(21, "Kokorozashi \u2014 Direction",
     "With the senior team and the governors, Tori advises on and shapes the school's direction: an inclusive "
     "ethos, policies and priorities, and the use of resources, so that every pupil reaches the curriculum, "
     "makes good progress and takes part in the life of the school.",
     "Keiko 7, with a governor of Aire Vale High.", "a paper to the governors' curriculum committee.",
     "Embu 2.")
form(22, "Chizu \u2014 The map",
     "Tori uses provision mapping and management to plan provision, and to find what is not working and what "
     "is missing.",
     "Keiko 5.", "the school's provision map, costed.", "Embu 2.")
form(23, "Haichi \u2014 Placing",
     "Tori deploys and manages teaching assistants and other staff well for pupils with SEN and disabilities.",
     "Keiko 5.", "a deployment plan for the school's teaching assistants.", "Embu 2.")
form(24, "Oshie \u2014 Teaching others",
     "Tori supports colleagues' development: observing lessons and giving feedback, teaching and modelling, "
     "coaching and mentoring, running or arranging training.",
     "Keiko 7, taught by the Chief Instructor from the way the Coaching School trains judo coaches.",
     "one lesson observation with feedback and one staff training session.", "Embu 3.")
lines = form(25, "Mitoshi \u2014 Review",
             "Tori reviews and evaluates provision with colleagues, so that what they find feeds the school's "
             "self-evaluation and improvement plan.",
             "Keiko 8.", "a review meeting on the school's provision, held with the Uke.", "\u2014")
comment(doc, [lines["Kake"]], "Should this be judged at Embu 2? JH", author="Janet Hartley", initials="JH")

set_bar("FIFTH SET  ·  RENKEI  ·  WORKING WITH OTHERS")
form(26, "Koe \u2014 Voice",
     "Tori makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision, "
     "and helps colleagues to work with them, so that pupils are engaged in their own learning.",
     "Keiko 4 (pupil interviews and pupil-voice tools).",
     "the Embu 1 pupil takes part in their own review meeting, prepared with the Tori.", "Embu 1.")
form(27, "Ie \u2014 Home",
     "Tori works with parents and carers, advising and supporting them, to further their children's learning "
     "and development.",
     "Keiko 4, with the Ferncliffe parents.", "the family meeting for the Embu 1 pupil.", "Embu 1.")
form(28, "Nakama \u2014 Partners",
     "Tori works in partnership with other services and agencies, voluntary organisations among them, so that "
     "support for the pupil is joined up.",
     "Keiko 7.", "a multi-agency meeting, or a team around the child meeting under the CAF, led by the Tori.",
     "Embu 3.")

# shinsa ----------------------------------------------------------------------------------------------
title("Shinsa: the award")
body("The Shinsa meets in July. It is chaired by the University's head of postgraduate professional "
     "programmes and includes Janet Hartley, Dr Qureshi, a headteacher of the Partnership and the external "
     "examiner. It awards the Postgraduate Certificate in SEN Coordination to a Tori who has passed all three "
     "Embu. A Tori who falls short in one form of the Second Set may still pass the Embu if the other forms "
     "are strong. A Tori who fails an Embu may resubmit it once, within six months.")

# after the kata -------------------------------------------------------------------------------------
title("After the kata")
body("The Next Grade. At Keiko 8 each Tori writes a Next Grade plan: three professional targets for the year "
     "after the award, set on the Next Grade sheet, with a list of further study to consider (the University's "
     "MA in Inclusive Education, the Partnership's SENCO network, specialist courses of the local authority). "
     "The Tori takes the plan to a meeting with their headteacher, who signs it.")
body("Looking back on the kata. At the end of every Keiko each Tori fills in a slip rating the day and their "
     "confidence in the forms taught. At the end of the year every Tori answers a questionnaire on their "
     "confidence in all 28 forms, which is set beside their Self-grading sheet from September, and each Uke "
     "is asked what has changed in the school. The external examiner reports to the University each year, "
     "and the University's annual monitoring report on the course goes to its Postgraduate Board.")
body("What changes. The Sensei meet each July with the slips, the questionnaires, the external examiner's "
     "report and the Shinsa's results, and rewrite the text. This second text came from that meeting after "
     "the pilot Keiko held with six teachers in the spring of 2008: Form 3 was added and the Second Set cut "
     "from three Keiko to two. We would like in time to know whether pupils in Tori's schools do better "
     "because of the kata, but we have no way of measuring this yet.")
body("What the schools told us. In the summer of 2008 we asked every headteacher and SENCO in the "
     "Partnership's eleven schools, and the local authority's SEN team, what new SENCOs most need; 19 of 22 "
     "replied. Their three answers (provision mapping, managing teaching assistants, and working with "
     "parents) are Forms 22, 23 and 27, and they are given the most time at the Keiko.")
body("What they changed. The heads asked us to move the Keiko from Friday evenings to Saturdays so that Tori "
     "are not taken from their classes; the Ferncliffe parents' group asked that Tori meet parents and not "
     "only read about them, which is why parents come to Keiko 4; and the local authority's SEN team asked for "
     "Form 15, which was not in the pilot.")
body("Who takes part. Headteachers act as Uke or name one, and a Partnership head sits on the Shinsa; "
     "parents come to Keiko 4; the local authority's psychologists and therapists teach at Keiko 3 and 7. "
     "We hope that heads and parents will have a say in how the kata is looked back on in future years.")
body("The reading list. Keiko 6 looks at what research says about interventions for reading and for "
     "behaviour. The reading list was drawn up for the pilot in the spring of 2008 and is given to Tori at "
     "Keiko 1.")

title("Closing")
body("A kata is never finished. Each year the forms are performed a little better than the year before, "
     "and each Tori who receives the award becomes, in their own school, the Sensei of the next. Every form is "
     "practised in the Tori's own school and judged on what it changes there: in the classroom, in the "
     "school's plans and for the pupils themselves.")
para(doc, "Whinmoor Budokwai Coaching School  ·  Calderfield Schools Partnership  ·  University of Aldstone",
     italic=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

fn.finish()
doc.save(OUT)
print(OUT.name, "words:", count_words(OUT))
