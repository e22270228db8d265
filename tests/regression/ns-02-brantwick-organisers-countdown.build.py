"""ns-02-brantwick-organisers-countdown: build the .docx next to this script.

Provider (invented): Brantwick Orienteering Club's coaching arm, the Brantwick Navigation Academy, with the
Ouseburn Vale Learning Trust (twelve schools) and the University of Thirlby's Faculty of Education, which awards
the course as a Postgraduate Award in Special Educational Needs Coordination.

Document kind and layout: the club's event organiser's countdown (the "T-minus" job list every orienteering
organiser keeps), used by the Academy's Head Coach to run the award's first year and sent to the panel as the
application, under a covering letter typed with manual line breaks. No heading styles at all: titles are bold
capitals typed as Normal paragraphs, lists are typed with "–". A "How to read" part keys statuses (Done, On track,
Not started, Dropped, Undecided) and leads' initials. The body is one long landscape table (Ref / Job / Lead /
Status / Notes) cut into five time bands by merged, shaded band rows (Permissions, Entries, Pre-event, Event Days,
After the event); jobs J1-J47 carry nearly every arrangement in their Notes cells. The 29 outcomes are not in any
outcome table: they sit in prose inside the Event Day rows (what each day covers) and in the Results Task rows
("RT1 checks that the entrant:"), with Warm-up Tasks W1-W4 that give feedback and are "not marked". After the
table: a text box on access, a who's-who table, and a "Course check" paragraph. A footer with a PAGE field.

Traps (requirement ids):
- Credits: validated "at Level 7 (masters level) with 40 credits"; a further 20 are a separate University module
  "not part of the Award" (E.2 partially_met). E.1 met (memorandum signed, validation event fixed).
- An online area was "Dropped": everything is face to face or on paper (3.3 not_applicable).
- A second start was "Dropped"; a tracked-deleted sentence offered a repeat of missed days; what remains is one
  start, the same order for everyone, catch-up from notes (3.2 partially_met).
- Pre-event ratings are used only to seat entrants at "mixed tables": no individual plan or personal outcomes
  (2.2 partially_met); provision is the same for everyone apart from the two routes (2.4 partially_met).
- Entry standard is only QTS and a school post: no check of prior knowledge, no guidance for those not ready
  (5.2 partially_met).
- CRB: the whole J12 row is a tracked insertion, so it counts (5.3 met).
- Shadows (mentors): the briefing row is a tracked deletion; Shadows are only "sent this countdown and the Warm-up
  Task sheets" (5.7 partially_met). Coaches are trained (the other half).
- Evaluation: forms are "collected ... and filed"; the improvement step "Changes for the next run" is "Not started"
  and "To be decided"; the Academy asking its own junior members is the right words about the wrong people
  (5.1 partially_met). The Course Review Group still evaluates with stakeholders (4.3 met).
- Next steps for finishers: "Undecided" (a decision not made), with an adviser's comment (2.5 not_met).
- Award rule: a Results Task failed at 40-49 "may be compensated", and attendance is a condition: outcomes can go
  unshown (6.0 not_met; 1.9 partially_met).
- "Summative assessments" and "formative ones" describe the course's own tasks, not pupils' tests: right words,
  wrong thing (6.S2b not_met; no other coverage of tracking with national tests).
- Keeping up to date / own CPD is nowhere (6.A7 not_met).
- Warm-up Tasks only (taught, not assessed): 6.A3, 6.S2c, 6.S5 partially_met. Disability equality law is taught on
  ED1 but RT1's list leaves it out (6.K3 partially_met). School self-evaluation appears only in RT3's list (assessed,
  not taught: 6.K7 partially_met). Pupils' part in planning is "an introduction" on ED5 and in no Results Task (6.S7
  partially_met); consulting pupils is only "why pupils' views matter" (1.5 partially_met).
- The "Course check" paragraph is an unsupported blanket claim that every outcome is set out and checked.
- The access arrangements are only in a text box referred to from J13; they count (3.1 met).
- "Every coach keeps up to date" is about the coaches (5.4), not the entrants' own CPD (6.A7 stays not_met).
- Comments are never evidence; the footer is never evidence.
"""
from pathlib import Path
import sys

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt, Cm, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _ns_helpers import (NS, _nid, base_font, broken_para, dele, ins, landscape, page_field, para, portrait,
                         set_cell, shade, text_box, typed_title)
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
NAME = "ns-02-brantwick-organisers-countdown"
HG = "Helen Garside"
FO = "Frances Oldroyd"
D1 = "2009-01-28T11:20:00Z"
D2 = "2009-01-30T15:45:00Z"

