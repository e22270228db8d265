"""iv-02-morwick-support-plan

Provider (invented): Morwick County Council, Fostering and Adoption Service -
its Virtual School for Looked After Children - with Trentmere University.
2008-09 course.

Document kind and layout: the Service's "Assessment of Support Needs and
Support Plan" (form ASP/1), the form it uses under the Adoption Support
Services Regulations 2005 to assess a family's need for adoption support,
used here for the new SENCOs on its course, sent as the application. It opens
with a typed letterhead and a "Notice of Proposed Decision" letter to the
Head Teachers' Forum (which asked for the course), and a VML text box "Your
right to make representations". Then the form's Parts 1-12 under Heading 2
styles: persons assessed (label/value table), reason for the assessment,
views of the persons assessed and views of "the child" (pupils and the
Children in Care Council), assessed needs, support to be provided in the
regulation's own categories (financial support, support groups, contact,
therapeutic services, training, respite, disruption, counselling and advice)
as one long table with merged, shaded band rows per category, "Casework and
the Final Panel" (the assessed work, the Final Panel modelled on the
fostering panel), an "Outcome Record" table ("Statement | Developed at |
Evidenced by"), a "Services requested but not agreed" table (Requested by |
Service | Decision | Reason), review of the plan, staffing, safeguarding, and
a signature table. The form's grey "[Guidance: ...]" prompts are left in.
Tracked changes, two comments, one footnote.

Traps (requirement ids):
- Assessment-only route requested by heads: "Not agreed" (2.3 not_met:
  negation in the not-agreed table).
- A "next steps" session after the Award on further targets requested: "Not
  agreed" (2.5 not_met: negation; Session 9's planning of one's own
  development during the course is 6.A7, not targets after completion).
- APL: prior learning is "taken into account at the Starting Conversation",
  accreditation "Not agreed" (2.1 partially_met).
- Online modules "Not agreed"; "There is no online element" (3.3
  not_applicable). Email between sessions is not e-learning.
- A February start exists only in a tracked deletion; a missed Session taken
  with the next cohort is a tracked insertion; one start, fixed order (3.2
  partially_met).
- Entry: "We do not interview or test applicants" and the Starting
  Conversation "is not used to decide who joins" (5.2 not_met).
- CRB: the Service's Recruitment Officer verifies each participant's
  disclosure before the first Session (5.3 met); a comment about HR is not
  evidence either way.
- Stakeholders: heads' forum, carers, Children in Care Council shaped the
  course (4.1, 4.2 met); host schools and a foster carer on the Final Panel,
  but carers' request to join evaluation "Deferred" (4.3 partially_met).
- Evaluation internal only (5.1 partially_met); confidence scale measured but
  a pupil attainment measure "Not agreed" (5.9 partially_met).
- Double marking but University moderation "Under discussion"; a comment
  promising it is not evidence (5.8 partially_met).
- Resources only general (5.6 partially_met).
- Award on the three Caseworks and the Panel's confirmation of the Outcome
  Record, while the Record shows statements "Not evidenced" (6.0
  partially_met; 1.9 partially_met).
- Outcome Record: common types of SEN left to the SEN Support Service's own
  course "which participants are asked to have attended" (6.K5 not_met:
  another provider's arrangement); reviewing provision with staff to inform
  self-evaluation "left to the school's own leadership team and is not part
  of the course", with no row in the Outcome Record (6.S6 not_met); decisions (6.A4) discussed in
  SENCO Circles only, research (6.A6), disability equality law (6.K3),
  school self-evaluation (6.K7) "Not evidenced", formative assessment with
  colleagues (6.S2c) "Practice only" (partially_met).
- No aims section on the form: the aim is stated in Part 7 (1.1 met).
- Financial support section uses adoption-allowance vocabulary ("means
  test") about fees: right words, different thing.
"""
from pathlib import Path
from _iv_helpers import *

