"""ha-01-marrowgate-ksf-pathway: build the .docx next to this script.

Provider: Marrowgate Hospital School (the school on the site of Marrowgate
Children's Hospital) and the Education and Practice Development service (EPD)
of Marrowgate Children's Hospital NHS Trust, with the University of
Callowbridge validating a 60-credit Level 7 "SEN Coordination (National Award)"
programme. The Trust calls participants "learners", its tutors "Practice
Educators", its three 20-credit modules LM1-LM3, its teaching days "Education
Days", and its assessed pieces "Gateway Evidence" GE1-GE3 plus a Practice
Portfolio.

Document kind and layout: the Trust's NHS Agenda for Change Knowledge and
Skills Framework (KSF) "Post Outline and Development Pathway" for the role of
a lead for SEN coordination, which the Trust uses as the controlling document
for every accredited programme it runs, sent as the application with a shaded
note to the panel. Heading styles with the Trust's hand-numbered sections
(1-10, which clash with requirement ids), a document control table, KSF
dimension tables (six core dimensions and four specific ones) each with an
Indicator / Award outcome / Developed in / Second gateway evidence column: the
criterion-6 outcome mapping lives inside the KSF tables, in words with an
Annex 3 code beside each. A merged-cell programme structure table, a staffing
table, a development review cycle, a header and footer with a PAGE field, two
comments, a tracked deletion and a tracked insertion.

Traps (requirement ids affected):
- 5.3: the only checks described are the Trust's own pre-engagement checks
  (identity, occupational health) for the honorary contract learners need on
  the wards, and the enhanced disclosures of EPD's own staff (wrong-context);
  the sentence about verifying each learner's enhanced CRB disclosure is a
  tracked deletion. not_met.
- 2.3: "There is no assessment-only gateway" (negation, section 6). not_met.
- 3.3: LearnZone e-learning packages with a technical helpdesk only; no tutor
  or peer support, nothing between Education Days beyond that. partially_met.
- 3.1: the Trust's equality schemes quoted as values; no arrangement for
  learners' disclosure or adjustments. partially_met.
- 4.3: LA officers teach one day (involvement), but evaluation by stakeholders
  is only hoped for ("We would hope..."). partially_met.
- 5.5: specialist clinical expertise is concrete, but the only "placements"
  described are the hospital school's work-experience placements for its
  pupils (wrong-context). partially_met.
- 5.7: Practice Educator briefing "will be developed" (aspiration); roles
  described. partially_met.
- 1.3: a generic "evidence-based" sentence sits in section 4, but Day 5,
  GE1 (research and inspection findings) and the Lamb Inquiry make it met.
- Core 3 row: outcomes "not mapped - covered by Trust mandatory training"
  (wrong context, no outcome affected).
- Criterion 6: A7 and S2c reviewed only at development reviews / not
  separately evidenced (formative); K5 by an ungraded online quiz; K7 with an
  empty evidence cell -> partially_met. S4 and S2d are in no table -> not_met.
  1.9 partially_met accordingly. 6.0 met (second gateway panel); the Trust's
  Certificate of Attendance for those who do not pass is a different thing.
- Comment on the APEL paragraph (2.1) asks a question; the paragraph itself
  is concrete, so 2.1 is met. A second comment sits on the e-learning text.
- Tracked insertion (section 5) adds the January intake: it counts (3.2 met).
- Footer "Uncontrolled when printed" and header are not evidence.
"""
from pathlib import Path
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ha_helpers import table, boxed, ins, dele, shade, field_page

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = docx.Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Marrowgate Children's Hospital NHS Trust  |  Education and Practice Development"
fp = sec.footer.paragraphs[0]
fp.text = "EPD/KSF/114  |  Version 1.3  |  Uncontrolled when printed  |  Page "
field_page(fp)

H = lambda t, l=1: doc.add_heading(t, level=l)
P = lambda t: doc.add_paragraph(t)


def B(items):
    for i in items:
        doc.add_paragraph(i, style="List Bullet")


