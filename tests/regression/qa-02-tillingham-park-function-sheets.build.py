"""qa-02-tillingham-park-function-sheets: build qa-02-tillingham-park-function-sheets.docx next to this script.

Provider (invented): Tillingham Park Polo Club, Selsworth, Gloucestershire, through its charity the
Tillingham Park Foundation, with the invented Wenstead University's Centre for Inclusive Education, which
validates and awards. The Club's Events Office runs the course's days in the clubhouse and wrote the
submission. Application of February 2009 for a course starting September 2009 and January 2010.

Document kind and layout: the clubhouse Events Office's FUNCTION SHEETS (banqueting event orders) for the
course, booked as a series of functions for "the Client" (Wenstead University), sent under the Events
Manager's covering letter. No heading styles: typed bold capitals on shaded paragraphs with hand-typed
part numbers; a letterhead typed with manual line breaks; a House Terms table defining the office's words
(Client, Guest, Host, Function, Function lead, Take-home, Account, Covers, Private Dining, "Served at",
"Signed off in", "Tasting only", "Guest's own", "Off menu"); a Function Diary with merged cells for two
intakes; nine function sheets, each a table with a merged shaded title row and merged Education notes /
Take-home / Kitchen rows; the Accounts (marked pieces); Standing Instructions to All Departments numbered
SI-1 to SI-11; the Club's Terms and Conditions of Hire with clause numbers that clash with requirement ids
("2.3 Cancellation", "3.3 Music", "5.3 Damage"); a landscape COVERS SHEET of the outcomes, ordered by the
Function that serves them (not Annex 3's order), numbered CV01 onwards, keyed only in House Terms far above.
A text box (wps + VML) holds the whole online arrangement; footnotes; three comments; tracked changes;
header and footer; placeholders; typed bullets.

Traps (requirement ids):
- E.2: "Level 7 (masters level)" but the credit value is a placeholder "[credits to be confirmed by
  Wenstead]"; a comment saying it will be 60 does not count -> partially_met.
- 1.5 / 6.S7: "The course does not include a session on consulting pupils"; Wenstead's optional MA module
  is another course's arrangement; a comment proposing a session does not count; CV27 is "Off menu"
  -> both not_met.
- 1.9: several Covers are "Tasting only", CV27 "Off menu", no Cover for self-evaluation -> partially_met.
- 2.2: the Guest Audit is a self-rating used only to seat Guests at tables; no individual plan or
  personalised outcomes -> partially_met.
- 2.5: F10, the "Next Steps Supper" where Guests set professional targets, is a tracked DELETION (whole
  table); what remains is "We would like to hold a supper ..." -> not_met.
- 3.1: only physical access to the clubhouse and an equal-opportunities statement of value; nothing on
  disclosure or adjustments in teaching or assessment -> partially_met.
- 3.2: two intakes, four middle Functions in any order, one or two years, blended -> met.
- 3.3: the online arrangement sits only in the WENNET text box: tutor and peer support and support
  between Functions, but "Hosts do not have WenNet accounts" and the Events Office writes to schools by
  post, so ICT is not used for communication with schools -> partially_met.
- 4.1: "We have not surveyed schools"; what the Club "knows" about schools' needs comes from heads who
  hire the Long Room -> partially_met.
- 5.3: the CRB paragraph (SI-2) is a tracked INSERTION (counts) -> met.
- 5.7: Function leads work from Wenstead's module handbook and meet each half term, but the Host
  briefing pack "is being written" -> partially_met.
- 5.9: impact on pupils only by asking Guests at F09 "whether their pupils are doing better"; no
  measures -> partially_met.
- 6.0: the award rule is tied to the Covers Sheet ("every Cover ... signed off"), but the sheet itself
  leaves outcomes unmarked, off menu, or missing -> partially_met.
- 6.K7: no Cover on school self-evaluation; the word appears only about the Foundation's own
  self-evaluation for its Steering Group (wrong context) -> not_met.
- 6.S1: CV28 (strategic development with senior colleagues and governors) is a tracked deleted row
  -> not_met.
- 6.A2, 6.A4, 6.A6, 6.S2b: "Tasting only" -> partially_met.
- 6.S5, 6.S6: "Guest's own" in Served at (signed off in Account C or B but not taught at any Function)
  -> partially_met.
- The Terms and Conditions of Hire's clause numbers (2.3, 3.3, 5.3) are about hiring the Long Room, not
  the requirements of the same numbers. Header and footer are never evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _qa_helpers import (new_document, para, runs, table, merge, set_cell, shade_cell, shade_par, border_par,
                         header_footer, landscape_section, textbox, footnote, comment, ins_text, del_text,
                         mark_par_inserted, mark_par_deleted, mark_row, save)
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = "qa-02-tillingham-park-function-sheets"
NAVY = "203864"
BAND = "D6DCE4"
LIGHT = "EDF0F5"

doc = new_document("Arial", 10)
header_footer(doc.sections[0], "TILLINGHAM PARK POLO CLUB \u2013 EVENTS OFFICE \u2013 FUNCTION SHEETS \u2013 CONFIDENTIAL",
              "Events Office, The Clubhouse, Tillingham Park, Selsworth GL7. Prices include VAT at 15%.")


def band(text):
    p = para(doc, [(text, {"bold": True, "size": 11})], shade=BAND, space_after=4)
    return p


def white(cell):
    for p in cell.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor.from_string("FFFFFF")


# ------------------------------------------------------------------ letterhead and covering letter
para(doc, [("TILLINGHAM PARK POLO CLUB", {"bold": True, "size": 15})], align="center", space_after=0)
para(doc, [("Events Office\nThe Clubhouse, Tillingham Park\nSelsworth, Gloucestershire\nTel. Selsworth 640 212",
            {"size": 9})], align="center")
p = para(doc, "")
border_par(p, ("bottom",))
para(doc, "16 February 2009")
para(doc, "The Approval Panel\nNational Award for SEN Coordination\nTraining and Development Agency for Schools")
para(doc, "Dear Panel members,")
para(doc, "I enclose the function sheets for the SENCO course that Wenstead University's Centre for Inclusive "
          "Education and the Tillingham Park Foundation will run at the clubhouse from September 2009. The "
          "Foundation is the Club's charity; since 2003 it has run riding and stable-management mornings for "
          "pupils from Selsworth's special schools, and two of the course tutors first came to us as teachers "
          "with those pupils. Every day of the course is booked through this office like any other function, and "
          "the sheets are how the Club, the University and our own staff will run it.")
para(doc, "Please read the Education notes, the Take-home lines and the Standing Instructions as what the course "
          "does. The Kitchen and room lines are there because these are working documents for my staff. The "
          "Covers Sheet at the back lists the national outcomes in the order they are served; the words it uses "
          "are set out in House Terms overleaf.")
para(doc, "The purpose of the course, as agreed with the Client, is to raise the achievement and improve the "
          "well-being of children and young people with SEN and disabilities in the Guests' schools, across all "
          "five Every Child Matters outcomes, by giving each Guest the knowledge, skills and confidence to lead "
          "provision. Each Account asks the Guest to show what changed for the pupils concerned, in learning and "
          "in well-being.")
para(doc, "Yours faithfully,")
para(doc, [("Imogen Price-Harcourt", {"bold": True}), "\nEvents Manager"])

# ------------------------------------------------------------------ client details
band("1.  CLIENT DETAILS")
cd = [
    ["Client", "Wenstead University, Centre for Inclusive Education (contact: Dr Helen Fairweather, programme leader)"],
    ["Partner", "Tillingham Park Foundation (registered charity)"],
    ["Booking", "The Wenstead Postgraduate Certificate in Special Educational Needs Coordination, carrying the "
                "National Award for SEN Coordination"],
    ["Award", "Validated and awarded by Wenstead University at Level 7 (masters level), [credits to be confirmed "
              "by Wenstead]"],
    ["Account no.", "EV/2009/041"],
]
t = table(doc, cd, widths=[3.4, 13.2], header_fill=None)
for r in t.rows:
    shade_cell(r.cells[0], LIGHT)
    for p in r.cells[0].paragraphs:
        for rr in p.runs:
            rr.bold = True
comment(doc, t.cell(3, 1).paragraphs[0].runs, "Helen says the Senate will approve 60 credits in March.",
        "Imogen Price-Harcourt", "IPH")

# ------------------------------------------------------------------ house terms
band("2.  HOUSE TERMS USED ON THESE SHEETS")
ht = [
    ["Term", "Meaning on these sheets"],
    ["Client", "Wenstead University, which validates the course, employs the programme leader and marks the Accounts."],
    ["Guest", "A teacher on the course."],
    ["Host", "The experienced SENCO or senior teacher in the Guest's school (or a nearby school) who supports the Guest there."],
    ["Function", "A taught day at the clubhouse, F01 to F09."],
    ["Function lead", "The tutor who leads a Function."],
    ["Take-home", "The task a Guest carries out in school after a Function, with the Host."],
    ["Account", "A marked piece of work (Accounts A, B and C)."],
    ["Covers", "On the Covers Sheet: the national outcomes for the Award, one to a line."],
    ["Served at", "On the Covers Sheet: the Function or Functions where a Cover is taught."],
    ["Signed off in", "On the Covers Sheet: the Account in which a Cover is marked."],
    ["Tasting only", "In Signed off in: tried out at the Function with feedback from the Function lead, not marked."],
    ["Guest's own", "In Served at: not taught at any Function; the Guest brings it from their own school work."],
    ["Off menu", "Not offered on this course."],
    ["Private Dining", "Assessment without the Functions (see SI-5)."],
]
table(doc, ht, widths=[3.4, 13.2], header_fill=BAND)
p = para(doc, "A note on Covers.")
footnote(doc, p, "In the Events Office a cover is one place laid at table. We have borrowed the word for the outcomes "
                 "because every Guest must be served all of them.")

# ------------------------------------------------------------------ function diary
band("3.  FUNCTION DIARY 2009\u201310")
para(doc, "There are two intakes. Each runs the same nine Functions; F01 to F03 come first and F09 last, and the "
          "four middle Functions (F04 to F07) may be taken in any order, with either intake, as the Guest's "
          "school calendar allows. A Guest may finish in one year or spread the Functions over two.")
dd = [
    ["Function", "September intake", "January intake", "Room"],
    ["F01  Opening", "Sat 26 Sep 2009", "Sat 23 Jan 2010", "Long Room"],
    ["F02  The Code and the law", "Sat 17 Oct 2009", "Sat 13 Feb 2010", "Long Room"],
    ["F03  Needs and how they show", "Sat 14 Nov 2009", "Sat 13 Mar 2010", "Long Room"],
    ["F04  Teaching and learning", "Wed 9 Dec 2009", "Wed 21 Apr 2010", "Pavilion Suite"],
    ["F05  Data and provision", "Sat 16 Jan 2010", "Sat 15 May 2010", "Long Room"],
    ["F06  Parents and carers", "Wed 10 Feb 2010", "Wed 16 Jun 2010", "Pavilion Suite"],
    ["F07  Other services", "Sat 13 Mar 2010", "Sat 3 Jul 2010", "Long Room"],
    ["F08  Evidence", "Sat 24 Apr 2010", "Sat 18 Sep 2010", "Long Room"],
    ["F09  Closing", "Sat 5 Jun 2010", "", "Long Room"],
]
t = table(doc, dd, widths=[5.2, 3.8, 3.8, 3.8], header_fill=BAND)
merge(t, 9, 1, 9, 2, text="Sat 5 Jun 2010 (September intake) and Sat 6 Nov 2010 (January intake)", size=9.5)
para(doc, "Between Functions the course continues online on WenNet, the Client's learning site:")
textbox(doc, [
    [("WENNET (ONLINE)", {"bold": True, "size": 10})],
    "Each Function has an online unit on WenNet: readings, a short video of the Function's key session and a "
    "forum task. Guests post to their table's forum between Functions and reply to each other; the Function "
    "lead answers posts and emails within two working days throughout the course, and holds an online surgery "
    "on the Thursday evening before each Function. Guests submit Accounts through WenNet and receive written "
    "feedback there. Hosts do not have WenNet accounts; the Events Office sends them the Function Diary and any "
    "changes by post.",
], width_cm=16.0, height_cm=4.0)

# ------------------------------------------------------------------ function sheets
band("4.  FUNCTION SHEETS")
para(doc, "One sheet per Function. Times are for the Saturday; Wednesday Functions run from 1.00 pm to 7.30 pm "
          "with the same content.")


def function_sheet(code, title, date, room, setup, lead, notes, take_home, kitchen, deleted=False):
    rows = [["", "", "", ""]] * 6
    t = table(doc, rows, widths=[3.0, 5.3, 3.0, 5.3], header_fill=None, size=9)
    c = merge(t, 0, 0, 0, 3, fill=NAVY)
    set_cell(c, [(f"FUNCTION SHEET  {code}  \u2013  {title}", {"bold": True, "size": 10, "color": "FFFFFF"})])
    for (r, a, b, cc, d) in ((1, "Date", date, "Room", room), (2, "Set-up", setup, "Function lead", lead)):
        set_cell(t.cell(r, 0), a, bold=True, size=9)
        set_cell(t.cell(r, 1), b, size=9)
        set_cell(t.cell(r, 2), cc, bold=True, size=9)
        set_cell(t.cell(r, 3), d, size=9)
        shade_cell(t.cell(r, 0), LIGHT)
        shade_cell(t.cell(r, 2), LIGHT)
    for r, label, text in ((3, "Education notes", notes), (4, "Take-home", take_home), (5, "Kitchen", kitchen)):
        set_cell(t.cell(r, 0), label, bold=True, size=9)
        shade_cell(t.cell(r, 0), LIGHT)
        merge(t, r, 1, r, 3, text=text, size=9)
    if deleted:
        for row in t.rows:
            mark_row(row, "del", "Imogen Price-Harcourt")
    para(doc, "", space_after=2)
    return t


function_sheet("F01", "Opening", "26 Sep 2009 / 23 Jan 2010", "Long Room", "Cabaret, rounds of six", "HF, DA",
               "Welcome and the course's shape. The SENCO's role as the Code and the 2008 regulations set it out. "
               "Every Child Matters: the five outcomes and what a SENCO does towards each, traced for one pupil. "
               "Role-play: putting the case for a change in SEN provision to a sceptical headteacher (Tasting: "
               "feedback from the Function lead).",
               "Guest and Host agree the Host's part for the year; Guest maps what the school does for its pupils "
               "with SEN against the five outcomes.",
               "Coffee and pastries on the Verandah 9.00; two-course lunch 12.45; tea 3.00.")
function_sheet("F02", "The Code and the law", "17 Oct 2009 / 13 Feb 2010", "Long Room", "Classroom", "DA",
               "The Special Educational Needs Code of Practice (2001) and what it requires of the school, the SENCO, "
               "teachers and governors in practice; the Education Act 1996 and SENDA 2001; statutory assessment and "
               "annual reviews. The Disability Discrimination Act 1995 as amended in 2005, the disability equality "
               "duty and accessibility plans: the actions they require and how schools carry them out. Current "
               "policy: Removing Barriers to Achievement, the Children's Plan and the Lamb Inquiry into parental "
               "confidence, set up in 2008.",
               "Guest audits the school's SEN policy and accessibility plan against the law with the Host.",
               "Buffet lunch in the Members' Bar.")
function_sheet("F03", "Needs and how they show", "14 Nov 2009 / 13 Mar 2010", "Long Room", "Cabaret", "CB, RO",
               "How children develop, and how development is affected by SEN and disability and by the physical and "
               "social environment for learning. The most common types of SEN: behavioural, emotional and social "
               "difficulties, dyslexia and other specific learning difficulties, speech, language and communication "
               "needs (with the Bercow Review of 2008), autism and moderate learning difficulties, and how each "
               "affects learning. Identifying pupils who may have SEN from observation, data and assessment; using "
               "reports from educational psychologists, therapists and specialist teachers to plan teaching.",
               "Guest chooses the pupil for Account A, gathers the professionals' assessments, sets targets and "
               "takes baseline measures of learning and well-being.",
               "Two-course lunch; vegetarian and gluten-free as booked.")
function_sheet("F04", "Teaching and learning", "9 Dec 2009 / 21 Apr 2010", "Pavilion Suite", "Boardroom, two tables",
               "RO",
               "A critical look at approaches, strategies and resources for assessment, planning and teaching, "
               "including ICT and the Inclusion Development Programme materials, and how to choose between them "
               "to remove barriers and personalise provision. Encouraging colleagues to use formative assessment, "
               "with approaches for pupils with SEN. Case clinic on anticipating and resolving problems in "
               "provision (Tasting: feedback only). The assistive technology van from Wenstead attends.",
               "Guest runs the planned intervention with the Account A pupil and supports one colleague to "
               "adapt formative assessment for pupils with SEN.",
               "Sandwich lunch at the table.")
function_sheet("F05", "Data and provision", "16 Jan 2010 / 15 May 2010", "Long Room", "Classroom", "HF",
               "Provision mapping and management: planning provision, costing it and finding what is ineffective "
               "or missing. Deploying and managing teaching assistants and other staff. Identifying in good time "
               "the arrangements pupils need for national tests and examinations and putting them in place with "
               "colleagues. Prioritising the SENCO's own workload and delegating. Summative data and national tests "
               "for tracking progress (Tasting: a data exercise with feedback).",
               "Guest drafts the school's provision map with the Host and the school's data manager.",
               "Two-course lunch.")
function_sheet("F06", "Parents and carers", "10 Feb 2010 / 16 Jun 2010", "Pavilion Suite", "Cabaret", "RO, guest",
               "Advising, supporting and working in partnership with parents and carers, led with two parents from "
               "the Selsworth Parent Forum. Building fair, respectful and constructive relationships with pupils "
               "and families; difficult conversations: listening to and understanding parents' views, and putting "
               "advice clearly in speech and in writing; parents' part in reviews.",
               "Guest holds a review meeting with the parents of the Account A pupil and writes it up.",
               "Afternoon tea for the parent speakers.")
function_sheet("F07", "Other services", "13 Mar 2010 / 3 Jul 2010", "Long Room", "Cabaret", "DA, guests",
               "The scope and role of health, social care, CAMHS, the educational psychology service and voluntary "
               "organisations; how to get specialist support and resources; working in partnership with other "
               "services for a coordinated approach. Advising and collaborating with colleagues in other schools "
               "and services. Briefing for the placement (SI-9).",
               "Guest makes the two-day placement and brings back one change for the school.",
               "Two-course lunch; packed lunches for guests leaving early.")
function_sheet("F08", "Evidence", "24 Apr 2010 / 18 Sep 2010", "Long Room", "Classroom", "HF",
               "Best practice and the outcomes of research in meeting special educational needs, with Ofsted's "
               "2006 report Inclusion: does it matter where pupils are taught? and recent studies of teaching "
               "assistant support. Finding research and outside advice and using it to improve one's own and "
               "colleagues' practice (Tasting: feedback). Keeping up to date and owning one's own learning on SEN "
               "and disability.",
               "Guest keeps a log of reading, networks and advice used during the year, for Account C.",
               "Buffet lunch.")
function_sheet("F09", "Closing", "5 Jun 2010 / 6 Nov 2010", "Long Room", "Theatre, then cabaret", "HF, all",
               "Account C presentations to the markers and the Guests' headteachers, in speech, with questions; "
               "markers listen for how well the Guest has listened to and understood colleagues' views.",
               "None.",
               "Champagne reception on the Verandah by kind permission of the Committee.")
function_sheet("F10", "Next Steps Supper", "To be fixed", "Members' Bar", "Rounds of eight", "HF",
               "Guests who have completed set their professional targets for the next two years with their Function "
               "lead and plan further study with Wenstead.",
               "Guest takes the targets to their performance review.",
               "Three-course supper.", deleted=True)
para(doc, "We would like to hold a supper for past Guests once the first intake has finished.")

# ------------------------------------------------------------------ accounts
band("5.  ACCOUNTS (MARKED WORK)")
ac = [
    ["Account", "What the Guest submits", "Due"],
    ["A  The Case Account", "A case study of one pupil (4,000 words): the pupil's development and needs, "
     "identification, the professionals' assessments used, targets, the intervention, baseline and later "
     "measures of learning and well-being, the relationship built with pupil and family and the work with the "
     "parents.", "After F06"],
    ["B  The Provision Account", "The school's provision map with a commentary (4,000 words): the law and duties it "
     "meets, the approaches and resources chosen and why, access arrangements for tests and examinations, how "
     "staff are deployed and managed, how the Guest prioritised and delegated, and a review of provision carried "
     "out with colleagues.", "After F07"],
    ["C  The Leadership Account", "A report (3,000 words) and a presentation at F09: the support given to "
     "colleagues' development (observation and feedback, coaching, training), formative assessment work with a "
     "colleague, the placement and the work with other services, best practice and research used, and the "
     "Guest's log of keeping up to date.", "F09"],
]
table(doc, ac, widths=[3.6, 10.8, 2.2], header_fill=BAND)
para(doc, "Accounts are marked by the Function leads against the Covers each one signs off. All Account C "
          "presentations, and a sample of at least one in three of Accounts A and B with every fail, are second "
          "marked by another Function lead; Wenstead's moderation panel then moderates the marks and the "
          "external examiner sees a sample before the Board of Examiners meets. Wenstead awards the certificate "
          "only to Guests whose three Accounts together show every Cover on the Covers Sheet signed off.")

# ------------------------------------------------------------------ standing instructions
band("6.  STANDING INSTRUCTIONS TO ALL DEPARTMENTS")
para(doc, [("SI-1  Bookings. ", {"bold": True}),
           "Places are booked through Wenstead's admissions office, not through this office. A Guest must hold "
           "qualified teacher status, be the SENCO of a school or be about to take up the role, and send a "
           "letter from the headteacher agreeing release and naming a Host. The admissions tutor interviews each "
           "applicant by telephone about their SEN work so far. An applicant who is not yet ready is told in "
           "writing what to do first, and the admissions tutor rings the headteacher to agree it."])
p = para(doc, "")
runs(p, [("SI-2  Checks. ", {"bold": True})])
ins_text(p, "Wenstead's admissions office sees each accepted Guest's enhanced CRB disclosure before the first "
            "Function and checks the employer's reference for any concerns. A Guest who has not worked in a school "
            "or college in a post with regular contact with children in the last three months must obtain a new "
            "enhanced disclosure through Wenstead before starting.", "Helen Fairweather")
para(doc, [("SI-3  Guest Audit. ", {"bold": True}),
           "Before F01 every Guest completes the Guest Audit, rating themselves against each Cover. The Events "
           "Office uses the audits to seat Guests at tables with others of similar experience, and the Function "
           "leads see a summary of the whole group's audits before each Function."])
para(doc, [("SI-4  Credit. ", {"bold": True}),
           "Through Wenstead's recognition of prior learning procedure a Guest may claim up to half of the "
           "certificate's credit for earlier masters-level study, or for experience, by a portfolio mapped against "
           "the Covers and assessed by the programme leader; the Accounts the claim replaces are then waived."])
para(doc, [("SI-5  Private Dining. ", {"bold": True}),
           "In exceptional cases, where an applicant's experience suggests they already meet every Cover (for "
           "example a teacher from an SEN support service), Wenstead offers assessment without the Functions: "
           "the applicant submits Accounts A, B and C from existing work, each marked and moderated in the usual "
           "way, and attends a viva with two markers. The fee is \u00a3600."])
p = para(doc, "")
runs(p, [("SI-6  Access. ", {"bold": True}),
         "The clubhouse has level access from the car park, a lift to the Long Room, an accessible toilet on each "
         "floor and a hearing loop in the Long Room and the Members' Bar. The Club is an equal opportunities "
         "organisation and welcomes everyone."])
para(doc, [("SI-7  Dietary. ", {"bold": True}),
           "Dietary needs are taken with the booking and passed to the Kitchen; allergy cards at every place."])
para(doc, [("SI-8  Fees. ", {"bold": True}),
           "The fee is \u00a31,600 a Guest, invoiced to the school, with a \u00a3200 reduction for schools in the "
           "Selsworth cluster, whose local authority pays it. The Foundation pays the room hire, so the fee covers "
           "teaching, marking and catering only. Function leads use the Guest Audit summaries and the WenNet "
           "forums to spend Function time where the group needs it, and each Guest's Host gives support in "
           "school, so that the course suits Guests with very different experience."])
para(doc, [("SI-9  Function leads, Hosts and placements. ", {"bold": True}),
           "Function leads are Dr Helen Fairweather (HF), Senior Lecturer in Inclusive Education at Wenstead and "
           "for nine years a SENCO; Mr Dominic Achterberg (DA), senior SEN adviser to the county, seconded one day "
           "a week; Mrs Ruth Okonjo (RO), SENCO of Selsworth High School and an Advanced Skills Teacher for SEN; "
           "and Ms Clare Bellamy (CB), autism outreach teacher. All four teach or advise in schools every week and "
           "keep up through Wenstead's research seminars. Function leads work from Wenstead's module handbook, "
           "which sets out their duties and those of markers, and meet the programme leader each half term. A "
           "Host briefing pack is being written and will be sent out before the January intake. Wenstead arranges "
           "a two-day placement for each Guest in a special school, a resourced base or a service of the Guest's "
           "choosing, from the twelve settings it works with, and visiting speakers from CAMHS, the "
           "educational psychology service and voluntary groups come to F07. Guests use Wenstead's library, its "
           "electronic journals and WenNet, and may book the Centre's assistive technology room, which holds "
           "communication aids, reading software and switch access equipment."])
para(doc, [("SI-10  Quality. ", {"bold": True}),
           "Every Guest fills in the Events Office card after each Function (room, food, and what was useful) and "
           "Wenstead's module evaluation at the end. The Function leads' notes, the marks, the external "
           "examiner's report and Wenstead's annual programme review go to the Steering Group, which agrees "
           "changes for the next intake and checks at its next meeting that they were made. The Foundation also "
           "carries out its own self-evaluation each summer for its trustees. At F09 Guests are asked whether "
           "their pupils are doing better as a result of the course."])
para(doc, [("SI-11  Schools and others. ", {"bold": True}),
           "We have not surveyed schools. We know from the heads who hire the Long Room for their conferences "
           "that SENCOs are hard to release and want practical help with provision. The Steering Group (two "
           "headteachers, the county's principal SEN officer, a parent from the Selsworth Parent Forum and a "
           "former SENCO) read the draft of the course in November 2008; at their request F06 is now led with "
           "parents, F05 now covers access arrangements, the Wednesday Functions were added, and Account B was "
           "shortened from 5,000 words. The Steering Group meets each term to review the course as above; "
           "Hosts support the Take-home tasks in schools, and parents and services speak at F06 and F07."])
p = para(doc, "")
r = runs(p, [("Pupils. ", {"bold": True}),
             "The course does not include a session on consulting pupils. Wenstead's optional MA module Pupil "
             "Voice covers it for Guests who go on to the MA."])
comment(doc, r, "Helen could add a pupil voice hour to F06 if the panel asks. Leave as is for now?",
        "Imogen Price-Harcourt", "IPH")

# ------------------------------------------------------------------ terms and conditions
band("7.  TERMS AND CONDITIONS OF HIRE (EXTRACT)")
tc = [
    "1.1  These terms apply to every function booked with the Events Office.",
    "2.3  Cancellation by the Client: 50% of the room hire is payable within 28 days of the function, 100% within 7 days.",
    "3.3  Music and entertainment must end by 11.30 pm; amplified music is not permitted on the Verandah.",
    "4.1  Final numbers are required 7 days before each function and will be charged as the minimum.",
    "5.3  Damage: the Client is liable for damage to the clubhouse, its contents or the grounds caused by its guests.",
    "6.1  No vehicles on the polo grounds at any time. Dogs on leads only.",
]
for line in tc:
    para(doc, [(line, {"size": 9})], space_after=2)

# ------------------------------------------------------------------ covers sheet (landscape)
landscape_section(doc)
band("8.  COVERS SHEET")
para(doc, "In service order: the Service column gives the Function at which each Cover is first served. Read with House Terms (part 2).")
C = [
    ("CV01", "F01", "Explains Every Child Matters and the SENCO's part in the five outcomes", "F01", "Account A"),
    ("CV02", "F01", "Gains the commitment of colleagues, the headteacher and senior leaders", "F01", "Tasting only"),
    ("CV03", "F02", "Knows SEN law and the Code of Practice and how to put them into practice", "F02", "Account B"),
    ("CV04", "F02", "Knows disability equality law and the actions it requires", "F02", "Account B"),
    ("CV05", "F03", "Understands how children develop and what affects their development", "F03", "Account A"),
    ("CV06", "F03", "Knows the common types of SEN and disability and how they affect learning", "F03", "Account A"),
    ("CV07", "F03", "Identifies pupils with SEN, sets targets, plans interventions and reviews progress", "F03, F04", "Account A"),
    ("CV08", "F03", "Uses other professionals' assessments in teaching", "F03", "Account A"),
    ("CV09", "F04", "Critical understanding of approaches, strategies and resources, ICT included", "F04", "Account B"),
    ("CV10", "F04", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "F04", "Account C"),
    ("CV11", "F04", "Anticipates and resolves problems; sound judgement on provision", "F04", "Tasting only"),
    ("CV12", "F05", "Uses provision mapping; finds ineffective or missing provision", "F05", "Account B"),
    ("CV13", "F05", "Deploys and manages staff", "F05", "Account B"),
    ("CV14", "F05", "Plans access arrangements for tests and examinations in good time", "F05", "Account B"),
    ("CV15", "F05", "Prioritises, manages time and delegates", "F05", "Account B"),
    ("CV16", "F05", "Uses summative assessment and national tests to track progress", "F05", "Tasting only"),
    ("CV17", "F06", "Works in partnership with parents and carers", "F06", "Account A"),
    ("CV18", "F06", "Fair, respectful and constructive relationships with pupils and families", "F06", "Account A"),
    ("CV19", "F06", "Speaks and writes clearly; listens to and understands others", "F06, F09", "Account A, Account C"),
    ("CV20", "F07", "Knows the role of outside agencies and how to get specialist support", "F07", "Account C"),
    ("CV21", "F07", "Works in partnership with other services and voluntary organisations", "F07", "Account C"),
    ("CV22", "F08", "Knows best practice and research on meeting SEN", "F08", "Account C"),
    ("CV23", "F08", "Uses research and outside advice to improve practice", "F08", "Tasting only"),
    ("CV24", "F08", "Keeps up to date and takes responsibility for own learning", "F08", "Account C"),
    ("CV25", "\u2013", "Supports colleagues' professional development", "Guest's own", "Account C"),
    ("CV26", "\u2013", "Reviews provision with colleagues", "Guest's own", "Account B"),
    ("CV27", "\u2013", "Involves pupils in planning and reviewing their provision", "Off menu", "Off menu"),
    ("CV28", "F01", "With senior colleagues and governors, shapes inclusive ethos, policies and use of resources", "F01", "Account C"),
]
t = table(doc, [["Cover", "Service", "Cover (national outcome)", "Served at", "Signed off in"]]
          + [["", "", "", "", ""]] * len(C), widths=[1.8, 2.0, 14.0, 3.6, 4.0], header_fill=NAVY, size=9)
for c in t.rows[0].cells:
    white(c)
for i, row in enumerate(C, start=1):
    for j, v in enumerate(row):
        set_cell(t.cell(i, j), v, size=9)
    if i % 2 == 0:
        for c in t.rows[i].cells:
            shade_cell(c, LIGHT)
    if row[0] == "CV27":
        comment(doc, t.cell(i, 4).paragraphs[0].runs, "See note under SI-11.", "Helen Fairweather", "HF")
mark_row(t.rows[len(C)], "del", "Helen Fairweather")
para(doc, "")
para(doc, "Client signature: ______________________     Date: __________     For the Events Office: I. Price-Harcourt")

save(doc, str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
