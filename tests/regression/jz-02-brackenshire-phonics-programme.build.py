"""jz-02-brackenshire-phonics-programme

Provider (invented): Brackenshire Libraries and Archives, Reading and Learning Team (the county
library service's learning and literacy team), with Marshgate University Faculty of Education,
which validates the award. February 2009.

Document kind and layout: the team runs phonics and early-reading training for schools, so it
writes the SENCO course as a phased phonics teaching programme in the style of Letters and
Sounds: Heading styles for six Phases; Phase 1 "Listening" has seven Aspects (the pre-course
work); Phases 2 to 5 each have "Sound Days" (study days) set out as daily teaching-sequence
tables (Revisit and review | Teach | Practise | Apply, day and date in the first cell), "Apply tasks"
done in school, a list of "Tricky words" (things that look as if they belong to the Phase but
do not), and a "Phase check" (the marked assessment); Phase 6 "Reading for meaning" is
completion. A "Grapheme chart" maps the outcomes (grapheme codes G1 to G29) with "Taught in" and
"Checked in" columns and a status: "Secure" (taught and checked), "Sound only" (taught, never
checked), "Checked only" (checked but not taught), "Not yet taught" (planned). Participants are
"course members", mentors "Reading Partners". A yellow VML text box "Notes for practitioners";
header and footer; a tracked change to the credit value; a tracked insertion; three comments;
shaded cells, and merged "Set" rows in the chart.

Traps (requirement ids):
- Credits: "60" deleted and "40" inserted by tracked change; the submission says 40 credits
  at Level 7 (E.2 partially_met).
- A general claim, "Tutors keep the programme up to date with current thinking in the field.",
  is backed by named research on Sound Day 6 (1.3 met).
- Disability equality law is left to the County's e-course, so legislation on disability is not
  developed by the programme (1.4 partially_met).
- Work with parents is the Family Learning team's business, course members are only introduced
  to it (1.7 partially_met; 6.S8 "Sound only").
- Some outcomes never checked (1.9 partially_met).
- Experience alone is not accredited (2.1 partially_met).
- Assessment-only route only in the 2006-07 pilot, "not offered now" (2.3 not_met).
- Next steps only hoped for; a comment mentions a Next Steps tutorial "not agreed" (comment:
  not evidence) (2.5 not_met).
- One cohort a year, Phases in fixed order, weekday only; some study online (3.2 partially_met).
  A comment suggests a January start (comment: not evidence).
- Stakeholders' needs from national evidence and a show of hands only (4.1 partially_met);
  headteachers "have seen" the programme, no influence shown (4.2 partially_met).
- Award rule passes the Phase checks, but the checks do not cover the "Sound only" outcomes and
  the rule says so (6.0 partially_met).
- CRB: checked by the Team for every course member before Phase 2 (5.3 met) - a trap for
  engines expecting it to be someone else's.
- Reasonable adjustments only in the text box (3.1 met: a text box is body text).
- Disability equality law is a "Tricky word": left to the County Council's own e-course
  (6.K3 not_met). Access arrangements "Not yet taught" (planned for 2010) (6.S2d not_met).
  Keeping up to date / own CPD has no grapheme at all (6.A7 not_met).
- "Sound only": 6.A2, 6.A4, 6.S2b, 6.S5, 6.S8; "Checked only": 6.K9, 6.S9 (a Tricky word says
  outside agencies are not taught) (all partially_met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jz_helpers import (para_mixed, mark_para_inserted, shade, set_cell, table, header_footer, comment,
                         textbox)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "Sounds Together  ·  SENCO Award programme  ·  Brackenshire Libraries and Archives",
              "Reading and Learning Team, Brackenshire Central Library  ·  programme version 2.1  ·  February 2009")
H = doc.add_heading
P = doc.add_paragraph


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


doc.add_heading("Sounds Together", 0)
P("The SENCO Award programme in six Phases. Brackenshire Libraries and Archives, Reading and Learning "
  "Team, with Marshgate University Faculty of Education. Application for approval to run the National "
  "Award for SEN Coordination, 2009-10.")

H("How to use this programme", 1)
P("Schools in Brackenshire know our phonics programme for children and our Sounds Together training for "
  "their teaching assistants. We have written the SENCO course the same way, because the SENCOs who will "
  "take it are the people who lead phonics and reading intervention in their schools and already read "
  "this layout with ease. Like a phonics programme, the course moves in Phases, each built on the one "
  "before. In each Phase the course members meet new \"graphemes\" (the national outcomes, numbered G1 to "
  "G27 in the Grapheme chart at the end), practise them, apply them in their own school, and are checked "
  "on them in a Phase check. The programme's aim is that pupils with SEN and disabilities in course "
  "members' schools achieve more and are healthier, safer and happier: every Phase check asks what "
  "difference the course member's work made to pupils' progress and to their well-being across the five "
  "Every Child Matters outcomes.")
P("Every Sound Day follows the same teaching sequence: Revisit and review (what was learned last time, "
  "and what course members found in school since); Teach (new content, led by a tutor or a specialist); "
  "Practise (course members work on it together, with materials and cases); Apply (a task to take back "
  "to school). Tricky words at the end of each Phase are things that look as if they belong in that Phase "
  "but do not: we list them so that no one expects them.")
p = P()
para_mixed(p, [("t", "The programme is validated by Marshgate University Faculty of Education (validation panel "
                     "held 3 December 2008) as a University Certificate in Special Educational Needs "
                     "Coordination worth "),
               ("del", "60"), ("ins", "40"),
               ("t", " credits at Level 7 (masters level). Course members are students of the University and "
                     "receive its certificate and a transcript.")],
           author="Jo Whitcombe", date="2009-02-02T11:40:00Z")
comment(doc, p.runs[0], "University asked us to drop to 40 until the second module is validated in 2010.",
        "Jo Whitcombe", "JW")
P("Course team. Jo Whitcombe, programme leader, taught for twelve years and was SENCO of a large primary "
  "school for six; she holds the MA in Special Education and the Level 7 certificate in teaching pupils "
  "with specific learning difficulties, and leads the Team's reading intervention work. Dr Hannah Pryce, "
  "senior lecturer in inclusive education at Marshgate University, researches the SENCO role and speech, "
  "language and communication needs. Colin Marr, former secondary SENCO and local authority advisory "
  "teacher for behaviour, MEd. All three teach in schools or lead training there every term, which keeps "
  "their specialist knowledge current, and each has an annual review with the University that includes "
  "their updating. Tutors keep the programme up to date with current thinking in the field.")

H("Phase 1: Listening (before the course)", 1)
P("As in phonics, Phase 1 comes before any letters: it is about listening. Between admission in June and "
  "the first Sound Day in September, each course member works through seven Aspects with a tutor.")
aspects = [
    ("Aspect 1: Who is listening?", "Admission. Applicants must be qualified teachers who hold or are about to take up "
     "the SENCO role. Each sends an application with the headteacher's statement that the school will release "
     "the applicant for Sound Days and Apply tasks, and has a telephone interview in which a tutor checks, "
     "against a written entry profile, that the applicant has the knowledge of SEN and the classroom experience "
     "to benefit. Applicants who fall short are offered a place on the Team's Sounds Together course for "
     "teaching assistants and leaders first and reapply the next year."),
    ("Aspect 2: Clearing the ground", "Before Phase 2 the Team checks each course member's enhanced CRB "
     "disclosure: the course member brings the disclosure to the Phase 1 meeting, the Team records its number "
     "and date, and no course member goes on a placement or visits another school until this is done. "
     "Disclosures more than three years old must be renewed through the employer before the course starts."),
    ("Aspect 3: Your own voice", "Each course member rates himself or herself against every grapheme on the "
     "chart, with evidence, using the Sounds Together self-review."),
    ("Aspect 4: Your school's voice", "The headteacher adds a short statement of what the school needs from its "
     "SENCO."),
    ("Aspect 5: The Sound Plan", "At a one-hour Phase 1 meeting the tutor and course member use the self-review "
     "and the head's statement to write an individual Sound Plan: the graphemes that need most work, personal "
     "targets for each Phase, which optional readings and visits to choose, and how the Apply tasks will be "
     "shaped to the member's school. The Sound Plan is revisited at every Phase check."),
    ("Aspect 6: What you bring", "Course members who hold Level 7 credit in SEN from the last five years may "
     "transfer up to 20 credits through the University's credit transfer procedure. We do not accredit "
     "experience alone."),
    ("Aspect 7: Finding the Sound Booth", "Each course member is enrolled on the Sound Booth, the course's "
     "online room, and shown how to use it."),
]
for title, body in aspects:
    p = P()
    p.add_run(title + ". ").bold = True
    p.add_run(body)
P("An assessment-only route was offered in the 2006-07 pilot and is not offered now.")

textbox(doc, [
    "Sound Days are held at Brackenshire Central Library, which has step-free access, an induction loop, "
    "an accessible toilet and a quiet room.",
    "All handouts come in large print, on coloured paper or as electronic text, and the Sound Booth works with "
    "screen readers; we book a BSL interpreter or a note-taker for any course member who needs one.",
    "At the Phase 1 meeting each course member is asked about any disability or learning difficulty; the "
    "reasonable adjustments agreed (extra time, a scribe, alternative formats for a Phase check) are written "
    "into the Sound Plan and confirmed with the University's Disability Office.",
], title="Notes for practitioners", height_pt=140)

P("Pace and route. One cohort of up to 24 course members starts each September. Phases are taken in "
  "order, and Sound Days run on weekdays from 9.30 to 3.30; about a third of the study for each Phase is "
  "done online in the Sound Booth rather than in the room.")
comment(doc, doc.paragraphs[-1].runs[0], "Could we add a January start? Three heads asked. - CM", "Colin Marr", "CM")

H("The Sound Booth (online study)", 2)
P("The Sound Booth is a Moodle course on the County's learning platform. Between Sound Days it carries "
  "the Practise materials, podcasts of each Teach session, and a forum for each Phase. The tutor reads the "
  "forums daily in term time and answers within two working days; each course member is put in a Sound "
  "Pair with a member from a similar school and the pairs post a short review of each other's Apply task "
  "every fortnight. Course members keep their e-portfolio in the Sound Booth, and tutors give written "
  "feedback there on draft Phase check work. A monthly one-hour live session (Elluminate) is held on a "
  "Tuesday evening for questions.")

PH = [
    ("Phase 2: Sounds of the law and the school", [
        ("Sound Day 1\n17 Sept 2009",
         "Course members' hopes and the Sound Plans shared in pairs",
         "SEN law and guidance: the Education Act 1996, the SEN Code of Practice 2001 and how to put it into "
         "practice; Every Child Matters: the five outcomes and the SENCO's part in them",
         "Working through the Code's graduated response with three case files",
         "Read your school's SEN policy against the Code and the five outcomes"),
        ("Sound Day 2\n15 Oct 2009",
         "What the policy reading found",
         "The SENCO's place in leadership: working with the head, senior team and governors on an inclusive "
         "ethos, policy, priorities and the SEN budget; how a school evaluates its outcomes for pupils with "
         "SEN in its self-evaluation form and improvement plan",
         "Reading three anonymised self-evaluation forms for what they say about SEN",
         "With the head and the SEN governor, agree one priority for the school's SEN provision"),
    ], ["Disability equality law. The Disability Discrimination Act duties are not taught in this programme: "
        "course members complete the County Council's own Equality and Diversity e-course.",
        "The SENCO's workload. Managing time and delegating are not taught in Phase 2: they come in Phase 4 "
        "(Sound Day 5)."],
     "Phase check 2: a 4,000-word policy review of the school's SEN policy and provision against the law, the "
     "Code and the five ECM outcomes, with the agreed priority and how it was reached with the head and "
     "governors. Checks G8, G9, G15."),
    ("Phase 3: Sounds of the learner", [
        ("Sound Day 3\n12 Nov 2009",
         "The priorities course members agreed",
         "How children develop, and how SEN, disability and the child's surroundings affect development; the "
         "common kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and what each means for learning, "
         "led with a speech and language therapist and an educational psychologist",
         "Case files: matching need to approach",
         "Choose a pupil for your case study"),
        ("Sound Day 4\n10 Dec 2009",
         "First notes on the case-study pupil",
         "Identifying pupils who may have SEN, setting challenging targets, planning and reviewing "
         "interventions; using other professionals' assessments to shape teaching; summative data and "
         "national tests for tracking progress; approaches, strategies and resources for assessment and "
         "teaching, including ICT; consulting pupils: Talking Mats, pupil-led reviews and the pupil's own "
         "targets",
         "Practising a pupil-led review, in threes, with video",
         "Consult your pupil about his or her provision and involve the pupil in agreeing the next targets"),
    ], ["Summative tracking. National test data is looked at on Sound Day 4, but no Phase check asks for it."],
     "Phase check 3: a 4,000-word case study of the pupil, including the pupil's own views, the "
     "professionals' assessments used, the targets set and reviewed, how the pupil took part in planning "
     "and reviewing them, and the approaches and resources chosen. Checks G1, G7, G10, G11, G16, G17, G25."),
    ("Phase 4: Sounds of the school", [
        ("Sound Day 5\n21 Jan 2010",
         "What the pupil said",
         "Provision mapping and management: costing provision, finding what is ineffective or missing; "
         "deploying and managing teaching assistants; reviewing provision with colleagues so that it "
         "informs school self-evaluation; planning the SENCO's year",
         "Building a provision map from a sample school's data",
         "Map the provision for one year group with colleagues"),
        ("Sound Day 6\n4 Mar 2010",
         "The maps",
         "Best practice and research in meeting SEN, and using it with outside advice to change practice; "
         "solving problems and making decisions about provision; parents and carers: course members meet the "
         "library's Family Learning team and its Share a Book sessions",
         "Research digests: what works for which pupils (Lewis and Norwich 2005; the Bercow Review 2008; "
         "Ofsted, Inclusion: does it matter where pupils are taught? 2006)",
         "Review one intervention in your map against the research"),
    ], ["Work with parents. Work with parents is the business of the library's Family Learning team: course "
        "members are introduced to it on Sound Day 6.",
        "Outside agencies. The work of outside agencies is not taught on a Sound Day; course members find out "
        "for themselves which agencies serve their school before Phase check 4."],
     "Phase check 4: a provision map for one year group with a 3,000-word evaluation of it, written with "
     "colleagues, showing how the review fed the school's self-evaluation, what the research says about the "
     "interventions used, how teaching assistants are deployed and managed, how the course member planned "
     "and delegated the work, and which outside agencies and voluntary organisations the school works "
     "with and how. Checks G3, G5, G12, G13, G14, G21, G22, G24, G27."),
    ("Phase 5: Blending", [
        ("Sound Day 7\n22 Apr 2010",
         "The evaluations",
         "Leading colleagues: gaining the commitment of the head and staff; observation and feedback, "
         "modelling, coaching and mentoring, running staff training; helping teachers develop formative "
         "assessment for pupils with SEN; speaking and writing clearly and listening to others' views",
         "Coaching practice in threes",
         "Lead a change in your school's SEN practice over the summer term"),
        ("Sound Day 8\n8 July 2010",
         "The change projects",
         "Course members present their change projects to the cohort, the tutors and a headteacher",
         "Feedback",
         "—"),
    ], ["Gaining commitment and coaching. Both are practised on Sound Day 7; the Phase check looks at the "
        "change itself and how it was communicated, not at how colleagues were won or coached."],
     "Phase check 5: a 5,000-word report on the change project, what it changed for pupils and staff and how "
     "that was measured, how colleagues were helped to develop formative assessment for pupils with SEN, "
     "and a 15-minute presentation. Checks G4, G19."),
]
for title, days, tricky, check in PH:
    H(title, 1)
    H("Sound Days", 2)
    rows = [("Sound Day", "Revisit and review", "Teach", "Practise", "Apply")] + days
    t = table(doc, rows, widths=[2.2, 3.0, 6.0, 3.0, 3.0], header_fill="FCE4D6", size=9)
    H("Tricky words", 2)
    bullets(tricky)
    H("Phase check", 2)
    P(check)

# Reading Partners, resources, placements
H("Reading Partners, placements and resources", 2)
P("Each course member has a Reading Partner, an experienced SENCO from another Brackenshire school, who "
  "meets the member in school once each half term and comments on the Apply tasks. Reading Partners attend "
  "a half-day training each September and have the Reading Partner Guide, which sets out what they do and "
  "do not do (they never mark); tutors have the Tutor Guide and a standardising meeting before each "
  "Phase check.")
P("Placements: each course member spends a day at Oakfield Special School and half a day with the "
  "County's Sensory Support Service during Phase 3, arranged by the Team, with a focused observation task "
  "from the Sound Plan. Specialists teach on Sound Days 3 and 4.")
P("Resources: course members borrow from the Team's Reading and SEN collection (some 2,000 items: books, "
  "assessment kits, dyslexia and SLCN resources, Clicker 5, Write Online, Widgit symbols software and "
  "Talking Mats sets) through any Brackenshire library, and use Marshgate University library and its "
  "e-journals.")

H("Phase 6: Reading for meaning (completion)", 1)
P("The award is made to course members who pass Phase checks 2 to 5, each at 40 per cent or more; a "
  "Phase check that fails may be resubmitted once. Graphemes marked \"Sound only\" on the chart are not "
  "part of any Phase check and do not count towards the award.")
P("Marking. Each Phase check is marked by the tutor and second marked by another tutor; Marshgate "
  "University moderates a sample of every Phase check and all fails, and its external examiner reports "
  "each year.")
P("We hope that course members will go on from here to further study and to think about where their "
  "careers as SENCOs are taking them.")
comment(doc, doc.paragraphs[-1].runs[0], "Should we put in the end-of-course Next Steps tutorial we talked about? "
        "Not agreed with the University yet.", "Dr Hannah Pryce", "HP")

H("Listening to schools", 1)
P("National evidence (Ofsted 2006, the Education and Skills Committee 2006) shows what new SENCOs need, "
  "and at the Brackenshire SENCO conference in March 2008 a show of hands confirmed it. The County's "
  "headteachers' group and the Parent Partnership Service have seen the programme.")
p = P("The Sounds Together steering group meets each term: two headteachers, a parent from the Parent "
      "Partnership Service, the University, the tutors and two course members. It evaluates the programme "
      "each summer, reading the course members' Phase evaluations, the heads' views of what changed in "
      "their schools, and what pupils in the case studies said, and agrees the changes for the next year.")
p = P()
para_mixed(p, [("ins", "Impact is measured three ways: each course member rates confidence and competence on "
                       "every grapheme at Phase 1 and again at Phase 6; each Phase 5 project reports the "
                       "target pupils' progress (reading ages, P scales or National Curriculum levels, "
                       "attendance) before and after the change; and a survey of course members and their "
                       "heads a year after completion asks what has changed in provision.")],
           author="Dr Hannah Pryce", date="2009-02-03T16:10:00Z")
P("Quality. The programme is reviewed at the University's annual monitoring, by the steering group, and "
  "through course members' evaluation of every Sound Day, which the programme leader reads and answers at "
  "the next Revisit and review; changes made are reported to the steering group and to the University in an "
  "action plan.")
P("Cost. The fee of £1,050 includes tuition, University registration, placements and all materials; "
  "Sound Days are held in library space at no charge, and credits carry into the University's MA in "
  "Inclusive Education.")

H("Grapheme chart", 1)
P("Secure: taught on the Sound Day shown and checked in the Phase check shown. Sound only: taught, "
  "never checked. Checked only: checked in a Phase check, not taught. Not yet taught: to come in 2010-11.")
G = [
    ("Grapheme", "What the course member can do", "Taught in", "Checked in", "Status"),
    ("SET", "Set 1: attributes", None, None, None),
    ("G1", "Build fair, respectful relationships with pupils with SEN and their parents or carers", "Sound Day 4",
     "Phase check 3", "Secure"),
    ("G2", "Gain the commitment of colleagues, the head and senior leaders", "Sound Day 7", "—", "Sound only"),
    ("G3", "Prioritise, manage time and delegate", "Sound Day 5", "Phase check 4", "Secure"),
    ("G4", "Express ideas clearly in speech and writing; listen to others", "Sound Day 7", "Phase check 5",
     "Secure"),
    ("G5", "Use research and outside advice to improve practice", "Sound Day 6", "Phase check 4", "Secure"),
    ("G6", "Anticipate and solve problems; make sound decisions about provision", "Sound Day 6", "—",
     "Sound only"),
    ("SET", "Set 2: knowledge", None, None, None),
    ("G7", "Critical understanding of approaches and resources for assessment and teaching, with ICT",
     "Sound Day 4", "Phase check 3", "Secure"),
    ("G8", "SEN law and guidance, the Code of Practice and putting them into practice", "Sound Day 1",
     "Phase check 2", "Secure"),
    ("G9", "Every Child Matters and the SENCO's part in it", "Sound Day 1", "Phase check 2", "Secure"),
    ("G10", "How children develop and how SEN and surroundings affect development", "Sound Day 3",
     "Phase check 3", "Secure"),
    ("G11", "The common kinds of SEN and their effect on learning", "Sound Day 3", "Phase check 3", "Secure"),
    ("G12", "Best practice and research in meeting SEN", "Sound Day 6", "Phase check 4", "Secure"),
    ("G13", "School self-evaluation and improvement for SEN outcomes", "Sound Day 2", "Phase check 4", "Secure"),
    ("G14", "What outside agencies do and how to get specialist support", "—", "Phase check 4",
     "Checked only"),
    ("SET", "Set 3: skills", None, None, None),
    ("G15", "Shape an inclusive ethos, policy and resources with senior colleagues and governors",
     "Sound Day 2", "Phase check 2", "Secure"),
    ("G16", "Identify pupils with SEN, set targets, plan interventions, review progress", "Sound Day 4",
     "Phase check 3", "Secure"),
    ("G17", "Use other professionals' assessments in teaching", "Sound Day 4", "Phase check 3", "Secure"),
    ("G18", "Use summative assessment and national tests to track progress", "Sound Day 4", "—", "Sound only"),
    ("G19", "Help colleagues develop formative assessment for pupils with SEN", "Sound Day 7", "Phase check 5",
     "Secure"),
    ("G20", "Arrange access arrangements for national tests in good time", "—", "—", "Not yet taught"),
    ("G21", "Map and manage provision; find what is missing or not working", "Sound Day 5", "Phase check 4",
     "Secure"),
    ("G22", "Deploy and manage staff", "Sound Day 5", "Phase check 4", "Secure"),
    ("G23", "Develop colleagues by observation, coaching and training", "Sound Day 7", "—", "Sound only"),
    ("G24", "Review provision with staff to inform self-evaluation", "Sound Day 5", "Phase check 4", "Secure"),
    ("G25", "Involve pupils in planning and reviewing their provision", "Sound Day 4", "Phase check 3",
     "Secure"),
    ("G26", "Liaise with parents and carers", "Sound Day 6", "—", "Sound only"),
    ("G27", "Work in partnership with other services, agencies and voluntary bodies", "—",
     "Phase check 4", "Checked only"),
]
tg = doc.add_table(rows=len(G), cols=5)
tg.style = "Table Grid"
for i, row in enumerate(G):
    if row[0] == "SET":
        c = tg.cell(i, 0).merge(tg.cell(i, 4))
        set_cell(c, row[1], bold=True, size=9, fill="E2EFDA")
        continue
    for j, v in enumerate(row):
        set_cell(tg.cell(i, j), v, bold=(i == 0), size=9, fill="FCE4D6" if i == 0 else None)
    if row[4] == "Secure":
        shade(tg.cell(i, 4), "C6EFCE")
for row in tg.rows:
    for j, w in enumerate([1.5, 7.5, 2.6, 2.6, 2.6]):
        row.cells[j].width = Cm(w)
P("")
P("Programme version 2.1, agreed by the steering group and Marshgate University, February 2009.")
doc.save(OUT)
print("wrote", OUT)
