"""oi-01-hambledon-edge-work-pack: blind test application (prefix oi, writer b, set 111).

Provider (invented): the Hambledon Edge Gliding Club Education Trust, the education charity of a gliding club on
the Downshire escarpment, which runs airfield days for schools and "Flying Start" flying for disabled young people.
It applies, with the University of Middlecombe (validating) and Downshire County Council, to run the 2008-09
National Award for SEN Coordination.

Document kind and layout: the course written as an aircraft maintenance WORK PACK, in the form the club's
inspectors use for the annual inspection of its gliders. A cover sheet table with merged cells; a Record of
Revisions table; heading styles carrying the pack's own titles; a table of the pack's words (Candidate, Chief
Inspector, Inspector, Duplicate Inspector, Hangar Mentor, Hangar Day HD1-HD8, Line Task LT1-LT5, Stamp S1-S3,
Ground Run, Arrival Inspection, Individual Work Order, Release to Service); "Notes on the Check Schedule" keying the
values of the outcome table ("Inspected at", "Stamped at", "Visual only", "Ground run only", "Deferred") some
twelve pages before the table itself; ten Task Cards, each a table with a merged shaded title row and
Step / Work to be carried out / By columns, with prose between them; a Hangar Days table whose Term cells are merged
down; a Deferred Defects List; a "Next Inspection Due" sheet; a Certificate of Release to Service in a floating
text box (wps with a VML fallback); the Check Schedule of 29 items in three merged, shaded zone bands (Cockpit,
Fuselage, Wings and Controls) in the pack's own words. Header ("UNCONTROLLED WHEN PRINTED"), footer with a PAGE
field, two footnotes (no verdict rests on them), two comments, tracked changes (a whole deleted paragraph, a whole inserted
step in a table, a deleted "40" and an inserted "60" in the cover sheet), and a "[TBC]" placeholder.

Traps (requirement ids):
- Footer claims "all persons working airside with young people hold a current enhanced CRB disclosure" (airside
  workers, and a footer in any case); the body says candidates' disclosures are "a matter for the employing
  school" and the Trust "does not see or record" them; the Trust's CRB checks described in Task Card 10 are on
  its instructors and volunteers; a comment asks "Should we say we check these?". 5.3 not_met.
- The assessment-only route is on the Deferred Defects List, "Not available to 2008-09 candidates". 2.3 not_met.
- Check Schedule items marked "Deferred" (child development, exam access arrangements, multi-agency partnership):
  6.K4, 6.S2d, 6.S9 not_met. The survey named exam arrangements as a need (right need, not acted on).
- "Visual only" (taught, not assessed): 6.A3, 6.K9, 6.S7 partially_met. "Ground run only" (feedback only): 6.A5
  partially_met. Item 21 has a dash under "Inspected at" but "S3" under "Stamped at" (assessed, never taught):
  6.S2c partially_met.
- Pupil voice only "a short input" and "where the school permits, candidates are encouraged to note the views of
  pupils": 1.5 partially_met (and 6.S7 as above).
- APCL up to 20 credits, but "We do not accredit experience on its own": 2.1 partially_met.
- One September start in a fixed order; the only choice is Saturday or Tuesday; the January intake is a deleted
  paragraph and is "Withdrawn" on the Deferred Defects List: 3.2 partially_met.
- E-learning "Crew Room" forum where "Inspectors do not read or answer it": peer support but no direct tutor
  support or support from tutors between sessions online: 3.3 partially_met.
- Stakeholders in evaluation only wished for ("We would like headteachers and parents to take part in evaluating
  the Award in future years"), though they teach and mentor: 4.3 partially_met.
- Visits to special schools "are not arranged by the Trust"; the Trust's work-experience placements are for Year 10
  pupils, not candidates (wrong context): 5.5 partially_met.
- Candidates report pupil impact in Stamp 2 but "the Trust does not at present collect or analyse them across the
  group": 5.9 partially_met (competence and confidence are measured).
- Several outcomes are not assessed, so assessment is not against all outcomes (1.9 partially_met) and Release to
  Service on passing the three Stamps does not show every outcome (6.0 partially_met).
- Flying Start adaptations for disabled young people (hand controls, hoist) are the wrong context for 3.1, but the
  pack also describes disclosure, reasonable adjustments and accessible materials for candidates: 3.1 met.
- The moderation step (duplicate marking) is a tracked insertion and so part of the submission: 5.8 met.
- Credits: "40" deleted and "60" inserted in the cover sheet: E.2 met.

Expected: 42 met, 14 partially_met, 5 not_met, 0 not_applicable.
"""
from pathlib import Path

from docx.shared import Cm, Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _oi_helpers import (Footnotes, broken_para, cell_change, cell_text, comment, field, new_document, para, run,
                         set_repeat_header, shade, table, textbox, tracked_para, tracked_run)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AT = "Alison Threlfall"
DK = "David Kerslake"
NAVY = "1F3864"
GREY = "D9D9D9"
PALE = "DEEAF6"

doc = new_document("Arial", 10)
fn = Footnotes(doc)

