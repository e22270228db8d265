"""jc-02-wrenshire-knitting-pattern

Provider (invented): Wrenshire County Council Adult and Community Learning Service, Family
Learning Team (which runs "Knit and Natter" family groups and courses for parents and school
staff in schools and children's centres), applying with Aldercombe University School of
Education and Lifelong Learning, February 2009.

Document kind and layout: the application written as one of the service's printed KNITTING
PATTERNS ("Wrenshire Family Learning Pattern No. FL36, The Coordinator's Cardigan"), in the
house style of the patterns its craft classes sell: a "Sizes" table (the routes, with a
merged "To fit" header), "Materials", "Tension" (the needs audit), "Abbreviations" (a table
glossing the course's own terms), "Yarn substitution" (credit for prior learning), "Pattern
notes", then the pieces BACK, FRONTS and SLEEVES (the three modules), each worked "Circle"
by "Circle" (the taught sessions) in typed, numbered instructions, "MAKING UP" (the final
assessment and the award), "CASTING OFF", "AFTERCARE" (evaluation), "PATTERN TESTERS'
NOTES" (stakeholders), "THE PATTERN TEAM" (staff), a "CHECKING YOUR WORK
AS YOU GO" section (unmarked swatches), a "WHERE TO KNIT" venues table, and a "STITCH GUIDE" outcome table
("Worked in" | "Checked at blocking").  No heading styles: titles are bold capitals.
Swatches are formative, unmarked; Finished Pieces are marked.  Header and footer; an
"Errata" text box; comments; tracked changes (one deletion, one insertion); merged and
shaded cells.

Traps (requirement ids):
- Credits: "40 credits at Level 7 and 20 credits at Level 6" (E.2 partially_met); a comment
  asks whether all 60 can be Level 7 (comment, not evidence).
- Aim is attainment only: "raise the attainment of pupils with SEN in reading, writing and
  number" (1.1 partially_met).
- Tension square audit done, but "everyone works the same pattern" and no personalised
  outcomes (2.2 partially_met).
- Assessment-only route is real: the "Ready-made" size (2.3 met).
- Casting off: "What each knitter makes next is a matter for them and their school" and the
  pattern "does not include" target setting (2.5 not_met: negation, someone else's job).
- Equality: "We welcome every knitter" and accessible venues only; no reasonable
  adjustments or disclosure (3.1 partially_met).
- Entry: "Any SENCO may cast on"; no check of readiness (5.2 partially_met).
- Staff: general "experienced and passionate" family learning tutors, one lecturer named
  (5.4 partially_met).
- Moderation: one marker, common grid; the moderation sentence is a tracked deletion and
  moderation is "to be agreed with the University once the first pieces are in"
  (5.8 partially_met).
- Parent member of the Pattern Review Group added by tracked insertion (4.3 met).
- CRB: checked at enrolment against the school's single central record and List 99 (5.3 met).
- Award rule compensates: an overall 50 per cent across the Finished Pieces, "a weaker piece
  can be made up by a stronger one", and several stitches are "Swatch only" (6.0 partially_met,
  1.9 partially_met).
- Stitch Guide: A7, K2, K4, K7, S2c, S6 "Swatch only" (formative, not marked:
  partially_met); K9 checked at blocking but "not worked in the Circles" (partially_met);
  A3 missing (not_met); S2d "not in this pattern: exams officers" (not_met); S4 left to the
  county's separate teaching assistant managers' course (not_met: another course's
  arrangement).
"""
from pathlib import Path
from _jc_helpers import (new_doc, para, runs, table, merge_row, shade, tracked, tracked_para,
                         comment, text_box, header_footer)

OUT = Path(__file__).with_name("jc-02-wrenshire-knitting-pattern.docx")
d = new_doc("Georgia", 10)
header_footer(d, "Wrenshire Family Learning Patterns  |  FL36  |  The Coordinator's Cardigan",
              "(c) Wrenshire County Council Adult and Community Learning Service 2009. May be copied for non-commercial use. Pattern support 01632 960444.")
TEAL = "215868"


