"""mn-01-larkmoor-lookbook: build script.

Provider (invented): the Larkmoor School of Millinery, Bath, a hat-making school (blocking, straw work,
felt, sinamay), applying with the University of Avonmere to run the National Award for SEN Coordination
in 2008-09.

Document kind and layout: the course presented as a fashion house's seasonal LOOKBOOK ("The SENCO
Collection, Autumn/Winter 2008-09"). No criterion headings. A cover, a note from the Head of Atelier, a
"How to read this lookbook" page whose numbered key defines the Status values used much further down
("Finished and shown", "Toile only", "Shown, not blocked", "Not in this collection"), a press note in a
text box, ten Looks (each a Block Day, with run-in labels "Block:", "Materials:", "Workroom:",
"Styled by:"), a table of Pieces (assessed work) with merged cells, the Trims list (the outcome table,
codes first, in the school's own words), "Fittings and alterations" (admission), "Behind the seams"
(quality), Credits. Heading styles for the big sections only. Header and footer. One footnote, Word
comments, a deleted paragraph and an inserted paragraph (tracked changes).

Traps (requirement ids):
- Aim is achievement only; well-being/ECM appear only as content (1.1 partially_met).
- Pupil interviews were a Look "in our 2006 collection", not this season (past arrangement) (1.5, 6.S7
  not_met); 6.S7's Trims row says "Not in this collection".
- Not all outcomes are assessed (1.9 partially_met).
- Another provider's APEL (the Luton Hat Guild); Larkmoor only "takes account" of prior courses at the
  Head Fitting, no accreditation (2.1 partially_met).
- The assessment-only "Ready-to-wear route" exists only in a deleted paragraph (2.3 not_met).
- "What comes next" talk at the final fitting with no professional targets (2.5 partially_met).
- One start, Saturdays only; a January start only "if numbers allow" (condition) (3.2 partially_met).
- "There is no online element this season" (3.3 not_applicable).
- Stakeholders in evaluation: participants' forms plus a wish about the LA's SEN team ("We would like");
  a comment asks about it (comments are not evidence) (4.3 partially_met).
- The CRB check exists only in an inserted paragraph (5.3 met, notes_on_met).
- Placements are left to participants' local authorities (someone else's responsibility) (5.5
  partially_met).
- Resources: reference shelf and university library, nothing on ICT or specialist technology (5.6
  partially_met).
- Pupil impact only hoped for (5.9 partially_met).
- The award is for attendance and completing four Pieces, not outcomes (6.0 partially_met); the press
  note text box's "every national outcome" is a blanket claim.
- Status key far above the Trims list: "Toile only" = taught, not marked (6.A3, 6.K7 partially_met);
  "Shown, not blocked" = assessed but not taught (6.S2c partially_met); "Not in this collection"
  (6.S2d, 6.S7 not_met). No row at all for child development (6.K4 not_met).
- A footnote on 6.A7's "Finished and shown" says the reading log is looked at but not marked (6.A7
  partially_met).
- "Self-evaluation" of the course by the school itself is the wrong thing for 6.K7.
- Footer claims moderation (5.8 is met by the body text anyway; the footer is never evidence).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mn_helpers import Builder, merge, shade  # noqa: E402

HERE = Path(__file__).parent
NAME = "mn-01-larkmoor-lookbook"
b = Builder(font="Garamond", size=11)
b.header_footer("LARKMOOR  |  THE SENCO COLLECTION  |  AW 2008-09",
                "Larkmoor School of Millinery, 4 Walcot Yard, Bath  ·  Pieces moderated by the University of Avonmere")

# ---------------- cover
b.p("LARKMOOR", bold=True, size=28, align="c")
b.p("School of Millinery · Bath · est. 1987", italic=True, align="c")
b.p("The SENCO Collection", bold=True, size=20, align="c")
b.p("Autumn/Winter 2008-09 Lookbook", size=14, align="c")
b.p("National Award for SEN Coordination, offered with the University of Avonmere. "
    "Submitted to the Training and Development Agency for Schools for approval, October 2008.", italic=True, align="c")

# ---------------- note from the head of atelier
b.h("A note from the Head of Atelier", 1)
b.p("For twenty-one years Larkmoor has taught people to make hats by hand: to stretch a felt hood over a wooden "
    "block, to sew straw plait in a spiral from the crown outwards, to steam sinamay until it holds a line. "
    "Since 2003 we have also run the short courses in practical textiles that the Avonmere local authority buys "
    "for its special schools, and our evening class for teaching assistants has been full every term. So when the "
    "headteachers we work with asked whether a school that teaches patience, fitting and finish might also teach "
    "the new SENCOs, we said we would try, and we asked the University of Avonmere to make the course with us.")
b.p("This lookbook is our application. We have written it the way we write every collection: one Look at a time. "
    "Each Look is a Block Day in our atelier on Walcot Yard; each is styled by a named tutor; each sends the "
    "participant back to their own school with a Workroom task. What is marked, and how, is set out after the "
    "Looks, in the Pieces and the Trims list.")
b.p("The National Award for SEN Coordination at Larkmoor is accredited by the University of Avonmere, School of "
    "Education, as a Postgraduate Certificate module worth 60 credits at masters level (Level 7). The University "
    "approved the module at its validation event on 18 June 2008 and awards the credit; Larkmoor designs and "
    "teaches the course, and the University's staff second-mark and moderate the Pieces.")
b.p("The whole collection is cut around a single line: the achievement of pupils with special educational needs "
    "and disabilities. Every Look asks the same question of the participant: what will make the pupils on your "
    "register achieve more than they do now, and how will you show that they have?")
b.p("We did not design the collection alone. In the spring of 2008 we surveyed the 46 SENCOs and 19 headteachers "
    "of the Avonmere schools' SENCO network; 38 SENCOs and 12 heads replied. They told us three things: that new "
    "SENCOs felt least ready for provision mapping and for leading colleagues; that weekday release was almost "
    "impossible for small primary schools; and that any course must leave something useful behind in the school. "
    "Those answers set the shape of the collection. Provision mapping now has a whole Look of its own (Look 6); "
    "the Block Days moved from Wednesdays, as first planned, to Saturdays; and every Look ends with a Workroom task "
    "done in the participant's own school. The Avonmere SEN and Inclusion Team read our first draft in May and asked "
    "for more on working with agencies, which became Look 8. Two parents from the Avonmere Parent Partnership "
    "Service read the Look on parents and rewrote its Workroom task with us.")
b.p("— Imogen Fairclough, Head of Atelier", italic=True)

# ---------------- how to read
b.h("How to read this lookbook", 1)
b.p("We use the words of our trade. So that the panel can read the collection as our participants will, here is "
    "what they mean.")
key = [
    "1. A Look is a Block Day: a Saturday in the atelier, 9.30 to 4.00, with one theme.",
    "2. Block: is what the day is built on, the content taught that day.",
    "3. Materials: are the readings, documents and case material used on the day.",
    "4. Workroom: is the task each participant carries out in their own school before the next Look.",
    "5. Styled by: names the tutor who leads the Look.",
    "6. A Piece is an assessed assignment. There are four Pieces (P1 to P4), set out in the table after the Looks.",
    "7. A toile is a draft. Participants may bring a toile of any Piece to a Look for spoken feedback; toiles are "
    "never marked.",
    "8. The Trims list is our list of the national minimum outcomes for the Award, each in our own words. Its "
    "Status column uses four values, and only these four:",
    "     Finished and shown: taught at the Look(s) named and assessed in the Piece named, which is marked.",
    "     Toile only: taught at the Look(s) named and worked on in toiles, with feedback; not assessed in any Piece.",
    "     Shown, not blocked: assessed in the Piece named, but not taught at any Look.",
    "     Not in this collection: neither taught nor assessed this season.",
    "9. The Stand is the end-of-season panel at which Pieces are shown and marks confirmed.",
]
for k in key:
    b.p(k)

b.text_box([
    "PRESS NOTE",
    "The SENCO Collection launches at Larkmoor on Saturday 27 September 2008. Every national outcome for the Award "
    "is in the collection, cut, blocked and finished by hand. Places: 24. Fee: £1,450, usually paid by the school "
    "or the local authority.",
], name="Press note")

# ---------------- the looks
b.h("The Looks", 1)

looks = [
    ("Look 1 · The Cloche", "27 September 2008",
     "what a SENCO is for. The SEN Code of Practice (2001) and its graduated response, School Action and School "
     "Action Plus, statements and annual reviews; the Education Act 1996 as amended by SENDA 2001; the Children Act "
     "2004 and the five Every Child Matters outcomes, and where the SENCO stands in each of them; the 2008 "
     "regulations making the SENCO a qualified teacher. Participants map the duties to a week in their own school "
     "and decide what a SENCO must do, what can be delegated and what is nobody's job yet.",
     "the SEN Code of Practice 2001 and the SEN Toolkit; Every Child Matters: Change for Children (2004); "
     "Removing Barriers to Achievement (2004); the Education (Special Educational Needs Coordinators) (England) "
     "Regulations 2008.",
     "a Duty Map of the participant's school: which of the Code's duties are carried out, by whom, and where the "
     "gaps are. The Duty Map is the toile for Piece 1.",
     "Imogen Fairclough"),
    ("Look 2 · The Boater", "11 October 2008",
     "disability equality. The Disability Discrimination Act 1995 and 2005, the disability equality duty, the "
     "school's accessibility plan and disability equality scheme; reasonable adjustments for pupils and for staff; "
     "what the law requires a governing body and a SENCO to do and what they must be able to show. Participants "
     "audit one corridor, one lesson and one school trip against the duty.",
     "Implementing the Disability Discrimination Act in schools and early years settings (DfES, 2006); the "
     "participant's own school's accessibility plan.",
     "an access walk of the school with a disabled pupil's parent or a member of staff, written up as an action "
     "list for the governors.",
     "Dr Colm Brennan"),
    ("Look 3 · The Trilby", "1 November 2008",
     "the common kinds of need and how they affect learning: behavioural, emotional and social difficulties; "
     "specific learning difficulties, dyslexia among them; speech, language and communication needs; autistic "
     "spectrum disorders; moderate learning difficulties. For each, what it looks like in a Year 3 classroom and in "
     "a Year 9 one, what helps and what makes it worse. The interim findings of the Bercow Review (2008) on "
     "speech, language and communication are read alongside the Ofsted report Inclusion: does it matter where "
     "pupils are taught? (2006).",
     "the Inclusion Development Programme materials on dyslexia and on speech, language and communication "
     "needs (2008); the Bercow Review interim report; Ofsted (2006).",
     "a profile of three pupils with different needs, written with their class teachers.",
     "Helen Oduya"),
    ("Look 4 · The Pillbox", "22 November 2008",
     "identifying and assessing. How pupils who may have SEN are noticed and by whom; screening, observation and "
     "teacher assessment; setting targets that stretch rather than comfort; planning an intervention and reviewing "
     "it after six weeks. Participants learn to use the reports of educational psychologists, speech and language "
     "therapists and occupational therapists to change what happens in lessons, not just what is filed. Half the "
     "day is on national test and teacher assessment data: P scales, the Key Stage results and the school's "
     "tracking sheets, and how to use them to see which pupils are stuck and to change their programme.",
     "P scales and the Progression Guidance (2008); the participant's own school's tracking data, anonymised.",
     "a six-week intervention for a small group, planned from the specialist reports on file and reviewed with "
     "the school's tracking data. This becomes Piece 2.",
     "Helen Oduya"),
    ("Look 5 · The Fascinator", "17 January 2009",
     "teaching and learning. Critical reading of approaches, strategies and resources for assessing, planning and "
     "teaching pupils with SEN, including ICT and access technology; what the research says works and what it "
     "says does not; how a SENCO keeps up with it. Participants bring one strategy their school uses and test "
     "it against the evidence, and hear from the Avonmere Specialist Teaching Service about what it is finding "
     "in schools this year.",
     "research summaries from the SEN Policy Options group and the EPPI-Centre reviews; Ofsted, Special "
     "educational needs and disability: towards inclusive schools (2004).",
     "a short evidence review of one strategy, shared with the staff who use it.",
     "Dr Colm Brennan"),
    ("Look 6 · The Picture Hat", "7 February 2009",
     "provision mapping. Building a provision map for a year group, costing it, and using it to find provision "
     "that does not work or is missing; deciding what to stop. How to deploy teaching assistants and learning "
     "mentors so that their time follows need, and how to manage them: timetables, line management, appraisal. "
     "This Look was added after the SENCO survey.",
     "Provision mapping guidance from the National Strategies (2005) and three maps from Avonmere schools.",
     "a provision map for one year group, with the changes the participant proposes and the deployment of "
     "support staff that follows from it. This becomes Piece 3 with Look 7's task.",
     "Margaret Ilsley"),
    ("Look 7 · The Beret", "7 March 2009",
     "leading colleagues. Gaining the commitment of the headteacher and senior team; working with governors to "
     "set the school's inclusion priorities and budget; supporting colleagues through observation and feedback, "
     "modelling, coaching and short training sessions. Participants rehearse a meeting with a sceptical head and a reluctant head of "
     "department, and plan a twilight training session.",
     "Leading on Inclusion (National Strategies, 2005); the participant's school development plan.",
     "a coaching cycle with one colleague, recorded as notes of observation, feedback and a second observation.",
     "Margaret Ilsley"),
    ("Look 8 · The Homburg", "28 March 2009",
     "working beyond the school. The scope and role of the external agencies (educational psychology, speech and "
     "language therapy, CAMHS, the sensory support service, social care) and of voluntary organisations; how to "
     "get specialist advice and resources quickly; the Common Assessment Framework and team around the child. "
     "Guests from the Avonmere Parent Partnership Service and the local branch of the National Autistic Society "
     "lead the afternoon.",
     "the Common Assessment Framework guidance (2006); the Avonmere directory of services.",
     "a case note on one multi-agency meeting the participant has led or attended.",
     "Dr Colm Brennan, with guests"),
    ("Look 9 · The Turban", "25 April 2009",
     "working with parents and carers. Building fair, respectful and constructive relationships with pupils and "
     "their parents; listening; writing and speaking plainly; difficult conversations; parents' evenings and "
     "review meetings that parents want to come to. The Workroom task was rewritten with two parents from the "
     "Parent Partnership Service.",
     "Parental confidence in the SEN system (the consultation leading to the Lamb inquiry, 2008); the school's "
     "own letters home, brought by participants.",
     "a review meeting with a parent, planned with the parent beforehand and written up in plain English.",
     "Helen Oduya"),
    ("Look 10 · The Top Hat", "16 May 2009",
     "evaluating provision and keeping up. Reviewing with colleagues whether the school's provision works and "
     "feeding that into the school's self-evaluation form; time, priorities and delegation for a SENCO who also "
     "teaches; drawing on research and outside advice to improve one's own and colleagues' practice; keeping up "
     "to date with SEN and disability and taking responsibility for one's own learning.",
     "Ofsted's self-evaluation form (SEF) section on learners with learning difficulties and disabilities; the "
     "participant's school's SEF.",
     "a review, with colleagues, of one piece of provision, with a judgement on whether it worked.",
     "Imogen Fairclough"),
]
for title, date, block, materials, workroom, tutor in looks:
    b.h(title, 2)
    b.p(date, italic=True)
    b.runs([("Block: ", "b"), (block, "")])
    b.runs([("Materials: ", "b"), (materials, "")])
    b.runs([("Workroom: ", "b"), (workroom, "")])
    b.runs([("Styled by: ", "b"), (tutor, "i")])

b.p("In our 2006 collection, for the Avonmere teaching assistants, one Look was given to interviewing pupils about "
    "their support plans, and the pupils' own comments were part of the assessed work. That Look belonged to the "
    "teaching assistants' course and is not in this season.")

# ---------------- the pieces
b.h("The Pieces", 1)
b.p("Four Pieces are marked. Each is marked by the tutor who styled the Looks it draws on and second-marked by a "
    "member of the University's School of Education staff.")
t = b.table([
    ["Piece", "What is shown", "Length", "Weight", "Marked by"],
    ["P1", "The SENCO's Duty Map: the law, guidance and disability duties as they play out in the participant's "
     "school, with a plan to close the gaps", "3,000 words", "25%", "Look tutor and University second marker"],
    ["P2", "The Intervention: identification, targets, specialist reports, the six-week plan and its review "
     "against tracking data", "3,000 words", "25%", ""],
    ["P3", "The Map and the Team: a provision map, the deployment of support staff, a coaching cycle and the "
     "case for change put to the senior team and governors", "4,000 words", "30%", ""],
    ["P4", "The Stand: a 20-minute presentation to the panel on working with parents, agencies and colleagues, "
     "with a reading log", "presentation and log", "20%", "Panel of two tutors and the external examiner"],
])
merge(t, 1, 4, 3, 4, "Look tutor and University second marker")

# ---------------- the trims list
b.h("The Trims list", 1)
b.p("Each national outcome in our own words, with the Looks that teach it, the Piece that shows it, and its Status "
    "as defined in item 8 of How to read this lookbook.")
trims = [
    ["Code", "Trim (the outcome, our words)", "Look(s)", "Piece", "Status"],
    ["A1", "Builds fair, respectful and constructive relationships with pupils with SEN and their parents", "9", "P4", "Finished and shown"],
    ["A2", "Wins the commitment of colleagues, the head and the senior team", "7", "P3", "Finished and shown"],
    ["A3", "Sets priorities, manages own time and delegates", "10", "—", "Toile only"],
    ["A4", "Sees problems coming, solves them and judges provision soundly", "4, 6", "P2, P3", "Finished and shown"],
    ["A5", "Speaks and writes clearly; listens to and understands others", "7, 9", "P4", "Finished and shown"],
    ["A6", "Uses research and outside advice to improve own and colleagues' practice", "5, 10", "P3", "Finished and shown"],
    ["A7", "Keeps up to date and takes charge of own professional development", "5, 10", "P4", "Finished and shown"],
    ["K1", "Knows the SEN law and Code of Practice and how to put them into practice", "1", "P1", "Finished and shown"],
    ["K2", "Knows the Every Child Matters outcomes and the SENCO's part in them", "1", "P1", "Finished and shown"],
    ["K3", "Knows the disability equality law and what it requires", "2", "P1", "Finished and shown"],
    ["K5", "Knows the common kinds of SEN and disability and how they affect learning", "3", "P2", "Finished and shown"],
    ["K6", "Weighs approaches, strategies and resources, including ICT, for teaching pupils with SEN", "5", "P2", "Finished and shown"],
    ["K7", "Understands school self-evaluation and improvement as it bears on SEN", "10", "—", "Toile only"],
    ["K8", "Knows best practice and research on meeting SEN", "3, 5", "P2", "Finished and shown"],
    ["K9", "Knows what the outside agencies do and how to get their help", "8", "P4", "Finished and shown"],
    ["S1", "With senior staff and governors, shapes an inclusive ethos, policy, priorities and budget", "7", "P3", "Finished and shown"],
    ["S2", "Identifies pupils, sets challenging targets, plans interventions and reviews progress", "4", "P2", "Finished and shown"],
    ["S2a", "Uses other professionals' assessments to change teaching", "4", "P2", "Finished and shown"],
    ["S2b", "Uses summative data, national tests included, to track pupils and change their programmes", "4", "P2", "Finished and shown"],
    ["S2c", "Helps other teachers use formative assessment with pupils with SEN", "—", "P3", "Shown, not blocked"],
    ["S2d", "Arranges access arrangements for tests and examinations in good time", "—", "—", "Not in this collection"],
    ["S3", "Maps and manages provision and finds what is missing or not working", "6", "P3", "Finished and shown"],
    ["S4", "Deploys and manages support staff", "6", "P3", "Finished and shown"],
    ["S5", "Develops colleagues: observation, feedback, modelling, coaching, training", "7", "P3", "Finished and shown"],
    ["S6", "Reviews provision with colleagues to feed the school's self-evaluation", "10", "P3", "Finished and shown"],
    ["S7", "Involves pupils in planning and reviewing their own provision", "—", "—", "Not in this collection"],
    ["S8", "Works with parents and carers", "9", "P4", "Finished and shown"],
    ["S9", "Works with other services, agencies and voluntary bodies", "8", "P4", "Finished and shown"],
]
tt = b.table(trims)
# footnote on A7's status cell
a7_cell = tt.cell(7, 4)
b.footnote(a7_cell.paragraphs[0],
           "For A7 the reading log is looked at by the panel at the Stand and discussed, but it is not marked and "
           "does not count towards P4's mark.")
b.p("Our own self-evaluation of the collection, written each summer for the University, is described under "
    "Behind the seams.")

# ---------------- fittings and alterations
b.h("Fittings and alterations", 1)
b.p("Who can join. Participants must hold qualified teacher status and be the SENCO, or be designated to become "
    "the SENCO, in a maintained school or academy. The headteacher signs the Order Form to confirm the role and to "
    "release the participant for the Workroom tasks. Every applicant then has a Head Fitting.")
b.p("The Head Fitting. Before the first Look each participant spends an hour with a tutor. They bring a "
    "self-assessment against the Trims list, which we send with the offer letter, and a note from their head. The "
    "tutor checks that the applicant has the knowledge and experience to benefit from the course and to reach the "
    "outcomes; where they do not, we advise a year of the Avonmere SEN induction course first and keep the place "
    "open. Where they do, the tutor and participant agree a Block Plan: which Trims the participant is starting "
    "from, which they most need, which Workroom tasks will be aimed at those, and the two or three personal "
    "outcomes they set for themselves. The Block Plan is reviewed at Look 5 and at Look 10.")
b.p("Prior learning. Milliners who trained with the Luton Hat Guild will know that its diploma accredits prior "
    "learning and experience against its units. At Larkmoor we take account of earlier SEN courses and experience "
    "at the Head Fitting when we agree the Block Plan.")
b.deleted_para("The Ready-to-wear route. In exceptional cases, an experienced SENCO who can already show every Trim "
               "may go straight to the Pieces without attending the Looks, after a Head Fitting with two tutors and "
               "with the University's agreement.")
b.p("Adjustments. The atelier is on the ground floor with level access, an accessible toilet and a hearing loop. "
    "The application form asks every applicant what adjustments they need; participants with dyslexia are offered "
    "materials on cream paper and in electronic form, extra time for Pieces, and the choice of recording P4's "
    "reading log as audio. Our equal opportunities policy, agreed with the University, covers admission, teaching "
    "and assessment, and the Head Fitting asks about any need that would stop a participant taking part.")
b.inserted_para("Checks. The Order Form asks the headteacher to confirm that the participant holds a current "
                "enhanced CRB disclosure and has been through the school's other pre-employment checks, and to give "
                "the disclosure number and date. The Head of Atelier checks each Order Form before a place is "
                "confirmed and no participant starts without it.")
b.p("After the Stand. At the final fitting the tutor talks with each participant about what comes next for them.")
b.p("Fees. The fee is £1,450, which includes the University's registration. It costs Larkmoor about £1,310 a "
    "participant to run the collection for 24 participants; the Avonmere local authority pays half the fee for its "
    "own schools. Participants who complete the Award may go on to the University's Postgraduate Certificate in "
    "Inclusive Education, carrying their 60 credits, and three of the four Pieces are written so that they can be "
    "reworked as the Certificate's first assignment. Because the Workroom tasks are chosen in the Block Plan, no two "
    "participants make quite the same collection.")

# ---------------- the atelier
b.h("The atelier", 1)
b.p("The season has one start, on 27 September, and ten Saturdays. If numbers allow, a second start in January "
    "2009 will run the same Looks. Participants may do the Workroom tasks in the order that suits their school "
    "year, as long as each is done before the Piece it feeds.")
b.p("There is no online element this season: everything happens in the atelier or in the participant's school. "
    "Between Looks, participants keep in touch by telephone with the tutor who styled the last Look.")

# ---------------- behind the seams
b.h("Behind the seams", 1)
b.p("How we check our work. After each Look, participants fill in a one-page evaluation; the tutor reads them "
    "that evening and the Head of Atelier reads them on Monday. Tutors meet for a Seam Review after Looks 3, 6 and "
    "10 to go through the evaluations, the Workroom tasks handed in and the toiles, and to decide what to change "
    "for the next Look. The University's external examiner, Professor Ann Whitlock of the University of Severnside, "
    "reads a sample of every Piece and reports in writing; the University's Board of Studies reviews the module "
    "each summer. Each summer we also write our own self-evaluation of the collection, drawing on all of this, for "
    "the University; changes it proposes go to the Board.")
p43 = b.p("Stakeholders in evaluation. The participants' evaluations after each Look are the main stakeholder "
          "voice. We would like the local authority's SEN team to sit on our end-of-season review.")
b.comment(p43, "Ask Jo Penrose at the LA whether they'd actually sit on the review? And could heads be asked?",
          author="Margaret Ilsley", initials="MI")
b.p("Tutors, mentors and markers. Every tutor has the Larkmoor Tutor Book, which sets out their part in each Look, "
    "the marking criteria and the procedures for toiles, extensions and second marking. Each participant's head "
    "names a school mentor, a senior colleague, who meets them after each Workroom task; mentors come to a two-hour "
    "briefing in September, have a Mentor Card setting out what they do and do not do, and are rung by a tutor each "
    "half-term. Second markers from the University are briefed with the tutors at a marking meeting before each "
    "Piece is marked.")
b.p("Marking. Every Piece is double-marked, once by the Look tutor and once by a University second marker, against "
    "the University's Level 7 criteria and our Trims. Tutors and second markers hold a moderation meeting for each "
    "Piece before marks go to the Stand; the external examiner samples every Piece and every mark on the borderline "
    "and sees all fails.")
b.p("Impact. At the Head Fitting and again at the Stand each participant rates their own confidence and "
    "competence against each Trim on a five-point scale, and their mentor rates them too; we report the change to the "
    "University and the local authority. We hope to see, in time, better progress for the pupils on participants' "
    "registers.")
b.p("The Award. Participants who attend the Looks and complete all four Pieces receive the National Award for SEN "
    "Coordination and the University's 60 credits.")

# ---------------- credits
b.h("Credits", 1)
b.p("Styled by", bold=True)
credits = [
    ["Name", "At Larkmoor", "Background"],
    ["Imogen Fairclough", "Head of Atelier; course leader", "Former SENCO and deputy head in two Bath primary "
     "schools (14 years); MA in Special and Inclusive Education (Avonmere, 2002); member of the local authority's "
     "SENCO network steering group"],
    ["Dr Colm Brennan", "Tutor, Looks 2, 5 and 8", "Senior Lecturer in Inclusive Education, University of Avonmere; "
     "PhD on disability equality in secondary schools (2005); former advisory teacher for sensory impairment"],
    ["Helen Oduya", "Tutor, Looks 3, 4 and 9", "Specialist teacher, Avonmere Specialist Teaching Service; "
     "OCR Diploma in SpLD; currently SENCO at a Bath secondary school two days a week"],
    ["Margaret Ilsley", "Tutor, Looks 6 and 7", "Former local authority SEN adviser; National Strategies "
     "consultant for inclusion 2004-07; trained coach"],
]
b.table(credits)
b.p("Guest experts", bold=True)
b.p("An educational psychologist and a speech and language therapist from the Avonmere services contribute to "
    "Looks 3 and 4; the Parent Partnership Service and the National Autistic Society branch lead part of Look 8. "
    "Placements in special schools and units are for participants to arrange through their own local authorities, "
    "which keep lists of schools willing to take visitors.")
b.p("Materials", bold=True)
b.p("Participants have full use of the University of Avonmere library, in person and at a distance, and of the "
    "atelier's reference shelf, which holds the readings for every Look.")
b.p("Stockists", bold=True)
b.p("Schools in the Avonmere SENCO network take part by releasing participants, naming mentors and hosting Workroom "
    "tasks. Twelve of them sent a participant to the collection's trial day in June 2008.")

b.save(HERE / (NAME + ".docx"))
print("wrote", NAME + ".docx")
