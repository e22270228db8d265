"""lo-02-tillhay-grafting-register

Provider (invented): the Tillhay Orchard and Rural Skills Trust, a charity that keeps a heritage orchard
and fruit-tree nursery at Tillhay Barn and teaches grafting, pruning and other rural skills to adults and
schools. It applies to run the 2008-09 National Award for SEN Coordination as a Certificate of the
(invented) University of Severnbridge.

Document kind and layout: the course written as the nursery's WINTER GRAFTING REGISTER AND SCION LIST --
the register a fruit-tree nursery keeps each winter of the rootstocks it uses, the grafting days, the
scions (varieties) grafted and how each union took. It opens with a covering letter on a letterhead typed
with manual line breaks, then Parts 1-8 under Word Heading styles, with clause numbers typed by hand so
that several collide with requirement ids ("2.3 M9 rootstock.", "4.3 Who else judges the wood.", "5.3
Clean wood."). Part 1 is a definitions clause (Grafters = participants, Master Grafter / Graftsmen =
programme leader / tutors, Orchard Keepers = the Trust's own associate mentors, Grafting Days GD1-GD6 and
two online Shed Weeks = study days, Take Inspections TI1-TI4 = marked assessments, Callus checks =
unmarked reviews, "Heeled in" and "Not grafted this winter"). A Rootstock table (routes) with a merged
header; a Grafting Calendar table; the outcomes in Part 7's "Scion List" table ("Scion | Grafted on |
Inspected at") with shaded merged group rows. A footnotes part: one footnote moves a Scion List row from
TI4 to a Callus check; another leaves the level of the award open. Placeholders in square brackets. One
deleted tracked sentence; one Word comment. Header and footer.

Traps (requirement ids):
- E.2 partially_met: "60 credits at [level to be confirmed by the University]", footnote says the
  Academic Board will decide the level.
- 1.3 partially_met: research "kept abreast of" in general terms, no named research or inspection evidence.
- 1.7 partially_met: parents only "kept informed"; advising parents "is left to the schools' family
  liaison workers and is not part of the course" (someone else's responsibility).
- 1.9 partially_met: some scions Callus check only or Heeled in; one scion not grafted; one absent.
- 2.1 partially_met: prior study credited (MM106), but "experience alone does not earn credit".
- 2.3 met: the M9 rootstock is an assessment-only route; it sits beside a negation about something else
  ("The Trust does not offer a shortened course").
- 2.5 not_met: after the course "is a matter for the Grafter and the school; the Trust does not set or
  discuss further targets".
- 3.1 partially_met: a welcome and level access only; no reasonable adjustments for disabled candidates.
- 3.3 partially_met: the Scion Shed (Moodle) gives peer support between days and ICT communication, but
  "Graftsmen do not take part in it"; the sentence promising Graftsman replies is a deleted tracked change.
- 4.3 not_met: clause "4.3 Who else judges the wood." only hopes ("In time we hope"); Orchard Keepers are
  the Trust's own associates, not stakeholders.
- 5.1 partially_met: feedback cards and a questionnaire; nothing on external evaluation or how evidence is
  used ("The cards are kept in the Register office").
- 5.3 not_met: clause "5.3 Clean wood." is about certifying scion wood free of disease (wrong context);
  CRB checks on Grafters are left to the employer ("The Trust does not see or check").
- 5.7 partially_met: Graftsmen meet before each day; Orchard Keepers only "receive a copy of this Register".
- 6.0 partially_met: award on an average of 50 per cent across the four Take Inspections, with
  compensation; not on every outcome.
- Scion List: 6.A2 and 6.S8 "Callus check only" (formative): partially_met. 6.A5 and 6.S2d "Heeled in"
  (taught, not inspected): partially_met. 6.K7 reads TI4 but footnote 3 moves it to a Callus check:
  partially_met. 6.S9 "Not grafted this winter" in both columns: not_met. 6.S2c (formative assessment for
  colleagues) has no row and is nowhere in the calendar: not_met.
- The footer's "All 28 national scions are grafted and inspected" is a footer, never evidence.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _lo_helpers import (para, runin, cell_text, shade, add_del_run, text_box, table, footer_header,
                         Footnotes)

OUT = Path(__file__).with_name("lo-02-tillhay-grafting-register.docx")
RP = "Rhiannon Pugh"
D1 = "2008-12-02T11:05:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
footer_header(doc, "Tillhay Nursery \u00b7 Winter Grafting Register and Scion List \u00b7 Winter 2008\u201309",
              "All 28 national scions are grafted and inspected. Tillhay Orchard and Rural Skills Trust, "
              "registered charity 1102846.")

# letterhead typed with manual line breaks
p = doc.add_paragraph()
r = p.add_run("TILLHAY ORCHARD AND RURAL SKILLS TRUST")
r.bold = True
r.font.size = Pt(14)
for line in ["Tillhay Barn, Wendle Cross", "Herefordshire HR7 4QT", "Nursery and orchard: 01885 490 217"]:
    r.add_break(WD_BREAK.LINE)
    p.add_run(line)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

para(doc, "3 December 2008")
para(doc, "The Approvals Team\nTraining and Development Agency for Schools")
para(doc, "Dear colleagues,")
para(doc, "National Award for SEN Coordination: application from the Tillhay Orchard and Rural Skills Trust",
     bold=True)
para(doc, "Every winter the Tillhay nursery keeps a Grafting Register: which rootstocks we use, which days we "
          "graft, which varieties go onto which stock, and how each union takes when we inspect it in the "
          "spring. When we began to plan a course for new SENCOs with the University of Severnbridge, our "
          "Graftsmen planned it in the same book, and the schools we work with have found it easy to follow. "
          "We therefore enclose the course as our Register for the winter of 2008\u201309, as the Graftsmen "
          "use it. The meaning of each term is set out in Part 1.")
para(doc, "The Trust has taught rural skills since 1994, and its schools programme brings some 4,000 pupils a "
          "year to the orchard, many of them from special schools and from the learning support bases of "
          "mainstream schools. The course grew out of that work. We should be glad to answer any question "
          "the panel has.")
para(doc, "Yours faithfully,")
para(doc, "Rhiannon Pugh\nMaster Grafter and Head of Learning")

doc.add_page_break()
doc.add_heading("Winter Grafting Register and Scion List, 2008\u201309", level=0)
para(doc, "Course: Certificate in Special Educational Needs Coordination (the National Award for SEN "
          "Coordination), taught by the Tillhay Orchard and Rural Skills Trust and awarded by the University "
          "of Severnbridge.", italic=True)

doc.add_heading("Part 1  The Register and its terms", level=1)
runin(doc, "1.1 The course.", "The course is validated by the University of Severnbridge, whose validation "
      "panel met the Trust at Tillhay Barn on 20 November 2008 and approved it, with two conditions that "
      "have since been met. The University awards the Certificate, appoints the external examiner and keeps "
      "the Grafters' records.")
p = runin(doc, "1.2 Credit.", "The Certificate carries 60 credits at [level to be confirmed by the University].")
fn.add(p, "The University's Academic Board decides the level of new certificates; the Trust has asked for "
          "Master's level and expects the Board's decision at its meeting in [date TBC].")
runin(doc, "1.3 What the course is for.", "The course exists so that children and young people with special "
      "educational needs and disabilities in Grafters' schools achieve more and are safer, healthier and "
      "happier at school: that they enjoy and achieve, stay safe, are healthy, make a positive "
      "contribution and are ready for economic well-being. Each Take Inspection asks the Grafter to show "
      "the difference his or her work has made to named pupils on one or more of these five outcomes, and "
      "the course's content is chosen for that purpose.")
runin(doc, "1.4 Terms.", "In this Register:")
defs = [
    ("\u201cGrafter\u201d", "means a teacher on the course, new to the role of SENCO;"),
    ("\u201cMaster Grafter\u201d", "means the leader of the course, and \u201cGraftsman\u201d a tutor on it;"),
    ("\u201cOrchard Keeper\u201d", "means one of the Trust's associate tutors, each an experienced SENCO "
                                  "employed by the Trust, who visits a Grafter in school three times in the course;"),
    ("\u201cGrafting Day\u201d", "means a taught day at Tillhay Barn (GD1 to GD6), and \u201cShed Week\u201d a week "
                                "of study in the Scion Shed in place of a Grafting Day;"),
    ("\u201cScion Shed\u201d", "means the course's area on the University's Moodle site;"),
    ("\u201cTake Inspection\u201d", "means a marked assessment (TI1 to TI4), marked against the University's "
                                   "criteria;"),
    ("\u201cCallus check\u201d", "means a short piece of work looked at by a Graftsman, who writes comments on "
                                "it; a Callus check is not marked and does not count towards the Certificate;"),
    ("\u201cCallus check only\u201d", "against a scion in the Scion List means that the scion is looked at in a "
                                     "Callus check and in no Take Inspection;"),
    ("\u201cHeeled in\u201d", "against a scion means that it is taught on the Grafting Day shown but is not "
                             "grafted into any Take Inspection this winter;"),
    ("\u201cNot grafted this winter\u201d", "means that the scion is neither taught nor inspected in this "
                                           "winter's course;"),
    ("\u201cScion\u201d", "means one of the qualities a Grafter must show, listed in Part 7."),
]
for a, b in defs:
    p = doc.add_paragraph(style="List Number")
    r = p.add_run(a)
    r.bold = True
    p.add_run(" " + b)

doc.add_heading("Part 2  Rootstocks", level=1)
para(doc, "As in the nursery, the rootstock decides how a tree grows. A Grafter is put on one of three "
          "rootstocks at the entry interview.")
rt = [
    ("Rootstocks for winter 2008\u201309", None, None),
    ("Rootstock", "Who it is for", "What the Grafter does"),
    ("M25", "Most Grafters", "All six Grafting Days, both Shed Weeks and all four Take Inspections, over "
                             "three terms."),
    ("MM106", "Grafters with earlier Master's-level study in SEN", "Up to 30 credits of the earlier study "
                                                                  "counted; TI1 and GD1 not taken."),
    ("M9", "See clause 2.3", "No Grafting Days; all four Take Inspections and the Register evidence for every "
                             "scion."),
]
t = table(doc, rt, header_fill="CFE0C3", size=9.5)
m = t.cell(0, 0).merge(t.cell(0, 2))
cell_text(m, "Rootstocks for winter 2008\u201309", bold=True)
shade(m, "A9C79A")
for j in range(3):
    cell_text(t.cell(1, j), rt[1][j], bold=True, size=9.5)
    shade(t.cell(1, j), "CFE0C3")

runin(doc, "2.1 Earlier study.", "A Grafter who has passed Master's-level modules in special educational "
      "needs at any university in the last six years may have up to 30 credits of them counted, on the "
      "MM106 rootstock, if the University's credit panel accepts them. Experience alone does not earn credit: "
      "a Grafter with years in the role but no earlier study takes the M25 rootstock.")
runin(doc, "2.2 Scion audit and Grafting Plan.", "Before the entry interview every Grafter completes the "
      "Scion audit, rating himself or herself against each scion in Part 7 with a line of evidence for each "
      "rating. At the interview the Master Grafter and the Grafter use the audit to write the Grafter's "
      "Grafting Plan: the rootstock, the five or six scions the Grafter will work on hardest, the Take "
      "Inspection topics chosen to fit them, and the Orchard Keeper's visit dates. The Plan is reviewed at "
      "each Orchard Keeper's visit and the priority scions are changed if the Grafter has moved on.")
runin(doc, "2.3 M9 rootstock.", "The Trust does not offer a shortened course. In exceptional cases a teacher "
      "who has long experience of leading SEN provision, for instance a teacher from the county's Learning "
      "Support Service, and whose Scion audit and interview show that he or she already meets the scions, "
      "may take the M9 rootstock: no Grafting Days, but all four Take Inspections, marked and moderated as "
      "for every other Grafter, and evidence in the Register for every scion in Part 7.")
runin(doc, "2.4 Fit and cost.", "The fee is \u00a31,150, which the county's SEN Support Service meets in "
      "half for schools in the Frome and Lugg clusters. Because the Grafting Plan chooses each Grafter's "
      "Take Inspection topics, the work done for the course is the Grafter's own school improvement work, "
      "not an extra. Each Grafter has three Orchard Keeper visits and two tutorials with a Graftsman, "
      "placed where the Plan needs them, and each Take Inspection builds on the one before.")
runin(doc, "2.5 After the course.", "What a Grafter does after the course is a matter for the Grafter and the "
      "school; the Trust does not set or discuss further targets.")

doc.add_heading("Part 3  The Grafting Calendar", level=1)
para(doc, "Two intakes a year, one starting in January and one in September. Each intake chooses Wednesday or "
          "Saturday Grafting Days; the two groups are taught the same. Grafting Days 4, 5 and 6 may be taken "
          "in any order, and a Grafter may move to the next intake for any of them. The two Shed Weeks are "
          "studied online, at times the Grafter chooses within the week.")
cal = [
    ("Day", "January intake", "What is grafted"),
    ("GD1 Rootstock", "Wed 14 / Sat 17 Jan 2009",
     "The law and guidance on SEN, above all the SEN Code of Practice (2001), and what they mean for the "
     "school, the SENCO and others; the Children Act 2004, Removing Barriers to Achievement (2004) and "
     "Every Child Matters, its five outcomes and the SENCO's part in them; the Disability Discrimination "
     "Act 1995 as amended in 2005, the disability equality duty and accessibility planning."),
    ("GD2 Knowing the wood", "Wed 4 / Sat 7 Feb 2009",
     "How children develop, and how SEN, disability and a child's surroundings affect development; the "
     "commonest kinds of SEN and disability (behavioural, emotional and social difficulties, dyslexia and "
     "other specific learning difficulties, speech, language and communication needs, autism, moderate "
     "learning difficulties) and what each does to learning; what research and best practice say works."),
    ("Shed Week 1", "2 to 6 Mar 2009",
     "Weighing up approaches, strategies and resources for assessing, planning and teaching, ICT among "
     "them; turning other professionals' assessments into teaching; using research and outside advice to "
     "improve one's own and colleagues' practice. Callus check 1."),
    ("GD3 Cleft and whip", "Wed 25 / Sat 28 Mar 2009",
     "Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing "
     "progress; using national test and teacher assessment data to track progress and change programmes; "
     "access arrangements for national tests and examinations; provision mapping; involving pupils in "
     "planning and reviewing their provision, and ways of consulting them; fair and respectful "
     "relationships with pupils and their families."),
    ("GD4 Working the row", "Wed 29 Apr / Sat 2 May 2009",
     "Deploying and managing teaching assistants and other staff; prioritising, managing time and "
     "delegating; anticipating problems and making sound decisions about provision; keeping parents and "
     "carers informed; writing and speaking clearly for different audiences. Callus check 2."),
    ("Shed Week 2", "1 to 5 Jun 2009",
     "Keeping up to date and taking charge of one's own CPD; school self-evaluation and improvement for "
     "pupils with SEN; reviewing with other staff how well provision works."),
    ("GD5 The whole orchard", "Wed 24 / Sat 27 Jun 2009",
     "Working with the head, senior staff and governors on the school's inclusive ethos, policies and "
     "resources, and gaining their commitment; supporting colleagues through observation and feedback, "
     "modelling, coaching and training; advising and collaborating with colleagues within the school and in "
     "the cluster. Callus check 3."),
    ("GD6 Agencies and the Take", "Wed 15 / Sat 18 Jul 2009",
     "The scope and role of the outside agencies and how to get specialist support and resources from them. "
     "TI4 presentations."),
]
table(doc, cal, header_fill="CFE0C3", size=9)
para(doc, "The September intake follows the same pattern from 16 and 19 September 2009 [dates TBC].",
     italic=True)
runin(doc, "3.1 Orchard Keepers.", "Between Grafting Days each Grafter works on the Plan in his or her own "
      "school. The Orchard Keeper visits three times, sees the Grafter at work with pupils, staff or "
      "parents, and writes a visit note for the Register. Every Take Inspection is built on something the "
      "Grafter has done in school, and TI3 requires an intervention carried out over at least eight weeks.")
runin(doc, "3.2 Parents.", "GD4 covers keeping parents and carers informed of their child's provision and "
      "progress. Advising and supporting parents is left to the schools' family liaison workers and is not "
      "part of the course.")
runin(doc, "3.3 Pupils' views.", "On GD3 Grafters practise ways of consulting pupils about their provision "
      "(pupil-centred review meetings, questionnaires, talking mats, photo diaries) and each Grafter uses one "
      "of them with a pupil in the TI2 study.")
p = runin(doc, "3.4 The Scion Shed.", "The Scion Shed holds the readings and tasks for each Grafting Day and "
          "both Shed Weeks, and a forum where Grafters post their Callus checks and comment on each other's "
          "work in groups of four between Grafting Days. Graftsmen do not take part in it, and questions "
          "for a Graftsman go by email or wait for the next Grafting Day.")
add_del_run(p, " Graftsmen will reply to every question in the Scion Shed within two working days.", RP, D1)
runin(doc, "3.5 Research.", "Graftsmen keep abreast of current research and thinking on SEN and disability, "
      "and the course reflects it.")
runin(doc, "3.6 Access.", "The Trust welcomes Grafters of every background and ability. Tillhay Barn has level "
      "access and an accessible toilet.")

doc.add_heading("Part 4  Take Inspections and Callus checks", level=1)
ti = [
    ("Take Inspection", "What the Grafter hands in", "Weight"),
    ("TI1 Rootstock essay", "A review of the school's SEN policy and practice against the Code of Practice, "
     "Every Child Matters and disability equality law (3,000 words).", "20%"),
    ("TI2 Single-tree study", "A study of one pupil's development and needs, what research and other "
     "professionals' assessments say, the teaching planned from them, and the pupil's own views "
     "(4,000 words).", "30%"),
    ("TI3 Row plan", "A provision map for a group, an intervention planned, staffed and run for eight weeks "
     "or more, the pupils' progress tracked with test and teacher assessment data, and how the outside "
     "agencies were used (4,000 words).", "30%"),
    ("TI4 Orchard walk-round", "A presentation to two Graftsmen and a professional discussion on a change the "
     "Grafter has led with the head, governors and staff, the support given to colleagues, the review of "
     "provision and the Grafter's own CPD (30 minutes).", "20%"),
]
table(doc, ti, header_fill="CFE0C3", size=9)
runin(doc, "4.1 What schools asked for.", "In 2007\u201308 the Trust asked the heads and SENCOs of the 38 "
      "schools in the Frome and Lugg clusters, and the county's SEN Support Service, what new SENCOs needed. "
      "Twenty-nine schools answered. New SENCOs in small schools, they told us, were often also class "
      "teachers with no time out of class, had to manage teaching assistants with no training in it, and "
      "were least confident about provision mapping and the law. The Support Service's figures showed that "
      "a third of the clusters' SENCOs had been in post less than two years.")
runin(doc, "4.2 How they changed the course.", "Those answers gave us the Saturday option, the two Shed Weeks "
      "in place of weekday days, GD4's work on teaching assistants and the weight of GD1 on the law. A "
      "design group of three heads, two SENCOs and the Support Service's senior officer read two drafts of "
      "this Register; at their request TI3 became a real intervention rather than a written plan.")
runin(doc, "4.3 Who else judges the wood.", "In time we hope that heads, parents and pupils will help us "
      "judge how the course is growing.")

doc.add_heading("Part 5  Wood, tools and checks", level=1)
runin(doc, "5.1 Tools.", "The Barn's classroom seats thirty and has an interactive whiteboard, wireless "
      "network and twelve laptops. The Trust's SEN resource room holds assessment kits, reading "
      "interventions, communication aids, text-to-speech and mind-mapping software and switch-access "
      "equipment for Grafters to try and borrow. Grafters use the University library and its e-journals "
      "through the Scion Shed.")
runin(doc, "5.2 Choosing wood.", "Every applicant is interviewed by the Master Grafter with the Scion audit "
      "in hand. An applicant is accepted only if he or she holds qualified teacher status, has been or is "
      "about to be appointed SENCO, and shows at interview, and in a short written task on a pupil case, "
      "enough knowledge and skill to reach all the scions by the end of the course; an applicant who does "
      "not is offered the Trust's introductory SEN course first and may apply to a later intake.")
runin(doc, "5.3 Clean wood.", "All scion wood that leaves the nursery is certified free of fireblight and "
      "canker, and every cutting is logged with the tree it came from. As for the Grafters themselves, "
      "their enhanced CRB disclosures are a matter for their employing schools under safer recruitment. "
      "The Trust does not see or check them.")
p = runin(doc, "5.4 Graftsmen.", "Rhiannon Pugh, Master Grafter, was SENCO of a Hereford high school for nine "
          "years and holds an MA in Inclusive Education (2003). Dr Alun Gwatkin is Reader in Special "
          "Education at the University of Severnbridge and an educational psychologist. Susan Bevan leads "
          "the county's autism outreach team. Tom Prosser is a specialist teacher for specific learning "
          "difficulties with the AMBDA qualification. All four teach or advise in schools every week.")
fn.add(p, "Full CVs are in the Register office and will be sent on request.")
runin(doc, "5.5 Other nurseries.", "Every Grafter spends two days on placement at Rowan Bank Special School or "
      "at the Support Service's Ledbury Resource Base, arranged by the Orchard Keeper around the Grafter's "
      "Plan. Speakers on Grafting Days include a speech and language therapist, a parent partnership "
      "officer, a Connexions adviser and the Support Service's sensory impairment team.")
runin(doc, "5.6 Knowing the job.", "Graftsmen meet for an hour before each Grafting Day to agree the day and "
      "go through the Graftsmen's Notes, which set out the tutor's work on each day and each Take Inspection. "
      "Orchard Keepers receive a copy of this Register.")

doc.add_heading("Part 6  Keeping the Register", level=1)
runin(doc, "6.1 Marking.", "Every Take Inspection is marked against the University's criteria by a "
      "Graftsman and second-marked by another; where the two marks differ by more than ten the Master "
      "Grafter marks a third time. Before each Take Inspection is marked, the Graftsmen mark three scripts "
      "together to agree the standard. The University's moderator samples each Take Inspection, and the "
      "external examiner, [name of external examiner], sees every fail and a sample of the rest and "
      "attends the Examination Board.")
runin(doc, "6.2 Feedback.", "Grafters fill in a feedback card after every Grafting Day and Shed Week and a "
      "questionnaire at the end of the course. The cards are kept in the Register office.")
runin(doc, "6.3 What the course does for pupils.", "Each Grafter chooses four to six pupils at the start of "
      "TI3 and records for each a baseline (reading or spelling age, P-scale or National Curriculum level, "
      "attendance, and the pupil's own rating of how school is going on a five-point scale) and the same "
      "measures at the end of the intervention and again a term later. The Trust collates these results "
      "across all Grafters each year. Grafters also rate their confidence against every scion at the Scion "
      "audit and again at TI4, and the Orchard Keeper's third visit note judges the Grafter's competence "
      "against the Grafting Plan.")

doc.add_heading("Part 7  The Scion List", level=1)
para(doc, "Every scion a Grafter must show, in the nursery's words, with the Grafting Day on which it is "
          "grafted and the Take Inspection at which the union is inspected.")
groups = {1: "Attributes \u2013 how the Grafter works", 9: "Knowledge \u2013 what the Grafter knows",
          19: "Skills \u2013 what the Grafter does"}
sl = [
    ("Treats pupils with SEN and disabilities and their families fairly and with respect, and builds "
     "relationships that help", "GD3", "TI2"),
    ("Wins the commitment of the head, senior leaders and colleagues to better outcomes for pupils with SEN",
     "GD5", "Callus check only"),
    ("Prioritises, manages time and delegates well, making sure delegated tasks are done", "GD4", "TI3"),
    ("Anticipates and resolves problems and makes sound, well-founded decisions about provision", "GD4", "TI3"),
    ("Speaks and writes clearly and listens to and understands the views of others", "GD4", "Heeled in"),
    ("Uses research and outside advice to improve own and colleagues' practice", "Shed Week 1", "TI2"),
    ("Keeps up to date and takes responsibility for own CPD in SEN and disability", "Shed Week 2", "TI4"),
    ("The law and guidance on SEN, the Code of Practice, what they mean for the school and how to apply "
     "them", "GD1", "TI1"),
    ("Every Child Matters: its principles and outcomes and the SENCO's part", "GD1", "TI1"),
    ("Disability equality law and the actions it requires", "GD1", "TI1"),
    ("How children develop and how SEN, disability and surroundings affect development", "GD2", "TI2"),
    ("The commonest kinds of SEN and disability and their effect on learning", "GD2", "TI2"),
    ("Approaches, strategies and resources for assessment, planning, teaching and learning, ICT among them, "
     "weighed critically", "Shed Week 1", "TI2"),
    ("School self-evaluation and improvement for pupils with SEN", "Shed Week 2", "TI4FN"),
    ("Best practice and research on meeting SEN", "GD2", "TI2"),
    ("What the outside agencies do and how to get specialist support and resources", "GD6", "TI3"),
    ("Shapes, with senior colleagues and governors, the school's inclusive ethos, policies, priorities and "
     "resources", "GD5", "TI4"),
    ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "GD3", "TI3"),
    ("Uses assessments from a range of professionals to develop teaching", "Shed Week 1", "TI2"),
    ("Uses national tests and other summative assessment to track progress and adjust programmes", "GD3",
     "TI3"),
    ("Identifies in good time the access arrangements pupils need for national tests and examinations and "
     "puts them in place", "GD3", "Heeled in"),
    ("Uses provision mapping to manage provision and find what is missing or not working", "GD3", "TI3"),
    ("Deploys and manages staff well", "GD4", "TI3"),
    ("Supports colleagues' development through observation and feedback, modelling, coaching and training",
     "GD5", "TI4"),
    ("Reviews with other staff how well provision works, to feed the school's self-evaluation", "Shed Week 2",
     "TI4"),
    ("Involves pupils in planning, agreeing, reviewing and evaluating their provision", "GD3", "TI2"),
    ("Liaises with parents and carers", "GD4", "Callus check only"),
    ("Works in partnership with other services, agencies and voluntary organisations",
     "Not grafted this winter", "Not grafted this winter"),
]
full = [("Scion", "Grafted on", "Inspected at")]
i = 0
while i < len(sl):
    if len(full) in groups:
        full.append((groups[len(full)], "", ""))
    else:
        full.append(sl[i])
        i += 1
t = table(doc, full, header_fill="CFE0C3", size=9)
for ri, name in groups.items():
    a = t.cell(ri, 0).merge(t.cell(ri, 2))
    cell_text(a, name, bold=True, size=9)
    shade(a, "E4EEDC")
for row in t.rows:
    c = row.cells[2]
    if c.text == "TI4FN":
        pp = cell_text(c, "TI4", size=9)
        fn.add(pp, "From the January 2009 intake the self-evaluation scion leaves TI4 and is looked at only in "
                   "Callus check 3, to make room in the presentation for the Grafter's own CPD.")
    if c.text == "Callus check only" and row.cells[0].text.startswith("Liaises"):
        doc.add_comment(c.paragraphs[0].runs[0], text="Should parents go into TI2? The design group's parent "
                        "rep asked. \u2013 RP", author=RP, initials="RP")

doc.add_heading("Part 8  The Certificate", level=1)
runin(doc, "8.1 Award.", "A Grafter is awarded the Certificate when the average of his or her four Take "
      "Inspection marks is 50 per cent or more and no single Take Inspection is below 40 per cent. The "
      "Examination Board, chaired by the University, confirms the awards each September.")
runin(doc, "8.2 Resubmission.", "A Grafter whose average is below 50 per cent may resubmit the weakest Take "
      "Inspection once, within three months.")

text_box(doc, [
    ("FROM THE NURSERY BENCH", True),
    ("A graft takes when the cambium of the scion meets the cambium of the stock and is held there, firm and "
     "clean, until the two grow as one. We ask each Grafter to bring what the course offers into close "
     "contact with the life of his or her own school, and hold it there.", False),
], height_pt=95, fill="EEF5E8")

para(doc, "Register closed for the panel by Rhiannon Pugh, Master Grafter, 3 December 2008.", italic=True)

fn.finish()
doc.save(str(OUT))
print("wrote", OUT)
