"""Build cn-02-elsdon-dossier.docx: Elsdon County Council (invented), a dossier of letters.

Provider: Elsdon County Council, Children and Young People's Service, Learning
Support and Inclusion Team (a local authority), with the University of Brantwood
validating. Programme: the Elsdon SENCO Award, a University Certificate in Special
Educational Needs Coordination of 30 credits at Level 7 (a 30-credit top-up module
makes a PGCert). Ten course days October-June plus two placement days at Fellside
School, a county special school. Dated 23 February 2009; 2008-era vocabulary (CRB,
List 99, single central record, DDA 2005, Code of Practice 2001, ECM, Standards Fund).

Voice: several. The covering memo and the programme statement are in local
authority officialese ("the Council", "Elsdon's schools"); each partner letter has
its own writer and register (a university quality officer, a principal educational
psychologist, a headteachers' association chair, a special school head, two parent
co-chairs, a small charity's secretary, a primary SENCO who took the old course).

Layout (a submission dossier, the kind a small authority sent with a thin narrative
and its partners' letters):
- A covering memorandum: a To/From/Date/Ref/Subject table, a short body with a
  blanket coverage claim, and a typed list of eight enclosures.
- Enclosure 1, the programme statement: no headings at all; every paragraph opens
  with a bold run-in head ("Purpose.", "Checks.", "Fairness and access." ...); the
  ten course days are paragraphs opening "Day 1 (October)." etc.
- Enclosures 2-8: letters on typed letterheads (a borderless two-cell table, the
  address typed with manual line breaks), a date, an inside address, salutation,
  a subject line, body, sign-off, and "cc" or "Enc." lines. Each enclosure starts on
  a new page under a right-aligned "Enclosure N" label.
- Enclosure 2 (the University) carries a table "Extract from the approved programme
  specification, Section 9: Assessment" (task, form and weighting, what is
  assessed), with a "Not assessed" row.
- Page header naming the dossier; footer with a page number.

Traps and genuine arrangements, with the requirement ids they affect:
- E.1 met (Enclosure 2 confirms validation). E.2 partially_met: Level 7 but
  30 credits, not 60; the top-up module is optional.
- 1.1 met: the Purpose paragraph names all five ECM outcomes and says both tasks ask
  for the difference to pupils' attainment and well-being.
- 1.3 partially_met: research comes only through the psychologists (Enclosure 3)
  and Day 1 covers recent national developments; no inspection evidence anywhere.
- 1.5 not_met (aspiration, another's voice): only the Principal EP's "I very much
  hope the new Award will equip SENCOs to seek out ... the views of the children".
- 1.6 met: Day 9 advising senior leaders and governors and reviewing provision
  with colleagues; termly cluster meetings beyond the school; Day 7 agencies.
- 1.7 met: Day 6, co-taught by the Parents' Forum (statement and Enclosure 6).
- 1.8 met: Task 1 requires setting targets, planning an intervention and reviewing
  progress over six weeks; Task 2 proposals go to the head.
- 1.9 and 6.0 partially_met: award on passing both tasks plus attendance, and the
  memo's claim that the enclosures show "all of the minimum outcomes" are covered,
  while the assessment extract leaves several outcomes unassessed.
- 2.1 met: RPL of certificated study or experience by portfolio for Task 1.
- 2.2 partially_met: only the headteacher's nomination form, read by tutors "so
  that they know the group"; no needs assessment against the outcomes, no individual
  plan. The personal learning plans in Enclosure 8 belong to the old Certificate.
- 2.3 not_met (negation): "we do not propose to offer one"; the heads' wish in
  Enclosure 4 and the old Certificate's portfolio route in Enclosure 8 do not count.
- 2.4 met: link tutor visits, task focus agreed to suit the school, feedback on
  drafts, groups of twelve, free to maintained schools, cover paid.
- 2.5 met: Day 10 CPD plan with targets, agreed with the head, seen by the tutor.
- 3.1 met: disclosure on the nomination form, Access Officer, adjustments, formats,
  monitoring under the equality schemes.
- 3.2 partially_met: one intake, days in fixed order; only a missed day may be
  taken with the next group. The University's online PGCert route (Enclosure 2) is
  another programme and "not available to Elsdon participants".
- 3.3 not_applicable: "There is no online element"; the discussion board in
  Enclosure 8 belonged to the old Certificate.
- 4.1 met (Council survey, heads' survey); 4.2 met (Forum rewrote Day 6, heads'
  request produced the placement). 4.3 partially_met: stakeholders help deliver
  (EPs, Forum, Fellside, school mentors) but the Course Review Group is internal
  and involvement in evaluation is only offered or hoped for in Enclosures 3, 4, 6.
- 5.1 met: day and end evaluations, visit notes, University monitoring, external
  examiner, July Course Review Group agreeing changes, reporting back.
- 5.2 partially_met: QTS, post and nomination only; places "in the order in which
  nominations arrive"; no check that the candidate can meet the outcomes.
- 5.3 met: HR checks the single central record, disclosure date and number, List 99,
  written confirmation from academies, new disclosure after three months out.
- 5.4 met: named tutors with qualifications and current work.
- 5.5 met: specialists on course days and the planned Fellside placement
  (statement and Enclosure 5).
- 5.6 partially_met: only the Inclusion Resource Centre's books and assessment
  materials; the Dyslexia Association's ICT loan is an offer that "will be
  considered"; no ICT or specialist technology.
- 5.7 not_met: mentor handbook "will be written during the first year" and tutors
  "know what is expected of them"; the mentor handbook in Enclosure 8 was the old
  course's.
- 5.8 met: Enclosure 2 second marking, moderation meeting, external examiner.
- 5.9 partially_met: participants' confidence ratings only; pupil impact is only
  something the Council "hopes, over time, to see".
- Outcomes (days in Enclosure 1, assessment in the Enclosure 2 extract):
  met A1, A2, A6, K1, K3-K9, S1, S2, S2a, S2b, S3, S4, S6, S8, S9.
  partially_met: taught but not assessed K2 (Day 1), A4 (Day 9), A7 (Day 10; the
  CPD plan is "Not assessed"), S2c (Day 5), S2d (Day 4); assessed but never taught
  A5 (presentation) and S5 (Task 2 development plan for colleagues).
  not_met: A3 and S7 appear nowhere.
- Wrong context and distractors: Moorgate's provision map (Enclosure 4) is a head's
  own school; Fellside's outreach training for TAs and the Dyslexia Association's own
  course are other bodies' courses.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

OUT = Path(__file__).with_name("cn-02-elsdon-dossier.docx")

doc = Document()
doc.core_properties.author = "Janet Ellery"
doc.core_properties.title = "Elsdon SENCO Award - application dossier"
normal = doc.styles["Normal"]
normal.font.name = "Times New Roman"
normal.font.size = Pt(11.5)


def p(text="", bold=False, italic=False, size=None, align=None):
    para = doc.add_paragraph()
    if text:
        r = para.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "r":
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "c":
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def lines(*ls, bold_first=False):
    """One paragraph whose lines are separated by manual line breaks (w:br)."""
    para = doc.add_paragraph()
    for i, line in enumerate(ls):
        r = para.add_run(line)
        if bold_first and i == 0:
            r.bold = True
        if i < len(ls) - 1:
            r.add_break()
    return para


def runin(head, body):
    """A paragraph opening with a bold run-in head."""
    para = doc.add_paragraph()
    para.add_run(head + " ").bold = True
    para.add_run(body)
    return para


def no_borders(tbl):
    tblpr = tbl._tbl.tblPr
    tblpr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="single" '
        'w:sz="8" w:space="0" w:color="444444"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
        '<w:insideV w:val="nil"/></w:tblBorders>'))


def letterhead(name, sub, address_lines):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    left.width, right.width = Cm(9), Cm(7)
    lp = left.paragraphs[0]
    r = lp.add_run(name)
    r.bold = True
    r.font.size = Pt(14)
    if sub:
        r.add_break()
        r2 = lp.add_run(sub)
        r2.italic = True
        r2.font.size = Pt(9.5)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for i, line in enumerate(address_lines):
        rr = rp.add_run(line)
        rr.font.size = Pt(9)
        if i < len(address_lines) - 1:
            rr.add_break()
    doc.add_paragraph()


def enclosure(n):
    para = doc.add_paragraph()
    para.add_run().add_break(WD_BREAK.PAGE)
    para = p(f"Enclosure {n}", italic=True, size=9, align="r")
    return para


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ------------------------------------------------------------ header / footer
s0 = doc.sections[0]
hp = s0.header.paragraphs[0]
hp.text = "Elsdon County Council  \u2013  Application for approval: Elsdon SENCO Award  \u2013  dossier of 23 February 2009"
hp.runs[0].font.size = Pt(8)
fp = s0.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ covering memo
p("ELSDON COUNTY COUNCIL", bold=True, size=15)
p("Children and Young People\u2019s Service \u00b7 Learning Support and Inclusion Team", italic=True, size=10)
p("MEMORANDUM", bold=True, size=13)
memo = doc.add_table(rows=5, cols=2)
memo.style = "Table Grid"
for i, (k, v) in enumerate([
    ("To", "SENCO Training Approval Team, Training and Development Agency for Schools"),
    ("From", "Janet Ellery, Head of Learning Support and Inclusion"),
    ("Date", "23 February 2009"),
    ("Our ref", "LSI/JE/SENCO/09"),
    ("Subject", "Application for approval to provide nationally accredited SENCO training: the Elsdon SENCO Award"),
]):
    memo.cell(i, 0).text = k
    memo.cell(i, 0).paragraphs[0].runs[0].bold = True
    shade(memo.cell(i, 0), "E7E6E6")
    memo.cell(i, 0).width = Cm(3)
    memo.cell(i, 1).text = v
    memo.cell(i, 1).width = Cm(13)
doc.add_paragraph()
p("Please find enclosed Elsdon County Council\u2019s application for approval to provide the Elsdon SENCO "
  "Award from October 2009. From 2004 to 2008 the Council ran its own unaccredited course, the Elsdon SENCO "
  "Certificate; the new Award replaces it and is validated by the University of Brantwood.")
p("Rather than write a long narrative, we have set the programme out in a short statement and asked the "
  "partners who helped us build it to write to you in their own words. Taken together, the enclosures show "
  "that every requirement of the specification and all of the minimum outcomes in Annex 3 are covered. I "
  "should be glad to answer any questions the panel may have.")
p("Enclosures", bold=True)
for e in [
    "1  Programme statement, Learning Support and Inclusion Team",
    "2  Letter from the University of Brantwood, with an extract from the approved programme specification",
    "3  Letter from the Principal Educational Psychologist, Elsdon Educational Psychology Service",
    "4  Letter from the Chair of the Elsdon Primary Headteachers\u2019 Association",
    "5  Letter from the Headteacher, Fellside School",
    "6  Letter from the Elsdon Parents\u2019 Forum for SEN and Disability",
    "7  Letter from the North Elsdon Dyslexia Association",
    "8  Letter from a former participant of the Elsdon SENCO Certificate",
]:
    p(e)
p("Janet Ellery")
p("Head of Learning Support and Inclusion")

# ------------------------------------------------------------ Enclosure 1
enclosure(1)
p("The Elsdon SENCO Award: programme statement", bold=True, size=13)
p("Learning Support and Inclusion Team, February 2009", italic=True, size=10)

runin("Purpose.",
      "The Award exists to raise the achievement and improve the well-being of Elsdon\u2019s children and young "
      "people with special educational needs and disabilities in all five of the Every Child Matters outcomes: "
      "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving "
      "economic well-being. It does this by giving the teachers who lead SEN coordination in our schools the "
      "knowledge, skills and standing to do that job well. The aim is written into the programme "
      "specification and into both assessed tasks: each task asks the participant to show what difference his "
      "or her work has made to the pupils concerned, in their attainment and progress and in their wider "
      "well-being \u2013 attendance, friendships, safety and taking part in the life of the school.")
runin("Award and accreditation.",
      "The Award is validated by the University of Brantwood as its University Certificate in Special "
      "Educational Needs Coordination, carrying 30 credits at Level 7 (Enclosure 2). Participants who wish "
      "to may go on to the University\u2019s 30-credit module Leading Inclusive Practice, which together with "
      "the Award makes up a Postgraduate Certificate.")
runin("Who the course is for.",
      "The course is for qualified teachers who are in post as SENCO in an Elsdon school, or who will take up "
      "the role within the year. Each candidate is nominated by his or her headteacher on the Council\u2019s "
      "nomination form, which describes the candidate\u2019s experience and development needs. Places are "
      "allocated in the order in which nominations arrive, up to twenty-four a year. Tutors read each "
      "nomination form before Day 1 so that they know the group.")
runin("Checks.",
      "The Council\u2019s Schools HR team checks every candidate against the single central record of the "
      "nominating school, and confirms the date and number of the candidate\u2019s enhanced CRB disclosure and "
      "that the List 99 check has been made. Academies and independent schools keep their own records, so for "
      "their candidates we obtain the same details in writing from the employer, together with confirmation "
      "that there are no outstanding concerns about the candidate\u2019s conduct. A candidate who has not "
      "worked in a school or college in a post involving regular contact with children in the previous three "
      "months must obtain a new enhanced disclosure through the Council before Day 1, and nobody begins the "
      "placement at Fellside School until HR has confirmed these checks to the course administrator.")
runin("Fairness and access.",
      "The nomination form asks candidates whether they have a disability or any other need the Council "
      "should plan for, and explains why we ask and who will see the answer. The Council\u2019s Access Officer "
      "contacts every candidate who answers yes and agrees adjustments before Day 1; these may "
      "include a BSL interpreter, handouts in large print or electronic form, rest breaks, a reserved parking "
      "space, and extended deadlines agreed with the University\u2019s Disability Service. Fellside School "
      "adjusts its placement programme for any participant who needs it. Every venue meets the Council\u2019s "
      "access standard and has a hearing loop. Course publicity is available in large print, on audio CD and "
      "in Braille, and the Council monitors the ethnicity, gender and disability of those nominated and of "
      "those accepted, reporting the figures under its Race Equality Scheme and Disability Equality Scheme.")
runin("How the course runs.",
      "There is one intake a year, in October. The course runs over ten course days between October and June, "
      "roughly one a month, with two placement days at Fellside School in the spring term. The days are taken "
      "in order, because each builds on the one before. A participant who misses a day through illness or a "
      "crisis in school may take that day with the following year\u2019s group, and the dates avoid the weeks "
      "of the national tests in May. Between course days participants carry out short gap tasks in their own "
      "schools \u2013 for example auditing the school\u2019s SEN register against the Code of Practice after "
      "Day 1, observing one pupil across a whole school day after Day 3, or drawing a first provision map "
      "after Day 8 \u2013 and bring them to the next day; each participant also attends the termly SENCO "
      "cluster meeting for his or her area, where SENCOs from neighbouring schools work on shared problems "
      "with the area\u2019s link adviser. There is no online element: handouts and readings are given out on "
      "paper at each course day.")
runin("What participants learn.", "The ten course days are as follows.")
days = [
    ("Day 1 (October).",
     "The SENCO role. The Education Act 1996 and the Special Educational Needs and Disability Act 2001; the "
     "SEN Code of Practice (2001), what it requires of the school, the governors, the SENCO and class "
     "teachers, and how to put it into practice; the Children Act 2004, Every Child Matters and the SENCO\u2019s "
     "part in securing the five outcomes; Removing Barriers to Achievement, the Inclusion Development "
     "Programme and the Bercow Review (2008)."),
    ("Day 2 (November).",
     "Disability equality: the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality "
     "Duty, accessibility plans, and the reasonable adjustments schools must make for disabled pupils."),
    ("Day 3 (November).",
     "Taught by the Educational Psychology Service. How children develop \u2013 cognitively, in language and "
     "communication, socially and emotionally \u2013 and how special educational needs, disability and the "
     "physical and social environment affect that development; behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication "
     "needs, autistic spectrum disorders and moderate learning difficulties, and how each can affect learning."),
    ("Day 4 (December).",
     "Taught by the Educational Psychology Service. Identifying pupils who may have SEN through classroom "
     "observation, data and assessment; setting challenging targets; planning interventions and reviewing "
     "progress; using the assessments of psychologists, therapists and other professionals to shape teaching; "
     "using national curriculum tests, P scales and other summative assessments to track progress and change "
     "programmes; identifying in good time the access arrangements pupils need for national tests and "
     "examinations, and putting them in place with colleagues."),
    ("Day 5 (January).",
     "Teaching approaches, strategies and resources, including ICT, for removing barriers to learning and "
     "personalising provision; how the SENCO can encourage colleagues to develop formative assessment, with "
     "particular approaches for pupils with SEN; what research and best practice tell us about meeting "
     "special educational needs, and how to draw on research and specialist advice to improve one\u2019s own "
     "and colleagues\u2019 teaching."),
    ("Day 6 (February).",
     "Working with parents and carers, taught with two members of the Elsdon Parents\u2019 Forum. Building fair, "
     "respectful and constructive relationships with pupils and their families; listening to parents; "
     "advising and supporting parents; working in partnership at review meetings; handling disagreement."),
    ("Day 7 (March).",
     "Working with other services: the roles of educational psychology, speech and language therapy, CAMHS, "
     "social care and the Sensory Support Service; the Common Assessment Framework; getting specialist "
     "support and resources; working with voluntary organisations."),
    ("Day 8 (April).",
     "Provision mapping and management: planning and costing provision across the school and finding what is "
     "ineffective or missing; deploying and managing teaching assistants and other support staff."),
    ("Day 9 (May, after the test weeks).",
     "Leading SEN in the school: advising the headteacher, senior leaders and governors on an inclusive ethos, "
     "policy, priorities and resources, and winning their commitment; the principles of school self-evaluation "
     "and improvement planning; reviewing the effectiveness of provision with colleagues; problem-solving "
     "scenarios in which participants anticipate difficulties and decide on provision."),
    ("Day 10 (June).",
     "Next steps. Each participant drafts a personal CPD plan for the following two years on the Council\u2019s "
     "template, setting professional targets, and afterwards agrees it with the headteacher; the link tutor "
     "sees the agreed plan at the last school visit. We also look at ways of keeping up to date: the Elsdon "
     "SENCO network, NASEN membership, journals, the Council\u2019s SEN bulletin and the top-up module at "
     "Brantwood."),
]
for head, body in days:
    para = runin(head, body)
    para.paragraph_format.left_indent = Cm(0.75)
runin("How participants are assessed.",
      "There are two assessed tasks, set out in the extract from the approved programme specification that "
      "is attached to the University\u2019s letter (Enclosure 2). To receive the Award a participant must pass "
      "both tasks and attend at least nine of the ten course days and both placement days.")
runin("Recognising what participants already know.",
      "Under the University of Brantwood\u2019s Recognition of Prior Learning regulations, a participant who "
      "holds relevant certificated study at Level 7, or who can show substantial relevant experience through a "
      "portfolio mapped against the Task 1 outcomes, may be exempted from Task 1 and awarded its 15 credits. "
      "Claims are assessed by the University link tutor and a Council tutor and confirmed by the Board of "
      "Examiners. Participants exempted from Task 1 still attend the course days.")
runin("Assessment without attending.",
      "The Council has considered whether to offer an assessment-only route for very experienced SENCOs. With "
      "a single cohort each year and a course built around the placement, we do not propose to offer one.")
runin("Support for each participant.",
      "Each participant has a link tutor, one of the Council\u2019s Senior Inclusion Advisers, who visits him or "
      "her in school once a term, agrees the focus of both tasks so that they fit the school\u2019s priorities, "
      "and gives written feedback on a draft of each task. Course-day groups are kept to twelve. The course is "
      "free to Elsdon maintained schools, being funded from the Council\u2019s Standards Fund allocation for "
      "SEN, and costs \u00a3640 a place for academies and independent schools; the Council pays supply cover "
      "for the placement days.")
runin("Who teaches.",
      "The course is led by Rob Kinsella, Senior Inclusion Adviser, who was SENCO of an Elsdon secondary school "
      "for ten years and holds an MA in Inclusive Education, and Dr Fiona Marwick, Senior Inclusion Adviser and "
      "formerly head of a primary language unit, who holds the OCR Diploma in Specific Learning Difficulties. "
      "Days 3 and 4 are taught by the Educational Psychology Service (Enclosure 3), Day 6 jointly with the "
      "Parents\u2019 Forum (Enclosure 6), and Day 7 with the speech and language therapists of Elsdon Community "
      "Health and teachers from the Council\u2019s Sensory Support Service. Dr Peter Ashby of the University of "
      "Brantwood is link tutor. All the Council\u2019s tutors work in Elsdon schools every week and attend the "
      "University\u2019s annual SEN research conference.")
runin("Specialist expertise and placements.",
      "Participants work with educational psychologists, speech and language therapists, sensory support "
      "teachers and parents on the course days. Every participant spends two days at Fellside School, the "
      "county\u2019s special school for pupils with severe and complex learning difficulties, on a planned "
      "programme agreed with the headteacher (Enclosure 5).")
runin("Resources.",
      "Participants may borrow books and assessment materials from the Council\u2019s Inclusion Resource Centre "
      "at the Elsdon Professional Centre. The Dyslexia Association\u2019s offer of its loan collection "
      "(Enclosure 7) will be considered by the Course Review Group in July.")
runin("Tutors and mentors.",
      "Each participant\u2019s headteacher names a mentor in school, usually a member of the senior team, who "
      "meets the participant at least twice a term. A handbook for mentors will be written during the first "
      "year of the Award. Our tutors are experienced advisers who know what is expected of them.")
runin("How we will know it is working.",
      "Participants complete an evaluation at the end of every course day and a fuller one at the end of the "
      "course; link tutors write a short note after each school visit; the University carries out its annual "
      "monitoring of the Award, and the external examiner reports each year (Enclosure 2). A Course Review "
      "Group \u2013 the Head of Learning Support and Inclusion, the two lead tutors and the University link "
      "tutor \u2013 meets each July, considers all of this evidence together with the marks, and agrees changes "
      "for the next cohort. The changes are reported to the Council\u2019s SEN Strategy Board and explained to "
      "the new group on Day 1.")
runin("Measuring impact.",
      "At the start and at the end of the course participants rate their confidence against the content of "
      "each course day, and the change is reported to the Course Review Group. The Council also hopes, over "
      "time, to see the effect of the Award in Elsdon\u2019s SEN data.")
runin("Stakeholders.",
      "In the summer of 2008 the Council surveyed the SENCOs of all 212 Elsdon schools about their training "
      "needs, and 160 replied. Half had been SENCO for less than three years; most asked for help with "
      "provision management, with managing teaching assistants and with meetings with parents, and SENCOs in "
      "small primary schools asked for a course that took them out of school no more than one day a month. The "
      "Elsdon Primary Headteachers\u2019 Association surveyed its members separately (Enclosure 4). The content "
      "of Days 6 and 8, the monthly pattern of days and the Fellside placement all follow from these findings, "
      "and the Parents\u2019 Forum\u2019s reading of the draft course in November 2008 reshaped Day 6 "
      "(Enclosure 6).")

# ------------------------------------------------------------ Enclosure 2: University
enclosure(2)
letterhead("UNIVERSITY OF BRANTWOOD", "School of Education and Lifelong Learning \u00b7 Academic Quality Office",
           ["Chancery Building", "Castle Hill", "Brantwood BW1 4QS", "Tel 01632 960 772"])
p("23 February 2009")
lines("Ms Janet Ellery", "Head of Learning Support and Inclusion", "Elsdon County Council", "County Hall",
      "Elsdon EL1 2AA")
p("Dear Ms Ellery")
p("Elsdon SENCO Award: validation", bold=True)
p("I am pleased to confirm that the University\u2019s validation panel met on 9 February 2009 and approved the "
  "Elsdon SENCO Award as a University Certificate in Special Educational Needs Coordination, an award of the "
  "University carrying 30 credits at Level 7. The panel set two conditions, both of which the programme team "
  "has since met, and approval runs for five years from October 2009.")
p("The Award will run under the University\u2019s Regulations for Collaborative Provision. The Council tutors "
  "who teach and mark on the programme have been approved as recognised teachers of the University. Both "
  "tasks are first-marked by the Council tutor; all fails and a sample of at least 20 per cent of the "
  "remaining scripts are second-marked by the University link tutor, Dr Peter Ashby, and marks are agreed at "
  "a joint moderation meeting before each Board of Examiners. The University has appointed Dr Sarah Quennell "
  "of the University of Westhaven as external examiner; she will review a sample from each task and attend "
  "the Board. Claims for recognition of prior learning will be handled under the University\u2019s RPL "
  "regulations, as the programme statement describes.")
p("You asked whether participants could study the Award online. The University\u2019s own Postgraduate "
  "Certificate in Special Educational Needs offers an online route through our Blackboard site, but that "
  "route was not part of the approved Award and is not available to Elsdon participants.")
p("I enclose the assessment section of the approved programme specification.")
p("Yours sincerely")
lines("Dr Helen Quarry", "Head of Academic Quality")
p("Enc.  Extract from the programme specification, Section 9", size=9.5)
doc.add_paragraph()
p("Extract from the approved programme specification, Section 9: Assessment", bold=True)
ext = doc.add_table(rows=5, cols=3)
ext.style = "Table Grid"
rows = [
    ("Task", "Form and weighting", "What is assessed"),
    ("Task 1: Pupil case study", "3,000 words; 15 credits; pass or refer",
     "The participant\u2019s account of (a) the pupil\u2019s development and how the pupil\u2019s special "
     "educational needs or disability and the learning environment affect it; (b) the pupil\u2019s type of "
     "need and its effect on learning; (c) how the pupil\u2019s needs were identified, the targets set, the "
     "intervention planned, and how progress was reviewed over at least six weeks; (d) how assessments by "
     "other professionals were used to shape teaching; (e) how summative assessment, including national test "
     "results where available, was used to track the pupil\u2019s progress and adjust the programme; (f) the "
     "relationship built with the pupil and the family, and how the participant liaised with the parents or "
     "carers; (g) which external agencies, statutory or voluntary, were involved, how their support was "
     "obtained and how the participant worked with them."),
    ("Task 2: Provision review and development proposal",
     "3,000 words and a 15-minute presentation to the headteacher; 15 credits; pass or refer",
     "(a) How far the school\u2019s policy and practice meet SEN law and the Code of Practice; (b) the "
     "school\u2019s disability equality duties and accessibility plan; (c) a critical appraisal of the "
     "approaches, strategies and resources, including ICT, used for pupils with SEN; (d) the principles of "
     "school self-evaluation, and a review of the effectiveness of provision carried out with colleagues to "
     "inform the school\u2019s self-evaluation; (e) a provision map identifying ineffective or missing "
     "provision; (f) how support staff are deployed and managed; (g) how the participant has worked with the "
     "headteacher, senior leaders and the SEN governor on policy, priorities and resources, and secured their "
     "commitment; (h) the use of research, best practice and external advice to justify the proposal; (i) a "
     "plan for the professional development of colleagues. The presentation is assessed for the clarity of "
     "the participant\u2019s spoken explanation and for how he or she listens and responds to questions."),
    ("Not assessed", "\u2013",
     "The placement journal kept at Fellside School; the CPD plan drafted on Day 10; contributions on course "
     "days."),
    ("Award", "\u2013",
     "A participant who passes both tasks and meets the attendance requirement is recommended to the Board of "
     "Examiners for the award."),
]
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = ext.cell(i, j)
        c.text = val
        for r in c.paragraphs[0].runs:
            r.font.size = Pt(9.5)
            if i == 0:
                r.bold = True
        if i == 0:
            shade(c, "D9D9D9")
        c.width = [Cm(3.3), Cm(3.4), Cm(9.3)][j]

# ------------------------------------------------------------ Enclosure 3: EP service
enclosure(3)
letterhead("ELSDON COUNTY COUNCIL", "Educational Psychology Service",
           ["Aldgate House", "14 Mill Lane", "Elsdon EL3 9RT"])
p("18 February 2009")
p("To the SENCO Training Approval Team, TDA")
p("Dear colleagues")
p("I write in support of the Council\u2019s application. The Educational Psychology Service has worked with the "
  "Learning Support and Inclusion Team on the design of the Award since the spring of 2008. Two of our senior "
  "psychologists will teach Day 3, on child development and the common types of need, and Day 4, on "
  "identification and assessment, and we will contribute case material to Day 7. Our psychologists are "
  "active researchers \u2013 three of them are completing doctorates in applied educational psychology \u2013 "
  "and they will bring current research on speech and language, autism and literacy difficulties into their "
  "sessions.")
p("As a service we place great weight on listening to children. I very much hope the new Award will equip "
  "SENCOs to seek out and act on the views of the children and young people they work for, and I would be "
  "glad to see this strengthened as the course develops.")
p("We would also be pleased to help the Council evaluate the Award in future years, if asked.")
p("Yours faithfully")
lines("Dr Colm Haverty", "Principal Educational Psychologist")

# ------------------------------------------------------------ Enclosure 4: heads' association
enclosure(4)
letterhead("ELSDON PRIMARY HEADTEACHERS\u2019 ASSOCIATION", None,
           ["Chair: Mrs Lorna Pickstock", "Moorgate CE Primary School", "Church Walk, Moorgate",
            "Elsdon EL7 2DN"])
p("16 February 2009")
p("Dear Sir or Madam")
p("Support for the Elsdon SENCO Award", bold=True)
p("In October 2008 the Association surveyed its 148 member headteachers about SENCO training, and 97 replied. "
  "Three things stood out. Heads wanted their SENCOs to be able to lead provision across the whole school "
  "rather than manage a caseload; they could release a SENCO for one day a month but not more; and they "
  "wanted new SENCOs to see specialist provision at first hand. We shared the results with the Council, which "
  "built the placement at Fellside School into the course as a direct result, and the course days now fall "
  "once a month.")
p("Several of our members would also like an assessment-only route for experienced SENCOs who have led SEN in "
  "their schools for many years, and we hope the Council will look at this again.")
p("At Moorgate we have used provision mapping for three years; our SENCO\u2019s map is shared with governors "
  "every term, and I would commend the approach to any school.")
p("Heads in the Association have agreed to release nominated SENCOs for all course and placement days and to "
  "name a mentor in school for each. A number of us would be willing to sit on a group to review the course "
  "once it is running.")
p("Yours faithfully")
lines("Lorna Pickstock", "Chair, Elsdon Primary Headteachers\u2019 Association")
p("cc  Janet Ellery, Elsdon County Council", size=9.5)

# ------------------------------------------------------------ Enclosure 5: Fellside
enclosure(5)
letterhead("FELLSIDE SCHOOL", "Special school for pupils aged 3 to 19 with severe and complex learning difficulties",
           ["Headteacher: Mr Neil Ormerod", "Fell Road", "Upper Elsdon EL9 5PL"])
p("12 February 2009")
p("Dear Sir or Madam")
p("I am glad to confirm that Fellside will host every participant on the Elsdon SENCO Award for a two-day "
  "placement in the spring term. The programme for the two days has been agreed with the course leaders. "
  "Participants observe teaching in two classes, meet our speech and language therapist and our "
  "physiotherapist, shadow our assessment coordinator as she prepares for annual reviews, and spend an hour "
  "with our outreach teacher discussing how pupils move between Fellside and mainstream schools. Each "
  "participant keeps a placement journal, and a member of our senior team meets the group at the end of each "
  "day. We will adjust the programme for any participant with a disability, as we do for all our visitors.")
p("Our outreach service also runs its own termly training for mainstream teaching assistants, which is open "
  "to schools across the county.")
p("Yours sincerely")
lines("Neil Ormerod", "Headteacher")

# ------------------------------------------------------------ Enclosure 6: Parents' Forum
enclosure(6)
letterhead("ELSDON PARENTS\u2019 FORUM FOR SEN AND DISABILITY", None,
           ["c/o Elsdon Parent Partnership Service", "The Old School House", "Bridge Street",
            "Elsdon EL2 6JJ"])
p("10 February 2009")
p("Dear TDA")
p("The Forum is a group of about sixty parents and carers of children with special educational needs and "
  "disabilities from all over Elsdon. Eight of our members met Rob Kinsella and Fiona Marwick in November "
  "2008 to read the draft course. We told them that the draft day on parents was about informing parents "
  "rather than listening to them. The Council rewrote Day 6 as a result: it now starts from parents\u2019 own "
  "accounts of review meetings, good and bad, and two Forum members will teach it alongside the course "
  "leaders.")
p("We have asked to be involved in evaluating the course and hope this will be possible once the first group "
  "has finished.")
p("With best wishes")
lines("Amanda Cheshire and Tariq Mahmood", "Co-Chairs")

# ------------------------------------------------------------ Enclosure 7: Dyslexia Association
enclosure(7)
letterhead("NORTH ELSDON DYSLEXIA ASSOCIATION", "Registered charity no. 1045672",
           ["3 Market Row", "Hallowby", "Elsdon EL5 4AB"])
p("4 February 2009")
lines("Ms Janet Ellery", "Learning Support and Inclusion Team", "Elsdon County Council")
p("Dear Ms Ellery")
p("Thank you for telling us about the new SENCO Award. The Association holds a loan collection of some three "
  "hundred books, several structured literacy programmes and two laptops with text-to-speech and spelling "
  "software, and we would be happy to lend these to participants should the Council wish to take this up. We "
  "would also be glad to contribute a session on dyslexia-friendly schools if invited.")
p("The Association runs its own Dyslexia Awareness course for teachers each autumn, which SENCOs may find a "
  "useful follow-on.")
p("Yours sincerely")
lines("Margaret Ibbotson", "Honorary Secretary")
p("cc  SENCO Training Approval Team, TDA", size=9.5)

# ------------------------------------------------------------ Enclosure 8: former participant
enclosure(8)
letterhead("BROOKFOOT PRIMARY SCHOOL", None, ["Brookfoot Lane", "Elsdon EL4 8QW"])
p("9 February 2009")
p("Dear Sir or Madam")
p("The Council has asked me to write about my experience of the Elsdon SENCO Certificate, which I took in "
  "2006\u201307 when I first became SENCO at Brookfoot.")
p("Before the course each of us had an interview with a tutor and came away with a personal learning plan "
  "listing the areas we most needed to work on, and we went over it with the tutor at every session. Between "
  "sessions we used an online discussion board, and the tutors usually answered our questions within a day. "
  "My mentor in school had a handbook from the Council that explained exactly what she was supposed to do. "
  "Two very experienced colleagues on the course were allowed to submit a portfolio and be assessed without "
  "attending the sessions. All of this made a great difference to me.")
p("The Certificate gave me the confidence to change the way we run review meetings at Brookfoot, and I hope "
  "the new Award will keep the things that worked so well.")
p("Yours faithfully")
lines("Alison Tarrant", "SENCO, Brookfoot Primary School")

doc.save(OUT)
print("wrote", OUT)
