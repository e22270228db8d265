"""gp-01-st-oswin-covenant: build script.

Provider (invented): St Oswin's University College, Kelderton, Department of
Education, with the Diocesan Schools Service of the (invented) Roman Catholic
Diocese of Alnmere.  The award is a 60-credit Level 7 Postgraduate Certificate
made under the College's own taught degree awarding powers.

Document kind: a "Covenant of Partnership" between the College and the
Diocese, in the religious register such covenants use (a preamble with
scripture and Catholic social teaching, numbered Articles of mutual
undertakings, Schedules A-D, a signature block), sent as the application
under a shaded covering note from the Head of Department.

Layout: no heading styles at all; the title and Article titles are bold
capital Normal paragraphs ("ARTICLE 5 - ..."), undertakings are lettered
(a), (b)...; Schedule A is a table with vertically merged Stage cells;
Schedule B is the outcome table in the Covenant's own numbering B1-B27 with
shaded merged group rows; Schedule C a table of people; Schedule D a
calendar; a header ("Text for signature - draft 4") and a footer with a page
field.

Traps (requirement ids):
- Preamble full of values with no arrangement behind them (generic mission
  statements); the arrangements come later.  Parents appear mostly as "first
  educators" in the Preamble; the only teaching on parents is half of Day 3,
  reflected on in deanery groups, never assessed -> 1.7 partial, 6.S8
  partial, 6.A1 partial (only the pupil half is assessed).
- Article 3: a tracked DELETION of the sentence requiring participants to
  obtain an enhanced CRB disclosure, with a comment explaining why it was
  removed; Article 8 says tutors and diocesan advisers hold CRB checks
  (wrong context: staff, not candidates) -> 5.3 not_met.
- Article 5: a tracked INSERTION adding a September intake (part of the
  submission) -> 3.2 met.
- Article 5(f): the VLE is a document store with "no discussion forum";
  direct tutor support and deanery groups between days are described; a
  comment promises a forum (not part of the submission) -> 3.3 partial.
- Article 7 (attendance), far from admissions: the Partners "decided against
  a route by assessment alone" -> 2.3 not_met (negation far from subject).
- Article 4: the self-review is done on the first Formation Day, not before
  the course, and sets only the focus of the Stage II task -> 2.2 partial.
- Article 5(d): research is mentioned only in general terms -> 1.3 partial.
- Article 6: blanket claim that every outcome in Schedule B is assessed;
  Schedule B has no row for formative assessment (6.S2c not_met), row B14
  (self-evaluation, 6.K7) has its entries only as tracked deletions with a
  comment -> not_met; rows B3, B11, B21 are taught but not marked or only
  formative (6.A3, 6.K4, 6.S2d partial); row B23 is assessed but not taught
  (6.S4 partial) -> 1.9 partial.  6.0 met (the Board of Examiners rule).
- Article 9: specialist speakers concrete, but visits to special schools
  only "where the headteacher can release" -> 5.5 partial.
- Article 10: disclosure invited and the College's scheme named, with no
  concrete adjustments -> 3.1 partial.
- Article 11: stakeholders' involvement in evaluation only hoped for beyond
  the Diocese's own staff -> 4.3 partial.
- Article 12: pupil data from Impact Enquiries not collated; only hoped for
  -> 5.9 partial.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _gp_helpers import ins, dele, shade, boxed, page_field, table

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = docx.Document()
st = doc.styles["Normal"]; st.font.name = "Book Antiqua"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "Covenant of Partnership - text for signature - draft 4 (October 2008)"
fp = sec.footer.paragraphs[0]
fp.text = "St Oswin's University College and the Diocese of Alnmere    "
page_field(fp)


def title(t):
    p = doc.add_paragraph(); r = p.add_run(t); r.bold = True
    p.paragraph_format.space_before = Pt(12)
    return p


def P(t):
    return doc.add_paragraph(t)


def L(letter, t):
    p = doc.add_paragraph(f"({letter})\t{t}")
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    return p


boxed(doc, [
    "Covering note to the approval panel",
    "The Department of Education of St Oswin's University College and the Diocesan Schools Service of "
    "the Diocese of Alnmere apply jointly for approval to offer the National Award for SEN Coordination "
    "from January 2009. Our partnership rests on the Covenant below, which the Principal and the Bishop's "
    "Episcopal Vicar for Education will sign at the Diocesan Schools Mass in November. We send the text as "
    "it will be signed, with its four Schedules, because it is the fullest account we have of how the course "
    "will run; we have not rewritten it as a separate application.",
    "Dr Margaret O'Brien, Head of the Department of Education, 24 October 2008",
])

for t in ("A COVENANT OF PARTNERSHIP", "in the formation of teachers who coordinate provision for pupils with special "
          "educational needs in the Catholic schools of the Diocese of Alnmere"):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t); r.bold = True; r.font.size = Pt(14 if t.startswith("A C") else 12)

title("THE PARTNERS")
P("This Covenant is made between St Oswin's University College, Kelderton, acting through its Department of "
  "Education (\"the College\"), and the Diocesan Schools Service of the Roman Catholic Diocese of Alnmere "
  "(\"the Service\"), together \"the Partners\". The Service acts for the Trustees of the Diocese and supports "
  "the 86 Catholic primary, secondary and special schools of the Diocese.")

title("PREAMBLE")
P("\"I came that they may have life, and have it to the full\" (John 10:10). The Partners share the conviction "
  "that every child is made in the image of God and is to be welcomed, known and loved. A Catholic school that "
  "turns away from the child who finds learning hard has forgotten its purpose. We hold with the Bishops of England "
  "and Wales that the Catholic school is a community in which the weakest members are given the greatest care.")
P("We honour parents as the first educators of their children, and we believe that no school can serve a child "
  "well without them. We believe that the coordinator of special educational needs is called to a ministry of "
  "service within the school, and that this ministry deserves to be formed with the same seriousness as any other. "
  "In that spirit the Partners enter into the following undertakings.")

title("ARTICLE 1 - OUR COMMON PURPOSE")
L("a", "The purpose of the programme formed under this Covenant is that children and young people with special "
       "educational needs and disabilities in our schools achieve more and flourish more: in their learning, and in "
       "being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
       "well-being, as Every Child Matters describes.")
L("b", "Every assessed task in the programme asks the participant to show what has changed for particular pupils. The "
       "Stage III Impact Enquiry begins with baseline measures taken for a group of pupils before the participant "
       "changes anything, and ends with the same measures taken again at least ten weeks later, with an account of "
       "attendance, well-being and participation as well as attainment.")
L("c", "The programme prepares the participant to lead the school's provision, not only to administer it: to work with "
       "the headteacher, governors and colleagues so that teaching and learning for these pupils improves in every "
       "classroom.")

title("ARTICLE 2 - THE AWARD")
L("a", "The College will award the Postgraduate Certificate in Special Educational Needs Coordination (National Award "
       "for SEN Coordination) under the taught degree awarding powers it has held since 2005. The Award carries 60 "
       "credits at Level 7 (Master's level) of the Framework for Higher Education Qualifications and may be counted "
       "towards the College's MA in Catholic Education.")
L("b", "The programme has three Stages of 20 credits each: Stage I, Foundations - law, need and the person; Stage II, "
       "Leading learning and provision; Stage III, the Impact Enquiry. Schedule A sets out the nine Formation Days "
       "and what each Stage asks of the participant.")
L("c", "A participant normally completes the Award in twelve months of part-time study and must complete it within "
       "twenty-four months.")

title("ARTICLE 3 - WHO MAY BE ADMITTED")
L("a", "A candidate must hold Qualified Teacher Status, be employed in a school in the Diocese (or, by agreement, in a "
       "neighbouring maintained school), and be the school's SENCO or be designated by the governing body to take up "
       "the role within the year.")
L("b", "The headteacher nominates the candidate on the joint nomination form, confirming that the school will release "
       "the candidate for the Formation Days and will support the Stage III Impact Enquiry.")
p = L("c", "The Programme Leader speaks with every candidate by telephone before a place is offered, using the entry "
           "prompts in Schedule C, to judge whether the candidate has the experience of teaching pupils with SEN and "
           "the study skills to reach every outcome in Schedule B within the year. ")
d = dele(p, "Participants without a current enhanced CRB disclosure will be asked to obtain one through the Diocese "
            "before the first Formation Day.", author="Margaret O'Brien", date="2008-10-14T09:12:00Z")
L("d", "Where a candidate is not yet ready, the Programme Leader writes to the candidate and the headteacher setting out "
       "what experience or preparatory reading would make the candidate ready, and the Service's Adviser for Inclusion "
       "offers a visit to the school to agree how the candidate might gain it before the next intake.")

title("ARTICLE 4 - BEGINNING WELL")
L("a", "Prior learning. A candidate who has passed Master's-level study in special or inclusive education within the "
       "last five years, including the College's former Certificate in Inclusive Catholic Education, may claim credit "
       "for up to 20 credits (normally Stage I) by submitting a claim mapped against the Stage I outcomes. Claims "
       "based on experience rather than study are made by portfolio and a 30-minute professional discussion. The "
       "College's Accreditation of Prior Learning Panel decides each claim before the candidate's first Formation Day.")
L("b", "Self-review. On the first Formation Day each participant completes the Starting Self-Review, rating themselves "
       "against each line of Schedule B, and discusses it with their tutor during the afternoon. The tutor and "
       "participant use it to agree the focus of the participant's Stage II task.")
L("c", "Tutors return to the Starting Self-Review at the mid-point tutorial in Stage II, so that a participant who "
       "rated an outcome too generously (for example on the Code of Practice, where knowledge from earlier training "
       "may be out of date) is helped to see it.")

title("ARTICLE 5 - THE FORMATION DAYS AND THE DEANERY GROUPS")
L("a", "The College will teach nine Formation Days, on Thursdays, alternately at the College in Kelderton and at the "
       "Diocesan Education Centre in Morpeth Road, Alnmere. Schedule D gives the dates for 2009.")
L("b", "Stage I teaches the law and guidance that the SENCO must put into practice: the Education Act 1996 as amended "
       "by the SEN and Disability Act 2001, the SEN Code of Practice (2001), the Disability Discrimination Act 1995 as "
       "amended in 2005 and the disability equality duty, Every Child Matters and Removing Barriers to Achievement, "
       "and the School Staffing Regulations as they now require the SENCO to be a qualified teacher.")
L("c", "Between the Formation Days each participant belongs to a Deanery Group of five to seven SENCOs from nearby "
       "schools. Each group meets for two hours after school twice each half-term in one of its members' schools, "
       "is led by an experienced SENCO appointed by the Service, and works through the School-Based Tasks set on each "
       "Formation Day: observing a lesson with a colleague, examining the school's data, trying a strategy and "
       "bringing back what happened.")
L("d", "The programme will draw on current research and the best of recent thinking in special education, and the "
       "reading list will be kept up to date by the tutors.")
L("e", "On Day 3, \"Hearing the child and the family\", participants learn person-centred ways of consulting pupils, "
       "including pupils with little or no speech (talking mats, photographs, the one-page profile). For Stage II each "
       "participant holds a recorded Pupil Conversation with a pupil on the SEN register about that pupil's provision, "
       "agrees a change with the pupil, and writes a commentary on what the conversation showed. The afternoon of "
       "Day 3 is given to working with families; participants reflect on it in their Deanery Group.")
p = L("f", "Oswin Online, the College's virtual learning environment, is used to hold readings, Formation Day "
           "handouts and the assignment submission point; it has no discussion forum at present. Each participant has "
           "a named tutor who answers e-mail within three working days and offers a 30-minute telephone tutorial in "
           "each Stage; between Formation Days the Deanery Groups are the participant's first source of support. ")
ins(p, "A second intake will begin each September, following the same nine days in the same order, so that a "
       "participant who misses a day can make it up with the other intake.", author="Declan Hurst",
    date="2008-10-16T16:40:00Z")
L("g", "A participant who has been granted credit for Stage I joins the programme on Day 4. Stage II may be taken "
       "before Stage I where a participant's school is to be inspected in the autumn and the headteacher asks for it.")
L("h", "Participants are prepared to advise and support colleagues inside and outside their school: Day 8, \"Leading "
       "change\", includes coaching practice in threes, and each participant plans, leads and evaluates a staff "
       "development session in their own school as part of the Impact Enquiry. Day 7 brings in colleagues from the "
       "educational psychology service, speech and language therapy, CAMHS and the Catholic Children's Society, and "
       "participants practise preparing a joint plan with them.")

title("ARTICLE 6 - ASSESSMENT AND THE AWARD")
L("a", "Each Stage is assessed by written and practical work: Stage I by a 4,000-word essay on the law and a Need "
       "Profile of two pupils; Stage II by a portfolio (the Pupil Conversation, a provision map with commentary, the "
       "data analysis task, the Agency Map and the Casebook of three decisions); Stage III by the Impact Enquiry "
       "(6,000 words) and a presentation at the Sharing Day.")
L("b", "Every outcome in Schedule B is assessed. Schedule B shows where each is formed and how it is shown.")
L("c", "All work is marked by the participant's tutor against the College's Level 7 criteria. A second tutor marks "
       "blind every fail, every distinction and a further 20 per cent of scripts from each Stage. The tutors meet after "
       "each submission to agree marks, and a Deanery Group leader joins the moderation meeting for the Pupil "
       "Conversation. The external examiner, Dr Ruth Cairns of the University of Wenlock, sees a sample from each Stage "
       "and attends the Board of Examiners.")
L("d", "Alongside the marked work each participant keeps an Outcomes Record: the tutor signs each line of Schedule B "
       "when the evidence for it has been marked. The Board of Examiners recommends the Award only for a participant "
       "who has passed all three Stages and whose Outcomes Record is signed on every line. A participant who passes "
       "the Stages but lacks evidence for a line is referred on that line and may resubmit once.")

title("ARTICLE 7 - ATTENDANCE")
L("a", "Participants attend all nine Formation Days and at least three-quarters of their Deanery Group meetings. A "
       "missed Formation Day is made up from the materials on Oswin Online and a tutorial, or with the other intake.")
L("b", "The Partners considered and decided against a route by assessment alone. No participant will be assessed for "
       "the Award without having taken part in the Formation Days, because the Partners regard the shared formation "
       "of the group as part of what the Award certifies.")

title("ARTICLE 8 - PEOPLE")
L("a", "The College appoints the Programme Leader, Mr Declan Hurst (MA, NPQH), formerly SENCO and then headteacher of "
       "St Aidan's Catholic Primary School, Kelderton, and two tutors: Dr Teresa Mallon (PhD on the inclusion of pupils "
       "with autism in mainstream secondary schools, formerly a specialist teacher in the county's autism outreach "
       "team) and Mrs Joan Pattinson (MEd, formerly SENCO of a Catholic 11-18 school and an Ofsted team inspector). "
       "All three teach on the College's MA and keep their knowledge current through its research seminars.")
L("b", "The Service provides Mrs Catherine Ryder, Adviser for Inclusion, who teaches Days 6 and 8, and appoints and "
       "pays the Deanery Group leaders, each an experienced SENCO who holds the former Diocesan SENCO Certificate.")
L("c", "Schedule C describes each role. Deanery Group leaders attend a briefing day in December and a review afternoon "
       "in June; they receive the Group Leaders' Notes, which set out what each meeting covers and how to record "
       "attendance and the School-Based Tasks. New tutors are paired with the Programme Leader for their first Stage "
       "and take part in a marking standardisation exercise before marking alone.")
L("d", "All College tutors and Diocesan advisers who visit schools under this Covenant hold a current enhanced CRB "
       "disclosure, verified by the College's Human Resources Office.")

title("ARTICLE 9 - RESOURCES AND EXPERTISE")
L("a", "The College makes available to participants its library, the Inclusion Collection of tests and teaching "
       "materials, and the Access Technology Room (Clicker 5, Write Online, Dragon NaturallySpeaking, switch access and "
       "an interactive whiteboard), in which Day 5 is taught. The Service lends assessment materials from the Diocesan "
       "Resource Centre.")
L("b", "Specialist speakers from the services named in Article 5(h), and a parent governor from the Diocese's special "
       "school, contribute to the Formation Days.")
L("c", "Where the headteacher can release them, participants may visit one of the Diocese's special schools or the "
       "Alnmere Pupil Referral Unit to see provision there.")

title("ARTICLE 10 - WELCOME AND ACCESS")
P("The Partners are committed to the full participation of every teacher. The College's Disability Equality Scheme "
  "applies to participants as to all its students, and the nomination form invites each candidate to tell us of any "
  "disability or need so that we can talk about it.")

title("ARTICLE 11 - LISTENING TO OUR SCHOOLS")
L("a", "In March 2008 the Service asked the headteachers of all 86 schools about their SENCOs' training needs; 64 "
       "replied. Forty-one per cent of SENCOs had no SEN qualification, over half were also class teachers with less "
       "than half a day a week for the role, and heads ranked the use of data, provision mapping and working with "
       "other services as the SENCOs' greatest needs. Twenty-two SENCOs met at the Diocesan Education Centre in May 2008 "
       "to comment on a first outline.")
L("b", "As a result the Partners moved provision mapping and data from an optional study day into Stage II (Day 6 and "
       "the data analysis task), added Day 7 on working with other services, and placed the Formation Days on "
       "Thursdays, which the heads said were easiest to cover. The SENCOs asked for local support between days, which "
       "is why the Deanery Groups exist.")
L("c", "The Service's Adviser for Inclusion and two Deanery Group leaders sit on the Course Committee. The Partners "
       "hope in time to find ways of hearing from headteachers, parents and pupils about the difference the Award makes.")

title("ARTICLE 12 - REVIEW AND ACCOUNTABILITY")
L("a", "Participants evaluate each Formation Day on a short form and each Stage through a questionnaire on Oswin Online. "
       "Deanery Group leaders report on attendance and the School-Based Tasks each term. The external examiner reports "
       "each year on standards. The Course Committee, meeting each term, considers these, and its Annual Review, with "
       "an action plan, goes to the College's Academic Standards Committee and to the Diocesan Schools Commission, "
       "which reviews the Covenant itself every three years.")
L("b", "Each participant rates their confidence against Schedule B at the start (the Starting Self-Review) and at the "
       "end of the course; the Annual Review reports the change for the cohort. The College does not at present collate "
       "the pupil measures from the Impact Enquiries; the Partners hope in a later year to draw them together with the "
       "Diocese's school data.")

title("ARTICLE 13 - COST AND SENDING FORTH")
L("a", "The fee for 2009 is £1,260. The Service pays half the fee for every participant from a Catholic school of the "
       "Diocese and meets the cost of the Deanery Groups, so that the cost to a school is £630 and supply cover for "
       "nine days.")
L("b", "The ninth Formation Day ends the course with a Sending Forth. Each participant drafts a Next Steps Plan of two "
       "or three professional targets for the following year, using the College's planning sheet, and takes it to a "
       "meeting with their headteacher in the following half-term; the tutor comments on the draft. The Programme "
       "Leader explains the routes onward to the MA in Catholic Education and to specialist qualifications.")

title("ARTICLE 14 - DURATION AND SIGNATURES")
P("This Covenant runs for five years from 1 January 2009 and is renewed by the agreement of both Partners.")
t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
t.cell(0, 0).text = "For St Oswin's University College"; t.cell(0, 1).text = "For the Diocese of Alnmere"
t.cell(1, 0).text = "Professor Hugh Brannigan, Principal"; t.cell(1, 1).text = "Mgr Anthony Kerr, Episcopal Vicar for Education"
t.cell(2, 0).text = "Signed: ............................  Date: ........"; t.cell(2, 1).text = "Signed: ............................  Date: ........"

# ---------------- Schedule A
doc.add_page_break()
title("SCHEDULE A - THE PROGRAMME")
rows = [
    ("Stage I\nFoundations: law, need and the person (20 credits)", "Day 1", "The SENCO, the law and the Code of Practice; Every Child Matters; Starting Self-Review", "College"),
    ("", "Day 2", "How children develop; disability equality; what research says works", "Diocesan Centre"),
    ("", "Day 3", "Hearing the child and the family; the common types of need (i)", "College"),
    ("Stage II\nLeading learning and provision (20 credits)", "Day 4", "Types of need (ii); identifying need; targets and interventions", "Diocesan Centre"),
    ("", "Day 5", "Teaching approaches and resources, including access technology; using data and national tests", "College (Access Technology Room)"),
    ("", "Day 6", "Provision mapping; the SENCO's week; reviewing provision with colleagues", "Diocesan Centre"),
    ("", "Day 7", "Working with the services; examination access arrangements", "College"),
    ("Stage III\nThe Impact Enquiry (20 credits)", "Day 8", "Leading change; governors and the inclusive school; coaching colleagues", "Diocesan Centre"),
    ("", "Day 9", "Sharing Day presentations; Sending Forth", "College chapel and hall"),
]
t = table(doc, ["Stage", "Day", "Content", "Venue"], rows)
for a, b in ((1, 3), (4, 7), (8, 9)):
    m = t.cell(a, 0).merge(t.cell(b, 0))
    m.text = rows[a - 1][0]

# ---------------- Schedule B
doc.add_paragraph()
title("SCHEDULE B - WHAT THE FORMED SENCO WILL BE ABLE TO DO")
P("Each line is one of the national minimum outcomes in the Partners' words. \"Formed\" says where the programme "
  "develops it; \"Shown\" says how the participant shows it.")
B = [
    ("G", "Attributes"),
    ("B1", "Build fair, respectful and constructive relationships with pupils with SEN and with their parents or carers", "Day 3", "Pupil Conversation and commentary (Stage II)"),
    ("B2", "Win the commitment of the headteacher, senior leaders and colleagues to better outcomes for these pupils", "Day 8", "Impact Enquiry: headteacher's statement and the participant's account of securing agreement"),
    ("B3", "Prioritise, manage time and delegate, checking that delegated tasks are done", "Day 6 workshop, \"The SENCO's week\"", "Not separately assessed"),
    ("B4", "Anticipate and resolve problems and make sound decisions about provision", "Day 4 case studies", "Casebook of three decisions (Stage II)"),
    ("B5", "Speak and write clearly and listen to and understand others' views", "All days", "All written work; Sharing Day presentation"),
    ("B6", "Use research and outside advice to improve their own and colleagues' practice", "Days 2 and 9", "Impact Enquiry literature review and staff session"),
    ("B7", "Keep up to date and take charge of their own professional development", "Day 9, Sending Forth", "Next Steps Plan, commented on by the tutor (Stage III)"),
    ("G", "Knowledge"),
    ("B8", "The law and guidance on SEN, including the Code of Practice, and how to put them into practice", "Day 1", "Stage I essay"),
    ("B9", "Every Child Matters and the SENCO's part in its five outcomes", "Day 1", "Stage I essay, part (b)"),
    ("B10", "Disability equality law and what it requires of the school", "Day 2", "Stage I: audit of the school's accessibility plan"),
    ("B11", "How children develop and how need, disability and environment affect development", "Day 2", "Discussed in the Deanery Group (formative)"),
    ("B12", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "Days 3 and 4", "Need Profile of two pupils (Stage I)"),
    ("B13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Day 5", "Provision map commentary (Stage II)"),
    ("B14", "School self-evaluation and improvement and how they relate to pupils with SEN", None, None),
    ("B15", "Best practice and research on meeting special educational needs", "Days 2 and 9", "Impact Enquiry literature review"),
    ("B16", "The scope and role of outside agencies and how to obtain specialist support", "Day 7", "Agency Map (Stage II)"),
    ("G", "Skills"),
    ("B17", "With senior colleagues and governors, shape an inclusive ethos, policies, priorities and use of resources", "Day 8", "Impact Enquiry: paper to the governors' curriculum committee"),
    ("B18", "Identify pupils with SEN, set challenging targets, plan interventions and review progress", "Days 4 and 5", "Provision map and Need Profile"),
    ("B19", "Use other professionals' assessments to shape teaching", "Day 7", "Agency Map: how one report changed teaching"),
    ("B20", "Use summative data, including national tests, to track progress and change programmes", "Day 5", "Data analysis task (Stage II)"),
    ("B21", "Identify in good time the access arrangements pupils need for tests and examinations and put them in place", "Day 7", "Practice exercise in the session (not marked)"),
    ("B22", "Use provision mapping to plan provision and find what is missing or not working", "Day 6", "Provision map with commentary (Stage II)"),
    ("B23", "Deploy and manage staff effectively", "-", "Provision map commentary: deployment of teaching assistants"),
    ("B24", "Support colleagues' development through observation, feedback, modelling, coaching and training", "Day 8", "Impact Enquiry: staff session with its evaluation"),
    ("B25", "Review and evaluate provision with colleagues to inform the school's self-evaluation", "Days 6 and 8", "Impact Enquiry, evaluation chapter"),
    ("B26", "Involve pupils in planning, agreeing and reviewing their provision", "Day 3", "Pupil Conversation (Stage II)"),
    ("B27", "Work with parents and carers to promote their children's learning", "Day 3 (afternoon)", "Reflection in the Deanery Group"),
    ("B28", "Work in partnership with other services and voluntary organisations", "Day 7", "Agency Map and account of joint working (Stage II)"),
]
t = table(doc, ["No.", "The formed SENCO will be able to...", "Formed", "Shown"], [])
for row in B:
    cells = t.add_row().cells
    if row[0] == "G":
        m = cells[0].merge(cells[3]); m.text = ""; m.paragraphs[0].add_run(row[1]).bold = True; shade(m, "E7E6E6")
        continue
    cells[0].text, cells[1].text = row[0], row[1]
    if row[2] is None:
        dele(cells[2].paragraphs[0], "Day 8", author="Declan Hurst", date="2008-10-16T16:45:00Z")
        dele(cells[3].paragraphs[0], "Impact Enquiry, section 1", author="Declan Hurst", date="2008-10-16T16:45:00Z")
    else:
        cells[2].text, cells[3].text = row[2], row[3]

# ---------------- Schedule C
doc.add_paragraph()
title("SCHEDULE C - PEOPLE AND THEIR PART")
table(doc, ["Role", "Who", "Responsibilities"], [
    ("Programme Leader", "Declan Hurst (College)", "Admissions and the entry conversation; Days 1, 4 and 9; chairs moderation; Course Committee secretary"),
    ("Tutors", "Dr Teresa Mallon, Joan Pattinson (College)", "Teaching Days 2, 3, 5 and 7; tutorials; first marking; Outcomes Record"),
    ("Adviser for Inclusion", "Catherine Ryder (Service)", "Days 6 and 8; appoints and supports Deanery Group leaders; Course Committee"),
    ("Deanery Group leaders", "Six experienced SENCOs appointed by the Service", "Lead the group meetings; record the School-Based Tasks; join moderation of the Pupil Conversation"),
    ("Headteacher", "Each participant's head", "Nomination; release; Impact Enquiry statement; Next Steps meeting"),
    ("External examiner", "Dr Ruth Cairns, University of Wenlock", "Samples work from each Stage; reports yearly; attends the Board of Examiners"),
])
P("Entry prompts used in the entry conversation: current role and time allocated; pupils with SEN taught in the last "
  "two years; any SEN training and when; experience of writing at length; the head's plans for the role.")

title("SCHEDULE D - CALENDAR FOR THE JANUARY 2009 INTAKE")
table(doc, ["Day", "Date", "Submission"], [
    ("1", "Thursday 15 January", ""), ("2", "Thursday 5 February", ""), ("3", "Thursday 5 March", "Stage I: 27 March"),
    ("4", "Thursday 23 April", ""), ("5", "Thursday 14 May", ""), ("6", "Thursday 11 June", ""),
    ("7", "Thursday 2 July", "Stage II: 25 September"), ("8", "Thursday 15 October", ""),
    ("9", "Thursday 21 January 2010", "Stage III: 10 December; Sharing Day presentation on Day 9"),
])

# comments (not part of the submission)
par_c = [p for p in doc.paragraphs if p.text.startswith("(c)\tThe Programme Leader speaks")][0]
doc.add_comment(par_c.runs[0], text="Diocesan HR say heads already check this when they appoint - removed. MO'B",
                author="Margaret O'Brien", initials="MO")
par_f = [p for p in doc.paragraphs if p.text.startswith("(f)\tOswin Online")][0]
doc.add_comment(par_f.runs[0], text="Learning Technology say a forum can be switched on for January - shall we "
                "promise it here? TM", author="Teresa Mallon", initials="TM")
doc.add_comment([r for tb in doc.tables for row in tb.rows for c in row.cells for pp in c.paragraphs
                 for r in pp.runs if r.text.startswith("School self-evaluation")][0],
                text="Day 8 is now full with governors - B14 needs a new home before signing. DH",
                author="Declan Hurst", initials="DH")
doc.save(OUT)
print("wrote", OUT)
