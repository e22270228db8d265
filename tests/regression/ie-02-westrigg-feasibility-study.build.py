"""ie-02-westrigg-feasibility-study: a feasibility study sent as the application.

Provider (invented): Westrigg County Council's Education Service for Travelling
Children (ESTC), the county's Traveller Education Service for Gypsy, Roma,
Traveller, Showground and Circus families and other mobile pupils, with Tolland
University's Faculty of Education, which validates and awards the credit.

Document kind and layout: the service's feasibility study for the council's
Children's Services Leadership Team (CSLT) on whether and how to run the
National Award, sent whole with the CSLT's decisions as an addendum. Executive
summary in a shaded text box; numbered heading-style sections (1 Purpose and
terms of reference ... 10 Recommendations); findings from the demand survey
and consultation in tables with stakeholders' verbatim words; four options
(A: buy places on Tolland's existing PGCert; B: partnership course, preferred;
C: the North Riding Consortium's online course; D: do nothing) and an
appraisal table with merged, shaded header cells; the preferred option in
detail (its own vocabulary: Strands, Gatherings, Casework CW1-CW3, the
Starting Conversation); a cost table; recommendations R1-R12; an appendix
"Outcome framework" in the service's own words ("Gathering | Casework
(assessed)"); the addendum of CSLT decisions (Agreed / Not agreed /
Deferred). Header and footer, a Word comment, tracked changes both ways.

Traps (requirement ids):
- E.2: "40 credits at Level 7 and 20 credits at Level 6" -> partially_met.
- Option A (another provider's course) has an assessment-only route,
  placements and a formative-assessment module; Option C (another body's
  online course) has forum tutors; neither was chosen (wrong context). The
  preferred option "has no online element" -> 3.3 not_applicable; the footer's
  "taught and online" is not evidence.
- 2.3 met: R7, agreed in the addendum, sets out an assessment-only route.
- 2.1: R12 (credit for prior experience) "Not agreed"; prior learning only
  "taken into account informally" -> partially_met.
- 4.3: R10 (a stakeholder reference group to evaluate) "Deferred" -> not_met.
- 3.1: only a general statement of compliance with the DDA and race equality
  duty -> partially_met.
- 1.3: only a general claim to reflect "the latest research" -> partially_met.
- 5.1: methods listed, nothing on how evidence is used -> partially_met.
- 5.6: assistive technology "subject to the outcome of" a bid -> partially_met.
- 5.7: tutors inducted, but guidance for school mentors "will be written"
  -> partially_met.
- 5.9: impact on pupils only hoped for -> partially_met.
- 6.0: a pass is an overall mark of 50% across the three pieces, with
  compensation -> partially_met.
- 5.3 met: the service itself sees the enhanced CRB disclosure and checks
  List 99 at entry.
- Outcome framework: K3's assessment "CW1" is a tracked deletion, leaving
  "Briefing only" (developed, not assessed) -> partially_met; S2d exists only
  in a tracked insertion, which counts -> met; S2b assessed in CW2 but no
  Gathering develops it -> partially_met; A5 "not separately assessed", S5
  "peer feedback only", S9 casework "(optional)" -> partially_met; no row for
  school self-evaluation (only the service's own self-evaluation, wrong
  context; a comment asks to add it) -> K7 not_met; formative assessment by
  colleagues only in Option A -> S2c not_met.
"""
from pathlib import Path

from _ie_helpers import (band, comment, dele, header_footer, ins, new_document, para, set_cell, shade, table,
                         textbox, word_count)

HERE = Path(__file__).resolve().parent
NAME = "ie-02-westrigg-feasibility-study"
SP = "Siobhan Price"
JK = "Jonathan Keel"
D1 = "2008-11-05T09:30:00Z"
D2 = "2008-11-07T16:05:00Z"

doc = new_document(font="Calibri", size=11)
header_footer(doc, "WESTRIGG COUNTY COUNCIL | Children's Services | Feasibility Study FS/08/03 | FINAL",
              "Westrigg Award: taught and online.")