# ------------------------------------------------------------------ header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
run(hp, "HAMBLEDON EDGE GLIDING CLUB EDUCATION TRUST  |  WORK PACK WP/08-SEN  |  Issue 3", size=8, bold=True)
hp2 = sec.header.add_paragraph()
run(hp2, "UNCONTROLLED WHEN PRINTED", size=8, italic=True)
fp = sec.footer.paragraphs[0]
run(fp, "Airside safety: all persons working airside with young people hold a current enhanced CRB disclosure.   "
        "Page ", size=8)
field(fp, "PAGE", "1", size=8)

# ------------------------------------------------------------------ cover sheet
para(doc, "WORK PACK", style="Title")
para(doc, "National Award for SEN Coordination, 2008-09 edition", bold=True, size=13)

cov = table(doc, 7, 4, [3.2, 5.6, 3.0, 4.8])
c = cov.cell(0, 0).merge(cov.cell(0, 3))
cell_text(c, "WORK PACK WP/08-SEN   -   COVER SHEET", bold=True, color="FFFFFF", fill=NAVY)
rows = [
    ("Owner", "Hambledon Edge Gliding Club Education Trust (registered charity no. 1098877)", "Work order",
     "WP/08-SEN"),
    ("Item", "The National Award for SEN Coordination (\u201cthe Award\u201d), 2008-09 edition", "Validating body",
     "University of Middlecombe, School of Education"),
    ("Qualification", "", "Partner", "Downshire County Council, Children's Services"),
    ("Chief Inspector", "Mrs Alison Threlfall", "Issued", "14 July 2008"),
    ("Intake", "September 2008: eighteen places", "Next issue due", "July 2009"),
]
for i, (a, b, c2, d) in enumerate(rows, start=1):
    cell_text(cov.cell(i, 0), a, bold=True, fill=GREY)
    cell_text(cov.cell(i, 1), b)
    cell_text(cov.cell(i, 2), c2, bold=True, fill=GREY)
    cell_text(cov.cell(i, 3), d)
q = cov.cell(3, 1).paragraphs[0]
run(q, "Postgraduate Certificate in Special Educational Needs Coordination: ")
tracked_run(q, "40", "del", AT, "2008-05-20T09:12:00Z")
tracked_run(q, "60", "ins", AT, "2008-05-20T09:12:00Z")
run(q, " credits at Level 7 (masters level), awarded by the University of Middlecombe")
c = cov.cell(6, 0)
cell_text(c, "Submitted to", bold=True, fill=GREY)
c = cov.cell(6, 1).merge(cov.cell(6, 3))
cell_text(c, "The Training and Development Agency for Schools, with our application for approval to run the Award")

para(doc, "")
para(doc, "RECORD OF REVISIONS", bold=True)
rev = table(doc, 4, 5, [1.4, 2.6, 3.6, 7.0, 1.8])
for j, h in enumerate(["Issue", "Date", "Cards affected", "Reason", "By"]):
    cell_text(rev.cell(0, j), h, bold=True, fill=GREY)
set_repeat_header(rev.rows[0])
for i, r in enumerate([
    ("1", "3 March 2008", "All", "First draft for the Programme Board.", "AT"),
    ("2", "22 May 2008", "TC-03, TC-08, Check Schedule",
     "After the Downshire SENCO survey: Hangar Day 4 added; P scales moved into it; credits corrected.", "AT / DK"),
    ("3", "14 July 2008", "TC-03, TC-06, Deferred Defects",
     "Duplicate inspection extended to a sample of all Stamps; January intake withdrawn.", "AT"),
], start=1):
    for j, v in enumerate(r):
        cell_text(rev.cell(i, j), v)

# ------------------------------------------------------------------ how the pack is laid out
para(doc, "How this work pack is laid out", style="Heading 1")
para(doc, "The Trust has looked after its own gliders for thirty-one years. Every glider on the airfield is "
          "inspected once a year against a work pack: a cover sheet, a set of task cards, a check schedule of every "
          "item to be inspected, a list of anything deferred, and a certificate of release to service that is signed "
          "only when the work is done. When the Trust's Programme Board began to plan the Award, its members (three "
          "of them SENCOs who fly at the club, one of them a licensed inspector) agreed to set the course out in the "
          "same way. What follows is therefore the work pack for the Award. It is the document our Inspectors, "
          "Hangar Mentors and candidates work from; we have not rewritten it for the panel.")
para(doc, "The Award's aim, printed on the cover of every candidate's Log, is better achievement and well-being for "
          "pupils with SEN and disabilities in all five Every Child Matters outcomes. The Check Schedule turns that "
          "aim into twenty-nine items, the Hangar Days teach them, and Stamp 2 asks each candidate to show what "
          "difference their work has made for their pupils.")
para(doc, "The Trust was set up in 1994 to run the club's education work: Airfield Classroom days for Key Stage 2 "
          "and 3 groups, and Flying Start, in which young people with physical and learning disabilities fly in the "
          "club's two-seater with its instructors. About six hundred young people a year come to the airfield "
          "through Downshire schools. The Trust's education centre, in the former officers' mess beside the "
          "hangar, has two teaching rooms, a resource room and step-free access throughout. In 2007-08 the Trust "
          "ran an unaccredited pilot of this course for eleven Downshire SENCOs, and the Award builds on it.")

