"""ng-02-harnham-yard-parts-list: builds ng-02-harnham-yard-parts-list.docx next to itself.

Provider (invented): Coldwell & Pryor Ltd, cartwrights and carriage restorers, Harnham Yard, Wylye
Bottom, Wiltshire: a wheelwright's and cartwright's yard (farm wagons, carts, carriages, heritage
vehicles) whose Schools Workshop runs the National Award for SEN Coordination for teachers,
validated by the (invented) University of Sarum Vale.

Document kind: the course sent as the yard's ILLUSTRATED PARTS LIST (IPL) for a vehicle, the
spares book a cartwright issues for a wagon it builds: publication number, a Record of Amendments,
"How to use this list", a Data Plate, Ordering, Measuring Up, a Service Exchange scheme, a Fit-only
Service, Proving Runs, After-sales, and four Figures, each an exploded view (a text box with
"[drawing to follow]") over a parts table of Item, Part No., Description and Remarks. House
vocabulary: the course is "the Wagon"; modules are "Figures" (Wheels and Axles; Undercarriage and
Brake; Body, Raves and Tailboard; Shafts and Harness); study days are ten "Yard Days"; online
sessions are fortnightly "Evening Sheds" on "the Shed"; peer groups are "Wheel Gangs"; the needs
assessment is "measuring-up" and the training plan the "Cutting List"; APL/APEL is the "Service
Exchange"; the assessment-only route is the "Fit-only Service"; school mentors are "Wagoners"; the
marked work is three "Proving Runs" (PR1-PR3); the course reader is "the Pattern Book"; the CPD plan
is the "Next Load" plan; stakeholders sit on the "Customer Panel".

Layout: no heading styles. Titles are bold capitals typed as Normal paragraphs ("SECTION 4 -
ORDERING"), paragraphs carry typed numbers whose numbering collides with requirement ids ("4.2",
"5.3", "9.3"); a Record of Amendments table with a blank row of prompts; a Data Plate table whose
credit rating is changed from 60 to 40 by a tracked change; four VML text boxes ("exploded views")
with [drawing to follow] placeholders; four parts tables each with a merged, shaded Figure row and
merged sub-assembly rows, the Remarks column keyed in Section 2 far above ("Made YD n", "Proved PRn",
'Fitted only', 'Pattern only', 'Supply suspended'); a tracked change in one Remarks cell; a deleted
placements paragraph; an inserted sentence in the Fit-only Service; a [name TBC] placeholder; two
Word comments; page header and a footer that makes a claim.

Traps (requirement ids):
- Credit rating changed by tracked change from "60" to "40" credits at M level (E.2 partially_met).
- CRB: applicants only confirm on the order form; "We do not see the certificate ourselves, and
  we do not contact previous employers"; a comment says the University wants the certificates
  seen (5.3 partially_met: self-declaration, no verification).
- Equality: a general equal-opportunities statement and a ground-floor Wainshop, but two Yard Days
  in a loft "which has no lift"; nothing on disclosure or adjustments (3.1 partially_met).
- Placements: the Yard's own placement paragraph is a tracked deletion; "There are no placements
  in this Issue"; Brinsop Carriage Works' placements are another provider's (5.5 partially_met:
  specialist speakers only).
- Resources: University library only; "The Yard itself holds no specialist assessment materials or
  assistive technology" (5.6 partially_met).
- Moderation internal only; "There is no external examiner for the Proving Runs"; the footer's
  claim that the external examiner moderates every Run is not evidence (5.8 partially_met).
- Research: only "The tutors keep the Pattern Book up to date" with no recent research,
  inspection evidence or developments named (1.3 partially_met).
- Impact: "We have not yet found a way to measure what the Wagon does" for confidence or pupils;
  a study only hoped for (5.9 not_met).
- Award rule: attendance at eight of ten Yard Days and an average of 50 per cent across the Runs,
  compensatory, so nothing requires every outcome to be shown (6.0 not_met; 1.9 partially_met).
- Outcomes 'Supply suspended' in Amendment 2 (6.K7, 6.S2d not_met).
- Outcomes 'Fitted only' (made on a Yard Day, not proved): 6.S2b, 6.A3, 6.A5; 6.S4 changed from
  "Proved PR3" to 'Fitted only' by a tracked change in its Remarks cell (all partially_met).
- Outcome 'Pattern only' (in the reader, never made or proved): 6.K4 (partially_met).
- Outcomes proved but "Not made on a Yard Day": 6.K2 and 6.S6 (assessed, not taught:
  partially_met).
- Met despite looking like traps: the Fit-only Service (2.3) with an inserted sentence; the
  Service Exchange accrediting experience as well as study (2.1); the Customer Panel's survey,
  amendments and yearly review (4.1, 4.2, 4.3); Wagoners' briefing (5.7).
"""
from pathlib import Path
import sys

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _ng_helpers import (add_del, add_ins, base_document, body_words, cell_text, deleted_paragraph,
                         header_footer, inserted_paragraph, set_col_widths, shade, textbox)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
