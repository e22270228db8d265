"""or-02-pellingford-technical-guide: build the .docx next to this script.

Provider (invented): the Pellingford Horological Guild, through its Teacher Development Workshop (the Guild's
teacher-development arm, "the Workshop"), with the University of Carrowfield, Faculty of Education. The programme is
"Calibre S60", a Postgraduate Certificate in SEN Coordination of 60 credits; an unaccredited pilot, "Calibre S40",
ran 2006-2008.

Document kind and layout: the application is sent as the Workshop's Technical Guide to the calibre, written the way a
watch manufacturer writes servicing documentation for watchmakers ("Technical Guide - Servicing instructions -
Edition 3"): a title block table with merged cells (calibre data: type, credit, level, frequency, power reserve,
edition); no heading styles (sections are bold shaded capitals with typed numbers, sub-clauses bold run-in
numbers); a symbols table (WARNING, NOTE, TIP: tips are defined as optional and "not part of the calibre's
specification"); a key to the Lubrication Chart in section 0, far above the chart; a Nomenclature table with part
numbers (people and elements of the course as "parts" 100-900); "Before servicing" (admission), "Disassembly"
(Strip-down needs assessment, Parts Exchange, Direct Regulation), "Reassembly sequence" (routes and a session table
with merged Bridge cells), "Workshop Online", the Lubrication Chart (the outcome table: "Point | Function | Oiled at
| Checked at"), "Timing and regulation" (assessment), "Casing-up", personnel, special tools, quality control and field
reports, and a Technical Bulletin TB 08/02 at the end. Header and footer (the footer carries a claim). VML text
boxes (a WARNING and a TIP), footnotes, two Word comments, tracked changes (an inserted paragraph, a deleted
sentence, a change in a table cell).

Traps (requirement ids):
- Title block: "Level: [M - to be confirmed ...]" is a placeholder; 60 credits are stated -> E.2 partially_met.
  E.1 met (University approval in principle and a validation event fixed).
- 3.2 "There is no selection for Calibre S60": places in order of arrival of signed forms; the interview that
  exists belongs to the University's own MA in Inclusion ("S60 does not") -> 5.2 not_met (negation, other
  programme's arrangement).
- 3.3 the CRB check is a tracked INSERTED paragraph -> counts: 5.3 met.
- 3.4 access: the Guild's Equal Opportunities Policy "applies", a ground-floor room "can be booked on request",
  Fellows "should tell their Workshop Tutor" -> 3.1 partially_met (reactive only: nothing on disclosure at
  application, assessment, pre-course materials or the duties).
- 12.2 the survey of 52 schools is a tracked DELETION; what is left is one remark of heads at the Guild's Schools
  Committee -> 4.1 partially_met. 4.2 met (field reports of the S40 pilot with the changes they made). 4.3 met
  (Quality Circle with heads, a Bench Partner, a parent, a former Fellow; heads' questionnaire).
- 12.4 reading list "is that of the S40 pilot (2005)" and Tutors "will bring it up to date when time allows" ->
  1.3 partially_met (dated evidence, aspiration), though the research outcome itself (6.K8) is developed and assessed.
- 11 Special tools: specialist ICT and access technology "[to be confirmed]"; University library access "is being
  negotiated", and the Technical Bulletin says "negotiations continue" -> 5.6 partially_met. A comment on the
  table is not part of the submission.
- 10.2 Bench Partners: "In the S40 pilot Bench Partners attended a training day" (past); for S60 they get a card by
  post -> 5.7 partially_met.
- 10.3 "deploy" used of the Workshop deploying its own Tutors (wrong context); the chart has no point on deploying
  and managing school staff -> 6.S4 not_met.
- TIP box: inviting a governor to a session is only a tip, defined as optional and "not part of the calibre's
  specification"; no point covers strategic development with governors -> 6.S1 not_met.
- Chart point 7.15 (school self-evaluation) "Not fitted to this calibre"; a comment proposing to fit it is not part
  of the submission -> 6.K7 not_met.
- Chart values keyed in section 0.2:
  * "Dry" in Checked at: 6.A3 (BS 8 | Dry), 6.S2b (RU 2 | Dry) -> partially_met (developed, not assessed).
  * "Visual" (Bench Partner's note, no mark): 6.K3, 6.S6 -> partially_met (formative only).
  * "Epilame only" in Oiled at (reading list only): 6.A6 -> partially_met (assessed, not developed).
  * 6.S9's Function names "NHS and local authority services" only, leaving out voluntary organisations ->
    partially_met.
- 8.5 pass rule: the "rate" is the mean of four Controls, a Control of 40-49 "is compensated by the others"
  -> 6.0 partially_met; with dry, visual and epilame points -> 1.9 partially_met.
- Technical Bulletin withdraws the Saturday route for 2009; the weekday, twilight and remote routes and two starts
  remain -> 3.2 met. 3.3 met (Workshop Online: e-tutor, Bench Groups, Escapement Hour between sessions, Bench
  Partner access, email with schools).
- Footer "All points lubricated and checked" is not evidence.
- Part numbers (100-900) and chart point numbers (7.1-7.27) clash with requirement ids and do not line up with
  them.
"""
from pathlib import Path

