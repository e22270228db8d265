"""Build db-01-brookhurst-path-record.docx: Brookhurst School Training Centre, PATH planning record (invented provider).

Provider
--------
Brookhurst School, Kirkhaven: an (invented) all-age maintained special school
for pupils with moderate, severe and complex learning difficulties and autism,
a designated Training School since 2005, which runs the Brookhurst Training
Centre. The award, "Postgraduate Certificate: Leading SEN Coordination", is
validated by the (invented) University of Dunstanbridge. Kirkhaven Metropolitan
Borough Council's SEN team, the heads' forum and the parents' forum appear as
stakeholders. Dated November 2008 (PATH day 7 November, record circulated
21 November, covering note 9 January 2009); 2008-era vocabulary (CRB, DDA,
SEN Code of Practice 2001, ECM, SEF, SATs, provision mapping, TAs).

Layout (a kind of document not in the earlier sets: a PATH record)
-----------------------------------------------------------------
The school sends the written record of its person-centred planning day as its
application, with a one-page covering note from the headteacher. PATH
(Planning Alternative Tomorrows with Hope) is a person-centred planning tool
used by special schools for pupils and for their own organisational planning.
- Covering note to the TDA; a "Who was there" table (names, roles,
  organisations).
- Eight PATH steps under Heading 1 titles typed "Step 1 - ...": the North
  Star (the dream), the Goal (written in the present tense as if it were July
  2010, as PATH goals are), the Now, Enrol, Getting stronger, the next three
  months, the next month, the first step.
- Each step opens with a one-cell shaded box "Words on the graphic" holding
  the terse words the graphic facilitator wrote on the wall, then prose.
- The Now holds a "Working / Not working" table with five perspectives as
  merged full-width rows, then "What is already agreed and in place" as bold
  run-in paragraphs (no heading styles), then the course outline pinned on
  the wall (a table of four tasks and what each is marked on, in the
  school's own words, never by outcome code), then the sessions list.
- Enrol and the action steps are tables of intentions with owners and dates.
- Page header and footer; the footer carries a CRB claim (not evidence).

Traps and the requirement ids they affect
-----------------------------------------
- The Goal is a vision written as accomplished fact: an assessment-only route
  (2.3), next-steps plans with heads (2.5), pupil-voice skills (1.5),
  pupil-progress data (5.9), access arrangements for SATs (6.S2d), a mentor
  for everyone (5.7), visits to three special schools (5.5). None counts.
- The North Star is values: "Children's voices in every review" (1.5, 6.S7),
  "all five" ECM outcomes (1.1).
- 2.3 not_met: negated in the Now ("We have decided not to offer an
  assessment-only route in 2009-10"), though the Goal shows it happening.
- 1.5 and 6.S7 not_met: the Not working table admits pupil voice has no place
  in the course; only the dream and goal mention it.
- 2.5 not_met: only in the Goal.
- 6.K4 not_met: child development "went" when a unit was cut (Not working).
- 6.S2d not_met: only in the Goal.
- 1.1 partially_met: the aims and the tasks are about progress in learning;
  ECM well-being is taught (one session) but not marked, and otherwise only
  in the North Star.
- 1.9 and 6.0 partially_met: award on passing all four tasks and a blanket
  "Between them the four tasks cover every one of the national outcomes",
  against outcomes taught but in no task's marking list.
- 2.1 partially_met: certificated credit (up to 30 credits) yes; experience
  only in the action table ("Draft APEL guidance") and Not working.
- 2.4 partially_met: an Individual Training Plan tailors, but nothing on cost
  (the fee is only a complaint in Not working) and quality only asserted.
- 3.2 partially_met: one February intake, units in a fixed order; only
  tutorial times and a year's gap between units are flexible. Another
  council's online route ("Ashworth") is another provider's arrangement.
- 3.3 not_applicable: "The course has no online or distance-learning
  element"; the Not working column's wish for one is not a programme element.
- 4.3 partially_met: stakeholders teach, but their part in evaluation is only
  an Enrol intention (steering group membership "to be asked").
- 5.3 partially_met: "they will all have been CRB checked by their schools"
  (an assumption, no verification); a CRB line on the nomination form is only
  an action; the footer's claim is not evidence.
- 5.5 partially_met: specialist expertise yes; one morning in Brookhurst's own
  classrooms, "the only visits we can offer"; other schools only to be asked
  (Enrol).
- 5.7 partially_met: tutor handbook and half-termly tutor meetings; school
  mentors have no briefing (Not working; a mentor guide is an action). The
  old LA course's mentor scheme is a past arrangement.
- 5.9 partially_met: confidence self-ratings at start and end; no measure of
  pupils' achievement ("we don't know whether pupils do better").
- Outcomes: met (developed and in a task's marking list) A1, A2, A4, A5, A6,
  K1, K3, K5, K6, K7, K8, S1, S2, S2a, S2b, S2c, S3, S4, S5, S6, S8; taught
  in a named session but in no marking list (partially_met) A3, K2, K9
  (Task 1B marks only the use of other professionals' assessments), S9;
  the professional reading log "read but not marked" (A7 partially_met).
  The "Working" remark that tutors help participants manage their time is
  support for the participant, not outcome A3.
- met despite appearances: 2.2 (self-audit, starting-point tutorial,
  Individual Training Plan with personal targets); 5.1 (sources and the July
  steering-group review); 5.8 (standardisation, double marking, university
  moderation, external examiner).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("db-01-brookhurst-path-record.docx")

doc = Document()
doc.core_properties.author = "Ruth Ambrose"
doc.core_properties.title = "PATH record - SENCO Award - Brookhurst"
st = doc.styles["Normal"]
st.font.name = "Century Gothic"
st.font.size = Pt(10)
for lvl, size in ((1, 14), (2, 11)):
    h = doc.styles[f"Heading {lvl}"]
    h.font.name = "Century Gothic"
    h.font.size = Pt(size)
    h.font.color.rgb = RGBColor(0x1F, 0x6E, 0x43)

GREEN = "DCEFE2"
SAND = "FBF3DC"


def para(text="", bold=False, italic=False, size=None, align=None, after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def runin(lead, text):
    p = doc.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_text(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    r.font.size = Pt(size)
    return p


def graphic_box(words):
    """One-cell shaded box: the words written on the PATH graphic."""
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, SAND)
    cell_text(c, "Words on the graphic", bold=True, size=8)
    for w in words:
        p = c.add_paragraph()
        r = p.add_run(w)
        r.italic = True
        r.font.size = Pt(10)
    doc.add_paragraph()


def table(rows, header=True, size=9, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, val, bold=(header and i == 0), size=size)
            if header and i == 0:
                shade(c, GREEN)
            if widths:
                c.width = Cm(widths[j])
    return t


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Brookhurst School Training Centre  |  PATH record: SENCO Award  |  7 November 2008"
sec.footer.paragraphs[0].text = ("Brookhurst School, Mill Lane, Kirkhaven. A Training School. "
                                 "All Training Centre course members are CRB checked.")

# ---------------------------------------------------------------- covering note
para("BROOKHURST SCHOOL TRAINING CENTRE", bold=True, size=13, align="c", after=0)
para("Getting the SENCO Award right for Kirkhaven", bold=True, size=16, align="c", after=0)
para("A PATH planning day, Friday 7 November 2008, in the Hall at Brookhurst", italic=True, align="c")
para("Process facilitator: Ruth Ambrose. Graphic facilitator: Dev Marwaha (both from Kirkhaven's "
     "Person-Centred Planning Team). Written up by Ruth and checked by Helen Carver. Circulated 21 November 2008.",
     size=9, align="c")

doc.add_heading("A note for the approval panel", level=2)
para("9 January 2009")
para("Dear colleagues at the TDA,")
para("At Brookhurst we plan everything, from a Year 9 pupil's transition to our own school improvement, "
     "with person-centred tools, and when we sat down to plan the SENCO Award with our partners we did it "
     "the same way. Rather than rewrite it in a different shape, we are sending you the record of that day, "
     "exactly as it went to everyone who was there. The big graphic is on the wall of our staff room; the "
     "words from it are in the shaded boxes. Step 3 (the Now) is where you will find what is already "
     "agreed and in place for the first cohort, including the course outline we pinned up on the day. The "
     "Goal in Step 2 is written in the way PATH goals always are, in the present tense, as though it is "
     "already July 2010.")
para("Since the day, the University of Dunstanbridge's validation panel has approved the programme "
     "(10 December 2008), with no conditions, as a Postgraduate Certificate: Leading SEN Coordination, "
     "60 credits at Masters level (two 30-credit units). The first cohort of up to 18 starts on Thursday "
     "5 February 2009.")
para("With best wishes,")
para("Margaret Ellison, Headteacher, and Helen Carver, Deputy Headteacher and Programme Leader")

doc.add_heading("Who was there", level=2)
table([
    ["Name", "Role", "From"],
    ["Margaret Ellison", "Headteacher", "Brookhurst School"],
    ["Helen Carver", "Deputy Head; Programme Leader for the Award", "Brookhurst School Training Centre"],
    ["Jo Whitlock", "Training Centre Manager; access coordinator", "Brookhurst School Training Centre"],
    ["Dr Owen Pryce", "Senior Lecturer, link tutor for the Award", "University of Dunstanbridge"],
    ["Priya Lal", "Principal Educational Psychologist", "Kirkhaven MBC"],
    ["Sian Doherty", "Speech and language therapist", "Kirkhaven PCT (based at Brookhurst)"],
    ["Tom Feeney", "SENCO, Castle Street Primary", "Kirkhaven heads' and SENCOs' forum"],
    ["Amira Shah", "SENCO, Moorside High School", "Kirkhaven heads' and SENCOs' forum"],
    ["Carol Beattie", "Parent, and Parent Partnership volunteer", "Kirkhaven Parents' Forum"],
    ["Graham Holt", "Chair of Governors", "Brookhurst School"],
    ["Dana and Lewis", "School council members (morning only)", "Brookhurst School"],
], widths=[4, 6.5, 6])
doc.add_paragraph()

# ---------------------------------------------------------------- Step 1
doc.add_heading("Step 1 - The North Star (the dream)", level=1)
graphic_box([
    "Every child in Kirkhaven known, heard and making progress",
    "SENCOs who LEAD - not just fill in forms",
    "Healthy, safe, happy, achieving, contributing - all five, for every child",
    "Parents as real partners",
    "Children's voices in every review",
    "No SENCO on their own",
])
para("We started, as PATH always does, with the dream: not what is possible next year but what we would "
     "want if anything were possible. Dana and Lewis from our school council started us off by saying "
     "that a good SENCO is \"someone who asks you first\". Carol said she wanted every parent to feel "
     "that the school was on their side. Priya said that the dream for her was a borough where no SENCO "
     "works alone and every one of them has the time, status and knowledge to lead. Tom and Amira both "
     "talked about being taken seriously by their senior teams.")
para("The dream is about children, not about a course. We agreed that whatever we build has to be judged "
     "by whether children with SEN and disabilities in Kirkhaven do better, and that \"better\" means the "
     "whole child, not only levels.")

# ---------------------------------------------------------------- Step 2
doc.add_heading("Step 2 - The Goal: July 2010 (positive and possible)", level=1)
graphic_box([
    "July 2010 - first cohort finished - 17 of 18 passed",
    "Every SENCO has a next-steps plan agreed with their head",
    "Two LA support teachers through the assessment-only route",
    "Pupils' progress data shows the difference",
    "Each SENCO can run a pupil-voice conversation",
    "SATs access arrangements sorted in good time - every school",
    "A mentor for everyone",
])
para("It is July 2010. The first cohort of eighteen Kirkhaven SENCOs has finished the Award and seventeen "
     "of them have passed; the eighteenth is resubmitting one task. At the last session every SENCO sat "
     "down with their headteacher and wrote a next-steps plan for their own development, and the heads' "
     "forum has asked for a follow-on network. Two experienced teachers from the LA's learning support "
     "service came through the assessment-only route and were assessed against all the outcomes without "
     "taking the taught course.")
para("Every participant can run a pupil-voice conversation with a child who has little or no speech, and "
     "uses what the child says in the review. The pupils of the SENCOs on the course have made better "
     "progress than the borough average for pupils at School Action Plus, and we can show it. Every "
     "primary SENCO on the course identified the pupils needing access arrangements for the Key Stage 2 "
     "tests by the end of the autumn term and had them in place. Every participant had a mentor in "
     "their own school who knew exactly what was expected, and participants visited three special schools, "
     "not just ours.")

# ---------------------------------------------------------------- Step 3
doc.add_heading("Step 3 - The Now: where we are today", level=1)
graphic_box([
    "Validation event booked - 10 Dec",
    "Course outline drafted - 2 units, 4 tasks",
    "41 SENCOs surveyed",
    "No online route",
    "Pupil voice - missing!",
    "Mentors unsure",
])
para("After lunch we came back to the present. First we ran a \"working / not working\" round from each "
     "point of view. Ruth wrote what people said; we have kept their words.")

wt = doc.add_table(rows=1, cols=2)
wt.style = "Table Grid"
cell_text(wt.cell(0, 0), "What's working", bold=True)
cell_text(wt.cell(0, 1), "What's not working", bold=True)
shade(wt.cell(0, 0), GREEN)
shade(wt.cell(0, 1), GREEN)
perspectives = [
    ("From SENCOs (Tom, Amira, and the survey)", [
        ("Sessions at Brookhurst mean you see real classrooms, real kit.",
         "Experienced people can't get credit for what they already do."),
        ("Tutors help you manage your time on the course, they ring if you fall behind.",
         "Only one start date a year; if you miss February you wait a year."),
        ("Every task is about your own school, so nothing is wasted.",
         "No online option. Ashworth's course next door has one."),
    ]),
    ("From headteachers (the heads' forum, by letter)", [
        ("Thursdays, fixed in advance, are easy to cover.",
         "Fee of £1,650 is a lot for a small primary."),
        ("The action plan in the first task comes to us and to governors.",
         "We don't know what we are meant to do as the SENCO's mentor."),
    ]),
    ("From the LA (Priya)", [
        ("EPs and therapists already teach on the course.",
         "On the old LA SENCO induction course every SENCO had a mentor from the advisory team. That "
         "stopped in 2007 when the team was cut."),
        ("", "We don't know whether pupils do better."),
    ]),
    ("From the University (Owen)", [
        ("Marking and moderation arrangements are agreed and tight.",
         "Child development went when we cut the course from three units to two."),
    ]),
    ("From parents (Carol)", [
        ("The parent meeting is now part of the pupil study.",
         "Pupil voice is nowhere in the course. We assume SENCOs know how to do it, and they don't."),
    ]),
]
for title, rows in perspectives:
    r = wt.add_row()
    m = r.cells[0].merge(r.cells[1])
    cell_text(m, title, bold=True, italic=True)
    shade(m, SAND)
    for a, b in rows:
        r = wt.add_row()
        cell_text(r.cells[0], a)
        cell_text(r.cells[1], b)
doc.add_paragraph()

doc.add_heading("What is already agreed and in place", level=2)
para("This is what we agreed on the day was already settled, with the changes made since.")

runin("Accreditation.",
      "The Award is a Postgraduate Certificate: Leading SEN Coordination of the University of Dunstanbridge, "
      "60 credits at Masters level, in two 30-credit units. The University validated it on 10 December 2008. "
      "Brookhurst teaches and first-marks; the University moderates, appoints the external examiner and makes "
      "the award through its Board of Examiners.")
runin("What the course is for.",
      "The aims, as validated, are that participants lead the coordination of provision in their schools so "
      "that pupils with SEN and disabilities make better progress in their learning; and that they can "
      "show the difference they have made. All four tasks are based in the participant's own school, and "
      "three of them ask for a change in practice there, so that what people learn is used on Monday "
      "morning, not filed.")
runin("Who the course is for and how people get on it.",
      "Applicants must have QTS, be the SENCO of a Kirkhaven school or be named to take up the role within "
      "the year, and be nominated by their headteacher on our nomination form, which commits the school to "
      "eight days' release and a named mentor. Applicants write a 500-word statement about their school's "
      "provision and complete the self-audit. Helen or Owen then interviews each applicant for thirty "
      "minutes. If we judge that someone is not yet ready to reach the outcomes within the year, Helen "
      "explains what they need to do first (usually a term in post, or the LA's SEN foundation course) "
      "and talks it through with their headteacher, and they are offered a place in the next cohort. "
      "Participants are serving teachers, so they will all have been CRB checked by their schools.")
runin("Finding out what each person needs.",
      "The self-audit lists all the national outcomes in plain words, and the applicant rates each one from "
      "\"new to me\" to \"I do this well and could show you\". Before the first session each participant has "
      "a 45-minute starting-point tutorial with their personal tutor, who tests the self-audit against "
      "what the participant says and shows (people often rate the Code of Practice highly and then find "
      "their knowledge is out of date). Out of the tutorial comes an Individual Training Plan: the outcomes "
      "the participant will concentrate on, the two or three personal targets they will work to, and any "
      "sessions they can miss because they already meet those outcomes. The plan is looked at again at "
      "the mid-point tutorial in each unit.")
runin("Prior learning.",
      "Participants who already hold Masters-level credit in SEN, from our own university's Certificate in "
      "Inclusive Practice or from another university, can apply to have up to 30 credits accredited "
      "through the University's accreditation of prior certificated learning procedure, in place of "
      "Unit 1.")
runin("Assessment-only route.",
      "We talked about this for a long time. We have decided not to offer an assessment-only route in "
      "2009-10. Everyone takes the taught course.")
runin("How it runs.",
      "One intake a year, in February. Unit 1 runs from February to June, Unit 2 from September to March, "
      "always in that order. There are eight taught Thursdays (9.30 to 3.30) at Brookhurst, four in each "
      "unit, and three individual tutorials per unit, which participants can take in the school day or as a "
      "twilight. Participants who need to can take Unit 2 a year after Unit 1. The course has no online or "
      "distance-learning element: everything happens face to face, at Brookhurst or in the participant's "
      "school.")
runin("Access and adjustments.",
      "Our building is fully accessible, with a hearing loop in the Hall and the training room. The "
      "application form asks, in plain words, whether the applicant has a disability or health condition "
      "that we should plan for, and says why we ask and who sees the answer. Anyone who tells us meets Jo "
      "before the course to agree adjustments, which are written down and passed to tutors with the "
      "participant's agreement. Handouts come in large print or on disk on request, and adjustments to "
      "assessment (extra time, alternative formats, a scribe for the professional discussion) are agreed "
      "with the University's Disability Service. We say in our leaflet that we welcome disabled teachers "
      "and, because Brookhurst is a special school, participants are taught by and alongside disabled "
      "adults who work here.")
runin("Who teaches.",
      "Helen Carver (MA in SEN, SENCO for nine years in two mainstream schools, NPQH) leads the course and "
      "teaches most Thursdays. Dr Owen Pryce (PhD on inclusion in secondary schools, former head of learning "
      "support) teaches the research sessions and is second tutor. Priya Lal (Principal EP) and Sian "
      "Doherty (speech and language therapist) teach the sessions on assessment and communication, and "
      "staff from our autism outreach team teach the session on autism. Each tutor has five days a year "
      "for their own updating, and the tutor team goes to the NASEN conference each year.")
runin("Tutors.",
      "The four tutors meet every half-term to plan and review. There is a tutor handbook setting out the "
      "tutor's role in the starting-point tutorial, the marking scheme, and what feedback must include, "
      "including comments on how clearly the participant writes. Each tutorial ends with the participant "
      "explaining their next steps aloud and the tutor giving feedback on how clearly they put it.")
runin("Resources.",
      "Participants use Brookhurst's resource base: a lending library of assessment materials and test "
      "kits, intervention programmes and books on SEN, the specialist ICT suite (switch access, "
      "communication aids, Clicker 5, Widgit symbols), and our sensory and therapy rooms. Every "
      "participant has a University library card. Each participant spends a morning in Brookhurst "
      "classrooms during Unit 1; at present these are the only visits we can offer.")
runin("Marking and moderation.",
      "Tutors hold a standardisation meeting before each marking round, using scripts from the previous "
      "round. Every task is first-marked by the personal tutor; all fails, all distinctions and one in four "
      "of the rest are second-marked by a tutor from the other institution. The University's moderator "
      "samples every task, and the external examiner sees a sample and all fails before the Board of "
      "Examiners.")
runin("How we evaluate.",
      "Participants fill in a short evaluation at the end of each Thursday and a longer questionnaire at "
      "the end of each unit. They rate their own confidence against each outcome at the starting-point "
      "tutorial and again at the end of Unit 2. Tutors review each session at the half-termly tutor "
      "meeting. The University's annual monitoring report and the external examiner's report come to "
      "Brookhurst's course steering group, which meets every July, reads all of this together, and agrees "
      "the changes for the next cohort in an action plan that the governors' curriculum committee sees.")
runin("What our partners have changed already.",
      "The survey of Kirkhaven SENCOs in June 2008 (41 replies from 67 schools) told us that time out of "
      "school was the biggest barrier, that most SENCOs had had no training since taking on the role, and "
      "that what they wanted most was help with the Code of Practice, managing TAs and dealing with senior "
      "teams. The LA's figures showed that a third of Kirkhaven SENCOs had been in post for less than two "
      "years. Because heads told us that scattered days were hard to cover, the course runs on fixed "
      "Thursdays set a year ahead; because SENCOs said they had no time for anything that was not about "
      "their own school, every task is school-based; and because the Parents' Forum told us that parents "
      "were too often the last to know, the meeting with the pupil's parents is now a required part of the "
      "pupil study. Priya, Sian and the autism outreach team teach on the course, and the Parent "
      "Partnership officer teaches the session on families.")

doc.add_heading("The course outline (as pinned up on the day, updated after validation)", level=2)
table([
    ["Task", "What it is", "What it is marked on"],
    ["1A Policy and practice review (Unit 1, 3,000 words)",
     "A review of your school's SEN policy and practice against the Code of Practice and the disability "
     "equality duties, with an action plan that you present to your head and to the governor for SEN.",
     "Knowing the Code of Practice and how it is put into practice in your school; knowing the DDA duties "
     "and what they mean for your school; how you advised your senior team and governors on an inclusive "
     "ethos and policy; how you won the support of your head and senior team for the plan."],
    ["1B Pupil study (Unit 1, 3,000 words)",
     "A study of one pupil with SEN or a disability: how the need was identified, the assessments, the "
     "targets and interventions, and a meeting with the parents.",
     "Identifying the need, setting challenging targets, planning interventions and reviewing progress; "
     "using assessments from other professionals; using summative data, including national tests, to "
     "track progress and change the plan; your understanding of the pupil's type of need and how it "
     "affects learning; a critical choice of approaches and resources, including ICT; your relationship "
     "with the pupil and the family, and how you worked with the parents."],
    ["2A Provision map and staffing review (Unit 2, 3,000 words)",
     "A provision map for your school or one year group, and a review of how support staff are deployed, "
     "presented to your senior team.",
     "Using provision mapping to find ineffective or missing provision; deploying and managing TAs and "
     "other support staff; the judgements you made about what to stop, keep and start."],
    ["2B Leading a change (Unit 2, 4,000 words, plus a 30-minute professional discussion)",
     "Plan, lead and evaluate one change in your school's SEN provision, including training your "
     "colleagues and working with them on assessment for learning for pupils with SEN.",
     "Using research and outside advice; knowing what research says works; training, coaching and "
     "observing colleagues (one session observed by your tutor); encouraging colleagues' formative "
     "assessment; evaluating with colleagues whether the change worked and writing the result into the "
     "school's SEF and improvement plan. The professional discussion is marked on how clearly you explain "
     "your decisions and how you listen and respond to questions."],
], widths=[3.5, 6, 7.5])
para("Between them the four tasks cover every one of the national outcomes. To gain the Award a "
     "participant must pass all four tasks (pass mark 50), with the professional discussion passed as "
     "part of Task 2B.", italic=True)

doc.add_heading("The eight Thursdays", level=2)
for s in [
    "Unit 1, Day 1: The SENCO, the law and the Code of Practice; the DDA and the SENCO Regulations 2008.",
    "Unit 1, Day 2: Every Child Matters and the SENCO; types of need (BESD, dyslexia and specific "
    "learning difficulties, speech language and communication needs, autism, MLD), with Priya and Sian.",
    "Unit 1, Day 3: Assessment, targets and interventions; using ICT to remove barriers (in our ICT "
    "suite); tracking progress with summative data and national tests; other professionals' assessments; "
    "agencies and how to get their help (Priya).",
    "Unit 1, Day 4: Families: working with parents and carers (with the Parent Partnership officer); "
    "partners beyond the school, with the Kirkhaven Autism Support Group and Home-Start.",
    "Unit 2, Day 5: Provision mapping and the SENCO's data; making hard choices about provision.",
    "Unit 2, Day 6: Managing and deploying support staff; managing the SENCO workload: time, priorities "
    "and delegation.",
    "Unit 2, Day 7: Leading colleagues: coaching, INSET, observation and feedback; assessment for "
    "learning for pupils with SEN; winning over senior leaders and governors; difficult conversations: "
    "listening and explaining.",
    "Unit 2, Day 8: Using research (Owen); evaluating provision; school self-evaluation, the SEF and "
    "what Ofsted looks for on SEN (Ofsted 2004 and 2006 reports).",
]:
    bullet(s)
para("Throughout, participants keep a professional reading log, which the tutor reads at each tutorial; "
     "it is not marked.")

# ---------------------------------------------------------------- Step 4
doc.add_heading("Step 4 - Enrol: who we need on board", level=1)
graphic_box(["Heads' forum", "Parents' Forum", "Greenway and St Anne's", "Ashworth?", "Governors"])
table([
    ["Who", "What we want to ask them", "Who will ask"],
    ["Kirkhaven heads' forum", "To send two members to the course steering group and review the course "
     "with us each July.", "Margaret"],
    ["Kirkhaven Parents' Forum", "To send a parent to the steering group, and to comment on the "
     "end-of-unit evaluations.", "Carol and Jo"],
    ["Greenway School and St Anne's (special schools)", "To host visits for participants, so they see "
     "more than one special school.", "Helen"],
    ["Ashworth's course team", "To share notes on their online route.", "Owen"],
    ["Our governors", "To keep SENCO training in the school improvement plan.", "Graham"],
], widths=[4.5, 9, 3])
doc.add_paragraph()

# ---------------------------------------------------------------- Step 5
doc.add_heading("Step 5 - Getting stronger", level=1)
graphic_box(["Keep the Thursdays sacred", "Keep the tutor team small", "Listen to the survey"])
para("We talked about what would keep us strong as a team doing this. We need to keep the tutor team "
     "small enough to know every participant, protect the tutors' updating days, and keep asking SENCOs "
     "what they need. Helen said we should be honest that the course is new and will change, and that "
     "we value every participant's experience. We believe the course is of high quality and we try to "
     "fit it round each person.")

# ---------------------------------------------------------------- Step 6
doc.add_heading("Step 6 - The next three months", level=1)
graphic_box(["APEL guidance", "Mentor guide", "CRB on the form", "Pupil progress - how?"])
table([
    ["Action", "Who", "By when"],
    ["Draft APEL guidance so that experienced SENCOs can claim credit for experience", "Helen and Owen",
     "End of January"],
    ["Write a short guide for school mentors and invite them to a twilight briefing", "Helen", "February"],
    ["Add a line on CRB disclosure to the nomination form", "Jo", "January"],
    ["Find a way to capture pupil progress across the cohort", "Priya and Owen", "March"],
    ["Ask the heads' forum and Parents' Forum to join the steering group", "Margaret and Carol", "January"],
    ["Think about a second start date", "Steering group", "July"],
], widths=[10, 3.5, 3])
doc.add_paragraph()

# ---------------------------------------------------------------- Step 7 and 8
doc.add_heading("Step 7 - The next month", level=1)
para("Send the validation documents to the University (Owen, done). Book the Thursdays for 2009 with the "
     "heads' forum (Jo). Send out the nomination form and leaflet (Jo).")
doc.add_heading("Step 8 - The first step", level=1)
para("Helen will email everyone this record on Monday. Carol will tell the Parents' Forum about the day "
     "at its next meeting.")
para("Record agreed by everyone who was there, 21 November 2008.", italic=True)

doc.save(OUT)
print("wrote", OUT)