def title(t):
    para(d, t, bold=True, size=12, color=TEAL, space_after=3)


def rows(items):
    for lab, txt in items:
        runs(d, [(lab + " ", "b"), (txt, "")])


para(d, "WRENSHIRE FAMILY LEARNING PATTERN No. FL36", bold=True, size=11, color=TEAL, align="c")
para(d, "The Coordinator's Cardigan", bold=True, size=22, align="c")
para(d, "The SENCO Award, knitted in double knit. A Postgraduate Certificate of Aldercombe University leading to the National Award for SEN Coordination, made by the Family Learning Team of Wrenshire Adult and Community Learning Service with the Aldercombe University School of Education and Lifelong Learning.", italic=True, align="c")
para(d, "A note before you start. Our Family Learning Team has run Knit and Natter groups for parents in Wrenshire's schools and children's centres for nine years, and our craft classes print every pattern in this format. When we came to write down the SENCO Award we found it fell naturally into a pattern: pieces worked in order, checked as you go, then blocked and made up. This is the pattern, as our knitters (the SENCOs on the Award) will receive it, with the parts the approval panel asked for. Aldercombe University validated the Award on 21 January 2009 and will award the Postgraduate Certificate to everyone who completes it.")

title("SIZES")
t = table(d, [
    ["", "To fit", None, None],
    ["", "Autumn cast-on", "Spring cast-on", "Ready-made"],
    ["Who it is for", "SENCOs in post by September", "SENCOs appointed after September", "Experienced SENCOs and specialist teachers who can show every stitch already"],
    ["Circles", "12, September to July", "12, February to the following December", "None"],
    ["Finished Pieces", "Back, Fronts, Sleeves", "Back, Fronts, Sleeves", "Portfolio and Blocking Review"],
    ["Credits", "60", "60", "60"],
], widths=[3.5, 4.3, 4.3, 4.4])
a = t.cell(0, 1).merge(t.cell(0, 3))
a.text = ""
a.paragraphs[0].add_run("To fit").bold = True
shade(a, "DAEEF3")
p = para(d, "All sizes carry 60 credits: 40 credits at Level 7 and 20 credits at Level 6 (the Sleeves).")
comment(d, p, "Can we get the Sleeves to Level 7 too? Ask Aldercombe before submission.", "M. Pell", "MP")

title("MATERIALS")
for x in [
    "The Knitter's Handbook (one per knitter), with the Circle notes, the reading list and the marking grids for every Finished Piece.",
    "Wrenshire's SEN resource collection at the Oakfield Teachers' Centre: assessment kits, intervention programmes, and a lending shelf of switch toys, communication aids and laptops with text-to-speech and symbol software, lent for a half term.",
    "Access to the Aldercombe University library and its e-journals as a registered student.",
    "The Pattern Support site on the University's Moodle, where each Circle's slides, recordings and readings are posted.",
]:
    para(d, x, style="List Bullet")

para(d, "About the Handbook. The Knitter's Handbook is printed by the service's own print unit each August and is also on Pattern Support as a Word file, so that knitters can change the font, size and colour of the text. It has one section for each Circle: the session plan in brief, the readings, the HW sheet and, where there is one, the swatch brief. The marking grids for the three Finished Pieces and for the Blocking Review are at the back, with a worked example of each grid from the pilot, marked and annotated by a Circle Leader, so that knitters can see what a pass and a strong pass look like before they start.")

title("TENSION")
para(d, "Before you cast on, knit a tension square. For the Award this is the Starting Audit: a self-assessment against every national outcome in the Stitch Guide, on a four-point scale, with a line of evidence for each, completed with your headteacher. Your Circle Leader reads it and talks it through with you at a twenty-minute telephone call before Circle 1, so that you know where you are strong and where you will need to take most care. Everyone works the same pattern; the audit tells you where to take more care, and we do not set personal outcomes or a separate plan from it.")

