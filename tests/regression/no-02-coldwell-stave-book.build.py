"""no-02-coldwell-stave-book: blind test application, written blind.

PROVIDER (invented): Coldwell Forest Bowmen, Academy of the Bow (the coaching academy of an archery club with target,
field and traditional sections and a working bow shop in an old sawmill), with the University of Marlingham, which
validates the course as a Postgraduate Certificate. Harnshire (invented county). January 2009.

DOCUMENT KIND AND LAYOUT: the course sent as the bow shop's "Stave Book", the register a bowyer keeps of each year's
making (what timber came in, how it was seasoned, what each stave became and how it was proved), with the Master
Bowyer's covering letter. No heading styles: section titles are typed bold capitals on grey paragraph shading, with
hand-typed Roman numerals; notes hand-numbered; lists typed with an en dash. A title page with a VML text box (the
"Bowyer's mark", a blanket claim). A Stave Choosing table of checks. A Bench Days table with merged, shaded season rows
and a last column, "Staves worked", which is the ONLY place where development of each outcome is shown. A landscape
section with the Stave Register (28 rows, 09/01-09/28) whose "Proved at" column (P1 Tiller Proof, P2 Shooting In,
P3 the Loose) is keyed in "HOW THIS BOOK IS KEPT" near the front; the key also says that a stave with no Bench Day is
"brought seasoned" (proved, not worked). Three footnotes. Three Word comments. Tracked changes: a deleted January
start, a deleted moderation paragraph, an inserted Parents' Forum sentence. Placeholders: the credit value, a stave
"[not yet cut]". Header and footer.

House words: the Making (course), apprentice (participant), Master Bowyer (programme leader), Journeymen (tutors),
Stave Warden (school mentor), Bench Day (study day, B1-B12), Seasoning days / Seasoning Sheds (placements / host
schools), Stave Choosing (selection), Seasoning Record (starting self-assessment), Provings (assessments P1-P3),
Straight Stave route (assessment only), sealing (the award), the Next Bow (further targets), Shop Committee (QA).

TRAPS (requirement ids):
- E.2: Masters level stated but the credits are a placeholder "[credit value to be confirmed by the University: 40 or
  60]" with a comment -> partially_met.
- 1.1: the aim is "attainment and progress" only; well-being/ECM outcomes are not in the aim or assessment focus
  -> partially_met.
- 1.7 / 6.S8: parents only "a talk ... on keeping parents informed" (B7); S8 "worked, not proved" -> partially_met.
- 1.9 / 6.0: the sealing rule is "every stave in the Register ... proved at the Proving written against it", but the
  Register has a stave worked and not proved, one proved only "where the apprentice's Shooting In includes it", one
  "Laid aside", one "[not yet cut]", and summative tracking missing -> partially_met. The text box "every apprentice
  is proved on every stave" is a blanket claim.
- 2.1: prior study credited; "We do not credit experience alone, however long" (negation) -> partially_met.
- 2.2 / 2.4: a Seasoning Record is taken but used only to "know the group"; "Every apprentice works the same twelve
  Bench Days and the same three Provings" -> partially_met (2.4 also: cost given, nothing tailored).
- 2.3: the Straight Stave route is a real assessment-only route -> met (despite 2.1's negation of experience credit).
- 3.2: one September start, fixed order, Saturdays; a January start is a DELETED tracked change; only a two-year
  completion window and catch-up by telephone -> partially_met. 3.3: "There is no online part" -> not_applicable.
- 4.1 / 4.2: "we know from talking to their teachers", heads "liked the idea", "Heads' views have shaped the Making":
  general, no evidence gathered or specific change -> partially_met.
- 4.3: Stave Wardens, heads on the Shop Committee reviewing evaluation, host schools, and an INSERTED sentence on the
  Parents' Forum reading Shooting In proposals -> met.
- 5.3: CRB check on candidates in a table cell (seen, or head's confirmation with the three-month rule, or applied
  for through the Club) -> met.
- 5.7: Stave Wardens "receive a letter explaining the Making and a copy of this Book"; no briefing or training
  -> partially_met.
- 5.8: "marked by the apprentice's own Journeyman"; the second-marking and moderation paragraph is a DELETED tracked
  change, with a comment explaining why -> not_met.
- 5.9: baseline and after measures for pupils in the Shooting In, collated in "the Draw Table"; confidence ratings
  -> met.
- 6.A3: proved only "where the apprentice's Shooting In includes it" (condition) -> partially_met.
- 6.K4: proved at P1 but no Bench Day works it ("brought seasoned") -> partially_met.
- 6.K7: "Laid aside" (negation; left to the school's own leadership courses) -> not_met.
- 6.S2b: no stave at all for summative assessment / national tests -> not_met.
- 6.S9: "[not yet cut]", to be cut for the 2010 Making (plan), plus a comment -> not_met. (K9 on agencies is met.)
- Header/footer carry nothing that counts.

Expected verdicts: 41 met, 15 partially_met, 4 not_met, 1 not_applicable.
"""
from pathlib import Path
import sys

