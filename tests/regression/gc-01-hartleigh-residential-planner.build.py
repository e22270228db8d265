"""gc-01-hartleigh-residential-planner

Provider: the Council of English-Curriculum Schools Overseas (CECSO), a
membership council of about sixty British-curriculum schools in Europe and
the Gulf, with the University of Hartleigh School of Education (which
validates the 60-credit Postgraduate Certificate) and Wexmoor Borough Council
(which releases four teachers from schools in England and hosts the school
visits in Week One). The award is taught mostly at a distance on the
University's "Hartleigh Online" site, with two residential weeks on the
Hartleigh campus (July 2009 and April 2010).

Document kind: the participants' Residential Weeks Planner (version 3,
March 2009), written to "you", sent as the application with a shaded note to
the TDA panel and a Part 9 "The Award in brief" plus an outcome annex added
for the panel.

Layout: a cover block; a shaded one-cell note to the panel; Parts 1-9 with
real heading styles; a "Before you travel" checklist typed with "-";
a landscape "Week One at a glance" grid (days as columns, times as rows,
merged cells for whole-morning school visits); session notes S1-S14 as
bold run-in paragraphs; electives E1-E4; "Between the weeks"; a Week Two
grid; assessment; a people table; Part 9 for the panel; Annex A domestic
information; Annex B an outcome table "Code / In our words / Where you work
on it / How it is judged"; a header and a footer (the footer says rooms are
still to be confirmed); two tracked changes; three comments.

Traps (requirement ids affected):
- 2.3: the sentence that rules out an assessment-only route sits in Part 7
  (assessment), far from Part 2 where entry is described: "There is no route
  to the Award by assessment alone". not_met.
- 2.5: the Week Two Friday session "Next steps: your plan for 2010-11" and
  its note are a deleted tracked change, replaced by "Course evaluation and
  farewell". Nothing else helps participants set further targets. not_met.
- 4.3: stakeholders help deliver (Wexmoor visits, a parent and a families'
  association in sessions, a visiting head at each Case Conference) but
  their part in evaluation appears only in a comment ("Should we say the
  Heads' Standing Committee will review the evaluation?..."). partially_met.
- 5.3: the header claims all participants hold a current CRB disclosure
  (headers are no evidence); the body has the head's confirmation of
  host-country checks and safer recruitment on the nomination form, but no
  CRB enhanced disclosure or equivalent and no previous-employer check; and
  the Week One visits paragraph talks about the Borough's own staff being
  CRB-checked (wrong context). partially_met.
- 1.7, 6.A1 and 6.S8: work with parents is an elective (E3) that only some
  participants choose, and portfolio evidence on it is optional.
  partially_met.
- 2.1: credit for earlier study "can be discussed with the Programme Leader"
  with no process. partially_met.
- 3.2: one start date, one order, one mode; only deferral of Week Two.
  partially_met. (A comment asks about a January start: not evidence.)
- 5.1: evaluation is internal only (daily slips, end-of-week questionnaire,
  tutors' review); the external examiner is described only as checking
  marks. partially_met.
- 5.7: tutors have a briefing day; in-school mentors are only sent notes,
  and bringing them together is a wish. partially_met.
- 5.9: confidence self-ratings at start and end; pupils' achievement only
  hoped for. partially_met.
- 1.9 / 6.0: the Award requires passing both assignments and the portfolio,
  but some outcomes are only discussed or not assessed, and one has no row.
  partially_met.
- Outcome table: 6.A3 and 6.S4 "Not assessed"; 6.K4 pre-reading only; 6.A7
  "discussed in tutor hours" (formative); 6.S2d session only; 6.S8 elective
  only; 6.K7 has no row and no session. 
- A tracked insertion (recorded tutor hours) is part of the submission and
  supports 3.3 (met).
- 3.3 met: Hartleigh Online, tutor hours at two times for time zones, study
  trios, email response times, the University's e-portfolio.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).parent
NAME = "gc-01-hartleigh-residential-planner"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

AUTHOR_DATE = "2009-03-02T10:00:00Z"
_rev = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold_lead=None, style=None, italic=False):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    if text:
        r = p.add_run(text)
        r.italic = italic
    return p


def h(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for it in items:
        doc.add_paragraph("- " + it)


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, author="Rachel Amiri"):
    """Append a tracked insertion or deletion to paragraph p."""
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), AUTHOR_DATE)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)
    return el


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, "D9E2F3")
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = (
    "CECSO and University of Hartleigh - International SENCO Award 2009-10. "
    "All participants hold a current CRB enhanced disclosure.")
sec.footer.paragraphs[0].text = (
    "Residential Weeks Planner v3, 2 March 2009. Rooms and some visiting "
    "contributors still to be confirmed by the Conference Office.")

# ---------------------------------------------------------------- cover
p = doc.add_paragraph()
r = p.add_run("Council of English-Curriculum Schools Overseas")
r.bold = True
r.font.size = Pt(12)
p = doc.add_paragraph()
r = p.add_run("in partnership with the University of Hartleigh School of Education")
r.font.size = Pt(11)
p = doc.add_paragraph()
r = p.add_run("INTERNATIONAL SENCO AWARD 2009-10")
r.bold = True
r.font.size = Pt(20)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
p = doc.add_paragraph()
r = p.add_run("Residential Weeks Planner")
r.bold = True
r.font.size = Pt(16)
para("Week One: Monday 6 to Friday 10 July 2009, Hartleigh campus")
para("Week Two: Monday 12 to Friday 16 April 2010, Hartleigh campus")
para("Postgraduate Certificate in Leading Learning Support (SENCO), 60 credits at Master's level, "
     "awarded by the University of Hartleigh", italic=True)

note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "EDEDED")
c.paragraphs[0].add_run("A note for the TDA approval panel").bold = True
c.add_paragraph(
    "This is the planner every participant receives once their place is confirmed. We have chosen "
    "to send it as our application because it is the document that shows most honestly how the "
    "Award runs: where people are, who teaches them and what they are asked to do. We have added "
    "Part 9 (The Award in brief) and Annex B (the outcome table) for the panel; the rest is as "
    "participants will see it. The Award is run jointly by the Council, whose professional "
    "learning office in Reading administers it, and the University of Hartleigh, which validated "
    "it as a Postgraduate Certificate in December 2008. Wexmoor Borough Council is our partner for "
    "the school visits and releases four of its own teachers to join the group.")
c.add_paragraph("Dr Helen Carver, Director of Professional Learning, CECSO")

# ---------------------------------------------------------------- Part 1
h("Part 1. Welcome")
para("Welcome to the first cohort of the International SENCO Award. This planner is your companion "
     "for the two weeks you will spend with us in Hartleigh and for the months in between. Please "
     "read Parts 1 to 3 before you book your flights, and bring the planner with you in July.")
para("There are 42 of you. Thirty-eight lead learning support in Council member schools in eleven "
     "countries, from Lisbon to Muscat; the largest groups come from Spain (nine), the United Arab "
     "Emirates (eight) and Qatar (five). Four of you teach in Wexmoor primary and secondary schools "
     "and have been released by the Borough to take the Award with colleagues working abroad. "
     "Between you, you teach in schools of 180 to 2,100 pupils, in the Foundation Stage and every "
     "key stage through to the sixth form, and many of you work with pupils who are learning in "
     "English as an additional language. We have tried to build that range into everything that "
     "follows.")
para("The Award exists for one reason: so that children and young people with special educational "
     "needs and disabilities in your schools learn more, are safer and happier, and leave school "
     "ready for what comes next. We use the five Every Child Matters outcomes as our yardstick even "
     "though most of you work outside England, because they describe a good life at school in "
     "terms that every one of our schools recognises. Each assignment asks you to show what changed "
     "for pupils, not only what you did.")

# ---------------------------------------------------------------- Part 2
h("Part 2. Before you travel")
para("Your place is confirmed once the Council has received three things: your nomination form "
     "signed by your headteacher, your Starting Profile, and the course fee (or the bursary "
     "letter). The checklist below sets out the rest.")
bullets([
    "By 1 May: return the nomination form. Your head confirms on it that you were appointed under "
    "the school's safer recruitment procedures and that the checks required by your host country "
    "are in place, and agrees to release you for both weeks and to act as, or name, your in-school "
    "mentor.",
    "By 1 May: tell us on the Access and Requirements form about any disability, health condition "
    "or learning difference, and anything else we should know (diet, prayer times, childcare, "
    "mobility). See 'Access and requirements' below.",
    "By 5 June: complete your Starting Profile on Hartleigh Online (details below).",
    "By 12 June: book your flights to arrive by 16.00 on Sunday 5 July. Gatwick and Heathrow are "
    "both about 90 minutes from Hartleigh by train.",
    "If you do not hold a British, EEA or Swiss passport, check now whether you need a UK visitor "
    "visa; the Council's office will send a letter of invitation on request.",
    "Bring your school's SEN or learning-support policy, a (anonymised) provision map or "
    "intervention list, and one piece of pupil data you would like to understand better.",
])
h("Entry to the Award", 2)
para("The Award is for qualified teachers (QTS or an equivalent teaching qualification recognised "
     "by the University) who are leading, or about to lead, learning support in their school, with "
     "at least two years' teaching experience. The Programme Leader reads every nomination with "
     "the head's statement and telephones any candidate whose experience looks thin. Where we "
     "think a candidate is not yet ready to meet the Award's outcomes within the year, we say so, "
     "suggest the Council's ten-week online course Foundations in Learning Support as a first step, "
     "and talk it through with the headteacher, so that the candidate can apply again the "
     "following year. Three nominees for 2009-10 have taken that route.")
para("If you have already studied special educational needs at postgraduate level, credit for "
     "earlier study can be discussed with the Programme Leader.")
h("Your Starting Profile", 2)
para("The Starting Profile is an online self-review against the 28 outcomes of the Award, each "
     "rated from 1 (new to me) to 4 (I could teach this to colleagues), with a short example for "
     "any outcome you rate 3 or 4. Your head adds a paragraph about the school's priorities for "
     "learning support. Your personal tutor reads both and calls you (by telephone or Skype) in "
     "June for about forty minutes. Together you agree your Individual Learning Plan: the outcomes "
     "you will concentrate on, the two electives you will take in Week One, the online units you "
     "will do first, and the focus of your enquiry. Your tutor checks the plan against what you "
     "show in the first assignment and you revise it together in December. The plan is filed on "
     "Hartleigh Online, where your tutor and your mentor can both see it.")
h("Access and requirements", 2)
para("We want everyone to be able to take a full part in both weeks. Please use the Access and "
     "Requirements form to tell us anything that would help; you can also ring Sarah Okafor, the "
     "Council's Award Administrator, in confidence. Telling us is always your choice, and what you "
     "tell us goes only to the people who need it to make arrangements. In past Council courses we "
     "have provided, for example, materials in large print and in advance, a note-taker, a "
     "ground-floor room near the teaching block, extra time in timed activities and rest breaks. "
     "The University's Disability Advisory Service advises on adjustments for assessment, and any "
     "adjustment agreed for the residential weeks carries over to your assignments. All teaching "
     "rooms in the Lyle Building have step-free access and a hearing loop. If a school visit in "
     "Week One is not accessible to you, we will arrange an alternative visit of equal value.")
para("A quiet room in the Lyle Building is set aside for prayer throughout both weeks, and the "
     "timetable leaves time for Friday prayers. The refectory will provide halal, vegetarian and "
     "other meals on request. Week One falls well before Ramadan; Week Two falls after Easter.")

# ---------------------------------------------------------------- Part 3 Week One grid (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
h("Part 3. Week One at a glance (6-10 July 2009)")
grid = [
    ["Time", "Monday 6", "Tuesday 7", "Wednesday 8", "Thursday 9", "Friday 10"],
    ["09.00-10.30", "S1 Welcome; the SENCO's job in a British school abroad",
     "S4 The law and the Code of Practice: what travels and what does not",
     "School visits in Wexmoor (S7)", "S9 Knowing pupils well: assessment from many hands",
     "S13 Leading colleagues: observation, coaching, training"],
    ["10.45-12.30", "S2 What the evidence says: research and inspection",
     "S5 Common needs I: communication, autism, dyslexia", "", "S10 Provision mapping in practice",
     "S14 Planning your enquiry; meeting your tutor"],
    ["13.30-15.00", "S3 Pupil voice: asking children what works",
     "S6 Common needs II: behaviour, emotional and social needs, general learning difficulties",
     "S8 Debrief of visits", "S11 Other agencies abroad: finding the help that is not there",
     "Friday prayers / free time"],
    ["15.15-16.45", "Study skills at Master's level (library)", "Electives (choose two: E1-E4)",
     "Electives (continued)", "S12 Time, priorities and saying no", "Close, 16.00"],
    ["Evening", "Welcome dinner, Carrow Hall", "Library and IT induction (optional)",
     "Free", "Fireside: former Council Certificate students", ""],
]
t = table(grid, widths=[2.5, 4.5, 4.5, 4.5, 4.5, 4.5])
a = t.cell(1, 3).merge(t.cell(2, 3))
a.text = "School visits in Wexmoor (S7): special school, resourced provision or PRU, leaving 08.30"
para("Rooms: all sessions in the Lyle Building, rooms L1.04 and L1.05, unless shown otherwise. "
     "Room numbers will be confirmed in June.", italic=True)

# ---------------------------------------------------------------- back to portrait
new2 = doc.add_section()
new2.orientation = WD_ORIENT.PORTRAIT
new2.page_width, new2.page_height = new2.page_height, new2.page_width
h("Part 4. Week One session notes")
sessions = [
    ("S1 Welcome; the SENCO's job in a British school abroad (Dr Helen Carver, Dr Tom Mayhew). ",
     "Who we are, how the year runs, and what the lead for learning support does in schools that "
     "follow the English curriculum but answer to another country's ministry. We look at the "
     "Code of Practice's description of the SENCO role alongside your own job descriptions."),
    ("S2 What the evidence says (Dr Tom Mayhew). ",
     "A tour of the evidence you will use all year: the Ofsted survey Inclusion: does it matter "
     "where pupils are taught? (2006), the Bercow Review of services for children with speech, "
     "language and communication needs (2008), the work of the Lamb Inquiry into parental "
     "confidence, which reports later this year, and recent studies of the deployment of teaching "
     "assistants. You leave with a reading list organised by the questions you brought, and the "
     "University librarian shows you how to search the e-journals from abroad."),
    ("S3 Pupil voice (Maria Castell, Head of Learning Support, British School of Valencia). ",
     "Practical ways of asking children and young people, including those with little spoken "
     "English or little speech, what helps them learn and what they want from a review: talking "
     "mats, photo diaries, structured interviews and pupil-led reviews. You plan a short "
     "consultation to carry out in your school in the autumn; it becomes part of Assignment 1."),
    ("S4 The law and the Code of Practice (Dr Tom Mayhew). ",
     "The Education Act 1996 as amended, the SEN Code of Practice 2001, the Special Educational "
     "Needs and Disability Act 2001 and the Disability Discrimination Act 1995 as amended in 2005, "
     "including the disability equality duty, together with Every Child Matters and the Children "
     "Act 2004. For those of you abroad we compare the English framework with your host country's "
     "law and your school's inspection framework, and ask what a school that follows the English "
     "curriculum should take from the Code where the law does not require it."),
    ("S5 and S6 Common needs (Jenny Ross, specialist teacher; Amira Haddad, speech and language "
     "therapist). ",
     "Two sessions on the needs you will meet most often: speech, language and communication "
     "needs, autistic spectrum disorders, specific learning difficulties including dyslexia, "
     "behavioural, emotional and social difficulties and moderate learning difficulties, how each "
     "affects learning, and how to tell special educational needs from the ordinary business of "
     "learning in a second language. Pre-reading on child development is sent in June."),
    ("S7 and S8 School visits and debrief (Wexmoor Borough Council). ",
     "In groups of six you spend Wednesday morning in one of three Wexmoor settings: Fernside "
     "Special School, the resourced provision for pupils with communication difficulties at Marsh "
     "Lane Primary, or the Borough's pupil referral unit. Each visit is led by a member of the "
     "setting's staff and follows a brief agreed with the Borough. Host schools will ask to see "
     "your passport and will have your name on the visitors' list; the Borough's own staff who "
     "accompany you are CRB-checked. In the afternoon each group reports what it saw and what it "
     "would take home."),
    ("S9 Knowing pupils well (Jenny Ross; Dr Karim Nassar, educational psychologist, Dubai). ",
     "Reading reports from educational psychologists, therapists and doctors and turning them into "
     "teaching; using standardised tests, CAT and PIPS data and, for the Wexmoor teachers, national "
     "test results to track progress; and helping class and subject teachers to use assessment for "
     "learning with pupils who find learning hard."),
    ("S10 Provision mapping in practice (Dr Tom Mayhew). ",
     "Building a provision map, costing it, and using it to ask which interventions work and which "
     "pupils are not getting what they need."),
    ("S11 Other agencies abroad (Dr Karim Nassar; Lucia Ferreira, Lisbon Autism Families "
     "Association). ",
     "Where there is no local authority, no educational psychology service and sometimes no "
     "speech therapist who speaks the child's language, the SENCO has to find and broker help. "
     "We map the services your schools use, private and public, and how to commission and work "
     "with them, including parents' associations and charities."),
    ("S12 Time, priorities and saying no (Maria Castell). ",
     "Managing a role that is often combined with a full teaching load; delegating to teaching "
     "assistants and to colleagues; how to organise the work of learning-support assistants."),
    ("S13 Leading colleagues (Dr Helen Carver). ",
     "Observation and feedback, modelling, coaching and running a staff meeting; winning the "
     "support of the head and the senior team; working with a board of governors or a proprietor."),
    ("S14 Planning your enquiry. ",
     "Each of you leaves Week One with a one-page plan for your enquiry, agreed with your tutor, "
     "including the baseline you will take with a group of pupils before you change anything."),
]
for lead, body in sessions:
    para(body, bold_lead=lead)

h("Electives", 2)
para("You choose two electives when you agree your Individual Learning Plan. Each runs over the "
     "Tuesday and Wednesday afternoons.")
table([
    ["Elective", "Led by", "What it covers"],
    ["E1 Early years and the Foundation Stage", "Jenny Ross",
     "Identifying needs early; working with nursery and reception staff."],
    ["E2 Secondary and sixth form", "Dr Tom Mayhew",
     "Subject departments, options, IGCSE and A level."],
    ["E3 Families a long way from home", "Maria Castell and a parent from the Valencia support group",
     "Working with parents and carers in expatriate and local families: annual reviews, difficult "
     "conversations, families who move on every two years, parents who are not told the truth "
     "about their child at home. Advising parents and agreeing what the school and the family will "
     "each do."],
    ["E4 Access arrangements for examinations", "Dr Tom Mayhew",
     "The Joint Council for Qualifications' rules on access arrangements for IGCSE and A level in "
     "overseas centres, what evidence is needed and by when."],
], widths=[4, 4, 8])

# ---------------------------------------------------------------- Part 5
h("Part 5. Between the weeks (September 2009 to March 2010)")
para("Most of the Award happens in your own school. Between the weeks you work through six online "
     "units on Hartleigh Online, carry out your enquiry and build your portfolio, with three kinds "
     "of support.")
para(bold_lead="Your tutor.")
p = para("Each tutor has a group of about eight participants. Tutors hold a 'tutor hour' by "
         "video-conference every second Tuesday, at 15.00 UK time for those in Europe and at 11.00 "
         "UK time for those in the Gulf, and answer email within three working days. You have three "
         "individual tutorials (October, December, February) by Skype or telephone. ")
tracked(p, "Tutor hours are recorded and put on Hartleigh Online for anyone who cannot join live.",
        "ins")
para("Your study trio. In Week One you are placed in a trio with two participants in similar "
     "schools, usually in different countries. Trios have their own forum on Hartleigh Online and "
     "are expected to meet online at least once a month to read each other's drafts.")
para("Your in-school mentor. Usually your head or deputy, your mentor meets you each half-term to "
     "talk about your enquiry, signs your record of school-based tasks, and adds a short "
     "statement to your portfolio. Mentors are sent the Mentor Notes by email in September. We "
     "would like to bring mentors together, perhaps at the Council's heads' conference, but "
     "distance makes this hard.")
para("The six online units are: Leading learning support; Law, policy and the wider world; "
     "Assessment and tracking; Provision mapping and managing resources; Working with other "
     "professionals and agencies; Evaluating what works. Each has readings from the "
     "University's e-library, short recorded talks, a discussion activity and a school-based task "
     "that you record in your portfolio. Your Individual Learning Plan sets the order in which "
     "you take them.")
para("If illness or a family or school crisis stops you attending Week Two, you may complete the "
     "Award with the following year's group, keeping the credit you have.")

# ---------------------------------------------------------------- Part 6
h("Part 6. Week Two at a glance (12-16 April 2010)")
wk2 = table([
    ["Day", "Morning", "Afternoon"],
    ["Monday 12", "Case Conferences: enquiry presentations (groups A and B)",
     "Case Conferences (groups C and D)"],
    ["Tuesday 13", "Case Conferences (groups E and F)", "S15 Working with the senior team and governors"],
    ["Wednesday 14", "S16 Reviewing provision with colleagues", "S17 Inclusion, policy and the school's direction"],
    ["Thursday 15", "Portfolio review with your tutor", "Moderation (tutors); study time (participants)"],
    ["Friday 16", "", "Departures"],
], widths=[3, 7, 7])
cell = wk2.cell(5, 1)
cp = cell.paragraphs[0]
for r in list(cp.runs):
    r._r.getparent().remove(r._r)
tracked(cp, "Next steps: your plan for 2010-11. Each participant drafts professional targets for "
            "the year after the Award with a tutor and takes them home to agree with the head.",
        "del", author="Dr Tom Mayhew")
tracked(cp, "Course evaluation and farewell", "ins", author="Dr Tom Mayhew")

para("Case Conferences. Each participant presents the enquiry to a group of six, with two tutors "
     "and a visiting head or learning-support leader from a member school. The presentation is "
     "followed by twenty minutes of questions. Tutors use the Case Conference to judge the "
     "outcomes listed against it in Annex B; it counts for a third of the marks for Assignment 2.")
para("S15 to S17 look at the strategic side of the role: presenting the case for learning support "
     "to the senior team and the board, shaping the school's inclusion policy and budget, and "
     "reviewing with colleagues whether provision is working.")

# ---------------------------------------------------------------- Part 7
h("Part 7. How the Award is assessed")
para("The Award has three assessed components. You must pass all three.")
table([
    ["Component", "What you do", "When", "Weight"],
    ["Assignment 1: Provision review", "A 4,000-word review of learning support in your school, "
     "including the pupil consultation planned in S3, the provision map and the school's use of "
     "data; ends with three priorities agreed with your head.", "Submit 30 November 2009", "40%"],
    ["Assignment 2: Enquiry into practice", "A 6,000-word report of a change you led with a group "
     "of pupils, with baseline and follow-up measures of the pupils' progress and well-being, "
     "and the Case Conference presentation.", "Submit 26 February 2010; Case Conference in Week Two",
     "60%"],
    ["Professional Portfolio", "Records of the school-based tasks, your mentor's statement and a "
     "reflective commentary; judged Pass or Refer.", "Reviewed in Week Two", "Pass/Refer"],
], widths=[4, 8, 3.5, 2])
para("Every assignment is marked by your tutor and a sample of a third (including all fails and "
     "all distinctions) is second-marked by another tutor. The tutors meet on the Thursday of Week "
     "Two to moderate marks and portfolio judgements, using marked exemplars from the University's "
     "other Master's-level courses until the Award has its own. The external examiner, Professor "
     "Anne Lindqvist of the University of Northam, sees a sample of every component and attends "
     "the Board of Examiners in May 2010 to confirm that the marks are fair and at the right level.")
para("The Award requires that you attend both residential weeks. There is no route to the Award by "
     "assessment alone, and we do not accept portfolios from people who have not been through the "
     "course.")

# ---------------------------------------------------------------- Part 8
h("Part 8. Who you will meet")
table([
    ["Name", "Role in the Award", "Background"],
    ["Dr Helen Carver", "Director of Professional Learning, CECSO; tutor",
     "Former head of learning support in Madrid and Doha; NASENCO 2003; Council inspector of "
     "member schools since 2005."],
    ["Dr Tom Mayhew", "Programme Leader, University of Hartleigh",
     "Senior lecturer in inclusive education; former SENCO and LA SEN adviser; research on "
     "provision mapping."],
    ["Jenny Ross", "Tutor", "Specialist teacher (SpLD and early years), AMBDA; advisory "
     "teacher for Wexmoor until 2007."],
    ["Maria Castell", "Tutor", "Head of Learning Support, British School of Valencia; MA "
     "Special and Inclusive Education (Hartleigh, 2006)."],
    ["Dr Karim Nassar", "Visiting contributor", "Educational psychologist in private practice in "
     "Dubai, working with nine member schools."],
    ["Amira Haddad", "Visiting contributor", "Speech and language therapist, bilingual "
     "(Arabic/English), Abu Dhabi."],
    ["Lucia Ferreira", "Visiting contributor", "Chair, Lisbon Autism Families Association."],
], widths=[3.5, 5, 8.5])
para("All tutors teach on the University's MA in Inclusive Education and keep up their practice "
     "through work in schools: each spends at least ten days a year in member schools or Wexmoor "
     "schools. Tutors meet for a briefing day in June each year to go through the handbook, the "
     "assessment criteria and their roles, and again at the moderation meeting.")

# ---------------------------------------------------------------- Part 9
h("Part 9. The Award in brief (for the TDA panel)")
para(bold_lead="Accreditation.")
para("The University of Hartleigh validated the Award in December 2008 as a Postgraduate "
     "Certificate of 60 credits at Level 7 (two 30-credit modules: Leading Learning Support, and "
     "Enquiry into Practice). The credit can be carried into the University's MA in Inclusive "
     "Education.")
para(bold_lead="Why the Award, and who shaped it.")
para("In autumn 2008 the Council surveyed the learning-support leads in its 61 member schools; 47 "
     "replied. Fewer than one in five held any qualification for the role, most worked without an "
     "educational psychology or therapy service in easy reach, and most said that a course in "
     "England during term time was impossible. The Council's Learning Support Network (the "
     "learning-support leads of member schools, who meet twice a year) and the Heads' Standing "
     "Committee then worked with the University on the design. The July residential, the two "
     "tutor-hour times, the session on finding other agencies abroad (S11) and the examination "
     "access elective (E4) were all added at the Network's request; the heads asked that the first "
     "assignment end in priorities agreed with the head, and it does. Wexmoor Borough Council "
     "told us its new SENCOs needed to see practice outside their own schools, which is why its "
     "teachers join a mixed group.")
p = para(bold_lead="Evaluation.")
p2 = para("Each day of both weeks ends with an evaluation slip. At the end of each week and at the "
          "end of the Award participants complete a questionnaire, and the tutors review the "
          "results at their June briefing day. Participants rate their confidence against the 28 "
          "outcomes in the Starting Profile and again at the end of the Award, so that we can see "
          "where they have moved. We hope that schools will share with us, in time, what "
          "difference the Award makes to their pupils' progress.")
doc.add_comment(p2.runs, "Should we say the Heads' Standing Committee will review the evaluation "
                "each year? Not agreed yet - HC", author="Helen Carver", initials="HC")
para(bold_lead="Resources.")
para("Participants have full University library membership, including e-journals and e-books "
     "from abroad, and use the Lyle Building's computer suite, which has text-to-speech, "
     "screen-reading and mind-mapping software and a set of assessment materials and tests on "
     "loan. Hartleigh Online carries all readings, recorded talks, forums and the e-portfolio.")
c3 = para(bold_lead="Flexibility.")
p3 = para("Everyone starts in July and follows the same two weeks; between the weeks the order of "
          "the online units follows the Individual Learning Plan.")
doc.add_comment(p3.runs, "Could we offer a January start for the Gulf schools from 2011? "
                "Worth asking the Network - TM", author="Tom Mayhew", initials="TM")
para(bold_lead="Completing the Award.")
para("The Award is conferred by the University's Board of Examiners on participants who have "
     "passed both assignments and the portfolio.")

# ---------------------------------------------------------------- Annex A
h("Annex A. Domestic information")
para("Accommodation: single en-suite rooms in Carrow Hall, five minutes' walk from the Lyle "
     "Building; ground-floor and adapted rooms on request. Breakfast and dinner are in Carrow Hall "
     "refectory, lunch in the Lyle Building. Wireless internet is available throughout. Your "
     "University card (issued on Monday morning) gives you access to the library until 22.00 and "
     "to the computer suite at all hours. The Council's office number during both weeks is 0118 "
     "496 0733; Sarah Okafor is on campus throughout.")
para("Costs: the course fee covers tuition, both weeks' accommodation and meals, and the school "
     "visits. Flights are paid by your school. The Council offers six bursaries of half the fee "
     "to staff of small member schools.")

# ---------------------------------------------------------------- Annex B (landscape)
new3 = doc.add_section()
new3.orientation = WD_ORIENT.LANDSCAPE
new3.page_width, new3.page_height = new3.page_height, new3.page_width
h("Annex B. The 28 outcomes: where you work on them and how they are judged")
para("Codes follow the national specification. A1 = assignment 1; A2 = assignment 2; CC = Case "
     "Conference; PF = portfolio.", italic=True)
rows = [
    ["Code", "In our words", "Where you work on it", "How it is judged"],
    ["", "Professional attributes", "", ""],
    ["A1", "Build fair, respectful and supportive relationships with pupils and their families",
     "S3; E3 (elective)", "A1 (pupil consultation)"],
    ["A2", "Win the support of colleagues, the head and the senior team", "S13, S15",
     "A1 priorities agreed with the head; CC"],
    ["A3", "Prioritise, manage your time and delegate", "S12", "Not assessed"],
    ["A4", "Anticipate problems and make sound decisions about provision", "S10, S14; unit 4",
     "A2"],
    ["A5", "Communicate clearly in speech and writing, and listen", "Throughout",
     "A1, A2 (writing); CC (speech and questions)"],
    ["A6", "Use research and outside advice to improve practice", "S2, S11; unit 6", "A2 literature "
     "review and design"],
    ["A7", "Keep up to date and take charge of your own development", "Tutor hours",
     "Discussed in tutor hours and tutorials"],
    ["", "Knowledge and understanding", "", ""],
    ["K1", "SEN law and guidance, including the Code of Practice, and how to apply them", "S4; unit 2",
     "A1 (policy section)"],
    ["K2", "Every Child Matters and the SENCO's part in it", "S1, S4; unit 2", "A1; A2 outcomes"],
    ["K3", "Disability equality law and what it requires", "S4; unit 2", "A1 (accessibility "
     "section)"],
    ["K4", "How children develop, and how needs and surroundings affect development",
     "Pre-reading for S5-S6", "Not assessed"],
    ["K5", "The common types of SEN and disability and their effect on learning", "S5, S6",
     "A1 (case examples); PF task 2"],
    ["K6", "Approaches to assessment, planning, teaching and learning, including ICT", "S9; unit 3",
     "A2"],
    ["K8", "Best practice and research in meeting SEN", "S2; unit 6", "A2"],
    ["K9", "Other agencies and how to get specialist help", "S11; unit 5", "A1; PF task 4"],
    ["", "Skills", "", ""],
    ["S1", "Shape an inclusive ethos, policies, priorities and budget with senior staff and the "
     "board", "S15, S17", "CC; PF task 6"],
    ["S2", "Identify needs, set targets, plan interventions and review progress", "S9, S10; unit 3",
     "A2"],
    ["S2a", "Use other professionals' assessments in teaching", "S9", "PF task 3"],
    ["S2b", "Use summative data to track progress and adjust programmes", "S9; unit 3", "A2 "
     "(baseline and follow-up)"],
    ["S2c", "Help teachers use formative assessment with pupils with SEN", "S9, S13", "PF task 5"],
    ["S2d", "Arrange access arrangements for tests and examinations in good time", "E4 (elective)",
     "Not assessed"],
    ["S3", "Use provision mapping; find ineffective or missing provision", "S10; unit 4", "A1"],
    ["S4", "Deploy and manage staff", "S12", "Not assessed"],
    ["S5", "Support colleagues' development (observation, coaching, training)", "S13",
     "PF task 5; mentor statement"],
    ["S6", "Review with colleagues how well provision works, feeding the school's own review",
     "S16; unit 6", "A2; CC"],
    ["S7", "Involve pupils in planning and reviewing their provision", "S3", "A1 (pupil "
     "consultation)"],
    ["S8", "Work with parents and carers", "E3 (elective)", "PF (optional task)"],
    ["S9", "Work with other services and agencies, including voluntary organisations", "S11",
     "A1; PF task 4"],
]
t = table(rows, widths=[1.5, 9, 5, 7])
for i, row in enumerate(rows):
    if row[0] == "":
        m = t.cell(i, 0).merge(t.cell(i, 3))
        m.text = row[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
