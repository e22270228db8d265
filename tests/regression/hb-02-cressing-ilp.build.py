"""hb-02-cressing-ilp

Provider (invented): the North Cressing Colleges' Learning Support Consortium,
the additional learning support departments of Cressing Sixth Form College,
Marlowe Park College and Fenbury College of Further Education, with the
University of Stourmouth, which validates the "Certificate in Leading SEN
Provision" (the National Award for SEN Coordination) at 60 Masters-level
credits. March 2009.

Document kind: the Consortium's Individual Learning Plan (ILP) for the
Certificate, "Tutor Edition", in the format the colleges use for their own
students' ILPs: form sections addressed to the participant ("you"), each
followed by a grey shaded "Tutor guidance" box telling personal tutors what to
do, sent as the application with a shaded note to the panel at the top and a
"Course facts" page at the back. Layout: a field table with "[Click to
type]" placeholders; form sections typed as bold capitals in grey shaded bars
(no heading styles), numbered 1-10 by hand; tick-box tables; a landscape
Starting Point Profile in which each row is an outcome in the Consortium's own
words with "Block", "How it is assessed", self and tutor rating columns and
merged group rows; a Review Point table; the Course facts page in plain
paragraphs. Tracked changes by the university link tutor (one insertion, two
deletions, one a whole profile row), three comments, a header and a footer.

Traps (requirement ids):
- Section 4 (prior learning): certificated credit only; "The Consortium does
  not award credit for experiential learning" -> 2.1 partially_met.
- Section 4 tutor guidance: "There is no assessment-only route"; applicants are
  referred to the University of Stourmouth, "which may offer one from 2010"
  (another provider's route, future) -> 2.3 not_met.
- Course facts "Why the Certificate looks as it does": the paragraph on the
  headteachers' survey and the changes it led to is a tracked deletion; what
  remains is general ("We know from our work with schools ...") -> 4.1
  partially_met, 4.2 not_met.
- Course facts "Aim": attainment only, no well-being or ECM outcomes -> 1.1
  partially_met.
- Colleagues: work with colleagues is wholly within the participant's school
  -> 1.6 partially_met.
- Evaluation: learner evaluations, focus groups and the Course Review Board,
  all internal; nothing external -> 5.1 partially_met (5.9 is met by the
  Pupil Impact Record, aggregated each term).
- Placements: a comment ("we also place everyone for a day at Brookside
  special school") is the only mention of placements; body gives specialist
  expertise only -> 5.5 partially_met.
- Section 1 entry checks: a tracked INSERTION adds the List 99 / prohibition
  confirmation: inserted text is part of the submission -> 5.3 met.
- Starting Point Profile: the child-development row is a tracked deletion
  (6.K4 not_met); no exam access arrangements row, only a comment asking for
  one (6.S2d not_met); disability law "tutorial discussion only" (6.K3
  partially_met); own CPD "discussed at the exit review, not graded" (6.A7
  partially_met); deploying staff assessed but "not taught" (6.S4
  partially_met); reviewing provision with staff assessed formatively only
  (6.S6 partially_met). The footer's "covers every national outcome" and the
  gaps -> 1.9 and 6.0 partially_met.
- Header "UNCONTROLLED WHEN PRINTED" and footer are not evidence.
- e-learning is real and supported (3.3 met): e-tutor replies within two
  working days, fortnightly online tutorials, peer groups between taught
  sessions, head's termly e-mailed summary.
"""
from pathlib import Path
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).parent))
from _hb_helpers import (box, table, merged_row, grey, header_footer, shade,
                         typed_heading, tracked, delete_row)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = docx.Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
header_footer(
    doc,
    "North Cressing Colleges' Learning Support Consortium - ILP (Tutor Edition) - UNCONTROLLED WHEN PRINTED",
    "ILP-SENCO v3.1 March 2009. The Certificate covers every national outcome for SENCOs.",
)

BAR = "D0D0D0"
GUIDE = "EFEFEF"


