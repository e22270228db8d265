"""pc-01-ravensworth-operating-schedule: builds pc-01-ravensworth-operating-schedule.docx next to itself.

Provider: Ravensworth Cue Sports Trust, which runs the Ravensworth Snooker & Billiards Academy (fourteen tables,
a wheelchair snooker section, the Schools Cue Club for pupils with SEN since 2001), with the University of
Wensleigh as the validating HEI.

Document kind and layout: the Award application set out in the shape of the council's PREMISES LICENCE
APPLICATION form and its operating schedule (Licensing Act 2003), because the hall manager knows that form best.
No heading styles: parts and boxes are bold typed lines on shaded paragraphs, the form's guidance notes are left
in grey italics (prompts, never answers), hand-typed question numbers 3.1-3.6 clash with requirement ids
("3.3 If 5,000 or more people..." is answered "Not applicable"), a tick-box list of licensable activities, Box C1
Frames timetable (Day/Date/Start/Finish) with a merged, shaded half-term row, Box C2 home-table task table,
Box C3 Matches, Box O hours / seasonal variations / non-standard timings, Box P the four licensing objectives
(a)-(e), two continuation sheets (staff table, QA), Part 4 "Schedule of conditions" (the Annex 3 outcomes in the
Trust's own words and order, columns "Practised at" and "Checked at" keyed in the paragraph above: "Marker's note
only" = formative only, a dash = not checked), a checklist of typed tick boxes, a declaration with blanks.
House words: Frame (taught day), home table (own school), home-table task, Marker (school mentor), Referee
(tutor/assessor), Chief Referee (external examiner), Match (marked piece), Break-off interview (pre-course
interview), Handicap Sheet (individual plan), Cue Clinic (tutorial), Next Season sheet (CPD targets), the
Reading (research at the start of each Frame).

Traps (requirement ids):
- Header and footer: the footer says "All Ravensworth staff and Award participants hold enhanced CRB
  disclosures" - never evidence (5.3).
- Someone else's responsibility + wrong context: CRB checks described for the Academy's own coaches; participants'
  checks "are the business of their employing schools, and we do not ask to see them" (5.3 not_met); a ticked
  checklist box claims CRB disclosures (tick, not evidence).
- Typed numbering clash: "3.3 If 5,000 or more people..." answered "Not applicable" - nothing to do with
  e-learning; 3.3 is not_applicable because "There is no online study" (negation).
- Value statement instead of aim: the aim is attainment ("raise the attainment of pupils..."), well-being only as
  "we believe every child matters" (1.1 partial); ECM practised but not checked (6.K2 partial).
- Past arrangement / wrong context: the 2006-07 Schools Cue Club pilots asked pupils their views (about the
  Academy's own sessions, not participants' skills); pupil voice "gets an hour in Frame 6" and T6 is optional
  (1.5 partial, 6.S7 Marker's note only -> partial).
- Other provider's arrangement: the University's January start is for "its own PGCert in Inclusive Practice";
  "There is one intake a year" and Frames taken in order, only Saturday/twilight variation (3.2 partial).
- Stakeholder influence only in general terms (4.2 partial); a comment suggests a concrete link that the body
  never makes (comments are not evidence).
- Condition: a special-school day only "where a special school in Ravensworth can offer a place" (5.5 partial).
- Hope: following up former participants' schools "We hope in time" and Match One data "not gathered across the
  cohort" (5.9 partial).
- Tracked insertion that counts: moderation by the University and the Chief Referee (5.8 met).
- Tracked deletion: the Part 4 row for school self-evaluation is deleted (6.K7 not_met).
- Comment: "Should time management go in?" - time management/delegation absent (6.A3 not_met).
- Right words, wrong thing: "access arrangements" and "extra time" for the Academy's own referees' examinations
  (6.S2d not_met).
- Assessed but not covered: strategic development with governors "Checked at Match Two" but practised "-"
  (6.S1 partial). Formative only: 6.A5, 6.S2c, 6.S7 ("Marker's note only"); not checked: 6.K2, 6.A7 (dash).
- Pass rule covers only conditions "checked in a Match" (6.0 partial, 1.9 partial).
- Placeholders: postcode, rateable value, the Chief Referee's name, declaration blanks.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _pc_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY = "D9D9D9"
PALE = "EDEDED"

doc = new_document(font="Arial", size=10)
header_footer(
    doc,
    "RAVENSWORTH CUE SPORTS TRUST  |  Operating Schedule: National Award for SEN Coordination 2008-09",
    "Form layout after the council's premises licence application (Licensing Act 2003). All Ravensworth staff and "
    "Award participants hold enhanced CRB disclosures.",
)


def part(title):
    p = para(doc, title, bold=True, size=11.5, space_after=4)
    shade_para(p, GREY)
    return p


def box(title):
    p = para(doc, title, bold=True, size=10.5, space_after=3)
    shade_para(p, PALE)
    return p


# ---------------------------------------------------------------- title
para(doc, "RAVENSWORTH CUE SPORTS TRUST", bold=True, size=15, align="center", space_after=0)
para(doc, "Ravensworth Snooker & Billiards Academy  ·  Old Corn Exchange  ·  Market Street  ·  Ravensworth",
     size=9, align="center")
para(doc, "APPLICATION FOR APPROVAL TO PROVIDE THE NATIONAL AWARD FOR SEN COORDINATION", bold=True, size=12.5,
     align="center", space_after=0)
para(doc, "set out as an Operating Schedule", italic=True, size=11, align="center")

para(doc, "To the members of the approval panel,", space_after=4)
para(doc, "Ravensworth Cue Sports Trust has run the Academy at the Old Corn Exchange since 1994: fourteen tables "
          "(twelve snooker, two English billiards), nine coaches, a wheelchair snooker section that plays in the "
          "county league, and since 2001 the Schools Cue Club, which brings pupils from eleven local schools to the "
          "tables every week. Four of our coaches were SENCOs before they were coaches, and it was their idea "
          "that a hall which teaches children with SEN to build a break could also teach their SENCOs.")
para(doc, "Our hall manager has filled in more premises licence applications than bid forms, so we have set this "
          "application out in the shape of the operating schedule on the council's form. The council's guidance "
          "notes are left in grey; our answers are in black. Where the form says licensable activities we mean "
          "the parts of the course; the licensee is the participant; the designated premises supervisor is our "
          "Award Leader. The words we use for the parts of the course are in the table below.")
para(doc, "Frank Ashdown, Chair of Trustees, and Margaret Oduya, Award Leader", italic=True, space_after=8)

t = table(doc, 1, 2, widths=[4.0, 12.6])
fill_row(t.rows[0], ["Our word", "What it means on the Award"], bold=True, fill=GREY)
gloss = [
    ("Frame", "A taught day in the Long Room at the Academy (ten in the year)."),
    ("Home table", "The participant's own school."),
    ("Home-table task", "A task done in the participant's own school between Frames (twelve in the year)."),
    ("Marker", "The colleague in school, usually the headteacher or a deputy, who supports the participant through "
               "the year."),
    ("Referee", "An Award tutor. Referees teach the Frames, run Cue Clinics and mark the Matches."),
    ("Chief Referee", "The external examiner appointed by the University of Wensleigh."),
    ("Match", "One of the three marked pieces of work."),
    ("Break-off interview", "The interview every applicant has before a place is offered."),
    ("Handicap Sheet", "The participant's own plan for the year, drawn up from the Break-off interview."),
    ("Cue Clinic", "A one-to-one tutorial with a Referee."),
    ("The Reading", "The piece of recent research or inspection evidence that opens each Frame."),
    ("Next Season sheet", "The plan each participant writes at the end of the course for the year after."),
]
for a, b in gloss:
    r = t.add_row()
    fill_row(r, [a, b])
    r.cells[0].paragraphs[0].runs[0].bold = True
para(doc, "")

# ---------------------------------------------------------------- PART 1
part("PART 1 – PREMISES DETAILS")
prompt(doc, "Postal address of premises or, if none, ordnance survey map reference or description")
para(doc, "The Long Room, Ravensworth Snooker & Billiards Academy, Old Corn Exchange, Market Street, Ravensworth. "
          "The Award is validated and awarded by the University of Wensleigh (School of Education, Hallam "
          "Building), the higher education institution that accredits it.")
t = table(doc, 3, 4, widths=[3.5, 4.8, 3.5, 4.8])
fill_row(t.rows[0], ["Post town", "Ravensworth", "Postcode", "RV1 [to follow]"])
fill_row(t.rows[1], ["Telephone number at premises (if any)", "01632 960418", "Non-domestic rateable value of premises £",
                     "[Sandra to check]"])
a = t.cell(2, 0).merge(t.cell(2, 3))
cell_text(a, "Premises: ground floor hall of 14 tables, the Long Room (teaching room for 30), the Assistive "
             "Technology Corner, library, café.", size=9)
for c in (t.cell(0, 0), t.cell(0, 2), t.cell(1, 0), t.cell(1, 2)):
    shade_cell(c, PALE)
para(doc, "")

# ---------------------------------------------------------------- PART 2
part("PART 2 – APPLICANT DETAILS")
prompt(doc, "Please state whether you are applying for a premises licence as (a) an individual or individuals, or "
            "(b) a person other than an individual. Please tick yes and give the details requested.")
para(doc, "(b) a person other than an individual: Ravensworth Cue Sports Trust, a registered charity, applying with "
          "the University of Wensleigh.")
t = table(doc, 5, 2, widths=[5.5, 11.1])
rows2 = [
    ("Awarding institution", "University of Wensleigh, School of Education."),
    ("Title of award", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN "
                       "Coordination)."),
    ("Level and credit", "Validated at masters level (M level) for 60 credits by the University's Academic Standards "
                         "Committee on 14 April 2008: Match One and Match Two 20 credits each, Match Three 20 credits."),
    ("Designated premises supervisor (Award Leader)", "Margaret Oduya."),
    ("Chief Referee (external examiner)", "[name to be confirmed by the University]"),
]
for r, (x, y) in zip(t.rows, rows2):
    fill_row(r, [x, y])
    shade_cell(r.cells[0], PALE)
para(doc, "")

# ---------------------------------------------------------------- PART 3
part("PART 3 – OPERATING SCHEDULE")
box("3.1  When do you want the premises licence to start?")
para(doc, "1 September 2008. The first cohort plays Frame 1 on Saturday 20 September 2008.")
prompt(doc, "If you wish the licence to be valid only for a limited period, when do you want it to end?")
para(doc, "We ask for approval for five years, to 31 August 2013.")

box("3.2  Please give a general description of the premises")
prompt(doc, "(please read guidance note 1)")
para(doc, "The Award is a one-year, part-time course for teachers who are new to the role of SENCO or are about to "
          "take it on. It is built round the question our coaches ask about every junior at the table: what does "
          "this pupil need to do next, and how will we know when they have done it?")
para(doc, "The course exists to raise the attainment of pupils with SEN and/or disabilities in the participants' "
          "schools. Every Frame, every home-table task and every Match comes back to pupils' progress in reading, "
          "writing, mathematics and the other subjects of the curriculum, measured in the way the school already "
          "measures it. At Ravensworth we believe every child matters, on the table and off it.")
para(doc, "The year has ten Frames in the Long Room, twelve home-table tasks in the participant's own school, three "
          "Matches and a Cue Clinic after each Match. Every home-table task is carried out in the participant's own "
          "school with the Marker's agreement, and each is tied to conditions in Part 4, so that what is taught on "
          "a Saturday is tried out with real pupils and real colleagues by the following Friday. Match One is an "
          "intervention the participant leads in their own school, measured before and after, so that the course "
          "changes what happens for pupils while it is running.")

box("3.3  If 5,000 or more people are expected to attend the premises at any one time, please state the number "
    "expected to attend")
para(doc, "Not applicable. Each cohort is limited to 24 participants.")

box("3.4  What licensable activities do you intend to carry on from the premises?")
prompt(doc, "(please see sections 1 and 14 of the Licensing Act 2003 and Schedules 1 and 2 to the Licensing Act "
            "2003). Tick all that apply.")
for tick, label in [("☐", "a) plays (Box A)"), ("☐", "b) films (Box B)"),
                    ("☒", "c) indoor sporting events (Boxes C1 to C3: Frames, home-table tasks and Matches)"),
                    ("☐", "d) to i): boxing or wrestling, music, dance, late night refreshment, alcohol")]:
    para(doc, f"{tick}  {label}", space_after=0)

# Box C1
box("Box C1 – INDOOR SPORTING EVENTS: FRAMES (taught days in the Long Room)")
prompt(doc, "Standard days and timings (please read guidance note 6)")
frames = [
    ("1", "Sat", "20 Sep 2008", "09:30", "15:30", "The law of the table: the SEN Code of Practice, SENDA 2001, the DDA "
                                                   "and the Disability Equality Duty"),
    ("2", "Sat", "18 Oct 2008", "09:30", "15:30", "Every Child Matters and the five outcomes; where the SENCO fits"),
    ("3", "Sat", "15 Nov 2008", "09:30", "15:30", "How children develop; barriers in the room and the building"),
    ("4", "Sat", "13 Dec 2008", "09:30", "15:30", "Common types of SEN and disability"),
    (None,),
    ("5", "Sat", "17 Jan 2009", "09:30", "15:30", "Identifying, assessing, setting targets; other professionals' "
                                                   "assessments"),
    ("6", "Sat", "14 Feb 2009", "09:30", "15:30", "Pupils' voices; the Match One proposal"),
    ("7", "Sat", "14 Mar 2009", "09:30", "15:30", "Parents and carers (the afternoon led by the Parents' Circle)"),
    ("8", "Sat", "25 Apr 2009", "09:30", "15:30", "Provision mapping, teaching assistants, other agencies"),
    ("9", "Sat", "16 May 2009", "09:30", "15:30", "Leading colleagues: observation, feedback, coaching, training"),
    ("10", "Sat", "20 Jun 2009", "09:30", "16:30", "The Final Frame: Match Three and the Next Season sheet"),
]
t = table(doc, 1, 6, widths=[1.3, 1.3, 2.6, 1.5, 1.5, 8.4])
fill_row(t.rows[0], ["Frame", "Day", "Date", "Start", "Finish", "Subject"], bold=True, fill=GREY, size=9)
for f in frames:
    r = t.add_row()
    if f[0] is None:
        m = r.cells[0].merge(r.cells[5])
        cell_text(m, "Christmas and New Year: no Frame, no home-table task due", italic=True, size=9, fill=PALE)
    else:
        fill_row(r, list(f), size=9)
para(doc, "")
prompt(doc, "Will the sporting events take place indoors or outdoors or both – please tick (please read guidance "
            "note 2)")
para(doc, "☒ Indoors   ☐ Outdoors   ☐ Both")
prompt(doc, "Please give further details here (please read guidance note 3)")

para(doc, "Each Frame opens with the Reading: a short piece of recent research or inspection evidence that the "
          "Referee has chosen and participants have read beforehand. For 2008-09 the Readings "
          "include Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Education and Skills "
          "Committee's report on Special Educational Needs (2006), Removing Barriers to Achievement (2004) and the "
          "interim report of the Bercow review of services for children with speech, language and communication "
          "needs (2008). Participants discuss what the piece means for their own school before the day's work "
          "starts.")
para(doc, "Frame 1 works through the SEN Code of Practice (2001) and the Education Act 1996 as amended by SENDA "
          "2001: the graduated response, statutory assessment, statements and annual reviews, and what each asks "
          "of the governors, the head, the class teacher and the SENCO. The afternoon covers the Disability "
          "Discrimination Act 1995 as amended in 2005, the Disability Equality Duty, the school's accessibility "
          "plan and disability equality scheme, and current government policy and initiatives, including the "
          "Inclusion Development Programme. Participants leave with the first home-table task (T1).")
para(doc, "Frames 2 to 4 build the picture of the child: the five Every Child Matters outcomes and the Children Act "
          "2004; child development and what helps or hinders it; and the common types of SEN and disability: behavioural, emotional and social difficulties, dyslexia and "
          "other specific learning difficulties, speech, language and communication needs, autistic spectrum "
          "disorders and moderate learning difficulties. Specialists from the Ravensworth Primary Care Trust's "
          "speech and language therapy team and the LA's educational psychology service lead parts of Frame 4.")
para(doc, "Frame 5 is about finding out: classroom observation, data, standardised tests and the school's "
          "tracking, setting targets that stretch, and reading the reports of educational psychologists, "
          "therapists and specialist teachers so that their advice turns into teaching. Pupil voice gets an hour "
          "in Frame 6, which otherwise prepares the Match One proposal. In our 2006-07 Schools Cue Club pilots our "
          "coaches asked pupils what they thought of each session and changed the routines as a result.")
para(doc, "Frame 7 is about parents and carers. The Ravensworth Parents' Circle, parents of Cue Club members, lead "
          "the afternoon. Participants practise the hard conversations (a first meeting after a concern is "
          "raised, an annual review that is not going well) with parents playing themselves, and each plans a "
          "way for parents at their own school to have a say in their child's provision, which they carry out in "
          "T7. Frame 8 covers provision mapping in the LA's own format, the deployment of teaching assistants, "
          "and what outside agencies do and how a school gets their help.")
para(doc, "Frame 9 is about leading colleagues. Participants learn and practise the routine our coaches use at the "
          "table (watch, name one thing, try it again, watch again) as a way of observing a colleague and giving "
          "feedback, then plan a whole-staff training slot. The afternoon looks outward: advising colleagues in "
          "other schools through the SENCO cluster.")

# Box C2
box("Box C2 – INDOOR SPORTING EVENTS: HOME-TABLE TASKS (in the participant's own school)")
prompt(doc, "Please give further details here (please read guidance note 3)")
tasks = [
    ("T1", "after Frame 1", "Check ten entries on the school's SEN register against the graduated response in the "
                           "Code; talk through what you find with the head."),
    ("T2", "after Frame 2", "List what the school offers pupils with SEN under each of the five outcomes; mark the "
                           "gaps."),
    ("T3", "after Frame 3", "Observe one pupil across a day in three settings and write a short development "
                           "profile."),
    ("T4", "after Frame 4", "Spend half a day alongside a speech and language therapist, educational psychologist "
                           "or specialist teacher working with a pupil from your school."),
    ("T5", "after Frame 5", "Choose a group of up to six pupils and record a baseline (reading or number age, P "
                           "scales or national curriculum levels, attendance)."),
    ("T6", "after Frame 6", "(Optional) Try the Schools Cue Club's What I Think cards with two pupils."),
    ("T7", "after Frame 7", "Meet the parents or carers of one pupil in the baseline group and agree a "
                           "home-school target together."),
    ("T8", "after Frame 8", "Draw the school's provision map for one year group and mark provision that is "
                           "missing or not working."),
    ("T9", "after Frame 8", "Review the timetables of two teaching assistants with the head and agree one change."),
    ("T10", "after Frame 9", "Observe a colleague teaching a pupil from the baseline group, feed back, observe "
                            "again."),
    ("T11", "after Frame 9", "Lead a staff-meeting slot on assessment for learning for pupils with SEN."),
    ("T12", "before Frame 10", "With colleagues, review how well the provision for the baseline group has worked and "
                              "write a one-page note for governors and senior leaders."),
]
t = table(doc, 1, 3, widths=[1.4, 2.8, 12.4])
fill_row(t.rows[0], ["Task", "When", "What the participant does"], bold=True, fill=GREY, size=9)
for x in tasks:
    fill_row(t.add_row(), list(x), size=9)
para(doc, "")
para(doc, "The Marker agrees each task before it starts, sees the write-up, and writes a short note on it in the "
          "Marker's Book. Write-ups go into the participant's portfolio, which is looked at in Match Three.")

# Box C3
box("Box C3 – INDOOR SPORTING EVENTS: MATCHES (the marked pieces)")
prompt(doc, "Please give further details here (please read guidance note 3)")
para(doc, "Match One – The Break-Build (4,000 words, 20 credits, due 3 April 2009). ", bold=True, space_after=0)
para(doc, "An intervention the participant plans and leads for the baseline group from T5: how the pupils' needs "
          "were identified, what other professionals' assessments said and how they were used, the targets set, "
          "the intervention and who delivered it, how teaching assistants were deployed, how parents were "
          "involved, and what the measures show after at least eight weeks.")
para(doc, "Match Two – The Long Pot (3,000 words and a provision map, 20 credits, due 29 May 2009). ", bold=True,
     space_after=0)
para(doc, "A provision map for the participant's school with a commentary that weighs the approaches and resources "
          "in use, draws on research and on outside agencies, and proposes, with the head and governors, the "
          "school's priorities for SEN for the next year.")
para(doc, "Match Three – The Final Frame (20 credits, 20 June 2009). ", bold=True, space_after=0)
para(doc, "A twenty-minute presentation to two Referees and a Marker on what the participant has changed in their "
          "school this year, followed by twenty minutes of questions, which always include questions on the law "
          "and on disability equality, and a review of the portfolio of home-table tasks.")
para(doc, "Each Match is marked against the conditions in Part 4 that it checks. A participant passes when all three "
          "Matches are passed and every condition that is checked in a Match has been signed off by two "
          "Referees; there is no compensation between conditions that are checked. A participant who fails a "
          "condition may resubmit once.")

# Box O
box("Box O – HOURS PREMISES ARE OPEN TO THE PUBLIC")
prompt(doc, "Standard days and timings (please read guidance note 6)")
para(doc, "Frames are on Saturdays, 09:30 to 15:30. Frames 3, 5 and 8 are repeated on the following Wednesday, "
          "16:30 to 19:30, for participants who cannot come on a Saturday. The Long Room and library are open to "
          "participants for private study from 10:00 to 22:00, seven days a week.")
prompt(doc, "State any seasonal variations for opening to the public (please read guidance note 4)")
para(doc, "None. There is one intake a year, in September, and the Frames are taken in order, because each builds "
          "on the one before. The University of Wensleigh runs a January start for its own PGCert in Inclusive "
          "Practice, but that is a different course. There is no online study: the Frames and the home table are "
          "the course.")
prompt(doc, "Non standard timings. Where you intend the premises to be open to the public at different times from "
            "those listed in the column on the left, please list (please read guidance note 5)")
para(doc, "In exceptional cases a teacher who already does the whole of the SENCO job, for instance a specialist "
          "teacher from the LA's learning support service, may go straight to the Final Frame without the Frames "
          "or Cue Clinics. She or he submits Match One and Match Two from current work with pupils, brings a "
          "portfolio of evidence against the conditions the home-table tasks would have covered, presents at the "
          "Final Frame, and is held to every condition in Part 4 exactly as other participants are. The Award "
          "Leader decides after a Break-off interview whether this route is right; the fee is £450.")

# Box P
box("Box P – THE STEPS YOU INTEND TO TAKE TO PROMOTE THE FOUR LICENSING OBJECTIVES")
prompt(doc, "a) General – all four licensing objectives (b, c, d and e) (please read guidance note 9)")
para(doc, "Who may enter. ", bold=True, space_after=0)
para(doc, "Participants must hold QTS, be in post as SENCO or have been named by their headteacher to take on the "
          "role within the year, and be nominated by the headteacher, who signs to release them for Frames and "
          "to act as, or name, their Marker. Every applicant has a Break-off interview with the Award Leader or a "
          "Referee before a place is offered. The interview works through a self-rating against each condition "
          "in Part 4, tested against the applicant's account of two pupils they have worked with and a short "
          "piece of writing done on the day, so that we can judge whether the applicant is likely to meet every "
          "condition by June. If not, we say so, tell the applicant (and, with the applicant's agreement, the "
          "headteacher) what to do first, usually a term alongside an experienced SENCO and the LA's New to SEN "
          "course, and offer a place the following year.")
para(doc, "Prior study and experience. ", bold=True, space_after=0)
para(doc, "Up to 20 of the 60 credits may be accredited from earlier study at masters level (APL) under the "
          "University's rules. A participant who has led SEN work without the title may claim Match One from that "
          "experience (APEL) by submitting a portfolio that two Referees mark against the same conditions as the "
          "Match.")
para(doc, "The Handicap Sheet. ", bold=True, space_after=0)
para(doc, "In billiards a handicap lets players of different standards meet on fair terms. From the Break-off "
          "interview each participant gets a Handicap Sheet: the conditions on which they already start in "
          "credit, the ones to work on, and their own targets for the year, agreed with their Marker. It decides "
          "which optional morning sessions they attend, whether they take each home-table task in its long or "
          "short form, and what the Cue Clinics concentrate on, and it is reviewed at every Cue Clinic.")
para(doc, "Fees and value. ", bold=True, space_after=0)
para(doc, "The fee is £1,150 for the year; the LA pays half for its maintained schools. A participant who starts in "
          "credit on a group of conditions skips the matching morning session and uses the time for a Cue Clinic, "
          "so nobody pays to hear again what they already know.")
para(doc, "Next Season. ", bold=True, space_after=0)
para(doc, "The Final Frame ends with the Next Season sheet: each participant writes three professional targets for "
          "the following year with their Marker, to take to their performance management review. In the autumn "
          "we hold a Next Season evening for former participants to talk over what comes next, including the "
          "University's MA in Special and Inclusive Education.")

prompt(doc, "b) The prevention of crime and disorder")
para(doc, "Keeping the score straight. ", bold=True, space_after=0)
p = para(doc, "Every Match is marked by the Referee who taught the participant and second-marked by another Referee; "
              "the two agree a mark against the conditions or refer it to the Award Leader. Referees meet after "
              "each Match deadline for a standardisation session, marking three shared scripts blind before they "
              "mark their own. ")
tracked_insert_run(p, "A sample of every Match, and every fail, goes to the University of Wensleigh's School of "
                      "Education for moderation, and the Chief Referee sees the whole of the Final Frame and reports "
                      "to the University's examination board.")
para(doc, "Knowing the job. ", bold=True, space_after=0)
para(doc, "Markers come to a Markers' Evening in September and receive the Marker's Book, which sets out what a "
          "Marker does (meets the participant after each Frame, agrees the home-table tasks, writes a short note "
          "on each, sits on the Final Frame panel) and what a Marker does not do (mark Matches). New Referees "
          "co-teach two Frames and double-mark a full set of Matches with the Award Leader before they mark "
          "alone.")

prompt(doc, "c) Public safety")
para(doc, "The Long Room is on the ground floor with level access from Market Street, an accessible toilet, a "
          "hearing loop and two height-adjustable tables built for our wheelchair snooker section. The application "
          "form asks every applicant whether they have a disability or other need we should plan for, and the "
          "Break-off interview asks again; the form explains why we ask, what we do with the answer, and that "
          "nobody is turned down because of it. Adjustments we make include materials in large print or "
          "electronically for a screen reader, a BSL interpreter for Frames, rest breaks, and extra time or an "
          "alternative format for a Match (a recorded presentation in place of writing). The course leaflet says "
          "in large print that the course welcomes disabled teachers and tells them whom to talk to. Each year the "
          "Trust's Equality Group reviews our selection and assessment criteria for anything that disadvantages "
          "disabled candidates or candidates from any racial group, as the Disability Discrimination Act 1995 (as "
          "amended in 2005), the Race Relations (Amendment) Act 2000 and the Equality Act 2006 require. Fire exits "
          "are signed from every room.")

prompt(doc, "d) The prevention of public nuisance")
para(doc, "Good neighbours. ", bold=True, space_after=0)
para(doc, "Before we wrote the course we asked. In spring 2008 we sent a short questionnaire to the 64 schools of "
          "Ravensworth and Calder Edge (31 answered), met the LA's SEN and inclusion team twice, and held an "
          "evening with the Parents' Circle. The schools asked above all for more on the law, more on managing "
          "teaching assistants and more help with the paperwork of annual reviews; the LA asked that SENCOs learn "
          "to use its provision map; parents asked that SENCOs learn to listen. What schools told us has been "
          "taken into account throughout the design of the course.")
c_run = doc.paragraphs[-1].runs[0]
comment(doc, c_run, "Frank - say here that the Saturday Frames came from the schools' survey? And the T9 task from "
                    "the heads?", author="Sandra Pell", initials="SP")
para(doc, "Stakeholders will have a hand in running the course as well as in its design. The LA's Principal Officer "
          "for Inclusion sits on the Award Steering Group with two headteachers, a parent from the Parents' Circle "
          "and a former participant; the group meets each term to read the Frame evaluations, the Referees' notes "
          "and the Chief Referee's report and agrees changes. The Parents' Circle leads the afternoon of Frame 7, "
          "LA specialists lead parts of Frames 4 and 8, and headteachers act as Markers and sit on the Final Frame "
          "panel.")

prompt(doc, "e) The protection of children from harm")
para(doc, "All Academy coaches, staff and volunteers who work with junior members and the Schools Cue Club hold "
          "enhanced CRB disclosures, renewed every three years, and the Trust's child protection policy is on the "
          "notice board by the Long Room door. Award participants are serving teachers; their checks are the "
          "business of their employing schools, and we do not ask to see them. No children attend the Frames.")

# ---------------------------------------------------------------- Continuation sheets
part("CONTINUATION SHEET 1 – REFEREES, SPECIALISTS AND RESOURCES")
prompt(doc, "If you have insufficient space, please continue on a separate sheet and attach it to this form.")
t = table(doc, 1, 3, widths=[3.6, 3.2, 9.8])
fill_row(t.rows[0], ["Name", "Role", "Background"], bold=True, fill=GREY, size=9)
staff = [
    ("Margaret Oduya", "Award Leader", "SENCO for eleven years in two Ravensworth primary schools; MA in Special and "
                                       "Inclusive Education (Wensleigh, 2005); NPQH; Academy coach since 2003."),
    ("Dr Owen Thrale", "Referee", "Senior Lecturer in Inclusive Education, University of Wensleigh; former head of "
                                  "learning support in a secondary school; researches provision mapping."),
    ("Hester Kaur", "Referee", "Specialist teacher for autism with the LA until 2007 and still two days a week; "
                               "leads the Schools Cue Club. Hester also runs the access arrangements for our own "
                               "referees' examinations, arranging extra time and readers for candidates who need "
                               "them."),
    ("Dennis Lowther", "Referee", "Secondary SENCO for fourteen years; Ofsted team inspector 2001-2006."),
]
for s in staff:
    fill_row(t.add_row(), list(s), size=9)
para(doc, "")
para(doc, "Every Referee spends at least five days a year on their own SEN development and keeps a current role in "
          "schools or services, so that what they teach is what schools are doing now.")
para(doc, "Specialists and placements. ", bold=True, space_after=0)
para(doc, "The PCT's speech and language therapists, the LA's educational psychologists, the sensory support "
          "service and Ravensworth Mencap lead parts of Frames 4 and 8 and host participants for T4. We do not "
          "arrange placements of our own; where a special school in Ravensworth can offer a place, participants "
          "may spend a day there.")
para(doc, "Resources. ", bold=True, space_after=0)
para(doc, "The Long Room library holds some 400 titles and a lending set of standardised assessments. The Assistive "
          "Technology Corner has text-to-speech, word prediction and symbol software that participants use in "
          "Frames 5 and 8 and may borrow for trials in school; each participant has a laptop at Frames, and every "
          "participant is a registered student of the University, with its library and electronic journals.")

part("CONTINUATION SHEET 2 – HOW WE WILL KNOW IT IS WORKING")
para(doc, "Inside the course, participants fill in an evaluation slip at the end of every Frame; the Award Leader "
          "reads them within a week and opens the next Frame with what we have changed. Referees meet after each "
          "Match deadline to look at what the marks say about the teaching. Outside it, the Chief Referee reports "
          "each year to the University, the University's annual monitoring reviews the course, and the LA passes "
          "on what schools say. Each July the Steering Group reads all of this, agrees changes for the next year "
          "and publishes them to the next cohort as a You Said, We Changed list. The Steering Group also samples "
          "the Break-off interview records, the Marker's Books and the Match marks, so that selection, needs "
          "assessment, the home-table tasks and assessment are all checked, not only the Frames.")
para(doc, "Participants rate their confidence against each condition at the Break-off interview and again at the "
          "Final Frame, and we report the change to the Steering Group. Match One records each participant's "
          "baseline and end-of-intervention measures for their own group of pupils, but those are marked as part "
          "of the Match and are not gathered across the cohort. We hope in time to follow up former participants' "
          "schools to see whether pupils' progress has changed.")

# ---------------------------------------------------------------- PART 4 conditions
part("PART 4 – SCHEDULE OF CONDITIONS")
prompt(doc, "Describe any conditions you propose should be attached to the licence, consistent with the operating "
            "schedule.")
para(doc, "The conditions are what a participant must be able to do by the end of the year. Practised at names the "
          "Frames (F) and home-table tasks (T) where the condition is worked on. Checked at names the Match in which "
          "a Referee marks it. Marker's note only means the participant's Marker writes a note on it in the "
          "Marker's Book but no Referee marks it. A dash means it is not checked, or not practised.")
conds = [
    ("Know the SEN Code of Practice and the law behind it, what it asks of the school, the SENCO and others, and "
     "how to carry it out", "F1, T1", "Match One; Match Three"),
    ("Know the disability equality laws, the duties they place on the school and how best to meet them", "F1",
     "Match Three"),
    ("Know what Every Child Matters is for, its five outcomes, and what the SENCO does towards them", "F2, T2", "–"),
    ("Understand how children develop and how SEN, disability and the setting around them help or hinder it",
     "F3, T3", "Match One"),
    ("Know the common kinds of SEN and disability (behavioural, emotional and social difficulties, dyslexia and other "
     "specific learning difficulties, speech, language and communication needs, autism, moderate learning "
     "difficulties) and what each means for learning", "F4, T4", "Match One; Match Three"),
    ("Weigh up approaches, strategies and resources, ICT among them, for assessing, planning and teaching, and use "
     "them to remove barriers and personalise provision", "F5, F8, T8", "Match Two"),
    ("Know what research and best practice say about meeting special educational needs", "The Reading, every Frame",
     "Match Two"),
    ("Know what outside agencies do and how to get specialist help and resources for pupils", "F8, T4",
     "Match Two"),
    ("DELETED:Know the principles of school self-evaluation and improvement and how they bear on outcomes for pupils "
     "with SEN", "F9", "Match Two"),
    ("Working with the head, senior colleagues and governors, shape the school's inclusive ethos, its policies and "
     "priorities and the use of its resources", "–", "Match Two"),
    ("Spot pupils who may have SEN or disabilities, set them challenging targets, plan interventions and review "
     "their progress", "F5, T5", "Match One"),
    ("Use assessments by other professionals in planning teaching", "F5, T4", "Match One"),
    ("Use summative results, national tests among them, to track progress and change programmes", "F5, T5",
     "Match One"),
    ("Encourage colleagues to develop formative assessment, with thought for pupils with SEN", "F9, T11",
     "Marker's note only"),
    ("Use provision mapping to plan provision and find what is missing or not working", "F8, T8", "Match Two"),
    ("Deploy and manage teaching assistants and other staff", "F8, T9", "Match One"),
    ("Support colleagues' development by observing and giving feedback, modelling, coaching and mentoring, and "
     "training", "F9, T10", "Match Three"),
    ("Review with colleagues how well provision is working and report what they find to senior leaders and "
     "governors",
     "F10, T12", "Match Two"),
    ("Involve pupils in planning, agreeing and reviewing their own provision", "F6, T6", "Marker's note only"),
    ("Work with parents and carers to help their child learn and develop", "F7, T7", "Match One"),
    ("Work with other services and agencies, voluntary organisations included, so that support for a pupil hangs "
     "together", "F8, T4", "Match Two"),
    ("Build fair, respectful and constructive relationships with pupils with SEN and their parents and carers",
     "F6, F7, T7", "Match Three"),
    ("Win the support of colleagues, the head and senior leaders for better outcomes for pupils with SEN",
     "F9, T9", "Match Three"),
    ("See problems coming, solve them, and make sound decisions about provision", "F8, T8", "Match Two"),
    ("Speak and write clearly, and listen to others and understand their views", "Every Frame",
     "Marker's note only"),
    ("Use research and outside advice to improve their own and colleagues' practice", "The Reading, T10",
     "Match Two"),
    ("Keep up to date and own their professional development on SEN and disability", "F10", "–"),
]
t = table(doc, 1, 4, widths=[1.1, 10.3, 2.7, 2.9])
fill_row(t.rows[0], ["No.", "The participant will ...", "Practised at", "Checked at"], bold=True, fill=GREY, size=9)
n = 0
deleted_rows = []
a5_cell = None
for text, prac, chk in conds:
    r = t.add_row()
    if text.startswith("DELETED:"):
        fill_row(r, ["", text[len("DELETED:"):], prac, chk], size=9)
        deleted_rows.append(r)
        continue
    n += 1
    fill_row(r, [f"C{n}", text, prac, chk], size=9)
    if text.startswith("Speak and write"):
        a5_cell = r.cells[1]
for r in deleted_rows:
    delete_row(r, author="Owen Thrale")
comment(doc, a5_cell.paragraphs[0].runs[0], "Should time management and delegation go in as a condition? Owen says "
                                            "the Markers can pick it up.", author="Margaret Oduya", initials="MO")
para(doc, "")

# ---------------------------------------------------------------- checklist and declaration
part("CHECKLIST")
prompt(doc, "Please tick to indicate agreement")
for tick, text in [
    ("☒", "I have made or enclosed payment of the fee."),
    ("☒", "Every participant will hold a current enhanced CRB disclosure."),
    ("☒", "Reasonable adjustments will be offered to disabled participants."),
    ("☐", "I have enclosed the consent form completed by the designated premises supervisor."),
]:
    para(doc, f"{tick}  {text}", space_after=0)
para(doc, "")
part("PART 5 – DECLARATION")
prompt(doc, "I/we understand that it is an offence, liable on conviction to a fine up to level 5 on the standard "
            "scale, under section 158 of the Licensing Act 2003, to make a false statement in or in connection "
            "with this application.")
t = table(doc, 3, 2, widths=[5.0, 11.6])
fill_row(t.rows[0], ["Signature", "______________________"])
fill_row(t.rows[1], ["Date", "[  /  / 2008]"])
fill_row(t.rows[2], ["Capacity", "Chair of Trustees, Ravensworth Cue Sports Trust"])

apply_widths()
doc.save(OUT)
print(OUT.name, "words:", word_count(OUT))