doc = Document()
base_font(doc, "Arial", 10)

sec = doc.sections[0]
fp = sec.footer.paragraphs[0]
r = fp.add_run("Brantwick Navigation Academy  ·  Organiser's Countdown  ·  SENCO Award 2009–10  ·  ")
r.font.size = Pt(8)
page_field(fp, "Page ")

# ------------------------------------------------------------------ covering letter (typed letterhead)
broken_para(doc, ["BRANTWICK ORIENTEERING CLUB", "Brantwick Navigation Academy",
                  "The Old Forge, Mill Lane, Brantwick, OU7 3RD  ·  Tel. 01963 448 210"], size=9)
para(doc, "2 February 2009")
para(doc, "To the approval panel, National Award for SEN Coordination, Training and Development Agency for Schools")
para(doc, "Dear Panel,")
broken_para(doc, [
    "Every orienteering event, from a club night in the park to a national championship, is run from the",
    "organiser's countdown: a list of every job from the first permission to the last result, who is doing it,",
    "and whether it is done. The Academy has run its coaching courses the same way since 1998, and when the",
    "Ouseburn Vale Learning Trust and the University of Thirlby asked us to run the SENCO award with them, the",
    "Head Coach started a countdown on the day of the first meeting. This is that countdown, version 7, as it",
    "stood on 30 January. We send it as our application because it is the truest account of what we will do.",
])
broken_para(doc, [
    "The award is for the children. Its aim is that pupils with special educational needs and disabilities in",
    "the Trust's schools and their neighbours achieve more and are safer, healthier and happier at school: all",
    "five Every Child Matters outcomes, being healthy, staying safe, enjoying and achieving, making a positive",
    "contribution and achieving economic well-being, not only results. Every Event Day starts from a pupil's",
    "story, every School Task is done in the entrant's own school, and the Results Tasks ask entrants to show what",
    "their work has changed for pupils.",
])
para(doc, "Yours faithfully,")
broken_para(doc, ["Helen Garside", "Head Coach, Brantwick Navigation Academy, and Organiser of the SENCO Award"])
broken_para(doc, ["Mark Wilde", "Director of Inclusion, Ouseburn Vale Learning Trust"])

# ------------------------------------------------------------------ how to read
typed_title(doc, "How to read the countdown", size=12)
para(doc, "T is the first Event Day, Saturday 3 October 2009. Jobs are listed by how many weeks before or after T "
          "they fall due, in five bands. Each job has a number (J1, J2 ...), a lead, a status and notes.")
para(doc, "Status")
for s in ["– Done: finished.",
          "– On track: under way, or fixed for its date and on course for it.",
          "– Not started: due later and not yet begun.",
          "– Dropped: we decided not to do it.",
          "– Undecided: suggested, but we have not decided whether to do it."]:
    para(doc, s)
para(doc, "Leads")
for s in ["– HG: Helen Garside, Head Coach of the Academy and Organiser of the award.",
          "– PD: Dr Peter Dacre, programme leader, University of Thirlby.",
          "– MW: Mark Wilde, Director of Inclusion, Ouseburn Vale Learning Trust.",
          "– SK: Sue Kirkby, Entries Secretary (the Academy's administrator).",
          "– AR: Anne Rigg, coach.",
          "– EA: the Event Adviser, Dr Frances Oldroyd."]:
    para(doc, s)
para(doc, "Our words")
for s in ["– Entrant: a teacher on the award.",
          "– Event Day (ED1 to ED8): a Saturday study day at Ouseburn House, the Trust's training centre. Every "
          "entrant on the full route takes all eight, in the same order.",
          "– School Task: the work an entrant does in their own school between Event Days.",
          "– Warm-up Task (W1 to W4): a short task on which a coach or Shadow gives written feedback. Warm-up "
          "Tasks are not marked.",
          "– Results Task (RT1 to RT3): a marked assessment. Its mark goes on the results.",
          "– Coach: a tutor. Shadow: a school-based mentor.",
          "– Event Adviser: the University's external examiner for the award.",
          "– Results Panel: the University's board of examiners for the award."]:
    para(doc, s)
