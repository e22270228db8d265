"""mm-01-blackscar-radio-log

Provider (invented): Blackscar Mountain Rescue Team's Training Wing (a mountain rescue
and outdoor first-aid training team), with Fellbridge University School of Education
and Coldside County Council's SEN Support Service, applying to run the 2008-09
National Award for SEN Coordination.

Document kind and layout: the whole application is written as the team's own radio
log (Form C4) for "Exercise SENCO". No heading styles: titles are bold capitals in
Normal paragraphs. A log header table with merged cells defines call signs. Eight
numbered "Log-keeping notes" near the top key the statuses used far below in the
Traffic List (ACTIONED at Dn / ROGER / STANDBY / NIL HEARD) and say that debrief D2 is
a walk-through that is not marked. The body is one long log table (Serial | Time |
From | To | Message | Action) with merged date rows; each study day is a "Call-out",
each in-school task a "Sweep", each assessment a "Debrief", the individual plan a
"Route Card". A Traffic List table (29 rows, shaded header) gives the outcomes in the
team's own words. A Controller's Note in a VML text box. Page header and footer.
Tracked changes (w:ins/w:del with author and date) and two Word comments.

Traps (requirement ids):
- Credit value is a placeholder "[credit value to be confirmed ...]" (E.2 partially_met);
  masters level and Fellbridge validation are stated (E.1 met).
- The aim is attainment in reading, writing and mathematics only (1.1 partially_met).
- Pupils' views only heard on a recording; pupil involvement is ROGER (1.5 partially_met,
  6.S7 partially_met).
- Some outcomes are not marked, so assessment is not against all outcomes (1.9 partially_met).
- APEL appears only in a Word comment; the body says no credit is carried in (2.1 not_met).
- The assessment-only route is a deleted tracked-change message (2.3 not_met).
- Cost-effectiveness and progression only as general claims (2.4 partially_met).
- Team Net (Moodle) holds notices and the reading pack only; no tutor teaching or peer
  support on it; questions by phone (3.3 partially_met: e-learning applies).
- Stakeholder involvement in evaluation only hoped for (4.3 partially_met); they do
  deliver (guest speakers).
- CRB: the body says the school holds the disclosure and the team does not see it; only
  the page footer claims the team checks (5.3 not_met: someone else's responsibility,
  footer is not evidence).
- Placements: "We do not arrange placements"; a heard INFO message gives another
  provider's (Kirkfell College's) placements (5.5 partially_met: other provider's
  arrangement).
- School mentors' briefing left to the school (5.7 partially_met).
- Moderation exists only in an inserted tracked-change message (5.8 met).
- Pupils' achievement measure only hoped for (5.9 partially_met).
- Award rule covers only the ACTIONED items; the text box's blanket claim that every
  national outcome is covered is not evidence (6.0 partially_met).
- Statuses keyed far above in Log-keeping note 4: ACTIONED at D2 is not marked
  (note 3) (6.A3 partially_met); STANDBY is reading only (6.K4 partially_met);
  NIL HEARD (6.S2c not_met); a cell change deletes "ACTIONED at D3" and inserts "ROGER"
  (6.S2d partially_met); a cell change deletes "ROGER" and inserts "ACTIONED at D1"
  (6.S4 met).
- Right words about the wrong thing: the "review" row is the team's own post-incident
  review of rescues, not school self-evaluation (6.K7 not_met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mm_helpers import (Document, para, runs, ins_runs, del_runs, ins_para, del_para, shade,
                         cell_text, table, text_box, header_footer, comment, count_words)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "BLACKSCAR MOUNTAIN RESCUE TEAM - TRAINING WING - RADIO LOG FORM C4",
              "Log copies held at Blackscar base for seven years. All candidates are CRB checked by the team.")

para(doc, "BLACKSCAR MOUNTAIN RESCUE TEAM", bold=True, size=14)
para(doc, "TRAINING WING - RADIO LOG (FORM C4)", bold=True, size=12)
para(doc, "EXERCISE SENCO: NATIONAL AWARD FOR SEN COORDINATION 2008-09", bold=True)

hdr = doc.add_table(rows=5, cols=4)
hdr.style = "Table Grid"
vals = [
    ("Incident / exercise", "Exercise SENCO: our application to the TDA for approval to run the National Award for SEN Coordination from January 2009", None, None),
    ("Log opened", "Mon 06 Oct 2008, 0800", "Log keeper", "J. Ritson, Training Officer"),
    ("Channels", "Ch 1 team net / Ch 2 Fellbridge link", "Controller", "Dr Ann Helme, Programme Controller"),
    ("Call signs", "CONTROL is the programme team at Blackscar base. FELLBRIDGE is Fellbridge University School of Education. HILL 1 and HILL 2 are the two tutor teams. SWEEP is a participant at work in their own school. LA is Coldside County Council's SEN Support Service. HEADS is the Coldside Primary and Secondary Headteachers' Group. KIRKFELL is Kirkfell College, heard on the net but not part of this exercise.", None, None),
    ("Log closed", "Fri 31 Oct 2008, 1730", "Signed", "A. Helme"),
]
for i, row in enumerate(vals):
    for j, v in enumerate(row):
        if v is not None:
            cell_text(hdr.cell(i, j), v, bold=(j in (0, 2)), size=9)
    if row[2] is None:
        hdr.cell(i, 1).merge(hdr.cell(i, 3))
        cell_text(hdr.cell(i, 1), row[1], size=9)
    shade(hdr.cell(i, 0), "D9D9D9")

para(doc)
para(doc, "LOG-KEEPING NOTES", bold=True)
notes = [
    "1. Every message is logged in the order it was passed. A serial is never reused. Corrections are made by the log keeper as tracked changes; a struck-through entry stands cancelled.",
    "2. A Call-out is a study day at Blackscar base (0930-1600). There are six: CO1 to CO6. Between Call-outs each participant carries out a Sweep, a task done in their own school. There are three Sweeps.",
    "3. A Debrief is a piece of assessed work. D1 is the Sweep Report (3,000 words). D3 is the Casebook, a review of provision for three pupils (4,000 words). D4 is the Hot Debrief, a 40-minute professional viva on the participant's portfolio. D1, D3 and D4 are marked by the tutors against published criteria. D2 is a walk-through at CO3 in which each participant talks a tutor through a scenario: D2 is talked over but it is not marked and it does not count towards the award.",
    "4. In the Traffic List at the end of this log, \"ACTIONED at Dn\" means the item is practised on a Call-out or a Sweep and then marked at Debrief Dn. \"ROGER\" means the item is practised on a Call-out and talked through, but nothing is marked against it. \"STANDBY\" means the item is in the reading pack only: it is not practised and it is not marked. \"NIL HEARD\" means the item is not part of this year's exercise.",
    "5. INFO entries record traffic heard from other teams on the net. They describe those teams' arrangements, not ours.",
    "6. The Route Card is each participant's individual training plan.",
    "7. Times are 24-hour. Dates are 2008 unless shown.",
    "8. This log forms our whole application. Annexes (CVs, Fellbridge validation documents) are held at base and can be sent on request.",
]
for n in notes:
    para(doc, n)

para(doc)
para(doc, "LOG", bold=True)

# ---------------------------------------------------------------- log table
log = doc.add_table(rows=1, cols=6)
log.style = "Table Grid"
for j, h in enumerate(["Serial", "Time", "From", "To", "Message", "Action"]):
    cell_text(log.cell(0, j), h, bold=True, size=9)
    shade(log.cell(0, j), "BFBFBF")


def day(title):
    r = log.add_row()
    r.cells[0].merge(r.cells[5])
    cell_text(r.cells[0], title, bold=True, size=9)
    shade(r.cells[0], "E7E6E6")


def msg(serial, time, frm, to, text, action="Logged"):
    r = log.add_row()
    for j, v in enumerate([serial, time, frm, to, text, action]):
        cell_text(r.cells[j], v, size=9)
    return r


day("MON 06 OCT - EXERCISE OPENED")
msg("001", "0800", "CONTROL", "ALL", "Exercise SENCO opened. This log is Blackscar Mountain Rescue Team Training Wing's application for approval to run the National Award for SEN Coordination. We have trained first-aiders, teachers and school staff in outdoor first aid and casualty care since 1994, and since 2003 we have run Coldside's SEN outdoor-learning courses for schools. Exercise SENCO is run jointly with Fellbridge University School of Education and Coldside County Council's SEN Support Service.")
msg("002", "0805", "CONTROL", "ALL", "Aim of the exercise. The aim is that pupils with SEN and disabilities in participants' schools make faster progress in reading, writing and mathematics, measured in National Curriculum levels and P scales, because their SENCO leads provision for them well.")
msg("003", "0812", "FELLBRIDGE", "CONTROL", "Exercise SENCO is validated by Fellbridge University as the Postgraduate Certificate in Special Educational Needs Coordination at masters level (level 7). Validation event held 18 September 2008; Fellbridge's Academic Board confirmed approval subject to TDA approval. Credit value [credit value to be confirmed by Academic Board, 12 Nov]. Successful participants receive the Fellbridge PG Certificate and the National Award.", "CONTROL acknowledged")
msg("004", "0820", "CONTROL", "FELLBRIDGE", "Roger. Fellbridge registry will enrol participants as Fellbridge students; they get library, e-journal and disability service access from enrolment.")
msg("005", "0831", "LA", "CONTROL", "Evidence of need. In June 2007 the LA and CONTROL surveyed all 118 Coldside schools about what new SENCOs need; 52 replied, and we held two focus groups of 14 SENCOs and 9 headteachers. Top needs: provision mapping and managing teaching assistants (41 of 52), working with parents at reviews (37), autism and speech and language needs (33), and using data to track pupils working below level 1 (30). Coldside's 2007 SEN audit also showed fixed-term exclusions of pupils with BESD at twice the county average.", "Passed to HILL 1 / HILL 2")
msg("006", "0840", "CONTROL", "LA", "Roger. Those four needs are why CO3 is given over to provision mapping and deployment of staff, why CO5 is the parents' Call-out, and why CO2 gives autism and speech, language and communication needs a full afternoon.")
msg("007", "0846", "HEADS", "CONTROL", "The Headteachers' Group read the first draft in March 2008 and asked for two changes: Sweeps to fit in school time rather than holidays, and a governors' element. Both made: the Sweeps now fit the school's own calendar, and Sweep 3 is a report to the governing body. HEADS also asked that CO6 be held in the summer term so that new SENCOs can plan September provision. Done.", "Changes logged v0.4")
msg("008", "0852", "CONTROL", "ALL", "Entry. Participants must hold QTS and be working in a Coldside or neighbouring school as SENCO or as the teacher named to take the role within a year. The headteacher signs the nomination form. Each applicant has a 20-minute comms check (telephone interview) with a tutor about their experience and the role. Applicants without enough experience to meet the outcomes are advised to take Fellbridge's SEN Foundation unit first and apply for the next entry.")
msg("009", "0900", "CONTROL", "ALL", "Safer recruitment. Each participant's school, as their employer, holds the participant's enhanced CRB disclosure and List 99 check. The team does not ask to see it.")
msg("010", "0907", "CONTROL", "ALL", "Kit check (needs assessment). Before CO1 every participant completes a Kit Check: a self-audit of all 29 items on the Traffic List, scored 1-4, with a comment from the headteacher. A HILL tutor then holds a 30-minute one-to-one call with each participant, and together they fill in the Route Card: the participant's individual training plan, naming three personal outcomes to work on first and which Sweep tasks will suit their school. The Route Card is reviewed at CO3 and CO5 and re-scored at CO6.", "Kit Check forms issued")
msg("011", "0915", "CONTROL", "ALL", "No credit is carried into the exercise: every participant starts at CO1, whatever their earlier study.")
r = msg("012", "0920", "CONTROL", "ALL", "")
p = r.cells[4].paragraphs[0]
del_runs(p, "Assessment-only route. In exceptional cases an experienced SENCO may go straight to D4, the Hot Debrief, with a portfolio, without attending Call-outs. The D4 panel assesses them against every item on the Traffic List.", author="A. Helme", date="2008-10-20T14:10:00Z")
msg("013", "0931", "CONTROL", "ALL", "Value. Exercise SENCO is first-class training at a fair price, and participants progress well.")

day("CALL-OUT 1 (CO1) - THE LAW AND THE ROLE")
msg("014", "0935", "HILL 1", "CONTROL", "CO1 content: the SEN Code of Practice 2001 and its graduated response (School Action, School Action Plus, statements); the SEN and Disability Act 2001; the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and accessibility planning; the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; Every Child Matters and the five outcomes, and Removing Barriers to Achievement (2004). Participants map where their own school stands on each.")
msg("015", "1020", "HILL 1", "CONTROL", "CO1 also looks at what inspection and research say now: Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Education and Skills Committee's Special Educational Needs report (2006) and the Bercow Review of services for children with speech, language and communication needs (2008). Reading pack updated each term by HILL 1.")
msg("016", "1340", "SWEEP", "HILL 1", "Sweep 1 set: each participant audits their school's SEN policy and accessibility plan against the law covered at CO1, and presents the findings and two proposals to the headteacher and a senior leader. Write-up forms part of D1.")

day("CALL-OUT 2 (CO2) - KNOWING THE PUPILS")
msg("017", "0930", "HILL 2", "CONTROL", "CO2 content: the common types of SEN and disability (BESD, specific learning difficulties including dyslexia, SLCN, autistic spectrum disorders, MLD) and what each means for learning; approaches, strategies and resources for assessment and teaching, including ICT; what the research says works for pupils with SEN. Afternoon on autism and SLCN led by Coldside's specialist teachers. Participants try the assistive technology in the base kit room.")
msg("018", "1410", "HILL 2", "CONTROL", "CO2 casework: participants identify pupils who may have SEN, set challenging targets, plan interventions and review progress using case files; this is the basis of D3, the Casebook.")

day("CALL-OUT 3 (CO3) - RUNNING THE SHOUT")
msg("019", "0930", "HILL 1", "CONTROL", "CO3 content: provision mapping and how to find ineffective or missing provision; deploying and managing teaching assistants; using summative data, including national tests and P scales, to track progress and change programmes; access arrangements for national tests and examinations. Morning ends with the Incident Command session: prioritising, managing the SENCO's time and delegating.")
msg("020", "1415", "HILL 1", "ALL", "D2 walk-through held: each participant talks a tutor through a scenario (a Year 6 pupil's needs in the run-up to national tests). Not marked. Route Cards reviewed.")

day("CALL-OUT 4 (CO4) - OTHER SERVICES")
msg("021", "0930", "LA", "CONTROL", "CO4 led with LA speakers: an educational psychologist, a speech and language therapist from the PCT, the Coldside Autism Outreach Team and the Children's Fund voluntary sector coordinator. Content: the scope and role of external agencies, how to get specialist support, using professionals' assessments to plan teaching, and working with voluntary organisations.")
msg("022", "1100", "CONTROL", "ALL", "Pupil voice: at CO4 participants hear a recorded discussion by pupils from Blackscar Special School about their own annual reviews, and talk about it in groups.")
msg("023", "1405", "SWEEP", "HILL 2", "Sweep 2 set: each participant leads a staff meeting or INSET session on one strategy, observes a colleague using it and gives feedback, and coaches one teaching assistant for half a term. The participant agrees the plan with the headteacher first. Write-up forms part of D1.")

day("CALL-OUT 5 (CO5) - PARENTS AND CARERS")
msg("024", "0930", "HILL 2", "CONTROL", "CO5 with Coldside Parent Partnership Service and two parent volunteers: building fair, respectful relationships with pupils and their parents or carers; running review meetings; role-play of a difficult review with feedback from the parents. Sweep 3 set: each participant prepares a report with their headteacher for the governing body on SEN provision and a review, with colleagues, of how well one intervention worked.")

day("CALL-OUT 6 (CO6) - STAND-DOWN")
msg("025", "0930", "HILL 1", "CONTROL", "CO6 content: keeping up to date and taking charge of one's own professional development; the post-incident review (how Blackscar reviews its own rescues after every call-out, as a model of honest review). Next Objectives: each participant drafts a Next Objectives sheet at CO6 and agrees it with their headteacher within four weeks; a HILL tutor reads and comments on every sheet. Routes on: Fellbridge MA in Inclusive Education, where the PG Certificate counts towards the MA, and the LA's SENCO cluster network.")
msg("026", "1500", "CONTROL", "ALL", "Impact on practice: D1, the Sweep Report, requires each participant to show a change they led in their school as a result of the Sweeps, with evidence of its effect on practice and on the pupils concerned.")

day("TUE 14 OCT - ACCESS AND DELIVERY")
msg("027", "0830", "CONTROL", "ALL", "Equality. We meet our duties under the Disability Discrimination Act and the Race Relations (Amendment) Act. The application form asks about any disability or access need; the Fellbridge disability service and CONTROL agree reasonable adjustments before CO1. Blackscar base training room is on the ground floor with level access and a hearing loop. Papers are available in large print or on coloured paper; extra time and rest breaks are given in D4; a BSL interpreter is booked where needed.")
msg("028", "0842", "CONTROL", "ALL", "Flexible delivery. Two entry points a year: January and September. Each Call-out runs twice, on a Wednesday and on a Saturday, so participants can choose. CO2 to CO5 may be taken in any order. Sweeps fit the school's own calendar. The exercise is part time over three terms; a participant may pause for up to one term and rejoin the next cohort.")
msg("029", "0850", "CONTROL", "ALL", "Team Net. Fellbridge's Moodle site (Team Net) carries the reading pack, the Call-out notices and the Debrief briefs. Tutors do not teach or reply on Team Net; questions between Call-outs go by phone to CONTROL during office hours.")
msg("030", "0905", "KIRKFELL", "ALL", "INFO (heard on net): Kirkfell College's SENCO course sends each candidate on a five-day placement in a special school and a resourced provision.", "INFO only")
msg("031", "0910", "CONTROL", "ALL", "Placements: we do not arrange placements in other schools. Specialist expertise comes from the LA speakers at CO4, Blackscar Special School staff at CO2 and CO4, and Parent Partnership at CO5.")

day("WED 15 OCT - STAFF AND RESOURCES")
msg("032", "0900", "CONTROL", "ALL", "Staff. Dr Ann Helme, Programme Controller: SENCO for twelve years in two Coldside schools, EdD (Fellbridge, 2005), team casualty-care trainer. HILL 1: Mike Dacre, former head of Coldside Learning Support Service, MA SEN, still teaches two days a week in a primary school; Sue Banks, educational psychologist (LA). HILL 2: Ruth Armitage, advisory teacher for autism, OCR Certificate in specific learning difficulties; Dr Paul Oddie, senior lecturer in SEN, Fellbridge. All tutors are members of NASEN and attend the LA SENCO network termly to keep their specialist knowledge up to date.")
msg("033", "0920", "CONTROL", "ALL", "Resources. Participants use Fellbridge library and e-journals, the base resource room and the kit room's assistive technology (Clicker 5, Read&Write, Dragon NaturallySpeaking, talking tins, switches), which participants may borrow for a half term. Six laptops for Call-out use.")
msg("034", "0935", "CONTROL", "ALL", "Tutor roles. Every tutor attends the Hill Party Leaders' Briefing at the start of each term, which covers the marking criteria, the Route Card and D2, and has the Tutor Handbook.")
msg("035", "0940", "CONTROL", "ALL", "Mentors: each school names a mentor for its participant. Briefing mentors is a matter for each school; we send the mentor a copy of the Route Card.")

day("MON 20 OCT - QUALITY")
msg("036", "0900", "CONTROL", "ALL", "Evaluation. Every Call-out ends with a written evaluation from participants and a tutors' hot debrief the same afternoon. Fellbridge's annual monitoring and its external examiner review the exercise each July. CONTROL writes an Exercise Review each July, listing what will change for the next cohort, and sends it to FELLBRIDGE, LA and HEADS.")
r = msg("037", "0910", "CONTROL", "ALL", "")
ins_runs(r.cells[4].paragraphs[0], "Moderation. Every D1, D3 and D4 is second-marked by a tutor from the other HILL team. A sample of one in four, and every fail, goes to Fellbridge moderation and the external examiner before the exam board.", author="A. Helme", date="2008-10-20T14:12:00Z")
msg("038", "0920", "CONTROL", "ALL", "Impact. Participants re-score the Kit Check at CO6, so we can compare their confidence and competence before and after. We hope participants' pupils will make better progress too, and we would like to track this in future cohorts.")
msg("039", "0930", "LA", "CONTROL", "LA speakers deliver CO4, and Parent Partnership helps at CO5. We hope Coldside SEN Support Service will help us evaluate the exercise next year, if they have capacity.")
msg("040", "0945", "CONTROL", "ALL", "Award. Nobody is stood down with the award until every item on the Traffic List shown as ACTIONED has been passed at its Debrief and the Fellbridge exam board has confirmed the result. A participant who has not passed an item is referred and may resubmit once.")

# ---------------------------------------------------------------- comments
c_runs = log.rows[12].cells[4].paragraphs[0].runs  # serial 011 row
comment(doc, c_runs, "FELLBRIDGE reviewer: Fellbridge's APEL rules let us accept up to 30 credits of prior study and experience. Should we say so here?", author="P. Oddie", initials="PO")
c2 = log.rows[4].cells[4].paragraphs[0].runs  # serial 003
comment(doc, c2, "Academic Board meets 12 Nov - credits will be 60 at level 7 if approved.", author="J. Ritson", initials="JR")

para(doc)
para(doc, "TRAFFIC LIST - WHAT A SENCO CAN DO AT STAND-DOWN", bold=True)
para(doc, "Statuses are as in Log-keeping note 4.", italic=True)

items = [
    ("T01", "Builds fair, respectful and supportive relationships with pupils with SEN or disabilities and their parents or carers", "CO5 role-play", "ACTIONED at D3"),
    ("T02", "Wins the commitment of colleagues, including the headteacher and senior leaders", "Sweep 1, Sweep 2", "ACTIONED at D1"),
    ("T03", "Sets priorities, manages time and delegates sensibly", "CO3 Incident Command", "ACTIONED at D2"),
    ("T04", "Sees problems coming, sorts them out and makes sound decisions about provision", "CO3 scenarios", "ACTIONED at D4"),
    ("T05", "Speaks and writes clearly; listens to and understands other people's views", "All Call-outs", "ACTIONED at D4"),
    ("T06", "Uses research and outside advice to improve own and colleagues' practice", "CO2 reading, Sweep 2", "ACTIONED at D3"),
    ("T07", "Keeps up to date and takes charge of own professional development in SEN and disability", "CO6 Next Objectives", "ACTIONED at D4"),
    ("T08", "Knows the SEN law and guidance, including the Code of Practice, and how to put it into practice", "CO1, Sweep 1", "ACTIONED at D1"),
    ("T09", "Knows the Every Child Matters outcomes and the SENCO's part in them", "CO1", "ACTIONED at D3"),
    ("T10", "Knows the disability equality law and what it requires a school to do", "CO1, Sweep 1", "ACTIONED at D3"),
    ("T11", "Understands how children develop and how SEN, disability and surroundings affect development", "Reading pack", "STANDBY"),
    ("T12", "Knows the common types of SEN and disability and how they affect learning", "CO2", "ACTIONED at D3"),
    ("T13", "Judges approaches, strategies and resources for assessment and teaching, including ICT", "CO2, kit room", "ACTIONED at D3"),
    ("T14", "Post-incident review: how Blackscar reviews its own rescues after every call-out", "CO6", "ACTIONED at D4"),
    ("T15", "Knows best practice and research on meeting SEN", "CO1, CO2", "ACTIONED at D3"),
    ("T16", "Knows what outside agencies do and how to get specialist support and resources", "CO4", "ACTIONED at D1"),
    ("T17", "With senior leaders and governors, shapes an inclusive ethos, policy, priorities and resources", "Sweep 3", "ACTIONED at D1"),
    ("T18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress", "CO2 casework", "ACTIONED at D3"),
    ("T19", "Uses assessments from other professionals to shape teaching", "CO4", "ACTIONED at D3"),
    ("T20", "Uses summative data, including national tests, to track progress and change programmes", "CO3", "ACTIONED at D3"),
    ("T21", "Helps other teachers use assessment for learning with pupils with SEN", "-", "NIL HEARD"),
    ("T22", "Spots in good time which pupils need access arrangements for national tests and exams, and puts them in place", "CO3", None),
    ("T23", "Uses provision mapping to find provision that is not working or missing", "CO3, Sweep 3", "ACTIONED at D1"),
    ("T24", "Deploys and manages staff, especially teaching assistants", "CO3, Sweep 2", None),
    ("T25", "Supports colleagues' development by observation and feedback, modelling, coaching and training", "Sweep 2", "ACTIONED at D1"),
    ("T26", "Reviews with colleagues how well provision works, to feed the school's self-evaluation", "Sweep 3", "ACTIONED at D3"),
    ("T27", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "CO4", "ROGER"),
    ("T28", "Works with parents and carers", "CO5, Sweep 3", "ACTIONED at D3"),
    ("T29", "Works in partnership with other services and agencies, including voluntary organisations", "CO4", "ACTIONED at D4"),
]
tl = table(doc, [["Serial", "What the SENCO can do (our words)", "Where practised", "Status"]] +
           [[a, b, c, d if d else ""] for a, b, c, d in items])
# cell changes
p22 = tl.rows[22].cells[3].paragraphs[0]
del_runs(p22, "ACTIONED at D3", author="J. Ritson", date="2008-10-21T10:02:00Z")
ins_runs(p22, "ROGER", author="J. Ritson", date="2008-10-21T10:02:00Z")
p24 = tl.rows[24].cells[3].paragraphs[0]
del_runs(p24, "ROGER", author="J. Ritson", date="2008-10-21T10:05:00Z")
ins_runs(p24, "ACTIONED at D1", author="J. Ritson", date="2008-10-21T10:05:00Z")

para(doc)
text_box(doc, ["Exercise SENCO covers every one of the national minimum outcomes for SENCOs. Nothing has been left out.",
               "Any questions about this log: CONTROL, Blackscar base, weekdays 0830-1700."],
         title="CONTROLLER'S NOTE", height="80pt")
para(doc)
para(doc, "LOG CLOSED 31 OCT 2008, 1730. A. HELME, PROGRAMME CONTROLLER.", bold=True)

doc.save(OUT)
print(OUT.name, count_words(OUT), "words")