HERE = Path(__file__).resolve().parent
NAME = "iv-02-morwick-support-plan"

d = new_doc("Calibri", 10.5)
header_footer(
    d,
    ["Morwick County Council - Fostering and Adoption Service", "Form ASP/1 Assessment of Support Needs and Support Plan"],
    ["Form ASP/1 (2006). Completed forms are confidential. Page numbers are in the bottom right-hand corner."])


def h(text):
    return d.add_paragraph(text, style="Heading 2")


p = para(d, "MORWICK COUNTY COUNCIL", bold=True, size=14, space_after=0)
p = d.add_paragraph()
run(p, "Children and Families Directorate")
p.add_run().add_break()
run(p, "Fostering and Adoption Service - Virtual School for Looked After Children")
p.add_run().add_break()
run(p, "Kellaway House, Station Road, Morwick")
para(d)
para(d, "To: the Chair and members, Morwick Head Teachers' Forum", space_after=0)
para(d, "Date: 3 June 2008", space_after=0)
para(d, "Our ref: VS/ASP/SENCO/08")
para(d, "NOTICE OF PROPOSED DECISION: SUPPORT FOR TEACHERS NEW TO THE SENCO ROLE", bold=True)
para(d, "Dear colleagues,")
para(d, "In January the Forum asked the Service to assess what support teachers new to the SENCO role in Morwick "
        "need, and to provide it. We assess the support needs of the people on our training programmes in the "
        "same way we assess the support needs of adoptive families, on the same form, and this letter and the "
        "plan behind it are the result. We propose to provide the support set out in Part 6, as a course "
        "leading to the National Award for SEN Coordination, taught with Trentmere University. Part 9 lists "
        "what you asked for that we do not propose to provide, with our reasons.")
para(d, "The plan below is the final version, revised after the representations we received by 1 July 2008. "
        "It is the document we are sending to the TDA.")
para(d, "Yours sincerely,")
para(d, "Helen Tarrant, Head of the Virtual School for Looked After Children")
textbox(d, "Your right to make representations", [
    "You may make representations about this proposed decision, in writing or in person, within 28 days of "
    "the date of this notice. Write to the Head of the Virtual School at Kellaway House.",
    "[Guidance: Insert the date by which representations must be received. If none are received, the proposed "
    "decision becomes the final decision.]"], height_pt=90, fill="E2EFDA")
para(d)

# ---------- Part 1
h("Part 1. Persons assessed")
prompt(d, "[Guidance: Give the name, date of birth and address of each person assessed. For a child, give the "
          "legal status and the date of the adoption order.]")
table(d, [
    ["Persons assessed", "Teachers new to the SENCO role in Morwick schools: up to 20 in each course year. The "
                         "2008-09 course starts on 8 October 2008."],
    ["Assessing agency", "Morwick County Council, Fostering and Adoption Service (Virtual School for Looked "
                         "After Children)"],
    ["Partner", "Trentmere University, Faculty of Education. The University has validated the course as its "
                "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at Master's "
                "(M) level. It enrols participants as its students and confers the award."],
    ["Worker completing this assessment", "Helen Tarrant, with Dr Alison Crane (Trentmere University)"],
    ["Date of adoption order", None],
], widths=[5.0, 11.6], header_fill=None)
para(d)

# ---------- Part 2
h("Part 2. Reason for the assessment")
prompt(d, "[Guidance: Say who asked for the assessment and what evidence of need was gathered.]")
para(d, "The Head Teachers' Forum asked for the assessment after the Special Educational Needs (Information) Act "
        "2008 and the proposal that new SENCOs should hold a national award. The evidence we gathered:")
