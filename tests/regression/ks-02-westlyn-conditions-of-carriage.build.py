"""ks-02-westlyn-conditions-of-carriage: build script.

Provider (invented): Westlyn Link Harbour Learning, the community learning arm
of Westlyn Link Ferries Ltd (a coastal ferry operator on the Westlyn estuary
and its islands), running "The Westlyn Passage" for the National Award for SEN
Coordination 2008-09 with Porthallow University (validation and award).

Document kind and layout: the course written as the operator's CONDITIONS OF
CARRIAGE, in the legal style of a ferry company's passenger conditions:
Parts with Heading 1, hand-typed clause numbers ("4.3", "9.2", "(a)") whose
numbering collides with requirement ids (clause 3.3 is about the five ECM
outcomes, clause 5.3 about concessionary fares, and so on), a definitions
clause that gives the course's own vocabulary in quotation marks (Carrier,
Passenger, Crossing, Port of Call, Officers, Pursers, Boarding Card,
Deckhouse, Through-ticket, Concessionary Fare, Onward Journey Plan), an
exclusions clause ("The Carrier does not undertake ..."), three Schedules:
Route Descriptions, a Table of Ports of Call (the outcomes, "Called at |
Boarding Card checked at") whose values "Passage only", "Request stop",
"Suspended" and a dash are defined in the sentences above it, and Connecting
Services (other providers). A page header, a footer with a PAGE field and a
statutory-rights line, a placeholder, tracked changes, two comments, two
footnotes, merged and shaded cells.

Traps (requirement ids):
- E.2: "60 credits, 40 of them at Level 7 and 20 at Level 6": not all at
  masters level: partially_met.
- 1.3: only "reflect current thinking in special education"; no research or
  inspection evidence named: partially_met.
- 1.5 and 6.S7: exclusions clause 20.2, "Consulting pupils is a matter for
  each school's own policy and is not part of the Crossings": not_met.
- 1.9: several outcomes "Passage only" / "Request stop", two absent, one
  "Suspended": partially_met.
- 2.2: a "pre-boarding questionnaire" about experience, used by the Officers
  to plan Ports of Call; no needs assessment against the outcomes, no
  individual plan: partially_met.
- 2.3: the Through-ticket is an assessment-only route in exceptional
  circumstances: met.
- 3.2: the sentence offering a February start is a deleted tracked change;
  "Crossings run in the order shown and cannot be taken out of sequence";
  only blended delivery: partially_met.
- 3.3: the Deckhouse has tutor replies, Purser contact between Ports of Call,
  peer groups: met.
- 4.3: only Passengers' own feedback is collected; no role for schools, the
  Council or parents in evaluation: partially_met.
- 5.3: the CRB verification is an inserted tracked paragraph: met.
- 5.4: only "Our Officers are all experienced practitioners"; CVs only "on
  request" in a footnote: partially_met.
- 5.8: marked only by the Officer who taught; the external examiner "will
  appoint ... once" (a plan); a comment naming one is not part of the
  submission: partially_met.
- 5.9: pupils' progress is measured, "We do not survey Passengers'
  confidence or competence": partially_met.
- 6.0: clause 17 requires the Board to confirm every minimum outcome: met
  (even though some outcomes are not checked on a Boarding Card).
- 6.K1: its "Boarding Card checked at" cell is changed by tracked change from
  "Passage only" (deleted) to "Boarding Card 1" (inserted): met.
- 6.K3, 6.A3, 6.A5, 6.S2d: "Passage only" (covered, not assessed):
  partially_met; disability equality is otherwise left to the Council's own
  training day (Schedule 3, another provider).
- 6.A6: "Request stop" (covered and checked only if the Passenger asks):
  partially_met.
- 6.S6: dash in "Called at" (checked at Boarding Card 3 but not covered):
  partially_met.
- 6.K4: "Suspended": not_met. 6.S2c: absent: not_met.
- 6.K7: right words about the wrong thing: clause 18.4 is the Carrier's own
  self-evaluation of the service; no participant outcome: not_met.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ks_helpers import (new_doc, para, runs, table, merge, shade_cell, ins_run, del_run,
                         deleted_para, inserted_para, Footnotes, header_footer, comment, add_run)

HERE = Path(__file__).resolve().parent
NAME = "ks-02-westlyn-conditions-of-carriage"
ED = "Edith Polglase"
D1 = "2008-03-18T14:05:00Z"

doc = new_doc("Times New Roman", 10.5)
fn = Footnotes(doc)
header_footer(doc, "WESTLYN LINK HARBOUR LEARNING  -  CONDITIONS OF CARRIAGE FOR LEARNERS  -  EDITION 3",
              "Westlyn Link Ferries Ltd, Quay House, Porthallow. These Conditions do not affect your statutory rights.")


def cl(num, text, bold_lead=None):
    p = doc.add_paragraph()
    add_run(p, f"{num}\t")
    if bold_lead:
        add_run(p, bold_lead + " ", bold=True)
    add_run(p, text)
    return p


def part(title):
    doc.add_heading(title, level=1)


def clause_title(num, title):
    para(doc, f"{num}.  {title.upper()}", bold=True)


para(doc, "WESTLYN LINK FERRIES", bold=True, size=18, align="center")
para(doc, "HARBOUR LEARNING", bold=True, size=13, align="center")
para(doc, "CONDITIONS OF CARRIAGE FOR LEARNERS ON THE WESTLYN PASSAGE", bold=True, size=13, align="center")
para(doc, "(National Award for SEN Coordination, sailing 2008-09)", italic=True, align="center")
para(doc, "These Conditions take effect from [insert date of Board approval]. They are submitted to the Training "
          "and Development Agency as our application for approval to run the National Award for SEN Coordination. "
          "Every Passenger receives them with the booking confirmation and is asked to keep them for the whole "
          "Passage.", italic=True, align="center")

part("PART A: GENERAL")
clause_title(1, "Definitions")
para(doc, "In these Conditions the following words have the meanings given here.")
for term, meaning in [
    ("\"the Carrier\"", "means Westlyn Link Harbour Learning, the community learning arm of Westlyn Link Ferries Ltd;"),
    ("\"the University\"", "means Porthallow University, School of Education and Lifelong Learning;"),
    ("\"the Passage\"", "means the Westlyn Passage, the Carrier's course for the National Award for SEN Coordination;"),
    ("\"Passenger\"", "means a teacher accepted on the Passage;"),
    ("\"Crossing\"", "means one of the three modules of the Passage, each of 20 credits;"),
    ("\"Port of Call\"", "means a study day; there are nine Ports of Call, three in each Crossing;"),
    ("\"the Master\"", "means the Passage leader, Captain (retd.) Iain Roskilly, Head of Harbour Learning;"),
    ("\"Officers\"", "means the tutors who teach the Ports of Call and mark Boarding Cards;"),
    ("\"Purser\"", "means the experienced SENCO assigned to each Passenger as mentor, who visits the Passenger's school;"),
    ("\"Boarding Card\"", "means a marked assignment; there are three, one for each Crossing;"),
    ("\"Purser's Log\"", "means the Purser's record of the visits made to the Passenger's school;"),
    ("\"the Deckhouse\"", "means the Carrier's online learning area;"),
    ("\"Through-ticket\"", "means the assessment-only route described in clause 7;"),
    ("\"Concessionary Fare\"", "means credit given for prior learning under clause 5;"),
    ("\"Onward Journey Plan\"", "means the plan described in clause 12."),
]:
    runs(doc, [(term + " ", "b"), (meaning, "")])

clause_title(2, "The contract of carriage")
cl("2.1", "The Passage is provided by the Carrier and validated by the University, which approved it at its "
          "validation event on 4 March 2008 and which makes the award through its Board of Examiners.")
cl("2.2", "Passengers completing all three Crossings receive 60 credits, 40 of them at Level 7 and 20 at Level 6, "
          "and the National Award for SEN Coordination.")
cl("2.3", "Where these Conditions and the University's regulations differ, the University's regulations apply.")

clause_title(3, "Purpose of the service")
cl("3.1", "The Passage exists to raise the achievement and improve the well-being of children and young people "
          "with special educational needs and disabilities in the schools of the Westlyn estuary and its islands.")
cl("3.2", "Its objectives, the content of every Crossing and every Boarding Card are written around that purpose: "
          "each Boarding Card asks the Passenger to show what difference the work made for named pupils.")
cl("3.3", "The five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a "
          "positive contribution and achieving economic well-being) are the headings under which Passengers "
          "report that difference.")
cl("3.4", "The Crossings reflect current thinking in special education.")

part("PART B: BOOKING AND BOARDING")
clause_title(4, "Booking and eligibility")
cl("4.1", "A booking is accepted only from a teacher with qualified teacher status who is the SENCO of a "
          "maintained school or academy, or who has been appointed to become its SENCO within the year.")
cl("4.2", "The booking form is countersigned by the headteacher, who agrees to release the Passenger for the nine "
          "Ports of Call and to meet the Purser at least once each term. Before a booking is confirmed the Master "
          "or an Officer interviews the applicant by telephone, using the Carrier's entry checklist, to confirm that "
          "the Passenger has enough knowledge and experience of SEN work to benefit and to meet the outcomes.")
p = inserted_para(doc, "4.3\tBefore the first Boarding Card is issued, the Carrier's registry checks the disclosure "
                       "number and date of issue of each Passenger's enhanced CRB disclosure with the employing "
                       "authority, and asks about any other background checks the school has made; no Passenger "
                       "whose disclosure cannot be confirmed may visit another school on a Shore Visit.", ED, D1)
cl("4.4", "Bookings close six weeks before the first Port of Call.")

clause_title(5, "Concessionary fares")
cl("5.1", "A Passenger who has already passed masters-level study in special educational needs may apply for a "
          "Concessionary Fare for up to 20 credits, so excusing one Crossing.")
cl("5.2", "A Passenger with substantial experience but no prior credit may claim the same concession by portfolio: "
          "the Passenger maps evidence from practice against the outcomes of the Crossing, and the University's "
          "accreditation of prior experiential learning panel assesses the claim.")
cl("5.3", "The fare for a Crossing excused under this clause is not charged.")

clause_title(6, "The pre-boarding questionnaire")
cl("6.1", "Passengers complete a pre-boarding questionnaire about their experience and their school, which helps "
          "Officers plan the Ports of Call.")

clause_title(7, "Through-tickets")
cl("7.1", "In exceptional circumstances, an experienced SENCO may be offered a Through-ticket: an assessment-only "
          "route to the award without attending the Ports of Call.")
cl("7.2", "The Passenger submits a portfolio of evidence against every one of the national minimum outcomes, "
          "with the three Boarding Cards completed from existing work, and is examined orally by two Officers. "
          "The Master and the University's programme committee decide which applicants are suitably experienced, "
          "and the portfolio is marked, moderated and sent to the Board of Examiners like any other work.")

clause_title(8, "Passengers requiring assistance")
cl("8.1", "Passengers are asked at booking whether they have a disability or other need for which an adjustment "
          "should be made. The Master agrees reasonable adjustments with the Passenger before the first Port of "
          "Call and tells every Officer and the Purser.")
cl("8.2", "Adjustments we make include materials in large print or electronic form, a sign language interpreter "
          "or palantypist, rest breaks, extra time and the use of a word processor for Boarding Cards, and Ports of "
          "Call held in rooms with step-free access and hearing loops. The Carrier meets the costs.")
cl("8.3", "The Carrier's disability equality scheme, race equality scheme and gender equality scheme apply to "
          "Passengers as to all our customers.")

clause_title(9, "Timetable and alterations")
cl("9.1", "The Passage runs once a year, beginning in September.")
deleted_para(doc, "9.2\tPassengers may instead begin in February and may take the Crossings in any order.", ED, D1)
cl("9.3", "Crossings run in the order shown and cannot be taken out of sequence.")
cl("9.4", "Ports of Call are held face to face at Quay House, Porthallow; between them Passengers work in the "
          "Deckhouse. Where a ferry to the islands is cancelled, island Passengers join the Port of Call by video "
          "link from their own school.")

clause_title(10, "The Deckhouse")
p = cl("10.1", "The Deckhouse holds the readings, tasks and recordings of each Port of Call, and a discussion "
               "group of six Passengers for each Crossing.")
fn.ref(p, "The Deckhouse runs on the University's Moodle; Passengers have University library and e-journal access through it.")
cl("10.2", "An Officer replies to every question posted in the Deckhouse within three working days, and each "
           "Officer holds an online tutorial with the discussion group between Ports of Call.")
cl("10.3", "The Purser contacts the Passenger through the Deckhouse at least once between Ports of Call to review "
           "progress with the Crossing's tasks.")
cl("10.4", "Passengers are shown how to use the Deckhouse at the first Port of Call, and Officers use it to "
           "return feedback on draft Boarding Cards.")

clause_title(11, "Fares and value")
cl("11.1", "The fare for the Passage is £1,290, and £430 for a single Crossing. The Council pays half the fare "
           "for its own schools. We keep fares low by teaching in our own Quay House rooms.")
cl("11.2", "Each Passenger's Boarding Cards are set in the Passenger's own school and on pupils the Passenger "
           "chooses, so that the Passage fits each Passenger's setting, and completing Passengers may carry their "
           "60 credits into the University's MA in Special and Inclusive Education.")

clause_title(12, "Onward journey")
cl("12.1", "At the last Port of Call each Passenger meets the Purser for a disembarkation interview. Together they "
           "write an Onward Journey Plan setting the Passenger's next professional targets for the following two "
           "years, which is sent to the headteacher with the Passenger's agreement.")

part("PART C: ON BOARD")
clause_title(13, "Personnel")
p = cl("13.1", "Our Officers are all experienced practitioners in special educational needs.")
fn.ref(p, "Officers' CVs are available from the Master on request.")
cl("13.2", "Each Officer receives the Officers' Handbook, which sets out teaching, marking and moderation duties, "
           "and attends the Officers' planning day in July.")
cl("13.3", "Each Purser receives the Pursers' Handbook and attends a half-day Purser training session before the "
           "first Port of Call, covering school visits, the Purser's Log, Deckhouse contact and the disembarkation "
           "interview. The Master meets the Pursers each term.")

clause_title(14, "Shore visits")
cl("14.1", "Every Passenger spends two days on Shore Visits arranged by the Carrier: one at Trevail Special School, "
           "and one with the Council's Sensory Support Service or its Speech and Language Therapy team.")
cl("14.2", "Specialist guests at Ports of Call include an educational psychologist, a paediatric occupational "
           "therapist and the Westlyn Parent Partnership Service.")

clause_title(15, "Baggage and equipment")
cl("15.1", "Passengers may borrow assessment materials, books and assistive technology (text-to-speech and "
           "predictive software, communication aids and a laptop) from the Harbour Learning resource room at "
           "Quay House, which also has a library of current SEN journals.")

clause_title(16, "Inspection of Boarding Cards")
p = cl("16.1", "Each Boarding Card is marked by the Officer who taught the Crossing.")
comment(doc, p, "Dr Pernille Lusk at Tamsworth has agreed informally to be our examiner.", "Iain Roskilly", "IR")
cl("16.2", "The University will appoint an external examiner once the first Boarding Cards have been marked.")

clause_title(17, "The award")
cl("17.1", "The award is made by the University's Board of Examiners. A Passenger is awarded the National Award "
           "for SEN Coordination only when the Board has confirmed, from the three Boarding Cards and the Purser's "
           "Log, that the Passenger has shown every one of the national minimum outcomes. A Passenger who has "
           "passed the Boarding Cards but not shown an outcome is given a further task on it before the award.")

clause_title(18, "Passenger feedback and quality")
cl("18.1", "Passengers' comments are collected at each Port of Call and at the end of each Crossing.")
cl("18.2", "The Master and Officers read the comments at each Crossing review, and the University's annual "
           "monitoring of the Passage and the Council's school improvement service's yearly review of its funded "
           "training both report to the Carrier's Learning Board, which agrees the changes for the next sailing. "
           "In 2007-08 Passengers' comments led us to move the data session from Crossing C to Crossing B.")
cl("18.3", "Passengers report the progress of the pupils in their impact project against P-scales and National "
           "Curriculum levels, and the Carrier reports these figures each year. We do not survey Passengers' "
           "confidence or competence.")
cl("18.4", "The Carrier's self-evaluation of the service follows the Ofsted framework and is updated every "
           "December.")

clause_title(19, "Why we run this route")
cl("19.1", "Before planning the Passage we asked the people it serves. In spring 2007 the Carrier and the Council "
           "surveyed every SENCO in the 52 schools on our routes, met the primary and secondary headteachers' "
           "groups, and held an evening with the Westlyn Parents' Forum.")
cl("19.2", "SENCOs told us they needed help with data and with running teaching assistants; headteachers wanted "
           "SENCOs to lead change, not only paperwork; parents wanted SENCOs who would listen and explain. As a "
           "result Crossing B includes a full Port of Call on deploying teaching assistants, Crossing C is built "
           "around an impact project agreed with the headteacher, and the Parents' Forum now co-teaches the Port of "
           "Call on parents.")

clause_title(20, "Limitation of the Carrier's undertakings")
cl("20.1", "The Carrier does not undertake to find a Passenger a school placement other than the Shore Visits in "
           "clause 14.")
p = cl("20.2", "The Carrier does not undertake to teach Passengers how to consult pupils. Consulting pupils is a "
               "matter for each school's own policy and is not part of the Crossings.")
comment(doc, p, "Legal prefers this wording to the earlier draft.", "Edith Polglase", "EP")
cl("20.3", "The Carrier is not liable for the loss of work not saved in the Deckhouse.")

part("PART D: CHANGES, CONDUCT AND COMPLAINTS")
clause_title(21, "Cancellation by the Passenger")
cl("21.1", "A Passenger may cancel a booking up to four weeks before the first Port of Call and the fare is "
           "refunded in full. After that date the fare for the Crossing under way is not refunded, but the fare for "
           "any later Crossing is.")
cl("21.2", "A Passenger who has to leave the Passage part way through, through illness, a change of school or a "
           "change of role, keeps the credit for every Crossing passed and may rejoin at the next sailing to "
           "complete the remaining Crossings within three years without paying again for those already passed.")
cl("21.3", "A Passenger who changes school during the Passage should tell the Master at once, so that a Purser "
           "near the new school can be assigned and the new headteacher can countersign the booking.")
clause_title(22, "Conduct on board")
cl("22.1", "Passengers bring real cases from their schools to the Ports of Call and into the Deckhouse. All "
           "pupils, parents and staff must be made anonymous in anything brought, posted or submitted, and "
           "nothing said about a named pupil in a discussion group is to be repeated outside it.")
cl("22.2", "Boarding Cards must be the Passenger's own work. The University's regulations on academic "
           "misconduct apply, and Boarding Cards are submitted through the Deckhouse, which checks them for "
           "matching text.")
cl("22.3", "Passengers are asked to treat one another, the Officers, the Pursers and the guests at Ports of Call "
           "with courtesy, and to arrive in time for the start of each Port of Call, bearing in mind the ferry "
           "timetable from the islands.")
clause_title(23, "Complaints")
cl("23.1", "A Passenger who is unhappy with any part of the Passage should speak first to the Officer concerned "
           "or to the Purser. If the matter is not settled within ten working days, the Passenger may write to "
           "the Master, who will reply in writing within a further ten working days.")
cl("23.2", "A complaint about a mark or about the award itself is an academic appeal and is dealt with under the "
           "University's appeals procedure; the Master will explain how to make one.")
cl("23.3", "Complaints and their outcomes are reported to the Carrier's Learning Board each term, without the "
           "Passenger's name.")

part("SCHEDULE 1: ROUTE DESCRIPTIONS")
for title, body in [
    ("Crossing A: Charting the Course (Ports of Call 1 to 3; Boarding Card 1)",
     "The law and guidance SENCOs work under: the SEN Code of Practice 2001 and the SENCO regulations of 2008 "
     "and what a SENCO does to put them into practice; Every Child Matters and the SENCO's part in it; the "
     "common kinds of SEN and disability and their effect on learning; identifying pupils, setting targets and "
     "reviewing progress; relationships with pupils and families. Passengers visit Trevail Special School on "
     "their first Shore Visit. Boarding Card 1 is a 4,000-word study of two pupils in the Passenger's school, "
     "showing how the law and guidance shape what the school does for them."),
    ("Crossing B: Working the Passage (Ports of Call 4 to 6; Boarding Card 2)",
     "Teaching, assessment and resources, including ICT; using other professionals' assessments; tracking "
     "progress with national test data and adjusting programmes; deploying teaching assistants; supporting "
     "colleagues through coaching and observation; working with parents, co-taught by the Westlyn Parents' "
     "Forum; external agencies and voluntary organisations, with a Port of Call led by the Council's "
     "multi-agency team. Boarding Card 2 is a portfolio built around one intervention the Passenger plans, "
     "staffs and reviews with colleagues, parents and an outside agency."),
    ("Crossing C: Making Harbour (Ports of Call 7 to 9; Boarding Card 3)",
     "Leading SEN in the school: working with the headteacher and governors on an inclusive ethos and on "
     "policy and resources; provision mapping and spotting missing or weak provision; solving problems and "
     "making sound judgements; and the impact project. Boarding Card 3 is the impact project report (5,000 "
     "words) and a presentation to the school's senior team and a governor, observed by the Purser."),
]:
    para(doc, title, bold=True)
    para(doc, body)

part("SCHEDULE 2: TABLE OF PORTS OF CALL")
para(doc, "This table lists the national minimum outcomes as the Carrier words them. The column Called at gives the "
          "Port of Call where the outcome is taught. The column Boarding Card checked at gives the Boarding Card "
          "that assesses it. Passage only means the outcome is taught at that Port of Call but no Boarding Card "
          "checks it. Request stop means the outcome is taught and checked only for Passengers who ask for it "
          "when they plan Boarding Card 3. Suspended means the service is suspended for the 2008-09 sailing. A "
          "dash in Called at means no Port of Call covers it.")
rows = [["Ref", "The Passenger will be able to", "Called at", "Boarding Card checked at"],
        ["WATCH ONE: ATTRIBUTES", None, None, None],
        ["WL/01", "build fair, respectful and supportive relationships with pupils with SEN and with their parents", "PoC 2", "BC1"],
        ["WL/02", "win the commitment of colleagues, including the headteacher and senior leaders", "PoC 7", "BC3"],
        ["WL/03", "set priorities, manage time and delegate", "PoC 7", "Passage only"],
        ["WL/04", "foresee and resolve problems and make sound decisions about provision", "PoC 8", "BC3"],
        ["WL/05", "speak and write clearly and listen to the views of others", "PoC 5", "Passage only"],
        ["WL/06", "draw on research and outside advice to improve their own and colleagues' practice", "PoC 6", "Request stop"],
        ["WL/07", "keep up to date and take charge of their own professional development in SEN and disability", "PoC 9", "BC3 (Onward Journey Plan)"],
        ["WATCH TWO: KNOWLEDGE", None, None, None],
        ["WL/08", "explain the SEN Code of Practice and the law on SEN and put it into practice", "PoC 1", ""],
        ["WL/09", "explain Every Child Matters and the SENCO's part in its outcomes", "PoC 1", "BC1"],
        ["WL/10", "explain disability equality law and what it requires of schools", "PoC 1", "Passage only"],
        ["WL/11", "explain how children develop and how SEN, disability and surroundings affect development", "-", "Suspended"],
        ["WL/12", "describe the common kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "PoC 2", "BC1"],
        ["WL/13", "judge approaches, strategies and resources for assessment, planning and teaching, including ICT", "PoC 4", "BC2"],
        ["WL/14", "describe good practice in meeting SEN and what research says about it", "PoC 4", "BC2"],
        ["WL/15", "explain what outside agencies do and how to obtain specialist support", "PoC 6", "BC2"],
        ["WATCH THREE: SKILLS", None, None, None],
        ["WL/16", "work with senior colleagues and governors on an inclusive ethos, policy, priorities and resources", "PoC 7", "BC3"],
        ["WL/17", "identify pupils with SEN, set challenging targets, plan interventions and review progress", "PoC 3", "BC1"],
        ["WL/18", "use assessments by other professionals to shape teaching", "PoC 4", "BC2"],
        ["WL/19", "use national test results and summative data to track progress and adjust programmes", "PoC 4", "BC2"],
        ["WL/20", "arrange access arrangements for national tests and examinations in good time", "PoC 4", "Passage only"],
        ["WL/21", "map and manage provision, and find provision that is missing or not working", "PoC 8", "BC3"],
        ["WL/22", "deploy and manage teaching assistants and other staff", "PoC 5", "BC2"],
        ["WL/23", "develop colleagues by observation and feedback, modelling, coaching and training", "PoC 5", "BC2"],
        ["WL/24", "review the effectiveness of provision with other staff to inform the school's self-evaluation", "-", "BC3"],
        ["WL/25", "work with parents and carers", "PoC 6", "BC2"],
        ["WL/26", "work with other services, agencies and voluntary organisations", "PoC 6", "BC2"],
        ]
t = table(doc, rows, header_fill="BFBFBF")
for i, r in enumerate(rows):
    if r[1] is None:
        merge(t, i, 0, i, 3, r[0], bold=True, fill="E2EFDA")
k1 = t.cell(10, 3).paragraphs[0]
del_run(k1, "Passage only", ED, D1)
ins_run(k1, "BC1", ED, D1)

part("SCHEDULE 3: CONNECTING SERVICES")
para(doc, "Other operators run services that connect with the Passage. They are not part of it, and the Carrier has "
          "no part in their running.")
t = table(doc, [
    ["Operator", "Service", "Note"],
    ["Westlyn Council Equalities Team", "Equality duties training day for schools",
     "Passengers may attend; disability equality law is covered more fully there"],
    ["Kernow Coast Teaching Alliance", "Access arrangements for examinations (twilight)", "Open to secondary SENCOs"],
    ["Porthallow University", "MA in Special and Inclusive Education", "Takes the 60 credits of the Passage"],
])

para(doc, "")
para(doc, "Issued by the Master on behalf of the Carrier. Queries about these Conditions go to Harbour Learning, "
          "Quay House, Porthallow.", italic=True)

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
