"""oi-02-saltersgate-turning-point-list: blind test application (prefix oi, writer b, set 111).

Provider (invented): the Saltersgate Moor Gliding Club Education Trust, the education charity of a gliding club on
the edge of the moors, which runs Ridge Days for schools and, since 2005, a short course for new SENCOs with Eskmoor
County Council's Learning Support Service. It applies, with Hildersham University (validating), to run the 2008-09
National Award for SEN Coordination.

Document kind and layout: the course written as a gliding club's TURNING POINT LIST with the task setter's notes in
front of it, the booklet every participant ("pilot") is given, sent to the panel as it stands under a short
covering note. No heading styles anywhere: part titles are bold capitals typed in shaded Normal paragraphs, and
paragraphs carry hand-typed numbers (1.1 ... 8.5) that collide with requirement ids (its "2.3" is the key to the
List, its "3.3" is about criminal records checks, its "4.3" is about disabled pilots). A covering note and a
foreword broken with manual line breaks; lists typed with "-" and with the bullet character; a table of the Trust's
words (Pilot, Instructor, CFI, Official Observer, Retrieve Crew, Briefing Day B1-B8, Local Soaring LS1-LS4, Leg,
Field Landing Check, Task Declaration, Check Flight, Previous Claims, Badge, Steering Group); a Briefing Days table
with merged Term cells; three Legs each led by "To pass this Leg the pilot shows that they:"; a text box of notes
for Official Observers; a landscape Part 9, the Turning Point List, with 29 outcome rows under three merged shaded
bands, trigraphs (REL, COM, ... AGY) instead of ids, and an Evidence column ("P - Leg n", "B", "R", "X") keyed only
in Part 2, seven pages above. Header, footer with PAGE and NUMPAGES fields, two footnotes, one comment, tracked
changes (a deleted moderation paragraph; a cell change in the FOR row from "B4" / "P - Leg 3" to a dash / "X"), and
a placeholder for Steering Group dates.

Traps (requirement ids):
- No e-learning: "There is no online element to the course" (3.3 not_applicable); the club website's forum is for
  weather and lift-sharing, "not part of the Award" (wrong context).
- The aim is attainment only ("The Award has one aim: to raise the attainment of pupils with SEN"), though ECM is
  taught on B1: 1.1 partially_met.
- Parents: only a forty-five minute talk by a parent; PAR is "R" on the List: 1.7 and 6.S8 partially_met.
- Several turning points are B, R or X (not assessed): 1.9 partially_met.
- Task Declaration assesses needs but "Everyone then flies the same task": no individual plan or personalised
  outcomes (2.2 partially_met) and no tailoring (2.4 partially_met; cost-effectiveness is shown).
- "The Trust does not set or discuss further targets with pilots once the Badge is awarded": 2.5 not_met.
- Stakeholder influence asserted in general ("their influence can be seen on every page of this List") and a request
  "we are still considering how best to respond" to: 4.2 partially_met.
- Resources are a shelf of books and a paid library registration, no ICT or specialist technology: 5.6 partially_met.
- Retrieve Crews (mentors) "we do not meet or brief them" (in the text box): 5.7 partially_met.
- The second-marking and external-sampling paragraph is a tracked deletion; what remains is marking by "one Official
  Observer" against criteria; a comment asks to put it back (comments are not evidence): 5.8 partially_met.
- Badge on attendance and Legs with compensation, and "The Badge does not require a pilot to have shown every
  turning point": 6.0 not_met.
- List values: A5 and K6 "B" (feedback only), K8, S4 and S8 "R" (taught only): partially_met; A7 and S2c "X"
  (the S2c cell change is tracked: the inserted "X" stands): not_met; ACC (6.S2d) has a dash under "Rounded on" but
  "P - Leg 2": assessed, not taught, partially_met.
- Paragraph numbers that collide with requirement ids: its 2.3 is the List key (not the assessment-only route, which
  is its 3.6 Check Flight and is met); its 3.3 is the CRB check (5.3 met: originals seen and recorded, new
  disclosures through the Trust as a registered body, headteacher's confirmation); its 4.3 is disabled pilots (3.1
  met).
- The Chair's foreword is values and hopes only (no verdict rests on it).

Expected: 41 met, 15 partially_met, 4 not_met, 1 not_applicable.
"""
from pathlib import Path

from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _oi_helpers import (Footnotes, broken_para, cell_change, cell_text, comment, field, landscape_section,
                         new_document, para, portrait_section, run, set_repeat_header, shade, shade_paragraph, table,
                         textbox, tracked_para, tracked_run)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GI = "Gareth Illingworth"