para(doc, "Words used in this pack", style="Heading 2")
words = [
    ("Candidate", "A teacher who is, or is about to become, a school's SENCO and is registered on the Award."),
    ("Chief Inspector", "The Award's programme leader, Mrs Alison Threlfall."),
    ("Inspector", "A tutor on the Award. Inspectors teach the Hangar Days, read candidates' work and mark Stamps."),
    ("Duplicate Inspector", "A second Inspector who marks a Stamp without seeing the first Inspector's marks."),
    ("Hangar Mentor", "An experienced SENCO or senior leader in or near the candidate's school who supports the "
                      "Line Tasks and takes part in Stamp 3."),
    ("Hangar Day (HD)", "A taught day at the Trust's education centre. There are eight, HD1 to HD8."),
    ("Line Task (LT)", "A task carried out in the candidate's own school between Hangar Days. There are five, "
                       "LT1 to LT5."),
    ("Stamp (S)", "One of the three marked pieces of work, S1 to S3. A Stamp is either passed or referred."),
    ("Ground Run", "A short piece of work which an Inspector reads and returns with written feedback. Ground Runs "
                   "are not marked and do not count towards the Award."),
    ("Arrival Inspection", "The needs assessment each candidate completes before HD1."),
    ("Individual Work Order", "The candidate's own training plan, agreed at the Arrival Inspection."),
    ("Log", "The candidate's file of Line Task write-ups, Ground Runs and Inspector's notes."),
    ("Release to Service", "The award of the qualification."),
]
wt = table(doc, len(words) + 1, 2, [4.0, 12.6])
cell_text(wt.cell(0, 0), "Word", bold=True, fill=GREY)
cell_text(wt.cell(0, 1), "What it means in this pack", bold=True, fill=GREY)
for i, (a, b) in enumerate(words, start=1):
    cell_text(wt.cell(i, 0), a, bold=True)
    cell_text(wt.cell(i, 1), b)

para(doc, "Notes on the Check Schedule", style="Heading 2")
para(doc, "The Check Schedule at the back of this pack lists twenty-nine items, one for each of the national "
          "minimum outcomes, in our own words. Each item has two columns, to be read as follows.")
notes = [
    "Note 1. \u201cInspected at\u201d gives the Hangar Day (HD) or Line Task (LT) at which the item is taught and "
    "practised. A dash means that no Hangar Day or Line Task deals with the item.",
    "Note 2. \u201cStamped at\u201d gives the Stamp (S1, S2 or S3) in which the item is assessed against the published "
    "criteria for that Stamp. A candidate who does not show the item in that Stamp is referred.",
    "Note 3. Visual only in the \u201cStamped at\u201d column means that the item is covered at the Hangar Day shown "
    "but is not assessed in any Stamp.",
    "Note 4. Ground run only means that the item is looked at in a Ground Run: the candidate receives feedback, but "
    "the item is not marked.",
    "Note 5. Deferred means that the item is neither covered nor assessed in the 2008-09 edition. See the Deferred "
    "Defects List.",
]
for n in notes:
    para(doc, n)

# ------------------------------------------------------------------ task cards


def task_card(code, title, steps, widths=(1.2, 12.2, 3.2)):
    para(doc, f"Task Card {code}: {title}", style="Heading 2")
    t = table(doc, len(steps) + 2, 3, list(widths))
    c = t.cell(0, 0).merge(t.cell(0, 2))
    cell_text(c, f"TASK CARD {code}   -   {title.upper()}", bold=True, color="FFFFFF", fill=NAVY)
    for j, h in enumerate(["Step", "Work to be carried out", "By"]):
        cell_text(t.cell(1, j), h, bold=True, fill=GREY)
    for i, (a, b, cc) in enumerate(steps, start=2):
        cell_text(t.cell(i, 0), a, align="center")
        cell_text(t.cell(i, 1), b)
        cell_text(t.cell(i, 2), cc)
    return t


para(doc, "Task Cards", style="Heading 1")

tc1 = task_card("01", "Acceptance Check", [
    ("1", "The headteacher nominates the candidate on the Trust's nomination form. The form asks the headteacher to "
          "confirm that the candidate holds qualified teacher status, has been or will be designated as the "
          "school's SENCO, and will be given at least one day in each half term for Line Tasks.", "Headteacher"),
    ("2", "The candidate writes a 500-word statement on SEN provision in their school as it now stands.",
     "Candidate"),
    ("3", "The Chief Inspector and one Inspector interview the candidate for forty minutes, at the centre or by "
          "telephone, using the Acceptance Check sheet. The sheet looks for a working knowledge of the SEN Code of "
          "Practice, experience of teaching pupils with SEN, and writing of the standard the University expects at "
          "masters level.", "Chief Inspector"),
    ("4", "A candidate who is not yet ready is not simply refused. The Chief Inspector writes to the candidate and "
          "the headteacher setting out what the candidate should do before applying again (for example the "
          "Downshire SEN in Practice course, or a term working alongside an experienced SENCO) and keeps a place "
          "for them in the following year.", "Chief Inspector"),
    ("5", "Earlier study. Up to 20 of the Award's 60 credits may be credited for masters-level study in SEN completed "
          "in the last five years, on evidence of the certificate and transcript. The University's Credit Panel "
          "decides. We do not accredit experience on its own: teaching and SEN experience without a certificate "
          "earns no credit on the Award.", "University Credit Panel"),
    ("6", "", "-"),
])
p6 = tc1.cell(7, 1).paragraphs[0]
r6 = run(p6, "Criminal records. Enhanced CRB disclosure for candidates is a matter for the employing school; the "
             "Trust does not see or record candidates' disclosures.")
