"""im-02-marches-advices-and-queries

Provider (invented): the Friends' Schools Foundation of the Marches, a
foundation of five Quaker independent schools on the Welsh border, with
Severnside University validating. Course: the Marches Award for SEN
Coordinators, 2008-09.

Document kind and layout: "Advices and Queries for the Award", written in the
manner of the Quaker book of Advices and Queries: forty numbered paragraphs in
seven parts, each an advice or a query addressed to the participant ("you") or
to the Foundation itself ("we"), in italic. After each part an "In practice"
table (shaded header, two columns "What the Foundation does | When and who")
carries the Foundation's actual arrangements. No heading styles: part titles
are typed as bold capitalised Normal paragraphs with Roman numerals. A covering
note to the panel sits in a text box. The closing "Queries and the national
outcomes" table restates the outcomes as queries ("Do you ...?") with "Where
you meet it | How it is judged", shaded band rows for the three groups (merged
cells), and one row whose two right-hand cells are merged into a single
refusal. Header and footer. Tracked changes: an inserted In-practice row
(CRB, counts), a deleted sentence offering a spring cohort (does not count).
Two Word comments. Placeholders "[to be confirmed with the University]".

Traps (requirement ids):
- The advices and queries themselves are questions and exhortations to the
  participant, never arrangements: "Do you ask the children ...?" (1.5),
  "Consider, as the year ends, ..." (2.5), "Keep your enhanced disclosure
  current" (5.3), "How will we know ...?" (4.3, 5.9). Only the In practice
  tables and the Foundation's own statements count.
- E.2 partially_met: 60 credits, but Task 3's 20 are "at Level 6".
- 1.7 and 6.S8 partially_met: work with parents is "the work of each school's
  family liaison officer"; the Award gives it one afternoon and the outcome is
  "Practised in school; not judged".
- 1.9 and 6.0 partially_met: the award rule is passing the three Tasks, yet
  four outcomes are not judged (6.A2, 6.A7 "read by the tutor; not marked";
  6.S5 "Not judged"; 6.S8) and 6.S2d is "Not part of the Award".
- Blanket claim: "every one of the national outcomes is answered below" over a
  table with no row for 6.S1 (not_met).
- 6.S2d not_met: left to "each school's examinations officer".
- 2.1 not_met: "the Foundation does not give credit for earlier study or
  experience"; a comment suggests the University would allow it.
- 2.3 partially_met: an experienced SENCO "may ask to be considered" and the
  Foundation "will discuss this with the University case by case" - no route.
- 2.5 partially_met: only an advice ("Consider, as the year ends, where you are
  led next") and a last tutorial that reviews the journal, not targets.
- 3.2 partially_met: one cohort, fixed order, a missed day made up the next
  year; the spring cohort is a tracked deletion.
- 3.3 not_applicable: "There is no online part of the Award".
- 4.3 partially_met: a Parents' Forum officer teaches and schools and the
  council's service host placements, but how stakeholders will take part in
  evaluation "has not yet been decided"; the query "Do heads, parents and the
  children themselves have a voice ...?" is no arrangement.
- 5.2 partially_met: entry by QTS and the head's nomination only.
- 5.3 met: the Admissions Clerk's check of each disclosure is a tracked
  insertion (insertions count); the advice to keep a disclosure current and
  the footer do not.
- 5.6 and 5.8 partially_met: library access and moderation are placeholders
  "[to be confirmed with the University]"; only failing Tasks are second-marked.
- Numbering collision: paragraphs are numbered 1-40 and parts I-VII; numbers
  such as "5" or "31" are not requirement ids.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm
from _im_helpers import (para, run, shade, textbox, table, band, header_footer,
                         ins, dele, ins_row, mark_para)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AC, DC = "Hannah Rigg (Admissions Clerk)", "2008-11-10T09:05:00Z"
AE, DE = "Owen Pritchard", "2008-11-12T14:30:00Z"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Cambria"; st.font.size = Pt(10.5)
header_footer(doc, "The Friends' Schools Foundation of the Marches \u2014 Advices and Queries for the Award (2008-09)",
              "Marches Award for SEN Coordinators \u00b7 validated by Severnside University \u00b7 page")

para(doc, "THE FRIENDS' SCHOOLS FOUNDATION OF THE MARCHES", bold=True, size=13, align="center")
para(doc, "Advices and Queries for the Award", bold=True, size=18, align="center")
para(doc, "The Marches Award for SEN Coordinators, 2008-09", italic=True, align="center")

textbox(doc, [
    ("A note for the panel", True, False),
    ("Our schools have long used advices and queries to hold their practice up to the light, and the tutors on the Award asked that "
     "our application take the same form. The numbered paragraphs are written to the teacher taking the Award, and sometimes to "
     "ourselves; they are meant to be read slowly and are not rules. What the Foundation actually does is set out after each part "
     "under In practice. The final table sets the national outcomes beside our queries.", False, False),
    ("Owen Pritchard, Award Leader", False, True),
])

para(doc, "")
para(doc, "Taking these advices and queries to heart", bold=True)
para(doc, "These advices and queries are for the teachers who come to the Award and for those of us who teach it. They are not a "
     "syllabus. They are a reminder of the hopes and concerns that shape the Award, and a challenge to each of us to look at how we "
     "work with children whose needs are greater than most. Read a few at a time. Let them trouble you where they should.")

PARTS = []


def part(title, items, practice, after=None):
    PARTS.append((title, items, practice, after))


part("I. THE CHILD AT THE CENTRE", [
    "Remember that the Award exists for children. Every day of it, every Task and every conversation should bring you back to a "
    "particular child in your school: how that child is learning, how safe and well they are, and what they will be able to do next.",
    "Are you mindful of all of a child's life, and not of attainment alone? Being healthy, staying safe, enjoying and achieving, "
    "making a positive contribution and achieving economic well-being belong together.",
    "Do you ask the children themselves what helps them and what gets in their way? Do you give the quiet child time to answer?",
    "Take care that what you learn is tested in your own classroom and your colleagues' classrooms, and not only in the meeting room.",
    "How does the law shape what you do? Do you know what the Code of Practice asks of you, and what it asks of others?",
], [
    ("The aims of the Award, as validated, are to raise the achievement and improve the well-being of pupils with SEN and disabilities "
     "across all five Every Child Matters outcomes. Task 1 is judged on the difference the participant's work made to one pupil's "
     "attainment and well-being, measured at the start and the end of a term.", "Award Handbook, section 1; Task 1 criteria"),
    ("Day 3, Listening to children, teaches ways of consulting children about what affects them: structured conversations, "
     "visual scales, talking mats and pupil-led review. Participants practise with a pupil in their own school before the next day, "
     "and Task 1 must show how the pupil's views were sought and used.", "Day 3; Task 1"),
    ("All three Tasks are carried out in the participant's own school on real provision for real pupils, and each is agreed in "
     "advance with the head.", "Tasks 1-3"),
    ("Day 1 covers the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability "
     "Discrimination Act 1995 as amended in 2005 and the disability equality duty, and current government policy: the Every Child "
     "Matters programme, the Children's Plan (2007) and the 2008 SENCO regulations.", "Day 1"),
    ("Day 7 reads recent research and inspection evidence together: Ofsted's report Inclusion: does it matter where pupils are "
     "taught? (2006), the Bercow Review of services for children with speech, language and communication needs (2008), the Steer "
     "Report on behaviour (2005) and the first evidence gathered by the Lamb Inquiry (2008). The reading list is revised each summer "
     "by the tutors.", "Day 7"),
])

part("II. COMING TO THE AWARD", [
    "Come to the Award with an open heart and with your school's knowledge. You bring more than you know.",
    "Before you begin, look honestly at what you already do well and at what you have yet to learn. Ask a colleague who knows your "
    "work to look with you.",
    "Are you ready to give the time the Award asks, and has your school agreed to give it to you?",
    "Keep your enhanced disclosure current, and tell your head at once if anything changes.",
    "If you have long experience of this work, do you still have something to learn? Be open to it.",
    "Consider what your learning costs your school and the children it serves, and use it well.",
], [
    ("The Award is a Postgraduate Certificate of Severnside University, which validated it in July 2008. It carries 60 credits: "
     "Tasks 1 and 2 (20 credits each) at Master's level, and Task 3 (20 credits) at Level 6.", "Validation document, July 2008"),
    ("The Award is open to any qualified teacher nominated by the head of a Foundation school or of one of our eleven partner "
     "schools in the county.", "Award Handbook, section 2"),
    ("Before the first day each participant completes the Starting Point review, rating themselves against each of the queries in "
     "the final table (which follow the national outcomes), with the head's comments. In the first tutorial the tutor reads it with "
     "them and agrees a Learning Plan naming the outcomes they will give most attention, the personal outcomes they add, and the "
     "focus of each Task.", "Starting Point review; first tutorial, September"),
    ("Every participant takes the whole Award; the Foundation does not give credit for earlier study or experience.", "Award Handbook, section 2"),
    ("An experienced SENCO may ask to be considered for assessment without the course; the Foundation will discuss this with the "
     "University case by case.", "Award Leader"),
    ("The fee is \u00a3820. Groups are of no more than twelve, each with its own tutor for the year, and each participant's Learning "
     "Plan sets the focus of the tutorials (four a year, an hour each) and the choice of Task 1's pupil and Task 2's provision, so that "
     "the course follows the participant's needs. The Foundation meets a third of the fee for partner schools.", "Award Handbook, section 3"),
], "crb")

part("III. LEARNING TOGETHER", [
    "Come to each day ready to listen as well as to speak. Much of what you learn will come from the teacher beside you.",
    "Are you making room for those who find it harder to take part? Do you notice who is missing from the circle?",
    "Take what you have learned back into school before the next day, and bring back what happened.",
    "When you visit another school, go as a learner. Ask what they have found and what they would do differently.",
    "Are the resources you use the best you can find, and are they within reach of every child?",
], [
    ("The Award meets on nine taught days, from September to June, at the Meeting House at Leominster and at Clunford Friends' "
     "School, in a fixed order. A participant who misses a day may make it up with the following year's group.", "Award Handbook, section 4"),
    ("There is no online part of the Award; all teaching is face to face, and tutorials are held at the participant's school.",
     "Award Handbook, section 4"),
    ("The Foundation's Equality Scheme (race, disability and gender) applies to the Award. Before the course each participant is asked "
     "in confidence whether any adjustment is needed, and the tutor agrees it with them: materials in large print or electronic form, "
     "extra time for Tasks for participants with dyslexia, a note-taker, or a rest room. Both venues are step-free with induction "
     "loops, and dates avoid the major religious festivals of the faiths represented in the group.", "Award Handbook, section 5"),
    ("Each participant spends two days at Oakhanger School, a special school for pupils with complex needs, and one day with Marcher "
     "County Council's Learning Support Service, arranged by the Foundation and set out in a placement agreement with each host.",
     "Placements, autumn and spring terms"),
    ("An educational psychologist, a speech and language therapist and an officer of the Clun Valley Parents' Forum teach on Days 2, "
     "3 and 5.", "Days 2, 3 and 5"),
    ("Participants use their own schools' SEN resources and the Foundation's lending shelf at Leominster. Access to the University's "
     "library is [to be confirmed with the University].", "Award Handbook, section 6"),
], "spring")

part("IV. WORKING WITH OTHERS", [
    "Do you listen to your colleagues as carefully as you hope they will listen to you? Do you help them, or only tell them?",
    "Are parents welcomed as the ones who know their children best? How do you let them know that they are heard?",
    "Remember that other services are partners and not a last resort. Do you know them well enough to call on them early?",
    "How do you help a tired colleague to try something new? Do you show, as well as say?",
    "When you disagree with a head or a governor, do you speak truth with love, and listen for what is true in their answer?",
], [
    ("Day 4 is on advising and supporting colleagues within the school and beyond it: observation and feedback, coaching, and "
     "helping teachers develop formative assessment for pupils with SEN. Day 8 adds the deployment and management of teaching "
     "assistants and leading training for staff.", "Days 4 and 8"),
    ("Day 5 is on other services and agencies, voluntary organisations among them: what each does, how to refer, and how to use "
     "other professionals' assessments in planning teaching. The placement with the Learning Support Service follows it.", "Day 5; placement"),
    ("Work with parents is, in the Foundation's schools, the work of each school's family liaison officer. The Award gives it the "
     "afternoon of Day 5.", "Day 5 (afternoon)"),
])

part("V. JUDGING THE WORK", [
    "Write what is true, and only what is true. Let your Tasks show what you have done, not what you wish you had done.",
    "Do you keep your Learning Journal faithfully, and is it honest about what went wrong?",
    "When your work is judged, receive the judgement as help.",
    "Are we, who judge, fair to every participant? Would another tutor have reached the same judgement?",
    "Is what we ask of you in the Tasks what the children need of you?",
], [
    ("Task 1, A Child's Story (5,000 words): a term's work with one pupil: identification, other professionals' assessments, targets, "
     "an intervention drawing on research and advice, the pupil's views, work with other services, and baseline and follow-up "
     "measures of attainment and well-being.", "Submitted January"),
    ("Task 2, The School's Map (4,000 words with the map): a provision map of the school, reviewed with colleagues, with the "
     "school's tracking and national test data, the deployment of staff, and what the review tells the school's self-evaluation.",
     "Submitted April"),
    ("Task 3, The Conversation: a forty-minute oral examination with two tutors on the law, Every Child Matters, disability equality, "
     "other agencies and research, drawing on the participant's Learning Journal.", "June"),
    ("The Learning Journal is read by the tutor at each tutorial; it is not marked.", "Tutorials"),
    ("To gain the Award a participant must pass all three Tasks, each at 40 per cent or above, and keep a Learning Journal to the end "
     "of the course.", "Award Handbook, section 7"),
    ("Each Task is marked by the participant's tutor; a failing Task is second-marked by another tutor. Moderation: [to be confirmed "
     "with the University].", "Award Handbook, section 7"),
])

part("VI. KEEPING OUR PRACTICE UNDER REVIEW", [
    "Are we willing to be changed by what participants tell us? Do we hear the uncomfortable things?",
    "How will we know whether the children in our participants' schools are better served?",
    "Do heads, parents and the children themselves have a voice in how the Award is judged?",
    "Are those who teach the Award still learning themselves?",
    "Does everyone who helps with the Award know what is asked of them?",
], [
    ("Before the Award the Foundation held four listening meetings in 2007-08, with the SENCOs and heads of its schools and partner "
     "schools, with Marcher County Council's SEN team, and with the Clun Valley Parents' Forum. SENCOs asked for more on provision "
     "mapping and on other agencies; the council asked for work in special schools; parents asked that teachers learn to listen to "
     "children. As a result the placements at Oakhanger School and with the Learning Support Service were added, Day 3 was given "
     "wholly to listening to children, and Day 6 to provision mapping.", "Report to the Schools Committee, June 2008"),
    ("How heads, parents and pupils will take part in evaluating the Award has not yet been decided.", "Schools Committee"),
    ("Participants evaluate each day in writing and the tutors review the evaluations together within the week. At the end of the "
     "year participants complete the University's module questionnaire; the external examiner appointed by the University reports "
     "on standards; and the University's annual monitoring considers both. Each October the Foundation's Schools Committee receives "
     "all of these and minutes the changes to be made to the next year's Award.", "Award Handbook, section 8"),
    ("The baseline and follow-up measures from every Task 1 (reading and spelling ages, attendance, a well-being scale completed by "
     "the pupil) are collated across the cohort and reported to the Schools Committee as evidence of the Award's effect on pupils. "
     "Participants rate their confidence against each query in the final table at the Starting Point review and again in June, and "
     "tutors record their own judgement of each participant's competence at entry and exit.", "Award Handbook, section 8"),
    ("The tutors are Owen Pritchard (MA SEN, former SENCO and local authority SEN adviser), Bethan Howells (MEd, specialist teacher "
     "for dyslexia, AMBDA) and Dr Thomas Lloyd (educational psychologist). Each keeps a record of their own professional updating, "
     "reviewed yearly by the Award Leader.", "Award Handbook, section 9"),
    ("Every tutor and every school mentor receives the Tutors' and Mentors' Handbook, which sets out their roles and the Task "
     "criteria. Mentors attend a training afternoon in September, and tutors meet each term to mark specimen Tasks together.",
     "Award Handbook, section 9"),
])

part("VII. GOING ON", [
    "Consider, as the year ends, where you are led next.",
    "Give thanks for what you have learned, and pass it on.",
    "Remember that the children you met on the Award are still growing. So are you.",
    "Let your school be a place where others can learn what you have learned.",
], [
    ("The last tutorial, in June, reviews the participant's Learning Journal for the year.", "June tutorial"),
])

n = 0
for title, items, practice, after in PARTS:
    para(doc, "")
    para(doc, title, bold=True)
    for it in items:
        n += 1
        p = doc.add_paragraph()
        run(p, "%d.  " % n, bold=True)
        run(p, it, italic=True)
    para(doc, "In practice", bold=True, italic=False)
    rows = [["What the Foundation does", "When and who"]] + [list(x) for x in practice]
    t = table(doc, rows, widths=[12.5, 4.0], header_fill="DCE6F1")
    if after == "crb":
        r = t.add_row()
        r.cells[0].text = ("The Foundation's Admissions Clerk sees each participant's enhanced CRB disclosure before the first taught "
                           "day and records its number and date, with the result of a check of List 99; a participant whose "
                           "disclosure has not been seen does not begin the Award.")
        r.cells[1].text = "Admissions Clerk, September"
        ins_row(r, AC, DC)
        anchor = t.rows[4].cells[0].paragraphs[0].runs[0]
        doc.add_comment([anchor], text="The University would accept APL up to 20 credits if we asked for it. Do we want to? OP",
                        author=AE, initials="OP")
    if after == "spring":
        p = t.rows[1].cells[0].paragraphs[0]
        dele(p, " A second group may begin in January and take the days in a different order.", AE, DE)
        anchor = t.rows[6].cells[0].paragraphs[0].runs[0]
        doc.add_comment([anchor], text="Library access was promised by the Faculty in October but we have nothing in writing. OP",
                        author=AE, initials="OP")

doc.add_page_break()
para(doc, "THE QUERIES AND THE NATIONAL OUTCOMES", bold=True)
para(doc, "Every one of the national outcomes is answered below. The query is how we put the outcome to the participant; the other "
     "columns say where the participant meets it on the Award and how it is judged.")
Q = [["The query", "Where you meet it", "How it is judged"],
     ["BAND:As a person and a professional"],
     ["Are your relationships with children who have SEN or disabilities, and with their parents, fair, respectful and supportive?", "Day 5", "Task 1"],
     ["Do you win the commitment of colleagues, and of your head and senior leaders, to these pupils' progress?", "Day 8", "Learning Journal (read by the tutor; not marked)"],
     ["Do you order your work, use your time well and delegate with care, seeing that what you delegate is done?", "Day 8", "Task 2"],
     ["Do you foresee problems and settle them, and is your judgement on provision sound?", "Day 6", "Task 2"],
     ["Do you speak and write clearly, and listen to and understand the views of others?", "Throughout", "Task 3 (speech); Tasks 1 and 2 (writing)"],
     ["Do you draw on research and outside advice to improve your own and your colleagues' practice?", "Day 7", "Task 1"],
     ["Do you keep up to date and take charge of your own learning in SEN and disability?", "Day 9", "Learning Journal (read by the tutor; not marked)"],
     ["BAND:In what you know and understand"],
     ["Do you know the law and guidance on SEN, the Code of Practice above all, and how to put them into practice in your school?", "Day 1", "Task 3"],
     ["Do you know what Every Child Matters asks, and how you can help children to its five outcomes?", "Day 1", "Task 3"],
     ["Do you know the law on disability equality and what it requires your school to do?", "Day 1", "Task 3"],
     ["Do you understand how children develop, and how SEN, disability and their surroundings affect that development?", "Day 2", "Task 1"],
     ["Do you know the common kinds of SEN and disability (BESD, specific learning difficulties including dyslexia, SLCN, autism, MLD) and how they affect learning?", "Days 2 and 3", "Task 1"],
     ["Do you weigh critically the approaches, strategies and resources, ICT among them, for assessing, planning and teaching?", "Day 4", "Task 1"],
     ["Do you understand how a school evaluates itself and improves, and what that means for pupils with SEN?", "Day 6", "Task 2"],
     ["Do you know what works best and what research has found in meeting children's special educational needs?", "Day 7", "Task 3"],
     ["Do you know what other services and agencies do, and how to get their help?", "Day 5; placement", "Task 3"],
     ["BAND:In what you do"],
     ["Do you find the pupils who may have SEN, set targets that stretch them, plan interventions and review their progress?", "Days 2 and 3", "Task 1"],
     ["Do you use other professionals' assessments to shape teaching?", "Day 5", "Task 1"],
     ["Do you use national tests and other summative assessments to track progress and change what is offered?", "Day 6", "Task 2"],
     ["Do you help other teachers develop formative assessment with pupils with SEN in mind?", "Day 4", "Task 2"],
     ["Are special arrangements for tests and examinations identified and in place in good time?", "MERGE:Not part of the Award: this is the work of each school's examinations officer"],
     ["Do you map provision, and find where it is missing or does not work?", "Day 6", "Task 2"],
     ["Do you deploy and manage staff, teaching assistants above all, so that pupils are well supported?", "Day 8", "Task 2"],
     ["Do you support your colleagues' development by observing, modelling, coaching and training?", "Days 4 and 8", "Not judged"],
     ["Do you review with other staff how well provision works, so that it informs the school's planning?", "Day 6", "Task 2"],
     ["Are pupils involved in planning, agreeing and reviewing their own provision?", "Day 3", "Task 1"],
     ["Do you liaise with parents and carers so that their children learn and develop?", "Day 5 (afternoon)", "Practised in school; not judged"],
     ["Do you work in partnership with other services and agencies, voluntary organisations among them?", "Day 5; placement", "Task 1"]]
t = doc.add_table(rows=len(Q), cols=3); t.style = "Table Grid"
for i, row in enumerate(Q):
    if row[0].startswith("BAND:"):
        band(t, i, row[0][5:], fill="DCE6F1"); continue
    t.cell(i, 0).text = row[0]
    if len(row) == 2 and row[1].startswith("MERGE:"):
        m = t.cell(i, 1).merge(t.cell(i, 2))
        for p in m.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        m.paragraphs[0].text = row[1][6:]
        shade(m, "F2F2F2")
        continue
    for j in (1, 2):
        t.cell(i, j).text = row[j]
    if i == 0:
        for j in range(3):
            t.cell(0, j).paragraphs[0].runs[0].bold = True; shade(t.cell(0, j), "DCE6F1")

para(doc, "")
para(doc, "Approved by the Schools Committee of the Friends' Schools Foundation of the Marches, held in a spirit of worship, "
     "8 November 2008. Signed: Margaret Evans, Clerk.", italic=True)
doc.save(OUT)
print("wrote", OUT)
