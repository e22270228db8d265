"""kt-02-harnmoor-sampling-programme

Provider (invented): Harnmoor County Council Trading Standards Service, whose Schools and Young Consumers Team
(seconded SEN teachers, since the council's 2006 reorganisation) runs the county's SENCO training, with the
University of Calderwick validating. The application for the 2008-09 National Award for SEN Coordination is
written as the Service's published "Annual Food and Feed Sampling Programme", the document a trading standards
service issues each April to say what it will sample, where, and how results are analysed.

Document kind and layout: an annual sampling programme. Word Heading 1/2 styles; a foreword by the Head of Service;
a "Programme at a glance" table with a placeholder; "Sampling Officers" (tutors), "Home Authority Officers"
(in-school mentors), "Delegates" (participants), six "Sample Projects" SP1-SP6 (units) each with Purpose / What
happens / Samples taken; "Formal", "Informal" and "Survey only" defined in a Key paragraph above the Sampling
Schedule, whose analytes (outcomes) are grouped under merged, shaded group rows. The "Public Analyst" (the
University's moderator) and the "Government Chemist" (the referee, i.e. external examiner). Footnotes (not quoted
in labels), placeholders in square brackets, one Word comment, tracked changes inside the Schedule (a whole deleted
row; one cell's "Informal" deleted and "Formal" inserted), a header and a footer.

Traps (requirement ids):
- Credit value is a placeholder, "[credit value to be confirmed by the University]", beside "Master's level" (E.2
  partial).
- Research only in general terms: "reflects the latest research and inspection findings" with no sources (1.3
  partial); best practice and research (K8) "Survey only" (6.K8 partial).
- Prior learning explicitly refused: "We do not accredit prior learning" (2.1 not met).
- Assessment-only route belongs to the neighbouring Wexcombe service "with which Harnmoor has no formal
  arrangement" (2.3 not met).
- Further targets only as information about further study (2.5 partial).
- Equality only as a commitment and the Equality Scheme "applies" (3.1 partial).
- One start date and a fixed order; only a Saturday repeat of each day (3.2 partial). No online element (3.3 n/a).
- Sampling Officers' CVs "[CVs to be attached]" (5.4 partial).
- Specialist software only to be purchased (5.6 partial).
- Impact not yet decided (5.9 not met); the pupil-tracking idea is in a comment.
- Certificate signed when every Formal sample is Satisfactory, which leaves Informal and Survey-only analytes
  outside the rule (6.0 partial).
- Schedule: A2 and S2c "Informal" (formative only: 6.A2, 6.S2c partial); S3 Formal in the portfolio but no
  Project teaches it (6.S3 partial, assessed not taught); K3's row is a deleted tracked change (6.K3 not met);
  deploying staff "is covered by the County's separate Teaching Assistant Management course, not by this
  programme" (6.S4 not met); S5's "Informal" deleted and "Formal" inserted (6.S5 met).
- Past arrangements in section 12: an exemption from the Compliance Audit for a previous certificate "was
  withdrawn" (2.1 stays not met) and a county intranet page "was closed in March 2008" (no e-learning now: 3.3 n/a).
- Met despite appearances: CRB checked by the Service's own Licensing Team (5.3); placements in a special school
  (5.5); stakeholder evaluation panel (4.3); "Home Authority" is also the name of the mentor role, not another
  authority (5.7).
"""
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from _kt_helpers import (W, Footnotes, del_run, header_footer, ins_run, mark_paragraph, set_cell, shade, table)

HERE = Path(__file__).resolve().parent
OUT = HERE / "kt-02-harnmoor-sampling-programme.docx"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes()
header_footer(doc, "Harnmoor County Council | Trading Standards Service | Annual Sampling Programme 2008/09 - "
                   "Schools and Young Consumers Team",
              "Protecting Harnmoor's consumers, businesses and children | Ref. TS/SP/2008-09/SEN | Issue 2")


def P(text, style=None):
    return doc.add_paragraph(text, style=style)


