"""nb-02-saltmere-quay-booking-confirmation: build NAME.docx next to this script.

Provider (invented): Saltmere Quay Canoe and Kayak Centre ("the Quay"), an estuary and sea paddling centre whose
Saltmere Quay Paddle School runs the course, with the University of Kelbourne, School of Education, which validates
it as its Postgraduate Certificate in Special Educational Needs Coordination. February 2009.

Document kind and layout: the centre's standard group BOOKING CONFIRMATION, as sent to a cluster of schools that
booked six places on the 2009-10 course, sent to the panel whole under a short covering note: a booking-details
table (a merged "please check" row, a "[TBC]" placeholder), "Your programme" (a table of ten "Dry Sessions" D1-D10
with merged, shaded term rows, a "What the group will do" column carrying the outcomes in the Quay's words and a
"Shore Work afterwards" column), "Sign-offs and Check-out" (the three marked Sign-offs with typed bullet lists of
what each signs off, "Kit checks" defined as unmarked feedback), an Included / Not included table, "Before you
arrive", "Who you'll be with" (a staff table with a placeholder), "How we know it went well", an invoice table,
fourteen numbered Terms and Conditions of Booking, and the Participant Information, Medical and Consent Form with
its prompts and blanks left in. Heading 1 / Heading 2 styles. A letterhead in the page header and a footer with
PAGE / NUMPAGES fields; a "DRY SESSIONS" text box (VML); a footnote; Word comments; tracked changes (a deletion
inside a table cell and a whole inserted paragraph).

House vocabulary: the course is "The SENCo Award (Dry Sessions)"; study days are "Dry Sessions" D1-D10 in "the Sail
Loft"; school tasks are "Shore Work"; marked assignments are "Sign-offs" SO1-SO3; the final stage is "Check-out";
formative feedback is a "Kit check"; the mentor is the "Shore Buddy"; tutors are "Lead Instructors"; the outcome
list is "the Skills Sheet"; the needs assessment is the "Pre-booking Skills Check" and the individual plan "Your
Session Plan"; CPD planning is "Next Tide"; the assessment-only route is "Direct to Check-out".

Where the outcomes are: developed in the programme table's session rows, assessed in the Sign-off lists (no codes,
no outcome table). Met when a session develops an outcome and a Sign-off signs it off.

Traps (requirement ids):
- E.2: "60 credits: 30 at Level 6 (Sign-offs 1 and 2) and 30 at Level 7 (Sign-off 3)" -> partially_met.
- 1.1: the aim is attainment only ("reading, writing and mathematics") -> partially_met, though ECM is taught in D1.
- 1.3: research and inspection only in general terms -> partially_met.
- 1.9: time management (D8) and approaches and resources (Kit check only) are not signed off; the text box's "Everything you do at a
  Dry Session counts towards your Check-out" is a blanket claim -> partially_met.
- 2.1: "We do not give credit for earlier study or experience." -> not_met.
- 2.2: Skills Check before the place is confirmed, then "Your Session Plan" with personal targets -> met.
- 2.3: Direct to Check-out exists only as a whole inserted paragraph (Track Changes on), with conditions -> met
  (an insertion is part of the submission).
- 2.5: the Next Tide session at D10 with a planning sheet for the head -> met.
- 3.1: only a ground-floor room move for stairs; adjustments to Sign-offs are left to the University's Disability
  Service and the participant ("you should contact them yourself") -> partially_met.
- 3.2: Tuesday or Saturday, but one September start and a fixed order -> partially_met.
- 3.3: "Online learning: there is none." (Not included list) -> not_applicable.
- 4.1: "We did not run a survey."; one cluster's heads only -> partially_met.
- 4.2: the LA's SEN team, the heads and the Parent Partnership Service changed D9, the Saturday sittings and D6 ->
  met.
- 4.3: stakeholders' part in reviewing the Award "is still to be agreed"; only the Parent Partnership Service's
  co-leading of D6 is arranged -> partially_met. A comment ("Raise with LA") is not part of the submission.
- 5.1: feedback slips and a Check-out questionnaire read by the Lead Instructor; nothing external -> partially_met.
- 5.3: the head's signed confirmation with number and date, the certificate seen at D1, new disclosures for anyone
  out of school three months, barred and disciplinary checks -> met (the Participant Form's blank CRB prompts are
  prompts and add nothing).
- 5.5: guest specialists in the body; the placement morning at Harbour View Special School is described only in a
  footnote -> met (footnotes are part of the submission).
- 5.6: projector, flipcharts and wireless; bring a laptop -> partially_met.
- 5.8: one marker against University criteria; moderation only intended ("We intend to ask the University to
  moderate a sample ... once a moderator has been found"); a comment saying a moderator could start in 2010 is not
  part of the submission -> partially_met.
- 5.9: confidence ratings at Skills Check and Check-out, and pupils' baseline and follow-up attainment measures from
  Sign-off 1 collected across the group -> met.
- 6.0: Term 8: all three Sign-offs passed at 40 per cent (not every outcome) -> partially_met.
- 6.A3: developed in D8 ("Trimming the boat"), signed off nowhere -> partially_met.
- 6.K6: approaches, strategies and resources (ICT included) are taught in D3 but get only "a Kit check" and no
  Sign-off lists them -> partially_met (formative only).
- 1.4: with the disability law deleted from D1, the law and policy taught are SEN law only -> partially_met.
- 6.S2b: summative tracking is signed off in Sign-off 1 but no session develops it -> partially_met.
- 6.K3: disability equality law appears only in a deleted part of the D1 cell; a comment says the University covers
  it -> not_met.
- 6.S1: strategic work with governors is "not part of the 2009-10 booking" (it ran in the 2008 pilot) -> not_met.
- 6.S2d: access arrangements are "booked separately and is not part of the Award" (another course) -> not_met.
"""
from pathlib import Path
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _nb_helpers import (new_document, para, table, set_cell, del_run, inserted_paragraph, Footnotes, text_box,
                         header_footer, typed_list)

