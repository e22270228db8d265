"""no-01-longmere-judges-report: blind test application, written blind.

PROVIDER (invented): Longmere Bowmen Coaching Academy, the coach-education and schools arm of Longmere Bowmen
(founded 1879; target, field and traditional archery, with a bowyers' workshop, "the Bowyers' Loft"), with the
University of Stannerby, which has validated its course as a 60-credit Postgraduate Certificate. January 2009.

DOCUMENT KIND AND LAYOUT: the course written up on the Club's own tournament form, "Form JR/2 - Chairman of
Judges' Report (Academy edition)", the report a Chairman of Judges sends the Records Officer after a shoot (who
officiated, how the field was laid, what was inspected and ruled, whether scores stand for Record Status). Heading
styles for Parts A-L; a particulars table with a merged, shaded title row; a glossary of the Academy's words; an
officials (staff) table; an Ends table whose Distance column is vertically merged; a survey table; an incidents
table of the pilot; the outcomes as a "Score Sheet" of 27 numbered arrows under merged, shaded group rows, with
"Shot at" (Ends) and "Scored in" (Rounds: Y York, H Hereford, W Western, N National, or "Sighter") keyed in F.4
just above it. A VML text box (the Target Captain's Card). Two footnotes. Three Word comments. Tracked changes:
a deleted Score Sheet row, an inserted moderation sentence, a deleted placement sentence. A [room TBC]
placeholder and a "[to be confirmed with the University]" placeholder. Header; a footer with a CRB claim.

House words: Shoot (course), archer (participant), Line (cohort: Autumn / Winter), Distance (20-credit module:
Long, Middle, Short), End (study day, 1-10), Field Day (school-based day), Target Captain (school mentor), Coach
(tutor), Judge (assessor), Round (assessed task), Sighter (practice, formative only), Sighting-in (needs
assessment), Archer's Plan (individual plan), Allowance (APL), the Butts (Blackboard site), Record Status (award).

TRAPS (requirement ids):
- 1.3: End 3 promises "current research and the latest developments" in general; no research or inspection
  evidence is named anywhere -> partially_met.
- 1.5 / 6.S7: pupil participation appears only as "what the Code of Practice says" (End 7) and a Sighter (observe
  an IEP review); no skills in consulting pupils developed, S7 never scored -> both partially_met.
- 1.9 / 6.0: Sighters are "never scored"; Record Status is by passing the Rounds and attending the Ends, not by
  showing every outcome -> partially_met.
- 2.3: negation plus a past arrangement (pilot archers shot the Rounds alone; "ended with the pilot") plus another
  provider's arrangement (the University's own MA has an assessment-only route) -> not_met. A Chairman's
  recommendation to "consider" one is a plan.
- 2.5: the leaflet only; further targets are "for the archer and their head", "the Academy's part ends at the
  Presentation" (someone else's responsibility) -> partially_met.
- 3.3: e-learning (the Butts) with peer board and materials, but coaches do not post or answer and "there is no
  coaching between Ends" -> partially_met.
- 4.3: a hope ("We would like, in time, to ask parents and pupils ...") and a condition ("heads may be invited to join
  the Shoot Committee once the first Line has finished") that do not count; but Target Captains (school staff) help
  deliver, write statements for the National and answer a questionnaire each Distance, and the Parent Partnership
  Service co-leads End 7 -> met without them.
- 5.3: CRB checks are on coaches, Target Captains and Loft volunteers (wrong people); archers' checks are "a matter
  for the employing school" and "the Academy does not ask to see them"; the footer claims every archer holds one
  (footer never counts) -> not_met.
- 5.5: specialist expertise (EP, HI specialist, SALT, outreach) but no placements: a past placement day arranged by
  another provider (Wrexley's induction programme), withdrawn; the sentence promising a Brookfield day is a
  deleted tracked change; a recommendation to restore one is a plan -> partially_met.
- 5.6: library access in general; the "specialist equipment" is adaptive ARCHERY kit (right words, wrong thing)
  -> partially_met.
- 5.8: met, partly through an INSERTED sentence (University moderator samples; External Examiner) - inserted text
  counts.
- 5.9: confidence measured at Sighting-in and End 10; pupils' achievement not collected, only hoped; a comment
  suggesting Western data does not count -> partially_met.
- 6.A3: "Sighter" only -> partially_met. 6.A7: "Scored in" is "[to be confirmed with the University]" -> partially_met.
- 6.K4: its row is a deleted tracked change (a deleted table row) and no End teaches child development -> not_met.
- 6.K7: scored in the Western but "Shot at" is a dash: assessed, not taught -> partially_met.
- 6.S2d: negated in End 6 ("not shot at ... belong to the examinations officer") and absent from the Score Sheet
  -> not_met.
- 6.S4: only in a Word comment and a Chairman's recommendation (plan) -> not_met.
- Header/footer: CRB claim in the footer (5.3 stays not_met).
- Text box: the Target Captain's Card carries role detail for 5.7 (met with the Evening and the Judges' Book).

Expected verdicts: 43 met, 13 partially_met, 5 not_met, 0 not_applicable.
"""
from pathlib import Path

