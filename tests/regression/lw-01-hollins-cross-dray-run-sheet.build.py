"""lw-01-hollins-cross-dray-run-sheet

Provider (invented): Hollins Cross Brewing School, the training arm of Hollins Cross Brewery, a regional
brewery in Kettlewick, which teaches brewing apprentices and licensees. It applies to run the National
Award for SEN Coordination (2009-10) with the University of Ashby Moor (validating) and Kettlewick Borough
Council and Wrayshire County Council.

Document kind and layout: the whole course is written on the brewery's own Dray Run Sheet and Delivery
Note (Transport Office form TR-7). No heading styles: the form's numbered "BOX 1" ... "BOX 12" titles are
bold shaded capitals typed as Normal paragraphs. A run-details table with merged and shaded cells; a
"Drayman's Key" in a floating text box (BOX 2) defines the house words (Accounts = participants, Drops =
study days, Draymen = tutors, Mates = school mentors, PODs = marked assessments, Empties, Ullage) and the
four values of the Load Sheet ("POD n", "Left at door", "POD only", "Short") far above the Load Sheet
(BOX 10), which lists the outcomes as 28 numbered Lines in the school's own words with merged, shaded
group rows. The drops table has merged shaded "leg" rows. Header and footer, Word comments, a footnote,
tracked changes (a whole deleted paragraph, a whole inserted paragraph, a change inside a Load Sheet
cell), a "[TBC]" placeholder.

Traps (requirement ids):
- Credit value is a placeholder "[TBC]" beside "Level 7" (E.2 partially_met).
- Research: only "up-to-date reading" in general terms (1.3 partially_met).
- Consulting pupils: the school's own Apprentice Forum (consulting the brewery's apprentices) is the right
  words about the wrong thing; Line 25 (pupils involved in planning their provision) reads "Short"
  (1.5 not_met, 6.S7 not_met).
- Several Lines are "Left at door" (loaded, never signed for), one "POD only" (1.9 partially_met).
- Pre-run self-audit against the Lines is kept on file, with no individual plan (2.2 partially_met).
- Assessment-only: a whole deleted paragraph offered a "straight to POD" route; the live text says there is
  none; the brewery's Cellar Assessment route is for licensees, not the Award (2.3 not_met).
- Next steps: only a "conversation about the next leg" at Drop 8 (2.5 partially_met).
- Access and adjustments exist only in a whole inserted paragraph (3.1 met, an inserted change counts).
- E-learning ("The Tap" forum): peers and between drops, but Draymen "do not monitor" it (3.3 partially_met).
- Stakeholder evaluation: hosts and Mates involved in delivery, but LA help with evaluation is only
  "we would like" (4.3 partially_met). Customer Feedback Cards are the brewery's trade customers (wrong
  thing, does not change 4.3).
- CRB: enhanced CRB checks are on the dray crews and Draymen (staff), not the Accounts; the footer claims
  Accounts are cleared (footer never evidence); a comment asks whether CRB numbers should be collected
  (comment never evidence) (5.3 not_met).
- Placements: special-school visits only "where the host can take them" (5.5 partially_met).
- Mates "are not trained by us" (5.7 partially_met).
- Impact on pupils only hoped for; confidence self-rating measured (5.9 partially_met).
- Award rule is passing all four PODs, not all the outcomes (6.0 partially_met).
- Load Sheet: Line 3 time management "Left at door" (6.A3), Line 11 child development "Left at door"
  (6.K4), Line 19 summative/national tests "POD only" (6.S2b), Line 21 access arrangements: tracked change
  in the cell deletes "POD 2" and inserts "Left at door" (6.S2d) - all partially_met.
- No Line for school self-evaluation; the Depot's own "self-evaluation report" to the University is not
  6.K7; a comment says the line "fell off" (6.K7 not_met).
- Line 24 (colleagues' professional development) is signed for at POD 3 with a footnote explaining the
  Mate's observation record (6.S5 met; footnote supports, does not undermine).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _lw_helpers import *  # noqa

OUT = Path(__file__).with_name("lw-01-hollins-cross-dray-run-sheet.docx")
d = new_doc("Arial", 10)
fn = Footnotes(d)
header_footer(d, "HOLLINS CROSS BREWERY - DRAY RUN SHEET AND DELIVERY NOTE - RUN SR-09/01 - COPY 2 (PANEL)",
              "Form TR-7 rev. 3 - Transport Office, Hollins Cross Brewery, Kettlewick. All crews and Accounts "
              "hold enhanced CRB clearance.")


def box(title):
    return para(d, title, bold=True, fill="1F3864", color="FFFFFF", size=10)


para(d, "HOLLINS CROSS BREWERY", bold=True, size=16, align="center")
para(d, "Brewing School - Dray Run Sheet and Delivery Note (Form TR-7)", bold=True, size=12, align="center")
para(d, "Run SR-09/01: \"The SENCO Run\" - National Award for SEN Coordination, 2009-10", italic=True,
     align="center")
para(d, "This run sheet is how the Brewing School plans every course it takes out, from the cellar "
        "management course for licensees to the brewing apprentices' day release. We have kept the form "
        "for our application so that the panel sees the course the way our Draymen will run it. Each box "
        "is filled in by the Head Drayman and countersigned by the University link tutor.")

box("BOX 1   RUN DETAILS")
t = table(d, [["Field", "Entry", "Field", "Entry"],
              ["Run number", "SR-09/01", "Dray", "Dray 4 (training dray)"],
              ["Product carried", "", "", ""],
              ["Validated by", "University of Ashby Moor, School of Education", "Award", "Postgraduate Certificate"],
              ["Credit", "[TBC] credits", "Level", "Level 7 (masters)"],
              ["Depot", "Brewing School, Hollins Cross Brewery, Mill Lane, Kettlewick", "Head Drayman",
               "Ruth Gathercole"],
              ["Run dates", "September 2009 to July 2010", "Second loading", "January 2010 to December 2010"],
              ["Partners on the round", "", "", ""]], widths=[3, 6, 3, 5])
a = t.cell(2, 1).merge(t.cell(2, 3))
set_cell(a, "National Award for SEN Coordination (Postgraduate Certificate in Special Educational Needs "
            "Coordination)", bold=True)
b = t.cell(7, 1).merge(t.cell(7, 3))
set_cell(b, "Kettlewick Borough Council (Inclusion Support Service); Wrayshire County Council (SEN Team); "
            "twelve host schools across both authorities")
for i in range(1, 8):
    shade(t.cell(i, 0), "F2F2F2")
para(d, "The Award is a postgraduate certificate of the University of Ashby Moor. The University validated "
        "the run at its event of 14 October 2008 and awards the certificate; its School of Education "
        "appoints the external examiner and its Board of Examiners confirms every result. The Brewing "
        "School delivers the drops under the University's partnership agreement, renewed each July.")

box("BOX 2   DRAYMAN'S KEY (read this before the Load Sheet)")
text_box(d, [
    "DRAYMAN'S KEY - words used on this run sheet",
    "Account: a teacher taking the Award. Every Account is a teacher in post in a Kettlewick or Wrayshire school.",
    "Drop: a study day. There are eight Drops, each held at the Depot or at a host school on the round.",
    "Drayman: a tutor. The Head Drayman leads the run.",
    "Mate: the Account's mentor in their own school, usually a deputy head or an experienced SENCO.",
    "POD (Proof of Delivery): a marked piece of work. There are four PODs, marked by the Draymen and moderated "
    "by the University.",
    "Empties: the reflective log each Account brings back to the next Drop. Empties are read, not marked.",
    "Ullage: a POD sent back for resubmission.",
    "On the Load Sheet (BOX 10) every Line carries one of four values. \"POD 1\" to \"POD 4\" means the Line "
    "is loaded at the Drops shown and signed for in that marked POD. \"Left at door\" means the Line is loaded "
    "at a Drop but nobody signs for it: it is taught but not marked. \"POD only\" means a POD asks for it but "
    "no Drop loads it. \"Short\" means the Line is not on this run.",
], height_pt=210)
para(d, "")

box("BOX 3   ABOUT THIS RUN")
para(d, "The SENCO Run exists to raise the achievement of children and young people with special "
        "educational needs and disabilities in the schools of Kettlewick and Wrayshire. We take "
        "achievement in the sense the Every Child Matters outcomes give it: being healthy, staying safe, "
        "enjoying and achieving, making a positive contribution and achieving economic well-being, not "
        "only test results. Every Drop opens with a pupil from a host school's case file (anonymised) and "
        "asks what would improve that pupil's progress and well-being; every POD asks the Account to show "
        "a change in their own school and what it did for the pupils concerned.")
para(d, "The run is rooted in the Accounts' own schools. Between Drops each Account carries out a "
        "school-based task agreed with their Mate: an audit of the school's SEN register after Drop 2, a "
        "provision map after Drop 3, a parents' meeting after Drop 4, and the Change Project across the "
        "spring and summer legs. The Change Project is the centre of the run. Each Account chooses one "
        "piece of provision in their school that is not working, changes it with colleagues over at "
        "least twelve weeks, and reports what changed for the pupils in POD 3. That is how the run makes "
        "an impact on practice: an Account cannot complete the Award without having changed something "
        "in school and shown its effect.")
para(d, "Draymen keep the content current through up-to-date reading and their own work in schools. "
        "The reading list is refreshed before each loading.")
para(d, "The school has long experience of listening to young people. Our Apprentice Forum meets every "
        "half term so that the brewery's sixteen- to nineteen-year-old apprentices can tell the Brewing "
        "School what works for them and what does not, and the Forum chose the apprentices' new "
        "timetable in 2008. We consult our apprentices on every change to their day release.")

box("BOX 4   TAKING ON AN ACCOUNT")
para(d, "Opening an account. A teacher applies on the Account Form, countersigned by the headteacher. "
        "To be taken on, an Account must hold qualified teacher status, be in post as SENCO or be "
        "designated to take up the role within the year, and have the head's agreement to release them "
        "for eight Drops and to give the Mate time. The Head Drayman telephones every applicant before "
        "a place is offered, goes through the Account Form with them, and checks that they have the "
        "classroom experience and the knowledge of their school's SEN register that the Drops assume. "
        "Where an applicant is not ready (for example a newly qualified teacher asked to cover the role), "
        "the Head Drayman tells them in writing what experience to gain first, speaks to their head, and "
        "holds a place on the next loading.")
p_chk = para(d, "Pre-run check. Before Drop 1 every Account completes the Pre-Run Check, a self-audit that "
                "rates them against each Line of the Load Sheet as \"carrying\", \"part load\" or \"empty\". "
                "The Pre-Run Check is kept on file at the Depot.")
comment(d, p_chk, "Should the Pre-Run Check feed a plan for each Account? Not done this year.",
        author="Ruth Gathercole", initials="RG")
para(d, "Credit carried in. The University's accreditation of prior learning procedure applies to the run. "
        "An Account who has passed a masters-level module in special educational needs in the last five "
        "years may claim up to 20 credits against POD 1 by presenting the transcript; an Account with "
        "substantial experience but no certificate may claim the same credit by a portfolio mapped to "
        "the Lines of POD 1, assessed by two Draymen and confirmed by the University's APL panel. The "
        "claim is made with the Account Form and decided before Drop 1.")
del_para(d, "Straight to POD. An experienced Account who already meets every Line may go straight to the "
            "four PODs without riding the Drops, on the Head Drayman's recommendation.")
para(d, "There is no straight-to-POD route on this run: every Account rides all eight Drops. Licensees on "
        "the brewery's cellar management course who already run a good cellar can take the Cellar "
        "Assessment without attending, and that route is popular, but it belongs to the licensees' "
        "course.")
p_crb = para(d, "Checks. All Draymen, Mates visiting the Depot and the dray crews who take the Drops round "
                "the host schools hold an enhanced CRB disclosure, checked by the brewery's HR department "
                "on appointment and every three years.")
comment(d, p_crb, "Do we need to ask Accounts for their CRB numbers as well? Check with the University.",
        author="Transport Office", initials="TO")

box("BOX 5   DROPS")
rows = [["Drop", "Where", "What is unloaded", "Empties back"],
        ["AUTUMN LEG", "", "", ""],
        ["Drop 1", "Depot", "The run, the Lines and the Pre-Run Check. The SENCO's role; the Code of Practice "
         "in outline. Managing the job: the SENCO's year planner, what to hand to others and what to keep.",
         "First log entry"],
        ["Drop 2", "Depot", "The law: the Education Act 1996, the SEN Code of Practice 2001 and what it asks "
         "of the school and the SENCO; the Disability Discrimination Act 1995 as amended in 2005, the "
         "disability equality duty and the school's access plan; Every Child Matters and the SENCO's part "
         "in the five outcomes; the Children Act 2004.", "Register audit"],
        ["Drop 3", "Host school: Brook Lane Primary", "Identifying need: observation, data and screening. The "
         "common kinds of need - behavioural, emotional and social difficulties, dyslexia and other specific "
         "learning difficulties, speech, language and communication needs, autism, moderate learning "
         "difficulties - and how each affects learning. How children develop and how need and the classroom "
         "environment affect development. Provision mapping; finding provision that is missing or not "
         "working.", "Provision map"],
        ["SPRING LEG", "", "", ""],
        ["Drop 4", "Depot, with Kettlewick Parent Partnership", "Working with parents and carers: listening, "
         "annual reviews, difficult conversations. Building fair and respectful relationships with pupils "
         "and families. Led with the Parent Partnership Service and two parents.", "Parents' meeting note"],
        ["Drop 5", "Host school: St Oswald's CE High", "Leading colleagues: getting the head and senior team "
         "behind a change, advising governors on policy and resources, deploying teaching assistants, "
         "coaching and observing, running training. Formative assessment and what it looks like for "
         "pupils with SEN.", "Coaching record"],
        ["Drop 6", "Depot", "Teaching and learning: approaches, strategies and resources including ICT and "
         "assistive technology; targets, interventions and review; using reports from psychologists, "
         "therapists and advisory teachers in planning. Access arrangements for tests and examinations.",
         "Intervention plan"],
        ["SUMMER LEG", "", "", ""],
        ["Drop 7", "Host school: Wrayfield Special School", "Working with other services: educational "
         "psychology, speech and language therapy, CAMHS, social care, the voluntary sector (Wrayshire "
         "Dyslexia Association, Kettlewick Autism Support). Research and best practice; using evidence "
         "and advice to improve practice. Keeping up to date and taking charge of one's own CPD on SEN and "
         "disability.", "Change Project update"],
        ["Drop 8", "Depot", "Reviewing provision with colleagues and feeding the findings into the school's improvement plan; judging what worked; decisions and "
         "problem solving on hard cases. Presentations of Change Projects. The next leg.", "Final log"]]
t = table(d, rows, widths=[1.6, 3.2, 9.5, 2.7])
for i, lab in ((1, "AUTUMN LEG - Drops 1 to 3"), (5, "SPRING LEG - Drops 4 to 6"), (9, "SUMMER LEG - Drops 7 and 8")):
    merge_row(t, i, lab, fill="FCE4D6")
para(d, "Drops run from 9.30 to 3.30. Draymen are at the Depot from 8.45 for anyone who wants a word "
        "before the day.")

box("BOX 6   PROOFS OF DELIVERY")
para(d, "POD 1 - The Law Run (3,000 words). A critical account of how the SEN Code of Practice and the "
        "disability equality duty are put into practice in the Account's school, with a short account of "
        "where the school stands on the Every Child Matters outcomes for its pupils with SEN. Marked after "
        "the autumn leg.")
para(d, "POD 2 - The Case Load (4,000 words). A case study of two pupils: how their needs were identified, "
        "what the assessments of other professionals said and how the Account used them in planning, "
        "the targets set and interventions planned, and how progress was reviewed. The case study must "
        "use the pupils' summative results, including their national test results, to track progress "
        "and show how the programme was changed. It must include the Account's work with each pupil's "
        "parents and with one outside agency.")
para(d, "POD 3 - The Change Project (5,000 words, with the Mate's observation record). The Account "
        "changes one piece of provision with colleagues and reports on it: how the head and senior team "
        "were won over, how staff were deployed, how colleagues were coached or trained, how the "
        "provision was mapped, what difference the change made to the pupils, how the Account and "
        "colleagues reviewed how well the provision worked, and how the Account advised governors.")
para(d, "POD 4 - The Delivery Talk (20-minute presentation with questions, and a 1,000-word written "
        "reflection). The Account presents the Change Project to Draymen, Mates and other Accounts at "
        "Drop 8 and answers questions; the reflection explains how research and outside advice shaped "
        "the project, the hard decisions taken, and how the Account has kept up to date during the run "
        "and plans to keep doing so.")
para(d, "Marking and moderation. Each POD is marked against its published criteria by the Account's own "
        "Drayman and second-marked blind by another Drayman; the two agree a mark or the Head Drayman "
        "decides. The University's link tutor samples a third of every POD and all fails and borderlines "
        "at a moderation meeting after each leg, and the external examiner sees a sample and every fail "
        "before the Board of Examiners. Draymen hold a standardising hour before each marking round using "
        "scripts from the previous loading. Ullage: a POD that does not pass goes back once for "
        "resubmission within six weeks.")

box("BOX 7   ROUTE OPTIONS")
para(d, "Two loadings a year. Accounts can join the September loading or the January loading; the "
        "January loading runs the legs in a different order (spring, summer, autumn), so an Account who "
        "misses a Drop can pick it up on the other loading. Drops 4 and 5 are also run as two twilight "
        "sessions each for Accounts whose schools cannot release them for a whole day. An Account may "
        "take up to two years to finish, with the Head Drayman's agreement.")
para(d, "The Tap. Between Drops, Accounts use The Tap, the Brewing School's online forum (the same one our "
        "apprentices use), to post their Empties, share school-based tasks and talk to each other in "
        "their leg groups. Draymen post the readings and Drop slides on The Tap, but they do not monitor "
        "the Tap: questions to a Drayman go by email or at the next Drop.")
ins_para(d, "Access. The Account Form asks every applicant whether they have a disability or a need we "
            "should plan for, and says why we ask. The Head Drayman follows up every disclosure by "
            "telephone before Drop 1 and agrees reasonable adjustments in writing: for example a hearing "
            "loop (fitted in the Depot training room), materials in large print or electronically in "
            "advance, rest breaks, a ground-floor room at host schools, extra time or an alternative "
            "format for a POD agreed with the University's disability office. Every host school is "
            "checked for step-free access before it is put on the round.", author="R. Gathercole")

box("BOX 8   THE DRAY CREW")
para(d, "Head Drayman: Ruth Gathercole, MA (SEN), NPQH, SENCO at Brook Lane Primary for nine years and "
        "now the Brewing School's head of professional courses; she still spends one day a week as "
        "an advisory SENCO for Kettlewick. Draymen: Dr Peter Oyelaran, educational psychologist with "
        "Wrayshire; Helen Mossop, advisory teacher for autism, Kettlewick Inclusion Support Service, "
        "holder of the Postgraduate Certificate in Autism; Gwen Thirsk, deputy head and SENCO, St "
        "Oswald's CE High, MEd. Each Drayman works in schools every week and attends the LA SENCO "
        "network termly.")
para(d, "Specialist expertise. Drops 4 and 7 bring in the Parent Partnership Service, a speech and "
        "language therapist and the voluntary organisations named in BOX 5. Visits to a special school "
        "or a resource base are arranged for Accounts where the host can take them.")
para(d, "Resources. The Depot training room has twelve laptops, a projector and interactive whiteboard, "
        "and the Brewing School library holds the SEN collection bought for the run (about 300 books, "
        "the Inclusion Development Programme materials, journals). An assistive technology kit - screen "
        "readers, text-to-speech, talking tins, communication aids - is loaned by Kettlewick Inclusion "
        "Support Service for Drop 6 and can be borrowed between Drops. Accounts have University library "
        "and e-journal access.")
para(d, "Briefing the crew. Every Drayman receives the Drayman's Handbook (roles, marking criteria, "
        "moderation dates, the University's regulations) and attends a half-day briefing with the "
        "University link tutor before each loading. Mates are not trained by us; their schools brief "
        "them, and the Head Drayman sends each Mate the Mate's Card describing what the Mate signs.")

box("BOX 9   CUSTOMER CHECKS")
para(d, "Before the first loading we surveyed every school in Kettlewick and Wrayshire (211 schools; 96 "
        "replied) and held two meetings with headteachers and the two LA SEN teams. Heads asked for a "
        "course that SENCOs could do without losing whole weeks from school (hence twilight options and "
        "two loadings); SENCOs asked for more on working with teaching assistants and on provision "
        "mapping (hence Drops 3 and 5); Wrayshire's SEN Team asked for a Drop hosted in a special school "
        "(Drop 7); the Kettlewick Parent Partnership Service asked that parents help to lead the parents' "
        "Drop, and two parents now co-lead Drop 4. After the University's validation event the LA teams "
        "asked us to move the law Drop earlier, and we did.")
para(d, "On the round. Host schools host Drops 3, 5 and 7; Mates in the Accounts' schools sign the "
        "school-based tasks; LA advisers are guest speakers at Drops 2 and 7. We would like the two LAs "
        "to help us evaluate the run in future years.")
para(d, "Customer Feedback Cards. The brewery sends a Customer Feedback Card to every trade customer after "
        "each delivery, and the Transport Office reports the results monthly.")
para(d, "How the run is checked. Each Account fills in a Drop Card at the end of every Drop. The Draymen "
        "review the Drop Cards within a week and change the next Drop where they show a problem. At the "
        "end of each loading the Head Drayman writes the run review, using the Drop Cards, POD results, "
        "the external examiner's report and the University's annual monitoring form; the review goes to "
        "the University's programme committee and its actions are carried into the next loading's plan. "
        "The University's external examiner reports each year and the University reviews the partnership "
        "every five years. The Depot's own self-evaluation report to the University brings these together "
        "each autumn.")
para(d, "Measuring what the run does. Accounts rate their confidence against every Line at the Pre-Run "
        "Check and again at Drop 8, and the Head Drayman reports the change. We hope to see better "
        "outcomes for the pupils in Accounts' schools as the run beds in.")

box("BOX 10   LOAD SHEET")
para(d, "Every Line is a national minimum outcome in the words we use on the run. Read the values with "
        "the Drayman's Key in BOX 2.", italic=True)
L = [["Line", "What the Account can do by the end of the run", "Loaded at", "Signed for"],
     ["ATTRIBUTES", "", "", ""],
     ["1", "Build fair, respectful and constructive relationships with pupils with SEN and their families", "Drop 4", "POD 2"],
     ["2", "Win the commitment of colleagues, the head and senior leaders", "Drop 5", "POD 3"],
     ["3", "Prioritise, manage time and delegate sensibly", "Drop 1", "Left at door"],
     ["4", "Anticipate and solve problems; take sound decisions on provision", "Drop 8", "POD 4"],
     ["5", "Speak and write clearly; listen to others' views", "Drops 4, 8", "POD 4"],
     ["6", "Use research and outside advice to improve own and others' practice", "Drop 7", "POD 4"],
     ["7", "Keep up to date and own their CPD on SEN and disability", "Drop 7", "POD 4"],
     ["KNOWLEDGE", "", "", ""],
     ["8", "SEN law and the Code of Practice, and how to put them into practice in school", "Drop 2", "POD 1"],
     ["9", "Every Child Matters and the SENCO's part in the outcomes", "Drop 2", "POD 1"],
     ["10", "Disability equality law and the actions it requires", "Drop 2", "POD 1"],
     ["11", "How children develop and what affects development", "Drop 3", "Left at door"],
     ["12", "The common kinds of SEN and disability and their effect on learning", "Drop 3", "POD 2"],
     ["13", "Approaches, strategies and resources, including ICT, and when to use them", "Drop 6", "POD 2"],
     ["14", "Best practice and research on meeting SEN", "Drop 7", "POD 4"],
     ["15", "Other services and agencies, and how to get their help", "Drop 7", "POD 2"],
     ["SKILLS", "", "", ""],
     ["16", "Advise the head and governors on inclusive policy, priorities and resources", "Drop 5", "POD 3"],
     ["17", "Identify need, set targets, plan interventions and review progress", "Drops 3, 6", "POD 2"],
     ["18", "Use other professionals' assessments in planning teaching", "Drop 6", "POD 2"],
     ["19", "Use summative results and national tests to track progress and change programmes", "-", "POD only"],
     ["20", "Help other teachers develop formative assessment for pupils with SEN", "Drop 5", "POD 3"],
     ["21", "Arrange access arrangements for tests and examinations in good time", "Drop 6", ""],
     ["22", "Map provision and find what is missing or not working", "Drop 3", "POD 3"],
     ["23", "Deploy and manage teaching assistants and other staff", "Drop 5", "POD 3"],
     ["24", "Develop colleagues: observe, coach, mentor, train", "Drop 5", "POD 3"],
     ["25", "Involve pupils in planning and reviewing their provision", "-", "Short"],
     ["26", "Work with parents and carers", "Drop 4", "POD 2"],
     ["27", "Work with other services and voluntary organisations", "Drop 7", "POD 2"],
     ["28", "Review how well provision works, with colleagues", "Drop 8", "POD 3"]]
t = table(d, L, widths=[1.2, 10, 2.6, 3.2])
for i, lab in ((1, "ATTRIBUTES"), (9, "KNOWLEDGE AND UNDERSTANDING"), (18, "SKILLS")):
    merge_row(t, i, lab, fill="DDEBF7")
cell21 = t.cell(24, 3)
set_cell(cell21, "")
tracked_in_para(cell21.paragraphs[0], "", "POD 2", "Left at door", "", author="G. Thirsk")
fn.add(t.cell(27, 3).paragraphs[0], "Line 24 is signed for in POD 3 through the Mate's observation record: "
       "the Mate watches the Account coach or train a colleague and the Drayman marks the record with POD 3.")
cm_par = para(d, "Lines are numbered 1 to 28 across the three groups.", italic=True, size=8)
comment(d, cm_par, "We only have 28 lines, the national list has 29 - the school self-evaluation line fell off when we merged the "
        "two sheets. Put it back before we send?", author="Gwen Thirsk", initials="GT")

box("BOX 11   SIGNING OFF THE RUN")
para(d, "An Account who passes all four PODs is signed off by the Board of Examiners and receives the "
        "University's Postgraduate Certificate, which carries the National Award for SEN Coordination. "
        "The Head Drayman's sign-off sheet records each POD result and the Mate's confirmation that the "
        "school-based tasks were done.")
para(d, "Drop 8 ends with a conversation about the next leg, and Accounts who want to go further are "
        "given the University's MA prospectus.")

box("BOX 12   DRAYMAN'S NOTES")
para(d, "Returns: any Account who stops the run carries the PODs already passed as credit for two years. "
        "Fees: GBP 1,650 per Account, invoiced to the school in two parts; the two LAs pay half for "
        "Accounts in their maintained schools. Costs are kept down by hosting three Drops in schools and "
        "by sharing the Depot room with the brewing apprentices' timetable.")
para(d, "Checked out by: R. Gathercole (Head Drayman)      Countersigned: Dr A. Kinsella, University of "
        "Ashby Moor      Date: 28 November 2008")

fn.finish()
d.save(OUT)
print("wrote", OUT)
