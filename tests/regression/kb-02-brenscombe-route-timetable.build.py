"""kb-02-brenscombe-route-timetable

Provider (invented): Brenscombe Airport plc, Community and Education Team,
which runs the "Skyline Learning Centre" at the airport, with the University
of Corsham Vale (School of Education) validating. Application to run the
National Award for SEN Coordination from September 2009, dated March 2009.

Document kind and layout: the course written up as the airport's printed
seasonal flight timetable booklet: a shaded cover panel (merged table), a
welcome in a text box (values and hopes), "How to use this timetable" with a
table of symbols, departure tables per "Destination" (the three modules) with
flight numbers (SL101 ...), days of operation typed as digits 1-7, departure
and arrival times, validity dates and a Notes column of symbols; Word
footnotes on some flights; "Boarding Gates" (the marked assessments); a
"Route Map" of the national outcomes whose status letters (B / T / P / HTA)
are defined in a key table above it; "Travel Information A-Z" with run-in bold
entry titles (Accessibility, Baggage allowance, Check-in, Security screening,
Frequent Flyer, Standby, Ground Crew, Cabin Crew, Air Traffic Control,
Onward connections, Route development ...). Heading styles for the booklet's
parts only. One whole deleted paragraph, one inserted phrase, two comments,
header and footer. The Centre's vocabulary: the SENCO Route (the course),
Passengers (participants), Study Days (flights), in-school sectors (house
symbol), SkyLink sectors (the VLE), Boarding Gates 1-3, Practice boarding
(formative, unmarked), Personal Flight Plan, Cabin Crew (tutors), Ground Crew
(school mentors), codeshare partner Harnton Teaching Alliance.

Traps (requirement ids):
- E.2: "60 credits" but "the University will decide at validation whether
  they are at Level 6 or Level 7" (partially_met). E.1 met (University has
  agreed to validate and award).
- Aims speak only of attainment "in English and mathematics" (1.1 partial).
- Colleagues beyond the school: "not part of this timetable" (1.6 partial).
- Route Map has T, P and HTA rows and no row for special arrangements
  (1.9 partial).
- Frequent Flyer: prior study taken into account but "carries no credit"
  (2.1 partial).
- Standby: "There are no standby seats on the SENCO Route"; the codeshare
  partner's assessment-only route is another provider's; the standby
  paragraph for experienced SENCOs is a deleted tracked change (2.3 not_met).
- Accessibility: only terminal assistance and a hearing loop; nothing on
  disclosure or adjustments in teaching or assessment (3.1 partial).
- Route development: general knowledge only (4.1 partial); the timetable
  "was drawn up by the Skyline Centre and the University" and a consultation
  "is planned for spring 2009" (4.2 not_met); the comment suggesting the heads'
  group shaped the January start is not part of the submission.
- Specialist visits: the special school placements "were part of our earlier
  course; they are no longer offered" (past arrangement: 5.5 partial).
- Ground Crew: schools choose mentors, "there is no mentor briefing" (5.7
  partial; Cabin Crew induction is described).
- Pupils' progress only "if you wish" (5.9 partial).
- Route Map: T (flown, not boarded) for 6.A2, 6.K7, 6.S1 (partially_met); P
  (Practice boarding, feedback only) for 6.A6 (partially_met); 6.S9 boarded at
  Gate 3 but flown on no sector (partially_met); 6.K3 only on the codeshare
  partner's sector (HTA: not_met); 6.S2d absent (not_met).
- 6.0 met: the award rule names every national outcome, though the map shows
  gaps (those are counted on the outcomes).
- Inserted phrase adds the external examiner to Air Traffic Control (5.8 met
  in any case). Footnotes carry only timing and operator notes.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kb_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "kb-02-brenscombe-route-timetable"
TEAL = "005A70"
PALE = "DDEFF3"

d = new_doc("Calibri", 10)
header_footer(d, "BRENSCOMBE AIRPORT  |  SENCO Route Timetable 2009-10", "Valid 01SEP09 - 31JUL10",
              "All times local. Timetable subject to change. Brenscombe Airport plc, Skyline Learning Centre, BR4 9XA.")

# ---- cover panel ------------------------------------------------------------
t = d.add_table(rows=3, cols=3)
t.style = "Table Grid"
merge_row(t, 0, 0, 2, "BRENSCOMBE AIRPORT  ·  SKYLINE LEARNING CENTRE", fill=TEAL, color="FFFFFF", size=16)
merge_row(t, 1, 0, 2, "THE SENCO ROUTE\nTimetable and Travel Information 2009-10\n"
                      "National Award for SEN Coordination, with the University of Corsham Vale",
          fill=PALE, size=12)
cell_text(t.cell(2, 0), "Departures September 2009 and January 2010", size=9, bold=True)
cell_text(t.cell(2, 1), "Sent to the TDA as our application for approval, March 2009", size=9)
cell_text(t.cell(2, 2), "Enquiries: Skyline Learning Centre, 01632 960 441", size=9)
para(d, "")

text_box(d, [
    ("A welcome from our Managing Director", True),
    ("Brenscombe Airport has worked with the schools around it for twenty years. We believe every child deserves "
     "the chance to fly. Our ambition is that one day every pupil with special educational needs in the "
     "Brenscombe area will be taught by staff led by a trained SENCO, and we hope the SENCO Route will become "
     "the region's first choice.  - Graham Pell, Managing Director", False),
], height_cm=3.6, fill="E2EFD9", border="548235")

d.add_heading("About the SENCO Route", level=1)
para(d, "The SENCO Route is the Skyline Learning Centre's course for the National Award for SEN Coordination. "
        "The University of Corsham Vale has agreed to validate the Route as a Postgraduate Certificate and will "
        "award it; passengers register as students of the University, and the validation event is booked for 14 "
        "May 2009. The Route carries 60 credits; the University will decide at validation whether they are at "
        "Level 6 or Level 7.")
para(d, "The aim of the Route is to raise the attainment and progress in English and mathematics of pupils with "
        "SEN and/or disabilities in the schools our passengers lead, by giving SENCOs the knowledge, "
        "understanding and skills of the role. Every Destination ends at a Boarding Gate, and every Gate asks "
        "passengers to show how pupils' attainment has changed.")
para(d, "The Route flies to three Destinations (the three modules), each of 20 credits. Study Days are held at "
        "the Skyline Learning Centre on the ground floor of the terminal building; in-school sectors are carried "
        "out in the passenger's own school; SkyLink sectors are done online.")

d.add_heading("How to use this timetable", level=1)
para(d, "Days of operation are shown by number: 1 = Monday, 2 = Tuesday, and so on to 5 = Friday. A Study Day "
        "that runs on a Wednesday shows 3. Each flight shows its departure and arrival time and the dates between "
        "which it operates. The symbols in the Notes column mean:")
table(d, [["Symbol", "Meaning"],
          ["S", "Study Day at the Skyline Learning Centre (face to face)"],
          ["R", "Return flight: the same Study Day repeated as a twilight (1630-1930) the following week"],
          ["⌂", "In-school sector: a task the passenger carries out in his or her own school"],
          ["◊", "SkyLink sector: online work on the Centre's SkyLink site, with a tutor"],
          ["✈HTA", "Codeshare: operated by Harnton Teaching Alliance for its own participants (see Route Map)"],
          ["G", "The flight ends at a Boarding Gate (marked assessment)"]],
      widths=[2.0, 15.0], header_fill=TEAL)

# ---- timetable tables -------------------------------------------------------
def destination(title, code, rows, intro):
    d.add_heading(f"Departures to {title} ({code})", level=2)
    para(d, intro)
    data = [["Flight", "Sector", "Days", "Dep", "Arr", "Valid", "Notes"]] + rows
    return table(d, data, widths=[1.4, 7.4, 1.0, 1.2, 1.2, 3.0, 1.8], header_fill=TEAL, size=8)


t1 = destination("FOUNDATIONS", "FND", [
    ["SL101", "Welcome aboard: the SENCO's role, the SEN Code of Practice and SEN law in practice", "3", "0915",
     "1545", "23SEP09-23SEP09", "S R"],
    ["SL102", "Every Child Matters and the SENCO's part in the five outcomes", "3", "0915", "1545",
     "21OCT09-21OCT09", "S R"],
    ["SL103", "Common types of SEN: BESD, dyslexia and SpLD, SLCN, autism, MLD", "3", "0915", "1545",
     "18NOV09-18NOV09", "S R"],
    ["SL104", "How children develop, and what SEN and the environment do to development", "-", "-", "-",
     "OCT09-NOV09", "◊"],
    ["SL105", "Disability equality law and the disability equality duty", "4", "0930", "1530",
     "05NOV09-05NOV09", "✈HTA"],
    ["SL106", "Knowing your pupils: a pupil profile using other professionals' reports", "-", "-", "-",
     "SEP09-DEC09", "⌂ G"],
], "Destination FND gives passengers the legal and professional ground of the role and the knowledge of the "
   "main types of SEN. Gate 1 (see Boarding Gates) closes in December.")
footnote(t1.cell(3, 1).paragraphs[0], "SL103 is led with the Brenscombe Borough Council Educational Psychology "
                                      "Service and a speech and language therapist from Brenscombe PCT.")
footnote(t1.cell(5, 1).paragraphs[0], "Codeshare flight; operated by Harnton Teaching Alliance at its Harnton "
                                      "base.")

t2 = destination("TEACHING AND LEARNING", "TLN", [
    ["SL201", "Identifying pupils, setting targets, planning interventions, reviewing progress", "3", "0915",
     "1545", "13JAN10-13JAN10", "S R"],
    ["SL202", "Tracking progress with summative data, national tests and P scales", "3", "0915", "1545",
     "10FEB10-10FEB10", "S R"],
    ["SL203", "Approaches, strategies and resources, including ICT: a critical review of what the research says",
     "-", "-", "-", "JAN10-FEB10", "◊"],
    ["SL204", "Formative assessment: helping colleagues use it with pupils with SEN", "3", "0915", "1545",
     "10MAR10-10MAR10", "S R"],
    ["SL205", "Provision mapping: finding missing and ineffective provision; deploying teaching assistants",
     "-", "-", "-", "JAN10-MAR10", "⌂ G"],
    ["SL206", "Coaching a colleague: observation, feedback and modelling", "-", "-", "-", "FEB10-MAR10", "⌂"],
], "Destination TLN is about what happens in classrooms. Passengers bring their provision map to Gate 2 in "
   "March.")

t3 = destination("LEADERSHIP", "LDR", [
    ["SL301", "Listening to pupils: consulting children and young people and involving them in their plans", "3",
     "0915", "1545", "21APR10-21APR10", "S R"],
    ["SL302", "Pupil voice in your school: interview three pupils about their provision and agree changes",
     "-", "-", "-", "APR10-MAY10", "⌂"],
    ["SL303", "Working with parents and carers: the annual review meeting and beyond", "3", "0915", "1545",
     "19MAY10-19MAY10", "S R"],
    ["SL304", "The SENCO and senior leaders: strategic planning and governors", "-", "-", "-", "MAY10-JUN10",
     "◊"],
    ["SL305", "Reviewing provision with colleagues; leading a change and measuring its effect", "3", "0915",
     "1545", "16JUN10-16JUN10", "S R"],
    ["SL306", "Leadership project in school", "-", "-", "-", "APR10-JUL10", "⌂ G"],
], "Destination LDR takes passengers from their own classroom to the school as a whole. Gate 3 closes in July.")
footnote(t3.cell(1, 1).paragraphs[0], "Return flights on the LDR Destination run on Thursdays, 1630-1930.")

# ---- Boarding gates ---------------------------------------------------------
d.add_heading("Boarding Gates", level=1)
para(d, "A Boarding Gate is a marked assessment. Each Gate is marked by the passenger's Cabin Crew tutor against "
        "the University's criteria and the national outcomes listed on the Route Map.")
para(d, "Gate 1 (December): the pupil profile from SL106, 3,500 words, showing how the passenger used the reports "
        "of an educational psychologist, a therapist or an advisory teacher to plan teaching for one pupil, and "
        "how the pupil's parents or carers were involved; and a 1,500-word commentary on the school's SEN policy "
        "against the Code of Practice and Every Child Matters.")
para(d, "Gate 2 (March): the provision map from SL205 with a 3,000-word commentary on what it shows about missing "
        "and ineffective provision, how teaching assistants are deployed, and how the passenger tracks progress "
        "with summative data; and a 20-minute presentation to two Cabin Crew on a coaching cycle with a colleague "
        "(SL206).")
para(d, "Gate 3 (July): the leadership project from SL306, 5,000 words. The passenger leads a change in the "
        "school's provision, works with an outside service or voluntary organisation on it, reviews its "
        "effectiveness with colleagues, and evaluates the difference it made for pupils. The report includes a "
        "section on the passenger's own professional development over the year.")
para(d, "Practice boarding. Before Gates 2 and 3 each passenger submits a short piece of practice writing on "
        "SkyLink. The Cabin Crew tutor gives written feedback on it within ten days. Practice boarding is not "
        "marked and does not count towards the Award.")
para(d, "Award. You receive the Award only when every national outcome on the Route Map has been boarded at a "
        "Gate. The Award Board of the University confirms the marks and the outcomes each July.")

# ---- Route map --------------------------------------------------------------
d.add_heading("Route Map: the national outcomes", level=1)
para(d, "The Route Map shows where each national outcome is flown and where it is boarded. Read the Status "
        "column with this key:")
table(d, [["Status", "What it means"],
          ["B", "Boarded: flown on the sectors shown and marked at the Gate shown"],
          ["T", "Transit: flown on the sectors shown, but no Gate marks it"],
          ["P", "Practice boarding only: written feedback, no mark"],
          ["HTA", "Flown only on the codeshare partner's sector; Harnton Teaching Alliance operates it for its "
                  "own participants, and SENCO Route passengers do not fly it"]],
      widths=[2.0, 15.0], header_fill="7F7F7F")
para(d, "")
rmap = [
    ["Ref", "National outcome (our wording)", "Flown on", "Gate", "Status"],
    ["", "ATTRIBUTES", "", "", ""],
    ["A1", "Good, fair relationships with pupils with SEN and their families", "SL106, SL303", "1, 3", "B"],
    ["A2", "Winning the commitment of colleagues, the head and senior leaders", "SL304", "-", "T"],
    ["A3", "Prioritising, time management, delegating", "SL205, SL306", "3", "B"],
    ["A4", "Solving problems; sound decisions on provision", "SL205", "2", "B"],
    ["A5", "Clear speaking and writing; listening", "SL206", "2", "B"],
    ["A6", "Using research and outside advice to improve practice", "SL203", "Practice boarding", "P"],
    ["A7", "Keeping up to date; own CPD", "SL306", "3", "B"],
    ["", "KNOWLEDGE", "", "", ""],
    ["K1", "SEN law and the Code of Practice in practice", "SL101", "1", "B"],
    ["K2", "Every Child Matters and the SENCO", "SL102", "1", "B"],
    ["K3", "Disability equality law", "SL105", "-", "HTA"],
    ["K4", "Child development and what affects it", "SL104", "1", "B"],
    ["K5", "Common types of SEN and their effect on learning", "SL103", "1", "B"],
    ["K6", "Approaches, strategies, resources, ICT", "SL203", "2", "B"],
    ["K7", "School self-evaluation and improvement for SEN", "SL305", "-", "T"],
    ["K8", "Best practice and research on SEN", "SL203, SL205", "2", "B"],
    ["K9", "External agencies and specialist support", "SL103, SL106", "1", "B"],
    ["", "SKILLS", "", "", ""],
    ["S1", "Strategic influence with senior leaders and governors", "SL304", "-", "T"],
    ["S2", "Identify, set targets, plan interventions, review", "SL201", "2", "B"],
    ["S2a", "Using other professionals' assessments", "SL106", "1", "B"],
    ["S2b", "Summative assessment and national tests to track progress", "SL202", "2", "B"],
    ["S2c", "Encouraging formative assessment", "SL204, SL206", "2", "B"],
    ["S3", "Provision mapping", "SL205", "2", "B"],
    ["S4", "Deploying and managing staff", "SL205", "2", "B"],
    ["S5", "Colleagues' development: observing, coaching, training", "SL206", "2", "B"],
    ["S6", "Reviewing provision with staff", "SL305, SL306", "3", "B"],
    ["S7", "Pupils involved in planning and reviewing provision", "SL301, SL302", "3", "B"],
    ["S8", "Liaising with parents and carers", "SL303, SL106", "1, 3", "B"],
    ["S9", "Partnership with other services and voluntary organisations", "-", "3", "B"],
]
t = table(d, rmap, widths=[1.0, 9.0, 2.6, 2.8, 1.4], header_fill=TEAL, size=8)
for i, row in enumerate(rmap):
    if i and row[0] == "":
        merge_row(t, i, 0, 4, row[1], fill=PALE, size=8)

# ---- Travel information -----------------------------------------------------
d.add_heading("Travel Information A-Z", level=1)


def entry(label, text):
    p = para(d)
    run(p, label + ". ", bold=True)
    run(p, text)
    return p


entry("Accessibility and special assistance", "Special assistance is available at the terminal for anyone "
      "with reduced mobility; please book it 48 hours before a Study Day. All Study Days are held on the ground "
      "floor of the Skyline Learning Centre, which has a hearing loop and accessible toilets.")
entry("Arriving for a Study Day", "Study Days start at 0915 with coffee in the Skyline Learning Centre; the "
      "Centre is signed from the short-stay car park, and passengers may park free in Car Park C on Study Days. "
      "Please bring your Personal Flight Plan, your in-school sector notes and a laptop if you have one. Lunch is "
      "provided. On the first Study Day, SL101, you meet your Cabin Crew tutor and your crew group, have a short "
      "tour of the terminal's education areas, and are shown how to log on to SkyLink.")
entry("Connecting passengers", "Passengers from neighbouring authorities are welcome on the same terms. The "
      "Centre sends each connecting passenger's authority a list of Study Day dates in July so that supply cover "
      "can be booked early, and Study Days end by 1545 so that passengers can be home before the evening peak.")
entry("Baggage allowance", "Each Destination is 200 hours of learning: about 18 hours of Study Days, 30 hours of "
      "in-school sectors, 20 hours on SkyLink and the rest in reading and writing for the Gate.")
entry("Check-in", "To join the Route you need Qualified Teacher Status, a SENCO post (or your headteacher's "
      "letter naming you as the next SENCO) and your headteacher's agreement to release you for Study Days. "
      "Everyone who applies has a check-in interview with the Route Leader, who looks at your experience of SEN "
      "against what the Route needs. If you are not ready yet, the Route Leader tells you in writing what to do "
      "first and speaks to your headteacher about it; you can apply again for the next departure. At check-in "
      "you also complete the Route self-audit against every national outcome. From it you and your Cabin Crew "
      "tutor write your Personal Flight Plan: the outcomes you most need to work on, the SkyLink sectors and "
      "readings you will take, and the focus of your in-school sectors. The Plan is reviewed at each Gate.")
entry("Security screening", "Before your first Study Day the Centre checks your enhanced CRB disclosure: we see "
      "the original, record its number and date on your file, and check it is no more than three years old. "
      "We also check with your school that you are not barred from working with children. You cannot board "
      "SL101 without this.")
entry("Fares", "The fare is GBP 1,180 for the whole Route. The airport's Community Fund pays a third for schools "
      "within the airport's noise contours. Study Days are shared with passengers from neighbouring authorities "
      "to keep groups full and costs down, and your Personal Flight Plan lets you skip SkyLink readings you do "
      "not need. Each Destination builds on the one before, from knowing your pupils to leading change.")
entry("Frequent Flyer", "Previous SEN study is taken into account at check-in and in your Personal Flight Plan, "
      "and may mean you skip a SkyLink sector, but it carries no credit: the University does not accept APL or "
      "APEL for this Award.")
entry("Standby", "There are no standby seats on the SENCO Route: every passenger flies every Destination and "
      "passes every Gate. Harnton Teaching Alliance, our codeshare partner, runs an assessment-only route for "
      "its own candidates.")
deleted_para(d, "Experienced SENCOs and teachers from the SEN support services may fly standby: they go straight "
                "to the three Gates without the Study Days, after an interview with the Route Leader.",
             author="K. Marsh", size=10)
entry("Delays and cancellations", "If you miss a Study Day, you take the Return flight or the recording and "
      "readings on SkyLink. A Gate that is not passed may be resubmitted once within six weeks.")
entry("SkyLink", "SkyLink is the Centre's online learning site. Each SkyLink sector is set and followed by a "
      "named Cabin Crew tutor, who replies to questions on the sector forum within two working days. Passengers "
      "work in crew groups of five on SkyLink between Study Days, commenting on one another's in-school tasks. "
      "A weekly SkyLink bulletin goes to every passenger between Study Days, and the Centre emails each "
      "passenger's headteacher and Ground Crew mentor a termly summary of the passenger's progress through "
      "SkyLink. Cabin Crew meet online each month to plan the sectors.")
entry("Departure times and routes", "There are two departures a year, in September and January. January "
      "passengers fly the Destinations in the order TLN, LDR, FND. Every Study Day can be taken as the daytime "
      "flight or the Return twilight flight, and three sectors of each Destination are SkyLink sectors, so the "
      "Route can be flown part time alongside a full teaching load. A passenger may pause between Destinations "
      "and rejoin the next departure.")
entry("In-flight resources", "The Centre's Access Lab has text-to-speech and screen-reading software, switch "
      "access, symbol software and a loan set of communication aids, and passengers may borrow them for "
      "in-school sectors. Every passenger has a University library card and access to electronic journals; "
      "twenty laptops are available on Study Days.")
entry("Specialist visits", "Study Days are led with the Borough's Educational Psychology Service, Brenscombe PCT "
      "speech and language therapists and the Parent Partnership Service. Visits to Fernhill Special School were "
      "part of our earlier course; they are no longer offered.")

d.add_heading("Cabin Crew and Ground Crew", level=2)
table(d, [["Cabin Crew", "Qualifications and experience"],
          ["Karen Marsh, Route Leader", "MEd (Special Educational Needs); SENCO in two Brenscombe secondary "
                                        "schools for eleven years; Borough SEN adviser 2004-08"],
          ["Dr Imran Qureshi", "PhD on provision mapping in primary schools; senior lecturer, University of "
                               "Corsham Vale; former primary SENCO"],
          ["Lesley Darby", "Advanced Diploma in Specific Learning Difficulties; specialist teacher, Borough "
                           "Learning Support Service"],
          ["Owen Pritchard", "MA Autism; head of the Borough's autism outreach team"]],
      widths=[5.0, 12.0], header_fill=TEAL)
para(d, "")
entry("Cabin Crew", "All Cabin Crew keep up to date through the University's research seminars and the Borough's "
      "SEN network. Each has a half-day induction with the Route Leader on the Route, "
      "the marking criteria and the University's regulations before the first departure, and a Cabin Crew handbook.")
entry("Ground Crew", "Your school chooses your Ground Crew mentor, an experienced colleague who supports your "
      "in-school sectors. We send the mentor a copy of this timetable; there is no mentor briefing.")
p = entry("Air Traffic Control", "Every Gate is double-marked by two Cabin Crew. A sample of each Gate from every "
          "departure is moderated by the University's School of Education")
ins_run(p, " and seen by the external examiner", author="K. Marsh")
run(p, ". Cabin Crew meet before each Gate to mark three shared scripts together and agree the standard.")
entry("Customer feedback", "Passengers complete a feedback card at every Study Day and an online survey at each "
      "Gate. Cabin Crew review the cards after every Study Day and the surveys at the end of each Destination, "
      "and the University's annual monitoring report, with the external examiner's report, sets the changes for "
      "the next departure. The SENCO Route Steering Group (two headteachers, the Borough's Principal Officer "
      "for SEN, a parent from Brenscombe Parent Partnership and a former passenger) meets each term, reads the "
      "feedback and evaluates the Route with us, and its members lead parts of Study Days. Passengers rate "
      "their confidence against each outcome at check-in and again at Gate 3. In the Gate 3 report you may, "
      "if you wish, include your pupils' progress data.")
entry("Onward connections", "The last hour of SL305 is your onward connections tutorial. With your Cabin Crew "
      "tutor you use the Centre's Next Sector planner to set two or three professional targets for the year "
      "after the Route, which you take to your performance management meeting with your line manager; we also "
      "talk through the University's MA modules and the Borough's SENCO network.")
p = entry("Route development", "We know from our work with local schools over many years that SENCOs want "
          "practical sessions and less time out of school. The timetable was drawn up by the Skyline Centre and "
          "the University. A consultation with schools and the council is planned for spring 2009, and we will "
          "take its findings into account for the 2010 timetable.")
d.add_comment(p.runs[1], text="Can we say the heads' group asked for the January departure? Check with GP. - KM",
              author="K. Marsh", initials="KM")
entry("The Route in your school", "Every in-school sector is a real piece of the SENCO's work in the passenger's "
      "own school, chosen to match the outcomes on the Route Map, and the leadership project at Gate 3 asks the "
      "passenger to change practice and show the effect. Working with SENCOs in other schools and with "
      "colleagues beyond your own school is not part of this timetable; inside the school, passengers coach a "
      "colleague, lead staff training on provision mapping and work with teaching assistants.")
p = entry("What the Route is built on", "Study Days draw on the Bercow Review of services for children with "
          "speech, language and communication needs (2008), Ofsted's Inclusion: does it matter where pupils are "
          "taught? (2006), the Lamb Inquiry's terms of reference, the Inclusion Development Programme materials "
          "on dyslexia and SLCN, and recent research on provision mapping and on the deployment of teaching "
          "assistants. Cabin Crew update the readings each year.")
c = d.add_comment(p.runs[0], text="Lamb Inquiry only just announced - keep?", author="I. Qureshi", initials="IQ")
entry("Lost property and missed deadlines", "Work that is lost or late because of illness or a crisis in "
      "school is dealt with under the University's extenuating circumstances rules; tell your Cabin Crew tutor "
      "as soon as you can and before the Gate closes if possible. An extension of up to two weeks can be agreed "
      "by the Route Leader; longer extensions go to the University.")
entry("Contact us", "Skyline Learning Centre, Brenscombe Airport, BR4 9XA. The Centre office is staffed from "
      "0830 to 1700, Monday to Friday, and the Route Leader keeps an open hour on SkyLink every Tuesday from "
      "1600. Out of hours, leave a message and we will call you back the next working day.")
entry("Complaints", "If something has gone wrong, speak to your Cabin Crew tutor or the Route Leader first. If "
      "that does not settle it, write to the Head of Community and Education at the airport; you may also use "
      "the University's student complaints procedure at any stage.")
para(d, "")
para(d, "Brenscombe Airport plc. Timetable correct at time of going to print.", italic=True, size=8)

save(d, HERE / f"{NAME}.docx")
print("wrote", NAME)
