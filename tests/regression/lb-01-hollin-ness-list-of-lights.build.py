"""lb-01-hollin-ness-list-of-lights

Provider (invented): Hollin Ness Lighthouse and Coastal Heritage Trust, whose
Teacher Education Unit ("the Watch Room") runs the Ness Course for the National
Award for SEN Coordination 2008-09, validated by the University of Dunmere.

Document kind and layout: the course written as the Trust's printed "List of
Lights and Fog Signals" (in the manner of an Admiralty List of Lights). A title
block; a Preface; "Notes on the use of this List" that define the house words
(Keepers = tutors, Attending Keepers = school mentors, Stations = participants'
schools, Watches W1-W10 = study days, Night Logs NL1-NL3 = marked assignments,
Lamp Checks LC1-LC3 = marked observations in school) and the Characteristic
key ("Fl", "Iso", "Q", "Extinguished") far above the table that uses it; Part I
"General Information" in hand-numbered paragraphs I.1-I.21 (bold typed titles,
no heading styles); Part II, the List of Lights itself (HN 01-HN 28), a table
with merged, shaded section rows (A The Keeper / K The Chart / S The Lamp);
Part III "Fog Signals" (support when a participant is in difficulty); a VML
text box "Notice to holders of this List No. 1/08" that corrects one
characteristic; one footnote; a page header and a footer carrying a claim.

Traps (requirement ids):
- Characteristic key defined only in the Notes, far above the table (all 6.*).
- "Iso" = taught but "not marked in any Night Log or Lamp Check": 6.A3, 6.K3,
  6.S2b, 6.S7 partially met; 1.9 partially met because not every Light is
  marked.
- "Q" = marked only in the end-of-Watch quiz which "is not counted towards the
  Award" (formative only): 6.A7, 6.S6 partially met. A footnote on HN 07
  repeats this.
- "Extinguished": child development (6.K4) is listed but not exhibited this
  edition, left to the University's own module: not met.
- No Light at all for special arrangements for national tests (6.S2d); the
  "access arrangements" paragraph is about participants' own Night Logs (right
  words, wrong thing): not met.
- HN 14 (school self-evaluation, 6.K7) is printed "Iso", but the Notice in the
  text box changes it to "Fl NL3": met.
- The footer says "All Lights are exhibited in accordance with the national
  specification": a footer, never evidence (6.0 unaffected).
- Award rule is an aggregate mark of 40 per cent plus the Lamp Checks, not
  every outcome shown (6.0 partially met).
- Research only in general terms (1.3 partially met).
- Prior study credited, experience explicitly not (2.1 partially met).
- Assessment-only route is another trust's (Skerrow Point), "we do not"
  (2.3 not met).
- One September start, fixed order, choice of two venues only (3.2 partially met).
- Online Log Book used for papers and hand-in, Keepers do not answer there; no
  peer support described (3.3 partially met).
- Stakeholder evaluation only hoped for (4.3 not met); 4.1 and 4.2 met from
  the survey of schools and what changed.
- CRB disclosures "a matter for their employing schools" and the Trust does not
  ask to see them (5.3 not met: someone else's responsibility).
- Specialist visitors but "Visits to special schools are not part of the Ness
  Course" (5.5 partially met).
- Impact on pupils only expected; participants' confidence measured (5.9
  partially met).
"""
from pathlib import Path
from _lb_helpers import (new_doc, bold_title, para, table, merge_row, shade_cell, text_box,
                         Footnotes, header_footer, bullets)

OUT = Path(__file__).with_name("lb-01-hollin-ness-list-of-lights.docx")
d = new_doc("Georgia", 10.5)
fn = Footnotes(d)
header_footer(d, "Hollin Ness Lighthouse and Coastal Heritage Trust  \u00b7  List of Lights and Fog Signals  \u00b7  Edition 2008-09",
              "Corrections are published as Notices to holders of this List. All Lights are exhibited in accordance with the national specification.")