para(doc, "The three Results Tasks are the award's summative assessments, and the Warm-up Tasks its formative ones.")

# ------------------------------------------------------------------ the countdown (landscape)
landscape(doc)
typed_title(doc, "The countdown: SENCO Award, first run, 2009–10 (version 7)", size=12)

BANDS = {
    "A": "T–35 TO T–27 WEEKS  ·  FEBRUARY–MARCH 2009  ·  PERMISSIONS",
    "B": "T–26 TO T–14 WEEKS  ·  APRIL–JUNE 2009  ·  ENTRIES",
    "C": "T–13 TO T–1 WEEKS  ·  JULY–SEPTEMBER 2009  ·  PRE-EVENT",
    "D": "T TO T+32 WEEKS  ·  OCTOBER 2009 – MAY 2010  ·  EVENT DAYS",
    "E": "T+33 TO T+42 WEEKS  ·  JUNE–JULY 2010  ·  AFTER THE EVENT",
}
ROWS = [
    ("band", "A"),
    ("J1", "Send the application to the TDA", "HG", "Done", "This countdown is the application. Sent 2 February 2009."),
    ("J2", "Agreement with the University of Thirlby", "PD", "Done",
     "Memorandum of agreement signed 15 January 2009. The University of Thirlby's Faculty of Education awards the "
     "Postgraduate Award in Special Educational Needs Coordination; the Academy and the Trust deliver it with "
     "University staff, and the University's regulations and quality procedures apply."),
    ("J3", "Validation event", "PD", "On track",
     "Fixed for 18 March 2009. The award is being validated at Level 7 (masters level) with 40 credits. An entrant "
     "who wants a further 20 credits can take the University's Extended Professional Project module after the "
     "award; that module is not part of the award."),
    ("J4", "Survey of schools", "MW", "Done",
     "In November 2008 we asked the heads and SENCOs of the twelve Trust schools and of the 31 other schools in the "
     "Ouseburn district what a new SENCO most needs (40 replies). Top answers: managing teaching assistants (29), "
     "working with outside agencies (26), explaining the SENCO's work to governors (24), talking to parents when "
     "things are difficult (21). The county SEN team's view and written comments from the Ouseburn Parents' Forum "
     "are filed with the results."),
    ("J5", "Change the first draft from the survey", "HG", "Done",
     "Changes agreed with the Trust heads on 14 January 2009: ED7 now gives its afternoon to deploying and managing "
     "teaching assistants; ED6 now brings agency staff in person instead of a paper pack; ED7 has a governors' "
     "session with two chairs of governors; ED5 gives an hour to meetings with parents that go wrong (the Parents' "
     "Forum asked for this)."),
    ("J6", "Ask the Trust's school councils what a good SENCO does", "MW", "Dropped",
     "There was not time before the application. Dropped for this year."),
    ("J7", "Online area for entrants", "HG", "Dropped",
     "A forum and resource pages on the University's Blackboard site were planned. Dropped in January: most Trust "
     "schools block the site, and entrants at the taster evening said they would not use it. Everything on the "
     "award is face to face or on paper."),
    ("J8", "Appoint the Event Adviser", "PD", "Done",
     "Dr Frances Oldroyd, Reader in Inclusive Education at the University of Eskmouth, is the University's external "
     "examiner for the award for four years from 2009."),
    ("J9", "Course Review Group", "MW", "Done",
     "Members: two Trust heads, two Trust SENCOs, a parent governor from the Ouseburn Parents' Forum, the county's "
     "Principal Educational Psychologist, HG and PD. It meets once a term during the event, and after the event it "
     "evaluates the award with the entrants' feedback, the Pupil Gains table (J45) and the Event Adviser's report "
     "(J41)."),
    ("band", "B"),
    ("J10", "Leaflet and entry form out", "SK", "On track",
     "To every school in Ouseburn and the two neighbouring authorities by 24 April. Large-print and electronic "
     "copies on request."),
    ("J11", "Entry standard", "HG", "On track",
     "An entrant must hold QTS and be working in a school. The head signs the entry form."),
    ("J12", "CRB check on every entrant", "SK", "On track",
     "The Entries Secretary sees each entrant's enhanced CRB disclosure (the original, not a copy), or a letter from "
     "the head giving the disclosure's number and date from the school's single central record. No entrant starts "
     "ED1 until this is done. The head also confirms on the entry form that the school has made the List 99 check "
     "and taken up references with previous employers."),
    ("J13", "Disability and access", "SK", "On track", "See the box 'Access on the award' after this table."),
    ("J14", "Direct Entry class", "HG", "On track",
     "For an experienced SENCO or a teacher from an SEN support service who already seems to meet the outcomes. No "
     "Event Days: the entrant presents a file of evidence against every outcome and completes RT1, RT2 and RT3, "
     "with two meetings with a coach. Fee £450. At most four a year, each agreed by PD."),
    ("J15", "Credit Transfer", "PD", "On track",
     "Up to 10 of the 40 credits may be given for earlier study at Level 7 in SEN, or for experience shown in a "
     "claim portfolio, judged by the University's APL panel. An entrant given credit is excused the Event Days the "
     "claim covers but still takes all three Results Tasks."),
    ("J16", "Second start in January 2010", "HG", "Dropped",
     "Considered. Dropped: there are not enough coaches for two groups in the first year."),
    ("J17", "Fee", "MW", "Done",
     "£1,100 per entrant. The Trust pays in full for its own teachers; other schools pay from their CPD budgets. The "
     "fee is kept down because Event Days use Trust premises and the Academy's coaches work at cost."),
    ("band", "C"),
    ("J18", "Pre-event questionnaire", "HG", "On track",
     "Each entrant rates themselves from 1 to 4 against a list of the award's outcomes and says which Event Days "
     "they expect to find hardest. The Organiser uses the ratings to seat entrants at mixed tables on Event Days, "
     "so that each table has someone confident in each area."),
    ("J19", "Coaches' day", "HG", "On track",
     "All five coaches spend a day in September with PD on the outcomes, the Warm-up and Results Task briefs, the "
     "marking criteria and the second-marking rota. Each coach has the Coach's Handbook."),
    ("DEL", "J20", "Shadows' briefing evening", "HG", "On track",
     "Each Shadow briefed by the Organiser on the role, the Warm-up Tasks and what to look for in school."),
    ("J21", "Shadows", "HG", "On track",
     "Each entrant's head names a Shadow, an experienced SENCO or senior leader in the entrant's school or another "
     "Trust school, who meets the entrant between Event Days. Shadows are sent this countdown and the Warm-up Task "
     "sheets."),
    ("J22", "Visits", "MW", "On track",
     "The Trust arranges for every entrant a day at Ouseburn Bridge Special School and a half day at the Trust's "
     "pupil referral unit, in the spring term, with a named member of staff to host them."),
    ("J23", "Resources", "SK", "Done",
     "Entrants have University library cards with access to its electronic journals. The county Sensory Support "
     "Service lends assessment materials and assistive technology (text-to-speech and symbol software, "
     "radio aids, recording pens) for use on ED2 and ED4 and in School Tasks. Ouseburn House has a teaching room "
     "with a projector and an interactive whiteboard."),
    ("band", "D"),
    ("J24", "ED1 (Sat 3 October): The rules of the ground", "PD", "On track",
     "The SEN Code of Practice (2001): what it requires of the school, the governors, the SENCO and teachers, and "
     "how to put it into practice. Every Child Matters, its principles and five outcomes, and the SENCO's part in "
     "them. The SEN and Disability Act 2001 and the Disability Discrimination Act 1995 and 2005: the disability "
     "equality duty and the school's Disability Equality Scheme. Removing Barriers to Achievement (2004), the "
     "Inclusion Development Programme (2008), Ofsted's report Inclusion: does it matter where pupils are taught? "
     "(2006) and the Bercow Review of services for children with speech, language and communication needs (2008)."),
    ("J25", "ED2 (Sat 31 October): Reading the runner", "AR", "On track",
     "How children develop, and how development is affected by SEN and disability and by the physical and social "
     "environment for learning. Behavioural, emotional and social difficulties, specific learning difficulties "
     "including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate "
     "learning difficulties, and how each affects learning. Identifying pupils who may have SEN through "
     "observation, data and assessment; setting challenging targets; planning interventions; reviewing progress. "
     "Using assessments from educational psychologists, speech and language therapists and specialist teachers to "
     "shape teaching."),
    ("J26", "W1: Pupil profile", "AR", "On track",
     "A one-page profile of a pupil the entrant teaches. Written feedback from a coach; not marked."),
    ("J27", "RT1: The School Audit (15 credits). Due 4 December", "PD", "On track",
     "About 3,000 words. The entrant audits their school's SEN policy and practice against the SEN Code of Practice "
     "and the Every Child Matters outcomes, including how the school identifies and arranges access arrangements "
     "for national tests and examinations, and reviews the research and inspection evidence on one part of the "
     "school's provision. RT1 checks that the entrant: knows the law and guidance on SEN, including the Code of "
     "Practice, and how the school should put it into practice; knows the principles and outcomes of Every Child "
     "Matters and the SENCO's part in them; identifies in good time the special arrangements pupils need for "
     "national tests and examinations and works with colleagues to put them in place; knows best practice and "
     "research in meeting SEN; draws on research evidence and outside advice to improve their own and colleagues' "
     "practice."),
    ("J28", "ED3 (Sat 21 November): Planning the route", "AR", "On track",
     "The SENCO's workload: setting priorities, managing time, delegating and checking that delegated work is done. "
     "Anticipating and solving problems; making and explaining well-founded decisions about provision."),
    ("J29", "W2: Time log", "AR", "Not started",
     "A week's time log, with a plan of what to delegate and to whom. The Shadow gives feedback; not marked."),
    ("J30", "ED4 (Sat 16 January): Mapping the provision", "AR", "Not started",
     "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT and "
     "assistive technology, and how to judge them. Provision mapping and management, costing provision, and "
     "finding provision that is ineffective or missing. Reviewing provision with colleagues. Helping colleagues to "
     "use assessment for learning with pupils with SEN. The timetable for access arrangements for Key Stage tests "
     "and GCSEs, and working with the examinations officer to put them in place."),
    ("J31", "W3: Assessment for learning", "AR", "Not started",
     "Plan a short assessment-for-learning session for colleagues. The Shadow gives feedback; not marked."),
    ("J32", "ED5 (Sat 6 February): Running with families", "HG", "Not started",
     "Fair, respectful and supportive relationships with pupils with SEN and disabilities and with their parents "
     "and carers. Working in partnership with parents: sharing information, planning together, the hour on "
     "meetings that go wrong, the Parent Partnership Service. A short input on why pupils' views matter, and an "
     "introduction to pupils' part in planning and reviewing their own provision."),
    ("J33", "ED6 (Sat 6 March): Other navigators", "PD", "Not started",
     "The scope and role of outside agencies and how to get specialist support and resources: educational "
     "psychology, speech and language therapy, CAMHS, social care, the sensory and behaviour support services, the "
     "Common Assessment Framework, and voluntary organisations (Ouseburn Autism Support and Dyslexia Action speak "
     "in person). Best practice and research in meeting SEN. Using research and outside advice to improve "
     "practice."),
    ("J34", "RT2: The Pupil Study (15 credits). Due 26 March", "PD", "Not started",
     "About 4,000 words on one pupil, with the parent's or carer's written consent. The entrant records a baseline "
     "before an intervention and measures again at least eight weeks later. RT2 checks that the entrant: identifies "
     "the pupil's needs from observation, data and assessment, sets challenging targets, plans an intervention and "
     "reviews progress; uses other professionals' assessments to shape teaching; understands how the pupil's SEN "
     "or disability and the learning environment affect the pupil's development and learning; knows the most "
     "common types of SEN and disability and how each can affect learning, and places the pupil's needs among "
     "them; chooses and judges "
     "approaches, strategies and resources, including ICT; builds a fair, supportive relationship with the pupil "
     "and the family and works with the parents or carers; works with at least one outside agency or voluntary "
     "organisation and knows what each agency involved can offer."),
    ("J35", "ED7 (Sat 27 March): Leading the club", "HG", "Not started",
     "Working with the head, the senior team and governors on the school's inclusive ethos, policies, priorities "
     "and resources, with the governors' session. Gaining colleagues' commitment. Deploying and managing teaching "
     "assistants and other support staff. Supporting colleagues' professional development: the Academy's coaching "
     "model applied to colleagues (observing and feeding back, modelling, coaching, mentoring, running training). "
     "Speaking and writing clearly, and listening."),
    ("J36", "W4: Coaching a colleague", "HG", "Not started",
     "Coach a colleague through one change in their teaching and write a reflection. The Shadow gives feedback; not "
     "marked."),
    ("J37", "ED8 (Sat 15 May): The finish", "HG", "Not started",
     "RT3 presentations, in groups of six, to two coaches."),
    ("J38", "RT3: The Change Project (10 credits). Presentation on ED8; project due 11 June", "HG", "Not started",
     "A change in provision the entrant leads in their school, written up in about 4,000 words, with a "
     "fifteen-minute presentation. RT3 checks that the entrant: maps provision for a group of pupils and finds what "
     "is ineffective or missing; reviews it with colleagues; works with the senior team and governors on the "
     "change; deploys and manages support staff for it; gains the commitment of colleagues, including the head; "
     "anticipates and resolves problems and makes sound decisions; shows how the project links to the school's "
     "self-evaluation form (SEF) and improvement plan; speaks and writes clearly and listens to others."),
    ("J39", "Catch-up", "HG", "Not started", "CATCHUP"),
    ("band", "E"),
    ("J40", "Marking", "PD", "Not started",
     "Each Results Task is marked by the entrant's coach and second-marked blind by another coach. PD marks a third "
     "time where the two marks differ by ten or more."),
    ("J41", "Adviser's check", "EA", "Not started",
     "The Event Adviser sees a sample of every Results Task (one in four, with every fail and borderline) before "
     "the Results Panel and writes a report on the marking and the award."),
    ("J42", "Results Panel", "PD", "Not started",
     "The pass mark for each Results Task is 50. An entrant passes the award with an average of 50 across the three "
     "Results Tasks and attendance at seven of the eight Event Days. A Results Task mark of 40 to 49 may be "
     "compensated by the marks for the other two."),
    ("J43", "Entrants' feedback", "SK", "Not started",
     "Feedback forms after each Event Day are collected by the Entries Secretary and filed. The Academy also asks "
     "its own junior members what they thought of every coaching session, as it has since 1998."),
    ("J44", "Changes for the next run", "HG", "Not started", "To be decided once we see how the first run goes."),
    ("J45", "Confidence and pupils", "HG", "Not started",
     "Each entrant repeats the Pre-event ratings on ED8 and we compare the two. The Organiser collects every RT2 "
     "baseline and end measure (reading age, attendance, a behaviour log or the pupil's own rating, as fits the "
     "pupil) into a Pupil Gains table for the Course Review Group each year."),
    ("J46", "Next-steps meeting for each finisher with their head", "EA", "Undecided",
     "Suggested by the Event Adviser. We have not decided whether to do it."),
    ("J47", "Certificates", "PD", "Not started",
     "The University sends certificates; the Academy holds a presentation evening at the Old Forge."),
]

