"""fx-01-oakhurst-centre-days-planning-file

Provider (invented): Oakhurst Training Centre, the training centre of Oakhurst
Community College (a Training School) in Brantley, Marlshire. Since 2002 it has
been the designated recommending body of the Oakhurst GTP Partnership
(employment-based initial teacher training, about forty graduate trainees a year
in twenty-six schools). In 2008-09 it moves into accredited CPD for the first
time, with the University of Brandlesham validating a 60-credit Postgraduate
Certificate (two 30-credit modules, BRA-M701 and BRA-M702) as its SENCO Award.

Kind of document: the course team's Centre Days Planning File, sent as the
application with a shaded note to the panel. A GTP training centre plans adult
sessions the way it trains its trainees to plan lessons, so each of the eight
Centre Days is written on the Centre's own lesson-plan pro forma (a two-column
table: Learning objectives (WALT), Award outcomes, Starter, Main, Plenary,
Differentiation, AfL, ECM links, Resources, Gap task, Evaluation). Part A
("How the course runs") uses typed, bold section codes A1-A9; Part C lists the
four assessment tasks T1-T4; Part D is an outcome chart with merged group rows
("Centre Day(s)" / "Assessed in"). Page header and footer. One Word comment.

Layout notes:
- Part A's typed section codes A1-A9 collide with outcome ids 6.A1-6.A7
  ("A3 Starting Point review" is not time management; "A7 Schools, the
  authority and others" is not CPD).
- No Heading styles for Part A sections: bold Normal paragraphs.
- Session plan rows keep the trainee template's prompts in their left-hand
  labels, e.g. "Differentiation (How will you meet the needs of SEN, G&T and
  EAL learners?)". The prompts are not answers.

Verdicts: 40 met / 16 partially_met / 5 not_met / 0 not_applicable.

Traps (requirement ids):
- 2.3 not_met: A4 says the University's regulations do not allow an award
  without the taught modules; experienced SENCOs are told to use APL instead.
- 2.1 partially_met: certificated prior study can be credited (APCL), but
  "we do not at present accredit experiential learning". A Word comment
  (not part of the submission) says the University would agree to APEL.
- 2.2 partially_met: the Starting Point review against the outcomes happens
  before Day 1, but it is "for the tutor's information" and no individual
  plan or personalised outcomes follow.
- 2.4 partially_met: tailoring is only the choice of carousel workshops and
  differentiation rows ("the programme of Centre Days and tasks is the same
  for every participant"); cost-effectiveness is not addressed.
- 2.5 not_met: Day 8 plenary "Next steps" is "[to be planned]"; nothing
  else helps participants set further targets.
- 3.1 partially_met: values statement plus building access only; no
  disclosure or adjustments for participants.
- 3.3 partially_met: the Centre's Moodle holds resources and a forum, but
  the forum "is not monitored by tutors" and there is no support between days
  beyond the gap tasks.
- 4.3 partially_met: stakeholders deliver (LA, special school, Parent
  Partnership) but evaluation is by participants only.
- 5.3 not_met: the body describes CRB checks on GTP trainees made by their
  employing schools (wrong context); the only statement about SENCO
  participants' checks is in the page footer (not evidence).
- 5.6 partially_met: library access and the Centre's resource room only in
  general terms; no specialist technology.
- 5.9 partially_met: participants' confidence self-rating before and after;
  impact on pupils only hoped for, though T3 has a baseline.
- 1.5 partially_met, 6.S7 partially_met: pupil voice appears only as an
  optional ten minutes on Day 4 "if time allows" and is not assessed.
- 1.9 / 6.0 partially_met: A9 claims the four tasks "between them assess all
  of the national outcomes" and awards on passing both modules, but Part D
  shows outcomes not assessed.
- Part D: 6.A3 (Day 2, assessed "-"), 6.A7 (CPD log "kept, not marked"),
  6.S2d (gap task "not marked"), 6.S5 ("discussed with school mentor")
  partially_met; 6.K4 explicitly not covered on Day 3 and in Part D
  (not_met); 6.S2c has no row and is nowhere in the file (not_met).
- Met despite appearances: 5.5 (Day 5 at Brook Lane Special School is a
  visit for participants, with specialist staff); 5.8 (double marking,
  University moderation, external examiner); 1.3 (named research in sessions).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_name("fx-01-oakhurst-centre-days-planning-file.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def code_head(code, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(f"{code}\t{title}")
    r.bold = True
    r.font.size = Pt(11.5)
    return p


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------- header / footer ----------
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Oakhurst Training Centre  |  SENCO Award: Centre Days Planning File 2009-10  |  Draft 3"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.text = ("OTC/PF/3  Uncontrolled when printed.  All SENCO Award participants hold a current enhanced "
           "CRB disclosure, checked by the Centre Manager before Day 1.")
fp.runs[0].font.size = Pt(8)

# ---------- title ----------
para("OAKHURST TRAINING CENTRE", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Oakhurst Community College, Mill Lane, Brantley, Marlshire BT7 4QJ", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Designated Recommending Body: Oakhurst GTP Partnership", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
para("The Oakhurst SENCO Award", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
para("University of Brandlesham Postgraduate Certificate in Coordinating Special Educational Needs",
     italic=True, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
para("CENTRE DAYS PLANNING FILE 2009-10", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Course team: Ruth Pennington (course leader), Janet Hollis, Dr Martin Greaves (University link tutor)",
     size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.cell(0, 0)
shade(c, "E7E6E6")
cell_text(c, "A note for the TDA panel\n"
          "We have not written a separate narrative. This is the planning file our course team works from, and we "
          "think it shows the course better than a description would. Part A explains how the course runs and is "
          "managed; Part B has the plan for each of the eight Centre Days, on the same lesson-plan pro forma our GTP "
          "trainees use (we have kept the form as it is, so some of its headings are written for trainees); Part C "
          "sets out the four assessed tasks; Part D shows where each of the national outcomes is taught and where it "
          "is assessed. Section codes in Part A (A1 to A9) are our own file references.\n"
          "Janet Hollis, Director, Oakhurst Training Centre, 16 February 2009")
cell_text_p = c.paragraphs[0]
cell_text_p.runs[0].bold = True

# ---------- PART A ----------
para("")
para("PART A   HOW THE COURSE RUNS", bold=True, size=13)

code_head("A1", "The partnership and the award")
para("Oakhurst Training Centre has trained teachers on the Graduate Teacher Programme since 2002 and was judged good "
     "with outstanding features at its last Ofsted inspection of initial teacher training. The SENCO Award is the "
     "first course we have run for qualified teachers that leads to a university award. Its aim is that pupils with "
     "SEN and disabilities in participants' schools make better progress, in their learning and towards all five "
     "Every Child Matters outcomes, because their SENCO leads provision for them well; every task asks participants "
     "to show what difference their work has made to pupils. The University of Brandlesham "
     "School of Education validated the course as a Postgraduate Certificate in Coordinating Special Educational "
     "Needs at its validation event on 21 January 2009. The certificate carries 60 credits at Master's level (M "
     "level, FHEQ level 7) and is made up of two 30-credit modules:")
para("•  BRA-M701 The SENCO as Leader of Provision (Centre Days 1 to 4; Tasks T1 and T2)")
para("•  BRA-M702 Enquiring into Provision for Pupils with SEN (Centre Days 5 to 8; Tasks T3 and T4)")
para("Participants register as students of the University, which awards the certificate. Credit from the certificate "
     "counts towards the University's MA in Education (Inclusion and SEN). The University's link tutor, Dr Martin "
     "Greaves, sits on our course team, second-marks work and attends the University's Examination Board with the "
     "course leader.")

code_head("A2", "Who the course is for and how we select")
para("The course is for qualified teachers in Marlshire and neighbouring schools who have been SENCO for less than "
     "three years or who have been designated to take up the role. Applicants must hold QTS and have completed "
     "induction, and must be nominated by their headteacher on the Centre's nomination form, on which the head "
     "agrees to release the participant for the eight Centre Days and to meet the participant and the tutor in the "
     "autumn and summer terms. Every applicant has a 30-minute interview with the course leader, who uses a short "
     "set of questions about the applicant's current role and a written task (a one-page note to a colleague about a "
     "pupil) to judge whether the applicant will be able to work at M level and meet the outcomes by the end of the "
     "year. Where we think an applicant is not ready, the course leader writes to the applicant and the head with "
     "suggestions (usually the LA's two-day 'New to SEN' course and a term shadowing an experienced SENCO) and "
     "offers a place the following year.")
para("Safeguarding checks in the Centre follow the College's safer recruitment policy. For GTP trainees, the "
     "employing school obtains the enhanced CRB disclosure before the trainee starts, checks List 99 and takes up two "
     "references, and sends the Centre a signed confirmation; the Centre's GTP administrator records this on the "
     "trainee file and no trainee is registered with the TDA until it is received.")

code_head("A3", "Starting Point review")
para("Before Day 1 each participant completes the Starting Point review, a four-page self-assessment listing the "
     "national outcomes in our own words with a scale from 1 (new to me) to 4 (confident and could help others), and "
     "a short statement about their school's provision. The course leader reads every review before Day 1. The "
     "review is for the tutor's information: it helps us see where the group is strong and where it is not, and we "
     "adjust the emphasis of Days 2 to 4 accordingly. We do not write individual plans; the programme of Centre Days "
     "and tasks is the same for every participant.")

code_head("A4", "Routes, credit for earlier study, and timing")
para("There are two intakes each year. The September group meets on Thursdays; the January group meets on Tuesday "
     "twilights (4.15 to 7.30 pm, two twilights for each Centre Day) for participants whose schools cannot release "
     "them in the day. A participant who misses a day in one group may attend the same day with the other group. A "
     "participant may take BRA-M701 in one year and BRA-M702 in the next, with the University's agreement.")
apl = para("Participants who have already passed Master's-level modules in SEN or inclusion may claim credit for "
           "them through the University's Accreditation of Prior Certificated Learning procedure, up to 30 credits; "
           "the course leader helps them map the earlier module against BRA-M701. We do not at present accredit "
           "experiential learning.")
para("We have been asked whether an experienced SENCO could gain the award by assessment alone. The University's "
     "regulations do not permit a postgraduate certificate to be awarded without registration on and attendance at "
     "the taught modules, so there is no assessment-only route; experienced applicants should use the prior "
     "learning procedure above.")

code_head("A5", "Access")
para("Oakhurst Training Centre is committed to equality of opportunity and to the inclusion of all learners, "
     "whether pupils, trainees or teachers on our courses. The Centre is on the ground floor of the College's "
     "Sixth Form block, with level access, an accessible toilet and a hearing loop in the main training room.")
para("The course uses the Centre's Moodle site, where tutors post the day's slides and readings after each Centre "
     "Day and where participants keep an online discussion forum for the group. The forum is for participants to "
     "share ideas with one another and is not monitored by tutors. Between Centre Days participants work on the gap "
     "tasks in their own schools.")
para("Participants may use the University library and the Centre's resource room, which has the books and "
     "materials used on the course.")

code_head("A6", "Who teaches the course")
staff = [("Ruth Pennington", "Course leader; Assistant Director (CPD), Oakhurst Training Centre",
          "SENCO at Oakhurst Community College 1998-2007; MA Special and Inclusive Education (Brandlesham, 2004); "
          "OCR Diploma in SpLD; GTP tutor since 2005. Member of nasen's Marlshire branch committee."),
         ("Janet Hollis", "Director, Oakhurst Training Centre",
          "Former deputy headteacher; GTP programme director since 2002; Ofsted ITE inspection nominee 2007."),
         ("Dr Martin Greaves", "University link tutor; Senior Lecturer in Inclusive Education, University of Brandlesham",
          "PhD on teaching assistants' deployment; leads the University's MA Inclusion pathway; external examiner for "
          "two other universities' SEN awards."),
         ("Kamala Desai", "Senior Educational Psychologist, Marlshire County Council (one day in ten seconded to the course)",
          "Leads Days 3 and 4 with the course leader; Marlshire's lead for the Inclusion Development Programme."),
         ("Owen Tranter", "Headteacher, Brook Lane Special School",
          "Hosts and leads Day 5; Brook Lane's outreach team works with 40 Marlshire mainstream schools."),
         ("Sue Whitlock", "Manager, Marlshire Parent Partnership Service", "Co-leads Day 7.")]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for i, h in enumerate(["Name", "Role on the course", "Background"]):
    cell_text(tb.rows[0].cells[i], h, bold=True)
    shade(tb.rows[0].cells[i], "D9E2F3")
for row in staff:
    cells = tb.add_row().cells
    for i, v in enumerate(row):
        cell_text(cells[i], v, size=9)
para("All tutors attend a half-day briefing with the University link tutor in July before the course starts, at "
     "which we go through the module handbooks, the marking criteria and this planning file. Each participant is also "
     "asked to name a school mentor (usually a senior leader) who receives the Mentor Notes and a telephone call from "
     "the course leader in September explaining what the mentor is asked to do: meet the participant each half term, "
     "read drafts of T2 and T3, and sign the participant's record of gap tasks.")

code_head("A7", "Schools, the authority and others")
para("We planned the course from what our partnership schools and the authority told us. In March 2008 we sent a "
     "questionnaire to the headteachers and SENCOs of our 26 GTP partnership schools and 31 other Marlshire schools "
     "(44 replies). Schools asked for a course that was close to home, that did not take SENCOs out of school for more "
     "than eight days, that dealt with provision mapping and the deployment of teaching assistants, and that helped "
     "new SENCOs work with parents. Marlshire's Head of SEN and Inclusion told us that the authority's priorities were "
     "speech, language and communication needs (following the Bercow Review), the Inclusion Development Programme and "
     "better use of data on pupils with SEN. As a result we added a twilight intake (A4), made provision mapping and "
     "teaching assistant deployment the centre of Days 2 and 6, built a whole day on parents with the Parent "
     "Partnership Service, and asked the authority's Senior Educational Psychologist to co-lead Days 3 and 4.")
para("The authority, Brook Lane Special School and the Parent Partnership Service take part in teaching the course "
     "(A6), and Brook Lane hosts Day 5. Headteachers of participants' schools are invited to the T4 presentations on "
     "Day 8.")

code_head("A8", "Quality assurance and evaluation")
para("The course is part of the Centre's quality assurance cycle, which is the same cycle we use for the GTP. "
     "Participants complete an evaluation form at the end of each Centre Day; the course leader summarises the forms "
     "for the course team meeting held within two weeks of each day, and the team records what it will change for "
     "the next group. At the end of the year the course leader writes a course review, which goes to the Centre's "
     "Partnership Management Board and to the University's annual monitoring process; the University's external "
     "examiner for the MA Inclusion pathway comments on the standard of work and on the course in her annual report, "
     "and the course team writes an action plan in response to both.")
para("All T1 to T3 scripts are first-marked by the course leader or Kamala Desai against the University's M-level "
     "criteria; every fail, every distinction and a sample of a third of the rest is second-marked by Dr Greaves; the "
     "external examiner sees a sample of at least six scripts including all fails; marks are confirmed at the "
     "University's Examination Board. T4 presentations are marked by two tutors together using a shared mark sheet.")
para("We will ask participants to rate their confidence against each outcome on the Starting Point scale again at "
     "the end of Day 8, so that we can compare the two ratings for each participant and for the group. We hope that "
     "the enquiries in T3 will also show how pupils have benefited, and we would like in time to follow up the first "
     "group's pupils.")

code_head("A9", "The award")
para("A participant who passes both modules (Tasks T1 to T4) is awarded the University of Brandlesham Postgraduate "
     "Certificate in Coordinating Special Educational Needs, which is the Oakhurst SENCO Award. Between them the four "
     "tasks assess all of the national outcomes for SENCOs. Part D shows where the outcomes are taught and assessed.")

# ---------- PART B ----------
doc.add_page_break()
para("PART B   CENTRE DAY PLANS", bold=True, size=13)
para("Each day runs from 9.15 am to 3.45 pm in the Oakhurst Training Centre unless shown otherwise. Timings below "
     "are for the Thursday group; the January twilight group covers the same plan over two evenings.", italic=True)

LABELS = ["Centre Day", "Date / venue", "Lead tutor(s)", "Learning objectives (WALT)", "Award outcomes",
          "Starter", "Main", "Plenary",
          "Differentiation (How will you meet the needs of SEN, G&T and EAL learners?)",
          "AfL (How will you know they have learnt it?)", "ECM links (tick all that apply)",
          "Resources", "Gap task", "Evaluation (complete after the session)"]

DAYS = [
    ["Day 1  The SENCO, the law and Every Child Matters",
     "Thursday 17 September 2009, Oakhurst Training Centre",
     "Ruth Pennington; Dr Martin Greaves",
     "To know the duties of schools, governors and SENCOs under the Education Act 1996 Part IV, the SEN Code of "
     "Practice 2001 and the SEN and Disability Act 2001.\nTo understand the Disability Discrimination Act 1995 as "
     "amended in 2005, including the disability equality duty, schools' accessibility plans and reasonable "
     "adjustments, and what a SENCO must do about them.\nTo understand the five Every Child Matters outcomes and the "
     "SENCO's part in the school's work towards them.",
     "Law and guidance on SEN; Every Child Matters; disability equality law",
     "(20 min) 'What does your school's SEN policy promise?' Participants bring their school's SEN policy and "
     "accessibility plan and highlight three promises.",
     "(1) Lecture and questions: the statutory framework, from Warnock to Removing Barriers to Achievement (2004) and "
     "the House of Commons Education and Skills Committee report (2006). (2) Workshop: the graduated response in "
     "the Code of Practice, School Action, School Action Plus and statutory assessment, worked through three case "
     "files. (3) Disability equality: the difference between SEN and disability, the duties on schools, writing a "
     "disability equality scheme; case study of a reasonable adjustment for a Year 9 pupil with cerebral palsy. "
     "(4) Every Child Matters: mapping one pupil's provision against the five outcomes and the Common Assessment "
     "Framework.",
     "Each participant writes three things their school's policy must change; these start T1.",
     "Groups arranged by phase; case files at two levels of detail; glossary of legal terms.",
     "Exit slip: one duty the participant had not known about.",
     "Being healthy / Staying safe / Enjoying and achieving / Making a positive contribution / Achieving economic well-being (all)",
     "Code of Practice 2001; SEN Toolkit; DCSF disability equality guidance; case files A-C",
     "Gap task 1: compare your school's SEN policy and accessibility plan with the law; bring notes to Day 2.",
     ""],
    ["Day 2  Leading and managing provision",
     "Thursday 8 October 2009, Oakhurst Training Centre",
     "Ruth Pennington; Janet Hollis",
     "To understand the strategic role of the SENCO within the leadership team and with governors.\nTo plan how to "
     "gain the commitment of the headteacher, senior leaders and colleagues to change.\nTo manage the SENCO's own time "
     "and to delegate appropriately.\nTo deploy and manage teaching assistants and other staff to best effect.",
     "Strategic development; gaining commitment; time and delegation; deploying staff",
     "(20 min) 'A week in the life': participants log last week's SENCO time on a grid and compare.",
     "(1) The SENCO as leader: the National College's work on the SENCO's role; where SEN sits in the school "
     "development plan; reporting to governors. (2) Role play: persuading a reluctant head of department. "
     "(3) Time management and delegation: prioritising matrix; what the SENCO should and should not do; the "
     "administrative tasks that can be delegated. (4) Teaching assistants: evidence from the Deployment and Impact "
     "of Support Staff project; drawing up a TA deployment plan; performance management of TAs.",
     "Participants agree one change they will propose to their head before Day 3.",
     "Participants from schools without a TA team work on a case study school.",
     "Peer feedback on TA deployment plans against a checklist.",
     "Enjoying and achieving / Making a positive contribution",
     "Prioritising matrix; DISS project interim findings; TA deployment template",
     "Gap task 2: draft a TA deployment plan for one year group and discuss it with your mentor.",
     ""],
    ["Day 3  Understanding special educational needs",
     "Thursday 12 November 2009, Oakhurst Training Centre",
     "Kamala Desai; Ruth Pennington",
     "To understand the most common types of SEN and disability (behavioural, emotional and social difficulties; "
     "specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties) and how each affects learning.\nTo know where to find specialist "
     "advice and materials for each.",
     "The common types of SEN and disability",
     "(20 min) Myth or fact quiz on dyslexia and autism.",
     "Carousel of five workshops (50 min each, participants attend four and read the fifth): BESD (with the "
     "authority's behaviour support team); SpLD and dyslexia, including the work of the Rose review now under way; "
     "SLCN and the Bercow Review (2008); ASD and the Inclusion Development Programme materials; MLD. Each workshop "
     "ends with the implications for teaching in a mainstream classroom.\nChild development is not covered on the "
     "Award: participants will have met it in their initial training, and this day concentrates on the five areas "
     "above.",
     "Each group presents one 'What helps' poster.",
     "Participants choose their four workshops from the Starting Point review.",
     "Questions in the carousel booklet; tutor reads booklets.",
     "Enjoying and achieving / Being healthy",
     "IDP DVDs (dyslexia, SLCN, autism); Bercow Review summary; carousel booklet",
     "Gap task 3: choose the pupil for your T2 case study and collect the assessments already on file.",
     ""],
    ["Day 4  Identifying needs, setting targets, planning and reviewing",
     "Thursday 3 December 2009, Oakhurst Training Centre",
     "Kamala Desai; Ruth Pennington",
     "To identify pupils who may have SEN, set challenging targets and plan and review interventions.\nTo use "
     "assessments and reports from educational psychologists, speech and language therapists and other "
     "professionals to plan teaching.\nTo use P scales, national test and teacher assessment data and RAISEonline to "
     "track progress and adjust programmes.\nTo evaluate approaches and resources for assessment, teaching and "
     "learning, including ICT.",
     "Identification, targets and review; using others' assessments; using summative data; approaches and resources",
     "(20 min) Participants compare two IEPs written for the same pupil and say which is better and why.",
     "(1) From concern to intervention: the assess-plan-do-review cycle; writing SMART targets. (2) Reading a "
     "psychologist's report and a speech and language therapy report and turning them into classroom strategies. "
     "(3) Data: P scales, APP, end of key stage results, RAISEonline's SEN breakdown and contextual value added; "
     "tracking progress of pupils at School Action and School Action Plus. (4) Approaches and resources: "
     "precision teaching, structured reading programmes, social stories, software for literacy (Clicker, "
     "text-to-speech) and alternative recording. (5) If time allows (10 min): pupil voice, hearing the views of "
     "pupils in the annual review, short video clip from a Marlshire primary school council.",
     "Participants draft targets for their T2 pupil.",
     "Data tasks at two levels; support sheet on RAISEonline.",
     "Tutor checks each participant's draft targets before they leave.",
     "Enjoying and achieving",
     "Sample reports (anonymised); RAISEonline guide; ICT resource table",
     "Gap task 4: write and start an intervention plan for your T2 pupil.",
     ""],
    ["Day 5  Specialist provision and other services",
     "Thursday 14 January 2010, Brook Lane Special School, Brantley",
     "Owen Tranter and Brook Lane outreach team; Ruth Pennington",
     "To understand the range of specialist provision and outreach in Marlshire.\nTo know the roles of the "
     "educational psychology service, speech and language therapy, CAMHS, the sensory support service, social care "
     "and voluntary organisations, and how to gain their support.\nTo work with other services and agencies, "
     "including through the Common Assessment Framework and team around the child.",
     "External agencies and specialist support; working with other services",
     "(20 min) Tour of Brook Lane in groups of four led by Brook Lane staff.",
     "(1) Observation in a Brook Lane class (participants are placed in pairs in a class for one hour with a "
     "Brook Lane teacher). (2) Panel: the educational psychologist, a speech and language therapist, the CAMHS "
     "primary mental health worker and the Marlshire Autism Support Group's coordinator on what they offer and how "
     "to refer. (3) Case conference simulation using the CAF. (4) Brook Lane's outreach offer to mainstream schools.",
     "Each participant writes a 'who to ask' map for their own school.",
     "Participants from secondary schools observe Key Stage 3/4 classes.",
     "Who to ask maps reviewed at Day 6.",
     "Staying safe / Being healthy / Enjoying and achieving / Making a positive contribution",
     "Marlshire directory of services; CAF forms; Brook Lane outreach leaflet",
     "Gap task 5: arrange a meeting with one outside professional about your T2 pupil.",
     ""],
    ["Day 6  Provision mapping, evaluation and examinations",
     "Thursday 11 February 2010, Oakhurst Training Centre",
     "Ruth Pennington; Dr Martin Greaves",
     "To use provision mapping to plan and cost provision and to identify provision that is missing or not working."
     "\nTo review with colleagues how well provision works and feed this into the school's self-evaluation (the SEF)."
     "\nTo understand the principles of school self-evaluation and improvement for pupils with SEN.\nTo know the "
     "access arrangements for national tests and public examinations and the dates by which they must be applied for.",
     "Provision mapping; reviewing provision; school self-evaluation; access arrangements",
     "(20 min) Participants bring their school's provision map, or a list of interventions if they have none.",
     "(1) Provision mapping: Gross and White's model; costing provision; finding gaps and overlaps. (2) Evaluating "
     "interventions: entry and exit data, ratio gains, and what Ofsted's 2006 report 'Inclusion: does it matter where "
     "pupils are taught?' says about outcomes. (3) The SEF and SEN: writing the SEN parts of the school's "
     "self-evaluation; what inspectors look at. (4) Access arrangements: KS2 tests (QCA's arrangements and the "
     "application deadlines) and the JCQ regulations for GCSE; extra time, readers, scribes, modified papers.",
     "Participants choose the intervention they will evaluate in T3.",
     "Provision map templates for primary and secondary.",
     "Tutor reviews draft provision maps in the afternoon.",
     "Enjoying and achieving / Achieving economic well-being",
     "Provision map templates; JCQ regulations 2009-10; QCA KS2 arrangements",
     "Gap task 6: draw up a timeline of access arrangements for your school for the coming year (shared with your "
     "mentor; not marked).",
     ""],
    ["Day 7  Working with parents, carers and colleagues",
     "Thursday 18 March 2010, Oakhurst Training Centre",
     "Sue Whitlock (Parent Partnership); Ruth Pennington",
     "To build fair, respectful and constructive relationships with pupils with SEN and their parents and carers."
     "\nTo liaise with and advise parents and carers, including in difficult conversations.\nTo advise and support "
     "colleagues within and beyond the school, listening to their views and explaining clearly.\nTo support "
     "colleagues' development through coaching, modelling and training.",
     "Relationships with pupils and parents; liaison with parents; communication; supporting colleagues",
     "(20 min) Two parents from the Parent Partnership Service's parents' group talk about their experience of "
     "school meetings.",
     "(1) Parents' views: what the Lamb Inquiry is looking at; Parent Partnership's advice on meetings. (2) Role "
     "play of a difficult review meeting, observed and fed back by Sue Whitlock. (3) Working with colleagues: "
     "advising a class teacher; running a staff meeting on a type of need; coaching conversations (GROW model); "
     "participants talk through with their school mentor afterwards how they will coach one colleague.",
     "Participants write a letter to a parent after a review and swap for feedback.",
     "Participants who are not yet running reviews observe first.",
     "Sue Whitlock's feedback on role plays.",
     "All five",
     "Parent Partnership leaflets; GROW cards",
     "Gap task 7: hold a meeting with a parent using the day's approach and write a reflective note for T2.",
     ""],
    ["Day 8  Research, evidence and presenting your enquiry",
     "Thursday 6 May 2010, Oakhurst Training Centre",
     "Dr Martin Greaves; Ruth Pennington",
     "To use research evidence and external advice to improve one's own and colleagues' practice.\nTo know best "
     "practice and research findings on meeting special educational needs.\nTo make well-founded decisions about "
     "provision.\nTo present findings clearly to colleagues (T4).\nTo take responsibility for one's own continuing "
     "professional development in SEN.",
     "Research and external advice; best practice; decisions about provision; communication; own CPD",
     "(20 min) Research in a minute: each participant summarises one study from their T3 reading.",
     "(1) What counts as evidence: reading research critically (Ofsted reports, the DCSF 'What Works' series, "
     "Davis and Florian's review of teaching approaches (2004)). (2) T4 presentations to peers, tutors and invited "
     "headteachers. (3) Keeping up to date: nasen, journals, the authority's SENCO network; each participant "
     "updates their CPD log.",
     "Next steps: [to be planned]",
     "Presentation order agreed in advance; quiet room available.",
     "T4 marked by two tutors.",
     "All five",
     "Presentation mark sheet; CPD log",
     "None.",
     ""],
]

for d in DAYS:
    para("")
    tt = doc.add_table(rows=len(LABELS), cols=2)
    tt.style = "Table Grid"
    for i, lab in enumerate(LABELS):
        a, b = tt.rows[i].cells
        cell_text(a, lab, bold=True, size=9)
        shade(a, "F2F2F2")
        cell_text(b, d[i], bold=(i == 0), size=9)
        a.width = Cm(4.5)
        b.width = Cm(12.3)

# ---------- PART C ----------
doc.add_page_break()
para("PART C   ASSESSED TASKS", bold=True, size=13)
para("All written tasks are submitted through the University's student portal and marked against the University's "
     "Level 7 assessment criteria. Each task must be passed (40 per cent); a participant who fails a task may "
     "resubmit it once.")
tasks = [
    ("T1", "BRA-M701", "Policy into practice (3,000 words, 50% of the module)",
     "A critical review of the participant's school's SEN policy and accessibility plan against the law, the Code of "
     "Practice, the disability equality duty and Every Child Matters, with an action plan agreed with the "
     "headteacher and presented to the governing body or its committee. Assesses: law and guidance on SEN; Every "
     "Child Matters; disability equality law; influencing strategic development with senior colleagues and "
     "governors; gaining the commitment of the head and senior leaders."),
    ("T2", "BRA-M701", "Case study of provision for one pupil (3,000 words, 50% of the module)",
     "An account of the participant's work with one pupil over a term: the pupil's needs, the assessments and "
     "reports from other professionals used, the targets set, the intervention planned and reviewed, progress "
     "tracked with summative data, the participant's meetings with the parents or carers and with other services. "
     "Assesses: the common types of SEN; approaches and resources for teaching and learning, including ICT; "
     "identifying needs, setting targets, planning and reviewing; using others' assessments; using summative data; "
     "relationships with the pupil and the family; liaising with parents; working with other agencies; knowledge of "
     "external agencies; sound judgement about provision."),
    ("T3", "BRA-M702", "Enquiry report (5,000 words, 80% of the module)",
     "A small-scale enquiry into one intervention or aspect of provision in the participant's school, with baseline "
     "measures for the pupils involved before the intervention and measures after it, a provision map for the "
     "area, a review of the research, and a report of the findings to colleagues with recommendations for the "
     "school's self-evaluation. Assesses: research and best practice; drawing on research and external advice; "
     "provision mapping; deploying and managing staff; reviewing provision with colleagues; school self-evaluation."),
    ("T4", "BRA-M702", "Presentation (15 minutes and questions, 20% of the module)",
     "A presentation of the T3 findings on Day 8 to peers, tutors and invited headteachers. Assesses: expressing "
     "ideas clearly in speech; listening to and answering questions from colleagues."),
]
tc = doc.add_table(rows=1, cols=3)
tc.style = "Table Grid"
for i, h in enumerate(["Task", "Module", "What the participant does and what it assesses"]):
    cell_text(tc.rows[0].cells[i], h, bold=True)
    shade(tc.rows[0].cells[i], "D9E2F3")
for code, mod, title, body in tasks:
    cells = tc.add_row().cells
    cell_text(cells[0], code, bold=True)
    cell_text(cells[1], mod)
    cell_text(cells[2], title + "\n" + body, size=9)
    cells[2].paragraphs[0].runs[0].bold = True

# ---------- PART D ----------
doc.add_page_break()
para("PART D   WHERE THE NATIONAL OUTCOMES ARE TAUGHT AND ASSESSED", bold=True, size=13)
para("'—' means the outcome is not assessed in a marked task.", italic=True, size=9)
groups = [
    ("Professional attributes", [
        ("Fair, respectful and constructive relationships with pupils with SEN and their parents and carers", "Day 7", "T2"),
        ("Gaining the commitment of colleagues, the headteacher and senior leaders", "Day 2", "T1"),
        ("Prioritising, managing time and delegating", "Day 2", "—"),
        ("Anticipating and solving problems; sound judgements about provision", "Days 4, 8", "T2"),
        ("Expressing ideas clearly in speech and writing; listening to others", "Days 7, 8", "T4 (speech); all written tasks"),
        ("Drawing on research and external advice to improve practice", "Day 8", "T3"),
        ("Keeping up to date and taking responsibility for own CPD", "Day 8", "CPD log (kept, not marked)"),
    ]),
    ("Professional knowledge and understanding", [
        ("SEN law and guidance, including the Code of Practice", "Day 1", "T1"),
        ("Every Child Matters and the SENCO's part in it", "Day 1", "T1"),
        ("Disability equality law and what it requires", "Day 1", "T1"),
        ("How children develop", "Not covered on the Award (see Day 3)", "—"),
        ("The common types of SEN and disability", "Day 3", "T2"),
        ("Approaches, strategies and resources, including ICT", "Day 4", "T2"),
        ("School self-evaluation and improvement", "Day 6", "T3"),
        ("Best practice and research on meeting SEN", "Day 8", "T3"),
        ("External agencies and how to obtain their support", "Day 5", "T2"),
    ]),
    ("Professional skills", [
        ("Influencing strategic development, with senior colleagues and governors", "Day 2", "T1"),
        ("Identifying needs, setting targets, planning and reviewing interventions", "Day 4", "T2"),
        ("Using assessments by other professionals", "Day 4", "T2"),
        ("Using summative assessment and national test data to track progress", "Day 4", "T2"),
        ("Access arrangements for national tests and examinations", "Day 6", "Gap task 6 (not marked)"),
        ("Provision mapping; finding missing or ineffective provision", "Day 6", "T3"),
        ("Deploying and managing staff", "Day 2", "T3"),
        ("Supporting colleagues' development (coaching, modelling, training)", "Day 7", "Discussed with school mentor"),
        ("Reviewing provision with colleagues to inform self-evaluation", "Day 6", "T3"),
        ("Involving pupils in planning and reviewing their provision", "Day 4", "—"),
        ("Liaising with parents and carers", "Day 7", "T2"),
        ("Working with other services and agencies, including voluntary organisations", "Day 5", "T2"),
    ]),
]
td = doc.add_table(rows=1, cols=3)
td.style = "Table Grid"
for i, h in enumerate(["Outcome (our wording)", "Centre Day(s)", "Assessed in"]):
    cell_text(td.rows[0].cells[i], h, bold=True)
    shade(td.rows[0].cells[i], "D9E2F3")
for gname, rows in groups:
    r = td.add_row()
    m = r.cells[0].merge(r.cells[2])
    cell_text(m, gname, bold=True)
    shade(m, "E7E6E6")
    for o, dd, a in rows:
        cells = td.add_row().cells
        cell_text(cells[0], o, size=9)
        cell_text(cells[1], dd, size=9)
        cell_text(cells[2], a, size=9)

para("")
para("Ruth Pennington, course leader, and Dr Martin Greaves, University of Brandlesham, February 2009", italic=True, size=9)

# ---------- comment on APL paragraph ----------
doc.add_comment(apl.runs, text="Martin says the University would accept APEL claims through its portfolio "
                "procedure if we want it. Shall we add this? JH", author="Janet Hollis", initials="JH")

doc.save(OUT)
print("wrote", OUT)
