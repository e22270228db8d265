"""ms-01-ledbrook-assay-note: build the .docx next to this script.

Provider (invented): the Hallmark Workshop, the school of silversmithing and
jewellery run by the Ledbrook Assay Office Heritage Trust at the Assay Hall,
Goldsmiths' Row, Ledbrook, with the University of Stannerbridge (Faculty of
Education), which validates the award as a 60-credit Level 7 Postgraduate
Certificate. Dated 14 November 2008 for a first cohort from January 2009.

Document kind: the course written on the Assay Office's own ASSAY NOTE (Form
AN/3, "Trust issue"), the docket a sponsor sends to the assay office with a
parcel of wares. The Workshop says in a shaded covering note that every course
it proposes goes to its Trustees on an Assay Note, so this one does too. House
vocabulary throughout: the provider is the "Sponsor"; the university the
"Accrediting Hall"; participants "Makers"; study days "Bench Days"; the
participant's school the "Workbench"; school-based practical work "Workbench
Tasks"; mentors "Journeymen"; tutors "Assayers"; the moderator the "Second
Assayer"; the external examiner the "Deputy Warden"; the exam board the
"Warden's Court"; the starting audit the "Proof Sheet"; the individual plan
the "Pattern Book"; the three marked assignments "Assay Pieces" AP1-AP3;
unmarked exercises "Touchstones"; the national outcomes "wares" W1-W29 in the
"Schedule of Wares".

Layout: no heading styles at all. Part titles are bold capitals on grey-shaded
Normal paragraphs ("PART B - NOTES FOR SPONSORS"); notes are hand-numbered run-in
paragraphs ("Note 8. Direct assay."). Part A is a particulars table whose value
cells are merged across three columns, ending in an empty "FOR ASSAY OFFICE USE
ONLY" block (form placeholders). Note 2 is a glossary table. The key to the
Schedule's "Result" column ("Struck at AP1/AP2/AP3", "Touched only", "Returned
unmarked", "Not sent") and the meaning of a dash under "Worked at" are given in
Note 3, far above the Schedule in Part D. The Bench Day table has term rows
merged across all columns. The Schedule of Wares has merged, shaded group rows.
Two tracked changes sit inside Schedule cells; a whole paragraph is a tracked
deletion; two Word comments; a VML text box holds the "Assay Master's remark";
a declaration with typed tick boxes; header and footer (the footer carries a CRB
claim).

Traps (requirement ids):
- Tracked deletion of a whole "Direct assay" paragraph offering an
  assessment-only route; the surviving Note 8 says "no such route is offered to
  the 2009 consignment" (2.3 not_met).
- CRB: Note 14 makes checks "a matter for the Maker's employer" and says the
  Workshop "does not ask Makers for disclosure details"; the Trust's own staff
  are the ones checked (wrong people); the only claims about Makers are a typed
  tick in the Part F declaration and the footer; a comment suggests the
  University could check (5.3 not_met).
- Pupil consultation only offered for "the 2010 consignment" by the Trust's
  Young Makers' Panel (intention) (1.5 not_met; W27 "Not sent", 6.S7 not_met).
- Access arrangements for tests "Not sent", left to "the examinations officer"
  (someone else's responsibility) (6.S2d not_met).
- The aim is attainment only ("reading, writing and mathematics"); well-being
  only as one ware (1.1 partially_met).
- One route, Saturdays in order; only a missed-day catch-up and two submission
  dates; the University's online Hethersett programme is another programme
  (3.2 partially_met; "There is no e-learning in this award", 3.3 n/a).
- "There are no placements away from the Maker's own school" beside a real
  range of visiting specialists (5.5 partially_met).
- Journeymen are only "sent the Journeyman's Card"; no briefing or training
  (5.7 partially_met).
- Impact on pupils only hoped for ("We hope that in time..."); Makers'
  competence and confidence measured (5.9 partially_met).
- Further study described only as an MA talk, no professional targets
  (2.5 partially_met).
- Award rule is "all three Assay Pieces struck", but five wares are in no Piece
  (6.0, 1.9 partially_met); the text box's blanket claim does not count.
- Schedule: "Touched only" (formative, unmarked) for W3 (6.A3) and W21
  (6.S2c); "Returned unmarked" for W7 (6.A7); a dash under "Worked at" with
  "Struck at AP1" for W11 (assessed, not taught: 6.K4). Each partially_met.
- Tracked change in a cell: W14 "Struck at AP3" deleted, "Touched only"
  inserted (6.K7 partially_met); W20 "Touched only" deleted, "Struck at AP1"
  inserted (6.S2b met). The Assay Piece briefs in Part C agree with the
  accepted versions.
- The silversmiths' apprenticeships are the right words about the wrong people
  (5.4 is met from the Assayers' table).
- Met from concrete arrangements: E.1, E.2, 1.2-1.4, 1.6-1.8, 2.1, 2.2, 2.4,
  3.1, 4.1-4.3, 5.1, 5.2, 5.4, 5.6, 5.8.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _ms_helpers import (new_doc, P, table, merge, shade_cell, cell_text, ins, dele,
                         deleted_para, comment, text_box, field)
from docx.shared import Pt, Cm

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY = "D9D9D9"
LIGHT = "F2F2F2"
OF = "Owen Feltham"
OF_DATE = "2008-11-10T16:20:00Z"
MQ = "Margery Quayle"

doc = new_doc(font="Book Antiqua", size=10.5, margins=2.0)

# ---------------- header / footer ----------------
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "LEDBROOK ASSAY OFFICE HERITAGE TRUST \u00b7 THE HALLMARK WORKSHOP\tAssay Note SEN/09"
for r in hp.runs:
    r.font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Wares are received for assay on the conditions in Part B. All Makers on this consignment "
               "hold a current CRB enhanced disclosure. Form AN/3 (Trust issue) \u00b7 page ")
r.font.size = Pt(7.5)
field(fp, "PAGE")


def part_title(text):
    return P(doc, [(text, {"b": True, "size": 11})], fill=GREY, before=10, after=4, keep=True)


def note(num, title, body):
    return P(doc, [(f"Note {num}. ", {"b": True}), (title + " ", {"b": True}), body], align="j")


# ---------------- title block ----------------
P(doc, [("LEDBROOK ASSAY OFFICE HERITAGE TRUST", {"b": True, "size": 13})], align="c", after=0)
P(doc, [("THE HALLMARK WORKSHOP \u00b7 SCHOOL OF SILVERSMITHING AND JEWELLERY", {"size": 10})],
  align="c", after=0)
P(doc, [("Assay Hall, Goldsmiths' Row, Ledbrook", {"i": True, "size": 9})], align="c", after=8)
P(doc, [("ASSAY NOTE", {"b": True, "size": 20})], align="c", after=0)
P(doc, [("Form AN/3 (Trust issue) \u00b7 Consignment SEN/09 \u00b7 National Award for SEN Coordination",
         {"size": 10})], align="c", after=10)

cover = table(doc, [[{"paras": [
    [("To the members of the approval panel", {"b": True})],
    "Since the Workshop opened in 1998 every course we propose has gone to our Trustees on the Assay "
    "Office's own Assay Note, the docket a sponsor sends in with a parcel of wares, and we have kept the "
    "habit for this application. The course is the consignment; the national minimum outcomes are the "
    "wares in the Schedule of Wares in Part D; the marked assignments are the Assay Pieces. Our words are "
    "explained in Note 2 of Part B, and the Result column of the Schedule is keyed in Note 3. The "
    "University of Stannerbridge, which validates the award, has read this note and agrees it.",
    [("Margery Quayle", {"b": True}), ", Head of the Hallmark Workshop, and ",
     ("Dr Owen Feltham", {"b": True}), ", Programme Director, Faculty of Education, University of "
     "Stannerbridge. 14 November 2008"],
]}]], widths=[17], head_bold=False)
shade_cell(cover.cell(0, 0), LIGHT)

# ---------------- PART A ----------------
part_title("PART A \u2013 PARTICULARS OF THE SPONSOR AND THE CONSIGNMENT")
rowsA = [
    ("1. Sponsor", "The Hallmark Workshop, the school of silversmithing and jewellery of the Ledbrook Assay "
     "Office Heritage Trust (a registered charity), Assay Hall, Goldsmiths' Row, Ledbrook."),
    ("2. Sponsor's mark", "HW in an oval shield, entered at the Ledbrook Office in 1998."),
    ("3. Accrediting Hall", "University of Stannerbridge, Faculty of Education. The University validated "
     "the award at its validation event on 22 October 2008 and confers it as the Postgraduate Certificate "
     "in Special Educational Needs Coordination (National Award for SEN Coordination)."),
    ("4. Standard claimed", "60 credits at Master's level (Level 7 of the Framework for Higher Education "
     "Qualifications), in one 60-credit module, EDU7SC1 Coordinating Provision for Special Educational Needs."),
    ("5. Consignment", "One consignment a year of up to 24 Makers. First consignment: ten Bench Days on "
     "Saturdays from 10 January to 28 November 2009; Assay Conversations in December 2009; Warden's Court "
     "in January 2010."),
    ("6. Sponsor's agent", "Margery Quayle, Head of the Hallmark Workshop (programme leader)."),
    ("7. Charge", "\u00a31,150 a Maker. Ledbrook City Council pays \u00a3400 of this for each Maker from one "
     "of its schools, and the Trust's Goldsmiths' Bursary pays a further \u00a3300 for up to four Makers "
     "from small schools."),
]
tA = doc.add_table(rows=len(rowsA) + 3, cols=4)
tA.style = "Table Grid"
for i, (k, v) in enumerate(rowsA):
    cell_text(tA.cell(i, 0), [(k, {"b": True})], size=9.5)
    shade_cell(tA.cell(i, 0), LIGHT)
    merge(tA, i, 1, i, 3, parts=v, size=9.5)
n = len(rowsA)
merge(tA, n, 0, n, 3, parts=[("FOR ASSAY OFFICE USE ONLY", {"b": True, "size": 8.5})], fill=GREY, align="c")
for j, lab in enumerate(["Received:", "", "Lot no.:", ""]):
    cell_text(tA.cell(n + 1, j), [(lab, {"size": 8.5})])
for j, lab in enumerate(["Assayer:", "", "Date letter:", ""]):
    cell_text(tA.cell(n + 2, j), [(lab, {"size": 8.5})])
for row in tA.rows:
    for j, w in enumerate([3.6, 4.5, 3.6, 5.3]):
        row.cells[j].width = Cm(w)

# ---------------- PART B ----------------
part_title("PART B \u2013 NOTES FOR SPONSORS")
P(doc, [("Printed on the reverse of Form AN/3. Notes 1 and 18 to 20 are the Assay Office's standard notes; "
         "Notes 2 to 17 are the Workshop's own, written for this consignment.", {"i": True, "size": 9.5})])

note(1, "The Note and the wares.", "This Assay Note goes with the wares it describes. Wares are tried, and "
     "those that reach the standard are struck with the marks. Wares that are not described on the Note "
     "are not tried.")

note(2, "Our words.", "The Workshop uses the words of the Assay Hall for the parts of the course, as "
     "follows.")
gloss = [
    ["Word", "What it means in this consignment"],
    ["Maker", "A teacher new to the role of SENCO, or about to take it up, who is on the course."],
    ["Bench Day", "One of ten Saturday study days at the Assay Hall, 9.30 to 3.30."],
    ["Workbench", "The Maker's own school."],
    ["Workbench Task", "Practical work done in the Maker's own school after a Bench Day, on the wares of "
     "that day."],
    ["Journeyman", "An experienced SENCO from another Ledbrook school who mentors the Maker and makes three "
     "Workbench visits."],
    ["Assayer", "A tutor who teaches on Bench Days and marks Assay Pieces."],
    ["Second Assayer", "The tutor who second-marks an Assay Piece."],
    ["Deputy Warden", "The external examiner, appointed by the University."],
    ["Warden's Court", "The Board of Examiners for the award, which sits at the Assay Hall."],
    ["Proof Sheet", "The audit against the wares that a Maker fills in before the first Bench Day."],
    ["Pattern Book", "The Maker's own training plan."],
    ["Assay Piece", "One of the three marked assignments, AP1, AP2 and AP3."],
    ["Touchstone", "A short unmarked exercise that an Assayer reads and returns with comments."],
    ["Wares", "The national minimum outcomes, W1 to W29 in the Schedule of Wares (Part D)."],
]
table(doc, gloss, widths=[3.8, 13.2], head_fill=GREY, size=9.5)

note(3, "The Result column.", "In the Schedule of Wares the column headed \u201cWorked at\u201d names the "
     "Bench Day or Days on which each ware is made; a dash in that column means that no Bench Day works it. "
     "The column headed \u201cResult\u201d says how the ware is tried, in one of four ways:")
for lead, txt in [
    ("Struck at AP1, Struck at AP2 or Struck at AP3: ", "the ware is marked in that Assay Piece against "
     "criteria printed on its brief, and the Piece cannot pass unless the ware reaches the standard."),
    ("Touched only: ", "the ware is tried on a Touchstone. An Assayer reads the exercise and writes comments "
     "on it but gives no mark, and the Touchstone is not part of the award."),
    ("Returned unmarked: ", "the ware is made on a Bench Day but is not tried at all."),
    ("Not sent: ", "the ware is not part of this consignment."),
]:
    P(doc, ["- ", (lead, {"b": True}), txt], indent=0.8, after=2)

note(4, "Striking the award.", "The Warden's Court recommends the award to the University for a Maker whose "
     "three Assay Pieces have all been struck. A Piece is struck when it reaches the pass standard on every "
     "criterion on its brief. A Piece that is not struck may be sent once more, at the next submission date.")

note(5, "Who may send wares.", "A Maker must hold Qualified Teacher Status, be the SENCO of a school or be "
     "named by the headteacher to become its SENCO within the year, and be nominated on Form N signed by the "
     "headteacher, who also agrees to release the Maker for Journeyman visits. Every applicant has a Proof "
     "Conversation of about forty-five minutes with an Assayer before a place is offered, taking the Proof "
     "Sheet as its starting point. An applicant whose Proof Sheet and conversation show that they are not "
     "yet likely to reach all the wares in the year is not offered a place: the Assayer writes to them "
     "setting out what to do first (usually a term working alongside an experienced SENCO and the Ledbrook "
     "SEN Support Service's introductory twilight course), telephones their headteacher to agree it, and "
     "offers a place in the next consignment.")

note(6, "Prior credit.", "A Maker who has passed Master's-level study within the last five years that "
     "covers some of the wares may claim up to 20 credits under the University's regulations for the "
     "Accreditation of Prior Learning. A Maker with long experience of SEN work but no such credit may "
     "claim from experience: they put together a Prior Work File of evidence against named wares, which "
     "two Assayers assess and the Deputy Warden sees. Credit granted is entered in the Pattern Book, and "
     "the Maker is excused the matching part of AP1 or AP2 (never AP3).")

note(7, "Proof Sheet and Pattern Book.", "Before the first Bench Day each Maker rates themselves on every "
     "ware in the Schedule on the Proof Sheet, on a four-point scale from \u201cnew to me\u201d to \u201cI "
     "could teach it\u201d, with a line of evidence for each rating, and their Journeyman adds a comment. "
     "At the Proof Conversation the Assayer and the Maker agree the Pattern Book: the three to five wares "
     "the Maker most needs to work on, a personal target for each, which of the two options on Bench Days "
     "5 and 9 the Maker takes, and the setting for each Workbench Task. Each Pattern Book is reviewed with "
     "the Maker's Assayer at Bench Day 5 and again at Bench Day 9.")

deleted_para(doc, [("Note 8. Direct assay. ", {"b": True}),
                   "In exceptional cases an experienced teacher who already meets the wares, for example "
                   "from a local authority SEN support service, may send the three Assay Pieces for assay "
                   "without attending the Bench Days, after a Proof Conversation and for a charge of "
                   "\u00a3450."], OF, OF_DATE)
note(8, "Direct assay.", "The Warden's Court has been asked whether an experienced SEN teacher could send "
     "the three Assay Pieces for assay without attending Bench Days. The University's regulations for the "
     "Postgraduate Certificate require attendance at taught sessions, so no such route is offered to the "
     "2009 consignment.")

note(9, "Equal access.", "The Trust has a Disability Equality Scheme, and the Assay Hall was adapted in "
     "2006: there is level access from Goldsmiths' Row, a lift to the Drawing Office and the Learning Room, "
     "an accessible toilet on each floor and a hearing loop in the Court Room. Form N asks every applicant, "
     "in confidence, whether they have a disability or other need we should plan for, and the Head of the "
     "Workshop follows up each answer by telephone before the first Bench Day. Papers are available in "
     "large print, on coloured paper or electronically, and Assayers send their slides a week ahead to any "
     "Maker who asks. With the University's Disability Service we agree adjustments to Assay Pieces (extra "
     "time, a recorded rather than a written reflection, a break in the Assay Conversation) and enter them "
     "in the Pattern Book. For the hour at the bench on Bench Day 1, tools are set up for left-handed "
     "Makers and for Makers with a weak grip, and any Maker may watch rather than work.")

note(10, "One route.", "The consignment has one route: the ten Bench Days in order, on Saturdays, with "
     "the Workbench Tasks between them. There is no e-learning in this award and no part of it is taught "
     "online; the papers for each Bench Day are posted to Makers a fortnight before. A Maker who misses a "
     "Bench Day through illness or an emergency at school takes that Bench Day with the next year's "
     "consignment, and each of AP1 and AP2 has two submission dates. The University of Stannerbridge runs "
     "its own Postgraduate Certificate in SEN at its Hethersett campus, partly online and starting in "
     "September; that programme is not part of this consignment.")

note(11, "The Workbench and the Journeyman.", "Every Bench Day is followed by a Workbench Task carried out "
     "in the Maker's own school and tied to the wares of that day (Part C lists them); the Workbench Tasks "
     "build into the Assay Pieces, and AP3 reports a change the Maker has led at the Workbench. There are "
     "no placements away from the Maker's own school: we judge that the Workbench is where the wares have "
     "to be made. Each Maker has a Journeyman, an experienced SENCO from another Ledbrook school, chosen by "
     "the Workshop from SENCOs put forward by the City Council's SEN Support Service. The Journeyman makes "
     "three Workbench visits (March, June and October), talks through the Workbench Tasks and, on the third "
     "visit, observes the staff session for AP2 and sends an observation slip to the Assayer. Each "
     "Journeyman is sent the Journeyman's Card, which sets out what to do on each visit and what to write "
     "on the visit slip.")

note(12, "Assayers.", "The Bench Days are taught and the Assay Pieces marked by five Assayers:")
staff = [
    ["Assayer", "Post", "Background"],
    ["Dr Owen Feltham", "Programme Director; Senior Lecturer in Inclusive Education, University of "
     "Stannerbridge", "SENCO of a Ledbrook comprehensive for nine years; PhD (2005) on how SENCOs lead "
     "change; member of the Ledbrook SEN Strategy Group."],
    ["Margery Quayle", "Head of the Hallmark Workshop; programme leader", "Taught for eight years in a "
     "special school for pupils with moderate learning difficulties; MA in Special and Inclusive Education "
     "(2003); eleven years leading the Trust's learning programme for schools."],
    ["Anjali Mistry", "Assayer (one day a week, seconded)", "Practising educational psychologist in the "
     "Ledbrook Educational Psychology Service; leads its work on autism."],
    ["Peter Crane", "Assayer (sessional)", "SENCO of Greyfriars Primary School, Ledbrook, and an Advanced "
     "Skills Teacher for SEN; Postgraduate Diploma in Specific Learning Difficulties (2006)."],
    ["Rosa Lindqvist", "Assayer; Lecturer in Education, University of Stannerbridge", "Formerly head of "
     "the Wyvernshire Sensory Support Service; Qualified Teacher of the Deaf."],
]
table(doc, staff, widths=[3.3, 5.2, 8.5], head_fill=GREY, size=9)
P(doc, "Both University Assayers spend at least ten days a year in schools, and Anjali Mistry and Peter "
  "Crane are in practice now. The Trust's Master Silversmith, Tom Arden, and the two Bench Instructors lead "
  "the hour at the bench on Bench Day 1; they have each served a five-year apprenticeship and hold the "
  "freedom of the Ledbrook Company of Goldsmiths, but they do not teach or try any ware.", align="j")

note(13, "Second assay and the Deputy Warden.", "Each Assay Piece is marked by one Assayer against the "
     "criteria on its brief. Before each Piece is marked the Assayers meet for an hour to mark two "
     "anonymised pieces together and agree the standard. The Second Assayer marks blind every Piece that "
     "the first Assayer fails or places within five marks of the pass line, and a sample of one in four of "
     "the rest, across all Assayers. The Assay Conversations are recorded, and the Second Assayer listens to "
     "a third of them. The Deputy Warden, Professor Hilary Dunstan of the University of Marrowby, sees a "
     "sample of every Piece, every fail and every Prior Work File, attends the Warden's Court and reports "
     "to the University each year.")

p14 = note(14, "Checks.", "")
r14 = p14.add_run("Checks on a Maker's suitability to work with children are a matter for the Maker's "
                  "employer, who will have made them on appointing the Maker as a teacher.")
p14.add_run(" The Workshop does not ask Makers for disclosure details. The Trust's own staff who work with "
            "visiting school parties hold CRB enhanced disclosures, renewed every three years.")
comment(doc, [r14], "The University's admissions office can check disclosures for us if we ask. Shall we?",
        OF, "OF")

note(15, "Rooms and equipment.", "Bench Days are held in the Court Room and the Drawing Office of the Assay "
     "Hall. The Learning Room has twelve networked computers with screen-reading and text-to-speech "
     "software, and the Trust's SEN resource collection (some 600 books, assessment kits and intervention "
     "programmes), which Makers may borrow. Makers are registered as students of the University and use its "
     "library and online journals from home or from the Learning Room. The Ledbrook SEN Support Service "
     "lends each Maker its assistive technology loan box (a talking word processor, reading pens, a "
     "portable magnifier and a voice recorder) for the Workbench Task after Bench Day 5.")

note(16, "What we hear and what we change.", "After each Bench Day Makers fill in a Bench Day slip (what "
     "helped, what did not, what they will try at the Workbench); the Assayers read the slips at their "
     "meeting the following week and write on the consignment log what they will change. At the end of the "
     "year each Maker completes the University's module evaluation, the Makers' two elected representatives "
     "meet the Warden's Court, and the Deputy Warden's report comes to the Warden's Court with the "
     "Workshop's response. The University's annual monitoring of the programme brings all of these "
     "together with the pass rates and the Proof Sheet gains and sets the action plan for the next "
     "consignment, which the Trustees' Learning Committee approves.")

note(17, "After the award.", "At the last Bench Day the University's admissions tutor for the MA in "
     "Education talks to Makers about further study, and a Maker may carry the 60 credits into the MA.")

note(18, "Marks.", "Wares not bearing a sponsor's mark will not be received.")
note(19, "Liability.", "The Assay Office is not liable for wares damaged in trying.")
note(20, "Charges.", "Charges are payable on delivery of the Note.")

# ---------------- PART C ----------------
part_title("PART C \u2013 DESCRIPTION OF THE CONSIGNMENT")
P(doc, [("What the consignment is for. ", {"b": True}),
        "The consignment has one aim: that pupils with special educational needs and disabilities in the "
        "Makers' schools make faster progress in reading, writing and mathematics, because their SENCO knows "
        "how to find what is holding them back and how to organise the school's teaching to remove it. Its "
        "objectives are the wares in the Schedule (Part D)."], align="j")
P(doc, [("Bench Days. ", {"b": True}),
        "Bench Days run from 9.30 to 3.30. Each is taught by two Assayers, with visiting specialists where "
        "the table says so."], align="j")

bench = [
    ["Bench Day", "Date", "Room", "What is worked", "Workbench Task after it"],
    ["SPRING TERM 2009"],
    ["1. The Hallmark", "10 Jan", "Court Room", "What a SENCO is for: the 2008 SENCO regulations and the "
     "SENCO's place in the senior team; Every Child Matters, its five outcomes and what the SENCO does "
     "towards each. An hour at the bench with the Master Silversmith: how an apprentice learns a craft, and "
     "what that says about learning a new role. Pattern Books agreed.",
     "Interview your headteacher about where SEN sits in the school development plan; note three things "
     "the head expects of you."],
    ["2. The Statute Book", "31 Jan", "Court Room", "The Education Act 1996 and the SEN Code of Practice "
     "(2001); statutory assessment and statements; SENDA 2001; the Disability Discrimination Act 1995 as "
     "amended in 2005, the Disability Equality Duty and accessibility plans; Removing Barriers to "
     "Achievement and the Inclusion Development Programme; what each asks of the school and of the SENCO.",
     "Check your school's SEN policy and accessibility plan against the Code and the Duty; list what is "
     "out of date."],
    ["3. Knowing the Metal", "28 Feb", "Drawing Office", "The commoner kinds of SEN: behavioural, emotional "
     "and social difficulties; specific learning difficulties and dyslexia; speech, language and "
     "communication needs (with the Bercow Review, 2008); autism; moderate learning difficulties; how each "
     "can get in the way of learning. With a speech and language therapist and a teacher from the Autism "
     "Outreach Team.", "Shadow one pupil for half a day and write down what got in the way of their "
     "learning."],
    ["4. Trying the Metal", "21 Mar", "Court Room", "Finding pupils who may have SEN from observation, data "
     "and assessment; reading and using reports from educational psychologists, therapists and others; "
     "national tests, P scales and RAISEonline to follow progress; setting targets, planning interventions "
     "and reviewing them; weighing evidence and deciding on provision. With Anjali Mistry.",
     "Choose the pupil for your Case File (AP1) and gather every assessment made of them."],
    ["5. Teaching for All", "25 Apr", "Learning Room and Drawing Office", "Approaches, strategies and "
     "resources for assessing, planning and teaching, ICT and assistive technology among them; assessment "
     "for learning and how to help colleagues use it with pupils with SEN. Options: 5A Primary and early "
     "years; 5B Secondary. Pattern Books reviewed.", "Try one piece of equipment from the loan box with a "
     "pupil. Touchstone 1: a note to a colleague on assessment for learning."],
    ["SUMMER TERM 2009"],
    ["6. Working with Families", "16 May", "Court Room", "Fair and respectful relationships with pupils "
     "and their parents; the Parent Partnership Service; listening to parents, hard conversations, "
     "reviews held as partnership. With the Ledbrook Parent Partnership officer and two parents.",
     "Plan and hold a meeting with the parents of your Case File pupil."],
    ["7. The Workshop Floor", "20 Jun", "Drawing Office", "Provision mapping and managing provision; "
     "finding provision that is missing or does not work; deploying and managing teaching assistants; the "
     "SENCO's own time: priorities, delegation, following up.", "Draft your school's provision map (AP2). "
     "Touchstone 2: a week's time log with a note on what you could delegate."],
    ["AUTUMN TERM 2009"],
    ["8. Masters and Journeymen", "26 Sep", "Court Room", "Leading colleagues: gaining the commitment of "
     "the head and senior team; working with governors on ethos, policy and resources; observation and "
     "feedback, modelling, coaching, mentoring, planning and leading training.", "Lead your staff session "
     "for AP2, observed by your Journeyman."],
    ["9. Beyond the Hall", "24 Oct", "Court Room", "External agencies and how to get their help: the "
     "Educational Psychology Service, health, social care, the Common Assessment Framework and the Team "
     "Around the Child, voluntary organisations; research and best practice in meeting SEN, with Ofsted's "
     "report Inclusion: does it matter where pupils are taught? (2006), and how to use them. Options: 9A Multi-agency casework; 9B Reading research for practice. Pattern Books reviewed.",
     "Map the agencies working with pupils in your school; begin the impact report for AP3."],
    ["10. The Date Letter", "28 Nov", "Court Room", "Reviewing with colleagues how well provision is "
     "working; school self-evaluation and the SEF; keeping up to date after the award; the MA in "
     "Education.", "Touchstone 3: a page on how SEN appears in your school's SEF. Finish the impact report "
     "(AP3)."],
]
tB = table(doc, [r if len(r) == 5 else [r[0], None, None, None, None] for r in bench],
           widths=[2.8, 1.5, 2.3, 6.4, 4.0], head_fill=GREY, size=8.5)
for i, r in enumerate(bench):
    if len(r) == 1:
        merge(tB, i, 0, i, 4, parts=[(r[0], {"b": True, "size": 8.5})], fill=LIGHT)

P(doc, [("The Assay Pieces. ", {"b": True}),
        "Each Piece has a printed brief with its criteria; the wares it is marked against are listed below "
        "and in the Result column of Part D."], align="j", before=6)
for lead, txt in [
    ("AP1 The Case File", " (June or September 2009; 4,000 words). A case study of one pupil with SEN or "
     "disabilities in the Maker's school: how the pupil's needs were found, what other professionals' "
     "assessments say and how the Maker used them, what national test and other summative results show, "
     "the targets set, the intervention planned and reviewed, how the Maker worked with the parents, and "
     "what the pupil's development and the setting around them have to do with it all. Marked against "
     "W1, W8, W11, W12, W13, W18, W19, W20 and W28."),
    ("AP2 The Provision Map and Staff Session", " (October 2009 or January 2010; 3,000 words with the "
     "map). The school's provision map with a commentary on provision that is missing or not working; a "
     "plan for deploying support staff, agreed with the head; a staff training session led by the Maker "
     "and observed by the Journeyman, with the Maker's evaluation of it; a paper to the governors' "
     "committee on SEN policy and priorities. Marked against W2, W10, W17, W23, W24 and W25."),
    ("AP3 The Impact Report and Assay Conversation", " (December 2009). A 3,000-word report on a change "
     "the Maker has led at the Workbench, drawing on research and outside advice, on the agencies involved "
     "and on a review of the provision made with colleagues, followed by a thirty-minute Assay "
     "Conversation with two Assayers. Marked against W4, W5, W6, W9, W15, W16, W26 and W29."),
]:
    P(doc, ["- ", (lead, {"b": True}), txt], indent=0.8, align="j", after=3)
P(doc, "Touchstones 1, 2 and 3 are read by the Maker's Assayer and returned with written comments within "
  "three weeks. They carry no mark.", align="j")

# ---------------- PART D ----------------
part_title("PART D \u2013 SCHEDULE OF WARES")
P(doc, [("The wares in our words, with where each is worked and how it is tried (see Note 3).",
         {"i": True, "size": 9.5})])
wares = [
    ("ATTRIBUTES (W1\u2013W7)",),
    ("W1", "Builds fair, respectful and steady working relationships with pupils who have SEN or "
     "disabilities and with their families", "6", "Struck at AP1"),
    ("W2", "Wins the backing of colleagues, the headteacher and the senior team for better outcomes for "
     "these pupils", "8", "Struck at AP2"),
    ("W3", "Puts work in order of importance, manages own time, hands tasks to others and checks they are "
     "done", "7", "Touched only"),
    ("W4", "Sees problems coming and settles them; makes sound, well-grounded decisions about provision",
     "4, 7", "Struck at AP3"),
    ("W5", "Speaks and writes clearly; listens to others and understands their point of view", "1\u201310",
     "Struck at AP3"),
    ("W6", "Uses research and outside advice to improve own practice and colleagues'", "9", "Struck at AP3"),
    ("W7", "Keeps up to date and takes charge of own professional development in SEN and disability", "10",
     "Returned unmarked"),
    ("KNOWLEDGE (W8\u2013W16)",),
    ("W8", "The law and guidance on SEN, the Code of Practice, what they mean for the school and how to "
     "carry them out", "2", "Struck at AP1"),
    ("W9", "Every Child Matters: its five outcomes and the SENCO's part in helping pupils reach them", "1",
     "Struck at AP3"),
    ("W10", "Disability equality law and what schools must do under it for disabled pupils", "2",
     "Struck at AP2"),
    ("W11", "How children grow and learn, and how SEN, disability and the setting around them shape that",
     "\u2013", "Struck at AP1"),
    ("W12", "The commoner kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how each affects "
     "learning", "3", "Struck at AP1"),
    ("W13", "A critical grasp of approaches, strategies and resources, ICT among them, for assessing, "
     "planning and teaching", "5", "Struck at AP1"),
    ("W14", "How schools evaluate themselves and improve, and what that has to do with outcomes for pupils "
     "with SEN", "10", ("del", "Struck at AP3", "Touched only")),
    ("W15", "What works: best practice and research findings on meeting special needs", "9", "Struck at AP3"),
    ("W16", "What outside agencies do, and how to get specialist help and resources", "9", "Struck at AP3"),
    ("SKILLS (W17\u2013W29)",),
    ("W17", "Works with senior staff and governors to shape an inclusive ethos, policies, priorities and "
     "the use of resources", "8", "Struck at AP2"),
    ("W18", "Finds pupils who may have SEN, sets stretching targets, plans interventions and reviews "
     "progress", "4", "Struck at AP1"),
    ("W19", "Draws on other professionals' assessments to shape teaching", "4", "Struck at AP1"),
    ("W20", "Uses summative results, national tests included, to follow progress and change programmes",
     "4", ("del", "Touched only", "Struck at AP1")),
    ("W21", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "5",
     "Touched only"),
    ("W22", "Arranges in good time the special arrangements pupils need for tests and examinations",
     "\u2013", "Not sent"),
    ("W23", "Maps and manages provision and finds what is missing or not working", "7", "Struck at AP2"),
    ("W24", "Deploys and manages support staff well", "7", "Struck at AP2"),
    ("W25", "Develops colleagues: observes and gives feedback, models, coaches, mentors and trains", "8",
     "Struck at AP2"),
    ("W26", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "10",
     "Struck at AP3"),
    ("W27", "Involves pupils in planning, agreeing and reviewing their own provision", "\u2013", "Not sent"),
    ("W28", "Works with parents and carers to help their children learn and develop", "6", "Struck at AP1"),
    ("W29", "Works in partnership with other services and agencies, voluntary bodies included", "9",
     "Struck at AP3"),
]
tD = doc.add_table(rows=len(wares) + 1, cols=4)
tD.style = "Table Grid"
for j, h in enumerate(["Ware", "Description (our words)", "Worked at (Bench Day)", "Result"]):
    cell_text(tD.cell(0, j), [(h, {"b": True})], size=9, fill=GREY)
for i, w in enumerate(wares, start=1):
    if len(w) == 1:
        merge(tD, i, 0, i, 3, parts=[(w[0], {"b": True, "size": 9})], fill=LIGHT)
        continue
    code, desc, where, res = w
    cell_text(tD.cell(i, 0), [(code, {"b": True})], size=9)
    cell_text(tD.cell(i, 1), desc, size=9)
    cell_text(tD.cell(i, 2), where, size=9, align="c")
    if isinstance(res, tuple):
        p = tD.cell(i, 3).paragraphs[0]
        dele(p, res[1], OF, OF_DATE)
        ins(p, res[2], OF, OF_DATE)
    else:
        cell_text(tD.cell(i, 3), res, size=9)
for row in tD.rows:
    for j, wd in enumerate([1.4, 10.0, 2.3, 3.3]):
        row.cells[j].width = Cm(wd)
P(doc, [("W22. ", {"b": True}), "Access arrangements for tests and examinations are left out of this "
        "consignment because in most of our Makers' schools they are the work of the examinations officer."],
  align="j", before=4, size=9.5)
P(doc, [("W27. ", {"b": True}), "See Part E, paragraph 4."], size=9.5)

# ---------------- PART E ----------------
part_title("PART E \u2013 REPORT OF THE ASSAY MASTER")
P(doc, [("The Workshop's own account of where the consignment came from, who takes part in it and how we "
         "judge it.", {"i": True, "size": 9.5})])
P(doc, [("1. Where the consignment came from. ", {"b": True}),
        "In the spring of 2008 the Workshop and the University sent a questionnaire to the headteachers and "
        "SENCOs of all 96 Ledbrook schools (61 replied) and held two meetings with the City Council's SEN "
        "Support Service, its Educational Psychology Service and the Parent Partnership Service. Four "
        "things came back clearly, and each changed the course. Heads could not release a teacher for ten "
        "weekdays, so the Bench Days are Saturdays and the Journeyman visits are short. New SENCOs said they "
        "felt alone in their schools, so every Maker has a Journeyman. The SEN Support Service asked for "
        "provision mapping and the management of teaching assistants to be taught and marked, which is why "
        "they are the core of AP2. The Parent Partnership Service asked that parents speak for themselves, "
        "so two parents teach on Bench Day 6."], align="j")
P(doc, [("2. Who takes part. ", {"b": True}),
        "The City Council's SEN Support Service puts forward the Journeymen and lends the loan boxes; its "
        "educational psychologists, the Autism Outreach Team and the Parent Partnership officer teach on "
        "Bench Days 3, 4, 6 and 9. In evaluating the consignment, each Maker's headteacher is asked in "
        "November for a written comment on the change the Maker has led at the Workbench, and these "
        "comments, with the Journeymen's visit slips, go into the annual report that the Warden's Court "
        "considers. The manager of the SEN Support Service sits on the Trustees' Learning Committee, which "
        "approves the action plan for each new consignment."], align="j")
P(doc, [("3. How we judge the consignment. ", {"b": True}),
        "We judge the consignment by what it does for the Makers. Each Maker fills in the Proof Sheet again "
        "at Bench Day 10, and the Assayers compare the two ratings ware by ware; Makers also mark their "
        "confidence in the SENCO role on a ten-point scale at Bench Day 1 and again at Bench Day 10. The "
        "pass rates and the Deputy Warden's report complete the picture. We hope that in time the Makers' "
        "schools will see better results for their pupils with SEN, and the Trust would like to find a way "
        "of following that up once the first consignment has left the Hall."], align="j")
p4 = P(doc, [("4. Pupils' own voices. ", {"b": True})], align="j")
r4 = p4.add_run("We have not yet built the views of pupils themselves into the Bench Days.")
p4.add_run(" The Trust's Young Makers' Panel, twelve pupils from Ledbrook schools who advise our galleries, "
           "has offered to help us design a session on consulting pupils for the 2010 consignment.")
comment(doc, [r4], "Panel meets in March; ask Hannah to put this on the agenda.", MQ, "MQ")

text_box(doc, [
    [("Assay Master's remark", {"b": True})],
    [("Every ware on the Schedule is brought to the full standard and struck before the award is made. "
      "This consignment meets every national minimum outcome.", {"i": True})],
    [("M. Quayle", {"size": 9})],
], width_pt=440, height_pt=70)

# ---------------- PART F ----------------
part_title("PART F \u2013 DECLARATION BY THE SPONSOR")
for box, txt in [
    ("\u2612", "Every Maker on this consignment holds a current CRB enhanced disclosure."),
    ("\u2612", "The wares described meet the national minimum outcomes for SENCO training."),
    ("\u2612", "The Accrediting Hall has approved this Assay Note."),
    ("\u2610", "Wares are sent for part-marking only."),
]:
    P(doc, [box + "  ", txt], indent=0.5, after=2)
sig = table(doc, [["Signed for the Sponsor", "Signed for the Accrediting Hall", "Date"],
                  ["M. Quayle", "O. Feltham", "14 November 2008"]], widths=[6, 6, 5], head_fill=LIGHT, size=9.5)

doc.save(OUT)
print("wrote", OUT)