title("ABBREVIATIONS")
table(d, [
    ["Abbrev.", "Means", "In the Award"],
    ["CO", "cast on", "enrol and begin, at Circle 1"],
    ["C", "Circle", "a taught session of the Award, a full day (9.30 to 3.30) or two evenings (4.30 to 7.30)"],
    ["HW", "home work", "the practical task done in your own school between Circles"],
    ["SW", "swatch", "a short piece of work handed in for comment; not marked"],
    ["FP", "Finished Piece", "a marked assignment (Back, Fronts, Sleeves)"],
    ["KB", "Knitting Buddy", "an experienced SENCO from another school who mentors you"],
    ["BR", "Blocking Review", "the final assessment: an interview on your Finished Pieces"],
    ["PSSO", "pass slipped stitch over", "carry a missed Circle over to the next cast-on group"],
], widths=[2, 4.5, 10])

title("YARN SUBSTITUTION")
para(d, "You may substitute yarn you already have. Knitters who hold masters-level credit in special educational needs from any university in the last five years may count up to 30 credits of it against the Back and Fronts, through Aldercombe's accreditation of prior learning procedure. Knitters who have no certificated study but long experience may make a claim through Aldercombe's accreditation of prior experiential learning: a portfolio mapped to the Stitch Guide, assessed by a University tutor, for up to 20 credits against the Back. Substituted yarn never replaces the Blocking Review.")

title("PATTERN NOTES")
para(d, "1. The Cardigan is worked in three pieces and then made up. The Back (Module 1, Foundations) is worked first, then the Fronts (Module 2, Finding Out and Planning), then the Sleeves (Module 3, Families and Partners). Sleeves may be worked before the Fronts if your school's year suits it, and a knitter who misses a Circle may pick it up with the next cast-on group (PSSO).")
para(d, "2. The Award is for one thing: to raise the attainment of pupils with SEN in reading, writing and number. Every Finished Piece asks you to show what happened to the attainment of the pupils you worked with.")
para(d, "3. Every Circle can be taken as a full day or as two evenings, and both are run in Wrenshire's north and south. Between Circles, Pattern Support on Moodle gives you a forum for your cast-on group, and your Circle Leader answers forum questions and email within two working days; the Circle Leaders also hold a fortnightly online drop-in between Circles and phone each knitter once a half term. Schools receive a short email after each Circle telling the head what was covered and what HW the knitter has to do, and Circle Leaders and Knitting Buddies use a closed forum of their own.")
para(d, "4. We welcome every knitter. All our Circle venues are accessible.")
para(d, "5. Any SENCO may cast on. You must hold QTS and be your school's SENCO, or about to become one, and your headteacher must sign the enrolment form.")
para(d, "6. At enrolment the Family Learning office records each knitter's enhanced CRB disclosure number and date, checks them with the school's single central record and checks the knitter against List 99. A knitter without a current enhanced disclosure cannot cast on until the school confirms one has been obtained.")
para(d, "7. Knitting Buddies and Circle Leaders each receive the Buddy and Leader Notes, which set out what each must do, and attend a half-day briefing in July before each cast-on. Buddies meet their knitter twice a term, watch them work once in school, and sign the HW record.")

title("CHECKING YOUR WORK AS YOU GO")
para(d, "Knitters drop stitches; good knitters notice. After each Circle with a swatch, post your swatch on Pattern Support within two weeks. Your Circle Leader writes back a short comment within a fortnight: what is working, one thing to look at again, and where it will count in a Finished Piece. Swatches are never marked and never count towards the Award, but they are the best rehearsal for the Finished Pieces, and knitters in our pilot who posted every swatch did better in their pieces. Your Knitting Buddy sees your swatches too and talks them through with you at your next meeting.")
para(d, "Your HW record is a single sheet per Circle: what you did in school, who with, what happened for the pupils, and your Buddy's signature. Keep every sheet in the back of your Handbook; you will need them for the Sleeves.")
title("WHERE TO KNIT")
table(d, [
    ["Venue", "Days", "Evenings", "Notes"],
    ["Oakfield Teachers' Centre, Wrenbury (north)", "Tuesdays", "Tuesday and Wednesday", "Resource collection on site; free parking"],
    ["Hollins Lane Children's Centre, Stallford (south)", "Thursdays", "Monday and Thursday", "Creche for knitters' own children by arrangement"],
    ["Aldercombe University, Education Building", "Blocking Reviews only", "", "Library induction at Circle 1"],
], widths=[5.5, 3, 3.5, 4.5])
para(d, "Each cast-on group is no larger than twenty knitters, so that everyone is heard at every Circle. Tea and coffee are provided; bring your own lunch, and your knitting if you like.")

