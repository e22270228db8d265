"""hw-02-larkhurst-privacy-impact-assessment

Provider (invented): the Garrison Schools Support Service (GSSS), a joint service of
Castlebury County Council and the Forces Children's Education Service (FCES), for
schools around Larkhurst Garrison and RAF Wyvernhill with high pupil mobility.
Validating HEI: the University of Kellbourne.

Document kind and layout: a full-scale PRIVACY IMPACT ASSESSMENT (PIA) in the County
Council's information-governance template (after the Information Commissioner's PIA
Handbook, December 2007), completed for the "Garrison SENCO Award", which the Joint
Management Group sends to the TDA as its application with a short covering minute.
Template sections 1-8 with the template's italic guidance prompts left in; a
screening-question table with Yes/No ticks; a long information-flow table (Stage /
What happens / Personal information / Held by / Kept for) with shaded merged phase
rows; a consultation log table; a privacy risk register (Risk / Solution / Result);
a Data Protection Act compliance table; an action table with owners and dates;
Appendix A "The Award in outline" (numbered paragraphs A1-A16); Appendix B the
Outcome Record data specification (the outcomes as data items, own codes OR-01 to
OR-27, "Taught in" and "Evidence field" columns); Appendix C access roles. Header
("PROTECT - PERSONAL when completed") and footer with PAGE field; one tracked
deletion, one tracked insertion; two comments.
House vocabulary: Strands A-D, Centre Days, Practice Assignments PA1-PA4, In-School
Coach, Starting Point Profile, Outcome Record, Kellbourne Online, Award Board,
Award Evaluation Panel.

Traps (requirement ids):
- pro-forma prompts and screening ticks ("Will the project involve checking
  individuals' criminal records?" ticked Yes) are not evidence; 5.3 is met by the
  information-flow row and risk R3, which describe the actual check.
- E.2 partial: masters level is stated but "the credit value will be confirmed at
  validation and may be 30 credits".
- 1.3 partial: only the generic claim that content "reflects current research and
  inspection findings".
- 1.5 partial and 6.S7 partial: risk R6's solution forbids participants collecting
  pupils' views directly for assignments (negation); Strand D touches pupil
  involvement in reviews, and the Outcome Record field is "not recorded".
- 1.9 and 6.0 partial: the Award Board requires every evidence field in the Outcome
  Record to be complete, but the Record has no items for two minimum outcomes and
  several fields "not recorded" (taught only).
- 2.1 partial: prior study is recorded in the Starting Point Profile to tailor the
  route, but "credit is not awarded for prior learning in the Award's first year".
- 2.5 not_met: a tracked DELETION held the CPD planning session; the surviving text
  makes further targets "a matter for the participant's performance management in
  school and ... not part of the Award" (someone else's responsibility).
- 2.3 met through a tracked INSERTION (direct assessment, exceptionally).
- 3.2 partial: one September start, Strands in fixed order, one blended mode; only
  suspension and rejoining for posted participants.
- 4.2 partial: influence stated only generally; consultation comments "will be taken
  into account" at the next revision (plan); the consultation log's outcome column
  is about privacy, not programme content.
- 5.5 partial: specialist expertise is described; "The Award does not include
  placements" (negation).
- 6.A3, 6.S4 not_met: absent from Appendix B and the Strands; "deploy" occurs only in
  a parent's deployment (wrong context) and about deploying the online platform.
- 6.A2, 6.A7, 6.S2c, 6.S6 partial: taught but the evidence field reads "not recorded".
- 6.K6 partial: approaches to assessment, planning and teaching, but no ICT.
- comments (one suggesting a completers' CPD session) are not part of the submission.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hw_helpers import *  # noqa

OUT = Path(__file__).with_name("hw-02-larkhurst-privacy-impact-assessment.docx")
d = new_doc("Calibri", 10.5)
header_footer(d, "PROTECT \u2013 PERSONAL when completed   |   Castlebury County Council Information Governance",
              "PIA template IG/07 v2.1 \u2013 Garrison SENCO Award \u2013 PIA ref GSSS/08/14")

para(d, "Castlebury County Council \u2013 Information Governance", bold=True, size=9)
para(d, "PRIVACY IMPACT ASSESSMENT", bold=True, size=18)
para(d, "Full-scale PIA  \u2022  Project: Garrison SENCO Award (Garrison Schools Support Service)", bold=True, size=11)

ct = table(d, 6, 2, widths=[4.5, 12])
meta = [("Project owner", "Helen Mawby, Course Lead, Garrison Schools Support Service (GSSS)"),
        ("Information asset owner", "Head of GSSS (Castlebury County Council and Forces Children's Education Service, jointly)"),
        ("PIA completed by", "Anita Cole, Information Governance Officer, with the GSSS Training Cell"),
        ("Date / version", "20 October 2008 / version 1.3 (final for JMG)"),
        ("Approved by Caldicott / SIRO", "Senior Information Risk Owner, Children's Services, 24 October 2008")]
for i, (k, v) in enumerate(meta):
    cell_text(ct.cell(i, 0), k, bold=True, shade="E2EFDA")
    cell_text(ct.cell(i, 1), v)
cell_text(ct.cell(5, 0).merge(ct.cell(5, 1)),
          "Covering minute (JMG, 27 October 2008): The Joint Management Group submits this completed PIA, with its "
          "appendices, to the TDA as the GSSS application for approval to run the National Award for SEN Coordination. "
          "Section 3 and Appendix A describe every stage of the Award; Appendix B is the specification of the Outcome "
          "Record, which holds each participant's evidence against the national outcomes.", italic=True, shade="F2F2F2")

# ------------------------------------------------------------------ 1 screening
para(d, "1. Screening questions", bold=True, size=13)
para(d, "Guidance: answer each question. If you answer Yes to any question, a PIA is required. Tick the box.", italic=True, size=9)
sq = [("Will the project involve the collection of new information about individuals?", "\u2612 Yes  \u2610 No"),
      ("Will it involve information about individuals that is sensitive (health, disability, criminal records)?", "\u2612 Yes  \u2610 No"),
      ("Will the project involve checking individuals' criminal records?", "\u2612 Yes  \u2610 No"),
      ("Will information about children be processed?", "\u2612 Yes  \u2610 No"),
      ("Will the project use new technology that might be seen as privacy-intrusive?", "\u2610 Yes  \u2612 No"),
      ("Will information be disclosed to organisations that have not previously had access to it?", "\u2612 Yes  \u2610 No"),
      ("Will individuals be contacted in ways they may find intrusive?", "\u2610 Yes  \u2612 No")]
qt = table(d, len(sq) + 1, 2, widths=[12.5, 4])
cell_text(qt.cell(0, 0), "Screening question", bold=True, shade="A9D08E")
cell_text(qt.cell(0, 1), "Answer", bold=True, shade="A9D08E")
for i, (q, a) in enumerate(sq, start=1):
    cell_text(qt.cell(i, 0), q, size=9.5)
    cell_text(qt.cell(i, 1), a, size=9.5)

# ------------------------------------------------------------------ 2 project outline
para(d, "2. Project outline", bold=True, size=13)
para(d, "Guidance: describe the project, its aims and who it is for. Attach further detail as an appendix.", italic=True, size=9)
para(d, "The Garrison SENCO Award is a one-year, part-time course for teachers who lead SEN provision in the 41 schools "
        "supported by GSSS around Larkhurst Garrison and RAF Wyvernhill. Many of these schools see a third or more of their "
        "pupils arrive or leave in a single year as families are posted. The Award's purpose is to raise the achievement "
        "and well-being of pupils with SEN and/or disabilities, against all five Every Child Matters outcomes, by improving "
        "the knowledge and skills of the teachers who coordinate their provision. The University of Kellbourne will "
        "validate the Award as a Postgraduate Certificate at masters level (Level 7) and will award it; the credit value "
        "will be confirmed at validation and may be 30 credits. The Award replaces the unaccredited Garrison SENCO Course "
        "run in 2007-08. It handles personal information about participants, their referees and, through assignments, "
        "pupils and their families. Appendix A describes the Award in outline.")

# ------------------------------------------------------------------ 3 information flows
para(d, "3. Information flows", bold=True, size=13)
para(d, "Guidance: set out each stage at which personal information is collected, used, shared, stored or destroyed. "
        "Use as many rows as you need.", italic=True, size=9)
flows = [
    ("PHASE 1 \u2013 APPLICATION AND ENTRY", None),
    ("1a Application", "The headteacher nominates the teacher on the GSSS nomination form. The applicant states qualifications, SEN experience and role. The form invites applicants to tell us about any disability or health condition so that reasonable adjustments can be agreed before the course starts.",
     "Name, school, QTS number, role, experience; disability (sensitive, optional)", "GSSS Training Cell", "Course + 1 year"),
    ("1b Entry check", "The Course Lead checks that the applicant holds QTS and is in, or appointed to, the SENCO role, and reads the Starting Point Profile with them. An applicant who does not yet have enough knowledge and experience to reach the outcomes within the year is advised on what to do first (usually the County's SEN Foundations twilight course), and the Course Lead agrees this with the headteacher.",
     "Entry decision; advice given", "Course Lead", "Course + 1 year"),
    ("1c Suitability checks", "Before a place is confirmed, GSSS obtains from the employing school or FCES written confirmation of the date and number of the participant's current enhanced CRB disclosure and that the List 99 check has been made. Where the participant has not been in a post with regular contact with children in the last three months, County HR processes a new enhanced disclosure before the course starts. GSSS also asks the headteacher to confirm there are no concerns about the participant's conduct.",
     "Disclosure date and number only (not content); confirmation of List 99 check", "County HR (Schools)", "Until completion, then destroyed"),
    ("PHASE 2 \u2013 STARTING POINT", None),
    ("2a Starting Point Profile", "Before the first Centre Day each participant rates themselves against every national outcome, with an example of the evidence expected at each level, and the In-School Coach comments. Prior study (for example a specialist dyslexia certificate) is recorded so that the route can take account of it.",
     "Self-ratings, coach comments, prior study", "Tutor; Kellbourne Online", "Course + 1 year"),
    ("2b Individual Route", "At a starting-point tutorial the tutor and participant agree an Individual Route: the personalised outcomes the participant will focus on, which Centre Day sessions they need, and the focus of each Practice Assignment. The Route is reviewed at each tutorial.",
     "Individual Route", "Tutor; participant", "Course + 1 year"),
    ("PHASE 3 \u2013 TEACHING AND SCHOOL-BASED WORK", None),
    ("3a Centre Days", "Ten Centre Days at the Larkhurst Garrison Education Centre, with attendance registers.",
     "Attendance", "GSSS", "Course + 1 year"),
    ("3b Kellbourne Online", "Each Strand has a discussion forum on the University's Blackboard site, where tutors answer questions within two working days and participants work in online trios. Between Centre Days there is a fortnightly online tutorial for each tutor group. Tutors, In-School Coaches and schools are in touch by e-mail through the platform, and assignments are submitted there.",
     "Posts, messages, submitted work", "University of Kellbourne", "Course + 1 year"),
    ("3c Practice Assignments", "Four Practice Assignments are carried out in the participant's own school (see Appendix A). PA3 uses pupil-level data: baseline and follow-up measures for the pupils in the participant's intervention.",
     "Pupil data, anonymised by the participant (see R5)", "Participant; tutor", "Until the Award Board"),
    ("PHASE 4 \u2013 ASSESSMENT AND AWARD", None),
    ("4a Marking and moderation", "Tutors mark each Practice Assignment against published criteria. A University tutor second marks one in four assignments and all fails and borderline work, after a standardisation meeting with marked exemplars. The external examiner sees a sample from each cohort.",
     "Marks, feedback, moderation record", "University of Kellbourne", "Six years (University regulations)"),
    ("4b Outcome Record", "The Outcome Record holds, for each participant, the evidence against each outcome item in Appendix B, cross-referenced to the assignments, the coach's observations and the professional discussion.",
     "Outcome Record", "University of Kellbourne", "Six years"),
    ("4c Award Board", "The Award Board confirms the award only when every evidence field in the Outcome Record is complete and all four Practice Assignments have been passed.",
     "Award decision", "University of Kellbourne", "Permanent (award record)"),
    ("PHASE 5 \u2013 EVALUATION AND COMPLETION", None),
    ("5a Evaluation", "Participants evaluate each Centre Day and Strand; the Starting Point Profile is repeated at the end so that change in confidence and competence against each outcome can be compared; anonymised PA3 pupil measures are aggregated to show the change in pupils' attainment, attendance and well-being in the intervention groups. The Award Evaluation Panel reviews the results each term.",
     "Evaluation returns; anonymised aggregates", "GSSS", "Five years"),
    ("5b Completion", "",
     "\u2014", "GSSS", "Contact details deleted 12 months after completion"),
]
ft = table(d, len(flows) + 1, 5, widths=[2.4, 7.6, 3.2, 2.0, 1.6])
for j, h in enumerate(["Stage", "What happens", "Personal information", "Held by", "Kept for"]):
    cell_text(ft.cell(0, j), h, bold=True, shade="A9D08E", size=9)
for i, row in enumerate(flows, start=1):
    if row[1] is None:
        cell_text(ft.cell(i, 0).merge(ft.cell(i, 4)), row[0], bold=True, shade="E2EFDA", size=9)
    else:
        for j, v in enumerate(row):
            cell_text(ft.cell(i, j), v, size=9)
# 5b completion: deletion + surviving sentence (2.5)
c5b = ft.cell(len(flows), 1)
p5b = c5b.paragraphs[0]
dele(p5b, "At the last Centre Day each participant drafts next-step professional targets with a planning sheet and takes "
          "them to their headteacher. ", author="A. Cole")
run(p5b, "After the Award Board the participant's Outcome Record is archived by the University. Setting further "
         "professional targets is a matter for the participant's performance management in school and is not part of the Award.")
for r in p5b.runs:
    r.font.size = Pt(9)

# ------------------------------------------------------------------ 4 consultation
para(d, "4. Consultation", bold=True, size=13)
para(d, "Guidance: list who you consulted, when, and what changed as a result.", italic=True, size=9)
cl = [("Nov 2007", "Survey of headteachers and SENCOs of all 41 GSSS schools (34 replies)", "Schools asked for a course that does not need a new SENCO out of school for whole weeks, and for work on pupils whose records arrive late. Recorded in the design brief."),
      ("May 2008", "Focus group of 14 service parents with the Army Families Federation and RAF Families Federation", "Parents were concerned about information on their family circumstances (postings, a parent's deployment on operations) appearing in assignments. Led to risk R5 and R6."),
      ("June 2008", "County SEN data review with the County SEN team", "Garrison-area schools have a higher proportion of pupils at School Action Plus than the county average, with SLCN and BESD most common among new arrivals."),
      ("Sept 2008", "University of Kellbourne Data Protection Officer", "Agreed the University holds marks and Outcome Records under its own notification."),
      ("Oct 2008", "Participants of the 2007-08 course (9 of 11)", "Asked that nothing written about pupils be kept longer than needed.")]
clt = table(d, len(cl) + 1, 3, widths=[2.2, 6.4, 8])
for j, h in enumerate(["When", "Who", "What they told us / what changed"]):
    cell_text(clt.cell(0, j), h, bold=True, shade="A9D08E")
for i, r in enumerate(cl, start=1):
    for j, v in enumerate(r):
        cell_text(clt.cell(i, j), v, size=9.5)
para(d, "These consultations shaped the design of the Award. Comments received on the Award's content will be taken "
        "into account when the Award is next revised.")

# ------------------------------------------------------------------ 5 risks
para(d, "5. Privacy risks and solutions", bold=True, size=13)
para(d, "Guidance: for each risk, record the solution and whether the risk is eliminated, reduced or accepted.", italic=True, size=9)
risks = [("R1", "Disability information disclosed on application is seen by people who do not need it.",
          "Held only by the Course Lead, who agrees adjustments with the participant and the University's disability adviser (for example extra time for the professional discussion, materials in large print or electronically, step-free rooms with a hearing loop). Tutors are told only the adjustment, not the condition.", "Reduced"),
         ("R2", "Participants unaware of how their information is used.",
          "Fair processing notice on the nomination form and in the Participant Handbook.", "Eliminated"),
         ("R3", "Full CRB disclosure content held unnecessarily.",
          "GSSS records only the disclosure date and number confirmed by the employer (stage 1c) and never the content; a place is not confirmed until the confirmation is received.", "Eliminated"),
         ("R4", "Forum posts identify pupils.",
          "Forum rules forbid pupil names; tutors remove posts that breach them.", "Reduced"),
         ("R5", "Assignments reveal a pupil's identity or family circumstances, for example a parent's deployment.",
          "Participants anonymise all pupil data before submission and remove postings and units; tutors return work that does not.", "Reduced"),
         ("R6", "Participants collect pupils' views for assignments without proper consent.",
          "Participants will not collect pupils' views directly for assignments. Pupils' views are used only where they are already recorded by the school, for example on annual review forms.", "Eliminated"),
         ("R7", "Loss of data on participants' laptops.",
          "Work is submitted and stored only on Kellbourne Online; no pupil data on removable media.", "Reduced")]
rt = table(d, len(risks) + 1, 4, widths=[1.2, 5, 8.4, 2])
for j, h in enumerate(["Ref", "Risk", "Solution", "Result"]):
    cell_text(rt.cell(0, j), h, bold=True, shade="A9D08E")
for i, r in enumerate(risks, start=1):
    for j, v in enumerate(r):
        cell_text(rt.cell(i, j), v, size=9.5)

# ------------------------------------------------------------------ 6 DPA compliance
para(d, "6. Compliance with the Data Protection Act 1998", bold=True, size=13)
para(d, "Guidance: for each principle, state how the project complies.", italic=True, size=9)
dpa = [("1 Fair and lawful", "Fair processing notice; explicit consent for disability information."),
       ("2 Specified purposes", "Information is used only to run, assess and evaluate the Award."),
       ("3 Adequate, relevant, not excessive", "CRB content not held (R3); pupil data anonymised (R5)."),
       ("4 Accurate", "Participants check their Outcome Record before the Award Board."),
       ("5 Not kept longer than necessary", "Retention as in Section 3."),
       ("6 Rights of data subjects", "Subject access requests handled by County Information Governance."),
       ("7 Security", "Role-based access on Kellbourne Online (Appendix C)."),
       ("8 Transfers abroad", "Participants posted overseas (for example to Germany with their families) may continue to use Kellbourne Online; no data are transferred by GSSS.")]
dt = table(d, len(dpa), 2, widths=[5, 11.6])
for i, (k, v) in enumerate(dpa):
    cell_text(dt.cell(i, 0), k, bold=True, shade="E2EFDA")
    cell_text(dt.cell(i, 1), v, size=9.5)

# ------------------------------------------------------------------ 7 actions
para(d, "7. Actions and sign-off", bold=True, size=13)
para(d, "Guidance: list the actions needed, who owns them and when they will be done. Describe how the results of the PIA "
        "will feed into the project's evaluation.", italic=True, size=9)
acts = [("Add fair processing notice to the nomination form", "H. Mawby", "Nov 2008"),
        ("Forum rules published on Kellbourne Online", "University e-learning team", "Dec 2008"),
        ("Agree retention schedule with the University", "A. Cole", "Dec 2008"),
        ("Review this PIA after the first cohort", "A. Cole", "Sept 2009")]
atb = table(d, len(acts) + 1, 3, widths=[10, 4, 2.6])
for j, h in enumerate(["Action", "Owner", "By"]):
    cell_text(atb.cell(0, j), h, bold=True, shade="A9D08E")
for i, r in enumerate(acts, start=1):
    for j, v in enumerate(r):
        cell_text(atb.cell(i, j), v, size=9.5)
pc = para(d, "Signed: Senior Information Risk Owner, Children's Services. The residual risks are acceptable.")
comment(d, pc.runs, "Could we put back a short CPD planning session for completers? The TDA may ask about next steps.",
        author="H. Mawby", initials="HM")

# ------------------------------------------------------------------ Appendix A
d.add_page_break()
para(d, "APPENDIX A \u2013 THE AWARD IN OUTLINE", bold=True, size=13)
para(d, [("A1 Aims. ", "b"), ("The Award's aims, content and assessment all turn on the achievement and well-being of pupils "
        "with SEN and/or disabilities. Each Practice Assignment asks the participant to show what changed for pupils, "
        "across the five Every Child Matters outcomes, as a result of their work.", "")])
para(d, [("A2 Strands. ", "b"), ("Strand A, The Law and the Moving Child: the SEN Code of Practice and SEN law, disability "
        "equality law and the duties schools must meet, Every Child Matters and the SENCO's part in it, transfer of records "
        "between schools and between the UK and overseas service schools, and keeping up to date with policy. Strand B, "
        "Learners and Learning: how children develop and how moving school, separation from a parent and SEN affect their "
        "development; behavioural, emotional and social difficulties, dyslexia and other specific learning difficulties, "
        "speech, language and communication needs, autism and moderate learning difficulties; approaches to assessment, "
        "planning and teaching; research on what works. Strand C, Leading SEN in a Service School: provision mapping and "
        "managing provision, self-evaluation and improvement planning, working with the headteacher and governors on "
        "policy and resources, gaining colleagues' commitment, coaching and training colleagues, formative assessment in "
        "classrooms, and access arrangements for national tests and examinations. Strand D, Partnerships across "
        "Boundaries: working with parents and carers, with the Army Welfare Service, health and social care, educational "
        "psychology and voluntary organisations such as the families' federations, and involving pupils in their reviews.", "")])
para(d, [("A3 Practice Assignments. ", "b"), ("PA1 SEN Provision Review: a review of the school's SEN provision against "
        "the Code of Practice and disability duties, with a provision map showing gaps and weak provision, and a policy "
        "paper presented to the headteacher and the governor for SEN. PA2 Learner Profile: identifying a pupil's needs "
        "from observation, data and other professionals' assessments, setting targets, planning and reviewing support, "
        "and working with the family and outside agencies. PA3 Intervention Study: a small intervention with baseline "
        "and follow-up measures, using national test and teacher assessment data to track progress and adjust the "
        "programme, and planning access arrangements for pupils in the group. PA4 Leading Practice: the participant "
        "observes a colleague teaching and gives feedback, models a strategy, and leads a training session, observed by "
        "the In-School Coach, followed by a 30-minute professional discussion with two tutors on the participant's "
        "judgements, use of research and written and spoken communication.", "")])
para(d, [("A4 Research and inspection. ", "b"), ("The content reflects current research and inspection findings on SEN "
        "and on service children.", "")])
para(d, [("A5 Practice in schools. ", "b"), ("All four Practice Assignments are done in the participant's own school and "
        "agreed with the headteacher and the In-School Coach, an experienced colleague who observes the participant, "
        "gives feedback and writes observations for the Outcome Record.", "")])
para(d, [("A6 Delivery. ", "b"), ("The Award has one cohort each year, starting in September, and the Strands are taken in "
        "order A to D. It is taught through ten Centre Days and Kellbourne Online. A participant who is posted away may "
        "suspend their studies and rejoin the next cohort, keeping the assignments already passed.", "")])
p_a7 = para(d, [("A7 Routes. ", "b"), ("Prior study is recorded in the Starting Point Profile and used to shape the Individual "
        "Route; credit is not awarded for prior learning in the Award's first year. ", "")])
ins(p_a7, "Exceptionally, an experienced SENCO or advisory teacher may be assessed without attending: they compile the "
          "full Outcome Record with an In-School Coach and complete the professional discussion, and the Award Board "
          "applies the same standard as for taught participants.", author="A. Cole")
para(d, [("A8 Cost. ", "b"), ("The fee is \u00a31,450. FCES pays half for schools where more than a fifth of pupils are "
        "from service families. Because the Individual Route lets participants miss sessions on outcomes they already "
        "meet and Strand B is co-taught by services already funded, the cost per participant is lower than the "
        "University's other postgraduate certificates.", "")])
para(d, [("A9 Staff. ", "b"), ("Course Lead Helen Mawby (SENCO for nine years in two garrison primaries, MA in SEN, County "
        "SEN adviser); tutors Gareth Ince (senior educational psychologist, County lead for service children) and Sue "
        "Talbot (advisory teacher for speech, language and communication); University tutor Dr Ruth Pengelly (Senior "
        "Lecturer in Inclusive Education, doctorate on pupil mobility). All tutors attend the County SEN network and the "
        "University's research seminars.", "")])
para(d, [("A10 Specialist expertise. ", "b"), ("Participants can draw on the County educational psychology and speech and "
        "language therapy services, GSSS advisory teachers for autism and sensory impairment, and the Army Welfare Service. "
        "The Award does not include placements; all practice is in the participant's own school.", "")])
para(d, [("A11 Resources. ", "b"), ("The Larkhurst Resource Base lends assessment materials and assistive technology "
        "(Clicker 5, Read&Write, Dragon NaturallySpeaking and a set of laptops). Participants have full use of the "
        "University library and its e-journals.", "")])
para(d, [("A12 Roles. ", "b"), ("Tutors, In-School Coaches and moderators are trained for their roles before they are given "
        "access to the Outcome Record (Appendix C): coaches attend a half-day briefing and receive the Coach's Guide, and new "
        "tutors second mark a full round alongside an experienced tutor before marking alone.", "")])
para(d, [("A13 Quality assurance. ", "b"), ("Internal: Centre Day and Strand evaluations, tutors' termly review, the "
        "repeated Starting Point Profile. External: the University's annual monitoring, the external examiner's report and "
        "an annual visit by an FCES inspector. The Award Evaluation Panel reviews all of this each term and records the "
        "changes it makes in an action log, which the JMG approves.", "")])
para(d, [("A14 Stakeholders in the Award. ", "b"), ("The Award Evaluation Panel includes two garrison-area headteachers, a "
        "representative of the Army Families Federation and a former participant. Army Welfare Service officers and the "
        "RAF Families Federation lead sessions in Strand D, and In-School Coaches are staff of participants' schools.", "")])
para(d, [("A15 Communication. ", "b"), ("Kellbourne Online is used for all teaching materials, forums, submission and "
        "feedback, and for communication between tutors, participants, coaches and schools.", "")])
para(d, [("A16 Deployment of the platform. ", "b"), ("The University will deploy the Kellbourne Online site for the Award "
        "in December 2008.", "")])

# ------------------------------------------------------------------ Appendix B
d.add_page_break()
para(d, "APPENDIX B \u2013 OUTCOME RECORD: DATA SPECIFICATION", bold=True, size=13)
para(d, "Each item below is one field in the Outcome Record. 'Evidence field' shows what the Award Board looks for. "
        "Items marked 'not recorded' are taught but hold no evidence.", italic=True, size=9)
B = [("Professional attributes", None),
     ("OR-01", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents or carers", "B, D", "PA2; coach observation"),
     ("OR-02", "Gains the commitment of colleagues, the headteacher and senior leaders", "C", "not recorded"),
     ("OR-03", "Anticipates and resolves problems; sound judgement on provision", "C", "PA2; professional discussion"),
     ("OR-04", "Expresses themselves clearly in speech and writing; listens to others", "All", "All PAs; professional discussion"),
     ("OR-05", "Draws on research and external advice to improve practice", "B", "PA3; professional discussion"),
     ("OR-06", "Keeps up to date and takes responsibility for own CPD", "A", "not recorded"),
     ("Professional knowledge and understanding", None),
     ("OR-07", "SEN law and guidance, including the Code of Practice, and how to put it into practice", "A", "PA1"),
     ("OR-08", "Every Child Matters and the SENCO's part in it", "A", "PA2"),
     ("OR-09", "Disability equality law and the actions it requires", "A", "PA1"),
     ("OR-10", "Child development and the effect of SEN, disability and environment", "B", "PA2"),
     ("OR-11", "Common types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "B", "PA2"),
     ("OR-12", "Approaches and strategies for assessment, planning and teaching", "B", "PA3"),
     ("OR-13", "School self-evaluation and improvement for SEN", "C", "PA1"),
     ("OR-14", "Best practice and research on meeting SEN", "B", "PA3"),
     ("OR-15", "External agencies and how to obtain specialist support", "D", "PA2"),
     ("Professional skills", None),
     ("OR-16", "With senior colleagues and governors, influences inclusive ethos, policy, priorities and resources", "C", "PA1 policy paper"),
     ("OR-17", "Identifies pupils, sets targets, plans interventions and reviews progress", "B, C", "PA2"),
     ("OR-18", "Uses assessments from other professionals", "B", "PA2"),
     ("OR-19", "Uses summative assessment and national tests to track progress", "C", "PA3"),
     ("OR-20", "Encourages colleagues' formative assessment, including for pupils with SEN", "C", "not recorded"),
     ("OR-21", "Identifies and arranges access arrangements for tests and examinations", "C", "PA3"),
     ("OR-22", "Uses provision mapping; identifies ineffective or missing provision", "C", "PA1"),
     ("OR-23", "Supports colleagues' development by observation, feedback, modelling, coaching and training", "C", "PA4; coach observation"),
     ("OR-24", "Reviews the effectiveness of provision with colleagues to inform self-evaluation", "C", "not recorded"),
     ("OR-25", "Involves pupils in planning and reviewing their provision", "D", "not recorded"),
     ("OR-26", "Liaises effectively with parents and carers", "D", "PA2; coach observation"),
     ("OR-27", "Works in partnership with other services and voluntary organisations", "D", "PA2")]
bt = table(d, len(B) + 1, 4, widths=[1.6, 9.2, 1.8, 4])
for j, h in enumerate(["Item", "Outcome (as held in the Record)", "Taught in", "Evidence field"]):
    cell_text(bt.cell(0, j), h, bold=True, shade="A9D08E")
for i, row in enumerate(B, start=1):
    if row[1] is None:
        cell_text(bt.cell(i, 0).merge(bt.cell(i, 3)), row[0], bold=True, shade="E2EFDA")
    else:
        for j, v in enumerate(row):
            cell_text(bt.cell(i, j), v, size=9)
pbn = para(d, "The Outcome Record holds the complete set of national outcomes.", italic=True, size=9)
comment(d, pbn.runs, "Check against Annex 3 - I count 27 items, not 29.", author="A. Cole", initials="AC")

# ------------------------------------------------------------------ Appendix C
para(d, "APPENDIX C \u2013 ACCESS ROLES", bold=True, size=13)
roles = [("Participant", "Own Outcome Record, own submissions, forums", "Participant Handbook; induction on the first Centre Day"),
         ("In-School Coach", "Observation fields for their participant only", "Half-day coach briefing; Coach's Guide"),
         ("Tutor", "Outcome Records and submissions for their tutor group", "Tutor induction; shadow marking round"),
         ("Moderator / external examiner", "Read-only access to samples", "University moderation procedures"),
         ("Course Lead", "All records; disability information (R1)", "Information governance training")]
crt = table(d, len(roles) + 1, 3, widths=[3.6, 6.5, 6.5])
for j, h in enumerate(["Role", "Can see", "Training before access"]):
    cell_text(crt.cell(0, j), h, bold=True, shade="A9D08E")
for i, r in enumerate(roles, start=1):
    for j, v in enumerate(r):
        cell_text(crt.cell(i, j), v, size=9.5)

d.save(OUT)
print("wrote", OUT)
