"""nq-02-fellgarth-boiler-book: build script (writes nq-02-fellgarth-boiler-book.docx beside itself).

PROVIDER (invented). The Fellgarth & District Society of Model Engineers, whose Tanyard Lane Works runs a
workshop school (lathe, milling and boilermaking classes for members, a steam track for garden-railway and
miniature locomotives). With Fellgarth Borough Council's Learning Support Service it runs the National Award for
SEN Coordination, validated by the (invented) University of Saltholme as a 40-credit module. Its Chief Boiler
Inspector (programme leader) is a retired secondary SENCO and a long-standing member.

DOCUMENT KIND AND LAYOUT. The course is written up as a Boiler History Book, the book every society keeps for a
registered miniature-locomotive boiler under its boiler test code: a Particulars of the Boiler table (merged and
shaded header), then nine Parts. No heading styles at all: titles are bold capitals typed as Normal paragraphs
with hand-typed numbers ("3.3 Checks on the Owner", "5.6 Bench Night 6" ...), which collide with requirement
ids. Lists are partly Word's List Bullet style and partly typed with an en dash. A Bench Nights table has merged
rows for the Steam-up Saturdays and a "[TBC]" date. Footnotes (a footnotes part) carry references and side
notes. Tracked changes: a whole deleted paragraph (an online forum), a deleted item and an inserted item in the
Hydraulic Test list. A header, a footer with a PAGE field. A blank test certificate in a floating text box (wps
with a VML fallback) at the end, with grey bracketed prompts and placeholders.

The house vocabulary: the Owner (the participant), the boiler (the Owner's year's portfolio of practice),
Inspectors (tutor-assessors), the Chief Boiler Inspector (programme leader), Fitters (school mentors), Bench
Nights (evening taught sessions), Steam-up Saturdays (full days), the Pre-steaming Check (needs assessment),
Material certificates (APL), Direct to Test (assessment-only route), the Visual Examination (a formative
tutorial: "advice only"), the Hydraulic Test (a marked written case study), the Steam Test (a marked in-school
observation and professional discussion), the Certificate (the Award), the Boiler Committee (stakeholder
committee), the Boiler Register (the record of changes).

OUTCOMES (criterion 6) are placed in prose: what each Bench Night teaches (5.1-5.11) and the three test lists in
Part 6. Met when taught and on the Hydraulic or Steam Test list. Partially met: A2, K5, K9, S2b, S6 (taught,
but only on the Visual Examination list, "advice only"), S4 (on the Hydraulic list but taught on no Bench Night).
Not met: A3 (absent), K7 (only the Works' own self-evaluation, wrong context), S9 (Part 9: "not part of this
boiler", left to the Borough's Team Around the Child course: negation and another provider's arrangement).

TRAPS (requirement ids).
- 40 credits, with a footnote about the University's 60-credit certificate of which the Award is only a part
  (E.2 partially_met).
- The aim is attainment only ("reading, writing and mathematics"); Every Child Matters appears only as content
  on Bench Night 1 (1.1 partially_met).
- Research is only "what best practice and research say" and "an up-to-date reading list" (1.3 partially_met).
- Some outcomes are only in the Visual Examination, "advice only" (1.9 partially_met; A2, K5, K9, S2b, S6).
- Tracked change in the Hydraulic Test list: the summative-assessment item is deleted (6.S2b then appears only
  on the Visual list, partially_met) and the child-development item is inserted (6.K4 met: an insertion is part
  of the submission).
- "3.3 Checks on the Owner" collides with requirement 3.3; the checks are real and on the candidates (5.3 met).
- The Pre-steaming Check is a questionnaire on experience used to put Owners into groups: no individual plan or
  personalised outcomes (2.2 partially_met).
- Deleted paragraph: an online forum, "the Boiler Room"; the body says plainly there is no e-learning (3.3
  not_applicable).
- Access is only a welcome and a step-free classroom (3.1 partially_met).
- Tailoring is only by "bench groups" of similar experience and by choice of route; nothing on cost-effectiveness
  beyond the Direct to Test fee (2.4 partially_met).
- Fitters are only "sent a copy of this Book" (5.7 partially_met).
- Right words about the wrong thing: the Works' specialist equipment is lathes, a milling machine and a brazing
  hearth; there is nothing on SEN teaching resources or ICT for SENCOs (5.6 not_met).
- Placements explicitly not offered; visiting specialists on two Bench Nights (5.5 partially_met).
- Met despite looks: 2.1 (University APL and APEL), 2.3 (Direct to Test, every outcome assessed), 3.2 (two
  routes, two starts, change of route), 4.1-4.3 (survey, pilot changes, Boiler Committee reads the evaluation),
  5.8, 5.9 (pupil baselines collected for the Committee), 6.0 (no Certificate until both Inspectors sign every
  outcome), 2.5 (the Next Boiler plan).
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Inches, Pt

from _nq_helpers import (Footnotes, cell_text, del_paragraph, ins_paragraph, page_field, para, runin, shade,
                         textbox, widths, word_count)

HERE = Path(__file__).parent
NAME = "nq-02-fellgarth-boiler-book"
AUTH = "Alan Threlkeld"
DATE = "2009-05-11T21:05:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
fn = Footnotes(doc)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Inches(1.0)
hp = sec.header.paragraphs[0]
hp.text = "FELLGARTH & DISTRICT S.M.E.  \u00b7  BOILER HISTORY BOOK  \u00b7  FDSME/NA/2009"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
r = fp.add_run("Tanyard Lane Works, Fellgarth. This Book remains the property of the Society.   Page ")
r.font.size = Pt(8)
page_field(fp, size=8)


def title(text, size=11, center=False, space=6):
    p = para(doc, text.upper(), bold=True, size=size, align=WD_ALIGN_PARAGRAPH.CENTER if center else None)
    p.paragraph_format.space_before = Pt(space)
    p.paragraph_format.keep_with_next = True
    return p


def sub(number, text):
    p = doc.add_paragraph()
    r1 = p.add_run(f"{number}  {text}")
    r1.bold = True
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_before = Pt(4)
    return p


def dash(text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Inches(0.3)
    p.paragraph_format.first_line_indent = Inches(-0.2)
    p.add_run("\u2013  " + text)
    return p


def bullet(text):
    return doc.add_paragraph(text, style="List Bullet")


title("Fellgarth & District Society of Model Engineers", 14, True, 0)
title("Tanyard Lane Works Workshop School", 11, True, 0)
title("Boiler History Book", 20, True, 12)
para(doc, "for the boiler registered as FDSME/NA/2009: the National Award for SEN Coordination",
     italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Sent to the approval panel as the Society's application, May 2009", size=9,
     align=WD_ALIGN_PARAGRAPH.CENTER)

# ---------------------------------------------------------------- particulars
pt = doc.add_table(rows=1, cols=2)
pt.style = "Table Grid"
pt.alignment = WD_TABLE_ALIGNMENT.CENTER
h = pt.cell(0, 0).merge(pt.cell(0, 1))
cell_text(h, "PARTICULARS OF THE BOILER", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
shade(h, "C9C9C9")
rating_cell = None
for k, v in (("Boiler No.", "FDSME/NA/2009"),
             ("Description", "The National Award for SEN Coordination, taught as a module of the University of "
                             "Saltholme's Postgraduate Certificate in Special Educational Needs"),
             ("Builder", "Fellgarth & District Society of Model Engineers, Tanyard Lane Works Workshop School, with "
                         "Fellgarth Borough Council Learning Support Service"),
             ("Design approved", "University of Saltholme, Faculty of Education, validation panel of 5 February "
                                 "2009. The University awards the credit and the Award is conferred by its "
                                 "Examination Board."),
             ("Rating", "40 credits at Master's level (M level)"),
             ("First steaming", "Thursday 10 September 2009 (Evening Route); Saturday 12 September 2009 (Weekend "
                                "Route)"),
             ("Chief Boiler Inspector", "Alan Threlkeld"),
             ("Test code", "The layout of the Society's Boiler Test Code, adapted for the Award")):
    cells = pt.add_row().cells
    cell_text(cells[0], k, bold=True, size=10)
    shade(cells[0], "EDEDED")
    cell_text(cells[1], v, size=10)
    if k == "Rating":
        fn.note(cells[1].paragraphs[0], "The University's full Postgraduate Certificate is 60 credits. Owners "
                                        "may take a further 20-credit module after the Award; it is not part of "
                                        "the Award and the Society does not teach it.")
    if k == "Test code":
        fn.note(cells[1].paragraphs[0], "Boiler Test Code, Fellgarth & District S.M.E., 2006 edition, based on "
                                        "the codes used by most model engineering societies for miniature "
                                        "locomotive boilers.")
widths(pt, [1.8, 4.6])

# ---------------------------------------------------------------- 1
title("1. How to read this Book")
para(doc, "Every boiler the Society tests has a History Book: what it is, who built it, how it was built, the tests "
          "it has passed and the certificate it holds. We keep the Award the same way, and the Inspectors, "
          "Fitters and Owners all use this Book. The words are these:")
for t in ("the Owner is the teacher taking the Award. The boiler is hers or his: it is the portfolio of practice "
          "the Owner builds over the year in school, and like a boiler it is built first and tested after;",
          "Inspectors are the tutors who teach and assess the Award, and the Chief Boiler Inspector leads it;",
          "a Fitter is an experienced SENCO, in the Owner's own school or a nearby one, who helps the Owner with "
          "the building between Bench Nights;",
          "Bench Nights are the evening taught sessions at the Works, and Steam-up Saturdays are full days;",
          "the Visual Examination, the Hydraulic Test and the Steam Test are described in Part 6, and the "
          "Certificate in 6.5;",
          "the Boiler Committee oversees the Award and the Boiler Register records every change made to it."):
    dash(t)

# ---------------------------------------------------------------- 2
title("2. What the boiler is for")
para(doc, "The Award has one aim: to raise the attainment and the rate of progress of pupils with special "
          "educational needs and disabilities in the Owners' schools, in reading, writing and mathematics. Its "
          "objectives are that each Owner:")
for t in ("knows the law and guidance on SEN and disability and puts them into practice in school;",
          "can identify pupils with SEN, set them challenging targets in the core subjects and plan and review "
          "interventions that raise their attainment;",
          "leads and supports colleagues so that pupils with SEN are well taught in every lesson; and",
          "can measure and show the progress in attainment that pupils make as a result."):
    dash(t)
para(doc, "The Hydraulic Test and the Steam Test are built round the same four objectives.")

# ---------------------------------------------------------------- 3
title("3. Entry and materials")
sub("3.1", "Who may bring a boiler")
para(doc, "The Award is open to qualified teachers who are SENCOs, or are to become SENCOs within the year, in a "
          "maintained school or academy. The application form is signed by the headteacher, who agrees to give "
          "the Owner the time the course needs and to name a Fitter. Every applicant has a half-hour interview "
          "with the Chief Boiler Inspector and brings a one-page account of the SEN provision in their school. "
          "From the interview and the account the Chief Boiler Inspector judges whether the applicant has enough "
          "knowledge, understanding and experience of SEN to reach every outcome by the end of the year. An "
          "applicant who is not yet ready is told in writing what to do first (most often a term working "
          "alongside an experienced SENCO, or the Borough's SEN induction days), the Chief Boiler Inspector talks "
          "it through with their headteacher, and the applicant is offered a place at the next intake.")
sub("3.2", "Material certificates")
para(doc, "As with copper for a boiler, we accept earlier material that comes with a certificate. An Owner who has "
          "already passed Master's level study in special educational needs may claim up to 20 of the 40 credits "
          "under the University's Accreditation of Prior Learning regulations; the claim is made at interview and "
          "decided by the University's Credit Panel on the Chief Boiler Inspector's advice. An Owner whose "
          "experience is long but uncertificated (a former advisory teacher, for example) may make an APEL "
          "claim: a portfolio mapped to the outcomes the Hydraulic Test covers, which two Inspectors judge. "
          "Credit awarded reduces the Bench Nights the Owner must attend, never the tests.")
p = sub("3.3", "Checks on the Owner")
para(doc, "Before an Owner's place is confirmed, the Workshop Secretary must receive the headteacher's signed "
          "declaration giving the number and date of the Owner's enhanced Criminal Records Bureau disclosure and "
          "confirming that the school has made the other checks set out in Safeguarding Children and Safer "
          "Recruitment in Education, including references and the check against List 99. An Owner who has not "
          "worked in a school in a post with regular contact with children in the last three months obtains a "
          "new enhanced disclosure through the Borough's personnel service before starting, and no Owner starts "
          "until the Workshop Secretary has seen it.")
fn.note(doc.paragraphs[-1], "Safeguarding Children and Safer Recruitment in Education, DfES 2006, chapter 4.")
sub("3.4", "The Pre-steaming Check")
para(doc, "Each Owner fills in the Pre-steaming Check before Bench Night 1: twenty questions on their experience as "
          "a teacher and as a SENCO, the size of their school and the kinds of need they meet most. The "
          "Inspectors use the answers to put Owners into three bench groups of similar experience, so that the "
          "newest SENCOs sit together and the Inspectors can give them more time.")
sub("3.5", "Direct to Test")
para(doc, "In exceptional cases an experienced SENCO, or a teacher from the Borough's support services, who "
          "already seems to meet the outcomes may go Direct to Test: no Bench Nights, but the full Hydraulic Test "
          "and Steam Test, and the Schedule of Outcomes signed by two Inspectors for every national outcome, as "
          "for any Owner. The applicant's case is put to the Chief Boiler Inspector with a letter from their "
          "headteacher, and the fee is \u00a3450.")

# ---------------------------------------------------------------- 4
title("4. Construction")
sub("4.1", "How the design was drawn")
para(doc, "In the spring of 2008 the Society and the Borough's Learning Support Service sent a questionnaire to all "
          "58 SENCOs in Fellgarth's schools (37 replied) and talked to the Borough's primary and secondary "
          "headteachers' groups. The SENCOs said they most needed help with the law, with parents, and with "
          "showing the difference their work makes to pupils; the heads asked for evening sessions, so that "
          "SENCOs lose as little teaching time as possible, and for the practical work to be done in the SENCO's "
          "own school. The Award is drawn to match: Bench Nights in the evening, a Bench Night each on the law "
          "and on parents, a measured difference to pupils in the Hydraulic Test, and the Steam Test in the "
          "Owner's own school.")
sub("4.2", "Changes after Boiler No. 0")
para(doc, "Nine SENCOs built a pilot boiler with us in 2008-09, without credit. From what they and their heads "
          "told us at the pilot's review meeting in March 2009, three changes were made and entered in the Boiler "
          "Register: the Steam Test was moved from the Works to the Owner's own school; Bench Night 6 on parents "
          "and carers was added at the request of the Fellgarth Parent Partnership Service, which had reviewed "
          "the pilot's session notes; and the Weekend Route was added for SENCOs in small schools who cannot get "
          "away by six on a Thursday.")
sub("4.3", "The Boiler Committee")
para(doc, "The Boiler Committee is the Chief Boiler Inspector, a primary and a secondary headteacher, the Borough's "
          "Principal Officer for SEN, the coordinator of the Fellgarth Parent Partnership Service, one of the "
          "pilot Owners and the Society's Chairman. It reads the year's reports (7.1) every July and decides what "
          "is to change, and two of its members go with an Inspector on a Steam Test visit each year to see the "
          "Award working in a school. The headteachers on the Committee also read a sample of Hydraulic Tests "
          "each year and tell the Inspectors whether what they describe is what heads see in their schools.")
sub("4.4", "The builders")
para(doc, "Alan Threlkeld, Chief Boiler Inspector, was SENCO and then Head of Learning Support at Fellgarth High "
          "School from 1990 to 2006, holds an MEd in Special Educational Needs and has been a member of the "
          "Society since 1985. Dr Hannah Pryce is lecturer in special and inclusive education at the University "
          "of Saltholme; her research is on pupil voice in annual reviews. Bernadette Okafor is the Borough's "
          "senior specialist teacher for autism and for speech, language and communication. Colin Rigg is SENCO "
          "at Beckside Primary School and an Advanced Skills Teacher for inclusion. Every Inspector has taught "
          "pupils with SEN for at least eight years, keeps a CPD log which the Chief Boiler Inspector sees each "
          "summer, and attends the University's termly research seminars in inclusive education.")
sub("4.5", "Fitters and Inspectors")
para(doc, "Each Fitter is sent a copy of this Book and the Steam Test check list in September, and may telephone the "
          "Chief Boiler Inspector with any question. The Inspectors have all tested boilers on the pilot.")
sub("4.6", "Workshop and stores")
para(doc, "Owners have the run of the Works: twelve benches, four Myford ML7 lathes, a Centec milling machine, the "
          "brazing hearth and the Society's library of some 2,000 engineering books and back numbers of Model "
          "Engineer. Bench Nights are held in the ground-floor classroom, which has a projector and a whiteboard, "
          "and Owners are welcome to stay on in the machine shop after a Bench Night finishes.")
sub("4.7", "Visiting specialists")
para(doc, "An educational psychologist from the Borough's service and a teacher from the Sensory Support Service "
          "come to Bench Night 5, and the Fellgarth Parent Partnership Service leads Bench Night 6. There are no "
          "placements on this course: Owners work in their own schools throughout.")

# ---------------------------------------------------------------- 5
title("5. The build: Bench Nights and Steam-up Saturdays")
para(doc, "The boiler is built on one of two routes. The Evening Route is ten Bench Nights on Thursdays, 18.30 to "
          "21.00, from September to May, and two Steam-up Saturdays. The Weekend Route covers the same ground on "
          "six Steam-up Saturdays, 09.30 to 16.00. Each route starts twice a year, in September and in February. "
          "An Owner may change route at any point by arrangement with the Workshop Secretary, and an Owner who "
          "has to stop for a term (illness, maternity leave, an inspection in school) rejoins the next intake at "
          "the point they left.")
bt = doc.add_table(rows=1, cols=4)
bt.style = "Table Grid"
for j, t in enumerate(("No.", "Date (Evening Route)", "Bench Night", "Inspector")):
    cell_text(bt.rows[0].cells[j], t, bold=True, size=9)
    shade(bt.rows[0].cells[j], "C9C9C9")
rows = [("1", "Thu 10 Sep 2009", "Reading the drawings: the law", "AT"),
        ("2", "Thu 24 Sep 2009", "Materials: how children develop; the common kinds of SEN", "BO"),
        ("3", "Thu 8 Oct 2009", "Marking out: identifying, assessing, setting targets", "CR"),
        ("4", "Thu 5 Nov 2009", "Cutting and shaping: approaches and what works", "HP"),
        ("5", "Thu 3 Dec 2009", "Fitters and fittings: outside help", "AT"),
        ("6", "Thu 14 Jan 2010", "Parents and carers", "CR"),
        ("7", "Thu 28 Jan 2010", "Pupils' voices", "HP"),
        ("SS1", "Sat 6 Feb 2010", "Steam-up Saturday 1: case conference (all Evening Route Owners)", None),
        ("8", "Thu 25 Feb 2010", "Colleagues", "CR"),
        ("9", "Thu 18 Mar 2010", "Provision maps", "AT"),
        ("10", "[TBC] May 2010", "Leading the shed", "AT"),
        ("SS2", "Sat 12 Jun 2010", "Steam-up Saturday 2: the next boiler (all Evening Route Owners)", None)]
for row in rows:
    cells = bt.add_row().cells
    cell_text(cells[0], row[0], bold=True, size=9)
    cell_text(cells[1], row[1], size=9)
    if row[3] is None:
        m = cells[2].merge(cells[3])
        cell_text(m, row[2], bold=True, size=9)
        for c in cells:
            shade(c, "F2F2F2")
    else:
        cell_text(cells[2], row[2], size=9)
        cell_text(cells[3], row[3], size=9)
widths(bt, [0.5, 1.4, 3.7, 0.8])
para(doc, "AT Alan Threlkeld; BO Bernadette Okafor; CR Colin Rigg; HP Hannah Pryce. Weekend Route dates are on "
          "the Society's notice board and sent with the joining letter.", size=9, italic=True)

sub("5.1", "Bench Night 1: Reading the drawings")
para(doc, "Owners read the drawings every SENCO builds to: the SEN Code of Practice (2001) and its graduated "
          "response of School Action, School Action Plus and statements; the Education Act 1996 as amended by "
          "the Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 1995 as "
          "amended in 2005, the disability equality duty and the school's disability equality scheme and "
          "accessibility plan; and Every Child Matters, its five outcomes and what the SENCO does towards each. "
          "Owners take away a check of their own school's SEN policy against the Code.")
sub("5.2", "Bench Night 2: Materials")
para(doc, "What a boiler is made of decides how it behaves under pressure, and the same is true of children. How "
          "children develop, in body, language, thinking and feeling, and how that development is shaped by SEN "
          "and disability, by home and by the physical and social surroundings of the classroom; then the most "
          "common kinds of SEN and disability (behavioural, emotional and social difficulties; specific learning "
          "difficulties, dyslexia included; speech, language and communication needs; autistic spectrum "
          "disorders; moderate learning difficulties) and how each affects learning.")
sub("5.3", "Bench Night 3: Marking out")
para(doc, "Identifying pupils who may have SEN through classroom observation, data and assessment; setting "
          "challenging targets; planning interventions that remove barriers; reviewing progress. Using the "
          "assessments of educational psychologists, therapists and advisory teachers to shape teaching; using "
          "summative assessment, national tests and P scales to track progress and change programmes; helping "
          "colleagues develop formative assessment for all pupils, with particular thought for pupils with SEN; "
          "and spotting in good time which pupils need special arrangements in the Key Stage tests and in GCSE "
          "and other examinations, and putting them in place with colleagues.")
sub("5.4", "Bench Night 4: Cutting and shaping")
para(doc, "Approaches, strategies and resources for assessment, planning, teaching and learning, ICT among them, "
          "and how to choose among them critically for one pupil; what best practice and research say about "
          "what works; how to use research and outside advice to improve one's own and colleagues' teaching. "
          "Owners are given an up-to-date reading list.")
sub("5.5", "Bench Night 5: Fitters and fittings")
para(doc, "The visiting educational psychologist and sensory support teacher describe what the outside agencies "
          "do and do not do, and how a SENCO gets specialist support and resources for a pupil.")
sub("5.6", "Bench Night 6: Parents and carers")
para(doc, "Led by the Fellgarth Parent Partnership Service: building fair, respectful and constructive "
          "relationships with pupils with SEN and with their parents and carers; advising parents and working "
          "with them in partnership; liaising with parents so that they can support their child's learning at "
          "home; running review meetings that parents can take a full part in.")
sub("5.7", "Bench Night 7: Pupils' voices")
para(doc, "Consulting pupils about the things that affect them, including pupils who find talking hard (talking "
          "mats, pupil passports, photographs and choices); helping pupils take part in planning, agreeing and "
          "reviewing their own targets and provision; helping colleagues build good working relationships with "
          "pupils with SEN. Before Bench Night 8 each Owner interviews two pupils about their provision and "
          "brings what they learned.")
sub("5.8", "Bench Night 8: Colleagues")
para(doc, "Advising, supporting and working alongside colleagues in school and the SENCOs of the cluster's other "
          "schools; gaining the commitment of colleagues, the head and senior leaders to better outcomes for "
          "pupils with SEN; speaking and writing clearly, and listening to and understanding the views of others; "
          "supporting colleagues' development by observing lessons and giving feedback, modelling, coaching and "
          "mentoring, and running training.")
sub("5.9", "Bench Night 9: Provision maps")
para(doc, "Using provision mapping and management to plan provision and to find provision that is missing or not "
          "working; reviewing and evaluating the effectiveness of provision with colleagues, and deciding with them "
          "what to stop, what to keep and what to change.")
sub("5.10", "Bench Night 10: Leading the shed")
para(doc, "Working with the head, senior leaders and governors to shape an inclusive ethos, the SEN policy, the "
          "school's priorities and the use of its resources; anticipating and solving problems and making sound "
          "judgements on provision; keeping up to date and taking responsibility for one's own professional "
          "development in SEN and disability.")
sub("5.11", "Steam-up Saturdays")
para(doc, "On Steam-up Saturday 1 each Owner brings the case of a pupil and works it through with an Inspector and "
          "two other Owners, making and defending decisions on provision. Steam-up Saturday 2 is given to the "
          "next boiler (7.3).")
sub("5.12", "Between Bench Nights")
para(doc, "Between Bench Nights the Owner builds the boiler in school with the Fitter, who meets the Owner at least "
          "twice a term. The course has no e-learning: all teaching is at the Works or in the Owner's own school, "
          "and email is used only for notices.")
del_paragraph(doc, "Owners also have the Boiler Room, an online forum on the Society's website, where the Inspectors "
                   "answer questions within two working days and Owners post their work in progress for comment "
                   "between Bench Nights.", AUTH, DATE)

# ---------------------------------------------------------------- 6
title("6. The tests")
sub("6.1", "Visual Examination")
para(doc, "In February each Owner's boiler is looked over by one Inspector at a half-hour tutorial. The Inspector "
          "writes a short note on what the boiler shows of:")
for t in ("how the Owner is gaining the commitment of colleagues, the head and senior leaders;",
          "the Owner's knowledge of the common kinds of SEN and disability and their effect on learning;",
          "the Owner's knowledge of the outside agencies and how to get specialist help from them;",
          "how the Owner uses summative assessment, national tests included, to track progress and adjust "
          "programmes;",
          "how the Owner reviews the effectiveness of provision with colleagues."):
    bullet(t)
para(doc, "The Visual Examination is advice only: nothing in it is marked or counts towards the Certificate.")
sub("6.2", "Hydraulic Test")
para(doc, "The Hydraulic Test is a written case study of about 5,000 words on the provision for a group of pupils "
          "with SEN in the Owner's school, handed in by Friday 30 April 2010. A boiler is tested with water at "
          "twice its working pressure before it is ever steamed; the case study is tested in the same spirit, and "
          "two Inspectors mark it against each of the following. The Owner must pass every one:")
for t in ("the law and guidance on SEN, the Code of Practice, what they mean for the school and how they are put "
          "into practice;",
          "the principles and outcomes of Every Child Matters and the SENCO's part in them;",
          "the law on disability equality and the actions it requires;"):
    bullet(t)
ins_paragraph(doc, "how children develop, and how SEN, disability and the surroundings for learning affect their "
                   "development;", AUTH, DATE, style="List Bullet")
for t in ("approaches, strategies and resources for assessment, planning, teaching and learning, ICT included, "
          "and their critical use;",
          "best practice and research in meeting special educational needs;",
          "drawing on research and outside advice to improve one's own and colleagues' practice;",
          "identifying pupils, setting challenging targets, planning interventions and reviewing progress;",
          "using other professionals' assessments to shape teaching;"):
    bullet(t)
del_paragraph(doc, "using summative assessment, national tests included, to track progress and change "
                   "programmes;", AUTH, DATE, style="List Bullet")
for t in ("encouraging colleagues to develop formative assessment, with approaches for pupils with SEN;",
          "identifying in good time the access arrangements pupils need for tests and examinations, and putting "
          "them in place;",
          "provision mapping, and finding provision that is missing or not working;",
          "deploying and managing teaching assistants and other staff to support pupils with SEN;",
          "working with the head, senior leaders and governors on an inclusive ethos, policy, priorities and "
          "resources;",
          "a baseline and a later measure of the pupils' progress (see 7.2)."):
    bullet(t)
sub("6.3", "Steam Test")
para(doc, "Between May and early July an Inspector visits the Owner's school, watches the Owner lead either a review "
          "meeting with a pupil and their parents or a training session for colleagues, and then holds a "
          "forty-minute professional discussion with the Owner, with the Fitter present. The Owner must pass on "
          "each of the following:")
for t in ("fair, respectful and constructive relationships with pupils with SEN and with their parents or carers;",
          "consulting pupils and involving them in planning, agreeing and reviewing their provision;",
          "liaising and working in partnership with parents and carers;",
          "supporting colleagues' development by observation and feedback, modelling, coaching or training;",
          "speaking and writing clearly, and listening to and understanding the views of others;",
          "anticipating problems and making sound judgements on provision;",
          "keeping up to date and taking responsibility for one's own professional development."):
    bullet(t)
sub("6.4", "Witnesses and moderation")
p = para(doc, "Every Hydraulic Test is marked by two Inspectors independently, who then agree a result against the "
              "Society's marking grid for the Award. Every Steam Test is conducted by one Inspector and recorded, "
              "and a second Inspector reads the notes and listens to the recording before the result is agreed. "
              "Before each round of tests the Inspectors meet to mark two sample case studies together. The "
              "University's External Examiner reads a third of the Hydraulic Tests, every fail and every "
              "borderline, and sits on the University's Examination Board.")
fn.note(p, "The External Examiner for 2009-10 is Dr J. Fairbairn, of the University of Tynecastle's School of "
           "Education.")
sub("6.5", "The Certificate")
para(doc, "No Certificate is issued until the Owner has passed both the Hydraulic Test and the Steam Test and the "
          "two Inspectors have signed the Schedule of Outcomes on the Certificate to say that the Owner has shown "
          "every one of the national minimum outcomes. The Chief Boiler Inspector then countersigns it and sends "
          "it to the University's Examination Board, which confers the Award.")

# ---------------------------------------------------------------- 7
title("7. Running in and annual examination")
sub("7.1", "Reports")
para(doc, "After every Bench Night the Owners fill in a feed slip (what helped, what did not, what they will try in "
          "school), which the Inspector of the night reads before the next. At each Steam Test the Inspector asks "
          "the Fitter what the Award has changed in the school and writes it down. The Inspectors write an "
          "end-of-year report; the External Examiner reports to the University; and the University reviews the "
          "module through its annual monitoring. All of these go to the Boiler Committee every July, which "
          "decides what to alter for the next year, and every alteration is entered in the Boiler Register.")
sub("7.2", "Measuring the difference")
para(doc, "At the Pre-steaming Check each Owner rates their confidence on a ten-point scale against each part of "
          "the course, and rates it again after the Steam Test. For the Hydraulic Test each Owner takes a "
          "baseline of a group of pupils before an intervention (a reading or spelling age, a mathematics "
          "measure, attendance, or a Boxall Profile for pupils with behavioural, emotional and social "
          "difficulties) and the same measure at least a term later. The Workshop Secretary collects every "
          "Owner's before-and-after results into one table for the Boiler Committee, so that the Committee sees "
          "both the change in Owners' confidence and the progress of the pupils the Owners have worked with.")
sub("7.3", "The next boiler")
para(doc, "On Steam-up Saturday 2 each Owner drafts a Next Boiler plan: two or three professional targets for the "
          "following year and the help they will need to reach them, to take to their performance management "
          "review with their headteacher. The Chief Boiler Inspector sends each head a copy of the plan with the "
          "Certificate.")
sub("7.4", "The Works' own examination")
para(doc, "Each summer the Works carries out its own self-evaluation against the Society's Workshop Standards, "
          "covering all its classes, and the Chairman reports it to the Annual General Meeting.")

# ---------------------------------------------------------------- 8, 9
title("8. Access")
para(doc, "The Society welcomes Owners of every background and ability. The ground-floor classroom has step-free "
          "access from the yard, and Bench Nights are held there and not in the machine shop.")
title("9. What is not fitted to this boiler")
para(doc, "The following are not part of this boiler:")
dash("multi-agency working: the Borough's Children's Trust runs its own two-day Team Around the Child course, "
     "which covers working in partnership with other services and voluntary organisations, and Owners are "
     "expected to take it;")
dash("placements in other schools or settings;")
dash("any part of the Society's machine-shop or boilermaking classes, which members take separately.")

# ---------------------------------------------------------------- certificate text box
title("Specimen: Certificate of Test")
p = para(doc, "")
textbox(p, [
    ("FELLGARTH & DISTRICT S.M.E.  CERTIFICATE OF TEST", True),
    "Boiler No. FDSME/NA/[year]/[Owner number]",
    "Owner: [Owner's name and school]",
    "Hydraulic Test passed on: [date]     Steam Test passed on: [date]",
    "Schedule of Outcomes signed by both Inspectors: [Yes / No]",
    "Inspector: [Inspector's name]     Inspector: [Inspector's name]",
    "Chief Boiler Inspector: [signature]     Date sent to the University: [date]",
], width_in=6.2, height_in=1.8, fill="F2F2F2", line="404040")
para(doc, "Alan Threlkeld, Chief Boiler Inspector, for the Boiler Committee. Tanyard Lane Works, May 2009.",
     italic=True, size=10)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, word_count(out), "words")
