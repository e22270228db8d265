"""mb-01-coldbrook-patent-specification

Provider (invented): Coldbrook College of Saddlery and Leathercraft, Coldbrook, Marlshire, a leather-working college
(saddlery, harness-making, leather goods) beside Rendle & Sons' oak-bark tannery, applying to run the 2008-09
National Award for SEN Coordination, validated by the (invented) University of Severn Vale, with Marlshire County
Council.

Document kind and layout: the College's patent attorneys drafted its programme description in the form the College
uses for its patented tools, a UK patent application specification. A front page with a bibliographic table of INID
codes ((12), (21), (22), (71), (72), (74), (54)) with merged cells; the Abstract (57) sits only in a text box. No heading
styles: bold capitalised section titles (FIELD OF THE INVENTION, BACKGROUND, SUMMARY, DEFINITIONS, DETAILED
DESCRIPTION, CLAIMS), numbered paragraphs [0001] onwards, reference numerals (100, 110, 120 ...), "embodiment"
language, a drawings list with no drawings. The outcomes are in "Table 4" (reference numerals 201-233) whose two
columns "Worked in" and "Proved in" take values defined only in the DEFINITIONS paragraph [0009], far above: "Worked
only", "Proof only", "Looked over", "Not cut". Group rows of Table 4 are merged and shaded. Claims at the end restate
the description. Header (application number) and footer. Two Word comments. Tracked changes: a whole inserted
paragraph (APL) and a deleted sentence (second start date).

Traps (requirement ids):
- Prior art [0002]-[0004]: the Council's former SENCO Induction Days had an assessment-only portfolio route (a past
  arrangement) and a university programme elsewhere had special-school placements (another provider's): neither
  counts (2.3, 5.5).
- Aims are stated wholly in terms of attainment in National Curriculum levels and P scales (1.1 partially_met), though
  ECM is taught in Panel 1 (6.K2 met).
- The assessment-only route is only "an alternative embodiment" that "has not been put into practice" (2.3 not_met);
  a comment suggests claiming it anyway (comments are not evidence).
- APL exists only in a tracked inserted paragraph, which is part of the submission (2.1 met).
- The Fitting (needs assessment) weights tutorial hours but "does not generate a separate plan" and everyone follows
  the same Panels and outcomes (2.2 partially_met; 2.4 met on tutorial weighting, cost and bursary).
- One September start, Panels in fixed order; the second (February) start is a deleted tracked change (3.2
  partially_met). Coldbrook Bench Online gives tutor, peer and between-days support (3.3 met).
- The CRB paragraph is about College staff and tannery guides who meet visiting school parties, not candidates;
  "All candidates are CRB checked" appears only in the footer; a comment asks whether candidates are checked (5.3
  not_met).
- Disability Discrimination Act appears as the College's own duty to participants (3.1 met) but disability equality
  law is "Not cut" from the programme (6.K3 not_met): right words, wrong thing.
- Consulting pupils is explicitly not covered (1.5 not_met); pupils' involvement in planning their provision is "Not
  cut" (6.S7 not_met). Deploying teaching assistants is "Not cut" (6.S4 not_met) although the stakeholder survey asked
  for it.
- Heads act as mentors and sit on the Proof 4 panel, but their part in evaluation is only hoped for (4.3
  partially_met).
- "The programme does not include placements" (5.5 partially_met; specialist expertise present).
- School mentors are only sent a Mentor Note, "No briefing or training is offered" (5.7 partially_met).
- Impact on pupils only "We would hope to see" (5.9 partially_met; confidence re-rating present).
- Award on aggregate 50 per cent with compensation of a Proof at 40-49 (6.0 partially_met), beside a blanket claim
  that "every element of Table 4 is thereby proved"; some outcomes are not proved at all (1.9 partially_met).
- Table 4: "Worked only" (6.A3, 6.K4, 6.K7), "Proof only" (6.S2c), "Looked over" (formative only, 6.S2d) are
  partially_met; "Not cut" (6.K3, 6.S4, 6.S7) not_met.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _mb_helpers import (para, runs, table, shade, set_cell, text_box, header_footer, comment, inserted_paragraph,
                         tracked_delete, word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AG = "M. Pell (Marwood & Pell)"
DT = "2008-06-19T10:12:00Z"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)
header_footer(doc, "GB 0807114.2  -  Specification as filed  -  Coldbrook College of Saddlery and Leathercraft",
              "All candidates are CRB checked.   Coldbrook College, Tannery Lane, Coldbrook, Marlshire.   Page")

para(doc, "Application to the Training and Development Agency for Schools: National Award for SEN Coordination, 2008-09",
     italic=True, size=9)
para(doc, "Covering note. The College drafts the description of every tool, tree and programme it makes in the form "
     "our patent attorneys use, and this programme is no exception. The programme itself is described in the "
     "Description below, and its outcomes in Table 4. The drawings are filed separately and are not needed to read "
     "the specification.", italic=True, size=9)

bib = doc.add_table(rows=8, cols=3)
bib.style = "Table Grid"
a = bib.cell(0, 0).merge(bib.cell(0, 2))
set_cell(a, "(12) UK Patent Application (19) GB (11) 2 451 907 A", bold=True, size=12)
shade(a, "E8DCC8")
rows = [
    ("(21)", "Application No:", "0807114.2"),
    ("(22)", "Date of Filing:", "19.06.2008"),
    ("(71)", "Applicant(s):", "Coldbrook College of Saddlery and Leathercraft, Tannery Lane, Coldbrook, Marlshire "
     "(a College of Further Education adjoining Rendle & Sons, Oak-Bark Tanners since 1862)"),
    ("(72)", "Inventor(s):", "Ann Treharne\nOwen Pask\nIdris Vaughan"),
    ("(74)", "Agent and/or Address for Service:", "Marwood & Pell, Chartered Patent Attorneys, 4 Mill Street, Marlbury"),
    ("(54)", "Title of the Invention:", "A graduated programme of bench instruction for teachers newly leading the "
     "coordination of special educational needs provision (the Coldbrook Stitch-Line Programme)"),
    ("(57)", "Abstract:", "See box below"),
]
for i, (c0, c1, c2) in enumerate(rows, start=1):
    set_cell(bib.cell(i, 0), c0, bold=True)
    set_cell(bib.cell(i, 1), c1, bold=True)
    set_cell(bib.cell(i, 2), c2)

text_box(doc, [
    "(57) ABSTRACT",
    "A programme (100) for teachers new to the role of special educational needs coordinator comprises a Fitting "
    "(110), four taught Panels (120, 130, 140, 150), a school-based Seat (160) and four marked Proofs (170). Each "
    "Panel is worked at the bench on Saturday Bench Days and between them on Coldbrook Bench Online. The programme "
    "leads to a Postgraduate Certificate of 60 credits at masters level. (Fig. 2)",
], height_emu=1300000)

# ---------------------------------------------------------------- FIELD
para(doc, "FIELD OF THE INVENTION", bold=True)
para(doc, "[0001] The present invention relates to a programme of professional instruction for qualified teachers who "
     "have newly taken up, or are about to take up, the role of special educational needs coordinator (SENCO) in a "
     "maintained school, leading to the National Award for SEN Coordination. In particular it relates to a programme "
     "(100) that borrows the order of the saddler's bench: a candidate is first fitted, then works each part in turn "
     "on a sound tree, and finally proves the finished work before it leaves the shop.")

# ---------------------------------------------------------------- BACKGROUND
para(doc, "BACKGROUND OF THE INVENTION", bold=True)
para(doc, "[0002] Known arrangements for preparing new SENCOs in Marlshire are shown in Fig. 1 (prior art). Until July "
     "2007 Marlshire County Council ran the SENCO Induction Days, five briefing days a year with no assessment. Under "
     "that known arrangement an experienced SENCO could submit a portfolio to the Council's SEN Support Service and "
     "be awarded the Council's certificate without attending, an assessment-only route of a kind. The Induction Days "
     "have now ended.")
para(doc, "[0003] In a second known arrangement, a postgraduate programme run by a university in a neighbouring county, "
     "each participant spends a placement week in a special school and a day with a pupil referral unit, and the "
     "university checks each participant's enhanced CRB disclosure at interview.")
para(doc, "[0004] The known arrangements suffer from several drawbacks. Briefings were not tied to practice in the "
     "participant's school; assessment, where it existed, was not against the national outcomes; and teachers in "
     "rural Marlshire, many of them in small schools far from any university, could not travel to weekday sessions. "
     "There is therefore a need for a programme that is rooted in the participant's own school, assessed against the "
     "outcomes, and reachable on a Saturday.")

# ---------------------------------------------------------------- SUMMARY
para(doc, "SUMMARY OF THE INVENTION", bold=True)
para(doc, "[0005] It is an object of the present invention to raise the attainment of pupils with special educational "
     "needs and/or disabilities, measured in National Curriculum levels and P scales, by improving the knowledge, "
     "understanding and skills of the teachers who coordinate their provision. The aims and learning objectives of "
     "the programme (100) are expressed wholly in terms of attainment, and each Proof asks the participant to show an "
     "effect on attainment.")
para(doc, "[0006] According to a first aspect of the invention there is provided a programme (100) comprising: a Fitting "
     "(110); a first Panel (120), the Tree; a second Panel (130), the Seat Panel; a third Panel (140), the Girth; a "
     "fourth Panel (150), the Stitch-Line; a school-based inquiry (160), the Seat; and four Proofs (170).")
para(doc, "[0007] The programme (100) was validated by the University of Severn Vale at a validation event held on 14 "
     "May 2008 as the Postgraduate Certificate in Special Educational Needs Coordination, carrying 60 credits at "
     "masters level (M level). The University awards the credit and the certificate; the College delivers the "
     "programme under the University's collaborative provision agreement, and the programme is subject to the "
     "University's quality assurance procedures described at [0036].")
para(doc, "[0008] According to a second aspect there is provided a method of delivery in which the Panels are worked "
     "on eight Saturday Bench Days at the College and, between Bench Days, on Coldbrook Bench Online.")

# ---------------------------------------------------------------- DEFINITIONS
para(doc, "DEFINITIONS", bold=True)
para(doc, "[0009] In this specification the following words have the meanings given:")
defs = [
    ("\"Bench Day\"", " means a Saturday of face-to-face teaching, 9.30 am to 4.00 pm, in the Tack Room of the College."),
    ("\"Panel\"", " means a taught unit of the programme, worked over two Bench Days and the weeks between them."),
    ("\"Proof\"", " means a marked assessment task, marked against the elements of Table 4 named for it."),
    ("\"Fitting\"", " means the initial assessment described at [0010]."),
    ("\"Worked in\"", ", in Table 4, names the Panel in which an element is taught and practised."),
    ("\"Proved in\"", ", in Table 4, names the Proof in which an element is marked."),
    ("\"Worked only\"", " in the Proved in column means the element is worked at the bench but is not proved in any Proof."),
    ("\"Proof only\"", " in the Worked in column means the element is proved in a Proof but is not worked in any Panel."),
    ("\"Looked over\"", " in the Proved in column means a draft touching the element is read by the tutor and returned "
     "with comments; no mark is given and it forms no part of any Proof."),
    ("\"Not cut\"", " means the element is not included in the programme as presently embodied."),
]
for k, v in defs:
    p = doc.add_paragraph(style="List Bullet")
    runs(p, (k, "b"), v)

# ---------------------------------------------------------------- DRAWINGS
para(doc, "BRIEF DESCRIPTION OF THE DRAWINGS", bold=True)
para(doc, "Fig. 1 shows the known arrangements (prior art). Fig. 2 shows the programme (100) laid out as a saddle "
     "pattern, the Panels cut from a single hide. Fig. 3 shows the year plan of Bench Days. Table 4 appears in the "
     "description at [0031].")

# ---------------------------------------------------------------- DETAILED DESCRIPTION
para(doc, "DETAILED DESCRIPTION OF THE PREFERRED EMBODIMENT", bold=True)
para(doc, "Entry and the Fitting (110)", bold=True, italic=True)
para(doc, "[0010] Before the first Bench Day each candidate completes the Fitting Sheet, rating his or her present "
     "knowledge and practice against each of the 29 elements of Table 4 on a four-point scale, and attends a "
     "forty-minute Fitting interview with a Bench Tutor. The tutor checks the self-ratings against the statement "
     "supplied by the candidate's headteacher and against a short written task, and corrects ratings that rest on "
     "out-of-date knowledge.")
para(doc, "[0011] The Fitting is used to weight each participant's tutorial hours: a participant rated low on the "
     "elements of a Panel receives up to three additional tutorials in that Panel, and one rated high may replace a "
     "tutorial with a directed reading. The Fitting does not generate a separate plan for each participant; all "
     "participants follow the same Panels in the same order and are assessed against the same elements.")
para(doc, "[0012] A candidate is accepted only where he or she holds Qualified Teacher Status, has been appointed SENCO "
     "or will be appointed by the first Bench Day, has the written support of the headteacher, and has shown at the "
     "Fitting the knowledge, understanding and skills needed to reach the outcomes by the end of the programme. "
     "Where a candidate does not meet the entry requirements, the Admissions Tutor writes to the candidate setting "
     "out what he or she needs to do to reach the entry level (usually a term's shadowing of an experienced SENCO "
     "and the Council's SEN Support Service reading list), telephones the headteacher to agree the arrangement, and "
     "offers a place in the following year.")
p = para(doc, "[0013] All College staff, tannery guides and visiting craftspeople who work with the school parties "
         "that visit the Tannery hold an enhanced disclosure from the Criminal Records Bureau, renewed every three "
         "years, and the College's Safeguarding Officer keeps the register of disclosures.")
comment(doc, p.runs[0], "Candidates' CRB - do we check these ourselves? Ask Ann before this goes.", "R. Rendle", "RR")
inserted_paragraph(doc, "[0014] Prior certificated learning at masters level may be accredited up to 20 credits "
                   "through the University's Accreditation of Prior Learning procedure. Prior experiential learning "
                   "is assessed by a portfolio mapped to the elements of Table 4, which the University's Credit "
                   "Panel considers each June; credit so accredited exempts the participant from the corresponding "
                   "Proof.", "A. Treharne", "2008-06-17T15:40:00Z")
p = para(doc, "[0015] In an alternative embodiment, a candidate of exceptional experience may be permitted to proceed "
         "directly to the Proofs without attending the Panels. This embodiment has not been put into practice and no "
         "fee or procedure for it has been settled.")
comment(doc, p.runs[0], "Suggest we claim this as a dependent claim anyway - costs nothing to keep it in.", AG, "MP")

para(doc, "The Panels (120 to 150)", bold=True, italic=True)
para(doc, "[0016] The first Panel (120), the Tree, is the frame on which everything else is built. Participants work "
     "through the Special Educational Needs Code of Practice (2001) and its graduated response, the Special "
     "Educational Needs and Disability Act 2001, Removing Barriers to Achievement (2004) and Every Child Matters: "
     "Change for Children (2004), and what each asks of the school, the SENCO, the governors and the local "
     "authority. Participants trace each of the five Every Child Matters outcomes through their own school's "
     "provision and work out where the SENCO's part lies. Participants map the Council's services, health and "
     "social care and the voluntary sector in Marlshire, and learn how to get specialist support and resources for "
     "a pupil.")
para(doc, "[0017] The second Panel (130), the Seat Panel, concerns knowing the child. Participants study the most common "
     "types of special educational need and disability - behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties - and how each affects learning. They study how children develop "
     "and how development is shaped by need, disability and the physical and social setting. They identify pupils "
     "who may have special educational needs from observation, data and assessment, set challenging targets, plan "
     "interventions and review progress; use reports from educational psychologists, speech and language "
     "therapists and other professionals to shape teaching; and use summative assessment, including the national "
     "tests, to track progress and change a pupil's programme. They make a critical review of approaches, "
     "strategies and resources for assessment, planning and teaching, including ICT and assistive technology, and "
     "read the research on what works. Participants draft an access arrangements plan for the national tests for a "
     "pupil in their school.")
para(doc, "[0018] The third Panel (140), the Girth, concerns the people who hold the work together. Participants "
     "practise building fair, respectful and constructive relationships with pupils and their parents and carers; "
     "liaising with parents and carers and advising them, with the Marlshire Parent Partnership Service; advising, "
     "supporting and collaborating with colleagues within the school and beyond it, in cluster SENCO groups and "
     "with outreach teachers; and working in partnership with other services and agencies, including voluntary "
     "organisations such as the Marlshire Dyslexia Association. Consulting pupils more widely about issues that "
     "affect them (pupil voice, school councils, pupil surveys) is not covered in the programme; participants are "
     "referred to their schools' own arrangements.")
para(doc, "[0019] The fourth Panel (150), the Stitch-Line, concerns leading and improving provision. Participants work "
     "with senior colleagues and governors on the school's inclusive ethos, policy, priorities and use of resources; "
     "gain the commitment of the headteacher and colleagues; anticipate problems and make sound judgements on "
     "provision; use provision mapping to plan provision and find what is missing or ineffective; review the "
     "effectiveness of provision with other staff; support colleagues' development by observation, feedback, "
     "modelling, coaching and training; and prioritise, manage their own time and delegate. The principles of "
     "school self-evaluation are introduced through the school's SEF. Participants keep a CPD log throughout.")
para(doc, "[0020] Across all four Panels participants draw on research and external advice, write and speak at length, "
     "and listen to the views of others in the bench groups. The reading for each Panel is revised each summer; for "
     "2008-09 it includes Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of "
     "services for children and young people with speech, language and communication needs (2008), the House of "
     "Commons Education and Skills Committee's report on special educational needs (2006) and the Inclusion "
     "Development Programme materials (2008), and each Bench Day opens with a short account of a recent "
     "development in the field.")

para(doc, "The Seat (160)", bold=True, italic=True)
para(doc, "[0021] The Seat is the practical heart of the programme, carried out in the participant's own school over "
     "the spring and summer terms. The participant chooses a change to the school's provision for pupils with "
     "special educational needs - a new intervention, a change to the provision map, a new way of working with "
     "teaching staff - agrees it with the headteacher, puts it into practice, and evaluates its effect with staff. "
     "The Seat is tied to the elements of Table 4 named for Proof 3 and is written up as Proof 3. Each participant "
     "thereby makes a change to practice in his or her school and meets the programme outcomes through it.")

para(doc, "The Proofs (170)", bold=True, italic=True)
para(doc, "[0022] Proof 1 is a written commentary (2,500 words) on the participant's school SEN policy against the Code "
     "of Practice, the Every Child Matters outcomes and the services available in Marlshire.")
para(doc, "[0023] Proof 2 is a case study (3,500 words) of one pupil: identification, professional assessments, "
     "targets, intervention and review, the relationship with the pupil and family, and how the participant "
     "encouraged class teachers to use formative assessment with the pupil.")
para(doc, "[0024] Proof 3 is the Seat report (5,000 words), with the provision map before and after, the summative "
     "data used, the review with staff and the research drawn on.")
para(doc, "[0025] Proof 4 is a presentation and professional discussion before a panel of a Bench Tutor, a Marlshire "
     "headteacher and a parent representative, in which the participant sets out how he or she has led colleagues, "
     "influenced the school's policy with governors, worked with other agencies and taken responsibility for "
     "his or her own development.")

para(doc, "Delivery", bold=True, italic=True)
p = para(doc, "[0026] There are eight Bench Days between September and June, two to each Panel. A single cohort starts "
     "each September and the Panels are taken in order, 1 to 4. ")
tracked_delete(p, "A second cohort will start in February 2009, taking the Panels in the order 3, 4, 1, 2.", AG, DT)
para(doc, "[0027] Between Bench Days participants work on Coldbrook Bench Online, the College's Moodle site. Each Panel "
     "has weekly bench tasks; the participant's Bench Tutor answers every question posted on the Panel forum within "
     "two working days; participants are placed in Stitching Groups of four who post and comment on one another's "
     "tasks; and tutors hold an online surgery each Wednesday evening. Tutors and school mentors exchange progress "
     "notes through the site, and all handouts, readings and recordings of Bench Day talks are posted there.")
para(doc, "[0028] The College meets its duties under the Disability Discrimination Act 1995 as amended in 2005 and its "
     "Disability Equality Scheme. The application form invites candidates to disclose a disability or other need in "
     "confidence and the Learning Support Coordinator contacts each one who does so before the Fitting. Reasonable "
     "adjustments made include large-print and electronic handouts, a hearing loop in the Tack Room, a step-free "
     "path from the car park avoiding the tannery yard, extra time and alternative formats for Proofs, and Bench "
     "Days recorded for later listening. The College monitors applications and completions by ethnicity, gender and "
     "disability.")
para(doc, "[0029] The fee is £1,450. Marlshire County Council meets half the fee for teachers in Marlshire schools, and "
     "the College's bursary fund meets a further £200 for schools with fewer than 100 pupils. Bench groups are kept "
     "to twelve, and tutorial time is weighted by the Fitting as set out at [0011], so that the programme spends its "
     "tutor time where the Fitting shows it is needed.")
para(doc, "[0030] On the last Bench Day each participant attends an Onward Fitting, re-rates himself or herself against "
     "Table 4, and drafts three professional targets for the following year, which the participant then agrees "
     "with the headteacher or line manager. The University's MA in Inclusive Education accepts the 60 credits "
     "towards the MA, and the tutor discusses this route with each participant.")

para(doc, "The elements (Table 4)", bold=True, italic=True)
para(doc, "[0031] Table 4 sets out the elements (201 to 233) of the programme, the Panel in which each is worked and the "
     "Proof in which each is proved, using the meanings given at [0009].")

T = [
    ("201", "Fair, respectful and constructive relationships with pupils and with their parents and carers", "Panel 3", "Proof 2"),
    ("202", "Winning the commitment of colleagues, the headteacher and senior leaders", "Panel 4", "Proof 4"),
    ("203", "Prioritising, managing one's time and delegating tasks", "Panel 4", "Worked only"),
    ("204", "Anticipating and resolving problems; sound judgement on provision", "Panel 4", "Proof 4"),
    ("205", "Speaking and writing clearly; listening to the views of others", "Panels 1-4", "Proofs 1-4"),
    ("206", "Drawing on research and outside advice to improve one's own and colleagues' practice", "Panel 2", "Proof 3"),
    ("207", "Keeping up to date; owning one's CPD in SEN and disability", "Panel 4", "Proof 4"),
    ("211", "SEN law and guidance, the SEN Code of Practice, and how to put them into practice", "Panel 1", "Proof 1"),
    ("212", "Every Child Matters: the five outcomes and the SENCO's part in them", "Panel 1", "Proof 1"),
    ("213", "Disability equality law and what it requires of schools", "Not cut", "Not cut"),
    ("214", "How children develop, and how need, disability and setting affect development", "Panel 2", "Worked only"),
    ("215", "Common types of SEN and disability (BESD, SpLD incl. dyslexia, SLCN, ASD, MLD) and their effect on learning", "Panel 2", "Proof 2"),
    ("216", "Approaches, strategies and resources for assessment, planning and teaching, incl. ICT", "Panel 2", "Proof 2"),
    ("217", "School self-evaluation and improvement for pupils with SEN", "Panel 4", "Worked only"),
    ("218", "Best practice and research in meeting SEN", "Panel 2", "Proof 3"),
    ("219", "External agencies and how to get specialist support and resources", "Panel 1", "Proof 1"),
    ("221", "With senior colleagues and governors, shaping an inclusive ethos, policy, priorities and resources", "Panel 4", "Proof 4"),
    ("222", "Identifying pupils, setting targets, planning interventions, reviewing progress", "Panel 2", "Proof 2"),
    ("223", "Using other professionals' assessments to shape teaching", "Panel 2", "Proof 2"),
    ("224", "Using summative assessment and national tests to track progress and adjust programmes", "Panel 2", "Proof 3"),
    ("225", "Encouraging colleagues' formative assessment, with approaches for pupils with SEN", "Proof only", "Proof 2"),
    ("226", "Special arrangements for national tests and examinations, in good time", "Panel 2", "Looked over"),
    ("227", "Provision mapping; finding ineffective or missing provision", "Panel 4", "Proof 3"),
    ("228", "Deploying and managing staff", "Not cut", "Not cut"),
    ("229", "Supporting colleagues' development: observation, feedback, modelling, coaching, training", "Panel 4", "Proof 4"),
    ("230", "Reviewing provision with staff to inform school self-evaluation", "Panel 4", "Proof 3"),
    ("231", "Involving pupils in planning, agreeing and reviewing their provision", "Not cut", "Not cut"),
    ("232", "Liaising with parents and carers", "Panel 3", "Proof 2"),
    ("233", "Partnership with other services and agencies, incl. voluntary organisations", "Panel 3", "Proof 4"),
]
groups = {"201": "Attributes of the SENCO", "211": "Knowledge and understanding", "221": "Skills"}
nrows = 1 + len(T) + len(groups)
t = doc.add_table(rows=nrows, cols=4)
t.style = "Table Grid"
for j, h in enumerate(["Ref.", "Element", "Worked in", "Proved in"]):
    set_cell(t.cell(0, j), h, bold=True, size=9)
    shade(t.cell(0, j), "C9B391")
r = 1
for ref, el, w, pr in T:
    if ref in groups:
        m = t.cell(r, 0).merge(t.cell(r, 3))
        set_cell(m, groups[ref], bold=True, italic=True, size=9)
        shade(m, "EFE6D6")
        r += 1
    for j, v in enumerate([ref, el, w, pr]):
        set_cell(t.cell(r, j), v, size=9)
    r += 1
para(doc, "Table 4", italic=True, align="center", size=9)

para(doc, "Assessment, award and moderation", bold=True, italic=True)
para(doc, "[0032] Each Proof is marked by the participant's Bench Tutor against the elements named for it in Table 4. "
     "Twenty per cent of every Proof, and every fail and distinction, is second-marked by another Bench Tutor; the "
     "tutors meet after each Proof to agree marks on a standardising sample; the University's link tutor moderates "
     "a sample; and the University's external examiner, Dr Helen Garside, sees a sample of every Proof and attends "
     "the Board of Examiners in July.")
para(doc, "[0033] The Postgraduate Certificate is awarded to participants whose four Proofs reach an aggregate of 50 "
     "per cent, with no Proof below 40 per cent; a Proof marked between 40 and 49 per cent may be compensated by a "
     "higher mark in another Proof. Every element of Table 4 is thereby proved.")

para(doc, "Staff and resources", bold=True, italic=True)
para(doc, "[0034] The Programme Leader, Mrs Ann Treharne MEd (SEN), was SENCO of two Marlshire primary schools for "
     "fourteen years and is a member of NASEN's professional development committee. Dr Owen Pask is a senior "
     "educational psychologist with Marlshire County Council and teaches the Seat Panel. Mrs Ruth Collard, an "
     "advanced skills teacher holding AMBDA, leads the work on specific learning difficulties. Mr Idris Vaughan, "
     "master saddler and the College's head of learning technology, runs Coldbrook Bench Online. All Bench Tutors "
     "undertake at least five days of SEN updating a year.")
para(doc, "[0035] Participants have access to specialist expertise through sessions led by a speech and language "
     "therapist from Marlshire Primary Care Trust, the Marlshire Autism Outreach Team and the Parent Partnership "
     "Service. The programme does not include placements or visits to other schools; the Seat is carried out in the "
     "participant's own school. The College library holds an SEN collection of some 1,400 titles and a loan "
     "collection of assessment materials; the ICT suite has Clicker 5, text-to-speech and mind-mapping software; "
     "and all materials are on Coldbrook Bench Online.")
para(doc, "[0036] Bench Tutors are appointed against a person specification, have a Bench Tutor Handbook setting out "
     "their roles in teaching, tutoring and marking, and attend a standardising day each September. Each "
     "participant's headteacher nominates a school mentor, who is sent the Mentor Note describing the mentor's "
     "part. No briefing or training is offered to school mentors.")

para(doc, "Stakeholders and quality", bold=True, italic=True)
para(doc, "[0037] In autumn 2007 Marlshire County Council's SEN team surveyed all its schools on the training needs of "
     "new SENCOs; 61 schools replied. They asked above all for work on provision mapping, on working with parents, "
     "and on deploying teaching assistants. The Marlshire Parent Partnership Service asked that parents' "
     "perspectives be taught by parents. In response the College lengthened Panel 4's work on provision mapping and "
     "added the Girth (Panel 3), part of which is taught by two parents of pupils with SEN. Three headteachers on "
     "the Steering Group read and amended the draft Panels in spring 2008.")
para(doc, "[0038] Headteachers act as mentors and sit on the Proof 4 panel, and a parent representative sits with them. "
     "We hope that headteachers will also, in time, take part in evaluating the programme.")
para(doc, "[0039] The programme is evaluated by a questionnaire at the end of each Bench Day and each Panel, an "
     "end-of-programme review, the external examiner's annual report, the University's annual monitoring review and "
     "a termly meeting of the Steering Group with the Council. The Programme Leader writes an action plan from "
     "these each July, and the changes made are reported to the next cohort and to the University.")
para(doc, "[0040] At the Onward Fitting each participant re-rates his or her competence and confidence against Table 4 "
     "and the College compares these ratings with those given at the Fitting. We would hope to see, in time, "
     "evidence in pupils' progress that the programme has made a difference.")

# ---------------------------------------------------------------- CLAIMS
para(doc, "CLAIMS", bold=True)
claims = [
    "A programme (100) for teachers newly leading the coordination of special educational needs provision, "
    "comprising a Fitting (110), four Panels (120, 130, 140, 150), a school-based Seat (160) and four Proofs (170).",
    "A programme according to claim 1, wherein the Fitting weights each participant's tutorial hours.",
    "A programme according to claim 1 or claim 2, wherein the Panels are worked on Saturday Bench Days and between "
    "them on an online bench.",
    "A programme according to any preceding claim, wherein the Seat is carried out in the participant's own school.",
    "A programme according to any preceding claim, wherein Proof 4 is heard by a panel including a headteacher and "
    "a parent representative.",
    "A programme according to any preceding claim, validated for 60 credits at masters level.",
]
for i, c in enumerate(claims, 1):
    para(doc, f"{i}. {c}")

doc.save(str(OUT))
print(OUT.name, word_count(OUT), "words")
