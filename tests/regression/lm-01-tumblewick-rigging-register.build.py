"""lm-01-tumblewick-rigging-register: build script.

Provider (invented): Tumblewick Circus School and Travelling Company, Hallowby, through
its education department (Tumblewick Outreach), with the University of Westmarch
validating. The SENCo course is "the SENCo Rig".

Document kind and layout: the school's aerial-rigging Register and Record of Thorough
Examination (LOLER-style), used as the house form for the course. A title block table
with merged, shaded cells; Heading 1 sections named like a rigging register ("Particulars
of the rig", "Riggers and Competent Persons", "Rig Points", "Defects and remedial
actions", "Equipment Register"); a table of terms that defines the Register's Status
values ("In service", "Pre-use check only", "Quarantined") far above the Equipment
Register; a Rig Days table whose module cells are merged; the 28 items of the Equipment
Register (the minimum outcomes in the school's own words and numbering 1-28) with shaded,
merged group rows; tracked changes (a whole deleted paragraph, two cells changed by
w:del/w:ins); three Word comments; a header and a footer. Participants are "Flyers",
tutors "Riggers", school mentors "Catchers", the external examiner the "Competent Person",
study days "Rig Days" RD1-RD8, school-based tasks "Anchor Tasks" AT1-AT4, marked
assessments "Thorough Examinations" TE1-TE3, unmarked formative tasks "Pre-use Checks".

Traps (requirement ids):
- Statement of purpose names attainment in reading, writing and number only; no
  well-being in aims (1.1 partially met).
- Pupil voice: "We had hoped to include" a session; the Register item is "Quarantined"
  (1.5 not met, 6.S7 not met).
- Items marked "Pre-use check only" are practised but not marked (6.A3, 6.A7, 6.S2d, 6.S8
  partially met; 1.9 partially met as not every outcome is examined). A comment on item 7
  suggests TE3 covers it: a comment is not evidence (6.A7 stays partial).
- Item 10 (disability equality law): a tracked change inserts "TE1" / "In service"
  (6.K3 met: insertions count). Item 13 (school self-evaluation): a tracked change deletes
  "TE2" and inserts a dash / "Pre-use check only" (6.K7 partially met).
- Item 19 (summative data and national tests) is examined at TE2 but rigged on no Rig Day,
  and RD3's description does not mention it (6.S2b partially met: assessed, not taught).
- Child development has no item at all (6.K4 not met).
- Award rule averages the three Thorough Examinations and lets one make up another
  (6.0 partially met: compensation, not all outcomes shown). A comment doubts it.
- Pre-rig Inspection is against the outcomes but "We do not write individual training
  plans" (2.2 partially met).
- Examination-only route existed in the 2005-06 Outreach certificate and "has no
  counterpart" now: a past arrangement (2.3 not met).
- CRB checks are on Riggers, Outreach tutors and touring artistes; the sentence that the Rig
  Office checks each Flyer's disclosure is a deleted tracked paragraph; Flyers' checks are
  left to their employers; a comment asks whether Flyers are checked (5.3 not met).
- Placements were arranged for earlier cohorts by a former partner, Brackwater College,
  whose agreement ended (5.5 partially met: specialist expertise only).
- Catchers get a one-page card; their briefing is only "planned" (5.7 partially met).
- Rope Line (Blackboard) has tutor answers but "no discussion area" for Flyers and nothing
  for schools (3.3 partially met).
- Stakeholders co-lead a day and host Flyers, but their part in evaluation is only "would
  like" (4.3 partially met).
- "We do not at present collect any evidence of the achievement of pupils" (5.9 partially
  met: competence and confidence only).
- The footer's LOLER/PUWER line is a page footer and about equipment (no requirement).
Met despite appearances: 3.2 (second start in February, each Rig Day run twice, W2 before
W1), 2.1 (APL and APEL by portfolio), 5.2 (entry checks with guidance and a call to the
head), 5.8 (second marking and University moderation), 4.1/4.2 (survey and planning group).
"""
from pathlib import Path
from _lm_helpers import (new_doc, para, runs, table, shade_cell, ins_run, del_run,
                         deleted_paragraph, header_footer)

