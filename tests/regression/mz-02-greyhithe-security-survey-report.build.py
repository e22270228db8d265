"""mz-02-greyhithe-security-survey-report: writes mz-02-greyhithe-security-survey-report.docx next to itself.

Provider (invented): Greyhithe Security Hardware Academy, Saltfleet Road, Greyhithe: the training arm of a
locksmiths' and security-hardware firm that trains locksmiths and certificated security surveyors, and surveys
schools' premises for their insurers. It runs the National Award for SEN Coordination with Ouseley University
(Faculty of Education), which validated the programme as its Postgraduate Certificate. Version 2.0, January 2009.

Document kind and layout: the Academy sends its programme as one of its own Security Survey Reports, the report it
writes for an insurer after surveying a building, with the programme as "the premises". Word heading styles
(Heading 1 numbered by hand "1 Summary of findings" ... "14 Surveyor's declaration", Heading 2 for a few parts), a
document-control table with a "[TBC]" placeholder, a findings table with risk ratings (opinion, not evidence), a
"Grading and terms used in this report" table far above the outcome table defining the house words (Site Day SD1-SD8,
Live Site week, Remote Monitoring units RM1-RM4, Surveyor = tutor, Site Supervisor = school mentor, Survey Report
SR1-SR3, Final Walk-round, Measure = outcome; Condition grades "Fitted and tested", "Fitted only", "Drill test",
"Specified", "Not surveyed"), a Site Day table, a "Schedule of security measures" (M01-M29, the outcomes in the
Academy's words, with "Fitted at", "Tested at" and "Condition" columns and shaded, merged group rows), a
Recommendations table (future plans, not evidence), a Surveyor's declaration. Footnotes (one on an outcome row, one
carrying the moderation arrangements), three Word comments, tracked changes by two authors (an inserted vetting
paragraph, a deleted sentence, a change in two cells of one row), a VML text box ("CERTIFICATE OF COMPLIANCE"),
header and footer with a page field.

Traps (requirement ids):
- CRB and background checks on candidates exist only in a tracked inserted paragraph, which is part of the
  submission (5.3 met).
- A February start is a tracked deletion; two routes (Day and Twilight) and online units in any order remain
  (3.2 met).
- Prior experience is "taken into account" in the Pre-site Survey but "no credit is given"; the APEL arrangements
  described belong to the Academy's past Certificate in Locksmithing, "until 2007, when it closed" (past
  arrangement, other course) (2.1 partial).
- Assessment-only: a conditional ("Should the TDA fund it") and the University's own route into its MA (another
  programme) (2.3 not met). The same route reappears as recommendation R5 (a plan).
- Research: only "kept up to date with current research and inspection findings" and "our Surveyors read widely";
  a comment suggests listing reports (comment, not evidence) (1.3 partial).
- Parents: SD6 only asks participants to "consider the part families play" (1.7 partial); the parents' outcome row
  M28 is "[TBC]" in every column, with a comment and recommendation R3 (placeholder, plan) (6.S8 not met).
- Staff: the Lead Surveyor is described, but Site Days are led by Surveyors whose qualifications are in the trade
  ("Master Locksmiths", "certificated security surveyors") (right words, wrong specialism) and associate tutors "to
  be named" (5.4 partial).
- Roles: Surveyors have a handbook and termly meetings; Site Supervisors only "will understand what is expected of
  them" (bare promise); a comment admits their guide is unwritten (5.7 partial).
- Moderation appears partly in a footnote (University moderation panel, external examiner) (5.8 met).
- Impact: "does not at present measure" participants' competence or confidence or pupils' achievement; only "We
  hope that schools will tell us" (5.9 not met).
- Stakeholders: a survey of 64 schools, parents' focus groups and LA strategies (4.1 met); three changes it caused
  (4.2 met); a hope that heads and parents will help evaluate, but host schools host the Live Site week and
  participants evaluate every Site Day (4.3 met on those details).
- Award: "pass SR1, SR2, SR3 and the Final Walk-round", which do not test every measure, and the text box's
  blanket "CERTIFICATE OF COMPLIANCE" (6.0 partial; 1.9 partial).
- Schedule: M02 (6.A2), M21 (6.S2c), M26 (6.S6) "Fitted only" (taught, not assessed: partial); M07 (6.A7), M25
  (6.S5) "Drill test" (formative only: partial); M19 (6.S2a) changed by tracked change from "SR2"/"Fitted and tested"
  to "Drill (SD4)"/"Drill test" (partial); M13 (6.K6) "Fitted and tested" but a footnote says SR2's ICT section is
  formative only (partial); M03 (6.A3) "Specified" for the 2010 intake (plan: not met); M06 (6.A6) "Not surveyed"
  and excluded in the scope section (not met); M28 (6.S8) placeholder (not met).
- E-learning is fully described: weekly tutor surgery, patrol-group forums between Site Days, logins and termly
  notes for heads (3.3 met). The aims cover all five Every Child Matters outcomes (1.1 met).
"""
from pathlib import Path
from docx.shared import Pt, Cm, RGBColor
from _mz_helpers import (new_document, para, add_runs, cell_text, shade_cell, set_widths, add_field, textbox,
                         tracked_paragraph, comment, Footnotes, REV, word_count)

