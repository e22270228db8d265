"""hj-01-nda-annotated-reading-list

Provider (invented): NDA Professional Learning, the professional training arm of
the National Dyslexia Alliance (a national dyslexia association, a charity), with
the University of Aldbrook, School of Education, which validates the programme
and awards the Postgraduate Certificate in SEN Coordination (National Award for
SEN Coordination), 60 credits at masters level (Level 7). May 2009.

Document kind and layout: the course's annotated reading list and study
companion, "Reading for the Award 2009-10", written to "you" the participant,
sent whole as the application with a shaded note to the panel and a Part 5
("The Award in brief") added for the panel. House vocabulary: three Strands,
nine Study Saturdays, the Casebook (four Casebook Entries about one or two
pupils), three Assignments (the Policy Briefing, the Learning Differences
Portfolio, the Provision Review), Study Circles (local peer groups), Practice
Mentors, the Reading Room (e-readings on the university's Moodle), the
Starting Point Audit, the Personal Reading Plan, the Browsing Shelf. Each
reading-list entry is a bold reference line followed by run-in "Why it's here",
"Your task" and "Where it counts"; tasks marked with a filled diamond are
assessed, hollow-diamond Study Circle tasks are "discussed, not marked", and
the Browsing Shelf is optional and not assessed. Heading styles for Parts,
bold run-ins for entries, a cover table with merged cells, a table of Study
Saturdays with a vertically merged Strand column and shaded rows, a tutor
table, a VML text box about Study Circles, footnotes, Word comments, tracked
changes (w:ins / w:del), header and footer. No outcome table: outcomes are
placed only through the entries' tasks.

Traps (requirement ids):
- Aims speak of literacy attainment only; Every Child Matters appears only as
  a hollow-diamond Study Circle discussion (1.1 partially_met, 6.K2
  partially_met).
- Assessment does not reach every outcome (several are Study Circle or
  Browsing Shelf only) (1.9 partially_met).
- Prior certificated study is credited, experience explicitly is not (2.1
  partially_met).
- "There is no route to the Award that bypasses the Study Saturdays"; the old
  Certificate's portfolio-only route is a past arrangement; a deleted tracked
  sentence offered a portfolio-only submission (2.3 not_met).
- The Reading Room is "a library, not a classroom": no forum, no online tutor
  support; support between Saturdays is by telephone/email and face-to-face
  Study Circles (3.3 partially_met: e-learning present, support only part).
- Stakeholders' survey shaped the list (4.1, 4.2 met) but their part in
  evaluation is only hoped for (4.3 not_met).
- Entry: QTS and a head's nomination only, nothing on prior knowledge (5.2
  partially_met).
- CRB: "the NDA does not see or check" disclosures, the employer's job; a
  comment proposing a check is not part of the submission (5.3 not_met).
- Specialist speakers yes, "no placements" (5.5 partially_met).
- Compensation of a failed assignment by the others (6.0 partially_met).
- "Managing your study time" is about the participant's own reading, not the
  SENCO outcome (6.A3 not_met, wrong-context).
- Summative assessment appears only as the Casebook pupil's reading and
  spelling ages, also used for the provider's own evaluation; nothing on
  national tests or tracking pupils' progress more widely (6.S2b partially_met).
- Access arrangements for tests taught on Study Saturday 5 but no task
  (6.S2d partially_met); child development only a Study Circle task (6.K4
  partially_met); deploying teaching assistants only a Study Circle task
  (6.S4 partially_met); pupils' involvement in reviewing provision only a
  Study Circle task, though the pupil's own view is gathered in Casebook Entry
  3 (6.S7 partially_met; 1.5 met).
- An inserted tracked sentence adds the disability-equality audit to
  Assignment 1 (6.K3 met).
- A footnote carries the voluntary-organisation option for Casebook Entry 4
  (6.S9 met with the body text).
- Header and footer carry no evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _hj_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 11)
fn = Footnotes(d)
header_footer(d, "NDA Professional Learning  |  Reading for the Award 2009-10  |  Edition 3",
              "National Dyslexia Alliance is a registered charity. Reading list compiled by the NDA Library and Information Service. Page numbers refer to the print edition.")
A1 = "Helen Markby"
DATE = "2009-05-06T14:20:00Z"

para(d, "**READING FOR THE AWARD**", size=20, align="center")
para(d, "An annotated reading list and study companion for the National Award for SEN Coordination, 2009-10", size=13, align="center", italic=True)

t = table(d, [
    ["Programme", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)", "", ""],
    ["Offered by", "NDA Professional Learning, the training arm of the National Dyslexia Alliance", "Awarded by", "University of Aldbrook, School of Education"],
    ["Credits", "60 credits at masters level (Level 7)", "Edition", "3 (May 2009)"],
    ["Compiled by", "Dr Helen Markby, Programme Leader, with the NDA Library and Information Service", "", ""],
], header_fill=None, bold_first_col=True)
merge(t, 0, 1, 0, 3, "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination)")
merge(t, 3, 1, 3, 3, "Dr Helen Markby, Programme Leader, with the NDA Library and Information Service")
for r in range(4):
    shade(t.cell(r, 0), "DDEBF7")
shade(t.cell(1, 2), "DDEBF7"); shade(t.cell(2, 2), "DDEBF7")
for c in (t.cell(1, 2), t.cell(2, 2)):
    for r in c.paragraphs[0].runs:
        r.bold = True

para(d)
p = para(d, "**Note for the approval panel.** We send you the reading list exactly as participants will receive it in September, because it is the document that sets out what they do: every task they carry out and every piece of work that is marked hangs off an entry in it. Parts 1 to 4 are the list. Part 5, The Award in brief, was written for you and sets out the arrangements that sit around the reading: the Study Saturdays, the people, how the work is marked and how the Award is decided. Where the list mentions an arrangement, it is one we run.")
shade_para(p, "FFF2CC"); border_para(p)

# ---------------- Part 1
d.add_heading("Part 1. How to use this list", level=1)
para(d, "Welcome to the Award. You will be reading a great deal this year, and many of you have told us that reading is the part you dread: a fair number of the teachers who come to us are dyslexic themselves. So this list is not a bibliography to be worked through from the top. It is arranged by the three Strands of the course, and each entry tells you three things:")
for s in ["**Why it's here**: what the text gives a SENCO, in a sentence or two.",
          "**Your task**: what you do with it. Tasks marked ◆ are assessed and feed into one of the three Assignments or the Casebook. Tasks marked ◇ are Study Circle tasks: you discuss them with your circle and your tutor sees your notes, but they are discussed, not marked.",
          "**Where it counts**: the Assignment or Casebook Entry the task belongs to."]:
    para(d, s, style="List Bullet")
para(d, "At the end of each Strand there is a **Browsing Shelf**. These are books we like and which you may want later in your career. Nothing on the Browsing Shelf is assessed, and you can ignore it this year without penalty.")

d.add_heading("Your Starting Point Audit and Personal Reading Plan", level=2)
para(d, "Before Study Saturday 1 you complete the Starting Point Audit, a four-page self-review against each of the national outcomes for the Award, with a short statement from your headteacher about your school's priorities for SEN. Your tutor reads it and meets you for forty minutes at the end of Study Saturday 1. Together you agree your Personal Reading Plan: the outcomes you will target first in your Casebook, the Strand entries you need to read in full and those you can skim because you already know the ground, and any Browsing Shelf titles you want to add. The Plan is reviewed at the end of each Strand and becomes the record of your personal set of outcomes for the year.")

d.add_heading("Getting hold of the reading", level=2)
para(d, "Every participant is a member of the NDA Library for the year at no charge. The Library posts books to your home or school with a prepaid return bag, and we hold at least four copies of every ◆ title. The University of Aldbrook gives you a student card and remote access to its electronic journals and e-books.")
p = para(d, "Chapters and articles marked [RR] are in the Reading Room, the course's page on the University's Moodle site, as PDF files and as audio files read by NDA volunteers.")
fn.add(p, "Audio files are made under the copyright exceptions for visually impaired persons and the licence the NDA holds from the Copyright Licensing Agency; they are for course members only.")
para(d, "The Reading Room is a library, not a classroom. It holds the e-readings, the Assignment briefs and the Study Saturday slides; it does not have a discussion forum and tutors do not teach through it. If you are stuck between Study Saturdays, telephone or email your tutor, who will reply within three working days, or take the question to your Study Circle.")
para(d, "The NDA's assistive technology room at Sefton House is open to course members on weekdays and on Study Saturdays: text-to-speech and mind-mapping software, scanning pens and coloured overlays are there for you to try before you recommend them in school, and the Library lends the software for thirty days.")

d.add_heading("If you have a disability or a specific learning difficulty", level=2)
p = para(d, "Please tell us. The application form asks, and your tutor will ask again at the Starting Point meeting, because we would rather know early. With your agreement we arrange reasonable adjustments with the University's Disability and Dyslexia Service before Study Saturday 1: readings in audio or on cream paper in 14-point type, extra time on Assignment deadlines, an oral alternative to part of an Assignment, a reader or scribe, and a ground-floor room at Sefton House. The same adjustments apply to the visits and to the final Review Conversation.")
r = p.runs[0]
comment(d, [r], "Check with Aldbrook that an oral alternative is allowed under their assessment regulations - I think it is (Reg 7.4) but please confirm before print.", "Alan Fairlie", "AF")

d.add_heading("Managing your study time", level=2)
para(d, "Plan about six hours a week. Most participants find it helps to read on a fixed evening, to skim the Why it's here line first, and to read with the task in front of them. Use the Personal Reading Plan to prioritise: you do not need to read every entry in full. Keep a reading log in the back of your Casebook; it makes the Assignments quicker to write.")

textbox(d, [
    "**Study Circles**",
    "You will be placed in a Study Circle of four to six participants who live or work near each other. Circles meet for two hours between each pair of Study Saturdays, usually in a member's school, and work through the ◇ tasks in this list. A tutor joins each Circle twice a year. Circle notes go into your Casebook, where your tutor reads them and comments; they are not marked.",
], height_pt=110)

# ---------------- Part 2
d.add_heading("Part 2. Strand 1: The Law, the School and the SENCO (Study Saturdays 1-3)", level=1)
para(d, "Strand 1 is taken first by everyone. It gives you the legal and policy ground you will stand on for the rest of the year and ends with Assignment 1, the Policy Briefing.")

def entry(ref, why, task, counts):
    para(d, "**" + ref + "**", space_after=2)
    para(d, "**Why it's here.** " + why, space_after=2)
    p = para(d, "**Your task.** " + task, space_after=2)
    para(d, "**Where it counts.** " + counts)
    return p

entry("DfES (2001) Special Educational Needs Code of Practice. London: DfES. [RR chapters 1, 5 and 6]",
      "Still the document against which your school will be judged, and the one most SENCOs know least well in its own words rather than in summary.",
      "◆ Write a 2,000-word briefing for your governing body explaining how your school meets the Code: the graduated approach through School Action and School Action Plus, statutory assessment and annual reviews, and what the SENCO, the headteacher and the governors must each do. Say where practice falls short and what should change.",
      "Assignment 1, the Policy Briefing, Part A.")
entry("DfES (2004) Removing Barriers to Achievement: the Government's strategy for SEN. London: DfES; and DCSF (2008) The Bercow Report: a review of services for children and young people with speech, language and communication needs. [RR]",
      "The national direction of travel, and the policy commitments your local authority will be working to.",
      "◆ In Part A of your briefing, set your school's policy against two commitments in these documents and say what they mean for your school in the coming year.",
      "Assignment 1, Part A.")
p = entry("DfES (2006) Implementing the Disability Discrimination Act in Schools and Early Years Settings. London: DfES. [RR]",
      "The disability equality duty and the planning duties are in here, with worked examples.",
      "◆ Audit your school's Accessibility Plan and Disability Equality Scheme against the duties and recommend three actions, with who should take them.",
      "Assignment 1, Part B.")
ins_para(d, "Your Part B audit is marked against the same criteria as Part A and must be passed in its own right.", author=A1, date=DATE)
entry("Ofsted (2004) Special Educational Needs and Disability: towards inclusive schools; and Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted. [RR]",
      "The two inspection surveys that every SENCO should be able to quote: what inspectors found made the difference for pupils with SEN, and how often it was missing.",
      "◆ Use the inspection evidence to judge your school's practice in your briefing, and cite at least one of the surveys' findings.",
      "Assignment 1, Parts A and B.")
entry("DfES (2004) Every Child Matters: Change for Children. London: DfES.",
      "The five outcomes and the duty to co-operate.",
      "◇ In your Study Circle, take one pupil you know and talk through how the school's provision touches each of the five outcomes. Bring a one-page note.",
      "Study Circle 1 (discussed, not marked).")
entry("Cowne, E. (2008) The SENCO Handbook: working within a whole-school approach, 5th edition. London: David Fulton. [chapters 1-3 RR]",
      "Practical, and honest about how much the SENCO depends on the headteacher.",
      "◆ Present your briefing to your governors' SEN committee or your senior leadership team, in ten minutes, and take their questions. Attach a one-page note of the questions asked, your answers, and what the meeting agreed; your headteacher signs that the meeting took place. Your tutor marks the written briefing and the note of the meeting together, for clarity of writing and for how well you dealt with the views of others.",
      "Assignment 1, Part C.")
para(d, "Strand 1 Browsing Shelf: ", space_after=2)
for s in ["Tomlinson, S. (1982) A Sociology of Special Education. London: Routledge.",
          "Warnock, M. (2005) Special Educational Needs: a new look. London: Philosophy of Education Society of Great Britain.",
          "Hornby, G. (2000) Improving Parental Involvement. London: Cassell."]:
    para(d, s, style="List Bullet")

# ---------------- Part 3
d.add_heading("Part 3. Strand 2: Learning Differences (Study Saturdays 4-6)", level=1)
para(d, "Strand 2 is where our own specialism is strongest, and we have had to resist the temptation to fill it with dyslexia. It begins the Casebook: from Study Saturday 4 you follow one pupil, or two if you prefer, from your own school through identification, target setting, intervention and review over two terms.")
entry("Keenan, T. (2002) An Introduction to Child Development. London: Sage. [chapters 1, 6 and 7 RR]",
      "A clear account of how language, thinking and social understanding develop, and of the part the environment plays.",
      "◇ In your Study Circle, compare the development of two pupils you teach, one with SEN, and discuss what in the classroom helped or hindered each.",
      "Study Circle 4 (discussed, not marked).")
entry("Snowling, M. (2000) Dyslexia, 2nd edition. Oxford: Blackwell; and DfES (2002) Autistic Spectrum Disorders: good practice guidance; Dockrell, J. and McShane, G. (1993) Children's Learning Difficulties: a cognitive approach. Oxford: Blackwell. [RR]",
      "Between them these cover the commonest needs you will meet: specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties, and behavioural, emotional and social difficulties.",
      "◆ Write five short profiles, one for each of the five kinds of need, each drawing on a pupil you know (anonymised), showing how the need affects that pupil's learning and what teachers in your school do about it.",
      "Assignment 2, the Learning Differences Portfolio, Part A.")
entry("Reid, G. (2003) Dyslexia: a practitioner's handbook, 3rd edition. Chichester: Wiley.",
      "Identification and assessment from the teacher's side, and how to read a specialist's report.",
      "◆ Casebook Entry 1: identify your Casebook pupil's needs using your own classroom observation and school data together with the reports of at least two other professionals (an educational psychologist, a speech and language therapist, a specialist teacher). Set three challenging targets and plan the teaching that follows from the reports. Record the decisions you made along the way and why you made them.",
      "Casebook Entry 1 (assessed at the Casebook review).")
entry("Florian, L. and Hegarty, J. (eds) (2004) ICT and Special Educational Needs: a tool for inclusion. Maidenhead: Open University Press.",
      "A critical look at technology in teaching and assessment, not a catalogue.",
      "◆ Casebook Entry 2: put your plan into practice for at least ten weeks, using at least one ICT tool, and review the pupil's progress against the targets. Compare the approaches and resources you chose with two alternatives and say critically why you chose as you did.",
      "Casebook Entry 2.")
entry("Brooks, G. (2007) What Works for Pupils with Literacy Difficulties? The effectiveness of intervention schemes, 3rd edition. London: DCSF. [RR]",
      "The best summary of the evidence on literacy interventions, and a model of how to weigh evidence.",
      "◆ Choose one intervention in use in your school, review the research and inspection evidence for it and what best practice elsewhere looks like, and write a recommendation to colleagues on whether to keep, change or drop it.",
      "Assignment 2, Part B.")
p = entry("Black, P. and Wiliam, D. (1998) Inside the Black Box: raising standards through classroom assessment. London: King's College.",
      "Assessment for learning, the basis of good planning for pupils with SEN.",
      "◆ Plan and lead a short session for colleagues on assessment for learning for pupils with SEN, then observe one colleague putting it into practice and give feedback. Your Practice Mentor observes the session.",
      "Assignment 3, Part B.")
para(d, "On Study Saturday 5 the NDA's Head of Assessment leads a session on access arrangements for national tests and examinations: how to identify in good time the pupils who need a reader, a scribe or extra time, the evidence the awarding bodies ask for, and how to make the arrangement part of normal classroom practice. There is no task attached to this session.")
para(d, "Strand 2 Browsing Shelf: ", space_after=2)
for s in ["Qualifications and Curriculum Authority (2009) Key Stage 2 Assessment and Reporting Arrangements. London: QCA.",
          "Joint Council for Qualifications (2008) Access Arrangements, Reasonable Adjustments and Special Consideration. London: JCQ.",
          "Gathercole, S. and Alloway, T. (2008) Working Memory and Learning. London: Sage."]:
    para(d, s, style="List Bullet")

# ---------------- Part 4
d.add_heading("Part 4. Strand 3: Provision and People (Study Saturdays 7-9)", level=1)
para(d, "Strand 3 moves from the pupil to the school. You will be working with colleagues, parents and other services, and the Strand ends with Assignment 3, the Provision Review, which is where most participants tell us they changed something that lasted.")
entry("Gross, J. (2008) Beating Bureaucracy in Special Educational Needs. London: David Fulton; and DfES (2005) Leading on Intervention. London: DfES.",
      "Provision mapping as a management tool rather than a form to fill in.",
      "◆ Build a provision map for one year group with the staff who deliver it, cost it, and use it to identify provision that is not working or that is missing. Then, with the staff concerned, evaluate the provision and write the section on SEN for your school's self-evaluation form, showing how it follows the principles of school self-evaluation and feeds the improvement plan.",
      "Assignment 3, the Provision Review, Part A.")
entry("Blatchford, P. and others (2008) Deployment and Impact of Support Staff in Schools. London: DCSF.",
      "The first findings of the national study of teaching assistants.",
      "◇ In your Study Circle, compare how each of your schools deploys teaching assistants and what the research suggests you might change.",
      "Study Circle 7 (discussed, not marked).")
entry("Hornby, G. (2000) Improving Parental Involvement. London: Cassell; and Lewis, A. and Porter, J. (2007) Research and pupil voice, in L. Florian (ed.) The SAGE Handbook of Special Education. London: Sage.",
      "Working with parents as partners, and how to find out what a pupil thinks when the pupil finds it hard to say.",
      "◆ Casebook Entry 3: gather your Casebook pupil's own views about their learning, in a way that suits the pupil, and then plan, hold and write up a review meeting with the pupil's parents or carers: what they told you, what you advised, and what you agreed together. Reflect on the relationship you built with the pupil and the family.",
      "Casebook Entry 3.")
para(d, "◇ A further Study Circle task for this Strand: talk through how each of your schools involves pupils in planning and reviewing their own provision, and what would need to change for pupils to take a real part in evaluating it. (Study Circle 8, discussed, not marked.)")
p = entry("DCSF (2008) Quality Standards for Special Educational Needs (SEN) Support and Outreach Services. London: DCSF.",
      "What you can expect from the services around the school, and how to ask for it.",
      "◆ Casebook Entry 4: work with one outside service on your Casebook pupil's plan, agree a joint plan, and write up the scope and role of the service, how you obtained its support and what came of it.",
      "Casebook Entry 4.")
fn.add(p, "The service may be a voluntary organisation: several participants each year work with a local dyslexia association or a parents' support group.")
entry("Cowne, E. (2008) The SENCO Handbook, 5th edition, chapters 8-10.",
      "On gaining the commitment of colleagues and senior leaders, and on coaching.",
      "◆ Coach one colleague over half a term on a need they have identified, and write up the coaching, the colleague's view of it and what you learned about winning colleagues' support. Include the agreement your headteacher gave to the project at its start.",
      "Assignment 3, Part B.")
para(d, "Strand 3 Browsing Shelf: ", space_after=2)
for s in ["Rose, J. (forthcoming 2009) Independent review on identifying and teaching children and young people with dyslexia. London: DCSF. (We will add it to the Reading Room when it is published.)",
          "Ainscow, M. and others (2006) Improving Schools, Developing Inclusion. London: Routledge."]:
    para(d, s, style="List Bullet")

# ---------------- Part 5
d.add_heading("Part 5. The Award in brief (for the approval panel)", level=1)
d.add_heading("The aim", level=2)
para(d, "The Award aims to raise the literacy and learning attainment of pupils with dyslexia and other special educational needs by developing SENCOs who understand how these pupils learn and can lead their schools to teach them well.")

d.add_heading("Partnership and accreditation", level=2)
para(d, "The University of Aldbrook validated the programme in March 2009 as a 60-credit Postgraduate Certificate at masters level (Level 7) and awards the Certificate; the NDA delivers it under Aldbrook's collaborative provision agreement. Dr Alan Fairlie, Senior Lecturer in Inclusive Education, is Aldbrook's link tutor and sits on the Award Board.")

d.add_heading("Study Saturdays", level=2)
rows = [["Strand", "Study Saturday", "Month", "Work that follows"],
        ["1. The Law, the School and the SENCO", "1", "Sept", "Starting Point meeting; Study Circle 1"],
        ["", "2", "Oct", "Study Circle 2"],
        ["", "3", "Nov", "Assignment 1 due in December"],
        ["2. Learning Differences", "4", "Jan", "Casebook Entry 1; Study Circle 4"],
        ["", "5", "Feb", "Casebook Entry 2 begins"],
        ["", "6", "Mar", "Assignment 2 due in April"],
        ["3. Provision and People", "7", "Apr", "Casebook Entries 3 and 4; Study Circle 7"],
        ["", "8", "May", "Study Circle 8"],
        ["", "9", "June", "Assignment 3 and Casebook due in July; Review Conversation"]]
t = table(d, rows, size=10)
merge(t, 1, 0, 3, 0, "1. The Law, the School and the SENCO", fill="EAF1DD")
merge(t, 4, 0, 6, 0, "2. Learning Differences", fill="DDEBF7")
merge(t, 7, 0, 9, 0, "3. Provision and People", fill="FCE4D6")
para(d)
para(d, "Study Saturdays run at Sefton House in Hartsford and, for the northern group, at the University's Tynedale campus. A participant may start in September or in January; January starters take Strand 1 at the Summer School in August and join Strands 2 and 3 in order. After Strand 1, Strands 2 and 3 can be taken in either order, and a participant who needs to may spread the course over two years. The course is part time only.")

para(d, "The fee for 2009-10 is £1,150, including Library membership and Summer School places; a participant exempted from Assignment 2 pays £850. The NDA's Hardship Fund offers part bursaries to teachers in small schools. Because the Personal Reading Plan lets each participant skip ground they already know, Study Circle and tutor time goes where it is needed.")

d.add_heading("How we arrived at this list", level=2)
para(d, "In spring 2008 we surveyed the 212 NDA members who are SENCOs or about to become one, and forty headteachers from schools that use our assessment service, and held two focus groups with the NDA Parents' Panel. SENCOs and heads asked for less dyslexia theory and more on leading colleagues, the law and provision mapping; parents asked that every SENCO learn to hold a review meeting that parents come out of knowing what will happen next. As a result Strand 3 was added in full, the dyslexia reading in Strand 2 was cut by half, and Casebook Entry 3 now requires a review meeting with parents.")
p = para(d, "In future we hope to involve headteachers and the Parents' Panel in evaluating the course as well as in designing it.")
comment(d, [p.runs[0]], "Can we say more than 'hope'? Parents' Panel chair is keen.", "Sam Okafor", "SO")

d.add_heading("Entry", level=2)
para(d, "Participants must hold Qualified Teacher Status and be nominated by their headteacher on the NDA nomination form, which confirms that they hold or will take up the SENCO role in the school. Teachers in post will already have an enhanced CRB disclosure through their employer; the NDA does not see or check these, as that is the employer's responsibility.")
p = d.paragraphs[-1]
comment(d, [p.runs[0]], "Suggest we add: the NDA office checks the disclosure number and date at enrolment and keeps a record.", "Sam Okafor", "SO")

d.add_heading("Credit for earlier study", level=2)
para(d, "Under the University's regulations a participant who holds a postgraduate qualification in specific learning difficulties, such as the NDA Diploma in Specialist Teaching, may be credited with up to 20 credits, exempting them from Assignment 2. Credit is given for certificated study only; the University does not credit experience that has not been assessed.")
para(d, "There is no route to the Award that bypasses the Study Saturdays. Our former Certificate in SEN Leadership allowed experienced teachers to submit a portfolio for assessment alone; that route closed in 2007.")
p = d.add_paragraph()
del_run(p, "Exceptionally, an experienced SENCO may ask to submit the Casebook and Assignment 3 for assessment without attending.", author=A1, date=DATE)

d.add_heading("The people", level=2)
t = table(d, [
    ["Tutor", "Role", "Background"],
    ["Dr Helen Markby", "Programme Leader; Strand 1", "PhD (Aldbrook) on SENCOs and the Code; SENCO for eight years; NDA Director of Training since 2004"],
    ["Sam Okafor", "Strand 2 lead", "MA SpLD, AMBDA; former SENCO and local authority specialist teacher; NDA assessor"],
    ["Jane Trevelyan", "Strand 3 lead", "MA Educational Leadership; former primary headteacher and SENCO; Ofsted additional inspector until 2008"],
    ["Dr Alan Fairlie", "University link tutor; second marker", "Senior Lecturer in Inclusive Education, University of Aldbrook"],
], size=10)
para(d)
para(d, "Tutors each spend at least five days a year in schools on NDA assessment and advisory work, and attend the NDA's annual research conference. Study Saturday speakers include an educational psychologist, a speech and language therapist, a local authority SEN officer and a parent from the Parents' Panel. There are no placements: the practical work of the course is done in your own school, with your Practice Mentor.")
para(d, "Each participant's headteacher names a Practice Mentor, normally a senior leader. Mentors attend a half-day briefing at Sefton House in September, receive the Mentor Notes setting out what they observe and sign, and can telephone the Strand lead at any time. Tutors are inducted by the Programme Leader and attend a marking workshop with the University link tutor before each Assignment is marked.")

d.add_heading("Marking, moderation and the Award", level=2)
para(d, "Each Assignment and the Casebook is marked by the Strand lead against published criteria. A sample of 20 per cent, including all fails and borderline scripts, is second-marked by Dr Fairlie, and the University appoints an external examiner who sees a sample and attends the Award Board. The Casebook is reviewed in a forty-minute Review Conversation with two tutors in July.")
para(d, "The Award Board recommends the Certificate to the University when a participant has passed the Casebook and achieved an average of 50 per cent across the three Assignments. Under the University's regulations a mark between 40 and 49 in one Assignment may be compensated by the marks in the other two.")

d.add_heading("Evaluation", level=2)
para(d, "Participants evaluate each Study Saturday on the day and each Strand online; the external examiner reports to the University each year; and the programme goes through Aldbrook's annual monitoring. The Programme Committee, which includes the Aldbrook link tutor, reads all three in the autumn and agrees changes to the list and the tasks, which are reported to the University.")
para(d, "We look at what the course does for participants and for pupils. Participants repeat the Starting Point Audit at the end of the year, so that we can see how their confidence and competence against each outcome has moved. In Casebook Entry 2 every participant records the Casebook pupil's reading and spelling ages and progress against the targets before and after the intervention, and the Programme Committee collates these across the cohort each year.")
d.add_heading("After the Award", level=2)
para(d, "At Study Saturday 9 each participant writes a Professional Development Plan for the next two years, using the Starting Point Audit to see what remains, and discusses it with their headteacher before the Review Conversation, where it is discussed with the tutors. It is the last page of the Casebook.")

fn.finish()
d.save(OUT)
print("wrote", OUT)
