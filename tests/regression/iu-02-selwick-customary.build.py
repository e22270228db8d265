"""iu-02-selwick-customary: build script.

Provider (invented): Selwick Cathedral Choir School and the 38 church schools of the
Diocese of Selwick with which it works (the Diocesan Schools), applying with St Ebba's
University College, Durnford, a church university college, for 2008-09.

Document kind: a cathedral "Customary", the book that sets down how each office is
kept, who keeps it and in what order, here written for the course ("The Customary of
the Selwick Award"). Numbered paragraphs (section signs), chapters titled "OF THE ..."
in bold small capitals typed as Normal paragraphs (no heading styles), italic red
rubrics beginning with a pilcrow, the course's own officers (Precentor, Succentor,
Master of the Schools, Custodes, Virger, the Visitor), Chapter Days, optional Vigils,
the Scriptorium (the University College's online forum), three Exercises, the Examen
and the Sending Forth; a chapter "Of Customs Now Discontinued"; and "The Table of
Outcomes" ("The outcome | Kept at | Shown in") with merged, shaded band rows.

Word structure: no heading styles; a header and a footer with a PAGE field (never
evidence); tables with horizontally merged band rows and shading; a tracked insertion
of a whole paragraph (the CRB check: counts), a tracked deletion of a sentence (tutors
answering in the Scriptorium: does not count); three Word comments (never evidence);
two square-bracket placeholders.

Traps (requirement ids):
- The footer's blanket claim "Covers all the national outcomes" is never evidence (6.0,
  6.*); a comment claims the College moderates every Exercise (5.8); comments never count.
- 60 credits, "40 at Level 7 and 20 at Level 6" (E.2 partially_met).
- The Examen is a self-review against the outcomes "kept by the candidate for their own
  use": no individual plan or personalised outcomes (2.2 partially_met).
- Admission "by examination alone" was the custom until 2007 and "is discontinued"
  (2.3 not_met; a past arrangement).
- The CRB check exists only in an inserted paragraph (5.3 met).
- The Scriptorium's forum is read by the tutors, "who do not reply in it"; the sentence
  saying tutors answer within two days is a tracked deletion (3.3 partially_met); 3.2
  met (two routes, repeated Days, either start of the Exercises).
- The 2007 audit of the Diocesan Schools shaped the Days (4.1 met, and with the Chapter's
  changes 4.2 met); the Heads' Conference only "received it warmly".
- Moderation "to be arranged with the College" and a "[Name of Visitor]" placeholder;
  a comment claims moderation (5.8 partially_met).
- Specialist resources: the chapter "Of the Resources" is only a placeholder and a hope;
  the Scriptorium and the Song Room's loop are all that is said (5.6 partially_met).
- Work with parents "belongs chiefly to the school's Family Worker" (1.7 partially_met;
  6.S8 shown in Exercise II but kept at no Day: partially_met).
- Partnership with other services "is the office of the Diocesan Inclusion Adviser"
  and not part of the Award (6.S9 not_met; someone else's responsibility), though the
  candidate learns what agencies do (6.K9 met).
- Self-evaluation appears only as the Chapter's own self-evaluation of the Award (6.K7
  not_met; right words about the wrong thing).
- Outcomes judged but kept at no Day (6.A2, 6.K3, 6.S8); kept only at an optional
  Vigil (6.K6); taught but not shown, or shown only in an unmarked conversation with the
  Custos (6.S2c, 6.S4). Hence 1.9 partially_met, though the award rule itself requires
  every outcome (6.0 met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _iu_helpers import (para, run, table, band, set_cell, comment, deleted_para,
                         inserted_para, del_run, header_footer)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Book Antiqua"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "The Customary of the Selwick Award    (Chapter copy)",
              "Approved by the Chapter of the Award. Covers all the national outcomes.")
RED = "A01010"
n = [0]


def title(t):
    p = para(doc, "", align="center")
    run(p, t, bold=True, smallcaps=True, size=12)
    return p


def sec(text):
    n[0] += 1
    p = doc.add_paragraph()
    run(p, f"\u00a7 {n[0]}.  ", bold=True)
    run(p, text)
    return p


def rubric(text):
    p = doc.add_paragraph()
    run(p, "\u00b6 " + text, italic=True, color=RED)
    return p


p = para(doc, "", align="center"); run(p, "THE CUSTOMARY", bold=True, size=18)
p = para(doc, "", align="center"); run(p, "of the Selwick Award for SEN Coordination", italic=True, size=13)
para(doc, "kept by Selwick Cathedral Choir School and the Diocesan Schools of Selwick, with St Ebba's University College, Durnford", align="center")
para(doc, "Michaelmas 2008", align="center")

title("The Preface")
para(doc, "A cathedral keeps a Customary so that anyone who takes a part in its services knows what is done, by whom and in what order, and so that what is done well one year is done the same way the next. When the Choir School and the Diocesan Schools began to plan a course for new SENCOs, we found that the Customary was the form in which we were used to writing down how things are done, and we have kept it. This is the book our officers work from. We send it to the Training and Development Agency as our application to provide the National Award for SEN Coordination, with the Table of Outcomes added at the end. Words in red are rubrics: they say what is done.")

title("I. Of the Award and its Purpose")
sec("The Selwick Award for SEN Coordination is a Postgraduate Certificate of St Ebba's University College, Durnford, which validated it in July 2008 and awards it. The Award carries 60 credits: 40 at Level 7 and 20 at Level 6, the Level 6 credit being for Exercise I.")
sec("The purpose of the Award is that children and young people with special educational needs and disabilities in our schools achieve more and are well: that they are healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being. Every Chapter Day is planned backwards from what a SENCO must do for those five outcomes, and every Exercise asks the candidate to show a change for particular pupils in the candidate's own school.")
sec("The Award is for teachers new to the role of SENCO, or about to take it up, in any school in the Diocese of Selwick and in the neighbouring authorities.")
sec("The Award is rooted in the candidate's school. Each Chapter Day sets a task to be carried out in school before the next, and each Exercise is an account of work done in school, so that the candidate makes a difference to practice while meeting the outcomes of the Award.")

title("II. Of the Officers of the Award")
sec("The Precentor of the Award leads it and keeps this Customary. The present Precentor is Mrs Jennifer Aske, Head of Learning Support at the Choir School and formerly SENCO of two diocesan primary schools, who holds the Advanced Diploma in Special Educational Needs and an MEd in Inclusive Education and is a member of the NASEN council for the region.")
sec("The Succentor is responsible for the Exercises and their judging. The present Succentor is Dr Thomas Greatorex, Principal Lecturer in Special Educational Needs at St Ebba's, whose doctoral research was on the assessment of pupils with moderate learning difficulties and who examines for two other universities.")
sec("The Master of the Schools is the Diocesan Adviser for SEN and Inclusion, Mr Paul Kemble, a specialist teacher of pupils with speech, language and communication needs, who teaches on four of the Chapter Days.")
sec("Each candidate has a Custos: an experienced SENCO from another Diocesan School, who visits the candidate's school once a term, talks with the candidate about the tasks between Days, and keeps a short record of each visit. The Custodes are chosen by the Master of the Schools.")
sec("The Virger of the Award keeps the register, the candidates' files and the arrangements for each Day.")
sec("The Visitor is the external examiner appointed by St Ebba's: [Name of Visitor].")
rubric("Before each Michaelmas the Precentor gathers all the officers and Custodes for the Day of Preparation, at which this Customary is read through, the roles of each are set out, and the Succentor takes the markers through the criteria for each Exercise with marked examples. A new Custos also spends a Chapter Day alongside the Precentor before taking a candidate.")
sec("All the teaching officers keep up their own knowledge through the University College's research seminars and the Diocesan SENCO conference, and the Precentor and the Master of the Schools each spend a week a year in a special school.")

title("III. Of the Admission of Candidates")
sec("A candidate may be admitted who holds Qualified Teacher Status, has taught for at least two years, is the SENCO of a school or has been named by the headteacher to become one, and has the headteacher's written support for release to the Chapter Days.")
rubric("The Virger sends each applicant the Application and the Entry Profile. The Precentor and a Custos meet each applicant for half an hour. Where the applicant's knowledge or experience falls short of the Entry Profile, the Precentor writes to the applicant and the headteacher setting out what the applicant should do first, and offers a place in a later year.")
inserted_para(doc, "\u00a7 12a.  Before admission the Virger sees each candidate's enhanced CRB disclosure and the letter from the headteacher confirming that the school's safer recruitment checks are complete. A candidate who has not worked with children in the past three months is asked to obtain a new enhanced disclosure through the University College before the first Day, and is not admitted until it is seen.", "Virger", "2008-07-10T14:20:00Z")
sec("A candidate who has earlier study at Level 6 or 7 in special educational needs, or experience that can be shown against the outcomes of an Exercise, may ask for it to be counted. Certificated study is counted under the University College's APL regulations; experience is counted by a portfolio mapped to the outcomes of the Exercise concerned (APEL), judged by the Succentor. Up to 20 credits may be counted in this way, and the candidate is excused the Exercise they replace.")
sec("Before the first Chapter Day each candidate keeps the Examen: a self-review against each outcome in the Table, asking of each 'Can I do this now? What is my evidence?'. The Examen is kept by the candidate for their own use and is looked at again before the Sending Forth.")
sec("The Application asks every candidate whether they have a disability or any other need for which we should make arrangements, and says why we ask. The Precentor meets any candidate who tells us of a need before the first Day and agrees in writing the adjustments to be made: for example materials in large print or electronically, a reader or note-taker, the Chapter Day room on the ground floor, extended time for Exercises, or an Exercise presented orally. The Succentor sees that the same adjustments are made in the judging of Exercises. All Chapter Days are held in the Choir School's Song Room, which has level access and a hearing loop.")
sec("The fee is 1,380 pounds. Because the Award is taught by officers already employed by the Choir School, the Diocese and the University College, and its Days are held in the Choir School, it costs schools less than any comparable course in the region, and a candidate excused an Exercise by APL pays a reduced fee. The Days are designed around the tasks candidates do in their own schools, so the course fits each candidate's school and starting point, and the officers adjust the tasks between Days to the candidate's circumstances.")

title("IV. Of the Chapter Days")
sec("There are eight Chapter Days, four in the Michaelmas Term, two in Lent and two in the Trinity Term. Each begins at 9.15 with the choristers' morning song and ends at 3.30.")
days = [
    ["Chapter Day", "Kept by", "What is done"],
    ["First: Of the Law", "Master of the Schools", "The Education Act 1996 and the SEN Code of Practice; what the Code asks of the school, the SENCO and others and how to put it into practice. Every Child Matters: the five outcomes and the SENCO's part. Current government policy and initiatives, including the Inclusion Development Programme."],
    ["Second: Of the Child", "Succentor", "How children develop and how development is affected by SEN, disability and the environment for learning. The most common kinds of SEN: BESD, specific learning difficulties including dyslexia, SLCN, autistic spectrum disorders and MLD, and how each affects learning. Building fair, respectful relationships with pupils."],
    ["Third: Of Finding and Planning", "Precentor", "Identifying pupils who may have SEN from observation, data and assessment; challenging targets; planning interventions; reviewing progress. Using summative assessment and national test data to track progress and change programmes. Provision mapping; finding ineffective or missing provision."],
    ["Fourth: Of Other Voices", "Master of the Schools", "Using assessments from educational psychologists, therapists and other professionals to shape teaching. What each outside agency does and how to ask for its support. Consulting children and young people, and involving pupils in planning, agreeing and reviewing their own provision, with a practical session led by the Choir School's pupil council."],
    ["Fifth: Of Tests and Examinations", "Succentor", "Identifying in good time the access arrangements pupils need for national tests and examinations, and working with colleagues to put them in place in the classroom and in the tests."],
    ["Sixth: Of Colleagues", "Precentor", "Supporting colleagues' development by observation and feedback, modelling, coaching and training; helping other teachers with formative assessment for pupils with SEN; deploying teaching assistants; the SENCO's own time and what to delegate. Advising and working with SENCOs in other schools of the Diocese."],
    ["Seventh: Of the Whole School", "Precentor and a headteacher", "Working with the head and governors on an inclusive ethos, the SEN policy, priorities and resources; reviewing with colleagues how well provision works, to inform the school improvement plan; making decisions about provision and resolving problems."],
    ["Eighth: Of Research", "Succentor", "Reading research and inspection evidence critically: recent Ofsted reports on SEN, the Bercow Review (2008), the literature on dyslexia intervention and what it shows about best practice; drawing on research and outside advice in the candidate's own school; keeping up to date."],
]
table(doc, days)
para(doc, "")
rubric("At the end of each Chapter Day the keeper of the Day sets the task for school. At the beginning of the next Day candidates bring the task and talk it through in threes, and the Custos sees it at the next visit.")
sec("The parts of the Days that concern families are few. Work with parents belongs chiefly to the school's Family Worker, and the Award touches it only where the Exercises require it.")

title("V. Of the Vigils and the Scriptorium")
sec("There are three Vigils, twilight sessions from 4.00 to 6.00 in the Song Room, which candidates may attend if they wish. The Vigil of Tools shows approaches, strategies and resources for assessment, planning and teaching, including ICT and assistive technology; the Vigil of Voices is a conversation with parents of pupils at the Choir School; the Vigil of Writing helps candidates with academic writing.")
c = doc.paragraphs[-1]
comment(doc, c, "Should the Vigil of Tools be a Chapter Day? Most of Exercise I depends on it. - TG", "Thomas Greatorex", "TG")
sec("The Scriptorium is the University College's online learning space. It holds the readings and slides for every Day, the Exercise briefs, and a forum for each year of candidates, in which candidates share their tasks and answer one another's questions between Days.")
p = sec("The forum is read by the tutors, who do not reply in it; a candidate who needs a tutor writes to the Precentor or brings the question to the next Day.")
del_run(p, " Tutors answer questions in the Scriptorium within two working days.", "Precentor", "2008-07-22T16:05:00Z")
sec("A candidate may take the Award by the Day route, attending all eight Chapter Days, or by the Scriptorium route, attending the First, Third, Sixth and Seventh Days and keeping the other four through the Scriptorium's readings and set tasks. Each Chapter Day is kept twice, on a Wednesday and again on the Saturday following. A candidate may submit Exercises I and II in either order.")

title("VI. Of the Exercises")
sec("There are three Exercises. Each is judged by the Succentor or a marker appointed by the Succentor against the criteria in the Book of Exercises.")
ex = [
    ["Exercise", "What is asked", "Credits"],
    ["I. The Map", "A provision map of the candidate's school with a commentary: identification, targets, interventions, tracking with summative data and national tests, access arrangements for tests, the school's duties under the law on SEN and on disability equality, and the approaches and resources used.", "20 (Level 6)"],
    ["II. The Enquiry", "An enquiry with a small group of pupils: the candidate takes baseline measures of the pupils' attainment and well-being before an intervention and measures again after it, draws on research and the assessments of other professionals, involves the pupils in planning and reviewing the intervention, and reports to the pupils' parents. It includes the Pilgrimage, a day spent in a special school or a specialist unit chosen with the Master of the Schools.", "20"],
    ["III. The Account", "An account of the candidate's leadership with colleagues, the head and the governors: gaining their commitment, influencing policy and the use of resources, reviewing provision with colleagues, and supporting colleagues' development by observation and coaching; with a presentation to the other candidates.", "20"],
]
table(doc, ex)
para(doc, "")
sec("Each Exercise asks the candidate to reflect on their relationships with pupils and families, on the problems they met and how they resolved them, and on the decisions they took; the presentation for Exercise III is judged for clarity of speech and the candidate's response to questions.")
sec("The Pilgrimage is arranged by the Master of the Schools with Selwick's two special schools, St Hild's School and the Orchard School, and with the Speech and Language Unit at Durnford Primary School, each of which has agreed to receive up to eight candidates a year.")

title("VII. Of the Judging of Exercises")
sec("The Succentor second-marks a sample of each marker's Exercises, and every Exercise that fails or is marked at the borderline.")
p = sec("Moderation of the Exercises between markers is to be arranged with the College.")
comment(doc, p, "The College moderates every Exercise through its Board of Examiners - done. - JA", "Jennifer Aske", "JA")
sec("No candidate shall be admitted to the Award unless the Succentor is satisfied that every one of the outcomes in the Table has been shown in the Exercises. A strong Exercise shall not make good an outcome not shown in another: where an outcome is not shown, the candidate is asked to show it by a further piece of work before the Award is made.")
rubric("At the Board of Examiners the Succentor reads the name of each candidate and the Precentor says whether every outcome has been shown. The Visitor's report is read at the Board.")

title("VIII. Of the Sending Forth")
sec("The last meeting of the year is the Sending Forth, held in the Song Room with the candidates' headteachers present. Before it each candidate looks again at the Examen and completes the Forward Plan, setting three targets for their own development as a SENCO over the next two years with the steps to meet them, and the further study open to them, including the University College's MA in Inclusive Education. The candidate discusses the Forward Plan with their headteacher at the Sending Forth, and the Precentor writes to each headteacher with a copy.")

title("IX. Of the Chapter of the Award and its Review")
sec("In the spring of 2007 the Diocesan Board of Education audited SEN provision in all 38 Diocesan Schools. The audit found that most SENCOs were also class teachers with little release time, that provision maps were kept in only nine schools, that SENCOs felt least confident about speaking to governors and about access arrangements, and that many schools had no SENCO with a qualification in SEN. The Award was planned from the audit: it is taught on single Days with a Saturday repeat for schools that cannot release teachers, and it gives a whole Chapter Day each to provision mapping, to tests and examinations, and to the whole school and its governors.")
sec("The Award was presented to the Diocesan Heads' Conference in March 2008, which received it warmly, and to the Diocesan SENCO network in April.")
sec("The Chapter of the Award meets each term. Its members are the Precentor, the Succentor, the Master of the Schools, two headteachers of Diocesan Schools, a parent from the Selwick Parents' SEN Forum, two candidates of the current year and, from 2009, a SENCO who has completed the Award. Each summer the Chapter evaluates the year: it reads the candidates' evaluations of each Day, the Custodes' records, the results of the Exercises, the Visitor's report and the headteachers' replies to a short questionnaire, and agrees the changes to be made, which are written into this Customary. The headteachers and the parent on the Chapter also judge the Exercise III presentations alongside the Succentor.")
sec("The Chapter also keeps its own self-evaluation of the Award, against the University College's quality framework, which goes to the College's annual review of its programmes.")
sec("To know what difference the Award makes, the Chapter looks each year at three measures: candidates' ratings of their confidence against each outcome at the Examen and at the Sending Forth; the baseline and follow-up measures of pupils' attainment and well-being from each Exercise II, gathered across all candidates; and the headteachers' questionnaire on changes in the school's provision. These are set beside the Visitor's judgement of standards in the Exercises.")

title("X. Of the Resources")
sec("[Schedule of specialist resources to be supplied by the College.]")
sec("It is hoped that the College will lend candidates assistive software and assessment materials for use in their schools.")

title("XI. Of Customs Now Discontinued")
sec("Until 2007 the Diocese admitted experienced teachers from its Learning Support Team to its own Certificate in SEN Coordination by examination alone, on a portfolio, without attending. This custom is discontinued, and the Award has no such route.")
sec("The residential weekend at Durnford with which the Certificate began is also discontinued; its teaching is now in the First and Second Chapter Days.")
sec("Working with other services and agencies is the office of the Diocesan Inclusion Adviser, not of the SENCO, and it is not part of the Award. The candidate learns on the Fourth Day what each agency does and how to ask for its help.")
c = doc.paragraphs[-1]
comment(doc, c, "This is not a discontinued custom - move to Chapter IV? - PK", "Paul Kemble", "PK")

title("XII. The Table of Outcomes")
para(doc, "The outcomes are those of the Award, in the order of the Book of Exercises. 'Kept at' names the Day or Vigil where the outcome is taught; 'Shown in' names the Exercise in which it must be shown.")
rows = [["The outcome", "Kept at", "Shown in"]]
groups = [
    ("Of the SENCO's own conduct", [
        ("1. Fair, respectful, supportive relationships with pupils with SEN or disabilities and with their parents or carers", "Second Day", "Exercise II"),
        ("2. Gains the commitment of colleagues, the head and senior leaders", "-", "Exercise III"),
        ("3. Prioritises, manages time, delegates and sees that delegated tasks are done", "Sixth Day", "Exercise III"),
        ("4. Anticipates and resolves problems; makes sound decisions about provision", "Seventh Day", "Exercises I and III"),
        ("5. Speaks and writes clearly; listens to and understands others", "Every Day", "Exercise III presentation; all Exercises"),
        ("6. Draws on research and outside advice to improve practice", "Eighth Day", "Exercise II"),
        ("7. Keeps up to date and takes responsibility for own CPD", "Eighth Day; Sending Forth", "Exercise III and the Forward Plan"),
    ]),
    ("Of the SENCO's knowledge", [
        ("8. The law and guidance on SEN and the Code of Practice, and how to put them into practice", "First Day", "Exercise I"),
        ("9. Every Child Matters and the SENCO's part in its outcomes", "First Day", "Exercise II"),
        ("10. The law on disability equality and the actions it requires", "-", "Exercise I"),
        ("11. How children develop and what affects their development", "Second Day", "Exercise II"),
        ("12. The common kinds of SEN and disability and their effect on learning", "Second Day", "Exercise II"),
        ("13. Approaches, strategies and resources, including ICT", "Vigil of Tools (optional)", "Exercise I"),
        ("14. Best practice and research in meeting SEN", "Eighth Day", "Exercise II"),
        ("15. What external agencies do and how to get specialist support", "Fourth Day", "Exercise II"),
    ]),
    ("Of the SENCO's work", [
        ("16. With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources", "Seventh Day", "Exercise III"),
        ("17. Identifies pupils, sets targets, plans interventions and reviews progress", "Third Day", "Exercise I"),
        ("17a. Uses other professionals' assessments in teaching", "Fourth Day", "Exercise II"),
        ("17b. Uses summative assessment and national tests to track progress", "Third Day", "Exercise I"),
        ("17c. Encourages colleagues to develop formative assessment for pupils with SEN", "Sixth Day", "Not shown"),
        ("17d. Identifies and puts in place access arrangements for tests and examinations", "Fifth Day", "Exercise I"),
        ("18. Provision mapping; ineffective or missing provision", "Third Day", "Exercise I"),
        ("19. Deploys and manages staff", "Sixth Day", "Conversation with the Custos (not marked)"),
        ("20. Supports colleagues' professional development", "Sixth Day", "Exercise III"),
        ("21. Reviews provision with other staff to inform the school's improvement planning", "Seventh Day", "Exercise III"),
        ("22. Involves pupils in planning, agreeing and reviewing their provision", "Fourth Day", "Exercise II"),
        ("23. Liaises with parents and carers", "-", "Exercise II"),
    ]),
]
bands = []
for g, items in groups:
    bands.append(len(rows)); rows.append([g, "", ""])
    for it in items:
        rows.append(list(it))
st = table(doc, rows)
for b in bands:
    band(st, b, rows[b][0], fill="F2DCDB")
para(doc, "")
p = para(doc, "", align="center")
run(p, "Here ends the Customary of the Selwick Award.", italic=True, color=RED)
doc.save(OUT)
print("wrote", OUT)