from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _no_helpers import (cell_text, comment, dele, deleted_paragraph, fill_row, footnote, header_footer, ins,
                         inserted_paragraph, landscape_section, mark_paragraph, new_document, para, portrait_section,
                         repeat_header, run, shade, shade_paragraph, table, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AW = ("Alun Wyatt", "AW")
RF = ("Ruth Fellowes", "RF")
D1 = "2009-01-16T19:05:00Z"
D2 = "2009-01-18T11:22:00Z"
GREY = "D9D9D9"
OAK = "EADFC8"

doc = new_document("Georgia", 10)
header_footer(doc, "COLDWELL FOREST BOWMEN  \u00b7  ACADEMY OF THE BOW  \u00b7  STAVE BOOK SB/09",
              "Kept by the Master Bowyer at the Bow Shop, Old Sawmill Yard, Coldwell, Harnshire.")


def title(text):
    p = para(doc, text, bold=True, size=11, keep=True)
    shade_paragraph(p, GREY)
    p.paragraph_format.space_before = Pt(10)
    return p


def sub(text):
    return para(doc, text, bold=True, keep=True)


def dash(text):
    p = para(doc, "\u2013  " + text)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
    p.paragraph_format.space_after = Pt(2)
    return p


# ------------------------------------------------------------------ title page
para(doc, "")
para(doc, "COLDWELL FOREST BOWMEN", bold=True, size=16, align="center", space_after=0)
para(doc, "ACADEMY OF THE BOW", bold=True, size=12, align="center")
para(doc, "THE STAVE BOOK", bold=True, size=24, align="center", space_after=0)
para(doc, "The SENCO Making, 2009\u201310", italic=True, size=13, align="center")
para(doc, "Entered for approval to offer the National Award for SEN Coordination, with the University of Marlingham",
     align="center")
tb = para(doc, "")
text_box(tb, [("THE BOWYER'S MARK", True),
              ("Every bow that leaves the Coldwell shop has been drawn to full compass and shot in. So has every SENCO: "
               "every apprentice is proved on every stave.", False)], width_pt=230, height_pt=70, fill="F7F2E8",
         float_right=False)
para(doc, "")
para(doc, "")

# ------------------------------------------------------------------ covering letter
para(doc, "The Bow Shop, Old Sawmill Yard, Coldwell, Harnshire", size=9, align="right", space_after=0)
para(doc, "19 January 2009", size=9, align="right")
para(doc, "To the Approval Panel, Training and Development Agency for Schools")
para(doc, "Dear Panel,")
para(doc, "Our bowyers keep a Stave Book for every year's making: what timber came in and from where, how it was seasoned, "
          "what each stave was worked into at the bench and how the finished bow was proved before it was sealed and "
          "marked. When the Academy's coaches, most of whom are or were teachers, sat down to plan a course for new "
          "SENCOs, we found we were planning it the way we plan a making. So we have kept it in a Stave Book, and we "
          "send you the Book itself.")
para(doc, "The Academy of the Bow has coached archers of every age and ability in Coldwell Forest since 1961, and has run "
          "Archery for All days for the Forest's special and mainstream schools since 1989. The SENCO Making is our first "
          "accredited course. The University of Marlingham validated it on 21 November 2008 and will award its "
          "Postgraduate Certificate in Leading SEN Provision to every apprentice whose bow is sealed.")
para(doc, "Yours faithfully,")
para(doc, "Alun Wyatt, Master Bowyer", italic=True)

# ------------------------------------------------------------------ key
title("HOW THIS BOOK IS KEPT")
for i, t_ in enumerate([
    "The Book runs as a making runs: the Shop and its people (I and II), choosing the stave (III), the Bench Days (IV), "
    "seasoning and shooting in (V), proving (VI), the Stave Register (VII), the next bow (VIII) and keeping the shop in "
    "order (IX).",
    "Each stave in the Register is one thing a SENCO must have at the end of the Making, in our words. Staves are "
    "numbered by Making and in order: 09/01 is the first stave of the 2009\u201310 Making.",
    "\"Proved at\" names the Proving at which a marker tests the stave: P1 the Tiller Proof, P2 the Shooting In, P3 the "
    "Loose (see VI). A stave is proved when the apprentice passes the part of that Proving that tests it.",
    "Where a stave is worked at the bench is not shown in the Register. It is in the last column of the Bench Days "
    "table in IV, \"Staves worked\". A stave with no Bench Day against it is one we expect the apprentice to bring "
    "seasoned: it is proved, but it is not worked at the bench.",
    "\"Worked, not proved\" in the Bowyer's note means the stave is worked at the bench but no Proving tests it.",
    "\"Laid aside\" means we have taken the stave out of this Making: it is neither worked nor proved.",
    "\"[not yet cut]\" marks a stave we mean to add. It is not part of this Making.",
], start=1):
    p = para(doc, f"{i}.  {t_}")
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)