def section(title):
    typed_heading(doc, title, size=12, caps=True, fill=BAR)


def guidance(*paras):
    box(doc, ["Tutor guidance"] + list(paras), fill=GUIDE)


p = doc.add_paragraph()
r = p.add_run("INDIVIDUAL LEARNING PLAN")
r.bold = True
r.font.size = Pt(20)
p = doc.add_paragraph()
r = p.add_run("Certificate in Leading SEN Provision (National Award for SEN Coordination) 2009-10")
r.bold = True
r.font.size = Pt(13)
doc.add_paragraph("Tutor Edition: includes guidance for personal tutors")

box(doc, [
    "To the approval panel",
    "Our colleges run every student's programme through an Individual Learning Plan, and we "
    "have built the Certificate the same way: each participant's year, from the first "
    "enquiry to the exit review, is planned, recorded and reviewed in this ILP. We send it "
    "in its Tutor Edition, in which the grey boxes tell personal tutors what to do at each "
    "stage, because that is where our arrangements are written down. The \"Course facts\" "
    "page at the back gives the panel the information the ILP does not. Please read the "
    "ILP as the participant and tutor would, section by section.",
], fill="DCE6F1")

ft = doc.add_table(rows=0, cols=2)
ft.style = "Table Grid"
for k in ["Participant", "School and LA", "Role in school", "Personal tutor",
          "College centre", "Pathway", "ILP opened (date)"]:
    c = ft.add_row().cells
    c[0].text = k
    shade(c[0], GUIDE)
    grey(c[1].paragraphs[0], "[Click to type]")
doc.add_paragraph()

# ------------------------------------------------------------ 1
section("1. Joining the Certificate: entry checks")
doc.add_paragraph(
    "Before your place is confirmed your personal tutor must see and record the items "
    "below. Please bring the documents to your entry interview.")
et = table(doc, ["Check", "Seen / date", "Tutor initials"], [
    ["Qualified Teacher Status (DfE reference number)", "", ""],
    ["Current post: SENCO, or headteacher's letter saying you will take on the role this year", "", ""],
    ["Headteacher's agreement: release for taught days, a School Link Mentor named, support for school tasks", "", ""],
    ["Enhanced CRB disclosure: number and date of issue", "", ""],
    ["Reference from current or most recent employer, covering conduct and any disciplinary matters", "", ""],
])
doc.add_paragraph()
guidance(
    "Record the CRB disclosure number and date from the original certificate or from the "
    "school's single central record (the school business manager can confirm it in "
    "writing). If the participant has not worked in a post with regular contact with "
    "children or young people in the past three months, do not confirm the place: refer "
    "them to Fenbury College's personnel team, who will process a new enhanced disclosure "
    "through the Consortium's registered body account.",
    "The employer reference is requested by the Consortium office on the standard "
    "reference form. Do not confirm the place until it has been received and read; any "
    "concern about conduct goes to the Programme Leader, who decides with the head of the "
    "participant's school.",
)
# tracked insertion adding the List 99 confirmation
gp = doc.add_paragraph()
gp.add_run("The reference form also asks the employer to confirm ")
tracked(gp, "that the participant's name has been checked against List 99 and that they "
        "have never been barred or excluded from teaching or from work with children, ",
        "ins", author="H. Merriman (Univ. Stourmouth)")
gp.add_run("and is kept on the participant's file.")

doc.add_paragraph(
    "At the entry interview your tutor will also talk through the Starting Point Profile "
    "(Section 3) with you. If the interview shows you are unlikely to reach all the "
    "outcomes in a year, for example because you have had no responsibility for pupils with "
    "SEN, your tutor will explain what experience would prepare you, write to your "
    "headteacher with the same advice, and offer you a place in the following intake.")

# ------------------------------------------------------------ 2
section("2. Your support needs")
doc.add_paragraph(
    "We want everyone on the Certificate to be able to take a full part in it. If you have "
    "a disability, a specific learning difficulty such as dyslexia, a mental health "
    "condition or a long-term health condition, telling us means we can put support in "
    "place from the first day. You do not have to tell us, and you can tell us at any time "
    "later. What you tell us is shared only with the people who need it to arrange your "
    "support, and only with your agreement.")
