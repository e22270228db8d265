"""hg-02-harbourne-specimen-exam-paper

Provider (invented): Harbourne Academies Foundation, a charitable trust that
sponsors nine academies; its central Education Standards Team runs the award;
the University of Kelsham validates it and awards the certificate.

Document kind and layout: the award's specimen assessment materials for its
final unit, "Unit 3: Leading Provision - Seen Case Study Examination", sent as
the application under a covering letter: Section A (the award and where Unit 3
sits: a structure table with merged cells), Section B (pre-release case study of
an invented academy, "Ashfield Vale Academy", with a pupil data table), Section C
(the question paper: a boxed rubric of instructions to candidates, questions
1-7 with sub-parts and marks in brackets, an either/or question), Section D (mark
scheme: a level descriptor table with a merged header, indicative content,
"Do not credit" notes), Section E (assessment grid of outcomes in the Foundation's
words, "Developed in" / "Assessed by"), Section F (notes for the approval panel).
Exam-paper numbering ("3(b)", "Question 5", "Level 3") collides with requirement
ids. Header "SPECIMEN" and a footer; tracked changes (a deleted sentence, a
deleted grid row, an insertion); Word comments; a placeholder.

Traps (requirement ids):
- 60 credits at Level 6, Masters credit only optional for Unit 3: E.2 partially met.
- Research only in general terms ("reading lists are refreshed"): 1.3 partially met.
- Several outcomes not assessed or only formatively: 1.9 partially met.
- Starting Audit only places participants in a seminar group; no individual plan
  or personalised outcomes: 2.2 partially met.
- Adjustments described only for the examination: 3.1 partially met.
- E-learning (six online modules) with a forum "not monitored by tutors" and
  tutor contact only at study days: 3.3 partially met.
- Stakeholder needs asserted, no evidence ("Our Principals asked..."): 4.1
  partially met; development consultation only planned for spring 2009: 4.2 not
  met (plan). Evaluation group with Parent Partnership and former participants:
  4.3 met.
- CRB: only in the case study about the fictional academy (wrong context) and a
  deleted sentence: 5.3 not met.
- Resources: a placeholder for the list of specialist kit: 5.6 partially met.
- Compensation: "marks in one unit can compensate for a weaker mark in another":
  6.0 not met.
- Case study text (pupil voice, CAMHS, parents' forum at Ashfield Vale) is
  scenario, not the provider's arrangement: matters for 6.S9 (not met: no row and
  no taught content; CAMHS and the autism charity appear only in the scenario).
- The 2007-08 pilot's open-book arrangements are a past arrangement (no effect).
- Disability equality law row deleted as a tracked change; the law is still Unit 1
  content, so it is covered but not assessed: 6.K3 partially met.
- Tailoring only by seminar group and pace, and no cost for the taught award:
  2.4 partially met.
- Not assessed: "Not examined; discussed with Academy Mentor" (6.A1), child
  development "Not assessed" (6.K4), self-evaluation "Not assessed" (6.K7):
  partially met. Formative only: 6.S5, 6.S6 partially met. Only in the optional
  Question 7B: 6.S2c partially met.
- Assessment-only route described concretely: 2.3 met. APL/APEL: 2.1 met.
- Access arrangements (6.S2d) are examined in Question 3(b): met.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _hg_helpers import *

NAME = Path(__file__).name.replace(".build.py", "")
d = new_doc(font="Times New Roman", size=11)
header_footer(d, "SPECIMEN  -  Harbourne Academies Foundation / University of Kelsham  -  Unit 3 Seen Case Study Examination",
              "HAF/SEN/U3/SP1  -  Specimen materials, November 2008")

# ---------- covering letter ----------
para(d, "Harbourne Academies Foundation", bold=True, size=14)
para(d, "Education Standards Team\nThe Old Ropeworks, Quay Lane\nHarbourne HB4 2RT")
para(d, "20 November 2008")
para(d, "SENCO Approval Panel\nTraining and Development Agency for Schools")
para(d, "Dear Panel members,")
para(d, "Application to provide the National Award for SEN Coordination", bold=True)
para(d, "We enclose, as our application, the specimen assessment materials for the final unit of our award, together with the notes in Section F. We chose to send the examination rather than a narrative because the examination is where our course comes together: it is set on a real kind of school, it is sat by every participant, and the grid in Section E shows where each of the national outcomes is developed and assessed across the three units.")
para(d, "The Foundation sponsors nine academies in the Harbourne and Wexmoor area, three of them primary, five secondary and one all-through. The Education Standards Team is the Foundation's central school-improvement team; it has eight advisers, including two for inclusion. The award is validated and awarded by the University of Kelsham, School of Education, which has validated our leadership programmes since 2006.")
para(d, "Our Principals asked the Education Standards Team for a SENCO course of their own, and we believe the course reflects what our academies need.")
para(d, "We have not yet consulted stakeholders on the design; a consultation with Principals, SENCOs and parents' groups is planned for spring 2009, after which the course will be revised.")
para(d, "Yours sincerely,")
para(d, "Martin Oakes, Director of Education Standards", italic=True)
d.add_page_break()

# ---------- Section A ----------
para(d, "SECTION A   THE AWARD AND WHERE UNIT 3 SITS", bold=True, size=13)
t = d.add_table(rows=6, cols=4)
t.style = "Table Grid"
c = t.cell(0, 0).merge(t.cell(0, 3)); c.text = "Certificate in Leading Special Educational Needs (National Award for SEN Coordination)"; shade(c, "C6D9F1")
for j, h in enumerate(["Unit", "How it is taught", "How it is assessed", "Credit"]):
    t.cell(1, j).text = h; shade(t.cell(1, j))
rows = [["Unit 1: Foundations", "Six online modules on HarbourneNet and two study days", "3,500-word assignment", "20"],
        ["Unit 2: Provision in Practice", "Four study days and a workplace project in your own academy or school, with an Academy Mentor", "Workplace project report with pupil data (5,000 words)", "20"],
        ["Unit 3: Leading Provision", "Two study days and the pre-release case study", "Three-hour seen case study examination (this paper)", "20"]]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(2 + i, j).text = v
c = t.cell(5, 0).merge(t.cell(5, 2)); c.text = "Total"; t.cell(5, 3).text = "60"
d.add_paragraph()
para(d, "The award carries 60 credits at Level 6 (Honours level) of the national framework. Participants who hold a first degree may opt to have Unit 3 marked against the University's Masters criteria, for 20 credits at M level.")
para(d, "The aims of the award are to raise the achievement and improve the well-being of children and young people with SEN and disabilities, in all five Every Child Matters outcomes, by developing SENCOs who lead provision well. The same aims run through the unit outcomes, the content of every study day and the marking criteria: Question 1 of this paper, for example, asks candidates to judge Ashfield Vale Academy's provision against the five outcomes, not only against attainment.")
para(d, "Units 1 and 2 may be taken in either order, and there are two starting points each year, September and January. Unit 3 is always taken last. Participants may study at the pace of one unit a term or, with their Principal's agreement, spread the award over two years.")
para(d, "Unit 1 is taught mainly online. The six modules on HarbourneNet (the Foundation's Moodle site) each have readings, short video clips of SENCOs at work, a self-check quiz and a discussion forum. The forum is not monitored by tutors: it is a space for participants to help one another. Tutor contact is at the study days. Participants who do not have a computer at home may use the learning resource centre at any Foundation academy.")
para(d, "Unit 1 covers the SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability Discrimination Acts and the disability equality duty, Every Child Matters and the Children Act 2004, how children develop and how their development is affected by SEN, disability and environment, the common types of SEN and disability, and using research evidence. Reading lists for each module are refreshed by the unit tutors each year.")
para(d, "Unit 2 is built round a workplace project in the participant's own school. Participants identify a group of pupils, set targets, plan and carry out an intervention, take baseline measures of the pupils' attainment and well-being before the intervention and measure again at the end of the term and one term later. The study days cover provision mapping, using assessment data and other professionals' reports, pupil voice and working with parents, coaching colleagues, and reviewing provision. Participants work with colleagues in their own school and in a partner school in another academy, and present their project to SENCOs from across the Foundation.")

# ---------- Section B ----------
para(d, "SECTION B   PRE-RELEASE MATERIAL: ASHFIELD VALE ACADEMY", bold=True, size=13)
para(d, "This material is issued to candidates six weeks before the examination. Candidates may annotate it and bring a clean copy of it into the examination. Ashfield Vale Academy is invented; any likeness to a real school is accidental.", italic=True)
para(d, "Ashfield Vale Academy is an 11-16 academy of 940 pupils on the edge of a small market town. It opened as an academy in 2007, replacing a school judged satisfactory with weak leadership of SEN. 19% of pupils are on the SEN register, above the national average; 2.4% have statements. The new SENCO, Mrs Okafor, took up post in September after four years as a mathematics teacher at the academy.")
para(d, "The academy's business manager keeps the single central record and checks every new adult's CRB disclosure before they start work.")
para(d, "Mrs Okafor inherited a provision map that lists 34 interventions but records nothing about whether they work. Eleven teaching assistants are attached to departments rather than to pupils. The school council has never discussed SEN; the academy has a parents' forum that meets each term but no parent of a pupil with SEN has attended. The academy works with CAMHS, the local authority's educational psychology service, a speech and language therapist who visits fortnightly and a local autism charity that runs a Saturday club.")
table(d, [["Pupil", "Year", "Need (as recorded)", "KS2 level (English / maths)", "Notes"],
          ["Pupil A", "7", "School Action Plus: SLCN", "3c / 3b", "Speech and language therapist's report recommends visual supports; not yet shared with teachers"],
          ["Pupil B", "9", "Statement: autism", "4a / 5c", "Exclusions: 3 fixed-term this year; likes science club"],
          ["Pupil C", "10", "School Action: dyslexia (suspected)", "4c / 4b", "GCSE coursework late; no access arrangements yet considered"],
          ["Pupil D", "11", "School Action Plus: BESD", "3a / 4c", "Attendance 81%; parent has asked for a meeting three times"]])
d.add_paragraph()
para(d, "In October the Principal asked Mrs Okafor for a plan, to be presented to the governors' curriculum committee, for making SEN provision at the academy good within two years.")

# ---------- Section C ----------
para(d, "SECTION C   QUESTION PAPER", bold=True, size=13)
box(d, ["Time allowed: three hours, plus fifteen minutes' reading time.",
        "Answer Questions 1 to 6 and EITHER Question 7A OR Question 7B.",
        "You may bring into the examination a clean, annotated copy of the pre-release material, and no other material.",
        "The number of marks is given in brackets at the end of each question or part question. The total for the paper is 100 marks.",
        "The quality of your written communication is assessed in every answer."],
    title="INSTRUCTIONS TO CANDIDATES")
qs = [
    ("Question 1", "(a) Using the five Every Child Matters outcomes, evaluate how well Ashfield Vale Academy is meeting the needs of pupils with SEN and disabilities. [10]\n(b) Explain what the SEN Code of Practice requires of the academy and its SENCO, and which parts of it the academy is not yet meeting. [8]"),
    ("Question 2", "(a) Using the speech and language therapist's report and other information, explain how teachers should adapt their teaching for Pupil A. [6]\n(b) Pupil B has autism. Explain how autism may be affecting his learning and behaviour, and what approaches and resources, including ICT, the academy might use. [8]\n(c) Drawing on research and best practice you have studied, justify one intervention for Pupil D. [6]"),
    ("Question 3", "(a) Explain how Mrs Okafor should use Key Stage 2 and other summative data to track the progress of pupils on the SEN register and to change programmes that are not working. [6]\n(b) Pupil C takes GCSE examinations next year. Set out what Mrs Okafor must do, and by when, to identify and put in place any access arrangements he needs, in class and in the examinations. [6]\n(c) Explain how Mrs Okafor could use the provision map to find provision that is ineffective or missing. [6]"),
    ("Question 4", "(a) Describe how Mrs Okafor could involve Pupil B in planning and reviewing his provision, and how she could help colleagues do the same. [6]\n(b) Plan the meeting Pupil D's parent has asked for. Explain how you would build a constructive partnership with her. [6]"),
    ("Question 5", "You are Mrs Okafor. Write the plan the Principal has asked for, to be presented to the governors' curriculum committee. Show how you will win the commitment of senior leaders and staff, how the eleven teaching assistants will be deployed and managed, and what you will do first, what you will delegate and to whom. [16]"),
    ("Question 6", "Reflecting on the award as a whole, set out three professional targets for your own development as a SENCO over the next year, the evidence that led you to them, and how you will keep up to date. [6]"),
    ("Question 7A", "EITHER: Evaluate the academy's use of its eleven teaching assistants and propose a model for the next year. [6]"),
    ("Question 7B", "OR: Explain how you would coach a colleague in the mathematics department to develop formative assessment that works for pupils with SEN. [6]"),
]
for label, text in qs:
    p = d.add_paragraph()
    p.add_run(label).bold = True
    for ln in text.split("\n"):
        d.add_paragraph(ln)

# ---------- Section D ----------
para(d, "SECTION D   MARK SCHEME", bold=True, size=13)
para(d, "Examiners use the level descriptors below for every part question worth six marks or more, then the indicative content for the question. Indicative content is not a checklist: credit any valid point that is supported by the pre-release material.")
t = d.add_table(rows=5, cols=3)
t.style = "Table Grid"
c = t.cell(0, 0).merge(t.cell(0, 2)); c.text = "Level descriptors (apply in proportion to the marks available)"; shade(c, "C6D9F1")
for i, r in enumerate([["Level 3", "Top third of marks", "Critical, well-judged answer rooted in the case study; draws on law, research and practice; clear priorities; fluent written communication."],
                       ["Level 2", "Middle third", "Sound answer that applies knowledge to the case study but with gaps in judgement or justification."],
                       ["Level 1", "Bottom third", "Descriptive or generic answer; little use of the case study; unclear communication."],
                       ["0", "No marks", "Nothing worthy of credit."]], start=1):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
d.add_paragraph()
ind = [
    ("Question 1(a).", " Credit answers that consider all five outcomes, not attainment alone: for example exclusions and attendance (staying safe, enjoying and achieving), Pupil B's science club (making a positive contribution), Pupil D's attendance and future options (achieving economic well-being)."),
    ("Question 1(b).", " Graduated response (School Action, School Action Plus, statements), the SENCO's responsibilities, the role of governors, parental involvement, the need to review provision. Do not credit a list of the Code's sections without application to the academy."),
    ("Question 2.", " (a) visual supports, sharing the therapist's report with teachers, checking understanding; (b) social communication, predictability, sensory issues, visual timetables, software such as symbol-supported text; (c) any intervention justified by named research or inspection evidence."),
    ("Question 3.", " (a) comparing KS2 levels with current teacher assessment, expected progress, reviewing interventions at set points; (b) a timeline for assessment evidence and applications to the awarding body, history of need and normal way of working, reader or extra time used in class as well as in the examination; (c) costing each intervention and matching it to outcomes."),
    ("Question 4.", " (a) person-centred review, pupil-friendly target sheets, involving Pupil B in reviewing his exclusions; (b) listening first, agreeing next steps, a named contact, follow-up."),
    ("Question 5.", " Credit plans that prioritise, delegate realistically, deploy teaching assistants to pupils' needs with training and line management, and show how the SENCO will gain the commitment of the Principal, governors and staff."),
    ("Question 6.", " Targets must be specific and rooted in evidence from the candidate's own units; credit reference to discussion with the Principal and to performance management objectives."),
    ("Question 7B.", " Observation and feedback, modelling, coaching conversations, adapting success criteria and self-assessment for pupils with SEN."),
]
for a, b in ind:
    p = d.add_paragraph(); p.add_run(a).bold = True; p.add_run(b)
comment(d, d.paragraphs[-1], "Moderator: Q7A/B need to be equally demanding - check at standardisation. PG", author="Paula Greaves", initials="PG")

para(d, "Examiners' note on the pilot", bold=True)
para(d, "In the unaccredited pilot of 2007-08 this paper was sat as an open-book examination without pre-release material, and candidates could bring their own notes. Scripts were long on description of the law and short on judgement about the school in front of them, and many candidates ran out of time on the plan in Question 5. For the accredited award the case study is released six weeks in advance, candidates may bring only the annotated pre-release material, and Question 5 carries the most marks so that candidates plan their time around it. Examiners should reward candidates who make decisions and justify them, even where the examiner would have decided differently.")
para(d, "Candidates are advised to spend the fifteen minutes' reading time on the questions, not on rereading the case study, and to allow about fifty minutes for Question 5. Scripts are anonymous: candidates write their candidate number, not their name or school, on every sheet.")

# ---------- Section E ----------
para(d, "SECTION E   ASSESSMENT GRID: THE NATIONAL OUTCOMES ACROSS THE AWARD", bold=True, size=13)
para(d, "The grid shows each national outcome in our own words, where it is developed and how it is assessed. \"Q\" means a question in the Unit 3 paper above.")
grid = [
    ("G", "Professional attributes"),
    ("Builds fair and respectful relationships with pupils and families", "Unit 2 study days", "Not examined; discussed with Academy Mentor"),
    ("Wins the commitment of colleagues and senior leaders", "Unit 3 study days", "Q5"),
    ("Prioritises, manages time and delegates", "Unit 3 study days", "Q5"),
    ("Anticipates problems and makes sound judgements about provision", "Units 1 and 2", "Q2, Q4; Unit 2 project"),
    ("Communicates clearly; listens to others", "Throughout", "All questions (quality of written communication)"),
    ("Uses research and outside advice", "Unit 1, module 6", "Unit 1 assignment"),
    ("Keeps up to date and owns their CPD", "Unit 3 study day 2", "Q6"),
    ("G", "Professional knowledge and understanding"),
    ("SEN law, guidance and the Code of Practice", "Unit 1, module 1", "Q1(b); Unit 1 assignment"),
    ("Every Child Matters and the SENCO's part", "Unit 1, module 2", "Q1(a)"),
    ("Disability equality law and duties", "Unit 1, module 1", "Q1(b)"),
    ("How children develop", "Unit 1, module 3", "Not assessed"),
    ("Common types of SEN and disability", "Unit 1, module 4", "Q2"),
    ("Approaches, strategies and resources including ICT", "Units 1 and 2", "Q2(b); Unit 2 project"),
    ("Self-evaluation and improvement for SEN", "Unit 2, study day 4", "Not assessed"),
    ("Best practice and research outcomes", "Unit 1, module 6", "Q2(c)"),
    ("External agencies and getting specialist support", "Unit 1, module 5", "Q2(a); Unit 1 assignment"),
    ("G", "Professional skills"),
    ("Influences strategy with senior leaders and governors", "Unit 3 study days", "Q5"),
    ("Identifies pupils, sets targets, plans interventions, reviews progress", "Unit 2", "Unit 2 project"),
    ("Uses other professionals' assessments", "Unit 2", "Q2(a)"),
    ("Uses summative data to track and adjust", "Unit 2", "Q3(a); Unit 2 project"),
    ("Helps colleagues develop formative assessment", "Unit 2", "Q7B"),
    ("Access arrangements for tests and examinations", "Unit 3 study day 1", "Q3(b)"),
    ("Provision mapping", "Unit 2", "Q3(c)"),
    ("Deploys and manages staff", "Unit 3 study days", "Q5"),
    ("Supports colleagues' development: observation, coaching, training", "Unit 2", "Mentor feedback only, not marked"),
    ("Reviews provision with colleagues", "Unit 2", "Academy Mentor's review sheet (formative, not graded)"),
    ("Involves pupils in their provision", "Unit 2", "Q4(a)"),
    ("Liaises with parents and carers", "Unit 2", "Q4(b)"),
]
t = d.add_table(rows=1 + len(grid), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Outcome (our words)", "Developed in", "Assessed by"]):
    t.cell(0, j).text = h; shade(t.cell(0, j), "C6D9F1")
del_idx = None
for i, r in enumerate(grid, start=1):
    if r[0] == "G":
        merge_row(t, i, r[1])
    else:
        for j, v in enumerate(r):
            t.cell(i, j).text = v
        if r[0].startswith("Disability equality"):
            del_idx = i
delete_row(t.rows[del_idx], author="Paula Greaves")
d.add_paragraph()

# ---------- Section F ----------
para(d, "SECTION F   NOTES FOR THE APPROVAL PANEL", bold=True, size=13)
runin(d, "F1 Entry. ", "Applicants must hold QTS, be in post as SENCO or be designated as SENCO from the following term, and be nominated by their Principal or headteacher. The Programme Leader interviews every applicant by telephone against the national outcomes, and reads a short written statement of their experience of SEN. Applicants who are not yet ready are given written advice on what to do first (for example a term working alongside an experienced SENCO in a Foundation academy), and the Programme Leader agrees it with their Principal.")
p = runin(d, "F2 Checks. ", "Every applicant's Principal confirms the nomination in writing.")
del_run(p, " The Foundation's HR service checks each applicant's CRB enhanced disclosure before enrolment.", author="Martin Oakes")
comment(d, p, "Deleted: HR say they cannot do this for non-Foundation schools. Need another way before submission? MO", author="Martin Oakes", initials="MO")
runin(d, "F3 Prior learning. ", "Under the University of Kelsham's recognition of prior learning regulations, participants may claim up to 40 credits (Units 1 and 2) for earlier certificated study or, through a portfolio of evidence mapped to the unit outcomes and assessed by two tutors, for experience. Every participant sits Unit 3.")
runin(d, "F4 Assessment-only route. ", "In exceptional cases an experienced SENCO or a teacher from an SEN support service may be assessed without attending: they submit a portfolio mapped against every national outcome, sit the Unit 3 examination, and attend a professional discussion with two tutors. The fee for this route is GBP 450.")
runin(d, "F5 Starting Audit. ", "Before the first study day each participant completes the Starting Audit, a self-rating against each national outcome with a short piece of evidence. The audit is used to place you in one of two seminar groups for Units 1 and 2, one for SENCOs new to the role and one for those with some experience.")
runin(d, "F6 Progression. ", "Question 6 of the examination is compulsory. After the examination each participant has a final review meeting with their Academy Mentor to turn the targets into performance management objectives, and is given information about the University's MA in Inclusive Education, to which the award carries 60 credits.")
runin(d, "F7 Equality. ", "Candidates with a disability, or with a specific learning difficulty, may apply to the Programme Leader for adjustments to the Unit 3 examination: extra time, a word processor, a reader or scribe, rest breaks or a separate room. Applications must reach us six weeks before the examination.")
runin(d, "F8 Staff. ", "The award is taught by the Foundation's two inclusion advisers, both former SENCOs with Masters degrees in SEN (one also holds the National Award for Specialist Teachers of dyslexia), by a University senior lecturer in inclusive education who is research-active in SEN, and by visiting specialists from the local authority (an educational psychologist, the autism outreach team leader and the sensory support service). Each adviser keeps their specialist knowledge up to date through the University's research seminar series and ten days of CPD a year.")
runin(d, "F9 Specialist expertise and placements. ", "Every participant spends two days in Unit 2 at Wexmoor Bridge School, a local authority special school with whom the Foundation has a service agreement. During the placement participants shadow the special school's SENCO and its outreach teachers, and use its assessment and sensory resources.")
runin(d, "F10 Resources. ", "HarbourneNet, the University library and electronic journals. [Sarah to add list of assessment kits and assistive technology]")
runin(d, "F11 Roles. ", "Academy Mentors (usually a Vice Principal) attend a half-day training session before the course and receive the Mentor Handbook; examiners and markers are briefed by the University before each examination; visiting specialists are briefed in writing.")
p = runin(d, "F12 Marking and moderation. ", "Every script is marked by one examiner and second-marked blind by another. A University moderator samples 25% of scripts and all borderline scripts. The external examiner reviews a sample and attends the Board of Examiners.")
ins_run(p, " Examiners attend a standardisation meeting on the first day of marking, using the scripts of the previous cohort.", author="Paula Greaves")
runin(d, "F13 Evaluation. ", "Participants evaluate every study day and each unit. The Course Evaluation Group, which includes two former participants, a Principal, a representative of the Harbourne Parent Partnership Service and the University link tutor, meets twice a year, reviews the evaluations, the external examiner's report, the examination results by question and the Unit 2 pupil data, and agrees changes that are reported to the University's annual monitoring and to the Foundation's Education Committee.")
runin(d, "F14 Impact. ", "Participants rate their confidence against the national outcomes in the Starting Audit and again after the examination. The baseline and follow-up measures of pupils' attainment, attendance and well-being in every Unit 2 project are collected by the Programme Leader and reported to the Course Evaluation Group each year, so that we can see whether the pupils of participants make better progress.")
runin(d, "F15 Award. ", "The award is made to participants whose overall mark across the three units is 50% or more; marks in one unit can compensate for a weaker mark in another, provided no unit mark is below 40%.")

d.save(str(Path(__file__).with_name(NAME + ".docx")))
print(NAME, word_count(d))