HERE = Path(__file__).parent
NAME = "nb-02-saltmere-quay-booking-confirmation"
JT = "Jo Treloar"
DT1 = "2009-02-09T11:02:00Z"
DT2 = "2009-02-18T09:25:00Z"
TEAL, PALE, SAND = "1D5C63", "DDEFF0", "F4ECD8"

doc = new_document("Calibri", 10.5)
for lvl, size, col in ((1, 14, TEAL), (2, 11.5, TEAL)):
    st = doc.styles[f"Heading {lvl}"]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.color.rgb = RGBColor.from_string(col)
fn = Footnotes(doc)
header_footer(doc, "SALTMERE QUAY CANOE & KAYAK CENTRE  \u00b7  Saltmere Quay Paddle School  \u00b7  The Quay, "
                   "Saltmere SM7 1QA  \u00b7  01632 960417  \u00b7  bookings@saltmerequay.org.uk",
              "AALA licence R2277  \u00b7  Registered charity 1107764  \u00b7  Booking SQ/09/0417")


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


# ------------------------------------------------------------------ covering note
para(doc, "To the TDA approval panel", lead="")
para(doc, "We are a canoe and kayak centre, not a university, and we have written this the way we write to every "
          "group that books with us. What follows is the booking confirmation that went to the Tidewell Primary "
          "Cluster for six places on the 2009-10 SENCo Award, with our terms, the invoice and the form each "
          "participant fills in. Participants' names have been taken out. Everything else is as the schools "
          "received it.")
para(doc, "We have run paddlesport courses for schools on the Saltmere estuary since 1986, and our Paddle School has "
          "trained coaches and teachers for twenty years. Two of our staff were SENCOs before they were instructors. "
          "The Award is our first course on dry land, and we have kept our booking paperwork because the schools "
          "that book with us already know it.")
para(doc, "Jo Treloar, Lead Instructor, for Saltmere Quay Paddle School", italic=True)