st = table(doc, ["Would any of these help you?", "Tick"], [
    ["Handouts in large print, on coloured paper, or in electronic form in advance", "\u2610"],
    ["Assistive software (for example text-to-speech or voice recognition) on a loan laptop", "\u2610"],
    ["A BSL interpreter, lip-speaker or note-taker at taught sessions", "\u2610"],
    ["Extra time or rest breaks in the professional discussion; extensions for written work", "\u2610"],
    ["A room on the ground floor, a particular seat, or a quiet room for breaks", "\u2610"],
    ["Something else (please say)", "\u2610"],
])
doc.add_paragraph()
guidance(
    "If the participant ticks anything or tells you about a need, refer them within five "
    "working days to the Additional Learning Support Coordinator at their college centre, "
    "who agrees an Access Plan with them and tells tutors and the University what "
    "adjustments to make. Access Plans apply to entry interviews, taught sessions, school "
    "visits and all assessments, including the professional discussion. Check before the "
    "first session that the venue meets the plan; all three college centres have step-free "
    "access and induction loops in the teaching rooms.",
    "The Consortium's disability equality scheme applies to the Certificate. Our leaflets "
    "and this ILP are available in large print, Braille and electronic formats, and the "
    "leaflet invites applications from disabled teachers and explains the support above.",
)

# ------------------------------------------------------------ 3 (landscape profile)
sec = doc.add_section()
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
section("3. Your Starting Point Profile")
doc.add_paragraph(
    "Rate yourself against each outcome before your entry interview: 1 = new to me, "
    "2 = some knowledge or experience, 3 = secure, 4 = could lead others. Your tutor adds "
    "a rating after the interview. The \"Block\" and \"How it is assessed\" columns show "
    "where each outcome is developed and how you will show it. To complete the "
    "Certificate, every row must be marked \"Evidenced\" by the end of your year.")
