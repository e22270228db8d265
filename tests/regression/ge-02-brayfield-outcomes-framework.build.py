"""ge-02-brayfield-outcomes-framework

Provider (invented): Brayfield County Council, Early Years, Childcare and
Extended Services (EYCES: 27 children's centres, the Brayfield Portage
Service, the area SENCO team), with St Aelred's University College, Kilnworth.
Course: "The Brayfield SENCO Award (Early Years and Transition)", a Graduate
Certificate of three 20-credit modules, first cohort January 2009, for SENCOs
in primary and infant schools.

Kind of document: the Service's outcomes framework for its early years
inclusion work, Strand 4 ("The SENCO Award and transition into school"), with
its evidence log, as held for the Children's Trust Early Years Partnership
Board, sent whole with a shaded note to the panel. Third person ("the
Service", "participants"), terse table writing.

Layout: title block; document-control table; shaded note to the panel;
numbered sections typed as bold Normal paragraphs (no heading styles);
a status key table; the framework as a large table in three levels (C =
children, P = participants, D = delivery) with merged level rows, codes C1-C4,
P1-P6, D1-D14 (the "What the Service does" column carries most of the
arrangements, in table cells); delivery notes in prose; a participant outcome
matrix in the framework's codes M1-M26 with merged group rows (three national
outcomes have no row); a landscape section with the Evidence Log EL01-EL32
(Held / Due / Not started / Withdrawn); header and footer with a PAGE field;
one tracked deletion; two comments.

Traps (requirement ids):
- 2.3: framework row D5 lists an "assessment-only route" and points to EL19;
  the log, pages later, says it was withdrawn by the Academic Board and is not
  offered in 2009 -> not_met (negation far from its subject). A comment on D5
  is not part of the submission.
- E.2: 60 credits but a Graduate Certificate at level 6; masters-level
  validation only "being sought" for September 2009 -> partially_met.
- 3.2: one January start, modules in a fixed order; the only choice is venue;
  a deleted tracked sentence about a September start is not part of the
  submission -> partially_met.
- 3.3: no e-learning in the course ("no online element"); the childminders'
  EYFS online modules in EL27 are another programme -> not_applicable.
- 3.1: only general statements (accessible venues, the County's Disability
  Equality Scheme) -> partially_met. The same Scheme is the only mention of
  disability equality, for the venues, so it does not count for 6.K3.
- 2.2: entry self-audit used for grouping, but individual training plans are
  "Due" for the September 2009 cohort -> partially_met.
- 1.3: "draws on current research" in general; the reading-list review
  against research and inspection evidence is "Due" -> partially_met.
- 5.2: entry is by role and headteacher nomination only -> partially_met.
- 5.3: the form records the date of the enhanced CRB disclosure; nothing
  verifies it and no other checks -> partially_met. (EL24 is about children's
  centre volunteers: wrong context.)
- 5.6: library and toy library; the specialist ICT audit is "Not started"
  -> partially_met.
- 5.8: second marking of fails only; the external examiner is "Due" ->
  partially_met.
- 5.5: met, despite the "taster placements" for children in EL12 (pupils'
  placements, wrong context): participants have two placement days.
- 1.9: the outcome matrix leaves some outcomes unassessed -> partially_met;
  6.0 is met because D12 states the award rule.
- Criterion 6: no rows for A7, K3, S2c (not_met); A4 "not assessed", S1
  formative only, K8 and S2d "-", S6 "to be confirmed" (partially_met).
- Header/footer are not evidence.
"""
from pathlib import Path
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm

OUT = Path(__file__).with_name("ge-02-brayfield-outcomes-framework.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def para(text="", bold=False, italic=False, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def sect(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run(text.upper()); r.bold = True; r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x38, 0x56, 0x23)
    return p


def sub(text):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    return p


def table(header, rows, widths=None, group_fill="E2EFD9", head_fill="A8D08D"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = h
        c.paragraphs[0].runs[0].bold = True; shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        if len(row) == 1:
            m = cells[0].merge(cells[-1]); m.text = row[0]
            m.paragraphs[0].runs[0].bold = True; shade(m, group_fill)
            continue
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for r in t.rows:
            for i, w in enumerate(widths):
                r.cells[i].width = Cm(w)
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph()
    return t


def tracked_del(p, text, author="Jo Whitlock", date="2009-01-22T14:05:00Z"):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), "901"); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); el.append(r); p._p.append(el)


