"""hr-02-ashworth-peer-observation-records

Provider: Ashworth Professional Studies, the professional development arm of
the Ashworth Deaf Education Trust (a national deaf education charity), with
the University of Kelsford School of Education, which validates the
"Postgraduate Certificate in SEN Coordination (National Award)" (module
EDM7401, 60 credits, Level 7). Cohort 1 began in September 2008.

Document kind and layout: the University's Peer Review of Teaching records
(Form PRT1) for four Study Days of the course's first term, sent to the TDA
as the application under a covering memorandum from the Head of School, with
a closing Part 2 "The course in outline" written by the programme leader for
the panel. No heading styles: titles are bold typed Normal paragraphs, hand
numbered ("Record 1 of 4", "2.7"). Each record is a field table (with a merged
"Observer / Observee" row), lettered sections A-E typed as bold run-in labels,
the observee's response in a shaded table cell, and a tick-box checklist table
(ticks are not evidence). Part 2 has hand-numbered paragraphs, a study-day
table with a vertically merged column, and an outcome table ("Where taught" /
"How assessed") with shaded merged group rows. Footnotes (one carrying a
placement detail), tracked changes (a deleted VLE discussion board sentence; an
inserted CRB detail), Word comments, a header and a footer.

Traps (requirement ids):
- 3.3 not_applicable: "the course has no online element"; the only e-learning
  described is in another module the observer saw ("In the MA Deaf Education
  module I observed last term...": wrong context) and a deleted sentence
  about a discussion board.
- 6.S2d not_met: only an observer's suggestion ("I would like to see a
  session on access arrangements") and the observee's "We will consider
  adding this for 2009-10"; no row in the outcome table.
- 6.K3 not_met: the observer notes disability equality law was "dropped for
  time" and the outcome table says "to be added".
- 6.K6 partially_met: approaches and strategies taught and assessed, but
  "ICT was not mentioned"; the checklist's ticked "Use of ICT" is only a tick.
- 2.3 not_met (negation): "There is no route to the award without attending
  the Study Days."
- 2.5 not_met (someone else's responsibility): further targets are "a matter
  for each school's performance management review and not part of the
  course".
- 2.2 / 2.4 partially_met: a Starting Audit is completed, but "all
  participants follow the same programme" (no individual plan or tailoring).
- 3.2 partially_met: a Tuesday or a Saturday group, one start date, fixed
  order.
- 1.3 partially_met: observer: research cited "mostly from the 1990s" and
  nothing from inspection; response only "We agree and will look at this".
- 4.3 partially_met: guest speakers (parents, LA officers) deliver, but
  evaluation is by participants' questionnaire only; a comment suggesting
  heads join the evaluation is not part of the submission.
- 5.6 partially_met: rooms and library, but no specialist or assistive
  technology ("we hope to build up a small collection").
- 5.9 partially_met: participants' confidence surveyed, but "we do not at
  present collect information on the achievement of participants' pupils".
- 1.9 partially_met: outcome table shows outcomes not assessed and missing.
- 6.S5 looks unassessed (the coaching log "will not be assessed") but the
  Staff Presentation assesses a training session -> met (notes_on_met).
- 6.A2 developed not assessed; 6.A7 discussed, "not assessed";
  6.S3 formative only ("tutor feedback, not marked"); 6.S1 assessed but
  "no session" teaches it -> partially_met.
- 5.5 met: the placement is in the body (two days in a contrasting setting);
  the footnote only adds detail.
- Observer's praise and "Points for development" are not arrangements; the
  observee's "We will..." responses are plans.
- Header/footer: form number and confidentiality line are not evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hr_helpers import *  # noqa

HERE = Path(__file__).resolve().parent
NAME = "hr-02-ashworth-peer-observation-records"
HOS = "Prof. A. Lindqvist"
PL = "Dr Fiona Gault"

doc = new_document(font="Calibri", size=11)
header_footer(doc, "University of Kelsford \u2013 School of Education \u2013 Peer Review of Teaching \u2013 CONFIDENTIAL",
              "Form PRT1 (rev. 2007). Records are kept by the School Quality Officer for five years.")
fn = Footnotes(doc)

# ---- covering memorandum, letterhead typed with line breaks
p = doc.add_paragraph()
r = p.add_run("UNIVERSITY OF KELSFORD")
r.bold = True
r.add_break()
p.add_run("School of Education").add_break()
p.add_run("Hartley Building, Kelsford KL2 7QT")
para(doc, "MEMORANDUM", bold=True, size=13)
table(doc, [
    ["To:", "The Approval Panel, National Award for SEN Coordination, Training and Development Agency for Schools"],
    ["From:", "Professor Anna Lindqvist, Head of School, with Dr Fiona Gault, Programme Leader (Ashworth Professional Studies)"],
    ["Date:", "27 January 2009"],
    ["Subject:", "Application for approval: PG Certificate in SEN Coordination (National Award)"],
], widths=[2.5, 14], header=False)
para(doc, "")
para(doc, "The Ashworth Deaf Education Trust and the University have run the Postgraduate Certificate in SEN "
          "Coordination (National Award) together since September 2008, when our first cohort of 26 SENCOs "
          "began. Rather than write a fresh account of the course, we are sending the four Peer Review of "
          "Teaching records completed on the Study Days of the first term, with the programme leader's "
          "responses, because they show the course as it is taught rather than as we might describe it. Part 2, "
          "at the end, sets out for the panel what the records do not: entry, assessment, quality assurance and "
          "where each outcome is taught and assessed.")
p = para(doc, "The University's Peer Review of Teaching scheme requires every module to be observed at least "
              "twice a year by a colleague from another programme.")
fn.add(p, "Scheme of Peer Review of Teaching, University of Kelsford Academic Quality Handbook, section 9. "
          "Observers are trained by the Centre for Learning and Teaching.")
para(doc, "A. Lindqvist")

# ---- observation records
CHECK = ["Session linked to the national outcomes", "Research-informed content", "Accessible to all participants",
         "Use of ICT", "Active participation", "Clear links to school practice"]


def record(n, fields, aims, saw, well, develop, response, ticks):
    doc.add_page_break()
    para(doc, f"PEER REVIEW OF TEACHING \u2013 RECORD OF OBSERVATION (Record {n} of 4)", bold=True, size=12)
    t = table(doc, [
        ["Module", "EDM7401 PG Certificate in SEN Coordination (National Award)"],
        ["Session", fields[0]],
        ["Date / venue", fields[1]],
        ["Observer / Observee", fields[2]],
        ["Participants present", fields[3]],
    ], widths=[4, 12.5], header=False)
    for i in range(5):
        shade_cell(t.cell(i, 0), "DEEAF6")
    runs(doc, [("A. Observee's aims for the session. ", "b"), aims])
    para(doc, "B. What I saw.", bold=True)
    ps = []
    for s in saw:
        ps.append(para(doc, s))
    runs(doc, [("C. What worked well. ", "b"), well])
    runs(doc, [("D. Points for development. ", "b"), develop])
    rt = table(doc, [["E. Observee's response and agreed action"], [response]], widths=[16.5])
    shade_cell(rt.cell(1, 0), "F2F2F2")
    para(doc, "")
    ct = table(doc, [["Checklist (observer to tick)", "\u2713"]] + [[c, "\u2713" if c in ticks else ""] for c in CHECK],
               widths=[13, 3.5])
    return ps


# Record 1
ps = record(1,
            ["Study Day 2: The Code and the law", "Tuesday 14 October 2008, Hartley Building Room 2.14",
             "Dr Peter Voss (MA Applied Linguistics) / Dr Fiona Gault", "24 of 26 (two BSL interpreters present)"],
            "Fiona said the session should give participants a working knowledge of the SEN Code of Practice and "
            "the law behind it, and of Every Child Matters, so that they can check their own school's practice "
            "against it.",
            ["9.30 Fiona opened with a quiz on the graduated response, then took the group through the SEN Code of "
             "Practice: School Action and School Action Plus, statutory assessment, statements and annual reviews, "
             "and the duties of governing bodies, heads, SENCOs and class teachers. Each point was linked to a "
             "task: participants marked up their own school's SEN policy against the Code and listed the changes "
             "needed.",
             "11.15 A session on current government policy and initiatives: the 2004 SEN strategy Removing Barriers "
             "to Achievement, the Lamb Inquiry and the Inclusion Development Programme. Participants worked out "
             "what each meant for their school.",
             "1.30 Every Child Matters: the five outcomes and the SENCO's part in them. Groups took one outcome each "
             "and planned what their school could do for pupils with SEN, using case examples from a special "
             "school and a mainstream secondary.",
             "The session plan also showed a session on disability equality law (the DDA and the Disability "
             "Equality Duty). This was dropped for time and not covered."],
            "Very clear structure; participants were busy throughout. The link to participants' own school "
            "policies made the Code concrete. The interpreters had been briefed and the pace allowed for them.",
            "Disability equality law matters at least as much as the Code for the Deaf pupils many participants "
            "teach. The research and inspection evidence quoted was mostly from the 1990s; I saw nothing from "
            "recent Ofsted reports.",
            "Agreed. Disability equality will be added to a later Study Day when we revise the programme. On the "
            "research, we agree and will look at this.",
            ["Session linked to the national outcomes", "Research-informed content", "Accessible to all participants",
             "Use of ICT", "Active participation", "Clear links to school practice"])
comment(doc, ps[3], "Panel will pick this up \u2013 can we say where DDA now sits?", HOS, "AL")

# Record 2
ps = record(2,
            ["Study Day 4: Knowing the child", "Saturday 8 November 2008, Ashworth House, Leeds",
             "Dr Meera Chandran (PGCE Primary) / Tom Haigh, Ashworth tutor", "Saturday group, 12 of 13"],
            "Tom wanted participants to understand child development, the common types of SEN and how they "
            "affect learning, and to use other professionals' assessments in planning.",
            ["Tom opened with a lecture on how children develop and how development is affected by SEN, "
             "disability, deafness, poverty and the classroom environment. He then ran a carousel of five stations "
             "on behavioural, emotional and social difficulties, dyslexia and other specific learning "
             "difficulties, speech, language and communication needs, autism, and moderate learning "
             "difficulties, each with its effect on learning and a set of teaching approaches and assessment "
             "strategies that participants were asked to compare and criticise. ICT was not mentioned.",
             "After lunch participants worked with anonymised reports from an educational psychologist, a speech "
             "and language therapist and a Teacher of the Deaf on one pupil and turned them into a teaching plan.",
             "The last hour was on hearing pupils' views. Participants practised a structured pupil interview "
             "using Talking Mats and discussed how to consult pupils on decisions that affect them; each "
             "participant will record pupils' views for every case in the Casebook.",
             "In the MA Deaf Education module I observed last term, students use an online discussion board between "
             "sessions to share plans with one another; something similar might suit this group."],
            "Tom's own practice as a Teacher of the Deaf gave the carousel real authority. The pupil interview "
            "practice was excellent.",
            "The room has no induction loop and one participant struggled. One video clip was not subtitled.",
            "We have booked the loop-equipped room for all remaining Saturday sessions and replaced the clip. We "
            "will think about an online discussion board but have no plans at present.",
            ["Session linked to the national outcomes", "Accessible to all participants", "Use of ICT",
             "Active participation", "Clear links to school practice"])

# Record 3
ps = record(3,
            ["Study Day 5: Provision and data", "Tuesday 25 November 2008, Hartley Building Room 2.14",
             "Dr Peter Voss / Dr Fiona Gault", "25 of 26"],
            "Fiona aimed to cover identification, target setting and review, tracking progress with data, "
            "formative assessment and provision mapping.",
            ["The morning covered identifying pupils who may have SEN through observation, data and monitoring, "
             "setting challenging targets, planning interventions and reviewing progress. Participants then used "
             "their school's end of Key Stage results, optional tests and P scale data to track a group of pupils "
             "and decide which programmes to change; this analysis is the first chapter of their Enquiry.",
             "A workshop on assessment for learning for pupils with SEN followed: participants planned how they "
             "would help class teachers develop formative assessment, which they will deliver and be assessed on "
             "in their Staff Presentation.",
             "In the afternoon participants drafted a provision map for their own school and identified "
             "provision that was not working or missing. Fiona explained that the maps are returned with tutor "
             "feedback but not marked."],
            "Participants were clearly used to using data by the end of the morning. The provision mapping was "
            "practical and grounded in their own schools.",
            "I would like to see a session on access arrangements for national tests and examinations, which "
            "several participants asked about at lunch.",
            "We will consider adding this for 2009-10.",
            ["Session linked to the national outcomes", "Research-informed content", "Accessible to all participants",
             "Active participation", "Clear links to school practice"])

# Record 4
ps = record(4,
            ["Study Day 7: Working with others", "Saturday 13 December 2008, Ashworth House, Leeds",
             "Dr Meera Chandran / Tom Haigh, with guest speakers", "Saturday group, 13 of 13"],
            "Tom's aims were working with parents and carers, with outside agencies and voluntary organisations, "
            "and with colleagues in school.",
            ["Two parents of children with SEN (one Deaf, with an interpreter) described their dealings with "
             "schools. Participants then role-played a review meeting with a parent and planned how to build a "
             "respectful, constructive relationship with families, and how they would advise and support parents "
             "through statutory assessment.",
             "An officer from the local authority's SEN team and a manager from a voluntary organisation for deaf "
             "children explained what their services do and how schools get specialist support and resources. "
             "Participants mapped the agencies that work with their school and planned a joint piece of work with "
             "one of them.",
             "The afternoon was on working with colleagues: gaining the commitment of the head and senior "
             "leaders, advising class teachers, and supporting colleagues' development through coaching, "
             "modelling and running training. Participants practised coaching conversations in threes."],
            "The parents' contributions were powerful and the role-play was handled with care.",
            "The coaching practice was rushed. Participants would benefit from a chance to show these skills "
            "in their own schools.",
            "We agree. We plan to ask participants to keep a coaching log next year, but it will not be assessed "
            "in 2008-09.",
            ["Session linked to the national outcomes", "Accessible to all participants", "Active participation",
             "Clear links to school practice"])

# ---- Part 2
doc.add_page_break()
para(doc, "PART 2 \u2013 THE COURSE IN OUTLINE (for the TDA panel)", bold=True, size=13)
para(doc, "Written by Dr Fiona Gault, Programme Leader, January 2009.", italic=True)


def np_(num, text):
    return runs(doc, [(num + "  ", "b"), text])


np_("2.1", "Accreditation. The course is the University of Kelsford's Postgraduate Certificate in SEN Coordination "
    "(National Award), module EDM7401, validated in May 2008 as a 60-credit module at Level 7 (masters level). "
    "Ashworth Professional Studies delivers it with the University's School of Education; the University makes "
    "the award.")
np_("2.2", "Aims. The course aims to raise the achievement and improve the well-being of pupils with SEN and "
    "disabilities in all five Every Child Matters outcomes by developing their SENCOs. Every assessed piece of "
    "work is about real pupils in the participant's school: the Casebook reports what happened for each case "
    "pupil, including their progress, safety and well-being, and the Enquiry reports the difference a change in "
    "practice made to a group of pupils.")
np_("2.3", "Structure. Eight Study Days, each followed by a Gap Task in the participant's school that puts the "
    "day's work into practice (for example, marking up the school's SEN policy, running a staff session, "
    "interviewing pupils). Participants choose the Tuesday group (Kelsford) or the Saturday group (Leeds); both "
    "start in September and take the days in the same order. The course has no online element: all teaching is "
    "face to face and materials are given out on the day or posted.")
tracked_para(doc, [("d", "Participants will also use a discussion board on the University's VLE to support one "
                         "another between Study Days.")], author=PL)

st = table(doc, [
    ["Term", "Study Day", "Focus", "Gap Task"],
    ["Autumn", "SD1", "The SENCO role; Starting Audit", "Interview your head about the role"],
    ["", "SD2", "The Code and the law; Every Child Matters", "Mark up your SEN policy"],
    ["", "SD3", "Research and enquiry; communicating clearly", "Plan your Enquiry"],
    ["", "SD4", "Knowing the child", "Pupil interviews for the Casebook"],
    ["", "SD5", "Provision and data", "Draft provision map"],
    ["Spring", "SD6", "Leading and managing: time, staff, self-evaluation", "Review one area of provision with colleagues"],
    ["", "SD7", "Working with others", "Plan a joint piece of work with an agency"],
    ["", "SD8", "Looking back and forward", "Staff Presentation"],
], widths=[2, 2, 7, 5.5])
ma = st.cell(1, 0).merge(st.cell(5, 0))
set_cell(ma, "Autumn")
mb = st.cell(6, 0).merge(st.cell(8, 0))
set_cell(mb, "Spring")
para(doc, "")
np_("2.4", "Study Day 6 covers prioritising work, managing time and delegating tasks; deploying and managing "
    "teaching assistants and other staff; anticipating problems and making decisions on provision; and the "
    "principles of school self-evaluation, with participants reviewing one area of SEN provision with "
    "colleagues. SD3 covers research evidence on meeting SEN and using it to improve practice, and speaking and "
    "writing clearly to different audiences. SD8 includes a discussion of each participant's personal "
    "development plan.")
np_("2.5", "Entry and selection. Applicants must be qualified teachers working as, or about to become, a SENCO, "
    "with a statement of support from their headteacher that confirms release for the Study Days. Applicants "
    "describe their SEN experience on the University's application form and are interviewed by the programme "
    "leader. Those judged not yet ready are told in writing what experience or study they need first, and the "
    "programme leader discusses this with their headteacher.")
tracked_para(doc, [
    ("n", "2.6  Checks. The University's admissions team checks that every applicant holds a current enhanced "
          "CRB disclosure before a place is confirmed"),
    ("i", ", records its number and date,"),
    ("n", " and takes up a reference from the headteacher confirming that the applicant has not been barred "
          "from working with children and that there are no concerns about their suitability."),
], author="Admissions Office")
np_("2.7", "Prior learning. Applicants may claim up to 20 credits for earlier study or experience through the "
    "University's Recognition of Prior Learning procedure; claims are mapped against the course outcomes and "
    "decided by the RPL panel. There is no route to the award without attending the Study Days.")
np_("2.8", "Starting Audit. Before SD1 every participant completes the Starting Audit, rating themselves against "
    "each outcome, and discusses it with their tutor at SD1. The audit gives tutors a picture of the group; all "
    "participants follow the same programme of Study Days and Gap Tasks.")
np_("2.9", "Equality and access. Applicants are invited on the form and at interview to tell us in confidence "
    "about any disability or need, and the programme leader agrees adjustments with each participant and the "
    "University's Disability Service: BSL/English interpreters or speech-to-text at every session, loop-equipped "
    "rooms, materials in large print or electronic format, and extra time for written work. Both venues are "
    "fully accessible. The course is monitored under the University's Single Equality Scheme.")
p = np_("2.10", "Stakeholders. The course was designed in 2007-08 after a survey of SENCOs and headteachers in "
        "Kelsford and Leeds and meetings with the two local authorities' SEN teams. Headteachers asked for a "
        "weekend option, which is why there is a Saturday group; SENCOs asked for more on working with parents, "
        "which became SD7. Parents, local authority officers and voluntary organisations speak on SD7, and the "
        "local authorities' SEN advisers act as school mentors. The course is evaluated through participants' "
        "end-of-module questionnaires.")
comment(doc, p, "Could we say heads will be asked to evaluate too?", HOS, "AL")
np_("2.11", "Staff. Dr Fiona Gault (Programme Leader) was a SENCO for nine years and is a Senior Lecturer in SEN; "
    "Tom Haigh is a Teacher of the Deaf and Ashworth's lead trainer; both are members of the National Association "
    "for Special Educational Needs and attend its annual research conference. Guest speakers include educational "
    "psychologists and audiologists from Ashworth's national advisory team.")
p = np_("2.12", "Specialist expertise and placements. Participants can consult Ashworth's advisory team of Teachers "
        "of the Deaf, audiologists and educational psychologists, and each participant spends two days on "
        "placement in a contrasting setting: a special school, a resource base for deaf pupils or a pupil "
        "referral unit.")
fn.add(p, "Placements are arranged by Ashworth's outreach coordinator, who visits each host setting beforehand.")
np_("2.13", "Resources. Teaching rooms have data projectors, and participants use the University library and "
    "its electronic journals. The course does not yet provide specialist assessment software or assistive "
    "technology for participants to try; we hope to build up a small collection.")
np_("2.14", "Roles. Tutors work from the Programme Tutors' Handbook, which sets out each tutor's teaching, marking "
    "and tutorial duties. School mentors attend a two-hour mentor training evening before SD1 and receive the "
    "Mentor Guide setting out what they do at each stage; the programme leader checks with each mentor by "
    "telephone each term.")
np_("2.15", "Assessment and moderation. All assessed work is double marked by two tutors against the University's "
    "Level 7 criteria and the course outcomes; tutors meet to agree marks at a moderation meeting after each "
    "submission; the external examiner sees a sample of every component and all fails, and reports to the Board "
    "of Examiners.")
np_("2.16", "Evaluation. Participants complete the University's end-of-module questionnaire and a confidence "
    "survey against the outcomes at SD1 and SD8. Peer review of teaching (as in the records above), the external "
    "examiner's report and the annual monitoring report to the School's Learning and Teaching Committee complete "
    "the picture; the annual report includes an action plan, and the programme team reports progress on it to "
    "the next year's participants. We do not at present collect information on the achievement of participants' "
    "pupils.")
np_("2.17", "Completing the course. The Board of Examiners awards the Certificate only when the participant's "
    "Outcome Record shows that every outcome has been met in the assessed work. Setting targets after the course "
    "is a matter for each school's performance management review and not part of the course.")

para(doc, "ASSESSMENT", bold=True)
table(doc, [
    ["Component", "Description", "Weight"],
    ["Casebook", "Three case reviews of pupils with different needs: identification, other professionals' "
                 "assessments, the pupil's views, targets, interventions, work with parents and agencies, review.", "40%"],
    ["Enquiry", "A 6,000-word practitioner enquiry into a change in the school's SEN practice, using data, "
                "research and colleagues' views, with a section on reporting to governors.", "40%"],
    ["Staff Presentation", "A training session the participant runs for colleagues in their school, observed by a "
                           "tutor, with written reflection.", "20%"],
], widths=[3.5, 11, 2])
para(doc, "")
para(doc, "OUTCOMES: WHERE TAUGHT AND HOW ASSESSED", bold=True)
groups = [
    ("Professional attributes", [
        ("Fair, respectful relationships with pupils with SEN and their parents", "SD7", "Casebook"),
        ("Gaining the commitment of colleagues, the head and senior leaders", "SD7", "\u2013"),
        ("Prioritising, managing time and delegating", "SD6", "Enquiry"),
        ("Anticipating and resolving problems; sound decisions on provision", "SD6", "Casebook"),
        ("Clear speech and writing; listening to others", "SD3", "Staff Presentation"),
        ("Using research and outside advice to improve practice", "SD3", "Enquiry"),
        ("Keeping up to date and owning one's CPD", "SD8", "Personal development plan discussed, not assessed"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law, the Code of Practice and putting them into practice", "SD2", "Casebook"),
        ("Every Child Matters and the SENCO's part", "SD2", "Casebook"),
        ("Disability equality law", "to be added", "to be added"),
        ("How children develop and what affects development", "SD4", "Casebook"),
        ("Common types of SEN and their effect on learning", "SD4", "Casebook"),
        ("Approaches, strategies and resources for assessment and teaching (ICT not yet included)", "SD4", "Casebook"),
        ("School self-evaluation and improvement", "SD6", "Enquiry"),
        ("Best practice and research on meeting SEN", "SD3", "Enquiry"),
        ("External agencies and getting specialist support", "SD7", "Casebook"),
    ]),
    ("Skills", [
        ("Influencing inclusive ethos, policy and resources with senior colleagues and governors", "no session", "Enquiry (reporting to governors)"),
        ("Identifying needs, setting targets, planning interventions, reviewing progress", "SD5", "Casebook"),
        ("Using other professionals' assessments in teaching", "SD4", "Casebook"),
        ("Using summative data and national tests to track progress", "SD5", "Enquiry"),
        ("Helping teachers develop formative assessment", "SD5", "Staff Presentation"),
        ("Provision mapping; finding ineffective or missing provision", "SD5", "draft map: tutor feedback, not marked"),
        ("Deploying and managing staff", "SD6", "Enquiry"),
        ("Supporting colleagues' development (coaching, modelling, training)", "SD7", "Staff Presentation"),
        ("Reviewing provision with staff for self-evaluation", "SD6", "Enquiry"),
        ("Involving pupils in planning and reviewing provision", "SD4", "Casebook"),
        ("Liaising with parents and carers", "SD7", "Casebook"),
        ("Working with other services and voluntary organisations", "SD7", "Casebook"),
    ]),
]
rows = [["Outcome", "Where taught", "How assessed"]]
gi = []
for g, items in groups:
    gi.append(len(rows))
    rows.append([g, "", ""])
    rows += [list(x) for x in items]
ot = table(doc, rows, widths=[9.5, 2.5, 4.5])
for i, (g, _) in zip(gi, groups):
    merge_row(ot, i, g, fill="D9E2F3")
para(doc, "")
para(doc, "Fiona Gault, Programme Leader, for Ashworth Professional Studies and the University of Kelsford",
     italic=True)

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