SKY = "DCE6F2"
GREY = "D9D9D9"
GREEN = "375623"

doc = new_document("Calibri", 11)
fn = Footnotes(doc)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "Saltersgate Moor GC Education Trust  \u00b7  Turning Point List and Task Setter's Notes 2008-09", size=8,
    italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Not for navigation. Positions checked October 2008.   Page ", size=8)
field(fp, "PAGE", "1", size=8)
run(fp, " of ", size=8)
field(fp, "NUMPAGES", "9", size=8)


def part(title):
    p = para(doc, title, bold=True, size=12, space_after=6)
    shade_paragraph(p, SKY)
    return p


def num(n, lead, text):
    """A paragraph with a hand-typed number and a bold lead-in, then ordinary text in its own run."""
    p = doc.add_paragraph()
    run(p, n + "  ", bold=True)
    if lead:
        run(p, lead + " ", bold=True)
    run(p, text)
    return p


def dash(text):
    p = para(doc, "-  " + text)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    return p


def bullet(text):
    p = para(doc, "\u2022  " + text)
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.first_line_indent = Cm(-0.5)
    return p


# ------------------------------------------------------------------ title block and covering note
for t, s in (("SALTERSGATE MOOR GLIDING CLUB EDUCATION TRUST", 14),
             ("TURNING POINT LIST AND TASK SETTER'S NOTES", 16),
             ("The National Award for SEN Coordination: Season 2008-09", 12),
             ("Issued by the Chief Flying Instructor for the Award, October 2008", 10)):
    para(doc, t, bold=s >= 12, size=s, align="center", space_after=2)
para(doc, "")
broken_para(doc, [
    "To the approval panel, Training and Development Agency for Schools",
    "This is the booklet every pilot on our Award is given at the first Briefing Day. We have sent it as it",
    "stands, the Task Setter's notes first and the Turning Point List at the back, because it is the plainest",
    "account we have of how the course runs. Where the club's words are unfamiliar, Part 2 explains them.",
    "Gareth Illingworth, Chief Flying Instructor (Award)",
], bold_first=True)
para(doc, "")
part("FOREWORD FROM THE CHAIR OF TRUSTEES")
broken_para(doc, [
    "Every pilot at Saltersgate learns that lift is there to be found, even on a grey day, if you know where",
    "to look. We believe the same is true of every child. The Trust exists to open the sky to young people,",
    "and we are proud to open this Award to the teachers who make the greatest difference to the children",
    "who find school hardest. We hope that every pilot who flies this task will come back to earth changed,",
    "and that their pupils will feel the difference for years to come.",
    "Margaret Coverdale, Chair of Trustees",
])

# ------------------------------------------------------------------ part 1
part("PART 1 \u2013 WHO WE ARE AND WHAT THE AWARD IS FOR")
num("1.1", "The Trust.",
    "The Saltersgate Moor Gliding Club Education Trust was founded in 1999 by members of the club, many of them "
    "teachers. It runs Ridge Days for schools, bursaries for young pilots from the moor's villages and a ground "
    "school for Air Cadets. Since 2005 it has also run, with Eskmoor County Council's Learning Support Service, a "
    "short course for new SENCOs in the county's small rural schools, and the Award has grown out of that course.")
num("1.2", "What the Award is for.",
    "The Award has one aim: to raise the attainment of pupils with SEN in Eskmoor's schools, as shown in national "
    "test results and in reading and number ages. Its objectives are the twenty-nine turning points in Part 9, and "
    "every Leg asks the pilot to show gains in their pupils' test results, reading or number.")
p = num("1.3", "Accreditation.",
        "The Award is validated by Hildersham University as its Postgraduate Certificate in Special Educational "
        "Needs Coordination, 60 credits at masters level. The University confers the certificate; the Trust teaches "
        "and assesses the course under the University's collaborative provision agreement of 2 June 2008.")
fn.add(p, "The agreement runs until 31 July 2013 and is reviewed by the University's Academic Board each year.")
num("1.4", "Partners.",
    "Eskmoor County Council's Learning Support Service (teaching on Briefing Days, visits, the parent partnership "
    "link); Hildersham University's School of Education (validation, library, external examiner); Cragside School, "
    "a special school for pupils with severe and complex needs (visits).")

