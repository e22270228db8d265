"""hp-01-saxonbury-swot-review: builds hp-01-saxonbury-swot-review.docx next to this script.

Provider (invented): Saxonbury Schools' SCITT, a school-centred initial teacher
training consortium of eight schools (five primary, three secondary; lead school
Saxonbury Park High School) that has trained PGCE teachers since 1999, applying
for the 2008-09 National Award for SEN Coordination with the University of
Medlock validating. Saxonshire County Council's Learning Support Service sits on
its Strategic Board.

Document kind and layout: the record of the Strategic Board's strategic review
("away") day, written up as a SWOT analysis with the Board's response, sent as
the application with a shaded note to the panel and two parts (G, H) added in
November for the panel. No heading styles: part titles are bold capitals typed
in Normal ("PART C - STRENGTHS"). A document control table; a 2x2 "SWOT at a
glance" table under a merged, shaded title row; the Board's own point codes
S1-S12, W1-W9, O1-O6, T1-T5 (S-codes clash with the national outcome ids
6.S1-6.S9 and mean nothing of the kind); bold run-in "Decision:" lines; a VML
text box of pilot participants' quotations; a Centre Day table whose host
column has vertically merged cells; an assessment table; an outcome check table
in the SCITT's words with merged shaded group rows ("Worked on" / "Checked
in"); tracked changes (a deleted sentence, a deleted table row, an inserted
sentence); Word comments; one footnote; header; a footer that makes a claim.

Traps (requirement ids):
- 1.1: the Board narrowed the Award's aim to attainment ("to raise the
  attainment of pupils with SEN in English and mathematics"); well-being and
  the wider ECM outcomes are not in the aims or assessment focus -> partially_met
  (ECM is still taught on Centre Day 1, so 6.K2 is met).
- 1.5: consulting pupils only hoped for (W3 "We would like to bring in a
  session ... if funding allows"); a pilot participant's quotation in the text
  box about talking to her own pupils is her school's practice, not the
  programme's -> not_met.
- 1.9 / 6.0: the award rule is passing Tasks 1-3 at 40%; the Evidence Folder
  that carries several outcomes "is not marked and plays no part in the Award
  decision" -> partially_met both.
- 2.3: assessment-only route explicitly refused (T4); APL is offered instead
  (2.1 met) -> not_met.
- 2.5: only "a conversation about what comes next" at the last Weekly Review;
  progression to an MA only hoped (O1) -> partially_met.
- 3.3: "no online units" in 2009 and 2010 -> not_applicable (an online version
  only "has been suggested").
- 4.3: met through the Board (heads, the County's representative) receiving
  evaluation and hosts/co-leaders in delivery; a further hope (O2) about
  parents in evaluation does not lower it (notes_on_met).
- 5.3: CRB checks described only for the SCITT's PGCE trainees (wrong
  context); the Director only to "look at whether" the same should apply to
  SENCO participants (intention); a comment asks whose job it is; the footer
  claims "All participants' CRB checks confirmed by their schools" (footer
  never evidence) -> not_met.
- 5.6: library and Athens access, but specialist ICT "we have little", loan
  bank only being asked about -> partially_met.
- 5.9: confidence re-rated at the end, but pupils' progress data only hoped
  for (O3); Task 3's baseline is of practice, not pupils -> partially_met.
- 6.A3, 6.A7, 6.S9: checked only in the unmarked Evidence Folder ->
  partially_met. 6.K9, 6.S2c: "Checked in" a dash, "not separately assessed"
  -> partially_met. 6.S7: worked on at Weekly Reviews, checked "[to be
  confirmed]" plus a comment -> partially_met.
- 6.K4: the child development row is a tracked deletion; nowhere else ->
  not_met.
- 6.S2d: W5 decides access arrangements are "not in the Award" (the
  examinations officer's job); a deleted sentence promising a session does
  not count -> not_met.
- 3.1: an inserted tracked change (large print and audio application pack)
  does count; met anyway.
- S-codes (S1-S12) clash with outcome ids; the Board's S6 "Partnerships" is
  about 5.5, not 6.S6.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hp_helpers import *  # noqa

OUT = Path(__file__).resolve().with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "Saxonbury Schools' SCITT  |  Strategic Board  |  Restricted: Board members and the TDA approval panel",
              "All participants' CRB checks confirmed by their schools.  Strategic Review Day record v3, 18 November 2008")

p(d, "SAXONBURY SCHOOLS' SCITT", bold=True, size=15, align="center", space_after=0)
p(d, "Strategic Board", bold=True, size=11, align="center", space_after=0)
p(d, "SENCO AWARD: STRATEGIC REVIEW DAY", bold=True, size=14, align="center", space_after=0)
p(d, "SWOT analysis and the Board's response", italic=True, size=11, align="center")
p(d, "Ferrers Green School, Friday 26 September 2008, 9.00 am to 3.30 pm", align="center", size=9)

shade_par(p(d, "**Note for the approval panel.** This is the record of the Strategic Board's review day at which "
              "the Board decided to seek approval for the National Award for SEN Coordination. We have sent it "
              "as it stands because it says more plainly than a form would what we do well and what we still have "
              "to do. Parts G and H were added in November for the panel: Part G describes the Award as it will run "
              "from January 2009, and Part H is the outcome check our working group carried out. The codes S1 to "
              "S12, W1 to W9, O1 to O6 and T1 to T5 are the Board's own numbering of the points in the SWOT; they "
              "are not references to the national outcomes. Jill Pardoe, SCITT Director."))

p(d, "DOCUMENT CONTROL", bold=True)
table(d, [["Version", "Date", "By", "Change"],
          ["1", "29 September 2008", "K. Osei, Board clerk", "Record of the review day typed up from the flipcharts"],
          ["2", "14 October 2008", "K. Osei", "Board members' corrections; decisions confirmed at the October Board"],
          ["3", "18 November 2008", "J. Pardoe", "Parts G and H added for the TDA submission; note for the panel"]],
      widths=[1.5, 3.2, 3.5, 8.5])

p(d, "")
p(d, "PART A - WHY WE MET", bold=True, size=11)
p(d, "Saxonbury Schools' SCITT is a consortium of eight schools in the south of Saxonshire: Abbotsford Primary, "
     "Brockhurst Primary, Long Ashby Junior, Lowfield Infant and Nursery, St Hilda's CE Primary, Ferrers Green "
     "School, Kingsmead High School and Saxonbury Park High School, which is the lead school and employs the SCITT's "
     "staff. We have trained primary and secondary teachers since 1999, with the University of Medlock awarding the "
     "PGCE. Our Strategic Board is made up of the eight headteachers, the SCITT Director, the Head of Saxonshire "
     "County Council's Learning Support Service and the University of Medlock's partnership tutor.")
p(d, "In 2007-08 the SCITT ran an unaccredited pilot, the Saxonbury SENCO Programme, for eleven SENCOs from our "
     "own and neighbouring schools. The review day was called to decide whether to turn that programme into the "
     "National Award for SEN Coordination and, if so, what had to change. Fourteen people took part: the Board, the "
     "pilot's Programme Leader, two of its Link Tutors and two pilot participants. The SWOT was built on flipcharts in "
     "the morning; in the afternoon the Board took each weakness and threat in turn and recorded a decision.")
par = p(d, "**The Board's decision.** To seek approval for the National Award, validated by the University of Medlock, "
           "with a first cohort of up to sixteen SENCOs starting in January 2009 and a second starting in September 2009.")

p(d, "")
p(d, "PART B - THE SWOT AT A GLANCE", bold=True, size=11)
t = table(d, [["", ""],
              ["STRENGTHS", "WEAKNESSES"],
              ["S1 Centre Days in our own schools\nS2 The Starting Point Audit\nS3 Credit for what people bring\n"
               "S4 Professional Mentors\nS5 Our staff\nS6 Partnerships that bring expertise\nS7 We asked schools first\n"
               "S8 Careful entry\nS9 The Practitioner Enquiry\nS10 Marking we can stand behind\nS11 Equality\nS12 We listen and change",
               "W1 A woolly aim\nW2 Tuesdays only\nW3 Pupil voice\nW4 Parents\nW5 Access arrangements\n"
               "W6 Specialist resources\nW7 Nothing after the end\nW8 The Evidence Folder\nW9 Checks"],
              ["OPPORTUNITIES", "THREATS"],
              ["O1 An MA route at Medlock\nO2 Parents as evaluators\nO3 Pupil progress data\nO4 Online learning\n"
               "O5 The Inclusion Development Programme\nO6 The Saxonbury SENCO Network",
               "T1 Cost and release\nT2 Numbers\nT3 Depending on a few people\nT4 Requests for assessment only\nT5 Changes in national policy"]],
          header=False, widths=[8.3, 8.3])
merge_row(t, 0, "SENCO Award: SWOT agreed by the Strategic Board, 26 September 2008", fill="BFBFBF")
for r in (1, 3):
    for c in (0, 1):
        shade(t.cell(r, c), "E2EFDA" if r == 1 else "FFF2CC")
        t.cell(r, c).paragraphs[0].runs[0].bold = True

p(d, "")
p(d, "PART C - STRENGTHS (what we do now and will keep)", bold=True, size=11)

p(d, "**S1 Centre Days in our own schools.** Every Centre Day is held in one of the eight schools and hosted by that "
     "school's SENCO, who opens the day with a learning walk of the school's provision. Between Centre Days each "
     "participant carries out school-based tasks in their own school (their Base School), each task tied to named "
     "Award outcomes, and brings the results to the next day. Pilot participants rated this the most useful feature.")
p(d, "**S2 The Starting Point Audit.** Before Centre Day 1 each participant completes the Starting Point Audit, "
     "which sets out every Award outcome in our own words. The participant rates each outcome and gives evidence; "
     "the Professional Mentor adds a view. The Link Tutor then meets the participant for an hour to agree an "
     "Individual Training Plan (ITP): the personal outcomes to concentrate on, which Centre Days matter most, "
     "the focus of each task and the reading to start with. The ITP is reviewed at the fourth Weekly Review and "
     "again at the mid-point.")
par = p(d, "**S3 Credit for what people bring.** Under the University of Medlock's accreditation of prior learning "
           "regulations, up to 30 credits of certificated study at Masters level completed within the last five "
           "years can be accredited against Module SB1. SENCOs without certificated study may make a claim for "
           "experiential learning: a short portfolio mapped to the SB1 outcomes, judged by the Link Tutor and "
           "confirmed by the University's APL panel. In the pilot two participants would have qualified.")
p(d, "**S4 Professional Mentors.** Every participant has a Professional Mentor in the Base School, usually a "
     "deputy or assistant head. Mentors attend a half-day Mentor Briefing before the cohort starts and a twilight "
     "update each term, and receive the Mentor Handbook, which sets out what the mentor, the Link Tutor, the "
     "Programme Leader and the headteacher each do, including how Weekly Reviews are run and recorded. A mentor "
     "who misses the briefing is visited by the Link Tutor before the first Weekly Review. Link Tutors are "
     "briefed by the Programme Leader and the University's module leader at the start of each year.")
p(d, "**S5 Our staff.** The Programme Leader, Harriet Okafor, has been SENCO at Saxonbury Park for twelve years, "
     "holds an MA in Inclusive Education and is one of the County's moderators for P scales. The three Link "
     "Tutors are serving SENCOs in consortium schools (one infant, one junior and one secondary), each with at "
     "least six years in the role and an accredited specialist qualification (two in specific learning "
     "difficulties, one in autism). Dr Ian Cresswell, Reader in Special and Inclusive Education at Medlock, "
     "leads Centre Day 2 and is the module leader. Tutors keep up to date through the University's SEN research "
     "seminar series, which they attend each term, and through their own continuing roles as SENCOs.")
p(d, "**S6 Partnerships that bring expertise.** Centre Days draw on the County's Learning Support Service, its "
     "educational psychologists, speech and language therapists from the primary care trust, the Parent Partnership "
     "Service and two voluntary organisations, Saxonshire Autism Support and the Medlock Dyslexia Association. Each "
     "participant also makes two Second School Visits to a setting unlike their own: primary SENCOs spend a day in a "
     "secondary school and secondary SENCOs a day in a primary, and everyone spends a day at Millbrook Special "
     "School or the County's autism base at Kingsmead. The Programme Leader agrees every visit with the host "
     "SENCO beforehand and sets the visit task.")
par = p(d, "**S7 We asked schools first.** In spring 2008 the Board surveyed the 46 schools in the Saxonbury and Ashby "
           "clusters about what new SENCOs most needed; 31 replied. We also held a focus group with the County's SEN "
           "team and the Parent Partnership Service. Schools asked above all for provision mapping, managing teaching "
           "assistants and using data, so these became whole Centre Days (4, 6 and 7) where in the pilot they had "
           "been an hour each. The County asked for a day on working with its services, which is now Centre Day 5.")
comment(d, par.runs[-1], "Can we attach the survey summary as an appendix? K.O.", author="Kwame Osei", initials="KO")
p(d, "**S8 Careful entry.** Candidates must hold QTS, be the SENCO or be designated to become the SENCO within the "
     "year, and have the headteacher's written support, including release for Centre Days and the name of a "
     "Professional Mentor. Each candidate has a short interview with the Programme Leader and a head from another "
     "school, which works through six entry questions on the candidate's present knowledge and experience of SEN. "
     "A candidate who is not yet ready is given written guidance on what to do first (usually the County's "
     "Introduction to SEN course and a term shadowing an experienced SENCO), and the Programme Leader talks this "
     "through with the headteacher.")
p(d, "**S9 The Practitioner Enquiry.** In Module SB2 each participant plans and leads a change in the way their "
     "school plans, delivers or reviews provision, records a baseline of the school's practice before the change, "
     "and evaluates what changed in practice afterwards. Enquiries in the pilot included a new annual review format, "
     "a TA deployment rota and a whole-staff approach to dyslexia-friendly classrooms. The enquiry is where "
     "participants show that the Award has changed practice in their school.")
par = p(d, "**S10 Marking we can stand behind.** Tasks are marked by Link Tutors against the University's Masters "
           "level criteria. Before each marking round the markers hold a standardisation meeting using pilot "
           "scripts. Every Task 3 and a quarter of Tasks 1 and 2 are second-marked by the Programme Leader; the "
           "University's module leader moderates a sample from every round, and the external examiner sees a "
           "sample and attends the Examination Board.")
footnote(d, par, "The external examiner for 2009-12 is Dr Ruth Atherley of the University of Wrexford, appointed by the University of Medlock.")
par = p(d, "**S11 Equality.** The Award is covered by the SCITT's Equality Scheme, which sets out our race, disability "
           "and gender equality duties. The application form invites candidates to tell us about a disability and "
           "explains why we ask. The Programme Leader contacts everyone who does so to agree reasonable adjustments "
           "before Centre Day 1, for example large print, a hearing loop, ground-floor rooms, handouts sent "
           "electronically two days ahead or extended deadlines; adjustments to assessment are agreed with the "
           "University's disability service. Every host school has been checked for access and the Centre Day rota "
           "avoids any that cannot be reached by a wheelchair user.")
ins(par, " The application pack is available in large print and on audio CD.")
p(d, "**S12 We listen and change.** Each Centre Day is evaluated on a short form, and a mid-point review meeting "
     "with participants is held after Centre Day 4. The Programme Leader writes a programme report each term which "
     "the Strategic Board, including the County's representative, considers and on which it decides changes. The "
     "University's annual monitoring, the external examiner's report and the County SEN team's comments feed the "
     "same report. The report covers recruitment and selection, the Starting Point Audit and ITPs, the Centre Days "
     "and school-based tasks, assessment results and participants' evaluations, and every change the Board makes "
     "is entered in a \"You said, we did\" log that goes to the next cohort. Participants re-rate themselves on the "
     "Starting Point Audit at the end, so that we can see how far their confidence has grown.")

textbox(d, ["Voices from the pilot (collected at the review day)",
            "\"The Starting Point Audit was the first time anyone had asked me what I already knew.\" Primary SENCO",
            "\"I talk to our pupils about their targets every term - that was already how we did it at Long Ashby.\" Junior SENCO",
            "\"Second School Visits changed my mind about what a secondary SENCO's week is like.\" Infant SENCO"],
        height_pt=95)

p(d, "")
p(d, "PART D - WEAKNESSES (and what the Board decided)", bold=True, size=11)
p(d, "**W1 A woolly aim.** The pilot's aim spoke of \"the five outcomes\" and nobody could say what we measured. "
     "**Decision:** the Award's aim is now \"to raise the attainment of pupils with SEN in English and mathematics by "
     "improving the SENCO's leadership of provision\", and the tasks will be written to that aim.")
p(d, "**W2 Tuesdays only.** All pilot days were Tuesdays, which primary heads found hard to cover. **Decision:** each "
     "Centre Day now runs twice, on a Tuesday at a secondary school and on a Thursday at a primary school, and "
     "participants may move between the two. There will be two intakes a year, in January and September; "
     "September starters may take Module SB2 before SB1; and a participant may pause for up to a year and rejoin "
     "the next cohort without losing credit.")
p(d, "**W3 Pupil voice.** Pilot participants said pupils hardly featured. We would like to bring in a session on "
     "consulting pupils, possibly with the County's participation officer, if funding allows.")
p(d, "**W4 Parents.** The pilot had almost nothing on parents. **Decision:** Centre Day 3, \"Families first\", is now "
     "co-led by the Parent Partnership Service and a parent governor. Participants practise difficult "
     "conversations with parents and plan a parents' review meeting, and Task 1 asks them to review how their "
     "school works with parents and carers.")
par = p(d, "**W5 Access arrangements.** Several secondary SENCOs asked for help with access arrangements. "
           "**Decision:** not in the Award. Each school's examinations officer is responsible for access "
           "arrangements for tests and examinations.")
dele(par, " Centre Day 7 will include an hour on identifying pupils who need access arrangements and putting them in place.")
p(d, "**W6 Specialist resources.** Our resource base is a collection of books and assessment materials at "
     "Saxonbury Park, and participants get a University of Medlock library card and Athens access to journals. "
     "Specialist ICT, such as assistive technology and text-to-speech software, we have little. We are asking the "
     "County's ICT in SEN adviser whether his loan bank can be opened to participants.")
p(d, "**W7 Nothing after the end.** Pilot participants finished on a high and then heard nothing. **Decision:** the "
     "last Weekly Review will include a conversation about what comes next.")
p(d, "**W8 The Evidence Folder.** In the pilot the folder grew to two lever-arch files. **Decision:** the Evidence "
     "Folder stays, but slimmer: participants keep in it the evidence of their everyday work as a SENCO, and it is "
     "discussed at Weekly Reviews. It is not marked and plays no part in the Award decision.")
par = p(d, "**W9 Checks.** The SCITT's safeguarding procedures were written for trainee teachers: every PGCE trainee's "
           "enhanced CRB disclosure is seen by the SCITT Administrator before the first placement and recorded on "
           "the SCITT's central record. **Decision:** the Director to look at whether the same should apply to "
           "SENCO participants, who are already employed by schools.")
comment(d, par.runs[-1], "Is this our job or the employing school's? Needs legal view before we say anything. JP",
        author="Jill Pardoe", initials="JP")

p(d, "")
p(d, "PART E - OPPORTUNITIES", bold=True, size=11)
p(d, "**O1 An MA route at Medlock.** The University is considering letting Award credits count towards its MA in "
     "Education. If it agrees, we hope to offer graduates a clear route on.")
p(d, "**O2 Parents as evaluators.** We would like parents, through the Parent Partnership Service, to help us "
     "evaluate the Award in its second year.")
p(d, "**O3 Pupil progress data.** Participants' enquiries might in time give us evidence of pupils' progress. We "
     "hope to look at this with the County's data team once the first cohort has finished.")
p(d, "**O4 Online learning.** An online version has been suggested. The Board decided that the Award will be taught "
     "face to face in 2009 and 2010, with no online units; handouts are given out on the day and emailed afterwards.")
p(d, "**O5 The Inclusion Development Programme.** The National Strategies' Inclusion Development Programme "
     "materials on dyslexia and on speech, language and communication needs are now available free to schools. "
     "Centre Day 4 uses them, and participants use the self-study units with staff in their own schools.")
p(d, "**O6 The Saxonbury SENCO Network.** SENCOs who complete the Award are invited to the termly network meeting "
     "that the Programme Leader already runs for consortium SENCOs.")

p(d, "")
p(d, "PART F - THREATS (and what the Board decided)", bold=True, size=11)
p(d, "**T1 Cost and release.** Heads fear the cost. **Decision:** the fee is £1,650 a participant, including "
     "University registration. Holding Centre Days in our own schools means we pay for no venues. Where the ITP "
     "shows that a participant already meets the outcomes of a Centre Day, the Link Tutor may agree that the "
     "participant spends that day on a Base School task instead, so release is used where it is needed.")
p(d, "**T2 Numbers.** The cohort needs eight participants to run and takes no more than sixteen. **Decision:** "
     "places are offered first to consortium schools and then to the Saxonbury and Ashby clusters.")
p(d, "**T3 Depending on a few people.** If the Programme Leader left, the Award would be at risk. **Decision:** two "
     "Link Tutors will co-lead Centre Days in 2009 so that each day can be led by at least two people.")
p(d, "**T4 Requests for assessment only.** Two experienced SENCOs asked to be assessed without taking the course. "
     "**Decision:** there will be no assessment-only route. Everyone takes both modules, although credit for prior "
     "learning (S3) can shorten the route.")
p(d, "**T5 Changes in national policy.** The Bercow Review and the expected review of SEN provision may change the "
     "Code of Practice. **Decision:** Centre Day 1 is reviewed each summer by the Programme Leader and the "
     "University's module leader.")

# ---------------- Part G
p(d, "")
p(d, "PART G - THE AWARD IN OUTLINE (added November 2008 for the panel)", bold=True, size=11)
table(d, [["Award", "National Award for SEN Coordination (Saxonbury route)"],
          ["Validation", "Validated by the University of Medlock at Masters level (Level 7); 60 credits"],
          ["Modules", "SB1 Leading SEN Provision (30 credits); SB2 Enquiry into Practice (30 credits)"],
          ["Length", "Three terms part time: eight Centre Days, two Second School Visits, Weekly Reviews in school"],
          ["Intakes", "January 2009 and September 2009; then each September and January"],
          ["Fee", "£1,650 (including University registration)"]], header=False, widths=[3.5, 13])
p(d, "")
p(d, "**Aims.** The Award aims to raise the attainment of pupils with SEN in English and mathematics by improving "
     "the SENCO's leadership of provision, and to give new SENCOs the knowledge and confidence to lead provision in "
     "their school.")
p(d, "**Weekly Reviews.** Despite the name, these are held every other week: thirty minutes with the Professional "
     "Mentor, recorded on the review sheet, covering progress on the ITP, the current task and the Evidence Folder.")
p(d, "**Centre Days.**")
rows = [["Day", "Title", "What participants do", "Host school"],
        ["CD1", "The law, policy and the SENCO",
         "The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the Disability Discrimination Act 2005 "
         "and the disability equality duty, and what a school must do under them; Every Child Matters and the "
         "Children Act 2004 and the SENCO's part in the five outcomes; the Bercow Review (2008). Participants map "
         "their school's policy against the Code.", "Saxonbury Park High"],
        ["CD2", "What research and inspection tell us",
         "Led by Dr Cresswell: Ofsted's reports Special educational needs and disability: towards inclusive schools "
         "(2004) and Inclusion: does it matter where pupils are taught? (2006); research on the deployment of "
         "teaching assistants; reading research critically and using it to change colleagues' practice.", ""],
        ["CD3", "Families first",
         "Co-led by the Parent Partnership Service and a parent governor: building fair and respectful relationships "
         "with pupils and families; difficult conversations; planning a parents' review meeting.", "Brockhurst Primary"],
        ["CD4", "Understanding needs",
         "Behavioural, emotional and social difficulties, dyslexia and other specific learning difficulties, speech, "
         "language and communication needs, autism and moderate learning difficulties, using the Inclusion "
         "Development Programme; identifying pupils, setting targets, planning and reviewing interventions; "
         "assessment for learning for pupils with SEN and helping colleagues use it; ICT that removes barriers.", ""],
        ["CD5", "Working with other services",
         "Educational psychologists, speech and language therapists, CAMHS and the two voluntary organisations: what "
         "each does and how to get their help; using their assessments to plan teaching; case clinics in which "
         "participants work through a problem from their own school.", "Kingsmead High"],
        ["CD6", "Leading colleagues",
         "Gaining the commitment of the head, senior leaders and staff; working with governors on inclusive policy, "
         "priorities and resources; deploying and managing teaching assistants; observing and giving feedback, "
         "coaching and leading staff training.", "Ferrers Green"],
        ["CD7", "Data, provision mapping and self-evaluation",
         "RAISEonline, national test results and P scales to track progress; provision mapping to plan provision and "
         "find what is ineffective or missing; reviewing provision with colleagues and writing the SEN section of "
         "the school's self-evaluation.", ""],
        ["CD8", "Enquiry presentations", "Participants present their Practitioner Enquiries to the cohort, mentors "
         "and heads.", "St Hilda's CE Primary"]]
t = table(d, rows, widths=[1.2, 3.3, 9.5, 2.8])
# vertical merges in host column
for a, b in ((1, 2), (4, 5), (6, 7)):
    c = t.cell(a, 3).merge(t.cell(b, 3))
comment(d, t.cell(2, 2).paragraphs[0].runs[0], "Check the date of the TA deployment research before it goes in. HO",
        author="Harriet Okafor", initials="HO")

p(d, "")
p(d, "**Assessment.**")
table(d, [["Task", "Module", "What the participant does", "Marked by"],
          ["Task 1 Policy and Practice Review (4,000 words)", "SB1",
           "Reviews the school's SEN policy and practice against the law and the Code of Practice, including how the "
           "school builds relationships with pupils and families and works with parents and carers.", "Link Tutor; second marking by sample"],
          ["Task 2 Provision Map Audit and Briefing", "SB1",
           "Audits the school's provision map, identifies ineffective or missing provision and the use of teaching "
           "assistants, and presents proposals to the senior leadership team or governors; leads one staff training "
           "session. The briefing and the session are observed by the Link Tutor and the Professional Mentor.",
           "Link Tutor and Professional Mentor"],
          ["Task 3 Practitioner Enquiry (6,000 words)", "SB2",
           "Plans, leads and evaluates a change in the school's provision, drawing on research and on other "
           "professionals' assessments (see S9).", "Link Tutor; every script second-marked"]],
      widths=[4.0, 1.4, 8.5, 3.0])
p(d, "")
p(d, "**The Award rule.** Participants who pass Tasks 1, 2 and 3, each at 40 per cent or above on the University's "
     "Masters level scale, are recommended by the Examination Board to the University for the Award. A participant "
     "who fails a task may resubmit it once.")

# ---------------- Part H
p(d, "")
p(d, "PART H - OUTCOME CHECK (working group, November 2008)", bold=True, size=11)
p(d, "The working group (the Programme Leader, one Link Tutor and two heads) went through the national outcomes one by "
     "one and recorded, in our own words, where each is worked on and where it is checked.")
rows = [["", "What the Award expects of a SENCO", "Worked on", "Checked in"],
        ["BEING A SENCO", None, None, None],
        ["1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "CD3", "Task 1"],
        ["2", "Wins the commitment of colleagues, the head and senior leaders to better outcomes for pupils with SEN", "CD6", "Task 2 (briefing to senior leaders)"],
        ["3", "Plans their time, prioritises and delegates well", "Weekly Reviews", "Evidence Folder"],
        ["4", "Sees problems coming, solves them and makes sound decisions about provision", "CD5 (case clinics)", "Task 2"],
        ["5", "Communicates clearly in speech and writing; listens to others' views", "All Centre Days", "Tasks 1 and 3 (writing); Task 2 (briefing)"],
        ["6", "Uses research and outside advice to improve their own and colleagues' practice", "CD2", "Task 3"],
        ["7", "Keeps up to date and takes charge of their own CPD", "ITP; Weekly Reviews", "Evidence Folder"],
        ["KNOWING", None, None, None],
        ["8", "Knows SEN law and the Code of Practice, what they mean for the school and how to apply them", "CD1", "Task 1"],
        ["9", "Knows Every Child Matters and the SENCO's part in the five outcomes", "CD1", "Task 1"],
        ["10", "Knows disability equality law and what it requires the school to do", "CD1", "Task 1"],
        ["11", "Knows the common types of SEN and disability (BESD, dyslexia and other SpLD, SLCN, ASD, MLD) and how they affect learning", "CD4", "Task 3"],
        ["12", "Understands critically the approaches and resources, including ICT, for assessment, planning and teaching", "CD4", "Task 3"],
        ["13", "Understands school self-evaluation and how it links to outcomes for pupils with SEN", "CD7", "Task 2"],
        ["14", "Knows best practice and what research has found", "CD2", "Task 3"],
        ["15", "Knows what outside agencies do and how to get their support", "CD5", "- (not separately assessed)"],
        ["DOING", None, None, None],
        ["16", "Works with senior colleagues and governors to shape an inclusive ethos, policy, priorities and use of resources", "CD6", "Task 2"],
        ["17", "Identifies pupils, sets challenging targets, plans and reviews interventions", "CD4", "Task 2"],
        ["18", "Uses other professionals' assessments to shape teaching", "CD5", "Task 3"],
        ["19", "Uses national test results and other summative data to track progress and change programmes", "CD7", "Task 2"],
        ["20", "Helps colleagues develop formative assessment for pupils with SEN", "CD4", "-"],
        ["21", "Access arrangements for tests and examinations", "Not in the Award (see W5)", "-"],
        ["22", "Uses provision mapping to plan provision and find what is ineffective or missing", "CD7", "Task 2"],
        ["23", "Deploys and manages support staff", "CD6", "Task 2"],
        ["24", "Develops colleagues: observes and gives feedback, models, coaches and trains", "CD6", "Task 2 (staff session, observed)"],
        ["25", "Reviews provision with colleagues to feed the school's self-evaluation", "CD7", "Task 2"],
        ["26", "Involves pupils in planning and reviewing their provision", "Weekly Reviews", "[to be confirmed]"],
        ["27", "Works with parents and carers", "CD3", "Task 1"],
        ["28", "Works with other services and agencies, including voluntary organisations", "CD5", "Evidence Folder"]]
t = table(d, rows, widths=[0.9, 9.6, 3.2, 3.4])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t, i, r[0], fill="D9E2F3")
row26 = [i for i, r in enumerate(rows) if r[0] == "26"][0]
comment(d, t.cell(row26, 3).paragraphs[0].runs[0], "Harriet to confirm how this is checked - Task 1?", author="Kwame Osei", initials="KO")
deleted_row(t, ["-", "Understands how children develop and how SEN, disability and the environment affect development",
                "CD4", "Task 3"], author="Harriet Okafor")
_tr = t.rows[-1]._tr
t._tbl.remove(_tr)
t.rows[[i for i, r in enumerate(rows) if r[0] == "10"][0]]._tr.addnext(_tr)

p(d, "")
p(d, "Record agreed by the Strategic Board, 14 October 2008. Parts G and H added 18 November 2008. "
     "Signed: [Chair of the Strategic Board]   Date: ____________")

d.save(str(OUT))
print("wrote", OUT.name)