from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _no_helpers import (cell_text, comment, dele, delete_row, fill_row, footnote, header_footer, ins,
                         mark_paragraph, new_document, para, repeat_header, run, shade, table, text_box)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
HP = ("Hilary Penrose", "HP")
OB = ("Owen Blackett", "OB")
JT = ("Julia Tennant", "JT")
D1 = "2009-01-12T10:14:00Z"
D2 = "2009-01-14T16:40:00Z"
GREY = "D9D9D9"
GREEN = "E2EFD9"

doc = new_document("Calibri", 10.5)
header_footer(doc, "Longmere Bowmen Coaching Academy  \u00b7  Form JR/2 (Academy edition)  \u00b7  Chairman of Judges' Report: The SENCO Shoot",
              "Longmere Bowmen, The Butts Field, Longmere Lane, Wrexley  \u00b7  Affiliated to the national governing body and "
              "the County Archery Association  \u00b7  All archers on the Shoot hold a current enhanced CRB disclosure.")

# ------------------------------------------------------------------ title block
para(doc, "LONGMERE BOWMEN COACHING ACADEMY", bold=True, size=13, align="center", space_after=0)
para(doc, "Form JR/2  \u2013  Chairman of Judges' Report (Academy edition)", italic=True, size=9, align="center")
doc.add_paragraph("The SENCO Shoot", style="Title")
para(doc, "National Award for SEN Coordination: entered for approval by the Training and Development Agency for "
          "Schools, with the University of Stannerby", italic=True)
para(doc, "Every tournament shot under the Club's flag ends with a Chairman of Judges' Report to the Records Officer: who "
          "officiated, how the field was laid, what equipment was inspected, what was ruled and whether the scores can "
          "stand for Record Status. We have written up our course for new SENCOs on the same form. Our own "
          "words are explained in Part A.")

# ------------------------------------------------------------------ Part A
doc.add_heading("Part A.  Particulars of the Shoot", level=1)
t = table(doc, 10, 2, widths=[4.2, 12.4])
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(top, "PARTICULARS  (to be completed by the Chairman of Judges)", bold=True, fill=GREY)
rows = [
    ("Tournament", "The SENCO Shoot: the Academy's course leading to the National Award for SEN Coordination."),
    ("Organising club", "Longmere Bowmen (founded 1879): target, field and traditional archery, with the Bowyers' Loft. "
                        "The Academy is the Club's coach-education and schools arm."),
    ("Accrediting body", "University of Stannerby, School of Education. The University validated the Shoot as its "
                         "Postgraduate Certificate in Special Educational Needs Coordination at a validation event on "
                         "3 December 2008."),
    ("Level and credit", "60 credits at Masters level (M level): three modules of 20 credits, one for each Distance."),
    ("Season", "Autumn Line from September 2009; Winter Line from January 2010. Each Line takes about a year part time."),
    ("Venues", "Autumn Line: the Long Room, Longmere clubhouse (ground floor, level access, hearing loop). "
               "Winter Line: University of Stannerby, Eastgate Building, [room TBC]."),
    ("Report covers", "The pilot shoot (September 2008 to February 2009; fourteen archers; not accredited) and the "
                      "Shoot as entered for approval."),
    ("Chairman of Judges", "Mrs Hilary Penrose, programme leader."),
    ("Technical Delegate", "Dr Catherine Wolde, External Examiner appointed by the University."),
]
for r, (a, b) in zip(t.rows[1:], rows):
    cell_text(r.cells[0], a, bold=True, fill="F2F2F2")
    cell_text(r.cells[1], b)

doc.add_heading("Our words", level=2)
para(doc, "The Shoot keeps the Club's tournament words:")
g = table(doc, 1, 2, widths=[3.6, 13.0])
fill_row(g.rows[0], ["Our word", "What it means on the Shoot"], bold=True, fill=GREY)
repeat_header(g.rows[0])
for a, b in [
    ("Shoot, archer", "the course; a teacher on it"),
    ("Line", "a group of archers who start together: the Autumn Line or the Winter Line"),
    ("Distance", "one of the three 20-credit modules: the Long, the Middle and the Short Distance"),
    ("End", "a taught day; there are ten, numbered 1 to 10"),
    ("Field Day", "a day's work in the archer's own school, between Ends"),
    ("Coach, Judge", "a tutor who leads Ends; a tutor who marks Rounds"),
    ("Target Captain", "a senior colleague in the archer's school who supports the archer there"),
    ("Round", "a piece of work a Judge scores: the York, the Hereford, the Western and the National"),
    ("Sighter", "a practice task, commented on but never scored (see F.2)"),
    ("Allowance", "credit for earlier study or experience"),
    ("Record Status", "the Award and the Postgraduate Certificate"),
]:
    fill_row(g.add_row(), [a, b])
    g.rows[-1].cells[0].paragraphs[0].runs[0].bold = True

