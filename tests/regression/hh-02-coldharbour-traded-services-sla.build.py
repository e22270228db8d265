"""hh-02-coldharbour-traded-services-sla

Provider (invented): Coldharbour Council (a unitary authority), its
Educational Psychology Service, which runs the "Coldharbour Award for SEN
Coordination" with Pendleford University, which validates it as a
Postgraduate Certificate (60 M-level credits). March 2009.

Document kind: the service's Traded Services Handbook and Service Level
Agreement 2009-10, as sent to schools for buy-back, sent whole as the
application. Heading styles with the SLA's own numbering ("Section 3",
clauses "3.1"-"3.9", "5.1"-"5.8") that collide with requirement ids; a shaded
note to the panel; a packages table with a merged header and merged price
cells; service standards clauses; seven "Offers", of which Offer 6 is the
Award (with bold run-in sub-heads); terms and conditions; Schedule A a blank
order form with [placeholders] and tick boxes; Schedule C staff table;
Schedule D, added for the panel, an outcome map in the service's words with
shaded merged group rows. Tracked changes (an inserted clause, a deleted
sentence); two Word comments; header and footer.

Traps (requirement ids):
- 3.3 not_applicable: "There is no online element"; the sentence offering the
  EPNet forum to award participants is a deleted tracked change.
- 2.3 met only through an inserted tracked change (Direct Assessment).
- 5.3 met: the Service checks each participant's disclosure before a place is
  confirmed; clause 3.3's CRB statement is about the Service's own EPs (wrong
  subject) and would not do on its own.
- 1.5 and 6.S7 not_met: pupil voice is in another offer (Offer 4, bought
  separately); Schedule D's row says "See Offer 4".
- 6.S3 partially_met: assessed in the SBE but developed only in Offer 5,
  another product.
- 2.5 not_met: "a matter for your school's performance management" and "the
  course ends at the viva" (someone else's responsibility).
- 6.K3 partially_met: the disability legislation is in Block 1's content
  ("the Disability Discrimination Act 1995 as amended") but Schedule D has no
  row and no assessment names it; only a Word comment asks for a row.
- 4.3: stakeholders help deliver (Parent Partnership co-runs a day, local
  services teach), but their part in evaluation is only future or general;
  the Course Board that reviews evaluations has no stakeholders on it.
- 1.3 partially_met: "draws on the latest research" only, no sources.
- 3.2 partially_met: one September intake, fixed order; an evening route is
  only "being considered".
- 4.3 partially_met: schools "will be able to comment" via the annual
  survey; a parent on the Course Board only "we plan to invite".
- 5.5 partially_met: visiting specialists, but visits to specialist
  settings only for Partnership-package schools (a condition).
- 5.6 partially_met: a resource library, but no ICT or specialist
  technology.
- 5.7 partially_met: tutors' roles set out; briefing the in-school mentor is
  left to schools.
- 5.8 partially_met: moderation only "in line with its regulations".
- 1.9 partially_met: some outcomes only in the unassessed Learning Set Log.
- Outcomes: 6.A3 and 6.S5 only in the Learning Set Log (not assessed); 6.K2
  "not separately assessed"; 6.S2d assessed but "-" for where developed (all
  partially_met). 6.0 met: the Examination Board award rule requires every
  outcome on the Outcome Record.
- Clause 5.3 "Equal opportunities" in the terms is a value statement; 3.1 is
  met by Offer 6's own adjustments paragraph.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _hh_helpers import (para, runs, cell_text, shade, table, boxed, ins, dele,
                         comment, header_footer)

HERE = Path(__file__).parent
NAME = "hh-02-coldharbour-traded-services-sla"
ED = "Janet Morland"
DATE = "2009-03-09T11:00:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "Coldharbour Council  |  Educational Psychology Service  |  Traded Services SLA 2009-10",
              "EPS/TS/2009-10 v1.2  |  Please keep for reference  |  Queries: eps.traded@coldharbour.gov.uk  01632 448 210")

boxed(doc, "**Note to the TDA approval panel.** This is the Service Level Agreement we send to every school each March. Offer 6 "
      "(Section 4) is the Award for which we seek approval; the rest is sent so that you can see how the Award sits within what we "
      "sell to schools. Schedule D was prepared for you and does not go to schools. Janet Morland, Principal Educational Psychologist.")
para(doc)
doc.add_heading("Educational Psychology Service: Traded Services Handbook and Service Level Agreement 2009-10", 0)

doc.add_heading("Section 1  Welcome", 1)
para(doc, "Coldharbour's Educational Psychology Service has nine educational psychologists, two assistant psychologists and a "
     "specialist teacher team. Since April 2008 part of our work has been traded: the statutory work we must do (statutory assessment "
     "advice, tribunal work, critical incidents) stays free to all schools, and everything else is bought through this Agreement in "
     "time units. One unit is half a day of a psychologist's time, including writing up.")
para(doc, "We know that buying psychology by the half day is still new to many schools, and that heads want to know what they "
     "will get for their money. This handbook sets out what each package includes, the standards we hold ourselves to, what each "
     "offer involves and what it costs. If you are unsure which package suits your school, your link EP will talk it through with "
     "you at no charge before you order. Schools that bought a package last year will find the prices unchanged except for "
     "additional units, which have risen by £10 in line with the Council's pay award.")
para(doc, "Our psychologists each hold a patch of schools, so your link EP will normally be the same person from year to year "
     "and will know your staff, your pupils and your local services. Where a school needs a particular specialism, for example in "
     "autism, early years or post-16 transition, the link EP can bring in a colleague with that experience, using the school's units "
     "in the usual way. We also host two trainee educational psychologists each year from Pendleford University's doctoral "
     "programme, who work under close supervision.")
para(doc, "This year's Agreement has one new offer, the Coldharbour Award for SEN Coordination (Offer 6), which every new SENCO in a "
     "school will need under the 2008 regulations.")

doc.add_heading("Section 2  How the Agreement works", 1)
para(doc, "Each school chooses a package for the year and can buy extra units at any time. In the summer term your link EP meets you "
     "for a planning meeting to agree how the units will be used.")
pk = doc.add_table(rows=5, cols=4)
pk.style = "Table Grid"
h = pk.cell(0, 0).merge(pk.cell(0, 3))
cell_text(h, "PACKAGES 2009-10", bold=True)
shade(h, "D9E2F3")
for j, x in enumerate(["Package", "Units a year", "Price", "Includes"]):
    cell_text(pk.cell(1, j), x, bold=True)
    shade(pk.cell(1, j), "F2F2F2")
data = [["Essential", "6", "£2,340", "Planning meeting; consultation and assessment; termly telephone consultation"],
        ["Extended", "12", "£4,560", "As Essential, plus one twilight training session from Offer 2"],
        ["Partnership", "20", "£7,200", "As Extended, plus one funded place on Offer 6 and priority booking on all training"]]
for i, row in enumerate(data, start=2):
    for j, x in enumerate(row):
        cell_text(pk.cell(i, j), x)
para(doc)
para(doc, "The planning meeting is where the school and the link EP agree priorities for the year: which pupils and groups are "
     "of most concern, what training staff need, and how the units will be split between casework, consultation and project work. "
     "We write up the plan within ten working days, and we review it with you at the end of the spring term so that units can be moved "
     "to where they are most needed. Unused units can be carried forward as set out in Section 5.")
para(doc, "Additional units cost £400 each (£390 each if bought in blocks of five). Academies and independent schools may buy at the "
     "same prices.")

doc.add_heading("Section 3  Our service standards", 1)
std = [
 "3.1 We will acknowledge every request within two working days and agree a date within ten.",
 "3.2 Written reports will reach the school within fifteen working days of a visit.",
 "3.3 All our psychologists and specialist teachers hold a current enhanced CRB disclosure and are registered with the Health Professions Council or the GTC as appropriate.",
 "3.4 Every psychologist receives monthly supervision and at least five days' CPD a year.",
 "3.5 After every piece of traded work we ask the school to complete a one-page service user questionnaire, and we publish a summary each term.",
 "3.6 We survey every school each spring on the whole Agreement, and the results shape the next year's offers.",
 "3.7 Complaints are dealt with under the Council's corporate complaints procedure.",
 "3.8 We keep information about children in line with the Data Protection Act 1998 and the Council's information sharing protocol.",
 "3.9 Our work is quality assured through the Service's annual self-evaluation and the Council's performance framework.",
 "3.10 Trainee educational psychologists on placement with the Service may take part in work with your school under supervision, and we will always tell you first.",
]
for s in std:
    para(doc, s)

doc.add_heading("Section 4  What you can buy", 1)
offers = [
 ("Offer 1  Consultation and assessment", "Consultation with staff and parents, assessment of individual pupils, and advice on next steps. We use a consultation model: the "
  "EP meets the people who know the child best, agrees what the concern is and what has been tried, and then decides with them whether "
  "direct assessment is needed. Written advice follows within fifteen working days. Usually 1-2 units per child."),
 ("Offer 2  Training for staff", "Twilight and whole-day training on topics chosen from our menu (attachment, precision teaching, emotional literacy, working memory and others). 1 unit per twilight."),
 ("Offer 3  Emotional Literacy Support Assistant (ELSA) training", "Six days for teaching assistants, then half-termly group supervision with an EP. ELSAs learn to plan and deliver short "
  "programmes of individual and small-group support for pupils' emotional needs, such as self-esteem, anger management, friendship "
  "and loss. Price on the order form."),
 ("Offer 4  Pupil Voice Toolkit", "Two twilights and a resource pack for staff on finding out children's views: Talking Mats, person-centred reviews, the pupil-voice questionnaire. 3 units."),
 ("Offer 5  Provision Mapping for Schools", "A half-day workshop for SENCOs and senior leaders on building and using a provision map, and a follow-up visit. 2 units."),
]
for t_, body in offers:
    doc.add_heading(t_, 2)
    para(doc, body)

doc.add_heading("Offer 6  The Coldharbour Award for SEN Coordination", 2)
para(doc, "**What it is.** A Postgraduate Certificate in SEN Coordination of Pendleford University: 60 credits at Masters level, "
     "validated by the University in January 2009 and awarded by it. It is the nationally accredited award for new SENCOs. Schools "
     "pay £1,350 a place or 8 units (Partnership schools have one place included), which covers all teaching, tutorials, the "
     "University's registration and the viva.")
para(doc, "**What it is for.** The Award exists to improve the achievement and well-being of children with SEN and disabilities in "
     "Coldharbour: their learning, their safety, their health, their part in school life and their future. Each block's aims are written "
     "around those outcomes for children, and each assessment asks participants to show the difference their work has made to a group "
     "of pupils.")
para(doc, "**How it is organised.** There is one intake a year, in September, and the three blocks are taken in order over the school "
     "year. We are considering an evening route for 2010 if enough schools ask for it.")
blk = [["Block", "Study days", "School-based work", "Assessment"],
       ["1  Foundations (Sept-Dec)", "4 days: the role; law and the Code of Practice; Every Child Matters; kinds of need and how children develop",
        "School-Based Enquiry (SBE) part 1: an audit of SEN provision in your school", "SBE part 1 report, 3,000 words"],
       ["2  Child and Family (Jan-Mar)", "3 days: assessment and what other professionals' reports tell you; families; other agencies and the voluntary sector",
        "A case study of one pupil with the family and other professionals", "Case study, 4,000 words"],
       ["3  Leading the System (Apr-July)", "3 days: leading colleagues; strategy and governors; evaluating provision",
        "SBE part 2: a change you lead in school, with pupil outcome data before and after", "SBE part 2 report, 5,000 words, and a 30-minute viva"]]
table(doc, blk, size=8)
para(doc)
p = para(doc, "**Delivery.** All teaching is face to face at Hazelmere Teachers' Centre, with monthly Learning Sets of five participants "
         "facilitated by an EP. There is no online element: all materials are on paper and handed out on study days. ")
dele(p, "Participants also have access to the Service's online EPNet forum between study days, where tutors reply within a week.",
     author=ED, date=DATE)
para(doc, "**Learning Sets.** Each participant belongs to a Learning Set of five SENCOs from different schools, which meets for "
     "two hours once a month at a member's school. The EP facilitator uses a consultation model the Service uses with school staff: "
     "one member brings a current problem, the others ask questions and offer ideas, and the member decides what to try. Members keep a "
     "Learning Set Log of what they tried and what happened.")
dates = [["Study day", "Date", "Block"], ["1", "Thursday 17 September 2009", "1"], ["2", "Thursday 8 October 2009", "1"],
         ["3", "Thursday 12 November 2009", "1"], ["4", "Thursday 3 December 2009", "1"], ["5", "Thursday 21 January 2010", "2"],
         ["6", "Thursday 25 February 2010", "2"], ["7", "Thursday 18 March 2010", "2"], ["8", "Thursday 29 April 2010", "3"],
         ["9", "Thursday 10 June 2010", "3"], ["10", "Thursday 8 July 2010", "3 (vivas the following week)"]]
table(doc, dates, size=8)
para(doc)
para(doc, "**Practice in school.** Every piece of assessed work is carried out in the participant's own school, on real pupils and "
     "real provision, and SBE part 2 must show a change in practice that the participant has led and what it did for pupils.")
para(doc, "**Knowledge and evidence.** The course draws on the latest research and keeps participants up to date with current "
     "legislation and government policy: Block 1 covers the Education Act 1996, the SEN Code of Practice 2001, the Disability "
     "Discrimination Act 1995 as amended, the Children Act 2004 and Every Child Matters, and the 2008 SENCO regulations.")
para(doc, "**Working with colleagues and parents.** Block 3 teaches participants to advise and support class teachers and teaching "
     "assistants, to lead training, and to work with colleagues in other schools and services; the first Block 2 day is co-run with "
     "Coldharbour Parent Partnership Service and covers how to advise, support and work in partnership with parents and carers, and the "
     "case study is marked partly on the participant's work with the family. Consulting children about matters that affect them is "
     "covered in Offer 4, which schools can buy separately.")
para(doc, "**Before the course.** Every applicant completes the Entry Profile, rating themselves against each national outcome, and "
     "then has a one-hour Entry Meeting with the link EP and the head. The meeting agrees a Personal Learning Plan: the outcomes the "
     "participant most needs to develop, the study days and Learning Set focus they will need most, and their personal targets. "
     "Applicants need QTS, a SENCO post or the promise of one, and the head's signature. If the Entry Meeting shows that an applicant is "
     "not yet ready to meet the outcomes within the year, the Programme Leader writes to the head with what the teacher should do first "
     "and offers a place the following year.")
para(doc, "**Credit for earlier study.** Teachers who hold Pendleford's Certificate in Inclusive Practice (30 Masters credits) may be "
     "credited with Block 1 under the University's APL regulations. Others with substantial earlier study or experience may claim credit "
     "for Block 1 by portfolio (APEL), assessed by the Programme Leader and confirmed by the University's APL panel.")
p = para(doc, "")
ins(p, "**Direct Assessment.** In exceptional cases an experienced teacher, for example a member of our own Learning Support Service, "
    "may be assessed without attending the study days: they submit both SBE reports and the case study and take the viva, and are "
    "assessed against every national outcome in the same way. The Programme Leader and the University's Link Tutor agree each case; "
    "the fee is £600.", author=ED, date=DATE)
p = para(doc, "**CRB.** Before a place is confirmed, the school sends the number and date of the participant's enhanced CRB disclosure; "
         "our business support team checks them with the Council's HR vetting team and we do not confirm the place until the check is "
         "complete. Disclosures more than three years old must be renewed.")
para(doc, "**Disabled participants.** The nomination form asks every applicant whether they have a disability or need any adjustment, and "
     "says why we ask. The Service's Access Officer contacts each applicant who says yes and agrees adjustments before the course "
     "starts, for example papers in advance or in another format, a note-taker, rest breaks, or extra time and alternative formats for "
     "assessment under the University's regulations. Hazelmere Teachers' Centre has level access, a lift and a hearing loop.")
para(doc, "**Who teaches it.** The Programme Leader is Dr Kofi Asante, Senior Educational Psychologist. Block tutors are EPs from the "
     "Service and Pendleford's senior lecturer in SEN (see Schedule C). Specialist sessions are taught by the Speech and Language "
     "Therapy service, the Autism Outreach Team and the Sensory Support Service. Participants from Partnership schools can also arrange "
     "visits to the Council's special schools and resource bases.")
para(doc, "**Roles.** Tutors work to the Block Handbook, which sets out what the tutor, the Learning Set facilitator and the marker each "
     "do, and every tutor attends the Programme Leader's briefing at the start of each block. Each participant also needs an in-school "
     "mentor; schools are responsible for briefing the in-school mentor.")
para(doc, "**Resources.** Participants may borrow from the Service's resource library of assessment materials, intervention "
     "programmes and books, and are given a reading pack for each block.")
para(doc, "**Marking.** All assessments are marked by two tutors, and the University moderates marking in line with its regulations.")
para(doc, "**The award.** The Examination Board awards the Postgraduate Certificate only when the participant has passed all three "
     "assessments and the Outcome Record, signed by the markers, shows that every one of the national minimum outcomes has been "
     "demonstrated. A participant who has passed the assessments but not shown every outcome is given a further task.")
p = para(doc, "**After the Award.** Further professional targets are a matter for your school's performance management; the course ends at "
     "the viva.")
comment(doc, p.runs, "Dr Parr says the panel will want us to help with next steps. Could the viva end with targets? KA", "Kofi Asante", "KA")

doc.add_heading("Offer 7  Consultancy for senior leaders", 2)
para(doc, "Work with the head and senior team on whole-school inclusion: reviewing the SEN policy, the accessibility plan, behaviour "
     "policy or provision for vulnerable groups. Recent pieces of work include a review of nurture provision across a federation of "
     "two infant schools, a secondary school's review of how it uses teaching assistants, and support for a primary school after a "
     "critical incident. By negotiation, usually 2-4 units.")
para(doc, "**Statutory work.** Statutory assessment advice, attendance at tribunals and the Service's critical incident response remain "
     "free to every school and do not use units.")

doc.add_heading("Section 5  Terms and conditions", 1)
terms = [
 "5.1 Charges. Packages are invoiced in two halves, in April and October. Additional units are invoiced when used.",
 "5.2 Cancellation. Visits cancelled by the school with less than five working days' notice are charged in full. Places on Offer 6 cancelled after 1 August are charged in full unless the place is filled.",
 "5.3 Equal opportunities. The Council is committed to equality of opportunity and welcomes participation from all sections of the community.",
 "5.4 Unused units. Units not used by 31 March may be carried forward for one term only.",
 "5.5 Consent. The school is responsible for getting parents' consent before a psychologist works with a child.",
 "5.6 Quality. We evaluate every offer. For Offer 6 we use participants' evaluations of each study day and block, the Learning Set facilitators' termly reports, the external examiner's report and the University's annual monitoring; the Course Board (the Programme Leader, the block tutors and the University's Link Tutor) reviews all of these each July and agrees changes for the next cohort.",
 "5.7 Impact. For Offer 6 each participant repeats the Entry Profile at the end of the course, and we report the change in ratings of competence and confidence for each participant and the cohort, checked against markers' judgements; each SBE part 2 reports pupil outcome data (attainment, attendance and well-being measures) for a target group before and after the change, and we collate these across the cohort each year.",
 "5.8 Stakeholders. Offer 6 was designed after our 2008 survey of schools (61 of 74 schools replied), in which heads and SENCOs put SENCO training first among the services they wanted and asked for the course to be school-based and led by people who know Coldharbour's services; that is why every assessment is done in school and why Block 2 is taught with local services. Schools will be able to comment on the Award through the annual Traded Services survey, and we plan to invite a parent representative to the Course Board.",
]
for s in terms:
    para(doc, s)

doc.add_heading("Schedule A  Order form 2009-10", 1)
para(doc, "Return to eps.traded@coldharbour.gov.uk by 30 April 2009.")
of = [["School", "[School name]"], ["DfES number", "[number]"], ["Headteacher", "[name]"], ["SENCO", "[name]"],
      ["Package", "☐ Essential   ☐ Extended   ☐ Partnership"], ["Additional units", "[number]"],
      ["Offer 6 places", "[number]   Participant name(s): [name]"], ["Signed (head)", "____________________   Date ________"]]
table(doc, of, header=False)

doc.add_heading("Schedule B  Prices at a glance", 1)
table(doc, [["Offer", "Price"], ["1 Consultation and assessment", "From 1 unit"], ["2 Training", "1 unit per twilight"],
            ["3 ELSA", "£650 per TA"], ["4 Pupil Voice Toolkit", "3 units"], ["5 Provision Mapping", "2 units"],
            ["6 Award for SEN Coordination", "£1,350 or 8 units"], ["7 Consultancy", "By negotiation"]])

doc.add_heading("Schedule C  Who we are", 1)
table(doc, [["Name", "Role", "Qualifications and experience"],
            ["Janet Morland", "Principal Educational Psychologist", "MSc Educational Psychology; CPsychol; former primary SENCO; 18 years as an EP"],
            ["Dr Kofi Asante", "Senior EP; Programme Leader, Offer 6", "DEdPsy; HPC registered; lead for SEN policy; tutor on the Pendleford MSc for trainee EPs"],
            ["Ruth Okafor", "EP; Block 2 tutor", "MSc; specialist in autism and communication; 8 years as an EP"],
            ["Tom Lessing", "EP; Block 3 tutor", "DEdPsy; research on coaching for SENCOs; former secondary head of learning support"],
            ["Dr Elaine Parr", "Senior Lecturer in SEN, Pendleford University; Link Tutor", "PhD; former LA SEN adviser; external examiner for two SEN programmes"],
            ["Mark Welby", "Specialist teacher (SpLD)", "OCR Diploma in SpLD; assessor for exam access arrangements"]], size=8)

doc.add_heading("Schedule D  For the approval panel: the national outcomes in the Award", 1)
para(doc, "Key: Bn Dn = Block, study day. SBE1/SBE2 = School-Based Enquiry reports; CS = case study; V = viva; LSL = Learning Set Log "
     "(kept by the participant and discussed at Learning Sets; not assessed).")
rows = [("Professional attributes", None, None),
        ("Fair, respectful relationships with pupils and families", "B2 D1", "CS"),
        ("Getting the head, senior team and colleagues on board", "B3 D1", "SBE2, V"),
        ("Organising your time and delegating", "Learning Sets", "LSL"),
        ("Solving problems; sound judgements about provision", "B2 D2, B3 D3", "CS, SBE2"),
        ("Speaking and writing clearly; listening to others", "Learning Sets", "V; all written work"),
        ("Using research and outside advice", "B1 D1, B3 D3", "SBE1, SBE2"),
        ("Keeping up to date; your own CPD", "B3 D3", "V"),
        ("Knowledge and understanding", None, None),
        ("SEN law and the Code of Practice in practice", "B1 D2", "SBE1"),
        ("Every Child Matters", "B1 D3", "Not separately assessed"),
        ("Child development", "B1 D4", "CS"),
        ("The main kinds of SEN and their effect on learning", "B1 D4", "CS"),
        ("Approaches and resources for teaching and assessment, including ICT", "B2 D1", "CS, SBE1"),
        ("School self-evaluation and improvement for SEN", "B3 D3", "SBE2"),
        ("Best practice and research", "B3 D3", "SBE2"),
        ("Other agencies and specialist support", "B2 D3", "CS"),
        ("Professional skills", None, None),
        ("Inclusive ethos and strategy with senior staff and governors", "B3 D2", "SBE2, V"),
        ("Identifying needs, targets, interventions, review", "B2 D1", "CS"),
        ("Using other professionals' assessments", "B2 D1", "CS"),
        ("Using summative data and national tests to track progress", "B3 D3", "SBE2"),
        ("Helping colleagues with formative assessment", "B3 D1", "SBE2"),
        ("Access arrangements for tests and exams", "-", "SBE1"),
        ("Provision mapping; finding missing provision", "See Offer 5", "SBE1"),
        ("Deploying and managing support staff", "B3 D1", "SBE1, SBE2"),
        ("Developing colleagues: coaching, modelling, training", "B3 D1", "LSL"),
        ("Reviewing provision with staff for self-evaluation", "B3 D3", "SBE2"),
        ("Involving pupils in their provision", "See Offer 4", "-"),
        ("Working with parents and carers", "B2 D1", "CS"),
        ("Working with other services and voluntary organisations", "B2 D3", "CS")]
t = doc.add_table(rows=len(rows) + 1, cols=3)
t.style = "Table Grid"
for j, hd in enumerate(["Outcome (our wording)", "Where it is developed", "How it is assessed"]):
    cell_text(t.cell(0, j), hd, bold=True, size=8)
    shade(t.cell(0, j), "D9E2F3")
for i, (a, b, c) in enumerate(rows, start=1):
    if b is None:
        m = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(m, a, bold=True, size=8)
        shade(m, "E2EFD9")
    else:
        x = cell_text(t.cell(i, 0), a, size=8)
        cell_text(t.cell(i, 1), b, size=8)
        cell_text(t.cell(i, 2), c, size=8)
        if a.startswith("Other agencies"):
            comment(doc, x.paragraphs[0].runs, "We have no row for the disability equality duty. Add under Block 1? JM", ED, "JM")
para(doc)
p = para(doc, "Janet Morland, Principal Educational Psychologist, 9 March 2009")
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
