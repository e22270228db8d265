"""mz-01-pinwell-lever-keying-schedule: writes mz-01-pinwell-lever-keying-schedule.docx next to itself.

Provider (invented): Pinwell Lever Training Centre, the training arm of Pinwell Lever Ltd (locksmiths and
security-hardware suppliers, Mortice Yard, Hallingbury), which for twenty years has trained school site staff in key
control and accessible door hardware and has an Education Team of former SENCOs. It has partnered with the
University of Stanwick (School of Education), which validated the programme as its Postgraduate Certificate in SEN
Coordination, carrying the National Award for SEN Coordination. Issue C, January 2009.

Document kind and layout: the Centre sends its programme on its own Form MK-2, "Master Key System Schedule and
Keying Chart", the form it uses for every master-keyed suite it designs for a school. No heading styles: section
titles are bold capitals on shaded Normal paragraphs with typed numbers ("5. KEYING CHART (CYLINDER SCHEDULE)"), and
paragraphs are typed "1.1", "3.3", "3.5" etc., so the numbering collides with requirement ids. A title block table
with a horizontally merged title row and a merged "Supersedes" cell; a glossary table "How to read this schedule"
far above the Keying Chart defines the house words (GMK = the programme, MK = a Suite (20-credit module), SMK = a
Bench Day, Change key = a marked Task CK1-CK4, Cylinder = an outcome, "Pinned on" = taught on, "Operated by" =
assessed in, "Test key" = formative exercise, commented on but not marked, "-" = nothing; Key Holder = school
mentor; Fixing Week = school-based practical week; Re-keying = a change). A Bench Day table with the Suite column
merged vertically. The Keying Chart lists 28 "cylinders" in the Centre's own words in three shaded, merged bank
rows, with "Pinned on" and "Operated by" columns; the panel must read it with the glossary. A Re-keying Record
table. Numbered Notes to the schedule. Header and footer (page field). A VML text box ("FITTER'S NOTE"). Three Word
comments. Tracked changes by M. Okafor: a change in a cell, a deleted table row, a deleted sentence, an inserted
paragraph.

Traps (requirement ids):
- Aims are all attainment ("progress in reading, writing and mathematics", "attainment gap"); the only
  "well-being" is the participants' own (wrong context). ECM is taught on BD1 but never assessed (1.1 partial,
  6.K2 partial).
- Pupil voice is "not fitted in this system" and left to the LA's own course, which participants "may attend at
  their school's expense" (another provider's arrangement) plus a hope to add it later (1.5 not met; cylinder C26
  has "-" in both columns, 6.S7 not met). A comment asks about fitting it in (not evidence).
- CRB: only the Centre's own locksmith apprentices and lock-out engineers are vetted (right words, wrong people);
  the footer says all staff are CRB checked (footer, never evidence); a comment wonders about the teachers (comment,
  not evidence) (5.3 not met).
- Starting Impression (self-rating against every cylinder) is used only to group participants for workshops: no
  individual training plan or personalised outcomes (2.2 partial).
- APL and APEL to the University's APL panel for up to 20 credits (2.1 met).
- "There is no assessment-only key" (negation); a sentence offering assessment without attending is a tracked
  deletion (2.3 not met).
- Flexibility: Thursday and Saturday groups, September and January starts, Suites B and C in either order, spread
  over two years (3.2 met). The Key Cabinet (Moodle) is a store of materials with tutor email replies within five
  working days, "There are no discussion forums" and nothing for communication with schools (3.3 partial).
- Stakeholders: heads' survey and LA evaluations (4.1 met); Re-keying Record says which stakeholder asked for each
  change (4.2 met); the paragraph on stakeholders says only that they "will continue to have a voice" (a bare
  promise), but elsewhere participants evaluate every Bench Day and elect two members of the Service Panel, and Key
  Holders from schools mentor and sit on the CK4 panel, so 4.3 is met from those details, not from the promise.
- Staff with qualifications and currency (5.4 met). Key Holders' briefing is in an inserted paragraph (5.7 met).
  Specialist guest tutors but "the Suite does not include placements in other schools or settings" (5.5 partial).
  Resources in Note 5 (5.6 met). Double marking, University moderation, external examiner (5.8 met).
- Confidence is measured (Starting Impression vs Handover ratings) but pupils' achievement is only hoped for; a
  comment about a possible impact study (5.9 partial). Internal and external evaluation with a July re-keying
  meeting (5.1 met).
- Award: "an average mark of 50% or more, with no Task below 40%" (compensation, not every outcome); the FITTER'S
  NOTE text box claims every cylinder is "cut and proved at a marked Task" and that the suite "covers all of the
  national minimum outcomes" (blanket claim, contradicted by the chart) (6.0 partial, 1.9 partial).
- Further targets: only a course list and an MA leaflet at BD10 (2.5 partial).
- Keying Chart: C03 (6.A3) and C24 (6.S5) pinned but "-" in Operated by (taught, not assessed: partial); C07
  (6.A7) "Test key" (formative only: partial); C09 (6.K2) taught not assessed (partial); C13 (6.K7) "-" in Pinned
  on, operated by CK3, with Note 3 saying it is not taught (assessed, not taught: partial); C19 (6.S2b) changed in
  the cell from "CK2" (deleted) to "Test key" (inserted) (partial); C21 (6.S2d, access arrangements) is a deleted row
  (not met); no cylinder at all for child development (6.K4 not met); C26 (6.S7) not met as above.
"""
from pathlib import Path
from docx.shared import Pt, Cm
from _mz_helpers import (new_document, para, add_runs, cell_text, shade_cell, set_widths, delete_row, add_field,
                         textbox, tracked_paragraph, comment, REV, word_count)

