"""mc-02-fellgate-press-pack

Provider (invented): Fellgate Glassworks School, Carlow Bridge: a studio glass
and glassblowing school (hot shop, flameworking, stained glass) whose schools
team ran an unaccredited SENCO pilot in 2008 and now applies to run the
2008-09 National Award for SEN Coordination, validated by the (invented)
University of Northmere.

Document kind and layout: the school's press pack for the launch of the
course, sent whole with a short covering note to the panel. No heading
styles: section titles are bold capitals typed in Normal paragraphs ("A.
PRESS RELEASE", "B. AT A GLANCE" ...). A press release with embargo line,
headline, standfirst, quotations from the director and a headteacher,
"ENDS" and eight numbered Notes to editors; a fact-sheet table with merged
and shaded cells; a "Questions journalists ask" section with bold "Q." and
"A." run-ins; a magazine feature draft describing the ten Studio Days
("Gathers"); tutor biographies; photo captions; a table for the panel
("What our SENCOs show") whose statuses are defined far above it in Note to
editors 7 ("Demo only", "Crit feedback", "Not in 2009", a dash); a pull-quote
text box; two Word comments; a whole deleted paragraph (placements) and a
whole inserted paragraph (CRB); an embargo header; a footer.

Traps (requirement ids):
- 40 credits at Level 7 (E.2 partially_met); validation itself met (E.1).
- Research only "the latest research and inspection findings", nothing
  named (1.3 partially_met), though the outcome rows for research are
  assessed.
- Parents: the pilot's families day "has been taken out"; only "think about
  parents throughout the course" (1.7 partially_met; 6.S8 not_met, its row
  "Not in 2009").
- "Demo only" rows 6.A2 and 6.S3 and "Crit feedback" rows 6.K6 and 6.S6
  (partially_met), so 1.9 is partially_met.
- 6.A7 assessed in the Studio Journal but a dash under "Worked at"
  (partially_met). 6.K5 names only dyslexia and autism (partially_met).
  6.K4 and 6.S2c appear nowhere (not_met).
- APL refused: "We do not accredit prior learning" (2.1 not_met); a
  comment asking about APL is not an answer.
- Starting Gather self-audit used only for the group's programme, no
  individual plan (2.2 partially_met).
- The assessment-only route "Straight to Crit" is concrete (2.3 met).
- Further targets only hoped for, plus a comment and a headteacher's quote
  about the pilot (2.5 not_met).
- Equality only "Fellgate welcomes everyone" and step-free access (3.1
  partially_met).
- Evaluation: section G's own paragraph gives only end-of-day feedback
  forms, but the Q and A's Course Evaluation Group reviews feedback,
  results and impact figures each term and agrees changes, and the link
  tutor and external examiner are external checks (5.1 met: evidence for
  one requirement sitting under another heading); impact measures are
  concrete (5.9 met).
- The CRB check on candidates is a whole inserted paragraph (5.3 met).
- The placements paragraph is deleted; visiting speakers remain (5.5
  partially_met).
- Roles only "Our tutors know what is expected of them" (5.7
  partially_met).
- The award is for attending all ten Gathers and passing two pieces (6.0
  partially_met), not for showing all the outcomes.
- Criterion 3 and 4 otherwise met: two starts, any order, Studio Line with
  tutor, peer and between-day support; a survey and its changes; heads and
  officers on the Crit panel and the evaluation group.
"""
from pathlib import Path
import sys

from docx import Document
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from _mc_helpers import para, table, cell_text, shade, text_box, hf, del_para, ins_para, finish

HERE = Path(__file__).parent
NAME = "mc-02-fellgate-press-pack"
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

hf(doc, "FELLGATE GLASSWORKS SCHOOL  \u2014  PRESS PACK  \u2014  EMBARGOED UNTIL 00.01 MONDAY 2 MARCH 2009",
   "Fellgate Glassworks School, Old Bottle Works, Quay Street, Carlow Bridge CB3 7LN  \u00b7  Press office: "
   "Lorna Pike 01632 960 418")


def title(text):
    return para(doc, text, bold=True, size=12, color="7A2E0E")


