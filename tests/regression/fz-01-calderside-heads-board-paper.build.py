"""fz-01-calderside-heads-board-paper: build the .docx next to this script.

Provider (invented): Calderside Secondary Behaviour and Attendance Partnership,
twelve secondary schools and Brookfold Pupil Referral Unit in the Metropolitan
Borough of Calderside (a northern mill town). Since 2006 it has run its own
staff development ("the Calderside Inclusion Programme": Team Teach, restorative
approaches, SEAL, SENCO induction days). It now proposes its own "Partnership
SENCO Award", a 60-credit Postgraduate Certificate validated by the (invented)
University of Aireborough, first cohort September 2009.

Document kind: a Headteachers' Board decision paper (Paper HB/0809/17, meeting
of 5 March 2009), sent to the TDA as it went to heads, with a shaded note to the
panel at the top and the Board's decisions written into a box at the end.
Layout: a cover-sheet table (fields, merged cells); no heading styles at all:
section titles are bold capitalised Normal paragraphs ("4. OPTIONS
CONSIDERED") and paragraphs are hand-numbered 1.1 ... 12.4, so the paper's own
numbers collide with requirement ids (its "2.3", "5.3", "5.5" are not the
specification's); recommendations (a)-(g); an options table; appendices:
1 programme outline (study-day table), 2 outcome map in the partnership's own
shorthand with merged group rows and "Developed" / "Assessed" columns,
3 consultation summary, 4 costings (for information). Header ("Headteachers'
Board - restricted") and footer (paper number) carry nothing to credit. One
tracked deletion, one tracked insertion, three Word comments.

Traps (requirement ids):
- Assessment-only route: raised by heads in the options section and rejected
  there ("We do not recommend an assessment-only route for the first two
  cohorts"), far from the admissions section that never mentions it (2.3 not_met).
- CRB: paragraph 8.4 describes enhanced disclosures for the partnership's own
  outreach and PRU staff; for candidates the paper only assumes their schools
  have checked them; no verification, no other checks (5.3 not_met,
  wrong-context + assumption). A comment asks "do we need to check CRB for
  participants?" - a comment is not part of the submission.
- Placements: the Fair Access Protocol and managed moves are pupils'
  placements; for participants only "may wish to visit" (5.5 partially_met;
  specialist expertise is real).
- APL: up to 20 credits of prior certificated M-level study; experiential
  learning explicitly not accredited (2.1 partially_met).
- Equality: values statement plus a ground-floor venue and a loop; nothing on
  disclosure, adjustments in assessment (3.1 partially_met).
- Flexibility: one September cohort; an extended two-year route is the only
  flexibility; a February second cohort appears only in a tracked DELETION
  (3.2 partially_met).
- E-learning: platform holds materials and a peer forum; tutors do not
  moderate it; nothing between study days except the forum (3.3 partially_met).
- Stakeholder evaluation: heads receive the annual report; other stakeholders
  only "as appropriate" (4.3 partially_met).
- Pupil voice: a topic in Day 7 only, "participants are encouraged to" (1.5 p,
  6.S7 p).
- Validation: the University's approval is a tracked INSERTION (E.1 met).
- Award rule: the award follows from passing the three tasks, "because the
  three tasks between them assess the national outcomes", which Appendix 2
  and its closing blanket claim contradict (6.0 partially_met, 1.9
  partially_met, unsupported-coverage-claim).
- Day 8 is about subject leaders and heads of year; no study day develops
  observation, coaching or mentoring, though Task C assesses an observed
  training session (6.S5 partially_met).
- Outcome map: A3, A7 formative/"Next Steps sheet" only (p); K3 taught, "-"
  assessed (p); K4 missing (n); S2b formative data task only (p); S2c missing
  (n); S2d taught only (p); S5 assessed but not developed (p); S7 topic only (p).
- Footer claims "all participants will hold a current CRB enhanced disclosure":
  a footer is never evidence (5.3 stays not_met).
"""
from pathlib import Path
import copy
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

HERE = Path(__file__).parent
NAME = "fz-01-calderside-heads-board-paper"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)


