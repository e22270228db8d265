"""or-01-kilncombe-guild-standard: build the .docx next to this script.

Provider (invented): the Kilncombe Guild of Clock and Watch Makers, through its Teacher Development Board (the
Guild's teacher-development arm), with the University of Ashmarsh (School of Education) validating the award as a
Postgraduate Certificate, 60 credits at Level 7. First cohort January 2009.

Document kind and layout: the application is sent as a Guild Standard in draft, written the way the Guild writes its
horological standards (in the drafting conventions of ISO/BSI standards): a cover with the standard's number
"KGS 14:2008", its stage ("DA/3 Draft for Approval") and a boxed WARNING (a VML text box); a publishing-information
table; a Foreword (committee, supersession, "main changes" list, verbal forms); an Introduction (clause 0); numbered
clauses 1 Scope, 2 Normative references, 3 Terms and definitions (3.1-3.17, the Guild's house vocabulary: Journeyman,
Master Tutor, Bench Mentor, Bench Day, Movement, Test Piece, Bench Book, Proof Hearing, Poising Review and Record,
"exercised", "proved", "trial", Assay Panel, Workbench), then 4-11 in requirement language ("shall", "should", "may")
with NOTEs; Annex A (normative) outcome schedule (a table with merged, shaded group rows, numbered A.1-A.27 in the
Guild's own order, with "Exercised in" and "Proved in" columns); Annex B (informative) evidence of need; Annex C
(informative) compiled enquiry comments in the ISO comment-template layout with the committee's observations; a
Bibliography. Heading styles are used (as standards are). Header and footer (the footer carries a claim).
Footnotes, two Word comments, tracked changes.

Traps (requirement ids):
- Verbal forms defined in the Foreword: "should" is a recommendation, not a requirement. The only provision for
  further professional targets is a "should" in 9.5 -> 2.5 partially_met.
- Clause 6.3 says plainly "This edition makes no provision for Direct Proof"; the Board has only asked the committee to
  consider one, and Annex C comment 3 is "Noted" for a later edition -> 2.3 not_met (negation + plan).
- 5.3: candidates state a disclosure number on the form; the Guild "does not itself see disclosures", and Annex C
  comment 5 asking the Guild to see certificates was "Not accepted" -> 5.3 partially_met (right words, no
  verification).
- 7.3: one January start, Movements in fixed order; only twilight splitting of three Bench Days and suspension; a
  NOTE describes the University's own distance-learning PGCert, another programme not covered by this Standard, and a
  September start "may" come "from 2010 if numbers allow" -> 3.2 partially_met (other provider's route; plan).
- 7.4: the online Workbench gives tutor replies between Bench Days, but "Journeymen do not see one another's
  questions" -> 3.3 partially_met (no peer support).
- 10.3: specialist contributors are named, but the sentence arranging a two-day placement for every Journeyman is a
  tracked DELETION; what remains is that Journeymen "may, by their own arrangement" visit a special school -> 5.5
  partially_met.
- 11.2: competence and confidence are measured (self-rating at Poising Review and Proof Hearing); the effect on
  pupils is only something "The Guild intends to ask" -> 5.9 partially_met. A Word comment proposing a follow-up of
  pupils' progress is not part of the submission.
- 11.3: "Evaluation under this clause is carried out by the Board and the University"; Annex C comment 4 proposing
  heads and parents in evaluation was "Not accepted"; stakeholders are involved only in delivery (Bench Mentors,
  parent co-tutor) -> 4.3 partially_met. 4.2 is met from the Foreword's list of changes made because of the
  Headteachers' Reference Group, the parent partnership and the Disability Forum, and Annex C's accepted comments.
- Annex A "Proved in" column values defined in clause 3 ("exercised", "proved", "trial"): "—" means not judged,
  "Trial only" means formative only.
  * A.2 (6.A2) exercised BD 8, proved "—" -> partially_met.
  * A.6 (6.A7) "Trial only" -> partially_met.
  * A.13 (6.K7) exercised BD 10, proved "—" -> partially_met (developed, not assessed).
  * A.20 (6.S2c) "Trial only (TP2)" -> partially_met.
  * A.22 (6.S4) proved "—" -> partially_met.
  * A.25 (6.S7) proved "—" -> partially_met; 1.5 partially_met too (only "a short input on pupil voice" in BD 4).
  * 6.A3 has no row; NOTE 2 under the table sends time management and delegation to another Guild short course,
    "which is not part of the award" -> not_met (negation, other course).
  * 6.K4 (child development) was row A.10, deleted as a tracked change; BD 3's title does not mention development
    -> not_met (deleted text).
  * 6.S2d (access arrangements for tests and examinations) has no row; a Word comment says it was deferred
    -> not_met (comment is not part of the submission).
  * Row numbers A.1-A.27 run in the Guild's own order and do not line up with the specification's codes (A.3 is
    6.A4, A.16 is 6.S1, ...).
- 1.9 partially_met: the award rule in 9.4 is sound (6.0 met), but Annex A itself shows six outcomes never proved.
- Footer claim that the draft "meets every requirement of the national specification" is not evidence.
- Past arrangements: the first edition's entry test and July Bench Days (superseded), the unaccredited Guild
  Certificate (KGS 14:2006).
- Inserted tracked sentence in 5.2 (the Programme Director discusses the advice with the headteacher) counts:
  5.2 met.
- Footnotes carry the validation minute and the origin of "proved" (not needed for any verdict).
"""
from pathlib import Path

from docx.shared import Pt

