"""jr-02-ravensmere-group-direction: build jr-02-ravensmere-group-direction.docx next to this script.

Provider (invented): Ravensmere Children's Hospital School and the Paediatric
Psychology Service of Northcliffe University Hospitals NHS Trust, with Northcliffe
Metropolitan University validating.  Application for approval to run the National
Award for SEN Coordination from September 2009.

Document kind and layout: the course written on the Trust's Patient Group Direction
(PGD) template, as if the Award were a medicine "supplied" to a defined group
("teachers newly appointed as SENCOs") under a signed direction.  No heading
styles: section titles are bold capitalised Normal paragraphs with typed numbers
("SECTION 4 - CRITERIA FOR INCLUSION") that collide with requirement ids.  The
template's grey italic guidance prompts are left in ("[Guidance: ...]").  A
document-control table with merged cells, a "Description of treatment" table with
fixed rows (Name of medicine, Legal status, Dose and frequency, Route, Quantity,
Off-label use, Follow-up, Records), the course's own vocabulary: "Doses" (study
days), "Home Doses" (school-based tasks), "Outcome Checks" (OC1-OC3, the marked
work), "Named Practitioners" (mentors), the "Screening Questionnaire", the
"Confirmation Review", the "Continuing Care Plan", the "PGD Review Group".  An
Appendix B "Clinical Outcomes Table" ("Given at | Confirmed by") with merged group
rows and "Observed only" cells.  An individual practitioner authorisation sheet
with blank signature rows.  Placeholders ("[TBC ...]").  Header and footer.
Tracked changes: an assessment-only sentence deleted; the CRB certificate check
inserted.  Two Word comments.

Traps (requirement ids):
- E.2 60 credits but 20 of them at Level 6 ("Home Doses module (20 credits) at
  Level 6"); a comment hoping for Level 7 is not evidence: partial.
- 1.1 aims are attainment only ("reading, writing and mathematics"): partial.
- 1.7 family work "is led in the hospital by the Family Liaison Nurses and is outside
  this Direction"; participants only observe (someone else's responsibility): partial.
- 1.9 outcomes excluded, planned or "Observed only": partial.
- 2.2 the Screening Questionnaire only checks eligibility; no individual plan; 2.4
  "All participants follow the same schedule of Doses" (cost-effective, not
  tailored): partial.
- 2.3 direct assessment "is not covered by this Direction"; a separate direction is
  "under discussion"; the sentence offering it is a tracked deletion: not_met.
- 3.1 only the Trust's general policy; adjustments left to the employer: partial.
- 3.3 online Doses with tutor feedback but "There are no discussion forums": partial.
- 4.1 / 4.2 needs "well known to the hospital school", the draft "circulated ... for
  comment", no evidence or detail of influence: partial.
- 4.3 LA advisers and a parent representative on the PGD Review Group that evaluates,
  LA Area SENCOs as Named Practitioners: met.
- 5.3 met only through the tracked insertion that the administrator "has seen the
  original disclosure certificate".
- 5.6 library access but specialist technology a placeholder "[TBC]": partial.
- 5.8 first marking by the Programme Lead and a "sample of OC3" second marked; no
  moderation: partial.
- 6.0 met: the award needs every national minimum outcome confirmed.
- 6.* Appendix B: "Observed only" rows (6.A2, 6.S2c, 6.S8) developed but not
  marked: partial.  6.S1 "Excluded (the
  headteacher's responsibility)", 6.S3 "Not included", 6.S6 planned for the 2010
  revision, 6.S2d missing: not_met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _jr_helpers import (new_doc, para, runin, run, table, cell_text, shade, tracked,
                         inserted_paragraph, deleted_paragraph, header_footer, comment, merge_row)

HERE = Path(__file__).resolve().parent
NAME = "jr-02-ravensmere-group-direction"
PL = "R. Ansari (Programme Lead)"
PH = "Medicines Governance Pharmacist"
GREY = "808080"

d = new_doc("Calibri", 10.5)
header_footer(d, "Northcliffe University Hospitals NHS Trust   |   Patient Group Direction EDU/03   |   Version 0.9 DRAFT",
              "Check the intranet for the current version of this PGD. Uncontrolled when printed. Page ref EDU/03.")


def title(text):
    return para(d, text, bold=True, size=11)


def guidance(text):
    return para(d, "[Guidance: " + text + "]", italic=True, colour=GREY, size=9)


para(d, "NORTHCLIFFE UNIVERSITY HOSPITALS NHS TRUST", bold=True, size=14, align="center")
para(d, "PATIENT GROUP DIRECTION (PGD)", bold=True, size=13, align="center")
para(d, "for the supply of the National Award for SEN Coordination (\u201cthe Award\u201d) by Ravensmere Children's "
        "Hospital School and the Paediatric Psychology Service to teachers newly appointed as SENCOs",
     align="center")
para(d, "Sent to the Training and Development Agency for Schools as the Trust's application for approval to run the "
        "Award from September 2009. A covering note from the Programme Lead follows the document control table.",
     italic=True, align="center")

dc = table(d, [
    ["PGD reference", "EDU/03", "Version", "0.9 (draft for approval)"],
    ["Developed by", "Ravensmere Children's Hospital School; Paediatric Psychology Service; Northcliffe "
                     "Metropolitan University, Faculty of Education", None, None],
    ["Approved by", "Medicines Management and Non-Medicinal Directions Committee (subject to TDA approval)", None, None],
    ["Valid from", "1 September 2009", "Review date", "31 August 2011"],
    ["Lead author", "Dr Rukhsana Ansari, Consultant Clinical Psychologist and Programme Lead", None, None],
], bold_first_row=False, size=9)
for r in (1, 2, 4):
    merge_row(dc, r, 1, 3, dc.cell(r, 1).text, bold=False)
for r in range(5):
    shade(dc.cell(r, 0), "D9D9D9")

para(d, "")
para(d, "Covering note. The Trust writes every direction for a defined group of people on this template, and the "
        "hospital school and the psychology service have used it for their training since 2005. We have kept it "
        "for the Award because our staff, the Trust's governance committees and our partner schools know how to "
        "read it. In this direction the medicine is the Award. The Doses are the eight taught days, the Home "
        "Doses are the three pieces of work done in the participant's own school, the Outcome Checks (OC1 to OC3) "
        "are the assessed work, and the Named Practitioner is each participant's mentor. The template's own "
        "guidance notes have been left in, as the Committee requires.", italic=False)

# ---------------------------------------------------------------- section 1
title("SECTION 1 \u2013 CLINICAL CONDITION OR SITUATION TO WHICH THIS DIRECTION APPLIES")
guidance("State the condition or situation, and the aim of supplying the medicine.")
para(d, "Teachers in schools in Northcliffe and Aldbeck who have taken on, or will take on within the school year, "
        "the role of special educational needs coordinator (SENCO), including teachers in the Trust's own hospital "
        "school and in special schools. The aim of the Award is to raise the attainment of pupils with SEN and/or "
        "disabilities, measured in reading, writing and mathematics, by making the participant an effective lead "
        "for SEN coordination in the school. The Award is validated by Northcliffe Metropolitan University, which "
        "confers it on successful participants as the Postgraduate Certificate in SEN Coordination (National "
        "Award).")

# ---------------------------------------------------------------- section 2
title("SECTION 2 \u2013 CRITERIA FOR INCLUSION")
guidance("List the criteria a person must meet before the medicine may be supplied under this direction.")
for line in [
    "2.1 Holds Qualified Teacher Status and is employed as a teacher in a school.",
    "2.2 Is the school's SENCO, or has been appointed to the role from a date within the school year.",
    "2.3 Has a supporting statement from the headteacher confirming release for eight Doses, a placement day "
    "and the Home Doses, and confirming that the school will pay the fee or has a local authority place.",
    "2.4 Has completed the Screening Questionnaire and attended a screening interview with the Programme Lead or "
    "a Named Practitioner, at which the applicant's answers are tested against evidence from their practice to "
    "make sure they have the knowledge, understanding and skills to benefit from the Award and to reach all the "
    "outcomes by the end of it.",
]:
    para(d, line)
p = para(d, "2.5 Holds a current enhanced CRB disclosure, and has not been barred from work with children (List 99 "
            "and the Protection of Children Act list are checked by the Trust's HR department with the employer's "
            "reference)")
tracked(p, ", and the Programme Administrator has seen the original disclosure certificate before the first Dose. "
           "Applicants who have not worked with children in a school in the last three months apply for a new "
           "disclosure through the Trust before they start", "ins", PL, "2009-01-19T11:05:00Z")
run(p, ".")

# ---------------------------------------------------------------- section 3
title("SECTION 3 \u2013 CRITERIA FOR EXCLUSION")
guidance("List the circumstances in which the medicine must not be supplied under this direction.")
para(d, "3.1 Teachers who are not, and will not become within the year, SENCOs.")
para(d, "3.2 Applicants whose screening interview shows that they are not yet likely to reach the outcomes within "
        "the year.")
para(d, "3.3 Direct assessment without the course. Assessment without attending the Doses is not covered by this "
        "Direction. A separate direction for experienced SENCOs is under discussion with the University.")
deleted_paragraph(d, "3.4 Direct assessment without attending the Doses is available to experienced SENCOs from "
                     "SEN support services, at a fee of \u00a3500.", PL, "2009-01-12T16:40:00Z")

# ---------------------------------------------------------------- section 4
title("SECTION 4 \u2013 ACTION IF EXCLUDED")
guidance("Say what happens to a person who is excluded, and who must be told.")
para(d, "An applicant excluded under 3.2 is seen again by the Programme Lead, who writes down what they should do "
        "first to reach the entry level (for example the local authority's new SENCO induction days, a term's "
        "shadowing of an experienced SENCO, or named reading) and sends a copy to the headteacher, with whom the "
        "Programme Lead discusses the plan by telephone. The applicant may reapply for the next start point. The "
        "exclusion and the advice are recorded on the applicant's screening record.")

# ---------------------------------------------------------------- section 5
title("SECTION 5 \u2013 ACTION IF THE PERSON DECLINES")
guidance("Record the decision and any advice given.")
para(d, "A participant who withdraws may keep credit for any module passed and return within three years. The "
        "Programme Administrator records the reason for withdrawal, which the PGD Review Group reads each term.")

# ---------------------------------------------------------------- section 6
title("SECTION 6 \u2013 DESCRIPTION OF TREATMENT")
guidance("Complete every row. Where a row does not apply, write N/A.")
rx = table(d, [
    ["Name of medicine", "The National Award for SEN Coordination (Ravensmere/Northcliffe Metropolitan University)."],
    ["Legal status", "Validated award of Northcliffe Metropolitan University."],
    ["Quantity to be supplied", None],
    ["Dose and frequency", "Eight Doses (taught days, 9.30 to 3.30) over one school year, roughly one every five "
     "weeks, held in the Education Suite of Ravensmere Children's Hospital; three Home Doses in the participant's "
     "school; one placement day; six visits by the Named Practitioner."],
    ["Route / method", "Face to face. Doses 2 and 5 may instead be taken online through the University's Moodle site, "
     "which holds the same presentations, readings and a short task for each Dose; tutors give written feedback on "
     "each online task within a week. There are no discussion forums. Between Doses participants may contact their "
     "Named Practitioner by appointment."],
    ["Start points", "Two start points each year, in September and February. Doses 3 to 6 may be taken in any order, "
     "and a participant may spread the Award over two years with the headteacher's agreement."],
    ["Off-label use", "Accreditation of prior learning. Under the University's recognition of prior learning "
     "regulations a participant may claim up to 30 credits, either for earlier certificated study at Level 7 or for "
     "prior experiential learning, by a portfolio mapped to the outcomes in Appendix B, which the Programme Lead "
     "assesses and the University's RPL panel confirms."],
    ["Cost", "\u00a31,400 per participant. Northcliffe and Aldbeck each fund ten places a year. All participants "
     "follow the same schedule of Doses, which keeps the cost per place low."],
    ["Follow-up", "Six Named Practitioner visits in school; the Confirmation Review at Dose 8."],
    ["Records", "Screening record, attendance, Named Practitioner visit notes, Outcome Check marks and the Appendix B "
     "outcome record for each participant, kept by the Programme Administrator for six years."],
], bold_first_row=False, size=9)
for r in range(len(rx.rows)):
    shade(rx.cell(r, 0), "D9D9D9")
qcell = rx.cell(2, 1)
qp = qcell.paragraphs[0]
r_q = run(qp, "60 credits: Doses 1 to 7 and the Outcome Checks OC1 and OC3 as a 40-credit module at Level 7; "
              "the Home Doses module (20 credits) at Level 6.")
comment(d, [r_q], "University has asked whether the Home Doses module could also be at Level 7. Not agreed yet.",
        PH, "MG")
para(d, "")

# ---------------------------------------------------------------- section 7
title("SECTION 7 \u2013 SCHEDULE OF DOSES")
guidance("Describe each administration, with its content.")
doses = [
    ("Dose 1 \u2013 The SENCO role.",
     "What a SENCO does and leads; identifying pupils who may have SEN from observation, data and assessment; "
     "setting challenging targets, planning interventions and reviewing progress; using summative assessment and "
     "national test results to track progress and change programmes; prioritising, managing time and delegating. "
     "Participants start a time log for OC1."),
    ("Dose 2 \u2013 Law, policy and Every Child Matters.",
     "The Education Act 1996 and the SEN Code of Practice (2001); the Special Educational Needs and Disability Act "
     "2001; the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and schools' "
     "accessibility plans; Every Child Matters, the Children Act 2004 and the SENCO's part in the five outcomes; "
     "Removing Barriers to Achievement and the 2008 SENCO regulations."),
    ("Dose 3 \u2013 Development and needs.",
     "How children develop and how illness, long absence, SEN and disability and the learning environment affect "
     "development, taught by the psychology service; behavioural, emotional and social difficulties, specific "
     "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum "
     "disorders and moderate learning difficulties; reading reports from psychologists, therapists and "
     "paediatricians and turning them into teaching plans."),
    ("Dose 4 \u2013 Hearing the child.",
     "Consulting children and young people about the issues that affect them: Talking Mats, drawing and scaling "
     "techniques, In My Shoes, running a pupil review meeting in which the pupil helps plan and review their own "
     "provision. Participants practise with the hospital school's Young Voices group, who give feedback on each "
     "participant's questions. Building fair and respectful relationships with pupils."),
    ("Dose 5 \u2013 Teaching, assessment and technology.",
     "Approaches, strategies and resources for assessing, planning and teaching pupils with SEN, including ICT and "
     "assistive technology; helping other teachers develop formative assessment with approaches for pupils with "
     "SEN; the hospital school's own teaching for pupils on the wards."),
    ("Dose 6 \u2013 Colleagues and agencies.",
     "Deploying and managing teaching assistants; coaching, modelling and giving feedback after observation; "
     "the Common Assessment Framework, the team around the child, health, social care and voluntary "
     "organisations; winning the support of the headteacher and senior staff."),
    ("Dose 7 \u2013 Evidence and improvement.",
     "Using research and outside advice to improve practice; school self-evaluation and the SEN part of the SEF; "
     "planning one's own continuing professional development. Participants present a short account of a piece of "
     "research to the group."),
    ("Dose 8 \u2013 Confirmation Review.",
     "The OC3 viva and the Confirmation Review (Section 8)."),
]
for lab, txt in doses:
    runin(d, lab, txt)
runin(d, "Placement day.",
      "Each participant spends a day in the Ravensmere hospital school and in Fairholme Special School, with the "
      "specialist teachers, the speech and language therapists and the community paediatric team, and takes part "
      "in a multi-agency planning meeting.")
runin(d, "Families.",
      "Work with families is led in the hospital by the Family Liaison Nurses and is outside this Direction. "
      "Participants observe one family meeting at the hospital school during their placement day.")
runin(d, "Home Doses.",
      "HD1: with a target group of pupils, take baseline measures, plan and run an intervention for at least eight "
      "weeks and measure progress again (reported in OC1). HD2: consult three pupils with SEN about their provision "
      "and change one thing as a result (OC2). HD3: observe, coach and give feedback to a colleague teaching a "
      "pupil with SEN, over half a term (OC3). Each Home Doses task is agreed in advance with the headteacher and "
      "is designed to change practice in the school.")
runin(d, "Outcome Checks.",
      "OC1: a 4,000-word case study of HD1 with the time log. OC2: a 3,000-word report of HD2 and of the needs of "
      "one of the pupils. OC3: a portfolio of evidence for every outcome in Appendix B, with the HD3 account, "
      "examined in a 30-minute viva at Dose 8. Outcome Checks are marked by the Programme Lead. A sample of OC3 is "
      "second marked by a University tutor.")

# ---------------------------------------------------------------- section 8
title("SECTION 8 \u2013 FOLLOW-UP AND ADVICE TO THE PERSON")
guidance("State what follow-up is required and what advice is given.")
para(d, "The Award is given only when the Programme Lead and the Named Practitioner have confirmed, at the "
        "Confirmation Review, that the participant has shown every one of the national minimum outcomes, using "
        "the marked Outcome Checks and the OC3 portfolio. A participant who has not shown an outcome is given a "
        "further Home Dose and a second Confirmation Review within six months.")
para(d, "At the Confirmation Review every participant also writes a Continuing Care Plan: two or three "
        "professional targets for the next year, the support they will need and further study they might take, "
        "drafted with the Named Practitioner and then agreed with the headteacher at a meeting the Named "
        "Practitioner attends.")

# ---------------------------------------------------------------- section 9
title("SECTION 9 \u2013 CHARACTERISTICS OF STAFF AUTHORISED UNDER THIS DIRECTION")
guidance("Qualifications required; additional requirements; continued training requirements.")
table(d, [
    ["Qualifications required", "Tutors: a higher degree in education, psychology or a related field, and at least "
     "five years' recent work with children with SEN and/or disabilities. Named Practitioners: experience as a "
     "SENCO, specialist teacher, educational or clinical psychologist, or Area SENCO, and an enhanced CRB "
     "disclosure."],
    ["Current staff", "Dr Rukhsana Ansari, Consultant Clinical Psychologist (DClinPsy, Programme Lead); Mark "
     "Tennant, Headteacher of Ravensmere Hospital School (MA SEN, former SENCO, 14 years in special and hospital "
     "education); Grace Oduya, Specialist Teacher, SpLD (AMBDA, MEd); Dr Colin Reece, Clinical Psychologist "
     "(paediatric neuropsychology); Dr Frances Lowe, Principal Lecturer in Inclusion, Northcliffe Metropolitan "
     "University; Area SENCOs of Northcliffe and Aldbeck as Named Practitioners."],
    ["Additional requirements", "Every tutor and Named Practitioner attends a training day before first working on "
     "the Award, covering the outcomes, the Outcome Checks, the Named Practitioner's role and visit schedule, "
     "and how to raise a concern about a participant, and receives the Named Practitioner Guide, which sets out "
     "these roles in writing. Each then signs the authorisation sheet (Appendix A)."],
    ["Continued training", "A half-day update each year on changes to the Award and to SEN law and policy; the "
     "Trust's clinical supervision for psychologists; the University's staff development programme; at least two "
     "days a year of specialist CPD in SEN and disability, recorded in annual appraisal."],
], bold_first_row=False, size=9)
para(d, "")

# ---------------------------------------------------------------- section 10
title("SECTION 10 \u2013 AUDIT AND MONITORING OF THIS DIRECTION")
guidance("Describe how use of the direction will be audited and how the results will be acted on.")
para(d, "The PGD Review Group meets each term: the Programme Lead, the hospital school headteacher, a University "
        "tutor, the SEN advisers of Northcliffe and Aldbeck, a parent representative from the Northcliffe Parent "
        "Partnership, and a participant from each cohort. It reads evaluation forms completed after every Dose, "
        "Named Practitioner visit notes, marks and withdrawals, and the end-of-year questionnaire sent to every "
        "headteacher. Its decisions are minuted and carried into an action plan; changes to the Award are made "
        "at the yearly revision of this Direction.")
para(d, "Externally, the Trust's clinical audit department audits the Direction against its own standards every "
        "two years, the University's annual monitoring and five-yearly review apply to the Award, and the two "
        "local authorities report to the Review Group on what schools tell them about the Award.")
para(d, "Impact. Participants rate their confidence against each outcome at screening and at the Confirmation "
        "Review. The baseline and end measures from every participant's HD1 target group are collected on a "
        "common sheet, and each year the Review Group reports the progress of these pupils in reading, writing, "
        "mathematics and attendance across the cohort, alongside headteachers' questionnaire answers on changes in "
        "the school's practice.")
para(d, "Stakeholders. The programme reflects the needs of local schools and the two local authorities, which are "
        "well known to the hospital school through its outreach work. The draft Direction was circulated to the "
        "SEN teams of both authorities for comment.")
para(d, "Equality. The Trust's Equality and Diversity Policy (HR/22) applies to everyone taking part in the "
        "programme. Participants with a disability should discuss any adjustments they need with their own "
        "employer.")
para(d, "Resources. Participants are registered students of the University and use its library and electronic "
        "journals. Specialist technology for the Doses: [TBC \u2013 awaiting ICT department].")

title("SECTION 10A \u2013 IDENTIFICATION AND MANAGEMENT OF ADVERSE REACTIONS")
guidance("Describe the reactions that may occur and what the practitioner must do.")
para(d, "The adverse reactions we have met in the hospital school's earlier training are falling behind with the "
        "Home Doses when a school is short of staff, difficulty getting release for the Doses, and loss of "
        "confidence after a first Outcome Check is returned for more work. The Named Practitioner who notices any "
        "of these records it on the visit note and agrees a recovery plan with the participant: a revised date for "
        "the Home Dose, a telephone tutorial with the Programme Lead, or a three-way call with the headteacher about "
        "release. Where a participant falls more than a term behind, the Programme Lead meets them and the "
        "headteacher in school. A participant may suspend study for up to a year under the University's "
        "regulations.")
para(d, "Reporting procedure. Complaints go first to the Programme Lead and, if not settled, through the "
        "University's student complaints procedure. Each complaint, suspension and withdrawal is reported to the "
        "next meeting of the PGD Review Group.")
title("SECTION 10B \u2013 WRITTEN INFORMATION TO BE GIVEN")
guidance("List the leaflets or other written information the person receives.")
para(d, "Before the first Dose each participant receives the Participant Handbook, which sets out the Doses and "
        "their dates, the Home Doses and the Outcome Checks with their marking criteria, the role of the Named "
        "Practitioner, the University's regulations, and how to contact the Programme Administrator. Headteachers "
        "receive a shorter Headteacher's Guide explaining the time the school has agreed to release and what the "
        "Named Practitioner will ask of the school at the first and last visits. Both are reissued at each "
        "revision of this Direction.")

# ---------------------------------------------------------------- section 11
title("SECTION 11 \u2013 REFERENCES")
guidance("List the evidence on which the direction is based. Review at each revision.")
for ref in [
    "Department for Education and Skills (2001) Special Educational Needs Code of Practice.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught?",
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people with speech, "
    "language and communication needs.",
    "DCSF (2008) The Education (Special Educational Needs Coordinators) (England) Regulations 2008.",
    "Ansari, R. and Reece, C. (2007) Returning to school after acquired brain injury: a survey of 60 families. "
    "Northcliffe Paediatric Psychology Service.",
]:
    para(d, "\u2022 " + ref)
para(d, "The reading for each Dose is drawn from these and renewed at each revision by the Programme Lead, who also "
        "adds the research and inspection reports published in the year.")

# ---------------------------------------------------------------- appendix A
title("APPENDIX A \u2013 INDIVIDUAL PRACTITIONER AUTHORISATION")
guidance("Each practitioner working under this direction signs below.")
para(d, "I have read and understood this Patient Group Direction and agree to supply the Award only in accordance "
        "with it.")
table(d, [["Name", "Role", "Signature", "Date"], ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]], size=9)
para(d, "")

# ---------------------------------------------------------------- appendix B
title("APPENDIX B \u2013 CLINICAL OUTCOMES TABLE")
p = para(d, "Given at: the Dose, Home Dose (HD) or placement where the outcome is taught or practised. Confirmed by: "
            "the Outcome Check (OC) that marks it. Observed only: the Named Practitioner sees the outcome in school "
            "and notes it; it is not marked.", italic=True)
comment(d, [p.runs[0]], "Should Observed only count at the Confirmation Review? RA to check with the University.",
        PH, "MG")
rows = [["Outcome", "Given at", "Confirmed by"],
        ["PROFESSIONAL ATTRIBUTES", None, None],
        ["A1 Fair, respectful relationships with pupils and families", "Dose 4, HD2", "OC2"],
        ["A2 Commitment of colleagues, the head and senior leaders", "Dose 6", "Observed only"],
        ["A3 Prioritising, managing time, delegating", "Dose 1", "OC1 (time log)"],
        ["A4 Resolving problems and sound judgement on provision", "Dose 3, HD1", "OC1"],
        ["A5 Clear speech and writing; listening to others", "Doses 4 and 7", "OC3 (viva)"],
        ["A6 Using research and outside advice", "Dose 7", "OC3"],
        ["A7 Keeping up to date; own CPD", "Dose 7", "OC3"],
        ["KNOWLEDGE AND UNDERSTANDING", None, None],
        ["K1 SEN law, the Code of Practice and putting them into practice", "Dose 2", "OC1"],
        ["K2 Every Child Matters and the SENCO's part", "Dose 2", "OC1"],
        ["K3 Disability equality law and the actions it requires", "Dose 2", "OC1"],
        ["K4 Child development and what affects it", "Dose 3", "OC2"],
        ["K5 Common types of SEN and their effect on learning", "Dose 3", "OC2"],
        ["K6 Approaches, strategies and resources, including ICT", "Dose 5", "OC2"],
        ["K7 School self-evaluation and improvement", "Dose 7", "OC3"],
        ["K8 Best practice and research in meeting SEN", "Dose 7", "OC3"],
        ["K9 External agencies and specialist support", "Dose 6, placement day", "OC3"],
        ["PROFESSIONAL SKILLS", None, None],
        ["S1 Strategic development with senior colleagues and governors", "Excluded (the headteacher's responsibility)", "\u2014"],
        ["S2 Identifying pupils, targets, interventions, reviewing progress", "Dose 1, HD1", "OC1"],
        ["S2a Using other professionals' assessments", "Dose 3", "OC2"],
        ["S2b Summative assessment and national tests to track progress", "Dose 1", "OC1"],
        ["S2c Encouraging formative assessment by other teachers", "Dose 5, HD3", "Observed only"],
        ["S3 Provision mapping", "Not included: schools use different systems", "\u2014"],
        ["S4 Deploying and managing staff", "Dose 6", "OC3"],
        ["S5 Supporting colleagues' professional development", "HD3", "OC3"],
        ["S6 Reviewing provision with staff for self-evaluation", "Planned for the 2010 revision of this Direction", "\u2014"],
        ["S7 Involving pupils in planning and reviewing provision", "Dose 4, HD2", "OC2"],
        ["S8 Liaising with parents and carers", "Placement day (family meeting)", "Observed only"],
        ["S9 Partnership with other services and voluntary organisations", "Dose 6, placement day", "OC3"]]
ot = table(d, rows, header_fill="D9D9D9", size=9)
for i, row in enumerate(rows):
    if row[1] is None:
        merge_row(ot, i, 0, 2, row[0], bold=True, fill="EDEDED")

para(d, "")
para(d, "Signed for the Medicines Management and Non-Medicinal Directions Committee: [signature]   Date: [insert date]",
     italic=True)

d.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
