"""gl-01-thorncliffe-lamb-memorandum: build the .docx next to this script.

Provider (invented): Thorncliffe School, an 11-18 comprehensive in Holmbridge
(Castlewold) with Training School status since 2003, leading the Thorncliffe
Training Partnership of fourteen schools (nine primary, four secondary and
Ashlands School, a special school) with the University of Mardon, which
validates the award as a 60-credit masters-level Postgraduate Certificate.

Kind of document: WRITTEN EVIDENCE. The Partnership's memorandum of written
evidence to the Lamb Inquiry (SEN and parental confidence), February 2009,
sent on as the approval application with a shaded covering note to the panel
and three annexes written for the panel.

Layout: a shaded one-cell covering note; a title block; a shaded "Summary"
box with typed "•" bullets; no heading styles at all (section titles are bold
capitalised Normal paragraphs); hand-typed paragraph numbers 1-47 in bold
run-in style (some collide with requirement ids, e.g. "5.", "6."); a
"RECOMMENDATIONS" section of national wishes lettered (a)-(g) inside numbered
paragraphs; a typed reference list; Annex A (two tables: eight study days and
three tasks); Annex B outcome map with merged shaded group rows and columns
"What the outcome asks / Study day(s) / Where it is assessed"; Annex C the
team. Header text and a footer with a PAGE field. Two Word comments.

Traps (requirement ids):
- The covering note says paragraphs 41-47 are recommendations to Government,
  not arrangements. Para 43 urges an assessment-only route nationally, and
  para 43 says the University's regulations do not allow the Partnership to
  offer one; Annex A says every participant follows the taught programme
  (2.3 not_met: negation far from the national aspiration).
- Para 29: CRB checks are described for Thorncliffe staff, visiting speakers
  and parent volunteers on the single central record, not for candidates
  (5.3 not_met, wrong context). A Word comment suggests adding the heads'
  nomination check; comments are not part of the submission.
- Para 24: forum for peers only, "tutors do not post in it"; support between
  days is by email to the personal tutor (3.3 partially_met: no direct tutor
  support online / ICT for tutor communication only partial).
- Para 22: "we want SENCOs to hear what children say" is a value; pupil
  views appear on Day 4 but pupil consultation is not assessed
  (1.5 partially_met; 6.S7 partially_met: "—" in Annex B).
- Para 25: a self-audit on the first study day, with no individual plan and
  not before the course (2.2 partially_met).
- Para 31: encouraged to think about an MA; no planning of targets
  (2.5 partially_met).
- Para 28: only the venue's physical access and a general equal opportunities
  statement (3.1 partially_met).
- Para 27: visits to Ashlands "where timetables allow", "we cannot promise"
  (5.5 partially_met; specialist speakers are there).
- Para 26: school mentors with no briefing or role description
  (5.7 partially_met).
- Paras 36-38: confidence questionnaire before and after; pupils' progress
  only "in time" (5.9 partially_met). Para 39: parents and heads will be
  "invited, we hope" to evaluate (4.3 partially_met: involved in delivery).
- Para 30: blanket claim "Taken together, the three tasks cover all of the
  national outcomes"; award on passing three tasks (6.0 partially_met).
- Annex B: A3, S2c and S7 taught but "—" in the assessed column; A7 only in
  the learning log "(not marked)" (partially_met). No row for child
  development (6.K4 not_met) or for access arrangements in tests and
  examinations (6.S2d not_met); neither is covered anywhere else.
- 1.9 partially_met because of these gaps.
- Met that look like traps: E.1 and E.2 (validated in January 2009), 4.1 and
  4.2 (the survey and focus groups and the changes made), 1.7 (Parent
  Partnership Service co-teaches Day 4 and Task 1 requires a meeting with a
  parent).
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = Path(__file__).parent
NAME = Path(__file__).name.replace(".build.py", "")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None, lead=None):
    p = doc_or_cell.add_paragraph()
    if lead:
        r = p.add_run(lead)
        r.bold = True
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def title(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text)
    r.bold = True
    return p


def np(doc, n, text):
    """A hand-numbered paragraph: bold number typed in, then the text."""
    return para(doc, text, lead=f"{n}.\t")


def box(doc, fill, lines, bold_first=False):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    c.paragraphs[0].text = ""
    first = True
    for ln in lines:
        p = c.paragraphs[0] if first else c.add_paragraph()
        r = p.add_run(ln)
        if first and bold_first:
            r.bold = True
        first = False
    doc.add_paragraph()
    return t


def grid(doc, header, rows, widths=None, fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, str):  # group row, merged across
            m = cells[0].merge(cells[-1])
            m.text = ""
            m.paragraphs[0].add_run(row).bold = True
            shade(m, "EDEDED")
            continue
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for r in t.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = Cm(w)
    doc.add_paragraph()
    return t


def page_field(paragraph):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "; r2._r.append(it)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r3._r.append(s)
    paragraph.add_run("1")
    r5 = paragraph.add_run()
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r5._r.append(e)


doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "Thorncliffe Training Partnership: written evidence to the Lamb Inquiry"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ")
page_field(fp)

# ---------------------------------------------------------------- covering note
box(doc, "E2EFDA", [
    "Note for the TDA approval panel",
    "We submitted the memorandum below to the Lamb Inquiry in February 2009 as written evidence on "
    "special educational needs and parental confidence. It describes our SENCO award as it will run "
    "from September 2009, in the words we used for the Inquiry, and rather than write the same things "
    "twice we send it as our application. Annexes A, B and C were written for the panel and are not "
    "part of what went to the Inquiry.",
    "Please note that paragraphs 41 to 47 are our recommendations to Government. They say what we "
    "think should happen nationally; they do not describe what the Partnership does.",
    "Helen Garside, Deputy Headteacher and Director of Professional Learning, Thorncliffe School "
    "(a Training School), 6 March 2009",
], bold_first=True)

para(doc, "MEMORANDUM SUBMITTED BY THE THORNCLIFFE TRAINING PARTNERSHIP", bold=True, size=14,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Lamb Inquiry: Special Educational Needs and Parental Confidence", bold=True,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Written evidence, February 2009", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

box(doc, "F2F2F2", [
    "Summary",
    "• Parents in our fourteen schools told us that their confidence rests, more than on anything "
    "else, on whether the school's SENCO knows their child, explains things plainly and does what "
    "was agreed.",
    "• Most of the SENCOs in our partnership were appointed in the last three years; four of the "
    "fourteen have no training for the role beyond a local authority induction day.",
    "• With the University of Mardon we have built a postgraduate SENCO award that puts working "
    "with parents at its centre, and we describe it here (paragraphs 16 to 40).",
    "• We make seven recommendations (paragraphs 41 to 47), chiefly that the training of SENCOs "
    "should be judged by what changes for children and their families.",
], bold_first=True)

# ---------------------------------------------------------------- who we are
title(doc, "WHO WE ARE")
np(doc, 1, "Thorncliffe School is an 11-18 comprehensive of 1,450 pupils in Holmbridge, Castlewold. "
   "It has been a Training School since 2003 and a specialist Science College since 2001. As a "
   "Training School it leads a partnership of fourteen schools, nine primary, four secondary and "
   "Ashlands School, a community special school for pupils with moderate learning difficulties and "
   "autism, which together train around forty student teachers a year with the University of Mardon "
   "and run a programme of professional development for their own staff.")
np(doc, 2, "This memorandum is written on behalf of the Partnership's Steering Group, which is made up "
   "of the fourteen headteachers, the University's Head of Partnership and the Castlewold County "
   "Council Principal Officer for SEN. It draws on what parents, SENCOs and headteachers in our schools "
   "told us during 2008, and on our experience of designing a course for SENCOs new to the role.")
np(doc, 3, "Between them the fourteen schools have 9,200 pupils, of whom 1,610 are on the SEN register "
   "at School Action or School Action Plus and 212 have a statement of special educational needs. "
   "The proportion of pupils with statements at Thorncliffe (2.9 per cent) is above the county "
   "figure.")
np(doc, 4, "We are not a local authority and we do not assess or place children. We say this because "
   "several parents we spoke to assumed that the school, and the SENCO in particular, decides whether "
   "a child receives a statement. Much of what follows is about the gap between what parents expect "
   "of a SENCO and what a SENCO, without training, is able to offer.")

# ---------------------------------------------------------------- why it matters
title(doc, "WHY PARENTS' CONFIDENCE DEPENDS ON THE SENCO")
np(doc, 5, "The Inquiry's terms of reference ask what would increase parents' confidence in the SEN "
   "system. In our experience the SENCO is, for most families, the face of that system. The statutory "
   "assessment, the annual review and the involvement of other services usually reach parents through "
   "the SENCO, and when parents describe the system they describe a person.")
np(doc, 6, "The House of Commons Education and Skills Committee (2006) found a system it described as "
   "no longer fit for purpose, and noted how often SENCOs lacked the time and status to do the job. "
   "Ofsted's report Inclusion: does it matter where pupils are taught? (2006) found that the quality "
   "of provision depended more on the presence of specialist staff and on leaders' commitment than "
   "on the type of school. The Bercow Review (2008) made the same point about children with speech, "
   "language and communication needs: parents lose faith when no one in school knows what the "
   "speech and language therapist recommended.")
np(doc, 7, "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 now "
   "require the SENCO in a maintained school to be a qualified teacher, and from September 2009 "
   "those new to the role will need to gain the national award. We welcome this. In our partnership "
   "four SENCOs are also heads of year, two are deputy headteachers with a timetable of their own, "
   "and one primary SENCO is also the school's only Key Stage 2 teacher who is not part-time.")
np(doc, 8, "We think it is important that a national award should not become a course about paperwork. "
   "The parents we spoke to did not mention individual education plans once, except to say they had "
   "never seen one. What they talked about was whether their child was happy, safe and getting on.")
np(doc, 9, "We therefore set out below what we were told, and then how we have tried to answer it in "
   "the award we will run.")

# ---------------------------------------------------------------- what we found
title(doc, "WHAT WE FOUND WHEN WE ASKED")
np(doc, 10, "In May and June 2008 we sent a questionnaire to the headteacher and SENCO of each of the "
   "fourteen schools (27 of 28 returned) and to the SEN leads of eleven schools outside the "
   "Partnership that had asked to be kept informed (8 returned). The questionnaire asked what a newly "
   "appointed SENCO most needed to be able to do in the first two years, and how training should be "
   "organised so that schools could release staff.")
np(doc, 11, "With the Castlewold Parent Partnership Service we held three focus groups for parents and "
   "carers, in Holmbridge, in Stainby and at Ashlands School, attended by 31 parents of children with "
   "a wide range of needs. Joanne Platt of the Parent Partnership Service chaired them and wrote the "
   "notes, so that parents were not talking to staff from their own child's school.")
np(doc, 12, "Headteachers' first priority was a SENCO who could lead other staff: the teaching "
   "assistants they deploy and the class and subject teachers who plan for pupils day to day. "
   "Secondary heads added that SENCOs needed to be able to use the school's tracking data. SENCOs "
   "themselves asked most often for help with the law, with the statutory assessment process and with "
   "managing their time.")
np(doc, 13, "Parents said three things repeatedly: that they wanted one named person who knew their "
   "child, that meetings should be in plain language with a written note afterwards, and that they "
   "wanted to be asked what worked at home. One parent at Stainby said: \"I am the expert on my son. "
   "Nobody has ever asked me what calms him down.\"")
par14 = np(doc, 14, "We surveyed parents once, in the summer of 2008, and we intend to repeat the "
   "exercise when the first SENCOs complete the award.")
np(doc, 15, "What we were told changed the course. We moved the day on working with families from "
   "the end of the course to the middle, so that what participants learn there can be used in their "
   "first assessed task. At the parents' suggestion the day is now taught jointly with the Parent "
   "Partnership Service and includes parents speaking about their own experience. Because heads "
   "asked for it, the leadership of teaching assistants has a study day of its own, and because "
   "SENCOs asked for it the law is taught on the first day rather than spread across the course.")

# ---------------------------------------------------------------- the award
title(doc, "THE SENCO AWARD WE HAVE BUILT")
np(doc, 16, "The Thorncliffe Partnership SENCO Award leads to the Postgraduate Certificate in Special "
   "Educational Needs Coordination of the University of Mardon. The University validated it at an "
   "approval event on 21 January 2009 as a 60-credit programme at masters level (Level 7), made up "
   "of two 30-credit modules, and the credit can be carried into the University's MA in Education.")
np(doc, 17, "Its aim is simple to state: that children and young people with special educational needs "
   "and disabilities in participants' schools should do better, in their learning and in all five of "
   "the Every Child Matters outcomes, because their SENCO is better at the job. Each of the three "
   "assessed tasks asks participants to show what has changed for pupils, and the criteria for every "
   "task include the effect on pupils' progress, well-being or participation.")
np(doc, 18, "The course is rooted in participants' own schools. Each study day ends with a school "
   "task to be carried out before the next day, such as mapping the provision in one year group, "
   "observing a teaching assistant at work with a pupil, or sitting in on an annual review, and the "
   "next day begins with what participants found. All three assessed tasks are carried out in the "
   "participant's own school.")
np(doc, 19, "There are eight study days across the year, held at Thorncliffe's Professional Learning "
   "Centre, and three twilight sessions for tutorials and task preparation (Annex A). The first day "
   "is given to the law: the Education Act 1996, the SEN and Disability Act 2001, the SEN Code of "
   "Practice (2001), the Disability Discrimination Act 1995 as amended in 2005 with its disability "
   "equality duty, the 2008 SENCO regulations and what they mean for the role, and the Every Child "
   "Matters framework. Later days take up government initiatives as they bear on the work: the "
   "Inclusion Development Programme, the National Strategies' guidance on provision mapping, "
   "and the recommendations of the Bercow Review.")
np(doc, 20, "The reading for each day includes recent research and inspection evidence, chosen by "
   "the University tutor and updated each year: Ofsted's 2004 and 2006 reports on inclusion, the "
   "Lamb Inquiry's own evidence as it is published, the Bercow Review, and research on the "
   "deployment of teaching assistants. Participants write a short critical review of one piece of "
   "research as part of their first task.")
np(doc, 21, "Working with parents and carers runs through the course and is the subject of Day 4, "
   "taught jointly with the Parent Partnership Service. Participants practise a difficult meeting "
   "with a parent, played by a parent from the focus groups, and receive feedback from her. The first "
   "assessed task requires a record of a meeting with a parent about the pupil who is the subject of "
   "the case study, and a reflection on what the participant learned from it.")
np(doc, 22, "We want SENCOs to hear what children say about their own provision, and Day 4 includes "
   "a session on pupils' views led by the Ashlands School council. We have not yet found a way of "
   "building this into the assessed work.")
np(doc, 23, "Working with colleagues is the subject of Day 7. Participants learn to observe a lesson "
   "with a focus on pupils with SEN and give feedback, to coach a colleague, and to plan and lead a "
   "short training session. For their second task they lead a piece of development in their school "
   "with at least two colleagues and report on its effect, including the effect on pupils, and they "
   "present it to the other participants and to a panel on Day 8. Days 2 and 3 are about working with "
   "colleagues beyond the school: the educational psychology service, the speech and language "
   "therapy service, the Child and Adolescent Mental Health Service, social care and voluntary "
   "organisations such as the National Autistic Society's local branch.")
np(doc, 24, "Participants can choose to begin in September or in February, taking the same eight "
   "days in a different order; the two modules can be taken in either order, and those who cannot be "
   "released for a whole day can attend two twilight sessions instead of Days 5 and 6. All the "
   "materials, readings and task briefs are on the Partnership's learning platform, which also has a "
   "discussion forum for each group. The forum is for participants to support one another; tutors do "
   "not post in it. Between study days participants can contact their personal tutor by email.")
np(doc, 25, "Applicants must be qualified teachers, working as SENCO or about to take the role, "
   "nominated by their headteacher, who signs to confirm the release time. Each applicant has a "
   "short interview with the Award Leader, who looks at their experience and their school's "
   "circumstances and decides whether they are ready to meet the outcomes in a year; those who are not "
   "are advised on what to do first, usually the local authority's SEN induction programme, and the "
   "Award Leader discusses this with the headteacher. On the first study day each participant "
   "completes a self-audit against the national outcomes, which the personal tutor reads.")
np(doc, 26, "Each participant has a personal tutor from the University or Thorncliffe, who meets them "
   "for three tutorials in the year and reads a draft of each task. At the first tutorial the "
   "tutor and participant agree how each school task will be adapted to the participant's school, "
   "phase and experience, and which optional readings to follow. Each participant also has a "
   "school mentor, usually a member of the senior team, who meets them each half term. Participants "
   "who already hold credit from the University's earlier Certificate in Inclusive Practice, or from "
   "another university, may have up to 30 credits accredited under the University's regulations for "
   "the accreditation of prior learning; experienced SENCOs may also claim credit for experience by "
   "portfolio, assessed by the University tutor. The fee is £1,150, of which the Partnership pays "
   "£400 for its own schools from its Training School budget.")
np(doc, 27, "Specialist colleagues teach on the course: an educational psychologist, a specialist "
   "speech and language therapist, the county's autism outreach teacher and the Ashlands staff. "
   "Participants may visit Ashlands School for a day where timetables allow, but we cannot promise "
   "a visit to everyone.")
np(doc, 28, "The Partnership has an equal opportunities policy, and the Professional Learning "
   "Centre is on the ground floor with level access, an accessible toilet and a hearing loop.")
par29 = np(doc, 29, "Parents' confidence also depends on children being safe. All adults who work in "
   "our schools, including visiting speakers and the parent volunteers on our parents' panel, are "
   "checked and entered on the single central record, and Thorncliffe staff who tutor on the course "
   "hold enhanced CRB disclosures.")
np(doc, 30, "The three tasks are double-marked by the Thorncliffe and University tutors, a sample is "
   "moderated by the University's programme team, and the University's external examiner, Professor "
   "Margaret Orrell of the University of Selbury, sees all fails and a sample of the rest. Taken "
   "together, the three tasks cover all of the national outcomes, and participants who pass all three "
   "are awarded the certificate.")
np(doc, 31, "At the end of the course participants are encouraged to think about taking their study "
   "further, for example by continuing to the MA.")
np(doc, 32, "The course team is described in Annex C. The Award Leader, Dr Sunita Mehra, has been "
   "Thorncliffe's SENCO for eight years and holds an EdD on the role of the SENCO in secondary "
   "schools; the University's programme tutor, Dr Peter Kilbride, taught in special schools for "
   "twelve years. Participants can use the University library in person and online, and the "
   "Professional Learning Centre holds an SEN resource collection of assessment tools, texts and "
   "assistive technology (text-to-speech and mind-mapping software, a reading pen and "
   "communication aids lent by Ashlands) that participants can borrow or try in school.")

# ---------------------------------------------------------------- how we will know
title(doc, "HOW WE WILL KNOW IT IS WORKING")
np(doc, 33, "Participants complete an evaluation at the end of every study day, and the course team "
   "reviews these at its meeting after each day. The University's annual monitoring report, which "
   "includes the external examiner's report, comes each autumn to the Training School's Professional "
   "Learning Committee (the Director of Professional Learning, the Award Leader and the University "
   "tutor), which agrees an action plan for the following year and checks it at each termly meeting.")
np(doc, 34, "The University will review the programme as part of its periodic review of partnership "
   "provision, and the award will be part of any Ofsted inspection of the Partnership's training.")
np(doc, 35, "We keep the marks and outcomes of each cohort, and look at them by school and by module "
   "to see where the course is weaker.")
np(doc, 36, "Each participant completes a confidence questionnaire against the national outcomes at "
   "the start and the end of the course, and the two are compared.")
np(doc, 37, "The evidence that matters most is what changes for children. The second task asks "
   "participants to report the effect of their development work on pupils.")
np(doc, 38, "We would like, in time, to find a way of measuring whether pupils in participants' "
   "schools make better progress, but we have not yet decided how.")
par39 = np(doc, 39, "Headteachers, the Parent Partnership Service and the Ashlands staff are already part "
   "of the course, as speakers, mentors and hosts. We hope to invite parents and headteachers to take "
   "part in evaluating it once the first cohort has finished.")
np(doc, 40, "We will send the Inquiry a short account of the first year if that would be useful.")

# ---------------------------------------------------------------- recommendations
title(doc, "RECOMMENDATIONS")
np(doc, 41, "We recommend that the Government should:")
for ln in [
    "(a) make parents' experience of the SENCO one of the measures by which national SENCO training is judged;",
    "(b) expect every SENCO course to include a placement in a special school and in a school of a different phase;",
    "(c) fund SENCOs' release time for the award directly rather than through schools' budgets;",
]:
    para(doc, ln).paragraph_format.left_indent = Cm(1.2)
np(doc, 42, "We recommend that the Training and Development Agency for Schools should publish the "
   "evaluations of approved providers so that headteachers can compare them.")
np(doc, 43, "We recommend that there should be an assessment-only route to the award for experienced "
   "SENCOs and support-service teachers. We would wish to offer one, but the University's "
   "regulations do not at present allow credit to be awarded without a taught module, so we cannot.")
np(doc, 44, "We recommend that local authorities should be asked to make their educational psychology "
   "and therapy services available to SENCO courses without charge.")
np(doc, 45, "We recommend that the national award should require every SENCO to be assessed on how "
   "they consult pupils, not only parents.")
np(doc, 46, "We recommend that the Inquiry should look at the time SENCOs are given for the role, "
   "which in our partnership ranges from half a day a week to full time.")
np(doc, 47, "We would be glad to give oral evidence, and to host a visit from the Inquiry team to any "
   "of our schools.")

title(doc, "REFERENCES")
for ln in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with speech, language and communication needs. DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice. DfES/581/2001.",
    "DfES (2004) Every Child Matters: Change for Children. HMSO.",
    "House of Commons Education and Skills Committee (2006) Special Educational Needs: Third Report of Session 2005-06. HC 478.",
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools. HMI 2276.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? HMI 2535.",
]:
    para(doc, ln, size=9)

# ---------------------------------------------------------------- annexes
doc.add_page_break()
para(doc, "ANNEX A: THE AWARD IN OUTLINE (written for the TDA panel)", bold=True, size=12)
para(doc, "Module 1 (30 credits): Days 1 to 4 and Task 1. Module 2 (30 credits): Days 5 to 8 and "
     "Tasks 2 and 3. Every participant follows the taught programme; there is no route to the award "
     "without the study days.")
grid(doc, ["Study day", "Theme", "Led by", "School task before the next day"], [
    ["Day 1", "The SENCO role; the law, the Code of Practice and disability equality; Every Child Matters",
     "S. Mehra, P. Kilbride", "Read your school's SEN policy and accessibility plan against the Code"],
    ["Day 2", "Every Child Matters in practice; external agencies and how to get their help",
     "P. Kilbride, A. Whitely (EP)", "Draw a map of the services working with your school"],
    ["Day 3", "Types of need: BESD, specific learning difficulties including dyslexia, SLCN, autism, MLD",
     "Ashlands staff, R. Chana (SaLT)", "Observe one pupil in two lessons"],
    ["Day 4", "Working with families; pupils' views", "J. Platt (Parent Partnership), S. Mehra",
     "Hold and record a meeting with a parent"],
    ["Day 5", "Assessment, targets and tracking; using other professionals' reports; formative assessment",
     "S. Mehra, county assessment adviser", "Analyse one cohort's tracking data"],
    ["Day 6", "Provision mapping; deploying and managing teaching assistants; managing your time",
     "S. Mehra", "Map provision for one year group"],
    ["Day 7", "Leading colleagues: observation, feedback, coaching, training",
     "H. Garside, P. Kilbride", "Observe and give feedback to one colleague"],
    ["Day 8", "Self-evaluation, strategy and working with governors; Task 2 presentations",
     "R. Askew, P. Kilbride", "-"],
], widths=[1.8, 6.5, 3.8, 4.5])
grid(doc, ["Task", "What participants do", "Length", "Marked by"], [
    ["Task 1: Case study", "A case study of provision for one pupil, including a meeting with the parent, the "
     "reports of other professionals, the pupil's targets and progress, and a critical review of one piece of research",
     "4,000 words", "Double-marked; moderated by the University"],
    ["Task 2: Leading change", "A development project led with colleagues in the participant's school, with baseline "
     "and follow-up measures of its effect on pupils, presented on Day 8",
     "5,000 words and presentation", "Double-marked; moderated; panel for the presentation"],
    ["Task 3: Portfolio", "A portfolio of evidence of the participant's work as SENCO, with a reflective commentary "
     "on their own development and their school's self-evaluation",
     "4,000 words equivalent", "Double-marked; moderated by the University"],
    ["Learning log", "A log kept through the year of reading and reflection", "-", "Seen by the personal tutor; not marked"],
], widths=[3, 8, 2.8, 3])

para(doc, "ANNEX B: HOW THE AWARD COVERS THE NATIONAL OUTCOMES", bold=True, size=12)
para(doc, "The outcomes are summarised in our own words. \"Day\" is where the outcome is taught; the last "
     "column is the task in which it is assessed.")
grid(doc, ["What the outcome asks", "Study day(s)", "Where it is assessed"], [
    "Professional attributes",
    ["Fair, respectful and constructive relationships with pupils and their parents or carers", "Day 4", "Task 1"],
    ["Winning the commitment of colleagues and senior leaders", "Days 7, 8", "Task 2"],
    ["Prioritising, managing time and delegating", "Day 6", "—"],
    ["Anticipating and solving problems; sound judgements about provision", "Days 5, 6", "Task 2"],
    ["Clear speech and writing; listening to others", "Days 4, 7", "Tasks 1 and 2 (presentation)"],
    ["Using research and outside advice to improve practice", "Days 1-8", "Task 1 (research review)"],
    ["Keeping up to date; own professional development", "Days 1-8", "Learning log (not marked)"],
    "Knowledge and understanding",
    ["The law and guidance on SEN, including the Code of Practice", "Day 1", "Task 3"],
    ["Every Child Matters and the SENCO's part in it", "Days 1, 2", "Task 1"],
    ["Disability equality law and what it requires", "Day 1", "Task 3"],
    ["The main types of SEN and their effect on learning", "Day 3", "Task 1"],
    ["Approaches to assessment, planning and teaching, including ICT", "Days 3, 5", "Task 1"],
    ["School self-evaluation and improvement", "Day 8", "Task 3"],
    ["Best practice and research", "Days 1-8", "Task 1"],
    ["External agencies and getting specialist help", "Day 2", "Task 1"],
    "Skills",
    ["Influencing the school's strategy with senior colleagues and governors", "Day 8", "Task 2"],
    ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Day 5", "Task 1"],
    ["Using other professionals' assessments", "Days 2, 5", "Task 1"],
    ["Using summative data, including national tests, to track progress", "Day 5", "Task 2"],
    ["Helping teachers develop formative assessment", "Day 5", "—"],
    ["Provision mapping; finding gaps in provision", "Day 6", "Task 2"],
    ["Deploying and managing support staff", "Day 6", "Task 2"],
    ["Supporting colleagues' development: observation, coaching, training", "Day 7", "Task 2"],
    ["Reviewing provision with colleagues for self-evaluation", "Day 8", "Task 3"],
    ["Involving pupils in planning and reviewing their provision", "Day 4", "—"],
    ["Working with parents and carers", "Day 4", "Task 1"],
    ["Working with other services and voluntary organisations", "Days 2, 3", "Task 1"],
], widths=[9, 3, 4.5])

para(doc, "ANNEX C: THE COURSE TEAM", bold=True, size=12)
grid(doc, ["Name", "Role on the award", "Background"], [
    ["Dr Sunita Mehra", "Award Leader; personal tutor", "SENCO at Thorncliffe since 2001; EdD (Mardon, 2007); "
     "previously advisory teacher for specific learning difficulties"],
    ["Dr Peter Kilbride", "University programme tutor; personal tutor", "Senior Lecturer in Inclusive Education, "
     "University of Mardon; twelve years in special schools; external examiner elsewhere"],
    ["Helen Garside", "Director of Professional Learning; teaches Day 7", "Deputy Headteacher; leads the Training "
     "School's coaching programme"],
    ["Robert Askew", "Headteacher; teaches Day 8", "Chair of the Partnership Steering Group"],
    ["Dr Anne Whitely", "Visiting tutor, Day 2", "Senior educational psychologist, Castlewold"],
    ["Rupinder Chana", "Visiting tutor, Day 3", "Specialist speech and language therapist, Castlewold PCT"],
    ["Joanne Platt", "Co-tutor, Day 4", "Castlewold Parent Partnership Service"],
    ["Carol Dunning and staff", "Day 3; hosts visits", "Headteacher, Ashlands School"],
], widths=[3.5, 5, 8])

# ---------------------------------------------------------------- comments
doc.add_comment(par14.runs, text="Robert: we've only done the parent survey once, so I've said so. "
                "Do we want to commit to repeating it?", author="Helen Garside", initials="HG")
doc.add_comment(par29.runs, text="We also check each participant's CRB through the head's nomination "
                "form, and ask for a new disclosure if they've been out of school - should we say so here?",
                author="Sunita Mehra", initials="SM")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