# ------------------------------------------------------------------ part 2: the key
part("PART 2 \u2013 HOW TO READ THE TURNING POINT LIST")
num("2.1", "",
    "On a cross-country task a pilot must round each turning point the task setter declares and bring back evidence "
    "of having done so. On the Award each of the national outcomes is a turning point, with a three-letter trigraph "
    "as on the BGA list. The List itself is printed at the end of this booklet, in Part 9.")
num("2.2", "",
    "The column headed Rounded on gives the Briefing Day (B1 to B8) or Local Soaring task (LS1 to LS4) at which the "
    "turning point is taught. A dash means that no Briefing Day or Local Soaring task rounds it this season.")
num("2.3", "", "The column headed Evidence says what the Official Observer needs to see:")
dash("P, followed by a Leg: photographed. The turning point is assessed and marked in that Leg, and a pilot who "
     "does not show it fails the Leg.")
dash("B: barograph only. The pilot shows it in a task and the Instructor gives written feedback; it is not marked.")
dash("R: rounded only. It is taught on the day shown; no evidence is asked for.")
dash("X: airspace closed. Not taught or assessed this season.")
num("2.4", "Our words.", "The club's words are used throughout this booklet and mean the following.")
words = [
    ("Pilot", "A teacher on the Award."),
    ("Instructor", "A tutor on the Award."),
    ("CFI", "The Chief Flying Instructor for the Award: the programme leader."),
    ("Official Observer", "An Instructor approved by the University to mark Legs."),
    ("Retrieve Crew", "A senior colleague in the pilot's school who helps with Local Soaring."),
    ("Briefing Day", "A taught day at the clubhouse: B1 to B8."),
    ("Local Soaring", "A task carried out in the pilot's own school: LS1 to LS4."),
    ("Leg", "A marked assignment. There are three."),
    ("Field Landing Check", "A short talk given at B8 for feedback. It is not marked."),
    ("Task Declaration", "The self-assessment every pilot makes before B1."),
    ("Previous Claims", "Credit for earlier study and experience."),
    ("Check Flight", "Assessment without the taught course, for experienced SENCOs."),
    ("Badge", "The Award itself."),
    ("Steering Group", "The group of headteachers, Learning Support Service staff, a parent and a former pilot who "
                       "oversee the Award."),
]
wt = table(doc, len(words) + 1, 2, [4.2, 12.4])
cell_text(wt.cell(0, 0), "Word", bold=True, fill=GREY)
cell_text(wt.cell(0, 1), "Meaning", bold=True, fill=GREY)
for i, (a, b) in enumerate(words, start=1):
    cell_text(wt.cell(i, 0), a, bold=True)
    cell_text(wt.cell(i, 1), b)
para(doc, "")

# ------------------------------------------------------------------ part 3
part("PART 3 \u2013 DECLARING YOUR TASK")
num("3.1", "Who may enter.",
    "Pilots must hold qualified teacher status, have at least two years' teaching experience, and be the SENCO of "
    "their school or about to be designated as SENCO. The headteacher nominates the pilot and agrees to release them "
    "for the eight Briefing Days and for two further days for Local Soaring. Every applicant has a thirty-minute "
    "telephone interview with the CFI, who asks about their experience of pupils with SEN and of the Code of "
    "Practice, and sets a short written task (a 600-word account of a pupil they have taught) to check that they can "
    "write at masters level.")
num("3.2", "Outlandings.",
    "If the CFI judges that an applicant is not yet ready, the CFI tells the applicant and their headteacher what to "
    "do first (usually the Learning Support Service's two-day introduction to SEN and a term working alongside an "
    "experienced SENCO) and keeps a place for them in the February intake or the following September.")
num("3.3", "Criminal records.",
    "Before Briefing Day 1 every pilot brings the original of their enhanced CRB disclosure. The Trust's Secretary "
    "sees it, records the disclosure number and date on the pilot's file, and returns it. A pilot who has not worked "
    "in a school in a post with regular contact with children in the last three months, or who cannot produce a "
    "disclosure, applies for a new enhanced disclosure through the Trust, which is a registered body; the pilot does "
    "not start Local Soaring or visit Cragside School until it is clear. The nomination form also asks the "
    "headteacher to confirm that there are no outstanding disciplinary matters and that the applicant is not barred "
    "from working with children.")
num("3.4", "Task Declaration.",
    "Before Briefing Day 1 each pilot declares a task: they go through the Turning Point List and mark each turning "
    "point home (I know this well), in sight, or out of sight. The CFI reads the declarations together to see where "
    "the group is strong and where it is weak, and moves time on the Briefing Days accordingly. Everyone then flies "
    "the same task: the Briefing Days, Local Soaring and Legs are the same for every pilot.")