# ------------------------------------------------------------------ booking details
h1("Booking confirmation")
details = [
    ("Booking ref", "SQ/09/0417"),
    ("Status", "CONFIRMED: deposit received 2 February 2009"),
    ("Booked by", "Tidewell Primary Cluster (six schools). Lead contact: Mrs Anne Penhale, Headteacher, Tidewell CP "
                  "School"),
    ("Activity", "The SENCo Award (Dry Sessions): the National Award for SEN Coordination"),
    ("Accreditation", "University of Kelbourne, School of Education. The Award is validated as the University's "
                      "Postgraduate Certificate in Special Educational Needs Coordination (validation event 11 "
                      "December 2008), and the University awards the Certificate."),
    ("Credits", "60 credits: 30 at Level 6 (Sign-offs 1 and 2) and 30 at Level 7 (Sign-off 3)"),
    ("Places", "6 (one Participant Form for each)"),
    ("Dates", "Ten Dry Sessions, September 2009 to June 2010 (see Your programme)"),
    ("Venue", "The Sail Loft, Saltmere Quay. D9: [room to be confirmed]"),
    ("Lead Instructor", "Jo Treloar"),
    ("Group size", "Up to 18 participants a session; one Lead Instructor to every 12"),
]
t = table(doc, len(details) + 1, 2, widths=[3.6, 13.4])
for i, (k, v) in enumerate(details):
    set_cell(t.cell(i, 0), k, bold=True, fill=PALE)
    set_cell(t.cell(i, 1), v)
c = t.cell(len(details), 0).merge(t.cell(len(details), 1))
set_cell(c, "Please check these details and tell us within 7 days if anything is wrong.", italic=True, fill=SAND,
         size=9)

para(doc, "")
para(doc, "The Award exists to raise the attainment of pupils with SEN in your school: their progress in reading, "
          "writing and mathematics, measured in Sign-off 1. Everything in the programme is there because it helps "
          "a SENCO do that.", lead="What the Award is for. ")

text_box(doc, [("DRY SESSIONS", True),
               ("Everything on the Award happens on dry land, in the Sail Loft above the boat store. No kit, no "
                "wetsuit, no getting wet. Everything you do at a Dry Session counts towards your Check-out.", False),
               ("On Tuesdays please use the overflow car park: the slipway is busy with our schools programme.",
                False)],
         width_pt=450, height_pt=92, fill="E2F0D9", stroke="1D5C63", shape_id=2)

# ------------------------------------------------------------------ programme
h1("Your programme")
para(doc, "Every Dry Session runs 9.30 to 3.30, on the Tuesday shown and again on the Saturday after. After each "
          "session there is Shore Work to do in your own school; bring it with you to the next session.")
prog = [
    ("AUTUMN TERM 2009",),
    ("D1", "Tue 22 Sep\nSat 26 Sep", "Launch", None,
     "Read your school's SEN policy against the Code. Note what you would change."),
    ("D2", "Tue 13 Oct\nSat 17 Oct", "Reading the water", "How children develop, and how development can be knocked "
     "off course by SEN, by disability and by the classroom and social environment; the most common types of SEN "
     "(behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
     "language and communication needs, autistic spectrum disorders and moderate learning difficulties) and what "
     "each can do to a child's learning. With a speech and language therapist from Saltmere PCT.",
     "Shadow one pupil for half a day and write up what you saw."),
    ("D3", "Tue 10 Nov\nSat 14 Nov", "Charts and soundings", "Spotting pupils who may have SEN from classroom "
     "observation, assessment and what parents and colleagues tell you; setting targets that stretch, planning "
     "interventions and reviewing progress; using reports from educational psychologists, speech and language "
     "therapists and other professionals to plan teaching; approaches, strategies and resources for teaching and "
     "assessment, ICT included, and how to judge which to use, with a Kit check on your review of three "
     "resources; what research and best practice tell us about what works; bringing research and outside advice "
     "into your own and colleagues' practice. With an educational psychologist from Saltmere EPS.",
     "Choose your Sign-off 1 pupil, with the parents' consent."),
    ("D4", "Tue 1 Dec\nSat 5 Dec", "Paddling together", "Working alongside colleagues: advising and supporting class "
     "teachers; helping colleagues build formative assessment into their lessons, with pupils with SEN in mind; "
     "observing lessons and giving feedback, modelling, coaching and mentoring, and running a staff training "
     "session; getting the head and senior leaders on board.",
     "Observe a colleague and give feedback. Agree one change with your head."),
    ("SPRING TERM 2010",),
    ("D5", "Tue 12 Jan\nSat 16 Jan", "The pupil's voice", "Talking with pupils about what helps them and what does "
     "not; bringing pupils into planning, agreeing and reviewing their own provision, and helping colleagues to do "
     "the same; fair, respectful relationships with pupils with SEN and with their families. Your Session Plan "
     "is reviewed.", "Hold a review conversation with your Sign-off 1 pupil."),
    ("D6", "Tue 9 Feb\nSat 13 Feb", "Families", "Working with parents and carers as partners: sharing information, "
     "listening, agreeing targets together, the difficult conversations. Co-led by the Saltmere Parent Partnership "
     "Service.", "Meet your pupil's parents or carers."),
    ("D7", "Tue 9 Mar\nSat 13 Mar", "Provision mapping", "Building a provision map for your school; finding "
     "provision that is missing or not working; deploying and managing teaching assistants and other support "
     "staff; seeing problems coming and making sound decisions about provision.", "Draft your provision map."),
    ("D8", "Tue 23 Mar\nSat 27 Mar", "Trimming the boat", "The SENCO's week: setting priorities, managing time, "
     "delegating tasks and following them up.", "Keep a time log for two weeks."),
    ("SUMMER TERM 2010",),
    ("D9", "Tue 27 Apr\nSat 1 May", "Other boats on the water", "What outside agencies do and how to get specialist "
     "support and resources (educational psychology, speech and language therapy, CAMHS, the sensory and "
     "behaviour support services, social care); working with other services and with voluntary organisations; the "
     "Common Assessment Framework and the team around the child. With CAMHS and Saltmere Young Carers.",
     "Invite one outside agency to a review."),
    ("D10", "Tue 22 Jun\nSat 26 Jun", "Back to the quay", "Reviewing how well provision is working, with the staff "
     "who deliver it; school self-evaluation and improvement planning, and where SEN sits in the SEF; keeping up to "
     "date and taking charge of your own CPD; the Next Tide session; Check-out interviews.", "\u2014"),
]
t = table(doc, len(prog) + 1, 5, widths=[1.2, 2.2, 2.8, 7.6, 3.2])
for j, h in enumerate(["", "Dates", "Session", "What the group will do", "Shore Work afterwards"]):
    set_cell(t.cell(0, j), h, bold=True, fill=TEAL, color="FFFFFF", size=9)