def H(text, level=1):
    return doc.add_heading(text, level=level)


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


doc.add_heading("Annual Sampling Programme 2008/09", 0)
P("National Award for SEN Coordination: Harnmoor County Council Trading Standards Service with the University of "
  "Calderwick. Application for approval to the Training and Development Agency for Schools.")

H("Foreword by the Head of Service")
P("Every April the Trading Standards Service publishes its sampling programme: what we will sample, where, why, "
  "and how the results will be analysed and acted upon. Since 2006 the Service has also been home to the county's "
  "Schools and Young Consumers Team, a group of seconded teachers who for ten years have run Harnmoor's SENCO "
  "training. When the team wrote its application for the National Award for SEN Coordination, it chose to set it "
  "out as a sampling programme, because the discipline is the same: decide what must be shown, take samples of it "
  "in the right places, have them analysed independently, and act on the results. The terms are explained in "
  "section 2. I commend the programme to the Agency.")
P("Alan Brereton, Head of Trading Standards, April 2008")

H("1. The programme at a glance")
rows = [
    ["Item", "Detail"],
    ["Title", "Harnmoor National Award for SEN Coordination"],
    ["Accrediting institution", "University of Calderwick, Faculty of Education and Society. The programme is a "
                                "University postgraduate award; successful delegates are awarded credit by the "
                                "University."],
    ["Level and credit", "Master's level; [credit value to be confirmed by the University]"],
    ["Delegates", "Up to 20 SENCOs from Harnmoor schools each year"],
    ["Duration", "September 2008 to July 2009: twelve Project days, school-based sampling, a placement"],
    ["Cost", "GBP 1,200 per delegate; the Service meets half for Harnmoor maintained schools"],
    ["Contact", "Schools and Young Consumers Team, Trading Standards, Bridge House, Harnmoor [telephone]"],
]
t = table(doc, rows, header_fill="C6D9F1")
for i in range(1, len(rows)):
    shade(t.cell(i, 0), "EAF1FB")
p = doc.paragraphs[-1]
p2 = P("The University's validation event was held on 18 June 2008.")
fn.ref(p2, "The University's Academic Board will set the credit value at its meeting in December 2008.")

H("2. Terms used in this programme")
P("The programme uses the Service's own words. They mean:")
bullets([
    "Delegate: a teacher taking the Award.",
    "Sampling Officer: one of the programme's tutors. Sampling Officers teach the Project days, visit delegates' "
    "schools and analyse samples.",
    "Home Authority Officer: the experienced colleague in the delegate's own school (normally a member of the "
    "senior leadership team) who mentors the delegate, witnesses samples taken in school and countersigns them.",
    "Sample Project (SP): one of the six units of the programme, SP1 to SP6.",
    "Sample: a piece of work in which the delegate shows one or more of the outcomes (the Analytes) in the "
    "Sampling Schedule.",
    "Public Analyst: the University of Calderwick tutor who second-marks Formal samples.",
    "Government Chemist: the University's external examiner, who acts as referee when a result is disputed and "
    "reviews a sample of all results.",
    "Certificate of Analysis: the Award.",
])

H("3. Priorities for 2008/09: why we sample what we sample")
P("The programme is built on evidence about what Harnmoor's children, families and schools need. In January 2008 "
  "the team surveyed every SENCO and headteacher in the county (187 schools; 131 replies) and asked the Harnmoor "
  "Parent Partnership Service to run three evening meetings for parents of children with SEN. The survey showed "
  "that SENCOs wanted help with using data and provision mapping, and with leading colleagues; headteachers wanted "
  "SENCOs who could take part in school self-evaluation; parents told us that they wanted to be heard earlier and "
  "to be kept informed. Harnmoor's 2007 Ofsted and JAR findings on outcomes for pupils with SEN were also taken "
  "into account. These priorities shaped SP3, SP4 and SP5.")
