"""iw-01-tvuk-witness-statement: build script.

Provider (invented): Tourette Voices UK, a national Tourette syndrome charity, through its
Education and Schools Service, applying with the University of Wexcombe School of Education
(a research-intensive university) for approval to run the 2008-09 National Award for SEN
Coordination, as the "Wexcombe Postgraduate Certificate in SEN Coordination".

Document kind and layout: the charity's Head of Education Services sends the application as a
witness statement in the form its education officers use when they give evidence for families
at the SEN and Disability Tribunal. A top-right "marking" block in a borderless table
(party, witness, statement number, exhibits, date), a court-style title ("BEFORE THE ...",
"IN THE MATTER OF ..."), "WILL SAY as follows", hand-typed paragraph numbers ("14.") in
Normal paragraphs, bold capitalised cross-headings typed as Normal paragraphs (no heading
styles), exhibit references ("I produce marked HMA/2 ..."), hearsay with its source ("I am
told by Dr Nandra, and believe, that ..."), a part answering the panel's written questions
(the questions quoted in italics), a statement of truth and signature, then an exhibits
bundle: each exhibit a shaded one-cell "EXHIBIT HMA/n" band over a table (Classroom Days,
survey, staffing, outcomes schedule with merged group rows and "Not assessed" cells).
Header and footer, footnotes (citations only), two tracked changes, two Word comments.
The charity's own vocabulary: "Classroom Days", "Link Tutor", "School Sponsor", "Portfolio
of Practice", "Enquiry Report", "Professional Conversation", "the Common Room" (its
Blackboard site), "Young Ambassadors", "Family Panel", "Starting Point" self-audit.

Traps (requirement ids):
- Hearsay with its source is still the provider's own statement: moderation and the external
  examiner are described "I am told by Dr Nandra, and believe" (5.8 met; notes_on_met).
- A tracked insertion adds the APL rule (up to 30 credits) (2.1 met: inserted text counts).
- A tracked deletion removes "We check each candidate's CRB disclosure number at interview";
  what remains says the charity does not check and leaves it to schools (5.3 not_met).
- A comment proposes tutor "surgeries" in the Common Room from 2009-10; the statement itself
  says tutors do not post on the participants' board (3.3 partially_met: comments are not
  evidence).
- Another comment says "Admissions could check CRB?" (5.3: comment not evidence).
- The University's assessment-only route for its MA in Inclusive Education: another award's
  arrangement; "I am not aware that any such route exists for the Award, and we have not
  offered one" (2.3 not_met).
- Young Ambassadors "tell their own stories" on Classroom Day 5: participants hear young
  people, but nothing develops their skill in consulting them; a belief paragraph about pupil
  voice (1.5 partially_met; 6.S7 taught on Day 5 but "Not assessed": partially_met).
- The Starting Point self-audit against the outcomes is "for the participant's own
  reflection" and "does not change what the participant is taught" (2.2 partially_met).
- Further targets: participants are "told about" the MA, but the Professional Conversation
  asks each to present a two-year development plan at the end of the course (2.5 met).
- Stakeholders in delivery (Young Ambassadors, Family Panel speakers) and in development, but
  their part in evaluation is only hoped for ("I hope that, in time, ...") (4.3 partially_met).
- The panel's own questions quoted in italics are prompts, not answers (4.3, 5.9).
- Placement: a day at Brookfield Special School belonged to the charity's former Certificate
  ("Until the summer of 2007"); the Award has "no placement"; specialists do contribute
  (5.5 partially_met: past arrangement).
- Link Tutors "know what is expected of them"; School Sponsors "receive a letter" only (5.7
  partially_met).
- Impact: confidence questionnaire at start and end; pupils' achievement only "we would like,
  in future, to ask participants to ..." (5.9 partially_met).
- Award rule: pass both modules at 50 per cent overall, marks combined; nothing ties the award
  to every outcome, and the schedule shows outcomes "Not assessed" (6.0 partially_met; 1.9
  partially_met).
- Outcomes schedule (exhibit HMA/6): time management taught, "Not assessed" (6.A3 partially);
  the CPD plan judged in the Professional Conversation but "not taught" (6.A7 partially);
  disability equality law "taught in the University's separate module ... not part of this
  Award" (6.K3 not_met); school self-evaluation only "read" (6.K7 partially); formative
  assessment "discussed on Day 4 - Not assessed" (6.S2c partially); no row and no mention of
  summative assessment or national tests (6.S2b not_met); exam access arrangements developed
  and assessed (6.S2d met).
- Footer ("Registered charity") and header are never evidence.
"""
from pathlib import Path

