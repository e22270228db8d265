"""ka-02-carrowmore-audiology-report: builds ka-02-carrowmore-audiology-report.docx next to itself.

Provider (invented): the Carrowmore Foundation for Deaf Children, a national deaf
children's charity, through its Education Service (which also runs the Foundation's
Family Audiology Clinic), with Eastbridge University, which validates the
"Carrowmore SENCO Award" (National Award for SEN Coordination). February 2009.

Document kind and layout: the application is written on the Foundation's own
paediatric AUDIOLOGICAL ASSESSMENT AND MANAGEMENT REPORT template, the form its
clinic sends to families and referrers: a letterhead table, a "Patient details"
field table whose labels stay as the template has them (Name, Date of birth,
Hospital/NHS No., Referred by, Consultant, Date of appointment), then the template's
section titles as bold Normal paragraphs: Reason for referral, History, Otoscopy,
Tympanometry, Pure tone audiometry, Speech perception testing, Hearing aid review,
Impression, Management plan (typed numbered list), Onward referral, Review, cc list
and a signature block. The template's grey bracketed prompts are left in ("[Record
BKB sentence scores ...]", "[Make, model, serial no. ...]"). No heading styles.
House vocabulary: participants are "Clients"; study days are "Clinic Days" CD1-CD7;
tutors are "Clinicians"; school mentors are "Keyworkers"; entry screening is
"Otoscopy"; the pre-course needs assessment is "Tympanometry"; the four assessed
pieces are "Tests" T1-T4 (Case History, Pure Tone, Aided Verification, Speech in
Noise); completing is "discharge". The outcomes are an "Outcome Audiogram" table
(merged group rows, shaded) whose "Response" column uses audiogram-style codes, with
the key ONLY in a VML text box beside it: "O (Tn)" aided response, taught and
assessed in Test n; "U" unaided only, presented at a Clinic Day and not tested;
"NR" no response, not presented. Header and footer. Tracked changes: "45" deleted
and "60" inserted in the credit statement; in the S2d row "O (T1)" deleted and "U"
inserted. Two Word comments.

Traps (requirement ids):
- "U" cells (unaided only = taught, not assessed): 6.A2, 6.A6, 6.K7, 6.S2c, 6.S5, 6.S7
  (partially_met); 6.S2d becomes "U" by a tracked change (deleted "O (T1)" does not
  count): partially_met. "NR": 6.K3 (not_met). The key is only in the text box.
- 1.9: several outcomes are presented but not tested (partially_met).
- 1.4: SEN law and policy are taught (CD1, T2) but disability equality law is "NR":
  partially_met.
- 1.5: pupils' views only heard from the Foundation's Youth Panel on CD4; consulting
  skills are not developed and S7 is "U" (partially_met).
- E.2: 60 credits only by a tracked insertion replacing a deleted "45" (met).
- 2.1: APL for prior Master's-level credit only; "prior experience is not credited"
  (partially_met).
- 2.2: Tympanometry (the needs assessment) is done but its results are kept on file
  to show progress at discharge, not used to set an individual plan or personalised
  outcomes (partially_met).
- 2.3: assessment-only route is another university's (Harcastle), to which Clients
  are referred (other provider's arrangement): not_met.
- 2.5: "does not hold an exit review or set targets beyond the course" (negation):
  not_met.
- 3.2: one intake, face to face only, a repeat Thursday for each Clinic Day
  (partially_met).
- 3.3: "There is no online element"; the only online route mentioned is Eastbridge
  University's own PGCert in Inclusion (another course): not_applicable.
- 4.3: stakeholder evaluation group only "being considered"; a comment says heads
  will sit on it: not_met.
- 5.3: candidates' CRB "[to be confirmed with the University's admissions office]"
  placeholder; a comment says all are checked; the footer says "All Clients are
  CRB-checked" (footers and comments do not count): not_met.
- 5.5: specialist expertise is available, but "Placements are not part of the
  course"; placements at a school for the deaf belonged to the 2006-08 unaccredited
  course (past arrangement): partially_met.
- 5.9: confidence ratings before and after, no pupil impact (partially_met).
- 6.0: compensation: a Client may be discharged with the Award on an overall 50%, a
  weak Test carried by stronger ones (not_met).
- Template prompts in brackets are never evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ka_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
AU, DT = "S. Okonjo", "2009-02-03T11:20:00Z"
AU2, DT2 = "P. Venning", "2009-02-05T09:05:00Z"

d = new_doc("Calibri", 10.5)
header_footer(d, "CARROWMORE FOUNDATION FOR DEAF CHILDREN  \u2013  FAMILY AUDIOLOGY CLINIC  \u2013  AUDIOLOGICAL ASSESSMENT AND MANAGEMENT REPORT",
              "This report has been shared with the family and the referrer. All Clients are CRB-checked. Form AUD-3 (rev. 2007)")
GREY = "808080"

def T(t):
    p = para(d, t, bold=True, size=11, color="2E4057")
    p.paragraph_format.space_before = Pt(9)
    return p

def prompt(t):
    return para(d, t, italic=True, color=GREY, size=9)

t = table(d, [
    ["CARROWMORE FOUNDATION FOR DEAF CHILDREN", "Family Audiology Clinic"],
    ["Education Service, Carrowmore House, 41 Penfold Street, London N7", "Tel 020 7946 0418   Textphone 020 7946 0419"],
], widths=[10.5, 6.0], header_fill="2E4057")
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
para(d, "")
para(d, "AUDIOLOGICAL ASSESSMENT AND MANAGEMENT REPORT", bold=True, size=15, align="center")
para(d, "Application to the Training and Development Agency for Schools for approval to provide nationally accredited SENCO training", italic=True, align="center")

T("PATIENT DETAILS")
table(d, [
    ["Field", "Entry"],
    ["Name", "The Carrowmore SENCO Award (National Award for SEN Coordination)"],
    ["Date of birth", "First cohort: 15 September 2009"],
    ["Hospital / NHS No.", "Eastbridge University programme code PGC-SENCO-CF"],
    ["Referred by", "Training and Development Agency for Schools, call for applications, 2008-09"],
    ["Consultant", "Dr Priya Venning, Head of Education Services (programme leader)"],
    ["Date of appointment", "[dd/mm/yyyy]"],
], widths=[4.5, 12.0], header_fill="D9E2F3")

T("REASON FOR REFERRAL")
prompt("[State the reason for referral and the question the referrer has asked.]")
para(d, "The Foundation asks the TDA to approve the Carrowmore SENCO Award, which we will run with Eastbridge University from September 2009. We have written this application on our clinic's report form because it is the form our Education Service uses every day with families and schools, and because the course was designed by the same people who write these reports: teachers of the deaf, educational audiologists and the staff who support families.")
p = para(d, "The Award is validated by Eastbridge University's Faculty of Education, which approved it at a validation event on 21 January 2009. It is a Postgraduate Certificate of ")
dele(p, "45", AU, DT)
ins(p, "60", AU, DT)
run(p, " credits at Master's level (Level 7).")
para(d, "The Award's purpose is to improve the achievement and well-being of children and young people with SEN and disabilities, deaf pupils among them, in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each of the Award's four Tests asks the Client to show what difference his or her work has made to pupils' learning and well-being, not only to their attainment.")

T("HISTORY")
prompt("[Include birth history, family history of deafness, developmental milestones and previous audiological results.]")
para(d, "Previous results. From 2006 to 2008 the Foundation ran an unaccredited course, \u201cHearing in Schools\u201d, for 48 mainstream SENCOs and teachers. Candidates then spent a week's placement at the Foundation's partner school for the deaf in Hackney, and each Clinic Day was repeated in Manchester. The new Award keeps the course's practical, school-based approach but not its placement week or its Manchester days.")
para(d, "Family history. Eastbridge University's own PGCert in Inclusion, which is taught by the Faculty on its own, offers an online route through the University's virtual learning environment. That is a different course and the Award does not use it.")
para(d, "Developmental milestones. The Award was planned from the results of our 2008 needs survey. We asked 163 SENCOs in the eight local authorities where our Education Service works, the heads of their sensory support services and 90 parents from our family network what a new SENCO most needed. SENCOs asked for help with provision mapping, with deploying teaching assistants and with getting advice from outside agencies; heads of service asked that SENCOs understand audiological and other specialist reports; parents asked that SENCOs talk to them before, not after, decisions about their child. Ofsted's 2006 report Inclusion: does it matter where pupils are taught? and the Bercow Review's interim report (2008) pointed the same way.")
para(d, "What changed because of it. The survey's findings are why CD4 is given wholly to working with families and agencies, why the Case History Test requires the Client to use at least two other professionals' reports, and why the Aided Verification Test is built round a provision map. A reference group of three SENCOs, two parents and a head of sensory support read the draft course in autumn 2008; at their request we moved the law day to the start of the year and added a second tutorial.")

T("OTOSCOPY")
prompt("[Describe the appearance of the ear canal and tympanic membrane, left and right.]")
para(d, "Otoscopy is our name for entry screening. To be accepted, a Client must hold QTS, be the SENCO of a school or be designated to take up the role within the year, and have the written agreement of the headteacher to release him or her for the seven Clinic Days and to act on the Aided Verification project. Each applicant has a 30-minute screening conversation with a Clinician, which checks his or her experience of the school's SEN procedures against the Award's entry profile. An applicant who is not yet ready is given a written note of what to do first (usually the Foundation's two-day Introduction to SEN and a term working alongside an experienced SENCO), and the Clinician speaks to the head about entry the following year.")
p = para(d, "Enhanced CRB disclosure: [to be confirmed with the University's admissions office]")
d.add_comment(p.runs[0], text="We do check every Client's CRB at the screening conversation \u2013 say so?", author="S. Okonjo", initials="SO")

T("TYMPANOMETRY")
prompt("[Record middle ear pressure (daPa) and compliance (ml), left and right.]")
para(d, "Tympanometry is our name for the needs assessment at the start of the course. Before CD1 each Client rates himself or herself against every line of the Outcome Audiogram below and writes a short account of his or her school's SEN provision. The Tympanometry results are kept on the Client's file and returned at discharge to show the progress made.")
para(d, "The course is tailored in other ways. Clients choose one of two pathways, Early Years and Primary or Secondary and Further Education, which have separate afternoon workshops on each Clinic Day and pathway readings. Each Client chooses the pupil for the Case History Test and the focus of the Aided Verification project from his or her own school's priorities, agreed with the Keyworker. Clients who find academic writing hard have up to three extra writing tutorials. The fee is \u00a31,200, and the Foundation pays half the fee for schools with a deaf pupil on roll.")
para(d, "Clients who hold Master's-level credit from another university may bring up to 20 credits, which the University's APL board maps to the Pure Tone Test; prior experience is not credited.")

T("PURE TONE AUDIOMETRY")
prompt("[Attach audiogram. Record thresholds 250 Hz\u20138 kHz, air and bone conduction, masked where required.]")
para(d, "The Award's outcome audiogram follows. Each line is an outcome of the national specification in our words, with the Clinic Day where it is presented and the response recorded for it.")
text_box(d, [
    ("AUDIOGRAM KEY", True),
    ("O (Tn)  Aided response: the line is taught and is assessed in Test n.", False),
    ("U  Unaided only: the line is presented at a Clinic Day and discussed, but no Test assesses it.", False),
    ("NR  No response: the line is not presented in the Award.", False),
], height_pt=80, fill="FFF2CC")

rows = [["Line", "Outcome", "Clinic Day", "Response"]]
groups = [
    ("Attributes", [
        ("A1", "Fair, respectful, supportive relationships with pupils with SEN and their parents", "CD4", "O (T1)"),
        ("A2", "Winning the commitment of colleagues, the head and senior leaders", "CD5", "U"),
        ("A3", "Setting priorities, managing time, delegating", "CD5", "O (T3)"),
        ("A4", "Solving problems and making sound judgements about provision", "CD3", "O (T1)"),
        ("A5", "Clear speech and writing; listening to others' views", "CD5", "O (T4)"),
        ("A6", "Using research and outside advice to improve practice", "CD2", "U"),
        ("A7", "Keeping up to date; owning one's professional development", "CD7", "O (T4)"),
    ]),
    ("Knowledge", [
        ("K1", "SEN law, the SEN Code of Practice and how to apply them", "CD1", "O (T2)"),
        ("K2", "Every Child Matters and the SENCO's part in it", "CD1", "O (T2)"),
        ("K3", "Disability equality law and the actions it requires", "\u2013", "NR"),
        ("K4", "Child development, and how SEN, disability and environment affect it", "CD2", "O (T1)"),
        ("K5", "Common SEN and disabilities: BESD, SpLD including dyslexia, SLCN, ASD, MLD, and hearing loss", "CD2", "O (T1)"),
        ("K6", "Approaches, strategies and resources for assessment, teaching and learning, including ICT", "CD3", "O (T1)"),
        ("K7", "School self-evaluation and improvement for SEN", "CD6", "U"),
        ("K8", "Best practice and research in meeting SEN", "CD2", "O (T2)"),
        ("K9", "External agencies and how to obtain specialist support", "CD4", "O (T1)"),
    ]),
    ("Skills", [
        ("S1", "With senior staff and governors, shaping inclusive ethos, policy and resources", "CD5", "O (T3)"),
        ("S2", "Identifying pupils with SEN, setting targets, planning and reviewing interventions", "CD3", "O (T1)"),
        ("S2a", "Using other professionals' assessments in teaching", "CD4", "O (T1)"),
        ("S2b", "Using summative assessment and national tests to track progress", "CD3", "O (T3)"),
        ("S2c", "Encouraging colleagues' formative assessment for pupils with SEN", "CD6", "U"),
        ("S2d", "Access arrangements for national tests and examinations in good time", "CD3", None),
        ("S3", "Provision mapping; finding ineffective or missing provision", "CD5", "O (T3)"),
        ("S4", "Deploying and managing staff", "CD5", "O (T3)"),
        ("S5", "Colleagues' development: observation, coaching, mentoring, training", "CD6", "U"),
        ("S6", "Reviewing provision with staff to inform self-evaluation", "CD6", "O (T3)"),
        ("S7", "Pupils taking part in planning and reviewing their provision", "CD4", "U"),
        ("S8", "Liaising with parents and carers", "CD4", "O (T1)"),
        ("S9", "Partnership with other services and voluntary organisations", "CD4", "O (T1)"),
    ]),
]
merges, s2d_row = [], None
for g, items in groups:
    merges.append(len(rows))
    rows.append([g, None, None, None])
    for it in items:
        if it[0] == "S2d":
            s2d_row = len(rows)
        rows.append(list(it))
t = table(d, rows, widths=[1.3, 10.5, 2.2, 2.6], header_fill="D9E2F3")
for r in merges:
    merge(t, r, 0, r, 3, rows[r][0], fill="EDEDED", bold=True)
pc = t.cell(s2d_row, 3).paragraphs[0]
dele(pc, "O (T1)", AU2, DT2, size=9)
ins(pc, "U", AU2, DT2, size=9)
para(d, "")

T("SPEECH PERCEPTION TESTING")
prompt("[Record BKB sentence scores in quiet and in noise, aided and unaided.]")
para(d, "Clinic Days. The Award has seven Clinic Days, one a month from September to April, at Carrowmore House. Each Tuesday Clinic Day is repeated on the following Thursday for Clients who cannot attend the Tuesday. There is one intake each September, and the course is taught face to face only. There is no online element: the readings for each Clinic Day are posted to Clients two weeks before it, and Clients contact their Clinician by telephone, textphone or letter between Clinic Days.")
para(d, "Each Clinic Day runs from 9.30 to 4.00. The morning is a lecture and discussion for the whole group, led by the Clinician who teaches the day, often with a guest from the Foundation's specialist staff. After lunch Clients divide into their two pathways for workshops on the same theme in their own phase of education, and the day closes with case discussion in groups of five, where each Client brings a current problem from school and the group helps to work it through. Between Clinic Days each Client carries out the school tasks set at the end of the day, which build towards the Tests.")
for s in [
    "CD1 Law, policy and the SENCO: the Education Act 1996, the SEN Code of Practice 2001, the SENCO Regulations 2008, Every Child Matters and the SENCO's part in the five outcomes; national and local policy on SEN.",
    "CD2 How children develop: child development and the effect of SEN, disability and environment; the common types of SEN and disability, and hearing loss as a worked example; research on what works, including Brooks (2007) on literacy interventions and the Foundation's own studies of deaf pupils' outcomes; using outside advice.",
    "CD3 Identifying and planning: identification, assessment tools and strategies including ICT and assistive listening technology, target setting, interventions and reviews; tracking progress with summative data and national tests; access arrangements.",
    "CD4 Around the child: working with parents and carers, external agencies and voluntary organisations; using other professionals' reports; the Foundation's Youth Panel, where deaf young people tell Clients what they want from school.",
    "CD5 Leading provision: strategic work with the head and governors; provision mapping; deploying teaching assistants and communication support workers; managing time; winning colleagues' support; presenting to staff.",
    "CD6 Developing colleagues and evaluating provision: coaching, observation and feedback; helping colleagues use formative assessment; reviewing provision with staff; school self-evaluation.",
    "CD7 Discharge day: presentations of the Speech in Noise Test; keeping up to date in SEN and owning one's professional development.",
]:
    bullet(d, s, "\u2013")
t = table(d, [
    ["Term", "Clinic Day", "Tuesday", "Repeat (Thursday)"],
    ["Autumn 2009", "CD1", "22 September", "24 September"],
    [None, "CD2", "20 October", "22 October"],
    [None, "CD3", "24 November", "26 November"],
    ["Spring 2010", "CD4", "19 January", "21 January"],
    [None, "CD5", "23 February", "25 February"],
    [None, "CD6", "23 March", "25 March"],
    ["Summer 2010", "CD7", "27 April", "29 April"],
], widths=[3.5, 2.5, 5.0, 5.0], header_fill="D9E2F3")
merge(t, 1, 0, 3, 0, "Autumn 2009", fill="EDEDED")
merge(t, 4, 0, 6, 0, "Spring 2010", fill="EDEDED")
para(d, "")
para(d, "Tests. The Award is assessed by four Tests. T1 Case History is a 5,000-word case study of one pupil with SEN followed through identification, assessment (using at least two other professionals' reports), planning with the pupil's parents and outside agencies, intervention and review. T2 Pure Tone is a 3,000-word critical essay on SEN law, Every Child Matters and the research on meeting SEN, applied to the Client's school. T3 Aided Verification is a school-based project: the Client maps the school's provision, redeploys staff to meet needs found, tracks the effect with the school's data, reviews the provision with colleagues and reports to governors, over two terms. T4 Speech in Noise is a 20-minute presentation on CD7 with a 2,000-word reflective commentary on the Client's learning over the year and how he or she keeps up to date.")
table(d, [
    ["Test", "Form", "Credits", "Submitted", "Outcome lines assessed"],
    ["T1 Case History", "Case study, 5,000 words", "20", "End of February", "A1, A4, K4, K5, K6, K9, S2, S2a, S8, S9"],
    ["T2 Pure Tone", "Critical essay, 3,000 words", "10", "End of November", "K1, K2, K8"],
    ["T3 Aided Verification", "School-based project report, 5,000 words, with the provision map and governors' report as appendices", "20", "End of June", "A3, S1, S2b, S3, S4, S6"],
    ["T4 Speech in Noise", "Presentation (20 minutes) and reflective commentary, 2,000 words", "10", "CD7 and two weeks after", "A5, A7"],
], widths=[3.2, 5.0, 1.6, 2.8, 4.0], header_fill="D9E2F3")
para(d, "")
para(d, "The Award is designed so that what the Client does in school is the course: every Test is carried out in the Client's own school and is judged on the change it has made to provision and to pupils' progress and well-being there.")

T("HEARING AID REVIEW")
prompt("[Make, model, serial no. \u2013 delete if not applicable. Record any repairs, retubing or earmould changes.]")
para(d, "Resources. Clients may use the Foundation's education library at Carrowmore House and borrow by post from it; they have full use of Eastbridge University's library and electronic journals for the year. The Clinic Days use the Foundation's assessment kits, its assistive listening equipment (radio aids, soundfield and loop systems) and its demonstration classroom with classroom-acoustics measurement equipment, and each Client's school may borrow a soundfield system for a half term.")
para(d, "The demonstration classroom at Carrowmore House is fitted as a typical mainstream classroom, with a soundfield system and a sound level meter, so that Clients can hear for themselves what a deaf pupil hears from the back of a noisy room, and can try out the seating, lighting and teaching strategies that help. Clients use it on CD2 and CD3.")
para(d, "Access. The Foundation's access policy and Eastbridge University's disability policy apply to every Client. Every Clinic Day has a loop system, a BSL/English interpreter and live speech-to-text reporting; readings are sent in the format each Client asks for; Clients may present any Test in BSL on video in place of writing, and extra time is agreed through the University's disability service. Carrowmore House has step-free access throughout.")

T("IMPRESSION")
para(d, "Summary. The Award is a one-year, school-based Master's-level course for new SENCOs, taught by a team whose daily work is assessing deaf children's needs and advising the schools that teach them. Its strengths are its grounding in Clients' own schools, its use of specialist reports and its work with families and agencies. The course team's own view is that the Award is strongest where a Client's practice can be seen changing in school, and that is where most of its Tests sit.")
para(d, "The Clinicians who teach the Award:")
t = table(d, [
    ["Clinician", "Role", "Qualifications and experience"],
    ["Dr Priya Venning", "Programme leader; CD1, CD7", "EdD; mandatory qualification for teachers of the deaf; SENCO in two secondary schools for eleven years; Ofsted additional inspector until 2007"],
    ["Samuel Okonjo", "Clinician; CD3, CD5", "MA SEN; former primary SENCO and local authority SEN adviser; leads the Foundation's school advisory visits each week"],
    ["Ruth Ashdown", "Clinician; CD2, CD4", "MSc educational audiology; teacher of the deaf; still carries a caseload of deaf pupils in two local authorities"],
    ["Dr Ifor Glanville (Eastbridge University)", "Link tutor; CD6; second marker", "Senior Lecturer in Inclusive Education; external examiner for two other universities' SEN awards"],
], widths=[4.2, 4.2, 8.2], header_fill="D9E2F3")
para(d, "")
para(d, "Specialist expertise. The Foundation's paediatric audiologists, its speech and language therapist, its family support workers and the deaf young people of its Youth Panel teach parts of the Clinic Days. Placements are not part of the course.")
para(d, "Keyworkers. Each Client has a Keyworker, a senior colleague in the Client's school who meets the Client twice a term and signs the T3 project plan. Keyworkers attend a half-day Keyworker training session in September, which explains their role with worked examples, and receive the Keyworker Handbook. Clinicians have the Clinician Handbook and attend a briefing and marking standardisation day before the course starts.")
para(d, "Marking. Every Test is first-marked by a Clinician against the Award's published assessment criteria. Dr Glanville second-marks one Test in four and every fail, and the course team moderates each Test's marks before they go to Eastbridge University's examination board. The University appoints an external examiner, who sees a sample of every Test and reports to the board each year.")

T("COUNSELLING AND INFORMATION GIVEN")
prompt("[Record the information given to the family, leaflets supplied and the family's understanding.]")
para(d, "At enrolment each Client receives the Award Handbook, which sets out the Clinic Days, the four Tests and their assessment criteria, the rules for extensions and resubmission, and the University's appeals and complaints procedures. The Client's Keyworker receives the Keyworker Handbook and a copy of the Client's T3 project plan once it is agreed. Each Client has two individual tutorials with a Clinician, in November and in March, and may ask for up to three writing tutorials in addition. Clinicians return marked Tests with written feedback within four weeks.")
para(d, "Clients are told at enrolment that the Award is a Master's-level qualification and that its Tests are marked to the University's Level 7 criteria. The Handbook explains how a Client who is absent from a Clinic Day catches up: by attending the Thursday repeat or, where that is not possible, by a tutorial with the Clinician who taught the day and a written task set from its readings.")

T("MANAGEMENT PLAN")
for i, s in enumerate([
    "A Client who passes the four Tests is discharged with the Award.",
    "Tests are marked out of 100 and a Client may be discharged with the Award on an overall mark of 50%, a weak Test being carried by stronger ones.",
    "A Client who fails a Test may resubmit it once.",
    "The course team meets after each Clinic Day to review the day, and each term to analyse Test marks by outcome line. Clinicians observe one another's sessions each term. The external examiner's report and Eastbridge University's annual programme review are discussed each summer, and the changes made are recorded in the Clinic Improvement Log and reported to the University.",
    "Clients re-rate themselves against every line of the Outcome Audiogram at discharge, and the course team compares the ratings with those from Tympanometry to see how their confidence and competence have grown.",
], 1):
    para(d, f"{i}.  {s}")
p = para(d, "A stakeholder evaluation group is being considered for the second cohort.")
d.add_comment(p.runs[0], text="Heads and parents from the reference group will sit on it.", author="P. Venning", initials="PV")

T("ONWARD REFERRAL")
prompt("[Name the service referred to and the reason for referral.]")
para(d, "Clients who seek an assessment-only route are referred to the University of Harcastle, which offers one for its own SENCO award.")
para(d, "The Foundation does not hold an exit review or set targets beyond the course.")

T("REVIEW")
prompt("[Give the date of the next appointment and the tests to be done.]")
para(d, "The Award will be reviewed by the course team and Eastbridge University at the end of the first cohort, in July 2010, and the report of that review will be sent to the TDA.")

para(d, "")
para(d, "cc:  Training and Development Agency for Schools; Eastbridge University, Faculty of Education; Keyworkers (on enrolment); file", size=9)
para(d, "")
para(d, "Signed: ____________________   Dr Priya Venning, Head of Education Services", size=9)
para(d, "Date:  [dd/mm/yyyy]", size=9, color=GREY)

d.save(OUT)
print("wrote", OUT)
