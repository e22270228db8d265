"""lj-02-saltings-tunnel-assembly-instructions

Provider (invented): Saltings & Estuary Federation of Allotment and Community Garden
Societies, through its Schools' Education Officers, with the University of Wyeborough
validating the award.

Document kind and layout: the Federation writes its course as the ASSEMBLY INSTRUCTIONS
for a kit polytunnel, "The Inclusion Tunnel - Model SE-60", the sort of leaflet its
societies get with every community polytunnel. Heading styles (Title, Heading 1,
Heading 2); a glossary table; a "Contents of the kit" table with a merged, shaded title
row and a placeholder; a "SAFETY FIRST" text box; ten Steps (study days) each with a
"Site Job"; Checks C1-C3 and a Storm Test (the marked assessments); a Fitting Chart (the
outcome map, "Fitted at Step | Tested at") whose values "Hand-tight only" and "Not in
this kit" are defined in the paragraph above it; a Troubleshooting table; an "Other
tunnels in our range" table of other federations' courses; footnotes; tracked changes
(a deleted sentence, a deleted table row); a Word comment; header and footer; "[TBC]"
and "[insert date]" placeholders. Vocabulary: Builders (participants), Fitters
(tutors), Tunnel Buddies (mentors), Site Jobs (school-based tasks), Pre-Build Check
(needs analysis), Parts (outcomes), Tunnel Online (Moodle).

Traps (requirement ids):
- Level: a footnote says Module 3 (20 credits) "is at Level 6" -> E.2 partially_met.
- Aim is attainment in English and mathematics only, no well-being -> 1.1 partially_met;
  Every Child Matters is "Hand-tight only" -> 6.K2 partially_met.
- Pupils' views only "matter too" and "some schools use pupil questionnaires"; no Part
  for pupils' involvement in their provision -> 1.5 partially_met, 6.S7 not_met.
- Pre-Build Check only sorts Builders into two groups: "We do not write individual
  plans" -> 2.2 partially_met.
- Assessment-only refused in Troubleshooting ("Not with this kit") and present only as
  another federation's "Model BW-Ready" -> 2.3 not_met (negation, other provider).
- Equality only a welcome and a policy -> 3.1 partially_met.
- Tunnel Online: peers help one another, but "The Fitters read the forum but do not
  answer questions on it" -> 3.3 partially_met.
- Fitters described as "friendly, experienced people who know schools well", no
  qualifications -> 5.4 partially_met.
- Specialist resources "[TBC - to be agreed with the University library]" -> 5.6
  partially_met.
- Moderation only in a tracked deletion; live text has only a second reading "where a
  Fitter is unsure" -> 5.8 partially_met.
- Sign-off on passing the Checks and Storm Test while some Parts are not marked ->
  6.0 partially_met; 1.9 partially_met.
- CRB check is real but sits in the SAFETY FIRST text box -> 5.3 met.
- Fitting Chart: "Hand-tight only" -> 6.A5, 6.K2, 6.S2b, 6.S5 partially_met; Part 15
  (research) tested at C1 but fitted in "Builder's own reading" -> 6.K8 partially_met;
  Part 10 (disability equality law) "Not in this kit", left to the County -> 6.K3
  not_met; the exam access arrangements row is a tracked row deletion -> 6.S2d not_met;
  Part 23 (provision mapping) "Hand-tight only" in the chart but a footnote moves it to
  Check 3 -> 6.S3 met.
- A comment doubting Part 14 is not part of the submission -> 6.K7 met from the chart.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lj_helpers import (new_doc, para, runs, ins, dele, mark_para_deleted, shade_cell, cell_text, table, text_box,
                         page_field, Footnotes, W_NS, _next_id)
from docx.oxml import parse_xml

OUT = Path(__file__).with_name("lj-02-saltings-tunnel-assembly-instructions.docx")
d = new_doc("Calibri", 10.5)
fn = Footnotes()

sec = d.sections[0]
sec.header.paragraphs[0].text = ("Saltings & Estuary Federation of Allotment and Community Garden Societies "
                                 "\u00b7 Schools' Education Officers")
fp = sec.footer.paragraphs[0]
fp.text = "Model SE-60 Assembly Instructions \u00b7 Issue 2 (October 2008) \u00b7 Keep for future reference \u00b7 "
page_field(fp)


def H1(t):
    d.add_heading(t, level=1)


def H2(t):
    d.add_heading(t, level=2)


def P(*parts):
    p = d.add_paragraph()
    runs(p, *parts)
    return p


d.add_heading("The Inclusion Tunnel \u2013 Model SE-60", level=0)
P(("ASSEMBLY INSTRUCTIONS. ", "b"), "Please read all the instructions before you start, and keep them for future "
  "reference. The Inclusion Tunnel is the Federation's course leading to the National Award for SEN Coordination, "
  "for teachers new to the SENCo role. These instructions are sent to the Training and Development Agency for "
  "Schools with our application for approval, November 2008.")

H1("Before you begin")
P("The Inclusion Tunnel is built for one thing: raising the attainment of pupils with special educational needs and "
  "disabilities in English and mathematics in the Builder's own school. Every Step aims at it, and every Check asks "
  "the Builder to show progress in reading, writing or number for the pupils they work with, measured in P scales "
  "and National Curriculum levels.")
p = P("The tunnel is validated by the University of Wyeborough as its Postgraduate Certificate in Inclusion and SEN "
      "Coordination, 60 credits in all, and the University confers the award.")
fn.add(p, "Modules 1 and 2 (40 credits) are at Level 7; Module 3, the Storm Test portfolio (20 credits), is at Level "
          "6, as agreed at the University's validation event of 9 October 2008.")
P("A few words are used in a special way in these instructions:")
table(d, [
    ("Word", "What it means in these instructions"),
    ("Builder", "a teacher new to the SENCo role who is taking the course"),
    ("Fitter", "one of the Federation's Schools' Education Officers or a University tutor who leads Steps and marks Checks"),
    ("Tunnel Buddy", "an experienced SENCo in a nearby school who mentors the Builder"),
    ("Step", "one of the ten study days"),
    ("Site Job", "a task the Builder carries out in their own school after a Step"),
    ("Check", "a marked piece of work: C1, C2 and C3"),
    ("Storm Test", "the final portfolio and professional discussion"),
    ("Part", "one of the things a finished SENCo can do, listed on the Fitting Chart"),
    ("Tunnel Online", "the course's Moodle site, hosted by the University"),
], header_fill="D6E4F0")

H1("Contents of the kit")
kt = d.add_table(rows=9, cols=3)
kt.style = "Table Grid"
mc = kt.cell(0, 0).merge(kt.cell(0, 2))
cell_text(mc, "EVERY BUILDER RECEIVES", bold=True)
shade_cell(mc, "D6E4F0")
kit = [("Box", "Contents", "Qty"),
       ("1", "Builder's Manual (printed, 120 pages) with the Fitting Chart", "1"),
       ("1", "Pre-Build Check booklet", "1"),
       ("2", "Site Job cards, one for each Step", "10"),
       ("2", "Reading Pack of chapters and articles for each Step", "1"),
       ("3", "Tunnel Online login and a loan laptop for Builders without internet access at home", "1"),
       ("3", "Storm Test portfolio wallet and evidence sheets", "1"),
       ("4", "Specialist resources: [TBC \u2013 to be agreed with the University library]", "\u2013")]
for i, row in enumerate(kit, start=1):
    for j, v in enumerate(row):
        cell_text(kt.cell(i, j), v, bold=(i == 1), size=9)
        if i == 1:
            shade_cell(kt.cell(i, j), "EAF1F7")

H1("Tools you will need")
P("To build the tunnel you need qualified teacher status; to be in post as SENCo or named to take the role within "
  "the year; your headteacher's signature on the Release Form, agreeing to ten days' release and to a Tunnel Buddy; "
  "and at least one year's teaching in a school in England. Every applicant is interviewed by a Fitter, who looks at "
  "the Release Form and a short statement about the applicant's work with pupils with SEN and asks how the "
  "applicant has worked with pupils' records and with colleagues.")
P("If you do not yet have the tools, the Fitter will tell you and your headteacher in writing what you need to do "
  "first \u2013 usually a term shadowing your school's current SENCo \u2013 and hold a place for you at the next start. "
  "The next February start is on [insert date].")
text_box(d, [
    "Before Step 1 the Federation's Schools' Officer checks with each Builder's school that the Builder holds a "
    "current enhanced CRB disclosure, and records its number and date on the Builder's file. The school also "
    "confirms that its List 99 check has been made.",
    "No Builder starts Step 1, or visits a placement, until this has been done. Builders on supply contracts bring "
    "their disclosure certificate to the interview.",
], title="SAFETY FIRST", height_pt=110, fill="#FDF3D0")

H1("Safety and access")
P("The Federation welcomes Builders of all abilities and backgrounds, and our equal opportunities policy applies to "
  "everything we do. We want everyone to enjoy building their tunnel.")

H1("Which way to build")
P("There are two starts each year, in September and in February. Steps 1 and 2 come first; Steps 3 to 7 can be "
  "built in any order to suit the Builder's school calendar; Steps 8 to 10 come last. Builders choose between the "
  "face-to-face build, in which all ten Steps are held at the Federation's Saltings Learning Centre, and the blended "
  "build, in which Steps 3, 4 and 7 are done on Tunnel Online instead of in person.")
P("Tunnel Online is the University's Moodle site. It holds the readings, a video of each Step, the Site Job cards "
  "and a forum for each group, where Builders help one another between Steps. The Fitters read the forum but do not "
  "answer questions on it; questions for a Fitter go to the Federation office in writing. Each of the three online "
  "Steps ends with a short quiz.")

H1("Parts already fitted, and the Pre-Build Check")
P("Builders who have already studied at masters level, or who have long experience, can claim credit through the "
  "University's Recognition of Prior Learning procedure: up to 30 credits for certificated study (APCL), or for "
  "experience shown in a portfolio (APEL) that two Fitters assess against the Parts. The Builder is then excused the "
  "Steps and the Check that the credit covers.")
P("Before Step 1 every Builder fills in the Pre-Build Check, rating themselves against each Part on the Fitting "
  "Chart. The Fitters use the Pre-Build Checks to put Builders into two workshop groups for Steps 3 to 7, the Starter "
  "group and the Fast-track group. We do not write individual plans; every Builder builds the same tunnel.")
P("Within that, the tunnel is fitted to the Builder's ground. Each Site Job card has three versions \u2013 for "
  "primary, secondary and special schools \u2013 and the Builder and Tunnel Buddy choose the pupils and the school "
  "priority the Site Job will work on. The Starter and Fast-track groups spend their afternoons differently: the "
  "Fast-track group goes further into Parts it already knows. The kit costs \u00a3980 per Builder, which is well "
  "below the other courses in the two counties, because the Steps are held in the Federation's own centre and the "
  "Fitters are employed for the Federation's schools work all year. The 60 credits count in full towards the "
  "University's MA in Inclusive Education, so a Builder can go on building.")

H1("Assembly")
P("The tunnel is built in ten Steps. Each Step is a Saturday at the Saltings Learning Centre from 9.30 to 4.00 and "
  "is followed by a Site Job in the Builder's own school, tied to the Parts fitted at that Step; the Builder brings "
  "the Site Job back to the next Step and it goes into the Storm Test portfolio. Each Step works from current "
  "research and inspection evidence, including Ofsted's 2006 report Inclusion: does it matter where pupils are "
  "taught?, the Bercow Review of services for children and young people with speech, language and communication "
  "needs (2008), Removing Barriers to Achievement (2004), the Inclusion Development Programme (2008) and the first "
  "findings of the Deployment and Impact of Support Staff project.")
steps = [
    ("Step 1 \u2013 Ground pegs: the law and the role",
     "The Special Educational Needs Code of Practice (2001), the SEN and Disability Act 2001, the Education (Special "
     "Educational Needs Co-ordinators) (England) Regulations 2008, Every Child Matters and Removing Barriers to "
     "Achievement, and what they mean for a SENCo. Builders practise writing a short policy briefing and presenting "
     "it to the group.",
     "Site Job 1: audit your school's SEN policy against the Code and present your findings to your head."),
    ("Step 2 \u2013 Base rails: how children develop and learn",
     "How children develop, and how SEN, disability and the classroom and social setting affect development; the "
     "common kinds of SEN \u2013 behavioural, emotional and social difficulties, dyslexia and other specific "
     "learning difficulties, speech, language and communication needs, autism, and moderate learning difficulties "
     "\u2013 and how each affects learning; drawing on advice from outside the school to improve one's own and colleagues' "
     "teaching.",
     "Site Job 2: profile one pupil's needs with the help of advice from an outside specialist."),
    ("Step 3 \u2013 Hoops: finding and planning for need",
     "Identifying pupils who may have SEN through observation, data and assessment; using the reports of educational "
     "psychologists, therapists and advisory teachers to shape teaching; setting challenging targets; planning and "
     "reviewing interventions; a critical look at approaches and resources, including ICT, for teaching pupils with "
     "SEN.",
     "Site Job 3: plan and start an intervention for a small group, with targets."),
    ("Step 4 \u2013 Cross-bars: keeping track",
     "Using end-of-key-stage and optional test results to track progress; helping other teachers to use assessment "
     "for learning with pupils with SEN; managing a SENCo's time, priorities and delegation.",
     "Site Job 4: lead a staff meeting on assessment for learning for pupils with SEN."),
    ("Step 5 \u2013 Door frames: provision and people",
     "Provision mapping and management, and finding provision that is missing or not working; deploying and "
     "managing teaching assistants; winning the support of the head and senior leaders; anticipating problems and "
     "making sound decisions about provision.",
     "Site Job 5: draw your school's provision map and propose one change to a senior leader."),
    ("Step 6 \u2013 Cover sheet: families",
     "Building fair and supportive relationships with pupils and families; working in partnership with parents and "
     "carers, led with the Estuary Parents' Forum and the Parent Partnership Service: role-played meetings, sharing "
     "difficult news, agreeing next steps with a family. Builders are reminded that pupils' views matter too, and "
     "that some schools use pupil questionnaires.",
     "Site Job 6: hold a review meeting with a family and write up what was agreed."),
    ("Step 7 \u2013 Vents: working with others",
     "The work of educational psychology, health, social care, the voluntary sector and specialist teaching "
     "services; getting specialist help for pupils; advising and working with colleagues in other schools through "
     "the cluster SENCo groups, and with other services in multi-agency meetings.",
     "Site Job 7: arrange and attend a multi-agency meeting for one pupil and follow up the actions."),
    ("Step 8 \u2013 Guy ropes: steering the school",
     "Working with senior leaders and governors on an inclusive ethos, SEN policy, priorities and resources; the "
     "principles of school self-evaluation and how the SEN part of the self-evaluation form is written; reviewing "
     "with other staff how well the school's provision is working.",
     "Site Job 8: review one area of provision with colleagues and draft the SEN section of your school's "
     "self-evaluation."),
    ("Step 9 \u2013 Staging: growing colleagues and yourself",
     "Supporting colleagues' development by observing and giving feedback, modelling, coaching and running "
     "training; advising and supporting teaching assistants and class teachers; keeping up to date and taking charge "
     "of one's own professional development.",
     "Site Job 9: coach a colleague through three lessons and keep a CPD log for the year."),
    ("Step 10 \u2013 Ventilation: next season",
     "Each Builder looks back at the Pre-Build Check, writes three professional targets for the following year on the "
     "Next Season planner, and takes them to a meeting with their line manager; Fitters talk through the further "
     "study open to Builders, including the MA and the County's leadership programmes.",
     "Site Job 10: agree your targets with your line manager and send the signed planner to the Fitters."),
]
for h, body, job in steps:
    H2(h)
    P(body)
    P(("Site Job. ", "b"), job.split(": ", 1)[1])
P("Between Steps 2 and 3 every Builder spends a placement day in one of the Federation's partner settings \u2013 "
  "Saltmarsh Special School, the Harbour Road resource base for autism or the Estuary pupil referral unit \u2013 "
  "arranged by the Schools' Officer, with a teacher there as host. Each Step also has a specialist speaker: an "
  "educational psychologist, a speech and language therapist, a specialist teacher or a parent.")

H1("Checks and the Storm Test")
P("Check C1 is an essay of 3,000 words on the law, children's development, the kinds of SEN and what research says "
  "works, handed in after Step 3. Check C2 is a case study of one pupil, from identification through a meeting "
  "with the family to a reviewed intervention, handed in after Step 6. Check C3 is the Builder's provision map and "
  "a plan for deploying support staff, with a 2,000-word commentary, handed in after Step 7. The Storm Test is the "
  "Builder's portfolio of Site Jobs, with a forty-minute professional discussion with two Fitters in which the "
  "Builder shows what has changed in their school's practice and for their pupils because of the tunnel they have "
  "built.")

H1("The Fitting Chart")
P("The Fitting Chart lists every Part. Fitted at Step names the Step at which the Part is taught. Tested at names "
  "the Check at which it is marked. Hand-tight only means the Part is fitted at a Step and the Fitter looks it over "
  "with the Builder, but it is not marked at any Check. Not in this kit means the Part is not supplied with this "
  "model.")
chart = [
    ("01", "Builds fair, respectful and supportive relationships with pupils with SEN and their families", "6", "C2"),
    ("02", "Gets the head, senior leaders and colleagues committed to better outcomes for these pupils", "5", "Storm Test"),
    ("03", "Sets priorities, manages time and delegates, checking that delegated work is done", "4", "C3"),
    ("04", "Anticipates and resolves problems and makes sound decisions about provision", "5", "C3"),
    ("05", "Speaks and writes clearly, and listens to others", "1", "Hand-tight only"),
    ("06", "Uses research and outside advice to improve own and colleagues' practice", "2", "C1"),
    ("07", "Keeps up to date and takes charge of own CPD in SEN and disability", "9", "Storm Test"),
    ("08", "Knows SEN law, the Code of Practice and how to put them into practice in school", "1", "C1"),
    ("09", "Knows Every Child Matters and the SENCo's part in its five outcomes", "1", "Hand-tight only"),
    ("10", "Knows disability equality law and what it requires of schools", "Not in this kit", "Not in this kit"),
    ("11", "Knows how children develop and what affects development", "2", "C1"),
    ("12", "Knows the common kinds of SEN and how they affect learning", "2, 3", "C1"),
    ("13", "Judges approaches and resources for assessment and teaching, including ICT, critically", "3", "C2"),
    ("14", "Knows the principles of school self-evaluation and improvement as they bear on SEN", "8", "Storm Test"),
    ("15", "Knows best practice and what research shows about meeting SEN", "\u2013 (Builder's own reading)", "C1"),
    ("16", "Knows what outside agencies do and how to get specialist support", "7", "C2"),
    ("17", "Influences, with senior leaders and governors, the school's inclusive ethos, policy, priorities and resources", "8", "Storm Test"),
    ("18", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "3", "C2"),
    ("19", "Uses other professionals' assessments to shape teaching", "3", "C2"),
    ("20", "Uses summative results, national tests among them, to track progress and adjust programmes", "4", "Hand-tight only"),
    ("21", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "4", "C2"),
    ("22", "Arranges access arrangements for national tests and examinations in good time", "4", "C3"),
    ("23", "Uses provision mapping to plan provision and find what is missing or not working", "5", "Hand-tight only"),
    ("24", "Deploys and manages teaching assistants and other staff", "5", "C3"),
    ("25", "Supports colleagues' development through observation, feedback, coaching and training", "9", "Hand-tight only"),
    ("26", "Reviews with colleagues how well provision is working, to feed the school's self-evaluation", "8", "Storm Test"),
    ("27", "Liaises with parents and carers to support their child's learning", "6", "C2"),
    ("28", "Works in partnership with other services and voluntary organisations", "7", "C3"),
]
ft = d.add_table(rows=len(chart) + 1, cols=4)
ft.style = "Table Grid"
for j, h in enumerate(["No.", "Part \u2013 what the finished SENCo can do (in our words)", "Fitted at Step", "Tested at"]):
    cell_text(ft.cell(0, j), h, bold=True, size=9)
    shade_cell(ft.cell(0, j), "D6E4F0")
for i, row in enumerate(chart, start=1):
    for j, v in enumerate(row):
        cell_text(ft.cell(i, j), v, size=9)
    if row[0] == "23":
        fn.add(ft.cell(i, 3).paragraphs[0], "Since the chart was printed, Part 23 has been moved into Check C3: the "
               "provision map handed in for C3 is now marked for it.")
    if row[0] == "14":
        d.add_comment(ft.cell(i, 1).paragraphs[0].runs[0], text="Is this really tested in the Storm Test? Check with "
                      "Dev before this goes.", author="Carys Hollins", initials="CH")
    if row[0] == "10":
        para(ft.cell(i, 1), "The County runs its own disability equality training for schools.", italic=True, size=8)
    if row[0] == "22":
        tr = ft.rows[i]._tr
        trPr = tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:del {W_NS} w:id="{_next_id()}" w:author="Dev Mistry" w:date="2008-10-21T11:05:00Z"/>'))
        for c in ft.rows[i].cells:
            for pp in c.paragraphs:
                mark_para_deleted(pp, author="Dev Mistry", date="2008-10-21T11:05:00Z")

H1("Signing off")
P("A Builder's tunnel is signed off, and the University confers the award, when the Builder has passed all three "
  "Checks and the Storm Test. A Check marked Not yet may be resubmitted once, within six weeks.")

H1("Troubleshooting")
table(d, [
    ("Problem", "Likely cause", "What to do"),
    ("I have built tunnels before \u2013 can I just have mine tested?", "You may already know much of the course.",
     "Not with this kit: every Builder fits every Step. Some other models offer a ready-built route (see Other "
     "tunnels in our range)."),
    ("My Check came back marked Not yet", "A Part was not shown clearly enough.",
     "Read the Fitter's notes and resubmit within six weeks."),
    ("I have missed a Step", "Illness or a school emergency.",
     "Catch up on Tunnel Online and with your Tunnel Buddy, or join that Step with the next group."),
    ("My headteacher will not release me", "Cover is short.",
     "The Schools' Officer will ring your headteacher to talk it through."),
    ("Tunnel Online will not let me in", "Your University login has not been activated.",
     "Ring the Federation office; we will chase the University the same day."),
], header_fill="D6E4F0")

H1("Aftercare and guarantee")
H2("Who fits your tunnel")
P("Our Fitters are friendly, experienced people who know schools well: the Federation's three Schools' Education "
  "Officers, Jan Polglase, Dev Mistry and Carys Hollins, and tutors from the University.")
P("Tunnel Buddies are experienced SENCos from nearby schools. Each Buddy receives Fitters' Notes, which set out what "
  "a Buddy does at each Step and what a Buddy must not do (a Buddy never marks a Check), and comes to a half-day "
  "Buddy briefing before the first Step and a twilight review in spring. Fitters new to the tunnel attend the "
  "University's course for assessors before they mark, and co-lead their first three Steps with an experienced "
  "Fitter.")
H2("Marking")
p = P("Each Check is marked by the Fitter who led the Step. Where a Fitter is unsure of a mark, a second Fitter reads "
      "the work. ")
dele(p, "A sample of every Check is moderated by the University and seen by its external examiner.",
     author="Dev Mistry", date="2008-10-21T11:09:00Z")
H2("How we look after the tunnel")
P("After every Step each Builder completes an evaluation on Tunnel Online, and the Fitters review the evaluations "
  "and the Check results together at a meeting each term. Tunnel Buddies complete a feedback form each spring. The "
  "University's annual programme review looks at the course from outside the Federation, and the two local "
  "authorities' SEN teams evaluate the course each year from the schools' side.")
P("Each July the Fitters write the Aftercare Log, listing what the evidence shows and what will change; the "
  "Federation's Education Committee agrees the Log and the changes are made before the next September start. The "
  "2007-08 trial build's Log moved work with families from Step 9 to Step 6 and added the placement day.")
P("To see what the tunnel does for pupils, each Builder chooses three target pupils at the Pre-Build Check and "
  "records their P scale or National Curriculum level, their attendance and a short well-being scale, and records "
  "the same again at the Storm Test. Builders rate their confidence on every Part at the start and the end, and one "
  "term after sign-off each headteacher completes a short questionnaire on what the Builder now does differently. "
  "The Federation reports these figures each year to its Education Committee and to the University.")
H2("Who helped design the tunnel")
P("In 2007 the Federation asked the SENCos and headteachers of the 74 schools that run gardening clubs with us, and "
  "the two local authorities' SEN teams, what new SENCos most needed; 52 schools replied, and both authorities sent "
  "their data on pupils at School Action Plus. The replies asked above all for help with provision mapping, with "
  "deploying teaching assistants and with meeting families.")
P("Because of those replies the kit now has Step 5 on provision mapping and deploying teaching assistants and the "
  "placement day, and the authorities' comments on the trial build brought work with families forward to Step 6.")
P("Headteachers, the two authorities' SEN teams and the Estuary Parents' Forum each send a member to the Tunnel "
  "Steering Group, which reads the evaluations, the Check results and the pupil figures each July and agrees the "
  "Aftercare Log. Tunnel Buddies from local schools mentor the Builders, the partner settings host the placement "
  "days, and the Parents' Forum co-leads Step 6.")

H1("Other tunnels in our range")
P("Other federations build tunnels to their own designs. We list them so that teachers can choose the one that "
  "suits them.")
table(d, [
    ("Model", "Built by", "What is different"),
    ("BW-Ready", "Brackwater Federation with the University of Helmsford",
     "A ready-built route: experienced SENCos may be assessed against all the national outcomes without building"),
    ("KG-80", "Kestle Green Community Gardens Network", "Eighty credits, with a whole Step on consulting pupils"),
    ("SE-20", "Our own short Introduction to SEN (not accredited)", "Three twilight sessions for any teacher"),
], header_fill="D6E4F0")
P(("Saltings & Estuary Federation, Schools' Education Officers, ", "i"), ("The Old Seed Store, Marsh Lane, Saltings SE4 2TR", "i"))

fn.attach(d)
d.save(str(OUT))
print("wrote", OUT)