HERE = Path(__file__).parent
NAME = "mz-02-greyhithe-security-survey-report"
REV["author"] = "Paul Achebe"
REV["date"] = "2009-01-14T11:05:00Z"
JH = {"author": "Joanna Hendry", "date": "2009-01-15T17:40:00Z"}

NAVY = "1F3864"
BAR = "DCE3EE"
PALE = "F2F2F2"

doc = new_document(font="Calibri", size=10.5, margins_cm=2.2)
for lvl, sz in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[lvl]
    st.font.name = "Calibri"
    st.font.size = Pt(sz)
    st.font.color.rgb = RGBColor.from_string(NAVY)
fns = Footnotes(doc)


def h1(text):
    return doc.add_heading(text, level=1)


def h2(text):
    return doc.add_heading(text, level=2)


def p(parts, **kw):
    return para(doc, parts, **kw)


def table(header, rows, widths, size=9):
    t = doc.add_table(rows=len(rows) + 1, cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        cell_text(t.cell(0, j), h, shade=BAR, bold=True, size=size)
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, size=size)
    set_widths(t, widths)
    return t


# ---------------------------------------------------------------- header / footer
sec = doc.sections[0]
add_runs(sec.header.paragraphs[0], [("GREYHITHE SECURITY HARDWARE ACADEMY  |  SECURITY SURVEY REPORT GSA/SSR/09/014  "
                                     "|  COMMERCIAL IN CONFIDENCE", {"size": 8, "color": "595959"})])
fp = sec.footer.paragraphs[0]
add_runs(fp, [("Greyhithe Security Hardware Academy Ltd, Saltfleet Road, Greyhithe. Registered in England No. "
               "04418820. Page ", {"size": 8})])
add_field(fp, "PAGE", size=8)

# ---------------------------------------------------------------- cover
p([("GREYHITHE SECURITY HARDWARE ACADEMY", {"b": True, "size": 12, "color": NAVY})], after=2)
p([("SECURITY SURVEY REPORT", {"b": True, "size": 22, "color": NAVY})], after=2)
p([("Premises: the Greyhithe and Ouseley National Award for SEN Coordination (\"the programme\")",
    {"b": True, "size": 12})], after=10)
dc = doc.add_table(rows=8, cols=2)
dc.style = "Table Grid"
dcrows = [
    ("Report reference", "GSA/SSR/09/014"),
    ("Client", "Training and Development Agency for Schools: panel for approval of National Award providers"),
    ("Premises surveyed", "The programme as it will run from September 2009, with Ouseley University, Faculty of "
                          "Education"),
    ("Lead Surveyor", "Joanna Hendry, Programme Leader"),
    ("Countersigned", "Dr Paul Achebe, Head of Professional Development, Ouseley University"),
    ("Date of survey", "5 to 9 January 2009"),
    ("Version", "2.0, issued 16 January 2009 (replaces 1.0, the pilot survey of July 2008)"),
    ("Insurer's reference", "[TBC]"),
]
for i, (a, b) in enumerate(dcrows):
    cell_text(dc.cell(i, 0), a, shade=BAR, bold=True, size=9)
    cell_text(dc.cell(i, 1), b, size=9)
set_widths(dc, [4.0, 12.6])
p("", after=4)
p("We survey schools for their insurers: we walk the site, note what is fitted, test what can be tested, and say "
  "plainly what is missing. This report surveys our SENCO programme in the same way and in the same format, so "
  "that the panel can see not only what we offer but what we have not yet fitted. The programme is the premises; "
  "its outcomes are the security measures; its taught days are the sites we walk.")

