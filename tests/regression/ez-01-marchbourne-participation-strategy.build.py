"""Build ez-01-marchbourne-participation-strategy.docx

Provider (invented)
-------------------
The Marchbourne SENCO Award: Marchbourne County Council's Parent Partnership
Service (PPS, the coordinating partner), Kindred Families (a regional
voluntary-sector family support charity with family centres and a "Young
Advisers" group) and the University of Sheldwich, Department of Education
(validates and awards a 60-credit Master's-level PG Certificate). February 2009.

Kind of document and layout
---------------------------
The partnership's *Participation Strategy* for parents, carers and young
people, 2009-2012, approved by its Partnership Board and sent whole as the
application, with a short "note for the TDA panel" at the front. Strategy
voice ("we", addressed to the people who take part), not criterion order:
cover lines, a document-control table, a foreword by the Parent Carer Forum
chair (values only), thirteen numbered Heading-1 sections with unnumbered
Heading-2 sub-headings, a Board membership table, a "What we heard / What we
changed" table, a four-step participation ladder table, a stage-by-stage
participation table whose "Step" column is vertically merged across three
rows, an evaluation-sources table, an action plan with a Status column, a
glossary and Appendix B (the outcome table in the partnership's own words:
"Where taught" / "How assessed", with a key). Header and footer (page
fields). The Board's amendments of 3 February 2009 are left in as real
tracked changes (w:ins / w:del), and three Word comments are left in.

Traps (requirement ids)
-----------------------
* 2.3 NOT MET: the sentence offering assessment without the taught days is a
  tracked DELETION; the inserted replacement only says the Board has asked
  the University to "look again"; Action 5 in the action plan is "Under
  discussion".
* 3.1 PARTIAL: Section 8 lists concrete reasonable adjustments, interpreters,
  expenses etc. - but for parents, carers and Young Advisers who take part
  (wrong people). For participants only values, "the University's Equal
  Opportunities Policy ... apply" and monitoring; the one concrete
  arrangement for disabled participants (Disability Adviser) is a tracked
  DELETION, with a comment explaining why.
* 5.3 NOT MET: enhanced CRB checks are described for adults who work with the
  Young Advisers (Kindred staff, PPS officers, co-tutors, University tutors)
  - not candidates; for participants the check is deferred to "their
  employing school or local authority". A comment asks whether the partners
  should check participants (comment, not part of the submission).
* 2.1 PARTIAL: credit for prior certificated study (up to 20 credits) is
  offered; credit for experience was a past arrangement that "closed" and
  "credit is not currently given for experience alone". A comment about
  APEL possibly returning is not part of the submission.
* 2.5 PARTIAL: Day 8 ends with a session on further study (MA) and the SENCO
  Network; the next-steps planning tool is only "Planned" in the action plan.
* 3.3 PARTIAL: e-learning is used (the online unit "Hearing the Family" on
  SheldNet) and the personal tutor answers by phone or email between taught
  days; but there is no online peer support (the discussion board is only
  "Under discussion" for 2010) and nothing on ICT for communication with
  schools or between tutors.
* 5.4 PARTIAL: only the programme leader and the two co-tutors from the PPS
  and Kindred are described; "Other teaching will be shared among
  colleagues ... according to the timetable".
* 5.6 PARTIAL: library, e-journals, SheldNet and a family resource library;
  nothing on ICT or specialist technology relevant to training SENCOs.
* 5.5 MET despite the wrong-context words "work-experience placements" for
  Young Advisers (Section 2): participants have a specialist visit day in a
  different setting and a host-family visit, plus an Agencies Marketplace.
* 1.9 / 6.0 PARTIAL: blanket claims ("Between them the four tasks assess
  every one of the national minimum outcomes"; the note under Appendix B)
  against an appendix where some outcomes are only in the unmarked
  Reflective Log, discussed only, "—", or missing.
* Criterion 6 outcomes (Appendix B): Log only / formative / "—":
  6.A3, 6.A7, 6.K3, 6.K9, 6.S2c, 6.S5 PARTIAL; no row and no mention:
  6.K4 (child development), 6.S2d (special arrangements for tests and
  examinations) NOT MET. All others taught and assessed in T1-T4 (MET).
* Foreword: generic value statements ("We believe every child can flourish
  ...") carry nothing.
* 4.1, 4.2, 4.3 MET: the strategy's own subject (evidence sources, a
  what-we-heard/what-we-changed table, parents on the places panel, parent
  co-assessors, Parent Panel, Forum's Family Check).
* Inserted tracked change (part of the submission): the Parent Confidence
  Check row in the evaluation table (supports 5.9, which is MET anyway via
  T3 baseline/follow-up data and repeated self-ratings).
"""
import os
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ez-01-marchbourne-participation-strategy"
OUT = os.path.join(HERE, NAME + ".docx")

BOARD = "Award Partnership Board"
BOARD_DATE = "2009-02-03T16:30:00Z"
REV = [500]

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in ("Heading 1", "Heading 2", "Title", "Subtitle"):
    doc.styles[s].font.name = "Arial"
doc.styles["Heading 1"].font.color.rgb = RGBColor(0x5A, 0x2D, 0x82)
doc.styles["Heading 2"].font.color.rgb = RGBColor(0x5A, 0x2D, 0x82)
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.left_margin = sec.right_margin = Cm(2.2)


# ---------------------------------------------------------------- helpers
def para(text="", style=None, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def lead(bold_text, rest):
    p = doc.add_paragraph()
    p.add_run(bold_text).bold = True
    p.add_run(rest)
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def h1(t):
    return doc.add_heading(t, level=1)


def h2(t):
    return doc.add_heading(t, level=2)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)


def table(header, rows, widths=None, head_fill="E4DAF0"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def tracked(p, kind, text):
    """Append a tracked insertion or deletion to paragraph p."""
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(REV[0]))
    REV[0] += 1
    el.set(qn("w:author"), BOARD)
    el.set(qn("w:date"), BOARD_DATE)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)
    return el