para(doc, "A Westrigg Route to the National Award for SEN Coordination", "Title")
para(doc, "Feasibility study for the Children's Services Leadership Team", "Subtitle")
para(doc, "Prepared by the Education Service for Travelling Children (ESTC) with Tolland University Faculty of Education. "
          "Report author: Siobhan Price, Head of Service. Final version, 20 October 2008, with the Leadership Team's "
          "decisions of 3 November 2008 (Addendum).")

textbox(doc, [
    "**Executive summary**",
    "Westrigg has 231 primary and secondary schools and about 60 new SENCOs a year. Our survey found that 58 of the 94 "
    "SENCOs who replied have no SEN qualification and that schools with Gypsy, Roma and Traveller or Showground pupils on "
    "roll report the least confidence in identifying SEN among pupils whose schooling is interrupted.",
    "We looked at four ways of providing the National Award. We recommend Option B: a county course run by ESTC in "
    "partnership with Tolland University, which validates it and awards the credit. Option B scored highest on access, "
    "local relevance and cost per participant. Twelve recommendations follow in section 10; the Leadership Team's "
    "decisions on each are in the Addendum.",
], fill="E2EFDA")

para(doc, "1. Purpose and terms of reference", "Heading 1")
para(doc, "The Leadership Team asked ESTC in April 2008 to find out whether the county could provide the new National Award "
          "for SEN Coordination for its own SENCOs, and if so how. The terms of reference were: to estimate demand; to "
          "consult schools, SENCOs, families and children; to identify and appraise options; to set out the preferred option "
          "in enough detail for the Leadership Team to decide; and to estimate costs.")
para(doc, "ESTC is the county's service for Gypsy, Roma, Traveller, Showground and Circus families and other mobile pupils. "
          "Its twelve teachers and six family liaison workers work with 1,100 pupils in 140 schools and on 19 sites and "
          "winter quarters. We were asked to lead this study because much of our work is already with SENCOs: one in four of "
          "the pupils we support has identified special educational needs.")

para(doc, "2. Method", "Heading 1")
para(doc, "We ran an online and paper survey of all SENCOs and headteachers (June 2008); held four focus groups with SENCOs "
          "(36 people); interviewed eleven headteachers; held two family evenings with the help of ESTC liaison workers (42 "
          "parents and carers, most of them Gypsy, Traveller or Showground families); and talked with 23 pupils with SEN, aged 9 "
          "to 15, in three schools, using a picture-card activity. We also met Tolland University, the North Riding Consortium "
          "and the Westrigg Parent Partnership Service.")

para(doc, "3. What we found: demand and need", "Heading 1")
table(doc, ["Who", "What they told us", "What it means for the course"], [
    ["SENCOs (survey, 94 replies; focus groups)",
     "\"I was given the job in September with a folder and a good luck card.\" Most wanted help with the Code of Practice, "
     "managing teaching assistants, provision mapping and dealing with other agencies. 71% said they could not be out of "
     "school for more than one day a month.",
     "Study days no more than monthly; content weighted to law, provision and agencies."],
    ["Headteachers (survey, interviews)",
     "Heads wanted SENCOs who can \"hold their own in the leadership team\" and who can deploy TAs. Several said courses "
     "\"never come north of the river\".",
     "Leadership running through the course; a venue in the north of the county."],
    ["Parents and carers (family evenings)",
     "Families said schools explain SEN by letter and they would rather be told face to face; several did not know what "
     "School Action meant.",
     "Working with parents as a strand in its own right."],
    ["Pupils (picture-card activity)",
     "Pupils wanted teachers to \"ask me what helps\" and to stop \"starting me again\" each time they changed school.",
     "Consulting pupils about their provision to be practised and assessed."],
    ["Tolland University", "Willing to validate a county course at masters level; has capacity for one cohort a year.",
     "Partnership is practical."],
], widths=[3.5, 8.5, 5])
para(doc, "We estimate demand at 30-40 new SENCOs a year in Westrigg, with further interest from two neighbouring authorities.")