# ---------------------------------------------------------------- 1 summary
h1("1 Summary of findings")
p("The premises are sound. The two routes in are well controlled, the online units are fully monitored, and most "
  "measures are fitted and tested. Three measures are not fitted, and the programme does not yet monitor its effect "
  "on pupils. The findings are summarised below and set out in detail in sections 4 to 12; our recommendations are in "
  "section 13.")
table(["Area", "Finding", "Risk rating"], [
    ("Perimeter (admission and vetting)", "Entry checks and vetting in place", "Low"),
    ("Entrances (routes in)", "Two routes; no survey-only route yet", "Medium"),
    ("Doors and fittings (Site Days)", "Eight Site Days and a Live Site week", "Low"),
    ("Remote monitoring (online units)", "Four units, tutored and monitored", "Low"),
    ("Key holding (people)", "Associate tutors not yet named", "Medium"),
    ("Testing and certification", "Most measures tested; some drill only", "Medium"),
    ("Maintenance (evaluation)", "Effect on pupils not monitored", "High"),
], [5.2, 8.4, 3.0])

# ---------------------------------------------------------------- 2 scope
h1("2 Scope and limitations")
p("This survey covers the programme that leads to the Postgraduate Certificate and the National Award. It does not "
  "cover Ouseley University's MA Inclusive Education, into which successful participants may progress, or the "
  "Academy's trade courses in locksmithing and security surveying.")
p("Using research to improve one's own and colleagues' practice (M06 in the Schedule) is left to the University's MA "
  "modules and is not part of this Award.")

# ---------------------------------------------------------------- 3 grading and terms
h1("3 Grading and terms used in this report")
p("The report uses our usual survey terms. In this report they mean:")
terms = [
    ("Premises", "The programme."),
    ("Lead Surveyor", "The Programme Leader."),
    ("Surveyor", "A tutor who leads Site Days and marks Survey Reports."),
    ("Site Day", "A taught day at the Academy, SD1 to SD8 (section 7)."),
    ("Live Site week", "Five days' placement in a special school or resourced provision."),
    ("Remote Monitoring unit", "An online unit, RM1 to RM4, on the Monitoring Centre (section 8)."),
    ("Site Supervisor", "The senior colleague in the participant's own school who supports the participant."),
    ("Survey Report", "A marked assignment done in the participant's own school, SR1 to SR3."),
    ("Final Walk-round", "The final marked assessment: a professional conversation through the participant's "
                         "portfolio."),
    ("Measure", "An outcome the participant must reach. Section 12 lists them, M01 to M29."),
    ("Fitted and tested", "Taught at the place shown under Fitted at, and assessed in the marked test shown under "
                          "Tested at."),
    ("Fitted only", "Taught, but not assessed in any marked test."),
    ("Drill test", "Practised in an exercise on which the Surveyor gives feedback; not marked, and does not count "
                   "toward the Award."),
    ("Specified", "Planned for a later intake; not in the programme now."),
    ("Not surveyed", "Outside this programme."),
]
table(["Term", "Meaning in this report"], terms, [4.2, 12.4])

# ---------------------------------------------------------------- 4 description
h1("4 Description of the premises")
h2("4.1 Ownership and accreditation")
p41 = p("The programme is a partnership between the Academy and Ouseley University's Faculty of Education. The "
        "University validated it in December 2008 as its Postgraduate Certificate in Special Educational Needs "
        "Coordination: 60 credits at Level 7 (Masters), in two 30-credit modules, Survey and Installation. The "
        "University registers participants, awards the credit and the National Award, and appoints the external "
        "examiner.")
fns.add(p41, "Validation event held 3 December 2008; University approval letter OU/FE/VAL/08/112.")
h2("4.2 Purpose of the installation")
p("Everything we fit protects the people inside. The purpose of the programme is that pupils with SEN and/or "
  "disabilities in participants' schools achieve more across all five Every Child Matters outcomes: being healthy, "
  "staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each Site "
  "Day plan states which of the five outcomes it serves, and SR2 requires the participant to set and review targets "
  "for a pupil under at least two of the five outcomes, not attainment alone.")