from docx.shared import Cm, Pt

from _iw_helpers import (new_doc, para, run, table, merge_row, shade, cell_text, ins, dele,
                         mark_para_deleted, comment, Footnotes, header_footer)

OUT = Path(__file__).with_name("iw-01-tvuk-witness-statement.docx")
doc = new_doc(font="Times New Roman", size=12)
fn = Footnotes(doc)
header_footer(doc, "Applicant partnership  |  Witness: H. Marsh-Adeyemi  |  1st statement  |  Exhibits HMA/1-HMA/7",
              "Tourette Voices UK, registered charity no. 1107652  |  Statement of Helen Marsh-Adeyemi  |  Page")

# ---- marking block (top right)
mb = doc.add_table(rows=5, cols=2)
for i, (a, b) in enumerate([("Made on behalf of:", "the Applicant partnership"), ("Witness:", "H. Marsh-Adeyemi"),
                            ("Statement:", "1st"), ("Exhibits:", "HMA/1 - HMA/7"), ("Dated:", "14 January 2009")]):
    cell_text(mb.cell(i, 0), a, size=10)
    cell_text(mb.cell(i, 1), b, bold=True, size=10)
    mb.cell(i, 0).width = Cm(12.5)
    mb.cell(i, 1).width = Cm(4)
for row in mb.rows:
    row.cells[0].paragraphs[0].alignment = 2

para(doc, "")
para(doc, "BEFORE THE APPROVAL PANEL OF THE TRAINING AND DEVELOPMENT AGENCY FOR SCHOOLS", bold=True, align="center")
para(doc, "IN THE MATTER OF an application for approval to provide nationally accredited training for teachers new "
          "to the role of special educational needs coordinator, 2008-09", align="center")
para(doc, "BY: TOURETTE VOICES UK (Education and Schools Service) and THE UNIVERSITY OF WEXCOMBE (School of Education)",
     align="center")
para(doc, "_______________________________________________", align="center")
para(doc, "WITNESS STATEMENT OF HELEN MARSH-ADEYEMI", bold=True, align="center", size=13)
para(doc, "_______________________________________________", align="center")

P = {"n": 0}


def num(text, fnote=None):
    P["n"] += 1
    p = para(doc, "", align="justify")
    run(p, f"{P['n']}.\t")
    run(p, text)
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    if fnote:
        fn.add(p, fnote)
    return p


def head(text):
    para(doc, text, bold=True)


def quoteq(text):
    para(doc, text, italic=True, indent=2.0)


p = para(doc, "", align="justify")
run(p, "I, HELEN MARSH-ADEYEMI, Head of Education Services at Tourette Voices UK, of 14 Calder Row, Wexcombe WX3 2LP, ")
run(p, "WILL SAY", bold=True)
run(p, " as follows:")

head("INTRODUCTION")
num("I make this statement in support of the application by Tourette Voices UK (\"the charity\") and the University of "
    "Wexcombe School of Education (\"the University\") for approval to provide the Wexcombe Postgraduate Certificate in "
    "SEN Coordination (\"the Award\") from September 2009. The facts in this statement are within my own knowledge unless I "
    "say otherwise. Where they are not, I give the source and I believe them to be true.")
