"""kg-01-harterdale-decision-notice: build the .docx next to this script.

Provider (invented): Harterdale National Park Authority, Discovery and Learning Team, with the
University of Scarrow (School of Education), applying in February 2009 to run the National Award
for SEN Coordination as "the Harterdale SENCO Award".

Document kind and layout: the learning team sets its course out in the form its Authority uses
every week: a planning Notice of Decision under the Town and Country Planning Act 1990 ("full
permission granted subject to conditions"), with the delegated officer's report bound behind it.
A short covering note says every condition is a commitment the team and the University make.
Letterhead as a two-cell table; a particulars table; a shaded "DECISION SUMMARY" VML text box;
22 numbered conditions, each a bold run-in title, the condition and an italic "Reason:" line; four
"Informatives" (advice, not conditions); Schedule 1 of approved documents with a Status column
(Approved / Superseded / Withdrawn); Schedule 2 of outcomes in the team's own words under its own
codes (Bearings B1-B6, Ground G1-G8, Fieldcraft F1-F9 with F2a-F2c), columns "Field Day" and
"Discharged by", with a shaded key defining "Site inspection only" and "Informative only"; a
Field Day table with merged term rows; the officer's report (history, consultations, assessment,
recommendation). House vocabulary: Course Members, Candidates, Field Days, Site Tasks, Submitted
Details SD1-SD4, Learning Officers (tutors), Parish Mentors (mentors), Baseline Survey, Route
Plan, Discharge Record, the Moorland Learning Network (Moodle), the Course Board.
Tracked changes: an inserted January intake (counts), a deleted placement paragraph and a
deleted CRB paragraph (do not count). Two Word comments. Header and footer.

Traps (requirement ids):
- Assessment-only route appears only in Informative 1 ("No such route forms part of this
  permission"), in the planning history (the closed "Direct Route" of 2006-08), in a withdrawn
  Schedule 1 document and in a comment: 2.3 not_met.
- CRB: checks are on Learning Officers and Parish Mentors (staff), the neighbouring Fellmoor
  authority checks its own participants (another provider), the footer says schools check, and
  the paragraph on Course Members' certificates is a tracked deletion: 5.3 not_met.
- Placements: the pilot's placement week ended (history) and the placement paragraph is deleted;
  specialist expertise is present: 5.5 partially_met.
- Condition 15 awards on an aggregate mark with compensation, not on every outcome; a comment
  suggests fixing it (comment, not evidence); the text box claims all 28 outcomes are secured
  (blanket claim): 6.0 partially_met.
- Condition 18 leaves the Stakeholder Evaluation Group as "details ... shall be submitted" (a
  plan); only Course Members' own evaluations are in place: 4.3 partially_met.
- Condition 17 measures confidence and competence but leaves pupils' progress to schools:
  5.9 partially_met.
- Condition 11 e-learning with tutor replies and surgeries but "no peer discussion area":
  3.3 partially_met.
- Condition 20 resources in general terms, "Specialist software and assistive technology are
  not provided": 5.6 partially_met.
- Condition 21 next steps are "a matter for each Course Member and their headteacher":
  2.5 partially_met.
- Pupil voice only as a talk from the Young Rangers and a consultee's wish: 1.5 partially_met;
  F7 "Site inspection only": 6.S7 partially_met.
- Schedule 2: "Site inspection only" (seen, not marked) for B1, G6, F2c, F7 (6.A1, 6.K7, 6.S2c,
  6.S7 partially_met); "Informative only" for G8, F5 (6.K9, 6.S5 partially_met); so not every
  outcome is assessed: 1.9 partially_met. No row for time management (6.A3 not_met) or child
  development (6.K4 not_met). Informative 3 puts examination access arrangements "outside the
  scope of this permission": 6.S2d not_met.
- Met despite appearances: E.1/E.2 (Condition 3), 3.2 (inserted January intake plus modes),
  4.1/4.2 (survey and changes made after consultation), 5.2 (Condition 7), 5.7 (Condition 13),
  5.8 (Condition 14), 2.1 (Condition 6), 2.2 (Condition 5).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kg_helpers import (new_doc, para, table, merge_row, shade, cell_text, tracked, deleted_paragraph,
                         textbox, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREEN = "2F5D3A"
d = new_doc()
header_footer(d, "Harterdale National Park Authority  |  Development Management  |  NP/HD/08/0417/LRN",
              "Notice of Decision NP/HD/08/0417/LRN. Course Members' CRB status is checked by their own schools. "
              "Please read the notes at the end of this notice.")

lt = table(d, [["HARTERDALE NATIONAL PARK AUTHORITY\n\nDiscovery and Learning Team with the University of Scarrow",
                "Harter Bridge, Scarrow Road, Kelderby HD4 7QT\n\nTel 01943 770 210\n\nlearning@harterdale-npa.org.uk"]],
           bold_header=False)
shade(lt.cell(0, 0), "DDE8D8")

para(d, "Covering note to the TDA approval panel", bold=True)
para(d, "Colleagues, the Discovery and Learning Team has set out its proposed course in the form the Authority "
        "uses every week: a Notice of Decision on a planning application, with the delegated officer's report "
        "behind it. Our schools, our Parish Mentors and our University partners know the form well. Read each "
        "condition as a commitment that the Team and the University of Scarrow make about how the course runs. "
        "The Informatives are advice only and commit nobody to anything. Schedule 2 shows where each outcome is "
        "taught and how it is discharged. - Ruth Askew, Head of Discovery and Learning, 9 February 2009")

para(d, "TOWN AND COUNTRY PLANNING ACT 1990", bold=True, align="center")
para(d, "NOTICE OF DECISION - FULL PERMISSION (SUBJECT TO CONDITIONS)", bold=True, size=13, align="center",
     color=GREEN)

table(d, [
    ["Application number", "NP/HD/08/0417/LRN"],
    ["Applicant", "Discovery and Learning Team, Harterdale National Park Authority, jointly with the School of "
                  "Education, University of Scarrow"],
    ["Proposal", "Delivery of the National Award for SEN Coordination as the Harterdale SENCO Award: a "
                 "Postgraduate Certificate of 60 credits at masters level, for teachers new to the SENCO role in "
                 "schools in and around the National Park"],
    ["Site", "Harter Bridge Centre, Low Fold Study Centre and Course Members' own schools in Scarrow county"],
    ["Date valid", "14 November 2008"],
    ["Decision", "GRANTED subject to the conditions below"],
], bold_header=False)

textbox(d, [("DECISION SUMMARY", True),
            ("Permission granted for the Harterdale SENCO Award, 2009-10, subject to 22 conditions.", False),
            ("All twenty-eight national minimum outcomes are secured by Condition 15 and Schedule 2.", False),
            ("Officer: Tom Bardsley, Principal Learning Officer. Delegated decision.", False)], height_pt=80)

para(d, "Harterdale National Park Authority, as local planning authority, hereby grants permission for the "
        "development described above in accordance with the application and the approved documents listed in "
        "Schedule 1, subject to the conditions below. In these conditions \"the Development\" means the "
        "Harterdale SENCO Award; a \"Candidate\" is a teacher who has applied for a place and a \"Course Member\" "
        "is a teacher who has been admitted.")

para(d, "CONDITIONS", bold=True, size=12, color=GREEN)


def cond(n, title, text, reason):
    p = para(d, [(f"{n}. {title}. ", {"bold": True}), (text, {})])
    para(d, "Reason: " + reason, italic=True, size=9)
    return p


c1 = cond(1, "Commencement", "The Development shall begin with a September intake, the first Field Day falling "
          "on 17 September 2009.", "To fix the start of the permission.")
tracked(c1, " A second intake shall begin in January 2010, with the same Field Days run on Saturdays.",
        "ins", author="Ruth Askew", date="2009-01-28T09:12:00Z")
cond(2, "Approved documents", "The Development shall be carried out in accordance with the documents marked "
     "Approved in Schedule 1 and with no other version of them.", "For the avoidance of doubt.")
cond(3, "Accreditation", "The Development shall be validated by the University of Scarrow, whose Faculty "
     "Validation Panel approved it on 3 December 2008, as a Postgraduate Certificate in SEN Coordination of 60 "
     "credits at Level 7 (masters level). The University shall award the certificate and the National Award "
     "together.", "To secure masters-level accreditation by a higher education institution.")
cond(4, "Aims", "The Development shall be taught and assessed so as to raise the achievement and improve the "
     "well-being of children and young people with SEN and disabilities, judged against all five Every Child "
     "Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
     "achieving economic well-being. Every Site Task and every Submitted Detail asks the Course Member to show "
     "what changed for named pupils against those outcomes.", "To keep the course focused on pupils.")
cond(5, "Baseline Survey and Route Plan", "Before the first Field Day each Candidate shall complete the Baseline "
     "Survey, rating themselves with their headteacher against every outcome in Schedule 2. The Learning Officer "
     "and the Parish Mentor shall use the Survey at an induction meeting to agree a written Route Plan with the "
     "Candidate, setting out the Candidate's personal outcomes for the year, which Field Days and Site Tasks "
     "they will weight most heavily and which optional Field Day strands they will follow. The Route Plan shall "
     "be reviewed at the end of each term.", "To match provision to each teacher's starting point.")
cond(6, "Prior learning", "Credit for prior study and experience shall be given under the University of Scarrow's "
     "Recognition of Prior Learning regulations. A Candidate may bring in up to 20 credits of previous Level 7 "
     "study in SEN, and may claim exemption from SD1 or SD2 through an experience portfolio mapped against "
     "Schedule 2, assessed by a Learning Officer and confirmed by the University's RPL board.",
     "To recognise what experienced teachers already know.")
cond(7, "Entry", "A Candidate shall hold Qualified Teacher Status, be the SENCO or designated to become the SENCO "
     "of a school in Scarrow county or the Park, and be nominated by their headteacher on the nomination form, "
     "which commits the school to twelve days of release. The Learning Officer shall interview each Candidate "
     "by telephone and read their Baseline Survey; a Candidate whose Survey shows too little experience of "
     "teaching pupils with SEN shall be offered a place on the Authority's ten-week preparatory unit, "
     "\"Foothills\", and admitted to the Development the following year.",
     "To make sure Course Members can benefit from the course and reach its outcomes.")
cond(8, "Field Days", "The Development shall be delivered through eight Field Days set out in the table below, at "
     "the Harter Bridge Centre or the Low Fold Study Centre, with directed reading and Site Tasks between them.",
     "To define the taught element.")

ft = table(d, [
    ["Field Day", "Theme", "Contributors"],
    ["Autumn term 2009", None, None],
    ["FD1", "The SENCO in the school: Every Child Matters, leadership and winning the backing of senior colleagues",
     "Learning Officers; a Park headteacher"],
    ["FD2", "The law and the Code: the SEN Code of Practice 2001, the Disability Discrimination Act and the "
            "disability equality duty, current government policy and initiatives", "University of Scarrow"],
    ["FD3", "Knowing the learner: the commonest kinds of SEN and disability and how each affects learning; "
            "relationships with pupils and families", "Scarrow Educational Psychology Service"],
    ["Spring term 2010", None, None],
    ["FD4", "Assessment, tracking and provision mapping; deciding between options for provision",
     "Learning Officers"],
    ["FD5", "Working with others: parents and carers, outside agencies, pupils' views",
     "Scarrow Parent Partnership Service; Harterdale Young Rangers"],
    ["FD6", "Research, evidence and school self-evaluation", "University of Scarrow"],
    ["Summer term 2010", None, None],
    ["FD7", "Leading staff: deploying teaching assistants, coaching, shaping policy with governors",
     "Learning Officers; a Park governor"],
    ["FD8", "The Professional Conversation (SD4) and keeping up to date", "Learning Officers; external examiner"],
], header_fill="DDE8D8")
for r in (1, 5, 8):
    merge_row(ft, r, 0, 2, text=ft.cell(r, 0).text, fill="EFEFEF", bold=True)

cond(9, "Site Tasks", "Between Field Days each Course Member shall carry out five Site Tasks in their own school, "
     "each tied to named outcomes in Schedule 2: an audit of the school's SEN register, a case study of one "
     "pupil, a provision map, a piece of work with a group of parents, and a change project that the Course "
     "Member leads with colleagues over two terms. The change project must alter practice in the school, and "
     "SD3 reports what changed for staff and pupils. Parish Mentors visit each school at least three times.",
     "To tie the course to practice in schools and to make an impact on it.")
cond(10, "Equality and access", "The Authority and the University shall meet their duties under the Disability "
     "Discrimination Act 1995 (as amended), the Race Relations (Amendment) Act 2000 and the Equality Act 2006 "
     "toward Candidates and Course Members. The application pack and nomination form invite every Candidate to "
     "tell us in confidence of any disability or need, and the Learning Officer agrees reasonable adjustments "
     "before the first Field Day: large-print or electronic papers, hearing loops (both centres have them), "
     "extra time or alternative formats for Submitted Details, and level, all-ability routes on the outdoor "
     "parts of Field Days. Selection is by the criteria in Condition 7 alone.",
     "To secure equal access for all Course Members.")
cond(11, "Online learning", "Field Day materials, readings and recordings shall be placed on the Moorland "
     "Learning Network, the Authority's Moodle site, and Course Members submit their Submitted Details through "
     "it. A Learning Officer shall answer any question posted to them within three working days and shall hold "
     "an online surgery every Tuesday evening between Field Days. There is no peer discussion area; Course "
     "Members do not see one another's posts.", "To support Course Members between Field Days.")
cond(12, "Staffing and specialist expertise", "The Development shall be led by Tom Bardsley (MA in Special and "
     "Inclusive Education, SENCO for eleven years, now Principal Learning Officer) and taught with Dr Helen "
     "Marrick, Senior Lecturer in Inclusive Education at the University of Scarrow, and Alison Crane, a former "
     "Specialist Leader for autism. Each keeps up to date through the University's research seminars and at "
     "least five days' specialist CPD each year. Officers of the Scarrow Educational Psychology Service, the "
     "county Sensory Support Team and the NHS speech and language therapy service teach parts of FD3 and FD5.",
     "To secure suitably qualified staff and access to specialist expertise.")
deleted_paragraph(d, "Each Course Member shall also spend two placement days at Thornber Hill Special School or "
                     "the Kelderby Language Unit, arranged by the Learning Officer.", author="Tom Bardsley",
                  date="2009-01-30T14:40:00Z")
cond(13, "Roles", "Each Learning Officer and Parish Mentor shall be given the Officers' and Mentors' Handbook, "
     "which sets out their role, the Site Tasks they oversee and how Submitted Details are marked. Parish Mentors "
     "shall attend a half-day briefing each September and a mid-year review with the Principal Learning Officer "
     "before they take on a Course Member.", "So that everyone involved knows their part.")
cond(14, "Marking and moderation", "Every Submitted Detail shall be marked against published criteria by a "
     "Learning Officer. A second marker from the University shall blind-mark one in five and every fail and "
     "borderline piece. The team shall hold a standardisation meeting before each marking round, and the "
     "University's external examiner shall see a sample of every Submitted Detail and attend the Examination "
     "Board.", "To keep assessment consistent, reliable and accurate.")
c15 = cond(15, "The Award", "The Award shall be made to a Course Member who passes SD1 to SD4 with an aggregate "
           "mark of at least 50 per cent. A mark between 40 and 49 per cent in one Submitted Detail may be "
           "compensated by the others.", "To set the standard for the Award.")
comment(d, c15, "The panel will want the Award tied to every outcome in Schedule 2, not to an average mark. Can we "
                "change this before it goes? - HM", author="Helen Marrick", initials="HM")
cond(16, "Evaluation", "Course Members shall complete an evaluation sheet at the end of every Field Day and an "
     "online questionnaire at the end of each term. The Learning Officers shall review these after each Field "
     "Day; the external examiner reports each year; and the University's annual monitoring review looks at "
     "results, evaluations and the examiner's report. The Course Board shall agree the changes that follow and "
     "report them to Course Members as \"You told us - we did\".",
     "To evaluate and improve the course.")
cond(17, "Impact", "Each Course Member shall rate their confidence and competence against Schedule 2 at the "
     "Baseline Survey and again at FD8, and the Learning Officers shall compare the two ratings with the "
     "Parish Mentors' visit notes. The Authority will not collect pupil attainment data; the effect on pupils "
     "is left to schools' own monitoring.", "To judge the course's effect.")
cond(18, "Stakeholder evaluation", "Prior to the first Field Day, details of a Stakeholder Evaluation Group, "
     "including its membership and terms of reference, shall be submitted to and approved in writing by the "
     "Course Board.", "To involve stakeholders in evaluating the course.")
cond(19, "Safeguarding", "All Learning Officers and Parish Mentors shall hold an enhanced CRB disclosure, checked by "
     "the Authority's Human Resources Service before they first work on the Development, and renewed every "
     "three years.", "To safeguard pupils on Site Task visits.")
deleted_paragraph(d, "Course Members shall bring their own enhanced CRB disclosure certificate to FD1, where the "
                     "Learning Officer shall record its number and date.", author="Tom Bardsley",
                  date="2009-01-30T14:42:00Z")
cond(20, "Resources", "Course Members may use the University of Scarrow library and the Park's learning resource "
     "room at Harter Bridge. Specialist software and assistive technology are not provided.",
     "To support study.")
cond(21, "Next steps", "At FD8 Course Members receive their results; next steps are a matter for each Course "
     "Member and their headteacher.", "To close the course.")
cond(22, "Cost", "The fee shall be GBP 1,350 per Course Member, met from the TDA's funding for the first two "
     "cohorts. Course Members who complete may progress to the University's MA in Inclusive Education, which "
     "accepts the 60 credits in full.", "To keep the course affordable and to open a route to further study.")

para(d, "INFORMATIVES", bold=True, size=12, color=GREEN)
i1 = para(d, "1. The applicant is advised that the Authority would welcome an assessment-only route for "
             "experienced SENCOs and support teachers. No such route forms part of this permission.")
comment(d, i1, "Could we bring back the old Direct Route for September? - TB", author="Tom Bardsley", initials="TB")
para(d, "2. The applicant is reminded that the Harterdale Young Rangers' Forum may be willing to advise the "
        "course team on how young people would like their views to be sought.")
para(d, "3. Arrangements for access to national tests and examinations for pupils with SEN are outside the scope "
        "of this permission.")
para(d, "4. This permission does not grant approval under any other legislation. The applicant should also "
        "obtain the TDA's approval before the Development begins.")

para(d, "SCHEDULE 1 - APPROVED DOCUMENTS", bold=True, size=12, color=GREEN)
table(d, [
    ["Reference", "Document", "Status"],
    ["HD/L/01", "Course Handbook 2009-10", "Approved"],
    ["HD/L/02", "Officers' and Mentors' Handbook", "Approved"],
    ["HD/L/03", "Baseline Survey and Route Plan form", "Approved"],
    ["HD/L/04", "Network Days Placement Handbook (2007)", "Superseded - not part of this permission"],
    ["HD/L/05", "Direct Route guidance (assessment without training)", "Withdrawn by the applicant, 12.01.09"],
    ["HD/L/06", "Submitted Details: briefs and marking criteria", "Approved"],
], header_fill="DDE8D8")

para(d, "SCHEDULE 2 - OUTCOMES (CONDITIONS 4 AND 15)", bold=True, size=12, color=GREEN)
para(d, "Each outcome is taught on the Field Day shown. The column \"Discharged by\" shows which Submitted Detail "
        "assesses it. Two other entries are used, as the key explains.")
kt = table(d, [["Key", ""],
               ["SD1-SD4", "Marked Submitted Details: SD1 Pupil Case Study (5,000 words); SD2 Provision Map and "
                           "Access Audit; SD3 Change Project Report (6,000 words); SD4 Professional Conversation "
                           "(a recorded 40-minute viva at FD8)"],
               ["Site inspection only", "the Parish Mentor sees this in the Course Member's school during a Site "
                                        "Task; it is not marked and is not recorded on the Discharge Record"],
               ["Informative only", "raised on a Field Day for information; no Submitted Detail tests it"]],
           header_fill="E8E8E8")
merge_row(kt, 0, 0, 1, text="Key", fill="E8E8E8", bold=True)

rows = [["Code", "The Course Member ...", "Field Day", "Discharged by"],
        ["BEARINGS", None, None, None],
        ["B1", "builds fair, respectful and supportive relationships with pupils who have SEN or disabilities and "
               "with their families", "FD3", "Site inspection only"],
        ["B2", "wins the backing of the headteacher, senior leaders and colleagues for SEN priorities", "FD1", "SD3"],
        ["B3", "weighs up problems before they arise, resolves them and makes sound, well-founded decisions about "
               "provision", "FD4", "SD2, SD4"],
        ["B4", "speaks and writes clearly, and listens to and understands the views of others", "FD1-FD8", "SD4"],
        ["B5", "uses research evidence and outside advice to improve their own and colleagues' practice", "FD6",
         "SD3"],
        ["B6", "keeps up to date and takes charge of their own professional development in SEN and disability",
         "FD8", "SD4"],
        ["GROUND", None, None, None],
        ["G1", "knows the SEN Code of Practice and the law and guidance on SEN, what they mean for the school and "
               "how to put them into practice", "FD2", "SD1"],
        ["G2", "understands Every Child Matters, its five outcomes and the SENCO's part in them", "FD1", "SD1"],
        ["G3", "knows the disability equality duties and the actions they require of a school", "FD2", "SD2"],
        ["G4", "knows the commonest kinds of SEN and disability (BESD, specific learning difficulties including "
               "dyslexia, SLCN, autism, MLD) and how each affects learning", "FD3", "SD1"],
        ["G5", "judges critically the approaches, strategies and resources, ICT among them, for assessment, "
               "planning, teaching and learning", "FD4", "SD2"],
        ["G6", "understands how a school evaluates itself and improves outcomes for pupils with SEN", "FD6",
         "Site inspection only"],
        ["G7", "knows best practice and research findings on meeting SEN", "FD6", "SD3"],
        ["G8", "knows what outside agencies do and how to get specialist support and resources", "FD5",
         "Informative only"],
        ["FIELDCRAFT", None, None, None],
        ["F1", "with senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities and "
               "use of resources", "FD7", "SD3"],
        ["F2", "identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions "
               "and reviews progress", "FD3", "SD1"],
        ["F2a", "draws on assessments by teachers, therapists, psychologists and others to shape teaching", "FD5",
         "SD1"],
        ["F2b", "uses summative assessment, national tests included, to track progress and adjust programmes",
         "FD4", "SD2"],
        ["F2c", "encourages colleagues to use assessment for learning in ways that suit pupils with SEN", "FD6",
         "Site inspection only"],
        ["F3", "maps and manages provision and spots provision that is missing or not working", "FD4", "SD2"],
        ["F4", "deploys and manages teaching assistants and other staff well", "FD7", "SD2"],
        ["F5", "supports colleagues' development by observation and feedback, modelling, coaching and training",
         "FD7", "Informative only"],
        ["F6", "reviews with other staff how well provision works and feeds this into the school's "
               "self-evaluation", "FD6", "SD3"],
        ["F7", "makes sure pupils help to plan, agree, review and evaluate their own provision", "FD5",
         "Site inspection only"],
        ["F8", "works with parents and carers and keeps them informed and involved", "FD5", "SD1"],
        ["F9", "works in partnership with other services and agencies, voluntary organisations among them", "FD5",
         "SD4"]]
ot = table(d, rows, header_fill="DDE8D8", size=9)
for r, row in enumerate(rows):
    if row[1] is None:
        merge_row(ot, r, 0, 3, text=row[0], fill="EFEFEF", bold=True, size=9)

para(d, "Dated 9 February 2009.  Signed: R. Askew, for the Head of Development Management (delegated).",
     italic=True)
d.add_page_break()

para(d, "DELEGATED REPORT - NP/HD/08/0417/LRN", bold=True, size=13, color=GREEN)
para(d, "1. Site and surroundings", bold=True)
para(d, "The course serves the 212 schools of Scarrow county, 38 of them inside the National Park. Two in five "
        "are small rural primary schools with fewer than 100 pupils, where the SENCO is often also the "
        "headteacher or a class teacher with a full timetable. Travel is long in winter, and several schools "
        "are an hour or more from Kelderby. The Authority's Discovery and Learning Team already works with most "
        "of these schools through its outdoor learning programme and knows their staff.")
para(d, "2. Proposal", bold=True)
para(d, "The proposal is a Postgraduate Certificate of 60 credits, taught over one school year by the Team and "
        "the University of Scarrow, through eight Field Days, five Site Tasks in the Course Member's school and "
        "four Submitted Details. Course Members start either in September or, on Saturdays, in January. The "
        "Field Days run face to face; the materials, surgeries and submissions run online; and a Course Member "
        "who has credit for prior learning may follow a shorter route agreed in the Route Plan, choosing which "
        "Field Day strands to attend.")
para(d, "3. Planning history", bold=True)
para(d, "NP/HD/06/0112: the Harterdale SENCO Network Days, 2006 to 2008, an unaccredited course for 41 teachers. "
        "That course had an assessment-only \"Direct Route\" for experienced SENCOs and a placement week at "
        "Thornber Hill Special School. Both ended with it in July 2008.")
para(d, "4. Consultations", bold=True)
table(d, [
    ["Consultee", "Response (summarised)"],
    ["Scarrow County Council, Children's Services", "Supports. Its SEN data show 61 schools with a SENCO in post "
     "for under two years and rising numbers of pupils at School Action Plus with speech, language and "
     "communication needs."],
    ["Headteachers (survey of 64 schools, June 2008)", "Asked for days that do not fall on Fridays, for help with "
     "provision mapping and with leading teaching assistants, and for work with parents to be part of the course."],
    ["Scarrow Parent Partnership Service", "Supports. Would like pupils' own views to be sought more routinely by "
     "SENCOs, and offered to help teach a Field Day on working with parents."],
    ["Fellmoor National Park Authority, Learning Service", "No objection. Fellmoor's own course verifies each "
     "participant's enhanced CRB disclosure at enrolment and would be glad to share its form."],
    ["Natural England", "No comment."],
], header_fill="DDE8D8")
para(d, "5. Assessment", bold=True)
para(d, [("Need. ", {"bold": True}), ("The course answers needs the Team found in its own evidence: the county's "
         "data on new SENCOs and on speech and language needs, the survey of 64 headteachers, and the Parent "
         "Partnership's response. FD4 on provision mapping and FD7 on leading teaching assistants were written "
         "because headteachers asked for them.", {})])
para(d, [("Changes made after consultation. ", {"bold": True}), ("Field Days moved from Fridays to Thursdays and "
         "Saturdays after the headteacher survey. After the Parent Partnership's response FD5 was rewritten, and "
         "the Service now co-teaches its morning on parents and carers. Two Park headteachers read the draft "
         "Site Tasks and the audit of the SEN register was shortened at their request.", {})])
para(d, [("Achievement and practice. ", {"bold": True}), ("Every Site Task is carried out in the Course Member's "
         "school and tied to outcomes in Schedule 2, and the change project is judged on what changed for pupils "
         "and staff. Course Members learn to advise, support and work with colleagues in their school and across "
         "cluster schools on FD1 and FD7, and practise it in the change project, which they lead with colleagues. "
         "FD5 develops their skills in advising and working in partnership with parents and carers, and the "
         "Site Task with a group of parents is marked in SD1.", {})])
para(d, [("Research and policy. ", {"bold": True}), ("FD2 covers the SEN Code of Practice 2001, the Disability "
         "Discrimination Act and current government policy and initiatives. FD3 and FD6 draw on Ofsted's "
         "reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does "
         "it matter where pupils are taught? (2006), the Bercow Review of services for children with speech, "
         "language and communication needs (2008) and current research on dyslexia and autism; Dr Marrick "
         "updates the reading lists each summer.", {})])
para(d, [("Pupils' views. ", {"bold": True}), ("On FD5 Course Members hear a talk from two members of the "
         "Harterdale Young Rangers about being asked their views in school.", {})])
para(d, [("Quality. ", {"bold": True}), ("Conditions 13, 14 and 16 secure the roles, the moderation and the "
         "evaluation of the course. Condition 17 measures the change in Course Members' confidence and "
         "competence. The University's external examiner for the MA in Inclusive Education, Professor Janet "
         "Holroyd of the University of Wexcombe, has agreed to act.", {})])
para(d, "6. Recommendation", bold=True)
para(d, "That permission be granted subject to the conditions set out in this notice.")

para(d, "NOTES", bold=True)
para(d, "Appeals: an applicant who is aggrieved by a condition may ask the Course Board to review it within six "
        "months of this notice. Conditions are reviewed each July at the University's annual monitoring review.",
     size=9)

d.save(OUT)
print("wrote", OUT)