para(doc, "To the approval panel", bold=True)
para(doc, "We are sending our press pack for the launch of the course as it stands, because it describes the "
          "course more fully than anything else we have written. Section G was added for you; the rest was "
          "written for journalists, and for the glass and education press. Maggie Thorne, Director, Fellgate "
          "Glassworks School.", italic=True)

title("A. PRESS RELEASE")
para(doc, "EMBARGOED UNTIL 00.01, MONDAY 2 MARCH 2009", bold=True, size=9)
para(doc, "Glassworks school opens its doors to the county's new SENCOs", bold=True, size=14)
para(doc, "Fellgate, best known for its hot shop and its summer glassblowing courses, will train teachers who "
          "lead provision for pupils with special educational needs", italic=True)
para(doc, "Carlow Bridge, 2 March 2009. Fellgate Glassworks School, the studio glass school in the Old Bottle "
          "Works on Quay Street, is to run the National Award for SEN Coordination for teachers who are new to "
          "the role of special educational needs coordinator (SENCO), in partnership with the University of "
          "Northmere. The first group starts in September 2009.")
para(doc, "The course aims to raise the achievement of children and young people with special educational needs "
          "and disabilities, in their learning and in their well-being, across all five Every Child Matters "
          "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
          "achieving economic well-being. Every piece of assessed work asks the SENCO to show what has changed "
          "for pupils, not only in their test results.")
para(doc, "\u201cEvery SENCO on the course carries out a Change Piece in their own school,\u201d said Maggie "
          "Thorne, Director of Fellgate. \u201cThey plan it with their headteacher, lead their colleagues through "
          "it for at least a term, and show us, with the pupils' own progress data, what difference it made. "
          "It is the same thing we ask of a glassmaker: not what you know about glass, but what you can make.\u201d")
para(doc, "Fellgate's schools team has worked with special schools and resource bases in the county since 1997, "
          "running glass workshops for pupils with autism, physical disabilities and sensory impairments. In "
          "2008 the team ran a pilot of the course, without accreditation, with fourteen SENCOs from Carlow "
          "Bridge and Wenmoor.")
para(doc, "\u201cOur SENCO came back from every day with something she could use on Monday morning,\u201d said "
          "Helen Marsh, headteacher of St Bega's Primary School, Carlow Bridge, whose SENCO took part in the "
          "pilot. \u201cFellgate even helped her plan her next steps after it finished.\u201d")
para(doc, "Places cost \u00a3950. The course is open to any qualified teacher who is a SENCO or about to become "
          "one, in any school in England.")
para(doc, "ENDS", bold=True, align="center")

para(doc, "Notes to editors", bold=True)
notes = [
    "Fellgate Glassworks School is an educational charity founded in 1989. It runs a hot shop with two furnaces, "
    "a flameworking studio with twelve benches and a stained glass studio, and teaches around 2,000 adults and "
    "4,000 schoolchildren a year.",
    "The Postgraduate Certificate in SEN Coordination is validated by the University of Northmere, which awards it "
    "and whose Board of Examiners confirms all results. The course is worth 40 credits at Level 7 (masters level) "
    "and can count towards the University's MA in Education.",
    "The course has ten Studio Days, which the school calls Gathers after the first gather of molten glass taken "
    "from the furnace. Participants carry out a Change Piece in their own school, write a Case Study and keep a "
    "Studio Journal, and finish with the Crit, a presentation and discussion in front of a panel.",
    "There are two start dates each year, in September and January. Each Gather runs twice, once on a weekday and "
    "once on a Saturday, and participants may choose either. Apart from the first and last, the Gathers may be "
    "taken in any order, with either group.",
    "The fee is \u00a3950, which includes all materials and a lunch on each Gather. The assessment-only route, "
    "Straight to Crit, costs \u00a3600.",
    "The pilot course ran from January to December 2008 with fourteen SENCOs. Twelve completed it.",
    "In the table in section G of this pack, the column \u201cWorked at\u201d names the Gather where something is "
    "taught, and a dash there means that no Gather teaches it. \u201cShown in\u201d names the marked piece of work "
    "in which it is assessed. \u201cDemo only\u201d means a tutor demonstrates or discusses it on the day but "
    "nobody is assessed on it. \u201cCrit feedback\u201d means participants get spoken feedback on it at the mock "
    "Crit, but it is not marked. \u201cNot in 2009\u201d marks something the pilot did that the 2009 course does "
    "not.",
    "Photographs of the hot shop, the pilot group and the Gathers are available from the press office (section F).",
]
for i, n in enumerate(notes, 1):
    para(doc, f"{i}. {n}")