for b in [
    "a survey of all 164 Morwick schools in February 2008 (118 replies): 46 schools had a SENCO appointed in "
    "the last two years, and 39 of those had received no training for the role;",
    "the Virtual School's own data: 31% of Morwick's looked after children have a statement of SEN and 38% are "
    "at School Action or School Action Plus, and children in care with SEN were excluded more often than any "
    "other group in 2006-07;",
    "the Ofsted inspection of Morwick's children's services (2007), which asked the Council to improve the "
    "attainment of looked after children with SEN;",
    "two focus groups of new SENCOs (14 teachers) in March 2008 and the Educational Psychology Service's "
    "record of what schools ask it for.",
]:
    para(d, "\u2022 " + b)
para(d, "What the evidence showed: new SENCOs are most unsure about the law and the Code of Practice, about "
        "working with carers and with other agencies, and about leading colleagues; heads want the training "
        "to happen in their own schools as far as possible and without long absences.")

# ---------- Part 3
h("Part 3. Views of the persons assessed")
prompt(d, "[Guidance: Record the views of each adult assessed, in their words where possible.]")
para(d, "The 14 new SENCOs in the March focus groups said they wanted to learn alongside SENCOs from other "
        "schools, to be visited in their own school, and to have a tutor they could ring. \"I don't want a "
        "lecture on the Code, I want someone to tell me if I'm doing it right,\" one said. Because of these "
        "views the course uses small SENCO Circles (Part 6B) and a tutor visit to each school, and the law is "
        "taught through the participants' own cases.")

# ---------- Part 4
h("Part 4. Views of the child")
prompt(d, "[Guidance: Record the child's wishes and feelings, taking account of age and understanding. Say how "
          "they were obtained.]")
para(d, "The Morwick Children in Care Council and the pupil councils of two special schools met the Virtual "
        "School in April 2008. Young people said that too often nobody asked them what help they wanted, that "
        "reviews were held about them and not with them, and that they did not want to be taken out of lessons "
        "they liked. As a result, consulting children is taught in Session 4, which young people from the "
        "Children in Care Council help to run, and every participant must show in Casework 1 how the child's "
        "views shaped the plan.")
para(d, "Foster carers. The Morwick Foster Carers' Support Group (22 carers) told us that schools rarely asked "
        "carers to contribute to targets. Two carers helped write Session 5.")

# ---------- Part 5
h("Part 5. Assessed needs")
table(d, [
    ["Area", "Assessed need", "Evidence"],
    ["Knowledge", "The law on SEN and disability; the Code of Practice; Every Child Matters; how children "
                  "develop", "Survey; focus groups"],
    ["Skills", "Identifying need, setting targets, provision mapping, tracking progress; leading colleagues; "
               "working with carers, parents and agencies; consulting children", "Survey; EP service records"],
    ["Confidence", "New SENCOs rate their confidence low on leading colleagues and on meeting parents", "Focus groups"],
    ["Practical", "Release time; help with fees; support close to home", "Survey"],
], widths=[3.0, 9.0, 4.6])
para(d)
para(d, "Each person's needs are assessed again when they join. Before the first Session every participant has "
        "a Starting Conversation with their tutor: they rate themselves against each statement in the Outcome "
        "Record (Part 8), show evidence of what they have already studied and done, and agree a Personal "
        "Support Plan, which names the statements they most need to work on, the Sessions and Circle meetings "
        "that will help, and two personal targets of their own. The Personal Support Plan is reviewed with the "
        "tutor at the school visit in February and at the Final Panel.")
para(d, "We do not interview or test applicants; a place is offered to any teacher whose head teacher nominates "
        "them. The Starting Conversation is not used to decide who joins.")

# ---------- Part 6
h("Part 6. Support to be provided")
prompt(d, "[Guidance: For each type of adoption support service in regulation 3, say what will be provided, by "
          "whom, how often, and when it will be reviewed. Write 'None' where no service is to be provided.]")
rows = [["Service", "Provided by", "How often", "Review"]]
bandrows = []


def band(title):
    bandrows.append((len(rows), title))
    rows.append([title, "", "", ""])