t = doc.add_paragraph(); r = t.add_run("Knowledge and Skills Framework"); r.bold = True; r.font.size = Pt(18)
t = doc.add_paragraph(); r = t.add_run("Post Outline and Development Pathway: Lead for SEN Coordination (Schools)"); r.bold = True; r.font.size = Pt(14)
P("Incorporating the SEN Coordination (National Award) programme delivered by Marrowgate Hospital School and Education and Practice Development, validated by the University of Callowbridge")

boxed(doc, [
    ("Note for the TDA approval panel", True),
    ("The Trust manages every accredited programme it offers through a KSF development pathway, and this pathway is the programme's controlling document: the Education Governance Group ratified it in January 2009 and the University's validation panel read it as the programme specification. We have not rewritten it as a separate application. Section numbers below are the Trust's own. The pathway was written for NHS colleagues, so terms from Agenda for Change are explained in section 2. Where it says \"learner\" it means a teacher on the programme.", False),
    ("Ruth Penhaligon, Headteacher, Marrowgate Hospital School, and Janet Okafor, Head of Education and Practice Development, February 2009", False),
])
P("")
table(doc, [
    ["Document control", ""],
    ["Reference", "EPD/KSF/114"],
    ["Version", "1.3 (supersedes 1.2, November 2008)"],
    ["Owner", "Head of Education and Practice Development"],
    ["Authors", "Dr Helen Mottram, Lead Practice Educator; Ruth Penhaligon, Headteacher; Dr Kwame Asante, University of Callowbridge"],
    ["Ratified by", "Education Governance Group, 14 January 2009"],
    ["Review date", "January 2010, then annually"],
    ["Equality impact assessment", "Screened, December 2008 (see section 7)"],
])

H("1. Purpose and scope")
P("This pathway describes what the Trust expects of a teacher who leads the coordination of provision for children with special educational needs in a school, and how the SEN Coordination (National Award) programme develops and evidences it. The post outline in section 3 is written in the language of the NHS Knowledge and Skills Framework so that the programme sits alongside the Trust's other accredited pathways (for play specialists, ward teachers and nurses in education roles), but its content is the minimum outcomes for the national award for SENCOs. Every outcome the TDA requires appears in section 3 with the module where it is taught and the evidence that shows it at the second gateway.")
P("Marrowgate Hospital School teaches about 2,300 children and young people a year on the wards, in the day unit and at home, and returns most of them to schools in six local authorities. Our teachers spend a large part of every week negotiating with SENCOs in those schools about reintegration plans, access to tests, part-time timetables and medical needs, and we see the difference a confident SENCO makes to whether a child with a long-term condition, an acquired brain injury or a mental health difficulty keeps learning. The programme exists so that more SENCOs can raise the achievement and well-being of pupils with SEN and disabilities, across all five Every Child Matters outcomes, in their own schools.")
P("The pathway applies to teachers from maintained mainstream and special schools, academies and pupil referral units who are new to the SENCO role or have been designated but have not yet completed accredited training. It also applies to teachers of the hospital school who coordinate provision for pupils on roll.")

H("2. How a KSF pathway works")
P("For readers outside the NHS: the Knowledge and Skills Framework describes any post through six core dimensions that apply to everyone (communication; personal and people development; health, safety and security; service improvement; quality; equality and diversity) and a small number of specific dimensions chosen for the post. Each dimension is set at a level from 1 to 4 with indicators describing what the postholder does. A post outline has two gateways. The foundation gateway checks that a new postholder is on the way to the outline; the second gateway confirms that the full outline has been reached. Between them sits the development review cycle: a joint review, a personal development plan (PDP), learning and development, and evaluation.")
P("In this pathway the foundation gateway is the Joint Review held before the programme starts, and the second gateway is the Final Review Panel at the end of the programme. Passing the second gateway is the only route to the Award (see section 5.4).")

H("3. Post outline")
P("Levels are the level the learner must demonstrate at the second gateway. The \"Award outcome\" column gives the Annex 3 outcome in our words with its code. \"Developed in\" names the module and Education Day. \"Second gateway evidence\" names the assessed piece that must show the outcome; GE1-GE3 and the Practice Portfolio are described in section 5.3.")

