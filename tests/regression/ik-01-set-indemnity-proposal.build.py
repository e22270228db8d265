"""ik-01-set-indemnity-proposal

Provider (invented): the Stammering Education Trust (SET), a national
stammering charity, running "Every Voice: the SET Award for SEN Coordination"
with the University of Lindmoor (School of Education), which validates it as a
60-credit Postgraduate Certificate.  January 2009.

Document kind and layout: the Trust's completed professional indemnity and
public liability PROPOSAL FORM from its insurer (Hallam & Stroud Mutual, form
PI-ET/07, "Education, Training and Advisory Services"), sent to the panel whole
because, as a note to the panel in a VML text box says, the broker asked for the
fullest description of the Award the Trust has written.  The insurer's numbered
questions are left in as grey italic prompts in two-column tables (number |
question) with the Trust's answers in merged full-width rows beneath; section
bands are merged, shaded rows.  Yes/No questions carry typed check boxes
(the ticks are never evidence on their own).  A continuation sheet (Schedule 2,
"Elements of the service") lists the national outcomes in the Trust's own words
with "Taught in" and "Checked by" columns and merged band rows.  A declaration
table, a header with the policy reference and a footer with the Trust's
safeguarding line.  One footnotes part, three Word comments from the broker, one
tracked insertion (counts) and one tracked deletion (does not count).

Traps (requirement ids):
- Insurer's prompts name assessment-only routes, CRB checks, placements,
  e-learning tutor support and impact measures: prompts are never answers
  (2.3, 5.3, 5.5, 3.3, 5.9).
- Q4.6 asks about a route by assessment alone; the Trust answers "No" and
  explains every participant attends (2.3 not_met, negation).
- Q7.2 CRB: the "Yes" box is ticked, but the answer covers the Trust's own
  tutors and volunteers; participants' disclosures are "a matter for the
  employing school" and the Trust does not see them (5.3 not_met: someone
  else's responsibility).  The footer's safeguarding line is about staff and
  is never evidence anyway.
- Q9 claims history: the 2007-08 pilot had a Saturday route and a closing
  "Next Steps" interview; both were "not continued" (3.2 stays partial; 2.5
  not_met: past arrangement).
- Q10.4 stakeholders in evaluation: only "We would like ... but no
  arrangement has yet been made" (4.3 not_met: hope).
- Prior learning: credit from a University module carries in, but
  "experience on its own is not accredited" (2.1 partially_met); a broker's
  comment suggests APEL (comments never count).
- Starting Conversation assesses needs against the outcomes but "we do not
  write an individual plan" (2.2 partially_met).
- E-learning (Talkboard on the University VLE): peer discussion only; tutors
  do not post there; the sentence promising tutor replies is a tracked
  DELETION (3.3 partially_met).
- One start a year in a fixed order save that Strands 2 and 3 may be swapped
  (3.2 partially_met).
- Evaluation methods listed, but results "are filed"; nothing on how they
  change the course (5.1 partially_met).
- Moderation: the external examiner sentence is a tracked INSERTION, which
  counts (5.8 met).
- Specialist speakers but "The Award does not include placements or visits"
  (5.5 partially_met).
- Impact: confidence scales before and after; "We do not ask participants to
  measure their pupils' progress" (5.9 partially_met).
- Schedule 2 outcomes: time management taught, "not checked" (6.A3); own CPD
  only in the unmarked Practice Log (6.A7); child development taught, "not
  checked" (6.K4); school self-evaluation checked in Task B but "not taught"
  (6.K7); summative data only in the Practice Log, "formative only" (6.S2b);
  deploying staff covered, not assessed, said only in a footnote (6.S4);
  access arrangements for tests have no row at all (6.S2d not_met).  Some
  outcomes the charity would be expected to stress (speech and communication)
  are met normally.
- Assessment covers most but not all outcomes, so 1.9 is partially_met.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from _ik_helpers import (cell_text, shade, table, para, runs, ins_run, del_run, text_box,
                         Footnotes, header_footer, comment, word_count)

HERE = Path(__file__).resolve().parent
NAME = "ik-01-set-indemnity-proposal"
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "Hallam & Stroud Mutual Insurance  |  Form PI-ET/07  |  Broker ref BIB/SET/0419",
              "Stammering Education Trust, registered charity 1099217. Safeguarding: all Trust staff and volunteers hold enhanced CRB disclosures.")

para(doc, "HALLAM & STROUD MUTUAL INSURANCE", bold=True, size=14)
para(doc, "PROFESSIONAL INDEMNITY AND PUBLIC LIABILITY PROPOSAL FORM", bold=True, size=12)
para(doc, "Education, Training and Advisory Services (PI-ET/07)", italic=True)

text_box(doc, [
    ("A note to the approval panel from the Stammering Education Trust", True),
    ("Our insurance broker asked us, when we renewed our cover in January, to describe the new Award in full so that the "
     "underwriters could see exactly what we will be doing. The result is the most complete account of Every Voice that we "
     "have, and the University of Lindmoor suggested we send it to you as it stands rather than rewrite it. The insurer's "
     "questions are printed in grey; our answers are in black beneath each one. Schedule 2 at the end lists the national "
     "outcomes in our own words and shows where each is taught and how it is checked.", False),
    ("Dr Miriam Ashcroft, Director of Education, 19 January 2009", False),
], height="1.9in")

GREY = "808080"


def section(title, items):
    """items: list of (qno, prompt, answer) where answer is a str or list of str."""
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_text(hdr, title, bold=True, fill="BFBFBF")
    cells = {}
    for qno, prompt, answer in items:
        r = t.add_row().cells
        cell_text(r[0], qno, italic=True)
        cell_text(r[1], prompt, italic=True)
        for c in r:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.color.rgb = RGBColor.from_string(GREY)
        shade(r[0], "F2F2F2")
        shade(r[1], "F2F2F2")
        a = t.add_row().cells
        m = a[0].merge(a[1])
        if isinstance(answer, str):
            answer = [answer]
        m.text = ""
        first = True
        for line in answer:
            p = m.paragraphs[0] if first else m.add_paragraph()
            first = False
            p.add_run(line)
        cells[qno] = m
    doc.add_paragraph()
    return t, cells


section("SECTION 1  THE PROPOSER", [
    ("1.1", "Name of proposer and any subsidiary or trading names.",
     "The Stammering Education Trust (SET), a registered charity and company limited by guarantee. We trade under no other name."),
    ("1.2", "Address of principal office.", "4 Calder Yard, Wakeley Street, Sheffield S3 8HT."),
    ("1.3", "Describe the proposer's main business.",
     "We are the national charity for children and young people who stammer and for the adults who teach them. We run a "
     "helpline for parents and teachers, publish classroom guidance, train teachers and support staff, and run the Young "
     "Speakers' Panel, a group of 24 young people aged 11 to 19 who stammer and who advise the Trust on everything it does."),
    ("1.4", "Number of employees, volunteers and associates.",
     "Nineteen employees (eleven full time), four associate tutors on contract, and about sixty volunteers."),
])

_, s2 = section("SECTION 2  ACTIVITIES TO BE INSURED", [
    ("2.1", "Describe fully the new activity for which cover is sought. Attach a continuation sheet if necessary.", [
        "From September 2009 the Trust will run Every Voice: the SET Award for SEN Coordination, a one-year part-time course "
        "leading to the National Award for SEN Coordination for teachers who are new to the SENCO role. The University of "
        "Lindmoor validated the Award on 3 December 2008 as a Postgraduate Certificate worth 60 credits at masters level "
        "(Level 7), and the University confers the award.",
        "The Award's aim is to raise the achievement and improve the well-being of children and young people with SEN and/or "
        "disabilities, in all five Every Child Matters outcomes and not only in their test results, by building the knowledge, "
        "skills and confidence of the SENCOs who lead provision for them. Each of the four Strands has objectives written "
        "against that aim, and every assessed Task asks the participant to show what difference the work has made to "
        "particular pupils' learning, safety, health or participation.",
        "The course is built from four Strands taught over eight Lindmoor Days (Thursdays, 9.30 to 4.00, at the University's "
        "Hallam Road campus), with school-based work between the Days:",
        "Strand 1, The Role and the Law (Days 1 and 2): the SEN Code of Practice and the SENCO's duties under it, the "
        "Disability Discrimination Act and the disability equality duty, Every Child Matters and the SENCO's part in the five "
        "outcomes, and current policy, including the Bercow Review of services for children with speech, language and "
        "communication needs (2008), the Inclusion Development Programme, and the findings of Ofsted's report Special "
        "educational needs and disability: towards inclusive schools (2004).",
        "Strand 2, Knowing the Learner (Days 3 and 4): how children develop and how SEN, disability and the environment for "
        "learning affect development; the common types of SEN (behavioural, emotional and social difficulties, specific "
        "learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and "
        "moderate learning difficulties) and how they affect learning; identifying pupils, setting targets and planning "
        "interventions; using reports from speech and language therapists, educational psychologists and other professionals.",
        "Strand 3, Leading Provision (Days 5 and 6): provision mapping, deploying and managing teaching assistants, leading "
        "colleagues' professional development through observation, coaching and training, working with the head and governors "
        "on policy, priorities and resources, and managing time.",
        "Strand 4, Working Together (Days 7 and 8): consulting pupils and involving them in planning and reviewing their "
        "provision, working in partnership with parents and carers, and working with other services and voluntary "
        "organisations. Day 7 is led jointly with two members of the Young Speakers' Panel, who run the morning workshop on "
        "listening to pupils who find talking hard.",
        "Between the Days each participant carries out the assessed Tasks in his or her own school, keeps a Practice Log, and "
        "meets a school mentor (normally the headteacher or a deputy) at least twice a term.",
    ]),
    ("2.2", "Is any part of the activity delivered electronically (e-learning, online forums, webinars)? If YES, describe "
            "how learners are supported by tutors and by one another.", [
        "☒ Yes   ☐ No",
        "Each Strand has a Talkboard, a discussion area on the University's Blackboard site, where the course readings, the "
        "slides from each Day and the Task briefs are posted. Participants use the Talkboard between the Lindmoor Days to "
        "share what they are trying in school and to comment on one another's drafts; each tutor group agrees a question to "
        "discuss after every Day. Tutors do not post on the Talkboard.",
    ]),
    ("2.3", "Who are the participants? State any entry requirements.", [
        "Qualified teachers working in maintained schools, academies and independent schools in England who have taken up, or "
        "are about to take up, the SENCO role. Applicants must hold QTS, be designated SENCO or be named by the head as the "
        "SENCO from the coming year, and send a supporting statement from the head committing the school to release for the "
        "eight Days and to the mentor meetings.",
        "Every applicant then has a Starting Conversation with a tutor (by telephone or in person, about forty minutes) in "
        "which the tutor goes through the national outcomes with the applicant, checks that he or she knows enough of the "
        "Code of Practice and has enough experience of teaching pupils with SEN to be likely to reach all the outcomes by the "
        "end of the year, and records the outcomes the applicant is least sure of. Where an applicant is not ready, the tutor "
        "writes to the applicant and the head saying what experience or reading to gain first, and offers a place the "
        "following year. We do not write an individual plan from the Starting Conversation; the record goes to the "
        "participant's tutor so that she knows the group before Day 1.",
    ]),
])

# tracked deletion inside the 2.2 answer: the promised tutor replies
p22 = s2["2.2"].add_paragraph()
del_run(p22, "Tutors reply to every Talkboard post within two working days.", author="M Ashcroft")

section("SECTION 3  CONTRACTS, PARTNERS AND ACCREDITATION", [
    ("3.1", "Is the activity carried out under contract with, or on behalf of, any other body? If YES name the body and "
            "describe the division of responsibilities.", [
        "☒ Yes   ☐ No",
        "The University of Lindmoor validates the Award and confers it. A memorandum of agreement signed on 10 December 2008 "
        "gives the Trust responsibility for recruitment, teaching, tutoring and first marking, and the University "
        "responsibility for registration, the award, second marking of a sample, the assessment board and the appointment "
        "of the external examiner. The University's Centre for Fluency Research provides two of the tutors (see Section 5).",
    ]),
    ("3.2", "Do you certify, accredit or award qualifications in your own name?",
     ["☐ Yes   ☒ No", "No. The Postgraduate Certificate is the University's award."]),
    ("3.3", "State the fee charged to each participant and any discounts.", [
        "The fee is £1,150 for the year, invoiced to the school. It is kept at that level by teaching in groups of up to "
        "eighteen and by using the University's rooms at its internal rate. Fourteen bursaries of £400 are available from "
        "the Trust's own education fund for schools with fewer than 150 pupils."]),
])

_, s4 = section("SECTION 4  ADVICE, ASSESSMENT AND CERTIFICATION", [
    ("4.1", "Do you assess or grade the work of participants? If YES describe the method.", [
        "☒ Yes   ☐ No",
        "Three Tasks are assessed, each marked Pass or Refer against criteria taken from the national outcomes:",
        "Task A, A Learner's Story (4,000 words, due after Day 4): a case study of one pupil with SEN and/or a disability in "
        "the participant's school, drawing together assessments from at least two other professionals, the pupil's own "
        "account of what helps and what gets in the way, and the parents' view, and ending with targets and a planned "
        "intervention which the participant reviews six weeks later.",
        "Task B, The Change Project (5,000 words, due after Day 6): a review of SEN provision in the participant's school "
        "using a provision map, carried out with colleagues, identifying provision that is missing or not working, and leading "
        "one change agreed with the head, including how teaching assistants are to be used and the training colleagues will "
        "need. The report sets out how the review feeds the school's self-evaluation form.",
        "Task C, The Professional Conversation (40 minutes, after Day 8): the participant talks two tutors through the "
        "Practice Log and the two earlier Tasks and answers questions on the law, on working with parents, on other agencies "
        "and on the research behind the changes made. A written Reflective Commentary of 1,500 words is submitted "
        "beforehand.",
        "The Practice Log is a dated record of the participant's school-based work, kept throughout the year. Tutors read it "
        "and comment on it at each Day, but it is not marked.",
    ]),
    ("4.2", "State the requirements for a certificate or award to be issued.", [
        "A participant passes only when all three Tasks are passed and the tutor has signed off every one of the national "
        "outcomes on the participant's Outcome Record, which lists where the evidence for each outcome was found. A Referred "
        "Task may be resubmitted once. There is no compensation between Tasks: a strong Task cannot make up for a weak one."]),
    ("4.3", "How do you ensure the consistency and accuracy of marking?", [
        "Every Task is first marked by the participant's tutor against the shared criteria. A second tutor blind marks every "
        "Referred Task and one in five of the rest; the two tutors meet to agree marks and record how they reached agreement. "
        "The tutors meet before each marking period to mark three anonymised Tasks together and agree the standard, and a "
        "University moderator samples the marks before the assessment board."]),
    ("4.4", "Does the activity include credit for prior learning or experience? Give details.", [
        "Participants who have already passed the University's 20-credit module Speech, Language and Communication in the "
        "Classroom within the last five years may carry that credit into the Award and are excused Strand 2 Day 4 and the "
        "parts of Task A that the module assessed. Experience on its own is not accredited."]),
    ("4.5", "Does the activity include a needs assessment or individual learning plan?",
     ["☒ Yes   ☐ No", "See the Starting Conversation under 2.3."]),
    ("4.6", "Do you offer any route by which a certificate may be obtained by assessment alone, without attendance (for "
            "example for experienced practitioners)? If YES give details.", [
        "☐ Yes   ☒ No",
        "No. Every participant attends the eight Lindmoor Days and completes the three Tasks, whatever their experience."]),
])

# tracked insertion in 4.3 that counts
p43 = s4["4.3"].add_paragraph()
ins_run(p43, "The external examiner appointed by the University reviews a sample of every Task from every tutor group and "
             "attends the assessment board each July.", author="M Ashcroft")

_, s5 = section("SECTION 5  STAFF AND QUALIFICATIONS", [
    ("5.1", "List the persons who will deliver the activity with their qualifications and relevant experience.",
     "See the table below."),
])
staff = table(doc, [
    ["Name and role", "Qualifications", "Relevant experience"],
    ["Dr Miriam Ashcroft, Director of Education (programme leader)", "PhD (Lindmoor), MA SEN, QTS, NPQH",
     "Former SENCO and deputy head of a large primary school; eight years leading the Trust's teacher training."],
    ["Owen Pritchard, tutor (Strands 1 and 3)", "MEd Inclusive Education, QTS, National SENCO qualification (2004)",
     "SENCO in two secondary schools for eleven years; local authority SEN adviser until 2007."],
    ["Dr Hannah Oyelaran, tutor (Strand 2)", "PhD, Certified Member of the Royal College of Speech and Language Therapists",
     "Lecturer, Centre for Fluency Research; specialist speech and language therapist; publishes on stammering in school."],
    ["Rachel Dunmore, tutor (Strand 4)", "MA Education, QTS, British Psychological Society Certificate in Educational Testing",
     "Specialist teacher for speech, language and communication needs; runs the Trust's parents' workshops."],
    ["Professor Ian Calloway, University link tutor", "PhD, PGCE, Senior Fellow of the Higher Education Academy",
     "Head of Postgraduate Professional Studies, University of Lindmoor; second marker and moderator."],
])
doc.add_paragraph()
section("SECTION 5 (continued)", [
    ("5.2", "How do you ensure that staff understand their responsibilities and keep their knowledge current?", [
        "All tutors attend a tutor induction day in June, work from the Every Voice Tutor Handbook (which sets out each "
        "tutor's role on the Days, in tutoring, in marking and in moderation, and the University's regulations), and "
        "co-teach their first Day with the programme leader. Each tutor has twenty days a year of research and professional "
        "updating time, and the tutor team meets each half term. School mentors receive a Mentor Briefing Pack and a "
        "two-hour briefing at the University in September on what the mentor meetings are for and what the mentor signs on "
        "the Outcome Record."]),
    ("5.3", "Do you use subcontractors or guest presenters?", [
        "☒ Yes   ☐ No",
        "Guest presenters on the Days include an educational psychologist from Lindmoor City Council, a paediatric "
        "occupational therapist, an officer of the local Parent Partnership Service and a hospital school teacher. The Award "
        "does not include placements or visits to other settings."]),
])

section("SECTION 6  PREMISES, EQUIPMENT AND PARTICIPANTS' NEEDS", [
    ("6.1", "Where will the activity take place? Are the premises accessible?", [
        "The Hallam Road campus of the University of Lindmoor. All teaching rooms are on the ground floor or served by a lift, "
        "have hearing loops, and are within 30 metres of an accessible toilet."]),
    ("6.2", "Describe equipment, materials and learning resources provided.", [
        "Participants have full University library and Blackboard rights, the Trust's Resource Room of about 1,400 books, "
        "assessment materials and classroom resources on speech, language and communication, and the loan of a laptop with "
        "text-to-speech and mind-mapping software for the year where the school cannot provide one. Each Strand has a "
        "reading pack."]),
    ("6.3", "How do you meet the needs of participants with disabilities?", [
        "The application form asks applicants to tell us about any disability or condition so that we can plan adjustments, "
        "and explains why we ask and who will see the answer. About one applicant in ten tells us that he or she stammers. "
        "For every participant who discloses a disability the programme leader agrees a written adjustment plan before Day 1, "
        "covering for example extra time for Task C, a choice to give Task C as a recorded presentation or a written "
        "commentary with a shorter conversation, large-print or electronic readings, and seating and breaks. Tutors never "
        "ask participants to read aloud or introduce themselves round a room. The same plan applies at the Professional "
        "Conversation, and the tutors are briefed on it."]),
])

section("SECTION 7  SAFEGUARDING", [
    ("7.1", "Does the activity bring staff into contact with children or vulnerable adults?", [
        "☒ Yes   ☐ No",
        "Only on Day 7, when members of the Young Speakers' Panel attend with a Trust youth worker."]),
    ("7.2", "Do you verify that all trainees hold a current enhanced CRB disclosure? Give details of your procedure.", [
        "☒ Yes   ☐ No",
        "The Trust's own tutors, youth workers and volunteers are checked under our safer recruitment policy, with an enhanced "
        "CRB disclosure renewed every three years. Participants are serving teachers, and their CRB disclosures are a matter "
        "for the employing school; we do not ask for or see participants' disclosures."]),
])

_, s8 = section("SECTION 8  STAKEHOLDERS AND QUALITY CONTROL", [
    ("8.1", "How was the need for the activity established?", [
        "In autumn 2007 we surveyed the 212 SENCOs who had attended our courses in the previous three years and the SEN "
        "advisers of the nine local authorities we work with most. They told us that new SENCOs wanted more on working with "
        "parents, on speech, language and communication needs across all types of SEN, and on leading colleagues, and that "
        "schools could release staff for single days but not for blocks. The Young Speakers' Panel told us that teachers "
        "rarely asked them what helped."]),
    ("8.2", "What changes have you made as a result?", [
        "Because of the survey the Days are single Thursdays spread across the year; Strand 4 was written to give working "
        "with parents a full Day; Task A requires the pupil's own account; and Day 7 is led with the Young Speakers' Panel. "
        "The local authority advisers commented on the draft Task briefs, and Task B was changed at their suggestion to tie "
        "into the school's self-evaluation form."]),
    ("8.3", "Describe your quality control procedures and how the activity will be evaluated.", [
        "Participants complete an evaluation form after each Day and at the end of the year; tutors write a short report on "
        "each Strand; the external examiner reports each year to the University; and the University's annual monitoring "
        "report covers the Award. The results are filed with the programme records."]),
    ("8.4", "How will you measure the effect of the activity on those who take part and on others?", [
        "Participants rate their confidence against each of the national outcomes on a five-point scale at the Starting "
        "Conversation and again at the end of the year, and the tutor compares the two with the evidence on the Outcome "
        "Record. We do not ask participants to measure their pupils' progress."]),
    ("8.5", "Will stakeholders be involved in reviewing the activity?", [
        "We would like schools and the Young Speakers' Panel to help evaluate the Award in future years, but no arrangement "
        "has yet been made."]),
])

section("SECTION 9  CLAIMS AND CIRCUMSTANCES", [
    ("9.1", "Has any claim been made against the proposer in the last five years, or are you aware of any circumstance "
            "that might give rise to one?", ["☐ Yes   ☒ No"]),
    ("9.2", "Has the activity, or a similar activity, been run before? If YES give details and any changes made.", [
        "☒ Yes   ☐ No",
        "An unaccredited pilot ran in 2007-08 for 16 SENCOs. The pilot offered a Saturday route for teachers who could not "
        "be released, and closed with a Next Steps interview in which each participant agreed further professional targets "
        "with a tutor. Neither was continued into the Award.",
        "The Award has one intake a year, in September, and the Strands are taken in order, except that participants may take "
        "Strand 2 and Strand 3 in either order by joining the other tutor group for Days 3 to 6."]),
])

# comments by the broker on the text (never part of the submission)
c_par = s8["8.5"].paragraphs[0]
comment(doc, c_par.runs, "Underwriters will ask whether schools evaluate the course. Could you say they do?",
        author="Brantley Insurance Brokers", initials="BIB")
comment(doc, s4["4.4"].paragraphs[0].runs,
        "Worth adding that experienced SENCOs can get credit for their experience (APEL)?", author="Brantley Insurance Brokers",
        initials="BIB")

para(doc, "SCHEDULE 2 (continuation sheet to Question 2.1): ELEMENTS OF THE SERVICE", bold=True)
para(doc, "List each element of the service, where it is delivered and how its delivery is checked.", italic=True,
     color=GREY)
p = para(doc, "The elements are the national outcomes, written in the Trust's own words. \"Checked by\" names the Task in "
              "which the outcome is assessed.")
ROWS = [
    ("ATTRIBUTES: THE SENCO AS A PERSON", None, None),
    ("Builds fair, warm and respectful working relationships with pupils who have SEN or a disability and with their families",
     "Strands 2 and 4", "Task A (pupil and parent accounts); Task C"),
    ("Wins the head's, senior leaders' and colleagues' commitment to better outcomes for these pupils",
     "Strand 3", "Task B (change agreed with the head)"),
    ("Sets priorities, manages time and delegates well, making sure delegated work is done",
     "Strand 3, Day 6", "Not checked"),
    ("Foresees and sorts out problems; makes sound decisions about provision", "Strands 3 and 4", "Task B; Task C"),
    ("Speaks and writes clearly; listens to and understands other people's views", "All Strands",
     "Task C (conversation and commentary); all written Tasks"),
    ("Uses research and outside advice to improve their own and colleagues' practice", "Strands 2 and 3",
     "Task B (research behind the change); Task C"),
    ("Keeps up to date and takes charge of their own CPD on SEN and disability", "Practice Log",
     "Practice Log (read by tutor, not marked)"),
    ("KNOWLEDGE: WHAT THE SENCO KNOWS", None, None),
    ("The law and guidance on SEN, including the Code of Practice, and how to put them into practice", "Strand 1",
     "Task C (questions on the law)"),
    ("Every Child Matters: its principles and outcomes and the SENCO's part", "Strand 1", "Task A (outcomes for the pupil)"),
    ("Disability equality law and the actions it requires of the school", "Strand 1", "Task C (questions on the law)"),
    ("How children develop, and how SEN, disability and the learning environment affect development", "Strand 2, Day 3",
     "Not checked"),
    ("The common kinds of SEN and disability and how each affects learning", "Strand 2", "Task A"),
    ("Approaches, strategies and resources for assessment, planning, teaching and learning, including ICT, used critically",
     "Strand 2", "Task A (intervention and review)"),
    ("School self-evaluation and improvement as they affect pupils with SEN", "Not taught",
     "Task B (review feeds the self-evaluation form)"),
    ("Best practice and research on meeting special educational needs", "Strands 2 and 3", "Task B; Task C"),
    ("What other agencies do, and how to get specialist support and resources", "Strand 4", "Task C (questions on agencies)"),
    ("SKILLS: WHAT THE SENCO DOES", None, None),
    ("Works with senior colleagues and governors to shape inclusive policy, priorities and the use of resources",
     "Strand 3, Day 5", "Task B"),
    ("Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "Strand 2",
     "Task A"),
    ("Uses other professionals' assessments to shape teaching", "Strand 2, Day 4", "Task A (two professionals' assessments)"),
    ("Uses summative assessments, including national tests, to track progress and change programmes", "Practice Log",
     "Practice Log (formative only)"),
    ("Helps other teachers develop formative assessment, with approaches for pupils with SEN", "Strand 3",
     "Task B (training for colleagues)"),
    ("Uses provision mapping and management to plan provision and spot what is missing or not working", "Strand 3",
     "Task B (provision map)"),
    ("Deploys and manages staff well", "Strand 3", "Task B"),
    ("Supports colleagues' professional development: observation and feedback, modelling, coaching and mentoring, training",
     "Strand 3, Day 6", "Task B; Task C"),
    ("Reviews with other staff how well provision works, to inform self-evaluation and planning", "Strand 3",
     "Task B (review with colleagues)"),
    ("Makes sure pupils take part in planning, agreeing, reviewing and evaluating their provision", "Strand 4, Day 7",
     "Task A (pupil's own account and review)"),
    ("Liaises well with parents and carers", "Strand 4, Day 8", "Task A (parents' view); Task C"),
    ("Works in partnership with other services and agencies, including voluntary organisations", "Strand 4", "Task C"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Element (outcome in our words)", "Taught in", "Checked by"]):
    cell_text(c, h, bold=True, fill="BFBFBF")
deploy_cell = None
for a, b, c in ROWS:
    r = t.add_row().cells
    if b is None:
        m = r[0].merge(r[1]).merge(r[2])
        cell_text(m, a, bold=True, fill="E7E6E6")
        continue
    cell_text(r[0], a)
    cell_text(r[1], b)
    cell_text(r[2], c)
    if a.startswith("Deploys and manages"):
        deploy_cell = r[2]
fn.add(deploy_cell.paragraphs[0],
       "Task B names how teaching assistants are to be used, but the tutors do not assess the participant's deployment or "
       "management of staff: the outcome is covered on Day 5 and not assessed.")
doc.add_paragraph()

para(doc, "SECTION 10  DECLARATION", bold=True)
para(doc, "I/We declare that the statements and particulars in this proposal are true and that I/we have not "
          "misstated or suppressed any material facts. I/We agree that this proposal shall form the basis of the contract "
          "with Hallam & Stroud Mutual.", italic=True, color=GREY)
dec = table(doc, [
    ["Signed", "Position", "Date"],
    ["M. Ashcroft", "Director of Education, for and on behalf of the Stammering Education Trust", "16 January 2009"],
    ["G. Fenwick", "Chief Executive", "16 January 2009"],
])
comment(doc, dec.cell(1, 0).paragraphs[0].runs, "Please initial each continuation sheet as well.",
        author="Brantley Insurance Brokers", initials="BIB")

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, word_count(out), "words")