title("B. AT A GLANCE")
t = table(doc, [["Fellgate Glassworks School \u2014 National Award for SEN Coordination", None],
                ["Award", "Postgraduate Certificate in SEN Coordination, University of Northmere"],
                ["Credits", "40 credits at Level 7"],
                ["Length", "Ten Gathers over about a year, part time"],
                ["Starts", "September and January"],
                ["Where", "The Learning Loft, Old Bottle Works, and three partner schools"],
                ["Online", "Studio Line, the course's online studio"],
                ["Assessment", "Change Piece (6,000 words), Case Study (3,000 words), Studio Journal, Crit"],
                ["Fee", "\u00a3950; Straight to Crit \u00a3600"],
                ["Contact", "Lorna Pike, press office"]], header_fill="7A2E0E", size=9)
m = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(m, "Fellgate Glassworks School \u2014 National Award for SEN Coordination", bold=True, size=10,
          fill="E8C9A9")
for r in t.rows[1:]:
    shade(r.cells[0], "F4E6D8")

title("C. QUESTIONS JOURNALISTS ASK")
qa = [
    ("Why is a glass school doing this?", "Because of the people, not the glass. Four of our five education tutors "
     "were SENCOs, and our schools team has worked with pupils with SEN for twelve years. Nobody on the course "
     "will be asked to blow glass, though many ask to."),
    ("Who asked for it?", "In the autumn of 2007 we surveyed every SENCO in Carlow Bridge and Wenmoor (83 replied) "
     "and met the SEN advisers of both local authorities and the Wenmoor headteachers' forum. SENCOs said they "
     "could not be out of school for a whole week, wanted help with leading their colleagues more than with "
     "paperwork, and wanted teaching about particular needs from people who had worked with them. Heads wanted "
     "the assignments to do a job the school needed done."),
    ("Did that change the course?", "Yes. We split the course into single Gathers run both on weekdays and on "
     "Saturdays, moved leading colleagues from one session to a whole Gather (Gather Six), built the Change Piece "
     "around a priority the head agrees, and, after the pilot group told us they needed it, added Studio Line so "
     "that they could keep working between Gathers."),
    ("Will heads and local authorities have a say from now on?", "They will. A headteacher and an officer from "
     "one of the two local authorities sit on every Crit panel. Both local authorities, two headteachers and two "
     "former participants sit on our Course Evaluation Group, which meets each term to look at the feedback, the "
     "results and the impact figures and to agree changes for the next group. SEN advisers teach part of Gather "
     "Seven."),
    ("Can experienced SENCOs get credit for what they already know?", "We do not accredit prior learning: every "
     "participant takes all ten Gathers. We think the group is the course."),
    ("And if someone already does the job well?", "In exceptional cases, an experienced SENCO or a teacher from a "
     "support service who already meets the outcomes can go Straight to Crit. After an interview, they put "
     "together a portfolio mapped against every one of the national outcomes, with evidence from their school, "
     "and take the Crit. Their work is marked and moderated like everyone else's."),
    ("How do you know what each SENCO needs?", "Everyone completes the Starting Gather, a self-audit against the "
     "national outcomes, before the first day. The results help the tutors plan the group's programme and decide "
     "which Gathers need more time."),
    ("Is it all the same for everyone?", "No. For the Gathers on particular needs and on data, participants choose "
     "between a Gaffer group, for those with some experience, and an Apprentice group, starting from the "
     "beginning; the choice is made with a tutor from the Starting Gather. Each participant's Change Piece is set "
     "in their own school around its own priority, and each has a tutor who reads every Studio Journal entry. "
     "Because the Gathers run twice, nobody pays for supply cover twice to catch up a missed day."),
    ("Do SENCOs learn to work with parents?", "Participants think about parents throughout the course."),
    ("What happens after the course?", "We hope our graduates will keep in touch and go on to further study."),
    ("Is the building accessible?", "Fellgate welcomes everyone. The gallery and teaching rooms have step-free "
     "access."),
]
for q, a in qa:
    p = para(doc, f"**Q.** {q}")
    p2 = para(doc, f"**A.** {a}")
    if q.startswith("Can experienced"):
        doc.add_comment(p2.runs, text="Heads keep asking about APL. Could we say the University's APL route is "
                        "open to them? Check with Northmere. LP", author="Lorna Pike", initials="LP")
    if q.startswith("What happens after"):
        doc.add_comment(p2.runs, text="Should we say we will ring every graduate at six months and help them "
                        "set targets with their head? MT", author="Maggie Thorne", initials="MT")