from docx.shared import RGBColor

from _or_helpers import (Footnotes, cell_text, comment, dele, header_footer, ins, inserted_par, merge, new_document,
                         para, runs, shade, table, text_box, word_count)

HERE = Path(__file__).parent
OUT = HERE / "or-02-pellingford-technical-guide.docx"
TO = "Technical Office"
DATE = "2008-10-14T09:30:00Z"

doc = new_document(font="Arial", size=9.5, margins_cm=2.0)
fn = Footnotes(doc)
header_footer(doc, "PELLINGFORD HOROLOGICAL GUILD  •  TEACHER DEVELOPMENT WORKSHOP  •  TECHNICAL GUIDE S60",
              "Ed. 3 - 10/2008 - All points lubricated and checked - For workshop use")


def section(title):
    return para(doc, title, bold=True, size=11, shade="D9E2F3", space_before=10, space_after=4, keep=True)


def clause(num, text, **kw):
    return para(doc, f"**{num}**  " + text, **kw)


# ------------------------------------------------------------------ title block
para(doc, "TECHNICAL GUIDE", bold=True, size=20, space_after=0)
p = para(doc, "Calibre S60 — Servicing instructions", bold=True, size=13, space_after=8)
fn.add(p, "The Guild names each of its courses as a calibre. S60: SENCO, 60 credits.")
tb = table(doc, [
    ["PELLINGFORD\n\nHOROLOGICAL\n\nGUILD", "Calibre", "S60 (National Award for SEN Coordination)"],
    [None, "Type", "Postgraduate Certificate in Special Educational Needs Coordination, part time, blended"],
    [None, "Awarding body", "University of Carrowfield, Faculty of Education"],
    [None, "Credit", "60 credits"],
    [None, "Level", "[M — to be confirmed by the Academic Standards Committee, November 2008]"],
    [None, "Frequency", "One Bench Session every three weeks in term"],
    [None, "Power reserve", "Three terms; up to two years with Service Plan extension"],
    [None, "Edition", "3 (October 2008). Supersedes Technical Guide S40, Ed. 2 (pilot, not accredited)"],
], widths_cm=[3.6, 3.4, 10.0], size=8.5)
merge(tb, 0, 0, 7, 0, text="PELLINGFORD\n\nHOROLOGICAL\n\nGUILD\n\nTeacher Development Workshop", bold=True,
      fill="1F3864", size=9)
for r in range(8):
    shade(tb.cell(r, 1), "F2F2F2")
for para_ in tb.cell(0, 0).paragraphs:
    for r in para_.runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

para(doc, "")
para(doc, "CONTENTS", bold=True, size=9, space_after=2)
para(doc, "0 About this guide  •  1 General characteristics  •  2 Nomenclature  •  3 Before servicing  •  "
          "4 Disassembly  •  5 Reassembly sequence  •  6 Workshop Online  •  7 Lubrication chart  •  "
          "8 Timing and regulation  •  9 Casing-up  •  10 Workshop personnel  •  11 Special tools  •  "
          "12 Quality control and field reports  •  Technical Bulletin TB 08/02", size=8.5)

# ------------------------------------------------------------------ 0
section("0  ABOUT THIS GUIDE")
clause("0.1", "This guide tells Workshop Tutors, Bench Partners and the heads of Bench Fellows' schools how Calibre "
              "S60 is put together, serviced and regulated. It is sent to the Training and Development Agency for "
              "Schools with the Guild's application for approval to provide the National Award for SEN "
              "Coordination. Symbols used in this guide:")