comment(doc, [r6], "Should we say we check these? Ofsted will ask.", DK, "DK")
para(doc, "")
para(doc, "The nomination form also asks candidates whether they have a disability or a health condition for which "
          "they would like us to make arrangements. See Task Card 07.")

task_card("02", "Arrival Inspection and Individual Work Order", [
    ("1", "Before HD1 each candidate rates themselves against the twenty-nine items of the Check Schedule on a "
          "four-point scale (1 = new to me; 4 = I do this well and could show it), giving an example for every "
          "item rated 3 or 4.", "Candidate"),
    ("2", "The Hangar Mentor reads the ratings and adds a comment on any item where they see it differently.",
     "Hangar Mentor"),
    ("3", "The Chief Inspector meets the candidate for an hour, tests a sample of the high ratings with questions "
          "(in our experience the commonest mistake is knowledge of the 1994 Code rather than the 2001 Code) and "
          "agrees the Individual Work Order.", "Chief Inspector"),
    ("4", "The Individual Work Order lists the items the candidate will concentrate on, the order in which they will "
          "take the Line Tasks, any optional sessions, the reading set for them and a personal target for each of "
          "the three Stamps. The candidate's own set of outcomes is written on the Work Order as \u201cmy items\u201d.",
     "Chief Inspector and candidate"),
    ("5", "The Work Order is reviewed at HD4 and again before Stamp 3. At the end of the course the candidate rates "
          "every item again (the Exit Inspection).", "Inspector"),
])
para(doc, "")
para(doc, "Groups are kept to eighteen so that each candidate has an hour's individual tutorial with their own "
          "Inspector each term as well as the Arrival Inspection. Where a group already meets an item well (most of "
          "last year's pilot group knew the Code of Practice thoroughly), Hangar Day time is moved to the items the "
          "group rated lowest. The fee for 2008-09 is \u00a31,150, met from the TDA's funding for the Award; the "
          "Trust charges schools nothing further for lunches, materials or the loan of assessment kits, and teaches "
          "in its own centre so that no room hire is paid. The 60 credits carry forward into the University's MA in "
          "Inclusive Education for candidates who wish to go further.")

para(doc, "Task Card 03: Hangar Days", style="Heading 2")
para(doc, "There are eight Hangar Days, each from 9.15 to 3.45 at the Trust's education centre. Every Hangar Day is "
          "run twice, on a Saturday and, with the same content, on the following Tuesday; candidates may attend "
          "either and may change from one to the other at any time. All candidates start in September and take the "
          "Hangar Days in the order below. The course is part time and runs over one school year.")
tracked_para(doc, "A second intake will begin in January 2009, taking Hangar Days 5 to 8 first and Hangar Days 1 to "
                  "4 in the following autumn.", "del", AT, "2008-07-14T16:40:00Z")
hd = [
    ("Autumn", "HD1", "Why this matters",
     "The purpose of the Award: raising the achievement and well-being of pupils with SEN and disabilities in all "
     "five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive "
     "contribution and achieving economic well-being) and the SENCO's part in them. Using research and inspection "
     "evidence: Ofsted's Inclusion: does it matter where pupils are taught? (2006), Removing Barriers to "
     "Achievement (2004), Lewis and Norwich's Special Teaching for Special Children? (2005). How to read a research "
     "paper critically and what the research says works."),
    ("Autumn", "HD2", "The law and the Code",
     "The Education Act 1996, the SEN Code of Practice (2001) and the SEN Toolkit; the regulations on the SENCO role "
     "expected for September 2009; the Disability Discrimination Act 1995 as amended in 2005, the Disability "
     "Equality Duty and the school's accessibility plan; what each requires of the school, the SENCO and governors "
     "and how to put it into practice."),
    ("Autumn", "HD3", "Knowing the pupils",
     "The common areas of need met in Downshire schools: behavioural, emotional and social difficulties; specific "
     "learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties; and how each affects learning. Identifying pupils through "
     "observation, data and assessment; setting targets and planning interventions; reading reports from "
     "educational psychologists, speech and language therapists and the sensory support service and turning them "
     "into classroom approaches. With the interim findings of the Bercow Review (2008)."),
    ("Spring", "HD4", "Provision mapping",
     "Provision maps and provision management; finding provision that is not working or is missing; tracking "
     "progress with P scales, national test results and teacher assessment and changing programmes when pupils "
     "stall; anticipating problems and deciding between options; a critical look at approaches, programmes and ICT "
     "for assessment and teaching on the Trust's assistive technology bench; costing provision."),
    ("Spring", "HD5", "Parents and agencies",
     "Working in partnership with parents and carers: the Downshire Parent Partnership Service leads the afternoon "
     "with two parents; building fair and respectful relationships with pupils and families; handling a difficult "
     "annual review. Who the external agencies are and what they do: educational psychology, CAMHS, the sensory "
     "and physical support service, social care, the voluntary sector; how to get specialist help."),
    ("Spring", "HD6", "Evaluating provision",
     "School self-evaluation, the self-evaluation form and improvement planning, and where SEN outcomes figure in "
     "them; reviewing the effectiveness of provision with colleagues; pupil voice and person-centred reviews (a "
     "short input)."),
    ("Summer", "HD7", "Leading colleagues",
     "The SENCO in the leadership team; working with the headteacher and governors on an inclusion policy, "
     "priorities and the SEN budget; gaining colleagues' commitment; deploying and managing teaching assistants; "
     "observing lessons and giving feedback, modelling, coaching, mentoring and running staff training; "
     "prioritising, delegating and managing a SENCO's time."),
    ("Summer", "HD8", "Staying current",
     "Keeping up to date: journals, nasen, the Downshire SENCO network and the Award's reading list; taking charge "
     "of one's own professional development; presentations of Modification Cases to the group."),
]
ht = table(doc, len(hd) + 1, 4, [2.0, 1.3, 3.3, 10.0])
for j, h in enumerate(["Term", "Day", "Title", "What is covered"]):
    cell_text(ht.cell(0, j), h, bold=True, fill=GREY)
