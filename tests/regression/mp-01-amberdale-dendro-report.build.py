"""mp-01-amberdale-dendro-report: builds mp-01-amberdale-dendro-report.docx next to this script.

Provider (invented): the Amberdale School of Violin Making & Restoration, whose Education Department has run
"Strings Within Reach" (adapting instruments and their teaching for pupils with SEN) since 1996, with the
University of Westerhope (validates the programme as its 60-credit PGCert and confers the award), Westerhope City
Council and Harnshire County Council. January 2009, first cohort September 2009.

Document kind and layout: the application is written on the School's Dendrochronology Laboratory report template
(Report D-0931), the house style in which every report leaves the building: a title-block table with merged and
shaded cells; Heading 1 / Heading 2 styles with the laboratory's numbered sections (Summary, Terms used, Object
examined, Sampling, Measurement, Reference chronologies, Results, Interpretation, Provenance, The Laboratory,
References); the summary in a VML text box; a page header and footer; footnotes; two Word comments; tracked
changes. House vocabulary: the eight study days are "Workshop Days" W1-W8 with luthiers' names (The Mould,
Tapping the Wood, Graduation, The Inside Work, Fitting Up, The Bass Bar, The Varnish, Playing In); the taught days
are the "Bass Track", school-based work between them the "Treble Track" (nine "Bench Tasks", an "In-school
Mentor"); the marked assessments are three "Plates" (Plate 1 The Case, Plate 2 The Setup, Plate 3 The Playing
Test); the pre-course audit is the "Starting Survey"; one-to-one tutorials are "Bench Tutorials"; the online
board is the "Glue Pot"; stakeholder evidence is the "Reference chronologies"; the national outcomes are the 29
"Rings" of the "Ring Series" table (section 7), in the provider's own words, numbered 1-29 without national
codes, with shaded merged group rows and two vertically merged cells. The Ring Series' Status values are keyed far
above it, in section 2 ("Terms used in this report"): "Dated (Pn)" = developed and marked in Plate n;
"Measured" = worked at a Day and commented on at the bench, not marked (formative only); "Counted only" = taught,
not assessed; "Not sampled" = not in the Award.

Traps (requirement ids):
- Blanket claim in the summary text box, "All twenty-nine national outcomes are present in the ring series"
  (6.0, all 6.*): not an arrangement; the Ring Series itself shows gaps.
- Award rule rests on passing three Plates and attendance, and the Plates do not date every ring (6.0 partial,
  1.9 partial).
- Aims and objectives speak of attainment only, not well-being / ECM (1.1 partial).
- Pupil voice: a hope ("We hope to add it in a later edition"), and a past arrangement (pupil interviews in the
  2007-08 pilot, "dropped from the Award") (1.5 not met, 6.S7 not met).
- Assessment-only route: negated ("There is no route to the Award by assessment alone"); the route appears only in
  a deleted tracked paragraph; another programme's portfolio route (the University's MA) (2.3 not met).
- Starting Survey read by tutors but no individual training plan or personalised outcomes (2.2 partial).
- Flexibility: one start a year; a January cohort only on a condition ("Should more than twenty-four heads
  nominate") (3.2 partial).
- E-learning: the Glue Pot is participant-run, "Tutors do not read or post in it"; questions go by email to the
  Course Office (3.3 partial: peer support, no direct tutor support).
- Stakeholders: survey and Design Group shaped the Award (4.1, 4.2 met); continuing involvement only as speakers
  and hosts, evaluation is "the Course Team's"; the heads' reading panel was the pilot's and has ended
  (4.3 partial: past arrangement).
- CRB: someone else's responsibility ("their employers carry out and hold their CRB checks; the School does not ask
  to see them"); the enhanced disclosures described are the School's own staff's for the Instrument Van (right
  words, wrong people); a comment suggesting heads confirm CRB is not part of the submission (5.3 not met).
- Placements: "The Award has no placement"; the Mittenwald/Cremona placement belongs to the restoration students
  (wrong context); specialists do come to the Days (5.5 partial).
- Mentors: "A Mentor's Guide is being written", a briefing only intended (5.7 partial).
- Impact: confidence measured (Starting Survey repeated at W8) but pupils' achievement only expected and wished for
  (5.9 partial).
- Ring Series: ring 3 time management "Measured" (6.A3 partial, formative only); ring 7 keeping up to date
  "Counted only" (6.A7 partial); ring 11 child development "Not sampled" (6.K4 not met); ring 14 school
  self-evaluation "Dated (P3)" but "-" on both tracks, with a comment noting no Day teaches it (6.K7 partial:
  assessed, not taught); ring 21 formative assessment "Measured" (6.S2c partial); ring 27 pupil participation
  "Not sampled" (6.S7 not met); ring 28 liaison with parents "Counted only" (6.S8 partial).
- Tracked change in a cell: ring 22 (special arrangements for tests) "Measured" deleted and "Dated (P3)"
  inserted; Plate 3's portfolio also holds an access-arrangements plan (6.S2d met).
- Footnotes carry the external examiner's name and the survey's response detail (supporting 5.8, 4.1; both are
  met on the body text as well).
- Header and footer carry only the report number and a disclaimer (never evidence).
- Numbering collision: the laboratory's own section numbers ("3.1 Particulars", "4.3 Bench Tutorials", "5.5 The
  award", "6.3 Continuing involvement", "8.2 Quality assurance") look like requirement ids but are not.

Expected: 41 met / 15 partially met / 5 not met / 0 not applicable.
"""
from pathlib import Path