prof = table(doc, ["Outcome", "Block", "How it is assessed", "Self", "Tutor", "Evidenced"], [])
rows = [
    ("A. The SENCO as a professional", None),
    ("Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and with their parents and carers", "Block 1", "Assignment 1 (parent and pupil review record)"),
    ("Gains the commitment of the head, senior leaders and colleagues to better outcomes for pupils with SEN", "Block 3", "Assignment 3 (project agreed with head; evaluation)"),
    ("Prioritises, manages time and delegates, checking that delegated tasks are done", "Block 3 (managing the role)", "Assignment 3 reflective section with a two-week time audit"),
    ("Anticipates and resolves problems; makes sound decisions about provision", "Blocks 2 and 3", "Professional discussion (case scenario)"),
    ("Expresses themselves clearly in speech and writing; listens to and understands others", "All blocks", "Written assignments; professional discussion"),
    ("Uses research and external advice to improve own and colleagues' practice", "Block 2", "Assignment 1 critical review of research"),
    ("Keeps up to date and takes responsibility for own CPD on SEN and disability", "Throughout", "Discussed at the exit review, not graded"),
    ("B. What the SENCO knows", None),
    ("SEN law and the Code of Practice: what they mean for the school and how to apply them", "Block 1", "Assignment 1"),
    ("Every Child Matters: principles, outcomes and the SENCO's contribution", "Block 1", "Assignment 1"),
    ("Disability equality law and the actions it requires", "Block 1", "Tutorial discussion only"),
    ("__K4__", "Block 2", "Assignment 2"),
    ("Common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and how they affect learning", "Block 2", "Assignment 2 (two pupil case studies)"),
    ("A critical understanding of approaches, strategies and resources, including ICT, for assessment, planning and teaching", "Block 2", "Assignment 2"),
    ("School self-evaluation and improvement, and how they relate to outcomes for pupils with SEN", "Block 3", "Assignment 3"),
    ("Best practice and research on meeting SEN", "Block 2", "Assignment 1 critical review"),
    ("External agencies and how to obtain specialist support and resources", "Block 1", "Assignment 2 (multi-agency section)"),
    ("C. What the SENCO does", None),
    ("With senior colleagues and governors, influences inclusive ethos, policy, priorities and resources", "Block 3", "Assignment 3; professional discussion"),
    ("Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress", "Block 2", "Assignment 2"),
    ("Uses other professionals' assessments to develop teaching approaches", "Block 2", "Assignment 2"),
    ("Uses summative assessment, including national tests, to track progress and change programmes", "Block 2", "Assignment 2 (tracking data)"),
    ("Encourages colleagues to develop formative assessment, with approaches for pupils with SEN", "Block 2", "Assignment 3 (staff session plan and evaluation)"),
    ("Uses provision mapping to plan provision and find ineffective or missing provision", "Block 3", "Assignment 3 (provision map)"),
    ("Deploys and manages staff to support pupils with SEN", "Not taught: participants draw on their own experience", "Assignment 3"),
    ("Supports colleagues' development: observation and feedback, modelling, coaching, mentoring, training", "Block 3", "Assignment 3 (observed staff session)"),
    ("Reviews provision with colleagues to inform school self-evaluation", "Block 3", "Discussion at Review Point 3 (formative)"),
    ("Involves pupils in planning, agreeing and reviewing their provision", "Block 1; School Task 3", "Assignment 2 (pupil conversations)"),
    ("Liaises with parents and carers to promote learning and development", "Block 1; School Task 2", "Assignment 1 (parent review record)"),
    ("Works with other services and agencies, including voluntary organisations", "Block 1", "Assignment 2 (multi-agency section)"),
]
k4_row = None
sd_cell = None
for rr in rows:
    if rr[1] is None:
        merged_row(prof, rr[0])
        continue
    cells = prof.add_row().cells
    if rr[0] == "__K4__":
        cells[0].text = "How children develop and how SEN, disability and the learning environment affect development"
        k4_row = prof.rows[-1]
    else:
        cells[0].text = rr[0]
    cells[1].text = rr[1]
    cells[2].text = rr[2]
    if rr[0].startswith("Uses summative"):
        sd_cell = cells[0]
    for i in (3, 4, 5):
        cells[i].text = ""
delete_row(k4_row, author="H. Merriman (Univ. Stourmouth)")
doc.add_comment(sd_cell.paragraphs[0].runs, text="Add a row for exam access arrangements - we do this all the time in college, it should be here!", author="D. Lowther", initials="DL")
doc.add_paragraph()
guidance(
    "At the entry interview, test the participant's self-ratings with questions and "
    "examples; people often rate themselves highly on knowledge that has since changed "
    "(for example the disability equality duty). Agree your rating and write the three to "
    "five outcomes with the lowest agreed ratings into Section 5 as priority outcomes. "
    "Update the Evidenced column at each Review Point. At the exit review you may mark a "
    "row Evidenced only if the assessed piece named in the row has been passed or the "
    "participant has credit for it (Section 4).",
)

# ------------------------------------------------------------ 4
sec = doc.add_section()
sec.orientation = WD_ORIENT.PORTRAIT
sec.page_width, sec.page_height = sec.page_height, sec.page_width
section("4. Credit for prior learning")
doc.add_paragraph(
    "If you have passed a university module at Masters level in the last five years that "
    "covers the same ground as Block 1 or Block 2, you may be able to gain credit for it "
    "(up to 20 credits) and not take that block's assignment. Attach the transcript and "
    "module outline.")
doc.add_paragraph(
    "The Consortium does not award credit for experiential learning: if your learning has "
    "come from experience rather than a course, your tutor will take it into account when "
    "planning your year, but you will still complete the assignments.")