table(doc, [
    ["Symbol", "Meaning"],
    ["⚠ WARNING", "A step that must be carried out. A Bench Fellow whose service leaves it out cannot be cased up."],
    ["☞ NOTE", "Information that explains a step."],
    ["✎ TIP", "A suggestion from experienced Workshop Tutors. Tips are optional and are not part of the calibre's "
              "specification."],
], widths_cm=[3.0, 14.0], header_fill="D9D9D9", size=8.5)
clause("0.2", "Reading the Lubrication Chart (section 7). Each point of the chart is a function the Bench Fellow "
              "must be able to perform. \"Oiled at\" gives the Bench Session (BS) or Remote Unit (RU) in which the "
              "point is worked on. \"Checked at\" gives the Control (C1 to C4) in which it is marked. The chart "
              "uses four further entries:", space_before=4)
for k in [
    "Dry — in \"Checked at\": the point is not checked in any Control;",
    "Visual — in \"Checked at\": the Bench Partner looks at the point in school and notes it in the Bench Log; "
    "no mark is given and it does not count towards the award;",
    "Epilame only — in \"Oiled at\": the point appears in the reading list only; no Bench Session or Remote Unit "
    "works on it;",
    "Not fitted to this calibre — the point is outside Calibre S60.",
]:
    p = para(doc, k, style="List Bullet", space_after=1)
    if k.startswith("Visual"):
        fn.add(p, "The Bench Log is read by the Workshop Tutor at Casing-up but its entries are not marked.")

# ------------------------------------------------------------------ 1
section("1  GENERAL CHARACTERISTICS")
clause("1.1", "Purpose. Calibre S60 exists to raise the achievement, and improve the well-being, of children and "
              "young people with special educational needs and/or disabilities in the Bench Fellow's school, in "
              "all five Every Child Matters outcomes, by developing the knowledge, understanding and skills of the "
              "teacher who coordinates their provision. Every Control is timed in the position \"effect on "
              "pupils\" (8.2), and the Bench Fellow follows three target pupils from the Strip-down to Control C3.")
clause("1.2", "Award. The University of Carrowfield approved the calibre in principle on 2 July 2008 and will hold "
              "its validation event on 19 November 2008. Bench Fellows who case up are awarded the University's "
              "Postgraduate Certificate in Special Educational Needs Coordination (60 credits), which carries the "
              "National Award for SEN Coordination.")
clause("1.3", "Architecture. The calibre is built on three Bridges of 20 credits each:")
t = table(doc, [
    ["Bridge", "Function in the movement", "Sessions", "Control"],
    ["Barrel Bridge", "Law, policy and the role of the SENCO: the power source", "BS 1, BS 2, RU 1", "C1"],
    ["Train Bridge", "Knowing pupils; assessment, teaching and provision", "BS 3 to BS 6, RU 2, RU 3", "C2"],
    ["Balance Bridge", "Parents, colleagues and partners; reviewing provision: the regulator",
     "BS 7 to BS 10, RU 4", "C3"],
    ["All Bridges", "Final Timing", "—", "C4"],
], widths_cm=[3.0, 7.6, 3.8, 2.6], header_fill="D9D9D9", size=8.5)

# ------------------------------------------------------------------ 2
section("2  NOMENCLATURE")
para(doc, "Parts are numbered as in the Guild's movement catalogues. Part numbers are used in the rest of this guide.")
table(doc, [
    ["Part", "Name", "Description"],
    ["100", "Bench Fellow", "A teacher enrolled on Calibre S60."],
    ["110", "Bench Partner", "A senior leader in the Bench Fellow's school, named by the headteacher, who supports "
                             "Bench Tasks and keeps the Bench Log with the Fellow."],
    ["200", "Workshop Tutor", "A member of the Workshop's teaching staff (10.1)."],
    ["210", "Chief Regleur", "The Workshop Tutor who leads assessment and moderation."],
    ["220", "External Examiner", "Appointed by the University; reports on standards each year."],
    ["300", "Bench Session (BS)", "A taught day at the Guild's Workshop in Pellingford, 09.15 to 15.45."],
    ["310", "Remote Unit (RU)", "Three weeks of tutored online study on Workshop Online (section 6)."],
    ["320", "Bench Task", "Work done in the Fellow's school between sessions, set at each session."],
    ["330", "Bench Log", "The record of Bench Tasks, kept with the Bench Partner."],
    ["400", "Control", "An assessed piece of work (C1 to C4), marked against the six positions (8.2)."],
    ["500", "Strip-down", "The assessment of a Fellow's needs before the first session (4.1)."],
    ["510", "Service Plan", "The Fellow's individual training plan (4.2)."],
    ["600", "Parts Exchange", "Recognition of prior learning (4.3)."],
    ["610", "Direct Regulation", "Assessment without attendance (4.4)."],
    ["700", "Casing-up", "Completion of the calibre (section 9)."],
    ["800", "Quality Circle", "The group that reviews the calibre each term (12.1)."],
], widths_cm=[1.4, 3.6, 12.0], header_fill="D9D9D9", size=8.5)