num("3.5", "Previous Claims.",
    "A pilot may bring up to 30 credits of earlier masters-level study in SEN, certificated within the last five "
    "years. A pilot with substantial experience as a SENCO but no certificate may claim credit for Leg 1 with a "
    "portfolio of evidence from their own practice, assessed by two Official Observers against the Leg 1 criteria. "
    "Hildersham University's Accreditation of Prior Learning Board approves every claim.")
p = num("3.6", "Check Flight.",
        "In exceptional cases a pilot who is already an experienced SENCO (for example a teacher from the Learning "
        "Support Service who has coordinated SEN in two schools) may apply for a Check Flight. They submit all three "
        "Legs without attending Briefing Days and are assessed against every turning point by two Official "
        "Observers, with the external examiner, including those marked B, R or X on the List. The fee is \u00a3450.")
fn.add(p, "The Check Flight fee is reviewed by the trustees each year.")
num("3.7", "Fees.",
    "The fee for 2008-09 is \u00a31,050, paid from the TDA's funding for the Award. We keep the cost down by "
    "teaching in the clubhouse, which costs nothing to hire, and by using Learning Support Service staff at cost. "
    "The 60 credits count towards Hildersham's MA in Education.")

# ------------------------------------------------------------------ part 4
part("PART 4 \u2013 THE SOARING SEASON")
num("4.1", "How the season runs.",
    "There are two intakes a year, in September and in February. Each pilot flies eight Briefing Days at the "
    "clubhouse (a Saturday in each month, 9.30 to 4.00), four Local Soaring tasks in their own school and three Legs. "
    "Every Briefing Day is repeated on the Wednesday of the following week for pilots who cannot come on a Saturday. "
    "February pilots start at B6 and fly B1 to B5 the following autumn. Local Soaring tasks may be flown in any order, "
    "and Legs 1 and 2 may be submitted in either order. Pilots may take up to two years to finish.")
num("4.2", "No online element.",
    "There is no online element to the course. Everything happens at the clubhouse, in your school or by telephone: "
    "your Instructor telephones you once between each pair of Briefing Days. The club's website has a forum for "
    "weather reports and lift-sharing to the airfield; it is for club members and is not part of the Award.")
num("4.3", "Disabled pilots.", "We want every teacher who could be a good SENCO to be able to fly this task.")
for b in [
    "The application form asks every applicant whether they have a disability or health condition and what would "
    "help, says why we ask, and says that the answer is used only to make arrangements.",
    "The CFI talks with each pilot who tells us of a disability before B1 and agrees reasonable adjustments in "
    "writing. So far these have included a radio aid for the speaker, large-print handouts, extra time and rest "
    "breaks for Legs, and Leg 3 submitted as a recorded account instead of a written one.",
    "The clubhouse briefing room, toilets and caf\u00e9 are on the ground floor with level access from the car "
    "park; the visit to Cragside School is by minibus with a tail-lift.",
    "Our leaflet and application form are available in large print and on disk, and name the adjustments we can make.",
    "Hildersham University's disability adviser agrees adjustments to assessment, and Legs are marked anonymously.",
    "The Trust's equality policy, reviewed by the trustees in 2008, covers the Award, and the Steering Group sees each "
    "year how many disabled teachers applied, started and finished.",
]:
    bullet(b)
