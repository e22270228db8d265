"""kk-01-larkfield-advance-care-plan

Provider (invented): Larkfield Children's Hospice, Family Support and Education Team, with the
University of Haltonbridge (School of Education). Application for approval to run the 2008-09
National Award for SEN Coordination, February 2009, as the "Larkfield Award for SEN Coordination".

Document kind and layout: the hospice's own "Child and Young Person's Advance Care Plan" template
(ACP-3), filled in for the course instead of for a child. No heading styles: the template's twelve
sections are bold capitalised Normal paragraphs with typed numbers ("4. PARALLEL PLANNING"). The
form's grey italic guidance prompts are left in under every section heading (never evidence). A
front-sheet table of fields (Name, NHS number, GP...) re-used for the course, with a blank
"Date plan agreed" and a "[dd/mm/yyyy]" placeholder. A VML text box on the front page explains why
the template was used. Key People table, a two-column Parallel Planning table (Plan A / Plan B), a
Circle Day table, a Care Goals outcome table with a merged, shaded group row for each group of
outcomes and the template's grey example row left in, a blank signature table, a distribution list.
Header and footer (with a PAGE field). Two Word comments. Two tracked changes (one insertion, one
deletion). Provider vocabulary: Circle Days (taught days), Lead Practitioners (tutors), Key Workers
(school-based mentors), Care Records (the three marked assignments), the Journal (formative, never
marked), the Review Meeting (final professional discussion), the Larkfield Learning Space (Moodle),
My Learning Plan, the Onward Plan.

Traps (requirement ids):
- Aims are all about well-being and the ECM outcomes, and say plainly the course "does not set out
  to raise test results" (1.1 partially_met; 6.S2b not_met, negated: "ours does not").
- Prior learning is taken into account in My Learning Plan but "we do not accredit prior learning"
  (2.1 partially_met, negation). A comment says the University could allow APEL (comment, not
  evidence).
- Assessment by itself appears only under "8. WISHES" ("We would love to offer, one day...") and
  in a comment (2.3 not_met: a wish).
- The Saturday repeat of every Circle Day is a tracked insertion (3.2 met: inserted text counts).
- The Learning Space forum is for participants; Lead Practitioners "do not answer questions on the
  forum"; a weekly tutor presence is only wished for (3.3 partially_met: peer support and support
  between days by Key Workers, no direct tutor support online).
- Stakeholder involvement in evaluation: participants' own evaluations only; parents on the review
  group is a wish "if numbers allow" (4.3 partially_met). 4.1 and 4.2 are met (survey, pilot
  changes).
- CRB: all staff hold enhanced disclosures; participants' checks are "a matter for their employing
  school; we do not ask to see them"; the sentence saying the hospice sees each disclosure at
  enrolment is a tracked deletion (5.3 not_met: someone else's responsibility, deleted text).
- "Placement students" in Key People are the University's student nurses and social work students
  on placement with the hospice, not participants' placements (5.5 partially_met: specialist
  expertise yes, placements for participants no).
- The Key Worker Guide "is being written and will be ready for the second cohort" (5.7
  partially_met: a plan; Lead Practitioners' roles are fine). A comment says draft 2 is attached.
- Impact: confidence self-ratings against Care Goals at start and end; pupils' progress only
  hoped for under WISHES (5.9 partially_met).
- Award rule: the examination board awards to those who "pass all three Care Records and the Review
  Meeting" while some Care Goals are "Explored only" or "Journal" (6.0 partially_met; 1.9
  partially_met).
- Care Goals with "Explored only" (talked through, not marked) or "Journal" (never marked) in the
  How we will know column, the meanings defined in sentences above the table: 6.A3, 6.K7, 6.S2d
  (Explored only), 6.A7, 6.S4 (Journal) all partially_met.
- Formative assessment with other teachers is nowhere in the document (6.S2c not_met).
- The template's grey example row ("e.g. To be comfortable and pain-free") and the grey prompts are
  not evidence.
- Header "CONFIDENTIAL WHEN COMPLETED" and footer are not evidence.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kk_helpers import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kk-01-larkfield-advance-care-plan.docx")
d = new_doc("Arial", 10)
header_footer(d, "Larkfield Children's Hospice  |  CONFIDENTIAL WHEN COMPLETED  |  Advance Care Plan ACP-3",
              "ACP-3 template (Larkfield Clinical Governance Group, 2007). Completed for the Larkfield Award for SEN Coordination.")

def H(t):
    return P(d, (t, "b"), space_after=4)

def G(t):
    return P(d, (t, "gi"))

P(d, ("LARKFIELD CHILDREN'S HOSPICE", "bL"), align="c")
P(d, ("CHILD AND YOUNG PERSON'S ADVANCE CARE PLAN", "bX"), align="c")
P(d, ("Completed for: the Larkfield Award for SEN Coordination (National Award for SEN Coordination), "
      "submitted to the TDA for approval, February 2009", "i"), align="c")

text_box(d, [("Why an Advance Care Plan?", True),
             ("Every child who comes to Larkfield has a plan like this one, written with the family, which says what matters, "
              "who is involved, what we hope for and what we will do if things change. When our team sat down to write the course "
              "for new SENCOs, we found ourselves using the same headings, so we have used the template itself. The grey guidance "
              "from the template has been left in so that readers who know our plans can see where each part comes from.", False),
             ("Ruth Amberley, Head of Family Support and Education", False)], height_pt=120)

P(d, ("FRONT SHEET", "b"))
G("Complete all fields. If a field does not apply, write N/A. Attach a photograph of the child if the family agree.")
t = table(d, [["Field", "Entry"],
              ["Name", "Larkfield Award for SEN Coordination (the National Award for SEN Coordination)"],
              ["NHS number", "Course code HUE-7SEN1, University of Haltonbridge"],
              ["Date of birth", "First cohort starts 17 September 2009"],
              ["Address", "Larkfield Children's Hospice, Mill Lane, Haltonbridge HB4 7QT"],
              ["GP / consultant", "Validating university: University of Haltonbridge, School of Education. The course is validated at Master's level (Level 7) and carries 60 credits."],
              ["Lead professional", "Ruth Amberley, Head of Family Support and Education"],
              ["Photograph", ("[photograph]", "g")],
              ["Date plan agreed", ""],
              ["Plan review date", ("[dd/mm/yyyy]", "g")]], widths=[4.5, 12])

H("1. ABOUT ME")
G("What is important to the child and family? Use the child's own words where possible. What makes a good day?")
P(d, "Larkfield cares for 140 children and young people with life-limiting and life-threatening conditions and their families, "
     "across Haltonbridge, Wendmoor and the Aske valley. Almost all of the children we know go to school for at least part of "
     "the week, in 96 different schools, and for most of them the person in school who holds everything together is the SENCO. "
     "Our Family Support and Education Team has worked alongside those SENCOs since 2003: planning returns to school after long "
     "stays in hospital, helping staff to talk with classmates about illness and death, and sitting with schools after a child has died.")
P(d, "What matters most to us is that every child with special educational needs or a disability is safe, healthy, enjoys "
     "school, has a voice in what happens and is prepared for the future that is open to them: the five Every Child Matters outcomes "
     "as our families would put them. The course aims to help new SENCOs to make that true for every child on their register, not "
     "only the children we know. Our aims for the course are:")
for a in ["that SENCOs come to know each child as a person, with a story, and plan from there;",
          "that SENCOs listen to children and their families and act on what they hear;",
          "that SENCOs lead colleagues so that a child's well-being is everyone's business;",
          "that SENCOs work with the other services around a child as one team."]:
    P(d, a, style="List Bullet")
P(d, "The course is about well-being first. It does not set out to raise test results, and we say so plainly: other courses "
     "teach target-setting from national data; ours does not. We believe that children who feel safe and heard learn, and that is "
     "where our experience lies.")

H("2. KEY PEOPLE")
G("List everyone involved in the child's care, with their role and contact details. Include people outside the hospice.")
table(d, [["Role", "Name", "What they do on the course"],
          ["Lead Practitioner and course leader", "Ruth Amberley",
           "Leads the course and the Review Meetings. SENCO for twelve years in two Haltonbridge primary schools, MA in Special and Inclusive Education (2004), National SENCO Forum member; leads our work with schools."],
          ["Lead Practitioner (University)", "Dr Simon Pryce",
           "Senior Lecturer in Inclusive Education, University of Haltonbridge; programme leader for the MA in Education; research on school attendance of children with chronic illness (2007-2009). Marks and moderates Care Records."],
          ["Lead Practitioner", "Helen Oduya",
           "Larkfield's Education Lead; formerly deputy head of Brookside Special School; Advanced Diploma in Teaching Children with Profound and Multiple Learning Difficulties; leads Circle Days 2, 5 and 6."],
          ["Clinical nurse specialist", "Mark Telfer", "Teaches on Circle Day 5 about medical needs in school and care plans."],
          ["Play specialist and music therapist", "Anita Browne and Joe Kell", "Teach the communication methods on Circle Day 3."],
          ["Educational psychologist", "Dr Fiona Marr, Wendmoor County Council", "Teaches assessment and the work of the psychology service on Circle Day 5."],
          ["Key Workers", "Experienced SENCOs named at enrolment",
           "One for each participant, in or near their school: visit each half-term, read the Journal, support the Care Records in school."],
          ["Placement students", "From the University", "Student nurses and social work students spend six-week placements with our Family Support team."]],
      widths=[4, 3.5, 9.5])
P(d, "Everyone on this list holds an enhanced CRB disclosure, renewed every three years by the hospice's Human Resources team.")
p = P(d, "Checking participants' CRB disclosures is a matter for their employing school; we do not ask to see them. ")
del_run(p, "At enrolment we see each participant's enhanced CRB disclosure and record its number and date.", rid=201)
P(d, "The Lead Practitioners meet on the first Monday of each month to plan Circle Days, agree marking and read the "
     "evaluations. Each Lead Practitioner has a written role description agreed with the University.")
kw = P(d, "A Key Worker Guide is being written and will be ready for the second cohort; for the first cohort Key Workers will "
          "learn their role as they go, with Helen Oduya on the telephone.")
comment(d, kw, "Draft 2 of the Key Worker Guide is attached - can we say it exists now?", author="Dr Simon Pryce", initials="SP")

H("3. MY STORY SO FAR")
G("Summary of diagnosis, significant events and hospital admissions. What has worked and what has not?")
P(d, "In spring 2008 we asked the 96 schools our children attend what their SENCOs needed; 61 replied. New SENCOs told us "
     "they felt least ready to lead colleagues, to talk with parents when news is bad, to work with health and social care, and "
     "to know the law. The Haltonbridge and Wendmoor SEN teams told us that 34 SENCOs in the two authorities were new to the role "
     "in 2007-08 and that fewer than half had any training for it. Our Family Forum, the parents who advise the hospice, told us "
     "that what they most wanted from school was one person who knew their child and who listened. The course was built around those answers.")
P(d, "From January to July 2008 we ran a pilot, the Larkfield Circle, with eleven SENCOs and four Circle Days. The pilot "
     "changed the course in three ways. The Family Forum asked that parents teach part of the day on families, so parents from "
     "the Forum now lead the afternoon of Circle Day 4. The pilot's headteachers asked that the written work be done in school, "
     "so the third Care Record is now a change made in the participant's own school. Participants asked for more on the law, so "
     "the law now has the whole of Circle Day 1.")
P(d, "The course draws on recent research and inspection evidence, which Lead Practitioners review each summer when they "
     "revise the reading list. Participants read and discuss Ofsted's Inclusion: does it matter where pupils are taught? (2006), "
     "Special educational needs and disability: towards inclusive schools (Ofsted, 2004), Removing Barriers to Achievement "
     "(2004), the Bercow Review of services for children and young people with speech, language and communication needs (2008), "
     "the House of Commons Education and Skills Committee report on SEN (2006), and our own study with the University of the "
     "school attendance of children with life-limiting conditions (Pryce and Amberley, 2008).")

H("4. PARALLEL PLANNING")
G("Plan A: what the child and family hope for. Plan B: what will happen if the child's condition changes. Plan both at once.")
pt = d.add_table(rows=2, cols=2)
pt.style = "Table Grid"
cellp(pt.cell(0, 0), ("Plan A: how the course runs", "b")); shade(pt.cell(0, 0), "E2EFDA")
cellp(pt.cell(0, 1), ("Plan B: if things change for a participant", "b")); shade(pt.cell(0, 1), "FCE4D6")
a = pt.cell(1, 0)
cellp(a, "The course runs over three school terms, from September to July, with eight Circle Days at the hospice, three Care "
         "Records and a Review Meeting. A second cohort starts each January and finishes the following December.")
pa = P(a, "")
ins_run(pa, "Every Circle Day is run twice, on a Thursday and again on the Saturday after, and participants may come to either.",
        author="Helen Oduya", rid=301)
P(a, "Between Circle Days, participants work in their own schools on the Care Records, write in the Journal, and meet their "
     "Key Worker each half-term. The Larkfield Learning Space, our Moodle site, holds the readings, the slides from each Circle "
     "Day and a forum where participants help one another; Care Records are handed in there.")
P(a, "Participants may take the Care Records in a different order where their school's year makes that sensible, agreed with "
     "their Key Worker.")
b = pt.cell(1, 1)
cellp(b, "If a participant is ill, bereaved, or changes school or role, they may pause the course and rejoin the next cohort at "
         "the same point, keeping any Care Record already passed.")
P(b, "A participant who misses a Circle Day catches up through the slides and readings on the Learning Space and a telephone "
     "conversation with a Lead Practitioner, and may come to the repeat day.")
P(b, "Lead Practitioners do not answer questions on the forum; questions go to the participant's Key Worker, who passes them on.")

H("5. MY DAY")
G("Describe a typical day: routines, what the child enjoys, what support is needed at each part of the day.")
P(d, "A Circle Day runs from 9.15 to 3.30 in the Lantern Room at the hospice. It begins in a circle, with each participant "
     "saying what they bring from school that week, then a teaching session, a case from our own families (with their consent), "
     "work in small groups, and a closing circle. Participants use the Lantern Room's laptops and interactive whiteboard, our "
     "resource room of communication aids, switches, symbol software and sensory equipment, which they may borrow for their "
     "schools, and the University library and its online journals from the day they register. The eight Circle Days are:")
table(d, [["Circle Day", "What we work on"],
          ["1  Beginnings: the law and the SENCO",
           "The SEN Code of Practice (2001) and the SENCO's duties under it; the Special Educational Needs and Disability Act 2001 and the Disability Discrimination Act 2005, including the disability equality duty and the accessibility plan; Every Child Matters and the Children Act 2004, and the SENCO's part in the five outcomes."],
          ["2  How children grow",
           "Child development from birth to adolescence; how illness, disability, hospital stays and home circumstances affect development; the most common kinds of SEN: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties, and how each affects learning."],
          ["3  Hearing the child",
           "Ways of consulting children about what affects them, including children who do not use speech: Talking Mats, symbols, play, photographs, music; involving pupils in planning, agreeing and reviewing their own provision and in their reviews; building fair and respectful relationships with pupils."],
          ["4  Families",
           "Working in partnership with parents and carers; sharing difficult news; listening to parents' views; advising parents; keeping parents involved in reviews. Parents from our Family Forum lead the afternoon."],
          ["5  Around the child",
           "The scope and role of health, social care, the educational psychology service, specialist teachers and voluntary organisations; how to get specialist advice and resources; using assessments from other professionals to plan teaching; multi-agency meetings and the Common Assessment Framework; making sound decisions about provision when advice conflicts."],
          ["6  Planning and provision",
           "Identifying pupils who may have SEN; setting challenging targets, planning interventions and reviewing progress; provision mapping and finding provision that is missing or not working; approaches, strategies and resources for assessment and teaching, including ICT and communication aids; special arrangements for tests and examinations."],
          ["7  Leading colleagues",
           "Gaining the commitment of colleagues, the headteacher and senior leaders; working with governors on an inclusive ethos, policy and priorities; advising and supporting colleagues in school and beyond; coaching, mentoring, observation and feedback; leading training; deploying teaching assistants; managing time and priorities; writing and speaking clearly."],
          ["8  Looking back, looking on",
           "Reviewing with colleagues how well provision works; school self-evaluation and the SEN part of the school's improvement plan; using research and outside advice to improve practice; best practice in meeting SEN; keeping up to date; the Onward Plan."]],
      widths=[4.5, 12.5])

H("6. CARE RECORDS")
G("Record here the care the child receives and who gives it. Attach care records from other services.")
P(d, "The course is assessed through three Care Records and a Review Meeting. All are set and marked at Master's level "
     "against the University of Haltonbridge's Level 7 assessment criteria.")
P(d, ("Care Record 1: A child's story (4,000 words, handed in after Circle Day 3). ", "b"),
  "The participant writes the story of one pupil with SEN or a disability in their school, with the pupil's and family's "
  "consent: how the pupil and family were consulted and what they said, what assessments from other professionals showed and "
  "how the participant used them to change teaching, how the law and the Code of Practice applied, and what the pupil's "
  "development and condition mean for their learning. It is marked on the participant's understanding of the law, of "
  "development and of the pupil's kind of SEN, and on the quality of the relationship with the pupil and family that it shows.")
P(d, ("Care Record 2: Mapping provision (4,000 words, handed in after Circle Day 6). ", "b"),
  "The participant maps the provision for pupils with SEN in their school, identifies pupils who may have SEN and have been "
  "missed, sets targets and plans interventions for a group of pupils, reviews their progress after a term, and finds provision "
  "that is missing or ineffective. It includes a critical review of the approaches and resources, including ICT, the school uses, "
  "drawing on research and on best practice. It is marked on the quality of the map, the targets, the review and the judgements "
  "made about provision.")
P(d, ("Care Record 3: Change in my school (5,000 words, handed in after Circle Day 8). ", "b"),
  "The participant leads a change in SEN provision in their own school, agreed with the headteacher and reported to governors: "
  "gaining the support of the headteacher and colleagues, influencing the school's policy and priorities, leading training for "
  "colleagues, coaching or mentoring a colleague with observation and feedback, and working with parents and with at least one "
  "outside service. It is marked on the change made and its effect on practice, and on how clearly the participant explains it "
  "to colleagues, parents and governors.")
P(d, ("The Review Meeting. ", "b"),
  "At the end of the course each participant meets two Lead Practitioners for forty minutes with a portfolio of their work. "
  "The meeting covers how the participant listens to and understands the views of others, how they have used research and "
  "outside advice to improve their own and colleagues' practice, and the participant's reflection on each Care Goal. It is "
  "graded pass, refer or fail.")
P(d, ("The Journal. ", "b"),
  "Participants keep a Journal throughout. It is read by the Key Worker at each half-termly visit and discussed, and it is "
  "never marked.")
P(d, "Care Records are first marked by a Lead Practitioner; one in four, and every fail, is second marked by Dr Pryce or another "
     "University tutor. Marks are moderated at a meeting of all markers each term, and the University's external examiner for the "
     "MA in Education sees a sample from every Care Record and every fail, and attends the examination board.")
P(d, "The Award is made by the University's examination board to participants who pass all three Care Records and the Review Meeting.")

H("7. CARE GOALS")
G("List the goals of care agreed with the child and family. For each, say where it will be worked on and how everyone will know it has been achieved.")
P(d, "The Care Goals are the national minimum outcomes for the Award, in our own words. The How we will know column says where "
     "each goal is marked. Where it says Explored only, the goal is talked through on a Circle Day but is not part of any Care "
     "Record or the Review Meeting. Where it says Journal, the participant writes about it in the Journal, which is never marked.")
goals = [
    ("Being with children and families", None),
    ("Relationships with pupils and their families that are fair, respectful and supportive", "Circle Days 3 and 4", "Care Record 1"),
    ("Bringing colleagues, the headteacher and senior leaders with you", "Circle Day 7", "Care Record 3"),
    ("Deciding what comes first, managing time, handing on tasks", "Circle Day 7", "Explored only"),
    ("Seeing problems coming, solving them, making sound decisions about provision", "Circle Day 5", "Care Record 2"),
    ("Saying and writing things clearly; listening to others and understanding their views", "Circle Days 4 and 7", "Care Record 3 and Review Meeting"),
    ("Using research and outside advice to improve your own and colleagues' practice", "Circle Day 8", "Review Meeting"),
    ("Keeping up to date and taking charge of your own learning", "Circle Day 8", "Journal"),
    ("Knowing and understanding", None),
    ("The law and guidance on SEN, including the Code of Practice, and putting them into practice", "Circle Day 1", "Care Record 1"),
    ("Every Child Matters and the SENCO's part in it", "Circle Day 1", "Care Record 1"),
    ("Disability equality law and what it requires of the school", "Circle Day 1", "Care Record 1"),
    ("How children develop, and how SEN, disability and surroundings affect development", "Circle Day 2", "Care Record 1"),
    ("The most common kinds of SEN and disability and how they affect learning", "Circle Day 2", "Care Record 1"),
    ("Approaches, strategies and resources for assessment and teaching, including ICT", "Circle Day 6", "Care Record 2"),
    ("School self-evaluation and improvement for pupils with SEN", "Circle Day 8", "Explored only"),
    ("What works best in meeting SEN, from practice and research", "Circle Days 6 and 8", "Care Record 2"),
    ("Other services and agencies, and getting specialist help and resources", "Circle Day 5", "Care Record 1"),
    ("Doing", None),
    ("With senior colleagues and governors, shaping an inclusive ethos, policy, priorities and resources", "Circle Day 7", "Care Record 3"),
    ("Finding pupils who may have SEN, setting challenging targets, planning interventions, reviewing progress", "Circle Day 6", "Care Record 2"),
    ("Using other professionals' assessments to plan teaching", "Circle Day 5", "Care Record 1"),
    ("Arranging in good time any special arrangements for tests and examinations", "Circle Day 6", "Explored only"),
    ("Mapping provision and finding provision that is missing or not working", "Circle Day 6", "Care Record 2"),
    ("Deploying and managing teaching assistants and other staff", "Circle Day 7", "Journal"),
    ("Helping colleagues to learn: observing, giving feedback, coaching, mentoring, training", "Circle Day 7", "Care Record 3"),
    ("Reviewing with colleagues how well provision works, for the school's self-evaluation", "Circle Day 8", "Care Record 2"),
    ("Making sure pupils take part in planning, agreeing and reviewing their provision", "Circle Day 3", "Care Record 1"),
    ("Working with parents and carers", "Circle Day 4", "Care Record 1"),
    ("Working with other services and voluntary organisations", "Circle Day 5", "Care Record 3"),
]
rows = [["Care Goal", "Worked on at", "How we will know"],
        [("e.g. To be comfortable and pain-free", "gi"), ("e.g. Home / hospice", "gi"), ("e.g. Pain scores recorded twice daily", "gi")]]
merges = []
for g in goals:
    if g[1] is None:
        merges.append(len(rows)); rows.append([g[0], "", ""])
    else:
        rows.append(list(g))
ct = table(d, rows, widths=[9, 3.5, 4.5])
for i in merges:
    merge_row(ct, i, fill="EDEDED")

H("8. WISHES")
G("Record any wishes the child and family have, however small. Some may be possible now; some may not.")
w = P(d, "We would love to offer, one day, a route by assessment alone for very experienced SENCOs who already do everything "
         "the course asks.")
comment(d, w, "The University could support an assessment-only route from next year if you want it - let's discuss. SP")
P(d, "We hope to find a way, with the University, to show the difference the course makes to children's progress in school.")
P(d, "We would like parents from our Family Forum to join the course review group in future, if numbers allow.")
P(d, "We hope that one day the Learning Space forum will have a Lead Practitioner on it every week.")

H("9. EMERGENCY PLAN")
G("What should happen in an emergency? Who should be called? Are there any treatments the child and family do not want?")
P(d, "Larkfield is a single-storey building with level access, a hearing loop in the Lantern Room and accessible toilets and "
     "changing facilities. When a place is offered we ask every participant whether they have a disability or other need that "
     "affects how they learn or take part, and Helen Oduya agrees the adjustments with them before the first Circle Day: materials "
     "in large print or electronic form, a note-taker or interpreter, rest breaks and a quiet room, and extra time or another form "
     "for a Care Record, agreed through the University's disability service. Circle Days avoid the major religious festivals, and "
     "participants who cannot come on a festival day may take the repeat day. We meet our duties under the Disability "
     "Discrimination Act 2005 and the University's equality policies for every participant.")
P(d, "If a participant becomes unwell on a Circle Day our duty nurse is on site. If a participant is distressed by the content, "
     "which can happen when we talk about children who die, a member of the Family Support team is free on every Circle Day to sit "
     "with them.")

H("10. ENTRY")
G("How was the child referred? Record the date of referral and the referrer.")
P(d, "Participants must hold Qualified Teacher Status and be a SENCO, or be about to become one, in a school in England. The "
     "headteacher signs the application to confirm the role and the time to do the Care Records in school. Each applicant has a "
     "Starting-point Conversation with a Lead Practitioner before a place is offered, to make sure they have the knowledge, "
     "experience and time to benefit from the course and meet the Care Goals; where they do not yet, we say so and suggest what to do first.")
P(d, "At the start of the course each participant rates themselves against every Care Goal with their Key Worker, using evidence "
     "from their school, and from this agrees My Learning Plan: the goals they most need to work on, the Circle Day sessions and "
     "readings to focus on, and two or three personal goals of their own. My Learning Plan is reviewed with the Key Worker at "
     "Circle Day 4 and again at Circle Day 8.")
P(d, "We take account of what each participant already knows in My Learning Plan, but we do not accredit prior learning: the "
     "University's regulations for this award do not allow credit from earlier study or experience to count towards it.")
P(d, "The fee is 1,150 pounds, which covers Circle Days, lunches, the Key Worker's visits and University registration; the hospice "
     "meets the cost of Key Workers' time from a grant. Because the course is small and runs in schools our families use, each "
     "participant's work is shaped to their school and their pupils, and the course leads straight on to the MA in Education at "
     "Haltonbridge, where the 60 credits count.")

H("11. TRANSITIONS")
G("Plans for moving between services: children's to adult services, hospital to home, school to school.")
P(d, "At the Review Meeting each participant agrees an Onward Plan with the Lead Practitioners: their next professional targets as "
     "a SENCO for the coming year, the further study they might take (such as the MA in Education), and how their headteacher will "
     "support them. A copy goes to the headteacher with the participant's consent.")

H("12. HOW WE LOOK AFTER THIS PLAN")
G("When will the plan be reviewed, and by whom? Who keeps the original?")
P(d, "Participants fill in an evaluation at the end of every Circle Day and a longer one at the end of the course; a focus group "
     "meets at the mid-point. The Lead Practitioners read these at their monthly meeting and change the next Circle Day where "
     "they need to. Each summer the hospice's Education Committee reviews the course against the evaluations, the marks and the "
     "external examiner's report and agrees an action plan. The University reviews the course through its annual monitoring, and "
     "the external examiner reports on standards each year.")
P(d, "To see what difference the course makes to participants, each participant rates their confidence and competence against "
     "every Care Goal at the start and again at the Review Meeting, and the Key Worker adds a rating from what they have seen "
     "in school. We report the change to the Education Committee.")

P(d, ("REVIEW AND SIGNATURES", "b"))
G("To be signed by the lead professional and by the parent or carer, or by the young person if able.")
table(d, [["Signed (lead professional)", "", "Date", ("[dd/mm/yyyy]", "g")],
          ["Signed (parent / carer)", "", "Date", ("[dd/mm/yyyy]", "g")],
          ["Signed (young person)", "", "Date", ("[dd/mm/yyyy]", "g")]], head_fill=None, bold_head=False, widths=[5, 6, 2, 4])
P(d, ("DISTRIBUTION LIST", "b"))
G("Copies to: family; GP; consultant; ambulance service; school; hospice notes.")
P(d, "Copies to: Training and Development Agency for Schools; University of Haltonbridge School of Education; Larkfield Education Committee.")

d.save(OUT)
print(OUT, word_count(OUT))