# ------------------------------------------------------------------ I
title("I.  THE SHOP")
p = para(doc, "The Making is validated by the University of Marlingham at Masters level (Level 7) as its Postgraduate "
              "Certificate in Leading SEN Provision, and carries ")
r = run(p, "[credit value to be confirmed by the University: 40 or 60]")
comment(doc, r, "Marlingham's panel still going back and forth on 40 or 60. Fill in before it goes!", *AW)
run(p, " credits. The University's School of Education is our partner in assessment and awards; the Academy teaches.")
sub("What the Making is for")
para(doc, "The Making has one aim: to raise the attainment and progress of pupils with special educational needs and "
          "disabilities in the apprentices' schools, by making their SENCOs skilled, knowledgeable and sure of their "
          "craft. Every Proving asks what has happened to pupils' attainment as a result of the apprentice's work.")

# ------------------------------------------------------------------ II
title("II.  THE JOURNEYMEN")
para(doc, "Everyone who teaches at the bench works, or has lately worked, with pupils with SEN in the Forest's schools.")
s = table(doc, 1, 3, widths=[3.6, 3.8, 9.2])
fill_row(s.rows[0], ["Name", "At the bench", "Qualifications and present work"], bold=True, fill=GREY)
for a, b, c in [
    ("Mr Alun Wyatt", "Master Bowyer; leads the Making; B1, B2, B9, B12",
     "MEd Special Educational Needs (Marlingham, 1999). SENCO and then deputy head at Harnbrook High School until 2007; "
     "now an associate adviser for SEN to Harnshire County Council. Captain of the Club's traditional section."),
    ("Mrs Ruth Fellowes", "Journeyman; B3, B5, B6, B10",
     "SENCO at Coldwell Community College (11\u201318); MA Inclusive Education; OCR Diploma in teaching learners with "
     "specific learning difficulties."),
    ("Dr Priya Nandra", "Journeyman; B4, B7, B11",
     "Senior educational psychologist, Harnshire Educational Psychology Service; gives the Academy two days a month."),
    ("Mr Tom Henshaw", "Journeyman; B8",
     "Headteacher of Ashfold School, a special school for pupils with moderate learning difficulties and autism; NPQH."),
    ("Dr Martin Ebbs", "University link tutor",
     "Senior Lecturer in Special Education, University of Marlingham."),
]:
    fill_row(s.add_row(), [a, b, c])
para(doc, "Visiting the bench: a speech and language therapist from the Harnshire NHS trust (B4), the county's autism "
          "outreach teacher (B4), the sensory support service (B6) and the county's examinations access adviser (B6).")

# ------------------------------------------------------------------ III
title("III.  CHOOSING THE STAVE")
para(doc, "A bowyer chooses a stave for straight grain and no shakes; we choose apprentices who will finish. Every "
          "applicant comes to a Stave Choosing at the Bow Shop, and these are the checks we make:")