def add_field(p, instr):
    for kind, val in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "text":
            p.add_run(val); continue
        r = p.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = val; r._r.append(it)
        else:
            f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), kind); r._r.append(f)


sec = doc.sections[0]
sec.header.paragraphs[0].text = "Brayfield Children's Trust  -  Early Years Inclusion Outcomes Framework 2008-11  -  Strand 4  -  v2.1"
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("EYCES / Inclusion / OF-S4 v2.1   Page ").font.size = Pt(8)
add_field(fp, "PAGE")

para("BRAYFIELD COUNTY COUNCIL  -  CHILDREN'S SERVICES", bold=True, size=10)
para("Early Years, Childcare and Extended Services", size=10)
doc.add_paragraph()
para("Early Years Inclusion Outcomes Framework 2008-11", bold=True, size=18)
para("Strand 4: The SENCO Award and transition into school", bold=True, size=14)
para("with Evidence Log (position at 30 January 2009)", italic=True, size=11)
doc.add_paragraph()

table(["Document control", ""], [
    ("Version", "2.1 (replaces 2.0 of September 2008)"),
    ("Owner", "Jo Whitlock, Early Years Inclusion Manager, EYCES"),
    ("Strand lead", "Dr Martin Greaves, St Aelred's University College (academic lead, SENCO Award)"),
    ("Approved by", "Children's Trust Early Years Partnership Board, 14 January 2009"),
    ("Reviewed", "Termly by the Strand 4 Steering Group; annually by the Partnership Board"),
    ("Related documents", "Children and Young People's Plan 2008-11, priority 2; Early Years Outcomes Duty action plan; Strands 1-3 of this framework (not enclosed)"),
], widths=[4, 12])

t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
c = t.rows[0].cells[0]; shade(c, "FFF2CC")
c.paragraphs[0].add_run("Note for the TDA approval panel").bold = True
for s in [
    "Brayfield's application for approval to provide the national award for SENCOs is this strand of our "
    "outcomes framework, sent as it is held, with its evidence log. We have chosen to send it rather than "
    "write a separate narrative because it is how the Children's Trust holds the Service and the "
    "University College to account for the award, and because it shows what we already have evidence "
    "for and what we do not yet have.",
    "The framework is organised from the child outwards. Level C sets out what should change for children; "
    "Level P what should change for the SENCOs who take the award; Level D what the Service and the "
    "University College do to bring that about. Section 4 sets out the participant outcomes, and Section 5 "
    "is the Evidence Log. Strands 1-3 (children's centres' inclusion practice, Portage, and area SENCO "
    "support to private and voluntary settings) are not enclosed.",
]:
    c.add_paragraph(s)
doc.add_paragraph()

sect("1. Purpose of Strand 4")
for s in [
    "Brayfield's Children and Young People's Plan 2008-11 commits the Children's Trust to narrowing the gap "
    "between the lowest-achieving 20 per cent of children in the Early Years Foundation Stage Profile and the "
    "rest (National Indicator 92), and to improving the proportion of children reaching a good level of "
    "development (NI 72). Children with special educational needs and disabilities make up more than half "
    "of the lowest-achieving group in Brayfield. The Service's 2007 audit of transition (EL01) found that "
    "for 41 per cent of children known to Portage or to the area SENCOs, nothing written passed to the "
    "school before the child started in Reception, and that primary and infant SENCOs rated their own "
    "knowledge of early development lowest of all the areas asked about.",
    "Strand 4 therefore has one aim: that children with SEN and disabilities in Brayfield's primary and infant "
    "schools, and particularly those moving from early years settings into school, make better progress and "
    "are healthier, safer and happier at school, because their SENCOs are better equipped to lead provision for "
    "them. The main means is the Brayfield SENCO Award, delivered by the Service with St Aelred's University "
    "College, which meets the national requirement for new SENCOs to hold the award.",
]:
    doc.add_paragraph(s)

sect("2. How to read the framework")
doc.add_paragraph("Each row has a code, the outcome or arrangement, how it is measured, and the evidence "
                  "log references. The status of evidence is given in the log (Section 5) using this key:")
table(["Status", "Meaning"], [
    ("Held", "The evidence exists and is filed with the Strand 4 lead."),
    ("Due", "The evidence will be collected by the date shown."),
    ("Not started", "The evidence is needed but no work has begun."),
    ("Withdrawn", "The arrangement or evidence source no longer applies; the row is kept for the record."),
], widths=[3, 13])