HERE = Path(__file__).parent
NAME = "mz-01-pinwell-lever-keying-schedule"
REV["author"] = "Margaret Okafor"
REV["date"] = "2009-01-09T16:20:00Z"

GREY = "D9D9D9"
PALE = "F2F2F2"

doc = new_document(font="Arial", size=10)


def title(text):
    return para(doc, [(text, {"b": True, "size": 11})], shade=GREY, before=10, after=4, keep=True)


def np(num, parts, after=4):
    if isinstance(parts, str):
        parts = [parts]
    return para(doc, [(num + "  ", {"b": True})] + list(parts), after=after)


# ---------------------------------------------------------------- header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
add_runs(hp, [("PINWELL LEVER TRAINING CENTRE  |  KEY CONTROL DOCUMENT  |  RESTRICTED: do not copy keys or this "
               "schedule", {"size": 8, "color": "595959"})])
fp = sec.footer.paragraphs[0]
add_runs(fp, [("Form MK-2 Issue C  |  System PL-MK-0917  |  All Pinwell Lever staff are CRB checked  |  Page ",
               {"size": 8})])
add_field(fp, "PAGE", size=8)
add_runs(fp, [(" of ", {"size": 8})])
add_field(fp, "NUMPAGES", size=8)

# ---------------------------------------------------------------- title block
tb = doc.add_table(rows=6, cols=4)
tb.style = "Table Grid"
top = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(top, [("PINWELL LEVER TRAINING CENTRE", {"b": True, "size": 14})], shade=GREY, align="center")
para(top, [("MASTER KEY SYSTEM SCHEDULE AND KEYING CHART (Form MK-2)", {"b": True, "size": 10})], align="center",
     after=2)
rows = [
    ("System name", "SENCO Award Suite", "System no.", "PL-MK-0917"),
    ("Client", "Training and Development Agency for Schools: approval panel for the National Award for SEN "
               "Coordination", "Issue", "C, 12 January 2009"),
    ("Profile (validating)", "University of Stanwick, School of Education", "Drawn", "R. Tallis"),
    ("Levels", "GMK, 3 MK (Suites), 10 SMK (Bench Days), change keys (Tasks)", "Checked", "M. Okafor"),
]
for i, (a, b, c, d) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), a, shade=PALE, bold=True, size=9)
    cell_text(tb.cell(i, 1), b, size=9)
    cell_text(tb.cell(i, 2), c, shade=PALE, bold=True, size=9)
    cell_text(tb.cell(i, 3), d, size=9)
cell_text(tb.cell(5, 0), "Cylinders", shade=PALE, bold=True, size=9)
cell_text(tb.cell(5, 1), "28", size=9)
sup = tb.cell(5, 2).merge(tb.cell(5, 3))
cell_text(sup, "Supersedes Issue B (pilot schedule, July 2008)", size=9)
set_widths(tb, [3.2, 7.6, 2.4, 3.8])

# ---------------------------------------------------------------- covering note
para(doc, "", after=2)
para(doc, [("To the approval panel", {"b": True})])
para(doc, "We have set out our SENCO programme on Form MK-2, the schedule we draw up for every master key system we "
          "design for a school, because it is the form our own staff know best and because it makes one thing "
          "plain: which door each key opens, and which it does not. Our Education Team has read the specification "
          "line by line, but we have written the schedule in our own words. The panel will find the Centre's "
          "vocabulary explained in the table below; everything else follows the order of the form.")
para(doc, "Why a locksmiths' centre? For twenty years Pinwell Lever has trained school site managers, bursars and "
          "business managers in key control, lockdown procedures and accessible door hardware under the Disability "
          "Discrimination Act. Our Education Team (three former SENCOs and an educational psychologist) grew out of "
          "that work, ran an unaccredited pilot for fourteen Hallingbury SENCOs in 2007-08, and now offers the "
          "National Award with the University of Stanwick.")
para(doc, [("Margaret Okafor", {"b": True}), ", Programme Lead, Education Team, Pinwell Lever Training Centre, "
                                             "Unit 4 Mortice Yard, Hallingbury"], after=8)