t = d.add_table(rows=3, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
top.text = "HOLLIN NESS LIST OF LIGHTS AND FOG SIGNALS"
top.paragraphs[0].runs[0].bold = True
shade_cell(top, "1F3864")
t.cell(1, 0).text = "Edition 2008-09 (SENCo Course)"
t.cell(1, 1).text = "Published by the Watch Room, Teacher Education Unit, Hollin Ness Lighthouse and Coastal Heritage Trust, The Old Keepers' Cottages, Hollin Ness"
t.cell(2, 0).text = "Submitted to the TDA for approval"
t.cell(2, 1).text = "National Award for SEN Coordination: the Ness Course, with the University of Dunmere"

d.add_paragraph()
bold_title(d, "PREFACE", 12)
para(d, "Hollin Ness light was first exhibited in 1841 and was automated in 1989. Since then the Trust has kept the tower, the keepers' cottages and the fog signal house, and for eleven years its Teacher Education Unit, which calls itself the Watch Room, has run courses for teachers from the schools of the Dunmere coast. Every edition of our List of Lights is a working document: it is the book that a keeper keeps open on the desk. This edition sets out the Ness Course, our programme for teachers new to the role of special educational needs coordinator, as we propose to run it from September 2008.")
para(d, "The Ness Course is validated by the University of Dunmere, School of Education, as a Postgraduate Certificate module, \"Coordinating Provision for Special Educational Needs\", carrying 60 credits at Master's level (level 7). The University's validation panel approved the module on 2 July 2008, and the University awards the credit; the Trust teaches the course, marks with the University and recommends the Award. Participants are registered students of the University for the year of the Course.")
para(d, "Its purpose is simply stated. A SENCo on the Ness Course learns to raise the achievement and improve the well-being of the pupils with special educational needs and disabilities in his or her own school: not their test scores only, but all five Every Child Matters outcomes, being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. That purpose is written into the module's aims and objectives, runs through the Watches, and is what the Night Logs ask participants to show: each Night Log must report the effect of the participant's work on named pupils against at least two of the five outcomes.")

bold_title(d, "NOTES ON THE USE OF THIS LIST", 12)
para(d, "Words. The List uses the words of the lighthouse service, as our participants do by the second Watch.")
bullets(d, [
    "Keepers are the Course tutors. The Principal Keeper leads the Course; Keepers teach the Watches and mark the Night Logs.",
    "Attending Keepers are experienced SENCos or senior leaders in participants' own schools, who act as school-based mentors and take part in the Lamp Checks.",
    "A Station is the participant's own school. Station work is the practical work done there between Watches.",
    "Watches are the ten study days of the Course, W1 to W10, held on Thursdays at the Trust between September 2008 and June 2009.",
    "Night Logs are the three marked written assignments, NL1, NL2 and NL3. Lamp Checks are the three marked observations of the participant's practice at the Station, LC1, LC2 and LC3.",
    "The Passage Plan is each participant's individual training plan.",
])
para(d, "Characteristics. In Part II each Light is an outcome of the Course, given in our own words. The column \"Exhibited at\" names the Watch at which it is taught. The column \"Characteristic\" says how the Light is marked:")
bullets(d, [
    "Fl followed by a Night Log or Lamp Check (for example \"Fl NL2\" or \"Fl LC3\"): the Light is taught at the Watch shown and is marked in that Night Log or Lamp Check; the participant must show it to pass that piece of work.",
    "Iso: the Light is exhibited at the Watch shown. The Keepers teach it and participants discuss it, but it is not marked in any Night Log or Lamp Check.",
    "Q: the Light is marked only in the short quiz at the end of its Watch. The quiz gives the participant feedback and is not counted towards the Award.",
    "Extinguished: the Light is listed for completeness but is not exhibited in this edition.",
], mark="-")
para(d, "Positions. Numbers run HN 01 to HN 28 and are not the numbers of the national outcomes; the Keepers keep a concordance.")

bold_title(d, "PART I  \u2014  GENERAL INFORMATION", 12)

bold_title(d, "I.1  The Station and the Watch", 11)
para(d, "The Course is rooted in the participant's own school. After every Watch the participant carries a task back to the Station and does it there with pupils and colleagues: a pupil case study after W2, a review of an intervention after W4, a provision map after W6, and so on. The three Lamp Checks are made at the Station, where the Attending Keeper and a Keeper observe the participant leading a review meeting, coaching a teaching assistant or working with a parent. Each Watch opens with a \"Log reading\", in which participants report what they tried at their Stations and what came of it, so that the teaching is tested against practice in schools every month.")
para(d, "Across the year each participant leads a Station Project, a change in provision at the school agreed with the headteacher at the start of the Course: for example a new system for reviewing the progress of pupils at School Action Plus, or a change in the way teaching assistants are deployed at Key Stage 2. The Station Project is written up as Night Log 3, which must show what changed in practice and with what effect on the pupils concerned. A participant cannot complete the Course without carrying out the Project.")

bold_title(d, "I.2  Charts and Sources", 11)
para(d, "Keepers draw on the latest research and inspection findings and keep the Course abreast of new developments in special educational needs and disability. Reading lists are revised each summer.")

bold_title(d, "I.3  Law and Policy", 11)
para(d, "Watch 1 deals with the law and policy that frame the SENCo's work: the Education Act 1996 and the SEN and Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination Act 1995 as amended in 2005, Every Child Matters and the Children Act 2004, Removing Barriers to Achievement (2004), and the new regulations of 2008 on the SENCo role. Participants trace each into their own school's SEN policy and record the gaps they find in their first Log reading.")

bold_title(d, "I.4  Pupils, Colleagues and Parents", 11)
para(d, "At Watch 2 participants practise consulting pupils: they learn and rehearse ways of hearing the views of pupils with SEN, including pupils with little or no speech (talking mats, pupil-led review sheets, photographs and symbols), and each then holds three \"pupil conversations\" at the Station and brings back what the pupils said. Working with colleagues is the business of Watches 5 to 8: advising class teachers, supporting and coaching teaching assistants, and working with colleagues beyond the school (the local authority's SEN support services, health and social care). Working with parents and carers is taught at Watch 3, where two parents from the Dunmere Parent Partnership Service take part in role-played review meetings, and is marked in Lamp Check 1, which observes the participant leading a meeting with parents.")

bold_title(d, "I.5  Before the First Watch", 11)
para(d, "Entry. A candidate must hold Qualified Teacher Status, be in post as SENCo (or be designated to become SENCo within the year) and send a supporting letter from the headteacher. Every candidate is interviewed by the Principal Keeper and completes a short written task on a pupil known to them, so that the Keepers can judge whether the candidate has enough knowledge, understanding and skill to benefit from the Course and to reach all its outcomes by June. A candidate who is not yet ready is told in writing what to do first (most often a term of shadowing an experienced SENCo, arranged with the headteacher) and offered a place on the next Course.")
para(d, "Station Survey. Before Watch 1 each participant completes the Station Survey, a self-assessment against every Light in Part II, which the Attending Keeper countersigns. The Principal Keeper meets each participant for forty minutes to go through it. Together they write the Passage Plan: the Lights the participant already shows and need not work on in detail, the Lights to work on first, the optional readings and extra Station tasks that suit the participant, and a personalised set of outcomes for the year. The Passage Plan is reviewed at Watch 5 and rewritten if the Night Logs so far show it was wrong.")

bold_title(d, "I.6  Earlier Study", 11)
para(d, "Candidates who hold credit from accredited study at Master's level in special educational needs within the last five years may apply to the University to transfer up to 20 credits, and their Passage Plan is shortened accordingly. Experience alone does not earn credit on the Ness Course, however long.")

bold_title(d, "I.7  Assessment Without the Course", 11)
para(d, "Our neighbours at Skerrow Point Lighthouse Trust offer experienced SENCos an assessment-only route, in which a candidate presents a portfolio against the national outcomes without attending. We do not. Every Ness participant keeps the full ten Watches.")

bold_title(d, "I.8  Quality and Cost", 11)
para(d, "Groups are held at fourteen so that each participant has the Keepers' individual attention at every Watch. Between Watches each participant has a one-hour tutorial with a Keeper, set at the times agreed in the Passage Plan. The fee for 2008-09 is \u00a3950, of which the Dunmere local authority pays half for schools in its area; it covers ten Watches, three tutorials, three Lamp Checks, the Log Book and registration with the University, and compares with \u00a31,400 for the nearest comparable course. Each Watch builds on the one before it, and the Passage Plan shows the participant where he or she stands against the Lights at every review.")

bold_title(d, "I.9  The Next Passage", 11)
para(d, "Watch 10 is given to the Next Passage. Each participant reviews his or her Passage Plan against the Lights reached, drafts targets for the following year using the Trust's Next Passage sheet, and takes the sheet to a meeting with the headteacher or line manager, which must be held before the end of the summer term. Keepers talk through further study, including the University's MA in Inclusive Education, into which the Ness credit counts.")

bold_title(d, "I.10  Access to the Course", 11)
para(d, "The Trust meets its duties under the Disability Discrimination Act and the Equality Act 2006. The application form and the Course prospectus ask every candidate, in plain words, whether they have a disability or other need for which we should make arrangements, and say why we ask. Watches are held in the ground-floor Engine Room classroom, never in the tower, with a hearing loop and level access from the car park. Papers are available in large print and electronically in advance. Participants who need them are given access arrangements for the Night Logs (extra time, a reader, or submission in another format), agreed with the University's disability adviser. Lamp Checks are arranged at the participant's own Station, so no participant has to travel for them.")

bold_title(d, "I.11  Times and Modes", 11)
para(d, "The Ness Course starts once a year, in September, and the Watches are taken in order. Participants may choose to attend the Watches either at the Ness or, for those in the south of the county, at the Trust's Saltcombe boathouse, where the same Keepers repeat each Watch the following Tuesday.")

bold_title(d, "I.12  The Log Book", 11)
para(d, "The Log Book is the Course's site on the University's virtual learning environment. Keepers post the Watch papers and readings there a week before each Watch, and participants hand in their Night Logs through it. Keepers do not answer questions in the Log Book; questions between Watches go by telephone to the Watch Room, which is staffed on Thursdays.")

bold_title(d, "I.13  Schools and the Authority", 11)
para(d, "In the spring of 2008 we asked the 46 schools whose teachers had taken Watch Room courses, and the Dunmere local authority's SEN team, what a new SENCo most needed. Thirty-one schools replied. Their answers shaped this edition: headteachers asked above all for work on deploying and managing teaching assistants and on provision mapping, and the authority asked for more on working with parents and on the Code of Practice's graduated response. As a result Watch 6 is now given wholly to provision mapping and the deployment of staff, which earlier Watch Room courses treated in half a day, and the Parent Partnership Service now takes part in Watch 3.")
para(d, "We hope that headteachers and the local authority will in time take part in evaluating the Ness Course.")

bold_title(d, "I.14  The Keepers", 11)
para(d, "The Principal Keeper, Mrs Ailsa Penhallow, MA (SEN), NPQH, was SENCo of Dunmere High School for nine years and an SEN adviser to the authority for four; she holds the OCR Diploma in Specific Learning Difficulties. The Keepers are Mr Owen Treloar, MEd, a specialist teacher for pupils with speech, language and communication needs and an accredited ELKLAN tutor; Dr Ruth Carne, a senior lecturer in inclusive education at the University of Dunmere; and Mrs Jenna Rowe, head of the authority's Behaviour Support Team. All four teach in schools or support services for at least part of every week and take part in the authority's SEN update days each term.")
para(d, "Attending Keepers are chosen by the headteacher with the Principal Keeper's agreement. Each comes to a half-day briefing at the Trust in September, receives the Attending Keepers' Handbook (which sets out what the Attending Keeper does at each Lamp Check and between Watches, and what the Keeper does) and observes a Lamp Check with a Keeper before taking part in one. Keepers meet each term to go through the Handbook and the Night Log marking criteria.")

bold_title(d, "I.15  Specialists", 11)
para(d, "Visiting specialists teach at the Watches: an educational psychologist from the authority (W4 and W9), a speech and language therapist from the primary care trust (W3), the authority's sensory support service (W3) and a Connexions personal adviser (W9). Visits to special schools are not part of the Ness Course.")

bold_title(d, "I.16  The Keeper's Cottage Library", 11)
para(d, "The end cottage houses the Watch Room library: some 900 books and journals on SEN and disability, assessment materials that participants may borrow (including the standardised reading and spelling tests the authority uses), and an assistive technology bench with text-to-speech software, switch access, a Clicker 5 station and symbol software. Participants have full use of the University's library and electronic journals.")

bold_title(d, "I.17  Suitability to Work With Children", 11)
para(d, "Participants' CRB disclosures are a matter for their employing schools; the Trust does not ask to see them.")

bold_title(d, "I.18  Marking", 11)
para(d, "Every Night Log is marked by a Keeper against the University's Level 7 criteria and second-marked by another Keeper; all fails and a sample of a third of the rest are seen by the University's moderator. Lamp Checks are graded Pass or Refer by the Keeper and the Attending Keeper together, against a Lamp Check schedule, and one Lamp Check in five is observed jointly by two Keepers to keep grading consistent. The University's external examiner for the Postgraduate Certificate reviews a sample of all Night Logs and Lamp Check records each year and attends the examination board.")
para(d, "The Award is made to a participant whose three Night Logs together reach an overall mark of 40 per cent and who has passed the three Lamp Checks.")

bold_title(d, "I.19  Keeping the List Corrected", 11)
para(d, "Inside the Trust, every Watch ends with a written evaluation by participants, which the Keepers read at their meeting the same week; the Principal Keeper reviews Night Log marks, Lamp Check grades and evaluations at the end of each term. Outside it, the University's external examiner reports each year and the University's annual module review considers that report, the evaluations and the marks. Each summer the Keepers write the changes into the next edition of this List, and every change is published as a Notice to holders of the List with the reason for it; the Notice in this edition is an example.")
para(d, "To see what the Course does for participants, each completes a confidence and competence profile against the Lights at the Station Survey and again at Watch 10, and the two are compared. We expect that the pupils in participants' schools will make better progress as a result.")

bold_title(d, "PART II  \u2014  LIST OF LIGHTS", 12)
para(d, "Read with the Notes on the use of this List. The Light column gives the outcome in our own words: what the SENCo will be able to do.", italic=True)

rows = [["No.", "Light (what the SENCo will be able to do, in our words)", "Exhibited at", "Characteristic", "Remarks"]]
A = [
    ("HN 01", "Build fair, respectful and constructive relationships with pupils with SEN and disabilities and with their parents and carers", "W2, W3", "Fl NL1", ""),
    ("HN 02", "Win the commitment of colleagues, the headteacher and senior leaders to better outcomes for pupils with SEN", "W7", "Fl NL3", "Shown in the Station Project"),
    ("HN 03", "Set priorities, manage time and delegate tasks, checking they are done", "W6", "Iso", ""),
    ("HN 04", "Foresee and resolve problems and make sound, well-founded decisions about provision", "W5", "Fl LC2", ""),
    ("HN 05", "Speak and write clearly; listen to and understand the views of others", "W1-W10", "Fl NL1, NL2, NL3; Fl LC1", "Written in the Night Logs; spoken at Lamp Check 1"),
    ("HN 06", "Use research evidence and outside advice to improve own and colleagues' practice", "W4", "Fl NL2", ""),
    ("HN 07", "Keep up to date and take charge of own professional development in SEN and disability", "W10", "Q", ""),
]
K = [
    ("HN 08", "Know the law and guidance on SEN, the Code of Practice and what they mean for the school and the SENCo", "W1", "Fl NL1", ""),
    ("HN 09", "Know the Every Child Matters outcomes and how the SENCo helps pupils to reach them", "W1", "Fl NL1", ""),
    ("HN 10", "Know the disability equality laws and what they require the school to do", "W3", "Iso", ""),
    ("HN 11", "Know how children develop and how SEN, disability and surroundings affect development", "-", "Extinguished", "Left to the University's own Child Development module"),
    ("HN 12", "Know the common types of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and how they affect learning", "W3, W4", "Fl NL2", ""),
    ("HN 13", "Weigh up approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning", "W4", "Fl NL2", ""),
    ("HN 14", "Know how school self-evaluation and improvement work for pupils with SEN", "W8", "Iso", "See Notice 1/08"),
    ("HN 15", "Know best practice and research outcomes in meeting SEN", "W4", "Fl NL2", ""),
    ("HN 16", "Know what outside agencies do and how to get specialist support and resources", "W9", "Fl LC3", ""),
]
S = [
    ("HN 17", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and use of resources", "W7", "Fl NL3", ""),
    ("HN 18", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "W2", "Fl NL1", "The case study pupil"),
    ("HN 19", "Use other professionals' assessments to shape teaching approaches", "W9", "Fl LC3", ""),
    ("HN 20", "Use summative assessment, national tests included, to track progress and change programmes", "W5", "Iso", ""),
    ("HN 21", "Encourage colleagues to develop formative assessment, with approaches for pupils with SEN", "W5", "Fl LC2", ""),
    ("HN 22", "Use provision mapping to plan provision and find where it is missing or not working", "W6", "Fl NL3", ""),
    ("HN 23", "Deploy and manage teaching assistants and other staff well", "W6", "Fl LC2", ""),
    ("HN 24", "Support colleagues' development: observing and giving feedback, modelling, coaching and mentoring, training", "W8", "Fl LC3", ""),
    ("HN 25", "Review with other staff how well provision works, to feed the school's self-evaluation", "W8", "Q", ""),
    ("HN 26", "Make sure pupils take part in planning, agreeing and reviewing their own provision", "W2", "Iso", ""),
    ("HN 27", "Work well with parents and carers to promote their child's learning", "W3", "Fl LC1", ""),
    ("HN 28", "Work in partnership with other services and agencies, voluntary bodies included", "W9", "Fl NL3", ""),
]
layout = []
for title, group in (("A  \u2014  THE KEEPER (attributes)", A), ("K  \u2014  THE CHART (knowledge and understanding)", K),
                     ("S  \u2014  THE LAMP (skills)", S)):
    layout.append(("group", title))
    for g in group:
        layout.append(("row", g))
tbl = d.add_table(rows=1 + len(layout), cols=5)
tbl.style = "Table Grid"
for j, h in enumerate(rows[0]):
    c = tbl.cell(0, j)
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade_cell(c, "BDD7EE")
light_paras = {}
for i, (kind, val) in enumerate(layout, start=1):
    if kind == "group":
        merge_row(tbl, i, val, fill="DEEAF6")
    else:
        for j, x in enumerate(val):
            tbl.cell(i, j).text = x
        light_paras[val[0]] = tbl.cell(i, 1).paragraphs[0]
fn.add(light_paras["HN 07"], "The Watch 10 quiz is for the participant's own use; it carries no mark towards the Award.")

d.add_paragraph()
text_box(d, [
    "NOTICE TO HOLDERS OF THIS LIST  No. 1/08",
    "HN 14 (school self-evaluation and improvement). For \"Iso\" read \"Fl NL3\". From this edition the Station Project report (Night Log 3) must show how the participant's change in provision fed into the school's self-evaluation, and it is marked on that.",
    "Authority: Principal Keeper, 12 September 2008.",
], width_pt=420, height_pt=110)

bold_title(d, "PART III  \u2014  FOG SIGNALS", 12)
para(d, "When the weather closes in. A participant who falls behind, or whose Station makes the work difficult, can sound the Fog Signal: a request, by telephone or by note at a Watch, for a meeting with the Principal Keeper within ten days. The Principal Keeper and the participant agree changes to the Passage Plan, which may include an extra tutorial, an extension to a Night Log agreed with the University, or a conversation with the headteacher about time for Station work. A participant who must stop may suspend for up to a year and rejoin the Course at the same Watch the next September.")
para(d, "Fog Signals sounded in 2007-08 on the Watch Room's earlier SEN course were mostly about time: that is why the Passage Plan now records the time each headteacher has agreed to give.")

bold_title(d, "CONCORDANCE OF WATCHES", 12)
table(d, [
    ["Watch", "Month", "Subject", "Station task after it"],
    ["W1", "September", "Law, policy and the Every Child Matters outcomes", "Trace the school's SEN policy against the law"],
    ["W2", "October", "Identifying need; pupil conversations", "Case study pupil (towards Night Log 1)"],
    ["W3", "November", "Parents and carers; types of SEN; disability", "Lead a meeting with parents (Lamp Check 1)"],
    ["W4", "December", "Research, evidence and approaches; ICT", "Review an intervention (Night Log 2)"],
    ["W5", "January", "Assessment, tracking and problem-solving", "Coach a colleague on formative assessment (Lamp Check 2)"],
    ["W6", "February", "Provision mapping; deploying staff; time", "Draw the school's provision map"],
    ["W7", "March", "Leadership, governors and the inclusive school", "Station Project under way"],
    ["W8", "April", "Developing colleagues; review and self-evaluation", "Observe and give feedback (Lamp Check 3)"],
    ["W9", "May", "Other services and agencies", "Lead a multi-agency review (also seen at Lamp Check 3)"],
    ["W10", "June", "The Next Passage", "Meeting with the headteacher"],
])

fn.finish()
d.save(str(OUT))
print("wrote", OUT)