band("6A. Financial support")
rows += [
    ["Course fees (GBP 1,200) paid in full by the Virtual School for every participant. There is no means test.",
     "Virtual School", "Once", "July 2009"],
    ["Supply cover for the ten Session days paid to the school at the Council's rate.", "Virtual School",
     "Per Session", "July 2009"],
]
band("6B. Support groups")
rows += [
    ["SENCO Circles: groups of four or five participants from nearby schools who meet for two hours each month "
     "in one another's schools, with an agenda set by the participants and a tutor present three times a year.",
     "Participants; tutors", "Monthly", "At each school visit"],
]
band("6C. Contact")
rows += [
    ["A named tutor who visits each participant's school once (February) and can be reached by telephone and "
     "email between Sessions; replies within two working days.", "Tutors", "Throughout", "February"],
    ["A school mentor (a senior leader named by the head) who meets the participant each half term.",
     "Schools", "Half-termly", "February"],
]
band("6D. Therapeutic services")
rows += ["None".split("|") + ["", "", ""]]
band("6E. Training")
rows += [
    ["Ten Sessions at Kellaway House, Wednesdays 9.30 to 3.30, October 2008 to June 2009 (Part 7).",
     "Tutors; guest speakers", "Monthly", "July 2009"],
]
band("6F. Respite")
rows += [
    ["Release time: each head agrees in writing to release the participant for the ten Sessions, the Circle "
     "meetings and two further days for Casework.", "Schools", "As above", "October"],
]
band("6G. Assistance where there is a disruption")
rows += [
    ["A participant who falls ill, changes job or is absent for a term may interrupt and rejoin with the next "
     "year's course, keeping any Casework already passed.", "Course Leader", "As needed", "Each case"],
]
band("6H. Counselling, advice and information")
rows += [
    ["Reasonable adjustments for disabled participants, agreed at the Starting Conversation and recorded on the "
     "Personal Support Plan: materials in large print or electronic form, a hearing loop in the Kellaway House "
     "training room, a BSL interpreter, extra time for Casework, ground-floor rooms for Circle meetings. Kellaway "
     "House is fully accessible. The Service's Equality Scheme applies, and the Course Leader checks each "
     "year's Session dates against religious festivals.", "Course Leader", "As needed", "Each term"],
]
st = table(d, rows, widths=[9.6, 2.6, 2.0, 2.4], size=8.5)
for i, title in bandrows:
    merge_row(st, i, title, fill="E2EFDA", size=9)
para(d)
pp = para(d)
tracked(pp, [("The course starts each October. ", None),
             ("A February start is offered for teachers appointed after September. ", "del"),
             ("The Sessions are taken in order. ", None),
             ("Participants who miss a Session may take it with the next cohort.", "ins")],
        author="Helen Tarrant", date="2008-07-04T09:40:00Z")
para(d, "There is no online element: all teaching is face to face, in Sessions, Circles and school visits.")

# ---------- Part 7
h("Part 7. Training: the Sessions, the Casework and the Final Panel")
para(d, "The aim of the course is to raise the achievement and well-being of pupils with SEN and/or disabilities "
        "in Morwick schools, looked after children among them, in all five Every Child Matters outcomes: being "
        "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
        "well-being. Every Session plans for one change in the participant's school, and every Casework must "
        "show what changed for the pupils concerned.")