h2("4.3 Layout")
p("The programme has eight Site Days at the Academy, four Remote Monitoring units, a Live Site week, three Survey "
  "Reports and the Final Walk-round, over one academic year. Each Survey Report is carried out in the participant's "
  "own school with real pupils and colleagues, and each ends with a section headed Works carried out: what the "
  "participant changed in the school and what difference it made, with the evidence. The Site Supervisor signs the "
  "Works carried out section to confirm the changes were made.")

# ---------------------------------------------------------------- 5 perimeter
h1("5 Perimeter and approach (admission)")
p("Candidates must hold QTS, be in post as SENCO or be about to take up the role, and have at least two years' "
  "teaching experience. Before a place is confirmed, every candidate completes the Pre-site Survey described in "
  "section 6 and is interviewed by the Lead Surveyor, who checks that the candidate has enough knowledge and "
  "experience to reach every measure within the year. A candidate who is not yet ready is offered a deferred place "
  "and a short list of reading and school-based tasks to do first, and the Lead Surveyor discusses this with the "
  "candidate's headteacher.")
tracked_paragraph(doc, [
    "Vetting. Before a place is confirmed the Academy obtains written confirmation from the candidate's employer that "
    "the candidate holds a current enhanced CRB disclosure and has been checked against List 99. A candidate who has "
    "not worked in a school in a post involving regular contact with children in the last three months must obtain a "
    "new enhanced disclosure through the Academy before the Live Site week. We also take up a reference from the "
    "current headteacher confirming that there are no concerns about the candidate's conduct and no outstanding "
    "disciplinary matters."], "ins")
p("Access. Our Site Day rooms at Saltfleet Road are on the ground floor, with level thresholds (we fitted them), an "
  "induction loop and adjustable-height benches. The application form invites candidates to tell us about any "
  "disability or learning difficulty; the Lead Surveyor meets each candidate who does so before the first Site Day to "
  "agree adjustments, and writes them into the Individual Site Plan: extra time for Survey Reports, papers in large "
  "print or on coloured paper, a British Sign Language interpreter, a Live Site placement within easy travelling "
  "distance. The Remote Monitoring units are built to the W3C accessibility guidelines (level AA) and tested with "
  "screen-reading software.")

# ---------------------------------------------------------------- 6 entrances
h1("6 Entrances (routes into the programme)")
p6 = p("There are two doors. The Day route has eight Site Days on weekdays, one a month from September. The Twilight "
       "route covers the same Site Days as sixteen twilight sessions, 4.30 to 7.30 pm. The Remote Monitoring units may "
       "be worked in any order and at any time between Site Days. ")
add_runs(p6, [("Both routes also start in February, for SENCOs appointed mid-year.", {"dele": True, **JH})])
p("Pre-site Survey. Before the first Site Day each participant, with their headteacher, completes the Pre-site "
  "Survey: a self-assessment against all 29 measures in section 12, with evidence. The Lead Surveyor checks it at a "
  "one-hour interview and draws up with the participant an Individual Site Plan, which lists the measures the "
  "participant is to concentrate on, their personal targets for the year, the Remote Monitoring units to be done in "
  "full and the kind of Live Site placement they need. The Plan is reviewed at each tutorial and at the mid-year "
  "review.")
p("Prior learning. Prior experience is taken into account in the Pre-site Survey and reflected in the Individual "
  "Site Plan; no credit is given for earlier study or experience on this programme. The Academy's own Certificate in "
  "Locksmithing accepted APEL claims until 2007, when it closed.")
p("Survey only. Should the TDA fund it, we would open a Survey Only route in 2010 for very experienced SENCOs. "
  "Ouseley University already runs its own accreditation-of-experience route into its MA Inclusive Education.")
p("Fit and cost. Participants whose Individual Site Plan shows a measure already secure take the short version of "
  "the matching Remote Monitoring unit, and spend the time saved on the measures they most need. Each participant has "
  "three individual tutorials with a Surveyor. The fee is £1,250; Marrowfield and Ashtree County Councils pay half "
  "the fee for SENCOs in their maintained schools, and the Twilight route spares schools the cost of supply cover.")

