"""ks-01-skerrin-stowage-plan: build script.

Provider (invented): Skerrin Ferries Community Learning, the community learning
arm of Skerrin Ferries Ltd (a coastal and island ferry operator), running "The
Skerrin Crossing" for the National Award for SEN Coordination 2008-09 with the
University of Carrickmouth (validation and award) and Carrick and Isles Council.

Document kind and layout: the course written as the ferry's vehicle-deck
STOWAGE PLAN for "Sailing 2008/09", as the Loading Office would issue it.
No Heading styles: titles are bold capitalised Normal paragraphs, shaded bars.
A "Plan particulars" table with merged title row; a key of the operator's own
terms given in sentences ("How to read this plan"): Lanes (units), Sailings
(study days), Drivers (participants), Deck Officers (tutors), Lashing Crew
(mentors), Lashing Checks LC1-LC4 (marked assessments), and the values of the
stowage summary ("Deck cargo only" = carried on a sailing but not lashed, i.e.
taught not assessed; "Unlashed" = looked at for feedback at a Lashing Check,
no mark, i.e. formative only; "Shut out" = left on the quay this season).
Typed notes LN1-LN24 (Loading Officer's Notes) carry criteria 1-5 in the
ferry's vocabulary, out of the specification's order. A Sailing List table.
A Deck Stowage Summary table of the outcomes in the operator's own words,
with merged, shaded lane-group rows ("Bay | Cargo | Stowed on | Lashed at").
A Lashing Checks table. Moderation sits only in a text box (the Loading
Master's note). Tracked changes, two Word comments, three footnotes, a page
header and a footer with a PAGE field.

Traps (requirement ids):
- E.2: credits and level changed by tracked change: "40"/"Level 6" deleted,
  "60"/"Level 7" inserted, so the submission says 60 credits at Level 7: met.
- 1.1: the stated purpose is attainment only ("raise the attainment of pupils
  with SEN"); well-being and ECM appear only as content: partially_met.
- 1.9 and 6.0: outcomes "Deck cargo only" / "Unlashed" and the award rule is
  an aggregate mark ("aggregate mark of 50 per cent"), so not every outcome
  has to be shown: partially_met.
- 2.1: prior study credited, "Experience on its own is not credited": partial.
- 2.3: no assessment-only route; only the "sister vessel" (Northlyn Islands
  Council's course) has one: another provider's arrangement: not_met.
- 2.5: only "encouraged to think about where they go next": partially_met.
- 3.3: the Chartroom (e-learning) exists, but "Deck Officers do not answer in
  the forum": no direct tutor support between sailings: partially_met. A
  comment proposing 48-hour replies is not part of the submission.
- 4.1/4.2: the 2007 survey and what changed because of it: met.
- 4.3: the sentence putting headteachers on the Sailing Review Panel is a
  deleted tracked change; what remains is a hope ("we hope to invite
  headteachers"): not_met. A comment saying they are on the panel is ignored.
- 5.3: "We understand that all drivers hold" a CRB disclosure: an assumption,
  no system to verify; the footer's "All drivers CRB checked" is a footer,
  never evidence: partially_met.
- 5.5: specialist expertise present but placements are a past arrangement
  ("Until the 2007 season"): partially_met.
- 5.7: Deck Officers meet, but the Lashing Crew handbook and briefing are only
  planned ("is being written"): partially_met.
- 5.8: moderation only in the text box (still the provider's own text): met.
- 5.9: competence/confidence measured, "We do not attempt to measure the
  effect on pupils' results": partially_met.
- 6.A7: right words about the wrong thing: the CPD log belongs to the Deck
  Officers (tutors), not the drivers; no such outcome for drivers: not_met.
- 6.K4: "Shut out" in the summary: not_met. 6.S2c: absent: not_met.
- 6.A3, 6.S7, 6.K7: "Deck cargo only" (taught, not assessed): partially_met.
- 6.S2d: "Unlashed (LC3)" (formative only): partially_met.
- 1.5 met (consulting pupils is practised on Sailing 6) although 6.S7 is only
  deck cargo.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ks_helpers import (new_doc, para, runs, table, merge, shade_cell, ins_run, del_run,
                         deleted_para, text_box, Footnotes, header_footer, comment, add_run)

HERE = Path(__file__).resolve().parent
NAME = "ks-01-skerrin-stowage-plan"
LO = "Loading Office"
D1 = "2008-03-11T09:30:00Z"

doc = new_doc("Arial", 10)
fn = Footnotes(doc)
header_footer(doc, "SKERRIN FERRIES COMMUNITY LEARNING  |  LOADING OFFICE  |  STOWAGE PLAN SK/0809",
              "Uncontrolled copy when printed. All drivers CRB checked before embarkation.")


def bar(text):
    para(doc, text, bold=True, shade="1F3864", color="FFFFFF", size=11)


def note(code, title, body):
    p = doc.add_paragraph()
    add_run(p, f"{code}  {title}. ", bold=True)
    add_run(p, body)
    return p


para(doc, "SKERRIN FERRIES COMMUNITY LEARNING", bold=True, size=16, align="center")
para(doc, "STOWAGE PLAN: SAILING 2008/09", bold=True, size=14, align="center")
para(doc, "MV SKERRIN CROSSING  (National Award for SEN Coordination)", bold=True, size=12, align="center")
para(doc, "Issued by the Loading Office, Carrick Quay, for the Training and Development Agency approval round, "
          "March 2008. Please read the key before the plan.", italic=True, align="center")

bar("PLAN PARTICULARS")
t = table(doc, [
    ["PLAN PARTICULARS", ""],
    ["Vessel", "The Skerrin Crossing: our course for the National Award for SEN Coordination"],
    ["Operator", "Skerrin Ferries Community Learning, the community learning arm of Skerrin Ferries Ltd, "
                 "Harbour Office, Carrick Quay"],
    ["Classification", "Validated and awarded by the University of Carrickmouth, School of Education, under a "
                       "collaborative provision agreement signed in January 2008; the University's Board of "
                       "Examiners confirms every award"],
    ["Tonnage", ""],
    ["Partners on the route", "Carrick and Isles Council (SEN and Inclusion Service); the University of Carrickmouth"],
    ["Sailings", "Ten Sailings (study days) from September 2008 to July 2009, with the Chartroom open between them"],
    ["Loading Master", "Morag Tullett, Head of Community Learning"],
    ["Port of registry", "Carrick Quay Harbour Learning Room, with two Sailings held at Skerrin Pier School"],
])
merge(t, 0, 0, 0, 1, "PLAN PARTICULARS", bold=True, fill="BDD7EE")
ton = t.cell(4, 1).paragraphs[0]
del_run(ton, "40", LO, D1)
ins_run(ton, "60", LO, D1)
add_run(ton, " credits at ")
del_run(ton, "Level 6", LO, D1)
ins_run(ton, "Level 7 (masters level)", LO, D1)
add_run(ton, ", counted as the first 60 credits of the University's MA in Inclusive Education")

para(doc, "")
bar("HOW TO READ THIS PLAN")
para(doc, "Skerrin Ferries has carried people and goods to the islands and along the coast for ninety years, and "
          "our community learning arm has run courses for island and coastal schools since 1998. We have set "
          "out the Skerrin Crossing the way our Loading Office sets out a sailing, because the people who plan "
          "it think that way and because the plan is what our Drivers are given on their first day.")
para(doc, "A Sailing is one study day. A Lane is one of the four units of the course, and each Lane is carried over "
          "two or three Sailings. Our Drivers are the participants: the teachers who come aboard. Deck Officers are "
          "the tutors who teach the Sailings and mark the work. The Lashing Crew are the mentors: each Driver has "
          "one member of the Lashing Crew, an experienced SENCO from another school, who visits the Driver's "
          "school and signs off the school-based tasks. A Lashing Check is a marked piece of assessed work; there "
          "are four, LC1 to LC4, described in the Lashing Checks table near the end of this plan.")
para(doc, "The Deck Stowage Summary lists the cargo each Lane carries: the national minimum outcomes for the award, "
          "written in our own words. Its column \"Stowed on\" names the Sailing where the cargo is taught. Its "
          "column \"Lashed at\" names the Lashing Check where it is marked. Where the Lashed at column reads Deck "
          "cargo only, the cargo is carried on a Sailing but is not lashed: it is taught and discussed, but no "
          "Lashing Check marks it. Where it reads Unlashed, the cargo is looked at during a Lashing Check so that the "
          "Driver gets feedback on it, but it carries no mark and cannot be failed. Where it reads Shut out, the cargo "
          "has been left on the quay this season and is not carried at all.")

bar("LOADING OFFICER'S NOTES")
para(doc, "The notes are numbered in the order the Loading Office uses them on the quay, not in any other order.",
     italic=True)
note("LN1", "The operator", "Skerrin Ferries Community Learning plans and runs the Skerrin Crossing. The "
     "University of Carrickmouth validated the course at its validation event on 22 January 2008, appoints the "
     "external examiner and makes the award of 60 credits through its Board of Examiners. Carrick and Isles "
     "Council's SEN and Inclusion Service supplies two of the Deck Officers and the venue on Skerrin.")
note("LN2", "Purpose of the sailing", "The purpose of the Skerrin Crossing is to raise the attainment of pupils "
     "with SEN in the schools of the islands and the coast, by giving their SENCOs the knowledge and the "
     "standing to lead provision in their schools.")
note("LN3", "Who may board", "Drivers must hold qualified teacher status and be the SENCO of a school in "
     "England, or be designated by the headteacher to take on the role within the year. Each application comes "
     "with a letter from the headteacher agreeing to release the Driver for the ten Sailings and to meet the "
     "Lashing Crew member. The Loading Master telephones every applicant before a place is offered to check "
     "that the Driver has enough experience of SEN work in school to benefit from the course and to meet the "
     "outcomes; where that is in doubt we suggest the Council's one-day SEN induction first and keep the place "
     "open for the January boarding.")
note("LN4", "The pre-boarding check and the Passage Plan", "Before Sailing 1 every Driver completes the pre-boarding "
     "check: a self-audit against each line of the Deck Stowage Summary, rating confidence and experience from "
     "1 to 4. The Driver and the Lashing Crew member then agree a Passage Plan, an individual training plan "
     "naming the three or four cargo lines the Driver will concentrate on, the personal targets that go with "
     "them and the reading and school tasks chosen to meet them. The Passage Plan is reviewed at Sailing 5 and "
     "again at Sailing 10.")
note("LN5", "Prior study", "A Driver who has passed masters-level modules in special educational needs in the "
     "last five years, at Carrickmouth or at another university, may be credited with up to 30 of the 60 credits "
     "and excused the matching Lanes, on the University's accreditation of prior learning procedure. "
     "Experience on its own is not credited.")
note("LN6", "Assessment-only passage", "The Skerrin Crossing has no assessment-only route. Drivers with long "
     "experience as SENCOs are pointed to our sister vessel, the Northlyn Islands Council course, which offers "
     "an assessment-only passage by portfolio and interview; we have no part in it and we do not run one "
     "ourselves.")
note("LN7", "Criminal records", "We understand that all drivers hold a current enhanced CRB disclosure through "
     "their schools, as all teachers must.")
note("LN8", "Access and adjustments", "Every Driver completes a confidential access form at booking. The Loading "
     "Master agrees any reasonable adjustment with the Driver before Sailing 1 and records it: materials in large "
     "print or on coloured paper, handouts sent a week ahead, a BSL interpreter or a note-taker booked for every "
     "Sailing, extra time or a word-processor for Lashing Checks, and ground-floor rooms. The Harbour Learning "
     "Room has level access from the quay and an induction loop, and the company's disability equality scheme "
     "applies to our Drivers as it does to our passengers.")
note("LN9", "Timetable", "There are two boardings, in September and in January, and a Driver may take the whole "
     "Crossing in one year or spread it over two. Lanes 2 and 3 may be taken in either order. Two Sailings a year "
     "are held on a Saturday at Skerrin Pier School so that island teachers do not lose a teaching day to the "
     "ferry, and every Sailing is recorded for the Chartroom. The course is taught on Sailings and supported online.")
p = note("LN10", "The Chartroom", "The Chartroom is our online area on the University of Carrickmouth's Blackboard "
         "site. It holds the reading, the slides and recordings of every Sailing, and a forum where Drivers in the "
         "same Lane discuss the tasks between Sailings. Deck Officers do not answer in the forum; questions go to "
         "the next Sailing.")
comment(doc, p, "Could we say Deck Officers reply within 48 hours? Alun has offered to watch the forum.",
        "Morag Tullett", "MT")
note("LN11", "Cost and where it leads", "The fee is £1,150 a Driver, paid by Carrick and Isles Council for its own "
     "schools; we keep it low by using our own Harbour Learning Room and the Council's trainers. Each Driver's "
     "route through the course is shaped by the Passage Plan, the Lane tasks are set in the Driver's own school, "
     "and the 60 credits count towards the University's MA in Inclusive Education.")
note("LN12", "Next ports", "At the last Sailing drivers are encouraged to think about where they go next.")
note("LN13", "Who asked for this sailing", "In the autumn of 2007 we surveyed the SENCOs of the 64 schools on our "
     "routes, with the Council; 41 replied. We also met the headteachers' forum and the Council's Parent "
     "Partnership Service. SENCOs asked for more on deploying teaching assistants and on working with outside "
     "agencies; island headteachers asked that teachers should not lose two days for each Sailing; parents "
     "asked that SENCOs learn to explain provision plainly. Because of this, Lane 3 was lengthened to three "
     "Sailings, the Saturday Sailings at Skerrin were added, and Sailing 6 now includes a session planned with "
     "the Parent Partnership Service.")
p = doc.add_paragraph()
add_run(p, "LN14  Reviewing the sailing. ", bold=True)
add_run(p, "Each July the Loading Master, the Deck Officers and the Lashing Crew review the year. ")
del_run(p, "Headteachers and the Parent Partnership Service sit on the Sailing Review Panel each July and see "
           "the Drivers' evaluations. ", LO, D1)
add_run(p, "In later seasons we hope to invite headteachers to take part in reviewing the sailing.")
comment(doc, p, "Heads are on the panel already, aren't they? Check with Jenna.", "Alun Petheridge", "AP")
note("LN15", "Quality reviews", "We collect a feedback slip at the end of every Sailing and a questionnaire at "
     "the end of every Lane; the Deck Officers read them at their termly meeting and change the next Sailing "
     "where needed. The external examiner's annual report and the University's annual monitoring report are "
     "discussed by the Loading Office and the University's programme committee, and the action plan goes back "
     "to both. In 2007-08 the pilot Drivers told us Sailing 4 was overloaded, and the examiner asked for clearer "
     "marking criteria for LC2: both were changed for this season.")
p = note("LN16", "Deck Officers", "Dr Alun Petheridge, Senior Lecturer in Inclusive Education at Carrickmouth, "
         "was a SENCO for nine years and holds an MEd in special needs. Jenna Corrie, the Council's Senior SEN "
         "Adviser, holds the Specialist Teacher (SpLD) diploma and an NPQH. Hamish Orrell is a senior educational "
         "psychologist with the Council. Each Deck Officer keeps a CPD log and spends at least five days a year "
         "keeping up to date on SEN research and policy.")
fn.ref(p, "The Deck Officers' CPD logs are checked at the annual staff review held by the University.")
note("LN17", "Specialists and placements", "Sailings bring in specialist guests: a speech and language therapist "
     "from the Carrick Primary Care Trust, the Skerrin Autism Outreach teacher and the Council's sensory support "
     "team. Until the 2007 season every driver spent a day at Harbourside Special School. The arrangement lapsed "
     "when the school was reorganised.")
note("LN18", "Stores", "Drivers use the University library and its electronic journals, a loan box of "
     "assessment materials kept in the Harbour Learning Room, and the Room's assistive technology corner "
     "(text-to-speech software, Clicker 5, switch access and a laptop trolley), where they try out the technology "
     "they are taught about on Sailing 4.")
note("LN19", "Lashing Crew", "Deck Officers meet each term to plan Sailings and agree marking. A handbook for "
     "the Lashing Crew is being written and a briefing will be arranged.")
note("LN20", "Impact", "Drivers repeat the pre-boarding self-audit at Sailing 10, and the Lashing Crew member "
     "observes the Driver leading a meeting in school in the spring and again in the summer, so that we can "
     "measure the change in each Driver's confidence and competence. We do not attempt to measure the effect on "
     "pupils' results.")
note("LN21", "Work in school", "Every Lashing Check is set in the Driver's own school. LC2 and LC4 ask the Driver "
     "to change provision in the school and to show, with evidence from colleagues, pupils and parents, what "
     "difference the change made; the Lashing Crew member sees the change for themselves on a school visit.")
p = note("LN22", "Charts used", "Lane 1 is built on the law and guidance that a SENCO works under in 2008, and "
         "Sailing 2 reads recent inspection and research evidence: Ofsted's reports on inclusion of 2004 and "
         "2006, the Bercow Review of services for children with speech, language and communication needs (2008), "
         "and current studies of teaching assistant deployment.")
fn.ref(p, "Ofsted, Special educational needs and disability: towards inclusive schools (2004); Ofsted, Inclusion: "
          "does it matter where pupils are taught? (2006).")
note("LN23", "The award", "A driver is awarded the National Award for SEN Coordination on an aggregate mark of 50 "
     "per cent across LC1, LC2 and LC4, confirmed by the University's Board of Examiners.")
note("LN24", "Other routes", "Drivers who leave before Sailing 10 may carry forward any Lashing Check they have "
     "passed for two years.")

para(doc, "")
bar("SAILING LIST 2008/09")
t = table(doc, [
    ["Sailing", "Date", "Port", "Lane", "What is carried"],
    ["1", "Thu 18 Sept 2008", "Carrick Quay", "Lane 1: Charts and Soundings", "The SEN Code of Practice, the SEN and "
     "Disability Act 2001, the SENCO regulations of 2008, Removing Barriers to Achievement and Every Child Matters; "
     "what each asks of the school and of the SENCO; the Passage Plans are agreed"],
    ["2", "Thu 16 Oct 2008", "Carrick Quay", "", "Disability equality law and the school's accessibility plan; "
     "reading research and inspection evidence; drawing on outside advice"],
    ["3", "Sat 15 Nov 2008", "Skerrin Pier School", "Lane 2: Cargo Types", "Identifying pupils with SEN and "
     "disabilities; targets and intervention; relationships with pupils and families"],
    ["4", "Thu 11 Dec 2008", "Carrick Quay", "", "The common kinds of SEN and what they mean for learning; "
     "assessment and teaching approaches, ICT and assistive technology; using other professionals' assessments; "
     "tracking data; access arrangements for tests"],
    ["5", "Thu 22 Jan 2009", "Carrick Quay", "Lane 3: Crew and Shore Parties", "Leading colleagues; winning the "
     "senior team; deploying teaching assistants; time and priorities; Passage Plan review"],
    ["6", "Sat 28 Feb 2009", "Skerrin Pier School", "", "Listening to pupils: Drivers practise pupil interviews, "
     "symbol-supported questionnaires and person-centred review with pupils; working with parents (planned with "
     "the Parent Partnership Service); coaching and mentoring colleagues"],
    ["7", "Thu 26 Mar 2009", "Carrick Quay", "", "Outside agencies and the voluntary sector; multi-agency meetings; "
     "advising colleagues in cluster schools"],
    ["8", "Thu 7 May 2009", "Carrick Quay", "Lane 4: Harbour Works", "Provision mapping; inclusive policy with "
     "governors; problem-solving and judgement"],
    ["9", "Thu 11 June 2009", "Carrick Quay", "", "Reviewing provision with staff; self-evaluation and school "
     "improvement for pupils with SEN"],
    ["10", "Thu 9 July 2009", "Carrick Quay", "", "LC4 presentations; second self-audit; Passage Plan closed"],
])
merge(t, 1, 3, 2, 3, "Lane 1: Charts and Soundings")
merge(t, 3, 3, 4, 3, "Lane 2: Cargo Types")
merge(t, 5, 3, 7, 3, "Lane 3: Crew and Shore Parties")
merge(t, 8, 3, 10, 3, "Lane 4: Harbour Works")

para(doc, "")
bar("DECK STOWAGE SUMMARY")
para(doc, "Read the Lashed at column with the key in How to read this plan.", italic=True)
rows = [["Bay", "Cargo (in our words)", "Stowed on", "Lashed at"],
        ["LANE 1: CHARTS AND SOUNDINGS", None, None, None],
        ["1-01", "The SEN Code of Practice (2001) and the SEN and Disability Act 2001: what they require of a school "
                 "and how a SENCO puts them into practice", "Sailing 1", "LC1"],
        ["1-02", "The five Every Child Matters outcomes and the SENCO's share in bringing them about", "Sailing 1", "LC1"],
        ["1-03", "The Disability Discrimination Act 2005, the disability equality duty and the school's accessibility "
                 "plan: what they require the school to do", "Sailing 2", "LC2"],
        ["1-04", "Research findings and best practice in meeting special educational needs", "Sailing 2", "LC4"],
        ["1-05", "Drawing on research and on advice from outside the school to improve one's own teaching and "
                 "that of colleagues", "Sailing 2", "LC4"],
        ["1-06", "How children grow and learn, and how special needs, disability and surroundings shape that growth",
         "-", "Shut out"],
        ["LANE 2: CARGO TYPES", None, None, None],
        ["2-01", "Behavioural, emotional and social difficulties; dyslexia and other specific learning difficulties; "
                 "speech, language and communication needs; autistic spectrum disorders; moderate learning "
                 "difficulties: what each means for learning", "Sailings 3 and 4", "LC1"],
        ["2-02", "Weighing up approaches, strategies and resources for assessing, planning, teaching and learning, "
                 "including ICT and specialist technology", "Sailing 4", "LC1"],
        ["2-03", "Spotting pupils who may have SEN or a disability, setting stretching targets, planning "
                 "intervention and reviewing progress", "Sailing 3", "LC1"],
        ["2-04", "Using the assessments of educational psychologists, therapists and other professionals to shape "
                 "teaching", "Sailing 4", "LC1"],
        ["2-05", "Using national test results and other summative data to track pupils and adjust their programmes",
         "Sailing 4", "LC2"],
        ["2-06", "Identifying in good time the access arrangements pupils need for national tests and examinations, "
                 "and putting them in place", "Sailing 4", "Unlashed (LC3)"],
        ["2-07", "Fair, respectful and supportive relationships with pupils with SEN and their parents and carers",
         "Sailing 3", "LC1"],
        ["2-08", "Involving pupils in planning, agreeing and reviewing their own provision", "Sailing 6",
         "Deck cargo only"],
        ["LANE 3: CREW AND SHORE PARTIES", None, None, None],
        ["3-01", "Winning the commitment of colleagues, the headteacher and the senior team", "Sailing 5", "LC2"],
        ["3-02", "Prioritising, managing one's time and delegating", "Sailing 5", "Deck cargo only"],
        ["3-03", "Speaking and writing clearly; listening to and understanding other people's views", "Sailing 5",
         "LC2"],
        ["3-04", "Deploying and managing teaching assistants and other staff", "Sailing 5", "LC2"],
        ["3-05", "Developing colleagues through observation and feedback, modelling, coaching, mentoring and "
                 "training", "Sailing 6", "LC4"],
        ["3-06", "Working with parents and carers", "Sailing 6", "LC2"],
        ["3-07", "Working with other services, agencies and voluntary organisations", "Sailing 7", "LC4"],
        ["3-08", "What outside agencies can offer and how to secure specialist support and resources", "Sailing 7",
         "LC4"],
        ["LANE 4: HARBOUR WORKS", None, None, None],
        ["4-01", "Working with senior colleagues and governors to shape an inclusive ethos, policy, priorities and "
                 "resources", "Sailing 8", "LC4"],
        ["4-02", "Provision mapping and managing provision; finding provision that is missing or not working",
         "Sailing 8", "LC2"],
        ["4-03", "Reviewing with other staff how well provision works, and feeding that into the school's "
                 "self-evaluation", "Sailing 9", "LC4"],
        ["4-04", "Principles of school self-evaluation and improvement for the outcomes of pupils with SEN",
         "Sailing 9", "Deck cargo only"],
        ["4-05", "Anticipating and solving problems; sound judgement about provision", "Sailing 8", "LC4"],
        ]
t = table(doc, rows)
for i, r in enumerate(rows):
    if r[1] is None:
        merge(t, i, 0, i, 3, r[0], bold=True, fill="DEEAF6")

para(doc, "")
bar("LASHING CHECKS")
t = table(doc, [
    ["Check", "What the Driver does", "Lane", "Marked by", "Weight"],
    ["LC1", "A case study of one pupil with SEN in the Driver's school (3,000 words): the pupil's needs, the "
            "professionals' assessments, the targets set, the teaching approach chosen and the law behind it", "1 and 2",
     "Deck Officer; second-marked", "30%"],
    ["LC2", "A provision map and staffing review for the Driver's school, presented to the headteacher and senior "
            "team, with a written account of the discussion and of the parents' meeting held about it", "1 and 3",
     "Deck Officer; second-marked", "30%"],
    ["LC3", "The Driver's Logbook: a reflective diary of school tasks, read by the Lashing Crew member at Sailings 5 "
            "and 10 for feedback", "All", "Lashing Crew (feedback only)", "-"],
    ["LC4", "The Harbour Works project: a change in provision led by the Driver, with colleagues, agencies and "
            "governors, written up (5,000 words) and presented at Sailing 10", "1, 3 and 4",
     "Deck Officer; second-marked; seen by the external examiner", "40%"],
])


para(doc, "")
text_box(doc, [
    ("LOADING MASTER'S NOTE: MARKING", True),
    ("Every LC1, LC2 and LC4 is marked by one Deck Officer against the University's Level 7 criteria and second-marked "
     "by another. The Deck Officers hold a moderation meeting after each Lashing Check, compare a sample across "
     "markers and agree the marks before they go to the University. The external examiner sees a sample of every "
     "Lashing Check and all fails and borderline work, and reports to the Board of Examiners.", False),
], height_pt=110)
p = para(doc, "The external examiner for 2008-09 is named in the University's approval documents.")
fn.ref(p, "Professor Ruth Angwin, University of Tamsworth, appointed by the University of Carrickmouth in February 2008.")

para(doc, "")
bar("WEATHER, CANCELLATIONS AND LATE RUNNING")
para(doc, "Island Drivers depend on the 07.10 and 16.40 sailings from Skerrin. When a ferry is cancelled for "
          "weather the Sailing still goes ahead at Carrick Quay, and Skerrin Drivers join it by video link from "
          "the Skerrin Pier School library, which the Council has equipped for the purpose. If the link fails, the "
          "recording is in the Chartroom by the next morning and the Deck Officer who led the Sailing runs a "
          "one-hour catch-up session at Skerrin Pier School within a fortnight. No Driver is marked down on a "
          "Lashing Check for a Sailing missed through weather, and deadlines move by the number of days lost.")
para(doc, "Drivers who miss more than two Sailings for any other reason meet the Loading Master to agree how the "
          "missed work will be made up, or to move to the January boarding without losing the Lashing Checks "
          "already passed.")
bar("WHAT A DRIVER CARRIES ABOARD")
para(doc, "Each Driver brings to every Sailing the Logbook (LC3), the Passage Plan and one piece of evidence from "
          "school chosen in advance: a pupil's individual education plan with names removed, a provision map, "
          "the minutes of a review meeting or a note of a conversation with a parent. The first half hour of each "
          "Sailing is spent in Lane groups of four, where Drivers explain their evidence to one another and the "
          "Deck Officer joins each group in turn. Drivers tell us this is the part of the day they value most, "
          "because island and coastal SENCOs often work as the only person in their school who does the job.")
para(doc, "The Logbook is kept in the Driver's own words. The Lashing Crew member reads it at Sailings 5 and 10 "
          "and writes a short response in the margin, but it is not marked.")

para(doc, "")
bar("END OF PLAN")
para(doc, "Signed for the Loading Office: Morag Tullett, Loading Master. Any change to this plan is issued as a "
          "revision with a new plan number.", italic=True)

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