# ------------------------------------------------------------------ 3
section("3  BEFORE SERVICING")
clause("3.1", "Who may apply. Qualified teachers who coordinate, or are about to coordinate, SEN provision in a "
              "school, with their headteacher's signature on the application form.")
clause("3.2", "There is no selection for Calibre S60: places are given in the order in which signed application "
              "forms arrive. (The University's own MA in Inclusion interviews its applicants; S60 does not.)")
inserted_par(doc, "3.3  Before the Strip-down the Technical Office sees each Bench Fellow's original enhanced "
                  "Criminal Records Bureau disclosure, or the employing school's written confirmation of a "
                  "disclosure dated within the last three years with its number, and records the number and date. "
                  "Where the disclosure is older, the school is asked to renew it before BS 1. The headteacher's "
                  "letter confirms that the school's other pre-employment checks, including List 99, have been "
                  "made.", author=TO, date=DATE)
clause("3.4", "Access. The Guild's Equal Opportunities Policy applies to the calibre. The Workshop is on the first "
              "floor of the Guild Hall; a ground-floor room can be booked on request. Bench Fellows who need "
              "adjustments should tell their Workshop Tutor.")

# ------------------------------------------------------------------ 4
section("4  DISASSEMBLY")
clause("4.1", "Strip-down (500). Before BS 1 each Bench Fellow rates himself or herself from 1 to 5 on every point "
              "of the Lubrication Chart, with a line of evidence for each, and meets a Workshop Tutor and the Bench "
              "Partner for an hour. The Tutor checks the ratings against a short case task, because a Fellow who "
              "knew the 1994 Code well may rate the law highly and be out of date.")
text_box(doc, ["⚠ WARNING",
               "No Bench Fellow begins BS 1 without a Service Plan signed by the Fellow, the Workshop Tutor and the "
               "Bench Partner."], height_pt=48, fill="FFF2CC", stroke="BF9000", bold_first=True)
clause("4.2", "Service Plan (510). The Strip-down produces a Service Plan that records the points to be worked on "
              "first, the Bench Sessions from which the Fellow is excused (no more than three) and the directed "
              "study that replaces them, two or three personal outcomes of the Fellow's own in addition to the "
              "chart, and the three target pupils. The Workshop Tutor reviews the Service Plan with the Fellow at "
              "the end of each Bridge. Where the Strip-downs of a whole group show a point already in good order, "
              "the session time on it is given to the points the group rated lowest.")
clause("4.3", "Parts Exchange (600). A Fellow with credit at Level M from a course on SEN completed in the last five "
              "years may have it recognised for one Bridge (20 credits) under the University's regulations for the "
              "accreditation of prior learning. A Fellow may also claim a Bridge on experience by a portfolio "
              "referenced to the points of that Bridge, assessed by the Chief Regleur and seen by the External "
              "Examiner.")
clause("4.4", "Direct Regulation (610). In exceptional cases a teacher who already leads SEN provision at the level "
              "of the chart, for example a teacher from the local authority's learning support service, may ask to "
              "be regulated without servicing. The Chief Regleur reviews a portfolio against every point of the "
              "chart and, if it is accepted, the candidate submits Controls C1 to C4 without attending Bench "
              "Sessions, with two tutorials. The fee is £650. The candidate must reach the same standard as any "
              "Bench Fellow.")
clause("4.5", "Fees. The fee is £1,380 for the calibre. A Fellow excused from Bench Sessions by the Service Plan "
              "pays £80 less for each session excused. Where six or more Fellows come from one area, Bench "
              "Sessions 3 to 6 are run at a school in that area to save travel and supply cover.")

# ------------------------------------------------------------------ 5
section("5  REASSEMBLY SEQUENCE")
clause("5.1", "Routes. The calibre can be serviced by four routes, with starts in September and February:")
for r_ in [
    "Weekday route: all ten Bench Sessions and the four Remote Units;",
    "Twilight route: each Bench Session taught as two evening sessions (16.30 to 19.30) in the same fortnight;",
    "Remote route: Bench Sessions 1, 5, 7 and 10 attended, the others replaced by extended Remote Units with a "
    "fortnightly online tutorial;",
    "Saturday route: four Saturdays for each Bridge.",
]:
    para(doc, r_, style="List Bullet", space_after=1)
