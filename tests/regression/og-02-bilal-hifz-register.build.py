"""og-02-bilal-hifz-register: build script (writes the .docx beside itself).

Provider (invented): the Bilal Learning Centre of Jamia Masjid Bilal, Kellbrook (the mosque's madrasa
and community learning service), with the 23 schools of the Kellbrook Schools SEN Network, validated by
the (invented) University of Eskerby's Faculty of Education: National Award for SEN Coordination as a
Postgraduate Certificate, Level 7, credit value left as a placeholder, 2008-09.

Document kind and layout: the course sent as the Hifz Register and Progress Book that each participant
carries, in the form the madrasa's Qur'an-memorisation (hifz) pupils carry theirs: a shaded cover table,
a fill-in details table with bracketed placeholders left in ("[Name of Shagird]"), a shaded "NOTE FOR THE
PANEL", then pages with titles typed as bold capital Normal paragraphs (no heading styles), a Sittings
Register table (14 Sittings with Sabaq = new lesson and Sabqi = practice taken back to school, a blank
"Head's initials" column), the Mu'awin's page, the Manzil hearings, a "SANAD: OUR CHAIN OF TEACHERS"
staff table, the Shura, a blank head teacher's agreement with prompts, a Weekly Sabqi Record with one
example row from the pilot, and a landscape PROGRESS CHART of 28 "Paras" (the outcomes in the Centre's
words, grouped under merged shaded rows Akhlaq / Ilm / Amal) whose columns "Sabaq", "Sabqi", "Manzil"
and values ("Dohrai only", "Sabqi only", "Not yet heard", a dash) are defined on the "HOW THIS BOOK
WORKS" page far above it. The course's own words: Shagird (participant), Ustadh / Ustadha / Asatidha
(tutors), Mu'awin (mentor: a senior SENCO of the Network who hears the Sabqi in school), Halaqah (class),
Sitting (taught session), Manzil hearings M1-M3 (marked pieces), Sanad examination (final oral), Sanad
(the certificate), Dastarbandi (the ceremony), Pehli Pehchan (initial needs assessment), Hifz Plan
(individual plan), Shura (steering group), Mohtamim (head of centre), Nazim (administrator).
Header and footer, a text box (the hearing-only route), two Word comments, tracked changes.

Traps (requirement ids):
- E.2 partially_met: Level 7 stated, credit value a placeholder ("[credit value to be confirmed ...]");
  a comment saying "University says 60" is only a comment.
- 5.3 met only through a tracked INSERTION (the Nazim sees each enhanced CRB disclosure; new disclosure
  if out of school three months); the sentence leaving checks to schools is a tracked DELETION.
- 5.8 partially_met: double hearing by two Asatidha, but the moderation / External Examiner paragraph is a
  tracked DELETION.
- 6.S2c not_met: its chart row (Para 21) is a tracked DELETED ROW; nothing else covers it.
- 2.3 met: the hearing-only route is only in a text box.
- 2.1 partially_met: prior learning excuses a Sitting, but "The University does not give credit for
  earlier study or experience towards this Award" (negation of the accrediting half).
- 2.5 not_met: "Insha'Allah every Shagird will go on learning" (hope), the Kellbrook SENCO Forum's target
  setting (someone else's arrangement), a comment proposing a next-steps sheet (comment).
- 3.1 partially_met: ramp, accessible toilet, open to all (values), but "We have not yet written down how
  we would change the Sittings or the Manzil hearings for a Shagird with a disability".
- 3.3 not_applicable: "The Award has no online part."
- 5.2 partially_met: QTS and SENCO role only; "We do not interview, and we do not turn anyone away".
- 5.6 partially_met: library and ICT room of the madrasa (wrong context: "mostly on Islamic studies and
  Arabic"); specialist software only wished for ("when funds allow").
- 1.9 partially_met, and outcome partials: "Dohrai only" (revised together, never heard for a mark:
  A2, K8, S5), "Sabqi only" (heard by the Mu'awin without a mark: S2a, S8), "Not yet heard" (a research
  Manzil planned for 2009-10: A6), K5 assessed in M1 but not taught ("the Halaqah does not teach it again":
  the Network's Core SEN Training does).
- 6.K7 not_met: left to the LA's one-day SEF course, "not part of the Award and not heard".
- 6.S9 not_met: "Working alongside other services is not part of this Award"; Masjid Ibrahim's course
  (another provider) places its students with Children's Services.
- 6.0 met: no compensation ("a mark on one Para does not make up for another").
- Example row in the Weekly Sabqi Record is from the pilot (past), not an arrangement.
- Head teacher's agreement: form prompts, never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _og_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "og-02-bilal-hifz-register"
NAZIM = "Br. Hamid Sadiq (Nazim)"
MOHT = "Maulana Abdul Rauf"
GREEN = "DCEBD7"
DARK = "2E4A2A"

doc = new_document(font="Arial", size=10)
header_footer(doc, "Bilal Learning Centre \u00b7 Hifz Register and Progress Book \u00b7 SENCO Award Halaqah 2008-09",
              "If found, please return to the Nazim, Bilal Learning Centre, 2 Mill Lane, Kellbrook KB4 7QT. "
              "Tel. 01632 960418")


def title(text):
    p = para(doc, text, b=True, size=11.5, color=DARK, space_before=12, keep=True)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" '
                         f'w:color="{DARK}"/></w:pBdr>'))
    return p


def body(text):
    return para(doc, text)


def bullet(text, lead=None):
    parts = [("\u2022  ", {})]
    if lead:
        parts.append((lead + " ", dict(b=True)))
    parts.append((text, {}))
    return rich(doc, parts, indent=0.6, space_after=3)


# ------------------------------------------------------------------ cover
t = table(doc, 4, 1, widths=[16.4])
cell_text(t.cell(0, 0), "JAMIA MASJID BILAL \u00b7 BILAL LEARNING CENTRE", b=True, size=10, align="center",
          shade=DARK, color="FFFFFF")
cell_text(t.cell(1, 0), "HIFZ REGISTER AND PROGRESS BOOK", b=True, size=20, align="center", shade=GREEN)
cell_text(t.cell(2, 0), "SENCO Award Halaqah 2008-09\nThe National Award for SEN Coordination", size=12,
          align="center", shade=GREEN)
cell_text(t.cell(3, 0), "with the Kellbrook Schools SEN Network \u00b7 validated by the University of Eskerby, "
                        "Faculty of Education", size=9, align="center", i=True)
para(doc, "")
t = table(doc, 6, 2, widths=[5.0, 11.4])
fill_table(t, [
    ("Name of Shagird", "[Name of Shagird]"),
    ("School", "[School]"),
    ("Ustadh / Ustadha", "[Name]"),
    ("Mu'awin in school", "[Name of Mu'awin]"),
    ("Halaqah", "Tuesday evening / Saturday morning (delete one)"),
    ("Hifz Plan agreed on", "[date]"),
], bold_header=False)
for r in range(6):
    t.cell(r, 0).paragraphs[0].runs[0].bold = True
    shade_cell(t.cell(r, 0), GREEN)
para(doc, "")
p = para(doc, "")
run(p, "A NOTE FOR THE PANEL. ", b=True)
run(p, "Every pupil in our hifz classes carries a register like this one: the Ustadh writes the new lesson in "
       "it, the pupil takes it home, and a parent signs it each week. When we planned the SENCO Award with the "
       "Network we found we already had the book we needed, and each teacher on the Award now carries one. We "
       "send it in place of a written application. Everything printed in it is how the Award runs. The blank "
       "lines are for the Shagird, the Mu'awin and the head teacher to fill in during the year; where a line is "
       "filled in as an example, it comes from our pilot Halaqah of 2007-08 and shows what was done then.")
shade_para(p, "F2F2F2")
border_para(p)

# ------------------------------------------------------------------ about
title("ABOUT THE CENTRE AND THE AWARD")
body("The Bilal Learning Centre is the education arm of Jamia Masjid Bilal. On five evenings a week it is a "
     "madrasa for 380 children, eighty of them in the hifz classes; in the daytime it runs English, "
     "computing and parenting classes for adults as a community learning service. Four of our madrasa "
     "teachers are also teachers in Kellbrook schools, two of them SENCOs, and it was they who brought the "
     "Centre and the Kellbrook Schools SEN Network together in 2007.")
p = body("The Award is run by the Centre with the Network's 23 schools and validated by the University of "
         "Eskerby. The University's Faculty of Education has validated it as its Postgraduate Certificate in "
         "Special Educational Needs Coordination, and awards the certificate, which we call the Sanad. The "
         "Award is at Master's level (Level 7) and carries ")
run(p, "[credit value to be confirmed by the University's Academic Standards Committee]", color="808080")
run(p, " credits.")
comment(doc, p.runs[-2], "University says 60 but the committee has not met yet - leave the brackets in for now.",
        author=NAZIM, initials="HS")

# ------------------------------------------------------------------ how this book works
title("HOW THIS BOOK WORKS")
body("A hifz pupil learns in three layers every day, and so does a Shagird on the Award.")
bullet("is the new lesson. For a Shagird it is what is taught at a Sitting of the Halaqah, written in the "
       "Sittings Register.", lead="Sabaq")
bullet("is the recent lesson said again. For a Shagird it is the task carried back to school after each "
       "Sitting and done there, which the Mu'awin hears every fortnight and writes a remark on, without a "
       "mark.", lead="Sabqi")
bullet("is revision together. At Sitting 12 and for the last half hour of every third Sitting the Halaqah "
       "goes back over earlier Sabaq together. Nobody is heard for a mark in Dohrai.", lead="Dohrai")
bullet("is the old portion recited from memory to the Ustadh, who marks it. For a Shagird it is the three "
       "Manzil hearings (M1, M2 and M3) and the Sanad examination, described on the Manzil page.",
       lead="Manzil")
body("The Progress Chart at the back of this book lists the Paras: every outcome a Shagird must reach, in our "
     "words. Under Sabaq it gives the Sitting where the Para is taught. Under Sabqi a tick means the Para has a "
     "Sabqi task in school. Under Manzil it gives the hearing at which the Para is marked. Where the Manzil "
     "column says \"Dohrai only\", the Para is revised together in the Halaqah but is not heard for a mark. "
     "\"Sabqi only\" means the Mu'awin hears it in school and writes a remark, but no one marks it. \"Not yet "
     "heard\" means that no hearing marks it this year. A dash means nothing is done.")

# ------------------------------------------------------------------ niyyat
title("NIYYAT: WHAT THE AWARD IS FOR")
body("The Award is for the children. Its aim is that pupils with special educational needs and disabilities "
     "in each Shagird's school make better progress in their learning and are healthier, safer and happier, "
     "taking part fully in school and in the life of the town: the five Every Child Matters outcomes, not "
     "marks alone. Every Sitting starts from a real pupil. Each Manzil piece must show what changed for "
     "pupils, and M2 measures it (see the Manzil page).")

# ------------------------------------------------------------------ before the first sitting
title("BEFORE THE FIRST SITTING")
body("Places. Places are given in the order the head teachers' nomination forms reach the Nazim. A Shagird "
     "must hold Qualified Teacher Status and be the school's SENCO or be named as the next one. We do not "
     "interview, and we do not turn anyone away who meets these two conditions.")
body("Pehli Pehchan (the first acquaintance). In the fortnight before Sitting 1 each Shagird fills in the "
     "Pehli Pehchan sheet, rating himself or herself on every Para of the Progress Chart and bringing two "
     "pieces of his or her own SEN work. The Ustadh reads these and meets the Shagird for forty-five minutes, "
     "asking for an example for every high rating. Together they write the Hifz Plan on the page opposite: "
     "the Paras that need most work, the Sabqi tasks chosen to suit the Shagird's school, what each Manzil "
     "piece will be about, and two or three targets of the Shagird's own. The Hifz Plan is looked at again at "
     "Sittings 7 and 12.")
body("Prior learning. A Shagird who already holds a qualification covering a Sitting's Sabaq (for example the "
     "OCR certificate in specific learning difficulties) may be excused that Sitting by agreement with the "
     "Ustadh, and the Hifz Plan says so. The University does not give credit for earlier study or experience "
     "towards this Award, so every Shagird is heard in all three Manzil hearings.")
p = body("Checks. ")
del_run(p, "CRB checks are the school's responsibility and are not asked for by the Centre.", author=NAZIM,
        date="2008-06-18T11:05:00Z")
inserted_para(doc, "The Nazim checks each Shagird's enhanced CRB disclosure before Sitting 1: the Shagird "
                   "brings the disclosure certificate, or the school sends written confirmation of its number and "
                   "date, and the Nazim records both on the Centre's register. A Shagird who has not worked in a "
                   "school in the past three months is sent for a new enhanced disclosure through the Centre's "
                   "umbrella body, and cannot start the placement days until it is back. The head teacher's "
                   "agreement also confirms that the Shagird is not barred from work with children and that "
                   "there is no disciplinary matter outstanding.", author=NAZIM, date="2008-06-18T11:07:00Z")
body("Fees. The fee is \u00a3780. The Network pays half of it for its schools' teachers, and because every "
     "Sitting is held after school or on a Saturday no school pays for supply cover. Each Halaqah takes no "
     "more than fourteen Shagirds, so each is known to the Ustadh, and the Hifz Plan decides where the "
     "Ustadh's two tutorials with each Shagird are spent.")
text_box(doc, [
    ("THE HEARING-ONLY ROUTE", True),
    ("In exceptional cases a teacher who already does the whole work of a SENCO, for example an advisory "
     "teacher from the LA's SEN support service, may ask to be heard without taking the Sittings. The "
     "Mohtamim and the University's link tutor decide together whether the case is exceptional. The teacher "
     "then presents all three Manzil pieces from his or her own work and sits the Sanad examination, heard "
     "under the same rule as every Shagird. The fee for this route is \u00a3350.", False),
], width_cm=15.5, height_cm=3.8, fill="FFF7E0")

# ------------------------------------------------------------------ two halaqat
title("THE TWO HALAQAT")
body("There are two Halaqat with the same Sabaq each week: the Tuesday evening Halaqah at the Centre (4.30 to "
     "7.30) and the Saturday morning Halaqah at Kellbrook Park School (9.00 to 12.00). A Shagird may go to "
     "either in any week and need only tell the Nazim. A Shagird may start in September or in February: a "
     "February Shagird begins at Sitting 8 and takes Sittings 1 to 7 in the autumn that follows, with the "
     "Manzil hearings in the order the Hifz Plan sets. The Award has no online part: everything happens in "
     "the Halaqah, in school and on paper in this book, and handouts missed are posted home.")
body("The Centre is on one floor, with a ramp at the side door and an accessible toilet. Sittings are open to "
     "men and women, Muslims and non-Muslims alike, and sisters and brothers sit together in the Halaqah. We "
     "have not yet written down how we would change the Sittings or the Manzil hearings for a Shagird with a "
     "disability; the Mohtamim will talk with anyone who asks.")

# ------------------------------------------------------------------ sittings register
title("THE SITTINGS REGISTER")
body("The Ustadh writes the Sabaq; the Shagird carries the Sabqi back to school; the head teacher initials the "
     "line each half term.")
sittings = [
    ("Sitting", "Dates (Tue / Sat)", "Sabaq: new at this Sitting", "Sabqi: carried back to school",
     "Head's initials"),
    ("1", "16 / 20 Sep 2008", "Bismillah. The SENCO's place in the Code of Practice. Keeping up to date: "
     "journals, networks and the SENCO Forum. Writing and speaking for colleagues and parents.",
     "Write a one-page note to staff on one pupil's needs; ask two colleagues if it was clear.", ""),
    ("2", "7 / 11 Oct", "The law: the SEN Code of Practice (2001), Part IV of the Education Act 1996, "
     "SENDA 2001, the Disability Discrimination Act and the disability equality duty (2005). Every Child "
     "Matters and the five outcomes.", "Read the school's SEN policy and disability equality scheme against "
     "the law; list the gaps.", ""),
    ("3", "21 / 25 Oct", "How children grow: child development and how SEN, disability and the surroundings "
     "of learning affect it. What research and Ofsted say: Special educational needs and disability: towards "
     "inclusive schools (2004), Inclusion: does it matter where pupils are taught? (2006), the Bercow Review "
     "(2008), the Inclusion Development Programme (2008).", "\u2014", ""),
    ("4", "4 / 8 Nov", "Finding and tracking: identifying pupils who may have SEN from observation and data; "
     "targets, interventions and reviews; using the reports of psychologists and therapists; tracking with "
     "national tests, P scales and RAISEonline; ICT that removes barriers.",
     "Track one group with the school's data; set and review targets for three pupils.", ""),
    ("5", "18 / 22 Nov", "Provision: provision mapping and management; finding provision that is not working "
     "or is missing; deploying and managing teaching assistants; solving problems before they grow.",
     "Draw the provision map for one year group.", ""),
    ("6", "2 / 6 Dec", "Listening to the child: consulting children and young people; pupils in their own "
     "reviews; building fair and respectful relationships with pupils and families.",
     "Talk with two pupils about their targets using the pupil-view sheet.", ""),
    ("7", "13 / 17 Jan 2009", "Families and agencies: working in partnership with parents and carers, led "
     "with two mothers from the Parents' Majlis; what educational psychology, speech and language therapy, "
     "CAMHS and the sensory support service do, and how a SENCO asks for their help.",
     "Plan and hold a review meeting with one family.", ""),
    ("8", "27 / 31 Jan", "Helping colleagues grow: observing teaching and giving feedback, coaching, "
     "modelling, planning a short training session.", "\u2014", ""),
    ("9", "10 / 14 Feb", "Leading with the head: gaining the commitment of the head teacher and senior "
     "leaders; priorities, time and delegation.", "Agree with the head teacher what the SENCO will delegate "
     "and to whom.", ""),
    ("10", "3 / 7 Mar", "The whole school: working with senior leaders and governors on an inclusive ethos, "
     "policy and the use of resources; reviewing provision with staff for the school's self-evaluation.",
     "\u2014", ""),
    ("11", "17 / 21 Mar", "Tests and examinations: identifying in good time the access arrangements pupils "
     "need for national tests and examinations, and putting them in place with the examinations officer and "
     "class teachers.", "List the arrangements this year's pupils need and who will put them in place.", ""),
    ("12", "28 Apr / 2 May", "Dohrai: Sittings 1 to 11 revised together; the Hifz Plan looked at again.",
     "\u2014", ""),
    ("13", "12 / 16 May", "M2 presentations.", "\u2014", ""),
    ("14", "9 / 13 Jun", "Sanad examinations.", "\u2014", ""),
]
t = table(doc, len(sittings), 5, widths=[1.4, 2.6, 6.4, 4.4, 1.6])
repeat_header(t.rows[0])
for r, row in enumerate(sittings):
    for c, val in enumerate(row):
        cell_text(t.cell(r, c), val, b=(r == 0), size=8.5, shade=(GREEN if r == 0 else None))

# ------------------------------------------------------------------ mu'awin page
title("THE MU'AWIN'S PAGE")
body("A Mu'awin is a senior SENCO of the Network, named by the head teacher and agreed by the Ustadh, who hears "
     "the Shagird's Sabqi in school every fortnight and signs the Weekly Sabqi Record. The Mu'awin does not "
     "mark. Every Mu'awin comes to a briefing evening in September led by Ustadha Farhana Begum, receives the "
     "Mu'awin's notes (what to listen for in each Sabqi, how to write a remark, when to call the Ustadh), and "
     "is paired with one Ustadh to telephone with any worry. The Asatidha themselves are inducted by the "
     "University as associate tutors and attend its marking day each June.")
body("Placement days. Each Shagird spends two days on placement, arranged by the Network's coordinator: one "
     "at Kellbrook Park Special School or the LA's language unit at Heston Road, and one in a school of a "
     "different phase. The Ustadh sets a Sabqi task for each day. Specialists teach in the Sittings: an "
     "educational psychologist (Sitting 4), a speech and language therapist and a CAMHS nurse (Sitting 7), "
     "and the head of Kellbrook Park (Sitting 5).")

# ------------------------------------------------------------------ Manzil page
title("THE MANZIL HEARINGS")
bullet("The Child (5,000 words, due 30 January 2009). One pupil followed for a term: how the need was "
       "identified, targets, the intervention, the review, the pupil's "
       "views and the family's, and what changed for the pupil across the five outcomes.", lead="M1.")
bullet("The Provision (5,000 words and a presentation at Sitting 13). A change the Shagird leads in the "
       "school's provision, using the provision map. Before it starts the Shagird records a baseline for the "
       "pupils concerned (reading age, attendance, a well-being scale or P scale levels) and measures again "
       "after at least twelve weeks.", lead="M2.")
bullet("The Policy (4,000 words, due 8 May 2009). A paper to the school's governors on SEN and disability "
       "policy, the law behind it, and what provision the staff's review says should change.", lead="M3.")
bullet("A thirty-minute oral on the whole book and portfolio, before two Asatidha.", lead="Sanad examination.")
body("Every Manzil piece is heard by two Asatidha, each marking it alone against the University's Level 7 "
     "criteria and the Paras it hears, who then agree the mark together.")
deleted_para(doc, "A sample from each Manzil is moderated by the University's link tutor, and the University's "
                  "External Examiner reads a sample and attends the Sanad examinations.", author=MOHT,
             date="2008-06-20T09:30:00Z")
body("The Sanad is given only when a Shagird has passed every Manzil hearing and the Sanad examination, and has "
     "passed every Para heard in each; a mark on one Para does not make up for another. A Shagird who fails a "
     "Para is heard on it again, once, within eight weeks.")

# ------------------------------------------------------------------ Sanad: staff
title("SANAD: OUR CHAIN OF TEACHERS")
body("A hafiz's Sanad names his teachers and their teachers. These are the Award's.")
t = table(doc, 5, 3, widths=[4.0, 4.2, 8.2])
fill_table(t, [
    ("Name", "On the Award", "Qualifications and experience"),
    ("Ustadha Farhana Begum", "Lead Ustadha; Sittings 1, 2, 10; M3", "MA Special and Inclusive Education; "
     "SENCO of a Kellbrook primary for twelve years; LA SENCO trainer since 2005."),
    ("Dr Peter Holroyd", "University link tutor; Sittings 3, 4", "Senior Lecturer in SEN, University of "
     "Eskerby; former educational psychologist; research on dyslexia and bilingual pupils."),
    ("Ustadh Zubair Ahmed", "Sittings 5, 9, 11; M2", "Deputy head and SENCO, Kellbrook Park School (special); "
     "NPQH; teaches the Centre's hifz class on Tuesdays."),
    ("Mrs Janet Clough", "Sittings 6, 7, 8; M1", "Former head of the LA's SEN support service; Advanced "
     "Diploma in SEN; speech and language background."),
], header_shade=GREEN, size=9)

# ------------------------------------------------------------------ Shura
title("THE SHURA")
body("In March 2008 we asked the Network's 23 schools what a new SENCO most needs; 19 answered. The LA's SEN "
     "team told us that a third of Kellbrook's SENCOs were new to the post since 2006 and that most schools "
     "had no SENCO trained in access arrangements. The mosque's Parents' Majlis, a group of families of "
     "children with SEN, met with us twice. The three needs named most often were working with families whose "
     "first language is not English, provision mapping, and access arrangements for tests and examinations. "
     "Because of this, Sitting 7 is led with two mothers from the Parents' Majlis, Sitting 5 is given to "
     "provision mapping, and Sitting 11, which was not in the pilot, was added. The pilot Shagirds asked for "
     "the Saturday Halaqah, which began in 2008 for the same reason.")
body("The Shura steers the Award. It is made up of three Network head teachers, the LA's SEN manager, a "
     "parent from the Parents' Majlis, two Shagirds of the pilot Halaqah, the Lead Ustadha and the Mohtamim, "
     "and it meets each term. It reads the slips every Shagird fills in after each Sitting, the Asatidha's "
     "end-of-term review of the Manzil marks, the University's annual monitoring report, and a questionnaire "
     "that the Network sends each July to the head teachers and Mu'awin of every school with a Shagird. "
     "Each summer the Shura agrees what will change, and the changes are printed in the next year's book.")
body("What the Award changes. Each Shagird rates his or her confidence on every Para at the Pehli Pehchan and "
     "again at the Sanad examination. The baseline and twelve-week measures from every M2 piece are gathered "
     "by the Lead Ustadha into a yearly report to the Shura on how the pupils concerned progressed, with the "
     "Asatidha's view of each Shagird's competence from the Manzil marks.")

# ------------------------------------------------------------------ books and rooms
title("BOOKS AND ROOMS")
body("Shagirds may use the Centre's library and ICT room when the madrasa classes are not in them. The "
     "library's 3,000 books are mostly on Islamic studies and Arabic; books on SEN are lent from the "
     "Asatidha's own shelves. We would like to buy assessment materials and specialist software for the "
     "Award when funds allow.")

# ------------------------------------------------------------------ after the Dastarbandi
title("AFTER THE DASTARBANDI")
p = body("A hafiz who stops revising forgets. Insha'Allah every Shagird will go on learning after the Sanad, and "
         "we pray that each finds the next step. The Kellbrook SENCO Forum helps SENCOs set their targets for "
         "the year after the Award.")
comment(doc, p.runs[0], "Should we give out a next-steps sheet at Sitting 14? Sister Ruqayyah to draft.",
        author=MOHT, initials="AR")

# ------------------------------------------------------------------ head teacher's agreement
title("HEAD TEACHER'S AGREEMENT")
t = table(doc, 4, 2, widths=[8.2, 8.2])
fill_table(t, [
    ("I agree to release [Name of Shagird] for the placement days and to name a Mu'awin.",
     "[Head teacher to sign]"),
    ("I confirm that the Shagird is not barred from work with children and that no disciplinary matter is "
     "outstanding.", "[Head teacher to sign]"),
    ("Mu'awin named:", "[Name and school]"),
    ("Date:", "[date]"),
], bold_header=False, size=9)

# ------------------------------------------------------------------ weekly sabqi record
title("WEEKLY SABQI RECORD")
body("The Mu'awin writes a remark every fortnight and signs. The first line is an example from the pilot "
     "Halaqah.")
t = table(doc, 4, 4, widths=[2.4, 5.4, 6.2, 2.4])
fill_table(t, [
    ("Week", "Sabqi", "Mu'awin's remark", "Signed"),
    ("Example (pilot, Feb 2008)", "Talk with two pupils about their targets",
     "Listened well; next time let the pupil speak first.", "R. Iqbal"),
    ("", "", "", ""),
    ("", "", "", ""),
], header_shade=GREEN, size=9)

# ------------------------------------------------------------------ progress chart (landscape)
landscape_section(doc)
title("PROGRESS CHART: THE PARAS")
para(doc, "Read the columns as set out on the page \"How this book works\".", i=True, size=9)
chart = [
    ("Para", "Portion (in our words)", "Sabaq", "Sabqi", "Manzil", "Ustadh's remarks"),
    ("G", "Akhlaq: how the SENCO conducts himself or herself"),
    ("1", "Fair, respectful and supportive relationships with pupils with SEN and disabilities and their "
          "families", "6, 7", "\u2713", "M1", ""),
    ("2", "Gains the commitment of colleagues, the head teacher and senior leaders", "9", "\u2713",
     "Dohrai only", ""),
    ("3", "Prioritises, manages time and delegates, making sure tasks are done", "9", "\u2713", "M2", ""),
    ("4", "Foresees and solves problems; makes sound decisions on provision", "5", "\u2713", "M2", ""),
    ("5", "Speaks and writes clearly; listens to and understands others' views", "1", "\u2713", "Sanad exam",
     ""),
    ("6", "Draws on research and outside advice to improve own and colleagues' practice", "3", "\u2014",
     "Not yet heard", "A research Manzil is planned for 2009-10."),
    ("7", "Keeps up to date and takes responsibility for own CPD in SEN and disability", "1", "\u2713",
     "Sanad exam", ""),
    ("G", "Ilm: what the SENCO knows"),
    ("8", "SEN law, the Code of Practice and what they mean for the school, the SENCO and others", "2",
     "\u2713", "M3", ""),
    ("9", "Every Child Matters: its principles, five outcomes and the SENCO's part", "2", "\u2014", "M1", ""),
    ("10", "Disability equality law and the actions it requires", "2", "\u2014", "M3", ""),
    ("11", "How children develop and what affects their development", "3", "\u2014", "M1", ""),
    ("12", "The common types of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect "
           "on learning", "\u2014", "\u2014", "M1",
     "Every Shagird has had the Network's Core SEN Training (three days); the Halaqah does not teach it again."),
    ("13", "Approaches, strategies and resources for assessment, planning, teaching and learning, including "
           "ICT, understood critically", "4, 5", "\u2713", "M2", ""),
    ("14", "Principles of school self-evaluation and improvement", "\u2014", "\u2014", "\u2014",
     "Shagirds are asked to attend the LA's one-day course on the SEF for SENCOs; it is not part of the Award "
     "and not heard."),
    ("15", "Best practice and research in meeting SEN", "3", "\u2014", "Dohrai only", ""),
    ("16", "The scope and role of outside agencies and how to get their support", "7", "\u2713", "M1", ""),
    ("G", "Amal: what the SENCO does"),
    ("17", "With senior leaders and governors, shapes an inclusive ethos, policy, priorities and resources",
     "10", "\u2014", "M3", ""),
    ("18", "Identifies pupils who may have SEN, sets targets, plans interventions and reviews progress", "4",
     "\u2713", "M1", ""),
    ("19", "Uses assessments from other professionals to plan teaching", "4", "\u2713", "Sabqi only", ""),
    ("20", "Uses summative assessment and national tests to track progress and change programmes", "4",
     "\u2713", "M1", ""),
    ("21", "Encourages colleagues to use formative assessment with pupils with SEN", "8", "\u2014", "M2", ""),
    ("22", "Identifies access arrangements for tests and examinations in good time and puts them in place",
     "11", "\u2713", "M2", ""),
    ("23", "Uses provision mapping; finds provision that is missing or not working", "5", "\u2713", "M2", ""),
    ("24", "Deploys and manages staff, including teaching assistants", "5", "\u2713", "M2", ""),
    ("25", "Supports colleagues' development: observation and feedback, coaching, modelling, training", "8",
     "\u2014", "Dohrai only", ""),
    ("26", "Reviews provision with staff to inform the school's self-evaluation", "10", "\u2014", "M3", ""),
    ("27", "Involves pupils in planning, agreeing and reviewing their provision", "6", "\u2713", "M1", ""),
    ("28", "Works with parents and carers to help their children learn", "7", "\u2713", "Sabqi only", ""),
    ("29", "Works in partnership with other services and voluntary organisations", "\u2014", "\u2014",
     "\u2014", "Working alongside other services is not part of this Award. Masjid Ibrahim's course places its "
     "students with Kellbrook Children's Services; ours does not."),
]
# build the chart so that Para 21 is the last row when it is turned into a tracked deleted row
t = table(doc, 1, 6, widths=[1.2, 9.8, 1.6, 1.4, 2.6, 8.4])
repeat_header(t.rows[0])
for c, val in enumerate(chart[0]):
    cell_text(t.cell(0, c), val, b=True, size=9, shade=DARK, color="FFFFFF")
for row in chart[1:]:
    new = t.add_row()
    r = len(t.rows) - 1
    if row[0] == "G":
        merge_row(t, r, row[1], shade=GREEN, size=9.5)
        continue
    for c, val in enumerate(row):
        cell_text(t.cell(r, c), val, size=9)
    if row[0] == "21":
        deleted_row(t, MOHT, date="2008-06-20T09:41:00Z")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
