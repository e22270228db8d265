"""nx-01-hallowgate-exemplar-sheets: builds nx-01-hallowgate-exemplar-sheets.docx beside itself.

Provider: Hallowgate School of Calligraphy & Lettering (a small independent lettering school in a market
town), with the Brookmere Writing Partnership (seven Brookmere schools, one of them the special school Fennick
House) and the University of Wenthorpe, which has validated the course as a PGCert. January 2009.

Document kind and layout: the course written as a lettering school's EXEMPLAR SHEETS for a hand (the model
sheets a calligraphy class copies from: the hand, the letter families, stroke order and numbered "ductus
notes"). A title block table with merged cells (Hand, Nib, Pen angle, x-height); nine "Sheets" whose titles
are bold capitals typed on shaded Normal paragraphs (no heading styles); a glossary table of the school's
own words (Writers = participants, Scribes = tutors, Pen Masters = school mentors, Families = 15-credit
units, Strokes = study days, Pen Checks PC1-PC4 = marked assessments, the Broadsheet and the Lectern = the
final written and spoken assessment, the Warm-up Sheet = needs assessment, the Writer's Ruling = individual
plan, the Ink Room = online area, the Ruling Board = course committee); a Families-and-Strokes table whose
Family cells are merged down over their Strokes; 22 numbered Ductus Notes; the outcomes as an ALPHABET
TABLE, one "letter" per national outcome (a-z, "&", "ct", "st"), grouped under merged shaded rows, with
"Formed in" (Stroke) and "Pen-checked at" columns whose special values ("Pencil only", "Ghosted", a dash,
"Not yet cut") are defined only in Ductus Note 19, far above the table; a VML text box ("Scribe's tip"); a
header and a footer with a PAGE field; Word comments; tracked changes.

Traps (requirement ids):
- Header "agreed by the Ruling Board" and footer are never evidence.
- Value statement "every child has a hand worth reading" (1.1 is met from the aims paragraph, not from it).
- 5.3: the original sentence promising to see each CRB disclosure is a tracked DELETION; the inserted
  replacement says Hallowgate "makes no check of its own" (employer's responsibility) -> not_met. A Word
  comment questioning this is not part of the submission.
- 2.3: negation plus another body's arrangement: the University's assessment-only route "belongs to the
  University's programme and is not open to Writers on this course"; a comment suggesting borrowing it is
  not evidence -> not_met.
- 2.1: prior certificated study only; "Experience on its own is not accredited" -> partially_met.
- 2.5: only a leaflet about further study; further targets are "for the Writer and their school to set" and
  the Scribes "do not take part" -> partially_met.
- 3.3: the Ink Room is used (so 3.3 applies) but "Scribes do not read the noticeboard" and questions are
  answered "at the next Stroke" -> partially_met (no direct tutor support between sessions).
- 3.1: met from Ductus Note 10; the "Scribe's tip" text box on left-handed writers and oblique nibs is the
  right word ("adjustment") about the wrong thing and is not what meets it.
- 4.2: met from the survey-to-Stroke changes; the paragraph about parents of the Saturday children's
  lettering classes is a wrong-context distractor.
- 5.5: specialist speakers yes, placements left to the Writer ("Hallowgate does not arrange placements")
  -> partially_met.
- 5.6: no specialist technology of its own; Writers "are directed to" the LA's team -> partially_met.
- 5.7: Scribes briefed, but the Pen Masters' handbook "is being written" and training only hoped for
  -> partially_met.
- 5.9: confidence measured, pupil impact only expected ("we do not collect pupil data ourselves")
  -> partially_met.
- 5.8: met; the external examiner's name is a placeholder, the appointment itself is stated.
- 6.0 and 1.9: the pass rule is four Pen Checks, but the Alphabet Table shows letters that are "Pencil only",
  unchecked (dash), "Ghosted" or "Not yet cut" -> partially_met.
- Criterion 6 (Alphabet Table): 6.A3 and 6.K7 "Pencil only" (formative only) -> partially_met; 6.S2b's
  Pen-checked cell is a tracked change deleting "PC3" and inserting "Pencil only" -> partially_met;
  6.A7 and 6.S4 taught but a dash (not checked) -> partially_met; 6.K3 "Ghosted" (reading only, not taught)
  but checked at PC3 -> partially_met; 6.S2d and 6.S9 "Not yet cut" -> not_met. A comment on the table is not
  evidence.
- Past arrangement: the pre-2007 "Lettering for Learning" course for teaching assistants is history only.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nx_helpers import (base_doc, para, runs, shade_par, cell_text, table, add_ins, add_del, text_box,
                         header_footer, shade_cell)
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
NAME = "nx-01-hallowgate-exemplar-sheets"

doc = base_doc("Cambria", 10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
header_footer(doc, "Hallowgate School of Calligraphy & Lettering  ·  Exemplar Sheets: the SENCO Award  ·  "
                   "Draft 3, agreed by the Ruling Board",
              "HSCL/EX/SEN-1  ·  January 2009  ·  These sheets may be copied for the approval panel only")


def sheet_title(text):
    p = para(doc, text, bold=True, size=12, space_after=4)
    shade_par(p, "D9D9D9")
    return p


def sub(text):
    return para(doc, text, bold=True, space_after=2)


def body(text):
    return para(doc, text, space_after=6)


# ---------------- title block ----------------
tb = table(doc, 7, 4)
a = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(a, "EXEMPLAR SHEETS: THE FOUNDATIONAL HAND", bold=True, size=15, fill="BFBFBF")
a = tb.cell(1, 0).merge(tb.cell(1, 3))
cell_text(a, "National Award for Special Educational Needs Coordination  ·  Hallowgate Edition", italic=True,
          size=11)
rows = [("Hand", "Foundational, after Edward Johnston", "Nib", "Broad-edged, 3.5 mm"),
        ("Pen angle", "30 degrees", "x-height", "4 nib widths"),
        ("Sheets", "1 to 9", "Edition", "First, for the 2009-10 year"),
        ("Written by", "Hallowgate School of Calligraphy & Lettering with the Brookmere Writing Partnership",
         "Validated by", "University of Wenthorpe, School of Education")]
for i, r in enumerate(rows, start=2):
    for j, v in enumerate(r):
        cell_text(tb.cell(i, j), v, bold=(j % 2 == 0), fill=("F2F2F2" if j % 2 == 0 else None))
a = tb.cell(6, 0).merge(tb.cell(6, 3))
cell_text(a, "Sent to the Training and Development Agency for Schools with our application for approval to "
             "offer the National Award for SEN Coordination from September 2009.", italic=True, size=9)
para(doc, "")

sheet_title("ABOUT THESE SHEETS")
body("Every class at Hallowgate begins with an exemplar: a sheet that shows the hand letter by letter, with the "
     "order and direction of each stroke (the ductus) and notes in the margin for the writer. When the Brookmere "
     "Writing Partnership asked us to help build a course for teachers new to the SENCO role, we wrote the course "
     "the same way. These nine sheets are the course as we shall teach it from September 2009. The Writing "
     "Partnership's seven schools and the University of Wenthorpe have read them and agreed them, and the "
     "University's validation panel worked from an earlier draft.")
body("Hallowgate has taught lettering in the old corn exchange since 1981. Until 2007 we also ran a short course, "
     "Lettering for Learning, for teaching assistants who supported pupils with handwriting difficulties; that "
     "course has closed, and nothing on these sheets depends on it. The people who will teach the SENCO Award are "
     "named on Sheet 8: they are special educational needs specialists, not lettering teachers.")

# ---------------- sheet 1 ----------------
sheet_title("SHEET 1  ·  THE HAND")
body("The Hallowgate SENCO Award is a Postgraduate Certificate of the University of Wenthorpe. It carries 60 "
     "credits at Level 7, masters level, made up of four Families of 15 credits each. The University validated "
     "the course at its event of 14 November 2008 under the title PGCert National Award for SEN Coordination "
     "(Hallowgate), and Hallowgate is entered in the University's Register of Collaborative Provision as an "
     "associate college for this course alone. The University awards the certificate, appoints the external "
     "examiner and holds the Examination Board; Hallowgate recruits, teaches and does the first marking.")
body("The purpose of a hand is legibility: a letter is good if a child can read it. The purpose of this course "
     "is of the same kind. Every Family, every Stroke and every Pen Check is aimed at one end: that pupils with "
     "special educational needs and disabilities in the Writer's school achieve more and are happier and safer, "
     "in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution and achieving economic well-being), not in test scores alone. Each Pen Check asks "
     "the Writer to show what changed for named pupils, measured against a baseline taken before the work "
     "began, and to write about their well-being as well as their attainment.")
body("At Hallowgate we believe every child has a hand worth reading.")

# ---------------- sheet 2 ----------------
sheet_title("SHEET 2  ·  TERMS USED ON THESE SHEETS")
body("A lettering school has its own words, and we have kept them. This is what they mean on this course.")
terms = [
    ("Writer", "A teacher taking the course."),
    ("Scribe", "One of the course tutors (see Sheet 8)."),
    ("Pen Master", "An experienced SENCO in one of the Partnership schools who mentors a Writer in school."),
    ("Family", "One of the four units of the course, each of 15 credits."),
    ("Stroke", "A study day. There are twelve, Stroke 1 to Stroke 12."),
    ("Ductus Note", "One of the numbered notes on Sheet 6, saying how something on the course is done."),
    ("Warm-up Sheet", "The needs assessment each Writer completes before Stroke 1."),
    ("Writer's Ruling", "The Writer's individual training plan, drawn up from the Warm-up Sheet."),
    ("Practice Sheet", "A task carried out in the Writer's own school between Strokes."),
    ("Pen Check", "A marked assessment. There are four, PC1 to PC4."),
    ("Broadsheet", "The final written piece, part of PC4."),
    ("The Lectern", "The spoken part of PC4: a presentation and questions."),
    ("Flourish", "An optional two-hour twilight session."),
    ("Ink Room", "The course's area on the Hallowgate website."),
    ("Ruling Board", "The committee that runs and reviews the course."),
    ("Letter", "One of the twenty-nine national minimum outcomes, as set out in the Alphabet Table on Sheet 7."),
]
t = table(doc, len(terms) + 1, 2)
cell_text(t.cell(0, 0), "Term", bold=True, fill="D9D9D9")
cell_text(t.cell(0, 1), "What it means on this course", bold=True, fill="D9D9D9")
for i, (k, v) in enumerate(terms, start=1):
    cell_text(t.cell(i, 0), k, bold=True)
    cell_text(t.cell(i, 1), v)
para(doc, "")

# ---------------- sheet 3 ----------------
sheet_title("SHEET 3  ·  WHO MAY WRITE")
sub("Entry")
body("A Writer must hold Qualified Teacher Status, be in post in a maintained school in Brookmere or a "
     "neighbouring authority, and either hold the SENCO role or have been named by the headteacher to take it up "
     "within the year. The headteacher signs the nomination form and commits the school to release the Writer for "
     "the twelve Strokes and to host the Pen Master's visits. Before a place is offered, each applicant completes "
     "the Warm-up Sheet (Sheet 4) and has a forty-minute conversation with a Scribe.")
body("Where the Warm-up Sheet and the conversation show that an applicant is unlikely to reach all the letters by "
     "the end of the year (most often a teacher in the first two years of teaching, or one with no experience of "
     "pupils at School Action Plus), the Scribe writes to the applicant and to the headteacher setting out what "
     "to do first, usually a term shadowing the present SENCO and the Partnership's free Starting Out twilight "
     "sessions, and offers a place in the next intake. The Scribe telephones the headteacher before the letter "
     "is sent.")
chk = sub("Checks")
p = para(doc, "", space_after=6)
add_del(p, "Hallowgate will see the original of each Writer's enhanced CRB disclosure at enrolment and record "
           "its number and date, and will take up a reference from the Writer's employer. ")
add_ins(p, "Writers are serving teachers whose employers have already made the checks required of them, so "
           "Hallowgate makes no check of its own.")
doc.add_comment(chk.runs[0],
                text="Are we sure about this? The TDA may want us to see the disclosures ourselves. MD",
                author="Marcus Dene", initials="MD")
sub("Prior study")
body("Credits gained at Level 7 in the last five years on the University of Wenthorpe's Certificate in Specific "
     "Learning Difficulties, or on another university's masters-level SEN module, may be set against one Family "
     "(15 credits) under the University's rules for the accreditation of prior certificated learning, provided "
     "the Writer also completes that Family's Pen Check. Experience on its own is not accredited: a Writer with "
     "many years in the classroom still writes every Family.")
sub("Writing from the exemplar")
p = body("At Hallowgate nobody is examined without first writing the Strokes. The University of Wenthorpe runs an "
         "assessment-only route on its own PGCert in Inclusion for candidates from SEN support services, but that "
         "route belongs to the University's programme and is not open to Writers on this course.")
doc.add_comment(p.runs[0], text="Could we borrow Wenthorpe's route for one or two very experienced people? "
                                "Worth asking at validation. RM", author="Rosalind Maybury", initials="RM")

# ---------------- sheet 4 ----------------
sheet_title("SHEET 4  ·  WARM-UP AND RULING")
body("Before Stroke 1 each Writer fills in the Warm-up Sheet. It lists the twenty-nine letters of the Alphabet "
     "Table, each with a four-point scale (I have not yet tried this; I have tried it with help; I do this on my "
     "own; I could show a colleague) and a box for one piece of evidence. The Pen Master reads it with the Writer "
     "in school and adds a comment on each letter where they see it differently, because a Writer may think a "
     "letter is already well formed when what they know is out of date.")
p = body("At the Ruling Conversation, in the first fortnight of the course, the Writer's Scribe uses the Warm-up "
         "Sheet to draw up the Writer's Ruling: the letters the Writer will spend longest on, the letters each Pen "
         "Check will focus on, which Flourish sessions they will attend, and two or three personal outcomes written "
         "in the Writer's own words for their own school. ")
add_ins(p, "The Ruling is reviewed at Strokes 4 and 8 and whenever a Pen Check is returned, and Scribes look for "
           "evidence against every letter through the year to check that the Warm-up Sheet was right.")
body("Because the Ruling differs from Writer to Writer, so does the course. The six Flourish sessions (two-hour "
     "twilights on provision mapping, dyslexia-friendly classrooms, annual reviews, working with teaching "
     "assistants, autism and writing for governors) are chosen by each Writer according to the Ruling, with at "
     "least two taken; the Practice Sheets are set for each Writer's school; and each Pen Check lets the Writer "
     "choose the pupils, the provision and the letters it is written around. Where a whole intake is shown by the "
     "Warm-up Sheets to be secure in a letter, the Stroke that forms it is shortened and the time given to the "
     "letters the intake finds hardest.")
body("The fee for the year is £1,650. Partnership schools pay £1,150, the Partnership's bursary making up the "
     "difference. Intakes are of no more than fourteen Writers. Strokes are held in Partnership schools across "
     "the county as well as at Hallowgate, so that no Writer travels more than twenty-five miles, and the Ink "
     "Room saves the cost of printed readers.")

# ---------------- sheet 5 ----------------
sheet_title("SHEET 5  ·  THE FAMILIES AND THE STROKES")
body("In a hand, letters are learned in families that share a stroke: the round letters from the o, the arched "
     "letters from the n, the straight letters, the diagonals. The course is built the same way. Each Family "
     "ends with its Pen Check.")
fam = [
    ("o-Family: Round Letters, Knowing the Child (15 credits; PC1)", [
        ("Stroke 1", "The Round O", "Every Child Matters and the SENCO's part in it; the SENCO role in the Code."),
        ("Stroke 2", "Counters", "The commonest needs: BESD, SpLD including dyslexia, SLCN, ASD, MLD; reading "
                                 "reports from other professionals."),
        ("Stroke 3", "Growth", "How children develop; the classroom as a physical and social environment."),
    ]),
    ("n-Family: Arches, Leading Provision (15 credits; PC2)", [
        ("Stroke 4", "Reading the Research", "Research, inspection evidence and outside advice, and how to use "
                                             "them with colleagues."),
        ("Stroke 5", "The Arch of the School", "Working with the head, senior leaders and governors; inclusive "
                                               "ethos, policy, priorities and resources."),
        ("Stroke 6", "Mapping", "Identifying pupils, targets and interventions; provision mapping; deploying "
                                "teaching assistants; managing the SENCO's time."),
    ]),
    ("Straight Family: Uprights, Law and Standing (15 credits; PC3)", [
        ("Stroke 7", "The Code", "The SEN Code of Practice 2001, the Education Act 1996, SENDA 2001, the "
                                 "Disability Discrimination Act 2005 and the disability equality duty; "
                                 "statements and annual reviews."),
        ("Stroke 8", "Measures", "Summative data and national tests; formative assessment in classrooms; "
                                 "approaches, strategies and ICT for assessment, planning and teaching."),
        ("Stroke 9", "Self-evaluation", "The school's self-evaluation form and improvement plan; reviewing "
                                        "provision with colleagues."),
    ]),
    ("Diagonal Family: Working Across (15 credits; PC4)", [
        ("Stroke 10", "Listening Letters", "Consulting pupils; pupils' part in planning and reviewing their own "
                                           "provision."),
        ("Stroke 11", "Parents, Carers and Agencies", "Working with parents and carers; the educational "
                                                      "psychology, speech and language therapy and CAMHS services "
                                                      "and the LA's teams."),
        ("Stroke 12", "The Broadsheet", "Enquiry in school; developing colleagues by observation, coaching and "
                                        "training; keeping up to date."),
    ]),
]
n = 1 + sum(len(s) for _, s in fam)
t = table(doc, n, 4)
for j, h in enumerate(["Family", "Stroke", "Title", "What is written"]):
    cell_text(t.cell(0, j), h, bold=True, fill="D9D9D9")
r = 1
for fname, strokes in fam:
    top = t.cell(r, 0)
    bottom = t.cell(r + len(strokes) - 1, 0)
    m = top.merge(bottom)
    cell_text(m, fname, bold=True, fill="F2F2F2")
    for s in strokes:
        cell_text(t.cell(r, 1), s[0])
        cell_text(t.cell(r, 2), s[1], italic=True)
        cell_text(t.cell(r, 3), s[2])
        r += 1
para(doc, "")
body("PC1, The Round Letter Study: a case study of one pupil, 3,000 words. PC2, The Map: the Writer's school "
     "provision map with a critical commentary and a note of a meeting with the headteacher, 3,000 words. PC3, "
     "The Upright: a review, made with a colleague, of the school's SEN policy and practice against the Code and "
     "the disability duties, 3,000 words. PC4: the Broadsheet, a 5,000-word enquiry carried out in the Writer's "
     "school, and the Lectern, a twenty-minute presentation followed by questions from two Scribes.")

# ---------------- sheet 6 ----------------
sheet_title("SHEET 6  ·  DUCTUS NOTES")
body("The ductus is the order and direction of the strokes. These notes say how the course is written, in the "
     "order a Writer meets it.")
notes = [
    "The o-Family is always written first. After it, a Writer may take the other three Families in any order, "
    "because each Family runs twice a year: the September intake writes them in the order n, Straight, Diagonal; "
    "the February intake in the order Diagonal, n, Straight. A Writer may finish in one year or spread the "
    "Families over two, and may move between intakes once.",
    "Strokes run from 9.30 to 3.30 at Hallowgate's long room or in a Partnership school. Each has a short reading "
    "beforehand and a Practice Sheet afterwards.",
    "Practice Sheets are tasks carried out in the Writer's own school between Strokes, agreed with the Pen Master "
    "and tied to the letters of the Stroke before: for example, after Stroke 6, drafting the school's provision "
    "map for one year group and discussing it with the head. The Writer brings the result to the next Stroke, "
    "where it is discussed, and the best of them become the material of the Pen Checks.",
    "Each Writer has a Pen Master from another Partnership school, who visits at least three times in the year, "
    "observes the Writer at work (leading a review meeting, or feeding back to a colleague), and writes a short "
    "report for the Scribe.",
    "The Ink Room is a shelf of readings, the slides from each Stroke and a noticeboard where Writers may write to "
    "one another. It is a place for Writers: Scribes do not read the noticeboard, and questions for a Scribe go "
    "to the Hallowgate office by letter or telephone and are answered at the next Stroke.",
    "Stroke 4 is given to research and inspection evidence. Writers read and discuss, among others, Ofsted's "
    "Inclusion: does it matter where pupils are taught? (2006), the Education and Skills Committee's report on "
    "special educational needs (2006), the Bercow Review of services for children with speech, language and "
    "communication needs (2008), the Lamb Inquiry into parental confidence as it proceeds, and the Inclusion "
    "Development Programme materials (2008), and they bring one piece of research to bear on a question in their "
    "own school for PC2. The Scribes revise the reading list every summer.",
    "Stroke 7 and PC3 are where Writers come to know the law and the government's policy: the SEN Code of "
    "Practice, SENDA 2001, the Disability Discrimination Act as amended in 2005, Removing Barriers to Achievement "
    "(2004) and Every Child Matters, and what each requires of their own school.",
    "Stroke 10, Listening Letters, teaches Writers to consult pupils: structured conversations, pupil-friendly "
    "questionnaires, talking mats and photographs for pupils with little speech. Every Broadsheet must include "
    "pupils' own views, gathered by the Writer, and show what was done with them.",
    "Writers learn to advise and support colleagues within their school (Strokes 5 and 12) and beyond it: in the "
    "Diagonal Family they meet in Writing Circles of three, each from a different Partnership school, to "
    "observe one another's review meetings and advise one another; for the Broadsheet each Writer plans and "
    "leads a training session for colleagues and writes about its effect.",
    "Equality. Hallowgate's long room is on the ground floor with level access, a hearing loop and an accessible "
    "toilet, and the Partnership schools used for Strokes are chosen for the same. Applicants are asked on the "
    "nomination form, and again privately by their Scribe at the Ruling Conversation, whether they have a "
    "disability or need an adjustment, and the course leaflet says why we ask and that the answer is "
    "confidential. Adjustments made already on the pilot evening class include handouts in large print or on "
    "tinted paper, extra time for Pen Checks, a reader, and the Lectern taken seated or as a recorded "
    "presentation. The course leaflet and these sheets are available in large print and as plain text. Places "
    "are offered on the entry requirements of Sheet 3 alone, and our duties under the Disability Discrimination "
    "Act and the Race Relations (Amendment) Act 2000 are reviewed by the Ruling Board each July.",
    "Stroke 11 is taught with the Brookmere Parent Partnership Service. Writers practise the first meeting with "
    "anxious parents, and for the Broadsheet each Writer holds a planned conversation with the parents or carers "
    "of one pupil and writes about what was agreed and what came of it.",
    "The Broadsheet is an enquiry in the Writer's own school into one change of practice, with a baseline before "
    "and a measure after. It is how the course makes a difference in school: a Writer cannot pass PC4 without "
    "showing what changed for pupils and what they will do next.",
    "Each Pen Check is marked by the Writer's own Scribe against the letters it checks, using the University's "
    "level 7 grade descriptors.",
    "Every Broadsheet, and one in three of the other Pen Checks, is second-marked by a Scribe who did not teach the "
    "Writer. A sample of each Pen Check, and every fail and every distinction, goes to the University's moderator "
    "before the Examination Board. The external examiner, [name to be confirmed by the University], sees the "
    "sample, hears two Lecterns a year and reports to the University. Scribes meet before each marking period to "
    "mark two anonymous pieces together and agree the standard.",
    "The Award is given to every Writer who passes the four Pen Checks and speaks at the Lectern. A Writer who "
    "fails a Pen Check may resubmit it once.",
    "The Writer's Ruling is kept in the Ink Room where the Writer, the Scribe and the Pen Master can read it.",
    "Scribes are briefed at a Scribes' meeting before each Family and have a written role description. A "
    "handbook for Pen Masters is being written with the University and will be ready, we hope, before the first "
    "intake; until then Pen Masters are sent these sheets, and we hope to hold a half-day for them in the autumn.",
    "A Writer who falls ill, or whose school changes, may pause between Families and rejoin with the next "
    "intake without loss of credit.",
    "How to read the Alphabet Table (Sheet 7). Each letter shows the Stroke where it is formed and the Pen Check "
    "where it is checked. Pencil only in the Pen-checked column means the Writer practises the letter and the "
    "Scribe comments on it, but it is not marked at any Pen Check. Ghosted in the Formed-in column means the "
    "letter appears only in outline: Writers are given the reading for it in the Ink Room but no Stroke teaches "
    "it. A dash means the letter is not checked at all. Not yet cut means the letter is not on the sheets for "
    "2009-10; it will be added when the Diagonal Family is rewritten for 2010-11.",
    "Writers are asked at the Warm-up and again at the Lectern to rate their confidence against every letter on "
    "the Warm-up Sheet scale; the two are compared for each intake.",
    "Each Writer's Pen Master signs the Practice Sheets as a true record of work in school.",
    "Nothing on these sheets is taught by Hallowgate's lettering staff, although Writers are welcome at the "
    "Saturday open studio.",
]
for i, n_ in enumerate(notes, start=1):
    p = para(doc, "", space_after=4)
    runs(p, [(f"{i}.  ", {"bold": True}), n_])

text_box(doc, [("SCRIBE'S TIP: LEFT-HANDED WRITERS", True, False),
               ("A left-handed writer is not a problem to be solved. Offer an oblique nib, tilt the paper "
                "to the right and let the hand sit below the line: the adjustment is small and the letters come "
                "right. We have kept this tip from our lettering exemplars because it is good advice for any "
                "classroom.", False, True)], height_pt=95)
para(doc, "")

# ---------------- sheet 7 ----------------
sheet_title("SHEET 7  ·  THE ALPHABET TABLE")
p = body("Every hand has its alphabet, and this is the course's. Each letter is one of the national minimum "
         "outcomes for SENCOs, in our own words, with the Family it belongs to, the Stroke where it is formed and "
         "the Pen Check where it is checked.")
doc.add_comment(p.runs[0], text="Rosalind, can we get v and st cut in time for September? If so change the table "
                                "before it goes. MD", author="Marcus Dene", initials="MD")
groups = [
    ("WHAT THE WRITER IS", [
        ("a", "o", "Builds fair, warm and steady working relationships with pupils who have SEN or disabilities "
                   "and with their parents and carers", "Strokes 10, 11", "PC4 (Broadsheet)"),
        ("b", "n", "Wins the backing of the headteacher and senior leaders, and the commitment of colleagues, to "
                   "better outcomes for these pupils", "Stroke 5", "PC2"),
        ("c", "n", "Plans the week, keeps the SENCO's time for what matters most, hands tasks to others and "
                   "makes sure they are done", "Stroke 6", "Pencil only"),
        ("d", "o", "Sees trouble coming, weighs the evidence and makes sound, well-founded decisions about "
                   "provision", "Strokes 2, 6", "PC1, PC2"),
        ("e", "Diagonal", "Speaks and writes plainly; listens to others and understands their views",
         "Every Stroke", "PC4 (Lectern and Broadsheet)"),
        ("f", "n", "Uses research and outside advice to improve their own practice and that of colleagues",
         "Stroke 4", "PC2, PC4"),
        ("g", "Diagonal", "Keeps up to date and takes charge of their own professional development in SEN and "
                          "disability", "Stroke 12", "—"),
    ]),
    ("WHAT THE WRITER KNOWS", [
        ("h", "Straight", "The SEN Code of Practice and the law and guidance behind it: what they mean for the "
                          "school, the SENCO and others, and how to carry them out", "Stroke 7", "PC3"),
        ("i", "o", "The principles and five outcomes of Every Child Matters and the SENCO's part in helping "
                   "children reach them", "Stroke 1", "PC1"),
        ("j", "Straight", "The disability equality laws and what they require a school to do for disabled pupils",
         "Ghosted", "PC3"),
        ("k", "o", "How children develop, and how SEN, disability and the physical and social setting affect "
                   "that development", "Stroke 3", "PC1"),
        ("l", "o", "The commonest needs (behavioural, emotional and social difficulties; specific learning "
                   "difficulties including dyslexia; speech, language and communication needs; autism; moderate "
                   "learning difficulties) and how each can affect learning", "Stroke 2", "PC1"),
        ("m", "Straight", "A critical grasp of ways of assessing, planning and teaching, ICT among them, and how "
                          "to use them to remove barriers and personalise provision", "Stroke 8", "PC3"),
        ("n", "Straight", "How school self-evaluation and improvement work, and how they bear on outcomes for "
                          "pupils with SEN", "Stroke 9", "Pencil only"),
        ("o", "n", "What research and best practice say about meeting special educational needs", "Stroke 4",
         "PC2"),
        ("p", "Diagonal", "What outside agencies do and how to get specialist help and resources for pupils",
         "Stroke 11", "PC4 (Broadsheet)"),
    ]),
    ("WHAT THE WRITER DOES", [
        ("q", "n", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the "
                   "use of resources so that every pupil can take part and make progress", "Stroke 5", "PC2"),
        ("r", "n", "Finds pupils who may have SEN or disabilities through observation, data and assessment, sets "
                   "stretching targets, plans interventions and reviews progress", "Stroke 6", "PC1"),
        ("s", "o", "Uses assessments from other professionals to shape teaching and learning", "Strokes 2, 11",
         "PC1"),
        ("t", "Straight", "Uses summative results, national tests among them, to track progress and change "
                          "programmes", "Stroke 8", None),
        ("u", "Straight", "Encourages colleagues to develop formative assessment, with approaches for pupils with "
                          "SEN", "Stroke 8", "PC3"),
        ("v", "Straight", "Arranges in good time the access arrangements pupils need for national tests and "
                          "examinations", "Not yet cut", "Not yet cut"),
        ("w", "n", "Uses provision mapping to plan provision and to find provision that is missing or not "
                   "working", "Stroke 6", "PC2"),
        ("x", "n", "Deploys and manages teaching assistants and other staff well", "Stroke 6", "—"),
        ("y", "Diagonal", "Develops colleagues: observes and gives feedback, models, coaches and mentors, and "
                          "leads training", "Stroke 12", "PC4 (Broadsheet)"),
        ("z", "Straight", "Reviews with colleagues how well provision works and feeds this into the school's "
                          "self-evaluation and improvement plan", "Stroke 9", "PC3"),
        ("&", "Diagonal", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own "
                          "provision", "Stroke 10", "PC4 (Broadsheet)"),
        ("ct", "Diagonal", "Works with parents and carers to promote their children's learning and development",
         "Stroke 11", "PC4 (Broadsheet)"),
        ("st", "Diagonal", "Works in partnership with other services and agencies, voluntary organisations "
                           "among them, for a joined-up approach", "Not yet cut", "Not yet cut"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = table(doc, nrows, 5)
for j, h in enumerate(["Letter", "Family", "What the Writer learns to do", "Formed in", "Pen-checked at"]):
    cell_text(t.cell(0, j), h, bold=True, fill="BFBFBF")
r = 1
for gname, letters in groups:
    m = t.cell(r, 0).merge(t.cell(r, 4))
    cell_text(m, gname, bold=True, fill="E7E6E6")
    r += 1
    for L, fam_, what, formed, checked in letters:
        cell_text(t.cell(r, 0), L, bold=True, size=13)
        cell_text(t.cell(r, 1), fam_)
        cell_text(t.cell(r, 2), what)
        cell_text(t.cell(r, 3), formed)
        if checked is None:
            cp = t.cell(r, 4).paragraphs[0]
            add_del(cp, "PC3", author="Rosalind Maybury")
            add_ins(cp, "Pencil only", author="Rosalind Maybury")
        else:
            cell_text(t.cell(r, 4), checked)
        r += 1
para(doc, "")

# ---------------- sheet 8 ----------------
sheet_title("SHEET 8  ·  RULING UP")
body("Before a page is written it is ruled, and the ruling keeps every line straight. These are the ways the "
     "course is kept straight.")
sub("The Scribes")
staff = [
    ("Rosalind Maybury, course leader", "MA in Special and Inclusive Education (Institute of Education); SENCO "
     "in two Brookmere primary schools for eleven years; LA adviser for SEN until 2007; teaches Strokes 1, 5, 6, "
     "9 and 12."),
    ("Dr Owen Tracy", "Chartered educational psychologist with the Brookmere EP service (0.2 seconded to the "
     "course); doctorate on early reading difficulties; teaches Strokes 2, 3, 4 and 11."),
    ("Julia Penhallow", "SENCO and deputy head at Fennick House School; MEd; Advanced Diploma in Specific "
     "Learning Difficulties; teaches Strokes 7, 8 and 10."),
    ("Visiting speakers", "The Brookmere Parent Partnership officer (Stroke 11); a speech and language therapist "
     "and a CAMHS primary mental health worker from the county's teams (Stroke 11); the LA's Principal Officer "
     "for SEN (Stroke 7)."),
]
t = table(doc, len(staff), 2)
for i, (k, v) in enumerate(staff):
    cell_text(t.cell(i, 0), k, bold=True, fill="F2F2F2")
    cell_text(t.cell(i, 1), v)
para(doc, "")
body("Each Scribe spends at least three days a year on their own SEN professional development, one of them "
     "with the University's SEN research group, and the course leader keeps the record. Marcus Dene, Head of "
     "School, is a Fellow of the Society of Scribes and Illuminators; he manages Hallowgate and chairs the "
     "Ruling Board but teaches no part of the course.")
sub("Places and people beyond the long room")
body("Writers hear from the specialists named above and from the SENCOs of the Partnership schools, and the "
     "Writing Circles take them into two other schools. Hallowgate does not arrange placements. A Writer who "
     "wants to spend time in a special school or a resource base may arrange a visit through the Partnership's "
     "own SENCO network.")
sub("Ink and paper")
body("Writers have a University of Wenthorpe library card, with postal loans, and full access to the "
     "University's electronic journals. The Ink Room holds every reading. Hallowgate has no assistive technology "
     "of its own: Writers who want to try specialist software are directed to the LA's ICT support team.")
sub("The Ruling Board")
body("The Ruling Board meets each term. Its members are the Head of School, the course leader, two Scribes, three "
     "Partnership headteachers, the LA's Principal Officer for SEN, a Pen Master, the University's link tutor, a "
     "parent nominated by the Brookmere Parent Partnership Service and a Writer elected by each intake. The "
     "headteachers and the parent member also read the Writers' evaluations and the Pen Masters' reports with "
     "the Scribes, and Partnership SENCOs act as Pen Masters and speak at Strokes.")
sub("How we evaluate")
body("Every Stroke ends with a Stroke slip on which each Writer rates the day and says what should change. At the "
     "end of each Family the Writers meet a Scribe who did not teach them for a review. The Pen Masters' reports, "
     "the second markers' notes, the moderator's notes and the external examiner's report are read by the Scribes "
     "each term. Each July the Partnership headteachers are surveyed on what their SENCOs now do differently. "
     "The Ruling Board reads all of this at its July meeting and writes a Ruling for the next year: a list of "
     "changes, each with who will make it and by when, which goes to the University in the annual monitoring "
     "report and is checked at the first Board meeting of the next year.")
body("The confidence ratings of Ductus Note 20 show us how far each intake has grown in confidence across the "
     "letters. We expect the course to make a difference to pupils in Writers' schools, and in time we would like "
     "to know how much; for now we do not collect pupil data ourselves.")
sub("What the schools asked for")
body("In the spring of 2008 the Partnership asked all 41 Brookmere schools what a new SENCO most needs; 33 "
     "replied, and the LA's SEN team and the Parent Partnership Service sent written answers. Headteachers put "
     "provision mapping and the deployment of teaching assistants first; SENCOs put the law and managing time "
     "first; the LA asked for more on statements and annual reviews; the Parent Partnership Service said that "
     "parents most often complain of not being listened to at reviews. The course reflects these answers: Stroke "
     "6 and the provision-mapping Flourish were added at the headteachers' request, Stroke 7 was lengthened for "
     "the SENCOs and the LA, and Stroke 11 is taught with the Parent Partnership Service because of what parents "
     "said. The Partnership SENCOs read Draft 2 of these sheets and asked for the Writing Circles, which are now "
     "Ductus Note 9.")
body("Parents of the children who come to our Saturday lettering classes told us last year that they wanted "
     "more help for children who find writing hard, and we now run a Saturday handwriting clinic.")

# ---------------- sheet 9 ----------------
sheet_title("SHEET 9  ·  AFTER THE BROADSHEET")
body("When the Lectern is over, each Writer receives a leaflet about the University of Wenthorpe's MA in "
     "Education (SEN and Inclusion), into which the 60 credits transfer, and the dates of the Partnership's SENCO "
     "network meetings. Any further targets are for the Writer and their school to set; the Scribes do not take "
     "part in this.")
body("A finished exemplar is not the end of a hand. It is the sheet you go back to.")

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