from docx.shared import Pt

from _mp_helpers import (Footnotes, add_runs, cell_text, dele, deleted_paragraph, header_footer, ins,
                         new_document, para, shade, table, text_box, vmerge)

HERE = Path(__file__).parent
NAME = "mp-01-amberdale-dendro-report"
BROWN = "6B4E2E"
PALE = "EFE6D6"
AUTH1, DATE1 = "Alan Pertwee", "2009-01-12T10:14:00Z"
AUTH2, DATE2 = "Ruth Oyelaran", "2009-01-14T16:40:00Z"

doc = new_document("Georgia", 10.5)
fn = Footnotes()
header_footer(doc, "Amberdale Dendrochronology Laboratory  \u00b7  Report D-0931  \u00b7  The National Award for "
                   "SEN Coordination",
              "Reports are issued to the commissioning party only and relate only to the object examined.  Page ")


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def p(t="", **kw):
    return para(doc, t, **kw)


def bullet(t):
    return para(doc, t, style="List Bullet")


# ------------------------------------------------------------------ title block
tb = table(doc, 6, 4, widths=[3.2, 5.2, 3.2, 4.4])
top = tb.cell(0, 0).merge(tb.cell(0, 3))
cell_text(top, "**AMBERDALE SCHOOL OF VIOLIN MAKING & RESTORATION**\n\nDendrochronology Laboratory  \u00b7  "
               "3 Tanner's Row, Amberdale, Harnshire AM4 7QJ  \u00b7  Tel. 01632 960 418", fill="E3D5BC",
          align="center")
rows = [
    ("Report no.", "D-0931", "Date of report", "16 January 2009"),
    ("Object", "The National Award for SEN Coordination (Amberdale\u2013Westerhope)", "Commissioned by",
     "The Course Team, for the TDA's approval round"),
    ("Examined by", "R. Oyelaran (Programme Leader); A. Pertwee (University of Westerhope)", "Laboratory ref.",
     "AM/ED/SENCO/01"),
    ("Method", "Two-track examination", "Status", "Issued for submission"),
]
for i, (a, b, c, d) in enumerate(rows, start=1):
    cell_text(tb.cell(i, 0), a, bold=True, fill=PALE, size=9)
    cell_text(tb.cell(i, 1), b, size=9)
    cell_text(tb.cell(i, 2), c, bold=True, fill=PALE, size=9)
    cell_text(tb.cell(i, 3), d, size=9)
last = tb.cell(5, 1).merge(tb.cell(5, 3))
cell_text(tb.cell(5, 0), "Distribution", bold=True, fill=PALE, size=9)
cell_text(last, "TDA approval panel; University of Westerhope; Laboratory file", size=9)

p("")
p("//A note to the panel.// Every report that leaves this building is issued on the Laboratory's template, and "
  "the Course Team kept to it. Where a report would describe an instrument's belly, this one describes the "
  "Award. The Laboratory's words are explained in section 2; the Ring Series in section 7 should be read with "
  "them.", size=9.5, color="4A3A28")

# ------------------------------------------------------------------ 1 summary
h1("1  Summary")
text_box(doc, [
    "**Summary of findings**",
    "The object is the Award as it will run from September 2009, examined along both tracks and measured against "
    "the national specification and what local schools told us in 2008.",
    "All twenty-nine national outcomes are present in the ring series, and the Award dates securely to the "
    "national specification.",
    "//Conclusion: secure match. No further sampling recommended.//",
])

# ------------------------------------------------------------------ 2 terms
h1("2  Terms used in this report")
p("The Laboratory uses a few words in fixed senses, given below in both senses. In the Ring Series (section 7) "
  "each carries the second sense and no other.")
terms = [
    ("Term", "In an instrument report", "In this report"),
    ("Object", "The instrument examined.", "The Award."),
    ("Track (Bass, Treble)", "A radius along which the rings are measured, one on each side of the belly.",
     "The two sides of the Award. The Bass Track is the eight Workshop Days at Amberdale. The Treble Track is the "
     "participant's work in their own school between the Days."),
    ("Ring", "One year's growth.", "One national outcome, written in our words and numbered 1 to 29 in the order "
                                   "of the specification."),
    ("Plate", "The belly or back of an instrument, graduated to thickness.",
     "One of the three pieces of marked work by which the Award is assessed (section 5)."),
    ("Dated (P1, P2, P3)", "A ring series securely cross-matched against a reference chronology.",
     "The outcome is developed on one or both tracks and is marked in the Plate named in brackets. A participant "
     "who does not show it in that Plate does not pass the Plate."),
    ("Measured", "Rings measured but not yet matched.",
     "The outcome is worked at a Workshop Day, and the tutor looks at the participant's work on it at the bench "
     "and says what they see. It is not marked, and nothing of it counts towards the Award."),
    ("Counted only", "Rings counted by eye, without measurement.",
     "The outcome is taught on a track. Nothing of it is measured or marked."),
    ("Not sampled", "The area was not sampled.", "The Award does not deal with the outcome."),
    ("Reference chronology", "A master series from dated timber.",
     "What schools, authorities and parents told us (section 6)."),
    ("Bench Tutorial", "\u2014", "A one-to-one meeting with a tutor; there are three in the year."),
    ("Glue Pot", "\u2014", "The Award's online discussion board (section 4.4)."),
]
tt = table(doc, len(terms), 3, widths=[3.3, 5.2, 7.5])
for i, row in enumerate(terms):
    for j, t in enumerate(row):
        cell_text(tt.cell(i, j), t, size=9, bold=(i == 0 or j == 0), fill=("E3D5BC" if i == 0 else None))

