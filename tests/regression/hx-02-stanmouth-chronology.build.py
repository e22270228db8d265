"""hx-02-stanmouth-chronology

Provider: Stanmouth City Council's Virtual School for Looked After Children (Head
of Virtual School, three teachers, a designated-teacher network, links to the
looked-after children social work teams and the Independent Reviewing Officers),
applying with Ormesby University, which validates the course as a PG Certificate.

Document kind and layout: a chronology in the council's children's services
chronology template, the record social care teams keep of significant events,
compiled by the Head of Virtual School to show the panel how the Award came to
be. No heading styles (bold capitals typed in Normal); a letterhead typed with
manual line breaks; a front-sheet table with merged and shaded cells; the
template's grey "[Guidance: ...]" prompts left in; a key to source codes; a long
landscape-free chronology table (No. / Date / Event / Source / Significance for
the Award / Outcome) of 34 entries recording proposals later dropped and
decisions later reversed; a "Summary and analysis" section in the template's
order; then "WHERE THINGS STAND" for the panel in present-tense prose with a
block table (merged cells) and an outcome table in the Virtual School's own words
("What the SENCO will be able to do" / "Where we work on it" / "Where it is
assessed"), one row tracked-deleted; a text box of pilot voices; comments;
tracked changes; header and footer.

Traps (requirement ids touched):
- E.2: an early entry records a proposal of 30 credits at Level 6, superseded by
  the validation at 60 credits, Level 7 (met; notes_on_met).
- 2.3: an early entry records the Steering Group rejecting an assessment-only
  route; a tracked insertion in WHERE THINGS STAND adds it (met: insertion counts).
- 2.1: the pilot excused Council induction-course graduates from Block 1 (past
  arrangement); now "Accreditation of prior learning will not be available to the
  first cohort" (not_met, negation and deferral).
- 5.3: in 2007 checks were "left to schools" (past); the July 2009 decision has
  HR check every participant (met).
- 5.9: "has not yet been decided" (not_met), although 5.1 is met.
- 3.3: online route with peer forums but "Tutors do not take part in the forums"
  (partially_met).
- 1.7 / 6.S8: only foster carers and residential staff at PEP meetings; not
  assessed (partially_met, right words narrow context).
- 5.2: the head's nomination is taken as confirmation of readiness (partial).
- 5.7: mentors "are sent the Mentor Handbook" only (partial).
- 5.6: platform and library, no specialist technology; the council's ICT team's
  equipment "for pupils" (wrong context) (partial).
- 2.5: a talk about "what they might do next" (partial).
- 6.K6: ICT "is outside the scope of the Award" (partial); 6.K2, 6.S1, 6.S2a,
  6.S5, 6.A6 covered but "Not assessed" / dash; 6.A7 only in the unmarked
  Learning Log (partial).
- 6.S4: its outcome row is a tracked deletion; nowhere else (not_met).
- 6.A3, 6.S2d absent (not_met); a comment raises access arrangements (comment,
  not evidence).
- Template guidance prompts ("[Guidance: ...]") and the chronology's
  "Significance" column judgements are not arrangements; entries about the
  2007-08 pilot describe past arrangements.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _hx_helpers import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font="Verdana", size=9.5)
header_footer(d, "Stanmouth City Council  -  Children's Services  -  Chronology record (form CS/CHR/2)",
              "RESTRICTED: for the approval panel only. Do not copy.")

p = para(d, ("STANMOUTH CITY COUNCIL", "b"))
r = p.add_run(); r.add_break(); p.add_run("Children's Services Directorate"); r = p.add_run(); r.add_break()
p.add_run("Virtual School for Looked After Children"); r = p.add_run(); r.add_break()
p.add_run("Harbour House, 14 Quay Street, Stanmouth")

para(d, ("CHRONOLOGY", "bL"))
para(d, ("[Guidance: A chronology is a brief account of significant events in date order. It is not an assessment and should not contain opinion except in the Significance column. Record the source of every entry.]", "g"))

fs = table(d, [["FRONT SHEET", "", ""],
               ["Subject of chronology", "The Stanmouth Award for SEN Coordination (the Award)", ""],
               ["Compiled by", "David Ashe, Head of Virtual School", "Date: 20 July 2009"],
               ["Period covered", "January 2007 to July 2009", ""],
               ["Purpose", "To show the Training and Development Agency's approval panel how the Award came about, what changed along the way and why, and where things stand now.", ""],
               ["Checked by", "Dr Ruth Calloway, Ormesby University", "Date: 21 July 2009"]], widths=[4, 8, 4])
merge_row(fs, 0, "FRONT SHEET", fill="1F497D")
fs.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i in (1, 3, 4):
    fs.cell(i, 1).merge(fs.cell(i, 2))
for i in range(1, 6):
    shade(fs.cell(i, 0), "DBE5F1")

para(d, "")
para(d, ("KEY TO SOURCES", "b"))
table(d, [["Code", "Source"],
          ["CSG", "Minutes of the Award's Course Steering Group"],
          ["DTN", "Notes of Designated Teacher Network meetings"],
          ["VSH", "Head of Virtual School's notes and correspondence"],
          ["UNI", "Ormesby University papers and letters"],
          ["CICC", "Notes of the Children in Care Council ('Speak Up Stanmouth')"],
          ["EVAL", "Pilot evaluation returns"]], widths=[2, 14])
para(d, "")
para(d, ("[Guidance: Use one row per event. Keep entries factual. Where a decision is later changed, do not alter the earlier entry: record the change as a new entry and cross-refer.]", "g"))

entries = [
 ("1", "Jan 2007", "Virtual School set up with a Head and three teachers, following the Care Matters Green Paper (October 2006).", "VSH", "The Virtual School begins tracking the attainment of every looked-after child.", "Data show 41% of looked-after children in Stanmouth schools have a statement or are at School Action Plus."),
 ("2", "Mar 2007", "Audit of Personal Education Plans (PEPs) in 60 schools.", "VSH", "In 38 of 60 PEPs the SENCO had played no part; in 11 the SEN provision recorded did not match the statement.", "Head of Virtual School proposes a course for SENCOs."),
 ("3", "Apr 2007", "Survey of SENCOs and designated teachers (84 schools; 63 replies).", "DTN", "SENCOs new to the role said they most needed help with statutory work, provision mapping, working with social care and health, and tracking progress. Designated teachers said SENCOs did not know who the child's social worker was.", "Findings used to design the pilot course (entry 5)."),
 ("4", "May 2007", "Children in Care Council consulted at its monthly meeting.", "CICC", "Young people said they did not want to be 'talked about' in meetings they did not attend, and wanted one teacher who knew their whole story.", "Consulting pupils and pupil-led reviews made a core strand of the pilot."),
 ("5", "Jun 2007", "Pilot course agreed: six Study Days over 2007-08, no credit, for 16 SENCOs.", "VSH", "First version of the course.", "Pilot recruited."),
 ("6", "Jul 2007", "Arrangements for the pilot agreed: CRB checks left to schools; participants who had completed the Council's SEN Induction Course excused Study Day 1.", "VSH", "Both arrangements were for the pilot only (see entries 19 and 29).", "Pilot ran on this basis."),
 ("7", "Sep 2007", "Pilot Study Day 1.", "EVAL", "Participants rated the day highly but asked for more on the law.", "Law content increased for Study Day 2."),
 ("8", "Nov 2007", "First approach to Ormesby University about accreditation.", "UNI", "University interested; suggests a 30-credit module at Level 6.", "Explored (see entry 16)."),
 ("9", "Jan 2008", "Pilot Study Days 3 and 4. Foster carers and residential staff join a session on working together at PEP meetings.", "EVAL", "Participants valued hearing carers' experience.", "Session kept for the Award (Block 2)."),
 ("10", "Mar 2008", "Designated Teacher Network asks for SENCOs to be trained in using the Virtual School's attainment tracker.", "DTN", "Network wants SENCOs able to use test data to follow looked-after pupils' progress.", "Tracker training added to Block 2."),
 ("11", "May 2008", "Pilot evaluation: 15 of 16 complete. Participants' own rating of confidence rose on every strand.", "EVAL", "Pilot judged a success by participants and heads.", "Steering Group formed (entry 13)."),
 ("12", "Jun 2008", "DCSF announces that new SENCOs must hold a nationally approved qualification; draft specification issued.", "VSH", "The pilot would need to become an accredited award.", "Steering Group asked to redesign the course."),
 ("13", "Jul 2008", "Course Steering Group meets for the first time: Head of Virtual School, two University staff, three heads, three designated teachers, two SENCOs from the pilot, a Parent Partnership officer and two members of the Children in Care Council.", "CSG", "Stakeholders now part of design.", "Terms of reference agreed: the Group meets each term and reviews the Award's evaluation each July."),
 ("14", "Sep 2008", "Steering Group considers an assessment-only route for experienced SENCOs from special schools and the Council's SEN support team.", "CSG", "Group decided against, fearing that experienced staff would miss the multi-agency work.", "Rejected for now (see entry 30)."),
 ("15", "Oct 2008", "Steering Group considers an online route.", "CSG", "Heads of small and rural schools said release for eight days was hard.", "Blended route agreed in principle (entry 22)."),
 ("16", "Nov 2008", "University confirms that the specification requires masters level, and that it normally expects 60 credits.", "UNI", "The Level 6 proposal of entry 8 is dropped.", "Design proceeds as a 60-credit Postgraduate Certificate at Level 7."),
 ("17", "Dec 2008", "Children in Care Council members ask to be on the assessment panel.", "CICC", "Young people want to hear how SENCOs talk about children like them.", "A young person now sits with the Case Panel as an adviser (see WHERE THINGS STAND)."),
 ("18", "Jan 2009", "Steering Group discusses accreditation of prior learning.", "CSG", "University regulations allow it, but the team has no way yet to map earlier courses against the outcomes.", "Deferred (entry 29)."),
 ("19", "Feb 2009", "Council's Safer Recruitment lead advises that the provider should check each participant.", "VSH", "The pilot arrangement (entry 6) did not meet the specification.", "Referred to the July meeting (entry 31)."),
 ("20", "Feb 2009", "Ofsted's report Looked after children: good practice in schools (2008), the Bercow Review (2008) and the interim findings of the Lamb Inquiry discussed by the course team.", "CSG", "Evidence on what works for vulnerable pupils and on parents' confidence.", "Block 3 reading and Casework Assignment 1 criteria revised to use them."),
 ("21", "Mar 2009", "Block outlines and the assessment scheme drafted.", "CSG", "Four Blocks; three Casework Assignments; a Case Panel.", "Sent to the University for validation."),
 ("22", "Mar 2009", "Stanmouth Learning Platform (Moodle) units written for the blended route.", "VSH", "Each Block has an online unit.", "Units trialled with four pilot graduates."),
 ("23", "Apr 2009", "Trial of online units: pilot graduates say forums were useful but they wanted a tutor to reply.", "EVAL", "Staffing did not allow tutor time online.", "Not changed for 2009-10."),
 ("24", "Apr 2009", "External examiner appointed: Professor Anne Mistry (University of Wexcombe).", "UNI", "Experienced SENCO trainer and former LA SEN adviser.", "Will sample all assessed work."),
 ("25", "May 2009", "Speak Up Stanmouth runs a session for the course team on consulting children in care.", "CICC", "Course team learns the Council's 'Three Houses' and 'Mind of My Own' methods.", "Both taught in Block 2."),
 ("26", "May 2009", "Placements agreed with Harbourside Special School, the Stanmouth Pupil Referral Unit and the Children's Homes Education Service.", "VSH", "Every participant can see provision in a contrasting setting.", "Two placement days built into the Award."),
 ("27", "Jun 2009", "Validation event at Ormesby University.", "UNI", "Panel approves the Award as the Postgraduate Certificate in Special Educational Needs Coordination (60 credits, Level 7), subject to national approval.", "One condition: publish the marking criteria for the Case Panel (done 2 July)."),
 ("28", "Jun 2009", "Steering Group reviews the pilot's lessons for the mentors.", "CSG", "Pilot mentors said they had not known what was expected of them.", "Mentor Handbook written."),
 ("29", "Jul 2009", "Steering Group returns to prior learning (entry 18).", "CSG", "No mapping tool yet.", "Accreditation of prior learning will not be available to the first cohort."),
 ("30", "Jul 2009", "Steering Group returns to the assessment-only route (entry 14) after the University offers an assessment board for it.", "CSG", "See WHERE THINGS STAND.", "Agreed."),
 ("31", "Jul 2009", "Steering Group agrees checks on participants.", "CSG", "Replaces the pilot arrangement of entry 6.", "Council HR checks every participant's enhanced CRB disclosure and List 99 status, and obtains a reference from the head, before a place is confirmed."),
 ("32", "Jul 2009", "Steering Group discusses measuring impact.", "CSG", "Members disagree about using pupils' attainment data for a course evaluation.", "How we will measure the Award's impact on participants and on pupils has not yet been decided."),
 ("33", "Jul 2009", "First cohort recruited: 22 SENCOs for September, 9 for January.", "VSH", "", "Starting Point interviews booked."),
 ("34", "Jul 2009", "This chronology compiled for the approval panel.", "VSH", "", ""),
]
rows = [["No.", "Date", "Event", "Source", "Significance for the Award", "Outcome / action"]] + [list(e) for e in entries]
ct = table(d, rows, widths=[1, 1.6, 5, 1.3, 4, 4], header_fill="B8CCE4")
for row in ct.rows:
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(8)
comment(d, ct.cell(14, 2).paragraphs[0], "Entry 14 is superseded by 30 - should we say so in the Outcome column? RC", author="Ruth Calloway", initials="RC")

para(d, "")
para(d, ("SUMMARY AND ANALYSIS", "b"))
para(d, ("[Guidance: Summarise the key themes and patterns the chronology shows. What has changed? What has stayed the same? What are the risks?]", "g"))
para(d, "Three themes run through the chronology. First, the course began with the evidence from our own looked-after children: the PEP audit (entry 2) and the survey (entry 3) showed that SENCOs were missing from the planning for our most vulnerable pupils, and that SENCOs new to the role were least confident about statutory work, provision mapping, working with social care and health, and tracking progress. Those four things are still the core of the Award. Second, the people the course serves have changed it at each stage: the Designated Teacher Network added tracker training (entry 10), the Children in Care Council put pupil voice at the centre (entries 4 and 25) and asked to be part of the Case Panel (entry 17), and heads of small schools asked for the blended route (entry 15). Third, several arrangements that suited a small local pilot did not meet a national specification, and we have replaced them: checks on participants (entries 6, 19 and 31), the level and credit (entries 8, 16 and 27) and the assessment-only route (entries 14 and 30).")
para(d, "Two matters remain open at the date of this chronology: accreditation of prior learning (entry 29) and how to measure impact (entry 32). The Steering Group will return to both in 2010.")

textbox(d, [("Voices from the pilot", True),
            ("\u201cI had never been to a PEP meeting before the course. Now I chair the SEN part of every one.\u201d (SENCO, primary school)", False),
            ("\u201cShe was the first teacher who rang me before the review instead of after.\u201d (Foster carer)", False),
            ("\u201cThe Case Panel was scarier than my interview for the job.\u201d (SENCO, secondary school)", False)], fill="DBE5F1", height="115pt")

para(d, ("WHERE THINGS STAND: THE AWARD FROM SEPTEMBER 2009", "bL"))
para(d, ("What the Award is for. ", "b"), "The Award is a Postgraduate Certificate in Special Educational Needs Coordination validated by Ormesby University: 60 credits at masters level (Level 7). Its aim is to raise the achievement of pupils with special educational needs and disabilities, including looked-after pupils, and to improve their well-being in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being). Every Casework Assignment is marked partly on the evidence the participant gives of what changed for pupils.")
para(d, ("How it is organised. ", "b"), "The Award runs over three terms in four Blocks. Each Block has two Study Days at Harbour House and, for those on the blended route, an online unit on the Stanmouth Learning Platform that replaces the second Study Day. Participants choose at the Starting Point interview whether to take the face-to-face route or the blended route. Groups start in September and January. Block 1 comes first; the other three Blocks can be taken in any order that fits the participant's school year.")

bt = table(d, [["Block", "Study Days", "What it covers", "Assessed by"],
               ["1. The SENCO and the law", "Day 1 and Day 2", "The SEN Code of Practice (2001) and statutory assessment; the Disability Discrimination Act and the disability equality duty; Every Child Matters and Children's Trusts; current policy including the Inclusion Development Programme and the 2008 SENCO regulations", "Casework Assignment 3"],
               ["2. Knowing the child", "Day 3 and Day 4", "Child development and the effect of care, loss and moves; the common kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how each affects learning; identifying needs, setting targets, planning and reviewing interventions; tracking progress with test data and the Virtual School tracker; consulting pupils; working with foster carers and residential staff at PEP meetings", "Casework Assignment 1"],
               ["3. What works", "Day 5 and Day 6", "Research and inspection evidence on teaching pupils with SEN; approaches, strategies and resources for assessment, planning and teaching; formative assessment with colleagues", ""],
               ["4. The SENCO as leader", "Day 7 and Day 8", "Provision mapping and review; school self-evaluation; strategic planning with senior leaders and governors; coaching, observation and training colleagues; the team around the child and other services", "Casework Assignment 2; Case Panel"],
               ["Placements", "Two days", "A contrasting setting (special school, PRU or the Children's Homes Education Service)", ""]], widths=[3.5, 2.5, 7, 3.5])
bt.cell(3, 3).merge(bt.cell(4, 3))
shade(bt.cell(5, 0), "F2F2F2")
para(d, "")

para(d, ("Assessment. ", "b"), "Casework Assignment 1, The Learning Profile (4,000 words), follows one pupil with special educational needs for two terms. The participant explains the pupil's development and needs using what is known about child development, the kind of need and the effect of the pupil's environment; identifies the needs, sets challenging targets, plans an intervention and reviews progress; chooses and justifies the approaches, strategies and resources used; uses test results, teacher assessments and tracker data to follow progress and adjust the programme; shows how the pupil was consulted and took part in planning and reviewing the provision and how a respectful relationship was built with the pupil and family; works with other services on the pupil's behalf; and shows knowledge of best practice and research in meeting special educational needs. Casework Assignment 2, The Provision Review (4,000 words), asks the participant to map the school's provision, identify provision that is ineffective or missing, review with colleagues how well the provision works and feed the findings into the school's self-evaluation; to work with at least two teachers to develop formative assessment for pupils with special educational needs in their lessons; and to show how the head and senior leaders were won over to the changes proposed. Casework Assignment 3, Law, Policy and the SENCO (3,000 words), asks the participant to analyse how the school meets the SEN Code of Practice and the disability equality duty and what changes are needed. The Case Panel is a 30-minute oral examination on a case the participant has worked on, before a tutor, a social worker and an educational psychologist, with a member of Speak Up Stanmouth as adviser. It is marked on the participant's knowledge of the role of other services, the way the participant obtained specialist support and worked with other agencies and voluntary organisations, the decisions made and the judgement shown, and how clearly the participant explains and listens.")
para(d, ("The Learning Log. ", "b"), "Every participant keeps a Learning Log on the Learning Platform, recording what has been read, what has been tried and what the participant plans to learn next. The Learning Log is discussed with the tutor each term but is not marked.")

p = para(d, ("Who can join. ", "b"), "Applicants must hold QTS and be the SENCO of a school, or be about to take up the post, and must be nominated by their head. The Virtual School takes the head's nomination as confirmation that the applicant is ready for the course.")
p = para(d, ("Starting Point. ", "b"), "Before the first Study Day each participant has a Starting Point interview with a tutor, having first rated themselves against every outcome in the table below. The tutor and participant agree a Learning Map: the outcomes on which the participant needs most work, the Block activities and placement to prioritise, the focus of each Casework Assignment, and the outcomes the participant already meets on the evidence of earlier work. The Learning Map is reviewed at the end of each Block.")
p = para(d, ("Routes for experienced staff. ", "b"), "Accreditation of prior learning will not be available to the first cohort.")
ins(p, " Exceptionally, a teacher who already appears to meet the outcomes (for example a SENCO from a special school or a teacher from the Council's SEN support team) may take the assessment-only route: the three Casework Assignments and the Case Panel, without the Study Days, assessed against every outcome by the same Examination Board. The fee is set by the University.", author="D. Ashe", date="2009-07-20T16:10:00Z")
para(d, ("After the Award. ", "b"), "At the final Study Day participants talk about what they might do next.")
para(d, ("Equality and access. ", "b"), "Every applicant is invited, on the application form and again at the Starting Point interview, to tell us about a disability or other need. The tutor agrees any reasonable adjustments with the participant and the University's Disability Service before the course starts: for example BSL interpreters, papers in large print or electronic form, extra time or an alternative format for the Case Panel. Study Days are held in an accessible building, and all online units meet the University's accessibility standard.")
p = para(d, ("Online support. ", "b"), "The online units on the Stanmouth Learning Platform hold the readings, short video lectures, activities and a discussion forum for each group. Participants use the forums to support each other between Study Days. Tutors do not take part in the forums; tutor support is given at Study Days.")
comment(d, p, "Could the e-tutor hour from the pilot budget be revived? DA", author="David Ashe", initials="DA")
para(d, ("Stakeholders now. ", "b"), "The Course Steering Group (entry 13) continues to meet each term. Heads, designated teachers, SENCOs from the pilot, the Parent Partnership officer and members of the Children in Care Council review the evaluation each July and agree changes for the following year; designated teachers act as mentors; Speak Up Stanmouth members lead a Block 2 session and advise the Case Panel; placement schools host visits.")
para(d, ("Checks. ", "b"), "Council HR checks every participant's enhanced CRB disclosure and List 99 status, and obtains a reference from the head, before a place is confirmed (entry 31).")
para(d, ("Staff. ", "b"), "The programme leader is Dr Ruth Calloway (Senior Lecturer in SEN, Ormesby University; former SENCO and LA SEN adviser). David Ashe (Head of Virtual School; former SENCO and deputy head of a special school; MA Inclusive Education) and two Virtual School teachers with the former Ormesby Advanced Certificate in SEN teach the Blocks. Educational psychologists, speech and language therapists, the CAMHS looked-after children team, social workers and Independent Reviewing Officers teach sessions in their own fields. All tutors keep their knowledge current through the Council's SEN update programme and the University's research seminars.")
para(d, ("Mentors. ", "b"), "Each participant has a mentor from the Designated Teacher Network. Mentors are sent the Mentor Handbook before the course starts.")
para(d, ("Resources. ", "b"), "Participants use the Learning Platform and the University library, including its electronic journals. The Council's ICT team holds communication aids and assistive software on loan for pupils.")
para(d, ("Quality. ", "b"), "Participants evaluate every Study Day and every online unit, and complete an end-of-course questionnaire. The course team reviews these with the marks and the external examiner's report each July, and the Steering Group agrees changes; the University's annual monitoring report records the changes and whether they worked. Entries 7, 9, 20 and 28 show changes already made in this way. All Casework Assignments are marked against published criteria; every fail, every distinction and a sample of 20% are second marked; the course team holds a moderation meeting after each assignment; and the external examiner (entry 24) samples all assessed work and attends the Examination Board.")
para(d, ("Impact. ", "b"), "See entry 32.")
para(d, ("The Award rule. ", "b"), "The Award is made only when the Examination Board confirms that the participant has met every one of the national minimum outcomes, shown in the table below.")

para(d, ("THE OUTCOMES IN OUR WORDS", "b"))
orow = [["What the SENCO will be able to do", "Where we work on it", "Where it is assessed"],
 ["Build fair and respectful relationships with pupils with SEN and their families", "Block 2", "Casework Assignment 1"],
 ["Win the commitment of colleagues, the head and senior leaders", "Block 4", "Casework Assignment 2"],
 ["Solve problems and make sound decisions about provision", "Block 4", "Case Panel"],
 ["Speak and write clearly; listen to others", "All Blocks", "Case Panel; all written work"],
 ["Use research and outside advice to improve practice", "Block 3", "Not assessed"],
 ["Keep up to date and take charge of own development", "Learning Log", "Learning Log (not marked)"],
 ["Know SEN law and the Code of Practice and how to apply them", "Block 1", "Casework Assignment 3"],
 ["Understand Every Child Matters and the SENCO's part in it", "Block 1", "Not assessed"],
 ["Know disability equality law and what it requires", "Block 1", "Casework Assignment 3"],
 ["Understand child development and how SEN and environment affect it", "Block 2", "Casework Assignment 1"],
 ["Know the common kinds of SEN and their effect on learning", "Block 2", "Casework Assignment 1"],
 ["Judge approaches, strategies and resources for teaching and assessment", "Block 3", "Casework Assignment 1 (ICT is outside the scope of the Award)"],
 ["Understand school self-evaluation for SEN outcomes", "Block 4", "Casework Assignment 2"],
 ["Know best practice and research in meeting SEN", "Block 3", "Casework Assignment 1"],
 ["Know what other agencies do and how to get their help", "Block 4; placements", "Case Panel"],
 ["Shape the school's inclusive ethos and priorities with senior leaders and governors", "Block 4", "\u2014"],
 ["Identify needs, set targets, plan and review interventions", "Block 2", "Casework Assignment 1"],
 ["Use other professionals' assessments in teaching", "Block 2", "\u2014"],
 ["Use test data to track progress and adjust programmes", "Block 2", "Casework Assignment 1"],
 ["Help colleagues use formative assessment with pupils with SEN", "Block 3", "Casework Assignment 2"],
 ["Map provision and find what is ineffective or missing", "Block 4", "Casework Assignment 2"],
 ["Deploy and manage teaching assistants and other staff", "Block 4", "Casework Assignment 2"],
 ["Support colleagues' development by coaching, observation and training", "Block 4", "Not assessed"],
 ["Review provision with colleagues to inform self-evaluation", "Block 4", "Casework Assignment 2"],
 ["Involve pupils in planning and reviewing their provision", "Block 2", "Casework Assignment 1"],
 ["Liaise with carers", "Block 2 (PEP meetings session)", "Not assessed"],
 ["Work with other services and voluntary organisations", "Block 4; placements", "Case Panel; Casework Assignment 1"]]
ot = table(d, orow, widths=[8, 4, 4.5], header_fill="B8CCE4")
delete_row(ot, 22, author="R. Calloway", date="2009-07-21T11:00:00Z")
comment(d, ot.cell(19, 0).paragraphs[0], "Nothing on access arrangements for SATs and GCSEs? Add for 2010. RC", author="Ruth Calloway", initials="RC")

para(d, "")
para(d, "Signed: David Ashe, Head of Virtual School                Date: 20 July 2009")
para(d, ("[Guidance: The chronology must be signed and dated by the compiler and checked by a manager.]", "g"))

d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hx-02-stanmouth-chronology.docx"))