from _or_helpers import (Footnotes, cell_text, comment, dele, delete_row, header_footer, ins, merge, new_document,
                         para, runs, shade, table, text_box, word_count)

HERE = Path(__file__).parent
OUT = HERE / "or-01-kilncombe-guild-standard.docx"
SEC = "A. Blackwood"
DATE = "2008-09-24T14:12:00Z"

doc = new_document(font="Cambria", size=10)
fn = Footnotes(doc)
header_footer(doc, "KGS 14:2008  DA/3  (E)",
              "© Kilncombe Guild of Clock and Watch Makers 2008. This draft meets every requirement of the national "
              "specification for SENCO training.")

# ------------------------------------------------------------------ cover
para(doc, "KILNCOMBE GUILD STANDARD", bold=True, size=12, align="right", space_after=0)
para(doc, "KGS 14:2008", bold=True, size=26, align="right", space_after=0)
para(doc, "DA/3 — Draft for Approval", italic=True, size=11, align="right", space_after=18)
para(doc, "Teacher development — Coordination of provision for pupils with special educational needs — "
          "Specification for the Guild Award programme (National Award for SEN Coordination)",
     bold=True, size=15, space_after=10)
para(doc, "Supersedes KGS 14:2006        ICS 03.180", size=9, space_after=14)
text_box(doc, [
    "WARNING",
    "This document is a draft. It is not a Kilncombe Guild Standard and shall not be referred to as one. It is "
    "circulated to members of Technical Committee TDB/14 and to the Training and Development Agency for Schools, to "
    "which it is submitted as the Guild's application for approval to provide the National Award for SEN "
    "Coordination. It is subject to change without notice until it is published.",
], height_pt=110, bold_first=True)

para(doc, "")
t = table(doc, [
    ["Publishing information", ""],
    ["Committee", "TDB/14, Coordination of Special Educational Provision"],
    ["Secretariat", "Teacher Development Board, Kilncombe Guild of Clock and Watch Makers, Guild Hall, Fetter Row, "
                    "Kilncombe"],
    ["Validating body", "University of Ashmarsh, School of Education"],
    ["Enquiry period", "2 June 2008 to 11 July 2008 (comments and their disposal: Annex C)"],
    ["Date of this draft", "29 September 2008"],
    ["Programme contact", "Dr Miriam Falconbridge, Programme Director"],
], widths_cm=[4.5, 12], size=9)
merge(t, 0, 0, 0, 1, text="Publishing information", bold=True, fill="D9D9D9", size=9)
for r in range(1, 7):
    shade(t.cell(r, 0), "F2F2F2")

# ------------------------------------------------------------------ foreword
doc.add_page_break()
para(doc, "Foreword", style="Heading 1")
para(doc, "This Kilncombe Guild Standard was prepared by Technical Committee TDB/14, Coordination of Special "
          "Educational Provision, of the Teacher Development Board of the Kilncombe Guild of Clock and Watch Makers, "
          "working with the School of Education of the University of Ashmarsh. The Teacher Development Board is the "
          "Guild's arm for the professional development of teachers.")
para(doc, "TDB/14 has twelve members: two Master Tutors of the Guild; three headteachers nominated by the Kilncombe "
          "Primary Heads' Association and the Kilncombe Secondary Heads' Forum; the Principal Officer (SEN) of "
          "Kilncombe County Council; a parent member nominated by Kilncombe Parent Partnership; a member of the "
          "Kilncombe Disability Forum; two SENCOs who completed the first edition of the programme; the University's "
          "programme leader; and the Guild's Programme Director, who chairs it.")
para(doc, "This second edition cancels and replaces the first edition (KGS 14:2006), which has been technically "
          "revised. The main changes are as follows:")
for item in [
    "a)  the programme now leads to a Postgraduate Certificate of the University of Ashmarsh carrying 60 credits at "
    "Level 7; the first edition led to the Guild Certificate in Learning Support, which carried no academic credit;",
    "b)  following comments from the Headteachers' Reference Group at the enquiry stage (Annex C, comment 1), two "
    "Bench Days have moved from July to March and April, because heads told us SENCOs cannot be released in the "
    "weeks of transition and reports;",
    "c)  following comments from Kilncombe Parent Partnership (Annex C, comment 2), Bench Day 7 is now taught jointly "
    "by a Master Tutor and a parent of a child with SEN nominated by the Partnership;",
    "d)  the Poising Review (6.2) replaces the written entry test of the first edition, which SENCOs in the 2007 "
    "focus group described as a barrier rather than a guide;",
    "e)  following comments from the Kilncombe Disability Forum (Annex C, comment 6), 8.3 now requires the programme "
    "leaflet to say how to ask for adjustments.",
]:
    para(doc, item, indent_cm=0.6, space_after=2)
para(doc, "In this Standard the following verbal forms are used: \"shall\" indicates a requirement; \"should\" "
          "indicates a recommendation; \"may\" indicates a permission; \"can\" indicates a possibility or a "
          "capability. NOTES and EXAMPLES give guidance and do not contain requirements. Annex A is normative; "
          "Annexes B and C are informative.", space_before=6)

# ------------------------------------------------------------------ introduction
para(doc, "0  Introduction", style="Heading 1")
para(doc, "0.1  Purpose of the programme", style="Heading 2")
p = para(doc, "The main objective of the programme is to raise the achievement of children and young people with "
              "special educational needs and/or disabilities in the Journeyman's own school, and to improve their "
              "well-being in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and "
              "achieving, making a positive contribution and achieving economic well-being), by improving the "
              "professional knowledge, understanding and skills of the teacher who leads SEN coordination there.")