HERE = Path(__file__).resolve().parent
NAME = "lm-01-tumblewick-rigging-register"
HQ = "Hester Quaile"
D1 = "2008-10-14T09:12:00Z"

d = new_doc("Arial", 10)
header_footer(d, "Tumblewick Circus School & Travelling Company  |  Rigging Register No. 14  |  CONTROLLED COPY",
              "All Tumblewick rigs are examined under LOLER 1998 and PUWER 1998. Register held at the Rig Office, "
              "The Old Tram Shed, Hallowby.")

# ---------------------------------------------------------------- title block
t = d.add_table(rows=8, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
top.text = "RIGGING REGISTER AND RECORD OF THOROUGH EXAMINATION"
top.paragraphs[0].runs[0].bold = True
shade_cell(top, "1F3864")
top.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
rows = [
    ("Register no.", "14 (education rigs)"),
    ("Rig", "The SENCo Rig: National Award for SEN Coordination, 2008-09 season"),
    ("Owner of the rig", "Tumblewick Circus School Ltd, education department (Tumblewick Outreach)"),
    ("Validating body", "University of Westmarch, School of Education and Lifelong Learning"),
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
              "Coordination): 60 credits at Level 7 (masters level)"),
    ("Rig Master", "Dr Hester Quaile"),
    ("Revision", "3, October 2008 (changes since revision 2 shown as tracked)"),
]
for i, (a, b) in enumerate(rows, start=1):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
    t.cell(i, 0).paragraphs[0].runs[0].bold = True
    shade_cell(t.cell(i, 0), "D9E2F3")

para(d)
d.add_heading("1. Why a circus school keeps this register", level=1)
para(d, "Tumblewick has taught circus skills in Hallowby since 1989. The school runs classes for children and "
        "adults at the Old Tram Shed, and the Travelling Company tours a big-top show and a schools show from March "
        "to October. Since 1999 Tumblewick Outreach has taken inclusive circus into forty-one primary, secondary and "
        "special schools in Hallowby and the neighbouring shire districts, working alongside their SENCOs and teaching "
        "assistants with pupils who have special educational needs and disabilities.")
para(d, "Nothing goes up in our building until it is in a register: every truss, shackle, swivel and silk has its "
        "own line, its own examination and its own status, and a rigger who cannot show where an item was last "
        "examined does not hang it. When the University of Westmarch asked us to run the National Award with it, our "
        "Rig Master proposed that the course be kept in the same way. This Register is that record. It is the "
        "document we work from, and it is the application we are sending.")
para(d, "Statement of purpose. ", bold=True)
p = d.paragraphs[-1]
runs(p, "The SENCo Rig has one aim: to raise the attainment of pupils with special educational needs and "
        "disabilities in the schools where our Flyers work, measured in reading, writing and number. Every Rig Day, "
        "every Anchor Task and every Thorough Examination on the Rig is there to serve that aim.")

d.add_heading("2. Terms used in this register", level=1)
para(d, "The words below are used throughout. They are the words our Riggers use on the floor, and we have kept "
        "them here rather than translate them.")