clause("5.2", "Order. The Barrel and Train Bridges may be taken in either order; the Balance Bridge is always "
              "serviced last. A Fellow may pause between Bridges and rejoin the next start.")
clause("5.3", "Sequence of sessions.", keep=True)
rows = [
    ["Bridge", "Step", "Session", "Bench Task before the next step"],
    ["Barrel", "BS 1", "The SENCO's role, Every Child Matters and the SEN Code of Practice",
     "Audit the school's SEN policy against the Code"],
    [None, "BS 2", "Disability equality law and the school's duties", "Check the accessibility plan with the head"],
    [None, "RU 1", "Legislation and policy on SEN since 1981 (online)", "—"],
    ["Train", "BS 3", "Kinds of need I: behavioural, emotional and social difficulties, moderate learning "
                      "difficulties, specific learning difficulties and dyslexia; relationships with pupils and "
                      "families", "Begin the study of three target pupils"],
    [None, "BS 4", "Kinds of need II: speech, language and communication needs and autistic spectrum disorders; "
                   "teaching approaches and ICT", "Try one approach with a target pupil"],
    [None, "BS 5", "Identifying need, targets, tracking, provision mapping, access arrangements for national tests "
                   "and examinations", "Map provision for one year group"],
    [None, "BS 6", "Working with other professionals (with an educational psychologist and a speech and language "
                   "therapist)", "Gather other professionals' reports on a target pupil"],
    [None, "RU 2", "How children develop; using summative data (online)", "—"],
    [None, "RU 3", "Pupil voice: consulting pupils about their provision (online)",
     "Hold a conversation with each target pupil about his or her provision"],
    ["Balance", "BS 7", "Parents and carers (co-led by a parent from Pellingford Parent Partnership)",
     "Hold a review meeting with a target pupil's parents"],
    [None, "BS 8", "Working with the head and senior colleagues; managing time and priorities",
     "Agree the leadership enquiry with the head"],
    [None, "BS 9", "Coaching and developing colleagues; formative assessment in every classroom",
     "Observe and coach one colleague"],
    [None, "RU 4", "Research on meeting SEN; enquiry methods for the leadership enquiry (online)", "—"],
    [None, "BS 10", "Reviewing provision with colleagues; Casing-up", "—"],
]
t = table(doc, rows, widths_cm=[1.8, 1.3, 8.4, 5.5], header_fill="D9D9D9", size=8.5)
merge(t, 1, 0, 3, 0, text="Barrel", bold=True, size=8.5)
merge(t, 4, 0, 9, 0, text="Train", bold=True, size=8.5)
merge(t, 10, 0, 14, 0, text="Balance", bold=True, size=8.5)
clause("5.4", "Bench Days Away. Each Fellow spends two days in a setting unlike his or her own school, arranged by "
              "the Workshop with its five partner settings (Westry Special School, Anvil Lane Pupil Referral Unit, "
              "the Harcourt resource base for pupils with autism, and two primary schools with designated units). "
              "The Bench Partner agrees the days and the Fellow records them in the Bench Log.", space_before=4)

# ------------------------------------------------------------------ 6
section("6  WORKSHOP ONLINE")
clause("6.1", "Workshop Online is the calibre's virtual learning environment. Each Remote Unit runs for three "
              "weeks with a Workshop Tutor as e-tutor, who answers questions within two working days. Fellows work "
              "in Bench Groups of five with their own discussion forum, and every Fellow takes part in the "
              "fortnightly Escapement Hour, a live online tutorial held between Bench Sessions.")
clause("6.2", "Bench Partners have guest access to see Bench Tasks and the Bench Log. Workshop Tutors keep in touch "
              "with schools and Bench Partners by e-mail through Workshop Online, and share marking and session "
              "plans in a tutors' area.")

# ------------------------------------------------------------------ 7 lubrication chart
section("7  LUBRICATION CHART")
para(doc, "The chart lists the 27 points of Calibre S60. A Bench Fellow is cased up only on the pass rule in 8.5. "
          "Entries are explained in 0.2.")