sect("3. The framework")
sub("3.1 Levels C and P: outcomes for children and for participants")
table(["Code", "Outcome", "Measure / indicator", "Baseline 2007-08", "Target 2011", "Log"], [
    ("LEVEL C - CHILDREN WITH SEN AND DISABILITIES IN PARTICIPATING SCHOOLS",),
    ("C1", "Children with SEN make better progress in the Foundation Stage and Key Stage 1",
     "EYFS Profile points of children at School Action Plus or with statements in participating schools; KS1 teacher assessment", "EYFSP average 54.6 points", "61 points", "EL05, EL28"),
    ("C2", "Every child with SEN moving into Reception has a transition plan agreed with parents by the end of June",
     "Count of transition plans in the Service's transition database", "59% of known children", "95%", "EL06"),
    ("C3", "Children with SEN are safe, healthy and enjoy school",
     "Attendance and fixed-term exclusions of pupils with SEN, Reception to Year 2; parents' survey", "Attendance 92.1%; 11 exclusions", "94%; 0", "EL07, EL08"),
    ("C4", "Children's own views shape their provision",
     "Proportion of reviews sampled that record the child's view in a form the child can use", "Not known", "80%", "EL09"),
    ("LEVEL P - PARTICIPANTS (SENCOs TAKING THE AWARD)",),
    ("P1", "Participants reach the national minimum outcomes for the award (Section 4)",
     "Module results; Board of Examiners", "-", "90% complete within 18 months", "EL10"),
    ("P2", "Participants' confidence and competence in the role grow",
     "Self-rating against the outcomes at entry and at the end; tutor's rating at the end of each module", "Entry ratings (Jan 2009)", "Mean rise of 1 point on 4-point scale", "EL11, EL14"),
    ("P3", "Participants lead changes in their schools that raise children's achievement",
     "Baseline and follow-up pupil measures from every Module 3 project, collected by the Service", "Pilot (EL16)", "Every project shows gains for most pupils", "EL16, EL29"),
    ("P4", "Participants work with parents, early years colleagues and other services on transition",
     "Transition plans led by participants; joint reviews with Portage and area SENCOs", "-", "All participants", "EL06"),
    ("P5", "Participants consult children about their provision",
     "Module 2 case study; sample of reviews", "-", "All participants", "EL09"),
    ("P6", "Participants plan their next professional steps with their headteacher", "Next Steps planner completed", "-", "All participants", "EL30"),
], widths=[1.2, 4.2, 4.2, 2.3, 2.3, 1.8])