P("The Sampling Liaison Group (two headteachers, three SENCOs, a governor, two parents nominated by the Parent "
  "Partnership Service, the University's programme leader and a representative of Harnmoor Young Voices, the "
  "county's pupil council) advised on the design. As a result of its advice the placement was lengthened to two "
  "days, the parent interview was added to SP4, and the final Formal sample was changed from an examination to a "
  "portfolio with a professional discussion.")
P("The programme reflects the latest research and inspection findings on SEN and disability, and Sampling Officers "
  "keep up with new publications.")

H("4. Sampling Officers, Home Authority Officers and specialists")
P("The programme is taught by three Sampling Officers: Carol Mayhew (programme lead), Dev Sharma and Ruth "
  "Okonjo, all experienced SEN practitioners who have led SEN provision in Harnmoor schools. [CVs to be attached]")
P("Each Sampling Officer works to the Sampling Officers' Handbook, which sets out the Officer's duties in "
  "teaching, school visits, analysis of samples and standardisation. Every Home Authority Officer attends a "
  "half-day briefing in September, receives the Home Authority Officer's Guide, and is telephoned by the Sampling "
  "Officer before each sample taken in school; the Guide explains how to witness and countersign a sample.")
P("Specialists from outside the team teach parts of the programme: an educational psychologist (SP2 and SP3), a "
  "speech and language therapist from Harnmoor PCT (SP2), a CAMHS primary mental health worker (SP2), the county "
  "Sensory and Physical Support Service (SP3) and the Parent Partnership Service (SP4). Every delegate spends a "
  "two-day placement at Brookfield Special School or at one of the county's three resourced provisions, with a "
  "task set by the Sampling Officer and reported on in Formal sample 2.")
P("Delegates borrow from the team's SEN Resource Base at Bridge House (books, test materials and intervention "
  "packs) and have the University library's online journals. Specialist software for the Resource Base will be "
  "purchased once the 2009/10 budget is confirmed.")

H("5. Delegates: who is sampled and how we prepare")
H("5.1 Selection", 2)
P("Delegates must hold qualified teacher status, have at least two years' teaching experience, and be a SENCO or "
  "about to become one. The headteacher signs the application and names the Home Authority Officer. Each applicant "
  "sends a short statement of his or her current role and is interviewed by a Sampling Officer; applicants without "
  "the knowledge and experience to meet the outcomes in one year are offered a place on the county's SEN "
  "Foundation Module first.")
H("5.2 Criminal records checks", 2)
P("Before the first Project day the Service's Licensing Team checks each delegate's enhanced CRB disclosure "
  "certificate (its number and date of issue) and records it. A delegate without an enhanced disclosure issued in "
  "the last three years may not start the programme or go on placement until one is obtained.")
H("5.3 The pre-sampling visit and the Individual Sampling Plan", 2)
P("Before SP1 a Sampling Officer visits each delegate in school. The delegate rates himself or herself against "
  "every Analyte in the Sampling Schedule, and the Officer and the Home Authority Officer add their view. From "
  "this the three agree the delegate's Individual Sampling Plan: which Analytes need most work, which samples the "
  "delegate will take in school and when, which optional Project day workshops to attend, and two or three "
  "personal outcomes beyond the Schedule that the delegate will pursue. The Plan is reviewed at the mid-point "
  "visit in February.")
H("5.4 Prior learning", 2)
P("We do not accredit prior learning. All delegates take every Project and every Formal sample, whatever "
  "qualifications or experience they bring.")
H("5.5 Equality", 2)
P("The Service is committed to equality of opportunity and to valuing diversity, and its Equality Scheme applies "
  "to the programme.")

H("6. The Sample Projects")
P("There are six Sample Projects, taken in the order shown. Each has two Project days at Bridge House and a period "
  "of sampling in the delegate's school. Each Project day is repeated on the following Saturday for delegates who "
  "cannot be released. All delegates start in September. There is no online or distance-learning element: all "
  "contact is face to face or by telephone.")