num("4.4", "Briefing Days.", "All Briefing Days are at the clubhouse unless shown.")
bd = [
    ("Autumn", "B1", "Pre-flight",
     "The Award and the Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a "
     "positive contribution, achieving economic well-being) and the SENCO's part in them. Reading research and "
     "inspection evidence: Ofsted's Inclusion: does it matter where pupils are taught? (2006) and Special "
     "educational needs and disability: towards inclusive schools (2004); using advice from outside the school."),
    ("Autumn", "B2", "Air law",
     "The Education Act 1996, the SEN Code of Practice (2001), the Special Educational Needs and Disability Act "
     "2001, the Disability Discrimination Acts 1995 and 2005 and the Disability Equality Duty; the draft regulations "
     "on the SENCO role; what each means for the school, the governors and the SENCO."),
    ("Autumn", "B3", "Reading the sky",
     "How children develop and how SEN, disability and the environment for learning affect development, with an "
     "educational psychologist. The common types of need (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
     "they affect learning, with a speech and language therapist. Identifying pupils, setting targets, planning "
     "interventions and reviewing progress; using other professionals' assessments; the Bercow Review (2008)."),
    ("Spring", "B4", "Instruments",
     "Tracking progress with national tests, P scales and RAISEonline and changing programmes that are not working; "
     "provision mapping and management; approaches, strategies and programmes, ICT included, reviewed from pilots' "
     "own schools; anticipating problems and making decisions about provision."),
    ("Spring", "B5", "Crew and ground",
     "Relationships with pupils and their families. The outside agencies (educational psychology, CAMHS, social "
     "care, health, the Eskmoor Autism Support Group and other voluntary bodies), how to get their help and how to "
     "work with them. A forty-five minute talk by a parent from the Parent Partnership Service about her family's "
     "experience of annual reviews."),
    ("Spring", "B6", "Debriefing",
     "School self-evaluation and the self-evaluation form; reviewing provision with colleagues; consulting pupils: "
     "pupil-led reviews and person-centred planning, with two pupils from Cragside School and their teacher."),
    ("Summer", "B7", "Leading the launch",
     "Working with the headteacher and governors on an inclusive ethos, policy, priorities and resources; gaining "
     "colleagues' commitment; prioritising, managing time and delegating; coaching, mentoring and leading training; "
     "deploying and managing teaching assistants."),
    ("Summer", "B8", "Cross-country",
     "Field Landing Checks; a round-up of recent research on what works for pupils with SEN."),
]
bt = table(doc, len(bd) + 1, 4, [2.0, 1.2, 3.4, 10.0])
for j, h in enumerate(["Term", "Day", "Title", "What is briefed"]):
    cell_text(bt.cell(0, j), h, bold=True, fill=GREY)
set_repeat_header(bt.rows[0])
for i, (term, d, ti, w) in enumerate(bd, start=1):
    cell_text(bt.cell(i, 1), d, bold=True)
    cell_text(bt.cell(i, 2), ti)
    cell_text(bt.cell(i, 3), w)
for a, b, label in ((1, 3, "Autumn"), (4, 6, "Spring"), (7, 8, "Summer")):
    cell_text(bt.cell(a, 0).merge(bt.cell(b, 0)), label, bold=True, fill=SKY)
para(doc, "")

# ------------------------------------------------------------------ part 5
part("PART 5 \u2013 LOCAL SOARING")
num("5.1", "", "Local Soaring tasks are flown in your own school between Briefing Days. Each is written up on a task "
               "sheet, signed by your Retrieve Crew and brought to the next Briefing Day.")
ls = table(doc, 5, 2, [2.0, 14.6])
cell_text(ls.cell(0, 0), "Task", bold=True, fill=GREY)
cell_text(ls.cell(0, 1), "What you do", bold=True, fill=GREY)
for i, (a, b) in enumerate([
    ("LS1", "Identify pupils who may have SEN using observation, data and assessment; set targets for one, plan an "
            "intervention and review it after half a term."),
    ("LS2", "Consult four pupils with SEN about the support they receive, using an interview or a drawing-and-talk "
            "method, and feed back what they said to the staff who teach them."),
    ("LS3", "Draw a provision map for your school and mark provision that is ineffective or missing."),
    ("LS4", "Coach a colleague over half a term: observe a lesson, give feedback, model a strategy, observe again. "
            "Then plan a short training session for colleagues and deliver it with your Retrieve Crew."),
], start=1):
    cell_text(ls.cell(i, 0), a, bold=True)
    cell_text(ls.cell(i, 1), b)
para(doc, "")
num("5.2", "Your Retrieve Crew.",
    "Your Retrieve Crew, a senior colleague chosen by your headteacher, helps you plan each task, signs the task "
    "sheet, and makes sure the school knows what you are doing.")

# ------------------------------------------------------------------ part 6
part("PART 6 \u2013 LEGS AND THE BADGE")
num("6.1", "Leg 1: Duration (4,000 words, 20 credits).",
    "A term's work with one pupil or a small group. To pass this Leg the pilot shows that they:")
for b in [
    "identify pupils who may have SEN using observation, data and assessment, set challenging targets, plan an "
    "intervention and review progress;",
    "use the assessments of at least one other professional to shape the teaching;",
    "explain how the pupil's development has been affected by their needs and by the environment for learning;",
    "explain the pupil's type of need and how it affects their learning;",
    "relate the pupil's targets to the five Every Child Matters outcomes and the SENCO's part in them;",
    "involve the pupil in planning, agreeing and reviewing the intervention;",
    "explain which outside agencies could help and how to get their support, and work with at least one other "
    "service or voluntary organisation;",
    "build a fair, respectful and constructive relationship with the pupil and the family;",
    "make and justify sound decisions when the intervention does not go to plan;",
    "measure the pupil's attainment before and after the intervention.",
]:
    bullet(b)