t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for j, h in enumerate(["Ref", "Job", "Lead", "Status", "Notes"]):
    set_cell(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), "404040")
    for rr in t.cell(0, j).paragraphs[0].runs:
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

tracked = {}
for row in ROWS:
    if row[0] == "band":
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        set_cell(m, BANDS[row[1]], bold=True, size=9)
        shade(m, "C6D9F1")
        continue
    deleted = row[0] == "DEL"
    if deleted:
        row = row[1:]
    ref, job, lead, status, notes = row
    tr = t.add_row()
    cells = tr.cells
    if deleted:
        trPr = tr._tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:del {NS} w:id="{_nid()}" w:author="{HG}" w:date="{D2}"/>'))
        for c, v in zip(cells, [ref, job, lead, status, notes]):
            dele(c.paragraphs[0], v, HG, D2)
        continue
    for c, v in zip(cells, [ref, job, lead, status]):
        set_cell(c, v, size=9, bold=(c is cells[0]))
    if ref == "J12":
        # the whole CRB row is a tracked insertion
        trPr = tr._tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:ins {NS} w:id="{_nid()}" w:author="{HG}" w:date="{D1}"/>'))
        for c, v in zip(cells, [ref, job, lead, status, notes]):
            for p_ in c.paragraphs:
                for r_ in list(p_.runs):
                    r_._r.getparent().remove(r_._r)
            ins(c.paragraphs[0], v, HG, D1)
        continue
    if notes == "CATCHUP":
        p_ = cells[4].paragraphs[0]
        p_.add_run("An entrant who misses an Event Day catches up from the day's notes with their Shadow. ").font.size = Pt(9)
        dele(p_, "Or they can attend the same day's repeat in the Trust's twilight series the following week.", HG, D2)
        continue
    set_cell(cells[4], notes, size=9)
    tracked[ref] = cells