# ------------------------------------------------------------------ 3 object
h1("3  The object examined")
h2("3.1  Particulars")
p("The object is the National Award for SEN Coordination as offered by the Amberdale School of Violin Making & "
  "Restoration in partnership with the University of Westerhope. The University validated the programme at its "
  "validation event of 4 December 2008 as its Postgraduate Certificate in Special Educational Needs Coordination, "
  "and the University confers the award on those who complete it. The Award carries 60 credits at Master's level, "
  "in two modules of 30 credits each: EDU-7421 The Coordinator's Bench and EDU-7422 The School's Instrument.")
p("The School's Education Department has run Strings Within Reach since 1996, adapting instruments, and the "
  "teaching of them, for pupils with physical, sensory and learning difficulties in forty-one schools. In 2007 "
  "the two authorities asked us to turn the Coordinators' Workshop we ran for them into an accredited course "
  "(section 9).")
h2("3.2  Aims and objectives")
p("The aim of the Award is to raise the attainment of pupils with special educational needs and/or disabilities "
  "in the participant's school, by preparing the participant to lead the coordination of provision for them. "
  "Its objectives are that each participant will:")
for t in ["know the law and guidance that govern SEN provision, and apply them in their school;",
          "identify pupils' needs, set targets and track attainment against them;",
          "plan, map and manage provision so that it raises attainment;",
          "lead and support colleagues in teaching pupils with SEN."]:
    bullet(t)
p("Each objective is carried into the Workshop Days and into the Plate criteria: the marking criteria for every "
  "Plate ask what difference the participant's work has made, or could make, to pupils' attainment.")
h2("3.3  For whom")
p("The Award is for teachers in the schools of the two authorities who are new to the SENCO role: those appointed "
  "within the last two years, and those their head has designated to take it up. A cohort is twenty participants.")

# ------------------------------------------------------------------ 4 sampling
h1("4  Sampling: the two tracks")
p("What is taught on the Bass Track is tried on the Treble Track, in the participant's own school, before it is "
  "marked.")
h2("4.1  The Bass Track: eight Workshop Days")
days = [
    ("Day", "Date", "Our name", "What is done"),
    ("W1", "24 Sept 2009", "The Mould",
     "The SENCO's role. The SEN Code of Practice (2001) and its "
     "graduated response, School Action and School Action Plus, statutory assessment, statements and annual "
     "reviews; the Special Educational Needs and Disability Act 2001; the Education (Special Educational Needs "
     "Co-ordinators) (England) Regulations 2008; the Disability Discrimination Act 1995 as amended in 2005, the "
     "disability equality duty, and the school's Disability Equality Scheme and accessibility plan."),
    ("W2", "15 Oct 2009", "Tapping the Wood",
     "Finding out which pupils have SEN: classroom observation, data, assessment and monitoring. The common types "
     "of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and how each can affect learning, "
     "with the Bercow Review (2008). "
     "Reading and using the reports of educational psychologists, speech and language therapists and the sensory "
     "support service to shape teaching. Setting challenging targets, planning interventions, reviewing progress."),
    ("W3", "19 Nov 2009", "Graduation",
     "Summative assessment: P scales, national curriculum tests and teacher assessment, RAISEonline, and tracking "
     "pupils' progress in order to change programmes that are not working. Formative assessment, and how to "
     "encourage colleagues to use it with pupils with SEN. Access arrangements for national tests and "
     "examinations: deciding in good time what a pupil needs, and arranging it with colleagues and the "
     "examinations officer."),
    ("W4", "14 Jan 2010", "The Inside Work",
     "Provision mapping and management: costing provision and finding what is ineffective or missing. Deploying "
     "and managing teaching assistants and other support staff. Approaches, strategies and resources for "
     "assessment, planning and teaching, ICT among them (text-to-speech, Clicker, switch access, the interactive "
     "whiteboard), examined critically against the evidence for them."),
    ("W5", "11 Feb 2010", "Fitting Up",
     "Every Child Matters: the five outcomes and the SENCO's part in them; the Common Assessment Framework. "
     "Outside agencies, voluntary organisations among them, and how to get their support. Working with parents and carers: a talk from the Harnshire Parent Partnership "
     "Service, then practice in difficult conversations, with two parents from the Service taking the parents' "
     "parts. Building fair and respectful relationships with pupils and their families."),
    ("W6", "18 Mar 2010", "The Bass Bar",
     "Leading colleagues. Gaining the commitment of the headteacher and senior leaders; working with governors on "
     "SEN policy, priorities and the use of resources; an inclusive ethos. Supporting colleagues' development: "
     "observation and feedback, modelling, coaching and mentoring, planning and leading a training session. "
     "Managing one's own time: each participant brings a fortnight's time log, which the tutor reads with them at "
     "the bench."),
    ("W7", "29 Apr 2010", "The Varnish",
     "Research and best practice in meeting SEN, with Ofsted's reports of 2004 and 2006 on inclusion, and how to "
     "use research and outside advice to improve one's own and colleagues' practice. Reviewing with colleagues how "
     "well provision works, so that the school's improvement planning can draw on it. Judgement: anticipating "
     "problems and making well-founded decisions about provision, worked through three cases."),
    ("W8", "24 June 2010", "Playing In",
     "Presentations of Plate 2 to the cohort and two examiners; the Playing Test (Plate 3); the Onward Plan "
     "(section 8.3)."),
]
dt = table(doc, len(days), 4, widths=[1.2, 2.3, 2.8, 9.7])
for i, row in enumerate(days):
    for j, t in enumerate(row):
        cell_text(dt.cell(i, j), t, size=9, bold=(i == 0 or j == 2), fill=("E3D5BC" if i == 0 else None))