sub("3.2 Level D: what the Service and the University College do")
D = [
    ("LEVEL D - DELIVERY",),
    ("D1", "Accreditation", "The award is a Graduate Certificate in SEN Coordination (Early Years and Transition) of St Aelred's University College: 60 credits in three modules of 20 credits each, validated at level 6 in June 2008. Validation of the programme at masters level is being sought for the September 2009 intake. The University College awards the certificate and keeps the student record.", "EL02, EL03"),
    ("D2", "Programme", "Module 1, The SENCO in the early years and primary school (law, policy, the SENCO's role, leadership); Module 2, Every child's development (development 0-8, kinds of need, assessment, the child's and the parents' voice); Module 3, Transition and provision (a school-based project). Ten taught days, January to November 2009, plus two placement days and three tutorials.", "EL04"),
    ("D3", "Entry", "Open to teachers with QTS who are the designated SENCO of a Brayfield primary or infant school, nominated by their headteacher on the nomination form. Places are offered in order of receipt of nominations, up to 24.", "EL13"),
    ("D4", "Starting point", "Every participant completes the entry self-audit against the outcomes in Section 4 at the first session. Tutors use the results to group participants for the afternoon workshops on taught days 2-6 and to decide which sessions need more time. Individual training plans drawn from the audit will be introduced for the September 2009 cohort.", "EL14, EL15"),
    ("D5", "Assessment-only route", "For experienced SENCOs able to show all the outcomes without taking the modules: a portfolio and professional discussion.", "EL19"),
    ("D6", "Prior learning", "Under the University College's Recognition of Prior Learning regulations a participant may claim up to 20 credits against Module 1, either for certificated study at level 6 or above in the last five years or for experience, by a portfolio mapped to the Module 1 learning outcomes. The claim is assessed by the module tutor and confirmed by the University College's RPL panel before the course starts; four claims were made for January 2009.", "EL17"),
    ("D7", "Delivery pattern", "Taught days are on Tuesdays, each run at both the Brayfield Professional Development Centre and Kilnworth Children's Centre; participants choose their venue. Modules are taken in order, one cohort a year.", "EL04"),
    ("D8", "Access", "All venues meet the County's accessibility standards. The course operates under the County Council's Disability Equality Scheme.", "-"),
    ("D9", "Tutors and expertise", "See Section 3.3.", "EL20"),
    ("D10", "Placements", "Two placement days for every participant: one in a children's centre nursery or with a Portage home visitor, one in a Reception class of another school where a child with complex needs started in the last year. A placement brief sets the observation task.", "EL12"),
    ("D11", "Assessment", "Module 1: T1 audit of the school's SEN policy and provision against the Code of Practice, 3,000 words. Module 2: T2 transition case study of one child, 4,000 words. Module 3: T3 school-based project with pupil baseline and follow-up measures, 4,000 words, presented at the Sharing Day, with a portfolio. Tutors second-mark all fails.", "EL21, EL22"),
    ("D12", "Award rule", "The University College's Board of Examiners confers the award only where the assessed tasks and the portfolio together show that the participant has reached every one of the national minimum outcomes (Section 4). The portfolio cover sheet lists the outcomes, and the Module 3 tutor signs each off against evidence.", "EL10"),
    ("D13", "Evaluation and improvement", "Session evaluations; termly Steering Group review; the University College's annual monitoring; the Partnership Board's annual review of this framework; changes recorded in the 'You said, we did' log.", "EL23, EL25, EL26"),
    ("D14", "Stakeholders", "The Strand 4 Steering Group includes two primary headteachers, an infant school SENCO, the chair of Brayfield Parent Carer Forum, a children's centre manager, the Portage co-ordinator and a former participant of the Service's earlier early years SENCO course.", "EL18"),
]
dt = table(["Code", "Arrangement", "What the Service does", "Log"], D, widths=[1.2, 2.8, 10.2, 1.8])
# comment on D5 cell
d5 = None
for r in dt.rows:
    if r.cells[0].text == "D5":
        d5 = r.cells[2].paragraphs[0].runs[0]
doc.add_comment(d5, text="Keep D5? See EL19. We need to explain this to the panel if we leave it in. - JW",
                author="Jo Whitlock", initials="JW")