num("I have led the charity's Education and Schools Service since 2003. Before that I taught for fourteen years, the last "
    "six as SENCO of a mainstream secondary school in Hillshire. I hold the Mathematics PGCE, an MA in Special and "
    "Inclusive Education and the British Psychological Society's Certificate of Competence in Educational Testing. I have "
    "given evidence at the SEN and Disability Tribunal in eleven appeals for families of children with Tourette syndrome.")
num("The charity's education officers write to schools and to the Tribunal in this form, and the Panel's secretariat "
    "agreed that the application could be made in it. Exhibits are gathered in a bundle at the end of this statement. "
    "References in the form \"HMA/4\" are to that bundle.")

head("THE PARTNERSHIP AND THE ACCREDITATION OF THE AWARD")
num("The Award is a postgraduate certificate of the University. I produce marked HMA/1 the letter of 20 November 2008 "
    "from the University's Academic Standards Committee confirming that the programme has been validated. The Award "
    "carries 60 credits at Level 7 (masters level) of the Framework for Higher Education Qualifications, in two modules "
    "of 30 credits: EDU7101 \"The SENCO, the Child and the Law\" and EDU7102 \"Leading Provision in the Inclusive School\".")
num("The University registers participants, keeps their records, appoints the external examiner and confers the Award "
    "through its Board of Examiners. The charity writes and teaches most of the Classroom Days, provides the Young "
    "Ambassadors and the Family Panel, and runs the Common Room. Dr Priya Nandra, Senior Lecturer in Inclusive Education, "
    "is Programme Leader for the University; I am Programme Co-Leader for the charity.")
p = num("Participants may bring credit from earlier study and experience. ")
ins(p, "Up to 30 credits of the 60 may be awarded through the University's accreditation of prior certificated and "
       "experiential learning procedure, against the learning outcomes of EDU7101; the claim is made on the University's "
       "APL form with a mapped portfolio, judged by the Programme Leader and confirmed by the Board of Examiners.")

head("WHAT THE AWARD IS FOR")
num("The Award exists to raise the achievement and well-being of children and young people with special educational "
    "needs and disabilities in the participants' schools. By achievement we mean what the Every Child Matters framework "
    "means: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
    "well-being, not test results alone. Both modules state that aim, and the marking criteria for both written pieces "
    "include the participant's understanding of how provision affects pupils' well-being as well as their attainment.",
    fnote="Every Child Matters: Change for Children (DfES, 2004).")
num("The charity comes to this from a particular place. Roughly one child in a hundred has Tourette syndrome, and most "
    "of them have at least one other condition: ADHD, obsessive-compulsive difficulties, anxiety, a specific learning "
    "difficulty or an autistic spectrum condition. Our helpline hears every week from parents whose child has been "
    "excluded for tics or misread as defiant. The Award is not a course about Tourette syndrome; it is a course for "
    "SENCOs of every school, built by people who see every day what happens when a school gets co-occurring needs wrong.")
num("It is my firm belief that young people must be heard in decisions about them. The charity's own governance includes "
    "a Young Ambassadors group of twelve people aged 13 to 21, each with tics.")
num("On Classroom Day 5 three Young Ambassadors tell their own stories of school, and the participants hear them. The "
    "session is powerful and is always among the most highly rated. We do not ask participants to practise interviewing "
    "or consulting pupils on that day, and the Portfolio of Practice does not ask for it.")

head("HOW THE AWARD IS TAUGHT")
num("I produce marked HMA/2 the schedule of the eight Classroom Days. Each Day runs from 9.30 to 3.30. Days 1 to 4 "
    "belong to EDU7101 and Days 5 to 8 to EDU7102. Each Day is given twice, once at the University's Wexcombe campus and "
    "once at the charity's Northern Centre in Bradmoor, a week apart, and participants may attend either venue for any Day.")
num("There are two start points each year, in September and in January. A participant who starts in January takes "
    "EDU7102 first and EDU7101 in the autumn; the Days are written so that either module can be taken first. Participants "
    "may take up to three years to complete, and may pause between modules with the Programme Leader's agreement.")