# ---------------------------------------------------------------- glossary
title("HOW TO READ THIS SCHEDULE")
para(doc, "The schedule uses the words we use on every master key system. In this Issue they mean:")
gl = [
    ("GMK (grand master key)", "The programme as a whole: the University of Stanwick Postgraduate Certificate in SEN "
                               "Coordination, which carries the National Award for SEN Coordination."),
    ("MK (master key)", "A Suite: one 20-credit module. There are three Suites: A The Lock, B The Bitting, C The "
                        "Door."),
    ("SMK (sub-master key)", "A Bench Day: one of the ten taught days at the Centre, BD1 to BD10."),
    ("Change key", "A marked Task, CK1 to CK4. Only a change key operates a cylinder."),
    ("Cylinder", "One thing a SENCO must know or be able to do at the end of the system. The Keying Chart in section 5 "
                 "lists the cylinders, C01 to C28."),
    ("Pinned on", "The Bench Day on which a cylinder is taught. A dash (-) means it is not taught on any Bench Day."),
    ("Operated by", "The marked Task in which a cylinder is assessed. \"Test key\" means the cylinder is practised in "
                    "an exercise that the tutor reads and comments on but does not mark, and which does not count "
                    "toward the award. A dash (-) means no Task assesses it."),
    ("Key Holder", "The senior colleague in the participant's own school who mentors the participant."),
    ("Fixing Week", "Five days of practical work in the participant's own school, between BD5 and BD6."),
    ("Starting Impression", "The participant's self-rating against every cylinder before BD1."),
    ("Re-keying", "A change to the programme. The Re-keying Record in section 8 lists them by Issue."),
]
g = doc.add_table(rows=len(gl) + 1, cols=2)
g.style = "Table Grid"
cell_text(g.cell(0, 0), "Term", shade=GREY, bold=True, size=9)
cell_text(g.cell(0, 1), "Meaning in this schedule", shade=GREY, bold=True, size=9)
for i, (a, b) in enumerate(gl, start=1):
    cell_text(g.cell(i, 0), a, bold=True, size=9)
    cell_text(g.cell(i, 1), b, size=9)
set_widths(g, [4.2, 12.8])

# ---------------------------------------------------------------- 1 system description
title("1. SYSTEM DESCRIPTION")
np("1.1", "The SENCO Award Suite is the Centre's programme for teachers new to coordinating provision for pupils "
          "with special educational needs. It leads to the Postgraduate Certificate in SEN Coordination of the "
          "University of Stanwick, which carries the National Award for SEN Coordination. The University's School "
          "of Education validated the programme on 14 November 2008 at Master's level (Level 7): 60 credits, made "
          "up of three 20-credit modules, which in this schedule are the three Suites. The University awards the "
          "credit, appoints the external examiner and holds the assessment regulations.")
np("1.2", "The grand master key of the system is one aim: that pupils with SEN and/or disabilities in the "
          "participant's school make better progress in reading, writing and mathematics, and that their attainment "
          "gap with other pupils narrows. Each Suite is cut to that aim. We also look after the well-being of our "
          "participants: Bench Days end at 3.30 pm and no Task is due in the last week of a term.")
np("1.3", "Participants spend ten Bench Days at the Centre over the year. Between BD5 and BD6 each participant has a "
          "Fixing Week (five days of release, which the school may spread over the spring term) in which they carry "
          "out the practical work for CK2 and CK3 in their own school: observing in classrooms, working with the "
          "pupil for the case study, meeting the pupil's parents and the outside professionals involved, and "
          "drafting the provision map with colleagues. The Key Holder signs the Fixing Week log.")
np("1.4", "Every Task is done in the participant's own school and must change something there. CK3's provision map, "
          "for example, is put to use with colleagues for a full term and then revised in the light of what it "
          "showed; CK2's intervention runs for at least eight weeks with the pupil's starting point and progress "
          "recorded.")

# ---------------------------------------------------------------- 2 key holders
title("2. THE KEY HOLDERS: WHO FITS, WHO HOLDS, WHO CHECKS")
np("2.1", [("Margaret Okafor, Programme Lead. ", {"b": True}),
           "MA in Special and Inclusive Education (University of Stanwick, 2003). SENCO for eleven years in two "
           "Hallingbury primary schools, then Hallingbury LA's SEN consultant for the north of the borough until "
           "2007. She still sits on the LA's P scales moderation group."])
np("2.2", [("Rhys Tallis, Bench Tutor. ", {"b": True}),
           "Former headteacher of Ashgrove School, a special school for pupils with autistic spectrum disorders; "
           "MEd (Autism), Advanced Diploma in Special Educational Needs. He served his time as a locksmith before he "
           "trained to teach, and still designs the Centre's master key systems for schools."])
np("2.3", [("Dr Anwen Price, Bench Tutor. ", {"b": True}),
           "Senior Lecturer in Inclusive Education at the University of Stanwick and a practising educational "
           "psychologist; her doctorate (2006) was on reading interventions for pupils with specific learning "
           "difficulties."])
