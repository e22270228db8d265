"""gu-02-nams-advice-note: build the .docx next to this script.

Provider (invented): the Northern Association of Muslim Schools (NAMS), a
charity of nine Muslim schools (three voluntary-aided, six independent) in
Bradford, Kirklees, Blackburn and Preston, with the University of Hexhope
Faculty of Education, which validates and awards the "Postgraduate
Certificate in Leading SEN Provision", 60 credits at level 7. March 2009.

Document kind: a solicitors' advice note to the Association on the legal and
regulatory position of the proposed course, sent whole as the application,
with a short covering note from the Association's Director saying the
"facts" section and Annex A are its statement of the programme. The body is
the solicitors' third-person voice ("the Association has told us", "we
advise"); Annex A is the Association's programme statement in its own
voice ("we"), with an outcome table.

Layout: a letterhead typed on manual line breaks; a "Privileged and
confidential" header and a footer with the firm's reference; a covering
note in a shaded one-cell table; hand-numbered paragraphs 1-34 with bold
run-in labels in the facts (no heading styles), bold capital titles typed
as paragraphs, the questions answered as "Issue 1" to "Issue 7"; a "Summary of advice" two-column table
of issues and short answers; Annex A with its own headings A1-A6 typed as
bold paragraphs; an outcome table (national ref / what participants learn /
module / how assessed) with a merged group row for each strand.

Traps (requirement ids):
- Recommendations are not arrangements. The solicitors "recommend that the
  Association consider" an assessment-only route; the facts say it "does
  not at present intend to offer" one (2.3 not_met: negation +
  aspiration).
- CRB: the Association obtains the headteacher's signed confirmation of a
  current enhanced disclosure on the nomination form; the solicitors
  advise it should also check List 99 and ask for a reference, which it has
  "not yet decided" to do (5.3 partially_met).
- Equality: the solicitors discuss the schools' admissions of pupils on
  religious grounds and pupils' accessibility plans (wrong context); the
  Association's concrete arrangements for disabled participants are in
  paragraph 15 and Annex A4 (3.1 met).
- Data protection (Issue 5): parents' consent for pupils' case-study data
  is consent, not consulting children; it is not counted for 1.5, which is
  met on Module 2's pupil voice and person-centred reviews with S7 assessed
  in the case study.
- Stakeholders: "member heads were consulted at the AGM" with no findings
  (4.1 partially_met); nothing on how they influenced the design (4.2
  not_met); the Programme Committee with heads, a council officer and a
  parent reviews evaluation (4.3 met).
- "Resources: [to be confirmed by the Resource Centre]" placeholder in
  Annex A5 (5.6 not_met).
- Mentor role "to be agreed with each school" (5.7 partially_met).
- Impact: only the University's annual monitoring of recruitment, pass
  rates and module evaluations; nothing on participants' competence or
  confidence or on pupils (5.9 partially_met).
- Further targets: progression to the MA only (2.5 partially_met).
- Starting self-audit but no individual plan (2.2 partially_met).
- Mission statement "every child is an amanah" with aims on the SENCO's
  compliance (1.1 partially_met). "Draws on current research" only (1.3
  partially_met).
- Outcome table: "Formative task (not marked)" for A5, A7, S6; "\u2014"
  for K7 and S2d; S4 "Module 3 presentation [assessment to be confirmed]"
  (partially_met). The award on passing the three modules (6.0, 1.9
  partially_met).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)


def shade(cell, fill="E7EEF3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def p(text="", bold=False, italic=False, size=None, align=None, indent=None):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        para.alignment = align
    if indent:
        para.paragraph_format.left_indent = Cm(indent)
    return para


N = [0]


def np(text, runin=None):
    """hand-numbered paragraph with optional bold run-in"""
    N[0] += 1
    para = doc.add_paragraph()
    para.paragraph_format.left_indent = Cm(1.0)
    para.paragraph_format.first_line_indent = Cm(-1.0)
    para.add_run(f"{N[0]}.\t")
    if runin:
        para.add_run(runin + " ").bold = True
    para.add_run(text)
    return para


def title(text):
    para = p(text.upper(), bold=True, size=11)
    para.paragraph_format.space_before = Pt(14)
    return para


sec = doc.sections[0]
sec.header.paragraphs[0].text = "PRIVILEGED AND CONFIDENTIAL \u2014 LEGAL ADVICE \u2014 disclosed to the TDA by the client"
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
sec.footer.paragraphs[0].text = "Hussain Lacey LLP  Ref: NAMS/0412/SK  Page copy"
sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

# covering note
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
c = t.rows[0].cells[0]
shade(c)
c.paragraphs[0].add_run("Covering note from the Association to the TDA approval panel").bold = True
c.add_paragraph(
    "Before deciding to apply, our trustees asked our solicitors to advise on the legal position of a "
    "SENCO course run by a faith schools association with a university. Their advice note sets out, at "
    "paragraphs 8 to 23, the facts of the programme as we gave them, and at Annex A our programme "
    "statement as we sent it to them. Rather than write the same things twice, we send the note whole, "
    "with the firm's agreement. The facts and Annex A are our application; the advice is the firm's, "
    "and where it recommends something we have not yet done, we have not yet done it.")
c.add_paragraph("Dr Farida Mirza, Director, Northern Association of Muslim Schools, 9 March 2009")
doc.add_paragraph()

# letterhead on manual line breaks
lh = doc.add_paragraph()
lh.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = lh.add_run("HUSSAIN LACEY LLP")
r.bold = True
for line in ["Solicitors", "4 Piece Hall Yard", "Bradford BD1 (invented)", "Tel 01274 000 000"]:
    r.add_break(WD_BREAK.LINE)
    r = lh.add_run(line)

p("ADVICE NOTE", bold=True, size=14)
ft = doc.add_table(rows=5, cols=2)
ft.style = "Table Grid"
for i, (a, b) in enumerate([
    ("Client", "The Trustees, Northern Association of Muslim Schools (NAMS), registered charity"),
    ("Matter", "Proposed Postgraduate Certificate in Leading SEN Provision with the University of Hexhope"),
    ("Advice by", "Sameena Khan, Partner (Education and Charities), with Tom Lacey, Associate"),
    ("Date", "27 February 2009"),
    ("Status", "Final, following the trustees' meeting of 19 February 2009"),
]):
    ft.cell(i, 0).text = a
    ft.cell(i, 1).text = b
    ft.cell(i, 0).paragraphs[0].runs[0].bold = True
doc.add_paragraph()

title("Instructions")
np("We are instructed by the trustees of the Northern Association of Muslim Schools (\"the "
   "Association\") to advise on the legal and regulatory position of a proposed course for teachers "
   "who coordinate special educational needs provision (\"SENCOs\"), which the Association intends to "
   "run with the University of Hexhope (\"the University\") and for which it intends to seek the "
   "approval of the Secretary of State through the Training and Development Agency for Schools (TDA).")
np("We have been asked seven questions, which we take in turn as Issues 1 to 7: whether the course "
   "can carry national accreditation when the provider is a faith schools association; whether the "
   "Association may restrict or give priority in places; what checks it must make on participants; "
   "prior learning and assessment without attendance; the use of pupils' information in assignments; "
   "complaints and appeals; and the award itself.")
np("We have seen the documents listed in Annex B. We have relied on the facts the Association has "
   "given us, which we summarise at paragraphs 8 to 23, and on the Association's programme statement, "
   "which is Annex A. We have not verified them independently.")

title("Summary of advice")
st = doc.add_table(rows=8, cols=2)
st.style = "Table Grid"
summary = [
    ("Issue", "Short answer"),
    ("1 Accreditation", "Yes. The University validates and awards; the Association delivers under a collaborative agreement."),
    ("2 Places", "Places must be open to teachers of any faith or none; priority for member schools' staff is lawful if applied as described."),
    ("3 Checks on participants", "The present arrangement is adequate as far as it goes; we recommend adding a List 99 check and a reference."),
    ("4 Prior learning and assessment-only", "The University's regulations permit credit for prior learning. An assessment-only route is lawful and we recommend the Association consider one."),
    ("5 Pupils' information", "Anonymise; obtain parents' written consent; keep for no longer than the award requires."),
    ("6 Complaints and appeals", "The University's procedures apply to academic appeals; the Association's complaints procedure to everything else."),
    ("7 The award", "Only the University can award. The award rule should be stated in the collaborative agreement."),
]
for i, (a, b) in enumerate(summary):
    st.cell(i, 0).text = a
    st.cell(i, 1).text = b
    if i == 0:
        for j in range(2):
            st.cell(0, j).paragraphs[0].runs[0].bold = True
            shade(st.cell(0, j), "C9D6E0")
doc.add_paragraph()

np("In short, there is no legal obstacle to the proposal. Our recommendations are set out under each "
   "Issue; they are recommendations, and it is for the trustees to decide whether to adopt them.")
np("We have been asked to write so that the note can be shared with the University and, if the "
   "trustees wish, with the TDA.")
np("Nothing in this note is advice on the Association's tax position or on employment matters.")
np("Where we refer to the TDA's specification we mean its draft specification for nationally accredited "
   "training for SENCOs issued in 2008, which the Association has shown us.")

title("The facts as we understand them")
np("The Association is a charity whose members are nine Muslim schools in West Yorkshire and Lancashire: "
   "three voluntary-aided schools maintained by Bradford, Kirklees and Blackburn with Darwen councils and "
   "six independent schools registered with the DCSF. Together they teach about 4,100 pupils, of whom "
   "about 610 are on their SEN registers and 38 have statements.", "The Association.")
np("The course is a Postgraduate Certificate in Leading SEN Provision of 60 credits at level 7 of the "
   "Framework for Higher Education Qualifications. The University's Faculty of Education validated it "
   "on 4 February 2009, subject to the TDA's approval; the University will register the participants, "
   "appoint the external examiner, hold the Board of Examiners and award the Certificate. The "
   "Association recruits, teaches the study days with the University's tutors and supports the "
   "participants in school. A collaborative agreement between the two is in final draft.",
   "The course and the University.")
np("The course has three modules of 20 credits each: Module 1, The SENCO, the law and the child; "
   "Module 2, Assessment, planning and the voice of the family; Module 3, Leading provision in the "
   "school. Each is taught in four Saturday study days at the Association's centre in Bradford or at "
   "the University's Preston campus, with online units on the University's Blackboard site between "
   "study days, and each includes a work-based task in the participant's own school. The study days and "
   "the modules are set out in Annex A.", "Structure.")
np("The course starts twice a year, in September and January. Modules 1 and 2 may be taken in either "
   "order; Module 3 is taken last. A participant may take the course over one year or spread it over "
   "two, and may take a single module as a stand-alone 20-credit course and count it later.",
   "Starts and pace.")
np("Places are open to any qualified teacher in a maintained or independent school in the North of "
   "England who holds, or is about to take up, the SENCO role. Staff of member schools have priority "
   "for up to twelve of the twenty places in each intake until six weeks before the start; after that "
   "date places are allocated in order of application.", "Admission.")
np("Each applicant must hold QTS (or, for an independent school, a teaching qualification the "
   "University accepts as equivalent, with two years' teaching in England), be nominated by the "
   "headteacher, and attend a selection conversation with the programme leader at which the applicant "
   "completes a self-audit against the national outcomes for SENCOs. An applicant who is not ready is "
   "told in writing what experience to gain first, the headteacher is telephoned, and the applicant is "
   "offered a place in a later intake.", "Selection.")
np("The nomination form, signed by the headteacher, confirms that the applicant holds an enhanced CRB "
   "disclosure issued within the last three years or is covered by the school's single central record "
   "as having had one on appointment, and gives its date. The Association's office does not accept an "
   "application without it. The Association has not yet decided whether to make any further checks.",
   "Checks.")
np("The application form asks whether the applicant has a disability or a health condition for which "
   "an adjustment would help and explains why the question is asked and who will see the answer. The "
   "Association's Access Officer, Mrs Rubina Aslam, contacts each applicant who answers yes before the "
   "selection conversation and agrees the adjustments in writing. Both venues have step-free access and "
   "a hearing loop; course papers are available in large print and electronically; deadlines can be "
   "extended; and the University's disability service assesses participants for assignment and "
   "examination adjustments. The same offer is repeated at each module's first study day.",
   "Disabled participants.")
np("Study days avoid Eid and fall outside the last ten days of Ramadan, prayer times are built into "
   "the day, and a quiet room is available. Women-only tutor groups are offered on request.",
   "Religious observance.")
np("The course is taught by Mr Imran Bashir, programme leader, formerly SENCO at Al-Hikmah Primary "
   "and a specialist teacher for specific learning difficulties (OCR Level 7 Diploma); Mrs Khadija "
   "Patel, an advisory teacher for autism in Kirklees; and Dr Ruth Ellison and Dr Owen Price, senior "
   "lecturers in inclusive education at the University, both of whom have published on SEN in the last "
   "three years. The University's staff development scheme requires each tutor to undertake and record "
   "SEN-related development each year.", "Staff.")
np("Specialist sessions are given by the Bradford educational psychology service, the Blackburn "
   "sensory impairment team and Lancashire's speech and language therapy service. Each participant "
   "spends two days on a placement at Moorside School (a Bradford special school for pupils with "
   "complex needs) or at the Kirklees autism resource base, arranged by the programme leader, with "
   "tasks set in the Module 3 handbook.", "Expertise and placements.")
np("Member school headteachers were consulted about the proposal at the Association's AGM in October "
   "2008.", "Consultation.")
np("The Association's Programme Committee will comprise two member headteachers, the SEN officer of "
   "Bradford Council, a parent of a child with a statement from a member school, the programme leader "
   "and the University link tutor. It will meet each term, receive the participants' module "
   "evaluations, the tutors' module reports and the external examiner's report, and agree the action "
   "plan that goes to the University's annual monitoring. Member headteachers also host the school "
   "visits in Module 2.", "Programme Committee.")
np("Every assignment is double marked by an Association tutor and a University tutor. The external "
   "examiner, appointed by the University, moderates a sample of every module's work, including all "
   "fails, and reports to the Board of Examiners and the Programme Committee. Tutors attend a "
   "standardisation meeting before each marking period.", "Marking.")
np("The University's annual monitoring report for the course will record recruitment, pass rates and "
   "participants' module evaluations, with an action plan, and is considered by the University's "
   "Faculty Quality Committee. The external examiner's annual report is also considered by that "
   "Committee and the Programme Committee.", "Monitoring.")
np("The Association's mission statement describes every child as an amanah, a trust from God to the "
   "school, and commits the Association to the inclusion of every child in the life of the school.",
   "Ethos.")

title("Issue 1: Accreditation")
np("The TDA requires that the course gain academic accreditation from a higher education institution "
   "and be validated at masters level. On the facts at paragraph 9, both are satisfied. There is no "
   "rule that the delivering partner must be a public body, and a faith schools association is in no "
   "different position from a local authority or a charity.")

title("Issue 2: Places")
np("Much of the trustees' concern was whether the religious character of the member schools permits "
   "the Association to admit only Muslim teachers. It does not. The exemptions that allow a school with "
   "a religious character to give priority in admitting pupils, and in appointing some teachers, do not "
   "extend to a training course of this kind. The course must be open to teachers of any religion or "
   "belief, and the admission arrangements at paragraph 12 are in our view lawful.")
np("We were also asked about member schools' duties to disabled pupils. Those are duties of the schools "
   "under Part 4 of the Disability Discrimination Act 1995 and their accessibility plans; they are not "
   "the Association's duties as a course provider. The Association's duties to disabled applicants and "
   "participants arise under Part 3 of that Act, as a provider of services, and (through the University) "
   "under Part 4. The arrangements at paragraph 15 are, in our view, a proper response, and we advise "
   "the Association to keep a record of each adjustment agreed.")

title("Issue 3: Checks on participants")
np("Participants will be teachers in post and will visit other schools and a special school. The "
   "Safeguarding Children and Safer Recruitment in Education guidance (2006) expects the Association "
   "to satisfy itself that each has had the appropriate checks. The headteacher's signed confirmation at "
   "paragraph 14 does that for the enhanced disclosure. It does not tell the Association whether a "
   "candidate has been barred from teaching, or whether a previous employer had concerns.")
np("We recommend that the Association check List 99 for each candidate and take up a reference from "
   "the candidate's previous employer where the candidate has been in post for less than two years. We "
   "understand that the trustees will consider this at their meeting in April.")

title("Issue 4: Prior learning and assessment without attendance")
np("The University's regulations for the recognition of prior learning allow up to 30 of the 60 credits "
   "to be awarded for prior certificated study at level 7 and for prior experiential learning, assessed "
   "by a claim and portfolio mapped against the module outcomes. The Association has told us that it "
   "will use the University's procedure, with the programme leader advising each claimant, and that "
   "claims are decided by the University's credit panel.")
np("The Association does not at present intend to offer a route by which an experienced SENCO could be "
   "assessed against all the outcomes without attending. Nothing in law prevents one. We recommend that "
   "the Association consider such a route, since the TDA's specification expects it in exceptional "
   "cases.")

title("Issue 5: Pupils' information in assignments")
np("Module 2 requires each participant to write a case study of a pupil. Pupils' information is "
   "sensitive personal data. Participants should anonymise it, obtain the written consent of a parent "
   "(and, where the pupil is old enough, explain the study to the pupil and ask whether the pupil "
   "agrees), and destroy the working papers once the award is made. The Association's template consent "
   "letter, which we have revised, meets these points.")

title("Issue 6: Complaints and appeals")
np("Academic appeals are governed by the University's regulations; complaints about teaching, venues "
   "or administration by the Association's complaints procedure, with a final stage at the University. "
   "The collaborative agreement should say so, and the participant handbook should explain it.")

title("Issue 7: The award")
np("Only the University can award the Certificate. The Association has told us the University will "
   "award it to participants who pass the three modules. We recommend that the collaborative agreement "
   "state the award rule in those terms.")
np("We have not been asked to advise, and do not advise, on whether the course meets each of the TDA's "
   "requirements; that is a matter for the Association and the University.")
p("Hussain Lacey LLP, 27 February 2009", italic=True)

# Annex A
doc.add_page_break()
p("ANNEX A: PROGRAMME STATEMENT (AS SUPPLIED BY THE ASSOCIATION)", bold=True, size=12)
p("A1  Why we are doing this", bold=True)
p("Every child is an amanah. Our schools exist to help each child grow in faith, knowledge and "
  "character, and that includes the children who learn differently. Our SENCOs are often young, "
  "often new to the role, and often the only person in a small school who knows the Code of Practice. "
  "The course aims to give them the knowledge of the law and guidance, the skills of assessment and "
  "planning and the confidence to lead their colleagues, so that every member school meets its duties "
  "to pupils with special educational needs and disabilities. The course draws on current research "
  "and on good practice in our own and other schools.")

p("A2  The modules", bold=True)
mods = [
    ("Module 1: The SENCO, the law and the child",
     "Study days 1-4. The Education Act 1996 and the SEN Code of Practice 2001; the Disability "
     "Discrimination Acts and the disability equality duty; Every Child Matters and the five outcomes; "
     "how children develop and how disability, SEN and home and school environments shape development; "
     "the main areas of need (BESD, specific learning difficulties including dyslexia, speech, language "
     "and communication needs, autism, moderate learning difficulties); external agencies and how to "
     "obtain their help. Online units: the Inclusion Development Programme modules on dyslexia and on "
     "speech, language and communication needs. Work-based task: audit the school's SEN policy against "
     "the Code. Assessment: a 4,000-word assignment, The law and one child."),
    ("Module 2: Assessment, planning and the voice of the family",
     "Study days 5-8. Identifying pupils who may have SEN; using the assessments of educational "
     "psychologists, therapists and advisory teachers; targets, interventions and review; national test "
     "and teacher assessment data and P scales; assessment for learning with pupils with SEN; approaches, "
     "resources and ICT for teaching and assessment; working with parents and carers; pupil voice and "
     "person-centred reviews. Includes a visit to a member school's review meeting. Work-based task: "
     "lead a review with a pupil's parents. Assessment: a 4,000-word case study of a pupil and a "
     "reflective account of the review meeting."),
    ("Module 3: Leading provision in the school",
     "Study days 9-12. Strategic leadership with the head and governors; provision mapping; deploying "
     "and managing teaching assistants; supporting colleagues through observation, coaching and "
     "training; evaluating provision with staff; working with other services and voluntary "
     "organisations; using research and advice; the two-day placement. Work-based task: lead one "
     "improvement to provision. Assessment: a 5,000-word report on the improvement and a 20-minute "
     "presentation to tutors and the participant's headteacher."),
]
for h, body in mods:
    p(h, bold=True, italic=True, indent=0.5)
    p(body, indent=0.5)

p("A3  Online study and support", bold=True)
p("Between study days participants follow the online units on the University's Blackboard site. Each "
  "module has a discussion board for the group, on which the tutor posts a question each week and "
  "replies to posts within two working days, and an e-tutor surgery on Tuesday evenings from 7 to 8 by "
  "online chat. Participants submit assignments and receive feedback through Blackboard, and the "
  "programme leader sends a fortnightly email bulletin to participants and their headteachers. "
  "Participants without reliable internet access at home may use the Association's centre, which is "
  "open on weekday evenings.")

p("A4  Starting point and access", bold=True)
p("At the selection conversation each applicant completes our self-audit, rating themselves against "
  "each national outcome, and the programme leader uses it to decide whether the applicant is ready. "
  "Disabled applicants are supported as described in paragraph 15 of the advice note. The cost of the "
  "course is \u00a31,200, of which the Association pays half for member school staff; bursaries for "
  "non-member schools are available from the Association's hardship fund. We aim to give every "
  "participant a high-quality course suited to their school and their needs.")

p("A5  Resources and support in school", bold=True)
p("Resources: [to be confirmed by the Resource Centre].")
p("Each participant has an in-school mentor, usually the headteacher or a deputy. The mentor's role "
  "is to be agreed with each school. Tutors receive the University's collaborative provision handbook "
  "and a course tutor guide.")

p("A6  After the course", bold=True)
p("Participants who complete the Certificate may go on to the University's MA in Inclusive Education, "
  "into which the 60 credits transfer. Information about the MA is given at the last study day.")

p("A7  Outcomes", bold=True)
p("The table shows, for each national outcome, where participants learn it and how it is assessed.")
rows = [
    ("Professional attributes", None, None, None),
    ("A1", "Positive relationships with pupils and families", "2", "Module 2 case study and reflective account"),
    ("A2", "Gaining colleagues' and leaders' commitment", "3", "Module 3 report"),
    ("A3", "Priorities, time and delegation", "3", "Module 3 report"),
    ("A4", "Solving problems and judging provision", "3", "Module 3 presentation"),
    ("A5", "Clear communication and listening", "2, 3", "Formative task (not marked)"),
    ("A6", "Using research and advice", "3", "Module 3 report"),
    ("A7", "Keeping up to date, own CPD", "3", "Formative task (not marked)"),
    ("Knowledge and understanding", None, None, None),
    ("K1", "SEN law and the Code of Practice", "1", "Module 1 assignment"),
    ("K2", "Every Child Matters and the SENCO", "1", "Module 1 assignment"),
    ("K3", "Disability equality law", "1", "Module 1 assignment"),
    ("K4", "Child development", "1", "Module 1 assignment"),
    ("K5", "The main types of SEN and disability", "1", "Module 1 assignment"),
    ("K6", "Approaches, strategies, resources and ICT", "2", "Module 2 case study"),
    ("K7", "School self-evaluation and SEN", "\u2014", "\u2014"),
    ("K8", "Research and best practice", "3", "Module 3 report"),
    ("K9", "External agencies", "1", "Module 1 assignment"),
    ("Skills", None, None, None),
    ("S1", "Strategic development with leaders and governors", "3", "Module 3 report and presentation"),
    ("S2", "Identifying pupils, targets, interventions, review", "2", "Module 2 case study"),
    ("S2a", "Using other professionals' assessments", "2", "Module 2 case study"),
    ("S2b", "Summative data and national tests", "2", "Module 2 case study"),
    ("S2c", "Helping colleagues with formative assessment", "2", "Module 2 reflective account"),
    ("S2d", "Test and examination arrangements", "\u2014", "\u2014"),
    ("S3", "Provision mapping", "3", "Module 3 report"),
    ("S4", "Deploying and managing staff", "3", "Module 3 presentation [assessment to be confirmed]"),
    ("S5", "Supporting colleagues' development", "3", "Module 3 report"),
    ("S6", "Reviewing provision with staff for self-evaluation", "3", "Formative task (not marked)"),
    ("S7", "Pupils' part in planning and review", "2", "Module 2 case study"),
    ("S8", "Liaison with parents and carers", "2", "Module 2 reflective account"),
    ("S9", "Partnership with services and voluntary organisations", "3", "Module 3 report"),
]
ot = doc.add_table(rows=len(rows) + 1, cols=4)
ot.style = "Table Grid"
hdr = ("National ref", "What participants learn", "Module", "How assessed")
for j, h in enumerate(hdr):
    ot.cell(0, j).text = h
    ot.cell(0, j).paragraphs[0].runs[0].bold = True
    shade(ot.cell(0, j), "C9D6E0")
for i, r in enumerate(rows, 1):
    if r[1] is None:
        m = ot.cell(i, 0).merge(ot.cell(i, 3))
        m.text = r[0]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "EEF2F5")
    else:
        for j, v in enumerate(r):
            ot.cell(i, j).text = v
doc.add_paragraph()
p("The Certificate is awarded by the University to participants who pass Modules 1, 2 and 3.")

p("ANNEX B: DOCUMENTS SEEN", bold=True, size=12)
for d in ["The Association's programme statement (Annex A), February 2009",
          "Draft collaborative agreement between the University and the Association, version 3",
          "The University's regulations for the recognition of prior learning, 2008-09",
          "The Association's nomination form and application form, draft",
          "The Association's template consent letter for pupil case studies, as revised by us",
          "Note of the Association's AGM, 11 October 2008"]:
    p("\u2013 " + d, indent=0.5)

doc.save(OUT)
print("wrote", OUT)