dims = [
    ("Core 1 Communication (level 3)", [
        ["Develops and maintains communication with people about difficult matters", "Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with their parents and carers (A1)", "LM3, Education Day 9 (Families and the school)", "Practice Portfolio: Practice Educator's observed-practice record of a review meeting"],
        ["Communicates clearly in writing and speech and listens actively", "Expresses self clearly in speech and writing and listens to and understands the views of others (A5)", "All modules; LM3 Education Day 10", "GE3 report and the professional discussion at the Final Review Panel"],
        ["Works with parents and carers as partners", "Liaises effectively with parents and carers, sharing information and agreeing next steps (S8)", "LM3, Education Day 9, with the Parent Partnership Service", "GE2: record of a planning meeting with the child's parents, with the learner's commentary"],
    ]),
    ("Core 2 Personal and people development (level 3)", [
        ["Takes responsibility for own development", "Keeps up to date and takes responsibility for own continuing development in SEN and disability (A7)", "LM1 induction; all Development Reviews", "Reviewed at each Development Review with the Practice Educator"],
        ["Contributes to the development of others", "Supports colleagues' professional development through observation and feedback, modelling, coaching, mentoring and training (S5)", "LM3, Education Days 11-12", "GE3: evidence of a coaching cycle or training session led by the learner, with colleagues' feedback"],
        ["Uses evidence to improve practice", "Draws on research and external advice to improve own and colleagues' practice (A6)", "LM2, Education Day 5 (Reading research critically)", "GE1: critical review of evidence applied to the learner's school"],
    ]),
    ("Core 3 Health, safety and security (level 2)", [
        ["Maintains the health, safety and security of self and others", "Not mapped - covered by Trust mandatory training", "Trust induction (fire, manual handling, infection control)", "Trust mandatory training record"],
    ]),
    ("Core 4 Service improvement (level 3)", [
        ["Contributes to the strategic direction of the service", "Works with senior colleagues and governors to influence the strategic development of an inclusive ethos, policies, priorities and use of resources (S1)", "LM3, Education Day 11 (Leading from the middle)", "GE3: project plan agreed with the headteacher and a governors' report"],
        ["Gains support for change", "Gains the commitment of colleagues, including the headteacher and senior leaders (A2)", "LM3, Education Day 11", "GE3: commentary on how colleagues' commitment was secured, signed by the headteacher"],
        ["Understands how the service evaluates itself", "Understands the principles of school self-evaluation and improvement as they apply to outcomes for pupils with SEN (K7)", "LM3, Education Day 12 (Self-evaluation and the SEF)", ""],
        ["Evaluates services with others", "Reviews and evaluates with colleagues the effectiveness of provision and uses the findings in school self-evaluation (S6)", "LM3, Education Day 12", "GE3: evaluation of the project with colleagues and its contribution to the school's SEF"],
    ]),
    ("Core 5 Quality (level 3)", [
        ["Organises own work and that of others", "Prioritises, manages time and delegates appropriately (A3)", "LM3, Education Day 10", "Practice Portfolio: Practice Educator's attestation against the portfolio checklist"],
        ["Makes sound judgements", "Anticipates and resolves problems, makes well-founded decisions and exercises sound judgement about provision (A4)", "LM2, Education Day 7 (Case conference)", "GE2: decision log and rationale for the provision chosen"],
        ["Monitors the quality of provision", "Uses provision mapping and provision management to see what is offered, and identifies provision that is ineffective or missing (S3)", "LM2, Education Day 8 (Provision mapping)", "GE2: the learner's provision map for the year group, with an analysis of gaps"],
    ]),
    ("Core 6 Equality and diversity (level 3)", [
        ["Acts in accordance with legislation on equality", "Knows the laws on disability equality and what they require a school to do (K3)", "LM1, Education Day 2 (Disability and the law)", "GE1: section on the school's disability equality duty and accessibility plan"],
        ["Applies legislation and guidance on SEN", "Knows the laws and guidance on SEN, including the SEN Code of Practice, and how to put them into practice in school (K1)", "LM1, Education Days 1-2", "GE1: policy analysis against the Code of Practice"],
        ["Promotes well-being", "Understands the principles and outcomes of Every Child Matters and the SENCO's part in them (K2)", "LM1, Education Day 3 (Every Child Matters and the team around the child)", "GE1: analysis of the school's contribution to the five outcomes for one group"],
    ]),
    ("HWB4 Enablement to address health and wellbeing needs (level 2)", [
        ["Understands development and its interruption", "Understands how children develop and how SEN, disability and the environment affect development (K4)", "LM1, Education Day 4 (Growing up with a long-term condition)", "GE2: developmental profile of the case-study child"],
        ["Knows the range of need", "Knows the most common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning (K5)", "LM2, Education Days 5-6, with Trust clinicians", "LearnZone online quiz (formative, not graded)"],
        ["Involves the person in planning", "Makes sure pupils take part in planning, agreeing, reviewing and evaluating their provision (S7)", "LM2, Education Day 6 (The child's voice), with the Young People's Forum", "GE2: record of the pupil's contribution to the plan and its review"],
    ]),
    ("G1 Learning and development (level 3)", [
        ["Plans and delivers learning", "Has critical understanding of approaches, strategies and resources for assessment, planning, teaching and learning, including ICT (K6)", "LM2, Education Days 5-8", "GE2: justification of the approaches and resources chosen, including ICT"],
        ["Identifies and plans for need", "Identifies pupils who may have SEN or disabilities, sets challenging targets, plans interventions and reviews progress (S2)", "LM2, Education Day 7", "GE2: baseline, targets, intervention plan and review"],
        ["Uses specialist assessment", "Uses assessments by a range of professionals to develop teaching approaches (S2a)", "LM2, Education Day 7, with the Trust's psychology and therapy staff", "GE2: use of specialist reports in the plan"],
        ["Uses summative data", "Uses summative assessment, including national tests, to track progress and adjust programmes (S2b)", "LM2, Education Day 8", "GE2: tracking data for the case-study child and cohort"],
        ["Develops colleagues' assessment practice", "Encourages colleagues to develop formative assessment, including approaches for pupils with SEN (S2c)", "LM2, Education Day 8", "Discussed in the learner's Interim Review; not separately evidenced"],
    ]),
    ("G2 Development and innovation (level 2)", [
        ["Appraises and applies evidence", "Knows best practice and research findings on meeting SEN (K8)", "LM2, Education Day 5", "GE1: literature review section"],
    ]),
    ("HWB2 Assessment and care planning, adapted: Working across agencies (level 3)", [
        ["Knows the services available", "Knows the scope and role of external agencies and how to secure specialist support and resources (K9)", "LM3, Education Day 10 (Around the child), with LA officers", "GE2: map of agencies involved with the case-study child and how support was obtained"],
        ["Works in partnership", "Works in partnership with other services and agencies, including voluntary organisations (S9)", "LM3, Education Day 10", "GE2: joint plan with at least one external service or voluntary organisation"],
    ]),
]
for title, rows in dims:
    H(title, 2)
    table(doc, [["Indicator", "Award outcome", "Developed in", "Second gateway evidence"]] + rows)
    P("")