np("2.4", [("Colin Dray, Bench Tutor. ", {"b": True}),
           "Specialist teacher for specific learning difficulties with Hallingbury Learning Support Service (AMBDA), "
           "and the access consultant who advises the Centre on accessible door hardware."])
np("2.5", "Keeping the team current: each tutor spends at least five days a year working in schools and one day at "
          "a national SEN conference, and the Bench Day reading lists are revised every summer.")
np("2.6", [("School Key Holder. ", {"b": True}),
           "Each participant's headteacher nominates a senior colleague, usually a deputy head, as Key Holder. The "
           "Key Holder meets the participant twice each half-term, signs off the Fixing Week log, and sits with the "
           "tutor on the CK4 Handover panel."])
tracked_paragraph(doc, [("2.7  ", {"b": True}),
                        "Key Holders attend a two-hour briefing at the Centre in September and receive the Key "
                        "Holder's Card, which sets out what happens at each of their meetings with the participant; "
                        "the Programme Lead telephones every Key Holder after the first meeting to check it went as "
                        "the Card describes."], "ins")
np("2.8", [("Tutors. ", {"b": True}),
           "Every tutor holds the Tutor's Key Book (roles, Bench Day plans, marking criteria and the Task timetable), "
           "attends the half-day tutor induction in July and takes part in a standardisation meeting before each "
           "Task is marked."])
np("2.9", [("External examiner. ", {"b": True}),
           "Dr Judith Ferrand, Reader in Special Education at the University of Kelvedge, appointed by the "
           "University of Stanwick for 2008 to 2012."])
np("2.10", [("Specialist callers. ", {"b": True}),
            "Guest tutors on BD3, BD5 and BD7 come from Hallingbury Educational Psychology Service, the borough's "
            "speech and language therapy team, the Sensory Support Service and Hallingbury Parent Partnership "
            "Service. The Fixing Week is spent in the participant's own school; the Suite does not include "
            "placements in other schools or settings."])

# ---------------------------------------------------------------- 3 key issue
title("3. KEY ISSUE: WHO MAY HOLD A KEY")
np("3.1", "A key is issued only to a candidate who holds QTS; is in post in a school in England and has been, or is "
          "about to be, designated SENCO; has at least two years' teaching experience; and is nominated in writing "
          "by the headteacher, who agrees to release the candidate for the Bench Days and the Fixing Week and to "
          "appoint a Key Holder. Each candidate has a 30-minute interview with the Programme Lead, at which we "
          "discuss a one-page account the candidate has written of a pupil they have taught, to check that they "
          "have the grounding to meet every cylinder by the end of the year. Where a candidate is not ready, the "
          "Programme Lead writes to the candidate and to the headteacher setting out what to do first (usually a "
          "term working alongside the school's current SENCO) and invites them to apply again.")
p32 = np("3.2", [("Security vetting. ", {"b": True}),
                 "Every Pinwell Lever locksmith apprentice, and every engineer who attends domestic lock-outs, "
                 "holds an enhanced CRB disclosure, renewed every three years, and the Centre keeps a vetting "
                 "register in line with BS 7858."])
comment(doc, p32.runs[1], "Do we need to say something about CRB checks for the teachers themselves? I assume their "
                          "schools have done it.", "Margaret Okafor", "MO")
np("3.3", [("Starting Impression. ", {"b": True}),
           "Before BD1 each participant rates themselves on a four-point scale against each of the 28 cylinders in "
           "the Keying Chart, and the Key Holder adds a comment. The Programme Lead reads every Starting Impression. "
           "The results are kept on file and used to set the groups for the Bench Day workshops, so that "
           "participants with similar gaps work together."])
np("3.4", [("Prior credit. ", {"b": True}),
           "A participant who already holds Master's-level credit in SEN gained in the last five years (for example "
           "from the University of Stanwick's MA Inclusive Education or from another university) may apply to the "
           "University's APL panel to have up to 20 credits (one Suite) accredited, by submitting a mapping of the "
           "earlier work against that Suite's cylinders. Experience without credit is recognised through a "
           "portfolio claim (APEL) to the same panel, again for up to 20 credits."])
p35 = np("3.5", [("Assessment-only. ", {"b": True}),
                 "There is no assessment-only key. Every participant attends the Bench Days and completes all four "
                 "Tasks, whatever their experience: in our trade nobody is issued a master key without fitting the "
                 "system first."])
add_runs(p35, [(" In exceptional cases an experienced candidate may instead be assessed on the four Tasks without "
                "attending.", {"dele": True})])
np("3.6", [("Fitting Tutorials. ", {"b": True}),
           "Each participant has three one-to-one Fitting Tutorials (45 minutes, at the Centre or by telephone) with "
           "their Bench tutor, in October, February and May, to agree the focus of each Task so that it fits the "
           "participant's school and pupils, and to go through feedback on the last one."])

