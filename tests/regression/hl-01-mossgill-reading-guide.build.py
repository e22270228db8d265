"""hl-01-mossgill-reading-guide: builds hl-01-mossgill-reading-guide.docx beside itself.

Provider: Mossgill Inclusion Partners Ltd, a private SEN consultancy of former SENCOs and
local authority SEN advisers, in partnership with St Bega's College, Whitlow, a Church of
England college of higher education with its own taught degree awarding powers, which
validates the course and awards 60 credits at masters level (E.1, E.2 met).

Document kind and layout: the course's annotated Reading and Resources Guide 2009-10, compiled
by the college's education librarian with the Mossgill tutors and sent to the panel as the
application, with a shaded note to the panel at the front and a "Part 6" added for the panel.
A cover field table; Heading 1/2 parts; a key of reading symbols (typed stars and diamonds);
reading entries as paragraphs (bold author-date run, title, shelfmark in brackets, symbol)
each followed by an italic annotation that carries most of the course's arrangements (what is
done on which College Day, which Practice Task, which Assessed Piece); a "Librarian's tip" text
box; a table of College Days with a merged strand row per strand; a library services table;
Part 6 for the panel with an outcome table in Mossgill's own words (shaded group rows merged
across) with "Developed" and "Assessed" columns; tracked changes (an insertion that counts,
two deletions that do not); two comments; header and footer (the footer claims TDA approval).

Traps (requirement ids touched):
- Readings marked only as background and "no assessed task" on pupil voice: covered, not
  assessed (1.5, 6.S7 partially_met).
- Starting Point self-audit kept by the participant, "not seen by tutors", no training plan or
  personalised outcomes (2.2 partially_met); the same eight College Days for all (2.4 partial).
- "There is no assessment-only route" (2.3 not_met, negation).
- APEL sentence is a tracked insertion, so it counts (2.1 met); APL credit stated in body.
- Deleted sentence offered a June start (deletion does not count; 3.2 still met by September
  and January starts and strands in either order).
- Reading Circles on Bega Online are peer-only, tutors do not post; a deleted sentence promised
  tutor replies in 48 hours; questions wait for the next College Day (3.3 partially_met).
- Library adjustments for disabled readers only; the College's own Disability Equality Scheme is
  the right words about the wrong thing (3.1 partially_met). Disability equality law is taught
  on CD1 but the outcome table gives no assessment for it (6.K3 partially_met).
- Stakeholder survey and changes described (4.1, 4.2 met); stakeholders help teach the course,
  but their part in evaluation is only a hope that heads and local authority officers will
  "in time" join the review (4.3 partially_met, aspiration).
- Criminal records checks left to the employing school, "neither Mossgill nor the College asks
  to see" them (5.3 not_met, someone else's responsibility).
- Guest specialists arranged, but visits to other settings are for participants to arrange
  themselves, "we do not arrange placements" (5.5 partially_met).
- Mentors chosen by the head and sent the guide; no briefing (5.7 partially_met).
- Confidence questionnaire at start and end; impact on pupils only "we would like, in time"
  (5.9 partially_met).
- Outcome table: time and delegation "not assessed" (6.A3), summative data "not separately
  assessed" (6.S2b), reviewing provision with staff developed but not assessed (6.S6),
  pupil involvement (6.S7) all partially_met; formative assessment with colleagues absent
  (6.S2c not_met); access arrangements for tests appear only in a reviewer's comment
  (6.S2d not_met, comment).
- Several outcomes not assessed, so assessment does not reach every outcome (1.9 partial),
  although the award rule says every outcome must be evidenced (6.0 met).
- Past arrangement: the former borrowing arrangement with Whitlow University has ended (no
  effect on 5.6, which is met by the College's own library, e-journals and Access Suite).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hl_helpers import (new_doc, para, shade, shade_para, set_cell, table, merge_row, ins, dele,
                         comment, textbox, header_footer, bullets)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Cambria", 10.5)
header_footer(doc, "St Bega's College Library and Learning Services  |  Reading and Resources Guide: National Award for SEN Coordination 2009-10",
              "Approved by the TDA for delivery from September 2009  |  Compiled by R. Askew, Education Librarian, with Mossgill Inclusion Partners  |  Edition 2, August 2009")

para(doc, "St Bega's College, Whitlow", bold=True, size=14, align="center")
para(doc, "Library and Learning Services", size=11, align="center")
para(doc, "Reading and Resources Guide", style="Title")
para(doc, "Postgraduate Certificate in Special Educational Needs Coordination (National Award for SEN Coordination), taught with Mossgill Inclusion Partners", italic=True)

cover = table(doc, [
    ["Course", "PG Certificate in SEN Coordination (National Award for SEN Coordination)"],
    ["Awarding institution", "St Bega's College, Whitlow (taught degree awarding powers)"],
    ["Teaching partner", "Mossgill Inclusion Partners Ltd"],
    ["Credit", "60 credits at Level 7 (masters level)"],
    ["Guide compiled by", "Ruth Askew, Education Librarian, with Dr Helen Tarrant and Gwen Pryor (Mossgill)"],
    ["Edition", "2 (August 2009). Replaces the reading list for Mossgill's earlier Certificate in Inclusive Leadership"],
], widths=[4.5, 12], header_fill=None, bold_header=False)
for r in cover.rows:
    shade(r.cells[0], "E7E6E6")
    for p in r.cells[0].paragraphs:
        for run in p.runs:
            run.bold = True

para(doc, "")
note = para(doc, [("A note for the approval panel. ", "b"),
                  ("We are sending our Reading and Resources Guide as the body of our application because it is the document in which the course is set out most fully: each Strand, each College Day and each Practice Task is described beside the reading that supports it. We have added Part 6, which sets out for the panel the things a reading guide does not normally say, with a table of the Award outcomes. Helen Tarrant, Director, Mossgill Inclusion Partners, and Dr Clare Whitfield, Programme Leader, St Bega's College.", "")])
shade_para(note, "DEEAF6")

# ---------------------------------------------------------------- Part 1
doc.add_heading("Part 1. How to use this guide", level=1)
para(doc, "This guide goes with you through the year. The course is built from three Strands, eight College Days at St Bega's, six Practice Tasks carried out in your own school and three Assessed Pieces. Each Strand below opens with a short account of what happens in it, followed by the reading, and each entry carries a note from the tutors saying how the reading is used on the course. Read the notes: they tell you what you will be asked to do.")
para(doc, "The course is about one thing above all: what changes for the children and young people with SEN and disabilities in your school. Every Strand asks how your work as SENCO raises their achievement and improves their well-being in the widest sense, which for us means all five Every Child Matters outcomes and not test results alone. Assessed Piece 2, your school-based enquiry, is marked on the difference a change in provision made to a group of pupils' progress and well-being, so you will keep a record of both from the start.")

doc.add_heading("The key to the reading", level=2)
table(doc, [
    ["Mark", "Meaning"],
    ["\u2605", "Essential. Read before the College Day named in the note. Copies on short loan and, where the publisher allows, scanned on Bega Online."],
    ["\u25c6", "Recommended. Read if you can; the College Day assumes you have met the ideas."],
    ["\u25cb", "Background. For interest or for a particular question in your own school. Not needed for any task."],
], widths=[2, 14.5])

doc.add_heading("College Days at a glance", level=2)
cd = table(doc, [
    ["Day", "Title", "When (Saturday group repeats on the following Saturday)"],
    ["", "", ""],
    ["CD1", "Starting points: the role, the law and the child", "September (January start: January)"],
    ["CD2", "Policy in practice: the Code of Practice, ECM and the school", "October"],
    ["", "", ""],
    ["CD3", "Knowing the learner: development, needs and assessment", "November"],
    ["CD4", "Teaching approaches and resources, including ICT", "January"],
    ["CD5", "Working with families, pupils and services", "February"],
    ["", "", ""],
    ["CD6", "Leading and managing provision: people, time and money", "March"],
    ["CD7", "Evaluating provision and school self-evaluation", "May"],
    ["CD8", "Presenting the enquiry and Next Steps", "June"],
], widths=[1.6, 8.5, 6.4], size=9.5)
merge_row(cd, 1, "Strand 1: The Law and the Child", fill="F2F2F2")
merge_row(cd, 4, "Strand 2: Knowing the Learner", fill="F2F2F2")
merge_row(cd, 8, "Strand 3: Leading Provision", fill="F2F2F2")

para(doc, "")
p = para(doc, "There are two starting points each year, in September and in January, and the Strands can be taken in either order after College Day 1: a January group takes Strand 3 before Strand 2 and joins the September group for College Day 8. Every College Day runs twice, on a weekday at the College and on the following Saturday at our Kendal Road centre, and you may move between the two groups. ")
dele(p, "A summer start in June is also offered for teachers moving into the SENCO role in September.", "Gwen Pryor", "2009-07-21T10:12:00Z")

doc.add_heading("Practice Tasks and Assessed Pieces", level=2)
para(doc, "The six Practice Tasks (PT1 to PT6) are carried out in your own school between College Days and are written up in your Practice Log. They are how the course stays tied to the real work of a SENCO: each asks you to try something in school, look at what happened and bring it back to the next College Day. They are not marked, but the Practice Log is read by your tutor and is the evidence base for Assessed Piece 3.")
table(doc, [
    ["Assessed Piece", "What you submit", "Credits", "When"],
    ["AP1 Policy review", "A 4,000-word critical review of your school's SEN policy and practice against the law, the Code of Practice and research, with recommendations agreed with your headteacher", "20", "December"],
    ["AP2 School-based enquiry", "A 6,000-word report of an enquiry into a change in provision for a group of pupils, with baseline and follow-up evidence of their progress and well-being", "20", "April"],
    ["AP3 Professional portfolio and Professional Conversation", "Your Practice Log, evidence against every Award outcome and a 40-minute Professional Conversation with two assessors", "20", "June"],
], widths=[3.7, 9, 1.6, 2.2], size=9.5)

# ---------------------------------------------------------------- Part 2
doc.add_heading("Part 2. Strand 1: The Law and the Child", level=1)
para(doc, "Strand 1 covers College Days 1 and 2. It gives you a working knowledge of the law and guidance a SENCO has to put into practice: the Education Act 1996 as amended, the SEN Code of Practice (2001) and its toolkit, the Every Child Matters framework and the Children Act 2004, the Disability Discrimination Act 1995 and 2005 as they apply to schools, and current government policy including Removing Barriers to Achievement and the Inclusion Development Programme. On College Day 2 you work through cases in which the Code has to be applied to a real pupil, and you leave with a plan for checking your school's procedures, which becomes Assessed Piece 1.")

doc.add_heading("Law and guidance", level=2)
entries1 = [
    ("DfES (2001) ", "Special Educational Needs Code of Practice. [Online and 371.9 DFE]  \u2605",
     "The text the whole course keeps returning to. Before CD1, read chapters 1, 4-6 and 10. On CD2 you use it to decide what a school must do for three case pupils and you explain, in writing, what its procedures mean for your school, your headteacher and you. Assessed in AP1."),
    ("DfES (2004) ", "Every Child Matters: Change for Children. [Online]  \u2605",
     "On CD2 you map the five outcomes against the provision for one pupil in your school and say where the SENCO can make the difference (PT1). AP1 asks how your SEN policy serves all five outcomes."),
    ("DfES (2004) ", "Removing Barriers to Achievement: the Government's strategy for SEN. [Online]  \u25c6",
     "Read with the Inclusion Development Programme materials (DCSF 2008) before CD2; the tutor's session on current policy and initiatives draws on both."),
    ("Disability Rights Commission (2006) ", "The Duty to Promote Disability Equality: Statutory Code of Practice (England and Wales). [Online]  \u25cb",
     "Background reading for anyone who wants to know more about the disability equality duty. It is not needed for any task."),
    ("House of Commons Education and Skills Committee (2006) ", "Special Educational Needs: Third Report of Session 2005-06. [Online]  \u25c6",
     "Useful for the debates about statements and provision that colour much of the current policy discussion."),
]
for a, t, n in entries1:
    para(doc, [(a, "b"), (t, "")], space_after=0)
    para(doc, n, italic=True)

doc.add_heading("Research and inspection", level=2)
entries2 = [
    ("Ofsted (2004) ", "Special Educational Needs and Disability: Towards Inclusive Schools. [Online]  \u2605",
     "With Ofsted (2006) below, the inspection evidence we ask you to set your own school against in AP1. AP1 is marked partly on how well you use research and inspection evidence."),
    ("Ofsted (2006) ", "Inclusion: Does It Matter Where Pupils Are Taught? [Online]  \u2605",
     "CD1 opens with its findings on what makes provision effective; you bring one finding to test in school (PT1)."),
    ("Lewis, A. and Norwich, B. (eds) (2005) ", "Special Teaching for Special Children? Pedagogies for Inclusion. [371.9 LEW]  \u2605",
     "The research base for CD4. The tutors keep a short digest of newer studies and inquiries, such as the Bercow Review (2008) and the evidence to the Lamb Inquiry, up to date each term on Bega Online."),
]
for a, t, n in entries2:
    para(doc, [(a, "b"), (t, "")], space_after=0)
    para(doc, n, italic=True)

# ---------------------------------------------------------------- Part 3
doc.add_heading("Part 3. Strand 2: Knowing the Learner", level=1)
para(doc, "Strand 2 covers College Days 3 to 5. It is about how children develop and how their development can be helped or held back by SEN and disability and by the physical and social setting in which they learn. It covers the commonest needs a SENCO meets: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; and moderate learning difficulties. Each is taught through a case pupil, with a specialist who works with such pupils every day: in 2009-10 a county educational psychologist, a speech and language therapist from the primary care trust, and the head of the Whitlow Autism Outreach Team.")
para(doc, "On College Day 3 you learn how to identify pupils who may have SEN from classroom observation, data and other monitoring, how to set targets that stretch them, how to plan an intervention and how to review it. In PT2 you do this for a pupil you have not worked with before, using the reports of at least two other professionals (for example an educational psychologist's report and a speech and language therapist's assessment) to decide on the teaching approach; your write-up is assessed in AP3. CD3 also looks at summative data, including national test results, RAISEonline and P scales, and how to track progress with them and change a programme when it is not working.")

doc.add_heading("Development and needs", level=2)
entries3 = [
    ("Frederickson, N. and Cline, T. (2002) ", "Special Educational Needs, Inclusion and Diversity. [371.9 FRE]  \u2605",
     "The core text for CD3. Chapters on development, assessment and the main areas of need are set reading. AP3 asks for a case study of one pupil which shows your understanding of how their needs and their setting affect their learning."),
    ("Bercow, J. (2008) ", "The Bercow Report: A Review of Services for Children and Young People with SLCN. [Online]  \u25c6",
     "Read before the speech and language therapist's session on CD3."),
    ("Rose, J. (2009) ", "Identifying and Teaching Children and Young People with Dyslexia and Literacy Difficulties. [Online]  \u2605",
     "Published in June 2009 and added for this edition. Set reading for the SpLD session on CD4."),
    ("Wall, K. (2006) ", "Special Needs and Early Years. [371.9 WAL]  \u25cb",
     "Background for those in primary and first schools."),
]
for a, t, n in entries3:
    para(doc, [(a, "b"), (t, "")], space_after=0)
    para(doc, n, italic=True)

doc.add_heading("Teaching, learning and ICT", level=2)
entries4 = [
    ("Rose, R. and Howley, M. (2007) ", "The Practical Guide to Special Educational Needs in Inclusive Primary Classrooms. [371.9 ROS]  \u2605",
     "CD4 compares approaches, strategies and resources for assessment, planning and teaching, including ICT. You try one in PT3 and write a critical evaluation of it for AP3: what barrier it removed, for whom, and what it cost."),
    ("Becta (2007) ", "Inclusive Learning: ICT and SEN. [Online]  \u25c6",
     "Use with the College's Access Suite (see Part 5) before CD4."),
]
for a, t, n in entries4:
    para(doc, [(a, "b"), (t, "")], space_after=0)
    para(doc, n, italic=True)

doc.add_heading("Families, pupils and services", level=2)
para(doc, "College Day 5 is about the people a SENCO works with outside the staffroom. In the morning two parents of pupils with statements and the manager of the Whitlow Parent Partnership Service lead a session on what makes parents trust a school. You then practise a difficult review meeting in role, with feedback from a tutor and from one of the parents. PT4 asks you to plan and hold a meeting with the parents or carers of a pupil with SEN, to agree with them what the school and the family will each do, and to write up what you learned; this is assessed in AP3, where an assessor looks for fair, respectful and constructive working with the family.")
para(doc, "The afternoon is given to the services. A panel of the educational psychology service, the child and adolescent mental health service, the sensory support service and a voluntary organisation (in 2009-10, the county branch of the National Autistic Society) explains what each does, how a school asks for it and how they can work together round a child. PT5 asks you to map the services your school uses, find one it should use and does not, and work with it on one pupil's support. The map and your account of the joint work are assessed in AP3.")
p = para(doc, "The session also looks at how to listen to pupils. We recommend the reading on pupil voice below; there is no assessed task on this, but you may wish to try the techniques in your own school.")
entries5 = [
    ("Lewis, A. and Porter, J. (2004) ", "Interviewing children and young people with learning disabilities. British Journal of Learning Disabilities 32. [e-journal]  \u25cb",
     "Background reading on consulting pupils. Discussed briefly on CD5."),
    ("Hart, R. (1992) ", "Children's Participation: From Tokenism to Citizenship. [Online]  \u25cb",
     "The 'ladder of participation' that some schools use when involving pupils in reviews of their own provision."),
    ("Roffey, S. (2001) ", "Special Needs in the Early Years: Collaboration, Communication and Coordination. [371.9 ROF]  \u25c6",
     "Good on working with parents and carers, and with agencies."),
]
for a, t, n in entries5:
    para(doc, [(a, "b"), (t, "")], space_after=0)
    para(doc, n, italic=True)

textbox(doc, [
    ("Librarian's tip", True),
    ("Most of the \u2605 items are on short loan (4 hours) at the Education desk, and many are on Bega Online as scanned chapters.", False),
    ("Forgotten your password? Ring the IT Help Desk on 01539 770 412. Ruth Askew runs a drop-in on every College Day from 12.30 to 1.15.", False),
], height_pt=90)

# ---------------------------------------------------------------- Part 4
doc.add_heading("Part 4. Strand 3: Leading Provision", level=1)
para(doc, "Strand 3 covers College Days 6 to 8 and is about leading: working with the headteacher, senior leaders and governors on an inclusive ethos, on policy and priorities and on how the school's resources are used so that every pupil can reach the curriculum and take part in the wider life of the school. On College Day 6 a serving headteacher and a chair of governors join the tutors for a session on winning the commitment of senior colleagues, and you prepare a short paper for your own senior team (PT6) recommending one change to the school's priorities; the paper and the senior team's response go into AP3.")
para(doc, "College Day 6 also covers provision mapping and management: you build a provision map for one year group, cost it and use it to find provision that is missing or is not working. The map is assessed in AP3. The afternoon turns to deploying and managing teaching assistants and other staff, and to supporting colleagues' professional development by observing teaching and giving feedback, modelling, coaching and mentoring and planning training; you plan and deliver one short training session for colleagues, which your tutor observes or which you record on video for AP3.")
para(doc, "The last part of College Day 6 is a workshop on managing time, setting priorities and delegating, led by a former secondary SENCO. It is not assessed.")
para(doc, "College Day 7 is about school self-evaluation and improvement and how they bear on outcomes for pupils with SEN and disabilities. You review the effectiveness of one strand of your school's provision with colleagues and look at how that review could feed the school's self-evaluation form. The principles are assessed in AP3 through a commentary on your school's self-evaluation; the review with colleagues is a course activity and is not assessed.")
para(doc, "College Day 8 is given to presenting enquiries (AP2) to each other, and to Next Steps. Each participant uses our Next Steps planner to set two or three professional targets for the following year, and we ask you to take the planner to a meeting with your line manager or headteacher before the end of the summer term. A tutor runs a session on the routes open to you afterwards, including the College's MA in Inclusive Education, into which the 60 credits transfer.")

doc.add_heading("Leading and managing", level=2)
entries6 = [
    ("Cowne, E. (2008) ", "The SENCO Handbook: Working Within a Whole-School Approach (5th edn). [371.9 COW]  \u2605",
     "The one book every SENCO should own. Chapters on the role, provision mapping and working with colleagues are set reading for CD6."),
    ("Gross, J. (2008) ", "Beating Bureaucracy in Special Educational Needs. [371.9 GRO]  \u25c6",
     "Practical on provision management and on cutting paperwork."),
    ("Ofsted (2006) ", "Best Practice in Self-Evaluation. [Online]  \u25c6",
     "For CD7."),
    ("Cheminais, R. (2005) ", "Every Child Matters: A New Role for SENCOs. [371.9 CHE]  \u25c6",
     "Links the ECM outcomes to the SENCO's part in school improvement."),
]
for a, t, n in entries6:
    para(doc, [(a, "b"), (t, "")], space_after=0)
    para(doc, n, italic=True)

# ---------------------------------------------------------------- Part 5
doc.add_heading("Part 5. Library, online and specialist resources", level=1)
para(doc, "The College library holds a dedicated SEN collection of about 2,400 books and reports at 371.9, the main SEN and educational psychology journals in print and online, and the Special Needs Resource Room at Kendal Road, with assessment materials, intervention programmes and software that participants may borrow for use in school. The Access Suite has eight workstations with text-to-speech and mind-mapping software, a Braille embosser, switch access and a range of communication aids, and is used for the ICT session on CD4.")
para(doc, "Until 2008 Mossgill's earlier course borrowed from Whitlow University's library under a reciprocal agreement. That agreement has ended and all borrowing is now from St Bega's.")

doc.add_heading("Bega Online", level=2)
p = para(doc, "Bega Online is the College's virtual learning environment. Every participant has an account from enrolment. It holds the scanned chapters, the tutors' research digest, the College Day slides and a Reading Circle for each Strand, in which participants discuss the set reading with each other between College Days. The Reading Circles belong to participants: tutors do not post in them. ")
dele(p, "A tutor reads each Reading Circle twice a week and replies to questions within 48 hours.", "Helen Tarrant", "2009-07-28T15:40:00Z")
para(doc, "Questions about the course content are taken at the next College Day.")

doc.add_heading("Readers with a disability", level=2)
para(doc, "Readers with a disability can ask for extended loans, for set reading in large print or electronic text, and for help from library staff to find and fetch books. Please tell the Education desk at enrolment. The College publishes a Disability Equality Scheme setting out how it meets the disability equality duty as an employer and as a college; copies are at the library desk.")

table(doc, [
    ["Service", "Where", "Hours (term)"],
    ["Main library, Education collection", "College Green", "Mon-Thu 8.30-21.00, Fri 8.30-17.00, Sat 10.00-16.00"],
    ["Special Needs Resource Room", "Kendal Road centre", "College Days, and by appointment"],
    ["Access Suite", "Library, first floor", "As main library"],
    ["Bega Online", "bega-online (from any computer)", "Always"],
], widths=[5.5, 5, 6], size=9.5)

# ---------------------------------------------------------------- Part 6
doc.add_heading("Part 6. For the approval panel: the Award in brief", level=1)
para(doc, "This part was written for the panel. It sets out the arrangements that sit behind the reading.")

doc.add_heading("6.1 Validation and credit", level=2)
para(doc, "The course is validated by St Bega's College under its own taught degree awarding powers as a Postgraduate Certificate of 60 credits at Level 7. The College's Academic Board approved it on 14 May 2009 for five years.")

doc.add_heading("6.2 Who can join and how we check", level=2)
para(doc, "Applicants must be qualified teachers who are SENCOs or have been named by their headteacher to become SENCO within the year. Each applicant sends a form with a statement from the headteacher and has a 30-minute conversation with a Mossgill tutor about their experience and their school. Where we judge that an applicant is not yet ready to meet the Award outcomes within the year, we tell them what experience or study would help, agree it with their headteacher and offer a place on a later start.")
para(doc, "Checks on criminal records are a matter for your employing school and governing body; neither Mossgill nor the College asks to see disclosures.")

doc.add_heading("6.3 Starting points, prior learning and routes", level=2)
p = para(doc, "Participants who have already passed masters-level modules in SEN at another institution within the last five years may claim up to 20 credits towards the certificate, which the College's Accreditation of Prior Learning panel considers. ")
ins(p, "Experience may also be credited through an APEL claim, for which the participant prepares a reflective account with evidence from their school, assessed by a Mossgill tutor and moderated by the College.", "Clare Whitfield", "2009-08-03T11:05:00Z")
para(doc, "Before College Day 1 each participant completes the Starting Point self-audit against the Award outcomes. The audit is for your own use; it is not seen by tutors, and the same eight College Days are taught to everyone.")
para(doc, "There is no assessment-only route: all participants attend the College Days and complete the three Assessed Pieces.")

doc.add_heading("6.4 Fees", level=2)
para(doc, "The fee for 2009-10 is \u00a31,450, which includes all College Days, library membership and Bega Online. Schools in the Diocese of Whitlow pay \u00a31,250 under the Diocesan Board's bursary.")

doc.add_heading("6.5 What schools and local authorities told us", level=2)
para(doc, "In spring 2008 we surveyed the SENCOs and headteachers of the 140 schools that had used Mossgill in the previous three years (64 SENCOs and 41 heads replied), held two focus groups with SENCOs, and met the SEN managers of Whitlow County Council and Carnbeck Borough Council and the Diocesan Board of Education. They told us that new SENCOs most needed help with the law and the Code of Practice, with leading colleagues and with provision mapping; that heads wanted day release kept to eight days; and that Saturday sessions would help schools that cannot release staff. These findings shaped the course: provision mapping moved from an optional session into College Day 6 and AP3, leading colleagues became the centre of Strand 3, the course was kept to eight College Days, and every College Day was repeated on a Saturday.")
para(doc, "Stakeholders also help to teach the course: parents and the Parent Partnership Service on College Day 5, the services' panel on the same day, and a serving headteacher and a chair of governors on College Day 6. We hope that headteachers and local authority officers will in time join the course review meeting.")

doc.add_heading("6.6 Tutors, mentors and specialists", level=2)
para(doc, "The course is taught by the three Mossgill directors and two associates. Dr Helen Tarrant was a secondary SENCO for nine years and a local authority SEN adviser for six, and holds a doctorate on provision mapping. Martin Oyelaran was a primary SENCO and then led a county inclusion support team until 2007. Gwen Pryor was a specialist teacher for autism and now teaches on the Autism Outreach Team's training programme. Each tutor keeps a current caseload of advisory work in schools and attends at least two national SEN conferences a year. Dr Clare Whitfield, Senior Lecturer in Inclusive Education at St Bega's, is programme leader and teaches on College Days 1 and 7.")
para(doc, "Every participant has a school mentor, normally a senior leader, chosen by the headteacher. We send each mentor a copy of this guide.")
para(doc, "The specialists who teach on Strand 2 are listed in Part 3. Participants who wish to see practice in a special school or resourced provision may arrange visits themselves; we do not arrange placements.")

doc.add_heading("6.7 Marking, moderation and the award", level=2)
para(doc, "Every Assessed Piece is marked against published criteria by a Mossgill tutor and second-marked by a College lecturer; a sample of at least a quarter, and every fail, goes to the external examiner, Dr Anne Lightowler of Carnbeck University. The two assessors of each Professional Conversation meet beforehand to agree the questions and afterwards to agree the outcome. The Award Board of the College confirms the results.")
para(doc, "To be awarded the certificate a participant must pass all three Assessed Pieces and show evidence in the portfolio for every Award outcome in the table below. The Award Board does not compensate a missing outcome with a strong mark elsewhere: a participant who has not evidenced an outcome is referred and may resubmit once.")

doc.add_heading("6.8 How we evaluate the course", level=2)
para(doc, "Each College Day ends with a written evaluation, which the tutors read the same week and discuss at a monthly team meeting. Participants complete a confidence questionnaire against the Award outcomes at the start and end of the course, and we compare the two. The College's annual monitoring process, with the external examiner's report, produces an action plan each summer that is approved by the College's Board of Studies; the 2009-10 action plan will be published to participants in September 2010. We would like, in time, to find a fair way to measure the difference the course makes to pupils' attainment.")

doc.add_heading("6.9 The Award outcomes and where they are met", level=2)
para(doc, "The outcomes are in our own words. 'Developed' says where the course works on each; 'Assessed' says where a participant must show it.")

rows = [["Award outcome (Mossgill wording)", "Developed", "Assessed"]]
groups = [
    ("A. The kind of SENCO you are", [
        ("Works fairly and respectfully with pupils with SEN and disabilities and their families", "CD5, PT4", "AP3 (PT4 write-up)"),
        ("Gets the headteacher, senior leaders and colleagues behind better outcomes for pupils with SEN", "CD6, PT6", "AP3 (PT6 paper and response)"),
        ("Sets priorities, manages time and delegates well", "CD6 workshop", "Not assessed"),
        ("Sees problems coming, solves them and makes sound decisions about provision", "CD2 cases, PT2", "AP1, AP3"),
        ("Writes and speaks clearly; listens to others and understands their views", "Throughout", "AP1, AP2, Professional Conversation"),
        ("Uses research and outside advice to improve their own and others' practice", "CD1, CD4, research digest", "AP1, AP2"),
        ("Keeps up to date and takes charge of their own development", "CD8 Next Steps", "AP3 (Next Steps planner and reflective statement)"),
    ]),
    ("B. What you know", [
        ("SEN law, guidance and the Code of Practice, and how to put them into practice in a school", "CD1, CD2", "AP1"),
        ("Every Child Matters and what the SENCO contributes to the five outcomes", "CD2, PT1", "AP1"),
        ("Disability equality law and what it requires schools to do", "CD1; Strand 1 reading", "\u2014"),
        ("How children develop and what affects development, including SEN, disability and the setting", "CD3", "AP3 case study"),
        ("The main kinds of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "CD3, CD4", "AP3 case study, Professional Conversation"),
        ("A critical grasp of approaches and resources for assessing, planning and teaching, including ICT", "CD4, PT3", "AP3 (PT3 evaluation)"),
        ("School self-evaluation and improvement as they affect pupils with SEN", "CD7", "AP3 commentary"),
        ("Best practice and research in meeting SEN", "All Strands", "AP1, AP2"),
        ("What outside agencies do and how to get their help", "CD5, PT5", "AP3 (PT5 map and account)"),
    ]),
    ("C. What you can do", [
        ("Works with senior leaders and governors on an inclusive ethos, policy, priorities and resources", "CD6, PT6", "AP3"),
        ("Identifies pupils who may have SEN, sets stretching targets, plans interventions and reviews progress", "CD3, PT2", "AP2, AP3"),
        ("Uses other professionals' assessments to shape teaching", "CD3, PT2", "AP3 (PT2 write-up)"),
        ("Uses summative data, including national tests, to track progress and change programmes", "CD3", "Not separately assessed"),
        ("Uses provision mapping to plan provision and find what is missing or ineffective", "CD6", "AP3 (provision map)"),
        ("Deploys and manages teaching assistants and other staff", "CD6", "AP3"),
        ("Supports colleagues' development: observation and feedback, modelling, coaching, training", "CD6", "AP3 (training session)"),
        ("Reviews the effectiveness of provision with other staff to inform self-evaluation", "CD7", "Not assessed"),
        ("Involves pupils in planning and reviewing their own provision", "CD5 (discussion)", "\u2014"),
        ("Works with parents and carers to support their children's learning", "CD5, PT4", "AP3 (PT4 write-up)"),
        ("Works in partnership with other services and voluntary organisations", "CD5, PT5", "AP3 (PT5 account)"),
    ]),
]
group_rows = []
for g, items in groups:
    group_rows.append(len(rows))
    rows.append(["", "", ""])
    for it in items:
        rows.append(list(it))
ot = table(doc, rows, widths=[9, 3.7, 3.8], size=9)
for gi, (g, _) in zip(group_rows, groups):
    merge_row(ot, gi, g, fill="E2EFDA")

# comments
target = None
for pp in doc.paragraphs:
    if pp.text.startswith("College Day 7 is about"):
        target = pp
comment(doc, target.runs, "Should we add access arrangements for SATs and GCSE here? Several heads asked about it in the survey. HT", "Helen Tarrant", "HT")
for pp in doc.paragraphs:
    if pp.text.startswith("Each College Day ends with"):
        comment(doc, pp.runs, "Clare: is the Board of Studies date right? RA", "Ruth Askew", "RA")

doc.save(OUT)
print("wrote", OUT)
