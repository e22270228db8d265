"""fu-02-fennick-places-protocol: build script.

Provider (invented): the London Borough of Fennick (its Wharfside City
Learning Centre and School Improvement Service), lead borough for a cohort
from Fennick, Marlhithe, Kelsall Green and Wapley, with Kingsgate University
London Institute of Education ("the Institute"). Course: "Leading Inclusion",
a PGCert in SEN Coordination delivered mainly through films and the CLC's
online platform, with Studio Days.

Document kind: an inter-borough protocol on places, nominations and charges
("the Protocol"), version 3, agreed by the four boroughs' directors in
November 2008, sent as the application under a short covering note because
its Parts and Schedules set out how the programme is run across boroughs.
Third person ("the Lead Borough will ...", "each Partner Borough shall ...").
Layout:
- a front-sheet table of fields (title, version, parties, status, review);
- Parts typed as bold capital Normal paragraphs ("PART 4 - NOMINATION AND
  ADMISSION") with no heading styles, and hand-typed clause numbers (4.1,
  5.3, 5.5 ...) that collide with requirement ids;
- a places-and-charges table, a signature table;
- Schedules: 1 the programme (units, Studio Days, platform, films, tasks),
  2 Link Officers (with "[name to be confirmed]" placeholders), 3 outcomes
  and where they are assessed, as prose lists per task, 4 the blank
  nomination form N1 with tick boxes;
- Wapley Legal Services' tracked changes (w:del / w:ins with author and
  date) and two Word comments.

Traps (requirement ids):
- Clause numbers "2.3", "5.3", "5.5", "3.3" etc. are the protocol's own and
  say nothing about the requirements of the same number.
- The assessment-only arrangement belongs to the 2006 protocol and "ended"
  in July 2009; it is "not carried into this Protocol" (2.3 not_met).
- Next-steps meetings with Link Officers exist only in a deleted clause
  (2.5 not_met); nothing else on further targets.
- Aim framed as attainment only (1.1 partial).
- Research named only in general terms (1.3 partial).
- Credit level only "expected" to be Master's level at a validation event
  still to be held (E.2 partial); validation itself is arranged (E.1 met).
- Platform: films and uploads, tutors only at Studio Days, Circle
  facilitators "[to be confirmed]" and no contact between Studio Days
  (3.3 partial).
- Tutors named only by role with placeholders (5.4 partial).
- Mentor and tutor roles only in a handbook "to be written" (5.7 not_met).
- Evaluation counts satisfaction and completion; nothing on pupils (5.9
  partial).
- CRB: the school certifies on form N1 and the Lead Borough's workforce team
  verifies (5.3 met), though the sentence sits under a "5.3" about fees.
- Schedule 3: time management and school self-evaluation "worked on ... but
  not assessed" (6.A3, 6.K7 partial); access arrangements deleted from
  Task 1's list by tracked change while still taught in Unit 2 (6.S2d
  partial); child development inserted into Task 3's list by tracked change
  (6.K4 met); gaining colleagues' and the head's commitment has no place in
  the Schedule, and appears only in a comment (6.A2 not_met).
"""
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

