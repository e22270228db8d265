"""og-01-noor-ul-huda-tajwid-companion: build script (writes the .docx beside itself).

Provider (invented): the Noor-ul-Huda Education Centre of Masjid Noor-ul-Huda, Ashworth Cross (the
Madrasah Noor-ul-Huda and its Community Learning Service), with the five schools of the Ashworth Cross
Schools' Inclusion Partnership, validated and awarded by the (invented) University of Ravensholme:
Postgraduate Certificate (National Award for SEN Coordination), 60 credits at Level 7, 2008-09.

Document kind and layout: the course written as the madrasa's own Tajwid handbook (the book its teachers
use to learn the rules of Qur'anic recitation), "Award Edition". Heading styles carry the handbook's
chapter names (Bab 1 Makharij, Bab 2 Rumuz al-Waqf, ... Bab 11 Al-Khatm), not criterion numbers. Each Bab
has three kinds of paragraph with bold run-in labels: "Hukm." (the rule as the TDA has written it: the
specification paraphrased back, never evidence), "Ada'." (what the Centre actually does) and "Lahn."
(errors: what the Centre does not do or has stopped doing). A glossary table ("Istilahat") defines the
course's own words: Talib / Tullab (participants), Mu'allim / Mu'allimun (tutors), Sami' (the mentor:
an experienced SENCO in a partner school, named only by this word), Majlis (taught day), Amal (school
task), Ard (marked piece), Ijazah Hearing (final oral), Sama' Awwal (needs assessment), Khittah (plan),
Halqah (online area), Muraja'ah (moderation). Bab 2 defines four Qur'anic stop signs used as the KEY of
the outcome table (the "Jadwal") at the very end, nine parts later: م Lazim (taught and marked in the
named Ard), ج Ja'iz (taught and practised, never marked), س Saktah (reading pack only), لا La (neither
taught nor marked). The Jadwal numbers its rows with its own codes S-1..S-7 (Sifat = attributes),
M-1..M-9 (Ma'rifah = knowledge), H-1..H-12 (Maharat = skills): "S-" codes clash with the skills ids 6.S*.
The Jadwal has merged, shaded group rows and sits in a landscape section. Ten Majalis in a table with
a merged title row. A text box ("A word to Tullab") carries the twilight route and switching (3.2).
Footnotes (references only). A Word comment. Tracked changes: an inserted APL paragraph (2.1 met only
by the insertion), a deleted sentence offering a peer discussion room (3.3). Header; footer with a CRB
claim. Title page with Arabic script. Arabic stop signs in table cells.

Traps (requirement ids):
- Every "Hukm." paragraph restates the specification (5.2, 5.3, 2.1-2.3, 3.1-3.3, 4.x, 5.x, 6.0):
  never evidence; the verdicts rest on "Ada'." and the Jadwal.
- 5.3 not_met: Ada' says checks are "the school's business" and the Centre does "not ask to see them"
  (someone else's responsibility); the footer's claim "All Tullab are CRB checked" is a footer; a
  comment suggesting a check is a comment.
- 2.3 not_met: negation in a Lahn paragraph ("In this edition there is no such route"); another
  institute's assessment-only route with another university, with which the Centre has no arrangement
  (other provider).
- 2.1 met only through a tracked INSERTION (the University's APL procedure, up to 20 credits).
- 3.3 partially_met: Halqah gives direct tutor answers, recordings and email with schools, but the
  sentence offering a discussion room for Tullab is a tracked DELETION and Ada' says questions go "to the
  Mu'allim alone" (no peer support).
- 3.2 met: Saturday route in body; twilight route, January start and switching in a text box.
- 1.3 partially_met: reading packs in general terms; inspection evidence only planned ("We plan to add").
- 1.9 partially_met and outcome partials: Ja'iz (formative only: A3, A7, K7, S2b), Saktah (reading
  pack only: S4); La rows (K4 "brought from initial teacher training", S9 another body's multi-agency
  day "not part of the Award"); S2d has no row at all (only a comment asks about it).
- 4.3 partially_met: stakeholders speak and act as Sami'un, but joining the review is a wish
  ("We would like the heads of the partner schools to join").
- 5.5 partially_met: specialist speakers yes; the special-school visit is conditional ("where the school
  can take visitors that term"), none in 2007-08's pilot.
- 5.7 partially_met: Mu'allimun inducted; Sami'un given no briefing ("needs no briefing from us").
- 5.9 partially_met: confidence questionnaire and Majlis forms; nothing on pupils' achievement, only a
  hope ("we hope to ask the partner schools").
- 6.0 partially_met: compensation in the award rule (three Ard "average 50 per cent"; "a weaker Ard may
  be carried by a stronger one").
- Codes S-1..S-7 are attributes, not skills (id clash).
- Past arrangement: the 2007-08 pilot ("In the pilot year") described as past, not as the course.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _og_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "og-01-noor-ul-huda-tajwid-companion"
ED = "Sister Maryam Hussain"   # editor of the Companion (tracked changes)
MUDIR = "Ustadh Idris Patel"

doc = new_document(font="Cambria", size=11)
fn = Footnotes(doc)
header_footer(doc, "Noor-ul-Huda Education Centre · The Tajwid Companion · Award Edition 2008-09",
              "Madrasah Noor-ul-Huda, 14-18 Hollins Road, Ashworth Cross. All Tullab are CRB checked.")


def lab(p_label, text, indent=None):
    """A paragraph with a bold run-in label."""
    return rich(doc, [(p_label + " ", dict(b=True)), text], indent=indent)


def hukm(text):
    return rich(doc, [("Hukm. ", dict(b=True, i=True)), (text, dict(i=True, color="404040"))])


def ada(text):
    return rich(doc, [("Ada'. ", dict(b=True)), text])


def lahn(text):
    return rich(doc, [("Lahn. ", dict(b=True, color="8B0000")), text])


# ------------------------------------------------------------------ title page
para(doc, "بسم الله الرحمن الرحيم", align="center", size=16, space_after=18)
para(doc, "KITAB AT-TAJWID", align="center", b=True, size=12, color="1F4E3D")
para(doc, "The Noor-ul-Huda Tajwid Companion", align="center", b=True, size=24, color="1F4E3D")
para(doc, "Award Edition: the National Award for SEN Coordination, 2008-09", align="center", size=14, i=True,
     space_after=24)
para(doc, "Noor-ul-Huda Education Centre", align="center", b=True, size=12)
para(doc, "(Madrasah Noor-ul-Huda and the Noor-ul-Huda Community Learning Service)", align="center", size=11)
para(doc, "with the Ashworth Cross Schools' Inclusion Partnership", align="center", size=11)
para(doc, "and the University of Ravensholme, School of Education", align="center", size=11, space_after=24)
para(doc, "Rajab 1429 / July 2008", align="center", size=11)
para(doc, "Submitted to the Training and Development Agency for Schools as our application for approval",
     align="center", size=10, i=True)
doc.add_page_break()

# ------------------------------------------------------------------ Muqaddimah
doc.add_heading("Muqaddimah: a preface from the Mudir", level=1)
para(doc, "Every teacher in our madrasa learns to recite from this Companion. Each chapter (Bab) takes one "
          "rule of recitation, says what the rule is, shows how it is performed, and names the errors a "
          "reciter makes. When the partner schools asked us to set out the SENCO Award for them we explained "
          "it best in the same shape, and we send it to the panel as it is.")
para(doc, "The Noor-ul-Huda Education Centre was opened in 1994 in the old mill offices next to the masjid. "
          "On weekday evenings and at weekends it is a madrasa for some 420 children. In the daytime it is "
          "the Community Learning Service: ESOL and family learning classes and, since 2004, a support group "
          "for families of children with special educational needs, the Sabr Circle. Many of our madrasa teachers are also teachers in the "
          "town's schools, and three of them are now SENCOs.")
p = para(doc, "The Award is a partnership of three. The Centre organises and hosts the course, employs two of "
              "the tutors and keeps the records. The five schools of the Ashworth Cross Schools' Inclusion "
              "Partnership (Ravenscliffe Primary, St Columba's RC Primary, Moorside Infant, Ashworth Cross "
              "High School and Hollin Bank Special School) provide the school-based part and most of the "
              "mentors. The University of Ravensholme validates the Award as its Postgraduate Certificate in "
              "Special Educational Needs Coordination, sets its regulations, and awards the certificate. The "
              "Award carries 60 credits at Level 7 of the framework for higher education qualifications, "
              "and the credits can count towards the University's MA in Inclusive Education.")
fn.add(p, "University of Ravensholme, Validation Panel report PG/EDU/0817, 2 July 2008: approved for five years "
          "from September 2008, subject to TDA approval.")
para(doc, "We ran a pilot of ten days for eleven teachers in 2007-08, before the national Award existed. Where "
          "this Companion speaks of the pilot year it describes what we did then, not what we shall do now.")
rich(doc, [("Idris Patel", dict(b=True)), ", Mudir (Head of Centre)"])

# ------------------------------------------------------------------ how to read
doc.add_heading("How to read this Companion", level=1)
para(doc, "Each Bab has three kinds of paragraph, and we ask the reader to keep them apart as our students do.")
rich(doc, [("Hukm", dict(b=True)), " (the ruling) sets out the rule as it is written. In this edition the Hukm is "
           "the TDA's own requirement for that part of the Award, put into our words so that our teachers "
           "know what is asked. It is not a description of what we do."], indent=0.6)
rich(doc, [("Ada'", dict(b=True)), " (performance) is how we perform the rule: what actually happens on the "
           "Award."], indent=0.6)
rich(doc, [("Lahn", dict(b=True)), " (error) names the mistakes: things we do not do, and things we did in the "
           "pilot year and have stopped."], indent=0.6)
para(doc, "Our own words for the people and parts of the Award are these.")
t = table(doc, 12, 2, widths=[4.0, 12.5])
terms = [
    ("Term", "What it means on the Award"),
    ("Talib (plural Tullab)", "A teacher taking the Award."),
    ("Mu'allim (plural Mu'allimun)", "A tutor of the Centre or of the University."),
    ("Sami' (the Listener)", "An experienced SENCO in a partner school who listens to a Talib's practice in "
                             "school, once every half term, and talks it through with the Talib, as a "
                             "student of recitation reads to a listener who corrects."),
    ("Majlis (plural Majalis)", "A taught day. There are ten."),
    ("Amal", "A task a Talib carries out in his or her own school between Majalis."),
    ("Ard", "A marked piece of work. There are three, each worth 20 credits."),
    ("Ijazah Hearing", "The final oral examination, at which the Talib presents the portfolio."),
    ("Sama' Awwal", "The first hearing: the assessment of a Talib's needs before Majlis 1."),
    ("Khittah", "The Talib's own plan, written after the Sama' Awwal."),
    ("Halqah", "Halqat an-Noor, the Award's area on the University's Blackboard site."),
    ("Muraja'ah", "The meeting at which the Mu'allimun compare their marking."),
]
fill_table(t, terms, header_shade="D9E7DF")

# ------------------------------------------------------------------ Bab 1
doc.add_heading("Bab 1. Al-Makharij: where the Award comes from", level=1)
para(doc, "A letter is only clear when it leaves from its proper point in the throat or mouth.")
hukm("The provision must reflect evidence about what the main stakeholders need; the application must say how "
     "stakeholders have shaped the programme and how they will take part in its evaluation and delivery.")
ada("In the spring of 2008 we wrote to all 41 schools in Ashworth Cross and asked their SENCOs and heads what "
    "a new SENCO most needed. Twenty-nine replied. The Local Authority's SEN team gave us the figures on "
    "SENCOs new to post in the town (fourteen in two years). We held two evenings with the Sabr Circle, at which 22 parents told us what they wanted "
    "their children's teachers to understand. The eleven teachers of the pilot year wrote to us about what "
    "had helped and what had not.")
ada("This is what they asked for, and what we changed. The schools put provision mapping at the top of their list, so "
    "Majlis 5 is now given wholly to it. The Local "
    "Authority told us that half of the new SENCOs could not be released during the school day, so the "
    "twilight route was added. The Sabr Circle parents asked that teachers understand how a family whose "
    "first language is Urdu, Punjabi or Bengali meets the language of SEN, and how a child learning English "
    "is sometimes mistaken for a child with SEN, or the other way round; that part of Majlis 7 is now led by "
    "two of the parents themselves. The pilot teachers said the written work came too late in the year, so "
    "Ard 1 is now handed in in January.")
ada("Stakeholders also take part in the Award as it runs. The head of Hollin Bank Special School teaches in "
    "Majlis 5. The Local Authority's Parent Partnership officer and two Sabr Circle parents teach in Majlis 7. "
    "SENCOs of the partner schools act as Sami'un. We would like the heads of the partner schools to join our "
    "end-of-year review in time, and we have spoken to two of them about it.")

# ------------------------------------------------------------------ Bab 2
doc.add_heading("Bab 2. Rumuz al-Waqf: the signs of stopping", level=1)
para(doc, "In the Mushaf a small sign above a word tells the reciter whether he must stop there, may stop, or "
          "must not stop. In the Jadwal at the end of this Companion we use four of these signs in the column "
          "headed Sign. Please read the Jadwal with this key.")
t = table(doc, 5, 3, widths=[1.6, 3.2, 11.7])
fill_table(t, [
    ("Sign", "Name", "What it means in the Jadwal"),
    ("م", "Lazim (necessary)", "The outcome is taught in the Majlis named and is marked in the Ard named beside "
                               "the sign (or at the Ijazah Hearing)."),
    ("ج", "Ja'iz (permitted)", "The outcome is taught and practised in the Majlis named, and the Sami' may "
                               "comment on it, but no Ard marks it."),
    ("س", "Saktah (a pause without breath)", "The outcome appears in the reading pack for the Majlis named. It "
                                              "is not taught on the day and it is not marked."),
    ("لا", "La (do not stop)", "We pass over the outcome in this edition. It is neither taught nor marked."),
], header_shade="D9E7DF")
for r in range(1, 5):
    for pp in t.cell(r, 0).paragraphs:
        pp.alignment = 1
        for rr in pp.runs:
            rr.font.size = Pt(16)

# ------------------------------------------------------------------ Bab 3
doc.add_heading("Bab 3. Al-Isti'adhah: before we begin", level=1)
para(doc, "Before reciting, the reciter seeks refuge and prepares.")
hukm("Every teacher accepted must have enough knowledge, understanding and skill to benefit and to meet the "
     "outcomes by the end. Each teacher's needs must be assessed against the outcomes before the course and used "
     "to set an individual plan and a personal set of outcomes. Prior study and experience must be taken into "
     "account and accredited. In exceptional cases an experienced candidate must be able to be assessed without "
     "the training. Every candidate must have a current enhanced CRB disclosure.")
ada("To join the Award a teacher must hold Qualified Teacher Status, must be a SENCO or have been named by the "
    "headteacher as the school's next SENCO, and must bring a letter from the headteacher agreeing to release "
    "the teacher for the Majalis and to name a Sami'. Each applicant meets the Award Leader for half an hour. "
    "Where a teacher is not yet ready, the Award Leader says what experience to gain first, writes to the headteacher with that advice, and offers "
    "a place in the following year.")
ada("Sama' Awwal. Before Majlis 1 each Talib rates himself or herself against every line of the Jadwal on the "
    "Sama' Awwal form, from 1 (new to me) to 4 (I do this now and could show it). The Talib then meets a "
    "Mu'allim for forty minutes, who tests the ratings against what the Talib describes, because a teacher may "
    "think she knows the Code of Practice when what she knows is out of date. From this the two of them write "
    "the Khittah: the lines on which the Talib will work hardest, the Majalis where the Talib may do less, the "
    "focus of each Ard, and up to three outcomes of the Talib's own beyond the Jadwal. The Khittah is looked at "
    "again at each half-termly meeting with the Sami'.")
ada("The fee is £950, below the University's own certificate, because the Centre gives its rooms and "
    "library without charge, and the Local Authority pays half the fee for teachers in Ashworth Cross schools. "
    "Because the Khittah lets a Talib spend less time on what he or she already does well, the days go where "
    "they are most needed, and the Mu'allim gives each Talib two tutorials of an hour, placed where the "
    "Khittah says they will help most.")
inserted_para(doc, "A Talib who already holds credit at Level 7 from earlier study in special educational needs "
                   "may claim up to 20 credits of the Award through the University's procedure for the "
                   "Accreditation of Prior Learning, and a Talib with long experience may claim the same through a "
                   "portfolio mapped to the Jadwal. The Award Leader advises on each claim and the University's "
                   "APL Panel decides it before Majlis 2. Where a claim succeeds, the Ard it replaces is not "
                   "written.", author=ED, date="2008-07-09T16:40:00Z", lead="Prior learning. ")
p = ada("Checks. Every Talib is a serving teacher whose school has already made the checks the law requires. "
        "These checks are the school's business, and the Centre does not ask to see them.")
comment(doc, p.runs[-1], "Brother Yusuf says the madrasa checks its own teachers' CRB every three years - should "
                         "we say the same for Tullab? (MH)", author=ED, initials="MH")
lahn("We are sometimes asked whether a teacher who already does the work of a SENCO may come straight to the "
     "Ijazah Hearing without the Majalis. In this edition there is no such route: every Talib takes the Majalis. "
     "The Al-Hikmah Institute in Brindlecote offers a route of this kind with another university; we have no "
     "arrangement with it and cannot accept its candidates.")

# ------------------------------------------------------------------ Bab 4
doc.add_heading("Bab 4. Ahkam an-Nun: four ways of taking the Award", level=1)
para(doc, "A silent Nun is read clearly (Izhar), merged (Idgham), changed (Iqlab) or hidden (Ikhfa). We use "
          "the four names for the four ways of taking the Award.")
hukm("The course must be delivered flexibly: different start times, parts in a different order, different modes. "
     "Where e-learning is used, participants must have direct support from tutors and peers, support between "
     "face-to-face sessions, and effective use of ICT for teaching and for communication between all concerned.")
ada("Izhar: the Saturday route. The ten Majalis are held on Saturdays at the Centre, from 9.30 to 3.30, between "
    "September and June. Most Tullab take this route.")
text_box(doc, [
    ("A word to Tullab", True),
    ("Idgham: the twilight route. Each Majlis is also given as two twilight sessions (4.15 to 7.15) at "
     "Ashworth Cross High School in the same fortnight as the Saturday.", False),
    ("Iqlab: the January start. A Talib may start in January, taking Majalis 6 to 10 first and Majalis 1 to 5 "
     "in the autumn that follows.", False),
    ("A Talib may move between the Saturday and twilight routes from one Majlis to the next, by telling the "
     "Centre office a week before.", False),
], width_cm=15.5, height_cm=5.2, fill="F3F8F5")
p = ada("Ikhfa: the Halqah. Halqat an-Noor, on the University's Blackboard site, carries the slides, readings "
        "and an audio recording of every Majlis within two days, so a Talib who misses a day can catch up, and "
        "Tullab hand in their Ard pieces there. Between Majalis a Talib may post a question in the Halqah and a "
        "Mu'allim answers it within three working days. The Centre emails each Sami' and each headteacher "
        "through the Halqah's mailing list after every Majlis with the Amal set that day.")
del_run(p, " Tullab can also talk to one another in the Halqah's discussion room, which a Mu'allim looks in on "
           "each week.", author=ED, date="2008-07-09T16:52:00Z")
lahn("The Halqah has no discussion room for Tullab in this edition; questions go to the Mu'allim alone. There "
     "is no full-time route.")

# ------------------------------------------------------------------ Bab 5
doc.add_heading("Bab 5. Al-Madd: the length of the recitation", level=1)
hukm("The programme must focus, in its aims, content and assessment, on raising the achievement and well-being "
     "of pupils with SEN and disabilities; reflect recent research, inspection evidence and new developments; "
     "develop understanding of law and policy; and develop the skills of consulting pupils, working with "
     "colleagues and working with parents and carers.")
ada("The aim of the Award is that the pupils with special educational needs and disabilities in each Talib's "
    "school achieve more and are safer, healthier and happier: we use all five outcomes of Every Child Matters, "
    "not only test results. Each Majlis begins from a pupil's story, each Amal and Ard is set in the Talib's "
    "work for pupils in his or her own school, and Ard 1 ends with what changed for the pupil.")
t = table(doc, 12, 4, widths=[1.6, 2.6, 4.2, 8.1])
merge_row(t, 0, "The ten Majalis, 2008-09 (Saturday dates; the twilight pair falls in the same fortnight)",
          shade="1F4E3D", size=10)
for c in t.rows[0].cells[:1]:
    for r_ in c.paragraphs[0].runs:
        r_.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
majalis = [
    ("Majlis", "Date", "Title", "What happens"),
    ("1", "20 Sep 2008", "Bismillah: the SENCO's place",
     "The role of the SENCO in the Code of Practice; Every Child Matters and what the five outcomes mean for "
     "pupils with SEN; the Khittah. (Majlis 1 falls in Ramadan; lunch is served for those not fasting.)"),
    ("2", "11 Oct 2008", "The law and the Code",
     "The SEN Code of Practice (2001), Part 4 of the Education Act 1996, the Special Educational Needs and "
     "Disability Act 2001, the Disability Discrimination Act 1995 and 2005 and the disability equality duty, "
     "Removing Barriers to Achievement (2004); what each asks of the school, the SENCO and the governors."),
    ("3", "8 Nov 2008", "Knowing the child",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs (with the Bercow Review, 2008); autistic spectrum disorders; moderate "
     "learning difficulties; bilingual learners and SEN."),
    ("4", "29 Nov 2008", "Seeing, measuring, planning",
     "Identifying pupils who may have SEN from observation and data; setting targets; planning and reviewing "
     "interventions; using reports from psychologists, therapists and advisory teachers; tracking with "
     "national test results and P scales; helping class teachers use assessment for learning with these pupils; "
     "using ICT, including Clicker and symbol software, to remove barriers."),
    ("5", "10 Jan 2009", "The provision map",
     "Provision mapping and management; finding provision that is missing or does not work; reviewing "
     "provision with colleagues; the reading pack on teaching assistants. Taught with the head of "
     "Hollin Bank Special School."),
    ("6", "7 Feb 2009", "The pupil's voice",
     "Consulting children and young people; Talking Mats and other ways of hearing pupils who speak little; "
     "pupils in their own reviews and target setting."),
    ("7", "7 Mar 2009", "Families and agencies",
     "Working with parents and carers, with the Parent Partnership officer and two Sabr Circle parents; "
     "educational psychology, speech and language therapy, CAMHS and the Common Assessment Framework; "
     "what each agency does and how to get its help."),
    ("8", "28 Mar 2009", "Leading colleagues",
     "Winning the commitment of the headteacher and senior leaders; observing teaching and giving feedback; "
     "coaching and modelling; planning a staff training session; time, priorities and delegation."),
    ("9", "9 May 2009", "Strategy and self-evaluation",
     "Working with senior leaders and governors on an inclusive ethos, policy and the use of resources; school "
     "self-evaluation and the SEF; evaluating provision with staff."),
    ("10", "20 Jun 2009", "Al-Khatm",
     "Presentations of Ard 2; next steps; the Ijazah Hearings are held the following week."),
]
fill_table_offset = 1
for r, row in enumerate(majalis):
    for c, val in enumerate(row):
        cell_text(t.cell(r + 1, c), val, b=(r == 0), size=9.5, shade=("D9E7DF" if r == 0 else None))
ada("Law and policy are taught in Majlis 2 and come back in every Majlis after it. Consulting pupils is the "
    "whole of Majlis 6, and each Talib then holds a structured conversation with two pupils about their "
    "provision as an Amal and writes it into Ard 1. Advising and supporting colleagues, inside the school and "
    "beyond it, is the work of Majlis 8 and of Ard 2. Working in partnership with parents and carers is taught "
    "in Majlis 7, and in Ard 1 the Talib plans and holds a review meeting with a pupil's parents or carers and "
    "reflects on it.")
p = ada("Each Majlis has a reading pack drawn from the books and journals in the Centre's library, and the "
        "Mu'allimun keep the packs current.")
fn.add(p, "For example Ofsted, Inclusion: does it matter where pupils are taught? (2006), which the pilot year "
          "read.")
lahn("The packs do not yet include inspection evidence. We plan to add Ofsted's recent reports on special "
     "educational needs to the packs from 2009-10.")

# ------------------------------------------------------------------ Bab 6
doc.add_heading("Bab 6. Al-Qalqalah: the echo in school", level=1)
para(doc, "Qalqalah is the slight echo when certain letters rest.")
hukm("The programme must make strong links to effective practice in schools, with practical activity in a school "
     "tied to the outcomes, and enable participants to make an impact on practice. Participants must have access "
     "to a range of specialist expertise and to high-quality placements.")
ada("Every Majlis ends with an Amal, a task in the Talib's own school tied to named lines of the Jadwal: for "
    "example after Majlis 5 the Talib draws the school's provision map for one year group and marks where "
    "provision is missing or is not working. The Talib brings the Amal to the next Majlis and to the Sami'. "
    "Ard 2 is a change that the Talib leads in the school, over at least a term, and the Talib must show what "
    "changed in colleagues' practice.")
ada("Specialist expertise comes to the Majalis: an educational psychologist and a speech and language therapist "
    "from the Local Authority teach in Majlis 4 and Majlis 7, the head of Hollin Bank in Majlis 5, and a "
    "specialist teacher for dyslexia in Majlis 3. A visit to Hollin Bank Special School is arranged where the "
    "school can take visitors that term; in the pilot year it could not.")

# ------------------------------------------------------------------ Bab 7
doc.add_heading("Bab 7. Al-Ghunnah: those who hold the sound", level=1)
hukm("Staff must be suitably qualified and experienced, with up-to-date specialist knowledge. There must be "
     "enough specialist teaching resources, including ICT. Everyone involved in delivery and assessment must "
     "understand their role and be able to carry it out.")
t = table(doc, 5, 3, widths=[4.2, 3.8, 8.5])
fill_table(t, [
    ("Mu'allim", "Part on the Award", "Qualifications and experience"),
    ("Dr Amina Qureshi", "Award Leader; Majalis 1, 2, 9; Ard 1", "Senior Lecturer in Inclusive Education, "
     "University of Ravensholme; SENCO in two primary schools for eleven years; PhD on bilingual pupils with SEN "
     "(2005)."),
    ("Mrs Helen Garside", "Majalis 3, 4, 8; Ard 2", "Formerly Senior Adviser for SEN, Ashworth Cross LA; MA "
     "(SEN); OCR Diploma in Specific Learning Difficulties; runs the LA's SENCO network."),
    ("Mr Tariq Mahmood", "Majalis 6, 7; Ard 3", "Educational psychologist (chartered, British Psychological Society), working "
     "three days a week for the LA; madrasa teacher at the Centre."),
    ("Mrs Shabana Akhtar", "Majlis 5; Sami' lead", "SENCO, Ashworth Cross High School, for nine years; NPQH "
     "2007."),
], header_shade="D9E7DF", size=9.5)
para(doc, "")
ada("The Mu'allimun from the Centre attend the University's induction for associate tutors and its annual "
    "assessment day, and each keeps a record of her or his own SEN reading and training, which the Award Leader "
    "sees in July.")
ada("The Sami' is an experienced SENCO in a partner school and needs no briefing from us; he or she knows the "
    "work, and each meets the Talib every half term.")
ada("Resources. The Centre's library holds some 600 books and the main journals on special educational needs, and a collection of assessment materials that Tullab "
    "may borrow. The ICT suite has fifteen computers with Clicker 5, Widgit symbol software, text-to-speech and "
    "a loan kit of assistive technology (a switch-access laptop, a portable word processor and a reading pen). "
    "Each Talib is a member of the University library and has an Athens login for its electronic journals.")

# ------------------------------------------------------------------ Bab 8
doc.add_heading("Bab 8. Al-Ard: reciting to the teacher", level=1)
para(doc, "A student is not a reciter until the teacher has heard him.")
hukm("Participants must be assessed rigorously against all of the outcomes, and only those who have shown every "
     "minimum outcome may be awarded the qualification. Assessment must be consistent, reliable and accurate, "
     "and moderated.")
ada("Ard 1, the Pupil Study (20 credits, 4,000 words, handed in 23 January 2009). The Talib follows one pupil "
    "with SEN for a term: how the need was identified, the reports of other professionals, the targets and the "
    "plan, the pupil's own views and the parents' or carers', a review meeting, and what changed for the pupil.")
ada("Ard 2, the Change (20 credits, 4,000 words with evidence, presented at Majlis 10). The Talib leads a change "
    "in the school's provision for pupils with SEN: an audit using the provision map, training, coaching or "
    "observing colleagues, and an evaluation of the change made with the staff concerned.")
ada("Ard 3, the Paper (20 credits, 4,000 words, handed in 8 May 2009). A critical review of the research on one "
    "area of SEN chosen in the Khittah, ending with a paper for the school's senior leaders and governors on "
    "the policy, priorities and resources the school should adopt, which must show the Talib's grasp of the law "
    "on SEN and on disability equality.")
ada("The Ijazah Hearing. The Talib presents the portfolio to two Mu'allimun and a Sami' for twenty minutes and "
    "answers questions for twenty more. It is passed or not passed.")
ada("Every Ard is marked by one Mu'allim against the University's Level 7 criteria and the lines of the Jadwal "
    "it names, and one piece in four, and every piece near the pass mark, is second marked by another. At the "
    "Muraja'ah each term the Mu'allimun mark three pieces together before marking the rest. The University's "
    "External Examiner, Professor Ruth Alderton of the University of Marlbridge, reads a sample of every Ard and "
    "attends the Ijazah Hearings, and the University's Board of Examiners confirms every result.")
ada("The Ijazah is the University's certificate. It is granted to a Talib whose three Ard pieces together "
    "average 50 per cent, with no piece below 40 per cent, and who passes the Ijazah Hearing; a weaker Ard may "
    "be carried by a stronger one.")

# ------------------------------------------------------------------ Bab 9 (Adab)
doc.add_heading("Bab 9. Adab at-Tilawah: the manners of the gathering", level=1)
hukm("The programme must comply with the duties of equalities law so that everyone can take part fully, making "
     "reasonable adjustments for disabled candidates and participants.")
ada("The Award is open to teachers of every faith and none; about half of the pilot year were not Muslim. The "
    "Centre's Equality Scheme, written in 2007 to meet the disability equality duty and the Race Relations "
    "(Amendment) Act 2000, covers the Award. The application form asks every applicant, in plain words, whether "
    "they have a disability or need that we should know about, and says why we ask; the Award Leader then "
    "agrees any adjustment with the Talib before Majlis 1. Adjustments we have made or have ready include "
    "papers in large print or on coloured paper, a British Sign Language interpreter, recorded feedback on Ard "
    "pieces in place of written, extra time for the Ijazah Hearing, and a Majlis moved to the ground floor. The "
    "Centre has a lift, accessible toilets and a quiet room, and the same adjustments are made for Tullab on the "
    "Hollin Bank visit and at the twilight venue. Our leaflet for the Award is printed in large type, and the prayer "
    "room is open to those who wish to use it; no one is asked to.")

# ------------------------------------------------------------------ Bab 10 (Lahn / QA)
doc.add_heading("Bab 10. Al-Lahn: finding our own errors", level=1)
para(doc, "A reciter who does not listen for his own errors repeats them.")
hukm("Providers must use a range of internal and external evaluation, show how the evidence improves the "
     "programme, and show how they evaluate its quality, standards and impact on participants' competence and "
     "confidence and on the achievement of pupils.")
ada("Internal. Every Talib fills in a short form at the end of each Majlis. The Mu'allimun meet after each "
    "Majlis to read the forms, and each term to review the Amal and the marking.")
ada("External. The External Examiner writes a report each year; the University's annual monitoring asks for "
    "our response to it and to the Tullab's forms.")
ada("What happens to it. Each July the Award Committee reads all of this and writes an action plan of changes "
    "for the next year, which goes to the University's School Board and is told to the next Tullab in Majlis 1. "
    "The changes made after the pilot year (Bab 1) came this way.")
ada("Impact. Each Talib answers a questionnaire on his or her confidence in each area of the Jadwal at the Sama' "
    "Awwal and again at the Ijazah Hearing, and the Award Committee compares the two. The Ard pieces are "
    "marked for what the Talib did, not as a measure of the Award's effect, and we do not at present "
    "gather anything on the achievement of the Tullab's pupils; we hope to ask the partner schools for it.")

# ------------------------------------------------------------------ Bab 11 Khatm
doc.add_heading("Bab 11. Al-Khatm: the completion", level=1)
para(doc, "At the completion of a recitation the reciter does not stop reading; he begins again.")
hukm("Participants who complete the programme must be helped to consider further professional targets.")
ada("In Majlis 10 each Talib writes a Next Recitation plan on the Centre's planning sheet: three professional "
    "targets for the year after the Award, the support each needs, and the course or reading that would help. "
    "The Mu'allim talks each plan through with the Talib, and the Talib takes it to the headteacher or line "
    "manager for the school's performance management review. The Award Leader explains the routes on to the "
    "University's MA in Inclusive Education and the LA's SENCO network.")

# ------------------------------------------------------------------ Jadwal (landscape)
landscape_section(doc)
doc.add_heading("Al-Jadwal: the outcomes of the Award", level=1)
para(doc, "Every line a Talib must reach, in our words, with the Majlis where it is taught and its sign. Read "
          "the Sign column with the key in Bab 2.", i=True)
rows = [
    ("Code", "Outcome (in our words)", "Majlis", "Sign"),
    ("G", "Sifat: what the SENCO is", None, None),
    ("S-1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with "
            "their parents and carers", "6, 7", "م Ard 1"),
    ("S-2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for these "
            "pupils", "8", "م Ard 2"),
    ("S-3", "Sets priorities, manages time, and delegates tasks, checking they are carried out", "8", "ج"),
    ("S-4", "Foresees and resolves problems and makes well-founded decisions on provision", "5", "م Ard 2"),
    ("S-5", "Speaks and writes clearly; listens to and understands the views of others", "1, 10",
     "م Ijazah Hearing"),
    ("S-6", "Uses research and outside advice to improve own and colleagues' practice", "3, 9", "م Ard 3"),
    ("S-7", "Keeps up to date and takes charge of own CPD in SEN and disability", "10", "ج"),
    ("G", "Ma'rifah: what the SENCO knows", None, None),
    ("M-1", "SEN law and guidance, the Code of Practice, what they mean for the school, the SENCO and others, "
            "and how to put them into practice", "2", "م Ard 3"),
    ("M-2", "Every Child Matters: its principles and five outcomes, and the SENCO's part in them", "1, 2",
     "م Ard 1"),
    ("M-3", "Disability equality law and what it requires the school to do for disabled pupils", "2", "م Ard 3"),
    ("M-4", "How children develop, and how SEN, disability and surroundings affect development",
     "Brought from initial teacher training", "لا"),
    ("M-5", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
            "they affect learning", "3", "م Ard 1"),
    ("M-6", "A critical grasp of approaches, strategies and resources (including ICT) for assessment, planning, "
            "teaching and learning that remove barriers and personalise provision", "4, 5", "م Ard 1, Ard 2"),
    ("M-7", "Principles of school self-evaluation and improvement for pupils with SEN", "9", "ج"),
    ("M-8", "Best practice and research in meeting special educational needs", "3, 9", "م Ard 3"),
    ("M-9", "What external agencies do and how to get specialist support and resources", "7", "م Ard 1"),
    ("G", "Maharat: what the SENCO does", None, None),
    ("H-1", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and use of "
            "resources", "9", "م Ard 3"),
    ("H-2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
            "progress", "4", "م Ard 1"),
    ("H-3", "Uses assessments by other professionals to shape teaching", "4, 7", "م Ard 1"),
    ("H-4", "Uses summative assessment and national tests to track progress and change programmes", "4", "ج"),
    ("H-5", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "4, 8",
     "م Ard 2"),
    ("H-6", "Uses provision mapping to plan provision and find provision that is missing or ineffective", "5",
     "م Ard 2"),
    ("H-7", "Deploys and manages staff, including teaching assistants", "5", "س"),
    ("H-8", "Supports colleagues' development: observing and feedback, modelling, coaching, training", "8",
     "م Ard 2"),
    ("H-9", "Reviews and evaluates provision with colleagues to inform self-evaluation", "5, 9", "م Ard 2"),
    ("H-10", "Involves pupils in planning, agreeing and reviewing their provision", "6", "م Ard 1"),
    ("H-11", "Works with parents and carers to promote their children's learning", "7", "م Ard 1"),
    ("H-12", "Works in partnership with other services and voluntary organisations",
     "Tullab are welcome at the Ashworth Cross Children's Centre's multi-agency day, which is not part of the "
     "Award", "لا"),
]
t = table(doc, len(rows), 4, widths=[1.6, 15.0, 5.4, 3.4])
repeat_header(t.rows[0])
h5_cell = None
for r, row in enumerate(rows):
    if row[0] == "G":
        merge_row(t, r, row[1], shade="D9E7DF", size=10)
        continue
    for c, val in enumerate(row):
        cell_text(t.cell(r, c), val, b=(r == 0), size=9.5, shade=("1F4E3D" if r == 0 else None),
                  color=("FFFFFF" if r == 0 else None))
    if row[0] == "H-5":
        h5_cell = t.cell(r, 1)
comment(doc, h5_cell.paragraphs[0].runs[0],
        "Exam access arrangements (special arrangements for SATs and GCSEs)? Not in any Majlis yet - leave out "
        "for now? (HG)", author="Helen Garside", initials="HG")
para(doc, "")
para(doc, "Signed for the Centre: Idris Patel, Mudir.   Signed for the University: Professor Colin Aske, Head of "
          "the School of Education.", size=10)

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