title("BACK  (Module 1: Foundations, 20 credits, Level 7)")
para(d, "Cast on at Circle 1.")
rows([
    ("C1.", "The SENCO's role and the pupils at the heart of it. The SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the school's disability equality duty, and what each requires of a school and of a SENCO. HW: read your school's SEN policy and disability equality scheme against the law and note three gaps."),
    ("C2.", "Every Child Matters and Removing Barriers to Achievement: where the SENCO fits, and how the five outcomes apply to pupils with SEN. SW: a one-page note on how one pupil fares on the five outcomes."),
    ("C3.", "How children develop, and how their needs and their homes and schools shape that. SW: a short case study of one pupil's development."),
    ("C4.", "The common special needs: behavioural, emotional and social difficulties; specific learning difficulties, dyslexia among them; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties. What each means for learning. The Bercow Review (2008) and the Ofsted report Inclusion: does it matter where pupils are taught? (2006), and what they say about effective provision. HW: observe one pupil with each of two kinds of need."),
])
para(d, "Finished Piece, the Back: a 3,000-word report on SEN law and guidance in practice in your school, and on the needs of two pupils and what the research says works for them, marked against the grid in the Handbook.")

title("FRONTS  (Module 2: Finding Out and Planning, 20 credits, Level 7)")
para(d, "Work both Fronts together.")
rows([
    ("C5.", "Finding pupils who may have SEN; setting challenging targets; planning interventions and reviewing them. Using educational psychologists', therapists' and specialist teachers' assessments to plan teaching. HW: set targets with a class teacher for three pupils and review them after six weeks."),
    ("C6.", "Tracking progress with summative assessment and national test data, and changing the programme when a pupil stalls. Encouraging colleagues to use assessment for learning with pupils with SEN. SW: a note on how one colleague used assessment for learning."),
    ("C7.", "Provision mapping: building a map, costing it, and finding provision that is missing or not working. HW: map one year group's provision and find one weak intervention."),
    ("C8.", "Asking pupils: how to consult pupils with different needs about their support and involve them in planning and reviewing it. HW: run a pupil conversation with two pupils using the Wrenshire talking mats and record what they said and what changed."),
])
para(d, "Finished Piece, the Fronts: a 4,000-word enquiry into one intervention in your school. Take a baseline of the pupils' attainment before the intervention, measure again after a term, and write up what happened, what the pupils said about it and what you would change. Marked against the grid in the Handbook.")

title("SLEEVES  (Module 3: Families and Partners, 20 credits, Level 6)")
rows([
    ("C9.", "Working with parents and carers: the family learning way. Led with two parents from our Knit and Natter groups. Building respectful relationships with parents and pupils; hard conversations; involving parents in reviews. HW: plan and hold a review meeting with a family and the class teacher."),
    ("C10.", "Leading colleagues: winning the support of the head and senior leaders; advising and supporting teachers; coaching, modelling, observation and feedback; running a staff training session. HW: coach a colleague over three weeks and run one twilight session for staff."),
    ("C11.", "Strategy: the SENCO with governors and senior leaders, shaping the school's inclusive ethos, policy, priorities and budget. Reviewing provision with colleagues and feeding it into the school's self-evaluation form; the principles of school self-evaluation and improvement. SW: a draft paragraph on SEN for your school's self-evaluation form."),
    ("C12.", "Keeping up: research, outside advice and your own development. Using research evidence and advice from specialists to improve your own and colleagues' practice. SW: a reading log of six sources with what each changed in your practice."),
])
para(d, "Finished Piece, the Sleeves: a Family and Partners File of evidence from HW 9 and 10 with a 2,000-word commentary: your work with families, with colleagues and with the head, and the partnership working with outside services the file shows. Marked against the grid in the Handbook.")
para(d, "Deploying and managing teaching assistants is not worked in this pattern: Wrenshire's Workforce Development Unit runs a separate course for managers of teaching assistants, which many of our knitters take.")
para(d, "Arrangements for national tests and examinations are not in this pattern either; in Wrenshire schools they are the exams officer's job.")

