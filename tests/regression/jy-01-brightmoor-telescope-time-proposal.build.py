"""jy-01-brightmoor-telescope-time-proposal

Provider (invented): the Schools Team of the Brightmoor Museum of Science and
Planetarium, with the University of Carrowmere (School of Education), which
validates the course. The two run the Carrowmere Observatory together, and the
Schools Team writes its application for the National Award for SEN Coordination
(2008-09) on the Observatory's own form for applying for telescope time,
"Form TAC-1: Proposal for Observing Time", proposal 09A-017, for Semesters
2009A and 2009B.

Document kind and layout: an astronomical observing-time proposal. A cover
field table (merged cells, shaded labels), then the form's twelve numbered
sections (Heading 2 titles "1 Abstract", "2 Scientific justification", ...
"12 Publications"), each opening with the form's grey italic prompt left in.
The course's own vocabulary: participants are "observers", study days are
"Nights" (N1-N10, each run on a Tuesday twilight and repeated on a Saturday),
school-based practical tasks are "Site Runs" (SR1-SR3), school mentors are
"Site Astronomers", tutors are "Support Astronomers", marked assignments are
"Reductions" (R1-R3), unmarked formative feedback on drafts is a "Quick-look",
the Moodle area is the "Control Room", the exam board is the Observatory's
"Time Allocation Committee". An "Observing runs" table of the ten Nights; a
"Target list" (section 4) of the 28 outcomes with columns "Target | Observed on |
Reduced in", whose meanings are given in a run of sentences above it; cells
"Quick-look only" (taught, formative feedback only, not marked), "-" and two
rows that send the reader elsewhere. Section 7 "Previous allocations" describes
an earlier unaccredited series (2006-07, "Starlight SEN"); section 8 "Related
proposals at other facilities" describes another provider's route. Header and
footer with a PAGE field; footnotes (citations only); two Word comments; a
tracked deletion and a tracked insertion.

Traps (requirement ids):
- 2.3: the Schools Team's own "Archive Route" (assessment only) exists only in
  a deleted tracked change; the surviving text refers such candidates to
  Eastwold University's "Direct Award" route (another provider's arrangement).
  not_met.
- 5.3: the enhanced CRB checks described are on Museum staff and Support
  Astronomers, not on observers; a comment asks about observers (comments are
  not evidence). not_met.
- 1.5 and 6.S7: consulting pupils was a strand of the past Starlight SEN series
  (past arrangement) and is only planned for Semester 2010A (intention); the
  target row for S7 reads "Not scheduled this semester". not_met both.
- 6.K3: disability equality law is not on the target list ("see Section 9");
  section 9 is about the Museum's own DDA duties as a venue (right words about
  the wrong thing). 6.K3 not_met; 3.1 met from section 9.
- 5.5: placements at a special school belonged to Starlight SEN (past);
  specialist expertise is current. partially_met.
- 1.7 and 6.S8: Night 7 only hears the Parent Partnership Service describe its
  own work; S8 is "Quick-look only". partially_met both.
- 6.A3, 6.A5, 6.K9, 6.S5: "Quick-look only" (developed, never marked).
  partially_met. 6.S2d: "Observed on" is "-" but R2 marks it (assessed, not
  developed). partially_met.
- 1.9: several targets never marked, two absent. partially_met.
- 2.1: prior certificated study is credited, experience explicitly not.
  partially_met.
- 3.3: e-learning (the Control Room) with peer forum and ICT, but tutors only
  "look in on the forum when their rota allows". partially_met.
- 5.9: observers' confidence measured before and after (Seeing Scale); impact on
  pupils only hoped for. partially_met.
- 6.0: the award rule is an aggregate mark across the three Reductions
  (compensation), not every outcome shown. partially_met.
- 3.2: the January start is a tracked insertion (counts): met.
- Form prompts left in (grey italics) are never evidence; the header/footer
  carry nothing counted; footnotes carry only citations.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _jy_helpers import (para, prompt, table, set_cell, shade, ins, dele, comment, header_footer, Footnotes,
                         run, deleted_paragraph)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "Carrowmere Observatory Time Allocation Committee  |  Proposal 09A-017  |  IN CONFIDENCE",
              "Form TAC-1 (rev. 2007)")
fn = Footnotes(doc)
A1 = "Dr Ruth Abernethy"
A2 = "Tom Kessock"

para(doc, "CARROWMERE OBSERVATORY", bold=True, size=14, align="center")
para(doc, "University of Carrowmere  \u00b7  Brightmoor Museum of Science and Planetarium", size=9, align="center")
para(doc, "FORM TAC-1: PROPOSAL FOR OBSERVING TIME", bold=True, size=12, align="center")
prompt(doc, "Complete every section. Sections may run over the page. Proposals that exceed the page limits "
       "will be returned unread. Guidance notes in grey may be deleted before submission.")

cover = table(doc, [
    ["Proposal ID", "09A-017", "Semester(s)", "2009A and 2009B"],
    ["Title", "The Orrery Course: National Award for SEN Coordination", None, None],
    ["Category", "Education and public engagement (Schools Team)", "Time requested", "60 credits, Level 7"],
    ["Principal Investigator", "Mrs Helen Ardagh, Head of Schools, Brightmoor Museum of Science and Planetarium",
     None, None],
    ["Co-Investigators", "Dr Ruth Abernethy (School of Education, University of Carrowmere); Mr Tom Kessock "
     "(Schools Team); Ms Priya Lall (Access and Inclusion Officer, Brightmoor Museum)", None, None],
    ["Submitted to", "Training and Development Agency for Schools, as the application for approval to run the "
     "National Award for SEN Coordination", None, None],
    ["Date", "28 November 2008", "Version", "Final for submission"],
], header_fill=None)
for r in range(cover.rows.__len__()):
    shade(cover.cell(r, 0), "DCE6F1")
cover_text = {r: cover.cell(r, 1).text for r in (1, 3, 4, 5)}
for r in (1, 3, 4, 5):
    m = cover.cell(r, 1).merge(cover.cell(r, 3))
    set_cell(m, cover_text[r], size=9)
for r in (2, 6):
    shade(cover.cell(r, 2), "DCE6F1")

para(doc, "")
p = para(doc, "Note to the TDA panel. ", bold=True)
run(p, "The Museum and the University have run Carrowmere Observatory together since 1994, and every joint "
       "project between us is proposed on this form, including our schools programmes. We have kept the form and "
       "its language so that the Observatory's Time Allocation Committee, which is also the course's examination "
       "board, can read the proposal in the way it reads every other. A glossary of the form's words as we use "
       "them for the course is given in section 1.")

# ---------------------------------------------------------------- 1
doc.add_heading("1 Abstract", level=2)
prompt(doc, "[In no more than 300 words, state what you propose to observe and why. Avoid jargon.]")
para(doc, "The Orrery Course is a one-year, part-time course for teachers who are new to the role of SENCO in "
     "primary, secondary and special schools in the four authorities around Brightmoor (Brightmoor City, "
     "Carrowmere County, Hessle Vale and Strand Borough). It is validated by the University of Carrowmere as a "
     "single 60-credit module at Master's level (Level 7) within the University's MA in Education framework, "
     "and successful observers receive the National Award for SEN Coordination and 60 M-level credits that "
     "count towards the MA. Validation was confirmed by the University's Faculty Quality Committee on 14 May "
     "2008 (minute FQC/08/31).")
para(doc, "The course has one purpose: that children and young people with SEN and disabilities in observers' "
     "schools achieve more and are safer, healthier and happier at school. Its aims, its ten Nights, its three "
     "Site Runs and its three marked Reductions are all written around that purpose, and around all five Every "
     "Child Matters outcomes rather than attainment alone. Each observer carries out practical work in his or "
     "her own school in every term, measures what changes for pupils, and is marked on it.")
para(doc, "Glossary. ", bold=True)
gl = table(doc, [
    ["Our word", "What it means on the Orrery Course"],
    ["Observer", "a teacher taking the course"],
    ["Night (N1-N10)", "a taught study session at the Museum planetarium: each Night runs twice, on a Tuesday "
     "(16:30-20:30) and again on the following Saturday (10:00-14:30), and the observer chooses either"],
    ["Site Run (SR1-SR3)", "a practical task carried out in the observer's own school between Nights"],
    ["Site Astronomer", "the observer's mentor in school: an experienced SENCO or senior leader named by the head"],
    ["Support Astronomer", "a course tutor from the Museum or the University"],
    ["Reduction (R1-R3)", "a marked, summative assignment"],
    ["Quick-look", "written feedback on a draft or on a Site Run log; it is formative, it is not marked and it "
     "does not count towards the Award"],
    ["Control Room", "the course's Moodle area on the University's virtual learning environment"],
    ["Time Allocation Committee (TAC)", "the Observatory committee that sits as the course's examination board"],
])

# ---------------------------------------------------------------- 2
doc.add_heading("2 Scientific justification", level=2)
prompt(doc, "[Explain the scientific case, with reference to the literature and to previous results. "
       "Maximum two pages.]")
para(doc, "Why this course. In the spring of 2008 the Schools Team and the four authorities' SEN advisers sent "
     "a questionnaire to every SENCO and headteacher in the four authorities (612 schools); 291 replies came "
     "back. Three needs stood out. Newly appointed SENCOs said they did not know how to lead colleagues, and "
     "headteachers said the same of them. Both groups asked for sessions outside the school day, because "
     "supply cover was hard to find. And the special schools asked that the course should deal with pupils "
     "with complex needs and not only with dyslexia and behaviour. We also held two focus groups, one with "
     "twelve SENCOs at the Museum in April 2008 and one with the Brightmoor Parent Partnership Service and "
     "its parents' forum in May 2008.")
para(doc, "What the stakeholders changed. The survey is the reason every Night runs twice, on a Tuesday "
     "twilight and on a Saturday. The advisers' comments led us to move leadership of colleagues from the last "
     "term to the middle of the course, so that observers practise it in a Site Run rather than read about it. "
     "The special schools' request produced Night 4, which is taught jointly with the outreach team of "
     "Ferncliffe Special School. The parents' forum asked that the course should show observers how families "
     "experience annual reviews, and that request is the origin of Night 7.")
p = para(doc, "The evidence we draw on. The course is built on recent inspection and research evidence: the "
     "Ofsted report Inclusion: does it matter where pupils are taught? (2006), which found that the quality of "
     "provision mattered more than the type of setting; the Government's strategy Removing Barriers to "
     "Achievement (2004); the Bercow Review of services for children and young people with speech, language "
     "and communication needs (2008); the Lamb Inquiry into parental confidence, announced in 2008; and the "
     "interim findings on dyslexia that the Rose review is expected to report in 2009.")
fn.add(p, "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535; DfES (2004) Removing "
          "Barriers to Achievement; DCSF (2008) The Bercow Report.")
para(doc, "Each Night's reading list is revised every summer by the Support Astronomers against new inspection "
     "reports and research, and the revision is recorded in the course file that the TAC reviews.")

# ---------------------------------------------------------------- 3
doc.add_heading("3 Immediate objectives", level=2)
prompt(doc, "[List the specific objectives of the programme of observations. Number them.]")
para(doc, "By the end of the course each observer will have:")
for t in [
    "O1 raised the achievement and well-being of a group of pupils with SEN or disabilities in his or her school, "
    "shown by baseline and follow-up measures across the five Every Child Matters outcomes (Site Run 2, "
    "Reduction 2);",
    "O2 reviewed the school's SEN policy and practice against the SEN Code of Practice (2001), the Every Child "
    "Matters agenda and current government policy on SEN (Reduction 1);",
    "O3 mapped the school's provision, found provision that is missing or not working, and led colleagues in "
    "changing it (Site Runs 1 and 3, Reduction 3);",
    "O4 coached or trained colleagues, and worked with headteacher and governors on the school's priorities "
    "for SEN (Site Run 3, Reduction 3);",
    "O5 met every target on the Target List in section 4 that is marked in a Reduction.",
]:
    para(doc, t, style="List Bullet")

# ---------------------------------------------------------------- 4
doc.add_heading("4 Target list", level=2)
prompt(doc, "[Give every target with its coordinates, magnitude and the instrument configuration. Targets "
       "not listed here will not be scheduled.]")
para(doc, "The Target List sets out the national minimum outcomes (Annex 3 of the specification) as targets, "
     "in our own words. Observed on: the Night on which the target is taught. Reduced in: the marked Reduction "
     "in which the observer's work on the target is assessed, with a pass mark. Quick-look only: the observer "
     "receives written feedback on a draft or a Site Run log for this target, but the work is not marked and "
     "does not count. A dash means nothing is scheduled in that column.")
rows = [["Target", "Observed on", "Reduced in"]]
TL = [
    ("Professional attributes", None, None),
    ("A1 Builds fair, respectful and constructive relationships with pupils with SEN and their families", "N7",
     "R2"),
    ("A2 Wins the commitment of colleagues, the headteacher and senior leaders", "N8", "R3"),
    ("A3 Sets priorities, manages time and delegates", "N8", "Quick-look only"),
    ("A4 Anticipates and resolves problems; makes sound judgements about provision", "N5", "R2"),
    ("A5 Speaks and writes clearly; listens to others' views", "N1", "Quick-look only"),
    ("A6 Uses research and outside advice to improve practice", "N3", "R2"),
    ("A7 Keeps up to date and takes charge of own professional development in SEN", "N10", "R3"),
    ("Knowledge and understanding", None, None),
    ("K1 The SEN Code of Practice and SEN law and guidance, and how to put them into practice", "N2", "R1"),
    ("K2 Every Child Matters and the SENCO's part in it", "N1", "R1"),
    ("K3 Disability equality law", "Not on this semester's list: see Section 9", "-"),
    ("K4 How children develop, and how SEN and the environment affect development", "N4", "R2"),
    ("K5 BESD, SpLD including dyslexia, SLCN, ASD and MLD, and their effect on learning", "N4", "R2"),
    ("K6 Approaches and resources for assessment, planning and teaching, including ICT", "N5", "R2"),
    ("K7 School self-evaluation and improvement for SEN outcomes", "N9", "R3"),
    ("K8 Best practice and research in meeting SEN", "N3", "R2"),
    ("K9 What outside agencies do and how to get specialist help", "N6", "Quick-look only"),
    ("Skills", None, None),
    ("S1 Works with senior colleagues and governors on inclusive policy, priorities and resources", "N9", "R1"),
    ("S2 Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "N5",
     "R2"),
    ("S2a Uses other professionals' assessments to shape teaching", "N6", "R2"),
    ("S2b Uses summative assessments, including national tests, to track progress and adjust programmes", "N5",
     "R2"),
    ("S2c Helps other teachers use formative assessment with pupils with SEN", "N7", "R3"),
    ("S2d Arranges access arrangements for national tests and examinations in good time", "-", "R2"),
    ("S3 Uses provision mapping; identifies missing or ineffective provision", "N9 and SR1", "R3"),
    ("S4 Deploys and manages support staff", "N8", "R3"),
    ("S5 Supports colleagues' development by observation, feedback, coaching and training", "N8",
     "Quick-look only"),
    ("S6 Reviews provision with colleagues to inform school self-evaluation", "N9", "R3"),
    ("S7 Involves pupils in planning and reviewing their own provision", "Not scheduled this semester (see "
     "Section 7)", "-"),
    ("S8 Liaises with parents and carers", "N7", "Quick-look only"),
    ("S9 Works with other services and agencies, including voluntary organisations", "N6", "R3"),
]
for a, b, c in TL:
    rows.append([a, b if b else "", c if c else ""])
t = table(doc, rows, size=8)
for i, (a, b, c) in enumerate(TL, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        set_cell(m, a, bold=True, size=8, fill="EAF1DD")

# ---------------------------------------------------------------- 5
doc.add_heading("5 Technical justification and observing runs", level=2)
prompt(doc, "[Justify the time requested. Give the observing runs, the instrument and any special "
       "requirements.]")
para(doc, "The course runs from September to July. It has ten Nights, three Site Runs and three Reductions. "
     "An observer needs around 600 hours of study in all: 45 hours on Nights, about 150 hours on Site Runs in "
     "school, and the rest on reading, the Control Room and writing the Reductions.")
p = para(doc, "Every Night runs on a Tuesday twilight and again on the Saturday that follows, with the same "
     "content and the same Support Astronomers, so that observers can choose week by week. ")
ins(p, "A second run of the whole course begins in January each year, on Saturdays, and finishes in December.",
    author=A1, date="2008-11-24T09:12:00Z")
nights = [
    ["Night", "Date (Tues / Sat)", "Title", "What observers do"],
    ["N1", "23 / 27 Sept 2008", "First light", "Every Child Matters and the SENCO's place in it; writing for "
     "colleagues; the Finder Chart self-audit is returned and discussed"],
    ["N2", "14 / 18 Oct", "The Code", "The SEN Code of Practice and SEN law; statutory assessment; the duties of "
     "governing bodies; Government policy since Removing Barriers to Achievement"],
    ["N3", "11 / 15 Nov", "Reading the sky", "Research and inspection evidence; how to judge a research claim; "
     "observers bring an intervention their school uses and weigh the evidence for it"],
    ["N4", "9 / 13 Dec", "Ferncliffe", "Child development and the common types of SEN and disability, taught "
     "with the Ferncliffe Special School outreach team; complex needs"],
    ["N5", "13 / 17 Jan 2009", "Tracking", "Identifying pupils; target setting; using P scales, national "
     "tests and teacher assessment to track progress; ICT for assessment and teaching; planning an "
     "intervention (briefing for Site Run 2)"],
    ["N6", "10 / 14 Feb", "Other instruments", "Educational psychology, speech and language therapy, the "
     "sensory service, CAMHS and voluntary organisations: each agency explains its referral routes and "
     "observers practise using an agency report to plan teaching"],
    ["N7", "17 / 21 Mar", "Families", "The Brightmoor Parent Partnership Service describes its work with "
     "families; formative assessment for pupils with SEN"],
    ["N8", "21 / 25 Apr", "The team", "Leading and deploying teaching assistants; gaining the commitment of "
     "colleagues and the head; time and delegation; coaching (briefing for Site Run 3)"],
    ["N9", "19 / 23 May", "The whole school", "Provision mapping; school self-evaluation and SEN; working "
     "with governors on policy and resources"],
    ["N10", "23 / 27 June", "Next semester", "Observers present their Site Run 3 findings; each draws up a "
     "Next Semester plan"],
]
table(doc, nights, size=8)
para(doc, "")
para(doc, "Site Runs. Site Run 1 (autumn term) is a survey of the school's provision with a provision map, "
     "carried out with the observer's Site Astronomer. Site Run 2 (spring term) is an intervention for a "
     "group of pupils, with baseline measures taken before it starts and the same measures taken at the end: "
     "attainment, attendance, and a well-being measure chosen from the Control Room's list. Site Run 3 (summer "
     "term) is a change to provision led by the observer, in which he or she coaches at least one colleague, "
     "observes and gives feedback.")
para(doc, "Reductions. Reduction 1 (3,000 words, due January) is a review of the school's SEN policy against "
     "the SEN Code of Practice, Every Child Matters and the school's own priorities, written with the "
     "governor for SEN. Reduction 2 (4,000 words, due April) is the write-up of Site Run 2, with the baseline "
     "and follow-up data, the agency advice used, and the access arrangements the observer made for pupils in "
     "the group who sat national tests. Reduction 3 (a 3,000-word report and a 20-minute presentation on Night "
     "10, due June) is the account of Site Run 3, including the revised provision map and the observer's own "
     "development plan.")
p = para(doc, "The Control Room. Every Night's slides and readings go into the Control Room on the evening of "
     "the Night, with a recorded version of the Tuesday session for anyone who missed both. Observers post "
     "their Site Run logs in the Control Room's forum and comment on at least two other observers' logs each "
     "term. Support Astronomers look in on the forum when their rota allows.")

# ---------------------------------------------------------------- 6
doc.add_heading("6 Observer requirements and scheduling", level=2)
prompt(doc, "[State who may use the instrument and how users are selected and trained.]")
para(doc, "Who may apply. An applicant must hold QTS, be in post as SENCO (or about to take up the post) in "
     "a school in one of the four authorities or beyond, and have at least two years' teaching experience. The "
     "headteacher signs the nomination form and names a Site Astronomer. Every applicant is interviewed by a "
     "Support Astronomer, who works through the Finder Chart with them. An applicant whose Finder Chart or "
     "interview shows that he or she is unlikely to reach the targets in a year is given written advice on what "
     "to do first (for example the Museum's twilight series on SEN for class teachers), and the Support "
     "Astronomer telephones the headteacher to agree the next step.")
para(doc, "The Finder Chart. Before Night 1 every observer completes the Finder Chart, our self-audit against "
     "each target on the Target List, and the Site Astronomer adds a comment. At Night 1 the observer and a "
     "Support Astronomer turn it into an Observing Plan: the targets the observer will give most time to, the "
     "Nights he or she may skip on the strength of recent work, the optional reading, and the focus of each "
     "Site Run. The Observing Plan is reviewed at the end of each term.")
p = para(doc, "Prior credit. Observers who already hold the University of Carrowmere's 20-credit module "
     "Inclusive Practice, or 20 M-level credits in SEN from another university gained in the last five years, "
     "may carry those credits in place of Reduction 1 through the University's APL procedure. Experience alone "
     "is not credited: every observer without certificated study completes all three Reductions.")
p = para(doc, "Experienced SENCOs. ")
dele(p, "Experienced SENCOs who already meet the targets may take the Archive Route: they submit a portfolio "
     "against the whole Target List and are assessed by two Support Astronomers without attending Nights. ",
     author=A2, date="2008-11-21T16:40:00Z")
run(p, "Candidates who believe that they already meet every target are referred to Eastwold University; see "
       "section 8.")
para(doc, "Tailoring and progression. Because the Observing Plan allows an observer to spend time where he or "
     "she needs it, the same fee buys a different course for a newly qualified SENCO and for an experienced "
     "special school teacher. The fee (GBP 1,150, which the four authorities meet for their own schools from "
     "the Standards Fund) covers the Nights, the Control Room, all three Reductions and University "
     "registration; tutoring is shared across the two runs of each Night, which keeps the cost per observer "
     "below the University's other M-level modules. At Night 10 every observer writes a Next Semester plan: "
     "two or three professional targets for the following year, discussed with his or her Site Astronomer and "
     "taken to the school's performance management review, and with a note of the University's MA modules that "
     "build on the course.")

# ---------------------------------------------------------------- 7
doc.add_heading("7 Previous allocations", level=2)
prompt(doc, "[List previous time awarded to the PI and co-investigators, and the results.]")
para(doc, "Starlight SEN (2006-07). Before the national award was announced the Schools Team ran an "
     "unaccredited series of eight twilight sessions, Starlight SEN, for 41 teachers. Starlight SEN included a "
     "placement day at Ferncliffe Special School for every participant, and a strand on pupil voice in which "
     "participants ran a consultation with a group of pupils and reported back. The placement day and the pupil "
     "voice strand are not part of the Orrery Course. We plan to restore a pupil-voice Night in Semester 2010A, "
     "once the Museum's Young Astronomers panel can host it.")
para(doc, "What we learned. Participants' evaluations of Starlight SEN said that the sessions were "
     "interesting but did not change what they did at school, and that nothing was marked. The Orrery Course "
     "puts a Site Run in every term and a marked Reduction at the end of each for that reason.")

# ---------------------------------------------------------------- 8
doc.add_heading("8 Related proposals at other facilities", level=2)
prompt(doc, "[Give details of any related proposals submitted elsewhere, and explain any overlap.]")
para(doc, "Eastwold University has applied to run the national award in the neighbouring region. Its "
     "proposal includes a Direct Award route for experienced SENCOs, who are assessed against all the outcomes "
     "through a portfolio and a professional discussion without attending the course. Candidates who believe "
     "that they already meet every target are referred to Eastwold University, which has agreed to consider "
     "them.")

# ---------------------------------------------------------------- 9
doc.add_heading("9 Site, access and constraints", level=2)
prompt(doc, "[State any constraints on scheduling (moon, seeing, twilight) and any requirements of the site.]")
para(doc, "Access. The Museum has duties as a public venue under the Disability Discrimination Act 1995 as "
     "amended in 2005, and the Schools Team meets them for observers as it does for visiting classes. The "
     "planetarium and the Learning Studio have step-free access and an induction loop, and every Night's "
     "dome presentation is captioned. The nomination form asks each applicant, in confidence, whether he or she "
     "has a disability or any need the Museum should plan for; Ms Lall, our Access and Inclusion Officer, "
     "contacts everyone who answers yes before Night 1 and agrees adjustments in writing, which have included "
     "papers in large print, a BSL interpreter and extra time for a Reduction. The University's disability "
     "service agrees assessment adjustments with the Support Astronomers. The course's equal opportunities "
     "monitoring is reported to the TAC each July.")
para(doc, "Constraints. No Night is held in school holidays. The dome seats 60, which limits each run to "
     "30 observers on a Tuesday and 30 on a Saturday.")

# ---------------------------------------------------------------- 10
doc.add_heading("10 Staff, instruments and support requested", level=2)
prompt(doc, "[Name the support astronomer(s) and list the instruments and support you need.]")
para(doc, "Support Astronomers. Dr Ruth Abernethy (Senior Lecturer in Inclusive Education, former SENCO and "
     "local authority SEN adviser, PhD on provision mapping) leads the course for the University. Mr Tom "
     "Kessock (Schools Team; SENCO at Hessle Vale High School 1998-2006, MA in SEN) leads it for the Museum. "
     "Mrs Gail Fenwick (head of outreach at Ferncliffe Special School, NPQH) teaches Night 4. Each "
     "Support Astronomer has at least five days a year of professional development in SEN, recorded in the "
     "course file, and two sit on the authorities' SEN moderation groups.")
para(doc, "Specialist expertise. The agency speakers on Night 6 come from the four authorities' educational "
     "psychology, speech and language therapy and sensory services, from Brightmoor CAMHS and from the "
     "Strand Dyslexia Association. Ms Lall advises on access technology.")
para(doc, "Instruments. Observers use the Museum's Learning Studio (30 laptops with text-to-speech, "
     "mind-mapping and symbol software), the Schools Team's loan library of assessment materials and "
     "specialist kit (tactile and sensory resources, communication aids), and the University library, with "
     "off-campus access to its electronic journals for every registered observer.")
para(doc, "Site Astronomers. Every Site Astronomer receives the Site Astronomer's Notes, which set out what he or "
     "she does in each Site Run and how to sign an observer's log, and attends a two-hour briefing at the "
     "Museum in September. Support Astronomers meet before each Night, and new tutors shadow a full Night and a "
     "marking meeting before they teach.")
p = para(doc, "Safeguarding. All Museum staff who work with school groups, including the Support Astronomers, "
     "hold enhanced CRB disclosures, renewed every three years, and the Museum keeps a single central record "
     "of them.")
comment(doc, p.runs, "Do we check the observers themselves? The TDA asks about candidates. Helen to confirm "
        "with the authorities.", A1, "RA")

# ---------------------------------------------------------------- 11
doc.add_heading("11 Data reduction, quality and proprietary period", level=2)
prompt(doc, "[Describe how the data will be reduced and archived, and the proprietary period requested.]")
para(doc, "Marking. Each Reduction is marked by a Support Astronomer against the University's M-level "
     "criteria and the targets it carries. A second Support Astronomer blind-marks a 20 per cent sample of "
     "every Reduction, and every fail and every borderline script, and the two agree a mark. Before each "
     "marking round the Support Astronomers mark three anonymised scripts together to agree the standard. "
     "The University's external examiner for the MA in Education sees a sample of all three Reductions and "
     "attends the TAC meeting in July.")
para(doc, "The award. An observer whose three Reductions reach an aggregate mark of 50 per cent, with no "
     "Reduction below 40, is recommended to the Time Allocation Committee for the Award and the 60 credits. "
     "An observer who falls short may resubmit once.")
para(doc, "Evaluation. We evaluate the course in five ways. After each Night every observer completes a "
     "Seeing Report (a short evaluation form) in the Control Room; the Support Astronomers read them before the "
     "next Night and record what they change. Each observer rates his or her confidence against every target on "
     "the Seeing Scale (1 to 5) at Night 1 and again at Night 10, and the change is reported for the cohort. "
     "Site Astronomers and headteachers complete a questionnaire in June. The external examiner reports each "
     "year. And the four authorities' SEN advisers join the Support Astronomers at the course review in July, "
     "which reads all of this evidence and writes the changes for the next year into the course file; the TAC "
     "approves the changes.")
p = para(doc, "Impact on pupils. The Site Run 2 measures belong to each observer's own Reduction. We hope that "
     "in time the course will be able to show its effect on pupils' progress across the four authorities.")
comment(doc, p.runs, "Can we say more? Panel will want a measure.", A2, "TK")
para(doc, "Stakeholders in the running of the course. The four authorities' SEN advisers sit on the course "
     "review each July, where they read the Seeing Reports, the confidence ratings and the headteachers' "
     "questionnaires with the Support Astronomers and agree the changes. Two SENCOs from the 2006-07 Starlight "
     "SEN series act as Site Astronomers, and the Brightmoor parents' forum reviews Night 7 each year before it "
     "runs.")
para(doc, "Records. Observers' marks and Finder Charts are kept by the University registry under its data "
     "protection policy for six years. No pupil is named in any Reduction.")

# ---------------------------------------------------------------- 12
doc.add_heading("12 Publications", level=2)
prompt(doc, "[List publications resulting from previous allocations.]")
para(doc, "Kessock, T. and Abernethy, R. (2007) Starlight SEN: what teachers took back to school. Brightmoor "
     "Museum Occasional Papers 12.")
para(doc, "Signed for the Museum: Helen Ardagh, Head of Schools.   Signed for the University: Dr Ruth "
     "Abernethy, Programme Leader, MA in Education.")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