chart = [
    ["Point", "Function: the Bench Fellow can ...", "Oiled at", "Checked at"],
    ["Conduct", None, None, None],
    ["7.1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
            "disabilities and with their parents or carers", "BS 3, BS 7", "C2"],
    ["7.2", "gain the commitment of colleagues, including the headteacher and senior leaders, to better outcomes for "
            "pupils with SEN and/or disabilities", "BS 8", "C3"],
    ["7.3", "prioritise, manage time and delegate tasks, making sure they are done", "BS 8", "Dry"],
    ["7.4", "anticipate and resolve problems and make sound, well-founded decisions about provision", "BS 5, RU 4",
     "C2, C4"],
    ["7.5", "express himself or herself clearly in speech and writing, and listen to and understand others' views",
     "All sessions", "C1 to C4"],
    ["7.6", "draw on research evidence and external advice to improve his or her own and colleagues' practice",
     "Epilame only", "C3"],
    ["7.7", "keep up to date and take charge of his or her own professional development in SEN and disability",
     "BS 10", "C4"],
    ["Knowledge", None, None, None],
    ["7.8", "know the law and guidance on SEN, including the Code of Practice, what they mean for the school and the "
            "SENCO, and how to put them into practice", "BS 1, RU 1", "C1"],
    ["7.9", "know the principles and outcomes of Every Child Matters and the SENCO's part in them", "BS 1", "C1"],
    ["7.10", "know the law on disability equality and the actions it requires", "BS 2", "Visual"],
    ["7.11", "know how children develop and how SEN, disability and the physical and social environment affect "
             "development", "RU 2", "C2"],
    ["7.12", "know the most common kinds of SEN and disability (behavioural, emotional and social difficulties, "
             "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
             "spectrum disorders, moderate learning difficulties) and how they affect learning", "BS 3, BS 4",
     "C2"],
    ["7.13", "use, with critical understanding, approaches, strategies and resources for assessment, planning, "
             "teaching and learning, including ICT, to remove barriers and personalise provision", "BS 4, BS 5",
     "C2"],
    ["7.14", "know best practice and the outcomes of research in meeting special educational needs", "RU 4",
     "C3"],
    ["7.15", "know the principles of school self-evaluation and improvement", "Not fitted to this calibre", None],
    ["7.16", "know the scope and role of external agencies and how to obtain specialist support and resources",
     "BS 6", "C2"],
    ["Skills", None, None, None],
    ["7.17", "identify pupils who may have SEN and/or disabilities, set challenging targets, plan interventions and "
             "review progress", "BS 3, BS 5", "C2"],
    ["7.18", "use assessments from a range of professionals to develop teaching approaches", "BS 6", "C2"],
    ["7.19", "use summative assessments, including national tests, to track progress and change programmes", "RU 2",
     "Dry"],
    ["7.20", "encourage other teachers to develop formative assessment, with approaches for pupils with SEN and/or "
             "disabilities", "BS 9", "C3"],
    ["7.21", "identify in good time the special arrangements pupils need for national tests and examinations and "
             "put them in place with colleagues", "BS 5", "C2"],
    ["7.22", "use provision mapping to plan provision and find provision that is missing or not working", "BS 5",
     "C2"],
    ["7.23", "support colleagues' professional development by observation and feedback, modelling, coaching and "
             "mentoring, and training", "BS 9", "C3"],
    ["7.24", "review and evaluate with other staff how well provision works, to inform the school's self-evaluation",
     "BS 10", "Visual"],
    ["7.25", "make sure pupils are involved in planning, agreeing, reviewing and evaluating their provision",
     "RU 3", "C2"],
    ["7.26", "liaise with parents and carers to promote their children's learning and development", "BS 7", "C2"],
    ["7.27", "work in partnership with NHS and local authority services in a coordinated approach to supporting "
             "pupils", "BS 6", "C3"],
]
tc = table(doc, chart, widths_cm=[1.2, 10.6, 2.8, 2.4], header_fill="BFBFBF", size=8.5)
for i, row in enumerate(chart):
    if row[1] is None:
        merge(tc, i, 0, i, 3, text=row[0], bold=True, fill="E7E6E6", size=8.5)
    if row[0] == "7.15":
        c = merge(tc, i, 2, i, 3, text="Not fitted to this calibre", italic=True, size=8.5)
        comment(doc, c.paragraphs[0].runs, "Self-evaluation is touched on informally in BS 10. Shall we fit it? "
                                            "Not for Ed. 3.", author="Chief Regleur", initials="CR")
text_box(doc, ["✎ TIP",
               "Workshop Tutors may like to invite a governor to BS 8 to talk about how the governing body shapes "
               "the school's SEN policy, its priorities and its budget."], height_pt=52, fill="E2EFDA",
         stroke="548235", bold_first=True)