# ------------------------------------------------------------------ Part B
doc.add_heading("Part B.  Officials", level=1)
para(doc, "Every official of the Shoot is still in practice for part of the week.")
s = table(doc, 1, 3, widths=[3.6, 4.0, 9.0])
fill_row(s.rows[0], ["Official", "On the Shoot", "Qualifications and current practice"], bold=True, fill=GREY)
staff = [
    ("Mrs Hilary Penrose", "Chairman of Judges; leads the Long Distance",
     "MA Special and Inclusive Education (Stannerby, 2003). SENCO at Castlebury High School for eleven years; since 2006 "
     "part-time SEN adviser to Wrexley Borough Council."),
    ("Dr Owen Blackett", "Senior Coach; leads the Middle Distance; Judge",
     "Chartered educational psychologist; DEdPsy. Works two days a week for the Wrexley Educational Psychology Service."),
    ("Mrs Rukhsana Mir", "Senior Coach; leads the Short Distance; Judge",
     "Headteacher of Fernbank Primary School, which has a resourced provision for pupils with speech, language and "
     "communication needs; NPQH; formerly SENCO at Fernbank. County archery judge."),
    ("Mr Ieuan Probert", "Coach; Ends 4 and 7; Judge",
     "Teacher of the deaf (mandatory qualification, 1998); specialist teacher in Castlebury's sensory support team."),
    ("Dr Simon Ashe", "University link tutor; Judge",
     "Senior Lecturer in Inclusive Education, University of Stannerby; leads the University's MA in Inclusive Education."),
    ("Mrs Julia Tennant", "Academy Secretary and Records Officer",
     "Keeps entries, End cards and the register of checks."),
]
for a, b, c in staff:
    fill_row(s.add_row(), [a, b, c])
footnote(doc, s.rows[2].cells[2].paragraphs[0],
         "Dr Blackett's Shoot days are bought from the Wrexley Educational Psychology Service under a service level "
         "agreement renewed each April.")

# ------------------------------------------------------------------ Part C
doc.add_heading("Part C.  The field of play", level=1)
doc.add_heading("C.1  What the Shoot is for", level=2)
para(doc, "The Shoot has one purpose: that pupils with special educational needs and disabilities in our archers' schools "
          "achieve more and are happier, safer and healthier for it. By achievement we mean all five Every Child Matters "
          "outcomes, not test scores alone. Each Distance has its objective in those terms, the Ends are built "
          "round them, and every Round asks the archer to show what difference their work has made to named pupils, to "
          "their well-being as well as their learning.")
doc.add_heading("C.2  The Distances and the Ends", level=2)
para(doc, "As in a York round, the Shoot starts at the longest distance and closes in.")
e = table(doc, 1, 4, widths=[1.3, 2.6, 3.4, 9.3])
fill_row(e.rows[0], ["End", "Distance", "Title", "What is shot at"], bold=True, fill=GREY)
repeat_header(e.rows[0])
ends = [
    ("1", "Long Distance\n(20 credits; the York)", "Taking the Line",
     "The SENCO's role and the school's SEN policy; the SEN Code of Practice (2001) and the graduated response; Every "
     "Child Matters and the SENCO's part in the five outcomes; relationships with pupils and families. The Sighting-in "
     "is returned and each Archer's Plan is agreed."),
    ("2", "", "Rules of Shooting",
     "The law and guidance on SEN and disability: Part IV of the Education Act 1996, the Special Educational Needs and "
     "Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, "
     "accessibility plans, the Children Act 2004 and Removing Barriers to Achievement; statutory assessment and annual "
     "reviews; what each asks of the school and of the SENCO."),
    ("3", "", "Reading the Wind",
     "Current research and the latest developments in the field, chosen each year by the Senior Coaches; what is known "
     "to work for pupils with SEN; reading a research report critically and using outside advice."),
    ("4", "Middle Distance\n(20 credits; the Hereford)", "The Archers on the Line",
     "The common kinds of SEN and disability: behavioural, emotional and social difficulties; specific learning "
     "difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
     "learning difficulties; sensory and physical needs; how each can affect learning."),
    ("5", "", "Spotting",
     "Identifying pupils who may have SEN through observation, data, assessment and monitoring; reading and using the "
     "reports of educational psychologists, therapists and advisory teachers; setting challenging targets; planning "
     "interventions; reviewing progress; seeing problems coming and deciding on provision."),
    ("6", "", "Scoring",
     "Summative assessment, national tests and P scales: tracking progress and changing programmes; formative "
     "assessment, and encouraging colleagues to use it with pupils with SEN; approaches, strategies and resources for "
     "teaching, ICT included. Access arrangements for national tests and examinations are not shot at: in our archers' "
     "schools they belong to the examinations officer."),
    ("7", "", "Parents on the Line",
     "Fair, respectful relationships with pupils and with their parents and carers; advising, supporting and working "
     "in partnership with parents, with a role-played review meeting led by the Wrexley Parent Partnership Service; "
     "what the Code of Practice says about pupil participation."),
    ("8", "Short Distance\n(20 credits; the Western)", "Running the Field",
     "Provision mapping and management; finding provision that is missing or not working; priorities, time and "
     "delegation."),
    ("9", "", "Coaching the Coaches",
     "Working with the head, senior leaders and governors on an inclusive ethos, policy, priorities and the use of "
     "resources; supporting colleagues' professional development by observation and feedback, modelling, coaching and "
     "mentoring, and running training; reviewing with staff how well provision is working."),
    ("10", "", "The Wider Field",
     "External agencies and voluntary organisations: what each does, how to get specialist support and resources, and "
     "working in partnership with them; keeping up to date; briefing for the National; the Presentation of Prizes."),
]
for n, dist, title, what in ends:
    r = e.add_row()
    fill_row(r, [n, dist, title, what])