H("4. Aims of the programme")
P("The programme aims to raise the achievement and improve the well-being of children and young people with SEN and disabilities by developing SENCOs who lead provision well. Achievement here means progress towards all five Every Child Matters outcomes, not only attainment: for the children we teach, being healthy and staying safe are often the conditions for learning at all. Every piece of gateway evidence asks the learner to show what changed for pupils, and GE2 requires a baseline measure before an intervention and a second measure at least eight weeks after it.")
P("The programme is evidence-based and is updated to reflect current thinking.")
P("Learners study the law, policy and guidance that frame the SENCO's role as they stand during the course: the SEN Code of Practice (2001), the SEN and Disability Act 2001 and the Disability Discrimination Act as amended in 2005, the Children Act 2004 and Every Child Matters, the statutory guidance on access to education for children with medical needs (2001), and the work in progress of the Lamb Inquiry. LM1 ends with a seminar on what is changing, led by an officer of Marrowgate Borough Council.")

H("5. The learning and development offer")
H("5.1 Structure", 2)
st_t = table(doc, [
    ["Module", "Credits", "Education Days", "Practice in school", "Gateway evidence"],
    ["LM1 Law, policy and children's lives", "20", "Days 1-4 (autumn or spring)", "Audit of the school's SEN policy against the Code", "GE1 (4,000 words)"],
    ["LM2 Assessment, planning and provision", "20", "Days 5-8", "Case-study child and provision map", "GE2 (case study, 5,000 words equivalent)"],
    ["LM3 Leading provision with colleagues, families and services", "20", "Days 9-12", "Practice development project", "GE3 (report and professional discussion)"],
    ["Practice Portfolio", "(required, not credit-bearing)", "", "Observed practice, attestations", "Reviewed at the second gateway"],
])
a = st_t.cell(4, 1).merge(st_t.cell(4, 2))
P("")
P("All twelve Education Days are taught in the Trust's Education Centre on the hospital site, from 9.30 to 3.30, with on-site parking and a quiet room. Each module has four days spread over about ten weeks, so that learners take ideas back into school between days and bring their practice back for discussion. The programme leads to the University of Callowbridge Postgraduate Certificate in SEN Coordination (National Award for SENCOs): 60 credits at Level 7, on the Masters framework. The University validated the programme in November 2008 and holds the award; it appoints the external examiner and its regulations govern assessment.")
p = P("Learners can study the three modules over one year or two, and LM1 and LM2 may be taken in either order; LM3 comes last because its project builds on the case study. ")
ins(p, "From 2009-10 there will be two intakes each year, in September and in January, so that a teacher appointed to the role mid-year need not wait.", date="2009-02-09T14:12:00Z")