d1_row = None
for i, r in enumerate(prog, 1):
    if len(r) == 1:
        c = t.cell(i, 0).merge(t.cell(i, 4))
        set_cell(c, r[0], bold=True, fill=PALE, size=9)
        continue
    for j, v in enumerate(r):
        if v is not None:
            set_cell(t.cell(i, j), v, bold=(j in (0, 2)), size=9)
    if r[0] == "D1":
        d1_row = i
cp = t.cell(d1_row, 3).paragraphs[0]
cp.paragraph_format.space_after = Pt(1)
r1 = cp.add_run("The SENCO's role and the law: the SEN Code of Practice (2001), the duties it places on schools and "
                "how to put them into practice in your school")
r1.font.size = Pt(9)
del_run(cp, "; the Disability Discrimination Act, the disability equality duty and what they ask a school to do "
                "for disabled pupils", JT, DT1)
r2 = cp.add_run("; Every Child Matters, its five outcomes and the part the SENCO plays in them; the national picture: "
                "Removing Barriers to Achievement and the 2008 SENCO regulations. Writing at Master's level: what a "
                "Sign-off looks like and how to put things clearly on paper.")
r2.font.size = Pt(9)
doc.add_comment([r2], text="Hywel says disability law is covered in the University's own induction day, so I've "
                "taken it out here. JT", author=JT, initials="JT")

# ------------------------------------------------------------------ sign-offs
h1("Sign-offs and Check-out")
para(doc, "There are three Sign-offs. Each is a piece of work done in your own school and handed in on the date "
          "below. A Sign-off is marked; a Kit check is not. A Kit check is a Lead Instructor's look at your draft "
          "or notes at a Dry Session, with spoken or written feedback. Kit checks are not marked and are not part "
          "of any Sign-off.")