# vertical merges of the Distance column
for a, b in ((1, 3), (4, 7), (8, 10)):
    top_cell = e.rows[a].cells[1]
    txt = top_cell.text
    merged = top_cell.merge(e.rows[b].cells[1])
    cell_text(merged, txt, bold=True, fill=GREEN)

doc.add_heading("C.3  Field Days", level=2)
para(doc, "Between the Ends each archer has six Field Days in their own school, released by the head, who commits the "
          "school to them on the Entry Form. Each Field Day has a task tied to the arrows of the Distance being shot: on "
          "the Middle Distance, for example, observing two pupils in lessons and setting what is seen against the "
          "school's data (arrow 18); on the Short Distance, drawing the provision map for one year group (arrow 22). "
          "Field Day 5 is a Pairs day: each archer is paired with an archer from another school, they visit each "
          "other's schools, and each writes the other a page of advice on their provision map. The Western is built "
          "from the Field Days: the archer plans, leads and evaluates a change in their own school's provision, so that "
          "the Shoot ends with something different happening for pupils.")
doc.add_heading("C.4  Lines, order and pace", level=2)
para(doc, "The Shoot is shot on two Lines. The Autumn Line starts in September at Longmere, with Ends on Saturdays from "
          "9.30 to 3.30, so that few schools need to release archers for them. The Winter Line starts in January at the "
          "University, with each End split into two twilight sessions a week apart (4.30 to 7.30). An archer who misses "
          "an End shoots it on the other Line. After the Long Distance the other two may be shot in either order: "
          "Winter Line archers shoot the Short Distance before the Middle, so that their Western runs through the summer "
          "term. An archer may take up to three years, shooting one Distance a year, and may change Line at the end of "
          "any Distance.")
doc.add_heading("C.5  The Butts", level=2)
para(doc, "The Butts is our name for the Shoot's site on the University's Blackboard. Every End's slides, readings and "
          "Field Day task sheets are posted there the week before the End, and a discussion board shared by both Lines "
          "lets archers put questions and drafts to each other. The Butts is for the archers: coaches do not post on it "
          "or answer questions there, and there is no coaching between Ends.")

# ------------------------------------------------------------------ Part D
doc.add_heading("Part D.  Equipment inspection", level=1)
para(doc, "D.1  Entry. ", bold=True, keep=True)
p = doc.paragraphs[-1]
run(p, "Every archer must hold Qualified Teacher Status, have taught for at least two years, and either be the school's "
       "SENCO or be named by the head to become SENCO within a year. The head signs the Entry Form to release the archer "
       "for six Field Days, to name a Target Captain and to let the archer lead the Western project in the school.")
p = para(doc, "D.2  Inspection. ", bold=True)
run(p, "Each entrant is inspected before the Line starts: a forty-minute conversation with the Chairman or a Senior "
       "Coach, with the entrant's Sighting-in on the table. Where an entrant is not yet "
       "ready, we say in writing what to do first (usually a term alongside the school's current SENCO and the council's "
       "new-SENCO induction days), write to the head to agree it, and hold a place on the next Line.")
p = para(doc, "D.3  Checks. ", bold=True)
run(p, "The Academy's coaches, the Target Captains who help at Academy events and the Bowyers' Loft volunteers all hold "
       "enhanced CRB disclosures, processed through the national governing body's scheme and renewed every three years; "
       "the Records Officer keeps the register. Archers on the Shoot are teachers employed by their schools, and their "
       "disclosures are a matter for the employing school: the Academy does not ask to see them.")

# ------------------------------------------------------------------ Part E
doc.add_heading("Part E.  Sighting-in, the Archer's Plan and Allowance", level=1)
p = para(doc, "E.1  Sighting-in. ", bold=True)
run(p, "Before the Inspection each entrant completes the Sighting-in. For every arrow on the Score Sheet (F.5) they mark "
       "where they stand, from 0 (\"not yet on the boss\") to 3 (\"in the gold\"), with a line of evidence, and their head "
       "adds a comment. At the Inspection the Chairman tests the marks, and the marks agreed become the first page of the Archer's Plan.")
p = para(doc, "E.2  The Archer's Plan. ", bold=True)
run(p, "The Plan sets out, for each archer, the arrows to aim at hardest, the Field Day tasks they will take from the "
       "menu for each Distance, the Practice Ends they should attend, and the personal marks they will set themselves in "
       "the Western. It is reviewed with the archer's coach at End 5 and End 9. Practice Ends are extra Saturday mornings (on the law, on data, on writing at Masters level) for any archer whose "
       "Plan calls for them; they are shared with the Academy's coach-education programme and cost the archer nothing.")