guidance(
    "Send claims for certificated credit to the University link tutor, who decides with "
    "the Programme Leader by matching the module's outcomes to the rows of Section 3. "
    "Record the decision in Section 3 and Section 5.",
    "There is no assessment-only route in this Consortium. If an applicant asks to be "
    "assessed without taking the course, refer them to the University of Stourmouth's CPD "
    "office, which may offer one from 2010.",
)

# ------------------------------------------------------------ 5
section("5. My Learning Plan")
doc.add_paragraph(
    "You and your tutor agree this plan at the entry interview and review it at each Review "
    "Point. It records the pathway you will follow, your priority outcomes from Section 3, "
    "and your targets.")
pt = table(doc, ["Pathway (tick)", "When and where"], [
    ["Pathway A \u2610", "Monday twilights (4.15-6.45 pm) at Cressing Sixth Form College, plus four Saturday days"],
    ["Pathway B \u2610", "Wednesday twilights at Fenbury College, plus four Saturday days"],
    ["Pathway C (blended) \u2610", "Four Saturday days at Marlowe Park College; the rest of each block online through CressNet, with fortnightly online tutorials"],
])
doc.add_paragraph()
doc.add_paragraph(
    "Intakes start in September and February. Block 1 comes first for everyone; Blocks 2 "
    "and 3 can be taken in either order, and you can move between pathways at a Review "
    "Point if your circumstances change.")
tt = table(doc, ["My priority outcomes", "My target (what I will do, by when)", "Support agreed"],
           [["[Click to type]", "[Click to type]", "[Click to type]"] for _ in range(3)])
doc.add_paragraph()
guidance(
    "Targets must be specific to the participant's school and tied to a School Task or "
    "assignment. Where priority outcomes are shared by several participants in a group, "
    "tell the block leader so that the block can give them more time; where a whole group "
    "is already secure on an outcome, the block leader may shorten that session.",
    "CressNet (the Consortium's Moodle site) carries every session's materials. On "
    "Pathway C, and for any participant between taught sessions, the block's e-tutor "
    "answers questions posted in the block forum or by e-mail within two working days, "
    "and runs an online tutorial every fortnight. Participants are placed in online "
    "peer groups of four to six who post and comment on each other's School Task drafts. "
    "Each term the personal tutor sends the headteacher and School Link Mentor a short "
    "e-mailed summary of progress agreed with the participant.",
)

# ------------------------------------------------------------ 6
section("6. School Tasks and your School Link Mentor")
doc.add_paragraph(
    "Every block includes School Tasks that you carry out in your own school, each tied to "
    "rows of your Starting Point Profile. They build towards your assignments.")
table(doc, ["Task", "What you do", "Feeds"], [
    ["School Task 1", "Compare your school's SEN policy and information for parents with the Code of Practice and the disability equality duty", "Assignment 1"],
    ["School Task 2", "Plan and hold a review meeting with a parent or carer; ask them afterwards how it felt", "Assignment 1"],
    ["School Task 3", "Hold structured conversations with three pupils with SEN about their support, and use what they say to change one thing", "Assignment 2"],
    ["School Task 4", "Build or update a provision map for one year group and cost it", "Assignment 3"],
    ["School Task 5", "Plan and lead a staff session on an aspect of SEN and collect colleagues' evaluations", "Assignment 3"],
])
doc.add_paragraph()
doc.add_paragraph(
    "Your headteacher names a School Link Mentor, normally a senior leader, who meets you "
    "at least twice a term, agrees your School Tasks, and signs your Review Point records. "
    "Your work with colleagues is based in your own school: advising teachers and teaching "
    "assistants about individual pupils, leading the staff session in School Task 5, and "
    "supporting the colleagues who carry out interventions.")
guidance(
    "Invite every School Link Mentor to the mentor briefing twilight held at each centre "
    "in the first half term, and give them the Mentor Guide, which sets out what they do, "
    "how often they meet the participant and how to sign Review Point records. A mentor "
    "who cannot attend receives a telephone briefing from you.",
)