terms = [
    ("Term", "What it means on the SENCo Rig"),
    ("The Rig", "The whole course leading to the Postgraduate Certificate and the National Award."),
    ("Flyer", "A teacher on the Rig."),
    ("Rigger", "A tutor who teaches Rig Days, leads tutorials and marks Thorough Examinations."),
    ("Catcher", "An experienced SENCO or senior leader in the Flyer's own school, or in a neighbouring school, who "
                "mentors the Flyer through the Anchor Tasks and signs them off as done."),
    ("Competent Person", "The external examiner appointed by the University of Westmarch, who examines the Rig once a "
                         "year and reports to the University."),
    ("Rig Day (RD1 to RD8)", "A taught day at the Old Tram Shed, run again as two twilight sessions at a host school."),
    ("Anchor Task (AT1 to AT4)", "A piece of practical work carried out in the Flyer's own school with the Catcher."),
    ("Pre-use Check", "A short task at the end of a Rig Day, talked through with a Rigger. It is given spoken and "
                      "written feedback but it is not marked and counts nothing towards the award."),
    ("Thorough Examination (TE1 to TE3)", "A marked assessment. Only Thorough Examinations count towards the award."),
    ("Status: \u201cIn service\u201d", "The item is rigged on the Rig Day named in the Register and examined in the "
                                       "Thorough Examination named."),
    ("Status: \u201cPre-use check only\u201d", "The item is rigged and looked at in a Pre-use Check. It is not examined."),
    ("Status: \u201cQuarantined\u201d", "The item has been taken off the Rig for this season. It is neither taught nor "
                                        "examined."),
    ("Rope Line", "The Rig's area on the University of Westmarch's Blackboard site."),
]
table(d, terms, header_fill="D9E2F3")

d.add_heading("3. Particulars of the rig", level=1)
para(d, "3(a) Validation. The SENCo Rig is validated by the University of Westmarch as its Postgraduate Certificate "
        "in Special Educational Needs Coordination. Flyers register as students of the University, the University's "
        "Board of Examiners confers the award, and the University's academic regulations apply to every Thorough "
        "Examination. The Rig was approved at the University's validation event on 2 July 2008.")
para(d, "3(b) Credit and level. The Rig carries 60 credits at Level 7 and is made up of two 30-credit modules: W1, "
        "The SENCo in the School, and W2, Leading Provision.")
para(d, "3(c) Length and starting points. The Rig runs for one year part time. Flyers can start in September, "
        "taking W1 in the autumn and spring terms and W2 in the summer, or in February, taking W2 first and W1 "
        "in the following autumn. Each Rig Day is run twice: once as a Saturday at the Old Tram Shed and once as two "
        "twilight sessions at a host school, so that a Flyer who cannot come on a Saturday does not miss the day. "
        "Flyers who need longer may take up to two years, with the agreement of the Rig Master.")
para(d, "3(d) Rope Line. Riggers post the slides, handouts and readings from each Rig Day on the Rope Line the week "
        "after, and answer Flyers' questions on the Rope Line's question board within three working days. Between "
        "Rig Days Flyers can also telephone the Rig Office. The Rope Line has no discussion area for Flyers, and "
        "schools and Catchers have no access to it.")

d.add_heading("4. Riggers and Competent Persons", level=1)
para(d, "Every Rigger on the SENCo Rig has led SEN provision in a school or service, and each keeps up to date by "
        "spending at least two days a year working in schools alongside SENCOs and by attending the University's "
        "research seminars in inclusive education.")
rig = [
    ("Rigger", "Background", "Rig Days"),
    ("Dr Hester Quaile, Rig Master", "SENCO for twelve years in two Hallowby secondary schools; MA Inclusive Education; "
     "PhD (2005) on pupils' participation in their own reviews; part-time lecturer at Westmarch; member of the Hallowby "
     "SEN Moderating Panel.", "RD1, RD3, RD8"),
    ("Tobias Wren", "Chartered educational psychologist, Hallowby Educational Psychology Service; seconded to the Rig "
     "for two days a month.", "RD2, RD3"),
    ("Priya Oduya", "Specialist teacher for speech, language and communication needs; Advanced Diploma in SLCN; "
     "leads the LA's communication outreach team.", "RD2, RD5"),
    ("Marek Dunne", "Head of Tumblewick Outreach; taught PE for nine years in a special school for pupils with "
     "physical disabilities; NPQH 2006.", "RD4, RD6, RD7"),
    ("Guest Riggers", "An officer of the Hallowby Parent Partnership Service (RD4); a speech and language therapist "
     "from Hallowby PCT (RD2); the head teacher of Brookfield Special School (RD6).", "as shown"),
]
table(d, rig, header_fill="D9E2F3")
para(d)
para(d, "Riggers meet at the Riggers' Meeting at the start of each term. The Rig Master goes through this Register "
        "line by line, the marking criteria for each Thorough Examination, and who does what on each Rig Day. A new "
        "Rigger shadows a whole Rig Day and second-marks a full set of scripts alongside the Rig Master before "
        "marking alone. Catchers receive the Catchers' Card, a one-page note of what each Anchor Task asks of the "
        "Flyer and what the Catcher signs. A briefing session for Catchers is planned for 2009-10.")