h2("4.2  The Treble Track: Bench Tasks in school")
p("Between the Days each participant carries out Bench Tasks in their own school, agreed with an In-school "
  "Mentor, a senior leader named by the head. There are nine Bench Tasks; the participant chooses six, of which "
  "tasks 1, 4 and 7 are required:")
for t in ["1 (required): follow one pupil's annual review, including the meeting with the parents;",
          "2: review the school's Disability Equality Scheme with the member of staff responsible for it;",
          "3: shadow the educational psychologist for a school visit;",
          "4 (required): map the school's provision for pupils with SEN; the map becomes the starting point of "
          "Plate 2;",
          "5: lead one training session for colleagues;",
          "6: observe a colleague teaching a pupil with SEN and give feedback;",
          "7 (required): visit one outside agency or voluntary organisation that works with the school's pupils;",
          "8: keep a research log for half a term;",
          "9: sit in on one meeting of the governors' committee that deals with SEN."]:
    bullet(t)
p("The Bench Tasks are not marked. The work they produce is drawn on in the Plates.")

h2("4.3  Bench Tutorials")
p("Each participant has three Bench Tutorials (October, February and May), an hour each, in person or by "
  "telephone. The participant sets the agenda, drawing on their Starting Survey (section 4.5) and on their "
  "progress with the Plates, and chooses their Bench Tasks with the tutor so that the year's work goes where they "
  "need it most. Each Plate follows the Days it draws on.")
p("The fee is \u00a31,380 a participant, of which the two authorities pay \u00a3800. We keep the cost down by "
  "teaching both modules to one cohort together, in the School's own rooms, with the authorities' officers as "
  "speakers.")

h2("4.4  The Glue Pot")
p("Between the Days the cohort shares its Bench Tasks in the Glue Pot, a discussion board on the University's "
  "Blackboard site, where each Day's slides and readings are also posted. The Glue Pot is kept by the "
  "participants: one of them moderates it each half-term. Tutors do not read or post in it, so that participants "
  "can speak freely; questions for a tutor go to the Course Office by email and are answered within five working "
  "days.")

h2("4.5  Who may be sampled")
p("**Entry.** Participants must hold Qualified Teacher Status, be working as SENCO or be designated by their head "
  "to become SENCO within the year, and be nominated by their headteacher on the Nomination Form, which commits "
  "the school to release for the Days and names the In-school Mentor. The Programme Leader then speaks "
  "with each candidate by telephone for half an hour against the Entry Profile, a page setting out what a "
  "participant needs in order to begin: at least two years' teaching, and some experience of SEN provision in "
  "school. A candidate who does not yet meet the Profile is told what to do to reach it, usually a term's work "
  "alongside the current SENCO and the Preparatory Reading List, and the Programme Leader agrees this with the "
  "head; the candidate may apply again the next year.")
crb = p("**Checks.** ")
crb_runs = add_runs(crb, "Participants are serving teachers, and their employers carry out and hold their CRB "
                         "checks; the School does not ask to see them.")
add_runs(crb, " (Every member of the School's own staff who goes into schools with the Instrument Van holds an "
              "enhanced CRB disclosure, renewed every three years.)")
doc.add_comment(crb_runs, text="Should we ask heads to confirm the CRB on the Nomination Form? Would cost nothing.",
                author=AUTH2, initials="RO")
p("**Prior learning.** A participant who holds Master's-level credit for earlier study of SEN, such as the "
  "University's former Certificate in Learning Support, may have up to 30 credits accredited against EDU-7421 "
  "under the University's regulations for the accreditation of prior learning. A participant with long "
  "experience may instead make a claim for prior experiential learning: a portfolio mapped against rings 1 to 16, "
  "assessed by the University's APL Panel, which may award up to 30 credits.")
p("**Starting Survey.** Before W1 each participant completes the Starting Survey, rating themselves from 1 to 4 "
  "against each of the twenty-nine rings, with a line of evidence for each rating. The tutors read the Surveys "
  "before the first Day, and the participant brings theirs to the first Bench Tutorial.")