for row in t.rows:
    for j, w in enumerate([1.2, 5.0, 1.2, 2.0, 15.5]):
        row.cells[j].width = Cm(w)

# comments on two jobs
doc.add_comment(tracked["J46"][4].paragraphs[0].runs[0],
                text="Worth doing, and cheap: a half hour with the head on targets for next year. FO",
                author=FO, initials="FO")
doc.add_comment(tracked["J38"][4].paragraphs[0].runs[0],
                text="Is the SEF taught anywhere before RT3? HG", author=HG, initials="HG")

# ------------------------------------------------------------------ after the table (portrait)
portrait(doc)
typed_title(doc, "Access on the award (J13)", size=11)
text_box(doc, [
    ("ACCESS ON THE AWARD", True),
    ("The entry form asks every entrant whether they have a disability or other need we should know about, and "
     "says why we ask: so that we can make changes before the course starts, not after. The Entries Secretary "
     "contacts each entrant who tells us and agrees the adjustments with them and the Organiser: materials in large "
     "print or electronically in advance, a hearing loop (Ouseburn House has one fitted), rest breaks, a reserved "
     "parking bay, and for Results Tasks extra time, a scribe or an oral alternative agreed with the University's "
     "Disability Service. The same applies on the visits in J22, which the Trust arranges with the host school.", False),
    ("Ouseburn House has level access, a lift to the first floor and an accessible toilet. The leaflet and entry "
     "form say plainly that disabled teachers are welcome on the award, and the Academy's equality policy commits "
     "every coach to challenge discriminatory remarks on Event Days.", False),
], width_pt=450, height_pt=210, fill="FFF2CC")