para(doc, "4. Options considered", "Heading 1")
para(doc, "**Option A: buy places on Tolland University's existing PGCert in Inclusive Practice.** The PGCert runs on the "
          "university campus on Wednesday afternoons. It has an assessment-only route for experienced specialist teachers, "
          "five-day placements in special schools, and a module in which participants coach colleagues in formative "
          "assessment for pupils with SEN. It is not designed around the National Award's outcomes and would need a "
          "supplementary module.")
para(doc, "**Option B: a county course run by ESTC with Tolland University (preferred).** Described in section 7.")
para(doc, "**Option C: the North Riding Consortium's online National Award.** The Consortium's course is wholly online, "
          "with forum tutors who reply within two working days, fortnightly web seminars and an e-portfolio. Westrigg "
          "participants would have no face-to-face contact and no local content.")
para(doc, "**Option D: do nothing.** SENCOs would find their own courses. Schools with mobile pupils would be the least likely to "
          "release staff to travel.")

para(doc, "5. Appraisal of options", "Heading 1")
t = table(doc, ["Criterion (weight)", "A", "B", "C", "D"], [
    ["", "", "", "", ""],
    ["Access for schools across the county (25)", "10", "22", "20", "5"],
    ["Local relevance, including mobile pupils (20)", "8", "19", "6", "0"],
    ["Fit to the National Award outcomes (25)", "15", "23", "21", "0"],
    ["Cost per participant (15)", "9", "12", "13", "15"],
    ["Deliverability in 2009 (15)", "14", "11", "13", "15"],
    ["Total (100)", "56", "87", "73", "35"],
], widths=[7, 2.5, 2.5, 2.5, 2.5])
band(t, 1, "Scores by the study group (ESTC, Tolland University, two SENCOs, one headteacher), 18 September 2008",
     fill="C6E0B4")
for j in range(5):
    shade(t.cell(7, j), "E2EFDA")

para(doc, "6. Our values", "Heading 1")
para(doc, "ESTC believes that every child, wherever they live and however often they move, has the right to a school that "
          "knows them, and that every SENCO can be the person who makes that happen. We believe good training changes "
          "children's lives.")

para(doc, "7. The preferred option in detail", "Heading 1")
para(doc, "7.1 Accreditation", "Heading 2")
para(doc, "Tolland University will validate the course as a Postgraduate Certificate: National Award for SEN Coordination, "
          "register participants as its students and confer the award. The course carries 60 credits: 40 credits at Level 7 "
          "and 20 credits at Level 6, the Level 6 credits being for Strand 1, which many participants take in their first "
          "term as SENCO.")
para(doc, "7.2 Aim and structure", "Heading 2")
para(doc, "The course aims to raise the achievement and improve the well-being of children and young people with SEN and/or "
          "disabilities, in all five Every Child Matters outcomes, by developing SENCOs who lead provision well in their "
          "schools. It has three Strands, each taught through Gatherings (study days held once a month, alternately at ESTC's "
          "base in Colbridge and at the Northside Centre in Harlow Bar) and each assessed by a piece of Casework carried out "
          "in the participant's own school. The course will draw on the latest research and inspection findings.")
para(doc, "The shape of the course comes from what we were told (section 3). Gatherings are monthly because SENCOs said "
          "they could not be out of school more often; the Northside Centre was added as a second venue because heads said "
          "courses never reach the north of the county; working with parents became part of Strand 2 after the family "
          "evenings; and the pupils' picture-card answers are why CW1 asks participants to involve the pupil in their "
          "targets. Two SENCOs and a headteacher sat on the study group that scored the options.")