# ------------------------------------------------------------------ 8 timing
section("8  TIMING AND REGULATION")
clause("8.1", "Controls. C1 (Barrel Bridge): a policy audit of the Fellow's school against the Code of Practice and "
              "Every Child Matters, with a commentary (3,000 words). C2 (Train Bridge): a "
              "provision study of the three target pupils, covering identification, other professionals' "
              "assessments, targets, teaching approaches, access arrangements, a provision map, the pupils' views "
              "and work with parents (4,000 words). C3 (Balance Bridge): a leadership enquiry, a change the Fellow "
              "leads with colleagues, including coaching a colleague, with its effect on the target pupils (5,000 "
              "words). C4: the Final Timing, a 30-minute professional discussion with two Workshop Tutors on the "
              "Bench Log, the Service Plan's personal outcomes and the Fellow's plans for further development.")
clause("8.2", "Positions. Every Control is timed in six positions: knowledge; critical use of evidence; application "
              "in school; effect on pupils (progress and well-being in the five Every Child Matters outcomes); "
              "working with others; communication.")
clause("8.3", "Regulation. Before each Control is marked, Workshop Tutors mark two sample pieces together with the "
              "Chief Regleur. Each Control is marked by the Fellow's Workshop Tutor; one in five, and every fail, is "
              "second-marked. The Regleur's Bench (the Chief Regleur, the Workshop Tutors and a moderator from the "
              "University) agrees all marks after each Control.")
clause("8.4", "External Examiner. The External Examiner sees a sample of every Control, attends one round of Final "
              "Timings each year and reports to the University's Board of Examiners.")
clause("8.5", "Pass rule. The rate of a calibre is the mean of its four Control marks. A Bench Fellow whose rate is "
              "50 or more is cased up, provided no Control is below 40; a Control marked between 40 and 49 is "
              "compensated by the others.")

clause("8.6", "Troubleshooting.", keep=True)
table(doc, [
    ["Symptom", "Probable cause", "Remedy"],
    ["Control not submitted by the date", "Illness, inspection or a crisis in school",
     "The Chief Regleur may extend the date by up to four weeks."],
    ["Control marked below 40", "Points not yet in order", "One resubmission within three months; the mark is "
                                                           "capped at 40."],
    ["Bench Partner leaves the school", "Staff change", "The headteacher names a new Bench Partner; the Workshop "
                                                        "Tutor visits the school."],
    ["School can no longer release the Fellow", "Staffing or budget", "The Fellow moves to the twilight or remote "
                                                                      "route at the next Bridge."],
    ["Fellow discloses a disability or health condition during the calibre", "—",
     "✎ TIP: Tutors may consider extra time for Controls."],
], widths_cm=[5.0, 4.2, 7.8], header_fill="D9D9D9", size=8.5)

# ------------------------------------------------------------------ 9 casing-up
section("9  CASING-UP")
clause("9.1", "At BS 10 each Fellow drafts a Service Interval Card: targets for the next two years of professional "
              "development. Within a month of Casing-up the Fellow, the headteacher and the Workshop Tutor meet in "
              "school to agree the card, so that it can be carried into the Fellow's performance management.")

# ------------------------------------------------------------------ 10 personnel
section("10  WORKSHOP PERSONNEL")
clause("10.1", "Workshop Tutors. The calibre is taught by five Workshop Tutors, all qualified teachers with SENCO "
               "experience. Mrs Alys Penrhyn, the Chief Regleur, was head of the county's learning support service "
               "and holds an MA in Special and Inclusive Education; Mr David Hurst holds the British Dyslexia "
               "Association's Associate Membership; Ms Carla Mendes is a specialist teacher for autism; two are "
               "serving SENCOs seconded one day a week. Each Tutor keeps a record of at least five days' SEN "
               "updating a year, reviewed by the Chief Regleur.")
p = clause("10.2", "Roles. Workshop Tutors new to the calibre receive the Tutors' Handbook, co-teach two sessions "
                   "and second-mark a full Control before marking alone. In the S40 pilot Bench Partners attended a "
                   "training day. For S60 they receive the Bench Partner's Card by post, which lists what they "
                   "are asked to do.")
clause("10.3", "Deployment. The Technical Office deploys Workshop Tutors so that each Bench Group keeps the same "
               "Tutor through a Bridge, and manages their time so that no Tutor supports more than fifteen Fellows.")
clause("10.4", "Specialists. Bench Session 6 is co-taught with an educational psychologist and a speech and "
               "language therapist from the county, and the county's autism outreach team contributes to Bench "
               "Session 4.")