para(doc, "0.2  The Guild and the University", style="Heading 2")
para(doc, "A horologist learns at the bench, under a master, until the piece can be proved. Each Movement is "
          "taught on Bench Days, practised in the Journeyman's school through Bench Tasks, and proved in a Test "
          "Piece. The University of Ashmarsh validates the programme and awards the credit; the Guild delivers it.")

# ------------------------------------------------------------------ 1 scope
para(doc, "1  Scope", style="Heading 1")
para(doc, "This Standard specifies requirements for the Guild's programme leading to the National Award for SEN "
          "Coordination: the award and its structure; admission and the vetting of candidates; recognition of prior "
          "work and the Poising Review; delivery; equality and access; assessment and the award; staffing and "
          "resources; and evaluation and quality assurance. It applies to the Guild, the University, Master Tutors, "
          "Bench Mentors and Journeymen.")

# ------------------------------------------------------------------ 2 normative references
para(doc, "2  Normative references", style="Heading 1")
for ref in [
    "Department for Education and Skills, Special Educational Needs Code of Practice, 2001",
    "Disability Discrimination Act 1995, as amended by the Special Educational Needs and Disability Act 2001 and the "
    "Disability Discrimination Act 2005",
    "Every Child Matters: Change for Children, 2004",
    "KGS 9:2007, Guild procedures for safeguarding and vetting",
]:
    para(doc, ref, style="List Bullet", space_after=1)

# ------------------------------------------------------------------ 3 terms
para(doc, "3  Terms and definitions", style="Heading 1")
para(doc, "For the purposes of this document, the following terms and definitions apply.")
terms = [
    ("3.1", "candidate", "teacher who has applied for the programme and has not yet begun it"),
    ("3.2", "Journeyman", "teacher enrolled on the programme"),
    ("3.3", "Master Tutor", "member of the Guild's teaching staff who teaches Bench Days, supports Journeymen and marks "
                            "Test Pieces"),
    ("3.4", "Bench Mentor", "experienced colleague in the Journeyman's school, or an experienced SENCO in a "
                            "neighbouring school, nominated by the headteacher, who supports the Bench Tasks and "
                            "signs the Bench Book"),
    ("3.5", "Bench Day", "taught day of the programme, held at the Guild Hall unless 7.1 says otherwise"),
    ("3.6", "Movement", "unit of the programme, carrying 20 credits at Level 7"),
    ("3.7", "Test Piece", "summative assignment that completes a Movement (TP1, TP2, TP3)"),
    ("3.8", "Bench Book", "Journeyman's record of Bench Tasks carried out in school, with reflections, signed by the "
                          "Bench Mentor"),
    ("3.9", "Proof Hearing", "oral examination that forms part of TP3"),
    ("3.10", "Poising Review", "assessment of a candidate's needs against Annex A before the first Bench Day"),
    ("3.11", "Poising Record", "individual training plan that results from the Poising Review"),
    ("3.12", "exercised", "of an outcome: worked on at a Bench Day, or in a Bench Task, with feedback, but not "
                          "judged"),
    ("3.13", "proved", "of an outcome: judged against the marking criteria in a Test Piece, the Bench Book or the "
                       "Proof Hearing, with the judgement counting towards the award"),
    ("3.14", "trial", "draft of part of a Test Piece or of the Bench Book that a Master Tutor reads and comments on; a "
                      "trial is not graded and does not count towards the award"),
    ("3.15", "Assay Panel", "panel that agrees the marks of every Test Piece before they go to the University's "
                            "Examination Board"),
    ("3.16", "Warden of Assessment", "Master Tutor responsible for assessment and moderation"),
    ("3.17", "Workbench", "the programme's online area on the University's virtual learning environment"),
]
for num, term, defn in terms:
    p = para(doc, f"**{num}**", space_after=0, keep=True)
    p2 = para(doc, f"**{term}**", space_after=0, keep=True)
    p3 = para(doc, defn, space_after=5)
    if num == "3.13":
        fn.add(p3, "The word is the Guild's: an apprentice's piece is 'proved' when the Wardens of the Guild pass it.")

# ------------------------------------------------------------------ 4 award
para(doc, "4  The award", style="Heading 1")
para(doc, "4.1  Award and credit", style="Heading 2")
p = para(doc, "The programme shall lead to the Postgraduate Certificate in Special Educational Needs Coordination of "
              "the University of Ashmarsh, carrying 60 credits at Level 7 (masters level), which the University has "
              "validated as meeting the requirements for the National Award for SEN Coordination.")
fn.add(p, "Validation event held 14 May 2008; approved with two conditions, both since met (University of Ashmarsh "
          "Academic Board, minute AB/08/37).")