set_repeat_header(ht.rows[0])
for i, (term, day, title, what) in enumerate(hd, start=1):
    cell_text(ht.cell(i, 1), day, bold=True)
    cell_text(ht.cell(i, 2), title)
    cell_text(ht.cell(i, 3), what)
for a, b, label in ((1, 3, "Autumn"), (4, 6, "Spring"), (7, 8, "Summer")):
    m = ht.cell(a, 0).merge(ht.cell(b, 0))
    cell_text(m, label, bold=True, fill=PALE)
pr = para(doc, "Each Hangar Day's reading is taken from research and inspection evidence published in the last five "
               "years, and the Inspectors revise the reading list every summer.")
fn.add(pr, "The 2008-09 reading list runs to 64 items; it is given to candidates at the Arrival Inspection.")

para(doc, "Between Hangar Days: the Crew Room", style="Heading 3")
para(doc, "The University hosts a Moodle area for the Award, the Crew Room, which holds each Hangar Day's slides "
          "and reading and a discussion forum. The forum is for candidates to talk among themselves; Inspectors do "
          "not read or answer it. Questions for an Inspector are raised at the next Hangar Day or at the termly "
          "tutorial.")

tc4 = task_card("04", "Line Tasks", [
    ("LT1", "Identify three pupils who may have SEN not yet recognised, using classroom observation and the school's "
            "data; set targets for one of them, plan an intervention and review it after six weeks.",
     "Candidate, Hangar Mentor"),
    ("LT2", "Map the school's current provision for one year group and mark where it is ineffective or missing.",
     "Candidate"),
    ("LT3", "With the school's parent partnership link, plan and hold a review meeting with the parents of a pupil "
            "with SEN, and write up what was agreed and how it will be followed up.", "Candidate"),
    ("LT4", "Observe a colleague teaching a pupil with SEN, give feedback, agree a next step and return a month "
            "later to see how it went.", "Candidate, Hangar Mentor"),
    ("LT5", "Present to the governing body or its SEN committee on the school's SEN provision and priorities.",
     "Candidate"),
])
para(doc, "")
para(doc, "Line Tasks are carried out in the candidate's own school, between Hangar Days, with the support of the "
          "Hangar Mentor. Each is written up on two sides of A4 for the candidate's Log and discussed at the next "
          "Hangar Day. Where the school permits, candidates are encouraged to note the views of pupils on the "
          "provision they receive when carrying out LT1 and LT2.")

task_card("05", "Stamps", [
    ("S1", "Condition Report (3,000 words, 20 credits). An inspection of SEN provision in the candidate's school "
           "against the Code of Practice, the Disability Discrimination Act and the school's self-evaluation: what "
           "the law requires, what the school does, what its tracking data show about pupils' progress, where "
           "provision is ineffective or missing, and what the candidate would change first and why. Marked against "
           "criteria C1 to C6.", "Inspector"),
    ("S2", "Modification Case (5,000 words, 25 credits). A practitioner enquiry. The candidate designs, carries out "
           "and evaluates a change in provision for a group of pupils, taking baseline measures of the pupils' "
           "attainment and well-being before it starts and measuring again at least eight weeks later. It must use "
           "assessments made by at least one other professional, draw on published research, and show how the "
           "candidate won the support of colleagues and senior leaders for the change.", "Inspector"),
    ("S3", "Airworthiness Review (portfolio and a thirty-minute professional discussion, 15 credits). The "
           "candidate's Log with a commentary showing each Check Schedule item marked S3, followed by a "
           "professional discussion with the Chief Inspector and the Hangar Mentor.",
     "Chief Inspector, Hangar Mentor"),
])
para(doc, "")
para(doc, "Ground Runs. At HD2, HD5 and HD8 candidates bring a short piece of work (a letter to parents, a one-page "
          "summary of a policy, a five-minute presentation) which an Inspector returns with written feedback. "
          "Ground Runs are not marked.")
para(doc, "A candidate who is referred in a Stamp may resubmit it once, within eight weeks. Passing the three "
          "Stamps is taken as showing that the candidate meets the national outcomes.")