title("MAKING UP")
para(d, "Block each piece before sewing up. Finished Pieces are marked by the Circle Leader who taught the module, using the common marking grid in the Handbook, so that every knitter's piece is judged against the same descriptors.")
p = para(d, "")
tracked(p, "A sample of every marker's Finished Pieces is second-marked and moderated by the University each term, and the external examiner sees the sample.", "del", author="M. Pell", date="2009-02-02T09:30:00Z")
para(d, "Moderation arrangements are to be agreed with the University once the first pieces are in.")
para(d, "Blocking Review. When all three pieces are marked, each knitter has a 40-minute Blocking Review with a Circle Leader and a University tutor, who question the knitter on the three pieces and on the practice they show.")
para(d, "The Award. A knitter whose three Finished Pieces reach an overall mark of 50 per cent, and who completes the Blocking Review, is awarded the Postgraduate Certificate and the National Award. Marks are averaged, so a weaker piece can be made up by a stronger one.")
para(d, "Ready-made. A SENCO or specialist teacher who believes they already meet every stitch in the Stitch Guide may apply for the Ready-made size. They submit a portfolio of evidence from their own practice mapped to every stitch, with a supporting letter from their head, and take an extended Blocking Review of 90 minutes with two University tutors. The fee is £450. If any stitch is not shown, they are offered the Circles for that piece.")

title("CASTING OFF")
para(d, "When the Cardigan is made up, you are finished. What each knitter makes next is a matter for them and their school, and the pattern does not include planning further targets.")

title("AFTERCARE")
para(d, "Each Circle ends with our Family Learning learner review card, and the Circle Leaders meet each half term to read them and adjust the next Circles. Knitters score their confidence on each stitch at the start (in the tension square) and at the end of the Award, and we report the change. The Fronts piece gives us each knitter's baseline and follow-up measures of pupils' attainment, which we put together each year. Twelve months after the Award we send the head a short questionnaire on what has changed in the school. The University's annual monitoring report and the external examiner's report go to the Pattern Review Group each September.")
p = para(d, "The Pattern Review Group (the Family Learning Manager, the Award Leader, a University tutor, two headteachers, ")
tracked(p, "a parent nominated by the Parent Partnership Service, ", "ins", author="M. Pell", date="2009-02-02T09:40:00Z")
p.add_run("and two knitters from each cast-on group) reads all of this evidence, the learner review cards and the questionnaires each September and agrees the changes to the pattern for the next year.")
para(d, "The council's Adult and Community Learning quality team also observes two Circles a year and the Award is included in the service's self-assessment report to the Learning and Skills Council.")

title("PATTERN TESTERS' NOTES")
para(d, "Every Wrenshire pattern is tested before we print it. This one was tested in three ways in 2008. Wrenshire's SEN audit of schools showed that 61 of the county's 190 SENCOs had been in post for less than two years and that most had no SEN qualification. We asked every headteacher what a new SENCO most needs (97 replied), we held two evenings with new SENCOs, and our Knit and Natter parents told us what they wanted from a SENCO.")
table(d, [
    ["Tester", "What they said", "What we changed"],
    ["Headteachers", "Day release is hard to cover", "Every Circle can be taken as two evenings"],
    ["New SENCOs", "We need to practise provision mapping on our own school", "C7 and its HW use the knitter's own year group"],
    ["Parents", "SENCOs talk at us in review meetings", "C9 led with parents; review meeting HW"],
    ["Wrenshire SEN Team", "Target setting is weak in our audit", "C5 and the Fronts baseline task"],
], widths=[3.5, 6, 7])
para(d, "Headteachers and Knitting Buddies also sit in on Blocking Reviews as observers, and parents from our groups co-lead Circle 9.")