t = table(doc, ["Strand", "Gatherings", "Casework (assessed)"], [
    ["Strand 1: The SENCO, the Law and the Child (20 credits, Level 6)",
     "G1 The SENCO role; the SEN Code of Practice; Every Child Matters\n"
     "G2 How children develop; interrupted schooling; the common types of SEN\n"
     "G3 Assessment and identification; using other professionals' assessments; consulting pupils",
     "CW1 Child Study (5,000 words)"],
    ["Strand 2: Planning and Reviewing Provision (20 credits, Level 7)",
     "G4 Provision mapping; targets and interventions\n"
     "G5 Working with families; working with agencies and voluntary organisations\n"
     "G6 Teaching approaches, resources and ICT; managing and deploying teaching assistants",
     "CW2 Provision Review (5,000 words)"],
    ["Strand 3: Leading SEN in the School (20 credits, Level 7)",
     "G7 Strategy and inclusive ethos with senior leaders and governors\n"
     "G8 Supporting colleagues: observation, coaching and training\n"
     "G9 Presenting the Leadership Enquiry; planning next steps",
     "CW3 Leadership Enquiry (4,000 words) and viva"],
], widths=[5, 8, 4])
para(doc, "The course runs two cohorts, one starting in September and one in January. A participant may take Strand 1 with "
          "one cohort and Strands 2 and 3 with the next, and may complete over eighteen months instead of twelve. The "
          "preferred option has no online element; all contact is face to face or by telephone.")

para(doc, "7.3 Entry and the Starting Conversation", "Heading 2")
para(doc, "Applicants must hold QTS and be SENCO, or be designated to become SENCO, in a Westrigg school; the headteacher "
          "countersigns the application and agrees release. Each applicant then has a Starting Conversation with a tutor "
          "before the first Gathering: they complete a self-audit against every national outcome beforehand, bring evidence "
          "from their practice, and agree with the tutor an Individual Learning Plan that sets out their personal outcomes "
          "(the national outcomes they most need to work on, and one of their own) and which Gathering tasks and reading they "
          "will concentrate on. The plan is reviewed at the end of each Strand. Applicants whose self-audit and conversation "
          "show they are not yet ready are offered a place on ESTC's termly SENCO Starter twilights and a further "
          "conversation in the next term, and the tutor writes to the headteacher to explain. Prior learning will be taken "
          "into account informally at the Starting Conversation.")
para(doc, "7.4 Safeguarding checks", "Heading 2")
para(doc, "At the Starting Conversation the tutor sees each applicant's enhanced CRB disclosure certificate, records its number "
          "and date on the ESTC admissions record, and checks the applicant against List 99 through the council's HR "
          "service. A disclosure more than three years old must be renewed through the employer before the first Gathering. "
          "No applicant is registered with the University until the record is complete.")
para(doc, "7.5 Assessment-only route", "Heading 2")
para(doc, "An experienced teacher from a specialist service who believes they already meet the outcomes may apply to be "
          "assessed without the taught course. They submit a portfolio mapped to every national outcome and the three "
          "pieces of Casework, and take the viva. The fee is £450.")
para(doc, "7.6 Assessment and the award", "Heading 2")
para(doc, "**CW1 Child Study.** The participant studies one pupil with SEN (often a pupil whose schooling has been "
          "interrupted), using classroom observation, data and the assessments of other professionals to identify needs, "
          "and builds a working relationship with the pupil and family. They consult the pupil about what helps them learn "
          "and involve the pupil in setting and reviewing their targets. The study is marked on the soundness of the "
          "participant's judgements and decisions about provision and on how they use the child's development and SEN to "
          "explain the pupil's learning.")
para(doc, "**CW2 Provision Review.** The participant maps provision for pupils with SEN in their school, identifies "
          "ineffective or missing provision, tracks pupils' progress using the school's summative data and national test "
          "results, and reviews the deployment and management of teaching assistants. They meet parents of at least three "
          "pupils to review provision with them, and may, optionally, include work with an outside agency.")