tc6 = task_card("06", "Duplicate Inspection", [
    ("1", "Before each Stamp is marked the Inspectors meet for a standardising session, marking two of last year's "
          "pilot scripts together against the criteria.", "Chief Inspector"),
    ("2", "Each Stamp is marked by the candidate's own Inspector against the published criteria.", "Inspector"),
    ("3", "", "Duplicate Inspector"),
    ("4", "The University's external examiner, Dr Ruth Pengelly, sees a sample of every Stamp and all referrals, "
          "and attends the Board of Examiners in July. Date of the external examiner's visit: [TBC].",
     "External examiner"),
    ("5", "The University's Board of Examiners confirms all marks.", "University"),
])
ins = tc6.cell(4, 1).paragraphs[0]
tracked_run(ins, "Every Stamp that is referred or is within five marks of a grade boundary, and one in four of the "
                 "rest, is marked again by a Duplicate Inspector who has not seen the first marks. The two agree a "
                 "mark, or refer it to the Chief Inspector.", "ins", AT, "2008-07-10T11:05:00Z")

para(doc, "Task Card 07: Access", style="Heading 2")
para(doc, "The Trust is used to adapting flying for disabled young people: the two-seater has hand controls, the "
          "launch point has a hoist, and Flying Start pilots bring their own carers. For the Award the question is a "
          "different one: how disabled candidates take part on equal terms with everyone else.")
for b in [
    "The nomination form and the Award leaflet invite candidates to tell us about any disability or health "
    "condition. The leaflet is available in large print, on audio CD and in Word, and says plainly what adjustments "
    "we have made before, so that candidates know what they can ask for.",
    "The Chief Inspector discusses with each candidate who tells us of a disability what adjustments they need, "
    "before HD1, and records them on the Individual Work Order with the candidate's agreement. Adjustments made so "
    "far include extra time for Stamps, a reader, a hearing loop, a parking bay at the centre door and Hangar Day "
    "materials sent a week early.",
    "The education centre is step-free, with an accessible toilet; the hangar visit on HD1 is by a level path.",
    "The University's Disability Service assesses candidates who need adjustments to assessment. Extended deadlines "
    "and other formats for Stamp 3 (for example a recorded commentary instead of a written one) are agreed with the "
    "external examiner.",
    "The Trust's Equal Opportunities Policy (2007) and its Disability Equality Scheme apply to the Award, and the "
    "Programme Board looks each year at how many disabled candidates apply, are accepted and complete.",
]:
    para(doc, b, style="List Bullet")

para(doc, "Task Card 08: Stakeholders", style="Heading 2")
t8 = table(doc, 4, 2, [3.6, 13.0])
c = t8.cell(0, 0).merge(t8.cell(0, 1))
cell_text(c, "TASK CARD 08   -   STAKEHOLDERS", bold=True, color="FFFFFF", fill=NAVY)
cell_text(t8.cell(1, 0), "Evidence of need", bold=True, fill=GREY)
cell_text(t8.cell(1, 1),
          "In February 2008 the Trust and Downshire County Council surveyed all 212 Downshire school SENCOs; 131 "
          "replied. The four needs they named most often were provision mapping (71 per cent), working with parents "
          "(58 per cent), exam access arrangements (44 per cent) and managing time (39 per cent). Downshire's SEN "
          "team added its own evidence from statutory assessment: late annual reviews and weak use of P scales. "
          "The eleven pilot candidates of 2007-08 and their headteachers were interviewed in June 2008.")
cell_text(t8.cell(2, 0), "How it changed the Award", bold=True, fill=GREY)
cell_text(t8.cell(2, 1),
          "After the survey the Programme Board added Hangar Day 4 on provision mapping and moved P scales into it. "
          "The Downshire Parent Partnership Service rewrote Line Task 3 and now leads the afternoon of HD5. The pilot "
          "candidates asked for Hangar Days to be repeated on a weekday, and they now are. Exam access arrangements, "
          "the third need named, could not be fitted into 2008-09 and are on the Deferred Defects List.")
cell_text(t8.cell(3, 0), "Taking part", bold=True, fill=GREY)
cell_text(t8.cell(3, 1),
          "Downshire's educational psychologists and the Parent Partnership Service teach on HD3 and HD5. Hangar "
          "Mentors come from Downshire schools. We would like headteachers and parents to take part in evaluating "
          "the Award in future years, and will look at how this might be done once the first group has finished.")

task_card("09", "Quality and Evaluation", [
    ("1", "Internal. Candidates evaluate every Hangar Day on the Trust's debrief sheet; the Inspectors meet after "
          "each Hangar Day to go through the sheets; the Chief Inspector reports to the Programme Board each term "
          "with the debrief results, Stamp results and referrals.", "Chief Inspector"),
    ("2", "External. The external examiner's annual report; the University's annual monitoring of the programme; the "
          "Trust's education committee of trustees, which reviews the Award each July.", "University, trustees"),
    ("3", "Using the findings. The Programme Board decides what to change, records each change in the Record of "
          "Revisions at the front of this pack, and tells candidates at the next Hangar Day what has changed and "
          "why.", "Programme Board"),
    ("4", "Competence and confidence. Each candidate's Arrival and Exit Inspections are compared item by item, and "
          "candidates complete a confidence questionnaire at HD1 and HD8 rating their confidence in twelve parts of "
          "the SENCO role. The Programme Board sees the group's results.", "Chief Inspector"),
    ("5", "Pupils. Each Modification Case reports the effect of the candidate's work on their pupils. These reports "
          "are read for the Stamp; the Trust does not at present collect or analyse them across the group.",
     "Inspector"),
])

