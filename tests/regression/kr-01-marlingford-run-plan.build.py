"""kr-01-marlingford-run-plan: build the .docx next to this script.

Provider (invented): Marlingford Park Circuit Community and Education Trust, the
education charity of a motor-racing circuit, with the University of Hadleigh Cross
(validating), applying to run the National Award for SEN Coordination from
September 2009.

Document kind and layout: the course written as the Trust's schools race team's
RACE WEEKEND ENGINEERING PACK (the run plan a race engineer issues before a
weekend). A shaded "Event Sheet" cover table with merged cells; "Team Principal's
Notes"; a Team Sheet of people; "Scrutineering" (entry); the "Baseline Set-up"
sheet (needs assessment); a "Tyre Compounds" table (modes of study) and a session
calendar with merged rows; a "Run Plan" in which each practice session (FP1-FP6)
has numbered runs with "Objective:" lines; "Telemetry" (the online area, called
the Pit Wall); "Qualifying and Race" (the marked pieces); a "Stint Chart" of the
29 national outcomes with columns "Run in | Timed in | Status" whose key is a
merged last row of the table; a "Parts Log" (resources); a "Debrief" section; and
"Why the set-up looks like this" (stakeholders). Vocabulary: Drivers
(participants), Race Engineers (tutors), Spotters (school-based mentors), Team
Principal (programme leader), Home Track (the Driver's own school), Away Track
(another school), Sessions, Runs, Out-laps. Heading styles for the main parts,
bold run-in leads, a header and footer, one Word comment, one tracked deletion
and one tracked insertion, a footnote.

Traps (requirement ids):
- The page header says "All Drivers CRB-cleared"; the body never says that the
  Trust checks candidates' disclosures, only that garage passes are issued to
  anyone on the entry list. A Word comment proposing a CRB check at registration
  is not part of the submission. (5.3 not_met)
- "We do not run a Rookie Test": there is no assessment-only route, and a
  deleted tracked sentence once offered one. (2.3 not_met)
- Pupil-voice work ran only in the 2007-08 pilot ("Run 4.3 ... has been taken
  out"), and a tracked deletion removes the remaining run; the Stint Chart line
  is "Not run". Past arrangement plus deletion. (1.5 not_met, 6.S7 not_met)
- Research is mentioned only generally ("the latest thinking"). (1.3 partially_met)
- Access to the circuit buildings is described, nothing on disclosure or
  adjustments in assessment. (3.1 partially_met)
- Pit Wall: Race Engineers answer posts between sessions, but "There are no
  Driver-to-Driver forums". (3.3 partially_met: tutor support, no peer support)
- Heads are "sent" the season report: receiving, not being involved. (4.3 partially_met)
- Away Track visits only "where a Driver's school can release them"; specialist
  speakers do come. (5.5 partially_met)
- Spotters are "sent the Spotters' Sheet" and are "not trained by the Team". (5.7 partially_met)
- Pupils' achievement only hoped for; confidence is measured. (5.9 partially_met)
- The final-debrief MA leaflet only: information, not target-setting. (2.5 partially_met)
- Classification rule is passing Q1-Q3 at 50 per cent and completing the Race,
  not showing every outcome. (6.0 partially_met; 1.9 partially_met with the gaps)
- Stint Chart statuses: "Out-lap only" (developed, not marked: 6.A3, 6.K4,
  6.S2d partially_met), "Spotter's check" (formative only: 6.S4 partially_met),
  "Timed" with no session in "Run in" (assessed, not developed: 6.A7
  partially_met), "Not run" (6.S7 not_met). The key is only in the merged last row.
- The tracked insertion adds the January start (3.2 met with or without it:
  three compounds are described in the body).
- The footnote gives the university validation date (E.1 met in the body anyway).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kr_helpers import (new_doc, header_footer, para, runin, table, shade, merge_row,
                         ins_run, del_run, deleted_paragraph, comment, footnote)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc()
header_footer(d, "MARLINGFORD PARK EDUCATION TRUST  |  ENGINEERING PACK 2009-10  |  All Drivers CRB-cleared",
              "Issue 3  |  Team Principal: Dr F. Oakes  |  Not for circulation outside the garage")

# ---------------- Event sheet -----------------
para(d, "RACE WEEKEND ENGINEERING PACK", bold=True, size=18, align="center")
para(d, "Season 2009-10: the SENCO Championship car", bold=True, size=12, align="center")
t = table(d, [
    ["EVENT SHEET", "", ""],
    ["Event", "National Award for SEN Coordination (Postgraduate Certificate)", ""],
    ["Entrant", "Marlingford Park Circuit Community and Education Trust", ""],
    ["Validating partner", "University of Hadleigh Cross, School of Education", ""],
    ["Level and credit", "Level 7 (masters level), 60 credits", ""],
    ["Season", "Starts 19 September 2009 (Slicks and Wets); 16 January 2010 (Inters)", ""],
    ["Grid", "Up to 32 Drivers a season", ""],
    ["Issued by", "Dr Fran Oakes, Team Principal", "Issue 3, January 2009"],
], header_fill="1F3864")
merge_row(t, 0, "EVENT SHEET", fill="1F3864")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i in range(1, 7):
    t.cell(i, 1).merge(t.cell(i, 2))

# ---------------- Team Principal's notes -----------------
d.add_heading("Team Principal's Notes", level=1)
para(d, "This pack is how we brief a race team before a weekend, and we have used the same format for the "
        "SENCO Award because our staff, our schools and our young people already know it. Every Driver in "
        "this pack is a teacher who is, or is about to become, the special educational needs coordinator in "
        "a school. The car they are building over the season is better provision for the pupils with special "
        "educational needs and disabilities in their school.")
para(d, "The Race objective for the whole season is simple. Drivers raise the achievement of pupils with SEN "
        "and disabilities in their Home Track and improve their well-being across all five Every Child Matters "
        "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
        "achieving economic well-being. Every session objective, every run and every Qualifying run in this "
        "pack is written against that objective, and each Qualifying run asks the Driver to show the "
        "difference their work has made to named pupils on at least two of the five outcomes.")
p = para(d, "The University of Hadleigh Cross validates the Championship as its Postgraduate Certificate in "
            "Special Educational Needs Coordination, 60 credits at Level 7, within its CPD framework. The "
            "validation event approved the programme without conditions, and the University's Academic "
            "Registry records every Driver as a student of the University.")
footnote(d, p, "Validation event held at Hadleigh Cross on 12 November 2008; approved for five years from September 2009.")
para(d, "The Trust has run schools engineering teams at Marlingford Park since 1998 and a free SEN outreach "
        "programme for circuit visits since 2004. The team that wrote this pack is a team of former SENCOs "
        "and advisers, not mechanics, but we have kept the mechanics' words because they work: a session "
        "is a study day, a run is a piece of guided work in the session, and a Qualifying run is an assessed "
        "assignment.")

# ---------------- Team sheet -----------------
d.add_heading("Team Sheet", level=1)
para(d, "Race Engineers are the course tutors. Each Driver has one Race Engineer for the whole season, who "
        "sets their Set-up, reads their Qualifying runs and holds their debriefs. Spotters are experienced "
        "SENCOs in a neighbouring school who act as each Driver's school-based mentor.")
table(d, [
    ["Role", "Name", "Background and current work"],
    ["Team Principal (programme leader)", "Dr Fran Oakes",
     "SENCO in two Marlingshire secondary schools for eleven years; EdD (inclusion and school leadership); "
     "Senior Lecturer at Hadleigh Cross; sits on the county's SEN moderation group."],
    ["Race Engineer", "Tom Bradwell",
     "Former head of a primary ASD resource base; MA in Autism (Birmingham); county autism outreach teacher, "
     "two days a week, continuing while he tutors."],
    ["Race Engineer", "Priya Chandran",
     "Specialist teacher for SpLD, AMBDA; MEd SEN; assesses for examination access arrangements in twelve "
     "secondary schools each year."],
    ["Race Engineer", "Gareth Lloyd",
     "Educational psychologist, Marlingshire EP service; HCPC registered; leads the county's training on "
     "provision mapping."],
    ["Race Engineer", "Sian Marsh",
     "Current SENCO and assistant head, Bellcote Community School; NPQH; MA SEN and Inclusion 2007."],
    ["Spotters (school-based mentors)", "Named per Driver at Scrutineering",
     "Serving SENCOs with at least three years in post, agreed with the Driver's head."],
])
para(d, "Race Engineers meet as the Engineering Group before each session to agree the session plan and "
        "after each Qualifying run to agree marks. Each Race Engineer has the Engineer's Handbook, which sets "
        "out their duties as tutor and first marker, and attends the Hadleigh Cross induction for associate "
        "tutors before the season starts.")
para(d, "Spotters are sent the Spotters' Sheet, a two-page note of what a Driver will be asked to do in "
        "school, at Scrutineering. They are not trained by the Team, and the Sheet does not ask them to "
        "judge the Driver's work.")

# ---------------- Scrutineering -----------------
d.add_heading("Scrutineering (entry)", level=1)
para(d, "Nobody goes on track without passing Scrutineering. For the Championship this means:")
for s in ["qualified teacher status and at least two years' teaching;",
          "appointed as SENCO, or named by the head as the SENCO from the next term;",
          "a nomination form signed by the head, agreeing release for all six practice sessions and the Home "
          "Track tasks, and naming a Spotter;",
          "a telephone conversation with the Team Principal about the Driver's school, role and experience, "
          "so that we can judge whether the Driver has the knowledge and experience to reach the outcomes "
          "in one season. Where we think not, we say so and suggest the county's SEN Foundations course first."]:
    para(d, s, style="List Bullet")
p = para(d, "Garage passes are issued on the day to anyone named on the entry list, and the Trust's own staff "
            "wear circuit lanyards at all times.")
comment(d, p.runs[0], "Should we say we check CRB numbers at registration? We do for the young drivers' days.",
        "Sian Marsh", "SM")
para(d, "The circuit's Media Centre, where the sessions run, is on one level with a lift to the viewing "
        "gallery, an accessible toilet on each floor and a hearing loop in the briefing room. Parking is "
        "reserved next to the paddock entrance for any Driver who needs it.")

# ---------------- Baseline set-up -----------------
d.add_heading("Baseline Set-up", level=1)
para(d, "Every car leaves the garage with a set-up sheet, and so does every Driver. Before FP1 each Driver "
        "completes the Baseline Set-up: a self-assessment against all 29 national outcomes on a four-point "
        "scale, with a short piece of evidence for each line, discussed with their Spotter. At Shakedown the "
        "Race Engineer reads it with the Driver and they agree the Driver's Set-up: the individual training "
        "plan for the season, naming three personal targets, the runs the Driver will concentrate on, the "
        "Home Track tasks they will choose and the reading they start with. The Set-up is reviewed at each "
        "debrief and changed when the Driver's times change.")
runin(d, "Previous Results.",
      "Drivers who have already passed masters-level study in SEN may claim up to 20 credits through the "
      "University's accreditation of prior learning procedure. Drivers with substantial experience but no "
      "credit may claim through accreditation of prior experiential learning, by a portfolio mapped to the "
      "outcomes of Q1, which the Race Engineer and a second Engineer assess. Claims are decided by the "
      "University's APL panel before FP2.")
p = runin(d, "Rookie Test.",
          "We do not run a Rookie Test: there is no way for a Driver to be timed without running the sessions, "
          "and every Driver runs every session.")
del_run(p, " Experienced SENCOs may ask to be timed in Q1-Q3 and the Race without attending.", "Fran Oakes")

# ---------------- Tyre compounds and calendar -----------------
d.add_heading("Tyre Compounds and Calendar", level=1)
para(d, "Drivers choose a compound at Scrutineering and may change compound at any debrief.")
table(d, [
    ["Compound", "What it means for the Driver", "Start"],
    ["Slicks", "All six practice sessions at the circuit on Saturdays, Home Track tasks in school between them",
     "September"],
    ["Inters", "Three sessions at the circuit, three as guided online sessions on the Pit Wall, with a "
               "phone debrief", "January"],
    ["Wets", "Shakedown at the circuit, then every session on the Pit Wall, for Drivers who cannot be "
             "released on Saturdays or who live far from the circuit", "September"],
])
p = para(d, "Sessions may be run in any order after FP1, and a Driver who misses a session catches it up with "
            "the next season's grid.")
ins_run(p, " A second grid starts in January for Drivers on Inters.", "Fran Oakes")
t = table(d, [
    ["Session", "Date (Slicks grid)", "Theme"],
    ["Autumn", "", ""],
    ["Shakedown", "19 September 2009", "Induction, Baseline Set-up read with the Race Engineer"],
    ["FP1", "3 October 2009", "The law, the Code and the SENCO's job"],
    ["FP2", "7 November 2009", "Leading colleagues and managing the role"],
    ["Spring", "", ""],
    ["FP3", "16 January 2010", "Identifying needs and working with other agencies"],
    ["FP4", "27 February 2010", "Children, families and common needs"],
    ["Summer", "", ""],
    ["FP5", "24 April 2010", "What works: research, teaching and colleagues' practice"],
    ["FP6", "5 June 2010", "Provision mapping, tracking and self-evaluation"],
    ["Race", "3 July 2010", "Presentations and viva to the Race panel"],
])
for i in (1, 5, 9):
    merge_row(t, i, t.cell(i, 0).text + " term", fill="DEEAF6")

# ---------------- Run plan -----------------
d.add_heading("Run Plan", level=1)
para(d, "Each session has an objective and three or four runs. A run is about an hour: a short input, work "
        "on a real case, and a task to take back to the Home Track. The Home Track task from each session is "
        "carried out in the Driver's own school and brought to the next session's first run.")

d.add_heading("FP1: The law, the Code and the SENCO's job", level=2)
runin(d, "Objective:", "Drivers understand the framework they work in and what it asks of their school.")
for s in ["Run 1.1 The SEN Code of Practice (2001), the Education Act 1996 as amended by SENDA 2001, and "
          "what each stage of School Action, School Action Plus and statements asks of the school.",
          "Run 1.2 Disability: the Disability Discrimination Act 1995 as amended in 2005, the disability "
          "equality duty and the school's disability equality scheme and accessibility plan.",
          "Run 1.3 Every Child Matters, Removing Barriers to Achievement and the SENCO regulations; the "
          "SENCO's part in the five outcomes.",
          "Run 1.4 Talking about SEN: writing a one-page note for staff, and listening to a colleague's "
          "account of a pupil before offering a view."]:
    para(d, s)
runin(d, "Home Track 1:", "audit the school's SEN policy against the Code and bring three changes to FP2.")

d.add_heading("FP2: Leading colleagues and managing the role", level=2)
runin(d, "Objective:", "Drivers lead change with the head, senior leaders and governors.")
for s in ["Run 2.1 Winning commitment: presenting an SEN priority to the head and senior team, with the "
          "evidence that persuades them.",
          "Run 2.2 The SENCO and the governing body: shaping inclusion policy, priorities and the deployment "
          "of the SEN budget.",
          "Run 2.3 Time, priorities and delegation: a week in the SENCO's diary, what to keep and what to give away.",
          "Run 2.4 Deploying teaching assistants: timetables, roles and line management of support staff."]:
    para(d, s)
runin(d, "Home Track 2:", "draw a deployment map of teaching assistants for one year group; the Spotter "
      "checks it and initials it.")

d.add_heading("FP3: Identifying needs and working with other agencies", level=2)
runin(d, "Objective:", "Drivers identify needs early, set targets and draw other professionals in.")
for s in ["Run 3.1 Identifying pupils who may have SEN: data, observation, teachers' concerns; setting "
          "challenging targets and planning and reviewing interventions.",
          "Run 3.2 Reading reports from the educational psychologist, speech and language therapist and "
          "CAMHS, and turning them into classroom approaches.",
          "Run 3.3 The agencies: who does what, referral routes, the Common Assessment Framework, "
          "voluntary organisations, and getting specialist support and resources.",
          "Run 3.4 Hard cases: working through a problem with incomplete information and making a decision "
          "you can defend."]:
    para(d, s)

d.add_heading("FP4: Children, families and common needs", level=2)
runin(d, "Objective:", "Drivers understand the pupils and work with their families.")
for s in ["Run 4.1 How children develop, and how SEN, disability and the environment at home and school "
          "affect development.",
          "Run 4.2 The common needs: BESD, specific learning difficulties including dyslexia, speech, language "
          "and communication needs, autistic spectrum disorders and moderate learning difficulties, and how "
          "each affects learning.",
          "Run 4.4 Parents and carers: building fair, respectful and constructive relationships, hard "
          "conversations, annual reviews and the Parent Partnership Service."]:
    para(d, s)
deleted_paragraph(d, "Run 4.3 Pupil voice: how to consult pupils about their provision and involve them in "
                     "setting and reviewing their own targets.", "Fran Oakes")
para(d, "In the 2007-08 pilot, Run 4.3 on consulting pupils was led by the Trust's Junior Pit Crew, a group "
        "of young people with SEN who race with us. It has been taken out of this season's plan while the "
        "Junior Pit Crew is re-formed.")
runin(d, "Home Track 4:", "hold a review meeting with a parent using the structure from Run 4.4 and write a "
      "reflection for the Spotter.")

d.add_heading("FP5: What works", level=2)
runin(d, "Objective:", "Drivers use evidence and help colleagues improve.")
for s in ["Run 5.1 Research and best practice in meeting SEN; external advice and how to use it with colleagues. "
          "The reading list is kept up to date with the latest thinking.",
          "Run 5.2 Approaches, strategies and resources for assessment, planning and teaching, including ICT "
          "and assistive technology, judged critically.",
          "Run 5.3 Formative assessment with pupils with SEN: helping teachers plan it in their lessons.",
          "Run 5.4 Coaching, observation and feedback, modelling and running staff training."]:
    para(d, s)

d.add_heading("FP6: Provision mapping, tracking and self-evaluation", level=2)
runin(d, "Objective:", "Drivers know whether provision works and act on it.")
for s in ["Run 6.1 Provision mapping and provision management; finding ineffective or missing provision.",
          "Run 6.2 Tracking progress with summative data: national tests, P scales, optional tests, and "
          "adjusting programmes in response.",
          "Run 6.3 Access arrangements for national tests and examinations: identifying pupils in good time.",
          "Run 6.4 Reviewing provision with colleagues and feeding the findings into the school's "
          "self-evaluation form; the principles of self-evaluation and improvement."]:
    para(d, s)

d.add_heading("Away Track", level=2)
para(d, "Specialist speakers join FP3 and FP4: a speech and language therapist, a CAMHS primary mental health "
        "worker, the county sensory support team and a parent from the Parent Partnership Service. Away Track "
        "visits to Brookfield Special School and the Castlemead ASD base are arranged where a Driver's school "
        "can release them for the day.")

# ---------------- Telemetry -----------------
d.add_heading("Telemetry: the Pit Wall", level=1)
para(d, "The Pit Wall is the Trust's Moodle site, hosted by Hadleigh Cross. Every Driver has a login from "
        "Shakedown. It holds each session's slides, readings and recorded inputs, the Home Track tasks and "
        "the upload points for Qualifying runs. Drivers on Inters and Wets work through the online sessions "
        "there, each with a guided task and a short quiz.")
para(d, "Between sessions each Race Engineer answers their Drivers' posts on the Pit Wall within two "
        "working days and runs a one-hour online clinic once a fortnight. There are no Driver-to-Driver "
        "forums on the Pit Wall; Drivers talk to one another in the paddock on session days.")

# ---------------- Qualifying and race -----------------
d.add_heading("Qualifying and Race", level=1)
para(d, "Three Qualifying runs and the Race make up the assessment. The Race Engineer is the first marker; "
        "a second Race Engineer blind-marks one script in five and every script near the pass line, and "
        "the Engineering Group meets after each deadline to agree marks against the University's level 7 "
        "criteria. The University's moderator samples every Qualifying run and the external examiner sees "
        "a sample from every Race Engineer and attends the Race.")
table(d, [
    ["Run", "What the Driver hands in", "Length", "Deadline"],
    ["Q1", "Case study of one pupil: identification, the professionals' assessments, targets, the "
           "intervention, review with the family and agencies", "4,000 words", "December"],
    ["Q2", "Provision map of the school with a costed review, a tracking analysis and a plan for "
           "developing one colleague's practice", "3,500 words and map", "March"],
    ["Q3", "Home Track change project: a change the Driver leads with the senior team, its effect on "
           "pupils and its place in the school's self-evaluation", "5,000 words", "June"],
    ["Race", "A 15-minute presentation of the season to the Race panel of a head, a Race Engineer and "
             "the external examiner, with questions, and the Driver's Logbook of professional development",
     "15 min + viva", "July"],
])
para(d, "Q3 is the centre of the season. Each Driver leads a real change in their Home Track, agreed with "
        "the head at FP2, and reports what has changed in practice and for which pupils, with before and "
        "after evidence.")
runin(d, "Classification.", "A Driver is classified, and Hadleigh Cross awards the Certificate, when the "
      "Driver has passed Q1, Q2 and Q3 (pass mark 50 per cent in each) and completed the Race. A Driver who "
      "fails a Qualifying run may resubmit it once.")

# ---------------- Stint chart -----------------
d.add_heading("Stint Chart", level=1)
para(d, "The Stint Chart shows every national outcome as a line, in our words, with the session where it is "
        "worked on and the run where it is timed.")
rows = [["Line", "The Driver ...", "Run in", "Timed in", "Status"]]
chart = [
    ("6.A1", "builds fair, respectful and constructive relationships with pupils and their parents", "FP4", "Q1", "Timed"),
    ("6.A2", "gains the commitment of colleagues, the head and the senior team", "FP2", "Q3", "Timed"),
    ("6.A3", "prioritises, manages time and delegates", "FP2", "-", "Out-lap only"),
    ("6.A4", "anticipates problems and makes sound decisions on provision", "FP3", "Q2", "Timed"),
    ("6.A5", "speaks and writes clearly and listens to others' views", "FP1", "Race", "Timed"),
    ("6.A6", "uses research and outside advice to improve practice", "FP5", "Q3", "Timed"),
    ("6.A7", "keeps up to date and takes charge of their own development", "-", "Race (Logbook)", "Timed"),
    ("6.K1", "knows SEN law and the Code and how to put them into practice", "FP1", "Q1", "Timed"),
    ("6.K2", "knows Every Child Matters and the SENCO's part in it", "FP1", "Q3", "Timed"),
    ("6.K3", "knows disability equality law and what it requires", "FP1", "Q2", "Timed"),
    ("6.K4", "understands how children develop and what affects it", "FP4", "-", "Out-lap only"),
    ("6.K5", "knows the common needs and their effect on learning", "FP4", "Q1", "Timed"),
    ("6.K6", "judges approaches, strategies and resources, including ICT", "FP5", "Q1", "Timed"),
    ("6.K7", "knows the principles of self-evaluation and improvement", "FP6", "Q3", "Timed"),
    ("6.K8", "knows best practice and research in meeting SEN", "FP5", "Q3", "Timed"),
    ("6.K9", "knows the agencies and how to get specialist support", "FP3", "Q1", "Timed"),
    ("6.S1", "shapes an inclusive ethos and policy with leaders and governors", "FP2", "Q3", "Timed"),
    ("6.S2", "identifies needs, sets targets, plans and reviews interventions", "FP3", "Q1", "Timed"),
    ("6.S2a", "uses other professionals' assessments in teaching", "FP3", "Q1", "Timed"),
    ("6.S2b", "tracks progress with summative data and adjusts programmes", "FP6", "Q2", "Timed"),
    ("6.S2c", "helps teachers use formative assessment", "FP5", "Q2", "Timed"),
    ("6.S2d", "puts test and exam access arrangements in place in time", "FP6", "-", "Out-lap only"),
    ("6.S3", "maps and manages provision and finds gaps", "FP6", "Q2", "Timed"),
    ("6.S4", "deploys and manages staff", "FP2", "Home Track 2", "Spotter's check"),
    ("6.S5", "supports colleagues' development", "FP5", "Q2", "Timed"),
    ("6.S6", "reviews provision with staff for self-evaluation", "FP6", "Q3", "Timed"),
    ("6.S7", "involves pupils in planning and reviewing their provision", "-", "-", "Not run"),
    ("6.S8", "liaises with parents and carers", "FP4", "Race", "Timed"),
    ("6.S9", "works in partnership with services and agencies", "FP3", "Q1", "Timed"),
]
rows += [list(r) for r in chart]
rows.append(["KEY", "", "", "", ""])
t = table(d, rows)
merge_row(t, len(rows) - 1,
          "KEY.  Timed: worked on in the session under Run in and marked in the run under Timed in; counts "
          "towards the Driver's times.  Out-lap only: worked on in the session; not marked.  Spotter's check: "
          "seen and initialled by the Spotter in school; no time recorded.  Not run: not in this season's plan.",
          fill="F2F2F2", bold=False)

# ---------------- Parts log -----------------
d.add_heading("Parts Log", level=1)
para(d, "What every Driver can use, and where it is kept:")
table(d, [
    ["Part", "Where", "Notes"],
    ["SEN reference library (about 900 titles, journals including Support for Learning and the British "
     "Journal of Special Education)", "Trust learning centre and Hadleigh Cross library",
     "Drivers have a University library card and Athens login"],
    ["Assessment kits (standardised reading, spelling and language tests)", "Learning centre loan cupboard",
     "Borrowed for a fortnight"],
    ["Assistive technology bench (text-to-speech, mind-mapping, switch access, symbol software)",
     "Media Centre, room 2", "Demonstrated in FP5 and open before each session"],
    ["Pit Wall (Moodle) and session recordings", "Online", "24 hours a day"],
    ["Laptops for session days", "Media Centre", "Sixteen, with the software above"],
])

# ---------------- Debrief -----------------
d.add_heading("Debrief", level=1)
para(d, "After every session each Driver fills in a debrief sheet: what worked, what did not, and one change "
        "they want. The Engineering Group reads the sheets before the next session and reports back in the "
        "first run what it has changed. At the end of the season the Team Principal writes a season report "
        "for the University's annual monitoring, drawing on the debrief sheets, the marks, the moderator's and "
        "the external examiner's reports, and an observation of one session by each Race Engineer by another. "
        "The report leads to an action plan for the next season, approved by the University's CPD committee.")
para(d, "Drivers rate their confidence on each of the 29 lines of the Stint Chart in the Baseline Set-up and "
        "again at the Race, and the change is reported line by line in the season report. We hope that in "
        "time Drivers' schools will see better results for the pupils in their Q3 projects.")
para(d, "Heads of the Drivers' schools are sent the season report each September.")
para(d, "At the final debrief each Driver's Race Engineer goes through the Hadleigh Cross MA pathway leaflet "
        "with them.")

# ---------------- Why the set-up looks like this -----------------
d.add_heading("Why the set-up looks like this", level=1)
para(d, "Before writing this pack we asked the people who will use it. In spring 2008 we surveyed the heads "
        "and SENCOs of the 64 schools in the Marlingshire and Ferrowdale partnerships (41 replied), held two "
        "evening meetings with SENCOs, and met the SEN teams of both local authorities. They told us that "
        "new SENCOs in small primary schools could not be released on weekdays, that provision mapping and "
        "the management of teaching assistants were the things new SENCOs found hardest, and that heads "
        "wanted the work to change something real in the school.")
para(d, "That is why the sessions run on Saturdays and online (the Slicks, Inters and Wets), why FP2 and FP6 "
        "give most time to deployment and provision mapping, and why Q3 is a change project agreed with the "
        "head. The local authorities asked for the agencies run in FP3 and now lead Run 3.3 themselves.")
para(d, "Fees. The season costs £1,450 a Driver including the University's registration. The Trust's "
        "schools fund pays half the fee for Drivers from schools in the two partnerships, and Drivers on Wets "
        "save travel and cover costs. Each Driver's Set-up decides which runs they spend longest on, so the "
        "time goes where each Driver needs it, and Drivers who finish are given a place on the next "
        "season's Spotters' list.")

d.save(OUT)
print("wrote", OUT)