num("6.2", "Leg 2: Height (4,000 words, 20 credits).",
    "A report on SEN provision across the pilot's school. To pass this Leg the pilot shows that they:")
for b in [
    "set out what the law and the Code of Practice require of the school and whether the school does it;",
    "set out the school's duties under the disability equality laws and how its accessibility plan meets them;",
    "map the school's provision and identify provision that is ineffective or missing;",
    "use national test and teacher assessment data to track pupils' progress and show where programmes should change;",
    "identify in good time the access arrangements pupils need for national tests and examinations and how they "
    "will be put in place;",
    "review the effectiveness of provision with colleagues and write the SEN section of the self-evaluation form;",
    "draw on research and outside advice in making recommendations.",
]:
    bullet(b)
num("6.3", "Leg 3: Distance (4,000 words, 20 credits).",
    "An account of leading one change in the pilot's school. To pass this Leg the pilot shows that they:")
for b in [
    "work with the headteacher and governors to agree a change to the school's SEN policy, priorities or budget;",
    "win the commitment of colleagues and senior leaders to the change;",
    "coach or mentor at least one colleague and lead training for others;",
    "show how they prioritised the work, managed their time and delegated tasks.",
]:
    bullet(b)
num("6.4", "Field Landing Check.",
    "At B8 each pilot gives a ten-minute talk to the group on what they have learned, and answers questions. The "
    "Instructor gives written feedback on how clearly it was put and how well the pilot listened and answered. It is "
    "not marked.")
num("6.5", "Marking.", "")
tracked_para(doc, "A second Official Observer marks, without seeing the first mark, every Leg that fails and one in "
                  "five of the rest, and the University's external examiner sees a sample of every Leg before the "
                  "Board of Examiners meets.", "del", GI, "2008-10-02T19:20:00Z")
pm = doc.add_paragraph()
rm = run(pm, "Each Leg is marked by one Official Observer, the pilot's own Instructor, against the criteria printed "
             "with the Leg. Marks go to the University's Board of Examiners in July.")
comment(doc, [rm], "Taken out until we know whether the University will pay for second marking. Put back before "
                   "it goes?", GI, "GI")
num("6.6", "The Badge.",
    "A pilot is awarded the Badge (the Postgraduate Certificate and the National Award) when they have flown at least "
    "seven of the eight Briefing Days and passed the three Legs. A Leg failed with a mark of 40 to 49 per cent is "
    "compensated, and its credits awarded, if the other two Legs average 55 per cent or more. The Badge does not "
    "require a pilot to have shown every turning point; that is asked only of Check Flight pilots.")
num("6.7", "After your Badge.",
    "What you fly next is a matter for you and your headteacher. The Trust does not set or discuss further targets "
    "with pilots once the Badge is awarded.")

# ------------------------------------------------------------------ part 7
part("PART 7 \u2013 INSTRUCTORS, OBSERVERS AND RETRIEVE CREWS")
stf = table(doc, 5, 3, [4.0, 3.0, 9.6])
for j, h in enumerate(["Name", "Role", "Background"]):
    cell_text(stf.cell(0, j), h, bold=True, fill=GREY)
for i, r in enumerate([
    ("Mr Gareth Illingworth", "CFI (programme leader)",
     "Head of learning support and SENCO at an Eskmoor comprehensive for fourteen years; MEd in special educational "
     "needs; now a part-time adviser to the Learning Support Service; a full-rated gliding instructor."),
    ("Dr Fiona Rudd", "Instructor, Official Observer",
     "Senior lecturer in special and inclusive education, Hildersham University; researches pupil participation in "
     "reviews."),
    ("Mrs Janet Okafor", "Instructor, Official Observer",
     "Specialist teacher for specific learning difficulties, Learning Support Service; holds a postgraduate "
     "diploma in SpLD and AMBDA; works in schools every week."),
    ("Mr Tom Berridge", "Instructor",
     "Educational psychologist, Eskmoor County Council; leads the county's training on autism."),
], start=1):
    for j, v in enumerate(r):
        cell_text(stf.cell(i, j), v)
para(doc, "")
num("7.1", "Keeping current.",
    "All Instructors work in or with schools every week, and each attends at least two days of specialist training "
    "or conference a year, paid for by the Trust.")
