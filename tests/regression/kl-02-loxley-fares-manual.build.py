"""kl-02-loxley-fares-manual

Provider (invented): "Next Stop", the Community and Schools Partnership of Loxley Valley
Tramways and Buses (a bus and tram operator), with the University of Mardale (School of
Education and Childhood) and Loxley Borough Council. Course: the Next Stop SENCO Pass,
the National Award for SEN Coordination, February 2009.

Document kind and layout: the course written up as Section S of the operator's staff
FARES AND TICKETING MANUAL (Issue 3), the way its revenue staff receive a new ticket
product: Heading 1/2 styles carrying the manual's own paragraph codes (S1 ... S14);
"Product cards" as two-column Field / Detail tables with ticket machine (TM) codes for
each way onto the course (Annual Scholar Pass, Carnet of Ten, Transfer Ticket, Express
Pass); shaded "REMEMBER" boxes (one-cell shaded tables); a fare table with merged
cells; a "Journeys" table of study days; "Validations" V1-V3 (the marked pieces);
LoxCard Online (the e-learning); Concessions (disability); Revenue Protection
(moderation); "Acceptance of other operators' tickets" (another partnership's
arrangements); a "ZONE MAP" of the 29 outcomes in the operator's own words with merged,
shaded zone rows and a key given only in a shaded box above it ("Ride only",
"Validator only", "Out of zone"); tracked changes (an inserted CRB paragraph, a
deleted sentence, a price change); two comments; a "[names to be confirmed]"
placeholder; header and footer.

Traps (requirement ids):
- CRB verification exists only in a tracked INSERTION (part of the submission)
  -> 5.3 met.
- The sentence on a "Next Stop plan" for CPD is a tracked DELETION; what remains says
  further targets are "the school's business" and "not part of the Pass" -> 2.5 not_met.
- Express Pass (assessment only) exists, but only "on application" with how it is
  assessed "decided case by case by the Partnership Board"; a comment saying the Board
  has not agreed is not part of the submission -> 2.3 partially_met.
- "Joining Questionnaire" asks about experience only, not against the outcomes, and no
  individual plan -> 2.2 partially_met.
- Entry only QTS and a school post; "There is no joining interview" -> 5.2 partially_met.
- Online units: peer forum and materials, but Route Tutors "do not answer questions on
  LoxCard Online" -> 3.3 partially_met (e-learning is used, so 3.3 applies).
- Route Tutors described generally; names "[names to be confirmed]" -> 5.4 partially_met.
- Placements and a self-evaluation Journey belong to Westmarch Trams' "SENCO Rover"
  (another partnership) and "are not valid on the Next Stop Pass" -> 5.5 partially_met,
  6.K7 not_met, 6.S2d not_met ("Out of zone").
- Parents: only telling parents about provision (one way) and "Ride only" on the map
  -> 1.7 partially_met, 6.S8 partially_met.
- Award for passing the three Validations while the map shows "Ride only", "Validator
  only" and "Out of zone" Stages -> 6.0 partially_met, 1.9 partially_met.
- Zone Map: "Ride only" (taught, not assessed) 6.A7, 6.S2c, 6.S6, 6.S8 partially_met;
  "Validator only" (assessed, not taught) 6.K4 partially_met; time management (6.A3)
  has no row at all -> not_met.
- "Validation" means a marked piece here; the University's validation of the course
  is a different thing (E.1 met from the accreditation paragraph).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _kl_helpers import (cell, shade, table, para, runs, tracked, tracked_para, header_footer, word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "Loxley Valley Tramways and Buses \u2013 Fares and Ticketing Manual \u2013 Section S",
              "Issue 3, February 2009. Uncontrolled when printed. Revenue staff: check the intranet for the "
              "current issue.")


def h(text, level=1):
    doc.add_heading(text, level=level)


def remember(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell(t.cell(0, 0), text, size=9.5, fill="FCE4D6")
    para(doc)


def product(rows):
    t = table(doc, [["Field", "Detail"]] + rows, header_fill="DDEBF7")
    para(doc)
    return t


para(doc, "LOXLEY VALLEY TRAMWAYS AND BUSES", bold=True, size=15)
para(doc, "FARES AND TICKETING MANUAL", bold=True, size=13)
para(doc, "Section S: Next Stop SENCO Pass (National Award for SEN Coordination)", bold=True, size=12)
table(doc, [
    ["Issue", "3 (replaces Issue 2 of September 2008)"],
    ["Product owner", "Next Stop Community and Schools Partnership"],
    ["Partners", "University of Mardale, School of Education and Childhood; Loxley Borough Council "
                 "Inclusion and Learning Support"],
    ["Applies to", "Partnership staff, Route Tutors, Stop Hosts, the Next Stop booking desk"],
    ["Sent to", "TDA approval panel, February 2009, as the application"],
], bold_first_row=False)
para(doc)

h("S1  About this product")
para(doc, "This section of the manual describes the Next Stop SENCO Pass in the same way as every other "
          "product we sell: who can buy it, what it covers, where it is valid, how it is checked, and what "
          "happens when things go wrong. Next Stop is the community and schools partnership of Loxley Valley "
          "Tramways and Buses. Since 2003 it has run travel training for pupils with special educational "
          "needs, the Safe Rider scheme in every Loxley secondary school and, from 2007, a pilot certificate "
          "for new SENCOs. The SENCO Pass replaces that pilot.")
para(doc, "Revenue staff will recognise the layout. Each way onto the course is a product with its own "
          "ticket machine code and product card; the study days are Journeys; the marked work is checked at "
          "Validations; the outcomes are Stages on a Zone Map; and the rules for second marking and examining "
          "are in Revenue Protection. The booking desk at Loxley Tram Depot handles enquiries and bookings "
          "exactly as it does for the Safe Rider scheme, and the Partnership Manager, Mrs Dawn Kershaw, owns "
          "this section of the manual and issues every change to it.")
para(doc, "The words used in this section:")
table(doc, [
    ["Word", "Meaning in Section S"],
    ["Passholder", "A teacher taking the Award"],
    ["Journey", "A study day (there are ten, J1 to J10)"],
    ["Validation", "A marked assessment (V1, V2, V3). Only a Validation counts towards the Award."],
    ["Practice Ride", "A task done in school between Journeys and discussed at the next Journey; never marked"],
    ["Route Tutor", "A tutor who teaches Journeys and marks Validations"],
    ["Stop Host", "A mentor in the passholder's own school"],
    ["Revenue Protection", "Second marking, moderation and external examining"],
    ["Stage", "One of the outcomes on the Zone Map (S9)"],
])
para(doc)
para(doc, "The aim of the Pass is to raise the achievement and well-being of children and young people with "
          "SEN and disabilities in Loxley schools by improving what their SENCOs know and can do. Achievement "
          "here means all five Every Child Matters outcomes, not just test results: being healthy, staying "
          "safe, enjoying and achieving, making a positive contribution and achieving economic well-being. "
          "Every Journey closes with the question \u201cWhich pupils will be better off, and how?\u201d, and "
          "every Validation is marked partly on what changed for the pupils the passholder worked with.")

h("S2  Accreditation and credits")
para(doc, "The Pass is the University of Mardale Postgraduate Certificate in Special Educational Needs "
          "Coordination: 60 credits at Master's level (Level 7), in two 30-credit modules, EDU7201 The SENCO "
          "and the Learner (J1-J5, V1) and EDU7202 The SENCO and the School (J6-J10, V2 and V3). The "
          "University approved the programme at its validation event on 21 November 2008. Passholders are "
          "registered students of the University, which awards the certificate.")

h("S3  Ways onto the Pass (products)")
h("S3.1  Annual Scholar Pass (TM code SEN-A)", 2)
product([
    ["Who can buy", "Teachers with QTS working in a school in Loxley or a neighbouring authority who are "
                    "SENCOs, or will become SENCOs within a year. The headteacher signs the booking form."],
    ["Covers", "All ten Journeys, three Validations, LoxCard Online, the Stop Host, University registration."],
    ["Validity", "One school year, September to July."],
    ["Checks at booking", "QTS number and the headteacher's signature. There is no joining interview."],
])
h("S3.2  Carnet of Ten (TM code SEN-C)", 2)
product([
    ["Who can buy", "As SEN-A, for passholders who cannot attend on the Annual Scholar dates."],
    ["Covers", "Ten Journeys taken in any order over up to two years, with either the Tuesday group or the "
               "Saturday group (J2-J9 run on both); J4 and J8 can be taken as online units on LoxCard Online "
               "instead of in the room. Validations are handed in when the relevant Journeys are done."],
    ["Validity", "Two school years from the first Journey."],
])
h("S3.3  Transfer Ticket (TM code SEN-T)", 2)
product([
    ["Who can buy", "Passholders who already hold M-level credit in SEN, or who have substantial experience "
                    "of SEN work that matches the Stages on the Zone Map."],
    ["Covers", "Up to 30 credits: prior certificated learning is credited under the University's APL "
               "regulations; experience is credited by an Experience Claim, a portfolio mapped to the Stages "
               "and assessed by two Route Tutors, with a professional discussion."],
    ["Result", "The passholder is exempt from the module credited and takes the rest of the Pass."],
])
h("S3.4  Express Pass (TM code SEN-X)", 2)
p = para(doc, "For exceptional applicants, for example an experienced teacher from a support service, who "
              "already seem to meet every Stage, the Express Pass allows assessment without any Journeys. It "
              "is issued on application only, and how the Express Pass holder is assessed is decided case by "
              "case by the Partnership Board.")
doc.add_comment(p.runs[0], text="The Board has not yet agreed how Express Pass holders would be assessed. "
                "Leave as is for the panel? \u2013 DK", author="D. Kershaw", initials="DK")
remember("REMEMBER: Do not issue SEN-X from the booking desk. Refer every Express Pass enquiry to the "
         "Partnership Manager.")

h("S4  Joining")
para(doc, "Every passholder fills in the Joining Questionnaire before J1. It asks about their teaching "
          "experience, their present role and the kinds of SEN in their school, and the Route Tutors use it "
          "to form the tutor groups.")
p = para(doc, "")
tracked(p, "Every passholder must give the date and number of their enhanced CRB disclosure on the booking "
           "form; the booking desk checks these with the employing school, which confirms in writing that the "
           "disclosure is current and that List 99 has been checked. For passholders who have changed school "
           "in the last two years, the booking desk also asks the previous employer for a reference. No "
           "place is confirmed until these checks are complete.", "ins", author="D. Kershaw", rid=21)

h("S5  Fares")
t = table(doc, [
    ["Product", "TM code", "Fare", ""],
    ["Annual Scholar Pass", "SEN-A", "", ""],
    ["Carnet of Ten", "SEN-C", "", ""],
    ["Transfer Ticket", "SEN-T", "Annual fare less \u00a3450 per 30 credits", ""],
    ["Express Pass", "SEN-X", "\u00a3420", ""],
])
t.cell(0, 2).merge(t.cell(0, 3))
cell(t.cell(0, 2), "Fare", bold=True, size=9, fill="DDEBF7")
for r in (1, 2):
    m = t.cell(r, 2).merge(t.cell(r, 3))
    m.text = ""
    pp = m.paragraphs[0]
    tracked(pp, "\u00a31,280", "del", author="D. Kershaw", rid=22 + r)
    tracked(pp, "\u00a31,180", "ins", author="D. Kershaw", rid=24 + r)
for r in (3, 4):
    t.cell(r, 2).merge(t.cell(r, 3))
para(doc)
para(doc, "Loxley Borough Council pays \u00a3500 of the fare for teachers in its schools, and the TDA funding "
          "is used to keep the fare well below the University's standard postgraduate fee. Because the "
          "Carnet lets passholders take only the Journeys they need, and the Transfer Ticket credits what "
          "they already have, nobody pays for teaching they do not need. The Pass leads on to the "
          "University's MA in Inclusive Education, and its 60 credits count in full towards it.")

h("S6  Journeys")
table(doc, [
    ["Journey", "Title", "What it covers"],
    ["J1", "Boarding", "The SENCO role; Every Child Matters and the SENCO's part in the five outcomes; "
                       "speaking and writing clearly as a leader; listening to other views."],
    ["J2", "The rule book", "The SEN Code of Practice (2001) and statutory assessment; the Disability "
                            "Discrimination Act 1995 and 2005, the disability equality duty and access "
                            "plans; current government policy, including Removing Barriers to Achievement "
                            "and the Bercow Review (2008)."],
    ["J3", "Who is on board", "The common kinds of SEN: BESD, SpLD including dyslexia, SLCN, ASD and MLD, and "
                              "their effect on learning; identifying pupils, setting targets, planning and "
                              "reviewing interventions."],
    ["J4", "Reading the data", "Summative assessment and national tests used to track progress and adjust "
                               "programmes; provision mapping and finding provision that is missing or not "
                               "working. (Also online.)"],
    ["J5", "What works", "Approaches, strategies and resources for teaching and learning, including ICT, "
                         "judged critically; research and best practice, including the Ofsted reports "
                         "Special educational needs and disability: towards inclusive schools (2004) and "
                         "Inclusion: does it matter where pupils are taught? (2006)."],
    ["J6", "Hearing the passenger", "Consulting children and young people: pupil interviews, person-centred "
                                    "reviews, involving pupils in planning, agreeing and reviewing their "
                                    "provision; fair and respectful relationships with pupils."],
    ["J7", "Telling parents", "How to explain the school's SEN provision to parents and carers and what to "
                              "put in the parents' leaflet."],
    ["J8", "Other services", "External agencies and voluntary organisations, how to get specialist help, "
                             "and using other professionals' assessments in teaching. (Also online.)"],
    ["J9", "Colleagues", "Gaining the commitment of the head and senior staff; deploying and managing "
                         "teaching assistants; coaching, modelling, observation and feedback; helping "
                         "teachers use formative assessment; reviewing provision with staff; colleagues in "
                         "other schools and services."],
    ["J10", "Terminus", "Strategic leadership with senior staff and governors; problem solving and "
                        "decisions about provision; keeping up to date; presentations of V3."],
])
para(doc)
para(doc, "Between Journeys every passholder does Practice Rides in their own school with the help of "
          "their Stop Host: for example observing a colleague, trying out a provision map, or running a "
          "pupil interview. These tie each Journey to the Stages on the Zone Map and are talked through at "
          "the next Journey.")
p = para(doc, "Targets after the Award are the school's business: they are set by the passholder's headteacher "
              "at performance management and are not part of the Pass.")
tracked(p, " At J10 each passholder writes a Next Stop plan of their professional targets for the following "
           "two years, and their Route Tutor comments on it.", "del", author="D. Kershaw", rid=30)

h("S7  Validations")
table(doc, [
    ["Validation", "What is handed in", "Marked"],
    ["V1 Passenger Profile", "A 3,500-word study of two pupils with different needs: their development, the "
     "assessments used, advice from other professionals, and the teaching that followed.", "Pass / refer"],
    ["V2 Hearing the Passenger", "A record of consulting three pupils about their provision, with what the "
     "passholder changed as a result, and a 2,000-word commentary on the law and the Code of Practice as "
     "they apply to the school, the SEN policy and the external agencies used.", "Pass / refer"],
    ["V3 Next Stop Project", "A 4,500-word report on a change the passholder led in the school with staff "
     "and governors (strategic priorities, provision mapping, deployment of staff, coaching colleagues), "
     "with before-and-after evidence for the pupils involved and a 15-minute presentation at J10.",
     "Pass / refer"],
])
para(doc)
para(doc, "Passholders who pass all three Validations receive the Award and the University's certificate. A "
          "passholder who is referred may resubmit once within three months.")
remember("REMEMBER: A Practice Ride is never a Validation. Stop Hosts may comment on Practice Rides but do not "
         "mark anything.")

h("S8  LoxCard Online")
para(doc, "LoxCard Online is the Pass's website on the University's virtual learning environment. It holds "
          "the slides and readings for every Journey, the two online units (J4 and J8) with their tasks, and "
          "a forum for each tutor group, where passholders post their Practice Rides and comment on each "
          "other's. Each passholder is given a login and a two-hour LoxCard induction at J1. Route Tutors do "
          "not answer questions on LoxCard Online; questions are taken at the next Journey.")

h("S9  Zone Map")
remember("READING THE ZONE MAP. Each Stage is shown with the Journey that works on it and the Validation in "
         "which it is marked. \u201cRide only\u201d means the Stage is worked on in that Journey but no "
         "Validation marks it. \u201cValidator only\u201d means a Validation marks it but no Journey works "
         "on it. \u201cOut of zone\u201d means the Stage is not on the Next Stop network (see S12).")
ZONES = [
    ("ZONE A \u2013 HOW THE PASSHOLDER WORKS", None, None),
    ("Fair, respectful relationships with pupils and families", "J6", "V2"),
    ("Bringing the head and colleagues on board", "J9", "V3"),
    ("Solving problems; sound decisions about provision", "J10", "V3"),
    ("Clear speaking and writing; listening to others", "J1", "V3"),
    ("Using research and external advice to improve practice", "J5", "V1"),
    ("Keeping up to date; taking charge of own CPD", "J10", "Ride only"),
    ("ZONE K \u2013 WHAT THE PASSHOLDER KNOWS", None, None),
    ("SEN law, the Code of Practice and putting them into practice", "J2", "V2"),
    ("Every Child Matters and the SENCO's part", "J1", "V1"),
    ("Disability equality law and what it requires", "J2", "V2"),
    ("How children develop; effect of SEN and surroundings", "\u2013", "Validator only"),
    ("Common kinds of SEN and disability", "J3", "V1"),
    ("Approaches, strategies and resources, including ICT", "J5", "V1"),
    ("School self-evaluation and improvement for SEN", "Out of zone", "Out of zone"),
    ("Best practice and research", "J5", "V1"),
    ("External agencies and specialist help", "J8", "V2"),
    ("ZONE S \u2013 WHAT THE PASSHOLDER DOES", None, None),
    ("Strategic work with senior staff and governors", "J10", "V3"),
    ("Identify pupils; set targets; plan; review progress", "J3", "V1"),
    ("Use other professionals' assessments in teaching", "J8", "V1"),
    ("Use test and tracking data to adjust programmes", "J4", "V3"),
    ("Help teachers use formative assessment", "J9", "Ride only"),
    ("Special arrangements for national tests", "Out of zone", "Out of zone"),
    ("Provision mapping; missing or weak provision", "J4", "V3"),
    ("Deploy and manage staff", "J9", "V3"),
    ("Support colleagues' development", "J9", "V3"),
    ("Review provision with staff for self-evaluation", "J9", "Ride only"),
    ("Pupils involved in planning and reviewing provision", "J6", "V2"),
    ("Working with parents and carers", "J7", "Ride only"),
    ("Partnership with other services and voluntary bodies", "J8", "V2"),
]
t = doc.add_table(rows=len(ZONES) + 1, cols=3)
t.style = "Table Grid"
for j, hd in enumerate(["Stage", "Journey", "Validated at"]):
    cell(t.cell(0, j), hd, bold=True, size=9, fill="DDEBF7")
for i, (s, j_, v) in enumerate(ZONES, start=1):
    if j_ is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell(m, s, bold=True, size=9, fill="FFF2CC")
        continue
    cell(t.cell(i, 0), s, size=9)
    cell(t.cell(i, 1), j_, size=9)
    cell(t.cell(i, 2), v, size=9)
para(doc)

h("S10  Concessions")
para(doc, "Next Stop meets its duties under the Disability Discrimination Act and the Race Relations "
          "(Amendment) Act in the same way as the company does for its passengers. The booking form invites "
          "every applicant to tell us about a disability or any other need in confidence, and the Partnership "
          "Manager contacts everyone who does so before J1 to agree adjustments: large-print or electronic "
          "copies of materials, a note-taker or BSL interpreter, rest breaks, extra time or an alternative "
          "format for a Validation (for example a recorded presentation instead of part of V2), and a "
          "ground-floor room. All Journey venues are step-free with hearing loops. The University's "
          "disability service advises on adjustments to assessment. Journeys are never held on major "
          "religious festivals, and the Saturday group exists for passholders who cannot be released on a "
          "weekday.")

h("S11  Revenue Protection")
para(doc, "Every Validation is marked by the passholder's Route Tutor. Revenue Protection then applies: a "
          "second Route Tutor blind-marks a quarter of each Validation and every script on the pass/refer "
          "borderline; the Route Tutors meet for a standardisation session before each marking round using "
          "scripts from the pilot; the University's moderator samples across both tutor groups; and the "
          "external examiner, Dr Imogen Hale of the University of Corbridge, sees a sample of every "
          "Validation and reports to the University's examination board, which confirms all results.")
para(doc, "Route Tutors are experienced SEN practitioners from local schools, the Council's Learning Support "
          "Service and the University [names to be confirmed].")
para(doc, "Specialist input comes from the Council's educational psychologists, the speech and language "
          "therapy team and the Loxley Autism Outreach Service, who teach parts of J3, J5 and J8.")
para(doc, "Route Tutors attend a day's induction at the University and keep the Route Tutor's Guide, which "
          "sets out the Validation criteria and marking. Every Stop Host comes to a half-day Stop Host "
          "briefing before J1, and receives the Stop Host Card setting out what they do between Journeys: "
          "meet the passholder at least twice a term, agree Practice Rides, and write a short note for the "
          "Route Tutor before V3. The Partnership Manager phones each Stop Host once a term.")
para(doc, "Passholders have the University library, its online journals, and the Next Stop Resource Room at "
          "Loxley Tram Depot: a lending collection of assessment materials and intervention programmes, six "
          "computers with assistive software (text-to-speech, voice recognition, symbol writing), and a "
          "loan set of laptops for the online units.")

h("S12  Acceptance of other operators' tickets")
para(doc, "Westmarch Trams' SENCO Rover, which it runs with the University of Harbury, includes a Journey on "
          "school self-evaluation, a session on special arrangements for national tests and placements of a "
          "week in Harbury special schools. These are Westmarch's arrangements for its own passholders. They "
          "are not valid on the Next Stop Pass, and Next Stop does not accept Rover tickets or arrange "
          "placements.")

h("S13  Customer research and the Stakeholder Panel")
para(doc, "Before designing the Pass, Next Stop surveyed all 64 Loxley schools in spring 2008 (41 replied), "
          "interviewed the eleven SENCOs who took the 2007 pilot, and held two meetings with the Council's "
          "Inclusion Service, the Loxley Parent Partnership and the Loxley Youth Council's disability group. "
          "Schools asked most for provision mapping, for data and tracking and for working with teaching "
          "assistants; parents asked that SENCOs learn to listen to pupils; the Council asked for the Bercow "
          "Review to be included. As a result, J4 was added, J6 was moved into the assessed route, and J2 "
          "now covers the Bercow Review.")
para(doc, "The Stakeholder Panel (two headteachers, a Council officer, a parent from the Parent Partnership, "
          "two pupils from the Youth Council, and a former pilot passholder) now meets every term. It reads "
          "the Journey feedback and the examiner's report, hosts Practice Rides in its members' schools, "
          "sends a member to the examination board as an observer, and agrees changes to the next issue of "
          "this section.")

h("S14  Monitoring and evaluation")
para(doc, "Each Journey ends with a feedback slip, summarised for the Stakeholder Panel. Passholders complete "
          "a confidence and competence rating against every Stage at J1 and again at J10, and their "
          "headteachers are surveyed six months after the Award. For V3 every passholder records a baseline "
          "for the pupils involved (reading or National Curriculum levels, P scales where used, attendance, "
          "and a pupil well-being scale) and measures them again two terms later; Next Stop collects these "
          "results across all passholders each year. The University's annual monitoring report, the external "
          "examiner's report and the Council's review of SEN outcomes in Loxley schools are considered "
          "together at the Panel's summer meeting, and the changes agreed are recorded in the next issue of "
          "this section.")

h("S15  Lost, interrupted and refused passes")
para(doc, "Interrupted journeys. A passholder who is ill, goes on maternity leave or changes school may "
          "suspend the Pass for up to one school year and rejoin at the next Journey they need; the Carnet "
          "rules apply from then on. Journeys already taken and Validations already passed stay valid.")
para(doc, "Refused Validations. A Validation that is referred may be resubmitted once within three months, "
          "with written feedback from the Route Tutor and one tutorial. A passholder who is referred a second "
          "time may take the module again the following year at half the module fare. A passholder who "
          "leaves with one module passed receives 30 credits from the University but not the Award.")
para(doc, "Lost passes. A passholder who loses LoxCard Online access should contact the University help desk, "
          "not the booking desk. Printed Journey packs are replaced free of charge.")
para(doc, "Complaints and appeals. Complaints about a Journey go to the Partnership Manager, who replies "
          "within ten working days. Appeals against a Validation result go to the University under its "
          "academic appeals regulations.")

h("S16  Booking desk procedure")
for i, step in enumerate([
    "Send the booking form and the Joining Questionnaire to the applicant and the headteacher.",
    "When the form comes back, check that the QTS number, the headteacher's signature and the Stop Host's "
    "name are all there. Return incomplete forms the same day.",
    "Record the product (SEN-A, SEN-C, SEN-T or SEN-X) on the ticketing system. Transfer Ticket and Express "
    "Pass enquiries go to the Partnership Manager.",
    "Pass any disability or other need the applicant has told us about to the Partnership Manager the same "
    "day, in confidence.",
    "Send the joining letter, the J1 date and venue, the LoxCard login and the Stop Host Card.",
    "Invoice the school, or the Council for the Council's share of the fare.",
    "Add the passholder to the tutor group list and send it to the Route Tutors and the University registry.",
], start=1):
    para(doc, f"{i}.  {step}")
para(doc, "Booking desk opening hours: Monday to Friday, 08:30 to 17:00, Loxley Tram Depot, Station Road, "
          "Loxley LX1 4TD.", italic=True)

doc.save(OUT)
print(OUT.name, word_count(OUT), "words")
