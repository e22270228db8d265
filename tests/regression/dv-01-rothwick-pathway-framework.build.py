"""Build dv-01-rothwick-pathway-framework.docx (blind test application).

KIND OF DOCUMENT
  A council's published professional development pathway framework for the
  children's workforce ("Growing Inclusive Practice: the Rothwick SEN and
  Inclusion Professional Development Pathway 2009-2012, Schools and Early
  Years"), a tiered progression framework of five Steps from all-staff
  awareness to Masters study. It is sent to the TDA as it was published to
  schools and settings, with the Step 4 profile (the National Award) extended
  for the panel, and with the unit officers' Word comments still in it.

PROVIDER (invented)
  Rothwick City Council, Children's Services (integrated children's services
  directorate), Workforce Development Unit (Schools and Early Years), "the
  WDU", in partnership with Rothwick Riverside University (post-1992, formerly
  Rothwick Polytechnic), School of Education and Childhood Studies.
  People: Pauline Merriman (Head of the WDU), Ayesha Rahman (Senior Adviser,
  SEN and Inclusion, WDU; Step 4 co-leader), Dr Tom Haverstock (Principal
  Lecturer, RRU; Step 4 programme leader), Dr Marcus Idowu (Senior Lecturer,
  former educational psychologist), Gill Penrose (Early Years Workforce
  Lead), Catherine Bayliss (Sensory and Communication Service), Kevin Doyle
  (learning technologies officer).
  Award: Postgraduate Certificate in Leading SEN Coordination (National Award
  for SEN Coordination), 60 credits at Level 7, three 20-credit units.

LAYOUT
  Document-control table; a shaded one-cell "note for the approval panel"
  saying that only Section 6 (Step 4) is the programme for approval; Heading
  styles with typed section numbers (1, 2.1 ... 6.17) that collide with
  requirement ids ("2.3 Moving between steps", "3.3 Learning online at
  Steps 1 and 2"); a landscape-free "Pathway at a glance" table with a merged
  title row; step profiles for Steps 1-3 and 5 (not the award) before the
  long Step 4 profile; a session table whose session numbers (1.1 ... 3.6)
  collide with requirement ids; Annex A outcome map with merged group rows
  (Attributes / Knowledge / Skills) and columns "Where it is developed" and
  "How it is assessed for the award"; page header and footer; three Word
  comments by the officers.

TRAPS (requirement ids affected)
  Wrong step (arrangements of other Pathway steps, not the award):
  - 2.3  Step 3's "portfolio route" (assessment without the taught course,
         section 4.1) is for the specialist certificates; far away, in 6.11,
         the document says no one can be assessed for the award without
         taking the taught programme. -> not_met (wrong-context + distant
         negation).
  - 3.3  Steps 1 and 2 use the Rothwick Learning Gateway with e-tutors
         (section "3.3 Learning online"); 6.8 says Step 4 is taught entirely
         face to face and does not use the Gateway. -> not_applicable.
  - 5.7  Early Years strand mentors take a two-day mentoring course (4.2);
         Step 4 school mentors only receive "Step 4 Mentor Notes"; tutors
         are covered by university staff development and team
         standardisation. -> partially_met.
  - 6.K4 Child development is taught only in the Step 3 Early Years strand
         (4.2); no Step 4 session or row. -> not_met.
  - 6.S2c, 6.S2d  Assessment for learning and access arrangements are in the
         Step 2 course "Assessment for All" (3.2). Annex A has no row for
         S2c; its S2d row says "Not part of Step 4". -> not_met (both).
  Comments (not part of the submission):
  - 5.3  Enhanced CRB disclosure appears only in Ayesha Rahman's comment on
         the nomination paragraph; the body says nothing. -> not_met.
  - 4.3  Pauline Merriman's comment says the Heads' Forum has not been asked
         to join the review group; the body only "would welcome" heads and
         the Parent Carer Forum in evaluation; stakeholders do teach and host.
         -> partially_met.
  - 5.9  Tom Haverstock's comment floats before/after pupil measures; the
         body has the repeated Entry Profile (participants' confidence) and
         "we hope in future" to look at pupils. -> partially_met.
  Header/footer:
  - 3.1  The footer says venues are accessible and adjustments made for
         every learner; the body (6.11) only offers alternative formats and
         cites the Council's Single Equality Scheme. -> partially_met.
  Value statement / topic only:
  - 1.5, 6.S7  The "Heard and Counted" participation strategy (values) and
         Session 2.3 "Listening to children" (a topic); Task 2 "may include"
         the pupil's views. -> partially_met (both).
  Conditional:
  - 5.5  Specialist contributors are concrete, but visits only if participants "may ask us to
         arrange a visit" and "we will try to find a host". -> partially_met.
  Blanket claim:
  - 6.0, 1.9  6.10 "Step 4 covers every one of the national minimum
         outcomes for SENCOs, so anyone who passes ... has met them"; pass rule is three
         tasks at 40% plus attendance; Annex A shows gaps and formative-only
         rows. -> partially_met (both).
  Distant negation:
  - 6.K3 Annex A says Task 1 assesses disability equality law; 6.9 says that
         from January 2009 the accessibility plan and Disability Equality
         Scheme "are no longer assessed". Session 1.3 teaches it.
         -> partially_met.
  Formative only / optional / not assessed (Criterion 6):
  - 6.A3, 6.A4, 6.K7, 6.S6 only in the unmarked Professional Learning
    Journal; 6.A7 the Next Steps plan "is not marked"; 6.S5 coaching cycle
    "may" be one of the project's activities. -> partially_met.
  Met in the layout's own way: E.1, E.2 (6.1); 1.1 (6.2); 1.2, 1.8 (6.6,
  Task 3); 1.3 (session list citations and reading list review); 1.4, 1.6,
  1.7 (sessions and tasks); 2.1 (6.5 APCL and APEL with the claim process);
  2.2 (6.4 Entry Profile against the national outcomes and the Personal
  Learning Plan; contrast 2.2's Pathway Self-Review, which is generic);
  2.4 (6.4, 6.17); 2.5 (6.16); 3.2 (6.8); 4.1 (section 1 survey figures);
  4.2 (6.14 "what we changed"); 5.1 (6.15); 5.2 (6.3); 5.4, 5.6 (6.12);
  5.8 (6.10); outcome rows met where Annex A names a session and a marked
  task (A1, A2, A5, A6, K1, K2, K5, K6, K8, K9, S1, S2, S2a, S2b, S3, S4,
  S8, S9).
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dv-01-rothwick-pathway-framework"
OUT = os.path.join(HERE, NAME + ".docx")

doc = Document()
normal = doc.styles["Normal"]
normal.font.name = "Calibri"
normal.font.size = Pt(10.5)
normal.paragraph_format.space_after = Pt(5)
for lvl, size, colour in ((1, 15, "5B2C6F"), (2, 12, "5B2C6F"), (3, 11, "333333")):
    hs = doc.styles["Heading %d" % lvl]
    hs.font.name = "Calibri"
    hs.font.size = Pt(size)
    hs.font.color.rgb = RGBColor.from_string(colour)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = (
    "Rothwick Children's Services  |  Workforce Development Unit  |  Schools and Early Years")
sec.footer.paragraphs[0].text = (
    "Growing Inclusive Practice, Edition 1.2. Rothwick City Council is committed to "
    "equality: every Pathway venue is accessible and reasonable adjustments are made for "
    "every learner who needs them.")
for p in (sec.header.paragraphs[0], sec.footer.paragraphs[0]):
    for r in p.runs:
        r.font.size = Pt(8)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def H(level, text):
    return doc.add_heading(text, level=level)


def P(text, bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


def bullets(items):
    for t in items:
        doc.add_paragraph(t, style="List Bullet")


def table(rows, widths=None, header=True, font=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            para = c.paragraphs[0]
            run = para.add_run(val)
            run.font.size = Pt(font)
            if header and i == 0:
                run.bold = True
                shade(c, "E8DAEF")
            if widths:
                c.width = Cm(widths[j])
    return t


def comment(paragraph, text, author, initials):
    doc.add_comment(paragraph.runs, text=text, author=author, initials=initials)


# ------------------------------------------------------------------ cover
p = doc.add_paragraph()
r = p.add_run("Growing Inclusive Practice")
r.bold = True
r.font.size = Pt(24)
r.font.color.rgb = RGBColor.from_string("5B2C6F")
p = doc.add_paragraph()
r = p.add_run("The Rothwick SEN and Inclusion Professional Development Pathway 2009-2012\n"
              "Schools and Early Years")
r.font.size = Pt(14)
p = doc.add_paragraph()
r = p.add_run("Edition 1.2, February 2009, with the extended Step 4 profile prepared for the "
              "TDA approval panel")
r.italic = True

table([
    ["Document control", ""],
    ["Owner", "Pauline Merriman, Head of Workforce Development (Schools and Early Years), "
              "Rothwick Children's Services"],
    ["Approved by", "Rothwick Children's Trust Workforce Strategy Group, 14 January 2009"],
    ["University partner", "Rothwick Riverside University, School of Education and Childhood "
                           "Studies"],
    ["Review date", "July 2010"],
    ["Enquiries", "Workforce Development Unit, Eastfield Professional Development Centre, "
                  "Granary Lane, Rothwick. wdu.pathway@rothwick.gov.uk"],
], widths=[4, 12])

doc.add_paragraph()
note = doc.add_table(rows=1, cols=1)
note.style = "Table Grid"
c = note.cell(0, 0)
shade(c, "FCF3CF")
c.text = ""
c.paragraphs[0].add_run("A note for the approval panel. ").bold = True
c.paragraphs[0].add_run(
    "This is the Pathway as we published it to Rothwick schools and early years settings in "
    "February 2009. Section 6, the Step 4 profile, has been extended for you: it describes the "
    "Postgraduate Certificate in Leading SEN Coordination, which is the programme for which "
    "Rothwick City Council and Rothwick Riverside University seek approval as the National "
    "Award for SEN Coordination. Sections 1 to 5 describe the other Steps of the Pathway. They "
    "are not part of the award, but we have left them in so that you can see where the award "
    "sits and what comes before and after it.")

# ------------------------------------------------------------------ 1
H(1, "1  Why a Pathway?")
P("Rothwick's children's workforce is large and varied. Across our 104 schools, 70 "
  "private, voluntary and independent early years settings, nine children's centres and "
  "two maintained nursery schools, around 5,200 adults work every day with children who "
  "have special educational needs or disabilities. Until now their training has come to "
  "them as a list of separate courses, booked one at a time, with no clear way of seeing "
  "what to do next or how one course leads to another.")
P("The Pathway changes that. It arranges everything the Workforce Development Unit (WDU) "
  "and our partners offer on SEN and inclusion into five Steps, from the awareness every "
  "adult in a school or setting needs, to the Masters study that a few will go on to. Each "
  "Step builds on the one before, and credit earned at Steps 3 and 4 can be carried "
  "forward. The Pathway is built on the Common Core of Skills and Knowledge for the "
  "Children's Workforce and on the Children's Plan (2007), and it answers the national "
  "requirement that every teacher new to the SENCO role from September 2009 gains the "
  "National Award for SEN Coordination within three years.")
P("What schools and settings told us. ", bold_lead=None)
doc.paragraphs[-1].runs[0].bold = True
P("Between April and July 2008 the WDU carried out a training needs analysis of the "
  "children's workforce. We surveyed every school and setting (87 of the 104 schools and 41 "
  "of the 70 settings replied), held four focus groups with SENCOs through the termly SENCO "
  "Network, interviewed eleven headteachers, and asked the Rothwick Parent Carer Forum what "
  "parents wanted SENCOs to be able to do. The headlines were these:")
bullets([
    "61 per cent of primary SENCOs and 48 per cent of secondary SENCOs had been in the role "
    "for under three years, and two in five had had no SEN training beyond their initial "
    "teacher training.",
    "Headteachers' first priorities for their SENCOs were provision mapping and the "
    "management of teaching assistants; their second was using data to show the progress of "
    "pupils with SEN.",
    "SENCOs most wanted help with the law and statutory processes, with working alongside "
    "health and social care, and with time.",
    "Parents asked that SENCOs listen to them early, explain what the school is doing and "
    "why, and involve their children in decisions.",
    "Early years settings wanted training that treats their staff as part of the same "
    "workforce as school staff, not as an afterthought.",
])
P("The Pathway, and Step 4 in particular, is our answer to those findings. Section 6.14 "
  "sets out what changed in the award because of them.")

# ------------------------------------------------------------------ 2
H(1, "2  The Pathway at a glance")
glance = table([
    ["Step", "For whom", "What it is", "Credit", "How and where"],
    ["", "", "", "", ""],
    ["1  Inclusion Foundation", "Every adult in a school or setting, including midday and "
     "office staff", "Inclusion Essentials e-module (3 hours) and the Inclusion Development "
     "Programme online units", "None", "Online, on the Rothwick Learning Gateway, any time"],
    ["2  Inclusive Classroom", "Class teachers, teaching assistants, early years "
     "practitioners", "Short courses of one to three sessions (see 3.2)", "None; certificate "
     "of attendance", "Eastfield PDC and cluster venues; some blended"],
    ["3  Specialist", "Teachers and practitioners taking a specialist role", "Specialist "
     "Certificates (SpLD, SLCN, autism) and the Early Years Area SENCO strand", "20 credits "
     "per module at Level 6 or 7 (RRU)", "RRU city campus and Eastfield PDC"],
    ["4  Leading", "Teachers in post as SENCO or designated to take it up", "Postgraduate "
     "Certificate in Leading SEN Coordination (National Award for SEN Coordination)",
     "60 credits at Level 7 (RRU)", "Face to face, two venues, two starts a year (see 6.8)"],
    ["5  Beyond the Award", "Experienced SENCOs and inclusion leaders", "MA Inclusive "
     "Education; NPQH; Local Leaders of Inclusion network", "Up to 180 credits at Level 7",
     "RRU and National College"],
], widths=[2.8, 3.3, 4.4, 2.6, 3.4])
# merge row 1 into a banner
row1 = glance.rows[1].cells
merged = row1[0].merge(row1[4])
merged.text = ""
br = merged.paragraphs[0].add_run("Steps 1-3 and 5 are not part of the National Award. "
                                  "Step 4 is the award.")
br.italic = True
br.font.size = Pt(9)
shade(merged, "F4ECF7")

H(2, "2.1  Who the Pathway is for")
P("The Pathway is for everyone in the Rothwick children's workforce who works with children "
  "with SEN or disabilities: in maintained schools, academies and independent schools in "
  "the city; in children's centres and maintained nursery schools; and in private, "
  "voluntary and independent early years settings. Most people will move through two or "
  "three Steps over several years. Nobody has to start at Step 1.")
H(2, "2.2  Finding your starting point: the Pathway Self-Review")
P("Anyone thinking about their next Step can complete the Pathway Self-Review, a two-page "
  "form based on the six areas of the Common Core (effective communication with children, "
  "young people and families; child and young person development; safeguarding; "
  "supporting transitions; multi-agency working; sharing information). You rate yourself in "
  "each area and talk it through with your line manager at your performance management "
  "review. The Self-Review suggests a Step; it is a conversation starter, not an entry test. "
  "Step 4 has its own, more detailed Entry Profile (see 6.4).")
H(2, "2.3  Moving between steps: credit and recognition")
P("Credit earned at Step 3 is credit of Rothwick Riverside University and can be carried "
  "into later study at the University under its credit accumulation and transfer "
  "scheme. Section 6.5 explains how this works for the award. Attendance certificates from "
  "Steps 1 and 2 carry no credit, but you can use them as evidence of your professional "
  "development.")

# ------------------------------------------------------------------ 3
H(1, "3  Steps 1 and 2: Foundation and Inclusive Classroom")
H(2, "3.1  Step 1: Inclusion Foundation")
P("Inclusion Essentials is a three-hour e-module that every adult in a Rothwick school or "
  "setting is asked to complete in their first term. It covers what we mean by inclusion, "
  "the SEN Code of Practice in outline, the five Every Child Matters outcomes, the language "
  "of disability, and who to go to in your school or setting. Schools and settings can also "
  "use the national Inclusion Development Programme units on dyslexia and on speech, "
  "language and communication needs, which are linked from the Gateway.")
H(2, "3.2  Step 2: Inclusive Classroom courses")
P("Step 2 is a menu of short courses for class teachers, teaching assistants and early "
  "years practitioners. In 2009-10 it includes:")
bullets([
    "Talking Matters: supporting speech, language and communication in the classroom (two "
    "sessions, with the Speech and Language Therapy Service).",
    "Understanding Autism (one day, with the Sensory and Communication Service).",
    "Behaviour for Learning (three twilights).",
    "Assessment for All (two twilights): assessment for learning in the inclusive classroom, "
    "with particular attention to pupils with SEN; and access arrangements for Key Stage 2 "
    "national tests and for GCSE, including the QCA and JCQ rules and deadlines, for "
    "teachers and examinations officers.",
    "Working with Teaching Assistants (one session for teachers; one for TAs).",
    "Early Communication (for early years practitioners, three sessions).",
])
H(2, "3.3  Learning online at Steps 1 and 2")
P("Steps 1 and 2 make full use of the Rothwick Learning Gateway, the Council's learning "
  "platform for the children's workforce. Step 1 is wholly online. Most Step 2 courses have "
  "an online part: materials and short tasks before and after each session, and a "
  "discussion board for each course which an e-tutor from the WDU visits twice a week. "
  "Participants can message their e-tutor at any time and receive a reply within two "
  "working days. Kevin Doyle, our learning technologies officer, runs a helpdesk for "
  "anyone who has difficulty logging in.")

# ------------------------------------------------------------------ 4
H(1, "4  Step 3: Specialist")
H(2, "4.1  Specialist Certificates")
P("Step 3 is for teachers and practitioners who are taking on a specialist role: a "
  "specialist teacher for specific learning difficulties, a lead for speech, language and "
  "communication, or an autism lead. Each Specialist Certificate is made up of two 20-credit "
  "modules of Rothwick Riverside University at Level 6 or Level 7, taught jointly by "
  "University staff and the WDU's specialist teachers.")
P("Experienced specialists, such as teachers already working in the Council's Sensory and "
  "Communication Service or in a special school, may use the portfolio route: they present "
  "a portfolio of evidence against the certificate's learning outcomes, with a professional "
  "discussion, and are assessed without attending the taught modules. The fee for the "
  "portfolio route is £350 per module.")
H(2, "4.2  The Early Years Area SENCO strand")
P("The Early Years strand is for Area SENCOs and for practitioners who lead SEN in private, "
  "voluntary and independent settings, most of whom are not qualified teachers. It has "
  "three modules: How Young Children Develop (child development from birth to five, the "
  "Early Years Foundation Stage, the Early Support developmental journal, and how "
  "disability, poverty and the home and setting environment affect development); "
  "Inclusive Practice in the Early Years; and Working with Families. Each participant has "
  "a mentor from the Area SENCO team. Every mentor on the strand first completes the WDU's "
  "two-day Mentoring in the Early Years course and meets the strand leader, Gill Penrose, "
  "each term to agree standards.")
P("Teachers with QTS who lead SEN in a nursery school or children's centre may take Step 4 "
  "instead (see 6.3).")

# ------------------------------------------------------------------ 5
H(1, "5  Step 5: Beyond the Award")
P("Step 5 is for SENCOs who have completed the award and want to go further. The University's "
  "MA Inclusive Education accepts the award's 60 credits towards its 180. The National "
  "College's NPQH is open to SENCOs who are on their school's leadership team. The Local "
  "Leaders of Inclusion network, which the WDU convenes each half term, brings together "
  "experienced SENCOs who support colleagues in other schools. Section 6.16 explains how "
  "Step 4 prepares participants for these choices.")

# ------------------------------------------------------------------ 6
H(1, "6  Step 4: Leading SEN Coordination (the National Award)")
H(2, "6.1  What the award is")
P("The Postgraduate Certificate in Leading SEN Coordination is an award of Rothwick "
  "Riverside University. It was validated by the University's Academic Standards Committee "
  "on 28 January 2009 as a Postgraduate Certificate of 60 credits at Level 7 (Masters "
  "level) of the Framework for Higher Education Qualifications, made up of three units of 20 "
  "credits each. Subject to TDA approval it is offered as the National Award for SEN "
  "Coordination. It is delivered jointly: the University is responsible for the award, its "
  "regulations, assessment and quality assurance, and the WDU for recruitment, venues, "
  "the links with schools and settings, and half of the teaching.")
H(2, "6.2  What it is for")
P("Step 4 has one purpose to which everything else answers: that children and young people "
  "with SEN or disabilities in participants' schools make better progress and are happier, "
  "healthier and safer as a result of what their SENCO learns. We mean progress in all five "
  "Every Child Matters outcomes, not test results alone. Each of the three assessed tasks is "
  "set in the participant's own school, and each asks the participant to show what "
  "difference their work made, or is making, for pupils.")
P("To get there, the award develops what a new SENCO needs to lead provision: knowing the "
  "law and the evidence; understanding the learners; planning, tracking and reviewing "
  "provision; leading and developing the adults around the child; and working with "
  "parents and carers, senior leaders and governors, and other services.")
H(2, "6.3  Who it is for and how places are allocated")
P("Step 4 is open to qualified teachers who are in post as the SENCO of a Rothwick school, "
  "nursery school or children's centre, or who have been designated by their headteacher "
  "to take up the role by the start of the course. Teachers from schools in neighbouring "
  "authorities may apply for any places not filled by 30 June.")
nom = P("Applicants are nominated by their headteacher on the Step 4 Nomination Form, which "
        "confirms that the applicant holds QTS, that the school will release them for the "
        "twelve study days, and who their school mentor will be (normally a member of the "
        "leadership team). The application itself asks for a short statement about the "
        "applicant's role and their school's provision for pupils with SEN.")
comment(nom, "Pauline - TDA guidance says providers must verify that every candidate has a "
        "current enhanced CRB disclosure. Could the Nomination Form ask heads to give the "
        "disclosure number and date? It isn't on the form yet.", "Ayesha Rahman", "AR")
P("Every applicant then has a 30-minute pre-course conversation with a Step 4 tutor, by "
  "telephone or at Eastfield, based on their Entry Profile (6.4). The tutor checks that the "
  "applicant has enough experience and knowledge of SEN to benefit from the award and to "
  "meet its outcomes within the year. Where an applicant is not yet ready, usually because "
  "they have very recently taken on the role with no previous SEN experience, the tutor "
  "writes to them setting out what to do first (normally one or two Step 2 or Step 3 "
  "courses and a term in the role) and Ayesha Rahman telephones the headteacher to agree a "
  "plan and a later start. In 2009-10 there are 48 places: 24 in each intake.")
H(2, "6.4  Before the course: the Entry Profile and the Personal Learning Plan")
P("The Step 4 Entry Profile lists each of the national minimum outcomes for SENCOs in "
  "turn. For each one the applicant rates their present knowledge or practice from 1 (new "
  "to me) to 4 (confident and can show it), and notes the evidence for the rating. Tutors "
  "use the Profile in the pre-course conversation to test the ratings: a teacher who rates "
  "herself a 4 on the Code of Practice because she has used it for years may not know the "
  "most recent guidance, for instance.")
P("At the first tutorial, in the first half term, the participant and tutor turn the Profile "
  "into a Personal Learning Plan: the three to five outcomes the participant will give most "
  "attention to, the study days and readings that bear on them, which Step 2 or Step 3 "
  "sessions (if any) the participant will attend as well, and how the assessed tasks will be "
  "shaped to their school. The Plan is reviewed at the second and third tutorials.")
H(2, "6.5  Recognising what you bring: credit for prior learning")
P("Participants who hold Level 7 credit in SEN from Rothwick Riverside or another "
  "university, gained in the last five years, may claim accreditation of prior certificated "
  "learning (APCL) for up to 20 credits, in place of Unit 2. A participant who has completed "
  "a Step 3 Specialist Certificate at Level 7 counts under this rule.")
P("Participants with substantial experience but no certificated learning, such as "
  "teachers who have led SEN in another school or worked in an LA support service, may "
  "claim accreditation of prior experiential learning (APEL) for up to 20 credits. An APEL "
  "claim is a portfolio, mapped against the unit's learning outcomes and the national "
  "outcomes it covers, with a 30-minute professional discussion with two tutors. Claims are "
  "made by the end of the first half term, are assessed by the University's APL panel, and "
  "the external examiner sees every successful claim. A participant may not claim more "
  "than 20 credits in total.")
H(2, "6.6  How the award is organised")
P("The award has three units, twelve study days (9.30 to 3.30), three individual tutorials "
  "of 45 minutes, and directed work in the participant's own school between study days. "
  "Unit 1 comes first. Units 2 and 3 may be taken in either order.")
P("The school-based work is the heart of the award. Each unit sets tasks that the "
  "participant carries out in their own school, such as reviewing the SEN policy with the "
  "headteacher, working with one pupil and their family over a term, or leading a change in "
  "provision, and each assessed task is built from that work. Participants keep a "
  "Professional Learning Journal throughout, with an entry after each study day and after "
  "each school-based task.")
H(2, "6.7  Units and study days")
table([
    ["Session", "Unit and content", "Led by"],
    ["Unit 1", "The SENCO, the Law and Policy (study days 1-3)", ""],
    ["1.1", "The SENCO's role and Every Child Matters: the five outcomes and what they mean "
     "for pupils with SEN; Removing Barriers to Achievement (2004); the Children's Plan; the "
     "Education (SENCO) Regulations 2008.", "T. Haverstock, A. Rahman"],
    ["1.2", "The law and the Code: Education Act 1996 Part 4; SENDA 2001; the SEN Code of "
     "Practice (2001), the graduated response, School Action and School Action Plus, "
     "statutory assessment and annual reviews.", "A. Rahman; Rothwick SEN Assessment Team"],
    ["1.3", "Disability equality: DDA 1995 and 2005, the disability equality duty, "
     "accessibility planning, reasonable adjustments; promoting positive attitudes to "
     "disabled people.", "M. Idowu; Rothwick Disability Equality Partnership"],
    ["1.4", "Using evidence: reading research and inspection reports critically; Ofsted (2004) "
     "Special educational needs and disability: towards inclusive schools; Ofsted (2006) "
     "Inclusion: does it matter where pupils are taught?; the Lamb Inquiry (2009, in "
     "progress); literature searching with the RRU library.", "T. Haverstock"],
    ["Unit 2", "Learners, Needs and Provision (study days 4-8)", ""],
    ["2.1", "Speech, language and communication needs (the Bercow Review, 2008) and autism.",
     "C. Bayliss; Speech and Language Therapy Service"],
    ["2.2", "Behavioural, emotional and social difficulties; dyslexia and specific learning "
     "difficulties; moderate learning difficulties.", "M. Idowu; Educational Psychology "
     "Service"],
    ["2.3", "Listening to children: the Rothwick participation strategy Heard and Counted; "
     "person-centred reviews.", "A. Rahman"],
    ["2.4", "Parents and carers as partners: Parent Partnership; a parent from the Rothwick "
     "Parent Carer Forum speaks about her family's experience.", "Rothwick Parent "
     "Partnership Service"],
    ["2.5", "The team around the child: the CAF and the lead professional; educational "
     "psychology, CAMHS, therapies, social care; voluntary organisations such as Rothwick "
     "Autism Family Link.", "A. Rahman; Integrated Working Team"],
    ["2.6", "Teaching approaches and ICT: waves of intervention, personalised learning; judging "
     "intervention evidence (Brooks, 2007); ICT to remove barriers (Clicker 5, Read&Write, "
     "symbol software, visual timetables).", "M. Idowu; Inclusion Resource Base"],
    ["2.7", "Identifying needs and setting targets: classroom observation, assessment, using "
     "the reports of educational psychologists and therapists; individual education plans "
     "and their review.", "M. Idowu"],
    ["Unit 3", "Leading and Developing Provision (study days 9-12)", ""],
    ["3.1", "Provision mapping and costing; finding ineffective or missing provision.",
     "T. Haverstock; A. Rahman"],
    ["3.2", "Tracking progress: P scales, RAISEonline, contextual value added; Key Stage "
     "results and GCSE outcomes for pupils with SEN.", "RRU; Rothwick Data Team"],
    ["3.3", "School self-evaluation, the SEF and SEN; reviewing the effectiveness of provision "
     "with class teachers and TAs.", "T. Haverstock"],
    ["3.4", "Leading adults: deploying and managing teaching assistants (the DISS project); "
     "observing, coaching and mentoring colleagues; planning INSET.", "A. Rahman"],
    ["3.5", "Managing the role: priorities, time and delegation; problem-solving with case "
     "discussion.", "A. Rahman"],
    ["3.6", "Task 3 presentations; Next Steps (see 6.16).", "Course team"],
], widths=[1.6, 11, 3.8])
P("Each year the course team reviews the reading list and the session content against new "
  "research, Ofsted reports and national guidance; the 2009-10 list adds the Bercow Review "
  "and the first reports of the DISS project.")

H(2, "6.8  Where, when and how: flexibility")
P("Step 4 is taught entirely face to face. It has no online units and participants do not "
  "use the Learning Gateway for the award; session materials are given out on paper and on "
  "a memory stick at each study day.")
P("Within that, we have made the award as easy to fit around a SENCO's year as we can:")
bullets([
    "Two starts a year: September (study days on Thursdays) and January (study days on "
    "Tuesdays), each intake of 24.",
    "Two venues: the University's city campus and Eastfield Professional Development Centre "
    "on the east side of the city, which has free parking and is on two bus routes. Each "
    "study day runs at both venues in the same week and participants may move between them.",
    "Two speeds: the whole award in one year, or Unit 1 in the first year and Units 2 and 3 "
    "in the second.",
    "Units 2 and 3 may be taken in either order, and a participant who misses a study day "
    "can join the other intake's day.",
])

H(2, "6.9  Assessment")
P("There are three assessed tasks, one for each unit. Each is marked against published "
  "criteria that name the national outcomes it assesses (Annex A).")
P("Task 1, Policy into Practice (3,000 words). ", bold_lead=None)
doc.paragraphs[-1].runs[0].bold = True
P("A critical review of the school's SEN policy and practice against the SEN Code of "
  "Practice and the law, and against what the Every Child Matters outcomes require for the "
  "school's pupils with SEN, using research and inspection evidence, with recommendations "
  "agreed with the headteacher. It is marked for accurate knowledge of the law and the Code "
  "and their implications for the school; critical use of research evidence and best "
  "practice to improve the participant's own and colleagues' practice; and clear, "
  "well-structured writing.")
P("Task 2, Learner Case Study (3,500 words). ", bold_lead=None)
doc.paragraphs[-1].runs[0].bold = True
P("For one pupil with SEN, the participant identifies the pupil's needs using the school's "
  "assessments, classroom observation and the reports of other professionals; sets "
  "challenging targets; plans, carries out and reviews an intervention of six to ten weeks; "
  "evaluates the approaches and resources used, including ICT; and places the pupil's "
  "needs within a critical account of the main areas of need (BESD, specific learning "
  "difficulties including dyslexia, SLCN, autism and MLD). The task must include a record "
  "of at least one meeting with the pupil's parents or carers and a reflective account of "
  "the participant's working relationship with the pupil and family, and a record of "
  "working with at least one other service or voluntary organisation. It may also include "
  "the pupil's own views of their targets and provision.")
P("Task 3, Leading Change (3,000-word portfolio and a 20-minute presentation). ",
  bold_lead=None)
doc.paragraphs[-1].runs[0].bold = True
P("The participant plans, leads and evaluates a change in their school's provision for "
  "pupils with SEN. The portfolio must include an analysis of the school's tracking data "
  "for pupils with SEN, including national test or GCSE results and P scale data, showing "
  "where programmes need to change; a costed provision map identifying provision that is "
  "ineffective or missing; a plan for deploying and managing teaching assistants; and "
  "strategic priorities for inclusion agreed with the headteacher and the SEN governor. "
  "The presentation is made to a panel of a tutor and a headteacher from another Rothwick "
  "school, and the participant's own headteacher adds a written statement on how the "
  "change was taken up by staff. A coaching cycle with a colleague may be one of the "
  "project's activities.")
P("The Professional Learning Journal is formative. Tutors read it at tutorials and "
  "comment on it, but it is not marked and does not count towards the award.")
P("Task 1 changed for the January 2009 cohort, at the request of headteachers who felt it "
  "had grown too long. It now concentrates on the SEN policy. The school's accessibility "
  "plan and Disability Equality Scheme, which used to form its second part, are discussed "
  "in Session 1.3 but are no longer assessed.")

H(2, "6.10  Marking, moderation and the award")
P("Each task is first marked by the participant's tutor against the criteria. A second "
  "tutor, from the other partner, blind-marks a sample of 20 per cent of every task, all "
  "fails and all borderline scripts. The whole team meets after each submission date to "
  "compare marks on three common scripts before marking begins and to agree any changes "
  "after. The University's external examiner for the award, Dr Helen Asquith of another "
  "university, sees a sample of every task, attends one presentation day a year and "
  "reports to the University. Marks are confirmed by the University's Assessment Board.")
P("To be awarded the Postgraduate Certificate a participant must pass each of the three "
  "tasks (the pass mark is 40 per cent) and attend at least 80 per cent of the study "
  "days. Step 4 covers every one of the national minimum outcomes for SENCOs, so anyone who "
  "passes the award has met them.")

H(2, "6.11  Equality and access")
P("The WDU follows Rothwick City Council's Single Equality Scheme, and the University its "
  "own equality policies. Pathway publications, including this one, are available on "
  "request in large print, in Braille and in the city's main community languages.")
P("Step 4 is for practising SENCOs, and no one can be assessed for the award without "
  "taking part in the taught programme and its school-based tasks. This is different from "
  "the Step 3 portfolio route.")

H(2, "6.12  Who teaches, and what supports the learning")
P("Step 4 is taught by a joint team:")
bullets([
    "Dr Tom Haverstock, Principal Lecturer in Inclusive Education at RRU and programme "
    "leader. Former secondary SENCO and head of a learning support service; PhD on provision "
    "mapping in secondary schools; external examiner for two other universities' SEN awards.",
    "Ayesha Rahman, Senior Adviser for SEN and Inclusion, WDU, and Step 4 co-leader. Twelve "
    "years as a primary SENCO in two Rothwick schools; MA in Special and Inclusive Education; "
    "leads the SENCO Network.",
    "Dr Marcus Idowu, Senior Lecturer, RRU. Educational psychologist for nine years; "
    "research on assessment of children with speech, language and communication needs; "
    "chartered psychologist.",
    "Catherine Bayliss, Head of the Sensory and Communication Service; qualified teacher of "
    "the deaf; autism specialist.",
])
P("All four hold current roles in schools or services and take part in at least one "
  "conference or research project a year. Guest contributors include the Educational "
  "Psychology Service, the Speech and Language Therapy Service, CAMHS, the Integrated "
  "Working Team, the Parent Partnership Service and the SEN Assessment Team. Participants "
  "who wish to see practice in a different setting may ask us to arrange a visit to one of "
  "the city's four special schools or six resource bases, and we will try to find a host.")
P("Participants have full access to the University's library (including the SEN "
  "collection, e-journals such as the British Journal of Special Education and Support for "
  "Learning, and the National Strategies materials) and to the WDU's Inclusion Resource "
  "Base at Eastfield, which lends assistive technology (Clicker 5, Read&Write, Dragon "
  "NaturallySpeaking, communication aids and switches), standardised assessments and "
  "intervention programmes to participants' schools for up to half a term.")

H(2, "6.13  Mentors and tutors")
P("Each participant has a tutor from the course team and a mentor in school. Tutors take "
  "part in the University's staff development programme for collaborative provision and "
  "in the team's standardisation meetings (6.10). Each school mentor receives the Step 4 "
  "Mentor Notes, a four-page guide to the award and the mentor's part in it, when the "
  "participant starts.")

H(2, "6.14  Schools, settings and partners")
P("As section 1 describes, Step 4 was shaped by what schools, settings, SENCOs and parents "
  "told us in the 2008 training needs analysis. In particular:")
bullets([
    "The SENCO Network asked for a January start and a two-year option; both are now "
    "offered (6.8).",
    "Headteachers asked for provision mapping, the management of teaching assistants and "
    "data to be at the centre of the course; they are now Sessions 3.1 to 3.4 and the core "
    "of Task 3.",
    "The Parent Carer Forum asked that SENCOs learn from parents directly; a parent now "
    "contributes to Session 2.4, and Task 2 requires a parent meeting.",
    "Special school headteachers offered their staff as contributors; two now teach in "
    "Unit 2.",
])
P("Partners are involved in the delivery of the award. The Educational Psychology Service, "
  "the Speech and Language Therapy Service, the Parent Partnership Service and special "
  "school staff teach sessions; Rothwick headteachers sit on the Task 3 presentation "
  "panels; and participants' own headteachers contribute to Tasks 1 and 3.")
ev = P("Each year the Pathway Review Group (the Step 4 tutors, the Head of the WDU and two "
       "participant representatives from each intake) reviews the evaluations and writes the "
       "action plan (6.15). We would welcome headteachers and the Parent Carer Forum joining "
       "the Review Group in future.")
comment(ev, "Heads' Forum hasn't been asked yet whether anyone will sit on the Review Group, "
        "and the Forum hasn't replied. Leave as 'would welcome' for now.", "Pauline Merriman",
        "PM")

H(2, "6.15  Quality and evaluation")
P("Step 4 is subject to the University's quality procedures for collaborative provision "
  "and to the WDU's evaluation of the whole Pathway. The sources of evidence are:")
bullets([
    "a short evaluation at the end of every study day, summarised for the team within a week;",
    "an end-of-unit questionnaire, and a focus group with each intake at the mid-point;",
    "the external examiner's annual report;",
    "the University's Annual Programme Monitoring Report, which brings these together with "
    "progression, completion and marks data and goes to the School's Quality Committee;",
    "the WDU's quarterly Pathway report to the Children's Trust Workforce Strategy Group.",
])
P("The Pathway Review Group writes an action plan each July from this evidence. The plan "
  "is published to the next intakes on their first study day under the heading 'What you "
  "told us and what we changed', and progress on it is reported to the Workforce Strategy "
  "Group.")
imp = P("To see what difference the award makes to participants, each participant repeats "
        "the Entry Profile on the final study day, so that we can compare their ratings at "
        "the start and the end. Task 3 also asks participants to report the changes in their "
        "school's practice that resulted from their project. We hope in future to find a way "
        "of looking at the progress of pupils in participants' schools.")
comment(imp, "Could we ask them to take baseline and follow-up measures for their Task 2 pupil? "
        "Will raise at the next course team meeting.", "Tom Haverstock", "TH")

H(2, "6.16  After the award")
P("The final study day ends with Next Steps. Each participant completes the Pathway Next "
  "Steps planner: what they have achieved, what they want to develop next in their role, "
  "and which Step 5 options, Network roles or further study might help. Tutors talk through "
  "the options (the MA Inclusive Education, NPQH, the Local Leaders of Inclusion network), "
  "and participants take the planner to their performance management review to set their "
  "objectives for the following year with their headteacher. The Next Steps planner is not "
  "marked.")

H(2, "6.17  Cost and funding")
P("The fee for the award is £1,150. For SENCOs in Rothwick maintained schools, nursery schools "
  "and children's centres, the Council pays £600 of the fee from the Dedicated Schools Grant "
  "SEN training budget agreed by the Schools Forum, and the school pays the rest and covers "
  "release. Because the Council provides Eastfield at no charge and WDU staff teach half the "
  "sessions, the fee is well below the University's standard postgraduate fee. Sessions "
  "that Step 4 shares with a Step 3 module (2.1 and 2.2) are taught once to both groups. "
  "Tutorials follow each participant's Personal Learning Plan, and Task 2 and Task 3 are "
  "set in the participant's own school and shaped by the Plan, so no two participants "
  "take quite the same course.")

# ------------------------------------------------------------------ Annex A
H(1, "Annex A  Step 4 outcome map")
P("The map shows, for each of the national minimum outcomes, the sessions in which Step 4 "
  "develops it and how it is assessed for the award. 'Journal' means the Professional "
  "Learning Journal, which is formative and not marked.", italic=True)

groups = [
    ("Professional attributes", [
        ("Fair, respectful and constructive relationships with pupils and their parents or "
         "carers", "2.3, 2.4", "Task 2 (reflective account; parent meeting record)"),
        ("Gaining the commitment of colleagues, the headteacher and senior leaders",
         "3.4, 1.1", "Task 3 (presentation; headteacher's statement)"),
        ("Prioritising, managing time and delegating", "3.5", "Journal"),
        ("Anticipating and solving problems; sound judgements on provision", "3.5 and "
         "throughout", "Journal"),
        ("Clear speech and writing; listening to others' views", "1.4, 3.6", "Task 1 "
         "(writing criterion); Task 3 (presentation)"),
        ("Using research and outside advice to improve practice", "1.4, 2.6", "Task 1"),
        ("Keeping up to date; own CPD", "3.6, 6.16", "Next Steps planner (not marked)"),
    ]),
    ("Knowledge and understanding", [
        ("SEN law, the Code of Practice and how to put them into practice", "1.2", "Task 1"),
        ("Every Child Matters and the SENCO's part in it", "1.1", "Task 1"),
        ("Disability equality law and what it requires", "1.3", "Task 1"),
        ("The main types of SEN and disability and their effect on learning", "2.1, 2.2",
         "Task 2"),
        ("Approaches, strategies and resources, including ICT", "2.6", "Task 2"),
        ("School self-evaluation and improvement and SEN", "3.3", "Journal"),
        ("Best practice and research in meeting SEN", "1.4, 2.6", "Task 1"),
        ("External agencies and how to get specialist support", "2.5", "Task 2 (record of "
         "work with another service)"),
    ]),
    ("Skills", [
        ("Strategic development of inclusion with senior colleagues and governors", "3.1, "
         "3.4", "Task 3"),
        ("Identifying needs, setting targets, planning interventions, reviewing progress",
         "2.7", "Task 2"),
        ("Using other professionals' assessments", "2.7, 2.5", "Task 2"),
        ("Tracking progress with summative assessments and national tests", "3.2", "Task 3"),
        ("Special arrangements for national tests and examinations", "Not part of Step 4: "
         "see Step 2, Assessment for All", "-"),
        ("Provision mapping; finding ineffective or missing provision", "3.1", "Task 3"),
        ("Deploying and managing staff", "3.4", "Task 3"),
        ("Supporting colleagues' professional development", "3.4", "Task 3 (optional "
         "coaching cycle); Journal"),
        ("Reviewing the effectiveness of provision with colleagues, for self-evaluation",
         "3.3", "Journal"),
        ("Involving pupils in planning and reviewing their provision", "2.3", "Task 2 "
         "(optional pupil views)"),
        ("Working with parents and carers", "2.4", "Task 2 (parent meeting record)"),
        ("Partnership with other services, including voluntary organisations", "2.5",
         "Task 2 (record of work with another service)"),
    ]),
]
rows = [["National minimum outcome (our summary)", "Where it is developed (sessions)",
         "How it is assessed for the award"]]
group_rows = []
for gname, items in groups:
    group_rows.append(len(rows))
    rows.append([gname, "", ""])
    for it in items:
        rows.append(list(it))
amap = table(rows, widths=[7.4, 4.2, 4.8], font=9)
for gi in group_rows:
    cells = amap.rows[gi].cells
    m = cells[0].merge(cells[2])
    m.text = ""
    rr = m.paragraphs[0].add_run(groups[group_rows.index(gi)][0])
    rr.bold = True
    rr.font.size = Pt(9)
    shade(m, "F4ECF7")

H(1, "Annex B  Pathway contacts")
table([
    ["Role", "Name", "Contact"],
    ["Head of Workforce Development", "Pauline Merriman", "01632 960 410"],
    ["Step 4 co-leader (WDU)", "Ayesha Rahman", "01632 960 417"],
    ["Step 4 programme leader (RRU)", "Dr Tom Haverstock", "01632 961 522"],
    ["Early Years strand", "Gill Penrose", "01632 960 433"],
    ["Learning Gateway helpdesk", "Kevin Doyle", "01632 960 440"],
], widths=[6, 4.5, 5])

doc.save(OUT)
print("wrote", OUT)
