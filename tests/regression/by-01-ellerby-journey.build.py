"""Build by-01-ellerby-journey.docx: University of Ellerby with Wenstow County Council (invented).

Provider: University of Ellerby, School of Education and Lifelong Learning
(Professional Development Unit), with Wenstow County Council Children's
Services (SEN and Inclusion Team) and Harrowgate School (maintained special
school, hosts an Assistive Technology Resource Base). Award: Postgraduate
Certificate in Special Educational Needs Coordination (National Award), 60
credits at Level 7 in two 30-credit modules (SEN701, SEN702), validated and
conferred by the University. Dated January 2009, first intake September 2009.

Layout: a "participant journey". A short cover section (Table 1: a
two-column fact table), then the whole programme told through the year of
one imaginary newly appointed SENCO, Ruth Kilbride of Beckside Community
Primary School, in the third person singular and mostly the present tense
("In October Ruth attends ..."), term by term under Heading 2 titles, with
the provider's arrangements carried inside the story and an opening
statement that what happens to Ruth is what happens to every participant.
Other (imaginary) participants appear for arrangements Ruth does not need
(APL, adjustments). Table 2 lists the four assessment tasks and, in prose
paraphrase (no codes), the outcomes each task's marking criteria address.
A closing "who is behind Ruth's year" part. Footer with the provider name.

Traps and the requirement each affects:
- 2.1 partially_met (negation inside a story): certificated prior learning is
  accredited through APCL (a colleague's 20 credits), but a teaching
  assistant's experience "earns no credit": experiential learning is not
  accredited.
- 2.3 not_met (negation): "The University does not at present offer an
  assessment-only route for this award".
- 5.3 not_met (another body's arrangement): Ruth "does not need to provide
  anything" on criminal records; "the University relies on the employer".
- 5.5 partially_met: specialist expertise is concrete (EP, SALT, CAMHS,
  voluntary bodies teach Day 7); a day at a special school happens only if the
  head can release the participant, the programme "does not arrange or fund
  this", and Ruth does not go.
- 5.7 partially_met: tutors have a handbook, a briefing and standardisation;
  workplace sponsors, who sign a statement used in assessment, get only a
  "two-page note".
- 1.5 and 6.S7 partially_met: pupil voice only "encouraged to think about"
  after hearing one example; no skills work and nothing in Table 2.
- 6.A3 partially_met: time management and delegation are worked on in a
  tutorial only; not in Table 2.
- 6.A7 partially_met: the CPD plan is built in the July session and kept in
  the portfolio but "is not marked" (2.5 is met by the same passage).
- 6.K5 partially_met: four types of need are taught (no moderate learning
  difficulties) and the day is not assessed (nothing in Table 2).
- 6.S2a partially_met: turning EP and SALT reports into classroom strategies
  is practised on Day 7 but not assessed.
- 6.K4 not_met: child development is never mentioned.
- 6.S2c not_met: developing other teachers' formative assessment is never
  mentioned.
- 6.S2d not_met (another body's arrangement): access arrangements "are not
  part of the programme"; the LA Assessment Team's briefing is named.
- 6.0 and 1.9 partially_met: the award rule is concrete but signs off only the
  outcomes in Table 2, beside a blanket claim that the tasks "cover every one
  of the national minimum outcomes", and K4, S2c, S2d, A3, A7, K5, S2a, S7
  are not assessed.
- 4.3 met (notes): participants evaluate every day and module, the LA and
  Harrowgate teach, headteachers are surveyed six months on.
- 3.3 met: Ellerby Online forum moderated by tutors with a three-day reply
  rule, peer learning sets between study days, sponsors' logins.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("by-01-ellerby-journey.docx")

doc = Document()
doc.core_properties.author = "Mark Fenwick"
doc.core_properties.title = "National Award for SEN Coordination - University of Ellerby"
st = doc.styles["Normal"]
st.font.name = "Georgia"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
fp = sec.footer.paragraphs[0]
fp.text = "University of Ellerby - application for approval, nationally accredited SENCO training - January 2009"
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def H(text, level=1):
    doc.add_heading(text, level=level)


def P(text, bold_lead=None, italic=False):
    p = doc.add_paragraph()
    if bold_lead:
        r = p.add_run(bold_lead)
        r.bold = True
    r = p.add_run(text)
    r.italic = italic
    return p


def table(rows, widths=None, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.font.size = Pt(9.5)
            if header and i == 0:
                run.bold = True
            if widths:
                c.width = Cm(widths[j])
    doc.add_paragraph()
    return t


t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("University of Ellerby\nSchool of Education and Lifelong Learning")
r.bold = True
r.font.size = Pt(15)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Application to the Training and Development Agency for Schools for approval as a provider of "
          "nationally accredited training for teachers new to the SENCO role").italic = True

H("Part A: The provider at a glance", 1)
table([
    ["", ""],
    ["Lead provider", "University of Ellerby, School of Education and Lifelong Learning (Professional Development Unit)"],
    ["Partners", "Wenstow County Council Children's Services (SEN and Inclusion Team); Harrowgate School, a maintained "
                 "special school for pupils aged 3-19 with complex needs, which hosts the county's Assistive Technology "
                 "Resource Base"],
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination (the National Award for SEN Coordination)"],
    ["Level and credit", "60 credits at Level 7 (masters level): SEN701 Leading SEN Policy and Provision (30 credits) and "
                         "SEN702 Improving Outcomes through Enquiry (30 credits)"],
    ["Validation", "Validated by the University's Academic Standards Committee on 4 December 2008; the award is conferred "
                   "by the University of Ellerby"],
    ["Programme leader", "Dr Mark Fenwick, Senior Lecturer in Inclusive Education"],
    ["Start points", "September 2009 and January 2010, then each September and January"],
    ["Fee", "\u00a31,150 for the full certificate; Wenstow County Council pays half the fee for participants from its "
            "maintained schools out of its SEN training budget"],
], widths=[4, 12.5], header=False)

P("Rather than answer the specification criterion by criterion, we have chosen to describe the programme through "
  "the year of one participant. Ruth Kilbride is imaginary, but what happens to her is what the programme does for "
  "every participant; where another participant's path would differ from hers, we introduce a colleague of hers to "
  "show it. The dates are those of the first cohort.")

H("Part B: Ruth's year", 1)

H("1. Before the course (April to July 2009)", 2)
P("Ruth Kilbride has taught for six years, latterly as the Year 4 teacher and mathematics leader at Beckside Community "
  "Primary School, a 320-pupil primary on the edge of Kirkholme. In April her headteacher, Mr Graham Toft, asks her to "
  "take over as SENCO in September, when the present SENCO retires. She knows that, as a teacher new to the role, she "
  "will need to gain the National Award within three years of taking it up.")
P("Ruth hears about the programme through the Wenstow SENCO network bulletin and applies in May. The application form "
  "asks her to confirm that she holds qualified teacher status and that she is, or will be from September, the "
  "school's designated SENCO, and it asks Mr Toft for a short statement of support in which the school agrees to "
  "release her for the eight study days and to act as her workplace sponsor. A confidential section of the form "
  "invites every applicant to tell us about any disability, specific learning difficulty or health condition, so that "
  "adjustments are in place before the first day; it explains in plain words who will see the information and that "
  "disclosure never counts against an applicant. The same invitation is printed in the programme leaflet, which is "
  "available in large print, on audio CD and as an accessible electronic file, and which carries an account of the "
  "pilot course by a SENCO who is a wheelchair user.")
P("In June Ruth has a thirty-minute admissions conversation with Dr Fenwick, by telephone. Every applicant is "
  "interviewed in this way. He checks that she will be in a position to carry out the school-based work (in "
  "particular, that she will have access to the school's pupil tracking data and can lead a change in provision), "
  "and talks through what she has read and done. Where an applicant is not yet likely to be able to meet all the "
  "outcomes by the end of the year, most often because they are not yet designated as SENCO, Dr Fenwick writes to "
  "them and to their headteacher setting out what they need to do first, usually a term working alongside the "
  "county's Area SENCO, and offers a place on the January start. Two applicants to the 2008 pilot took this route "
  "and both completed.")
P("Ruth does not need to provide anything about criminal records checks: as a serving teacher she was checked by "
  "Wenstow County Council when she was appointed, and the University relies on the employer for this.")
P("The admissions conversation also covers prior learning. Ruth holds no masters credit, so she will take both "
  "modules in full. Her colleague Daniel, SENCO at a neighbouring junior school, completed the University's 20-credit "
  "Certificate in Inclusive Practice at Level 7 in 2007; under the University's procedure for the Accreditation of "
  "Prior Certificated Learning, administered for this programme by the APL tutor, Mrs Sue Bramall, he is credited "
  "with 20 of SEN702's 30 credits and completes a shorter 10-credit version of the enquiry. Another applicant asks "
  "whether her eleven years as a specialist teaching assistant and higher level teaching assistant could count. "
  "The University's current regulations for this award allow only certificated learning to be accredited, so her "
  "experience is recognised in her training plan but earns no credit.")
P("We are sometimes asked whether an experienced teacher can simply be assessed. The University does not at present "
  "offer an assessment-only route for this award: an advisory teacher from the Wenstow Learning Support Service who "
  "enquired in 2008 was advised to join the programme and to claim credit for any prior study she could.")
P("In early July Ruth completes the pre-course self-audit. It sets out the national outcomes in our own words, "
  "grouped as the programme groups them (knowing the framework; understanding learners; leading provision; working "
  "with others; personal effectiveness), and for each one asks her to rate her confidence on a four-point scale and "
  "to note the evidence behind the rating. Mr Toft adds a short comment. Dr Fenwick, who will be her personal tutor, "
  "reads the audit before the induction day and meets her there to agree her Individual Training Plan. The plan "
  "records which outcomes she is likely to meet through the core programme, which need extra attention (for Ruth, "
  "working with data and with outside agencies) and which of the optional workshops and reading she will take up. "
  "It also records her personalised outcomes: in Ruth's case an additional target on leading the school's first "
  "provision map, which Mr Toft has identified as a school priority. Tutors come back to the plan at every tutorial "
  "and check the self-ratings against the evidence in her work, because a confident rating is sometimes based on "
  "knowledge that has gone out of date.")

H("2. Autumn term: SEN701 Leading SEN Policy and Provision", 2)
P("On Saturday 19 September Ruth attends the induction day at the University's Kirkholme Centre with the other 23 "
  "members of her cohort. Dr Fenwick begins with the programme's purpose, which is written into the validated "
  "programme specification: that children and young people with SEN and/or disabilities in participants' schools "
  "make better progress and are healthier, safer, happier and more fully included as a result of their SENCO's "
  "training. The programme aims therefore name attainment and all five Every Child Matters outcomes, and both "
  "module assessments require the participant to show the effect of their work on pupils' attainment and on at "
  "least one aspect of their well-being. Ruth is shown how to use Ellerby Online, the University's Moodle site, and "
  "is placed in a tutor group of eight, which will also be her peer learning set. The afternoon is a workshop on "
  "writing at masters level and on presenting to colleagues, to which the programme returns in tutorials.")
P("In October Ruth attends the first study day, The Framework for SEN and Disability, led by Mrs Anne Halloran, "
  "Wenstow's Principal SEN Officer, and Dr Fenwick. The day works through the Education Act 1996 as amended by the "
  "Special Educational Needs and Disability Act 2001, the SEN Code of Practice 2001 (the graduated response, School "
  "Action and School Action Plus, statutory assessment, statements and annual reviews), the Disability "
  "Discrimination Act 1995 and 2005 and the disability equality duty, the Children Act 2004 and Every Child Matters, "
  "and the 2008 regulations on the SENCO role. The emphasis throughout is on what each duty means for the school and "
  "for the SENCO in practice: Ruth leaves with a checklist of what Beckside must have in place and a task to compare "
  "the school's accessibility plan and disability equality scheme with it.")
P("In November Ruth attends the second study day, Understanding Learners, taught by specialist teachers from "
  "Harrowgate School and the county's Learning Support Service. It covers dyslexia and other specific learning "
  "difficulties, speech, language and communication needs (drawing on the Bercow Review of 2008), autistic "
  "spectrum disorders, and behavioural, emotional and social difficulties, with the Inclusion Development Programme "
  "materials on dyslexia and SLCN. In the afternoon the cohort works at Harrowgate's Assistive Technology Resource "
  "Base, trying out text-to-speech and predictive software, symbol-supported writing, recording devices and switch "
  "access, and comparing them critically with lower-tech approaches to the same barrier.")
P("Later in November the third study day, Knowing Where Pupils Are, deals with identifying pupils who may have SEN: "
  "classroom observation, screening, P scales and national curriculum assessment, RAISEonline and the school's own "
  "tracking. Ruth practises setting challenging targets, planning an intervention that removes a barrier rather "
  "than filling time, and reviewing it; she uses Beckside's Key Stage 1 and optional test results to track a "
  "group of pupils over two years and decide whether their programmes should change. Towards the end of the day "
  "Ruth asks about access arrangements for the Key Stage 2 tests; these are not part of the programme, and her tutor "
  "points her to the LA Assessment Team's annual briefing for SENCOs in February.")
P("In December the fourth study day, Mapping and Managing Provision, introduces provision mapping as a tool both for "
  "planning and for finding provision that is missing or not working, and looks at how teaching assistants are "
  "deployed and managed. It uses Ofsted's reports Special educational needs and disability: towards inclusive "
  "schools (2004) and Inclusion: does it matter where pupils are taught? (2006), and recent research on the "
  "deployment of support staff. The last session is on school self-evaluation: how the SEF and the school "
  "improvement plan should show outcomes for pupils with SEN, and how the SENCO reviews provision with other staff "
  "so that its effectiveness feeds into them.")
P("Between study days Ruth uses Ellerby Online. Each study day has a follow-up task and readings there, and each "
  "tutor group has its own discussion forum, moderated by its tutor, who replies to questions within three working "
  "days. Ruth can also email or telephone Dr Fenwick, and her peer learning set meets for an hour and a half at a "
  "member's school between each pair of study days. Mr Toft has a sponsor's login to Ellerby Online, where he can "
  "see the calendar, the assessment briefs and the sponsor's note, and tutors share their planning and marking "
  "records in a team area of the site.")
P("In late November Dr Fenwick visits Ruth at Beckside for her first tutorial and spends twenty minutes of it with "
  "Mr Toft. They review her training plan. Ruth admits that time is her biggest problem: she still teaches four "
  "days a week. Dr Fenwick spends part of the tutorial helping her plan her SENCO time for the spring term and "
  "decide which tasks to delegate to the school's two senior teaching assistants, and how she will check that they "
  "are done.")
P("Over the autumn Ruth works on the SEN701 assessment, the Policy and Provision Review, which she submits in "
  "January. She reviews Beckside's SEN policy, accessibility plan and disability equality scheme against the Code "
  "of Practice and the disability legislation; shows how the school's provision contributes to each of the five "
  "Every Child Matters outcomes; builds a provision map for Key Stage 2 and uses it to find gaps (she finds no "
  "language provision in Years 5 and 6); reviews how the school's nine teaching assistants are deployed; and, with "
  "the staff, drafts the SEN section of the school's self-evaluation form. Her recommendations go to the governors' "
  "curriculum committee, which she attends with Mr Toft, and the review must show how she has won the headteacher's "
  "and senior team's support for at least one recommendation, evidenced by the committee's minute or a note from "
  "the head.")

H("3. Spring term: SEN702 Improving Outcomes through Enquiry", 2)
P("In January the fifth study day, Evidence and Enquiry, looks at reading research critically, designing a small "
  "school-based enquiry, ethics and consent, and taking baseline measures before an intervention so that its "
  "effect can be judged. Ruth chooses her focus: six Year 5 pupils with language difficulties, the gap her "
  "provision map found.")
P("In February the sixth study day, Pupils and Families, is led by Dr Fenwick with the Wenstow Parent Partnership "
  "Service and a parent of a child with a statement. The cohort looks at building relationships with parents and "
  "carers that are respectful and honest, running review meetings that parents find useful, and handling difficult "
  "conversations; Ruth role-plays a meeting with a parent who disagrees with the school's view of her son. In the "
  "afternoon Ruth hears how one Harrowgate teacher uses pupil-led reviews, and is encouraged to think about how "
  "pupils at Beckside might have more say in their own reviews.")
P("In March the seventh study day, Working with Other Services, brings in an educational psychologist, a speech and "
  "language therapist, a CAMHS primary mental health worker and a social worker, with speakers from the Wenstow "
  "Dyslexia Association and the Kirkholme Parents' Autism Group. It covers what each service and voluntary body "
  "does and how to get its help, the Common Assessment Framework and Team Around the Child meetings. Ruth brings "
  "an anonymised educational psychologist's report and a speech and language therapy report and, with colleagues, "
  "turns their recommendations into classroom strategies for a class teacher. The day ends, like every study day, "
  "with a case problem worked in groups: each group has to anticipate what could go wrong, decide on a course of "
  "action and justify it to the others.")
P("Later in March the eighth study day, Leading Colleagues, covers gaining the commitment of the headteacher and "
  "senior leaders, observing teaching and giving feedback, modelling, coaching and mentoring, and planning and "
  "running staff training, and working with governors on the school's SEN policy, its priorities and the use of its "
  "resources so that every pupil can take part in the curriculum and the wider life of the school. Each participant "
  "plans a training session for their own staff.")
P("Through the spring Ruth carries out the SEN702 Impact Study. She sets targets for the six pupils with the class "
  "teacher, plans a ten-week language intervention with advice from the pupils' speech and language therapist and "
  "the Wenstow Dyslexia Association, and takes baseline measures of vocabulary and reading comprehension and a short "
  "pupil attitude scale. She meets each pupil's parents at the start and the end. Half way through she runs a "
  "training session for Beckside's teaching assistants and Year 5 and 6 teachers on the strategies; Dr Fenwick "
  "observes it and writes feedback against the outcome on supporting colleagues' development, which is moderated "
  "with the rest of her assessment. At the end she repeats the measures, uses the school's tracking data to set "
  "the change in context, reviews the pupils' progress and their programmes, and evaluates the approaches and "
  "resources she used, including the software she borrowed from Harrowgate, against the research she has read. "
  "The 5,000-word report goes in at the end of April.")
P("In May Ruth gives a twenty-minute presentation of the study to her tutor group and two tutors, followed by a "
  "thirty-minute professional discussion. In the discussion the tutors put to her two scenarios she has not seen "
  "before (this year, a parent asking for a statutory assessment the school does not think is needed, and a "
  "teaching assistant's long-term absence in the week before the Key Stage 2 tests) and assess how she anticipates "
  "problems, weighs the options and reaches a decision, as well as how clearly she speaks and how well she listens "
  "to their questions.")

H("4. Summer term: the portfolio and what comes next", 2)
P("Throughout the year Ruth keeps a Professional Development Portfolio on Ellerby Online: her training plan, "
  "tutorial records, the sponsor's statement signed by Mr Toft confirming that her school-based work took place, "
  "and an Outcomes Record. In June her tutor and a second marker check the Outcomes Record against her assessed "
  "work and sign off each outcome listed in Table 2.")
P("In July Ruth attends the final session, Next Steps. Using the programme's planning template, she looks back at "
  "her self-audit, identifies what she wants to develop next (for Ruth, leading a whole-school approach to "
  "language) and drafts a Continuing Professional Development plan for the next two years, with the University's "
  "MA modules, the county's SENCO network and NASEN's events among the options. She takes the plan to her "
  "performance management meeting with Mr Toft in the autumn; Dr Fenwick's covering letter to sponsors suggests "
  "how they might discuss it. The plan goes into her portfolio but is not marked.")
P("The certificate is awarded by the University's Examination Board in July only when both modules are passed and "
  "the tutor and second marker have signed off every outcome in the Outcomes Record. Table 2 shows the tasks and "
  "the outcomes that their marking criteria address. Between them, these tasks cover every one of the national "
  "minimum outcomes.")

P("Table 2: The assessed tasks", bold_lead=None).runs[0].bold = True
table([
    ["Task", "When", "What Ruth produces", "Outcomes the marking criteria address"],
    ["1. Policy and Provision Review (SEN701, 100% of the module)", "January",
     "4,000-word review with provision map, draft SEF section and governors' minute",
     "The law on SEN and the Code of Practice and how to apply them; Every Child Matters and the SENCO's part; the "
     "disability equality duties and what they require; school self-evaluation and improvement; advising governors and "
     "senior colleagues on policy and resources; provision mapping; deploying and managing support staff; reviewing "
     "provision with colleagues to inform the SEF; winning the commitment of the head and senior team; clear writing"],
    ["2. Impact Study (SEN702, 70%)", "End of April",
     "5,000-word report of a school-based enquiry, including the tutor's observation record of a staff training session",
     "Identifying needs, setting targets, planning and reviewing interventions; using test and tracking data; a "
     "critical view of approaches and resources, including ICT; best practice and research; using research to improve "
     "own and colleagues' practice; relationships with pupils and parents; working with parents; working with other "
     "services and voluntary bodies and knowing what they do; supporting colleagues' development"],
    ["3. Presentation and professional discussion (SEN702, 30%)", "May",
     "20-minute presentation; 30-minute discussion with two unseen scenarios",
     "Speaking clearly and listening to others; anticipating problems and making sound decisions"],
    ["4. Professional Development Portfolio (pass/fail, both modules)", "June",
     "Training plan, tutorial records, sponsor's statement, Outcomes Record",
     "Confirms that the outcomes above are evidenced"],
], widths=[3.8, 2, 4.5, 6.5])

H("Part C: Who and what is behind Ruth's year", 1)
H("The people", 2)
P("Dr Mark Fenwick, the programme leader, was SENCO of a large Wenstow primary for eight years before joining the "
  "University in 2004; his doctorate was on the deployment of teaching assistants, and he sits on the county's SEN "
  "strategy group. Mrs Sue Bramall, APL tutor and tutor for two groups, led the Wenstow Learning Support Service until "
  "2007 and holds an MA in SEN and an approved specialist qualification in teaching pupils with dyslexia. Ms Olu "
  "Adebayo, deputy headteacher of Harrowgate School, holds an MEd and runs the Assistive Technology Resource Base. "
  "Mrs Anne Halloran, Wenstow's Principal SEN Officer, teaches the framework day. Each tutor attends at least one "
  "national SEN conference a year and the county's termly SENCO forum, and all four tutor at least one group.")
P("The educational psychologist, therapist, mental health worker and social worker on the seventh study day are "
  "practising Wenstow staff, and the voluntary organisations send their own speakers. Participants are welcome to "
  "spend a day at Harrowgate School or one of the county's resourced provisions if their headteacher can release "
  "them, but the programme does not arrange or fund this; Mr Toft cannot spare Ruth, so she does not go.")
P("All tutors work from the Programme Handbook, attend a half-day briefing each September and take part in a "
  "standardisation meeting before each round of marking. Mr Toft, as Ruth's workplace sponsor, receives a two-page "
  "note describing what the programme asks of sponsors.")
H("Resources", 2)
P("Ruth has full access to the University library, including its electronic journals and e-books, from home through "
  "Ellerby Online. The Learning Support Service lends participants standardised tests and screening materials for "
  "their enquiries, and Harrowgate's Resource Base lends software and devices for up to half a term.")
H("Assessment standards", 2)
P("Every assignment is marked by the participant's tutor against published criteria. A second tutor blind-marks all "
  "fails, all distinctions and a further 20 per cent sample, and a moderation meeting of all tutors agrees the marks "
  "before the Examination Board. The external examiner, Professor Lesley Crane of another university, sees a sample "
  "from every marking round, attends the Board and reports each year.")
H("How we know whether it works", 2)
P("At the end of each study day Ruth completes a short evaluation, and at the end of each module a longer module "
  "questionnaire. She completes a confidence questionnaire against the outcomes at the start and at the end of the "
  "year, and the change for each participant and for the cohort is reported. Because every Impact Study records "
  "baseline and end measures of pupils' attainment and well-being, the programme team collates these each year to "
  "show the effect of participants' work on the pupils they targeted, and six months after the award we survey each "
  "participant's headteacher on changes in SEN provision and pupils' progress at the school. The tutor team reviews "
  "all of this, the external examiner's report and the marks at the Programme Committee in September; the actions "
  "agreed, and what happened as a result, are recorded in the Annual Monitoring Report to the School's Learning and "
  "Teaching Committee.")
H("Why the programme looks like this", 2)
P("In the spring of 2008 Wenstow County Council and the University surveyed every SENCO in the county's 212 "
  "schools (131 replied) and held three meetings with headteachers. SENCOs asked above all for help with data, "
  "provision mapping and managing teaching assistants; headteachers asked that the training should change "
  "something in the participant's own school and should not take teachers out of school on weekdays more than "
  "could be helped. As a result the fourth study day on provision mapping was added to the pilot design, the Impact "
  "Study became a school-based change, and four of the eight study days are held on Saturdays. Participants in the "
  "2008 pilot asked for more time between study days, which is why the programme now runs over a full year rather "
  "than two terms.")
P("Participants can start in September or January, take the two modules in either order, and spread them over two "
  "years if their school cannot release them for both in one. Saturday study days are repeated on a weekday for those "
  "who cannot attend at weekends. For disabled participants we make the adjustments agreed at admission: on the "
  "pilot, a deaf participant had a palantypist for every study day, and materials are always on Ellerby Online a "
  "week in advance so that they can be read with screen readers or enlarged. Extensions and alternative formats of "
  "assessment are agreed with the University's Disability Service, and every venue, including Harrowgate School, "
  "has level access and a hearing loop.")

doc.save(OUT)
print("wrote", OUT)