sess = [
    ("Session 1", "Starting out", "The SENCO's role; the Code of Practice (2001) and the SEN and Disability Act "
     "2001; statements and annual reviews; the Children Act 2004 and Every Child Matters; how the SENCO helps "
     "children achieve the five outcomes."),
    ("Session 2", "Rights and evidence", "The Disability Discrimination Act as amended in 2005 and the disability "
     "equality duty; recent research and inspection evidence (Ofsted's Inclusion: does it matter where pupils "
     "are taught?, 2006; the Bercow Review, 2008; Care Matters: Time for Change, 2007; the Lamb Inquiry's terms "
     "of reference); using research and advice to improve teaching."),
    ("Session 3", "How children grow", "Child development; attachment and the effects of early trauma; how SEN, "
     "disability and the physical and social environment affect development. Led by the Service's Adoption "
     "Support Team psychologist."),
    ("Session 4", "Hearing the child", "Consulting children and young people; pupil-led reviews; involving pupils "
     "in planning and reviewing their provision. Run with young people from the Children in Care Council."),
    ("Session 5", "Parents and carers", "Working in partnership with parents, foster carers and adopters; "
     "relationships that are fair and respectful; a practice review meeting; advising colleagues on working "
     "with families."),
    ("Session 6", "Identifying and planning", "Identifying pupils who may have SEN; using assessments from "
     "psychologists, therapists and CAMHS; setting challenging targets; planning and reviewing interventions; "
     "tracking progress with summative data and national test results; access arrangements for tests and "
     "examinations and when to apply for them; solving problems and making decisions about provision."),
    ("Session 7", "Mapping provision", "Provision mapping and management; finding gaps and weak provision; "
     "approaches, strategies and resources, including ICT, for teaching pupils with SEN; best practice; school "
     "self-evaluation and the SEF."),
    ("Session 8", "Leading colleagues", "Gaining the support of the head and senior leaders; coaching, "
     "observation and feedback; leading training on formative assessment; deploying and managing teaching "
     "assistants; managing time and delegating."),
    ("Session 9", "The team around the child", "Working with other services and voluntary organisations; the "
     "Common Assessment Framework; getting specialist support; keeping up to date and planning one's own "
     "professional development."),
    ("Session 10", "Governors and policy", "Working with senior leaders and governors on an inclusive ethos, "
     "policy, priorities and resources; preparing for the Final Panel."),
]
table(d, [["Session", "Title", "Content"]] + [list(s) for s in sess], widths=[2.0, 3.2, 11.4], size=8.5)
para(d)
para(d, "Casework 1: A Child's Journey (20 credits). The participant works with one pupil with SEN for two terms "
        "and writes up how the need was identified, the assessments used, including those of other "
        "professionals, the targets agreed with the pupil and the parents or carers, the intervention and its "
        "review. It must show how the pupil's views shaped the plan.")
para(d, "Casework 2: The Provision Map (20 credits). A provision map for the participant's school, with an "
        "analysis of gaps and weak provision, a plan for the deployment of support staff, and a paper to the "
        "head and governors on policy and resources.")
para(d, "Casework 3: The Team Around the Child (20 credits). An account of the participant's work with other "
        "agencies and with a family for one pupil, and of a training session the participant led for "
        "colleagues, with the mentor's observation notes and the participant's own reflective log.")
para(d, "Each Casework is marked pass or refer against published criteria and double-marked by two tutors.")
p = para(d, "The Final Panel. As at our fostering panel, each participant presents their Caseworks to a panel of "
            "three: a tutor, a Trentmere University examiner and an independent member (a head teacher or a "
            "foster carer). The Panel questions the participant and goes through the Outcome Record. The Award "
            "is made to participants who pass all three Caseworks and whose Outcome Record the Panel confirms.")
footnote_ref(p, 1)
para(d)

# ---------- Part 8
h("Part 8. Outcome Record")
prompt(d, "[Guidance: List the outcomes the support is intended to achieve and how you will know they have been "
          "achieved.]")
orow = [["Statement: the SENCO shows that they can ...", "Developed at", "Evidenced by"]]
obands = []


def oband(t):
    obands.append((len(orow), t))
    orow.append([t, "", ""])


