"""ki-02-carnbury-cycle-of-prayer

Provider (invented): the School Improvement Team of the Carnbury Diocesan Board of
Education, with the University of Westvale (validating), applying to run the
National Award for SEN Coordination from September 2008.

Document kind and layout: the course sent as the Board's "Cycle of Prayer" booklet,
the kind a diocese prints for parishes to pray through one day at a time. A
foreword from the Director of Education (values, hopes), "How to use this Cycle"
(which says the notes headed "What happens" describe the Course and the prayers
are offered for it), a "Course at a Glance" table with merged term cells, then
Days 1-31: each a bold "Day n" title, an italic intercession beginning "Pray
for" or "We pray", and a roman "What happens." paragraph. A text box holds a
prayer to be said before each Gathering (not evidence). At the end, "The
Outcomes We Hold Before God": a table of the 28 outcomes in the Board's own words
("Worked on at | Shown in"), merged group rows, and a key in which "In the
intercessions only" means prayed for but neither taught nor assessed. One whole
inserted paragraph and one deleted sentence (tracked changes), two Word comments,
a page header and a footer. No heading styles. The course's own names:
Gatherings (study days), Pieces (assessed work), Companions (mentors), the
Starting Conversation, the Learning Rule (individual plan), the Onward Rule,
the Learning Room (the VLE), Learning Triplets.

Traps (requirement ids):
- Prayers are hopes, not arrangements: things found only in an intercession do
  not count. A3 (time, priorities, delegation) is "In the intercessions only"
  (6.A3 not_met).
- Another provider's arrangement: Day 17 prays for the Diocese of Ledbury, whose
  course offers an assessment-only route; Carnbury says "there is no route by
  assessment alone" (2.3 not_met).
- Negation: "The Course does not accredit prior learning or experience" (2.1
  not_met).
- Aspiration and negation: impact on children "we do not try to" measure; the
  Board "trusts" the fruit will be seen (5.9 not_met).
- Hope plus Companions and speakers from schools and LAs: stakeholders' part in
  evaluation is only "We hope in future" (4.3 partially_met).
- CRB verification exists only in a whole inserted paragraph (tracked; counts:
  5.3 met).
- Placements: the sentence giving every participant two placement days is a
  tracked deletion; specialist speakers remain (5.5 partially_met).
- Credits: 40 at Master's level (E.2 partially_met).
- Award rule: eight of ten Gatherings and Pieces "satisfactory overall" (6.0
  partially_met).
- Evaluation internal only, and a comment proposing the University's annual
  monitoring is not part of the submission (5.1 partially_met).
- Moderation: second marking, but external moderation still "to be agreed"
  (5.8 partially_met).
- Resources only in general terms (5.6 partially_met).
- One intake, fixed order; choice of venue and the Learning Room only (3.2
  partially_met).
- Pupil voice: pupils' views only "discussed" as part of annual reviews (1.5
  partially_met; 6.S7 worked on but not shown, partially_met).
- Parents: the Parent Partnership Service "describes its work" (1.7
  partially_met; 6.S8 worked on, not shown, partially_met).
- Worked on but not shown: 6.A5, 6.K6, 6.S4 (partially_met); so 1.9
  partially_met.
- The foreword's values and the header and footer are not evidence.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ki_helpers import (new_doc, para, rich, table, merge_row, shade, tracked_para, text_box,
                         header_footer, comment, words)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ki-02-carnbury-cycle-of-prayer"
d = new_doc("Book Antiqua", 11)
header_footer(d, "Carnbury Diocesan Board of Education - Cycle of Prayer for the SENCO Award 2008-09",
              "Printed for the parishes and schools of the Diocese of Carnbury. Please pray one Day each day of the "
              "month. Registered charity no. 1023877.")

para(d, "PRAYING WITH OUR SENCOs", bold=True, size=20, align="c")
para(d, "A Cycle of Prayer for the Carnbury SENCO Award", italic=True, size=14, align="c")
para(d, "the National Award for SEN Coordination", size=11, align="c")
para(d, "Carnbury Diocesan Board of Education, School Improvement Team, with the University of Westvale", size=10,
     align="c")
para(d, "September 2008 to July 2009", size=10, align="c")
para(d, "")
para(d, "FOREWORD", bold=True)
para(d, "Every child in a church school is known by name and loved by God. We believe that no child should be left "
        "at the edge of the classroom, and that the teacher who coordinates provision for children with special "
        "educational needs holds one of the most important offices in a school. This year the Board begins, with "
        "the University of Westvale, a course for teachers new to that office. We ask every parish that has a church "
        "school to hold the Course, its teachers and the children they serve in prayer through the year, and we hope "
        "that through it our schools will become ever more places where every child can flourish.")
para(d, "Canon Margaret Tolley, Director of Education", italic=True, align="r")
para(d, "HOW TO USE THIS CYCLE", bold=True)
para(d, "There is one Day for each day of the month. Each Day has a short intercession in italics, and then a note "
        "headed \"What happens.\" The notes describe what the Course actually does, so that those who pray know "
        "what they are praying for; the intercessions are offered for it. In months of fewer than 31 days, pray "
        "the remaining Days together on the last day of the month. This booklet is also the Board's account of the "
        "Course for the Training and Development Agency.")

para(d, "THE COURSE AT A GLANCE", bold=True)
glance = [
    ["Term", "Gatherings", "Between Gatherings", "Piece assessed"],
    ["Autumn 2008", "1 Called to Lead; 2 Every Child; 3 Knowing Needs; 4 Hearing Children",
     "Starting Conversation; Learning Rule agreed", "Piece 1: The School Story (January)"],
    ["Autumn 2008", "", "School tasks; Learning Triplets", ""],
    ["Spring 2009", "5 Teaching for All; 6 Families; 7 Mapping", "School tasks; Companion visits",
     "Piece 2: The Child's Journey (April)"],
    ["Summer 2009", "8 Leading Colleagues; 9 Beyond the School Gate; 10 Onward", "Change Project in school",
     "Piece 3: The Change Project (June)"],
]
t = table(d, glance, widths=[2.6, 6.4, 4.6, 4], size=8)
a = t.cell(1, 0).merge(t.cell(2, 0))
a.paragraphs[0].runs[0].text = "Autumn 2008"
for p in a.paragraphs[1:]:
    p._p.getparent().remove(p._p)
b = t.cell(1, 3).merge(t.cell(2, 3))
for p in b.paragraphs[1:]:
    p._p.getparent().remove(p._p)
c1 = t.cell(1, 1).merge(t.cell(2, 1))
for p in c1.paragraphs[1:]:
    p._p.getparent().remove(p._p)
para(d, "")
text_box(d, [("A PRAYER BEFORE EACH GATHERING", True),
             ("Lord Jesus, who took the children in your arms and blessed them, be with us as we learn. Give us eyes "
              "to see each child, ears to hear them, patience to wait for them and courage to speak for them. Make "
              "our schools places where every child belongs. Amen.", False)], height_pt=95)

days = []


def day(n, title_, prayer, happens):
    para(d, f"Day {n}. {title_}", bold=True, size=12)
    para(d, prayer, italic=True)
    p = rich(d, [("What happens. ", "b"), (happens, "")])
    return p


day(1, "The Course and its University",
    "Pray for the University of Westvale and the Board of Education, that together they may serve the children of "
    "this diocese well.",
    "The Carnbury SENCO Award is validated by the University of Westvale, whose Faculty of Education approved it on 26 "
    "June 2008 as a Postgraduate Certificate in Special Educational Needs Coordination of 40 credits at Master's level "
    "(Level 7). Participants are registered as students of the University, which makes the award; the Board's School "
    "Improvement Team teaches the Course.")
day(2, "Those who apply",
    "Pray for the teachers who are considering whether to apply, and for the headteachers who will release them.",
    "The Course is open to qualified teachers who are SENCOs, or who will become SENCOs within the year, in any school "
    "in the diocese or in the county. Each application carries the headteacher's signed support, committing the "
    "school to release the teacher for the ten Gatherings. Every applicant then has the Starting Conversation (Day 3) "
    "before a place is confirmed. If the tutor judges that an applicant is not yet ready to reach the outcomes in a "
    "year, the tutor writes to the applicant and the headteacher with what to do first and offers a place the "
    "following September.")
tracked_para(d, [("ins", "Before a place is confirmed, the Course Office asks each headteacher to confirm in writing the "
                         "date and number of the candidate's enhanced CRB disclosure and that the candidate has been "
                         "checked against List 99. Where a candidate has not worked in a school in a post with regular "
                         "contact with children in the past three months, the Board obtains a new enhanced disclosure "
                         "through the Diocesan Office before the first Gathering, and the Course Office keeps a record of "
                         "every check.")], author="Mr S. Quarrie", date="2008-07-08T11:20:00Z", whole="ins")
day(3, "The Starting Conversation",
    "Pray for the tutors as they listen to each new participant, that they may see both gifts and needs truly.",
    "Before the first Gathering, each participant completes a self-review against every outcome of the Course (the "
    "28 lines at the end of this booklet), rating each line and giving evidence. A Course Tutor then meets the "
    "participant for an hour, tests the ratings against what the participant has done, and together they write the "
    "participant's Learning Rule: personal outcomes for the year, the Gatherings and school tasks to give most weight, "
    "and the reading to do. Where the whole group is already secure in an outcome, the Gathering that covers it is "
    "shortened. The Learning Rule is reviewed with the Companion each term.")
day(4, "What each brings",
    "Give thanks for all that our teachers have already learned, in their training and in their classrooms.",
    "The Course does not accredit prior learning or experience: every participant, whatever they have studied or done "
    "before, takes the ten Gatherings and all three Pieces. What they already know is taken into account in the "
    "Learning Rule rather than in credit.")
day(5, "The Companions",
    "Pray for the Companions, experienced SENCOs who give their time to walk beside a new colleague.",
    "Each participant has a Companion, an experienced SENCO from a nearby school, named after the Starting "
    "Conversation. The Companion visits at least three times during the year, reviews the Learning Rule, and comments "
    "on a draft of each Piece, but does not mark. Companions attend a Companions' Day in September on the role, the "
    "Pieces and the outcomes, and work from the Companion's Guide, which sets out what a Companion does and when; the "
    "Course Leader phones each Companion each half term.")
day(6, "The Course Tutors",
    "Pray for Ruth, Samuel, Anjali and Martin, who teach the Course.",
    "Mrs Ruth Emmerson (Course Leader) was SENCO of two primary schools for eleven years, holds an MA in Special and "
    "Inclusive Education and the National Professional Qualification for Headship, and is the Board's Adviser for "
    "Inclusion. Mr Samuel Quarrie, secondary adviser, was head of learning support at a comprehensive school and holds "
    "an MEd and the OCR Diploma in Specific Learning Difficulties. Dr Anjali Mehta is a senior educational psychologist "
    "with the County Council, seconded for one day a week. Dr Martin Greave, Senior Lecturer in Education at Westvale, "
    "is the University's link tutor and teaches Gathering 5. All four continue to work in schools every week.")
day(7, "Gathering 1: Called to Lead",
    "We pray for new SENCOs taking up an office that is often lonely, that they may know they are not alone.",
    "The SENCO's role, and the law and guidance: the SEN Code of Practice (2001) and what it asks of schools, "
    "governors and the SENCO, the SEN and Disability Act 2001, and the Disability Discrimination Act as amended in 2005 "
    "with the Disability Equality Duty and what schools must do under it. Participants leave with a school task to "
    "check their school's policy and accessibility plan against the law.")
day(8, "Gathering 2: Every Child",
    "Pray for the children of our schools, that they may be healthy, safe, joyful, and fully themselves.",
    "Every Child Matters and its five outcomes, and what the SENCO does for each; how children develop, and how "
    "development is affected by SEN and disability and by the physical and social setting in which a child learns. "
    "The Course's aim, set out on this day, is that each participant leads provision so that children with SEN and "
    "disabilities achieve more and are well in all five outcomes; Piece 2 follows one child's progress and "
    "well-being across the year.")
day(9, "Gathering 3: Knowing Needs",
    "Pray for children whose needs are not yet seen, and for those who are slow to be understood.",
    "The most common kinds of SEN and disability - behavioural, emotional and social difficulties, specific learning "
    "difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
    "moderate learning difficulties - and how they affect learning, with an educational psychologist and a speech and "
    "language therapist. Identifying children who may have SEN, setting targets, planning interventions and reviewing "
    "progress; turning the reports of psychologists, therapists and advisory teachers into classroom approaches. The "
    "Gathering uses the DCSF's Inclusion Development Programme (2008) and the interim report of the Bercow Review.")
day(10, "Gathering 4: Hearing Children",
    "We pray that our SENCOs may learn to hear the voices of children, and to let children shape the help they "
    "are given.",
    "The annual review and the individual education plan. Pupils' views are discussed as part of the annual review.")
day(11, "Gathering 5: Teaching for All",
    "Pray for every teacher who stands before a class in which thirty children learn in thirty ways.",
    "Approaches, strategies and resources for assessment, planning and teaching, including ICT; best practice and "
    "what research says about it, drawing on Ofsted's Special educational needs and disability: towards inclusive "
    "schools (2004) and Inclusion: does it matter where pupils are taught? (2006); encouraging colleagues to develop "
    "formative assessment, with approaches for children with SEN. Participants bring one piece of research to "
    "the next Gathering and say how they have used it in school.")
day(12, "Gathering 6: Families",
    "Pray for parents and carers of children with special needs, and for those who are weary.",
    "The Parent Partnership Service describes its work and how schools can refer families to it. Participants "
    "discuss fair and respectful relationships with children and families.")
day(13, "Gathering 7: Mapping",
    "Pray for wisdom in using what schools have, that nothing may be wasted and no child missed.",
    "Provision mapping and management, and finding provision that is not working or is missing; using national "
    "tests and the school's tracking data to follow progress and change programmes; identifying in good time the "
    "access arrangements children need for national tests and examinations and putting them in place with "
    "colleagues; deploying and managing teaching assistants.")
day(14, "Gathering 8: Leading Colleagues",
    "Pray for headteachers and governors, that they may give the SENCO a voice in the leadership of the school.",
    "Working with the headteacher, senior leaders and governors to shape the school's inclusive ethos, policies, "
    "priorities and budget; winning colleagues' commitment; observing, coaching, modelling and leading training "
    "for colleagues; reviewing provision with colleagues and feeding that review into the school's self-evaluation "
    "and improvement plan; speaking and writing clearly to staff and governors and listening to their views; "
    "advising and supporting colleagues.")
day(15, "Gathering 9: Beyond the School Gate",
    "Pray for all who work with our children outside school: health visitors, social workers, therapists, and "
    "the voluntary societies.",
    "The scope and role of health, social care and voluntary services and how to get specialist help and "
    "resources; the Common Assessment Framework and team around the child; working with SENCOs in other schools, "
    "with a panel of a social worker, a CAMHS nurse and a worker from a local autism charity.")
day(16, "Gathering 10: Onward",
    "Give thanks for all who complete the Course, and pray for the road ahead of them.",
    "Each participant writes an Onward Rule: the professional targets for the next two years, drafted on the "
    "Course's planning sheet, discussed with the tutor on the day and taken to the participant's performance review "
    "with the headteacher. The Companion's last visit checks that the Onward Rule has been discussed.")
day(17, "Our neighbours",
    "Pray for our neighbours in the Diocese of Ledbury and the University of Kingsmere, whose SENCO course offers "
    "an assessment-only route for experienced teachers, and for the Carnbury teachers who have gone to them by it.",
    "The Carnbury Award is taught to all who take it; there is no route by assessment alone.")
day(18, "Piece 1: The School Story",
    "Pray for schools that are looking honestly at themselves.",
    "A 3,000-word account of SEN provision in the participant's own school: its policy and practice against the Code "
    "of Practice and the disability duties, its provision map with what is missing or not working, how progress "
    "is tracked with national tests and tracking data and programmes changed, how access arrangements for tests "
    "are identified and put in place, and a review of provision made with colleagues, with the school's "
    "self-evaluation. Marked in January.")
p19 = day(19, "Piece 2: The Child's Journey",
          "Pray for one child in each of our SENCOs' schools, known to God by name.",
          "A 3,000-word case study of one child: how the child's needs were identified, which professionals' "
          "assessments were used and how, the targets and interventions, the agencies involved, the relationship "
          "the participant built with the child, the decisions made and why, how the child's kind of need affected learning, "
          "and how the child's development was affected. Marked in April.")
day(20, "Piece 3: The Change Project",
    "Pray for the courage to change what needs changing.",
    "The participant leads a change in SEN practice in school with colleagues (for example coaching teaching "
    "assistants, or introducing new formative assessment approaches in a year group), using research and outside "
    "advice, winning the support of the head and governors, and evaluating the change in colleagues' practice. The "
    "Piece (4,000 words) ends with a reflection on the participant's own learning over the year and how they keep up "
    "to date. Marked in June.")
day(21, "Marking",
    "Pray for those who read and mark, that they may be just and kind.",
    "Each Piece is marked by the participant's Course Tutor against the outcomes the Piece names, with written "
    "feedback. One Piece in five is second-marked by another tutor. Arrangements for external moderation are to be "
    "agreed with the University before the first Pieces are marked in January 2009.")
day(22, "The Award",
    "Give thanks for the day when our SENCOs receive their awards in the Cathedral.",
    "The Award is made by the University's Examination Board to participants who attend at least eight of the ten "
    "Gatherings and whose three Pieces are judged satisfactory overall.")
p23 = day(23, "Looking back",
          "Pray that we may learn from what goes well and from what does not.",
          "After every Gathering participants fill in a short evaluation, which the Course Tutors read.")
comment(d, p23.runs, "Add the University's annual monitoring and the external examiner here? - SQ", "Mr S. Quarrie", "SQ")
day(24, "What our schools told us",
    "Give thanks for every headteacher who took time to tell us what their schools need.",
    "In the spring of 2008 the Team asked the headteachers of all 87 church schools and the SENCOs of 40 community "
    "schools what a new SENCO most needs (64 replied), and met the SEN teams of the County Council and of Carnbury "
    "City Council. Heads asked for more on provision mapping and on managing teaching assistants, which is why "
    "Gathering 7 was given a whole day; the local authorities asked for more on working with other services, which "
    "is why Gathering 9 was added and is led with them; and SENCOs asked that the Course should not take them out "
    "of school more than ten days, which is why it has ten Gatherings and not fifteen.")
day(25, "Those who help us",
    "We pray that the headteachers, parents and children of our schools may help us see what is good in the Course "
    "and what must change.",
    "The Companions are serving SENCOs in the diocese's schools, and local authority staff and the Parent "
    "Partnership Service teach at Gatherings 3, 6 and 9. We hope in future to invite headteachers and parents to join "
    "us in reviewing the Course.")
day(26, "Everyone welcome",
    "Pray for teachers with disabilities, and for all whom our systems make it harder to take part.",
    "The application form asks, and the Starting Conversation asks again in private, whether the participant has a "
    "disability or other need the Course should plan for; the Board's information leaflet says why we ask and is "
    "available in large print and on audio. Adjustments already made for 2008-09 include materials in large print "
    "and electronic formats, a hearing loop and a BSL interpreter at Gatherings, extra time and alternative "
    "formats for Pieces (for example a recorded presentation in place of part of a written Piece), and rest breaks. "
    "All Gatherings are in buildings with level access and accessible toilets. The Board monitors applications, "
    "completion and results by disability, ethnicity and gender and reports them to the Board each year.")
day(27, "Times and places",
    "Pray for those who travel long distances to learn.",
    "There is one intake each September. The ten Gatherings are taught in the order set out in this booklet, each "
    "on a Thursday from 9.30 to 3.30; each Gathering is held twice, at Carnbury and at Penmorrow, and a participant "
    "may attend either. The Learning Room holds everything taught at each Gathering for those who wish to look at it "
    "again.")
day(28, "The Learning Room",
    "Pray for all who learn alone at a kitchen table late at night.",
    "The Learning Room is the Course's online space on the University's Blackboard site. Each participant has a "
    "Learning Triplet of three participants who meet online in the Learning Room between Gatherings to discuss their "
    "school tasks. Course Tutors answer questions posted in the Learning Room or sent by email within three working "
    "days, and each tutor holds an online surgery on the Tuesday evening before each Gathering. Tutors and Companions "
    "exchange notes through the Learning Room, and the Course Office emails each participant's headteacher a termly "
    "note of what the Course has covered. Participants have the use of the materials provided at each Gathering and "
    "of the Learning Room.")
para(d, "Day 29. Those who show us other ways", bold=True, size=12)
para(d, "Pray for the special schools and services that open their doors to visitors.", italic=True)
tracked_para(d, [("-b", "What happens. "),
                 ("", "Specialists speak at Gatherings 3, 6 and 9 (an educational psychologist, a speech and language "
                      "therapist, the Parent Partnership Service, a social worker, a CAMHS nurse and an autism charity). "),
                 ("del", "Every participant spends two days on placement in one of the county's special schools or "
                         "resourced units, with a host teacher who plans the visit with the Companion.")],
             author="Mrs R. Emmerson", date="2008-07-21T14:02:00Z")
day(30, "The children",
    "We pray that the fruits of this Course will be seen in the lives of the children.",
    "It is not possible to measure the Course's effect on children within a single year, and we do not try to. We "
    "trust that its fruits will be seen in them in time.")
day(31, "The cost",
    "Give thanks for the generosity of parishes and of the Board that makes the Course possible.",
    "The fee is GBP 1,350, of which the Board pays GBP 450 for teachers in church schools; the County Council pays the "
    "same for its community schools. The Learning Rule means that time goes where each participant needs it: "
    "Gatherings are shortened where the group is secure, and Companion visits follow each participant's own "
    "outcomes, so the Course gives each teacher what will move them on.")

para(d, "")
para(d, "THE OUTCOMES WE HOLD BEFORE GOD", bold=True, size=13)
para(d, "These are the outcomes every participant must reach, in our own words. \"Worked on at\" names the Gathering "
        "where the outcome is taught; \"Shown in\" names the Piece in which it is assessed. A dash means none. \"In "
        "the intercessions only\" means an outcome we pray for but which the Course does not yet teach or assess.")
rows = [
    ["", "We pray that each SENCO may...", "Worked on at", "Shown in"],
    ["A", None, None, None],
    ["1", "build fair, respectful and kind relationships with children and their families", "Gathering 6",
     "Piece 2"],
    ["2", "win the commitment of colleagues, the head and senior leaders", "Gathering 8", "Piece 3"],
    ["3", "order their time, put first things first and share tasks wisely", "In the intercessions only", "-"],
    ["4", "foresee problems and make sound decisions on provision", "Gathering 3", "Piece 2"],
    ["5", "speak and write clearly and listen to others", "Gathering 8", "-"],
    ["6", "use research and outside advice to improve practice", "Gathering 5", "Piece 3"],
    ["7", "keep up to date and own their learning", "Gathering 10", "Piece 3"],
    ["K", None, None, None],
    ["1", "know SEN law, the Code of Practice and how to apply them", "Gathering 1", "Piece 1"],
    ["2", "know Every Child Matters and the SENCO's part in it", "Gathering 2", "Piece 2"],
    ["3", "know disability equality law and what it asks", "Gathering 1", "Piece 1"],
    ["4", "know how children develop and what affects it", "Gathering 2", "Piece 2"],
    ["5", "know the common kinds of SEN and disability", "Gathering 3", "Piece 2"],
    ["6", "weigh approaches, strategies and resources including ICT", "Gathering 5", "-"],
    ["7", "know how school self-evaluation serves children with SEN", "Gathering 8", "Piece 1"],
    ["8", "know best practice and research", "Gathering 5", "Piece 3"],
    ["9", "know the outside agencies and how to get help", "Gathering 9", "Piece 2"],
    ["S", None, None, None],
    ["1", "influence ethos, policy and resources with head and governors", "Gathering 8", "Piece 3"],
    ["2", "identify, set targets, plan and review", "Gathering 3", "Piece 2"],
    ["2a", "use other professionals' assessments", "Gathering 3", "Piece 2"],
    ["2b", "use national tests and tracking to change programmes", "Gathering 7", "Piece 1"],
    ["2c", "help colleagues develop formative assessment", "Gathering 5", "Piece 3"],
    ["2d", "arrange access arrangements for tests and examinations", "Gathering 7", "Piece 1"],
    ["3", "map provision and find what is missing", "Gathering 7", "Piece 1"],
    ["4", "deploy and manage staff", "Gathering 7", "-"],
    ["5", "develop colleagues by observing, coaching and training", "Gathering 8", "Piece 3"],
    ["6", "review provision with colleagues for self-evaluation", "Gathering 8", "Piece 1"],
    ["7", "involve children in planning and reviewing their provision", "Gathering 4", "-"],
    ["8", "work well with parents and carers", "Gathering 6", "-"],
    ["9", "work in partnership with other services and voluntary bodies", "Gathering 9", "Piece 2"],
]
t2 = table(d, [r if r[1] is not None else [r[0], "", "", ""] for r in rows], widths=[1, 9.5, 4, 3], size=8)
names = {"A": "Attributes", "K": "Knowledge and understanding", "S": "Skills"}
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(t2, i, names[r[0]], fill="E8E0F0")
a3 = t2.cell(4, 2)
comment(d, a3.paragraphs[0].runs, "Time management - could go into Gathering 8 next year?", "Mrs R. Emmerson", "RE")
para(d, "")
para(d, "Almighty God, who gave your Son to be the friend of the least: bless the teachers of this Course and the "
        "children they serve, that all may have life in all its fullness; through Jesus Christ our Lord. Amen.",
     italic=True, align="c")
para(d, "Course Office: Diocesan Education Centre, Minster Yard, Carnbury. Telephone 01798 442 610.", size=9,
     align="c")

d.save(os.path.join(HERE, NAME + ".docx"))
print(NAME, "words:", words(d))
