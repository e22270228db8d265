"""ls-02-saxonbury-listed-building-consent

Provider (invented): Saxonbury School of Thatching and Traditional Building, a heritage
building crafts college whose Learning Support department has run a Certificate in Learning
Support Leadership for local teachers since 2005, validated by the (invented) University of
Cheriton; Somerleigh County Council is the local authority. Application for approval to run
the 2008-09 National Award for SEN Coordination.

Document kind and layout: the course presented as an Application for Listed Building Consent
(the standard national planning form, 1APP style) to alter an existing listed building: the
School's existing Certificate (the "building") is to be altered into the National Award.
The form's numbered questions 1-14 are Normal paragraphs in bold with the form's grey italic
guidance notes left in (never answers), answers in two-column tables. Question 8 is a
"Materials" table (Element | Existing | Proposed) with a merged heading row. A floating VML
text box "For official use only" with a ticked "Valid" box and a placeholder reference.
Then a Heritage Statement (Significance, Proposals, Access, Impact and mitigation) in
Heading styles, a Schedule of Works (the 29 outcomes in the School's own words, "Carried out
at" and "Sign-off" columns, grouped by shaded merged rows), whose values are defined in
"Notes to the Schedule" BELOW the table, a Method Statement for assessment and the award,
and Proposed Conditions. Study days are "Site Days", units are "Courses" (Course 1 at the
eaves to Course 6 at the ridge), formative tasks are "Spars", the final assessment is the
"Ridge Assessment", mentors "Site Mentors", participants "Trainees". Header; the footer
claims Level 7 (never evidence). Tracked changes: a deleted table row (an outcome), a whole
inserted paragraph (the assessment-only route), a deleted sentence (a January start). Two
Word comments. Placeholders ("[to follow]", "[LBC/____/08]").

Traps (requirement ids):
- Materials table: "60 credits at Level 6"; Level 7 only "will be considered" in 2010; the
  footer's Level 7 is not evidence (E.2 partially_met). E.1 met (University validates).
- Question 9 "demolition" of the APL route; "Prior learning and experience cannot be
  counted" (2.1 not_met).
- The Direct Survey (assessment-only) route exists only in a whole inserted paragraph, which
  counts (2.3 met).
- Research reflected only in a general claim (1.3 partially_met).
- Advising colleagues "within the Trainee's own school" only (1.6 partially_met).
- "Method statement only" items are not marked (1.9 partially_met; 6.A4, 6.A6, 6.K9,
  6.S5, 6.S8 partially_met). A comment says 6.S5 is marked in the Ridge: not evidence.
- 6.S1 signed off but a dash under "Carried out at" (partially_met).
- 6.A2's row is a deleted tracked row (not_met).
- No item on approaches, strategies and resources for assessment and teaching incl. ICT
  (6.K6 not_met).
- 6.S2b is a "Reserved matter" handled by the county's own course (another provider's
  arrangement: not_met).
- Saturdays only, single September start (a January start is a deleted sentence), Courses
  in fixed order; only the spread over one or two years is flexible (3.2 partially_met).
- "There is no e-learning" (3.3 not_applicable).
- Resources described only in general terms (5.6 partially_met).
- The Tutor and Site Mentor Handbook is "[to follow]" and roles will be set out "once
  written" (5.7 not_met).
- Grey form prompts that echo requirements (stakeholders in evaluation, CRB) are never
  answers; the answers beside them are judged instead.
- Met despite looking like traps: 5.1 ("The University does not review the Certificate
  between validations", but the Course Committee, stakeholder interviews and the annual
  review give internal and external evaluation feeding changes); 5.3 (Registrar sees the original disclosure; a new one
  through the School if needed); 5.5 (two days at a special school); 5.9 (pupil data
  before and after); 6.0 (each Signed off item must be passed, no compensation); 4.1-4.3.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ls_helpers import (new_doc, p, runs, tracked, tracked_para, table, shade_cell, text_box, comment,
                         delete_row)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A, DT = "M. Tullett", "2008-11-03"

d = new_doc("Saxonbury School of Thatching and Traditional Building  -  Application for Listed Building Consent",
            "1APP-LBC form v2.3. Certificate: PGCert, 60 credits at Level 7. Page references are to the "
            "printed form.", font="Arial", size=10)


def prompt(text):
    p(d, text, italic=True, grey=True, size=8.5)


def qa(rows):
    t = table(d, [["", ""]] + rows, header_fill=None)
    t.rows[0]._tr.getparent().remove(t.rows[0]._tr)
    for r in t.rows:
        shade_cell(r.cells[0], "EFEFEF")
    p(d)
    return t


p(d, "Planning (Listed Buildings and Conservation Areas) Act 1990", italic=True, align="center")
p(d, "APPLICATION FOR LISTED BUILDING CONSENT FOR ALTERATION, EXTENSION OR DEMOLITION OF A LISTED BUILDING",
  bold=True, size=13, align="center")
p(d, "Submitted to the Training and Development Agency for Schools, acting as the approving authority, as the "
     "School's application for approval to provide the National Award for SEN Coordination.", align="center")
prompt("Please complete using block capitals and black ink. It is important that you read the accompanying "
       "guidance notes as incorrect completion will delay the processing of your application.")
text_box(d, [
    ("FOR OFFICIAL USE ONLY", True),
    ("Application No: [LBC/____/08]    Date received: [          ]    Fee: Nil", False),
    ("Valid: \u2612 Yes   \u2610 No        Officer: [          ]", False),
], height_pt=60, fill="F2F2F2")

p(d, "1. Applicant Name, Address and Contact Details", bold=True)
qa([["Name", "Saxonbury School of Thatching and Traditional Building (Learning Support Department)"],
    ["Address", "The Reed Yard, Mill Lane, Saxonbury, Somerleigh"],
    ["Contact", "Margaret Tullett, Head of Learning Support"]])

p(d, "2. Agent Name, Address and Contact Details", bold=True)
prompt("Only complete if an agent is acting on your behalf.")
qa([["Name", "University of Cheriton, School of Education (validating university)"],
    ["Role", "The University validates the Certificate, appoints the Chair of the Award Board and awards the "
             "qualification. The School teaches and assesses under the University's validation agreement."]])

p(d, "3. Description of Proposed Works", bold=True)
prompt("Please describe the proposed works, including any change of use, and the parts of the building affected.")
qa([["Proposed works",
     "Alteration of the School's Certificate in Learning Support Leadership (first consented 2005) so that it becomes "
     "the National Award for SEN Coordination. The alterations affect every part of the building: the aims are "
     "rewritten, the six Courses are re-laid, the assessment is rebuilt around the national outcomes, and the "
     "Ridge Assessment becomes the final test for the award."],
    ["Aims of the altered building",
     "The Certificate exists to raise the achievement and improve the well-being of children and young people with "
     "SEN and disabilities, across all five Every Child Matters outcomes (being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution, achieving economic well-being), by making Trainees effective "
     "leaders of SEN provision. Each Course has objectives written against these outcomes, and the Ridge Assessment "
     "is judged on the difference the Trainee's work has made to pupils' progress, attendance, confidence and "
     "safety, not on attainment alone."]])

p(d, "4. Site Address Details", bold=True)
qa([["Site", "Site Days at The Reed Yard, Saxonbury; Spars carried out in each Trainee's own school"],
    ["Intake", "Up to 20 Trainees a year from Somerleigh and neighbouring authorities"]])

p(d, "5. Pre-application Advice", bold=True)
prompt("Has assistance or prior advice been sought from the local authority about this application? If Yes, "
       "please complete the following information about the advice you were given.")
qa([["Advice sought", "Yes"],
    ["From whom", "Somerleigh County Council SEN Advisory Team; Somerleigh Primary and Secondary Heads' Forums; the "
                  "Hurstwood School (special school) leadership team"],
    ["Advice given",
     "Between January and May 2008 we met the SEN Advisory Team three times and put a questionnaire to the Heads' "
     "Forums (44 of 71 heads replied). Heads asked most often for help with managing teaching assistants, with "
     "reporting to governors on SEN, and with pupils with autism; the advisers reported that new SENCOs in the county "
     "were least confident in working with parents at annual reviews and in leading colleagues' training."]])

p(d, "6. Neighbour and Community Consultation", bold=True)
prompt("Have you consulted your neighbours or the local community about the proposal? Please give details of how "
       "stakeholders will be involved in evaluating the works.")
qa([["Consulted", "Yes"],
    ["What changed",
     "In answer to that advice we added Course 4, Leading the Team (deploying teaching assistants and reporting "
     "to governors); gave autism its own Site Day in Course 2; and moved the review meeting with parents into Spar 5 "
     "so that every Trainee plans and holds one. Two former Trainees sat on the working group that rewrote the "
     "Courses and asked for the Starting Audit to be brought forward to the first Site Day, which we have done."],
    ["Continuing involvement",
     "Two headteachers from the Forums and an SEN adviser sit on the Award Board and on the Course Committee, and "
     "each year they interview a sample of six completing Trainees and their headteachers; their findings go to the "
     "Committee's annual review. Heads host the Spars and the SEN Advisory Team teaches two Site Days. Hurstwood "
     "School's deputy headteacher second-marks Ridge Assessments."]])

p(d, "7. Authority Employee / Member", bold=True)
qa([["Related to authority staff?", "No"]])

p(d, "8. Materials", bold=True)
prompt("Please state what materials are to be used externally, and whether they match the existing.")
mt = table(d, [
    ["Element", "Existing (Certificate 2005)", "Proposed (National Award)"],
    ["Fabric", "", ""],
    ["Roof: validation", "40 credits at Level 6, University of Cheriton",
     "60 credits at Level 6, University of Cheriton. The University will consider revalidation at Level 7 in 2010."],
    ["Walls: Site Days", "Ten Saturdays", "Twelve Saturdays, 9.30 to 3.30, at The Reed Yard"],
    ["Windows: ICT", "School computers", "No e-learning; Trainees use the library PCs and their own schools' ICT"],
    ["Doors: entry", "Any teacher", "Qualified teachers in, or designated for, a SENCO role (see Heritage Statement)"],
])
c = mt.cell(1, 0).merge(mt.cell(1, 2))
c.text = "Fabric of the Certificate"
c.paragraphs[0].runs[0].bold = True
shade_cell(c, "DDE5C8")
p(d)

p(d, "9. Demolition", bold=True)
prompt("Does the proposal include the partial or total demolition of a listed building? If Yes, please describe.")
qa([["Demolition", "Yes, partial"],
    ["What is to be taken down",
     "The accreditation of prior learning route of the 2005 Certificate is to be taken down. Prior learning and "
     "experience cannot be counted towards the new Certificate: every Trainee takes all six Courses and the Ridge "
     "Assessment."]])

p(d, "10. Listed Building Alterations", bold=True)
prompt("Do the proposed works include alterations to the interior or exterior of the building?")
qa([["Interior", "Yes: the six Courses, the Spars and the Starting Audit (see Heritage Statement)"],
    ["Exterior", "Yes: the award rule and the routes to the award (see Method Statement)"]])

p(d, "11. Related Applications", bold=True)
qa([["Previous consents", "Certificate in Learning Support Leadership, consented by the University in 2005 "
                          "(ref CHE/LS/05). That consent lapses on 31 August 2009."]])

p(d, "12. Hours and Delivery", bold=True)
prompt("Non-residential uses only.")
tp = p(d)
runs(tp, ["The altered Certificate opens once a year, with the first Site Day in September. ",
          ("A second intake will start in January for Trainees appointed mid-year. ", "del", A, DT),
          "The six Courses are taken in order, Course 1 to Course 6, because each is laid on the one below. Trainees "
          "may take all six in one year or spread them over two, rejoining the next year's intake at the Course they "
          "left. There is no e-learning."])

p(d, "13. Ownership Certificate", bold=True)
prompt("Certificate A: I certify that on the day 21 days before the date of this application nobody except myself "
       "was the owner of any part of the land or building to which the application relates.")
qa([["Certificate", "A"], ["Signed", "M. Tullett, for the School"]])

p(d, "14. Declaration", bold=True)
prompt("I/we hereby apply for listed building consent as described in this form and the accompanying plans, "
       "drawings and additional information.")
qa([["Signed", "Margaret Tullett"], ["Date", "3 November 2008"]])

d.add_heading("Heritage Statement", level=1)
d.add_heading("Significance", level=2)
p(d, "The School has trained thatchers, masons and joiners since 1961, and its Learning Support department has "
     "supported apprentices with dyslexia and other learning difficulties for twenty years. The Certificate in "
     "Learning Support Leadership grew from the department's work with Somerleigh schools, whose SENCOs asked for a "
     "course rooted in practice. That practical character is what is significant about the building and what the "
     "alterations keep: every Course is tied to a Spar carried out in the Trainee's own school, and every Spar is "
     "tied to items in the Schedule of Works.")
p(d, "The content reflects the latest research and inspection findings on special educational needs and disability.")

d.add_heading("Proposals: the Courses, Site Days and Spars", level=2)
p(d, "The altered Certificate is laid in six Courses of two Saturday Site Days each. Between Site Days each Trainee "
     "carries out a Spar, a practical task in his or her own school agreed with the headteacher and supported by a "
     "Site Mentor, a senior colleague in the Trainee's school. Each Spar asks the Trainee to change something in the "
     "school's provision and to judge the effect on the pupils concerned, so that the outcomes are met in practice "
     "and not only described.")
table(d, [
    ["Course", "Site Days", "What is laid", "Spar in school"],
    ["1 Eaves: the law and the role", "1-2", "The SEN Code of Practice (2001), the SEN and Disability Act 2001, the "
     "Disability Discrimination Act 2005 and the disability equality duty, Every Child Matters and Removing Barriers "
     "to Achievement; the SENCO's role", "Spar 1: audit the school's SEN policy and accessibility plan"],
    ["2 Second course: pupils and needs", "3-4", "How children grow and learn and how need, disability and "
     "surroundings affect that; the common kinds of SEN, with a day on autism", "Spar 2: a study of two pupils, "
     "drawing on reports from other professionals"],
    ["3 Third course: listening to pupils", "5-6", "Consulting pupils about the things that affect them: pupil "
     "interviews, pupil conferencing, pupils' part in writing and reviewing their own IEPs", "Spar 3: consult a "
     "group of pupils with SEN on their provision and act on what they say"],
    ["4 Leading the team", "7-8", "Deploying teaching assistants; time and priorities; reporting to governors; "
     "advising colleagues", "Spar 4: redeploy the school's teaching assistants and evaluate the change"],
    ["5 Families", "9-10", "Working in partnership with parents and carers; annual reviews; the Parent Partnership "
     "Service", "Spar 5: plan and hold a review meeting with parents"],
    ["6 Ridge: provision and impact", "11-12", "Provision mapping, target setting, tracking and evaluating "
     "provision; the school's self-evaluation", "Ridge Assessment (see Method Statement)"],
])
p(d)
p(d, "Course 4 develops the Trainee's skill in advising and supporting colleagues within the Trainee's own school: "
     "Trainees advise class teachers on planning for pupils with SEN and support teaching assistants through the "
     "Spar 4 changes.")

tracked_para(d, "Direct Survey. In exceptional circumstances an experienced teacher, for instance a teacher from "
                "the county's SEN Support Service, who appears already to meet the outcomes may be assessed without "
                "attending the Courses. The candidate submits a portfolio mapped to every item in the Schedule of "
                "Works and completes the Ridge Assessment; the Award Board decides, on the same standard as for "
                "other Trainees, whether every item is signed off.", "ins", A, DT)

p(d, "At the first Site Day each Trainee completes the Starting Audit, rating himself or herself against every item "
     "in the Schedule of Works with evidence. The tutor and Trainee use the Audit to agree an Individual Works Plan, "
     "which sets the Trainee's personal targets, chooses the focus of Spars 2 and 4, and is reviewed at each "
     "termly tutorial. Tutors adjust reading to the Trainee's phase and setting. The fee of £950 is met by the "
     "county's CPD fund for Somerleigh schools, and Site Days on Saturdays mean no supply cost to schools. On "
     "completion each Trainee, the tutor and the headteacher agree three professional targets for the following "
     "year, and the School offers progression to the University's MA in Inclusive Education.")

d.add_heading("Access", level=2)
p(d, "The School's Disability Equality Scheme and Race Equality Policy cover Trainees as they cover apprentices. "
     "Each applicant is asked about any disability or need; the Head of Learning Support agrees reasonable "
     "adjustments in writing before the first Site Day. Adjustments made for apprentices and teachers include "
     "handouts in large print and coloured paper, a reader and extra time for assessed work, a hearing loop in the "
     "Reed Yard lecture room, and parking and a ramp at the Mill Lane entrance.")

d.add_heading("Entry and suitability", level=2)
p(d, "Trainees must hold Qualified Teacher Status and be in post as SENCO or designated by the governors to become "
     "SENCO, and must send the headteacher's agreement to support the Spars. The Head of Learning Support interviews "
     "every applicant and reads a 500-word statement of the applicant's SEN experience; applicants without enough "
     "experience are advised to take the county's Inclusion Foundation course first.")
prompt("Guidance: applicants should say here how CRB and other background checks are verified.")
p(d, "The School's Registrar sees each Trainee's original enhanced CRB disclosure before the first Site Day and "
     "records its number and date; where a disclosure is more than three years old, or was made for another "
     "employer, the School obtains a new enhanced disclosure and a List 99 check before the Trainee starts. No "
     "Trainee attends a Site Day or begins a Spar until the check is recorded.")

d.add_heading("Impact and mitigation: staff, resources and quality", level=2)
p(d, "The Course Leader, Mrs Margaret Tullett, was SENCO of a Somerleigh comprehensive for eight years and holds an "
     "MA in Special and Inclusive Education; the two tutors are a former primary SENCO with the OCR Diploma in "
     "Specific Learning Difficulties and a specialist teacher of pupils with autism who still works two days a week "
     "for the county. All three have ten days a year for their own updating and attend the county SENCO network. "
     "Site Days 3, 4 and 10 are taught with an educational psychologist, a speech and language therapist and the "
     "Parent Partnership officer. Each Trainee from a mainstream school spends two days at Hurstwood School, a "
     "special school for pupils with moderate and severe learning difficulties, and half a day with the county's "
     "Sensory Support Service.")
p(d, "The School's library has a shelf of SEN books, and Trainees use their own schools' ICT.")
p(d, "Tutor and Site Mentor Handbook: [to follow]. Site Mentors' roles will be set out in the Handbook once written.")
p(d, "Quality is assured by the School's Course Committee, which reads Trainees' evaluations after every Site Day, "
     "the tutors' reports on each Course and the results of each assessment, and agrees changes each July. The "
     "University does not review the Certificate between validations.")
p(d, "To judge impact, each Trainee records the starting point of the pupils targeted in Spars 2 to 4 (reading and "
     "number ages, P scale or National Curriculum levels, attendance, and the pupils' own ratings of how safe and "
     "confident they feel) and records them again a term after the change; the Ridge Assessment reports the "
     "difference. Trainees rate their own confidence against the Schedule of Works at the Starting Audit and again "
     "at the end, and headteachers complete a questionnaire on the Trainee's practice a year after the award. The "
     "Course Committee reports all three measures each year.")

d.add_heading("Schedule of Works", level=1)
p(d, "The Schedule sets out, in the School's own words, what a Trainee must be able to do at the end of the "
     "Certificate. Items are grouped as the Schedule for any building is grouped: the character of the worker, "
     "what the worker knows, and the work itself.")
rows = [["Item", "Work", "Carried out at", "Sign-off"],
        ["", "A. The worker", "", ""],
        ["W1", "Treats pupils with SEN and disabilities, and their parents and carers, fairly and with respect, and "
               "builds supportive working relationships with them", "Courses 3 and 5", "Signed off (Spar 5)"],
        ["W2", "Gains the commitment of colleagues, the headteacher and senior team included", "Course 4",
         "Signed off (Ridge)"],
        ["W3", "Sets priorities, manages own time and delegates appropriately", "Course 4", "Signed off (Spar 4)"],
        ["W4", "Anticipates problems and resolves them; makes well-founded decisions about provision", "Course 6",
         "Method statement only"],
        ["W5", "Explains clearly in speech and in writing, and listens to and understands others' views", "Courses 3 "
         "and 5", "Signed off (Spar 3 and Ridge)"],
        ["W6", "Uses research evidence and outside advice to improve own and colleagues' practice", "Course 6",
         "Method statement only"],
        ["W7", "Keeps up to date and takes responsibility for own CPD in SEN and disability", "Course 6",
         "Signed off (Ridge)"],
        ["", "B. What the worker knows", "", ""],
        ["W8", "The SEN Code of Practice and the law and guidance on SEN, their implications and how to apply them",
         "Course 1", "Signed off (Spar 1)"],
        ["W9", "Every Child Matters, its five outcomes and the SENCO's part in them", "Course 1", "Signed off (Spar 1)"],
        ["W10", "The disability equality laws and what they require schools to do", "Course 1", "Signed off (Spar 1)"],
        ["W11", "How children develop, and how SEN, disability and surroundings affect development", "Course 2",
         "Signed off (Spar 2)"],
        ["W12", "The commonest kinds of SEN and disability (behavioural, emotional and social difficulties, specific "
                "learning difficulties including dyslexia, speech, language and communication needs, autism, "
                "moderate learning difficulties) and their effect on learning", "Course 2", "Signed off (Spar 2)"],
        ["W13", "How school self-evaluation and improvement apply to outcomes for pupils with SEN", "Course 6",
         "Signed off (Ridge)"],
        ["W14", "Best practice and research findings in meeting SEN", "Course 6", "Signed off (Ridge)"],
        ["W15", "What outside agencies do, and how to get specialist support and resources", "Course 2",
         "Method statement only"],
        ["", "C. The work", "", ""],
        ["W16", "With senior colleagues and governors, shapes the school's inclusive ethos, policies, priorities and "
                "use of resources", "-", "Signed off (Ridge)"],
        ["W17", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions "
                "and reviews progress", "Course 6", "Signed off (Ridge)"],
        ["W18", "Uses assessments by other professionals to develop teaching", "Course 2", "Signed off (Spar 2)"],
        ["W19", "Uses summative assessment, national tests included, to track progress and adjust programmes", "-",
         "Reserved matter"],
        ["W20", "Encourages colleagues to use formative assessment, with approaches suited to pupils with SEN",
         "Course 4", "Signed off (Spar 4)"],
        ["W21", "Identifies in good time the access arrangements pupils need for national tests and examinations, and "
                "puts them in place", "Course 6", "Signed off (Ridge)"],
        ["W22", "Uses provision mapping and management to find provision that is not working or missing", "Course 6",
         "Signed off (Ridge)"],
        ["W23", "Deploys and manages teaching assistants and other staff", "Course 4", "Signed off (Spar 4)"],
        ["W24", "Supports colleagues' development through observation and feedback, modelling, coaching, mentoring "
                "and training", "Course 4", "Method statement only"],
        ["W25", "Reviews with colleagues how well provision works, to inform the school's self-evaluation", "Course 6",
         "Signed off (Ridge)"],
        ["W26", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
         "Course 3", "Signed off (Spar 3)"],
        ["W27", "Liaises with parents and carers", "Course 5", "Method statement only"],
        ["W28", "Works in partnership with other services and agencies, voluntary organisations included", "Course 2",
         "Signed off (Spar 2)"],
        ]
t = table(d, rows)
for i, row in enumerate(rows):
    if row[0] == "" and i > 0:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        c.text = row[1]
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "DDE5C8")
    if row[0] == "W24":
        comment(d, t.cell(i, 3).paragraphs[0], "We do look at coaching in the Ridge. Change to Signed off?",
                "Dan Hobbs", "DH")
    if row[0] == "W2":
        delete_row(t.rows[i], A, DT)
p(d)
p(d, "Notes to the Schedule", bold=True)
for n in [
    "1. \"Signed off\": the Trainee's evidence for the item is marked in the Spar or Ridge Assessment named and must "
    "reach the pass standard; the item is then signed off on the Trainee's Schedule by the tutor.",
    "2. \"Method statement only\": the Trainee writes a short method statement for the item, setting out how he or "
    "she would go about it, and the tutor reads it and comments. It is not marked and does not count towards the "
    "award.",
    "3. \"Reserved matter\": the item is not dealt with under this application. Tracking progress with summative and "
    "national test data is taught and assessed on Somerleigh County Council's own course, Data for SENCOs, which "
    "Trainees attend separately.",
    "4. A dash under \"Carried out at\" means that no Course lays the item.",
]:
    p(d, n)

d.add_heading("Method Statement: assessment and the award", level=1)
p(d, "Spars 1 to 5 are each written up as a 2,000-word account with evidence from school, and marked pass or refer "
     "against criteria for the items they sign off. The Ridge Assessment is a 5,000-word report on a change to "
     "provision led by the Trainee, with a 20-minute presentation to two tutors, and signs off the items marked "
     "Ridge.")
p(d, "Every Spar and every Ridge Assessment is marked by the Trainee's tutor and second-marked by another tutor; "
     "Hurstwood School's deputy headteacher second-marks a third of the Ridge Assessments. The tutors meet after each "
     "Spar to moderate a sample from every tutor group against the criteria, and agreed marks and the reasons for "
     "any changes are kept with the scripts.")
p(d, "The Certificate is awarded only to Trainees whose Schedule shows every Signed off item signed off. Each Spar "
     "and the Ridge Assessment must be passed separately; a strong piece of work cannot make up for another, and "
     "the Award Board, chaired by the University, confirms each Trainee's Schedule before the award is made. A "
     "Trainee referred in any item may resubmit once.")

d.add_heading("Proposed Conditions", level=1)
p(d, "C1. The works shall begin with the September 2009 intake.")
p(d, "C2. The Tutor and Site Mentor Handbook shall be submitted to the approving authority before the works begin.")
cc = p(d, "C3. The Course Committee shall report to the Award Board each year on the measures of impact set out "
          "above.")
comment(d, cc, "Do we also need a condition on Level 7?", "Dan Hobbs", "DH")

d.save(OUT)
print("wrote", OUT)