title("THE PATTERN TEAM")
para(d, "Our Circle Leaders are experienced and passionate family learning tutors who know Wrenshire's schools well. The Award Leader is Mary Pell, Family Learning Manager. Dr Owen Garside, Senior Lecturer in Special and Inclusive Education at Aldercombe University, leads the University's part.")
para(d, "Specialist help. The Educational Psychology Service, the Speech and Language Therapy service and the Sensory Support Service each lead part of a Circle. Every knitter spends one day in a Wrenshire special school or with the Sensory Support Service, arranged by the Award Leader, with a task linked to C4.")

title("STITCH GUIDE")
para(d, "Every stitch is a national outcome. \"Worked in\" is where you learn it. \"Checked at blocking\" is the Finished Piece or review that marks it; Swatch only means you get comments but no mark.")
g = [["Stitch", "Worked in", "Checked at blocking"],
     ["Attributes", None, None],
     ["Respectful, constructive relationships with pupils and parents (A1)", "C9", "Sleeves; Blocking Review"],
     ["Winning the commitment of the head and colleagues (A2)", "C10", "Sleeves"],
     ["Sound judgement on provision; solving problems (A4)", "C5, C7", "Fronts"],
     ["Clear speaking and writing; listening (A5)", "C9, C10", "Sleeves; Blocking Review"],
     ["Research and outside advice to improve practice (A6)", "C4, C12", "Back; Fronts"],
     ["Own development, keeping up (A7)", "C12", "Swatch only"],
     ["Knowledge", None, None],
     ["SEN law, the Code of Practice, putting it into practice (K1)", "C1", "Back"],
     ["Every Child Matters and the SENCO (K2)", "C2", "Swatch only"],
     ["Disability equality law and duties (K3)", "C1", "Back"],
     ["Child development (K4)", "C3", "Swatch only"],
     ["The common needs and learning (K5)", "C4", "Back"],
     ["Approaches and resources for teaching, ICT too (K6)", "C4, C5", "Back; Fronts"],
     ["School self-evaluation and improvement (K7)", "C11", "Swatch only"],
     ["Best practice and research on SEN (K8)", "C4", "Back"],
     ["External agencies and specialist support (K9)", "Not worked in the Circles", "Sleeves"],
     ["Skills", None, None],
     ["Strategy with senior staff and governors (S1)", "C11", "Blocking Review"],
     ["Identify, set targets, plan, review (S2)", "C5", "Fronts"],
     ["Using other professionals' assessments (S2a)", "C5", "Fronts"],
     ["Summative data to track and adjust (S2b)", "C6", "Fronts"],
     ["Helping colleagues with formative assessment (S2c)", "C6", "Swatch only"],
     ["Provision mapping (S3)", "C7", "Fronts"],
     ["Developing colleagues: coaching, observation, training (S5)", "C10", "Sleeves"],
     ["Reviewing provision with colleagues for self-evaluation (S6)", "C11", "Swatch only"],
     ["Involving pupils in their provision (S7)", "C8", "Fronts"],
     ["Liaising with parents and carers (S8)", "C9", "Sleeves"],
     ["Partnership with other services and voluntary groups (S9)", "C9, C10", "Sleeves"]]
t = table(d, g, widths=[9, 3.5, 4])
for i, r in enumerate(g):
    if r[1] is None:
        merge_row(t, i, r[0], fill="DAEEF3")
    elif r[2] == "Swatch only":
        shade(t.cell(i, 2), "F2F2F2")

text_box(d, "ERRATA", ["Earlier printings of this pattern (the 2008 pilot) asked for a fourth piece, the Collar. The Collar has been removed.",
                       "Circle 11 previously read 'Circle 12'. Corrected January 2009."], fill="FDE9D9")
para(d, "Pattern written by Mary Pell for the Family Learning Team, Wrenshire Adult and Community Learning Service, and approved for submission by Dr Owen Garside for Aldercombe University School of Education and Lifelong Learning.", italic=True)

d.save(OUT)
print("wrote", OUT)