num("Between Classroom Days the participant works in his or her own school on four Practice Enquiries, each set out in "
    "the module handbook. In Enquiry 1 the participant maps the school's current provision for pupils with SEN against "
    "the Code of Practice and the school's own policy. In Enquiry 2 the participant leads a review, with a class teacher "
    "and a teaching assistant, of provision for three pupils, deciding what to keep, change or stop. In Enquiry 3 the "
    "participant plans, with the examinations officer, the access arrangements for pupils taking national tests or "
    "public examinations that year and sees them through. In Enquiry 4 the participant plans, leads and evaluates a "
    "change in the school's SEN practice, agreed beforehand with the headteacher.")
num("Each participant has a Link Tutor from the University or the charity, who visits the school once in each module "
    "and reviews the Portfolio of Practice at two checkpoints, and a School Sponsor, a member of the school's senior "
    "leadership team named by the headteacher, who meets the participant each half-term.")
num("The Classroom Days draw on current research and inspection evidence. Day 1 works from Ofsted's 2006 report on "
    "inclusion and the SEN Code of Practice; Day 3 from the Bercow review of services for children with speech, "
    "language and communication needs (2008); Day 6 from the Rose review of dyslexia teaching, due in 2009, using the "
    "interim material as it appears. Participants read one piece of recent research for every Day and bring a "
    "written response to it.",
    fnote="Ofsted, Inclusion: does it matter where pupils are taught? (2006); J. Bercow, The Bercow Report (DCSF, 2008).")
num("Legislation and policy are taught on Days 1 and 2: the Education Act 1996 as amended, the SEN Code of Practice, "
    "Removing Barriers to Achievement, the National Strategies' Inclusion Development Programme and the local "
    "authority's own arrangements. Participants write a briefing on these for their governing body as part of the "
    "Portfolio of Practice.")
num("Working with colleagues is taught on Days 6 and 7: leading a staff meeting, coaching a teaching assistant, "
    "observing a lesson and giving feedback, and working with the local authority's advisory teachers, the educational "
    "psychology service and health colleagues. Participants lead one short training session for colleagues in their "
    "school, observed by the School Sponsor, and write it up in the Portfolio of Practice.")
num("Working with parents is taught on Day 5 by members of the charity's Family Panel, parents of children with tics "
    "and related conditions, with the Link Tutors. Participants plan and hold a review meeting with the parents of one "
    "pupil, record it with the parents' agreement, and reflect on it in the Portfolio of Practice.")

head("WHO MAY JOIN AND HOW")
num("Candidates must hold qualified teacher status, be working in a school in England, and be the school's SENCO or "
    "be designated to become its SENCO within a year. The headteacher must nominate the candidate on the charity's "
    "nomination form and agree to name a School Sponsor and release the candidate for the eight Days.")
num("Each candidate has a half-hour admissions conversation with a Link Tutor, by telephone or in person, about his or "
    "her role, experience and current SEN responsibilities. Where the Link Tutor judges that the candidate is not yet "
    "ready to meet the outcomes within the course, the Link Tutor writes to the candidate with advice on what to do "
    "first (usually a term shadowing the SENCO or the local authority's introductory course) and telephones the "
    "headteacher. Such candidates are offered a place at the next start point.")
p = num("All participants are serving teachers, and I understand that their schools have checked their CRB enhanced "
        "disclosures when they were appointed. We do not ourselves check CRB disclosures. ")
dele(p, "We check each candidate's CRB disclosure number at interview.", author="Priya Nandra")
comment(doc, p, "Admissions could check CRB? Ask Registry before we submit.", author="Priya Nandra", initials="PN")
num("Before the first Day every participant completes the Starting Point self-audit (HMA/3), rating himself or herself "
    "against each of the Award's outcomes on a four-point scale. The Starting Point is for the participant's own "
    "reflection and is kept in the front of the Portfolio of Practice. It does not change what the participant is "
    "taught, since every participant takes the same eight Days.")
