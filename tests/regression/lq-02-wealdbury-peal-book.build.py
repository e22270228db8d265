"""lq-02-wealdbury-peal-book: a ringers' guild writes its SENCO course as a Peal Book.

Provider (invented): the Wealdbury Guild of Ringers with the Cathedral School of St Eanswythe,
Wealdbury, validated by St Dunstan's University College, Wealdbury, as a Postgraduate
Certificate (60 credits, Level 7). December 2008, for the 2008-09 National Award for SEN
Coordination.

Document kind and layout: the Guild's Peal Book for the course, the register in which a guild's
Peal Recorder enters each performance: Heading 1 styles for its Parts (I to VIII), then each
Ringing Day (RD1-RD8, the study days) entered as a peal record: a centred bold tower line, the
date and length, the "method" line in capitals, a band table ("Bell | Ringer | Ringing as"), a
"Conducted by" line and italic peal footnotes under it. The three assignments are "Peals"
(Peal 1-3) entered the same way, with "Adjudged by" lines. Formative tasks are "Quarters". A Part
of Peal Rules numbered Rule 1-16 (entry, checks, credit, the "Date Touch" route, adjudication,
the award, and Rule 14 defining the values of the Analysis far from it). Part V records the pilot
year's peals (past arrangements); Part VI "Peals by Other Societies" (another provider's
arrangements). Part VII "The Analysis" is the outcome map: "Line | What the ringer can do (our
words) | Rung on | Scored in", values "Peal 1".."Peal 3", "Quarter only", "Lost", and a dash,
defined only in Rule 14. Word footnotes. Tracked changes: a deleted and inserted phrase in the
award rule, a whole table row deleted in the Analysis. A Word comment. Header and footer, the
footer claiming CRB checks.

Traps (requirement ids):
- Aims are about running "the schools' SEN business" and keeping the Code, not about pupils'
  achievement and well-being (1.1 partial).
- Disability equality law is "Lost" (a pilot-year line, not rung in 2008-09) (6.K3 not_met), so
  legislation is SEN law and policy only (1.4 partial).
- Peal 3 is a plan for change "to be carried out after the Course" (1.8 partial).
- Rule 9: "No credit is given for study or experience elsewhere" (2.1 not_met, negation); Part VI's
  other society credits prior learning and checks CRB: another provider (2.1, 5.3).
- Rule 4: the Guild "does not ask to see" CRB disclosures, leaving it to employers (5.3 not_met);
  the footer's "All ringers on the Course are CRB checked" is a footer, never evidence.
- Rule 15: further targets "a matter for each Learner's own headteacher" (2.5 not_met).
- High quality and low fees only as belief (2.4 partial).
- Rule 5: welcome and "should tell the School office", no adjustments described (3.1 partial).
- Saturdays only, one start, fixed order (3.2 partial); "There is no online part" in 2008-09,
  the pilot's Belfry Board closed (3.3 not_applicable; the pilot's online part is past).
- Heads "are sent the evaluation summary each year and may comment" (4.3 partial); 4.1 and 4.2 met
  from the 2008 consultation and the Heads' and Parents' Panel's changes.
- Only Learner questionnaires and the committee's own review (5.1 partial).
- Second marking internal; the external examiner "will be appointed" after the first year; the
  pilot's moderation by another university is past (5.8 partial).
- Award rule: the average-mark wording is deleted; the inserted wording requires every outcome
  "marked Scored in the Analysis", but several outcomes are not Scored (6.0 partial, 1.9 partial).
- The Analysis: "Quarter only" (formative, not marked) for 6.A2, 6.K9, 6.S8 (partial); 6.S2b rung
  on RD4 but Scored in a dash (partial); 6.K2 Scored in Peal 1 but rung on a dash and taught on no
  Ringing Day (assessed not taught, partial); 6.K3 "Lost" (not_met); 6.S5's row deleted by tracked
  change and taught nowhere (not_met).
- A comment says the S5 row "should stay" - a comment, never evidence.
- A footnote carries part of the resources (5.6 met in the body anyway).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _lq_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "lq-02-wealdbury-peal-book.docx")

d = new_doc("Garamond", 11)
header_footer(d, "THE WEALDBURY GUILD OF RINGERS  -  PEAL BOOK OF THE SENCo COURSE  -  VOLUME I",
              "Entries are made by the Peal Recorder and checked by the Ringing Master. All ringers on the Course are CRB checked.")

para(d, "THE WEALDBURY GUILD OF RINGERS", bold=True, size=18, align="center")
para(d, "with the Cathedral School of St Eanswythe, Wealdbury", italic=True, size=13, align="center")
para(d, "PEAL BOOK", bold=True, size=22, align="center")
para(d, "of the Course for the National Award for Special Educational Needs Coordination", align="center")
para(d, "Volume I: the peals arranged for 2008-09, with the Rules for Peals and the Analysis", italic=True, align="center")
para(d, "Submitted to the Training and Development Agency for Schools, December 2008", size=9, align="center")


def H(text):
    return d.add_heading(text, level=1)


def record(tower, date, method, band, conductor, notes, fn=None):
    para(d, tower, bold=True, align="center", space_after=0)
    para(d, date, align="center", space_after=0)
    para(d, method, bold=True, caps=True, align="center", space_after=2)
    t = table(d, [["Bell", "Ringer", "Ringing as"]] + band, header_fill=None, widths=[1.5, 5, 9.5], size=9)
    p = para(d, conductor, align="center", italic=False)
    if fn:
        footnote(d, p, fn)
    for n in notes:
        para(d, n, italic=True, size=10)
    para(d, "")
    return t


H("I. THE BOOK AND ITS KEEPERS")
para(d, "Every guild keeps a peal book. Ours records each performance of the Guild's ringers in the Cathedral tower "
        "and the towers of the diocese, in the same form since 1881: the tower, the date, the length, the method, the "
        "band bell by bell, the conductor and the footnotes. When the Guild and the Cathedral School of St Eanswythe "
        "agreed to run the SENCo course together, the Guild's Ringing Committee asked that it should be kept in the "
        "same way, so that everyone in the Guild and the School could see, at a glance, what is rung, by whom and when. "
        "This volume sets down the peals arranged for 2008-09 and is our application.")
para(d, "The object of the Course is to make SENCos who know and keep the Code of Practice, who can run their "
        "schools' SEN business well, and who are a credit to the Guild and the School.")
para(d, "The Course is validated by St Dunstan's University College, Wealdbury, as its Postgraduate Certificate in "
        "Special Educational Needs Coordination. It carries 60 credits at Level 7, which is masters level; the "
        "University College approved it at its validation panel on 2 July 2008, and Learners are enrolled as its "
        "students.")
para(d, "The Book has three kinds of entry. A Ringing Day is a Saturday's teaching in the Song Room of the Cathedral "
        "School, 9.30 to 4.00. A Peal is one of the three marked assignments. A Quarter is a short task set after a "
        "Ringing Day and talked over with a tutor at the next. The band for each entry shows who rings which part: "
        "the Learners always ring the treble, because the whole performance is for them.")

H("II. RINGING DAYS ARRANGED FOR 2008-09")
para(d, "Eight Ringing Days, all on Saturdays, for one band of twenty Learners who start together in October and "
        "ring the days in this order. There is no online part to the Course in 2008-09; the Belfry Board of the "
        "pilot year was closed in July 2008.")

W_ = "WEALDBURY, Cathedral School of St Eanswythe, the Song Room"
record(W_, "Saturday 11 October 2008, 9.30 to 4.00 (RD1)", "Plain Hunt: the law and the SENCo",
       [["1", "The Learners", "all twenty"], ["2", "Mrs Margery Lusk MEd", "Ringing Master; SENCo of the Cathedral School; lead tutor"],
        ["3", "Mr Owen Tredgold", "Senior SEN Officer, Wealdshire County Council"]],
       "Conducted by Margery Lusk",
       ["The Education Act 1996, the SEN Code of Practice (2001) and its graduated response, statutory assessment "
        "and statements, the SENCo regulations of 2008, and government policy in Removing Barriers to Achievement "
        "(2004), with what each means for the SENCo and how to put it into practice in school.",
        "Recent inspection evidence is read on the day: Ofsted's Inclusion: does it matter where pupils are taught? "
        "(2006) and the county's own findings from its 2007 SEN reviews."],
       fn="The SENCo regulations are read in the form laid before Parliament in 2008.")
record(W_, "Saturday 8 November 2008, 9.30 to 4.00 (RD2)", "How children grow, and what gets in the way",
       [["1", "The Learners", ""], ["2", "Dr Alwyn Crane", "Educational psychologist, Wealdshire; PhD in child development"],
        ["3", "Ms Bethan Morrow", "Speech and language therapist, Wealdbury PCT"]],
       "Conducted by Alwyn Crane",
       ["How children develop and how special educational needs, disabilities and home and school surroundings affect "
        "that development; the most common needs (behavioural, emotional and social difficulties, specific learning "
        "difficulties including dyslexia, speech, language and communication needs, autism and moderate learning "
        "difficulties) and their effect on learning.",
        "Best practice and research on meeting those needs, including the Bercow Review (2008), and how to use research "
        "and outside advice to improve one's own and colleagues' practice."])
record(W_, "Saturday 6 December 2008, 9.30 to 4.00 (RD3)", "Listening to the ringers",
       [["1", "The Learners", ""], ["2", "Mrs Margery Lusk", "Ringing Master"],
        ["3", "Mrs Iris Fane", "Wealdshire Parent Partnership Service"], ["4", "Two pupils of the Cathedral School", "with their parents' consent"]],
       "Conducted by Iris Fane",
       ["Consulting children and young people about things that affect them, and involving pupils in planning, agreeing, "
        "reviewing and evaluating their own provision; building fair, respectful and supportive relationships with pupils "
        "and with their parents and carers; advising, supporting and working with parents; speaking and writing clearly "
        "and listening to others' views. Learners practise a pupil-centred review in threes and are given feedback."])
record(W_, "Saturday 17 January 2009, 9.30 to 4.00 (RD4)", "Finding the place",
       [["1", "The Learners", ""], ["2", "Mrs Margery Lusk", "Ringing Master"], ["3", "Mr Owen Tredgold", ""]],
       "Conducted by Margery Lusk",
       ["Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing progress; "
        "using assessments from psychologists, therapists and other professionals to shape teaching; using national "
        "test results and other summative assessments to track progress and adjust programmes; encouraging other "
        "teachers to use formative assessment with pupils with SEN; arranging in good time access arrangements for "
        "national tests and examinations; provision mapping and management, and finding provision that is missing or "
        "not working; approaches, strategies and resources for assessment, planning and teaching, including ICT."])
record(W_, "Saturday 14 February 2009, 9.30 to 4.00 (RD5)", "The band beyond the tower",
       [["1", "The Learners", ""], ["2", "Dr Alwyn Crane", ""], ["3", "Visiting ringers", "CAMHS, the Sensory Support Service, Barnardo's"]],
       "Conducted by Alwyn Crane",
       ["The scope and role of outside agencies and how to get specialist support and resources; working in "
        "partnership with other services and voluntary organisations; advising and working with SENCos and colleagues "
        "in other schools through the cluster networks."])
record(W_, "Saturday 14 March 2009, 9.30 to 4.00 (RD6)", "Leading from the treble",
       [["1", "The Learners", ""], ["2", "Mr Jerome Ashdown", "Headteacher, Eastry Down Primary; National Leader of Education"],
        ["3", "Mrs Margery Lusk", ""]],
       "Conducted by Jerome Ashdown",
       ["Working with the head, senior leaders and governors to shape an inclusive ethos, policy, priorities and the use "
        "of resources; gaining colleagues' commitment; deploying and managing teaching assistants; setting priorities, "
        "managing time and delegating; anticipating problems and making sound judgements about provision."])
record(W_, "Saturday 25 April 2009, 9.30 to 4.00 (RD7)", "Ringing the changes",
       [["1", "The Learners", ""], ["2", "Mr Jerome Ashdown", ""], ["3", "Dr Alwyn Crane", ""]],
       "Conducted by Jerome Ashdown",
       ["The principles of school self-evaluation and improvement for SEN outcomes, and reviewing the effectiveness of "
        "provision with other staff to inform it; keeping up to date and taking charge of one's own professional "
        "development in SEN and disability."])
record(W_, "Saturday 13 June 2009, 9.30 to 4.00 (RD8)", "The peal board",
       [["1", "The Learners", ""], ["2", "The whole band of tutors", ""], ["3", "The Tower Captains", "the Learners' mentors"]],
       "Conducted by Margery Lusk",
       ["Learners present Peal 3 to the band and the Tower Captains."])

H("III. THE THREE PEALS")
para(d, "Each Peal is a marked assignment at Level 7. A Peal is scored when it passes; a Peal that fails may be rung "
        "again once (Rule 13).")
record("PEAL 1", "Handed in 27 February 2009", "The Tower Survey",
       [["1", "The Learner", "a 4,000-word audit of SEN in the Learner's own school against the Code of Practice, with the school's tracking data"]],
       "Adjudged by the Ringing Master and one other tutor", [])
record("PEAL 2", "Handed in 15 May 2009", "The Plain Course",
       [["1", "The Learner", "a 5,000-word case study of one pupil: needs, assessments from other professionals, targets, intervention, the pupil's views, work with outside agencies"]],
       "Adjudged by Dr Crane and one other tutor", [])
record("PEAL 3", "Presented 13 June, handed in 10 July 2009", "The Extent",
       [["1", "The Learner", "a 4,000-word plan for a change in the Learner's school, led with senior leaders and colleagues, and a 20-minute presentation at RD8"]],
       "Adjudged by Mr Ashdown and one other tutor",
       ["The change planned in Peal 3 is to be carried out after the Course, in the year that follows it; the Course "
        "does not ask Learners to change practice in their schools during the year."])
para(d, "Quarters are set after every Ringing Day. The tutor talks each over with the Learner at the next Ringing Day "
        "and writes a short comment. Quarters are not marked.")

H("IV. RULES FOR PEALS")
rules = [
    "The Book. Only performances that keep these Rules are entered in the Book.",
    "Who may ring. A Learner must hold qualified teacher status, be the SENCo or named to become the SENCo of a "
    "school in the diocese, have at least two years' teaching, and have the head's written support. The Ringing "
    "Master interviews every applicant and reads a short written statement of their SEN work before a place is given.",
    "Application. Forms reach the Guild Secretary by 1 September; places are confirmed by 20 September.",
    "Checks. The Guild does not ask to see a Learner's CRB disclosure: that is for the Learner's employing school, "
    "which has already checked its own staff.",
    "Equality. The Guild welcomes ringers of every background and ability. Learners with a disability should tell "
    "the School office.",
    "Attendance. Learners ring every Ringing Day; a missed day is made up by reading and a Quarter.",
    "The Band Plan. Before RD1 every Learner completes the Call Change Sheet, rating themselves against each line of "
    "the Analysis. At a tutorial in October the Ringing Master and the Learner agree a Band Plan: which lines the "
    "Learner most needs, the personal targets for the year, and which tutor they will see. The Band Plan is reviewed "
    "at RD4 and at RD7.",
    "Quarters. See Part III.",
    "Credit. No credit is given for study or experience elsewhere towards the Certificate.",
    "The Date Touch. In exceptional circumstances a Learner who has been a SENCo for at least three years may, with "
    "the agreement of the Ringing Master and the University College, ring the three Peals without the Ringing Days. "
    "Such a Learner has one tutorial before each Peal and is adjudged exactly as every other.",
    "Adjudication. Every Peal is marked by one tutor against the University College's Level 7 criteria and second "
    "marked in full by another; the two agree a mark, and the Ringing Master settles any difference. The "
    "University College will appoint an external examiner when the Course has run for a year.",
    None,  # Rule 12 (tracked)
    "Ringing again. A Learner whose Peal fails may ring it again once, within eight weeks.",
    "Meanings. In the Analysis (Part VII), 'Rung on' names the Ringing Day where a line is taught, and 'Scored in' "
    "names the Peal in which it is marked. 'Quarter only' means the line is practised in a Quarter and talked over, "
    "but not marked, and it counts for nothing towards the award. 'Lost' means a line that was rung in the pilot year "
    "and is not rung in 2008-09. A dash means there is none.",
    "After the peal. Further targets after the Course are a matter for each Learner's own headteacher; the Guild "
    "does not take part.",
    "Complaints. Complaints go to the Master of the Guild and then to the University College's complaints procedure.",
]
for i, r in enumerate(rules, 1):
    if r is None:
        tracked_para(d, [("t", f"Rule {i}. The award. A Learner is awarded the Certificate who has "),
                         ("del", "an average mark of 50 across the three Peals"),
                         ("ins", "a pass in each of the three Peals, in which every line marked Scored in the Analysis must be shown"),
                         ("t", ", and the University College's examination board confirms it.")],
                     author="M. Lusk", date="2008-12-02T11:20:00Z")
        continue
    title, rest = r.split(". ", 1)
    para(d, [(f"Rule {i}. {title}. ", {"bold": True}), (rest, {})])

H("V. PEALS RUNG IN THE PILOT YEAR, 2007-08")
para(d, "For the record only. The pilot band of eleven Learners rang six Ringing Days and two Peals. Its Belfry Board "
        "carried two online units with a tutor's forum; it was closed in July 2008. Its marks were moderated by the "
        "University of Eastry under a one-year agreement that has ended. A pilot Ringing Day on the Disability "
        "Discrimination Act and the disability equality duty was lost when the Course was recast for validation.")
pt = table(d, [["Date", "Performance", "Band", "Footnote"],
               ["Sat 13 Oct 2007", "Ringing Day: the Code of Practice", "11 Learners, M. Lusk", "First day of the Course"],
               ["Sat 9 Feb 2008", "Ringing Day: disability equality", "11 Learners, O. Tredgold", "Not rung again"],
               ["Fri 4 Apr 2008", "Peal: the case study", "10 Learners", "Moderated by the University of Eastry"]],
           widths=[2.8, 5, 4, 4.2])
para(d, "")

H("VI. PEALS BY OTHER SOCIETIES")
para(d, "Ringers like to know what is rung elsewhere. The Kentish Weald Association of Ringers runs a course with "
        "the University of Medway Vale that credits up to 30 credits of prior study, and checks each candidate's "
        "enhanced CRB disclosure before entry. The Eastry and Deal Society's course is taught online. We record these "
        "for comparison; they are not our arrangements.")

H("VII. THE ANALYSIS")
para(d, "Each line of the Analysis is one of the national outcomes in the Guild's words. The meanings of the entries "
        "are set down in Rule 14.", italic=True)
lines = [
    ("A1", "keeps fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "RD3", "Peal 2"),
    ("A2", "wins the commitment of colleagues, the head and senior leaders", "RD6", "Quarter only"),
    ("A3", "sets priorities, manages time and delegates sensibly", "RD6", "Peal 3"),
    ("A4", "foresees and resolves problems and judges provision soundly", "RD6", "Peal 3"),
    ("A5", "speaks and writes clearly and listens to others' views", "RD3", "Peal 3"),
    ("A6", "uses research and outside advice to improve practice", "RD2", "Peal 1"),
    ("A7", "keeps up to date and owns their professional development", "RD7", "Peal 3"),
    ("K1", "knows SEN law and the Code of Practice and how to put them into practice", "RD1", "Peal 1"),
    ("K2", "knows the principles and outcomes of Every Child Matters and the SENCo's part in them", "-", "Peal 1"),
    ("K3", "knows disability equality law and what it requires", "Lost", "Lost"),
    ("K4", "understands child development and how SEN, disability and surroundings affect it", "RD2", "Peal 2"),
    ("K5", "knows the common SEN and disabilities and how they affect learning", "RD2", "Peal 2"),
    ("K6", "judges approaches, strategies and resources for teaching and assessment, ICT included", "RD4", "Peal 2"),
    ("K7", "understands school self-evaluation and improvement for SEN", "RD7", "Peal 3"),
    ("K8", "knows best practice and research on meeting SEN", "RD2", "Peal 1"),
    ("K9", "knows what outside agencies do and how to get specialist help", "RD5", "Quarter only"),
    ("S1", "shapes an inclusive ethos, policy, priorities and resources with leaders and governors", "RD6", "Peal 3"),
    ("S2", "identifies pupils, sets challenging targets, plans interventions and reviews progress", "RD4", "Peal 2"),
    ("S2a", "uses other professionals' assessments to shape teaching", "RD4", "Peal 2"),
    ("S2b", "uses national tests and other summative results to track and adjust", "RD4", "-"),
    ("S2c", "encourages colleagues' formative assessment for pupils with SEN", "RD4", "Peal 1"),
    ("S2d", "arranges access arrangements for tests and examinations in good time", "RD4", "Peal 1"),
    ("S3", "maps and manages provision and finds what is missing or not working", "RD4", "Peal 1"),
    ("S4", "deploys and manages support staff", "RD6", "Peal 3"),
    ("S5", "supports colleagues' development by coaching, mentoring and training", "RD6", "Peal 3"),
    ("S6", "reviews provision with other staff to inform self-evaluation", "RD7", "Peal 3"),
    ("S7", "involves pupils in planning, agreeing and reviewing their provision", "RD3", "Peal 2"),
    ("S8", "liaises well with parents and carers", "RD3", "Quarter only"),
    ("S9", "works in partnership with other services and voluntary bodies", "RD5", "Peal 2"),
]
rows = [["Line", "What the ringer can do (our words)", "Rung on", "Scored in"]] + [list(x) for x in lines]
t = table(d, rows, widths=[1.3, 9.7, 2.5, 2.5])
s5 = [i for i, r in enumerate(rows) if r[0] == "S5"][0]
d.add_comment(t.cell(s5 - 1, 1).paragraphs[0].runs[0], text="I think the S5 line should stay - coaching is in RD6 in my notes. JA", author="J. Ashdown", initials="JA")
delete_table_row(t.rows[s5], author="M. Lusk", date="2008-12-02T11:25:00Z")
para(d, "")

H("VIII. THE RINGING COMMITTEE, THE TOWER CAPTAINS AND THE TOWERS")
para(d, "The tutors. Every tutor named in the bands above works in SEN now and has done so for at least five years: "
        "Mrs Lusk holds an MEd in Special Needs and is an accredited SENCo trainer for the county; Dr Crane and Ms "
        "Morrow are practising specialists; Mr Ashdown leads a school judged outstanding for inclusion in 2007. Each "
        "tutor has the Tutors' Handbook, which sets out teaching, Quarters, tutorials and adjudication, and comes to a "
        "standardising morning in September.")
para(d, "The Tower Captains. Each Learner has a Tower Captain, a senior leader in their own school, who is their "
        "mentor for the year. Tower Captains come to a briefing evening at the Cathedral School in October, are given "
        "the Tower Captains' Guide setting out what they do (meeting the Learner each half term, agreeing the Peal 3 "
        "change with the head, writing a statement for Peal 3), and are rung by the Ringing Master each term.")
para(d, "The towers. Each Learner spends two days in the spring term at a special school or resourced unit other "
        "than their own (the Guild arranges places at Eastry Down Special School, the Wealdbury Hearing Unit and the "
        "St Eanswythe Language Base) and meets the specialists there. CAMHS, the Sensory Support Service and the "
        "educational psychology service give time to RD2 and RD5.")
p = para(d, "Resources. The Cathedral School library's SEN collection, the University College library and its online "
            "journals, and the county's SEN resource base, which lends assessment materials, specialist software and "
            "communication aids to Learners for use in school.")
footnote(d, p, "Learners may also book the Cathedral School's ICT suite, with Clicker and Read&Write, on Saturday afternoons.")
para(d, "How the Course was made. In spring 2008 the Guild and the Cathedral School met the diocesan heads' conference "
        "and Wealdshire's SEN team and looked at the county's data on SEN and on the SENCo vacancies in its schools. "
        "Heads wanted SENCos able to lead, not only to administer, and the county wanted more on speech and language. "
        "A Heads' and Parents' Panel of four heads and three parents then met twice with the tutors: at their request "
        "RD6 was added, RD3 was given to a parent partnership officer, and the Ringing Days were moved from weekday "
        "twilights to Saturdays.")
para(d, "How the Course is looked at. Learners fill in a questionnaire after each Ringing Day and at the end of the "
        "year, and the Ringing Committee reads them each term and decides what to change. Heads are sent the "
        "evaluation summary each year and may comment.")
para(d, "What difference it makes. Learners rate their confidence against each line of the Analysis at the Call "
        "Change Sheet and again at RD8. In Peal 2 each Learner reports the progress of the case-study pupil in "
        "National Curriculum or P levels over the term, and the Ringing Committee collects these. Twelve months after "
        "the Course each head is asked, by a short questionnaire, what has changed in the Learner's practice and in "
        "the progress of pupils with SEN in the school.")
para(d, "We believe every Learner deserves ringing of the highest quality, and the Guild has always kept its fees low.")
para(d, "")
para(d, "Entered by Thomas Gillow, Peal Recorder, and checked by Margery Lusk, Ringing Master. Wealdbury, Advent 2008.", italic=True)
finish(d, OUT)
print("wrote", OUT)