PROJECTS = [
    ("SP1 Labelling and the Law (September-October)",
     "Purpose: to give delegates a working knowledge of the law and guidance on SEN and what they require of the "
     "school.",
     "What happens: the SEN Code of Practice (2001) and Part IV of the Education Act 1996; the Children Act 2004, "
     "Every Child Matters and the SENCO's part in the five outcomes; current government policy, including Removing "
     "Barriers to Achievement, the Inclusion Development Programme and the 2008 regulations on the SENCO role. "
     "Delegates audit their school's SEN policy and information for parents against the Code.",
     "Samples taken: Formal sample 1, the Compliance Audit (3,000 words)."),
    ("SP2 Composition (November-December)",
     "Purpose: to understand how children develop and the most common kinds of SEN and disability.",
     "What happens: child development from birth to adolescence and how SEN, disability and the home and school "
     "environment affect it; BESD, specific learning difficulties including dyslexia, speech, language and "
     "communication needs, autistic spectrum disorders and moderate learning difficulties, and how each affects "
     "learning; identifying pupils who may have SEN, setting challenging targets and planning and reviewing "
     "interventions. Delegates carry out an identification review for a class in their school.",
     "Samples taken: Formal sample 2, the Pupil Case File, begins here."),
    ("SP3 Sampling at Source (January-February)",
     "Purpose: to make delegates expert users of assessment.",
     "What happens: using the assessments of educational psychologists, therapists and specialist teachers to shape "
     "teaching; using summative assessment, including national tests, P scales and optional tests, to track progress "
     "and change programmes; identifying in good time the access arrangements pupils need for national tests and "
     "GCSEs and putting them in place; approaches, strategies and resources for teaching and learning, including "
     "ICT, weighed critically. Delegates run a short session for colleagues on formative assessment for pupils with "
     "SEN, which the Sampling Officer observes and discusses with them.",
     "Samples taken: Formal sample 2, the Pupil Case File (4,000 words), is completed; the formative assessment "
     "session is an Informal sample."),
    ("SP4 The Supply Chain (March)",
     "Purpose: to work with pupils, families and other services.",
     "What happens: building fair, respectful relationships with pupils and families; liaison with parents and "
     "carers and advising and supporting them as partners (with the Parent Partnership Service); consulting pupils "
     "about decisions that affect them, and involving them in planning and reviewing their own provision, "
     "practised through a structured pupil conversation; the roles of external agencies and voluntary "
     "organisations in Harnmoor and how to get specialist help; advising and supporting colleagues in the school "
     "and in other schools through the SENCO cluster. Delegates interview a parent and hold a pupil conversation.",
     "Samples taken: Formal sample 3, the Supply Chain Review (3,000 words), covering the parent interview, the "
     "pupil conversation and the delegate's work with one outside agency."),
    ("SP5 Quality Systems (April-May)",
     "Purpose: to lead SEN strategically with senior colleagues and governors.",
     "What happens: school self-evaluation and improvement as they apply to outcomes for pupils with SEN; reviewing "
     "the effectiveness of provision with colleagues; working with the headteacher and governors on the school's "
     "inclusive ethos, policy, priorities and budget; gaining the commitment of colleagues. Delegates present to "
     "their senior team, and the Home Authority Officer gives written feedback on the presentation.",
     "Samples taken: the senior team presentation is an Informal sample. Formal sample 4 begins."),
    ("SP6 Enforcement and Advice (June-July)",
     "Purpose: to lead and develop colleagues.",
     "What happens: supporting colleagues' professional development by observation and feedback, modelling, "
     "coaching and training; managing the SENCO's time and delegating; anticipating and resolving problems; "
     "communicating clearly in speech and writing and listening to others; drawing on research and outside advice "
     "to improve practice; keeping up to date and planning one's own CPD. Delegates survey recent studies of "
     "effective practice in meeting SEN and discuss them on the Project day.",
     "Samples taken: Formal sample 4, the Certification Portfolio with a professional discussion."),
]
for name, purpose, what, samples in PROJECTS:
    H(name, 2)
    P(purpose)
    P(what)
    P(samples)

P("Note on deploying staff: deploying and managing teaching assistants and other staff is covered by the County's "
  "separate Teaching Assistant Management course, not by this programme.")