def shade(el, fill):
    pr = el._tc.get_or_add_tcPr() if hasattr(el, "_tc") else el._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def para(text="", bold=False, italic=False, size=None, align=None, fill=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if fill:
        shade(p, fill)
    return p


def title(text):
    p = para(text, bold=True)
    p.paragraph_format.space_before = Pt(10)
    return p


def num(n, text):
    return para(f"{n}\t{text}")


def table(rows, widths=None, header=True, fill="D9D9D9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if header and i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, fill)
    if widths:
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    return t


def _run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(p, text, kind, rid, author="Joanne Ridley", date="2009-03-02T09:14:00Z"):
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(rid))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=(kind == "del")))
    p._p.append(el)


# ---------------------------------------------------------------- header/footer
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Calderside Secondary Behaviour and Attendance Partnership - Headteachers' Board - restricted"
sec.footer.paragraphs[0].text = "Paper HB/0809/17 - The Partnership SENCO Award - all participants will hold a current CRB enhanced disclosure"

# ---------------------------------------------------------------- note to panel
note = para("Note for the TDA approval panel. This is the paper our Headteachers' Board considered on 5 March 2009, "
            "sent as it went to heads, with the Board's decisions added in the box after paragraph 12. Appendices 1 to 3 "
            "form part of our application. Appendix 4 (costings) is included for information only. Paragraph numbers are "
            "the paper's own and do not follow the numbering of the specification.", italic=True, fill="E7E6E6")

