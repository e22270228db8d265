"""lr-01-mortlake-vale-repair-ticket

Provider (invented): Mortlake Vale School of Horology, Old Mill Yard, Wendlebury, a clock and
watchmaking school whose teacher-education unit (the "Wendlebury Teaching Workshop") applies to run
the National Award for SEN Coordination, validated by the (invented) University of Cheveley.

Document kind and layout: the course written as the workshop's own Repair Ticket and Estimate
(Ticket No. MV/2008/117), the customer being the TDA and the "article received" the course, which the
workshop calls "the SENCo Overhaul". No heading styles: titles are bold capitalised Normal paragraphs
with hand-typed numbering ("4. WORK TO BE DONE", "Op. 3"). A ticket table at the top, a glossary typed
as "-" lines (Apprentices = participants, Bench Masters = tutors, Bench Partners = school mentors,
Bench Days = study days, Bench Work = school-based tasks, Pieces = marked assessments, Viva at the
Bench), numbered Operations, an Estimate table, a Bench Day table whose Module cells are merged
vertically, and a "Timing Sheet" of outcomes (section 10) with merged, shaded group rows and two
columns "Worked on at" / "Timed in", keyed in a paragraph above it ("Bench check only" = checked and
spoken feedback, not marked; a dash = not worked on / not timed). Header and footer. Two Word
comments. A whole inserted paragraph and a whole deleted paragraph (tracked changes).

Traps (requirement ids):
- Aim is attainment only ("raise the attainment and progress"), no well-being (1.1 partially_met).
- Pupil consultation explicitly not offered, left to the local authorities (1.5 not_met); pupils'
  targets in IEP reviews worked on at BD5 but "Bench check only" (6.S7 partially_met).
- APEL appears only in a Word comment (2.1 not_met).
- Past arrangement: the closed Wendlebury Certificate's portfolio-only route; "There is no
  assessment-only route on the Overhaul" (2.3 not_met).
- Next steps only a conversation and a leaflet (2.5 partially_met).
- Single face-to-face mode, fixed order, one January start; only a Saturday/Tuesday repeat choice
  (3.2 partially_met). E-learning ("the Tick Room") with tutor replies, Trios and tutorials between
  Bench Days (3.3 met).
- Stakeholder evaluation only hoped for in the body (4.3 not_met); the footer's claim that
  "Customers sit on our Course Committee" is a footer, never evidence.
- Evaluation by end-of-day sheets only, no account of use (5.1 partially_met).
- CRB check on candidates exists only in a tracked inserted paragraph (5.3 met; the preceding
  sentence leaves checks to schools).
- Placements exist only in a tracked deleted paragraph; visiting specialists remain (5.5 partially_met).
- Bench Partners are only "sent a copy of this ticket" (5.7 partially_met).
- Pupil impact expected but not collected (5.9 partially_met).
- Award on an aggregate mark with compensation between Pieces (6.0 partially_met); "Bench check
  only" rows make 1.9 partially_met.
- Timing Sheet: "Bench check only" for prioritising time (6.A3), external agencies (6.K9), other
  teachers' formative assessment (6.S2c), pupil involvement (6.S7): partially_met. Own CPD timed in
  Piece 3 but "Worked on at" a dash (6.A7 partially_met). Child development has no row and is not
  mentioned (6.K4 not_met). Access arrangements row is dashes, "left to each school's examinations
  officer" (6.S2d not_met). A comment on the K9 row proposing Piece 2 is not evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _lr_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "Mortlake Vale School of Horology  |  Workshop Repair Ticket MV/2008/117  |  Page copy for the customer",
              "All work guaranteed for twelve months. Customers sit on our Course Committee and judge every Bench Day.")


def title(t):
    return para(d, t, bold=True)


def dash(t):
    return para(d, "- " + t)


para(d, "MORTLAKE VALE SCHOOL OF HOROLOGY", bold=True, size=14, align="c")
para(d, "Old Mill Yard, Wendlebury  -  Clock and Watch Workshop and Teaching Workshop", align="c")
para(d, "WORKSHOP REPAIR TICKET AND ESTIMATE", bold=True, size=12, align="c")

table(d, [
    ["Ticket No.", "MV/2008/117"],
    ["Customer", "Training and Development Agency for Schools: approval of providers of the National Award for SEN Coordination, round 2008-09"],
    ["Article received", "One course for newly appointed special educational needs coordinators, known in our workshop as the SENCo Overhaul"],
    ["Calibre", "Postgraduate Certificate in Special Educational Needs Coordination: 60 credits at Level 7 (masters level), validated by the University of Cheveley"],
    ["Bench", "The Wendlebury Teaching Workshop (the School's teacher-education unit), Old Mill Yard"],
    ["Received", "3 November 2008"],
    ["Promised for", "First Bench Day, Saturday 24 January 2009; second cohort January 2010"],
    ["Ticket written by", "Judith Pennock, Head of the Teaching Workshop"],
], header_fill=None)

para(d)
title("WHY WE HAVE WRITTEN THIS AS A REPAIR TICKET")
para(d, "Every watch or clock that comes over our counter is given a ticket. The ticket says what was received, "
        "what condition it was in, what work will be done and in what order, what parts will be fitted, what it "
        "will cost, how it will be timed before it leaves the bench and what we guarantee. Our apprentices learn "
        "to write tickets in their first week, and our teaching staff have written this one for the SENCo Overhaul "
        "in the same way, because it is the way we think about a job. The School has taught horology since 1952 "
        "and has run the Wendlebury Teaching Workshop since 1996. A large share of our own watchmaking apprentices "
        "are dyslexic or dyspraxic, and the Teaching Workshop grew out of the support we built for them: it has "
        "trained teachers of learners with special educational needs across Wendlebury and North Cray for twelve "
        "years. The Overhaul is its newest job.")

title("HOW TO READ THIS TICKET")
dash("Apprentice: a teacher taking the Overhaul. Every Apprentice is a qualified teacher working as, or "
     "designated to become, the SENCO of a school.")
dash("Bench Master: one of our tutors. Each Apprentice has one Bench Master for the whole Overhaul.")
dash("Bench Partner: the senior colleague in the Apprentice's own school (a deputy or assistant head) who "
     "meets the Apprentice after each Bench Day.")
dash("Bench Day: one of the eight taught days of the Overhaul, held in the workshop at Old Mill Yard.")
dash("Bench Work: the tasks each Apprentice carries out in his or her own school between Bench Days.")
dash("Piece: a marked assessment. There are three Pieces and the Viva at the Bench (section 7).")
dash("Timing Sheet: the table in section 10 that shows where each of the national outcomes is worked on "
     "and where it is timed, that is, marked.")

title("1. CONDITION AS RECEIVED")
para(d, "Before we took this job in, we looked hard at what schools needed. In March 2008 we surveyed 46 SENCOs "
        "and 19 headteachers in the Wendlebury and North Cray local authorities (61 returns from 112 sent), and we "
        "held two focus groups, one with the two authorities' SEN advisers and educational psychologists and one "
        "with the Wendlebury Parent Partnership Service and six parents of children with statements. Three findings "
        "stood out. First, new SENCOs said they could describe their pupils' needs but could not show the governors "
        "what the school's provision cost or whether it worked. Second, headteachers said new SENCOs were rarely "
        "given time or authority to lead other staff. Third, parents said they met the SENCO only at annual reviews "
        "and heard about changes to their child's support too late.")
para(d, "Those findings changed the job. Because the advisers and SENCOs asked for it, we added Bench Day 4, given "
        "over entirely to provision mapping and costing. Because headteachers asked that the course fit round the "
        "school week, Bench Days were moved from Wednesdays to Saturdays, with a Tuesday twilight repeat. Because "
        "headteachers told us new SENCOs lack authority, we created the Bench Partner role, so that a senior leader "
        "in each school is part of the Overhaul from the start. Because parents told us they hear too late, the "
        "Bench Work after Bench Day 5 is a meeting with parents that the Apprentice plans and runs.")
para(d, "We would like our customers to help us judge the finished work, and we hope in time to invite SENCOs "
        "and parents onto an evaluation group for the Overhaul.")

title("2. PURPOSE OF THE OVERHAUL")
para(d, "The one purpose of the Overhaul is to raise the attainment and progress of pupils with SEN and/or "
        "disabilities in the Apprentices' schools. Every Piece asks the Apprentice to show what happened to pupils' "
        "attainment as a result of what he or she did, and every Bench Day ends with the question the whole "
        "workshop asks of a finished watch: does it now keep better time than it did when it came in?")

title("3. THE CALIBRE")
para(d, "The Overhaul is the Postgraduate Certificate in Special Educational Needs Coordination of the University of "
        "Cheveley, validated at the University's validation event of 14 May 2008 for five years from January 2009. "
        "It carries 60 credits at Level 7 of the Framework for Higher Education Qualifications (masters level), in "
        "three modules of 20 credits each: SEN 701 Setting the Movement (Bench Days 1 to 3), SEN 702 Regulating "
        "Provision (Bench Days 4 to 6) and SEN 703 Leading the Workshop (Bench Days 7 and 8). Apprentices register "
        "as students of the University, and the credits may be carried into the University's MA in Inclusive "
        "Education. The University's Academic Quality Office holds the validation documents.")

title("4. WORK TO BE DONE")
para(d, "The work is done in seven operations. As at the bench, they are done in order, and no operation starts "
        "until the one before it has been signed off on the ticket.")

title("Op. 1  Take in and inspect")
p_op1 = para(d, "Every applicant must hold qualified teacher status, must be working as the SENCO of a school or "
                "be designated by the headteacher to take up the role within the year, and must send a letter of "
                "support from the headteacher which names the Bench Partner and promises the Apprentice time for "
                "Bench Work. Each applicant then has a forty-minute interview with a Bench Master, who checks that "
                "the applicant has enough knowledge of the school's SEN register, of the Code of Practice and of "
                "classroom assessment to benefit from the Overhaul and meet its outcomes; an applicant who does "
                "not is offered our short course SEN Foundations first and a place on the following cohort.")
comment(d, p_op1, "Can we say we accept APEL up to 20 credits? Need to check with Cheveley first before we put it on the ticket. RQ")
para(d, "At the interview the Apprentice also completes the Inspection Sheet, a self-audit against every line of the "
        "Timing Sheet in section 10, grading each line from 1 (new to me) to 4 (I could teach this). The Bench "
        "Master and the Apprentice use the Inspection Sheet to write a Bench Plan: an individual training plan with "
        "three personal targets drawn from the lowest-graded lines, the Bench Work that will be done towards each, "
        "and the Pieces in which the Apprentice will show them. The Bench Plan is reviewed with the Bench Master on "
        "Bench Day 4 and again on Bench Day 8, and the targets are changed if the Apprentice's school changes.")

title("Op. 2  Checks")
para(d, "Apprentices are teachers in post, and their schools have seen to the usual checks on them.")
ins_para(d, "Before the first Bench Day, the Head of the Teaching Workshop checks each Apprentice's enhanced CRB "
            "disclosure: the Apprentice's headteacher confirms in writing the disclosure number and its date of "
            "issue, which we record on the Apprentice's ticket, and any disclosure more than three years old is "
            "renewed through the University of Cheveley before Bench Day 1. No Apprentice goes into another school "
            "on Bench Work until this line of the ticket is signed.", day=21)

title("Op. 3  Strip and clean: the eight Bench Days")
para(d, "Each Bench Day runs from 9.00 am to 4.00 pm. The morning is taught; the afternoon is workshop time in "
        "which Apprentices work in threes on material from their own schools. The Bench Days are:")
bd = table(d, [
    ["Module", "Bench Day", "What is done at the bench"],
    ["SEN 701 Setting the Movement", "BD1", "The law and the Code: the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 2005 and the disability equality duty, Removing Barriers to Achievement, and the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; what each requires of the school and the SENCO."],
    ["", "BD2", "Every Child Matters: the five outcomes, the Children Act 2004, the Common Assessment Framework and the SENCO's place in the school's work on them."],
    ["", "BD3", "Knowing the types of need: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties, and their effect on learning; with a speech and language therapist and our own SpLD specialist."],
    ["SEN 702 Regulating Provision", "BD4", "Provision mapping and costing; finding provision that does not work or is missing; deploying and managing teaching assistants."],
    ["", "BD5", "Pupils and parents: pupils' own targets in IEP reviews, running meetings with parents, fair and respectful relationships with families."],
    ["", "BD6", "Assessment and tracking: identifying need, setting targets, using reports from other professionals, using national test results and teacher assessment to track progress and change programmes."],
    ["SEN 703 Leading the Workshop", "BD7", "Leading colleagues: influencing the head and governors, the SEN policy and budget, coaching and modelling for colleagues, observation and feedback."],
    ["", "BD8", "Review and the wider team: reviewing provision with colleagues for school self-evaluation, the work of other services and voluntary organisations, and the Viva at the Bench."],
])
for col, (a, b) in ((0, (1, 3)), (0, (4, 6)), (0, (7, 8))):
    top = bd.cell(a, col)
    txt = top.text
    m = top.merge(bd.cell(b, col))
    m.text = txt
para(d)
para(d, "Bench Day 3 is taught with a speech and language therapist from Wendlebury Primary Care Trust, and Bench "
        "Day 8 with a senior practitioner from the North Cray Children's Services team and a worker from the "
        "Wendlebury branch of Mencap, so that Apprentices meet the other services they will work with.")
para(d, "Each Bench Day is built on recent research and inspection evidence, which Apprentices read before the "
        "day: Ofsted's 2006 report Inclusion: does it matter where pupils are taught?, the Bercow Review of "
        "services for children and young people with speech, language and communication needs (2008), the "
        "House of Commons Education and Skills Committee's 2006 report on SEN, and the National Strategies' "
        "Inclusion Development Programme materials on dyslexia and on speech, language and communication needs. "
        "Bench Masters update the reading list each year from the journals and from new Ofsted reports.")

title("Op. 4  Bench Work in school")
para(d, "The Overhaul is done in the Apprentice's school as much as in our workshop. After every Bench Day the "
        "Apprentice carries out a Bench Work task in school, tied to the lines of the Timing Sheet worked on that "
        "day, and talks it through with the Bench Partner. After BD1 the Apprentice checks the school's SEN policy "
        "against the Code; after BD3 the Apprentice observes two pupils with different needs and writes them up; "
        "after BD4 the Apprentice draws the school's first provision map; after BD5 the Apprentice plans and runs "
        "a meeting with the parents of a pupil on School Action Plus and writes up what was agreed; after BD6 the "
        "Apprentice tracks a group of pupils using the school's own data; after BD7 the Apprentice coaches a "
        "teaching assistant or teacher through a change in practice.")
para(d, "Over SEN 702 and SEN 703 each Apprentice also carries out a Change Project in school: a change to SEN "
        "provision that the Apprentice plans with the Bench Partner, leads with colleagues, and evaluates from "
        "pupils' results before and after. The Change Project is Piece 3. Apprentices cannot pass the Overhaul "
        "without having made a change in their school's practice and shown its effect.")

title("Op. 5  Regulate: how the Overhaul is delivered")
para(d, "All eight Bench Days are taught face to face in the workshop at Old Mill Yard, in the order shown, and "
        "the Overhaul starts once a year, each January. Apprentices may take each Bench Day either on the Saturday "
        "or at the Tuesday twilight repeat the following week (4.30 pm to 8.30 pm over two evenings).")
para(d, "Between Bench Days the Overhaul is carried on in the Tick Room, our online discussion space on the "
        "University of Cheveley's Blackboard site, which holds the readings and the Bench Work briefs. A Bench "
        "Master answers every posting in the Tick Room within two working days. Apprentices are put in threes, "
        "called Trios, who post their Bench Work and comment on each other's every fortnight. Each Apprentice also "
        "has a twenty-minute telephone tutorial with the Bench Master between Bench Days 3 and 4 and again between "
        "Bench Days 6 and 7. Apprentices who have not used Blackboard are shown it at the end of Bench Day 1, and "
        "the University's e-learning helpdesk is open to them.")

title("Op. 6  Adjust for the wearer")
para(d, "Applicants are asked on the application form about any disability or other need, and an Apprentice who "
        "declares one meets the University's Disability Adviser before Bench Day 1 to agree adjustments. Adjustments "
        "we have made for our own watchmaking apprentices and will make here include handouts on cream paper and in "
        "16-point type, a hearing loop at the workshop bench, teaching in our ground-floor rooms, extra time for "
        "Pieces under the University's regulations and a scribe for the Viva at the Bench. Bench Days avoid the "
        "main religious festivals, and the Tuesday repeat is there for Apprentices who cannot attend on Saturdays.")
para(d, "Because the Bench Plan comes from each Apprentice's own Inspection Sheet, and because every Piece is set in "
        "the Apprentice's own school, the Overhaul fits the Apprentice rather than the other way round: a SENCO "
        "from a special school and a SENCO from a large secondary work at the same bench but on different targets. "
        "The Overhaul builds on the School's existing workshop and staff and is priced at cost (see the Estimate), "
        "and its 60 credits count towards the MA, so that it leads on to further study and not to a dead end.")

title("Op. 7  What is not included in this overhaul")
para(d, "The Overhaul does not train Apprentices to consult pupils about the matters that affect them: pupil "
        "consultation is covered by the local authorities' own Pupil Voice courses, and we leave it to them. "
        "Apprentices are also not taught to arrange access arrangements for national tests and examinations, "
        "which are left to each school's examinations officer.")

title("5. PARTS FITTED")
para(d, "Apprentices have full borrowing rights at the University of Cheveley library, including its electronic "
        "journals (among them the British Journal of Special Education and Support for Learning), and use of the "
        "School's own SEN Resource Room, which holds some 400 books, the standard assessment kits for reading, "
        "spelling and language, and a loan bench of assistive technology: text-to-speech and word-prediction "
        "software, speech recognition software, two portable interactive whiteboards and eight laptops that "
        "Apprentices may borrow for Bench Work. Every Bench Day uses the workshop's interactive whiteboard and the "
        "Tick Room.")
para(d, "The Bench Masters are Judith Pennock, SENCO of a Wendlebury comprehensive for twelve years, who holds the MA "
        "in Special Education and chairs the Wendlebury SENCO network; Dr Amir Kessel, a chartered educational "
        "psychologist who works two days a week for North Cray; Ruth Orme, a specialist teacher of pupils with "
        "specific learning difficulties, who holds the AMBDA and runs our own apprentices' learning support; and "
        "Colin Dey, a former headteacher of a primary special school and an Ofsted inspector. Each keeps current "
        "through practice: all four still work in schools or services for part of each week, and each attends "
        "at least one national SEN conference a year, reporting back to the others at the workshop meeting.")
para(d, "Apprentices meet specialists beyond our own staff: the speech and language therapist at Bench Day 3, the "
        "Children's Services practitioner and the Mencap worker at Bench Day 8, and Dr Kessel's colleagues in the "
        "North Cray psychology service, who take questions in the Tick Room for one week of each module.")
del_para(d, "Every Apprentice spends two days on placement in Cray Park Special School or the North Cray Learning "
            "Support Service, arranged by the Bench Master, and writes up the placement as part of Piece 1.", day=22)

title("6. BENCH MASTERS AND BENCH PARTNERS")
para(d, "The Bench Masters work from the Teaching Workshop Handbook, which sets out the Overhaul, the marking "
        "criteria and the Bench Master's duties, and they meet for an hour before each Bench Day to agree how it "
        "will be taught. New Bench Masters second-mark for a full cohort before they first-mark. Bench Partners are "
        "sent a copy of this ticket.")
para(d, "Apprentices learn to work alongside others through the Overhaul. Bench Day 7 and its Bench Work teach them "
        "to advise and support colleagues in their own school, and Bench Day 8 to work with colleagues beyond it, "
        "in the cluster, in special schools and in the local authority's services; Piece 2 asks them to show how "
        "they advised a colleague. Bench Day 5, and the parents' meeting that follows it, teach them to advise, "
        "support and work in partnership with parents and carers, and Piece 1 includes the record of that meeting.")

title("7. INSPECTION AND TIMING")
para(d, "Nothing leaves our bench untimed. The Pieces are:")
table(d, [
    ["Piece", "What is handed in", "Weight"],
    ["Piece 1", "A case study of one pupil, 4,000 words, with the record of the parents' meeting (SEN 701)", "30%"],
    ["Piece 2", "The school's provision map, with an audit of one strand of provision and an account of advice given to a colleague (SEN 702)", "30%"],
    ["Piece 3", "The Change Project report, 6,000 words, with a professional development log (SEN 703)", "30%"],
    ["Viva at the Bench", "A thirty-minute professional discussion with two Bench Masters on Bench Day 8, marked against the Timing Sheet", "10%"],
])
para(d)
para(d, "Every Piece is marked by the Apprentice's Bench Master against the University's Level 7 criteria. One Piece "
        "in four, and every fail and every distinction, is second-marked by another Bench Master, and a moderation "
        "meeting after each Piece compares the marks of all four Bench Masters on a common sample. The University's "
        "external examiner, Dr Helen Marsh, samples each Piece, attends the examination board and reports to the "
        "University each year.")
para(d, "At the end of every Bench Day Apprentices fill in an evaluation sheet, and the Head of the Teaching "
        "Workshop reads them.")
para(d, "Apprentices repeat the Op. 1 Inspection Sheet at Bench Day 8, and the two sheets are compared line by line "
        "to show the growth in their competence and confidence. We expect the Overhaul to raise pupils' attainment "
        "in Apprentices' schools, but we do not at present collect pupils' results.")

title("8. GUARANTEE")
para(d, "The Postgraduate Certificate is awarded to Apprentices whose three Pieces and Viva together reach an "
        "aggregate mark of 50 per cent. A Piece below 40 per cent may be compensated by a higher mark elsewhere, "
        "and a Piece may be resubmitted once.")
para(d, "At the Viva the Bench Masters and the Apprentice talk about what the Apprentice might do next, and each "
        "Apprentice is given a leaflet on the University's MA in Inclusive Education.")

title("9. PREVIOUS REPAIRS")
para(d, "From 2001 to 2007 the Teaching Workshop ran the Wendlebury Certificate in Learning Support, which allowed "
        "experienced coordinators to be assessed by portfolio alone, without attending. That route closed with the "
        "Certificate in July 2007. There is no assessment-only route on the Overhaul: every Apprentice attends all "
        "eight Bench Days.")

title("ESTIMATE")
est = table(d, [
    ["Item", "Per Apprentice", "Notes"],
    ["Tuition, eight Bench Days and Tick Room", "£1,150", "Includes all handouts and loan equipment"],
    ["University registration and assessment", "£300", "Paid to the University of Cheveley"],
    ["Bench Partner briefing pack", "£20", "Posted to the school"],
    ["Total", "£1,470", "Clusters of three or more Apprentices from one local authority: £1,320 each"],
])
para(d)
para(d, "The estimate is at cost. The School makes no surplus on the Overhaul: the Teaching Workshop's rooms, "
        "library and loan bench are already paid for by our watchmaking courses, which is why the price is below "
        "that of a university-only course.")

title("10. TIMING SHEET")
para(d, "How to read the Timing Sheet. The column \"Worked on at\" gives the Bench Day (BD1 to BD8) or the Bench "
        "Work where each line is taught and practised. The column \"Timed in\" gives the Piece in which it is "
        "marked. Bench check only means the Bench Master checks the line at the bench and gives spoken feedback, "
        "but it is not marked and does not count towards the award. A dash means the line is not worked on, or "
        "not timed. Lines are in our words; the national wording is in the specification.")
rows = [
    ["What the Apprentice can do", "Worked on at", "Timed in"],
    ["ATTRIBUTES: HOW THE APPRENTICE CARRIES THE WORK", "", ""],
    ["Builds fair, respectful and supportive relationships with pupils with SEN and their parents and carers", "BD5", "Piece 1"],
    ["Wins the commitment of colleagues, the headteacher and senior leaders", "BD7", "Piece 3"],
    ["Sets priorities, manages own time and delegates to others sensibly", "BD4", "Bench check only"],
    ["Foresees and solves problems and makes sound decisions about provision", "BD4, BD6", "Piece 2"],
    ["Speaks and writes clearly and listens to the views of others", "BD5, BD7", "Viva at the Bench"],
    ["Uses research and outside advice to improve own and colleagues' practice", "BD3, BD7", "Piece 3"],
    ["Keeps up to date and takes charge of own development in SEN", "-", "Piece 3 (professional development log)"],
    ["KNOWLEDGE: WHAT THE APPRENTICE KNOWS AND UNDERSTANDS", "", ""],
    ["The law and guidance on SEN, including the Code of Practice, and how to put them into practice", "BD1", "Piece 1"],
    ["Every Child Matters and the SENCO's part in it", "BD2", "Piece 1"],
    ["Disability equality law and what it requires of the school", "BD1", "Piece 2"],
    ["The common types of SEN and disability and how they affect learning", "BD3", "Piece 1"],
    ["Approaches, strategies and resources, including ICT, for assessing, planning, teaching and learning", "BD3, BD6", "Piece 2"],
    ["How school self-evaluation and improvement apply to SEN", "BD8", "Piece 3"],
    ["Best practice and research findings on meeting SEN", "BD3, BD7", "Piece 3"],
    ["What outside agencies do and how to get specialist support and resources", "BD8", "Bench check only"],
    ["SKILLS: WHAT THE APPRENTICE DOES IN SCHOOL", "", ""],
    ["Works with senior leaders and governors to shape an inclusive ethos, policy, priorities and resources", "BD7", "Piece 3"],
    ["Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress", "BD6", "Piece 1"],
    ["Uses other professionals' assessments to shape teaching", "BD6", "Piece 1"],
    ["Uses national tests and other summative results to track progress and adjust programmes", "BD6", "Piece 2"],
    ["Encourages other teachers to use formative assessment with pupils with SEN", "BD6", "Bench check only"],
    ["Puts access arrangements for national tests and examinations in place in good time", "-", "-"],
    ["Uses provision mapping and finds provision that is missing or does not work", "BD4", "Piece 2"],
    ["Deploys and manages teaching assistants and other staff", "BD4", "Piece 2"],
    ["Supports colleagues' development by observation and feedback, modelling, coaching and training", "BD7", "Piece 3"],
    ["Reviews provision with other staff to feed the school's self-evaluation", "BD8", "Piece 3"],
    ["Involves pupils in planning, agreeing and reviewing their own provision", "BD5", "Bench check only"],
    ["Works with parents and carers", "BD5", "Piece 1"],
    ["Works in partnership with other services and voluntary organisations", "BD8", "Viva at the Bench"],
]
ts = table(d, rows)
for i, r in enumerate(rows):
    if r[1] == "" and r[2] == "":
        group_row(ts, i, r[0])
k9 = ts.cell(17, 2)
comment(d, k9.paragraphs[0], "Should this be timed in Piece 2 next year? The EP team would be happy to help mark it. AK", author="Amir Kessel")
para(d)
para(d, "Signed off for the workshop: Judith Pennock, Head of the Teaching Workshop, 28 November 2008.")

d.save(OUT)
print(OUT.name, words(d))
