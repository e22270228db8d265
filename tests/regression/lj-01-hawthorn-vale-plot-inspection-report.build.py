"""lj-01-hawthorn-vale-plot-inspection-report

Provider (invented): Hawthorn Vale & District Federation of Allotment and Community
Garden Societies, through its Schools' Growing Team (schools' education officers), with
the University of Mardenbury validating the award (60 credits at Level 7).

Document kind and layout: the Federation writes its course as its ANNUAL PLOT
INSPECTION REPORT, the report its plot inspectors make to the Executive after walking
the sites. No heading styles: bold typed capital titles ("PART C - LETTINGS") and
hand-numbered paragraphs 1-40. Vocabulary: Plotholders (participants), Plots (their own
schools), Inspectors (tutors/assessors), Site Reps (school-based mentors), Work Days
(WD1-WD8, taught days), Inspections (Spring, Midsummer, Harvest: the marked
assessments), the Soil Test (needs analysis) and Cropping Plan (individual plan), the
Standard of Cultivation (the national minimum outcomes), the Lettings Panel
(admissions), "going concern" lets (assessment-only). A site particulars table with a
merged title row; a Work Day calendar with shaded, merged Inspection rows; a Plot
Register (the outcome map) with merged, shaded group rows and columns "Worked on at |
Inspected at", its key ("Advisory only", "Not let", "Own time") defined in Part E
paragraphs above it; a text box ("What is in the Hut"); a header; a footer; a Word
comment; tracked changes (a whole inserted paragraph, a changed cell, a deleted
sentence).

Traps (requirement ids):
- Footer claims "All Plotholders hold a current enhanced CRB disclosure"; the body only
  has CRB checks on the Federation's volunteers who work with school groups (wrong
  people) -> 5.3 not_met.
- "going concern" lets explicitly refused -> 2.3 not_met (negation).
- APEL/APCL only in a whole tracked-inserted paragraph -> 2.1 met (insertion is part of
  the submission).
- Next season's targets are "a matter for them and their headteacher"; the Federation's
  part ends at Harvest (someone else's responsibility) -> 2.5 not_met.
- Flexibility: one start, one order; only a choice of Saturday or weekday group; January
  starts were the pilot's (past arrangement); a correspondence route is a tracked
  deletion -> 3.2 partially_met.
- No e-learning ("There is no online site for the Plots") -> 3.3 not_applicable.
- Research only "the latest thinking" in general -> 1.3 partially_met.
- Beyond-school collaboration and agency partnership left to the County's Team Around
  the Child course (other provider) -> 1.6 partially_met, 6.S9 not_met ("Not let").
- Stakeholders deliver (Site Reps, Lettings Panel) but "We do not at present ask schools
  or the County to evaluate the Plots"; a comment proposing a heads' survey is not part
  of the submission -> 4.3 partially_met.
- Specialists visit, but "The Federation does not arrange placements" -> 5.5
  partially_met.
- Pupil impact only wished for "from 2010"; confidence/competence ratings are real ->
  5.9 partially_met.
- Award rule turns on three overall Inspection grades, not on every line -> 6.0
  partially_met; blanket claim "cover the whole of the national Standard" ignored.
- "Advisory only" lines (talked over, not graded): 6.A3, 6.K4, 6.S2c, 6.S6 partially_met;
  6.A2 changed by tracked change from "Midsummer" to "Advisory only" -> partially_met.
- "Own time" line assessed but not taught: 6.A7 partially_met.
- "Not let": 6.S2d, 6.S9 not_met. No line at all for school self-evaluation; the
  Federation's own "Site Health Check" self-evaluation is the right words about the wrong
  thing -> 6.K7 not_met.
- Some Advisory lines make assessment incomplete -> 1.9 partially_met.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lj_helpers import (new_doc, para, runs, ins, dele, mark_para_inserted, shade_cell, cell_text, table,
                         text_box, page_field)
from docx.shared import Pt

OUT = Path(__file__).with_name("lj-01-hawthorn-vale-plot-inspection-report.docx")
d = new_doc("Georgia", 10)

sec = d.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Hawthorn Vale & District Federation of Allotment and Community Garden Societies \u00b7 Schools' Growing Team"
fp = sec.footer.paragraphs[0]
fp.text = "Plot Inspection Report 2008-09 \u00b7 All Plotholders hold a current enhanced CRB disclosure \u00b7 Page "
page_field(fp)

n = [0]


def np_(*parts):
    n[0] += 1
    p = d.add_paragraph()
    runs(p, (f"{n[0]}.  ", "b"), *parts)
    return p


def title(t):
    para(d, "")
    para(d, t, bold=True, size=11, shade="E4EAD4")


para(d, "HAWTHORN VALE & DISTRICT FEDERATION OF ALLOTMENT AND COMMUNITY GARDEN SOCIETIES", bold=True, align="center", size=12)
para(d, "Schools' Growing Team \u00b7 The Learning Hut \u00b7 Cinder Lane Allotments \u00b7 Hawthorn Vale HV3 7QP", align="center", size=9)
para(d, "ANNUAL PLOT INSPECTION REPORT", bold=True, align="center", size=16)
para(d, "THE SENCo PLOTS \u2013 SEASON 2008-09", bold=True, align="center", size=13)
para(d, "National Award for SEN Coordination \u00b7 validated by the University of Mardenbury", italic=True, align="center")
para(d, "Prepared by the Chief Plot Inspector for the Federation Executive, and sent with our application to the "
        "Training and Development Agency for Schools, November 2008", align="center", size=9)

t = d.add_table(rows=9, cols=2)
t.style = "Table Grid"
m = t.cell(0, 0).merge(t.cell(0, 1))
cell_text(m, "SITE PARTICULARS", bold=True)
shade_cell(m, "C9D6A8")
rows = [
    ("Site", "The SENCo Plots (the Federation's course leading to the National Award for SEN Coordination)"),
    ("Landlord (validating body)", "University of Mardenbury, School of Education and Lifelong Learning"),
    ("Tenure", "Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at Level 7 (masters "
               "level), validated by the University under its partnership arrangements and approved by its Academic "
               "Board on 14 October 2008. The award is conferred by the University."),
    ("Plots let this season", "24, in two groups of twelve (the Cinder Lane group and the Ravensbeck group)"),
    ("Season", "September 2008 to July 2009, part time, about one year"),
    ("Rent", "\u00a31,150 per Plotholder, of which the County pays \u00a3600 for teachers in its maintained schools"),
    ("Chief Plot Inspector", "Mrs Ruth Dandridge"),
    ("University link tutor", "Dr Colin Amberley"),
]
for i, (a, b) in enumerate(rows, start=1):
    cell_text(t.cell(i, 0), a, bold=True, size=9)
    cell_text(t.cell(i, 1), b, size=9)
    shade_cell(t.cell(i, 0), "F1F4E8")

title("PART A \u2013 WHY WE INSPECT")
np_("Every allotment site in the Federation is walked by its inspectors three times a year, and the inspectors' "
    "report tells the Executive how well the land is being worked and what needs doing next. We keep the same habit "
    "for the SENCo Plots, the Federation's course for teachers who are new to leading the coordination of provision "
    "for pupils with special educational needs in their school. This report sets out how the Plots are let, worked "
    "and inspected this season, and it is the main part of our application.")
np_("The SENCo Plots exist for one purpose: that children and young people with special educational needs and/or "
    "disabilities in the Plotholders' schools achieve more and are healthier, safer and happier as a result of what "
    "their SENCo learns. By achievement we mean all five Every Child Matters outcomes \u2013 being healthy, staying "
    "safe, enjoying and achieving, making a positive contribution and achieving economic well-being \u2013 and not "
    "test results alone. The aims of each Work Day are written in those terms, the Plot Register in Part E sets the "
    "content against them, and at every Inspection the Inspector grades the Plotholder's evidence of the difference "
    "made for named pupils, for their well-being as well as their attainment.")
np_("Every Plotholder's plot is their own school. Between Work Days each Plotholder carries out Plot Tasks in school, "
    "each tied to lines of the Standard of Cultivation \u2013 for instance mapping the provision for one year group, "
    "or leading a review meeting with a pupil and family \u2013 and brings the evidence back to the next Work Day. The "
    "Midsummer Inspection is an observed piece of practice in school, and the Harvest Inspection asks the Plotholder "
    "to show, with pupil data and colleagues' accounts, what has changed in their school's practice because of the "
    "work they did on the lines of the Standard.")
np_("Our Inspectors pride themselves on keeping the Standard in good heart. The Work Days are refreshed every season "
    "with the latest thinking on special educational needs and disability, so that Plotholders are never taught "
    "from last year's seed.")
np_("The Standard of Cultivation is our name for the national minimum outcomes for SENCos. We have written each line "
    "in our own words in the Plot Register (Part E). Between them the Work Days and Inspections cover the whole of "
    "the national Standard of Cultivation.")

title("PART B \u2013 THE SITE AND ITS PEOPLE")
np_("The Inspectors are the four members of the Federation's Schools' Growing Team who teach and assess on the Plots, "
    "together with the University link tutor. Mrs Ruth Dandridge (Chief Plot Inspector) was SENCo of two Mardenbury "
    "primary schools for eleven years and holds the University's MA in Special and Inclusive Education. Mr Tomasz "
    "Wierzbicki was an advisory teacher for autism in the County's Learning Support Service until 2007 and holds the "
    "British Psychological Society's Certificate of Competence in Educational Testing. Ms Adaeze Okafor is a "
    "specialist teacher for specific learning difficulties and holds AMBDA. Mr Huw Pritchard was deputy head and "
    "SENCo of a secondary special school for pupils with behavioural, emotional and social difficulties. Dr Colin "
    "Amberley is senior lecturer in inclusive education at the University and supervises MA dissertations on SEN.")
np_("Each Inspector spends at least five days a year on current SEN practice; in 2007-08 these included the County's "
    "training on the Inclusion Development Programme for dyslexia and for speech, language and communication needs. "
    "Every Inspector still works in schools for part of each week, so the Standard is taught by people who are "
    "doing the job.")
np_("Every Plotholder has a Site Rep: an experienced SENCo from a nearby school who visits the Plotholder at least "
    "three times in the season, countersigns the Plot Tasks and takes part in the Midsummer Inspection. Site Reps are "
    "recruited by the Chief Plot Inspector, attend a half-day Site Reps' Evening in September at which the Standard, "
    "the Plot Tasks and their own part in the Midsummer Inspection are explained, and receive the Site Rep's Handbook, "
    "which sets out what a Site Rep does and does not do (a Site Rep never grades). New Inspectors shadow the Chief "
    "Plot Inspector through a full Inspection before they grade alone, and all Inspectors meet after each Inspection "
    "to go through the grading notes together.")
np_("Each Work Day has a visiting specialist from the County: an educational psychologist, a speech and language "
    "therapist, a teacher from the sensory support service, and the coordinator of the Parent Partnership Service. "
    "The Federation does not arrange placements. A Plotholder who wishes to spend time in another school or in a "
    "special school may do so, and their Site Rep will usually be able to suggest somewhere.")
text_box(d, [
    "The Learning Hut at Cinder Lane holds the Plots' library of about 400 books and journals on SEN and disability, "
    "which Plotholders borrow for the season.",
    "Assistive technology for loan: text-to-speech and predictive software, two switch-access kits, talking tins and "
    "recordable buttons, a reading pen and a set of visual timetable materials.",
    "Six laptops with provision-mapping and tracking software are used on every Work Day.",
    "Each Plotholder has a University library card and Athens login for the e-journals.",
], title="WHAT IS IN THE HUT", height_pt=140)

title("PART C \u2013 LETTINGS")
np_("Plots are let by the Lettings Panel: the Chief Plot Inspector, the University link tutor and the County's SEN "
    "Adviser. To be offered a plot a teacher must hold qualified teacher status, be in post as SENCo or about to take "
    "the role, and have the written support of their headteacher. Each applicant has a twenty-minute conversation "
    "with a member of the Panel, who goes through the Standard of Cultivation with them and asks for a short piece "
    "of writing about a pupil they teach.")
np_("Where the Panel judges that a teacher is not yet ready to benefit \u2013 most often because they have not yet "
    "led any SEN work in their school \u2013 it writes to the teacher and to the headteacher setting out what the "
    "teacher should do first (usually a term working alongside the current SENCo and the County's Introduction to "
    "SEN course) and offers them a plot the following season.")
np_("The Volunteers Secretary holds CRB disclosures for every Federation volunteer who works with school groups on "
    "our sites, and renews them every three years.")
np_("Some of our member societies let plots as a going concern, to a tenant who takes over a fully worked plot with "
    "no probation. The SENCo Plots are not let that way: every Plotholder works the whole season, and no Plotholder "
    "is graded at Harvest who has not been on the Work Days. We have had two enquiries from experienced "
    "support-service teachers and have told both that there is no such route.")
p = np_()
p.runs[0].text = f"{n[0]}.  "
runs(p, "A Plotholder who has already worked part of this ground may bring it with them. Up to 20 credits are given "
        "for masters-level study certificated in the last five years (APCL), and for experience (APEL) through a short "
        "portfolio mapped to lines of the Standard, which two Inspectors assess against the same grades as an "
        "Inspection. Lines credited this way are marked Previously worked in the Plotholder's Plot Book, and the "
        "Plotholder need not attend the Work Days that cover them.")
mark_para_inserted(p, author="Ruth Dandridge", date="2008-11-03T10:14:00Z")
np_("Before the first Work Day each Plotholder completes the Soil Test, a self-assessment against every line of the "
    "Standard of Cultivation, which their Site Rep and headteacher read and add comments to. At a one-to-one meeting "
    "with an Inspector the Soil Test becomes the Plotholder's Cropping Plan: the lines they will concentrate on, the "
    "Plot Tasks they will do in their own school, and any lines on which their own extra targets are added (for "
    "example, a Plotholder whose school has a unit for deaf pupils adding targets on sensory impairment). The "
    "Cropping Plan is their personal set of outcomes for the season and is revisited at each Inspection.")
np_("Because Plot Tasks are chosen from the Cropping Plan, no two Plotholders do the same work between Work Days. "
    "Each Work Day has a half-day open bed session in which Plotholders choose between three workshops matched to "
    "the lines most often weak in the Soil Tests. The rent of \u00a31,150 compares with \u00a31,600 to \u00a32,100 "
    "for the other courses open to County teachers; the Work Days are held at the Learning Hut, and the County pays "
    "\u00a3600 per Plotholder from its school improvement budget.")
np_("The Federation is bound by the Disability Discrimination Act 1995 as amended in 2005 and by the Race Relations "
    "(Amendment) Act 2000, and the Plots follow the Federation's Disability Equality Scheme. The application form "
    "invites every applicant to tell us about a disability or any other need, and the Chief Plot Inspector contacts "
    "everyone who does so to agree adjustments before the first Work Day. Adjustments made in the pilot season "
    "included handouts in large print and on coloured paper, a BSL interpreter for one Plotholder at every Work Day, "
    "and an extra two weeks for written Inspections for a Plotholder with dyslexia. The Learning Hut has level "
    "access and an accessible toilet, and Site Reps' visits are arranged so that no one is disadvantaged by distance "
    "or by caring responsibilities.")
p = np_("All Plots are let in September and the Work Days run in the same order for both groups. The Cinder Lane "
        "group meets on Saturdays and the Ravensbeck group on weekday afternoons after school, so a Plotholder can "
        "choose the group that suits them, and may swap groups for a single Work Day. ")
dele(p, "Plotholders who cannot come to Work Days may follow them by correspondence. ", author="Huw Pritchard",
     date="2008-10-28T16:40:00Z")
p.add_run("In the pilot season (2007-08) Plots were also let in January; this is not being offered in 2008-09.")
np_("There is no online site for the Plots: all the teaching is done on the Work Days and in schools, and contact "
    "between Work Days is by telephone or letter, or in person with the Site Rep.")

title("PART D \u2013 WORK DAYS AND INSPECTIONS")
np_("The season has eight Work Days and three Inspections. Each Work Day is named after the bed it works on.")
cal = [
    ("Work Day", "Date (Cinder Lane)", "Bed", "Plot Task before the next Work Day"),
    ("WD1", "Sat 27 Sept 2008", "Groundwork: the law, the Code of Practice, government policy and the SENCo's role",
     "Audit your school's SEN policy against the Code"),
    ("WD2", "Sat 18 Oct 2008", "Every child, every bed: Every Child Matters, disability equality, hearing pupils' views",
     "Consult a group of pupils about an issue that affects them"),
    ("WD3", "Sat 15 Nov 2008", "Knowing the soil: how children develop, the common types of SEN, identifying need",
     "Identify one pupil's needs using evidence from at least two professionals"),
    ("WD4", "Sat 10 Jan 2009", "Feeding and watering: teaching approaches and ICT, assessment, tracking progress",
     "Track a group's progress using end-of-key-stage and optional test data"),
    ("SPRING INSPECTION", None, None, None),
    ("WD5", "Sat 7 Mar 2009", "Laying out the beds: provision mapping, deploying teaching assistants, senior leaders and governors",
     "Map your school's provision and present it to a senior leader"),
    ("WD6", "Sat 25 Apr 2009", "Neighbours over the fence: parents and carers, colleagues, outside agencies, coaching",
     "Coach a colleague through one lesson; hold a meeting with a family"),
    ("MIDSUMMER INSPECTION", None, None, None),
    ("WD7", "Sat 13 Jun 2009", "Keeping records: reviewing provision, what has been shown to work",
     "Review one intervention with the staff who run it"),
    ("WD8", "Sat 4 Jul 2009", "Harvest Supper and next season", "None"),
    ("HARVEST INSPECTION", None, None, None),
]
ct = d.add_table(rows=len(cal), cols=4)
ct.style = "Table Grid"
for i, row in enumerate(cal):
    if row[1] is None:
        mc = ct.cell(i, 0).merge(ct.cell(i, 3))
        cell_text(mc, row[0], bold=True, size=9)
        shade_cell(mc, "E8D9B5")
        continue
    for j, v in enumerate(row):
        cell_text(ct.cell(i, j), v, bold=(i == 0), size=9)
        if i == 0:
            shade_cell(ct.cell(i, j), "C9D6A8")
np_("The Spring Inspection is a written account of about 4,000 words of the law, the Code of Practice and the common "
    "types of need as they bear on the Plotholder's own school, handed in on 6 February 2009 and graded by two "
    "Inspectors.")
np_("The Midsummer Inspection has two parts. An Inspector and the Site Rep observe the Plotholder in school chairing "
    "a review meeting with a pupil and the pupil's parents or carers, and the Plotholder hands in a case study of "
    "about 3,000 words of one pupil, including the consultation with pupils carried out after WD2.")
np_("The Harvest Inspection is the Plot Book \u2013 the Plotholder's portfolio of Plot Tasks, the Cropping Plan and "
    "evidence of change in their school \u2013 followed by a plot walk: a thirty-minute professional discussion with "
    "two Inspectors about the year's work and what it has meant for pupils and colleagues.")
np_("On WD2 Plotholders practise ways of finding out what pupils think \u2013 talking mats, drawing and writing, "
    "pupil-led reviews \u2013 and each then plans and carries out a consultation with a group of pupils about an "
    "issue that affects them. On WD6 they practise, with the Parent Partnership Service, holding meetings with "
    "parents and carers, sharing difficult news and agreeing next steps with a family, and each Plotholder holds such "
    "a meeting in school. Within the school, Plotholders learn to coach, observe and advise colleagues and to lead "
    "staff training. Work with colleagues beyond the school and with other services is a matter for the County's "
    "Team Around the Child course, which most Plotholders attend in the same year.")
np_("What a Plotholder grows next season is a matter for them and their headteacher; the Federation's part ends with "
    "the Harvest Inspection, though many Plotholders tell us their plans over the Harvest Supper.")

title("PART E \u2013 THE PLOT REGISTER AND HOW TO READ IT")
np_("The Plot Register sets out each line of the Standard of Cultivation in our own words. The column Worked on at "
    "names the Work Day or Work Days on which the line is taught. The column Inspected at names the Inspection at "
    "which the line is graded.")
np_("Three other entries are used. Advisory only means that the Inspector talks the line over with the Plotholder "
    "at the plot and leaves a note in the Plot Book, but the line is not graded at any Inspection. Not let means that "
    "the line is not worked by the Federation this season. Own time, in the Worked on at column, means that no Work "
    "Day covers the line and the Plotholder works it alone.")

reg = [
    ("GROUP", "ATTRIBUTES \u2013 how the Plotholder works"),
    ("L1", "Builds fair, respectful and steady relationships with pupils with SEN or disabilities and with their families", "WD2, WD6", "Midsummer"),
    ("L2", "Wins the backing of colleagues, the head and senior leaders for better outcomes for these pupils", "WD5", "@A2"),
    ("L3", "Puts first things first, manages their own time and hands tasks on sensibly, making sure they get done", "WD4", "Advisory only"),
    ("L4", "Sees problems coming, sorts them out and makes sound, well-founded decisions about provision", "WD3", "Harvest"),
    ("L5", "Speaks and writes clearly; listens to others and understands their point of view", "WD1, WD7", "Spring, Harvest"),
    ("L6", "Uses research and advice from outside the school to improve their own and colleagues' teaching", "WD1", "Spring"),
    ("L7", "Keeps up to date and takes charge of their own professional development in SEN and disability", "Own time", "Harvest"),
    ("GROUP", "KNOWLEDGE \u2013 what the Plotholder knows"),
    ("L8", "The law and guidance on SEN, the Code of Practice, what they mean for the school and how to carry them out", "WD1", "Spring"),
    ("L9", "Every Child Matters: its principles and five outcomes, and the SENCo's part in them", "WD2", "Spring"),
    ("L10", "The disability equality laws and what the school must do under them for disabled pupils", "WD2", "Spring"),
    ("L11", "How children develop, and how SEN, disability and the setting they learn in affect that development", "WD3", "Advisory only"),
    ("L12", "The common kinds of SEN (BESD, dyslexia and other SpLD, SLCN, autism, MLD) and how each affects learning", "WD3, WD4", "Spring"),
    ("L13", "A critical grasp of approaches and resources, ICT among them, for assessing, planning and teaching", "WD4", "Midsummer"),
    ("L14", "What has been shown to work in meeting special educational needs, and where that evidence comes from", "WD7", "Harvest"),
    ("L15", "What outside agencies do and how to get specialist help and resources for pupils", "WD6", "Midsummer"),
    ("GROUP", "SKILLS \u2013 what the Plotholder does"),
    ("L16", "Works with senior leaders and governors to shape an inclusive ethos, policies, priorities and the use of resources", "WD5", "Harvest"),
    ("L17", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "WD3", "Midsummer"),
    ("L18", "Uses other professionals' assessments to shape teaching", "WD3", "Midsummer"),
    ("L19", "Uses summative results, national tests among them, to track progress and change programmes", "WD4", "Midsummer"),
    ("L20", "Encourages other teachers to use assessment for learning, with approaches suited to pupils with SEN", "WD4", "Advisory only"),
    ("L21", "Arranges in good time the access arrangements pupils need for national tests and examinations", "Not let", "Not let"),
    ("L22", "Uses provision mapping to plan provision and to find where it is missing or not working", "WD5", "Harvest"),
    ("L23", "Deploys and manages teaching assistants and other staff well", "WD5", "Harvest"),
    ("L24", "Develops colleagues by observing and giving feedback, modelling, coaching, mentoring and training", "WD6", "Harvest"),
    ("L25", "Sits down with other staff to review how well the school's SEN provision is working and what that means for the school's improvement plan", "WD7", "Advisory only"),
    ("L26", "Makes sure pupils take part in planning, agreeing and reviewing their own provision", "WD2", "Midsummer"),
    ("L27", "Works with parents and carers to support their child's learning and development", "WD6", "Midsummer"),
    ("L28", "Works in partnership with other services and agencies (see note)", "Not let", "Not let"),
]
rt = d.add_table(rows=len(reg) + 1, cols=4)
rt.style = "Table Grid"
for j, h in enumerate(["Line", "What a well-worked plot shows (in our words)", "Worked on at", "Inspected at"]):
    cell_text(rt.cell(0, j), h, bold=True, size=9)
    shade_cell(rt.cell(0, j), "C9D6A8")
for i, row in enumerate(reg, start=1):
    if row[0] == "GROUP":
        mc = rt.cell(i, 0).merge(rt.cell(i, 3))
        cell_text(mc, row[1], bold=True, size=9)
        shade_cell(mc, "EEF2E2")
        continue
    for j, v in enumerate(row):
        if v == "@A2":
            c = rt.cell(i, j)
            c.text = ""
            pp = c.paragraphs[0]
            dele(pp, "Midsummer", author="Huw Pritchard", date="2008-10-28T16:52:00Z")
            ins(pp, "Advisory only", author="Huw Pritchard", date="2008-10-28T16:52:00Z")
            continue
        cell_text(rt.cell(i, j), v, size=9)
para(d, "Note to L28: partnership with other services is worked on the County's Team Around the Child course, "
        "not on the Plots.", italic=True, size=8)

title("PART F \u2013 GRADES, NOTICES AND THE AWARD")
np_("Each Inspection is graded Cultivated, Partly cultivated or Uncultivated. A Plotholder graded Partly cultivated at "
    "any Inspection is sent an Advisory Letter and may resubmit once within eight weeks. A second Partly cultivated "
    "grade, or any Uncultivated grade, leads to a Notice to Quit and the award is not made.")
np_("The University confers the award on a Plotholder whom the Inspectors have graded Cultivated at all three "
    "Inspections.")
np_("Every Spring and Harvest piece is graded by two Inspectors separately, who then agree the grade. The Midsummer "
    "observation is graded by the Inspector and the grading notes are checked by a second Inspector. The "
    "University's moderator samples a third of all Inspections each term, together with every Uncultivated grade, "
    "and grades are confirmed at the University's Board of Examiners. The external examiner, Professor Alison "
    "Ferrand of the University of Calderbridge, sees a sample of Plot Books and joins two plot walks each year.")

title("PART G \u2013 KEEPING THE SITE IN GOOD HEART")
np_("After every Work Day each Plotholder fills in an evaluation sheet, and the Inspectors read the sheets together at "
    "their meeting after each Inspection alongside the grades. At the end of the season the Site Reps meet the "
    "Inspectors to say what worked. From outside the Federation, the University's annual monitoring report and the "
    "external examiner's report look at the Plots each year.")
np_("Each June the Chief Plot Inspector draws these together into the Site Improvement List, which the Federation's "
    "Education Committee approves and which decides what changes for the next season. This year's list moved "
    "provision mapping from WD7 to WD5 and added the open bed workshops.")
np_("The Federation also completes its own self-evaluation each March, the Site Health Check, which covers every site "
    "and activity including the Plots.")
np_("At the start and end of the season each Plotholder rates their confidence on every line of the Standard on a "
    "five-point scale, and their headteacher rates their competence on the same lines; the change is reported to "
    "the Education Committee. We have not yet found a good way of measuring what the Plots mean for pupils' "
    "achievement, and would like from 2010 to ask Plotholders to track a small group of pupils through the year.")

title("PART H \u2013 NEIGHBOURS AND LANDLORDS")
np_("In spring 2008 the Schools' Growing Team asked all 97 schools in the County's two northern districts what their "
    "SENCos most needed; 61 replied. The three needs most often named were provision mapping, managing teaching "
    "assistants and working with parents. The County's SEN Adviser also gave us the County's analysis of its SEN "
    "data, which showed low attainment among pupils at School Action Plus in Key Stage 2.")
np_("Those replies changed the course. Provision mapping and deploying teaching assistants became a Work Day of their "
    "own (WD5), and the work with parents moved into WD6 alongside the Parent Partnership Service. The pilot "
    "Plotholders' evaluations led us to add the Site Reps.")
p = np_("Schools take part as hosts of Site Reps, and the County's SEN Adviser sits on the Lettings Panel. Headteachers "
        "and parents are welcome at any Work Day. We do not at present ask schools or the County to evaluate the Plots.")
d.add_comment(p.runs[-1], text="We ought to ask the heads what they made of the season \u2013 shall I draft a survey "
              "for July? RD", author="Ruth Dandridge", initials="RD")

title("PART I \u2013 MATTERS FOR THE EXECUTIVE")
np_("The Executive is asked to note this report, to renew the lease of the Learning Hut for a further three years, "
    "and to thank the Site Reps, all of whom gave their time without charge this season.")
para(d, "Ruth Dandridge, Chief Plot Inspector, for the Schools' Growing Team", italic=True)

d.save(str(OUT))
print("wrote", OUT)