h2("Sign-off 1: The Pupil Passage (due 5 March 2010)")
para(doc, "A 4,000-word case study of one pupil with SEN, with the parents' consent. Signed off in this piece:")
typed_list(doc, [
    "identifying the pupil's needs, setting challenging targets, planning the intervention and reviewing progress;",
    "how you used other professionals' assessments to shape the teaching;",
    "tracking the pupil's progress with summative assessments, national tests included, and changing the "
    "programme as a result;",
    "how the pupil's development and type of need affect their learning;",
    "the pupil's own part in planning and reviewing the provision;",
    "your relationship with the pupil and the family, and how you worked with the parents or carers;",
    "baseline measures of the pupil's attainment before the intervention and the same measures at the end.",
])
h2("Sign-off 2: Chart of the School (due 7 May 2010)")
para(doc, "Your school's provision map with a 3,000-word report. Signed off in this piece:")
typed_list(doc, [
    "the provision map, and the missing or ineffective provision it shows;",
    "how teaching assistants and other staff are deployed and managed;",
    "the decisions you made about provision and how you reached them;",
    "how the map meets the SEN Code of Practice and the law, and how it serves the five Every Child Matters "
    "outcomes;",
    "what research and best practice show about meeting SEN, and the research and outside advice you used to "
    "improve practice;",
    "the outside agencies and voluntary organisations you work with, and how you get their help.",
])
h2("Sign-off 3: Check-out (project due 11 June 2010; interview at D10)")
para(doc, "A 4,000-word school improvement project and a 30-minute Check-out interview with two Lead Instructors. "
          "Signed off in this piece:")
typed_list(doc, [
    "how you won the commitment of your head and senior colleagues;",
    "how you supported colleagues through observation and feedback, coaching and training;",
    "how you helped colleagues develop formative assessment;",
    "how you reviewed provision with staff, and how the review fed the school's self-evaluation;",
    "speaking and writing clearly, and listening to others (the interview and the project);",
    "how you keep up to date, and your Next Tide plan.",
])
para(doc, "At D10 every participant spends the Next Tide session drafting targets for the following year on the "
          "Next Tide planning sheet, to take to their performance management meeting with their head, and the "
          "University's tutor explains how the 60 credits carry into its MA in Inclusive Practice.",
     lead="Next Tide. ")

h2("Key dates")
kd = [
    ("Skills Check returned to the Quay", "Friday 10 July 2009"),
    ("Your Session Plan phone call", "by Friday 17 July 2009"),
    ("Shore Buddy briefing, the Sail Loft, 1.30 to 4.30", "Wednesday 16 September 2009"),
    ("Sign-off 1 handed in", "Friday 5 March 2010"),
    ("Sign-off 2 handed in", "Friday 7 May 2010"),
    ("Sign-off 3 project handed in", "Friday 11 June 2010"),
    ("Check-out interviews", "D10, Tuesday 22 or Saturday 26 June 2010"),
    ("University Board of Examiners", "July 2010"),
    ("Certificates posted to schools", "September 2010"),
]
t = table(doc, len(kd), 2, widths=[10.0, 7.0])
for i, (k, v) in enumerate(kd):
    set_cell(t.cell(i, 0), k, size=9)
    set_cell(t.cell(i, 1), v, size=9, bold=True)

# ------------------------------------------------------------------ included / not included
h1("What's included")
inc = [
    ("Ten Dry Sessions, with lunch and refreshments",
     "Travel, and supply cover for Tuesday sessions"),
    ("The Pre-booking Skills Check and Your Session Plan",
     "Access arrangements for tests and exams: our one-day course Exam Access (Thursday 11 March 2010, \u00a395) is "
     "booked separately and is not part of the Award."),
    ("Kit checks, the marking of three Sign-offs and the Check-out interview",
     "Strategic work with governors on SEN policy, priorities and budgets: this session ran in the 2008 pilot and "
     "is not part of the 2009-10 booking."),
    ("A half-day Shore Buddy briefing for each school's Shore Buddy",
     "Online learning: there is none. Every session is a Dry Session in the Sail Loft."),
    ("University of Kelbourne registration and library membership",
     "Boats, buoyancy aids and wetsuits (not needed)"),
    ("A placement morning", ""),
]
t = table(doc, len(inc) + 1, 2, widths=[8.5, 8.5])
set_cell(t.cell(0, 0), "Included", bold=True, fill=TEAL, color="FFFFFF")
set_cell(t.cell(0, 1), "Not included", bold=True, fill="8B2E2E", color="FFFFFF")
for i, (a, b) in enumerate(inc, 1):
    set_cell(t.cell(i, 0), a)
    set_cell(t.cell(i, 1), b)
fn.add(t.cell(len(inc), 0).paragraphs[0], "Each participant spends one morning in the spring term at Harbour View "
       "Special School, Saltmere, with its SENCO and its outreach teacher, arranged by the Quay. The school takes up "
       "to four participants a week, and the morning is followed up at D7.")