c = table(doc, 1, 3, widths=[3.2, 9.6, 3.8])
fill_row(c.rows[0], ["What we check", "How", "Who"], bold=True, fill=GREY)
for a, b, w in [
    ("Qualified teacher", "Teacher reference number checked on the General Teaching Council register.",
     "Academy Secretary"),
    ("Role", "A letter from the head confirming the applicant has taught for two years and is, or will be within the "
             "year, the school's SENCO, and releasing them for the Seasoning days.", "Master Bowyer"),
    ("Readiness", "A forty-five minute Stave Choosing conversation about the applicant's school and their Seasoning "
                  "Record. An applicant who is not ready is told in writing what to do first (usually a year as "
                  "assistant SENCO and the county's new-SENCO days), the head is written to, and a place is held for "
                  "the next Making.", "Master Bowyer or a Journeyman"),
    ("Criminal records", "The applicant's enhanced CRB disclosure is seen and its number and date recorded; or the "
                         "head confirms in writing that it was checked on appointment and that the applicant has worked "
                         "with children in the last three months. Anyone else applies through the Club, which is a "
                         "registered body, before Bench Day 1.", "Academy Secretary"),
    ("Suitability", "The head's letter confirms there are no disciplinary concerns and that the applicant is not barred "
                    "from teaching or working with children.", "Master Bowyer"),
]:
    r_ = c.add_row()
    fill_row(r_, [a, b, w])
    r_.cells[0].paragraphs[0].runs[0].bold = True
para(doc, "")
sub("Disabled apprentices")
para(doc, "The Stave Choosing form asks whether the applicant has a disability or learning difficulty they would like us "
          "to know about, and says why we ask and that the answer is seen only by the Master Bowyer. The Master Bowyer "
          "follows up every answer within a week and agrees adjustments with the apprentice. The Bow Shop's bench room "
          "is up a flight of stairs, so for any apprentice who needs it the Bench Days move to the clubhouse's "
          "ground-floor room; papers can be sent a week early, enlarged or on coloured paper; the Loose can be taken "
          "with extra time or recorded in advance. Adjustments are written on the Seasoning Record and given to whoever "
          "marks the apprentice's Provings, and Seasoning Sheds are asked about access before an apprentice is placed.")
sub("The Seasoning Record")
para(doc, "Before Bench Day 1 each apprentice scores themselves from 1 to 4 against every stave in the Register, with a "
          "line of evidence, and their head adds a comment. The Journeymen read all the Records so that they know the "
          "group and can pitch the Bench Days. Every apprentice works the same twelve Bench Days and the same three "
          "Provings: a making is made to one pattern.")
sub("Credit for earlier study")
para(doc, "Apprentices who have passed Masters-level modules in special educational needs at any university in the last "
          "five years may bring up to 20 credits, agreed by the University's Credit Transfer Panel, and are excused the "
          "Bench Days and the Proving those credits cover. We do not credit experience alone, however long: every bow "
          "must be made.")
sub("The Straight Stave route")
p = para(doc, "Now and then a teacher comes to us who already does a SENCO's work well, most often from the county's "
              "learning support service. In such exceptional cases the Master Bowyer and the University's programme "
              "leader may agree that the candidate takes the Straight Stave route. The candidate completes the Seasoning "
              "Record with evidence against every stave, is interviewed by two Journeymen, and then presents for P1, P2 "
              "and P3 to the same standard as every apprentice, without Bench Days. They are sealed on the same rule.")
footnote(doc, p, "The Straight Stave fee is \u00a3650. It is set each year by the Shop Committee.")
sub("What it costs")
para(doc, "The Making costs \u00a31,600, including University registration and the Resource Bench. Harnshire County "
          "Council pays half the fee for apprentices from its maintained schools.")

# ------------------------------------------------------------------ IV
title("IV.  THE BENCH DAYS")
p = para(doc, "Bench Days are Saturdays, 9.30 to 3.30, at the Bow Shop. The Making starts once a year, in September, and "
              "the Bench Days are taken in order. ")
dele(p, "A second Making will begin each January at the clubhouse, for apprentices who cannot start in September.",
     *AW[:1], D1)
