"""mg-02-harlaw-bridge-regauge-report

Provider (invented): Harlaw Bridge Distillery Academy, the training academy of a Northumberland malt
whisky distillery (stillmen, warehousemen, coopers), applying to run the 2008-09 National Award for SEN
Coordination, validated by Coquetdale University, with Northmoor local authority.

Document kind and layout: the application is written as the bonded warehouses' Annual Regauge Report
and Cask Stock Reconciliation, the yearly report a warehouse manager makes when every cask in bond is
dipped and regauged. Heading styles (Heading 1/2) with report section numbers. A document-control
table with a placeholder. Each module is a "Warehouse", each study day a "Warehouse Day", each marked
assessment a "Regauge" (R1 to R4), each formative check a "Dip". Status codes are defined in section 4
("Regauged", "Dipped only", "Filled, no regauge", "Empty") far above the Cask Stock Reconciliation
table (section 11), whose group rows are merged and shaded. Footnotes (one turns a Regauged outcome
into an unmarked one). A text box ("Excise note") with a blanket claim. Tracked changes: a whole
deleted paragraph and a whole inserted one. Two Word comments. Header and footer.

Traps (requirement ids):
- Placeholder credits: "[credits to be confirmed by the University]" with masters level stated
  (E.2 partially met).
- Aims about attainment only, "National Curriculum levels" (1.1 partially met).
- Other provider's arrangement: the sister academy Glen Ardoch's APL scheme; "Harlaw Bridge does not at
  present accredit prior learning or experience" (2.1 not met). A comment about using it is not evidence.
- Deleted paragraph offering an assessment-only route (2.3 not met).
- Inserted paragraph: CRB enhanced disclosure checked for every candidate (5.3 met; inserted text is
  part of the submission).
- Right words, wrong thing: reasonable adjustments are for visitors on distillery tours; for
  candidates only a general welcome (3.1 partially met).
- General terms only: stakeholders' views "taken into account" (4.2 partially met); parents only
  "encouraged to think about" (1.7 partially met, matching 6.S8 Dipped only); next steps "informally if
  they wish" (2.5 partially met).
- Placeholder: "[Resources list to follow]" (5.6 partially met).
- Future, vague: "Each school will be asked to nominate a mentor", nothing on their role or briefing
  (5.7 partially met).
- Award on attendance and submission, not on reaching the outcomes (6.0 not met).
- Key far above the table: "Dipped only" (6.A7, 6.S5, 6.S8 partially met), "Filled, no regauge" (6.K4
  partially met), "Empty" (6.K7, 6.S2c not met).
- Footnote: the K8 Regauge is a reading log "read by the tutor but not marked" (6.K8 partially met).
- Assessed but not taught: S2d has no Warehouse in the Filled column but a Regauge (6.S2d partially met).
- Text box: "every cask in bond regauged ... without loss" is a blanket claim, not evidence (1.9 partially
  met).
- The distillery's own HMRC warehouse audit is not 5.1/5.8 evidence (they are met elsewhere).
- Note 12.1: the Academy "intends to regauge" the Dipped only casks in 2009-10: an intention, so 6.A7,
  6.S5, 6.S8 stay partially met; note 12.2 defers the Empty casks (6.K7, 6.S2c stay not met).
- A Warehouse Day calendar with vertically merged cells shows two start points and twilight options
  (3.2 met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mg_helpers import (base_doc, para, table, shade, cell_text, deleted_paragraph, inserted_paragraph,
                         text_box, header_footer, comment, Footnotes)

HERE = Path(__file__).parent
NAME = "mg-02-harlaw-bridge-regauge-report"

doc = base_doc("Calibri", 11)
fn = Footnotes(doc)
header_footer(doc, "Harlaw Bridge Distillery Academy - Annual Regauge Report HB/RG/08",
              "Bonded Warehouses 1-4. Commercial in confidence. Printed on the Academy's own press.")

doc.add_heading("Annual Regauge Report and Cask Stock Reconciliation", 0)
para(doc, "Bonded Warehouses 1 to 4 - the National Award for SEN Coordination, 2008-09", bold_lead="")
table(doc, [
    ["Document control", ""],
    ["Report reference", "HB/RG/08"],
    ["Prepared by", "Callum Ridley, Warehouse Manager (Programme Leader)"],
    ["Checked by", "Dr Helen Forster, Bond Manager (Director of the Academy)"],
    ["Validating university", "Coquetdale University, Faculty of Education"],
    ["Award", "Postgraduate Certificate in Leading SEN Coordination, at masters level; "
              "[credits to be confirmed by the University]"],
    ["Local authority partner", "Northmoor Council Children's Services"],
    ["Status", "Final for submission to the TDA, June 2008"],
], head_fill="C6D9F1")
t0 = doc.tables[0]
m = t0.cell(0, 0).merge(t0.cell(0, 1))
cell_text(m, "Document control", bold=True, size=9)
shade(m, "C6D9F1")

doc.add_heading("1 Purpose and scope of this regauge", 1)
para(doc, "Every summer the Academy's warehousemen dip and regauge each cask in our four bonded "
          "warehouses, record what is in it and reconcile the stock against the filling records. We have "
          "written this application in the same form, because it is the form our trainees and tutors "
          "know and because it makes us account for every cask: every outcome the programme must reach is "
          "a cask, every module a warehouse, every study day a Warehouse Day and every marked assessment a "
          "Regauge. A formative check is a Dip.")
para(doc, "Harlaw Bridge Distillery was built in 1887 and reopened in 2001. Its Academy, founded in 2004, "
          "trains stillmen, warehousemen and coopers for distilleries across Northumberland and the "
          "Borders, and since 2006 has run professional courses for Northmoor schools from its Education "
          "Centre in the old cooperage, under a partnership with Northmoor Council. The programme "
          "described here is validated by Coquetdale University as its Postgraduate Certificate in Leading "
          "SEN Coordination and will be awarded by the University. The University's Faculty of Education "
          "approved it at a validation event on 22 April 2008.")
text_box(doc, [(True, "Excise note"),
               (False, "This report is not a return for duty purposes. For the record: every cask in bond "
                       "has been regauged and reconciled without loss, and every candidate will leave with "
                       "the full national set of outcomes.")], height_pt=75)

doc.add_heading("2 The stock in bond: what the programme is for", 1)
para(doc, "The aim of the programme is that pupils with SEN in our candidates' schools make faster "
          "progress in reading, writing and mathematics, measured by their National Curriculum levels and "
          "P-scales. Each candidate chooses a group of six to ten pupils at the start of the year, and the "
          "Regauges ask for evidence of those pupils' progress.")
para(doc, "The programme keeps close to practice in schools. Each Warehouse Day is followed by a Cask Task, "
          "a piece of work the candidate carries out in his or her own school and brings back to the next "
          "Warehouse Day, and every Regauge is built on Cask Tasks. Candidates must change something in "
          "their school's practice for pupils with SEN, and show what difference it made, in order to pass "
          "R4; the Warehouse Manager visits each candidate's school once in the year to see that change.")
para(doc, "The reading for each Warehouse reflects recent research and inspection evidence and current "
          "developments: Ofsted's Inclusion: does it matter where pupils are taught? (2006) and its "
          "reports on SEN provision, the Education and Skills Committee report on SEN (2006), the Bercow "
          "Review interim report (2008), the DCSF's Inclusion Development Programme materials on dyslexia "
          "and speech, language and communication needs (2008), and the research digests of nasen. The "
          "Warehouse 1 reading covers the law and policy: the Education Act 1996, the SEN Code of Practice "
          "(2001), the Disability Discrimination Acts, Removing Barriers to Achievement (2004), Every Child "
          "Matters and the Children Act 2004, and the regulations on the SENCO role.")

doc.add_heading("3 Warehouses inspected", 1)
para(doc, "The programme has four Warehouses, each of two Warehouse Days with Cask Tasks between them. "
          "They are taken in order, over one school year.")

doc.add_heading("Warehouse 1: Dunnage (the ground floor)", 2)
para(doc, "The SENCO's role in law and in the school. Candidates study SEN law and guidance, the SEN Code of "
          "Practice and how to put it into practice; the principles and five outcomes of Every Child "
          "Matters and the SENCO's part in them; disability equality law and the duties and action it "
          "requires of schools. They read and critique research on what works for pupils with SEN and use "
          "it, and advice from outside the school, to improve their own practice and that of colleagues. "
          "Writing and presenting clearly, and listening to others, are practised in a structured debate. "
          "Cask Task 1: review the school's SEN policy and disability equality scheme. Regauge R1: an "
          "essay of 3,000 words on the law, policy and research behind the candidate's school's "
          "practice, with a ten-minute presentation to the group.")
p_w1 = para(doc, "R1 also asks each candidate to keep a reading log of best practice and research findings on "
                 "meeting SEN.")
fn.ref(p_w1, "The reading log for cask K8 is read by the tutor but not marked; it does not count towards "
             "the R1 mark.")

doc.add_heading("Warehouse 2: Racked (the racked warehouse)", 2)
para(doc, "Identifying and assessing needs. How children develop and how SEN, disability and the "
          "environment affect their development (one session, led by the Northmoor educational "
          "psychologist); the most common types of SEN and disability - BESD, SpLD including dyslexia, "
          "SLCN, ASD and MLD - and how each affects learning; identifying pupils who may have SEN, setting "
          "challenging targets, planning interventions and reviewing progress; using the assessments of "
          "psychologists, therapists and advisory teachers to develop teaching approaches; using "
          "summative data, including national tests, to track progress and adjust programmes; and a "
          "critical look at approaches, strategies and resources for assessment, planning, teaching and "
          "learning, including ICT. Cask Task 2: assess and plan for one pupil. Regauge R2: a case study "
          "of that pupil, including an analysis of the school's arrangements for the Key Stage tests and "
          "GCSE for pupils with SEN.")

doc.add_heading("Warehouse 3: Palletised (the pallet store)", 2)
para(doc, "Working with others. Fair, respectful and constructive relationships with pupils with SEN and "
          "their families; the scope and role of external agencies and how to get specialist support and "
          "resources; working in partnership with health, social care and voluntary organisations; "
          "advising, supporting and working with colleagues in the school and in partner schools and "
          "services. Candidates learn to consult pupils: each interviews three pupils with SEN about their "
          "provision using the Academy's Pupil Voice toolkit, and involves them in planning and reviewing "
          "their targets. Candidates are encouraged to think about how they work with parents and carers, "
          "and bring a note of a parents' meeting to the second Warehouse Day for a tutor Dip. Regauge R3: "
          "a partnership portfolio (the pupil interviews, a multi-agency plan and a reflective account).")

doc.add_heading("Warehouse 4: Vatting hall", 2)
para(doc, "Leading provision. Working with the head teacher, senior colleagues and governors to develop "
          "an inclusive ethos, policies, priorities and resources; gaining the commitment of colleagues; "
          "prioritising, managing time and delegating; anticipating and resolving problems and making "
          "sound decisions on provision; provision mapping and management, and finding provision that is "
          "missing or not working; deploying and managing teaching assistants and other staff; reviewing "
          "the effectiveness of provision with colleagues. Candidates practise supporting colleagues' "
          "professional development - observing and giving feedback, modelling and coaching - in paired "
          "exercises, which the tutor Dips. Candidates also plan their own continuing professional "
          "development in SEN, which the tutor Dips. Regauge R4: a leadership project report (5,000 words) "
          "on a change in provision the candidate led, with its effect on the tracked pupils.")

doc.add_heading("Warehouse Day calendar, 2008-09", 2)
cal = [["Warehouse", "Warehouse Day", "September start", "February start", "Regauge due"],
       ["1 Dunnage", "Day 1", "20 September 2008", "7 February 2009", "R1: 6 December 2008"],
       [None, "Day 2", "18 October 2008", "7 March 2009", None],
       ["2 Racked", "Day 3", "15 November 2008", "18 April 2009", "R2: 28 February 2009"],
       [None, "Day 4", "17 January 2009", "16 May 2009", None],
       ["3 Palletised", "Day 5", "14 March 2009", "13 June 2009", "R3: 16 May 2009"],
       [None, "Day 6", "25 April 2009", "19 September 2009", None],
       ["4 Vatting hall", "Day 7", "23 May 2009", "17 October 2009", "R4: 18 July 2009"],
       [None, "Day 8", "27 June 2009", "21 November 2009", None]]
tc = table(doc, cal, size=9, head_fill="C6D9F1")
for r0 in (1, 3, 5, 7):
    for col in (0, 4):
        keep = cal[r0][col]
        mc = tc.cell(r0, col).merge(tc.cell(r0 + 1, col))
        cell_text(mc, keep, size=9)
para(doc, "Twilight candidates take each Warehouse Day as two sessions of three hours, 4.30 to 7.30 pm, in "
          "the same fortnight. The February intake's Regauge dates are six months later than those shown. "
          "A candidate who falls ill or is absent may take a missed Warehouse Day with the other intake, "
          "and the Warehouse Plan is amended to show it.")
para(doc, "A Warehouse Day at the Academy runs from 9.30 to 4.00 in the Education Centre. The morning is "
          "usually given to input from a tutor or a specialist and to discussion of the Cask Online "
          "readings; the afternoon to workshops in which candidates bring their Cask Task evidence, "
          "compare what they found in their schools and plan the next Task. Lunch is taken in the "
          "cooperage canteen with the Academy's apprentices, and candidates who have never seen a cask "
          "raised are welcome to watch the coopers at work.")

doc.add_heading("4 Method of gauging", 1)
para(doc, "There are four Regauges, each marked by the candidate's tutor against the University's "
          "masters-level criteria. The Status column of the Cask Stock Reconciliation (section 11) uses "
          "the codes our warehousemen use in the regauge book:")
for lead, txt in [
    ("Regauged", ": filled (taught) in the Warehouse shown and measured in the marked Regauge shown."),
    ("Dipped only", ": filled in the Warehouse shown and checked by a tutor Dip with feedback; it is not "
                    "marked in any Regauge."),
    ("Filled, no regauge", ": taught in the Warehouse shown; not assessed."),
    ("Empty", ": not filled in this programme."),
]:
    para(doc, txt, bold_lead=lead, style="List Bullet")
para(doc, "Marking is moderated. A second tutor marks a sample of 25 per cent of every Regauge, including "
          "every fail and every mark over 70; the tutors meet to agree marks before results go forward; and "
          "Coquetdale University appoints an external examiner who sees a sample of every Regauge and "
          "reports to the University's Board of Examiners. Tutors and the Warehouse Manager attend the "
          "University's annual assessment standardisation day.")
para(doc, "The distillery's bonded warehouses are themselves audited by HM Revenue and Customs each year; "
          "that audit is for excise and has no bearing on this programme.")

doc.add_heading("5 Receipts into bond: admission", 1)
para(doc, "Candidates must be qualified teachers with at least two years' teaching experience, working as "
          "SENCO or named by their head teacher as the school's next SENCO. The application form asks for "
          "the candidate's experience and previous training in SEN, and the head teacher's supporting "
          "statement. The Warehouse Manager interviews each applicant and sets a short written task on a "
          "pupil with SEN, so that only candidates with the knowledge, understanding and skills to benefit "
          "and to reach the outcomes are accepted.")
para(doc, "Each accepted candidate completes a Gauge Card before the first Warehouse Day: a self-assessment "
          "against every cask on the reconciliation, checked with the head teacher. At a one-to-one "
          "tutorial the tutor and candidate use the Gauge Card to agree an individual Warehouse Plan, "
          "which sets out the candidate's personal outcomes, the Cask Tasks best suited to his or her "
          "school, and extra reading or visits where the Gauge Card shows gaps. The Warehouse Plan is "
          "reviewed at the mid-point tutorial.")
p_apl = para(doc, "Our sister academy at Glen Ardoch Distillery runs an APL scheme for its own courses. "
                  "Harlaw Bridge does not at present accredit prior learning or experience.")
comment(doc, p_apl.runs, "Can we borrow Glen Ardoch's APL scheme for this? Check with the University.",
        author="H. Forster", initials="HF")
deleted_paragraph(doc, "Experienced SENCOs with at least five years in the role may take an assessment-only "
                       "route: they submit the four Regauges without attending the Warehouse Days.",
                  author="C. Ridley", date="2008-06-02T11:05:00Z")
inserted_paragraph(doc, "Before the first Warehouse Day, the Academy's Education Centre administrator sees "
                        "each candidate's enhanced CRB disclosure certificate, checks that it is current and "
                        "was issued for work with children, and records the disclosure number and date. "
                        "Candidates whose certificate cannot be seen do not start Cask Tasks in other "
                        "schools until it has been.",
                   author="H. Forster", date="2008-06-03T08:50:00Z", bold_lead="CRB checks. ")

doc.add_heading("6 Conditions in bond: access and flexibility", 1)
para(doc, "The Academy welcomes applicants from every background. For visitors to the distillery, "
          "reasonable adjustments are made on request: the tour route has a ramp to the still house, a "
          "large-print tour script and a hearing loop in the visitor centre.")
para(doc, "Candidates may start in September or in February. Warehouse Days are held on a Saturday or as "
          "two twilight sessions, at the candidate's choice, and the programme is blended: each Warehouse "
          "has a unit on Cask Online, the Academy's virtual learning environment, with readings, short "
          "video lectures and online activities that take the place of about a third of the taught "
          "hours. Candidates may take the programme over one year or, with the University's agreement, "
          "over two.")
para(doc, "Between Warehouse Days candidates work on Cask Online. Each tutor runs a weekly e-tutorial on "
          "the discussion board for his or her group, answers questions posted or emailed within 48 hours "
          "during term, and comments on drafts of Cask Tasks online. Candidates post Cask Task notes in "
          "their group's forum, where each is asked to respond to two others, and the groups meet in an "
          "online chat in the week before each Regauge. Cask Online training is part of the first "
          "Warehouse Day, and the Education Centre's ICT technician supports candidates by telephone.")

doc.add_heading("7 Warehouse staff and resources", 1)
para(doc, "Callum Ridley, Warehouse Manager for the programme, was SENCO and then assistant head in two "
          "Northmoor schools and holds an MA in Special and Inclusive Education; he is an accredited "
          "assessor for the Northmoor Inclusion Quality Mark. Mrs Deborah Hume, tutor, is an advisory "
          "teacher for SpLD with Northmoor Council and holds the AMBDA. Dr Peter Lisle, senior lecturer at "
          "Coquetdale University, tutors Warehouse 1 and is the link tutor. All tutors attend at least "
          "three days of SEN professional development a year, and their CPD is reviewed at annual "
          "appraisal.")
p_spec = para(doc, "Specialist sessions are led by Northmoor's educational psychologists, a speech and "
                   "language therapist, the autism outreach team and the Parent Partnership Service. Each "
                   "candidate spends two days on placement at Tynebank Special School or the Northmoor "
                   "Pupil Referral Unit, observing and working alongside staff, arranged by the Warehouse "
                   "Manager each year.")
para(doc, "Candidates use the Academy library and Cask Online. [Resources list to follow]")
para(doc, "Each school will be asked to nominate a mentor.")

doc.add_heading("8 Stakeholders", 1)
p_st = para(doc, "In October 2007 the Academy consulted the Northmoor SENCO Forum (41 schools), the "
                 "Northmoor Head Teachers' Association and the Parent Partnership Service by questionnaire "
                 "and two focus groups. Schools reported that their SENCOs needed most help with leading "
                 "colleagues, provision mapping and working with outside agencies, and parents reported "
                 "that review meetings often left them out. Their views have been taken into account in "
                 "designing the programme.")
comment(doc, p_st.runs, "Panel will want an example of something we changed because of the forum.",
        author="P. Lisle", initials="PL")
para(doc, "The Programme Board meets each term. Its members include two Northmoor head teachers, a "
          "parent nominated by the Parent Partnership Service, a SENCO from the previous cohort and "
          "Northmoor's Principal Educational Psychologist. The Board reviews the evaluation evidence in "
          "section 9 each term, agrees changes, and each summer takes part in the end-of-year evaluation "
          "event with candidates and their head teachers.")

doc.add_heading("9 Evaluation and impact", 1)
para(doc, "The programme is evaluated in several ways. Candidates complete an online evaluation after each "
          "Warehouse Day and at the end of the year; tutors review each Warehouse in a team meeting; the "
          "external examiner reports each year; the University's annual monitoring and five-yearly "
          "review apply; and the Programme Board considers all of this each term and agrees actions, "
          "which are reported back to candidates on Cask Online.")
para(doc, "Impact is measured three ways. Candidates rate their competence and confidence against every "
          "cask on the Gauge Card at the start and again at the end of the year, and the change is "
          "analysed for each cohort. Head teachers complete a short questionnaire on changes in the "
          "candidate's practice. The progress of each candidate's tracked pupils (National Curriculum "
          "levels or P-scales, attendance and the pupils' own views) is compared with their progress in "
          "the year before, and the cohort's results go to the Programme Board and to Northmoor Council.")

doc.add_heading("10 Outturn: completion and award", 1)
para(doc, "The Certificate is awarded on completion of the four Warehouses with at least 90 per cent "
          "attendance and submission of all four Regauges. Candidates who wish to may discuss their next "
          "steps informally with their tutor at the end of the year.")
para(doc, "The programme costs 1,600 pounds per candidate; Northmoor Council meets half the fee for its "
          "schools. Individual Warehouse Plans, school-based Cask Tasks and a choice of Saturday or "
          "twilight days make it fit each candidate's school, and the 60 credits of the University's "
          "MA in Inclusive Practice are open to candidates who complete.")

doc.add_heading("11 Cask stock reconciliation", 1)
para(doc, "Status codes are as given in section 4.")
rows = [["Cask", "Contents (outcome, our words)", "Filled", "Regauge", "Status"]]
groups = [
    ("A - Attributes", [
        ("A1", "Fair, respectful and constructive relationships with pupils with SEN and their families",
         "W3", "R3", "Regauged"),
        ("A2", "Gains the commitment of colleagues, head teacher and senior team", "W4", "R4", "Regauged"),
        ("A3", "Prioritises, manages time, delegates", "W4", "R4", "Regauged"),
        ("A4", "Anticipates and resolves problems; sound decisions on provision", "W4", "R4", "Regauged"),
        ("A5", "Expresses self clearly in speech and writing; listens to others", "W1", "R1", "Regauged"),
        ("A6", "Draws on research and outside advice to improve practice", "W1", "R1", "Regauged"),
        ("A7", "Keeps up to date; owns CPD in SEN and disability", "W4", "-", "Dipped only"),
    ]),
    ("K - Knowledge and understanding", [
        ("K1", "SEN law, guidance and the Code of Practice in practice", "W1", "R1", "Regauged"),
        ("K2", "Every Child Matters principles and outcomes; the SENCO's part", "W1", "R1", "Regauged"),
        ("K3", "Disability equality law and the action it requires", "W1", "R1", "Regauged"),
        ("K4", "Child development and how SEN, disability and environment affect it", "W2", "-",
         "Filled, no regauge"),
        ("K5", "Common types of SEN and disability and their effect on learning", "W2", "R2", "Regauged"),
        ("K6", "Approaches, strategies and resources for assessment, planning, teaching, ICT", "W2", "R2",
         "Regauged"),
        ("K7", "School self-evaluation and improvement for SEN outcomes", "-", "-", "Empty"),
        ("K8", "Best practice and research outcomes in meeting SEN", "W1", "R1", "FOOTNOTE"),
        ("K9", "External agencies and getting specialist support", "W3", "R3", "Regauged"),
    ]),
    ("S - Skills", [
        ("S1", "With senior staff and governors, shapes inclusive ethos, policy, priorities, resources",
         "W4", "R4", "Regauged"),
        ("S2", "Identifies pupils with SEN, sets targets, plans interventions, reviews progress", "W2",
         "R2", "Regauged"),
        ("S2a", "Uses other professionals' assessments to shape teaching", "W2", "R2", "Regauged"),
        ("S2b", "Uses summative assessment and national tests to track and adjust", "W2", "R2",
         "Regauged"),
        ("S2c", "Encourages colleagues' formative assessment for pupils with SEN", "-", "-", "Empty"),
        ("S2d", "Special arrangements for national tests and examinations, in good time", "-", "R2",
         "Regauged"),
        ("S3", "Provision mapping and management; finds missing or ineffective provision", "W4", "R4",
         "Regauged"),
        ("S4", "Deploys and manages staff", "W4", "R4", "Regauged"),
        ("S5", "Supports colleagues' development: observation, feedback, modelling, coaching", "W4", "-",
         "Dipped only"),
        ("S6", "Reviews effectiveness of provision with colleagues", "W4", "R4", "Regauged"),
        ("S7", "Involves pupils in planning, agreeing and reviewing their provision", "W3", "R3",
         "Regauged"),
        ("S8", "Liaises with parents and carers", "W3", "-", "Dipped only"),
        ("S9", "Partnership with other services, agencies and voluntary organisations", "W3", "R3",
         "Regauged"),
    ]),
]
group_rows = []
for gname, items in groups:
    group_rows.append(len(rows))
    rows.append([gname, None, None, None, None])
    rows.extend([list(i) for i in items])
t = table(doc, rows, size=9, head_fill="C6D9F1")
for gi in group_rows:
    c = t.cell(gi, 0).merge(t.cell(gi, 4))
    cell_text(c, rows[gi][0], bold=True, size=9)
    shade(c, "F2F2F2")
for i, r in enumerate(rows):
    if r[0] == "K8":
        c = t.cell(i, 4)
        p = cell_text(c, "Regauged", size=9)
        fn.ref(p, "See the note to Warehouse 1: the reading log is read, not marked.")

doc.add_heading("12 Notes to the reconciliation", 1)
for n, txt in [
    ("12.1 ", "Casks marked Dipped only are not lost stock. The Academy intends to regauge them in the "
              "2009-10 programme once the University has approved a revised R3 and R4."),
    ("12.2 ", "Casks marked Empty were not filled in 2008-09. The Programme Board will consider them in "
              "its autumn review."),
    ("12.3 ", "The Regauge column gives the one marked piece in which each cask is measured. Where a cask "
              "is measured in more than one Regauge, the first is given."),
    ("12.4 ", "Angels' share: in a normal warehouse about two per cent of the spirit in each cask is lost "
              "to evaporation each year. We do not expect the programme to lose any candidate in the same "
              "way, and in the pilot cohort of 2007-08, eleven of the twelve candidates completed."),
]:
    para(doc, txt, bold_lead=n)

para(doc, "")
para(doc, "Reconciled and signed, 6 June 2008: C. Ridley, Warehouse Manager; H. Forster, Bond Manager.")

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