title("D. FEATURE: TEN GATHERS")
para(doc, "Draft for Glass Network, spring 2009 issue. 1,400 words.", italic=True, size=9)
para(doc, "In a glass studio, nothing gets made from one gather. The glassmaker goes back to the furnace again "
          "and again, building the piece up a layer at a time. Fellgate's new course for SENCOs is built the same "
          "way, and the Gathers are its layers.")
gathers = [
    ("Gather One: the law and the role.", "The SEN Code of Practice and the SEN Toolkit, the Education Act 1996 as "
     "amended, the Disability Discrimination Act 1995 and 2005 and the disability equality duty, the Children Act "
     "2004, Every Child Matters and its five outcomes, and Removing Barriers to Achievement. Participants take "
     "their own school's SEN policy and disability equality scheme apart, section by section, and work out what "
     "each law asks of the school and of them."),
    ("Gather Two: knowing the pupils.", "Dyslexia and autism and how each affects learning, taught by a specialist "
     "teacher and an advisory teacher for autism. Participants practise identifying pupils who may have SEN from "
     "classroom observation, data and teachers' concerns, setting targets that stretch, planning an intervention "
     "and reviewing it, and using the reports of educational psychologists and therapists to plan teaching."),
    ("Gather Three: approaches and tools.", "Strategies and resources for assessment, planning and teaching, "
     "including ICT and assistive technology in the Resource Room; what research and best practice say works, and "
     "how to bring outside advice and evidence into one's own and colleagues' teaching."),
    ("Gather Four: the pupil's voice.", "Skills for consulting children and young people: interviewing pupils, "
     "Talking Mats, pupil-led reviews and ways of gathering the views of pupils who do not use speech. "
     "Participants practise these with pupils at Brackenburn Special School, one of the partner schools, and "
     "plan how each pupil in their Case Study will be involved in planning, agreeing and reviewing provision. "
     "They also work on building fair, respectful relationships with pupils and, through the Case Study, with "
     "their families."),
    ("Gather Five: data.", "Using summative assessment, including national tests and P scales, to track progress "
     "and change programmes; identifying in good time the access arrangements pupils need for national tests and "
     "examinations and putting them in place with colleagues. A tutor demonstrates provision mapping with a "
     "school's real provision map."),
    ("Gather Six: leading colleagues.", "Winning the commitment of the head and senior leaders; working with senior "
     "colleagues and governors on the school's inclusive ethos, policies and use of resources; deploying and "
     "managing teaching assistants; supporting colleagues by observation and feedback, modelling, coaching and "
     "running training; prioritising, managing time and delegating. Participants advise and support a colleague "
     "in their own school and, on a shared task, a SENCO from another school."),
    ("Gather Seven: other services.", "The scope and role of outside agencies, from the educational psychology "
     "service to the voluntary sector, how to get specialist support and resources, and how to work in "
     "partnership with them. SEN advisers from both local authorities and the county's parents' and carers' "
     "charity teach part of the day."),
    ("Gather Eight: knowing how well it works.", "The principles of school self-evaluation and improvement, and how "
     "the SENCO reviews the effectiveness of provision with other staff to feed the school's self-evaluation and "
     "its improvement plan."),
    ("Gather Nine: judgement and voice.", "Anticipating problems and resolving them, making well-founded decisions "
     "about provision through case dilemmas; writing clear reports and speaking to colleagues, governors and "
     "parents; listening to and understanding other people's views."),
    ("Gather Ten: the Crit.", "Each participant presents the Change Piece to a panel and answers questions."),
]
for h, b in gathers:
    para(doc, f"**{h}** {b}")
para(doc, "The pilot group had an eleventh day, Working with Families, between Gathers Five and Six. It has been "
          "taken out of the 2009 course to make room for the Crit.")