# ------------------------------------------------------------ 7
section("7. Review Points")
doc.add_paragraph(
    "You will have three Review Points with your tutor: at the end of each block. At each "
    "one you look back at your targets and your Starting Point Profile, and bring your "
    "Pupil Impact Record.")
table(doc, ["", "Review Point 1", "Review Point 2", "Review Point 3"], [
    ["Targets met / partly / not yet", "", "", ""],
    ["Rows newly Evidenced", "", "", ""],
    ["Pupil Impact Record discussed", "\u2610", "\u2610", "\u2610"],
    ["Confidence rating (1-10)", "", "", ""],
    ["New targets agreed", "", "", ""],
    ["Signed: participant / tutor / School Link Mentor", "", "", ""],
])
doc.add_paragraph()
guidance(
    "The Pupil Impact Record is a one-page sheet on which the participant records a "
    "baseline for the pupils involved in their School Tasks before any change (for example "
    "reading age, attendance, number of behaviour incidents, or the pupil's own rating of "
    "how confident they feel in lessons) and the same measure at the next Review Point and "
    "at the end of the year. Check the baseline is taken before the intervention starts.",
    "Send a copy of each completed Review Point record and the Pupil Impact Record to the "
    "Consortium office. The Programme Leader collates the confidence ratings and pupil "
    "measures for each group and reports them each term to the Course Review Board, with "
    "the participants' own comments on what changed in their practice.",
)

# ------------------------------------------------------------ 8
section("8. Assessment record")
table(doc, ["Assessed piece", "Due", "Result", "Second marked / IV", "Moderated"], [
    ["Assignment 1: Law, policy and partnership (4,000 words incl. critical review of research)", "End of Block 1", "", "", ""],
    ["Assignment 2: Two pupil case studies (5,000 words)", "End of Block 2", "", "", ""],
    ["Assignment 3: Leading a change in provision (5,000 words incl. observed staff session)", "End of Block 3", "", "", ""],
    ["Professional discussion (45 minutes)", "After Assignment 3", "", "", ""],
])
doc.add_paragraph()
guidance(
    "Mark each piece against the rows of Section 3 it assesses, using the University's "
    "Level 7 criteria, and write which rows it evidences on the feedback sheet. An "
    "internal verifier from another college centre second-marks all fails, all "
    "distinctions and a sample of at least one in four of the rest. Before each marking "
    "period all markers meet for a standardisation session on two anonymised scripts. The "
    "University link tutor moderates a sample from each centre, and the University's "
    "external examiner sees a sample and attends the assessment board.",
    "The Certificate is recommended to the University's board only when every row of "
    "Section 3 is marked Evidenced.",
)

# ------------------------------------------------------------ 9
section("9. Exit review and next steps")
doc.add_paragraph(
    "Your last meeting with your tutor looks forward. Before it, discuss with your "
    "headteacher or line manager what you want to work on next, and bring a draft of your "
    "Next Steps Plan.")
table(doc, ["Next Steps Plan", ""], [
    ["What I will develop next in my role (one to three objectives)", "[Click to type]"],
    ["Further study or training I am considering", "[Click to type]"],
    ["Agreed with my line manager on (date)", "[Click to type]"],
])
doc.add_paragraph()
guidance(
    "Use the Section 3 ratings to help the participant pick objectives for the next year. "
    "Give them the Consortium's progression sheet, which lists the University of "
    "Stourmouth's MA modules and the specialist courses the colleges run (for example the "
    "dyslexia assessor qualification and the autism awareness course), and suggest they "
    "take the Next Steps Plan to their next performance management meeting.",
)

# ------------------------------------------------------------ 10
section("10. Your views")
doc.add_paragraph(
    "At the end of each block you complete an evaluation form, and one participant from "
    "each centre is invited to a focus group each term. Your views are reported to the "
    "Course Review Board.")