para(doc, "**CW3 Leadership Enquiry and viva.** The participant leads one improvement in SEN provision with the support of "
          "the headteacher and governors, over at least a term. The written enquiry must draw on research and external "
          "advice, show how the participant gained colleagues' commitment and managed their own time and delegated tasks, "
          "analyse the SEN law and Every Child Matters duties involved, and evaluate how the improvement was carried out. The viva tests the "
          "participant's knowledge of SEN law, approaches to teaching and learning, best practice, and the role of agencies, "
          "and ends with the participant's plan for their own CPD over the next two years, which they then agree with their "
          "line manager.")
para(doc, "Each piece of Casework is marked out of 100. A participant passes the course with an overall mark of 50% across "
          "the three pieces, provided no piece is below 40%.")

para(doc, "7.7 Staffing", "Heading 2")
table(doc, ["Name", "Role", "Background"], [
    ["Siobhan Price", "Course director", "Head of ESTC; MA Inclusive Education; former SENCO and deputy head"],
    ["Gareth Lee", "Strand 1 tutor", "ESTC Specialist Teacher; Dip SpLD; eight years teaching Traveller pupils with SEN"],
    ["Ruth Okafor", "Strand 2 tutor", "County SEN Adviser; former secondary SENCO; provision mapping trainer for National Strategies"],
    ["Dr Jonathan Keel", "University tutor, Strand 3", "Principal Lecturer in SEN, Tolland University; research on inclusion and mobility"],
], widths=[3.5, 4, 9.5])
para(doc, "Sessions on autism, speech and language, and behaviour are led by the Westrigg Autism Team, the NHS Speech and "
          "Language Therapy service and the Behaviour Support Service. Each participant spends two days with specialist "
          "staff: one day in a Westrigg special school or resource base, chosen to match their Child Study, and one day "
          "alongside an ESTC teacher or liaison worker on a site or in winter quarters.")

para(doc, "7.8 Equality", "Heading 2")
para(doc, "The course will comply with the Disability Discrimination Act 1995 and the race equality duty of the Race "
          "Relations (Amendment) Act 2000, and will be accessible to all.")

para(doc, "7.9 Resources", "Heading 2")
para(doc, "Participants will use Tolland University's library and electronic journals and ESTC's resource collection. Subject "
          "to the outcome of the Standards Fund bid in January 2009, a loan collection of assistive technology will be bought "
          "for participants to try in school.")

para(doc, "7.10 Tutors and mentors", "Heading 2")
para(doc, "All tutors attend Tolland University's induction for associate tutors, which covers Level 7 marking, the "
          "regulations and tutor responsibilities. Each participant will also have a school-based mentor, normally a member "
          "of the senior team. Guidance for school-based mentors will be written before the first cohort.")

para(doc, "7.11 Quality and moderation", "Heading 2")
para(doc, "Every piece of Casework is double-marked by an ESTC tutor and a University tutor; the University's external "
          "examiner moderates a sample of each task and every fail, and attends the examination board. Evaluation will use "
          "end-of-Gathering questionnaires, a participant focus group at the end of each cohort, and the University's annual "
          "monitoring report.")
para(doc, "We would hope to see the course improve outcomes for pupils with SEN in participants' schools over time. "
          "Participants complete a confidence self-rating against the outcomes at the Starting Conversation and again at the "
          "end of the course.")
para(doc, "7.12 Next steps for participants", "Heading 2")
para(doc, "G9 ends with a planning session: each participant uses the ESTC Next Steps planner to set two professional targets "
          "for the following year, which they take to their performance management review; the tutors explain routes on to "
          "Tolland University's MA in Inclusive Education.")

