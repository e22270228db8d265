"""ki-01-selbury-terrier-and-inventory

Provider (invented): the School Improvement Team of the Selbury Diocesan Board of
Education, with the University of Marchester (validating), applying to run the
National Award for SEN Coordination from 2008-09.

Document kind and layout: the course written up as if it were a parish's statutory
"Terrier, Inventory and Log Book" (the record churchwardens keep of a church's
lands, its movable articles and every alteration made to them). No heading styles:
bold capital titles typed in Normal paragraphs ("PART I. TERRIER", "Article 3.
BOUNDARIES"). Each Terrier article opens with the printed form's grey italic prompt
in square brackets (left in), then the Board's entry. Part II is an Inventory table
(No. | Article | Description | Acquired | Kept at | Condition) followed by three
Schedules: A (the eight Study Days), B (the three Parish Tasks) and C (the
"Articles of Attainment", the outcome table, with merged group rows, a key, and
"Furnished only" / "Not held" cells). Part III is a Log Book table of dated
alterations, additions and removals, with one whole entry deleted and one inserted
as tracked changes. Staff particulars are in a Crockford-style list. The
moderation arrangements are in a VML text box. Two Word comments. A page header
and a footer.

Traps (requirement ids):
- Assessment-only route: the Inventory lists "The Assessment-Only Register" as
  "Closed 9 July 2007" and the Log Book records that the route offered to the pilot
  was withdrawn and that "The Award has no assessment-only route" (2.3 not_met; a
  past arrangement).
- Pupil voice: the pilot's pupil-conferencing day was removed in 2007 (Log Book);
  the "Pupil Voice Toolkit" is "Not yet acquired" (ordered for 2009-10) (1.5
  partially_met, see below; 6.S7 is tested in Task 2 but furnished nowhere: partially_met).
- CRB: the Board states it "does not itself see or verify" candidates' disclosures,
  leaving this to governing bodies; a Word comment asks whether to collect
  disclosure numbers (comment is not evidence) (5.3 not_met).
- Child development: the Log Book records the day was removed after the survey, and
  Schedule C marks it "Not held" (6.K4 not_met).
- Access arrangements for national tests: "Not held" in Schedule C; a comment about
  asking the LA does not count (6.S2d not_met).
- Furnished only (taught, not tested): 6.A3, 6.K7, 6.S2b (partially_met); tested
  only: 6.A7, 6.S7 (partially_met); so 1.9 partially_met.
- Placements: a Log Book entry arranging placements for all at a special school is
  a tracked deletion; what remains is a visit "where a participant asks" (5.5
  partially_met; specialist speakers are real).
- A Wardens' training entry is a tracked insertion (counts; 5.7 met).
- E-learning: the Virtual Vestry is "not staffed" between Study Days; tutors are
  available "on the Study Days themselves" (3.3 partially_met; peer forum and ICT
  are real).
- Equality: a general statement of compliance and level-access venues, nothing on
  disclosure or adjustments (3.1 partially_met).
- Research: only "kept abreast of current research" in general (1.3 partially_met;
  6.K8 is still taught and tested, met).
- Onward targets: only a leaflet on the University's MA on Day 8 (2.5
  partially_met).
- Impact on pupils: only "We would like in future" (5.9 partially_met; confidence
  is measured by the repeated Starting Audit).
- The "dedication" in Article 1 is a value statement, not an arrangement.
- The header and footer (signing instructions) are not evidence.
- Award rule: the Board of Examiners checks "every Article that Schedule C tests",
  but Schedule C leaves Articles furnished only or not held (6.0 partially_met).
- Pupil voice taught nowhere, though Task 2 asks how the pupil took part in
  agreeing and reviewing the plan (1.5 partially_met rather than not_met).
- Met despite the form: E.1, E.2 (Article 2), 4.1 and 4.2 (survey and Log Book
  changes), 4.3 (Steering Group), 5.8 (text box).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ki_helpers import (new_doc, para, rich, table, merge_row, shade, tracked_para, text_box,
                         header_footer, comment, words)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ki-01-selbury-terrier-and-inventory"
d = new_doc("Garamond", 11)
header_footer(d, "DIOCESE OF SELBURY - BOARD OF EDUCATION - Terrier, Inventory and Log Book of the SENCO Course - 2008-09",
              "This Terrier is to be signed each year by the Director of Education and the University Link Tutor and laid "
              "before the Board. Copy prepared for the TDA approval panel.")


def title(t, size=12):
    return para(d, t, bold=True, size=size)


def prompt(t):
    return para(d, "[" + t + "]", italic=True, color="808080", size=9)


para(d, "DIOCESE OF SELBURY", bold=True, size=16, align="c")
para(d, "BOARD OF EDUCATION - SCHOOL IMPROVEMENT TEAM", bold=True, size=12, align="c")
para(d, "TERRIER, INVENTORY AND LOG BOOK", bold=True, size=18, align="c")
para(d, "of the Selbury Award for SEN Coordination", italic=True, size=13, align="c")
para(d, "(the National Award for SEN Coordination, validated by the University of Marchester)", size=11, align="c")
para(d, "Kept under the Board's Standing Order 14 for the year 2008-09", size=10, align="c")
para(d, "")
para(d, "A word before the Terrier", bold=True)
para(d, "Every parish in this diocese keeps a terrier of what it holds, an inventory of what it uses and a log book "
        "of every alteration made. When the Board's School Improvement Team was asked to set down the SENCO Course "
        "for the Training and Development Agency, we did what our churchwardens do each spring: we walked the "
        "boundaries, counted the articles and wrote up the log. The form below is the diocesan terrier form, "
        "adapted; its printed directions have been left in grey so that the panel can see what each entry answers. "
        "Where the Course holds nothing under a heading we have said so, as a terrier must.")

# ---------------- PART I ----------------
title("PART I. TERRIER", 14)
para(d, "Particulars of the holding", italic=True)

title("Article 1. NAME OF THE HOLDING AND DEDICATION")
prompt("State the name by which the holding is commonly known and the dedication, if any.")
para(d, "The holding is the Selbury Award for SEN Coordination, known in schools as \"the SENCO Course\". It is the "
        "Board's course leading to the National Award for SEN Coordination for teachers new to the role of SENCO in "
        "the diocese's 118 church schools and in any other maintained or academy school in Selbury and Marchester. "
        "It is dedicated, as all the Board's work is, to the flourishing of every child made in the image of God, "
        "and especially of those whom the world is quickest to overlook.")

title("Article 2. TITLE AND VALIDATION")
prompt("State by what title the holding is held, in whom it is vested, and the date of the instrument.")
para(d, "The Award is held under title from the University of Marchester. The University's Faculty of Education "
        "validated it on 14 May 2008 as a Postgraduate Certificate in Special Educational Needs Coordination of 60 "
        "credits at Master's level (Level 7), and the University makes the award. The Board teaches the Course under "
        "a Memorandum of Co-operation signed by the Dean and the Director of Education on 2 June 2008; the University "
        "appoints the external examiner, registers every participant as a student of the University, and holds the "
        "Board of Examiners. The three Parish Tasks in Schedule B are each of 20 credits.")

title("Article 3. BOUNDARIES")
prompt("Describe the boundaries of the holding, and state who has right of entry.")
para(d, "Entry is for qualified teachers (QTS) who are, or are to become within the year, the SENCO of a school in "
        "England, and who are nominated by their headteacher. The application form carries a Nomination signed by "
        "the headteacher, which commits the school to release the participant for the eight Study Days and to give "
        "the access needed for the Parish Tasks. Each applicant then has an Entry Conversation of about forty "
        "minutes with a Course tutor, by telephone or at the Diocesan Education Centre, in which the tutor checks "
        "the applicant's teaching experience, present responsibilities and knowledge against the Starting Audit "
        "(Inventory No. 3). An applicant whom the tutor judges not yet ready to meet the Articles of Attainment by "
        "the end of the year is offered a place on a later cycle, with written guidance on what to do first (usually "
        "a term shadowing the present SENCO and the Board's twilight Introduction to Inclusion), and the tutor "
        "speaks to the headteacher about it.")
p = para(d, "Safeguarding. All candidates are serving teachers employed by a governing body or a local authority, "
            "which is responsible under the School Staffing Regulations for their Criminal Records Bureau checks. "
            "The Board does not itself see or verify candidates' enhanced disclosures, and none is asked for on the "
            "application form; this is a matter for each governing body as employer. The Board's own tutors and "
            "Wardens hold enhanced disclosures obtained through the Diocesan Office.")
comment(d, p.runs, "Should we ask for the disclosure number and date on the Nomination from 2009? Registrar to advise.",
        "Revd Dr A. Linforth", "AL")

title("Article 4. RIGHTS OF WAY")
prompt("Set out all rights of way over the holding, public or private, and any ways formerly enjoyed.")
para(d, "There are three ways through the Course.")
para(d, "(a) The ordinary way. Eight Study Days and three Parish Tasks over one school year, with a first cycle "
        "starting in September 2008 and a second cycle starting in January 2009. A participant may begin in either "
        "cycle and may take any Study Day in the other cycle if a day is missed or if the order suits the school's "
        "calendar better; Study Days 2 to 7 may be taken in any order once Day 1 is done. Each Study Day is offered "
        "twice, once at the Diocesan Education Centre in Selbury and once at St Chad's Centre, Marchester.")
para(d, "(b) The way of prior learning. A participant who has already completed Master's-level study in SEN, or who "
        "has long experience that can be shown against the Articles, may claim up to 20 of the 60 credits through "
        "the University's Accreditation of Prior Experiential and Certificated Learning procedure. The claim is a "
        "portfolio mapped against the Articles of Attainment it covers, assessed by a Course tutor and confirmed by "
        "the University's APL panel; a successful claim replaces one Parish Task, normally Task 1.")
para(d, "(c) The blended way. Participants who cannot be released for all eight days may take Days 3 and 4 as "
        "guided study on the Virtual Vestry (Inventory No. 5), working through the same materials and tasks at home "
        "or in school.")
para(d, "Ways formerly enjoyed: see the Log Book, entry of 9 July 2007.", italic=True)

title("Article 5. LANDS HELD WITH OTHERS")
prompt("Name any persons or bodies with whom the holding is shared, and the nature of their interest.")
para(d, "The Course is held with the University of Marchester (Article 2) and taught in partnership with Selbury "
        "County Council's Inclusion Support Service and Marchester City Council's Learning Support Service, whose "
        "educational psychologists, specialist teachers for sensory impairment and autism, and advisory teachers "
        "lead parts of Study Days 2 and 7. The Selbury Parent Partnership Service co-leads Study Day 5, and a speech "
        "and language therapist from Selbury Primary Care Trust leads the afternoon of Day 2. Participants meet "
        "these specialists on the days themselves and may book a follow-up half hour with any of them.")
para(d, "Participants may ask to visit Longmead Special School or the Brook Centre (a primary resourced provision for "
        "pupils with speech and language needs); where a participant asks, the Course Office arranges a single "
        "visit.")

title("Article 6. EVIDENCE OF THE PARISHES' NEEDS")
prompt("State what enquiry has been made of those having an interest in the holding, and with what result.")
para(d, "Between October 2007 and February 2008 the Team surveyed the headteachers of all 118 church schools "
        "(71 replied), the two local authorities' SEN teams, the 14 teachers of the 2006-07 pilot, and the Parent "
        "Partnership Service's parent forum. Heads asked above all for more on working with parents and on "
        "provision mapping and deploying teaching assistants, and for the Course to be taught in both towns; the "
        "local authorities asked for more on multi-agency working and the Common Assessment Framework; parents "
        "asked that SENCOs learn to keep the door open. What was changed as a result is entered in the Log Book "
        "under 12 March 2008.")

title("Article 7. PERSONS HAVING CHARGE")
prompt("Give the name, qualifications and office of every person having charge of the holding.")
staff = [
    ("HARTNOLL, Mrs Judith Anne.", "BEd (Exeter) 1984, MA Special and Inclusive Education (Marchester) 1999, NPQH 2003. "
     "SENCO, St Luke's CE Primary, Selbury, 1990-2001; Headteacher, Holy Trinity CE Primary, Welbourne, 2001-06; "
     "Senior Adviser for Inclusion, SDBE, since 2006. Course Leader; leads Days 1, 6 and 8."),
    ("OKONJO, Mr Daniel Chukwuma.", "BA (Leeds) 1991, PGCE 1992, OCR Cert SpLD 1998, MEd (Marchester) 2004. "
     "Advisory Teacher for Specific Learning Difficulties, Selbury County Council, 2000-07; School Improvement "
     "Adviser (Secondary), SDBE, since 2007. Tutor; leads Days 3 and 4."),
    ("PRIDEAUX, Dr Helen Mary.", "BSc (Bristol) 1986, DEdPsy (Marchester) 2002. Educational Psychologist, Marchester "
     "City Council, since 1995; seconded half a day a week to the Course. Tutor; leads Day 2 and second-marks Task 2."),
    ("WELBY, Mrs Christine.", "CertEd (Chichester) 1979, Dip SEN (Open) 1993. SENCO, St Anne's CE Middle School, 1989-2008; "
     "Associate Tutor, SDBE, since 2008. Tutor; leads Days 5 and 7 with the Parent Partnership Service."),
    ("ASHWORTH, Dr Peter John.", "MA (Cantab) 1980, PhD (London) 1991. Senior Lecturer in Inclusive Education, University "
     "of Marchester. University Link Tutor; moderates all three Parish Tasks."),
]
for nm, rest in staff:
    rich(d, [(nm + " ", "b"), (rest, "")])
para(d, "Every tutor teaches or advises in schools each week and takes part in the Board's termly inclusion update "
        "for advisers. The Wardens. Each participant has a Warden: an experienced SENCO in a neighbouring school, "
        "named at the Entry Conversation, who meets the participant at least twice a term in school, reads drafts "
        "of the Parish Tasks and countersigns the Warden's Note in each Task. Wardens are trained on a Wardens' Day "
        "each September and work from the Wardens' Book (Inventory No. 8), which sets out what a Warden does and "
        "does not do (a Warden advises; a Warden does not mark).")

title("Article 8. CUSTOMS AND USES")
prompt("Describe the uses to which the holding is put and any customs attaching to it.")
para(d, "The Course exists so that children with special educational needs and disabilities in our schools achieve "
        "more and are well: that they are healthy, stay safe, enjoy and achieve, make a positive contribution and "
        "achieve economic well-being. Its aims (Course Handbook, page 3) are that each participant should lead "
        "provision in his or her own school so that the progress of pupils with SEN, and their well-being in all "
        "five Every Child Matters outcomes, improve; and every Parish Task asks the participant to show what "
        "difference the work made to pupils' learning and well-being. The Course is kept abreast of current "
        "research and of developments in the field by its tutors.")
para(d, "By custom, nothing is learned on the Course that is not tried in school. Each Study Day ends with a "
        "\"Monday task\" to be done in the participant's own school before the next Day and reported to the "
        "Warden, and the three Parish Tasks (Schedule B) are done in and for the participant's own school. The "
        "third, the Leading Change Project, requires the participant to plan, lead and evaluate a change in the "
        "school's SEN practice with colleagues, and to show its effect on their practice and on pupils.")

title("Article 9. CHARGES AND OUTGOINGS")
prompt("State all charges on the holding and the outgoings paid.")
para(d, "The fee is GBP 1,480 for the year, including University registration. The Board meets GBP 400 of the fee "
        "for every teacher in a church school, and the two local authorities have each agreed to meet the same "
        "sum for their community schools in 2008-09. Because of the Starting Audit and the Individual Learning "
        "Plan (Inventory Nos. 3 and 4), participants spend their time where their needs are: a participant whose "
        "Audit shows secure knowledge of the Code of Practice may replace the morning of Day 1 with a directed "
        "task on the Virtual Vestry, and the Warden's visits are planned around the targets in the Plan.")

title("Article 10. EQUALITY")
prompt("State how the holding complies with the law as to equality.")
para(d, "The Board complies with its duties under the Disability Discrimination Act 1995 as amended in 2005, the "
        "Race Relations (Amendment) Act 2000 and the Equality Act 2006. All Study Day venues are church halls or "
        "schools with level access.")

title("Article 11. VISITATION AND INSPECTION")
prompt("State how and by whom the holding is inspected, and how defects are made good.")
para(d, "Every Study Day is evaluated by participants on the day on a short form, and the Team reads the forms at "
        "its fortnightly meeting and records what it will change. Participants complete an end-of-course "
        "evaluation, and each Warden returns a Warden's report in June. The University's external examiner reports "
        "each summer on standards and on the Course as a whole, and the Course is part of the University's Annual "
        "Monitoring, which the Faculty's Quality Committee receives in November. All of these come to the SENCO "
        "Course Steering Group each October, which agrees the changes to be made for the next year and enters them "
        "in the Log Book. The Steering Group is three headteachers of church schools, an adviser from each local "
        "authority, a parent from the Parent Partnership forum, a former participant, the Course Leader and the "
        "University Link Tutor; the two local authority advisers also sit on the moderation panel each July.")
para(d, "To measure the Course's effect on participants, the Starting Audit is repeated in the last week of the "
        "year and each participant's confidence and knowledge against every Article is compared with the first "
        "Audit; the comparison is reported to the Steering Group. We would like in future to gather evidence of "
        "the difference the Course makes to pupils' progress, but have not yet settled how.")
text_box(d, [("MODERATION OF THE PARISH TASKS", True),
             ("Every Parish Task is marked by the participant's own tutor against the Articles it names in Schedule "
              "C, using the Course's marking grid. A sample of one Task in three, and every Task marked as a fail or a "
              "distinction, is second-marked by another tutor. Dr Ashworth moderates the whole sample for the "
              "University, and the moderation panel (the tutors, Dr Ashworth and the two local authority advisers) "
              "meets each July to agree marks before the external examiner, Professor Gillian Rudd of the "
              "University of Westhaven, sees the sample and attends the Board of Examiners.", False)], height_pt=140)

# ---------------- PART II ----------------
title("PART II. INVENTORY", 14)
para(d, "Articles in use, with their condition at the date of signing", italic=True)
inv = [
    ["No.", "Article", "Description", "Acquired", "Kept at", "Condition"],
    ["1", "The Study Days", "Eight days of teaching, 9.15 to 3.30; see Schedule A.", "2006 (pilot); revised 2008",
     "Selbury and Marchester", "Good"],
    ["2", "The Parish Tasks", "Three school-based assessed tasks of 20 credits each; see Schedule B.", "2008",
     "Course Handbook", "Good"],
    ["3", "The Starting Audit", "A 28-line self-audit against the Articles of Attainment, each line rated 1-4 with "
     "evidence, completed before Day 1, checked by the tutor at the Entry Conversation and repeated in the last "
     "week of the Course.", "2008", "Virtual Vestry", "Good"],
    ["4", "The Individual Learning Plan", "Agreed by participant, tutor and Warden after the Audit: the participant's "
     "own targets against the Articles, the Study Days and Monday tasks to weight, and any Articles to be covered "
     "by directed reading instead. Reviewed at the Warden's termly meeting.", "2008", "Participant's file", "Good"],
    ["5", "The Virtual Vestry", "The Course's Moodle site (hosted by the University): every Study Day's slides and "
     "readings, a discussion forum for each cycle, the guided-study units for Days 3 and 4, and the Task "
     "submission box. Tutors are available to participants on the Study Days themselves; between Study Days the "
     "Virtual Vestry is a peer space and is not staffed.", "Sept 2008", "University server", "Good"],
    ["6", "The Library Box", "A box of 30 current books and the DfES and DCSF guidance on SEN, lent to each "
     "participant's school for the year; with access to the University library and its e-journals.", "2006",
     "Diocesan Education Centre", "Good"],
    ["7", "The Assistive Technology Loan Kit", "Two kits (text-to-speech and word-prediction software on laptops, a "
     "symbol-writing program, a portable hearing loop) lent to schools for half a term in support of Day 3.",
     "2007", "Diocesan Education Centre", "Fair"],
    ["8", "The Wardens' Book", "The Wardens' role, the visit record, the Warden's Note for each Task, and what a "
     "Warden does not do.", "2008", "Each Warden", "Good"],
    ["9", "The Course Handbook", "Aims, Study Days, Tasks, marking grid, regulations, complaints.", "2008",
     "Virtual Vestry", "Good"],
    ["10", "The Pupil Voice Toolkit", "Materials for consulting children (talking mats, pupil conferencing schedules, "
     "a persona doll).", "-", "-", "Not yet acquired (ordered for 2009-10)"],
    ["11", "The MA leaflet", "The University's leaflet on its MA in Inclusive Education, into which the Award "
     "carries 60 credits; given out on Day 8.", "2008", "Day 8 pack", "Good"],
    ["12", "The Assessment-Only Register", "Register of pilot candidates assessed without attending.", "2006",
     "Diocesan Registry", "Closed 9 July 2007; kept for reference"],
    ["13", "Evaluation forms", "Day forms, end-of-course form, Warden's report.", "2006", "Course Office", "Good"],
]
table(d, inv, widths=[1, 3, 6.5, 2.2, 2.6, 2.2], size=8)
para(d, "")

title("SCHEDULE A. THE STUDY DAYS")
days = [
    ["Day", "Title", "What is done", "Led by"],
    ["1", "The Office of SENCO", "The SENCO's role and the law: the SEN Code of Practice (2001) and what it requires "
     "of a school, its governors and its SENCO; the SEN and Disability Act 2001; the Disability Discrimination Act "
     "as amended in 2005, the Disability Equality Duty and the school's disability equality scheme and accessibility "
     "plan; Every Child Matters and the five outcomes, and the SENCO's part in them; Removing Barriers to "
     "Achievement. Monday task: check the school's SEN policy against the Code.", "J. Hartnoll"],
    ["2", "Knowing the Children", "The most common types of SEN and disability - behavioural, emotional and social "
     "difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; "
     "autistic spectrum disorders; moderate learning difficulties - and how each affects learning. Identifying "
     "pupils who may have SEN from observation, data and assessment, setting challenging targets and planning "
     "interventions; using the reports of educational psychologists and therapists to shape teaching. Afternoon "
     "with a speech and language therapist.", "H. Prideaux, LA specialists"],
    ["3", "Teaching and Learning for All", "Approaches, strategies and resources for assessment, planning and teaching, "
     "including ICT and assistive technology, weighed critically; what research shows works for pupils with SEN; "
     "leading colleagues in formative assessment, with approaches for pupils with SEN.", "D. Okonjo"],
    ["4", "Mapping the Provision", "Provision mapping and management; costing provision and finding what is "
     "ineffective or missing; deploying and managing teaching assistants; using national test results and "
     "tracking data to follow progress and change programmes; reviewing provision with colleagues.",
     "D. Okonjo"],
    ["5", "Keeping the Door Open", "Working in partnership with parents and carers; fair and respectful relationships "
     "with pupils and families; difficult conversations; the Parent Partnership Service.", "C. Welby, Parent "
     "Partnership Service"],
    ["6", "Leading Colleagues", "Influencing the headteacher, senior leaders and governors and the school's inclusive "
     "ethos, policy and budget; gaining colleagues' commitment; coaching, modelling and observing colleagues and "
     "giving feedback; planning training; prioritising, managing time and delegating.", "J. Hartnoll"],
    ["7", "Working Beyond the School", "The scope and role of health, social care and voluntary services; the Common "
     "Assessment Framework and multi-agency meetings; getting specialist help and resources; advising and "
     "collaborating with colleagues in other schools.", "C. Welby, LA advisers"],
    ["8", "Looking Back, Looking On", "School self-evaluation and improvement planning and how they bear on outcomes "
     "for pupils with SEN; presentations of the Leading Change Projects; the MA leaflet.", "J. Hartnoll"],
]
table(d, days, widths=[1, 3.2, 10, 3], size=8)
para(d, "")

title("SCHEDULE B. THE PARISH TASKS")
para(d, "Task 1. The Audit of the Parish (20 credits). A written audit of SEN provision in the participant's school "
        "(3,000 words with the school's provision map as an appendix): the school's policy and practice against the "
        "Code of Practice and the disability duties, how pupils are identified, how provision is mapped and staff "
        "deployed, and a review of the effectiveness of provision carried out with colleagues.")
para(d, "Task 2. The Child in Focus (20 credits). A case study of one pupil (3,000 words): how the pupil's needs were "
        "identified, the advice of other professionals and how it shaped teaching, the targets set, the "
        "interventions planned, how the pupil and the parents took part in agreeing and reviewing the plan, the "
        "agencies involved, and the decisions the participant made and why.")
para(d, "Task 3. The Leading Change Project (20 credits). The participant plans, leads and evaluates a change in SEN "
        "practice in the school with colleagues (4,000 words and a 15-minute presentation on Day 8 to tutors and "
        "peers, given first to the school's staff or governors). It includes the participant's reflective log of "
        "reading, training and learning across the year.")

title("SCHEDULE C. ARTICLES OF ATTAINMENT")
para(d, "The Articles are the national minimum outcomes in the Course's own words. \"Furnished at\" names the Study "
        "Day where an Article is laid out; \"Tested at\" names the Parish Task in which it is marked. \"Furnished "
        "only\" means the Article is laid out on a Study Day but not marked in any Task. \"Not held\" means the Course "
        "does not hold the Article at present.")
arts = [
    ["Art.", "The participant shall hold", "Furnished at", "Tested at"],
    ["I", None, None, None],
    ["A1", "Fair, respectful and constructive relationships with pupils and their families", "Day 5", "Task 2"],
    ["A2", "The commitment of colleagues, the head and senior leaders", "Day 6", "Task 3"],
    ["A3", "Priorities, time and delegation well managed", "Day 6", "Furnished only"],
    ["A4", "Sound judgement and decisions on provision; problems foreseen", "Day 2", "Task 2"],
    ["A5", "Clear speech and writing; listening to others", "Day 8", "Task 3 (presentation)"],
    ["A6", "Research and outside advice used to improve practice", "Day 3", "Task 3"],
    ["A7", "Own continuing development in SEN kept up", "-", "Task 3 (reflective log)"],
    ["II", None, None, None],
    ["K1", "The law and guidance on SEN, the Code of Practice, and how to apply them", "Day 1", "Task 1"],
    ["K2", "Every Child Matters and the SENCO's part in it", "Day 1", "Task 3"],
    ["K3", "Disability equality law and what it requires", "Day 1", "Task 1"],
    ["K4", "How children develop", "Not held - see Log Book, 12 March 2008", "-"],
    ["K5", "The common kinds of SEN and disability and their effect on learning", "Day 2", "Task 2"],
    ["K6", "Approaches, strategies and resources including ICT, critically understood", "Day 3", "Task 1"],
    ["K7", "School self-evaluation and improvement for pupils with SEN", "Day 8", "Furnished only"],
    ["K8", "Best practice and research in meeting SEN", "Day 3", "Task 3"],
    ["K9", "The scope of outside agencies and how to get their help", "Day 7", "Task 2"],
    ["III", None, None, None],
    ["S1", "Influence with head and governors on inclusive ethos, policy and resources", "Day 6", "Task 3"],
    ["S2", "Identifying pupils, setting targets, planning and reviewing interventions", "Day 2", "Task 2"],
    ["S2a", "Other professionals' assessments used in teaching", "Day 2", "Task 2"],
    ["S2b", "National tests and summative data used to track progress", "Day 4", "Furnished only"],
    ["S2c", "Colleagues led in formative assessment", "Day 3", "Task 3"],
    ["S2d", "Access arrangements for tests and examinations", "Not held", "-"],
    ["S3", "Provision mapping; finding ineffective or missing provision", "Day 4", "Task 1"],
    ["S4", "Staff deployed and managed well", "Day 4", "Task 1"],
    ["S5", "Colleagues developed by observation, coaching, modelling and training", "Day 6", "Task 3"],
    ["S6", "Provision reviewed with staff for self-evaluation", "Day 4", "Task 1"],
    ["S7", "Pupils involved in planning and reviewing their provision", "-", "Task 2"],
    ["S8", "Effective liaison with parents and carers", "Day 5", "Task 2"],
    ["S9", "Partnership with other services and voluntary bodies", "Day 7", "Task 2"],
]
t = table(d, [r if r[1] is not None else [r[0], "", "", ""] for r in arts], widths=[1.2, 9, 3.8, 3.5], size=8)
groups = {"I": "I. ATTRIBUTES", "II": "II. KNOWLEDGE AND UNDERSTANDING", "III": "III. SKILLS"}
for i, r in enumerate(arts):
    if r[1] is None:
        merge_row(t, i, groups[r[0]])
s2d_cell = t.cell([r[0] for r in arts].index("S2d"), 2)
comment(d, s2d_cell.paragraphs[0].runs, "Could the LA's assessment team give an hour on access arrangements on Day 4?",
        "Mr D. Okonjo", "DO")
para(d, "")
para(d, "Award. The Certificate is awarded by the University's Board of Examiners only to a participant whose three "
        "Parish Tasks (or APL claim and two Tasks) have each been passed and whose marked Tasks together show every "
        "Article that Schedule C tests; the Board of Examiners checks each participant's record against Schedule C "
        "before the award is made.")

# ---------------- PART III ----------------
title("PART III. LOG BOOK", 14)
prompt("Enter every alteration, addition, removal or repair, with the date and the authority for it.")
log = [
    ["Date", "Alteration, addition or removal", "Authority"],
    ["12 Sept 2006", "Pilot cohort of 14 teachers begins the Diocesan Certificate in SEN Coordination (not validated).",
     "Board minute 06/41"],
    ["9 July 2007", "The assessment-only route offered to the pilot cohort (two candidates assessed from portfolios "
     "without attending) is withdrawn by the University's Board of Studies as a condition of validation. The Award "
     "has no assessment-only route. The Assessment-Only Register is closed.", "University Board of Studies"],
    ["9 July 2007", "The pilot's Day 5, \"Hearing the Children\" (pupil conferencing and consulting children), is "
     "removed to make room for the University's assessment requirements.", "Course Team"],
    ["Oct 2007 - Feb 2008", "Survey of heads, local authorities, pilot teachers and parents (Terrier, Article 6).",
     "Steering Group (interim)"],
    ["12 March 2008", "Following the survey: Day 5 \"Keeping the Door Open\" added on work with parents; Day 4 extended "
     "on provision mapping and deploying teaching assistants; Day 7 rewritten with the local authorities around "
     "the CAF and multi-agency work; every Study Day to be run in both Selbury and Marchester. The pilot's day on "
     "child development is removed: heads said new SENCOs had covered it in initial training.", "Course Team"],
    ["14 May 2008", "Validation by the University of Marchester, 60 credits at Level 7.", "University Senate"],
    ["2 June 2008", "Memorandum of Co-operation signed. SENCO Course Steering Group constituted (Terrier, Article 11).",
     "Board minute 08/22"],
    ["8 Sept 2008", "Virtual Vestry opened; first cycle begins with 31 participants.", "Course Team"],
]
table(d, log, widths=[2.6, 11.5, 3.5], size=8)
para(d, "Entries made since the table above was typed:", italic=True)
tracked_para(d, [("del", "22 September 2008. Placements arranged for all participants for two days at Longmead Special "
                         "School in the spring term, with a Longmead teacher as host. Authority: Course Team.")],
             author="Mrs J. Hartnoll", date="2008-10-20T16:05:00Z", whole="del")
tracked_para(d, [("ins", "20 October 2008. Wardens' Day held at the Diocesan Education Centre for 22 Wardens: the Wardens' "
                         "Book, the Warden's Note and the marking grid, with a practice Note on a pilot Task. Authority: "
                         "Course Team.")],
             author="Mrs J. Hartnoll", date="2008-10-21T09:12:00Z", whole="ins")
para(d, "")
para(d, "Signed as a true terrier and inventory: ........................................ Director of Education", size=10)
para(d, "........................................ University Link Tutor        Date: ......................", size=10)

d.save(os.path.join(HERE, NAME + ".docx"))
print(NAME, "words:", words(d))
