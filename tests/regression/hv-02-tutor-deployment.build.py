"""hv-02-tutor-deployment: Wealdbrook Regional Learning Centre (WRLC).

Provider: a regional CPD centre run by a consortium of two universities (the
University of Wealdbrook validates; Tennant Hill University supplies tutors)
and four local authorities (Ashmere, Croyde Vale, Northfold, Sallowmarsh),
modelled on the regional Science Learning Centres; its courses to date are
subject-leadership courses. It applies to add the National Award for SEN
Coordination, here the "Certificate in Leading SEN Coordination".

Document kind: the Centre's TUTOR TEAM SKILLS MATRIX AND DEPLOYMENT PLAN for the
new award, an internal staffing document written for the Centre Manager and the
Joint Board, sent as the application with a short covering paragraph. It is
organised by people and roles, not by criteria: who is on the team, what each
can lead (a skills matrix), who teaches each Study Day and what the day is for,
then one section per role (Admissions Tutor, Programme Administrator, Personal
Tutor, Access Coordinator, Assessment Lead, e-Tutor, Placement Coordinator,
LA Link Officers, Research Lead). House vocabulary: Study Days SD1-SD10, Modules
M1-M3, Practice Tasks PT1-PT3, Entry Conversation, Direct Assessment route,
Pupil Focus Study, Leadership Portfolio, Programme Review Group.

Layout: version table; Heading styles with the Centre's own section numbers
(1-9, which clash with criterion numbers); a fact table; a staff table; a
landscape skills matrix with a merged two-row header, shaded cells and codes
L / S / D; a legend in a text box; a deployment table per Study Day with a
merged module row for each module; role sections in prose and bullets;
placeholder "[Support tutor TBC]"; header and footer; a tracked deletion, a
tracked insertion and two comments.

Traps (ids):
- Aims written around participants, pupils mentioned only in passing, no
  well-being/ECM in the aims (1.1 partial).
- Pupil voice only as a value and an encouragement to tutors (1.5 partial);
  pupils' involvement in planning provision absent (6.S7 not_met).
- Entry Conversation about experience and context, notes filed, no outcome-based
  needs assessment or individual plan (2.2 partial); the only prior learning
  arrangement is an exemption for the Centre's own Middle Leaders certificate
  (2.1 partial).
- Progression session removed as a tracked deletion; SD10 is a celebration
  only (2.5 not_met). Participants' own CPD absent; only tutors' CPD is
  described, wrong subject (6.A7 not_met).
- One September start, choice of Tuesday or Thursday group only (3.2 partial).
- e-learning: four e-units with an e-tutor answering emails and marking
  quizzes; nothing on peers or ICT for communication (3.3 partial).
- Stakeholder evidence only "what the Centre has learned" plus one LA meeting
  (4.1 partial), while the changes that meeting made are specific (4.2 met).
- Entry: headteacher nomination only (5.2 partial). CRB is verified by the
  Programme Administrator, with the three-month rule as a tracked insertion
  (5.3 met).
- Marking by own tutor, external examiner sees fails, moderation only "will be
  agreed ... in due course"; a footer claims moderation (5.8 partial).
- Award rule by module marks with compensation (6.0 partial); outcomes not all
  assessed (1.9 partial).
- Outcomes: commitment of colleagues discussed but not assessed (6.A2 partial);
  only SLCN and ASD taught as types of SEN on the core day, the others only as
  optional workshops a tutor may suggest (6.K5 partial); ECM taught on SD1 but
  PT1 assesses only "law, Code of Practice and disability duties" (6.K2 partial); deployment of TAs
  assessed in PT3 but taught nowhere (6.S4 partial: assessed but not covered);
  formative assessment appears only as tutors' feedback to participants,
  wrong context (6.S2c not_met).
- Codes L / S / D in the matrix and section numbers 1-9 are the Centre's own.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hv_helpers import *  # noqa

OUT = Path(__file__).with_name("hv-02-tutor-deployment.docx")
doc = new_doc("Calibri", 10.5)
header_footer(doc, "WRLC | Certificate in Leading SEN Coordination | Tutor Team Skills Matrix and Deployment Plan 2009-10",
              "Assessment is moderated in line with University of Wealdbrook regulations. Page footer: WRLC/SENCO/TD/3")

para(doc, "WEALDBROOK REGIONAL LEARNING CENTRE", bold=True, size=15)
para(doc, "Certificate in Leading SEN Coordination", bold=True, size=13)
para(doc, "Tutor Team Skills Matrix and Deployment Plan, 2009-10", size=13)
table(doc, [
    ["Version", "Date", "Author", "Change"],
    ["1.0", "30 June 2008", "Centre Manager", "First plan for Joint Board"],
    ["2.0", "19 September 2008", "Award Leader", "Skills audit results added; roles revised"],
    ["2.1", "20 October 2008", "Award Leader", "Sent to TDA with the covering note below"],
], widths=[2, 3.5, 4, 7])
para(doc, "")
para(doc, "Covering note. The TDA asked providers to show how their programmes will be run. We think the clearest "
     "way to show how ours will be run is to send the plan our tutors and partners actually work from. It says who "
     "does what, when, and how we make sure they can do it. Rob Dacre, Award Leader.", italic=True)

doc.add_heading("1. Purpose of this plan", level=1)
para(doc, "This plan deploys the Centre's tutor team to the Certificate in Leading SEN Coordination for its first "
     "year. It records the result of the skills audit carried out in September 2008, allocates each Study Day and "
     "each role, and sets out the duties of each role holder. The Centre Manager reviews it each term with the Award "
     "Leader. It does not replace the Programme Handbook, which participants receive.")
para(doc, "The Wealdbrook Regional Learning Centre is run by a consortium of the University of Wealdbrook, Tennant Hill "
     "University and the local authorities of Ashmere, Croyde Vale, Northfold and Sallowmarsh. Since 2005 it has run "
     "subject-leadership courses (Leading Science, Leading Mathematics and the Middle Leaders Programme). The "
     "Certificate is its first programme for SENCOs.")

doc.add_heading("2. The Certificate in brief", level=1)
table(doc, [
    ["Item", "Detail"],
    ["Award", "Postgraduate Certificate in Leading SEN Coordination, an award of the University of Wealdbrook, delivered by WRLC with Tennant Hill University"],
    ["Credits and level", "60 credits at masters level (level 7): Module 1, Module 2 and Module 3, 20 credits each"],
    ["Validation", "Validated by the University of Wealdbrook on 2 October 2008 within its Postgraduate Professional Development framework"],
    ["Cohort", "Up to 36 participants, in a Tuesday group and a Thursday group of up to 18"],
    ["Pattern", "Ten Study Days (SD1-SD10) from September to July, three Practice Tasks in school, two tutorials in school"],
    ["Fee", "£1,590; the four partner LAs pay half for their maintained schools in 2009-10"],
], widths=[4, 12.5])
para(doc, "")
para(doc, "Aims. The Certificate aims to give teachers new to the SENCO role the knowledge, understanding and skills "
     "they need to lead SEN coordination in their school, to build their confidence as leaders, and to prepare them "
     "for further study at masters level, for the benefit of the pupils they serve.")
para(doc, "Values. The team believes that pupils' voices should be at the heart of SEN provision, and tutors are "
     "encouraged to raise pupil voice wherever it fits in their sessions.")

doc.add_heading("3. The tutor team", level=1)
table(doc, [
    ["Name", "Home partner", "Role(s) on the Certificate", "Relevant qualifications and experience", "Days"],
    ["Rob Dacre", "University of Wealdbrook", "Award Leader; Assessment Lead; Personal Tutor", "SENCO in two secondary schools for nine years; senior lecturer in inclusive education; MA SEN", "24"],
    ["Dr Helen Marchbank", "WRLC", "Centre Manager; Personal Tutor", "Former primary head and LA inclusion adviser; EdD; leads the Middle Leaders Programme", "12"],
    ["Dr Amira Shah", "Tennant Hill University", "Personal Tutor; Research Lead", "Specialist teacher (AMBDA); PhD on reading intervention; reviews for two SEN journals", "18"],
    ["Neil Corrigan", "Tennant Hill University", "Personal Tutor; e-Tutor", "Former head of an autism resource base; co-author of LA autism guidance", "18"],
    ["Janet Ologun", "Northfold LA", "Access Coordinator; session lead", "Sensory support service manager; qualified teacher of the deaf", "8"],
    ["Gareth Penhallow", "Croyde Vale LA", "Placement Coordinator; LA Link Officer", "Senior educational psychologist", "8"],
    ["Liz Amesbury", "WRLC", "Programme Administrator", "Centre administrator since 2005", "n/a"],
], widths=[3, 3, 3.8, 5.5, 1.2], size=8.5)

landscape_section(doc)
doc.add_heading("4. Skills matrix (audit of September 2008)", level=1)
textbox(doc, [
    ("Key", True),
    ("L = can lead this strand now.  S = can support another tutor.  D = development need, in the tutor's own CPD plan. "
     "A blank means the tutor will not teach that strand.", False),
], height_pt=45)
strands = ["SEN law and CoP", "Disability equality", "ECM", "Child development", "Types of SEN", "Assessment and data",
           "ICT and access tech", "Parents", "Agencies", "Leading adults"]
rows = [
    ["Tutor"] + ["Knowledge strands"] + [None] * 4 + ["Practice strands"] + [None] * 4,
    [None] + strands,
    ["Dacre", "L", "S", "L", "", "S", "L", "", "S", "S", "L"],
    ["Marchbank", "S", "", "L", "", "", "S", "", "L", "S", "L"],
    ["Shah", "S", "", "", "L", "L", "L", "S", "", "", "D"],
    ["Corrigan", "", "S", "", "S", "L", "S", "L", "S", "S", "D"],
    ["Ologun", "S", "L", "", "", "S", "", "L", "S", "L", ""],
    ["Penhallow", "S", "", "S", "L", "S", "S", "", "S", "L", "S"],
]
t = doc.add_table(rows=len(rows), cols=11)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        if val is None:
            continue
        cell_text(t.cell(i, j), val, bold=(i < 2 or j == 0), size=8.5)
        if i < 2:
            shade(t.cell(i, j), "D9E2F3")
        elif val == "L":
            shade(t.cell(i, j), "C6E0B4")
        elif val == "D":
            shade(t.cell(i, j), "FCE4D6")
a = t.cell(0, 1).merge(t.cell(0, 5)); cell_text(a, "Knowledge strands", bold=True, size=8.5)
b = t.cell(0, 6).merge(t.cell(0, 10)); cell_text(b, "Practice strands", bold=True, size=8.5)
c = t.cell(0, 0).merge(t.cell(1, 0)); cell_text(c, "Tutor", bold=True, size=8.5)
para(doc, "")
para(doc, "What the audit shows. Every strand has at least one tutor who can lead it now. Two Tennant Hill tutors have "
     "a development need in leading adults (coaching and training colleagues); both will shadow the Centre Manager's "
     "sessions on the Middle Leaders Programme in autumn 2008. Tutors keep their own knowledge up to date through the "
     "Research Lead's termly seminar, their own CPD plans agreed with their line managers, and membership of nasen.")

portrait_section(doc)
doc.add_heading("5. Deployment by Study Day", level=1)
para(doc, "Each row shows who leads, what participants work on during the day (in the words of our session plans), "
     "and which Practice Task assesses it. Practice Task 1, Policy and Practice Review (4,000 words); Practice Task 2, "
     "Pupil Focus Study (5,000 words); Practice Task 3, Leadership Portfolio with a 30-minute professional discussion.")
dep = [
    ["Day", "Lead / support", "What participants work on", "Assessed through"],
    ("Module 1: The SENCO in the school",),
    ["SD1", "Dacre / Ologun", "The law on SEN and the SEN Code of Practice, what they mean for the school, the SENCO and colleagues, and how to put them into practice; the Disability Discrimination Act, the disability equality duty and the school's accessibility plan, and what they require the school to do; the Every Child Matters outcomes and the SENCO's part in each.", "PT1 (law, Code of Practice and disability duties)"],
    ["SD2", "Marchbank / Dacre", "Working with the headteacher and governors on an inclusive ethos, the SEN policy, priorities and the use of resources; writing a paper for governors and presenting it; listening to and summarising different views in a meeting. Winning the commitment of colleagues and senior leaders is discussed through case studies. Principles of school self-evaluation and where SEN fits in the school's SEF.", "PT1 (the governors' paper and presentation)."],
    ["SD3", "Marchbank / Penhallow", "Planning the SENCO's year: priorities, time, what to delegate and how to check it is done; anticipating problems and making sound decisions about provision, using six case scenarios.", "PT3 (a term's work plan with delegation, and two decision logs)"],
    ("Module 2: Learning and barriers",),
    ["SD4", "Shah / Penhallow", "How children develop and how development can be affected by SEN, disability and the physical and social environment; speech, language and communication needs; autistic spectrum disorders.", "PT2"],
    ["SD5", "Shah / [Support tutor TBC]", "Identifying pupils who may have SEN from observation, data and assessment; setting challenging targets, planning interventions and reviewing progress; using reports from educational psychologists, therapists and other professionals; using tracking data and national test results to follow progress and change programmes.", "PT2"],
    ["SD6 and e-units", "Corrigan", "Approaches, strategies and resources for assessment, planning and teaching, including ICT and access technology, weighed critically; best practice and research on what works; using research and outside advice to change practice.", "PT2 (critical review of one approach); e-unit quizzes"],
    ["SD7", "Ologun / Marchbank", "Building fair, respectful relationships with pupils and with their parents and carers; liaising with parents; special arrangements for national tests and examinations, identified in good time and put in place with colleagues (added at the LA SEN leads' request).", "PT2 (record of a parent meeting); PT3 (access arrangements plan)"],
    ("Module 3: Leading and developing others",),
    ["SD8", "Penhallow / Ologun", "The scope and role of external agencies and how to get specialist support and resources; working in partnership with health, social care and voluntary organisations; chairing a multi-agency meeting.", "PT3 (record of partnership work and a local services map)"],
    ["SD9", "Marchbank / Dacre", "Supporting colleagues' professional development: observing teaching and giving feedback, modelling, coaching and mentoring, planning and leading training; provision mapping to plan provision and identify what is missing or not working; reviewing provision with other staff to feed the school's self-evaluation.", "PT3"],
    ["SD10", "All", "Celebration and presentation of certificates.", "-"],
]
t = doc.add_table(rows=len(dep), cols=4)
t.style = "Table Grid"
for i, row in enumerate(dep):
    if isinstance(row, tuple):
        merge_row(t, i, row[0], fill="D9E2F3")
        continue
    for j, val in enumerate(row):
        cell_text(t.cell(i, j), val, bold=(i == 0), size=9)
        if i == 0:
            shade(t.cell(i, j), "BFBFBF")
for row in t.rows:
    for j, w in enumerate([1.6, 2.8, 8.6, 3.6]):
        row.cells[j].width = Cm(w)
# SD10: the Next Steps session was deleted
r10 = len(dep) - 1
p = t.cell(r10, 2).paragraphs[0]
tracked(p, "del", " The afternoon is a Next Steps session: each participant drafts further professional targets to agree with their headteacher.", author="R. Dacre")

doc.add_heading("5a. Study Day calendar and rooms", level=2)
table(doc, [
    ["Day", "Tuesday group", "Thursday group", "Room"],
    ["SD1", "16 Sept 2009", "18 Sept 2009", "Ashmere Centre, Room 2"],
    ["SD2", "13 Oct 2009", "15 Oct 2009", "Ashmere Centre, Room 2"],
    ["SD3", "10 Nov 2009", "12 Nov 2009", "Ashmere Centre, Room 2"],
    ["SD4", "8 Dec 2009", "10 Dec 2009", "Ashmere Centre, Room 4"],
    ["SD5", "19 Jan 2010", "21 Jan 2010", "Ashmere Centre, Room 4"],
    ["SD6", "9 Mar 2010", "11 Mar 2010", "Resource Base and ICT suite"],
    ["SD7", "20 Apr 2010", "22 Apr 2010", "Ashmere Centre, Room 2"],
    ["SD8", "18 May 2010", "20 May 2010", "Northfold Children's Centre"],
    ["SD9", "15 Jun 2010", "17 Jun 2010", "Ashmere Centre, Room 2"],
    ["SD10", "13 Jul 2010", "13 Jul 2010 (joint)", "Wealdbrook University, Great Hall"],
], widths=[1.6, 4, 4, 6])
para(doc, "")
doc.add_heading("5b. Practice Tasks: summary for markers", level=2)
para(doc, "Practice Task 1, Policy and Practice Review. The participant reviews how their school meets its duties under "
     "the law on SEN, the SEN Code of Practice and the disability equality duty, and how the school evaluates its SEN "
     "provision in its self-evaluation. They write a paper for the governing body with recommendations on the school's "
     "inclusive ethos, SEN policy, priorities and use of resources, and present it to governors or the senior team. "
     "Markers look for accurate knowledge of the law and guidance, a sound reading of the school's position, and "
     "clear, well-argued writing and speaking that takes account of others' views.")
para(doc, "Practice Task 2, Pupil Focus Study. The participant chooses a small group of pupils who may have SEN and/or "
     "disabilities, explains how they were identified and how the pupils' development and learning have been affected "
     "by their needs and by their environment, sets targets and plans an intervention drawing on reports from other "
     "professionals and on the school's tracking data and national test results, takes baseline measures, carries out "
     "the intervention and measures again a term later. The study includes a critical review of one approach or "
     "resource, including ICT where relevant, against the research evidence, and a record of a meeting with a parent "
     "or carer. Markers look for sound identification, challenging targets, use of evidence and a fair, respectful "
     "relationship with the pupils and their families.")
para(doc, "Practice Task 3, Leadership Portfolio. The portfolio holds a term's work plan showing priorities and what "
     "the participant delegated and how they checked it, two decision logs on problems of provision, the school's "
     "provision map with the gaps found and what was done, a review of provision carried out with colleagues and its "
     "place in the school's self-evaluation, a record of observing, coaching or training colleagues, the access "
     "arrangements plan for the next round of tests and examinations, a plan for deploying the school's teaching "
     "assistants, a record of partnership work with an outside agency or voluntary organisation, and a map of local "
     "services. It is discussed with two tutors in a 30-minute professional discussion.")
para(doc, "Marking criteria. Each Task is marked against the University's level 7 criteria (knowledge and "
     "understanding, critical analysis, use of evidence, application to practice, communication) and against the "
     "national outcomes listed for the Task. Tutors give formative feedback on a draft of each Task before submission.")
para(doc, "")
para(doc, "Practice Task 3 also asks each participant for a plan for deploying and managing the teaching assistants "
     "in their school, with the reasons for it. Practice Tasks are carried out in participants' own schools, so every "
     "Module is tied to what the participant does in school between Study Days. In Practice Task 2 each participant "
     "records baseline measures of attainment, attendance or well-being for a focus group of pupils before an "
     "intervention and measures them again a term later.")

doc.add_heading("6. Roles and duties", level=1)
roles = [
    ("Admissions Tutor (Award Leader)", [
        "Reads every application. Applicants must be nominated by their headteacher on the Centre's nomination form; the Admissions Tutor confirms that the form is signed and that the applicant teaches in a school in the region.",
        "Offers places in order of receipt of complete applications.",
    ]),
    ("Programme Administrator", [
        "Before a place is confirmed, checks the date and number of the applicant's enhanced CRB disclosure as recorded on the school's single central record, on a form signed by the headteacher, who also confirms that the applicant is not barred from working with children and has no outstanding disciplinary matters.",
        None,
        "Keeps the register of attendance and the tracking sheet of Practice Task submissions.",
    ]),
    ("Personal Tutor", [
        "Holds an Entry Conversation with each of their tutees at SD1 about the tutee's experience, school context and hopes for the Certificate, and files the notes.",
        "Uses the Entry Conversation to choose the focus of the two tutorials in school and to suggest which of the optional afternoon workshops on SD4 to SD6 (dyslexia, behaviour, sensory needs, moderate learning difficulties) the tutee should attend.",
        "Visits each tutee in school twice, marks their Practice Tasks and gives formative feedback on a draft of each Task.",
    ]),
    ("Access Coordinator (Janet Ologun)", [
        "The nomination form and the Programme Handbook invite participants to tell us, in confidence, about any disability or need, and the Access Coordinator contacts each participant who does before SD1.",
        "Agrees reasonable adjustments in writing with the participant: materials in large print, Braille or electronic format, a BSL interpreter or note-taker, extended deadlines, or a recorded presentation in place of a written Task. Adjustments to assessment are confirmed with the Assessment Lead and the University's disability office.",
        "Checks every venue and the host special schools for access before use, including any visit, and makes sure promotional leaflets say how to ask for adjustments and show disabled teachers among our former participants.",
        "Reports equality monitoring of applicants and participants to the Joint Board each year.",
    ]),
    ("Assessment Lead (Award Leader)", [
        "Runs the Direct Assessment route. In exceptional cases an experienced applicant, for example a teacher from an LA SEN support service, may be assessed without attending the Study Days: they submit a portfolio mapped to every national outcome, and take a 60-minute professional discussion with two tutors. The fee is £450.",
        "Each tutor marks the Practice Tasks of their own tutor group. The external examiner, from another university, receives every fail. A moderation process across the tutor groups will be agreed with the University in due course.",
        "Presents marks to the University's Board of Examiners. To gain the Certificate a participant must pass all three Modules; a Module is passed with an overall mark of 50%, provided no Task in it is below 40%.",
    ]),
    ("e-Tutor (Neil Corrigan)", [
        "Runs the four e-units on ICT and access technology, studied on Wealdbrook Online between SD5 and SD6, and marks the e-unit quizzes.",
        "Answers participants' queries about the e-units by email within three working days.",
    ]),
    ("Placement Coordinator (Gareth Penhallow)", [
        "Arranges for each participant to spend one day in a host special school or resource base in Module 2, with a focus agreed with the host beforehand, from the eleven host schools in the four authorities.",
        "Keeps the pool of specialist contributors (educational psychologists, speech and language therapists, CAMHS practitioners, the sensory and autism outreach teams and two voluntary organisations), who lead sessions on SD4, SD7 and SD8 and answer participants' questions between Study Days.",
    ]),
    ("LA Link Officers (one per authority)", [
        "Sit on the Programme Review Group, which meets after each Module to review evaluations and results.",
        "Second-mark a sample of Practice Task 3 portfolios with the Award Leader each summer.",
        "Send the twelve-month impact questionnaire to the headteachers of former participants in their authority and report the replies to the Group.",
    ]),
    ("Research Lead (Dr Amira Shah)", [
        "Refreshes each Study Day's reading pack every year from recent research and inspection evidence; for 2009-10 the packs draw on the Bercow Review (2008), the Ofsted report Inclusion: does it matter where pupils are taught? (2006) and the DCSF's guidance on personalised learning.",
        "Runs a termly research seminar for the tutor team.",
    ]),
]
for title, items in roles:
    para(doc, title, bold=True)
    for it in items:
        if it is None:
            p = doc.add_paragraph(style="List Bullet")
            tracked(p, "ins", "Any applicant who has not worked in a school in a post with regular contact with children in the last three months must obtain a new enhanced disclosure through the University of Wealdbrook before starting.", author="L. Amesbury")
            continue
        para(doc, it, style="List Bullet")
# comments
for p in doc.paragraphs:
    if p.text.startswith("Each tutor marks the Practice Tasks"):
        comment(doc, p.runs[0], "Registry say we need moderation agreed BEFORE validation conditions are signed off. Can we say more?", author="University Registry", initials="UR")
    if p.text.startswith("Arranges for each participant"):
        comment(doc, p.runs[0], "Sallowmarsh have offered two more host schools for 2010.", author="Gareth Penhallow", initials="GP")

doc.add_heading("7. Tutor induction, standardisation and support", level=1)
para(doc, "Every tutor and specialist contributor attends the Certificate's induction day in July before they teach. "
     "The day covers the national outcomes and how each Study Day and Practice Task addresses them, the duties in "
     "Section 6, the marking criteria, and two practice marking exercises on scripts from the Middle Leaders "
     "Programme. Specialist contributors receive a written brief for each session they lead, agreed with the day's "
     "lead tutor. Personal Tutors new to the Centre are paired with an experienced tutor for their first year. The "
     "Award Leader observes each new tutor once in the first year and gives written feedback.")
para(doc, "Resources. Tutors and participants use the Centre's Resource Base at the Ashmere Centre: an SEN library of "
     "about 1,400 titles and journals, standardised assessment tools on loan, an assistive technology suite with "
     "text-to-speech, word prediction and switch access software, and loan kits (communication aids, reading "
     "intervention packs) that participants can take into school for their Practice Tasks. Both universities' "
     "libraries and e-journal collections are open to participants.")

doc.add_heading("8. How partners shaped this plan, and how we review it", level=1)
para(doc, "The Certificate's content reflects what the Centre has learned from three years of subject-leadership "
     "courses and a meeting of the four LA SEN leads in May 2008.")
para(doc, "That meeting changed the plan in three ways: the SEN leads asked for special arrangements for tests and "
     "examinations to be taught, which is why SD7 includes them; they asked for each authority's educational "
     "psychologist to be a tutor, which is why Gareth Penhallow's role exists; and they asked for a day in a special "
     "school, which is why the Placement Coordinator arranges one for every participant. The Centre Manager wrote to "
     "each authority in July 2008 to say what had been changed.")
para(doc, "Evaluation. Each Study Day is evaluated by participants on the Centre's form; tutors review the forms "
     "after each Module; the Programme Review Group (Award Leader, Centre Manager, the four LA Link Officers and a "
     "participant representative from each group) reviews evaluations, results and the external examiner's comments "
     "after each Module and agrees changes; the external examiner reports each year to the University; and the "
     "University's annual monitoring and five-yearly review apply. Changes are recorded in the next version of this "
     "plan and the Programme Handbook.")
para(doc, "Impact. Participants rate their confidence against each Module's outcomes at SD1 and at the end of each "
     "Module. The baseline and follow-up measures in Practice Task 2 are collated across the cohort by the Award "
     "Leader to show the change for pupils; the LA Link Officers' twelve-month headteacher questionnaire asks what "
     "has changed in provision and in pupils' progress and well-being. The Award Leader reports all three to the "
     "Joint Board each autumn.")

doc.add_heading("9. Study pattern and access to places", level=1)
para(doc, "The Certificate starts once a year, in September. Participants choose the Tuesday or the Thursday group "
     "for the Study Days; the content of the two groups is the same. Study Days run from 9.15 to 3.30 at the Ashmere "
     "Centre.")
para(doc, "Participants who hold the Centre's Middle Leaders Programme certificate are exempted from the leadership "
     "section of Practice Task 1.")
para(doc, "Cost. Sharing the Centre's venues, administration and Resource Base with the subject-leadership courses "
     "keeps the fee below the regional average for 60-credit certificates, and the optional afternoon workshops let "
     "participants spend their release time on the needs their Personal Tutor has identified with them.")
p = para(doc, "")
r = p.add_run("Next review of this plan: January 2009 (Centre Manager and Award Leader).")
comment(doc, r, "Do we need something on what participants do after the Certificate? We took out the Next Steps afternoon.", author="Helen Marchbank", initials="HM")
doc.save(OUT)
print("wrote", OUT)