para(doc, "An apprentice who misses a Bench Day catches up from the notes and with their Journeyman by telephone. "
          "Apprentices have up to two years from Bench Day 1 to complete the Provings. There is no online part of the "
          "Making: notes are handed out at the bench or posted.")
b = table(doc, 1, 5, widths=[1.2, 2.2, 3.2, 7.8, 2.2], size=9)
fill_row(b.rows[0], ["Day", "Date", "Title", "At the bench", "Staves worked"], bold=True, fill=GREY)
repeat_header(b.rows[0])


def season(text):
    r_ = b.add_row()
    m = r_.cells[0].merge(r_.cells[4])
    cell_text(m, text, bold=True, fill=OAK)


def bench(*vals):
    fill_row(b.add_row(), list(vals))


season("AUTUMN: ROUGHING OUT")
bench("B1", "12 Sep 2009", "Choosing the Timber",
      "The SENCO's role; the SEN Code of Practice (2001) and the school's SEN policy; writing for a head and speaking "
      "to a staff meeting.", "09/05, 09/08")
bench("B2", "26 Sep", "The Rules of the Shop",
      "Part IV of the Education Act 1996; the Special Educational Needs and Disability Act 2001; the Disability "
      "Discrimination Act 1995 as amended in 2005, the disability equality duty and accessibility plans; Every Child "
      "Matters and the Children Act 2004; Removing Barriers to Achievement.", "09/08, 09/09, 09/10")
r3 = b.add_row()
fill_row(r3, ["B3", "10 Oct", "Reading the Grain",
              "Recent research and inspection evidence and how to use it: Ofsted's reports on inclusion of 2004 and 2006, "
              "the Bercow Review (2008), the Education and Skills Committee's report on SEN (2006), the Inclusion "
              "Development Programme (2008), Lewis and Norwich on special teaching; taking outside advice.",
              "09/06, 09/15"])
footnote(doc, r3.cells[3].paragraphs[0],
         "Ofsted (2004) Special educational needs and disability: towards inclusive schools; Ofsted (2006) Inclusion: "
         "does it matter where pupils are taught?; J. Bercow (2008) The Bercow Report, DCSF; House of Commons Education "
         "and Skills Committee (2006) Special Educational Needs, Third Report of Session 2005\u201306; A. Lewis and "
         "B. Norwich (eds) (2005) Special Teaching for Special Children? Open University Press.")
bench("B4", "7 Nov", "Heartwood and Sapwood",
      "The common kinds of SEN and disability: behavioural, emotional and social difficulties; specific learning "
      "difficulties, dyslexia included; speech, language and communication needs; autistic spectrum disorders; moderate "
      "learning difficulties; sensory and physical needs; what each does to learning.", "09/12")
season("WINTER: TILLERING")
bench("B5", "28 Nov", "Following the Ring",
      "Identifying pupils who may have SEN by observation, data, assessment and monitoring; using the reports of "
      "psychologists, therapists and advisory teachers; setting targets; planning interventions; reviewing progress.",
      "09/18, 09/19")
bench("B6", "16 Jan 2010", "Marking Out",
      "Approaches, strategies and resources for assessment, planning and teaching, ICT included; helping colleagues "
      "with formative assessment; special arrangements for national tests and examinations, planned in good time with "
      "the county's examinations access adviser.", "09/13, 09/20, 09/21")
bench("B7", "6 Feb", "Voices at the Bench",
      "Relationships with pupils and their families; consulting pupils, practised with Talking Mats, pupil-led reviews "
      "and short interviews, and bringing pupils into planning and reviewing their own provision. After lunch, a talk "
      "from the Forest Parents' Forum on keeping parents informed.", "09/01, 09/05, 09/26, 09/27")
bench("B8", "6 Mar", "Laying Out the Shop",
      "Provision mapping and management; finding provision that is missing or not working; deploying and managing "
      "teaching assistants and other staff; priorities, time and delegation.", "09/03, 09/22, 09/23")
season("SPRING AND SUMMER: SHOOTING IN")
bench("B9", "27 Mar", "Leading the Shop",
      "Working with the head, senior leaders and governors on an inclusive ethos, policies, priorities and budgets; "
      "reviewing provision with staff.", "09/02, 09/17, 09/25")
