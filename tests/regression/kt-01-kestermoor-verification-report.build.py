"""kt-01-kestermoor-verification-report

Provider (invented): Kestermoor County Council, Regulatory and Trading Standards Services. Under the council's
2007 restructuring its SEN Advisory and Training Team sits inside the trading standards service, and every output
of the service is written on the forms of its ISO 9001 quality system. So the application for the 2008-09 National
Award for SEN Coordination (validated by the University of Wellsmere) is written as a weights and measures
"Report of Examination, Test and Verification" (form QF-12), as if the course were a weighing instrument.

Document kind and layout: a metrology verification report. Typed bold titles ("PART A - PARTICULARS OF THE
INSTRUMENT") with no heading styles. A particulars table with merged and shaded cells. A "Terms used in this
report" table: Instruments (the three modules W1-W3), Test Loads (the ten study days TL1-TL10), Site Tests
(school-based tasks), Inspectors (tutors), Site Witness (the in-school mentor), the Verifier (the University's
external examiner), Stamps A-C (the marked assessments), the Initial Inspection (pre-course self-assessment).
The online area (the "Metrology Extranet") is described only in a VML text box. A "Schedule of Test Points"
(TP1-TP28, with none for keeping up to date) maps outcomes to a "Loaded on" and a "Stamped at" column whose values "Indicated only" and "Not
presented" are defined in the sentences above the table. Tracked changes (a whole deleted paragraph, a whole
inserted paragraph, a deleted phrase), two Word comments, a header and a footer.

Traps (requirement ids):
- Aims say the Award's concern is attainment and that pupils' well-being "is not an aim of the Award" (1.1 partial).
- Pupil voice: candidates are "encouraged to consider" pupils' views; TP17 (pupils' involvement) is "Indicated
  only" (1.5 partial, 6.S7 partial).
- TP6 school self-evaluation and TP25 time management are "Indicated only" (6.K7, 6.A3 partial); TP7 child
  development and TP15 access arrangements are "Not presented" (6.K4, 6.S2d not met); there is no Test Point for
  keeping up to date, only a hope in Part I and a comment (6.A7 not met). Hence 1.9 partial.
- The Initial Inspection is "a baseline only" and does not vary the route (2.2 partial).
- An assessment-only route existed at the 2007-08 pilot verification and "ended with the pilot"; a paragraph
  offering it now is a deleted tracked change (2.3 not met).
- The Extranet text box: tutor replies within five working days, but "There is no discussion area for candidates"
  (3.3 partial).
- Stakeholders in evaluation only hoped for, beside the Site Witness signing Site Test records (4.3 partial).
- CRB: the body says vetting is the employing school's responsibility and the Service "does not hold or check
  disclosure details"; the footer's CRB sentence and a comment do not count (5.3 not met).
- Placements: "and a two-day placement in a special school" is a deleted tracked change (5.5 partial: specialists
  contribute, no placements).
- Site Witness briefing only "planned for spring 2009" (5.7 partial).
- Second marking is an inserted tracked change (counts: 5.8 met).
- Impact on pupils only hoped for; confidence scale is concrete (5.9 partial).
- The Award rule is an aggregate of 50 per cent with compensation between Stamps (6.0 partial).
- Numbering collision: the report's own paragraph numbers (C.1 ... I.4) are not requirement ids.
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt

from _kt_helpers import (bold_para, del_run, header_footer, ins_run, mark_paragraph, set_cell, shade, table,
                         text_box)

HERE = Path(__file__).resolve().parent
OUT = HERE / "kt-01-kestermoor-verification-report.docx"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
header_footer(doc, "KESTERMOOR COUNTY COUNCIL - REGULATORY AND TRADING STANDARDS SERVICES - Metrology and "
                   "Training Section",
              "Form QF-12 (rev. 4) | Report ref. WM/VR/2008/0417 | All candidates' enhanced CRB disclosures are "
              "verified by the Service | Page")


def P(text, bold=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    return p


def title(text):
    return bold_para(doc, text, size=11)


bold_para(doc, "REPORT OF EXAMINATION, TEST AND VERIFICATION", size=14)
P("Instrument submitted for approval: Kestermoor National Award for SEN Coordination, 2008-09. Submitted to the "
  "Training and Development Agency for Schools under the specification for nationally accredited SENCO training.")

title("WHY THIS REPORT IS WRITTEN ON FORM QF-12")
P("Kestermoor County Council placed its SEN Advisory and Training Team within Regulatory and Trading Standards "
  "Services when the directorates were restructured in 2007. Every course, inspection and advice product the "
  "Service issues is written up on the forms of its quality system, which is certified to ISO 9001:2000. This "
  "application therefore follows form QF-12, the form our metrology officers use when they examine, test and "
  "verify a weighing instrument before it is stamped for use in trade. The form's vocabulary has been kept; Part B "
  "explains what each term means for the Award. We have found that our course team and our schools both understand "
  "the course more sharply for having had to say what is loaded, where, and what is stamped.")

title("PART A - PARTICULARS OF THE INSTRUMENT")
rows = [
    ["Particular", "Entry", ""],
    ["Owner / user", "Kestermoor County Council, Regulatory and Trading Standards Services (SEN Advisory and "
                     "Training Team), County Buildings, Market Row, Kestermoor", None],
    ["Validating body", "University of Wellsmere, School of Education. The Award is a University award; the "
                        "University's Academic Board validated it on 2 July 2008 and the University confers the "
                        "credit.", None],
    ["Class and capacity", "Class: Master's level (M level)", "Capacity: 60 credits (CATS)"],
    ["Mode of operation", "Part-time, blended: ten Test Loads (study days) with Site Tests in the candidate's own "
                          "school and the Metrology Extranet", None],
    ["Intake points", "September 2008 and January 2009", "Capacity per intake: 24 candidates"],
    ["Fee", "GBP 1,450 per candidate, including University registration", "Cost per credit: GBP 24.17"],
    ["Examined by", "M. Thorne (Senior Inspector), R. Adeyemi (Inspector)", "Date: 17 October 2008"],
]
t = table(doc, rows)
for i in (1, 2, 4):
    a = t.cell(i, 1).merge(t.cell(i, 2))
    set_cell(a, rows[i][1], size=9)
t.cell(0, 1).merge(t.cell(0, 2))
set_cell(t.cell(0, 1), "Entry", bold=True, size=9)
for i in range(1, len(rows)):
    shade(t.cell(i, 0), "F2F2F2")
doc.add_paragraph()

title("PART B - TERMS USED IN THIS REPORT")
P("The terms below are used throughout this report with the meanings given. They are the course's own names and "
  "are used by candidates, Inspectors and schools.")
table(doc, [
    ["Term", "Meaning for the Award"],
    ["Instrument", "One of the three modules of the Award: W1 The Law and the Ledger; W2 Weighing the Evidence; "
                   "W3 Leading the Count. Each carries 20 credits."],
    ["Test Load", "A study day at the Kestermoor Education Centre. There are ten: TL1 to TL10."],
    ["Site Test", "A task the candidate carries out in his or her own school between Test Loads, tied to named "
                  "Test Points, and written up in the Site Test record."],
    ["Candidate", "A teacher taking the Award."],
    ["Inspector", "A tutor on the Award. Inspectors teach the Test Loads, support candidates and mark the Stamps."],
    ["Site Witness", "A senior colleague in the candidate's school (usually the headteacher or a deputy) who acts "
                     "as the candidate's mentor, observes Site Tests and signs the Site Test record."],
    ["Verifier", "The external examiner appointed by the University of Wellsmere."],
    ["Stamp", "A marked assessment. There are three: Stamp A, Stamp B and Stamp C (Part F)."],
    ["Initial Inspection", "The self-assessment and interview every candidate completes before TL1 (Part D)."],
    ["Test Point", "A thing a candidate must show by the end of the Award; the Test Points are listed in Part E."],
])
doc.add_paragraph()

title("PART C - DESCRIPTION OF THE INSTRUMENT")
P("C.1 Purpose. The Award exists to raise the attainment and progress of children and young people with special "
  "educational needs and/or disabilities in Kestermoor schools, by making their SENCOs expert, strategic and "
  "confident. Every Instrument, Site Test and Stamp is judged by that purpose. The Award's concern is attainment: "
  "pupils' wider well-being is the business of the county's Children's Services partnership and is not an aim of "
  "the Award.")
P("C.2 Research and inspection evidence. Test Loads are built on current evidence. TL5 works from Ofsted's "
  "Inclusion: does it matter where pupils are taught? (2006) and from the Bercow Review of provision for children "
  "and young people with speech, language and communication needs (2008); TL4 uses the Rose review's interim "
  "findings on early reading and the Dyslexia-SpLD Trust's guidance; TL6 uses the Inclusion Development "
  "Programme materials on dyslexia and speech, language and communication needs published by the National "
  "Strategies in 2008. Each Test Load handout carries a dated reading list which the Inspectors revise every "
  "term.")
P("C.3 Law and policy. W1 takes candidates through the Education Act 1996 (Part IV), the SEN Code of Practice "
  "(2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the "
  "disability equality duty, Every Child Matters and the Children Act 2004, Removing Barriers to Achievement (2004) "
  "and the Government's response to the Education and Skills Committee's report on SEN (2006). Candidates test "
  "their school's SEN policy and accessibility plan against each of these in Stamp A.")
P("C.4 The Instruments and their Test Loads.")
t = table(doc, [
    ["Instrument", "Test Load", "Content", "Site Test that follows"],
    ["W1 The Law and the Ledger", "TL1", "The statutory framework: the Code of Practice, the DDA and the "
                                         "disability equality duty", "Audit of the school's SEN policy"],
    [None, "TL2", "Every Child Matters; relationships with pupils and families; self-evaluation in schools",
     "Interview with two families about their experience of the school"],
    [None, "TL3", "Working beyond the school: external agencies and the voluntary sector; liaison with parents "
                  "and carers (with the Parent Partnership Service)", "A map of the agencies the school uses, and a "
                                                                       "meeting with one of them"],
    ["W2 Weighing the Evidence", "TL4", "Identifying need: the common types of SEN and disability", "Identification "
                                                                                                   "review for one class"],
    [None, "TL5", "Approaches, strategies and resources for teaching, including ICT and assistive technology; what "
                  "research says works", "Trial of one approach with a group"],
    [None, "TL6", "Using professionals' assessments and summative data to track and adjust; pupils' views",
     "Case record of one pupil"],
    [None, "TL7", "Provision mapping; formative assessment for pupils with SEN", "Provision map for the school"],
    ["W3 Leading the Count", "TL8", "Strategic leadership with the head and governors; deploying teaching "
                                    "assistants", "Deployment review"],
    [None, "TL9", "Developing colleagues: observation, coaching, training; reviewing provision together",
     "Coaching cycle with one colleague"],
    [None, "TL10", "Managing the role: problem-solving and judgement; presenting the Change Project",
     "Change Project (Stamp C)"],
])
for top, bottom in ((1, 3), (4, 7), (8, 10)):
    m = t.cell(top, 0).merge(t.cell(bottom, 0))
    set_cell(m, t.cell(top, 0).text.strip().split("\n")[0], size=9)
doc.add_paragraph()
P("C.5 Site Tests. Between Test Loads each candidate carries out the Site Test shown above in his or her own school. "
  "Every Site Test is tied to named Test Points and asks the candidate to change something in the school's practice "
  "and record what happened. The Site Witness observes at least three Site Tests and signs the record. Because the "
  "Site Tests are the way the course reaches pupils, candidates meet the Test Points by improving practice, not by "
  "writing about it.")
P("C.6 Working with colleagues and with parents. TL3 and TL9 are built around the candidate's work with others: "
  "advising class teachers and teaching assistants, supporting colleagues in other schools through the county's "
  "SENCO cluster meetings, and collaborating with health and social care colleagues. TL2 and TL3 develop the "
  "candidate's skills in advising and supporting parents and carers and in working with them as partners; the "
  "Parent Partnership Service co-teaches TL3 and candidates practise difficult conversations with parents in "
  "role-play, with a parent from the Service giving feedback.")
P("C.7 Pupils' views. Candidates are encouraged to consider pupils' views when they plan provision, and TL6 "
  "includes a short presentation on pupil participation.")
P("C.8 Flexibility. Candidates join in September or January. W1 comes first; W2 and W3 may be taken in either "
  "order, and a candidate who joins in January takes W3 before W2. A candidate who misses a Test Load takes it with "
  "the other intake. Candidates may spread the Award over two years.")
p = doc.add_paragraph()
text_box(p, [
    ("INSPECTOR'S NOTE: THE METROLOGY EXTRANET", True),
    ("Part of the Award is delivered online. The Metrology Extranet is the Service's secure web area. Each Test "
     "Load has an online unit on the Extranet: readings, short video extracts, a self-check quiz and the Site Test "
     "brief. About a third of the study time for each Instrument is spent on the Extranet.", False),
    ("Candidates send questions to their Inspector through the Extranet message tool, and the Inspector replies "
     "within five working days. Inspectors post feedback on draft Site Test records there.", False),
    ("There is no discussion area for candidates, and candidates do not work with one another online.", False),
], height="170pt")
P("C.9 Equality and access. The Service meets its duties under the Disability Discrimination Act and its own "
  "Disability Equality Scheme for every candidate. At the Initial Inspection each candidate is asked about any "
  "disability or need, and the Inspector agrees reasonable adjustments in writing: large-print and electronic "
  "handouts, a hearing loop at the Education Centre (which is step-free), extra time for Stamp C's presentation, "
  "and extended deadlines. Test Loads avoid the main religious festivals, and candidates on part-time contracts may "
  "take the Award over two years at no extra fee.")

title("PART D - EXAMINATION BEFORE VERIFICATION")
P("D.1 Who may be examined. A candidate must hold qualified teacher status, be the designated SENCO of a "
  "Kestermoor school or be named to take up the role within a year, and have the written support of the "
  "headteacher, who agrees to act as or name the Site Witness. Applications are read by two Inspectors; a candidate "
  "who lacks the experience to benefit (for example a newly qualified teacher) is advised to take the county's "
  "SEN Foundation course first and to apply the following year.")
P("D.2 The Initial Inspection. Before TL1 every candidate completes a self-assessment against each of the Test "
  "Points in Part E, grading himself or herself from 1 (new to me) to 4 (secure and leading others), and discusses "
  "it with an Inspector at a 45-minute interview. The Initial Inspection is a baseline only: it is not used to "
  "vary the candidate's route, and every candidate follows the same ten Test Loads and Site Tests. The grades are "
  "kept to be compared with the Final Inspection.")
P("D.3 Prior certified and experiential learning. Candidates who hold M-level credit from another SEN course, or "
  "who can show equivalent learning from experience, may apply to the University of Wellsmere's accreditation of "
  "prior learning (APL/APEL) procedure. Up to 20 credits, one Instrument, may be accredited; the candidate then "
  "does not take that Instrument's Stamp. The Senior Inspector advises on the claim and the University's APL panel "
  "decides it.")
P("D.4 Previous verification. At the previous verification (the pilot, 2007-08) two experienced SENCOs were "
  "verified on an assessment-only basis, presenting the Stamps without attending Test Loads. This arrangement "
  "ended with the pilot.")
p = P("Experienced SENCOs may apply to be verified on an assessment-only basis, presenting Stamps A to C without "
      "attending the Test Loads, where the Senior Inspector agrees that their experience warrants it.")
mark_paragraph(p, "del", author="M. Thorne", date="2008-10-16T15:40:00Z")
p = P("D.5 Vetting of candidates. Candidates are employed by their schools, and vetting, including criminal records "
      "disclosure, is the responsibility of the employing school and the Local Authority's HR service; the Service "
      "does not hold or check disclosure details.")
doc.add_comment(p.runs, text="We do see the CRB on everyone at interview - can we say so here?", author="R. Adeyemi",
                initials="RA")

title("PART E - TEST RESULTS: SCHEDULE OF TEST POINTS")
P("The Schedule lists each Test Point, the Test Load on which it is loaded (taught), and the Stamp at which it is "
  "stamped (marked). Where the Stamped at column reads Indicated only, the Test Point is taught on the Test Load "
  "named but is not marked in any Stamp. Not presented means the Test Point is not part of the 2008-09 Award and "
  "is neither taught nor marked. The Test Points are numbered in the order of the Instruments, not in the order of "
  "the national list.")
TP = [
    ("TP1", "Knows the SEN Code of Practice (2001) and Part IV of the Education Act 1996, what they mean for the "
            "school, and how to put them into effect", "TL1", "Stamp A"),
    ("TP2", "Knows the Disability Discrimination Act 1995 as amended, the disability equality duty and the "
            "accessibility plan, and the actions they require of the school", "TL1", "Stamp A"),
    ("TP3", "Understands the five Every Child Matters outcomes and the SENCO's part in securing them", "TL2",
     "Stamp A"),
    ("TP4", "Knows the remit of the external agencies that serve Kestermoor schools and how to obtain specialist "
            "support and resources from them", "TL3", "Stamp B"),
    ("TP5", "Works in partnership with health, social care and voluntary organisations, such as the Kestermoor "
            "Autism Group", "TL3", "Stamp B"),
    ("TP6", "Understands the principles of school self-evaluation and improvement as they bear on outcomes for "
            "pupils with SEN", "TL2", "Indicated only"),
    ("TP7", "Knows how children develop and how SEN, disability and the child's environment affect development",
     "Not presented", "Not presented"),
    ("TP8", "Knows the common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD and MLD) and "
            "how each affects learning", "TL4", "Stamp B"),
    ("TP9", "Weighs critically the approaches, strategies and resources for assessment, planning, teaching and "
            "learning, including ICT", "TL5", "Stamp B"),
    ("TP10", "Knows the best practice and research findings in meeting SEN", "TL5", "Stamp A"),
    ("TP11", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions and "
             "reviews progress", "TL4", "Stamp B"),
    ("TP12", "Uses the assessments of educational psychologists, therapists and other professionals to shape "
             "teaching approaches", "TL6", "Stamp B"),
    ("TP13", "Uses summative assessments, including national tests and P scales, to track progress and adjust "
             "programmes", "TL6", "Stamp B"),
    ("TP14", "Encourages colleagues to develop formative assessment, with approaches suited to pupils with SEN",
     "TL7", "Stamp C"),
    ("TP15", "Identifies in good time the special arrangements pupils need for national tests and examinations and "
             "puts them in place", "Not presented", "Not presented"),
    ("TP16", "Uses provision mapping to manage provision and to find provision that is ineffective or missing",
     "TL7", "Stamp B"),
    ("TP17", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
     "TL6", "Indicated only"),
    ("TP18", "Works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the "
             "use of resources", "TL8", "Stamp C"),
    ("TP19", "Deploys and manages teaching assistants and other staff well", "TL8", "Stamp C"),
    ("TP20", "Supports colleagues' professional development by observation and feedback, modelling, coaching and "
             "mentoring, and training", "TL9", "Stamp C"),
    ("TP21", "Reviews with colleagues how well provision works, to inform the school's self-evaluation", "TL9",
     "Stamp C"),
    ("TP22", "Liaises well with parents and carers", "TL3", "Stamp A"),
    ("TP23", "Builds fair, respectful and constructive relationships with pupils with SEN and their families",
     "TL2", "Stamp A"),
    ("TP24", "Gains the commitment of colleagues, including the headteacher and senior leaders", "TL8", "Stamp C"),
    ("TP25", "Prioritises, manages time and delegates appropriately", "TL10", "Indicated only"),
    ("TP26", "Anticipates and resolves problems and makes sound judgements about provision", "TL10", "Stamp C"),
    ("TP27", "Speaks and writes clearly, listens, and understands the views of others", "TL9", "Stamp C"),
    ("TP28", "Draws on research evidence and outside advice to improve his or her own and colleagues' practice",
     "TL5", "Stamp A"),
]
t = table(doc, [["Test Point", "What the candidate must show", "Loaded on", "Stamped at"]] + [list(r) for r in TP])
for i, r in enumerate(TP, start=1):
    if r[3] != "Stamp A" and not r[3].startswith("Stamp"):
        shade(t.cell(i, 3), "EDEDED")
doc.add_paragraph()

title("PART F - VERIFICATION: THE STAMPS AND THE AWARD")
P("F.1 Stamp A: the Statutory Audit (W1). A 4,000-word audit of the school's SEN policy, accessibility plan and "
  "practice against the law and guidance loaded on TL1 to TL3, with a review of the research it draws on and an "
  "account of the candidate's work with two families.")
P("F.2 Stamp B: the Case Record and Provision Map (W2). A case record of one pupil, using the assessments of the "
  "professionals involved and the pupil's summative data, and the school's provision map with the candidate's "
  "analysis of where provision is missing or not working; 5,000 words or equivalent.")
P("F.3 Stamp C: the Change Project (W3). A report of a change the candidate has led in the school over at least a "
  "term, with a 20-minute presentation to two Inspectors and the Site Witness and questions afterwards. The report "
  "must show the evidence, from pupils' progress and from colleagues, of what the change achieved.")
P("F.4 Feedback on Site Tests. Inspectors give written feedback on each Site Test record on the Extranet. This "
  "feedback is formative and is not marked.")
P("F.5 Marking. Each Stamp is marked by an Inspector against published criteria for each Test Point it stamps, "
  "at M level, and graded pass or refer; a referred Stamp may be resubmitted once.")
p = P("Every Stamped piece is second-marked by a second Inspector, and a sample of ten per cent of each Stamp, "
      "with all fails and borderline pieces, is moderated by the University Verifier.")
mark_paragraph(p, "ins", author="M. Thorne", date="2008-10-16T15:52:00Z")
P("F.6 The Verifier. The University of Wellsmere's Verifier sees the sample, attends the Stamp C presentations "
  "once a year, and reports to the University's examination board. Inspectors meet before each Stamp to mark "
  "three pieces together and agree the standard.")
P("F.7 The Award. The Award is made where a candidate's three Stamps together reach an aggregate of 50 per cent, "
  "a weaker Stamp being carried by stronger ones, and the University's examination board confirms the result.")

title("PART G - THE INSPECTORS, SPECIALISTS AND EQUIPMENT")
P("G.1 Inspectors. Margaret Thorne (Senior Inspector) was SENCO of two Kestermoor secondary schools for eleven years, "
  "holds an MA in Special and Inclusive Education (Wellsmere, 2003) and the OCR Diploma in SpLD, and leads the "
  "county's SENCO network. Rotimi Adeyemi is a specialist teacher for speech, language and communication needs and "
  "a former deputy head of a special school, and holds an MEd. Helen Corrie is an advisory teacher for autism with "
  "a PG Certificate in Autism (Birmingham). All three teach on the Award, keep their practice current through "
  "their casework in schools, and have at least fifteen days of CPD a year recorded in the Service's training "
  "register.")
p = P("G.2 Specialists. An educational psychologist from the county service contributes to TL4 and TL6, a speech "
      "and language therapist from Kestermoor PCT to TL4, the county's Sensory Support Service to TL5, and the "
      "Parent Partnership Service to TL3. Each candidate makes a half-day visit to the Kestermoor Assistive "
      "Technology Centre")
del_run(p, " and a two-day placement in a special school", author="M. Thorne", date="2008-10-16T15:44:00Z")
p.add_run(".")
P("G.3 Equipment. The Education Centre holds the SEN resource library (about 1,400 titles and the county's "
  "assessment test collection), and the Assistive Technology Centre lends software, switches and communication "
  "aids for Site Tests. Candidates have University library and e-journal access for the duration of the Award.")
P("G.4 Knowing the role. Inspectors work to the Inspectors' Handbook (form QF-14), which sets out teaching, "
  "support, marking and moderation duties, and new Inspectors are shadowed for a full Instrument. Site Witnesses "
  "receive a letter setting out what the Site Witness does. A briefing for Site Witnesses is planned for spring "
  "2009.")

title("PART H - FITNESS FOR PURPOSE: NEEDS, STAKEHOLDERS AND EVALUATION")
P("H.1 The needs the Award answers. In spring 2008 the Service surveyed all 212 Kestermoor schools about SENCO "
  "training (148 replied) and held focus groups with headteachers, SENCOs, the Parent Partnership Service and the "
  "Kestermoor Parents' Forum. Schools asked for training in provision mapping and in the strategic side of the "
  "role; parents asked for SENCOs who explain decisions to families and involve them early. The county's 2007 SEN "
  "audit showed that a third of SENCOs were not on their school's leadership team. These findings set the content "
  "of W2 and W3 and the Site Tests on leadership.")
P("H.2 Influence on the course. A steering group of two headteachers, two SENCOs, a governor, the Parent "
  "Partnership Service manager and the University link tutor met four times in 2008. At its request W3 was "
  "lengthened from two Test Loads to three, and the family interview was added to TL2's Site Test; the pilot "
  "group's evaluations led to the move of provision mapping from W3 to W2.")
P("H.3 Stakeholders and evaluation. The Site Witness signs each Site Test record. We would hope in future to "
  "involve the Parent Partnership Service and headteachers in the evaluation of the Award.")
P("H.4 Evaluation of quality. Candidates evaluate each Test Load on form QF-20 and each Instrument at its end; "
  "Inspectors review the returns at a monthly meeting and record the action taken in the Service's corrective "
  "action log. The Verifier's annual report, the University's annual monitoring and the Service's ISO 9001 "
  "internal audit provide external evaluation, and their findings go to the steering group, which agrees the "
  "changes for the following intake.")
P("H.5 Impact. Candidates complete a confidence scale at the Initial Inspection and again at the Final "
  "Inspection, and compare their Test Point grades; the difference is reported to the steering group each year. "
  "We hope in time to be able to show an effect on the attainment of pupils in candidates' schools.")

title("PART I - OBSERVATIONS AND ADVISORY NOTES")
P("I.1 The instrument is fit for its purpose subject to the notes below, which are advisory and do not form part "
  "of the verification.")
P("I.2 Completing candidates have an exit interview with an Inspector at the Final Inspection, at which they set "
  "two or three professional targets for the following year, drawing on their Test Point grades, and are given "
  "information on the University's MA in Inclusive Education, into which the Award's 60 credits transfer.")
p = P("I.3 We hope that candidates will go on keeping themselves up to date after the Award.")
doc.add_comment(p.runs, text="Keeping up to date (national A7) is covered in the reflective log - add a TP?",
                author="H. Corrie", initials="HC")
P("I.4 The Service will re-examine the instrument after the first full year and issue a revised QF-12.")

title("DECLARATION")
P("I certify that the instrument described above has been examined and tested by the Service and that the "
  "particulars in this report are correct.")
P("Signed: Margaret Thorne, Senior Inspector, for the Head of Regulatory and Trading Standards Services. "
  "Date: 17 October 2008.")

doc.save(OUT)
print("wrote", OUT)