oband("Attributes")
orow += [
    ["form fair, respectful and constructive relationships with pupils with SEN and with their parents and carers",
     "Sessions 4, 5", "Casework 1"],
    ["win the support of the head teacher and senior colleagues", "Session 8", "Casework 2 paper; Final Panel"],
    ["manage their time, set priorities and delegate", "Session 8", "Casework 3 reflective log"],
    ["anticipate and solve problems and make sound decisions on provision", "Session 6",
     "Discussed in SENCO Circles"],
    ["explain clearly in speech and writing and listen to others", "All", "Final Panel; all Casework"],
    ["use research and outside advice to improve practice", "Sessions 2, 9", "Not evidenced"],
    ["keep up to date and take charge of their own professional development", "Session 9",
     "Casework 3 reflective log"],
]
oband("Knowledge")
orow += [
    ["the law and guidance on SEN and the Code of Practice, and how to apply them", "Session 1", "Casework 1"],
    ["Every Child Matters and the SENCO's part in it", "Session 1", "Final Panel"],
    ["disability equality law and what it requires", "Session 2", "Not evidenced"],
    ["how children develop and what affects development", "Session 3", "Casework 1"],
    ["the common types of SEN and disability", "Not in this plan", "-"],
    ["approaches, strategies and resources, including ICT, judged critically", "Session 7", "Casework 2"],
    ["school self-evaluation and improvement for pupils with SEN", "Session 7", "Not evidenced"],
    ["best practice and research on meeting SEN", "Sessions 2, 7", "Casework 2"],
    ["the role of other agencies and how to get specialist help", "Session 9", "Casework 3"],
]
oband("Skills")
orow += [
    ["work with senior leaders and governors on an inclusive ethos, policy and resources", "Session 10",
     "Casework 2 paper"],
    ["identify pupils with SEN, set targets, plan interventions and review progress", "Session 6", "Casework 1"],
    ["use other professionals' assessments in teaching", "Session 6", "Casework 1"],
    ["track progress with summative assessments and national tests", "Session 6", "Casework 1"],
    ["help colleagues develop formative assessment", "Session 8", "Practice only"],
    ["arrange access arrangements for tests and examinations in good time", "Session 6", "Casework 1"],
    ["map and manage provision and find what is missing or not working", "Session 7", "Casework 2"],
    ["deploy and manage support staff", "Session 8", "Casework 2"],
    ["support colleagues' development by coaching, observation and training", "Session 8",
     "Casework 3 (mentor's observation)"],
    ["involve pupils in planning and reviewing their provision", "Session 4", "Casework 1"],
    ["work with parents and carers", "Session 5", "Casework 3"],
    ["work with other services and voluntary organisations", "Session 9", "Casework 3"],
]
ot = table(d, orow, widths=[9.6, 3.0, 4.0], size=8.5)
for i, t_ in obands:
    merge_row(ot, i, t_, fill="FCE4D6", size=9)
para(d)
para(d, "The common types of SEN and disability are not in this plan: they are covered by the SEN Support "
        "Service's Understanding Needs course, which participants are asked to have attended. Reviewing the "
        "effectiveness of provision with colleagues for the school's self-evaluation is left to the school's own "
        "leadership team and is not part of the course.")

# ---------- Part 9
h("Part 9. Services requested but not agreed")
prompt(d, "[Guidance: Record each service requested that the agency does not propose to provide, and the reason.]")
table(d, [
    ["Requested by", "Service requested", "Decision", "Reason"],
    ["Head Teachers' Forum", "An assessment-only route for experienced SENCOs", "Not agreed",
     "The University will not confer the award without the Caseworks."],
    ["Head Teachers' Forum", "Credit for SENCOs who hold earlier SEN qualifications", "Not agreed",
     "The University's regulations do not allow credit to be brought into this certificate."],
    ["Focus groups", "Online modules", "Not agreed", "No platform is available in 2008-09."],
    ["Focus groups", "A 'next steps' session after the Award on further targets and study", "Not agreed",
     "Not funded in 2008-09."],
    ["Foster Carers' Support Group", "Carers on the course evaluation group", "Deferred",
     "To be considered at the July 2009 review."],
    ["Educational Psychology Service", "A measure of the attainment of pupils in participants' schools",
     "Not agreed", "Schools did not want the extra data collection."],
    ["Trentmere University", "Moderation of Casework by the University", "Under discussion",
     "The University's moderation of partner courses is being reviewed."],
], widths=[3.2, 5.4, 2.4, 5.6], size=8.5)
cm = d.tables[-1].cell(7, 2).paragraphs[0]
comment(d, cm, "Alison says this will be agreed by December - can we just say it is agreed?", "Helen Tarrant", "HT")
para(d)