bench("B10", "1 May", "Passing on the Craft",
      "Coaching and mentoring colleagues; observing and giving feedback; planning and running training. Each "
      "apprentice plans the session they will lead at their Forest SENCO cluster meeting.", "09/24")
bench("B11", "12 Jun", "Other Shops",
      "External agencies and voluntary bodies: what each does, how far its remit runs, how to get specialist support and "
      "resources. A clinic on problems in provision: seeing them coming and deciding what to do.", "09/04, 09/16")
bench("B12", "10 Jul", "The Next Bow",
      "Keeping up to date; taking charge of one's own development; research and outside advice revisited; the Next Bow "
      "sheet (see VIII).", "09/06, 09/07")

# ------------------------------------------------------------------ V
title("V.  SEASONING AND SHOOTING IN")
sub("Bench tasks")
para(doc, "After each Bench Day the apprentice does a short task in their own school that puts the day's staves to work: "
          "after B5, for example, observing two pupils in lessons and setting what is seen against the school's data; "
          "after B8, drawing the provision map for one class. Tasks are written up in the apprentice's Bench Log, which "
          "the Journeyman reads at the next Bench Day.")
sub("Seasoning days")
p = para(doc, "Each apprentice spends two Seasoning days in a Seasoning Shed, a special school or unit that hosts "
              "apprentices for the Academy, shadowing its SENCO or head of unit and writing a page on what they will "
              "take back to their own school. The Academy arranges the days and the host reads the page.")
footnote(doc, p, "The Seasoning Sheds for 2009\u201310 are Ashfold School (moderate learning difficulties and autism), "
                 "Brook Lane Primary (resourced base for speech, language and communication needs) and the Forest Pupil "
                 "Referral Unit. Each takes up to six apprentices a year.")
sub("Shooting In")
para(doc, "From March to June the apprentice leads a change in their own school's provision for a group of pupils: a new "
          "intervention, a changed use of teaching assistants, a different way of reviewing plans. They agree it with "
          "the head, take it to the governor for SEN, bring colleagues into it and review it with them. A new bow is "
          "shot in before it is trusted; a new SENCO's practice is changed and tested in school before the Making ends.")

# ------------------------------------------------------------------ VI
title("VI.  PROVING")
p = para(doc, "P1  The Tiller Proof. ", bold=True)
run(p, "A case study of one pupil, about 5,000 words, handed in after B8. The apprentice identifies the pupil's needs "
       "from observation, data and the reports of other professionals; sets out how the pupil has developed and what "
       "has shaped that development; sets targets; plans, runs and reviews an intervention; brings the pupil into "
       "planning and reviewing it; records how they built the relationship with the pupil and family; and places the "
       "pupil's provision in the law, the Code of Practice and what is known about the pupil's kind of need.")
p = para(doc, "P2  The Shooting In. ", bold=True)
run(p, "A report of about 6,000 words on the Shooting In, handed in at the end of June. It includes the provision map "
       "and what it showed was missing, how staff were deployed, how the head, senior leaders and governor were brought "
       "in, the training or coaching the apprentice gave colleagues, the work with colleagues on formative assessment, "
       "the review with staff, the research drawn on, and the Draw Table (see IX). Where the apprentice's Shooting In "
       "includes it, it also sets out how they planned their own time, set priorities and delegated.")
p = para(doc, "P3  The Loose. ", bold=True)
run(p, "A thirty-minute presentation and professional discussion at the Bow Shop in July, heard by the apprentice's "
       "Journeyman with the Stave Warden present. The apprentice speaks on the law, disability equality and Every Child "
       "Matters as they bear on their school, explains the special arrangements they have put in place for a pupil's "
       "national tests or examinations, answers an unseen problem in provision, talks through what external agencies "
       "do for their pupils, and presents their Next Bow sheet.")
sub("Marking")
p = para(doc, "Each Proving is marked by the apprentice's own Journeyman, who knows the apprentice's work best, against "
              "the Proving's marking sheet, with 50 to pass.")
dp = deleted_paragraph(doc, "Every Proving is then second-marked by a Journeyman who did not teach the apprentice; the "
                            "University's moderator samples one Proving in three, and the External Examiner sees every "
                            "failed Proving and a sample of the rest before the Examination Board.", AW[0], D2)
