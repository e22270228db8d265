"""fo-01-sce-conops: build the .docx next to this script.

Provider (invented detail): Service Children's Education (SCE), the Ministry of
Defence's schools for Service families overseas, HQ at Wegberg-Wildenrath,
with the (invented) University of Kingsmead, School of Education, which
validates a 60-credit Postgraduate Certificate. Study is delivered across
Germany, Cyprus and the smaller "Rest of World" stations: residentials at
Wegberg and a mirrored block at Episkopi, fortnightly video-teleconference
(VTC) seminars, a Moodle "Learning Zone", and an end-of-year conference.

Document kind: a Concept of Operations (CONOPS) in MoD planning style,
endorsed by SCE's Management Board and sent unchanged as the application.
Layout: "NOT PROTECTIVELY MARKED" header and a reference footer; a document
control table; lettered references; bold capitalised section titles typed as
Normal paragraphs (no heading styles); hand-typed paragraph numbers 1-38 with
lettered sub-paragraphs; sections Aim and End State, Assumptions / Freedoms /
Constraints, the concept in three phases, a "Finding / Design decision"
table, a unit table, a Defence Lines of Development (TEPID OIL) table with a
merged title row and a status column, Measures of Effectiveness table, and
Annex B, an outcome coverage table with merged group rows. Two Word comments.

Traps (requirement ids):
- Constraint 11c says no assessment-only route will be offered in the first
  cycle, far from the section on routes and prior learning (2.3 not_met).
- Constraint 11d rules out placements (host-nation and special schools); the
  specialist expertise is real (5.5 partially_met).
- Assumption 9b assumes CRB disclosures are current because staff were checked
  on appointment: no verification for the course (5.3 partially_met). The
  Personnel row of the DLOD table describes MoD security clearance (CTC) for
  tutors: the right kind of words about the wrong people and the wrong check.
- Prior credit is accepted but "Credit is not given for experience alone"
  (2.1 partially_met). A comment from the University suggesting APEL is not
  part of the submission.
- The induction review yields "three priorities" kept in the portfolio, no
  individual training plan or personalised outcomes (2.2 partially_met).
- Equality is a values statement as an MoD body, with no arrangement (3.1
  partially_met).
- Stakeholders shape the design (4.1, 4.2 met) but their part in evaluation
  is only "intended" (4.3 partially_met).
- Families appear as pressures to understand, not as partnership skills (1.7
  partially_met); 6.S8 is formative only.
- Para 30 claims the units "assess all 28 national outcomes" (blanket claim);
  Annex B shows otherwise (1.9 partially_met).
- Annex B: 6.K4 has no row (not_met); 6.S2d "Not covered" because the SCE
  Examinations Officer handles access arrangements (not_met); 6.A3 and 6.A7
  covered but not assessed; 6.S7 and 6.S8 formative only; 6.S6 assessed but
  "-" in the developed column (all partially_met).
- A past arrangement (the University's "Inclusive Practice" module, the
  Foundation Days) has ended; it carries nothing.
- A comment from the Board on constraint 11c ("revisit") is not evidence.
"""
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def title(text, size=11, center=False, space=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def para(num, text, lead=None):
    """Hand-numbered paragraph, number typed, optional bold lead-in."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    if num:
        p.add_run(f"{num}.\t")
    if lead:
        p.add_run(lead + " ").bold = True
    r = p.add_run(text)
    return p, r


def sub(letter, text, lead=None):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(2.0)
    p.paragraph_format.first_line_indent = Cm(-0.8)
    p.add_run(f"{letter}.\t")
    if lead:
        p.add_run(lead + " ").bold = True
    r = p.add_run(text)
    return p, r


def table(rows, widths=None, header=True, style="Table Grid", size=9):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            r = c.paragraphs[0].add_run(val)
            r.font.size = Pt(size)
            if header and i == 0:
                r.bold = True
                shade(c, "D9D9D9")
            if widths:
                c.width = Cm(widths[j])
    return t


# ---------- header / footer ----------
hp = sec.header.paragraphs[0]
hp.text = "NOT PROTECTIVELY MARKED"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
hp.runs[0].bold = True
fp = sec.footer.paragraphs[0]
fp.text = "SCE/Inc/0109/CONOPS  Version 1.0  January 2009          NOT PROTECTIVELY MARKED"
fp.runs[0].font.size = Pt(8)

# ---------- front ----------
title("SERVICE CHILDREN'S EDUCATION", 13, True, 0)
p = doc.add_paragraph("Headquarters SCE, Wegberg-Wildenrath, BFPO 40")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
title("CONCEPT OF OPERATIONS", 14, True)
title("DELIVERY OF THE NATIONAL AWARD FOR SPECIAL EDUCATIONAL NEEDS COORDINATION IN SCE SCHOOLS 2009-2012", 11, True, 2)

table([
    ["Reference", "SCE/Inc/0109/CONOPS"],
    ["Version", "1.0, endorsed by the SCE Management Board on 14 January 2009"],
    ["Sponsor", "Deputy Chief Executive (Schools)"],
    ["Author", "SCE Adviser for Inclusion (Mrs H Treloar)"],
    ["Partner", "University of Kingsmead, School of Education (Dr A Fairweather, Programme Leader)"],
    ["Distribution", "Management Board; Regional Education Officers (Germany North, Germany South, Cyprus, Rest of World); all Headteachers; University of Kingsmead; TDA"],
    ["Status", "Sent to the TDA, with a covering letter from the Chief Executive, as the application of SCE and the University for approval to provide the national award. The text is the CONOPS as endorsed."],
], widths=[3.5, 12.5], header=False)

title("REFERENCES")
for l, t in [
    ("A", "Special Educational Needs Code of Practice, DfES 2001."),
    ("B", "The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008."),
    ("C", "TDA, Specification for nationally accredited training for SENCOs, 2008."),
    ("D", "SCE Inclusion Policy, March 2007."),
    ("E", "House of Commons Defence Committee, Educating Service Children, Eleventh Report of Session 2005-06."),
    ("F", "SCE SENCO Training Survey: Report to the Management Board, December 2008."),
    ("G", "The Bercow Report: A Review of Services for Children and Young People (0-19) with Speech, Language and Communication Needs, DCSF 2008."),
    ("H", "Ofsted, Inclusion: does it matter where pupils are taught?, 2006."),
]:
    sub(l, t)

# ---------- SECTION 1 ----------
title("SECTION 1 - INTRODUCTION")
para(1, "This Concept of Operations (CONOPS) sets out how Service Children's Education, with the University of Kingsmead, will train the special educational needs coordinators (SENCOs) of SCE schools to the standard of the national award. It describes the end state we are working towards, the way the training will be delivered across SCE's regions, the lines of development that must be in place before the first cohort starts, and the measures by which the Management Board will judge success.", "Purpose.")
para(2, "The CONOPS covers all 41 SCE schools and settings: 29 first and primary schools, 4 middle schools and 4 secondary schools in Germany, 3 schools in Cyprus, and the schools in Belgium, the Netherlands, Italy, Gibraltar, Brunei and the Falkland Islands that together make up the Rest of World region. It does not cover the SCE kindergartens, whose staff are not teachers.", "Scope.")

title("SECTION 2 - BACKGROUND")
para(3, "SCE schools teach the National Curriculum for England, take the national tests and public examinations, and are inspected by Ofsted. The Education Act 1996 does not extend to schools overseas, but SCE applies the Code of Practice (Reference A) as a matter of policy and its Inclusion Policy (Reference D) follows it closely. The 2008 Regulations (Reference B) require new SENCOs in maintained schools in England to gain the national award. The Management Board decided in September 2008 that SCE would apply the same expectation to its own schools from September 2009, so that SCE SENCOs are not at a disadvantage when they return to schools in the UK.")
para(4, "The context differs from that of a UK local authority in four ways that shape this concept.", "SCE context.")
sub("a", "Mobility. In the garrison schools in Germany between 30 and 45 per cent of pupils join or leave in a school year. Pupils with SEN often arrive before their records, and a child's needs may first be recognised in an SCE school shortly before the family moves on.")
sub("b", "Deployment. Many pupils have a parent deployed on operations in Afghanistan or Iraq at any one time. Separation and anxiety affect behaviour, attendance and learning, and families are far from grandparents and other support.")
sub("c", "Specialist services. Host-nation specialist services work in German or Greek. SCE therefore has its own Educational Psychology Service and Specialist Support Service, and its schools rely on them more than a UK school relies on its local authority.")
sub("d", "The workforce. Most SENCOs are in small schools with a full teaching load. About a third of SCE teachers are Service spouses on local contracts, who leave when their partner is posted.")
para(5, "Since 2004 new SENCOs have attended three SCE SENCO Foundation Days in their first year. The Foundation Days are not accredited and the last will run in July 2009. Between 2005 and 2008 a small number of SCE teachers took the University of Kingsmead's 20-credit distance-learning module Inclusive Practice; that arrangement ended when the module closed in summer 2008.", "Current provision.")

title("SECTION 3 - AIM AND END STATE")
para(6, "To raise the achievement and well-being of children and young people with SEN and/or disabilities in SCE schools by developing SENCOs who lead provision in their schools with knowledge, confidence and skill.", "Aim.")
para(7, "By July 2012:", "End state.")
sub("a", "every SCE school has a SENCO who holds the award or is registered for it;")
sub("b", "pupils on the SEN registers of SCE schools make progress in reading, writing and mathematics at least in line with similar pupils nationally;")
sub("c", "SENCOs lead provision that attends to all five Every Child Matters outcomes for pupils with SEN and/or disabilities: being healthy (including emotional health while a parent is deployed), staying safe, enjoying and achieving, making a positive contribution (including to the life of a school community that changes every term), and achieving economic well-being (including transition to post-16 education on return to the UK).")
para(8, "The programme's objectives follow from the aim. Each unit's learning outcomes are written as things the SENCO does for pupils, and every assessed task asks the participant to show the difference their action has made to pupils' learning or well-being, so that the focus on pupils runs through the aims, the content and the assessment alike.", "Programme objectives.")

title("SECTION 4 - ASSUMPTIONS, FREEDOMS AND CONSTRAINTS")
para(9, "The concept rests on these assumptions. If any proves false the Programme Board will review the concept.", "Assumptions.")
sub("a", "The University of Kingsmead validates the programme as a Postgraduate Certificate of 60 credits at Master's level at its validation event on 4 March 2009. The University's Academic Board approved the proposal in principle in November 2008.")
p9b, r9b = sub("b", "Participants hold a current enhanced CRB disclosure, since all SCE teaching staff are checked by SCE Personnel Branch on appointment.")
sub("c", "Headteachers release participants for the residentials and VTC seminars. SCE funds supply cover centrally.")
sub("d", "VTC suites in the garrison education centres and at HQ SCE remain available on Wednesday afternoons.")
sub("e", "The TDA is able to approve a provider whose schools are outside England.")
para(10, "SCE may set its own start dates; may group participants from different regions together; and may use the University's regulations on credit, suspension and transfer of study.", "Freedoms.")
para(11, "", "Constraints.")
sub("a", "Germany and the Benelux countries are one hour ahead of the UK, Cyprus two hours, Brunei eight hours, and the Falkland Islands between three and four hours behind. All live sessions must fall between 13:00 and 16:30 Central European Time.", "Time zones.")
sub("b", "TDA funding for the award does not extend to schools overseas. SCE meets the University fee of £1,950 a participant, travel and supply cover from its central CPD budget.", "Finance.")
p11c, r11c = sub("c", "No assessment-only route will be offered in the first delivery cycle. The University's regulations would allow one, but SCE cannot yet resource the separate assessment panel it would need. The Management Board will look at the question again in 2011.", "Assessment-only route.")
sub("d", "Participants will not be placed in host-nation schools or in special schools. SCE has no special schools of its own; the host-nation Förderschulen teach in German or Greek; and insurance cover for attachments outside MoD premises has not been agreed.", "Placements.")
sub("e", "A participant whose partner is posted during the course keeps their place. A participant posted to the UK may complete with the University as an off-site student.", "Postings.")

# ---------- SECTION 5 ----------
title("SECTION 5 - CONCEPT OF OPERATIONS")
para(12, "The operation has three phases: Phase 1, Preparation (January to August 2009); Phase 2, Delivery (Cohort 1 from September 2009, Cohort 2 from January 2010, Cohort 3 from September 2010); and Phase 3, Review and Consolidation (from each cohort's final term, and for the programme as a whole from September 2011).", "Overview.")
para(13, "The main effort is the participant's work in their own school. About two thirds of study time goes on school-based tasks that the units set and the headteacher agrees: auditing the school's SEN policy, assessing and teaching a pupil or group, building a provision map, and leading a development in the school. Residentials and seminars exist to support that work.", "Main effort.")

title("Phase 1 - Preparation")
para(14, "In October and November 2008 the Adviser for Inclusion surveyed those with a stake in the training (Reference F). 38 of the 41 headteachers replied, as did 39 of 46 SENCOs and assistant SENCOs, all six SCE educational psychologists, and 61 parents of children on SEN registers, who answered an online questionnaire circulated through the education leads of the Army Families Federation, the Naval Families Federation and the RAF Families Federation. The main findings were:", "Stakeholder evidence.")
sub("a", "71 per cent of SENCOs had been in the role for less than two years, and most also had a class;")
sub("b", "headteachers would not release staff for long blocks, and small schools could not release them at all on Mondays and Fridays;")
sub("c", "SENCOs wanted help above all with pupils who arrive mid-year without records, and with using the reports of psychologists and therapists;")
sub("d", "parents said the hardest times were the move and the months of a parent's deployment, and wanted SENCOs who understood both.")
para(15, "The design responds to these findings as follows. A SENCO reference group of six, one from each region and two from secondary schools, met three times by VTC between November 2008 and January 2009 and reviewed the draft unit outlines; at its request Units 2 and 3 may be taken in either order.", "What changed as a result.")
table([
    ["Finding", "Design decision"],
    ["Heads cannot release staff for long blocks", "Residentials cut from five days to three, held Tuesday to Thursday; a fortnightly VTC seminar replaces a third residential."],
    ["Pupils arrive mid-year without records", "Unit 1 includes a session on transition and records; the Unit 2 case study may follow a newly arrived pupil."],
    ["SENCOs want to use specialists' reports better", "Unit 2 sessions on reading and using psychologists' and therapists' reports are led by SCE educational psychologists."],
    ["Parents: the move and deployment are the hardest times", "Unit 1 session 'Service families and SEN', led with the Army Welfare Service, on deployment, separation and moving."],
    ["SENCOs in small schools have a class", "No assignment requires time out of school beyond the residentials; tasks use the participant's own class and school."],
], widths=[6, 10])
para(16, "Headteachers nominate participants on form SCE/Inc/01 by 30 April for a September start and by 31 October for a January start. Nominees must hold QTS, have taught for at least two years, be in post as SENCO or be designated to become SENCO within the school year, and hold a contract that runs at least to the end of Unit 1 (or undertake to complete from the UK). Each nominee completes the Entry Profile, a self-rating against the 28 national outcomes with a short written example for each, and has a 30-minute telephone or VTC conversation with the Programme Leader. Where the Entry Profile and the conversation show that a nominee is not yet ready, the Programme Leader writes to the nominee and the headteacher saying what to do first, usually a term working alongside an experienced SCE SENCO and the SCE online SEN Foundation materials, and offers a place on the next cohort.", "Recruitment and selection.")
p17, r17 = para(17, "Participants who already hold Master's-level credit in SEN gained in the last five years, including credit from the University's former Inclusive Practice module, may apply for up to 20 credits of accredited prior learning against Unit 1 under the University's APL regulations. Credit is not given for experience alone; experienced SENCOs follow the full programme.", "Prior learning.")
para(18, "At the induction residential each participant goes through their Entry Profile with a tutor and identifies three priorities. These are noted on the profile, which the participant keeps in their portfolio and returns to in the reflective commentary at the end of Unit 3.", "Induction review.")

title("Phase 2 - Delivery")
para(19, "The programme is the Postgraduate Certificate in Special Educational Needs Coordination (SCE), 60 credits at Master's level, in three units of 20 credits.", "The programme.")
table([
    ["Unit", "Main content", "Assessment"],
    ["1  The SENCO's role, the law and the overseas context", "The Code of Practice and how SCE applies it; SENDA 2001; the Disability Discrimination Acts 1995 and 2005 and the disability equality duty; the 2008 Regulations; Every Child Matters; the school's SEN policy and accessibility plan; the SENCO in a mobile school community; transition and records; Service families and SEN; recent reports including the Bercow Report (Reference G) and Ofsted's Inclusion: does it matter where pupils are taught? (Reference H).", "Policy review (4,000 words) of the participant's school's SEN policy and practice against the Code of Practice and the disability equality duty, with an action plan agreed with the headteacher."],
    ["2  Identifying needs, planning and reviewing learning", "The main types of SEN: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties; observation, assessment tools and data; using psychologists' and therapists' reports; targets and individual education plans; national tests and the SCE tracking system; assessment for learning; provision mapping; pupil participation; ICT and assistive technology.", "Case study (5,000 words) of one pupil or a small group: baseline assessment, planned intervention, outcome measures after at least ten weeks, and the pupil's own account. Provision map for the school with a 1,500-word commentary."],
    ["3  Leading and developing provision", "Leading change; the SENCO, the senior team and the school governance committee; self-evaluation and the school improvement plan; deploying and managing teaching assistants; coaching, modelling and training colleagues; working with SCE educational psychologists, the Specialist Support Service, the Army Welfare Service, SSAFA Forces Help, the Children's Education Advisory Service and voluntary bodies; the SENCO's workload.", "School development project (5,000 words) and a 20-minute presentation with professional discussion, by VTC, with two tutors. The Outcome Portfolio is completed in this unit."],
], widths=[3.5, 7.5, 5])
doc.add_paragraph()
para(20, "The programme is taught through a mix of modes that works across SCE's regions.", "Modes of study.")
sub("a", "A three-day induction residential in September (or January) at the SCE Training Centre, Wegberg, for Germany, Benelux and Italy, and a mirrored block at the Episkopi Education Centre for Cyprus, taught by the same tutors. Participants from Brunei and the Falkland Islands attend whichever block suits their flights.", "Residentials.")
sub("b", "A second three-day residential in February, in the same two places.")
sub("c", "A 90-minute seminar every second Wednesday at 14:00 CET, linking all regions by VTC, with the tutor in Wegberg or at Kingsmead.", "VTC seminars.")
sub("d", "A two-day conference in June at Wegberg, where participants present their Unit 3 projects in person or by VTC.", "Conference.")
para(21, "Cohorts start in September and January. After Unit 1, Units 2 and 3 may be taken in either order. Participants may attend either residential centre. VTC seminars are recorded and placed in the Learning Zone for those who miss them. A participant posted to the UK continues as a distance student, joining seminars through the University's web conferencing. Study may be suspended for up to twelve months for maternity leave, a posting or illness, and the University allows up to 24 months to complete.", "Flexibility.")
para(22, "The Learning Zone is a Moodle area hosted by the University. Each unit has weekly tasks, readings (e-journals through the University's Athens login) and a forum. Tutors reply to forum posts and emails within three working days, and each participant has a personal tutor who holds a 30-minute telephone or VTC tutorial each half term. Participants work in learning sets of four or five drawn from different regions, which meet in the Learning Zone chat room or by telephone conference in the weeks between seminars. Headteachers receive an email note of each participant's progress every term, and tutors share marking and moderation in a closed tutors' forum.", "Online study and support.")
para(23, "SCE, as part of the Ministry of Defence, is bound by the Disability Discrimination Act and the Race Relations (Amendment) Act and is committed to equality of opportunity in all its training. The programme will be fully inclusive and no participant will be disadvantaged.", "Equality.")
para(24, "Each headteacher names a school mentor, usually the head or deputy, who meets the participant at least twice a term, agrees the school-based tasks and signs the witness statements in the Outcome Portfolio.", "School mentor.")
para(25, "Sessions are led by SCE's educational psychologists in Germany and Cyprus, by Specialist Support Service teachers of pupils with hearing and visual impairment and autism, by a speech and language therapist from the SCE contract, and by the Army Welfare Service. Each participant spends one day shadowing an SCE educational psychologist on school visits.", "Specialist expertise.")

title("Phase 3 - Review and Consolidation")
para(26, "In the final month each participant meets their headteacher and personal tutor, by VTC, for an exit review. The review uses the Entry Profile and the portfolio to agree two or three professional targets for the following year, which the headteacher carries into the participant's performance management objectives. The University offers progression to its MA Education (Inclusion), with the 60 credits carried forward.", "Exit review.")
para(27, "From September 2011 the Programme Board will review the concept as a whole against the measures in Section 8 and report to the Management Board.", "Programme review.")

# ---------- SECTION 6 DLOD ----------
title("SECTION 6 - LINES OF DEVELOPMENT")
para(28, "The table shows what must be in place on each Defence Line of Development before Cohort 1 starts, its position at January 2009, and who owns it. Status: G in place; A in hand; R at risk.", None)
dl = [
    ["Line", "What is required", "Position at January 2009", "Owner", "Status"],
    ["Training", "Tutors and school mentors able to carry out their roles", "University associate-tutor induction (one day, Kingsmead, April 2009) for the SCE tutors. Half-day mentor briefing in each region in June 2009, repeated each September. Programme Handbook and Mentor Guide issued June 2009. A standardisation meeting using marked exemplars before each unit is marked.", "Programme Leader", "A"],
    ["Equipment", "Study and specialist resources", "VTC suites in each region. Learning Zone and e-journals. SCE Specialist Support Service loan bank of assistive technology (text-to-speech, Clicker 5, radio aids, switch access) and of standardised assessments (BPVS, WRAT-4, the Dyslexia Screening Test) for use in Unit 2.", "Adviser for Inclusion", "G"],
    ["Personnel", "Qualified and current tutors", "Dr Alun Fairweather (Programme Leader; PhD on inclusive pedagogy; former SENCO and local authority SEN adviser; external examiner for two universities). Mrs Helen Treloar (SCE Adviser for Inclusion; MEd SEN; twelve years as a SENCO). Dr Marta Kovac (SCE Principal Educational Psychologist). Two SCE Specialist Support teachers holding the mandatory qualifications for hearing and visual impairment. Tutors attend the University's annual SEN research day and NASEN's national conference. All tutors who travel to SCE schools hold MoD security clearance (CTC), arranged by SCE Security Branch.", "Head of School, Kingsmead", "G"],
    ["Information", "Records and data", "University holds student records. SCE holds nominations and Entry Profiles. Pupil data used in assignments is anonymised.", "Programme Administrator", "G"],
    ["Doctrine", "SCE policy reflects the award", "SCE Inclusion Policy to be amended to state that SENCOs hold, or are working towards, the award.", "Deputy Chief Executive", "A"],
    ["Organisation", "Governance", "Programme Board: Deputy Chief Executive (chair), University Head of School, Programme Leader, Adviser for Inclusion, two headteachers, one Regional Education Officer; meets each term.", "Deputy Chief Executive", "G"],
    ["Infrastructure", "Places to teach", "SCE Training Centre Wegberg and Episkopi Education Centre booked for 2009-10.", "Regional Education Officers", "G"],
    ["Logistics", "Travel and cover", "Flights for Cyprus, Brunei and Falklands participants booked by the HQ SCE travel cell. Supply cover funded centrally.", "HQ SCE Finance", "A"],
]
t = doc.add_table(rows=len(dl) + 1, cols=5)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 4))
top.text = ""
rr = top.paragraphs[0].add_run("DEFENCE LINES OF DEVELOPMENT (TEPID OIL)")
rr.bold = True
rr.font.size = Pt(9)
shade(top, "BFBFBF")
for i, row in enumerate(dl, start=1):
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = ""
        r = c.paragraphs[0].add_run(val)
        r.font.size = Pt(8.5)
        if i == 1:
            r.bold = True
            shade(c, "D9D9D9")
for row in t.rows:
    for j, w in enumerate([2.2, 3.3, 7.5, 2.4, 1.2]):
        row.cells[j].width = Cm(w)
doc.add_paragraph()

# ---------- SECTION 7 ----------
title("SECTION 7 - ASSESSMENT AND AWARD")
para(29, "Assessment follows the University's regulations for taught postgraduate awards. Each unit is marked against the University's Master's-level criteria, with a pass mark of 50 per cent. Annex B shows how the national outcomes are developed and assessed across the units.", "Regulations.")
para(30, "The Outcome Portfolio brings together the participant's assessed work, the mentor's witness statements and a short commentary cross-referenced to Annex B. Taken together the three units assess all 28 national outcomes.", "Outcome Portfolio.")
para(31, "Each piece of work is first marked by the unit tutor. All fails, all work within five marks of a boundary and a sample of a quarter of the rest are second marked. SCE and University tutors meet to standardise before each marking period, using exemplar work. The University appoints an external examiner (Professor Ruth Okafor, University of Brackwater), who sees a sample of all units and attends the Board of Examiners.", "Marking and moderation.")
para(32, "The University's Board of Examiners confers the award only on a participant who has passed all three units and whose Outcome Portfolio has been confirmed by the two Unit 3 tutors as showing that every national outcome is met. A participant who passes the units but whose portfolio leaves an outcome without evidence has six weeks to add it, and is not presented to the Board until it is confirmed.", "Award.")

# ---------- SECTION 8 ----------
title("SECTION 8 - MEASURES OF EFFECTIVENESS AND EVALUATION")
para(33, "The programme is evaluated from inside and outside. Internally: online questionnaires at the end of each unit; session evaluations at each residential; each tutor's unit review; and the Programme Board's termly review. Externally: the University's annual monitoring report; the external examiner's report; Ofsted inspection findings on SEN provision in SCE schools; and returns to the TDA. After each unit the Programme Leader writes a short action note for the next Programme Board. Agreed changes are entered in the change log of the Programme Handbook and reported to participants and headteachers under the heading 'You said, we did'.", "Evaluation.")
para(34, "The Programme Board uses these measures of effectiveness (MOE).", None)
table([
    ["MOE", "Measure", "Method", "Target"],
    ["1", "Completion", "Proportion of each cohort gaining the award within 18 months", "85 per cent"],
    ["2", "Participants' competence and confidence", "Entry Profile self-rating on the 28 outcomes repeated at the exit review; unit grades; headteacher's statement at the exit review", "Average gain of one point on the four-point scale"],
    ["3", "Pupils' progress", "Baseline and outcome measures from every Unit 2 case study, collated each year; progress of pupils on the SEN registers of participants' schools in reading, writing and mathematics from the SCE tracking system, compared with the previous year", "Measurable gain for 80 per cent of case-study pupils"],
    ["4", "Reach", "Proportion of SCE schools with a SENCO holding or registered for the award", "100 per cent by July 2012"],
], widths=[1.2, 3.5, 8, 3.3])
doc.add_paragraph()
para(35, "Stakeholders take part in the programme as it runs. Educational psychologists and the Army Welfare Service teach sessions; school mentors agree tasks and witness evidence; and two headteachers sit on the Programme Board. It is intended that headteachers and the families' federations will also be invited to contribute to the evaluation of the programme in due course.", "Stakeholders in the programme.")

title("SECTION 9 - COMMAND AND CONTROL")
para(36, "The Deputy Chief Executive (Schools) is the senior responsible owner. The Programme Board directs the programme. The Programme Leader manages delivery day to day with the Adviser for Inclusion. The University's Board of Examiners is responsible for the award.")
para(37, "Programme Administrator, HQ SCE (Inclusion), BFPO 40; VTC bookings through the HQ SCE communications cell.", "Points of contact.")
para(38, "Annex A: SCE SENCO Training Survey, summary tables (held at HQ SCE; not reproduced). Annex B: Outcome coverage.", "Annexes.")
p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(18)
p.add_run("J M Ashcroft\nDeputy Chief Executive (Schools)\n14 January 2009")

# ---------- ANNEX B ----------
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
title("ANNEX B TO SCE/Inc/0109/CONOPS - OUTCOME COVERAGE", 11, False, 0)
doc.add_paragraph("U1, U2, U3 are the three units. Assessed work is listed in Section 5, paragraph 19.")
groups = [
    ("PROFESSIONAL ATTRIBUTES", [
        ("A1", "Fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "U1 Service families and SEN; U2", "U2 case study (the pupil's account; relationship with the pupil and family); mentor witness statement"),
        ("A2", "Gaining the commitment of colleagues, including the head and senior leaders", "U3 leading change", "U3 project report and professional discussion"),
        ("A3", "Prioritising, managing time, delegating", "U3 session on the SENCO's workload (second residential)", "Discussed in tutorials; not separately assessed"),
        ("A4", "Anticipating and resolving problems; sound judgement on provision", "U2, U3", "U2 case study; U3 project report"),
        ("A5", "Clear speech and writing; listening to others", "Throughout", "All written work; U3 presentation and professional discussion"),
        ("A6", "Drawing on research and external advice", "U1 to U3 reading", "U1 policy review; U3 project report (literature section)"),
        ("A7", "Keeping up to date; own CPD", "Induction review and exit review", "Exit review targets (not graded)"),
    ]),
    ("KNOWLEDGE AND UNDERSTANDING", [
        ("K1", "SEN law and guidance, including the Code of Practice", "U1", "U1 policy review"),
        ("K2", "Every Child Matters and the SENCO's part in it", "U1", "U1 policy review"),
        ("K3", "Disability equality law and the actions it requires", "U1", "U1 policy review (disability equality duty section)"),
        ("K5", "The main types of SEN and how they affect learning", "U2", "U2 case study"),
        ("K6", "Approaches, strategies and resources, including ICT", "U2", "U2 case study; provision map commentary"),
        ("K7", "School self-evaluation and improvement", "U3", "U3 project report"),
        ("K8", "Best practice and research", "U1 to U3", "U3 project report"),
        ("K9", "External agencies and specialist support", "U2, U3", "U2 case study (use of specialists' reports); U3 project report"),
    ]),
    ("SKILLS", [
        ("S1", "Influencing strategy with senior colleagues and governors", "U3", "U3 project report and professional discussion"),
        ("S2", "Identifying needs, setting targets, planning interventions, reviewing progress", "U2", "U2 case study"),
        ("S2a", "Using other professionals' assessments", "U2 sessions led by educational psychologists", "U2 case study"),
        ("S2b", "Using summative assessment and national tests to track progress", "U2 data session", "U2 provision map commentary"),
        ("S2c", "Encouraging formative assessment by colleagues", "U2 assessment for learning", "U2 case study (classroom assessment section)"),
        ("S2d", "Special arrangements for national tests and examinations", "Not covered: access arrangements are made centrally by the SCE Examinations Officer.", "-"),
        ("S3", "Provision mapping; finding ineffective or missing provision", "U2", "U2 provision map and commentary"),
        ("S4", "Deploying and managing staff", "U3", "U3 project report; mentor witness statement"),
        ("S5", "Supporting colleagues' professional development", "U3 coaching and training", "U3 project (a training session led by the participant, observed by the mentor)"),
        ("S6", "Reviewing provision with staff to inform self-evaluation", "-", "U3 project report"),
        ("S7", "Involving pupils in planning and reviewing their provision", "U2 pupil participation", "Formative task in the Learning Zone (not marked)"),
        ("S8", "Liaising with parents and carers", "U1 Service families and SEN", "Formative only: discussed in a VTC tutorial"),
        ("S9", "Partnership with other services and voluntary bodies", "U3", "U3 project report"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
t = doc.add_table(rows=nrows, cols=4)
t.style = "Table Grid"
hdr = ["Code", "National outcome (summary)", "Where developed", "How assessed"]
for j, h in enumerate(hdr):
    c = t.cell(0, j)
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
    r.font.size = Pt(9)
    shade(c, "D9D9D9")
i = 1
for gname, rows in groups:
    m = t.cell(i, 0).merge(t.cell(i, 3))
    m.text = ""
    r = m.paragraphs[0].add_run(gname)
    r.bold = True
    r.font.size = Pt(9)
    shade(m, "EDEDED")
    i += 1
    for row in rows:
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            c.paragraphs[0].add_run(val).font.size = Pt(9)
        i += 1
for row in t.rows:
    for j, w in enumerate([1.4, 8.5, 7, 8]):
        row.cells[j].width = Cm(w)

# ---------- comments ----------
doc.add_comment([r17], text="Could we also accept APEL claims here? Our regulations allow credit for experiential learning up to 20 credits. KO", author="K Osei (University of Kingsmead)", initials="KO")
doc.add_comment([r11c], text="Board asked for this to be revisited before Cohort 2 - could we run a small assessment-only panel with the external examiner?", author="H Treloar", initials="HT")

doc.save(OUT)
print("wrote", OUT)
