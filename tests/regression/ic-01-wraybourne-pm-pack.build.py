"""ic-01-wraybourne-pm-pack: build ic-01-wraybourne-pm-pack.docx.

Provider (invented): Wraybourne High School, an 11-18 secondary school designated
a Training School, which leads the Wraybourne Learning Partnership (eleven primary
and four secondary schools), applying with Marlcliffe University (validating) to run
the National Award for SEN Coordination from September 2009.

Document kind and layout: the partnership's Performance Management Pack, "SENCO
Award edition", sent whole as the application: a model Planning and Review
Statement under the School Teachers' Performance Management (England) Regulations
2006, in which each SENCO's three performance-management objectives ARE the three
Submissions of the Award. House vocabulary: reviewer / reviewee (PM terms),
Partnership Days PD1-PD8, the Partnership Tutor, the University Link Tutor, the
coach, the Starting Point Profile, Submissions 1-3 (Provision Audit, Leading Change
Project, Professional Review), terms named "Knowing the Ground", "Leading Provision",
"Making the Difference". Parts A-F with Heading 1/2 styles; a year-at-a-glance table
with merged, shaded term rows; the PM form with its grey "[Reviewer: ...]" prompts
and "[Name]" placeholders left in; a roles table; a Partnership Day table; the three
Submissions described in prose with what each "judges" (outcomes in the school's
own words); Part F written for the panel. A shaded text box (note to the panel),
a page header, a footer with a PAGE field, tracked changes, one Word comment.

Traps (requirement ids affected):
- Text box note to the panel: "Every national outcome is assessed within the Award"
  is an unsupported coverage claim, contradicted by the Submissions (1.9, 6.0
  partially_met).
- Aims speak only of attainment and rate of progress in English and mathematics;
  well-being / ECM appear only as PD2 content (1.1 partially_met).
- Starting Point Profile rates reviewees against the Professional Standards for
  Teachers (Core), not the programme outcomes; no personalised outcomes (2.2
  partially_met, wrong reference point).
- Tracked DELETION of an assessment-only paragraph; the body says there is no
  assessment-only route (2.3 not_met: negation + deleted text).
- Tracked INSERTION of the prior-learning arrangement (counted: 2.1 met).
- Each Partnership Day runs twice, but one start, one order, one mode; Marlcliffe's
  own campus programme's January start and online study belong to another
  programme (3.2 partially_met, other provider's arrangement).
- "there is no online or distance element" -> 3.3 not_applicable.
- Parents: a session "will be added to PD6 if the Partnership Steering Group agrees"
  (condition / plan); the footer "Working with parents: at the heart of every
  Partnership Day" is a footer, never evidence (1.7 not_met, 6.S8 not_met,
  6.A1 partially_met: pupils only).
- Safer recruitment: CRB checks are "the employing school's responsibility" and
  the Partnership "does not ask for or hold this information"; a governor's Word
  comment claims the Training School checks certificates (comment not part of
  the submission) (5.3 not_met).
- Placements: a special-school day belongs to the old induction ("Until 2008")
  and "has not been carried into the Award"; specialist speakers only (5.5
  partially_met, past arrangement).
- Equality: level access and a hearing loop, the school's Single Equality Scheme;
  nothing on disclosure, adjustments in teaching or assessment (3.1 partially_met).
- Stakeholders: Steering Group receives the Programme Review "for information"
  only (4.3 partially_met); 4.1 and 4.2 met by a survey and named changes.
- Impact on pupils only hoped for: "We hope to see" (5.9 partially_met); the
  Leading Change Project measures change in colleagues' practice (1.8 met).
- Exam access arrangements are the Examinations Officer's job and "outside the
  Award" (6.S2d not_met, someone else's responsibility).
- Developed but not judged: disability equality law (6.K3), pupils' involvement in
  reviews (6.S7, also 1.5 partially_met); formative only: reviewing provision with
  staff for self-evaluation, coach conversation "not marked" (6.S6).
- The form's prompts ("[Reviewer: record here ...]") answer nothing.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ic_helpers import *

OUT = Path(__file__).resolve().with_name("ic-01-wraybourne-pm-pack.docx")
d = new_doc("Calibri", 11)
header_footer(d, "Wraybourne Learning Partnership  |  Performance Management Pack 2009-10  |  SENCO Award edition",
              "Working with parents: at the heart of every Partnership Day.")

P(d, [("Fitting the SENCO Award into Performance Management", "b")], size=20)
P(d, [("Model Planning and Review Statement, Reviewer's Notes and Observation Protocol for headteachers "
       "and SENCOs in the Wraybourne Learning Partnership, with a Part F for the TDA approval panel", "i")])
P(d, "Issued by Wraybourne High School (a Training School) with Marlcliffe University. Version 3, March 2009.")

textbox(d, [
    [("Note for the approval panel", "b")],
    "We have sent our Performance Management Pack exactly as it goes to headteachers, because this is how the "
    "Award will really run in our schools: every SENCO's Award year is also their performance management year. "
    "Part F was written for you and gathers together what the pack itself does not say.",
    "Every national outcome is assessed within the Award.",
    "Ruth Ambler, Partnership Tutor, and Dr Simon Hale, University Link Tutor",
], height_pt=110)

H(d, "Part A   Why the Award sits inside performance management", 1)
H(d, "A1   The Partnership and the Award", 2)
P(d, "Wraybourne High School was designated a Training School in 2004. Since then it has led the Wraybourne "
     "Learning Partnership, which is made up of eleven primary schools and four secondary schools within eight miles "
     "of the town. The Partnership already runs school-based initial teacher training with Marlcliffe University, a "
     "middle leaders' programme and a programme of twilight sessions for teaching assistants.")
P(d, "The SENCO Award is a Postgraduate Certificate in Special Educational Needs Coordination of Marlcliffe "
     "University, carrying 60 credits at Level 7 (masters level). The University awards the certificate; Wraybourne "
     "High School teaches it under a validated partnership agreement signed in January 2009, and the University "
     "Link Tutor teaches on three of the Partnership Days.")
H(d, "A2   What the Award is for", 2)
P(d, "The Award has one aim: to raise the attainment and rate of progress of pupils with special educational needs "
     "in our schools by making their SENCOs effective leaders of provision. Its objectives are that each SENCO will:")
bullets(d, [
    "audit how well the school's provision for pupils with SEN is working and act on what the audit shows;",
    "lead one change in practice with colleagues and show what difference it made;",
    "raise the levels reached in English and mathematics by the pupils on the school's SEN register;",
    "review their own year and plan the next one with their headteacher.",
])
H(d, "A3   Why performance management", 2)
P(d, "Heads told us in our 2008 survey (Part F) that their SENCOs' courses in the past had been something that "
     "happened outside school, on a Thursday, and that the school rarely saw the result. The School Teachers' "
     "Performance Management (England) Regulations 2006 already give every teacher three or so objectives a year, "
     "one or more classroom observations and a review meeting. We have therefore built the Award so that the "
     "reviewee's three objectives for the year are the three Submissions of the Award, the observations are planned "
     "with the Partnership Tutor, and the July review meeting is where the year is closed and the next one planned. "
     "The head (or the member of the leadership team the head names) is the reviewer throughout.")
P(d, "This means nothing extra for the reviewee to fill in, and it means the headteacher knows in September what "
     "the SENCO will be doing for the school all year.")

H(d, "Part B   The year at a glance", 1)
rows = [["Month", "Performance management step", "Award step"],
        ["", "", ""],
        ["June 2009", "Head nominates the SENCO", "Entry conversation with the Partnership Tutor"],
        ["September", "Planning meeting; Planning and Review Statement agreed", "Starting Point Profile; PD1"],
        ["October", "", "PD2; first coach visit"],
        ["November", "Observation 1 (reviewer with Partnership Tutor)", "PD3; Submission 1 handed in 30 November"],
        ["", "", ""],
        ["January 2010", "Mid-year conversation", "PD4; second coach visit"],
        ["February", "", "PD5"],
        ["March", "Observation 2", "PD6; Leading Change Project under way"],
        ["", "", ""],
        ["May", "", "PD7; Submission 2 handed in 21 May"],
        ["June", "", "PD8; Submission 3 (Professional Review)"],
        ["July", "Review meeting; objectives for 2010-11 agreed", "Marlcliffe Board of Examiners"]]
t = table(d, rows)
merge_row(t, 1, "Autumn Term: Knowing the Ground", "DCE6F1")
merge_row(t, 6, "Spring Term: Leading Provision", "DCE6F1")
merge_row(t, 10, "Summer Term: Making the Difference", "DCE6F1")
P(d, "")
P(d, "The Award is taught face to face at the Learning Centre and in reviewees' schools; there is no online or "
     "distance element. All reviewees start in September and take the Partnership Days in the same order. Each "
     "Partnership Day runs twice, on a Tuesday and again on the following Thursday, so that reviewees can choose "
     "the date that suits their school's timetable. Marlcliffe University's own campus programme offers a January "
     "start and online study; the Partnership's Award does not.")

H(d, "Part C   Model Planning and Review Statement", 1)
P(d, [("Copy this part into the school's own performance management form, or use it as it stands. Grey text is "
       "guidance for the reviewer and should be deleted.", "i")])
H(d, "C1   Details", 2)
table(d, [["Reviewee", "[Name]"], ["Reviewer", "[Name and role]"], ["School", "[School]"],
          ["Review period", "1 September 2009 to 31 July 2010"], ["Coach", "[Name, school]"]], head_fill=None,
      bold_head=False)
H(d, "C2   Starting point", 2)
P(d, [("[Reviewer: record here the outcome of the Starting Point Profile and the Partnership Days to which the "
       "reviewee should give most attention.]", "g")])
P(d, "The Starting Point Profile is completed by the reviewee before the planning meeting. It rates the reviewee "
     "against the Professional Standards for Teachers (Core) on a four-point scale and asks for a short account of "
     "their SEN experience. The reviewer and the Partnership Tutor use it to agree which Partnership Days the "
     "reviewee most needs and where the coach should concentrate.")
H(d, "C3   Objectives", 2)
P(d, [("[Reviewer: the three objectives below are the Award. Adapt the dates and the focus to the school; do not "
       "remove an objective.]", "g")])
table(d, [
    ["Objective", "Success criteria", "Evidence"],
    ["1. By 30 November 2009, audit the school's provision for pupils with SEN and/or disabilities, using a "
     "provision map, and report to the leadership team on provision that is not working or is missing.",
     "Provision map complete for every year group; at least three changes proposed and costed; report presented "
     "to the leadership team.",
     "Submission 1: The Provision Audit (4,000 words), marked by the Partnership Tutor."],
    ["2. Between January and May 2010, lead one change in practice with a group of colleagues and show what "
     "difference it made to their teaching of pupils with SEN.",
     "Colleagues' practice observed before and after the change; the reviewee's account of what worked, what did "
     "not, and why.",
     "Submission 2: The Leading Change Project (6,000 words)."],
    ["3. By June 2010, review the year as SENCO and plan the school's next steps for SEN with the headteacher "
     "and governors.",
     "Portfolio complete; professional conversation passed.",
     "Submission 3: The Professional Review."],
])
P(d, [("[Add a fourth objective only if the school's own priorities require it.]", "g")])
H(d, "C4   Support, training and development", 2)
P(d, "The reviewee will attend the eight Partnership Days at the Learning Centre (Part E), meet their coach four "
     "times in school, and have seven half-days of release for Award work, funded from the school's CPD budget "
     "and the Partnership's Standards Fund allocation. The reviewee may use the Learning Centre library and the "
     "Marlcliffe University library and online journals throughout the year.")
H(d, "C5   Classroom observation", 2)
P(d, "Two observations, each no longer than one hour, are carried out by the reviewer with the Partnership Tutor. "
     "The first (November) observes the reviewee teaching a group that includes pupils with SEN. The second "
     "(March) observes the reviewee giving feedback to a colleague after watching a lesson or an intervention led "
     "by a teaching assistant: the reviewer and Partnership Tutor judge the quality of the advice, modelling and "
     "coaching the reviewee offers. Notes of both observations go into the Submission 3 portfolio, and the "
     "Partnership Tutor's written feedback on the second is one of the pieces of evidence the professional "
     "conversation considers.")
H(d, "C6   Review of the year and next steps", 2)
P(d, "At the July review meeting the reviewer and reviewee look back at the three objectives and agree the "
     "reviewee's objectives and professional development for 2010-11, drawing on the \u201cNext Steps\u201d section "
     "that closes the reviewee's Professional Review. The Partnership Tutor sends each reviewer, before the meeting, "
     "a list of the Partnership's follow-on options: Marlcliffe's MA in Inclusive Education (into which the Award's "
     "60 credits transfer), the Partnership's SENCO network, and coaching a new reviewee the following year.")
P(d, [("[Reviewer: sign and date. Reviewee: sign and date.]", "g")])

H(d, "Part D   Notes for reviewers", 1)
H(d, "D1   Who does what", 2)
table(d, [
    ["Role", "Who", "What they do", "How they are prepared"],
    ["Reviewer", "The headteacher, or a senior leader the head names",
     "Agrees the objectives, carries out the two observations with the Partnership Tutor, holds the review "
     "meetings, releases the reviewee.",
     "A two-hour Reviewers' Briefing at the Learning Centre in September and this pack."],
    ["Reviewee", "The SENCO", "Attends the Partnership Days, completes the three Submissions, keeps the portfolio.",
     "Induction session at the start of PD1."],
    ["Partnership Tutor", "Ruth Ambler (Wraybourne High School)",
     "Leads the Award, teaches five Partnership Days, marks all Submissions, joins both observations.",
     "Associate tutor induction at Marlcliffe; annual update with the University's SEN team."],
    ["University Link Tutor", "Dr Simon Hale (Marlcliffe University)",
     "Teaches PD1, PD4 and PD7, second-marks, conducts the professional conversation with the Partnership Tutor.",
     "Member of the University's SEN teaching team."],
    ["Coach", "An experienced SENCO from another Partnership school",
     "Four visits to the reviewee's school; conversations about the reviewee's work as SENCO.",
     "Two-day coach training in July, with a coaching handbook; a coaches' meeting each term."],
])
P(d, "")
H(d, "D2   Who can join", 2)
P(d, "To join the Award a teacher must hold QTS, be the school's SENCO or be designated to become SENCO by "
     "September 2010, and be nominated by their headteacher. The Partnership Tutor meets each nominee in June for a "
     "forty-minute entry conversation, with a short written task (a 500-word account of a pupil they have supported), "
     "to judge whether they have the knowledge and experience to benefit from the Award and to reach its outcomes by "
     "the end of the year. A nominee who is not yet ready is given written guidance on what to do first (usually a "
     "term shadowing an experienced SENCO and the Partnership's SEN foundation twilights) and the Tutor discusses "
     "this with their headteacher.")
p = P(d, "")
ins(p, "Prior learning: a reviewee who already holds masters-level credit in SEN gained in the last five years may "
       "ask Marlcliffe University to recognise up to 20 credits against Submission 1 under its Recognition of Prior "
       "Learning procedure; a reviewee with substantial experience as a SENCO may make the same claim through an "
       "experience portfolio, assessed by the University Link Tutor.")
P(d, "There is no assessment-only route: every reviewee attends the Partnership Days and completes all three "
     "Submissions.")
deleted_para(d, "Exceptionally, an experienced SENCO may present for Submission 3 alone, with a portfolio showing "
                "the whole of the Award's outcomes, and be assessed without attending the Partnership Days.")
H(d, "D3   Safer recruitment", 2)
p = P(d, "Each reviewee is employed by a Partnership school, and checks on their suitability to work with children "
         "(enhanced CRB disclosure, references, List 99) are the employing school's responsibility under its single "
         "central record. The Partnership does not ask for or hold this information.")
comment(d, p, "The Training School checks every CRB certificate at Partnership Day 1. Please say so here!")
H(d, "D4   Cost", 2)
P(d, "The Partnership charges \u00a31,150 a place, which covers the Partnership Days, coaching, marking and the "
     "University's registration fee. This compares with \u00a31,600 for the nearest university campus course plus "
     "travel. Because the Submissions are the school's own work (its provision map, its change project, its SEN "
     "plan for the next year), the seven half-days of release are spent on work the school needs doing anyway. "
     "The reviewer and Partnership Tutor use the planning meeting to decide which Partnership Days and coach visits "
     "matter most for this reviewee in this school, and the coach concentrates there.")

H(d, "Part E   The Partnership Days and the Submissions", 1)
H(d, "E1   The eight Partnership Days", 2)
table(d, [
    ["Day", "Title", "What we work on"],
    ["PD1", "The SENCO and the law",
     "The SEN Code of Practice (2001) and what it asks of the school, the SENCO and others; the Education Act "
     "1996 and SENDA 2001; the SEN (Amendment) Regulations 2008 on the SENCO role; the Disability Discrimination "
     "Act 1995 as amended in 2005 and the disability equality duty; local authority policy and banding."],
    ["PD2", "How children develop and learn",
     "Child development from the early years to adolescence; how SEN, disability and the physical and social "
     "environment affect development; the five Every Child Matters outcomes and the SENCO's part in them."],
    ["PD3", "Knowing the needs",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs (with the Bercow Review, 2008); autistic spectrum disorders; moderate "
     "learning difficulties; approaches, strategies and resources for assessment and teaching, including ICT."],
    ["PD4", "Mapping provision",
     "Identifying pupils who may have SEN; setting targets; provision mapping and management; using P scales, "
     "national test results and RAISEonline to track progress; solving problems and making well-founded decisions about provision; working with colleagues to build assessment for "
     "learning into their lessons for pupils with SEN."],
    ["PD5", "Leading people",
     "Deploying and managing teaching assistants; observing, giving feedback, modelling and coaching; gaining "
     "the commitment of senior leaders; prioritising the SENCO's work, managing time and delegating; listening to pupils and how pupils can be involved in their reviews."],
    ["PD6", "Working with others",
     "The educational psychology service, CAMHS, speech and language therapy, the sensory service and two local "
     "voluntary organisations (Wraybourne Dyslexia Association and the Autism Support Network) speak and run "
     "workshops; using the assessments these professionals make to shape teaching; how to get specialist support and resources."],
    ["PD7", "Research and evidence",
     "Ofsted's reports Special educational needs and disability: towards inclusive schools (2004) and Inclusion: "
     "does it matter where pupils are taught? (2006); research on interventions and on teaching assistants; how "
     "to read and use evidence; planning the Leading Change Project."],
    ["PD8", "Strategy and self-evaluation",
     "The SENCO, the leadership team and governors; an inclusive ethos and the school's policies and priorities; "
     "the school's self-evaluation form and improvement plan; writing and presenting clearly to governors and listening to their views; the SENCO's own professional development."],
])
P(d, "")
P(d, "Parents and carers: a session on working with parents will be added to PD6 if the Partnership Steering Group "
     "agrees in June.")
H(d, "E2   The three Submissions", 2)
P(d, [("Submission 1: The Provision Audit. ", "b"),
      ("The reviewee maps the school's provision for pupils with SEN and/or disabilities and writes a 4,000-word "
       "audit of it. The Partnership Tutor judges whether the reviewee: knows SEN law and the Code of Practice and "
       "what they mean for the school; can explain how the school's provision serves the five Every Child Matters "
       "outcomes; understands how development is affected by SEN and by the environment; knows the common kinds of "
       "SEN and how they affect learning; can use a provision map to find provision that is not working or is "
       "missing; identifies pupils who may have SEN and sets targets and reviews progress; uses assessments made by "
       "other professionals (educational psychologists, therapists, advisory teachers) to shape teaching; uses "
       "national test and other summative data to track pupils and change programmes; and knows which outside "
       "agencies can help and how to get their support.", "")])
P(d, [("Submission 2: The Leading Change Project. ", "b"),
      ("The reviewee leads one change in practice with a group of colleagues between January and May, observing "
       "their practice before and after, and writes a 6,000-word report. The Partnership Tutor and the University "
       "Link Tutor judge whether the reviewee: won the commitment of colleagues and the headteacher to the change; "
       "planned the project, managed their time and handed tasks to others sensibly; foresaw and dealt with "
       "problems and made sound decisions about provision; drew on research and outside advice to improve their "
       "own and colleagues' practice; shows a critical understanding of the approaches, strategies and resources "
       "(including ICT) they chose, and of best practice and research in meeting SEN; deployed and managed "
       "teaching assistants well; supported colleagues' professional development by observation, feedback, "
       "modelling and coaching; helped colleagues to use formative assessment with pupils with SEN; built "
       "fair, respectful and constructive relationships with the pupils involved; and worked with at least one "
       "outside service or voluntary organisation in a coordinated way.", "")])
P(d, [("Submission 3: The Professional Review. ", "b"),
      ("A portfolio (the observation notes, the coach's log, a 1,500-word reflection on the year and the school's "
       "SEN plan for 2010-11) followed by a forty-minute professional conversation with the Partnership Tutor and "
       "the University Link Tutor. They judge whether the reviewee: expresses themselves clearly in writing and in "
       "speech and listens to others' views; keeps up to date and takes responsibility for their own professional "
       "development; has advised senior colleagues and governors on the school's inclusive ethos, policies and "
       "priorities; and understands the principles of school self-evaluation and improvement as they bear on "
       "pupils with SEN.", "")])
P(d, "The coach's four visits include a conversation in which the reviewee and a colleague review how well one "
     "piece of provision is working and what it should mean for the school's self-evaluation; the coach gives "
     "feedback but this is not marked. Access arrangements for national tests and examinations are the job of each "
     "school's Examinations Officer and are outside the Award.")

H(d, "Part F   For the approval panel", 1)
H(d, "F1   What schools told us and what we changed", 2)
P(d, "In November 2008 we surveyed the heads and SENCOs of all fifteen Partnership schools (fourteen returned the "
     "questionnaire) and interviewed the local authority's Principal Officer for SEN. Heads wanted the course to "
     "produce work the school could use; SENCOs wanted help with provision mapping, with managing teaching "
     "assistants and with the new SENCO regulations; the local authority wanted SENCOs who could use data and "
     "work with its services. These are now PD4, PD5, PD1 and PD6.")
P(d, "The survey changed the design in three ways. The Submissions became the school's own documents (the heads' "
     "request). Each Partnership Day now runs twice, because primary heads said a single date clashed with "
     "swimming and assemblies. And coaches come from another Partnership school rather than the reviewee's own, "
     "because SENCOs in small primary schools have no colleague in the role.")
P(d, "Stakeholders are involved in the Award itself: headteachers act as reviewers and observe with the "
     "Partnership Tutor; SENCOs from Partnership schools act as coaches; the local authority's educational "
     "psychologists and specialist teachers lead parts of PD6. The Partnership Steering Group (heads of four "
     "Partnership schools and the local authority's Principal Officer for SEN) receives the annual Programme "
     "Review for information.")
H(d, "F2   Staff", 2)
P(d, "Ruth Ambler, the Partnership Tutor, was SENCO at Wraybourne High School for twelve years, is an Advanced "
     "Skills Teacher for inclusion, holds an MA in Inclusive Education and has led the Partnership's SENCO network "
     "since 2005. Dr Simon Hale, the University Link Tutor, leads Marlcliffe's MA in Inclusive Education and "
     "researches the deployment of teaching assistants. Both take part each year in the University's SEN team "
     "updates, and Mrs Ambler still teaches a Year 7 nurture group two days a week.")
H(d, "F3   Specialist expertise and placements", 2)
P(d, "Specialist expertise comes through the speakers on PD6 (educational psychology, CAMHS, speech and language "
     "therapy, the sensory service and the two voluntary organisations) and through the University Link Tutor. "
     "Until 2008 the Partnership's SENCO induction included a day at Orchard Special School; this has not been "
     "carried into the Award.")
H(d, "F4   Resources", 2)
P(d, "The Learning Centre at Wraybourne High School has a training room for thirty, an SEN library of some 600 "
     "titles and journals, and an assistive technology bench (Clicker 5, Read&Write, Dragon NaturallySpeaking, "
     "switch access and a portable loop) that reviewees try out on PD3. Reviewees are registered Marlcliffe "
     "students with full use of the University library and its online journals.")
H(d, "F5   Equality and access", 2)
P(d, "The school's Single Equality Scheme applies to all courses the Partnership runs. The Learning Centre is on the "
     "ground floor with level access and a hearing loop in the main training room.")
H(d, "F6   Quality assurance", 2)
P(d, "Internally, every Partnership Day is evaluated by reviewees on the day and again six weeks later; the "
     "Partnership Tutor observes each guest speaker; and each July the Partnership Tutor writes a Programme Review "
     "drawing on the evaluations, the coaches' logs, the reviewers' comments at the July meetings and the marks. "
     "Externally, the Award is part of Marlcliffe University's annual monitoring and has a University-appointed "
     "external examiner, who sees a sample of every Submission and reports each year. The Programme Review, the "
     "annual monitoring report and the external examiner's report together produce an action plan, agreed by the "
     "Partnership Tutor and the University Link Tutor in September, which changes the next year's Partnership Days, "
     "Submission briefs and coach training.")
P(d, "All Submissions are marked by the Partnership Tutor against Marlcliffe's Level 7 criteria. One in four, and "
     "every fail and borderline script, is second-marked by the University Link Tutor, and the two meet to agree "
     "marks at a moderation meeting before the external examiner sees the sample. The professional conversation "
     "in Submission 3 is conducted by both tutors together and recorded on a common form.")
H(d, "F7   Impact", 2)
P(d, "Reviewees' competence is judged at the July review meeting against their three objectives, and the "
     "Professional Review asks each reviewee to rate their confidence against each Partnership Day at the start "
     "and at the end of the year. We hope to see the progress of pupils with SEN in Partnership schools improve as "
     "a result, and would expect this to show in schools' RAISEonline data in due course.")
H(d, "F8   The award of the certificate", 2)
P(d, "The Postgraduate Certificate is awarded by Marlcliffe University's Board of Examiners to reviewees who pass "
     "all three Submissions. A reviewee who fails a Submission may resubmit once, within three months.")

d.save(str(OUT))
print("wrote", OUT.name)
