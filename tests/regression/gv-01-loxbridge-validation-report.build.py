"""gv-01: University of Loxbridge validation event report on the Meridian Specialist Schools Trust's
National Award for SEN Coordination (PGCert, 60 M-level credits), sent whole as the Trust's application.

Provider: the Meridian Specialist Schools Trust, a national membership trust of specialist schools,
running the course through six regional hubs based in member schools (five specialist secondary
schools and Ashgrove School, a special school with an SEN specialism), validated by the University of
Loxbridge, Faculty of Education. Submitted January 2009.

Layout: the University's Academic Quality Office validation event report, third person ("the panel",
"the programme team", "the Trust"). A shaded note from the Trust's Director of Professional Learning
opens it. A cover details table; heading styles carrying the report's own numbers (1-10, sub-sections
5.1-5.9 that clash with requirement ids); a panel membership table; discussion by theme; commendations;
a conditions table with the Trust's response and a status column (one condition "Outstanding");
recommendations R1-R6 each with "Trust's initial view"; Annex A programme structure with vertically
merged unit cells; Annex B outcome map in the Trust's own wording (M1-M28) with shaded merged group
rows and a key in which HRL (Hub Reflection Log) is formative only; Annex C staff table. Header
(University, CONFIDENTIAL) and footer with reference and PAGE field. Tracked changes: one deleted
sentence, one inserted sentence. Two comments.

Traps:
- Condition C3 (APL procedure) is "Outstanding"; until it is met "no credit for prior learning can be
  awarded" -> 2.1 not_met.
- R5 and the Trust's view: no assessment-only route in the first two years -> 2.3 not_met (negation
  far from section 5.3 on admissions).
- 5.3 of the report ("Admissions") is not requirement 5.3: CRB text concerns hub tutors and visiting
  speakers on the host school's single central record, not candidates -> 5.3 not_met (wrong-context).
- Deleted tracked sentence promised a mentor briefing and Mentor Guide; R3 says the guide is only
  intended -> 5.7 partially_met (tutor induction is concrete).
- Equality: a statement of commitment and the University's disability service for students; access
  to hub venues not audited (R4) -> 3.1 partially_met.
- VLE holds materials and peer forums that are not moderated; tutors do not respond online (5.5 of the
  report, R6) -> 3.3 partially_met.
- Pupil voice only a content item; R1 -> 1.5 partially_met; 6.S7 taught, assessed only by HRL.
- Pupil impact only "encouraged" by the panel (R2) -> 5.9 partially_met (confidence self-rating is real).
- Placements: only the participant's own school; visits to Ashgrove "where timetables allow" and
  only for London/South East hub participants (comment) -> 5.5 partially_met.
- Annex B claims "all twenty-eight national outcomes" but has no row for child development -> 6.K4
  not_met. HRL-only outcomes (6.A3, 6.S2c, 6.S7) and "not separately assessed" (6.S2d) -> partially_met.
- Assessment not against every outcome -> 1.9 partially_met. Condition C2's regulation 4.3 -> 6.0 met.
- 2.4: tailoring via individual learning plan and elective; cost-effectiveness not addressed ->
  partially_met.
- Inserted tracked sentence (Saturday hub from 2009-10) is part of the submission (3.2 met anyway).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _gv_helpers import shade_par, shade_cell, ins, dele, page_field, table

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "University of Loxbridge  |  Academic Quality Office  |  CONFIDENTIAL"
fp = sec.footer.paragraphs[0]
fp.text = "AQO/VAL/08/117  Validation: Meridian Specialist Schools Trust  "
page_field(fp)

H = lambda t, l=1: doc.add_heading(t, level=l)
P = lambda t, style=None: doc.add_paragraph(t, style=style)

# shaded note from the Trust
n = P("Note to the TDA approval panel from the Meridian Specialist Schools Trust. We submit the "
      "University of Loxbridge's validation report on our programme, with its three annexes, as our "
      "application for approval. The report is the University's text; our responses to the conditions "
      "appear in Section 7 and our first views on the recommendations in Section 8. Where the report "
      "describes the programme as proposed at the event and Section 7 records a change, Section 7 "
      "stands. Dr Ruth Oyelaran, Director of Professional Learning, 12 January 2009.")
shade_par(n)

t = doc.add_paragraph(); r = t.add_run("UNIVERSITY OF LOXBRIDGE\nACADEMIC QUALITY OFFICE"); r.bold = True; r.font.size = Pt(14)
t = doc.add_paragraph(); r = t.add_run("Report of a Validation Event (Collaborative Provision)"); r.bold = True; r.font.size = Pt(16)

table(doc, [
    ["Item", "Detail"],
    ["Programme", "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination)"],
    ["Credit and level", "60 credits at Level 7 (Master's level), three 20-credit units"],
    ["Awarding institution", "University of Loxbridge (Faculty of Education)"],
    ["Partner organisation", "Meridian Specialist Schools Trust (\"the Trust\"), delivering through six regional hubs in member schools"],
    ["Collaborative model", "Validated provision: the Trust delivers and assesses; the University awards, moderates and appoints the external examiner"],
    ["Date of event", "12 November 2008, Loxbridge Campus, Hartley Building"],
    ["Outcome", "Approved for five years from January 2009, subject to conditions (Section 7)"],
    ["Report status", "Final, incorporating the Trust's responses to conditions (version 3, 9 January 2009)"],
])

H("1. Purpose of the event")
P("The event was convened to consider the Trust's proposal that the University validate a "
  "Postgraduate Certificate for teachers new to the role of special educational needs coordinator, "
  "designed to lead to the National Award for SEN Coordination which, under the Education (Special "
  "Educational Needs Coordinators) (England) Regulations 2008, new SENCOs will be expected to hold. "
  "The Trust had earlier run a non-credit SENCO Leadership Pathway for member schools; the panel was "
  "told that the Pathway closed in July 2008 and that the proposed programme replaces it.")
P("The panel met the Trust's programme team, three hub leads, two headteachers of member schools, a "
  "local authority SEN officer and four teachers who had completed the former Pathway.")

H("2. Panel membership")
table(doc, [
    ["Name", "Role on the panel"],
    ["Professor Alan Marchetti", "Chair; Pro Dean (Quality), Faculty of Health and Social Care"],
    ["Dr Sunita Baines", "Internal member; Senior Lecturer in Inclusive Education"],
    ["Ms Helen Trask", "External member; headteacher, Whinmoor Primary School"],
    ["Mr Gareth Pellow", "External member; Principal Officer (SEN), Calderfield Local Authority"],
    ["Mrs Joy Amadi", "External member; Parent Partnership coordinator, Calderfield"],
    ["Mr Colin Rees", "Officer; Academic Quality Office (secretary)"],
])

H("3. Documentation received")
P("The panel received the Programme Handbook (draft 2), the Unit Handbooks for Units 1-3, the "
  "Hub Operating Agreement, the Trust's Equal Opportunities Statement, the report of the Trust's "
  "consultation with member schools (June 2008), staff curricula vitae, and a mapping of the "
  "programme to the TDA draft specification. A revised outcome map was supplied after the event and "
  "forms Annex B.")

H("4. Background to the partnership")
P("The Trust is a national membership organisation of some 640 specialist schools. Since 2005 it "
  "has organised its professional learning through regional hubs: member schools designated and "
  "funded by the Trust to host courses and networks for schools in their region. Six hubs will "
  "deliver the programme: Carrbrook Technology College (North West), Fenwick Lane Sports College "
  "(West Midlands), Saxmere High School, a science college (East), Tolverne Arts College (South "
  "West), Bramley Park Language College (London and South East) and Ashgrove School, a special "
  "school for pupils with moderate and severe learning difficulties that holds the SEN specialism "
  "(cognition and learning) (Yorkshire).")
P("The University has validated the Trust's Postgraduate Certificate in Subject Leadership since "
  "2006. The panel noted that the annual monitoring of that programme had been timely and that its "
  "external examiner reports had been positive.")

H("5. Discussion and findings")
H("5.1 Rationale and stakeholder consultation", 2)
P("The programme team described how the proposal had been built from evidence. In June 2008 the "
  "Trust surveyed its member schools; 287 schools replied, of which 164 expected to appoint or "
  "re-designate a SENCO within two years. Headteachers ranked, as their first needs, SENCOs who can "
  "lead other staff rather than carry the caseload alone, who can use pupil tracking data, and who "
  "can work with the growing number of services around the school. Focus groups with 41 SENCOs in "
  "three hubs added the management of teaching assistants and the difficulty of finding time for "
  "study. The team also drew on Calderfield and two other authorities' SEN strategies.")
P("The panel heard concrete examples of change. Headteachers had asked for less time out of school, "
  "so the number of hub days was cut from twelve to eight with more directed study in school. "
  "Former Pathway participants said the old course taught about the Code of Practice but did not "
  "teach how to lead colleagues; Unit 3 was rewritten around a leadership enquiry as a result. "
  "The local authority officers asked that provision mapping be taught with their own templates, "
  "and Unit 2 now uses the authorities' provision maps as case material.")
P("Stakeholders will remain involved. Each hub will have a Hub Partnership Group (the hub lead, two "
  "headteachers, a local authority SEN officer and a parent partnership representative) that meets "
  "each term, receives the participant evaluations and the hub's results, and advises the hub lead. "
  "Local authority officers and educational psychologists will contribute sessions, headteachers "
  "act as audience for the Task 3 presentations, and two former Pathway participants in each hub "
  "will act as workplace mentors. A member of each Hub Partnership Group sits on the Programme "
  "Committee described in 5.8.")

H("5.2 Aims, curriculum and the national outcomes", 2)
P("The programme's stated aim is to improve the progress, attainment and well-being of children "
  "and young people with SEN and/or disabilities by developing teachers who can lead coordination "
  "of provision across a school. The handbook sets out its objectives against the five Every Child "
  "Matters outcomes, and each assessment task asks the participant to show the effect of their work "
  "on pupils' learning and well-being. The panel considered this focus to be clear throughout.")
P("Unit 1, The SENCO, the Law and the Whole School, covers the Education Act 1996 and the SEN Code "
  "of Practice (2001), the Disability Discrimination Act 1995 as amended and the disability equality "
  "duty, Every Child Matters and the Children Act 2004, the SENCO Regulations 2008, school "
  "self-evaluation, and the SENCO's strategic role with senior leaders and governors. Unit 2, Knowing "
  "the Learners, covers the identification and assessment of needs, the main types of SEN (behavioural, "
  "emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
  "language and communication needs; autistic spectrum disorders; moderate learning difficulties), "
  "the use of data, provision mapping, interventions and ICT, access arrangements, working with "
  "parents and carers, and the place of pupils' views in reviews. Unit 3, Leading Change for "
  "Inclusion, is a workplace enquiry in which the participant leads an improvement in their own "
  "school over two terms and evaluates it.")
P("Reading lists and sessions draw on recent evidence: the Ofsted reports Inclusion: does it matter "
  "where pupils are taught? (2006) and the 2004 report on special educational needs and disability; "
  "the Bercow review of services for children with speech, language and communication needs (2008); "
  "the Rose review of primary curriculum in progress; the DCSF's Inclusion Development Programme; "
  "and the Lamb Inquiry, which the team intends to build in when it reports.")
P("Participants' work with colleagues runs through all three units: a hub day on coaching and "
  "mentoring, observation and feedback with a colleague in school, and the requirement in Task 3 to "
  "lead at least one training session for staff and to work with a professional from another "
  "service. Joy Amadi described the session on partnership with parents that she has helped design "
  "for Unit 2; Task 2 requires the participant to plan and hold a review meeting with a pupil's "
  "parents or carers and to reflect on it.")
P("The panel discussed pupil voice at some length. Pupils' views appear in Unit 2's content list, "
  "but the team agreed that no session develops the skills of consulting children and that no "
  "task assesses them (see Recommendation R1).")

H("5.3 Admissions and entry", 2)
P("Applicants must hold qualified teacher status, be in post as SENCO or designated to become SENCO "
  "within the year, and be nominated by their headteacher, who signs to release them for the hub "
  "days and to give them a workplace role in which to carry out the Unit 3 enquiry. Each applicant "
  "has a telephone or face-to-face interview with the hub lead, who checks that they have the "
  "experience and the access to pupils, data and colleagues needed to meet the outcomes. Where an "
  "applicant is not yet ready, for example a newly qualified teacher, the hub lead gives written "
  "advice on what to do first (usually the Trust's one-day Introduction to SEN and a term "
  "shadowing the current SENCO) and discusses it with the headteacher; they may reapply for the "
  "next intake.")
P("The panel confirmed that all hub tutors and visiting speakers are subject to the host school's "
  "safer recruitment procedures and appear on its single central record with enhanced CRB "
  "disclosures.")
P("Before the first hub day each participant completes the Starting Point profile, a self-audit "
  "against each of the national outcomes with evidence, which the hub tutor reviews with them in a "
  "one-hour tutorial. The result is an Individual Learning Plan that records the outcomes the "
  "participant already meets, those to prioritise and the outcomes chosen as the focus of Task 3. "
  "It is reviewed at the mid-point tutorial. The plan also guides the choice of elective on hub day "
  "6 (autism, SLCN, or behaviour). Beyond this, the panel heard no account of how the programme's "
  "cost compares with other routes or how resources are matched to need.")
P("Prior learning was discussed in the context of Condition C3 (Section 7).")

H("5.4 Delivery model and flexibility", 2)
P("Each hub runs eight hub days, a residential weekend is not offered, and participants complete "
  "about 450 hours of study including directed tasks in school. There are two intakes, in January "
  "and September, and a participant may transfer to another hub or intake if their circumstances "
  "change. Units 1 and 2 may be taken in either order; Unit 3 follows. Fenwick Lane and Tolverne "
  "run their hub days as twilight and Saturday sessions rather than full weekdays.")
ins(doc.add_paragraph(), "From September 2009 Bramley Park will also run a Saturday group for "
    "teachers in independent special schools in London.", "Ruth Oyelaran")
P("Participants may take up to two years to complete, and may suspend study for up to a year with "
  "the agreement of the programme leader.")

H("5.5 Learning resources and the virtual learning environment", 2)
P("The Trust's virtual learning environment, Meridian Learning Space, holds the unit materials, "
  "readings, recorded keynotes and a discussion forum for each hub group. Participants use the "
  "forums between hub days to share tasks. The panel noted that the forums are not moderated and "
  "that tutors do not respond to participants online; tutorial support is by appointment on hub "
  "days (see R6).")
P("Participants have full access to the University's library and electronic journals through "
  "Athens accounts. Each hub keeps a resource collection of assessment materials and intervention "
  "programmes; Ashgrove School hosts the assistive technology library (communication aids, "
  "text-to-speech and switch-access software, Clicker and Widgit materials), which travels to the "
  "other hubs for the hub day on ICT.")
P("Specialist expertise comes from local authority educational psychologists, specialist teachers "
  "for sensory impairment, speech and language therapists and CAMHS practitioners, who lead sessions "
  "in each hub, and from voluntary organisations (a regional autism charity and a dyslexia "
  "association). Practical work takes place in the participant's own school. Visits to Ashgrove "
  "School are arranged where timetables allow.")

H("5.6 Staffing", 2)
P("The programme leader, Dr Ruth Oyelaran, and the six hub leads were interviewed. Each hub lead is "
  "a serving or recent SENCO or SEN adviser with a Master's qualification; their details are in "
  "Annex C. Hub tutors are appointed jointly by the Trust and the University and receive University "
  "associate tutor status. The panel was satisfied that the team is well qualified and current: four "
  "of the six hub leads are practising SENCOs and all attend the Trust's annual SEN conference.")

H("5.7 Assessment and moderation", 2)
P("Assessment comprises three written tasks (Task 1, a critical review of the school's SEN policy "
  "against the law and guidance, 4,000 words; Task 2, a provision case study of two pupils including "
  "a provision map and a review meeting, 4,000 words; Task 3, an enquiry report of 5,000 words and a "
  "presentation to the headteacher and a governor) and the Professional Practice Portfolio, a "
  "pass/fail portfolio of evidence verified by the workplace mentor. The Hub Reflection Log is kept "
  "throughout as a formative record discussed in tutorials; it is not assessed for the award.")
P("All tasks are marked by the hub tutor against published criteria; 20 per cent of scripts and "
  "all fails and distinctions are second-marked by a tutor from another hub. A cross-hub moderation "
  "day is held after each submission, and the University's external examiner sees a sample from "
  "every hub. Results are confirmed by the University Examination Board.")
P("New hub tutors attend a two-day induction run by the programme leader covering the "
  "outcomes, the tasks, marking and the Individual Learning Plan, and mark a standardisation script "
  "before marking live work. ")
dele(doc.paragraphs[-1], "Workplace mentors will receive a half-day briefing and the Mentor Guide "
     "before the first hub day.", "Colin Rees")
P("Regulation 4.3 as revised under Condition C2 governs the award.")

H("5.8 Quality management and evaluation", 2)
P("The programme sits within the University's collaborative provision framework. A Programme "
  "Committee (programme leader, hub leads, University link tutor, Hub Partnership Group members and "
  "two participant representatives) meets each term. Participants complete an evaluation after each "
  "hub day and each unit; hub leads summarise these each term. The external examiner reports "
  "annually, and the University's link tutor visits each hub once a year and observes a hub day. "
  "The Trust's annual monitoring report to the Faculty draws these together with results and "
  "completion data and ends in a Programme Enhancement Plan whose actions are tracked by the "
  "Programme Committee. Recruitment, the Starting Point process, the workplace element, marking and "
  "evaluation are each reviewed in the annual report.")
P("Participants rate their confidence against each outcome in the Starting Point profile and again "
  "at the end of Unit 3; the change is reported in the annual monitoring report. The panel asked how "
  "the Trust would know whether pupils benefit; the team said this is an area it wishes to develop "
  "(see R2).")

H("5.9 Equality and student support", 2)
P("The Trust's Equal Opportunities Statement was included in the documentation and the team "
  "confirmed its commitment to equality for all participants. Participants registered with the "
  "University may use its Disability Advisory Service. The panel did not see any account of how "
  "hub venues or hub days would be made accessible (see R4).")

H("6. Commendations")
for c in ["The strength of the evidence from member schools and the visible changes it produced.",
          "The Starting Point profile and the Individual Learning Plan.",
          "Task 3, which requires participants to lead and evaluate real change in their schools.",
          "The cross-hub moderation arrangements."]:
    P(c, style="List Number")

H("7. Conditions of approval")
P("The conditions below were to be met by 9 January 2009. The Trust's responses were considered "
  "by the Chair.")
table(doc, [
    ["No.", "Condition", "Trust's response", "Status"],
    ["C1", "Provide a complete map showing where each national outcome is developed and assessed.",
     "Annex B supplied.", "Met (Chair, 9 January 2009)"],
    ["C2", "Revise the programme regulations so that the award depends on every national outcome.",
     "Regulation 4.3 now reads: no participant shall be awarded the Postgraduate Certificate unless "
     "the Examination Board is satisfied, on the tutor's record checked at moderation, that each of "
     "the national outcomes has been demonstrated in assessed work; a participant who has passed "
     "the tasks but not shown an outcome is referred in it.", "Met (Chair, 9 January 2009)"],
    ["C3", "Submit a procedure for the accreditation of prior learning and experience on this programme.",
     "The Trust will submit a procedure once the University's revised Collaborative RPL Policy is "
     "approved by Senate (expected spring 2009). Until then, no credit for prior learning can be "
     "awarded on the programme.", "Outstanding (due 31 March 2009)"],
    ["C4", "Confirm the staffing of each hub for the first intake.",
     "Annex C supplied.", "Met (Chair, 9 January 2009)"],
])

H("8. Recommendations")
P("Recommendations are advisory. The Trust's first views were added at its request.")
recs = [
    ("R1", "Strengthen the development and assessment of participants' skills in consulting children and "
           "young people.", "We agree and will consider a session for the September 2009 intake."),
    ("R2", "Consider how participants could gather evidence of the impact of their work on pupils' "
           "achievement, for example baseline and follow-up measures in Task 3.",
     "We will discuss this at the Programme Committee."),
    ("R3", "Produce written guidance for workplace mentors.", "We intend to prepare a Mentor Guide "
           "during 2009."),
    ("R4", "Audit the accessibility of hub venues and publish an access statement for applicants.",
     "Hub leads have been asked to look at this."),
    ("R5", "Consider offering an assessment-only route for experienced SENCOs.",
     "We do not intend to offer an assessment-only route in the first two years of the programme."),
    ("R6", "Develop tutor moderation of the online forums so that participants have support between "
           "hub days.", "Under consideration."),
]
table(doc, [["No.", "Recommendation", "Trust's initial view"]] + [list(r) for r in recs])

H("9. Approval details")
P("Approved for five years from January 2009. Maximum intake 20 participants per hub per intake. "
  "Next periodic review: 2013-14. At the end of the programme each participant holds a final "
  "tutorial with the hub tutor to draw up a Next Steps Plan of professional targets for the coming "
  "year, which they take to their performance management review with their headteacher.")

H("10. Signatures")
P("Professor Alan Marchetti, Chair        Mr Colin Rees, Secretary")

# Annex A
doc.add_page_break()
H("Annex A: Programme structure")
a = doc.add_table(rows=10, cols=4); a.style = "Table Grid"
rows = [["Unit", "Hub day", "Focus", "Assessment"],
        ["Unit 1: The SENCO, the Law and the Whole School (20 credits)", "1", "Law, Code of Practice, disability equality duty", "Task 1"],
        ["", "2", "Every Child Matters; self-evaluation; working with governors", ""],
        ["", "3", "Leading colleagues: coaching, mentoring, observation", ""],
        ["Unit 2: Knowing the Learners (20 credits)", "4", "Types of SEN; identification; data and tracking", "Task 2"],
        ["", "5", "Provision mapping; access arrangements; ICT", ""],
        ["", "6", "Elective (autism, SLCN, or behaviour); parents and carers", ""],
        ["Unit 3: Leading Change for Inclusion (20 credits)", "7", "Enquiry design; agencies and voluntary sector", "Task 3 and presentation"],
        ["", "8", "Evaluating provision; presentations; next steps", ""],
        ["All units", "-", "Workplace tasks, Hub Reflection Log", "Professional Practice Portfolio (pass/fail)"]]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        a.cell(i, j).text = v
for j in range(4):
    shade_cell(a.cell(0, j))
for (s, e) in [(1, 3), (4, 6), (7, 8)]:
    a.cell(s, 0).merge(a.cell(e, 0)); a.cell(s, 3).merge(a.cell(e, 3))
for (s, e) in [(1, 3), (4, 6), (7, 8)]:
    a.cell(s, 0).text = rows[s][0]; a.cell(s, 3).text = rows[s][3]

# Annex B
doc.add_page_break()
H("Annex B: Outcome map (supplied under Condition C1)")
P("All twenty-eight national outcomes are mapped below in the Trust's own wording. Key: T1, T2, T3 = "
  "Tasks 1-3; PPP = Professional Practice Portfolio (pass/fail, mentor-verified); HRL = Hub Reflection "
  "Log (formative; discussed in tutorials, not assessed for the award); HD = hub day.")
groups = [
    ("Professional attributes", [
        ("M1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "HD 6; workplace", "T2; PPP"),
        ("M2", "Wins the commitment of colleagues and senior leaders to better outcomes for pupils with SEN", "HD 2, HD 3", "T3 presentation"),
        ("M3", "Prioritises, manages time and delegates, checking delegated work is done", "HD 7", "HRL"),
        ("M4", "Anticipates and resolves problems; makes sound decisions about provision", "HD 5, HD 7", "T2; T3"),
        ("M5", "Communicates clearly in speech and writing; listens to others' views", "All hub days", "T1-T3; T3 presentation"),
        ("M6", "Uses research and outside advice to improve own and colleagues' practice", "HD 7, HD 8", "T3"),
        ("M7", "Keeps up to date and takes charge of own CPD in SEN and disability", "HD 8", "PPP (Next Steps Plan)"),
    ]),
    ("Knowledge and understanding", [
        ("M8", "Law and guidance on SEN, including the Code of Practice, and how to apply them in school", "HD 1", "T1"),
        ("M9", "Every Child Matters and the SENCO's part in achieving its outcomes", "HD 2", "T1; T2"),
        ("M10", "Disability equality law and the action it requires of schools", "HD 1", "T1"),
        ("M11", "The common types of SEN and disability and their effects on learning", "HD 4, HD 6", "T2"),
        ("M12", "Approaches, strategies and resources, including ICT, to remove barriers and personalise provision", "HD 5", "T2"),
        ("M13", "School self-evaluation and improvement as they bear on pupils with SEN", "HD 2", "T1; T3"),
        ("M14", "Best practice and research on meeting SEN", "HD 7", "T3"),
        ("M15", "The roles of external agencies and how to obtain specialist support", "HD 7", "T2; PPP"),
    ]),
    ("Skills", [
        ("M16", "Works with senior leaders and governors to shape an inclusive ethos, policies and use of resources", "HD 2", "T1; T3 presentation"),
        ("M17", "Identifies pupils with SEN, sets challenging targets, plans interventions and reviews progress", "HD 4", "T2"),
        ("M18", "Uses other professionals' assessments to shape teaching", "HD 4", "T2"),
        ("M19", "Uses summative data, including national tests, to track progress and adjust programmes", "HD 4", "T2"),
        ("M20", "Helps other teachers develop formative assessment for pupils with SEN", "HD 3", "HRL (peer feedback on hub day)"),
        ("M21", "Identifies access arrangements for tests and examinations in good time and puts them in place", "HD 5", "Not separately assessed"),
        ("M22", "Uses provision mapping to plan provision and find gaps or ineffective provision", "HD 5", "T2"),
        ("M23", "Deploys and manages support staff and teachers effectively", "HD 3", "T3; PPP"),
        ("M24", "Supports colleagues' development by observation, modelling, coaching and training", "HD 3", "T3 (staff session); PPP (observation record)"),
        ("M25", "Reviews the effectiveness of provision with colleagues to feed school self-evaluation", "HD 8", "T3"),
        ("M26", "Involves pupils in planning and reviewing their provision", "HD 6", "HRL"),
        ("M27", "Liaises with parents and carers to support learning", "HD 6", "T2 (review meeting)"),
        ("M28", "Works in partnership with other services and voluntary organisations", "HD 7", "T3; PPP"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
b = doc.add_table(rows=nrows, cols=4); b.style = "Table Grid"
for j, v in enumerate(["Ref", "Outcome (Trust wording)", "Developed in", "Assessed by"]):
    b.cell(0, j).text = v; shade_cell(b.cell(0, j))
i = 1
for gname, items in groups:
    m = b.cell(i, 0).merge(b.cell(i, 3)); m.text = gname; shade_cell(m, "F2F2F2")
    m.paragraphs[0].runs[0].bold = True
    i += 1
    for it in items:
        for j, v in enumerate(it):
            b.cell(i, j).text = v
        i += 1
P("")
P("Hub tutors record on each participant's outcome record the task in which each outcome was "
  "shown; the record is checked at moderation and goes to the Examination Board.")

# Annex C
H("Annex C: Hub staffing, first intake")
table(doc, [
    ["Hub", "Hub lead", "Background"],
    ["Carrbrook (North West)", "Mrs Anne Whitlow", "SENCO, Carrbrook TC, 11 years; MA Special and Inclusive Education"],
    ["Fenwick Lane (West Midlands)", "Mr Dev Sharma", "Former LA SEN adviser; MEd; specialist teacher (SpLD) qualification"],
    ["Saxmere (East)", "Ms Claire Oduya", "Assistant head (inclusion); NPQH; MA Education"],
    ["Tolverne (South West)", "Mrs Fiona Penrose", "SENCO, Tolverne AC; MA (autism); LA autism outreach 2003-06"],
    ["Bramley Park (London and SE)", "Mr Tom Ashdown", "SENCO and deputy head; MSc Speech and Language Sciences"],
    ["Ashgrove (Yorkshire)", "Dr Maureen Kell", "Deputy head, Ashgrove School; PhD (inclusive pedagogy); Ofsted additional inspector"],
])

doc.save(OUT)

# comments (python-docx >= 1.2)
d2 = Document(OUT)
for p in d2.paragraphs:
    if p.text.startswith("Specialist expertise comes from"):
        d2.add_comment(p.runs, text="Kay - should we say the Ashgrove visits are really only for the "
                       "London and South East hub? Others are too far.", author="Ruth Oyelaran", initials="RO")
    if p.text.startswith("The panel discussed pupil voice"):
        d2.add_comment(p.runs, text="Team disputed this at the event; leave as panel's view.",
                       author="Colin Rees", initials="CR")
d2.save(OUT)
print("wrote", OUT)
