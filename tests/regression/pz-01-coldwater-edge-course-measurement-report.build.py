"""pz-01-coldwater-edge-course-measurement-report

Provider (invented): Coldwater Edge Marathon Club Schools Trust, the schools charity of a marathon running
club, with the University of Merebridge (validating) and Westerholm County Council's SEN and Inclusion Team.
Application for approval to run the National Award for SEN Coordination from September 2009, dated
21 November 2008.

Document kind and layout: the club's road-race COURSE MEASUREMENT REPORT (its "Form CM2"), used as the house
form for the whole application. Heading 1 parts numbered by hand ("1. About this report" ... "12. Measurer's
notes") and Heading 2 sub-parts; a title block table with merged, shaded rows; a "Terms used in this report"
table that defines the club's words (Segment = taught day, Training run = school task, Split = piece of
assessment, Practice split = feedback only, Marker = national outcome, and the statuses Measured / Ridden once
/ Estimated / Not ridden); each of the eight Segments is a small three-column table followed by prose; a
Splits table; a route table with merged cells; a Marker table (Table 6, 29 rows M1-M29 with merged, shaded
group rows) keyed by the Terms table ten parts above it; numbered Measurer's notes; a Certificate of
Measurement in a text box (wps with a VML fallback). Page header and footer (the footer claims "All 29
markers timed" and carries a PAGE field). Three Word comments.

Traps (requirement ids):
- Negation: "We do not offer an assessment-only route" (2.3 not_met); a comment wonders about one (comment,
  not evidence).
- Wrong people: enhanced CRB disclosures are held by the club's junior-section helpers and measurers (tutors);
  participants are only assumed checked by their employers (5.3 not_met). A comment asks whether to check them.
- Wrong context: the club's junior runners chose its cross-country route (the provider consulting children,
  not participants learning to) (1.5 partially_met: the pupil's voice is only "introduced" and the one
  conversation with a pupil is in the unmarked Practice split).
- Hope: pupils' progress "We hope ..." (5.9 partially_met; participant confidence is measured). Parents and
  young people evaluating "We would like ..." (4.3 partially_met; stakeholders do teach on segments).
- Value statement: "We believe the Coldwater Course is the best value in the county" (2.4 partially_met).
- Past / other provider's arrangement: the County's closed induction course placed participants in special
  schools; "We do not arrange placements" (5.5 partially_met). The club's 2007 pilot Saturday school taught
  child development (6.K4 not_met, "Not ridden").
- Plan: access arrangements for tests "will be laid on Segment 3 from 2010-11" (6.S2d not_met).
- E-learning: Segment 2 online with a moderating measurer and a discussion board, but "Between the other
  segments participants are on their own" and the site is closed after Segment 2 (3.3 partially_met).
- Marshals (mentors) get only a one-page card of dates; nothing on measurers' roles (5.7 partially_met).
- Formative only: the Practice split is read, not marked (6.A3, 6.K9, 6.S2c, 6.S7 partially_met,
  "Ridden once"). Assessed but not taught: 6.A7 ("Estimated", partially_met).
- Blanket claim in the text-box certificate and the footer that every marker is timed at a split that
  counts, contradicted by Table 6 (1.9 partially_met, 6.0 partially_met: the award rule is passing
  Splits 1 to 4, which do not time every marker).
- Footer (not evidence) repeats the claim.
- Numbering collisions: the report's own sub-part numbers look like requirement ids but are about other
  things: "3.3 Time on feet" (study hours, not e-learning), "4.3 Credit for earlier running" (APL, 2.1, not
  stakeholders), "5.x" is the route, "8.3 The online segment" (the real 3.3 evidence), "8.4 Access" (3.1),
  "7.4 Checks on adults" (the 5.3 trap), "4.1 Entry" (5.2).
Everything else is concretely arranged and met: E.1, E.2 (validated 14 October 2008, 60 credits Level 7),
1.1 (all five ECM outcomes in purpose and in Split 4), 2.1 (credit for certificated and experiential
learning), 2.2 (calibration and Race Plan), 2.5 (the cool-down and Next Race sheet), 3.1, 3.2, 4.1, 4.2,
5.1, 5.2, 5.4, 5.6, 5.8.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pz_helpers import (new_document, para, table, merge_row, shade, cell_text, text_box, comment,
                         page_field, set_col_widths, clean_merged)
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = "pz-01-coldwater-edge-course-measurement-report"

doc = new_document("Arial", 10)

# ---------------------------------------------------------------- header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Coldwater Edge Marathon Club Schools Trust  |  Course Measurement Report CM2/08/14"
fp = sec.footer.paragraphs[0]
fp.text = "Certified course. All 29 markers timed.  Page "
page_field(fp)

# ---------------------------------------------------------------- title
para(doc, [("COURSE MEASUREMENT REPORT", {"bold": True, "size": 18})], align="center", space_after=0)
para(doc, [("Form CM2 (Schools Trust edition)", {"italic": True})], align="center")

tb = table(doc, [
    ["", ""],
    ["Course code", "CEMC-ST/SENCO/2009"],
    ["Organiser", "Coldwater Edge Marathon Club Schools Trust (registered charity), The Clubhouse, Ferry Lane, "
                  "Coldwater Edge"],
    ["Partners", "University of Merebridge, School of Education (validating university); Westerholm County "
                 "Council, SEN and Inclusion Team"],
    ["Measurer in charge", "Dr Ruth Amesbury, Course Leader"],
    ["Second measurer", "Paul Ketteridge, Senior Measurer"],
    ["Distance", "60 credits at Level 7 (masters)"],
    ["Report date", "21 November 2008"],
    ["", ""],
], widths=[4.5, 12.0], header_fill=None)
merge_row(tb, 0, "The Coldwater Course: National Award for SEN Coordination", fill="1F3864", size=12)
tb.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
merge_row(tb, 8, "Submitted to the Training and Development Agency for Schools: application for approval to "
                 "provide nationally accredited SENCO training from September 2009", fill="D9E2F3", bold=False)
for i in range(1, 8):
    shade(tb.cell(i, 0), "F2F2F2")
    tb.cell(i, 0).paragraphs[0].runs[0].bold = True

# ---------------------------------------------------------------- 1
doc.add_heading("1. About this report", level=1)
para(doc, "Coldwater Edge Marathon Club has measured road courses in Westerholm for thirty years, and every "
          "course we stage carries a report in this form: what the course is, how it was calibrated, the route "
          "segment by segment, where the splits are, and a measurer's certificate. Since 2003 the club's Schools "
          "Trust has run the Coldwater Mile in 71 primary and secondary schools, including four special schools, "
          "and our schools work is now led by teachers, not runners. When we came to set out our SENCO course for "
          "the panel we used the form we know. The words in Part 2 are the only club language you need.")
para(doc, "Parts 3 to 10 describe the course as it will run from September 2009. Table 6 in Part 11 shows "
          "every marker, and Part 12 lists what is not yet on the route.")

# ---------------------------------------------------------------- 2
doc.add_heading("2. Terms used in this report", level=1)
terms = [
    ["Term", "Meaning in this report"],
    ["Course", "The Coldwater Course, our programme leading to the National Award for SEN Coordination, validated "
               "by the University of Merebridge as a Postgraduate Certificate."],
    ["Measurer", "A tutor on the course. The measurer in charge is the Course Leader."],
    ["Marshal", "A participant's school-based mentor: a head teacher, deputy or experienced SENCO named on the "
                "entry form."],
    ["Calibration", "The needs analysis each participant completes before Segment 1 (Part 4)."],
    ["Race Plan", "The participant's individual training plan, agreed at calibration."],
    ["Segment", "A taught day at the Westerholm Professional Centre (S1 to S8). One segment can also be taken "
                "online (Part 8)."],
    ["Training run", "A task done in the participant's own school between segments."],
    ["Split", "A piece of assessment. Splits 1 to 4 are marked by two measurers and count towards the award. The "
              "Practice split (P) is read by one measurer, who writes feedback; it is not marked and does not count."],
    ["Marker", "One of the national minimum outcomes, in our words, numbered M1 to M29 in Table 6."],
    ["Measured", "The marker is laid on a segment and timed at a split that counts."],
    ["Ridden once", "The marker is laid on a segment but timed only at the Practice split."],
    ["Estimated", "The marker is timed at a split that counts but is not laid on any segment."],
    ["Not ridden", "The marker is not on the 2009-10 route."],
    ["Finish", "The award of the Postgraduate Certificate."],
]
t = table(doc, terms, widths=[3.5, 13.0])
for i in range(1, len(terms)):
    t.cell(i, 0).paragraphs[0].runs[0].bold = True

# ---------------------------------------------------------------- 3
doc.add_heading("3. The course", level=1)
doc.add_heading("3.1 Purpose", level=2)
para(doc, "The Coldwater Course exists to raise the achievement of children and young people with special "
          "educational needs and disabilities in Westerholm's schools. By achievement we mean what the Every Child "
          "Matters outcomes mean: being healthy, staying safe, enjoying and achieving, making a positive "
          "contribution and achieving economic well-being, and not test results alone. Every segment ends with the "
          "question the club asks after every race: who ran better because of this? In the course, that means "
          "which pupils learned more, or were safer, healthier or happier, because of what the participant did.")
para(doc, "The course has four objectives. Participants will (a) know the law, policy and evidence that govern "
          "provision for pupils with SEN and disabilities; (b) identify, plan, provide for and review the progress "
          "of those pupils; (c) lead colleagues, parents and other services in that work; and (d) change provision "
          "in their own school and show what difference it has made to pupils. Objective (d) is the Finishing Run "
          "(Split 4): a term-long change project in the participant's school, reported with evidence of its "
          "effect on a named group of pupils' attainment and on at least two other Every Child Matters outcomes, "
          "such as attendance, exclusions, taking part in clubs, or pupils' own ratings of how safe they feel.")
doc.add_heading("3.2 Validation and distance", level=2)
para(doc, "The University of Merebridge validated the Coldwater Course on 14 October 2008 as a Postgraduate "
          "Certificate in Special Educational Needs Coordination, carrying 60 credits at Level 7 (masters level) "
          "of the Framework for Higher Education Qualifications. Participants register as students of the "
          "University, which confers the award, appoints the external examiner and holds the assessment board. "
          "The validation document and the University's letter of approval are attached as Appendices A and B.")
doc.add_heading("3.3 Time on feet", level=2)
para(doc, "The course runs over one school year part time: eight segments (48 hours taught), eight training runs "
          "in school (about 60 hours), and about 600 hours of study in all, the usual expectation for 60 credits.")

# ---------------------------------------------------------------- 4
doc.add_heading("4. Calibration", level=1)
doc.add_heading("4.1 Entry", level=2)
para(doc, "The course is open to qualified teachers who are their school's SENCO or have been named by their head "
          "teacher to take up the role within a year. The entry form is signed by the head teacher, who names the "
          "participant's marshal and agrees to release the participant for the eight segments.")
para(doc, "Before a place is offered, the measurer in charge reads the entry form and the head teacher's "
          "statement and interviews the applicant by telephone. Anyone who does not yet have enough knowledge of "
          "the classroom and of SEN to reach every marker in a year is told what to do first (usually a term on "
          "the County's Inclusion Essentials course, or a further year as a class teacher), and we speak to their "
          "head teacher about it. They are offered a place on a later start.")
doc.add_heading("4.2 The calibration ride", level=2)
para(doc, "Calibration is done before Segment 1. Each participant rates themselves against all 29 markers in "
          "Table 6 on a four-point scale, with a short piece of evidence for every rating of 3 or 4. Their marshal "
          "adds comments. At a one-hour calibration meeting the participant and a measurer go through the "
          "ratings, check them against the evidence (a participant who knows the 1994 Code of Practice well does "
          "not yet know the 2001 Code), and agree a Race Plan: the three to five markers the participant most "
          "needs to work on, which training runs they will use for them, which optional reading and visits they "
          "will take, and personal targets of their own in addition to the markers. The Race Plan is reviewed at "
          "Segment 5, when participants rate themselves again and the plan is reset.")
doc.add_heading("4.3 Credit for earlier running", level=2)
para(doc, "Participants who have already passed masters-level study in SEN within the last five years may claim "
          "up to 20 credits of it against Split 1 or Split 2. Participants with substantial experience but no "
          "certificate may claim the same credit through a portfolio mapped against the markers the split times; "
          "two measurers assess the portfolio and the external examiner sees every claim. A successful claim "
          "exempts the participant from the split but not from the segments.")
doc.add_heading("4.4 No short cuts", level=2)
p_neg = para(doc, "")
r_neg = p_neg.add_run("There is no way to the Finish without running the course. We do not offer an "
                      "assessment-only route: every participant, however experienced, runs every segment and passes "
                      "every split that their credit does not cover.")
comment(doc, [r_neg], "Could we offer SEN advisory teachers an assessment-only run? Several have asked. Worth a "
                      "line saying we would consider it?", "Paul Ketteridge", "PK")

# ---------------------------------------------------------------- 5
doc.add_heading("5. The route", level=1)
para(doc, "The route is eight segments. S1 and S2 are always run first and S8 last; S3 to S7 can be run in either "
          "of the two orders in Table 5 (Part 8). Between segments each participant completes a training run in "
          "their own school, set out in the segment's table.")

segments = [
    ("Segment 1: The Start: the SENCO, the law and Every Child Matters",
     "6 hours, led by Dr Ruth Amesbury with the County's Principal SEN Officer",
     "Audit your school's SEN policy and disability equality scheme against the law; bring it to Segment 2",
     "M8, M9, M10",
     ["The legal frame of the SENCO's work: the Education Act 1996, the Special Educational Needs and Disability "
      "Act 2001 and the SEN Code of Practice (2001), with the graduated response of School Action and School "
      "Action Plus, statutory assessment, statements and annual reviews; the Disability Discrimination Act 1995 as "
      "amended in 2005, the Disability Equality Duty and school accessibility plans; the Children Act 2004, Every "
      "Child Matters and the SENCO's part in each of the five outcomes; Removing Barriers to Achievement (2004) and "
      "the National Strategies' Inclusion Development Programme. Participants work through what each duty means in "
      "their own school, who carries it, and how to put it into practice."]),
    ("Segment 2: Knowing the runners: types of need",
     "6 hours, in the room or online (Part 8)",
     "A learning walk with a focus on one area of need, written up in 1,000 words",
     "M12",
     ["The most common types of SEN and disability and how each can affect learning: behavioural, emotional and "
      "social difficulties; specific learning difficulties including dyslexia; speech, language and communication "
      "needs; autistic spectrum disorders; moderate learning difficulties; and sensory and physical impairments. "
      "Each is taught by a specialist from the County's support services (the Communication and Autism Team, the "
      "Learning Support Service and the Behaviour Support Team), who bring cases, materials and, with consent, "
      "video of pupils they work with."]),
    ("Segment 3: Reading the field: identification, assessment and targets",
     "6 hours, with Janet Ofori, educational psychologist",
     "Choose a case-study pupil and gather every assessment made of them",
     "M13, M18, M19, M20",
     ["How pupils who may have SEN are identified, using classroom observation, teacher assessment, P scales, "
      "national test and RAISEonline data and screening tools; how to use reports from educational psychologists, "
      "speech and language therapists and specialist teachers to shape teaching; how to use summative results to "
      "track progress and to change a programme that is not working; and how to set targets that are challenging "
      "rather than comfortable. Participants compare published assessment tools and intervention programmes, "
      "including ICT-based ones, and judge what the evidence says about each. The case-study pupil chosen here is "
      "the subject of Split 2."]),
    ("Segment 4: Pacing the provision: mapping, staff and time",
     "6 hours",
     "Draw the current provision map for one year group; list what each teaching assistant does in a week",
     "M3, M23, M24",
     ["Provision mapping as a planning and management tool: costing provision, finding gaps, spotting "
      "interventions that are not working and stopping them. The deployment and management of teaching assistants "
      "and other support staff, including their training and line management. The SENCO's own week: prioritising, "
      "managing time, deciding what to delegate and to whom, and checking that delegated work gets done."]),
    ("Segment 5: Running together: colleagues and leaders",
     "6 hours, including the mid-course calibration",
     "Coach one colleague through a change in their teaching over three weeks, with an observation before and after",
     "M2, M5, M17, M21, M25",
     ["The SENCO as a leader of colleagues: working with the head teacher, senior leaders and governors on the "
      "school's inclusion policy, priorities and budget; gaining the commitment of colleagues; observing lessons "
      "and giving feedback; modelling, coaching and mentoring; planning and leading staff training; presenting a "
      "case clearly to a staff meeting and listening to objections; and encouraging colleagues to use formative "
      "assessment with every pupil, with the adjustments pupils with SEN need.",
      "Participants also work with colleagues beyond their own school: each sets up a paired visit with a SENCO "
      "from another school in their cluster, and the pairs advise each other on one problem."]),
    ("Segment 6: Families and young runners",
     "6 hours",
     "Plan, hold and write up one structured conversation with the parents or carers of a pupil with SEN",
     "M1, M27, M28",
     ["Working with parents and carers as partners: structured conversations, the first meeting after a concern "
      "is raised, annual reviews, giving difficult news, parents who disagree with the school, and the local "
      "Parent Partnership Service. Two Westerholm parents of children with statements talk about what helped "
      "them and what did not. Participants practise the structured conversation in threes with a measurer "
      "observing, and then hold one in school as their training run. The segment also introduces the pupil's "
      "voice in reviews and planning."]),
    ("Segment 7: Other clubs on the road: services, agencies and evidence",
     "6 hours",
     "Map every service and voluntary organisation that works with pupils in your school",
     "M6, M15, M16, M29",
     ["The scope and role of the services around a school: educational psychology, the specialist teaching "
      "services, speech and language therapy, CAMHS, social care, Connexions, the Common Assessment Framework "
      "and the team around the child, and voluntary organisations such as the local autism and dyslexia "
      "associations. Representatives of three services join participants for a multi-agency case discussion.",
      "The second half is about evidence: what research and inspection say about effective provision, including "
      "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
      "matter where pupils are taught? (2006), the Bercow Review of services for children with speech, language "
      "and communication needs (2008), and early findings on the deployment of support staff. Participants learn "
      "to read a research report critically and to decide what it means for their own school. Measurers revise "
      "the reading list every summer."]),
    ("Segment 8: The Finish: self-evaluation, decisions and the cool-down",
     "6 hours",
     "The Finishing Run itself (one term)",
     "M4, M14, M26",
     ["School self-evaluation and improvement planning and where provision for pupils with SEN sits in them: the "
      "self-evaluation form, reviewing the effectiveness of provision with colleagues, and turning the findings "
      "into priorities. Through cases drawn from participants' own Finishing Runs, the group practises "
      "anticipating problems, weighing options and making sound decisions about provision.",
      "The last hour is the cool-down. Each participant writes their next three professional targets for the year "
      "after the course on the club's Next Race sheet, discusses them with a measurer, and takes the sheet to "
      "their head teacher for their next performance management meeting. Measurers also set out the routes on "
      "from the course, including the University's MA in Inclusive Education, into which the Certificate's 60 "
      "credits transfer."]),
]
for title, taught, run, markers, prose in segments:
    doc.add_heading(title, level=2)
    st = table(doc, [["Taught", "Training run", "Markers laid"], [taught, run, markers]],
               widths=[5.0, 8.5, 3.0], header_fill="DEEAF6", size=9)
    for text in prose:
        para(doc, text)

# ---------------------------------------------------------------- 6
doc.add_heading("6. Splits", level=1)
para(doc, "There are five splits. Table 4 gives each one, and Table 6 shows which markers each split times.")
para(doc, [("Table 4: Splits", {"bold": True})], keep=True)
splits = [
    ["Split", "What the participant submits", "When (September route)", "Marked?"],
    ["P", "Practice split: a 2,000-word working log of four short tasks: the SENCO's week (what was prioritised "
          "and what delegated), a directory of the agencies the school uses, a briefing for staff on formative "
          "assessment, and a note of one conversation with a pupil about their provision",
     "After S7", "Read by one measurer; written feedback; no mark; does not count"],
    ["1", "Law and policy audit of the participant's school (3,000 words)", "After S2", "Two measurers"],
    ["2", "Case study of one pupil: identification, assessments by other professionals, targets, interventions, "
          "tracking, work with the parents and with other services, review (4,000 words)", "After S7",
     "Two measurers"],
    ["3", "Coaching record, and a 15-minute presentation to two measurers on the coaching and on the participant's "
          "work with senior leaders and governors (3,000 words or equivalent)", "After S5", "Two measurers"],
    ["4", "Finishing Run: change project report with evidence of impact on pupils, and a reflective professional "
          "development log (5,000 words)", "After S8", "Two measurers; external examiner sees all"],
]
t4 = table(doc, splits, widths=[1.2, 9.5, 1.8, 4.0], size=9)
shade(t4.cell(1, 0), "FFF2CC")
shade(t4.cell(1, 3), "FFF2CC")
para(doc, "Each split is marked against published criteria. Two measurers mark every split that counts "
          "independently and agree a mark; where they cannot agree, a third measurer decides. At a moderation "
          "meeting after each split the measurers second-mark, blind, a sample of scripts from each other's "
          "groups. The University's external examiner sees a sample of every split and all Finishing Runs, and "
          "attends the assessment board.")
para(doc, "A participant who passes Splits 1 to 4, or has credit for them under Part 4, has finished the course "
          "and is recommended to the University's assessment board for the award.")

# ---------------------------------------------------------------- 7
doc.add_heading("7. Measurers and marshals", level=1)
doc.add_heading("7.1 The measurers", level=2)
para(doc, "Dr Ruth Amesbury (Course Leader) was SENCO of two Westerholm comprehensive schools for eleven years "
          "and then a senior lecturer in inclusive education; her doctorate is on the deployment of teaching "
          "assistants. Paul Ketteridge is an advisory teacher for SEN with the County's Learning Support Service "
          "and holds the OCR Diploma in SpLD and an MA in Special Education. Janet Ofori, an educational "
          "psychologist, leads the assessment work in Segment 3. Three further measurers are serving SENCOs (one "
          "primary, one secondary, one special school), each with a masters degree in SEN. All measurers take part "
          "in at least five days of SEN professional development a year and are members of NASEN.")
doc.add_heading("7.2 The marshals", level=2)
para(doc, "Each participant's marshal is sent the Marshal's Card before Segment 1. It is a single page that lists "
          "the dates of the eight training runs and asks the marshal to make time for the participant to do them.")
doc.add_heading("7.3 Specialists and visits", level=2)
para(doc, "Specialists from the County's support services teach on Segments 2, 3 and 7 (Part 5). We do not "
          "arrange placements. Participants who want to spend time in a special school or a resource base are "
          "given a name to contact and arrange the visit themselves. (Until 2007 the County's own SENCO induction "
          "course placed every participant in a special school for two days; that course has now closed.)")
doc.add_heading("7.4 Checks on adults", level=2)
p_crb = para(doc, "")
r_crb = p_crb.add_run("Every adult who helps with the club's junior section, and every measurer who works in "
                      "schools for the Schools Trust, holds an enhanced CRB disclosure checked by the club's welfare "
                      "officer and renewed every three years. Participants are teachers and have been checked by the "
                      "schools that employ them.")
comment(doc, [r_crb], "Should we ask to see participants' disclosures as well? The guidance seems to expect it.",
        "Paul Ketteridge", "PK")

# ---------------------------------------------------------------- 8
doc.add_heading("8. Equipment, access and flexibility", level=1)
doc.add_heading("8.1 Resources", level=2)
para(doc, "Participants have full student access to the University of Merebridge library, including its "
          "electronic journals and its SEN collection, from any computer. The County's SEN ICT Centre at the "
          "Westerholm Professional Centre, where the segments are held, has a suite of assistive technology "
          "(screen readers, text-to-speech, symbol software, switch access, alternative keyboards and recording "
          "devices) which participants use in Segments 2 and 3 and may borrow for a half term to try in school. "
          "Each segment has its own resource pack of readings and tools.")
doc.add_heading("8.2 Starts and routes", level=2)
para(doc, "There are two starts each year, in September and January. Segments S3 to S7 can be run in the order "
          "shown or in reverse, so that participants who start in January reach the Finishing Run in the autumn "
          "term. Segment 2 can be taken in the room or online. Participants may take one year or two years to "
          "finish: the two-year route runs S1 to S4 in the first year and S5 to S8 in the second.")
para(doc, [("Table 5: Routes", {"bold": True})], keep=True)
t5 = table(doc, [
    ["Start", "Order of segments", "", "", "Finish"],
    ["September", "S1, S2", "S3, S4, S5, S6, S7", "S8", "July"],
    ["January", "S1, S2", "S7, S6, S5, S4, S3", "S8", "December"],
    ["Two-year route (either start)", "", "", "", ""],
], widths=[3.2, 2.5, 6.0, 1.5, 3.3], size=9)
hdr = t5.cell(0, 1).merge(t5.cell(0, 3))
clean_merged(hdr)
two = t5.cell(3, 1).merge(t5.cell(3, 4))
clean_merged(two)
cell_text(two, "S1 to S4 in year one, S5 to S8 in year two", size=9)
doc.add_heading("8.3 The online segment", level=2)
para(doc, "Participants who take Segment 2 online work through six units on the University's Blackboard site "
          "over four weeks: readings, video of pupils and practitioners, and short tasks. A measurer moderates the "
          "discussion board and replies to every question within two working days, and participants comment on "
          "each other's tasks there. Between the other segments participants are on their own: the training runs "
          "are done in school without contact from the measurers, and the Blackboard site is closed after "
          "Segment 2.")
doc.add_heading("8.4 Access for disabled participants", level=2)
para(doc, "The entry form asks every applicant, in plain words, whether they have a disability or any other need "
          "we should plan for, and says why we ask. The measurer in charge then agrees adjustments with the "
          "participant before calibration: for example large-print or electronic handouts, a note-taker, rest "
          "breaks, extra time for splits, the presentation at Split 3 given one-to-one, or a split submitted as a "
          "recording. All segments are held on the ground floor of the Professional Centre, which has a hearing "
          "loop and accessible parking. Our course leaflet and entry form are available in large print, in audio "
          "and in Braille, and say that disabled teachers are welcome and how we will support them. Measurers are "
          "trained by the University's disability service each September.")

# ---------------------------------------------------------------- 9
doc.add_heading("9. Others on the road", level=1)
para(doc, "In March and April 2008, with the County's SEN and Inclusion Team, we asked every Westerholm head "
          "teacher and SENCO what a new SENCO most needs. 52 SENCOs and 38 heads answered the questionnaire, and "
          "14 SENCOs came to one of two focus groups at the clubhouse. Three needs came out most strongly: "
          "managing teaching assistants and time (named by 71% of SENCOs), working with parents who disagree with "
          "the school, and using data to show whether provision works.")
para(doc, "These answers changed the route. Segment 4 (mapping, staff and time) was added as a whole segment; the "
          "first draft covered it in an hour of Segment 3. The structured conversation and the parents' session "
          "in Segment 6 were added because heads asked for them. Split 2 was rewritten to require tracking data "
          "for the case-study pupil.")
para(doc, "Westerholm's SEN officers and specialist teachers teach on Segments 1, 2, 3 and 7, and two Westerholm "
          "parents speak in Segment 6. We would like parents and young people to help us evaluate the course in "
          "future years.")
para(doc, "We know how much asking young people matters: when the club planned its new cross-country route last "
          "year, the junior section's runners chose it.")

# ---------------------------------------------------------------- 10
doc.add_heading("10. Checking the course", level=1)
para(doc, "Every segment is evaluated by participants on the day, on a sheet that asks what they will use in "
          "school and what should change. The measurers meet after each segment to read the sheets and the "
          "training runs and to plan changes. The external examiner reports every year on standards and on the "
          "course, and the University's annual monitoring review looks at recruitment, progression, results and "
          "participants' comments. The County's SEN and Inclusion Team tells us what it sees of finishers' work in "
          "schools. Each June the Course Committee (the measurers and the University's link tutor) reads all of "
          "this evidence, agrees the changes for the next year and records them in the Course Log with the reason "
          "for each; the Log is reported to the University.")
para(doc, "To see the course's effect on participants, every participant rates their confidence and competence "
          "against the 29 markers at calibration and again at the Finish, and we compare the two ratings for each "
          "participant and for the group. We hope that the pupils of our finishers will make faster progress, and "
          "in time we expect to see this in the County's data.")
para(doc, "The Race Plan tailors the course to each participant. We believe the Coldwater Course is the best "
          "value in the county.")

# ---------------------------------------------------------------- 11
doc.add_heading("11. The markers", level=1)
para(doc, "Table 6 lists the markers in our words, in the order of the national outcomes. 'Laid on' gives the "
          "segment where a marker is taught; 'Timed at' gives the split that assesses it; 'Status' uses the terms "
          "in Part 2.")
para(doc, [("Table 6: Markers", {"bold": True})], keep=True)
markers = [
    ("A", "Attributes"),
    ("M1", "Builds fair, respectful, supportive and constructive relationships with pupils with SEN or "
           "disabilities and with their parents or carers", "S6", "Split 2", "Measured"),
    ("M2", "Wins the commitment of colleagues, the head teacher and senior leaders to better outcomes for these "
           "pupils", "S5", "Split 3", "Measured"),
    ("M3", "Prioritises, manages time and delegates, and checks that delegated work is done", "S4", "P",
     "Ridden once"),
    ("M4", "Anticipates and resolves problems; makes well-founded decisions about provision", "S8", "Split 4",
     "Measured"),
    ("M5", "Speaks and writes clearly; listens to and understands the views of others", "S5", "Split 3",
     "Measured"),
    ("M6", "Uses research and outside advice to improve own and colleagues' practice", "S7", "Split 4",
     "Measured"),
    ("M7", "Keeps up to date and takes charge of own professional development in SEN and disability", "-",
     "Split 4", "Estimated"),
    ("K", "Knowledge and understanding"),
    ("M8", "Knows the law and guidance on SEN, including the Code of Practice, what they mean for the school and "
           "the SENCO, and how to apply them", "S1", "Split 1", "Measured"),
    ("M9", "Knows the principles and five outcomes of Every Child Matters and the SENCO's part in them", "S1",
     "Split 1", "Measured"),
    ("M10", "Knows disability equality law and the actions it requires of the school", "S1", "Split 1",
     "Measured"),
    ("M11", "Knows how children develop and how SEN, disability and the setting affect development", "-", "-",
     "Not ridden"),
    ("M12", "Knows the common types of SEN and disability and how each affects learning", "S2", "Split 2",
     "Measured"),
    ("M13", "Judges critically approaches, strategies and resources, including ICT, for assessment, planning, "
            "teaching and learning", "S3", "Split 2", "Measured"),
    ("M14", "Understands school self-evaluation and improvement and how they bear on outcomes for pupils with SEN",
     "S8", "Split 4", "Measured"),
    ("M15", "Knows best practice and research findings in meeting SEN", "S7", "Split 4", "Measured"),
    ("M16", "Knows the scope and role of outside agencies and how to get specialist support", "S7", "P",
     "Ridden once"),
    ("S", "Skills"),
    ("M17", "With senior leaders and governors, shapes an inclusive ethos, policies, priorities and use of "
            "resources", "S5", "Split 3", "Measured"),
    ("M18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
            "progress", "S3", "Split 2", "Measured"),
    ("M19", "Uses assessments by other professionals to shape teaching", "S3", "Split 2", "Measured"),
    ("M20", "Uses summative data, including national tests, to track progress and change programmes", "S3",
     "Split 2", "Measured"),
    ("M21", "Encourages colleagues to use formative assessment, with approaches for pupils with SEN", "S5", "P",
     "Ridden once"),
    ("M22", "Identifies in good time the access arrangements pupils need for national tests and examinations, and "
            "puts them in place", "-", "-", "Not ridden"),
    ("M23", "Uses provision mapping to plan provision and to find ineffective or missing provision", "S4",
     "Split 4", "Measured"),
    ("M24", "Deploys and manages teaching assistants and other staff", "S4", "Split 4", "Measured"),
    ("M25", "Supports colleagues' development by observation and feedback, modelling, coaching, mentoring and "
            "training", "S5", "Split 3", "Measured"),
    ("M26", "Reviews provision with colleagues to inform the school's self-evaluation", "S8", "Split 4",
     "Measured"),
    ("M27", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "S6", "P",
     "Ridden once"),
    ("M28", "Liaises with parents and carers to promote pupils' learning and development", "S6", "Split 2",
     "Measured"),
    ("M29", "Works in partnership with other services and agencies, including voluntary organisations", "S7",
     "Split 2", "Measured"),
]
rows = [["Marker", "What the participant shows", "Laid on", "Timed at", "Status"]]
group_rows = []
for m in markers:
    if len(m) == 2:
        group_rows.append((len(rows), m[1]))
        rows.append(["", "", "", "", ""])
    else:
        rows.append(list(m))
t6 = table(doc, rows, widths=[1.5, 9.5, 1.6, 1.8, 2.2], size=9, header_fill="1F3864")
for c in t6.rows[0].cells:
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for idx, label in group_rows:
    merge_row(t6, idx, label, fill="D9E2F3", size=9)
for i, row in enumerate(t6.rows[1:], start=1):
    last = row.cells[4]
    txt = last.text
    if txt in ("Ridden once", "Estimated"):
        shade(last, "FFF2CC")
    elif txt == "Not ridden":
        shade(last, "F4CCCC")

# ---------------------------------------------------------------- 12
doc.add_heading("12. Measurer's notes", level=1)
notes = [
    "N1. M11 (how children develop) is not on the 2009-10 route. The club's pilot Saturday school in 2007 had a "
    "morning on child development; it will not return until we find a measurer with the expertise.",
    "N2. M22 (access arrangements for national tests and examinations) will be laid on Segment 3 from 2010-11, "
    "when the County's examinations officer can teach it.",
    "N3. M7 is timed in the reflective log at Split 4. It is not taught as such, because we expect participants "
    "to keep themselves up to date.",
    "N4. The Practice split gives feedback on M3, M16, M21 and M27 but is not marked; the measurers think four "
    "marked splits are enough.",
]
note_ps = [para(doc, n) for n in notes]
r_last = note_ps[0].runs[0]
comment(doc, [r_last], "Ruth: M11 is still blank. Could we borrow the child development morning from the pilot "
                       "for Segment 2?", "Paul Ketteridge", "PK")

# ---------------------------------------------------------------- certificate
para(doc, "")
text_box(doc, [
    [("CERTIFICATE OF MEASUREMENT", {"bold": True, "size": 12})],
    "I certify that the Coldwater Course has been measured by the method set out in this report, that it is the "
    "full distance for the National Award for SEN Coordination, and that every marker in Table 6 is timed at a "
    "split that counts.",
    "Signed: Ruth Amesbury, Measurer in charge.     Countersigned: Paul Ketteridge, Second measurer.",
    "21 November 2008",
], width_cm=16.0, height_cm=4.2, fill="FFFFFF", line="1F3864")
para(doc, "")
para(doc, [("Appendices (sent separately): ", {"bold": True}),
           "A. Validation document. B. University of Merebridge letter of approval, 20 October 2008. C. Course "
           "leaflet and entry form. D. Split criteria."])

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
