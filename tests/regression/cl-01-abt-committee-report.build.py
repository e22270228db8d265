"""Build cl-01-abt-committee-report.docx (invented provider, blind test data).

Provider: the ABT SENCO Partnership: three local authorities (Ashwold County
Council, Brenmouth City Council, Tarnside Borough Council) working with the
University of Kelvedge, Faculty of Education, which validates the award.
Programme: Postgraduate Certificate in Special Educational Needs Coordination
(the National Award for SEN Coordination), three 20-credit Level 7 units.
Dated January 2009; 2008-era vocabulary (CRB, DDA, SEN Code of Practice 2001,
ECM, Children's Trust, P scales, the 2008 SENCO Regulations).

Layout: a local authority committee report, submitted unchanged as the
application with a short covering note. Officer voice, third person
("Members are asked to", "Officers will", "the Partnership"). A front-sheet
table (meeting, item, report of, key decision, wards, exempt, appendices), an
"implications checklist" table with Yes/No ticks, then Heading 1 sections
with hand-typed section numbers and hand-typed paragraph numbers in the
council manner ("5.10 ..."), which collide with requirement ids. Standard
council sections: Purpose, Recommendations, Summary, Background, the
proposal, Consultation, Quality and performance, Financial / Legal /
Equality implications, Risk management (a Risk / Likelihood / Impact /
Mitigation table), Options considered (A-D), Staffing and resource
implications, Background papers. Appendix A is a unit-by-unit table of the
national outcomes "developed" and "assessed (marked)" in ordinary words, with
an "across the programme" row. Page header (meeting and item) and footer
(contact officer).

Traps, with the requirement ids each affects:
- Front-sheet implications checklist ticks ("Safeguarding: Yes", "Equalities:
  Yes") are not evidence of anything (5.3, 3.1 decided from the body).
- Paragraph 4.2 describes the PAST unaccredited New SENCO Induction Course
  (2004-2008), which had a pupil-voice day and a special-school visit for
  every participant: past arrangements (1.5, 5.5, 6.S7 not evidence).
- Paragraph 4.3: the five ECM outcomes appear only as the councils' joint
  Children and Young People's Plan priorities (wrong context). The award's
  aim (5.2) is attainment and progress only; ECM is one Unit 1 session topic,
  not assessed -> 1.1 partially_met, 6.K2 partially_met.
- Summary 3.2: blanket claim "Every one of the national minimum outcomes is
  mapped to the Award's units and is assessed" contradicted by Appendix A
  -> 1.9 partially_met, 6.0 partially_met (award = three assignments + 80%
  attendance).
- Parents (5.7): participants "will be made aware" of parents' role; a
  Parent Partnership briefing on its services, no skills work, not assessed
  -> 1.7 partially_met, 6.A1 partially_met, 6.S8 partially_met.
- Training Needs Analysis (5.10-5.11) used for entry and to adjust cohort
  emphasis; individual planning deferred to the school's performance
  management -> 2.2 partially_met (5.2 met).
- Delivery (5.15): one route, one September start, units in order; only
  venue choice and catch-up at another centre; Option C (online/blended,
  January starts) not recommended -> 3.2 partially_met; no e-learning ->
  3.3 not_applicable. Option A names another provider's online award.
- Consultation 6.3: "Comments received have been taken into account in
  finalising the proposals" with no detail of any change -> 4.2
  partially_met (4.1 met from the survey and forums; 4.3 met: Programme
  Board with headteachers, SENCO and Parent Partnership members receives
  evaluation reports and agrees changes; specialists teach).
- Legal implications 9.2: enhanced CRB disclosures are held by TUTORS; the
  candidates "will have been CRB checked by their employing school, and no
  further check is required" -> 5.3 not_met (assumption, wrong people).
- Quality 7.2: competence measured by repeat TNA and a headteacher
  questionnaire; pupil attainment only "expected ... will become apparent"
  -> 5.9 partially_met.
- Risk table: visits to special schools "will be arranged where schools are
  able to release participants and host schools have capacity" (conditional)
  -> 5.5 partially_met (specialist expertise itself is concrete).
- Options 12.6: pupil voice raised by Members, the TDA specification quoted,
  "Officers will look into this ... with a view to a possible additional
  session in a later year" -> 1.5 not_met, 6.S7 not_met (Appendix A row says
  "to be developed").
- Recommendation 2.4 and Option D (12.7): assessment-only route not offered
  in 2009-10 -> 2.3 not_met.
- Appendix A: developed but not marked (6.K2, 6.S2b, 6.S4, 6.S8, 6.A1
  partially_met); formative only (6.A3 learning log, 6.S9 group presentation:
  partially_met); assessed but "not taught" (6.K4 partially_met); absent
  (6.S2c not_met); "to be developed" (6.S7 not_met). 6.A7 has no row in
  Appendix A, but the Moving On session (5.14) develops participants'
  planning of their own CPD, unassessed -> partially_met. 6.K9 is marked in
  Assignment 2 (met) while 6.S9 is only formative.
- Genuine arrangements written in council form: cost comparison and
  break-even in Financial implications (2.4), EIA actions (3.1), risk
  mitigations on moderation consistent with 7.4 (5.8), staffing (5.4),
  resources (5.6), Programme Board (4.3, 5.1), mentor agreement and
  standardisation day (5.7), entry procedure with letter to headteacher
  (5.2), APCL/APEL (2.1), Moving On session (2.5).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("cl-01-abt-committee-report.docx")

doc = Document()
doc.core_properties.author = "Gareth Penhale"
doc.core_properties.title = "Joint Committee report - National Award for SEN Coordination"
normal = doc.styles["Normal"]
normal.font.name = "Arial"
normal.font.size = Pt(11)
for lvl in (1, 2):
    hs = doc.styles[f"Heading {lvl}"]
    hs.font.name = "Arial"
    hs.font.size = Pt(13 if lvl == 1 else 11)


def para(text="", bold=False, italic=False, size=None, align=None, indent=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def num(n, text):
    """A council-style numbered paragraph: the number is typed in the text."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(f"{n}\t{text}")
    return p