p("**No other route.** There is no route to the Award by assessment alone: every participant works both tracks, "
  "and the Laboratory would not date a belly it had not measured.")
deleted_paragraph(doc, "In exceptional cases, an experienced teacher from an SEN support service may present "
                       "Plates 1 to 3 for assessment without attending the Workshop Days, for a fee of \u00a3450.",
                  AUTH1, DATE1)
p("(The University's MA in Inclusive Education admits some students directly to its dissertation stage on the "
  "strength of a portfolio; that route belongs to the MA and not to this Award.)")

h2("4.6  Starts and pace")
p("The Award has one start a year, in September, and the Days are taken in order at Amberdale. A participant who "
  "misses a Workshop Day through illness or the needs of their school joins the next cohort for that Day, and may "
  "take up to two years to complete. Should more than twenty-four heads nominate for 2009-10, a second cohort "
  "would start in January 2010.")

# ------------------------------------------------------------------ 5 measurement
h1("5  Measurement: the three Plates")
p("Rings are dated only in the Plates. Each Plate's brief, published at W1, lists its rings and marking "
  "criteria.")
h2("5.1  Plate 1: The Case")
p("Module EDU-7421; 4,000 words; due 7 January 2010. The participant follows one pupil with SEN and/or "
  "disabilities through a term. They identify the pupil's needs from observation, data and the assessments of at "
  "least two other professionals, set targets, plan an intervention and review the pupil's progress using "
  "summative data, including national test or P scale results. They explain the law and guidance that bear on "
  "the pupil, including the school's duties under disability equality law, and set out the kind of SEN concerned "
  "and how it affects the pupil's learning. They show how the plan serves the pupil's Every Child Matters "
  "outcomes, and describe how they built a working relationship with the pupil and the family. The Case is "
  "written for a colleague who will teach the pupil next year.")
h2("5.2  Plate 2: The Setup")
p("Module EDU-7422; 5,000 words and a 15-minute presentation at W8. Starting from the provision map made in Bench "
  "Task 4, the participant finds one piece of provision that is ineffective or missing, wins the agreement "
  "of the head and senior leaders to change it, takes the proposal to the governors or their committee, and "
  "leads the change, including how support staff are deployed and managed. They weigh the approaches, strategies "
  "and resources open to them, ICT included, decide, and say why. With colleagues they review how well the "
  "changed provision works and what the school's improvement plan should take from it. The presentation is "
  "marked for clarity, and for how the participant answers questions and takes account of others' views.")
h2("5.3  Plate 3: The Playing Test")
p("Module EDU-7422; a portfolio and a 30-minute professional discussion at W8 with two examiners. The portfolio "
  "holds: the record of a training session the participant led, and of one observation of a colleague with the "
  "feedback given; a short review of research on one area of SEN and how it changed the participant's practice; "
  "an account of work with one outside agency or voluntary organisation; a plan, made with colleagues, of the "
  "access arrangements the participant's pupils will need in the coming year's national tests or examinations; "
  "and the participant's contribution to the SEN section of the school's self-evaluation form. In the discussion "
  "the examiners test the participant's knowledge of best practice and research, of the outside agencies and how "
  "to draw on them, and of school self-evaluation.")
h2("5.4  Marking and moderation")
mm = p("Each Plate is marked by the tutor who has taught the participant, against the brief's criteria, as Pass, "
       "Refer or Fail. Every Plate 2 and every Playing Test, and one in four of the other Plates, including all "
       "Fails and borderline Passes, is second-marked by a tutor from the University. The tutors meet to agree "
       "marks before results go forward, and a sample of each Plate, with the agreed marks, goes to the "
       "University's external examiner for the programme, who attends the Board of Examiners in July.")
fn.add(mm, "The external examiner for 2009-10 is Dr Helen Marchbank, Reader in Special Education at the "
           "University of Caldwick, appointed by the University of Westerhope's Academic Board in November 2008.")
p("A participant referred in a Plate may resubmit once, within eight weeks.")
h2("5.5  The award")
p("A participant who passes all three Plates and has attended at least seven of the eight Workshop Days is "
  "recommended to the University's Board of Examiners for the Award.")

# ------------------------------------------------------------------ 6 reference chronologies
h1("6  Reference chronologies")
h2("6.1  The Westerhope\u2013Harnshire master")
sv = p("In March 2008 the Course Team sent a questionnaire to the headteachers and SENCOs of all 212 schools in the "
       "two authorities, and 97 replied. We also held two evening meetings for SENCOs, which 41 attended, and "
       "interviewed the authorities' principal officers for SEN and the managers of both Parent Partnership "
       "Services. What they told us, and what the Award does with it:")
fn.add(sv, "Replies came from 71 primary, 19 secondary and 7 special schools. The questionnaire and a summary of "
           "the replies are held on the Laboratory file and can be sent to the panel.")