H("5.2 Practice in school", 2)
P("Half the learning happens in the learner's own school. Each module has a practice task, agreed at the Development Review with the learner's headteacher, and the Practice Educator visits the school twice during the programme to observe the learner at work (a review meeting, a training session for colleagues or a planning meeting with parents) and to meet the headteacher. The tasks are tied to the outcomes in section 3: the policy audit feeds GE1, the case-study child and provision map are GE2, and the practice development project is GE3.")
P("LM2 includes one day in the hospital school itself, where learners follow a pupil's reintegration plan from ward to home school and sit in on a multi-disciplinary discharge meeting with the family's consent.")
p = P("LearnZone, the Trust's e-learning platform, carries four self-study packages that learners complete between Education Days: the Code of Practice in practice, disability equality duties, the common types of SEN, and using data. Each takes about three hours. A technical helpdesk answers log-in problems from 8 to 6 on weekdays.")
c_run = p.runs[0]
doc.add_comment(runs=[c_run], text="Should we say who learners ask about the content of the packages? At present nobody is named. HM", author="Helen Mottram", initials="HM")

H("5.3 Gateway evidence and assessment", 2)
P("GE1 is a critical analysis of the learner's school's policy and practice against the law and the Code of Practice, drawing on research and inspection findings. GE2 is a case study of one child with SEN, from identification to review, built round a provision map for the child's year group, with baseline and impact measures. GE3 is a report of a practice development project the learner has led with colleagues, followed by a 30-minute professional discussion with two assessors at the Final Review Panel. The Practice Portfolio holds the Practice Educator's observed-practice records and attestations.")
P("Each piece is marked against the outcomes mapped to it in section 3 and against the University's Level 7 criteria. A fifth of all scripts, and every fail and borderline script, is second-marked by a University tutor. The module team meets after each submission to moderate a sample before marks go to the University's Board of Examiners, and the external examiner sees a sample from each module and attends the Final Review Panel once a year.")

H("5.4 The second gateway", 2)
P("A learner passes the second gateway, and is recommended for the Award, only when the Final Review Panel is satisfied that every outcome in section 3 is evidenced at the stated level. The Panel (a Practice Educator, a University tutor and the headteacher of the hospital school or her deputy) reads the learner's gateway evidence and portfolio against the post outline, outcome by outcome. Where an outcome is not yet evidenced the learner is given a resubmission date; nobody is recommended on an average. A learner who withdraws or does not pass may ask for a Trust Certificate of Attendance listing the Education Days attended; it carries no credit and does not confer the Award.")
P("The Final Review also looks forward. The learner, the Practice Educator and the headteacher agree the learner's first PDP after the Award: two or three development objectives for the next school year, which the headteacher carries into the school's performance management cycle. The Practice Educator brings a planning sheet listing routes the Trust and the University offer (the MA Inclusive Education, the hospital school's SENCO network, specialist certificates in autism and in dyslexia) and the learner leaves with the sheet completed.")

