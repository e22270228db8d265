"""ip-01-kingsholme-design-folio

Provider (invented): Kingsholme City Technology College, which has a specialist
SEN base (the Anvil Base, resourced provision for pupils with autism and speech,
language and communication needs), leading the Kingsholme Learning Partnership
(the CTC, nine primaries, two other secondaries and Fernside special school),
with the University of Aldermarsh validating. January 2009.

Document kind and layout: the course written up as the college's Technology
Faculty writes up a pupil's GCSE design-and-technology DESIGN FOLIO: numbered
"Sheets" (Design context, Design brief, Client profile, Research: client
questionnaire, Research: product analysis of existing products in the ACCESS FM
format, Design specification SP1-SP18, Initial ideas A/B/C, Development
(modelling = the pilot "Build 0"), Final design, Parts list, Making it
(production plan with QC points), Materials and tools, Testing and evaluation
against the specification, Further modifications). The provider's own
vocabulary: the SENCO Build, Workshop Days W1-W6, Base Days B1-B3 in the Anvil
Base, Bench Tasks BT1-BT3, the final "Crit", the Starting Point audit, the Build
Plan, the Toolbox (a Moodle area), bench partners. Sheet titles are Heading 1;
the cover is bold Normal text. A note to the panel sits in a text box. Header
and footer (the footer carries a CRB claim). Tables with shaded headers and
merged band rows (the final-design structure table and the parts list). Two
footnotes, two Word comments, one tracked deletion and one tracked insertion.
The outcomes appear only as a "Parts list" in the college's words ("Made in |
Tested in"), with no national codes.

Traps (requirement ids):
- Design brief aims only at "attainment ... in English and mathematics"; no
  well-being/ECM aim (1.1 partially_met).
- Product analysis of other courses: Product B (Northfold's induction programme)
  has a pupil-voice day and an assessment-only route; these are another
  provider's arrangements (1.5, 2.3, 6.S7).
- Spec point SP9 (assessment alone) and Idea C (a test-only route) were
  rejected: "Idea C was rejected" (2.3 not_met).
- SP12 pupil views: "Not achieved" in testing, only a further modification
  planned for 2009-10 (1.5 not_met, 6.S7 not_met).
- CRB: "each partner school checks its own staff", "the College does not see
  or record" the disclosures; a CRB sentence only in the footer (5.3 not_met).
- Toolbox forum "is not monitored by tutors"; a tracked deletion removed the
  tutor's Tuesday evening slot; bench partners support between days (3.3
  partially_met).
- Equality only as the college's scheme and a welcome (3.1 partially_met).
- Stakeholders speak and host, but their part in evaluation is only "we hope";
  a comment asks about governors (4.3 partially_met).
- Workplace mentors: "no briefing", role left to each school (5.7 partially_met).
- Pupil impact only "we would like to"; confidence self-ratings are measured
  (5.9 partially_met).
- Only a leaflet on the MA at the final Crit (2.5 partially_met).
- Parts list: several parts "Not tested" (6.A3, 6.A7, 6.S2b, 6.S2d), one
  "Practice Crit only (feedback, not marked)" (6.K7), one taught nowhere but
  tested in BT2 (6.S4); no part on child development, only a planned session
  (6.K4 not_met); award rule passes the three Bench Tasks while some parts are
  untested (6.0, 1.9 partially_met).
- The tracked insertion (double marking of a sample in every Bench Task)
  counts (5.8 met). A footnote carries the validation date (E.1 met in body too).
- Spec points written as "must" are design intentions; only what the final
  design and the making plan say counts.
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ip_helpers import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ip-01-kingsholme-design-folio.docx")
d = new_doc("Arial", 10)
header_footer(d, "Kingsholme City Technology College \u2013 Technology Faculty \u2013 DESIGN FOLIO \u2013 The SENCO Build",
              "Centre no. 58231 \u2013 Folio for the TDA approval panel \u2013 All course members hold a current enhanced CRB disclosure.")
fn = Footnotes(d)
H = lambda t: d.add_heading(t, level=1)
H2 = lambda t: d.add_heading(t, level=2)

para(d, "KINGSHOLME CITY TECHNOLOGY COLLEGE", bold=True, size=16, align="c")
para(d, "Technology Faculty", bold=True, size=12, align="c")
para(d, "DESIGN FOLIO", bold=True, size=22, align="c")
para(d, "Project: The SENCO Build \u2013 a course for teachers new to the SENCO role in the Kingsholme Learning Partnership", bold=True, size=12, align="c")
para(d, "Designer: the SENCO Build team (Ian Szabo, Ruth Adebayo, Dr Tom Kellaway, Dawn Pryce)", align="c")
para(d, "Client: the new SENCO. End users: the pupils with SEN and disabilities in our fourteen schools.", align="c")
para(d, "Submitted with our application for approval to run the National Award for SEN Coordination, January 2009", italic=True, align="c")

text_box(d, [
    "A note to the approval panel",
    "Every pupil at Kingsholme who takes GCSE Design and Technology plans a product in a design folio like this one: a context, a brief, research, a specification, ideas, development, a final design, a plan for making it, and testing against the specification. When the Partnership asked the College to design a SENCO course, the team used the same folio, because it made us test every idea against what our clients told us.",
    "The sheets follow the folio order. Sheets 9 to 13 describe the course as it will run from September 2009. The specification on Sheet 6 is what we set out to build; Sheet 13 says honestly where the final design meets it and where it does not yet.",
], height_pt=150)

para(d, "")
para(d, "CONTENTS OF THE FOLIO", bold=True)
table(d, [["Sheet", "Title", "Sheet", "Title"],
          ["1", "Design context", "8", "Development: modelling the course"],
          ["2", "Design brief", "9", "Final design"],
          ["3", "Client profile", "10", "Parts list"],
          ["4", "Research: asking the clients", "11", "Making it: production plan"],
          ["5", "Research: existing products", "12", "Materials, tools and people"],
          ["6", "Design specification", "13", "Testing and evaluation"],
          ["7", "Initial ideas", "14", "Further modifications"]], widths=[1.5, 6.5, 1.5, 6.5])

# ---------------- Sheet 1
H("Sheet 1 \u2013 Design context")
para(d, "Kingsholme City Technology College opened in 1990 and serves 1,150 students aged 11 to 19 from across the north of the city. Since 2003 it has housed the Anvil Base, the city's resourced provision for 28 secondary-age students with autism and speech, language and communication needs, who spend most of their week in mainstream lessons with support from the Base team. In 2006 the College became the lead school of the Kingsholme Learning Partnership: fourteen schools (the College, nine primary schools, two other secondary schools and Fernside School, a special school for pupils with moderate and complex learning difficulties) that share training, a pooled budget for professional development and a termly SENCO network.")
para(d, "Between September 2005 and September 2008, twenty-three teachers took on the SENCO role in Partnership schools for the first time. Eleven of them had no training for the role beyond the city council's two-day induction, which ended in July 2007. At the network meetings the same questions kept coming back: how do I run a review meeting, who do I ring about a pupil whose speech has stopped developing, how do I get the head to give me time. The Partnership's heads asked the College to design something better. The new regulations requiring new SENCOs to hold the National Award made that urgent.")
para(d, "The problem, in one sentence: new SENCOs in the Partnership learn the job by trial and error, and pupils with SEN pay for the errors.")

# ---------------- Sheet 2
H("Sheet 2 \u2013 Design brief")
p = para(d, "Design a course that will raise the attainment of pupils with SEN in Partnership schools, measured in their end of key stage results in English and mathematics, by giving their SENCOs the knowledge and skills to lead provision well. The course must lead to the National Award for SEN Coordination, be taught mostly in the Partnership, and fit around a full teaching timetable.", bold=True)
para(d, "Constraints: a maximum fee of \u00a31,350 a participant, which is the sum the Partnership's pooled budget can carry for twelve participants a year; no more than eight days out of school across the year; assessment that a University will validate at Master's level.")

# ---------------- Sheet 3
H("Sheet 3 \u2013 Client profile")
para(d, "Our typical client is a primary class teacher, four to ten years qualified, who has been asked by the head to become SENCO, often on top of a class responsibility and with half a day a week of leadership time. In the secondary schools the client is more often a head of year or an English teacher. Some clients are already experienced in SEN: two of the 2008 applicants had worked as specialist teachers for the city's Learning Support Service. Others have never written an individual education plan.")
table(d, [["Client need (what they told us)", "What this means for the design"],
          ["\"I can't be out of class more than one day a month.\"", "Few, well-spaced days; a choice of weekday or Saturday."],
          ["\"I know the Code of Practice exists. I've never read it.\"", "The law taught early, through cases."],
          ["\"Our head thinks SEN is the SENCO's job.\"", "Tasks that need the head's part."],
          ["\"I've done a dyslexia certificate \u2013 do I have to do it all again?\"", "Credit for what people already know."],
          ["\"I have no idea what the speech therapist actually does.\"", "Time with other professionals, in a real base."]], widths=[8, 8])

# ---------------- Sheet 4
H("Sheet 4 \u2013 Research: asking the clients")
para(d, "In February and March 2008 we sent a questionnaire to the heads and SENCOs of all fourteen Partnership schools and to the city council's SEN team. Thirteen heads, twenty-one SENCOs (including assistant SENCOs) and four council officers replied. We also held two focus groups with SENCOs at the network meeting in March 2008 and interviewed the chair of the city's Parent Partnership Service.")
table(d, [["Question", "Heads (13)", "SENCOs (21)", "Council (4)"],
          ["Top training need for new SENCOs", "Leading other staff (9)", "Knowing the law (14)", "Using data on progress (3)"],
          ["Preferred day for sessions", "Thursday (10)", "Saturday (11), Thursday (8)", "\u2013"],
          ["Most useful kind of activity", "Tasks in own school (12)", "Seeing a base at work (16)", "Joint work with agencies (4)"],
          ["Biggest worry", "Cost of cover (11)", "Time (19)", "Inconsistent provision maps (3)"],
          ["Would you release staff to speak or host?", "Yes (8)", "\u2013", "Yes (4)"]], widths=[5, 3.7, 3.7, 3.6])
para(d, "What the research changed. Three things in the final design come straight from these replies. First, the Workshop Days are each run twice, on a Thursday and repeated on the following Saturday, because SENCOs asked for Saturdays and heads could not release everyone on the same weekday. Second, the heads' answer that leading other staff is the biggest need produced Bench Task 2, in which every participant plans and leads a training session for colleagues in their own school. Third, the council officers' worry about provision maps led us to teach provision mapping on Workshop Day 3 with the city's own template, so that every school's map can be read by the council's SEN team.")
para(d, "The Parent Partnership Service told us that parents most often complain that reviews are held without them being told what the school has tried. That became the core of Workshop Day 5.")

# ---------------- Sheet 5
H("Sheet 5 \u2013 Research: existing products")
para(d, "In D&T we analyse existing products before designing our own. We looked at two courses that new SENCOs in the city have used, using the faculty's ACCESS FM headings.")
t = table(d, [["ACCESS FM", "Product A: Aldermarsh PGCert Inclusive Education (2004\u20132007, now closed)", "Product B: Northfold Borough SENCO Induction Programme (running)"],
              ["Aesthetics (how it feels)", "Lecture-based, on campus, evenings", "Practical, in Northfold schools"],
              ["Cost", "\u00a31,900; 60 credits", "Free to Northfold schools; no credits"],
              ["Customer", "Any teacher interested in inclusion", "New SENCOs in Northfold only"],
              ["Environment", "University seminar rooms", "Rotating host schools"],
              ["Safety (quality checks)", "University regulations", "Council quality team"],
              ["Size (time)", "Two years part time", "Six days over one year"],
              ["Function (what it does)", "Good on research; little on the SENCO's job", "Includes a pupil voice day where SENCOs interview pupils about their support; offers an assessment-only route for experienced SENCOs"],
              ["Materials", "Reading packs", "Council toolkit"]], widths=[3.4, 6.3, 6.3])
para(d, "Conclusion of the analysis. Product A was too long, too expensive and too far from the job. Product B is close to the job but carries no credits and is open only to Northfold schools. We wanted Product B's practicality with Product A's accreditation.")

# ---------------- Sheet 6
H("Sheet 6 \u2013 Design specification")
para(d, "The specification is what the finished course must do. Each point says why, and how we would test it. Sheet 13 records the results.")
spec = [
    ["SP1", "Must lead to the National Award and 60 credits at Master's level", "National requirement", "Validation by a university"],
    ["SP2", "Must take no more than eight days out of school", "Sheet 3, Sheet 4", "Count the days"],
    ["SP3", "Must offer a weekday and a Saturday option", "Sheet 4", "Timetable"],
    ["SP4", "Must cost no more than \u00a31,350 a participant", "Brief", "Budget"],
    ["SP5", "Must start from what each SENCO already knows", "Sheet 3", "Starting Point audit in use"],
    ["SP6", "Must give credit for earlier study", "Sheet 3", "University rules"],
    ["SP7", "Must include work in the SENCO's own school", "Sheet 4", "Bench Tasks"],
    ["SP8", "Must give time with other professionals in a real base", "Sheet 3", "Base Days"],
    ["SP9", "Should let experienced SENCOs gain the award by assessment alone", "Two applicants in 2008", "University agreement"],
    ["SP10", "Must teach the law through real cases", "Sheet 3", "Workshop Day 1 plan"],
    ["SP11", "Must need the head's involvement", "Sheet 3", "Bench Task briefs"],
    ["SP12", "Should give SENCOs skills in finding out pupils' views", "Product B", "Session plan"],
    ["SP13", "Must be open to every teacher, including teachers with disabilities", "College values", "Feedback"],
    ["SP14", "Must have online materials available at any time", "Sheet 4", "Toolbox in use"],
    ["SP15", "Must be marked fairly and consistently", "University rules", "Moderation records"],
    ["SP16", "Must show what difference it makes to pupils", "Brief", "Impact data"],
    ["SP17", "Must be checked and improved every year", "College QA", "Annual review"],
    ["SP18", "Must be run by people who know the job", "Sheet 3", "Staff list"]]
table(d, [["No.", "Specification point", "Why (source)", "How we will test it"]] + spec, widths=[1.3, 7.2, 3.5, 4])

# ---------------- Sheet 7
H("Sheet 7 \u2013 Initial ideas")
runin(d, "Idea A \u2013 the University course. ", "All teaching at the University of Aldermarsh on six weekday afternoons, with a written assignment after each term. Strength: academic depth. Weakness: nothing happens in schools and no Saturday option. It failed SP2, SP3 and SP7 and was dropped.")
runin(d, "Idea B \u2013 Workshop and Base. ", "Taught Workshop Days in the College, each run twice; Base Days spent in the Anvil Base with its therapists and specialist teachers; tasks carried out in the participant's own school, marked by the College and moderated by the University. This idea met most of the specification and was developed into the final design.")
runin(d, "Idea C \u2013 test only. ", "An experienced SENCO would submit a portfolio and sit the final Crit without attending any days, as Product B allows. The University's regulations require a minimum period of registered study for a Postgraduate Certificate, and the team felt the Crit alone could not show every part. Idea C was rejected, and SP9 could not be met.")

# ---------------- Sheet 8
H("Sheet 8 \u2013 Development: modelling the course")
para(d, "In D&T a model lets you test a design cheaply before you make it. Our model was Build 0: a pilot, without credits, run from January to July 2008 for six SENCOs from Partnership schools. It had four Workshop Days, one Base Day and two tasks.")
table(d, [["What we tried in Build 0", "What happened", "What we changed"],
          ["Four Workshop Days, weekdays only", "Two SENCOs missed two days each because cover fell through", "Six Workshop Days, each run on a Thursday and repeated on the Saturday"],
          ["One Base Day, observing only", "Participants said watching was not enough", "Three Base Days, each with a job to do alongside a Base specialist"],
          ["Essay on the Code of Practice", "Essays repeated the Code back", "Bench Task 1, a case study of a real pupil"],
          ["No audit at the start", "Two SENCOs already knew most of Day 1", "The Starting Point audit and the Build Plan"],
          ["Tutor marking only", "Two markers disagreed on one task", "Double marking and University moderation"]], widths=[5, 5.5, 5.5])
para(d, "Build 0 participants rated the pilot 4.1 out of 5 overall. Their comments, and those of their heads at the July 2008 heads' meeting, were used for every change in the right-hand column.")

# ---------------- Sheet 9
H("Sheet 9 \u2013 Final design: the SENCO Build")
p = para(d, "The SENCO Build is a one-year, part-time course validated by the University of Aldermarsh as its Postgraduate Certificate in SEN Coordination: 60 credits at Level 7 (Master's level), awarded with the National Award for SEN Coordination.")
fn.add(p, "Validation event held at the University of Aldermarsh on 3 December 2008; approval was given without conditions, subject to TDA approval of the programme.")
para(d, "Participants start in either September or January. Each Workshop Day is run on a Thursday and repeated on the following Saturday, and participants may switch between the two from one day to the next. The three Base Days can be taken in any order, on any of the dates offered in the term, and a SENCO who starts in January joins the Workshop Days in the next cycle where she needs them. A participant normally finishes within twelve months of starting and may take up to two years.")
t = table(d, [["Stage", "Workshop Days (College)", "Base Days (Anvil Base)", "Bench Tasks (own school)"],
              ["", "", "", ""],
              ["Autumn", "W1 The law and the SENCO\nW2 Knowing the learner", "B1 Communication and autism", "BT1 Pupil case study (4,000 words)"],
              ["", "", "", ""],
              ["Spring", "W3 Data, targets and the provision map\nW4 Leading colleagues", "B2 Working with therapists and agencies", "BT2 Provision audit and staff training session (4,000 words and a recorded session)"],
              ["", "", "", ""],
              ["Summer", "W5 Families and reviews\nW6 Judging what works", "B3 A day in the special school", "BT3 The Prototype: a change project, presented at the final Crit"]], widths=[2, 5, 4.5, 4.5])
band(t, 1, "Starting Point audit and Build Plan meeting (before W1)")
band(t, 3, "Build Plan review with the tutor (end of autumn)")
band(t, 5, "Practice Crit (end of spring): feedback only")
H2("Workshop Days")
runin(d, "W1 The law and the SENCO. ", "The SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, the Education (Special Educational Needs Coordinators) (England) Regulations 2008, and Every Child Matters with its five outcomes and what each means for the SENCO. The law is taught through six anonymised cases from Partnership schools, including a tribunal appeal. Participants leave with a checklist of the school's duties under the DDA and test their own school's accessibility plan against it.")
runin(d, "W2 Knowing the learner. ", "The most common kinds of SEN and their effect on learning: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism and moderate learning difficulties. Approaches to assessment, planning and teaching for each, including assistive technology from the College's ICT suite, and a critical look at what research says works, using the Bercow Review (2008) and Ofsted's report Inclusion: does it matter where pupils are taught? (2006).")
runin(d, "W3 Data, targets and the provision map. ", "Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing progress; using reports from educational psychologists, therapists and advisory teachers to plan teaching; provision mapping and costing with the city's template, and spotting provision that does not work or is missing. The College's data manager shows how RAISEonline, P scales and teacher assessments are used to track progress. In the last half-hour Mr Lal, the College's Exams Officer, explains how access arrangements for national tests and examinations are applied for and when.")
runin(d, "W4 Leading colleagues. ", "How to win the support of the headteacher and senior leaders, present SEN to governors and shape the school's SEN policy and budget; supporting teachers and teaching assistants through observation and feedback, modelling, coaching and short training sessions; helping colleagues use formative assessment with pupils with SEN; advising colleagues in other schools through the Partnership's SENCO network.")
runin(d, "W5 Families and reviews. ", "Building fair and respectful relationships with pupils and parents; running reviews that parents can take part in; listening when views differ and writing to parents clearly. The chair of the city's Parent Partnership Service co-teaches the afternoon.")
runin(d, "W6 Judging what works. ", "Evaluating provision with colleagues, using research and advice from outside the school to improve practice, and the principles of school self-evaluation as they apply to the outcomes of pupils with SEN, using the Ofsted self-evaluation form.")
H2("Base Days")
para(d, "On each Base Day a participant works alongside a member of the Anvil Base team: the Base's speech and language therapist, its specialist teacher of autism or its family worker. On B2 the city's educational psychologist, the child and adolescent mental health service link worker and the local autism charity's outreach worker join the Base team for a multi-agency planning meeting, which participants help to run. B3 is spent at Fernside School, the Partnership's special school. Base Days are arranged in pairs, so that each participant has a bench partner from another school; bench partners meet or phone between Workshop Days to work through the Bench Tasks together.")
H2("Bench Tasks")
table(d, [["Task", "What the SENCO does", "How it is judged"],
          ["BT1 Pupil case study", "Follows one pupil with SEN for a term: assessments from a range of professionals, targets, the plan, its review with the pupil's parents, and what the law requires of the school", "Marked by a College tutor against the BT1 criteria; 30% of the award"],
          ["BT2 Provision audit and training session", "Audits the school's provision map, identifies provision that is missing or not working, reports to the head and a governor with recommendations on staff deployment and resources, and plans and leads a training session for colleagues (recorded)", "Marked by a College tutor; the recording is watched by a second tutor; 30%"],
          ["BT3 The Prototype", "Designs, carries out and evaluates a change to SEN provision in the participant's own school over at least one term, working with an outside agency or voluntary organisation, and presents it at the final Crit to a panel of a College tutor, a University tutor and a Partnership head", "Written report (3,000 words) and the Crit; 40%"]], widths=[3.2, 8.3, 4.5])
p = para(d, "Each Bench Task must be passed in its own right; marks in one task cannot make up for a fail in another.")
tracked(p, "ins", " A sample of at least a third of the scripts in every Bench Task, and every fail and every distinction, is double marked by a second tutor before moderation.", author="T. Kellaway")
H2("The Toolbox")
p = para(d, "The Toolbox is the SENCO Build's area on the College's Moodle site. It holds the reading for each Workshop Day, the slides, video clips from the Anvil Base, the Bench Task briefs and a forum where bench partners and the group can post questions. The Toolbox is not monitored by tutors; questions for a tutor go by e-mail to the course office.")
tracked(p, "del", " The Toolbox forum is staffed by a tutor every Tuesday evening from 7 to 8 pm.", author="I. Szabo")
comment(d, p, "Can we afford a tutor hour a week? If not, take it out. IS", author="Ian Szabo")

# ---------------- Sheet 10
H("Sheet 10 \u2013 Parts list")
para(d, "A parts list names every component of the product and where it comes from. Ours names what a SENCO completing the Build can do, where that is made (taught) and where it is tested (assessed).")
parts = [
    ["P01", "Keeps fair, respectful and constructive relationships with pupils with SEN and their families", "W5; Base Days", "BT1 (review with parents)"],
    ["P02", "Wins the commitment of the head, senior leaders and colleagues", "W4", "BT2 (report to head and governor)"],
    ["P03", "Plans their own time, sets priorities and delegates", "Toolbox tip sheets", "Not tested"],
    ["P04", "Sees problems coming, solves them and makes sound decisions about provision", "W3; B2", "BT3"],
    ["P05", "Speaks and writes clearly and listens to other views", "W5", "BT3 (Crit); all written tasks"],
    ["P06", "Uses research and outside advice to improve practice", "W2; W6", "BT3"],
    ["P07", "Keeps up to date and owns their professional development in SEN", "Build Plan reviews", "Not tested"],
    ["P08", "Knows SEN law and guidance, including the Code of Practice, and how to apply them", "W1", "BT1"],
    ["P09", "Knows the Every Child Matters outcomes and the SENCO's part in them", "W1", "BT1"],
    ["P10", "Knows disability equality law and what it requires", "W1", "BT1"],
    ["P11", "Knows the common kinds of SEN and their effect on learning", "W2; B1", "BT1"],
    ["P12", "Judges approaches to assessment, teaching and learning, including ICT", "W2", "BT1; BT2"],
    ["P13", "Knows how school self-evaluation works for pupils with SEN", "W6", "Practice Crit only (feedback, not marked)"],
    ["P14", "Knows best practice and research in meeting SEN", "W2; W6", "BT3"],
    ["P15", "Knows what outside agencies do and how to get their help", "B2", "BT1; BT3"],
    ["P16", "Shapes an inclusive ethos, policy and budget with senior staff and governors", "W4", "BT2"],
    ["P17", "Identifies pupils, sets targets, plans interventions and reviews progress", "W3", "BT1"],
    ["P18", "Uses other professionals' assessments to plan teaching", "W3; B2", "BT1"],
    ["P19", "Uses test results and teacher assessments to track progress and adjust programmes", "W3", "Not tested"],
    ["P20", "Helps colleagues use formative assessment with pupils with SEN", "W4", "BT2 (training session)"],
    ["P21", "Arranges access arrangements for national tests and examinations in good time", "W3 (Exams Officer)", "Not tested"],
    ["P22", "Maps and manages provision and finds what is missing or not working", "W3", "BT2"],
    ["P23", "Deploys and manages teaching assistants and other staff", "\u2014", "BT2 (recommendations on deployment)"],
    ["P24", "Coaches, mentors, observes and trains colleagues", "W4", "BT2"],
    ["P25", "Reviews provision with colleagues to feed school self-evaluation", "W6", "BT3"],
    ["P26", "Works with parents and carers", "W5", "BT1"],
    ["P27", "Works with other services, agencies and voluntary groups", "B2", "BT3"]]
t = table(d, [["Part", "What the SENCO can do", "Made in", "Tested in"], ["", "", "", ""]] + parts[:7] + [["", "", "", ""]] + parts[7:15] + [["", "", "", ""]] + parts[15:],
          widths=[1.3, 8.2, 3.2, 3.3])
band(t, 1, "Group 1 \u2013 The SENCO as a professional")
band(t, 9, "Group 2 \u2013 What the SENCO knows")
band(t, 18, "Group 3 \u2013 What the SENCO does")
para(d, "P23 is not taught on a Workshop Day: in the Build 0 pilot every SENCO already line-managed teaching assistants, so we judged it did not need teaching.")

# ---------------- Sheet 11
H("Sheet 11 \u2013 Making it: production plan")
para(d, "A production plan lists the steps in order and the quality control (QC) check at each step.")
table(d, [["Step", "Process", "QC check", "Who"],
          ["1", "Application from the teacher with the headteacher's nomination form", "Application must show QTS, a SENCO post or a written promise of one, and the head's agreement to release the teacher for eight days", "Course office"],
          ["2", "Entry interview (30 minutes)", "Interviewer checks the applicant's knowledge of SEN in the school against the entry profile; an applicant who is not ready is given written advice on what to do first, and the head is told", "Ruth Adebayo"],
          ["3", "Vetting", "Each partner school checks its own staff; the College does not see or record participants' CRB disclosures", "Employing school"],
          ["4", "Starting Point audit", "Participant rates themselves on every part (Sheet 10) and the tutor checks the ratings against evidence at the Build Plan meeting", "Tutor"],
          ["5", "Build Plan", "Agreed plan of which Workshop sessions and Base Day jobs the participant needs most, with personal targets for each part rated low; reviewed at the end of autumn", "Tutor and participant"],
          ["6", "Workshop and Base Days", "Day evaluation form after every day; tutor observation of each other's sessions once a term", "Course manager"],
          ["7", "Bench Tasks", "Marking against published criteria; University moderation of a sample; external examiner sees all fails", "Tutors, University"],
          ["8", "Award", "University examination board confirms the award", "University"],
          ["9", "Review", "Annual course review (Sheet 13)", "Steering Group"]], widths=[1.2, 4, 8, 2.8])
p = para(d, "Credit for earlier study and experience is handled at step 4. A participant with a relevant Master's-level certificate gained in the last five years may claim up to 20 credits under the University's accreditation of prior certificated learning; a participant with substantial experience may claim the same through an APEL portfolio, which a University tutor assesses against the parts it covers. The Build Plan then drops the matching Workshop sessions, and the fee is reduced by \u00a3220 for each 10 credits.")
para(d, "Workplace mentors. Each participant's school names a workplace mentor, usually a deputy head. The College gives mentors no briefing; what the mentor does is for each school to decide.")
para(d, "Tutors are briefed at a half-day meeting each July and have the SENCO Build Tutor Handbook, which sets out the tutor's duties for the Build Plan meetings, Base Days, marking and the Crit.")

# ---------------- Sheet 12
H("Sheet 12 \u2013 Materials, tools and people")
H2("People")
table(d, [["Name", "Role on the Build", "Qualifications and experience"],
          ["Ian Szabo", "Course manager", "Director of Technology and Partnership professional development lead; NPQH; has run the Partnership's training programme since 2006"],
          ["Ruth Adebayo", "Lead tutor", "Head of the Anvil Base and SENCO of the College; MA in Special and Inclusive Education (2005); OCR Level 7 Certificate in Specific Learning Difficulties; fifteen years teaching pupils with autism"],
          ["Dr Tom Kellaway", "University tutor and moderator", "Senior Lecturer in Inclusive Education, University of Aldermarsh; former SENCO; researches provision mapping"],
          ["Dawn Pryce", "Tutor (B2, W3)", "Senior educational psychologist, city council; member of the council's SEN panel"],
          ["Anvil Base team", "Base Day specialists", "Speech and language therapist, specialist teacher of autism (Advanced Diploma), family worker"]], widths=[3.3, 3.8, 8.9])
p = para(d, "Every tutor spends at least two days a year on their own updating, logged in the College's CPD record; Ruth Adebayo and Dawn Pryce both sit on the city's SEN strategy group.")
fn.add(p, "Tom Kellaway's research on provision mapping in secondary schools was published in 2007.")
H2("Materials and tools")
para(d, "The College's Technology Faculty has an assistive technology suite with text-to-speech and speech recognition software, word prediction, symbol software and switch-access equipment, which participants use on W2 and can borrow for trial in their schools. The Anvil Base resource library holds 600 books, assessment kits and visual supports, and its catalogue is in the Toolbox. Participants have University library and electronic journal access from registration.")

# ---------------- Sheet 13
H("Sheet 13 \u2013 Testing and evaluation")
para(d, "Testing against the specification. The team tested the final design against each specification point in December 2008.")
table(d, [["Spec", "Result of the test", "Spec", "Result of the test"],
          ["SP1", "Achieved: validated, 60 credits at Level 7", "SP10", "Achieved: six cases on W1"],
          ["SP2", "Achieved: six Workshop and three Base Days (nine, but one is a Saturday)", "SP11", "Achieved: BT2 report to head"],
          ["SP3", "Achieved", "SP12", "Not achieved"],
          ["SP4", "Achieved: \u00a31,200", "SP13", "Partly: see below"],
          ["SP5", "Achieved: Starting Point audit", "SP14", "Achieved: Toolbox"],
          ["SP6", "Achieved: APCL and APEL", "SP15", "Achieved"],
          ["SP7", "Achieved: three Bench Tasks", "SP16", "Partly: see below"],
          ["SP8", "Achieved: Base Days", "SP17", "Achieved"],
          ["SP9", "Not achieved: see Idea C", "SP18", "Achieved: Sheet 12"]], widths=[1.3, 6.7, 1.3, 6.7])
runin(d, "SP13, open to every teacher. ", "The course is covered by the College's Disability Equality Scheme, and we welcome applications from teachers with disabilities.")
runin(d, "SP16, the difference to pupils. ", "Each participant rates their confidence on every part at the Starting Point audit and again at the final Crit, and the course team reports the change to the Steering Group. We would like to track the progress of the pupils in each participant's BT1 and BT3 in future years, once schools agree to share the data.")
H2("How the product will be evaluated each year")
para(d, "Evidence comes from the day evaluation forms, the confidence ratings, Bench Task results, the University moderator's report, the external examiner's annual report and an end-of-course focus group. The Steering Group (the course manager, the lead tutor, the University tutor and the College's deputy principal) meets each September to review this evidence and agrees an action plan for the next cohort, which goes to the University's annual monitoring and to the Partnership heads' meeting.")
p = para(d, "Partnership heads host the B3 visit, speak on W4 and sit on the Crit panel, and the Parent Partnership Service co-teaches W5. We hope the Partnership heads' group will also take part in evaluating the course, once it has run for a year.")
comment(d, p, "Governors' SEN link group asked to sit on the evaluation panel \u2013 agreed at their December meeting? RA", author="Ruth Adebayo")
runin(d, "At the end of the course. ", "At the final Crit each participant is given a leaflet on the University's MA in Inclusive Education.")

# ---------------- Sheet 14
H("Sheet 14 \u2013 Further modifications")
para(d, "No product is ever finished. These are the modifications the team would like to make for the 2009-10 cohort if the first run allows:")
bullets(d, [
    "a session on pupil voice, so that SENCOs learn how to involve pupils in planning and reviewing their own support, possibly using Product B's approach;",
    "a short session on child development and how SEN and the environment affect it, which the Build 0 group asked for;",
    "a tutor hour in the Toolbox forum if the budget allows;",
    "a second special school visit for primary SENCOs.",
], mark="-")
para(d, "Signed for the design team: Ian Szabo, course manager, 12 January 2009")

fn.finish()
d.save(OUT)
print("wrote", OUT)