para(d, "Flyers have access through the Riggers and Guest Riggers to educational psychology, speech and language "
        "therapy, specialist teaching for communication needs, parent partnership and special school leadership. "
        "Placements in special schools were arranged for earlier cohorts by our former partner, Brackwater College, "
        "under its own agreement with the Brackwater special schools. That agreement ended in July 2008.")

d.add_heading("5. Rig Days", level=1)
para(d, "The eight Rig Days are set out below. The module cell runs down the days that belong to it.")
rd = [
    ("Module", "Rig Day", "What is rigged"),
    ("W1 The SENCo in the School", "RD1 The Ground Plan", "The law and guidance on SEN: the Education Act 1996 Part 4, "
     "SENDA 2001, the SEN Code of Practice 2001 and what it asks of the school, the governors and the SENCO. The "
     "Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty. Removing Barriers to "
     "Achievement and Every Child Matters: the five outcomes and the SENCO's part in them."),
    ("", "RD2 Reading the Ring", "The most common kinds of SEN and disability (behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; moderate learning difficulties) and how each can get in the way of learning. "
     "Reading a class as a Rigger reads a ring: observation first."),
    ("", "RD3 Spotting", "Identifying pupils who may have SEN by observation, teacher assessment and data; setting "
     "targets that stretch; planning interventions and reviewing progress. Using the assessments of psychologists, "
     "therapists and advisory teachers to shape teaching. Helping colleagues use formative assessment with pupils "
     "with SEN. Access arrangements for tests and examinations."),
    ("", "RD4 The Safety Net", "Working with parents and carers: building relationships that are fair and steady, "
     "running a review meeting with parents (practised in role play led by the Parent Partnership Service), "
     "explaining provision in plain words, handling disagreement."),
    ("W2 Leading Provision", "RD5 The Ground Crew", "Advising, supporting and working with colleagues in the school "
     "and beyond it: class teachers, teaching assistants, other SENCOs in the cluster, outside agencies and "
     "voluntary organisations; the Common Assessment Framework. Deploying and managing teaching assistants. "
     "Coaching, modelling and giving feedback after observation."),
    ("", "RD6 The Load Chart", "Provision mapping and costing; finding provision that is missing or is not working; "
     "reviewing provision with colleagues; school self-evaluation and the SEF, and how SEN outcomes fit in it."),
    ("", "RD7 The Big Top", "Leading with the head teacher, the senior team and governors: an inclusive ethos, the SEN "
     "policy, priorities and the use of resources. Winning commitment. Managing the SENCO's own time and handing on "
     "tasks."),
    ("", "RD8 The Next Rig", "Research and best practice in meeting SEN; keeping up to date; professional development "
     "for the SENCO and for others; the Flyer's Next Rig plan (see 7(e)). Presentations for TE3."),
]
tr = table(d, rd, header_fill="D9E2F3")
tr.cell(1, 0).merge(tr.cell(4, 0))
tr.cell(5, 0).merge(tr.cell(8, 0))
tr.cell(1, 0).text = "W1 The SENCo in the School"
tr.cell(5, 0).text = "W2 Leading Provision"
for r_ in (1, 5):
    shade_cell(tr.cell(r_, 0), "FCE4D6")