H("6. Access, selection and the foundation gateway")
H("6.1 Who can apply", 2)
P("Applicants must hold Qualified Teacher Status, be working in a school in a role that includes coordinating SEN provision (or be designated to take it on within the year), and have the written support of their headteacher, who agrees to release them for the Education Days and the school visits.")
H("6.2 Selection", 2)
P("The application form asks about the applicant's experience of teaching pupils with SEN, any earlier study, and their school's context. The Lead Practice Educator and a University tutor read every application. Where an applicant seems unlikely to reach the outcomes in a year (for example a newly qualified teacher with no experience of SEN), the Lead Practice Educator telephones the applicant and the headteacher to explain what experience would help, suggests the hospital school's twilight \"Working with SEN\" sessions or the local authority's induction, and offers a place in a later intake.")
p = P("Learners who visit the wards or the day unit are given a Trust honorary contract. The Trust's pre-engagement checks for an honorary contract cover proof of identity and an occupational health questionnaire. All EPD staff who teach on the programme hold enhanced CRB disclosures renewed every three years under the Trust's own policy. ")
dele(p, "The Admissions Officer will verify each learner's enhanced CRB disclosure number and date with the headteacher before a place is confirmed, and will arrange a new disclosure through the Trust for anyone who has not worked in a school in the last three months.", author="Janet Okafor", date="2009-01-30T09:40:00Z")
H("6.3 The Joint Review (foundation gateway)", 2)
P("Before the first Education Day each learner has a Joint Review with their Practice Educator, usually in school and with the headteacher or a senior colleague present for the last part. Beforehand the learner rates themselves against every indicator in section 3 on the Trust's four-point scale and brings examples. At the Review the Practice Educator tests the ratings with questions and the examples (a learner who says they know the Code well may still be working from the 1994 version) and together they agree the learner's PDP: which outcomes need most work, which are already strong, which optional Education Day workshops to attend, and which practice tasks will be set in school. The PDP records a personalised set of priority outcomes for each learner, and it is revisited at the Interim Review halfway through and at the Final Review.")
H("6.4 Credit for earlier study and experience", 2)
p = P("A learner who already holds Level 7 credit in SEN or inclusion from the last five years, or who can show through a portfolio that they already meet the LM1 outcomes, may apply to the University for recognition of prior learning against LM1 (up to 20 credits). The claim is assessed by the module leader and confirmed by the University's Board of Examiners; the learner then begins with LM2.")
doc.add_comment(runs=[p.runs[0]], text="Do we allow experiential claims against LM2 as well? KA to check with Registry.", author="Kwame Asante", initials="KA")
P("There is no assessment-only gateway. Every learner completes at least LM2 and LM3 and the Practice Portfolio, because the Trust's pathways always include supervised practice.")
H("6.5 Cost", 2)
P("The fee for the programme is £1,650 for 2009-10, payable by the school, which most schools meet from the TDA funding for the national award. Learners who have claimed credit for LM1 pay two-thirds of the fee. The Education Days are shared with the Trust's own ward teachers and play specialists where the content overlaps (Days 4 and 6), which keeps group sizes viable and the fee down.")

H("7. Equality and diversity")
P("The Trust is committed to equality of opportunity and to valuing diversity. Its Race Equality Scheme, Disability Equality Scheme and Gender Equality Scheme apply to all Trust activities, including education, and the equality impact screening of this pathway found no adverse impact. We welcome applications from disabled teachers and from teachers of all backgrounds, and we believe a programme about inclusion should itself be inclusive.")

H("8. Working with stakeholders")
P("In spring 2008 the hospital school surveyed the SENCOs and headteachers of the 46 schools to which it returned the most pupils in 2007-08, and held a focus group with the SEN managers of the three nearest local authorities. Thirty-one schools replied. Their main needs were: help with children whose attendance is interrupted by illness (named by 24 schools), confidence in working with health professionals (21), provision mapping (19), and training that did not take SENCOs out of school on consecutive days (17). The Trust's Young People's Forum (patients aged 11-18) and the parents' group on the renal and oncology wards were also asked what they wanted from teachers who coordinate SEN.")
P("These views changed the programme: Education Days are spaced at least a fortnight apart; Education Day 4 on long-term conditions and Day 10 on working around the child were added; the case study may be of a child whose schooling has been interrupted; and after the parents' group told us they had to repeat their child's story at every meeting, GE2 now asks for a record of how the learner made information-sharing with the family easier. Officers from Marrowgate Borough Council and Stennett County Council teach part of LM1 and Day 10.")
P("We would hope in time to invite headteachers, parents and members of the Young People's Forum to contribute to the programme's evaluation.")