num("The University runs an assessment-only route for its MA in Inclusive Education, for experienced practitioners who "
    "can present a portfolio for the whole award. I am not aware that any such route exists for the Award, and we have "
    "not offered one.")

head("ACCESS, FLEXIBILITY AND THE COMMON ROOM")
num("The nomination form asks every candidate whether he or she has a disability or health condition for which "
    "adjustments would help, and says why we ask. The Programme Co-Leader telephones each candidate who discloses one "
    "and agrees the adjustments in writing before the first Day. Adjustments made for the 2008 pilot group included "
    "materials in large print and in electronic form, a quiet room and rest breaks, an extension of two weeks for one "
    "piece of work, and the Professional Conversation held by video link. Both venues have step-free access, a hearing "
    "loop and an accessible toilet. Several of our own staff have tics; so, every year, do some participants, and no "
    "participant is asked to suppress them.")
p = num("The Common Room is the Award's site on the University's Blackboard system. It holds the slides, readings and "
        "handbooks for every Day, a booking page for the two venues, and a discussion board for each group. The boards "
        "are run by the participants themselves, who take turns to moderate them; tutors do not post on the board. "
        "Participants email their Link Tutor with questions, and the Link Tutor replies within five working days.")
comment(doc, p, "Could we say tutors will hold weekly online 'surgeries' in the Common Room? (planned from 2009-10)",
        author="Ben Adair", initials="BA")
num("The charity pays for participants' travel to either venue, and a bursary of GBP 300 towards supply cover is "
    "available to schools in the two local authorities that have part-funded the pilot.")

head("SCHOOLS, FAMILIES AND YOUNG PEOPLE IN THE AWARD")
num("In the spring of 2007 the charity surveyed the SENCOs of 212 schools in Wexcombe, Hillshire and Bradmoor and held "
    "two focus groups with the three authorities' SEN officers. I produce a summary as HMA/4. The findings shaped the "
    "Award: SENCOs asked for more on working with health services and on exam access arrangements (now Day 7 and "
    "Enquiry 3) and for less time on the history of special education (now a reading, not a Day).")
num("The Family Panel, eight parents, read the draft module handbooks in the summer of 2008 and asked us to add the "
    "review meeting with parents (paragraph 19) as an assessed piece, which we did. The Young Ambassadors asked that "
    "participants hear from young people directly rather than from case studies, which is why they now lead part of Day 5.")
num("The Panel's secretariat asked us to answer four written questions. I quote each and then answer it.")
quoteq("Question 1: How will stakeholders be involved in evaluating the programme?")
num("Young Ambassadors and Family Panel members take part in the delivery of Day 5, as I have said. I hope that, in "
    "time, headteachers, parents and the young people themselves will help us to judge whether the Award has made a "
    "difference in schools.")
quoteq("Question 2: How will the impact on pupils' achievement be measured?")
num("Every participant completes a confidence questionnaire against the Award's outcomes at the start and at the end of "
    "the course, and the change in confidence is reported to the Programme Committee. We would like, in future, to ask "
    "participants to record baseline measures for the pupils in their Enquiries and to measure them again a term later.")
quoteq("Question 3: What placements will participants have?")
num("Until the summer of 2007 participants on the charity's former Certificate in Tic Disorders in School spent a day "
    "at Brookfield Special School, Wexcombe. The Award has no placement. Participants meet specialists instead: a "
    "paediatric neurologist from Wexcombe Children's Hospital on Day 3, an educational psychologist on Day 2, a "
    "speech and language therapist on Day 3 and a specialist teacher for autism on Day 6.")
quoteq("Question 4: How are tutors and mentors prepared for their roles?")
num("Our Link Tutors are experienced teachers and lecturers who know what is expected of them. School Sponsors receive "
    "a letter from me when their participant starts, explaining the Award.")

head("STAFF AND RESOURCES")
num("I produce marked HMA/5 a list of the teaching team with their qualifications and recent experience. Every Link "
    "Tutor has been a SENCO or a local authority SEN adviser within the last five years, and every one holds a masters "
    "degree in an education subject. Each keeps up to date through the charity's termly research seminar and the "
    "University's staff development programme.")