para(d)
para(d, "Each Rig Day draws on recent research and inspection evidence, and the reading on the Rope Line is refreshed "
        "each term: among it Ofsted's Special educational needs and disability: towards inclusive schools (2004) "
        "and Inclusion: does it matter where pupils are taught? (2006), the House of Commons Education and Skills "
        "Committee's report on SEN (2006), the Bercow Review's interim report (2008) and the Lamb Inquiry's terms of "
        "reference (2008).")

d.add_heading("6. Rig Points: the Anchor Tasks", level=1)
para(d, "A rig is only as good as what it is anchored to. The four Anchor Tasks are carried out in the Flyer's own "
        "school, each tied to items of the Equipment Register, and each is signed off by the Catcher.")
for code, title, body in [
    ("AT1", "Map the ground", "With the Catcher, the Flyer audits the school's provision for pupils with SEN against "
     "the Code of Practice and draws its first provision map (items 8, 22)."),
    ("AT2", "One pupil, one plan", "The Flyer takes one pupil, gathers the assessments of other professionals, sets "
     "targets, plans and runs an intervention for six weeks and reviews it with the pupil's teacher (items 17, 18)."),
    ("AT3", "A colleague's practice", "The Flyer observes a colleague, gives feedback and coaches them through a change "
     "in their teaching of pupils with SEN (items 20, 24)."),
    ("AT4", "The change", "The Flyer leads one change in the school's provision, agreed with the head teacher, and "
     "evaluates its effect on practice with the staff involved (items 2, 16, 25)."),
]:
    p = para(d)
    runs(p, (f"{code} {title}. ", "b"), body)

d.add_heading("7. Examinations, Pre-rig Inspection and sign-off", level=1)
para(d, "7(a) Thorough Examinations. TE1 (W1) is a written report of 4,000 words on the Flyer's school's SEN policy "
        "and practice set against the law and the Code of Practice. TE2 (W2) is a case study of 4,000 words on "
        "provision in the Flyer's school, drawing on AT1 and AT2. TE3 (W2) is a portfolio of Anchor Task evidence "
        "signed by the Catcher with a twenty-minute presentation to two Riggers.")
para(d, "7(b) Pre-use Checks. At the end of each Rig Day a Flyer does a Pre-use Check and talks it through with a "
        "Rigger. See section 2 for what a Pre-use Check counts for.")
para(d, "7(c) Marking and moderation. Every Thorough Examination is marked by the Rigger who taught it against the "
        "University's Level 7 criteria, and a second Rigger marks blind one script in three, every fail and every "
        "borderline. The Rig Master samples across Riggers each term. Marks go to the University's Board of "
        "Examiners, where the Competent Person samples scripts from every Thorough Examination and the University's "
        "moderator for partner provision confirms the marks.")
p = para(d, "7(d) Sign-off. ")
p.runs[0].bold = True
r_award = runs(p, "A Flyer is signed off, and the award made, when the marks for TE1, TE2 and TE3 average 50 per "
                  "cent or more. A mark below 40 in any one Thorough Examination can be made up by the other two.")
d.add_comment(r_award, text="Does the University let us compensate like this? Check regulations before the panel. HQ",
              author=HQ, initials="HQ")
para(d, "7(e) The Next Rig. On RD8 each Flyer writes a Next Rig plan: the professional targets they will set "
        "themselves for the following year, with the training they will need. The Flyer takes the plan to their "
        "performance management meeting with the head teacher, and the Rig Master discusses it with the Flyer at "
        "the TE3 presentation.")
para(d, "7(f) Pre-rig Inspection. Before RD1 each Flyer, with the Catcher, rates themselves against every item of the "
        "Equipment Register (section 10) on a four-point scale, and a Rigger goes through the ratings with the Flyer "
        "at RD1. We do not write individual training plans; every Flyer rides the same Rig in the same order, and "
        "the Pre-rig Inspection is kept on file for the Riggers to see. Each Flyer has three one-to-one tutorials with "
        "a Rigger, and chooses the focus of every Anchor Task from the priorities of their own school.")
