"""od-01-wendhope-call-for-residents: build script.

Provider (invented): Wendhope Tapestry Studio, Wendhope Mill, with the seven schools of the Wendhope Valley Learning
Partnership (Brantshire) and the University of Amberleigh, which validates and awards. The course is "the Loom Room
Residency"; participants are "residents", taught days are "Loom Days", school-based tasks "Home Loom tasks",
placements "Visiting Looms", mentors "Studio Mentors", peer pairs "Weaving Partners", the needs assessment the
"Loom Audit" and its result the "Weaving Plan", the reflective journal "Bobbin Notes", and the four assessed pieces
"the Cartoon", "the Sampler", "the Finished Piece" and "the Crit". Dated November 2008.

Document kind: an arts organisation's open CALL FOR RESIDENTS (the call for applications the studio will send to
schools), sent whole as the application with a short note to the panel in a text box. Layout: Title style and
hand-numbered section titles as bold Normal paragraphs ("3.3 Visiting Looms" and "8.2" etc. collide with requirement
ids), friendly second person, a year plan table with vertically merged, shaded Term cells, a Loom Days section,
"The Pieces" with "To pass ... you show that you:" lists in the studio's own words (no outcome codes), a Bobbin
Notes paragraph (formative, "not marked"), quality and people sections, key dates table, a blank application form
with its prompts left in, and "The small print". Header and footer (footer carries a CRB claim). Four Word
comments. Tracked changes: a deleted online-studio paragraph, a deleted "Next Warp" phrase, an inserted
external-examiner sentence.

Traps (requirement ids):
- 3.3 not_applicable: "There is no online part of the residency"; the online studio exists only in a deleted
  paragraph, and section "3.3 Visiting Looms" is the studio's own numbering, not e-learning.
- 2.3 not_met: negation, "The studio does not offer an assessment-only route"; a comment wondering about one is not
  part of the submission.
- 5.3 not_met: right words about the wrong people: CRB disclosures are checked for tutors, mentors and visiting
  experts, and "Residents are not asked for theirs"; the footer's claim that all residents are checked is never
  evidence; a comment on it neither.
- 2.1 partially_met: prior certificated study carried in (up to 20 credits), but "We do not give credit for
  experience on its own"; a comment about APEL portfolios is not part of the submission.
- 2.5 partially_met: only signposting the University's MA at the Crit; the planning of next targets with the head
  ("Next Warp") exists only in a tracked deletion.
- 5.6 partially_met: a reading shelf and a library card; no computer suite, no specialist technology.
- 5.7 partially_met: tutors briefed and filed; Studio Mentors only sent the handbook, briefing "offered to any
  mentor who asks for one".
- 5.9 partially_met: participants' competence and confidence measured (Audit repeated), but pupils' achievement is
  not collected: "we do not collect it".
- 5.8 met only with the inserted external examiner sentence plus second marking and University moderation.
- 1.9 and 6.0 partially_met: blanket claims ("Between them the four Pieces assess every one of the national
  outcomes"; the examination board "confirms ... every one") against a design where some outcomes are only in
  the unmarked Bobbin Notes, only taught, or absent.
- Criterion 6: 6.A3, 6.A7, 6.S7 only in the Bobbin Notes ("not marked") = partially_met; 6.K3, 6.S2b, 6.S4 taught on
  a Loom Day but in no Piece = partially_met; 6.K4 (child development) and 6.S2d (access arrangements for tests)
  absent = not_met. 6.S8 and 6.A1 met via the Sampler; 6.K7 and 6.S6 via the Finished Piece.
- Application-form prompts ("Tell us how you involve pupils ...") are never answers (1.5, 6.S7); the "year piece"
  weaving hour is "not marked" and assesses nothing.
- 4.1-4.3 met: survey of 34 schools and the LA, named changes, Loom Review with heads, residents and a parent.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from _od_helpers import (add_run, add_ins, add_del, deleted_paragraph, inserted_paragraph, shade, set_cell,
                         table_borders, text_box, page_field, typed_heading)

HERE = Path(__file__).parent
OUT = HERE / "od-01-wendhope-call-for-residents.docx"
MC = "Miriam Coldwell"
IH = "Ingrid Halloran"
D1 = "2008-11-03T10:12:00Z"
D2 = "2008-11-10T16:40:00Z"
MADDER = "7A2E2E"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)

# header / footer
hp = sec.header.paragraphs[0]
add_run(hp, "Wendhope Tapestry Studio  ·  The Loom Room Residency  ·  Call for Residents 2009–10", italic=True, size=8.5)
fp = sec.footer.paragraphs[0]
add_run(fp, "Wendhope Tapestry Studio, Wendhope Mill, Mill Lane, Wendhope BR7 4QT. Registered charity 1093377. "
        "All residents are CRB checked.   Page ", size=8)
page_field(fp)


def H(text, size=13):
    return typed_heading(doc, text, size=size, color=MADDER)


def P(text="", bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        add_run(p, bold_lead, bold=True)
    if text:
        add_run(p, text, italic=italic)
    return p


def B(text, lead=None):
    p = doc.add_paragraph(style="List Bullet")
    if lead:
        add_run(p, lead, bold=True)
    add_run(p, text)
    return p


# ---------------------------------------------------------------- title
t = doc.add_paragraph(style="Title")
add_run(t, "The Loom Room Residency 2009–10")
p = P()
add_run(p, "A call for residents: a year at the loom for teachers new to leading SEN coordination, leading to the "
        "National Award for SEN Coordination", italic=True, size=12)
P("Wendhope Tapestry Studio with the Wendhope Valley Learning Partnership and the University of Amberleigh  ·  "
  "November 2008")

text_box(doc, [
    ("A note for the TDA approval panel", True),
    ("This is the Call for Residents we will send to every school in the Wendhope Valley Learning Partnership and to "
     "Brantshire's SENCO network once we are approved. We have sent it to you as it stands, because it is the fullest "
     "account of the residency we have. The application form and the small print at the end are the ones applicants "
     "will use. Ingrid Halloran, Studio Director, and Dr Miriam Coldwell, Residency Leader.", False),
], height_pt=95)

# ---------------------------------------------------------------- 1
H("1  About the residency")
P("The Loom Room Residency is Wendhope Tapestry Studio's year-long course for teachers who are new to leading the "
  "coordination of provision for pupils with special educational needs in their school. It leads to the National "
  "Award for SEN Coordination. The University of Amberleigh validated the residency in October 2008 as its "
  "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at masters level (Level 7), awarded "
  "by the University. Residents are registered as students of the University's School of Education and Lifelong "
  "Learning for the year, with the University's library, student support and appeals procedures open to them.")
P("Why a tapestry studio? For twelve years the studio has run Weft Together, weaving projects for pupils with special "
  "educational needs and disabilities in Wendhope's schools. In 2007 the seven schools of the Wendhope Valley "
  "Learning Partnership asked us to help them grow their own SENCOs. The residency is the answer we built together. "
  "The Partnership provides the Studio Mentors and the Visiting Looms; the University validates, moderates and "
  "awards; the studio runs the Loom Days and looks after residents from the day they apply to the day they graduate.")
P("Everything in the residency points one way: to pupils with special educational needs and disabilities in your "
  "school doing better, in their learning and in being healthy, staying safe, enjoying and achieving, making a "
  "positive contribution and achieving economic well-being. The Loom Days teach to that, the Home Loom tasks "
  "practise it, and the Pieces test it: the Finished Piece is passed only when you show what difference your change "
  "made to pupils' learning and well-being, set against all five of those outcomes.")
P("At every Loom Day you also spend an hour at the studio's looms weaving your own small tapestry, the year piece. "
  "It is not marked. It is there because making something slowly is good thinking time, and because most of our "
  "residents have never woven before, which is a useful thing for a SENCO to feel.")

# ---------------------------------------------------------------- 2
H("2  Is this for you?")
P("You can apply if you hold Qualified Teacher Status; you are the SENCO in a maintained school, academy or pupil "
  "referral unit in Brantshire or a neighbouring authority, or you will take up the post before your cohort starts; "
  "and your headteacher nominates you on Part D of the form. You will also complete the Loom Audit before we offer "
  "a place (section 8). Experienced SENCOs who already hold a SENCO qualification do not need the residency; talk "
  "to us about the Partnership's SENCO network instead.")

# ---------------------------------------------------------------- 3
H("3  What you get")
H("3.1  Eight Loom Days", 11)
P("Eight full days at the studio, 9.30 to 3.30 on Thursdays, each repeated on the Saturday of the following week. "
  "The Loom Days are described in section 5.")
H("3.2  Home Loom tasks", 11)
P("Six tasks you carry out in your own school between Loom Days, each tied to the outcomes you are working on. You "
  "record them in your Bobbin Notes and they feed the Pieces. Because the Home Loom is your own school, every task is "
  "real work with your own pupils, colleagues and families, and you bring what happened back to the next Loom Day.")
H("3.3  Visiting Looms", 11)
P("Two days in settings other than your own. One is at Ridding Lane School, the Partnership's special school for "
  "pupils with severe and complex learning difficulties. For the other you choose between the resourced provision "
  "for speech, language and communication needs at Holme Bank Primary, the Brantshire Autism Outreach Team and the "
  "Calder Street pupil referral unit. You shadow the SENCO or team leader for the day and take a question from your "
  "Home Loom with you. Hosts are briefed by Rehana Mirza before each visit.")
H("3.4  A Studio Mentor", 11)
P("An experienced SENCO from another Partnership school, who meets you in your school every half term, observes you "
  "for the Sampler and signs it off.")
H("3.5  A Weaving Partner", 11)
P("Another resident from a different kind of school. Partners visit each other's schools once a term, read each "
  "other's drafts and sit together at the Crit.")
H("3.6  Expert voices", 11)
P("Specialists teach alongside the tutors: an educational psychologist, a speech and language therapist, the "
  "Brantshire Autism Outreach Team, the Sensory Support Service, the Parent Partnership Service and the local "
  "dyslexia association all lead parts of Loom Days.")
H("3.7  The reading shelf", 11)
P("The studio's reading shelf holds about two hundred books, reports and journals on SEN and disability, which you "
  "may borrow, and every resident has an associate card for the University of Amberleigh library. The studio does "
  "not have a computer suite; please bring a laptop to Loom Days if you have one.")

# ---------------------------------------------------------------- 4  year plan table
H("4  The year at the loom")
P("The January 2009 cohort runs as below. The September 2009 cohort runs the same pattern from September to July.")
rows = [
    ("Spring term 2009", "January", "Loom Day 1: Warping up", "Home Loom 1: your school's SEN story", "–"),
    ("", "February", "Loom Day 2: The law and the loom", "Home Loom 2: the law in your school", "–"),
    ("", "March", "Loom Day 3: Reading the cloth", "Visiting Loom 1", "Cartoon outline agreed"),
    ("Summer term 2009", "April", "Loom Day 4: Counting the picks", "Home Loom 3: one pupil's cycle", "–"),
    ("", "May", "Loom Day 5: Families at the loom", "Home Loom 4: the Listening Frame", "Cartoon (1 June)"),
    ("", "June", "Loom Day 6: The provision map", "Visiting Loom 2", "Sampler visits begin"),
    ("Autumn term 2009", "September", "Loom Day 7: Leading the workshop", "Home Loom 5: coaching a colleague",
     "Sampler (13 November)"),
    ("", "October–November", "–", "Home Loom 6: your change", "Finished Piece (30 November)"),
    ("", "December", "Loom Day 8: The Crit", "–", "The Crit"),
]
tbl = doc.add_table(rows=1 + len(rows), cols=5)
table_borders(tbl)
for i, h in enumerate(["Term", "When", "At the studio", "At your Home Loom", "Pieces due"]):
    set_cell(tbl.rows[0].cells[i], h, bold=True, size=9)
    shade(tbl.rows[0].cells[i], "E8D5C4")
for r, row in enumerate(rows, start=1):
    for c, v in enumerate(row):
        if c == 0 and not v:
            continue
        set_cell(tbl.rows[r].cells[c], v, bold=(c == 0), size=9)
for a, b in ((1, 3), (4, 6), (7, 9)):
    m = tbl.cell(a, 0).merge(tbl.cell(b, 0))
    shade(m, "F3E9DF")
    for extra in m.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
P()
P("Two starts a year, in January and in September. If your school cannot release you on a Thursday, come to the "
  "Saturday repeat. You may take the residency over one year or spread it over two, up to twenty-four months from "
  "Loom Day 1, and Loom Days 3 to 6 can be taken in any order, joining the other cohort for any you miss. The course "
  "is part time throughout.")

# ---------------------------------------------------------------- 5  Loom Days
H("5  The Loom Days")
P("Each Loom Day opens with \u2018the reading\u2019: a short piece of recent research or an inspection report chosen "
  "by the tutor, which the day then puts to work.")
P("the SENCO's role and the SEN Code of Practice (2001): the graduated response, School Action and School Action "
  "Plus, statutory assessment, statements and annual reviews; what the Code means for your school, for you and for "
  "your colleagues, and how to put it into practice. The Every Child Matters outcomes and the SENCO's part in "
  "helping pupils reach them. In the afternoon your tutor goes through your Loom Audit with you so that your Weaving "
  "Plan is written by the end of the day.", bold_lead="Loom Day 1, Warping up: ")
P("the Special Educational Needs and Disability Act 2001 and the Disability Discrimination Act 1995 as amended in "
  "2005: the disability equality duty, reasonable adjustments, accessibility plans and what the law asks of your "
  "school. Current government policy and initiatives: Removing Barriers to Achievement (2004), the Inclusion "
  "Development Programme (2008) and the Bercow Review of services for children with speech, language and "
  "communication needs (2008). What inspection evidence says, from Ofsted's Special educational needs and "
  "disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006).",
  bold_lead="Loom Day 2, The law and the loom: ")
P("with Clare Pennock, speech and language therapist, and Tom Ashdown, educational psychologist: behavioural, "
  "emotional and social difficulties; specific learning difficulties, including dyslexia; speech, language and "
  "communication needs; autistic spectrum disorders; and moderate learning difficulties. What each can mean for a "
  "pupil's learning, and the approaches, strategies and resources, ICT among them, that remove barriers and "
  "personalise provision. Tom brings the symbol and text-to-speech software Brantshire schools use.",
  bold_lead="Loom Day 3, Reading the cloth: ")
P("finding the pupils who may have SEN or disabilities through observation in class, data, assessment and other "
  "monitoring; setting challenging targets, planning interventions that remove barriers, and reviewing progress. "
  "Using the reports of educational psychologists, therapists and other professionals to shape teaching. Using "
  "summative assessment, from P scales and teacher assessment to the national tests, to track progress and change "
  "programmes that are not working. Helping colleagues build assessment for learning into every lesson, with "
  "particular thought for pupils with SEN.", bold_lead="Loom Day 4, Counting the picks: ")
P("building fair, respectful and supportive relationships with pupils and with their parents and carers; advising "
  "and supporting parents and working in partnership with them; running review meetings that families find useful; "
  "the Parent Partnership Service, with Joan Ebdon of Brantshire Parent Partnership. In the afternoon, the Listening "
  "Frame: ways of asking pupils with SEN about their learning and their provision (talking mats, photographs, "
  "drawing, working side by side at a loom), and how to bring their views into planning and review.",
  bold_lead="Loom Day 5, Families at the loom: ")
P("provision mapping and management: mapping what your school provides, costing it, and spotting what is missing or "
  "not working. Deploying and managing teaching assistants and other staff. Reviewing with colleagues how well "
  "provision works and feeding that into the school's self-evaluation form and improvement plan; the principles of "
  "school self-evaluation. Outside services: educational psychology, health, social care, Connexions and voluntary "
  "organisations such as the Brantshire Dyslexia Association and the local branch of the National Autistic Society; "
  "what each does and how to get specialist support; the Common Assessment Framework.",
  bold_lead="Loom Day 6, The provision map: ")
P("working with your headteacher and governors on an inclusive ethos, policies, priorities and the use of "
  "resources; winning the commitment of colleagues; observing teaching and giving feedback, modelling, coaching, "
  "mentoring and running training; planning your time, prioritising and delegating; anticipating problems and "
  "making sound decisions about provision, worked through cases from residents' own schools.",
  bold_lead="Loom Day 7, Leading the workshop: ")
p = P("each resident presents their Finished Piece to the Crit panel and the group. The day ends with a session on "
      "carrying your learning on: the panel tells you about the University's MA in Inclusive Education, into which "
      "the Award's 60 credits can be carried", bold_lead="Loom Day 8, The Crit: ")
add_del(p, ", and each resident writes their Next Warp, a plan for the next two years to take to their head", MC, D1)
add_run(p, ".")
doc.add_paragraph()

# ---------------------------------------------------------------- 6  Pieces
H("6  The Pieces")
P("You weave four Pieces. The Cartoon and the Finished Piece are marked out of 100 (pass mark 50); the Sampler and "
  "the Crit are pass or fail. Between them the four Pieces assess every one of the national outcomes.")
H("6.1  The Cartoon", 11)
P("A written design, 4,000 words, for developing provision for a group of pupils in your school, due on 1 June. "
  "Like a weaver's cartoon, it is drawn before anything is woven. To pass the Cartoon you show that you:")
for s in [
    "know the law and guidance on SEN, including the Code of Practice, what they mean for your school, for you and "
    "for others, and how to put them into practice;",
    "understand the five Every Child Matters outcomes and how you as SENCO help pupils reach them;",
    "understand the most common kinds of SEN and disability and how each can affect a pupil's learning;",
    "weigh up approaches, strategies and resources for assessment, planning, teaching and learning, ICT among them, "
    "and show how you would use them to remove barriers;",
    "know what research and best practice say about meeting special educational needs, and use them, with advice "
    "from outside the school, to improve your own and your colleagues' practice;",
    "map your school's provision for the group and show what is missing or not working;",
    "use assessments made by other professionals to plan teaching for the group.",
]:
    B(s)
H("6.2  The Sampler", 11)
P("A portfolio of your practice, built up over the summer and autumn. Your Studio Mentor observes you three times and "
  "your tutor once. Your Studio Mentor signs each part of the Sampler only when you have shown, in front of them, "
  "that you:")
for s in [
    "build fair, respectful and supportive relationships with pupils with SEN and disabilities and with their "
    "parents or carers;",
    "meet parents and carers and work with them to help their child learn and develop;",
    "find the pupils who may have SEN, set them challenging targets, plan interventions and review their progress, "
    "shown through the case record of one pupil's cycle from Home Loom 3;",
    "lead colleagues in developing assessment for learning, with approaches for pupils with SEN, shown in a staff "
    "session your Studio Mentor watches;",
    "support a colleague's professional development by observing and giving feedback, modelling, coaching or "
    "training (Home Loom 5);",
    "work with other services and voluntary organisations so that support for a pupil is joined up, shown through "
    "the record of a multi-agency meeting you led, and know what each agency does and how to get its help;",
    "see problems coming and make sound, well-founded decisions about provision.",
]:
    B(s)
H("6.3  The Finished Piece", 11)
P("A school-based enquiry of 6,000 words, due on 30 November, into a change in provision you lead in your own "
  "school. You take a baseline before the change and measure again afterwards. To pass the Finished Piece you show "
  "that you:")
for s in [
    "worked with your headteacher, senior colleagues and governors to shape an inclusive policy, priority or use of "
    "resources, and won colleagues' commitment to it;",
    "reviewed with other staff how well provision works, and fed what you found into your school's self-evaluation "
    "and improvement plan, showing you understand the principles of school self-evaluation;",
    "led a change that made a difference to the learning and well-being of pupils with SEN, shown by evidence from "
    "before and after.",
]:
    B(s)
H("6.4  The Crit", 11)
P("A twenty-minute presentation of your Finished Piece, with its display board, and twenty minutes of questions, "
  "before a panel of your tutor, a Partnership headteacher and a Studio Mentor. To pass the Crit you show that you "
  "speak and write clearly, listen to the panel's questions and answer the point, and can defend the decisions you "
  "made.")
H("6.5  Bobbin Notes", 11)
p = P("Your Bobbin Notes are your reflective journal for the year. Your tutor reads them at each Loom Day and writes "
      "comments in the margin. They are not marked and do not count towards the Award. We ask you to use them for "
      "three things: how you plan your time, what you hand to others and how you check it gets done; what you have "
      "read or done to keep up to date; and what pupils told you in the Listening Frame and how you brought them "
      "into planning and reviewing their own provision.")
c_bobbin = p

# ---------------------------------------------------------------- 7 access
H("7  Access and adjustments")
P("We want disabled teachers to apply and to thrive here. Please tell us about a disability or health condition, on "
  "Part C of the form or in confidence to Miriam at any time, and we will agree reasonable adjustments with you "
  "before you start and review them each term. Part C is removed before the selection panel reads your form, so it "
  "plays no part in choosing residents.")
for lead, s in [
    ("The studio. ", "Ground floor, level access from the car park, an accessible toilet and a hearing loop in the "
     "Long Room. One loom is set for a wheelchair user and the others adjust in height."),
    ("Materials. ", "This call, the Residency Handbook and all Loom Day handouts come in large print, on coloured "
     "paper, electronically or as audio on request."),
    ("The Pieces. ", "Extra time, a different format (for example the Cartoon as a recorded talk with notes) or a "
     "reader, agreed with the University's disability adviser."),
    ("Visiting Looms. ", "Chosen with your access needs in mind; we check the host setting before you go."),
]:
    B(s, lead)
P("The Partnership's equality scheme and the University's disability equality scheme both apply to the residency, and "
  "Miriam reviews the adjustments made each year at the Loom Review.")

# ---------------------------------------------------------------- 8 choosing
H("8  How we choose residents")
H("8.1  The Loom Audit and the conversation", 11)
P("Every applicant completes the Loom Audit: a self-rating against each of the twenty-eight national outcomes, with "
  "a short example for each, countersigned by the headteacher. Miriam and a Partnership headteacher read the form "
  "and the Audit together and invite applicants to a half-hour conversation at the studio. We offer a place when we "
  "judge that you already have enough knowledge, understanding and experience to reach every outcome by the end of "
  "the year. If we judge that you are not ready, we tell you and your headteacher what to do first, usually a term "
  "shadowing a Partnership SENCO and working through the Inclusion Development Programme materials, and we keep a "
  "place for you in the next cohort.")
H("8.2  Your Weaving Plan", 11)
P("At Loom Day 1 your tutor goes through your Loom Audit with you outcome by outcome, agrees where you already have "
  "strong evidence and where you need most work, and writes your Weaving Plan: your own set of outcomes to work on, "
  "the Home Loom tasks and Visiting Looms that fit them, and where in the Pieces each will be shown. Your tutor "
  "revisits the Weaving Plan at every Loom Day and at each Studio Mentor meeting.")
H("8.3  Earlier study", 11)
p = P("If you already hold credits at masters level from study in SEN in the last five years, the University's "
      "accreditation of prior learning procedure lets you carry up to 20 of them into the Award in place of the "
      "Cartoon. We do not give credit for experience on its own: every resident weaves the Sampler, the Finished "
      "Piece and the Crit.")
c_apl = p
H("8.4  No short cut", 11)
p = P("There is no way to the Award without the residency. The studio does not offer an assessment-only route, "
      "however experienced the applicant.")
c_ao = p
H("8.5  Safe people", 11)
p = P("Everyone who teaches or mentors on the residency, tutors, Studio Mentors and our visiting experts, holds an "
      "enhanced CRB disclosure, which the studio checks and records before they start. Residents are not asked for "
      "theirs.")
c_crb = p
H("8.6  Fees and value", 11)
P("The fee is £1,350 for the year, including the University's registration. The Partnership pays half the fee for "
  "its own schools, and the studio's Weft Fund offers four bursaries of £500 a year. We keep the cost down by "
  "teaching at the studio, by using Partnership SENCOs as Studio Mentors under the Partnership's release agreement, "
  "and by fitting each resident's Home Loom tasks to their Weaving Plan, so that nobody spends days on what they "
  "can already do. Your Weaving Plan also decides which Visiting Looms you choose and which optional Loom Day "
  "workshops you join, so two residents rarely have the same year.")

# ---------------------------------------------------------------- 9 quality
H("9  Looking after the residency")
H("9.1  What schools told us", 11)
P("In spring 2008 we asked every school in the Partnership and in Brantshire's SENCO network, and Brantshire's SEN "
  "team, what a new SENCO most needs. Thirty-four schools answered, including all seven Partnership schools. Three "
  "needs came top: using data to track pupils with SEN; leading teaching assistants; and working with parents when "
  "relationships are strained. Headteachers also asked that the course should not take a SENCO out of school for "
  "more than eight days.")
P("What that changed: we cut the taught days from twelve to eight, made Loom Day 4 a whole day on data, added Loom "
  "Day 5 on families, and, at the heads' request, tied the Finished Piece to the school's own improvement "
  "priorities. Pupils from Ridding Lane's school council tried out the Listening Frame methods with us and told us "
  "which worked; we dropped the two they did not like.")
H("9.2  Who is involved", 11)
P("Partnership headteachers sit on the Crit panel and host Visiting Looms; Partnership SENCOs are the Studio Mentors; "
  "specialist services teach on Loom Days; and every July the Loom Review brings together the tutors, two residents "
  "from the year, two Partnership headteachers, a Studio Mentor and a parent from Brantshire Parent Partnership to go "
  "through the year's evidence and agree changes for the next.")
H("9.3  How we check and improve", 11)
P("Inside the residency: residents complete a selvedge sheet at the end of every Loom Day; the tutors meet after each "
  "Loom Day to read them and adjust the next; Studio Mentors report on each resident every term; and the Loom Review "
  "looks at all of it. Outside it: the University's annual monitoring, the external examiner's report, and a "
  "visit each year from the University's Partnership Quality Officer, who sits in on a Loom Day and talks to "
  "residents without tutors present. The Loom Review's changes are written into the next year's Residency Handbook "
  "and reported to the University's programme committee, which checks the next year that they were made.")
H("9.4  Marking", 11)
p = P("Every Piece is marked by your tutor and second-marked blind by another tutor. The tutors meet after each "
      "hand-in to agree marks against the published criteria, and the University's Module Board moderates a sample "
      "of every Piece before marks are confirmed.")
add_ins(p, " Our external examiner, Dr Harriet Olumide of the University of Calderstowe, samples every Piece each "
        "year, attends the Crit days and reports to the University.", MC, D2)
H("9.5  Our tutors", 11)
for lead, s in [
    ("Dr Miriam Coldwell, Residency Leader. ", "SENCO for eleven years in two Brantshire primary schools; MA in "
     "Special Educational Needs; PhD on inclusion in primary schools (Amberleigh, 2005); senior lecturer in "
     "inclusive education at Amberleigh until 2007; member of Brantshire's SEN Steering Group."),
    ("Rehana Mirza. ", "Deputy headteacher and SENCO at Ridding Lane School; MA in Special and Inclusive Education "
     "(2006); Brantshire's lead for the Inclusion Development Programme."),
    ("Tom Ashdown. ", "Senior educational psychologist, Brantshire, seconded to the residency for one day a week."),
    ("Clare Pennock. ", "Speech and language therapist, Brantshire Primary Care Trust, working in Partnership schools."),
    ("Ingrid Halloran. ", "Studio Director and master weaver; leads the weaving hour; she does not teach or mark."),
]:
    B(s, lead)
P("Every tutor spends at least five days a year on their own SEN development, and Miriam and Rehana both practise "
  "in schools each week.")
H("9.6  Tutors and mentors", 11)
P("Tutors have a tutor file setting out what each does on each Loom Day, the marking criteria and how to "
  "second-mark, and they meet for a half-day before each cohort starts. Studio Mentors are sent the Residency "
  "Handbook; a briefing is offered to any mentor who asks for one.")
H("9.7  How we know it works", 11)
P("Each resident repeats the Loom Audit at the Crit and answers the same twelve confidence questions they answered at "
  "the start. We compare the two for each resident and for the cohort and report the comparison to the Loom Review "
  "and the University. What residents find out about their own pupils stays with their school: we do not collect it.")

# ---------------------------------------------------------------- 10 key dates
H("10  Key dates and how to apply")
kd = [("January 2009 cohort", "Applications close 5 December 2008", "Conversations 10–12 December",
       "Loom Day 1: 15 January 2009"),
      ("September 2009 cohort", "Applications close 26 June 2009", "Conversations 6–8 July",
       "Loom Day 1: 17 September 2009")]
t2 = doc.add_table(rows=3, cols=4)
table_borders(t2)
for i, h in enumerate(["Cohort", "Closing date", "Conversations", "First Loom Day"]):
    set_cell(t2.rows[0].cells[i], h, bold=True, size=9)
    shade(t2.rows[0].cells[i], "E8D5C4")
for r, row in enumerate(kd, start=1):
    for c, v in enumerate(row):
        set_cell(t2.rows[r].cells[c], v, size=9)
P()
P("Send the form, your Loom Audit and your headteacher's nomination to Miriam Coldwell at the studio or to "
  "residency@wendhopetapestry.org.uk.")

# ---------------------------------------------------------------- 11 form
H("11  Application form")
P("Please type or write in black ink. Boxes expand as you type.", italic=True)
form = [
    ("Part A  About you", ["Name:", "School:", "Phase and type of school:", "Date you took up (or will take up) the "
                           "SENCO post:"]),
    ("Part B  Why the residency?", ["Tell us why you want to be a resident and what you hope to change in your "
                                    "school (no more than 300 words).",
                                    "Tell us how you involve pupils with SEN in planning and reviewing their "
                                    "provision now (no more than 200 words).",
                                    "Describe a time you worked with another service or agency for a pupil "
                                    "(no more than 200 words)."]),
    ("Part C  Adjustments (removed before selection)", ["Is there anything we should know so that we can make "
                                                        "adjustments for you, at the conversation or during the "
                                                        "residency?"]),
    ("Part D  Headteacher's nomination", ["I nominate the applicant for the Loom Room Residency and confirm that "
                                          "the school will release them for eight Loom Days and two Visiting Looms "
                                          "and will support their Finished Piece.  ☐",
                                          "Headteacher's name and signature:", "Date:"]),
]
for title, prompts in form:
    ft = doc.add_table(rows=1 + len(prompts), cols=2)
    table_borders(ft)
    m = ft.cell(0, 0).merge(ft.cell(0, 1))
    set_cell(m, title, bold=True, size=9.5)
    shade(m, "E8D5C4")
    for i, pr in enumerate(prompts, start=1):
        set_cell(ft.rows[i].cells[0], pr, italic=True, size=9)
        set_cell(ft.rows[i].cells[1], "", size=9)
    doc.add_paragraph()
P("Part E  The Loom Audit is a separate booklet; ask the studio for a copy.", italic=True)

# ---------------------------------------------------------------- 12 small print
H("12  The small print")
P("The University of Amberleigh awards the Postgraduate Certificate in SEN Coordination, and with it the National "
  "Award for SEN Coordination, only to a resident who has passed all four Pieces. The University's examination board "
  "confirms, for each resident, that every one of the national outcomes has been shown.", bold_lead="The Award. ")
P("all eight Loom Days, or their Saturday repeats. A Loom Day missed for illness can be made up with the other "
  "cohort.", bold_lead="Attendance: ")
P("one resubmission of each Piece, within eight weeks of the board.", bold_lead="Resubmission: ")
P("a resident who leaves before Loom Day 4 has half the fee returned; after that, none.", bold_lead="Withdrawal: ")
deleted_paragraph(doc, "Online studio: residents who cannot come to a Loom Day can follow it through our online "
                  "studio, with the tutor's notes, recordings and a discussion board for each cohort.", MC, D1)
P("There is no online part of the residency: everything happens at the loom, in your school or on a visit.",
  bold_lead="Online: ")
P("through the studio first, then the University's complaints procedure.", bold_lead="Complaints: ")
P("Wendhope Tapestry Studio, November 2008", italic=True)

# ---------------------------------------------------------------- comments
doc.add_comment(c_apl.runs, text="University says APEL portfolios are possible. Do we want them? Not for 2009, I "
                "think. IH", author=IH, initials="IH")
doc.add_comment(c_ao.runs, text="Rehana thinks the outreach teachers would want one. Revisit next year?",
                author=MC, initials="MC")
doc.add_comment(c_crb.runs, text="Heads say checking residents' CRB is the school's job, not ours. Leave as is?",
                author=IH, initials="IH")
doc.add_comment(c_bobbin.runs, text="Should some of this be marked? The external examiner may ask.", author=MC,
                initials="MC")

doc.save(OUT)
print("wrote", OUT)
