"""gf-01-wyndle-accessibility-strategy: build the .docx next to this script.

Provider (invented): the Wyndle Valley Sensory Consortium, the joint sensory
impairment services (hearing support, vision support and a small
multi-sensory impairment team) of four local authorities (Castlebridge City
Council, Hollinshead County Council, Tamsford Borough Council and Raveley
Metropolitan Borough Council), with the Centre for Deaf Education of the
University of Castlebridge, which validates the course. February 2009.

Kind of document: the four authorities' Joint Sensory Accessibility Strategy
2008-2011, second edition, sent whole as the application. It is a
DDA-planning-duty accessibility strategy (three strands: curriculum, physical
environment, written information) in the "we" voice of the four authorities.
The SENCO award is action A4 of Strand A, described in Annex C and mapped in
Annex D. A shaded note to the panel says which parts are the application.

Layout: cover lines, a shaded one-cell "Note for the approval panel", a
document-control table, a foreword by the chair of the Joint Sensory Board,
Parts 1-7 with Heading styles, a baseline data table, a SENCO survey table,
Strand A-C objective tables (Ref / Objective / What we will do / Lead / By
when / How we will know), Annex C as hand-numbered paragraphs C1-C41 under
Heading 3 sub-titles, Annex D an outcome table with merged, shaded group
rows. Page header and footer (footer has a PAGE field). One real tracked
deletion, one real tracked insertion, two Word comments.

Traps (requirement ids):
- 1.1 partial: the course aim (C4) is "access to the curriculum" and
  attainment only; well-being / ECM outcomes are never part of the aims or
  of the assessment design (ECM is only a Unit 1 topic).
- 1.5 not_met and 6.S7 not_met: consultation with children appears only as
  the Consortium's own Young People's Sensory Forum consulted on the
  strategy (Part 3) - the right words about the wrong thing. Annex D's S7
  row only cross-refers to Part 3 and has no assessment.
- 2.2 partial: a self-audit against the outcomes is brought to a first
  tutorial; no individual plan or personalised outcomes.
- 2.3 not_met: a sentence offering assessment by portfolio alone is a
  tracked DELETION at the end of C15; C40, far away, says there is no route to the
  award by assessment alone.
- 2.5 not_met: only "We would like, in time, to offer..." (C38); the idea of
  a planning tool is only in a Word comment.
- 3.2 partial: one September start, fixed unit order; flexibility only in
  day and venue (each study day run twice).
- 3.3 partial: CDE Online is used; tutors by e-mail between study days, but
  the discussion board is not monitored and no peer support is arranged.
- 4.3 partial: stakeholders teach sessions, but their part in evaluation is
  only an intention ("will invite ... once the first cohort has finished").
- 5.1 partial: forms, questionnaires, annual monitoring and the external
  examiner are listed, but results are only "kept on file": no account of
  how evidence improves the course.
- 5.3 not_met: the CRB paragraph (C24) is about the Consortium's own staff,
  interpreters and communicator-guides, not about candidates.
- 5.5 met despite a pupils' link-placement action (A3) in Strand A: the
  participants' own two-day placement in C21 is real (notes_on_met).
- 5.7 partial: tutors are inducted and standardised; school mentors get no
  briefing and "no separate mentor training is planned".
- 5.8 met: internal double marking plus an external-examiner sample that is
  a tracked INSERTION (counts); a comment questions it but does not remove it.
- 5.9 partial: confidence self-rating before and after; pupil impact only
  hoped for via the strategy's own indicators; a comment asks about data.
- 6.0 partial and 1.9 partial: blanket claim in C41 that passing the three
  assignments demonstrates all national outcomes, while Annex D shows gaps.
- Annex D: 6.A3 partial (assessed "-"), 6.A7 partial (unmarked log),
  6.K5 partial (the five common needs only in directed reading; assessment
  is of a pupil with sensory impairment), 6.S2c not_met (row missing),
  6.S4 partial (tutorial discussion only), 6.S7 not_met (cross-reference to
  the strategy consultation).
- Numbering collision: Strand C's objective refs C1 and C2 (Part 6) clash with
  Annex C paragraphs C1 and C2.
- Header and footer carry nothing needed for any verdict.
"""
import copy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).resolve().parent
NAME = "gf-01-wyndle-accessibility-strategy"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

