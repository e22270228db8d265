"""pq-01-skelbrooke-classification-report

Provider (invented): Skelbrooke Volleyball Club's Schools Programme, which has taken volleyball
into 41 Skelbrooke schools since 1996 and runs a sitting volleyball squad; the Award is validated
by the (invented) University of Wenhaston as a 60-credit Level 7 PGCert. Application dated
28 November 2008 for a first intake in March 2009.

Document kind and layout: the course written up as the club's sitting-volleyball Classification
Panel Report with its Master List (the IPC Classification Code's vocabulary): a title-block
table, Heading 1 "Part n" titles, hand-typed paragraph numbers 1.1-12.x that collide with
requirement ids ("3.3" is classifier induction, "5.3" the Card review, "4.4" criminal records),
a glossary table (the Master List's status codes C / R / N / W and the "Observed at" dash are
defined there, in Part 2, far above the table in Part 13), a Panel table with a placeholder
classifier, a landscape-free calendar table with merged cells (a merged Easter row, a merged
"Saturday only" cell), a text box holding the award rule ("Panel note 1"), two Word comments,
footnotes, a tracked deletion (an assessment-only class) and a tracked insertion (the external
examiner's sample), a header, and a footer that claims every athlete holds a CRB disclosure.
Terms: athlete = participant; classifier = tutor-assessor; Chief Classifier = programme leader;
Technical Delegate = the University's link tutor; Courtside Day = taught day; Athlete Evaluation
= pre-course needs assessment; Classification Card = individual training plan; Court Captain =
school-based mentor; Match Task MT1-MT4 = marked school-based assignment; Sport Class = route.

Traps (requirement ids):
- Wrong context: Part 10.1-10.2 describe reasonable adjustments for players in the club's sitting
  squad and for pupils in schools sessions; for athletes only level access to the venue (3.1
  partially_met).
- Past arrangement: the pilot let athletes join in January and take Days in any order; now one
  intake a year and a fixed order, only a Saturday/twilight choice (3.2 partially_met).
- No e-learning stated plainly (3.3 not_applicable); the library's electronic journals are a
  resource (5.6), not e-learning.
- Negation plus a tracked deletion: the deleted "Sport Class AO" sentence is not part of the
  submission; the visible text says the Panel decided against an assessment-only class (2.3 not_met).
- Someone else's responsibility: classifiers and coaches hold CRB disclosures; athletes' are
  left to the headteacher and not asked for; the only claim about athletes is in the footer
  (5.3 not_met).
- Hope: stakeholders in evaluation only "We would like ... from 2010" (4.3 partially_met; they
  are in delivery). Comment asking to say heads WILL join is not part of the submission.
- Placements explicitly not arranged; a comment offering special-school visits is not part of
  the submission (5.5 partially_met: specialist expertise only).
- Pupil impact not collected, "on its list for 2009-10" (5.9 partially_met: competence and
  confidence measured).
- Pupil voice: athletes hear the junior squad and see two tools but "are not asked to use
  either with pupils" (1.5 partially_met); line S7 is status R (6.S7 partially_met).
- After the Award only a list of further courses, no targets (2.5 partially_met).
- Award rule in a text box covers only lines "whose status is C" (6.0 partially_met); R, N and
  W lines mean not every outcome is assessed (1.9 partially_met).
- Master List: R (reviewed, not marked) for A3, A7, S2d, S4, S7 (partially_met); a dash in
  "Observed at" for K4, classified but not taught (partially_met); N (from September 2009) for
  S2c (not_met); W for K7, left to the Council's own course, another provider's arrangement
  (not_met).
- Right words, wrong thing: "self-evaluation" appears for athletes' self-rating (5.9), not K7.
- Footer and header are never evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _pq_helpers import *  # noqa
from docx.shared import Pt, Cm

HERE = Path(__file__).parent
NAME = "pq-01-skelbrooke-classification-report"

doc = base_doc("Arial", 10)
fn = Footnotes(doc)
header_footer(doc, "SKELBROOKE VOLLEYBALL CLUB  \u00b7  SCHOOLS PROGRAMME  \u00b7  CLASSIFICATION PANEL  \u00b7  CPR 2008/1",
              "All athletes hold current enhanced CRB disclosures.  Master List correct at 28 November 2008.")

para(doc, "SKELBROOKE VOLLEYBALL CLUB \u2014 SCHOOLS PROGRAMME", bold=True, size=11, align="center", space_after=0)
para(doc, "Classification Panel Report 2008/1", bold=True, size=18, align="center", space_after=2)
para(doc, "National Award for Special Educational Needs Coordination: the Award as the club will run it, "
          "with the Master List", italic=True, size=11, align="center")

tb = table(doc, [
    ["Report number", "CPR 2008/1"],
    ["Competition", "National Award for Special Educational Needs Coordination (\u201cthe Award\u201d), first intake March 2009"],
    ["Validating body", "University of Wenhaston, School of Education"],
    ["Panel", "Chief Classifier: Dr Ruth Halloran. Classifiers: Mr Dev Anand, Mrs Gail Tomlinson, "
              "[Classifier 4]. Technical Delegate: Mr Owen Pask. Secretary: Mr Harry Lowther"],
    ["Venue", "Function Room 1, Lanes Sports Centre, Mill Lane, Skelbrooke"],
    ["Date of report", "28 November 2008"],
    ["Distribution", "Training and Development Agency for Schools; University of Wenhaston; Skelbrooke Council "
                     "Children's Services; headteachers of the Schools Programme's partner schools; club committee"],
], widths=[4, 12.5])
for r in tb.rows:
    shade_cell(r.cells[0], "D9E2F3")
    for p in r.cells[0].paragraphs:
        for rr in p.runs:
            rr.bold = True

# ---------------- Part 1
doc.add_heading("Part 1  Why this report looks as it does", level=1)
p = para(doc, "1.1  The Classification Panel of Skelbrooke Volleyball Club has reported on every sitting volleyball "
              "squad the club has entered since 2003, in the form the IPC Classification Code sets out for "
              "classification panels.")
fn.add(p, "IPC Classification Code and International Standards, International Paralympic Committee, November 2007.")
p.add_run(" Our Schools Programme, which has taken volleyball into 41 primary and secondary schools in Skelbrooke "
          "since 1996, asked the Panel's secretary to set the Award out in the same way. Our tutors are already "
          "classifiers; our partner heads and the Council's officers have read our classification reports for "
          "years; and the format makes us say, line by line, what is seen, where, and how it is decided.")
para(doc, "1.2  The Award is validated by the University of Wenhaston as its Postgraduate Certificate in Special "
          "Educational Needs Coordination: 60 credits at Level 7 (masters level). The University confers the award "
          "and the credit. The club's Schools Programme recruits, teaches, supports and classifies (assesses) "
          "athletes under the University's regulations, and the University's Board of Examiners confirms every "
          "result.")
para(doc, "1.3  The Panel's aim for the Award is that pupils with special educational needs and disabilities in "
          "each athlete's school achieve more and are better off: that they make better progress in their learning "
          "and do better on all five Every Child Matters outcomes (being healthy, staying safe, enjoying and "
          "achieving, making a positive contribution and achieving economic well-being). Every Courtside Day is "
          "planned back from that aim, and every Match Task is classified partly on what changed for the pupils "
          "(7.3 below).")

# ---------------- Part 2
doc.add_heading("Part 2  Terms used in this report", level=1)
para(doc, "2.1  The Panel uses its own words throughout. They mean the following.")
terms = [
    ["Term", "What it means in this report"],
    ["Athlete", "A teacher taking the Award."],
    ["Chief Classifier", "The programme leader, who chairs the Panel."],
    ["Classifier", "A tutor who teaches on Courtside Days and classifies (marks) Match Tasks. Every Match Task is "
                   "classified by two classifiers."],
    ["Technical Delegate", "The University's link tutor, who sits on the Panel and reports to the University's "
                           "Board of Examiners."],
    ["Courtside Day", "A taught day, 09:30 to 15:30, or the same day taught as two twilight sessions. There are ten."],
    ["Athlete Evaluation", "The assessment of each athlete against every line of the Master List before "
                           "Courtside Day 1 (Part 5)."],
    ["Classification Card", "The athlete's individual training plan, agreed at Athlete Evaluation and reviewed at "
                            "Courtside Days 5 and 10."],
    ["Court Captain", "A senior colleague in the athlete's own school who supports the athlete there (Part 8)."],
    ["Observation in Competition", "A classifier's visit to the athlete's school to see the athlete at work."],
    ["Match Task", "A marked piece of work done in and for the athlete's school: MT1 to MT4 (Part 7)."],
    ["Sport Class", "The route by which an athlete takes the Award (Part 6)."],
    ["Status", "On the Master List, each line has a status. C: confirmed. The line is classified in the Match Task "
               "named beside it, by two classifiers, and counts towards the Award. R: review. The classifier looks "
               "at the line with the athlete at the Review on Courtside Day 10; it is not marked. N: new. The line "
               "joins the Award from September 2009. W: withdrawn (see the Panel note beneath the Master List)."],
    ["Observed at", "On the Master List, the Courtside Day or Days at which a line is taught. A dash means that no "
                    "Courtside Day is given to the line."],
    ["Protest", "An athlete's appeal against a classification (Part 9)."],
]
t = table(doc, terms, widths=[4, 12.5], header_fill="1F3864")
for c in t.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

# ---------------- Part 3
doc.add_heading("Part 3  The Panel", level=1)
para(doc, "3.1  The Panel meets in September, December, March and July. Its members, and what each brings, are:")
panel = [
    ["Name", "Role on the Panel", "Background"],
    ["Dr Ruth Halloran", "Chief Classifier (programme leader)",
     "SENCO at Thornlea High School 1991-2003; the Council's SEN adviser 2003-07; now the club's Schools Programme "
     "Director (part time) and an associate lecturer at Wenhaston. EdD (2006) on provision mapping in secondary schools."],
    ["Mr Dev Anand", "Classifier",
     "SENCO at Moss Bank Primary School for nine years and still SENCO there two days a week; postgraduate "
     "certificate in specific learning difficulties (dyslexia); convenes the Council's SENCO network."],
    ["Mrs Gail Tomlinson", "Classifier",
     "Specialist teacher with Skelbrooke Autism Outreach Service; MA Autism (2005); ten years as a class teacher in "
     "a special school."],
    ["[Classifier 4 \u2014 name to follow]", "Classifier", "[to be appointed January 2009]"],
    ["Mr Owen Pask", "Technical Delegate",
     "Senior Lecturer in Inclusive Education, University of Wenhaston; external examiner for two other "
     "universities' SEN programmes."],
    ["Mr Harry Lowther", "Secretary", "Club Secretary. Not a classifier."],
]
table(doc, panel, widths=[3.8, 3.8, 9], header_fill="D9E2F3")
para(doc, "")
para(doc, "3.2  Classifiers keep their knowledge current. Each spends at least five days a year in schools in a "
          "current SEN role, and the Panel's March meeting is given over to new guidance, research and inspection "
          "findings; in 2008 these were the Bercow review of services for children with speech, language and "
          "communication needs and the first materials of the Inclusion Development Programme.")
p = para(doc, "3.3  Every new classifier shadows two Courtside Days and second-marks a Match Task with the Chief "
              "Classifier before classifying alone. The Classifier Handbook sets out what a classifier, the Technical "
              "Delegate and a Court Captain each do, the Master List and the marking bands; classifiers meet for a "
              "standardisation morning before every marking round (9.3).")
fn.add(p, "Classifier Handbook, 3rd edition, September 2008, revised for the Award.")

# ---------------- Part 4
doc.add_heading("Part 4  Minimum Criteria", level=1)
para(doc, "4.1  To be classified at all, an athlete must hold Qualified Teacher Status; teach in a school in "
          "Skelbrooke or a neighbouring authority; be the school's SENCO, or be named by the headteacher to become "
          "SENCO within the year; have taught for at least two years; and have the headteacher's written agreement "
          "to the Observation in Competition and to the Match Tasks being carried out in the school.")
para(doc, "4.2  Applicants send the application form with a headteacher's statement. The Chief Classifier reads "
          "every application against the Minimum Criteria. Where the form or the statement leaves doubt about "
          "whether the applicant could meet every line of the Master List by the end of the Award, she telephones "
          "the head before a place is offered.")
para(doc, "4.3  An applicant who does not meet the Minimum Criteria is sent a letter setting out what is missing "
          "and what they could do about it (a year as deputy SENCO, for example, or the Council's SENCO network "
          "course), and the Chief Classifier offers to talk it through with their headteacher. Nineteen of the "
          "21 applicants for the pilot met the criteria.")
para(doc, "4.4  Every classifier, and every club coach who works in schools, holds an enhanced Criminal Records "
          "Bureau disclosure, renewed every three years under the club's Welfare Policy; the club's Welfare Officer "
          "keeps the register. Athletes are teachers employed by their schools, so the Panel leaves their "
          "disclosure to their headteacher and does not ask to see it.")

# ---------------- Part 5
doc.add_heading("Part 5  Athlete Evaluation and the Classification Card", level=1)
para(doc, "5.1  Before Courtside Day 1 every athlete completes the evaluation form: for each line of the Master "
          "List a rating from 1 (new to me) to 4 (I do this now and can show it), with one piece of evidence for "
          "any line rated 3 or 4.")
para(doc, "5.2  A classifier then meets the athlete for 45 minutes, at the club or in the athlete's school, and "
          "checks the ratings against the evidence. (Athletes often rate their knowledge of the Code of Practice "
          "high when what they know is the 1994 Code.) Together they agree the Classification Card: the lines the "
          "athlete will work on hardest, the reading set for each, which Courtside Day sessions the athlete must "
          "attend and which may be exchanged for directed study, and the focus of each Match Task in the athlete's "
          "school. The Card is the athlete's own set of outcomes for the Award.")
para(doc, "5.3  The Card is reviewed with a classifier at Courtside Day 5 and again at the Review on Courtside "
          "Day 10, and changed where the athlete's work shows that a line needs more or less time.")
para(doc, "5.4  Prior learning. An athlete who has passed study in special educational needs at Level 7 in the "
          "last five years may ask for up to 30 of the 60 credits to be accredited under the University's "
          "procedure for the accreditation of prior learning; the Technical Delegate advises and the University's "
          "APL Board decides. An experienced SENCO without certificated study may instead put forward a portfolio "
          "of prior experience mapped to the lines of the Master List, which two classifiers assess in the same "
          "way as a Match Task. A Match Task accredited in either way is marked on the Classification Card and "
          "is not taken again.")

# ---------------- Part 6
doc.add_heading("Part 6  Sport Classes", level=1)
para(doc, "6.1  Sport Class F (full): all ten Courtside Days and all four Match Tasks. Most athletes are "
          "classed F.")
para(doc, "6.2  Sport Class A (accredited): an athlete with credit under 5.4 takes the Match Tasks and attends "
          "the Courtside Days that the Classification Card names.")
p = para(doc, "6.3  ")
tracked_del(p, "Sport Class AO (assessment only): an exceptional athlete who already meets every line of the "
               "Master List may be classified on the four Match Tasks without attending Courtside Days, for a fee "
               "of \u00a3420. ", author="Ruth Halloran", date="2008-11-20T16:02:00Z")
p.add_run("The Panel considered an assessment-only class at its June 2008 meeting and decided against it for "
          "2008-09: every athlete attends at least the Courtside Days their Classification Card names.")
para(doc, "6.4  The fee is \u00a31,150 for Sport Class F and \u00a3780 for Sport Class A. Skelbrooke Council pays "
          "half the fee for athletes in its schools. We keep costs down by teaching in the club's own rooms at "
          "the Lanes Sports Centre, and groups of 12 to 16 let each classifier give every athlete a 20-minute "
          "tutorial on every Courtside Day.")
para(doc, "6.5  Within a Courtside Day, athletes work in court groups set from their Classification Cards "
          "(primary and secondary; newer and more experienced SENCOs), and every Match Task is set on a focus "
          "that the athlete agrees with the classifier for their own school, so that the Award is done on the "
          "athlete's real work and moves them on from where they started.")

# ---------------- Part 7
doc.add_heading("Part 7  Courtside Days and Match Tasks", level=1)
para(doc, "7.1  The competition calendar for the first intake is below. Each Courtside Day is taught once on a "
          "Saturday and once as two twilight sessions (16:15 to 19:15) in the same fortnight.")
cal = [
    ["Day", "Saturday group", "Twilight group", "What the Day covers", "Led by"],
    ["1", "14 March 2009", "17 and 19 March", "The SENCO's job in law and policy: the Education Act 1996, the SEN Code "
     "of Practice (2001) and SEN Toolkit, the Education (Special Educational Needs Co-ordinators) (England) "
     "Regulations 2008, the Children Act 2004, Every Child Matters and the Children's Plan; what they mean for the "
     "school, the SENCO and others, and how to put them into practice.", "Ruth Halloran"],
    ["2", "28 March 2009", "31 March and 2 April", "Disability and equality: the Disability Discrimination Act 1995 "
     "as amended in 2001 and 2005, the Disability Equality Duty, accessibility plans and what they require a school "
     "to do. Fair, respectful and constructive relationships with pupils and their families.", "Gail Tomlinson"],
    ["Easter break: no Courtside Days", None, None, None, None],
    ["3", "25 April 2009", "28 and 30 April", "What the research and inspection evidence says: Ofsted's Inclusion: "
     "does it matter where pupils are taught? (2006), the Bercow review (2008), the Inclusion Development "
     "Programme; best practice in meeting special educational needs. Specific learning difficulties including "
     "dyslexia, speech, language and communication needs, moderate learning difficulties.", "Dev Anand"],
    ["4", "9 May 2009", "12 and 14 May", "Autistic spectrum disorders; behavioural, emotional and social "
     "difficulties; how these affect learning. Approaches, strategies and resources for teaching, including ICT "
     "(Clicker 5, Widgit symbols, visual timetables). Access arrangements for national tests and examinations.",
     "Gail Tomlinson and Dev Anand"],
    ["5", "6 June 2009", "9 and 11 June", "Identifying pupils who may have SEN; setting targets, planning and "
     "reviewing interventions; using assessments from educational psychologists, therapists and advisory teachers; "
     "summative assessment, national tests, P scales and RAISEonline to track progress. Classification Card "
     "review.", "Dev Anand"],
    ["6", "20 June 2009", "23 and 25 June", "Provision mapping and management; reviewing and evaluating provision "
     "with colleagues; finding ineffective or missing provision. Problem cases: anticipating and resolving "
     "problems and making sound decisions.", "Ruth Halloran"],
    ["7", "12 September 2009", "15 and 17 September", "Families and pupils: working with parents and carers, "
     "co-led with the Parent Partnership Service; involving pupils in planning and reviewing their provision; a "
     "half hour with the club's junior sitting squad.", "Parent Partnership Service and Gail Tomlinson"],
    ["8", "3 October 2009", "6 and 8 October", "Leading colleagues: the headteacher, senior leaders and governors; "
     "an inclusive ethos and policy; deploying and managing teaching assistants; coaching, mentoring and training "
     "colleagues; prioritising and managing the SENCO's time.", "Ruth Halloran"],
    ["9", "7 November 2009", "10 and 12 November", "Outside agencies: the Council's educational psychologists, "
     "speech and language therapy, CAMHS, sensory support, the Common Assessment Framework, and voluntary groups "
     "(Skelbrooke Autism Parents Group, the local dyslexia association).", "Council officers with Dev Anand"],
    ["10", "28 November 2009", "No twilight group: Day 10 is held on the Saturday only", None, "The Panel"],
]
ct = table(doc, cal, widths=[1.2, 2.6, 2.8, 7.6, 2.6], header_fill="1F3864", size=8.5)
for c in ct.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
m = ct.cell(3, 0).merge(ct.cell(3, 4))
cell_text(m, "Easter break: no Courtside Days", italic=True, size=8.5, fill="E7E6E6", align="center")
m2 = ct.cell(11, 2).merge(ct.cell(11, 3))
cell_text(m2, "No twilight group: Day 10 is held on the Saturday only. The Review: each athlete's Master List "
              "lines with status R are looked at with a classifier; athletes present their MT4 findings; what next.",
          size=8.5)
para(doc, "")
para(doc, "7.2  The four Match Tasks are:")
mts = [
    ["Match Task", "What the athlete does", "How it is classified"],
    ["MT1  School Audit", "A 3,000-word audit of how the law, Every Child Matters and disability equality apply in "
     "the athlete's school, with a case study of one pupil: the pupil's needs, how the pupil's development has been "
     "shaped by those needs and by the school's physical and social environment, and what the research says about "
     "meeting them.", "Written; two classifiers; lines A6, K1, K2, K3, K4, K5"],
    ["MT2  Leading the Team", "The athlete plans and leads a staff development session in school, seen by a "
     "classifier at the Observation in Competition, and writes a 1,500-word account including how the headteacher, "
     "senior leaders and governors responded and what the school decided.", "Observed and written; two classifiers; "
     "lines A2, A5, S1, S5"],
    ["MT3  The Pupil Plan", "The athlete identifies a small group, sets targets, plans and runs an intervention over "
     "at least eight weeks using other professionals' assessments, reviews it with the pupils' parents and reports "
     "on the effect.", "Written with evidence file; two classifiers; lines A1, A5, K6, S2, S2a, S8"],
    ["MT4  Provision Review", "A provision map for a year group or key stage, reviewed with colleagues against "
     "summative data; ineffective and missing provision named; outside agencies brought in where needed; a "
     "decision paper for the headteacher. Findings presented at Courtside Day 10.", "Written and presented; two "
     "classifiers; lines A4, K8, K9, S2b, S3, S6, S9"],
]
table(doc, mts, widths=[3, 9.5, 4.3], header_fill="D9E2F3", size=9)
para(doc, "")
para(doc, "7.3  Each Match Task requires the athlete to change something in the school's provision and to report "
          "what changed for the pupils: their learning and their well-being under the five Every Child Matters "
          "outcomes. A Match Task that describes without changing anything is not passed.")
para(doc, "7.4  Each line named against a Match Task is classified Confirmed or Not Yet Confirmed by each "
          "classifier, with written feedback on every line. A Match Task is passed when every line named against "
          "it is Confirmed. A Match Task that is not passed may be resubmitted once, within eight weeks.")

# ---------------- Part 8
doc.add_heading("Part 8  Court Captains, Observation in Competition and specialists", level=1)
para(doc, "8.1  Each athlete's headteacher names a Court Captain, usually a deputy or assistant head. Court "
          "Captains come to a two-hour briefing at the club in the month before Courtside Day 1 and are given the "
          "Court Captain's Guide, which sets out what they do: meet the athlete at least twice a term, open doors "
          "in school for the Match Tasks, and write a short report on the athlete's work with teaching assistants "
          "and other support staff for the Review on Courtside Day 10. Court Captains do not classify Match Tasks.")
para(doc, "8.2  Observation in Competition. Once during the Award, while MT2 is under way, a classifier spends "
          "half a day in the athlete's school, sees the staff session the athlete leads, meets the Court Captain "
          "and talks with the headteacher.")
p = para(doc, "8.3  Athletes meet specialists on most Courtside Days: educational psychologists, a speech and "
              "language therapist, the autism outreach team and the sensory support service teach with us, and "
              "the Parent Partnership Service co-leads Day 7. We do not arrange placements or visits to other "
              "schools: the Award is done in the athlete's own school.")
doc.add_comment(p.runs[-1:], text="Brook Lane special school has offered us visit days for athletes. Can we put "
                "them in? HL", author="Harry Lowther", initials="HL")

# ---------------- Part 9
doc.add_heading("Part 9  Classification, moderation and protest", level=1)
para(doc, "9.1  Every Match Task is classified by two classifiers working separately. They then agree a result "
          "for each line; where they cannot agree, the Chief Classifier classifies the line a third time.")
p = para(doc, "9.2  The Technical Delegate moderates at least a quarter of the scripts for every Match Task, "
              "including every script that has not passed, before results go to the University's Board of "
              "Examiners")
tracked_ins(p, ", and the University's external examiner sees a sample of every Match Task each year",
            author="Owen Pask", date="2008-11-24T09:15:00Z")
p.add_run(".")
para(doc, "9.3  Before every marking round the classifiers mark two Match Tasks from the pilot together and "
          "compare their classifications line by line, so that a line is Confirmed to the same standard whoever "
          "classifies it.")
para(doc, "9.4  Protest. An athlete may protest a classification in writing within 14 days. A classifier who "
          "did not classify the Match Task looks at it again with the Technical Delegate, and the athlete may "
          "then appeal under the University's academic appeals procedure.")
text_box(doc, [
    ("Panel note 1: the award rule", True),
    ("The University makes the Award to an athlete when the Panel has confirmed every line of the Master List "
     "whose status is C and all four Match Tasks are passed (or accredited under 5.4). Attendance alone earns "
     "nothing.", False),
], height_pt=70)

# ---------------- Part 10
doc.add_heading("Part 10  Access, adjustments and flexibility", level=1)
para(doc, "10.1  In our sitting squad, a player's sport class depends on their impairment, and the Panel makes "
          "reasonable adjustments to the evaluation for any player who needs them: a British Sign Language "
          "interpreter, a longer evaluation, or a second session on another day.")
para(doc, "10.2  In schools sessions our coaches adapt the game for pupils with special educational needs and "
          "disabilities: lower nets, lighter and slower balls, and sitting volleyball for whole classes so that "
          "every pupil plays.")
para(doc, "10.3  Courtside Days are held in Function Room 1 at the Lanes Sports Centre, which is on the ground "
          "floor with level access, a hearing loop and an accessible toilet.")
para(doc, "10.4  Each Courtside Day runs twice, on a Saturday and as two twilight sessions in the same fortnight, "
          "and an athlete may move between the Saturday and twilight groups from Day to Day. The Days run in a "
          "fixed order and, after the first intake, there is one intake a year, in September. (In the 2007-08 "
          "pilot, athletes could join in January and take the Days in any order; the Panel found that they "
          "missed the groundwork and stopped it.)")
para(doc, "10.5  There is no online or e-learning part to the Award: Courtside Days are face to face, and reading "
          "packs and handouts are given out on paper.")

# ---------------- Part 11
doc.add_heading("Part 11  The pilot, what schools asked for, and how the Panel reviews the Award", level=1)
para(doc, "11.1  The Schools Programme ran an unaccredited pilot in 2007-08 for 19 teachers from 17 schools; 16 "
          "finished it.")
para(doc, "11.2  Before planning the Award the Panel asked the headteachers and SENCOs of the 41 schools in the "
          "Schools Programme what a new SENCO most needs. Twenty-six heads and 31 SENCOs replied, and the Council's "
          "SEN team and the Parent Partnership Service gave their views at a meeting in February 2008. The needs "
          "named most often were provision mapping, working with outside agencies, managing teaching assistants "
          "and finding the time to do the job; the Council asked for the Disability Equality Duty. Courtside Days "
          "6, 8 and 9 and the first half of Day 2 are there because of what they told us.")
para(doc, "11.3  The pilot athletes' end-of-day sheets and exit survey changed the Award in three ways: the old "
          "single law day became Days 1 and 2; the Parent Partnership Service now co-leads Day 7, because pilot "
          "athletes said the parents' session was taught \u201cfrom the school's side only\u201d; and the twilight "
          "groups were added because seven of the 19 found Saturdays hard.")
para(doc, "11.4  Council officers teach Day 9, the Parent Partnership Service co-leads Day 7, Court Captains "
          "support athletes in their schools, and members of our junior sitting squad take part in Day 7.")
p = para(doc, "11.5  Evaluating the Award is the Panel's own job. We would like two partner headteachers and a "
              "parent from the Parent Partnership Service's forum to join the Panel's annual review from 2010, and "
              "we will ask them once the first intake has finished.")
doc.add_comment(p.runs, text="Could we say the heads WILL join the review? They said yes informally. RH",
                author="Ruth Halloran", initials="RH")
para(doc, "11.6  The Panel gathers evidence about the Award from athletes' end-of-day sheets, scored 1 to 5 on "
          "every Courtside Day; a classifiers' meeting after every Day; the Court Captains' end-of-year "
          "questionnaire; the Technical Delegate's annual report; the University's annual monitoring; and the "
          "external examiner's report. The Panel reads all of these at its July meeting and writes an action list "
          "for the next intake, with a named person and a date against each action; the previous year's list is "
          "checked at the same meeting and carried forward where it is not done.")
para(doc, "11.7  Athletes rate themselves against every line of the Master List at Athlete Evaluation and again "
          "at the Review, and the Panel compares the two sets of ratings with the classifiers' classifications to "
          "see how each athlete's competence and confidence have changed. We do not at present collect evidence "
          "of the Award's effect on pupils' achievement; the Panel has put this on its list for 2009-10.")
para(doc, "11.8  The half hour with our junior sitting squad on Day 7 gives athletes the chance to hear young "
          "disabled people say how they like adults to ask them about school. We also show two ways of gathering "
          "pupils' views, a talking mat and a short picture questionnaire. Athletes are not asked to use either "
          "with pupils during the Award.")
para(doc, "11.9  On Courtside Day 10 every athlete is given a list of further courses: the University's MA "
          "modules in inclusive education, the Council's autism and dyslexia courses, and the club's own Level 1 "
          "coaching award for teachers who want to start a volleyball club.")

# ---------------- Part 12
doc.add_heading("Part 12  Resources", level=1)
para(doc, "12.1  Athletes are registered as associate students of the University for the length of the Award "
          "and may use its library, including its electronic journals. The Schools Programme's resource room at "
          "the Lanes holds a loan collection of assessment and teaching materials (reading and spelling tests, the "
          "British Picture Vocabulary Scale, language screening packs, social stories, visual timetables and "
          "communication books). On Courtside Days 4 and 5 each pair of athletes works on a laptop with Clicker 5, "
          "Widgit Communicate: In Print and the Panel's provision-mapping spreadsheet, and athletes may borrow the "
          "laptops for their Match Tasks.")

# ---------------- Part 13
doc.add_heading("Part 13  Master List", level=1)
para(doc, "13.1  The Master List gives the national minimum outcomes, one to a line, in the Panel's words, "
          "with where each is observed and its status.")
ml = [
    ["Line", "What the athlete shows", "Observed at", "Classified in", "Status"],
    ["Professional attributes", None, None, None, None],
    ["A1", "Fair, respectful, supportive and constructive relationships with pupils with SEN or disabilities and with their parents or carers", "2, 7", "MT3", "C"],
    ["A2", "Wins the commitment of colleagues, including the head and senior leaders, to better outcomes for these pupils", "8", "MT2", "C"],
    ["A3", "Sets priorities, manages time and delegates, and checks that delegated tasks are done well", "8", "\u2014", "R"],
    ["A4", "Sees problems coming and resolves them; makes well-founded decisions about provision", "6", "MT4", "C"],
    ["A5", "Speaks and writes clearly; listens to others and understands their views", "1, 7", "MT2, MT3", "C"],
    ["A6", "Uses research and outside advice to improve their own and colleagues' practice", "3", "MT1", "C"],
    ["A7", "Keeps up to date and takes charge of their own professional development in SEN and disability", "3, 10", "\u2014", "R"],
    ["Professional knowledge and understanding", None, None, None, None],
    ["K1", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and the SENCO, and how to put them into practice", "1", "MT1", "C"],
    ["K2", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "1", "MT1", "C"],
    ["K3", "The law on disability equality and the actions it requires of schools", "2", "MT1", "C"],
    ["K4", "How children develop, and how SEN, disability and the physical and social environment affect development", "\u2014", "MT1", "C"],
    ["K5", "The most common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "3, 4", "MT1", "C"],
    ["K6", "A critical grasp of approaches, strategies and resources for assessment, planning and teaching, including ICT, used to remove barriers and personalise provision", "4, 5", "MT3", "C"],
    ["K7", "Principles of school self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "\u2014", "\u2014", "W"],
    ["K8", "Best practice and the findings of research on meeting special educational needs", "3", "MT4", "C"],
    ["K9", "What outside agencies do, and how to get specialist support and resources", "9", "MT4", "C"],
    ["Professional skills", None, None, None, None],
    ["S1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and the use of resources", "8", "MT2", "C"],
    ["S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "5", "MT3", "C"],
    ["S2a", "Uses assessments from a range of professionals to shape teaching", "5, 9", "MT3", "C"],
    ["S2b", "Uses summative assessment, including national tests, to track progress and change programmes", "5", "MT4", "C"],
    ["S2c", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN", "\u2014", "\u2014", "N"],
    ["S2d", "Identifies in good time the special arrangements pupils need for tests and examinations and puts them in place", "4", "\u2014", "R"],
    ["S3", "Uses provision mapping and management to plan provision and find what is ineffective or missing", "6", "MT4", "C"],
    ["S4", "Deploys and manages staff well to support pupils with SEN", "8", "Court Captain's report", "R"],
    ["S5", "Supports colleagues' professional development: observation and feedback, modelling, coaching, mentoring, training", "8", "MT2", "C"],
    ["S6", "Reviews and evaluates provision with other staff to inform the school's self-evaluation and planning", "6", "MT4", "C"],
    ["S7", "Involves pupils in planning, agreeing, reviewing and evaluating their own provision", "7", "\u2014", "R"],
    ["S8", "Works effectively with parents and carers to promote pupils' learning and development", "7", "MT3", "C"],
    ["S9", "Works in partnership with other services and agencies, including voluntary organisations", "9", "MT4", "C"],
]
mt = table(doc, ml, widths=[1.2, 10.3, 1.8, 2.3, 1.2], header_fill="1F3864", size=8.5)
for c in mt.rows[0].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, row in enumerate(ml):
    if row[1] is None and i > 0:
        mc = mt.cell(i, 0).merge(mt.cell(i, 4))
        cell_text(mc, row[0], bold=True, size=8.5, fill="D9E2F3")
para(doc, "")
para(doc, "Panel note 2. Line S4 is not classified in a Match Task: the Court Captain's report on the athlete's "
          "work with support staff is read at the Review.", italic=True)
para(doc, "Panel note 3. Line S2c joins MT2 from September 2009.", italic=True)
para(doc, "Panel note 4. Line K7 is withdrawn: the Council teaches school self-evaluation on its own course for "
          "SENCOs, Self-Evaluation for Inclusion, which most athletes take in their first year as SENCO.",
     italic=True)

para(doc, "")
sig = table(doc, [
    ["Signed for the Panel", "Position", "Date"],
    ["Ruth Halloran", "Chief Classifier", "28 November 2008"],
    ["Owen Pask", "Technical Delegate", "28 November 2008"],
], widths=[6, 6, 4.5], header_fill="D9E2F3")

fn.finish()
out = HERE / (NAME + ".docx")
doc.save(out)
print(out, word_count(out), "words")