sub("3.3 Delivery notes")
for s in [
    "Tutors (D9). The programme is led by Dr Martin Greaves, senior lecturer in inclusive education at St Aelred's, "
    "formerly an advisory teacher for early years SEN in a neighbouring authority, and by Jo Whitlock, the Service's Early "
    "Years Inclusion Manager, a former primary SENCO with the Advanced Diploma in SEN. Module 2 is co-taught by Fiona "
    "Baird, Portage co-ordinator and National Portage Association workshop leader, and Module 3 by two Brayfield area "
    "SENCOs who hold the National Professional Qualification for Headship and the MA Early Childhood Studies "
    "respectively. Sessions on speech and language, on autism and on social and emotional development are led by a "
    "speech and language therapist, the Brayfield Autism Outreach Team and an educational psychologist. Each tutor "
    "keeps an active caseload or school role and is expected to attend the University College's annual SEN research "
    "seminar series. CVs are held (EL20).",
    "Roles (D9, D11). A tutor handbook sets out the duties of module tutors, placement hosts and headteachers. Each "
    "placement host receives the placement brief and a telephone briefing from the Portage co-ordinator or an area "
    "SENCO before the visit, and headteachers are briefed at the nomination meeting on their part: release, a "
    "termly conversation with the participant, and access for the Module 3 project. New tutors are paired with "
    "Dr Greaves for their first marking.",
    "Content. The programme draws on current research and national guidance. The reading list for each module is to "
    "be reviewed against recent research and inspection evidence by June 2009 (EL31). Module 1 covers the Education "
    "Act 1996, the SEN Code of Practice (2001) and its Toolkit, the SEN and Disability Act 2001, Every Child Matters "
    "and the Children Act 2004, Removing Barriers to Achievement, the Childcare Act 2006 and the Early Years "
    "Foundation Stage, and the Children's Plan.",
    "Working with others. Module 2 gives a full day to working with parents (with the Parent Carer Forum and the "
    "Parent Partnership Service) and a half day to consulting children, including those under five and those with "
    "little speech, using observation, photographs and talking mats. Module 3 gives a day to working with colleagues "
    "in school - advising class teachers, leading teaching assistants, running staff training - and a day to other "
    "services, including health visitors, the Child Development Centre, social care, and voluntary groups such as "
    "Brayfield Down's Syndrome Support. T2 requires the parents' account and the child's view; T3 requires joint work "
    "with at least one colleague and one outside service.",
    "Links to practice. Every task is based on the participant's own school, and the Module 3 project is a real change "
    "to provision, designed with the headteacher and carried out over at least a term, whose effect on pupils is "
    "measured. The Sharing Day in November brings participants, headteachers and placement hosts together to hear "
    "the projects.",
    "Resources. Participants use St Aelred's library, including electronic journals from home, and the Service's "
    "toy and resource library at Kilnworth Children's Centre. An audit of the specialist ICT and assistive technology "
    "needed for the course has not yet been carried out (EL32).",
    "Cost. The University College fee of GBP 1,100 is met from the national funding for the award; the Service meets "
    "supply costs for the ten taught days from its Dedicated Schools Grant early years inclusion budget. Teaching in "
    "children's centres and using Service staff keeps the cost per completing participant to about GBP 1,900 "
    "including supply, against GBP 2,600 for the nearest university's course. Afternoon workshops, chosen by "
    "participants according to their self-audit, and individual tutorials are how the programme is fitted to "
    "individuals.",
    "Flexibility. There is one intake a year, in January, and the modules are taken in order; the choice of venue "
    "and the tutorial times are the main flexibility. There is no online element; the County's learning platform is "
    "not used for this course. ",
    "Suitability. The nomination form asks the headteacher to give the date of the SENCO's most recent enhanced CRB "
    "disclosure.",
    "After the award. The final taught day ends with a Next Steps session in which each participant drafts a "
    "professional development plan for the following two years on the Next Steps planner, identifying further "
    "targets (for example, the University College's MA modules, the Service's early years SEN network, or leading "
    "the cluster's transition group), and agrees to take it to their next performance management review with the "
    "headteacher. Copies are kept by the Service (EL30).",
]:
    p = doc.add_paragraph(s)
    if s.startswith("Flexibility."):
        tracked_del(p, "A second intake in September 2009 will allow participants to start in the autumn term.")

sub("3.4 Stakeholders and the shape of the award")
for s in [
    "The framework was drafted after the 2007 transition audit (EL01) and a survey in April 2008 of every primary and "
    "infant school and every children's centre and funded early years setting in Brayfield (EL02a: 146 returns). "
    "Schools asked for the award to deal with children arriving in Reception with needs already known to other "
    "services; settings asked that SENCOs visit them and read their records; parents, through the Parent Carer Forum, "
    "asked for one agreed transition plan. The Steering Group (D14) used these results to set C2 and P4, to make the "
    "Module 2 case study a transition case, and to add the placement days. Headteachers asked for release on a single "
    "weekday, hence Tuesdays.",
    "Stakeholders' part in evaluation and delivery is set out in D13 and D14: the Steering Group reviews the session "
    "evaluations and the log each term and reports to the Partnership Board; headteachers and placement hosts attend "
    "the Sharing Day and complete a short evaluation; the Parent Carer Forum surveys parents of children whose "
    "transition plans were led by participants (EL08); children's centre managers and Portage home visitors host the "
    "placements; and former participants of the earlier course act as informal mentors.",
]:
    doc.add_paragraph(s)

sect("4. Participant outcomes")
doc.add_paragraph("The table gives the national minimum outcomes for the award in the framework's own wording, "
                  "with where each is developed and how it is assessed. T1-T3 are the tasks in D11; 'P' means the "
                  "portfolio signed off under D12.")