para(doc, "4.2  Duration", style="Heading 2")
p = para(doc, "The programme shall be studied part time over three terms and shall comprise ")
dele(p, "twelve", SEC, DATE)
ins(p, "eleven", SEC, DATE)
runs(p, " Bench Days, the Bench Tasks between them and three Test Pieces.")
para(doc, "4.3  Structure", style="Heading 2")
para(doc, "The programme shall comprise three Movements of 20 credits each, taken in the order given in Table 1.")
para(doc, "Table 1 — Movements, Bench Days and Test Pieces", bold=True, size=9, space_before=4)
rows = [
    ["Movement", "Bench Day", "Month", "Content", "Test Piece"],
    ["I  The Frame", "BD 1", "Jan 2009", "The SENCO's role; Every Child Matters; the SEN Code of Practice", "TP1"],
    [None, "BD 2", "Feb 2009", "SEN and disability law, the Disability Equality Duty; research and inspection evidence on inclusion", None],
    [None, "BD 3", "Mar 2009", "Kinds of need I: behavioural, emotional and social difficulties; specific learning "
                               "difficulties and dyslexia; moderate learning difficulties", None],
    ["II  The Train", "BD 4", "Mar 2009", "Kinds of need II: speech, language and communication needs; autistic "
                                          "spectrum disorders; identifying need; relationships with pupils; a short "
                                          "input on pupil voice", "TP2"],
    [None, "BD 5", "Apr 2009", "Assessment and provision: tracking data and national tests, targets, interventions, "
                               "formative assessment, provision mapping", None],
    [None, "BD 6", "May 2009", "Working with other professionals and agencies; specialist assessment; ICT and access "
                               "technology (held at Ferrers Hill Special School)", None],
    [None, "BD 7", "Jun 2009", "Parents and carers (taught jointly with a parent nominated by Kilncombe Parent "
                               "Partnership)", None],
    ["III  The Escapement", "BD 8", "Sep 2009", "Leading adults: teaching assistants, colleagues and the senior team", "TP3 and Proof Hearing"],
    [None, "BD 9", "Oct 2009", "Strategy, governors and the inclusive school; solving problems and making decisions", None],
    [None, "BD 10", "Nov 2009", "Reviewing provision with colleagues; research into practice", None],
    [None, "BD 11", "Dec 2009", "Proof Hearings; the next escapement", None],
]
t = table(doc, rows, widths_cm=[2.8, 1.4, 1.8, 8.2, 2.4], header_fill="D9D9D9", size=8.5)
merge(t, 1, 0, 3, 0, text="I  The Frame", bold=True, size=8.5)
merge(t, 1, 4, 3, 4, text="TP1", size=8.5)
merge(t, 4, 0, 7, 0, text="II  The Train", bold=True, size=8.5)
merge(t, 4, 4, 7, 4, text="TP2", size=8.5)
merge(t, 8, 0, 11, 0, text="III  The Escapement", bold=True, size=8.5)
merge(t, 8, 4, 11, 4, text="TP3 and Proof Hearing", size=8.5)

# ------------------------------------------------------------------ 5 admission
para(doc, "5  Admission", style="Heading 1", space_before=8)
para(doc, "5.1  Entry requirements", style="Heading 2")
para(doc, "A candidate shall hold qualified teacher status, shall be in post as SENCO or be designated to take up "
          "the post within the year, and shall send with the application form a letter from the headteacher "
          "agreeing to release the candidate for the Bench Days and nominating a Bench Mentor.")
para(doc, "5.2  Readiness to benefit", style="Heading 2")
p = para(doc, "Two Master Tutors shall read each application against the entry requirements and against the "
              "candidate's self-audit from the Poising Review (6.2). Where they judge that a candidate is not yet "
              "ready to benefit from the programme and meet the outcomes in Annex A by its end, the Guild shall tell "
              "the candidate in writing what to do to reach the entry level, for example the Guild's six-session "
              "Foundation in Learning Support (KGS 11) or a term of work alongside an experienced SENCO. ")
ins(p, "The Programme Director shall discuss that advice with the candidate's headteacher.", SEC, DATE)
para(doc, "NOTE  The first edition used a written entry test. It has been withdrawn (see Foreword, item d).",
     size=9)
para(doc, "5.3  Vetting", style="Heading 2")
para(doc, "Each candidate shall state on the application form the number and date of the enhanced Criminal Records "
          "Bureau disclosure obtained by the employing school. The Guild relies on the school's single central "
          "record and does not itself see disclosures.")

# ------------------------------------------------------------------ 6 prior work and poising
para(doc, "6  Recognition of prior work, the Poising Review and Direct Proof", style="Heading 1")
para(doc, "6.1  Recognition of prior work", style="Heading 2")
para(doc, "A Journeyman who holds credit at Level 7 from a relevant course completed within the last five years may "
          "claim exemption from Movement I or Movement II (20 credits) under the University's procedure for the "
          "accreditation of prior learning. A Journeyman may instead claim exemption on the strength of experience; "
          "such a claim shall be made as a portfolio mapped to the outcomes of Annex A for that Movement, shall be "
          "assessed by the Warden of Assessment and shall be moderated by the Assay Panel. Recognition of prior work "
          "shall not be given for Movement III.")
para(doc, "6.2  Poising Review", style="Heading 2")
para(doc, "Before the first Bench Day each candidate shall rate himself or herself against every outcome in Annex A "
          "on a four-point scale, with a note of the evidence for each rating, and shall attend a 45-minute "
          "interview with a Master Tutor and, where possible, the Bench Mentor. Because a candidate may rate an "
          "outcome highly on knowledge that is out of date, the Master Tutor shall test the ratings with a short written scenario on a pupil's provision and shall agree "
          "the final ratings with the candidate.")
para(doc, "The result shall be recorded in a Poising Record, which shall set out: the Bench Days that are essential "
          "for the Journeyman and those (no more than two) that may be replaced by directed study on the Workbench; "
          "three personal outcomes that the Journeyman will work towards in addition to those of Annex A; and the "
          "focus of the Bench Tasks. The Poising Record shall be reviewed at a tutorial at the end of Movement I and "
          "again at the end of Movement II, and assessors shall look for evidence against the outcomes throughout "
          "the programme to check the ratings.")
para(doc, "Where the Poising Reviews of a cohort show that the whole group already meets a group of outcomes, the "
          "Master Tutors shall shorten the Bench Day sessions on those outcomes and use the time on the outcomes the "
          "cohort rated lowest. A Journeyman whose Poising Record replaces Bench Days with directed study shall pay "
          "a reduced fee (£60 for each Bench Day replaced, from a fee of £1,450).")