# ---------------------------------------------------------------- 7 doors
h1("7 Doors, locks and fittings (the Site Days)")
sd = [
    ("SD1", "Site induction", "The SENCO's role; SEN law and guidance and the SEN Code of Practice; Every Child "
                              "Matters, its five outcomes and the SENCO's part in them."),
    ("SD2", "Access for all", "Disability equality law, the disability equality duty, reasonable adjustments and "
                              "accessibility plans; participants audit access in their own school."),
    ("SD3", "Know the locks", "How children develop, and how SEN, disability and the physical and social "
                              "environment affect development; the common kinds of SEN (BESD, specific learning "
                              "difficulties including dyslexia, SLCN, autistic spectrum disorders, MLD) and their "
                              "effects on learning."),
    ("SD4", "Reading the site", "Identifying pupils through observation and data; using other professionals' "
                                "reports; setting targets, planning interventions and reviewing progress; summative "
                                "data and national tests; access arrangements for tests and examinations."),
    ("SD5", "Fitting the right hardware", "Approaches, strategies and resources for assessment, planning and "
                                          "teaching, including ICT; best practice and research findings on meeting "
                                          "SEN; helping colleagues with formative assessment."),
    ("SD6", "Key holders", "The pupil's voice: ways of consulting pupils (pupil interviews, Talking Mats, symbol "
                           "questionnaires) and involving them in planning and reviewing their provision; relationships "
                           "with pupils; listening and explaining; participants consider the part families play in a "
                           "pupil's learning."),
    ("SD7", "Response services", "External agencies: who does what, and how to get specialist support and "
                                 "resources; multi-agency working and the Common Assessment Framework; voluntary "
                                 "organisations."),
    ("SD8", "Managing the installation", "Deploying and managing support staff; gaining the commitment of the head "
                                         "and senior leaders; developing colleagues through coaching, observation "
                                         "and training; working with governors on policy, priorities and resources; "
                                         "solving problems and making decisions; keeping up to date and planning "
                                         "one's own professional development."),
    ("LS", "Live Site week", "Five days in a special school or resourced provision (section 9)."),
]
table(["Site", "Title", "What is fitted"], sd, [1.3, 3.6, 11.7])
p("", after=2)
p_leg = p("Legislation and guidance are taught on SD1 and SD2 and refreshed in RM1.")
fns.add(p_leg, "SEN Code of Practice (2001); Special Educational Needs and Disability Act 2001; Disability "
               "Discrimination Act 1995 and 2005; Children Act 2004; the Education (Special Educational Needs "
               "Co-ordinators) (England) Regulations 2008.")
p("Pupils' views. On SD6 participants learn and practise ways of consulting pupils, and in SR2 they interview the "
  "case-study pupil about what helps them learn and plan the next steps with the pupil.")
p("Colleagues. On SD8 participants practise advising and coaching colleagues and running a short staff training "
  "session, and plan how they will work with colleagues beyond the school: the SENCO cluster group and the councils' "
  "specialist teachers.")
p("Families. On SD6 participants consider the part families play in a pupil's learning.")
p_res = p("Keeping the fittings current. The Site Days are kept up to date with current research and inspection "
          "findings, and our Surveyors read widely.")
comment(doc, p_res.runs[0], "Jo, should we list the reports here? Bercow, the Ofsted inclusion report, Lamb?",
        "Paul Achebe", "PA")

# ---------------------------------------------------------------- 8 remote monitoring
h1("8 Remote monitoring (the online units)")
p("The four Remote Monitoring units run on the Academy's Moodle site, which we call the Monitoring Centre: RM1 Law "
  "and guidance refresher, RM2 Tracking data, RM3 Provision mapping, RM4 Reviewing provision and school "
  "self-evaluation. Each unit has a named Surveyor who runs a weekly online surgery (Tuesdays, 7 to 8 pm), answers "
  "messages within two working days, and moderates a forum in which each patrol group of six participants posts and "
  "comments on one another's unit tasks between Site Days.")
p("Headteachers and Site Supervisors have their own login, through which they see the Site Day materials and the "
  "participant's Individual Site Plan, and the Lead Surveyor sends each of them a progress note by email every term. "
  "Surveyors share marking and Site Day notes through a staff area of the Monitoring Centre.")

# ---------------------------------------------------------------- 9 key holding
h1("9 Key holding and response (people and resources)")
p("Lead Surveyor. Joanna Hendry was SENCO at Marrowfield High School for nine years and then a specialist teacher in "
  "Marrowfield's cognition and learning team; she holds an MA in Special Educational Needs (Ouseley, 2004).")