M = [
    ("PERSONAL AND PROFESSIONAL ATTRIBUTES",),
    ("M1", "Fair, respectful and constructive relationships with children with SEN and disabilities and their parents", "Module 2 days 5-6; placements", "T2"),
    ("M2", "Gaining the commitment of colleagues, including the headteacher and senior leaders", "Module 1 day 3", "T1 (recommendations presented to SLT)"),
    ("M3", "Prioritising, managing time and delegating", "Module 3 day 8", "P (time log and delegation plan)"),
    ("M4", "Anticipating and resolving problems; sound judgements about provision", "Module 3 case seminars", "Discussed; not assessed"),
    ("M5", "Clear speaking and writing; listening to and understanding others", "Throughout", "T1-T3; Sharing Day presentation"),
    ("M6", "Using research and external advice to improve practice", "Modules 2 and 3", "T2, T3"),
    ("KNOWLEDGE AND UNDERSTANDING",),
    ("M7", "SEN law and guidance, including the Code of Practice, and how to implement them", "Module 1 days 1-2", "T1"),
    ("M8", "Every Child Matters and the SENCO's part in it", "Module 1 day 1", "T1"),
    ("M9", "How children develop, and the effect of SEN, disability and environment on development", "Module 2 day 4; placement 1", "T2"),
    ("M10", "The common kinds of SEN (BESD; SpLD including dyslexia; SLCN; ASD; MLD) and their effect on learning", "Module 2 days 4-5", "T2"),
    ("M11", "Approaches, strategies and resources, including ICT, for assessment, planning, teaching and learning", "Module 2 day 5; Module 3 day 7", "T2, T3"),
    ("M12", "School self-evaluation and improvement for SEN", "Module 3 day 9", "T3"),
    ("M13", "Best practice and research in meeting SEN", "Modules 2 and 3", "-"),
    ("M14", "External agencies and how to obtain specialist support", "Module 3 day 9; placements", "T3; P"),
    ("PROFESSIONAL SKILLS",),
    ("M15", "Influencing, with senior colleagues and governors, the school's inclusive ethos, policy, priorities and resources", "Module 1 day 3", "Tutor feedback on draft action plan (formative)"),
    ("M16", "Identifying children who may have SEN; challenging targets; interventions; reviewing progress", "Module 2 day 5", "T2"),
    ("M17", "Using assessments from other professionals to develop teaching", "Module 2 day 5; placement 1", "T2"),
    ("M18", "Using summative assessment, including the EYFS Profile and KS1, to track progress and adjust programmes", "Module 2 day 6", "T3"),
    ("M19", "Special arrangements for national tests and tasks, identified in good time", "Module 2 day 6 (KS1 tasks and tests)", "-"),
    ("M20", "Provision mapping; finding ineffective or missing provision", "Module 3 day 7", "T3"),
    ("M21", "Deploying and managing staff", "Module 3 day 8", "T3; P"),
    ("M22", "Supporting colleagues' development: observation and feedback, modelling, coaching, training", "Module 3 day 8", "P (record of a training session and a coaching cycle)"),
    ("M23", "Reviewing the effectiveness of provision with other staff, for school self-evaluation", "Module 3 day 9", "To be confirmed"),
    ("M24", "Involving children in planning, agreeing and reviewing their provision", "Module 2 day 6", "T2; P"),
    ("M25", "Liaising with parents and carers", "Module 2 day 6", "T2"),
    ("M26", "Partnership with other services and voluntary organisations", "Module 3 day 9; placements", "T3; P"),
]
table(["Ref", "Outcome", "Developed in", "Assessed by"], M, widths=[1.2, 7.6, 4, 3.2])