del_para(doc, "Each participant also spends two days on placement at Brackenburn Special School or the Carlow "
              "Bridge autism resource base, hosted by the SENCO there, between Gathers Four and Seven.",
         "Lorna Pike", "2009-02-17T11:05:00Z")
para(doc, "Between Gathers, the work goes on in school and on Studio Line, the course's online studio on the "
          "University of Northmere's Moodle. Each participant has a personal tutor who answers questions there "
          "within two working days and holds an online tutorial with their group of five every fortnight between "
          "Gathers. Each group has its own forum, where participants post drafts and comment on each other's, and "
          "participants' headteachers and in-school mentors can see the Change Piece pages and message the tutor. "
          "The readings, recordings of the Gathers and all course papers are there, and all work is handed in "
          "through it.")
para(doc, "The Change Piece is where the course meets the classroom. Each participant agrees with the head a "
          "change in the school's provision that the school needs, leads colleagues through it for at least a "
          "term, and measures its effect on pupils. The course is built so that the participant's practice, and "
          "the school's, are different at the end of it.")
text_box(doc, [("\u201cIt is the same thing we ask of a glassmaker: not what you know about glass, but what you "
                "can make.\u201d", True), ("Maggie Thorne, Director", False)], height_pt=60, fill="F4E6D8")

title("E. WHO TEACHES")
bios = [
    ("Maggie Thorne, Director.", "Glassmaker and former head of art at Wenmoor High School; leads Fellgate's schools "
     "team. She does not teach on the course but chairs the Course Evaluation Group."),
    ("Dr Owen Reddaway, Course Leader.", "SENCO for eleven years at two Carlow Bridge secondary schools; EdD on "
     "inclusion in secondary schools (Northmere, 2005); still works one day a week as SENCO at Brackenburn Special "
     "School."),
    ("Priya Castell, Tutor.", "Specialist teacher for dyslexia (AMBDA), formerly with the Wenmoor Learning Support "
     "Service; MA in SEN."),
    ("Gareth Lowther, Tutor.", "Advisory teacher for autism with Carlow Bridge council two days a week; former SENCO "
     "of a primary school; MEd in autism (Birmingham)."),
    ("Sue Abbott, Tutor.", "Former SENCO and deputy head; trains teaching assistants for both local authorities."),
]
for h, b in bios:
    para(doc, f"**{h}** {b}")
para(doc, "Our tutors know what is expected of them.")

title("F. PHOTO CAPTIONS")
for c in ["FG01: The hot shop at the Old Bottle Works, with both furnaces lit.",
          "FG02: The pilot group at the Crit, December 2008.",
          "FG03: Pupils from Brackenburn Special School at a flameworking workshop, 2007.",
          "FG04: The Resource Room: switch access, text-to-speech and symbol software, and the course library.",
          "FG05: A tutor demonstrating provision mapping, Gather Five."]:
    para(doc, c, size=9)

title("G. FOR THE PANEL: HOW THE COURSE RUNS")
para(doc, "**Who can join.** Applicants must have qualified teacher status and be the SENCO of their school or be "
          "taking up the role within the year, and must send a letter from their headteacher supporting the "
          "application and agreeing to the Change Piece. Every applicant is interviewed by the Course Leader, "
          "who checks their experience and knowledge against the entry profile; those not yet ready are advised "
          "in writing what to do first, and we talk to their headteacher.")
ins_para(doc, "Before a place is confirmed, we check that every candidate holds a current enhanced CRB disclosure: "
              "we see the disclosure number and date, confirm them against the school's single central record "
              "with the headteacher, and check List 99. Nobody joins a Gather until this is done.",
         "Owen Reddaway", "2009-02-20T09:30:00Z")
para(doc, "**Resources.** The Learning Loft has a Resource Room with assistive technology (switch access, "
          "text-to-speech and symbol software), a library of assessment materials and intervention programmes, "
          "and the course library. Participants also have full use of the University of Northmere's library and "
          "online journals.")
para(doc, "**Specialists.** Participants learn from a specialist dyslexia teacher, an advisory teacher for autism, "
          "an educational psychologist and the two local authorities' SEN advisers, and Gather Four is held at "
          "Brackenburn Special School.")