para(doc, "8. Costs", "Heading 1")
table(doc, ["Item (per cohort of 18)", "Cost £"], [
    ["Tutor time (ESTC and County SEN Adviser)", "14,400"],
    ["University validation, registration and external examiner", "7,200"],
    ["Venues and materials", "2,600"],
    ["Specialist services' sessions", "1,800"],
    ["Total", "26,000"],
    ["Cost per participant (Option A: £2,100; Option C: £1,350)", "1,444"],
], widths=[12, 5])
para(doc, "The fee to schools is £950, with the remainder met from the Standards Fund SEN and Disability allocation.")

para(doc, "8a. Implementation timetable", "Heading 2")
table(doc, ["When", "What", "Who"], [
    ["November 2008", "Leadership Team decision; collaborative agreement with Tolland University", "Head of ESTC; Director"],
    ["November 2008", "Application to the TDA for approval", "Head of ESTC"],
    ["December 2008", "Recruitment for the January cohort through the SENCO Forum and the heads' bulletin", "ESTC"],
    ["December 2008", "Starting Conversations for January applicants", "Strand tutors"],
    ["January 2009", "First Gathering (G1), Colbridge", "Course director"],
    ["June 2009", "First examination board at Tolland University", "University"],
    ["September 2009", "Second cohort starts; assessment-only route opens", "ESTC"],
], widths=[3.5, 9.5, 4])

para(doc, "9. Risks", "Heading 1")
para(doc, "The main risks are low recruitment in the first year, the University's capacity for a second cohort, and release "
          "of SENCOs from small schools. ESTC's own self-evaluation of its training work, which we complete each summer, "
          "will include the Award from 2009.")

para(doc, "10. Recommendations", "Heading 1")
table(doc, ["No.", "Recommendation"], [
    ["R1", "Adopt Option B, in partnership with Tolland University."],
    ["R2", "Run the course as described in section 7.2, with three Strands and nine Gatherings."],
    ["R3", "Offer two start points (September and January) and completion over 12 or 18 months."],
    ["R4", "Adopt the entry requirements and Starting Conversation in section 7.3."],
    ["R5", "Adopt the safeguarding checks in section 7.4."],
    ["R6", "Staff the course as in section 7.7."],
    ["R7", "Offer the assessment-only route in section 7.5."],
    ["R8", "Induct all tutors through the University and write guidance for school-based mentors."],
    ["R9", "Adopt the marking and moderation arrangements in section 7.11."],
    ["R10", "Set up a stakeholder reference group (two headteachers, two parents including a Traveller parent, two former "
            "participants and a pupil representative) to evaluate the course each year and advise on changes."],
    ["R11", "Add an online strand hosted on the Westrigg Learning Platform."],
    ["R12", "Award up to 20 credits for prior experiential learning through an APEL claim."],
], widths=[1.5, 15.5])

para(doc, "Sources used in the study", "Heading 2")
para(doc, "In preparing this study the study group read: the TDA's draft specification for the National Award (2008); "
          "Ofsted, Inclusion: does it matter where pupils are taught? (2006); Ofsted, Provision and support for Traveller "
          "pupils (2003); DCSF, The Inclusion of Gypsy, Roma and Traveller Children and Young People (2008); the Bercow "
          "Review interim report (2008); and Westrigg's own SEN and ESTC data for 2007-08. These informed the study's "
          "estimates of need; they are not a reading list for the course.")

# ---------------- APPENDIX: outcome framework
doc.add_page_break()
para(doc, "Appendix. Outcome framework", "Heading 1")
para(doc, "The national outcomes in our own words, with the Gathering that develops each one and the Casework in which it is "
          "assessed.")