H("7. The Sampling Schedule")
P("Key. The Sampling Schedule lists every Analyte: an outcome a delegate must show. The Project column names the "
  "Sample Project that teaches it; a dash means no Project teaches it. In the Sample column, Formal means the "
  "Analyte is marked in a Formal sample, second-marked by the Public Analyst and counts towards the Certificate of "
  "Analysis. Informal means the delegate is observed or given feedback but no mark is given and the sample does "
  "not count towards the Certificate. Survey only means the Analyte is covered on a Project day but no sample is "
  "taken.")

SCHED = [
    ("GROUP", "A. Professional attributes"),
    ("A-01", "Relationships with pupils with SEN and their families that are fair, respectful, supportive and "
             "constructive", "SP4", "Formal (sample 3)"),
    ("A-02", "Gains the commitment of colleagues, including the headteacher and senior leaders", "SP5", "Informal"),
    ("A-03", "Prioritises and manages time; delegates appropriately", "SP6", "Formal (sample 4)"),
    ("A-04", "Anticipates and resolves problems; well-founded decisions on provision", "SP6", "Formal (sample 4)"),
    ("A-05", "Clear speech and writing; listens to and understands others' views", "SP6", "Formal (sample 4)"),
    ("A-06", "Uses research evidence and outside advice to improve own and colleagues' practice", "SP6",
     "Formal (sample 4)"),
    ("A-07", "Keeps up to date and takes responsibility for own CPD in SEN and disability", "SP6",
     "Formal (sample 4)"),
    ("GROUP", "B. Knowledge and understanding"),
    ("B-01", "The SEN Code of Practice and related law and guidance; their implications and how to apply them",
     "SP1", "Formal (sample 1)"),
    ("B-02", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "SP1",
     "Formal (sample 1)"),
    ("B-03", "The law on disability equality and the action it requires", "SP1", "Formal (sample 1)"),
    ("B-04", "How children develop; how SEN, disability and environment affect development", "SP2",
     "Formal (sample 2)"),
    ("B-05", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their "
             "effect on learning", "SP2", "Formal (sample 2)"),
    ("B-06", "Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT",
     "SP3", "Formal (sample 2)"),
    ("B-07", "School self-evaluation and improvement in relation to outcomes for pupils with SEN", "SP5",
     "Formal (sample 4)"),
    ("B-08", "Best practice and research findings in meeting SEN", "SP6", "Survey only"),
    ("B-09", "The scope and role of external agencies; obtaining specialist support and resources", "SP4",
     "Formal (sample 3)"),
    ("GROUP", "C. Skills"),
    ("C-01", "Influences, with senior colleagues and governors, the inclusive ethos, policies, priorities and "
             "resources", "SP5", "Formal (sample 4)"),
    ("C-02", "Identifies pupils who may have SEN; sets challenging targets; plans interventions; reviews progress",
     "SP2", "Formal (sample 2)"),
    ("C-02a", "Uses assessments from a range of professionals to develop teaching", "SP3", "Formal (sample 2)"),
    ("C-02b", "Uses summative assessment, including national tests, to track progress and adjust programmes", "SP3",
     "Formal (sample 2)"),
    ("C-02c", "Encourages colleagues to use formative assessment suited to pupils with SEN", "SP3", "Informal"),
    ("C-02d", "Identifies and puts in place special arrangements for national tests and examinations", "SP3",
     "Formal (sample 2)"),
    ("C-03", "Uses provision mapping and management; identifies ineffective or missing provision", "-",
     "Formal (sample 4)"),
    ("C-05", "Supports colleagues' professional development: observation and feedback, modelling, coaching, "
             "training", "SP6", "S5"),
    ("C-06", "Reviews provision with colleagues to inform the school's self-evaluation", "SP5", "Formal (sample 4)"),
    ("C-07", "Involves pupils in planning, agreeing, reviewing and evaluating their provision", "SP4",
     "Formal (sample 3)"),
    ("C-08", "Liaises effectively with parents and carers", "SP4", "Formal (sample 3)"),
    ("C-09", "Works in partnership with other services and agencies, including voluntary organisations", "SP4",
     "Formal (sample 3)"),
]
hdr = ["Ref", "Analyte", "Project", "Sample"]
t = table(doc, [hdr] + [[r[0], r[1], "", ""] if r[0] == "GROUP" else list(r) for r in SCHED], header_fill="1F497D")
for j in range(4):
    for r in t.cell(0, j)._tc.iter(qn("w:r")):
        rPr = r.get_or_add_rPr()
        rPr.append(parse_xml(f'<w:color {W} w:val="FFFFFF"/>'))
