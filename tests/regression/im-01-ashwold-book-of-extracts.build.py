"""im-01-ashwold-book-of-extracts

Provider (invented): the Ashwold Friends' Schools Foundation, a foundation of
eight Quaker independent schools in the north-west, with the University of
Lunesdale validating. Course: the Ashwold Award in SEN Coordination (the
"Coordinators' Course"), 2008-09.

Document kind and layout: a chapter of the Foundation's "Book of Shared
Practice", an anthology written in the manner of a Quaker book of discipline
(Faith and Practice): numbered paragraphs 14.01-14.47, each an attributed
extract (a teacher, a head, a tutor, a minute of the Education Committee, the
University's registrar, a pilot participant, a parent), the attribution in
italic beneath it, in eight sub-sections with the Foundation's own titles
("Coming to the work", "Gathered Days", "Seasoned judgement" ...). Shaded
"Editors' note" paragraphs introduce some sub-sections. A grey text box at the
start tells the panel how to read the chapter. The chapter closes with an
appendix of three tables: the Gathered Days (a merged, shaded band row for each
term), the three Pieces of Work, and "The Threads" (the outcomes in the
Foundation's own words: "What the coordinator comes to do | Grown in | Tested
in"), with band rows for the three groups. Heading styles for the chapter and
sub-section titles. Header (draft for the panel) and footer (a claim about CRB
checks). Three Word comments. Tracked changes: a deleted Threads row, an
inserted cell text, a deleted clause in the placements extract.

Traps (requirement ids):
- Voices: only extracts in which the Foundation, its Education Committee, its
  tutors or its University say what the course does count. A head's hope
  ("I would love ...", 1.5), a parent's wish, a pilot participant's memory of
  2007-08 (5.5 placements) and a 1987 extract about an older Foundation course
  do not.
- 2.3 not_met: the Education Committee "did not unite with" an assessment-only
  route, repeated by the Course Clerk.
- 5.3 not_met: CRB disclosures are held by each school as employer and the
  course "does not ask to see" them; the footer's "All participants hold
  enhanced CRB disclosures" is a footer; a comment asks whether to claim it.
- 2.2 partially_met: a pre-course "clearness conversation" about what draws the
  teacher to the work, with no assessment against the outcomes and no plan.
- 1.3 partially_met: research named only in general terms ("stay close to what
  is newly known"); the Warnock extract is thirty years old.
- 1.9 and 6.0 partially_met: "We do not set out to test every thread"; the
  Board "may, at its discretion, recommend the Award" where one Piece falls
  short (compensation); a comment notes the University's condonement rule.
- 3.1 partially_met: a belief ("that of God in everyone") and large-print
  handouts on request only.
- 3.3 partially_met: the Meeting Room online has peer threads, but tutors "do
  not reply in them" and questions wait for the next Gathered Day.
- 4.3 partially_met: council officers teach part of Day 5; evaluation by
  parents and pupils is only hoped for.
- 5.5 partially_met: visiting specialists on Day 5; the special-school day was
  the pilot's and "ended with the pilot" (and the clause promising it for
  2008-09 is a tracked deletion).
- 5.7 partially_met: tutors are briefed; guidance for school mentors "will be
  written during the first year".
- 5.9 partially_met: participants' confidence is rated before and after; impact
  on pupils is trusted to follow, "we have not yet found a way to measure it".
- Threads table (6.*): 6.A3, 6.S2b, 6.S2d, 6.S7 are grown but "Not tested"
  ("Encouraged; not tested", "touched on") - partially_met; 6.K4 has no row and
  is "not revisited on the course" (not_met); 6.K7's row is a tracked deletion
  with a comment (not_met); 6.S9's "Tested in" is a tracked insertion of
  "Piece Two" (met).
- Numbering collision: paragraph numbers 14.01-14.47 look like requirement ids
  only by accident; none is a requirement.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _im_helpers import (para, run, shade, shade_para, textbox, table, band, header_footer,
                         ins, dele, del_row, mark_para)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A1, D1 = "Ruth Hebden", "2008-11-03T10:12:00Z"
A2, D2 = "Alan Thistlethwaite", "2008-11-05T16:40:00Z"

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Georgia"; st.font.size = Pt(10.5)
header_footer(doc, "Ashwold Friends' Schools Foundation \u00b7 Book of Shared Practice \u00b7 Chapter 14 (as sent to the TDA panel, November 2008)",
              "All participants hold enhanced CRB disclosures. \u00a9 Ashwold Friends' Schools Foundation, Lunesdale")

doc.add_heading("Book of Shared Practice", level=0)
para(doc, "Chapter 14: Coordinating for every child", bold=True, size=14)
para(doc, "The Ashwold Award in SEN Coordination, 2008-09", italic=True)

textbox(doc, [
    ("To the members of the panel", True, False),
    ("We have not written a fresh document for you. Chapter 14 of our Book of Shared Practice is how our schools already "
     "speak to one another about the Coordinators' Course, and we would rather you read it as it is. Its paragraphs are voices: "
     "teachers, heads, tutors, our Education Committee, our University. Where a voice says what the course now does, that is our "
     "arrangement for 2008-09; where it remembers, hopes or wonders, we have left it so. The appendix sets out the Gathered Days, "
     "the Pieces of Work and the Threads in tables.", False, False),
    ("Ruth Hebden, Course Clerk, for the Education Committee", False, True),
])

EX = []  # (kind, payload)


def H(t):
    EX.append(("h", t))


def N(t):
    EX.append(("note", t))


def X(num, text, who):
    EX.append(("x", (num, text, who)))


H("Introduction")
N("Editors' note. This chapter gathers what has been said and minuted about the Award since the Foundation first resolved to offer "
  "it. It follows the order in which a teacher meets the course: being drawn to the work, coming to it, the Gathered Days, the work "
  "done at home and in school, the judging of that work, the testing of our own practice, and going on afterwards.")
X("14.01", "We are eight schools, some large and some very small, and between us we teach a little over three thousand children. "
  "Perhaps one in six of them needs something more of us than the ordinary day provides. The Coordinators' Course exists so that "
  "the teacher who carries that concern in each school does not carry it alone, and carries it well.",
  "Minute 2008/12 of the Education Committee, 8 March 2008")
X("14.02", "The aim of the Award is to raise the achievement and well-being of pupils with special educational needs and disabilities, "
  "in every one of the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive "
  "contribution and achieving economic well-being. Each Piece of Work is judged, among other things, on what it shows of the "
  "difference made to pupils, and Piece Two asks the participant to show that difference in attainment and in well-being both.",
  "Course Handbook, 2008-09, section 1")
X("14.03", "The Award is a Postgraduate Certificate of the University of Lunesdale, validated on 12 September 2008. It carries 60 "
  "credits at Master's level (Level 7), and its three Pieces of Work are the University's assessments, taken under the University's "
  "regulations for taught postgraduate awards.",
  "Dr Helen Marsden, Academic Registrar, University of Lunesdale, letter of 15 September 2008")
X("14.04", "When I came into teaching we were told that one child in five would have a special educational need at some time in "
  "their schooling. I have found it to be true, and more.",
  "A teacher at Brackenthwaite Friends' School, 1987, quoting the Warnock Report (1978)")

H("Being drawn to the work")
X("14.05", "We asked before we planned. In the spring of 2007 the Foundation wrote to the heads of its eight schools and to the SEN "
  "teams of Lunesdale County Council and Bowland Borough Council, asking what a new coordinator most lacked. Thirty-one replies came "
  "back. Heads asked above all for help with provision mapping and with the law; the councils asked that coordinators learn to work "
  "with their support services and with families; three coordinators asked for help in leading teaching assistants.",
  "Report to the Education Committee, June 2007")
X("14.06", "Because of what the heads and the councils told us, provision mapping moved from the last day to the third, a whole day "
  "on families was added (Day 4), and the day on other services is now led in part by the councils' own officers. The pilot's "
  "optional day on counselling skills was laid down, since no one had asked for it.",
  "Minute 2007/51 of the Education Committee, 11 July 2007")
X("14.07", "I would love the course to teach our SENCOs to sit with a child and really ask what the day is like for them. We have "
  "school councils; we have not yet learned to ask the quiet ones.",
  "A head of one of the Foundation's junior schools, at the Heads' Meeting, October 2008")
X("14.08", "Sometimes I think the school asks me to be the conscience of the staffroom. I would rather be its gardener.",
  "A coordinator in the pilot cohort, 2007-08")

H("Coming to the work")
N("Editors' note. The next paragraphs describe who may join the course and how. They are the Foundation's arrangements for the "
  "2008-09 cohorts.")
X("14.09", "The course is open to qualified teachers in post in the Foundation's schools and in maintained and independent schools "
  "nearby. Each must hold Qualified Teacher Status, have taught for at least two years, be the school's SENCO or have been named by "
  "the head as its next SENCO, and come with a letter of nomination from the head undertaking to release them for the Gathered Days.",
  "Course Handbook, 2008-09, section 2")
X("14.10", "A tutor reads each application against the entry profile, which sets out what a teacher needs to know already to reach "
  "the Threads by the end of the year: a working knowledge of the Code of Practice, experience of writing and reviewing individual "
  "education plans, and some acquaintance with the school's tracking data. Where a teacher falls short, the tutor advises them to "
  "wait a year and to take the Foundation's Twilight Series on SEN first; the Course Clerk confirms each place in writing.",
  "Course Handbook, 2008-09, section 2")
X("14.11", "Before the first Gathered Day each participant meets a tutor for a clearness conversation: an hour in which we talk "
  "through what draws them to the work, what their school asks of them and what they fear. The tutor writes a short note of it for "
  "the participant to keep.",
  "Ruth Hebden, Course Clerk, 2008")
X("14.12", "Credit for what a teacher has already done is given where it is due. A participant who holds credit from the "
  "University's Certificate in Inclusive Practice, or Master's-level credit in SEN from another university, may claim up to 20 "
  "credits against Piece One; a participant with long experience may instead make a portfolio claim for the same 20 credits, "
  "showing how that experience meets Piece One's Threads. The Board of Examiners decides each claim before the January Gathered Day.",
  "Course Handbook, 2008-09, section 3")
X("14.13", "The Committee considered whether an experienced coordinator might be assessed for the Award without attending the "
  "course, and did not unite with it. Everyone who takes the Award comes to the Gathered Days.",
  "Minute 2007/44 of the Education Committee, 13 June 2007")
X("14.14", "There is no assessment-only route. We have been asked twice this year, by good and experienced teachers, and have given "
  "the same answer: the Gathered Days are where the seasoning happens.",
  "Ruth Hebden, Course Clerk, 2008")
p_crb_n = len(EX)
X("14.15", "Every teacher in our own schools is appointed under the Foundation's safer recruitment policy, and each school, as "
  "employer, holds an enhanced CRB disclosure for its own staff. The course does not ask to see these disclosures.",
  "Clerk to the Trustees, 2008")
X("14.16", "We hold that there is that of God in everyone, and the course is open to all who are called to the work. Handouts can "
  "be had in large print or on coloured paper on request.",
  "Course Handbook, 2008-09, section 2")
X("14.17", "The fee for 2008-09 is \u00a3750, which the Foundation's schools meet for their own staff. For teachers from other schools "
  "a bursary of up to half the fee may be had from the Meeting Fund, and the cost to the Foundation of each place, about \u00a31,120 "
  "with tutors' time, is reported to the Trustees each year so that the Award stays within what schools can afford.",
  "Treasurer's note, September 2008")

H("Gathered Days")
N("Editors' note. The course meets on eight Gathered Days across the year, at the Meeting House at Ashwold and at Brackenthwaite. "
  "Each day opens with a short silence. Table A in the appendix lists them.")
X("14.18", "Participants may join in September or in January. The January cohort takes the same eight days in a different order, "
  "beginning with Days 5 to 8, and a participant who misses a day may take it with the other cohort. Days 2 and 6 can also be "
  "followed on the Meeting Room online, our Moodle site, by those who cannot travel that day.",
  "Course Handbook, 2008-09, section 4")
X("14.19", "Day 1 sets the ground: the five Every Child Matters outcomes and what the coordinator does towards each, the SEN Code of "
  "Practice (2001) and its graduated response, the Special Educational Needs and Disability Act 2001, and the Disability "
  "Discrimination Act 2005 with the disability equality duty and what it requires a school to do for disabled pupils.",
  "Alan Thistlethwaite, tutor, 2008")
X("14.20", "Day 2 is about seeing clearly: identifying pupils who may have SEN through observation, data and assessment, setting "
  "targets that stretch, and planning interventions. Half the day is given to the most common needs - behavioural, emotional and "
  "social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
  "spectrum disorders and moderate learning difficulties - and how each affects learning, and to the approaches and resources, "
  "ICT among them, that remove barriers for each.",
  "Alan Thistlethwaite, tutor, 2008")
X("14.21", "Child development we take as known from initial training; it is not revisited on the course.",
  "Ruth Hebden, Course Clerk, 2008")
X("14.22", "On Day 3 we map. Each participant brings their school's provision and builds a provision map of it on the day, finds "
  "where provision is missing or does no good, and reviews it afterwards with colleagues at school. National test results and "
  "other tracking data are looked at as one way of seeing progress; we encourage participants to use them, though we do not test "
  "it. Access arrangements for tests and examinations are touched on at the end of the day.",
  "Dr Miriam Scarth, tutor, 2008")
X("14.23", "Day 4, Families and the Meeting, is the day the heads asked for. A parent partnership officer and two parents of "
  "children in our schools speak; participants practise the annual review conversation and learn how to advise and support "
  "parents, and how to build fair and respectful relationships with children and families alike. A short session, Hearing the "
  "child, asks how children can be drawn into planning and reviewing their own provision.",
  "Course Handbook, 2008-09, section 4")
X("14.24", "I came to the school's first review meeting sure that I would be told what was to happen to my son. Instead I was asked.",
  "A parent, Brackenthwaite, 2006")
X("14.25", "Day 5, Other hands, is led with the SEN officers of Lunesdale County Council. An educational psychologist, a speech and "
  "language therapist and a CAMHS nurse each take an hour; a worker from a local autism charity speaks on the voluntary sector. "
  "Participants learn what each service does, how to get its help, and how to use the assessments other professionals write.",
  "Course Handbook, 2008-09, section 4")
X("14.26", "Day 6 turns to colleagues: deploying and managing teaching assistants, observing teaching and giving feedback, "
  "coaching and mentoring, leading training for the staff, and helping other teachers to develop assessment for learning with "
  "pupils with SEN in mind. Assistive technology from the Foundation's loan kit is set out on the tables for participants to try.",
  "Dr Miriam Scarth, tutor, 2008")
X("14.27", "Day 7 is about reading research and weighing evidence. Tutors try to stay close to what is newly known, and the reading "
  "list is refreshed each year.",
  "Course Handbook, 2008-09, section 4")
X("14.28", "Day 8, Seasoned judgement, brings the year together: leading with senior colleagues and governors, shaping the school's "
  "policy and the use of its resources, anticipating problems before they arrive, and speaking and writing so that others listen. "
  "Each participant rehearses the presentation of Piece Three to the group.",
  "Course Handbook, 2008-09, section 4")

H("Between the days")
X("14.29", "The Meeting Room online holds the materials for every day and a discussion thread for each home group, where "
  "participants share their work between days. Tutors read the threads but do not reply in them; questions for tutors are kept "
  "for the next Gathered Day.",
  "Course Handbook, 2008-09, section 5")
X("14.30", "Home groups are made by phase, so that infant, junior and senior school coordinators talk with others who teach "
  "children of the same age. Piece Two is always on a concern of the participant's own choosing in their own school, so the "
  "course bends to the teacher rather than the teacher to the course.",
  "Ruth Hebden, Course Clerk, 2008")
X("14.31", "The participant's work in school is the heart of the course. Piece Two is carried out there, with real pupils, over a "
  "term, and the head agrees its focus before it begins.",
  "Course Handbook, 2008-09, section 5")
X("14.32", "Each participant's head names a school mentor. Guidance for mentors on their part will be written during the first "
  "year.",
  "Course Handbook, 2008-09, section 5")

H("Seasoned judgement")
X("14.33", "There are three Pieces of Work, set out in Table B: a provision map and audit of the school's provision (Piece One), a "
  "term's enquiry into a concern carried in the participant's own school (Piece Two), and a presentation to the head and governors "
  "with a reflective account (Piece Three).",
  "Course Handbook, 2008-09, section 6")
X("14.34", "We do not set out to test every thread; some are left to the participant's own discernment and to the tutorial "
  "conversations.",
  "Ruth Hebden, Course Clerk, 2008")
p_award_n = len(EX)
X("14.35", "The Award is made when all three Pieces have been passed. Where one Piece falls just short and the other two are strong, "
  "the Board of Examiners may, at its discretion, recommend the Award.",
  "Course Handbook, 2008-09, section 6")
X("14.36", "Every Piece is marked by its tutor, and a second tutor marks blind a third of all Pieces and every Piece that fails. The "
  "University's moderator samples each Piece's marking every term, and the external examiner sees the full set before the Board of "
  "Examiners meets in July.",
  "Course Handbook, 2008-09, section 6")
X("14.37", "Tutors meet before each cohort begins to go through the three Pieces, the marking criteria and the Threads, and mark two "
  "specimen Pieces together so that each knows what is asked of them.",
  "Minute 2008/29 of the Education Committee, 10 June 2008")

H("Testing our practice")
X("14.38", "At the close of each Gathered Day participants write a slip on what served them and what did not; the tutors read the "
  "slips together the same afternoon and change the next day where they should. At the end of the year each participant completes "
  "the University's module evaluation, the external examiner writes her report, and the University's annual monitoring review "
  "considers both. The Education Committee reads all of these each September and minutes what is to change.",
  "Course Handbook, 2008-09, section 7")
X("14.39", "At the first and the last Gathered Day each participant rates their confidence against each of the Threads on a five-point "
  "scale; the change is reported to the Committee.",
  "Course Handbook, 2008-09, section 7")
X("14.40", "We trust that better coordination will show, in time, in pupils' progress; we have not yet found a way to measure it.",
  "Ruth Hebden, Course Clerk, 2008")
X("14.41", "SEN officers from Lunesdale County Council help lead Day 5. We hope that, in time, parents and pupils from our schools will "
  "help us judge whether the Award has made a difference.",
  "Report to the Education Committee, September 2008")
X("14.42", "The tutors are experienced in the work. Ruth Hebden (MA Special and Inclusive Education) was SENCO at Ashwold for eleven "
  "years and is a member of NASEN's professional development committee; Alan Thistlethwaite was a local authority SEN adviser; Dr "
  "Miriam Scarth, educational psychologist, teaches on the University's doctorate. Each spends five days a year on her or his own "
  "professional updating, paid by the Foundation.",
  "Course Handbook, 2008-09, section 8")
X("14.43", "Participants have the University's library and electronic journals, the Foundation's SEN resource library at Ashwold, "
  "the Meeting Room online, and a loan kit of assistive technology (Clicker 5, text-to-speech software and two portable "
  "word processors) that each school may borrow for a fortnight.",
  "Course Handbook, 2008-09, section 8")
p_place_n = len(EX)
X("14.44", "Visiting specialists (an educational psychologist, a speech and language therapist, a CAMHS nurse) teach on Day 5.",
  "Course Handbook, 2008-09, section 8")
X("14.45", "In the pilot year each of us spent a day at Brantholme School, a special school in the county, and for me it was the best "
  "day of the course. That arrangement ended with the pilot.",
  "A coordinator in the pilot cohort, 2007-08")

H("Going on")
X("14.46", "At the end of the year each participant meets a tutor and their head for a Going-On conversation. Together they set "
  "three objectives for the participant's professional development in the following year, and the tutor sends a note of them to "
  "the head, who takes them into the school's performance management.",
  "Course Handbook, 2008-09, section 9")
X("14.47", "The course ended and the work did not. That is as it should be.",
  "A coordinator in the first cohort, written for this chapter, 2008")

comment_targets = {}
for i, (k, v) in enumerate(EX):
    if k == "h":
        doc.add_heading(v, level=2)
    elif k == "note":
        p = para(doc, v, italic=True)
        shade_para(p, "EDEDED")
    else:
        num, text, who = v
        p = doc.add_paragraph()
        run(p, num + "  ", bold=True)
        r = run(p, text)
        if i == p_place_n:
            dele(p, " In 2008-09 each participant will again spend a day at Brantholme School.", A2, D2)
        q = para(doc, who, italic=True, align="right")
        comment_targets[num] = r

doc.add_comment([comment_targets["14.15"]], text="Should we say we check these ourselves? We don't at present. RH", author=A1, initials="RH")
doc.add_comment([comment_targets["14.35"]], text="University regulations allow condonement of a mark of 40-49 in one assessment. AT", author=A2, initials="AT")

doc.add_page_break()
doc.add_heading("Appendix to Chapter 14: The practice of the Award", level=1)
para(doc, "Table A. The Gathered Days, 2008-09 (September cohort)", bold=True)
rows = [["Day", "Title", "Where", "What it covers"],
        ["", "", "", ""],
        ["1", "Answering that of God in every child", "Ashwold", "Every Child Matters; Code of Practice; SENDA 2001; DDA 2005 and the disability equality duty"],
        ["2", "Seeing clearly", "Brackenthwaite / online", "Identification, targets, interventions; the common types of SEN; approaches and ICT"],
        ["3", "Mapping provision", "Ashwold", "Provision mapping; reviewing provision with colleagues; tracking data; access arrangements (touched on)"],
        ["", "", "", ""],
        ["4", "Families and the Meeting", "Brackenthwaite", "Working with parents; annual reviews; Hearing the child"],
        ["5", "Other hands", "Ashwold", "External agencies and voluntary organisations; other professionals' assessments"],
        ["6", "Leading colleagues", "Ashwold / online", "Deploying teaching assistants; observation, coaching, training; assessment for learning"],
        ["", "", "", ""],
        ["7", "Research and evidence", "Brackenthwaite", "Reading research; weighing evidence"],
        ["8", "Seasoned judgement", "Ashwold", "Strategic leadership with governors; decisions; presenting Piece Three"]]
t = table(doc, rows, widths=[1.2, 4.2, 3.2, 7.4])
band(t, 1, "Autumn term: 2 October, 6 November, 4 December")
band(t, 5, "Spring term: 15 January, 12 February, 12 March")
band(t, 9, "Summer term: 7 May, 11 June")

para(doc, "")
para(doc, "Table B. The Pieces of Work", bold=True)
rows = [["Piece", "What the participant does", "Length", "Credits"],
        ["One: Mapping the Meeting", "Builds a provision map of the school, audits it against the Code of Practice and the school's duties under disability law, reviews with colleagues where provision works and where it does not, and shows how other professionals' assessments and the deployment of staff shape it", "4,000 words with the map", "20"],
        ["Two: A Concern Carried", "A term's enquiry in the participant's own school into a group of pupils' needs: identification, targets, an intervention drawing on research and on external advice, work with parents and with other services, and the difference made to the pupils' attainment and well-being", "5,000 words", "20"],
        ["Three: A Minute of Practice", "A twenty-minute presentation to the head and governors on a change to the school's inclusive policy or use of resources, then a reflective account of gaining colleagues' commitment, supporting their development, encouraging formative assessment, and the participant's own continuing professional development", "Presentation and 3,000 words", "20"]]
table(doc, rows, widths=[3.5, 8.5, 2.5, 1.5])

para(doc, "")
para(doc, "Table C. The Threads", bold=True)
para(doc, "What a coordinator who completes the Award comes to do, in our words, with where each Thread is grown and where it is tested.", italic=True)
TH = [["What the coordinator comes to do", "Grown in", "Tested in"],
      ["BAND:Ways of being"],
      ["Keeps fair, respectful and constructive relationships with children who have SEN or disabilities and with their families", "Day 4", "Piece Two"],
      ["Wins the commitment of colleagues, the head and senior leaders to better outcomes for these pupils", "Day 8", "Piece Three"],
      ["Orders the work, uses time well and hands tasks on wisely", "Tutorial conversations", "Not tested"],
      ["Sees problems coming, decides on good grounds and judges provision soundly", "Days 3 and 8", "Piece Two"],
      ["Speaks and writes clearly, and listens to and understands the views of others", "Day 8", "Piece Three (presentation and written account)"],
      ["Draws on research and outside advice to improve her or his own and colleagues' practice", "Day 7", "Piece Two"],
      ["Keeps up to date and takes charge of her or his own professional development in SEN", "Day 7; Going-On conversation", "Piece Three (reflective account)"],
      ["BAND:Knowing and understanding"],
      ["Knows the law and guidance on SEN, the Code of Practice above all, and how to put them into practice", "Day 1", "Piece One"],
      ["Knows the principles and outcomes of Every Child Matters and the coordinator's part in them", "Day 1", "Piece Three"],
      ["Knows the law on disability equality and what it requires of the school", "Day 1", "Piece One"],
      ["Knows the common kinds of SEN and disability and how each affects learning", "Day 2", "Piece Two"],
      ["Understands critically the approaches, strategies and resources, ICT among them, for assessing, planning and teaching", "Days 2 and 6", "Piece Two"],
      ["KSE"],
      ["Knows best practice and what research has found in meeting SEN", "Day 7", "Piece Two"],
      ["Knows what other services and agencies do and how to get their help", "Day 5", "Piece Two"],
      ["BAND:Skills of the work"],
      ["Works with senior colleagues and governors to shape an inclusive ethos, the school's policies and priorities and its use of resources", "Day 8", "Piece Three"],
      ["Finds the pupils who may have SEN, sets targets that stretch them, plans interventions and reviews their progress", "Day 2", "Piece Two"],
      ["Uses the assessments of other professionals to shape teaching", "Day 5", "Piece One"],
      ["Uses national tests and other summative assessments to track progress and change programmes", "Day 3", "Encouraged; not tested"],
      ["Helps other teachers develop formative assessment with pupils with SEN in mind", "Day 6", "Piece Three"],
      ["Foresees the special arrangements pupils need in tests and examinations and puts them in place", "Day 3 (touched on)", "Not tested"],
      ["Maps and manages provision and finds where it is missing or does no good", "Day 3", "Piece One"],
      ["Deploys and manages staff, teaching assistants above all", "Day 6", "Piece One"],
      ["Supports colleagues' development by observing, modelling, coaching, mentoring and training", "Day 6", "Piece Three"],
      ["Reviews with other staff how well provision works", "Day 3", "Piece One"],
      ["Draws children into planning, agreeing and reviewing their own provision", "Day 4 (Hearing the child)", "Not tested"],
      ["Works with parents and carers to further their children's learning and development", "Day 4", "Piece Two"],
      ["S9"]]
t = doc.add_table(rows=len(TH), cols=3); t.style = "Table Grid"
for i, row in enumerate(TH):
    if row[0].startswith("BAND:"):
        band(t, i, row[0][5:])
        continue
    if row[0] in ("KSE", "S9"):
        continue
    for j, v in enumerate(row):
        c = t.cell(i, j); c.text = v
        if i == 0:
            c.paragraphs[0].runs[0].bold = True; shade(c, "D9D9D9")
# K7 row: present in the earlier draft, tracked deletion
ri = [r[0] for r in TH].index("KSE")
for j, v in enumerate(["Knows the principles of school self-evaluation and how they bear on outcomes for pupils with SEN", "Day 8", "Piece Three"]):
    t.cell(ri, j).text = v
del_row(t.rows[ri], A2, D2)
k7_row = ri
# S9 row: 'Tested in' changed by tracked change
ri = [r[0] for r in TH].index("S9")
t.cell(ri, 0).text = "Works in partnership with other services and agencies, voluntary organisations among them"
t.cell(ri, 1).text = "Day 5"
pc = t.cell(ri, 2).paragraphs[0]
dele(pc, "\u2014", A1, D1)
ins(pc, "Piece Two", A1, D1)
anchor = t.cell(k7_row + 1, 0).paragraphs[0].runs[0]
doc.add_comment([anchor], text="Self-evaluation row taken out: we do not teach or test it this year. AT", author=A2, initials="AT")

para(doc, "")
para(doc, "Signed on behalf of the Education Committee of the Ashwold Friends' Schools Foundation, 14 November 2008.", italic=True)
doc.save(OUT)
print("wrote", OUT)