para(doc, "6.3  Direct Proof", style="Heading 2")
para(doc, "This edition makes no provision for Direct Proof (assessment against the outcomes without training). "
          "Every Journeyman, however experienced, shall attend at least Movement III. The Board has asked TDB/14 to "
          "consider a Direct Proof route for the next edition.")

# ------------------------------------------------------------------ 7 delivery
para(doc, "7  Delivery", style="Heading 1")
para(doc, "7.1  Bench Days", style="Heading 2")
para(doc, "Bench Days shall be held as given in Table 1, from 09.30 to 16.00. Each Bench Day shall combine taught "
          "input, case material from Kilncombe schools and workshop tasks in small groups. Reading for each Movement "
          "shall be reviewed every summer by the Master Tutors; for 2009 it draws on Ofsted's reports on inclusion of "
          "2004 and 2006, the Education and Skills Committee's report on SEN (2006), the interim report of the "
          "Bercow Review of services for children with speech, language and communication needs (2008) and the "
          "Inclusion Development Programme materials on dyslexia and on speech, language and communication needs "
          "(2008). Bench Day 2 examines recent research and inspection findings and what they mean for practice in "
          "Kilncombe schools.")
para(doc, "7.2  Bench Tasks", style="Heading 2")
para(doc, "Between Bench Days each Journeyman shall carry out in his or her school the Bench Task set for that "
          "period, directly related to the outcomes of Annex A, and record it in the Bench Book. The tasks are:")
for item in [
    "after BD 2: audit the school's SEN policy and accessibility plan against the Code of Practice and the "
    "Disability Equality Duty (this becomes the basis of TP1);",
    "after BD 5: build a provision map for one year group and identify provision that is missing or not working;",
    "after BD 6: collect the assessments of other professionals for one pupil and plan teaching in the light of them;",
    "after BD 7: plan, hold and record a review meeting with the parents or carers of a pupil;",
    "after BD 8: observe a colleague teaching a pupil with SEN, give feedback, and coach the colleague through one "
    "change;",
    "after BD 9: present a proposal to the senior leadership team or to the governors' committee responsible for "
    "SEN.",
]:
    para(doc, item, style="List Bullet", space_after=1)
para(doc, "7.3  Timing and routes", style="Heading 2")
para(doc, "The programme has one start each year, in January. Movements shall be taken in the order I, II, III. A "
          "Journeyman may suspend study for up to one year and rejoin the next cohort at the start of the Movement "
          "he or she left. Bench Days 3, 5 and 9 shall also be offered as two twilight sessions (16.30 to 19.00) "
          "for Journeymen who cannot be released for a whole day.")
para(doc, "NOTE 1  The University's own PGCert Special Educational Needs, taught at its Ashmarsh campus, has a "
          "distance-learning route with September and February starts. That programme is not covered by this "
          "Standard.", size=9)
para(doc, "NOTE 2  The Guild may offer a September start from 2010 if numbers allow.", size=9)
para(doc, "7.4  The Workbench", style="Heading 2")
para(doc, "The Workbench shall carry the materials and readings of every Bench Day, the directed study set in "
          "Poising Records and the submission point for Test Pieces. Between Bench Days a Journeyman may post "
          "questions to the Master Tutors on the Workbench, and a Master Tutor shall reply within three working "
          "days. Questions go to the Master Tutors alone: Journeymen do not see one another's questions or "
          "replies, and the Workbench has no discussion area.")

# ------------------------------------------------------------------ 8 equality
para(doc, "8  Equality and access", style="Heading 1")
para(doc, "8.1  The Guild shall meet its duties under the Disability Discrimination Act 1995 as amended, the Race "
          "Relations (Amendment) Act 2000 and the Equality Act 2006, in selection, teaching, visits and assessment.")
para(doc, "8.2  The application form shall invite candidates to disclose a disability or other need, shall explain "
          "that disclosure is used only to arrange adjustments, and shall be followed, where a need is disclosed, by "
          "a conversation with the Programme Director and, where the candidate wishes, the University's Disability "
          "Adviser before the Poising Review.")
para(doc, "8.3  The programme leaflet and the Guild's website shall say how to ask for adjustments. Bench Day "
          "materials shall be placed on the Workbench one week in advance, in formats that screen readers can read, "
          "and in large print on request. The Guild Hall's Long Room has step-free access and an induction loop; "
          "access to Ferrers Hill Special School for Bench Day 6 shall be checked with each disabled Journeyman "
          "beforehand. Adjustments to assessment (for example extra time, an alternative to the Proof Hearing's "
          "presentation, or a reader) shall be agreed with the Warden of Assessment and recorded.")
para(doc, "8.4  Bench Day 2 includes the promotion of positive attitudes to disabled people and their participation "
          "in public life, with a member of the Kilncombe Disability Forum as a contributor.")

# ------------------------------------------------------------------ 9 assessment
para(doc, "9  Assessment and the award", style="Heading 1")
para(doc, "9.1  Test Pieces and the Bench Book", style="Heading 2")
for item in [
    "TP1 (Movement I): a review of the Journeyman's school's arrangements for SEN and disability equality against "
    "the Code of Practice, the Disability Equality Duty and Every Child Matters, with an action plan (4,000 words).",
    "TP2 (Movement II): a case study of provision for one pupil or a small group, covering identification, "
    "assessments including those of other professionals, targets, interventions, a provision map for the year group, "
    "tracking data including national test results, work with parents and with other agencies, and a review of "
    "progress (5,000 words).",
    "TP3 (Movement III), the Masterpiece: a school-based improvement project, planned with the headteacher and "
    "carried out over at least two terms, reported with evidence of its effect on pupils' progress and well-being "
    "(5,000 words), followed by a Proof Hearing of twenty minutes' presentation and twenty minutes' questions before "
    "two Master Tutors.",
    "The Bench Book, assessed pass or fail by a Master Tutor at the end of Movement III.",
]:
    para(doc, item, style="List Bullet", space_after=2)