p("Site Days are led by the Academy's Surveyors, all Master Locksmiths with at least ten years in the trade and "
  "certificated security surveyors, together with associate tutors from Ouseley University's Faculty of Education, "
  "to be named.")
p("Specialists. Guest speakers on SD3, SD6 and SD7 include an educational psychologist, a speech and language "
  "therapist, a teacher from the Sensory Support Service, a family support worker and a volunteer from the local "
  "autism support group.")
p("Live Site week. Each participant spends five days in a special school or resourced provision, chosen from our "
  "list of eight host schools to fit the Individual Site Plan. The host school's SENCO supervises the week and signs "
  "the Live Site log, and participants shadow the therapists and outreach staff who work there.")
p_roles = p("Roles. Surveyors work from the Surveyors' Handbook (roles, Site Day plans, marking grids) and meet as a "
            "team each term. Site Supervisors will understand what is expected of them.")
comment(doc, p_roles.runs[0], "We haven't written the Site Supervisor guide yet.", "Joanna Hendry", "JH")
p("Resources. The Academy's training library holds the SEN texts and journals on each Site Day's reading list and a "
  "loan collection of assessment materials. The ICT suite has sixteen computers with assistive software "
  "(text-to-speech, symbol software and a talking word processor), and participants borrow a laptop for the year if "
  "they need one.")

# ---------------------------------------------------------------- 10 testing
h1("10 Testing and certification (assessment and the Award)")
p("SR1 Policy Survey (3,000 words): a survey of the school's SEN policy and practice against the Code of Practice, "
  "the Every Child Matters outcomes and the disability equality duty.")
p("SR2 Individual Risk Assessment (4,000 words): a case study of one pupil: the pupil's development and needs, the "
  "assessments made by other professionals, targets under at least two Every Child Matters outcomes, the approaches "
  "and resources used, the pupil's own views gathered at interview, and a review of progress.")
p("SR3 Provision Survey (a provision map and a 4,000-word report): the participant maps provision for a year group, "
  "tracks the pupils' progress with summative data including national tests, plans access arrangements for tests "
  "and examinations, deploys support staff, works with outside agencies and voluntary organisations, and presents the "
  "findings, with a draft policy change, to the head and governors, relating them to the school's self-evaluation.")
p("Final Walk-round: a 30-minute professional conversation with the Lead Surveyor and a University tutor, walking "
  "through the participant's portfolio; the participant explains a problem they resolved and the decisions they "
  "made, and is assessed on how clearly they explain and how well they listen and respond.")
p("Drill tests are exercises on Site Days, such as the coaching role-play on SD8 and the personal development plan; "
  "the Surveyor gives feedback on them, but they are not marked.")
p_mod = p("Marking. Each Survey Report is marked against the University's Level 7 criteria by the Surveyor who taught "
          "the relevant Site Days and second-marked by a University tutor, and the marks are moderated by the "
          "University.")
fns.add(p_mod, "The University's Faculty Moderation Panel samples a fifth of the scripts for every Survey Report each "
               "June, including all fails. The external examiner, Dr Ruth Caverly of the University of Dunholm, "
               "reviews the moderated sample and attends the Board of Examiners.")
p("The Award is made to participants who pass SR1, SR2, SR3 and the Final Walk-round.")
textbox(doc, [
    [("CERTIFICATE OF COMPLIANCE", {"b": True})],
    ["Greyhithe Security Hardware Academy certifies that the programme described in this report meets every one of "
     "the national minimum outcomes for SENCOs and every requirement of the TDA specification."],
    [("Signed for the Academy: J. Hendry, Lead Surveyor", {"i": True})],
], width_pt=430, height_pt=78, fill="FFFFFF", stroke=NAVY)

# ---------------------------------------------------------------- 11 maintenance
h1("11 Maintenance contract (quality, stakeholders and aftercare)")
p("Evaluation. Participants complete a Site Day Check Card at the end of every Site Day, and the Monitoring Centre "
  "logs use of each online unit. The Surveyors' team meeting reviews the cards and logs each term. Externally, the "
  "external examiner reports each year, and the University's annual programme monitoring reviews the programme each "
  "autumn. A Programme Board of the Academy and the University meets each July to go through all of this and decide "
  "the changes for the next intake, which are recorded in the Board's action log and reported to participants.")