# ------------------------------------------------------------------ 11 tools
section("11  SPECIAL TOOLS")
tt = table(doc, [
    ["Tool", "Supplied to", "Notes"],
    ["Workshop Online (section 6)", "All Fellows, Tutors, Bench Partners", "In use since the S40 pilot"],
    ["S60 toolkit folder: the Code of Practice, the Lubrication Chart, session notes, assessment and "
     "provision-mapping templates", "All Fellows", "Issued at BS 1"],
    ["Loan library of assessment materials and intervention programmes", "Fellows on request",
     "Kept at the Workshop"],
    ["Specialist ICT and access technology", "[to be confirmed]", "[to be confirmed]"],
    ["University library and e-journals", "All Fellows", "Access is being negotiated with the University"],
], widths_cm=[7.2, 4.6, 5.2], header_fill="D9D9D9", size=8.5)
comment(doc, tt.cell(4, 0).paragraphs[0].runs, "The specialist ICT set is still on order. Leave as TBC?",
        author=TO, initials="TO")

# ------------------------------------------------------------------ 12 quality
section("12  QUALITY CONTROL AND FIELD REPORTS")
clause("12.1", "Quality Circle (800). Each term the Quality Circle (the Chief Regleur, two Workshop Tutors, two "
               "headteachers, a Bench Partner, a parent nominated by Pellingford Parent Partnership and a former "
               "Bench Fellow) reviews the session evaluations Fellows complete after every Bench Session and Remote "
               "Unit, the mid-calibre review held with each Bench Group, the results of each Control point by "
               "point, and the questionnaire each Fellow's headteacher completes six months after Casing-up. The "
               "External Examiner's report and the University's annual monitoring come to the Circle's autumn "
               "meeting. The Circle decides what to change, and each change is entered in the Service Log, which "
               "goes to the Guild's Teacher Development Committee.")
p = clause("12.2", "Needs. ")
dele(p, "In May 2008 the Workshop surveyed all 52 schools in Pellingford and Westry; 31 replied, and SENCOs asked "
        "first for help with provision mapping, with autism and with leading teaching assistants. ", TO, DATE)
runs(p, "Heads at the Guild's Schools Committee have told us that new SENCOs need most help with the law and with "
        "parents.")
clause("12.3", "Field reports. The S40 pilot (2006 to 2008, fourteen Bench Fellows) returned evaluations after every "
               "session, and its Bench Partners met the Chief Regleur in June 2008. Their reports changed Calibre "
               "S60 as follows: a) the twilight route was added because Fellows in small primary schools could not "
               "be released for whole days; b) BS 7 is now co-led by a parent, after Bench Partners and Pellingford "
               "Parent Partnership said the pilot spoke about parents but never with them; c) C2 now follows three "
               "target pupils rather than six; d) three Bench Sessions were replaced by Remote Units when Fellows "
               "asked for less travel.")
clause("12.4", "Reading. The reading list is that of the S40 pilot (2005). Workshop Tutors will bring it up to date "
               "when time allows.")
clause("12.5", "Impact. The Quality Circle times the calibre's impact on three measures: each Fellow's confidence "
               "on every point of the chart, rated at the Strip-down and again at Casing-up; each Fellow's "
               "competence, from Control marks point by point; and the three target pupils' attainment, attendance "
               "and well-being (on the Workshop's five-point scale), recorded at the Strip-down and at C3, reported "
               "in C3 and totalled for the cohort in the annual Service Report.")

# ------------------------------------------------------------------ bulletin
doc.add_page_break()
para(doc, "TECHNICAL BULLETIN  TB 08/02", bold=True, size=13, shade="FCE4D6", space_after=2)
table(doc, [
    ["Subject", "Calibre S60, Technical Guide Ed. 3: changes after printing"],
    ["Date", "20 October 2008"],
    ["Applies to", "All holders of the Technical Guide"],
], widths_cm=[3.0, 14.0], size=8.5)
para(doc, "")
for k, item in enumerate([
    "The Saturday route in 5.1 is withdrawn for 2009: too few Fellows chose it.",
    "Bench Day Away placements at the Harcourt resource base begin in spring 2009.",
    "University library access (section 11): negotiations continue. Fellows will be told before BS 1.",
], start=1):
    para(doc, f"{k}.  {item}", space_after=2)
p = para(doc, "Fee (4.5): ")
dele(p, "£1,350", TO, "2008-10-20T11:00:00Z")
ins(p, "£1,380", TO, "2008-10-20T11:00:00Z")
runs(p, ", as printed.")

doc.save(OUT)
print(OUT.name, word_count(OUT), "words")