para(doc, "**Marking.** Every piece is marked by the participant's tutor and second-marked blind by another tutor. "
          "The University's link tutor moderates a sample of each piece, and the external examiner sees a "
          "sample of all work, including every fail, before the Board of Examiners.")
para(doc, "**Feedback.** We ask every participant to fill in a feedback form after each Gather.")
para(doc, "**Impact.** Each participant records the attainment and progress of the pupils in their Change Piece "
          "(national curriculum levels or P scales, attendance, and the pupils' own ratings of how they feel "
          "about school) before and after the change, and reports the results in the Crit. Participants rate "
          "their confidence against every outcome at the start, at the end and six months after; their "
          "headteachers complete a short survey at the end. The Course Evaluation Group sees all of these "
          "figures each term.")
para(doc, "**The award.** Participants who attend all ten Gathers and pass the Change Piece and the Crit receive "
          "the Award.")
para(doc, "**What our SENCOs show.**")
rows = [["What the SENCO shows", "Worked at", "Shown in"]]
data = [
    ("ATTRIBUTES", None, None),
    ("Fair, respectful relationships with pupils with SEN and their families", "Gather Four", "Case Study"),
    ("Gets the head and senior leaders behind better outcomes for pupils with SEN", "Gather Six", "Demo only"),
    ("Prioritises, manages time and delegates well", "Gather Six", "Studio Journal"),
    ("Anticipates and resolves problems; sound decisions about provision", "Gather Nine", "Change Piece"),
    ("Speaks and writes clearly; listens to others", "Gather Nine", "Crit"),
    ("Uses research and outside advice to improve practice", "Gather Three", "Studio Journal"),
    ("Keeps up to date; takes charge of own CPD", "\u2014", "Studio Journal"),
    ("KNOWLEDGE", None, None),
    ("SEN law, the Code of Practice, and how to put them into practice", "Gather One", "Change Piece"),
    ("Every Child Matters and the SENCO's part in it", "Gather One", "Case Study"),
    ("Disability equality law and what it requires", "Gather One", "Case Study"),
    ("Dyslexia and autism and how they affect learning", "Gather Two", "Case Study"),
    ("Approaches, strategies and resources, including ICT", "Gather Three", "Crit feedback"),
    ("School self-evaluation and improvement for SEN", "Gather Eight", "Change Piece"),
    ("Best practice and research in meeting SEN", "Gather Three", "Studio Journal"),
    ("What outside agencies do and how to get their help", "Gather Seven", "Case Study"),
    ("SKILLS", None, None),
    ("With senior leaders and governors, shapes an inclusive ethos, policies and resources", "Gather Six", "Change Piece"),
    ("Identifies pupils, sets targets, plans interventions, reviews progress", "Gather Two", "Change Piece"),
    ("Uses other professionals' assessments in teaching", "Gather Two", "Case Study"),
    ("Tracks progress with summative assessment and national tests", "Gather Five", "Change Piece"),
    ("Arranges access arrangements for tests and examinations in good time", "Gather Five", "Change Piece"),
    ("Provision mapping; finds ineffective or missing provision", "Gather Five", "Demo only"),
    ("Deploys and manages support staff", "Gather Six", "Change Piece"),
    ("Coaches, mentors and trains colleagues; observes and gives feedback", "Gather Six", "Studio Journal"),
    ("Reviews provision with staff for the school's self-evaluation", "Gather Eight", "Crit feedback"),
    ("Involves pupils in planning and reviewing their provision", "Gather Four", "Case Study"),
    ("Works with parents and carers", "Working with Families (pilot only)", "Not in 2009"),
    ("Works with other services and voluntary organisations", "Gather Seven", "Case Study"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(rows[0]):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="E8C9A9")
for a, b, c in data:
    r = t.add_row()
    if b is None:
        mg = r.cells[0].merge(r.cells[2])
        cell_text(mg, a, bold=True, size=9, fill="F4E6D8")
    else:
        cell_text(r.cells[0], a, size=9)
        cell_text(r.cells[1], b, size=9)
        cell_text(r.cells[2], c, size=9)
para(doc, "")
para(doc, "Fellgate Glassworks School, February 2009", italic=True)

finish(doc, HERE / f"{NAME}.docx")
print("wrote", NAME)
