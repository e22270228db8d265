"""pn-02-ravensfield-media-guide: build the .docx next to this script.

Provider: Ravensfield Ice Academy, the academy of Ravensfield Ice Skating Club (an ice skating
club's academy), with Northgate University validating. Its SENCO course is "the SENCO Award".

Document kind and layout: the course written as the academy's MEDIA GUIDE for the season (the
guide a club's press office gives reporters before a championship): a cover with a photo
placeholder, a shaded "Quick Facts" text box, Word heading styles (Title, Heading 1, Heading 2),
a glossary-for-reporters table, a season-at-a-glance calendar with merged month cells and a
merged "Foundation block" cell, a season preview of nine Ice Lessons, a feature article ("Seven
things that make a SENCO"), a "Moves in the Field" chart (Move / In a sentence / Learned at /
Tested at) keyed by the glossary four sections earlier, the three Tests each with a pass list, a
who's-who of coaches with photo placeholders, records and statistics from the pilot (past), a
partners section, a Press FAQ (reporters' questions, the Academy's answers), media arrangements,
contacts with placeholders; a header, a footer with an embargo line and a PAGE field; footnotes;
tracked changes; comments.

The club's words: Skater (participant), Coach (tutor), Buddy (school mentor), Ice Lesson (taught
day, nine of them), Foundation block (Ice Lessons 1-3), Rink Work (school-based tasks), Bronze /
Silver / Gold Test (assessed pieces), Judges' Panel (markers / moderation), Technical Specialist
(external examiner), Shadowed (worked on alongside a Coach in an Ice Lesson, NOT tested), Starting
Line (self-rating), Next Season tutorial, Rinkside Online (VLE), Programme Board (steering group),
Ice for All (the club's disabled skating programme), Young Ambassadors (its young skaters).

Traps (requirement ids touched):
- Tracked change: "Level 6 (Honours degree level) ... Graduate Certificate" deleted, "Master's level
  (Level 7) ... Postgraduate Certificate" inserted -> E.2 met (the insertion is the submission).
- Deleted tracked sentence promising Coaches' answers on the forum within two days; what remains:
  "Coaches do not post on it" -> 3.3 partially_met (peer support and ICT yes, tutor support
  between sessions no). 3.2 met (two starts, free order after the Foundation block, recordings).
- Press FAQ: "the Academy does not accredit prior study or experience" -> 2.1 not_met (negation).
- Pilot year's assessment-only candidates (past) and a Test-only route the Programme Board "will
  consider ... for 2010" (plan) -> 2.3 not_met.
- Starting Line self-rating happens "At the first Ice Lesson" and is used to set workshop groups,
  not an individual plan -> 2.2 partially_met; later tutorials tailor the work -> 2.4 met.
- Entry: applications taken "in the order they arrive" with a head's letter; nothing checks prior
  knowledge -> 5.2 partially_met.
- CRB: real check in the Press FAQ (with an inserted sentence on barring and disciplinary matters)
  -> 5.3 met; photographers' CRB in Media Arrangements is the wrong people.
- Accessible press seating in Media Arrangements is wrong context; the Press FAQ answer on disabled
  teachers carries 3.1 -> met.
- "We did not carry out a survey of schools before writing it" looks like a gap, but the pilot
  review day with heads, the LA and Parent Partnership gave evidence of needs that changed the
  programme -> 4.1 met, 4.2 met; Programme Board, surveys of Buddies and heads -> 4.3 met.
- Resources: library yes, assistive technology only hoped for ("when funds allow") -> 5.6
  partially_met.
- Pupil impact: "We have not yet found a fair way of measuring" / research student "if funding
  allows" -> 5.9 partially_met.
- Moves chart: "Equality Edge" Tested at "Shadowed" (defined in the glossary as not tested) ->
  6.K3 partially_met; "Common Needs" is "Not on the Award", only another school's optional module
  -> 6.K5 not_met (other provider, optional). A comment about bringing it back is not evidence.
- Feature article: getting the head on side "We don't test it" -> 6.A2 partially_met; good calls
  "no Test marks it separately" -> 6.A4 partially_met; the seventh thing is "stamina" (wrong thing)
  and CPD appears only in the Next Season tutorial, "not part of any Test" -> 6.A7 partially_met.
- Ice Lesson only, in no Test pass list: tracking with national test results (6.S2b), partnership
  with agencies and voluntary organisations (6.S9) -> partially_met; supporting colleagues'
  development only as an optional extra in the Gold Test (6.S5) -> partially_met. Hence 1.9
  partially_met.
- Provision mapping "will be added in 2009-10" (plan) -> 6.S3 not_met.
- Embargo line in the footer and photo/contact placeholders are not evidence.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from _pn_helpers import (new_document, para, table, merge, shade, text_box, add_field, Footnotes,
                         del_run, ins_run, inserted_paragraph, comment, set_cell, cell_lines)

HERE = Path(__file__).parent
NAME = "pn-02-ravensfield-media-guide"
PO = "Press Office"
JB = "Joanna Birkett"
D1 = "2008-06-10T11:05:00Z"
D2 = "2008-06-17T09:40:00Z"

doc = new_document(font="Georgia", size=10)
fn = Footnotes(doc)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Ravensfield Ice Academy  |  Media Guide 2008-09"
hp.runs[0].font.size = Pt(8)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.add_run("Embargoed until 09.00, Tuesday 1 July 2008  |  page ").font.size = Pt(8)
add_field(fp, "PAGE", "1")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def P(parts, **kw):
    return para(doc, parts, **kw)


def bullets(items, style="List Bullet"):
    for it in items:
        para(doc, it, style=style)


# ---------------------------------------------------------------- cover
doc.add_paragraph("Ravensfield Ice Academy", style="Title")
P([("Media Guide 2008-09: the SENCO Award season", "b")])
P([("[PHOTO: Skaters at Ice Lesson 3 with the Young Ambassadors. Caption to follow.]", "i")])
P([("Produced by the Academy's Press Office for journalists, partner schools and the TDA approval panel.", "i")])

text_box(doc, [
    [("QUICK FACTS", "b")],
    "The Award: the National Award for SEN Coordination, 2008-09",
    "Validated by: Northgate University, School of Education",
    "Credits: 60 at Master's level",
    "Starts: September 2008 (Cohort S) and January 2009 (Cohort J)",
    "Ice Lessons: nine Saturdays.   Tests: Bronze, Silver and Gold",
    "Skaters this season: up to 30.   Fee: \u00a31,150, with bursaries",
    "Where: the Club Room, Ravensfield Ice Rink, and Northgate University's Ravensfield campus",
], height_pt=120, fill="#DEEAF6", stroke="#1F3864")

# ---------------------------------------------------------------- 1
H1("1. About this guide")
P("A media guide tells reporters what they need to know to cover a season: who is taking part, who is coaching, "
  "what the words mean, what to watch for and where the records stand. This guide covers the first full season "
  "of the Academy's SENCO Award, the course that prepares teachers for the role of special educational needs "
  "coordinator. We have sent it unchanged to the Training and Development Agency for Schools as our application "
  "for approval, and the questions the panel will ask are answered in the Press FAQ (section 12).")
P("The guide uses the Academy's own words throughout. Section 3 explains them.")

# ---------------------------------------------------------------- 2
H1("2. The Academy at a glance")
P("Ravensfield Ice Skating Club was founded in 1962 and opened its Academy in 1996. The Academy's Ice for All "
  "programme brings some 300 disabled children from 22 schools onto the ice each year, and since 2003 the "
  "Academy has run courses for teachers, with Northgate University's School of Education, on inclusion and "
  "on leading provision for pupils with special educational needs. The SENCO Award grew out of those courses "
  "and was piloted with 14 teachers in 2007-08.")
p = P("The SENCO Award is validated by Northgate University at ")
del_run(p, "Level 6 (Honours degree level) as a Graduate Certificate carrying 60 credits.", author=PO, date=D1)
ins_run(p, "Master's level (Level 7) as a Postgraduate Certificate carrying 60 credits.", author=PO, date=D1)
P("The University's Board of Examiners confirms every result, and Skaters are registered students of the "
  "University for the season.")
P("The Award exists for one reason: so that children and young people with special educational needs and "
  "disabilities in our Skaters' schools do better, in their learning and in the other Every Child Matters "
  "outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and "
  "achieving economic well-being. Every Ice Lesson ends with the question 'what will this change for a pupil?', "
  "and every Test asks the Skater to show what changed for the pupils at the centre of the work, both in their "
  "progress and in their well-being.")

# ---------------------------------------------------------------- 3
H1("3. Glossary for reporters")
rows = [["Term", "What it means"],
        ["Skater", "A teacher taking the SENCO Award."],
        ["Coach", "One of the Academy's tutors (section 9)."],
        ["Buddy", "A senior colleague in the Skater's own school who supports the Skater's Rink Work and signs it off."],
        ["Ice Lesson", "A taught Saturday, 9.30 to 4.00. There are nine."],
        ["Foundation block", "Ice Lessons 1 to 3, taken first by every Skater."],
        ["Rink Work", "Tasks the Skater carries out in their own school between Ice Lessons."],
        ["Bronze, Silver and Gold Tests", "The three assessed pieces (section 8). A Skater must pass all three."],
        ["Judges' Panel", "The Coaches who mark the Tests, meeting together to moderate marks."],
        ["Technical Specialist", "The University's external examiner."],
        ["Shadowed", "Worked on alongside a Coach during an Ice Lesson; not tested."],
        ["Starting Line", "The self-rating every Skater completes at the first Ice Lesson."],
        ["Rinkside Online", "The Award's site on the University's Blackboard system."],
        ["Programme Board", "The group that oversees the Award (section 11)."],
        ["Young Ambassadors", "Young people from Ice for All who advise the Academy."]]
table(doc, rows, widths_cm=[4.2, 12.3], header_fill="BDD7EE")
P("")

# ---------------------------------------------------------------- 4
H1("4. The season at a glance")
P("Each Ice Lesson runs twice a year, so a Skater can start in September or in January. After the Foundation "
  "block a Skater may take Ice Lessons 4 to 9 in any order, in either run, and a Skater who misses one can "
  "follow its recording on Rinkside Online and take the live session in the next run.")
rows = [["Month", "Cohort S (September start)", "Cohort J (January start)"],
        ["Sept 2008", None, None],
        ["Oct 2008", None, None],
        ["Nov 2008", "Ice Lessons 4, 5 and 6 (first run)", "Applications close 28 November"],
        ["Dec 2008", "Bronze Test handed in, Friday 12 December", ""],
        ["Jan 2009", None, "Ice Lessons 1-3: the Foundation block"],
        ["Feb 2009", None, None],
        ["Mar 2009", "Silver Test handed in, Friday 20 March", None],
        ["Apr 2009", None, None],
        ["May 2009", None, "Bronze Test handed in, Friday 15 May"],
        ["June 2009", "Gold Test Day, Saturday 27 June", "Silver Test handed in, Friday 26 June"],
        ["Oct 2009", "", "Gold Test Day, Saturday 10 October"]]
t = table(doc, rows, widths_cm=[2.6, 7, 6.9], header_fill="BDD7EE", size=9)
merge(t, 1, 1, 2, 1, text="Ice Lessons 1-3: the Foundation block (Sat 13, 20, 27 Sept), then Rink Work 1", size=9)
merge(t, 1, 2, 2, 2, text="Applications open", size=9)
merge(t, 5, 1, 6, 1, text="Ice Lessons 7, 8 and 9 (first run)", size=9)
merge(t, 6, 2, 8, 2, text="Ice Lessons 4-9 (second run), in any order", size=9)
merge(t, 8, 1, 9, 1, text="Ice Lessons repeated for any Skater who missed one", size=9)
shade(t.cell(1, 1), "E2EFDA")
P("")

# ---------------------------------------------------------------- 5
H1("5. Season preview: the Ice Lessons")
P("Every Ice Lesson mixes a morning of input with an afternoon of workshops, and ends by setting the Rink Work "
  "that the Skater takes back to school. Guest speakers are named in section 9.")
lessons = [
    ("Ice Lesson 1: The SENCO and the law",
     "The role of the SENCO; the Education Act 1996, the Special Educational Needs and Disability Act 2001 and the "
     "SEN Code of Practice 2001, what they require of the school, the governors, the SENCO and class teachers, and "
     "how to put them into practice; Every Child Matters, the Children Act 2004 and the five outcomes, and the "
     "SENCO's part in them."),
    ("Ice Lesson 2: Disability and equality",
     "The Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, and accessibility "
     "planning. Ice for All's disabled coaches lead the afternoon, in which each Skater shadows a Coach drafting "
     "part of a school's disability equality scheme."),
    ("Ice Lesson 3: How children grow",
     "How children develop, and how that development is shaped by special educational needs, disability and the "
     "physical and social environment of the classroom. In the afternoon the Young Ambassadors join the Skaters, "
     "who practise asking young people about the support they receive and listening to their answers, and then "
     "plan how they will involve a pupil in reviewing his or her own provision."),
    ("Ice Lesson 4: Finding the need",
     "Identifying pupils who may have special educational needs from observation, data and assessment; setting "
     "challenging targets; planning interventions and reviewing them; using the reports of educational "
     "psychologists, speech and language therapists and advisory teachers; helping colleagues to develop "
     "assessment for learning, with approaches for pupils with SEN; tracking progress with P scales and national "
     "test results, and changing a programme when the results say it is not working; identifying early the "
     "access arrangements pupils need for Key Stage tests and GCSEs, and making them part of everyday classroom "
     "practice."),
    ("Ice Lesson 5: What works",
     "Best practice and the outcomes of research in meeting special educational needs; recent inspection evidence, "
     "including Ofsted's Inclusion: does it matter where pupils are taught? (2006); the Bercow Review of services "
     "for children with speech, language and communication needs (2008); a critical look at approaches, "
     "strategies and resources for assessment, planning and teaching, including ICT; the decision clinic, in "
     "which Skaters bring a real dilemma about a pupil's provision and the group tests the decision."),
    ("Ice Lesson 6: Outside the rink",
     "What health, social care, the educational psychology service, the sensory and autism teams and voluntary "
     "organisations do, and how a SENCO gets specialist support and resources; the Common Assessment Framework and "
     "working in partnership with other services so that support for a pupil is coherent. The afternoon is spent "
     "at Harrowgate Special School or at the Moorside Primary resource base for pupils with speech and language "
     "needs, on a visit the Academy arranges with a host teacher. Later in the season each Skater spends a "
     "further day at the same school or base, shadowing its SENCO, on a placement the Academy arranges and "
     "briefs the host for."),
    ("Ice Lesson 7: Leading the school",
     "Working with the head teacher, senior colleagues and governors on an inclusive ethos, SEN policy, priorities "
     "and the use of resources; gaining the commitment of senior leaders; the principles of school self-evaluation "
     "and improvement, the self-evaluation form and how outcomes for pupils with SEN feed into it; reviewing with "
     "colleagues how well provision is working."),
    ("Ice Lesson 8: Leading people",
     "Deploying and managing teaching assistants and other staff; observing lessons and giving feedback, modelling, "
     "coaching and running training for colleagues; prioritising the SENCO's week, delegating and checking that "
     "delegated work is done."),
    ("Ice Lesson 9: Families and pupils",
     "Fair, respectful and supportive relationships with pupils and their parents or carers; liaising with parents "
     "to support learning at home; the Parent Partnership service; involving pupils in planning, agreeing and "
     "reviewing their provision; writing for parents in plain English and listening to what they say. The Next "
     "Season tutorials (section 8) close the day."),
]
for title, text in lessons:
    H2(title)
    P(text)

# ---------------------------------------------------------------- 6
H1("6. Feature: Seven things that make a SENCO")
P([("Head Coach Joanna Birkett on what the Academy looks for, and where it looks.", "i")])
feature = [
    ("1. Warmth with fairness. ", "A SENCO has to be on the pupil's side and fair to everybody else. We work on it at "
     "Ice Lesson 9, and the Silver Test asks for a parent's and a pupil's account of working with the Skater."),
    ("2. Getting the head on side. ", "Nothing moves without the head teacher and the senior team. Ice Lesson 7 "
     "spends an afternoon on it. We don't test it: we can't mark a Skater on their head teacher."),
    ("3. Knowing what to drop. ", "Prioritising and delegating are taught at Ice Lesson 8, and the Silver Test "
     "includes a four-week log of what the Skater did, what they handed on and how they checked it was done."),
    ("4. Good calls. ", "Sound judgement about provision grows with practice. We work at it in the decision clinic at "
     "Ice Lesson 5 and talk about it at every Ice Lesson, but no Test marks it separately."),
    ("5. Saying it plainly, hearing it properly. ", "The Bronze Test is marked for clear writing, and the Gold Test "
     "presentation for clear speaking and for how well the Skater listens to the Judges' questions."),
    ("6. Using the evidence. ", "Skaters meet the research at Ice Lesson 5, and the Gold Test will not pass unless it "
     "shows the Skater using research and outside advice to change their own and their colleagues' practice."),
    ("7. Stamina. ", "The seventh is the one nobody writes down. A SENCO's week is long, and the Award does not make "
     "it shorter: the Skaters who do well are the ones who pace themselves through the season."),
]
for head, text in feature:
    P([(head, "b"), (text, "")])

# ---------------------------------------------------------------- 7
H1("7. Moves in the Field")
P("In skating, Moves in the Field are the skills a skater must master before the jumps and spins mean anything. "
  "The Award's Moves are what a Skater must know and understand. 'Learned at' gives the Ice Lesson; 'Tested at' "
  "gives the Test in which the Move is marked, or 'Shadowed' where it is worked on but not tested (see the "
  "glossary).")
rows = [["Move", "In a sentence", "Learned at", "Tested at"],
        ["The Code", "The law and guidance on SEN, including the SEN Code of Practice, what they mean for the school, "
         "the SENCO and others, and how to put them into practice", "Ice Lesson 1", "Bronze Test"],
        ["The Five Outcomes", "The principles and outcomes of Every Child Matters and how a SENCO helps children reach "
         "them", "Ice Lesson 1", "Bronze Test"],
        ["Equality Edge", "The law on disability equality and what it requires a school to do for disabled pupils",
         "Ice Lesson 2", "Shadowed"],
        ["Growing Up", "How children develop and how SEN, disability and the physical and social environment affect "
         "their development", "Ice Lesson 3", "Bronze Test"],
        ["Common Needs", "Not on the Award: Skaters who want it may take Northgate University's separate 20-credit "
         "module ED7214 Understanding Impairment, taught by its School of Health", "\u2014", "\u2014"],
        ["Tools of the Trade", "A critical understanding of approaches, strategies and resources for assessment, "
         "planning and teaching, including ICT, and how to use them to remove barriers and personalise provision",
         "Ice Lessons 4 and 5", "Gold Test"],
        ["Looking in the Mirror", "The principles of school self-evaluation and improvement and how they bear on "
         "outcomes for pupils with SEN", "Ice Lesson 7", "Gold Test"],
        ["What Works", "Best practice and the outcomes of research in meeting special educational needs",
         "Ice Lesson 5", "Gold Test"],
        ["Outside Help", "What external agencies do and how to get specialist support and resources for pupils",
         "Ice Lesson 6", "Silver Test"]]
t = table(doc, rows, widths_cm=[3.1, 8.6, 2.5, 2.3], header_fill="1F3864", size=9)
for j in range(4):
    t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for j in range(4):
    shade(t.cell(5, j), "F2F2F2")
comment(doc, t.cell(5, 1).paragraphs[0].runs[0], "Can we bring Common Needs back in for 2009-10? The University "
        "module was full this year.", author=JB, initials="JB")
P("")

# ---------------------------------------------------------------- 8
H1("8. The Tests")
P("A Skater earns the Award by passing the Bronze, Silver and Gold Tests. Each Test lists what the Skater must "
  "show; the Judges' Panel marks each point met or not yet met, and a Test is passed only when every point is met.")
H2("Bronze Test: the Case File")
P("A 3,000-word study of one pupil in the Skater's school, handed in after the Foundation block and Ice Lessons 4 "
  "to 6. To pass the Bronze Test, a Skater shows that they:")
bullets([
    "know the law and guidance on SEN, including the SEN Code of Practice, and what they mean for the school and for the SENCO, and have put them into practice for this pupil;",
    "know the Every Child Matters outcomes and how the SENCO can help this pupil reach them;",
    "understand how the pupil's development has been affected by their needs and by their surroundings;",
    "identified the pupil's needs from observation, data and assessment, set challenging targets, planned an intervention to remove barriers and reviewed the pupil's progress;",
    "used the assessments of other professionals to shape the teaching approach for the pupil;",
    "identified in good time the special arrangements the pupil needs for national tests or examinations and worked with colleagues to put them in place, in class and in the tests;",
    "write clearly for colleagues and for parents.",
])
H2("Silver Test: the Rink Work Portfolio")
P("A portfolio of five pieces of Rink Work from the Skater's school, with a statement from the Buddy. To pass the "
  "Silver Test, a Skater shows that they:")
bullets([
    "build fair, respectful, supportive and constructive relationships with pupils with SEN and their parents or carers, with an account from a parent and from a pupil;",
    "liaise with parents and carers to promote their children's learning and development;",
    "involve pupils in planning, agreeing and reviewing their own provision;",
    "deploy and manage teaching assistants and other staff to support pupils with SEN;",
    "prioritise and delegate, shown in a four-week log of what they did, what they handed on and how they checked it;",
    "encourage colleagues to develop formative assessment for all pupils, with approaches for pupils with SEN;",
    "know what external agencies do and how to get specialist support and resources.",
])
H2("Gold Test: the Enquiry")
P("A 5,000-word report of an enquiry into the Skater's school's provision, presented on Gold Test Day to two Judges "
  "and the Skater's Buddy in a twenty-minute presentation with questions. To pass the Gold Test, a Skater shows "
  "that they:")
bullets([
    "worked with senior colleagues and governors to influence the school's inclusive ethos, policies, priorities and use of resources;",
    "reviewed with other staff how effective the school's provision is, and fed the findings into the school's self-evaluation and improvement planning;",
    "understand the principles of school self-evaluation and improvement;",
    "judge critically a range of approaches, strategies and resources, including ICT;",
    "know best practice and the outcomes of research in meeting special educational needs;",
    "draw on research and outside advice to improve their own and colleagues' practice;",
    "speak clearly and listen to and answer the Judges' questions.",
])
P("Skaters may also include, if they wish, evidence of how they have supported colleagues' professional "
  "development; it is welcomed but it is not one of the points the Judges mark.")
H2("Marking, moderation and the Award")
P("Every Test is marked by the Skater's own Coach and second-marked by a Coach who has not taught the Skater. The "
  "Judges' Panel meets after each hand-in date to compare marks across a sample from every Coach and agree them. "
  "The Technical Specialist, Dr Sunil Rao of Eastbury University, sees a sample of every Test, every fail and "
  "every borderline piece, attends one Gold Test Day a year and reports to the University's Board of Examiners.")
P("The Award goes only to a Skater who has passed all three Tests. There is no compensation between Tests: a fine "
  "Gold Test cannot make up for a failed Bronze. A Skater may resubmit a failed Test once.")
H2("Tutorials and the Next Season")
P("Each Skater has a one-to-one tutorial with their Coach after Ice Lesson 3 and again after the Bronze Test, at "
  "which they agree which Rink Work pieces the Skater will take further for the Silver Test, the focus of the "
  "Gold Test enquiry, and any extra reading or visits the Skater needs. At the end of the season each Skater has a "
  "Next Season tutorial: using the Academy's Next Season planner, Skater and Coach draft three professional "
  "targets for the following year, which the Skater takes to their performance management meeting with the head "
  "teacher. The Next Season tutorial is not part of any Test.")

# ---------------------------------------------------------------- 9
H1("9. Who's who: the coaching team")
coaches = [
    ("Joanna Birkett, Head Coach. ", "SENCO at two Ravensfield primary schools for eleven years, then the local "
     "authority's SEN consultant for inclusion until 2006. MA in Special and Inclusive Education. Still spends one "
     "day a week in schools as a consultant SENCO."),
    ("Dr Peter Lindqvist, Coach. ", "Senior lecturer in education at Northgate University, researching assessment "
     "for pupils with moderate learning difficulties; former deputy head of a special school."),
    ("Amina Shah, Coach. ", "SENCO and assistant head at Ravensfield Community College; a specialist in autism and a "
     "member of the regional SENCO network's steering group."),
    ("Guest speakers. ", "An educational psychologist and a speech and language therapist from the Ravensfield "
     "services; the autism outreach teacher; the Parent Partnership coordinator; Ice for All's disabled coaches; "
     "the Young Ambassadors."),
]
for head, text in coaches:
    P([("[PHOTO] ", "i"), (head, "b"), (text, "")])
P("Coaches keep their knowledge current through the University's research seminars, the regional SENCO network "
  "and at least three days each year of their own specialist development, agreed at their annual review with "
  "the Head Coach.")
P("Before each hand-in date the Coaches hold a standardisation meeting, marking the same two pieces from the "
  "pilot year and comparing. Buddies come to a twilight briefing at the Rink in September, where they receive "
  "the Buddy Book, which sets out what a Buddy does for each piece of Rink Work and what they sign; a Coach rings "
  "every Buddy in November and March. Guest speakers are sent the Ice Lesson plan and meet the Head Coach "
  "before they teach.")

# ---------------------------------------------------------------- 10
H1("10. Records and statistics: the pilot season")
p = P("The Award was piloted in 2007-08 with 14 teachers from Ravensfield schools. Twelve completed and passed. On "
      "the Starting Line scale of 1 to 4, the pilot Skaters' average confidence across the Moves rose from 1.8 at "
      "the start to 3.1 at the end.")
fn.add(p, "Figures from the pilot's end-of-season questionnaire, returned by all 14 pilot Skaters.")
P("In the pilot year two experienced SENCOs from special schools sat the Silver and Gold Tests without attending "
  "the Ice Lessons. For 2008-09 every Skater attends the Ice Lessons. The local authority has asked for a "
  "Test-only route for experienced SENCOs, and the Programme Board will consider it for 2010.")
P("The pilot's Buddies ran a ballot for the best piece of Rink Work; the winner, a Year 7 reading programme, is "
  "now used by four Ravensfield schools.")

# ---------------------------------------------------------------- 11
H1("11. Partners and the people we listened to")
P("We know from twelve years of Ice for All visits to schools what SENCOs in Ravensfield find hardest, and the "
  "Award is built around it. We did not carry out a survey of schools before writing it.")
P("At the end of the pilot, in July 2008, the Academy held a review day with the pilot Skaters and their head "
  "teachers, the local authority's SEN team and the Parent Partnership service. Three changes to the Award came "
  "directly from it: the local authority asked for access arrangements for tests and examinations to be added to "
  "the Bronze Test, and they were; parents asked that Ice Lesson 9 include writing for parents in plain "
  "English; and head teachers asked for a January start, which is now Cohort J.")
P("The Programme Board oversees the Award. Its members are the Head Coach, the University's programme leader, the "
  "local authority's SEN adviser, two head teachers, the Parent Partnership coordinator and a pilot Skater. It "
  "meets each term, reads the Skaters' evaluations, the Buddies' end-of-season survey, a survey of head teachers "
  "and the Technical Specialist's report, and agrees the changes for the following season. The Young "
  "Ambassadors meet the Head Coach each term to say how the Ice Lesson 3 afternoon went.")
P("The Academy's review of the Award has two halves. Inside: evaluation sheets after every Ice Lesson, the "
  "Coaches' review meeting after each run, the Judges' Panel's notes on which points Skaters found hardest, and "
  "the Buddies' and head teachers' surveys. Outside: the Technical Specialist's report, the University's annual "
  "programme review and the local authority's SEN team. Each summer the Coaches turn all of it into an action "
  "list that the Programme Board approves, and each action is checked off at the Board's autumn meeting.")

# ---------------------------------------------------------------- 12
H1("12. Press FAQ")
faq = [
    ("Can anyone apply?",
     "Any qualified teacher who is a SENCO, or who will become one this year, with a letter of support from their "
     "head teacher. We take applications in the order they arrive until the season is full."),
    ("Does the Academy give credit for earlier courses?",
     "No. The Award is short enough that we ask every Skater to take all three Tests, and the Academy does not "
     "accredit prior study or experience."),
    ("How do you find out what each Skater needs?",
     "At the first Ice Lesson every Skater completes the Starting Line, rating themselves on each Move from 1 to 4. "
     "The Coaches use the Starting Line to decide the workshop groups for the Foundation block."),
    ("What about teachers with disabilities?",
     "The application form invites every applicant to tell us about a disability or access need, and the Head Coach "
     "follows this up in confidence before the first Ice Lesson, and again at each tutorial. We then make the "
     "reasonable adjustments the Skater needs: Ice Lessons in the ground-floor Club Room, which has a hearing loop; "
     "papers sent a week ahead in electronic form for screen readers or in large print; a sign language interpreter "
     "or note-taker; extra time or a different format for a Test, agreed through the University's Disability "
     "Service; and a visit at Ice Lesson 6 chosen for its access. Every leaflet and this guide say that we welcome "
     "disabled teachers and are available in other formats. Our equality scheme covers race, disability and gender, "
     "and the Programme Board looks each year at who applied, who was accepted and who passed."),
    ("Is it all done online?",
     "No. The Ice Lessons are taught in person. Rinkside Online holds the recording and readings of every Ice "
     "Lesson, the Rink Work tasks and a discussion forum where Skaters support one another between Ice Lessons, "
     "and Skaters hand in Tests through it."),
    ("Who checks that Skaters are safe to work with children?",
     "Before a Skater's first Ice Lesson the Academy's Welfare Officer sees the Skater's enhanced CRB disclosure, or "
     "a letter from the head teacher giving its number and date. A Skater who has not worked with children in the "
     "last three months must obtain a new enhanced disclosure through the Academy before starting."),
    ("How do you know the Award works?",
     "We ask every Skater to complete the Starting Line again at the end of the season, and we compare it with the "
     "Test results (section 10). We have not yet found a fair way of measuring what difference the Award makes to "
     "the pupils; the University has offered a research student to look at it in 2009-10 if funding allows."),
    ("What books and equipment do Skaters have?",
     "Every Skater is a registered student of Northgate University and can use its library and electronic journals. "
     "The Academy is hoping to buy a set of assistive-technology software for Ice Lesson 5 when funds allow."),
    ("What does it cost?",
     "\u00a31,150 for the season. The local authority funds six bursaries a year for Skaters from small schools. "
     "We keep the fee down by teaching at the Rink and on the University's Ravensfield campus rather than hiring "
     "rooms, and by running each Ice Lesson twice so that no Skater pays to repeat a season."),
]
for q, a in faq:
    P([("Q. " + q, "b")], keep=True)
    p = P([("A. ", "b"), (a, "")])
    if q.startswith("Is it all done online"):
        p.add_run(" ")
        del_run(p, "Coaches answer questions posted on the forum within two working days.", author=JB, date=D2)
        p.add_run(" The forum belongs to the Skaters: Coaches do not post on it, and questions for a Coach are kept "
                  "for the next Ice Lesson.")
    if q.startswith("Who checks"):
        p.add_run(" ")
        ins_run(p, "The head teacher's letter also confirms that the Skater is not barred from working with children "
                   "and has no disciplinary matter outstanding.", author=JB, date=D2)
P([("Q. What about provision mapping?", "b")], keep=True)
P([("A. ", "b"), ("Provision mapping will be added in 2009-10, once the local authority's new provision-mapping "
                  "tool is released to schools.", "")])

# ---------------------------------------------------------------- 13
H1("13. Media arrangements")
P("Reporters are welcome at Ice Lessons 3 and 9 and at the Gold Test Day presentations, with the Skaters' "
  "agreement. Press seating in the Rink gallery includes wheelchair spaces and a hearing loop. Photographers and "
  "film crews who will work with pupils at Ice for All sessions must hold an enhanced CRB disclosure and be "
  "accompanied by the Welfare Officer. No pupil may be named or photographed without written consent from a "
  "parent or carer.")

# ---------------------------------------------------------------- 14
H1("14. Contacts")
table(doc, [["Role", "Name", "Telephone"],
            ["Press Officer", "[name to follow]", "[mobile to follow]"],
            ["Head Coach", "Joanna Birkett", "[number]"],
            ["Programme Leader, Northgate University", "Dr Peter Lindqvist", "[number]"]],
      widths_cm=[6, 5.5, 5], header_fill="BDD7EE", size=9)

fn.finish()
doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