# ---------------------------------------------------------------- 4 suites and bench days
title("4. THE SUITES AND BENCH DAYS")
np("4.1", "The system has three Suites of 20 credits each. All participants take Suite A first; Suites B and C may "
          "then be taken in either order. The September group meets on Thursdays and the January group on "
          "Saturdays; a participant who misses a Bench Day takes it with the other group. A participant may spread "
          "the three Suites over two years, since each Suite carries its own 20 credits.")
bd = [
    ("Suite A\nThe Lock", "BD1", "Blanks and Profiles",
     "The SENCO's job and the law: the SEN Code of Practice (2001) and its graduated response (School Action, "
     "School Action Plus, statements), the SEN and Disability Act 2001, the Education (Special Educational Needs "
     "Co-ordinators) (England) Regulations 2008; Every Child Matters, its five outcomes and the SENCO's part in them.",
     "M. Okafor"),
    (None, "BD2", "Wards",
     "Disability equality: the Disability Discrimination Act 1995 and 2005, the disability equality duty, reasonable "
     "adjustments and the school's accessibility plan. Participants walk the Centre's accessible-hardware showroom "
     "(lever handles, low-force door closers, hold-open devices) and then audit one route through their own school.",
     "C. Dray, M. Okafor"),
    (None, "BD3", "Pins and Springs",
     "The common kinds of SEN and disability: behavioural, emotional and social difficulties, specific learning "
     "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
     "moderate learning difficulties, and how each affects learning.", "R. Tallis, C. Dray, guest"),
    ("Suite B\nThe Bitting", "BD4", "Reading the Bitting",
     "Finding and tracking pupils: identification through classroom observation and data; using assessments from "
     "educational psychologists and therapists; setting targets; planning and reviewing interventions; tracking "
     "progress with summative data including Key Stage tests and P scales; formative assessment in colleagues' "
     "classrooms; provision mapping.", "M. Okafor, A. Price"),
    (None, "BD5", "Cutting to Code",
     "Teaching approaches, strategies and resources, including ICT (text-to-speech, symbol software, visualisers); "
     "what the research says works; reading and appraising a research paper; using advice from outside "
     "specialists.", "A. Price, guest"),
    (None, "BD6", "Master and Change",
     "Leading colleagues: winning the commitment of the head and senior leaders; deploying and managing teaching "
     "assistants; advising and coaching colleagues, modelling, observation and feedback, running a staff training "
     "session; working with SENCOs in other schools through the cluster network.", "R. Tallis"),
    ("Suite C\nThe Door", "BD7", "Key Holders",
     "Working with families and other services: relationships with pupils and with their parents and carers; "
     "running a review meeting with parents (role-play with Hallingbury Parent Partnership Service); the roles of "
     "external agencies and how to get their help; working with voluntary organisations.", "M. Okafor, guests"),
    (None, "BD8", "The Key Register",
     "Strategy: working with the head and governors on the SEN policy, priorities and budget; an inclusive ethos; "
     "reviewing with colleagues how well provision is working and feeding the findings into the school improvement "
     "plan.", "R. Tallis"),
    (None, "BD9", "Call-outs",
     "Case clinic: participants bring a live problem from their school and, in threes, anticipate what could go "
     "wrong, weigh the options and decide; planning the SENCO's year, prioritising and delegating.", "M. Okafor"),
    (None, "BD10", "Handover",
     "CK4 presentations; the SENCO's own professional development: keeping up to date, professional networks, "
     "planning next year's learning.", "All tutors"),
]
t = doc.add_table(rows=len(bd) + 1, cols=5)
t.style = "Table Grid"
for j, h in enumerate(["Suite (MK)", "SMK", "Bench Day", "What is fitted", "Led by"]):
    cell_text(t.cell(0, j), h, shade=GREY, bold=True, size=9)
starts = []
for i, (suite, n, name, what, who) in enumerate(bd, start=1):
    if suite:
        starts.append(i)
        cell_text(t.cell(i, 0), suite.replace("\n", " "), bold=True, size=9, shade=PALE)
    cell_text(t.cell(i, 1), n, size=9)
    cell_text(t.cell(i, 2), name, size=9)
    cell_text(t.cell(i, 3), what, size=9)
    cell_text(t.cell(i, 4), who, size=9)
ends = starts[1:] + [len(bd) + 1]
for s, e in zip(starts, ends):
    t.cell(s, 0).merge(t.cell(e - 1, 0))
set_widths(t, [2.2, 1.2, 2.6, 8.8, 2.2])

np("4.2", [("Research and inspection. ", {"b": True}),
           "Each Bench Day's reading list in the Key Cabinet is revised every summer. This Issue draws on the Bercow "
           "Review of services for children and young people with speech, language and communication needs (2008), "
           "Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Lamb Inquiry's terms of "
           "reference (2008), and the National Strategies' Inclusion Development Programme materials on dyslexia "
           "and on speech, language and communication needs (2008)."], after=4)
