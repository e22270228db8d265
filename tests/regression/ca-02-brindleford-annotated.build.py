"""Build ca-02-brindleford-annotated.docx (invented provider, written blind).

Provider: Brindleford College of Higher Education, Department of Education
and Professional Development, with Aldermoor Metropolitan Borough Council's
Inclusion Support Service; the award is to be validated by the (invented)
University of Eastwold. Programme: Postgraduate Certificate in Special
Educational Needs Coordination, ten Wednesday twilight sessions with
Saturday repeats, two online units on the College's Moodle site, three
assignments. Dated March 2009, 2008-09 vocabulary.

Layout: an "annotated specification". The provider pastes the wording of
every requirement verbatim from the TDA draft specification - the
eligibility paragraphs and Criteria 1 and 2 in grey shaded, bordered
paragraphs (w:shd + w:pBdr, not tables), Criteria 3 to 5 in italic
paragraphs - and writes an "Our evidence:" or "How we meet this:"
paragraph beneath. Each criterion's heading is pasted in full. Criterion 6
pastes each Annex 3 outcome in italics with a one-line provider's note
"Where taught and assessed:". A short introduction precedes, and two
appendices (session outline, assignment briefs) follow; there is no
Appendix 3. Header only.

Traps, with the requirement ids they affect:
- The pasted requirement and outcome wording is the specification's, never
  evidence: it sits above every answer.
- Empty answers: 1.5 ("Our evidence:" with nothing after it), and the notes
  for 6.A3, 6.S2b and 6.S2c.
- Restatement of the requirement as the answer: 1.1, 1.8 (not_met).
- Deferral / intention / future: 1.3 reading lists "will be finalised",
  2.1 "We are discussing APL arrangements", 2.3 "will be considered once
  the programme is established", 5.9 "We hope", 6.K7 "To be confirmed"
  (all not_met); 4.3 evaluation only "will be invited" but stakeholders do
  contribute sessions (partially_met).
- Placeholder: 3.3 "[JH to complete]" while the programme has two Moodle
  units (3.3 applies, not_met).
- Cross-references: 4.2 "See 4.1 above" resolves to evidence of headteachers'
  influence (met); 6.K8 "See the note on research above" resolves to the
  6.A6 note (met); 6.S2a "As above" resolves to the 6.S2 note and Session 6
  (met); 2.5 "See 2.2" resolves to the self-audit, nothing on further
  targets (not_met); 5.6 "See Appendix 3" and there is no Appendix 3
  (not_met).
- Assumption instead of verification: 5.3 "will therefore already have CRB
  clearance" (not_met).
- Value statements: 6.S7 "We are committed to pupil participation",
  6.A2 "Throughout the programme" (not_met).
- General or part answers (partially_met): E.2 level without credits; 1.6
  coaching teaching assistants only; 2.2 self-audit at the first session
  with no individual plan; 2.4 cost only; 3.2 one start date and fixed
  order; 5.1 session evaluation forms and unnamed "quality procedures";
  5.2 nomination only; 5.5 LA services, no placements; 5.7 a tutors'
  meeting, nothing for mentors; 6.0 / 1.9 award on the three assignments
  while many outcomes are unassessed.
- Outcome notes: taught only (6.A1, 6.A7, 6.K2, 6.K9, 6.S2d, 6.S5, 6.S9),
  assessed only (6.A4, 6.A5, 6.S1, 6.S6), part of a multi-part outcome
  (6.K5 only autism and dyslexia), "—" (6.K4).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

OUT = Path(__file__).with_name("ca-02-brindleford-annotated.docx")

doc = Document()
doc.core_properties.author = "J Hollis"
doc.core_properties.title = "TDA SENCO specification annotated - Brindleford"
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)


def P(t="", bold=False, italic=False):
    p = doc.add_paragraph()
    if t:
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
    return p


def boxed(t):
    """Pasted specification wording in a grey shaded, bordered paragraph."""
    p = doc.add_paragraph()
    p.add_run(t)
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        '<w:left w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        '<w:right w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
        '</w:pBdr>'))
    pPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))
    return p


def quoted(t):
    """Pasted specification wording in italics."""
    return P(t, italic=True)


def answer(label, text):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    if text:
        p.add_run(text)
    return p


def crit(t):
    doc.add_heading(t, level=2)


# ------------------------------------------------------------ header
doc.sections[0].header.paragraphs[0].text = (
    "Brindleford College of Higher Education \u2013 application for approval, SENCO training \u2013 March 2009")

# ------------------------------------------------------------ cover & intro
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Brindleford College of Higher Education\nDepartment of Education and Professional Development")
r.bold = True
r.font.size = Pt(14)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Application for approval to provide nationally accredited training for SENCOs\n"
              "The TDA draft specification, annotated with our evidence")
r.bold = True

doc.add_heading("Introduction", level=1)
P("Brindleford College of Higher Education has worked with Aldermoor Metropolitan Borough Council for "
  "many years on continuing professional development for teachers, and since 2005 we have run a "
  "non-accredited twilight course for new SENCOs in Aldermoor schools. This application is for a new "
  "Postgraduate Certificate in Special Educational Needs Coordination, which builds on that course.")
P("To make our application easy to follow, we have pasted the wording of each requirement of the TDA "
  "draft specification below, in a shaded box or in italics, and written our evidence underneath. For "
  "Criterion 6 we have pasted each national minimum outcome and noted where it is taught and assessed. "
  "The programme itself is outlined in Appendix 1 (sessions) and Appendix 2 (assignments).")
P("In brief: the programme has ten sessions, held on Wednesday evenings from 4.30 to 7.00 pm at the "
  "College\u2019s Millgate Centre, each repeated on the following Saturday morning for those who cannot "
  "attend midweek. Between sessions participants complete school-based tasks, and two online units on "
  "the College\u2019s Moodle site (Unit A between Sessions 3 and 4, Unit B between Sessions 6 and 7). "
  "Participants submit three assignments. The programme leader is Dr Helen Ashdown.")

doc.add_heading("The annotated specification", level=1)

# ------------------------------------------------------------ eligibility
crit("Eligibility")
boxed("5 To deliver nationally accredited SENCO training, training providers must be approved for this by "
      "the Secretary of State. Many programmes are currently delivered by higher education institutions in "
      "partnership with others, including local authorities. Applications from these kind of partnerships "
      "are encouraged, and all applications must show how the programme will gain academic accreditation "
      "by a higher education institution.")
answer("How we meet this:", "The programme will be validated by the University of Eastwold, which has "
       "validated the College\u2019s postgraduate awards since 1998. The validation event is fixed for 14 "
       "May 2009, and the University\u2019s Validation Panel has already approved the outline proposal.")
boxed("3 \u2026 Accredited SENCO qualifications should be validated at masters level, and we envisage they "
      "will normally provide 60 credits.")
answer("Our evidence:", "The programme will be at Masters level.")

# ------------------------------------------------------------ criterion 1
crit("Criterion 1")
boxed("1 Programmes should have as their main objective and outcome the raised achievement of children and "
      "young people with SEN and/or disabilities, through improving participants\u2019 professional "
      "knowledge, understanding and skills")
boxed("1.1 have a clear focus \u2013 in the programme\u2019s aims, objectives, content and assessment \u2013 on "
      "raising the achievement of children and young people with SEN and/or disabilities and on improving "
      "their well-being")
answer("How we meet this:", "Our programme has a clear focus, in its aims, objectives, content and "
       "assessment, on raising the achievement of children and young people with SEN and/or disabilities "
       "and on improving their well-being.")
boxed("1.2 make strong links to effective practice in schools")
answer("Our evidence:", "Participants carry out three school-based tasks in their own school between "
       "sessions, each linked to named outcomes and discussed at the following session, and all three "
       "assignments are based on the participant\u2019s own school. Sessions 4 and 7 are led jointly with "
       "practising SENCOs from Aldermoor schools.")
boxed("1.3 reflect recent research and inspection evidence and important developments and innovations "
      "relating to special educational needs and disability")
answer("Our evidence:", "Reading lists for each session will be finalised by the programme team over the "
       "summer, once validation is complete.")
boxed("1.4 develop participants\u2019 understanding of current legislation and government policies and "
      "initiatives on SEN and disability")
answer("How we meet this:", "Session 2 covers the Education Act 1996, the Special Educational Needs and "
       "Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination Act 2005 and the "
       "Disability Equality Duty, and Every Child Matters. Assignment 1 asks each participant to audit the "
       "school\u2019s SEN policy and accessibility plan against the Code of Practice and the disability "
       "legislation.")
boxed("1.5 develop participants\u2019 skills in consulting children and young people about issues that "
      "affect them")
answer("Our evidence:", "")
boxed("1.6 develop participants\u2019 skills in advising, supporting and collaborating with colleagues, "
      "within and beyond the school, to meet the needs of children and young people")
answer("How we meet this:", "Session 7 looks at coaching and mentoring teaching assistants.")
boxed("1.7 develop participants\u2019 skills in advising, supporting and working in partnership with "
      "parents and carers")
answer("Our evidence:", "Session 5 is led with a speaker from the Aldermoor Parent Partnership Service and "
       "includes a role play of a review meeting with parents. Assignment 2 asks for an account of how the "
       "participant worked with the pupil\u2019s parents or carers.")
boxed("1.8 enable participants to make an impact on practice by meeting the programme outcomes")
answer("How we meet this:", "Participants will make an impact on practice by meeting the programme "
       "outcomes.")
boxed("1.9 involve rigorous assessment of participants against all of the programme outcomes.")
answer("Our evidence:", "All outcomes are assessed. See Criterion 6 below.")

# ------------------------------------------------------------ criterion 2
crit("Criterion 2")
boxed("2 Providers should respond to participants\u2019 identified needs by offering appropriately "
      "differentiated provision that is of high quality, matched to participants\u2019 training and "
      "development needs, promotes progression towards the minimum programme outcomes and makes best use of "
      "available resources")
boxed("2.1 the provider has arrangements in place to take account of and accredit prior study and experience")
answer("Our evidence:", "We are discussing APL arrangements with the University of Eastwold.")
boxed("2.2 each participant\u2019s training and development needs will be assessed in relation to the "
      "programme outcomes before the course, and this will be used to set an individual training plan and "
      "a personalised set of outcomes for each participant, which takes full account of their prior "
      "knowledge and achievement")
answer("How we meet this:", "Participants complete a self-audit against the national outcomes at the first "
       "session, and tutors use the results to decide which topics need most time with that cohort.")
boxed("2.3 in exceptional circumstances, suitably experienced candidates will be able to present themselves "
      "for assessment against the programme outcomes through an \u2018assessment-only\u2019 route")
answer("Our evidence:", "This will be considered once the programme is established.")
boxed("2.4 the provision is of high quality, tailored to individuals\u2019 circumstances and their training "
      "and development needs, offers effective continuing professional development which promotes "
      "progression towards the programme outcomes, and is cost-effective")
answer("How we meet this:", "The fee is \u00a3950, kept low because Aldermoor MBC pays for the room hire "
       "and the LA speakers, and sessions are held after school so that schools do not need to pay for "
       "supply cover.")
boxed("2.5 participants who complete the programmes successfully will be helped to consider further "
      "professional targets.")
answer("Our evidence:", "See 2.2.")

# ------------------------------------------------------------ criterion 3
crit("Criterion 3")
quoted("3 Programmes should be delivered flexibly, without compromising appropriate progression and quality "
       "of outcome, to maximise access for participants")
quoted("3.1 complying with all relevant duties under equalities laws to enable all participants to access and "
       "participate fully in the programme \u2013 eg making reasonable adjustments for disabled candidates and "
       "participants")
answer("How we meet this:", "The application form asks every applicant whether he or she has a disability "
       "and explains why we ask. The College\u2019s Student Support Unit contacts each applicant who "
       "discloses a disability before the course starts and agrees reasonable adjustments, such as "
       "materials in large print or electronic form, a hearing loop in the Millgate Centre, extra time for "
       "assignments or an alternative to the presentation, and the programme leader confirms these with "
       "every tutor. The Millgate Centre is fully accessible, and our publicity and application pack are "
       "available in alternative formats. The College\u2019s Disability Equality Scheme and Race Equality "
       "Policy apply to all its courses, and tutors receive equality training every two years.")
quoted("3.2 offering flexible ways of delivering courses \u2013 for example, allowing participants to start "
       "their training at different times or to cover parts of the course in a different order or in "
       "different modes (eg taught, blended or e-learning, full time and part time).")
answer("Our evidence:", "Every Wednesday session is repeated on the following Saturday morning, so that "
       "participants can choose the time that suits them. The course starts in September each year and the "
       "sessions are taken in order.")
quoted("3.3 If the programme uses e-learning, the application for approval should show that: participants "
       "will be able to get direct support from tutors and peers; there are arrangements for supporting "
       "participants between face-to-face sessions; ICT will be used effectively in teaching and learning, "
       "and for effective communication between providers and schools, participants and tutors, between "
       "tutors and between participants.")
answer("Our evidence:", "[JH to complete]")

# ------------------------------------------------------------ criterion 4
crit("Criterion 4")
quoted("4 Programmes should take into account the needs of stakeholders and involve them in developing, "
       "delivering, evaluating and improving the provision")
quoted("4.1 clear evidence that the provision will reflect evidence about the needs of the main stakeholders")
answer("How we meet this:", "We consulted headteachers at the Aldermoor Headteachers\u2019 Conference in "
       "October 2008 and the twenty-two SENCOs who had attended our non-accredited course in 2007\u201308, by "
       "questionnaire. Both groups asked for more on provision mapping and on managing teaching assistants. "
       "These now have a full session each (Sessions 6 and 7), which the old course did not have, and the "
       "Saturday repeats were added because SENCOs in small primary schools said they could not always "
       "leave school by 4 pm.")
quoted("4.2 details of how stakeholders have directly or indirectly influenced the development and "
       "improvement of the programme")
answer("Our evidence:", "See 4.1 above.")
quoted("4.3 details of how stakeholders will be involved, directly or indirectly, in evaluation and other "
       "aspects of the provision.")
answer("How we meet this:", "The Aldermoor Parent Partnership Service contributes to Session 5 and the "
       "Aldermoor Educational Psychology Service leads Session 8. Stakeholders will be invited to take "
       "part in evaluating the programme.")

# ------------------------------------------------------------ criterion 5
crit("Criterion 5")
quoted("5 Programmes should be of a consistently high quality, subject to rigorous quality assurance "
       "procedures, with mechanisms for monitoring, evaluating and improving their impact on participants\u2019 "
       "competence and the achievement of children and young people with SEN and/or disabilities")
quoted("5.1 the range of internal and external evaluation methods they could use, and how the evidence "
       "gathered will be used to improve the quality and impact of the programme")
answer("Our evidence:", "Participants complete an evaluation form after each session. The programme is "
       "also subject to the College\u2019s quality procedures.")
quoted("5.2 that the provider has systems in place to make sure candidates accepted onto the programme have "
       "enough prior knowledge, understanding and skills to benefit from the programme and to meet the "
       "programme outcomes by the end of the course")
answer("How we meet this:", "Applicants must be qualified teachers who are SENCOs or about to take up the "
       "role, and must be nominated by their headteacher.")
quoted("5.3 that they have systems in place to verify that candidates accepted onto the programme have a "
       "current Criminal Records Bureau enhanced disclosure check in line with legal requirements, and any "
       "other appropriate background check, to make sure they are suitable to work with children and young "
       "people")
answer("Our evidence:", "All participants are employed teachers and will therefore already have CRB "
       "clearance.")
quoted("5.4 that the provider has suitably qualified and experienced staff to deliver the programme, with "
       "up-to-date knowledge and skills in the relevant specialist area")
answer("How we meet this:", "The programme leader, Dr Helen Ashdown, was a SENCO in two Aldermoor schools for "
       "eleven years, holds an MA in Inclusive Education and a doctorate on the role of teaching assistants, "
       "and still works one day a week with the Inclusion Support Service. She is supported by two "
       "Aldermoor advisory teachers, Mr Colin Ferraby (autism; Postgraduate Certificate in Autism, "
       "University of Birmingham) and Mrs Gwen Ruddle (specific learning difficulties; AMBDA), both of whom "
       "teach in schools every week, and by Mr Joseph Hollis, Senior Lecturer in Education.")
quoted("5.5 that participants will have access to a range of specialist expertise and appropriate, "
       "high-quality placements")
answer("Our evidence:", "Participants have access to the specialist services of Aldermoor MBC, including "
       "the Educational Psychology Service, which leads Session 8.")
quoted("5.6 that the provider can offer enough specialist teaching resources (including ICT and other "
       "specialist technology), relevant to training SENCOs, to enable all participants to reach the "
       "programme outcomes")
answer("How we meet this:", "See Appendix 3.")
quoted("5.7 how the provider will make sure that everyone involved in delivery and assessment (eg tutors or "
       "mentors) understand their roles and responsibilities and have the knowledge, understanding and "
       "skills to carry them out to a high standard")
answer("Our evidence:", "A tutors\u2019 meeting is held before each cohort begins, at which the programme "
       "leader goes through the sessions and the marking criteria. Each participant\u2019s headteacher is "
       "asked to nominate a mentor in school.")
quoted("5.8 that the provider can ensure that assessments will be consistent, reliable and accurate across "
       "the programme, and that they will be moderated")
answer("How we meet this:", "All assignments are marked against published criteria and second-marked by "
       "another tutor; the two markers agree the mark, and the programme leader resolves any disagreement. "
       "Marks are confirmed at a moderation meeting of all markers at the end of each assignment, and a "
       "sample of every assignment, including all fails, goes to the University of Eastwold\u2019s external "
       "examiner before the Examination Board.")
quoted("5.9 how the provider will evaluate the quality, standards and impact of the programme on "
       "participants\u2019 competence and confidence, and on the achievement of children and young people \u2013 "
       "giving specific evidence and explanation of the methods and measures to be used \u2013 eg regularly "
       "requiring participants to evaluate improvements in their pupils\u2019 achievements as a result of "
       "particular aspects of their practice.")
answer("Our evidence:", "We hope to be able to show the impact on participants and pupils in future years, "
       "once the first cohorts have completed.")

# ------------------------------------------------------------ criterion 6
crit("Criterion 6")
boxed("6 The requirements for successfully completing the programme should include the minimum outcomes "
      "(annex 3) so that participants who successfully complete nationally accredited training for SENCOs "
      "make maximum impact on practice")
answer("How we meet this:", "Participants must pass all three assignments to gain the award. The national "
       "minimum outcomes are pasted below with our notes.")

OUT_NOTES = [
    ("H", "Professional attributes"),
    ("Establish fair, respectful, supportive and constructive relationships with pupils with SEN and/or "
     "disabilities and with their parents or carers", "Session 5."),
    ("Gain the commitment of colleagues, including the headteacher and senior leaders, to improving the "
     "outcomes achieved by pupils with SEN and/or disabilities", "Throughout the programme."),
    ("Prioritise work, manage their time effectively and delegate responsibilities and tasks appropriately, "
     "making sure they are carried out effectively", ""),
    ("Anticipate and resolve problems, make well founded decisions and exercise sound judgement on provision "
     "for pupils with SEN and/or disabilities", "Assignment 3."),
    ("Express themselves clearly in speech and in writing, and listen to and understand the views of others",
     "All assignments are written, and Assignment 3 includes a presentation."),
    ("Draw on research evidence and other external sources of advice to improve their own and their "
     "colleagues\u2019 practice", "Session 3 (using research); Assignment 1 (literature review)."),
    ("Keep up to date on developments and take responsibility for their own CPD on SEN and disability "
     "matters", "Discussed in the final session."),
    ("H", "Professional knowledge and understanding"),
    ("Know and understand relevant laws and associated guidance on SEN, including the policies and "
     "procedures set out in the Special Educational Needs Code of Practice, as well as their implication "
     "for the school, the SENCO and others, and how to put them into practice", "Session 2; Assignment 1."),
    ("Know and understand the principles and outcomes of Every Child Matters and how the SENCO can help "
     "children to achieve those outcomes", "Session 2."),
    ("Know and understand the relevant laws on disability equality and the actions these laws require to "
     "support pupils with disabilities, and how they might best be carried out",
     "Session 2; Assignment 1 (accessibility plan)."),
    ("Know and understand how children develop and how their development can be affected by a range of "
     "factors, including SEN and/or disabilities and the physical and social environment for learning",
     "\u2014"),
    ("Know and understand the most common types of SEN and disabilities \u2013 including behavioural, "
     "emotional and social needs, specific learning difficulties (including dyslexia), speech, language "
     "and communication needs, autistic spectrum disorders and moderate learning difficulties \u2013 and "
     "how they can affect children\u2019s learning", "Session 4 (autism and dyslexia); Assignment 2."),
    ("Have a critical understanding of a range of approaches, strategies and resources for assessment, "
     "planning, teaching and learning, including ICT, and know how to use them effectively to remove "
     "barriers to learning and personalise provision for pupils with SEN and/or disabilities",
     "Session 6 (including ICT); Assignment 2."),
    ("Know and understand the principles of school self-evaluation and improvement and how they relate to "
     "improving outcomes for pupils with SEN and/or disabilities", "To be confirmed."),
    ("Know about best practice and the outcomes of research in meeting children\u2019s special educational "
     "needs", "See the note on research above."),
    ("Know and understand the scope and role of external agencies, and how to get specialist support and "
     "resources for pupils with SEN and/or disabilities", "Session 8."),
    ("H", "Professional skills"),
    ("Working closely with senior colleagues and governors, advise on and influence the strategic "
     "development of an inclusive ethos, policies and priorities for developing the school and curriculum, "
     "and for using resources \u2013 so that all pupils have access to the curriculum, can make good "
     "progress and take part in the wider life of the school", "Assignment 3."),
    ("Identify pupils who may have SEN and/or disabilities (using classroom observation, data, assessment "
     "and other forms of monitoring), set appropriately challenging targets for their learning, plan "
     "interventions to meet their needs, geared to removing or minimising barriers to learning, and review "
     "their progress:", "Sessions 4 and 6; Assignment 2."),
    ("use assessments from a range of professionals to help develop appropriate teaching and learning "
     "approaches for pupils with SEN and/or disabilities", "As above."),
    ("use summative assessments, including national tests, to track pupils\u2019 progress and change "
     "programmes appropriately", ""),
    ("encourage other teachers to develop formative assessment for all pupils, with specific consideration "
     "of approaches for pupils with SEN and/or disabilities", ""),
    ("identify in good time any special arrangements pupils need for national tests and examinations, and "
     "work with colleagues to put them in place (in classroom practice and in the tests and examinations "
     "themselves)", "Session 6."),
    ("Use tools such as provision mapping and management to plan provision for pupils with SEN and/or "
     "disabilities, and identify ineffective or missing provision", "Session 6; Assignment 3."),
    ("Deploy and manage staff effectively to support pupils with SEN and/or disabilities",
     "Session 7; Assignment 3."),
    ("Support the professional development of colleagues in meeting the needs of pupils with SEN and/or "
     "disabilities \u2013 by observing learning and teaching and providing advice and feedback, direct "
     "teaching and modelling effective practice, coaching and mentoring, and delivering or arranging "
     "training and professional development", "Session 7."),
    ("Review and evaluate, with other staff, the effectiveness of provision for pupils with SEN and/or "
     "disabilities \u2013 to inform the school\u2019s self-evaluation and improvement planning", "Assignment 3."),
    ("Ensure that pupils with SEN and/or disabilities are involved, whenever appropriate, in planning, "
     "agreeing, reviewing and evaluating provision made for them, by helping colleagues to achieve "
     "constructive working relationships with them and promoting a culture where pupils with SEN and/or "
     "disabilities are engaged in their own learning and achieve success",
     "We are committed to pupil participation."),
    ("Liaise effectively with parents and carers of pupils with SEN and/or disabilities to promote their "
     "learning and development", "Session 5; Assignment 2."),
    ("Work in partnership with professionals in other services and agencies, including voluntary "
     "organisations, to develop a coherent and coordinated approach to supporting pupils with SEN and/or "
     "disabilities", "Session 8."),
]
for item in OUT_NOTES:
    if item[0] == "H":
        P(item[1], bold=True)
        continue
    quoted(item[0])
    answer("Where taught and assessed:", item[1])

# ------------------------------------------------------------ appendices
doc.add_heading("Appendix 1: Session outline", level=1)
SESSIONS = [
    ("Session 1", "Introduction to the programme and to the SENCO role; self-audit against the national "
     "outcomes; introduction to Moodle."),
    ("Session 2", "Law and policy: the Education Act 1996, SENDA 2001, the SEN Code of Practice (2001) and "
     "the graduated response, the Disability Discrimination Act 2005 and the Disability Equality Duty, "
     "accessibility plans, Every Child Matters and the five outcomes."),
    ("Session 3", "Using research: finding and reading research on SEN, and the literature review for "
     "Assignment 1."),
    ("Unit A (online)", "Observing learners in class: a guided observation of a pupil in the "
     "participant\u2019s school, with readings."),
    ("Session 4", "Autism and dyslexia: characteristics, identification and classroom strategies (with "
     "practising SENCOs)."),
    ("Session 5", "Working with families (with the Aldermoor Parent Partnership Service): building "
     "relationships with parents, role play of a review meeting."),
    ("Session 6", "Planning and intervention: identifying needs, setting targets and planning "
     "interventions; using assessments and advice from other professionals in planning; provision "
     "mapping; ICT to support learning; access arrangements for tests and examinations."),
    ("Unit B (online)", "Reflecting on the SENCO role: readings on the role and a reflective task."),
    ("Session 7", "Managing teaching assistants: deployment, supervision, coaching and mentoring (with "
     "practising SENCOs)."),
    ("Session 8", "Working with external agencies (led by the Aldermoor Educational Psychology Service): "
     "the educational psychology, speech and language therapy and behaviour support services, and "
     "voluntary organisations."),
    ("Session 9", "Individual tutorials on Assignment 3 (by appointment)."),
    ("Session 10", "Assignment 3 presentations; next steps."),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in SESSIONS:
    cells = t.add_row().cells
    cells[0].text = a
    cells[1].text = b

doc.add_heading("Appendix 2: Assignment briefs", level=1)
P("Assignment 1: Policy audit (3,000 words).", bold=True)
P("Audit your school\u2019s SEN policy and accessibility plan against the law and the Code of Practice, "
  "drawing on a review of the literature, and recommend changes.")
P("Assignment 2: Case study of a pupil (4,000 words).", bold=True)
P("Follow one pupil with SEN for a term: how the pupil\u2019s needs were identified (including any "
  "assessments by other professionals), the targets set, "
  "the interventions and strategies and resources used (including ICT) and how progress was reviewed. "
  "Include an account of how you worked with the pupil\u2019s parents or carers.")
P("Assignment 3: Leading SEN in my school (4,000 words and a ten-minute presentation).", bold=True)
P("Analyse how SEN provision is led and managed in your school, including the provision map, the "
  "deployment of teaching assistants and the part played by senior leaders and governors, and make "
  "recommendations. Present your recommendations at Session 10.")

doc.save(OUT)
print("wrote", OUT)