num("7.2", "Specialist expertise and visits.",
    "Pilots are taught by an educational psychologist, a speech and language therapist, a CAMHS nurse and staff of "
    "the Learning Support Service. The Trust arranges for every pilot to spend a day at Cragside School and half a "
    "day at the Eskmoor pupil referral unit, with a named teacher as host, and to visit a resource base for pupils "
    "with speech and language needs.")
num("7.3", "Books and materials.",
    "The clubhouse library has a shelf of books on SEN, and pilots may borrow from the Learning Support Service's "
    "library. Pilots who wish to use Hildersham University's library may register as associate students, at a cost "
    "of \u00a340.")
textbox(doc, [
    ("NOTES FOR OFFICIAL OBSERVERS", {"bold": True, "center": True}),
    ("Official Observers are Instructors approved by Hildersham University. Before marking, each attends the "
     "University's one-day assessor training and reads the Observer's Handbook, which sets out the Leg criteria and "
     "how to record a decision.", {}),
    ("Instructors each receive a written description of their role and meet the CFI before each term to plan the "
     "Briefing Days.", {}),
    ("Retrieve Crews are chosen by the pilot's school. We send each Retrieve Crew a copy of this booklet; we do not "
     "meet or brief them.", {"italic": True}),
], width_cm=16.0, height_cm=4.4, border=GREEN)
para(doc, "")

# ------------------------------------------------------------------ part 8
part("PART 8 \u2013 STAKEHOLDERS AND DEBRIEFING")
num("8.1", "What we were told.",
    "In spring 2008 the Trust held three hangar talks with 46 SENCOs and 19 headteachers from Eskmoor schools, and "
    "read the county's 2007 SEN audit and the Learning Support Service's record of requests for help. The SENCOs "
    "said that in small schools they work alone and need time with other SENCOs; the headteachers said they need "
    "SENCOs who can lead colleagues and talk to governors; the audit found weak tracking of progress for pupils at "
    "School Action and School Action Plus. The Briefing Days and Legs were planned round these needs.")
num("8.2", "How stakeholders shaped the Award.",
    "Stakeholders have shaped this course throughout, and their influence can be seen on every page of this List. "
    "The headteachers asked at the hangar talks for more time on provision mapping; we are still considering how "
    "best to respond.")
num("8.3", "The Steering Group.",
    "Two Eskmoor headteachers, the Learning Support Service manager, a parent from the Parent Partnership Service "
    "and a former pilot meet with the CFI each term. They read the pilots' evaluations and the external examiner's "
    "report and agree what to change. At the end of each season headteachers complete a short questionnaire on the "
    "difference the Award has made to their SENCO's work and to pupils. Learning Support Service staff teach on "
    "Briefing Days and Cragside School hosts visits. Steering Group dates for 2009: [to be added].")
num("8.4", "Debriefing.",
    "Inside the Trust: pilots fill in an evaluation sheet at the end of every Briefing Day, the Instructors debrief "
    "together after each one, and every pilot completes an end-of-season survey. Outside it: the external examiner's "
    "annual report on the programme, the University's annual review and the Steering Group. Each change the Steering "
    "Group agrees is written into the next season's booklet, and pilots are told at B1 what was changed and why.")
num("8.5", "Measuring the difference.",
    "In Leg 1 every pilot records baseline measures for the pupils they work with (reading age, number age and "
    "attendance) and measures again at the end of the term and six months later. The Trust collects these for every "
    "pilot and reports the average change to the Steering Group each year. Pilots rate their confidence against "
    "every turning point at Task Declaration and again at the end of the season, and the headteachers' questionnaire "
    "asks what has changed in the pilot's practice.")

