"""fl-01-linden-mandate-report: build the .docx next to this script.

Provider (invented): The Linden Fellowship of Steiner-Waldorf and Small Schools,
an association of nineteen small independent schools (most of them Steiner-Waldorf
schools governed by a College of Teachers, a few small all-through and village
independent schools) that trains its own staff. Office at Linden House, Amberwell,
Gloucestershire. Validating university: the University of Severnmead (invented),
which validated the "Postgraduate Certificate in Special Educational Needs
Coordination (Steiner-Waldorf and Small Schools)" at an event on 9 December 2008.
Residential week at Whitecombe College (invented adult-education college);
visits to the Ashfold Community (invented curative-education community).

Kind of document: in Steiner-Waldorf governance a body gives a small group a
"mandate" (dynamic delegation) and the group reports back. This is the Report of
the Learning Support Mandate Group to the Fellowship Council, sent whole with the
Council's resolutions of 17 January 2009 written into it, as the Fellowship's
application. Voice: "we" = the mandate group; Council resolutions in the third
person in shaded boxes.

Layout: a title block; a shaded covering note to the panel; Part A The mandate
(the Council's eight questions, as given: questions, not answers); Part B How we
worked (meetings and consultation table); Part C What we heard (a two-column
"What we heard / What we propose" table); Part D Proposals P1-P14, each with the
group's reasoning followed by a shaded "Council resolution" box (Agreed /
Agreed as amended / Not agreed / Referred back); Part E The course as resolved
(staff table, study Saturdays table); Appendix: outcome map with merged group
rows (A, K, S) and the Fellowship's own wording. Council amendments are real
tracked changes (w:del / w:ins by "Miriam Holte"). Three Word comments. Header
and footer with the Council paper number.

Traps (requirement ids):
- P1 aims: Council deleted (tracked w:del) "and to raise their attainment" from
  the aims, and inserted a well-being wording; the aims and the assessment speak
  of well-being and "the whole child" only -> 1.1 partially_met.
- Research: only the movement's own literature and a generic "keep abreast"
  statement; no inspection evidence or recent developments named -> 1.3
  partially_met.
- P5 credit for earlier study: proposed by the group, "Not agreed" by Council
  for the first cohort -> 2.1 not_met (negation far from the proposal text,
  which itself describes APL fully).
- P6 assessment without attendance: proposed, "Not agreed" -> 2.3 not_met.
- P7 starting conversation: a self-review against the outcomes, but "the
  course is the same for everyone"; no individual plan -> 2.2 partially_met;
  the same sentence, with the subsidised fee and the child study in the
  participant's own school, makes 2.4 partially_met (cost and quality, no
  tailoring).
- P8 online study room: VLE readings, submission and tutor email between study
  Saturdays agreed, the peer forum "Referred back" -> 3.3 partially_met.
- Equality: welcoming values and "we will do what we can" -> 3.1
  partially_met. One September start, fixed order; only a choice of two
  residential weeks -> 3.2 partially_met.
- P12 evaluation: Council deleted (tracked) the parents' panel and inserted
  "would welcome parents' views"; mentors report only on the participant's
  progress; stakeholders host and mentor (delivery) but have no stated role in
  evaluation -> 4.3
  partially_met (4.1, 4.2 met from Parts B and C).
- P13 checks: relies on member schools' single central records; the Fellowship
  itself does not see or record disclosures; a comment (not submission) asks
  whether to ask for CRB numbers -> 5.3 partially_met.
- Resources: library only; screens kept from younger pupils (pupils, not the
  course); no ICT or specialist technology for the course -> 5.6
  partially_met.
- Impact: participants' confidence measured by the closing self-review; for
  pupils "has not settled on a way" -> 5.9 partially_met.
- 6.0: award on passing the three strands, blanket claim that the strands
  "between them cover every national outcome" -> 6.0 partially_met; 1.9
  partially_met (some outcomes not assessed).
- P11: national tests and examination arrangements "Not agreed" for inclusion
  -> 6.S2d not_met; 6.S2b partially_met (discussed, not assessed).
- Outcome map: 6.A3 taught, no assessment; 6.K2 "Not separately assessed";
  6.K7 taught, assessment cell "—"; 6.S4 formative mentor observation only
  ("not graded") -> partially_met each. 6.S2c has no row (the S2 row names
  only S2 and S2a) -> not_met.
- Comment on the Appendix claims S2c is covered by Strand Two: a comment is not
  the submission.
- P14 "Looking Forward" conversation: met (2.5).
"""
from pathlib import Path
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("fl-01-linden-mandate-report.docx")
AUTHOR = "Miriam Holte"
DATE = "2009-01-17T16:20:00Z"
_id = [100]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "The Linden Fellowship of Steiner-Waldorf and Small Schools  |  Council paper C/08-09/14"
sec.footer.paragraphs[0].text = "Not for circulation beyond member Colleges until the Council's minutes are approved"


