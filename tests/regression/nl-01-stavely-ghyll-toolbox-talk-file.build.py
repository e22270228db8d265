"""nl-01-stavely-ghyll-toolbox-talk-file

Provider (invented): Stavely Ghyll Arboricultural Training Centre, a tree-surgery, climbing, felling and
tree-inspection training centre in the invented county of Lunesdale, which also runs the National Award for
SEN Coordination for teachers, validated by the (invented) University of Northbeck, 60 credits at Level 7,
first crew January 2009.

Document kind: the Centre's TOOLBOX TALK FILE for the Award, sent as it is. In tree work every day starts with
a standing toolbox talk signed on by the crew, so the course is planned as ten "Crew Days", each opened by a
talk (TBT-01 to TBT-10). The teachers are "climbers", the school-based mentors "Groundies", tutors "Crew
Leaders", marked pieces "Tickets" (signed "Competent"), local groups "Crew Huddles", the needs assessment the
"Pre-Climb Check" leading to a "Climb Plan", a formative presentation the "Aerial Rescue Drill".

Layout: no heading styles at all; section titles are bold green capitalised Normal paragraphs with typed
numbers ("2. BEFORE THE FIRST CLIMB"). A cover fact table; a two-column "who is who" table; the SITE RULES in a
VML text box; ten talk sheets, each a two-column table whose shaded title row is merged across both columns,
with "Key points" typed as lines beginning with an en dash, and an empty sign-on table under each; the Ticket
pages with dash-typed lists of what each Ticket signs off; a staff table; a File Amendment Sheet. Header
("Controlled copy") and a footer that carries a CRB claim and a PAGE field. Two Word comments, one tracked
deletion (a whole paragraph) and one tracked insertion (a sentence).

Outcomes (criterion 6) are placed the way such a file would place them: in the talk sheets' key points (what
is developed) and in each Ticket's "To be signed Competent, the climber shows that they:" list (what is
assessed), in the Centre's own words, never with national codes. The Ticket pages say "What a Ticket does not
list, it does not sign off."

Traps (requirement ids):
- CRB: the body's only CRB sentence is about the Crew Leaders, who are checked because the Centre also teaches
  14-16 "Young Arborists" (wrong people); a comment asks whether climbers' CRB should be checked ("Not done
  yet"); the FOOTER claims "All climbers hold a current enhanced CRB disclosure" (footer, never evidence) -> 5.3
  not_met.
- Assessment-only route: "For 2009 the answer at Stavely Ghyll is no"; a neighbour's (Fellside College's) route
  is another provider's; a "Direct Ticket route" paragraph exists only as a tracked DELETION -> 2.3 not_met.
- Pupil voice: a Crew Day on pupil voice was held in the pilot year (2007-08) and has been dropped (past
  arrangement); a comment suggests bringing it back -> 1.5 and 6.S7 not_met.
- Child development negated: "Child development is not on this course" -> 6.K4 not_met.
- Prior learning: credit for earlier certificated study only; "We do not give credit for experience on its own"
  -> 2.1 partially_met.
- Flexibility: "one intake a year", fixed order, "no online part"; only Ticket hand-in dates move -> 3.2
  partially_met; 3.3 not_applicable.
- Stakeholders in evaluation only hoped for ("We would like heads to join a review meeting ... we hope the
  SENCO forum will tell us"), though they take part in delivery -> 4.3 partially_met.
- Placements: "We do not arrange placements or visits to other schools"; the placements the Centre does arrange
  are for the Young Arborists (wrong context) -> 5.5 partially_met (specialist expertise is there).
- Impact: climbers' confidence and competence measured (repeat Pre-Climb Check), pupils' achievement not:
  "We do not ask climbers for their pupils' results ... we hope that, in time, heads will tell us" -> 5.9
  partially_met.
- Moderation by the external examiner exists only in a tracked INSERTION (counts) -> 5.8 met.
- Award rule with the University's compensation rule -> 6.0 partially_met; not all outcomes assessed -> 1.9
  partially_met.
- Blanket claim in the SITE RULES text box: "Every one of the national outcomes is talked through on a Crew Day
  and signed off in a Ticket" -- contradicted by the Ticket pages; never evidence for an outcome.
- Outcomes developed but not assessed: Every Child Matters ("no Ticket asks for it on its own", 6.K2);
  strategic work with governors ("no Ticket signs off", 6.S1); access arrangements ("There is no Ticket on
  access arrangements: the talk is for information", 6.S2d); keeping up to date / own CPD (TBT-10, "the
  targets are not marked", 6.A7).
- Outcomes assessed only formatively in the unmarked Aerial Rescue Drill ("The Drill is not marked and nothing
  in it is signed off"): time management and delegation (6.A3), encouraging colleagues' formative assessment
  (6.S2c) -> partially_met.
- Wrong-context words that do not count: the Centre's own CS38 "aerial rescue" climbing assessments; Jon
  Pattinson's NPTC assessor role (not a Crew Leader).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _nl_helpers import *  # noqa: E402,F403
from docx.shared import Pt, Cm, RGBColor  # noqa: E402

OUT = Path(__file__).with_name("nl-01-stavely-ghyll-toolbox-talk-file.docx")
GREEN = "2E5E2E"
PALE = "E3EEDC"
ML = "Margaret Lowther"

doc = Document()
base_font(doc, "Arial", 10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
header_footer(sec, "Stavely Ghyll Arboricultural Training Centre  |  Toolbox Talk File TTF-SEN/09  |  Controlled copy 3 of 6",
              "All climbers hold a current enhanced CRB disclosure.  Issue 2, December 2008.")


def title(text):
    p = add_par(doc, text, bold=True, size=12, color=GREEN)
    p.paragraph_format.space_before = Pt(12)
    return p


def lead(label, text):
    p = doc.add_paragraph()
    runs(p, [(label + " ", {"bold": True}), text])
    return p


# ------------------------------------------------------------------ cover
add_par(doc, "STAVELY GHYLL ARBORICULTURAL TRAINING CENTRE", bold=True, size=16, color=GREEN, align="center")
add_par(doc, "Climbing  ·  Felling  ·  Tree Inspection  ·  and the National Award for SEN Coordination",
        italic=True, align="center")
add_par(doc, "TOOLBOX TALK FILE", bold=True, size=22, align="center")
add_par(doc, "National Award for SEN Coordination: First Crew, January to November 2009", bold=True, align="center")
add_par(doc, "File reference TTF-SEN/09     Issue 2     December 2008", align="center", size=9)

t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
facts = [
    ("File holder", "Margaret Lowther, Head of Training (SEN)"),
    ("Validated by", "University of Northbeck, School of Education"),
    ("Crew Days", "Ten Saturdays, 10 January to 21 November 2009, 9.00 to 3.30"),
    ("Venues", "The Barn Classroom, Stavely Ghyll; Lunesdale Teachers' Centre (Crew Days 5 and 8)"),
]
for row, (a, b) in zip(t.rows, facts):
    cell_text(row.cells[0], a, bold=True, fill=PALE)
    cell_text(row.cells[1], b)
set_col_widths(t, [4, 12.5])

title("A WORD BEFORE YOU START")
add_par(doc, "At Stavely Ghyll no crew leaves the yard without a toolbox talk: a short briefing, standing up, on the job in "
        "hand, the hazards and who does what, signed on by everyone who heard it. Our first SENCOs, in 2007, asked if "
        "their days could start the same way, and they have done ever since. So we send the panel the Toolbox Talk "
        "File our Crew Leaders will work from in 2009: the front pages say how the course runs, each talk sheet is one "
        "Crew Day, and the Ticket pages say what is marked and how.")

# ------------------------------------------------------------------ 1
title("1. THE AWARD AND THE CREW")
add_par(doc, "The Award at Stavely Ghyll is the National Award for SEN Coordination, validated by the University of "
        "Northbeck, School of Education, which awards the credit and whose assessment regulations apply to every "
        "Ticket. It is made up of two linked 30-credit modules at Master's level (Level 7), 60 credits in all: SEN 701 "
        "Reading the Site (Tickets 1 and 2) and SEN 702 Working the Crown (Ticket 3), taught together across the ten "
        "Crew Days.")
lead("What the course is for.",
     "Everything on this course points at one thing: children and young people with special educational "
     "needs and/or disabilities in our climbers' schools doing better, in their learning and in the rest of their "
     "lives. We mean all five Every Child Matters outcomes (being healthy, staying safe, enjoying "
     "and achieving, making a positive contribution and achieving economic well-being) and not test scores alone. "
     "All three Tickets are about pupils in the climber's own school: the Site Survey about how the school provides "
     "for them, the Case Climb about one pupil, and the Rigging Plan about a change the climber leads so that pupils "
     "are better served.")
add_par(doc, "Who is who on the crew", bold=True)
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
crew = [
    ("Climber", "A teacher on the course: a new SENCO, or a teacher named by the head to become one."),
    ("Groundie", "The colleague in the climber's own school, usually a deputy head or an experienced teacher, who meets "
                 "the climber every fortnight, watches some of their work and signs the Task record."),
    ("Crew Leader", "A tutor on the course. Crew Leaders give the talks, run the Crew Days, visit schools and mark "
                    "Tickets. Their names and backgrounds are in section 9."),
    ("Ticket", "A marked piece of work. There are three. A Ticket that passes is signed \"Competent\"."),
    ("Climb Plan", "Each climber's own plan for the year, written from the Pre-Climb Check (section 2)."),
]
for row, (a, b) in zip(t.rows, crew):
    cell_text(row.cells[0], a, bold=True, fill=PALE)
    cell_text(row.cells[1], b)
set_col_widths(t, [3.2, 13.3])

# ------------------------------------------------------------------ 2
title("2. BEFORE THE FIRST CLIMB")
lead("Who can join.",
     "Climbers must hold qualified teacher status and be in post as a school's SENCO, or be named by their head to "
     "take up the role by September 2009. The head signs the booking form to say that the school will give the "
     "Groundie an hour a fortnight for the climber.")
lead("The Pre-Climb Check.",
     "Before Crew Day 1 every climber completes the Pre-Climb Check: twenty-eight statements built from the national "
     "outcomes for the Award, each rated from 1 (new to me) to 4 (I do this well and could show you), with a line of "
     "evidence for any rating of 3 or 4. In December a Crew Leader meets each climber for forty-five minutes to go "
     "through it. Together they write the climber's Climb Plan: the outcomes the climber "
     "will work on hardest (their personal outcomes for the year), the talks they must attend in full, and first "
     "ideas for the three Tickets. The Climb Plan is reviewed at the Crew Leader's school visit in June.")
add_par(doc, "If the Pre-Climb Check shows that a candidate is not yet ready to start, we suggest the county's SEN Foundation course first, and the Head of Training "
        "phones their head to agree what happens next. They are offered a place with the following year's crew.")
lead("Credit for study already done.",
     "A climber who has passed a Master's-level module in special educational needs at any university in the last "
     "five years may bring up to 30 credits with them under the University of Northbeck's credit transfer rules, and "
     "is then excused Ticket 1. We do not give credit for experience on its own, however long.")
p = doc.add_paragraph()
runs(p, [("Safer recruitment. ", {"bold": True})])
crb = p.add_run("Every Crew Leader holds an enhanced CRB disclosure, renewed every three years, because the Centre also "
                "teaches the Young Arborists, our 14-16 course for pupils from Lunesdale secondary schools.")
doc.add_comment([crb], text="Should we ask heads to confirm the climbers' CRB on the booking form? Not done yet.",
                author="Jon Pattinson", initials="JP")
lead("Going straight to the Tickets.",
     "We have been asked whether an experienced SENCO could skip the Crew Days and go straight to the Tickets. Our "
     "neighbours at Fellside College allow this on their own certificate. For 2009 the answer at "
     "Stavely Ghyll is no: every climber joins the crew.")
deleted_paragraph(doc, "A SENCO with five or more years in the role may instead take the three Tickets without "
                  "attending the Crew Days, after a Pre-Climb Check interview with the Head of Training, for a fee "
                  "of £450.", ML, "2008-12-02T10:14:00Z", bold_lead="Direct Ticket route. ")
lead("What it costs.",
     "The fee is £1,380 for the whole Award, which includes the University's registration. Lunesdale County Council "
     "pays half for SENCOs in its own schools. A climber excused Ticket 1 pays £990. Where a climber's Climb Plan "
     "shows they are already secure on a talk's key points, they may spend that hour in a Crew Huddle with a Crew "
     "Leader working on their Tickets instead, so that no one sits through what they already know.")

# ------------------------------------------------------------------ 3
title("3. SITE RULES AND ACCESS")
text_box(doc, [
    ("SITE RULES (read out on Crew Day 1)", True),
    ("1. Nobody climbs without a Climb Plan.", False),
    ("2. The Groundie watches; the climber works. Tell your Groundie what you are doing.", False),
    ("3. Phones off in the talk. Ten minutes, standing up.", False),
    ("4. Sign on. If you have not signed the sheet, you were not at the talk.", False),
    ("5. If it is not safe, stop and ask. That goes for your school as well.", False),
    ("6. Every one of the national outcomes is talked through on a Crew Day and signed off in a Ticket.", False),
], height_pt=140)
lead("Access for all.",
     "We ask on the booking form, and again at the Pre-Climb Check, whether a climber has a disability or a health "
     "condition we should know about, so that adjustments are made before they are needed. The Barn Classroom has "
     "level access, an accessible toilet and an induction loop, and so has the Teachers' Centre. Talk sheets and Ticket briefs come in large "
     "print or on coloured paper on request. Ticket deadlines can be extended, and a climber may give the Rigging Plan presentation to a Crew "
     "Leader alone, or present a Ticket as a recording, when a disability makes the usual form a barrier. The "
     "Centre's Disability Equality Scheme, written for our arboriculture courses in 2007, now covers the Award, and "
     "our booking leaflet says so.")

# ------------------------------------------------------------------ 4
title("4. HOW THE DAYS RUN")
add_par(doc, "The talk comes first (ten to fifteen minutes, standing), then the day's work in crews of six, then a "
        "Ticket clinic and the debrief card. Between Crew Days each climber has a job to do in their own school, set "
        "on the talk sheet as the Task for the Fortnight, and talks it over with their Groundie. Crew Huddles, "
        "three or four climbers from neighbouring schools, meet once between each pair of Crew Days, usually in a "
        "school after hours, to share provision maps, case notes and problems with SENCOs from other schools.")
add_par(doc, "There is one intake a year, in January, and the Crew Days run in the order printed in this file. There "
        "is no online part to this course: everything happens on Crew Days, in Crew Huddles and in the climber's own "
        "school. What can move is the Tickets: each has two hand-in dates, and a climber may hand in at either "
        "without penalty.")
p = doc.add_paragraph()
runs(p, [("Pupil voice. ", {"bold": True})])
pv = p.add_run("In our pilot year (2007-08) the sixth Crew Day was given over to pupil voice, with members of Beckside "
               "School's council talking to the crew about their own reviews. That day has gone. Heads asked for a day "
               "on exam access arrangements, and there was no room for both.")
doc.add_comment([pv], text="Bring this back in 2010 if the survey allows? ML", author=ML, initials="ML")

# ------------------------------------------------------------------ 5
title("5. WHAT LOCAL SCHOOLS TOLD US")
add_par(doc, "Before we wrote the course we asked. In spring 2008 the SEN Team of Lunesdale County Council sent our "
        "questionnaire to the head and the SENCO of every school in the county, and 61 replied (27 heads, 34 SENCOs). "
        "We also held two evening meetings at the Centre with 23 SENCOs and 9 heads. What they told us, most often "
        "first: hold the course on Saturdays, because supply cover is scarce in the Lune valley; put provision mapping "
        "earlier, because Ofsted had asked about it in several schools; give a whole day to access arrangements for "
        "tests and examinations; and spend less time on the law, which SENCOs can read for themselves.")
lead("What changed because of it.",
     "The Crew Days moved from Wednesdays in the pilot to Saturdays. Provision mapping moved from Crew Day 9 to Crew "
     "Day 7. Talk TBT-06 on access arrangements was written for 2009. The pilot's two law talks became one (TBT-01). "
     "The Educational Psychology Service asked that the Case Climb be built round a pupil the climber actually teaches "
     "or supports, and it now is.")
lead("Who else takes part.",
     "An educational psychologist from the county service gives part of TBT-05, and the Parent Partnership manager "
     "gives part of TBT-08. Groundies come from the climbers' own schools. We would like heads to join a review "
     "meeting at the end of the first year, if they can spare the time, and we hope the SENCO forum will tell us how "
     "the course is talked about.")

# ------------------------------------------------------------------ 6 talks
title("6. THE TALKS")
add_par(doc, "One sheet for each Crew Day. Completed sign-on sheets go to the yard office.", italic=True)

TALKS = [
    ("TBT-01", "1", "Saturday 10 January 2009", "Reading the tree: the SENCO's job and the law", "Margaret Lowther",
     "Barn Classroom",
     ["What the SENCO, the head and the governors do under the SEN Code of Practice (2001): School Action, School "
      "Action Plus, statutory assessment, statements and annual reviews.",
      "The law behind the Code: the Education Act 1996 and the Special Educational Needs and Disability Act 2001, and "
      "the duties they put on the school, the local authority and the SENCO.",
      "Government policy now: Removing Barriers to Achievement (2004), the Inclusion Development Programme launched in "
      "2008, and what the National Strategies expect of SENCOs.",
      "Putting the Code into practice in your school: the SEN policy, the register, reviews on time."],
     "Thinking the Code is only paperwork. It says who must do what, and by when.",
     "Find your school's SEN policy and check it against the Code. Bring it on Crew Day 2.",
     "Ticket 1 (Site Survey)"),
    ("TBT-02", "2", "Saturday 31 January 2009", "Every child, every outcome", "Alan Brough", "Barn Classroom",
     ["The five outcomes of Every Child Matters and the Children Act 2004, and what they mean for a pupil with SEN "
      "and/or disabilities, not only for that pupil's test results.",
      "The SENCO's part in them: the Common Assessment Framework, the lead professional, extended services.",
      "How the outcomes show up in a school: a Year 9 pupil with cerebral palsy who never goes on a trip is not "
      "enjoying and achieving, whatever her levels."],
     "Treating Every Child Matters as a poster in the staffroom.",
     "List the pupils on your register who have had no part in a trip, club or team this year.",
     "None. Every Child Matters runs through every Crew Day; no Ticket asks for it on its own."),
    ("TBT-03", "3", "Saturday 28 February 2009", "Protected trees: disability equality", "Ruth Dacre", "Barn Classroom",
     ["The Disability Discrimination Act 1995, as amended in 2001 and 2005, and what it asks of schools: no less "
      "favourable treatment, reasonable adjustments and the accessibility plan.",
      "The Disability Equality Duty (December 2006): the school's Disability Equality Scheme and the part disabled "
      "people play in writing it.",
      "Who counts as disabled: many pupils on the SEN register do, and some disabled pupils have no SEN.",
      "The actions the law requires, and how a SENCO sees they are carried out."],
     "\"We haven't got any disabled pupils.\" You almost certainly have.",
     "Read your school's accessibility plan. When was it last reviewed, and by whom?",
     "Ticket 1 (Site Survey)"),
    ("TBT-04", "4", "Saturday 21 March 2009", "Know your species: the common types of SEN", "Ruth Dacre",
     "Barn Classroom",
     ["Behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, "
      "language and communication needs; autistic spectrum disorders; moderate learning difficulties.",
      "For each: what it looks like in a classroom, and how it can get in the way of learning in English, in "
      "mathematics and across the curriculum.",
      "The Bercow Review of services for children and young people with speech, language and communication needs "
      "(2008): what it found and what it asks of schools.",
      "Child development is not on this course. Every climber covered it in initial teacher training and we do not "
      "go over it again."],
     "Labels. A diagnosis tells you where to start looking, not what to do.",
     "Pick one pupil for your Case Climb and talk to your Groundie about why.",
     "Ticket 2 (Case Climb)"),
    ("TBT-05", "5", "Saturday 25 April 2009", "Survey before you cut: finding need, setting targets, tracking",
     "Dr Ian Fairbairn and Ruth Dacre", "Lunesdale Teachers' Centre",
     ["Finding the pupils who may have SEN and/or disabilities: classroom observation, data, assessment and other "
      "monitoring, and the pupils who get missed.",
      "Setting targets that stretch; planning an intervention aimed at the barrier, not the symptom; reviewing "
      "progress on the date you set.",
      "Reading other professionals' reports (educational psychologists, speech and language therapists, specialist "
      "teachers) and turning them into ways of teaching.",
      "Summative data: national test results, teacher assessment, P scales and RAISEonline; tracking pupils and "
      "changing a programme that isn't working.",
      "Formative assessment: helping colleagues use assessment for learning with every pupil, and what to adapt for "
      "pupils with SEN.",
      "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT (Clicker 5, "
      "Write Online, talking books), and how to judge them critically."],
     "Waiting for a report before you do anything.",
     "Gather the assessment data you hold on your Case Climb pupil.",
     "Ticket 2 (Case Climb)"),
    ("TBT-06", "6", "Saturday 16 May 2009", "Exam season: access arrangements", "Ruth Dacre", "Barn Classroom",
     ["Which pupils may need special arrangements in national tests at Key Stages 2 and 3, in GCSEs and in other "
      "examinations: extra time, readers, scribes, word processors, rest breaks, modified papers.",
      "The timetable: the QCA's deadlines for test arrangements and the Joint Council for Qualifications' rules and "
      "deadlines, and why in good time means the autumn term, not May.",
      "Making the arrangement the pupil's normal way of working in class, with the examinations officer and "
      "colleagues, so that nothing is new on the day.",
      "There is no Ticket on access arrangements: the talk is for information, and climbers take the checklist back "
      "to school."],
     "Finding out in April that a pupil needed a reader.",
     "Check which pupils in your school have arrangements for the summer, and whether the evidence was gathered in time.",
     "None"),
    ("TBT-07", "7", "Saturday 13 June 2009", "Mapping the wood: provision mapping and review", "Alan Brough",
     "Barn Classroom",
     ["Provision mapping: setting out every intervention the school runs, who it is for, what it costs and what it "
      "achieves.",
      "Using the map to find provision that is not working, and gaps where there is no provision at all.",
      "Judgement calls: seeing problems coming, weighing the evidence, and making decisions on provision that you "
      "can defend.",
      "Deploying and managing teaching assistants and other staff: who does what, for which pupils, with what "
      "training and supervision.",
      "School self-evaluation: the self-evaluation form (SEF), what Ofsted looks for, and where the progress of pupils "
      "with SEN and/or disabilities belongs in it and in the improvement plan.",
      "Reviewing provision with the teachers and assistants who deliver it, and feeding what you find into the "
      "school's self-evaluation.",
      "Ofsted's report Inclusion: does it matter where pupils are taught? (2006) and what it found about provision "
      "that works."],
     "A map that lists interventions but not what they achieved.",
     "Draft a provision map for one year group.",
     "Ticket 1 (Site Survey); Ticket 3 (Rigging Plan) for deploying staff"),
    ("TBT-08", "8", "Saturday 11 July 2009", "Working with families and other services",
     "Ruth Dacre with the Lunesdale Parent Partnership manager", "Lunesdale Teachers' Centre",
     ["Relationships with pupils and with their parents or carers that are fair, respectful, supportive and "
      "constructive, including when things have gone wrong.",
      "Advising and supporting parents and carers: meetings that work, plans agreed with families, and the annual "
      "review as a conversation rather than a form.",
      "The scope and role of the services around a school: educational psychology, speech and language therapy, "
      "CAMHS, sensory and physical support, social care, and voluntary organisations such as the British Dyslexia "
      "Association and the local National Autistic Society branch.",
      "How to get specialist support and resources for a pupil, and who pays for them.",
      "Working with other professionals so that a pupil has one plan, not five."],
     "Meeting parents only when something has gone wrong.",
     "Meet the parents or carers of your Case Climb pupil.",
     "Ticket 2 (Case Climb)"),
    ("TBT-09", "9", "Saturday 10 October 2009", "Leading the crew", "Margaret Lowther", "Barn Classroom",
     ["Working with the headteacher, senior leaders and governors on the school's inclusive ethos, its SEN policy, its "
      "priorities and how it spends its resources, so that every pupil can get at the curriculum and the wider life "
      "of the school.",
      "Gaining the commitment of colleagues, the head and senior leaders to doing better by pupils with SEN.",
      "Supporting colleagues' professional development: observing lessons and giving feedback, modelling, coaching "
      "and mentoring, and running or arranging training.",
      "Managing the SENCO's own time: prioritising, delegating to the right person, and checking that it was done.",
      "Saying it clearly: writing for colleagues and parents, speaking at a staff meeting, and listening to views you "
      "do not share.",
      "Advising and working with colleagues beyond the school: cluster SENCO groups and the county Inclusion Team."],
     "Doing it all yourself.",
     "Agree the change for your Rigging Plan with your head.",
     "Ticket 3 (Rigging Plan), and the Aerial Rescue Drill in the afternoon"),
    ("TBT-10", "10", "Saturday 21 November 2009", "Next tree", "Margaret Lowther", "Barn Classroom",
     ["Best practice and what research says about meeting special educational needs: reading a study critically, and "
      "the difference between evidence and enthusiasm.",
      "Drawing on research and on outside advice (the educational psychologist, specialist teachers, the University "
      "library) to improve your own practice and your colleagues'.",
      "Keeping up to date: journals, the county SENCO forum and national networks, and taking charge of your own CPD "
      "on SEN and disability.",
      "Next tree: each climber drafts three professional targets for the following year to take to their performance "
      "management meeting with the head. We bring the options: the University of Northbeck's MA in Education (SEN "
      "pathway), the county's specialist teacher courses, and others the crew suggest."],
     "Finishing the Award and stopping there.",
     "Take your three targets to your head before the end of term.",
     "Ticket 3 draws on this talk's research; the targets are not marked."),
]

for ref, day, date, topic, by, site, points, hazard, task, link in TALKS:
    doc.add_page_break() if ref in ("TBT-01", "TBT-04", "TBT-07", "TBT-10") else None
    t = doc.add_table(rows=8, cols=2)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_text(top, f"TOOLBOX TALK {ref}     CREW DAY {day}     {date}", bold=True, color="FFFFFF", fill=GREEN)
    labels = ["Talk", "Given by", "Site", "Key points", "Hazards", "Task for the fortnight", "Ticket link"]
    vals = [topic, by, site, "\n".join("\u2013 " + x for x in points), hazard, task, link]
    for i, (lab, val) in enumerate(zip(labels, vals), start=1):
        cell_text(t.rows[i].cells[0], lab, bold=True, fill=PALE)
        cell_text(t.rows[i].cells[1], val, bold=(lab == "Talk"))
    set_col_widths(t, [3.4, 13.1])
    s = doc.add_table(rows=3, cols=3)
    s.style = "Table Grid"
    for c, h in zip(s.rows[0].cells, ["Name", "Signature", "Crew"]):
        cell_text(c, h, bold=True, size=8)
    add_par(doc, "")

# ------------------------------------------------------------------ 7 tickets
doc.add_page_break()
title("7. TICKETS")
add_par(doc, "Tickets are marked by the Crew Leaders against the University of Northbeck's Level 7 assessment "
        "criteria, and a Ticket that passes is signed \"Competent\". Each Ticket lists below what it signs off: those "
        "are the outcomes it assesses. What a Ticket does not list, it does not sign off.")


def ticket(name, detail, intro, items):
    p = add_par(doc, name, bold=True, color=GREEN)
    add_par(doc, detail, italic=True)
    add_par(doc, intro)
    for it in items:
        add_par(doc, "\u2013 " + it)


ticket("Ticket 1: Site Survey",
       "SEN 701. 4,000 words and a provision map. Hand in 11 July or 10 October 2009.",
       "A survey of how the climber's school provides for pupils with SEN and/or disabilities. To be signed "
       "Competent, the climber shows that they:",
       ["know the law and the SEN Code of Practice, and can show how their school puts them into practice and what "
        "must change;",
        "know the school's duties on disability equality, and judge whether its accessibility plan and Disability "
        "Equality Scheme are being carried out;",
        "have drawn up a provision map for at least one year group and used it to find provision that is not working "
        "or is missing;",
        "understand how the school evaluates itself, and can show where the progress of pupils with SEN should sit in "
        "the SEF and the improvement plan;",
        "have reviewed one piece of provision with the staff who deliver it, and written up what they found in a form "
        "the school will use for its self-evaluation."])
ticket("Ticket 2: Case Climb",
       "SEN 701. 4,000 words. Hand in 10 October or 21 November 2009.",
       "A case study of one pupil the climber teaches or supports. To be signed Competent, the climber shows that "
       "they:",
       ["have built a fair, respectful and constructive working relationship with the pupil and with the pupil's "
        "parents or carers;",
        "identified the pupil's needs from observation, data and assessment, set challenging targets, planned an "
        "intervention aimed at the barrier and reviewed progress on the date set;",
        "used the reports of other professionals to shape how the pupil is taught;",
        "used national test results and other summative assessment to track the pupil's progress, and changed the "
        "programme when it was not working;",
        "understand the pupil's type of SEN and how it affects their learning;",
        "weighed up critically the approaches, strategies and resources used, including ICT;",
        "worked with the parents or carers, advising and supporting them, and agreed the plan with them;",
        "worked with at least one outside service or voluntary organisation, and know how to get specialist support "
        "and resources;",
        "made well-founded decisions and sound judgements on the pupil's provision, and resolved at least one problem "
        "on the way."])
ticket("Ticket 3: Rigging Plan",
       "SEN 702. A written plan of 3,000 words and a fifteen-minute presentation to the head or a senior leader, "
       "with a Crew Leader present. Hand in 21 November 2009 or 9 January 2010.",
       "A change the climber leads with the teaching assistants and teachers who work with pupils with SEN. The "
       "Rigging Plan is about the climber's own team; it is not about whole-school policy, which the crew talk about "
       "on Crew Day 9 but which no Ticket signs off. To be signed Competent, the climber shows that they:",
       ["gained the commitment of colleagues, and of the head and senior leaders, to the change;",
        "deployed and managed teaching assistants and other staff to make it happen;",
        "supported colleagues' development through at least two of: observation and feedback, modelling, coaching or "
        "mentoring, and training;",
        "drew on published research, best practice and outside advice, and can say what the research found;",
        "wrote and spoke clearly, and listened to and took account of colleagues' views;",
        "anticipated problems and dealt with them;",
        "can show what changed in practice in their school, for staff and for pupils."])

p = add_par(doc, "The Aerial Rescue Drill (Crew Day 9)", bold=True, color=GREEN)
add_par(doc, "On our arboriculture courses the CS38 aerial rescue is assessed by an NPTC assessor; the SENCO "
        "crew's Drill borrows the name, not the assessment. On Crew Day 9 each climber gives the crew a ten-minute account of the "
        "term: how they have prioritised and managed their time, what they delegated and to whom, and how they have "
        "encouraged colleagues to use formative assessment with pupils with SEN. The crew and a Crew Leader give "
        "feedback. The Drill is not marked and nothing in it is signed off: it is practice for the Rigging Plan "
        "presentation.")
lead("Passing the Award.",
     "To be awarded, a climber must attend at least eight of the ten Crew Days and pass all three Tickets. The "
     "University of Northbeck's compensation rule applies: a Ticket marked between 40 and 49 is passed by "
     "compensation if the average mark of the three Tickets is 50 or more.")
p = doc.add_paragraph()
runs(p, [("Marking and moderation. ", {"bold": True}),
         "Every Ticket is marked by the climber's own Crew Leader and second-marked blind by another; where the two "
         "differ by more than ten marks, the Head of Training reads it and decides. Before marking begins, the Crew "
         "Leaders mark three anonymised Tickets from the pilot together at the December standardisation day."])
ins_run(p, " A sample of each Ticket, and every fail and borderline Ticket, goes to the University's external examiner "
        "for moderation, and the University's Board of Examiners confirms all marks.", ML, "2008-12-03T16:40:00Z")

# ------------------------------------------------------------------ 8 QA
title("8. CHECKING THE FILE")
lead("Debrief cards.", "Every Crew Day ends with a two-minute debrief card: what worked, what didn't, what was "
     "missing. A Crew Leader reads them that evening and changes the next talk if need be.")
lead("School visits.", "Each climber's Crew Leader visits them in school once, in June, to see the climber at work, "
     "meet the Groundie and review the Climb Plan.")
lead("Outside eyes.", "The University's external examiner for the Award reports each year on standards and on the "
     "course, and the course is reviewed every year in the University of Northbeck's annual monitoring.")
lead("The July review.", "Each July the Crew Leaders meet for a day to turn the year's debrief cards, Ticket results, "
     "school visit notes and the external examiner's report into changes to the talks and Tickets. Every change is "
     "logged on the File Amendment Sheet at the back of this file, with the reason for it.")
lead("How climbers change.", "At Crew Day 10 each climber repeats the Pre-Climb Check. We compare the two ratings, "
     "outcome by outcome, for confidence and for competence, and report the crew's changes to the July review. We do "
     "not ask climbers for their pupils' results: how pupils get on is the school's business, and we hope that, in "
     "time, heads will tell us what they see.")
lead("Crew Leaders and Groundies.", "Crew Leaders meet for a standardisation day each December and work from the "
     "Crew Leader's Notes, which set out how a talk is given, how to run a Ticket clinic and how to mark. Every "
     "Groundie is invited to a two-hour Groundie Briefing at the Centre in January and is given the Groundie's Card, "
     "which says what the job is: meet the climber every fortnight, watch at least two pieces of their work in "
     "school, sign the Task record, and ring the Crew Leader if something goes wrong. A Groundie who cannot "
     "come to the Briefing is visited in school by a Crew Leader instead.")

# ------------------------------------------------------------------ 9 staff
title("9. CREW LEADERS")
t = doc.add_table(rows=6, cols=3)
t.style = "Table Grid"
staff = [
    ("Name", "On the course", "Background"),
    ("Margaret Lowther", "Head of Training (SEN); Crew Leader; gives TBT-01, TBT-09 and TBT-10",
     "SENCO for fourteen years in two Lunesdale primary schools; MA in Special and Inclusive Education; NPQH; still "
     "works two days a week as the county's SENCO network leader."),
    ("Dr Ian Fairbairn", "Crew Leader; gives TBT-05 with Ruth Dacre",
     "Senior educational psychologist, Lunesdale County Council, seconded to the Centre one day a week; doctorate in "
     "educational psychology."),
    ("Ruth Dacre", "Crew Leader; gives TBT-03, TBT-04, TBT-06 and TBT-08",
     "Former SENCO of an 11-18 school and advanced skills teacher for autism; holds AMBDA; specialist teacher in the "
     "county's Communication and Autism Team."),
    ("Alan Brough", "Crew Leader; gives TBT-02 and TBT-07",
     "Former deputy head and SENCO; Ofsted additional inspector until 2007; leads the county's provision mapping "
     "project."),
    ("Jon Pattinson", "Centre Director. Not a Crew Leader on the Award.",
     "Arborist; NPTC assessor for the climbing and chainsaw units CS30 to CS39."),
]
for row, vals in zip(t.rows, staff):
    for c, v in zip(row.cells, vals):
        cell_text(c, v, bold=(row is t.rows[0]), fill=(PALE if row is t.rows[0] else None))
set_col_widths(t, [3.4, 5.2, 7.9])
add_par(doc, "")
add_par(doc, "Each Crew Leader still works in schools or for the county, so what they teach is what they see this term.")
lead("Specialist help.", "Besides the Crew Leaders, the county's speech and language therapy service, its sensory "
     "support service and Lunesdale Parent Partnership give parts of talks or answer the crew's questions on Crew "
     "Days. We do not arrange placements or visits to other schools; a climber who wants one is welcome to fix it "
     "through their head. The placements the Centre does arrange, with tree surgery firms across the county, are for "
     "the Young Arborists.")

# ------------------------------------------------------------------ 10 kit
title("10. KIT")
add_par(doc, "The Barn Classroom has a projector and twelve laptops loaded with Clicker 5, Write Online, Inspiration "
        "and a trial copy of Kurzweil 3000, for climbers to try before their schools buy. The county's Inclusion Resource Library lends assessment kits and books to "
        "climbers free of charge and brings a selection to Crew Days 4, 5 and 8. Every climber is registered with the "
        "University of Northbeck library, with an Athens login to its electronic journals, among them the British "
        "Journal of Special Education and Support for Learning.")

title("FILE AMENDMENT SHEET")
t = doc.add_table(rows=3, cols=4)
t.style = "Table Grid"
amend = [("Issue", "Date", "Change", "Reason"),
         ("1", "September 2008", "First issue.", "New course."),
         ("2", "December 2008", "TBT-06 added; provision mapping moved to Crew Day 7; law talks merged into TBT-01; "
                                "Crew Days moved to Saturdays.", "Heads' and SENCOs' survey, spring 2008.")]
for row, vals in zip(t.rows, amend):
    for c, v in zip(row.cells, vals):
        cell_text(c, v, bold=(row is t.rows[0]), fill=(PALE if row is t.rows[0] else None), size=9)
set_col_widths(t, [1.4, 3, 7.6, 4.5])

doc.save(OUT)
print("wrote", OUT)