guidance(
    "The Course Review Board meets once a term. Its members are the Programme Leader, the "
    "three centres' Additional Learning Support managers, the University link tutor, "
    "Cressing County Council's SEN officer, two headteachers from schools with "
    "participants, a worker from the county's Parent Partnership Service and a former "
    "participant. It reviews the evaluations, the Review Point data and the assessment "
    "results, agrees changes to the next block, and checks the changes were made. The "
    "headteachers on the Board also host the Block 3 visit for their centre's group.",
)

# ------------------------------------------------------------ Course facts
section("Course facts (for the approval panel)")
doc.add_paragraph(
    "Award. Certificate in Leading SEN Provision, 60 credits at Masters level (Level 7), "
    "validated and awarded by the University of Stourmouth, School of Education. The "
    "University's validation event is on 23 April 2009; the Certificate runs under the "
    "University's regulations for collaborative awards, and the University appoints the "
    "external examiner.")
doc.add_paragraph(
    "Aim. The Certificate aims to raise the attainment of pupils with SEN in participants' "
    "schools by improving how SEN provision is led.")
doc.add_paragraph(
    "Blocks. Block 1, Law, Policy and Partnership; Block 2, Learners and Learning; Block 3, "
    "Leading Provision. Each block has four Saturday days or twilight equivalents and two "
    "online units. Block 1 covers the Education Act 1996 and the SEN Code of Practice "
    "(2001), the Disability Discrimination Act 1995 as amended in 2005, Every Child Matters "
    "and the Children Act 2004, the Inclusion Development Programme and the SEN and "
    "disability review of the Lamb Inquiry. Block 2 reads and critiques recent research and "
    "inspection evidence, including the Bercow Review (2008), Ofsted's Inclusion: does it "
    "matter where pupils are taught? (2006) and the DCSF's Personalised Learning papers, "
    "and Assignment 1 includes a critical review of it.")
p = doc.add_paragraph()
p.add_run("Why the Certificate looks as it does. We know from our work with schools that "
          "SENCOs want a practical course close to home that they can fit around school. ")
tracked(p, "In autumn 2008 we asked the 41 secondary and 97 primary headteachers in our "
        "colleges' areas what they needed; the 52 replies led us to add Saturday days and "
        "the blended Pathway C and to move provision mapping into Block 3. ", "del",
        author="H. Merriman (Univ. Stourmouth)")
doc.add_paragraph(
    "Staff. The Programme Leader, Dr Anita Rowe, was a secondary SENCO for nine years and "
    "holds an MA in Special and Inclusive Education and the OCR Level 7 Diploma in "
    "specific learning difficulties. The three block leaders are the centres' Additional "
    "Learning Support managers: Paul Ingram (former SENCO and local authority advisory "
    "teacher, NPQH), Sara Mistry (qualified teacher of the deaf, MEd) and Joanne Kerr "
    "(former special school deputy head, MA Autism). All tutors teach or manage learning "
    "support in college, attend the Consortium's termly updating days, and the University "
    "link tutor is a member of its Centre for Inclusion Research.")
pr = doc.add_paragraph(
    "Expertise and resources. Participants work with the colleges' specialist teams: "
    "dyslexia assessors, teachers of the deaf and of visually impaired learners, the autism "
    "support team and the examinations access coordinators, and Block 1 and Block 2 days "
    "include a county educational psychologist and a speech and language therapist. Each "
    "centre has an assistive technology room (text-to-speech, voice recognition, mind-mapping "
    "and switch access) used in Block 2, and participants have full use of the University "
    "library and its electronic journals.")
doc.add_comment(pr.runs, text="We also place everyone for a day at Brookside special school - can we say so?", author="D. Lowther", initials="DL")
ev = doc.add_paragraph(
    "Fees and funding. The fee for 2009-10 is \u00a31,450, the same on every pathway. "
    "Taught days are held in the colleges' own rooms, which keeps costs down, and the "
    "Consortium meets the cost of each participant's Access Plan.")
doc.add_comment(ev.runs, text="Should we mention the external evaluation the University offered? Not agreed yet.", author="A. Rowe", initials="AR")

doc.save(OUT)
print("wrote", OUT)