ref = [
    ("They told us", "What the Award does"),
    ("New SENCOs struggle most with time: 71 of the 97 schools put it first.",
     "W6 gives time a session and the time log; Bench Tasks are chosen, not all required."),
    ("Provision mapping is patchy, and few SENCOs cost their provision.",
     "W4 is given a whole Day; Plate 2 starts from the participant's own provision map."),
    ("Teaching assistants are often deployed without a plan.",
     "Deploying and managing support staff is taught at W4 and dated in Plate 2."),
    ("Parents want SENCOs who explain clearly and listen (both Parent Partnership Services).",
     "W5's practice with parents; Plate 1 asks how a working relationship with the family was built."),
    ("Heads want a course that does not take SENCOs out of school often.",
     "Eight Days, all on Thursdays; most of the work is done in school."),
]
rt = table(doc, len(ref), 2, widths=[8, 8])
for i, (a, b) in enumerate(ref):
    cell_text(rt.cell(i, 0), a, size=9, bold=(i == 0), fill=("E3D5BC" if i == 0 else None))
    cell_text(rt.cell(i, 1), b, size=9, bold=(i == 0), fill=("E3D5BC" if i == 0 else None))
h2("6.2  How the master changed the Award")
p("A Design Group met six times between May and November 2008: the Course Team, the University, the principal "
  "SEN officers of both authorities, three headteachers, two serving SENCOs and the manager of the Harnshire "
  "Parent Partnership Service. It changed the Award in three ways the first draft did not have: W4 became a whole "
  "Day on provision mapping (the draft gave it half a day); the parents in W5's practice are real parents from "
  "the Service, at the Service's suggestion; and Plate 2 was changed from a written proposal into a change "
  "actually led in school, at the heads' insistence.")
h2("6.3  Continuing involvement")
p("Both authorities' officers, the Parent Partnership Service and two special school heads will speak at "
  "Workshop Days, and the authorities' Area SENCOs host the Bench Task 7 visits. Evaluation of the Award is the "
  "Course Team's: it draws on participants' Day Sheets, Plate results and the external examiner's report (section "
  "8.2). In the 2007-08 pilot three headteachers read a sample of the pilot's assignments and reported to the "
  "Design Group; the pilot has ended and that panel with it.")

# ------------------------------------------------------------------ 7 results
h1("7  Results: the Ring Series")
p("The table gives each ring in our words, where it is developed on each track, and its status in the senses "
  "of section 2. A dash means nothing on that track.")
rings = [
    ("A", "ATTRIBUTES: rings 1 to 7"),
    ("1", "Build fair, respectful and supportive working relationships with pupils with SEN and/or disabilities "
          "and with their parents and carers", "W5", "Task 1", "Dated (P1)"),
    ("2", "Win the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
     "W6", "Mentor meetings", "Dated (P2)"),
    ("3", "Plan their own time, set priorities, and hand tasks on to others and see that they are done", "W6",
     "Time log", "Measured"),
    ("4", "See problems coming, settle them, and make sound, well-grounded decisions about provision", "W7",
     "\u2014", "Dated (P2)"),
    ("5", "Speak and write clearly; listen to and take in the views of others", "All Days", "\u2014",
     "Dated (P1, P2)"),
    ("6", "Use research and outside advice to improve their own and colleagues' practice", "W7", "Task 8",
     "Dated (P3)"),
    ("7", "Keep up to date and take charge of their own professional development in SEN and disability",
     "W8 (Onward Plan)", "\u2014", "Counted only"),
    ("K", "KNOWLEDGE AND UNDERSTANDING: rings 8 to 16"),
    ("8", "The law and guidance on SEN, the SEN Code of Practice with them: what they mean for the school and the "
          "SENCO, and how to carry them out", "W1", "\u2014", "Dated (P1)"),
    ("9", "Every Child Matters: its principles and five outcomes, and what the SENCO does towards them", "W5",
     "\u2014", "Dated (P1)"),
    ("10", "Disability equality law and the duties it places on the school", "W1", "Task 2", "Dated (P1)"),
    ("11", "How children develop, and how SEN, disability and the setting for learning affect it", "\u2014",
     "\u2014", "Not sampled"),
    ("12", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each "
           "can affect learning", "W2", "\u2014", "Dated (P1)"),
    ("13", "Approaches, strategies and resources for assessing, planning, teaching and learning, ICT among them, "
           "understood critically", "W4", "\u2014", "Dated (P2)"),
    ("14", "School self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "\u2014",
     "\u2014", "Dated (P3)"),
    ("15", "Best practice and the findings of research in meeting SEN", "W7", "Task 8", "Dated (P3)"),
    ("16", "What outside agencies do, and how to get specialist support and resources", "W5", "Task 7",
     "Dated (P3)"),
    ("S", "SKILLS: rings 17 to 29"),
    ("17", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of "
           "resources", "W6", "Task 9", "Dated (P2)"),
    ("18", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "W2", "Case pupil", "Dated (P1)"),
    ("19", "Use other professionals' assessments to shape teaching", "W2", "Task 3", "Dated (P1)"),
    ("20", "Use summative assessment, national tests among it, to track progress and change programmes", "W3",
     "Case pupil", "Dated (P1)"),
    ("21", "Encourage colleagues to use formative assessment, with approaches suited to pupils with SEN", "W3",
     "\u2014", "Measured"),
    ("22", "Identify in good time the special arrangements pupils need in national tests and examinations, and "
           "put them in place with colleagues", "W3", "\u2014", None),
    ("23", "Use provision mapping and management; find provision that is not working or is missing", "W4",
     "Task 4", "Dated (P2)"),
    ("24", "Deploy and manage staff who support pupils with SEN", "W4", "\u2014", "Dated (P2)"),
    ("25", "Support colleagues' professional development: observation and feedback, modelling, coaching, "
           "mentoring, training", "W6", "Tasks 5, 6", "Dated (P3)"),
    ("26", "Review with colleagues how well provision works, so the school's improvement planning can draw on it",
     "W7", "\u2014", "Dated (P2)"),
    ("27", "Make sure pupils take part in planning, agreeing and reviewing the provision made for them", "\u2014",
     "\u2014", "Not sampled"),
    ("28", "Liaise with parents and carers to promote their children's learning", "W5", "Task 1",
     "Counted only"),
    ("29", "Work in partnership with other services and agencies, voluntary organisations among them", "W5",
     "Task 7", "Dated (P3)"),
]
hdr = ("Ring", "What the participant can do (our words)", "Bass Track", "Treble Track", "Status")
rs = table(doc, len(rings) + 1, 5, widths=[1.1, 8.4, 2.2, 2.2, 2.1])
for j, t in enumerate(hdr):
    cell_text(rs.cell(0, j), t, size=9, bold=True, fill="C9B48F")