np("4.3", [("The Key Cabinet. ", {"b": True}),
           "The Key Cabinet is the Centre's online area on its Moodle site. It holds the slides, readings and Task "
           "briefs for every Bench Day. Between Bench Days participants may email their tutor through the Key "
           "Cabinet, and tutors reply within five working days. There are no discussion forums: the Key Cabinet is "
           "a store, not a meeting place."])
np("4.4", [("Access. ", {"b": True}),
           "The Mortice Yard building has level access, a lift to the first-floor workshop, a hearing loop in both "
           "teaching rooms and an accessible toilet. The application form asks every candidate whether they need any "
           "adjustment at interview, on Bench Days or in the Tasks. The Programme Lead agrees adjustments with the "
           "candidate and, for Tasks, with the University's Disability Advice Service: extra time, materials in "
           "large print or other formats, or a recorded CK4 presentation in place of a live one. Everything in the "
           "Key Cabinet is in Word format so that it can be enlarged or read aloud by screen-reader software."])

# ---------------------------------------------------------------- 5 keying chart
title("5. KEYING CHART (CYLINDER SCHEDULE)")
para(doc, "Read with \"How to read this schedule\" above. Cylinder numbers are fixed: a withdrawn cylinder keeps "
          "its number.")
textbox(doc, [
    [("FITTER'S NOTE", {"b": True})],
    ["This system has been designed to BS EN 1303 practice and every cylinder in it is cut and proved at a marked "
     "Task. The suite covers all of the national minimum outcomes for SENCOs."],
], width_pt=440, height_pt=62)

chart = [
    ("BANK 1: HOW THE SENCO WORKS",),
    ("C01", "Builds fair, respectful and steady working relationships with pupils who have SEN or disabilities and "
            "with their families", "BD7", "CK2"),
    ("C02", "Wins the support of the head, senior leaders and other colleagues for better outcomes for pupils with "
            "SEN", "BD6", "CK3"),
    ("C03", "Puts work in order of priority, manages own time, hands tasks to others and checks they are done",
     "BD9", "-"),
    ("C04", "Sees problems coming, sorts them out, and makes sound, well-grounded decisions about provision", "BD9",
     "CK4"),
    ("C05", "Speaks and writes clearly; listens to and takes in what others think", "BD10", "CK4"),
    ("C06", "Uses research and outside advice to improve own and colleagues' teaching", "BD5", "CK1"),
    ("C07", "Keeps up to date and takes charge of own professional development in SEN and disability", "BD10",
     "Test key"),
    ("BANK 2: WHAT THE SENCO KNOWS",),
    ("C08", "Knows the law and guidance on SEN and the Code of Practice's procedures, what they mean for the school, "
            "the SENCO and others, and how to put them into practice", "BD1", "CK1"),
    ("C09", "Knows the five Every Child Matters outcomes and the SENCO's part in helping children reach them", "BD1",
     "-"),
    ("C10", "Knows the disability equality law and what it requires the school to do for disabled pupils", "BD2",
     "CK1"),
    ("C11", "Knows the common kinds of SEN and disability (BESD, specific learning difficulties including dyslexia, "
            "SLCN, autism, MLD) and how each affects learning", "BD3", "CK2"),
    ("C12", "Weighs up approaches, strategies and resources, including ICT, for assessing, planning and teaching, "
            "and uses them to remove barriers", "BD5", "CK2"),
    ("C13", "Knows how school self-evaluation and improvement planning work and how they bear on outcomes for pupils "
            "with SEN", "-", "CK3 (Note 3)"),
    ("C14", "Knows what works: best practice and research findings on meeting SEN", "BD5", "CK1"),
    ("C15", "Knows what outside agencies do and how to get specialist support and resources", "BD7", "CK2"),
    ("BANK 3: WHAT THE SENCO DOES",),
    ("C16", "With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and use of "
            "resources", "BD8", "CK3"),
    ("C17", "Spots pupils who may have SEN (observation, data, assessment), sets stretching targets, plans "
            "interventions and reviews progress", "BD4", "CK2"),
    ("C18", "Uses assessments by other professionals to shape teaching", "BD4", "CK2"),
    ("C19", "Uses summative assessment, including national tests, to track progress and change programmes", "BD4",
     "CHANGE"),
    ("C20", "Helps other teachers use formative assessment, with approaches for pupils with SEN", "BD4", "CK3"),
    ("C21", "Plans access arrangements for national tests and examinations in good time and sets them up with "
            "colleagues", "BD4", "CK3"),
    ("C22", "Uses provision mapping to plan provision and find what is missing or not working", "BD4", "CK3"),
    ("C23", "Deploys and manages teaching assistants and other staff well", "BD6", "CK3"),
    ("C24", "Supports colleagues' development: observation and feedback, modelling, coaching, training", "BD6", "-"),
    ("C25", "Reviews with colleagues how well provision works, feeding the school improvement plan", "BD8", "CK3"),
    ("C26", "Makes sure pupils take part in planning and reviewing their own provision", "-", "- (Note 4)"),
    ("C27", "Works with parents and carers to support their child's learning", "BD7", "CK2"),
    ("C28", "Works with other services and agencies, including voluntary organisations", "BD7", "CK2"),
]
kc = doc.add_table(rows=len(chart) + 1, cols=4)
kc.style = "Table Grid"
for j, h in enumerate(["Cyl. no.", "Cylinder (what the SENCO can do, in our words)", "Pinned on", "Operated by"]):
    cell_text(kc.cell(0, j), h, shade=GREY, bold=True, size=9)