_rev = [100]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(text, style=None, bold_lead=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    if text:
        p.add_run(text)
    return p


def tracked(p, text, kind, author="Jo Okafor", date="2009-02-11T10:15:00Z"):
    _rev[0] += 1
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    p._p.append(el)


def box(lines, fill="DDEBF7"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].add_run(lines[0]).bold = True
    for ln in lines[1:]:
        c.add_paragraph(ln)
    doc.add_paragraph()


def table(headers, rows, widths=None, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Wyndle Valley Sensory Consortium  |  Joint Sensory Accessibility Strategy 2008-2011  |  Second edition"
fp = sec.footer.paragraphs[0]
fp.add_run("Braille, large print, audio and BSL versions from the Consortium Office, 01632 960418.   Page ")
r = fp.add_run()
f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
r2 = fp.add_run()
it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
r3 = fp.add_run()
f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end"); r3._r.append(f2)

# ---------------------------------------------------------------- cover
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
rr = p.add_run("Castlebridge City Council  -  Hollinshead County Council  -  Tamsford Borough Council  -  Raveley Metropolitan Borough Council")
rr.font.size = Pt(9)
doc.add_paragraph("Joint Sensory Accessibility Strategy 2008-2011", style="Title")
p = doc.add_paragraph()
p.add_run("Improving access for children and young people with hearing, vision and multi-sensory impairment").italic = True
para("Second edition, February 2009, incorporating Action A4: the National Award for SENCOs (Sensory Strand), run with the Centre for Deaf Education, University of Castlebridge")

box([
    "Note for the TDA approval panel",
    "This is the strategy as the Joint Sensory Board adopted it on 5 February 2009. We are sending it whole rather than "
    "rewriting it, because the course was designed as part of it and we want the panel to see why it looks as it does.",
    "Our application is Action A4 in Part 4, Annex C (how the course runs) and Annex D (where the national outcomes are "
    "developed and assessed). Other parts are background, but Annex C refers back to Part 3 for our consultation with "
    "schools and families.",
    "Contact: Dr Rani Pillai, Programme Leader, Centre for Deaf Education, and Jo Okafor, Consortium Manager.",
])

table(["Document control", ""], [
    ["Owner", "Joint Sensory Board (chair: Cllr Margaret Ainsley, Raveley MBC)"],
    ["Author", "Jo Okafor, Consortium Manager, with the four heads of service"],
    ["Status", "Second edition. Adopted 5 February 2009. Replaces the first edition of April 2008."],
    ["Review", "Annual review each March; full revision due 2011"],
    ["Legal basis", "Disability Discrimination Act 1995 Part 4 (planning duties) as amended by SENDA 2001; Disability Equality Duty (DDA 2005)"],
])

# ---------------------------------------------------------------- foreword
doc.add_heading("Foreword", level=1)
para("Across our four authorities there are around 1,450 children and young people with a hearing, vision or multi-sensory "
     "impairment known to our services. Most of them go to their local mainstream school. Many do very well; too many do "
     "not, and the reasons are rarely to do with their ability. They are to do with whether a teacher faces the class "
     "when speaking, whether a worksheet arrives in a font a child can read, whether the hall echoes, and whether somebody "
     "in the school knows what to ask for and from whom.")
para("This second edition keeps the three strands of the first, but it adds something new. The person in most schools who "
     "is best placed to make sure these things happen is the SENCO. From September 2009 every new SENCO must gain the "
     "National Award for SEN Coordination, and our four authorities have agreed, with the University of Castlebridge, to "
     "run that award ourselves with a sensory strand. That is Action A4, and it is the largest single investment in this "
     "strategy.")
para("We believe every child with a sensory impairment has the right to be taught by people who understand them. This "
     "strategy is how the four councils intend to make that true.")
para("Cllr Margaret Ainsley, Chair, Joint Sensory Board")

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1: What this strategy is for", level=1)
para("Each local authority must plan to increase, over time, the accessibility of its schools for disabled pupils. The "
     "planning duty has three parts: increasing access to the curriculum, improving the physical environment of schools, "
     "and improving the delivery to disabled pupils of information that is given in writing to pupils who are not "
     "disabled. Each of our four authorities has its own accessibility strategy covering all disabled pupils. This joint "
     "strategy sits alongside those four, and deals only with pupils whose main need arises from sensory impairment, "
     "because the four councils have pooled their sensory services since 2003 under an inter-authority agreement "
     "hosted by Castlebridge.")
para("The strategy also helps each council meet its Disability Equality Duty. The Consortium's own Disability Equality "
     "Scheme action plan is reported to the Board each March alongside this strategy.")
para("The strategy is organised in three strands, each with objectives, actions, a lead officer, a date and a measure "
     "of success (Parts 4 to 6). Part 7 says how the Board will check progress.")

# ---------------------------------------------------------------- Part 2
doc.add_heading("Part 2: Where we are now", level=1)
para("The table below shows the children and young people on our services' caseloads in January 2008 and the gap "
     "at Key Stage 2 between pupils with a sensory impairment and all pupils in the same authority.")
table(["Authority", "Hearing impairment", "Visual impairment", "MSI", "KS2 English and maths L4+ (SI pupils)", "KS2 L4+ (all pupils)"], [
    ["Castlebridge", "312", "141", "6", "51%", "72%"],
    ["Hollinshead", "398", "187", "9", "58%", "76%"],
    ["Tamsford", "126", "58", "2", "47%", "70%"],
    ["Raveley", "151", "64", "3", "44%", "69%"],
    ["Consortium", "987", "450", "20", "52%", "73%"],
])
para("Three things stand out from the last two years of reviews. First, where a school's SENCO has had sensory training, "
     "our advisory teachers' recommendations are far more likely to be in place at the next visit (68% against 31%). "
     "Second, too few secondary schools request access arrangements for GCSE in good time, and modified papers are "
     "sometimes ordered after the deadline. Third, schools rarely use the reports of audiologists and optometrists "
     "when planning teaching; they file them.")

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3: How we involved people", level=1)
doc.add_heading("Children and young people", level=2)
para("The Young People's Sensory Forum, which meets each half term at Castlebridge Deaf Club with BSL interpreters and "
     "braille materials, took part in two workshops on the first edition. The 23 young people told us that the worst "
     "barriers are in ordinary lessons, not in special arrangements: videos without subtitles, teachers who talk while "
     "writing on the board, and being moved to the front without being asked. Forum members designed the \"Ask me "
     "first\" card now used in our schools, and two of them sit on the Board's reference group. We consulted them again "
     "in October 2008 on this edition.")
doc.add_heading("Parents and carers", level=2)
para("We surveyed all families on our caseloads in spring 2008 (412 replies) and held evening meetings in each authority "
     "with the four Parent Partnership services. Parents asked above all for one named person in school who understands "
     "their child's equipment and who will talk to them when things change.")
doc.add_heading("Schools and SENCOs", level=2)
para("In May and June 2008 we surveyed every SENCO in the four authorities about what a new SENCO course would need "
     "to include, and held four focus groups with SENCOs and headteachers. 212 SENCOs replied (a 49% response). The main "
     "findings, and what we have done about each, are below.")
table(["What SENCOs and heads told us", "Share", "What we changed"], [
    ["They want sensory impairment covered properly, not as one session", "81%", "A sensory strand runs through Units 1-3 and Unit 2 is built round it (Annex C, C7-C9)"],
    ["Study days must not all be in Castlebridge: travel from north Hollinshead takes two hours", "64%", "Every study day is run twice, in Castlebridge and Raveley (C27)"],
    ["Assignments should be work they would do anyway in school", "77%", "All three assignments are school-based (C10-C13)"],
    ["Heads want to know what their SENCO is doing and to be involved", "heads' focus groups", "Heads sign the learning agreement and the change project plan (C12, C19)"],
    ["More on exam access arrangements", "58%", "A full day in Unit 2 (Annex D)"],
])
para("The four headteachers' associations also gave us written comments on the draft course outline in September 2008. "
     "Their main point, that the change project should be chosen with the head and be part of the school improvement plan, "
     "is now in C12.")

# ---------------------------------------------------------------- Part 4
doc.add_heading("Part 4: Strand A - Access to the curriculum", level=1)
para("Aim of the strand: that pupils with a sensory impairment are taught well in every lesson, by staff who know how to "
     "remove the barriers that their impairment creates.")
table(["Ref", "Objective", "What we will do", "Lead", "By when", "How we will know"], [
    ["A1", "Deaf-aware and vision-aware teaching in every school with an SI pupil", "Twilight training offered to every such school each year; a model lesson observation checklist", "Heads of HI and VI services", "Annually from Sept 2008", "90% of schools take it up; checklist in use at advisory visits"],
    ["A2", "Timely modified and braille materials", "Central transcription unit in Tamsford; 10-day turnaround standard", "VI service manager", "April 2009", "95% of requests met on time"],
    ["A3", "Pupils with VI get specialist mobility and habilitation teaching", "Link placements for pupils at Hartside School's resource base for Year 6 and Year 9 pupils; habilitation officer time", "MSI team leader", "Sept 2009", "Each placement reviewed with the pupil and family"],
    ["A4", "Every new SENCO in our four authorities can gain the National Award with sensory content", "Run the award with the University of Castlebridge Centre for Deaf Education from September 2009 (Annexes C and D)", "Consortium Manager and Programme Leader", "First cohort Sept 2009", "36 places filled; completion rate; see C39-C41"],
    ["A5", "Radio aid and equipment use is consistent", "Equipment audit each term; training for TAs", "Head of HI service", "Dec 2009", "Audit shows 90% of aids working at check"],
])

# ---------------------------------------------------------------- Parts 5-7 (short)
doc.add_heading("Part 5: Strand B - The physical environment", level=1)
para("Our aim is that new and refurbished teaching spaces meet the acoustic standards of Building Bulletin 93 and that "
     "lighting and contrast are considered in every project. The Consortium's acoustic engineer now comments on every "
     "Building Schools for the Future and Primary Capital Programme design in the four authorities, and our advisory "
     "teachers carry out a room survey for any pupil joining a new school.")
table(["Ref", "Objective", "What we will do", "Lead", "By when", "How we will know"], [
    ["B1", "New build meets BB93", "Engineer signs off designs; sound-field testing on completion", "Acoustic engineer", "Ongoing", "All BSF schools tested"],
    ["B2", "Older buildings improved", "Priority list of 40 classrooms for acoustic treatment", "Property services (four LAs)", "March 2011", "Reverberation times measured before and after"],
])
doc.add_heading("Part 6: Strand C - Written information", level=1)
para("Written information for pupils must reach pupils with a visual impairment in a form they can use, at the same time "
     "as their classmates. Our transcription unit produces braille, large print and electronic text; our hearing "
     "service advises schools on captioning and plain English for deaf pupils whose first language is BSL.")
table(["Ref", "Objective", "What we will do", "Lead", "By when", "How we will know"], [
    ["C1", "Same-day access to class materials", "Electronic files supplied by schools 48 hours ahead; training for schools", "VI service manager", "Sept 2009", "Pupil survey via the Forum"],
    ["C2", "Captioned video in schools", "Loan library of captioned DVDs; guidance on captioning software", "Head of HI service", "Sept 2009", "Loans recorded"],
])
doc.add_heading("Part 7: Checking progress", level=1)
para("The Joint Sensory Board receives a progress report on every action each March and September. Lead officers "
     "report red, amber or green against the measure in the tables, and the Board may change a date or an action. The "
     "Young People's Sensory Forum and the Parent Partnership services receive the same report and may send comments to "
     "the Board. An annual summary goes to each council's Children's Services scrutiny committee.")

# ---------------------------------------------------------------- Annex C
doc.add_heading("Annex C: Action A4 - The National Award for SENCOs (Sensory Strand)", level=1)
para("This annex describes how the course will run from September 2009. Paragraphs are numbered C1 to C41 so that "
     "the Board's reports can refer to them.")

paras = []


def cpara(n, text):
    p = doc.add_paragraph()
    r = p.add_run("C%d  " % n)
    r.bold = True
    p.add_run(text)
    return p


doc.add_heading("Who runs the course", level=3)
cpara(1, "The course is run jointly by the Consortium and the Centre for Deaf Education (CDE) at the University of "
         "Castlebridge. The CDE has taught the mandatory qualification for teachers of the deaf since 1987 and the "
         "University's School of Education validates all the Centre's awards.")
cpara(2, "The course leads to the University's Postgraduate Certificate in Special Educational Needs Coordination "
         "(Sensory Strand): 60 credits at Master's level (M level, FHEQ level 7), made up of three units of 20 credits. "
         "It was validated by the School of Education's validation panel on 27 January 2009, subject to TDA approval. "
         "Credits can count towards the University's MA in Inclusive Education.")
cpara(3, "The Consortium provides study-day venues, the sensory strand tutors, the placements and the course "
         "administration. The University provides the programme leader, the award, assessment regulations, the "
         "library and CDE Online.")
doc.add_heading("What the course is for", level=3)
cpara(4, "The aim of the course is to enable SENCOs to improve access to the curriculum for pupils with special "
         "educational needs and disabilities, and so to raise their attainment, with particular attention to pupils "
         "with a sensory impairment.")
cpara(5, "By the end, each participant will be able to lead the coordination of SEN provision in their school in line "
         "with the SEN Code of Practice (2001), and to show that something has changed in their school as a result of "
         "what they did on the course.")
doc.add_heading("How the course is organised", level=3)
cpara(6, "There are three units, each of five study days with directed reading and school-based tasks between them. "
         "Study days run from 9.30 to 3.30.")
cpara(7, "Unit 1, The SENCO, the Law and the Child (September to December), covers the SEN Code of Practice, the "
         "Disability Discrimination Act and the disability equality duty, Every Child Matters, Removing Barriers to "
         "Achievement and the Lamb Inquiry now under way, and Ofsted's 2006 report Inclusion: does it matter where pupils are taught?; how children develop, including how hearing and vision loss "
         "shape early language, social and emotional development; and research on the achievement of disabled "
         "pupils. It includes a session with the four Parent Partnership services on working with families.")
cpara(8, "Unit 2, Identifying and Meeting Needs (January to March), is where the sensory strand is strongest. It covers "
         "identification and assessment; reading audiological, functional vision and other specialists' reports; "
         "target setting and interventions; tracking progress with teacher assessment and national test data; access "
         "arrangements for national tests and examinations; assistive technology; and the work of the services around "
         "the school, including the voluntary sector. It includes the placement (C21).")
cpara(9, "Unit 3, Leading and Developing Provision (April to July), covers provision mapping, deploying teaching "
         "assistants and communication support workers, managing the SENCO workload, leading colleagues' professional "
         "development, school self-evaluation and working with governors and senior leaders.")
doc.add_heading("School-based work and assessment", level=3)
cpara(10, "Every assignment is carried out in the participant's own school and is about pupils they are responsible for.")
cpara(11, "Assignment 1 (Unit 1, 4,000 words) is a critical review of the school's SEN and accessibility arrangements "
          "against the law, the Code of Practice and the research, ending with recommendations for the head.")
cpara(12, "Assignment 2 (Unit 2, 4,000 words) is a case study of one pupil: identifying needs from the range of "
          "assessments available, including specialists' reports, setting targets, planning and carrying out an "
          "intervention, and reviewing progress with the pupil's parents. Participants in the sensory strand choose a "
          "pupil with a sensory impairment; others may choose any pupil on the SEN register. Assignment 3 (Unit 3) is "
          "a change project agreed with the headteacher and written into the school improvement plan: a 3,000-word "
          "report plus an observed staff training session led by the participant.")
cpara(13, "A 15-minute presentation on the change project to tutors and peers at the last study day is assessed and "
          "counts for 20% of the Unit 3 mark.")
cpara(14, "Participants keep a professional development log throughout. It is discussed in tutorials but is not "
          "marked.")
doc.add_heading("Prior learning", level=3)
p15 = cpara(15, "Participants who already hold Master's-level credit in SEN from the last five years, including units of "
          "the mandatory qualifications for teachers of the deaf or of the visually impaired, may claim exemption from "
          "Unit 1 or Unit 2 (up to 40 credits) under the University's accreditation of prior learning procedure. "
          "Experience that has not been certificated can be claimed for Unit 1 through a portfolio matched to the "
          "unit's outcomes, assessed by the programme leader and a second tutor.")
p15.add_run(" ")
tracked(p15, "In exceptional cases an experienced teacher of the deaf or of the visually impaired may present a portfolio "
             "for assessment against all the outcomes without attending any unit.", "del")
cpara(16, "Claims are made before the course starts and decided by the University's APL panel, which meets in July.")
doc.add_heading("Starting the course", level=3)
cpara(17, "Before the first study day every participant completes the Sensory SENCO Self-Audit, which lists the national "
          "outcomes and asks them to rate their confidence on each, and brings it to the first tutorial with their "
          "personal tutor.")
cpara(18, "Tutorial groups are formed by phase and by strand (general, hearing, vision), and participants in the "
          "sensory strand choose the sensory options in Units 2 and 3.")
doc.add_heading("Who can apply", level=3)
cpara(19, "Applicants must hold qualified teacher status, be the SENCO or designated to become the SENCO of a school in "
          "one of the four authorities, and have the written support of their headteacher, who signs the learning "
          "agreement. The application form asks for a statement of experience with pupils with SEN and a reference from "
          "the headteacher.")
cpara(20, "The programme leader and a Consortium head of service read every application. Where an applicant has little "
          "experience of SEN, we meet them and their head and suggest what they should do first (for example a term "
          "working alongside our advisory teacher, or the Consortium's introductory SEN course) and invite them to apply "
          "the following year.")
doc.add_heading("Placements and specialist expertise", level=3)
cpara(21, "In Unit 2 every participant spends two days in a setting different from their own: a hearing-impaired or "
          "vision resource base, Hartside special school or a Consortium team base. The placement has set tasks "
          "(observing how the setting maps provision, shadowing an advisory teacher's visit, interviewing a specialist) "
          "and leads to a 1,000-word placement report that is assessed as part of Unit 2.")
cpara(22, "Participants hear from, and put questions to, the Consortium's educational audiologists, habilitation and "
          "mobility officers, the four authorities' educational psychologists, speech and language therapists, and "
          "speakers from the National Deaf Children's Society, RNIB and Sense. Deaf and blind adults teach two "
          "sessions.")
doc.add_heading("Staff", level=3)
cpara(23, "The programme leader, Dr Rani Pillai, is a teacher of the deaf and was a SENCO for six years before joining "
          "the CDE. The six sensory strand tutors are serving advisory teachers with the mandatory qualification for "
          "teachers of the deaf or of the visually impaired and Master's degrees; two were SENCOs. Unit 1 and Unit 3 are "
          "led by CDE lecturers with SENCO and headship experience. All tutors spend at least half of their working time "
          "in schools.")
cpara(24, "All Consortium staff, interpreters and communicator-guides who work in schools hold enhanced CRB "
          "disclosures, renewed every three years and checked by Castlebridge's Human Resources service before they "
          "start work.")
doc.add_heading("Access for disabled participants", level=3)
cpara(25, "The application form asks every applicant whether they have a disability or access need and explains why we "
          "ask. The Consortium Office contacts each applicant who says yes before the course, with the University's "
          "Disability Adviser, to agree adjustments. As a sensory service we expect to provide BSL/English "
          "interpreters, electronic notetakers, loop and radio aid systems, materials in braille, large print and "
          "electronic text, and extra time or alternative formats for assessment. All study-day venues are step-free "
          "and have induction loops.")
cpara(26, "Tutors are trained to present so that deaf and visually impaired participants can follow, and the course "
          "materials and promotional leaflet are produced in accessible formats as a matter of course.")
doc.add_heading("Times, places and online study", level=3)
cpara(27, "All participants start in September and take the three units in order. To reduce travelling, each study "
          "day is run twice, at Castlebridge Teachers' Centre on a Tuesday and at Raveley Professional Development "
          "Centre on the Thursday of the same week, and participants can move between the two.")
cpara(28, "Readings, session slides and captioned and audio-described recordings of the keynote sessions are on CDE "
          "Online, the University's virtual learning environment. There is a discussion board for each unit; tutors do "
          "not monitor it. Between study days participants can e-mail their personal tutor, who replies within five "
          "working days, and can book one telephone or face-to-face tutorial per unit.")
doc.add_heading("Resources", level=3)
cpara(29, "Participants have full University library membership, including electronic journals, and access to the "
          "CDE's collection on sensory impairment. The Consortium's assistive technology suite in Tamsford (screen "
          "readers, CCTV magnifiers, braille notetakers, radio aids and sound-field systems) is used for Unit 2 study "
          "days and can be booked by participants for school-based tasks.")
doc.add_heading("Tutors and mentors", level=3)
cpara(30, "New tutors attend the CDE's tutor induction and all tutors attend a marking standardisation meeting before "
          "each unit's assignments are marked. The tutor handbook sets out the roles of programme leader, unit leader and "
          "personal tutor.")
cpara(31, "Each participant also has a school-based mentor, normally the link advisory teacher from our service who "
          "already visits the school. We expect mentors to draw on their own experience of the course; no separate "
          "mentor training is planned for 2009-10.")
doc.add_heading("Marking and moderation", level=3)
p32 = cpara(32, "Every assignment is marked by the personal tutor and 25% of each unit's assignments, including all fails "
                "and all distinctions, are second-marked by a tutor from the other partner.")
p32.add_run(" ")
tracked(p32, "A sample of every unit's assignments, and all fails, is also sent to the University's external examiner "
             "for the Centre's awards, whose report goes to the Board of Examiners.", "ins",
        author="Rani Pillai", date="2009-02-12T09:02:00Z")
cpara(33, "The Board of Examiners, with the external examiner, confirms all marks. Participants may resubmit a failed "
          "assignment once.")
doc.add_heading("Evaluation", level=3)
cpara(34, "Participants complete an evaluation form at the end of each study day and a questionnaire at the end of each "
          "unit. The CDE includes the course in its annual programme monitoring report to the School of Education, and the "
          "external examiner reports each year. The results are collated by the Consortium Office and kept on file.")
cpara(35, "Deaf and blind adults, parents from the four Parent Partnership services and two serving headteachers teach "
          "sessions on the course. We will invite the Parent Partnership services and the headteachers' associations to "
          "take part in reviewing the course once the first cohort has finished.")
p36 = cpara(36, "At the start and end of the course participants rate their confidence against each national outcome, using "
                "the Self-Audit, and the Consortium Office reports the change to the Board. We hope that over the life of "
                "the strategy the Key Stage 2 gap in Part 2 will narrow as more SENCOs complete the course.")
doc.add_heading("Cost", level=3)
cpara(37, "The four councils pay the full cost of the first 36 places each year from the Consortium budget and the "
          "TDA's grant, so schools pay nothing except supply cover for study days. The cost per completed place is "
          "estimated at £1,640, lower than buying places at a university elsewhere because tutors are already employed "
          "by the Consortium and venues are our own.")
doc.add_heading("After the course", level=3)
p42 = cpara(38, "We would like, in time, to offer former participants a follow-up day a year after they finish, so that "
                "they can share what has happened in their schools and think about what to do next.")
cpara(39, "The Board will receive the number of places filled, the completion rate and the pass rate for each cohort.")
doc.add_heading("The award", level=3)
cpara(40, "To gain the Postgraduate Certificate participants must pass all three units (each unit mark is at least 50%) "
          "and complete the placement. The University's regulations require every candidate to be registered for and to "
          "attend at least Unit 3; there is therefore no route to the award by assessment alone.")
cpara(41, "Participants who pass all three assignments will have demonstrated all the national minimum outcomes for "
          "SENCOs. Annex D shows where each is developed and assessed.")

# ---------------------------------------------------------------- Annex D
doc.add_heading("Annex D: The national minimum outcomes in the course", level=1)
para("Key: U1-U3 units, with study day (D1-D5); A1-A3 assignments; Pres = assessed presentation; PR = placement report.")
rows = [
    ("G", "Professional attributes"),
    ("Fair, respectful and constructive relationships with pupils with SEN and disabilities and their families", "U1 D2 (Parent Partnership session); U2 placement", "A2 (case study includes work with the parents)"),
    ("Winning the commitment of colleagues, including the head and senior leaders", "U3 D1, D4", "A3 (change project agreed with the head; head's statement)"),
    ("Prioritising, managing time and delegating", "U3 D2 'Managing the SENCO workload'", "-"),
    ("Anticipating and solving problems; sound judgements about provision", "U2 D3 case consultations", "A2"),
    ("Clear speech and writing; listening to others' views", "Throughout; U3 D5", "Pres; A1-A3 (written)"),
    ("Using research and outside advice to improve practice", "U1 D4 research seminar; U2", "A1 (literature review section)"),
    ("Keeping up to date and owning their CPD on SEN and disability", "U3 D5", "Professional development log (not marked)"),
    ("G", "Knowledge and understanding"),
    ("The law and guidance on SEN, including the Code of Practice, and how to apply them", "U1 D1-D2", "A1"),
    ("Every Child Matters and the SENCO's part in its outcomes", "U1 D1", "A1"),
    ("Disability equality law and what it requires of schools", "U1 D3", "A1 (audit of the school's accessibility plan)"),
    ("How children develop, and how SEN, disability and the environment affect development", "U1 D2-D3", "A2"),
    ("The most common types of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD)", "U1 directed reading and overview lecture", "A2 (pupil with a sensory impairment, for sensory strand participants)"),
    ("Approaches, strategies and resources for assessment, planning and teaching, including ICT", "U2 D2-D4 (assistive technology suite)", "A2"),
    ("School self-evaluation and improvement for pupils with SEN", "U3 D4", "A3"),
    ("Best practice and research on meeting SEN", "U1 D4; U2", "A1"),
    ("External agencies and how to get specialist support", "U2 D3; placement", "PR"),
    ("G", "Skills"),
    ("With senior leaders and governors, shaping an inclusive ethos, policy, priorities and resources", "U3 D1, D4", "A3"),
    ("Identifying pupils, setting targets, planning interventions and reviewing progress", "U2 D1-D3", "A2"),
    ("Using specialists' assessments to shape teaching", "U2 D1 (audiological and functional vision reports)", "A2"),
    ("Using summative data and national tests to track progress", "U2 D2", "A2 (tracking section)"),
    ("Access arrangements for national tests and examinations, in good time", "U2 D2 (modified, large print and braille papers)", "A2"),
    ("Provision mapping; finding ineffective or missing provision", "U3 D1; placement", "A3"),
    ("Deploying and managing staff, including TAs and communication support workers", "U3 D2", "Formative only: discussed at tutorial"),
    ("Supporting colleagues' professional development", "U3 D3", "A3 (observed staff training session)"),
    ("Reviewing provision with staff to inform self-evaluation", "U3 D4", "A3"),
    ("Involving pupils in planning and reviewing their provision", "See Part 3 (Young People's Sensory Forum)", "-"),
    ("Working with parents and carers", "U1 D2", "A2"),
    ("Partnership with other services and voluntary organisations", "U2 D3 (NDCS, RNIB, Sense); placement", "PR"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for i, h in enumerate(["National outcome (our summary)", "Where it is developed", "How it is assessed"]):
    c = t.rows[0].cells[i]
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
    shade(c, "BFBFBF")
for row in rows:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[2])
        m.text = ""
        m.paragraphs[0].add_run(row[1]).bold = True
        shade(m, "E2EFDA")
    else:
        for i, v in enumerate(row):
            cells[i].text = v
for r_ in t.rows:
    for c in r_.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(9.5)
doc.add_paragraph()
para("Adopted by the Joint Sensory Board, 5 February 2009.")

# ---------------------------------------------------------------- comments
doc.add_comment(p32.runs[-1], text="Rani - has the external examiner actually agreed to look at these? If not we take this "
                "out before it goes. Jo", author="Jo Okafor", initials="JO")
doc.add_comment(p36.runs[-1], text="Can we promise pupil data at all? Need to check with the four performance data teams. "
                "Could we ask participants for before-and-after measures in A2?", author="Rani Pillai", initials="RP")
doc.add_comment(p42.runs[-1], text="Could use the University's PDP planner at the last study day so everyone leaves with "
                "targets agreed with their head?", author="Rani Pillai", initials="RP")

doc.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