para(doc, "Every Test Piece shall be marked against four criteria: a) knowledge and critical understanding; b) "
          "application in the Journeyman's school; c) the difference made, or likely to be made, to the progress "
          "and well-being of pupils with SEN and/or disabilities in terms of the five Every Child Matters outcomes; "
          "d) clarity of communication.")
para(doc, "9.2  Trials", style="Heading 2")
para(doc, "A Journeyman may submit one trial for each Test Piece and for the Bench Book and shall receive written "
          "comments within ten working days.")
para(doc, "9.3  Marking and moderation", style="Heading 2")
para(doc, "Before each Test Piece is marked, the Master Tutors shall meet with the Warden of Assessment to mark "
          "exemplar pieces together and agree the standard. Every Test Piece shall be marked by the Journeyman's "
          "Master Tutor and second-marked blind by another where it is a fail, a distinction or in a sample of one in "
          "four. The Assay Panel (the Warden of Assessment, two Master Tutors and a moderator from the University's "
          "School of Education) shall meet after each submission date to agree the marks. The External Examiner, "
          "appointed by the University, shall see a sample of each Test Piece and all fails, shall attend one round "
          "of Proof Hearings each year and shall report to the University's Examination Board.")
para(doc, "9.4  Award", style="Heading 2")
para(doc, "The award shall be made only to a Journeyman who has passed every Test Piece and the Bench Book and who "
          "has been proved in every outcome of Annex A. A high mark in one Test Piece shall not compensate for an "
          "outcome not proved in another. A Journeyman who has not been proved in an outcome shall be given one "
          "further opportunity, within six months.")
para(doc, "9.5  After the award", style="Heading 2")
para(doc, "At Bench Day 11 each Journeyman should draft three further professional targets to take to his or her "
          "next performance management review.")

# ------------------------------------------------------------------ 10 staff and resources
para(doc, "10  Staff and resources", style="Heading 1")
para(doc, "10.1  Master Tutors", style="Heading 2")
para(doc, "The programme shall be taught by four Master Tutors, all qualified teachers who have been SENCOs. Mrs Ruth "
          "Eckersall, the lead Master Tutor, was an SEN adviser to Kilncombe County Council until 2006 and holds an "
          "MA in Inclusive Education; Mr Owen Tallis, the Warden of Assessment, holds an MEd in Special Educational "
          "Needs and is a specialist teacher of pupils with dyslexia; the other two Master Tutors are serving SENCOs "
          "in Kilncombe schools. Each Master Tutor shall spend at least five days a year on SEN-related professional "
          "updating, recorded by the Board.")
para(doc, "10.2  Roles", style="Heading 2")
para(doc, "The Tutors' Handbook shall set out the duties of Master Tutors, Bench Mentors, the Warden of Assessment "
          "and the Assay Panel. Bench Mentors shall attend a half-day briefing before Bench Day 1 and a second before "
          "Movement III, and shall receive the Bench Mentor's Guide. A Master Tutor new to the programme shall teach "
          "two Bench Days jointly with the lead Master Tutor and shall double-mark TP1 with the Warden of Assessment "
          "before marking alone.")
para(doc, "10.3  Specialist expertise", style="Heading 2")
p = para(doc, "Contributors to Bench Days include an educational psychologist from the County's psychology "
              "service, a speech and language therapist from Kilncombe Primary Care Trust, the County's autism "
              "outreach teacher and the staff of Ferrers Hill Special School. ")
dele(p, "The Guild arranges for every Journeyman a two-day placement in a special school or resource base, agreed "
        "at the Poising Review. ", SEC, DATE)
runs(p, "Journeymen may, by their own arrangement, visit a special school or resource base.")
para(doc, "10.4  Resources", style="Heading 2")
para(doc, "Every Journeyman shall have a University library card giving access to the library and its electronic "
          "journals. The Guild's Workshop Library holds the Bench Day collection of assessment materials and "
          "intervention programmes, and a loan set of access technology (text-to-speech, word-prediction "
          "and symbol-writing software, and recording pens) that Journeymen can borrow for "
          "use in their schools.")

# ------------------------------------------------------------------ 11 evaluation
para(doc, "11  Evaluation and quality assurance", style="Heading 1")
para(doc, "11.1  Methods", style="Heading 2")
para(doc, "Every Bench Day shall be evaluated by Journeymen on the Guild's form. At the end of each Movement a "
          "Master Tutor shall hold a focus group of Journeymen. The Master Tutors shall review the evaluations, the "
          "marks and the Assay Panel's minutes each term. External evaluation shall come from the External "
          "Examiner's report and the University's annual monitoring. Recruitment and selection, the Poising Reviews, "
          "the Bench Tasks and assessment shall each be reviewed in this way. The Board shall publish each September "
          "an Annual Regulation Report that lists what was found and the changes made to content and delivery as a "
          "result.")
para(doc, "11.2  Impact", style="Heading 2")
p = para(doc, "Each Journeyman shall rate his or her confidence and competence against every outcome of Annex A at "
              "the Poising Review and again before the Proof Hearing; the change for the cohort shall be reported in "
              "the Annual Regulation Report. ")