p("Impact. The Academy does not at present measure changes in participants' competence or confidence, or in their "
  "pupils' achievement. We hope that schools will tell us what difference the Award has made.")
p("Stakeholders' needs. In autumn 2008 we surveyed the SENCOs and headteachers of 64 schools in Marrowfield and "
  "Ashtree (41 replied), held two focus groups with parent volunteers from the Marrowfield Parent Partnership "
  "Service, and read both councils' SEN strategies.")
p("What the survey changed. The Twilight route was added because most of the headteachers who replied could not "
  "release a SENCO for a day a month. SD6 on the pupil's voice was added because the parents' groups asked for it. "
  "SR3 became a provision survey, in place of an essay, at the councils' request.")
p("Future involvement. The eight host schools host participants for the Live Site week each year, and participants "
  "evaluate every Site Day. We would like headteachers and parents to have a say in evaluating the programme in "
  "future years.")
p("Aftercare. At the Final Walk-round each participant drafts with the Lead Surveyor an Aftercare Plan: three "
  "professional targets for the following year, to be agreed with their headteacher at their next performance "
  "management review, with suggestions such as the University's MA modules, the councils' SENCO networks and "
  "specialist qualifications. The Lead Surveyor telephones each participant six months later to ask how the targets "
  "are going.")

# ---------------------------------------------------------------- 12 schedule
h1("12 Schedule of security measures")
p("Read with section 3. Fitted at gives the Site Day, online unit or placement; Tested at gives the marked test.")
sched = [
    ("PERSONAL MEASURES",),
    ("M01", "Works fairly, respectfully and constructively with pupils with SEN or disabilities and with their parents "
            "or carers", "SD6", "SR2", "Fitted and tested"),
    ("M02", "Brings the head, senior leaders and other staff on side for pupils with SEN", "SD8", "-", "Fitted only"),
    ("M03", "Prioritises, manages time, delegates and follows tasks through", "2010 intake", "-", "Specified"),
    ("M04", "Anticipates and resolves problems and makes sound judgements about provision", "SD8, LS",
     "Final Walk-round", "Fitted and tested"),
    ("M05", "Communicates clearly in speech and writing, and listens to and understands others' views", "SD6",
     "Final Walk-round", "Fitted and tested"),
    ("M06", "Draws on research and outside advice to improve own and colleagues' practice", "-", "-", "Not surveyed"),
    ("M07", "Keeps up to date and takes charge of own professional development in SEN and disability", "SD8", "Drill",
     "Drill test"),
    ("KNOWLEDGE MEASURES",),
    ("M08", "SEN law and guidance and the Code of Practice: what they require of the school and the SENCO, and how to "
            "put them into practice", "SD1, RM1", "SR1", "Fitted and tested"),
    ("M09", "Every Child Matters: the five outcomes and the SENCO's part in them", "SD1", "SR1", "Fitted and tested"),
    ("M10", "Disability equality law and the action it requires", "SD2", "SR1", "Fitted and tested"),
    ("M11", "How children develop, and how SEN, disability and the learning environment affect development", "SD3",
     "SR2", "Fitted and tested"),
    ("M12", "The common kinds of SEN (BESD, specific learning difficulties including dyslexia, SLCN, ASD, MLD) and "
            "their effect on learning", "SD3, LS", "SR2", "Fitted and tested"),
    ("M13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "SD5", "SR2",
     "FOOT"),
    ("M14", "School self-evaluation and improvement, and how they bear on outcomes for pupils with SEN", "RM4", "SR3",
     "Fitted and tested"),
    ("M15", "Best practice and research findings on meeting SEN", "SD5", "SR2", "Fitted and tested"),
    ("M16", "External agencies: who does what, and how to get specialist support and resources", "SD7", "SR3",
     "Fitted and tested"),
    ("SKILLS MEASURES",),
    ("M17", "With the head and governors, shapes an inclusive ethos, policies, priorities and use of resources", "SD8",
     "SR3", "Fitted and tested"),
    ("M18", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "SD4", "SR2", "Fitted and tested"),
    ("M19", "Uses other professionals' assessments to shape teaching", "SD4, SD7", "CHANGE", "CHANGE"),
    ("M20", "Uses summative assessments, including national tests, to track progress and adjust programmes",
     "SD4, RM2", "SR3", "Fitted and tested"),
    ("M21", "Encourages colleagues' formative assessment, with approaches for pupils with SEN", "SD5", "-",
     "Fitted only"),
    ("M22", "Identifies access arrangements for tests and examinations in good time and puts them in place with "
            "colleagues", "SD4", "SR3", "Fitted and tested"),
    ("M23", "Provision mapping: plans provision and finds what is missing or not working", "RM3", "SR3",
     "Fitted and tested"),
    ("M24", "Deploys and manages support staff", "SD8", "SR3", "Fitted and tested"),
    ("M25", "Develops colleagues through observation and feedback, modelling, coaching and training", "SD8", "Drill",
     "Drill test"),
    ("M26", "Reviews provision with other staff to inform the school's self-evaluation and improvement planning",
     "RM4", "-", "Fitted only"),
    ("M27", "Involves pupils in planning, agreeing and reviewing their provision", "SD6", "SR2", "Fitted and tested"),
    ("M28", "Liaises with parents and carers to promote their child's learning", "[TBC]", "[TBC]", "[TBC]"),
    ("M29", "Works in partnership with other services and agencies, including voluntary organisations", "SD7, LS",
     "SR3", "Fitted and tested"),
]
st = doc.add_table(rows=len(sched) + 1, cols=5)
st.style = "Table Grid"
for j, h in enumerate(["Ref.", "Measure (what the SENCO can do, in our words)", "Fitted at", "Tested at",
                       "Condition"]):
    cell_text(st.cell(0, j), h, shade=BAR, bold=True, size=9)