para(doc, "Task Card 10: Staff, Expertise and Resources", style="Heading 2")
st = table(doc, 5, 3, [3.8, 3.2, 9.6])
for j, h in enumerate(["Name", "Role", "Background"]):
    cell_text(st.cell(0, j), h, bold=True, fill=GREY)
for i, r in enumerate([
    ("Mrs Alison Threlfall", "Chief Inspector",
     "SENCO for eleven years in two Downshire secondary schools; MA in Special and Inclusive Education "
     "(Middlecombe, 2003); member of the Downshire SENCO network steering group; ran the 2007-08 pilot."),
    ("Mr David Kerslake", "Inspector",
     "Senior educational psychologist, Downshire County Council; chartered psychologist; leads the county's "
     "training on provision mapping."),
    ("Ms Priya Sandhu", "Inspector",
     "Advisory teacher for autism and communication, Downshire; postgraduate diploma in autism; works in schools "
     "four days a week."),
    ("Dr Helen Morrow", "Inspector, University tutor",
     "Senior lecturer in inclusive education, University of Middlecombe; publishes on provision management and "
     "school self-evaluation."),
], start=1):
    for j, v in enumerate(r):
        cell_text(st.cell(i, j), v)
para(doc, "")
para(doc, "All Inspectors teach or advise in schools for part of every week, and take part in the University's "
          "research seminars in inclusive education each term.")
para(doc, "Specialist expertise. Candidates meet an educational psychologist, a speech and language therapist and "
          "a teacher from the sensory support service on HD3, and the Parent Partnership Service on HD5. Visits to "
          "special schools or resource bases are not arranged by the Trust; candidates may arrange their own if "
          "their school allows. The Trust also offers work-experience placements on the airfield for Year 10 "
          "pupils with SEN from Downshire schools.")
pr = para(doc, "Resources. Candidates become associate students of the University, with full use of its library "
               "and electronic journals. The Trust's resource room holds a loan collection of standardised tests and "
               "assessment kits and an assistive technology bench (Clicker 5, Wordshark, Co:Writer, switch and "
               "eye-gaze access, and a Braille embosser on loan from the sensory support service) on which candidates "
               "try the ICT for themselves at HD4.")
fn.add(pr, "Test materials are lent only to candidates who hold, or are working towards, the relevant user "
           "qualification.")
para(doc, "Roles. Every Inspector has the Inspectors' Handbook, which sets out the role, the Stamp criteria and the "
          "marking procedures, and attends a half-day briefing each September. Hangar Mentors receive a written "
          "role description, attend a two-hour briefing at the centre in September (repeated in October) and have a "
          "telephone call from the candidate's Inspector each term.")
para(doc, "The Trust's own instructors, the Flying Start volunteers and every member of staff who works with young "
          "people on the airfield hold an enhanced CRB disclosure, renewed every three years, and are checked "
          "against List 99 before they start.")

# ------------------------------------------------------------------ deferred defects
para(doc, "Deferred Defects List", style="Heading 1")
para(doc, "Items the Programme Board has decided not to carry out in the 2008-09 edition. Each is reviewed when the "
          "pack is next issued.")
dd = table(doc, 6, 4, [1.2, 5.6, 2.4, 7.4])
for j, h in enumerate(["Ref.", "Defect", "Deferred to", "Reason"]):
    cell_text(dd.cell(0, j), h, bold=True, fill=GREY)
for i, r in enumerate([
    ("DD1", "Assessment-only route for experienced SENCOs", "2009-10",
     "Not available to 2008-09 candidates. The University has not yet agreed the procedure or the fee."),
    ("DD2", "Exam access arrangements (Check Schedule item 22)", "2009-10",
     "No Hangar Day time in 2008-09; training from the exams officers' network not yet arranged."),
    ("DD3", "Child development (Check Schedule item 11)", "2009-10",
     "The Inspector who was to teach it has left the county."),
    ("DD4", "Multi-agency partnership in practice (Check Schedule item 29)", "2009-10",
     "The Downshire CAF trainers could not commit to HD5 this year."),
    ("DD5", "January intake", "-", "Withdrawn. See the Record of Revisions, Issue 3."),
], start=1):
    for j, v in enumerate(r):
        cell_text(dd.cell(i, j), v)

# ------------------------------------------------------------------ next inspection due
para(doc, "Next Inspection Due", style="Heading 1")
para(doc, "A glider's work pack ends with the date of its next inspection; so does the Award. At the Stamp 3 "
          "professional discussion each candidate brings a draft Next Inspection Due sheet setting out three "
          "professional targets for the following year. The Chief Inspector and the Hangar Mentor discuss it with "
          "them, and the sheet lists the further study open to them (the University's MA modules, the Downshire "
          "SENCO network, nasen's events). The candidate takes the sheet to their performance management meeting "
          "with their headteacher.")

