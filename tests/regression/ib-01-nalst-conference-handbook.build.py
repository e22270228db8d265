"""ib-01-nalst-conference-handbook: builds ib-01-nalst-conference-handbook.docx.

Provider (invented): the National Association of Learning Support Teachers
(NALST), a national membership body for teachers working in special
educational needs, with four regional branches (North, Midlands, West,
South East) and a journal, the NALST Review. It applies with the University
of Kingsreach, which validates and awards the Postgraduate Certificate in
SEN Coordination (the "NALST-Kingsreach SENCO Award"). November 2008.

Document kind and layout: the printed Programme and Delegate Handbook of the
Association's Annual Conference 2008, sent as the application because the
Award's first Branch Day is held inside the conference. A cover in bold
typed lines (no heading styles on the cover), then Heading 1 "Parts"; a note
to the panel in a VML text box; a President's welcome (values and hopes); a
"Conference at a glance" grid whose plenary, lunch and fringe rows are merged
across the strand columns; keynote and session abstracts from four strands,
where only Strand D (marked with a diamond) is the Award; a Branch Day table
with a vertically merged "Where" column; a table of the four assessed
"Pieces" with a footnote; Award prose with bold run-in lead-ins; an outcome
table "Where the outcomes live" with merged, shaded group rows; speaker and
tutor biographies; exhibitors; branch fringe meetings; housekeeping.
Header and footer; a comment; a tracked insertion that counts; a tracked
deletion that does not.

The provider's own words: Branch Days (BD1-BD8), Pieces 1-4, the Needs
Profile, the Individual Learning Plan, the Learning Log, the Professional
Conversation, Award Online, the Award Board, school mentors.

Traps (requirement ids):
- Aim covers attainment only: "to raise the attainment of pupils with special
  educational needs" with no well-being or ECM outcomes in aims or
  assessment (1.1 partial).
- Pupil voice: the full conference session on pupils' views (A2) is run by a
  primary school about its own pupil council (wrong context); the Award gives
  "an hour on pupils' views" and the outcome table says "not assessed"
  (1.5 partial, 6.S7 partial). The President only hopes every school will ask
  its pupils (aspiration).
- Outcome table rows "Learning Log (not assessed)", "not assessed" and
  "Piece 2 (optional section)" (6.A3, 6.S2d, 6.S8 partial; 1.9 partial).
  Disability equality law is assessed but "Reading only (no Branch Day)"
  (6.K3 partial).
- No row, and no Award content, on gaining the commitment of the head and
  senior leaders; the conference session B1 "The SENCO and the senior team"
  is a headteacher's conference talk, not the Award (6.A2 not met, wrong
  context). No row on deploying and managing staff; the conference session
  A1 on teaching assistants is a local authority's own training (6.S4 not
  met, wrong context).
- Compensation between Pieces lets the Award be made without every outcome
  shown (6.0 partial).
- Assessment-only route: a fringe meeting asks whether to offer one; "every
  participant follows the whole programme"; a tracked-deleted sentence once
  offered one (2.3 not met; deletion does not count).
- APEL: the experiential-learning sentence is a tracked insertion and counts
  (2.1 met, see notes_on_met).
- Next steps only hoped for: "we hope many participants will go on to the MA"
  (2.5 partial).
- Equality: the Award has only a value statement; the concrete adjustments
  (hearing loop, BSL, quiet room) are for conference delegates (3.1 partial,
  wrong context).
- Award Online: a peer forum between Branch Days, but "Tutors do not take
  part in the forum" and nothing on ICT for communication with schools
  (3.3 partial).
- Stakeholders help deliver, but their part in evaluation is only "We would
  like" (4.3 partial).
- CRB: the check appears only in the page footer and in a Word comment
  (5.3 not met).
- Placements only "may be able to arrange" (5.5 partial).
- Resources: a postal library; the assistive technology is on exhibitors'
  stands and in session A3 by a company (5.6 partial, wrong context).
- Impact on pupils only planned ("We plan to ask former participants") while
  confidence is measured (5.9 partial).
- A footnote carries the Professional Conversation, which counts (6.A5 met).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _ib_helpers import (new_doc, para, add_run, runin, first_para, shade, table,
                         merge_row, ins_run, del_run, comment, footnote,
                         finish_footnotes, textbox, header_footer, word_count)
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'ib-01-nalst-conference-handbook'
OUT = os.path.join(HERE, NAME + '.docx')

doc = new_doc('Calibri', 11)
header_footer(doc,
              'NALST Annual Conference 2008  |  Leading for Learning  |  Programme and Delegate Handbook',
              'National Association of Learning Support Teachers, registered charity. '
              'Award participants\u2019 CRB enhanced disclosures are checked at enrolment.')

# ---------------- cover ----------------
para(doc, 'NATIONAL ASSOCIATION OF LEARNING SUPPORT TEACHERS', bold=True, size=16,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, 'Annual Conference 2008: Leading for Learning', bold=True, size=20,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, 'Friday 21 and Saturday 22 November 2008, The Wyvernmouth Centre',
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, 'Programme and Delegate Handbook', italic=True, size=14,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, 'incorporating Branch Day 1 of the NALST\u2013Kingsreach SENCO Award',
     align=WD_ALIGN_PARAGRAPH.CENTER)

textbox(doc, [
    ('A note for the TDA approval panel', True),
    ('We are sending this handbook as it was printed for delegates, with two pages added at the end. '
     'The first Branch Day of our SENCO Award takes place inside the conference, and this handbook is where '
     'the Award is described in full for our members. Sessions and pages marked \u25c6 belong to the Award; '
     'everything else is the wider conference. Part 7 was written for you.', False),
    ('Dr Hilary Wace, Director of Professional Learning', False),
], height='120pt')

# ---------------- Part 1 ----------------
doc.add_heading('Part 1. Welcome from the President', level=1)
para(doc, 'Dear colleagues, welcome to Wyvernmouth and to our thirty-first Annual Conference. Four hundred and '
     'twenty of you have come from every region, which is a record, and forty-eight of you arrive not only as '
     'delegates but as the first participants of the Association\u2019s own SENCO Award.')
para(doc, 'The Association has always believed that learning support is the business of the whole school and '
     'that every child can learn. We believe the SENCO is a leader, not an administrator, and we have said so in '
     'the NALST Review for twenty years. I hope that before long every school in the country will ask its pupils '
     'what they think of the support they get, and listen to the answers.')
para(doc, 'This year the Government has made training compulsory for SENCOs new to the role. Our National '
     'Council decided last spring that the Association should not simply watch others do this, and the Award you '
     'will hear about in Strand D is the result. My thanks to the branches, to the University of Kingsreach and to '
     'the many members who answered our survey.')
para(doc, 'Enjoy the conference.  Marian Ffoulkes, President')

# ---------------- Part 2 ----------------
doc.add_heading('Part 2. Conference at a glance', level=1)
rows = [
    ['Time', 'Strand A: Classroom', 'Strand B: Leadership', 'Strand C: Research into practice', 'Strand D \u25c6 SENCO Award'],
    ['FRIDAY 21 NOVEMBER', '', '', '', ''],
    ['09:30', 'Registration and coffee in the Atrium', '', '', ''],
    ['10:15', 'Keynote 1: What the inspection evidence tells us (Main Hall)', '', '', ''],
    ['11:30', 'A1 Making the most of your teaching assistants', 'B1 The SENCO and the senior team',
     'C1 Literacy interventions: what works?', 'D1 \u25c6 The Award explained'],
    ['13:00', 'Lunch and exhibition', '', '', ''],
    ['14:00', 'A2 Hearing what pupils say', 'B2 Provision mapping in practice',
     'C2 Research Digest live', 'D2 \u25c6 Your Needs Profile'],
    ['15:30', 'Branch fringe meetings (see Part 9)', '', '', ''],
    ['SATURDAY 22 NOVEMBER', '', '', '', ''],
    ['09:30', 'Keynote 2: Communication for all after the Bercow Review (Main Hall)', '', '', ''],
    ['10:45', 'A3 Assistive technology on a shoestring', 'B3 Governors and SEN',
     'C3 A branch enquiry project', 'D3 \u25c6 For tutors and school mentors'],
    ['12:15', 'Lunch and exhibition', '', '', ''],
    ['13:15', 'Annual General Meeting (members only)', '', '', 'D4 \u25c6 Marking together (Award tutors)'],
    ['14:45', 'Closing plenary and President\u2019s farewell', '', '', ''],
]
t = table(doc, rows)
for i in (1, 8):
    merge_row(t, i, rows[i][0], fill='BFBFBF')
for i in (2, 3, 5, 7, 9, 11, 13):
    a = t.cell(i, 1).merge(t.cell(i, 4))
    for p in a.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    shade(a, 'F2F2F2')
a = t.cell(12, 1).merge(t.cell(12, 3))
for p in a.paragraphs[1:]:
    p._p.getparent().remove(p._p)

# ---------------- Part 3 ----------------
doc.add_heading('Part 3. Keynotes', level=1)
runin(doc, 'Keynote 1. What the inspection evidence tells us. ',
      'Margaret Oyelaran, formerly one of Her Majesty\u2019s Inspectors. Drawing on Ofsted\u2019s reports '
      'Special educational needs and disability: towards inclusive schools (2004) and Inclusion: does it matter '
      'where pupils are taught? (2006), Margaret will argue that the quality of teaching, the involvement of a '
      'specialist teacher and the rigour of assessment matter more than the type of setting. She will ask what '
      'this means for the SENCO who leads provision in a mainstream school.')
runin(doc, 'Keynote 2. Communication for all after the Bercow Review. ',
      'Professor Alan Rudd, speech and language therapist and researcher. The Bercow Review (2008) found a '
      'system that was variable and hard to navigate for families. Alan will talk about what schools can do now, '
      'without waiting for the Government\u2019s action plan.')

# ---------------- Part 4 ----------------
doc.add_heading('Part 4. Session abstracts', level=1)
para(doc, 'Strand A: Classroom', bold=True)
runin(doc, 'A1 Making the most of your teaching assistants. ',
      'Presented by the Fenmoor Inclusion Team. Fenmoor County Council has trained 300 teaching assistants in '
      'its schools over three years. The team will share the deployment audit it uses with head teachers and '
      'the timetabling tool its SENCOs use to match assistants to pupils.')
runin(doc, 'A2 Hearing what pupils say. ',
      'Presented by staff and pupils of St Bride\u2019s Primary School. St Bride\u2019s pupil council interviews '
      'every child on the school\u2019s SEN register each term, and the children\u2019s answers go straight into '
      'their reviews. Come and hear how the school built this over six years.')
runin(doc, 'A3 Assistive technology on a shoestring. ',
      'Presented by TechAble Ltd. Text-to-speech, word prediction and talking tins: a hands-on session with '
      'the company\u2019s own loan kit, which delegates can try on stand 14.')
para(doc, 'Strand B: Leadership', bold=True)
runin(doc, 'B1 The SENCO and the senior team. ',
      'Presented by Dev Anand, headteacher of Moor Lane Community School. How a headteacher wants to be '
      'persuaded, and how SENCOs can win the commitment of a senior team to improving outcomes.')
runin(doc, 'B2 Provision mapping in practice. ',
      'Presented by Sue Harker, SEN adviser. Costed provision maps in a secondary school.')
runin(doc, 'B3 Governors and SEN. ',
      'Presented by a panel of SEN governors from the West branch.')
para(doc, 'Strand C: Research into practice', bold=True)
runin(doc, 'C1 Literacy interventions: what works? ',
      'Presented by Dr Ruth Amiss. A review of the evidence on reading interventions for pupils who are '
      'falling behind.')
runin(doc, 'C2 Research Digest live. ',
      'The editors of the NALST Review discuss the studies of the year and take questions.')
runin(doc, 'C3 A branch enquiry project. ',
      'Members of the Midlands branch report on their shared enquiry into homework and pupils with dyslexia.')

para(doc, 'Strand D \u25c6 SENCO Award', bold=True)
p = runin(doc, 'D1 \u25c6 The Award explained. ',
          'Presented by Dr Hilary Wace and Dr Samir Haddad (University of Kingsreach). The Award is a '
          'Postgraduate Certificate in Special Educational Needs Coordination, validated by the University of '
          'Kingsreach and awarded by the University. It carries 60 credits at Master\u2019s level (Level 7). '
          'The Award has one aim: to raise the attainment of pupils with special educational needs in '
          'participants\u2019 schools by making their SENCOs expert leaders of teaching and learning. It runs over '
          'about a year, part time, through eight Branch Days and four assessed Pieces, each Piece done in the '
          'participant\u2019s own school. Participants who already hold Master\u2019s credits in special educational '
          'needs from the last five years may have up to 20 of them counted towards the Award; the University\u2019s '
          'accreditation panel decides each claim. ')
ins_run(p, 'Experience can also count: a participant may claim up to 20 credits through an APEL portfolio '
           'mapped to the national outcomes, which two tutors assess. ', author='H Wace')
runin(doc, 'D2 \u25c6 Your Needs Profile. ',
      'Presented by the Award tutors. Before Branch Day 1 every participant completes the Needs Profile, rating '
      'themselves against each of the national outcomes and giving an example from their school for each rating. '
      'In this session each participant meets their tutor for a first tutorial, and the two agree an Individual '
      'Learning Plan naming the outcomes the participant will concentrate on, the two electives they will take '
      'for Branch Days 5 and 6, and the personal targets they will be held to at the mid-year tutorial. Where the '
      'profile shows that a participant already knows an area well, the plan says so and the time goes elsewhere.')
runin(doc, 'D3 \u25c6 For tutors and school mentors. ',
      'Presented by Dr Hilary Wace. Every participant has a school mentor, normally the headteacher or a deputy, '
      'who signs a Mentor Agreement setting out what the mentor does: meeting the participant once each half '
      'term, giving access to school data, and confirming the school-based work in each Piece. This session is '
      'the mentors\u2019 briefing. Award tutors have their own induction day in October and the Tutor Handbook, '
      'which sets out the tutor\u2019s role in tutorials, marking and feedback. New tutors are paired with an '
      'experienced tutor for their first year.')
runin(doc, 'D4 \u25c6 Marking together. ',
      'For Award tutors. Every Piece is marked by the participant\u2019s tutor against the published criteria. '
      'A second tutor marks a sample of one in five, and every Piece that fails or is on a grade boundary. The '
      'tutors meet after each submission to agree marks, and the external examiner appointed by the University '
      'of Kingsreach sees a sample of each Piece and attends the Award Board.')

# ---------------- Part 5 ----------------
doc.add_heading('Part 5. \u25c6 The Award year', level=1)
para(doc, 'This part is for the forty-eight participants who start the Award at this conference, and for the '
     'members who will join the April group.')
para(doc, 'Branch Days', bold=True)
rows = [
    ['Day', 'When', 'Where', 'What we work on', 'What you take back to school'],
    ['BD1', 'November', 'Annual Conference', 'The Award explained; the Needs Profile; the first Research Briefing: '
     'Ofsted 2004 and 2006, the Bercow Review; Every Child Matters and what the SENCO can do for each outcome',
     'Your Individual Learning Plan'],
    ['BD2', 'December', 'Held in each of the four regional branches, in member schools',
     'The law and the Code: the SEN Code of Practice (2001), the SEN and Disability Act 2001, Every Child '
     'Matters, the 2008 SENCO regulations; what they mean for your school and for you',
     'A check of your school\u2019s SEN policy against the Code'],
    ['BD3', 'January', '', 'Knowing your school: data, tracking, provision mapping, access arrangements for tests '
     'and examinations, school self-evaluation and the SEF', 'A provision map for one year group'],
    ['BD4', 'March', '', 'How children develop and what gets in the way; the common types of SEN (behavioural, '
     'emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language and '
     'communication needs, autism, moderate learning difficulties); using the assessments of psychologists and '
     'therapists; identifying needs and setting targets', 'A pupil for your case study'],
    ['BD5', 'April', '', 'Elective 1 (Teaching for all strand): approaches and resources for assessment and '
     'teaching, including ICT; helping colleagues with assessment for learning; an hour on pupils\u2019 views of '
     'their support', 'A trial with one class'],
    ['BD6', 'May', '', 'Elective 2 (Working together strand): families as partners, external agencies, voluntary '
     'organisations; guest speakers from the Parent Partnership Service and local services',
     'A review meeting with a family, written up in your Learning Log'],
    ['BD7', 'June', '', 'Leading colleagues: observation and feedback, coaching, leading training; influencing '
     'policy with senior leaders and governors; managing your time', 'Your Change Project plan'],
    ['BD8', 'July', 'Kingsreach', 'Presenting Change Projects; the Professional Conversation; looking ahead',
     'Your Professional Development Statement'],
]
t = table(doc, rows)
w = t.cell(2, 2).merge(t.cell(7, 2))
for p in w.paragraphs[1:]:
    p._p.getparent().remove(p._p)
para(doc, 'Every Branch Day opens with a Research Briefing prepared by the editors of the NALST Review, which '
     'summarises recent research and the latest inspection reports on special educational needs and disability '
     'for the day\u2019s theme. Participants read it before the day and use it in their Pieces.')

para(doc, 'The four Pieces', bold=True)
rows = [
    ['Piece', 'Form', 'What it asks of you', 'Weight'],
    ['1', 'Commentary, 2,500 words', 'A commentary on your school\u2019s SEN policy against the law, the Code of '
     'Practice and Every Child Matters, including one question on the Disability Equality Duty', '20%'],
    ['2', 'Case study, 3,500 words', 'One pupil: their development, their needs, the assessments of other '
     'professionals, the targets you set and the interventions you planned and reviewed, the agencies involved, '
     'your relationship with the pupil; an optional section on work with the family', '25%'],
    ['3', 'Provision review, 3,000 words', 'A review, with colleagues, of provision for one group of pupils, '
     'using tracking data and a provision map, showing what is ineffective or missing and how the findings went '
     'into the school\u2019s self-evaluation and improvement plan, and what you proposed to senior leaders and '
     'governors', '25%'],
    ['4', 'Change Project, 4,000 words with a presentation', 'Lead a change in your school: draw on research and '
     'outside advice, coach or train colleagues, help teachers develop formative assessment for pupils with SEN, '
     'and evaluate how colleagues\u2019 practice changed as a result; end with a Professional Development '
     'Statement setting out your own next steps in CPD', '30%'],
]
t = table(doc, rows)
p = para(doc, 'Each Piece is marked against published criteria at Master\u2019s level. The pass mark is 50. A Piece '
         'marked between 40 and 49 may be compensated by a mark of 60 or more in another Piece, so long as the '
         'average of all four is at least 50.')
footnote(doc, p, 'Piece 4 ends with a Professional Conversation: a 30-minute spoken discussion with two tutors, in '
         'which the participant explains the project and responds to questions and to the views of the tutors; '
         'it is marked as part of Piece 4.')
para(doc, 'The Award Board of the University meets in September to confirm results and make the Award.')
p = para(doc, 'All participants, whatever their experience, attend the Branch Days and complete all four Pieces. ')
del_run(p, 'Teachers who already work as experienced SENCOs may instead be assessed without attending, by '
           'submitting Pieces 3 and 4 only. ', author='S Haddad')

para(doc, 'How the Award works for you', bold=True)
runin(doc, 'Who can join. ',
      'You must be a qualified teacher, working in a school as its SENCO or about to become one, and your '
      'headteacher must nominate you in writing. Your Needs Profile is read by two tutors before a place is '
      'confirmed. Where the Needs Profile suggests a candidate is not yet ready to meet the outcomes within the '
      'year, the Director of Professional Learning advises them on what to do first (often the Association\u2019s '
      'Certificate in Learning Support) and talks with the headteacher about it.')
runin(doc, 'When and where. ',
      'The Award starts twice a year, in November at the Annual Conference and in April at Kingsreach. Branch '
      'Days 2 to 7 run in all four regions, on a weekday or a Saturday, and participants may attend any '
      'region\u2019s day if they miss their own. Electives can be taken in either order, and a participant may '
      'take up to two years to finish.')
runin(doc, 'Between Branch Days. ',
      'Award Online is a discussion forum on the members\u2019 area of the Association\u2019s website. '
      'Participants use it between Branch Days to share drafts, questions and resources with one another. '
      'Tutors do not take part in the forum; each participant has three telephone or face-to-face tutorials '
      'with their tutor during the year.')
runin(doc, 'Fees. ',
      'The fee is \u00a31,150 (\u00a3950 for members). Branch Days are held free of charge in member schools, '
      'which keeps the fee down and saves participants long journeys.')
runin(doc, 'Equality. ',
      'The Association is committed to equality of opportunity in all it does.')
runin(doc, 'Resources. ',
      'Members may borrow up to six books at a time from the Association\u2019s library, by post. Every '
      'participant receives the NALST Review.')
runin(doc, 'Specialist expertise. ',
      'Branch Days 4 and 6 bring in an educational psychologist, a speech and language therapist and officers '
      'of local services. Branches may be able to arrange a visit to a special school for those who ask.')
p = runin(doc, 'Looking ahead. ',
          'The last Branch Day closes with a short look ahead, and we hope many participants will go on to the MA.')
para(doc, 'How members shaped the Award', bold=True)
para(doc, 'In spring 2008 we surveyed the membership about SENCO training. We had 1,140 replies, 612 of them from '
     'serving SENCOs; the four branches also held heads\u2019 evenings attended by 86 headteachers, and the SEN '
     'services of Fenmoor, Kingsreach and Weldon councils sent written views. SENCOs asked for training close to '
     'home, set in their own schools and with no written examination; headteachers asked that release be kept '
     'to about eight days; the councils asked for more on working with families and other services.')
para(doc, 'As a result we moved six of the eight Branch Days out of Kingsreach and into the regions, set every '
     'Piece in the participant\u2019s own school, dropped the examination the University first proposed, and '
     'made Working together a full elective day. Branch members host the days, parents from the Parent '
     'Partnership Service and council officers speak at them, and headteachers act as school mentors. We would '
     'like headteachers and parents to help us review the Award in future years.')
para(doc, 'How we check the quality of the Award', bold=True)
para(doc, 'Participants complete an evaluation at the end of every Branch Day, and the tutors review these at '
     'the next tutor meeting. A focus group of participants meets the Director in March. The external examiner '
     'reports each year to the University, and the University\u2019s annual monitoring report goes to its '
     'Faculty Board. Each July the Award Board reviews all of this evidence and agrees changes to the next '
     'year\u2019s Branch Days and Pieces, which are reported to the National Council and in the NALST Review.')
para(doc, 'Participants rate their confidence against the national outcomes in the Needs Profile and again at '
     'Branch Day 8, and we report the change to the Award Board. We plan to ask former participants in a '
     'year\u2019s time whether their pupils have done better.')
cp = para(doc, 'Each participant\u2019s place is confirmed by letter from the Association once the nomination and '
          'Needs Profile are received.')
comment(doc, cp, 'Do we check CRB anywhere? We do it at enrolment, I think. Add a line here before printing?',
        author='Jo Pengelly', initials='JP')

# ---------------- Part 6 ----------------
doc.add_heading('Part 6. Speakers and Award tutors', level=1)
rows = [
    ['Name', 'Role', 'Background'],
    ['Dr Hilary Wace \u25c6', 'Director of Professional Learning, NALST; Award leader',
     'PhD on SENCO leadership; SENCO in two comprehensive schools for eleven years; tutor on the Kingsreach MA '
     'in Inclusive Education since 2003; still teaches one day a week in a special school'],
    ['Dr Samir Haddad \u25c6', 'Senior Lecturer, University of Kingsreach; Award academic lead',
     'Former educational psychologist; MA and PhD in special education; external examiner for two other '
     'universities'],
    ['Carol Mbeki \u25c6', 'Award tutor, North branch', 'SENCO of a large primary school; MA in SEN; '
     'Specialist Teacher (SpLD) with a current practising certificate'],
    ['Owen Price \u25c6', 'Award tutor, West branch', 'Advisory teacher for autism, Weldon Council; '
     'MEd (Autism)'],
    ['Rekha Sandhu \u25c6', 'Award tutor, Midlands branch', 'Assistant head and SENCO, 11-18 school; '
     'NPQH; MA in Educational Leadership'],
    ['Bill Tarrant \u25c6', 'Award tutor, South East branch', 'Head of a primary resource base for speech, '
     'language and communication needs; MSc Human Communication'],
    ['Margaret Oyelaran', 'Keynote 1', 'Formerly HMI, now an independent consultant'],
    ['Professor Alan Rudd', 'Keynote 2', 'Speech and language therapist; researcher'],
]
table(doc, rows)
para(doc, 'All six Award tutors hold a Master\u2019s degree or higher in special education or leadership and '
     'have worked as SENCOs or specialist teachers within the last three years.')

# ---------------- Part 7 ----------------
doc.add_heading('Part 7. \u25c6 For the panel: where the outcomes live', level=1)
para(doc, 'This table shows, for each national outcome in our own words, the Branch Day where we work on it and '
     'the Piece that assesses it.')
rows = [
    ['Outcome (our words)', 'Worked on', 'Assessed by'],
    ['Professional attributes', '', ''],
    ['Fair, respectful relationships with pupils and their families', 'BD6', 'Piece 2'],
    ['Managing your time and delegating', 'BD7', 'Learning Log (not assessed)'],
    ['Solving problems and making sound decisions about provision', 'BD3, BD7', 'Piece 3'],
    ['Communicating clearly in speech and writing; listening to others', 'Every Branch Day',
     'Pieces 1-4; Professional Conversation'],
    ['Using research and outside advice to improve practice', 'Research Briefings', 'Piece 4'],
    ['Keeping up to date and taking charge of your own CPD', 'BD8', 'Piece 4 (Professional Development Statement)'],
    ['Knowledge and understanding', '', ''],
    ['SEN law and the Code of Practice, and putting them into practice', 'BD2', 'Piece 1'],
    ['Every Child Matters and the SENCO\u2019s part in it', 'BD1, BD2', 'Piece 1'],
    ['Disability equality law and what it requires', 'Reading only (no Branch Day)', 'Piece 1'],
    ['How children develop, and what affects development', 'BD4', 'Piece 2'],
    ['The common types of SEN and how they affect learning', 'BD4', 'Piece 2'],
    ['Approaches and resources for assessment and teaching, including ICT', 'BD5', 'Piece 2'],
    ['School self-evaluation and outcomes for pupils with SEN', 'BD3', 'Piece 3'],
    ['Best practice and research', 'Research Briefings', 'Piece 4'],
    ['External agencies and how to get specialist support', 'BD6', 'Piece 2'],
    ['Skills', '', ''],
    ['Influencing policy and ethos with senior leaders and governors', 'BD7', 'Piece 3'],
    ['Identifying needs, setting targets, planning and reviewing interventions', 'BD4', 'Piece 2'],
    ['Using other professionals\u2019 assessments', 'BD4', 'Piece 2'],
    ['Tracking progress with summative data and national tests', 'BD3', 'Piece 3'],
    ['Helping teachers develop formative assessment', 'BD5', 'Piece 4'],
    ['Access arrangements for tests and examinations', 'BD3', 'not assessed'],
    ['Provision mapping; finding ineffective or missing provision', 'BD3', 'Piece 3'],
    ['Developing colleagues: observation, feedback, coaching, training', 'BD7', 'Piece 4'],
    ['Reviewing provision with staff for school self-evaluation', 'BD3', 'Piece 3'],
    ['Involving pupils in planning and reviewing their provision', 'BD5', 'not assessed'],
    ['Working with parents and carers', 'BD6', 'Piece 2 (optional section)'],
    ['Working with other services and voluntary organisations', 'BD6', 'Piece 2'],
]
t = table(doc, rows)
for i in (1, 8, 18):
    merge_row(t, i, rows[i][0], fill='D9E2F3')
para(doc, 'A participant who passes all four Pieces, or passes with compensation as described in Part 5, '
     'receives the Award.')

# ---------------- Part 8 ----------------
doc.add_heading('Part 8. Exhibition', level=1)
para(doc, 'The exhibition is in the Atrium throughout both days. Exhibitors this year:')
for x in ['Stand 3: Kingsreach University Press, books on inclusion at a conference discount',
          'Stand 7: The Parent Partnership Network, leaflets for families',
          'Stand 9: Wordwise Software, reading and spelling programmes',
          'Stand 14: TechAble Ltd, assistive technology loan kits and demonstrations',
          'Stand 18: The NALST Review, subscriptions and back issues',
          'Stand 21: The Association\u2019s library, with the new loans catalogue']:
    para(doc, x, style='List Bullet')

# ---------------- Part 9 ----------------
doc.add_heading('Part 9. Branch fringe meetings', level=1)
para(doc, 'On Friday at 15:30 each branch meets in its own room. All members are welcome.')
runin(doc, 'North (Room 2). ', 'Branch officers\u2019 elections and the spring programme of twilight meetings.')
runin(doc, 'Midlands (Room 3). ', 'The homework enquiry: next steps.')
runin(doc, 'West (Room 4). ', 'Should the Award offer an assessment-only route for very experienced SENCOs? '
       'Come and give your view. For now, every participant follows the whole programme.')
runin(doc, 'South East (Room 5). ', 'Planning the branch\u2019s Award days in Tunbridge and Canterbury.')

# ---------------- Part 10 ----------------
doc.add_heading('Part 10. Housekeeping', level=1)
para(doc, 'The Wyvernmouth Centre is fully accessible. Every conference room has a hearing loop, and British '
     'Sign Language interpreters and a quiet room are available to any delegate who asked for them on the '
     'booking form. Large-print copies of this handbook are at registration.')
para(doc, 'Lunch is served in the Atrium from 13:00 on Friday and 12:15 on Saturday. Please wear your badge at '
     'all times. Certificates of attendance for the conference will be emailed to delegates after the event.')

finish_footnotes(doc)
doc.save(OUT)
print('wrote', OUT, word_count(OUT), 'words')
