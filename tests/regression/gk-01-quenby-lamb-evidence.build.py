"""gk-01-quenby-lamb-evidence: build the .docx next to this script.

Provider: the Quenby and Linthwaite Federation (Quenby School, a 3-19 special
school designated a Specialist SEN College for cognition and learning, and
Linthwaite School, for pupils with autism and complex communication needs),
with its Quenby and Linthwaite Outreach Service (QLOS), leading a bid with
Dunholme County Council and St Cedd's College of Higher Education, which holds
taught degree awarding powers and validates a 60-credit Level 7 Postgraduate
Certificate.

Document kind: the partners' memorandum of written evidence to the Lamb
Inquiry into parental confidence in the SEN system (sent 20 February 2009),
adapted for the TDA as the application. The evidence (Parts A and B) and the
recommendations to the Inquiry (Part D) are kept; Part C, describing the
programme, and Annexes A to C were added. The adaptation was done with Track
Changes on, and the changes were left in.

Layout: a shaded one-cell "Note for the TDA panel" table; a title block; a
shaded summary box; NO heading styles (Part titles are bold capitals typed as
Normal paragraphs); hand-typed paragraph numbers 1-68 with bold run-in
labels ("Entry.", "Prior learning."), some of which look like requirement
ids only by accident; lettered recommendations R1-R6; Annex A a study-day
table with merged unit rows; Annex B an outcome table in the partners' own
words and codes (PA1-PA7, KU1-KU9, PS1-PS12) with merged shaded group rows;
Annex C a tutor table. Header (memorandum title, "Version 3") and footer with
PAGE / NUMPAGES fields. Three tracked changes, two comments.

Traps (requirement ids affected):
- Part D recommendations are what the partners asked the Inquiry to
  recommend to Government; R3 (every SENCO leaves with a professional
  development plan agreed with the head) is the only place further targets
  appear, apart from an aspiration about alumni meetings "in time" (2.5
  not_met).
- Negation far from its subject: in "Who the course is for" a paragraph on
  experienced outreach teachers says that for the first two cohorts
  "the answer is no" to being assessed without the taught units (2.3
  not_met).
- Tracked deletion of a January start for a second group (3.2 partially_met:
  only a choice of venue and a day/twilight tutorial remain; one start, fixed
  order).
- Tracked insertion of the APEL paragraph (inserted text is part of the
  submission: 2.1 met).
- Tracked deletion of the baseline-and-repeat measures of pupils, replaced by
  an inserted sentence that participants "describe" the difference; plus a
  wish to follow pupils up "if resources allow" (5.9 partially_met: the
  confidence scale before and after stays).
- Wrong context: enhanced CRB checks and the Single Central Record are
  described for Federation staff and outreach teachers, and visitors are
  signed in and accompanied; nothing verifies participants' disclosures. A
  comment asks whether to add something on participants' CRBs (comments are
  not part of the submission) (5.3 not_met).
- The college's Moodle site holds readings and a forum "which participants
  use among themselves"; tutors support face to face only; a comment asks
  whether tutors can commit to the forum (3.3 partially_met).
- "Starting conversation" with an outreach teacher before the course is used
  to plan groups, with no individual plan or personalised outcomes (2.2
  partially_met).
- "Tailored to each participant" asserted; fee and LA funding stated (2.4
  partially_met).
- Workplace mentors are "sent a short guide"; tutors "know the course well"
  (5.7 partially_met).
- Stakeholders deliver (parent partnership day, EPs) but their part in
  evaluation is only "we would welcome" (4.3 partially_met).
- Annex B claims "All twenty-eight outcomes are developed and assessed" but
  has 27 rows: encouraging colleagues' formative assessment is missing
  (6.S2c not_met); PA3 time management "not separately assessed" (6.A3),
  PA7 keeping up to date assessed only by an unmarked learning journal
  (6.A7), KU4 child development with a dash under Assessed (6.K4), PS4
  access arrangements developed in a handbook reading only with a dash
  (6.S2d), PS6 deploying staff assessed in Task 3 but with nothing under
  Developed (6.S4) - all partially_met; hence 1.9 partially_met. The award
  board's rule (paragraph 51) requires evidence for every outcome "in Annex
  B", a list that lacks one national outcome, so 6.0 is partially_met.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("gk-01-quenby-lamb-evidence.docx")
_ID = [900]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def tracked(par, text, kind, author, date="2009-03-20T10:00:00Z"):
    _ID[0] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(_ID[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t" if kind == "ins" else "w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    par._p.append(el)


def field(par, instr, shown="1"):
    def fc(kind):
        r = par.add_run()
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r._r.append(f)
    fc("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r._r.append(it)
    fc("separate")
    par.add_run(shown)
    fc("end")


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.3)

# header and footer
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Quenby and Linthwaite Federation | Dunholme County Council | St Cedd's College - Written evidence to the Lamb Inquiry, adapted for the TDA (Version 3)"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ")
field(fp, "PAGE")
fp.add_run(" of ")
field(fp, "NUMPAGES", "9")
fp.add_run("    Not for circulation beyond the panel")


def P(text="", bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def TITLE(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11.5)
    return p


def N(num, text, label=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{num}.\t")
    if label:
        p.add_run(label + " ").bold = True
    r = p.add_run(text)
    return p, r


def box(lines, fill="E7E6E6"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    c.paragraphs[0].add_run(lines[0][0]).bold = lines[0][1]
    for txt, b in lines[1:]:
        pp = c.add_paragraph()
        pp.add_run(txt).bold = b
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- note
box([
    ("Note for the TDA panel", True),
    ("This is the memorandum of written evidence that the three partners sent to the Lamb Inquiry on 20 February 2009. "
     "We have adapted it as our application for approval to provide the national award for SENCOs because the Inquiry's "
     "questions about parents' confidence in schools are the questions around which we have designed the course.", False),
    ("Parts A and B (paragraphs 1 to 22) are as sent to the Inquiry, with small corrections. Part C (paragraphs 23 to 62) "
     "and Annexes A to C were written for this application. Part D sets out what we asked the Inquiry to recommend to "
     "Government and to local authorities; it is our view of what others should do and is not a description of our "
     "programme. We have left our editing visible so that the panel can see what changed between versions.", False),
])

P("MEMORANDUM SUBMITTED BY THE QUENBY AND LINTHWAITE FEDERATION, DUNHOLME COUNTY COUNCIL AND ST CEDD'S COLLEGE OF HIGHER EDUCATION", bold=True, size=12)
P("Lamb Inquiry: Special Educational Needs and Parental Confidence - call for evidence", italic=True)
P("Contact: Mrs Alison Threlfall, Executive Headteacher, Quenby School, Meadowcroft Road, Dunholme DH7 3QL", size=9)

box([
    ("Summary", True),
    ("\u2022 Parents of children with SEN tell us that their confidence in a mainstream school rises and falls with one person: the SENCO.", False),
    ("\u2022 In our survey of 61 Dunholme SENCOs, 23 had no SEN qualification at all and 27 were not members of their school's leadership team.", False),
    ("\u2022 Parents who moved their children to our special schools most often said that nobody in the previous school had explained what was happening or listened to what they knew about their child.", False),
    ("\u2022 We propose, with our partners, a postgraduate course for new SENCOs built around the relationship between the SENCO, the child and the family (Part C).", False),
    ("\u2022 We ask the Inquiry to make six recommendations (Part D).", False),
], fill="DEEAF6")

# ---------------------------------------------------------------- Part A
TITLE("Part A - About us")
N(1, "The Quenby and Linthwaite Federation was formed in September 2006, when the governing bodies of two Dunholme special schools agreed to work under one governing body and one executive headteacher. Quenby School (168 pupils aged 3 to 19) teaches pupils with moderate, severe and profound and multiple learning difficulties and has been a Specialist SEN College for cognition and learning since 2007. Linthwaite School (74 pupils aged 5 to 19) teaches pupils with autism and complex communication needs, many of whom also have learning difficulties.")
N(2, "The Federation runs the Quenby and Linthwaite Outreach Service (QLOS) under a service level agreement with Dunholme County Council. Nine outreach teachers (5.6 full-time equivalent) work with 140 of the county's 212 mainstream schools. In 2007-08 QLOS received 486 requests for support; 311 concerned an individual pupil and 175 concerned a school's whole approach to a group of pupils or to SEN provision in general. Most requests came from SENCOs.")
N(3, "Dunholme County Council's SEN and Inclusion Service includes the educational psychology service, the Parent Partnership Service and the SEN Assessment Team. The Council has commissioned SENCO training from the Federation since 2005 in the form of an unaccredited ten-session induction course for new SENCOs, which 74 teachers have attended.")
N(4, "St Cedd's College of Higher Education trains around 600 teachers a year and holds taught degree awarding powers. Its Faculty of Education offers a modular Master's framework in which teachers in the county already study for postgraduate certificates in inclusive education and in autism.")
N(5, "We write as three partners who see the same families from different sides: the special school to which a child moves when confidence has broken down, the authority that holds the statutory duties, and the college that trains the teachers.")

# ---------------------------------------------------------------- Part B
TITLE("Part B - What we have found")
N(6, "Between October and December 2008 we asked three groups what makes parents confident. We sent a questionnaire to the 640 families on the rolls of the two schools and the outreach caseload, and 212 replied. We surveyed all SENCOs in the county through the Council's SENCO network and 61 replied. We held two focus groups with 19 mainstream headteachers, and our outreach teachers recorded what parents said at 38 review meetings in the autumn term.", "Our evidence.")
N(7, "Of the 212 parents, 141 had a child who had been in a mainstream school before joining one of ours. When we asked what had gone wrong, the three answers given most often were: nobody explained what the school was doing or why (88 parents); the school did not listen to what the parent knew about the child (76); and the parent did not know who to ask (59). When we asked what had gone right where things went well, 102 parents named a particular teacher, and in 71 of those cases that teacher was the SENCO.", "What parents told us.")
N(8, "Parents of children with autism described meetings at which decisions had already been made. A mother wrote: 'They had the plan printed before I sat down. I was there to sign it.' Parents of children with the most complex needs described having to repeat their child's history to every new professional.")
N(9, "Of the 61 SENCOs, 23 had no SEN qualification and 27 were not members of their school's leadership team; 19 had been in post for less than two years. Asked what they most wanted from training, they listed, in order: the law and the Code of Practice; how to run a review meeting that parents find useful; how to get other teachers to take responsibility; and how to use data to show progress for pupils working below national curriculum levels.", "What SENCOs told us.")
N(10, "The headteachers wanted SENCOs who could lead other staff rather than carry the work alone, and who would be able to show governors what the school's SEN spending achieves. Several said that they could not release a SENCO for more than about a day a month, and that training should produce something useful in the school.", "What headteachers told us.")
N(11, "Our evidence is consistent with what inspectors and others have reported. Ofsted's report Inclusion: does it matter where pupils are taught? (2006) found that the quality of provision mattered more than the type of setting, and that the best provision had a senior leader with responsibility for it. The Education and Skills Committee's 2006 report on SEN described parents' loss of confidence in the statutory system. The Bercow Review (2008) found that parents of children with speech, language and communication needs had to fight for support, and that too few teachers had been trained in those needs.", "Wider evidence.")
N(12, "Our outreach teachers see the same pattern in schools. Where a SENCO meets parents early, explains what the school will do and reports back, requests to QLOS are fewer and are made earlier. Where the SENCO works alone, requests come late, often after a parent has asked for a statutory assessment.")
N(13, "The SENCO is therefore, in our view, the single most important influence on whether parents of children with SEN trust their child's school. The 2008 regulations which require SENCOs to be qualified teachers and, for new SENCOs, to gain the national award, are an opportunity to build that trust into the training.")
N(14, "Parents told us what they want a SENCO to be able to do: to explain the school's plans in plain language; to ask the parent what they know and to use it; to tell parents who else is involved and why; to bring the child's own views into meetings; and to keep promises about reviews.", "What parents want from a SENCO.")
N(15, "Several parents of older pupils at Linthwaite asked that their children be heard directly. Our pupils' council at Linthwaite, using symbols and Talking Mats, gave us its own list: 'Ask me', 'Tell me what will happen', 'Don't talk about me when I am there like I am not'.")
N(16, "We found that SENCOs who had attended the Council's unaccredited induction course were more confident about the Code of Practice but no more confident about meetings with parents. The course had no session on working with families. We have used this finding in designing the new course.")
N(17, "We also found that parents' confidence depends on schools making sensible arrangements for tests and examinations. Nineteen parents of secondary-age pupils described arrangements for extra time or a reader being agreed late or not at all.")
N(18, "Finally, the evidence points to the importance of other services. Parents valued SENCOs who knew the educational psychologist, the speech and language therapist and the voluntary groups, and could explain what each does. SENCOs told us they did not understand how to get help from health services.")
N(19, "We do not claim that our sample is representative of England. It is drawn from one county and from families who have, in many cases, already moved their child to a special school. But it is a large sample of exactly the parents whose confidence the Inquiry is concerned with.")
N(20, "Our full survey results are available on request.")
N(21, "We are grateful to the 212 families who replied, to the Dunholme SENCO network, and to the Parent Partnership Service, which helped us to design the questionnaire.")
N(22, "The next part of this memorandum describes the course we propose. Part D sets out our recommendations.")

# ---------------------------------------------------------------- Part C
TITLE("Part C - The course we will provide")
p, r = N(23, "The Postgraduate Certificate in Special Educational Needs Coordination (National Award) will be awarded by St Cedd's College of Higher Education. It carries 60 credits at Level 7 (Master's level) in the College's Master's framework and is made up of three 20-credit units. The College's Academic Board approved the programme on 12 March 2009 at a validation event chaired by the Dean of Education, with an external adviser from another university. Credits can be carried forward into the College's MA Inclusive Education.", "Award and validation.")
N(24, "The course has one purpose: that children and young people with SEN and/or disabilities in participants' schools make better progress and are happier, safer and better prepared for adult life. We read 'achievement' as the Every Child Matters outcomes of being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Every assessed task asks the participant to show what has changed for particular pupils, and Task 2 (see paragraph 47) asks for evidence against at least two of the five outcomes for the child studied.", "Purpose.")
N(25, "Unit 1, The SENCO, the law and the school, covers the Education Act 1996 as amended, the SEN Code of Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, accessibility planning, the 2008 SENCO regulations, Every Child Matters and the Children Act 2004, and the school's own SEN policy, self-evaluation and improvement planning. Unit 2, Knowing and teaching the child, covers the most common types of need (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism and moderate learning difficulties), assessment, planning and teaching, the use of ICT and communication aids, and working with pupils and families. Unit 3, Leading provision with others, covers provision mapping, working with senior leaders and governors, leading and developing colleagues and support staff, and working with other services and voluntary organisations.", "Units.")
N(26, "The course runs from September 2009 to July 2010. It has twelve study days (four per unit), two practice days and three individual tutorials. Annex A gives the programme.", "Shape of the year.")
N(27, "Study days alternate between Quenby School in Dunholme and Linthwaite School in Skelby, so that no participant has more than 35 minutes to travel to at least half the days. Participants may choose either venue for the second of each unit's tutorials, or take it as a twilight tutorial (4.15 to 5.45 pm) at the College.", "Venues and times.")
p, r = N(28, "All participants start in September and take the units in order, because Unit 3 builds on the school audit completed in Unit 1.", "Start dates.")
tracked(p, " A second group will start in January 2010 for SENCOs appointed part-way through the year, taking Unit 2 first.", "del", "G Pettifer", "2009-03-18T15:12:00Z")
N(29, "Each participant spends two practice days in the Federation. On the first they work alongside a class teacher at Quenby or Linthwaite, observing and taking part in person-centred planning with a pupil and family; on the second they shadow an outreach teacher visiting two mainstream schools. Participants arrange both days with our course administrator, choosing from dates each half term. We also arrange for each participant to spend a morning with the Council's educational psychology service or the speech and language therapy team at Linthwaite.", "Practice days.")
N(30, "Between study days participants use the College's Moodle site, which holds the readings for each day, the task briefs and a discussion forum which participants use among themselves. Tutors do not moderate the forum. Tutorials and feedback on draft work are given face to face.", "Between the days.")
p30 = doc.paragraphs[-1]
doc.add_comment(runs=[p30.runs[-1]], text="Miriam - can tutors commit to answering on the forum? If so we should say so. If not leave as is.", author="Graham Pettifer", initials="GP")

TITLE("Who the course is for")
N(31, "The course is for qualified teachers who have been appointed SENCO, or are to be appointed, in a maintained school, academy or non-maintained special school. Most participants will be from Dunholme schools, but we will accept teachers from neighbouring authorities.", "Participants.")
N(32, "Each applicant completes an application form and is nominated by the headteacher, who signs to confirm that the applicant holds QTS, holds or will take up the SENCO role by September 2009, and will be released for the twelve study days, the two practice days and one further day a term for school-based work. The course leader reads every application against our entry profile: QTS, at least two years' teaching, some experience of teaching pupils with SEN, and a role in the school that will allow the participant to complete the school-based tasks.", "Entry.")
N(33, "Where an applicant does not yet meet the profile, for instance a newly qualified teacher asked to take on the role, the course leader writes to the applicant and the headteacher explaining what is missing, suggests the Council's induction sessions or a term working alongside an experienced SENCO, and offers a place on the following year's course. The course leader also telephones the headteacher to discuss how the school will cover the SENCO role in the meantime.")
N(34, "Before the course begins each participant has a starting conversation with an outreach teacher, in school or by telephone, about their role, their school and their experience. The outreach teachers' notes help us to plan the groups for study days and to pair participants from similar schools.", "Starting conversation.")
p, r = N(35, "", "Prior learning.")
tracked(p, "Participants who have already gained credit at Level 7 in SEN or inclusion within the last five years, for instance in the College's Postgraduate Certificate in Autism, may apply to the College to have up to 20 credits recognised against Unit 2. Participants without credit may claim recognition of experience (APEL) for Unit 1 by submitting a portfolio mapped to that unit's learning outcomes, which the College's APL panel assesses in October. The course leader advises on claims at the starting conversation. A participant awarded credit for a unit still attends its study days where these are needed to meet outcomes not covered by the claim.", "ins", "M Oduya", "2009-03-19T09:40:00Z")
N(36, "Experienced teachers, some of them from our own outreach service, sometimes ask whether they could simply be assessed against the outcomes without attending. We have discussed this with the College and with the Council. For the first two cohorts the answer is no: everyone takes the taught units, because the group learning and the practice days are at the heart of what we have designed.")
N(37, "The fee for 2009-10 is \u00a31,250. Dunholme County Council will pay \u00a3800 of the fee for each participant from a Dunholme school from its standards fund allocation for SEN training, so that the cost to a Dunholme school is \u00a3450. The course is planned for 20 participants in 2009-10 and up to 24 in later years.", "Cost.")
N(38, "We want the course to be tailored to each participant and to their school. Participants choose the pupil for Task 2 and the development project for Task 3 from their own school's priorities, and each study day includes time in which participants work on their own school's questions.", "Tailoring.")

TITLE("Access and equality")
N(39, "Our two schools were built or adapted for pupils with physical and sensory needs, and every teaching room we use is accessible by wheelchair, has a hearing loop and has accessible toilets close by. The College's twilight room is on the ground floor.", "Buildings.")
N(40, "The application form invites applicants to tell us about a disability or health condition and explains why we ask: so that we can make adjustments before the course starts, not after a difficulty has arisen. The course leader contacts everyone who tells us and agrees the adjustments in writing. Course materials are available in large print, on coloured paper, in electronic form for screen readers and, on request, in Braille through the Council's sensory service. We will book BSL interpreters or a palantypist for any session. For assessment, the College's disability adviser agrees adjustments such as extra time, an alternative to the Task 3 presentation, or a viva in place of part of a written task; the practice days are arranged with the participant's needs in mind.", "Disclosure and adjustments.")
N(41, "The course itself promotes positive attitudes to disabled people. Disabled adults, including two former Quenby pupils who now work as teaching assistants, contribute to Unit 2, and the Federation's equality scheme, which covers race, disability and gender, applies to the course. We monitor applications and results by disability, ethnicity and gender and report them to the Federation's governors' curriculum committee each year.", "Positive attitudes.")

TITLE("Teaching and assessment")
N(42, "Study days are practical. Each begins with a case from our outreach work or a participant's school and ends with a task for the school. Parents, pupils and practitioners from other services contribute throughout; Day 6 (Working with families) is planned and co-taught by the Council's Parent Partnership Service and two parents from the Federation's parents' forum.", "Study days.")
N(43, "Each participant's headteacher nominates a mentor in school, usually a senior leader. We will send mentors a short guide explaining the course and the tasks, and mentors sign the participant's outcome tracking sheet at the end of each unit.", "Mentors.")
N(44, "Our tutors know the course well, having designed it together, and between them bring experience of special and mainstream schools, outreach, educational psychology and higher education (Annex C).", "Tutors.")
N(45, "There are three assessed tasks and a portfolio.", "Tasks.")
N(46, "Task 1 (Unit 1, 4,000 words): an audit of the participant's school against the Code of Practice and the disability equality duty, with an action plan agreed with the headteacher. It includes a one-page summary of the plan written for parents.")
N(47, "Task 2 (Unit 2, 5,000 words): a case study of one pupil, drawing on assessments by the school and by other professionals, the pupil's own views gathered in a way suited to the pupil, and an interview with the parents or carers, leading to a revised plan and a review meeting that the participant leads. It must show evidence against at least two of the five Every Child Matters outcomes.")
p47 = N(48, "Task 3 (Unit 3, 4,000 words and a 15-minute presentation to the participant's headteacher or a governor, which a tutor observes): a development project in which the participant uses a provision map to find and change ineffective provision for a group of pupils, working with colleagues and support staff, and evaluates the result.")[0]
tracked(p47, " Every participant will take baseline measures for the group of pupils before the intervention and repeat them at the end of the unit.", "del", "A Threlfall", "2009-03-20T11:05:00Z")
tracked(p47, " Participants will describe in Task 3 what difference their work has made for the pupils.", "ins", "A Threlfall", "2009-03-20T11:06:00Z")
N(49, "The portfolio holds the participant's outcome tracking sheet, the tutor's notes of the practice days, the tutorial records and a learning journal. The journal is read by the tutor at each tutorial and is not marked.", "Portfolio.")
N(50, "Every task is marked by the unit tutor against the College's Level 7 criteria. A second tutor marks a sample of at least a quarter of the scripts for each task, including every fail and every script within three marks of a grade boundary. The course team meets after each task to moderate, and the College's external examiner for the Master's framework sees a sample of every task and attends the assessment board.", "Marking and moderation.")
N(51, "The College's assessment board awards the certificate. A participant passes only if all three tasks are passed and the tracking sheet, signed by the unit tutors and the mentor, shows evidence for every one of the outcomes in Annex B. A participant with gaps is given a further opportunity within the College's regulations, and is not awarded the certificate until the gaps are closed.", "Award.")

TITLE("Quality and evaluation")
N(52, "Participants evaluate each study day on a short form and each unit in a focus group with a tutor not involved in teaching it. The course team reviews these at its meeting after each unit and records what it will change. The College's annual monitoring requires a report on the course each autumn to the Faculty's Programme Committee, drawing on the evaluations, the external examiner's report, results and the equality monitoring, with an action plan that the Committee follows up in the next report.", "How we will check quality.")
N(53, "At the starting conversation and again at the final tutorial each participant rates their confidence on a scale for each of the outcomes in Annex B; we report the change to the Programme Committee. We would like to follow up a sample of participants' pupils a year after the course to see whether their progress has improved, if resources allow.", "Impact.")
N(54, "We would welcome parents' and headteachers' views on the course as it runs and will think about how best to gather them.", "Stakeholders' views.")
N(55, "All Federation staff and outreach teachers, including everyone who teaches on the course, hold enhanced CRB disclosures, which are checked by the Federation's business manager and recorded on the Single Central Record. Visitors to our schools, including course participants on practice days, sign in at reception, wear a visitor's badge and are accompanied at all times.", "Safeguarding.")
doc.add_comment(runs=[doc.paragraphs[-1].runs[-1]], text="Should we add something on participants' own CRBs? The TDA will ask. Their schools do the checks already.", author="Graham Pettifer", initials="GP")
N(56, "Quenby's Specialist SEN College resource centre holds assessment materials, communication aids, switch and eye-gaze equipment and software, which participants may borrow or try on study days. The College library holds the course texts and gives participants access to its electronic journals from home, and the Council's SEN resource library is open to them.", "Resources.")
N(57, "The course draws on the specialist staff of both schools, including speech and language therapists, an occupational therapist, a music therapist and teachers qualified in visual impairment and autism, and on the Council's educational psychologists and sensory service.", "Specialist expertise.")

TITLE("What changed as a result of what we were told")
N(58, "Our first outline, drawn up in September 2008, was a taught course of twelve twilight sessions with essays. The evidence in Part B changed it in four ways. SENCOs and headteachers asked for whole days once a month rather than twilights, and for tasks that produce something useful in school: we moved to study days and school-based tasks. Parents told us that nobody explained or listened: we added Day 6, co-taught with parents, and the parent interview and review meeting in Task 2. The Linthwaite pupils' council asked to be heard: Task 2 now requires the pupil's own views. Parents of secondary pupils described late examination arrangements: these are now covered in Unit 2.")
N(59, "The Council's educational psychologists teach on Days 5 and 9, and the Parent Partnership Service plans and co-teaches Day 6. Headteachers from the SENCO network's steering group will be invited to the Task 3 presentations.")
N(60, "The course will be evaluated against the aims we have set out: better-informed, more confident SENCOs, and more confident parents.")
N(61, "In time we would like to bring former participants together each year to share what they have done since.")
N(62, "Annexes A to C give the programme, the outcomes and the tutors.")

# ---------------------------------------------------------------- Part D
TITLE("Part D - Our recommendations to the Inquiry")
P("We ask the Inquiry to recommend:")
for code, txt in [
    ("R1", "that the Government require every SENCO to be a member of, or report directly to, the school's leadership team;"),
    ("R2", "that the national award for SENCOs include, in every approved course, teaching on working with parents that is planned with parents;"),
    ("R3", "that every SENCO completing the national award leave the course with a professional development plan for the following two years, agreed with the headteacher and reported to governors;"),
    ("R4", "that local authorities publish, for parents, the training that each school's SENCO has completed;"),
    ("R5", "that Ofsted report on the confidence of parents of pupils with SEN in every school inspection;"),
    ("R6", "that the Government fund a national study of the impact of SENCO training on pupils' progress."),
]:
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(code + "\t").bold = True
    p.add_run(txt)

# ---------------------------------------------------------------- Annex A
doc.add_page_break()
TITLE("Annex A - Programme 2009-10")
rows = [
    ("U", "Unit 1: The SENCO, the law and the school"),
    ("Day 1", "17 Sept 2009", "Quenby", "The SENCO's role; the Code of Practice and the 2008 regulations", "Course leader"),
    ("Day 2", "15 Oct 2009", "Linthwaite", "Disability equality, accessibility plans; Every Child Matters and the Children Act 2004", "Course leader; Council equality officer"),
    ("Day 3", "12 Nov 2009", "Quenby", "How children develop; the learning environment", "College tutor"),
    ("Day 4", "10 Dec 2009", "Linthwaite", "School self-evaluation, the SEF and improvement planning for SEN", "Executive Headteacher"),
    ("U", "Unit 2: Knowing and teaching the child"),
    ("Day 5", "14 Jan 2010", "Quenby", "Types of need I: MLD, SpLD and dyslexia; assessment by other professionals", "EP; outreach teacher"),
    ("Day 6", "4 Feb 2010", "Linthwaite", "Working with families (co-taught with the Parent Partnership Service and parents)", "Parent Partnership; parents' forum"),
    ("Day 7", "4 Mar 2010", "Quenby", "Types of need II: SLCN, autism, BESD; hearing pupils' views", "Linthwaite staff; SALT"),
    ("Day 8", "25 Mar 2010", "Linthwaite", "Teaching approaches, ICT and communication aids; research on what works", "College tutor; outreach teacher"),
    ("U", "Unit 3: Leading provision with others"),
    ("Day 9", "22 Apr 2010", "Quenby", "Provision mapping; tracking with P scales and national tests", "EP; course leader"),
    ("Day 10", "20 May 2010", "Linthwaite", "Senior leaders and governors; budgets and resources", "Executive Headteacher; governor"),
    ("Day 11", "17 Jun 2010", "Quenby", "Developing colleagues: observation, coaching, training", "College tutor"),
    ("Day 12", "8 Jul 2010", "Linthwaite", "Other services and voluntary organisations; review of the year", "Outreach lead; voluntary sector guests"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for i, h in enumerate(["Day", "Date", "Venue", "Focus", "Led by"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "BDD7EE")
for row in rows:
    cells = t.add_row().cells
    if row[0] == "U":
        m = cells[0].merge(cells[4])
        m.text = row[1]
        m.paragraphs[0].runs[0].bold = True
        shade(m, "F2F2F2")
    else:
        for i, v in enumerate(row):
            cells[i].text = v
P("Practice days: two, arranged individually between October 2009 and May 2010. Tutorials: one per unit.", italic=True, size=9)

# ---------------------------------------------------------------- Annex B
TITLE("Annex B - The outcomes, where they are developed and how they are assessed")
P("We have written the national outcomes in our own words. All twenty-eight outcomes are developed and assessed as set out below. Days refer to Annex A; tasks to paragraphs 46 to 49.")
groups = [
    ("Professional attributes", [
        ("PA1", "Builds fair, respectful and trusting relationships with pupils with SEN and disabilities and with their families", "Days 6, 7; practice day 1", "Task 2 (parent interview and review meeting)"),
        ("PA2", "Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes for these pupils", "Days 4, 10", "Task 1 (action plan agreed with head); Task 3 presentation"),
        ("PA3", "Prioritises, manages time and delegates sensibly, and checks that delegated work is done", "Days 1, 10; tutorials", "Not separately assessed"),
        ("PA4", "Anticipates and resolves problems and makes sound decisions about provision", "Days 9, 12", "Task 3"),
        ("PA5", "Speaks and writes clearly and listens to and understands the views of others", "All days; Day 6", "Tasks 1-3 (written); Task 3 presentation; Task 2 review meeting"),
        ("PA6", "Uses research and outside advice to improve own and colleagues' practice", "Days 8, 11", "Task 3 (literature section)"),
        ("PA7", "Keeps up to date and takes charge of own professional development in SEN", "Days 1, 12", "Learning journal (read at tutorials)"),
    ]),
    ("Knowledge and understanding", [
        ("KU1", "The law and guidance on SEN, including the Code of Practice, what they mean for the school and how to apply them", "Days 1, 2", "Task 1"),
        ("KU2", "Every Child Matters and the SENCO's part in helping children to achieve its outcomes", "Day 2", "Task 2 (two ECM outcomes)"),
        ("KU3", "Disability equality law and what schools must do", "Day 2", "Task 1 (disability equality duty audit)"),
        ("KU4", "How children develop, and how SEN, disability and the environment affect development", "Day 3", "\u2014"),
        ("KU5", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, autism, MLD) and how they affect learning", "Days 5, 7", "Task 2"),
        ("KU6", "A critical grasp of approaches and resources for assessment, planning and teaching, including ICT", "Days 5, 8", "Task 2"),
        ("KU7", "School self-evaluation and improvement and how they relate to outcomes for pupils with SEN", "Day 4", "Task 1"),
        ("KU8", "Best practice and research on meeting SEN", "Day 8", "Task 3 (literature section)"),
        ("KU9", "What other agencies do and how to get their help", "Days 5, 12; practice day 2", "Task 2 (other professionals' assessments); Task 3"),
    ]),
    ("Skills", [
        ("PS1", "Works with senior leaders and governors to shape an inclusive ethos, policies, priorities and use of resources", "Days 4, 10", "Task 3 presentation to head or governor"),
        ("PS2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Days 5, 9", "Task 2"),
        ("PS3", "Uses assessments by other professionals to shape teaching", "Day 5", "Task 2"),
        ("PS4", "Identifies early the arrangements pupils need for tests and examinations and puts them in place with colleagues", "Unit 2 handbook reading", "\u2014"),
        ("PS5", "Uses summative data, including national tests, to track progress and change programmes", "Day 9", "Task 3"),
        ("PS6", "Deploys and manages staff, including teaching assistants, effectively", "", "Task 3"),
        ("PS7", "Uses provision mapping to plan provision and find what is ineffective or missing", "Day 9", "Task 3"),
        ("PS8", "Supports colleagues' development through observation and feedback, modelling, coaching and training", "Day 11", "Task 3 (coaching log)"),
        ("PS9", "Reviews and evaluates provision with colleagues to inform school self-evaluation", "Days 4, 9", "Task 3 evaluation"),
        ("PS10", "Involves pupils in planning, agreeing and reviewing their provision", "Day 7; practice day 1", "Task 2 (pupil's views; review meeting)"),
        ("PS11", "Works with parents and carers to support learning and development", "Day 6", "Task 2"),
        ("PS12", "Works in partnership with other services and voluntary organisations", "Day 12; practice day 2", "Task 3 (partnership section)"),
    ]),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["Code", "The outcome in our words", "Developed", "Assessed"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    shade(t.rows[0].cells[i], "BDD7EE")
for g, items in groups:
    cells = t.add_row().cells
    m = cells[0].merge(cells[3])
    m.text = g
    m.paragraphs[0].runs[0].bold = True
    shade(m, "D9D9D9")
    for it in items:
        cells = t.add_row().cells
        for i, v in enumerate(it):
            cells[i].text = v

# ---------------------------------------------------------------- Annex C
TITLE("Annex C - Tutors")
staff = [
    ("Ruth Calloway", "Course leader; Deputy Head (Outreach), Quenby", "MA Special and Inclusive Education; former SENCO in two primary schools; leads QLOS"),
    ("Dr Miriam Oduya", "College link tutor; Senior Lecturer, St Cedd's", "PhD on parent-professional partnership; leads the MA Inclusive Education"),
    ("Alison Threlfall", "Executive Headteacher", "NPQH; Ofsted additional inspector (special schools) since 2004"),
    ("Dr Huw Bellamy", "Senior Educational Psychologist, Dunholme", "Doctorate in educational psychology; leads the Council's SENCO network"),
    ("Sunita Rana", "Head of Communication, Linthwaite", "Speech and language therapist; accredited Talking Mats trainer"),
    ("Kevin Ashworth", "Outreach teacher", "Mandatory qualification (visual impairment); 11 years in outreach"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["Name", "Role on the course", "Qualifications and experience"]):
    t.rows[0].cells[i].text = h
    t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
for s in staff:
    cells = t.add_row().cells
    for i, v in enumerate(s):
        cells[i].text = v
P("")
P("Alison Threlfall, Executive Headteacher, on behalf of the partners, 23 March 2009", italic=True)

doc.save(OUT)
print("wrote", OUT)