H("9. Education governance")
H("9.1 Evaluation and improvement", 2)
P("Evaluation draws on internal and external sources. Internally: every Education Day is evaluated by learners on the Trust's standard form; each module has an end-of-module review by the module team; the Practice Educators meet each term to review practice tasks and visits; and the Programme Board (Head of EPD, the headteacher, the University link tutor and the Lead Practice Educator) reviews a programme report every term. Externally: the University's annual monitoring, the external examiner's report, and the Trust's Education Governance Group, which audits one accredited pathway each year against its education quality standards. The Programme Board turns these findings into an annual action plan, which goes to the Education Governance Group and the University; changes to the next intake are recorded in the pathway's version history.")
P("Recruitment and selection, the Joint Reviews and PDPs, the practice tasks and the assessment are each sampled every year: the Lead Practice Educator checks a tenth of PDPs against the learner's self-rating and the Practice Educator's notes, and the Programme Board reviews the profile of applicants and acceptances.")
H("9.2 Impact", 2)
P("We measure impact on learners and on pupils. Learners repeat the Joint Review self-rating at the Final Review, and the change is reported by indicator. GE2's baseline and follow-up measures for the case-study child and group (attainment, attendance, and the pupil's own rating of how they are getting on) are collated anonymously across the cohort. Six months after the Award, learners are asked for a short report on what has changed in their school's SEN provision, and the hospital school tracks the reintegration outcomes of its own pupils returning to schools whose SENCO has completed the programme.")
H("9.3 Practice Educators and tutors", 2)
P("Practice Educators plan and teach Education Days, carry out Joint Reviews, visit schools, mark gateway evidence and sit on the Final Review Panel. University tutors teach on LM1 and LM2, second-mark and moderate. Each has a role descriptor in the programme handbook. A Practice Educator briefing will be developed during 2009 to prepare new Practice Educators and the headteachers who host school visits.")

H("10. Staffing and resources")
table(doc, [
    ["Name and role", "Qualifications and experience"],
    ["Dr Helen Mottram, Lead Practice Educator (EPD)", "PhD (children's development after acquired brain injury); qualified teacher; former SENCO and deputy head of a special school; 6 years in EPD"],
    ["Ruth Penhaligon, Headteacher, Marrowgate Hospital School", "NPQH; MA SEN; SENCO in two secondary schools; 9 years leading the hospital school"],
    ["Dan Whitlow, Practice Educator (hospital school)", "NASENCO-equivalent LA certificate; SENCO of the hospital school since 2005; dyslexia specialist (AMBDA)"],
    ["Dr Kwame Asante, Senior Lecturer, University of Callowbridge", "EdD; teaches the MA Inclusive Education; external examiner for two SENCO certificates"],
    ["Trust clinicians (sessional)", "Clinical psychologist, speech and language therapist, paediatric occupational therapist, CAMHS nurse specialist; each teaches one session a year"],
])
P("")
P("Learners have the Trust's specialist expertise on their doorstep: the clinical psychology, therapy and CAMHS teams teach on LM2, and learners may book a consultation with a therapist about their case-study child. The hospital school also arranges work-experience placements in Trust departments for its Year 10 and 11 pupils, and has a long-standing reputation for the quality of those placements.")
P("The Education Centre has a 40-seat lecture room, four seminar rooms, the Trust's health sciences library (which learners join with full borrowing and online journal access through the University), and an ICT suite. The hospital school's assistive technology library lends learners switch access equipment, communication aids, text-to-speech and screen-reading software to try with pupils, and its ICT coordinator runs a workshop on Education Day 8.")

doc.save(OUT)
print("wrote", OUT)
