"""gf-02-tresham-seminar-proceedings: build the .docx next to this script.

Provider (invented): the Tresham and Coldwater Sensory Impairment Consortium,
the pooled hearing, vision and multi-sensory services of four local
authorities (Tresham County Council, Coldwater City Council, Brantley Borough
Council, Edgemoor Metropolitan Borough Council), with the Centre for Deaf
Studies and Education (CDSE) of the University of Pellworth. February 2009.

Kind of document: the edited proceedings of the one-day design seminar
(21 November 2008) at which the Consortium, the University, heads, SENCOs,
parents and deaf young people designed the course, sent as the application.
Papers by named speakers with bylines, four workshop reports with
rapporteurs and proposal boxes, a plenary question-and-answer record, then
Paper 6 "What we agreed", and an appendix listing the national outcomes
unit by unit in prose with "Assessed in" lines. A shaded editors' note tells
the panel that where a paper or workshop proposal differs from Paper 6,
Paper 6 stands and the proposal was not adopted.

Layout: no heading styles at all: paper titles are bold capitalised Normal
paragraphs ("PAPER 3"), bylines in italics, typed "•" bullets, shaded
one-cell proposal boxes, a findings table, a delegate table; footer with the
seminar title. Speakers' own words in the first person.

Traps (requirement ids):
- E.2 partial: the Certificate carries 40 credits at M level, not 60.
- 1.3 partial: only "will be kept up to date with research and inspection
  findings" in Paper 6; no specific research or inspection evidence.
- 1.9 and 6.0 partial: Workshop B's rapporteur and Paper 6 claim the three
  tasks cover the outcomes; the appendix shows gaps.
- 3.1 partial: only "we will of course provide interpreters, notetakers and
  braille" for sensory needs; no disclosure, other disabilities or
  assessment adjustments.
- 3.2 partial: Workshop A proposed a January start and units in any order;
  Paper 6 keeps one September start and fixed order; only a weekday or
  Saturday group.
- 3.3 not_applicable: Workshop A proposed an online forum; Paper 6 says there
  is no online element in 2009-10 (a trap for anything that reads Workshop A).
- 5.5 partial: specialist speakers are real, but placements proposed in
  Workshop D are dropped in Paper 6.
- 5.6 not_met: library access "still being negotiated" and loan collections
  left for the Board to decide in the spring.
- 5.8 partial: fails second-marked only; no external examiner yet appointed,
  no moderation arrangement.
- 2.3 met: an assessment-only route with portfolio and professional
  discussion (Paper 3, confirmed in Paper 6) - looks unusual but is real.
- 5.3 met: candidates' enhanced CRB checks with the three-month rule and
  previous-employer references (Paper 5).
- 4.3 met: parents' request to join evaluation was agreed (Paper 6), after a
  plenary exchange that reads like a deferral.
- Appendix outcomes: 6.A2 partial (taught, not assessed), 6.A3 not_met
  (absent), 6.K2 partial (taught in Unit 1, in no task), 6.K7 partial
  (formative only, in tutorial), 6.S2b partial (assessed in Task 1 but taught
  nowhere), 6.S2d not_met (explicitly left out in the plenary answer and
  Paper 6), 6.S5 not_met (coaching and mentoring colleagues proposed in
  Workshop D, not adopted, absent from the units).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = Path(__file__).resolve().parent
NAME = "gf-02-tresham-seminar-proceedings"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(11)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def title(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)


def byline(text):
    P(text, italic=True)


def bullets(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(18)
        p.add_run("\u2022  " + it)


def box(head, lines, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].add_run(head).bold = True
    for ln in lines:
        c.add_paragraph(ln)
    doc.add_paragraph()


def table(headers, rows):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for r_ in t.rows:
        for c in r_.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()


def qa(who, text):
    p = doc.add_paragraph()
    p.add_run(who + ": ").bold = True
    p.add_run(text)


sec = doc.sections[0]
sec.footer.paragraphs[0].text = "Every Child Heard, Every Child Seen - Proceedings of the Design Seminar, 21 November 2008 - Tresham and Coldwater Sensory Impairment Consortium"

# ------------------------------------------------------------------ front
P("Tresham and Coldwater Sensory Impairment Consortium", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Centre for Deaf Studies and Education, University of Pellworth", align=WD_ALIGN_PARAGRAPH.CENTER)
P("EVERY CHILD HEARD, EVERY CHILD SEEN", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Designing a SENCO award with a sensory heart", italic=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
P("Proceedings of the Design Seminar held at the Brantley Centre, Coldwater, on Friday 21 November 2008", align=WD_ALIGN_PARAGRAPH.CENTER)
P("Edited by Dr Helen Ashworth (CDSE) and Marcus Delaney (Consortium Development Officer)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_paragraph()

box("A note from the editors for the TDA approval panel", [
    "We have chosen to send these proceedings as our application because the course was designed in the room that day, "
    "by the people who will teach it, send their SENCOs on it and live with its results. The papers are printed as the "
    "speakers gave them, lightly edited.",
    "Paper 6, \"What we agreed\", records the decisions the Consortium Board and the University took on the seminar's "
    "proposals at their joint meeting on 3 December 2008, the same day the University's Academic Standards Committee "
    "approved the Certificate. Where a speaker's paper or a workshop proposal differs from Paper 6, Paper 6 stands and "
    "the proposal was not adopted. The Appendix sets out where each national outcome sits in the agreed units.",
])

P("CONTENTS", bold=True)
for c in ["Introduction", "Paper 1  Why we are doing this - Janet Feld",
          "Paper 2  What schools, SENCOs and families told us - Marcus Delaney",
          "Paper 3  Credit, routes in and starting points - Professor David Okonjo",
          "Paper 4  Nothing about us without us - Sandra Mills and Kieran Doyle",
          "Paper 5  Safe, fair and open to all - Priya Lal",
          "Workshop reports A to D", "Plenary: questions and answers",
          "Paper 6  What we agreed", "Appendix  The national outcomes in the agreed units", "Who came"]:
    P(c)

# ------------------------------------------------------------------ intro
title("INTRODUCTION")
byline("Dr Helen Ashworth and Marcus Delaney")
P("Eighty-three people spent a wet November Friday in Coldwater working out what a SENCO course ought to look like if "
  "it were designed by sensory services. They included SENCOs from all four authorities, eleven headteachers, the heads "
  "of the four hearing and vision services, tutors from the University, parents from two Parent Carer Forums, five "
  "young people from the Coldwater Deaf Youth Group with their youth worker, and colleagues from the RNIB and the National "
  "Deaf Children's Society. Interpretation was provided by four BSL/English interpreters and a palantypist, and papers "
  "were available in braille and large print.")
P("The day had three parts. In the morning five short papers set out what we knew and what we proposed. Before lunch "
  "four workshops took one question each. After lunch the rapporteurs reported back and the whole seminar put questions "
  "to a panel of the speakers. These proceedings follow the same order, and end with what the Board and the University "
  "then decided.")

# ------------------------------------------------------------------ Paper 1
title("PAPER 1   WHY WE ARE DOING THIS")
byline("Janet Feld, Chair of the Consortium Board and Head of Tresham Sensory Support Service")
P("I have been a teacher of the deaf for twenty-six years, and in that time I have watched hundreds of deaf and blind "
  "children do well in mainstream schools and, too often, watched them drift. When I ask why a particular child drifted, "
  "the answer is almost never the child. It is that nobody in the school was holding the whole picture: the audiology, "
  "the reading age, the friendships, the fact that the radio aid had been in a drawer since half term.")
P("The SENCO is the person who can hold that picture. From next September every SENCO new to the role will need the "
  "national award, and the four councils in this consortium have a choice. We can send our SENCOs to courses elsewhere "
  "that will give sensory impairment a morning, or we can build one ourselves, with the University, in which "
  "understanding sensory impairment is part of understanding every child.")
P("We believe in high expectations, in listening to children and in working alongside families. I want this course "
  "to be the best in the region, and I want it to change what happens for the children on our caseloads. What it should "
  "contain is for today.")

# ------------------------------------------------------------------ Paper 2
title("PAPER 2   WHAT SCHOOLS, SENCOS AND FAMILIES TOLD US")
byline("Marcus Delaney, Consortium Development Officer")
P("Between June and October we asked the people who will use this course what it needs to do. We sent a questionnaire "
  "to every SENCO in the four authorities (180 replied, 41%), ran six focus groups with SENCOs and headteachers, met "
  "the two Parent Carer Forums, and spent an evening with the Coldwater Deaf Youth Group. We also looked at the "
  "Consortium's own data: of the 214 pupils we support who took Key Stage 2 tests in 2008, only 46% reached level 4 in "
  "English and mathematics.")
table(["What we heard", "Who said it", "What the design group did about it"], [
    ["SENCOs want sensory impairment threaded through the course, not a bolt-on day", "72% of SENCOs", "Sensory examples and a sensory option in every unit"],
    ["Assignments should be real work on real pupils in their own school", "Focus groups", "All three tasks are school-based"],
    ["Heads want the course to help the school, not just the SENCO", "Headteachers' focus groups", "Task 3 is a change project agreed with the head"],
    ["Parents want SENCOs who will talk to them before decisions are made, not after", "Parent Carer Forums", "Parents co-teach the Unit 1 session on families; planning with parents is part of Task 1"],
    ["Young people want to be asked, in their own language", "Deaf Youth Group", "Young people co-teach the Unit 1 session on pupils' views"],
    ["Saturday study would suit some small primary schools which cannot release staff", "31% of SENCOs", "A Saturday group alongside the weekday group"],
])
P("Two things from the survey surprised us. Many SENCOs said they had never read an audiologist's report, and a third "
  "of secondary SENCOs said they did not know who in their authority to call about a pupil with a visual impairment. "
  "Both have shaped the units.")

# ------------------------------------------------------------------ Paper 3
title("PAPER 3   CREDIT, ROUTES IN AND STARTING POINTS")
byline("Professor David Okonjo, Director, Centre for Deaf Studies and Education, University of Pellworth")
P("The University will award the Postgraduate Certificate in Special Educational Needs Coordination. It will carry "
  "40 credits at Master's level: two units of 20 credits, with the school-based change project assessed within the "
  "second. Those credits can count towards our MA in Deaf Education or our MA in Inclusion.")
P("Many of the people who apply will already have studied with us or elsewhere. Anyone with Master's-level credit in "
  "SEN or sensory impairment gained in the last five years may apply to have it count, up to 20 credits, under the "
  "University's accreditation of prior learning regulations. Experienced teachers may also claim credit for learning "
  "from experience, by a portfolio mapped against the unit outcomes, assessed by two tutors and reported to the "
  "Board of Examiners.")
P("There will also be, for a few people in exceptional cases, an assessment-only route. A teacher who has, say, led a "
  "resource base for some years and can already show the national outcomes will be able to submit a portfolio of evidence "
  "against every outcome and then take part in a professional discussion with two assessors, one of them from outside "
  "the Consortium. The fee will be lower than the taught route, and the programme leader and the external assessor decide "
  "together who is eligible.")
P("Everyone on the taught route will start with a Starting Point meeting with their personal tutor before the first "
  "study day. They will bring a self-review against the national outcomes, and the tutor will go through it with them, "
  "test it against what they have actually done, and agree an Individual Learning Plan. The plan says which outcomes they "
  "need to spend most time on, which options and reading they will follow, and what the focus of each task will be. "
  "Tutors review the plan with the participant at the end of Unit 1 and again halfway through Unit 2.")
P("Who should get a place? Applicants must be qualified teachers who are SENCOs, or about to become SENCOs, in one of the "
  "four authorities, with their headteacher's written support. The programme leader reads every application and "
  "interviews anyone whose experience of SEN looks thin. If we think someone is not yet ready, we will tell them what to "
  "do first and talk to their head about how the school can help, and they can apply again next year.")

# ------------------------------------------------------------------ Paper 4
title("PAPER 4   NOTHING ABOUT US WITHOUT US")
byline("Sandra Mills, Tresham Parent Carer Forum, and Kieran Doyle, youth worker, Coldwater Deaf Youth Group")
P("Sandra Mills: My son is deafblind. He is fourteen. In ten years of school I have met eleven SENCOs, and the good ones "
  "had one thing in common: they rang me before something changed, not after. I want this course to teach SENCOs how to "
  "have a proper conversation with a parent, including the difficult ones, and I want parents in the room when it does. "
  "I also want parents to have a say when you decide whether the course worked. Please do not just ask the teachers.")
P("Kieran Doyle: Our young people asked me to say three things, which they have also signed on the video we showed this "
  "morning. Ask us; ask us in our language; and tell us what you did with what we said. They have offered to help run a "
  "session for SENCOs on how to find out what a deaf pupil really thinks about their support, using the approaches we use "
  "in the youth group: visual scales, Talking Mats, and simply having an interpreter who is not the pupil's teaching "
  "assistant.")

# ------------------------------------------------------------------ Paper 5
title("PAPER 5   SAFE, FAIR AND OPEN TO ALL")
byline("Priya Lal, Business Manager, Tresham and Coldwater Sensory Impairment Consortium")
P("Everyone on this course will be working with children, so we will check that they are safe to do so. Each "
  "applicant's headteacher will confirm on the application form that the applicant has a current enhanced CRB disclosure "
  "obtained by the school, the date of it, and that the school has no concerns about their conduct and no disciplinary "
  "matters outstanding. The Consortium Office will also check with the previous employer of anyone who has changed "
  "school in the last two years. If an applicant has not worked in a school in a post with regular contact with children "
  "in the last three months, the Consortium will obtain a new enhanced disclosure through Coldwater's CRB service before "
  "they start. No one starts until the Office has recorded all of this.")
P("On access, we are a sensory service and this is our day job. We will of course provide interpreters, notetakers and "
  "braille for any participant who needs them, as we have done today.")
P("On cost, the four councils will fund 40 places a year from the Consortium's training budget and the TDA's grant, so "
  "that schools pay only for supply cover. We estimate the cost per place at £1,450, well below the cost of buying places "
  "elsewhere, because most tutors are our own advisory teachers.")

# ------------------------------------------------------------------ Workshops
title("WORKSHOP REPORTS")
P("Each workshop had one question. Rapporteurs reported back in the afternoon; their reports are below, with the "
  "proposals each group put to the Board.")

title("WORKSHOP A   HOW DO WE MAKE IT POSSIBLE TO GET TO?")
byline("Facilitator: Gwen Harker (Edgemoor VI Service). Rapporteur: Tom Ruddock, SENCO, St Anne's Primary, Brantley")
P("The group started from the survey: small schools cannot release staff, and north Tresham is an hour and a half from "
  "Coldwater. We talked about a second intake in January for SENCOs appointed mid-year, about letting people take the "
  "units in whichever order suited their school year, and about an online forum so that people did not feel alone "
  "between study days. Some SENCOs were not keen on anything online: they said they would not use it.")
box("Workshop A proposals", [
    "A1  A January intake as well as September.",
    "A2  Units can be taken in any order.",
    "A3  A Saturday group as well as a weekday group.",
    "A4  An online forum on the University's virtual learning environment with a tutor checking it twice a week.",
])

title("WORKSHOP B   HOW WILL WE KNOW THEY CAN DO IT?")
byline("Facilitator: Dr Helen Ashworth (CDSE). Rapporteur: Nadia Price, SENCO, Coldwater Academy")
P("We worked through the national outcomes one by one and asked where each could be seen in a SENCO's ordinary work. "
  "We agreed three tasks: a study of one child (Task 1), a review of the school's SEN and disability policy against the "
  "law (Task 2), and a project that leads a change in the school (Task 3), presented at the last study day. Our view is "
  "that these three tasks cover all the national outcomes. We also said that marking must be fair across four "
  "authorities and asked for an external examiner from another university to see a sample.")
box("Workshop B proposals", [
    "B1  Three tasks as above, each mapped to the outcomes.",
    "B2  An external examiner who sees a sample of every task.",
    "B3  Marking criteria shared with participants at the start.",
])

title("WORKSHOP C   HOW WILL WE KNOW IT MADE A DIFFERENCE?")
byline("Facilitator: Marcus Delaney. Rapporteur: Jaswinder Gill, headteacher, Moorside Infants, Tresham")
P("The group wanted to measure what happens to children, not just what SENCOs say they feel. We proposed that in Task 1 "
  "every participant takes baseline measures for the child before the intervention (for example reading, a language "
  "measure, attendance, and the child's own rating of how they feel at school) and measures again at the end, and that "
  "Task 3 reports what changed for a group of pupils. We also proposed asking participants to rate their confidence "
  "against the outcomes at the start and end, and asking their heads a year later what has changed in the school.")
box("Workshop C proposals", [
    "C1  Before-and-after measures for pupils in Task 1 and Task 3.",
    "C2  Confidence self-rating at the start and end.",
    "C3  A short survey of heads one year on.",
    "C4  An evaluation group with parents and a young person on it.",
])

title("WORKSHOP D   WHO HELPS, AND WITH WHAT?")
byline("Facilitator: Alan Birch (Coldwater HI Service). Rapporteur: Ruth Okafor, SENCO, Brantley High School")
P("We talked about mentors, placements, specialists and resources. We would like every participant to have a mentor: "
  "the Consortium advisory teacher who already visits their school is the obvious person, but mentors need to know what "
  "is expected of them. We would like two days for each participant in a resource base or special school. We would like "
  "a unit on coaching and mentoring colleagues, because SENCOs told us they are expected to train staff and have never "
  "been shown how. And participants need books and equipment: University library access and the chance to borrow from "
  "the four services' loan collections of radio aids, magnifiers and software.")
box("Workshop D proposals", [
    "D1  A mentor for each participant, with training and a written guide.",
    "D2  Two-day placements in a resource base or special school.",
    "D3  A unit on coaching and mentoring colleagues.",
    "D4  Library access and equipment loans for participants.",
])

# ------------------------------------------------------------------ Plenary
title("PLENARY: QUESTIONS AND ANSWERS")
P("Chair: Janet Feld. Panel: Professor Okonjo, Priya Lal, Sandra Mills, Marcus Delaney.", italic=True)
qa("Question (SENCO, Edgemoor)", "What happens when we finish? Is that it?")
qa("Professor Okonjo", "No. The last session of the course is a Next Steps day. Everyone uses the Centre's professional "
   "development planner to set targets for the next two years, and we send it to their head so that it can feed into "
   "performance management. We will also tell them about the MA routes.")
qa("Question (head, Tresham)", "Will the course cover access arrangements for SATs and GCSEs? That is where my SENCO "
   "gets caught out.")
qa("Priya Lal", "No. Access arrangements are covered by the four authorities' examinations officers' training, which "
   "your SENCO can go on, and we have deliberately left them out of the Certificate so that it does not get any bigger.")
qa("Question (parent, Coldwater)", "Sandra asked for parents to be part of deciding whether the course worked. Will that "
   "happen?")
qa("Janet Feld", "I can't promise today; it is for the Board. But I would be surprised if we said no.")
qa("Question (SENCO, Brantley)", "Will we be able to do it online?")
qa("Marcus Delaney", "That is one of Workshop A's proposals and the Board will decide.")

# ------------------------------------------------------------------ Paper 6
title("PAPER 6   WHAT WE AGREED")
byline("Joint meeting of the Consortium Board and the CDSE Programme Committee, 3 December 2008")
P("The Board and the University considered every proposal from the seminar. This paper sets out the course as it will "
  "run from September 2009.")
P("Aims.", bold=True)
P("The course exists to raise the achievement and improve the well-being of children and young people with SEN and "
  "disabilities, across all five Every Child Matters outcomes, by making their SENCOs better at their job. Every task "
  "asks participants to show what difference their work made to pupils' progress and well-being. Units will be kept up "
  "to date with research and inspection findings.")
P("The award.", bold=True)
P("The Postgraduate Certificate in Special Educational Needs Coordination (40 credits at Master's level) was approved by "
  "the University's Academic Standards Committee on 3 December 2008. It has two taught units of 20 credits each and three "
  "assessed tasks. The Certificate is awarded to participants who pass all three tasks. Together the tasks cover the "
  "national minimum outcomes.")
P("Units and study days.", bold=True)
P("Unit 1, The Child, the Family and the Law (September to January), and Unit 2, Leading Provision in School (February "
  "to July), each have six study days. The Appendix shows what each contains. Both units are taught in order, and there "
  "is one intake a year, in September: we did not accept a January intake (A1) or units in any order (A2) for 2009-10, "
  "because with one cohort of 40 we cannot run the units twice. We did accept A3: there will be a weekday group in "
  "Coldwater and a Saturday group in Tresham, taught the same sessions by the same tutors.")
P("There will be no online element in 2009-10: all teaching is face to face, and readings and session materials are "
  "given out on paper and on disc in whatever format the participant needs (A4 not accepted). Between study days "
  "participants can contact their personal tutor by telephone or e-mail.")
P("School-based tasks.", bold=True)
P("Task 1, the Child Study (5,000 words, Units 1 and 2): a study of one pupil with SEN or a disability over two terms, "
  "with the pupil's and parents' views, specialists' reports, targets, an intervention and its review, and before-and-after "
  "measures. Task 2, the Policy Review (3,000 words, Unit 1): a critical review of the school's SEN and disability "
  "policies and practice against the law and the research evidence. Task 3, Leading Change (4,000 words and a "
  "presentation, Unit 2): a change project agreed with the headteacher, carried out with colleagues and evaluated. "
  "Marking criteria are given to participants at the start (B3).")
P("Staff.", bold=True)
P("The programme leader is Dr Helen Ashworth, a teacher of the deaf and former SENCO and head of a hearing-impaired "
  "resource base, who teaches on the University's MA in Deaf Education. Unit tutors are two CDSE lecturers with SENCO "
  "experience and six Consortium advisory teachers, each with the mandatory qualification for teachers of the deaf or "
  "of the visually impaired. Sessions on specialist topics are taught by the Consortium's educational audiologist, a "
  "habilitation officer, an educational psychologist from each authority, a speech and language therapist, and "
  "colleagues from the RNIB and NDCS.")
P("Mentors and tutors.", bold=True)
P("We accepted D1. Each participant has a mentor, normally the Consortium advisory teacher who visits their school. "
  "Mentors attend a half-day briefing in July and receive the Mentor Guide, which sets out what they do (three meetings "
  "a year, comment on the task plans, no marking). New tutors are inducted by the programme leader, and all tutors work "
  "from the Tutor Handbook.")
P("Placements and resources.", bold=True)
P("There will be no placements in 2009-10 (D2): with 40 participants and four resource bases we could not offer them "
  "properly. We did not accept D3 for 2009-10. Access to the University library for participants is still being "
  "negotiated, and the Board will decide in the spring whether participants can borrow from the services' loan "
  "collections (D4).")
P("Marking.", bold=True)
P("Each task is marked by the unit tutor. Every fail is second-marked by the programme leader. The University has not "
  "yet appointed an external examiner for the Certificate (B2), and no other moderation arrangement has been agreed.")
P("Prior learning and the assessment-only route.", bold=True)
P("As Professor Okonjo described in Paper 3: up to 20 credits of prior certificated learning, credit for experience by "
  "portfolio, and, in exceptional cases, assessment only by portfolio against every outcome and a professional discussion "
  "with two assessors.")
P("Starting points and entry.", bold=True)
P("As in Paper 3: the Starting Point meeting and Individual Learning Plan for every participant, reviewed twice; entry "
  "by application with the head's support, interview where experience is thin, and advice to those not yet ready. Safer "
  "recruitment checks as in Paper 5.")
P("Evaluating the course.", bold=True)
P("We accepted C1 to C4. Participants complete an evaluation at the end of each study day and each unit, and rate their "
  "confidence against the outcomes at the Starting Point meeting and at the Next Steps day. Task 1 and Task 3 report "
  "before-and-after measures for pupils, and the programme leader summarises them for the Board each year. Heads are "
  "surveyed one year after their SENCO finishes. A Course Evaluation Group of two parents from the Parent Carer Forums, a "
  "young person from the Deaf Youth Group with their youth worker, a headteacher, a former participant and the programme "
  "leader meets each July, reads all of this and the tutors' unit reviews, and agrees changes for the next year, which go "
  "to the Board and into the University's annual programme review.")
P("After the course.", bold=True)
P("The Next Steps day and the professional development planner, as described in the plenary, are part of the course.")

# ------------------------------------------------------------------ Appendix
title("APPENDIX   THE NATIONAL OUTCOMES IN THE AGREED UNITS")
P("The outcomes are given in our own words, unit by unit. \"Assessed in\" names the task that tests each one.")
P("Unit 1: The Child, the Family and the Law", bold=True)
bullets([
    "The SEN Code of Practice, the Education Act 1996 and related guidance, and what they require of the school and "
    "the SENCO. Assessed in: Task 2.",
    "Every Child Matters: the five outcomes and the SENCO's part in children's services. Taught on study day 1; not "
    "separately assessed.",
    "The Disability Discrimination Act and the disability equality duty: what schools must do and how. Assessed in: Task 2.",
    "How children develop, and how deafness, sight loss and other SEN, and the classroom environment, affect "
    "development. Assessed in: Task 1.",
    "The most common kinds of SEN and disability (behavioural, emotional and social difficulties, dyslexia and other "
    "specific learning difficulties, speech, language and communication needs, autism, moderate learning difficulties) "
    "and how each affects learning. Assessed in: Task 2 (the review must show how the school meets each of these kinds "
    "of need).",
    "Research and best practice on meeting SEN, and reading research critically. Assessed in: Task 2.",
    "Working with parents and carers: listening, sharing information, difficult conversations (co-taught with parents). "
    "Assessed in: Task 1.",
    "Finding out pupils' views and involving them in planning and reviewing their support (co-taught with the Deaf "
    "Youth Group). Assessed in: Task 1.",
    "Fair, respectful relationships with pupils and families. Assessed in: Task 1.",
])
P("Unit 2: Leading Provision in School", bold=True)
bullets([
    "Identifying pupils who may have SEN, setting targets, planning interventions and reviewing progress. Assessed in: Task 1.",
    "Using assessments from audiologists, optometrists, psychologists and therapists to shape teaching. Assessed in: Task 1.",
    "Helping colleagues use assessment for learning, with approaches for deaf and visually impaired pupils. Assessed in: Task 3.",
    "Approaches, strategies and resources for teaching, including assistive technology and ICT. Assessed in: Task 1.",
    "Making decisions about provision and solving problems (case consultations). Assessed in: Task 1.",
    "Provision mapping and finding provision that is missing or not working. Assessed in: Task 3.",
    "Deploying and managing teaching assistants and communication support workers. Assessed in: Task 3.",
    "Working with senior leaders and governors on inclusive policy, priorities and resources. Assessed in: Task 3.",
    "Winning the commitment of colleagues and senior leaders. Taught on study day 2.",
    "School self-evaluation and how it applies to pupils with SEN. Discussed in tutorial.",
    "Reviewing provision with colleagues to feed the school's self-evaluation. Assessed in: Task 3.",
    "External agencies and voluntary organisations: who they are and how to get their help; working with them. Assessed in: Task 3.",
    "Presenting and writing clearly for different audiences; listening to others' views. Assessed in: Task 3 "
    "(presentation) and all written tasks.",
    "Keeping up to date and planning one's own professional development. Assessed in: Task 3 (professional development "
    "plan, marked).",
])
P("Task 1 also asks participants to track their pupil's progress using teacher assessments and national test results "
  "and to explain any change they made to the pupil's programme as a result.")

# ------------------------------------------------------------------ delegates
title("WHO CAME")
table(["Group", "Number"], [
    ["SENCOs (four authorities)", "34"], ["Headteachers", "11"], ["Consortium staff", "14"],
    ["University staff", "6"], ["Parents and carers", "6"], ["Young people and youth worker", "6"],
    ["RNIB, NDCS, Sense", "3"], ["Educational psychologists and therapists", "3"],
])
P("Our thanks to the interpreters, the palantypist and the Brantley Centre's staff.", italic=True)

doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