for i, row in enumerate(sched, start=1):
    if len(row) == 1:
        m = st.cell(i, 0).merge(st.cell(i, 4))
        cell_text(m, row[0], shade=PALE, bold=True, size=9)
        continue
    ref, text, at, test, cond = row
    cell_text(st.cell(i, 0), ref, size=9)
    cell_text(st.cell(i, 1), text, size=9)
    cell_text(st.cell(i, 2), at, size=9)
    if test == "CHANGE":
        cell_text(st.cell(i, 3), [("SR2", {"dele": True, "size": 9, **JH}), ("Drill (SD4)", {"ins": True, "size": 9,
                                                                                           **JH})])
        cell_text(st.cell(i, 4), [("Fitted and tested", {"dele": True, "size": 9, **JH}),
                                  ("Drill test", {"ins": True, "size": 9, **JH})])
    else:
        cell_text(st.cell(i, 3), test, size=9)
        if cond == "FOOT":
            cp = cell_text(st.cell(i, 4), "Fitted and tested", size=9)
            fns.add(cp, "SR2's section on ICT is formative only: the Surveyor comments on it, but it carries no marks.")
        else:
            cp = cell_text(st.cell(i, 4), cond, size=9)
            if ref == "M28":
                comment(doc, cp.runs[0], "Parents' session: SD6 or a new SD9? Jo to confirm before we send.",
                        "Paul Achebe", "PA")
set_widths(st, [1.2, 9.0, 2.2, 2.2, 2.0])

# ---------------------------------------------------------------- 13 recommendations
h1("13 Recommendations")
table(["Ref.", "Recommendation", "Priority", "Owner"], [
    ("R1", "Fit a workshop on prioritising, time management and delegation (M03) for the 2010 intake", "Essential",
     "J. Hendry"),
    ("R2", "Name the associate tutors and add their details to the Surveyors' Handbook", "Essential", "University"),
    ("R3", "Add a session on working with parents and carers (M28)", "Recommended", "J. Hendry"),
    ("R4", "Find a measure of pupils' progress across each intake", "Recommended", "Programme Board"),
    ("R5", "Open a Survey Only route if funding allows", "Advisory", "Programme Board"),
], [1.2, 10.0, 2.6, 2.8])

# ---------------------------------------------------------------- 14 declaration
h1("14 Surveyor's declaration")
p("I surveyed the premises described in this report between 5 and 9 January 2009. The findings are a true record of "
  "what I found; recommendations are my professional opinion and are not part of the premises as surveyed.")
p([("Joanna Hendry", {"b": True}), ", Lead Surveyor, Greyhithe Security Hardware Academy    Date: 16 January 2009"])
p([("Dr Paul Achebe", {"b": True}), ", Head of Professional Development, Ouseley University (countersigned)"])

fns.finish()
out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, "words:", word_count(out))