num("Participants have full access to the University library, its electronic journals and its Inclusive Technology "
    "Suite, where they may try assistive software, communication aids and switch access. The charity lends from its "
    "resource library of more than 900 books, DVDs and classroom materials on tics, ADHD, OCD and anxiety, and every "
    "participant receives the charity's Teachers' Toolkit.")

head("ASSESSMENT, MODERATION AND QUALITY")
num("Each module is assessed by a Portfolio of Practice (50 per cent) and a written piece. For EDU7101 the written piece "
    "is a 4,000-word analysis of provision in the participant's school (Enquiry 1 and 2). For EDU7102 it is the "
    "Enquiry Report of 6,000 words on the change led in Enquiry 4. At the end of the course each participant has a "
    "40-minute Professional Conversation with two tutors about the Portfolio of Practice, in which the participant "
    "presents a plan for his or her own development over the next two years.")
num("A participant receives the Award on passing both modules with an overall mark of at least 50 per cent, the marks "
    "for the pieces of work being combined in each module in the proportions above.")
num("I am told by Dr Nandra, and believe, that every piece of work is first-marked by the Link Tutor against the "
    "University's Level 7 criteria, that a sample of one in five, and every fail and every distinction, is second-marked "
    "by a tutor from the other partner, that the two partners hold a moderation meeting after each submission date, and "
    "that the external examiner, Professor Ruth Calloway of the University of Ardley, reviews a sample and every "
    "borderline case before the Board of Examiners meets.")
num("Each Day is evaluated by participants on the day; each module by an end-of-module questionnaire; and the course as "
    "a whole by the University's annual programme monitoring, in which the external examiner's report is considered. "
    "The charity's Education Committee of trustees reviews the evaluations each spring. The Programme Committee draws up "
    "an action plan each summer from all of these, and reports what it has changed to the next group at its first Day.")
num("At the end of the course, participants are told about the University's MA in Inclusive Education, into which "
    "the Award's 60 credits transfer.")

head("THE OUTCOMES")
num("I produce marked HMA/6 the schedule of the Award's outcomes, in our own words, with where each is taught and how "
    "it is judged. The schedule was agreed by the Programme Committee on 8 December 2008.")
num("Disability equality law is taught in the University's separate module EDU7004 \"Disability and the Law\", which is "
    "not part of this Award.")

head("STATEMENT OF TRUTH")
para(doc, "I believe that the facts stated in this witness statement are true.")
para(doc, "Signed:  H. Marsh-Adeyemi")
para(doc, "Helen Marsh-Adeyemi, Head of Education Services, Tourette Voices UK")
para(doc, "Dated: 14 January 2009")

doc.add_page_break()
para(doc, "EXHIBITS BUNDLE", bold=True, align="center", size=13)
para(doc, "Statement of Helen Marsh-Adeyemi dated 14 January 2009", italic=True, align="center")


def exhibit_band(code, title):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    cell_text(c, f"EXHIBIT {code}", bold=True, size=10)
    para(c, title, italic=True, size=10)
    shade(c, "D9D9D9")
    para(doc, "")


exhibit_band("HMA/1", "Letter from the University of Wexcombe Academic Standards Committee, 20 November 2008 (extract)")
para(doc, "\"The Committee approved the Postgraduate Certificate in SEN Coordination (60 credits at Level 7; modules "
          "EDU7101 and EDU7102) for five years from September 2009, in partnership with Tourette Voices UK, subject to "
          "the standard conditions of the University's Collaborative Provision Policy.\"")
para(doc, "")

