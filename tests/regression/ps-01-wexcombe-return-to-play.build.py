"""ps-01-wexcombe-return-to-play: build ps-01-wexcombe-return-to-play.docx next to this script.

Provider: the Wexcombe & District Table Tennis League Academy (its Sports Medicine Unit writes the course),
with the University of Ashdown as accrediting partner.

Document kind and layout: the course written as the Academy's graduated RETURN-TO-PLAY PROTOCOL, the form its
physiotherapists use for players coming back from injury (protocol RTP-3). A title block table with merged cells
and placeholders, a note to the panel in a VML text box, Heading 1 sections with the protocol's own typed clause
numbers (1.1 ... 13) that collide with requirement ids ("3.4", "5.2", "6.1", ...), a Definitions table that keys
the outcome table thirteen sections later ("Loaded at", "Cleared at", "Mobility only", a dash), six Stage tables
(merged shaded title rows; rows "Pupils' goal", "Loading", "Home Programme", "Progression criteria",
"Do not progress if"), a Gate Test table, a change record, and Appendix A, the Load Chart of the 29 outcomes
(L1-L29, own words, band rows, landscape section). Page header (protocol id) and footer (a CRB claim and a PAGE
field), three comments, three footnotes, tracked changes (a deleted and an inserted credit statement, a deleted
chart row). The academy's vocabulary: athletes (participants), Clinicians (tutors), the Lead Clinician (course
leader), Spotters (in-school mentors), Second Opinion (external examiner), Clinic Days (taught Saturdays),
Home Programme H1-H13 (school-based tasks), Gate Tests G1-G3 (marked assessments), Match Log (portfolio).

Traps (requirement ids touched):
- Tracked change in 1.3: "a 40-credit module at Level 6" deleted, "a single 60-credit module at Level 7
  (master's level)" inserted: only the insertion is part of the submission (E.2 met).
- CRB: the footer says athletes are CRB checked (footer is never evidence); clause 3.4 puts checks on the
  employing school and says the Academy "does not see or record CRB disclosures for athletes"; the CRB checks it
  does hold are its own coaches' (right words, wrong people); a comment asks whether they should check (5.3 not_met).
- Straight-to-test route considered and not offered; a footnote only says a proposal "may" go forward (2.3 not_met).
- One intake, fixed order, no e-learning, no full-time mode; only "rested" re-joining; a comment wishes for a
  January start (3.2 partial). The pilot's online journal club, withdrawn, appears only in the change record
  as a past arrangement (3.3 not_applicable).
- Pupil voice "touched on in the last hour of Clinic Day 8"; pupil involvement (L27) is Mobility only
  (1.5 partial, 6.S7 partial).
- Clearance by passing three Gate Tests at 50 per cent; Mobility only items carry no marks (1.9 partial,
  6.0 partial).
- Stakeholders involved in delivery; in evaluation only "We would like ... no invitations have yet been made"
  (4.3 partial).
- Pupils' achievement only described, baseline measures only wished for (5.9 partial); confidence and
  competence measured.
- Placements: a special-school day belonged to the pilot and "has been dropped"; only own-school work
  (5.5 partial). No assistive technology of its own, borrowed for one day (5.6 partial).
- Outcome chart keyed far above: "Mobility only" (developed, not assessed: 6.A3, 6.A7, 6.K8, 6.S2c, 6.S7
  partial); child development a dash, "not re-taught" in Stage 2, a comment wishing to add it (6.K4 not_met);
  the access-arrangements row deleted as a tracked change and the Stage 3 table saying access arrangements
  "are not covered on this protocol" (6.S2d not_met).
- Typed clause numbers that collide with requirement ids (5.1-5.3 are equality clauses, 3.4 safeguarding).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from _ps_helpers import (new_document, para, runs, table, band_row, cell_text, shade, add_ins, add_del,
                         textbox, add_field, Footnotes, delete_row)

HERE = Path(__file__).parent
OUT = HERE / "ps-01-wexcombe-return-to-play.docx"

doc = new_document()
fn = Footnotes(doc)

# ---------- header and footer ----------
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Wexcombe & District Table Tennis League Academy  |  Sports Medicine Unit  |  Protocol RTP-3  |  Version 3.0"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Controlled copy. All athletes are CRB checked. Printed copies are uncontrolled.   Page ")
r.font.size = Pt(8)
add_field(fp, "PAGE")

# ---------- title ----------
para(doc, "PROTOCOL RTP-3", bold=True, size=20, color="1F3864")
para(doc, "RETURN TO PLAY", bold=True, size=16, color="1F3864")
para(doc, "Graduated protocol taking teachers back to the table as special educational needs coordinators: "
          "the National Award for SEN Coordination, 2008-09 intake", italic=True, size=11)

tb = table(doc, [
    ["Protocol no.", "RTP-3", "Version", "3.0, issued 14 November 2008"],
    ["Owner", "Lead Clinician, Academy Sports Medicine Unit", "Supersedes",
     "RTP-2 \"Back to the Table\" (2007-08 pilot, unaccredited)"],
    ["Accrediting partner", "University of Ashdown, School of Education", None, None],
    ["Review date", "July 2009", "Status", "Submitted to the TDA for approval"],
    ["Signed", "[Academy Director]", "Date", "[date]"],
], bold_header=False, size=9)
m = tb.cell(2, 1).merge(tb.cell(2, 3))
cell_text(m, "University of Ashdown, School of Education", size=9)
for row in tb.rows:
    shade(row.cells[0], "DCE6F2")
for i in (0, 1, 3, 4):
    shade(tb.cell(i, 2), "DCE6F2")

para(doc, "")
textbox(doc, [
    ("A note for the panel", True),
    "Everything the Academy does for its players and coaches is written in the protocol form our Sports "
    "Medicine Unit uses for players coming back from injury, and our schools and the University already know "
    "it, so we have kept it. The athlete is the teacher on the course; a Clinician is a course tutor; a "
    "Spotter is the athlete's mentor in their own school; Clinic Days are the taught Saturdays; the Home "
    "Programme is the work done in the athlete's own school; Gate Tests are the marked assessments. "
    "Section 2 defines our other words. The outcomes are in the Load Chart at Appendix A.",
], height_pt=110)

# ---------- 1 ----------
doc.add_heading("1  Purpose and indications", level=1)
para(doc, "1.1  This protocol sets out how the Academy takes a teacher from the start of the SENCO role to the "
          "National Award for SEN Coordination. It is written for athletes, their headteachers and Spotters, our "
          "Clinicians and the University, and it is the document the Academy sends to the TDA as its "
          "application for approval for 2008-09.")
p = para(doc, "1.2  Purpose. Everything in this protocol is there so that the pupils our athletes are responsible "
              "for do better. The course aim, printed at the top of every Clinic Day handout, is \"to raise the "
              "achievement of children and young people with special educational needs and disabilities, in their "
              "learning and in their well-being, across all five Every Child Matters outcomes\". Each Stage in "
              "Section 6 opens with the pupils' goal it serves, and Gate Test 2 is marked on what changed for a "
              "named group of pupils in the athlete's school.")
p = para(doc, "1.3  Award and accreditation. The course is validated by the University of Ashdown, School of "
              "Education, as ")
add_del(p, "a 40-credit module at Level 6 (honours level)")
add_ins(p, "a single 60-credit module at Level 7 (master's level)")
p.add_run(", EDM7104 SENCO Leadership in Practice, within the University's Postgraduate Certificate in "
          "Professional Studies. Athletes who clear the protocol are recommended by the University's examination "
          "board for the National Award and the 60 credits.")
fn.add(p, "EDM7104 was validated on 21 October 2008 at a University validation event chaired by the Dean of "
          "Education.")
para(doc, "1.4  Indications. The protocol is indicated for qualified teachers in maintained schools in Wexcombe, "
          "Brayleigh and the Vale who have been appointed SENCO since 1 September 2008, or who are designated by "
          "their headteacher to take up the role within the year. SENCOs already in post are welcome if their "
          "headteacher wants them to gain the Award.")
para(doc, "1.5  Contraindications. Do not start the protocol with a candidate who (a) has not completed statutory "
          "induction, (b) has no written agreement from their headteacher that the Home Programme can be carried "
          "out in school, or (c) rates 0 on more than half of the Baseline Screen items in Section 4 with no "
          "evidence of work with pupils with SEN. Where a candidate is not ready, the Lead Clinician writes to the "
          "candidate and to their headteacher setting out what they need to do first, usually a term working "
          "alongside the school's current SENCO and attending the Academy's free twilight Warm-up sessions, and "
          "holds a place for them on the next intake.")

# ---------- 2 ----------
doc.add_heading("2  Definitions", level=1)
para(doc, "In this protocol:")
table(doc, [
    ["Term", "Meaning"],
    ["Athlete", "The teacher following the protocol."],
    ["Clinician", "A course tutor. Each athlete has one named Clinician for the year."],
    ["Lead Clinician", "The course leader, Helen Strang."],
    ["Spotter", "A senior leader in the athlete's own school, named by the headteacher, who supports and "
                "witnesses the Home Programme."],
    ["Second Opinion", "The University's external examiner for EDM7104."],
    ["Clinic Day (CD)", "A taught Saturday at Centre Court, Wexcombe Leisure Park, 9.30 to 3.30."],
    ["Home Programme (H)", "The tasks H1 to H13 an athlete carries out in their own school between Clinic Days."],
    ["Gate Test (G)", "A marked assessment. There are three: G1, G2 and G3."],
    ["Match Log", "The athlete's portfolio of Home Programme records, reflections and Spotter sign-offs."],
    ["Load Chart", "The table at Appendix A of the 29 things an athlete must be able to do by the end of the "
                   "protocol."],
    ["Loaded at", "On the Load Chart: the Clinic Day and Home Programme task where an item is taught and practised."],
    ["Cleared at", "On the Load Chart: the Gate Test in which an item is marked."],
    ["Mobility only", "On the Load Chart, in the Cleared at column: the item is practised in the Home Programme "
                      "and signed by the Spotter, but it is not marked in any Gate Test."],
    ["- (a dash)", "On the Load Chart: not part of this protocol."],
    ["Rested", "An athlete who stops part-way and re-joins with the next intake."],
], header_fill="1F3864", widths=[4, 12.5])
t = doc.tables[-1]
for c in t.rows[0].cells:
    for pp in c.paragraphs:
        for rr in pp.runs:
            rr.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)

# ---------- 3 ----------
doc.add_heading("3  Roles and responsibilities", level=1)
para(doc, "3.1  The clinical team.")
table(doc, [
    ["Name", "Role on the protocol", "Qualifications and experience", "Current practice"],
    ["Helen Strang", "Lead Clinician", "BEd; MA Inclusive Education (Ashdown, 2004); SENCO for eleven years; "
     "local authority moderator for statutory assessment of SEN, 2005-08",
     "SENCO two days a week at Brayleigh Park Primary School"],
    ["Dr Paul Venning", "Clinician; University link tutor", "PhD on provision mapping in secondary schools "
     "(2006); Senior Lecturer in Inclusive Education, University of Ashdown; teaches its MA Inclusive Education",
     "Runs the county's secondary SENCO network with the local authority"],
    ["Marcia Doyle", "Clinician", "Specialist teacher (specific learning difficulties), AMBDA; Postgraduate "
     "Diploma in SpLD; fifteen years in the Learning Support Service",
     "Wexcombe Learning Support Service, three days a week"],
    ["Tom Yardley", "Clinician (Clinic Days 1 and 8)", "Qualified teacher; Academy Head Coach; UKCC Level 3 "
     "table tennis coach; leads the Academy's para table tennis and disability sport programme",
     "Head of PE (part time), Vale Community School"],
], header_fill="DCE6F2", widths=[3, 3.2, 6, 4.3])
para(doc, "")
para(doc, "3.2  Clinicians are Academy staff on sessional contracts. Before the intake starts every Clinician "
          "attends a half-day induction run by the Lead Clinician and the University link tutor on the protocol, "
          "the Load Chart, the Level 7 marking criteria for EDM7104 and the marking of a sample Gate Test script, "
          "and every Clinician observes a Clinic Day led by another Clinician during the year.")
para(doc, "3.3  Each athlete's headteacher names a Spotter, normally a deputy or assistant headteacher. Spotters "
          "attend a two-hour Spotter briefing at the Academy in September (repeated as a twilight in October for "
          "those who cannot come) and receive the Spotter Card, which sets out what they witness, how they sign "
          "the Match Log and when to contact the athlete's Clinician. The Clinician visits each athlete's school "
          "once in the autumn term and meets the Spotter then.")
p = para(doc, "3.4  Safeguarding. ")
r34 = p.add_run("The employing school is responsible for safeguarding checks on its own staff. The Academy does "
                "not see or record CRB disclosures for athletes.")
p.add_run(" The CRB checks held by the Academy are those of its own coaches and volunteers, renewed every three "
          "years under the league's child protection policy.")
doc.add_comment(r34, text="Should we be asking to see athletes' CRB disclosures? The spec seems to want it.",
                author="Paul Venning", initials="PV")

# ---------- 4 ----------
doc.add_heading("4  Stage 0: the Baseline Screen", level=1)
para(doc, "4.1  Before Clinic Day 1 every athlete completes the Baseline Screen. It lists the 29 Load Chart items, "
          "each with a short description in plain words, and asks the athlete to rate themselves from 0 (\"never "
          "done it\") to 3 (\"could show a colleague how\") and to give evidence for any rating of 2 or 3.")
para(doc, "4.2  The athlete's Clinician then holds a one-hour screening conversation in the athlete's school, with "
          "the Spotter for the second half. The Clinician tests the self-rating: five short scenarios check, for "
          "example, whether a teacher who rates themselves 3 on the Code of Practice is working from the 2001 Code "
          "and not the 1994 one.")
para(doc, "4.3  From the screen the Clinician and athlete write an Individual Loading Plan: the items the athlete "
          "will load hardest, the Home Programme tasks they will take and at what depth, and three to five personal "
          "targets of their own. The targets are written on the front of the Match Log and reviewed with the "
          "Clinician at each Gate Test. An athlete who is already strong on an item does a shortened version of its "
          "Home Programme task and spends the time on their weakest items.")
para(doc, "4.4  Fast-track. An athlete with Level 7 credit in SEN or inclusion gained in the last five years may "
          "bring up to 20 credits towards EDM7104 under the University of Ashdown's Accreditation of Prior Learning "
          "regulations. Experience, for example two years as an acting SENCO, can be claimed against individual "
          "Load Chart items through an APEL claim: a short portfolio assessed by the Lead Clinician against the "
          "item and confirmed by the University's APL panel. An item accredited in this way is shown as "
          "\"Cleared - APEL\" on the athlete's chart.")
p = para(doc, "4.5  Straight-to-test. We considered a straight-to-test route for very experienced teachers from SEN "
              "support services, but the University has not validated one for 2008-09 and the Academy does not "
              "offer it: every athlete completes Stages 1 to 6.")
fn.add(p, "The Protocol Review Group may put a straight-to-test proposal to the University for 2009-10.")

# ---------- 5 ----------
doc.add_heading("5  Equality and access", level=1)
para(doc, "5.1  The application form and the course leaflet ask every candidate, in plain words, whether they have "
          "a disability or health condition we should plan for, and explain that the answer is used only to make "
          "adjustments. The Lead Clinician contacts each candidate who tells us about a disability before the "
          "Baseline Screen to agree adjustments, and asks again privately at the first Clinic Day for anyone who "
          "did not want to say on a form.")
para(doc, "5.2  Centre Court has level access throughout, an accessible toilet on each floor and a hearing loop in "
          "the seminar room. Clinic Day handouts are emailed a week ahead so that they can be enlarged or read "
          "with screen-reading software. Gate Tests can be taken with extra time, with a scribe or reader, or in "
          "another format (for example a recorded presentation in place of a written report), agreed with the "
          "University's disability adviser so that the Level 7 standard is unchanged. Home Programme tasks are "
          "adapted in the Individual Loading Plan where a disability makes a task harder to carry out as written.")
para(doc, "5.3  The Academy's para table tennis section trains at Centre Court on the same Saturdays, and athletes "
          "meet its players over lunch. Clinic Day 1 uses the section's own access audit of Centre Court as a "
          "worked example of the Disability Equality Duty in practice, and two of its players talk about what "
          "made sport, and school, open or closed to them.")

# ---------- 6 ----------
doc.add_heading("6  Stages 1 to 6", level=1)
p = para(doc, "6.1  ")
r61 = p.add_run("The protocol runs over one school year, from late September to July: eight Clinic Days, the Home "
                "Programme between them, and three Gate Tests. There is one intake a year and the Clinic Days run "
                "in a fixed order, because each Stage builds on the last.")
p.add_run(" There is no online or e-learning element, and the course is not offered full time.")
doc.add_comment(r61, text="The TDA will want more flexibility than this. A second start in January?",
                author="Paul Venning", initials="PV")
para(doc, "6.2  An athlete who has to stop (illness, maternity leave, an inspection) is rested, not discharged: they "
          "re-join at the same Stage with the next intake and keep every item already cleared.")

STAGES = [
    ("STAGE 1: PROTECT  |  Clinic Days 1 and 2  |  27 September and 18 October", [
        ("Pupils' goal", "Pupils with SEN and disabilities in the athlete's school receive everything the law and "
                         "national guidance entitle them to, and are safe and healthy in school."),
        ("Loading", "CD1 \"The rulebook\": Part IV of the Education Act 1996; the SEN Code of Practice (2001) and "
                    "the SEN Toolkit; the Education (Special Educational Needs Co-ordinators) (England) Regulations "
                    "2008; the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty "
                    "and accessibility planning; Removing Barriers to Achievement (2004); what each means for the "
                    "school, the SENCO, governors and class teachers, and how to put it into practice.\n"
                    "CD2 \"Every Child Matters in the SENCO's week\": the five outcomes and the Children Act 2004; "
                    "the Common Assessment Framework and the Team Around the Child; the SENCO's part in helping "
                    "pupils reach each outcome; the local authority's SEN and inclusion services and who does what."),
        ("Home Programme", "H1 With the Spotter, audit the school's SEN policy and accessibility plan against the "
                           "Code of Practice and the Disability Equality Duty, and agree three changes with the "
                           "headteacher.\nH2 Take part in a CAF or Team Around the Child meeting for a pupil with "
                           "SEN and write up the SENCO's contribution."),
        ("Progression criteria", "H1 audit signed by the Spotter and discussed with the Clinician at the school visit."),
        ("Do not progress if", "The headteacher has not seen the H1 audit."),
    ]),
    ("STAGE 2: MOBILISE  |  Clinic Day 3  |  15 November", [
        ("Pupils' goal", "Pupils who may have SEN are spotted early, and their targets and interventions fit them."),
        ("Loading", "CD3 \"Knowing the pupil\": the most common types of SEN and disability (behavioural, emotional "
                    "and social difficulties; specific learning difficulties, including dyslexia; speech, language "
                    "and communication needs, with the Bercow Review of 2008; autistic spectrum disorders; moderate "
                    "learning difficulties) and how each can affect learning, using the Inclusion Development "
                    "Programme materials; identifying pupils through classroom observation, data and screening; "
                    "setting challenging targets, planning interventions and reviewing progress; reading reports "
                    "from educational psychologists, speech and language therapists, occupational therapists and "
                    "specialist teachers and turning them into classroom approaches.\n"
                    "Child development is not re-taught: the protocol assumes it from initial teacher training."),
        ("Home Programme", "H3 With class teachers, identify three pupils who may have SEN, set targets, plan an "
                           "intervention for each and review it after six weeks.\nH4 Build a case file for one "
                           "pupil from the reports of at least two other professionals and write the teaching "
                           "approaches that follow from them."),
        ("Progression criteria", "Gate Test 1 (Case Review) passed."),
        ("Do not progress if", "The H3 reviews have not been held."),
    ]),
    ("STAGE 3: STRENGTHEN  |  Clinic Days 4 and 5  |  24 January and 21 February", [
        ("Pupils' goal", "Pupils with SEN are taught in ways that work for them, and their progress is tracked and "
                         "acted on."),
        ("Loading", "CD4 \"Tools of the trade\": a critical comparison of approaches, strategies and resources for "
                    "assessment, planning, teaching and learning, including ICT (text-to-speech, word prediction, "
                    "visual timetabling software, voice recorders), and how to use them to remove barriers and "
                    "personalise provision; what research and inspection say, from Brooks's What works for children "
                    "with literacy difficulties? (2007), Ofsted's Inclusion: does it matter where pupils are taught? "
                    "(2006) and the first reports on the Inclusion Development Programme.\n"
                    "CD5 \"Tracking and mapping\": summative assessment, including national tests, P scales and "
                    "RAISEonline, to track progress and change programmes; provision mapping and management: "
                    "building, costing and reading a provision map and finding provision that is ineffective or "
                    "missing; a short input on Assessment for Learning for pupils with SEN.\n"
                    "Access arrangements for national tests and examinations are handled by each school's "
                    "examinations officer and are not covered on this protocol."),
        ("Home Programme", "H5 Build a costed provision map for one year group with the Spotter and mark the "
                           "provision that is not working.\nH6 Track a group of pupils with SEN on summative data "
                           "over two terms and record what was changed as a result.\nH7 Lead a staff meeting "
                           "discussion on Assessment for Learning for pupils with SEN."),
        ("Progression criteria", "H5 and H6 signed by the Spotter."),
        ("Do not progress if", "No provision map has been drafted."),
    ]),
    ("STAGE 4: LOAD  |  Clinic Days 6 and 7  |  21 March and 25 April", [
        ("Pupils' goal", "Pupils with SEN gain from a whole-school approach led by senior staff and governors, with "
                         "the adults around them well deployed."),
        ("Loading", "CD6 \"Leading from the middle\": working with the headteacher and governors on an inclusive "
                    "ethos, the SEN policy, priorities in the school development plan and the SEN budget; winning "
                    "the commitment of colleagues and senior leaders; deploying and managing teaching assistants "
                    "and other staff; a workshop on prioritising, managing time and delegating.\n"
                    "CD7 \"Coaching the coaches\": supporting colleagues' professional development by observing "
                    "teaching and giving feedback, modelling, coaching and mentoring, and running training, in the "
                    "athlete's own school and for colleagues in cluster schools; the principles of school "
                    "self-evaluation and the SEF; reviewing the effectiveness of provision with staff and feeding "
                    "it into self-evaluation and improvement planning."),
        ("Home Programme", "H8 Present a costed proposal on SEN provision to the headteacher and the governors' "
                           "committee.\nH9 Observe two colleagues teaching pupils with SEN, give feedback, and lead "
                           "one twilight session for staff in their own school or the cluster.\nH10 Review the "
                           "deployment of teaching assistants and rewrite one timetable.\nH11 Lead a review of "
                           "provision with staff and write the SEN section of the school's SEF."),
        ("Progression criteria", "Gate Test 2 (Provision Audit) passed."),
        ("Do not progress if", "-"),
    ]),
    ("STAGE 5: SPORT-SPECIFIC  |  Clinic Day 8  |  13 June", [
        ("Pupils' goal", "Pupils with SEN, their families and the services around them work as one team."),
        ("Loading", "CD8 \"The team around the pupil\": working with parents and carers, led jointly with the "
                    "county Parent Partnership Service and two parents of disabled children: building fair, "
                    "respectful relationships, running a review meeting, handling disagreement; the scope and role "
                    "of external agencies (educational psychology, CAMHS, speech and language therapy, sensory "
                    "support, social care) and of voluntary organisations such as the Wexcombe Dyslexia "
                    "Association, Mencap and the local National Autistic Society branch, and how to get specialist "
                    "support and resources.\nPupil voice is touched on in the last hour of Clinic Day 8."),
        ("Home Programme", "H12 Plan and hold a review meeting with the parents or carers of a pupil with SEN, "
                           "with the pupil taking part where appropriate.\nH13 Map the agencies and voluntary "
                           "organisations the school uses and agree a referral route with one of them."),
        ("Progression criteria", "H12 and H13 recorded in the Match Log."),
        ("Do not progress if", "The Match Log is incomplete."),
    ]),
    ("STAGE 6: RETURN TO PLAY  |  late June to mid July", [
        ("Pupils' goal", "-"),
        ("Loading", "The athlete completes the Match Log and takes the Return-to-Play Test (Section 7)."),
        ("Home Programme", "-"),
        ("Progression criteria", "Cleared (Section 7.3)."),
        ("Do not progress if", "-"),
    ]),
]
for title, rows in STAGES:
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    band_row(t, 0, title, fill="1F3864")
    for rr in t.rows[0].cells[0].paragraphs[0].runs:
        rr.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    for i, (k, v) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), k, bold=True, size=9, fill="DCE6F2")
        cell_text(t.cell(i, 1), v, size=9)
        t.cell(i, 0).width = Cm(3.5)
        t.cell(i, 1).width = Cm(13)
    para(doc, "")

# ---------- 7 ----------
doc.add_heading("7  Gate Tests and clearance", level=1)
para(doc, "7.1  There are three Gate Tests.")
table(doc, [
    ["Gate", "When", "What the athlete does", "Marked by"],
    ["G1 Case Review", "10 January", "A 3,000-word case study of one pupil from H4: identification, the reports "
     "of other professionals, targets, the teaching approaches chosen and why, and the law and guidance that apply.",
     "Own Clinician; second-marked"],
    ["G2 Provision Audit", "15 May", "A 4,000-word report on a change the athlete has led in provision for a named "
     "group of pupils (drawing on H5, H6 and H8 to H11), with a 15-minute presentation to the Spotter and "
     "headteacher.", "Own Clinician; second-marked"],
    ["G3 Return-to-Play Test", "by 10 July", "A 40-minute professional discussion with two Clinicians, based on "
     "the Match Log, on the athlete's work with families, agencies and pupils.",
     "Lead Clinician and a second Clinician"],
], header_fill="DCE6F2", widths=[3.2, 2.2, 8, 3.1])
para(doc, "")
para(doc, "7.2  Every Gate Test is marked by the athlete's own Clinician and second-marked blind by another "
          "Clinician. Any difference of more than ten marks is settled by the Lead Clinician. A sample of one "
          "script in four, every fail and every mark of 70 or more goes to the University's moderation meeting "
          "after each Gate, and the Second Opinion sees a sample from each Gate and attends the July examination "
          "board. Return-to-Play Tests are audio-recorded so that they can be moderated in the same way.")
para(doc, "7.3  An athlete is cleared to return to play, and recommended to the University for the Award and the "
          "60 credits, when they have passed all three Gate Tests at 50 per cent or above against the University's "
          "Level 7 criteria. Items shown as Mobility only on the Load Chart are signed off by the Spotter in the "
          "Match Log but carry no marks.")
para(doc, "7.4  An athlete who fails a Gate Test may resubmit once within eight weeks, after a tutorial with "
          "their Clinician.")

# ---------- 8 ----------
doc.add_heading("8  Discharge and maintenance", level=1)
para(doc, "8.1  At the end of the Return-to-Play Test each athlete drafts a Discharge and Maintenance Plan on the "
          "Academy's planning sheet: three professional targets for the following year, the support they will "
          "need and how they will know they have got there. The two Clinicians talk the draft through with the "
          "athlete, including next steps such as the University's MA in Inclusive Education (the 60 credits count "
          "towards it), the county SENCO networks and specialist qualifications. The athlete takes the plan to "
          "their headteacher for the autumn performance management meeting, and the Spotter Card asks the "
          "Spotter to be there.")

# ---------- 9 ----------
doc.add_heading("9  Where the protocol came from", level=1)
para(doc, "9.1  In June 2008 the Academy sent a short questionnaire to the headteachers of the 64 primary, "
          "secondary and special schools in the league's area; 41 replied. We held two focus groups with 14 "
          "serving SENCOs and met the county's Principal Educational Psychologist and its SEN Manager. Heads asked "
          "most often for SENCOs who can manage teaching assistants and use data; SENCOs asked for Saturday "
          "delivery and for help with the law; the local authority asked for provision mapping, which it is "
          "introducing across the county in 2009. Clinic Days 1, 5 and 6 are built round those answers.")
p = para(doc, "9.2  The protocol replaces RTP-2 \"Back to the Table\", the Academy's unaccredited pilot for 11 "
              "teachers in 2007-08. Its athletes' end-of-course review and the heads' questionnaire changed the "
              "protocol in three ways: provision mapping grew from one afternoon to the whole of Clinic Day 5; "
              "Clinic Days moved from weekday twilights to Saturdays; and the Spotter role was created because "
              "pilot headteachers said they had no part in the course.")
fn.add(p, "Nine of the eleven RTP-2 athletes completed the pilot; six are now SENCOs.")
para(doc, "9.3  Stakeholders take part in the protocol itself: headteachers name and brief the Spotters, and the "
          "Parent Partnership Service and two parents co-lead Clinic Day 8. We would like headteachers and the "
          "Wexcombe Parent Carer Forum to join the Protocol Review Group once the first intake has been "
          "discharged; no invitations have yet been made.")

# ---------- 10 ----------
doc.add_heading("10  Audit and outcome measures", level=1)
para(doc, "10.1  Internal audit. After every Clinic Day athletes complete a one-page session rating. The "
          "Clinicians meet on the Monday after to read the ratings and adjust the next Clinic Day. After each Gate "
          "Test the Lead Clinician analyses the results item by item against the Load Chart; any item on which more "
          "than a quarter of athletes fall short is picked up again at the next Clinic Day.")
para(doc, "10.2  External audit. The University of Ashdown's annual monitoring of EDM7104 and the Second "
          "Opinion's written report after the July examination board.")
para(doc, "10.3  The Protocol Review Group (the Lead Clinician, the University link tutor and the Academy "
          "Director) meets each July, reads all of this evidence and issues the next version of the protocol with "
          "a change record (Section 13). The changes from RTP-2 to RTP-3 described in Section 9 came through "
          "this route.")
para(doc, "10.4  Outcome measures. Athletes rate their confidence on each Load Chart item at the Baseline Screen "
          "and again before the Return-to-Play Test, and the Group reads the change item by item. Competence is "
          "measured by the Gate Test results and the Spotters' sign-offs. Gate Test 2 asks athletes to describe "
          "how the pupils in their audit responded to the change. We would like, in later intakes, to ask "
          "athletes to take baseline measures of their pupils' attainment and well-being before an intervention "
          "and to measure again afterwards.")

# ---------- 11 ----------
doc.add_heading("11  Facilities, expertise and equipment", level=1)
para(doc, "11.1  Clinic Days bring in specialists from outside the Academy: an educational psychologist and a "
          "speech and language therapist from the county teams on Clinic Day 3, the county's ICT for inclusion "
          "adviser on Clinic Day 4, and the Parent Partnership Service on Clinic Day 8.")
para(doc, "11.2  All practical work takes place in the athlete's own school through the Home Programme. In RTP-2 "
          "athletes spent a day at Fernhill Special School; that visit has been dropped for 2008-09 because "
          "Fernhill cannot host it, and there is no other placement.")
para(doc, "11.3  Centre Court has a seminar room for 24 with a projector and wireless internet. The Academy owns no "
          "assistive technology of its own; the software shown on Clinic Day 4 is borrowed from the county's ICT "
          "team for the day, and athletes use their own schools' computers for the Home Programme. Every athlete is "
          "registered as a University of Ashdown student and has a library card with off-campus access to its "
          "electronic journals.")

# ---------- 12 ----------
doc.add_heading("12  Fees", level=1)
para(doc, "12.1  The fee for 2008-09 is £1,450, which includes University registration. Saturday delivery means "
          "schools pay no supply cover. The Individual Loading Plan puts each athlete's time where they need it: "
          "athletes who fast-track items do shortened Home Programme tasks, and on Clinic Days athletes already "
          "strong on an item work as peer coaches in the table groups for that item rather than being taught it "
          "again.")

# ---------- 13 ----------
doc.add_heading("13  Change record", level=1)
table(doc, [
    ["Version", "Date", "Change"],
    ["RTP-1", "2006", "Sports Medicine Unit protocol for players returning from injury (no teacher course)."],
    ["RTP-2", "September 2007", "\"Back to the Table\" pilot for 11 teachers: weekday twilights, a day at Fernhill "
     "Special School, an online journal club on the Academy website (withdrawn after six weeks), no accreditation."],
    ["RTP-3", "November 2008", "Validated by the University of Ashdown; Saturday Clinic Days; Spotters; Clinic Day 5 "
     "given to provision mapping; the Fernhill day dropped; the online journal club not continued."],
], header_fill="DCE6F2", widths=[2, 3, 11.5])

# ---------- Appendix A (landscape) ----------
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
doc.add_heading("Appendix A  The Load Chart", level=1)
para(doc, "By the time they are cleared, an athlete can do each of the following. Columns and entries are as "
          "defined in Section 2.")
CHART = [
    ("ATTRIBUTES", None),
    ("L1", "build fair, respectful and supportive working relationships with pupils with SEN and disabilities and "
           "with their parents or carers", "CD8, H12", "G3"),
    ("L2", "win the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils "
           "with SEN", "CD6, H8", "G2"),
    ("L3", "prioritise, manage their own time, and delegate tasks and make sure they are done", "CD6",
     "Mobility only"),
    ("L4", "see problems coming, solve them, and make sound decisions about provision", "CD3, CD6, H3", "G1, G2"),
    ("L5", "speak and write clearly, and listen to and understand other people's views", "All Clinic Days",
     "G2, G3"),
    ("L6", "use research and outside advice to improve their own and colleagues' practice", "CD4, H4, H9", "G2"),
    ("L7", "keep up to date and take charge of their own CPD in SEN and disability", "Match Log reading record",
     "Mobility only"),
    ("KNOWLEDGE", None),
    ("L8", "know SEN law and guidance, including the Code of Practice, what it means for the school and others, "
           "and how to put it into practice", "CD1, H1", "G1"),
    ("L9", "know the principles and outcomes of Every Child Matters and the SENCO's part in them", "CD2, H2", "G3"),
    ("L10", "know disability equality law and the actions it requires of a school", "CD1, H1", "G3"),
    ("L11", "know how children develop and how SEN, disability and the learning environment affect development",
     "-", "-"),
    ("L12", "know the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how "
            "they affect learning", "CD3", "G1"),
    ("L13", "judge approaches, strategies and resources for assessment, planning, teaching and learning, "
            "including ICT, and use them to remove barriers", "CD4", "G1"),
    ("L14", "know the principles of school self-evaluation and improvement as they apply to pupils with SEN",
     "CD7, H11", "G2"),
    ("L15", "know best practice and research findings on meeting SEN", "CD4", "Mobility only"),
    ("L16", "know what external agencies do and how to get specialist support and resources", "CD2, CD8, H13",
     "G3"),
    ("SKILLS", None),
    ("L17", "with senior colleagues and governors, shape an inclusive ethos, policies, priorities and the use of "
            "resources", "CD6, H8", "G2"),
    ("L18", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "CD3, H3", "G1"),
    ("L19", "use other professionals' assessments to plan teaching and learning", "CD3, H4", "G1"),
    ("L20", "use summative assessment, including national tests, to track progress and change programmes",
     "CD5, H6", "G2"),
    ("L21", "help colleagues develop formative assessment, including approaches for pupils with SEN", "CD5, H7",
     "Mobility only"),
    ("L22", "identify in good time the access arrangements pupils need for national tests and examinations and "
            "put them in place", "CD5", "G1"),
    ("L23", "use provision mapping to plan provision and find what is ineffective or missing", "CD5, H5", "G2"),
    ("L24", "deploy and manage staff, including teaching assistants", "CD6, H10", "G2"),
    ("L25", "support colleagues' development by observation and feedback, modelling, coaching, mentoring and "
            "training", "CD7, H9", "G2"),
    ("L26", "review provision with other staff and feed the findings into self-evaluation", "CD7, H11", "G2"),
    ("L27", "involve pupils in planning, agreeing and reviewing the provision made for them", "CD8, H12",
     "Mobility only"),
    ("L28", "work with parents and carers to promote their child's learning and development", "CD8, H12", "G3"),
    ("L29", "work with other services and agencies, including voluntary organisations", "CD8, H13", "G3"),
]
t = doc.add_table(rows=len(CHART) + 1, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["No.", "The athlete can ...", "Loaded at", "Cleared at"]):
    cell_text(t.cell(0, j), h, bold=True, size=9, fill="1F3864", color="FFFFFF")
l11_cell = None
l22_row = None
for i, row in enumerate(CHART, start=1):
    if row[1] is None:
        band_row(t, i, row[0], fill="D9D9D9")
        continue
    for j, v in enumerate(row):
        cell_text(t.cell(i, j), v, size=9)
    if row[0] == "L11":
        l11_cell = t.cell(i, 1)
    if row[0] == "L22":
        l22_row = i
for row in t.rows:
    for j, w in enumerate([1.4, 15, 4.5, 3.5]):
        row.cells[j].width = Cm(w)
doc.add_comment(l11_cell.paragraphs[0].runs[0],
                text="Paul, could we put child development into CD3 next year?", author="Helen Strang",
                initials="HS")
delete_row(t, l22_row)
para(doc, "")
para(doc, "Items are cleared only in the Gate Tests named. A dash means the item is not part of this protocol.",
     italic=True, size=9)

# ---------- Appendix B ----------
doc.add_heading("Appendix B  Sign-off", level=1)
table(doc, [
    ["For", "Name", "Signature", "Date"],
    ["Wexcombe & District TTL Academy", "[Academy Director]", "[signature]", "[date]"],
    ["University of Ashdown", "[Dean, School of Education]", "[signature]", "[date]"],
], header_fill="DCE6F2", widths=[6, 6, 6, 4])

fn.finish()
doc.save(OUT)
print("wrote", OUT)