r = runs(p, "The Guild intends to ask Journeymen, a year after the award, whether their pupils' outcomes have "
            "improved.")
comment(doc, r, "Could we promise a follow-up of pupils' progress data for every Journeyman's target group? Needs a "
                "Board decision before publication.", author="R. Eckersall", initials="RE")
para(doc, "11.3  Stakeholders", style="Heading 2")
para(doc, "Evaluation under this clause is carried out by the Programme Director, the Master Tutors and the University. Headteachers nominate and "
          "release Bench Mentors, who support every Journeyman in school; a parent nominated by Kilncombe Parent "
          "Partnership teaches Bench Day 7; and specialist contributors from the County and the Primary Care Trust "
          "teach on Bench Days 2, 4 and 6.")

# ------------------------------------------------------------------ Annex A
doc.add_page_break()
para(doc, "Annex A (normative)", style="Heading 1", align="center", space_after=0)
pA = para(doc, "Outcome schedule", bold=True, align="center", size=11)
comment(doc, pA.runs, "Secretariat: TDB/14 asked whether access arrangements for national tests and examinations "
                      "need their own row. Deferred to the 2010 edition.", author=SEC, initials="AB")
para(doc, "To be awarded, a Journeyman shall be proved in every outcome below (9.4). \"Exercised in\" gives the Bench "
          "Days at which the outcome is worked on; \"Proved in\" gives where it is judged. \"—\" means nowhere; "
          "\"Trial only\" means that the outcome is read in a trial (3.14) and is not judged.")
rowsA = [
    ["No.", "The Journeyman shall be able to:", "Exercised in", "Proved in"],
    ["Bearing", None, None, None],
    ["A.1", "treat pupils with SEN and/or disabilities, and their parents and carers, fairly and with respect, and "
            "build relationships with them that are supportive and constructive", "BD 4, BD 7", "TP2"],
    ["A.2", "win the support of colleagues, the headteacher and the senior leadership team for better outcomes for "
            "pupils with SEN and/or disabilities", "BD 8", "—"],
    ["A.3", "foresee difficulties, resolve problems, and reach well-founded decisions and sound judgements about "
            "provision", "BD 5, BD 9", "TP2; Proof Hearing"],
    ["A.4", "speak and write clearly, and listen to and understand the views of others", "All Bench Days",
     "TP1, TP2, TP3; Proof Hearing"],
    ["A.5", "use research evidence and external advice to improve his or her own practice and that of colleagues",
     "BD 2, BD 10", "TP3"],
    ["A.6", "keep up to date and take responsibility for his or her own continuing professional development in SEN "
            "and disability", "BD 11", "Trial only"],
    ["Knowledge", None, None, None],
    ["A.7", "know the law and guidance on SEN, including the SEN Code of Practice (2001), what they mean for the "
            "school, the SENCO and others, and how to put them into practice", "BD 1, BD 2", "TP1"],
    ["A.8", "know the principles and five outcomes of Every Child Matters and how the SENCO helps children to "
            "achieve them", "BD 1", "TP1"],
    ["A.9", "know the law on disability equality, including the Disability Equality Duty, and what it requires the "
            "school to do for disabled pupils", "BD 2", "TP1"],
    ["A.10", "know how children develop and how development is affected by SEN, disability and the physical and "
             "social environment for learning", "BD 3", "TP2"],
    ["A.11", "know the commonest kinds of SEN and disability (behavioural, emotional and social difficulties; "
             "specific learning difficulties, including dyslexia; speech, language and communication needs; autistic "
             "spectrum disorders; moderate learning difficulties) and how each can affect learning", "BD 3, BD 4",
     "TP2"],
    ["A.12", "have a critical grasp of approaches, strategies and resources for assessment, planning, teaching and "
             "learning, including ICT, and use them to remove barriers and personalise provision", "BD 5, BD 6",
     "TP2"],
    ["A.13", "know the principles of school self-evaluation and improvement and how they bear on outcomes for pupils "
             "with SEN and/or disabilities", "BD 10", "—"],
    ["A.14", "know best practice and the findings of research on meeting special educational needs", "BD 2, BD 10",
     "TP3"],
    ["A.15", "know what external agencies do and how to obtain specialist support and resources", "BD 6", "TP2"],
    ["Skills", None, None, None],
    ["A.16", "with senior colleagues and governors, advise on and influence the school's inclusive ethos, its "
             "policies and priorities and the use of its resources", "BD 9", "TP3"],
    ["A.17", "identify pupils who may have SEN and/or disabilities, using observation, data and assessment; set "
             "challenging targets; plan interventions that remove barriers; and review progress", "BD 4, BD 5", "TP2"],
    ["A.18", "use assessments made by other professionals to shape teaching and learning approaches", "BD 6", "TP2"],
    ["A.19", "use summative assessment, including national tests, to track progress and change programmes", "BD 5",
     "TP2"],
    ["A.20", "encourage other teachers to develop formative assessment, with particular attention to pupils with SEN "
             "and/or disabilities", "BD 5", "Trial only (TP2)"],
    ["A.21", "use provision mapping and management to plan provision and find provision that is missing or not "
             "working", "BD 5", "TP2"],
    ["A.22", "deploy and manage teaching assistants and other staff who support pupils with SEN and/or disabilities",
     "BD 8", "—"],
    ["A.23", "support colleagues' professional development by observing and giving feedback, modelling, coaching and "
             "mentoring, and leading or arranging training", "BD 8, BD 9", "TP3; Bench Book"],
    ["A.24", "review with other staff how well provision works and feed the findings into the school's "
             "self-evaluation and improvement plan", "BD 10", "TP3"],
    ["A.25", "involve pupils with SEN and/or disabilities in planning, agreeing, reviewing and evaluating their "
             "provision", "BD 4", "—"],
    ["A.26", "liaise with parents and carers to promote their children's learning and development", "BD 7", "TP2"],
    ["A.27", "work in partnership with other services and agencies, including voluntary organisations, towards a "
             "coordinated approach to supporting pupils", "BD 6", "TP2; Proof Hearing"],
]
tA = table(doc, rowsA, widths_cm=[1.2, 10.0, 2.6, 3.0], header_fill="BFBFBF", size=8.5)
for i, row in enumerate(rowsA):
    if row[1] is None:
        merge(tA, i, 0, i, 3, text=row[0], bold=True, fill="E7E6E6", size=8.5)