# ------------------------------------------------------------------ before you arrive
h1("Before you arrive")
h2("Who can book a place")
para(doc, "Places are for qualified teachers who are, or will be by January 2010, the SENCO in their school. The "
          "head's signature on the Booking Form confirms this. Every applicant completes the Pre-booking Skills "
          "Check. If it shows that someone is unlikely to reach the outcomes by June, Jo Treloar rings them and "
          "their head, suggests what to do first (usually a term in Saltmere's new-SENCO network, or a term "
          "working alongside an experienced SENCO) and holds a place for them for the following September.")
h2("CRB checks")
para(doc, "Before a place is confirmed, the head signs the Booking Form to confirm that the participant holds a "
          "current enhanced CRB disclosure, giving its number and date of issue. Our Bookings Officer sees the "
          "disclosure certificate itself at D1 and records the check on the booking file. A participant who has "
          "not worked in a school, or in another post with regular contact with children, in the last three months "
          "applies for a new enhanced disclosure through the Quay before D1. The head also confirms that the "
          "participant is not barred from working with children and has no disciplinary matter outstanding.")
h2("The Pre-booking Skills Check and Your Session Plan")
para(doc, "Before we confirm a place, every participant completes the Skills Check. The Skills Sheet lists what the "
          "Award asks of a SENCO, in our words; the participant rates themselves on each line, and their head adds "
          "a comment. Jo Treloar talks it through with them by phone and writes Your Session Plan: which sessions to "
          "put most into, which Shore Work to choose where there are options, and three or four personal targets "
          "drawn from the Skills Sheet. The plan goes to the participant and their Shore Buddy and is reviewed at "
          "D5.")
h2("Credit for earlier study")
para(doc, "We do not give credit for earlier study or experience. No credits are carried in from other courses, "
          "and everyone completes all three Sign-offs.")
inserted_paragraph(doc, "In exceptional cases an experienced SENCO, or a teacher from the Local Authority's SEN "
                   "support services, who already does everything on the Skills Sheet may book Direct to Check-out: "
                   "no Dry Sessions, but all three Sign-offs and the Check-out interview, marked in the same way. "
                   "The fee is \u00a3420. Jo Treloar decides, from the Skills Check and a conversation with the head, "
                   "whether Direct to Check-out is right.", JT, DT2, lead="Direct to Check-out. ")
h2("If you have a disability")
para(doc, "The Sail Loft is on the first floor and has no lift. If you tell us on the Participant Form that stairs "
          "are difficult for you, we move the session to the Boat Shed classroom on the ground floor. Adjustments "
          "to Sign-offs, such as extra time, are a matter for the University's Disability Service, and you should "
          "contact them yourself.")
h2("Tuesday or Saturday")
para(doc, "Every Dry Session runs twice, on a Tuesday and on the following Saturday, and you can switch between "
          "them as you need. There is one start a year, in September, and the sessions are taken in order.")

h1("On the day")
para(doc, "Please arrive from 9.15. Sign in at Reception in the boathouse, where you will be given a visitor "
          "lanyard, and take the outside stairs to the Sail Loft. Coffee is ready from 9.15 and lunch is served at "
          "12.30 in the Quay Caf\u00e9, which is closed to the public on Dry Session days. Tell us about dietary "
          "needs on the Participant Form.")
para(doc, "At spring tides the lower car park floods for an hour either side of high water. The tide times for each "
          "session are pinned up in Reception, and our staff will tell you where to park. The upper car park and "
          "the overflow car park on Quay Lane never flood.")
para(doc, "The fire assembly point is the slipway head. On Tuesdays our schools programme is on the water below the "
          "Sail Loft; please do not go onto the pontoons without a member of staff. Mobile phones on silent in "
          "sessions, please; there is a quiet room on the landing for calls.")
para(doc, "If you are unwell or cannot come, ring Reception on 01632 960417 before 9.00. You can make up a missed "
          "Tuesday on the Saturday of the same week, or the other way round.")