p = para(doc, "E.3  Allowance. ", bold=True)
run(p, "An archer who has passed Masters-level study in SEN in the last five years may claim Allowance of 20 credits, "
       "the whole Long Distance, on a transcript. An archer with long experience of SEN work but no such study may claim "
       "the same Allowance with a portfolio mapped to the Long Distance arrows and a forty-minute professional "
       "discussion with two Judges. Every claim is decided by the University's Accreditation of Prior Learning Board, "
       "and an archer given Allowance joins the Line at End 4.")
footnote(doc, p, "University of Stannerby, Regulations for the Accreditation of Prior Learning (2007), section 4. "
                 "Allowance on the Shoot is capped at one Distance.")
p = para(doc, "E.4  Straight to the Rounds. ", bold=True)
run(p, "There is no route to Record Status without shooting the Ends. In the pilot two experienced support-service "
       "teachers were allowed to shoot the Rounds alone; the University would not accept this for the Award, and the "
       "arrangement ended with the pilot. The University runs an assessment-only route for the Certificate stage of its "
       "own MA in Inclusive Education, but that is the University's programme and not part of the Shoot.")
p = para(doc, "E.5  Entry fee. ", bold=True)
run(p, "The fee for the full Shoot is \u00a31,450, including University registration and any Practice Ends; Allowance reduces it by \u00a3400. Wrexley and Castlebury councils have each funded ten places for 2009-10 "
       "from their SEN training budgets.")

# ------------------------------------------------------------------ Part F
doc.add_heading("Part F.  Scoring", level=1)
doc.add_heading("F.1  The Rounds", level=2)
for code, text in [
    ("The York (Y), end of the Long Distance, 20 credits. ",
     "A review of about 4,000 words of the archer's school's SEN policy and practice against the law and guidance, the "
     "Code of Practice, Every Child Matters and what research says works, with the archer's recommendations to the head."),
    ("The Hereford (H), end of the Middle Distance, 20 credits. ",
     "A case study of about 4,000 words of one pupil with SEN in the archer's school. The archer gathers the assessments "
     "of other professionals, observes the pupil, reads the school's tracking data, sets targets, plans and runs an "
     "intervention for at least six weeks and reviews the pupil's progress; meets the pupil's parents or carers and "
     "writes up what was agreed; and shows how the pupil's well-being as well as their learning has moved."),
    ("The Western (W), end of the Short Distance, 20 credits. ",
     "A school development project of about 5,000 words with appendices. The archer maps provision for one year group "
     "or key stage, using the school's summative data, finds what is missing or not working, agrees a change with the "
     "head and senior leaders, takes it to a governor, leads colleagues through it with observation, coaching and a "
     "staff session on formative assessment, reviews with staff how well it worked, and reports where the school's "
     "self-evaluation should go next."),
    ("The National (N), at the close of the Shoot. ",
     "The archer's portfolio and a 25-minute presentation with a professional discussion before two Judges, marked Pass "
     "or Refer. The archer presents on the law, disability equality and the school's duties, handles an unseen \"clout\" "
     "scenario (a problem in provision to be resolved on the spot), and talks through their work with external agencies "
     "and voluntary organisations. The Target Captain's statement is part of the portfolio."),
]:
    p = para(doc, code, bold=True)
    run(p, text)
doc.add_heading("F.2  Sighters", level=2)
para(doc, "A Sighter is a practice task set at an End or on a Field Day. The coach or the Target Captain comments on it in "
          "writing within a fortnight. It is never scored by a Judge and counts for nothing towards Record Status. "
          "Sighters let an archer try an arrow before it is scored; on some arrows of the Score Sheet the Sighter is the "
          "only shooting there is.")
doc.add_heading("F.3  Judging", level=2)
p = para(doc, "Each York, Hereford and Western is marked by two Judges, one of whom did not coach the archer, against the "
              "Shoot's marking grid, out of 100 with 50 to pass. Where the two marks are more than eight apart the "
              "Chairman reads the work and settles the mark. The two Judges at a National sit together and agree Pass or "
              "Refer. Before each marking round the Judges meet for an hour to mark two pilot scripts and compare. ")
ins(p, "The University's moderator then samples one Round in four, with every fail and every mark of 70 or over, and "
       "the External Examiner sees the sample and every National on video before the Examination Board.", *OB[:1], D1)
doc.add_heading("F.4  Reading the Score Sheet", level=2)
para(doc, "The arrows are in the Shoot's own words, in three groups. \"Shot at\" names the Ends where the arrow is taught. "
          "\"Scored in\" names the Round or Rounds in which a Judge scores it: Y the York, H the Hereford, W the Western, "
          "N the National. \"Sighter\" in that column means the arrow is practised and commented on, but no Judge scores "
          "it. A dash means nothing is entered.")

doc.add_heading("F.5  The Score Sheet", level=2)
sc = table(doc, 1, 4, widths=[1.2, 10.6, 2.2, 2.6])
fill_row(sc.rows[0], ["No.", "The arrow: the archer ...", "Shot at", "Scored in"], bold=True, fill=GREY)
repeat_header(sc.rows[0])


