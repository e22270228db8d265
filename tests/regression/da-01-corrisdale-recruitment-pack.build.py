"""Build da-01-corrisdale-recruitment-pack.docx: Corrisdale and Whitlow SENCO Award Partnership, recruitment pack (invented provider).

Provider
--------
The Corrisdale and Whitlow SENCO Award Partnership: Corrisdale County Council
(lead partner and employer), Whitlow City Council, Brookvale School (a Whitlow
special school) and Oakhurst Community College (a training school), with the
(invented) University of Elverstone validating and awarding a Postgraduate
Certificate in Special Educational Needs Coordination, 60 credits at Level 7.
April 2009, 2008-era vocabulary (CRB, DDA and the Disability Equality Duty,
SEN Code of Practice 2001, SENCO Regulations 2008, ECM, Soulbury, Two Ticks,
RAISEonline, P scales, IDP, Bercow Review).

Layout (a kind of document not in the earlier sets: a council recruitment pack)
-------------------------------------------------------------------------------
The lead council sends the recruitment pack it issued for a second programme
tutor post, because its section 3 is the agreed description of the programme.
- A one-cell shaded box at the top: a short note to the TDA panel.
- A cover block: Title style, a two-column "post at a glance" table (Reference,
  Grade, Hours ...), a contents list.
- 1 A letter to applicants from the Head of Inclusion (values, ECM as belief).
- 2 The Partnership: partners, history (an old unaccredited course and an old
  "fast-track" portfolio route), the Steering Group, the 2008 survey and what
  changed, a team table with a vacant row, contributors.
- 3 The programme, in Heading 2 sub-sections: award, aims, entry and APL,
  needs analysis and ITP, routes, the Learning Platform, three units, the
  journal, three assignments, marking, evaluation, tutors and mentors,
  resources and venues, the end of the course.
- 4 A job description: a field table, purpose, sixteen duties in a Word
  numbered list (the numbers are not in the text).
- 5 A person specification: a four-column table (Essential / Desirable /
  Assessed by) with a merged row per area, and a key.
- 6 Terms and conditions (salary, safeguarding, induction, equal
  opportunities). 7 How to apply and the selection day.
- Page header; a footer carrying the council's safeguarding and CRB line.
Heading 1 for sections, Heading 2 for section 3's parts.

Traps and the requirement ids they affect
-----------------------------------------
- 1.1 partially_met: the programme's aims are about attainment and progress
  only ("close the gap in attainment ..."); well-being and the five ECM
  outcomes appear only as beliefs in the Head of Inclusion's letter.
- 6.K2 not_met: ECM is never taught or assessed; the letter's belief and the
  person specification's "Every Child Matters" (a tutor's knowledge) are not
  evidence.
- 1.5 partially_met and 6.S7 partially_met: one Unit 2 session on involving
  pupils in their IEP reviews; not assessed (Assignment 2 names parents and
  agencies, not pupils); the person specification's "Experience of developing
  pupil voice" is about the tutor.
- 1.9 partially_met and 6.0 partially_met: blanket claim "Together the three
  assignments assess every one of the national minimum outcomes", award on
  passing the three assignments, while several outcomes are not assessed.
- 2.3 not_met: the old "fast-track" route is a past arrangement; the new one
  is only on the Steering Group's agenda; duty 16 is conditional.
- 2.4 partially_met: ITP tailoring is real, but cost-effectiveness is only the
  aim "represents value for money for their school".
- 3.1 partially_met: the only arrangement for participants is accessible
  venues with hearing loops; "Two Ticks" and interview adjustments concern job
  applicants (wrong context).
- 3.3 partially_met: the Learning Platform gives peer support between
  sessions, but tutors stay out of it and keep queries for session days.
- 5.3 not_met: the CRB check is on the post-holder (terms and footer); the
  nomination form confirms only QTS and employment.
- 5.5 partially_met: specialists contribute, but a special-school visit only
  "on request".
- 5.8 partially_met: first marking and standardisation, but second marking
  and the external examiner are "being agreed".
- 5.9 partially_met: confidence measured by repeating the self-audit; pupil
  impact only "We hope in time ...".
- Outcomes taught but not assessed: 6.A3 (journal not marked), 6.A7 (next
  steps plan), 6.K4, 6.K7, 6.S2b. Optional focus: 6.S4 ("may focus").
  6.S6 partial: review with staff, no link to school self-evaluation.
- 6.S2c not_met (absent). 6.S2d not_met: JCQ access arrangements appear only
  as a desirable tutor attribute.
- Met despite appearances: 5.2 (entry conversation and deferral), 2.1 (APL
  and APEL), 4.1-4.3, 5.4 (current team, not the person specification), 5.7
  (tutor induction, handbook, mentor guide and twilight).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("da-01-corrisdale-recruitment-pack.docx")

doc = Document()
doc.core_properties.author = "Corrisdale County Council HR Services"
doc.core_properties.title = "Recruitment pack CYP/09/117 Programme Tutor SENCO Award"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
for name, size in (("Heading 1", 14), ("Heading 2", 11), ("Title", 22)):
    s = doc.styles[name]
    s.font.name = "Arial"
    s.font.size = Pt(size)
    s.font.color.rgb = RGBColor(0x00, 0x4B, 0x6E)

TEAL = "DCEBF0"


def P(text="", bold=False, italic=False, size=None, align=None, style=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def H1(t):
    return doc.add_heading(t, level=1)


def H2(t):
    return doc.add_heading(t, level=2)


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def ctext(cell, text, bold=False, italic=False, size=9):
    cell.text = ""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        r.font.size = Pt(size)


def table(rows, header=True, widths=None, size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            ctext(c, v, bold=header and i == 0, size=size)
            if header and i == 0:
                shade(c, TEAL)
            if widths:
                c.width = Cm(widths[j])
    return t


def numbered(items):
    for it in items:
        doc.add_paragraph(it, style="List Number")


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


# ------------------------------------------------------------- header and footer
sec = doc.sections[0]
hr = sec.header.paragraphs[0].add_run(
    "Corrisdale County Council \u00b7 Children and Young People's Directorate \u00b7 Recruitment pack CYP/09/117")
hr.font.size = Pt(7)
fr = sec.footer.paragraphs[0].add_run(
    "Corrisdale County Council is committed to safeguarding and promoting the welfare of children and young "
    "people and expects all staff to share this commitment. This post is subject to an enhanced CRB disclosure.")
fr.font.size = Pt(7)

# ------------------------------------------------------------- note to the panel
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
shade(box.cell(0, 0), "FFF4D6")
ctext(box.cell(0, 0),
      "Note for the TDA approval panel\n"
      "This pack was sent to prospective applicants on 14 April 2009 for our second tutor post. We enclose it with "
      "our application because section 3, written by the Programme Leader and approved by the Partnership Steering "
      "Group on 2 April 2009, is the agreed description of the programme as the University of Elverstone validated "
      "it in March 2009. Sections 4 to 7 are as issued to applicants. Marion Keyworth, Head of Inclusion and "
      "Additional Needs.", size=9)
box.cell(0, 0).paragraphs[0].runs[0].bold = True

# ------------------------------------------------------------- cover
P("")
doc.add_paragraph("Recruitment Pack", style="Title")
P("Programme Tutor \u2013 SENCO Award (0.6 FTE)", bold=True, size=14)
P("Corrisdale and Whitlow SENCO Award Partnership", size=12)
glance = table([
    ["Reference", "CYP/09/117"],
    ["Grade", "Soulbury 9\u201312 plus up to 3 SPA points (pro rata)"],
    ["Hours", "22.2 hours a week (0.6 FTE), including some twilight sessions"],
    ["Contract", "Fixed term to 31 August 2011"],
    ["Base", "Learning and Inclusion Centre, Ashby Road, Corrisdale, with travel to schools in both authorities"],
    ["Closing date", "Friday 8 May 2009, 12 noon"],
    ["Interviews", "Wednesday 20 May 2009"],
    ["Informal enquiries", "Dr Helen Marsh, Programme Leader, 01632 960 418"],
], header=False, widths=[4, 12])
for r in glance.rows:
    shade(r.cells[0], TEAL)
    r.cells[0].paragraphs[0].runs[0].bold = True
P("")
P("In this pack", bold=True)
for line in ("1  A letter from the Head of Inclusion", "2  The Partnership", "3  The SENCO Award programme",
             "4  Job description", "5  Person specification", "6  Terms and conditions",
             "7  How to apply and the selection day"):
    P(line)

# ------------------------------------------------------------- 1 letter
H1("1  A letter from the Head of Inclusion")
P("Dear Applicant")
P("Thank you for your interest in this post. In Corrisdale and Whitlow we believe that every child matters: that "
  "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
  "well-being belong to children with special educational needs every bit as much as to anyone else. Our SENCOs "
  "are the people who turn that belief into daily practice in more than 280 schools, and training them well is one "
  "of the most important things the two authorities do together.")
P("The Partnership has trained new SENCOs since 2004. From September 2009 our course becomes a postgraduate award, "
  "and the second tutor post described here will help us to teach two cohorts a year. We are looking for an "
  "experienced SENCO or SEN adviser who enjoys working with adults, writes and marks with care and can hold a room "
  "of busy teachers on a Thursday afternoon.")
P("I hope this pack tells you what you need. If it does not, please ring Helen Marsh, who will be glad to talk to you.")
P("Yours faithfully")
P("Marion Keyworth")
P("Head of Inclusion and Additional Needs, Corrisdale County Council")

# ------------------------------------------------------------- 2 partnership
H1("2  The Partnership")
P("The Corrisdale and Whitlow SENCO Award Partnership brings together Corrisdale County Council (the lead partner "
  "and employer for this post), Whitlow City Council, Brookvale School (a Whitlow special school for pupils with "
  "moderate learning difficulties, autism and complex needs) and Oakhurst Community College, a training school. The "
  "University of Elverstone's Faculty of Education validates the award and is represented on the Partnership by "
  "its link tutor.")
H2("Where we have come from")
P("From 2004 to 2008 the Partnership ran a ten-day 'New to SENCO' course which was not accredited; 140 teachers "
  "completed it. Until 2008 we also offered a 'fast-track' assessment for experienced teachers from the support "
  "services, who could submit a portfolio for a Partnership certificate without attending; that route ended with the "
  "old certificate. Whether to offer an assessment-only route for the new award is on the Steering Group's agenda "
  "for July 2009.")
H2("How the Partnership is run")
P("The Partnership Steering Group meets once a term. It is chaired by Whitlow's Principal Officer (SEN), and its "
  "members are two primary headteachers and one secondary headteacher, the headteacher of Brookvale, the University "
  "link tutor, a parent representative nominated by the Corrisdale Parent Partnership Service, one SENCO from each "
  "completed cohort and the Programme Leader. Each July the Steering Group receives the programme's annual "
  "evaluation report, questions the tutors on it and agrees the changes to be made for the next cohort; it also "
  "approves the admissions policy and hears any appeal about a place.")
H2("What schools and families told us")
P("In June 2008 we surveyed every maintained school in the two authorities (286 schools); 171 SENCOs and 94 "
  "headteachers replied. We also held two focus groups for parents through the Parent Partnership Services in "
  "Corrisdale and Whitlow. SENCOs most often asked for help with provision mapping (71 per cent), managing "
  "teaching assistants (64 per cent) and working with parents (58 per cent). Headteachers wanted SENCOs who can "
  "lead and advise the senior team rather than hold a caseload, and parents asked above all to be told early and "
  "plainly what was happening for their child.")
P("As a result, provision mapping now has a whole day of its own in Unit 3 and is the starting point of "
  "Assignment 3; the Unit 2 day on working with parents is planned and co-taught with the Parent Partnership "
  "Service; and headteachers are invited to the Unit 3 launch twilight, where they and their SENCOs agree the "
  "focus of the school-based project together.")
H2("The team")
table([
    ["Name", "Role", "Background"],
    ["Dr Helen Marsh", "Programme Leader (0.8 FTE)",
     "SENCO in two secondary schools 1993\u20132002; County SEN Adviser since 2003; MA (SEN); EdD (Elverstone, "
     "2007) on the SENCO as school leader; trained Ofsted additional inspector."],
    ["Gareth Pryce", "Programme Tutor (0.6 FTE)",
     "SENCO in a Whitlow primary school for nine years; Advanced Diploma in Specific Learning Difficulties (AMBDA); "
     "leads Whitlow's Learning Support Team."],
    ["Vacant", "Programme Tutor (0.6 FTE)", "This post."],
    ["Dr Anita Solanki", "University link tutor",
     "Senior Lecturer in Inclusive Education, University of Elverstone; leads the MA Inclusive Education; teaches "
     "the research sessions in Units 1 and 3."],
], widths=[3.5, 4, 9])
P("")
P("All tutors have a professional development day each term, attend the NASEN annual conference in rotation and "
  "take part in the University's annual learning and teaching conference; the Programme Leader circulates a "
  "termly digest of new research, Ofsted reports and DCSF guidance to the team.")
P("Regular contributors include Sian Howells, Senior Educational Psychologist for Corrisdale; speech and language "
  "therapists from Corrisdale and Whitlow PCT; the Parent Partnership Services; the Brookvale ASD Outreach Team; and "
  "volunteers from the Whitlow branch of the Dyslexia Association.")

# ------------------------------------------------------------- 3 programme
H1("3  The SENCO Award programme")
H2("The award")
P("Successful participants receive the Postgraduate Certificate in Special Educational Needs Coordination of the "
  "University of Elverstone: 60 credits at Level 7 (Masters level), made up of three 20-credit units. The "
  "University validated the programme in March 2009 and confers the award; the Partnership teaches, tutors and "
  "first-marks.")
H2("Aims")
P("The programme aims to raise the attainment and accelerate the progress of pupils with SEN and/or disabilities "
  "in participants' schools by developing teachers who can lead the coordination of SEN provision. In particular "
  "it aims to help participants close the gap in attainment between pupils with SEN and their peers at every key "
  "stage, and to lead colleagues in doing so.")
H2("Who the programme is for, and how places are offered")
P("The programme is for qualified teachers who have been appointed SENCO, or who will take up the role within "
  "twelve months, in a maintained school in Corrisdale or Whitlow. The headteacher nominates the teacher on the "
  "Partnership nomination form, which records the school's reasons for the nomination and confirms that the "
  "nominee holds QTS and is employed in a teaching post at the school.")
P("Each nominee completes the Starting Point self-audit against the national outcomes and meets the Programme "
  "Leader for a forty-minute entry conversation. Where the audit and the conversation show that the nominee is not "
  "yet ready to meet the outcomes within the year (for example a teacher with little experience of pupils with "
  "SEN), the Programme Leader writes to the headteacher recommending the authority's six-session 'Foundations of "
  "SEN' course first and a place on the following cohort.")
P("Prior certificated study at Level 7, for example units of an MA, may be accredited up to 20 credits under the "
  "University's regulations for the accreditation of prior learning. Experienced SENCOs may instead claim up to 20 "
  "credits for prior experiential learning by submitting a portfolio mapped to the Unit 1 learning outcomes; the "
  "Programme Leader assesses the portfolio and the University's APL panel confirms the credit.")
H2("Needs analysis and the Individual Training Plan")
P("In the first four weeks the tutor visits each participant in school. The Starting Point self-audit is checked "
  "at a tutorial with the tutor and the participant's line manager and turned into an Individual Training Plan: "
  "three to five personal targets against the national outcomes, the sessions the participant must attend and "
  "those he or she may replace with directed reading, and the focus of each assignment. The plan is reviewed at "
  "the mid-point tutorial in February. We aim to give every participant a high-quality, personalised experience "
  "that represents value for money for their school.")
H2("Routes and timing")
P("There are two start points a year, in September and in January. The September cohort takes the units in "
  "order; the January cohort takes Unit 2 first, then Unit 1 in the summer term and Unit 3 in the autumn. Each "
  "cohort can be followed on the day route (ten days at the Learning and Inclusion Centre, Corrisdale) or the "
  "twilight route (weekly twilights, 4.15 to 7.15 pm, at Oakhurst Community College, Whitlow), and a participant "
  "who misses a session on one route may attend it on the other. Participants normally complete in twelve months "
  "and must complete within twenty-four.")
P("Between sessions each participant meets three others from different schools in a learning set, hosted in turn "
  "in their schools, to share the school-based tasks and visit each other's provision.")
H2("The Learning Platform")
P("Session materials, readings and recorded presentations are posted on the Corrisdale Learning Platform, where "
  "each cohort also has a discussion area in which participants share work and ideas between sessions. Tutors do "
  "not take part in the discussion area, which belongs to the participants; questions for tutors are best kept for "
  "the session days, when time is set aside at lunch for individual queries.")
H2("Unit 1: The SENCO, the law and whole-school inclusion (20 credits)")
P("Unit 1 covers the SEN Code of Practice 2001 and the SEN Toolkit; the Education (Special Educational Needs "
  "Coordinators) (England) Regulations 2008; the Disability Discrimination Act 1995 as amended in 2005, the "
  "Disability Equality Duty and accessibility planning; school SEN policy; and the SENCO's place in the "
  "leadership of the school. Sessions use recent evidence, including Ofsted's 'Inclusion: does it matter where "
  "pupils are taught?' (2006), the Bercow Review of services for children with speech, language and communication "
  "needs (2008) and the DCSF Inclusion Development Programme (2008). Dr Solanki's session on reading and using "
  "research prepares participants for Assignment 1.")
H2("Unit 2: Identifying and meeting needs (20 credits)")
P("Unit 2 opens with a day on how children develop (language, thinking, social and emotional development) and how "
  "special educational needs, disability and the environment for learning affect that development, led by the "
  "Senior Educational Psychologist. Later sessions cover the most common types of need: behavioural, emotional and "
  "social difficulties; specific learning difficulties, including dyslexia; speech, language and communication "
  "needs (with the speech and language therapists); autistic spectrum disorders (with the Brookvale ASD Outreach "
  "Team); and moderate learning difficulties.")
P("Participants learn to use standardised tests, observation and the reports of educational psychologists, "
  "therapists and other professionals in planning teaching; to set targets and write and review IEPs; and to track "
  "progress with P scales, national test results and RAISEonline. One session looks at involving pupils in their "
  "IEP reviews. The day on working with parents, co-taught with the Parent Partnership Service, covers first "
  "conversations, annual reviews and handling disagreement. A multi-agency day covers the Common Assessment "
  "Framework and the services available to schools, including the voluntary sector. Teaching approaches and "
  "resources, including ICT such as Clicker 5, text-to-speech software and visual supports, run through the unit.")
P("Participants who would like to spend time in a special school can ask the Programme Leader to arrange a visit "
  "to Brookvale.")
H2("Unit 3: Leading and evaluating provision (20 credits)")
P("Unit 3 covers provision mapping and management (a full day); managing and deploying teaching assistants; "
  "observing teaching and giving feedback; coaching and mentoring colleagues; leading change; working with the "
  "senior leadership team and governors on the school's SEN policy, priorities and budget; evaluating provision "
  "with colleagues; and school self-evaluation, the SEF and Ofsted's framework for inspection.")
H2("The professional learning journal")
P("Throughout the year participants keep a professional learning journal, with a strand on managing their time, "
  "prioritising and delegating tasks in the SENCO role. The journal is discussed at tutorials but is not marked "
  "and does not count towards the award.")
H2("Assessment")
P("Each unit is assessed by one assignment, marked against the University's Level 7 assessment criteria.")
P("Assignment 1 (Unit 1): Policy and practice review, 4,000 words. A critical review of the school's SEN policy "
  "and practice against the SEN Code of Practice 2001, the SENCO Regulations 2008 and the school's duties under "
  "the Disability Discrimination Act, drawing on published research and inspection evidence, with recommendations "
  "for improving the participant's own and colleagues' practice.")
P("Assignment 2 (Unit 2): Case study of two pupils, 4,000 words with appendices. Two pupils with different types "
  "of need: how the needs were identified; the assessments used, including those of other professionals; the "
  "targets set and the interventions planned; the approaches and resources (including ICT) chosen and why; how "
  "progress was reviewed; and how the participant worked with the pupils' parents and with at least one outside "
  "agency. The case study explains the decisions taken and the alternatives rejected, and includes the record of "
  "a meeting with each pupil's parents. Tutors judge the participant's relationships with the pupils and their "
  "families from these records and from the headteacher's witness statement.")
P("Assignment 3 (Unit 3): Leading a change in provision, 3,000 words and a fifteen-minute presentation. The "
  "participant builds a provision map for a year group or key stage, identifies ineffective or missing provision, "
  "plans and leads a change with colleagues (including coaching at least one colleague through observation and "
  "feedback), takes baseline and follow-up measures of the pupils' progress and reviews the effectiveness of the "
  "change with the staff involved. The participant presents the findings to the headteacher and a governor, "
  "normally the SEN governor, takes their questions and appends a note of the commitments secured and a statement "
  "from the headteacher on the difference made in school. The project may focus on the deployment of teaching "
  "assistants, where that is the school's priority. The marking grid includes the clarity of written and spoken "
  "communication.")
P("Together the three assignments assess every one of the national minimum outcomes. The University awards the "
  "Postgraduate Certificate to participants who pass all three assignments.")
H2("Marking")
P("Each assignment is first-marked by the tutor against the University's Level 7 criteria, using a marking grid "
  "that names the outcomes the assignment tests. Before each marking period the tutors meet for a standardisation "
  "morning with sample scripts. Arrangements for second marking and for an external examiner are being agreed with "
  "the University.")
H2("Evaluation")
P("Each session is evaluated on a one-page form, each unit ends with an online questionnaire, and participants "
  "repeat the Starting Point self-audit at the end of the course so that we can compare their confidence and "
  "competence ratings before and after. The tutor team reviews the returns each term. The University's annual "
  "monitoring review adds an external view, and the Programme Leader writes an annual evaluation report for the "
  "Steering Group each July with an action plan for the next cohort. We hope in time to look at whether pupils in "
  "participants' schools make better progress, perhaps using the two authorities' SEN data.")
H2("Tutors and mentors")
P("New tutors complete the University's one-day associate tutor induction, receive the Programme Tutor Handbook "
  "and shadow an experienced tutor for their first half-term; every tutor attends the standardisation mornings. "
  "Each participant's headteacher names a school mentor, normally a member of the senior leadership team. Mentors "
  "receive the Mentor Guide and are invited to a briefing twilight in October, and the tutor agrees the mentor's "
  "part in the Individual Training Plan at the first school visit.")
H2("Resources and venues")
P("Participants may borrow from the Learning Support Service resource base at the Learning and Inclusion Centre: "
  "standardised assessments, screening tools, laptops loaded with assistive software and communication aids from "
  "the ASD Outreach Team. Every participant is registered as an associate student of the University, with access "
  "to its library and electronic journals. Sessions are held at the Learning and Inclusion Centre and Oakhurst "
  "Community College, both fully accessible buildings with hearing loops.")
H2("At the end of the course")
P("In the final tutorial the tutor helps each participant write a next-steps plan setting two or three "
  "professional targets for the following year, which the participant takes to his or her performance management "
  "review with the headteacher. The University's MA Inclusive Education accepts the 60 credits towards the Masters "
  "degree.")

# ------------------------------------------------------------- 4 job description
H1("4  Job description")
jd = table([
    ["Post title", "Programme Tutor \u2013 SENCO Award"],
    ["Directorate", "Children and Young People's Directorate, Inclusion and Additional Needs"],
    ["Grade", "Soulbury 9\u201312 plus up to 3 SPA points"],
    ["Responsible to", "Programme Leader, SENCO Award"],
    ["Responsible for", "No line management responsibility"],
    ["Works closely with", "Partnership tutors, University link tutor, school mentors, headteachers, "
                           "support services"],
], header=False, widths=[4, 12])
for r in jd.rows:
    shade(r.cells[0], TEAL)
P("")
P("Purpose of the post", bold=True)
P("To teach, tutor and assess teachers on the Partnership's SENCO Award, and to contribute to the programme's "
  "development and evaluation.")
P("Main duties and responsibilities", bold=True)
numbered([
    "Plan and teach sessions in Units 2 and 3 on both the day and the twilight route.",
    "Visit each allocated participant in school within four weeks of the start of the course, carry out the "
    "needs-analysis tutorial and agree the Individual Training Plan with the participant and line manager.",
    "Hold the mid-point and final tutorials, including the next-steps plan.",
    "First-mark assignments against the University's criteria and attend every standardisation morning.",
    "Brief school mentors at the October twilight and keep in touch with each mentor at least once a term.",
    "Arrange the contributions of outside specialists to Unit 2 and make sure they are briefed on the session's "
    "purpose.",
    "Support the participants' learning sets and visit at least one meeting of each set during the year.",
    "Keep accurate records of attendance, tutorials and assessment on the Partnership database.",
    "Collate session evaluations for the units taught and contribute to the annual evaluation report.",
    "Keep up to date with research, legislation and national guidance on SEN and disability.",
    "Take part in the Partnership's termly professional development days.",
    "Represent the Partnership at SENCO network meetings in both authorities.",
    "Comply with the Council's policies on equalities, health and safety, data protection and safeguarding.",
    "Carry out other duties in keeping with the grade, as agreed with the Programme Leader.",
    "Contribute to recruitment and the entry conversations when the Programme Leader is unavailable.",
    "Take part in developing an assessment-only route, should the Steering Group decide to offer one.",
])

# ------------------------------------------------------------- 5 person specification
H1("5  Person specification")
ps_rows = [
    ["Area", "Essential", "Desirable", "Assessed by"],
    ["Qualifications", "", "", ""],
    ["", "Qualified teacher status", "", "A"],
    ["", "Masters degree in SEN or inclusion, or equivalent", "Doctorate; AMBDA or equivalent specialist "
                                                          "qualification", "A"],
    ["Experience", "", "", ""],
    ["", "At least three years as a SENCO", "Experience of developing pupil voice, for example through a "
                                            "school council or pupil participation work", "A, I"],
    ["", "Leading training for teachers or support staff", "Assessing work at Masters level; "
                                                           "experience of online tutoring", "A, I, T"],
    ["Knowledge", "", "", ""],
    ["", "SEN Code of Practice 2001; Disability Discrimination Act; Every Child Matters",
     "JCQ examination access arrangements", "A, I"],
    ["", "Current research on meeting special educational needs", "", "I, P"],
    ["Skills", "", "", ""],
    ["", "Clear writing and careful, constructive feedback on written work", "", "T"],
    ["", "Presenting to groups of adults", "", "P"],
    ["Other", "", "", ""],
    ["", "Able to travel across both authorities", "Full driving licence", "A"],
    ["", "Satisfactory enhanced CRB disclosure", "", "R"],
]
ps = table(ps_rows, widths=[2.8, 6, 5.2, 2])
for i, row in enumerate(ps_rows):
    if i and row[0]:
        m = ps.cell(i, 0).merge(ps.cell(i, 3))
        ctext(m, row[0], bold=True)
        shade(m, "EEEEEE")
P("Key: A application form; I interview; T written task; P presentation; R references and pre-employment checks.",
  italic=True, size=8)

# ------------------------------------------------------------- 6 terms
H1("6  Terms and conditions")
P("Salary. Soulbury 9\u201312 (\u00a338,207 to \u00a341,085 full time from 1 September 2008) plus up to three "
  "structured professional assessment points, paid pro rata at 0.6.")
P("Pension. The post is pensionable under the Teachers' Pension Scheme or the Local Government Pension Scheme.")
P("Travel. Essential car user allowance at the Council's rates.")
P("Safeguarding. The successful applicant will be required to complete an enhanced CRB disclosure before taking "
  "up the post, and references will be taken up before interview.")
P("Induction. The post-holder will complete the University's associate tutor induction in June 2009 and shadow "
  "Gareth Pryce during the first half-term.")
P("Equal opportunities. Corrisdale County Council is a Two Ticks employer: we guarantee an interview to disabled "
  "applicants who meet the essential criteria, and we will make reasonable adjustments at interview. Please tell "
  "us on the application form what you need.")

# ------------------------------------------------------------- 7 apply
H1("7  How to apply and the selection day")
P("Please complete the Council's application form (we do not accept CVs) and a supporting statement of no more "
  "than two sides showing how you meet the person specification. Return it to Recruitment, Corrisdale County "
  "Council, County Hall, Corrisdale, by 12 noon on Friday 8 May 2009.")
P("Shortlisting will take place on 11 May. On 20 May shortlisted candidates will mark an anonymised assignment "
  "extract against the criteria and write feedback (45 minutes), give a ten-minute presentation on 'What makes an "
  "effective SENCO?' and be interviewed by a panel of Helen Marsh, Marion Keyworth, a primary headteacher from the "
  "Steering Group and a SENCO from the 2008 cohort.")

doc.save(OUT)
print("wrote", OUT)