RC = "Ruth Coldwell"
RC_DATE = "2008-11-12T10:05:00Z"
JP = "Jem Pryor"
JP_DATE = "2008-11-14T15:22:00Z"

doc = base_document("Arial", 9.5)


def SEC(t):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(t)
    r.bold = True
    r.font.size = Pt(11)
    return p


def NP(num, text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t")
    if lead:
        p.add_run(lead).bold = True
    p.add_run(text)
    return p


def C(t, bold=False, size=None):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


header_footer(
    doc,
    "HARNHAM YARD · ILLUSTRATED PARTS LIST HY/IPL/22 · SENCO WAGON · ISSUE 2",
    "Uncontrolled when printed. All Proving Runs are moderated by the University's external "
    "examiner. Coldwell & Pryor Ltd, Harnham Yard, Wylye Bottom, Wiltshire.",
)

# ------------------------------------------------------------------ title page
C("COLDWELL & PRYOR LTD", bold=True, size=12)
C("CARTWRIGHTS, WHEELWRIGHTS AND CARRIAGE RESTORERS · HARNHAM YARD · WYLYE BOTTOM")
C("ILLUSTRATED PARTS LIST", bold=True, size=20)
C("HARNHAM SENCO WAGON", bold=True, size=16)
C("The National Award for SEN Coordination, built at the Harnham Yard Schools Workshop with the "
  "University of Sarum Vale")
C("Publication HY/IPL/22 · Issue 2 · November 2008 · Supersedes Issue 1 (May 2008)")

SEC("RECORD OF AMENDMENTS")
am = doc.add_table(rows=1, cols=4)
am.style = "Table Grid"
for i, h in enumerate(["Amdt No.", "Date", "Subject", "Incorporated by"]):
    cell_text(am.rows[0].cells[i], h, bold=True)
    shade(am.rows[0].cells[i], "D9D9D9")
for row in [
    ("1", "06.08", "Fig. 2: disability equality part HW-2102 added at the Customer Panel's request. "
                   "Fig. 4: Breeching HW-4103 added.", "R. Coldwell"),
    ("2", "11.08", "Data Plate: credit rating revised. Fig. 1 item 8 and Fig. 2 item 5: supply "
                   "suspended for 2008-09. Fig. 3 item 4 remarks revised.", "J. Pryor"),
    ("[No.]", "[mm.yy]", "[Subject of amendment]", "[Initials]"),
]:
    rc = am.add_row().cells
    for i, v in enumerate(row):
        cell_text(rc[i], v, italic=v.startswith("["))
set_col_widths(am, [Cm(1.8), Cm(1.8), Cm(10.0), Cm(3.0)])

# ------------------------------------------------------------------ section 1
SEC("SECTION 1 – INTRODUCTION")
NP("1.1", "This Illustrated Parts List (IPL) covers the Harnham SENCO Wagon: the course for the "
   "National Award for SEN Coordination that Coldwell & Pryor build at the Harnham Yard Schools "
   "Workshop for teachers who are new to the role of special educational needs coordinator. We "
   "have built and restored farm wagons, carts and carriages at Harnham Yard since 1921, and for "
   "twenty years the Schools Workshop has taught wheelwrighting, design and technology and, since "
   "2003, courses for teachers. We issue an IPL with every wagon we build so that its owner knows "
   "what every part is, where it sits and how to get another; this one does the same for the "
   "Wagon.")
NP("1.2", "The Wagon has one job: to raise the achievement and improve the well-being of the "
   "children and young people with special educational needs and disabilities in participants' "
   "schools, in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and "
   "achieving, making a positive contribution and achieving economic well-being), not in test "
   "results alone. Every Figure and every Proving Run is built to carry that load, and each "
   "Proving Run asks the participant to plan for the pupils' learning and their well-being "
   "together.")
NP("1.3", "The Wagon is built in four Figures, each one Assembly, taught over ten Yard Days at the "
   "Yard with fortnightly Evening Sheds online between them, and proved in three Proving Runs "
   "carried out in the participant's own school. Each participant has a Wagoner, a mentor in "
   "school.")
NP("1.4", "A wagon is only proved on the road. Every Proving Run is done in the participant's "
   "school with the participant's own pupils, colleagues and parents, and the third is a change "
   "to the school's provision that the participant leads over the spring and summer terms, agreed "
   "with the headteacher and reported to the governors. A participant leaves the Yard having "
   "already changed the way the school works for its pupils with SEN.")

# ------------------------------------------------------------------ section 2
SEC("SECTION 2 – HOW TO USE THIS LIST")
NP("2.1", "Section 13 gives one Figure for each Assembly: an exploded view and, under it, the "
   "parts table. The parts table lists every part of the Assembly by Item, Part No., Description "
   "and Remarks.")
NP("2.2", "Parts marked ◆ are the national minimum outcomes for SENCO training, in our words; "
   "the national wording is printed inside the back cover of the Pattern Book, our course "
   "reader. Unmarked parts are the Yard's own fittings.")
NP("2.3", "The Remarks column tells you where a part is made and whether it is proved. 'Made YD "
   "3' means the part is made on Yard Day 3. 'Proved PR1', 'Proved PR2' or 'Proved PR3' means the "
   "part is examined and marked in that Proving Run. 'Fitted only' means the part is made on a "
   "Yard Day but no Proving Run marks it. 'Pattern only' means the part is in the Pattern Book but "
   "is neither made on a Yard Day nor proved. 'Supply suspended' means the part is neither made "
   "nor proved in this Issue.")
NP("2.4", "To order a spare, quote the Part No. The Schools Workshop office will tell you which "
   "Yard Day or Evening Shed to come to.")

# ------------------------------------------------------------------ section 3 data plate
SEC("SECTION 3 – DATA PLATE")
dp = doc.add_table(rows=1, cols=2)
dp.style = "Table Grid"
m = dp.rows[0].cells[0].merge(dp.rows[0].cells[1])
cell_text(m, "HARNHAM SENCO WAGON · BUILD 2008-09", bold=True)
shade(m, "BFBFBF")
plate = [
    ("Builder", "Coldwell & Pryor Ltd, Harnham Yard Schools Workshop"),
    ("Validated by", "University of Sarum Vale, Faculty of Education. Validated on 2 July 2008 as "
                     "the Postgraduate Certificate in SEN Coordination; the University awards the "
                     "certificate and holds the participants' records."),
    ("Credit rating", None),
    ("Build time", "One year part time, or up to two years for participants who spread the Figures"),
    ("Yard Days", "Ten Saturdays, 9.30 to 3.30, in the Wainshop at Harnham Yard"),
    ("Evening Sheds", "Fortnightly, 7.00 to 8.30 pm, on the Shed"),
    ("Batch size", "Twenty participants a batch; two batches a year"),
    ("Price", "£1,480 a participant (Fit-only Service £600)"),
]
for a, b in plate:
    rc = dp.add_row().cells
    cell_text(rc[0], a, bold=True)
    if b is None:
        p = rc[1].paragraphs[0]
        add_del(p, "60", RC, RC_DATE)
        add_ins(p, "40", RC, RC_DATE)
        p.add_run(" credits at master's (M) level")
    else:
        cell_text(rc[1], b)
set_col_widths(dp, [Cm(3.5), Cm(13.0)])

# ------------------------------------------------------------------ section 4 ordering
SEC("SECTION 4 – ORDERING")
NP("4.1", "The Wagon is built for teachers with QTS who are in post as SENCO, or have been named "
   "by their school to take the role on within the year. An order is a short application form "
   "with a school support form signed by the headteacher, who agrees to release the participant "
   "for Yard Days and to support the third Proving Run. Measuring-up (Section 5) is part of "
   "ordering: no order is accepted until the participant has been measured. Where the "
   "measuring-up shows that a teacher is not yet ready to reach every ◆ part by the end of the "
   "build, we say so in writing to the teacher and the headteacher, set out what to do first "
   "(usually the Schools Workshop's ten-week twilight course 'Inclusion in the classroom' and a "
   "term working alongside the school's current SENCO) and hold a place on a later batch.",
   "Who may order. ")
p = NP("4.2", "The order form asks every applicant to confirm that he or she holds a current "
       "enhanced CRB disclosure and to give its date and number. We do not see the certificate "
       "ourselves, and we do not contact previous employers.", "Disclosure. ")
doc.add_comment(p.runs[-1], "The University's partnership office says we must see the "
                "certificates. Sort before the February batch? RC", author=RC, initials="RC")
NP("4.3", "£1,480, invoiced to the school in two halves. Wiltshire's SEN service pays £500 a "
   "place for the county's maintained schools, and the price has not risen since Issue 1. We keep "
   "the price down by building every Proving Run out of work the participant must do for the "
   "school anyway, by sharing the University's library and Blackboard site rather than running "
   "our own, and by not charging participants for the parts they already have: parts signed off "
   "at measuring-up or accredited under the Service Exchange are not built again, and the Yard "
   "Days and Evening Sheds freed up are spent on the parts the Cutting List marks 'need'.",
   "Price and value. ")
NP("4.4", "Coldwell & Pryor is an equal opportunities employer and welcomes orders from every "
   "teacher, whatever their background. The Wainshop, where most Yard Days are held, is on the "
   "ground floor. Yard Days 4 and 7 are held in the upper loft of the paint shop, which has no "
   "lift.", "Equal opportunities. ")

# ------------------------------------------------------------------ section 5 measuring up
SEC("SECTION 5 – MEASURING UP")
NP("5.1", "We never build a wagon without measuring the horse and the road it will work. Before a "
   "participant's first Yard Day, one of our tutors visits the participant's school for a "
   "measuring-up. Together they go through every ◆ part in this list against the participant's "
   "own work (the school's SEN policy, the register, individual education plans, review records, "
   "any provision map) and the tutor marks each part 'have', 'part-made' or 'need'. Tutors look "
   "for evidence, not confidence: a participant who says 'have' for the Code of Practice is asked "
   "to show it in the school's own procedures.")
NP("5.2", "The measuring-up becomes the participant's Cutting List: an individual training plan "
   "that names which parts the participant will make from new, which need only fitting, and which "
   "can be signed off now, with the Yard Day tasks, Evening Shed topics and Pattern Book reading "
   "to match, and the participant's own outcomes for the third Proving Run, written for that "
   "school. The headteacher signs the Cutting List.")
NP("5.3", "The Cutting List is looked at again at the half-way check on Yard Day 5, and the tutor "
   "and participant change it where the first Proving Run has shown something new.")

# ------------------------------------------------------------------ section 6 service exchange
SEC("SECTION 6 – SERVICE EXCHANGE")
NP("6.1", "Teachers come to us with old parts worth keeping. Under the Service Exchange a "
   "participant may bring in earlier study and earlier experience against the Wagon's credits.")
NP("6.2", "M-level credit from a relevant module passed in the last five years is accredited by "
   "the University against up to 20 credits.", "Certificated study. ")
NP("6.3", "A participant with SEN experience may build an exchange portfolio, mapping evidence "
   "from the participant's own work to the ◆ parts of Figures 1 and 2. Two tutors assess the "
   "portfolio and the University's APEL panel accredits it against up to 20 credits. Exchanged "
   "parts are marked on the Cutting List and the participant does not attend the Yard Days that "
   "make them.", "Experience. ")

# ------------------------------------------------------------------ section 7 fit-only
SEC("SECTION 7 – FIT-ONLY SERVICE")
p = NP("7.1", "Once in a while a wagon comes into the Yard that needs no new parts, only proving. "
       "In exceptional cases an experienced candidate, for instance a teacher from the county's "
       "Learning Support Service or a deputy head who has done a SENCO's work for years without "
       "the title, may take the Fit-only Service: a measuring-up, then all three Proving Runs, "
       "marked and moderated exactly as everyone else's. There are no Yard Days. ")
add_ins(p, "Fit-only candidates have a half-hour telephone briefing with a tutor before "
        "each Proving Run and may join the Evening Sheds if they wish.", JP, JP_DATE)

# ------------------------------------------------------------------ section 8 running
SEC("SECTION 8 – YARD DAYS, EVENING SHEDS AND WAGONERS")
NP("8.1", "Ten Saturdays in the Wainshop, 9.30 to 3.30. The autumn batch runs from 27 September "
   "2008 to 13 June 2009; the spring batch from 7 February 2009 to 30 January 2010.",
   "Yard Days. ")
NP("8.2", "Two batches start each year, in September and February. Figures 2 and 4 may be "
   "taken in either order. A participant who needs to may spread the Wagon over two years, "
   "joining the next batch for the Figures still to do. A participant who cannot come on a "
   "Saturday may take the same Yard Day as two Tuesday twilights in the following fortnight, and "
   "every Evening Shed can be joined live or watched afterwards on the Shed.",
   "Choosing the route. ")
NP("8.3", "Between Yard Days, an Evening Shed runs every fortnight on the Shed, the Wagon's area "
   "on the University's Blackboard site: ninety minutes with a tutor in the Shed's virtual "
   "classroom, working through a case, a reading or a draft. Each participant belongs to a Wheel "
   "Gang of four, who have their own discussion board and are expected to comment on one "
   "another's drafts. Tutors answer questions on the boards and by email within two working "
   "days. The Shed holds the Pattern Book, the Yard Day papers and recordings, and is where "
   "Proving Runs are handed in and returned with feedback. Headteachers receive a termly email "
   "from the Schools Workshop on what their participant is doing and what the school needs to "
   "have ready.", "Evening Sheds. ")
NP("8.4", "Each participant's Wagoner, usually the headteacher, a deputy or an experienced SENCO "
   "in the participant's own or a neighbouring school, mentors the participant in school, meets "
   "the participant every half term and signs the school record for the third Proving Run. Every "
   "Wagoner comes to a half-day Wagoners' briefing at the Yard in September or February and "
   "receives the Wagoners' Handbook, which sets out the role, the three Proving Runs and what the "
   "Wagoner does and does not judge; the course leader telephones every new Wagoner after the "
   "first half-termly meeting. Tutors work from the Tutors' Manual, and before each Proving Run "
   "they mark two pieces together so that the marking is set the same way.",
   "Wagoners and tutors. ")
NP("8.5", "Specialists from outside the Yard teach on the Yard Days: an educational psychologist "
   "from Wiltshire's psychology service, the county's sensory support team, a speech and language "
   "therapist, the Wiltshire Parent Partnership Service, a Barnardo's family support worker and a "
   "headteacher who chairs the county's inclusion forum.", "Specialists. ")
deleted_paragraph(doc, "8.6 Placements. Each participant spends two days on placement at "
                       "Longford Special School or the Salisbury autism base, arranged by the "
                       "Yard.", RC, RC_DATE)
NP("8.6", "There are no placements in this Issue. Brinsop Carriage Works, whose course our tutors "
   "helped to set up, places its participants in Hereford special schools for a week.",
   "Placements. ")
NP("8.7", "Participants are associate students of the University of Sarum Vale and may use its "
   "library and e-journals. The Yard itself holds no specialist assessment materials or "
   "assistive technology: participants use what their own schools have.", "Materials. ")

# ------------------------------------------------------------------ section 9 proving runs
SEC("SECTION 9 – PROVING RUNS")
NP("9.1", "A new wagon is proved on the road with a full load before it is handed over. Our "
   "Proving Runs are the marked work of the Wagon, each done in the participant's school.")
NP("", "After Yard Day 5. A 4,000-word review of the school's SEN policy and practice against the "
   "law and guidance on SEN, the SEN Code of Practice, the disability equality duty and Every "
   "Child Matters, drawing on what research and best practice say and on outside advice the "
   "participant has sought, and ending with the participant's own plan for keeping up to date.",
   "PR1, the Undercarriage Run. ")
NP("", "After Yard Day 9. A case study of two pupils with different kinds of SEN: how they were "
   "identified, what the assessments of other professionals said and how the participant used "
   "them, the targets, interventions and reviews, a critical account of the approaches, "
   "resources and ICT chosen, a record of how the pupils themselves took part in planning and "
   "reviewing their provision, the participant's work with their parents or carers, with the "
   "parents' comments, and a guide for colleagues on formative assessment for pupils with SEN.",
   "PR2, the Wheel Run. ")
NP("", "Spring and summer terms. A change to provision that the participant leads: a provision "
   "map of the school showing what is missing or not working, the change agreed with the "
   "headteacher and governors, the colleagues won over and coached to make it, the work with an "
   "outside agency or voluntary organisation that it needed, the problems foreseen and solved, "
   "and a review of the change with the staff involved. 5,000 words and a viva with two tutors "
   "and the Wagoner.", "PR3, the Body Run. ")
NP("9.2", "Each Proving Run is marked by the participant's tutor as a percentage, against the "
   "parts it proves. A second tutor marks every fail and one in five of the rest without seeing "
   "the first mark, and the tutors meet after each Run to settle differences. There is no "
   "external examiner for the Proving Runs: the University's external examiner for education "
   "programmes sees the batch marks list only.", "Marking. ")
NP("9.3", "The certificate is issued when a participant has attended at least eight of the ten "
   "Yard Days and has an average of 50 per cent or more across the three Proving Runs, with no "
   "Run below 35 per cent. A participant below that may resubmit one Run.", "Certificate. ")

# ------------------------------------------------------------------ section 10 after-sales
SEC("SECTION 10 – AFTER-SALES")
NP("10.1", "On Yard Day 10 every participant draws up a Next Load plan: the professional targets "
   "for the next two years, on our Next Load sheet, which lists the routes on (the University's MA "
   "modules, the county's SENCO network, specialist qualifications in dyslexia, autism and "
   "hearing impairment, NASEN's events). The participant takes the plan to a meeting with the "
   "headteacher or Wagoner, agrees the targets, and brings them to the final tutorial, where the "
   "tutor reads them with the participant.")

# ------------------------------------------------------------------ section 11 inspection
SEC("SECTION 11 – INSPECTION AND SERVICING")
NP("11.1", "Every Yard Day and every Evening Shed ends with a two-minute slip on what worked and "
   "what did not. The tutors read the slips each week and change the next session where they "
   "can. At the end of each batch the tutors review the slips, the Proving Run results and "
   "resubmissions, and the Wagoners' comments, and write an end-of-batch report.",
   "Inside the Yard. ")
NP("11.2", "The University reviews the Wagon each year through its annual monitoring, and will "
   "review it fully after five years. The Customer Panel (11.3) reads the end-of-batch report "
   "every July. What these reviews find goes into the next Issue of this list as an amendment, "
   "and the Record of Amendments shows what has changed and why.", "Outside the Yard. ")
NP("11.3", "The Customer Panel is two headteachers, Wiltshire's SEN adviser, a parent from the "
   "Wiltshire Parent Partnership Service, a former participant from the 2007-08 pilot, and "
   "[name TBC] from the county's voluntary SEN forum. Before we built the Wagon, in the autumn of "
   "2007, the Panel ran a survey for us of the 140 schools in south Wiltshire (61 replied) and a "
   "meeting of 22 SENCOs. The schools wanted a course that was close to home, on Saturdays, "
   "built round work their SENCOs were doing already; the SENCOs wanted more on working with "
   "parents and agencies; the SEN adviser said that new SENCOs in the county knew least about "
   "disability equality and about listening to pupils.", "Customer Panel. ")
NP("11.4", "The Panel has shaped the Wagon since. The Yard Days are on Saturdays because the "
   "schools asked; the disability equality part and the Breeching (pupils' own part in their "
   "provision) were added at Amendment 1 on the Panel's advice; and the parents' Yard Day is now "
   "taught with the Parent Partnership Service. Each July the Panel meets to read the "
   "end-of-batch report and the Proving Run results, its members bring what they have heard from "
   "schools and parents, and it recommends the changes for the next Issue. Panel members also "
   "teach: the headteachers lead part of Yard Day 6 and the parent co-leads Yard Day 9.")
NP("11.5", "We have not yet found a way to measure what the Wagon does for participants' "
   "confidence or for their pupils' achievement. The Customer Panel hopes to commission a small "
   "study in 2010.", "Results on the road. ")

# ------------------------------------------------------------------ section 12 staff
SEC("SECTION 12 – WORKSHOP STAFF")
NP("12.1", "Mrs Ruth Coldwell, course leader, was SENCO of two Salisbury primary schools for "
   "eleven years and then Wiltshire's SEN adviser for secondary schools; she holds an MA in "
   "Special Educational Needs and the postgraduate certificate in specific learning "
   "difficulties, and still advises three schools a term.")
NP("12.2", "Dr Anil Mistry is senior lecturer in inclusive education at the University of Sarum "
   "Vale; his doctorate was on SENCOs' leadership in secondary schools and he is an Ofsted "
   "additional inspector. Mrs Jem Pryor is a teacher of the deaf and the Yard's Schools Workshop "
   "manager; she works two days a week for Wiltshire's sensory support team.")
NP("12.3", "The tutors keep the Pattern Book up to date.")

# ------------------------------------------------------------------ section 13 figures
SEC("SECTION 13 – FIGURES AND PARTS LISTS")

FIGS = [
    ("FIG. 1  WHEELS AND AXLES · KNOWING THE LEARNER · YARD DAYS 1 TO 3",
     ["1 Nave  2 Spokes  3 Felloes  4 Linch pin  5 Axle arm  6 Axle box  7 Tyre  8 Test plate"],
     [
         ("WHEELS", None),
         ("", "HW-1100", "Wheel set, complete: Figure 1 as a whole, 10 credits", "Measured at "
          "measuring-up"),
         ("1", "HW-1101", "◆ Nave: the commonest kinds of SEN and disability (behavioural, "
          "emotional and social difficulties, dyslexia and other specific learning difficulties, "
          "speech, language and communication needs, autism, moderate learning difficulties) and "
          "how each gets in the way of learning", "Made YD 1 and 2. Proved PR2."),
         ("2", "HW-1102", "◆ Spokes (set of 14): how children grow and learn, and how SEN, "
          "disability and the setting, at home, in class and in the playground, shape that growth",
          "Pattern only (Pattern Book, chapter 2)."),
         ("3", "HW-1103", "◆ Felloes: finding pupils who may have SEN by watching in class, "
          "reading the data and assessing, then setting targets that stretch, planning the "
          "intervention and reviewing how it went", "Made YD 2. Proved PR2."),
         ("AXLES", None),
         ("4", "HW-1104", "◆ Linch pin: using what educational psychologists, therapists and "
          "advisory teachers have found to plan teaching", "Made YD 3. Proved PR2."),
         ("5", "HW-1105", "◆ Axle arm: tracking progress with summative results, national tests "
          "among them, and changing the programme when progress stalls", "Made YD 3. Fitted only."),
         ("6", "HW-1106", "◆ Axle box: helping colleagues build formative assessment for every "
          "pupil, with thought for pupils with SEN", "Made YD 3. Proved PR2."),
         ("7", "HW-1107", "◆ Tyre: approaches, strategies and resources for assessing, planning "
          "and teaching, ICT among them, weighed critically and used to take barriers down",
          "Made YD 2 and 3. Proved PR2."),
         ("8", "HW-1108", "◆ Test plate: spotting early which pupils need special arrangements "
          "for national tests and examinations, and putting them in place with colleagues",
          "Supply suspended (Amdt 2)."),
     ]),
    ("FIG. 2  UNDERCARRIAGE AND BRAKE · LAW, POLICY AND THE FRAME · YARD DAYS 4 AND 5",
     ["1 Perch  2 Bolster  3 Turntable  4 Skid pan  5 Drag shoe chain  6 Hounds  7 Sway bar  "
      "8 Grease cup"],
     [
         ("UNDERCARRIAGE", None),
         ("", "HW-2100", "Undercarriage, complete: Figure 2 as a whole, 10 credits", "Measured at "
          "measuring-up"),
         ("1", "HW-2101", "◆ Perch: the law and guidance on SEN, above all the SEN Code of "
          "Practice (2001), what they mean for the school, the SENCO and others, and how to put "
          "them into practice", "Made YD 4. Proved PR1."),
         ("2", "HW-2102", "◆ Bolster: the law on disability equality (the Disability "
          "Discrimination Acts 1995 and 2005 and the disability equality duty) and what it "
          "requires a school to do for disabled pupils", "Made YD 4. Proved PR1."),
         ("3", "HW-2103", "◆ Turntable: Every Child Matters, its principles and five outcomes, "
          "and how the SENCO helps pupils reach them", "Not made on a Yard Day: participants bring "
          "it from their schools. Proved PR1."),
         ("BRAKE", None),
         ("4", "HW-2104", "◆ Skid pan: seeing problems coming and resolving them, making "
          "well-founded decisions and sound judgements about provision", "Made YD 5. Proved PR3."),
         ("5", "HW-2105", "◆ Drag shoe chain: school self-evaluation and improvement and how they "
          "bear on outcomes for pupils with SEN", "Supply suspended (Amdt 2)."),
         ("6", "HW-2106", "◆ Hounds: what research and best practice say about meeting special "
          "educational needs", "Made YD 5. Proved PR1."),
         ("7", "HW-2107", "◆ Sway bar: drawing on research and outside advice to improve one's "
          "own practice and colleagues'", "Made YD 5. Proved PR1."),
         ("8", "HW-2108", "◆ Grease cup: keeping up to date and taking charge of one's own "
          "professional development on SEN and disability", "Made YD 5. Proved PR1."),
     ]),
    ("FIG. 3  BODY, RAVES AND TAILBOARD · LEADING PROVISION · YARD DAYS 6 TO 8",
     ["1 Floor  2 Front board  3 Raves  4 Standards  5 Tailboard  6 Tailboard chains  "
      "7 Strouters  8 Ladders"],
     [
         ("BODY", None),
         ("", "HW-3100", "Body, complete: Figure 3 as a whole, 10 credits", "Measured at "
          "measuring-up"),
         ("1", "HW-3101", "◆ Floor: with senior colleagues and governors, shaping an inclusive "
          "ethos, policies and priorities for the school and the curriculum, and how resources "
          "are spent", "Made YD 6. Proved PR3."),
         ("2", "HW-3102", "◆ Front board: winning the commitment of colleagues, the headteacher "
          "and senior leaders to better outcomes for pupils with SEN", "Made YD 6. Proved PR3."),
         ("3", "HW-3103", "◆ Raves: provision mapping and management, and finding provision that "
          "is missing or not working", "Made YD 6. Proved PR3."),
         ("4", "HW-3104", "◆ Standards: deploying and managing teaching assistants and other "
          "staff to support pupils with SEN", "CHANGE"),
         ("TAILBOARD", None),
         ("5", "HW-3105", "◆ Tailboard: developing colleagues by observing and giving feedback, "
          "modelling, coaching and mentoring, and running training", "Made YD 7. Proved PR3."),
         ("6", "HW-3106", "◆ Tailboard chains: reviewing and evaluating provision with other staff "
          "to feed the school's self-evaluation and improvement planning", "Not made on a Yard "
          "Day. Proved PR3."),
         ("7", "HW-3107", "◆ Strouters: setting priorities, managing one's time and delegating, "
          "and seeing delegated work done", "Made YD 8. Fitted only."),
         ("8", "HW-3108", "◆ Ladders: speaking and writing clearly, listening to others and "
          "understanding their views", "Made YD 8. Fitted only."),
     ]),
    ("FIG. 4  SHAFTS AND HARNESS · WORKING TOGETHER · YARD DAYS 9 AND 10",
     ["1 Shafts  2 Tugs  3 Breeching  4 Traces  5 Collar"],
     [
         ("SHAFTS", None),
         ("", "HW-4100", "Shafts and harness, complete: Figure 4 as a whole, 10 credits",
          "Measured at measuring-up"),
         ("1", "HW-4101", "◆ Shafts: fair, respectful, supportive and constructive relationships "
          "with pupils with SEN and with their parents and carers", "Made YD 9. Proved PR2."),
         ("2", "HW-4102", "◆ Tugs: liaising with parents and carers to help their children learn "
          "and develop", "Made YD 9. Proved PR2."),
         ("3", "HW-4103", "◆ Breeching: consulting pupils with SEN and making sure they take part "
          "in planning, agreeing, reviewing and evaluating their own provision", "Made YD 9. "
          "Proved PR2."),
         ("HARNESS", None),
         ("4", "HW-4104", "◆ Traces: working in partnership with other services and agencies, "
          "voluntary organisations among them", "Made YD 10. Proved PR3."),
         ("5", "HW-4105", "◆ Collar: what outside agencies do and how to get specialist support "
          "and resources for pupils", "Made YD 10. Proved PR3."),
     ]),
]

for title, labels, parts in FIGS:
    p = doc.add_paragraph()
    textbox(p, [title.split(" · ")[0] + " – EXPLODED VIEW", "[drawing to follow]"] + labels,
            height_pt=70, fill="#FFFFFF")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    m = t.rows[0].cells[0].merge(t.rows[0].cells[3])
    cell_text(m, title, bold=True)
    shade(m, "BFBFBF")
    hr = t.add_row().cells
    for i, h in enumerate(["Item", "Part No.", "Description", "Remarks"]):
        cell_text(hr[i], h, bold=True)
        shade(hr[i], "D9D9D9")
    for row in parts:
        rc = t.add_row().cells
        if row[1] is None:
            mm = rc[0].merge(rc[3])
            cell_text(mm, row[0], bold=True, italic=True)
            shade(mm, "EFEFEF")
            continue
        for i in range(3):
            cell_text(rc[i], row[i])
        if row[3] == "CHANGE":
            cp = rc[3].paragraphs[0]
            cp.add_run("Made YD 7. ")
            add_del(cp, "Proved PR3.", RC, RC_DATE)
            add_ins(cp, "Fitted only.", RC, RC_DATE)
            doc.add_comment(rc[2].paragraphs[0].runs, "Taken out of PR3 - the Body Run was "
                            "too heavy for one term. Still made on YD 7. RC", author=RC,
                            initials="RC")
        else:
            cell_text(rc[3], row[3])
    set_col_widths(t, [Cm(1.1), Cm(2.0), Cm(9.6), Cm(3.8)])
    doc.add_paragraph()

C("END OF PARTS LIST", bold=True)
C("Coldwell & Pryor Ltd · Harnham Yard · Wylye Bottom · Wiltshire · Schools Workshop "
  "01722 790 118")

doc.save(OUT)
print(OUT.name, "words:", body_words(OUT))