def group(title):
    r = sc.add_row()
    m = r.cells[0].merge(r.cells[3])
    cell_text(m, title, bold=True, fill=GREEN)
    return r


def arrow(n, text, ends, scored):
    r = sc.add_row()
    fill_row(r, [n, text, ends, scored])
    return r


group("THE ARCHER'S BEARING")
arrow("1", "builds fair, respectful, steady and constructive relationships with pupils with SEN or disabilities and with "
           "their parents or carers", "Ends 1, 7", "H, N")
arrow("2", "brings the head, senior leaders and colleagues with them, so that they commit to better outcomes for pupils "
           "with SEN", "End 9", "W")
arrow("3", "sets priorities, manages their own time, hands tasks on to others and checks they are done", "End 8", "Sighter")
arrow("4", "sees problems coming and resolves them, and makes sound, well-grounded decisions about provision",
      "Ends 5, 8", "N")
arrow("5", "speaks and writes clearly, and listens to and understands the views of others", "Ends 1, 7, 9", "Y, H, W, N")
arrow("6", "uses research and outside advice to improve their own teaching and their colleagues'", "Ends 3, 10", "W")
arrow("7", "keeps up to date and takes charge of their own professional development in SEN and disability", "End 10",
      "[to be confirmed with the University]")
group("WHAT THE ARCHER KNOWS")
arrow("8", "the law and guidance on SEN, the Code of Practice included: what they mean for the school, the SENCO and "
           "others, and how to carry them out", "Ends 1, 2", "Y, N")
arrow("9", "Every Child Matters: its principles and five outcomes, and the SENCO's part in helping pupils reach them",
      "Ends 1, 2", "Y")
k4 = arrow("10", "how children develop, and how SEN, disability and the physical and social setting for learning affect "
                 "that development", "End 4", "H")
arrow("11", "disability equality law and the actions it requires of the school for disabled pupils, and how best to "
            "carry them out", "End 2", "Y, N")
arrow("12", "the common kinds of SEN and disability (BESD; specific learning difficulties, dyslexia included; speech, "
            "language and communication needs; autism; moderate learning difficulties) and how each can affect learning",
      "End 4", "H")
arrow("13", "a critical grasp of approaches, strategies and resources for assessment, planning and teaching, ICT "
            "included, and how to use them to remove barriers and personalise provision", "Ends 5, 6", "H")
