"""gt-01-isep-award-regulations

Provider (invented): the Institute for Special Educational Practice (ISEP), a
national professional association of SENCOs, specialist teachers and other
special needs practitioners, applying with Wexcombe University (validating HEI).

Document kind: the award's Regulations, drafted in the Institute's house style
for all its awards, which imitates a statutory instrument: a covering letter,
a title block ("Made ... Coming into force ..."), an Arrangement of
Regulations, seven Parts of numbered regulations with paragraphs (1), (2) and
sub-paragraphs (a), (b), an interpretation regulation of definitions, a
revocation and transitional regulation, five Schedules (outcome map with
merged group rows, study days, assessed tasks, tutors, an index to the
criteria) and an Explanatory Note "not part of the Regulations". Third person,
"shall". Heading styles for Parts and Schedules; regulation titles are bold
Normal paragraphs. Header and footer (page field).

Traps (requirement ids):
- reg 3(2) closes the old 2004 route "assessment ... without attendance"; reg 13
  only says the Board "shall review" whether to offer one from 2010: past
  arrangement ended plus aspiration (2.3 not_met).
- reg 11(3): experience "shall not be accredited", only taken into account
  (2.1 partially_met).
- reg 9: CRB checked only through the headteacher's confirmation, with a
  tracked INSERTION adding the three-month rule (part of the submission); no
  other background check (List 99, previous employers); a Registry comment
  asks about List 99 (comments are not evidence) (5.3 partially_met). The
  footer's claim about CRB checks is about tutors and is a footer (not evidence).
- reg 17(4): a tracked DELETION removes the structured pupil consultation
  task; only pupil participation content and a pupil view taken from IEP review
  records remain (1.5 partially_met; 6.S7 still met).
- reg 17(3)-(4): visits to other settings only "encouraged, where their school
  can release them"; the Associate Schools Scheme places ITT students, not
  participants (wrong context) (5.5 partially_met; specialist contributors in
  reg 30(4) are real).
- reg 18(2): school-based tutors only get a briefing the Board "intends to
  offer ... in due course" (5.7 partially_met).
- reg 23: compensation of a 35-39% task; the Portfolio evidences only the
  attributes marked with a dagger (6.0 partially_met, 1.9 partially_met). The
  Explanatory Note claims the Regulations "secure that no one receives the
  Award without" meeting every outcome (unsupported-coverage-claim).
- reg 31(2): negation far from reg 20 (final tutorial): no role in planning
  professional development after the Award (2.5 not_met). Schedule 5's index
  points 2.5 to reg 20 (cross-reference to the wrong thing).
- Explanatory Note: stakeholder evidence is concrete (4.1 met) but says only
  that Council "has had regard to the responses" with no account of what changed
  (4.2 partially_met).
- Schedule 1: no row for keeping up to date / own CPD (6.A7 not_met; a comment
  notes the row was dropped); A3 "discussed at mid-point tutorial (not
  assessed)" (partially_met); K4 taught with "-" in the assessed column
  (partially_met); S2d assessment "to be confirmed by the Board" (partially_met).
- Met despite looking like traps: 3.3 (forum, replies within three working
  days, online tutorials and trios between study days, schools page), E.2 (60
  credits at level 7), 5.9 (Unit 3 baseline and end measures collated).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _gt_helpers import shade, ins_run, del_run, deleted_paragraph, page_field, set_cell

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "ISEP Council paper C/09/04 - Regulations for approval - meeting of 14 January 2009"
fp = sec.footer.paragraphs[0]
fp.add_run("Institute for Special Educational Practice - registered charity 1087765 - All tutors and school-based tutors hold enhanced CRB disclosures checked by the Institute - ")
page_field(fp, "Page ")


def P(text="", bold=False, italic=False, align=None, indent=None, size=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def REG(num, title):
    return P(f"{num}. {title}", bold=True)


def para(text, level=1):
    return P(text, indent=0.6 * level)


# ---------------------------------------------------------------- covering letter
P("Institute for Special Educational Practice", bold=True, size=14)
P("4 Cardington Row, Wexcombe WX1 4HP  -  Telephone 01632 960418")
P("12 January 2009")
P("The Provider Approval Team (National Award for SEN Coordination)\nTraining and Development Agency for Schools")
P("Dear Colleagues")
P("Application for approval: the Institute for Special Educational Practice with Wexcombe University", bold=True)
P("We enclose our application to provide the National Award for SEN Coordination from September 2009. "
  "The Institute has written regulations for each of its awards since the Certificate in SEN Coordination was "
  "launched in 2004, and our members, tutors and partner schools know them well. Rather than re-cast our "
  "proposals as a set of answers, we are sending the Regulations for the new Award in the form in which the "
  "Institute's Council will make them on 14 January, together with their five Schedules and the Explanatory Note.")
P("The Regulations, the Schedules and the Explanatory Note together make up our application. Schedule 5 is an "
  "index showing where each of the TDA criteria is addressed. The marginal comments are from the University's "
  "Registry and from our own officers and are not part of the text. The tracked changes show the amendments the "
  "Joint Programme Board agreed on 8 January; Council will be asked to make the Regulations as amended.")
P("Wexcombe University's Senate approved the programme for validation on 10 December 2008, subject to the "
  "Regulations being made in this form. The University's letter of concurrence is available on request.")
P("Yours faithfully")
P("Dr Helen Marchetti\nDirector of Professional Standards")
doc.add_page_break()

# ---------------------------------------------------------------- title block
P("THE INSTITUTE FOR SPECIAL EDUCATIONAL PRACTICE (NATIONAL AWARD FOR SEN COORDINATION) REGULATIONS 2009",
  bold=True, align="c", size=13)
P("Made by the Council of the Institute on 14 January 2009 under Article 31 of the Institute's Articles of "
  "Association, with the concurrence of the Senate of Wexcombe University", italic=True, align="c")
P("Coming into force: 1 September 2009", italic=True, align="c")
P("ARRANGEMENT OF REGULATIONS", bold=True, align="c")
for line in [
    "PART 1  General - 1 Citation and commencement; 2 Interpretation; 3 Revocation and transitional provision",
    "PART 2  The Award - 4 The Award and its accreditation; 5 Purpose of the programme",
    "PART 3  Admission - 6 Eligibility; 7 Admission procedure; 8 Candidates not yet ready; 9 Suitability to work with children; 10 Disability and equality",
    "PART 4  Prior learning and individual planning - 11 Accreditation of prior learning; 12 Starting Point Profile and Individual Learning Plan; 13 Experienced practitioners",
    "PART 5  The programme - 14 Structure; 15 Routes and timing; 16 The Learning Space; 17 School-based work; 18 School-based tutor; 19 Content; 20 Final tutorial",
    "PART 6  Assessment and the Award - 21 Assessed work; 22 Marking and moderation; 23 Conditions for the Award; 24 Referral; 25 Appeals",
    "PART 7  Governance and quality - 26 The Board; 27 Constitution of the Board; 28 Evaluation; 29 Impact; 30 Staff; 31 Resources and the end of the programme",
    "SCHEDULES 1 to 5; EXPLANATORY NOTE",
]:
    P(line, size=10)

# ---------------------------------------------------------------- Part 1
doc.add_heading("PART 1 - GENERAL", level=1)
REG(1, "Citation and commencement")
para("(1) These Regulations may be cited as the Institute for Special Educational Practice (National Award for SEN Coordination) Regulations 2009 and come into force on 1 September 2009.")
para("(2) They apply to every cohort admitted to the programme on or after that date.")
REG(2, "Interpretation")
para("In these Regulations -")
for d in [
    '"the Award" means the Postgraduate Certificate in Special Educational Needs Coordination (National Award) conferred by the University;',
    '"the Board" means the Joint Programme Board constituted under regulation 27;',
    '"candidate" means a person who has applied for admission and has not yet been admitted;',
    '"hub" means one of the five regional teaching centres named in Schedule 2 (Aldmoor, Kessingham, Porthwyn, Stanbury and Wexcombe);',
    '"the Learning Space" means the Institute\'s online learning environment for the programme;',
    '"the national outcomes" means the minimum outcomes for the Award published by the Training and Development Agency for Schools, as set out, in the Institute\'s wording, in Schedule 1;',
    '"participant" means a person admitted to the programme under Part 3;',
    '"Practice Portfolio" means the file of evidence described in regulation 21(2);',
    '"school-based tutor" means the senior colleague nominated under regulation 18;',
    '"unit tutor" means a member of the teaching team appointed under regulation 30;',
    '"the University" means Wexcombe University.',
]:
    para(d, 2)
REG(3, "Revocation and transitional provision")
para("(1) The Institute for Special Educational Practice (Certificate in SEN Coordination) Regulations 2004 (\"the 2004 Regulations\") are revoked, subject to paragraph (2).")
para("(2) A person registered under the 2004 Regulations before 1 September 2009 may complete under them until 31 August 2010. No person may be registered under regulation 19 of the 2004 Regulations (assessment of experienced practitioners without attendance) after 31 March 2009.")
para("(3) Credit gained under the 2004 Regulations may be considered under regulation 11.")

# ---------------------------------------------------------------- Part 2
doc.add_heading("PART 2 - THE AWARD", level=1)
REG(4, "The Award and its accreditation")
para("(1) The Award is a Postgraduate Certificate of the University, validated by the University at Master's level (level 7 of the Framework for Higher Education Qualifications) and carrying 60 credits.")
para("(2) The programme is delivered by the Institute under the Memorandum of Collaboration between the Institute and the University dated 3 November 2008. The University's Academic Regulations for Taught Postgraduate Awards apply except where these Regulations provide otherwise.")
para("(3) Credit gained for the Award may count, at the University's discretion, towards its MA in Inclusive Education.")
REG(5, "Purpose of the programme")
para("(1) The programme is intended to raise the achievement and improve the well-being of children and young people with special educational needs and/or disabilities in participants' schools in relation to each of the five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being.")
para("(2) To that end each unit's first learning outcome concerns the improvement of outcomes for identified pupils, and every assessed task in Schedule 3 requires the participant to show what difference their work has made, or is expected to make, to pupils in their school.")
para("(3) The programme prepares participants to lead teaching and learning for pupils with SEN and/or disabilities across their school, and not only to coordinate records and reviews.")

# ---------------------------------------------------------------- Part 3
doc.add_heading("PART 3 - ADMISSION", level=1)
REG(6, "Eligibility")
para("(1) A candidate is eligible if he or she -")
for d in ["(a) holds qualified teacher status;",
          "(b) is employed in a maintained school, academy, pupil referral unit or non-maintained special school in England;",
          "(c) is the school's SENCO or will take up that role within twelve months; and",
          "(d) is nominated by the headteacher on the Nomination Form."]:
    para(d, 2)
para("(2) Membership of the Institute is not a condition of admission.")
REG(7, "Admission procedure")
para("(1) The candidate shall submit the Application Form, the headteacher's Nomination Form and a personal statement of about 500 words describing their experience of working with pupils with SEN.")
para("(2) The admissions tutor for the hub shall read the application against the Entry Profile in Schedule 1, Part B and shall hold a telephone interview of about thirty minutes with each candidate.")
para("(3) The Entry Profile asks whether the candidate is likely, by the end of the programme, to reach every national outcome, looking in particular at recent experience of teaching pupils with SEN, working knowledge of the Code of Practice and access to the school's assessment data.")
REG(8, "Candidates not yet ready")
para("(1) Where the admissions tutor concludes that a candidate is not yet likely to meet the national outcomes within the programme, the candidate shall not be admitted to that cohort.")
para("(2) The admissions tutor shall give the candidate written guidance on what to do to reach the entry level (for example the Institute's twelve-hour Foundations of SEN course, or a term working alongside an experienced SENCO) and shall contact the headteacher to agree how the school will support this.")
para("(3) A candidate so advised may reapply for any later cohort.")
REG(9, "Suitability to work with children")
p9 = para("(1) The headteacher's Nomination Form shall include the headteacher's confirmation that the school holds a current enhanced disclosure from the Criminal Records Bureau for the candidate.")
doc.add_comment(p9.runs, text="Registry: do we also need List 99 / previous employer checks here? At present we leave these to schools.", author="Owen Pryce (Registry)", initials="OP")
p9b = para("")
ins_run(p9b, "(2) Where the candidate has not, in the three months before the programme starts, worked in a school or college in a post involving regular contact with children or young people, the Institute shall require a new enhanced disclosure and shall not admit the candidate until it has been received.", author="ISEP Programme Board")
para("(3) A participant whose nomination lacks the confirmation in paragraph (1) shall not take part in any visit under regulation 17(3) until it has been supplied.")
REG(10, "Disability and equality")
para("(1) The Institute and the University shall make reasonable adjustments for disabled candidates and participants at every stage: application, interview, study days, visits, the Learning Space and assessment.")
para("(2) The Application Form invites candidates to tell the Institute about any disability or long-term health condition, explaining why the information is asked for and who will see it; the invitation is repeated at induction and six weeks before each assessment deadline.")
para("(3) With the participant's consent, information disclosed shall be passed to the University's Disability Adviser, who shall agree a Study Support Plan with the participant within four weeks (for example extra time, materials in large print or electronic formats, a note-taker, a British Sign Language interpreter or rest breaks).")
para("(4) Every hub venue shall have step-free access, a hearing loop and accessible toilets, and the Board shall check this each year. Publicity and pre-course materials are available in large print and electronic formats and say how to ask for adjustments.")
para("(5) Admission decisions shall be made on the criteria in regulation 7 only. The Board shall monitor applications, admissions and results by disability, ethnicity and gender each year under the University's Single Equality Scheme, and the programme team shall include disabled adults as contributors to the Unit 1 session on disability equality.")

# ---------------------------------------------------------------- Part 4
doc.add_heading("PART 4 - PRIOR LEARNING AND INDIVIDUAL PLANNING", level=1)
REG(11, "Accreditation of prior learning")
para("(1) A participant who has, within the five years before admission, gained credit at level 7 in a relevant subject may apply for it to count towards Unit 1 or Unit 2, up to a maximum of 20 credits, under the University's procedure for the accreditation of prior certificated learning.")
para("(2) Credit may not be awarded against Unit 3.")
para("(3) Experience gained in post, however extensive, shall not be accredited as credit under these Regulations; it shall be recorded in the Starting Point Profile and taken into account in the participant's Individual Learning Plan under regulation 12.")
REG(12, "Starting Point Profile and Individual Learning Plan")
para("(1) Before the first study day each participant shall complete the Starting Point Profile, rating themselves against each national outcome on a four-point scale and giving an example of evidence for any outcome rated 3 or 4. The school-based tutor shall add comments.")
para("(2) At the induction tutorial, in the second week, the unit tutor and the participant shall agree an Individual Learning Plan which shall -")
for d in ["(a) identify the outcomes on which the participant will concentrate (\"priority outcomes\") and those where they need only confirm existing practice;",
          "(b) set a personal target for each priority outcome;",
          "(c) choose two of the elective study days in Schedule 2, Part B; and",
          "(d) be reviewed at the mid-point tutorial and at the final tutorial."]:
    para(d, 2)
para("(3) Where the Profiles of a hub group show that most of the group already meet a group of outcomes, the hub tutor may shorten the relevant core sessions and use the time for the group's priority outcomes.")
para("(4) The fee for the Award is £1,350. Most participants are funded through their local authority's allocation from the TDA; elective days are shared between hubs so that small groups are not run where a combined group will serve.")
REG(13, "Experienced practitioners")
para("(1) A participant with substantial experience as a SENCO or specialist teacher follows the programme in the ordinary way, and their Individual Learning Plan shall reflect that experience.")
para("(2) The Board shall review during 2009-10 whether a route to the Award by assessment alone should be offered to experienced practitioners from the 2010 cohort.")
c13 = doc.paragraphs[-1]
doc.add_comment(c13.runs, text="Council members were split on this - see paper C/08/41.", author="Helen Marchetti", initials="HM")

# ---------------------------------------------------------------- Part 5
doc.add_heading("PART 5 - THE PROGRAMME", level=1)
REG(14, "Structure")
para("(1) The programme consists of three units of 20 credits each: Unit 1, The SENCO, the Law and the Whole School; Unit 2, Understanding and Meeting Individual Needs; Unit 3, Leading Provision and Improving Outcomes.")
para("(2) Each unit comprises three study days (Schedule 2), tutorials, directed study in the Learning Space and a school-based task. Each unit is 200 notional hours of learning, of which about 20 are spent at study days.")
para("(3) The Practice Portfolio runs across all three units.")
REG(15, "Routes and timing")
para("(1) There are two routes: (a) the Hub Route, with all nine study days at the participant's hub; and (b) the Blended Route, in which six of the nine study days are replaced by online seminars and structured tasks in the Learning Space, the first, fifth and ninth days being held at the hub.")
para("(2) Cohorts start in September and in February each year.")
para("(3) Units 1 and 2 may be taken in either order; Unit 3 shall be taken last.")
para("(4) A participant shall normally complete within 12 months and may take up to 24 months. A participant may change route, or suspend study for up to two terms, with the Board's agreement.")
REG(16, "The Learning Space")
para("(1) Every participant has access to the Learning Space throughout, where unit materials, recorded lectures, readings and the assessment briefs are kept.")
para("(2) Each unit has a tutor-led discussion forum. The unit tutor shall reply to questions within three working days and shall hold a one-hour online tutorial for their group every three weeks between study days.")
para("(3) Participants are placed in learning trios within their hub, which meet online at least once between each pair of study days and post a short note of what they discussed.")
para("(4) Headteachers and school-based tutors have guest access to a schools page with the calendar and the task briefs, and receive a termly progress summary by e-mail. Tutors in different hubs share a staff area for moderation papers and the weekly team bulletin.")
REG(17, "School-based work")
para("(1) Each unit includes a school-based task, undertaken in the participant's own school and directly linked to the outcomes listed for that unit in Schedule 1.")
para("(2) In Unit 3 the school-based task is a development project. The participant takes baseline measures for a group of pupils (attainment, attendance, well-being or participation, as appropriate), leads a change in provision over at least one term and measures the effect.")
para("(3) Participants are encouraged, where their school can release them, to visit another setting, such as a special school or resourced provision, during Unit 2.")
deleted_paragraph(doc, "(4) In Unit 3 each participant shall plan and carry out a structured consultation with a group of at least six pupils with SEN and/or disabilities about an aspect of their provision, and report to the hub group what changed as a result.", author="ISEP Programme Board")
p17 = para("")
del_run(p17, "(5)", author="ISEP Programme Board")
ins_run(p17, "(4)", author="ISEP Programme Board")
p17.add_run(" The Institute's Associate Schools Scheme, which arranges placements in member schools for students on initial teacher training courses, is also a source of guest speakers for the hubs.")
REG(18, "School-based tutor")
para("(1) The headteacher shall nominate a school-based tutor, normally a member of the senior leadership team, who shall -")
for d in ["(a) meet the participant at least twice each term;",
          "(b) observe the participant leading a staff development session during Unit 3 and complete the observation record;",
          "(c) countersign the Practice Portfolio; and",
          "(d) attend, where possible, the hub's end-of-programme sharing event."]:
    para(d, 2)
para("(2) The Board intends to offer school-based tutors a briefing at each hub in due course.")
REG(19, "Content")
para("(1) The content of each unit is set out in Schedule 2.")
para("(2) The Board reviews unit content each year to take account of new research, inspection findings and national policy. For the 2009 cohort the units draw in particular on the Bercow Review of services for children and young people with speech, language and communication needs (2008), Ofsted's report Inclusion: does it matter where pupils are taught? (2006), the Lamb Inquiry's work on parental confidence, the Inclusion Development Programme materials and the Education (Special Educational Needs Coordinators) (England) Regulations 2008.")
REG(20, "Final tutorial")
para("(1) At the end of Unit 3 each participant shall have a final tutorial with their unit tutor to review the Individual Learning Plan against the Starting Point Profile and to confirm that the Practice Portfolio is complete.")

# ---------------------------------------------------------------- Part 6
doc.add_heading("PART 6 - ASSESSMENT AND THE AWARD", level=1)
REG(21, "Assessed work")
para("(1) The assessed work for each unit is set out in Schedule 3.")
para("(2) The Practice Portfolio is a file of evidence from the participant's work in school, organised under the attributes marked with a dagger in Schedule 1, Part A, and countersigned by the school-based tutor. It is assessed as pass or fail at the end of Unit 3.")
REG(22, "Marking and moderation")
para("(1) Each task is marked by the unit tutor against the published assessment criteria.")
para("(2) A sample of at least one in five scripts from each hub, and all fails and distinctions, is second-marked by a tutor from another hub.")
para("(3) Hub tutors hold a moderation meeting after each task deadline, working from a marked exemplar for each grade band.")
para("(4) The University appoints an external examiner, who sees a sample from every hub, attends the Board of Examiners and reports each year.")
REG(23, "Conditions for the Award")
para("(1) To gain the Award a participant shall -")
for d in ["(a) pass each of Tasks 1, 2 and 3 with a mark of at least 40 per cent, subject to paragraph (2);",
          "(b) pass the Practice Portfolio; and",
          "(c) attend at least seven of the nine study days or their online equivalents."]:
    para(d, 2)
para("(2) A mark of 35 to 39 per cent in one task may be compensated where the average mark of the three tasks is at least 45 per cent.")
REG(24, "Referral")
para("(1) A participant who fails a task may resubmit it once, within eight weeks of the result; the mark for a resubmitted task is capped at 40 per cent.")
REG(25, "Appeals")
para("(1) Appeals and complaints are heard under the University's procedures for taught postgraduate students.")

# ---------------------------------------------------------------- Part 7
doc.add_heading("PART 7 - GOVERNANCE AND QUALITY", level=1)
REG(26, "The Board")
para("(1) The Joint Programme Board is responsible to the Institute's Council and to the University's Faculty of Education for the quality and standards of the programme.")
REG(27, "Constitution of the Board")
para("(1) The Board consists of -")
for d in ["(a) the Institute's Director of Professional Standards, who chairs it;",
          "(b) the University's Programme Leader;",
          "(c) the five hub leaders;",
          "(d) two local authority SEN officers nominated by the Institute's Local Authority Forum;",
          "(e) two headteachers of schools that have sent participants;",
          "(f) a representative of a parent partnership service; and",
          "(g) a former participant elected by the previous cohort."]:
    para(d, 2)
para("(2) The Board meets three times a year and receives the evaluation evidence under regulation 28.")
REG(28, "Evaluation")
para("(1) The Board shall gather -")
for d in ["(a) participants' evaluations of each study day and each unit;",
          "(b) the records of mid-point tutorials;",
          "(c) the replies to an e-mail questionnaire sent to headteachers six months after their participant completes;",
          "(d) the external examiner's report;",
          "(e) the University's annual monitoring report and its five-yearly periodic review; and",
          "(f) the record of a peer observation of each tutor's teaching once a year."]:
    para(d, 2)
para("(2) The evaluation covers recruitment and selection, the Starting Point Profiles and Individual Learning Plans, unit content including the school-based tasks, assessment and moderation. The Board shall draw up an annual action plan from the evidence, and the Programme Leader shall report progress on it at each meeting.")
para("(3) The headteachers, local authority officers and the parent partnership representative on the Board review the evaluation summary each year with the other members, and former participants are invited to contribute to study days.")
REG(29, "Impact")
para("(1) Each participant shall record their confidence against each national outcome in the Starting Point Profile and again at the final tutorial, and the Board shall compare the two across each cohort.")
para("(2) The baseline and end measures from the Unit 3 projects under regulation 17(2) shall be collated each year by the Programme Leader into a summary of the change in the pupils' attainment, attendance and well-being across the cohort, which shall be considered by the Board and published to members in the Institute's journal.")
REG(30, "Staff")
para("(1) Unit tutors shall hold qualified teacher status, shall have worked as a SENCO, specialist teacher or advisory teacher for at least five of the last ten years, and shall hold or be working towards a Master's degree. Each hub team includes at least one tutor with a Master's degree or doctorate in special or inclusive education. Schedule 4 lists the current team.")
para("(2) Each new tutor attends the Institute's two-day tutor induction on the roles and responsibilities of unit tutors and the assessment criteria, is paired with an experienced tutor for their first unit, and attends the annual standardisation day.")
para("(3) Each tutor has five days a year for their own professional development, including the Institute's national conference.")
para("(4) Specialist contributors - an educational psychologist, a speech and language therapist, a specialist teacher for sensory impairment and a parent partnership officer - lead sessions at each hub, as shown in Schedule 2.")
REG(31, "Resources and the end of the programme")
para("(1) Participants have full access to the University library, including its electronic journals, and to the Institute's resource library and loan collection of assessment materials. The University's assistive technology kit (screen readers, text-to-speech and speech recognition software) and the Institute's demonstration set of communication aids travel to each hub for the Unit 2 day on ICT.")
para("(2) For the avoidance of doubt, the Institute and the University have no role in planning a participant's professional development after the Award; that is a matter between the participant and his or her employer.")

# ---------------------------------------------------------------- Schedule 1
doc.add_page_break()
doc.add_heading("SCHEDULE 1 - THE NATIONAL OUTCOMES (regulations 2, 12, 17 and 21)", level=1)
P("Part A - Where each outcome is developed and how it is assessed", bold=True)
P("Attributes marked with a dagger are evidenced in the Practice Portfolio.", italic=True)
rows = [
    ("G", "Professional attributes"),
    ("Relationships with pupils with SEN and/or disabilities and their families that are fair, respectful and supportive \u2020", "Unit 1, day 3 (working with families); Unit 2", "Practice Portfolio; Task 2"),
    ("Winning the commitment of colleagues, the headteacher and senior leaders \u2020", "Unit 3, day 7", "Practice Portfolio; Task 3"),
    ("Prioritising, managing time and delegating", "Unit 3, day 8", "Discussed at mid-point tutorial (not assessed)"),
    ("Anticipating and solving problems; sound judgement about provision \u2020", "Unit 2, day 5 (case conference simulation)", "Task 2; Practice Portfolio"),
    ("Clear speech and writing; listening to others' views \u2020", "All units", "Task 3 presentation; Practice Portfolio"),
    ("Using research and outside advice to improve own and colleagues' practice", "Unit 1, day 2; Unit 3", "Tasks 1 and 3"),
    ("G", "Knowledge and understanding"),
    ("SEN law and guidance, including the Code of Practice, and what they mean for the school", "Unit 1, days 1-2", "Task 1"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "Unit 1, day 1", "Task 1"),
    ("Disability equality law (DDA 2005, Disability Equality Duty, accessibility plans) and the action it requires", "Unit 1, day 2", "Task 1"),
    ("How children develop and how SEN, disability and the learning environment affect development", "Unit 2, day 4", "-"),
    ("Common types of SEN: BESD, specific learning difficulties including dyslexia, SLCN, autism, MLD", "Unit 2, days 4-5; electives", "Task 2"),
    ("Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Unit 2, day 6 (ICT day)", "Task 2"),
    ("School self-evaluation and improvement for pupils with SEN", "Unit 3, day 7", "Task 3"),
    ("Best practice and research on meeting SEN", "Units 1-3", "Tasks 1 and 3"),
    ("External agencies and how to obtain specialist support and resources", "Unit 2, day 5", "Task 2"),
    ("G", "Skills"),
    ("Influencing inclusive ethos, policy, priorities and resources with senior leaders and governors", "Unit 3, day 7", "Task 1 (policy review presented to governors); Task 3"),
    ("Identifying pupils, setting targets, planning interventions and reviewing progress", "Unit 2, day 4", "Task 2"),
    ("- using assessments by other professionals to plan teaching", "Unit 2, day 5", "Task 2"),
    ("- using summative data and national tests to track progress and change programmes", "Unit 2, day 6", "Task 2 (tracking section)"),
    ("- helping teachers develop formative assessment for pupils with SEN", "Unit 3, day 8", "Task 3"),
    ("- access arrangements for national tests and examinations, in good time", "Unit 2, day 6", "To be confirmed by the Board"),
    ("Provision mapping; finding ineffective or missing provision", "Unit 2, day 6", "Task 2 (provision map)"),
    ("Deploying and managing staff, including teaching assistants", "Unit 3, day 8", "Task 3"),
    ("Developing colleagues: observation and feedback, modelling, coaching, training", "Unit 3, day 8", "Practice Portfolio (observed staff session, regulation 18(1)(b))"),
    ("Reviewing provision with colleagues to inform school self-evaluation", "Unit 3, day 7", "Task 3"),
    ("Involving pupils in planning and reviewing their provision", "Unit 1, day 3", "Task 2"),
    ("Working with parents and carers", "Unit 1, day 3", "Task 2"),
    ("Working with other services and agencies, including voluntary organisations", "Unit 2, day 5", "Task 2 (multi-agency section)"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Outcome (Institute wording)", "Developed in", "Assessed by")):
    set_cell(c, h, bold=True, size=9)
    shade(c, "BFBFBF")
for r in rows:
    cells = t.add_row().cells
    if r[0] == "G":
        m = cells[0].merge(cells[2])
        set_cell(m, r[1], bold=True, size=9)
        shade(m, "E7E6E6")
        if r[1] == "Knowledge and understanding":
            doc.add_comment(m.paragraphs[0].runs, text="The row on keeping up to date / own CPD went when we merged rows 6 and 7 - check before Council.", author="Helen Marchetti", initials="HM")
    else:
        for c, v in zip(cells, r):
            set_cell(c, v, size=9)
P("")
P("Part B - Entry Profile (regulation 7)", bold=True)
for d in ["Recent experience (within three years) of teaching pupils with SEN and/or disabilities.",
          "Working knowledge of the SEN Code of Practice (2001) and the school's SEN policy.",
          "Access to the school's pupil-level assessment data and to its provision map or equivalent.",
          "The headteacher's agreement to release the participant for study days and to nominate a school-based tutor."]:
    P("\u2022 " + d, indent=0.6)

# ---------------------------------------------------------------- Schedule 2
doc.add_heading("SCHEDULE 2 - STUDY DAYS (regulations 14 and 19)", level=1)
P("Part A - Core days (held at every hub; Blended Route equivalents in brackets)", bold=True)
days = [
    ("1", "1", "The SENCO's role: law, the Code of Practice, Every Child Matters and the 2008 SENCO Regulations", "Hub tutor; LA SEN officer"),
    ("2", "1", "Disability equality, accessibility plans and using research (including the Ofsted 2006 inclusion report) [online]", "Hub tutor; disabled adult contributors"),
    ("3", "1", "Working with families and pupils: the Lamb Inquiry's themes; pupil participation and children's rights (UNCRC Article 12) [online]", "Parent partnership officer; hub tutor"),
    ("4", "2", "Development, identification and the graduated response; BESD, dyslexia, MLD [online]", "Hub tutor; educational psychologist"),
    ("5", "2", "SLCN after Bercow, autism; working with other services; case conference simulation", "Speech and language therapist; educational psychologist"),
    ("6", "2", "Tracking, provision mapping, access arrangements; ICT and assistive technology [online]", "Hub tutor; University AT adviser"),
    ("7", "3", "Self-evaluation, the SEF and working with governors and senior leaders [online]", "Hub tutor; headteacher guest"),
    ("8", "3", "Leading colleagues: teaching assistants, coaching, formative assessment, time and delegation [online]", "Hub tutor"),
    ("9", "3", "Project presentations and sharing event", "Hub tutors; headteacher or LA guests"),
]
t2 = doc.add_table(rows=1, cols=4)
t2.style = "Table Grid"
for c, h in zip(t2.rows[0].cells, ("Day", "Unit", "Content", "Led by")):
    set_cell(c, h, bold=True, size=9)
for d in days:
    for c, v in zip(t2.add_row().cells, d):
        set_cell(c, v, size=9)
P("")
P("Part B - Elective days (participants choose two under regulation 12(2)(c))", bold=True)
P("Sensory impairment (with a specialist teacher); attachment and looked after children; dyscalculia; transition to secondary school; physical disability and medical needs. Electives run at the hub with most requests and are open to participants from all hubs.")

# ---------------------------------------------------------------- Schedule 3
doc.add_heading("SCHEDULE 3 - ASSESSED TASKS (regulation 21)", level=1)
for head, body in [
    ("Task 1 (Unit 1): Policy review, 4,000 words.",
     "The participant reviews their school's SEN policy and accessibility plan against the Code of Practice, the disability equality duty and the Every Child Matters outcomes, drawing on research and inspection evidence, and presents recommendations to the governing body or a governors' committee. The governors' minute or the headteacher's note is appended."),
    ("Task 2 (Unit 2): Case study and provision map, 4,000 words.",
     "A study of one pupil with SEN and/or disabilities: the evidence used to identify their needs, including assessments by other professionals; their targets and interventions; how progress has been tracked using summative data; the work done with the parents or carers and with other agencies, including any voluntary organisation; and the pupil's views as recorded in the school's IEP review. The participant includes and critiques the provision map for the pupil's year group."),
    ("Task 3 (Unit 3): Project report, 3,500 words, and a 15-minute presentation.",
     "A report of the development project in regulation 17(2), with its baseline and end measures, how colleagues were led and deployed, how teachers were helped to use formative assessment, and how the findings were fed into the school's self-evaluation. The presentation is given at day 9 to the hub group and a headteacher or local authority guest and is assessed by two tutors."),
    ("Practice Portfolio (pass/fail).",
     "Evidence under each attribute marked with a dagger in Schedule 1, Part A, with the record of the observed staff development session and the school-based tutor's countersignature."),
]:
    p = P()
    p.add_run(head + " ").bold = True
    p.add_run(body)

# ---------------------------------------------------------------- Schedule 4
doc.add_heading("SCHEDULE 4 - THE TEACHING TEAM (regulation 30)", level=1)
team = [
    ("Dr Helen Marchetti", "Director of Professional Standards, ISEP; chair of the Board", "EdD (inclusive education); former SENCO and LA inclusion adviser"),
    ("Mark Oyelaran", "Programme Leader, Wexcombe University", "MA SEN; senior lecturer; 11 years as SENCO in two secondary schools"),
    ("Ruth Penhallow", "Hub leader, Porthwyn", "MEd; specialist teacher (SpLD), AMBDA"),
    ("Gareth Lisle", "Hub leader, Kessingham", "MA Inclusive Education; SENCO, 2,000-pupil comprehensive"),
    ("Anjali Desai", "Hub leader, Aldmoor", "Working towards MA; advisory teacher for autism"),
    ("Sheila Corbridge", "Hub leader, Stanbury", "MA SEN; headteacher of a primary school with resourced provision"),
    ("Tom Whitlow", "Hub leader, Wexcombe", "PhD (language and communication); former speech and language therapist, now a teacher"),
]
t3 = doc.add_table(rows=1, cols=3)
t3.style = "Table Grid"
for c, h in zip(t3.rows[0].cells, ("Name", "Role", "Qualifications and experience")):
    set_cell(c, h, bold=True, size=9)
for r in team:
    for c, v in zip(t3.add_row().cells, r):
        set_cell(c, v, size=9)

# ---------------------------------------------------------------- Schedule 5
doc.add_heading("SCHEDULE 5 - INDEX TO THE TDA CRITERIA", level=1)
P("This index is provided for the panel's convenience.", italic=True)
idx = [("Eligibility (HEI accreditation, level, credit)", "regulation 4"),
       ("Criterion 1", "regulations 5, 17, 19; Schedules 2 and 3"),
       ("Criterion 2 (prior learning, needs assessment, further targets)", "regulations 11, 12, 20"),
       ("Criterion 3", "regulations 10, 15, 16"),
       ("Criterion 4", "regulations 27, 28; Explanatory Note"),
       ("Criterion 5", "regulations 7-9, 22, 28-31; Schedule 4"),
       ("Criterion 6", "regulation 23; Schedule 1")]
t4 = doc.add_table(rows=1, cols=2)
t4.style = "Table Grid"
for c, h in zip(t4.rows[0].cells, ("Criterion", "Where addressed")):
    set_cell(c, h, bold=True, size=9)
for r in idx:
    for c, v in zip(t4.add_row().cells, r):
        set_cell(c, v, size=9)

# ---------------------------------------------------------------- Explanatory note
doc.add_heading("EXPLANATORY NOTE", level=1)
P("(This note is not part of the Regulations)", italic=True, align="c")
P("These Regulations govern the Institute's programme for the National Award for SEN Coordination, offered with Wexcombe University from September 2009, and replace the 2004 Regulations for the Institute's Certificate in SEN Coordination.")
P("Before drafting them the Institute consulted widely. In March and April 2008 it surveyed its members who are SENCOs or line-manage SENCOs; 612 replied. Three needs stood out: 71 per cent said that release for whole days was the main barrier to study and asked for some study online; 64 per cent said that they were least confident about using data and provision maps to show the impact of provision; and over half said that they had had no training in working with parents. Two focus groups with SEN officers from nine local authorities stressed the new requirements of the 2008 SENCO Regulations and the need for SENCOs to work with governors and senior leaders. The Institute's Parents' Reference Group, which includes members of two parent partnership services, told us that parents want SENCOs who listen and explain, and who keep them informed between reviews.")
P("The Council has had regard to the responses in making these Regulations.")
P("The Regulations secure that no one receives the Award without meeting every national outcome, and that the programme is flexible and accessible to all eligible teachers.")

doc.save(str(OUT))
print("wrote", OUT)
