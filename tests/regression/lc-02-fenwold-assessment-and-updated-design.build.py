"""lc-02-fenwold-assessment-and-updated-design

Provider (invented): Fenwold County Council Historic Environment Service (Field Archaeology Unit and Finds
Store, Ludmere), whose Education Officer has run CPD for teachers for a decade, with the University of Elmsford
validating.

Document kind and layout: a post-excavation Assessment Report and Updated Project Design (the MAP2 / MoRPHE
pattern used after a dig): the Service's unaccredited 2007-08 pilot is written up as "Season 1" and the course
it wants approved is the "Season 2" Updated Project Design. Title page, a document-control table with merged
cells, a shaded "Non-technical summary" text box (with a blanket claim that every outcome is "recovered and
recorded"), Season 1 methods (past arrangements), a quantification table of the Season 1 "archive", an
assessment of potential (hopes), updated research aims, a methods statement with paragraph numbers that collide
with requirement ids, a Selection and Retention Policy that defines the catalogue's values ("Retain: SR1" etc.
= marked in that Specialist Report; "Retain: archive" = taught and spot-dated only, not marked; "Discard" =
not taken forward; "Unstratified" = marked but not taught on any Field Day), a Task List table, a project-team
table, a bibliography of archaeological standards only, Appendix A (Field Day programme) and Appendix B, the
"Catalogue of Finds" (SF01-SF28, the outcomes in the Service's words), placed far below the key. Footnotes,
tracked changes (a catalogue cell changed; a deleted paragraph promising a discussion board), one comment.
Vocabulary: Fieldworkers (participants), Supervisors (tutors), Finds Liaison Officers / FLOs (school mentors),
Field Days FD1-FD9, the Home Trench (school-based enquiry), Specialist Reports SR1-SR3 (marked), spot-dating
(unmarked feedback).

Traps (requirement ids):
- 40 credits at Level 7, and the Service chose not to offer 60 (E.2 partial).
- Research and inspection evidence only claimed in general terms; the bibliography lists archaeological
  standards (MAP2, MoRPHE, IfA), right words about the wrong thing (1.3 partial).
- Prior certificated study credited, but "The Service does not credit experience alone" (2.1 partial).
- Season 1's fast-track (assessment-only) route "has not been carried forward" (2.3 not met: past arrangement).
- No online element: the Season 1 discussion board was dropped, and a paragraph restoring it is a tracked
  deletion (3.3 not applicable).
- Equality only as commitment plus a ground-floor room (3.1 partial).
- Project team credentials are archaeological (MIfA, excavation experience); one teacher with a history PGCE;
  no SEN specialism among tutors (5.4 partial).
- Resources: reading room, handling collection, University library; no ICT or specialist technology (5.6 partial).
- Borderline second marking; external moderation only "once the University appoints an external examiner"
  (5.8 partial).
- Award on an average of 50 per cent across three reports: compensatory (6.0 partial). The summary's blanket
  claim is not evidence.
- Catalogue: "Discard" for disability equality law (taught in a separate University module outside the Award)
  (6.K3 not met) and test access arrangements (6.S2d not met); gaining colleagues' and heads' commitment has no
  entry at all (6.A2 not met); "Retain: archive" (taught, not marked) for 6.A1, 6.A5, 6.K2, 6.S2c, 6.S5
  (partial); "Unstratified (SR3)" for deploying staff: assessed, not taught (6.S4 partial).
- External agencies row changed by tracked change from "Retain: archive" (deleted) to "Retain: SR3" (met).
- A comment doubts the governors row; comments are not evidence (6.S1 met).
- Pupil impact measured by baselines in the Home Trench (5.9 met); CRB checks on the Fieldworkers themselves,
  with a footnote on the three-month rule (5.3 met); FLO training in a footnote (5.7 met).
- Some outcomes unmarked, so 1.9 partial.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _lc_helpers import *  # noqa

OUT = Path(__file__).with_name("lc-02-fenwold-assessment-and-updated-design.docx")
AUTH = "A. Holt"
d = new_doc("Calibri", 11)
fn = Footnotes(d)
header_footer(d, "Fenwold Historic Environment Service  -  LUD/SENCO/PXA  -  Assessment Report and Updated "
                 "Project Design", "FHES Report 2008/117. Copyright Fenwold County Council.")

p(d, "FENWOLD COUNTY COUNCIL", bold=True, size=12, align="center")
p(d, "Historic Environment Service: Field Archaeology Unit and Finds Store", align="center")
p(d, "THE LUDMERE SENCO PROJECT", bold=True, size=18, align="center")
p(d, "Season 1 (2007-08): Assessment Report", bold=True, size=13, align="center")
p(d, "Season 2 (2008-09): Updated Project Design", bold=True, size=13, align="center")
p(d, "A course leading to the National Award for SEN Coordination, with the University of Elmsford", italic=True,
  align="center")
p(d)
dc = d.add_table(rows=6, cols=4)
dc.style = "Table Grid"
m = dc.cell(0, 0).merge(dc.cell(0, 3))
set_cell(m, "DOCUMENT CONTROL", bold=True, fill="BFBFBF", size=10)
for i, (a_, b_, c_, d_) in enumerate([("Report no.", "FHES 2008/117", "Project code", "LUD/SENCO"),
                                      ("Version", "3.0 (for TDA)", "Date", "October 2008"),
                                      ("Author", "Anna Holt, Education Officer", "Checked", "Dr Simon Varley"),
                                      ("Approved", "Dr Simon Varley, County Archaeologist", "Distribution",
                                       "TDA; University of Elmsford; Fenwold SEN Team")], start=1):
    set_cell(dc.cell(i, 0), a_, bold=True, size=9)
    set_cell(dc.cell(i, 1), b_, size=9)
    set_cell(dc.cell(i, 2), c_, bold=True, size=9)
    set_cell(dc.cell(i, 3), d_, size=9)
m2 = dc.cell(5, 0).merge(dc.cell(5, 3))
set_cell(m2, "This report follows the Service's standard format for post-excavation assessment (after MAP2 and "
             "MoRPHE). Parts 1-5 assess Season 1; Parts 6-9 are the design submitted for approval.", italic=True,
         size=9)
p(d)
textbox(d, [("NON-TECHNICAL SUMMARY", True),
            ("In 2007-08 the Historic Environment Service ran Season 1 of the Ludmere SENCO Project, an "
             "unaccredited course for fourteen teachers new to the SENCO role. This report assesses what Season 1 "
             "produced and sets out Season 2, a course with the University of Elmsford leading to the National "
             "Award for SEN Coordination.", False),
            ("Every one of the national outcomes is recovered and recorded in Season 2.", False)],
        height_pt=120, fill="E2EFD9")
p(d)

# ---------------- Part 1
p(d, "1. INTRODUCTION", style="Heading 1")
p(d, "1.1 The Historic Environment Service (the Service) keeps the county's Historic Environment Record, "
     "advises the planning authority, runs a Field Archaeology Unit of eleven staff and looks after the county "
     "Finds Store at Ludmere. Its Education Officer has run professional development for teachers since 1998, "
     "mostly on local history and on using the handling collection with pupils, including pupils with SEN.")
p(d, "1.2 In 2006 the county's SEN Team asked the Service to help design a course for new SENCOs, because the "
     "Service's education centre could take a group of twenty and was free on weekdays in term. The result "
     "was Season 1.")
cr = p(d, "1.3 The University of Elmsford has validated Season 2 as module EDU7140 The Coordinator of Special "
          "Educational Needs, at Level 7 (masters level), carrying 40 credits towards the University's MA in "
          "Education. Successful Fieldworkers receive the University's credit and the National Award.")
fn.add(cr, "The University's regulations would have allowed a 60-credit module. The Service and the University "
           "judged the extra study time too great for teachers in small schools and kept the module at 40 "
           "credits.")
p(d, "1.4 In this report we use the Service's own terms. The teachers on the course are Fieldworkers; the "
     "tutors are Supervisors; the experienced SENCOs who mentor Fieldworkers in school are Finds Liaison "
     "Officers (FLOs); the taught days are Field Days (FD1 to FD9); each Fieldworker's enquiry in school is "
     "the Home Trench; the marked assignments are Specialist Reports (SR1 to SR3); and the outcomes a "
     "Fieldworker must show are the Finds, listed in Appendix B.")

# ---------------- Part 2
p(d, "2. SEASON 1: ORIGINAL AIMS AND METHODS", style="Heading 1")
p(d, "2.1 The Project Design for Season 1 (FHES 2007/031) set three aims: to give new SENCOs a grounding in the "
     "Code of Practice; to help them manage paperwork; and to bring them into the county SENCO network.")
p(d, "2.2 Season 1 ran from October 2007 to June 2008: eight Field Days at Ludmere, two visits from a Supervisor "
     "and a single written report. Two experienced advisory teachers took a fast-track: they submitted a "
     "portfolio and were interviewed without attending Field Days. The fast-track has not been carried forward "
     "to Season 2.")
p(d, "2.3 Season 1 also trialled a discussion board on the University's virtual learning environment. It was "
     "little used and has not been carried forward: Season 2 has no online element.")

# ---------------- Part 3
p(d, "3. QUANTIFICATION OF THE SEASON 1 ARCHIVE", style="Heading 1")
q = table(d, [["Record", "Quantity", "Comment"],
              ["Fieldworkers enrolled", "14", "12 primary, 2 secondary"],
              ["Fieldworkers completing", "12", "two left on changing school"],
              ["Field Day evaluation forms", "96", "all eight days"],
              ["Headteacher questionnaires", "11 of 14 returned", "sent June 2008"],
              ["County survey of schools", "31 SENCOs and 9 heads", "March 2008, with the SEN Team"],
              ["Focus group with parents", "8 parents", "arranged by Fenwold Parent Partnership"]],
          widths=[5.5, 4, 6.5])
qp = p(d, "Table 1. The Season 1 archive.", italic=True, size=9)
fn.add(qp, "The two Fieldworkers who left did so in the first term; both have been offered places in Season 2.")

# ---------------- Part 4
p(d, "4. ASSESSMENT OF POTENTIAL", style="Heading 1")
p(d, "4.1 What Fieldworkers said. The evaluation forms rated the Field Days on the law and on assessment "
     "highly. Fieldworkers asked for more on working with parents and other agencies, more time in other "
     "settings, and a way of starting the course other than in the autumn.")
p(d, "4.2 What headteachers and SENCOs said. Heads wanted the course to change something in their schools and "
     "to be assessed on it; SENCOs in the county survey said they felt least ready to identify and track "
     "pupils' progress with data, to involve pupils in their own plans, and to work with parents. The parents' "
     "focus group told us that the SENCO is often the only person in school who explains the process to them, "
     "and that they wanted SENCOs trained to listen.")
p(d, "4.3 What we changed. On that evidence Season 2 adds the Home Trench, so that each Fieldworker's assessed "
     "work is a change in his or her school; adds Field Day 4 on pupils' views and Field Day 6 on parents and "
     "other agencies; adds two placement days; replaces the single report with three Specialist Reports; and "
     "adds a January start. The SEN Team's two senior advisers reviewed the Season 2 design at draft and asked "
     "for the assessment day on data (FD5), which was added.")
p(d, "4.4 Potential. The Season 1 archive has potential to show, over several seasons, whether the course "
     "changes practice in Fenwold schools. It may in time support a study of SENCO retention in the county.")

# ---------------- Part 5
p(d, "5. STATEMENT OF SIGNIFICANCE", style="Heading 1")
p(d, "5.1 Season 1 showed that a small field unit with a county SEN Team and a university can run a course "
     "for new SENCOs. Season 2 reflects current research and inspection findings on special educational needs "
     "and disability and the most recent national developments.")

# ---------------- Part 6
p(d, "6. UPDATED RESEARCH AIMS (SEASON 2)", style="Heading 1")
p(d, "6.1 The aim of Season 2 is to raise the achievement and improve the well-being of children and young "
     "people with SEN and disabilities in Fenwold schools, in all five Every Child Matters outcomes: being "
     "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being. Every Specialist Report asks the Fieldworker to show the effect of his or her work on pupils' "
     "well-being as well as their attainment.")
p(d, "6.2 Its objectives are the Finds in Appendix B, which Fieldworkers recover on Field Days and record in "
     "Specialist Reports. The Home Trench ties them to practice: between FD3 and FD8 each Fieldworker leads a "
     "change in the school's provision for a group of pupils, agreed with the headteacher, and evaluates its "
     "effect.")

# ---------------- Part 7
p(d, "7. METHODS STATEMENT (SEASON 2)", style="Heading 1")
p(d, "7.1 Recruitment", style="Heading 2")
p(d, "Applicants must be qualified teachers, in post as SENCO or due to be, and apply with the headteacher's "
     "support. Each applicant completes an application form describing their experience with pupils with SEN "
     "and has a half-hour conversation with a Supervisor. Applicants who would not yet benefit are advised what "
     "experience to gain first, and the Supervisor writes to the headteacher; they may apply for the next "
     "start.")
cp = p(d, "Before a place is confirmed the Service asks each Fieldworker's employer to confirm in writing that "
          "the Fieldworker holds a current enhanced CRB disclosure and has been checked against List 99, and "
          "that there are no outstanding concerns about his or her conduct. Where no confirmation arrives, the "
          "Service obtains an enhanced disclosure itself before the first placement day.")
fn.add(cp, "A Fieldworker who has not worked in a post with regular contact with children in the past three "
           "months needs a new enhanced disclosure; the Service applies for it through the County Council's "
           "CRB unit.")
p(d, "7.2 Pre-excavation survey", style="Heading 2")
p(d, "Before FD1 each Fieldworker rates him- or herself against every Find in Appendix B and has a one-hour "
     "tutorial with a Supervisor, who checks the ratings against the application and a sample of the "
     "Fieldworker's school documents. From the survey the Supervisor and Fieldworker write an Individual Project "
     "Design: the Finds the Fieldworker will give most time to, the focus of the Home Trench, extra reading, "
     "and which Field Day sessions may be lighter for them. The Individual Project Design is reviewed at the "
     "mid-season tutorial and Supervisors look again at each Fieldworker's ratings against the evidence in "
     "the Specialist Reports.")
p(d, "7.3 Prior study", style="Heading 2")
p(d, "Credit from the University of Elmsford's Certificate in Inclusive Practice (Level 7), gained in the last "
     "five years, may be transferred against SR1, up to 20 credits. The Service does not credit experience "
     "alone.")
p(d, "7.4 Field Days and the Home Trench", style="Heading 2")
p(d, "Season 2 has nine Field Days (Appendix A), each 9.15 to 3.45 at the Ludmere education centre. Between "
     "them each Fieldworker works on the Home Trench and is visited twice by an FLO and once by a Supervisor. "
     "Field Day 4 is given to pupils' views: Fieldworkers learn and practise ways of consulting pupils with "
     "SEN about their provision, including Talking Mats, pupil passports and pupil-led reviews, and SR2 "
     "requires them to consult the pupils in the Home Trench and show how their views changed the plan. Field "
     "Day 6 covers working with parents, including a session led by parents from Fenwold Parent Partnership, "
     "and working with colleagues in other schools and services; each Fieldworker then runs a review meeting "
     "with a family and reports on it in SR3. Fieldworkers also run a staff meeting in their own school on "
     "their Home Trench and advise one colleague through a cycle of observation and feedback.")
p(d, "The course costs £950 per Fieldworker, which covers the Field Days, placements, tutorials and the "
     "University's fee. Each Fieldworker's Individual Project Design shapes the Home Trench, the placement "
     "setting and the focus of the Specialist Reports, so that the work is the Fieldworker's own; Supervisors "
     "check progress against the Individual Project Design at each visit.")
p(d, "7.5 Start points and order", style="Heading 2")
p(d, "Season 2 has two starts, in September and January. Field Days are in two blocks, Block A (FD1 to FD4) "
     "and Block B (FD5 to FD8); Fieldworkers starting in January take Block B first and Block A in the "
     "summer and autumn terms. Each Field Day is repeated on a Saturday at the Elmsford campus for Fieldworkers "
     "who cannot be released, and a Fieldworker may complete over one or two years.")
dp = p(d, "A discussion board on the University's virtual learning environment will again be provided, with a "
          "Supervisor answering posts weekly.")
mark_para_deleted(dp, AUTH, "2008-10-06T11:20:00Z")
p(d, "7.6 Specialist Reports, spot-dating and the Selection and Retention Policy", style="Heading 2")
p(d, "Each Fieldworker writes three Specialist Reports. SR1 (3,000 words) examines the school's SEN policy and "
     "practice against the law and the research, written as a report to governors. SR2 (4,000 words) is the "
     "Home Trench assessment: the identification, assessment and planning for a group of pupils, with pupils' "
     "views and the baseline. SR3 (4,000 words) is the Home Trench report: what was changed, with colleagues, "
     "families and other services, and its effect on the pupils, judged against the baseline.")
p(d, "Between Field Days Supervisors spot-date Fieldworkers' short tasks and drafts: they give written "
     "feedback within a week, but spot-dating is not marked and does not count towards the Award.")
p(d, "In the field, not everything dug up is kept: a selection and retention policy says which finds are "
     "retained, studied and published. The Catalogue of Finds in Appendix B uses the Service's retention "
     "terms in the same way. 'Retain: SR1', 'Retain: SR2' and 'Retain: SR3' mean the Find is taught on the "
     "Field Day shown and marked in that Specialist Report against stated criteria. 'Retain: archive' means "
     "the Find is taught on the Field Day shown and spot-dated, but it is not marked in any Specialist Report. "
     "'Discard' means the Find is not taken forward into Season 2. 'Unstratified' means the Find is marked in "
     "the Specialist Report shown but has no Field Day context: it is not taught.")
p(d, "7.7 The Award", style="Heading 2")
p(d, "Each Specialist Report is given a percentage mark. The Award is made to Fieldworkers whose three "
     "Specialist Reports average 50 per cent or more, with no report below 40 per cent, as confirmed by the "
     "University's Examination Board.")
p(d, "7.8 Marking and moderation", style="Heading 2")
p(d, "Each Specialist Report is marked by the Supervisor who taught the relevant Field Days, and borderline "
     "reports (45 to 55 per cent) are second-marked by the University programme tutor. External moderation "
     "will be arranged once the University appoints an external examiner for the module.")
p(d, "7.9 Access and equality", style="Heading 2")
p(d, "The Service is committed to equality of opportunity and to the spirit of the Disability Discrimination "
     "Act. The Ludmere education centre is on the ground floor and has parking close to the door.")
p(d, "7.10 After the season", style="Heading 2")
p(d, "Field Day 9 closes the season. Each Fieldworker completes the Next Season planning sheet, setting two or "
     "three professional targets for the following year with a Supervisor, and takes it to a meeting with the "
     "headteacher or line manager within a month; the University sets out MA routes and the county SENCO "
     "network's programme. Supervisors follow up each sheet by email in the autumn.")
p(d, "7.11 Evaluation and impact", style="Heading 2")
p(d, "Internally, every Field Day is evaluated on a form; Supervisors review forms, marks and FLO reports at the "
     "end of each block; and the end-of-season review sets out changes for the next season, recorded in a "
     "change log that the County Archaeologist and the University programme tutor sign. Externally, the "
     "University's annual module review and the County SEN Team's review of SENCO training each feed the change "
     "log.")
p(d, "Fieldworkers complete a confidence scale against every Find at the pre-excavation survey and at Field Day "
     "9. In the Home Trench each Fieldworker records a baseline for the pupils concerned (reading or "
     "mathematics age, attendance and a well-being scale chosen with the pupils) and repeats the measures at "
     "the end, reporting the change in SR3; the Service collates these across the cohort each year. Six months "
     "after the season the Service asks each headteacher what has changed for the pupils and the school.")
p(d, "Stakeholders take part in the evaluation and delivery of Season 2. A reference group of four "
     "headteachers, two parents from Fenwold Parent Partnership and a SEN Team adviser meets each term to "
     "review the evaluation forms and the change log and to agree changes; FLOs write an observation report "
     "on each Fieldworker's Home Trench, which the Supervisor uses in marking SR3; and parents and local "
     "SENCOs lead sessions on FD6 and FD7.")

# ---------------- Part 8
p(d, "8. RESOURCES AND TASK LIST", style="Heading 1")
p(d, "8.1 Project team", style="Heading 2")
table(d, [["Name", "Role", "Qualifications and experience"],
          ["Dr Simon Varley", "County Archaeologist; project executive", "PhD (Archaeology); MIfA; twenty years "
           "in field archaeology and heritage management."],
          ["Anna Holt", "Education Officer; lead Supervisor", "Qualified teacher (PGCE, history); ten years "
           "leading the Service's teacher CPD and school programmes."],
          ["Tom Brackley", "Senior Project Officer; Supervisor", "MIfA; fifteen years' excavation experience; "
           "runs the Unit's community excavations and volunteer training."],
          ["Dr Ruth Okafor", "University programme tutor", "Lecturer in Education, University of Elmsford."]],
      widths=[3.5, 5, 8])
p(d)
p(d, "8.2 Specialists and placements", style="Heading 2")
p(d, "The County's educational psychologists, the speech and language therapy service, the child and "
     "adolescent mental health service and the sensory support service each lead a session, and Fieldworkers "
     "may book a consultation with them for the Home Trench. Each Fieldworker spends two placement days in a "
     "special school or resourced provision chosen from five partner settings (Hollins School, Meresfield "
     "School, the Ludmere Language Base, Brindle Park Autism Base and the Fenwold Pupil Referral Unit), with a "
     "placement brief agreed by the Supervisor and the setting's SENCO.")
p(d, "8.3 Resources", style="Heading 2")
p(d, "Fieldworkers may use the Finds Store reading room and borrow from the handling collection for work with "
     "pupils, and they have full use of the University library.")
p(d, "8.4 Task list", style="Heading 2")
tl = table(d, [["Task", "Description", "Staff", "Days"],
               ["T1", "Recruitment, interviews and CRB confirmation", "AH", "6"],
               ["T2", "Pre-excavation surveys and Individual Project Designs", "AH, TB", "14"],
               ["T3", "Field Days FD1-FD9 (and Saturday repeats)", "AH, TB, RO", "36"],
               ["T4", "Supervisor induction: new Supervisors co-teach two Field Days and double-mark one "
                      "Specialist Report with the lead Supervisor", "AH, RO", "4"],
               ["T5", "FLO training day and FLO Handbook (roles, visit schedule, observation report)", "AH", "2"],
               ["T6", "Home Trench visits", "AH, TB", "18"],
               ["T7", "Marking and second marking of Specialist Reports", "AH, TB, RO", "20"],
               ["T8", "Reference group meetings and end-of-season review", "AH, SV", "4"]],
           widths=[1.3, 10, 2.5, 1.5])
t5p = p(d, "Table 2. Task list, Season 2 (staff: SV Varley, AH Holt, TB Brackley, RO Okafor).", italic=True,
        size=9)
fn.add(t5p, "The FLO training day for Season 2 is on 25 September 2008; each FLO must attend before the first "
            "visit, and the Handbook sets out what FLOs do and what Supervisors do.")

# ---------------- Part 9
p(d, "9. DISSEMINATION", style="Heading 1")
p(d, "9.1 The Service would like to publish a short account of Season 2 in the county's archaeological journal "
     "and to present it at the Council for British Archaeology's education conference.")

p(d, "10. BIBLIOGRAPHY", style="Heading 1")
for ref in ["English Heritage (1991) Management of Archaeological Projects (MAP2). London: English Heritage.",
            "English Heritage (2006) Management of Research Projects in the Historic Environment (MoRPHE). "
            "Swindon: English Heritage.",
            "Institute of Field Archaeologists (2008) Standard and Guidance for the Collection, Documentation, "
            "Conservation and Research of Archaeological Materials. Reading: IfA.",
            "Brown, D. H. (2007) Archaeological Archives: a Guide to Best Practice in Creation, Compilation, "
            "Transfer and Curation. Archaeological Archives Forum.",
            "Fenwold Historic Environment Service (2007) Project Design: the Ludmere SENCO Project, Season 1. "
            "FHES 2007/031."]:
    p(d, ref, size=10)

# ---------------- Appendix A
p(d, "APPENDIX A: FIELD DAY PROGRAMME, SEASON 2", style="Heading 1")
fa = d.add_table(rows=11, cols=3)
fa.style = "Table Grid"
for j, h in enumerate(["Block", "Field Day", "Content"]):
    set_cell(fa.cell(0, j), h, bold=True, fill="D9D9D9")
fdays = [("A", "FD1", "SEN law and the Code of Practice; Every Child Matters"),
         ("", "FD2", "The SENCO, governors and policy; research on what works; keeping up to date"),
         ("", "FD3", "How children develop; the common types of SEN and disability; identifying pupils"),
         ("", "FD4", "Approaches and resources including ICT; pupils' views; relationships with pupils and "
                     "families"),
         ("B", "FD5", "Using data and other professionals' assessments; formative assessment with colleagues"),
         ("", "FD6", "Parents and carers; external agencies and voluntary organisations"),
         ("", "FD7", "Provision mapping; supporting colleagues' development; managing the role"),
         ("", "FD8", "Reviewing provision and school self-evaluation; solving problems"),
         ("Close", "FD9", "Presenting the Home Trench; Next Season planning")]
for i, (a_, b_, c_) in enumerate(fdays, start=1):
    set_cell(fa.cell(i, 0), a_)
    set_cell(fa.cell(i, 1), b_)
    set_cell(fa.cell(i, 2), c_)
set_cell(fa.cell(10, 0), "")
m3 = fa.cell(10, 0).merge(fa.cell(10, 2))
set_cell(m3, "Placement days (two) are taken between FD4 and FD8.", italic=True)
fa.cell(1, 0).merge(fa.cell(4, 0))
fa.cell(5, 0).merge(fa.cell(8, 0))
p(d)

# ---------------- Appendix B
p(d, "APPENDIX B: CATALOGUE OF FINDS", style="Heading 1")
p(d, "The Finds are what a Fieldworker must be able to show by the end of Season 2, in our words. 'Context' is "
     "the Field Day on which the Find is taught; 'Retention' follows the Selection and Retention Policy in 7.6.")
cat = [("SF01", "The law on SEN and the Code of Practice: what they ask of the school and the SENCO, and how "
                "to carry them out", "FD1", "Retain: SR1"),
       ("SF02", "Disability equality law and the duties it places on schools", "-", "Discard"),
       ("SF03", "Every Child Matters: its principles, its five outcomes and the SENCO's part", "FD1",
        "Retain: archive"),
       ("SF04", "Advising governors and senior colleagues on an inclusive ethos, policy, priorities and the use "
                "of resources", "FD2", "Retain: SR1"),
       ("SF05", "Keeping up to date and taking charge of one's own professional development in SEN", "FD2",
        "Retain: SR1"),
       ("SF06", "How children develop, and how SEN, disability and their surroundings affect development", "FD3",
        "Retain: SR2"),
       ("SF07", "The commonest kinds of SEN and disability (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their "
                "effect on learning", "FD3", "Retain: SR2"),
       ("SF08", "Identifying pupils who may have SEN from observation and data; setting targets; planning and "
                "reviewing interventions", "FD3", "Retain: SR2"),
       ("SF09", "Using other professionals' assessments to shape teaching", "FD5", "Retain: SR2"),
       ("SF10", "Using summative results, including national tests, to track progress and change programmes",
        "FD5", "Retain: SR2"),
       ("SF11", "Encouraging colleagues to develop formative assessment, with approaches for pupils with SEN",
        "FD5", "Retain: archive"),
       ("SF12", "Special arrangements for pupils in national tests and examinations", "-", "Discard"),
       ("SF13", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching",
        "FD4", "Retain: SR2"),
       ("SF14", "Involving pupils in planning, agreeing and reviewing their own provision", "FD4", "Retain: SR2"),
       ("SF15", "Fair, respectful, constructive relationships with pupils with SEN and their parents or carers",
        "FD4", "Retain: archive"),
       ("SF16", "Liaising with parents and carers to support their child's learning", "FD6", "Retain: SR3"),
       ("SF17", "External agencies: what they do and how to get specialist support and resources", "FD6", ""),
       ("SF18", "Working in partnership with other services and voluntary organisations", "FD6", "Retain: SR3"),
       ("SF19", "Provision mapping, and finding missing or ineffective provision", "FD7", "Retain: SR3"),
       ("SF20", "Deploying and managing teaching assistants and other staff", "-", "Unstratified (SR3)"),
       ("SF21", "Supporting colleagues' development: observation and feedback, modelling, coaching, training",
        "FD7", "Retain: archive"),
       ("SF22", "Reviewing provision with colleagues to inform the school's self-evaluation", "FD8",
        "Retain: SR3"),
       ("SF23", "School self-evaluation and improvement as they bear on outcomes for pupils with SEN", "FD8",
        "Retain: SR3"),
       ("SF24", "Prioritising, managing time and delegating well", "FD7", "Retain: SR3"),
       ("SF25", "Anticipating and resolving problems; sound judgements about provision", "FD8", "Retain: SR3"),
       ("SF26", "Speaking and writing clearly; listening to other people's views", "FD9", "Retain: archive"),
       ("SF27", "Drawing on research and outside advice to improve one's own and colleagues' practice", "FD2",
        "Retain: SR1"),
       ("SF28", "Best practice and research findings on meeting SEN", "FD2", "Retain: SR1")]
ct = table(d, [["SF", "Find", "Context", "Retention"]] + [list(r) for r in cat], widths=[1.3, 10.2, 1.8, 3.2])
cell_tracked(ct.cell(17, 3), [("d", "Retain: archive"), ("i", "Retain: SR3")], AUTH, "2008-10-07T14:05:00Z")
p(d, "SF02 was discarded because disability equality law is taught in the University's own module Disability "
     "and the Law, which is not part of the Award. SF12 was discarded for lack of time.", italic=True, size=10)
p(d, "End of report.", italic=True, align="center")

# comment on SF04 row
d.add_comment(ct.cell(4, 3).paragraphs[0].runs, text="SR1 only touches governors in passing - is this enough "
              "to call it retained? SV", author="S. Varley", initials="SV")

fn.finish()
d.save(OUT)
print("wrote", OUT)