para(d, "7(g) Prior learning. A Flyer who holds Level 7 credit from a completed module in SEN, gained in the past "
        "five years, may bring up to 30 credits into the Rig through the University's Accreditation of Prior "
        "Learning procedure and be excused W1. An experienced SENCO may claim credit for experience (APEL) by a "
        "portfolio mapped to the Equipment Register, which two Riggers assess and the Competent Person sees.")
para(d, "7(h) Examination-only route. In 2005-06 our Outreach certificate allowed experienced practitioners to be "
        "examined without attending. That route closed when the certificate was withdrawn, and it has no counterpart "
        "on the SENCo Rig.")

d.add_heading("8. Access to the rig", level=1)
para(d, "8(a) Who may climb. A Flyer must hold QTS, be the SENCO of a school or have been named by the head teacher "
        "as its next SENCO within the year, and bring a letter of support from the head teacher. The Rig Master "
        "talks with every applicant, using the Pre-rig Inspection form, about what they already know and do. Where a "
        "teacher is not yet ready to meet the Register by the end of the Rig, the Rig Master writes to them setting "
        "out what to do first (usually our twilight course Groundwork) and talks to their head teacher.")
para(d, "8(b) Adjustments. Every Flyer is asked at enrolment, and again privately at RD1, whether they have a "
        "disability or other need we should plan for. We make reasonable adjustments: handouts in large print or "
        "in advance on the Rope Line, extra time for Thorough Examinations under the University's assessment policy, a "
        "hearing loop in the Tram Shed, step-free access to every room, and a choice between the Saturday and the "
        "twilight run of each Rig Day. The Rig Master reviews the year's adjustments under Tumblewick's Disability "
        "Equality Scheme each July.")
para(d, "8(c) Cost. The fee is \u00a31,150. Hallowby LA pays half the fee for Flyers from its schools, and running each "
        "day twice close to schools keeps Flyers' travel and cover costs down.")
para(d, "8(d) Safeguarding. Tumblewick works with children every day. Every Rigger, every Outreach tutor and every "
        "touring artiste who works with young people holds an enhanced CRB disclosure, renewed every three years, "
        "and our Safeguarding Officer keeps the register of them.")
deleted_paragraph(d, "The Rig Office will also check and record each Flyer's enhanced CRB disclosure number at "
                     "enrolment, and will not enrol a Flyer until it has done so.", author=HQ, date=D1)
p = para(d, "Flyers are teachers employed by their schools, whose employers are responsible for their checks.")
d.add_comment(p.runs, text="We do look at Flyers' CRB at interview, don't we? MD", author="Marek Dunne",
              initials="MD")

d.add_heading("9. Who holds the other end of the rope", level=1)
para(d, "In spring 2008 we asked the SENCOs and head teachers of the forty-one schools we work with what a new SENCO "
        "most needs; twenty-nine replied. Hallowby LA's SEN team gave us its figures on SENCO turnover and on the "
        "questions new SENCOs bring to its helpline. Provision mapping, working with parents and managing teaching "
        "assistants came top, and RD4, RD5 and RD6 were built around them.")
para(d, "The LA's SEN team and two head teachers sat on the Rig planning group through 2007-08. At their request we "
        "moved provision mapping from the last Rig Day to RD6 and added the twilight run of each day. The planning "
        "group continues as the Rig Group and meets twice a year to look at the Annual Rig Review.")
para(d, "The Parent Partnership Service co-leads RD4, the head of Brookfield Special School leads part of RD6, and "
        "Catchers host Flyers in their schools. We would like head teachers and Catchers to take part in evaluating "
        "the Rig, and will look at how this might be done once the first cohort has finished.")

