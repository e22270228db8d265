"""ls-01-wendlebury-quinquennial-report

Provider (invented): Wendlebury College of Thatching and Heritage Building Crafts, whose
Department of Inclusive Learning has run a teachers' SEN coordination course since 2004,
validated by the (invented) University of Marchbourne. Application for approval to run the
2008-09 National Award for SEN Coordination.

Document kind and layout: the course written up as a church architect's Quinquennial
Inspection Report, in the house style the College uses for the listed buildings on its
estate: title block with "Inspecting Officer", date and weather of inspection; 1
Introduction with "1.4 Limitations of this report" (where the key to the outcome table's
values is defined, far above the table: "Inspected", "Visual only", "Not accessed", a dash);
2 Previous report and works since; 3 Brief description (study days are "Bays", school tasks
"Site Tasks", assessments "Inspections", school mentors "Clerks of Works"); 4 Condition of
the fabric, hand-numbered paragraphs 4.1-4.9 whose numbers collide with requirement ids
("4.3 Roof coverings", "5.3"-style numbers do not occur but "4.1", "4.2", "4.3" do, on the
wrong subjects); 5 Record of the Fabric (the 29 outcomes in the College's own words, grouped
by shaded merged rows, columns "Laid in" and "Inspected at"); 6 Schedule of Recommended
Works with urgency categories A-D (all future intentions); 7 The Certificate. Heading
styles for 1-7; hand-numbered sub-paragraphs in bold Normal. Header and footer (the footer
claims CRB checks: never evidence). A floating VML text box "Summary of condition" with a
blanket claim that every outcome is laid and inspected. Tracked changes (a deleted CRB
verification sentence replaced by an inserted self-declaration; an "Inspected" cell changed
to "Visual only"). Two Word comments.

Traps (requirement ids):
- Aim is attainment in English and mathematics only (1.1 partially_met).
- Consulting pupils is excluded and belongs to a separate College short course (1.5
  not_met); no outcome row for involving pupils in their provision (6.S7 not_met); pupil
  consultation appears only as a Category C recommended work (a plan).
- "Visual only" outcomes are not marked (6.A3, 6.A5, 6.S2d partially_met; and so 1.9
  partially_met). 6.A7's cell is changed by tracked change from "Inspected: Portfolio" to
  "Visual only" (partially_met).
- "Not accessed": taught but not inspected (6.K7 partially_met).
- 6.S9 has a dash under "Laid in": assessed but not taught (partially_met).
- No row for child development (6.K4 not_met).
- Blanket claim in the text box (ignored; 6.* judged on the table).
- The Condition Survey is filed, not used for a training plan (2.2 partially_met).
- The Direct Inspection route was closed in 2007: a past arrangement (2.3 not_met).
- Moodle forum is peer-only; tutors do not post; tutorials only by appointment at the
  College (3.3 partially_met).
- Stakeholders host and speak, but evaluation by them is only hoped for (4.3 partially_met).
- CRB verification sentence deleted; what remains is candidates' self-declaration; footer
  and a comment claim checks (5.3 partially_met).
- Placements "not part of the programme at present" (5.5 partially_met: specialist
  expertise is there).
- Pupil-impact data only intended "from 2009" (5.9 partially_met).
- Award by aggregate mark with compensation (6.0 partially_met).
- Met despite looking like traps: E.2 (60 credits at M level); 2.1 (APL and APEL);
  4.1/4.2 (2008 survey of schools and what changed).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ls_helpers import (new_doc, p, runs, tracked_para, table, shade_cell, cell_tracked,
                         text_box, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A, DT = "R. Allingham", "2008-10-27"

d = new_doc("Wendlebury College of Thatching and Heritage Building Crafts  |  Quinquennial Inspection Report: SENCo Programme",
            "QIR/DIL/2008/02. All Candidates are CRB checked by Registry. Not to be copied without the College's consent.")

p(d, "WENDLEBURY COLLEGE OF THATCHING AND HERITAGE BUILDING CRAFTS", bold=True, size=14, align="center")
p(d, "Department of Inclusive Learning", italic=True, align="center")
p(d, "QUINQUENNIAL INSPECTION REPORT", bold=True, size=16, align="center")
p(d, "on the Postgraduate Certificate in Special Educational Needs Coordination (the SENCo Programme), "
     "2004-2008, with a Schedule of Recommended Works for 2008-2013", italic=True, align="center")
p(d, "Submitted to the Training and Development Agency for Schools as the College's application for approval "
     "to provide the National Award for SEN Coordination from 2008-09.", align="center")

table(d, [
    ["Particulars", ""],
    ["Building inspected", "The SENCo Programme (Postgraduate Certificate, University of Marchbourne)"],
    ["Owner", "Wendlebury College of Thatching and Heritage Building Crafts, Old Barn Yard, Wendlebury"],
    ["Inspecting Officer", "Ruth Allingham MA EdD, Programme Leader, Department of Inclusive Learning"],
    ["Assisted by", "Colin Pardew, Conservation Officer (house style and Schedule of Works)"],
    ["Dates of inspection", "14 and 15 October 2008"],
    ["Weather", "Dry and overcast; the Bay 2 session was observed in the Old Barn"],
    ["Previous report", "Interim report of July 2003, made before the Programme opened"],
])

p(d)
text_box(d, [
    ("Summary of condition", True),
    ("Overall the fabric is sound. Every national outcome for SENCOs is laid in the Bays and inspected before "
     "the Certificate is issued. The principal defects are at the eaves (support between Bays) and in the "
     "churchyard (how we hear from schools after the course).", False),
    ("Urgent works (Category A): one item. See Section 6.", False),
], height_pt=110)

d.add_heading("1 Introduction", level=1)
p(d, "1.1 Purpose of the report", bold=True)
p(d, "The College inspects each of its listed buildings every five years and reports on them in a fixed form: a "
     "description of the fabric, its condition element by element, and a schedule of works graded by urgency. "
     "When the Department of Inclusive Learning came to review its SENCo Programme at the end of its first five "
     "years, the Governors asked that the review be written in the same form, so that it could be read alongside "
     "the estate reports by the same committee. This report is therefore both the Programme's five-year review "
     "and the College's application to the Agency.")
p(d, "1.2 The Inspecting Officer", bold=True)
p(d, "The inspection was made by the Programme Leader, who has taught on the Programme since it opened, with "
     "the Conservation Officer, who has written the College's estate reports since 1997. Their qualifications "
     "are given at 4.6 below.")
p(d, "1.3 Scope", bold=True)
p(d, "The inspection covered the two modules of the Programme, the eight study days (which we call Bays, after "
     "the bays of a timber-framed barn), the five Site Tasks carried out in Candidates' own schools, the two "
     "Inspections (the assessed assignments), the Moodle site, the records kept in the Programme Log Book, and the "
     "views of schools and of the local authorities.")
p(d, "1.4 Limitations of this report", bold=True)
p(d, "As in every quinquennial report, some parts of the fabric could be seen only from the ground. The Record of "
     "the Fabric in Section 5 uses the terms below, and they have the same meaning wherever they occur in this "
     "report:")
for t in [
    "Inspected: the element is marked against written criteria in one of the two Inspections (the Portfolio or "
    "the Fabric Report) and must be passed.",
    "Visual only: the element is looked at in a Bay or in tutorial and the Candidate is given spoken or written "
    "feedback on it, but it is not marked and nothing turns on it.",
    "Not accessed: the element is laid (taught) in a Bay, but no Inspection reaches it.",
    "A dash under \"Laid in\": no Bay teaches the element.",
]:
    p(d, t, style="List Bullet")
p(d, "Nothing in this report is a warranty that defects do not exist in parts that were not inspected.", italic=True)

d.add_heading("2 Previous report and works carried out since", level=1)
p(d, "The interim report of July 2003 described a Programme that had not yet opened. Since then the following "
     "works have been carried out, in order:")
table(d, [
    ["Year", "Work carried out"],
    ["2004", "First intake of 14 Candidates from Bradon and Avonvale schools; Programme validated for five years by "
             "the University of Marchbourne."],
    ["2005", "External examiner appointed by the University; second marking extended to all fails and borderline "
             "scripts."],
    ["2006", "Moodle site opened; the Old Barn ground floor converted to a teaching room with level access."],
    ["2007", "Direct Inspection route closed by the University (see 4.1); Bay 7 added on deploying teaching "
             "assistants."],
    ["2008", "Survey of schools and local authorities (see 4.8); Programme revalidated for five years from "
             "1 September 2008."],
])

d.add_heading("3 Brief description of the fabric", level=1)
p(d, "The Programme is the University of Marchbourne's Postgraduate Certificate in Special Educational Needs "
     "Coordination, taught and assessed at the College under a validation agreement with the University. It was "
     "revalidated by the University's panel in June 2008 and carries 60 credits at Master's level (M level in the "
     "Framework for Higher Education Qualifications). Successful Candidates receive the University's award.")
p(d, "The aim of the Programme is to raise the attainment of pupils with special educational needs in English and "
     "mathematics in the Candidates' schools, by developing the Candidates as leaders of SEN provision. Its "
     "objectives and both Inspections are written to that aim: the Fabric Report is judged in part on the gains in "
     "reading and number made by the pupils the Candidate has targeted.")
p(d, "The Programme is built in two modules, each of 30 credits:")
p(d, "Module 1, The Frame (Bays 1 to 4): law, policy and the SENCO's role; kinds of need; assessment, planning and "
     "provision mapping.", style="List Number")
p(d, "Module 2, The Roof (Bays 5 to 8): working with colleagues, agencies and parents; leading staff; "
     "evaluating provision; the Candidate's own development.", style="List Number")
p(d, "Each Bay is a full day at the College from 9.30 to 4.00. Between Bays each Candidate carries out a Site Task "
     "in his or her own school, agreed with the headteacher and supported by a member of the school's senior team "
     "whom we call the Clerk of Works. Site Tasks are practical: each asks the Candidate to change something in the "
     "school's SEN provision, record what was done and judge its effect. They are:")
table(d, [
    ["Site Task", "What the Candidate does in school", "Goes into"],
    ["ST1 Survey", "Audits the school's SEN policy and register against the Code of Practice and the DDA duties",
     "Portfolio"],
    ["ST2 Pupil study", "Gathers assessments from the school and from outside professionals on two pupils and plans "
     "teaching from them", "Portfolio"],
    ["ST3 Provision map", "Maps the school's provision for one year group, costs it, and names gaps", "Fabric Report"],
    ["ST4 Leading colleagues", "Plans and leads a staff training session, observes two colleagues and gives "
     "feedback, and advises a colleague in a neighbouring school", "Portfolio"],
    ["ST5 Working with families", "Plans and holds a review meeting with parents, records it and follows up",
     "Portfolio"],
])
p(d)
p(d, "Every Site Task changes practice in the Candidate's school: the Candidate must show, in the Portfolio or the "
     "Fabric Report, what was changed, with whom, and what difference it made to the pupils concerned and to "
     "colleagues. In this way the outcomes of the Programme are met in the Candidate's own school rather than "
     "described from a distance.")

d.add_heading("4 Condition of the fabric", level=1)
p(d, "4.1 Foundations: admission, prior learning and routes", bold=True)
p(d, "Candidates must hold Qualified Teacher Status, be in post as SENCO or be designated by their governors to take "
     "up the role within the year, and send a letter from the headteacher agreeing to release them for the Bays and "
     "to name a Clerk of Works. Each applicant has a telephone interview with the Programme Leader, who checks that "
     "the applicant has the knowledge and experience to benefit; an applicant without enough experience of SEN is "
     "offered a place on the College's Certificate in Learning Support first.")
p(d, "Candidates who hold University credit from earlier study in SEN at M level may claim up to 20 credits "
     "against Module 1 by accreditation of prior learning (APL). Candidates whose experience is substantial may "
     "instead claim by accreditation of prior experiential learning (APEL), submitting a portfolio mapped to the "
     "Module 1 elements, which the University's APEL panel assesses.")
p(d, "At enrolment each Candidate completes the Condition Survey, a self-rating from 1 to 4 against each element "
     "in the Record of the Fabric. The Survey is filed with the Candidate's record and is looked at again at the "
     "end of the Programme.")
p(d, "Between 2004 and 2006 experienced SENCOs could take the Certificate by Direct Inspection, submitting both "
     "Inspections without attending the Bays. That route was closed by the University in 2007 and is not offered "
     "on the Programme described here.")

p(d, "4.2 Walls: the Bays and the teaching", bold=True)
p(d, "The walls are in good order. Teaching in the Bays mixes short input, case discussion and work on the "
     "Candidates' own Site Tasks. Candidates choose the focus of ST2 and ST3 from their own school's priorities, "
     "and each has three individual tutorials a year in which the tutor adjusts reading and task briefs to the "
     "Candidate's setting (primary, secondary or special). The fee of £1,150 for the year is shared between the "
     "school and the local authority's CPD budget, and the Candidate's Site Tasks are part of the school's own "
     "improvement work, so that release time is not spent twice. Successful Candidates may carry their 60 credits "
     "into the University's MA in Education.")
p(d, "Bay 2 covers the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the "
     "Disability Discrimination Act 2005 and the disability equality duty, Removing Barriers to Achievement (2004), "
     "Every Child Matters and the Children Act 2004. Bay 3 reads recent inspection and research evidence: the Ofsted "
     "reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it "
     "matter where pupils are taught? (2006), the Education and Skills Committee's report on SEN (2006) and the "
     "Bercow Review of services for children with speech, language and communication needs (2008). Tutors revise "
     "the Bay 3 reading list each summer.")
p(d, "Bay 5 and ST4 develop the Candidate's skill in advising and supporting colleagues, both within the school "
     "and beyond it: Candidates advise a colleague in a neighbouring school, and work with the cluster SENCO group."
     " Bay 6 and ST5 develop the skill of working in partnership "
     "with parents and carers: Candidates practise advising parents, meet the Bradon Parent Partnership Service, "
     "and hold and record a review meeting with a family.")
p(d, "Consulting pupils is not covered in the Programme: pupils' views are the subject of the College's separate "
     "short course, Hearing the Child, which Candidates may take at their own cost.")

p(d, "4.3 Roof coverings: delivery and access", bold=True)
p(d, "There are two intakes a year, in September and in January. Candidates may take the modules in either order, "
     "and may complete in one year or spread the two modules over two years. Each Bay is offered twice, once on a "
     "weekday and once as a Friday twilight with the following Saturday morning, so that Candidates can choose the "
     "pattern that suits their school.")
p(d, "The College's Disability Equality Scheme and its Race Equality Policy apply to every Candidate. Candidates who "
     "declare a disability meet the Learning Support Manager before the first Bay, and reasonable adjustments are "
     "agreed in writing: in recent years they have included materials in large print and on disc, extra time and a "
     "separate room for Inspections, a BSL interpreter for one Candidate throughout, and teaching in the ground-floor "
     "room of the Old Barn, which has level access.")

p(d, "4.4 Rainwater goods: the Moodle site and support between Bays", bold=True)
p(d, "About a quarter of the Programme is studied on line. The Moodle site holds the readings, the slides for each "
     "Bay, the Site Task briefs and a discussion forum for each intake. The forum is for Candidates to support one "
     "another; tutors do not post in it, and tutorial contact between Bays is by appointment at the College only. "
     "The gutters overflow in wet weather: Candidates told us that they felt on their own between Bays.")

p(d, "4.5 Churchyard boundary: placements and specialist expertise", bold=True)
p(d, "Bays 5 and 6 are taught with specialists from outside the College: an educational psychologist and a "
     "specialist teacher for sensory impairment from Bradon's SEN Support Service, a speech and language therapist "
     "from the primary care trust, and the co-ordinator of the Avonvale Parent Partnership Service. Placements in "
     "special schools or resource bases are not part of the Programme at present; we will look into arranging them.")

p(d, "4.6 The people: tutors and Clerks of Works", bold=True)
p(d, "The Programme Leader, Dr Ruth Allingham, was a secondary SENCO for nine years and a local authority SEN "
     "adviser for four; her doctorate was on provision mapping in secondary schools. The two tutors, Mr Dev Chauhan "
     "and Mrs Helen Ormerod, are former primary SENCOs, one with the British Dyslexia Association's Approved "
     "Teacher Status and one with a Master's degree in autism; both still teach two days a week in schools. All three "
     "are members of NASEN and attend the University's SEN research seminars, and each has five days a year for "
     "their own updating.")
p(d, "Tutors are inducted by the Programme Leader and work to the Tutor Handbook, which is revised each August and "
     "sets out teaching, tutorial and marking duties. Each Clerk of Works receives the Clerk's Guide, which explains "
     "the role (agreeing Site Tasks, meeting the Candidate each half term, signing the Site Task record), and attends "
     "a two-hour briefing at the College in the first term; the Programme Leader telephones each Clerk after ST2 to "
     "check that the role is being carried out.")

p(d, "4.7 Fire, safety and security", bold=True)
cr = p(d)
runs(cr, ["Candidates work with children only in their own schools. ",
          ("Every Candidate's enhanced CRB disclosure is seen and verified by the College Registry before the first "
           "Bay, and the date and number are recorded on the Candidate's file.", "del", A, DT),
          ("Candidates confirm on the application form that they hold a current enhanced CRB disclosure through their "
           "employer.", "ins", A, DT)])
comment(d, cr, "Registry does still check these, doesn't it? Can we put it back?", "Colin Pardew", "CP")

p(d, "4.8 Churchyard and boundaries: schools, authorities and other stakeholders", bold=True)
p(d, "In spring 2008 we surveyed the 46 schools that have sent Candidates since 2004, and the SEN teams of Bradon "
     "County Council and Avonvale Borough Council. Thirty-one schools and both authorities replied. The needs named "
     "most often were provision mapping, managing teaching assistants, and working with parents of pupils with "
     "autism; both authorities asked for more on dyslexia screening and on the disability equality duty.")
p(d, "As a result Bay 4 was rewritten around provision mapping and costing; Bay 7 on deploying teaching assistants, "
     "first added in 2007 at the request of Avonvale's SEN team, was lengthened to a full day; Bradon's SEN Support "
     "Service now teaches dyslexia screening in Bay 2; and ST1 was widened to take in the disability equality duty.")
p(d, "Headteachers and local authority officers host Site Task visits, and speak in Bays 5 and 7. We hope that in "
     "future they will also take part in evaluating the Programme.")

p(d, "4.9 Log book and records: quality assurance", bold=True)
p(d, "Every Bay is evaluated by Candidates on a one-page questionnaire, and tutors meet after each Bay to read the "
     "returns. The Programme Board, which includes two headteachers and an adviser from each authority, meets each "
     "term and receives the questionnaire summaries, Inspection results and the external examiner's report. The "
     "University reviews the Programme each year through its annual monitoring report, and the external examiner "
     "visits once a year. Every change made as a result is entered in the Programme Log Book with its source: the "
     "examiner's 2007 report, for example, led to clearer marking criteria for the Fabric Report.")
p(d, "Every Inspection is marked by the Candidate's tutor against the published criteria. A sample of 20 per cent, "
     "with every fail and every script within three marks of a boundary, is second-marked by another tutor; the "
     "three tutors then meet to moderate marks across the intake before the external examiner sees a sample from "
     "each module.")
p(d, "Candidates' competence and confidence are measured by the Condition Survey at the start and end of the "
     "Programme, and by a short confidence scale completed at each Bay; the changes are reported to the Programme "
     "Board. We intend, from 2009, to ask Candidates to collect data on their target pupils' progress.")

p(d, "The library holds some 900 titles and 14 journals on SEN, and Candidates use the University library on line. "
     "The Old Barn teaching room has a projector, an interactive whiteboard and six laptops, and the Learning Support "
     "Centre lends assistive technology (Clicker 5, Dragon NaturallySpeaking, a CCTV magnifier and Read and Write) "
     "for Candidates to try out with pupils.")

d.add_heading("5 Record of the Fabric", level=1)
p(d, "The Record below sets out, in our own words, what a Candidate who completes the Programme can do, where each "
     "element is laid and where it is inspected. The terms in the last column are explained at 1.4.")

rows = [["Ref", "Element of the fabric (what the SENCO can do)", "Laid in", "Inspected at"],
        ["", "Part I: Character of the SENCO", "", ""],
        ["F1", "Builds fair, respectful and constructive working relationships with pupils with SEN and disabilities "
               "and with their parents and carers", "Bays 1 and 6", "Inspected: Portfolio (ST5)"],
        ["F2", "Wins the backing of colleagues, the headteacher and senior team included, for changes to SEN provision",
         "Bay 5", "Inspected: Fabric Report"],
        ["F3", "Plans the SENCO's own time, sets priorities and delegates sensibly", "Bay 7", "Visual only"],
        ["F4", "Foresees and resolves problems, and makes sound, well-founded decisions about provision", "Bay 4",
         "Inspected: Fabric Report"],
        ["F5", "Speaks and writes clearly, and listens to and understands the views of others", "Bays 1 to 8",
         "Visual only"],
        ["F6", "Uses research evidence and advice from outside the school to improve own and colleagues' teaching",
         "Bay 3", "Inspected: Portfolio"],
        ["F7", "Keeps own knowledge of SEN and disability up to date and takes charge of own professional development",
         "Bay 8", "TRACK"],
        ["", "Part II: What the SENCO knows", "", ""],
        ["F8", "Knows the SEN Code of Practice and the law and guidance on SEN, what they mean for the school and how "
               "to put them into practice", "Bay 2", "Inspected: Portfolio (ST1)"],
        ["F9", "Understands Every Child Matters, its five outcomes, and the SENCO's part in achieving them", "Bay 1",
         "Inspected: Fabric Report"],
        ["F10", "Knows the duties of the Disability Discrimination Act and what schools must do under them (access "
                "plans, reasonable adjustments, the disability equality scheme)", "Bay 2", "Inspected: Portfolio (ST1)"],
        ["F11", "Knows the commonest kinds of SEN and disability (BESD, specific learning difficulties including "
                "dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning "
                "difficulties) and how each affects learning", "Bays 2 and 3", "Inspected: Portfolio"],
        ["F12", "Judges critically ways of assessing, planning and teaching, and the resources for them, ICT included",
         "Bay 3", "Inspected: Fabric Report"],
        ["F13", "Understands how school self-evaluation and improvement planning apply to outcomes for pupils with SEN",
         "Bay 8", "Not accessed"],
        ["F14", "Knows good practice and research findings on meeting SEN", "Bay 3", "Inspected: Fabric Report"],
        ["F15", "Knows what outside agencies do and how to get specialist help and resources from them", "Bay 5",
         "Inspected: Portfolio (ST2)"],
        ["", "Part III: What the SENCO does", "", ""],
        ["F16", "Works with the headteacher, senior colleagues and governors to shape an inclusive ethos, and the "
                "school's SEN policy, priorities and budget", "Bay 7", "Inspected: Fabric Report"],
        ["F17", "Identifies pupils who may have SEN or disabilities, sets them challenging targets, plans "
                "interventions and reviews progress", "Bay 4", "Inspected: Portfolio (ST2)"],
        ["F18", "Uses assessments from a range of other professionals to shape teaching", "Bay 5",
         "Inspected: Portfolio (ST2)"],
        ["F19", "Uses test and teacher assessment data, national tests included, to track pupils' progress and change "
                "programmes", "Bay 4", "Inspected: Fabric Report"],
        ["F20", "Helps other teachers to use assessment for learning, with approaches suited to pupils with SEN",
         "Bay 6", "Inspected: Portfolio (ST4)"],
        ["F21", "Arranges in good time the access arrangements pupils need for national tests and examinations",
         "Bay 4", "Visual only"],
        ["F22", "Maps and manages provision, and finds where it is weak or missing", "Bay 4",
         "Inspected: Fabric Report (ST3)"],
        ["F23", "Deploys and manages teaching assistants and other staff", "Bay 7", "Inspected: Portfolio"],
        ["F24", "Develops colleagues through observation and feedback, modelling, coaching, mentoring and training",
         "Bay 6", "Inspected: Portfolio (ST4)"],
        ["F25", "Reviews with colleagues how well provision is working, feeding the school's self-evaluation", "Bay 8",
         "Inspected: Fabric Report"],
        ["F26", "Works with parents and carers, keeping them informed and involved", "Bay 6",
         "Inspected: Portfolio (ST5)"],
        ["F27", "Works in partnership with other services and agencies, voluntary bodies among them", "-",
         "Inspected: Portfolio"],
        ]
t = table(d, rows)
for i, row in enumerate(rows):
    if row[0] == "" and i > 0:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        c.text = row[1]
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "EADBC8")
    if row[3] == "TRACK":
        cell_tracked(t.cell(i, 3), "", "Inspected: Portfolio", "Visual only", A, DT)
p(d)
cm = p(d, "Elements F1 to F27 are the whole Record; there is no separate list of outcomes.", italic=True)
comment(d, cm, "Should pupil participation in reviews have its own row? It is in the national list.", "Helen Ormerod", "HO")

d.add_heading("6 Schedule of recommended works", level=1)
p(d, "Categories of urgency: A, within six months; B, within a year; C, within the quinquennium; D, desirable. "
     "None of these works has yet been carried out.")
table(d, [
    ["Item", "Element", "Recommended work", "Category"],
    ["6.1", "Rainwater goods (4.4)", "Tutors to moderate the Moodle forum and offer telephone tutorials between Bays",
     "B"],
    ["6.2", "Log book (4.9)", "Collect reading and number data on each Candidate's target pupils before and after "
                                "ST2 and ST3", "A"],
    ["6.3", "Churchyard boundary (4.5)", "Arrange placements in a special school for Candidates from mainstream "
                                         "schools", "B"],
    ["6.4", "Walls (4.2)", "Bring consulting pupils and pupils' part in their own reviews into Bay 6", "C"],
    ["6.5", "Foundations (4.1)", "Use the Condition Survey to agree an individual plan with each Candidate", "C"],
    ["6.6", "Churchyard (4.8)", "Invite the Programme Board's headteachers to a yearly evaluation meeting", "D"],
])

d.add_heading("7 The Certificate", level=1)
p(d, "The Programme has two Inspections. The Portfolio (Module 1 and Site Tasks 1, 2, 4 and 5) is 6,000 words with "
     "its Site Task records; the Fabric Report (Module 2 and Site Task 3) is a 6,000-word report on a change to "
     "provision in the Candidate's school and its effect. Each is marked out of 100 against the published criteria.")
p(d, "The Certificate is awarded to Candidates who pass the two Inspections with an aggregate mark of 50 per cent or "
     "more; a mark as low as 40 in one Inspection may be compensated by the other. Candidates who fail may resubmit "
     "once, within three months.")
p(d, "At the final tutorial each Candidate, the tutor and the Candidate's headteacher draw up a Maintenance Plan: "
     "the professional targets the new SENCO will work to over the next two years, with the support the school will "
     "give and the further study (the MA modules, NASEN courses or local authority networks) that will help.")
p(d)
p(d, "Signed: R. Allingham, Inspecting Officer        Countersigned: C. Pardew, Conservation Officer", italic=True)
p(d, "Date of report: 27 October 2008", italic=True)

d.save(OUT)
print("wrote", OUT)