exhibit_band("HMA/2", "The Classroom Days")
rows = [["Day", "Module", "What the Day covers", "Led by"],
        ["1", "EDU7101", "The SENCO's role; the Code of Practice; identifying pupils who may have SEN from observation, "
                         "data and teachers' concerns; setting targets and reviewing progress", "P. Nandra, H. Marsh-Adeyemi"],
        ["2", "EDU7101", "Law and policy; the local authority's arrangements; statutory assessment; how children develop "
                         "and how SEN and the classroom environment shape development; reports from an educational "
                         "psychologist", "P. Nandra, EP from Hillshire"],
        ["3", "EDU7101", "Common needs: BESD, SpLD and dyslexia, SLCN, autism, MLD, and tics with what comes with them; "
                         "using other professionals' assessments to plan teaching", "Neurologist, SLT, L. Okafor"],
        ["4", "EDU7101", "Assessment, planning and teaching approaches, including ICT; formative assessment in "
                         "the classroom; time management for SENCOs", "B. Adair"],
        ["5", "EDU7102", "Parents and young people: the Family Panel; the Young Ambassadors; relationships with pupils "
                         "and families; planning the parent review", "Family Panel, Young Ambassadors, H. Marsh-Adeyemi"],
        ["6", "EDU7102", "Provision mapping; deploying and managing teaching assistants; coaching and observation; "
                         "research on effective SEN practice", "L. Okafor, autism specialist teacher"],
        ["7", "EDU7102", "Working with other services and voluntary organisations; exam access arrangements; the "
                         "whole-school picture: ethos, policy, governors and resources", "B. Adair, P. Nandra"],
        ["8", "EDU7102", "Leading and evaluating change; reviewing provision with staff; presenting the Enquiry", "All tutors"]]
table(doc, rows, widths=[1.2, 2.0, 10.0, 3.5], header_fill="BFBFBF")
para(doc, "")

exhibit_band("HMA/3", "Starting Point self-audit (first page)")
para(doc, "For each outcome, circle the statement that fits you best: 1 = new to this; 2 = some experience; 3 = confident; "
          "4 = could teach others. Keep this page in the front of your Portfolio of Practice.", italic=True)
table(doc, [["Outcome (our words)", "1", "2", "3", "4"],
            ["I build fair and trusting relationships with pupils and families", "", "", "", ""],
            ["I can win the head's and colleagues' support for change", "", "", "", ""],
            ["I know the Code of Practice and what it asks of my school", "", "", "", ""]],
      widths=[10, 1.2, 1.2, 1.2, 1.2], header_fill="BFBFBF")
para(doc, "")

exhibit_band("HMA/4", "Survey of SENCOs and local authority SEN officers, spring 2007 (summary)")
table(doc, [["What SENCOs asked for", "Schools (of 212)", "What we did"],
            ["Working with health services (CAMHS, paediatrics)", "141", "Day 7; neurologist on Day 3"],
            ["Exam and test access arrangements", "118", "Enquiry 3; Day 7"],
            ["Managing teaching assistants", "109", "Day 6"],
            ["Less on the history of special education", "77", "Reading only"]],
      widths=[8, 3, 5.5], header_fill="BFBFBF")
para(doc, "")

exhibit_band("HMA/5", "The teaching team")
table(doc, [["Name", "Role", "Qualifications and recent experience"],
            ["Dr Priya Nandra", "Programme Leader (University)", "PhD (inclusive education); former SENCO; 12 years "
                                                                   "teaching masters modules"],
            ["Helen Marsh-Adeyemi", "Programme Co-Leader (charity)", "MA Special and Inclusive Education; SENCO 1997-2003"],
            ["Lola Okafor", "Link Tutor", "MEd; local authority SEN adviser to 2008; NASENCO mentor"],
            ["Ben Adair", "Link Tutor", "MA; SENCO of a Hillshire secondary school until 2007"]],
      widths=[4, 4.5, 8], header_fill="BFBFBF")
para(doc, "")

exhibit_band("HMA/6", "Schedule of the Award's outcomes (agreed by the Programme Committee, 8 December 2008)")
para(doc, "Key: PP = Portfolio of Practice; WP = written piece of the module; ER = Enquiry Report; PC = Professional "
          "Conversation. \"Not assessed\" means the outcome is worked on but no piece of work is judged against it.",
     size=10)
