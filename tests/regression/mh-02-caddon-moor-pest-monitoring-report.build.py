"""mh-02-caddon-moor-pest-monitoring-report

Provider (invented): the Preparators' Workshop of Caddon Moor Museum, a natural
history museum's preparation, taxidermy and conservation workshop that trains
preparators and conservators, applying with Northmoor University's Faculty of
Education to run the National Award for SEN Coordination from 2009.

Document kind and layout: the application is written as the Workshop's
Integrated Pest Management (IPM) quarterly monitoring report, the report its
Collections Care team writes every quarter on the museum's insect traps. Word
heading styles (Heading 1 and 2) with numbered sections: Summary, Scope and
method, Recording conventions, The site, Monitoring rounds, Trap check sheet,
Actions and recommendations, Quality and audit, Distribution. The Workshop's
vocabulary: Zones A, B and C (the three modules), Rounds 1-9 (study days), Traps
T1-T4 (assessed tasks), the Site (the participant's school), the Site Survey
(needs assessment), Site Stewards (school mentors), Collections Care Officers
(tutors), the Online Logbook (Moodle). A document-control table with a merged
cell, a header and footer, footnotes, three Word comments, a VML text box
("SIGHTING OUTSIDE THE MONITORED AREA"), tracked changes (an inline deletion
and insertion of the credit sentence), and "[TBC]" placeholders.

The catch codes ("Caught (Tn)", "Visual inspection only", "Not surveyed") are
defined in section 3, Recording conventions, far above the Trap Check Sheet in
section 6 that uses them.

Traps (requirement ids):
- "60 credits at Level 7" deleted and "45 credits at Level 7 and 15 credits at
  Level 6" inserted in a tracked change (E.2 partial).
- Research only "current research and thinking", nothing named (1.3 partial).
- Outcomes "Visual inspection only" are formative, so assessment is not against
  all outcomes (1.9 partial).
- The Site Survey is used to plan the group's Rounds, not an individual plan or
  personalised outcomes (2.2 partial).
- Every participant follows the same Rounds and Traps; cost stated (2.4 partial).
- Assessment-only route is Northmoor University's own SENCO Award, another
  provider's programme, given in a text box (2.3 not met).
- Equality is a value statement and a ramp (3.1 partial).
- Stakeholders evaluated the 2007 pilot (past) and future involvement is only
  hoped for (4.3 not met); 4.1 and 4.2 met from the consultation.
- Entry only QTS and a headteacher's letter (5.2 partial).
- Resources are the participants' own schools' and the Museum library
  (5.6 partial).
- Moderation "[TBC]"; second marking of a sample exists; a comment's offer of
  LA co-moderation is not evidence (5.8 partial).
- Candidates' CRB checks verified by the Registrar (5.3 met); the header's
  "all outcomes caught" claim is a header, not evidence.
- 6.A2, 6.A4, 6.K7, 6.S5 "Visual inspection only" (partial). 6.S6 "Caught (T4)"
  but footnote 3 says the T4 review section carries no marks (partial).
  6.K3 "Not surveyed" (not met). 6.S1 has no row and is nowhere in the Rounds
  (not met).
- Met despite vocabulary: 3.3 (the Online Logbook), 2.5 (the Re-inspection
  Round), 6.0 (award only when every outcome is caught on the Trap Check Sheet).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _mh_helpers import *

OUT = Path(__file__).with_name("mh-02-caddon-moor-pest-monitoring-report.docx")
doc = new_doc("Calibri", 11)
header_footer(doc, "Caddon Moor Museum | Collections Care | IPM Report Q3 2008 | All outcomes caught",
              "Issue 2, 21 October 2008. Uncontrolled when printed. Caddon Moor Museum, Moor Road, Caddon.")
fn = Footnotes(doc)
H1 = lambda t: doc.add_heading(t, level=1)
H2 = lambda t: doc.add_heading(t, level=2)

doc.add_heading("Integrated Pest Management: Quarterly Monitoring Report", level=0)
para(doc, "Preparators' Workshop, Caddon Moor Museum, with the Faculty of Education, Northmoor University", italic=True)
para(doc, "Quarter 3, July to September 2008. This issue is our application to the TDA for approval to run the "
          "National Award for SEN Coordination.", italic=True)

t = table(doc, [
    ["Document control", None, None],
    ["Report no.", "IPM/08/Q3", "Issue 2"],
    ["Prepared by", "Kirsty Aldous, Senior Collections Care Officer (Education)", "21.10.08"],
    ["Checked by", "Dr Martin Feeney, Keeper of Preparation", "22.10.08"],
    ["Partner", "Faculty of Education, Northmoor University", ""],
])
merge(t, 0, 0, 0, 2, text="Document control", bold=True, fill="C6E0B4")

H1("1 Summary")
p = para(doc, "The Preparators' Workshop has trained museum preparators, taxidermists and conservators for "
              "more than forty years. Since 1999 its Collections Care Officers have also run the museum's "
              "learning programme for special schools and, from 2006, a short course for teaching assistants. "
              "The Award course is validated by Northmoor University's Faculty of Education, whose validation "
              "event on 9 October 2008 approved it without conditions. It carries ")
tracked_inline(p, "del", "60 credits at Level 7", author="K. Aldous")
tracked_inline(p, "ins", "45 credits at Level 7 and 15 credits at Level 6", author="K. Aldous")
p.add_run(", and runs part time over one academic year.")
para(doc, "The aim of the Award course is to raise the achievement and well-being of pupils with SEN and "
          "disabilities in every participant's school, across all five Every Child Matters outcomes: being "
          "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
          "well-being. Each participant is assessed on what they change in their own school and on the "
          "difference it makes to pupils' progress and well-being, measured in Trap T2.")

H1("2 Scope and method")
para(doc, "An IPM report covers the monitored areas of a site, the rounds on which they were inspected and "
          "what the traps caught. We have kept that order. In this issue:")
for a, b in [("Zones", "are the three modules of the Award course: Zone A Survey (15 credits), Zone B Control "
                       "(30 credits) and Zone C Prevention (15 credits)."),
             ("Rounds", "are the nine study days, Rounds 1 to 9, held on Fridays in the Workshop's Learning Room."),
             ("Traps", "are the four assessed tasks, T1 to T4, each set in the participant's own school."),
             ("The Site", "is the participant's school; the Site Steward is the school-based mentor, normally a "
                          "deputy or assistant headteacher."),
             ("Collections Care Officers", "are the course tutors.")]:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, (a, "b"), " " + b)
para(doc, "The Award course reflects current research and thinking on special educational needs.")

H2("2.1 Why a preparation workshop")
para(doc, "Our own trainees learn a craft by working beside an experienced preparator, keeping a record of every "
          "specimen and having that record checked. We have built the Award course the same way: each "
          "participant works in their own school between Rounds, keeps a record of what they did and why, and "
          "has it checked by a Collections Care Officer who has done the job. Three of our Officers have been "
          "SENCOs, and the learning team has worked with every special school in the county through the "
          "museum's handling sessions, where pupils with profound and multiple learning difficulties, autism "
          "and sensory impairments handle skins, skulls and casts with their teachers.")
para(doc, "The Workshop's Learning Room and handling collection are used for the Rounds. Participants do not "
          "handle historic specimens.")

H1("3 Recording conventions")
para(doc, "On the Trap Check Sheet in section 6 every national minimum outcome is given one of three entries. "
          "These are the conventions of our pest reports, kept with their Award course meaning:")
for a, b in [("Caught (Tn)", "the outcome is worked on in the Zone and Round shown and is marked in Trap Tn "
                             "against the published criteria."),
             ("Visual inspection only", "the outcome is worked on in the Round shown and the Collections Care "
                                        "Officer comments on it in a tutorial, but it is not marked in any Trap."),
             ("Not surveyed", "the outcome is not part of the Award course in 2009.")]:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, (a, "b"), ": " + b)

H1("4 The site")
H2("4.1 Who the course is for and how they join")
para(doc, "Applicants must hold QTS and send a letter from their headteacher confirming that they are, or will "
          "become, the school's SENCO and that the school will release them for the Rounds.")
para(doc, "Before an offer is confirmed the Museum's Registrar writes to the headteacher of each candidate's "
          "school for the date and number of the candidate's enhanced CRB disclosure and a statement that the "
          "school has made the List 99 check and taken up references. The Registrar records these in the "
          "course register, and no candidate attends Round 1 until the record is complete; where a disclosure "
          "is more than three years old the Registrar asks the school to renew it.")
H2("4.2 Prior learning")
para(doc, "Candidates who hold credits at Level 7 in SEN or inclusion from Northmoor or another university may "
          "apply through the University's recognition of prior learning procedure for up to 20 credits, to be "
          "set against Zone A. Experienced candidates without credits may submit a claim based on their "
          "experience, supported by a portfolio, which a Collections Care Officer and the University's "
          "programme leader assess against Zone A's outcomes.")
text_box(doc, [
    ("SIGHTING OUTSIDE THE MONITORED AREA", True),
    ("Candidates who want to be assessed without taking the course are referred to Northmoor University's own "
     "SENCO Award, which runs an assessment-only route for experienced teachers.", False),
], height_pt=70)
H2("4.3 The Site Survey")
para(doc, "Before Round 1 each participant completes the Site Survey, a self-audit against the national "
          "minimum outcomes, with their Site Steward. The Collections Care Officers read all the Site Surveys "
          "together and use them to plan the group's Rounds, giving more time in Zone B to the outcomes the "
          "group rates lowest. Every participant follows the same nine Rounds and the same four Traps.")
H2("4.4 Access")
para(doc, "The Museum is committed to equality of opportunity, and its Equality Scheme applies to all courses. "
          "The Learning Room is reached by a ramp from the car park.")

H2("4.5 Activity this quarter")
para(doc, "In the quarter we received 27 expressions of interest for the first September group, 19 of them from "
          "primary schools and four from special schools. Twelve headteachers have already sent letters. We "
          "expect a first group of sixteen and a February group of about twelve. Most applicants have been "
          "SENCO for less than two years; five were appointed this term. Eight work in schools with fewer than "
          "150 pupils, where the SENCO is also a class teacher, and two are deputy headteachers who have taken "
          "on the role. These figures have shaped the size of the Logbook groups, which we have set at five so "
          "that each group can include someone from a small school and someone from a larger one.")
para(doc, "During the quarter the Officers also visited six of the applicants' schools to see how SEN provision "
          "is organised in small schools, and trialled the Site Survey with four SENCOs from the cluster. Their "
          "comments shortened it from 62 to 40 questions and added examples to each outcome.")

H1("5 Monitoring rounds")
para(doc, "Rounds run from 9.30 to 4.00. Between Rounds each participant completes a task in school and posts it "
          "to the Online Logbook, the course's Moodle area, where a Collections Care Officer responds within a "
          "week and the participants in each Logbook group of five comment on one another's work. The Officers "
          "hold an online tutor hour every Wednesday evening, and Site Stewards receive the Round notes and each "
          "task by e-mail through the Logbook so that school and course stay in step.")
para(doc, "There are two start points, September and February. Rounds 3 and 6 can be taken online through the "
          "Logbook by participants who cannot travel, and a participant who misses a Round may take it with "
          "the next group.")
rounds = [
    ("Round 1 (Zone A): the law and the SENCO.", "The SEN Code of Practice and the school's duties under it; "
     "the role of the SENCO; Every Child Matters, its five outcomes and the SENCO's part in achieving them; "
     "national initiatives including the Inclusion Development Programme."),
    ("Round 2 (Zone A): knowing the needs.", "How children develop and how SEN, disability and the physical "
     "and social environment affect development; the most common types of SEN (behavioural, emotional and "
     "social difficulties, specific learning difficulties including dyslexia, speech, language and communication "
     "needs, autism, moderate learning difficulties) and their effect on learning."),
    ("Round 3 (Zone A): finding and tracking.", "Identifying pupils from observation, data and monitoring; "
     "setting challenging targets and planning interventions; using the reports of psychologists, therapists "
     "and advisory teachers; using summative data including end of key stage tests to track pupils and change "
     "programmes; identifying early the access arrangements pupils need for tests and examinations and "
     "putting them in place with colleagues; helping colleagues develop formative assessment."),
    ("Round 4 (Zone B): pupils and families.", "Relationships with pupils and their parents or carers; "
     "listening to pupils through structured pupil conversations and involving them in planning and reviewing "
     "their own provision; liaising with parents, including difficult conversations."),
    ("Round 5 (Zone B): what works.", "Approaches, strategies and resources for assessment, planning, teaching "
     "and learning, ICT among them, and their evidence; best practice and research in meeting SEN; using "
     "research and external advice to improve one's own and colleagues' practice; keeping up to date."),
    ("Round 6 (Zone B): provision.", "Provision mapping and management; finding provision that is missing or "
     "not working; deploying and managing teaching assistants; prioritising the SENCO's own work and "
     "delegating."),
    ("Round 7 (Zone B): leading colleagues.", "Advising and supporting class teachers and other staff, and "
     "working with colleagues in other schools and services; gaining the commitment of the headteacher and "
     "senior leaders; coaching, observation and feedback, and running staff training; making decisions on "
     "provision and resolving problems."),
    ("Round 8 (Zone C): beyond the school.", "The scope and role of external agencies and voluntary "
     "organisations, and how to obtain specialist support and resources; working in partnership with them; "
     "self-evaluation and school improvement in relation to SEN; reviewing provision with other staff."),
    ("Round 9 (Zone C): re-inspection.", "Participants present their Trap T4 review. In the afternoon each "
     "participant drafts professional targets for the following year using the Workshop's Next Season planner, "
     "discusses them with a Collections Care Officer, and takes them back to agree with their headteacher or "
     "line manager at their next performance management review."),
]
for h, txt in rounds:
    p = doc.add_paragraph()
    runs(p, (h, "b"), " " + txt)
H2("5.0 A typical Round")
t = table(doc, [
    ["Time", "Activity", "Led by"],
    ["9.30", "Reports back on the school task set at the last Round, in Logbook groups", "Participants"],
    ["10.15", "Input on the Round's theme, with case material from local schools", "Collections Care Officer"],
    ["11.30", "Visiting specialist session", "Visiting specialist"],
    ["1.30", "Workshop: applying the theme to each participant's school", None],
    ["3.15", "The school task for the next Round is set and planned", None],
])
merge(t, 4, 2, 5, 2, text="Collections Care Officer with Site Steward notes")
para(doc, "Each Round's notes, slides and reading are posted to the Online Logbook the same evening.")

H2("5.1 Traps")
p = para(doc, "Trap T1, Baseline (Zone A, 3,000 words): an account of SEN in the participant's school against the "
              "Code of Practice and Every Child Matters, with an analysis of how pupils are identified, using "
              "other professionals' assessments and the school's summative data, the access arrangements made "
              "for the last national tests, and a typology of the needs in the school and how the pupils' development has been affected by them.")
para(doc, "Trap T2, Intervention Log (Zone B, 5,000 words): the participant plans and runs an intervention for a "
          "group of pupils, chosen from the research, and reports it. Before the intervention the participant "
          "takes baseline measures of the pupils' attainment and well-being; after it and again a term later "
          "they measure them again. T2 assesses relationships with pupils and parents, pupils' involvement in "
          "their own plans, the choice of approaches and resources, provision mapping, the deployment of "
          "staff, how the participant managed their own time and delegated tasks, the use of research and keeping up to date, and how the participant helped colleagues with "
          "formative assessment.")
para(doc, "Trap T3, Case Study (Zone C, 2,000 words and a 15-minute presentation): one pupil, their family and "
          "the agencies involved, assessing liaison with parents, partnership with other services and "
          "voluntary organisations, clarity in writing and speech, and listening to others' views.")
p = para(doc, "Trap T4, Review (Zone C, 2,000 words): a review of SEN provision carried out with colleagues, "
              "presented on Round 9.")
fn.add(p, "The Review section of T4, in which the participant records the review with colleagues, is read by the "
          "Collections Care Officer and discussed at Round 9; the marks for T4 are given for the action plan only.")

H1("6 Trap check sheet")
para(doc, "Entries follow the conventions in section 3.")
rows = [
    ["Code", "What the SENCO can do", "Zone / Round", "Catch"],
    ["A", "Attributes", None, None],
    ["A1", "Fair, supportive relations with pupils, parents, carers", "B / 4", "Caught (T2)"],
    ["A2", "Gains the head's and senior leaders' commitment", "B / 7", "Visual inspection only"],
    ["A3", "Prioritises, manages time, delegates", "B / 6", "Caught (T2)"],
    ["A4", "Resolves problems, sound judgements on provision", "B / 7", "Visual inspection only"],
    ["A5", "Clear in speech and writing; listens", "C / 8", "Caught (T3)"],
    ["A6", "Uses research and outside advice", "B / 5", "Caught (T2)"],
    ["A7", "Keeps up to date; owns their CPD", "B / 5", "Caught (T2)"],
    ["K", "Knowledge", None, None],
    ["K1", "SEN law, guidance, Code of Practice", "A / 1", "Caught (T1)"],
    ["K2", "Every Child Matters", "A / 1", "Caught (T1)"],
    ["K3", "Disability equality law", "-", "Not surveyed"],
    ["K4", "How children develop", "A / 2", "Caught (T1)"],
    ["K5", "Common types of SEN", "A / 2", "Caught (T1)"],
    ["K6", "Approaches, strategies, resources, ICT", "B / 5", "Caught (T2)"],
    ["K7", "Self-evaluation and improvement", "C / 8", "Visual inspection only"],
    ["K8", "Best practice and research", "B / 5", "Caught (T2)"],
    ["K9", "External agencies", "C / 8", "Caught (T3)"],
    ["S", "Skills", None, None],
    ["S2", "Identifies, sets targets, plans, reviews", "A / 3", "Caught (T1)"],
    ["S2a", "Uses other professionals' assessments", "A / 3", "Caught (T1)"],
    ["S2b", "Uses summative data to track", "A / 3", "Caught (T1)"],
    ["S2c", "Helps colleagues with formative assessment", "A / 3", "Caught (T2)"],
    ["S2d", "Arranges access for tests and examinations", "A / 3", "Caught (T1)"],
    ["S3", "Provision mapping", "B / 6", "Caught (T2)"],
    ["S4", "Deploys and manages staff", "B / 6", "Caught (T2)"],
    ["S5", "Coaches and trains colleagues", "B / 7", "Visual inspection only"],
    ["S6", "Reviews provision with staff", "C / 8", "Caught (T4)"],
    ["S7", "Involves pupils in their provision", "B / 4", "Caught (T2)"],
    ["S8", "Liaises with parents and carers", "B / 4", "Caught (T3)"],
    ["S9", "Works with other services and voluntary bodies", "C / 8", "Caught (T3)"],
]
t = table(doc, rows, header_fill="C6E0B4")
for i, r in enumerate(rows):
    if r[2] is None and r[0] in ("A", "K", "S"):
        merge(t, i, 0, i, 3, text=f"{r[0]}  {r[1]}", bold=True, fill="EDEDED")
s6 = [i for i, r in enumerate(rows) if r[0] == "S6"][0]
fn.add(t.cell(s6, 3).paragraphs[0], "See note on Trap T4 in section 5.1.")
c = doc.add_paragraph()
runs(c, ("Award. ", "b"), "The Award is made only to participants whose Trap Check Sheet shows every national "
     "minimum outcome caught. The Collections Care Officer signs each entry when the Trap that assesses it is "
     "passed, and the University's examination board checks the signed sheet before confirming the Award.")

H1("7 Actions and recommendations")
H2("7.1 What the consultation found")
para(doc, "Between January and April 2008 we consulted the Caddon and Northmoor authorities, the Caddon Moor "
          "SENCO cluster (38 SENCOs), eleven headteachers, the Caddon Parent Partnership Service and the local "
          "branch of the National Autistic Society. We used a questionnaire, two focus groups and the "
          "authorities' data on SENCO turnover. They told us that new SENCOs need most help with leading "
          "teaching assistants, with data, and with families of pupils with autism, and that Friday study days "
          "suit schools better than twilight sessions.")
para(doc, "As a result we moved the Rounds to Fridays, gave Round 6 to provision mapping and teaching "
          "assistants at the cluster's request, added autism case material to Round 4 and Trap T3 after the "
          "National Autistic Society's comments, and changed T1 from an essay to a school baseline because "
          "headteachers asked for work their schools could use.")
H2("7.2 Stakeholders in evaluation")
para(doc, "Headteachers and the Parent Partnership Service took part in evaluating the 2007 pilot of Zone A. We "
          "hope that schools and the authorities will help us evaluate the Award course in future years.")
H2("7.3 Cost and value")
para(doc, "The fee is £1,250 for the year, including all materials. Both authorities fund half the fee for "
          "their own SENCOs. The course gives participants effective professional development: every Round is "
          "followed by a task in their own school and every Trap asks them to change practice there and show "
          "what it did for pupils.")

H2("7.4 Risks and contingencies")
t = table(doc, [
    ["Risk", "Likelihood", "What we do"],
    ["A participant's school cannot release them for a Round", "Medium", "The Round is taken with the next group, "
     "or online for Rounds 3 and 6"],
    ["A Site Steward leaves the school", "Medium", "The headteacher names a replacement, who is briefed by "
     "telephone within a fortnight"],
    ["A participant falls behind with a Trap", "Medium", "An extension of up to four weeks, agreed with the "
     "programme leader"],
    ["A Collections Care Officer is unavailable", "Low", "Another Officer takes the Round; each Round has a "
     "written plan"],
])

H1("8 Quality and audit")
H2("8.1 Staff")
para(doc, "Kirsty Aldous (SENCO in a Caddon secondary school for nine years; MA Inclusive Education; Senior "
          "Collections Care Officer since 2006); Dr Samir Okafor (educational psychologist, Northmoor "
          "University; research on provision mapping); Janet Holroyd (former head of Caddon Moor Special "
          "School; advisory teacher for autism). Each has current practice in schools or the authority's "
          "services and attends the University's SEN research seminars.")
H2("8.2 Expertise and placements")
para(doc, "Participants spend two days on placement in Caddon Moor Special School or the authority's "
          "Language Unit, arranged by the Workshop with the host schools, with a focus agreed in advance and a "
          "short report to their Site Steward. The educational psychology service, the speech and language "
          "therapy team and the National Autistic Society contribute to Rounds 2, 4 and 8.")
H2("8.3 Resources")
para(doc, "Participants use the resources of their own schools, and may borrow from the Museum library.")
H2("8.4 Roles")
para(doc, "Collections Care Officers are inducted by the University's programme leader and work from the Award "
          "Handbook. Site Stewards attend a half-day briefing before Round 1 on their role in supporting tasks, "
          "observing the participant and confirming school-based evidence, receive the Site Steward's Guide, "
          "and are telephoned by a Collections Care Officer each term.")
H2("8.5 Marking and moderation")
p = para(doc, "Each Trap is marked by a Collections Care Officer against the published criteria, and a sample of "
              "one in four is second marked. Moderation: [TBC: moderation arrangements to be agreed with Northmoor "
              "University].")
comment(doc, p, "The LA adviser has offered to co-moderate T2 - put this in?", author="M. Feeney", initials="MF")
H2("8.6 Evaluation and impact")
para(doc, "We evaluate the course internally through participants' evaluations after each Round, the Officers' "
          "termly review and the Site Stewards' end-of-year questionnaire, and externally through the "
          "University's annual monitoring and its external examiner's report. The Keeper of Preparation chairs "
          "a review each July which sets the changes for the next year; the changes and their reasons are "
          "reported to participants in the next course handbook.")
para(doc, "To measure impact, participants rate their confidence against each outcome at the Site Survey and "
          "at Round 9, and Site Stewards rate their competence at the start and end of the year. The baseline "
          "and follow-up measures of pupils' attainment and well-being in Trap T2 are collected in an anonymous "
          "summary each year, so that we can report the progress made by pupils in participants' schools "
          "against the baseline.")
p = para(doc, "Every participant's T2 summary is kept for three years.")
comment(doc, p, "Do we need consent from schools for this?", author="K. Aldous", initials="KA")

H1("9 Distribution")
t = table(doc, [
    ["Copy", "Holder"],
    ["1", "Keeper of Preparation"],
    ["2", "Faculty of Education, Northmoor University"],
    ["3", "Training and Development Agency for Schools"],
    ["4", "[Name of LA link officer], Caddon County Council"],
])
p = para(doc, "Next report: Q4 2008, due 20 January 2009.", italic=True)
comment(doc, p, "Remove before sending to the TDA.", author="M. Feeney", initials="MF")

fn.finish()
doc.save(OUT)
print(OUT.name, words(OUT), "words")