for i, r in enumerate(SCHED, start=1):
    if r[0] == "GROUP":
        m = t.cell(i, 0).merge(t.cell(i, 3))
        set_cell(m, r[1], bold=True, size=9)
        shade(m, "DCE6F2")
    if r[0] == "B-03":
        tr = t.rows[i]._tr
        trPr = tr.get_or_add_trPr()
        trPr.append(parse_xml(f'<w:del {W} w:id="901" w:author="C. Mayhew" w:date="2008-04-22T11:05:00Z"/>'))
        for c in t.rows[i].cells:
            for cp in c.paragraphs:
                mark_paragraph(cp, "del", author="C. Mayhew", date="2008-04-22T11:05:00Z")
    if r[0] == "C-05":
        c = t.cell(i, 3)
        c.text = ""
        cp = c.paragraphs[0]
        del_run(cp, "Informal", author="D. Sharma", date="2008-04-23T16:20:00Z")
        ins_run(cp, "Formal (sample 4)", author="D. Sharma", date="2008-04-23T16:20:00Z")
doc.add_paragraph()
p = P("The Schedule is reviewed each year against the national minimum outcomes.")
fn.ref(p, "Analyte references follow the Service's own numbering; there is no C-04.")

H("8. Analysis and certification")
P("Every Formal sample is divided, as a trading standards formal sample is. The delegate's Sampling Officer marks "
  "it against the published criteria for each Analyte it covers and reports each Analyte as Satisfactory or "
  "Unsatisfactory. The Public Analyst second-marks every Formal sample. A further part is retained: the Government "
  "Chemist reviews a sample of ten per cent of all Formal samples each year, all Unsatisfactory results and any "
  "result the delegate disputes, and reports to the University's board of examiners. The Sampling Officers and "
  "the Public Analyst meet before each marking period to mark three pieces together and agree the standard, and "
  "after it to compare their results.")
P("An Unsatisfactory Analyte may be re-sampled once, within eight weeks.")
P("A Certificate of Analysis is signed for a delegate when every Formal sample on his or her Schedule has been "
  "reported Satisfactory and the University's board of examiners confirms the result.")
fn.ref(doc.paragraphs[-1], "See the University of Calderwick's Assessment Regulations for Postgraduate Awards, "
                           "section 7.")

H("9. Reviewing the programme")
P("The programme is reviewed in the same way as the Service reviews its sampling programme. Delegates complete "
  "an evaluation at the end of each Project, and the Sampling Officers meet within a fortnight to read the "
  "returns and agree changes. The University's annual monitoring report, the Government Chemist's report and a "
  "peer review by the Service's Quality Manager each year provide outside evaluation. All of these are reported "
  "to the Sampling Liaison Group, which decides the changes to the following year's programme and publishes them "
  "in the next Annual Sampling Programme.")
P("Stakeholders take part in evaluation through the Sampling Liaison Group. Each year the Group also holds a "
  "review meeting at which headteachers and Home Authority Officers report on what the delegates have changed in "
  "their schools, two parents from the Parent Partnership Service report on families' experience, and members of "
  "Harnmoor Young Voices give their views on how pupils were involved in delegates' work. Home Authority Officers "
  "also help select delegates and witness samples in school.")
p = P("The Service has not yet decided how the effect of the programme on delegates or on pupils will be measured; "
      "this will be considered by the Sampling Liaison Group in 2009.")
