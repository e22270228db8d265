"""mb-02-wrenscombe-guarantee-booklet

Provider (invented): Wrenscombe Harness and Leather College, beside the Gatcombe oak-bark tannery, Brendon Vale, a
college of saddlery, harness-making and leather goods, applying to run the 2008-09 National Award for SEN
Coordination, validated by the (invented) University of the South Marches, with Brendon Vale County Council.

Document kind and layout: the College sends its SENCO course to the panel as the "Care, Use & Guarantee Booklet" it
puts in the box with every saddle and bag, rewritten for the course: Thank you, What's in the box, Before you start,
Caring for your course, Our Guarantee, What our Guarantee does not cover (a list of exclusions), Repairs and
re-stitching, Who made your course, Where your course comes from, Your Stitch Record, Terms. Heading 1 styles for the
booklet's sections, bold Normal sub-titles, bulleted lists. The outcomes are in "Your Stitch Record", a table whose
"Marked in" and "Taught on" columns use values defined only in a text box ("How to read your Stitch Record") several
sections above: "Tacked" (looked at by the tutor at the bench, not marked), "Stamped only" (marked in a Piece, taught on
no Bench Day), "Not on the pattern". Group rows merged and shaded. A registration panel with a checkbox. Header and
footer. Two Word comments. Tracked changes: a deleted table row in the Stitch Record, an inserted phrase. A second
text box: "Other courses from the bench".

Traps (requirement ids):
- Credits are a placeholder "[credits to be confirmed]" at masters level (E.2 partially_met); a comment saying the
  University says 60 is not evidence. Validation by the University is stated (E.1 met).
- "The course is built on the latest research and inspection findings" with nothing named (1.3 partially_met).
- Exclusions: "we do not accredit prior study or experience" (2.1 not_met); the APEL of the College's Level 3 Diploma
  in Harness Making in the "Other courses from the bench" text box is another programme's (2.1 stays not_met).
- Exclusions: working with colleagues beyond the school "is not covered" (1.6 partially_met; within school present).
- Exclusions: after the certificate "we do not set or review your next professional targets"; only the Onward leaflet
  (2.5 partially_met).
- No computer suite; a shelf of books in the tannery library (5.6 partially_met).
- "We will always do our best to accommodate" disabled participants, a first-floor room with no lift, no arrangement
  (3.1 partially_met).
- "There is no online part to the course" (3.3 not_applicable); two starts, either order, Thursday or Saturday strand
  (the Saturday strand is a tracked insertion, part of the submission) (3.2 met).
- Stakeholders' say in the course only in general terms (4.2 partially_met) though the survey findings and what the
  course does about them are concrete (4.1 met); heads, parents and former participants involved in evaluation (4.3
  met).
- Marking by the Bench Tutor only; "The appointment of an external examiner is pending"; a comment naming an
  examiner is not evidence (5.8 partially_met).
- "We have not yet decided how we will measure the difference the course makes" (5.9 not_met); Bench Day cards and
  reviews give 5.1.
- CRB: a tick-box on the registration panel is not evidence by itself, but the College's prose says it checks each
  disclosure with the CRB before the first Bench Day (5.3 met).
- Award "when you have passed all three Pieces" with no rule about the outcomes, while some outcomes are only
  "Tacked" (6.0 partially_met, 1.9 partially_met).
- The Stitch Record: "Tacked" rows (6.A6, 6.K8, 6.S5, 6.S6) and "Stamped only" (6.S2b) are partially_met; school
  self-evaluation is "Not on the pattern" and the College's own self-evaluation report is the wrong thing (6.K7
  not_met); the special-arrangements row is a deleted tracked row, and the only other "access arrangements" are for
  the participants' own Pieces (6.S2d not_met).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _mb_helpers import (para, runs, shade, set_cell, text_box, header_footer, comment, tracked_insert, delete_row,
                         word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
ED = "J. Halse"
DT = "2008-06-24T09:05:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "WRENSCOMBE  |  Care, Use & Guarantee Booklet  |  SENCO Award Course  |  Edition 2008-09",
              "Every Wrenscombe course is guaranteed for the life of the certificate.  Gatcombe Lane, Brendon Vale.")


def h(text):
    return doc.add_heading(text, level=1)


def sub(text):
    return para(doc, text, bold=True)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


para(doc, "WRENSCOMBE", bold=True, size=22, align="center")
para(doc, "Harness and Leather College  -  made by hand beside the Gatcombe tan-pits since 1921", italic=True,
     align="center")
para(doc, "YOUR SENCO AWARD COURSE", bold=True, size=16, align="center")
para(doc, "Care, Use & Guarantee Booklet", size=14, align="center")
para(doc, "Please keep this booklet with your course papers. It is your guarantee. (Sent to the Training and "
     "Development Agency for Schools with our application for approval to run the National Award for SEN "
     "Coordination, 2008-09.)", italic=True, size=9, align="center")

# ------------------------------------------------------------------ 1
h("1. Thank you for choosing Wrenscombe")
para(doc, "Every saddle, bridle and bag that leaves our workshop goes out with a booklet like this one, telling its "
     "owner what they have bought, how to look after it, and what we promise. Our SENCO course is made the same "
     "way, by hand, by people who have done the job, and it comes with the same booklet.")
para(doc, "The Wrenscombe SENCO Award Course is validated by the University of the South Marches as the Postgraduate "
     "Certificate in Leading SEN Coordination, carrying [credits to be confirmed] credits at masters level. The "
     "University awards the certificate and the credit; we make and deliver the course under the University's "
     "collaborative agreement.")
p = doc.paragraphs[-1]
comment(doc, p.runs[0], "Uni says 60 - but we need it in writing before this goes to print.", ED, "JH")
para(doc, "The course has one purpose: that the children and young people with special educational needs and "
     "disabilities in your school achieve more and are happier, healthier and safer for it. Its aims, its Bench "
     "Days and its three Pieces are all set against the five Every Child Matters outcomes - being healthy, staying "
     "safe, enjoying and achieving, making a positive contribution and achieving economic well-being - and not "
     "against test results alone. Each Piece asks you to show what changed for children, in learning and in "
     "well-being.")

# ------------------------------------------------------------------ 2
h("2. What's in the box")
para(doc, "Your course is made of four parts, the way a bridle is made of headpiece, cheekpieces, browband and "
     "reins.")
sub("Ten Bench Days")
para(doc, "Ten days of teaching at the College's Bench Room in the old curing loft, from 9.30 to 3.30, spread over "
     "the year. Each has a name and is listed in Your Stitch Record (section 10) against the outcomes it teaches.")
bullets([
    "Bench Day 1, The Law and the Code: the SEN Code of Practice (2001), the SEN and Disability Act 2001, the "
    "Disability Discrimination Act as it applies to schools (the disability equality duty, accessibility plans, "
    "reasonable adjustments for pupils) and Removing Barriers to Achievement.",
    "Bench Day 2, Every Child: the five Every Child Matters outcomes and the SENCO's part in them; how children "
    "develop, and how need, disability and the setting shape development.",
    "Bench Day 3, Knowing the Needs: behavioural, emotional and social difficulties, specific learning difficulties "
    "including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate "
    "learning difficulties; approaches, strategies and resources for teaching and assessment, including ICT.",
    "Bench Day 4, Finding and Following: identifying pupils, setting targets, planning interventions and reviewing "
    "progress; using other professionals' assessments; helping class teachers develop formative assessment with "
    "pupils with SEN in mind.",
    "Bench Day 5, Voices: consulting children and young people about the things that affect them, with a pupil "
    "panel from Gatcombe Brook School; involving pupils in planning and reviewing their own provision; fair and "
    "respectful relationships with pupils and families.",
    "Bench Day 6, Families: working in partnership with parents and carers, advising and supporting them, with the "
    "Brendon Vale Parent Partnership Service.",
    "Bench Day 7, Agencies: the scope and role of external agencies and how to get specialist support; working with "
    "health, social care and voluntary organisations.",
    "Bench Day 8, Leading: working with the headteacher, senior colleagues and governors on the school's inclusive "
    "ethos, policy and resources; winning colleagues' commitment; prioritising, managing time and delegating; "
    "deploying and managing teaching assistants.",
    "Bench Day 9, Mapping: provision mapping and management; spotting missing or ineffective provision; solving "
    "problems and making sound judgements about provision; reviewing provision with staff.",
    "Bench Day 10, Growing Others: coaching and mentoring colleagues, observation and feedback; drawing on research "
    "and best practice; keeping up to date and taking charge of your own CPD; speaking and writing for colleagues.",
])
sub("Yard Work")
para(doc, "Between Bench Days you carry out Yard Work in your own school: short practical tasks, each tied to the "
     "outcomes of the Bench Day before it, such as observing a pupil, drawing up a provision map or leading a "
     "review meeting with a family. Your Yard Mentor, a senior colleague in your school, signs each task off. Yard "
     "Work builds towards the Masterpiece, in which you make and evaluate a real change to your school's provision, "
     "so that the course changes practice in your school and not only on paper.")
sub("Two Visiting Days")
para(doc, "Every participant spends one day at Gatcombe Brook School (a special school for pupils with complex needs) "
     "and one day with the Brendon Vale Pupil Referral Unit, each planned with the host against your Pattern Card. "
     "Sessions on Bench Days are led with an educational psychologist, a speech and language therapist from Brendon "
     "Vale PCT and the County's autism outreach teacher.")
sub("Three Pieces")
bullets([
    "Piece 1, The Pattern: a written review (3,000 words) of your school's SEN policy against the law, the Code of "
    "Practice, Every Child Matters and the services in Brendon Vale.",
    "Piece 2, The Cut: a case study (4,000 words) of one pupil, from identification to review, with the pupil's "
    "and family's views and the tracking data.",
    "Piece 3, The Masterpiece: the change you have made in your school, written up (4,000 words) and presented to a "
    "panel of a tutor, a headteacher and a parent.",
])

# ------------------------------------------------------------------ 3
h("3. Before you start")
sub("Is this course right for you?")
para(doc, "We accept teachers who hold Qualified Teacher Status, who are SENCOs or will be by the first Bench Day, and "
     "whose headteacher signs the application. Every applicant takes a short written task and an interview, which "
     "show whether you have enough knowledge, understanding and skill to reach all the outcomes by the end of the "
     "year. If you are not ready yet, we will tell you what to do to get ready, agree it with your headteacher, and "
     "keep a place for you on the next start.")
sub("The Fitting")
para(doc, "Before Bench Day 1 you and your tutor spend a morning on the Fitting. You rate yourself against every "
     "outcome in Your Stitch Record, your tutor checks the ratings with you and with your headteacher's statement, "
     "and together you write your Pattern Card: your own training plan, naming the outcomes you need to work on "
     "hardest, the Bench Day options and Yard Work you will do, the focus of your Masterpiece, and your own "
     "personal outcomes for the year. Your Pattern Card is reviewed with your tutor at the half-way tutorial.")
sub("Register your course")
para(doc, "Return the registration slip with your application.")
reg = doc.add_table(rows=4, cols=2)
reg.style = "Table Grid"
m = reg.cell(0, 0).merge(reg.cell(0, 1))
set_cell(m, "REGISTRATION SLIP", bold=True)
shade(m, "D8C7A8")
set_cell(reg.cell(1, 0), "Name and school")
set_cell(reg.cell(1, 1), "")
set_cell(reg.cell(2, 0), "\u2610 I hold a current enhanced CRB disclosure")
set_cell(reg.cell(2, 1), "Disclosure number:")
set_cell(reg.cell(3, 0), "Headteacher's signature")
set_cell(reg.cell(3, 1), "")
para(doc, "")
para(doc, "We check the disclosure number you give us with the Criminal Records Bureau before your first Bench Day, "
     "and ask your headteacher to confirm that you are not barred from work with children and that your school "
     "has no concerns. No one takes part in a Visiting Day or Bench Day 5 until the check is complete.")
sub("The Ready-Made route")
para(doc, "In exceptional circumstances an experienced SENCO, or a teacher from an SEN support service, who already "
     "meets the outcomes may take the Ready-Made route: no Bench Days, but a portfolio of evidence mapped to every "
     "outcome in Your Stitch Record, the Masterpiece presentation and a professional discussion, assessed against "
     "all the outcomes by two tutors. The fee for the Ready-Made route is £450.")

# ------------------------------------------------------------------ 4
h("4. Caring for your course")
sub("Fitting it round your work")
p = para(doc, "There are two starts a year, in September and in February. The three Pieces can be made in any order, "
         "and the Bench Days run as a Thursday strand")
tracked_insert(p, " and a Saturday strand for those who cannot be released on Thursdays", ED, DT)
p.add_run(". You may move between strands, and pause for up to a year if your circumstances change. The course is "
          "part-time throughout.")
para(doc, "There is no online part to the course: everything happens at the bench, in your school, or on paper by "
     "post.")
sub("If you have a disability")
para(doc, "We will always do our best to accommodate participants with disabilities. Please tell us on your "
     "application if there is anything we should know. The Bench Room is up a flight of stairs in the old curing "
     "loft and there is no lift.")
sub("Fees")
para(doc, "The fee is £1,350, of which Brendon Vale County Council pays half for teachers in its schools. Groups are "
     "of ten, and the Fitting means your tutorials go where you need them: a participant who needs more on one "
     "Bench Day's outcomes gets up to three extra tutorials, and one who is already strong there can swap the "
     "Bench Day for a directed Yard Work task.")

text_box(doc, [
    "HOW TO READ YOUR STITCH RECORD",
    "Your Stitch Record (section 10) lists every outcome of the course. \"Taught on\" names the Bench Day that "
    "teaches it. \"Marked in\" names the Piece that marks it.",
    "Tacked: your tutor looks at it with you at the bench and talks it through, but it is not marked in any Piece.",
    "Stamped only: it is marked in a Piece, but no Bench Day teaches it.",
    "Not on the pattern: it is not part of this course.",
], height_emu=1700000)

sub("Looking after your Pieces")
para(doc, "A good piece of harness is cut once and stitched slowly. Start each Piece early: the Pattern is best begun "
     "after Bench Day 2, the Cut once you have chosen your pupil with your Yard Mentor, and the Masterpiece as soon as "
     "your headteacher has agreed the change you will make. Your tutor reads one plan for each Piece and talks it "
     "through with you at a tutorial, so that nothing is cut the wrong way.")
para(doc, "For the Cut, choose a pupil you will work with all year, and ask the pupil and the family early whether "
     "they are willing; their views are part of the Piece, and the Cut shows how you gathered them and what you did "
     "with them. For the Masterpiece, choose a change that matters to your school, not one that looks good on "
     "paper: a new reading intervention, a fresh provision map, a different way of running annual reviews, a new "
     "pattern of work for teaching assistants. You will plan it, put it in place, and judge "
     "whether it made a difference to the children.")
para(doc, "Keep everything in your Yard Book, the stiff-backed notebook we give you at the Fitting: notes from each "
     "Bench Day, your Yard Work tasks with your Yard Mentor's signature, and your tutor's comments. Bring it to "
     "every Bench Day and every tutorial. Like a saddler's order book, it is the record that the work was done.")
sub("Questions we are often asked")
para(doc, "Do I need to know anything about leather? No. The workshop is next door, and you are welcome to watch the "
     "saddlers at lunchtime, but the course is about your school and its children. Can my headteacher come? Yes: "
     "headteachers are invited to the Masterpiece presentations and to the first half of Bench Day 8. Where do I "
     "park? In the tannery yard, by the bark stack; please keep clear of the loading bay on Thursdays, when the "
     "hides come in.")

# ------------------------------------------------------------------ 5
h("5. Our Guarantee")
para(doc, "Every Piece is marked by your Bench Tutor, who holds the marking scheme. The appointment of an external "
     "examiner is pending. Results are confirmed by the University's Board of Examiners.")
p = doc.paragraphs[-1]
comment(doc, p.runs[0], "Dr Moss accepted on 3 June - can we say so and add double marking?", ED, "JH")
para(doc, "We check the course as carefully as we check a hide. You fill in a Bench Day card after every Bench Day; "
     "each Visiting Day host and each Yard Mentor sends us a report; there is an end-of-course review with every "
     "group; the Steering Group of three headteachers, the Council's SEN adviser and a parent meets each term; and "
     "the University reviews the course every year. Each July the Course Leader writes an improvement plan from "
     "all of these and the Steering Group agrees it; the changes are printed in the next edition of this booklet.")
para(doc, "How do we know the course works? We read every Bench Day card. We have not yet decided how we will "
     "measure the difference the course makes to participants or to their pupils.")

# ------------------------------------------------------------------ 6
h("6. What our Guarantee does not cover")
para(doc, "As with our saddles, some things are outside the guarantee:")
bullets([
    "Prior learning: we do not accredit prior study or experience; every participant completes every Piece.",
    "Colleagues beyond your school: the course works within your own school, with your own staff; working with "
    "SENCOs in other schools and with outreach teams beyond the school is not covered.",
    "After-care: once your certificate is issued our guarantee ends, and we do not set or review your next "
    "professional targets, which are a matter for you and your headteacher. We send every new holder the Onward "
    "leaflet listing the University's MA modules.",
    "Computers: we do not have a computer suite. The tannery library keeps a shelf of SEN books for participants.",
])

# ------------------------------------------------------------------ 7
h("7. Repairs and re-stitching")
para(doc, "If a Piece does not pass, your tutor meets you within two weeks, shows you where the stitching has gone, "
     "and you may resubmit once. If you fall behind, a catch-up tutorial is booked for you. Access arrangements for "
     "your own Pieces - extra time, a reader, a scribe, coloured paper - are agreed at the Fitting.")

# ------------------------------------------------------------------ 8
h("8. Who made your course")
para(doc, "The Course Leader, Mrs Joan Halse MA (SEN), was SENCO of a Brendon Vale comprehensive for eleven years and "
     "is a specialist leader for the County's SEN Support Service. Mr Tom Pryer, an advanced skills teacher for "
     "inclusion and a member of NASEN, teaches Bench Days 3, 4 and 9. Dr Clare Nettleship, a senior educational "
     "psychologist, teaches Bench Days 2 and 7. Each tutor spends at least one day a term in schools and attends "
     "the County's SENCO network.")
para(doc, "Every tutor has the Tutor Handbook and attends a standardisation day in September. Yard Mentors attend "
     "a half-day briefing at the College before Bench Day 1 and have the Yard Mentor Guide, which sets out what "
     "they sign off and how; Visiting Day hosts are briefed by the Course Leader.")

# ------------------------------------------------------------------ 9
h("9. Where your course comes from")
para(doc, "Our hides come from farms within thirty miles and are tanned in oak bark from Gatcombe Wood. Our course "
     "comes from nearer still. In 2007 we asked every school in Brendon Vale what its new SENCOs needed: 48 schools "
     "replied. They asked for work on the law after the 2001 Code, on provision mapping, on families and on "
     "leading teaching assistants; and the Parent Partnership Service asked that pupils' and parents' own voices "
     "be heard on the course. That is why the course has Bench Days 5, 6 and 9 and a parent on the Masterpiece "
     "panel.")
para(doc, "Schools, parents and the Council have had a real say in how the course was made.")
para(doc, "Headteachers on the Steering Group read the end-of-course reviews and the examiners' results each year; "
     "the Parent Partnership Service sits on the Steering Group and a parent sits on each Masterpiece panel; Yard "
     "Mentors and Visiting Day hosts report on every participant; and each cohort's former participants come back "
     "to speak on Bench Day 10 and to tell us what has stayed with them a year on.")
para(doc, "The course is built on the latest research and inspection findings.")
para(doc, "We keep our own house in order too. Each year the College writes its own self-evaluation report for the "
     "University and for Ofsted, setting out how the College's courses have done and what it will improve.")

# ------------------------------------------------------------------ 10
h("10. Your Stitch Record")
para(doc, "Your tutor signs each line as you go.")
S = [
    ("A", "Attributes"),
    ("", "Fair, respectful and constructive relationships with pupils with SEN and their families", "Bench Day 5", "Piece 2"),
    ("", "Gaining the commitment of colleagues, the head and senior leaders", "Bench Day 8", "Piece 3"),
    ("", "Prioritising, managing time and delegating", "Bench Day 8", "Piece 3"),
    ("", "Anticipating and solving problems; sound judgement on provision", "Bench Day 9", "Piece 3"),
    ("", "Speaking and writing clearly; listening to others", "Bench Day 10", "Pieces 1 and 3"),
    ("", "Drawing on research and outside advice to improve practice", "Bench Day 10", "Tacked"),
    ("", "Keeping up to date; taking charge of your own CPD", "Bench Day 10", "Piece 3"),
    ("K", "Knowledge"),
    ("", "SEN law, the Code of Practice and putting them into practice", "Bench Day 1", "Piece 1"),
    ("", "Every Child Matters and the SENCO's part", "Bench Day 2", "Piece 1"),
    ("", "Disability equality law and the actions it requires", "Bench Day 1", "Piece 1"),
    ("", "How children develop; what affects development", "Bench Day 2", "Piece 2"),
    ("", "Common SEN and disabilities and their effect on learning", "Bench Day 3", "Piece 2"),
    ("", "Approaches and resources for assessment, planning and teaching, incl. ICT", "Bench Day 3", "Piece 2"),
    ("", "Principles of school self-evaluation and improvement for SEN", "Not on the pattern", "Not on the pattern"),
    ("", "Best practice and research in meeting SEN", "Bench Day 10", "Tacked"),
    ("", "External agencies; getting specialist support", "Bench Day 7", "Piece 1"),
    ("S", "Skills"),
    ("", "With senior colleagues and governors, shaping inclusive ethos, policy and resources", "Bench Day 8", "Piece 3"),
    ("", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Bench Day 4", "Piece 2"),
    ("", "Using other professionals' assessments", "Bench Day 4", "Piece 2"),
    ("", "Tracking progress with summative assessment and national tests", "Stamped only", "Piece 2"),
    ("", "Helping teachers develop formative assessment for pupils with SEN", "Bench Day 4", "Piece 2"),
    ("", "Special arrangements for national tests and examinations, in good time", "Bench Day 4", "Piece 2"),
    ("", "Provision mapping; finding missing or ineffective provision", "Bench Day 9", "Piece 3"),
    ("", "Deploying and managing staff", "Bench Day 8", "Piece 3"),
    ("", "Supporting colleagues' development: observing, feedback, coaching, training", "Bench Day 10", "Tacked"),
    ("", "Reviewing provision with staff for school self-evaluation", "Bench Day 9", "Tacked"),
    ("", "Involving pupils in planning and reviewing their provision", "Bench Day 5", "Piece 2"),
    ("", "Liaising with parents and carers", "Bench Day 6", "Piece 2"),
    ("", "Working with other services and agencies, incl. voluntary organisations", "Bench Day 7", "Piece 3"),
]
t = doc.add_table(rows=1 + len(S), cols=4)
t.style = "Table Grid"
for j, hd in enumerate(["Outcome", "Taught on", "Marked in", "Tutor's initials"]):
    set_cell(t.cell(0, j), hd, bold=True, size=9)
    shade(t.cell(0, j), "B89B72")
del_row = None
for i, row in enumerate(S, start=1):
    if len(row) == 2:
        mcell = t.cell(i, 0).merge(t.cell(i, 3))
        set_cell(mcell, row[1], bold=True, size=9)
        shade(mcell, "EEE3CF")
        continue
    _, o, tw, mk = row
    set_cell(t.cell(i, 0), o, size=9)
    set_cell(t.cell(i, 1), tw, size=9)
    set_cell(t.cell(i, 2), mk, size=9)
    set_cell(t.cell(i, 3), "", size=9)
    if o.startswith("Special arrangements"):
        del_row = t.rows[i]
delete_row(del_row, ED, DT)
para(doc, "")

text_box(doc, [
    "OTHER COURSES FROM THE BENCH",
    "Level 3 Diploma in Saddlery; Level 3 Diploma in Harness Making; Leather Goods Certificate; Bark Tanning "
    "Short Course. Our Level 3 Diploma in Harness Making accepts prior experience: an apprentice's earlier work is "
    "assessed against the Diploma units and credited through APEL.",
], height_emu=1100000)

# ------------------------------------------------------------------ 11
h("11. Terms")
para(doc, "The Certificate is awarded when you have passed all three Pieces. The College's terms of business apply; "
     "fees are payable by the school at the start of each term; places are held for a year on request.")

doc.save(str(OUT))
print(OUT.name, word_count(OUT), "words")