row_of = {}
for i, row in enumerate(rings, start=1):
    if len(row) == 2:
        m = rs.cell(i, 0).merge(rs.cell(i, 4))
        cell_text(m, row[1], size=9, bold=True, fill="E3D5BC")
        continue
    row_of[row[0]] = i
    for j, t in enumerate(row):
        if t is None:
            continue
        cell_text(rs.cell(i, j), t, size=9, bold=(j == 0))
# ring 22: the status changed in the cell, with tracked changes
c22 = rs.cell(row_of["22"], 4)
c22.text = ""
pp = c22.paragraphs[0]
dele(pp, "Measured", AUTH1, DATE1, rpr='<w:rPr><w:sz w:val="18"/></w:rPr>')
ins(pp, "Dated (P3)", AUTH1, DATE1, rpr='<w:rPr><w:sz w:val="18"/></w:rPr>')
# ring 14: a comment on the status cell
c14 = rs.cell(row_of["14"], 4)
doc.add_comment(c14.paragraphs[0].runs, text="Nothing on either track teaches this. Add to W7 next year?",
                author=AUTH1, initials="AP")
# vertical merges: rings 18 and 19 share W2; rings 23 and 24 share W4
for a, b in (("18", "19"), ("23", "24")):
    merged = vmerge(rs, 2, row_of[a], row_of[b])
    cell_text(merged, "W2" if a == "18" else "W4", size=9)

# ------------------------------------------------------------------ 8 interpretation
h1("8  Interpretation")
h2("8.1  Effect on practice")
p("The Award is rooted in the participant's school. All the Bench Tasks are done there, and Plate 2 cannot be "
  "passed without a change the participant has led in their own school and evaluated with colleagues.")
h2("8.2  Quality assurance")
p("**Internal.** After every Day each participant fills in a Day Sheet (what helped, what did not, what they will "
  "try); the Course Team meets the following week, reads the Sheets and records the changes for the next Day in "
  "the Course Log. Plate results are analysed ring by ring after each Board, and a ring that many participants "
  "fail to show is looked at again in the Days that lead to it. The University's module evaluation questionnaire "
  "is given at W8.")
p("**External.** The external examiner reports each year on standards and marking; the University's annual "
  "monitoring of the programme takes the Course Log, the results and the examiner's report; and the University's "
  "Education Quality Office reviews it in its second year.")
p("**Use.** In July the Course Team holds the Annual Review, which brings all of this together and agrees the "
  "changes for the next cohort. The changes, and the reasons for them, go into the programme's annual monitoring "
  "report to the University and to the Steering Group (the Head of the School's Education Department, the "
  "Programme Leader and the University's Head of Continuing Professional Development).")
h2("8.3  The Onward Plan")
p("At W8 each participant drafts an Onward Plan: two or three professional targets for the year after the Award, "
  "and the development they will need to meet them. The last Bench Tutorial is spent on it, and the participant "
  "takes it to their next performance management review with the head. We give each participant the "
  "University's information on its MA in Inclusive Education and on the Masters in Teaching and Learning.")
h2("8.4  Impact")
p("Participants take the Starting Survey again at W8, so that the change in their own rating on every ring can be "
  "set beside their Plate results; the Course Team reports both at the Annual Review. Whether pupils do better "
  "because their SENCO has taken the Award is harder to date. We expect the schools' own tracking to show it in "
  "time, and the Course Team would like to find a way of measuring it before the third cohort.")
h2("8.5  What the Award does not date")
p("Pupils' own part in planning, agreeing and reviewing their provision is not in this edition of the Award "
  "(ring 27; see also section 9). We hope to add it in a later edition, once we have seen how the first cohort "
  "manages the Bench Tasks. Nor does the Award sample how children develop (ring 11).")

