"""ib-02-ssnt-position-statement: builds ib-02-ssnt-position-statement.docx.

Provider (invented): the Society of Special Needs Teachers (SSNT), a national
professional association of teachers working in special educational needs,
with eight regional branches and a journal, Special Needs Teaching. It applies
with Marlhaven University, which will validate the Society's SENCO Award.
December 2008.

Document kind and layout: the Society's published Position Statement
PS 2008/4, "Preparing SENCOs for the role", as approved by its National
Executive, sent whole as the application. A title block, a one-cell shaded
"Summary" table, Heading 2 sections, then eleven numbered Positions, each a
bold "Position n" line, the Society's belief or its call on others
("The Society calls on ..."), and a bold run-in "What the Society does:"
paragraph that carries the arrangements. Schedules A (the Award's units,
with merged cells), B (the Portfolio of Evidence) and C (the minimum
outcomes, with shaded group rows). Footnotes carry the references and one
arrangement. A text box holds a branch's dissenting note. The Executive's
amendments are tracked changes (one insertion that counts, deletions that do
not); comments; a header, and a footer that claims accreditation.

The provider's own words: Units 1-5, Branch Seminars, Research Seminars, the
Portfolio of Evidence with its Policy Paper, Learner Profile, Impact Study,
Professional Discussion and unmarked Reflective Log, the Programme Committee,
the Award Board, the CPD Planner.

Traps (requirement ids):
- Level not settled: 60 credits, Level 7 or Level 6 to be decided at
  validation (E.2 partial).
- Parents: the Society "believes" parents are partners and "calls on" schools;
  the Award gives one talk and assesses work with parents only "if the
  participant chooses" (1.7 partial, 6.S8 partial).
- Calls on government, schools and local authorities are someone else's
  responsibility throughout (no credit unless the Society's own arrangement
  follows).
- Outcome table: a tracked-deleted row for child development (6.K4 not met),
  a "[to follow]" placeholder for formative assessment (6.S2c not met), rows
  assessed only in the unmarked Reflective Log (6.K2, 6.S2d partial), a row
  "Not taught" (6.A3 partial), a row without ICT (6.K6 partial), a row naming
  only "health and social care services" (6.S9 partial); hence 1.9 partial.
  The award rule itself requires every outcome to be evidenced (6.0 met).
- APL: certificated study only; "The Society does not accredit experience
  alone" (2.1 partial; the Northern branch's wish to accredit experience in
  the text box is not the provider's arrangement).
- Assessment-only route: the sentence is a tracked insertion and counts
  (2.3 met).
- Everyone follows the same units in the same order; a second start was a
  tracked deletion (3.2 partial, 2.4 partial with a bare value-for-money
  claim).
- No e-learning: "There is no online element in the programme"; an online
  route is only a possibility for 2010 (3.3 not applicable).
- Stakeholder evidence from members only; "We have not consulted local
  authorities or parents' groups" (4.1 partial).
- Entry: membership and QTS only, "No further check of prior knowledge is
  made" (5.2 partial).
- CRB: "a matter for the participant's employing school"; a comment and the
  Society's call on employers do not count (5.3 not met).
- Resources: the journal archive, the library, and "the ICT of their own
  schools" (5.6 partial).
- Tutor and mentor roles: a handbook "will be written during 2009" (5.7 not
  met).
- Footer claims TDA accreditation (never evidence).
- A footnote carries the moderation arrangement, which counts (5.8 met).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ib_helpers import (new_doc, para, add_run, runin, first_para, shade, table,
                         merge_row, ins_run, del_run, delete_row, comment, footnote,
                         finish_footnotes, textbox, header_footer, word_count)

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'ib-02-ssnt-position-statement'
OUT = os.path.join(HERE, NAME + '.docx')

doc = new_doc('Georgia', 10.5)
header_footer(doc, 'SSNT POSITION STATEMENT PS 2008/4',
              'Society of Special Needs Teachers. The SSNT SENCO Award is accredited by the TDA as a National Award.')

para(doc, 'SOCIETY OF SPECIAL NEEDS TEACHERS', bold=True, size=14)
para(doc, 'Position Statement PS 2008/4', bold=True, size=18)
para(doc, 'Preparing SENCOs for the role', italic=True, size=16)
para(doc, 'Approved by the National Executive on 6 December 2008. Submitted, with Schedules A to C, as the '
     'Society\u2019s application with Marlhaven University for approval to provide the National Award for SEN '
     'Coordination.')

t = doc.add_table(rows=1, cols=1)
t.style = 'Table Grid'
c = t.cell(0, 0)
shade(c, 'E2EFD9')
first_para(c, 'Summary', bold=True)
c.add_paragraph('1. The SENCO must be a qualified teacher and a leader of learning, with time and status to do '
                'the job.')
c.add_paragraph('2. Training for the role should be rooted in the SENCO\u2019s own school and judged by what '
                'changes for pupils.')
c.add_paragraph('3. The Society will itself provide a SENCO Award, with Marlhaven University, from September '
                '2009. Schedules A to C describe it.')

doc.add_heading('1. Why the Society is issuing this statement', level=2)
p = para(doc, 'From 1 September 2008 every governing body must ensure that its SENCO is a qualified teacher, and '
         'the Government intends that SENCOs new to the role will complete nationally accredited training.')
footnote(doc, p, 'The Education (Special Educational Needs Co-ordinators) (England) Regulations 2008.')
p = para(doc, 'The Society has argued for this for a decade. The Education and Skills Committee found in 2006 that '
         'SENCOs too often lacked status and time, and Ofsted has shown repeatedly that the quality of provision '
         'depends on the leadership and expertise of the person coordinating it.')
footnote(doc, p, 'House of Commons Education and Skills Committee, Special Educational Needs, Third Report of '
         'Session 2005-06; Ofsted, Special educational needs and disability: towards inclusive schools (2004); '
         'Ofsted, Inclusion: does it matter where pupils are taught? (2006).')
para(doc, 'This statement sets out the Society\u2019s position on eleven questions. Under each position we say '
     'what the Society itself does, through the Award described in the Schedules. Where we call on others, '
     'that is a matter for them.')

para(doc, 'The role has changed a great deal since the first Code of Practice in 1994. Then, many SENCOs were '
     'part-time teachers who kept the register and arranged reviews, often without any time away from their own '
     'class. The revised Code of Practice of 2001 described a more strategic role, and the Government\u2019s '
     'strategy Removing Barriers to Achievement (2004) said that the SENCO should be a member of the senior '
     'leadership team. Our 2007 survey of members found that fewer than one in three SENCOs was.')
footnote(doc, doc.paragraphs[-1], 'Department for Education and Skills, Removing Barriers to Achievement: the '
         'Government\u2019s Strategy for SEN (2004).')
para(doc, 'Members have also told us, year after year, that the training available to them has been uneven. Some '
     'local authorities have offered excellent induction; others have offered none. Some universities have '
     'offered Master\u2019s modules that suit experienced SENCOs, but few that start from the first day in the role.')
doc.add_heading('The Society\u2019s record', level=3)
para(doc, 'The Society ran its own Certificate in SEN Coordination from 1999 to 2006, for some 900 members. It '
     'was not accredited by a university. The Certificate accredited members\u2019 experience through a portfolio, '
     'had an online discussion group run by tutors from 2003, and offered an assessment-only route for very '
     'experienced SENCOs. It closed in 2006 when the branches could no longer find enough tutors. The evaluations '
     'of the Certificate, which are summarised in the journal, are one of the sources of the positions below.')
doc.add_heading('How this statement was prepared', level=3)
para(doc, 'A working group of the Executive drafted the statement in the summer of 2008. Each of the eight branches '
     'discussed the draft at an autumn meeting, and the journal published it for comment in its October issue. '
     'The Executive considered 64 written responses and the branches\u2019 reports before approving the final text, '
     'with the amendments shown in this copy.')
doc.add_heading('2. Our positions', level=2)

def position(n, title, belief, does, extra=None):
    para(doc, 'Position %d. %s' % (n, title), bold=True)
    para(doc, belief)
    p = runin(doc, 'What the Society does: ', does)
    return p

position(1, 'Training must be judged by what it does for pupils',
         'The Society believes that the purpose of SENCO training is better outcomes for pupils: their '
         'progress in learning and their well-being, across all five Every Child Matters outcomes, and not only '
         'test results.',
         'The Award\u2019s aims are to raise the achievement and improve the well-being of pupils with special '
         'educational needs and disabilities, in all five Every Child Matters outcomes, by developing the '
         'SENCO\u2019s knowledge, understanding and leadership. Every unit states its objectives in those terms, and '
         'the Impact Study is marked on the evidence it gives of change in pupils\u2019 progress and well-being.')

position(2, 'Training must be rooted in schools',
         'The Society calls on the Government to fund release time for every SENCO in training.',
         'All five units are taught through Branch Seminars held in member schools, and every assessed piece is '
         'carried out in the participant\u2019s own school. Each participant spends two days on a placement in a '
         'special school or resource base, arranged by the branch, and writes up what they learned for their own '
         'school in the Reflective Log.')

position(3, 'SENCOs need the best evidence',
         'The Society believes that practice should be informed by research and by inspection evidence.',
         'Each unit includes a Research Seminar led by a member of the editorial board of our journal, Special '
         'Needs Teaching, on recent research and inspection findings, including the Bercow Review of services '
         'for children and young people with speech, language and communication needs (2008) and Ofsted\u2019s '
         'reports on inclusion. Participants receive the journal and its archive of back issues.')

position(4, 'SENCOs must know the law',
         'The Society calls on local authorities to brief every new SENCO on the law.',
         'Unit 1 (The SENCO and the law) covers the Special Educational Needs Code of Practice (2001), the '
         'Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, Every Child '
         'Matters and the 2008 Regulations, and what each means in practice for the school, the SENCO and '
         'colleagues. It is assessed through the Policy Paper.')

position(5, 'Pupils must be heard',
         'The Society believes that every pupil has the right to be heard in decisions about their education.',
         'Unit 3 includes a full-day workshop, Listening to pupils, in which participants practise ways of '
         'consulting children and young people (including those with little or no speech) and then use them in '
         'school. The Learner Profile must show how the pupil was consulted and took part in planning and '
         'reviewing their own provision.')

position(6, 'Parents are partners',
         'The Society believes that parents are their child\u2019s first educators and calls on every school to '
         'treat them as partners.',
         'Unit 4 includes a talk from the Parent Partnership Service.')

position(7, 'The SENCO leads colleagues',
         'The Society believes the SENCO is a leader of teaching and learning, not an administrator. A SENCO who '
         'works alone, however expert, changes little; a SENCO who helps every teacher in the school to teach '
         'pupils with SEN well changes a great deal.',
         'Unit 5 (Leading provision) develops participants\u2019 skills in advising, coaching and supporting '
         'colleagues: observing lessons and giving feedback, modelling, and leading training. Participants also '
         'work with a SENCO from another school in their branch, visiting each other\u2019s schools. The Impact '
         'Study requires the participant to lead a change with colleagues and to show its effect on practice '
         'and on pupils.')

p = position(8, 'Training must start from where the SENCO is',
             'The Society believes that no two SENCOs arrive with the same experience.',
             'Before Unit 1, each participant completes a Self-Review against every national outcome, which their '
             'tutor reads and discusses with them. Together they agree an Individual Training Plan that sets '
             'personal outcomes and targets and chooses the focus of the Impact Study. All participants follow '
             'the same five Units in the same order. Our programme is tailored to each participant and represents '
             'excellent value for money. Prior certificated learning at Master\u2019s level, from the last five '
             'years, may be credited up to 20 credits. The Society does not accredit experience alone. ')
ins_run(p, 'In exceptional cases, an experienced teacher from an SEN support service or a serving SENCO may be '
           'assessed without training: they submit the full Portfolio of Evidence and take the Professional '
           'Discussion, and the Director of Programmes decides who is eligible. ', author='National Executive')

position(9, 'Training must be open to all',
         'The Society believes in equality of opportunity for its members and for all teachers.',
         'The application form and the Award handbook are available in large print, audio and Braille, and both '
         'invite applicants to tell us about a disability, in confidence, so that we can make reasonable '
         'adjustments; the invitation is repeated at the first tutorial. The Society\u2019s disability adviser '
         'agrees adjustments with each disabled participant, which may include alternative formats, extra time '
         'or a spoken alternative for written work, BSL interpreters and step-free venues, including for the '
         'placement. Selection decisions are made on the published criteria only.')

p = position(10, 'Training must be within reach',
             'The Society calls on the Government to make the Award free to every new SENCO.',
             'Branch Seminars are held in all eight branches, on Saturdays or as twilight sessions, so that '
             'participants can choose the pattern that suits their school. All participants start in January. ')
del_run(p, 'A second group will start each September. ', author='National Executive')
add_run(p, 'There is no online element in the programme, though the Executive may consider an online route '
           'for 2010.')

p = position(11, 'SENCOs must be safe and suitable',
             'The Society calls on every employer to make sure that SENCOs in training are properly vetted.',
             'CRB disclosure is a matter for the participant\u2019s employing school; the Society does not ask '
             'for evidence of it.')
comment(doc, p, 'Executive discussed whether we should check CRB ourselves. Agreed not to, for now.',
        author='Company Secretary', initials='CS')

textbox(doc, [
    ('A note from the Northern branch', True),
    ('The Northern branch voted to record that it would have preferred the Award to accredit experience as '
     'well as certificated study, and to offer an online route from the start. The Executive noted the view.',
     False),
], fill='F2F2F2', height='80pt')

doc.add_heading('What we ask of others', level=3)
para(doc, 'Many of the positions above depend on others. The Society calls on:')
for x in ['the Government, to fund release time and fees for every SENCO new to the role, and to keep the '
          'Award under review once the first groups have completed it;',
          'local authorities, to brief every new SENCO on local procedures and the law, and to make their '
          'specialist services available to SENCOs in training;',
          'governing bodies, to give the SENCO a place on the senior leadership team and time to do the job;',
          'headteachers, to release SENCOs for training and to support them in leading change;',
          'employers, to make sure that every SENCO in training has been properly vetted;',
          'universities, to recognise the Award for credit towards their Master\u2019s degrees.']:
    para(doc, x, style='List Bullet')
para(doc, 'These are matters for those bodies. The Society will continue to press for them through its '
     'branches, its journal and its contact with Ministers and officials.')
doc.add_heading('3. How we designed the Award and how we will keep it good', level=2)
para(doc, 'In June 2008 the Society surveyed its members about SENCO training. There were 780 replies, 402 from '
     'serving or intending SENCOs. Members asked for training in their own region, outside the school day, '
     'assessed through work in their own schools, and with more on leading colleagues than existing courses '
     'offered. We have not consulted local authorities or parents\u2019 groups about the programme.')
para(doc, 'Because of the survey, the Executive moved all teaching out of Marlhaven into the branches, replaced a '
     'proposed examination with the Portfolio of Evidence, and gave Unit 5, Leading provision, as much time as '
     'the law unit.')
para(doc, 'The Award has a Programme Committee that includes a headteacher, a parent representative from a '
     'parents\u2019 forum and a local authority SEN officer, alongside tutors and two participants. The '
     'Committee reviews each year\u2019s evaluations and recommends changes; headteachers of participants are '
     'asked at the end of the year what difference the Award has made in their schools, and their answers '
     'go to the Committee.')
para(doc, 'Participants evaluate each unit in writing. Tutors review the units at a team meeting after each '
     'one. The University\u2019s external examiner reports each year, and the Award is included in the '
     'University\u2019s annual monitoring and its five-yearly review. The Programme Committee agrees an action '
     'plan each summer and the Executive approves the changes for the next year.')
para(doc, 'Every participant rates their confidence against the national outcomes at the Self-Review and again '
     'at the end. Each Impact Study records baseline measures for the pupils involved before the change and '
     'measures of their progress and well-being afterwards; the Director of Programmes collates these across '
     'the group and reports them, with the confidence ratings, to the Programme Committee and the Executive.')
para(doc, 'Entry is open to any member of the Society who is a qualified teacher and who holds, or is about to '
     'take up, the SENCO role. No further check of prior knowledge is made.')

doc.add_heading('Schedule A. The Award', level=2)
rows = [
    ['Award', 'SSNT SENCO Award (Postgraduate Certificate)', ''],
    ['Validating body', 'Marlhaven University, Faculty of Education, which will make the award', ''],
    ['Credits', 'The Award will carry 60 credits; whether at Level 7 or at Level 6 will be settled at the '
     'University\u2019s validation event in March 2009.', ''],
    ['Unit', 'What it covers', 'When'],
    ['Unit 1 The SENCO and the law', 'The Code of Practice, disability equality law, Every Child Matters and '
     'the SENCO\u2019s part in each outcome, the 2008 Regulations', 'January-February'],
    ['Unit 2 Knowing the school', 'Tracking with summative data and national tests, provision mapping and '
     'finding ineffective or missing provision, school self-evaluation, solving problems and making decisions '
     'about provision, access arrangements', 'March-April'],
    ['Unit 3 Knowing the pupil', 'The common types of SEN (BESD, dyslexia and other SpLD, speech, language and '
     'communication needs, autism, MLD); approaches to assessment, planning and teaching; using the '
     'assessments of psychologists and therapists; identifying needs, setting targets, reviewing; Listening '
     'to pupils', 'May-June'],
    ['Unit 4 Working with others', 'Health and social care services, getting specialist support; the Parent '
     'Partnership Service', 'September-October'],
    ['Unit 5 Leading provision', 'Leading and developing colleagues; deploying and managing teaching '
     'assistants; policy with senior leaders and governors; winning the commitment of the head and senior '
     'team; Next Steps', 'November-December'],
]
t = table(doc, rows)
for i in range(3):
    a = t.cell(i, 1).merge(t.cell(i, 2))
    for pp in a.paragraphs[1:]:
        pp._p.getparent().remove(pp._p)
    shade(t.cell(i, 0), 'D9D9D9')
for j in range(3):
    shade(t.cell(3, j), 'BFBFBF')
para(doc, 'Research Seminars run within every unit (Position 3). Unit 5 ends with Next Steps: using the '
     'Society\u2019s CPD Planner, each participant drafts professional targets for the following two years '
     'and takes them to a meeting with their headteacher, whose agreed version goes into the Portfolio.')
para(doc, 'Tutors. The five tutors are all members of the Society: Dr Ann Kettle (Director of Programmes; PhD, '
     'former SENCO and LA SEN adviser), Tom Ryland (MA SEN; SENCO, secondary), Dr Priya Nair (educational '
     'psychologist), Jenny Adeyemi (MEd; head of a resource base for autism), and Colin Marsh (MA; specialist '
     'teacher, SpLD). Each has worked in schools or SEN services within the last three years, and each '
     'attends the Society\u2019s annual conference and research day. Specialist speakers (a speech and language '
     'therapist, a school nurse, a social worker) contribute to Units 3 and 4.')
para(doc, 'Resources. Participants have the journal archive and may borrow from the Society\u2019s library. '
     'Participants use the ICT of their own schools.')
para(doc, 'Tutors and mentors. A Tutor and Mentor Handbook setting out roles will be written during 2009.')

doc.add_heading('Schedule B. The Portfolio of Evidence', level=2)
rows = [
    ['Part', 'What it is', 'Marked?'],
    ['Policy Paper', '3,000 words: the school\u2019s SEN and disability policies reviewed against the law, with '
     'proposals to senior leaders and governors', 'Yes, 25%'],
    ['Learner Profile', '4,000 words: one pupil\u2019s needs, assessments by other professionals, targets, '
     'interventions and review, the pupil\u2019s own part, other services involved', 'Yes, 35%'],
    ['Impact Study', '5,000 words: a change led with colleagues, with baseline and outcome measures for pupils',
     'Yes, 40%'],
    ['Professional Discussion', '40 minutes with two tutors on the Portfolio and the participant\u2019s '
     'leadership', 'Pass or refer'],
    ['Reflective Log', 'Running notes kept through the year, including the placement', 'Not marked'],
]
table(doc, rows)
p = para(doc, 'Each marked part must be passed; there is no compensation between parts. The Award Board of the '
         'University makes the Award only when the tutor has signed off, in the Portfolio\u2019s outcome record, '
         'that the evidence shows every one of the national minimum outcomes, and the external examiner has '
         'seen the sample.')
footnote(doc, p, 'A second tutor marks every Portfolio that fails and a sample of one in four of the rest; the '
         'tutors meet to moderate marks after each submission, and the external examiner moderates a sample '
         'from each tutor before the Award Board.')

doc.add_heading('Words used in this statement', level=3)
for lead, txt in [
    ('Branch Seminar. ', 'A taught session of the Award held by one of the Society\u2019s eight branches in a member '
     'school, either on a Saturday (five hours) or as two twilight sessions. Each unit has four.'),
    ('Research Seminar. ', 'A session within each unit, led by a member of the journal\u2019s editorial board, on '
     'the research and inspection evidence for that unit\u2019s theme.'),
    ('Self-Review. ', 'The participant\u2019s rating of their own knowledge and skill against each national outcome, '
     'with an example from school for each, completed before Unit 1 and repeated at the end.'),
    ('Individual Training Plan. ', 'The plan agreed by participant and tutor after the Self-Review, with personal '
     'outcomes, targets and the focus of the Impact Study; it is reviewed at the tutorial after Unit 3.'),
    ('Portfolio of Evidence. ', 'The assessed work of the Award (Schedule B), with an outcome record in which the '
     'tutor signs off each national outcome against the evidence for it.'),
    ('Reflective Log. ', 'The participant\u2019s own running notes; tutors read it at tutorials but it is not marked.'),
    ('Programme Committee. ', 'The committee that oversees the Award for the Society (see section 3).'),
    ('Award Board. ', 'The University\u2019s board of examiners for the Award, on which the external examiner sits.'),
]:
    runin(doc, lead, txt)
doc.add_heading('Schedule C. The minimum outcomes', level=2)
rows = [
    ['Outcome', 'Taught in', 'Evidence assessed'],
    ['Professional attributes', '', ''],
    ['Fair, respectful relationships with pupils and parents', 'Unit 3', 'Learner Profile'],
    ['Gaining the commitment of colleagues and senior leaders', 'Unit 5', 'Professional Discussion'],
    ['Prioritising, managing time and delegating', 'Not taught', 'Professional Discussion'],
    ['Solving problems and making sound decisions on provision', 'Unit 2', 'Impact Study'],
    ['Clear speech and writing; listening to others', 'All units', 'Policy Paper; Professional Discussion'],
    ['Drawing on research and outside advice', 'Research Seminars', 'Impact Study'],
    ['Keeping up to date and owning one\u2019s CPD', 'Unit 5', 'Professional Discussion'],
    ['Knowledge and understanding', '', ''],
    ['SEN law and the Code of Practice', 'Unit 1', 'Policy Paper'],
    ['Every Child Matters and the SENCO', 'Unit 1', 'Reflective Log (not marked)'],
    ['Disability equality law', 'Unit 1', 'Policy Paper'],
    ['How children develop and what affects development', 'Unit 3', 'Learner Profile'],
    ['Common types of SEN and their effect on learning', 'Unit 3', 'Learner Profile'],
    ['Approaches to assessment, planning and teaching', 'Unit 3', 'Learner Profile'],
    ['School self-evaluation', 'Unit 2', 'Impact Study'],
    ['Best practice and research in SEN', 'Research Seminars', 'Impact Study'],
    ['External agencies and specialist support', 'Unit 4', 'Learner Profile'],
    ['Skills', '', ''],
    ['Strategic influence with senior colleagues and governors', 'Unit 5', 'Policy Paper'],
    ['Identifying needs, targets, interventions, review', 'Unit 3', 'Learner Profile'],
    ['Using other professionals\u2019 assessments', 'Unit 3', 'Learner Profile'],
    ['Tracking progress with summative data and national tests', 'Unit 2', 'Impact Study'],
    ['Encouraging colleagues\u2019 formative assessment', '[to follow]', '[to follow]'],
    ['Special arrangements for tests and examinations', 'Unit 2', 'Reflective Log (not marked)'],
    ['Provision mapping', 'Unit 2', 'Impact Study'],
    ['Deploying and managing staff', 'Unit 5', 'Professional Discussion'],
    ['Supporting colleagues\u2019 professional development', 'Unit 5', 'Impact Study'],
    ['Reviewing provision with staff for self-evaluation', 'Unit 2', 'Impact Study'],
    ['Involving pupils in their own provision', 'Unit 3', 'Learner Profile'],
    ['Liaising with parents and carers', 'Unit 4', 'Learner Profile, if the participant chooses'],
    ['Partnership with other services', 'Unit 4: health and social care services', 'Learner Profile'],
]
t = table(doc, rows)
for i in (1, 9, 19):
    merge_row(t, i, rows[i][0], fill='E2EFD9')
delete_row(t, 13, author='National Executive')
comment(doc, t.cell(24, 0).paragraphs[0], 'Colin to draft this row.', author='A Kettle', initials='AK')

doc.add_heading('References', level=2)
for x in ['Bercow, J. (2008) The Bercow Report: A Review of Services for Children and Young People (0-19) with '
          'Speech, Language and Communication Needs. Nottingham: DCSF.',
          'DfES (2001) Special Educational Needs Code of Practice. London: DfES.',
          'DfES (2004) Removing Barriers to Achievement: the Government\u2019s Strategy for SEN. London: DfES.',
          'House of Commons Education and Skills Committee (2006) Special Educational Needs. Third Report of '
          'Session 2005-06. London: The Stationery Office.',
          'Ofsted (2004) Special educational needs and disability: towards inclusive schools. London: Ofsted.',
          'Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.',
          'HM Government (2004) Every Child Matters: Change for Children. London: DfES.']:
    para(doc, x)
para(doc, 'Issued by the National Executive of the Society of Special Needs Teachers. Position statements are '
     'reviewed every three years.', italic=True)

finish_footnotes(doc)
doc.save(OUT)
print('wrote', OUT, word_count(OUT), 'words')