doc.add_comment(p.runs, text="Could we use the county's pupil tracking data (CASPA) here?", author="R. Okonjo",
                initials="RO")

H("10. Neighbouring authorities")
P("Some Harnmoor teachers work near the county boundary. Our neighbouring service, Wexcombe County Council, offers "
  "an assessment-only route for experienced SENCOs, who may present a portfolio for assessment without attending "
  "the taught days. Wexcombe's programme is validated by another university, with which Harnmoor has no formal "
  "arrangement.")
P("Under the LACORS home authority principle, the team shares its Project day materials with Wexcombe and with "
  "Calderwick City Council's learning support service, and delegates from those authorities may attend "
  "individual Project days as visitors.")

H("11. After the programme")
P("Delegates who complete the programme receive information about further study at the University, including its "
  "MA in Education.")
P("The 2007/08 cohort of the county's earlier, unaccredited SENCO course took part in an evening celebration at "
  "County Hall; a similar event is planned for July 2009.")

H("12. What last year's sampling told us")
P("The county's earlier SENCO course ran without accreditation from 2003 to 2008. Its last cohort (2007/08, 17 "
  "teachers) was sampled in the same way, and its results have shaped this programme. Formal samples on the law and "
  "on identification were almost all Satisfactory at the first attempt; samples on leading colleagues and on work "
  "with senior leaders were the weakest, with six of seventeen Unsatisfactory at the first attempt. That is why SP5 "
  "and SP6 now have two Project days each and why the senior team presentation was introduced.")
table(doc, [
    ["2007/08 sample", "Taken", "Satisfactory first time", "Satisfactory after re-sampling"],
    ["Compliance Audit", "17", "16", "17"],
    ["Pupil Case File", "17", "15", "17"],
    ["Supply Chain Review", "16", "13", "16"],
    ["Leadership Portfolio", "16", "10", "15"],
], header_fill="C6D9F1")
P("In 2007/08 teachers on the earlier course could also claim exemption from the Compliance Audit on the strength "
  "of a previous certificate; that exemption was withdrawn when the course was redesigned for accreditation. The "
  "earlier course also used a county intranet page for readings, which was closed in March 2008.")
P("Delegates' comments were consistent: they valued the placement, the pupil conversation and the chance to work "
  "with SENCOs from other phases, and they asked for earlier notice of Formal sample dates, which the sampling "
  "calendar below now gives. Headteachers asked that the Home Authority Officer's part be made clearer, which led "
  "to the Home Authority Officer's Guide.")

H("13. Sampling calendar 2008/09")
cal = [
    ["Month", "Project days (Bridge House)", "Sampling in school", "Formal samples due"],
    ["Sept 2008", "SP1 day 1", "Pre-sampling visit; Individual Sampling Plan", ""],
    ["Oct 2008", "SP1 day 2", "Compliance Audit", "Sample 1 (31 Oct)"],
    ["Nov 2008", "SP2 day 1", "Identification review", ""],
    ["Dec 2008", "SP2 day 2", "Placement (two days)", ""],
    ["Jan 2009", "SP3 day 1", "Case work with one pupil", ""],
    ["Feb 2009", "SP3 day 2", "Formative assessment session; mid-point visit", "Sample 2 (27 Feb)"],
    ["Mar 2009", "SP4 days 1 and 2", "Parent interview; pupil conversation", ""],
    ["Apr 2009", "", "Agency contact", "Sample 3 (24 Apr)"],
    ["May 2009", "SP5 days 1 and 2", "Senior team presentation", ""],
    ["Jun 2009", "SP6 day 1", "Coaching cycle", ""],
    ["Jul 2009", "SP6 day 2", "", "Sample 4 and professional discussion (10 Jul)"],
]
t = table(doc, cal, header_fill="C6D9F1")
m = t.cell(8, 1).merge(t.cell(8, 1))
set_cell(m, "[no Project day: Easter]", size=9, grey=True)

doc.save(OUT)
fn.write(OUT)
print("wrote", OUT)