arrow("14", "school self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "\u2013", "W")
arrow("15", "best practice, and what research says works, in meeting special educational needs", "End 3", "Y")
arrow("16", "what external agencies do and how far their remit runs, and how to get specialist support and resources",
      "End 10", "N")
skills = group("WHAT THE ARCHER CAN DO")
arrow("17", "with senior colleagues and governors, shapes an inclusive ethos and the school's policies, priorities and "
            "use of resources", "End 9", "W")
arrow("18", "identifies pupils who may have SEN (by observation, data, assessment and monitoring), sets challenging "
            "targets, plans interventions and reviews progress", "End 5", "H")
arrow("19", "uses the assessments of other professionals to shape teaching and learning", "End 5", "H")
arrow("20", "uses summative assessment, national tests included, to track progress and change programmes", "End 6",
      "H, W")
arrow("21", "encourages colleagues to develop formative assessment, with approaches suited to pupils with SEN", "End 6",
      "W")
arrow("22", "uses provision mapping and management to plan provision, and finds provision that is missing or not "
            "working", "End 8", "W")
arrow("23", "supports colleagues' professional development: observing and feeding back, modelling, coaching and "
            "mentoring, running or arranging training", "End 9", "W")
arrow("24", "reviews with other staff how well provision is working, so that it feeds the school's improvement "
            "planning", "End 9", "W")
arrow("25", "involves pupils with SEN in planning, agreeing, reviewing and evaluating their own provision", "End 7",
      "Sighter")
arrow("26", "works with parents and carers to promote their children's learning and development", "End 7", "H")
arrow("27", "works in partnership with other services and agencies, voluntary organisations included, for joined-up "
            "support", "End 10", "N")
delete_row(k4, OB[0], D2)
comment(doc, skills.cells[0].paragraphs[0].runs, "Nothing here on deploying and managing teaching assistants and other "
        "support staff. Add an arrow and put it in End 8?", *HP)
para(doc, "")

# ------------------------------------------------------------------ Part G
doc.add_heading("Part G.  Rulings", level=1)
p = para(doc, "Ruling 1: disabled archers. ", bold=True)
run(p, "The Shoot is bound by the Disability Discrimination Act 1995, as amended in 2005, as the Club and the University "
       "are. The Entry Form asks every entrant whether they have a disability or health condition that may affect how "
       "they shoot the Shoot, says why we ask and who will see the answer, and our publicity leaflet is available in large "
       "print and on audio CD. The Chairman meets every archer who tells us of a disability before End 1 and agrees "
       "adjustments, which are written into the Archer's Plan and passed to the Judges. In the pilot these included papers "
       "a fortnight early in 16-point type, a BSL interpreter at every End (booked through the Castlebury Deaf Centre and "
       "paid for by the Academy), a Western handed in in two parts, and a National taken seated with prepared slides. The "
       "Long Room has level access, an accessible toilet and a hearing loop, and the Winter Line room is chosen to the "
       "same standard.")
p = para(doc, "Ruling 2: equality of opportunity. ", bold=True)
run(p, "The Academy records entries by sex, ethnicity and disability for each Line and reports them to the Shoot "
       "Committee, which looks for any group that applies and is not accepted, or starts and does not finish.")

# ------------------------------------------------------------------ Part H
doc.add_heading("Part H.  Incidents during the pilot shoot", level=1)
h = table(doc, 1, 3, widths=[2.4, 8.4, 5.8])
fill_row(h.rows[0], ["When", "What happened", "Action taken"], bold=True, fill=GREY)
for a, b, c in [
    ("End 4, October 2008", "The autism outreach speaker could not come.", "Dr Blackett shot the session; the outreach team now sends two names."),
    ("Field Day 3, November 2008", "All fourteen pilot archers spent this Field Day at Brookfield Special School, under "
                                   "Wrexley's new-SENCO induction programme.",
     "Wrexley has since withdrawn those days, and the Shoot does not arrange visits of its own."),
]:
    fill_row(h.add_row(), [a, b, c])

# ------------------------------------------------------------------ Part I
doc.add_heading("Part I.  The field's view", level=1)
doc.add_heading("I.1  What schools told us", level=2)
para(doc, "In April and May 2008 the Academy asked the heads and SENCOs of all 112 schools in Wrexley and Castlebury what "
          "a new SENCO needs from a course and what gets in the way. Sixty-three schools replied (41 primary, 16 "
          "secondary, 6 special). We also met 27 SENCOs, both councils' SEN teams and the Wrexley "
          "Parent Partnership Service. What we heard, and what the Shoot does about it:")
v = table(doc, 1, 3, widths=[6.6, 2.4, 7.6])
fill_row(v.rows[0], ["What the field told us", "Schools saying so (of 63)", "What the Shoot does about it"], bold=True,
         fill=GREY)
for a, b, c in [
    ("Release in school time is the hardest thing.", "49",
     "Ends on Saturdays (Autumn Line) and twilights (Winter Line); only the six Field Days fall in school time."),
    ("New SENCOs do not know how to draw or use a provision map.", "38",
     "Arrow 22 at End 8, a Field Day task, and a Western built on a provision map."),
    ("A SENCO must be able to lead other staff, not only know about SEN.", "35",
     "The Short Distance and the Western, which the archer must lead in school."),
    ("Heads want to know what their SENCO is doing on the course.", "29",
     "The Target Captain, the head's comment on the Sighting-in and the Western report to the head."),
    ("Parents want to be partners, not to be told.", "Parent Partnership Service",
     "End 7 is co-led by the Service; the Hereford includes a meeting with the pupil's parents or carers."),
]:
    fill_row(v.add_row(), [a, b, c])
doc.add_heading("I.2  What the pilot archers changed", level=2)
para(doc, "The fourteen pilot archers met the Chairman in February 2009 to review the pilot. Because "
          "of what they said, End 2 lost its second half to a Practice End on the law, the Western deadline moved from May "
          "to July so that a change can run for a full term, and the reading pack was cut to one core text a Distance.")
doc.add_heading("I.3  Who else is on the field", level=2)
para(doc, "Target Captains support the archer in school, set the Field Day tasks going and write a statement for the "
          "National. The Wrexley Parent Partnership Service co-leads End 7. The Castlebury autism outreach team and a "
          "speech and language therapist from the county NHS trust give sessions at End 4, and the Wrexley Educational "
          "Psychology Service at End 5. We would like, in time, to ask "
          "parents and pupils in archers' schools what difference the Shoot has made, and heads may be invited to join "
          "the Shoot Committee once the first Line has finished.")

# ------------------------------------------------------------------ Part J
doc.add_heading("Part J.  Keeping the Shoot true", level=1)
doc.add_heading("J.1  How we find out how the Shoot is going", level=2)
para(doc, "End cards. At the close of each End every archer scores it from 1 to 10 on three lines (useful, clear, well "
          "run) and writes one thing to keep and one to change. The coaches read "
          "them at their debrief the same evening.")
para(doc, "Mid-shoot review. At End 5 the archers agree, without the coaches, three messages for the Chairman, who "
          "answers them at End 6.")
para(doc, "Target Captains' questionnaire. At the end of each Distance every Target Captain is asked what the archer is "
          "now doing differently in school and what the Shoot could do better.")
para(doc, "The Shoot Committee. The Chairman, the Senior Coaches, the University's link tutor and the Club's Coaching "
          "Officer meet after each Round's marks are confirmed. They look at the marks arrow by arrow, to see which "
          "arrows archers are missing, alongside the End cards and the questionnaires.")
para(doc, "From outside. The University's annual monitoring report on the Postgraduate Certificate, the External "
          "Examiner's annual report (to which the Committee writes a response) and the University's periodic review "
          "every five years.")
para(doc, "What happens to it. Each July the Committee writes a one-page \"Changes for next season\", which goes into "
          "the next Line's reading pack and to the University.")

doc.add_heading("J.2  Coaches, Judges and Target Captains", level=2)
p = para(doc, "Every coach and Judge works from the Judges' Book, the Shoot's handbook of roles, marking grids and "
              "procedures, and attends the standardisation hour before each marking round. A new coach shadows a whole "
              "Distance before leading an End. Target Captains come to a two-hour Target Captains' Evening before End 1, "
              "repeated in January for the Winter Line, where the Chairman goes through their duties with the card "
              "shown here; the archer's coach telephones the Target Captain after each Field Day to check how the task "
              "went.")
tb = para(doc, "")
text_box(tb, [
    ("TARGET CAPTAIN'S CARD", True),
    ("You are the archer's senior colleague in school. You:", False),
    ("\u2022 agree the Archer's Plan with the archer and sign it;", False),
    ("\u2022 make sure the six Field Days happen and the task for each is set going;", False),
    ("\u2022 meet the archer for half an hour after each Field Day and note what was done;", False),
    ("\u2022 comment in writing on Sighters set on Field Days, within a fortnight;", False),
    ("\u2022 open doors for the Western: time at a staff meeting, a governor to report to;", False),
    ("\u2022 write a one-page statement for the National on what the archer now does in school.", False),
    ("You do not mark Rounds. Questions: the Records Officer, 01632 960418.", False),
], width_pt=215, height_pt=205)
para(doc, "")

doc.add_heading("J.3  Specialist expertise and placements", level=2)
p = para(doc, "Archers work with an educational psychologist, a teacher of the deaf, the head of a resourced school for "
              "speech, language and communication needs and a University lecturer (Part B), and with the guest "
              "specialists named in I.3. Placements: the Field Days are in the archer's own school. ")
dele(p, "Each archer also spends one Field Day at Brookfield Special School, arranged by the Academy.", JT[0], D2)

doc.add_heading("J.4  Resources", level=2)
para(doc, "Archers have full use of the University library, including its electronic journals, through their University "
          "registration. At Longmere, the Academy's equipment store is the best stocked of any club in the county: "
          "tactile and raised sights for visually impaired archers, bow-support stands, wheelchair-height target stands "
          "and adapted releases for archers with limited grip. Archers see them in use at an Archery for All session "
          "during End 4.")

doc.add_heading("J.5  What difference the Shoot makes", level=2)
p = para(doc, "Archers mark their confidence against every arrow at the Sighting-in and again at End 10, on the same 0 "
              "to 3 scale; the Shoot Committee compares the two for each archer and for the Line, alongside the Round "
              "marks, which show competence arrow by arrow. We do not yet collect pupils' results from archers' schools. ")
r = run(p, "We hope that in time schools will share their data with us, so that we can see whether pupils are doing "
           "better because their SENCO has shot the Shoot.")
comment(doc, r, "Could we ask for the Western's pupil data? The archers collect it anyway.", *JT)

# ------------------------------------------------------------------ Part K
doc.add_heading("Part K.  Record Status", level=1)
p = para(doc, "Record Status (the National Award for SEN Coordination and the University's Postgraduate Certificate) is "
              "confirmed by the University's Examination Board for each archer who has shot all ten Ends, or been given "
              "Allowance for Ends 1 to 3, ")
r = run(p, "has passed the York, the Hereford and the Western at 50 or more, and has been given a Pass in the National.")
comment(doc, r, "University wants 'all the national outcomes' wording here.", *OB)
run(p, " An archer Referred in a Round may re-shoot it once, within six months.")
p = para(doc, "The Presentation of Prizes. ", bold=True)
run(p, "End 10 closes with the Presentation of Prizes, where the Chairman hands each archer their scores and the "
       "University's leaflet on the MA in Inclusive Education. What the archer aims at next is for the archer and their "
       "head to settle at the school's performance management review; the Academy's part ends at the Presentation.")

# ------------------------------------------------------------------ Part L
doc.add_heading("Part L.  Chairman's recommendations", level=1)
para(doc, "My recommendations to the Academy Committee are:")
for i, t_ in enumerate([
    "that the Academy consider, with the University, an assessment-only route for experienced support-service teachers "
    "once the first full season has been shot;",
    "that an arrow on deploying and managing teaching assistants and other support staff be added to the Short Distance "
    "for 2010-11;",
    "that parents and pupils be asked to help evaluate the Shoot;",
    "that a placement day in a special school be restored if a host can be found;",
    "that the Butts be opened to coaches.",
], start=1):
    para(doc, f"{i}.  {t_}")
para(doc, "")
para(doc, "Signed: Hilary Penrose, Chairman of Judges, 16 January 2009", italic=True, space_after=0)
para(doc, "Countersigned for the University of Stannerby: Dr Simon Ashe, Link Tutor", italic=True)

doc.save(OUT)
print("wrote", OUT)