typed_title(doc, "Who's who", size=11)
staff = [
    ["Name", "Role on the award", "Background"],
    ["Helen Garside", "Organiser; coach (ED5, ED7, ED8)",
     "SENCO at two Ouseburn primary schools for eleven years; MA in Special and Inclusive Education (Thirlby, "
     "2004); British Orienteering Level 3 coach and Academy Head Coach since 2001."],
    ["Dr Peter Dacre", "Programme leader; coach (ED1, ED6)",
     "Senior Lecturer in Special Educational Needs, University of Thirlby; PhD on the SENCO role; former head of "
     "a learning support service."],
    ["Anne Rigg", "Coach (ED2, ED3, ED4)",
     "Specialist teacher, county Learning Support Service; Postgraduate Diploma in Specific Learning Difficulties; "
     "Academy coach."],
    ["Mark Wilde", "Trust lead; chairs the Course Review Group",
     "Director of Inclusion for the Trust; former head of Ouseburn Bridge Special School."],
    ["Two further coaches", "Second marking; ED tables",
     "Trust SENCOs of at least eight years' standing, both with masters degrees in SEN."],
    ["Dr Frances Oldroyd", "Event Adviser (external examiner)",
     "Reader in Inclusive Education, University of Eskmouth."],
]
tt = doc.add_table(rows=len(staff), cols=3)
tt.style = "Table Grid"
for i, rowv in enumerate(staff):
    for j, v in enumerate(rowv):
        set_cell(tt.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade(tt.cell(i, j), "D9D9D9")
para(doc, "Every coach keeps up to date through the University's staff development programme and the Trust's "
          "SENCO network, which meets each half term.")

typed_title(doc, "Course check", size=11)
para(doc, "All 28 outcomes of the national specification are set out on an Event Day and checked in a Results "
          "Task, as the Event Day and Results Task rows show. The course has been checked against the "
          "specification by the Organiser and the programme leader.")
broken_para(doc, ["Helen Garside, Organiser", "30 January 2009"], size=9)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