# ------------------------------------------------------------------ staff
h1("Who you'll be with")
staff = [
    ("Jo Treloar", "Lead Instructor (D1, D3, D4, D7, D10)", "SENCO at Penwithiel Community School 1998-2008; MA in "
     "Special Educational Needs (Kelbourne, 2004); OCR Certificate in Specific Learning Difficulties; chair of "
     "Saltmere's SENCO network. UKCC Level 3 kayak coach."),
    ("Dr Hywel Roskilly", "University link tutor (D2, D9)", "Senior Lecturer in Special Educational Needs, University "
     "of Kelbourne; educational psychologist in Kelbourne and Saltmere until 2005."),
    ("Sian Pascoe", "Lead Instructor (D5, D6)", "Specialist teacher for autism, Saltmere outreach team; ten years as a "
     "special school teacher."),
    ("Tamsin Rowe", "Co-leads D6", "Parent Partnership Officer, Saltmere Parent Partnership Service."),
    ("[TBC]", "Lead Instructor (D8)", "[to be confirmed]"),
]
t = table(doc, len(staff) + 1, 3, widths=[3.2, 4.4, 9.4])
for j, h in enumerate(["Name", "Role", "Background"]):
    set_cell(t.cell(0, j), h, bold=True, fill=TEAL, color="FFFFFF", size=9)
for i, r in enumerate(staff, 1):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(j == 0), size=9)
para(doc, "")
para(doc, "Our Lead Instructors keep up with research and with what Ofsted is finding, and bring it to the "
          "sessions. Guest specialists join D2 (speech and language therapy), D3 (educational psychology) and D9 "
          "(CAMHS and Saltmere Young Carers), and each participant has the placement morning listed under What's "
          "included.")
para(doc, "Each school names a Shore Buddy, an experienced colleague who meets the participant after each Dry "
          "Session. Shore Buddies come to a half-day briefing at the Quay in September and receive the Shore Buddy "
          "Handbook, which sets out the role, the Shore Work and how to give feedback on it. Lead Instructors meet "
          "the University link tutor each term and attend the University's marking training before the first "
          "Sign-off.", lead="Shore Buddies. ")
para(doc, "The Sail Loft has a projector, a screen, flipcharts and wireless internet; please bring a laptop if you "
          "have one.", lead="The room. ")

# ------------------------------------------------------------------ evaluation / stakeholders
h1("How we know it went well")
para(doc, "After every Dry Session participants fill in a feedback slip, and at Check-out a longer questionnaire. "
          "Jo Treloar reads them and reports to the Centre Manager each term.", lead="Feedback. ")
para(doc, "Every participant rates their confidence on each line of the Skills Sheet at the Skills Check and again "
          "at Check-out, and we compare the two for the whole group. Sign-off 1 asks for baseline measures of the "
          "pupil's attainment before the intervention and the same measures at the end; we collect these across "
          "the group each year to see what difference the Award has made to pupils.",
     lead="Measuring the difference. ")
para(doc, "We did not run a survey. The Award grew out of a meeting of the six Tidewell heads in October 2008, who "
          "told us what their new SENCOs were missing: time with the head, provision mapping, and confidence with "
          "parents. The Saltmere Local Authority's SEN team read our draft programme in November 2008 and asked for "
          "a session on outside agencies, which became D9; the Tidewell heads asked for Saturday sessions, which is "
          "why each Dry Session runs twice; and the Parent Partnership Service asked to co-lead the families "
          "session, which it now does (D6). Eleven teachers took a twelve-session pilot in the summer term of 2008; "
          "their feedback led us to cut two sessions and to bring the families session forward to February.",
     lead="Why the programme looks like this. ")
p = para(doc, "", lead="What happens next. ")
r = p.add_run("How headteachers, the Local Authority and parents will take part in reviewing the Award is still to "
              "be agreed with the Local Authority.")
doc.add_comment([r], text="Raise with LA at the February meeting. JT", author=JT, initials="JT")

# ------------------------------------------------------------------ invoice
h1("Invoice SQ/INV/09/0417")
inv = [
    ("The SENCo Award, Dry Sessions (per place)", "6", "\u00a31,050.00", "\u00a36,300.00"),
    ("University of Kelbourne registration (per place)", "6", "\u00a3120.00", "\u00a3720.00"),
    ("Shore Buddy briefing", "6", "included", "\u2014"),
    ("Less deposit received 2 February 2009", "", "", "-\u00a31,400.00"),
    ("Balance due by 1 September 2009", "", "", "\u00a35,620.00"),
]
t = table(doc, len(inv) + 1, 4, widths=[9.0, 1.6, 3.0, 3.4])
for j, h in enumerate(["Item", "Qty", "Unit", "Total"]):
    set_cell(t.cell(0, j), h, bold=True, fill=TEAL, color="FFFFFF", size=9)