def P(text="", bold=False, italic=False, style=None, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def H(text, level=1):
    return doc.add_heading(text, level=level)


def B(text):
    return doc.add_paragraph(text, style="List Bullet")


def _nid():
    _id[0] += 1
    return str(_id[0])


def tracked(p, parts):
    """parts: list of (kind, text), kind in '', 'del', 'ins'."""
    for kind, text in parts:
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        if kind:
            w = OxmlElement("w:" + kind)
            w.set(qn("w:id"), _nid())
            w.set(qn("w:author"), AUTHOR)
            w.set(qn("w:date"), DATE)
            w.append(r)
            p._p.append(w)
        else:
            p._p.append(r)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def box(lines, fill="E8EFE4", title=None):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = True
    if title:
        c.paragraphs[0].add_run(title).bold = True
        first = False
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(ln, list):
            tracked(p, ln)
        else:
            p.add_run(ln)
    doc.add_paragraph()
    return t


def resolution(verdict, lines):
    return box(lines, fill="EDE7D9", title="Council resolution (17 January 2009): " + verdict)


def table(header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
        shade(t.rows[0].cells[i], "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- title
P("THE LINDEN FELLOWSHIP OF STEINER-WALDORF AND SMALL SCHOOLS", bold=True, size=14)
P("Report of the Learning Support Mandate Group to the Fellowship Council", bold=True, size=13)
P("with the Council's resolutions of 17 January 2009", italic=True)
P("Mandate given: 20 September 2008 (Council minute 08/61). Report presented: 17 January 2009. "
  "Mandate holders: Jonas Verity (convenor; class teacher and learning support coordinator, Amberwell Steiner School), "
  "Dr Helen Quarrie (senior lecturer in inclusive education, University of Severnmead), Anneke de Vries "
  "(curative educator, the Ashfold Community), Tom Bellhouse (head, St Kenelm's Small School) and Ruth Amsel "
  "(parent, Dean Meadow Waldorf School).")

box([
    "To the approval panel of the Training and Development Agency for Schools",
    "The Fellowship sends this report whole, as its application to run the national award for SENCOs. It is "
    "the document our Council worked from, and we have not rewritten it for the panel. The Council's "
    "resolution follows each proposal in Part D; where the Council did not agree a proposal, or referred it "
    "back, that proposal is not part of the course we are asking you to approve. Part E describes the course "
    "as resolved. The outcome map is in the Appendix.",
    "Miriam Holte, Chair of the Fellowship Council, 23 January 2009",
], fill="F2F2F2")

# ---------------------------------------------------------------- Part A
H("Part A. The mandate", 1)
P("At its Michaelmas meeting the Council gave the Learning Support Mandate Group the following mandate. "
  "We reproduce it as it was minuted.")
P("\"The Council asks the mandate holders to bring to its January meeting a proposal for a course, open to "
  "teachers in all member schools, that would lead to the national award for special educational needs "
  "coordinators and would be recognised by a university. The mandate holders are asked to consider:", italic=True)
for q in [
    "(a) what the course should be for, in the light of our schools' picture of the child;",
    "(b) how it can be taught to teachers who carry a full class teacher's load;",
    "(c) whether earlier study and experience should count towards it;",
    "(d) whether an experienced colleague could be assessed without taking the course;",
    "(e) how the course can use the expertise of the curative education movement;",
    "(f) whether the course should use computers and the internet;",
    "(g) how teachers will be assessed, and by whom;",
    "(h) how the Fellowship will know whether the course does any good.\"",
]:
    P(q, italic=True)
P("The mandate runs until the Council's resolutions on this report, after which the Learning Support Course "
  "Group (Part E) carries the course.")

# ---------------------------------------------------------------- Part B
H("Part B. How we worked", 1)
P("We met seven times between 2 October 2008 and 8 January 2009, four times at Linden House and three times at "
  "member schools, so that we could see how learning support is carried in schools of different sizes. Minutes of "
  "each meeting went to the Council secretary. Between meetings we gathered the views set out below.")
table(["Whom we asked", "How", "When", "Response"], [
    ["Colleges of Teachers and heads of all 19 member schools", "Written questionnaire on learning support needs and on what a course should contain; followed by a telephone conversation with each school's learning support teacher", "October 2008", "17 of 19 schools replied"],
    ["Learning support and class teachers", "Open meeting at the Fellowship's autumn teachers' conference, Dean Meadow", "1 November 2008", "46 teachers attended; notes taken by two members of the group"],
    ["Parents", "Evening meeting hosted by the Dean Meadow parents' association; a short written invitation to comment sent through every school's newsletter", "13 November 2008", "22 parents attended; 31 written replies"],
    ["Upper school pupils with learning support plans", "Small conversations led by their own class guardians, using three questions we supplied", "November 2008", "Nine pupils from three schools"],
    ["The Ashfold Community and two visiting therapists", "Meeting at Ashfold", "20 November 2008", "Notes agreed with Ashfold's coordinator"],
    ["Gloucestershire and Wiltshire SEN officers who place children in our schools", "Letter and telephone", "November 2008", "Two officers replied"],
    ["The University of Severnmead", "Development meetings with the programme approval team", "October to December 2008", "Validation event held 9 December 2008"],
])
P("Dr Quarrie's part in the group was to keep our proposals within what the university can validate. "
  "She did not take part in the group's decisions on Parts D and E.")

# ---------------------------------------------------------------- Part C
H("Part C. What we heard", 1)
P("The questionnaire showed that in 12 of the 17 schools that replied, the person who coordinates learning "
  "support also teaches a class for most of the week, and that only three have had any training in the "
  "SEN Code of Practice since 2001. Schools placing children with statements told us that the local "
  "authorities' officers increasingly ask our schools to speak their language of targets and reviews. "
  "The table gives the main points and what we did with them.")
table(["What we heard", "What we propose"], [
    ["Teachers cannot leave their classes on weekdays; the main lesson cannot be covered easily (16 schools).", "Study on Saturdays, nine in the year, and one residential week in the holidays (P3)."],
    ["Colleges want the child study, which our schools already practise, to sit at the heart of the course.", "Strand One is built around a child study carried out with the participant's own College (P2)."],
    ["Parents asked to be met as partners, not informed after decisions are taken. Several described review meetings where they were the only people not to have seen the papers.", "A study Saturday on working with parents, and a parents' meeting is a required part of the child study (P2, Appendix)."],
    ["Pupils said they want to be asked, and to be told what the plan is for.", "A \"hearing the child\" conversation is a required part of the child study (P2)."],
    ["The SEN officers asked that our teachers know the Code of Practice and the statutory review process well.", "A whole study Saturday on the law and the Code, assessed in Strand Two (P2)."],
    ["Curative educators offered their experience and their places for visits.", "Visits to the Ashfold Community and its therapists during the residential week (P3)."],
    ["Small schools cannot release a teacher for a fee of the size universities charge.", "The Fellowship meets part of the cost from its training fund (P4)."],
])

# ---------------------------------------------------------------- Part D
H("Part D. Proposals and the Council's resolutions", 1)

H("P1. What the course is for", 2)
P("We propose that the course should state its aims as follows.")
tracked(doc.add_paragraph(), [
    ("", "The course helps teachers who coordinate learning support in our schools to perceive each child truly, "
         "to meet the child's needs in the life of the class and the school, "),
    ("del", "and to raise their attainment, "),
    ("ins", "to support the health and well-being of the whole child, "),
    ("", "and to carry this work with colleagues, parents and other professionals."),
])
P("Within these aims the course has four objectives: that participants understand child development and the "
  "common forms of special educational need; that they know the law and guidance that govern the work; that "
  "they can lead a child study and turn it into a plan of provision; and that they can lead colleagues in "
  "reviewing what the school offers. The assignments (P10) are written to these objectives.")
P("We discussed at length whether the course should promise to improve children's results. Many of our schools "
  "do not test younger children, and some colleagues feared that a course built on targets would pull against "
  "the Steiner-Waldorf curriculum. Others, including the officers who place children with us, argued that "
  "children with special needs in our schools have a right to make measurable progress. We left both views "
  "before the Council.")
resolution("Agreed as amended", [
    "The Council agreed the aims with the amendment shown, and asked that the course speak of the development of "
    "the whole child and of well-being rather than of attainment. The objectives were agreed as proposed.",
])

H("P2. The shape of the course", 2)
P("We propose three strands, each validated by the university as a 20-credit module at Level 7, giving the "
  "Postgraduate Certificate in Special Educational Needs Coordination (Steiner-Waldorf and Small Schools), "
  "60 credits in all. The university has confirmed that completion leads to the national award.")
table(["Strand", "Taught", "What it covers", "Assessed by"], [
    ["One: Seeing the Child", "Study Saturdays 1-3, September to December", "Child development; the common forms of special educational need and disability and how they show themselves; observation; the child study; hearing the child", "Child study report (4,000 words) and the participant's presentation of the study to their own College"],
    ["Two: Meeting the Child", "Study Saturdays 4-6 and the residential week", "The law and the Code of Practice; disability equality; working with parents; other services; assessment and planning; provision mapping", "Provision review of the participant's own school (4,000 words) with a provision map"],
    ["Three: Carrying the School", "Study Saturdays 7-9, April to July", "Leading colleagues; supporting colleagues' practice; reviewing provision with the College; the SENCO's year", "Leadership portfolio: mentor's observation record, a record of a colleague supported, and a reflective essay (3,000 words)"],
])
P("In Strand One each participant carries out a full child study with a pupil in their own school, with the "
  "parents' written agreement. The study has five parts: the picture of the child drawn by the class teacher "
  "and colleagues; a week of observation in lessons, at play and at meals; a conversation with the child "
  "(\"hearing the child\") in a form suited to the child's age; a meeting with the parents; and the College's "
  "study meeting, at which a plan is agreed. Six weeks later the participant reviews the plan with the child's "
  "teachers and the parents and writes up what has changed.")
resolution("Agreed", ["The Council agreed the three strands and the child study as proposed."])

H("P3. Study Saturdays and the residential week", 2)
P("There will be nine study Saturdays, 9.30 to 4.00, held in turn at Amberwell, Dean Meadow and St Kenelm's, "
  "and a residential week at Whitecombe College. Participants may take the residential week either in the "
  "Easter holiday (14 to 18 April 2009) or in the first week of August (3 to 7 August 2009); both weeks have "
  "the same programme. During the residential week each participant spends two days at the Ashfold Community, "
  "in its school and therapy rooms, and a day at Brookfield School, the maintained special school for pupils "
  "with moderate and severe learning difficulties in Amberwell, which has agreed to take up to eight "
  "participants a year.")
resolution("Agreed", ["Agreed. The Council thanked Brookfield School's governors for their offer."])

H("P4. Who may join, and how", 2)
P("The course is open to qualified teachers (holding QTS or a recognised Steiner-Waldorf teacher education "
  "diploma together with a first degree) who have taught for at least two years and who coordinate, or are "
  "about to coordinate, learning support in a member school. A teacher applies with a nomination form signed "
  "by the chair of their College or their head, confirming that the school will give the teacher the time and "
  "access to pupils that the child study needs. Every applicant is interviewed by two members of the course "
  "group, who use the national outcomes to judge whether the applicant has the knowledge and experience to reach "
  "them within the year. An applicant who is not ready is offered the Fellowship's foundation course in "
  "learning support and a place in a later year.")
P("The fee will be £1,350 for the year. The Fellowship's training fund will meet £600 of this for a teacher "
  "in a member school of fewer than 150 pupils.")
resolution("Agreed", ["Agreed."])

H("P5. Credit for earlier study", 2)
P("Several teachers hold the Fellowship's Certificate in Curative Education or university credit from earlier "
  "special needs courses. The university's regulations allow up to 20 credits of the certificate to be awarded "
  "for prior certificated or experiential learning, mapped against a strand's outcomes. We propose that "
  "applicants may claim exemption from Strand One in this way, by a claim assessed by the course leader and "
  "confirmed by the university's accreditation of prior learning panel.")
resolution("Not agreed", [
    "The Council did not agree this proposal for the first two cohorts. Every participant will take all three "
    "strands. The Council will look at the question again when the first cohort has completed.",
])

H("P6. Assessment without the course", 2)
P("We were asked (mandate question (d)) whether an experienced colleague could be assessed without taking the "
  "course. There are perhaps four such teachers in the Fellowship. We propose that, exceptionally, such a "
  "teacher could submit the three strands' assessments without attending, with a viva before two tutors.")
resolution("Not agreed", [
    "The Council did not agree. It considers that the course's value lies in the shared work of the cohort and that "
    "no one should receive the award without attending.",
])

H("P7. The starting conversation", 2)
P("Before the first study Saturday each participant will meet their tutor for an hour for a starting "
  "conversation. The participant brings a short self-review in which they say, for each of the national "
  "outcomes, how confident they feel and what experience they have. The tutor and participant talk this "
  "through and note which outcomes the participant expects to find hardest. The same self-review is repeated "
  "at the end of the course (P12).")
P("The starting conversation is a way to get to know each participant. It is not used to change what anyone "
  "studies: the course is the same for everyone, and we think this is right for a first cohort.")
resolution("Agreed", ["Agreed."])

H("P8. Computers and the internet", 2)
P("The university will give every participant an account on its online learning environment. We propose three "
  "uses: the course readings and the strand handbooks will be held there, so that participants in remote "
  "schools do not depend on the Fellowship's library; assignments will be submitted there; and participants "
  "may write to their tutor through it at any time between study Saturdays, with a reply promised within five "
  "working days. We also propose an online discussion forum in which each study Saturday's questions could be "
  "carried on between meetings by the participants themselves, led in turn by one of them.")
resolution("Agreed in part; forum referred back", [
    "The readings, online submission and the tutor correspondence are agreed. The discussion forum is referred "
    "back to the course group: several Council members were uneasy about it, and the Council asked for a fuller "
    "proposal, with the time it would take tutors, by Easter 2009.",
])

H("P9. Mentors and tutors", 2)
P("Each participant will have a mentor in their own school, chosen with the College: an experienced colleague, "
  "usually a class teacher or the school doctor's assistant, who is not the participant's line manager. Mentors "
  "meet the participant at least twice a term, support the child study and the provision review, and in Strand "
  "Three observe the participant leading a meeting of colleagues and write an observation record. All mentors "
  "attend a mentors' afternoon at Linden House in September, receive the mentors' handbook written by the group, "
  "and meet the course leader once a term by telephone. Tutors attend a tutors' day before the course begins, "
  "at which the strand handbooks, the marking criteria and the moderation arrangements are worked through.")
resolution("Agreed", ["Agreed."])

H("P10. Assessment and moderation", 2)
P("Each strand's assignment is marked against the strand's learning outcomes and the university's Level 7 "
  "criteria. Every assignment is marked by the participant's tutor and second-marked by another tutor; where "
  "the two marks differ by more than ten marks a third tutor reads it. A sample of a third of each strand's "
  "work, and all fails and distinctions, goes to the university's external examiner for the programme. The "
  "university's Board of Examiners confirms all marks. The course group holds a moderation meeting after each "
  "strand at which tutors read one another's marking together.")
resolution("Agreed", ["Agreed."])

H("P11. National tests and examinations", 2)
P("The national outcomes include the use of national tests to track progress and the arrangements pupils need "
  "in tests and examinations. Most of our schools do not take part in the national tests at Key Stages 1 to 3. "
  "Our upper schools enter pupils for GCSE and A level, and access arrangements are made for them by the upper "
  "school examinations officer. We propose that a half day in Strand Two covers both matters.")
resolution("Not agreed", [
    "The Council did not agree that the course should include national tests and examination arrangements. "
    "Examination arrangements are the work of the upper school examinations officers, and national tests are not "
    "used in our lower schools. Summative assessment may be discussed on study Saturday 5, but will not be assessed.",
])

H("P12. How the Fellowship will know whether the course does any good", 2)
P("We propose that the course is evaluated in four ways. Participants complete a short evaluation at the end "
  "of every study Saturday and of the residential week; the course group reads these at its next meeting and "
  "records what it will change. Participants repeat the starting self-review at the end of the course, so that "
  "the change in their confidence against each outcome can be compared. Mentors write a short report at the end "
  "of each strand on the participant's progress. The university's annual monitoring of the programme, with the external examiner's report, "
  "comes to the course group and then to the Council each autumn, and the group's response to it is minuted.")
tracked(doc.add_paragraph(), [
    ("", "We also propose that "),
    ("del", "a parents' panel of four parents, drawn from different schools, meets each summer to review the "
            "child studies' six-week reviews and to advise the course group."),
    ("ins", "the Fellowship would welcome parents' views on the course."),
])
P("We did not find a way to measure whether the children in our schools make better progress because their "
  "teachers have taken the course, and the Fellowship has not settled on a way to measure the effect on "
  "children's progress. The six-week review in each child study tells us something about one child.")
resolution("Agreed as amended", ["Agreed with the amendment shown."])

H("P13. Checks on participants", 2)
P("Every teacher in a member school has an enhanced CRB disclosure, which the school obtains and records in its "
  "single central record as the independent school standards require; the schools' records are examined when "
  "they are inspected. The Fellowship relies on this and will not repeat the checks.")
resolution("Agreed", ["Agreed."])

H("P14. Looking forward", 2)
P("At the end of Strand Three each participant will hold a \"Looking Forward\" conversation with their mentor and "
  "the chair of their College or their head, using the closing self-review. Together they agree two or three "
  "objectives for the participant's professional development in the following year and how the school will "
  "support them. The participant records these on the Looking Forward sheet, which is kept in the leadership "
  "portfolio; a copy goes to the College.")
resolution("Agreed", ["Agreed."])

# ---------------------------------------------------------------- Part E
H("Part E. The course as resolved", 1)
P("This Part brings together what the Council resolved, so that member schools can see the course whole. The "
  "first cohort begins on Saturday 12 September 2009.")

H("E1. The Learning Support Course Group and staff", 2)
P("The course is carried by the Learning Support Course Group, which reports to the Council. It is led by Jonas "
  "Verity as course leader, with Dr Helen Quarrie as the university's link tutor. The tutors are:")
table(["Tutor", "Background", "Teaches"], [
    ["Jonas Verity", "Class teacher 14 years; learning support coordinator at Amberwell since 2003; MA Special and Inclusive Education (Severnmead, 2006)", "Strands One and Three"],
    ["Dr Helen Quarrie", "Senior lecturer, University of Severnmead; former SENCO in a Bristol comprehensive; PhD on provision mapping in small schools (2004)", "Strand Two"],
    ["Anneke de Vries", "Curative educator at Ashfold for 19 years; Diploma in Curative Education; teaches on the Ashfold seminar", "Strand One; residential week"],
    ["Dr Simon Ellery", "School doctor for three member schools; general practitioner with a special interest in child development", "Strand One (two sessions)"],
    ["Clare Penhaligon", "Speech and language therapist, Ashfold; member of the Royal College of Speech and Language Therapists", "Strand One; residential week"],
])
P("Each tutor attends one of the university's staff development days each year and the Fellowship's autumn "
  "conference.")

H("E2. The study Saturdays", 2)
table(["Day", "Date (2009-10)", "Theme"], [
    ["1", "12 September", "Seeing the child: development in the first three seven-year periods; observation"],
    ["2", "3 October", "Every Child Matters and the child's well-being; the common forms of special need (1)"],
    ["3", "21 November", "The common forms of special need (2); hearing the child; planning the child study"],
    ["4", "16 January", "The law: the Code of Practice, statements and annual reviews; disability equality and our duties"],
    ["5", "6 February", "Assessing and planning: using other professionals' reports; targets; summative assessment"],
    ["6", "13 March", "Working with parents; provision mapping"],
    ["7", "24 April", "The SENCO's year: time, rhythm and priorities; delegating"],
    ["8", "22 May", "Supporting colleagues: observation, feedback, coaching"],
    ["9", "19 June", "Reviewing provision with the College; school self-evaluation; presentation of portfolios"],
])

H("E3. Access and equality", 2)
P("The Fellowship welcomes every teacher in its member schools, and believes that the course should be open to "
  "all, whatever their background or circumstances. The three schools that host study Saturdays have ground-floor "
  "halls. If a participant has a disability we will do what we can to help.")

H("E4. Libraries and materials", 2)
P("Participants may borrow from the Fellowship's library at Linden House, which holds about 1,200 volumes on "
  "child development, curative education and special needs, and use Whitecombe College's library during the "
  "residential week. Our schools keep screens away from younger children, and the course follows the same "
  "spirit in its own study days: there are no computers in the study Saturday rooms.")

H("E5. Research and reading", 2)
P("The course draws on the study of the developing child that underlies all our schools, and especially on "
  "the writing of Karl König and Walter Holtzapfel on children with special needs. The course group will keep "
  "the course abreast of current thinking in special education as it develops.")

H("E6. The award", 2)
P("A participant who passes all three strands is awarded the Postgraduate Certificate and the national award. "
  "The three strands between them cover every national outcome.")

# ---------------------------------------------------------------- Appendix
doc.add_page_break()
H("Appendix. Where the course meets the national outcomes", 1)
P("The left-hand column gives the national outcomes in the words our group used. \"SS\" is a study Saturday; "
  "\"RW\" is the residential week.")

rows = [
    ("A", "Professional attributes", None, None),
    ("A1", "Fair, respectful and warm relationships with children and their parents", "SS 1, 3, 6; the child study", "Child study report: the conversation with the child and the parents' meeting"),
    ("A2", "Winning the College's and head's commitment", "SS 8, 9", "Leadership portfolio: presentation of the child study to the College, and reflective essay"),
    ("A3", "Priorities, time and delegation", "SS 7", "Discussed with the mentor"),
    ("A4", "Sound judgement and problem solving on provision", "Strand Two", "Provision review: recommendations"),
    ("A5", "Speaking, writing and listening", "Throughout", "Presentation to the College; all written assignments"),
    ("A6", "Using research and outside advice", "SS 2, 5; RW", "Child study report: literature and advice drawn on"),
    ("A7", "Keeping up to date; own development", "SS 9; P14", "Looking Forward sheet in the leadership portfolio"),
    ("K", "Knowledge and understanding", None, None),
    ("K1", "The law, the Code of Practice and what they ask of the school", "SS 4", "Provision review, section on statutory duties"),
    ("K2", "Every Child Matters", "SS 2", "Not separately assessed"),
    ("K3", "Disability equality law and duties", "SS 4", "Provision review: the school's accessibility plan"),
    ("K4", "How children develop, and what affects development", "SS 1; Strand One", "Child study report"),
    ("K5", "The common forms of special need", "SS 2, 3; RW at Ashfold", "Child study report; short case commentary in the portfolio"),
    ("K6", "Approaches to assessment, planning and teaching, including ICT and reading aids for older pupils", "SS 5; RW", "Provision review"),
    ("K7", "School self-evaluation", "SS 9", "—"),
    ("K8", "Good practice and research", "Throughout", "Child study report; provision review"),
    ("K9", "Other services and agencies", "SS 5; RW", "Provision review: map of services used"),
    ("S", "Skills", None, None),
    ("S1", "Shaping the school's ethos, policy and resources with the College and trustees", "SS 8, 9", "Reflective essay"),
    ("S2, S2a", "Identifying needs, setting targets, planning and reviewing; using other professionals' reports", "Strand One; SS 5", "Child study report and six-week review"),
    ("S2b", "Summative assessment to track progress", "SS 5 (see P11)", "Not assessed"),
    ("S2d", "Arrangements for tests and examinations", "Not included (see P11)", "—"),
    ("S3", "Provision mapping; finding gaps", "SS 6", "Provision review with provision map"),
    ("S4", "Deploying and managing staff", "SS 7", "Mentor's observation (formative; not graded)"),
    ("S5", "Supporting colleagues' development", "SS 8", "Leadership portfolio: record of a colleague supported; mentor's observation record"),
    ("S6", "Reviewing provision with colleagues", "SS 9", "Provision review, written with the College's learning support circle"),
    ("S7", "Involving children in their own plans", "SS 3; the child study", "Child study report: hearing the child"),
    ("S8", "Working with parents", "SS 6; the child study", "Child study report: parents' meeting and six-week review"),
    ("S9", "Working with other services, including voluntary bodies", "SS 5; RW at Ashfold", "Provision review: map of services used and one joint case"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["Outcome", "In our words", "Where the course works on it", "How it is shown"]):
    t.rows[0].cells[i].text = ""
    t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    shade(t.rows[0].cells[i], "D9D9D9")
s2row = None
for code, words, where, how in rows:
    cells = t.add_row().cells
    if where is None:
        m = cells[0].merge(cells[3])
        m.text = ""
        m.paragraphs[0].add_run(code + ". " + words).bold = True
        shade(m, "EDE7D9")
        continue
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = code, words, where, how
    if code == "S2, S2a":
        s2row = cells[0]
doc.add_paragraph()

# ---------------------------------------------------------------- comments
def comment_on(par_text_start, text, author, initials):
    for p in doc.paragraphs:
        if p.text.startswith(par_text_start) and p.runs:
            doc.add_comment(p.runs, text=text, author=author, initials=initials)
            return
    raise SystemExit("comment anchor not found: " + par_text_start)


comment_on("Every teacher in a member school has an enhanced CRB",
           "Should we ask for the disclosure number and date on the nomination form? For Council to decide.",
           "Jonas Verity", "JV")
comment_on("The university will give every participant an account",
           "Accounts are set up by the university's IT services within a week of registration.",
           "Helen Quarrie", "HQ")
doc.add_comment(s2row.paragraphs[0].runs,
                text="S2c (encouraging colleagues' formative assessment) is also covered in Strand Two.",
                author="Helen Quarrie", initials="HQ")

doc.save(OUT)
print("wrote", OUT)