sched = [
    ["What the SENCO can do (our words)", "Where it is taught", "How it is judged"],
    ["ATTRIBUTES", None, None],
    ["Builds fair, respectful and trusting relationships with pupils with SEN and their families", "Day 5", "PP (parent review)"],
    ["Wins the commitment of the headteacher, senior leaders and colleagues to better outcomes", "Day 7; Enquiry 4", "ER"],
    ["Plans the SENCO's own time, sets priorities and delegates sensibly", "Day 4", "Not assessed"],
    ["Sees problems coming, weighs the options and makes sound decisions about provision", "Days 6, 8; Enquiry 2", "WP (EDU7101)"],
    ["Speaks and writes clearly; listens to and understands other people's views", "All Days", "PP; PC"],
    ["Uses research and outside advice to improve own and colleagues' practice", "Days 1-8 (reading responses)", "PP; ER"],
    ["Keeps up to date and takes charge of own professional development", "Not taught", "PC (development plan)"],
    ["KNOWLEDGE AND UNDERSTANDING", None, None],
    ["SEN law and guidance, the Code of Practice and what they mean for the school", "Days 1-2", "PP (governors' briefing); WP"],
    ["Every Child Matters: its five outcomes and the SENCO's part in them", "Day 1", "WP; ER"],
    ["How children develop, and how SEN, disability and the environment affect development", "Day 2", "WP (EDU7101)"],
    ["The common kinds of SEN and disability and how they affect learning", "Day 3", "WP (EDU7101)"],
    ["Approaches and resources for assessment, planning and teaching, including ICT, judged critically", "Day 4", "WP; PP"],
    ["School self-evaluation and improvement for pupils with SEN", "Participants read their school's SEF", "Not assessed"],
    ["What research says works for pupils with SEN", "Day 6", "ER"],
    ["What outside agencies do and how to get their help", "Day 7", "PP (agency log)"],
    ["SKILLS", None, None],
    ["Shapes, with senior staff and governors, an inclusive ethos, policies and use of resources", "Day 7", "ER"],
    ["Identifies pupils who may have SEN, sets challenging targets, plans and reviews interventions", "Day 1; Enquiry 2", "WP (EDU7101)"],
    ["Uses other professionals' assessments to shape teaching", "Day 3", "WP (EDU7101)"],
    ["Helps teachers develop formative assessment for pupils with SEN", "Discussed on Day 4", "Not assessed"],
    ["Arranges access arrangements for tests and examinations in good time", "Day 7; Enquiry 3", "PP (Enquiry 3 record)"],
    ["Uses provision mapping to plan and to find weak or missing provision", "Day 6; Enquiry 1", "WP (EDU7101)"],
    ["Deploys and manages teaching assistants and other staff well", "Day 6", "PP"],
    ["Develops colleagues by observing, coaching, modelling and training", "Days 6-7", "PP (observed training session)"],
    ["Reviews provision with colleagues to feed the school's self-evaluation", "Day 8; Enquiry 2", "WP; ER"],
    ["Makes sure pupils take part in planning and reviewing their own provision", "Day 5", "Not assessed"],
    ["Works with parents and carers to support their child's learning", "Day 5", "PP (parent review)"],
    ["Works with other services and voluntary organisations", "Day 7", "PP (agency log)"],
]
t = table(doc, sched, widths=[9.0, 4.0, 3.7], header_fill="BFBFBF", size=9)
for i, r in enumerate(sched):
    if r[1] is None:
        merge_row(t, i, r[0], fill="E7E6E6", size=9)
para(doc, "")

exhibit_band("HMA/7", "Award regulation (extract from the programme specification)")
para(doc, "\"7.2 To be awarded the Postgraduate Certificate a candidate must pass EDU7101 and EDU7102 and attain an "
          "overall mark of not less than 50 per cent. Within each module the marks for the components are aggregated.\"")

fn.save_part()
doc.save(OUT)
print("wrote", OUT)