d.add_heading("10. Inspection regime", level=1)
para(d, "10(a) Evaluation. Inside the Rig: Flyers fill in an evaluation slip at the end of every Rig Day; Riggers "
        "review each day at the Riggers' Meeting; the Rig Master writes the Annual Rig Review each July. Outside it: "
        "the Competent Person's annual report; the University's annual monitoring and its review of partner "
        "provision every five years; and an officer of Hallowby LA's SEN team observes one Rig Day a year and writes "
        "to the Rig Master. The Annual Rig Review brings all of these together, sets the changes for the next cohort, "
        "and goes to the University's Board of Studies and to the Rig Group.")
para(d, "10(b) Impact. Flyers rate their confidence against every item of the Register at the Pre-rig Inspection and "
        "again at TE3, and the Riggers set the change in ratings beside the Thorough Examination marks. Catchers write "
        "a short report on the change each Flyer led in AT4. We do not at present collect any evidence of the "
        "achievement of pupils in Flyers' schools.")
para(d, "10(c) Resources. Flyers use the University of Westmarch library and its electronic journals through Athens. "
        "The Rig Office keeps a lending library of assessment materials and programmes, including standardised "
        "reading and language assessments and Boardmaker. Flyers can borrow communication aids and switch-access "
        "equipment through the LA's ICT loan scheme, and the Tram Shed's training room has laptops for every Flyer and "
        "an interactive whiteboard.")

d.add_heading("Defects and remedial actions from the 2007-08 trial rig", level=2)
defects = [
    ("Defect found", "Remedial action", "Status"),
    ("Trial Flyers found the single Saturday run hard to attend.", "Each Rig Day now also run as two twilights.",
     "Closed"),
    ("Provision mapping came too late for AT1.", "Moved to RD6 and into AT1.", "Closed"),
    ("Second marking covered fails only.", "One script in three, every fail and every borderline.", "Closed"),
    ("No session on consulting pupils or on pupils' part in planning their provision.",
     "We had hoped to include a Rig Day session on consulting pupils this season, but it could not be ready in "
     "time. Item 26 is quarantined.", "Open"),
]
table(d, defects, header_fill="D9E2F3")

d.add_heading("11. Equipment Register", level=1)
para(d, "Each item below is one thing a Flyer must be able to show at the end of the Rig, in our words. The Status "
        "column uses the values defined in section 2.")