# ------------------------------------------------------------------ part 9: the list (landscape)
landscape_section(doc)
part("PART 9 \u2013 THE TURNING POINT LIST")
para(doc, "Read the Rounded on and Evidence columns as explained in Part 2.", italic=True)
bands = [
    ("ATTRIBUTES: WHAT KIND OF PILOT", [
        ("1", "REL", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and "
                     "disabilities and with their parents and carers", "B5", "P \u2013 Leg 1"),
        ("2", "COM", "Gains the commitment of colleagues, the headteacher and senior leaders to better outcomes for "
                     "these pupils", "B7", "P \u2013 Leg 3"),
        ("3", "PRI", "Prioritises, manages time and delegates so that tasks are done well", "B7", "P \u2013 Leg 3"),
        ("4", "JUD", "Anticipates and resolves problems and makes sound decisions on provision", "B4",
         "P \u2013 Leg 1"),
        ("5", "SAY", "Speaks and writes clearly; listens to and understands others' views", "B8", "B"),
        ("6", "RES", "Draws on research and outside advice to improve own and colleagues' practice", "B1",
         "P \u2013 Leg 2"),
        ("7", "CPD", "Keeps up to date and takes charge of own professional development in SEN and disability",
         "\u2013", "X"),
    ]),
    ("KNOWLEDGE: WHAT THE PILOT KNOWS", [
        ("8", "LAW", "The law and guidance on SEN, the Code of Practice included, and how to put them into practice",
         "B2", "P \u2013 Leg 2"),
        ("9", "ECM", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "B1",
         "P \u2013 Leg 1"),
        ("10", "DDA", "The law on disability equality and what it requires", "B2", "P \u2013 Leg 2"),
        ("11", "DEV", "How children develop, and how SEN, disability and environment affect development", "B3",
         "P \u2013 Leg 1"),
        ("12", "SEN", "The common types of SEN and disability and how they affect learning", "B3", "P \u2013 Leg 1"),
        ("13", "APP", "A critical understanding of approaches, strategies and resources, ICT included", "B4", "B"),
        ("14", "SEF", "School self-evaluation and improvement and pupils with SEN", "B6", "P \u2013 Leg 2"),
        ("15", "RSH", "Best practice and research on meeting SEN", "B8", "R"),
        ("16", "AGE", "What external agencies do and how to get specialist support", "B5", "P \u2013 Leg 1"),
    ]),
    ("SKILLS: WHAT THE PILOT CAN DO", [
        ("17", "ETH", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and use "
                      "of resources", "B7", "P \u2013 Leg 3"),
        ("18", "IDN", "Identifies pupils who may have SEN, sets targets, plans interventions, reviews progress",
         "B3, LS1", "P \u2013 Leg 1"),
        ("19", "PRO", "Uses other professionals' assessments in teaching", "B3", "P \u2013 Leg 1"),
        ("20", "DAT", "Uses summative assessment and national tests to track progress and change programmes", "B4",
         "P \u2013 Leg 2"),
        ("21", "FOR", "Encourages colleagues to develop formative assessment for pupils with SEN", None, None),
        ("22", "ACC", "Identifies in good time access arrangements for tests and examinations and puts them in place",
         "\u2013", "P \u2013 Leg 2"),
        ("23", "MAP", "Uses provision mapping and management; finds ineffective or missing provision", "B4, LS3",
         "P \u2013 Leg 2"),
        ("24", "TAS", "Deploys and manages staff, teaching assistants included", "B7", "R"),
        ("25", "COA", "Supports colleagues' development: observation and feedback, modelling, coaching, training",
         "B7, LS4", "P \u2013 Leg 3"),
        ("26", "REV", "Reviews provision with colleagues to inform self-evaluation", "B6", "P \u2013 Leg 2"),
        ("27", "VOI", "Involves pupils in planning, agreeing and reviewing their provision", "B6, LS2",
         "P \u2013 Leg 1"),
        ("28", "PAR", "Liaises with parents and carers to promote pupils' learning", "B5", "R"),
        ("29", "AGY", "Works in partnership with other services and voluntary organisations", "B5",
         "P \u2013 Leg 1"),
    ]),
]
nrows = 1 + sum(1 + len(b[1]) for b in bands)
tl = table(doc, nrows, 5, [1.2, 2.0, 16.0, 3.2, 3.0])
for j, h in enumerate(["No.", "Trigraph", "Turning point", "Rounded on", "Evidence"]):
    cell_text(tl.cell(0, j), h, bold=True, fill=GREY)
set_repeat_header(tl.rows[0])
r = 1
for title, items in bands:
    cell_text(tl.cell(r, 0).merge(tl.cell(r, 4)), title, bold=True, fill=SKY)
    r += 1
    for it in items:
        for j, v in enumerate(it):
            if v is None:
                continue
            cell_text(tl.cell(r, j), v, bold=(j == 1), align="center" if j != 2 else None)
        if it[1] == "FOR":
            cell_change(tl.cell(r, 3), "B4", "\u2013", GI, "2008-10-02T19:31:00Z")
            cell_change(tl.cell(r, 4), "P \u2013 Leg 3", "X", GI, "2008-10-02T19:31:00Z")
        r += 1
para(doc, "")
para(doc, "Turning points are reviewed by the Steering Group each summer. Positions are correct for the 2008-09 "
          "season only.", italic=True, size=9)

fn.finish()
doc.save(OUT)
print("wrote", OUT)