para("CALDERSIDE SECONDARY BEHAVIOUR AND ATTENDANCE PARTNERSHIP", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("HEADTEACHERS' BOARD", bold=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Thursday 5 March 2009, 1.30 pm, Training Suite, Brookfold PRU, Calder Road", align=WD_ALIGN_PARAGRAPH.CENTER)

cover = table([
    ["Paper", "HB/0809/17", "Agenda item", "6"],
    ["Title", "The Partnership SENCO Award: proposal to seek national approval", "", ""],
    ["Author", "Joanne Ridley, Partnership Manager, with Helen Marsden, Deputy Headteacher, Brookfold PRU", "", ""],
    ["For", "DECISION", "Previously considered by", "Staff Development Group, 11 February 2009; SENCO Network, 3 February 2009"],
    ["Financial implications", "Yes - see section 11 and Appendix 4", "Equality implications", "See paragraph 9.4"],
    ["Attachments", "Appendix 1 Programme outline; Appendix 2 Outcome map; Appendix 3 Consultation summary; Appendix 4 Costings", "", ""],
], widths=[3.2, 6.0, 3.2, 5.0], header=False)
for i in (1, 2, 5):
    a = cover.cell(i, 1).merge(cover.cell(i, 3))
    a.text = a.text.strip()
for i in range(6):
    for j in (0, 2):
        c = cover.cell(i, j)
        for r in c.paragraphs[0].runs:
            r.bold = True
        shade(c, "D9D9D9")

# ---------------------------------------------------------------- 1 purpose
title("1. PURPOSE")
num("1.1", "This paper asks the Board to agree that the Partnership should apply to the Training and Development "
    "Agency for Schools (TDA) for approval to run the national award for SENCOs itself, in partnership with the "
    "University of Aireborough, from September 2009, and to commit the funding and staff time set out in section 11.")
num("1.2", "It follows the Board's discussion on 8 January 2009 (minute 4), when heads asked the Partnership Manager to "
    "work up a proposal rather than buy places at a university some distance away. The Staff Development Group and the "
    "SENCO Network have both seen an earlier draft and their views are summarised in Appendix 3.")

title("2. RECOMMENDATIONS")
para("The Board is asked to:")
for t in [
    "(a) approve the proposal for a Partnership SENCO Award as described in section 5 and Appendix 1;",
    "(b) agree that the Partnership submits an application to the TDA by the closing date of 31 March 2009;",
    "(c) agree that Helen Marsden is released from Brookfold PRU for two days a week from September 2009 to lead the programme;",
    "(d) agree a contribution of £1,450 per place from each school that nominates a participant (section 11);",
    "(e) note the advice of the Staff Development Group on an assessment-only route (paragraph 4.5);",
    "(f) agree that each school nominates one senior colleague to act as a Practice Mentor for another school's participant;",
    "(g) agree to receive an annual report on the programme at the first Board meeting of each autumn term.",
]:
    para(t)

# ---------------------------------------------------------------- 3 background
title("3. BACKGROUND")
num("3.1", "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008 require the SENCO in a "
    "maintained school to be a qualified teacher. The amending regulations laid this year will require a teacher new to "
    "the role from 1 September 2009 to gain the national award within three years. In our schools that affects at "
    "least five people in the first year.")
num("3.2", "In October 2008 the Partnership surveyed the SENCOs of all thirteen settings and the heads. Twelve SENCOs "
    "and eleven heads replied. Seven of the thirteen SENCOs have been in post for less than three years; two are not "
    "yet qualified teachers and will have to be replaced by, or supported by, a teacher who is; three combine the role "
    "with being head of year. The SENCOs' three most pressing needs were: managing the growing number of pupils whose "
    "behavioural, emotional and social difficulties sit alongside a learning difficulty; leading and managing teaching "
    "assistants; and using data to show the impact of interventions. Heads added the need to reduce fixed-term "
    "exclusions of pupils with SEN, which in 2007-08 were three times the rate for other pupils across the "
    "Partnership, and persistent absence among the same group.")
num("3.3", "The Partnership has run its own staff development since 2006 through the Calderside Inclusion Programme, "
    "which trained over 600 staff last year. The programme is quality assured through the Staff Development Group and "
    "was described as \"a strength of the partnership\" in the Local Authority's review of behaviour and attendance "
    "partnerships in June 2008. We therefore already have the venue, the administration and many of the trainers.")

# ---------------------------------------------------------------- 4 options
title("4. OPTIONS CONSIDERED")
num("4.1", "The Staff Development Group looked at three options.")
table([
    ["Option", "Description", "Advantages", "Disadvantages"],
    ["A", "Buy places on the University of Aireborough's existing city-centre course", "No development cost", "40 miles each way; evening sessions in the city; no link to our schools' priorities; £2,100 per place"],
    ["B (recommended)", "A Partnership award, taught in Calderside, validated by the University of Aireborough", "Built around our schools; uses our own specialists; cheaper per place; builds capacity", "Development time in 2008-09; the Partnership carries the quality risk"],
    ["C", "Join the neighbouring authority's programme when it starts in 2010", "Shared cost", "Too late for SENCOs appointed from September 2009"],
], widths=[2.4, 5.0, 4.6, 5.4])
num("4.2", "Option B is recommended. It is the only option that lets the course be built round the priorities in "
    "paragraph 3.2, and round the partnership's existing strengths in behaviour, attendance and multi-agency working.")
num("4.3", "Heads asked at the January meeting whether the programme could start in February as well as September. The "
    "Staff Development Group considered this and recommends a single September cohort for the first two years while "
    "the programme beds in.")
p = num("4.4", "")
p.runs[0].text = "4.4\tThe Group also looked at whether participants could take the course more slowly. "
tracked(p, "A second cohort starting each February would allow a SENCO appointed mid-year to start without waiting. ", "del", 1)
p.add_run("A participant whose circumstances change may take the extended route: the three units over two years rather "
          "than one, with the agreement of their head and the programme leader.")
num("4.5", "A number of heads asked whether an experienced SENCO from one of our schools could simply present evidence "
    "and be assessed without attending. The Group's advice is that the University's regulations would need amending, "
    "and that the Partnership should first be sure of its own assessment standards. We do not recommend an "
    "assessment-only route for the first two cohorts.")

# ---------------------------------------------------------------- 5 proposal
title("5. THE PROPOSED AWARD")
num("5.1", "The Partnership SENCO Award will be a Postgraduate Certificate in SEN Coordination of 60 credits at Level 7 "
    "(masters level), made up of three 20-credit units. The University of Aireborough will award the certificate and "
    "its regulations for taught postgraduate awards will apply.")
p = num("5.2", "")
p.runs[0].text = "5.2\t"
tracked(p, "The University's validation panel met on 24 February 2009 and approved the programme, with one condition "
        "(that participants have full access to the University library, including its electronic journals), which "
        "has now been met. ", "ins", 2, date="2009-03-03T16:40:00Z")
p.add_run("The University's link tutor, Dr Anil Chaudhry, Senior Lecturer in Inclusive Education, sits on the programme "
          "team.")
num("5.3", "The main aim of the award is to raise the achievement and well-being of pupils with SEN and/or disabilities "
    "in our schools: their progress in learning, but equally whether they are safe, healthy, attending, taking part "
    "in the life of the school and moving on to education, employment or training at 16. Every participant's assessed "
    "work has to show what difference their leadership has made to pupils, measured against the five Every Child "
    "Matters outcomes.")
num("5.4", "The three units are:")
for t in [
    "Unit 1, The SENCO, the law and the school (study days 1 to 3): the SEN Code of Practice 2001, the SEN and Disability "
    "Act 2001, the Disability Discrimination Act 1995 as amended in 2005, the SENCO regulations, Every Child Matters and "
    "the Children Act 2004, the role of governors, and school self-evaluation.",
    "Unit 2, Leading teaching and learning for pupils with SEN (study days 4 to 7): the common types of need, "
    "assessment, planning and intervention, provision mapping, deploying teaching assistants, and examination access "
    "arrangements.",
    "Unit 3, Working with others: the Practice Project (study days 8 to 10 and the school-based project): colleagues, "
    "parents and carers, other services and agencies, and a change the participant leads in their own school.",
]:
    para("\u2022 " + t)
num("5.5", "The programme is rooted in our own schools. Each participant carries out a Practice Project in their own "
    "school over two terms: they take baseline measures for a group of pupils (attainment, attendance, exclusions, "
    "pupils' own views), lead a change in provision, and measure the effect at the end of the project. They are "
    "supported by their Practice Mentor, a senior colleague from another partnership school (recommendation (f)), who "
    "visits twice and observes the participant leading a meeting or a training session.")
num("5.6", "The content draws on recent evidence: the Ofsted reports Inclusion: does it matter where pupils are taught? "
    "(2006) and the 2008 survey of provision for pupils with behavioural, emotional and social difficulties, the "
    "Steer report Learning Behaviour (2005 and its 2009 review), the Bercow Review of services for children with speech, "
    "language and communication needs (2008) and the work of the Lamb Inquiry on parental confidence. The reading list "
    "will be reviewed each summer by the programme team with the University link tutor.")
num("5.7", "Study days 8 and 9 are about working with colleagues and with parents. Participants practise leading a "
    "review meeting with a parent in role-play, using cases from the Parent Partnership Service, and plan and deliver "
    "a short training session for colleagues in their own school, which their Practice Mentor observes. Colleagues "
    "from Calderside Parent Partnership Service and the Educational Psychology Service co-teach these days.")
num("5.8", "Pupil voice is included in study day 7, and participants are encouraged to involve pupils in their Practice "
    "Project where they can.")

# ---------------------------------------------------------------- 6 admissions
title("6. WHO THE AWARD IS FOR, AND ENTRY")
num("6.1", "The first cohort will have 14 places. Places go first to SENCOs new to the role in partnership schools, then "
    "to experienced SENCOs and assistant SENCOs in partnership schools, then to primary SENCOs in the Calderside "
    "pyramids if places remain.")
num("6.2", "A candidate needs qualified teacher status, to hold or be designated for the SENCO role, and their head's "
    "nomination. Each candidate has an entry conversation with the programme leader, using the Starting Point Profile: "
    "a self-assessment against each of the national outcomes, in our own wording, with the evidence the candidate "
    "would offer for it. The programme leader checks the profile against the evidence and the head's reference.")
num("6.3", "If the profile shows that a candidate is unlikely to reach all the outcomes within the year (for example "
    "a teacher with no experience of SEN work at all), the programme leader writes to the candidate and to their head "
    "setting out what they need to do first, usually the Inclusion Programme's SEN Foundation twilight series, and "
    "offers a place in the following cohort.")
num("6.4", "For those who are accepted, the Starting Point Profile becomes the Individual Learning Plan, agreed at the "
    "first tutorial: the outcomes the participant is already strong in, the outcomes they will focus on, the optional "
    "workshops they should attend and the focus of their Practice Project. The plan is reviewed at the mid-year "
    "tutorial and at the end of the programme.")
num("6.5", "Participants who already hold certificated study at Level 7 (for example a module of an MA) may ask the "
    "University to credit up to 20 credits of it against Unit 1 or Unit 2, under the University's accreditation of "
    "prior learning regulations. Experience alone is not accredited: experienced SENCOs take the full programme, "
    "though their Individual Learning Plan will reflect what they already know.")

# ---------------------------------------------------------------- 7 delivery
title("7. HOW THE PROGRAMME WILL RUN")
num("7.1", "There will be ten study days between September 2009 and June 2010 at the Partnership Training Suite, "
    "Brookfold PRU, and four twilight workshops from which participants choose according to their Individual "
    "Learning Plan. Each participant has three one-to-one tutorials with a programme tutor.")
num("7.2", "Materials for each study day, the reading list and recorded presentations will be on the Calderside "
    "Learning Platform, which all partnership schools already use. The platform has a discussion forum for the "
    "cohort, which participants use to support one another. Tutors do not moderate the forum; participants bring "
    "questions to the next study day or tutorial.")
num("7.3", "The programme is part time only. Study days are scheduled on different weekdays each half term so that no "
    "school loses its SENCO on the same day each week.")

# ---------------------------------------------------------------- 8 staffing
title("8. STAFFING AND SPECIALIST INPUT")
num("8.1", "Programme leader: Helen Marsden, Deputy Headteacher, Brookfold PRU (MA Special and Inclusive Education, "
    "NPQH; SENCO at Ravenscliffe High School 1998-2007; leads the Inclusion Programme's SENCO induction days).")
num("8.2", "Programme tutors: David Okafor, Senior Educational Psychologist, Calderside EPS (doctorate in educational "
    "psychology; trains schools in assessment and consultation); Susan Brannigan, Specialist Teacher, Calderside "
    "Sensory and Physical Support Service (MEd, mandatory qualification for teachers of the deaf); Dr Anil Chaudhry, "
    "University of Aireborough (link tutor, research methods and the Practice Project). All tutors take part in the "
    "University's annual assessment standardisation day and at least one SEN conference or course a year.")
num("8.3", "Specialist input on study days comes from CAMHS (Calderside Child and Adolescent Mental Health Service), "
    "the Autism Outreach Team, the Speech and Language Therapy Service, Connexions, the Education Welfare Service, the "
    "Parent Partnership Service and the Calderside branch of the British Dyslexia Association.")
num("8.4", "All partnership staff who work in the PRU or on outreach in schools hold an enhanced CRB disclosure, renewed "
    "every three years and recorded on the PRU's single central record. Participants are serving teachers in our "
    "schools and will have been checked by their employing school.")
num("8.5", "The Partnership's Fair Access Protocol and managed moves give pupils placements in other partnership "
    "schools and at Brookfold, and our outreach team supports those placements. Participants may wish to visit "
    "Hollins Bank Special School or a partnership school's learning support base as part of their Practice Project.")
num("8.6", "Before the programme starts, all tutors and Practice Mentors attend a half-day briefing led by the programme "
    "leader and the University link tutor. The Programme Handbook sets out what each role does: tutors teach, mark and "
    "hold tutorials; Practice Mentors visit twice, observe once and sign the observation record; the link tutor "
    "moderates and advises on standards. Mentors who have not mentored before are paired with an experienced mentor "
    "from the Inclusion Programme.")
num("8.7", "Participants will have the University library (including electronic journals), the Partnership's own SEN "
    "resource library at Brookfold, laptops in the Training Suite, and the Sensory Service's loan collection of "
    "assistive technology (text readers, voice recognition software, radio aids) for use in study days 5 and 6.")

# ---------------------------------------------------------------- 9 assessment
title("9. ASSESSMENT AND THE AWARD")
num("9.1", "There are three summative tasks: Task A, a review of the provision map of the participant's own school "
    "(3,000 words, Unit 1); Task B, the Practice Project report (5,000 words, Unit 3); and Task C, the Professional "
    "Portfolio and a 30-minute professional conversation with two tutors (Unit 2 and the whole programme). Appendix 2 "
    "shows where each national outcome is developed and assessed.")
num("9.2", "Each task is marked against the University's Level 7 criteria and the outcome descriptors in the Programme "
    "Handbook. All fails and a 25 per cent sample of other work are second-marked; the University link tutor moderates "
    "a sample from each task; the University appoints an external examiner who sees all fails and a sample, and "
    "attends the assessment board in July.")
num("9.3", "The award is made when the assessment board confirms that the participant has passed all three tasks. "
    "Because the three tasks between them assess the national outcomes (Appendix 2), a participant who passes all "
    "three has met the national standard. A participant who fails a task may resubmit once.")
num("9.4", "The Partnership is committed to equality and inclusion in everything it does. The Training Suite is on the "
    "ground floor and has a hearing loop.")

# ---------------------------------------------------------------- 10 quality
title("10. QUALITY AND EVALUATION")
num("10.1", "Participants complete an evaluation at the end of each study day and a fuller review at the mid-year "
    "tutorial. The programme team meets after each study day to look at the evaluations and adjusts the next day "
    "where needed. At the end of the year the University link tutor runs a focus group with participants in the "
    "programme team's absence.")
num("10.2", "External evidence comes from the external examiner's annual report and from the University's annual "
    "monitoring process, to which the programme team submits a report each October with an action plan. The Staff "
    "Development Group checks that the action plan has been carried out.")
num("10.3", "To see the effect on participants, each participant completes the Starting Point Profile again at the end "
    "of the year, so that their confidence and competence against each outcome can be compared with the start. To see "
    "the effect on pupils, the Practice Project baseline and end measures (attainment, attendance, fixed-term "
    "exclusions and pupils' views) are collected from every participant in a standard summary sheet and analysed by "
    "the Partnership's data manager. A follow-up of the same pupils a year later is planned for each cohort.")
num("10.4", "The Board will receive the annual report (recommendation (g)). Heads, parents and pupils will be involved "
    "in evaluating the programme as appropriate.")
num("10.5", "At the final tutorial each participant drafts objectives for their next year on the Partnership's Next "
    "Steps sheet, which they take to their performance management review with their head. The sheet lists routes on "
    "from the award, including the University's MA Inclusive Education, for which the award counts as 60 credits.")

# ---------------------------------------------------------------- 11 finance
title("11. FINANCIAL IMPLICATIONS")
num("11.1", "Appendix 4 sets out the costs. At 14 places the programme costs £20,300 a year, met from a school "
    "contribution of £1,450 per place; the Partnership's standards fund allocation meets the development costs in "
    "2008-09. A place costs each school £650 less than Option A, and no travel or cover for evening travel is needed.")

title("12. RISKS")
num("12.1", "The main risks are that too few schools nominate (mitigated by the survey in paragraph 3.2, which "
    "identified at least nine likely participants) and that release of the programme leader affects Brookfold "
    "(mitigated by a part-time appointment already advertised).")

# ---------------------------------------------------------------- decisions box
dec = doc.add_table(rows=1, cols=1)
dec.style = "Table Grid"
c = dec.cell(0, 0)
shade(c, "FFF2CC")
c.paragraphs[0].add_run("BOARD DECISIONS, 5 MARCH 2009 (added after the meeting)").bold = True
for t in [
    "Recommendations (a), (b), (c), (d), (f) and (g) agreed. Recommendation (e) noted.",
    "The Board asked that the first annual report include the Practice Project data on pupils' attendance and exclusions.",
    "Mr G. Atherton (Chair) to sign the TDA application on the Board's behalf.",
]:
    c.add_paragraph(t)

# ---------------------------------------------------------------- Appendix 1
doc.add_page_break()
para("APPENDIX 1: PROGRAMME OUTLINE 2009-10", bold=True, size=12)
table([
    ["When", "Session", "Content", "Led by"],
    ["Sept (before Day 1)", "Entry conversation and first tutorial", "Starting Point Profile; Individual Learning Plan", "Programme leader"],
    ["Day 1, Tue 22 Sept", "The SENCO role", "Regulations; Code of Practice; the role in our schools; managing time and priorities", "H. Marsden"],
    ["Day 2, Wed 14 Oct", "Law and equality", "SEN and disability law; the DDA duties; accessibility plans; Every Child Matters", "H. Marsden, LA Inclusion Officer"],
    ["Day 3, Thu 12 Nov", "Strategy and self-evaluation", "Governors; the SEF; inclusive ethos; Task A briefing", "H. Marsden, a partnership head"],
    ["Day 4, Fri 4 Dec", "Types of need (1)", "BESD; ASD; SLCN (with SALT and Autism Outreach)", "D. Okafor"],
    ["Day 5, Tue 19 Jan", "Types of need (2)", "Dyslexia and SpLD; MLD; sensory and physical needs; ICT and assistive technology", "S. Brannigan"],
    ["Day 6, Wed 10 Feb", "Assessment and data", "Assessment from other professionals; RAISEonline and tracking (formative data task); exam access arrangements", "D. Okafor, Exams Officer"],
    ["Day 7, Thu 11 Mar", "Provision and staff", "Provision mapping; deploying and managing teaching assistants; pupil voice", "H. Marsden"],
    ["Day 8, Fri 23 Apr", "Working with colleagues", "Working with subject leaders and heads of year; Practice Project planning", "H. Marsden, Practice Mentors"],
    ["Day 9, Tue 18 May", "Working with parents and agencies", "Review meetings with parents (role-play); CAF and the lead professional; voluntary sector", "Parent Partnership Service, CAMHS"],
    ["Day 10, Wed 16 June", "Evidence and research", "Practice Project presentations; using research; next steps", "A. Chaudhry"],
], widths=[3.0, 3.6, 7.4, 3.4])
para("Twilight workshops (choose two, 4.00-6.00 pm): restorative approaches; attendance and the law; "
     "Team Teach refresher for SENCOs; writing for governors.")

# ---------------------------------------------------------------- Appendix 2
doc.add_page_break()
para("APPENDIX 2: WHERE EACH NATIONAL OUTCOME IS DEVELOPED AND ASSESSED", bold=True, size=12)
para("Shorthand for the national minimum outcomes. Task A = provision review; Task B = Practice Project report; "
     "Task C = Portfolio and professional conversation. \"Formative\" means practised and given feedback but not "
     "marked.")
rows = [["Outcome (our shorthand)", "Developed", "Assessed"]]
groups = {
    "PROFESSIONAL ATTRIBUTES": [
        ["Fair and respectful relationships with pupils and parents", "Days 1, 9", "Task B; Task C"],
        ["Winning the commitment of the head and senior leaders", "Days 3, 8", "Task B"],
        ["Prioritising, managing time, delegating", "Day 1", "Formative: tutorial discussion"],
        ["Solving problems and sound judgements about provision", "Days 7, 9", "Task A; Task C"],
        ["Clear speech and writing; listening to others", "All days", "Tasks A, B; professional conversation"],
        ["Using research and outside advice", "Day 10", "Task B (literature and method)"],
        ["Keeping up to date; own CPD", "Day 10", "Next Steps sheet"],
    ],
    "KNOWLEDGE AND UNDERSTANDING": [
        ["SEN law, the Code of Practice and putting it into practice", "Days 1, 2", "Task A"],
        ["Every Child Matters and the SENCO's part in it", "Day 2", "Task A; Task B (ECM measures)"],
        ["Disability equality law and the duties it brings", "Day 2", "-"],
        ["Common types of SEN and how they affect learning", "Days 4, 5", "Task C"],
        ["Approaches and resources for assessment and teaching, including ICT", "Days 5, 6", "Task C"],
        ["School self-evaluation and improvement", "Day 3", "Task A"],
        ["Best practice and research on SEN", "Days 4, 10", "Task B"],
        ["External agencies and getting specialist support", "Day 9", "Task C"],
    ],
    "SKILLS": [
        ["Shaping strategy, ethos and resources with senior staff and governors", "Day 3", "Task A"],
        ["Identifying needs, setting targets, planning and reviewing interventions", "Days 6, 7", "Task B"],
        ["Using other professionals' assessments", "Days 4, 6", "Task C"],
        ["Summative data and national tests to track progress", "Day 6", "Formative data task"],
        ["Special arrangements for tests and examinations", "Day 6", "-"],
        ["Provision mapping; finding gaps and weak provision", "Day 7", "Task A"],
        ["Deploying and managing staff", "Day 7", "Task A; Task C"],
        ["Developing colleagues (observation, coaching, training)", "-", "Task C (observed training session)"],
        ["Reviewing provision with staff to feed self-evaluation", "Days 3, 7", "Task A"],
        ["Involving pupils in planning and reviewing their provision", "Day 7 (pupil voice)", "-"],
        ["Working with parents and carers", "Day 9", "Task B; Task C"],
        ["Working with other services, including voluntary organisations", "Day 9", "Task C"],
    ],
}
group_rows = []
for g, items in groups.items():
    group_rows.append(len(rows))
    rows.append([g, "", ""])
    rows.extend(items)
t = table(rows, widths=[8.6, 3.6, 5.2])
for i in group_rows:
    m = t.cell(i, 0).merge(t.cell(i, 2))
    m.text = m.text.strip()
    for r in m.paragraphs[0].runs:
        r.bold = True
    shade(m, "EDEDED")
para("All the national outcomes are covered by the programme and are assessed.")

# ---------------------------------------------------------------- Appendix 3
doc.add_page_break()
para("APPENDIX 3: WHAT WE WERE TOLD AND WHAT WE CHANGED", bold=True, size=12)
table([
    ["Who", "When and how", "What they said", "What we changed"],
    ["SENCOs (12 of 13)", "Survey, October 2008", "Most pressing: BESD alongside learning difficulty; managing TAs; showing impact with data", "Day 4 leads on BESD; Day 7 on TAs; Practice Project built on baseline and impact measures"],
    ["Heads (11 of 13)", "Survey, October 2008; Board, January 2009", "Fixed-term exclusions and absence of pupils with SEN; course must be local", "ECM measures in Task B include attendance and exclusions; Option B"],
    ["SENCO Network", "Meeting, 3 February 2009", "Exam access arrangements are a worry every year; the draft had nothing on them", "Added to Day 6"],
    ["Parents' forum (Parent Partnership Service)", "Meeting, 27 January 2009", "Parents want SENCOs who explain decisions and listen at reviews", "Review-meeting role-play on Day 9, co-taught by the Parent Partnership Service"],
    ["Brookfold PRU pupil council", "Discussion, December 2008", "Staff should ask pupils before they change their support", "Pupil voice added to Day 7"],
], widths=[3.2, 3.6, 5.4, 5.2])

# ---------------------------------------------------------------- Appendix 4
para("")
para("APPENDIX 4: COSTINGS (FOR INFORMATION)", bold=True, size=12)
table([
    ["Item", "2009-10"],
    ["Programme leader (0.4 FTE backfill)", "£14,200"],
    ["Tutors and specialist input", "£3,400"],
    ["University validation and registration fees (14 x £120)", "£1,680"],
    ["Venue, refreshments, materials", "£1,020"],
    ["Total", "£20,300"],
], widths=[10.0, 4.0])

# ---------------------------------------------------------------- comments
paras = doc.paragraphs


def find(prefix):
    for p_ in paras:
        if p_.text.startswith(prefix):
            return p_
    raise KeyError(prefix)


doc.add_comment(find("8.4").runs[0], text="Do we need to check CRB for participants ourselves? The University's admissions "
                "form asks about it - JR to confirm with Aireborough before the TDA bid goes.", author="Graham Atherton",
                initials="GA")
doc.add_comment(find("4.5").runs[0], text="Mark at Ravenscliffe has run SEN there for 12 years - can we not assess him "
                "directly? He could be our first assessment-only candidate.", author="Graham Atherton", initials="GA")
doc.add_comment(find("10.4").runs[0], text="Suggest the parents' forum reviews the evaluation summary each summer and the "
                "PRU pupil council is asked what changed.", author="Helen Marsden", initials="HM")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