rows = [
    ["", "", ""],
    ["Builds fair, respectful relationships with pupils with SEN and their families", "G3, G5", "CW1"],
    ["Wins the commitment of colleagues, the head and senior leaders", "G7", "CW3"],
    ["Prioritises, manages time, delegates", "G7", "CW3"],
    ["Solves problems, makes sound decisions about provision", "G4", "CW1"],
    ["Speaks and writes clearly; listens to others", "All Gatherings", "Not separately assessed"],
    ["Uses research and outside advice to improve practice", "G8", "CW3"],
    ["Keeps up to date; owns their CPD", "G9", "CW3 viva"],
    ["", "", ""],
    ["SEN law, the Code of Practice and how to apply them", "G1", "CW3"],
    ["Every Child Matters and the SENCO's part", "G1", "CW3"],
    ["Disability equality law and what it requires", "G1", ""],
    ["How children develop; the effect of SEN, disability and environment", "G2", "CW1"],
    ["The common types of SEN and how they affect learning", "G2", "CW1"],
    ["Approaches, strategies and resources including ICT", "G6", "CW3 viva"],
    ["Best practice and research in meeting SEN", "G8", "CW3 viva"],
    ["External agencies and getting specialist support", "G5", "CW3 viva"],
    ["", "", ""],
    ["Shapes strategy, ethos, policy and resources with senior leaders and governors", "G7", "CW3"],
    ["Identifies pupils, sets targets, plans interventions, reviews progress", "G3, G4", "CW1"],
    ["Uses other professionals' assessments", "G3", "CW1"],
    ["Uses summative data and national tests to track progress", "—", "CW2"],
    ["Provision mapping; finding ineffective or missing provision", "G4", "CW2"],
    ["Deploys and manages support staff", "G6", "CW2"],
    ["Supports colleagues' development: observation, coaching, training", "G8", "Peer feedback only"],
    ["Reviews provision with colleagues", "G4", "CW2"],
    ["Involves pupils in planning and reviewing their provision", "G3", "CW1"],
    ["Works with parents and carers", "G5", "CW2"],
    ["Works with other services and voluntary organisations", "G5", "CW2 (optional)"],
]
t = table(doc, ["Outcome (our words)", "Gathering", "Casework (assessed)"], rows, widths=[11, 3, 3])
band(t, 1, "Attributes", fill="C6E0B4")
band(t, 9, "Knowledge", fill="C6E0B4")
band(t, 19, "Skills", fill="C6E0B4")
# K3 row (index 12): assessment deleted, "Briefing only" inserted
p = t.cell(12, 2).paragraphs[0]
dele(p, "CW1", JK, D1, size=9)
ins(p, "Briefing only", JK, D1, size=9)
# S2 row (index 21): insertion that counts (exam access arrangements)
p = t.cell(21, 0).paragraphs[0]
ins(p, "; identifies in good time the access arrangements pupils need for national tests and examinations and puts them in "
       "place with colleagues", SP, D2, size=9)
p = t.cell(21, 2).paragraphs[0]
ins(p, " and CW2", SP, D2, size=9)
comment(doc, t.cell(18, 0).paragraphs[0].runs, "Should school self-evaluation go in here somewhere? SP", "Siobhan Price", "SP")

# ---------------- ADDENDUM
para(doc, "Addendum. Decisions of the Children's Services Leadership Team, 3 November 2008", "Heading 1")
t = table(doc, ["No.", "Decision", "Note"], [
    ["R1", "Agreed", "Collaborative agreement with Tolland University signed 10 November 2008."],
    ["R2", "Agreed", ""],
    ["R3", "Agreed", "First cohorts: January 2009 and September 2009."],
    ["R4", "Agreed", ""],
    ["R5", "Agreed", ""],
    ["R6", "Agreed", ""],
    ["R7", "Agreed", "From September 2009."],
    ["R8", "Agreed", ""],
    ["R9", "Agreed", ""],
    ["R10", "Deferred", "To be considered again in 2010 when the first cohort has finished."],
    ["R11", "Not agreed", "The Learning Platform cannot support course areas for adults until 2010."],
    ["R12", "Not agreed", "Prior learning will be taken into account informally at the Starting Conversation, but no credit "
                          "will be awarded for it."],
], widths=[1.5, 3, 12.5])
para(doc, "Signed: Director of Children's Services, for the Leadership Team.")

out = HERE / (NAME + ".docx")
doc.save(out)
print(out, word_count(doc), "words")
