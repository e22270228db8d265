"""ln-01-brantwell-shoeing-record: build script.

Provider (invented): Brantwell College of Farriery and Equine Skills (Department of
Teacher Education), with the University of Mardon (validating body) and Coldharbour
County Council's SEN and Inclusion Service. 2008-09 application to run the National
Award for SEN Coordination.

Document kind and layout: the course written on the college forge's own form FR-3,
"Farriery Prescription and Shoeing Record", the record a farrier keeps for one horse.
The course is the "patient"; study days are "Visits"; the four units are the four
"Feet" (Near Fore, Off Fore, Near Hind, Off Hind); tutors are "Farriers", school-based
mentors "Journeymen", the university's moderators "the Vet"; school-based tasks are
"Home Forge Tasks", marked assignments "Test Pieces" (TP1-TP4), the outcome map the
"Hoof Chart". No heading styles: titles are bold capitalised Normal paragraphs,
numbered by hand ("Part 3 -"); some shaded. A patient-details table with merged
cells and grey form prompts left in ("[Passport no.]"); a glossary table of Forge
Terms that defines the Hoof Chart's values ("Shod", "Trimmed only", "Cold-fitted",
"Left unshod") far above the chart; a Shoeing Intervals table with merged cells; a
Hoof Chart of 29 rows in the college's own words with shaded merged group rows;
hand-numbered Farrier's Notes; a sign-off table and a text box ("Vet's
endorsement"). Header and footer. Tracked changes (a whole deleted paragraph, a whole
inserted paragraph, an inserted and a deleted phrase). One Word comment.

Traps (requirement ids):
- Footer claims "Every foot shod to standard: all national outcomes covered and
  assessed" and "CRB cleared": footers are never evidence (6.0, 5.3, 6.S2d, 6.S7).
- E.1 and E.2: stated in the patient-details table and in the text box (met).
- 1.1: the "Prescription" states the Award's aim as pupils' progress in reading,
  writing and mathematics only; Every Child Matters appears as content (6.K2) but not
  in aims or assessment focus (partially_met).
- 1.5 and 6.S7: consulting pupils is "not part of the Award"; the county's
  Participation Team runs its own day (another body's arrangement); the Hoof Chart row
  reads "Left unshod"; a Word comment suggests counting the Participation Team day
  (comment, not evidence) (not_met both).
- 1.9: several outcomes are "Trimmed only" (developed, not marked), so assessment
  does not cover all outcomes (partially_met).
- 2.2: the pre-course "Trot-up" self-audit against the outcomes is read by the
  Farrier but no individual plan or personalised outcomes follow (partially_met).
- 2.3: the assessment-only route ("Shoeing Certificate by Examination") exists only
  in a whole deleted paragraph (not_met).
- 2.5: participants are only given the leaflet for the MA (partially_met).
- 1.6, 1.7: work with colleagues and parents developed and assessed (Note 4) (met).
- 3.2 and 3.3: two start points and blended delivery (3.2 met); Brantwell Online
  gives tutor forums but "there is no peer forum" and no contact between Visits is
  arranged beyond the forum (3.3 partially_met).
- 4.3: stakeholders take part in delivery (Journeymen, county specialists who lead
  parts of Visits, Larchfield School) but in evaluation they only "will be invited to
  take part in evaluation in due course" (a vague intention) (partially_met).
- 5.3: CRB verification exists only in a whole inserted paragraph (met); the footer's
  "CRB cleared" is not evidence.
- 5.4: the course leader and one tutor are described; "two further Farriers" are a
  "[TBC]" placeholder; the college's Dip WCF farriery lecturers are right words about
  the wrong staff (partially_met).
- 5.7: Journeymen get the Journeyman's Notes but tutors and Journeymen have no
  briefing or training (partially_met).
- 5.9: participants' confidence measured before and after; pupils' achievement
  explicitly not measured (partially_met).
- 6.0: the award rule is "a pass in each of the four Test Pieces", not tied to all the
  outcomes while some are not marked (partially_met).
- Hoof Chart: "Trimmed only" rows 6.A3, 6.A7, 6.S2b, 6.S4, 6.S9 (partially_met);
  "Cold-fitted" row 6.K3 (marked, never worked on) (partially_met); "Left unshod"
  rows 6.S2d and 6.S7 (not_met). A tracked change in the chart's note moves nothing.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ln_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "ln-01-brantwell-shoeing-record"
AUTH = "R. Thwaite"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)
header_footer(doc, "Brantwell College of Farriery and Equine Skills  |  Forge Office  |  Form FR-3 (rev. 2008)",
              "Every foot shod to standard: all national outcomes covered and assessed. CRB cleared. Page ")

bold_title(doc, "FARRIERY PRESCRIPTION AND SHOEING RECORD (FORM FR-3)", 16)
p = doc.add_paragraph("Brantwell College of Farriery and Equine Skills, Teaching Forge, Mill Lane, Brantwell")
p = doc.add_paragraph(
    "Note to the TDA panel. The College keeps one FR-3 for every horse that comes through the Teaching Forge: "
    "who owns it, why it was referred, what the farrier found, what was prescribed, when it is next due and what "
    "was done at each visit. Our Department of Teacher Education has used the same form to set out our programme "
    "for the National Award for SEN Coordination, because it is the form our tutors, our partner school leaders and "
    "the county's SENCOs have been using with us since the pilot year. The Forge Terms in Part 2 say what each of "
    "our words means on this form. Everything on the form describes the programme as we will run it from September 2009.")
shade_par(p, "EDEDED")

bold_title(doc, "PART 1 - PATIENT DETAILS", 12, "D9E2F3")
t = table(doc, [
    ["Field", "Entry"],
    ["Patient", "The Brantwell National Award for SEN Coordination (\"the Award\")"],
    ["Owner", "Brantwell College of Farriery and Equine Skills, Department of Teacher Education"],
    ["Referring vet", "University of Mardon, School of Education. The University validates the Award as its "
                      "Postgraduate Certificate in SEN Coordination and awards the credit."],
    ["Yard", "Coldharbour County Council, SEN and Inclusion Service (partner)"],
    ["Breed / type", "Postgraduate Certificate: 60 credits at Master's level (Level 7), in four Feet of 15 credits each"],
    ["Foaled", "Pilot group 2007-08 (not accredited). First accredited intake September 2009; second intake January 2010"],
    ["Passport no.", "[Passport no.]"],
    ["Colour and markings", "[Describe colour and markings]"],
], widths=[4, 12])
# merged title row above the table body
r0 = t.rows[0].cells
m = r0[0].merge(r0[1])
m.text = "PATIENT DETAILS (complete every field)"
shade(m, "D9D9D9")
prompt(doc, "Guidance: give the owner's full name and address. If the horse is on loan, give the keeper's details as well.")

bold_title(doc, "PART 2 - FORGE TERMS", 12, "D9E2F3")
doc.add_paragraph("The words below are used throughout this record. Where a word has a special meaning on the "
                  "Hoof Chart (Part 7) it is given here and not repeated there.")
table(doc, [
    ["Forge term", "What it means on this record"],
    ["Horse", "The Award, taken as a whole."],
    ["Owner", "The College, which runs the Award and answers for it."],
    ["Farrier", "A course tutor. Every participant has one named Farrier for the whole year."],
    ["Journeyman", "The participant's school-based mentor: a senior leader in the participant's own school, "
                   "named by the headteacher on the application."],
    ["The Vet", "The University of Mardon's moderators and its external examiner for the Award."],
    ["Visit", "A study day, 9.30 to 3.30, at the Teaching Forge in Brantwell or at the county's Hallam Centre."],
    ["Foot", "One of the four units of the Award: Near Fore, Off Fore, Near Hind and Off Hind."],
    ["Home Forge Task", "A practical task the participant carries out in his or her own school between Visits, "
                        "agreed with the Journeyman and written up in the Forge Book."],
    ["Forge Book", "The participant's reflective log, kept through the year and read by the Farrier at each Visit."],
    ["Test Piece", "A marked assignment. There are four, TP1 to TP4, one for each Foot, each double marked."],
    ["Trot-up", "The self-audit every participant completes before Visit 1."],
    ["Hoof Chart", "The chart in Part 7 showing, for each national outcome, where it is worked on and where it is marked."],
    ["Shod", "On the Hoof Chart: worked on at a Visit or in a Home Forge Task, and marked in the Test Piece named."],
    ["Trimmed only", "On the Hoof Chart: worked on at a Visit or in a Home Forge Task, but not marked in any Test Piece."],
    ["Cold-fitted", "On the Hoof Chart: marked in the Test Piece named, but not worked on at any Visit or Home Forge Task."],
    ["Left unshod", "On the Hoof Chart: not part of the Award."],
], widths=[4, 12])

bold_title(doc, "PART 3 - REFERRAL HISTORY", 12, "D9E2F3")
doc.add_paragraph(
    "Why the horse came to us. In the summer term of 2007 Coldharbour's SEN and Inclusion Service and the College "
    "sent a questionnaire to every SENCO and headteacher in Coldharbour, Wendling and the Mardon city schools. 141 "
    "SENCOs and 63 headteachers replied. Three needs came out most strongly: SENCOs new to the role wanted help "
    "with leading other adults, especially teaching assistants; they wanted to use their schools' tracking data "
    "with confidence; and headteachers wanted SENCOs who could talk to governors about provision and money. "
    "Two thirds of SENCOs said they could not be released for more than one day in any half term.")
doc.add_paragraph(
    "What we changed. The pilot group of 2007-08 (fourteen SENCOs, not accredited) was built from those replies, "
    "and the pilot group and their headteachers changed it again. Because of the release figure, Visits are no "
    "more than one in any half term and the rest of the work is done in school. Because headteachers asked for it, "
    "the Off Fore now ends with a presentation to governors, and the county's Head of SEN and Inclusion rewrote "
    "the Off Fore's provision-mapping Visit with us after the pilot SENCOs said it was too theoretical. The special "
    "school heads of the Coldharbour Special Schools Partnership asked us to add a Visit held in a special school; "
    "Visit 5 is now held at Larchfield School.")
prompt(doc, "Guidance: note any previous lameness, treatments and the previous farrier's name.")

bold_title(doc, "PART 4 - EXAMINATION AT REFERRAL", 12, "D9E2F3")
doc.add_paragraph("Who may come onto the Award, and how each participant is examined before the first Visit.")
doc.add_paragraph(
    "4(a) Entry. Applicants must hold Qualified Teacher Status, be in post as SENCO or named by their headteacher "
    "to become SENCO within the year, and have the headteacher's signed support, which includes release for the "
    "eight Visits and the naming of a Journeyman. The course leader reads every application and holds a "
    "thirty-minute conversation with each applicant. An applicant who does not yet have enough knowledge of SEN "
    "practice to meet the outcomes by the end of the year is told in writing what to do first (usually the "
    "county's two-day 'New to SEN' course and a term shadowing the current SENCO), and the course leader rings "
    "the headteacher to agree it; the applicant may then apply for the next intake.")
tracked_par(doc,
    "4(b) Checks. Before a place is confirmed, the College asks the headteacher to confirm in writing, from the "
    "school's single central record, the date and number of the applicant's enhanced CRB disclosure, and that the "
    "school has taken up references and found no bar to working with children. An applicant who is not employed "
    "in a school, or who has not worked with children in the last three months, must obtain a new enhanced CRB "
    "disclosure through the College before the first Visit. The course administrator records every check and "
    "no place is confirmed without it.", "ins", AUTH, "2008-11-24T09:12:00Z")
doc.add_paragraph(
    "4(c) Credit for earlier study and experience. Participants who already hold Level 7 credit in SEN from the "
    "University of Mardon or another university, gained in the last five years, may have up to 30 credits "
    "accredited against the Near Fore and Near Hind by the University's APL procedure. Experienced SENCOs may "
    "claim credit for the Near Fore through a portfolio of evidence from their practice, mapped against the Near "
    "Fore outcomes, which the Farrier and a University assessor judge; the claim is made before Visit 1 and costs "
    "£120.")
tracked_par(doc,
    "4(d) Shoeing Certificate by Examination. A SENCO who already meets all the outcomes may ask to be examined "
    "without attending: he or she submits the four Test Pieces and a portfolio and attends a viva with two "
    "Farriers and the Vet. The fee is £450.", "del", AUTH, "2008-11-24T09:15:00Z")
doc.add_paragraph(
    "4(e) Trot-up. Before Visit 1 every participant completes the Trot-up, a self-audit against each line of the "
    "Hoof Chart on a four-point scale, with a short example of practice for each line. The Farrier reads the "
    "Trot-up before the first Visit and keeps it on file.")
doc.add_paragraph(
    "4(f) Access. The application form asks every applicant whether they have a disability or a need we should "
    "plan for, and says why we ask and who sees the answer. The course leader follows up every disclosure before "
    "Visit 1 and agrees adjustments in writing: Visits are in ground-floor rooms with level access and a hearing "
    "loop; papers are sent in advance and in large print or electronic copy on request; participants with "
    "dyslexia or other disabilities may have extra time for Test Pieces, a reader or scribe, or the viva in place "
    "of part of a written piece. The Forge is a working forge, and visits to the working floor are optional and "
    "nothing assessed depends on them. Our recruitment leaflet carries the same statement and is available in "
    "audio and large print.")

bold_title(doc, "PART 5 - PRESCRIPTION", 12, "D9E2F3")
doc.add_paragraph(
    "Aim of the prescription. The Award aims to raise the attainment of pupils with SEN and/or disabilities in "
    "reading, writing and mathematics, by making their SENCOs confident and effective leaders of provision in "
    "their schools. Each Foot's aims and each Test Piece ask the participant to show how his or her work has "
    "moved pupils' attainment on. The Award is built round practice: every Foot has Home Forge Tasks carried "
    "out in the participant's own school, tied to named outcomes on the Hoof Chart, and the Off Hind is a "
    "change project the participant leads in school over two terms and reports on.")
doc.add_paragraph(
    "Farrier's hour. Each Visit ends with a Farrier's hour, in which the participant's Farrier meets his or her "
    "group of five. Home Forge Tasks are set for the participant's own school and pupils, and in the Off Hind "
    "each participant chooses the focus of the change project with the Journeyman, so that the work is the "
    "school's priority as well as the participant's. The fee is £1,150, met from the TDA's funding for the "
    "Award, and is about half what the pilot cost, because the Visits are shared with the county's SEN "
    "Inclusion Development Programme sessions where the content is the same.")

bold_title(doc, "PART 6 - SHOEING INTERVALS", 12, "D9E2F3")
doc.add_paragraph("Visits for the September 2009 intake. The January intake follows the same pattern, starting with "
                  "the Near Hind and taking the Near Fore in the summer term; the Off Hind is always last.")
rows = [
    ["Foot", "Visit", "Date", "At the Visit", "Home Forge Task before the next Visit"],
    ["Near Fore", "1", "24 Sep 2009", "The law and the Code: the SEN Code of Practice 2001, the SEN and Disability "
     "Act 2001, the Education (SENCO) Regulations 2008, the Children Act 2004; what they mean for the SENCO", "Audit your school's SEN policy against the Code"],
    [None, "2", "12 Nov 2009", "Who are our pupils? Child development; the common types of SEN (BESD, SpLD "
     "including dyslexia, SLCN, ASD, MLD) and what they do to learning; the Bercow Report (2008)", "Observe one pupil in three lessons; meet the parents"],
    ["Off Fore", "3", "14 Jan 2010", "Every Child Matters and the SENCO; provision mapping with the county's "
     "Head of SEN and Inclusion; finding what is missing", "Draft your school's provision map"],
    [None, "4", "4 Mar 2010", "Money, policy and governors; the inclusive school; Ofsted's 2006 report "
     "'Inclusion: does it matter where pupils are taught?'", "Present the provision map to the governors' committee"],
    ["Near Hind", "5", "29 Apr 2010", "At Larchfield School: working with other adults; teaching assistants; "
     "coaching and observing colleagues", "Coach one colleague through a cycle of three observations"],
    [None, "6", "17 Jun 2010", "The multi-agency panel: educational psychology, speech and language therapy, "
     "CAMHS and the voluntary sector", "Hold a planning meeting with one outside agency"],
    ["Off Hind", "7", "23 Sep 2010", "Leading change: research, evidence and evaluation; keeping up to date; school self-evaluation and SEN", "Run the change project"],
    [None, "8", "2 Dec 2010", "Viva day", "-"],
]
t = table(doc, rows, widths=[2.2, 1.2, 2.4, 6.5, 4.5])
for a, b in ((1, 2), (3, 4), (5, 6), (7, 8)):
    c = t.cell(a, 0).merge(t.cell(b, 0))
    shade(c, "F2F2F2")

bold_title(doc, "PART 6 (CONTINUED) - THE FOUR FEET", 12, "D9E2F3")
bold_title(doc, "Near Fore: The Law, the Code and the Child", 11)
doc.add_paragraph(
    "The Near Fore gives the participant the legal and developmental ground the rest of the Award stands on. At "
    "Visit 1 participants work through the SEN Code of Practice, its graduated approach and the statutory "
    "assessment process, the SEN and Disability Act 2001 and the Education (SENCO) Regulations 2008, and work out "
    "what each means for their school, their head and themselves. At Visit 2 they study how children develop and "
    "how development is affected by SEN and disability and by the physical and social environment, and the most "
    "common types of SEN, with a speech and language therapist and a specialist teacher from the county's "
    "Learning Support Service. The Home Forge Tasks take them into their own school's policy and into one pupil's "
    "day, including a meeting with the pupil's parents in which the participant practises listening, explaining "
    "and agreeing next steps.")
doc.add_paragraph(
    "TP1 (3,000 words): a case study of one pupil, using the assessments of the professionals who know the pupil "
    "to plan the pupil's teaching, with targets, an intervention and a review of progress, and an account of "
    "the work with the parents. Marked against the outcomes named for TP1 on the Hoof Chart.")
bold_title(doc, "Off Fore: Provision, Policy and Governors", 11)
doc.add_paragraph(
    "The Off Fore turns from the child to the school. Participants study Every Child Matters and what the SENCO "
    "does towards each of its five outcomes; approaches, strategies and resources for assessment, planning and "
    "teaching, including ICT and assistive technology, and how to choose between them; and provision mapping as "
    "a tool for planning provision and for finding what is ineffective or missing. At Visit 4 they look at how "
    "SEN money is spent, how the SEN policy is made and how the SENCO works with the head and governors on the "
    "school's priorities. The Home Forge Task is a presentation of the participant's provision map to a "
    "governors' committee, with the head present.")
doc.add_paragraph(
    "TP2 (4,000 words): a critical review of the participant's school's provision map and SEN policy, with "
    "recommendations, and the governors' presentation with the Journeyman's written account of it. TP2 also "
    "asks each participant to explain the school's duties under the Disability Discrimination Act 1995 and 2005 "
    "and the disability equality scheme, and what they require of the school.")
bold_title(doc, "Near Hind: Working with Colleagues and Agencies", 11)
doc.add_paragraph(
    "The Near Hind is about the adults round the child. At Visit 5, held at Larchfield School, participants "
    "observe teaching assistants working in the school's classes and learn how the special school deploys and "
    "manages its support staff; they then practise observing a lesson, giving feedback, modelling and coaching. "
    "They learn how to plan and lead a short training session for colleagues, and how to help class teachers "
    "build formative assessment that works for pupils with SEN. At Visit 6 they meet the multi-agency panel and "
    "learn the scope of each service, how to refer, and how to get specialist support and resources. They also "
    "learn how to win the commitment of colleagues and of the senior team.")
doc.add_paragraph(
    "TP3: a coaching log of three observation cycles with one colleague, with the colleague's own account, and a "
    "recorded 20-minute training session the participant leads for staff, with a written reflection (2,500 words "
    "in all).")
bold_title(doc, "Off Hind: Leading Change", 11)
doc.add_paragraph(
    "The Off Hind is the change project. At Visit 7 participants study how to read research and inspection "
    "evidence, including the Inclusion Development Programme materials and the EPPE findings on pupils with SEN, "
    "and how school self-evaluation works and how the SENCO feeds the effectiveness of provision into it. Each "
    "participant then leads, over two terms, a change in provision in his or her school, agreed with the head, "
    "reviews its effect with colleagues, and reports. Visit 8 is the viva day.")
doc.add_paragraph(
    "TP4 (5,000 words and a 20-minute viva): the change project report. The participant must show the decisions "
    "he or she made and why, the problems met and how they were solved, the research and outside advice used, "
    "how the change was reviewed with staff and fed into the school's self-evaluation, with "
    "the evidence for each claim. The viva tests how clearly the participant explains and defends the project.")

bold_title(doc, "PART 7 - HOOF CHART", 12, "D9E2F3")
doc.add_paragraph("Every national outcome, in our words, with where it is worked on and where it is marked. "
                  "The values in the last column are defined in Part 2.")
chart = [
    ["Outcome (in our words)", "Worked on at", "Marked in", "Chart"],
    ["ATTRIBUTES", None, None, None],
    ["Builds fair, respectful and constructive relationships with pupils with SEN and their families", "Visit 2; HFT 2", "TP1", "Shod"],
    ["Wins the commitment of colleagues and of the head and senior team", "Visit 5; Visit 4", "TP3", "Shod"],
    ["Plans own time, sets priorities and hands on tasks to others, checking they are done", "Visit 5", "-", "Trimmed only"],
    ["Sees problems coming, solves them and makes sound decisions about provision", "Visit 7; Off Hind project", "TP4", "Shod"],
    ["Speaks and writes clearly; listens to and understands others' views", "All Visits", "TP4 (viva); TP3", "Shod"],
    ["Uses research and outside advice to improve own and colleagues' practice", "Visit 7", "TP4", "Shod"],
    ["Keeps up to date with developments and takes charge of own further learning in SEN", "Visit 7", "-", "Trimmed only"],
    ["KNOWLEDGE", None, None, None],
    ["The SEN law and the Code of Practice, what they mean for the school and how to carry them out", "Visit 1; HFT 1", "TP1; TP2", "Shod"],
    ["Every Child Matters: its five outcomes and the SENCO's part", "Visit 3", "TP2", "Shod"],
    ["Disability equality law and what it requires of the school", "-", "TP2", "Cold-fitted"],
    ["How children develop, and how SEN, disability and surroundings affect it", "Visit 2", "TP1", "Shod"],
    ["The common types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "Visit 2", "TP1", "Shod"],
    ["Approaches, strategies and resources for assessment and teaching, including ICT", "Visit 3", "TP2", "Shod"],
    ["School self-evaluation and improvement for pupils with SEN", "Visit 7", "TP4", "Shod"],
    ["Best practice and research in meeting SEN", "Visit 7", "TP4", "Shod"],
    ["What outside agencies do and how to get their help", "Visit 6; HFT 6", "TP3", "Shod"],
    ["SKILLS", None, None, None],
    ["With the head and governors, shapes an inclusive ethos, policy, priorities and spending", "Visit 4; HFT 4", "TP2", "Shod"],
    ["Finds pupils who may have SEN, sets targets, plans interventions and reviews progress", "Visit 2; HFT 2", "TP1", "Shod"],
    ["Uses other professionals' assessments to plan teaching", "Visit 2", "TP1", "Shod"],
    ["Uses summative results and national tests to track progress and change programmes", "Visit 3", "-", "Trimmed only"],
    ["Helps teachers build formative assessment that works for pupils with SEN", "Visit 5", "TP3", "Shod"],
    ["Arranges in good time access arrangements for tests and examinations", "-", "-", "Left unshod"],
    ["Uses provision mapping and finds ineffective or missing provision", "Visit 3; HFT 3", "TP2", "Shod"],
    ["Deploys and manages support staff", "Visit 5", "-", "Trimmed only"],
    ["Develops colleagues: observes and gives feedback, models, coaches, trains", "Visit 5; HFT 5", "TP3", "Shod"],
    ["Reviews the effect of provision with staff to feed self-evaluation", "Visit 7; Off Hind project", "TP4", "Shod"],
    ["Involves pupils in planning and reviewing their own provision", "-", "-", "Left unshod"],
    ["Works with parents and carers", "Visit 2; HFT 2", "TP1", "Shod"],
    ["Works with other services and voluntary organisations", "Visit 6; HFT 6", "-", "Trimmed only"],
]
t = table(doc, chart, widths=[8, 3.5, 2.5, 2.5])
for i, row in enumerate(chart):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        shade(c, "BFBFBF")
# Word comment on the pupil-involvement row
target = t.cell(30, 3).paragraphs[0].runs[0]
doc.add_comment(target, text="Could we count the Participation Team's Hear My Voice day here? It would make this row Shod. JH",
                author="J. Hallam", initials="JH")
mixed(doc, [("t", "Note to the chart. A participant whose school has no national tests (for example a nursery "
             "school) "), ("del", "is excused the row on summative results "),
            ("ins", "does the row on summative results with the school's own tracking data "),
            ("t", "and the Farrier records this in the Forge Book.")], AUTH, "2008-11-24T09:30:00Z")

bold_title(doc, "PART 8 - FARRIER'S NOTES", 12, "D9E2F3")
notes = [
    "Note 1. Ways through. There are two start points, September and January. The Feet may be taken in either "
    "order within each half of the year, and the Off Hind is always last. The Award is part time over fifteen "
    "months. Visits are face to face; the reading, the Forge Book and the forums are on Brantwell Online, the "
    "College's Moodle site, so the Award is blended.",
    "Note 2. Brantwell Online. Each Foot has a Moodle page with the Visit materials, the reading, and a forum "
    "where the participant's Farrier answers questions within three working days. There is no peer forum, and "
    "no contact between Visits is arranged beyond the Farrier's forum.",
    "Note 3. Consulting pupils. Consulting pupils directly is not part of the Award: the county's Participation "
    "Team runs its own 'Hear My Voice' day for schools, and participants who want it book through the county.",
    "Note 4. Parents and colleagues. Work with parents runs through the Near Fore: participants learn at Visit 2 "
    "how to advise and support parents and carers, how to run a review meeting with them as partners and how to "
    "involve Parent Partnership, and the HFT 2 meeting with one pupil's parents is written up in TP1. Work with "
    "colleagues in school and beyond it runs through the Near Hind and is assessed in TP3: advising class teachers, "
    "supporting teaching assistants, and working with SENCOs in other schools through the cluster networks.",
    "Note 5. Farriers. The course leader, Mrs Ruth Thwaite, was SENCO of two Coldharbour primary schools for "
    "eleven years, holds an MA in Special and Inclusive Education (Mardon, 2004) and is a county moderator for "
    "the SEN audit. Mr Imran Dar, a specialist teacher with the county's Learning Support Service, holds the "
    "OCR Level 7 Diploma in Specific Learning Difficulties and teaches the Near Fore. Two further Farriers will be "
    "appointed from the county's SEN support services [TBC]. The College's farriery lecturers all hold the "
    "Diploma of the Worshipful Company of Farriers and are registered with the Farriers Registration Council.",
    "Note 6. Specialist expertise and placements. The Award draws on the county's educational psychologists, "
    "speech and language therapists, the Learning Support Service, CAMHS and the Coldharbour Autism Outreach "
    "Team, who each lead part of a Visit. Every participant spends a day in a school unlike his or her own, "
    "arranged by the county: a special school, a resourced base or a pupil referral unit. The Larchfield Visit "
    "gives every participant a morning in a special school.",
    "Note 7. Resources. Participants have the University of Mardon's library and e-journals, the College's "
    "teacher-education resource room with assessment materials and SEN software, an assistive technology suite "
    "at the Hallam Centre, and Brantwell Online.",
    "Note 8. Journeymen. Each Journeyman receives the Journeyman's Notes, eight pages setting out what the "
    "Journeyman does at each Home Forge Task and what to write for TP2.",
    "Note 9. Marking. Every Test Piece is marked by the participant's Farrier and second marked by another "
    "Farrier; all fails and borderlines, and one in five of the rest, are moderated by the University. The Vet "
    "(the external examiner) sees a sample of every Test Piece and attends the viva day. The Farriers meet before "
    "each marking period to agree the marks on two anonymised pieces.",
    "Note 10. Evaluation. Each Visit is evaluated on paper by the participants and the Farriers meet after each "
    "Visit to act on the results. The University's annual monitoring report, the external examiner's report "
    "and the participants' evaluations are brought together each July by the Award board, "
    "which the course leader chairs, and the changes agreed are reported back to the next group at Visit 1.",
    "Note 11. Impact. Participants rate their confidence against every line of the Hoof Chart in the Trot-up and "
    "again at Visit 8, and the Farrier sets the two ratings beside the Test Piece marks in the Award board's "
    "report. We do not ask participants to collect pupil data, because schools already do this.",
    "Note 12. Stakeholders in evaluation. Headteachers and the county will be invited to take part in "
    "evaluation in due course.",
    "Note 13. The award. The College recommends a participant to the University for the Award on a pass in each "
    "of the four Test Pieces.",
    "Note 14. After the Award. At Visit 8 participants are given the leaflet for the University's MA in "
    "Inclusive Education.",
]
for n in notes:
    doc.add_paragraph(n)

bold_title(doc, "PART 9 - SIGN-OFF", 12, "D9E2F3")
t = table(doc, [
    ["Signed (Owner)", "Name", "Date"],
    ["", "Dr Alan Birkett, Principal", "28 November 2008"],
    ["", "Ruth Thwaite, Course Leader", "28 November 2008"],
], widths=[5, 7, 4])
prompt(doc, "Next shoeing due: [date]")
text_box(doc, [
    "**VET'S ENDORSEMENT",
    "The University of Mardon's School of Education has approved the Award in principle as its Postgraduate "
    "Certificate in SEN Coordination (60 credits at Level 7). Validation is by the University's usual procedure; "
    "the validation event is on 10 February 2009. The University is the awarding body and appoints the external "
    "examiner.",
    "Professor Helen Garside, Dean of Education",
], height="120pt")
doc.add_paragraph("")

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, count_words(doc), "words")