# ------------------------------------------------------------------ release to service
para(doc, "Certificate of Release to Service", style="Heading 1")
textbox(doc, [
    ("CERTIFICATE OF RELEASE TO SERVICE", {"bold": True, "center": True, "size": 11}),
    ("Work Pack WP/08-SEN: National Award for SEN Coordination", {"center": True}),
    ("The Award is released to service (the Postgraduate Certificate is conferred and the candidate is reported to "
     "the TDA as having completed the National Award) when the candidate has passed Stamps 1, 2 and 3 and the "
     "University's Board of Examiners has confirmed the marks.", {}),
    ("Signed (Chief Inspector) ..............................................   Date .....................", {}),
    ("Candidate ..............................................   Log no. .....................", {}),
], width_cm=16.0, height_cm=4.6)
para(doc, "")

# ------------------------------------------------------------------ check schedule
para(doc, "Check Schedule", style="Heading 1")
para(doc, "Read with the Notes on the Check Schedule near the front of this pack.")
zones = [
    ("COCKPIT: THE CANDIDATE AS A PROFESSIONAL", [
        ("1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN and "
              "disabilities and with their parents and carers.", "HD5", "S3"),
        ("2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils "
              "with SEN and disabilities.", "HD7", "S2"),
        ("3", "Puts work in order of priority, manages their own time and delegates tasks so that they are done "
              "well.", "HD7", "Visual only"),
        ("4", "Sees problems coming and resolves them; makes well-founded decisions and sound judgements about "
              "provision.", "HD4", "S1"),
        ("5", "Writes and speaks clearly; listens to and understands the views of others.", "HD8",
         "Ground run only"),
        ("6", "Uses research evidence and outside advice to improve their own and colleagues' practice.", "HD1", "S2"),
        ("7", "Keeps up to date and takes charge of their own professional development in SEN and disability.", "HD8",
         "S3"),
    ]),
    ("FUSELAGE: WHAT THE CANDIDATE KNOWS AND UNDERSTANDS", [
        ("8", "The law and guidance on SEN, including the Code of Practice; what they mean for the school, the SENCO "
              "and others; how to put them into practice.", "HD2", "S1"),
        ("9", "The principles and five outcomes of Every Child Matters and how the SENCO helps children to achieve "
              "them.", "HD1", "S1"),
        ("10", "The law on disability equality and what it requires the school to do for disabled pupils.", "HD2",
         "S1"),
        ("11", "How children develop, and how SEN, disability and the physical and social environment affect their "
               "development.", "-", "Deferred"),
        ("12", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each "
               "affects learning.", "HD3", "S3"),
        ("13", "A critical view of approaches, strategies and resources, ICT included, for assessment, planning and "
               "teaching, and how to use them to remove barriers and personalise provision.", "HD4", "S2"),
        ("14", "The principles of school self-evaluation and improvement as they apply to pupils with SEN.", "HD6",
         "S1"),
        ("15", "Best practice and research findings in meeting SEN.", "HD1", "S2"),
        ("16", "What external agencies do and how to obtain specialist support and resources.", "HD5",
         "Visual only"),
    ]),
    ("WINGS AND CONTROLS: WHAT THE CANDIDATE DOES", [
        ("17", "Works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the "
               "use of resources.", "HD7, LT5", "S3"),
        ("18", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions "
               "and reviews progress.", "HD3, LT1", "S2"),
        ("19", "Uses assessments made by other professionals to plan teaching and learning.", "HD3", "S2"),
        ("20", "Uses summative assessment, national tests included, to track progress and change programmes.", "HD4",
         "S1"),
        ("21", "Encourages colleagues to develop formative assessment, with approaches suited to pupils with SEN.",
         "-", "S3"),
        ("22", "Identifies in good time the arrangements pupils need for national tests and examinations and puts "
               "them in place with colleagues.", "-", "Deferred"),
        ("23", "Uses provision mapping and provision management; identifies ineffective or missing provision.",
         "HD4, LT2", "S1"),
        ("24", "Deploys and manages staff, teaching assistants included, to support pupils with SEN.", "HD7", "S3"),
        ("25", "Supports colleagues' development by observation and feedback, modelling, coaching, mentoring and "
               "training.", "HD7, LT4", "S3"),
        ("26", "Reviews the effectiveness of provision with other staff to inform self-evaluation and improvement "
               "planning.", "HD6", "S1"),
        ("27", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision.", "HD6",
         "Visual only"),
        ("28", "Liaises with parents and carers to promote their children's learning and development.", "HD5, LT3",
         "S3"),
        ("29", "Works in partnership with other services and agencies, voluntary organisations included.", "-",
         "Deferred"),
    ]),
]
nrows = 1 + sum(1 + len(z[1]) for z in zones)
cs = table(doc, nrows, 4, [1.2, 10.8, 2.3, 2.3])
for j, h in enumerate(["Item", "What is inspected", "Inspected at", "Stamped at"]):
    cell_text(cs.cell(0, j), h, bold=True, fill=GREY)
set_repeat_header(cs.rows[0])
r = 1
for title, items in zones:
    m = cs.cell(r, 0).merge(cs.cell(r, 3))
    cell_text(m, title, bold=True, fill=PALE)
    r += 1
    for it in items:
        for j, v in enumerate(it):
            cell_text(cs.cell(r, j), v, align="center" if j != 1 else None)
        r += 1
para(doc, "")
pe = para(doc, "End of work pack. Inspectors' stamps are held by the Chief Inspector.", italic=True)
comment(doc, [pe.runs[0]], "Check the item numbers against DD2-DD4 before this goes to the TDA.", AT, "AT")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