def sub(letter, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.8)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"({letter})\t{text}")
    return p


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table(rows, widths=None, header=True, style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            lines = val.split("\n")
            for k, line in enumerate(lines):
                p = c.paragraphs[0] if k == 0 else c.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
                if header and i == 0:
                    r.bold = True
            if header and i == 0:
                shade(c)
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


# ------------------------------------------------------------ header / footer
sec0 = doc.sections[0]
hp = sec0.header.paragraphs[0]
hp.text = ("Ashwold, Brenmouth and Tarnside Joint Committee for Children\u2019s Services \u2013 "
           "22 January 2009 \u2013 Agenda item 7 \u2013 PART I (open)")
hp.runs[0].font.size = Pt(8)
fp = sec0.footer.paragraphs[0]
r = fp.add_run("Contact officer: Gareth Penhale, ABT SENCO Partnership, Kirkby Lane Centre, "
               "Ashwold AW3 9QE \u2013 tel. 01632 960418 \u2013 page ")
r.font.size = Pt(8)
fp._p.append(parse_xml(
    f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
    '<w:t>1</w:t></w:r></w:fldSimple>'))

# ------------------------------------------------------------ covering note
para("ABT SENCO PARTNERSHIP", bold=True, size=12)
para("Note for the TDA approval panel", bold=True)
para("The report below was considered by the Ashwold, Brenmouth and Tarnside Joint Committee for "
     "Children\u2019s Services on 22 January 2009, which approved all five recommendations "
     "(minute JC/09/14). With the Committee\u2019s agreement we submit it unchanged as the "
     "Partnership\u2019s application for approval to provide the National Award for SEN "
     "Coordination, together with its Appendix A. The background papers listed in section 14 can "
     "be sent on request.")
para("Gareth Penhale, Programme Leader, on behalf of the ABT SENCO Partnership, 26 January 2009",
     italic=True)
para()

# ------------------------------------------------------------ front sheet
para("ASHWOLD, BRENMOUTH AND TARNSIDE JOINT COMMITTEE FOR CHILDREN\u2019S SERVICES",
     bold=True, align="c")
para("REPORT OF THE JOINT HEAD OF INCLUSION AND SEN SERVICES", bold=True, align="c")
table([
    ["Meeting", "Joint Committee for Children\u2019s Services"],
    ["Date", "22 January 2009"],
    ["Agenda item", "7"],
    ["Title", "National Award for SEN Coordination: application for approval as a training provider"],
    ["Report of", "Marian Oduya, Joint Head of Inclusion and SEN Services"],
    ["Lead Members", "Cllr Pauline Rudd (Ashwold), Cllr Desmond Achebe (Brenmouth), "
                     "Cllr Harry Sowerby (Tarnside)"],
    ["Key decision", "Yes \u2013 Forward Plan reference JC/2008/31"],
    ["Wards affected", "All"],
    ["Exempt information", "None"],
    ["Appendices", "A \u2013 The national minimum outcomes in the Award\u2019s units and assignments"],
], widths=[4.0, 12.0], header=False)

para("Implications checklist", bold=True)
table([
    ["Implication", "Yes / No", "Paragraphs"],
    ["Financial", "Yes", "8.1 \u2013 8.4"],
    ["Legal", "Yes", "9.1 \u2013 9.4"],
    ["Equalities", "Yes", "Section 10"],
    ["Safeguarding", "Yes", "9.2"],
    ["Risk management", "Yes", "Section 11"],
    ["Staffing", "Yes", "13.1 \u2013 13.3"],
    ["Crime and disorder", "No", "\u2013"],
    ["Sustainability", "No", "\u2013"],
], widths=[6.0, 3.0, 5.0])

# ------------------------------------------------------------ 1 purpose
doc.add_heading("1.  Purpose of the report", level=1)
num("1.1", "This report seeks Members\u2019 approval for the three authorities, working with the "
    "University of Kelvedge, to apply to the Training and Development Agency for Schools (TDA) for "
    "approval to provide the National Award for SEN Coordination from September 2009.")
num("1.2", "The Education (Special Educational Needs Coordinators) (England) Regulations 2008 require "
    "the governing body of every maintained school to ensure that its SENCO is a qualified teacher "
    "working at the school. The Government has announced its intention that teachers new to the "
    "role from September 2009 should achieve the national award within three years of taking it "
    "up, and amending regulations are expected during 2009.")
num("1.3", "If Members approve the recommendations, this report and Appendix A will be submitted to "
    "the TDA as the Partnership\u2019s application.")

# ------------------------------------------------------------ 2 recommendations
doc.add_heading("2.  Recommendations", level=1)
para("Members are asked to:")
num("2.1", "approve the submission of an application to the TDA, on the basis set out in this report, "
    "for the ABT SENCO Partnership to provide the National Award for SEN Coordination;")
num("2.2", "agree a participant fee of \u00a31,050 for 2009\u201310, as set out in section 8;")
num("2.3", "delegate to the Joint Head of Inclusion and SEN Services, in consultation with the three "
    "Lead Members, authority to agree the final terms of the collaboration agreement with the "
    "University of Kelvedge;")
num("2.4", "agree that the Partnership will not offer an assessment-only route to the Award in "
    "2009\u201310 (Option D, paragraph 12.7);")
num("2.5", "note the results of the consultation with schools and other stakeholders summarised in "
    "section 6.")

# ------------------------------------------------------------ 3 summary
doc.add_heading("3.  Summary", level=1)
num("3.1", "The three authorities propose to replace their joint, unaccredited induction course for "
    "new SENCOs with a nationally accredited award: a 60-credit Postgraduate Certificate of the "
    "University of Kelvedge, taught in the authorities\u2019 own professional development centres "
    "by a team of Partnership and University staff.")
num("3.2", "The proposal was validated by the University in December 2008. Every one of the national "
    "minimum outcomes is mapped to the Award\u2019s units and is assessed (Appendix A). The fee is "
    "lower than that of any other provider in the region, and the Award is expected to break even "
    "from its first year.")

# ------------------------------------------------------------ 4 background
doc.add_heading("4.  Background", level=1)
num("4.1", "The three authorities maintain 214 schools between them (Ashwold 121, Brenmouth 58, "
    "Tarnside 35). The autumn 2008 SENCO census found that 67 of the 214 SENCOs had been appointed "
    "since September 2006, and that between 20 and 25 new appointments can be expected each year.")
num("4.2", "From 2004 to 2008 the three authorities ran a joint New SENCO Induction Course of six "
    "days. It was not accredited. It included a day on pupil voice led by Tarnside\u2019s "
    "Children\u2019s Rights Officer, and every participant spent a day visiting a special school. "
    "The Induction Course closed in July 2008 and is replaced by the proposals in this report.")
num("4.3", "The councils\u2019 joint Children and Young People\u2019s Plan 2008\u20132011 commits all "
    "children\u2019s services to improving outcomes for children and young people under the five "
    "Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
    "positive contribution and achieving economic well-being. Priority 3 of the Plan is "
    "\u2018narrowing the gap for children and young people with SEN and disabilities\u2019.")

# ------------------------------------------------------------ 5 the proposal
doc.add_heading("5.  The proposed Award", level=1)
num("5.1", "Accreditation. The Award will be the University of Kelvedge Postgraduate Certificate in "
    "Special Educational Needs Coordination. It was approved at a University validation event on "
    "10 December 2008, and the two conditions set by the validation panel were met on 9 January "
    "2009. It carries 60 credits at Level 7 (masters level) of the Framework for Higher Education "
    "Qualifications, in three units of 20 credits, and the credits count towards the "
    "University\u2019s MA in Inclusive Education.")
num("5.2", "Aim and objectives. The aim of the Award is to raise the attainment and accelerate the "
    "progress of pupils with SEN and/or disabilities in the Partnership\u2019s schools by developing "
    "the knowledge, understanding and skills of their SENCOs. Its objectives are that each "
    "participant will be able to lead the school\u2019s identification and assessment of pupils "
    "with SEN; plan and manage provision that narrows the attainment gap; track pupils\u2019 "
    "progress using national curriculum and P scale data; and lead colleagues in improving teaching "
    "for these pupils. Each assignment requires the participant to show the effect of his or her "
    "work on pupils\u2019 attainment and progress.")
num("5.3", "Structure. The Award is taught over one school year in fifteen day-time sessions:")
table([
    ["Unit", "Title", "Sessions", "Credits", "Assessment"],
    ["1 (Sep\u2013Dec)", "The SENCO, the Law and the Evidence", "1\u20135", "20",
     "Assignment 1: critical review of the school\u2019s SEN policy (4,000 words)"],
    ["2 (Jan\u2013Mar)", "Learners, Needs and Provision", "6\u201310", "20",
     "Assignment 2: case study of a pupil (4,000 words)"],
    ["3 (Apr\u2013Jul)", "Leading and Improving Provision", "11\u201315", "20",
     "Assignment 3: change project report (5,000 words) and 15-minute presentation"],
], widths=[2.4, 4.6, 1.8, 1.6, 6.0])
num("5.4", "Unit 1 covers the legal and policy framework: Part IV of the Education Act 1996, the "
    "Special Educational Needs and Disability Act 2001, the SEN Code of Practice (2001), the "
    "Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, the "
    "2008 SENCO Regulations, Every Child Matters and the Children\u2019s Trust arrangements, "
    "Removing Barriers to Achievement (2004) and the Inclusion Development Programme. Session 4 is "
    "led by the University\u2019s Centre for Inclusion Research and introduces recent research and "
    "inspection evidence, including Ofsted\u2019s Inclusion: does it matter where pupils are "
    "taught? (2006), the Bercow Review of services for children and young people with speech, "
    "language and communication needs (2008), and what recent Ofsted reports on schools in the "
    "three authorities say about SEN provision. The unit leader revises the Unit 1 reading list "
    "each July, and session 4 is rewritten each year around the year\u2019s main publications.")
num("5.5", "Unit 2 is taught largely by the authorities\u2019 specialist services. Educational "
    "psychologists, speech and language therapists from the two primary care trusts, and the autism "
    "outreach and sensory support teams lead sessions on the most common types of need "
    "(behavioural, emotional and social difficulties, specific learning difficulties including "
    "dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate "
    "learning difficulties); on identifying and assessing need, setting targets, planning and "
    "reviewing interventions and using other professionals\u2019 assessments; on tracking progress "
    "with national tests and P scales; on access arrangements for national tests and examinations; "
    "and on teaching approaches and ICT. Session 10 introduces multi-agency working \u2013 the Common "
    "Assessment Framework, the team around the child and the voluntary sector, including the "
    "Brenmouth Dyslexia Association and Ashwold Mencap.")
num("5.6", "Unit 3 turns to leadership: provision mapping and management, deploying and managing "
    "teaching assistants, working with the headteacher, senior leaders and governors, school "
    "self-evaluation and the SEN section of the SEF, and supporting colleagues\u2019 professional "
    "development.")
num("5.7", "Working with colleagues and with parents. Unit 3 develops the skills of advising and "
    "supporting colleagues: participants practise coaching conversations in threes, observe a "
    "lesson with a colleague in school and give feedback, and plan and lead a twilight INSET "
    "session for their own staff. Beyond their own schools, each participant joins one of nine "
    "area SENCO cluster groups run by the Partnership\u2019s specialist teachers, in which SENCOs "
    "from neighbouring schools work with an educational psychologist on shared cases and plan "
    "joint training. Participants will also be made aware of the role of parents and carers and of "
    "the services available to them: in Unit 2, officers from the three Parent Partnership Services "
    "give a briefing on their work with families and on the information available to parents.")
num("5.8", "School-based practice. Each unit sets a development task carried out in the "
    "participant\u2019s own school between sessions, and each assignment draws on it; Appendix A "
    "shows which outcomes each unit develops. The Unit 3 assignment is a change project: the "
    "participant plans, leads and evaluates one improvement in SEN provision in his or her school "
    "during the summer term, and the report must show what changed in practice, for which pupils, "
    "and how the participant knows.")
num("5.9", "Assessment and the award. The three assignments are described in the table at 5.3 and "
    "the outcomes they are marked against are set out in Appendix A. To gain the Award a participant "
    "must pass all three assignments and attend at least 80% of the taught sessions.")
num("5.10", "Entry. Candidates must hold Qualified Teacher Status, be in post as SENCO or be "
    "designated to take up the role within twelve months, and be nominated by their headteacher on "
    "the Partnership\u2019s nomination form, which commits the school to releasing the candidate "
    "and to naming a school-based mentor. Before a place is offered each candidate completes the "
    "Partnership\u2019s Training Needs Analysis (TNA), a self-assessment against the national "
    "minimum outcomes with a short piece of supporting evidence for each group of outcomes. The "
    "Programme Leader reviews every TNA and discusses it with the candidate by telephone. Where the "
    "TNA and discussion suggest that the candidate is unlikely to meet the outcomes within the year, "
    "the Programme Leader writes to the candidate and the headteacher setting out what should be "
    "done first (usually a year in an area SENCO cluster group and the authority\u2019s SEN "
    "briefings) and offers a place in the following year.")
num("5.11", "The Programme Leader collates the TNAs of each cohort and uses them to adjust the "
    "emphasis of the taught sessions, spending less time where the cohort is already strong. "
    "Individual development planning remains the responsibility of each participant\u2019s school, "
    "through its performance management arrangements.")
num("5.12", "Prior learning. Under the University\u2019s regulations participants may claim up to 20 "
    "credits (one unit) through accreditation of prior learning. Prior certificated learning at "
    "Level 7 is matched against the unit\u2019s learning outcomes; prior experiential learning is "
    "claimed through a portfolio mapped to the outcomes of the unit concerned and assessed by two "
    "University tutors. A named APL adviser at the University meets every candidate who wishes to "
    "make a claim.")
num("5.13", "Tailoring and progression. Participants choose the policy, the pupil and the project on "
    "which their three assignments focus, so that each assignment serves the needs of their own "
    "school and role. Every participant has a named tutor and three individual tutorials in each "
    "unit, at which progress towards the outcomes is reviewed. Five optional twilight workshops "
    "(sensory impairment, dyslexia, autism, behaviour, early years) are open to any participant. "
    "The units are sequenced so that the knowledge built in Unit 1 and the case work of Unit 2 "
    "lead into the school-wide change project of Unit 3.")
num("5.14", "Moving on. The last session of Unit 3 is given to next steps. Each participant drafts a "
    "professional development plan on the Partnership\u2019s template, setting two or three targets "
    "for the following year, and discusses possible routes (the MA in Inclusive Education, "
    "specialist qualifications, leading a cluster group). With the participant\u2019s agreement the "
    "tutor sends the plan to the headteacher for discussion at the participant\u2019s next "
    "performance management review.")
num("5.15", "Delivery. The Award is offered in one form: a one-year, part-time taught programme "
    "starting in September, with the units taken in order. Each authority runs the sessions in its "
    "own professional development centre (the Kirkby Lane Centre in Ashwold, the Quayside "
    "Teachers\u2019 Centre in Brenmouth and the Holme Road Centre in Tarnside), and participants "
    "attend the centre nearest their school. A participant who misses a session may attend it at "
    "one of the other two centres, which run the same session within a fortnight. There is no online "
    "or distance element (see Option C, paragraph 12.5).")

# ------------------------------------------------------------ 6 consultation
doc.add_heading("6.  Consultation", level=1)
num("6.1", "Between May and July 2008 officers consulted the headteachers and SENCOs of all 214 "
    "schools by questionnaire (139 returned, 65%); the three authorities\u2019 SENCO forums; the "
    "primary and secondary headteachers\u2019 associations of each authority; the three Parent "
    "Partnership Services; the Ashwold Parent Carer Council; and the University. The questionnaire "
    "asked what new SENCOs most needed to learn and what pattern of attendance schools could "
    "support. The aspects most often named were:")
table([
    ["Aspect named by schools", "Returns naming it"],
    ["Provision mapping and costing provision", "99 (71%)"],
    ["Deploying and managing teaching assistants", "89 (64%)"],
    ["Release of no more than 15 days in the year", "86 (62%)"],
    ["Working with the headteacher, senior team and governors", "76 (55%)"],
    ["Access arrangements for national tests and examinations", "67 (48%)"],
    ["Venues within 30 minutes of the school", "58 (42%)"],
], widths=[11.0, 4.0])
num("6.2", "Headteachers of small primary schools stressed that release for more than fifteen days "
    "would not be affordable; SENCOs asked for local venues and for tutors who know their "
    "authority. The Parent Carer Council asked that SENCOs be trained to explain provision to "
    "parents in plain language.")
num("6.3", "Comments received have been taken into account in finalising the proposals in this "
    "report. Discussion with the University and with the three councils\u2019 legal services on the "
    "collaboration agreement is continuing.")
num("6.4", "Stakeholders will be involved in the Award in several ways. Each participant\u2019s "
    "headteacher nominates and releases a school-based mentor. Educational psychologists, "
    "therapists and the specialist teaching teams teach Unit 2, and Parent Partnership officers "
    "give the Unit 2 briefing. The Award\u2019s Programme Board \u2013 two headteachers from each "
    "authority, a SENCO elected by each authority\u2019s SENCO forum, one of the Parent Partnership "
    "managers and the University\u2019s Head of Continuing Professional Development \u2013 meets "
    "each term. It receives the evaluation reports described in section 7, questions the programme "
    "team about them and agrees the changes to be made for the next unit or cohort.")

# ------------------------------------------------------------ 7 quality
doc.add_heading("7.  Quality assurance and performance", level=1)
num("7.1", "The Award is subject both to the University\u2019s quality assurance procedures and to "
    "the Partnership\u2019s own. Within the programme, participants complete an evaluation form "
    "after every session and a questionnaire at the end of each unit, a sample of participants "
    "meets the Programme Leader in a focus group at the end of each unit, the tutor team reviews "
    "each unit at a meeting after its last session, and the marks are analysed by unit and by "
    "authority. Outside the programme, the University\u2019s external examiner reports each year, "
    "the Award is included in the University\u2019s Annual Programme Review and in its six-yearly "
    "periodic review, and the Joint Committee scrutinises an annual report on the Award each "
    "autumn. The recruitment and selection process, the TNA, the content of each unit including the "
    "development tasks, the assessments and the evaluations themselves are all reviewed in this "
    "way. The Programme Leader draws the evidence together for the Programme Board each term; the "
    "Board agrees an action plan, progress on the plan is reported in the annual report to the "
    "Joint Committee, and each new cohort is told at its first session what has been changed and "
    "why.")
num("7.2", "Impact. Participants repeat the TNA at the end of the Award, and the change in their "
    "ratings is analysed for each cohort as a measure of growth in competence and confidence. Six "
    "months after completion each headteacher completes a short questionnaire on the "
    "participant\u2019s leadership of SEN in the school. It is expected that, as more SENCOs "
    "complete the Award, improvements in the attainment of pupils with SEN will become apparent in "
    "the three authorities\u2019 performance data.")
num("7.3", "Tutors and mentors. All tutors receive the Award Tutor Handbook, which sets out the "
    "duties of unit leaders, tutors and visiting speakers, the assessment criteria and the marking "
    "procedure, and attend a standardisation day each September at which they mark and discuss "
    "sample assignments. A tutor new to the Award is paired with an experienced tutor for his or "
    "her first unit. School-based mentors sign a mentor agreement setting out their role \u2013 to "
    "meet the participant at least twice a term, support the development tasks and confirm that "
    "the change project took place \u2013 and attend a half-day briefing at their local centre in "
    "October.")
num("7.4", "Marking and moderation. All assignments are marked by University-approved tutors "
    "against the University\u2019s Level 7 criteria and the criteria for each assignment. A 25% "
    "sample of each assignment, and every fail and borderline script, is second marked by a tutor "
    "from another authority; the tutor team holds a cross-authority moderation meeting after each "
    "unit; and the external examiner, a senior lecturer in SEN at another university, reviews a "
    "sample from every unit and attends the University\u2019s Board of Examiners, which confirms "
    "all results.")

# ------------------------------------------------------------ 8 financial
doc.add_heading("8.  Financial implications", level=1)
num("8.1", "The fee of \u00a31,050 per participant covers the University\u2019s registration and "
    "validation charge (\u00a3310 per participant), tutor time, specialist speakers and materials. "
    "Venues are provided at no charge by the three authorities\u2019 centres.")
num("8.2", "For comparison, the fees of the three other providers of SENCO training within 50 miles "
    "range from \u00a31,380 to \u00a31,620, before travel and supply costs; holding sessions in "
    "local centres also saves schools an average of \u00a345 per session in travel and reduces "
    "the supply cover needed.")
num("8.3", "The Award is costed to break even at 54 participants a year (18 per authority). Each "
    "authority will meet the fee for its first 20 participants in 2009\u201310 from its Standards "
    "Fund allocation; thereafter fees will be met from school budgets.")
num("8.4", "There are no capital implications.")

# ------------------------------------------------------------ 9 legal
doc.add_heading("9.  Legal implications", level=1)
num("9.1", "The Award will enable schools in the three authorities to meet the requirements of the "
    "2008 SENCO Regulations and the amending regulations expected in 2009.")
num("9.2", "Safeguarding. All tutors and visiting specialists working on the Award are employees of "
    "the three councils or of the University and hold enhanced CRB disclosures under each "
    "employer\u2019s Safer Recruitment policy. Participants are serving teachers employed in the "
    "Partnership\u2019s schools; as such they will have been CRB checked by their employing school, "
    "and no further check is required by the Partnership.")
num("9.3", "As public authorities the three councils and the University are subject to the "
    "Disability Equality Duty and the race and gender equality duties; see section 10.")
num("9.4", "A collaboration agreement between the three councils and the University will set out "
    "each party\u2019s responsibilities; see recommendation 2.3.")

# ------------------------------------------------------------ 10 equality
doc.add_heading("10.  Equality impact assessment", level=1)
num("10.1", "A full equality impact assessment of the Award was completed in December 2008 and is "
    "listed as a background paper. It found no adverse impact on any group, provided that the "
    "following actions are carried out; all have been built into the Award.")
sub("a", "The application form invites candidates to tell the Partnership about any disability or "
    "health condition, explains why the question is asked and how the answer will be used, and "
    "states that disclosure will never count against a candidate in selection.")
sub("b", "Every candidate who discloses a disability is offered a meeting, before the course "
    "starts, with the University\u2019s Disability Adviser and the Programme Leader to agree "
    "reasonable adjustments to teaching and to assessment, for example extra time, materials in "
    "alternative formats, a note-taker, or a recorded presentation in place of the live "
    "presentation in Assignment 3. Agreed adjustments are reviewed at each tutorial.")
sub("c", "All three centres have level access, accessible toilets, hearing loops and reserved "
    "parking; any school visit arranged by the Award is checked for access before a participant "
    "with a disability is asked to take part.")
sub("d", "Publicity and pre-course information are available in large print, audio and electronic "
    "formats, and say so; they show disabled teachers as SENCOs and tutors.")
sub("e", "Applications, acceptances and results are monitored by ethnicity, gender and disability "
    "and reported each year to the Programme Board and the Joint Committee.")

# ------------------------------------------------------------ 11 risk
doc.add_heading("11.  Risk management", level=1)
table([
    ["Risk", "Likelihood", "Impact", "Mitigation"],
    ["Too few participants to break even", "Medium", "High",
     "Early publicity through the SENCO forums; authorities fund the first 20 places each (8.3)."],
    ["Schools unable to release participants", "High", "Medium",
     "Fifteen days only; local centres; catch-up sessions at the other two centres (5.15)."],
    ["Inconsistent marking across three authorities", "Medium", "High",
     "September standardisation day; second marking across authorities; moderation meeting after "
     "each unit; external examiner (7.4)."],
    ["Visits to specialist provision hard to arrange", "Medium", "Low",
     "Visits to special schools and resource bases will be arranged where schools are able to "
     "release participants and host schools have capacity."],
    ["TDA approval not granted", "Low", "High",
     "The authorities would run a reduced local induction programme for 2009\u201310."],
], widths=[4.2, 2.0, 1.8, 8.0])

# ------------------------------------------------------------ 12 options
doc.add_heading("12.  Options considered", level=1)
num("12.1", "Option A: do nothing, and rely on other providers. Schools would buy places from "
    "providers elsewhere, such as the University of Harlow Cross, whose online award for SENCOs "
    "allows participants to start in January or September and to study at home. This option is not "
    "recommended: fees are higher (8.2), and schools have told officers they want local provision "
    "taught by people who know their authorities.")
num("12.2", "Option B: a Partnership award taught in the three authorities and validated by the "
    "University, as described in section 5. This is the recommended option.")
num("12.3", "The following variations of Option B were also considered.")
num("12.4", "Option B1: a separate award for each authority. Not recommended: none of the three "
    "authorities could recruit enough participants each year to make a separate award viable.")
num("12.5", "Option C: an online or blended route, developed with the University, which would give "
    "participants more choice of time and place and would allow a second start in January. Neither "
    "the University nor the authorities have the capacity to tutor an online route in 2009\u201310, "
    "and this option is not recommended at present. Officers may revisit it for 2011.")
num("12.6", "Pupil participation. At the Members\u2019 briefing on 8 January 2009, Members asked "
    "whether the Award would train SENCOs to consult pupils and to involve them in planning and "
    "reviewing their own provision. The TDA\u2019s specification expects programmes to \u2018develop "
    "participants\u2019 skills in consulting children and young people about issues that affect "
    "them\u2019. Officers will look into this with the authorities\u2019 Children\u2019s Rights "
    "Officers, with a view to a possible additional session in a later year.")
num("12.7", "Option D: an assessment-only route, in which an experienced SENCO would present evidence "
    "against the outcomes without following the taught units. The University\u2019s regulations "
    "would permit this, but the Partnership does not have the assessor capacity to offer it in its "
    "first year, and Option D is not recommended for 2009\u201310 (recommendation 2.4).")

# ------------------------------------------------------------ 13 staffing
doc.add_heading("13.  Staffing and resource implications", level=1)
num("13.1", "The Award will be led by Gareth Penhale (0.4 FTE), Senior Specialist Teacher for SEN in "
    "Ashwold, who was SENCO in two secondary schools for eleven years and holds an MA in Special "
    "Educational Needs and the NPQH. The unit leaders are Dr Ruth Skelding, Senior Lecturer in "
    "Inclusive Education at the University and a chartered educational psychologist (Unit 1); "
    "Anita Bhamra, SEN Adviser in Brenmouth and formerly head of a primary resource base for pupils "
    "with autism (Unit 2); and Colin Threlfall, Principal Educational Psychologist in Tarnside, who "
    "leads the authority\u2019s work on provision mapping (Unit 3). Six further tutors are "
    "specialist teachers and educational psychologists from the three authorities.")
num("13.2", "Every tutor has worked in a school or an SEN support service within the past five "
    "years. Each authority\u2019s CPD plan funds every tutor to attend at least one national SEN "
    "conference a year, and the tutor team meets each July to share what has been learned.")
num("13.3", "Specialist resources. Each centre houses its authority\u2019s SEN resource library of "
    "assessment materials, intervention programmes and reading schemes. Tarnside\u2019s ICT "
    "Inclusion Team lends assistive technology (text-to-speech software, Clicker 5, symbol "
    "software and portable word processors) to participants for their development tasks, and "
    "teaches the Unit 2 session on ICT in the Holme Road ICT suite. Participants register as "
    "University students, with full use of the University library and its electronic journals.")

# ------------------------------------------------------------ 14 background papers
doc.add_heading("14.  Background papers", level=1)
for bp in [
    "Equality impact assessment: National Award for SEN Coordination (ABT SENCO Partnership, "
    "December 2008)",
    "Analysis of the SENCO training questionnaire (ABT SENCO Partnership, August 2008)",
    "Report of the validation event, 10 December 2008 (University of Kelvedge)",
    "Draft collaboration agreement (January 2009)",
    "Draft specification for nationally accredited training for SENCOs (TDA, 2008)",
]:
    para("\u2013 " + bp, indent=0.6)

# ------------------------------------------------------------ Appendix A (landscape)
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
doc.add_heading("Appendix A \u2013 The national minimum outcomes in the Award\u2019s units and "
                "assignments", level=1)
para("The table is taken from the validated programme document. \u2018Developed\u2019 lists the "
     "outcomes each unit teaches; \u2018Assessed (marked)\u2019 lists the outcomes against which the "
     "unit\u2019s assignment is marked for the Award.", italic=True)
table([
    ["Unit / sessions", "Outcomes developed", "Assessment task", "Outcomes assessed (marked)"],
    ["Unit 1\nThe SENCO, the Law and the Evidence\nSessions 1\u20135",
     "\u2013 Laws and guidance on SEN, including the Code of Practice, what they mean for the school "
     "and the SENCO, and how to put them into practice\n"
     "\u2013 Disability equality law and the actions it requires\n"
     "\u2013 The principles and outcomes of Every Child Matters and the SENCO\u2019s contribution\n"
     "\u2013 Best practice and research in meeting special educational needs\n"
     "\u2013 Drawing on research and external advice to improve one\u2019s own and colleagues\u2019 "
     "practice",
     "Assignment 1: critical review of the school\u2019s SEN policy and practice against the Code "
     "of Practice and the disability equality duties (4,000 words)",
     "\u2013 Laws and guidance on SEN and the Code of Practice\n"
     "\u2013 Disability equality law\n"
     "\u2013 Best practice and research in meeting SEN\n"
     "\u2013 Drawing on research and external advice"],
    ["Unit 2\nLearners, Needs and Provision\nSessions 6\u201310",
     "\u2013 The most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, "
     "MLD) and their effect on learning\n"
     "\u2013 Approaches, strategies and resources for assessment, planning, teaching and learning, "
     "including ICT\n"
     "\u2013 Identifying pupils with SEN, setting targets, planning interventions, reviewing "
     "progress\n"
     "\u2013 Using assessments by other professionals\n"
     "\u2013 Using national tests and other summative data to track progress\n"
     "\u2013 Access arrangements for national tests and examinations\n"
     "\u2013 The roles of external agencies and how to obtain specialist support\n"
     "\u2013 Working in partnership with other services and voluntary organisations\n"
     "\u2013 Relationships with pupils and with their parents and carers; liaison with parents "
     "(Parent Partnership briefing)\n"
     "\u2013 Resolving problems and making sound decisions about provision (case seminars)",
     "Assignment 2: case study of a pupil with SEN and/or disabilities in the participant\u2019s "
     "school (4,000 words)\n\nMulti-agency group presentation (formative; not marked)",
     "Assignment 2:\n"
     "\u2013 Common types of SEN and their effect on learning\n"
     "\u2013 Approaches, strategies and resources, including ICT\n"
     "\u2013 Identifying needs, setting targets, planning and reviewing interventions\n"
     "\u2013 Using other professionals\u2019 assessments\n"
     "\u2013 Access arrangements\n"
     "\u2013 The roles of external agencies and obtaining specialist support\n"
     "\u2013 Sound decisions about provision\n"
     "\u2013 How children develop and how SEN, disability and the environment affect development "
     "(not taught: assumed from initial teacher training)\n\n"
     "Group presentation: working with other services and voluntary organisations (feedback "
     "only)"],
    ["Unit 3\nLeading and Improving Provision\nSessions 11\u201315",
     "\u2013 Working with senior colleagues and governors on an inclusive ethos, policies, priorities "
     "and resources\n"
     "\u2013 Gaining the commitment of the headteacher and senior leaders\n"
     "\u2013 Provision mapping and management; finding ineffective or missing provision\n"
     "\u2013 Deploying and managing teaching assistants and other staff\n"
     "\u2013 Supporting colleagues\u2019 professional development: observation and feedback, "
     "modelling, coaching, INSET\n"
     "\u2013 Reviewing provision with colleagues to inform school self-evaluation\n"
     "\u2013 Principles of school self-evaluation and improvement\n"
     "\u2013 Presenting clearly to colleagues and listening to their views",
     "Assignment 3: change project report (5,000 words) and 15-minute presentation to the tutor "
     "and the participant\u2019s headteacher",
     "\u2013 Strategic work with senior colleagues and governors\n"
     "\u2013 Gaining the commitment of the headteacher and senior leaders\n"
     "\u2013 Provision mapping\n"
     "\u2013 Supporting colleagues\u2019 professional development\n"
     "\u2013 Reviewing provision to inform self-evaluation\n"
     "\u2013 Principles of school self-evaluation\n"
     "\u2013 Clear speech and writing; listening to others (presentation and questions)"],
    ["Across the programme",
     "\u2013 Prioritising, managing time and delegating (learning log)\n"
     "\u2013 Involving pupils in planning, agreeing and reviewing their provision: to be developed "
     "with the Children\u2019s Rights Officers (see 12.6)",
     "Learning log, reviewed at tutorials (formative; not marked)",
     "\u2013"],
], widths=[3.6, 8.6, 4.6, 8.0], size=8)
para("The Partnership is satisfied that the Award covers every national minimum outcome.",
     italic=True)

doc.save(OUT)
print("wrote", OUT)