reg_rows = [
    ("A", "THE FLYER'S OWN CONDUCT"),
    ("1", "Builds fair, respectful and steady working relationships with pupils with SEN and disabilities and with "
          "their parents or carers", "RD4", "TE3", "In service"),
    ("2", "Wins the backing of colleagues, the head teacher and the senior team for better outcomes for pupils with "
          "SEN", "RD7", "TE3", "In service"),
    ("3", "Plans own workload, manages time, and hands on tasks to others, checking they are done", "RD7", "\u2014",
     "Pre-use check only"),
    ("4", "Sees problems coming, settles them, and makes sound, well-founded decisions about provision", "RD6", "TE2",
     "In service"),
    ("5", "Speaks and writes clearly; listens to and understands the views of others", "RD5", "TE3", "In service"),
    ("6", "Uses research and outside advice to improve own and colleagues' practice", "RD8", "TE2", "In service"),
    ("7", "Keeps up to date and takes charge of own professional development in SEN and disability", "RD8", "\u2014",
     "Pre-use check only"),
    ("K", "WHAT THE FLYER KNOWS"),
    ("8", "The law and guidance on SEN, the Code of Practice, what they mean for the school and the SENCO, and how to "
          "put them into practice", "RD1", "TE1", "In service"),
    ("9", "Every Child Matters: its principles, the five outcomes and what the SENCO does towards them", "RD1", "TE1",
     "In service"),
    ("10", "Disability equality law and the actions it requires for disabled pupils", "RD1", "K3CELL", "K3STATUS"),
    ("11", "The common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect "
           "learning", "RD2", "TE2", "In service"),
    ("12", "A critical grasp of approaches, strategies and resources, ICT included, for assessment, planning and "
           "teaching that remove barriers and personalise provision", "RD3", "TE2", "In service"),
    ("13", "School self-evaluation and improvement as they bear on outcomes for pupils with SEN", "RD6", "K7CELL",
     "K7STATUS"),
    ("14", "Best practice and research findings on meeting SEN", "RD8", "TE2", "In service"),
    ("15", "What outside agencies do, and how to get specialist support and resources for pupils", "RD5", "TE3",
     "In service"),
    ("S", "WHAT THE FLYER CAN DO"),
    ("16", "With senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities and use of "
           "resources", "RD7", "TE3", "In service"),
    ("17", "Identifies pupils who may have SEN by observation, data and assessment, sets challenging targets, plans "
           "interventions and reviews progress", "RD3", "TE2", "In service"),
    ("18", "Uses the assessments of other professionals to shape teaching", "RD3", "TE2", "In service"),
    ("19", "Uses summative assessment, national tests included, to track pupils' progress and change programmes",
     "\u2014", "TE2", "In service"),
    ("20", "Helps other teachers develop formative assessment, with approaches for pupils with SEN", "RD3", "TE3",
     "In service"),
    ("21", "Spots in good time the access arrangements pupils need for national tests and examinations and puts them "
           "in place with colleagues", "RD3", "\u2014", "Pre-use check only"),
    ("22", "Maps and manages provision; finds provision that is missing or not working", "RD6", "TE2", "In service"),
    ("23", "Deploys and manages teaching assistants and other staff", "RD5", "TE3", "In service"),
    ("24", "Supports colleagues' development by observation and feedback, modelling, coaching, mentoring and "
           "training", "RD5", "TE3", "In service"),
    ("25", "Reviews with other staff how well provision works, to feed the school's self-evaluation", "RD6", "TE2",
     "In service"),
    ("26", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision", "\u2014",
     "\u2014", "Quarantined"),
    ("27", "Works with parents and carers", "RD4", "\u2014", "Pre-use check only"),
    ("28", "Works in partnership with other services and agencies, voluntary organisations included", "RD5", "TE3",
     "In service"),
]
reg = d.add_table(rows=1 + len(reg_rows), cols=5)
reg.style = "Table Grid"
for j, h in enumerate(("Item", "Item (in our words)", "Rigged on", "Examined at", "Status")):
    reg.cell(0, j).text = h
    reg.cell(0, j).paragraphs[0].runs[0].bold = True
    shade_cell(reg.cell(0, j), "1F3864")
    reg.cell(0, j).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
a7_cell = None
for i, row in enumerate(reg_rows, start=1):
    if len(row) == 2:
        c = reg.cell(i, 0).merge(reg.cell(i, 4))
        c.text = f"{row[0]}  {row[1]}"
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "FCE4D6")
        continue
    for j, val in enumerate(row):
        cell = reg.cell(i, j)
        if val == "K3CELL":
            p = cell.paragraphs[0]
            del_run(p, "\u2014", HQ, D1)
            ins_run(p, "TE1", HQ, D1)
        elif val == "K3STATUS":
            p = cell.paragraphs[0]
            del_run(p, "Pre-use check only", HQ, D1)
            ins_run(p, "In service", HQ, D1)
        elif val == "K7CELL":
            p = cell.paragraphs[0]
            del_run(p, "TE2", HQ, D1)
            ins_run(p, "\u2014", HQ, D1)
        elif val == "K7STATUS":
            p = cell.paragraphs[0]
            del_run(p, "In service", HQ, D1)
            ins_run(p, "Pre-use check only", HQ, D1)
        else:
            cell.text = val
    if row[0] == "7":
        a7_cell = reg.cell(i, 4)
d.add_comment(a7_cell.paragraphs[0].runs, text="Surely the Next Rig plan in TE3 covers this one? TW",
              author="Tobias Wren", initials="TW")
para(d)
para(d, "Examined and entered by: Dr Hester Quaile, Rig Master.    Next thorough examination of this Register: July "
        "2009, by the Competent Person.", italic=True)

d.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