# ------------------------------------------------------------------ 9 provenance
h1("9  Provenance")
for t in [
    "**1996.** Strings Within Reach begins.",
    "**2003\u20132008.** The Coordinators' Workshop, an unaccredited course of five twilight sessions for new "
    "SENCOs, runs for the two authorities; 118 teachers attend.",
    "**2007\u201308.** The pilot of the Award, with twelve SENCOs, accredited by the University as a single "
    "30-credit module. In the pilot each participant interviewed two pupils about the support they received and "
    "wrote up what the pupils said; this was dropped from the Award because schools found the interviews hard to "
    "arrange within the term.",
    "**4 December 2008.** Validation by the University of Westerhope.",
    "**September 2009.** First cohort.",
]:
    p(t)

# ------------------------------------------------------------------ 10 the laboratory
h1("10  The Laboratory")
h2("10.1  Staff")
staff = [
    ("Name", "Part in the Award", "Qualifications and experience"),
    ("Ruth Oyelaran", "Programme Leader; tutor on all Days; marks Plates 1 to 3",
     "BEd; MA Special and Inclusive Education; OCR Certificate of Competence in Educational Testing. SENCO for "
     "eleven years in a Harnshire comprehensive; Advisory Teacher for SEN, Harnshire County Council, 2003\u20132008."),
    ("Dr Alan Pertwee", "University tutor; second marker; link to the Board of Examiners",
     "Senior Lecturer in Inclusive Education, University of Westerhope; PhD on provision mapping in secondary "
     "schools (2006); formerly a SENCO and head of a learning support service."),
    ("Meena Dhaliwal", "Tutor for W2 and W5; marks Plate 1",
     "Chartered educational psychologist, Harnshire Educational Psychology Service, seconded for one day a week "
     "to the Award; MSc Educational Psychology."),
    ("Tom Vearncombe", "Head of the Education Department; manages rooms, resources and budget",
     "Luthier; runs Strings Within Reach. Does not teach or mark on the Award."),
]
st = table(doc, len(staff), 3, widths=[3.2, 4.8, 8])
for i, row in enumerate(staff):
    for j, t in enumerate(row):
        cell_text(st.cell(i, j), t, size=9, bold=(i == 0 or j == 0), fill=("E3D5BC" if i == 0 else None))
p("")
p("Every tutor spends at least three days a year keeping up to date, at the authorities' SENCO conferences and "
  "the University's research seminars.")
h2("10.2  Specialist expertise and placements")
p("Specialists come to the Days: a speech and language therapist from the Harnshire Primary Care Trust and the "
  "teacher in charge of the Sensory Support Service (W2), a primary mental health worker from CAMHS and the Parent "
  "Partnership Service (W5), and two special school heads (W6 and W7). The Award has no placement: participants' "
  "Treble Track work is done in their own school. (Our restoration students spend a placement term in a workshop "
  "in Mittenwald or Cremona; that is a different course.)")
h2("10.3  Resources")
p("Participants have full access, as students of the University, to its library, its electronic journals and its "
  "Athens login. The Award's room at Amberdale holds an assessment library of standardised tests, P scales "
  "materials and the SEN titles of the last five years. The Strings Within Reach adaptation workshop lends "
  "assistive technology (switches, Clicker 5 licences, text-to-speech software and two portable hearing loops) "
  "for participants to try in school.")
h2("10.4  Roles")
p("**Tutors.** Each tutor holds the Tutor's File (the Plate briefs, the marking criteria and the standardisation "
  "record), attends the University's induction for associate tutors, and attends a standardisation meeting "
  "before each Plate is marked.")
p("**In-school Mentors.** The head names a senior leader who meets the participant at least twice each half-term, "
  "signs off the Bench Tasks and hosts a tutor's visit. A Mentor's Guide is being written, and we intend to hold "
  "a briefing for Mentors before the first cohort begins.")
h2("10.5  Equality and access")
p("Every candidate is asked on the Nomination Form whether they have a disability or other need we should plan "
  "for, and the form says why we ask. The Programme Leader telephones each candidate who answers yes before W1 "
  "to agree adjustments, and the agreement is recorded and passed to the tutors and to the University's "
  "Disability Service. The Award's room is on the ground floor, with level access, an accessible toilet and an "
  "induction loop. Papers for each Day are sent a week ahead, in large print or electronically on request. "
  "Adjustments to the Plates (extra time, a recorded presentation in place of a live one, a reader at the "
  "Playing Test) are agreed with the University's Disability Service. Bench Task visits are arranged with the "
  "host so that they are accessible.")

# ------------------------------------------------------------------ 11 references
h1("11  References")
for t in [
    "Bercow, J. (2008) //The Bercow Report: a review of services for children and young people (0-19) with "
    "speech, language and communication needs//. Nottingham: DCSF.",
    "DfES (2001) //Special Educational Needs Code of Practice//. London: DfES.",
    "Ofsted (2004) //Special educational needs and disability: towards inclusive schools//. London: Ofsted.",
    "Ofsted (2006) //Inclusion: does it matter where pupils are taught?// London: Ofsted.",
]:
    para(doc, t, size=9)
p("")
p("Signed for the Laboratory:  R. Oyelaran, Programme Leader  \u00b7  A. Pertwee, for the University of "
  "Westerhope  \u00b7  T. Vearncombe, Head of Education", size=9, italic=True)

fn.finish(doc)
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