comment(doc, p.runs, "University says second marking is only needed for fails, so I've taken the next paragraph out.", *AW)
sub("Sealing")
para(doc, "A bow is sealed (the apprentice gains the Award and the University's Postgraduate Certificate) only when every "
          "stave in the Register has been proved at the Proving written against it, and the University's Examination "
          "Board has made the award. An apprentice who fails a Proving may present it once more within six months.")

# ------------------------------------------------------------------ VII (landscape)
landscape_section(doc)
title("VII.  THE STAVE REGISTER, SENCO MAKING 2009\u201310")
para(doc, "Read with the key at the front of this Book and the \"Staves worked\" column of the Bench Days table.",
     italic=True)
g = table(doc, 1, 4, widths=[1.8, 14.0, 4.2, 5.4], size=9)
fill_row(g.rows[0], ["Stave", "Timber: at the end of the Making the SENCO ...", "Proved at", "Bowyer's note"], bold=True,
         fill=GREY)
repeat_header(g.rows[0])


def stave(n, text, proved, note=""):
    r_ = g.add_row()
    fill_row(r_, [n, text, proved, note])
    return r_


stave("09/01", "builds fair, respectful, supportive relationships with pupils with SEN or disabilities and with their "
               "parents or carers", "P1")
stave("09/02", "wins the commitment of colleagues, the head and senior leaders included, to better outcomes for pupils "
               "with SEN", "P2")
stave("09/03", "sets priorities, manages time well, and delegates tasks and sees them done", "P2, where the "
      "apprentice's Shooting In includes it")
stave("09/04", "sees problems coming, resolves them, and makes sound, well-founded decisions about provision", "P3",
      "The unseen problem at the Loose")
stave("09/05", "speaks and writes clearly, and listens to and understands the views of others", "P1, P3")
stave("09/06", "draws on research and outside advice to improve their own practice and colleagues'", "P2")
stave("09/07", "keeps up to date and takes charge of their own professional development in SEN and disability", "P3",
      "The Next Bow sheet")
stave("09/08", "knows the law and guidance on SEN, the Code of Practice included, what they mean for the school and the "
               "SENCO, and how to carry them out", "P1, P3")
stave("09/09", "knows the principles and five outcomes of Every Child Matters and how a SENCO helps pupils reach them",
      "P3")
stave("09/10", "knows the law on disability equality and what it requires the school to do for disabled pupils", "P3")
stave("09/11", "knows how children develop and how SEN, disability and their surroundings can affect that development",
      "P1", "Brought seasoned")
stave("09/12", "knows the common kinds of SEN and disability (BESD, specific learning difficulties including dyslexia, "
               "speech, language and communication needs, autism, moderate learning difficulties) and how they affect "
               "learning", "P1")
stave("09/13", "has a critical grasp of approaches, strategies and resources for assessment, planning and teaching, ICT "
               "included, and uses them to remove barriers", "P1")
stave("09/14", "knows the principles of school self-evaluation and improvement as they bear on pupils with SEN", "\u2013",
      "Laid aside: shakes in this one. School self-evaluation is left to the school's own leadership courses.")
stave("09/15", "knows best practice and what research says works for pupils with SEN", "P2")
stave("09/16", "knows what external agencies do and how to get specialist support and resources", "P3")
stave("09/17", "works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the use "
               "of resources", "P2")
stave("09/18", "identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
      "P1")
stave("09/19", "uses the assessments of other professionals to develop teaching and learning", "P1")
stave("09/20", "encourages other teachers to develop formative assessment, with approaches for pupils with SEN", "P2")
stave("09/21", "identifies in good time the special arrangements pupils need for national tests and examinations and "
               "puts them in place with colleagues", "P3")
stave("09/22", "uses provision mapping and management, and finds provision that is missing or not working", "P2")
stave("09/23", "deploys and manages teaching assistants and other staff well", "P2")
stave("09/24", "supports colleagues' professional development by observation and feedback, modelling, coaching, "
               "mentoring and training", "P2")
