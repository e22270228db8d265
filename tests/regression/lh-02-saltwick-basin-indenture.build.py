"""lh-02-saltwick-basin-indenture

Provider (invented): Saltwick Basin College of Boatbuilding and Heritage Crafts, a canal-side college whose
professional development unit for teachers is "the Saltwick Teachers' Workshop", with Tarnmouth University
validating. Application for approval to run the National Award for SEN Coordination from September 2009.

Document kind and layout: the course sent as the college's specimen Indenture of Apprenticeship, the deed by
which it binds every teacher on the course, adapted from the indenture it has used for its boatbuilding
apprentices since 1962. A short covering letter from the Clerk; the deed: parties (the Masters, the Apprentice,
the Surety = the school's governing body acting by its head, the University), Recitals (A)-(F) "WHEREAS", "NOW
THIS INDENTURE WITNESSETH", fourteen numbered clauses with sub-clauses in legal style, a definitions clause that
defines "Quarter Day", "Journeyman", "Trial Piece", "Masterpiece", "Shewn only", "Brought" and "Wardens' Court";
a testimonium and a signature table with merged cells and [placeholders]; five Schedules (the Quarter Days; the
Art and Mystery = the outcomes table "Article | The Apprentice shall learn to | Shewn on | Proved by" with merged
shaded group rows; the Trial Pieces and Masterpiece; the Wardens' Ordinances = quality assurance; the Masters =
staff). Tracked changes by the University's solicitor: a whole inserted clause (assessment without
apprenticeship), a whole deleted sentence (placements), a cell change. Two Word comments. Footnotes. Header and
footer. No heading styles: titles are bold capitals typed as Normal paragraphs.

Traps (requirement ids):
- Research only "as time allows" (1.3 partially_met); the research Article is expressly "not bound in this
  Indenture" (6.A6 not_met, negation).
- Parents: clause 6.4 says only that the Apprentice "will learn the value of good relations with families", but
  QD5 teaches working with families, so 1.7 is met; the liaison Article 26 is "Shewn only" (6.S8
  partially_met).
- "Shewn only" Articles exist (1.9 partially_met; 6.A3, 6.S2c, 6.K9 partially_met), defined in clause 1 far
  above the Schedule.
- "Brought" Articles: proved but never taught (6.K6, 6.S6 partially_met).
- Tracked change in the Second Schedule deletes "TP2" and inserts "Shewn only" for summative data (6.S2b
  partially_met).
- Prior learning: certificated masters-level study only, "Experience alone earns no credit" (2.1
  partially_met).
- Assessment without apprenticeship exists only in a clause inserted by tracked change (2.3 met: insertions are
  part of the submission).
- Placement in a special school is a deleted sentence; visiting specialists remain (5.5 partially_met).
- CRB is the Surety's responsibility: "the Masters make no check of their own" (5.3 not_met, someone else's
  responsibility).
- Stakeholders: the 2008 consultation "found strong support" with no findings (4.1 partially_met) and the course
  was "shaped by those it serves" in general terms (4.2 partially_met); heads and the LA sit on the Wardens'
  Court that evaluates (4.3 met).
- Resources only in general terms: "the Masters' library is at the Apprentice's disposal" (5.6 partially_met).
- A Word comment says Blackboard may be used "from 2010"; clause 11.4 says all instruction is in person (3.3
  not_applicable).
- Special arrangements for tests appear only in a Word comment (6.S2d not_met); child development is nowhere
  (6.K4 not_met).
- The Freedom (award) only when every Article is Proved (clause 11.1), but the Schedule leaves Articles "Shewn
  only", Article 6 unbound and two outcomes absent, so the rule does not reach all the minimum outcomes (6.0
  partially_met).
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _lh_helpers import *

SOL = "R. Quayle (Tarnmouth University Legal Office)"
DT = "2009-03-02T11:05:00Z"

d = new_doc("Times New Roman", 11)
header_footer(d, "SALTWICK BASIN COLLEGE  ·  SPECIMEN INDENTURE (SENCO)  ·  Form IA/7, March 2009",
              "Indenture of Apprenticeship  ·  the College's seal is affixed to the executed copy only")
fn = Footnotes(d)

# covering letter
para(d, "Saltwick Basin College of Boatbuilding and Heritage Crafts", bold=True, size=13)
para(d, "The Saltwick Teachers' Workshop · Basin Wharf · Saltwick · Tarnshire", italic=True)
para(d, "2 March 2009")
para(d, "To the Approvals Panel, Training and Development Agency for Schools")
para(d, "Dear Panel Members,")
para(d, "Since 1962 every apprentice who learns to build boats at Saltwick Basin has been bound to the College by "
        "an indenture: the College, the apprentice and a surety each promise what they will do, and the Schedules "
        "set out the craft. When our Teachers' Workshop designed its course for new SENCOs we bound it the same "
        "way, and the specimen below is the deed every teacher, their school and the University will sign in "
        "September. It is our application. The words in square brackets are filled in for each teacher. The "
        "University's Legal Office has marked up the specimen and we have left its changes showing.")
para(d, "Yours faithfully,")
para(d, "Margaret Tullett, Clerk to the Masters")
para(d, "")

para(d, "INDENTURE OF APPRENTICESHIP", bold=True, size=16, align="center")
para(d, "to the Art and Mystery of Special Educational Needs Coordination", italic=True, size=12, align="center")
para(d, "(the National Award for SEN Coordination)", align="center")
para(d, "")

para(d, "THIS INDENTURE is made the [day] day of [month] Two Thousand and Nine", bold=True)
para(d, "BETWEEN", bold=True)
for x in [
    "(1) THE SALTWICK BASIN COLLEGE OF BOATBUILDING AND HERITAGE CRAFTS of Basin Wharf, Saltwick, acting through "
    "its Teachers' Workshop (\"the Masters\");",
    "(2) [FULL NAME OF TEACHER] of [address], a qualified teacher (\"the Apprentice\");",
    "(3) THE GOVERNING BODY OF [NAME OF SCHOOL], acting by its Headteacher (\"the Surety\"); and",
    "(4) TARNMOUTH UNIVERSITY of College Road, Tarnmouth (\"the University\").",
]:
    para(d, x)

para(d, "RECITALS", bold=True)
recitals = [
    "(A) WHEREAS the Masters have taught the crafts of the waterways to apprentices since 1962 and have run "
    "courses for teachers since 1991, and the Apprentice wishes to learn the Art and Mystery of coordinating "
    "provision for pupils with special educational needs and disabilities.",
    "(B) AND WHEREAS the end of this Indenture is that the pupils with special educational needs and disabilities "
    "in the Apprentice's school achieve more and are safer, healthier and happier: that they enjoy and achieve, "
    "stay safe, are healthy, make a positive contribution and are prepared for economic well-being; and every "
    "Quarter Day, Trial Piece and the Masterpiece is set to that end.",
    "(C) AND WHEREAS the Masters held a consultation with schools in Tarnshire in 2008 which found strong support "
    "for a course of this kind at the Basin, and the course has been shaped by those it serves.",
    "(D) AND WHEREAS the University has validated the course as a module of 60 credits at masters level (Level 7) "
    "under the title Special Educational Needs Coordination (ED7SC), which the Apprentice may count towards the "
    "University's Postgraduate Certificate in Education (Inclusion).",
    "(E) AND WHEREAS the Surety wishes the Apprentice to become or remain the school's special educational needs "
    "coordinator and will release and support the Apprentice as set out below.",
    "(F) AND WHEREAS the Masters will keep the course abreast of research as time allows.",
]
for r in recitals:
    para(d, r)

para(d, "NOW THIS INDENTURE WITNESSETH as follows:", bold=True)


def clause(num, title, subs):
    p = para(d)
    add_run(p, f"{num}. {title}", bold=True)
    out = []
    for s in subs:
        out.append(para(d, s))
    return out


clause("1", "DEFINITIONS", [
    "1.1 In this Indenture: \"the Art\" means the attributes, knowledge and workmanship set out in the Second "
    "Schedule; an \"Article\" is one line of that Schedule; \"Quarter Day\" means a day of instruction at the "
    "Basin listed in the First Schedule; \"Journeyman\" means the senior colleague in the Apprentice's school who "
    "mentors the Apprentice; \"Trial Piece\" means one of the marked assignments TP1, TP2 and TP3, and "
    "\"Masterpiece\" the final assessed project, both in the Third Schedule; \"Shewn\" means taught on a Quarter "
    "Day; \"Proved\" means assessed and passed in a Trial Piece or the Masterpiece; \"Wardens' Court\" means the "
    "body in the Fourth Schedule; and \"the Freedom\" means the National Award for SEN Coordination.",
    "1.2 In the Second Schedule \"Shewn only\" means that the Article is taught on a Quarter Day and is not "
    "Proved; and \"Brought\" means that the Article is not Shewn on any Quarter Day, the Apprentice being "
    "expected to bring it from their own practice, but is Proved.",
])
clause("2", "THE TERM", [
    "2.1 The Apprentice is bound for a term of one year from the first Quarter Day, which may be extended once by "
    "the Masters for up to a further year.",
])
clause("3", "BINDING AND ENTRY", [
    "3.1 No teacher shall be bound unless they hold Qualified Teacher Status, are in post as SENCO or are named "
    "by the Surety as the next SENCO, and have been seen by a Master at an entry interview of thirty minutes at "
    "which their experience of pupils with SEN is discussed against the Articles.",
    "3.2 A teacher whom the Masters judge not yet ready to benefit is told in writing what to do first and may "
    "be bound at the next intake; the Masters write also to the Surety.",
    "3.3 It is for the Surety, and not the Masters, to satisfy itself of the Apprentice's suitability to work "
    "with children; the Masters make no check of their own.",
])
clause("4", "TAKING OF MEASURE", [
    "4.1 Before the first Quarter Day the Apprentice completes the Measure: a rating of themselves against each "
    "Article of the Second Schedule, checked by the Journeyman and then discussed with a Master at the Basin.",
    "4.2 From the Measure the Apprentice and the Master write the Apprentice's Plan, naming the Articles on which "
    "the Apprentice most needs work, the Apprentice's own further aims for the year, the school focus for the "
    "Masterpiece and the Quarter Days at which the Apprentice will join the smaller workshop groups. The Plan is "
    "reviewed at the third and sixth Quarter Days.",
])

# clause 5 with tracked deletion of placements
p51 = para(d)
add_run(p51, "5. THE MASTERS COVENANT", bold=True)
para(d, "5.1 The Masters shall teach the Apprentice the Art on the Quarter Days set out in the First Schedule, "
        "in groups of no more than eighteen, and shall set and mark the Trial Pieces and the Masterpiece.")
p = para(d, "5.2 The Masters shall bring to the Basin, on the Quarter Days shown in the First Schedule, an "
            "educational psychologist, a speech and language therapist, a specialist teacher of the deaf, an "
            "autism outreach teacher and a parent from the Tarnshire Parents' Forum. ")
del_run(p, "The Masters will also find each Apprentice a placement of five days in a special school of the "
           "Apprentice's choosing.", author=SOL, date=DT)
p53 = para(d, "5.3 The Masters' library is at the Apprentice's disposal.")
para(d, "5.4 The Masters shall anticipate the needs of disabled Apprentices. The entry form invites every "
        "applicant to tell the Masters of a disability or condition in confidence and explains what will follow; "
        "the Masters then agree in writing with the Apprentice the reasonable adjustments to be made to teaching, "
        "rooms, materials, Trial Pieces and the Masterpiece (for instance extra time, a scribe, papers in large "
        "print, a BSL interpreter, rest breaks on Quarter Days). The Basin's workshop rooms have level access, a "
        "hearing loop and an accessible lavatory. The Masters' prospectus and entry form are reviewed each year "
        "against the College's Disability Equality Scheme.")
para(d, "5.5 The Masters shall give the Apprentice at the Masterpiece a Journeyman's Plan, a planning sheet on "
        "which the Apprentice sets their professional targets for the two years after the Freedom, and shall "
        "discuss it with the Apprentice and the Surety at the final review meeting, so that the Apprentice leaves "
        "with targets agreed with their headteacher.")
clause("6", "THE APPRENTICE COVENANTS", [
    "6.1 The Apprentice shall attend every Quarter Day named in the Apprentice's Plan and shall keep the "
    "Prentice's Book, a log of the work done in school under this Indenture.",
    "6.2 The Apprentice shall, within the first term, ask a group of pupils with SEN in their school what helps "
    "and hinders their learning, by interview, questionnaire or a pupil-led review, and shall report what they "
    "heard and what changed in TP1.",
    "6.3 The Apprentice shall advise and support colleagues in their school and in its partner schools, and "
    "shall lead one staff meeting and coach one teaching assistant during the Term, recording both in the "
    "Prentice's Book.",
    "6.4 The Apprentice will learn the value of good relations with families.",
    "6.5 The Apprentice shall in the Masterpiece lead a change in provision in their school over two terms and "
    "show what it has changed for pupils.",
])
p7 = para(d)
add_run(p7, "7. THE SURETY COVENANTS", bold=True)
p71 = para(d, "7.1 The Surety shall release the Apprentice for the Quarter Days and for one further day each term, "
              "shall name a Journeyman, and shall host the Masters' visit once in the Term.")
fn.add(p71, "The Journeyman's Handbook is issued at the Journeymen's meeting at the Basin in September, with the "
       "dates of the Masters' visits.")
para(d, "7.2 The Surety shall give the Apprentice access to the school's data, policies and provision map for "
        "the purposes of the Trial Pieces and the Masterpiece.")
clause("8", "THE UNIVERSITY COVENANTS", [
    "8.1 The University shall register the Apprentice as a student of the module, appoint an external examiner, "
    "and hold a board of examiners each July which awards the 60 credits and confirms the Freedom.",
])
clause("9", "PRIOR LEARNING", [
    "9.1 An Apprentice who has passed masters-level study in special educational needs within the last five years "
    "may claim credit under the University's regulations for the accreditation of prior certificated learning, up "
    "to 20 credits, against the Trial Pieces it matches. Experience alone earns no credit.",
])
# whole inserted clause 10 (tracked)
p10a = para(d)
add_run(p10a, "10. ASSESSMENT WITHOUT APPRENTICESHIP", bold=True)
p10b = para(d, "10.1 In exceptional circumstances a teacher who already practises the Art, for instance an "
               "experienced SENCO or a teacher from a support service, may be admitted directly to the "
               "Masterpiece and a viva without being bound for the Quarter Days. Such a teacher shall present a "
               "portfolio against every Article of the Second Schedule, shall be assessed against every Article, "
               "and shall receive the Freedom only if every Article is Proved. The fee for this route is £450.")
mark_para_inserted(p10a, author=SOL, date=DT)
mark_para_inserted(p10b, author=SOL, date=DT)

clause("11", "THE FREEDOM AND HOW THE TERM IS SERVED", [
    "11.1 The Apprentice shall be made free of the Art, and awarded the National Award for SEN Coordination, only "
    "when every Article of the Second Schedule has been Proved in a Trial Piece, the Masterpiece or, under "
    "clause 10, a portfolio, and the board of examiners has confirmed it. Attendance alone gives no Freedom.",
    "11.2 The Apprentice may be bound at either of two intakes, in September or in January; the Quarter Days of "
    "the second and third Blocks of the First Schedule may be taken in either order.",
    "11.3 An Apprentice who must stand down (for illness, maternity, a change of school) may suspend the "
    "Indenture and resume with a later intake within three years, keeping every Article already Proved. An "
    "Apprentice may also take Quarter Days on the evening programme (5 to 8 pm, two evenings for each day) in "
    "place of the daytime ones.",
    "11.4 All instruction under this Indenture is given in person, at the Basin or in the Apprentice's school.",
])
clause("12", "FEES", [
    "12.1 The fee is £1,200, paid by the Surety or by the local authority on the Surety's behalf. The Apprentice's "
    "Plan lets an Apprentice who is already sound in some Articles join the shorter workshop groups on those "
    "days, so that Masters' time goes to the Articles each Apprentice needs.",
])
clause("13", "THE WARDENS", [
    "13.1 The quality of the course, its marking and its effect are kept by the Wardens' Court under the "
    "Ordinances in the Fourth Schedule.",
])
clause("14", "GENERAL", [
    "14.1 This Indenture is governed by the law of England and Wales. A complaint by any party is heard first by "
    "the Clerk to the Masters and then under the University's complaints procedure.",
])

para(d, "IN WITNESS whereof the parties have signed this Indenture on the day and year first written above.",
     bold=True)
sig = table(d, [["Party", "Signed", "Name", "Date"],
                ["For the Masters", "", "[Principal of the College]", "[date]"],
                ["The Apprentice", "", "[Full name of teacher]", "[date]"],
                ["For the Surety", "", "[Headteacher]  ·  [Chair of Governors]", "[date]"],
                ["For the University", "", "[Dean of Education]", "[date]"],
                ["Witnessed by the Clerk to the Masters", None, None, None]],
            widths=[4.5, 4, 5.5, 3])
merge_row(sig, 5, "Witnessed by the Clerk to the Masters: ____________________", fill="F2F2F2", bold=False)

para(d, "")
para(d, "THE FIRST SCHEDULE: THE QUARTER DAYS", bold=True, size=12)
qd = [["Block", "Quarter Day", "Date", "What is Shewn"],
      ["Block One", "QD1", "24 September 2009", "The Measure; the SENCO's role; the law and guidance on SEN and the Code of Practice; disability equality law"],
      ["Block One", "QD2", "15 October 2009", "Every Child Matters and the SENCO; the common kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD); the visiting specialists"],
      ["Block Two", "QD3", "19 November 2009", "Identifying needs, targets and interventions; professionals' assessments; provision mapping"],
      ["Block Two", "QD4", "14 January 2010", "Deploying teaching assistants; the SENCO's time and priorities; assessment for learning"],
      ["Block Three", "QD5", "11 February 2010", "Pupils' voices; working with families (the Parents' Forum); outside agencies"],
      ["Block Three", "QD6", "18 March 2010", "Leading colleagues: coaching, observation, training; the inclusive school and its governors"],
      ["Block Four", "QD7", "6 May 2010", "School self-evaluation and SEN; research and best practice; the SENCO's own learning"],
      ["Block Four", "QD8", "24 June 2010", "The Masterpiece presented; the Journeyman's Plan"]]
q = table(d, qd, widths=[2.6, 2.2, 3.2, 9])
for top, bot in [(1, 2), (3, 4), (5, 6), (7, 8)]:
    m = q.cell(top, 0).merge(q.cell(bot, 0))
    m.text = ""
    add_run(m.paragraphs[0], qd[top][0], bold=True)

para(d, "")
para(d, "THE SECOND SCHEDULE: THE ART AND MYSTERY", bold=True, size=12)
para(d, "Each Article is one thing the Apprentice shall learn, in the Masters' words. \"Shewn on\" names the "
        "Quarter Day; \"Proved by\" names the Trial Piece or the Masterpiece.", italic=True)
arts = [
    ("G", "OF BEARING"),
    ("1", "Deal fairly, respectfully and constructively with pupils with SEN and disabilities and with their parents and carers", "QD5", "Masterpiece"),
    ("2", "Win the commitment of colleagues, the headteacher and senior leaders to better outcomes for these pupils", "QD6", "TP3"),
    ("3", "Put work in order, manage time and delegate tasks, seeing that they are done", "QD4", "Shewn only"),
    ("4", "Foresee and resolve difficulties, decide soundly and judge well what provision a pupil needs", "QD3", "TP2"),
    ("5", "Speak and write clearly; listen to others and understand their views", "every Quarter Day", "TP1, Masterpiece"),
    ("6", "Draw on research and outside advice to improve their own and colleagues' practice", "Not bound in this Indenture: it belongs to the University's MA", "\u2014"),
    ("7", "Keep abreast of developments and take charge of their own professional development in SEN and disability", "QD7", "Masterpiece"),
    ("G", "OF KNOWLEDGE"),
    ("8", "Know the law and guidance on SEN, the Code of Practice and what they require of the school and the SENCO, and how to carry them out", "QD1", "TP1"),
    ("9", "Know the principles and outcomes of Every Child Matters and the SENCO's part in them", "QD2", "TP1"),
    ("10", "Know the law on disability equality and what it requires for disabled pupils", "QD1", "TP1"),
    ("11", "Know the common kinds of SEN and disability and how they affect learning", "QD2", "TP2"),
    ("12", "Judge critically the approaches, strategies and resources, ICT among them, for assessing, planning and teaching pupils with SEN", "Brought", "TP2"),
    ("13", "Know how a school evaluates and improves itself, and how this bears on outcomes for pupils with SEN", "QD7", "TP3"),
    ("14", "Know best practice and what research has found in meeting special educational needs", "QD7", "TP3"),
    ("15", "Know what outside agencies do and how to get specialist help and resources", "QD5", "Shewn only"),
    ("G", "OF WORKMANSHIP"),
    ("16", "With senior colleagues and governors, shape the school's inclusive ethos, policies, priorities and use of resources", "QD6", "TP3"),
    ("17", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "QD3", "TP2"),
    ("18", "Use the assessments of other professionals to shape teaching", "QD3", "TP2"),
    ("19", "Use summative assessments, national tests among them, to track progress and change programmes", "QD3", "TP2"),
    ("20", "Encourage colleagues to use formative assessment, with approaches for pupils with SEN", "QD4", "Shewn only"),
    ("21", "Plan provision with a provision map and find provision that is missing or not working", "QD3", "TP2"),
    ("22", "Deploy and manage staff, teaching assistants in particular", "QD4", "Masterpiece"),
    ("23", "Develop colleagues by observation and feedback, modelling, coaching, mentoring and training", "QD6", "Masterpiece"),
    ("24", "Review with other staff how well provision works, to inform the school's self-evaluation", "Brought", "Masterpiece"),
    ("25", "Involve pupils with SEN in planning, agreeing and reviewing their own provision", "QD5", "TP1"),
    ("26", "Liaise with parents and carers to further their children's learning and development", "QD5", "Shewn only"),
    ("27", "Work in partnership with other services and agencies, voluntary bodies among them", "QD5", "Masterpiece"),
]
rows = [["Article", "The Apprentice shall learn to", "Shewn on", "Proved by"]]
for x in arts:
    rows.append([x[1], None, None, None] if x[0] == "G" else list(x))
st = table(d, rows, widths=[1.6, 10, 3.2, 2.6])
for i, x in enumerate(arts, start=1):
    if x[0] == "G":
        merge_row(st, i, x[1], fill="DDD9C4")
    if x[0] == "19":
        c = st.cell(i, 3)
        c.text = ""
        pp = c.paragraphs[0]
        del_run(pp, "TP2", author=SOL, date=DT)
        ins_run(pp, "Shewn only", author=SOL, date=DT)
    if x[0] == "20":
        anchor = st.cell(i, 1).paragraphs[0].runs[0]
        comment(d, [anchor], "Margaret - should there be an Article on access arrangements for SATs and GCSEs? "
                "Sue covers them informally at QD4 when there is time.", author="D. Ashby", initials="DA")

para(d, "")
para(d, "THE THIRD SCHEDULE: THE TRIAL PIECES AND THE MASTERPIECE", bold=True, size=12)
for lead, text in [
    ("TP1 The Law and the Pupil.", "A 3,000-word study, handed in after QD2, of the law, guidance and Every "
     "Child Matters as they bear on the pupils with SEN in the Apprentice's school, including what the pupils "
     "said when the Apprentice asked them (clause 6.2) and how their views will change their reviews."),
    ("TP2 The Provision Map.", "The Apprentice's provision map for one year group, with the data behind it, the "
     "professionals' reports used, and a 2,000-word critical commentary on the approaches and resources in it, "
     "handed in after QD4."),
    ("TP3 The Inclusion Paper.", "A paper to the Surety's governing body on one SEN priority, drawing on "
     "self-evaluation evidence and on research, with the governors' response, handed in after QD7."),
    ("The Masterpiece.", "The change led under clause 6.5, written up in 5,000 words with evidence of its effect "
     "on pupils' progress and well-being and on staff practice, the Prentice's Book, and a presentation at QD8 to "
     "two Masters and the Journeyman, followed by questions. The Masterpiece ends with the Journeyman's Plan."),
]:
    runin(d, lead, text)

para(d, "")
para(d, "THE FOURTH SCHEDULE: THE WARDENS' ORDINANCES", bold=True, size=12)
ords = [
    ("Ordinance 1. The Wardens' Court.", "The Wardens' Court meets each term. Its members are the Principal of "
     "the College, two headteachers chosen by the Tarnshire heads' association, the county's principal officer "
     "for SEN, a member of the Tarnshire Parents' Forum, a former Apprentice and the University's link tutor. It "
     "reads the evaluations in Ordinance 3, questions the Masters, and decides the changes for the next intake; "
     "each headteacher member visits one Quarter Day a year and reports on it."),
    ("Ordinance 2. Marking and moderation.", "Every Trial Piece and Masterpiece is marked by one Master and "
     "second-marked by another. The University's moderator samples a quarter of each, with every fail, before "
     "the board of examiners, and the external examiner reviews a sample each year and reports to the University. "
     "The Masters hold a standardising meeting before each Trial Piece is marked, using pieces from the year "
     "before."),
    ("Ordinance 3. Evaluation.", "Each Quarter Day is evaluated by the Apprentices on the day. At the end of the "
     "Term each Apprentice retakes the Measure and rates their confidence against each Article; the Journeyman "
     "and the Surety complete a short report on the change in the Apprentice's practice; and every Masterpiece "
     "reports the progress (in national curriculum levels or P-scales, attendance and pupils' own ratings) of "
     "the pupils in its target group against the measures taken before the change. The Masters bring these "
     "together in an annual report to the Wardens' Court and to the University's annual monitoring."),
    ("Ordinance 4. The Masters and Journeymen.", "Each Master has a written role description. Journeymen come to "
     "a meeting at the Basin in September and in February, where their part (support, not marking) is set out "
     "and rehearsed, and are visited by a Master once in the Term."),
]
for lead, text in ords:
    runin(d, lead, text)

para(d, "")
para(d, "THE FIFTH SCHEDULE: THE MASTERS", bold=True, size=12)
stf = table(d, [["Master", "Qualifications and experience", "Keeps current by"],
                ["Susan Drewery (Head of the Teachers' Workshop)", "SENCO for eleven years at Saltwick Community College; MA in Special and Inclusive Education; AMBDA", "Membership of nasen; the University's inclusion research seminar"],
                ["Dr Owen Pell", "Former county senior educational psychologist; doctorate in educational psychology; HPC registered", "Continuing practice two days a week with the county EP service"],
                ["Hannah Greaves", "Advisory teacher for autism and SLCN; PG Diploma in Autism; ELKLAN tutor", "The regional autism network; annual ELKLAN tutor update"]],
            widths=[4.5, 7.5, 5])
p_last = para(d, "Every Master is observed teaching once a year by the Head of the Teachers' Workshop or the "
                 "University's link tutor.")
fn.add(p_last, "The College's boatbuilding instructors are not Masters under this Indenture.")

comment(d, [p53.runs[0]], "From 2010 Apprentices will also be able to use the University's Blackboard site "
        "between Quarter Days. MT", author="M. Tullett", initials="MT")

fn.finish()
d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lh-02-saltwick-basin-indenture.docx"))