deleted_row = None
for i, row in enumerate(chart, start=1):
    if len(row) == 1:
        m = kc.cell(i, 0).merge(kc.cell(i, 3))
        cell_text(m, row[0], shade=PALE, bold=True, size=9)
        continue
    no, text, pin, op = row
    cell_text(kc.cell(i, 0), no, size=9)
    cell_text(kc.cell(i, 1), text, size=9)
    cell_text(kc.cell(i, 2), pin, size=9)
    if op == "CHANGE":
        cell_text(kc.cell(i, 3), [("CK2", {"dele": True, "size": 9}), ("Test key", {"ins": True, "size": 9})])
    else:
        cell_text(kc.cell(i, 3), op, size=9)
    if no == "C21":
        deleted_row = kc.rows[i]
set_widths(kc, [1.4, 11.0, 2.0, 2.6])
delete_row(deleted_row)

# ---------------------------------------------------------------- 6 change keys
title("6. CHANGE KEYS: THE FOUR MARKED TASKS")
np("6.1", [("CK1 The Code and the Law ", {"b": True}),
           "(Suite A, 3,000 words). An audit of the participant's school's SEN policy and accessibility plan against "
           "the Code of Practice and the disability equality duty, ending with recommendations the participant "
           "argues from research and best practice."])
np("6.2", [("CK2 The Pupil ", {"b": True}),
           "(Suite B, 4,000 words). A case study of one pupil: how the pupil's needs were identified, what the "
           "assessments of other professionals showed, the targets set, the intervention planned with the pupil's "
           "parents and the outside agencies involved, and a review of the pupil's progress from the recorded "
           "starting point."])
np("6.3", [("CK3 The Provision Map ", {"b": True}),
           "(Suite B and C, a map and a 2,500-word commentary). The participant draws up a provision map for one "
           "year group with colleagues, deploys teaching assistants against it, supports two teachers in using "
           "formative assessment with pupils with SEN, reviews the map after a term, and reports the review and its "
           "priorities to the head and governors."])
np("6.4", [("CK4 Handover ", {"b": True}),
           "(Suite C). A 20-minute presentation to a panel of the Bench tutor and the Key Holder, followed by "
           "questions, and a 2,000-word reflective commentary on a problem the participant met in school, how they "
           "saw it coming, and the decisions they made."])
np("6.5", [("Test keys. ", {"b": True}),
           "Two exercises are set as test keys: a tracking exercise on an anonymised class's Key Stage data after "
           "BD4, and a personal professional development plan at BD10. The tutor reads each one and writes "
           "feedback on it."])
np("6.6", [("Marking. ", {"b": True}),
           "Every Task is marked against published criteria by the Bench tutor and second-marked blind by the "
           "Programme Lead; the two agree a mark or the external examiner decides. The University moderates a "
           "sample of a quarter of the scripts for every Task, including all fails and all marks of 70% or more. "
           "The external examiner sees a sample of each Task and attends the Examination Board in July."])
np("6.7", [("Award. ", {"b": True}),
           "The University awards the Postgraduate Certificate, and with it the National Award, to a participant "
           "whose four Tasks reach an average mark of 50% or more, with no Task below 40%."])

# ---------------------------------------------------------------- 7 service and maintenance
title("7. SERVICE AND MAINTENANCE")
np("7.1", [("Routine service (internal). ", {"b": True}),
           "Every Bench Day ends with a Service Slip: four questions on what worked, what did not, and what the "
           "participant will use in school. The Programme Lead summarises the slips for each Suite. Two "
           "participants elected by each group sit on the Service Panel, which meets the programme team once a "
           "term. Tutors observe one another's Bench Days once a year on the Centre's observation form."])
np("7.2", [("External service. ", {"b": True}),
           "The external examiner reports each July on standards, marking and the programme. The University's "
           "annual monitoring reviews the programme each autumn, and its Quality Office carries out a periodic "
           "review every five years."])
np("7.3", [("Using what we find. ", {"b": True}),
           "Each July the programme team and the University's Head of CPD go through the Service Slips, the Service "
           "Panel's notes, the marks and the external examiner's report, and agree a re-keying list: the changes for "
           "the next Issue of this schedule."])
