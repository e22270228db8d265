"""hm-01-highfells-annual-review: build script.

Provider (invented): the High Fells SEN Partnership, a regional SEN partnership
of five small rural local authorities (Ravensholm County Council, Kelderdale
Council, Wastwick Borough Council, Thornsett Council, Burnmoor County Council),
applying with the University of Northbeck School of Education, which will
validate the award as a 60-credit Postgraduate Certificate.

Document kind and layout: the partnership reviews its unaccredited 2007-08
"SENCO Development Programme" pilot on its own statutory-style Annual Review
form (Form AR1, the form its officers use to review pupils' statements of SEN),
adapted "for programme review", and sends the completed form as the
application. It keeps the form's structure: Part A details (a field table with
merged cells), Part B who was invited (attended / written views / apologies),
Parts C-E "views" sections (participants in place of the child, headteachers
and parents in place of the parents, other professionals), Part F progress
against last year's objectives (a table of the pilot's objectives), Part G
"amended provision" (the award: objectives, provision, arrangements for
individuals, monitoring, staffing) with a Study Day table with merged cells
and an objectives table ("Worked on" / "Checked by") in the partnership's own
grouping and wording, Part H recommendations (a table of hopes and actions),
Part I signatures with placeholders. The form's own grey italic guidance
prompts ("[Guidance: ...]") are left in. No heading styles: part titles are
bold shaded Normal paragraphs. A shaded "Note for the TDA panel". A header
(form number) and a footer with a CRB claim. Two reviewer comments, tracked
changes (a deletion and an insertion), two footnotes, one VML text box of
participants' quotes.

Traps (requirement ids):
- Assessment-only route considered and refused for 2008-09; a neighbouring
  consortium's assessment-only route mentioned (other provider) -> 2.3 not_met.
- Suitability checks "the responsibility of the employing school or
  authority"; the partnership "does not ask for or hold disclosure details";
  the only claim that participants hold CRB clearance is in the footer -> 5.3
  not_met (someone else's responsibility, header-footer).
- Starting Point audit used to form tutor groups and plan Study Day emphasis;
  the phrase about an individual training plan is a tracked DELETION -> 2.2
  partially_met (tracked-changes).
- Research only "current thinking" in general terms; a comment asks for the
  Ofsted reference (comment is not evidence) -> 1.3 partially_met.
- Progression to the MA described, but no help with setting further targets
  -> 2.5 partially_met.
- FellNet holds readings; the pilot's forum "little used" and only hoped to be
  revived; support between days is email/phone to tutors -> 3.3 partially_met
  (aspiration, past arrangement).
- Stakeholders deliver sessions, but their part in evaluation only "where
  possible" / intended -> 4.3 partially_met (aspiration).
- Entry requirement is QTS and the SENCO post only; no check of knowledge or
  skills, no guidance for those not ready -> 5.2 partially_met.
- Special-school day was the pilot's (past arrangement); now a visit "may be
  arranged where travel allows" -> 5.5 partially_met (past, condition).
- Confidence self-ratings in place; pupil impact only hoped for -> 5.9
  partially_met (aspiration).
- Several outcomes worked on but not assessed (journal "not marked") -> 1.9
  partially_met.
- Outcomes: taught not assessed 6.K3, 6.K7, 6.S2c, 6.A7; formative only 6.S7
  (journal discussed, not graded); assessed but not taught 6.S1 ("Not taught as
  a separate session"); absent 6.A3 (prioritising, delegating) and 6.S2d
  (special arrangements for tests) -> partially_met / not_met.
- 6.0 met: the award only when every national minimum outcome is signed off
  and confirmed by the Examination Board (the panel's notes record the tension
  with the unassessed rows, judged under 1.9 and the 6.* ids).
- Tracked INSERTION adds the January intake (counts) -> 3.2 met.
- Footer, header, comments and form prompts are never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx import Document
from docx.shared import Pt, RGBColor
from _hm_helpers import (Footnotes, add_del, add_ins, bold_title, comment, header_footer,
                         para, set_cell, shade, shade_par, table, text_box)

OUT = Path(__file__).resolve().with_name("hm-01-highfells-annual-review.docx")
GREY = "808080"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
fn = Footnotes(doc)

header_footer(
    doc,
    "High Fells SEN Partnership    Form AR1 (Review of Provision) v3 - adapted for programme review",
    "When complete this form is held by the Partnership Office, Kelderdale. All participants hold "
    "current CRB clearance. Page review copy.")


def part(title):
    p = bold_title(doc, title, size=11, fill="D9D9D9")
    return p


def prompt(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor.from_string(GREY)
    return p


# ------------------------------------------------------------------ title
t = bold_title(doc, "HIGH FELLS SEN PARTNERSHIP", size=14)
bold_title(doc, "ANNUAL REVIEW - REVIEW OF PROVISION (FORM AR1)", size=13)
para(doc, "Ravensholm County Council - Kelderdale Council - Wastwick Borough Council - Thornsett Council - "
          "Burnmoor County Council, with the University of Northbeck")

note = doc.add_paragraph()
shade_par(note, "DEEAF6")
r = note.add_run("Note for the TDA panel. ")
r.bold = True
note.add_run(
    "The five authorities use Form AR1 to review every pupil's statement of special educational needs. "
    "The Partnership Board decided to review its own SENCO training on the same form, partly because it is "
    "how our officers are used to weighing evidence and views, and partly because we ask new SENCOs to run "
    "reviews that listen to everyone. This completed form is our application for approval to run the "
    "National Award for SEN Coordination from September 2008. The grey guidance on the form has been left "
    "as it is. Parts C to E record views; what we will actually do is set out in Part G.")

# ------------------------------------------------------------------ Part A
part("PART A  DETAILS OF THE REVIEW")
prompt("[Guidance: complete all fields. Where the provision is shared between authorities, name the lead "
       "authority.]")
rows = [
    ["Subject of review", "High Fells SENCO Development Programme (pilot, 2007-08), to become the High Fells "
                          "Award for SEN Coordination (PG Certificate) from September 2008"],
    ["Lead authority", "Kelderdale Council, on behalf of the five partner authorities"],
    ["Accrediting body", "University of Northbeck, School of Education"],
    ["Review meeting", "30 April 2008, Kelderdale Teachers' Centre, 9.30 am - 3.30 pm"],
    ["Convened by", "Mrs Jean Allonby, Partnership SEN Training Lead"],
    ["Previous review", "None. This is the first review of the programme."],
    ["Reference", "HF/SENCO/AR/08"],
]
ta = table(doc, rows, bold_header=False)
for i in range(len(rows)):
    shade(ta.cell(i, 0), "F2F2F2")
    ta.cell(i, 0).paragraphs[0].runs[0].bold = True
# a merged "status" row across both columns
row = ta.add_row()
c = row.cells[0].merge(row.cells[1])
set_cell(c, "Status of this form: completed and agreed by the Partnership Board, 12 May 2008", bold=True,
         fill="FFF2CC")

# ------------------------------------------------------------------ Part B
part("PART B  THOSE INVITED TO CONTRIBUTE")
prompt("[Guidance: list all those invited to contribute. Written views received should be attached as "
       "Appendix 1. Indicate A (attended), W (written views) or X (apologies).]")
rows = [
    ["Name / role", "Authority or organisation", "A / W / X"],
    ["Jean Allonby, Partnership SEN Training Lead (chair)", "Kelderdale", "A"],
    ["Dr Owen Threlfall, Senior Lecturer in Inclusive Education", "University of Northbeck", "A"],
    ["Principal Educational Psychologists (three of five)", "Ravensholm, Wastwick, Burnmoor", "A"],
    ["Heads of SEN Support Service", "Thornsett, Kelderdale", "A"],
    ["Pilot participants (9 of 14 SENCOs)", "All five authorities", "A (6), W (3)"],
    ["Headteachers of pilot participants", "All five authorities", "W (8)"],
    ["Parent Partnership Officers", "Ravensholm, Thornsett, Burnmoor", "A (1), W (2)"],
    ["Speech and language therapy lead", "Fells and Dales Primary Care Trust", "W"],
    ["Fellside Autism Support (voluntary organisation)", "-", "A"],
    ["Dyslexia Association, West Fells branch", "-", "X"],
]
table(doc, rows, header_fill="F2F2F2")

# ------------------------------------------------------------------ Part C
part("PART C  VIEWS OF THE PARTICIPANTS")
prompt("[Guidance: record the views of the child or young person, in their own words where possible. "
       "Say how their views were gathered.]")
para(doc, "Views were gathered from the fourteen pilot SENCOs through an end-of-course questionnaire (13 "
          "returned), a group discussion at the review meeting and three written statements. Four schools "
          "in the pilot are one-teacher or two-teacher schools, where the SENCO is also the headteacher or "
          "the only other teacher, and their views carried particular weight with the Board.")
text_box(doc, [
    "In their own words (pilot SENCOs, April 2008)",
    "\"Twilight sessions after a forty-mile drive were the hardest part. I was too tired to think.\"",
    "\"The day on speech and language was the most useful thing I have done in ten years of teaching.\"",
    "\"I want a qualification at the end of this, not just a certificate of attendance.\"",
    "\"I never knew what the parent partnership service could do until Day 5.\"",
], height_pt=110)
para(doc, "Participants valued the Study Days led by local specialists, the chance to meet SENCOs from other "
          "small schools, and the school-based tasks. They were critical of the twilight timing, of the "
          "amount of reading sent out on paper, and of the lack of any accreditation. Eleven of the thirteen "
          "who returned the questionnaire said they would have taken an accredited course had one been "
          "available locally.")

# ------------------------------------------------------------------ Part D
part("PART D  VIEWS OF HEADTEACHERS, PARENTS AND CARERS")
prompt("[Guidance: record the views of the parent(s) or carer(s). Attach any written submission.]")
para(doc, "Headteachers. ", bold_lead=None)
doc.paragraphs[-1].runs[0].bold = True
doc.paragraphs[-1].add_run(
    "Eight headteachers wrote. All supported accreditation. Six asked that release be kept to whole days "
    "because supply cover for a single afternoon is almost impossible to find in the Fells. Five asked that "
    "the course should help SENCOs present to governors and to the senior team, and three said their SENCO "
    "needed more help with organising teaching assistants.")
p = para(doc, "Parents and carers. ")
p.runs[0].bold = True
p.add_run(
    "The three Parent Partnership Officers consulted their parents' forums in March 2008. Parents asked that "
    "SENCOs be able to explain the Code of Practice plainly, that they should listen to children's views "
    "before reviews, and that they should know what the voluntary organisations in the Fells can offer. One "
    "parent's written comment is attached (Appendix 1).")

# ------------------------------------------------------------------ Part E
part("PART E  VIEWS OF OTHER PROFESSIONALS")
prompt("[Guidance: summarise the advice of each professional involved. State whether the advice has "
       "changed since the last review.]")
para(doc, "The educational psychologists asked for more on using their assessments to plan teaching, "
          "rather than treating a report as the end of the matter. The speech and language therapy lead "
          "reported that referrals from pilot schools were better targeted than before, and offered to "
          "co-teach Day 3 again. Fellside Autism Support asked to be involved in the course. The University "
          "advised that an accredited award would need a clearer assessment scheme than the pilot's "
          "attendance register, a moderation process, and an external examiner.")

# ------------------------------------------------------------------ Part F
part("PART F  PROGRESS SINCE THE PROVISION BEGAN")
prompt("[Guidance: for each objective set at the last review, say what progress has been made and what "
       "evidence supports this.]")
rows = [
    ["Objective set in 2007", "Progress", "Evidence"],
    ["Every new SENCO in the five authorities offered a place", "14 places taken by SENCOs new to the role; "
     "4 more on a waiting list", "Partnership register"],
    ["Each participant to spend a day in a special school", "Done in the pilot: all fourteen spent a day at "
     "Brantfell School, Ravensholm", "Visit records"],
    ["Tutors to visit each participant's school once a term", "Achieved for 12 of 14", "Tutor logs"],
    ["Participants to use the online area", "Readings used; the discussion forum was little used", "FellNet "
     "statistics"],
    ["Course to lead to a qualification", "Not achieved in the pilot; University agreed in January 2008 to "
     "validate an award", "University letter, 21 January 2008"],
]
table(doc, rows, header_fill="F2F2F2")

# ------------------------------------------------------------------ Part G
part("PART G  AMENDED PROVISION FROM SEPTEMBER 2008")
prompt("[Guidance: set out the objectives, the provision to meet them, and the arrangements for monitoring "
       "and review. Provision should be specified and, where possible, quantified.]")

bold_title(doc, "G1  Objectives of the provision", size=10)
para(doc, "The Award exists to raise the achievement and improve the well-being of children and young people "
          "with SEN and disabilities in the schools of the Fells. We take achievement to mean all five Every "
          "Child Matters outcomes - being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and achieving economic well-being - and not only test results. This aim is written "
          "into the University's programme specification, into every Study Day plan, and into the marking "
          "criteria: in Task B participants must show the effect of their work on one pupil's progress and "
          "well-being, using a baseline taken before the intervention, and in Task C they must show what "
          "changed for a group of pupils as a result of a change they led.")
p = para(doc, "The programme draws on current thinking about SEN and inclusion, and the reading list will be "
              "kept up to date by the tutor team.")
comment(doc, p, "Could we name the Ofsted 2006 report and the Bercow review here? The panel will want "
                "specifics. - OT", author="Owen Threlfall", initials="OT")

bold_title(doc, "G2  Provision", size=10)
para(doc, "The Award is a Postgraduate Certificate of the University of Northbeck, validated at Master's "
          "level (level 7) and carrying 60 credits, made up of two 30-credit modules: EDN7041 Coordinating "
          "Provision for SEN and EDN7042 Leading Inclusive Practice. It is studied part time over one "
          "school year. Each module has four Study Days, a set of school-based tasks carried out in the "
          "participant's own school, and three individual tutorials.")
p = para(doc, "There are two intakes. The September intake meets in Kelderdale and Ravensholm; ")
add_ins(p, "a January intake meets in Wastwick and Thornsett and finishes the following December. ",
        author="Jean Allonby")
p.add_run("Participants may take the modules in either order, and may move between intakes if their school's "
          "circumstances change. All Study Days are full days, 9.30 to 3.30, in response to Part C and Part "
          "D. Day 4 now gives a whole session to using psychologists' and therapists' assessments, as the "
          "educational psychologists asked (Part E), and Day 7 on leading colleagues and teaching assistants "
          "was added after the headteachers' comments (Part D).")
fn.add(p, "Burnmoor participants choose either venue pair; mileage is paid by the home authority.")

rows = [
    ["Module", "Study Day", "What is covered", "Led by"],
    ["EDN7041 Coordinating Provision", "Day 1 The Role and the Law",
     "The SENCO's role; the SEN Code of Practice (2001) and the SEN and Disability Act 2001; the Children Act "
     "2004 and Every Child Matters; what the law means in a small school", "University tutor; LA SEN officer"],
    [None, "Day 2 Disability and Inclusion",
     "An introduction to the duties of the Disability Discrimination Act 1995 and 2005 for schools; "
     "accessibility planning; positive attitudes to disabled people", "LA inclusion adviser"],
    [None, "Day 3 Understanding Needs",
     "How children develop and how development is affected by SEN, disability and the learning environment; "
     "behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
     "speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties",
     "Educational psychologist; speech and language therapist; Fellside Autism Support"],
    [None, "Day 4 Assessment and Teaching",
     "Using assessments from psychologists, therapists and advisory teachers to plan teaching; P scales, "
     "national tests and tracking; assessment for learning for all pupils; approaches, strategies and ICT "
     "resources to remove barriers", "Advisory teacher; University tutor"],
    ["EDN7042 Leading Inclusive Practice", "Day 5 Children and Families",
     "Relationships with children and their families; consulting children and young people and hearing "
     "their views; pupils' part in planning and reviewing their own provision; working with parents and "
     "carers; the Parent Partnership Service", "Parent Partnership Officer; University tutor"],
    [None, "Day 6 Mapping and Evaluating Provision",
     "Provision mapping and management; finding gaps and ineffective provision; reviewing provision with "
     "colleagues; the principles of school self-evaluation and the SEF", "Head of SEN Support Service"],
    [None, "Day 7 Leading Colleagues",
     "Gaining the commitment of the head, senior staff and colleagues; deploying and managing teaching "
     "assistants; observation and feedback, coaching, modelling and running training; communicating "
     "clearly and listening", "University tutor; experienced SENCO"],
    [None, "Day 8 Agencies, Evidence and Next Steps",
     "The roles of health, social care, the voluntary sector and specialist services; the Common Assessment "
     "Framework; using research and best practice; keeping up to date", "Educational psychologist; "
     "University tutor"],
]
tg = table(doc, rows, header_fill="F2F2F2", size=9)
a = tg.cell(1, 0).merge(tg.cell(4, 0))
set_cell(a, "EDN7041 Coordinating Provision (30 credits)", bold=True, size=9)
b = tg.cell(5, 0).merge(tg.cell(8, 0))
set_cell(b, "EDN7042 Leading Inclusive Practice (30 credits)", bold=True, size=9)

para(doc, "Between Study Days participants carry out the school-based tasks in their own schools, with a "
          "school mentor (normally the headteacher or a deputy) who meets them at least twice a term. Each "
          "participant's University tutor can be contacted by email and telephone between Study Days and "
          "holds the three tutorials in the participant's school or by telephone.")
para(doc, "FellNet, the Partnership's online area, holds the readings, handouts and task briefs. The "
          "pilot's discussion forum was little used; we hope to revive it for the first accredited cohort.")

bold_title(doc, "G3  Arrangements for individual participants", size=10)
para(doc, "Entry. Applicants must hold Qualified Teacher Status and be the named SENCO of a school in one of "
          "the five authorities, or be about to take up that role. Applications are made on the "
          "Partnership form, countersigned by the headteacher.")
p = para(doc, "Starting Point audit. Before the first Study Day each participant completes the Starting "
              "Point audit, rating their confidence and experience against the programme's objectives (G6). "
              "The tutor team uses the audits to form tutor groups and to decide which parts of the Study "
              "Days need most time")
add_del(p, " and to agree an individual training plan with each participant", author="Owen Threlfall")
p.add_run(".")
para(doc, "Prior learning. Participants who completed the 2007-08 pilot, or who hold other relevant study or "
          "experience, may claim up to 30 credits (one module) through the University's accreditation of "
          "prior experiential learning procedure. They submit a portfolio mapped to the module's outcomes; "
          "it is assessed by a University tutor and a Partnership tutor and confirmed by the Examination "
          "Board.")
p = para(doc, "Assessment-only route. The Board considered an 'assessment-only' route for experienced "
              "SENCOs. It decided that the route will not be offered in 2008-09, because of the small "
              "numbers involved and the cost of assessing them separately. The Dales and Coast consortium "
              "offers such a route, and the Partnership Office will tell enquirers about it.")
para(doc, "Tailoring. Each participant chooses the pupil for Task B and the development focus for Task C "
          "from their own school's priorities, agreed with the mentor, and the three individual tutorials "
          "are spent on the participant's own questions. The fee of GBP 1,250 is met jointly by the school "
          "and the home authority; teaching in groups of twelve to sixteen at venues close to home, and "
          "shared tutors across the five authorities, keep the cost per participant below that of the "
          "pilot.")
para(doc, "Access and disability. The application form and the Starting Point audit both invite "
          "participants to tell us about a disability or other need, and explain why. Reasonable adjustments "
          "are agreed with each participant before the course begins and reviewed at the first tutorial: "
          "for example ground-floor or hearing-looped rooms, materials in large print or electronic form, "
          "extra time for tasks and alternative forms of assessment agreed with the University's Disability "
          "Service. All five venues have been checked for access. Our publicity says what support is "
          "available and how to ask for it, and the Partnership's equality scheme applies to selection, "
          "teaching, visits and assessment.")
p = para(doc, "Suitability. Checks on the suitability of staff to work with children are the responsibility "
              "of the employing school or authority. The Partnership does not ask for or hold disclosure "
              "details.")
para(doc, "After the Award. Participants who complete the Award may progress to the University's MA in "
          "Inclusive Education, with the 60 credits counting towards it.")

bold_title(doc, "G4  Monitoring arrangements", size=10)
para(doc, "Assessment. Each module is assessed by written tasks; EDN7042 also by a professional "
          "conversation.")
rows = [
    ["Task", "Module", "What the participant does", "Weighting"],
    ["Task A Know Your School", "EDN7041", "An audit of SEN provision in their own school: a provision map, "
     "use of summative data including national tests to track progress, what is missing or not working, and "
     "a review of provision carried out with colleagues (3,000 words)", "50% of EDN7041"],
    ["Task B One Child's Journey", "EDN7041", "A case study of one pupil: how the need was identified, "
     "targets, the intervention and its review; the use of other professionals' assessments; the child's "
     "development; the pupil's own views gathered by interview; work with the parents and with outside "
     "services, including voluntary organisations (3,000 words)", "50% of EDN7041"],
    ["Task C Leading Change", "EDN7042", "A small development project led with colleagues: gaining the "
     "support of the head and senior staff, deploying teaching assistants, a training session for "
     "colleagues observed by the mentor, use of research evidence, a paper for governors, and the effect on "
     "a group of pupils (4,000 words)", "60% of EDN7042"],
    ["Task D Professional Conversation", "EDN7042", "A 40-minute conversation with a University tutor and an "
     "LA adviser on scenarios set by the tutors: the law and the Code of Practice, Every Child Matters, "
     "types of need, outside agencies, approaches and resources, and how the participant would decide and "
     "act", "40% of EDN7042"],
]
table(doc, rows, header_fill="F2F2F2", size=9)
para(doc, "Reflective journal. Participants keep a journal throughout, on FellNet. Tutors read and discuss "
          "entries at tutorials; the journal is not marked and does not count towards the Award.")
para(doc, "Consistency. All tasks are marked against published criteria by the University tutor. A sample "
          "of one in five scripts, and every fail or borderline script, is second-marked by a Partnership "
          "tutor. A moderation meeting of all markers is held each term, and the University's external "
          "examiner sees a sample and attends the Examination Board.")
p = para(doc, "Award. No participant receives the Award until the Outcomes Record shows every national "
              "minimum outcome signed off by the tutor and confirmed by the Examination Board. A participant "
              "who has not yet met an outcome is given a further opportunity within the year.")
para(doc, "Evaluation. Each Study Day is evaluated by participants on the day; the tutor team meets after "
          "each module to review the evaluations and marks; the University's annual monitoring report and "
          "the external examiner's report go to the Partnership Board; and the Board's officers review the whole "
          "programme each April, recording in Part F what has changed as a result. Participants "
          "rate their confidence against each objective at the Starting Point audit and again at the end, "
          "and the difference is reported to the Board.")
p = para(doc, "We hope in time to be able to show an effect on pupils' progress across the five authorities.")
fn.add(p, "The five authorities' pupil-level data are not yet held in a common format.")
para(doc, "Stakeholders in delivery and evaluation. Educational psychologists, the speech and language "
          "therapy service, Parent Partnership Officers and Fellside Autism Support will teach on Study Days "
          "3, 5 and 8. This year's review heard from headteachers, parents and other professionals; whether "
          "future reviews can do so again will depend on officer time. We intend to involve parents and young "
          "people in future reviews of the programme where possible.")

bold_title(doc, "G5  Staffing and resources", size=10)
rows = [
    ["Name", "Role", "Qualifications and experience"],
    ["Dr Owen Threlfall", "Programme leader (University)", "PhD (inclusive education); former SENCO and "
     "LA advisory teacher; external examiner for two SEN programmes"],
    ["Jean Allonby", "Partnership SEN Training Lead", "MA SEN; 12 years as a SENCO; led the 2007-08 pilot"],
    ["Helen Garsdale", "Partnership tutor", "Educational psychologist, Wastwick; BPS chartered"],
    ["Rob Keswick", "Partnership tutor", "Head of SEN Support Service, Thornsett; NASENCO 2003"],
    ["Visiting specialists", "Study Days 3, 5, 8", "Speech and language therapist; Parent Partnership "
     "Officer; Fellside Autism Support trainer"],
]
table(doc, rows, header_fill="F2F2F2", size=9)
para(doc, "All tutors keep up to date through the University's staff development programme and the "
          "Partnership's termly SEN briefing, and each attends at least one national SEN conference a year. "
          "New tutors and visiting specialists attend a half-day induction on the programme, its objectives "
          "and the marking criteria; school mentors receive the Mentor Handbook and a twilight briefing in "
          "their own authority that sets out what the mentor does and does not do.")
para(doc, "Participants have access to specialist expertise through the visiting specialists and to the "
          "five authorities' SEN support services. In the pilot every participant spent a day at Brantfell "
          "School. A visit to a special school or resource base may be arranged where travel allows.")
para(doc, "Resources. Participants use the University library and its electronic journals off campus, "
          "FellNet, and the Partnership's SEN resource library at Kelderdale Teachers' Centre, which lends "
          "assessment materials, assistive technology (text-to-speech software, talking word processors, "
          "switch access) and a set of laptops for use on Study Days.")

bold_title(doc, "G6  What participants will be able to do", size=10)
para(doc, "The table below sets out the programme's objectives in our own words, grouped as we teach them. "
          "Each covers one or more of the national minimum outcomes; the Outcomes Record used for the Award "
          "lists them all.")
rows = [
    ["Objective", "Worked on", "Checked by"],
    ["Working with children and families", None, None],
    ["Build fair, respectful and supportive working relationships with children with SEN and their families",
     "Day 5", "Task B"],
    ["Consult children and young people about matters that affect them", "Day 5", "Task B (pupil interview)"],
    ["Involve children in planning, agreeing and reviewing their own provision", "Day 5",
     "Journal entry, discussed with tutor (not graded)"],
    ["Work alongside parents and carers to support the child's learning", "Day 5", "Task B"],
    ["Leading colleagues", None, None],
    ["Win the support of the head, senior staff and colleagues for improving outcomes", "Day 7", "Task C"],
    ["Deploy and manage teaching assistants and other staff", "Day 7", "Task C"],
    ["Help colleagues develop through observation and feedback, modelling, coaching and training", "Day 7",
     "Task C (observed session)"],
    ["Encourage colleagues to use assessment for learning, adapted for pupils with SEN", "Day 4",
     "Not assessed"],
    ["Advise governors and senior staff on inclusive policy, priorities and the use of resources",
     "Not taught as a separate session", "Task C (paper for governors)"],
    ["Use research and expert advice to improve their own and colleagues' practice", "Day 8", "Task C"],
    ["Knowing the ground", None, None],
    ["SEN law and the Code of Practice, and what they mean for the school and the SENCO", "Day 1", "Task D"],
    ["Every Child Matters: the five outcomes and the SENCO's part in them", "Day 1", "Task D"],
    ["Disability discrimination law and the duties it places on schools", "Day 2", "Not separately assessed"],
    ["How children develop and what affects their development", "Day 3", "Task B"],
    ["The main types of need: BESD, SpLD including dyslexia, SLCN, ASD and MLD", "Day 3", "Task B; Task D"],
    ["Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Day 4",
     "Task B; Task D"],
    ["The principles of school self-evaluation and improvement planning", "Day 6",
     "Not assessed (background for Task A)"],
    ["What research and best practice tell us about meeting SEN", "Day 8", "Task C"],
    ["What outside agencies do and how to get specialist help", "Day 8", "Task B; Task D"],
    ["Doing the job", None, None],
    ["Identify pupils with SEN, set challenging targets, plan interventions and review progress", "Days 3-4",
     "Task B"],
    ["Use assessments by other professionals to plan teaching", "Day 4", "Task B"],
    ["Use summative data, including national tests, to track progress and change programmes", "Day 4",
     "Task A"],
    ["Map provision and find what is missing or not working", "Day 6", "Task A"],
    ["Review with colleagues how well provision is working", "Day 6", "Task A"],
    ["Work in partnership with other services and voluntary organisations", "Day 8", "Task B"],
    ["Make sound decisions on provision and resolve problems as they arise", "Days 6-7",
     "Task D (scenarios)"],
    ["Speak and write clearly, and listen to others' views", "Days 5 and 7", "All tasks; Task D"],
    ["Keep up to date and take charge of their own professional development", "Day 8; journal",
     "Journal (not marked)"],
]
t6 = table(doc, rows, header_fill="F2F2F2", size=9)
for i, r_ in enumerate(rows):
    if r_[1] is None:
        m = t6.cell(i, 0).merge(t6.cell(i, 2))
        set_cell(m, r_[0], bold=True, size=9, fill="EDEDED")

# ------------------------------------------------------------------ Part H
part("PART H  RECOMMENDATIONS")
prompt("[Guidance: state whether the provision should continue, be amended or cease, and list agreed "
       "actions with names and dates.]")
para(doc, "The review recommends that the pilot ends in July 2008 and that the Award, as set out in Part G, "
          "begins in September 2008 subject to TDA approval.")
rows = [
    ["Action", "Who", "When"],
    ["Submit the application to the TDA", "J Allonby", "May 2008"],
    ["University validation event", "O Threlfall", "June 2008"],
    ["Recruit the September intake (16 places)", "Partnership Office", "June - July 2008"],
    ["Explore a shared data set for pupil outcomes across the five authorities", "Heads of SEN",
     "2009 if possible"],
    ["Consider whether an assessment-only route could be offered from 2009-10", "Partnership Board",
     "To be decided"],
]
table(doc, rows, header_fill="F2F2F2", size=9)

# ------------------------------------------------------------------ Part I
part("PART I  SIGNATURES")
prompt("[Guidance: the chair of the review and the accountable officer must sign.]")
rows = [
    ["Chair of review", "[signature]", "[date]"],
    ["Accountable officer (Director of Children's Services, Kelderdale)", "[signature]", "[date]"],
    ["University of Northbeck, Head of School", "[signature]", "[date]"],
]
table(doc, rows, bold_header=False)
para(doc, "Appendix 1 (written views) is held by the Partnership Office and is available on request.")

fn.finish()
doc.save(str(OUT))
print("wrote", OUT)
