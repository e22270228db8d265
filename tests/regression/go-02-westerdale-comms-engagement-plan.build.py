"""go-02-westerdale-comms-engagement-plan

Provider (invented): the Westerdale SEN Regional Partnership, a DCSF-funded
regional SEN partnership of eight local authorities (Amblethorpe, Birkdene,
Colmouth, Drayfield, Easterby, Fordhambury, Greyholme, Holmsby), applying with
the University of Calveley (validates and confers the award) and Marrick Hall
University (teaches the eastern group).

Document kind: the Partnership's Communications and Stakeholder Engagement
Plan for the new award (version 3, a draft for the Regional Board), sent as
the application under a shaded note: Section 7, the "Core Brief" (the agreed
facts every message must use), and Annexes A and B are the answer to the
specification. Written as "we" by the Partnership's communications lead.

Layout: no heading styles; section titles typed as bold coloured Normal
paragraphs ("1  WHY THIS PLAN"), Core Brief sub-heads as bold run-in
labels; a version table; communication objectives CO1-CO6 with measures; an
engagement log table and a "You said / We did" table; a stakeholder grid (a
2x2 influence/interest table with a merged header) and an audience table; a
"message house" table (umbrella message, three pillars, proof points) with
merged cells; a landscape channels calendar; the Core Brief; the plan's own
evaluation; Annex A outcome grid ("Where you learn it / How it is checked")
with merged group rows; Annex B "Lines to take" (approved questions and
answers). A content control still showing "Click here to enter a date." for
the launch. Header "DRAFT FOR REGIONAL BOARD - NOT FOR PUBLICATION", footer
with a page field. Tracked changes and four comments.

Traps (requirement ids):
- The message house and communication objectives are values and slogans
  ("Every SENCO a leader of learning"); arrangements are only in the Core
  Brief and Annex B (generic-mission-statements; no verdict rests on them).
- Section 8 evaluates the communications (web visits, enquiries, press
  coverage), not the programme (wrong-context for 5.1, 5.9). The programme's
  own evaluation is in the Core Brief: module questionnaires, an annual
  review to the Award Reference Group, headteachers' follow-up (5.1 met);
  impact on pupils is measured concretely in Task B and in repeated
  self-review (5.9 met).
- A February start is a tracked insertion (counts): 3.2 met.
- Tutors' replies on the online forum are a tracked deletion; what remains is
  online units and a peer forum (3.3 partially_met).
- Credit level "60 credits at masters level" is in the body; a comment
  doubting it is not evidence (E.2 met, notes_on_met).
- Next steps after the award: only a comment and an aspiration ("we hope to
  launch an alumni network") (2.5 not_met).
- Prior learning: taken into account in the Starting Point review, but Annex
  B says credit will not be awarded in the first year (2.1 partially_met).
- Assessment-only route is answered concretely in Annex B Lines to take
  (2.3 met, notes_on_met).
- Annex B: "we do not arrange placements" (5.5 partially_met; negation far
  from the staff section that lists specialist input).
- Parents: a message-house pillar and a session about how parents experience
  SEN processes, with no skills work or assessment (1.7 partially_met,
  6.S8 partially_met, 6.A1 partially_met: only the pupil half assessed).
- Resources described only generally (5.6 partially_met); double marking but
  no moderation or external check (5.8 partially_met).
- Children and young people in the audience table have "none planned at
  this stage" as channel, but the Award Reference Group reviews evaluation
  with other stakeholders (4.3 met, notes_on_met).
- Annex A: 6.S2c has no row (not_met); 6.K9 says "[to be added after
  meeting with LA services]" (not_met, placeholder); 6.K2 and 6.S2b are
  taught but "-" in the checked column; 6.S4 "Discussed at tutorial"
  (formative); 6.S8 "-" (all partially_met). 1.9 partially_met follows.
- 6.0 met: the Core Brief requires every outcome to be signed off on the
  Outcome Record before the Board of Examiners confirms the award.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_SECTION
import _go_helpers as H

HERE = Path(__file__).parent
OUT = HERE / "go-02-westerdale-comms-engagement-plan.docx"
A_PRESS, D1 = "Nadia Collier (Press Office)", "2009-02-02T09:30:00Z"
A_LEAD, D2 = "Gareth Wynne", "2009-02-04T14:05:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
BLUE = RGBColor(0x1F, 0x4E, 0x79)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "DRAFT FOR REGIONAL BOARD - NOT FOR PUBLICATION"
fp = sec.footer.paragraphs[0]
fp.add_run("Westerdale SEN Regional Partnership  |  Communications and Engagement Plan v3  |  ")
H.field(fp, "PAGE", "1")


def T(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = BLUE
    return p


def P(text, lead=None):
    p = doc.add_paragraph()
    if lead:
        p.add_run(lead + " ").bold = True
    p.add_run(text)
    return p


def B(text):
    p = doc.add_paragraph()
    p.add_run("\u2022  " + text)
    p.paragraph_format.left_indent = Pt(14)
    return p


p = doc.add_paragraph()
r = p.add_run("Westerdale SEN Regional Partnership")
r.bold = True
r.font.size = Pt(18)
r.font.color.rgb = BLUE
p = doc.add_paragraph()
r = p.add_run("The Westerdale Award for SEN Coordination\nCommunications and Stakeholder Engagement Plan 2009-2011")
r.font.size = Pt(14)

H.table(doc, [
    ["Version", "Date", "Author", "Change"],
    ["1", "10 Nov 2008", "G Wynne", "First outline for the Award Working Group"],
    ["2", "12 Dec 2008", "G Wynne", "Engagement log and You said / We did added"],
    ["3", "4 Feb 2009", "G Wynne / N Collier", "Core Brief agreed with both universities; Lines to take added"],
], size=9)
doc.add_paragraph()

note = doc.add_paragraph()
H.shade_par(note, "DEEAF6")
note.add_run("For the TDA approval panel. ").bold = True
note.add_run(
    "This is the plan the Partnership uses to tell schools, authorities and families about the new award and "
    "to keep them involved in it. We have sent it as our application because its Section 7, the Core Brief, "
    "is the single agreed description of the award that every leaflet, briefing and web page must follow. "
    "Please read Section 7 with Annex A (where each outcome is learned and checked) and Annex B (the answers we "
    "have agreed to questions we are often asked). Sections 1 to 6 and 8 are about how we communicate.")

# 1
T("1  WHY THIS PLAN")
P("From September 2009 every teacher new to the role of SENCO in Westerdale will need to gain the national "
  "award. The eight authorities, through the Partnership, have asked the University of Calveley and Marrick "
  "Hall University to run one award for the whole region rather than eight local courses. That only works if "
  "headteachers release their SENCOs, if SENCOs understand what they are signing up for, and if the people "
  "who know most about SEN in the region, including parents and young people, can see that the award "
  "reflects what they told us. This plan sets out who we need to reach, what we will say, how and when.")
P("Communication objectives for 2009-11:")
H.table(doc, [
    ["Ref", "Objective", "Measure"],
    ["CO1", "Every headteacher in the eight authorities knows the award exists and what it asks of the school", "Briefings held in all eight authorities by May 2009"],
    ["CO2", "60 applications for September 2009", "Applications received by 12 June 2009"],
    ["CO3", "SENCOs see the award as theirs", "Share of applicants who heard about it from another SENCO"],
    ["CO4", "Parents' organisations recognise their influence on the award", "Reference Group attendance"],
    ["CO5", "Authorities speak about the award with one voice", "Use of the Core Brief in all eight authorities' materials"],
    ["CO6", "Westerdale is seen nationally as a region that values its SENCOs", "Coverage in the national and education press"],
], size=9)

# 2
T("2  WHAT WE HAVE HEARD SO FAR")
P("Between March and November 2008 the Partnership ran the engagement below. Notes of every event are held "
  "by the Partnership office.")
H.table(doc, [
    ["When", "Who", "How", "Numbers", "Main points"],
    ["Mar-Apr 2008", "SENCOs in all eight authorities", "Online and paper survey", "527 replies",
     "Release time is the biggest barrier (61%); want practical tools, especially provision mapping; 44% have "
     "no time allocated for the role"],
    ["May 2008", "Headteachers", "Eight area meetings", "143 heads",
     "Want SENCOs who can lead staff and talk to governors; worried about cover costs; prefer twilight sessions"],
    ["June 2008", "Parent partnership services and parents' groups", "Workshop", "31 people",
     "Parents feel SENCOs are the key person but often unreachable; want SENCOs trained by parents, not "
     "about parents"],
    ["July 2008", "Young people (Colmouth and Drayfield youth forums)", "Two sessions", "26 young people",
     "Want to be asked before targets are set, not told afterwards; dislike being taken out of lessons"],
    ["Sept 2008", "Authority SEN officers and support services", "Working Group", "14",
     "Common SEN support service offer; specialist teams keen to teach on the award"],
    ["Oct 2008", "Voluntary organisations (dyslexia, autism, deaf children's groups)", "Round table", "9",
     "Offer speakers; want SENCOs to know what the voluntary sector provides locally"],
], size=8)
doc.add_paragraph()
P("You said, we did. The Award Working Group (both universities, four authority SEN leads, two SENCOs, a "
  "parent partnership officer) changed the design as a result:")
H.table(doc, [
    ["You said", "We did"],
    ["Release time is the biggest barrier", "Half the study days are twilights; part of each module is online; a February start was added for schools that cannot release in the autumn term"],
    ["Give us practical tools", "Provision mapping and the costed provision map are now taught and assessed in Module 3"],
    ["Train SENCOs with parents, not about them", "A parent partnership officer and a parent co-teach the Module 3 session on families"],
    ["Ask young people before targets are set", "Task A requires a structured conversation with the pupil before targets are agreed"],
    ["SENCOs must be able to talk to governors", "Task C is a report to the senior team and governors"],
], size=9)

# 3
T("3  WHO WE NEED TO REACH")
grid = H.table(doc, [
    ["Stakeholder grid", ""],
    ["HIGH influence, HIGH interest: headteachers; Directors of Children's Services; authority SEN leads; the two universities",
     "HIGH influence, LOWER interest: governors; DCSF; TDA; local councillors"],
    ["LOWER influence, HIGH interest: SENCOs and aspiring SENCOs; parents and carers; parent partnership services; voluntary organisations; children and young people",
     "LOWER influence, LOWER interest: the wider school workforce; local press"],
], size=9)
grid.cell(0, 0).merge(grid.cell(0, 1))
doc.add_paragraph()
H.table(doc, [
    ["Audience", "What they need to know", "Channel", "Owner", "When"],
    ["Headteachers", "What release is needed; cost; what the school gets back", "Area briefings; heads' bulletins; letter from DCS", "Authority SEN leads", "Mar-May 2009, then each spring"],
    ["SENCOs", "How to apply; what the year involves; support", "SENCO network meetings; leaflet; web page", "Programme leaders", "Mar-Jun 2009"],
    ["Governors", "The SENCO's role on the senior team; Task C", "Governor training briefings", "Governor services", "Summer 2009"],
    ["Parents and carers", "Why SENCOs are training; how parents helped", "Parent partnership newsletters", "Parent partnership services", "Termly"],
    ["Voluntary organisations", "Where they can contribute", "Round table; Reference Group", "G Wynne", "Twice a year"],
    ["Children and young people", "That their views shaped Task A", "None planned at this stage", "-", "-"],
    ["Press", "Launch story", "Press release; launch event", "N Collier", "Launch"],
], size=8)

# 4
T("4  WHAT WE WILL SAY: THE MESSAGE HOUSE")
mh = H.table(doc, [
    ["Umbrella message: Every SENCO a leader of learning, every child with SEN a child who achieves", "", ""],
    ["Pillar 1: Rooted in your school", "Pillar 2: Built with Westerdale", "Pillar 3: Parents as partners"],
    ["The award is done in and for your school", "Shaped by 700 people across the region", "Families are at the heart of everything we do"],
    ["Proof: three of the four tasks are carried out in school", "Proof: You said, we did (Section 2)", "Proof: parents co-teach Module 3"],
], size=9)
mh.cell(0, 0).merge(mh.cell(0, 2))
H.shade(mh.cell(0, 0), "1F4E79")
mh.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
doc.add_paragraph()
P("We believe that the SENCO is the most important person in a school for a child with SEN, and that every "
  "SENCO deserves training that treats them as a professional. All our messages should be warm, plain and "
  "confident. Avoid jargon; say \"children and young people\" not \"cases\".")

# 5 channels calendar landscape
s2 = doc.add_section(WD_SECTION.NEW_PAGE)
H.landscape(s2)
T("5  CHANNELS AND CALENDAR")
cal = H.table(doc, [
    ["Activity", "Feb 09", "Mar 09", "Apr 09", "May 09", "Jun 09", "Jul 09", "Sep 09", "Jan 10", "Jul 10"],
    ["Letter from the eight DCSs to headteachers", "", "X", "", "", "", "", "", "", ""],
    ["Area briefings for headteachers", "", "X", "X", "X", "", "", "", "", ""],
    ["SENCO network presentations", "", "X", "X", "X", "", "", "", "X", ""],
    ["Leaflet and web page (from Core Brief)", "", "X", "", "", "", "", "", "", ""],
    ["Applications open / close", "", "", "X", "", "X", "", "", "X", ""],
    ["Launch event", "", "", "", "X", "", "", "", "", ""],
    ["Award Reference Group", "", "", "", "", "", "X", "", "X", "X"],
    ["Parent partnership newsletter item", "", "X", "", "", "X", "", "", "X", ""],
    ["Case stories from the first group", "", "", "", "", "", "", "", "", "X"],
], size=8)
doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Launch event: ").bold = True
p.add_run("Calveley Conference Centre, ")
H.placeholder_control(p, "Click here to enter a date.")
p.add_run(", with the Chair of the Regional Board and a parent speaker.")

s3 = doc.add_section(WD_SECTION.NEW_PAGE)
H.portrait(s3)
# 6
T("6  KEEPING PEOPLE INVOLVED ONCE THE AWARD RUNS")
P("Engagement does not stop at launch. The Award Reference Group meets each July and January: two "
  "headteachers, the eight authority SEN leads (or deputies), two parent partnership officers, a parent, "
  "a representative of the voluntary organisations' round table and one SENCO elected by each group of "
  "participants. It receives the annual evaluation report described in Section 7, comments on it, and "
  "agrees with the programme leaders which changes to make for the following year; the agreed changes are "
  "published in the autumn heads' bulletin. Authority specialist teams and voluntary organisations teach on "
  "the award, and each participant's headteacher signs off the Task C report.")

# 7 Core brief
T("7  CORE BRIEF: THE AGREED FACTS ABOUT THE AWARD")
P("All communications must use these facts and no others. Where a question is not answered here, use "
  "Annex B or ask the programme leaders.")

p = P("The Westerdale Award for SEN Coordination is a Postgraduate Certificate validated by the University of "
      "Calveley, carrying 60 credits at masters level. It is taught by Calveley in the west of the region and "
      "by Marrick Hall University in the east under Calveley's collaborative provision arrangements; Calveley "
      "confers the award and its credits count towards Calveley's MA in Inclusive Education.",
      "What it is.")
doc.add_comment(p.runs[1], text="Registry have not yet confirmed the level for the joint modules - hold "
                "'60 credits at masters level' out of the leaflet until they do? NC", author=A_PRESS, initials="NC")
P("Its purpose is to raise the achievement and well-being of children and young people with SEN and "
  "disabilities in Westerdale, in all five Every Child Matters outcomes, by developing SENCOs who lead "
  "provision well. Every assessed task asks the participant to show what difference their work has made, "
  "or will make, for pupils: progress, attendance, participation, well-being.", "What it is for.")
P("Qualified teachers working in a school in one of the eight authorities who are, or are about to be, "
  "their school's SENCO. Applicants need their headteacher's signed agreement to release them for study "
  "days and to give them a named senior colleague as mentor. The application form asks applicants for their "
  "SEN experience and a reference from the headteacher on their readiness. A programme leader reads every "
  "application and telephones any applicant whose experience looks too thin to meet the outcomes in a year; "
  "such applicants are advised on what to do first (for example a term working alongside an experienced "
  "SENCO, or the authority's introductory SEN course) and the headteacher is told in writing.",
  "Who it is for and how to join.")
P("The headteacher completes Section F of the application, giving the date and number of the applicant's "
  "enhanced CRB disclosure and confirming that the school has checked List 99 and taken up references "
  "from previous employers. The Partnership's admissions officer checks every Section F before a place "
  "is offered. An applicant whose disclosure is more than three years old, or who has not worked in a "
  "school in the last three months, obtains a new enhanced disclosure through Calveley before starting.",
  "Checks.")
P("Before the course each participant has a one-hour Starting Point review with their tutor. Beforehand "
  "the participant rates themselves against each outcome in Annex A and gathers a little evidence; in the "
  "review the tutor and participant test the ratings (often finding that what a participant knows about "
  "the law is out of date) and agree an Individual Learning Plan: which outcomes need most work, which "
  "optional workshops to attend, and the participant's own personal outcomes. The plan is reviewed at each "
  "of the three tutorials and amended as evidence builds up in the participant's Outcome Record.",
  "Starting Point.")
P("There are three modules of 20 credits.", "The course.")
B("Module 1, Leading SEN in the school: the SEN Code of Practice (2001) and SEN law; the Disability "
  "Discrimination Act 2005 and the disability equality duty; Every Child Matters; the SENCO regulations "
  "(2008); the Lamb Inquiry; school self-evaluation and the SEF; SEN policy, strategy and resources, and "
  "working with the headteacher and governors.")
B("Module 2, Learners and learning: how children develop and how SEN, disability and the learning "
  "environment affect development; behavioural, emotional and social difficulties, dyslexia and other "
  "specific learning difficulties, speech, language and communication needs (with the Bercow Review, 2008), "
  "autism and moderate learning difficulties; identifying needs; using reports from psychologists, "
  "therapists and specialist teachers; target setting and interventions; P scales and national test data; "
  "access arrangements; ICT and assistive technology; consulting pupils, including Talking Mats and "
  "person-centred reviews.")
B("Module 3, Working with others: deploying and managing teaching assistants; provision mapping and costing; "
  "coaching, observation and feedback; leading staff training; the family session; working with other "
  "services, the Common Assessment Framework and voluntary organisations; managing the role and the "
  "SENCO's own time.")
P("Reading for each module is drawn from current research and inspection evidence, including Ofsted's "
  "Inclusion: does it matter where pupils are taught? (2006), the Bercow Review (2008), research on the "
  "deployment of support staff and the evaluation of the SENCO induction materials; tutors update the lists "
  "each summer.")
p = P("Each module has three study days, either as full days or as pairs of twilights (4.15 to 7.15), at "
      "Calveley, Marrick Hall and two authority centres. The first group starts in September 2009. ",
      "How it is taught.")
H.ins(p, "A second group will start each February, taking the modules in the order 3, 1, 2.", A_LEAD, D2)
P("Between study days participants work through online units on the Westerdale Learning Zone, the "
  "Calveley Moodle site (about three hours a fortnight: readings, short videos of SENCOs at work, "
  "activities), and take part in a learning set forum of six to eight participants.", "Online.")
pdel = doc.add_paragraph()
H.dele(pdel, "Tutors will read the learning set forums and reply to questions within two working days.", A_LEAD, D2)
H.mark_par(pdel, "del", A_LEAD, D2)
P("Each participant's mentor is a senior colleague in their own school, briefed by the programme team in "
  "a two-hour session each September and given the Mentor Guide, which sets out the mentor's three "
  "meetings, the observation for Task D and what to do if concerns arise. Tutors new to the award are "
  "inducted by the programme leaders and observed teaching once in their first year.", "In school.")
P("Task A (Module 2): a case study of one pupil, built round a structured conversation with the pupil "
  "(using Talking Mats or a person-centred review) before targets are set, with the assessments of other "
  "professionals, targets and interventions; 4,000 words. Task B (Modules 2 and 3): a small-group "
  "intervention planned with a teaching assistant, with baseline measures of the pupils before it starts "
  "and the same measures after a term, plus the pupils' own ratings, and an account of how the "
  "participant worked with any other service or voluntary organisation involved with the pupils; 4,000 words. Task C (Module 1): a "
  "report to the senior team and governors on SEN provision in the school, drawing on the school's "
  "self-evaluation and a costed provision map, with recommendations; 4,000 words and a presentation. "
  "Task D: a 40-minute professional review with the tutor and mentor, based on the participant's Outcome "
  "Record, including the mentor's observation of the participant coaching a colleague or leading training.",
  "How it is assessed.")
P("Every task is marked by the participant's tutor and second-marked in full by a second tutor from the "
  "same university. The Outcome Record lists all the outcomes in Annex A; the tutor signs off each outcome "
  "when the evidence is secure. The award is confirmed by Calveley's Board of Examiners only for a "
  "participant who has passed all four tasks and whose Outcome Record shows every outcome signed off.",
  "Marking and the award.")
P("An experienced SENCO may apply to be assessed without taking the course; see Annex B.", "Assessment only.")
P("The application form invites applicants to tell us about any disability or health condition so that "
  "we can plan adjustments; the programme leader then agrees them with the applicant and the university's "
  "disability service before the course starts. Adjustments so far have included materials in large print "
  "and on coloured paper, a BSL interpreter for study days, extra time and alternative formats for tasks, "
  "and study days moved to a ground-floor room. Both universities' equality schemes and their duties "
  "under the disability, race and gender equality duties apply to the award; promotional materials are "
  "produced in accessible formats and say that disabled teachers are welcome.", "Access.")
P("Places cost GBP 1,200, paid by the authorities for their own schools' SENCOs in 2009-10; the "
  "Individual Learning Plan means participants spend their time where they need it, and optional "
  "workshops let a participant go further where they need more.", "Cost.")
P("The programme leaders are Dr Fiona Ashdown (Calveley), a former secondary SENCO and authority SEN "
  "adviser, and Peter Ruddock (Marrick Hall), a former primary headteacher and SENCO with an MA in "
  "special and inclusive education. Six tutors teach across the two universities, all with recent "
  "experience as SENCOs, advisers or educational psychologists, and all take part in the authorities' SEN "
  "conferences. Authority specialist teams (sensory, autism, speech and language, behaviour support and "
  "educational psychology) and the voluntary organisations' round table teach sessions in Modules 2 and 3.",
  "The team.")
P("Participants have access to the universities' resources, including libraries and ICT.", "Resources.")
P("Participants complete a questionnaire at the end of each module. The programme leaders put these "
  "together with results into an annual review each summer, which goes to the Award Reference Group. "
  "Participants repeat the Starting Point self-rating at the end of the year so that growth in competence "
  "and confidence can be compared outcome by outcome; the Task B before-and-after measures are collated "
  "across the group each year to show the effect of participants' interventions on pupils' progress, and "
  "headteachers are asked a year later what has changed for pupils with SEN in their school.",
  "Evaluation.")
pf = P("We hope to launch a Westerdale SENCO alumni network in 2010 for those who complete the award.",
       "After the award.")
doc.add_comment(pf.runs[1], text="Should we add something about helping people set their next targets - "
                "the performance management link? GW", author=A_LEAD, initials="GW")

# 8
T("8  HOW WE WILL KNOW THIS PLAN HAS WORKED")
P("We will evaluate the communications themselves, not the award, which has its own evaluation (Section 7). "
  "We will count visits to the web page, enquiries and applications by authority, and track press "
  "coverage; we will ask everyone who applies how they heard about the award, and we will ask the Award "
  "Reference Group each July whether the right people are hearing the right messages. A short report goes "
  "to the Regional Board in September 2009 and September 2010.")

# Annex A
doc.add_page_break()
T("ANNEX A  OUTCOME GRID: WHERE YOU LEARN IT AND HOW IT IS CHECKED")
data = [
    ("G", "Professional attributes"),
    ("A1", "Fair, respectful relationships with pupils with SEN and their families", "Module 2 (consulting pupils)", "Task A: the pupil conversation"),
    ("A2", "Winning the commitment of colleagues and senior leaders", "Module 1", "Task C report and presentation"),
    ("A3", "Prioritising, managing time and delegating", "Module 3", "Task D professional review"),
    ("A4", "Anticipating problems; sound judgement on provision", "Modules 1 and 3", "Task C recommendations"),
    ("A5", "Clear speaking and writing; listening", "All modules", "All tasks; Task C presentation"),
    ("A6", "Using research and outside advice", "All modules", "Tasks A and B"),
    ("A7", "Keeping up to date; own CPD", "Starting Point; tutorials", "Task D professional review"),
    ("G", "Knowledge and understanding"),
    ("K1", "SEN law and the Code of Practice", "Module 1", "Task C"),
    ("K2", "Every Child Matters and the SENCO", "Module 1", "-"),
    ("K3", "Disability equality law and duties", "Module 1", "Task C"),
    ("K4", "Child development and the effect of SEN and environment", "Module 2", "Task A"),
    ("K5", "Common types of SEN", "Module 2", "Task A"),
    ("K6", "Approaches to assessment and teaching, including ICT", "Module 2", "Tasks A and B"),
    ("K7", "School self-evaluation and SEN", "Module 1", "Task C"),
    ("K8", "Best practice and research", "All modules", "Task B"),
    ("K9", "External agencies and specialist support", "Module 3", "[to be added after meeting with LA services]"),
    ("G", "Skills"),
    ("S1", "Influencing strategy with senior staff and governors", "Module 1", "Task C"),
    ("S2", "Identifying needs, targets, interventions, review", "Module 2", "Task A"),
    ("S2a", "Using other professionals' assessments", "Module 2", "Task A"),
    ("S2b", "Using summative data and national tests", "Module 2", "-"),
    ("S2d", "Access arrangements for tests and examinations", "Module 2", "Task C (section on access arrangements)"),
    ("S3", "Provision mapping; ineffective or missing provision", "Module 3", "Task C costed provision map"),
    ("S4", "Deploying and managing staff", "Module 3", "Discussed at tutorial"),
    ("S5", "Supporting colleagues' development", "Module 3", "Task D observation"),
    ("S6", "Reviewing provision with staff for self-evaluation", "Modules 1 and 3", "Task C"),
    ("S7", "Involving pupils in their provision", "Module 2", "Task A"),
    ("S8", "Liaising with parents and carers", "Module 3 (family session)", "-"),
    ("S9", "Working with other services and voluntary organisations", "Module 3", "Task B"),
]
rows = [["Outcome", "Where you learn it", "How it is checked"]]
for d in data:
    rows.append([d[1], "", ""] if d[0] == "G" else [f"{d[0]}  {d[1]}", d[2], d[3]])
ann = H.table(doc, rows, size=8)
for i, d in enumerate(data, start=1):
    if d[0] == "G":
        H.group_row(ann, i, d[1], fill="DEEAF6", size=8)
doc.add_comment(ann.cell(len(rows) - 1, 2).paragraphs[0].runs[0],
                text="Task B - is this right? The agencies are really in Task A. PR", author="Peter Ruddock", initials="PR")
doc.add_paragraph()

# Annex B
T("ANNEX B  LINES TO TAKE")
P("Approved answers for briefings, the telephone line and the web page. Do not change them without the "
  "programme leaders' agreement.")
qa = [
    ("I have been a SENCO for years. Do I have to do the whole course?",
     "Not necessarily. In exceptional cases an experienced SENCO may take the assessment-only route: they "
     "submit an Outcome Record with evidence against every outcome, a 4,000-word commentary on one piece "
     "of leadership in their school and a provision map, and take the Task D professional review with two "
     "tutors. The fee is GBP 450. The programme leaders decide after a first interview whether the route is "
     "suitable; most experienced SENCOs will still be advised to take at least one module."),
    ("Can I get credit for earlier study?",
     "Not in the first year. Calveley will not award credit for prior learning against this award until it "
     "has run once. Your earlier study and experience are taken into account in your Starting Point review, "
     "so that your time goes where you need it."),
    ("Will I spend time in another school or setting?",
     "No. The award is based in your own school, and we do not arrange placements in other schools or "
     "services. Specialists come to the study days instead."),
    ("What if I cannot get to the study days?",
     "Every study day runs either as a full day or as two twilights, in four centres, and from February 2010 "
     "you can start in February. If you miss a module you can join the next group for it."),
    ("What does it cost my school?",
     "In 2009-10 your authority pays the fee. Your school releases you for the full-day option or gives you "
     "time for the twilights."),
    ("Who do I talk to?",
     "Your authority's SEN lead, or the programme office at Calveley on 01632 960 441."),
]
for q, a in qa:
    p = doc.add_paragraph()
    p.add_run("Q  " + q).bold = True
    doc.add_paragraph("A  " + a)

doc.save(OUT)
print("wrote", OUT)
