"""Build cd-01-morrow-concerns.docx: a blind test application.

PROVIDER
  Morrow University School of Education, with Haverleigh County Council and
  Eastmarsh City Council as delivery partners (all invented). Postgraduate
  Certificate in SEN Coordination (National Award), 60 credits at M level, two
  30-credit units. Day Route (8 taught days) and Blended Route (4 days plus 4
  online units on the university's Blackboard site), September and January
  starts. Assessment: Assignment 1 (Provision and Policy Review), Professional
  Portfolio (Tasks 2-4), Difference Project (Task 5) with a June presentation.

LAYOUT
  The application is written as replies to the concerns raised at a
  consultation evening (23 October 2008). Every section heading is the concern
  itself, typed as a bold Normal paragraph in quotation marks (no Heading
  styles). Each section opens with the concern as asked ("Some heads asked
  whether ...", "Will participants have to ...?") and answers it, using
  rhetorical questions, double negatives ("It is not the case that ..."),
  concessions ("While we do not ..., we do ...") and, in places, replies that
  answer a different question from the one asked. Lists typed with a bullet
  character. Page header and footer (never evidence). The minimum outcomes are
  in the last concern: a short narrative by strand (attributes, knowledge,
  skills) and a two-column table "What participants will do | How we will know"
  whose rows do not name the national outcomes.

TRAPS (requirement ids affected)
  - Reply answers a different question: the parents concern (1.7) is answered
    with how parents shaped the programme, which is real evidence for 4.2 and
    4.3 (delivery) but leaves 1.7 with only a session title -> 1.7 partial,
    4.2 met.
  - Reply answers a different question + explicit decline: "could the most
    experienced just be assessed?" is answered with APL and "We have not built
    a route that bypasses the taught programme" -> 2.3 not_met (2.1 met).
  - Reply answers a different question: the specialist software concern is
    answered with what schools need not buy; nothing on the provider's
    resources -> 5.6 not_met.
  - Reply answers a different question: "left on their own between sessions?"
    answered with the spacing of taught days; e-learning has tutor/peer board
    only during online units, nothing between sessions, nothing on ICT for
    communication with schools -> 3.3 partial.
  - Reply answers a different question: the governors concern is answered with
    whether SENCOs must sit on the SLT -> 6.S1 not_met.
  - Reply answers a different question: "will they have to pass everything?"
    answered with assignment pass marks, plus "All the national minimum
    outcomes are addressed across the programme" (unsupported coverage claim)
    -> 6.0 partial, 1.9 partial; the marking/moderation text in the same reply
    makes 5.8 met.
  - Concession that IS met: "While the University does not repeat checks ...,
    it does not accept anyone without them" followed by a concrete verification
    of CRB, List 99, references -> 5.3 met (notes_on_met).
  - Double negative that IS met: "It is not the case that pupils' progress is
    left to chance" (baseline and follow-up in the Difference Project) -> 1.1,
    1.8 met; "It is not true that disabled applicants cannot take part" then
    concrete adjustments -> 3.1 met.
  - Double negative, wrong party: "It is not the case that participants will be
    left to keep up to date on their own: the ... SENCO networks meet termly"
    (LA networks, after the course) -> 6.A7 not_met.
  - Wrong context: the disability equality duty appears only as the
    university's own Single Equality Scheme, never as programme content ->
    6.K3 not_met. Child development never mentioned -> 6.K4 not_met. Access
    arrangements for tests never mentioned -> 6.S2d not_met.
  - Past arrangement, hope and placeholder: former Diploma students' careers,
    "We hope that schools will pick up ...", "[Helen - add end-of-course
    planning sheet ...]" -> 2.5 not_met.
  - Conditional / hope: specialist visits "where the participant's school can
    release them ... not part of the programme" -> 5.5 partial (specialist
    contributors are concrete).
  - Hope / conditional: mentors "do not need to be" SEN experts; briefing "if
    numbers allow" -> 5.7 partial (tutor induction and handbook concrete).
  - Intention: collating Difference Project pupil data and measuring
    participants' confidence only "from the second cohort" -> 5.9 partial.
  - Intention: "We will also consider inviting colleagues from the two local
    authorities to join the annual review" -> 4.3 partial (delivery roles are
    concrete).
  - General claim: reading lists "reflect current research and inspection
    findings", no named sources -> 1.3 partial.
  - Day 1 teaches SEN law and policy only; disability legislation is absent
    from the content (only the university's own equality scheme) -> 1.4
    partial.
  - Difference Project baseline measures are attendance, behaviour, Boxall and
    pupil ratings (no summative tests), so national-test data work is only the
    day 6 feedback row -> 6.S2b partial.
  - Status-only entry, Starting Point "not to decide who joins" -> 5.2 partial.
  - Value claim: "excellent value for schools" -> 2.4 partial.
  - Outcomes table: formative only (time log at tutorial -> 6.A3; data
    feedback on the day -> 6.S2b; learning set discussion -> 6.S2c; unmarked
    journal -> 6.S8) -> partial; pupils assessed but parents only in the
    unmarked journal -> 6.A1 partial.
  - Plain concrete statements in odd shapes that ARE met: E.1/E.2 in "It is
    not a certificate of attendance"; 2.2 Starting Point; 4.1 survey figures;
    5.4 tutor list; the outcome rows without outcome names (6.K1, 6.K2, 6.K5,
    6.K6, 6.K7, 6.K8, 6.K9, 6.S2, 6.S2a, 6.S3-6.S7, 6.S9, 6.A2, 6.A4-6.A6).
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cd-01-morrow-concerns.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)


def add_page_field(par):
    run = par.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


hp = sec.header.paragraphs[0]
hp.text = "Morrow SENCO Partnership \u2013 Application to the TDA \u2013 Replies to the consultation concerns"
hp.runs[0].font.size = Pt(8)
hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
fp = sec.footer.paragraphs[0]
fp.text = "Morrow University School of Education  |  Version 3, January 2009  |  Page "
fp.runs[0].font.size = Pt(8)
add_page_field(fp)


def para(text, bold=False, italic=False, size=None, align=None, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def concern(n, text):
    """Concern headings are typed as bold Normal paragraphs, not Heading styles."""
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(6)
    p.paragraph_format.keep_with_next = True
    r = p.add_run("%d.  \u201c%s\u201d" % (n, text))
    r.bold = True
    r.font.size = Pt(12)
    return p


def bullets(items):
    for it in items:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.5)
        p.paragraph_format.space_after = Pt(3)
        p.add_run("\u2022\t" + it)


# ---------------------------------------------------------------- title page
para("Morrow University School of Education", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
para("with Haverleigh County Council and Eastmarsh City Council", size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Application for approval to provide nationally accredited training for teachers new to the "
     "role of special educational needs coordinator, from September 2009",
     bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Our replies to the concerns raised at the consultation evening, Haverleigh Professional "
     "Development Centre, 23 October 2008", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=14)

para("In October 2008 we invited everyone with a stake in the training of new SENCOs in Haverleigh and "
     "Eastmarsh to a consultation evening. Forty-one people came: nineteen headteachers, eleven serving "
     "SENCOs, five officers from the two authorities' SEN and inclusion services, two representatives of "
     "Eastmarsh Parent Partnership Service, a member of Haverleigh Parents' Forum, an officer of the "
     "Haverleigh and District Dyslexia Association and the principal educational psychologist for "
     "Eastmarsh. We asked them to tell us what worried them, and grouped their cards into the questions "
     "that follow.")
para("We have written our application as our replies to those concerns, because we believe they are the "
     "questions the panel will want answered too. The replies were written by the programme team and "
     "checked by the heads of inclusion of both authorities.")

# ---------------------------------------------------------------- 1
concern(1, "Is this a proper university qualification, or just another certificate of attendance?")
para("Several headteachers asked whether the award would carry real academic weight, since some earlier "
     "local courses had led to nothing more than a certificate for the staffroom wall.")
para("It is not a certificate of attendance. The programme leads to the Postgraduate Certificate in "
     "Special Educational Needs Coordination (National Award), validated by Morrow University at a "
     "validation event on 11 December 2008, with the two local authorities named as delivery partners. "
     "It carries 60 credits at Masters level (level M of the Framework for Higher Education "
     "Qualifications), made up of two 30-credit units: Unit 1, Leading SEN Provision in the School, and "
     "Unit 2, Making a Difference: Pupils, Colleagues and Practice. All 60 credits count towards the "
     "University's MA in Inclusive Education.")

# ---------------------------------------------------------------- 2
concern(2, "Will it make any difference to the children, or only to the SENCO\u2019s CV?")
para("Some heads asked whether a course like this would change anything for the pupils in their "
     "schools. It is the question we would ask too. What would be the point of a course that left the "
     "children where they were?")
para("The first aim in the validated programme specification reads: \u2018to raise the achievement and "
     "improve the well-being of children and young people with special educational needs and/or "
     "disabilities in participants\u2019 schools \u2013 being healthy, staying safe, enjoying and achieving, "
     "making a positive contribution and achieving economic well-being \u2013 by developing the knowledge, "
     "understanding and skills of the teachers who lead SEN provision\u2019. The other four aims (leading "
     "colleagues, working with families and services, managing provision, and continuing professional "
     "learning) are written as means to that end.")
para("It is not the case that pupils' progress is left to chance in the assessment either. The larger "
     "assessed piece, the Difference Project in Unit 2, asks each participant to plan, lead and evaluate "
     "a change in provision for an identified group of pupils in their own school over at least one "
     "term. Before the change begins the participant records a baseline for the pupils \u2013 for "
     "example attendance, behaviour incidents, Boxall Profile scores, or the pupils' own ratings of how "
     "safe or confident they feel \u2013 and repeats the same measures at the end. A project that does "
     "not report what happened to the pupils, whatever it turned out to be, cannot pass. The focus is "
     "chosen with the headteacher so that it sits within the school's improvement plan.")

# ---------------------------------------------------------------- 3
concern(3, "Did you actually ask schools what they need, or is this the course you were going to run anyway?")
para("We asked. In June and July 2008 we sent a questionnaire to the SENCO of every maintained school in "
     "the two authorities; 86 of 212 replied (41 per cent): 58 from primary, 21 from secondary and 7 from "
     "special schools. We met the heads of inclusion of both authorities, who shared their SEN data and "
     "priorities with us, and we held the consultation evening from which this application takes its "
     "shape. What we found:")
bullets([
    "81 per cent of SENCOs said that lack of time was the main difficulty in the role;",
    "the three areas in which SENCOs most wanted training were provision mapping (72 per cent), "
    "deploying and managing teaching assistants (64 per cent) and working with other agencies (58 per cent);",
    "Haverleigh's SEN strategy gives priority to reducing fixed-term exclusions of pupils with "
    "behavioural, emotional and social difficulties, which are above the national rate;",
    "Eastmarsh's priority is speech, language and communication needs in the primary years, where its "
    "data show a rising number of pupils at School Action Plus.",
])
para("What we changed as a result: provision mapping and the deployment of teaching assistants became "
     "Task 1 and the core of Assignment 1; the day on working with other services moved from the options "
     "into the core; Haverleigh Behaviour Support Service now leads the behaviour workshop and the "
     "Eastmarsh Speech and Language Therapy team the communication workshop; and managing the role's time "
     "became part of day 8. At the consultation evening heads asked us to keep days out of school to "
     "eight or fewer and to offer a route with fewer days still, which is why the Blended Route exists.")

# ---------------------------------------------------------------- 4
concern(4, "Will participants have to spend a lot of time out of school, and will the work be real or academic?")
para("While we do not ask participants to spend long periods away from school, we do ask that almost "
     "everything they do on the programme is done in it. The taught programme is eight days spread over "
     "three terms (or four days and four online units on the Blended Route). Between the taught days "
     "participants complete five directed tasks in their own school, each designed around the outcomes "
     "it is meant to develop:")
bullets([
    "Task 1: map the school's provision for pupils with SEN, including how support staff are deployed;",
    "Task 2: consult a group of pupils about their provision;",
    "Task 3: plan and lead a staff development session;",
    "Task 4: write a case study of one pupil, drawing on other professionals' assessments;",
    "Task 5: carry out the Difference Project.",
])
para("Task 1 feeds Assignment 1; Tasks 2, 3 and 4 make up the Professional Portfolio; Task 5 is the "
     "Difference Project. Each participant has an in-school mentor, normally the headteacher or a deputy, "
     "who agrees the tasks with the participant and signs the Portfolio.")
para("The taught days are themselves taught largely by people in practice. The educational psychology "
     "services of both authorities, the Eastmarsh Speech and Language Therapy team, Haverleigh Behaviour "
     "Support Service and Eastmarsh Child and Adolescent Mental Health Service each lead part of a taught "
     "day, and the Haverleigh and District Dyslexia Association and Autism Eastmarsh, a parent-led "
     "voluntary group, contribute to the day on working with other services.")
para("Participants who would like to see practice in a specialist setting may ask us about a visit to "
     "Larkfield School, an Eastmarsh special school for pupils with moderate and severe learning "
     "difficulties, or to the Eastmarsh Hearing Support Base. We will try to help where the participant's "
     "school can release them, but such visits are not part of the programme and are not assessed.")

# ---------------------------------------------------------------- 5
concern(5, "Is it up to date? Some of us did the old Advanced Diploma in the nineties.")
para("Would we teach SENCOs appointed in 2009 from the notes of 1995? We would not, and it is not the old "
     "diploma under a new name.")
para("Day 1, \u2018The SENCO and the law\u2019, works through the framework as it now stands: Part IV of the "
     "Education Act 1996 as amended by the Special Educational Needs and Disability Act 2001; the SEN "
     "Code of Practice (2001) and the SEN Toolkit; the Education (Special Educational Needs "
     "Co-ordinators) (England) Regulations 2008 and what they now ask of governing bodies and SENCOs; "
     "Removing Barriers to Achievement (2004); and the Children Act 2004 with Every Child Matters: Change "
     "for Children. Participants bring their own school's SEN policy to the day and begin the policy "
     "audit that becomes Part B of Assignment 1.")
para("Beyond the law, our reading lists are revised every summer so that they reflect current research "
     "and inspection findings, and tutors are expected to bring the latest thinking into every session.")

# ---------------------------------------------------------------- 6
concern(6, "Will SENCOs be taught to listen to children, or is it all paperwork?")
para("One SENCO put it bluntly: \u2018I spend my life on IEPs and never talk to the children.\u2019")
para("Day 3, \u2018Hearing the pupil\u2019, introduces practical ways of finding out what pupils with SEN "
     "think of the help they get: structured conversations, Talking Mats, picture-based questionnaires, "
     "pupil-led reviews and person-centred review meetings, with particular attention to pupils who have "
     "little or no speech. In Task 2 each participant then consults a group of at least four pupils with "
     "SEN in their own school about one aspect of their provision, using an approach chosen from those "
     "taught; agrees at least one change with the pupils; and goes back to tell them what happened. The "
     "consultation record, the pupils' own contributions (anonymised) and a reflective commentary of "
     "1,000 words go into the Professional Portfolio, which is marked.")
para("Is that paperwork? A little. But it is paperwork about what the children said.")

# ---------------------------------------------------------------- 7
concern(7, "Will they learn how to work with parents, especially parents who are angry with the school?")
para("Several SENCOs, and one of the parent representatives, raised this.")
para("Parents have been part of this programme from the start. The two representatives of Eastmarsh "
     "Parent Partnership Service read the draft unit outlines in November. At their suggestion we moved "
     "the session on working with families from the last taught day to day 2, so that participants meet "
     "it early, and we added a parent's account of the annual review process, which a member of "
     "Haverleigh Parents' Forum has agreed to give each year.")

# ---------------------------------------------------------------- 8
concern(8, "Will SENCOs learn to lead other staff, or will they end up doing everything themselves?")
para("Heads were clear that they did not want a SENCO who takes every child with SEN into a side room.")
para("Unit 2 is built around leading colleagues. Days 6 and 8 cover observing teaching and learning and "
     "giving feedback; coaching and mentoring teachers and teaching assistants; modelling strategies in "
     "colleagues' classrooms; planning and leading professional development; and working with SENCOs and "
     "specialists in other schools through the authorities' SENCO cluster groups, where each participant "
     "presents their Task 1 provision map for comment. In Task 3 each participant plans and leads a staff "
     "development session for colleagues \u2013 a twilight, part of an INSET day or a series of briefings "
     "for teaching assistants \u2013 on an aspect of SEN their school needs. The mentor observes the "
     "session using our observation schedule, colleagues complete a short evaluation, and the participant "
     "writes a 1,000-word evaluation for the Portfolio. In Task 1 participants also review how teaching "
     "assistants are deployed, line-managed and trained, and propose changes in Assignment 1.")
para("Day 6 also looks at how SENCOs can help colleagues use assessment for learning with pupils with "
     "SEN, which participants then discuss in their learning sets.")
para("We know that time is the SENCO's scarcest resource: four in five SENCOs in our survey said so. The "
     "second half of day 8 deals with managing the role \u2013 prioritising, protecting time and "
     "delegating \u2013 and participants keep a time log for half a term, which they talk through with "
     "their tutor at the mid-point tutorial.")

# ---------------------------------------------------------------- 9
concern(9, "Can anyone get on it? We don\u2019t want it watered down.")
para("To join the programme an applicant must hold Qualified Teacher Status; be employed in a maintained "
     "school or academy in Haverleigh or Eastmarsh; be the school's designated SENCO, or be due to take "
     "up the role within twelve months; and be nominated by the headteacher on the Partnership nomination "
     "form, which commits the school to releasing the participant for the taught days and to providing a "
     "mentor. Places are allocated in the order in which complete applications arrive.")
para("The Starting Point (see concern 13) is completed after a place has been offered. It is used to plan "
     "each participant's programme, not to decide who joins it.")

# ---------------------------------------------------------------- 10
concern(10, "Who checks the people on the course? Will they be working with our children?")
para("Two parents asked this.")
para("While the University does not repeat checks that schools have already made, it does not accept "
     "anyone without them. Section 4 of the nomination form must be completed by the headteacher, who "
     "confirms the date and reference number of the participant's enhanced Criminal Records Bureau "
     "disclosure; that the participant has been checked against List 99; that references were taken up "
     "from previous employers and raised no concerns about conduct; and that there are no current or "
     "outstanding disciplinary matters. An applicant who has not worked in a post involving regular "
     "contact with children or young people in the last three months must obtain a new enhanced "
     "disclosure through the University's Registry and cannot start until it has been received. The "
     "programme administrator checks section 4 of every form, and no place is confirmed until it is "
     "complete.")

# ---------------------------------------------------------------- 11
concern(11, "Our SENCO already has an SEN qualification. Will she have to start from scratch?")
para("No. The University's procedures for the accreditation of prior learning (APL) and of prior "
     "experiential learning (APEL) apply to this programme. A participant may claim up to 30 of the 60 "
     "credits \u2013 in practice, Unit 1 \u2013 either for certificated study in SEN at Masters level "
     "completed in the last five years, or for learning from experience, set out in a claim portfolio "
     "mapped against the Unit 1 learning outcomes. Claims are assessed by the programme leader and a "
     "second tutor, confirmed by the School's APL Panel and reported to the examination board, and the "
     "fee is reduced in proportion to the credit awarded. A claim takes about six weeks to decide, so we "
     "ask anyone thinking of one to speak to the programme leader before applying.")

# ---------------------------------------------------------------- 12
concern(12, "Some heads asked whether their most experienced SENCOs could simply be assessed, without doing the course.")
para("We understand why: some applicants will have led SEN provision in another school, or worked for "
     "years in a support service, before taking up a SENCO post. For them, APL (concern 11) can remove "
     "up to half the programme. Beyond that, every participant, however experienced, attends the three "
     "core days (days 1, 3 and 6) and completes the Difference Project, because the project is where the "
     "award earns its value. We have not built a route that bypasses the taught programme, and we do not "
     "intend to.")

# ---------------------------------------------------------------- 13
concern(13, "Will the course start where my SENCO is, or treat everyone the same?")
para("Before the first taught day every participant completes the Morrow Starting Point, a self-review "
     "against each of the national minimum outcomes. For each outcome the participant rates themselves on "
     "a four-point scale, from \u2018new to me\u2019 to \u2018I could help others with this\u2019, and notes "
     "the evidence for the rating. The personal tutor then meets the participant, in school or by "
     "telephone, for about forty minutes to test the ratings against the evidence, since people often "
     "rate themselves highly in areas where the law or guidance has since changed. The result is an "
     "Individual Learning Plan that records the participant's personal targets against the outcomes; "
     "which of the optional workshops on days 4, 5, 7 and 8 they will attend; the focus of their "
     "Difference Project; and any APL claim. The plan is signed by the participant and the tutor, copied "
     "to the mentor, and reviewed at the mid-point tutorial in February.")
para("While we cannot run a different course for every participant, we do make sure that no one spends "
     "a taught day on something they already know, and we believe the programme represents excellent "
     "value for schools.")

# ---------------------------------------------------------------- 14
concern(14, "Our SENCOs teach nearly full timetables. Will the course fit around school life?")
para("The programme can be taken in two ways, and it begins twice a year:")
bullets([
    "the Day Route: eight taught days at the Haverleigh Professional Development Centre, roughly one "
    "every four to five weeks;",
    "the Blended Route: four taught days (days 1, 3, 6 and 8) and four online units on MorrowLearn, the "
    "University's Blackboard site, in place of days 2, 4, 5 and 7. Each online unit runs for two weeks, "
    "with a tutor-moderated discussion board on which tutors reply to participants within two working "
    "days, and participants work through the unit's activities in online groups of five or six. Between "
    "online units the site holds the course materials and readings.",
])
para("Participants can start in September or in January. Units 1 and 2 can be taken in either order, "
     "although most take Unit 1 first. A participant may change route at the end of a unit, and one who "
     "falls ill or changes school may suspend study for up to twelve months and rejoin the next cohort, "
     "keeping any credit already gained.")
para("Some SENCOs asked whether they would be left on their own between sessions. The taught days are "
     "spaced four to six weeks apart, which the heads at the consultation told us was the right interval "
     "for the school calendar, and all dates for the year are published by the end of June so that "
     "schools can plan cover.")

# ---------------------------------------------------------------- 15
concern(15, "Will disabled teachers be able to take part fully?")
para("This was asked by a headteacher whose SENCO is deaf, and by the Dyslexia Association.")
para("It is not true that disabled applicants cannot take part: no applicant is refused a place for a "
     "reason connected with disability. The application form explains why we ask, and invites applicants "
     "to tell us in confidence about any disability, specific learning difficulty or long-term health "
     "condition. Anyone who does is contacted by the University's Disability Advisory Service within ten "
     "working days to agree a Learning Support Agreement, which is shared, with consent, with tutors and "
     "the mentor. Under these agreements we provide, for example, BSL interpreters or electronic "
     "note-takers on taught days; handouts in large print or electronically in advance; extended deadlines; alternative forms of assessment, such as a recorded presentation in "
     "place of part of a written assignment; and rest breaks. Both teaching venues, the Haverleigh "
     "Professional Development Centre and the Morrow campus, have step-free access, accessible toilets "
     "and induction loops, and any visit arranged through the programme is checked for access first. Our "
     "leaflet and the programme handbook say that these adjustments are available and how to ask for them.")
para("The programme operates within the University's Single Equality Scheme, which sets out how the "
     "University meets its duties under the Race Relations (Amendment) Act 2000, the disability equality "
     "duty under the Disability Discrimination Act 1995 as amended in 2005, and the Equality Act 2006.")

# ---------------------------------------------------------------- 16
concern(16, "Who will be teaching it, and have they done the job themselves?")
para("Every tutor on the programme has led SEN provision in a school, or worked as a specialist or "
     "adviser, within the last five years:")
bullets([
    "Dr Helen Ashdown, programme leader: SENCO in two Haverleigh secondary schools (1994\u20132004); "
    "senior lecturer in inclusive education since 2004; EdD (2007) on the changing role of the "
    "secondary SENCO;",
    "Mr Daniel Okafor: SENCO and then assistant headteacher in an Eastmarsh primary school until 2007; "
    "now senior lecturer; leads the Difference Project;",
    "Mrs Ruth Callander: specialist teacher for specific learning difficulties, Haverleigh Learning "
    "Support Service, seconded to the programme two days a month; holds AMBDA;",
    "Dr Ian Petrie: senior educational psychologist, Eastmarsh; teaches on days 4 and 7 and second-marks "
    "the pupil case studies.",
])
para("Each tutor has at least five days a year of professional updating in SEN, recorded in the School's "
     "staff development review, and the two University tutors each spend at least three days a year "
     "working alongside SENCOs in partnership schools.")
para("Heads asked whether the in-school mentor has to be an SEN expert. They do not need to be: the "
     "mentor's job is to open doors in the school, agree the tasks and observe Task 3, and a headteacher "
     "or deputy is usually best placed to do that. All tutors attend a programme induction before they "
     "teach and work from the tutor handbook. We hope to bring mentors together for a briefing in the "
     "autumn term if numbers allow.")

# ---------------------------------------------------------------- 17
concern(17, "Our schools can\u2019t afford specialist software or expensive tests. Will participants need them?")
para("They will not. Nothing in the programme requires a school to buy software, tests or equipment. "
     "Participants work with what their school already has, and the Difference Project can be carried "
     "out with the records the school already keeps, such as its attendance or behaviour data. "
     "Where a participant wants to try a programme the school does not own, the supplier's free trial is "
     "usually long enough.")

# ---------------------------------------------------------------- 18
concern(18, "How will you know whether the course is working, and will you listen when it isn\u2019t?")
para("We collect evidence about the programme in five ways:")
bullets([
    "a short evaluation at the end of each taught day and each online unit, summarised by the programme "
    "administrator within a week;",
    "an end-of-unit questionnaire, and a focus group with volunteers from each cohort at the end of the year;",
    "the external examiner's annual report on standards, assessment and the programme as a whole (the "
    "external examiner for 2009\u201310 is Dr Margaret Fenwick of the University of Southwold);",
    "marks and completion data, compared with the School's other postgraduate programmes;",
    "the University's Annual Programme Monitoring report, which goes to the School Learning and Teaching "
    "Committee and on to the Faculty.",
])
para("The programme team meets after each unit to go through the evidence. Each change agreed is entered "
     "in the programme action plan with the person responsible and a date, and reported to the next "
     "cohort on a \u2018You said, we did\u2019 page in the handbook. We will also consider inviting colleagues "
     "from the two local authorities to join the annual review of the programme.")

# ---------------------------------------------------------------- 19
concern(19, "Will you be able to show that it made a difference to the children?")
para("How could a course whose first aim is raising achievement not ask that of itself? Every Difference "
     "Project reports baseline and follow-up measures for the pupils involved (concern 2), so each "
     "participant's assessment already holds evidence of what changed for their pupils. We intend, from "
     "the second cohort, to bring these results together into a programme-level summary, and to add a "
     "measure of how participants' own confidence changes over the year.")

# ---------------------------------------------------------------- 20
concern(20, "Will participants have to pass everything, or can they scrape through?")
para("Participants must pass Assignment 1, the Professional Portfolio and the Difference Project, each at "
     "the University's Masters pass mark of 50 per cent. One resubmission is allowed for each, with the "
     "mark capped at the pass mark.")
para("Every piece of work is marked by the personal tutor against the published criteria. A second tutor "
     "blind-marks a sample of at least one in four scripts, together with every fail and every mark of 70 "
     "per cent or above. Tutors meet to standardise before each marking period, using scripts from the "
     "previous year, and the external examiner sees a sample from every component and attends the "
     "examination board, which confirms all marks. All the national minimum outcomes are addressed "
     "across the programme, so a participant who completes it successfully will have met them.")

# ---------------------------------------------------------------- 21
concern(21, "Some heads asked whether SENCOs would be able to work with governors on the direction of the school.")
para("The 2008 Regulations require the SENCO to be a qualified teacher working at the school; they do not "
     "require the SENCO to be a member of the senior leadership team, and that decision rests with the "
     "governing body. We take no view on whether participants should sit on the leadership team, and the "
     "programme is open to SENCOs whether they do or not. Several of the heads at the consultation told "
     "us that their SENCO attends leadership meetings whenever SEN is on the agenda.")

# ---------------------------------------------------------------- 22
concern(22, "What happens when they finish? Will they just be left to it?")
para("Our former Advanced Diploma students often went on to the MA, and many told us afterwards that the "
     "course had changed the direction of their careers. We hope that schools will pick up participants' "
     "next steps through performance management. It is not the case that participants will be left to "
     "keep up to date on their own: the Haverleigh and Eastmarsh SENCO networks meet termly and are open "
     "to every SENCO in the two authorities.")
para("[Helen \u2013 add end-of-course planning sheet here once LA comments are back]", italic=True)

# ---------------------------------------------------------------- 23 outcomes
concern(23, "What will participants actually be able to do at the end?")
para("The national minimum outcomes fall into three strands, and the programme treats them differently.")
p = para("")
p.add_run("Professional attributes. ").bold = True
p.add_run("We do not believe attributes can be lectured into anyone. They grow through the tasks "
          "participants carry out in their own schools and show in how they carry them out: consulting "
          "pupils, winning senior colleagues' support for the Difference Project, taking a difficult "
          "decision about a pupil in the case study, and drawing on research for the project. "
          "Participants' writing is assessed in every piece of work against the criterion \u2018clarity, "
          "structure and use of evidence\u2019, and their speaking at the June sharing day, where each "
          "presents the Difference Project to a tutor and a local authority officer and takes questions.")
p = para("")
p.add_run("Professional knowledge and understanding. ").bold = True
p.add_run("Most of the knowledge is carried by the taught days: the law and the Code of Practice, and Every Child "
          "Matters and the SENCO's part in it (day 1); the main areas of need \u2013 behavioural, emotional "
          "and social difficulties, specific learning difficulties including dyslexia, speech, language "
          "and communication needs, autistic spectrum disorders and moderate learning difficulties \u2013 "
          "and how each affects learning, over days 4 and 5 with the specialist contributors; approaches, "
          "resources and ICT for assessment, planning and teaching, and how to judge them (day 5); school "
          "self-evaluation, the SEF and improvement planning as they bear on pupils with SEN (day 6); and "
          "the work of other services and how to secure their help (day 7). Research and best practice run "
          "through the reading for every day and are drawn together in the literature review of the "
          "Difference Project.")
p = para("")
p.add_run("Professional skills. ").bold = True
p.add_run("The skills are developed through the directed tasks and assessed through Assignment 1, the "
          "Portfolio and the Difference Project, as the table shows.")

rows = [
    ("Consult at least four pupils with SEN about an aspect of their provision, agree a change with them "
     "and report back to them (Task 2).",
     "Consultation record, the pupils' contributions and a 1,000-word commentary in the Professional "
     "Portfolio; the mentor confirms that the consultation took place; marked against the Portfolio "
     "criteria."),
    ("Map the school's provision for pupils with SEN, including how teaching assistants and other staff "
     "are deployed and managed, and identify provision that is missing or is not working (Task 1).",
     "Assignment 1, Part A: the provision map and a commentary on gaps and ineffective provision; marked."),
    ("Audit the school's SEN policy and practice against the Code of Practice, the 2008 Regulations and "
     "the Every Child Matters outcomes, and note where practice falls short.",
     "Assignment 1, Part B; marked."),
    ("With colleagues, review how well the school's provision for pupils with SEN is working and write "
     "up the findings so that they can be used in the school's self-evaluation form.",
     "Assignment 1, Part C; marked. The tutor checks the link to the school's SEF."),
    ("Write a case study of one pupil: the pupil's needs and how they affect learning; what assessments "
     "by educational psychologists, therapists and other professionals say and how teaching has been "
     "changed as a result; which services and voluntary organisations are involved and how the "
     "participant works with them; and one difficult decision the participant took about the pupil's "
     "provision, and why (Task 4).",
     "A 2,000-word case study in the Professional Portfolio; marked, and second-marked by an educational "
     "psychologist."),
    ("Identify a group of pupils using observation and data, set challenging targets, plan and lead an "
     "intervention drawing on research and on the approaches and ICT introduced on day 5, and review the "
     "pupils' progress against the baseline (Task 5).",
     "The Difference Project, 5,000 words including a literature review; marked."),
    ("Secure the support of the headteacher and senior leaders for the Difference Project and for "
     "continuing the change after the course.",
     "Headteacher's witness statement in the Portfolio, checked by the tutor against the project report."),
    ("Present the Difference Project at the June sharing day and answer questions.",
     "Presentation assessed by a tutor and a local authority officer against published criteria; worth "
     "20 per cent of the Difference Project mark."),
    ("Plan and lead a staff development session for colleagues (Task 3).",
     "Mentor's observation, colleagues' evaluations and a 1,000-word evaluation in the Portfolio; marked."),
    ("Keep a log of how time is spent for half a term and decide what could be delegated.",
     "Talked through with the tutor at the mid-point tutorial."),
    ("Bring the school's attainment data for pupils with SEN (RAISEonline, P scales, optional tests) to "
     "day 6 and track the progress of a group of pupils.",
     "Tutors give feedback on the day."),
    ("Help a colleague to use assessment for learning with pupils with SEN in their class.",
     "Discussed in the participant's learning set."),
    ("Reflect on a meeting with a parent or carer in the learning journal.",
     "The journal is discussed with the tutor at tutorials; it is not marked."),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ("What participants will do", "How we will know")):
    c.text = ""
    r = c.paragraphs[0].add_run(txt)
    r.bold = True
for a, b in rows:
    cells = t.add_row().cells
    cells[0].text = a
    cells[1].text = b
for row in t.rows:
    row.cells[0].width = Cm(9.5)
    row.cells[1].width = Cm(6.9)

para("")
para("Dr Helen Ashdown, Programme Leader, on behalf of the Morrow SENCO Partnership, January 2009", italic=True)

doc.save(OUT)
print("wrote", OUT)