fn.add(tA.cell(0, 3).paragraphs[0], "See 3.13 and 9.4.")
delete_row(tA.rows[12], author=SEC, date=DATE)   # A.10 child development
para(doc, "NOTE 1  The outcomes above are the Guild's statement of the minimum outcomes of the national "
          "specification, in the Guild's order.", size=9, space_before=4)
para(doc, "NOTE 2  Managing the SENCO's own time, and delegating tasks, are dealt with in the Guild's short course "
          "Keeping Time (KGS 12), which is not part of the award.", size=9)

# ------------------------------------------------------------------ Annex B
para(doc, "Annex B (informative)", style="Heading 1", align="center", space_after=0, space_before=12)
para(doc, "Evidence of the needs of schools and the local authority", bold=True, align="center", size=11)
para(doc, "B.1  In November 2007 the Guild sent a questionnaire to the headteachers and SENCOs of all 64 maintained "
          "schools in the Kilncombe area; 41 schools (64%) replied. In March 2008 a Master Tutor held a focus group "
          "of twelve SENCOs, four of them new to the role, and the Programme Director met the Principal Officer (SEN) "
          "to set the programme against the County's SEN Strategy 2007-2010.")
para(doc, "B.2  Table B.1 gives what was found and how this edition responds.")
tB = table(doc, [
    ["Need found", "Source", "Response in this edition"],
    ["34 of 41 schools wanted SENCOs to be able to map provision and show its cost and effect", "Questionnaire",
     "BD 5; Bench Task after BD 5; TP2"],
    ["Speech, language and communication needs and autism named as the County's first priorities",
     "County SEN Strategy 2007-2010", "BD 4 and BD 6; specialist contributors (10.3)"],
    ["New SENCOs found it hardest to lead teaching assistants and to get time with the senior team", "Focus group",
     "BD 8 and BD 9"],
    ["Heads could not release SENCOs in July", "Questionnaire; Headteachers' Reference Group",
     "Bench Days moved to the spring (Foreword, item b)"],
    ["Parents wanted SENCOs to explain provision in plain terms and to listen", "Kilncombe Parent Partnership",
     "BD 7 taught jointly with a parent"],
], widths_cm=[7.0, 4.3, 5.5], header_fill="D9D9D9", size=8.5)

# ------------------------------------------------------------------ Annex C
para(doc, "Annex C (informative)", style="Heading 1", align="center", space_after=0, space_before=12)
para(doc, "Comments received at the enquiry stage and their disposal", bold=True, align="center", size=11)
para(doc, "Type of comment: ge = general; te = technical; ed = editorial.", size=9)
tC = table(doc, [
    ["No.", "From", "Clause", "Type", "Comment", "Proposed change", "Observation of TDB/14"],
    ["1", "Headteachers' Reference Group", "7.3", "te", "July Bench Days clash with transition and reports.",
     "Move them to the spring.", "Accepted. Two Bench Days moved to March and April."],
    ["2", "Kilncombe Parent Partnership", "7.1", "te", "Parents' own experience of provision is missing.",
     "A parent to teach on BD 7.", "Accepted. BD 7 is taught jointly with a parent."],
    ["3", "Kilncombe SENCO Network", "6.3", "te", "Experienced teachers from the support service should be able to "
                                                  "be assessed without the course.", "Add an assessment-only route.",
     "Noted. Not for this edition; to be considered for the next."],
    ["4", "A headteacher member", "11.3", "ge", "Heads and parents should help to evaluate the course.",
     "An evaluation group of heads, parents and Journeymen.", "Not accepted. Evaluation remains with the Programme "
                                                              "Director, the Master Tutors and the University."],
    ["5", "Principal Officer (SEN)", "5.3", "te", "The Guild should see each disclosure certificate.",
     "Check certificates at the Poising Review.", "Not accepted. The school's single central record is relied on."],
    ["6", "Kilncombe Disability Forum", "8.3", "te", "The leaflet does not say how to ask for adjustments.",
     "Add a sentence.", "Accepted. See 8.3."],
], widths_cm=[0.8, 2.6, 1.1, 1.0, 4.0, 3.2, 4.0], header_fill="D9D9D9", size=8)

# ------------------------------------------------------------------ bibliography
para(doc, "Bibliography", style="Heading 1", space_before=12)
for ref in [
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools. HMI 2276.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535.",
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, "
    "language and communication needs. Interim report.",
    "DCSF (2008) Inclusion Development Programme: supporting pupils with dyslexia, and with speech, language and "
    "communication needs.",
]:
    para(doc, ref, size=9, space_after=2)

doc.save(OUT)
print(OUT.name, word_count(OUT), "words")