# landscape section for the log
new = doc.add_section(WD_SECTION.NEW_PAGE)
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = new.page_height, new.page_width
sect("5. Evidence Log (position at 30 January 2009)")
LOG = [
    ("EL01", "Oct 2007", "Transition audit: 212 children known to Portage and area SENCOs, what passed to schools", "EYCES Inclusion", "Held", "Sect 1, C2"),
    ("EL02", "Jun 2008", "St Aelred's validation report, Graduate Certificate (level 6), approved without conditions", "St Aelred's Registry", "Held", "D1"),
    ("EL02a", "Apr 2008", "Survey of schools, children's centres and settings on the award (146 returns) and Steering Group notes on changes made", "EYCES Inclusion", "Held", "3.4, D14"),
    ("EL03", "Sep 2009", "Masters-level revalidation paper", "Dr Greaves", "Due", "D1"),
    ("EL04", "Dec 2008", "Programme handbook and timetable, January 2009 cohort", "Dr Greaves", "Held", "D2, D7"),
    ("EL05", "Oct 2009", "EYFS Profile results for children with SEN in participating schools (first cohort baseline)", "EYCES Data Team", "Due", "C1"),
    ("EL06", "Jul 2009", "Transition database: plans agreed by end of June, by school", "Area SENCO team", "Due", "C2, P4"),
    ("EL07", "Termly", "Attendance and exclusions, Reception-Year 2, pupils with SEN", "Children's Services Data Team", "Held (baseline)", "C3"),
    ("EL08", "Jul 2009", "Parent Carer Forum survey of parents of children with transition plans", "Parent Carer Forum", "Due", "C3, 3.4"),
    ("EL09", "Nov 2009", "Sample of 40 reviews for the child's view", "Area SENCO team", "Not started", "C4, P5"),
    ("EL10", "Mar 2010", "Board of Examiners results and portfolio sign-off sheets", "St Aelred's Registry", "Due", "P1, D12"),
    ("EL11", "Each module", "Tutor ratings of participants against the outcomes", "Module tutors", "Due", "P2"),
    ("EL12", "Jan 2009", "Placement briefs and host list (9 children's centres, Portage, 6 schools). Note: separate from the Reception taster placements for children leaving the special nursery, which are run by Strand 2", "Portage co-ordinator", "Held", "D10"),
    ("EL13", "Dec 2008", "Nomination form and list of 22 participants", "EYCES Inclusion", "Held", "D3"),
    ("EL14", "Jan 2009", "Entry self-audits (22) and group summary", "Dr Greaves", "Held", "D4, P2"),
    ("EL15", "Sep 2009", "Individual training plan template and completed plans", "Module tutors", "Due", "D4"),
    ("EL16", "Jul 2008", "Pilot: pupil measures from five school projects, summer term 2008 (reading age, Boxall profile, attendance)", "Jo Whitlock", "Held", "P3"),
    ("EL17", "Jan 2009", "RPL claims (4) and RPL panel decisions", "St Aelred's Registry", "Held", "D6"),
    ("EL18", "Sep 2008", "Steering Group terms of reference and membership", "Jo Whitlock", "Held", "D14"),
    ("EL19", "Nov 2008", "Assessment-only route: St Aelred's Academic Board declined to approve the route on 12 November 2008. The route is not offered in 2009 and no date has been set to resubmit.", "St Aelred's Registry", "Withdrawn", "D5"),
    ("EL20", "Jan 2009", "Tutors' CVs and development records", "Jo Whitlock", "Held", "D9"),
    ("EL21", "Dec 2008", "Assessment briefs and marking criteria T1-T3", "Dr Greaves", "Held", "D11"),
    ("EL22", "Sep 2009", "Appointment of external examiner for the award", "St Aelred's Registry", "Due", "D11"),
    ("EL23", "Each day", "Session evaluations and termly summary", "Module tutors", "Held (Day 1)", "D13"),
    ("EL24", "Jan 2009", "CRB renewals for children's centre volunteers and crèche workers", "County HR", "Held", "Strand 1"),
    ("EL25", "Jul 2009", "St Aelred's annual monitoring report for the award", "Dr Greaves", "Due", "D13"),
    ("EL26", "Ongoing", "'You said, we did' log (8 entries so far, e.g. Tuesday release, extra day on autism)", "Jo Whitlock", "Held", "D13"),
    ("EL27", "Termly", "Uptake of the EYFS online modules for childminders", "Childcare Workforce Team", "Held", "Strand 3"),
    ("EL28", "Jul 2010", "KS1 teacher assessment of children with SEN in participating schools", "EYCES Data Team", "Due", "C1"),
    ("EL29", "Feb 2010", "Module 3 project pupil measures, all participants, baseline and follow-up", "Module 3 tutors", "Due", "P3"),
    ("EL30", "Nov 2009", "Next Steps planners", "Module 3 tutors", "Due", "P6"),
    ("EL31", "Jun 2009", "Review of reading lists against recent research and inspection evidence", "Dr Greaves", "Due", "3.3"),
    ("EL32", "-", "Audit of specialist ICT and assistive technology for the course", "EYCES Inclusion", "Not started", "3.3"),
]
table(["Ref", "Date", "Evidence", "Source / owner", "Status", "Framework rows"], LOG,
      widths=[1.4, 2, 11, 3.6, 2.4, 2.8])
doc.add_paragraph("Log kept by Jo Whitlock. Items marked Held can be supplied to the panel on request.")

doc.save(OUT)
print("wrote", OUT)