# ---------- Part 10
h("Part 10. Review of the plan")
prompt(d, "[Guidance: Say when and how the plan will be reviewed and who will take part.]")
para(d, "The Service reviews this plan each July using the evaluation sheet completed after every Session and "
        "the participants' end-of-course questionnaire. The tutors meet after each Session to read the sheets "
        "and change the next Session where needed; the July review records every change in the revised plan.")
para(d, "Participants complete the Confidence Scale (ten items on the SENCO role, each on a five-point scale) at "
        "the Starting Conversation and again at the Final Panel; the Course Leader reports the change for each "
        "item in the July review, with the Final Panel's pass rate.")

# ---------- Part 11
h("Part 11. Who will provide the support")
table(d, [
    ["Name", "Role on the course", "Background"],
    ["Helen Tarrant", "Course Leader; tutor", "SENCO for eight years; SEN adviser; MA in Inclusive Education"],
    ["Dr Alison Crane", "University tutor; Final Panel examiner", "Former special school deputy head; doctorate "
                                                                    "on the education of looked after children"],
    ["Mark Ellery", "Tutor", "Virtual School teacher; former SENCO in a secondary school; NPQH"],
    ["Dr Priya Nandra", "Session 3 lead", "Adoption Support Team psychologist"],
    ["Guest speakers", "Sessions 4, 6, 9", "Children in Care Council; CAMHS; speech and language therapy; "
                                            "Morwick Parent Partnership"],
], widths=[3.4, 5.0, 8.2], size=8.5)
para(d)
para(d, "Tutors and Final Panel members attend a half-day briefing each September on the Outcome Record, the "
        "marking criteria and the Panel's procedure. Mentors attend a twilight briefing in October and receive "
        "the Mentor Guide, which sets out the half-termly meetings and the observation in Casework 3. Each "
        "participant spends one day in a special school or the pupil referral unit (Hollins Park School, The "
        "Beeches PRU), arranged by the Course Leader with a host SENCO who plans the day with them.")
para(d, "Resources. Participants use the resources of their own schools and the Service's training room at "
        "Kellaway House.")

# ---------- Part 12
h("Part 12. Safeguarding")
p12 = para(d, "Before the first Session the Service's Recruitment Officer checks each participant's enhanced CRB "
              "disclosure (number, date and level) with the employing school and records it on the course "
              "register. A participant whose disclosure is not confirmed cannot start the course.")
comment(d, p12, "Confirmed with HR that the Recruitment Officer has capacity for this.", "Mark Ellery", "ME")
para(d)

table(d, [
    ["Signed", "Name", "Role", "Date"],
    ["H. Tarrant", "Helen Tarrant", "Head of the Virtual School", "10 July 2008"],
    ["A. Crane", "Dr Alison Crane", "Trentmere University", "10 July 2008"],
    [None, "[Name]", "Adoptive parent(s)", None],
], widths=[3.0, 4.0, 5.6, 4.0])

out = HERE / (NAME + ".docx")
d.save(out)
add_footnotes(out, {1: "The Final Panel follows the pattern of the Service's fostering panel under the Fostering "
                       "Services Regulations 2002: a quorate panel, written papers beforehand, a recorded "
                       "recommendation."})
print(out.name, word_count(out), "words")
