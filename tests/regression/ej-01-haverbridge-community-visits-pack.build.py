"""Build ej-01-haverbridge-community-visits-pack.docx (blind test application).

KIND OF DOCUMENT
  A "Community Learning Visits" pack: the handbook that a city Ethnic Minority
  and Traveller Achievement Service writes for the community and specialist
  settings that host SENCOs on study visits, and for the SENCOs who make the
  visits. It is sent to the TDA as the application with a short cover note,
  unrewritten: Sections 1-7 speak to hosts and participants ("you"), Annex A
  describes the Award as a whole for hosts, Annex B is an outcome table,
  Annex C a blank host feedback form.

PROVIDER (invented)
  Haverbridge City Council, Children's Services: Ethnic Minority and Traveller
  Achievement Service (EMTAS), Meridian Centre, Tanner Street, Haverbridge,
  which also runs a bilingual assessment team for pupils new to English who
  may have SEN, an Interpreting Unit, a New Arrivals Centre and a Traveller
  Education team; with Carrowmere University School of Education. The award:
  the Haverbridge SENCO Award = Carrowmere PG Certificate in SEN Coordination,
  60 credits at Level 7, two 30-credit modules, eleven study days, two visits,
  three assignments. People: Parveen Akhtar (Head of EMTAS), Dr Ruth
  Adebayo-Clarke (programme leader), Siobhan McGinley (Traveller Education,
  visits coordinator), Tomasz Nowak (bilingual assessment coordinator),
  Dr Alan Petrie (seconded EP). Dated February 2009.

LAYOUT
  Cover title lines and a shaded "pack at a glance" field table; a shaded
  one-cell box holding the cover note to the panel; Heading 1 / Heading 2
  sections; a seven-column visit programme table with a Status column
  ("Confirmed", "Awaiting host confirmation", "Withdrawn for 2009-10",
  "Optional extra"); shaded one-cell "Host tip" boxes; a study-day table in
  Annex A; Annex B outcome table with merged group rows, the outcomes in the
  service's own words, columns "Developed in" / "Assessed for the Award in",
  a key, and a blanket note under it; Annex C a blank form whose bracketed
  prompts are not answers; page header and footer.

TRAPS (requirement ids affected)
  - Cover note: "the study days, the visits and the three assignments develop
    and assess every one of the national minimum outcomes" is a blanket claim
    the Annex B table does not bear out (1.9, 6.0 partially_met). The award
    rule itself is concrete (pass all three assignments, no compensation), so
    6.0 is partial, not absent.
  - Footer (not part of the submission) says the University verifies every
    participant's enhanced CRB disclosure; the body has only the participant's
    own confirmation on the Visit Agreement that the employer holds one: no
    verification (5.3 partially_met).
  - V6 Oakfield School is "Withdrawn for 2009-10", and the marked accessibility
    audit task went with it; Annex B still names "V6 accessibility audit" as
    where disability equality law is assessed. Taught on Study Day 2, not
    assessed this year (6.K3 partially_met).
  - V5 is "Awaiting host confirmation" with a placeholder "[Contact name to
    follow]"; V7 is an optional extra that does not count. Neither is needed
    for 5.5, which four confirmed hosts and named specialist contributors meet.
  - Wrong context next to a gap: the New Arrivals Centre's "assessment-only"
    visits are for pupils, not participants. The Award's own assessment-only
    route is a past arrangement of the unaccredited 2007-08 pilot course,
    with the present negated ("The Award has no equivalent") and a hope to
    "look at this again" (2.3 not_met).
  - APL: certificated Level 7 credit up to 20 credits only; "does not at
    present accredit experiential learning" (2.1 partially_met).
  - Single September intake, fixed module order, one mode; only catch-up
    days, interruption and Saturday visit choices (3.2 partially_met).
  - "There is no online study element" (3.3 not_applicable); handouts by
    email are not e-learning.
  - Research only in general terms ("current research and the latest
    inspection findings", "reading lists ... in the module handbooks") (1.3
    partially_met). Government guidance named on Study Day 2 supports 1.4.
  - Mentor Guide "being written" and sent later; tutors and hosts are briefed
    (5.7 partially_met).
  - Impact: repeated Starting Audit (participants' confidence) and a pupil
    follow-up only "where the timescale allows", not collected (5.9
    partially_met).
  - After the Award: information about the MA and the network, and "We
    encourage"; no target setting (2.5 partially_met). The formative Visit
    Reflection prompt about "what I should do next" does not count.
  - Criterion 6 in Annex B. Key: Assignments 1-3 are marked; "VR" (Visit
    Reflection) is formative and "not marked"; "-" means not assessed.
      formative only (VR): 6.A7 (partially_met)
      "-" in the Assessed column: 6.S2d, 6.S5 (partially_met)
      "optional section" of Assignment 1, "not required and not marked
        separately": 6.S2b (partially_met)
      withdrawn visit task: 6.K3 (partially_met)
      no row at all, only the blanket note "Outcomes not listed separately
        above are developed throughout the study days": 6.A4, 6.K4, 6.S2c
        (not_met)
      every other outcome has a study day or visit and a marked assignment,
        and the assignment briefs in Section 6 and Annex A8 name the same
        content (met).
  - Met in unusual places: 4.1 and 4.2 in "What we heard in 2008" / "What we
    changed"; 4.3 in Section 7 (host feedback to the Steering Group, host
    representatives on it); 1.5 and 6.S7 through the conversation circles on
    V2/V4 and the marked Assignment 2; 3.1 in Section 4.4 (disclosure invited
    twice, adjustments listed, assessment adjustments with the University's
    Disability and Dyslexia Service).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ej-01-haverbridge-community-visits-pack"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for s in doc.sections:
    s.left_margin = Cm(2.2)
    s.right_margin = Cm(2.2)
    s.top_margin = Cm(2.0)
    s.bottom_margin = Cm(2.0)
    s.header.paragraphs[0].text = (
        "Haverbridge EMTAS  |  Community Learning Visits 2009-10  |  Edition 1")
    s.footer.paragraphs[0].text = (
        "Printed copies are uncontrolled. All Award participants' enhanced CRB "
        "disclosures are verified by Carrowmere University before visits begin.  |  "
        "EMTAS, Meridian Centre, Tanner Street, Haverbridge HV1 4QT")
    for p in (s.header.paragraphs[0], s.footer.paragraphs[0]):
        for r in p.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text="", bold=False, italic=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def runs(parts, style=None):
    """parts: list of (text, bold) tuples in one paragraph."""
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for t, b in parts:
        r = p.add_run(t)
        r.bold = b
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def h1(t):
    doc.add_heading(t, level=1)


def h2(t):
    doc.add_heading(t, level=2)


def box(title, paras, fill="E8F1F8"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    first = c.paragraphs[0]
    if title:
        r = first.add_run(title)
        r.bold = True
        for x in paras:
            c.add_paragraph(x)
    else:
        first.add_run(paras[0])
        for x in paras[1:]:
            c.add_paragraph(x)
    doc.add_paragraph()
    return t


def table(headers, rows, widths=None, fill="D9D9D9", size=9):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


# ------------------------------------------------------------------ cover
para("Haverbridge City Council  ·  Children's Services", size=10)
para("Ethnic Minority and Traveller Achievement Service (EMTAS)", bold=True, size=12)
para("with Carrowmere University School of Education", size=10)
para()
para("Community Learning Visits 2009-10", bold=True, size=22)
para("A pack for host settings and for participants on the Haverbridge SENCO Award",
     italic=True, size=13)
para()

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [
    ("Edition", "1 (February 2009). Replaces the draft circulated to hosts in December 2008."),
    ("For", "Host settings; participants on the Haverbridge SENCO Award; their headteachers "
            "and school mentors"),
    ("Visits coordinator", "Siobhan McGinley, Senior Teacher (Traveller Education), "
                           "EMTAS. Tel. 01832 447 210"),
    ("Programme leader", "Dr Ruth Adebayo-Clarke, School of Education, Carrowmere University"),
    ("Alternative formats", "This pack is available in large print and in electronic form "
                            "from the EMTAS office."),
]:
    cells = t.add_row().cells
    cells[0].text = k
    cells[1].text = v
    shade(cells[0], "DCE6F0")
    cells[0].paragraphs[0].runs[0].bold = True
    cells[0].width = Cm(4)
    cells[1].width = Cm(12.5)
doc.add_paragraph()

box("To the TDA approval panel", [
    "Haverbridge City Council and Carrowmere University apply for approval to offer the "
    "National Award for SEN Coordination, as the Haverbridge SENCO Award, from September "
    "2009.",
    "We have chosen to send the pack below rather than write a separate account. It is "
    "the document our host settings and our participants will actually use, and we think "
    "it shows better than anything written for a panel how the Award works outside the "
    "lecture room. Sections 1 to 7 are written for hosts and participants. Annex A sets "
    "out the Award as a whole, for hosts who want to know what their visitors are "
    "studying. Annex B shows where each of the national minimum outcomes is developed "
    "and where it is assessed.",
    "Between them the study days, the visits and the three assignments develop and "
    "assess every one of the national minimum outcomes.",
    "Parveen Akhtar, Head of Service, Haverbridge EMTAS\n"
    "Dr Ruth Adebayo-Clarke, Programme Leader, Carrowmere University\n"
    "27 February 2009",
], fill="FFF5DC")

para("Contents", bold=True)
for line in [
    "1  About this pack",
    "2  Why visits are part of the Award",
    "3  The visit programme 2009-10",
    "4  Before a visit",
    "5  On the day",
    "6  After a visit: the Visit Reflection and the Family and Community Enquiry",
    "7  For hosts: your part in the Award",
    "Annex A  The Award at a glance",
    "Annex B  Where the national outcomes are developed and assessed",
    "Annex C  Host feedback form",
]:
    para(line)

# ------------------------------------------------------------------ 1
h1("1  About this pack")
para("Haverbridge is a city of many languages. In the January 2009 School Census, 38 per "
     "cent of the city's pupils had a first language other than English, and 121 "
     "languages were recorded. About 600 pupils come from Gypsy, Roma and Traveller "
     "families: English Gypsy and Irish Traveller families on the two council sites at "
     "Marsh Lane and Ferry Road, families who live in houses across the east of the city, "
     "and a growing Slovak and Czech Roma community in Northgate and around Canal Street. "
     "EMTAS works with all of them, with their schools, and with the community "
     "organisations that families trust.")
para("For the last three years our bilingual assessment team has also worked with pupils "
     "who are new to English and who may have special educational needs. That work has "
     "taught us how often such pupils are missed, and how often they are placed on the "
     "SEN register because nobody has found out what they can do in their first language. "
     "It has also taught us that the SENCOs who get this right are usually the ones who "
     "have met the families and seen the places where those children learn outside "
     "school.")
para("From September 2009 the Haverbridge SENCO Award, run by Carrowmere University with "
     "EMTAS, will include two Community Learning Visits for every participant. This pack "
     "is for the settings that host those visits and for the SENCOs who make them. It "
     "explains what a visit is for, what happens before, during and after it, and what "
     "each side can expect of the other. Annex A describes the Award as a whole.")
box("Host tip", [
    "You do not need to prepare anything special. The most useful thing you can give a "
    "visiting SENCO is an ordinary session, an honest conversation and a cup of tea."])

# ------------------------------------------------------------------ 2
h1("2  Why visits are part of the Award")
para("Everything in the Award is aimed at one result: that children with special "
     "educational needs and/or disabilities in Haverbridge schools, including children "
     "new to English and children from Gypsy, Roma and Traveller families, make better "
     "progress, and are safer, healthier and happier at school and beyond it. A SENCO "
     "cannot plan well for a child whose family they have never properly spoken to, or "
     "whose strengths they have only ever seen in English. The visits let participants "
     "see children learning in their own communities and languages, listen to parents "
     "and community workers on their own ground, and meet the specialists the city can "
     "call on.")
h2("What we heard in 2008")
para("Before designing the Award, EMTAS and the University held three listening events "
     "in the autumn of 2008 and surveyed every school in the city.")
bullets([
    "The SENCO survey (October 2008) went to all 94 Haverbridge schools and 71 SENCOs "
    "replied (76 per cent). Forty-seven said they had never met a pupil's family at home "
    "or in a community setting; 52 said that review meetings with parents who speak "
    "little English were \"the hardest part of the job\"; 44 wanted help in telling SEN "
    "apart from the early stages of learning English.",
    "The Traveller Parents' Forum met us at Ferry Road Family Centre in November 2008. "
    "Eleven parents came. Their message was blunt: schools send letters they cannot "
    "read, hold meetings at times they cannot manage, and \"talk about our children "
    "without ever asking them\".",
    "The Haverbridge Supplementary Schools Forum, which represents 23 Saturday and "
    "evening schools, told us that SENCOs rarely know the supplementary schools exist, "
    "although many children with SEN attend them and their teachers often know the "
    "child's first-language skills better than anyone.",
    "Twelve SENCOs who took our unaccredited pilot course, Bilingual Learners and SEN, "
    "in 2007-08 said the best session had been a morning at the New Arrivals Centre, "
    "and asked for more of the same.",
])
h2("What we changed")
para("Our first outline for the Award, drafted in the summer of 2008, had no visits and "
     "no session led by parents. Because of what we heard:")
bullets([
    "we added the two Community Learning Visits, at least one of them in a community "
    "rather than a school setting;",
    "Study Day 7 is now co-led by two members of the Traveller Parents' Forum and by our "
    "Interpreting Unit, and the Forum's point about asking children became the "
    "conversation circle that participants run on visits V2 and V4 (Section 5);",
    "the Family and Community Enquiry (Assignment 2) replaced an essay on partnership "
    "with parents;",
    "Study Days 3 and 4 now deal directly with telling SEN apart from the early stages "
    "of learning English, as the survey asked;",
    "Saturday-morning visits were added so that participants can see supplementary "
    "schools at work.",
])

# ------------------------------------------------------------------ 3
h1("3  The visit programme 2009-10")
para("Each participant makes two visits during Module 2 (February to May 2010). At least "
     "one must be to a community setting (V1, V2 or V5). Visits last half a day; one or "
     "two hosts offer a full day. Places are allocated at Study Day 6 in January 2010, "
     "taking account of each participant's school and of what their Learning Plan says "
     "they most need (Annex A5).")
table(
    ["Code", "Host", "What you will see and do", "When", "Places", "Access", "Status"],
    [
        ["V1", "Marsh Lane and Ferry Road sites, with the EMTAS Traveller Education team",
         "Site-based education work with English Gypsy and Irish Traveller families; how "
         "the team keeps in touch with children who travel in the summer; a conversation "
         "with a parent about their child's schooling",
         "Tuesday mornings, Feb-Apr 2010", "4 per visit (16)",
         "Site roads are unmade and the education trailer has four steps. A step-free "
         "meeting at Ferry Road Family Centre is arranged on request.", "Confirmed"],
        ["V2", "Al-Noor Saturday School and the Polish Saturday School, Canal Street "
         "Community Hall",
         "Children learning in Urdu, Arabic and Polish; how supplementary teachers judge "
         "what a child can do in the first language; a conversation circle with children",
         "Saturday mornings, Feb-Mar 2010", "6 per visit (18)",
         "Ground floor, step-free; hearing loop in main hall", "Confirmed"],
        ["V3", "Kingfisher Language Resource Base, Riverside Primary School, with the "
         "PCT's bilingual speech and language therapy team",
         "How a language base assesses and teaches bilingual children with speech, "
         "language and communication needs; how a therapist works with a bilingual "
         "co-worker", "Wednesdays, Mar-May 2010", "3 per visit (15)",
         "Step-free; parking on site", "Confirmed"],
        ["V4", "EMTAS New Arrivals Centre, Meridian Centre",
         "Induction of newly arrived pupils; first-language assessment; the Centre's joint "
         "consultations with school SENCOs; a conversation circle with pupils",
         "Thursdays, Feb-May 2010", "4 per visit (24)", "Step-free; lift; hearing loop",
         "Confirmed"],
        ["V5", "Haverbridge Roma Families Project (voluntary organisation), Northgate",
         "Community support for Slovak and Czech Roma families; the homework club and "
         "family advocacy", "Dates to be agreed", "[Contact name to follow]", "Not yet known",
         "Awaiting host confirmation"],
        ["V6", "Oakfield School (special school, 2-19)",
         "Whole-school accessibility; accessibility audit task with the school business "
         "manager (marked; see Annex B)", "-", "-", "-", "Withdrawn for 2009-10"],
        ["V7", "Bilingual Clinic, Haverbridge Children's Centre (PCT)",
         "Observation of a bilingual developmental assessment clinic", "By arrangement",
         "1 per visit", "Step-free",
         "Optional extra: does not count as one of your two visits"],
    ],
    widths=[1.0, 3.0, 4.6, 2.0, 1.6, 2.8, 2.0], size=8)
para("Oakfield School has withdrawn as a host for 2009-10 because of staffing changes. "
     "The accessibility audit task that went with V6 will not run in 2009-10; we hope "
     "Oakfield will return as a host in 2010-11.")
para("V5 will go ahead only if the Roma Families Project confirms by the end of "
     "September 2009. If it does not, participants who need a community visit will "
     "choose V1 or V2.")
para("V7 does not count towards the Award in any way. It is there for participants who "
     "want to see a bilingual clinic and can arrange the time with their school.")
para("About V4. Schools can also book the New Arrivals Centre for an \"assessment-only\" "
     "visit, in which a pupil is assessed in their first language by our bilingual "
     "assessment team without any follow-up teaching from the Centre. Participants on V4 "
     "may sit in on one of these if the family agrees.")

# ------------------------------------------------------------------ 4
h1("4  Before a visit")
h2("4.1  Choosing your visits")
para("At your second tutorial (December 2009) your tutor will talk through your choices "
     "with you, using your Learning Plan. Most participants choose one visit that matches "
     "the pupils they already have and one that takes them somewhere unfamiliar. You "
     "will hear which visits you have at Study Day 6.")
h2("4.2  Your Visit Plan")
para("At least a week before each visit, send your host and your tutor a one-page Visit "
     "Plan (the template is in your Award folder). It should say what you want to find "
     "out, which child or family in your own school the visit will help you to think "
     "about, and any questions you would like the host to be ready for. Hosts tell us "
     "that a clear plan makes the visit far more useful to both sides.")
h2("4.3  The Visit Agreement")
para("Before your first visit you, your headteacher and the host sign a Visit "
     "Agreement. It records the dates, your school's agreement to release you, the "
     "confidentiality rules in Section 5, and your own confirmation that your employer "
     "holds a current enhanced CRB disclosure for you. The host keeps one copy and "
     "EMTAS keeps the other.")
h2("4.4  Access, adjustments and disability")
para("We want every participant to be able to take a full part in the visits and in the "
     "whole Award. The Award application form, and the Visit Agreement, both invite you "
     "to tell us about a disability, a health condition or anything else that may affect "
     "your study. You do not have to, but if you do we can plan ahead; what you tell us "
     "is shared only with the people who need to know, and only with your agreement. "
     "Adjustments we have made or can make include:")
bullets([
    "a step-free alternative for V1, and step-free venues for every study day;",
    "British Sign Language interpreters for study days, tutorials and visits;",
    "handouts sent a week in advance by email, in large print or on coloured paper;",
    "a reserved parking space and a quiet room at the Meridian Centre;",
    "extended deadlines, alternative forms of assessment and assistive software, agreed "
    "with the University's Disability and Dyslexia Service, which also offers every "
    "participant a free study-needs assessment.",
])
para("Study days are not held on the main festivals of the faiths represented in the "
     "city, and a participant who observes a festival that falls on a visit day can swap "
     "to another date. We check our leaflets and this pack each year with members of the "
     "Haverbridge Disability Forum. Hosts: if a visitor needs an adjustment we will tell "
     "you in good time, and EMTAS pays any cost.")
h2("4.5  Interpreters")
para("If your visit includes a conversation with a parent who prefers another language, "
     "the EMTAS Interpreting Unit will book a trained interpreter. Never ask a child, "
     "brother or sister to interpret, on a visit or in your own school.")

# ------------------------------------------------------------------ 5
h1("5  On the day")
h2("5.1  Arriving")
para("Arrive ten minutes early and report to the host's named contact. The host will "
     "show you the fire procedure, tell you who their designated person for child "
     "protection is, and explain anything particular about the setting. Wear your EMTAS "
     "visitor badge at all times.")
h2("5.2  Guests, not inspectors")
para("You are a guest in someone else's setting, and in some cases in someone's home. On "
     "the sites, never approach a trailer or chalet uninvited; the Traveller Education "
     "teacher will introduce you. In the Saturday schools, follow the host's lead on "
     "shoes, dress and prayer times. Do not comment on teaching as if you were observing "
     "a lesson: ask questions instead.")
box("Host tip", [
    "If a visitor's questions feel like an inspection, say so. Participants have been "
    "asked to listen first, and they will thank you for the reminder."])
h2("5.3  Conversation circles (V2 and V4)")
para("With the agreement of the host and of the children's parents, participants on V2 "
     "and V4 run a short conversation circle with three or four children. They use "
     "picture prompts, the children's first language through a bilingual worker where "
     "needed, and Talking Mats for children who find talking difficult. The aim is to "
     "practise finding out what children think about their learning and about the help "
     "they get, and to see how much more children can tell us when they are asked in a "
     "way that suits them. A tutor or EMTAS teacher is present, and gives the "
     "participant feedback afterwards. Participants then use the same approach with a "
     "pupil in their own school for Assignment 2, where it is marked (Section 6).")
h2("5.4  Confidentiality and photographs")
para("Do not take photographs. Do not record the names of children or families; in "
     "anything you write, use initials or invented names and leave out details that "
     "could identify a family or a site. What a parent tells you on a visit stays with "
     "you unless it is a child protection matter.")
h2("5.5  Keeping children safe")
para("Participants are never left alone with children on a visit. If you see or hear "
     "anything that worries you about a child's safety, tell the host's designated "
     "person before you leave, and then tell your tutor.")

# ------------------------------------------------------------------ 6
h1("6  After a visit")
h2("6.1  The Visit Reflection")
para("Within two weeks of each visit, write a Visit Reflection of about 800 words and "
     "email it to your tutor. It is formative: your tutor will comment on it, but it is "
     "not marked and does not count towards the Award. Use these prompts:")
bullets([
    "What did I learn about these children and families that I did not know before?",
    "What does this visit tell me about my own development as a SENCO, and what should "
    "I do next about it?",
    "How does my school know whether its provision for pupils like these is working?",
    "What will I change in my own school, and who do I need to bring with me?",
])
h2("6.2  The Family and Community Enquiry (Assignment 2)")
para("Assignment 2 is worth half of Module 2 and is marked. In your own school, choose "
     "one pupil with SEN and/or a disability who is new to English or from a Gypsy, "
     "Roma or Traveller family, and that pupil's family. Over about ten weeks you "
     "will:")
bullets([
    "get to know the pupil and the family and build a working relationship with them, "
    "meeting the family at least twice (once at home or in a community setting if the "
    "family prefers), with an interpreter where needed;",
    "find out the pupil's own views about their learning and the help they get, using a "
    "method suited to the child's age, language and needs (the conversation circle you "
    "practised on your visit, for example), and show how the pupil's views shaped what "
    "was agreed and how it was reviewed;",
    "agree a short plan with the pupil and family, set out under the five Every Child "
    "Matters outcomes, and review it with them;",
    "work with at least one other service or voluntary organisation (for example the "
    "Traveller Education team, the Roma Families Project, speech and language therapy, "
    "CAMHS or a supplementary school), and explain what it offers and how you reached it;",
    "record a baseline and, where the timescale allows, a follow-up measure of the "
    "pupil's progress or well-being;",
    "write it up in about 4,000 words (or an agreed equivalent, such as a recorded "
    "account with a shorter commentary), drawing on your two visits.",
])
para("The assignment is marked for: the quality of the working relationship with the "
     "pupil and family; how the pupil's views were sought and used; the partnership with "
     "the family and with the other service; the use of the Every Child Matters "
     "outcomes; knowledge of what other services offer and how to reach them; and "
     "clear writing that shows the participant has listened to others.")

# ------------------------------------------------------------------ 7
h1("7  For hosts: your part in the Award")
h2("7.1  What we ask of you")
bullets([
    "a named contact, who attends a Host Briefing Afternoon (7.2);",
    "a short welcome and induction on the day (Section 5.1);",
    "the chance to see an ordinary session and to talk with a member of staff, a "
    "volunteer or a parent;",
    "the Host Feedback Form (Annex C) after each visit.",
])
h2("7.2  Host briefing")
para("Every host sends its named contact to a Host Briefing Afternoon, on 23 June 2009 "
     "or 15 September 2009 at the Meridian Centre, where we go through this pack, the "
     "Visit Agreement, the conversation circles and the feedback form. Hosts that join "
     "later are briefed individually by Siobhan McGinley before their first visit.")
h2("7.3  Payment")
para("EMTAS pays each host 80 pounds for each half-day visit and meets the cost of any "
     "interpreter.")
h2("7.4  Your feedback and your voice in the Award")
para("Your feedback form is not used to mark the participant. We collate host feedback "
     "each term and it goes, with the participants' evaluations, to the Award Steering "
     "Group. Two host representatives, at present from the Traveller Parents' Forum and "
     "the Supplementary Schools Forum, sit on the Steering Group, which reviews the "
     "Award each term and agrees the changes for the next cohort each July. All hosts "
     "are invited to the end-of-year review meeting in July 2010, where we will report "
     "what we have changed because of what you told us. In time we would like hosts to "
     "help assess the Enquiry as well.")

# ------------------------------------------------------------------ Annex A
h1("Annex A  The Award at a glance")
para("This annex is for hosts, headteachers and mentors who want to know what their "
     "visitors are studying.")
h2("A1  The award")
para("The Haverbridge SENCO Award is the Postgraduate Certificate in Special Educational "
     "Needs Coordination of Carrowmere University, offered jointly by the University's "
     "School of Education and Haverbridge EMTAS. The University's validation panel "
     "approved it on 4 February 2009 as a 60-credit award at Level 7 (Master's level) "
     "of the University's qualifications framework. The credits can be carried into the "
     "University's MA in Inclusive Education.")
h2("A2  What the Award is for")
para("The Award is there to make a difference to children. Its aim is that pupils with "
     "SEN and/or disabilities in participants' schools, including those new to English "
     "and those from Gypsy, Roma and Traveller families, achieve more and are better off "
     "in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being. Each "
     "assignment is carried out in the participant's own school with named pupils, asks "
     "the participant to change something and judge what difference it made for those "
     "pupils, and is marked partly on that difference. Along the way participants learn "
     "to lead colleagues, to work with families and other services, and to listen to "
     "children.")
h2("A3  How the Award is organised")
para("There is one intake each September. Module 1, Knowing the Learner: SEN, Language "
     "and Culture (30 credits), runs from September to January; Module 2, Leading "
     "Provision with Families and Communities (30 credits), from February to July. The "
     "modules are taken in that order within one year. There are eleven study days "
     "(9.15 to 3.30 at the Meridian Centre), three individual tutorials of 45 minutes, "
     "and the two visits. All teaching is face to face at the Meridian Centre or on "
     "visits; there is no online study element, although handouts are emailed. A "
     "participant who misses a study day can attend the matching day with the next "
     "cohort, and a participant who has to interrupt their studies, for illness or "
     "maternity leave for example, can complete Module 2 with the next cohort. Each "
     "study day is planned by a University tutor and an EMTAS specialist together, "
     "drawing on current research and the latest inspection findings; reading lists are "
     "given in the module handbooks.")
table(
    ["Day", "Month", "Theme", "Led by"],
    [
        ["1", "Sep 2009", "The SENCO's role; Every Child Matters and what the five outcomes "
         "mean for pupils with SEN in a multilingual city", "RA-C, PA"],
        ["2", "Sep 2009", "The law and national policy: Education Act 1996 (Part 4), SENDA "
         "2001, the SEN Code of Practice (2001), the Disability Discrimination Act 1995 and "
         "2005 and the disability equality duty, the Race Relations (Amendment) Act 2000, "
         "Removing Barriers to Achievement (2004), the Inclusion Development Programme, "
         "DCSF guidance on Gypsy, Roma and Traveller pupils (2008)", "RA-C"],
        ["3", "Oct 2009", "Is it SEN, EAL or both? Observation, data and first-language "
         "assessment; using reports from EMTAS, educational psychologists and therapists; "
         "setting targets and planning interventions", "TN, AP"],
        ["4", "Oct 2009", "Tracking progress: P scales, A Language in Common (QCA 2000), "
         "national tests and the school's tracking data", "TN"],
        ["5", "Nov 2009", "The main types of SEN: behavioural, emotional and social "
         "difficulties; dyslexia and other specific learning difficulties; speech, "
         "language and communication needs (with the PCT's bilingual therapists); autism; "
         "moderate learning difficulties", "AP, RA-C"],
        ["6", "Jan 2010", "Approaches, strategies and resources, including ICT; judging "
         "research and best practice; allocation of visits", "RA-C, TN"],
        ["7", "Feb 2010", "Families, communities and interpreters; the work of other "
         "services and voluntary organisations (co-led by the Traveller Parents' Forum "
         "and the Interpreting Unit)", "SM, PA"],
        ["8", "Mar 2010", "Leading colleagues: coaching, modelling and training teaching "
         "assistants and bilingual assistants; managing the SENCO's time", "PA, RA-C"],
        ["9", "Apr 2010", "Provision mapping and resources; access arrangements for "
         "national tests and examinations", "TN"],
        ["10", "May 2010", "School self-evaluation, the SEF and improvement planning; "
         "working with governors", "RA-C"],
        ["11", "Jul 2010", "Presentations; next steps; celebration", "All"],
    ],
    widths=[1.0, 1.8, 11.0, 2.2], size=8.5)
para("RA-C Ruth Adebayo-Clarke; PA Parveen Akhtar; TN Tomasz Nowak; AP Alan Petrie; "
     "SM Siobhan McGinley. Study Days 3 to 6 each include a primary and a secondary "
     "workshop in the afternoon.", italic=True, size=9)
h2("A4  Who can apply and how we select")
para("Applicants must hold QTS and be in post as SENCO in a Haverbridge school or a "
     "school in a neighbouring authority, or be named by their headteacher to take up "
     "the role by September 2010. The headteacher signs the application, agreeing to "
     "release the participant for the study days and visits and naming a school mentor "
     "from the leadership team. Every applicant completes the Starting Audit (A5) with "
     "the application and has a 20-minute telephone interview with a tutor. Where the "
     "audit and interview show that an applicant is unlikely to reach the outcomes "
     "within the year (most often because they have only just started teaching or have "
     "no current responsibility for SEN) the tutor writes setting out what they should "
     "do first, usually a year in the EMTAS SENCO Network, and telephones the "
     "headteacher to agree it.")
h2("A5  Starting Audit and Learning Plan")
para("The Starting Audit has 28 statements based on the national minimum outcomes. "
     "Each is rated from 1 (\"new to me\") to 4 (\"I do this confidently and could show "
     "a colleague\"), with a box for evidence. At the first tutorial in October the "
     "tutor and participant use the audit to agree a written Learning Plan: the four to "
     "six outcomes the participant will concentrate on, which workshop strand and which "
     "visits will serve them best, and the evidence they will aim to show in the "
     "assignments. The plan is reviewed at the second and third tutorials, and the "
     "tutor adjusts the tutorial programme to it.")
h2("A6  Prior learning")
para("Participants who have passed a Level 7 module in SEN or in English as an "
     "additional language at any university in the last five years may apply to the "
     "University for up to 20 credits towards Module 1, which reduces Assignment 1. The "
     "University does not at present accredit experiential learning for this Award, "
     "although we know how much many EMTAS and support-service colleagues bring with "
     "them.")
para("The 2007-08 pilot course, Bilingual Learners and SEN, let experienced EMTAS "
     "teachers submit a portfolio without attending the sessions. The Award has no "
     "equivalent: every participant follows both modules and the visits. We would like "
     "to look at this again with the University once the first cohort has finished.")
h2("A7  Fees, funding and fitting the Award to each participant")
para("The fee is 1,250 pounds. For Haverbridge schools the Council's Standards Fund "
     "allocation pays 800 pounds of it, and EMTAS provides the Meridian Centre and its "
     "Resource Centre free of charge, which keeps the fee well below the University's "
     "usual rate for 60 credits. Within the common programme, each participant's route "
     "is shaped by their Learning Plan: the primary or secondary workshop strand on "
     "Study Days 3 to 6, the choice of visits, the focus of the three tutorials, and the "
     "pupils and families chosen for the assignments.")
h2("A8  Assessment and the award")
para("Module 1 is assessed by Assignment 1 (100 per cent). Module 2 is assessed by "
     "Assignment 2 (50 per cent; Section 6.2) and Assignment 3 (50 per cent). Each "
     "assignment must be passed at 50 per cent on the University's Level 7 scale; there "
     "is no compensation between assignments, and one resubmission is allowed. The "
     "University's Examination Board makes the Award to participants who have passed "
     "all three assignments. Visit Reflections and tutorials are not marked. When V6 "
     "runs, the Oakfield accessibility audit is marked as a pass/fail element of "
     "Module 2.")
runs([("Assignment 1: Is it SEN, EAL or both? (Module 1; 4,000 words). ", True),
      ("For one pupil in your school who is learning English as an additional language "
       "and about whom there is a question of SEN, bring together what observation, the "
       "school's data and assessment, a first-language assessment and the assessments of "
       "other professionals (EMTAS, educational psychologist, speech and language "
       "therapist) tell you. Set out what the evidence shows about the pupil's needs, "
       "placing them in the context of the main types of SEN; set targets; plan, carry "
       "out and review a six-week intervention; show how the school followed the SEN "
       "Code of Practice; and make critical use of research, best practice and a range "
       "of approaches and resources, including ICT, drawing on advice from outside the "
       "school. An optional section may track the pupil's results in national tests or "
       "in the school's own tracking; it is not required and is not marked separately.",
       False)])
runs([("Assignment 3: Provision Review and Presentation (Module 2; 3,000 words and a "
       "15-minute presentation). ", True),
      ("With colleagues in your school, review how well provision for pupils with SEN "
       "and/or disabilities is working, and show how the review feeds the school's "
       "self-evaluation and improvement plan. Use a provision map to show provision that "
       "is missing or not working and how teaching assistants and bilingual assistants "
       "are deployed and managed; set out how you will organise your own time as SENCO, "
       "what you will delegate and to whom; and present your proposals for the school's "
       "inclusion priorities and use of resources to your headteacher and a governor, "
       "whose written response is submitted with the assignment. Marked for: the review "
       "with colleagues and its link to self-evaluation; the provision map; the "
       "deployment of staff; priorities and delegation; the strategic proposals; "
       "winning the support of senior colleagues; and a clear spoken presentation.",
       False)])
h2("A9  Marking and moderation")
para("Each assignment is first-marked by a tutor and second-marked blind by a tutor from "
     "the other partner (University or EMTAS) for a 25 per cent sample, all fails and "
     "all marks of 70 and above. All markers meet before each marking round to mark "
     "three scripts together. The external examiner, Dr Margaret Lyle of the University "
     "of Fenwick, sees a sample from every assignment and attends the Examination Board.")
h2("A10  Who teaches and supports participants")
bullets([
    "Dr Ruth Adebayo-Clarke (programme leader): Senior Lecturer in Inclusive Education; "
    "eight years as a secondary SENCO and four as an LA advisory teacher for EAL; PhD "
    "(2006) on assessing bilingual pupils with speech, language and communication needs.",
    "Parveen Akhtar: Head of EMTAS; former primary headteacher; NPQH; MA Applied "
    "Linguistics.",
    "Tomasz Nowak: Bilingual Assessment Coordinator, EMTAS; former SENCO in Krakow and in "
    "Haverbridge; Postgraduate Diploma in Specific Learning Difficulties and AMBDA.",
    "Siobhan McGinley: Senior Teacher, Traveller Education; fourteen years in Traveller "
    "education; visits coordinator.",
    "Dr Alan Petrie: Senior Educational Psychologist, seconded to the Award for one day "
    "a week.",
    "Guest contributors: the PCT's bilingual speech and language therapists, the "
    "Traveller Parents' Forum and the Interpreting Unit.",
])
para("All five tutors have worked in or with schools in the last three years. EMTAS "
     "staff who teach or mark complete the University's associate tutor induction, and "
     "the whole tutor team meets for a day before each module to plan it and to agree "
     "how the assignments will be marked. Hosts are briefed as in Section 7.2. Each "
     "participant's headteacher names a school mentor; a Mentor Guide is being written "
     "and will be sent to mentors in the summer of 2009.")
h2("A11  Resources")
para("Participants have full use of the EMTAS Resource Centre: first-language assessment "
     "materials in 16 languages, dual-language books, Talking Mats kits, and laptops "
     "with text-to-speech software, Clicker 5 and a picture-symbol program for loan to "
     "their schools. They have full membership of the University library, with its SEN "
     "collection and off-campus access to electronic journals, and the EMTAS Interpreting "
     "Unit books interpreters for assignment work with families.")
h2("A12  How we check quality and impact")
para("Participants evaluate every study day on a short form, and the EMTAS data officer, "
     "who does not teach on the Award, runs a focus group with each cohort in March. Host "
     "feedback is collated each term (Section 7.4). The University's annual programme "
     "monitoring report draws these together with the external examiner's report, marks "
     "and completion rates. The Award Steering Group (the Head of EMTAS in the chair, the "
     "programme leader, two headteachers, two host representatives, a participant from "
     "each cohort, the Principal Educational Psychologist and the manager of the SEN "
     "Assessment Service) meets each term, and each July agrees an action plan for the "
     "next cohort. Each new cohort is given a \"You said, we did\" sheet on its first "
     "study day.")
para("We ask participants to repeat the Starting Audit on Study Day 11 so that they and "
     "we can see how their confidence and knowledge have changed, and the results go to "
     "the Steering Group. Assignment 2 asks for a baseline and, where the timescale "
     "allows, a follow-up measure for the pupil. We do not at present gather these "
     "measures together or follow pupils up once the Award is over.")
h2("A13  After the Award")
para("Study Day 11 ends with a celebration. Participants hear about the University's MA "
     "in Inclusive Education, into which the Award's 60 credits transfer, and about the "
     "EMTAS SENCO Network, which meets termly. We encourage every participant to keep "
     "learning.")

# ------------------------------------------------------------------ Annex B
h1("Annex B  Where the national outcomes are developed and assessed")
para("Key. \"Day\" = study day (Annex A3); V1 to V6 = visits (Section 3). Assignments 1, 2 "
     "and 3 are marked and count for the Award. VR = Visit Reflection: formative, not "
     "marked. \"-\" = not assessed.", italic=True, size=9)

groups = [
    ("Professional attributes", [
        ("Fair, respectful and supportive relationships with pupils and their parents",
         "Day 7; V1, V2", "Assignment 2"),
        ("Winning the commitment of colleagues, the headteacher and senior leaders",
         "Days 8, 10", "Assignment 3"),
        ("Setting priorities, managing time, delegating", "Day 8", "Assignment 3"),
        ("Speaking and writing clearly; listening to others", "Days 7, 10; all visits",
         "Assignments 2, 3"),
        ("Using research and outside advice to improve practice", "Day 6",
         "Assignment 1"),
        ("Keeping up to date; own CPD", "Day 11", "VR"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law and the Code of Practice, and how to apply them", "Day 2",
         "Assignment 1"),
        ("Every Child Matters and the SENCO's part in it", "Day 1", "Assignment 2"),
        ("Disability equality law and what it requires", "Day 2",
         "V6 accessibility audit"),
        ("The main types of SEN and how they affect learning", "Day 5", "Assignment 1"),
        ("Approaches, strategies and resources, including ICT", "Day 6", "Assignment 1"),
        ("School self-evaluation and improvement", "Day 10", "Assignment 3"),
        ("Best practice and research", "Day 6", "Assignment 1"),
        ("Other services and agencies and how to get their help", "Days 3, 5, 7; V3, V5",
         "Assignment 2"),
    ]),
    ("Skills", [
        ("Shaping the school's inclusive ethos, policies and use of resources with "
         "senior colleagues and governors", "Day 10", "Assignment 3"),
        ("Identifying needs, setting targets, planning and reviewing interventions",
         "Days 3, 4", "Assignment 1"),
        ("Using other professionals' assessments", "Day 3; V3, V4", "Assignment 1"),
        ("Using test and tracking data to follow progress", "Day 4",
         "Assignment 1 (optional section)"),
        ("Access arrangements for tests and examinations", "Day 9", "-"),
        ("Provision mapping; finding provision that is missing or not working", "Day 9",
         "Assignment 3"),
        ("Deploying and managing staff", "Day 8", "Assignment 3"),
        ("Supporting colleagues' professional development", "Day 8", "-"),
        ("Reviewing provision with colleagues to inform self-evaluation", "Day 10",
         "Assignment 3"),
        ("Involving pupils in planning and reviewing their provision", "V2, V4",
         "Assignment 2"),
        ("Working with parents and carers", "Day 7; V1", "Assignment 2"),
        ("Working with other services and voluntary organisations", "Day 7; V2, V5",
         "Assignment 2"),
    ]),
]
tb = doc.add_table(rows=1, cols=3)
tb.style = "Table Grid"
for i, h in enumerate(["National outcome (our wording)", "Developed in",
                       "Assessed for the Award in"]):
    c = tb.rows[0].cells[i]
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(c, "BFBFBF")
for gname, rows in groups:
    gr = tb.add_row().cells
    m = gr[0].merge(gr[1]).merge(gr[2])
    m.text = ""
    rr = m.paragraphs[0].add_run(gname)
    rr.bold = True
    rr.font.size = Pt(9)
    shade(m, "E2EFD9")
    for a, b, c in rows:
        cells = tb.add_row().cells
        for i, v in enumerate((a, b, c)):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(9)
for row in tb.rows:
    for i, w in enumerate([9.0, 3.6, 4.0]):
        row.cells[i].width = Cm(w)
doc.add_paragraph()
para("Outcomes not listed separately above are developed throughout the study days.",
     italic=True, size=9)

# ------------------------------------------------------------------ Annex C
h1("Annex C  Host feedback form")
para("Please complete one form for each visit and return it to Siobhan McGinley, EMTAS, "
     "Meridian Centre, within two weeks.", italic=True)
form = doc.add_table(rows=0, cols=2)
form.style = "Table Grid"
for k, v in [
    ("Host setting", ""),
    ("Visit code and date", ""),
    ("Participant(s)", ""),
    ("1. Did the visit go as planned?", "Yes / Partly / No   [If not, please tell us why.]"),
    ("2. What did the visitors do well?",
     "[For example: how they spoke with children, parents or staff; how well prepared "
     "they were.]"),
    ("3. Was anything difficult for your setting?", "[Please be frank. This form is not "
     "used to mark the participant.]"),
    ("4. What should we change next year?", "[Your suggestions go to the Award Steering "
     "Group.]"),
    ("5. May we quote your comments, without your name, in reports to the Steering Group?",
     "Yes / No"),
    ("Signed / date", ""),
]:
    cells = form.add_row().cells
    cells[0].text = k
    cells[1].text = v
    shade(cells[0], "F2F2F2")
    cells[0].width = Cm(6.5)
    cells[1].width = Cm(10.0)

doc.save(OUT)
print("wrote", OUT)