OUT = Path(__file__).parent / "fu-02-fennick-places-protocol.docx"
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)
AUTH = "Kwame Osei (Wapley Legal Services)"
DATE = "2008-11-19T14:02:00Z"
_id = [500]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def P(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def PART(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text.upper())
    r.bold = True
    return p


def C(num, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.2)
    p.paragraph_format.first_line_indent = Cm(-1.2)
    p.add_run(num + "\t" + text)
    return p


def add_run_xml(p, kind, text):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    if kind == "n":
        p._p.append(r)
    else:
        w = OxmlElement("w:" + kind)
        _id[0] += 1
        w.set(qn("w:id"), str(_id[0]))
        w.set(qn("w:author"), AUTH)
        w.set(qn("w:date"), DATE)
        w.append(r)
        p._p.append(w)


def TC(segments, indent=True):
    p = doc.add_paragraph()
    if indent:
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
    for kind, text in segments:
        add_run_xml(p, kind, text)
    return p


def mark_para_deleted(p):
    """Mark the paragraph mark itself as deleted so the whole paragraph goes."""
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    _id[0] += 1
    d.set(qn("w:id"), str(_id[0]))
    d.set(qn("w:author"), AUTH)
    d.set(qn("w:date"), DATE)
    rPr.append(d)
    pPr.append(rPr)


def table(rows, header=True, widths=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if header and i == 0:
                shade(t.cell(i, j), "D9D9D9")
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


sec = doc.sections[0]
sec.header.paragraphs[0].text = "LONDON BOROUGH OF FENNICK  -  CHILDREN'S SERVICES  -  NOT FOR PUBLICATION"
sec.footer.paragraphs[0].text = "Leading Inclusion Protocol v3  |  agreed 28.11.08  |  review July 2010"

# ------------------------------------------------------------ covering note
P("Covering note to the Training and Development Agency for Schools", bold=True)
P("Application for approval: Leading Inclusion (nationally accredited SENCO training), London "
  "Borough of Fennick and Kingsgate University London Institute of Education", italic=True)
P("Our programme is run by four boroughs and the Institute together, and the document that says "
  "how it runs, who does what and who pays is the Protocol agreed between us. We therefore send "
  "the Protocol, with its Schedules, as our application. Schedule 1 describes the programme and "
  "Schedule 3 shows where each of the national outcomes is assessed. The tracked changes from "
  "Wapley's legal team were agreed at the directors' meeting on 28 November 2008 but have not "
  "yet been accepted in the text; please read the Protocol as amended.")
P("Marcus Oyelaran, Senior Adviser (Inclusion), Fennick School Improvement Service, for the "
  "partners. 12 January 2009")
doc.add_page_break()

# ------------------------------------------------------------ front sheet
P("PROTOCOL ON PLACES, NOMINATIONS AND CHARGES", bold=True, size=14)
P("Leading Inclusion: Postgraduate Certificate in SEN Coordination, 2009-2011", bold=True)
fs = [
    ("Document", "Inter-borough protocol"),
    ("Version", "3 (supersedes the SENCO Induction Protocol of September 2006)"),
    ("Parties", "London Borough of Fennick (the Lead Borough); London Borough of Marlhithe; Royal "
                "Borough of Kelsall Green; London Borough of Wapley (each a Partner Borough); "
                "Kingsgate University London Institute of Education (the Institute)"),
    ("Status", "Agreed by the four Directors of Children's Services, 28 November 2008"),
    ("Owner", "Head of School Improvement, London Borough of Fennick"),
    ("Review", "July 2010, and on any change to national requirements"),
]
t = doc.add_table(rows=len(fs), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(fs):
    t.cell(i, 0).text = k
    shade(t.cell(i, 0), "EDEDED")
    t.cell(i, 1).text = v
doc.add_paragraph()

# ------------------------------------------------------------ Part 1
PART("Part 1 - Purpose and status")
C("1.1", "This Protocol sets out how the parties will share the places on, and the costs of, "
         "Leading Inclusion, the programme of nationally accredited training for special "
         "educational needs coordinators (SENCOs) which the Lead Borough's Wharfside City Learning "
         "Centre (the CLC) and School Improvement Service will deliver with the Institute from "
         "September 2009.")
C("1.2", "The purpose of the programme is to raise the attainment of pupils with special "
         "educational needs in the four boroughs' schools, measured by their progress in English "
         "and mathematics, by making sure that every school has a trained SENCO. The boroughs "
         "estimate from their 2008 SEN audits that 58 serving SENCOs in their maintained schools "
         "hold no SEN qualification.")
C("1.3", "This Protocol is not a contract and does not create legal relations, except for the "
         "payment terms in Part 5, which each Partner Borough accepts as binding.")
C("1.4", "The programme itself is described in Schedule 1. Where this Protocol and the "
         "Institute's regulations differ on any academic matter, the Institute's regulations apply.")

# ------------------------------------------------------------ Part 2
PART("Part 2 - Definitions")
table([
    ["Term", "Meaning"],
    ["Link Officer", "the officer named by each Partner Borough in Schedule 2 as its contact for the programme"],
    ["Nominee", "a teacher nominated by a headteacher on form N1 (Schedule 4)"],
    ["Participant", "a Nominee who has been admitted to the programme"],
    ["the Platform", "Wharfside Learn, the CLC's online learning platform"],
    ["Studio Day", "a taught day held at the CLC or the Institute"],
    ["Viewing Circle", "a group of five or six Participants who meet online to discuss the programme's films"],
], widths=[4, 12])

# ------------------------------------------------------------ Part 3
PART("Part 3 - Places")
C("3.1", "The programme will admit up to 60 Participants a year in two intakes, September and "
         "January. Places are allocated between the boroughs as follows for 2009-10; the "
         "allocation for 2010-11 will be agreed at the Joint Programme Board in May 2010.")
table([
    ["Borough", "September 2009", "January 2010", "Total"],
    ["Fennick", "10", "8", "18"],
    ["Marlhithe", "8", "6", "14"],
    ["Kelsall Green", "7", "7", "14"],
    ["Wapley", "7", "7", "14"],
    ["Total", "32", "28", "60"],
])
C("3.2", "Places not taken up by a Partner Borough six weeks before an intake will be offered to "
         "the other boroughs, and then to academies and voluntary aided schools in the four "
         "boroughs at the full fee.")
C("3.3", "A Participant may transfer once from the September intake to the January intake, or "
         "the reverse, without further charge, where the headteacher and the Link Officer agree.")

# ------------------------------------------------------------ Part 4
PART("Part 4 - Nomination and admission")
C("4.1", "Headteachers nominate on form N1. A Nominee must hold qualified teacher status and be "
         "the school's SENCO, or be appointed to be the SENCO from the start of the intake.")
C("4.2", "The Link Officer checks each N1 form against the borough's records and forwards "
         "complete forms to the CLC by the closing date. The Link Officer will not forward a form "
         "on which section D (suitability) is incomplete.")
TC([("n", "4.3\tSection D of form N1 requires the headteacher to confirm that the Nominee holds a "
          "current enhanced Criminal Records Bureau disclosure, giving its date and number, that "
          "the Nominee is not barred from working with children, and that the school has taken up "
          "references with the Nominee's previous employer and has no outstanding concern about "
          "the Nominee's conduct. "),
    ("ins", "Where the disclosure is more than three years old, or the Nominee has not worked in a "
            "post with regular contact with children in the previous three months, the Lead "
            "Borough's Schools Workforce Team will verify the position with the school and, if "
            "necessary, obtain a new enhanced disclosure before the Nominee is admitted.")])
C("4.4", "Each Nominee completes the Starting Profile on the Platform, rating themselves against "
         "the national outcomes with examples from their practice, and attends a 30-minute "
         "Starting Conversation with a tutor before admission. The tutor judges from the Profile "
         "and the conversation whether the Nominee has enough knowledge of SEN and enough "
         "experience of the role to benefit from the programme and to reach the outcomes within "
         "the year.")
C("4.5", "Where the tutor judges that a Nominee is not yet ready, the CLC will write to the "
         "Nominee and the headteacher, setting out what the Nominee should do first (usually a "
         "term in the borough's SENCO network and the borough's two-day SEN induction course), "
         "and the Link Officer will discuss this with the headteacher. The Nominee may be "
         "nominated again for the next intake.")
C("4.6", "The Starting Profile and Starting Conversation also set the Participant's Individual "
         "Learning Plan, which records the units and films the Participant will study in depth, "
         "those they may cover more briefly, and three personal outcomes for the year. The tutor "
         "reviews the Plan with the Participant at the end of each term.")
C("4.7", "A Nominee who already holds postgraduate credit in SEN may apply through the CLC for "
         "accreditation of prior learning of up to 20 credits under the Institute's APL "
         "regulations, against Task 1 or Task 2. A Nominee may also claim credit for experiential "
         "learning by submitting a portfolio mapped to the outcomes of the task concerned, which "
         "is assessed by two tutors. The Link Officer advises Nominees from their borough on "
         "whether to apply.")
C("4.8", "Under the 2006 protocol, experienced teachers from the boroughs' SEN support services "
         "could be assessed for the old Induction Certificate without attending. That arrangement "
         "ended with the last Induction Certificate cohort in July 2009 and is not carried into "
         "this Protocol.")
C("4.9", "Nominees are asked on form N1 whether they have a disability or other need for which "
         "adjustments should be made, and are told why they are asked. The CLC discusses any "
         "adjustment with the Participant before the first Studio Day and records it. The "
         "Institute's Disability Office agrees adjustments to assessment (extra time, alternative "
         "formats, a recorded rather than written commentary). The Lead Borough will meet the "
         "cost of adjustments, such as a sign language interpreter or a loan laptop with "
         "assistive software, from its access fund. No Nominee will be refused a place on grounds "
         "of disability, and selection and assessment decisions are monitored each year by "
         "disability, ethnicity and gender.")

# ------------------------------------------------------------ Part 5
PART("Part 5 - Charges")
C("5.1", "The fee for 2009-10 is \u00a31,150 per Participant, which covers tuition, the "
         "Institute's registration and assessment, the film series on DVD, Platform access, the "
         "loan of a video camera and headset, and refreshments on Studio Days.")
C("5.2", "Each Partner Borough pays the fee for Participants from its maintained schools from "
         "its standards fund allocation for SEN. The Lead Borough invoices Partner Boroughs in "
         "two equal instalments, in October and in April.")
C("5.3", "Fees are not refunded after the first Studio Day, except where a Participant "
         "withdraws on medical grounds, when half the fee is credited against a later place.")
C("5.4", "The fee has been set so that the programme covers its costs without profit. Because "
         "the films and Platform materials are produced once and reused across intakes and "
         "boroughs, and because Participants attend four Studio Days rather than weekly "
         "sessions, the cost per place is about a third lower than the old Induction Certificate "
         "and Participants need four days' supply cover rather than twelve.")

# ------------------------------------------------------------ Part 6
PART("Part 6 - What each party does")
C("6.1", "The Lead Borough, through the CLC, runs the Platform, produces and maintains the films, "
         "organises Studio Days, lends equipment and keeps Participants' records. The CLC's "
         "studio, training suite and assistive technology suite (screen readers, text-to-speech, "
         "switch access and symbol software) are available to the programme throughout the year.")
C("6.2", "The Institute registers Participants, sets the assessment criteria, appoints the "
         "external examiner, moderates marking and awards the certificate. The Institute will "
         "present the programme for validation as a Postgraduate Certificate carrying 60 credits; "
         "the validation event is arranged for January 2009 and the credit is expected to be at "
         "Master's level.")
C("6.3", "Each Partner Borough will offer every Participant from any borough two half-day visits "
         "in its specialist provision during the year, chosen from the list kept by the CLC: "
         "Marlhithe's speech and language resource base, Kelsall Green's special school for "
         "pupils with autism, Wapley's behaviour support centre and Fennick's sensory support "
         "service. Each host names a member of staff to plan the visit with the Participant. "
         "Each Partner Borough will also provide speakers for Studio Days from its educational "
         "psychology service, SEN casework team and parent partnership service.")
C("6.4", "Each Partner Borough will tell its schools about the programme, collect N1 forms and "
         "release its Link Officer for the Joint Programme Board.")
C("6.5", "The roles of school mentors and tutors will be set out in a Mentor and Tutor Handbook, "
         "which the Lead Borough will write during 2009.")
C("6.6", "Tutors will be drawn from the Institute's staff and the boroughs' SEN advisory teams "
         "and will be experienced in SEN. The tutors for 2009-10 are: [names to be confirmed by "
         "the Institute]; [name to be confirmed] (Fennick); [name to be confirmed] (Marlhithe).")

# ------------------------------------------------------------ Part 7
PART("Part 7 - Video, data and consent")
C("7.1", "Participants film their own practice for Task 2. The CLC provides the consent forms "
         "for staff, parents and pupils. No clip may be uploaded until the headteacher's written "
         "agreement and all consents are on the Platform.")
C("7.2", "Clips are held only in the Participant's private area of the Platform, are viewed only "
         "by tutors, the moderator and the external examiner, and are deleted when the award is "
         "confirmed.")
C("7.3", "The Lead Borough will share Participants' names, schools, attendance and results with "
         "the Link Officer of the Participant's borough and with the headteacher. Results for "
         "pupils gathered in Task 3 are shared only without names.")

# ------------------------------------------------------------ Part 8
PART("Part 8 - Quality and review")
C("8.1", "A Joint Programme Board meets each term. Its members are the four Link Officers, the "
         "CLC manager, the programme leader from the Institute, two headteachers nominated by "
         "the boroughs' heads' associations, a representative of the Fennick Parent Partnership "
         "Service and, from 2010, two former Participants.")
C("8.2", "The programme was designed by a working group of the four Link Officers, the Institute "
         "and four headteachers between March and October 2008. The 2008 joint survey of SENCOs "
         "in the four boroughs (142 replies) showed that most could not be released for more "
         "than a few days a year and that they wanted to see practice in other schools; this is "
         "why the programme is delivered mainly through films and the Platform, with four "
         "Studio Days. The headteachers on the working group asked for a task that heads could "
         "see for themselves, and Task 2 was changed from a written case study to a filmed "
         "piece of practice as a result.")
C("8.3", "The Board receives each term the Participants' ratings of each film and Studio Day, "
         "attendance and completion figures, and the results of an end-of-year survey of "
         "Participants and their headteachers. Each July it receives the external examiner's "
         "report and the Institute's annual monitoring report, and agrees changes to the "
         "programme for the next year, which the CLC records in an action log.")
C("8.4", "All marking is second-marked. The Institute's moderator samples a third of all work "
         "and all fails, and tutors meet for a standardisation session before each round of "
         "marking. The external examiner reviews a sample of each task, including Task 2 videos.")
C("8.5", "The Board will judge the programme's success by the proportion of Participants "
         "completing, their ratings of the programme, and the number of schools in each borough "
         "with a trained SENCO.")
TC([("del", "8.6\tAt the end of the programme each Link Officer will meet the Participants from "
            "their borough, with their headteachers, to agree further professional targets for the "
            "following year and the support the borough will offer.")])
mark_para_deleted(doc.paragraphs[-1])
C("8.7", "The Protocol will be reviewed by July 2010.")

# ------------------------------------------------------------ signatures
PART("Signed for the parties")
table([
    ["Party", "Name and post", "Signature", "Date"],
    ["London Borough of Fennick", "Director of Children's Services", "(signed)", "28.11.08"],
    ["London Borough of Marlhithe", "Director of Children's Services", "(signed)", "28.11.08"],
    ["Royal Borough of Kelsall Green", "Director of Children's Services", "(signed)", "2.12.08"],
    ["London Borough of Wapley", "Director of Children's Services", "", ""],
    ["Kingsgate University London Institute of Education", "Dean", "(signed)", "5.12.08"],
])

doc.add_page_break()
# ------------------------------------------------------------ Schedule 1
PART("Schedule 1 - The programme")
C("S1.1", "Leading Inclusion runs for one year part-time. It is built round Inside the Role, a "
          "series of twelve short films made by the CLC in schools in the four boroughs, which "
          "Participants watch on DVD or on the Platform at times that suit them. Each film is "
          "followed by a task to try in the Participant's own school and an entry in the "
          "Participant's Viewing Log on the Platform.")
C("S1.2", "Participants are placed in Viewing Circles, which meet online through the Platform's "
          "live room once a month and post in a Circle forum. Circle facilitators will be drawn "
          "from the boroughs' SEN teams [to be confirmed]. Tutors are available to Participants "
          "on Studio Days and mark the tasks on the Platform; between Studio Days Participants "
          "work independently through the films and the Platform materials.")
C("S1.3", "Participants may take Units 2 and 3 in either order. Each of the four Studio Days is "
          "run twice, once on a Saturday and once on a weekday.")
P("The units", bold=True)
table([
    ["Unit", "Films", "Content"],
    ["1 The SENCO and the law", "1-3", "The SEN Code of Practice (2001) and the Education Act 1996; "
     "statutory assessment and annual reviews; the Disability Discrimination Act 1995 as amended, "
     "the Disability Equality Duty and accessibility planning; Every Child Matters, the Children "
     "Act 2004, the CAF and the team around the child; the 2008 SENCO regulations and the Lamb "
     "Inquiry; solving problems and making decisions in the first weeks in post."],
    ["2 Knowing the pupils", "4-6, 11", "How children develop and what affects development; the "
     "common kinds of SEN and disability (behavioural, emotional and social difficulties, "
     "dyslexia and other specific learning difficulties, speech, language and communication "
     "needs, autism, moderate learning difficulties); using reports from psychologists, "
     "therapists and specialist teachers; identifying pupils and setting targets; tracking "
     "progress with teacher assessment, national test results and P scales and changing "
     "programmes; assessment for learning; access arrangements for national tests and "
     "examinations; provision mapping; assistive and other technology for learning."],
    ["3 Working with others", "7-10", "Managing time and delegating; deploying and managing "
     "teaching assistants; observing, coaching and giving feedback to colleagues; consulting "
     "pupils and pupil-led reviews; working with parents and the parent partnership service; "
     "educational psychology, therapy, CAMHS, social care and voluntary organisations."],
    ["4 Leading and improving", "12", "Advising senior staff and governors on the inclusion "
     "policy and resources; school self-evaluation and improvement planning and the SENCO's "
     "part in them; reviewing provision with colleagues; research and Ofsted evidence on what "
     "works; keeping up to date and planning one's own professional development."],
])
C("S1.4", "The programme reflects current research and the findings of Ofsted on provision for "
          "pupils with SEN.")
P("Assessment", bold=True)
table([
    ["Task", "Description", "Weight"],
    ["1 Provision Map Review", "A review of the school's provision for a group of pupils against "
     "the law and the school's priorities, with proposals to the senior team (3,000 words)", "30%"],
    ["2 Video Reflection", "A 10-15 minute clip of the Participant's own practice with a 2,500-word "
     "commentary", "30%"],
    ["3 Practice Enquiry", "A change in provision for a group of pupils, planned, carried out "
     "and evaluated in the Participant's school with start and end measures (5,000 words)", "40%"],
    ["4 Portfolio Conversation", "A 30-minute conversation with two tutors on the Viewing Log "
     "and the Participant's personal outcomes", "Pass / refer"],
])
C("S1.5", "The certificate is awarded only to a Participant who passes each of Tasks 1 to 4 and "
          "who, in the judgement of the markers confirmed at the Institute's examination board, "
          "has shown every outcome listed in Schedule 3. A task that passes overall but leaves an "
          "outcome without evidence is referred for that outcome.")

# ------------------------------------------------------------ Schedule 2
PART("Schedule 2 - Link Officers")
table([
    ["Borough", "Link Officer", "Telephone"],
    ["Fennick", "Marcus Oyelaran, Senior Adviser (Inclusion)", "020 7946 0412"],
    ["Marlhithe", "[name to be confirmed]", "[TBC]"],
    ["Kelsall Green", "Andrea Pryce, SEN Strategy Manager", "020 7946 0788"],
    ["Wapley", "[name to be confirmed]", "[TBC]"],
])

# ------------------------------------------------------------ Schedule 3
PART("Schedule 3 - Outcomes and where they are assessed")
P("The national outcomes are shown in the partners' own short words. Each task is marked "
  "against the outcomes listed under it.")
P("Task 1, Provision Map Review, is the evidence for:", bold=True)
task1 = ["knowing SEN law and the Code of Practice and putting them into practice",
         "knowing disability equality law and the actions it requires",
         "the scope of external agencies and how to obtain specialist support",
         "advising senior staff and governors on inclusive policy, priorities and resources",
         "provision mapping and identifying ineffective or missing provision",
         "reviewing provision with colleagues to inform the school's improvement planning",
         "working in partnership with other services and voluntary organisations"]
for x in task1:
    P("\u2013 " + x)
TC([("del", "\u2013 identifying in good time the special arrangements pupils need for national "
            "tests and examinations")], indent=False)
mark_para_deleted(doc.paragraphs[-1])
P("Task 2, Video Reflection, is the evidence for:", bold=True)
for x in ["fair, respectful relationships with pupils and their parents and carers",
          "expressing oneself clearly and listening to others",
          "encouraging colleagues to develop formative assessment for pupils with SEN",
          "deploying and managing staff",
          "supporting colleagues' development through observation, feedback and coaching",
          "involving pupils in planning and reviewing their provision",
          "liaising with parents and carers"]:
    P("\u2013 " + x)
P("Task 3, Practice Enquiry, is the evidence for:", bold=True)
for x in ["anticipating and resolving problems and making sound decisions on provision",
          "drawing on research and external advice",
          "Every Child Matters and the SENCO's part in it"]:
    P("\u2013 " + x)
TC([("ins", "\u2013 how children develop and what affects their development")], indent=False)
for x in ["the common kinds of SEN and disability and their effect on learning",
          "approaches, strategies and resources for teaching and assessment, including ICT",
          "best practice and research in meeting SEN",
          "identifying pupils, setting targets, planning interventions and reviewing progress",
          "using assessments from other professionals",
          "using summative assessment and national tests to track progress"]:
    P("\u2013 " + x)
P("Task 4, Portfolio Conversation, is the evidence for:", bold=True)
P("\u2013 keeping up to date and taking responsibility for one's own professional development")
P("Worked on in the films, at Studio Days and in the Viewing Circles but not part of the "
  "assessment:", bold=True)
P("\u2013 managing time, prioritising and delegating (Film 7)")
P("\u2013 the principles of school self-evaluation and improvement (Unit 4)")
last = doc.paragraphs[-1]
doc.add_comment(last.runs, text="Where is gaining the commitment of the head and colleagues? "
                "Suggest Task 1 - proposals to the senior team. KO", author=AUTH, initials="KO")

# ------------------------------------------------------------ Schedule 4
doc.add_page_break()
PART("Schedule 4 - Form N1: nomination for Leading Inclusion")
form = [
    ["A  The Nominee", ""],
    ["Name", ""],
    ["School and borough", ""],
    ["Qualified teacher status (DfES number)", ""],
    ["SENCO since (or from)", ""],
    ["B  The school's reasons for nominating", ""],
    ["C  Disability or other needs (optional: tell us so that we can make adjustments)", ""],
    ["D  Suitability (to be completed by the headteacher)", ""],
    ["Enhanced CRB disclosure: date and number", ""],
    ["\u2610 Not barred from working with children (List 99 / ISA checked)", ""],
    ["\u2610 References taken up from previous employer; no outstanding concerns", ""],
    ["E  Headteacher's agreement to release the Nominee for four Studio Days and to support Task 2 filming", ""],
    ["Signed (headteacher)                              Date", ""],
]
t = doc.add_table(rows=len(form), cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate(form):
    t.cell(i, 0).text = a
    if a[:2] in ("A ", "B ", "C ", "D ", "E "):
        m = t.cell(i, 0).merge(t.cell(i, 1))
        shade(m, "EDEDED")
        m.paragraphs[0].runs[0].bold = True

# comment on charges
for p in doc.paragraphs:
    if p.text.startswith("5.2"):
        doc.add_comment(p.runs, text="Standards fund SEN line may not survive 2010-11. Flag at "
                        "Board. KO", author=AUTH, initials="KO")
        break

doc.save(OUT)
print("wrote", OUT)