for i, r in enumerate(inv, 1):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == len(inv)), size=9,
                 align=WD_ALIGN_PARAGRAPH.RIGHT if j else None)
para(doc, "Education and training supplied by the Centre is exempt from VAT. At \u00a31,170 a place with "
          "registration, the Award costs \u00a319.50 a credit, and Saltmere's SEN Development Fund pays half the fee "
          "for Saltmere schools. Cheques to Saltmere Quay Canoe and Kayak Centre, or BACS to the account on your "
          "remittance advice.", size=9)

# ------------------------------------------------------------------ terms
h1("Terms and Conditions of Booking")
terms = [
    "This confirmation and these terms are the contract between the Quay and the booking school.",
    "Cancellations more than 60 days before D1 are refunded in full less the deposit; after that the full fee is "
    "payable unless we can fill the place.",
    "A place may be transferred to another teacher from the same school up to the day before D1.",
    "Our weather policy does not apply to Dry Sessions. If the Quay has to close (the Quay road has flooded twice "
    "in ten years), the session moves to the University's Kelbourne campus on the same day.",
    "Participants must attend at least eight of the ten Dry Sessions, on either day.",
    "Sign-offs are handed in on paper or by email by the dates in this confirmation. Later hand-in needs the Lead "
    "Instructor's agreement beforehand.",
    "Sign-offs are marked by the Lead Instructor against the University's marking criteria for Levels 6 and 7. "
    "We intend to ask the University to moderate a sample of Sign-offs once a moderator has been found.",
    "Check-out is passed, and the Quay recommends the participant to the University for the Certificate, when all "
    "three Sign-offs are passed at 40 per cent or more and the participant has attended at least eight Dry "
    "Sessions.",
    "A Sign-off that is not passed may be handed in again once, within six weeks.",
    "We may take photographs in the Sail Loft for our publicity. Tell us on the Participant Form if you object.",
    "Case studies and provision maps must not name pupils.",
    "Complaints go first to the Centre Manager, then to the University under its complaints procedure.",
    "The Quay holds public liability insurance of \u00a35 million. Personal belongings are left at the owner's risk.",
    "The balance is due by the date on the invoice. We may hold back a place until it is paid.",
]
for i, tx in enumerate(terms, 1):
    p = para(doc, tx, lead=f"{i}.  ", size=9.5)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)
mod_par = doc.paragraphs[-8]
doc.add_comment([mod_par.runs[-1]], text="Kelbourne say a moderator could start in 2010. Confirm before this goes "
                "out? HR", author="Hywel Roskilly", initials="HR")

# ------------------------------------------------------------------ participant form
h1("Participant Information, Medical and Consent Form")
para(doc, "Please complete one form for each participant and return it with the Booking Form.", italic=True)
form = [
    ("Name", ""),
    ("School", ""),
    ("Role in school", ""),
    ("Enhanced CRB disclosure: number and date of issue", ""),
    ("Medical conditions, allergies or disabilities we should know about", ""),
    ("Can you manage stairs?", "Yes / No"),
    ("Dietary needs", ""),
    ("Emergency contact (name and phone)", ""),
    ("Swimming ability (water sessions only; not needed for Dry Sessions): can you swim 50 m?", "Yes / No"),
    ("Photographs: may we use photographs of you in our publicity?", "Yes / No"),
]
t = table(doc, len(form) + 2, 2, widths=[8.5, 8.5])
for i, (k, v) in enumerate(form):
    set_cell(t.cell(i, 0), k, bold=True, fill=PALE, size=9)
    set_cell(t.cell(i, 1), v, size=9, color="808080")
c = t.cell(len(form), 0).merge(t.cell(len(form), 1))
set_cell(c, "I confirm that the information above is correct.   Signed ____________________   Date __________",
         size=9)
c = t.cell(len(form) + 1, 0).merge(t.cell(len(form) + 1, 1))
set_cell(c, "Headteacher: I confirm that the participant named above is a qualified teacher who is, or will be by "
            "January 2010, the SENCO of this school.   Signed ____________________ (Headteacher)   Date __________",
         size=9)

fn.save_part()
out = HERE / f"{NAME}.docx"
doc.save(str(out))
print("wrote", out)