def field(p, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    p._p.append(fld)


# ---------------------------------------------------------------- header / footer
hp = sec.header.paragraphs[0]
hp.text = "Marchbourne SENCO Award \u00b7 Participation Strategy 2009\u20132012 \u00b7 Version 1.2"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Kindred Families is a registered charity (no. 1107342) and a company limited by "
               "guarantee. Marchbourne Parent Partnership Service is provided by Marchbourne County "
               "Council.    Page ")
r.font.size = Pt(7.5)
field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(7.5)
field(fp, "NUMPAGES", "14")

# ---------------------------------------------------------------- cover
para("Kindred Families  \u00b7  Marchbourne Parent Partnership Service  \u00b7  University of Sheldwich, "
     "Department of Education", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
para()
para("Nothing about us without us", style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
para("A participation strategy for parents, carers and young people in the Marchbourne SENCO Award, "
     "2009\u20132012", style="Subtitle", align=WD_ALIGN_PARAGRAPH.CENTER)
para()
ctl = doc.add_table(rows=0, cols=2)
ctl.style = "Table Grid"
for k, v in [
    ("Document", "Participation Strategy for the Marchbourne SENCO Award"),
    ("Version", "1.2 (the amendments agreed by the Award Partnership Board on 3 February 2009 are "
                "shown as tracked changes)"),
    ("Owner", "Helen Okafor, Manager, Marchbourne Parent Partnership Service"),
    ("Agreed by", "Award Partnership Board, 3 February 2009; steering group of the Marchbourne Parent "
                  "Carer Forum, 27 January 2009; Kindred Young Advisers, 24 January 2009"),
    ("Next review", "January 2010"),
    ("Sent to", "Training and Development Agency for Schools (TDA), as the partnership's application "
                "for approval to offer the National Award for SEN Coordination"),
]:
    c = ctl.add_row().cells
    set_cell(c[0], k, bold=True)
    shade(c[0], "EFEAF6")
    set_cell(c[1], v)
    c[0].width, c[1].width = Cm(3.5), Cm(13)
para()

h2("A note for the TDA panel")
para("We have chosen to send our participation strategy as our application. In our partnership, the way "
     "parents, carers, young people, schools and SENCOs take part is not a separate activity: it is how the "
     "course is designed, taught, assessed and improved. The strategy was written for the people who take "
     "part, not for the panel, so it speaks to them. Section 3 gives the facts about the course itself, "
     "Section 11 describes how we evaluate it and assure its quality, and Appendix B shows where each of the "
     "national minimum outcomes is taught and how it is assessed. We would be glad to send the University's "
     "programme specification and unit handbooks if the panel would find them useful.", italic=True)

# ---------------------------------------------------------------- foreword
h1("Foreword")
para("When my son Callum was diagnosed with autism at seven, I went to a lot of meetings. I remember the "
     "ones where I came out knowing more than when I went in, and the ones where I came out feeling I had "
     "been told off. The difference was nearly always the SENCO.")
para("Parents in Marchbourne have said for years that a good SENCO changes everything. So when the Parent "
     "Partnership Service asked the Forum whether we wanted to help build the county's new course for "
     "SENCOs, the answer was an easy yes. We did not want to be asked for a quote for the leaflet. We wanted "
     "to be in the room when the course was planned, in the room when it is taught, and in the room when it "
     "is judged.")
para("This strategy is the promise the three partners have made to us, and to the young people of Kindred's "
     "Young Advisers group, about how that will happen. We believe every child can flourish when families "
     "and schools trust one another, and we believe that SENCOs who have really listened to families will be "
     "better SENCOs. Inclusion is everybody's business. We will hold the partnership to its word.")
para("Denise Whitlock, Chair, Marchbourne Parent Carer Forum", italic=True)

# ---------------------------------------------------------------- 1
h1("1. Why a participation strategy?")
para("Every year the Parent Partnership Service hears from more than a thousand Marchbourne families. In "
     "2007\u201308 we took 1,146 new enquiries. More than a third (38 per cent) were about communication "
     "between home and school, and in 212 of those the parent told us that they did not know who their "
     "child's SENCO was, or had never met them. Only 9 per cent of our cases went as far as the "
     "disagreement resolution service, but almost all of those had started with a loss of trust that nobody "
     "noticed in time.")
para("The Lamb Inquiry, set up by the Secretary of State in 2008 to look at parental confidence in the SEN "
     "system, has been hearing the same thing across the country. When the Inquiry team visited Marchbourne "
     "in November 2008 they met members of the Parent Carer Forum and the Young Advisers, and we have drawn "
     "on that discussion here.")
para("The Government has said that teachers who become SENCOs from September 2009 will need to achieve the "
     "new National Award for SEN Coordination. Marchbourne County Council, Kindred Families and the "
     "University of Sheldwich have agreed to offer the award together, as the Marchbourne SENCO Award. The "
     "Council expects about 45 new SENCOs a year across its 268 schools and pupil referral units.")
para("This strategy sets out how parents and carers, children and young people, schools and SENCOs "
     "themselves will take part in shaping, teaching, assessing and improving the course. It covers the "
     "first three cohorts, from September 2009 to July 2012.")

# ---------------------------------------------------------------- 2
h1("2. Who we are")
para("Marchbourne Parent Partnership Service is the County Council's information, advice and support "
     "service for parents of children with special educational needs, provided under section 332A of the "
     "Education Act 1996. It is based in Ashwell and works at arm's length from the Council's SEN "
     "assessment team. It has six staff and twenty-four trained volunteer Independent Parental Supporters. "
     "The PPS coordinates the partnership and is the first point of contact for schools.")
para("Kindred Families is a regional charity that supports families of disabled children and children with "
     "SEN across Marchbourne, Dunstowshire and two neighbouring counties. It runs family centres in Ashwell "
     "and Dunstow, a family worker service and the Young Advisers, a group of twenty young people aged 13 to "
     "19 with SEN or disabilities who advise public bodies on services for young people. Some Young "
     "Advisers take work-experience placements with the PPS each summer.")
para("The University of Sheldwich's Department of Education has taught postgraduate courses in special and "
     "inclusive education since 1994. Its Centre for Inclusion Research works with local authorities and "
     "voluntary organisations on research into how parents and children experience SEN provision. The "
     "University validates and awards the Marchbourne SENCO Award, and its academic regulations and quality "
     "procedures apply to the course in full.")
para("The partnership is led by the Award Partnership Board:")
table(["Member", "Role on the Board"], [
    ["Assistant Director, Inclusion and Learning Support, Marchbourne County Council", "Chair"],
    ["Manager, Marchbourne Parent Partnership Service", "Coordinates the partnership; lead for participation"],
    ["Chief Executive, Kindred Families", "Lead for the involvement of families and young people"],
    ["Programme leader, University of Sheldwich", "Lead for academic standards and assessment"],
    ["Two parent representatives nominated by the Marchbourne Parent Carer Forum",
     "Parent voice; one also sits on the places panel"],
    ["One Young Adviser, with a Kindred support worker", "Young people's voice"],
    ["Two SENCOs (one primary, one secondary) from the Marchbourne SENCO Network", "Practitioner voice"],
    ["One headteacher nominated by the Marchbourne Headteachers' Association", "Employers' voice"],
    ["Principal Educational Psychologist", "Specialist services"],
], widths=[9, 7.5])
para("The Board meets once a term, from 4.30 to 6.30 pm, so that working parents and Young Advisers can "
     "come.")

# ---------------------------------------------------------------- 3
h1("3. The course at a glance")
h2("What it is")
para("The Marchbourne SENCO Award is a Postgraduate Certificate in Special Educational Needs Coordination, "
     "awarded by the University of Sheldwich. It carries 60 credits at Master's level (level 7 of the "
     "Framework for Higher Education Qualifications) and was approved at the University's validation event "
     "on 14 January 2009. Participants who complete it also hold the National Award for SEN Coordination, "
     "and the credits count towards the University's MA in Inclusive Education.")
h2("Aims")
para("The course has a single purpose: that children and young people with SEN and disabilities in "
     "Marchbourne's schools achieve more, and are healthier, safer and happier, because their school's SENCO "
     "is better at the job. Its aims are that participants will:")
bullets([
    "lead their school's work for pupils with SEN and disabilities so that those pupils make better progress "
    "and enjoy school, in all five of the Every Child Matters outcomes and not only in tests;",
    "understand the law, policy and research that shape SEN provision, and use them to judge and improve "
    "practice in their own school;",
    "work with pupils, parents and carers as partners, listening to what they say and acting on it;",
    "lead and support colleagues in school, and work with other services, so that provision is coherent;",
    "show, with evidence from their own school, what difference their work has made to pupils.",
])
h2("Units and study days")
para("The course has three 20-credit units:")
bullets([
    "Unit 1: The SENCO, the Law and the Family (September to December)",
    "Unit 2: Learning, Barriers and Provision (January to March)",
    "Unit 3: Leading Change with Others (April to July)",
])
para("There are eight taught days, held at the University's Marchbourne Centre in Ashwell, and two Listening "
     "Days at Kindred's Ashwell Family Centre, which are planned and led by parents and Young Advisers (see "
     "Section 6). Between Days 3 and 4 participants work through a short online unit, Hearing the Family, "
     "on the University's virtual learning environment, SheldNet: about six hours of recorded talks by "
     "parents and young people, readings and short tasks. Each participant has a personal tutor, who can be "
     "reached by telephone or email between taught days and replies within three working days, and three "
     "individual tutorials in the year. The last taught day ends with a session on further study, including "
     "the University's MA in Inclusive Education, and on the Marchbourne SENCO Network.")
h2("Two routes")
para("Every unit is offered on two routes, with the same content and the same assessment:")
bullets([
    "the Daytime route: taught days on Thursdays, 9.30 am to 4.00 pm;",
    "the Twilight route: for participants whose schools find it hard to release them, each taught day is "
    "split into two twilight sessions (4.30 to 7.30 pm) in consecutive weeks, and the two Listening Days "
    "are held on Saturdays.",
])
para("Participants may start in September or, on the Twilight route, in January. Units 2 and 3 may be taken "
     "in either order. A participant may take up to two years to finish, pausing between units, for example "
     "for maternity leave or a change of school.")
h2("Who can join")
para("Applicants must hold Qualified Teacher Status, be the SENCO of a school or pupil referral unit (or be "
     "designated to take on the role within the year), and have their headteacher's written support. The "
     "headteacher's support form commits the school to release the participant for the taught days, to name "
     "a school mentor, and to give the participant access to the pupil data needed for the Leading Change "
     "Project.")
para("Each applicant completes the Starting Profile (see Section 6) and has a Starting Conversation with a "
     "tutor before a place is confirmed. The places panel, made up of the programme leader, the PPS manager "
     "and a parent representative, considers applications in June and November. If the Starting Profile and "
     "Conversation suggest that an applicant is not yet ready to meet the outcomes within the year, for "
     "example a teacher in the first two years of teaching with little experience of pupils with SEN, the "
     "programme leader writes to the applicant and, with their agreement, to their headteacher, explaining "
     "what experience or preparation would help (such as the Council's SEN Foundations twilight programme, "
     "or a term shadowing an experienced SENCO in the cluster), and offers a place on a later intake.")
h2("Credit for earlier study")
p_apl = doc.add_paragraph()
p_apl.add_run("Participants who have passed Master's-level units in special or inclusive education within the "
              "last five years, at Sheldwich or elsewhere, may ask for up to 20 credits to be counted towards "
              "the Certificate. The University's Accreditation of Prior Learning panel decides, looking at how "
              "well the earlier unit's outcomes match those of the unit it would replace. ")
apl_run = p_apl.add_run("Until 2008 the University's Certificate in Inclusive Practice also allowed experienced "
                        "staff to claim credit for what they had learned at work, through a portfolio; that "
                        "route closed with the Certificate, and credit is not currently given for experience "
                        "alone.")
doc.add_comment(apl_run, text="Registry say APEL may come back for 2010 if the Faculty agrees. Leave the "
                "wording as it is for now. HO", author="Helen Okafor", initials="HO")
h2("Experienced SENCOs")
p_ao = doc.add_paragraph()
tracked(p_ao, "del", "Experienced SENCOs who can already show most of the outcomes may ask to be assessed on "
                     "Tasks T1 to T4 without attending the taught days. ")
tracked(p_ao, "ins", "The Board has asked the University to look again at whether experienced SENCOs could be "
                     "assessed without attending the taught days, for cohorts from 2010 (see Action 5 in "
                     "Section 12).")
h2("Cost")
para("The fee for the whole Certificate is \u00a31,450. This is the University's standard fee for 60 "
     "Master's-level CPD credits less a 20 per cent partnership reduction, because the PPS and Kindred give "
     "their staff's teaching time, the Listening Day venues and the host-family visits at no charge, and "
     "the Council provides the rooms at the Marchbourne Centre. For SENCOs in Marchbourne's maintained "
     "schools the Council will pay the fee in 2009\u201310 from its allocation for the national award, so "
     "the cost to the school is the supply cover for eight days; Twilight route participants need no "
     "release. The optional workshops chosen through the Route Plan are free.")
h2("Resources for participants")
para("Participants are registered as students of the University for the year, with full use of the "
     "University library, including its electronic journals, and of SheldNet. Kindred's Family Resource "
     "Library at the Ashwell centre lends participants the information leaflets, story books and "
     "parent-made guides that families in the county use.")
h2("How the course is assessed")
para("There are four assessed tasks. Each is marked against the University's Master's-level criteria and "
     "the learning outcomes of its unit.")
table(["Task", "Unit", "What participants do", "Length"], [
    ["T1 Policy Review", "1",
     "A critical review of the participant's school SEN policy and its information for parents, set "
     "against the law, the SEN Code of Practice and Every Child Matters, with recommendations.", "3,000 words"],
    ["T2 Child and Family Study", "2",
     "A study of one pupil with SEN: assessment information from the school and other professionals, a "
     "recorded pupil conversation and family conversation, the plan agreed, and its review after at least "
     "six weeks.", "4,500 words"],
    ["T3 Leading Change Project", "3",
     "An improvement project the participant leads with colleagues in their school, with baseline and "
     "follow-up data for a target group of pupils and a short report to the governing body.", "5,000 words"],
    ["T4 Professional Conversation", "1\u20133",
     "A conversation at the end of the course with the personal tutor and a trained parent co-assessor "
     "about the participant's practice and evidence across the year.", "40 minutes"],
], widths=[3.6, 1.2, 9.2, 2.5])
para("To gain the award a participant must pass all four tasks. Between them the four tasks assess every "
     "one of the national minimum outcomes; Appendix B shows where each is taught and assessed. "
     "Participants also keep a Reflective Log, which they bring to tutorials. The Log is not marked, but "
     "tutors use it to follow progress against the Route Plan.")

# ---------------------------------------------------------------- 4
h1("4. What we mean by participation")
para("Participation, for us, means that the people a service is for have a real say in how it is run, and "
     "can see what difference their say has made. It is more than consultation, and it is not the same as "
     "information. We use a four-step ladder, adapted from Roger Hart's ladder of participation, to be "
     "honest with ourselves and others about the kind of involvement we are offering in each part of the "
     "course.")
table(["Step", "What it means", "Example in the course"], [
    ["4  Sharing decisions", "Parents or young people decide jointly with staff",
     "The parent representative on the places panel; parent co-assessors in the Professional Conversation"],
    ["3  Involving", "They plan and lead parts of the course",
     "Listening Days; parent co-tutors; host families"],
    ["2  Consulting", "We ask their views and report back what we did",
     "The family survey; the Young Advisers' review of course materials"],
    ["1  Informing", "We tell them clearly what is happening",
     "This strategy; a termly update in the Forum newsletter"],
], widths=[3.5, 5.5, 7.5])
para("Our principles are simple:")
bullets([
    "Families are experts on their own children.",
    "Children and young people have a right to be heard on matters that affect them (United Nations "
    "Convention on the Rights of the Child, Article 12).",
    "Participation has to change something. If it cannot, we will say so and explain why.",
    "Nobody should be out of pocket for taking part.",
    "We want the people who take part to reflect the diversity of Marchbourne's families.",
])

# ---------------------------------------------------------------- 5
h1("5. What families, young people and schools told us")
para("The course was designed between May and December 2008. We gathered evidence in five ways:")
bullets([
    "Casework analysis: the PPS analysed its 2007\u201308 enquiries (1,146 cases) by theme, using "
    "anonymised records.",
    "Family survey: a questionnaire in English, Polish, Urdu, Bengali and Portuguese, given out through "
    "the PPS, Kindred's family centres and 40 schools in October 2008; 318 parents and carers replied.",
    "Young Advisers' workshop: 14 Young Advisers spent a Saturday in October 2008 working out \u2018What "
    "makes a good SENCO?\u2019 with diamond ranking and a graffiti wall.",
    "SENCO Network survey: 61 of the county's SENCOs answered an online survey about their training needs "
    "and how they would prefer to study (November 2008).",
    "Headteachers: the programme leader and the PPS manager spoke at the primary and secondary "
    "headteachers' conferences in November 2008 and held a follow-up focus group with eight heads.",
])
para("The Partnership Board then spent a whole meeting, on 9 December 2008, going through the findings line "
     "by line with the University's course team. The table sets out the main messages and what changed as a "
     "result.")
table(["What we heard", "Who said it", "What we changed"], [
    ["\u201cNobody told the SENCO about my daughter's diagnosis, and nobody read the speech therapist's "
     "report.\u201d", "Parents (survey, 41 comments)",
     "Unit 2 has a session with the Speech and Language Therapy Service and the Educational Psychology "
     "Service on using professionals' assessments in planning. T2 must show how other professionals' "
     "assessments shaped the plan."],
    ["\u201cAt review meetings I feel outnumbered and I don't understand half the words.\u201d",
     "Parents (survey and casework)",
     "Listening Day 1, \u2018The Meeting\u2019, planned and led by parents. T2 includes a family "
     "conversation, planned with the family, in place of a standard review."],
    ["\u201cAsk us, not just our mum.\u201d", "Young Advisers",
     "Listening Day 2, planned and led by Young Advisers. T2 includes a pupil conversation, and the "
     "participant must show how the pupil's views changed the plan."],
    ["\u201cWe need the course to help us find time to do the job, not just give us more to know.\u201d",
     "SENCOs", "Day 8, \u2018Making the role work\u2019, on time, priorities and delegation."],
    ["\u201cWe want to see the difference in our school's data and our self-evaluation.\u201d",
     "Headteachers",
     "T3 requires baseline and follow-up data for a target group, and a report to governors that feeds "
     "into the school's self-evaluation form (SEF)."],
    ["\u201cPlease don't make it all daytime.\u201d", "SENCOs (61 per cent of survey replies)",
     "The Twilight route."],
    ["\u201cI'd like to know what a family's week actually looks like.\u201d", "SENCOs (network meeting)",
     "The host-family visit (Section 6)."],
    ["\u201cOrdinary parents, not just the confident ones.\u201d", "Parent Carer Forum",
     "Expenses and childcare paid; co-tutors recruited through the PPS volunteer scheme and Kindred's "
     "centres as well as through the Forum."],
], widths=[6, 3.5, 7])

# ---------------------------------------------------------------- 6
h1("6. Participation in each part of the course")
para("The table shows who takes part in each part of the course, what they do, and where that sits on our "
     "ladder.")
pt = doc.add_table(rows=1, cols=4)
pt.style = "Table Grid"
for i, h in enumerate(["Part of the course", "Who takes part", "What they do", "Step"]):
    set_cell(pt.rows[0].cells[i], h, bold=True)
    shade(pt.rows[0].cells[i], "E4DAF0")
prow = [
    ["Recruitment and selection", "A parent representative from the Forum",
     "Sits on the places panel in June and November with the programme leader and the PPS manager.",
     "4  Sharing decisions"],
    ["Starting Profile and Route Plan", "Participant, personal tutor, headteacher",
     "Before Day 1 every participant completes the Starting Profile, rating themselves against each national "
     "minimum outcome on a four-point scale with a note of their evidence, and meets their personal tutor for "
     "a 45-minute Starting Conversation. Together they agree a Route Plan: the outcomes the participant can "
     "already show (which must still be evidenced in the assessed tasks), the outcomes to focus on, two "
     "optional workshops chosen from a menu of eight, and personal targets for T2 and T3. The headteacher "
     "signs the Route Plan. It is reviewed at the February tutorial, when the tutor checks the self-ratings "
     "against what the tasks and tutorials have shown.", "\u2014"],
    ["Taught days", "Parent co-tutors with University and Council tutors",
     "Co-tutors help plan and teach the sessions on working with families (Days 2 and 6).", "3  Involving"],
    ["Listening Days", "Parents, Young Advisers, Kindred family workers",
     "Plan and lead both days; participants practise conversations with families and young people and get "
     "feedback.", ""],
    ["Host-family visit", "Volunteer host families, Kindred family workers",
     "Each participant spends half a day with a host family, at home or at a family centre, always with a "
     "Kindred family worker.", ""],
    ["Specialist visit day", "Partner settings",
     "Each participant spends a day in a setting unlike their own: Oakfield Special School, the Ashwell "
     "Autism Resource Base, the Dunstow Pupil Referral Unit, the Sensory Support Service or Kindred's "
     "Dunstow Family Centre. The programme leader arranges the visits, and the setting agrees a programme "
     "with the participant in advance.", "3  Involving"],
    ["Assessment", "Parent co-assessors",
     "Sit with the personal tutor in the Professional Conversation (T4), ask at least two questions and "
     "contribute to the judgement on the outcomes about relationships with families and communication. The "
     "tutor is responsible for the mark.", "4  Sharing decisions"],
    ["Evaluation and improvement", "Parent Panel, Young Advisers, Parent Carer Forum, SENCO Network",
     "See Section 11.", "2 to 4"],
]
for row in prow:
    cells = pt.add_row().cells
    for i, v in enumerate(row):
        set_cell(cells[i], v)
# merge the Step column across Taught days, Listening Days, Host-family visit (rows 3-5)
top = pt.cell(3, 3)
merged = top.merge(pt.cell(5, 3))
set_cell(merged, "3  Involving")
for row in pt.rows:
    for i, w in enumerate([3.4, 3.6, 7.3, 2.2]):
        row.cells[i].width = Cm(w)
doc.add_paragraph()

# ---------------------------------------------------------------- 7
h1("7. What participants learn about listening and working together")
h2("With children and young people")
para("Participants learn and practise ways of finding out what children and young people think, including "
     "children who do not use speech: talking mats, diamond ranking, photo tours, symbols, drawing and "
     "scaling, and person-centred reviews. Listening Day 2 is planned and led by Young Advisers, who run "
     "conversation stations where participants try the methods out and get frank feedback. In T2 each "
     "participant records a conversation with the pupil at the centre of the study, explains the method "
     "chosen and why, and shows what changed in the plan as a result. Tutors mark this against the "
     "criterion \u2018the pupil's views are sought in a way that suits the pupil and have a visible effect on "
     "the plan\u2019.")
h2("With parents and carers")
para("Listening Day 1, \u2018The Meeting\u2019, is planned by parents from the Forum and the PPS volunteer "
     "team. Participants sit on both sides of a role-played review meeting, hear parents describe meetings "
     "that went well and badly, and work with PPS staff on plain-language information for families. Day 2 "
     "includes a session from the PPS on the disagreement resolution service and the SEN and Disability "
     "Tribunal, and on how schools can stop disagreements from hardening. In T2 the participant plans a "
     "family conversation with the pupil's parents or carers, agrees the record with them, and reflects on "
     "it; in T4 the parent co-assessor asks about the participant's work with families.")
h2("With colleagues in school and beyond")
para("Unit 3, Leading Change with Others, is about working through other people: advising and coaching class "
     "teachers and teaching assistants, leading staff training, working with the headteacher and governors, "
     "and working with other schools and services. Participants are placed in cross-school peer triads at the "
     "start of the year; the triads meet at every taught day and once between days to observe and give "
     "feedback on each other's practice. Day 6 brings in the Educational Psychology Service, the Speech and "
     "Language Therapy Service, the Child and Adolescent Mental Health Service, the Behaviour Support Team, "
     "Social Care's Children with Disabilities Team and Kindred's family workers for an \u2018Agencies "
     "Marketplace\u2019, where participants find out what each service does and how to ask for its help. "
     "The Leading Change Project (T3) must be carried out with colleagues, and it is assessed on how the "
     "participant led and supported them as well as on its results.")
h2("What the course draws on")
para("Unit 1 covers the law and guidance within which SENCOs work: the Education Act 1996 as amended by the "
     "Special Educational Needs and Disability Act 2001, the SEN Code of Practice (2001) and its toolkit, the "
     "Disability Discrimination Act 1995 as amended in 2005, including the Disability Equality Duty, the "
     "Children Act 2004 and Every Child Matters, Removing Barriers to Achievement (2004) and the Inclusion "
     "Development Programme. Reading lists are revised every summer by the unit leaders. The 2009\u201310 "
     "lists include the Bercow Review of services for children and young people with speech, language and "
     "communication needs (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the "
     "House of Commons Education and Skills Committee's report on special educational needs (2006), the "
     "Lamb Inquiry's findings as they are published, and the Centre for Inclusion Research's study of "
     "parental confidence in four Marchbourne schools (Ansell and Okafor, 2008).")

# ---------------------------------------------------------------- 8
h1("8. Access and equality")
h2("For parents, carers and young people who take part")
bullets([
    "We pay travel expenses and childcare or sitting costs for every meeting, Listening Day and co-tutoring "
    "session, on the day and in cash if needed.",
    "Parent co-tutors and co-assessors are paid \u00a390 a half-day session, under the Council's policy on "
    "paying people who use its services.",
    "We provide interpreters, including British Sign Language interpreters, and papers in large print, "
    "Braille, audio or community languages on request.",
    "Listening Days and Board meetings are held in accessible buildings with a hearing loop; the Ashwell "
    "Family Centre also has a Changing Places toilet and a quiet room.",
    "Young Advisers always travel with a Kindred support worker, and their sessions are planned around "
    "school hours.",
    "We make reasonable adjustments for anyone taking part, and before each event we ask everyone what "
    "would help.",
])
h2("For participants")
p_eq = doc.add_paragraph()
p_eq.add_run("The course welcomes SENCOs from every kind of school and every background, and we want each "
             "year's group to reflect the diversity of Marchbourne's teachers. The University's Equal "
             "Opportunities Policy and Disability Equality Scheme apply to the course. ")
del_el = tracked(p_eq, "del", "The University's Disability Adviser meets any participant who tells us about a "
                              "disability, before the course starts, to agree adjustments to sessions, "
                              "materials and assessment deadlines. ")
eq_run = p_eq.add_run("We monitor applications and completions by gender, ethnicity and disability and report "
                      "them to the Board each year.")
doc.add_comment(eq_run, text="Deleted at the Board: Registry say the Disability Adviser service covers "
                "registered degree students only, not CPD participants. To be sorted out with Registry. RA",
                author="Ruth Ansell", initials="RA")

# ---------------------------------------------------------------- 9
h1("9. Keeping children and young people safe")
para("Young Advisers take part under Kindred Families' Safeguarding Children Policy. Every adult who works "
     "with them in connection with the course, whether Kindred staff or volunteers, PPS officers, parent "
     "co-tutors or University tutors, must hold an enhanced Criminal Records Bureau disclosure. Each "
     "employer checks its own staff, and Kindred records the date and number of every disclosure on its "
     "safeguarding register before the person's first session. Parent co-tutors who are not already PPS "
     "volunteers are checked through Kindred.")
para("Host families are visited by a Kindred family worker before they take part, and the family decides "
     "what the participant may see and whether children are present. Participants never visit a family home "
     "without a Kindred worker, and nothing they see or hear is written up in a way that could identify the "
     "family.")
p_crb = doc.add_paragraph()
crb_run = p_crb.add_run("Participants are serving teachers, and their checks are a matter for their employing "
                        "school or local authority. ")
p_crb.add_run("Any concern about a participant's conduct on the course is referred to the Council's Local "
              "Authority Designated Officer under the Marchbourne Safeguarding Children Board's procedures.")
doc.add_comment(crb_run, text="Do we need to check participants' CRB ourselves? The TDA specification seems to "
                "expect it. PN", author="Priya Natarajan", initials="PN")

# ---------------------------------------------------------------- 10
h1("10. Preparing and supporting the people involved")
lead("Parent co-tutors. ", "We will recruit eight parent co-tutors for the first cohort, through the PPS "
     "volunteer scheme, Kindred's family centres and the Forum. Each completes Kindred's two-day Co-Tutor "
     "Preparation course (telling your story safely, how adults learn, confidentiality, working with a "
     "tutor), is paired with a University tutor to plan each session, and has a debrief with a Kindred "
     "family worker after every session.")
lead("Parent co-assessors. ", "Co-assessors are drawn from experienced co-tutors. Before taking part they "
     "attend a half-day session with the programme leader on the Professional Conversation, its criteria and "
     "the University's assessment regulations, and observe two conversations. A co-assessor never assesses a "
     "participant from a school that their own child attends.")
lead("School mentors. ", "Each participant's headteacher names a school mentor, usually a senior leader. "
     "Mentors are invited to a two-hour briefing in September (repeated in January for the Twilight route) "
     "and receive the Mentor Guide, which sets out what mentors do: meet the participant at least three times "
     "a term, agree the T3 project with them and the headteacher, open doors to data and colleagues, and "
     "confirm on the project form that the project was carried out as described. The programme leader "
     "telephones every mentor who cannot come to the briefing.")
lead("Tutors. ", "The course is led by Dr Ruth Ansell, Senior Lecturer in Inclusive Education, a former "
     "primary SENCO and local authority SEN adviser, whose doctoral research was on parents' experience of "
     "annual reviews. Helen Okafor (PPS Manager) and Priya Natarajan (Kindred's Head of Family Services) "
     "co-tutor the sessions on working with families. Other teaching will be shared among colleagues in the "
     "Department of Education and the Council's Inclusion Support Service according to the timetable.")
lead("Course team day. ", "Everyone who teaches or assesses on the course, including co-tutors and "
     "co-assessors, attends a course team day each July, when the handbook, the assessment criteria and the "
     "roles of tutors, co-tutors, co-assessors and mentors are gone through together.")

# ---------------------------------------------------------------- 11
h1("11. How we will know it is working")
para("Evaluation is built into the course, not added at the end. We use evidence from inside and outside the "
     "partnership:")
et = doc.add_table(rows=1, cols=4)
et.style = "Table Grid"
for i, h in enumerate(["Evidence", "Gathered by", "When", "Considered by"]):
    set_cell(et.rows[0].cells[i], h, bold=True)
    shade(et.rows[0].cells[i], "E4DAF0")
erows = [
    ["Session cards (one question: \u2018What will you do differently on Monday?\u2019)", "Tutors",
     "Every taught day and Listening Day", "Course team, after each day"],
    ["End-of-unit questionnaires", "Programme leader", "End of each unit", "Course team; Parent Panel"],
    ["The Starting Profile repeated at the end: participants' ratings of their competence and confidence on "
     "each outcome, compared with tutors' judgements at T4", "Personal tutors", "September and July", "Board"],
    ["Pupil outcomes from T3: each participant reports baseline and follow-up measures for their target group "
     "(attainment, attendance and a well-being scale agreed with the tutor), confirmed by the headteacher",
     "Participants; collated by the programme leader", "July", "Board; Parent Panel; annual impact report"],
    None,  # inserted row, built below
    ["Parent Panel: six parents, co-tutors and others, read anonymised evaluations and (with consent) extracts "
     "from T2 family conversations, and meet the course team", "PPS", "Each term", "Board"],
    ["Young Advisers' \u2018mystery learner\u2019 review: two Young Advisers attend a taught day and report "
     "back", "Kindred", "Once a year", "Board"],
    ["External examiner's report (an examiner from another university, appointed by the University)",
     "External examiner", "Annually", "Faculty Quality Committee; Board"],
    ["University Annual Programme Monitoring", "Programme leader", "October", "Faculty Quality Committee"],
    ["The Forum's \u2018Family Check\u2019 of the course, carried out independently by Forum members",
     "Parent Carer Forum", "June", "Board; published"],
]
for row in erows:
    cells = et.add_row().cells
    if row is None:
        # a whole row inserted at the Board as a tracked change
        trPr = et.rows[-1]._tr.get_or_add_trPr()
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(REV[0]))
        REV[0] += 1
        ins.set(qn("w:author"), BOARD)
        ins.set(qn("w:date"), BOARD_DATE)
        trPr.append(ins)
        vals = ["Parent Confidence Check: a ten-question survey that the PPS sends to parents of pupils on the "
                "SEN register in a sample of participants' schools, at the start of the course and a year later",
                "PPS", "September, and the following September", "Board"]
        for i, v in enumerate(vals):
            cells[i].text = ""
            tracked(cells[i].paragraphs[0], "ins", v)
        continue
    for i, v in enumerate(row):
        set_cell(cells[i], v)
for row in et.rows:
    for i, w in enumerate([7.5, 3.3, 2.8, 3.0]):
        row.cells[i].width = Cm(w)
doc.add_paragraph()
h2("How we use what we find")
para("The course team meets after each unit to agree changes, which are recorded in the Course Changes Log "
     "with the evidence behind each one. Each October the Board considers the annual impact report and the "
     "Changes Log and agrees the next year's changes, and the PPS publishes a \u2018You said, we did\u2019 "
     "summary for families, SENCOs and schools in the Forum newsletter and on the Council's website.")
h2("Marking and moderation")
para("T1 to T3 are marked by the unit tutor against the University's Master's-level criteria. A second tutor "
     "marks a sample of at least one in five scripts for each task, together with all fails and all work "
     "at distinction level, before the course team's moderation meeting at the end of each unit. T4 is "
     "assessed jointly by the personal tutor and the parent co-assessor against the published criteria; a "
     "sample of conversations is audio-recorded, with consent, for second listening and for the external "
     "examiner. The external examiner sees a sample of every task, and all fails, before the University's "
     "Board of Examiners confirms marks and awards.")

# ---------------------------------------------------------------- 12
h1("12. Action plan 2009\u201310")
table(["No.", "Action", "Lead", "By", "Status"], [
    ["1", "Recruit and prepare eight parent co-tutors", "Kindred", "August 2009", "Under way"],
    ["2", "Train six parent co-assessors", "Programme leader", "March 2010", "Not started"],
    ["3", "Young Advisers' plain-English review of the course handbook", "Kindred", "July 2009", "Under way"],
    ["4", "Explore an online discussion board on SheldNet for participants and co-tutors", "University",
     "For the 2010 cohort", "Under discussion"],
    ["5", "Ask the University to consider an assessment-only route for very experienced SENCOs",
     "Programme leader", "December 2009", "Under discussion"],
    ["6", "Develop an \u2018After the Award\u2019 offer: SENCO Network membership, a next-steps planning "
          "tool to use with line managers, progression to the MA", "PPS and University", "July 2010",
     "Planned"],
    ["7", "Recruit parents from Black and minority ethnic communities to the Parent Panel", "PPS",
     "December 2009", "Under way"],
    ["8", "Publish the first \u2018You said, we did\u2019", "PPS", "October 2010", "Planned"],
], widths=[1.1, 8.2, 2.9, 2.5, 2.2])

# ---------------------------------------------------------------- 13
h1("13. Reviewing this strategy")
para("The Board will review this strategy every January with the Forum's steering group and the Young "
     "Advisers, and will publish the revised version. Anyone who takes part in the course, or whose child's "
     "SENCO is on it, can comment at any time through the PPS.")

# ---------------------------------------------------------------- appendices
h1("Appendix A: Words we use")
table(["Term", "Meaning"], [
    ["CAF", "Common Assessment Framework, used by services to assess a child's additional needs together"],
    ["CAMHS", "Child and Adolescent Mental Health Services"],
    ["IEP", "Individual Education Plan"],
    ["IPS", "Independent Parental Supporter: a trained PPS volunteer who supports a parent"],
    ["PPS", "Parent Partnership Service"],
    ["Route Plan", "The participant's individual plan for the course, agreed with the personal tutor"],
    ["SEF", "The school's self-evaluation form"],
    ["SheldNet", "The University of Sheldwich's virtual learning environment"],
    ["Starting Profile", "The participant's self-rating against the national minimum outcomes before the "
                         "course"],
], widths=[3.5, 13])

h1("Appendix B: Where the national minimum outcomes are taught and assessed")
para("The outcomes are in our own words. Key: T1 Policy Review; T2 Child and Family Study; T3 Leading Change "
     "Project; T4 Professional Conversation; Log: Reflective Log, discussed at tutorials, not marked; "
     "\u2014 : not separately assessed.", italic=True)
ob = doc.add_table(rows=1, cols=3)
ob.style = "Table Grid"
for i, h in enumerate(["By the end of the course the SENCO will be able to\u2026", "Where taught",
                       "How assessed"]):
    set_cell(ob.rows[0].cells[i], h, bold=True)
    shade(ob.rows[0].cells[i], "E4DAF0")


def group(title):
    c = ob.add_row().cells
    m = c[0].merge(c[2])
    set_cell(m, title, bold=True)
    shade(m, "F3EFF8")


def orow(a, b, c):
    cells = ob.add_row().cells
    set_cell(cells[0], a)
    set_cell(cells[1], b)
    set_cell(cells[2], c)


group("Professional attributes")
orow("build fair, respectful and trusting relationships with children with SEN and disabilities and with "
     "their families", "Listening Days 1 and 2; host-family visit", "T2 (pupil and family conversations); T4")
orow("win the support of colleagues, the headteacher and senior leaders for better outcomes for pupils with "
     "SEN", "Unit 3, Day 7", "T3")
orow("plan their own workload, set priorities, delegate and follow up", "Unit 3, Day 8 \u2018Making the role "
     "work\u2019", "Log")
orow("see problems coming, resolve them, and make sound decisions about provision", "Unit 2, Day 5 (case "
     "scenarios)", "T2")
orow("express themselves clearly in speech and writing, and listen to and understand other people's views",
     "Throughout; Listening Day 1", "T4; all written tasks")
orow("use research and outside advice to improve their own and colleagues' practice", "Unit 3, research "
     "seminar", "T3 (review of research)")
orow("keep up to date and take charge of their own CPD on SEN and disability", "Day 8; Route Plan",
     "Log; Route Plan discussed at T4 (not graded)")
group("Knowledge and understanding")
orow("the law and guidance on SEN, including the SEN Code of Practice (2001), and how to put it into practice "
     "in school", "Unit 1, Days 1 and 2", "T1")
orow("Every Child Matters: the five outcomes and the SENCO's part in them", "Unit 1, Day 1", "T1")
orow("disability equality law (the DDA 1995 and 2005 and the Disability Equality Duty) and what it requires "
     "schools to do", "Unit 1, Day 2", "Log")
orow("the most common kinds of SEN and disability \u2013 behavioural, emotional and social difficulties, "
     "specific learning difficulties including dyslexia, speech, language and communication needs, autism "
     "and moderate learning difficulties \u2013 and how they affect learning", "Unit 2, Days 4 and 5; online "
     "unit", "T2")
orow("a critical understanding of approaches to assessment, planning, teaching and learning, including ICT, "
     "to remove barriers and personalise provision", "Unit 2, Days 5 and 6", "T2")
orow("school self-evaluation and improvement, and how they relate to outcomes for pupils with SEN",
     "Unit 3, Day 7", "T3")
orow("best practice and research in meeting special educational needs", "All units", "T3")
orow("what other services and agencies do, and how to get specialist help and resources", "Unit 2, Day 6 "
     "(Agencies Marketplace)", "\u2014")
group("Professional skills")
orow("with senior leaders and governors, shape an inclusive ethos, policies, priorities and the use of "
     "resources", "Unit 3", "T3 (report to governors)")
orow("identify pupils who may have SEN, set challenging targets, plan interventions and review progress",
     "Unit 2", "T2")
orow("use other professionals' assessments in planning teaching", "Unit 2, Day 6", "T2")
orow("use summative data, including national test results and P scales, to track progress and change "
     "provision", "Unit 3, Day 7", "T3")
orow("help other teachers develop assessment for learning for all pupils, with attention to pupils with SEN",
     "Unit 2, Day 5", "Peer triad feedback (formative)")
orow("use provision mapping to plan provision and find provision that is missing or not working",
     "Unit 3, Day 7", "T3")
orow("deploy and manage teaching assistants and other staff", "Unit 3, Day 8", "T3")
orow("support colleagues' development: observing and giving feedback, modelling, coaching and mentoring, "
     "training", "Unit 3, Day 8; peer triads", "Log")
orow("review with colleagues how well provision is working, to inform the school's self-evaluation",
     "Unit 3", "T3")
orow("involve pupils in planning, agreeing and reviewing their own provision", "Listening Day 2", "T2 (pupil "
     "conversation)")
orow("work with parents and carers to promote their child's learning and development", "Listening Day 1; "
     "host-family visit", "T2 (family conversation); T4")
orow("work in partnership with other services and agencies, including voluntary organisations", "Unit 2, "
     "Day 6", "T2")
for row in ob.rows:
    if len({id(c._tc) for c in row.cells}) < 3:
        continue
    for i, w in enumerate([9.3, 4.0, 3.3]):
        row.cells[i].width = Cm(w)
para()
para("Note: all of the national minimum outcomes are covered by the four assessed tasks.", italic=True)

doc.save(OUT)
print("wrote", OUT)