stave("09/25", "reviews and evaluates provision with other staff to inform the school's improvement planning", "P2")
stave("09/26", "makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "P1")
stave("09/27", "liaises with parents and carers to promote their children's learning and development", "\u2013",
      "Worked, not proved")
s28 = stave("09/28", "[not yet cut]", "\u2013", "To be cut for the 2010 Making: working with other services and "
                                                  "agencies, voluntary bodies included.")
comment(doc, s28.cells[1].paragraphs[0].runs, "We must cut this one before the panel sees it.", *RF)
portrait_section(doc)

# ------------------------------------------------------------------ VIII
title("VIII.  THE NEXT BOW")
para(doc, "No bowyer stops at one bow. At B12 each apprentice fills in the Next Bow sheet with their Journeyman: what "
          "their Seasoning Record, their Provings and their Stave Warden say they should aim at next, and two or three "
          "professional targets for the coming year. The Journeyman talks through what is open to them, from the "
          "University's MA in Inclusive Education to the county's SEN leadership network. The apprentice presents the "
          "sheet at the Loose and takes it to their head for the school's performance management review, and in January "
          "the Master Bowyer sends each apprentice their sheet back with a letter asking how far they have got.")

# ------------------------------------------------------------------ IX
title("IX.  KEEPING THE SHOP IN ORDER")
sub("What the Forest told us")
para(doc, "We have run Archery for All days with Forest schools for twenty years, and we know from talking to their "
          "teachers what a new SENCO needs: practical help from people who still work in schools. At the Forest Heads' "
          "Conference in June 2008 the heads we spoke to liked the idea of a course of this kind. Heads' views have "
          "shaped the Making, and so have the views of the SENCOs we know.")
sub("Who works with us")
para(doc, "Every apprentice has a Stave Warden, usually the head or a deputy, who supports the Shooting In, releases the "
          "apprentice for Seasoning days and sits in on the Loose. The Forest Heads' Association nominates two heads to "
          "the Shop Committee, which reviews each year's evaluation and decides what changes. The Seasoning Sheds host "
          "apprentices, and the Harnshire Educational Psychology Service gives Dr Nandra's time.")
ins_p = inserted_paragraph(doc, "Two members of the Forest Parents' Forum read the apprentices' Shooting In proposals "
                                "in March and comment on how parents will be involved.", RF[0], D1)
sub("How we check the Making")
para(doc, "Each Bench Day ends with a slip on which every apprentice says what worked and what did not, and the "
          "Journeymen hold a bench review of the slips before the next Bench Day. At the end of the Making apprentices "
          "and Stave Wardens each answer a questionnaire. The Shop Committee (the Master Bowyer, the Journeymen, the two "
          "heads and Dr Ebbs for the University) meets in July with the slips, the questionnaires, the Provings' results "
          "stave by stave and the Draw Table. The University's Annual Programme Review and its report go to the same "
          "meeting. The changes the Committee agrees are written into the next year's Stave Book, so the Book itself "
          "records what was learned.")
sub("Measuring the draw")
para(doc, "A bowyer measures a bow's draw weight at every stage. Before the Shooting In begins, each apprentice takes "
          "baseline measures for the pupils it is for: reading or spelling ages, attendance, and the school's own "
          "assessment of the skill the change is aimed at. They take the same measures at the end of June and set both in the Draw Table in P2. Each July the Master "
          "Bowyer gathers every apprentice's Draw Table into one for the Shop Committee, so that we can see, across the "
          "Making, what changed for pupils. Apprentices also rate their confidence against every stave at the Seasoning "
          "Record and again at B12, and the Stave Wardens' questionnaire asks what the apprentice now does differently.")
sub("Stave Wardens and Journeymen")
para(doc, "Stave Wardens receive a letter explaining the Making and a copy of this Book, and are welcome to telephone the "
          "Master Bowyer. Journeymen are chosen by the Master Bowyer from people he has worked with.")
sub("The Resource Bench")
para(doc, "The Resource Bench at the Bow Shop holds what apprentices need to practise with and borrow for their schools: "
          "standardised reading, spelling and vocabulary tests (the British Picture Vocabulary Scale among them), Boxall "
          "Profile packs, Talking Mats kits, Widgit symbol software and Clicker 5, six laptops with text-to-speech and "
          "voice recognition software, coloured overlays and a small library of the Making's core texts. Apprentices "
          "also have the University library and its electronic journals.")
para(doc, "")
para(doc, "Kept and signed: Alun Wyatt, Master Bowyer, 19 January 2009", italic=True)

doc.save(OUT)
print("wrote", OUT)