p74 = np("7.4", [("Confidence and impact. ", {"b": True}),
                 "At Handover participants rate themselves again against every cylinder; the Programme Lead compares "
                 "the Handover rating with the Starting Impression for each participant and for the group, and "
                 "reports the change to the July meeting. ",
                 "We would like in time to know whether pupils do better because their SENCO has been through the "
                 "system, and hope to find a way of measuring this once the first group has finished."])
comment(doc, p74.runs[3], "Judith at Kelvedge thinks the University might fund a small impact study. Not agreed "
                          "yet.", "Rhys Tallis", "RT")
np("7.5", [("Stakeholders. ", {"b": True}),
           "Stakeholders will continue to have a voice in the Suite as it develops, and the Centre values what "
           "schools tell it."])

# ---------------------------------------------------------------- 8 re-keying record
title("8. RE-KEYING RECORD")
np("8.1", "Before Issue B we asked the headteachers of 52 Hallingbury and Stanwickshire schools what a new SENCO most "
          "needed from training; 38 replied. The three commonest answers were managing teaching assistants, using "
          "data to track pupils with SEN, and getting help from outside agencies. Hallingbury LA's SEN team gave us "
          "its analysis of the 2007-08 SENCO induction evaluations, which pointed the same way. The record below "
          "shows what changed and who asked for it.")
rk = [
    ("A", "Sep 2007", "Pilot schedule: eight Bench Days, unaccredited, fourteen Hallingbury SENCOs", "The Centre"),
    ("B", "Jul 2008", "BD6 extended from a half day to a full day on deploying and managing teaching assistants; "
                      "CK3 changed from an essay to a working provision map", "Heads' survey, spring 2008"),
    ("B", "Jul 2008", "Tracking with summative data added to BD4", "Hallingbury LA SEN team"),
    ("C", "Jan 2009", "Saturday group added for the January start", "Pilot participants' Service Slips (nine of "
                                                                     "fourteen asked for weekend days)"),
    ("C", "Jan 2009", "Ten Bench Days, three Suites, 60 credits at Level 7; University of Stanwick validation",
     "The National Award specification"),
]
rt = doc.add_table(rows=len(rk) + 1, cols=4)
rt.style = "Table Grid"
for j, h in enumerate(["Issue", "Date", "Re-keying", "Asked for by"]):
    cell_text(rt.cell(0, j), h, shade=GREY, bold=True, size=9)
for i, r in enumerate(rk, start=1):
    for j, v in enumerate(r):
        cell_text(rt.cell(i, j), v, size=9)
set_widths(rt, [1.3, 2.0, 9.0, 4.7])

# ---------------------------------------------------------------- 9 handover
title("9. HANDOVER AND AFTERCARE")
np("9.1", "At BD10 each participant is given the Centre's course list for the coming year and a leaflet on the "
          "University of Stanwick's MA Inclusive Education, into which the Postgraduate Certificate's 60 credits "
          "can be carried.")
np("9.2", "The Key Holder receives a copy of the participant's CK4 commentary, and the Centre sends the "
          "headteacher a letter confirming the award.")

# ---------------------------------------------------------------- notes
title("NOTES TO THE SCHEDULE")
notes = [
    "Bench Day dates for the September 2009 group are on the Centre's calendar; the January 2010 group meets on "
    "Saturdays and takes the Bench Days of each Suite in the same order.",
    "Change key numbers give the order in which Tasks are handed in, not their weight. CK1 to CK4 carry equal "
    "weight.",
    "C13 is not taught on a Bench Day: participants are expected to know it from their own school's self-evaluation "
    "work, and CK3 asks them to use it.",
    "Consulting pupils. Pupil voice is not fitted in this system. Hallingbury LA runs its own one-day course, "
    "Listening to Learners, which participants may attend at their school's expense. We hope to add a pupil voice "
    "session to BD7 in a later Issue.",
    "Resources. The Education Team's resource room at Mortice Yard holds a lending library of some 400 SEN titles, "
    "current copies of the Code of Practice and the National Strategies' SEN materials, standardised assessment "
    "kits for reading and language that participants may borrow for CK2, and twelve laptops loaded with "
    "text-to-speech, symbol and mind-mapping software that participants use on BD5. The workshop's key-cutting "
    "and pinning benches are not used by SENCO participants.",
    "Costs. The fee is £1,450 for the year, including the Fitting Tutorials and all materials. Hallingbury and "
    "Stanwickshire LAs each fund eight bursaries of £700, and the Saturday group saves schools the cost of "
    "supply cover.",
]
for i, n in enumerate(notes, start=1):
    p = para(doc, [("Note %d.  " % i, {"b": True}), n])
    if i == 4:
        comment(doc, p.runs[1], "Could we fit pupil voice into BD7 for Issue D? Anwen says half a day would do.",
                "Rhys Tallis", "RT")

para(doc, "", after=2)
para(doc, [("Drawn: R. Tallis    Checked: M. Okafor    Approved for issue: University of Stanwick, School of "
            "Education, Head of CPD", {"i": True, "size": 9})])

out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, "words:", word_count(out))
