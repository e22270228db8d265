"""hk-01-eastgate-panel-briefing: build script (writes hk-01-eastgate-panel-briefing.docx).

Provider: the Eastgate Excellence in Cities Partnership (eleven inner-city
secondary schools, its City Learning Centre and its Learning Mentor strand),
with the University of Harnford, which validates and awards the course as a
Postgraduate Certificate in Leading Inclusion (SENCO), 60 credits at Masters
level.

Document kind: the partnership's internal TEAM BRIEFING (v3) written to prepare
its five speakers for the TDA panel meeting, sent whole as the application with
a shaded note to the panel added on top. House vocabulary: Strands 1-3, ten Hub
Days at the City Learning Centre, In-School Tasks, Submissions S1-S3 (Policy
Health-Check, Casework File, Provision Map Review and Leadership Inquiry), the
Final Conversation, the Starting Point Profile, the Route Meeting and Individual
Route Plan, School Link Mentors, the Award Board, the Outcomes Log, EastNet.

Layout: no heading styles at all (PART titles typed as bold capitals in Normal
paragraphs); a team table; a shaded "five messages" box; a one-page Award table
with merged Term cells; twenty-four likely questions, each a two-column table
(Question / Lead / Our answer / If pressed / Avoid saying / Have to hand); an
outcomes "crib card" with shaded group rows and one tracked-deleted row; an
"On the day" logistics part; tracked changes; comments; a header ("NOT FOR
CIRCULATION") and a footer carrying a CRB claim.

Traps (requirement ids touched):
- Header and footer are never evidence: the footer's "all programme staff and
  participants hold enhanced CRB disclosures" (5.3).
- Someone else's responsibility: Q18 says schools hold the CRB disclosures as
  employers and "We don't ask for them ourselves"; host schools check visitors
  (5.3 not_met).
- Negation plus hope plus other provider's arrangement: Q9, no assessment-only
  route; the University's QTS assessment-only route is a different thing; "We'd
  like to offer something similar" is only a hope; a comment suggesting
  "exceptional cases" is not part of the submission (2.3 not_met).
- Partial APL: certificated credit only, "We do not give credit for experience
  on its own" (2.1 partially_met).
- Tracked changes: the deleted Saturday repeat of Hub Days does not count, the
  inserted Tuesday/Thursday choice does; September cohort only "If numbers
  allow"; fixed order, taught only (3.2 partially_met).
- E-learning with some support: EastNet materials and drop-boxes, tutor email
  replies; "Avoid saying" line admits there is no forum or online tutor
  sessions, so no peer support (3.3 partially_met).
- Wrong context and vagueness: pupil voice panels are the schools' own,
  run by Learning Mentors; Hub Day 4 only "touches on" pupil views (1.5
  partially_met); 6.S7 developed on Hub Day 4 but "not assessed separately"
  (partially_met).
- Past arrangement: placements in special schools were in the 2007 pilot;
  now optional visits (5.5 partially_met).
- Partial role preparation: mentors get only a handbook in the post, "There's
  no mentor training session as such" (5.7 partially_met).
- Hope: following pupils' attainment "if the LA's data team can help" (5.9
  partially_met; confidence is measured by repeating the Profile).
- Unsupported coverage claim: Q24 says every outcome is assessed, but the crib
  card marks A3, A7, S4, S7 "not marked"/"not assessed separately", K7 and
  S2d feedback only, K4 a placeholder, S2c a tracked-deleted row (1.9
  partially_met; 6.0 met because the Award Board rule is concrete).
- Crib card: 6.A3, 6.A7, 6.K7, 6.S2d, 6.S4, 6.S7 partially_met; 6.K4 and
  6.S2c not_met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hk_helpers import (new_doc, para, rich, table, box, cell_text, shade_cell, ins, dele, plain,
                         delete_row, comment, header_footer, page_break)
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).with_name("hk-01-eastgate-panel-briefing.docx")
d = new_doc("Calibri", 10.5)
header_footer(d, header="EASTGATE EiC PARTNERSHIP  |  TDA PANEL MEETING 14.01.09  |  TEAM BRIEFING v3  |  NOT FOR CIRCULATION",
              footer="Eastgate Excellence in Cities Partnership, Eastgate City Learning Centre, Canal Street. Safer recruitment: all programme staff and participants hold enhanced CRB disclosures.")


def title(text):
    p = para(d, "**" + text + "**", size=12)
    p.paragraph_format.space_before = Pt(12)
    return p


para(d, "**EASTGATE EXCELLENCE IN CITIES PARTNERSHIP**", size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "**with the University of Harnford**", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "The Eastgate Award in SEN Coordination", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "TEAM BRIEFING for the TDA panel meeting, Wednesday 14 January 2009, 10.30am", align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, "Version 3, 8 January 2009. Prepared by Sue Adeyemi (Partnership Director) and Maxine Orji (Partnership Inclusion Lead)", size=9, align=WD_ALIGN_PARAGRAPH.CENTER, italic=True)

box(d, "**Note for the panel (added 9 January 2009).** The TDA asked us to send, before the meeting, a written account "
       "of the programme we propose. Our team has spent the autumn writing this briefing so that everyone who speaks "
       "for the Award gives the same answer to the same question, and it is the fullest account of the programme we "
       "have. We send it as it stands, as our application. It was written for ourselves: the 'If pressed' and 'Avoid "
       "saying' lines were written to be candid with our own team, and we have left them in.\n\n"
       "Sue Adeyemi, Partnership Director, Eastgate EiC Partnership", fill="E7EEF7")

title("PART 1 \u2013 WHO IS COMING AND WHO LEADS ON WHAT")
para(d, "Five of us will be in the room. The panel will probably talk to whoever is in front of them, so everybody "
        "needs to know the whole briefing, but please hand over to the lead named below when a question is in their area.")
table(d, [
    ["Name", "Role on the Award", "Leads on", "Background (for the CV question)"],
    ["Sue Adeyemi", "Partnership Director (EiC co-ordinator)", "Opening; partnership, stakeholders, money",
     "Deputy head in two Eastgate schools; EiC co-ordinator since 2003; MA Education Management"],
    ["Maxine Orji", "Partnership Inclusion Lead; programme leader", "Content, Hub Days, needs assessment, flexibility",
     "SENCO for nine years at Canal Street School; tutor on the LA SENCO induction course 2004-08; MA SEN (Harnford); leads the partnership's SENCO network"],
    ["Dr Paul Henshaw", "University Link Tutor, University of Harnford", "Validation, credit, assessment, quality",
     "Senior Lecturer in Inclusive Education; external examiner for two PGCert SEN programmes; publishes on provision mapping"],
    ["Grace Mbeki", "Hub tutor; Learning Mentor Co-ordinator", "Pupil and parent work, Learning Mentors",
     "Educational psychologist (Eastgate EP Service, part-time secondment); previously SENCO in a pupil referral unit"],
    ["Tom Rawcliffe", "Head, Northside Academy; chair of Steering Group", "Heads' view, release, impact in schools",
     "Headteacher since 2005; was SENCO; chairs the Partnership Steering Group"],
], widths=[3, 3.8, 4.2, 6])

title("PART 2 \u2013 OUR FIVE MESSAGES")
box(d, "1.  The Award is built round pupils in our schools. Every Submission asks for a change for named pupils.\n\n"
       "2.  It is done in school. Ten Hub Days, and the rest of the work is the participant's own school.\n\n"
       "3.  It starts from where each person is. Starting Point Profile, Route Meeting, Individual Route Plan.\n\n"
       "4.  Heads and the LA built it with us and sit on the bodies that run it.\n\n"
       "5.  Harnford awards it: 60 credits at Masters level. No outcome, no award.", fill="FFF2CC")

title("PART 3 \u2013 THE AWARD ON ONE PAGE")
para(d, "If they ask for the shape of the course, use this. The Award is validated and awarded by the University of "
        "Harnford as a Postgraduate Certificate in Leading Inclusion (SENCO): three Strands of 20 credits each, 60 "
        "credits in all at Masters level (Level 7). It runs part time over one year from January.")
t = table(d, [
    ["Term", "Strand", "Hub Days (Eastgate CLC)", "In-School Task", "Submission"],
    ["Spring 2009", "Strand 1: Law, Policy and the Child", "HD1 The law and the Code of Practice\n\nHD2 The SENCO's week: time, teams and priorities",
     "Map your school's SEN policy against the Code and the Disability Equality Duty", "S1 Policy Health-Check (3,000 words)"],
    [None, None, "HD3 Needs, research and what works", "Read and present two studies to your Cluster Triad", None],
    ["Summer 2009", "Strand 2: Teaching, Learning and Provision", "HD4 Identifying, target setting and reviewing\n\nHD5 Approaches, resources and assistive technology",
     "Work with two pupils and their families over a term", "S2 Casework File (two case studies, 4,000 words equivalent)"],
    [None, None, "HD6 Parents, carers and agencies\n\nHD7 Casework clinic", "Keep a casework log; bring a case to the clinic", None],
    ["Autumn 2009", "Strand 3: Leading and Working Together", "HD8 Leading colleagues; self-evaluation\n\nHD9 Provision mapping and examinations",
     "Review your provision map with your SLT; lead one staff training session", "S3 Provision Map Review and Leadership Inquiry (5,000 words)"],
    [None, None, "HD10 Looking ahead", "Prepare for the Final Conversation", "Final Conversation (30 minutes, with tutor and your head)"],
], widths=[2.2, 3.2, 4.6, 4.5, 3.5])
for r0, r1 in ((1, 2), (3, 4), (5, 6)):
    t.cell(r0, 0).merge(t.cell(r1, 0))
    t.cell(r0, 1).merge(t.cell(r1, 1))
    t.cell(r0, 4).merge(t.cell(r1, 4))

title("PART 4 \u2013 LIKELY QUESTIONS AND OUR ANSWERS")
para(d, "These are the questions we think the panel will ask, grouped by theme. Say the answer in your own words but do "
        "not change the facts. If you are not sure, hand over; do not guess.")

COMMENTS = []


def q(num, question, lead, answer, pressed=None, avoid=None, hand=None):
    rows = [["Q" + str(num), question], ["Lead", lead], ["Our answer", answer]]
    if pressed:
        rows.append(["If pressed", pressed])
    if avoid:
        rows.append(["Avoid saying", avoid])
    if hand:
        rows.append(["Have to hand", hand])
    t = table(d, rows, header=False, widths=[2.6, 14.4], size=9.5)
    shade_cell(t.cell(0, 0), "DDEBF7")
    shade_cell(t.cell(0, 1), "DDEBF7")
    for r in t.rows:
        for run in r.cells[0].paragraphs[0].runs:
            run.bold = True
    for run in t.cell(0, 1).paragraphs[0].runs:
        run.bold = True
    para(d, "", space_after=2)
    return t


para(d, "**Theme A \u2013 What the Award is for**")
q(1, "What is the Award for, and how will it raise achievement?", "Sue, then Maxine",
  "The Award's first aim is that pupils with SEN and disabilities in our schools achieve more and are safer, healthier "
  "and happier. That aim is written into each Strand's learning outcomes and into the assessment: every Submission "
  "asks the participant to show a change for named pupils against the five Every Child Matters outcomes, not "
  "attainment alone. In the Casework File that means a baseline and a measure after the work, for attendance, "
  "attainment, well-being or safety as the case needs.",
  hand="Strand outcomes; S2 brief")
q(2, "How is it rooted in practice in schools?", "Tom",
  "Every Strand has an In-School Task in the participant's own school, and each task is tied to the outcomes the "
  "Strand covers (see Part 3). The School Link Mentor, an experienced SENCO or deputy from another partnership "
  "school, visits each participant twice a term to see the task in progress. The Submissions are written out of "
  "that work, so the participant has to change something in school and show what happened. Hub Days begin with a "
  "'what did you try' round and end with a task to take back.",
  hand="Mentor visit record")
q(3, "How do you keep it up to date with research, inspection evidence and policy?", "Paul",
  "Strand 1 covers the law and policy as they stand: the Education Act 1996, the SEN Code of Practice 2001, the "
  "Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 2005 and the Disability "
  "Equality Duty, Every Child Matters and the 2008 regulations on the SENCO role. Hub Day reading is revised every "
  "summer by Paul and Maxine. For 2009 it draws on Ofsted's 2006 report on inclusion, the Bercow Review of services "
  "for children with speech, language and communication needs, the Inclusion Development Programme materials on "
  "dyslexia and SLCN, and current research on teaching assistant deployment. Participants are assessed on their use "
  "of research in S3.",
  hand="2009 reading list")

para(d, "**Theme B \u2013 Pupils, colleagues and parents**")
q(4, "How do participants learn to consult children and young people?", "Grace",
  "Pupil voice runs through everything we do in Eastgate. Every partnership school has a Pupil Voice panel, run by "
  "the Learning Mentors, and participants will be encouraged to make use of it. Hub Day 4 touches on pupil views as "
  "part of the annual review.",
  pressed="There isn't a Hub Day session on consulting pupils yet; Maxine is talking to the Children's Rights Officer about one.",
  hand="Pupil Voice panel leaflet")
q(5, "How do they learn to advise and work with colleagues, in school and beyond?", "Maxine",
  "Strand 3 is about this. Hub Day 8 covers coaching, giving feedback after observing a lesson, and planning staff "
  "training, and it includes working with the Learning Mentors, the Learning Support Unit staff and the Gifted and "
  "Talented co-ordinator. Each participant belongs to a Cluster Triad with SENCOs from two other schools, which "
  "meets between Hub Days to look at each other's casework. For S3 each participant leads one staff training session "
  "in school, is observed by the School Link Mentor, and writes up the feedback and what they changed.")
q(6, "And parents and carers?", "Grace",
  "Hub Day 6 is run with the Parent Partnership Service and two parents from the Eastgate Parents' Forum. It covers "
  "difficult conversations, sharing information and planning together. In the Casework File each case study must "
  "include at least two structured meetings with the pupil's parents or carers, with the participant's record of "
  "what was agreed and a reflection on how the relationship developed; tutors mark this section against the "
  "outcomes on relationships with parents and liaison with parents.")

para(d, "**Theme C \u2013 Fitting the course to the person**")
q(7, "How do you find out what each participant needs?", "Maxine",
  "Before the first Hub Day each participant completes the Starting Point Profile: a self-rating against every one "
  "of the 28 national outcomes, with evidence for each rating. Maxine and the School Link Mentor then hold a Route "
  "Meeting with the participant, check the ratings against the evidence, and agree an Individual Route Plan. The "
  "Plan lists the participant's personalised outcomes (the national ones plus any the school wants), marks which "
  "Hub Days are essential and which can be swapped for directed reading, and sets the focus of each Submission. It "
  "is reviewed at the end of each Strand. Because Hub Days are shared by eleven schools at the CLC, and a swapped "
  "Hub Day saves a day's cover, a place costs a school £950 (half paid from the partnership's EiC budget) and "
  "about one day's release a month.",
  hand="Blank Starting Point Profile; an anonymised Route Plan from the pilot")
q(8, "Do you accredit prior learning?", "Paul",
  "Credit from earlier Masters-level study (for example a Harnford module in special needs) can be counted under the "
  "University's credit accumulation rules, up to 20 credits, which exempts the participant from one Strand's "
  "Submission.",
  pressed="We do not give credit for experience on its own. Experienced people still take all three Strands, though their Route Plan can excuse them some Hub Days.")
t9 = q(9, "Is there an assessment-only route?", "Paul",
       "Not in the first year.",
       pressed="The University runs an assessment-only route for QTS on its PGCE, which is not the same thing. We'd like "
               "to offer something similar for the Award once the first cohort is through, but nothing is agreed.")
COMMENTS.append((t9.cell(2, 1).paragraphs[0].runs, "Could we say 'in exceptional cases by agreement with the Award Board'? The Harnford regulations would allow it. PH", "Paul Henshaw", "PH"))
q(10, "What happens when they finish?", "Tom",
  "Hub Day 10 is about what comes next. The Final Conversation ends with a Next Steps Plan, which the participant "
  "drafts and agrees with their head or line manager there and then: two or three professional targets for the "
  "following year and how they will be supported. Tutors bring information on Harnford's MA modules, to which the "
  "Award's 60 credits transfer, and everyone who completes is invited to join the Eastgate SENCO Network.")

para(d, "**Theme D \u2013 Access and flexibility**")
q(11, "How do you meet your equalities duties? What about disabled participants?", "Sue",
  "The application form and the Award leaflet invite candidates to tell us about a disability or any other need, "
  "and say why we ask. Maxine is the named contact and talks to each person who discloses before the Route Meeting. "
  "Reasonable adjustments we already make include: the CLC is fully accessible with a hearing loop; materials come "
  "in large print, on coloured paper or electronically; Submissions can be made in another format (for example "
  "recorded) by agreement with Harnford's Disability Service; extra time. Selection is on the published criteria "
  "only, and Hub Day case material shows disabled adults and children in ordinary roles. The partnership's "
  "Race, Disability and Gender Equality Schemes apply to the Award and it is reviewed under them each year.")
t12 = q(12, "How flexible is the course?", "Maxine",
        "There is one cohort a year, starting in January.",
        pressed="It's taught, part time, in a fixed order. We looked at a fully online version and decided against it.",
        hand="Hub Day calendar")
p12 = t12.cell(2, 1).paragraphs[0]
dele(p12, " Each Hub Day has a Saturday repeat for participants who cannot be released.", author="Maxine Orji")
ins(p12, " Participants may take Hub Days in either the Tuesday group or the Thursday group, and may change group for a single day by letting Maxine know.", author="Maxine Orji")
plain(p12, " If numbers allow, a September cohort will start from 2010.")
COMMENTS.append((t12.cell(2, 1).paragraphs[0].runs[:1], "Heads said no to Saturdays at the Steering Group. Taken out. MO", "Maxine Orji", "MO"))
q(13, "Do you use e-learning?", "Paul",
  "EastNet, the CLC's learning platform, carries all Hub Day materials, readings and the Submission drop-boxes, and "
  "participants can reach it from school or home. Tutors answer queries by email within three working days, "
  "including between Hub Days.",
  avoid="Don't promise an online discussion forum or tutor-led online sessions: we haven't got them.")

para(d, "**Theme E \u2013 Stakeholders**")
q(14, "How do you know what schools and the LA need?", "Sue",
  "In March 2008 we surveyed all eleven heads, the 23 SENCOs and assistant SENCOs in partnership schools, and the "
  "LA's SEN and inclusion team. The top needs were: provision mapping and value for money; managing teaching "
  "assistants and Learning Mentors; access arrangements for examinations; working with parents; and the rising "
  "number of pupils with speech, language and communication needs. Each of these has a Hub Day. We also used the "
  "LA's analysis of SEN outcomes at Key Stage 4 in the partnership.",
  hand="Survey summary (two pages)")
q(15, "How have stakeholders shaped the programme?", "Tom",
  "Three examples. Heads told us Friday release was the hardest to cover, so Hub Days moved to Tuesdays and "
  "Thursdays. The LA asked for more on provision mapping, so it now runs through Strand 3 and the S3 Submission. The "
  "Parent Partnership Service and the Parents' Forum asked to co-present the parents' Hub Day, and they now do. "
  "Pilot participants from 2007 told us the reading was too heavy in the first term; the Strand 1 list was cut by a "
  "third.")
q(16, "How will they be involved from now on?", "Tom",
  "Four heads and an LA SEN officer sit on the Partnership Steering Group, which receives the evaluation report each "
  "term and agrees the changes for the next cohort. LA officers and EP and outreach staff teach on Hub Days. An LA "
  "SEN officer sits on the Award Board. Completers from the pilot act as School Link Mentors, and the Parents' Forum "
  "reviews the parents' Hub Day each year and reports to the Steering Group.")

para(d, "**Theme F \u2013 Quality**")
q(17, "Who can join, and how do you know they are ready?", "Maxine",
  "Entry criteria: QTS; in post as SENCO or designated to become SENCO within a year; the head's signed nomination, "
  "which commits the school to release for the Hub Days. The Starting Point Profile and Route Meeting check that the "
  "participant has the knowledge and experience to reach the outcomes within the year. Where they do not, Maxine "
  "meets the candidate and head, sets out what is needed (usually a term shadowing the current SENCO and two Network "
  "meetings) and offers a place in the next cohort.")
t18 = q(18, "How do you check CRB disclosures?", "Sue",
        "All participants are teachers employed in our schools, so their schools already hold enhanced CRB "
        "disclosures as employers. We don't ask for them ourselves.",
        pressed="Visits to other schools are arranged through the host schools, which ask visiting staff for their CRB details on arrival.")
COMMENTS.append((t18.cell(2, 1).paragraphs[0].runs, "The TDA asked about this last time. Is this enough? TR", "Tom Rawcliffe", "TR"))
q(19, "Who teaches it, and where does the specialist expertise come from?", "Maxine",
  "See Part 1 for the core team. Hub tutors are practising SENCOs and specialist teachers with current experience, "
  "with Paul and a second Harnford lecturer. Hub Days draw on the Eastgate EP Service, the speech and language "
  "therapy team, the autism outreach team, the sensory support service and the CAMHS school link worker.",
  pressed="In the 2007 pilot every participant spent two days placed in a special school. From 2009 visits to specialist "
          "settings are optional, arranged if the Route Plan suggests it.")
q(20, "What resources do participants have?", "Paul",
  "The CLC's ICT suite and its assistive technology library (symbol software, text-to-speech, screen readers, "
  "switch access, voice recognition), which participants borrow to try with pupils; the partnership's SEN resource "
  "base of assessment materials; full use of the University of Harnford library, with Athens login for e-journals; "
  "and EastNet.")
q(21, "How do tutors and mentors know what they are doing?", "Paul",
  "Hub tutors attend the University's induction for associate tutors and the Award's own tutor day in December, and "
  "Paul observes each new tutor once in their first year. School Link Mentors get the Mentor Handbook in the post "
  "before the first Hub Day.",
  pressed="There's no mentor training session as such; most of them are experienced SENCOs.")
q(22, "How do you make marking consistent?", "Paul",
  "Every Submission is marked by the hub tutor and second-marked by a Harnford tutor. A moderation meeting after "
  "each Submission agrees marks and samples across tutors. The University appoints an external examiner, who "
  "samples work from every Submission and attends the Award Board. Marking criteria are published to participants "
  "with the Submission briefs.")
q(23, "How will you evaluate the Award and its impact?", "Sue",
  "Internally: an evaluation form after each Hub Day, a focus group with participants each term, School Link Mentor "
  "reports, and the Steering Group's termly review. Externally: the external examiner's report, Harnford's annual "
  "monitoring of the programme, and a review by the LA's school improvement team at the end of the first year. "
  "Every point raised goes into the Course Review Log with an action and an owner, and the Steering Group signs off "
  "the changes for the next cohort. For participants' competence and confidence, the Starting Point Profile is "
  "repeated at the end of the year and compared with the first one.",
  pressed="We would like to follow pupils' attainment for two years after the course, if the LA's data team can help.")
q(24, "How do you make sure only people who meet every outcome get the Award?", "Paul",
  "Each participant keeps an Outcomes Log. An outcome is signed off only when a tutor has seen evidence for it in a "
  "Submission or the Final Conversation. The Award Board (tutors, the external examiner and an LA SEN officer) "
  "confirms the Award only where all 28 national outcomes are signed off; anyone short is referred and told what "
  "they must still show. No outcome, no award. Every outcome is assessed in at least one Submission or in the Final "
  "Conversation.",
  hand="Crib card, Part 5")

title("PART 5 \u2013 CRIB CARD: WHERE THE OUTCOMES LIVE")
para(d, "Our shorthand for the 28 national outcomes, where each is worked on and where a tutor signs it off. "
        "HD = Hub Day; S1-S3 = Submissions; FC = Final Conversation.")
rows = [["#", "Outcome (our shorthand)", "Worked on", "Signed off in"],
        ["ATTRIBUTES", None, None, None],
        ["A1", "Good relationships with pupils and their families", "HD4, HD6", "S2 Casework File"],
        ["A2", "Getting the head and SLT on side", "HD8", "S3 (presentation to SLT)"],
        ["A3", "Prioritising, time, delegating", "HD2", "Discussed at Route Meetings (not marked)"],
        ["A4", "Solving problems, sound decisions", "HD7 clinic", "S2; FC"],
        ["A5", "Clear speaking and writing; listening", "All HDs; mentor feedback", "S1-S3; FC"],
        ["A6", "Using research and outside advice", "HD3", "S3 literature section"],
        ["A7", "Own CPD, keeping up to date", "HD10", "Next Steps Plan (not marked)"],
        ["KNOWLEDGE", None, None, None],
        ["K1", "SEN law and the Code of Practice", "HD1", "S1 Policy Health-Check"],
        ["K2", "Every Child Matters and the SENCO", "HD1, HD4", "S2"],
        ["K3", "Disability equality law and duties", "HD1, HD5", "S1 (Disability Equality Scheme section)"],
        ["K4", "How children develop", "[to confirm with Harnford]", "[to confirm]"],
        ["K5", "Main types of SEN: BESD, SpLD/dyslexia, SLCN, ASD, MLD", "HD3, HD5", "S2"],
        ["K6", "Approaches and resources, incl. ICT", "HD5 (assistive technology)", "S2"],
        ["K7", "School self-evaluation and SEN", "HD8", "Discussion task on HD8: feedback given, not graded"],
        ["K8", "Best practice and research", "HD3", "S3"],
        ["K9", "External agencies; getting support", "HD6, HD7", "S2"],
        ["SKILLS", None, None, None],
        ["S1", "Strategy with SLT and governors", "HD8", "S3 (presentation to SLT or governors)"],
        ["S2", "Identify, set targets, intervene, review", "HD4", "S2"],
        ["S2a", "Using other professionals' assessments", "HD7", "S2"],
        ["S2b", "Summative data and national tests", "HD4 (RAISEonline, P scales)", "S3"],
        ["S2c", "Colleagues' formative assessment for pupils with SEN", "HD5", "S3"],
        ["S2d", "Access arrangements for tests and exams", "HD9 (with an exams officer)", "Practice task on HD9, feedback only"],
        ["S3", "Provision mapping; spotting gaps", "HD4, HD9", "S3 Provision Map Review"],
        ["S4", "Deploying and managing staff", "HD2 (TAs, Learning Mentors)", "Not assessed"],
        ["S5", "Developing colleagues", "HD8", "S3 (training session observed by mentor)"],
        ["S6", "Reviewing provision with staff for the SEF", "HD9", "S3"],
        ["S7", "Pupils involved in their own provision", "HD4", "Not assessed separately"],
        ["S8", "Working with parents and carers", "HD6", "S2"],
        ["S9", "Working with other services, incl. voluntary", "HD6, HD7", "S2"],
        ]
ct = table(d, rows, widths=[1.3, 7.2, 4.2, 4.8], size=9)
for i, r in enumerate(rows):
    if r[1] is None:
        c = ct.cell(i, 0).merge(ct.cell(i, 3))
        shade_cell(c, "BFBFBF")
        for run in c.paragraphs[0].runs:
            run.bold = True
s2c_row = [i for i, r in enumerate(rows) if r[0] == "S2c"][0]
delete_row(ct.rows[s2c_row], author="Maxine Orji")
COMMENTS.append((ct.cell(s2c_row - 1, 1).paragraphs[0].runs, "Took S2c out: HD5 has no AfL session this year. Need to put this back for 2010. MO", "Maxine Orji", "MO"))

title("PART 6 \u2013 ON THE DAY")
for line in ["Meet at 9.45 in the TDA reception; Sue has the visitor passes.",
             "Sue opens (two minutes, the five messages), then questions. We have fifty minutes.",
             "Bring: the Award leaflet, the Mentor Handbook, the survey summary, a blank Starting Point Profile, the crib card.",
             "If a question is about the University's regulations, Paul answers; do not guess at credit rules.",
             "Afterwards: debrief at the CLC, 3pm. Maxine to write up any questions we could not answer."]:
    para(d, "\u2022  " + line)

for runs, text, author, initials in COMMENTS:
    comment(d, runs, text, author=author, initials=initials)

d.save(OUT)
print("wrote", OUT)
