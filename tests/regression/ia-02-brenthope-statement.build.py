"""ia-02-brenthope-statement: builds ia-02-brenthope-statement.docx.

Provider (invented): the Brenthope Alternative Provision Consortium (two pupil
referral units, Kestrel House and the Brook Lane Centre, the Medical Education
Service, two registered alternative providers and the Youth Offending
Service's Education, Training and Employment team) with Wealdbridge
University, applying to run the National Award for SEN Coordination.

Document kind and layout: the application written in the form of a Statement
of Special Educational Needs (the six Parts of Schedule 2 to the Education
(SEN) (England) Regulations 2001) adapted to a programme: Part 1 Introduction
as a field table, Part 2 "The needs", Part 3 "Provision" as Objectives /
Provision / Monitoring boxes for three Blocks, Part 4 "Placement", Part 5
"Needs beyond the course", Part 6 "Provision made by others", an "Annual
Review" section, a Schedule of the national outcomes in the same three
columns, and Appendices A-E of "advice" from stakeholders in their own words.
A covering letter on a letterhead typed with line breaks. No heading styles:
titles are bold capitalised Normal paragraphs; hand-numbered paragraphs 1-38
(some numbers collide with requirement ids). Header and footer. Tracked
changes (credit 40 -> 60; a deleted oral presentation; an inserted CRB detail),
two Word comments, two footnotes, a "[TBC with University]" placeholder, a
"[to be added]" placeholder row, merged shaded band rows.

Traps (requirement ids):
- Credit level changed by tracked change from "40" to "60": the inserted text
  counts (E.2 met).
- No e-learning: "There is no e-learning in the Award"; e-mailed handouts are
  not e-learning (3.3 not_applicable).
- Entry Review self-audit exists, but "All participants then follow the same
  programme" with no individual plan (2.2, 2.4 partially_met).
- Next steps are left to schools' performance management and "the Award does
  not include any session" on them (someone else's responsibility; 2.5 not_met).
- Equality: only "complies with the Disability Discrimination Act" and ground
  floor rooms, no disclosure or adjustment arrangements (3.1 partially_met).
- One September start, fixed order; a Saturday group is the only choice
  (3.2 partially_met).
- Workplace mentors' roles are decided by schools; only tutors are briefed
  (5.7 partially_met).
- Second marking and moderation "[TBC with University]" (placeholder; 5.8 not_met).
- Award by an overall 50 per cent with compensation between tasks
  (6.0 partially_met; 1.9 partially_met since several outcomes are unassessed).
- Pupil voice is a session only, not in any task (1.5, 6.S7 partially_met).
- Heads' advice in Appendix A asks for provision mapping; the programme never
  provides it (stakeholder words, not provider's; 6.S3 not_met).
- "the Award does not deal with national tests or summative data" (negation;
  6.S2b not_met).
- Schedule row for gaining colleagues' commitment is "[to be added]" with an
  empty Monitoring cell and a comment; SD9's work with the head and senior
  leaders is the only coverage (6.A2 partially_met).
- Task 3's oral presentation is a tracked deletion, so speaking and listening
  are not assessed (6.A5 partially_met).
- Disability law taught in Block 1 but no task assesses it (6.K3 partially_met);
  time management session only (6.A3); self-evaluation session only (6.K7);
  formative assessment "Review Day feedback (formative)" (6.S2c); reviewing
  provision with colleagues formative only (6.S6): all partially_met.
- CRB verification by the consortium itself, partly in a tracked insertion
  (5.3 met); assessment-only "Direct Assessment" route in body with a comment
  doubting the fee (2.3 met); APL and APEL (2.1 met).
- Research references partly in a footnote (1.3 met).
"""
import os
from _ia_helpers import (new_doc, para, add_text, rich, ins, dele, deleted_paragraph,
                         inserted_paragraph, comment, footnote, shade, cell_text,
                         table, band, header_footer, save)
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ia-02-brenthope-statement"
UNI = "R. Okafor (Wealdbridge)"
PL = "Karen Pike"
D1 = "2009-02-10T09:20:00Z"
D2 = "2009-02-12T15:05:00Z"

doc = new_doc("Times New Roman", 11)
header_footer(doc, "BRENTHOPE ALTERNATIVE PROVISION CONSORTIUM  —  APPLICATION TO THE TDA  —  IN CONFIDENCE",
              "Statement format adapted from Schedule 2 to the Education (Special Educational Needs) (England) "
              "Regulations 2001")


def title(text):
    p = para(doc, text, bold=True, size=12)
    p.paragraph_format.space_before = Pt(12)
    return p


def num(n, text):
    p = para(doc, "%s\t%s" % (n, text))
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    return p


# ---------------------------------------------------------------- covering letter
para(doc, "Brenthope Alternative Provision Consortium\nKestrel House\nMill Road\nBrenthope BR4 7JD\n"
          "Tel 01632 902 771", size=10)
para(doc, "16 February 2009", size=10)
para(doc, "The SENCO Training Team\nTraining and Development Agency for Schools", size=10)
para(doc, "Dear Colleagues")
para(doc, "Our application to run the National Award for SEN Coordination is enclosed. The people who wrote it "
          "read and write Statements of Special Educational Needs every week, so we have set the application out "
          "in the six Parts of a Statement: what the needs are, what will be provided to meet them and how it will "
          "be monitored, where it happens, what else is needed, and who else provides it. The advice we took from "
          "our partners is attached, as it would be to a Statement, in their own words. We have found that the "
          "format makes us say exactly what we will do, and we hope the panel finds it easy to follow.")
para(doc, "Yours faithfully")
para(doc, "Karen Pike\nProgramme Leader and Head of Kestrel House")

# ---------------------------------------------------------------- statement
para(doc, "STATEMENT OF PROVISION", bold=True, size=16, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "made by the Brenthope Alternative Provision Consortium and Wealdbridge University in respect of "
          "the programme named in Part 1", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

title("PART 1 — INTRODUCTION")
P1 = [
    ("Field", "Entry"),
    ("Name of programme", "The Brenthope Award in SEN Coordination (National Award for SEN Coordination)"),
    ("Awarding institution", "Wealdbridge University, School of Education and Lifelong Learning"),
    ("Level and credit", "Postgraduate Certificate at Level 7 (Master's level), "),
    ("Partners", "Kestrel House (Key Stage 3 PRU); the Brook Lane Centre (Key Stage 4 PRU); the Brenthope "
                 "Medical Education Service; the Second Chance Motor Project and Harlow Farm (registered "
                 "alternative provision); the Youth Offending Service Education, Training and Employment team"),
    ("First intake", "September 2009; 20 places a year"),
    ("Programme Leader", "Karen Pike, Head of Kestrel House"),
    ("Date of statement", "16 February 2009"),
]
p1t = table(doc, P1, widths=[4.5, 12.5])
lc = p1t.cell(3, 1).paragraphs[0]
dele(lc, "40 credits", UNI, D1)
ins(lc, "60 credits in three modules of 20 credits", UNI, D1)

num("1.", "The Consortium and the University have assessed the needs this programme must meet, set out in Part 2, "
          "and make the provision in Parts 3, 4 and 6. The programme is validated by Wealdbridge University, which "
          "confers the award and whose regulations govern its assessment.")
p = num("2.", "The advice received in making this statement is attached as Appendices A to E.")
footnote(doc, p, "A Statement of SEN has six Parts; its appendices hold the advice from parents, school, medical, "
                 "psychological and social services. We have kept the Parts and replaced the advices with those of "
                 "our own partners.")
num("3.", "Throughout, \u201cparticipants\u201d are the teachers on the programme and \u201cyoung people\u201d are the "
          "pupils they teach.")

title("PART 2 — THE NEEDS")
num("4.", "In October and November 2008 we surveyed all 38 secondary and 112 primary schools in the county about "
          "SEN coordination (71 replied), held three meetings with PRU and alternative provision staff, and asked "
          "the YOS Youth Forum and the Parent Partnership Service for their views (Appendices B and D).")
para(doc, "The young people. In 2007-08 the county's two PRUs had 214 young people on roll over the year; 61 per "
          "cent had SEN recorded at School Action Plus or a statement by the time they left, but fewer than half of "
          "those needs had been identified before they arrived. The YOS worked with 388 young people of school age, "
          "of whom one in three was not attending any education regularly. These are the young people the "
          "participants' schools most often lose.")
num("5.", "Schools told us their SENCOs are least confident with young people whose behaviour puts their place at "
          "risk: 58 of the 71 said behavioural, emotional and social difficulties were the need they most wanted "
          "help with, and 44 named speech, language and communication needs.")
num("6.", "PRU and alternative provision staff told us that young people arrive without anyone having made sense of "
          "their development and history, and that exam access arrangements are often lost when a young person "
          "moves between settings.")
num("7.", "The Youth Forum told us that nobody asks young people what helps them. The Parent Partnership Service "
          "told us that families of excluded young people feel blamed and give up on meetings.")
num("8.", "Heads asked for a course that does not take SENCOs out of school more than ten days a year, and that "
          "leaves the school with something it can use.")
num("9.", "Because of what we heard we changed the draft programme we had shared in September 2008: we added Study "
          "Day 3 on development and attachment, moved the Parent Partnership Service from a guest slot to co-tutor "
          "of Study Day 6, cut the taught days from fourteen to ten, and made Task 2 a piece of partnership work "
          "that the school keeps.")

title("PART 3 — PROVISION")
para(doc, "Objectives", bold=True, italic=True)
num("10.", "The programme's objective is to raise the achievement and improve the well-being of young people with "
           "SEN and/or disabilities, in all five Every Child Matters outcomes, by developing the knowledge, "
           "understanding and skills of the teachers who coordinate their provision. Each of the three tasks is "
           "marked partly on the participant's evidence of what changed for young people.")
num("11.", "The programme is built on current evidence about what works for young people at risk of exclusion and "
           "with language needs, and on the national policy that shapes alternative provision.")
p = para(doc, "It is taught in three Blocks of ten Study Days in all, with a placement of three days and three "
              "assessed Tasks. The boxes below follow the three headings of Part 3 of a Statement.")
footnote(doc, p, "Among the sources the Study Days use: Ofsted (2006) Inclusion: does it matter where pupils are taught?; "
                 "Steer, A. (2005) Learning Behaviour; DCSF (2008) Back on Track; Bercow, J. (2008) The Bercow Report; "
                 "Ofsted (2007) reports on pupil referral units.")

B1 = [
    ("Block 1 — Foundations (Study Days 1 to 4, autumn term; Module 1, 20 credits)", None, None),
    ("Objectives", "Provision", "Monitoring"),
    ("Participants know the law and guidance on SEN and disability and the SENCO's part in Every Child Matters; "
     "understand how young people develop and what gets in the way; know the common kinds of SEN; can plan and "
     "review interventions; run the role well.",
     "SD1 The law and the role: the SEN Code of Practice and SEN Toolkit, the Children Act 2004 and Every Child "
     "Matters, the SENCO regulations, the Disability Discrimination Act and the disability equality duty.\n\n"
     "SD2 The common kinds of need: BESD, SLCN, ASD, specific learning difficulties including dyslexia, MLD; how "
     "each affects learning.\n\n"
     "SD3 Growing up at risk: child and adolescent development, attachment, trauma and the effect of home, "
     "school and community on development.\n\n"
     "SD4 Making the role work: managing time, prioritising and delegating; planning, targets and review; "
     "approaches, strategies and resources including ICT; hearing young people: pupil voice and person-centred "
     "review.",
     "Task 1, Pupil Profile (3,000 words): a profile of one young person, drawing on the assessments of at least "
     "two other professionals, explaining their development and needs against the law and the ECM outcomes, and "
     "setting out targets, an intervention (with the strategies and resources, ICT included, chosen and why) "
     "and its review. Marked by the Block tutor. Criteria include the participant's relationship with the young "
     "person and family and the way the family's views were sought and used."),
]
t1 = table(doc, B1, widths=[4.5, 7.0, 5.5], header=False)
band(t1, 0, B1[0][0], fill="D9D9D9")
for j in range(3):
    shade(t1.cell(1, j), "EDEDED")
    for r in t1.cell(1, j).paragraphs[0].runs:
        r.bold = True
para(doc, "")

B2 = [
    ("Block 2 — Partnership (Study Days 5 to 7 and placement, spring term; Module 2, 20 credits)", None, None),
    ("Objectives", "Provision", "Monitoring"),
    ("Participants work with families, colleagues and other services, get specialist help, make sound decisions, "
     "deploy support staff well and help colleagues to develop.",
     "SD5 Round the young person: the educational psychology service, CAMHS, speech and language therapy, the "
     "YOS, social care, Connexions and voluntary organisations; the CAF; how to get specialist support and "
     "resources.\n\n"
     "SD6 Working with families, co-taught with the Parent Partnership Service: meetings that do not blame, "
     "advising and supporting parents and carers, agreeing plans with them.\n\n"
     "SD7 Leading adults in the school: deploying and managing teaching assistants and learning mentors; coaching, "
     "observation and feedback, modelling, and planning training for colleagues; advising colleagues in other "
     "schools; access arrangements for tests and examinations and the JCQ regulations, and keeping them in place "
     "when young people move.\n\n"
     "Placement: three days in a setting unlike the participant's own (a PRU, the YOS, the Medical Education "
     "Service or a special school), hosted by its SENCO or teacher in charge.",
     "Task 2, Partnership Report (3,000 words): the participant's own piece of work with a family and at least "
     "one other service on one issue in their school; how they deployed support staff for it; one colleague they "
     "coached; and the access arrangements they identified and put in place for young people taking tests or "
     "examinations that year. Marked by the Block tutor."),
]
t2 = table(doc, B2, widths=[4.5, 7.0, 5.5], header=False)
band(t2, 0, B2[0][0], fill="D9D9D9")
for j in range(3):
    shade(t2.cell(1, j), "EDEDED")
    for r in t2.cell(1, j).paragraphs[0].runs:
        r.bold = True
para(doc, "")

B3 = [
    ("Block 3 — Leading change (Study Days 8 to 10, summer term; Module 3, 20 credits)", None, None),
    ("Objectives", "Provision", "Monitoring"),
    ("Participants lead improvement in SEN provision, use research, work with senior leaders and governors on "
     "policy and resources, and plan their own development.",
     "SD8 Research and best practice in meeting SEN; reading research critically; using outside advice.\n\n"
     "SD9 Strategy: working with the head, senior leaders and governors on an inclusive ethos, policy, priorities "
     "and resources; school self-evaluation and improvement planning and how SEN fits.\n\n"
     "SD10 Review Day: participants review, with colleagues from their own school, how well one area of "
     "provision is working; formative assessment for pupils with SEN and how to help colleagues use it.",
     "Task 3, Change Project (4,000 words): an improvement the participant leads, with baseline and follow-up "
     "measures for the young people it affects, a review of research, a paper to the governing body on the SEN "
     "priorities and resources that follow from it, and a reflective section on how the participant has kept "
     "up to date with SEN developments during the year and the training they sought out for themselves. "
     "Marked by the Block tutor.\n\n"
     "Review Day: feedback from tutor and peers (formative)."),
]
t3 = table(doc, B3, widths=[4.5, 7.0, 5.5], header=False)
band(t3, 0, B3[0][0], fill="D9D9D9")
for j in range(3):
    shade(t3.cell(1, j), "EDEDED")
    for r in t3.cell(1, j).paragraphs[0].runs:
        r.bold = True
mon3 = t3.cell(2, 2).paragraphs[0]
dele(mon3, " Task 3 ends with a 15-minute presentation to the Block 3 panel, with questions.", UNI, D2)
para(doc, "")

para(doc, "How a Study Day runs. Each Study Day runs from 9.15 to 3.45. The morning is taught by the Block tutor with a "
          "guest from one of the services; the afternoon is given to case discussion in groups of four, using "
          "anonymised files from the Consortium's centres and, later in the year, the participants' own Task work. "
          "Participants bring a question from their own school to every Study Day, and the last half hour is spent "
          "on what each will try before the next one.")
num("12.", "Most young people in our centres have no recent national test results, so the Award does not deal "
           "with national tests or summative data. Progress in Task 1 and Task 3 is shown through the "
           "participant's own observations and the young person's targets.")
num("13.", "Entry Review. Before the course each participant completes a self-audit against the national outcomes, "
           "which the Programme Leader reads before Study Day 1. All participants then follow the same programme "
           "of Study Days and Tasks.")
num("14.", "Credit. Participants may claim credit for prior certificated learning at Level 7 (up to 20 credits, "
           "replacing one module) and for prior experiential learning, through a portfolio claim assessed by the "
           "University against the module's outcomes. A participant given credit still shows every national "
           "outcome covered by that module, in a short mapping marked by the Programme Leader.")
p = num("15.", "Direct Assessment. In exceptional cases, a teacher who has led SEN coordination for at least three "
               "years may ask to be assessed without attending. They submit all three Tasks, written about their "
               "own recent work, and are interviewed by the Programme Leader and a University tutor against the "
               "national outcomes.")
comment(doc, p.runs[0:1], "Fee for Direct Assessment not yet agreed with Finance: £400?", "Karen Pike", "KP")
num("16.", "Fees. The fee is £1,200, the University's standard fee for 60 credits. The Consortium pays half for "
           "teachers in its own centres.")
num("17.", "Award. To be awarded the Postgraduate Certificate a participant needs an overall mark of 50 per cent "
           "across the three Tasks; a Task marked between 35 and 39 per cent may be compensated by stronger marks "
           "in the others.")

title("PART 4 — PLACEMENT")
num("18.", "Study Days are at Kestrel House, which has a training room, a resource base and parking, and at the "
           "University's Brenthope campus for Study Days 8 and 9.")
num("19.", "There is one intake a year, in September, and the Blocks are taken in order. Study Days run on "
           "Wednesdays. Where a school cannot release its SENCO on Wednesdays, the same Study Days are repeated on "
           "Saturdays for a second group.")
TT = [
    ("Study Day", "Date (Wednesday group)", "Venue"),
    ("SD1 to SD4", "16 and 30 September, 14 October, 11 November 2009", "Kestrel House"),
    ("SD5 to SD7", "13 January, 3 February, 3 March 2010", "Kestrel House"),
    ("Placement", "three days agreed with the host, February to March 2010", "host setting"),
    ("SD8, SD9", "28 April, 19 May 2010", "Wealdbridge University, Brenthope campus"),
    ("SD10 Review Day", "16 June 2010", "Kestrel House"),
    ("Task deadlines", "Task 1: 8 January; Task 2: 23 April; Task 3: 9 July 2010", "handed in to the University"),
]
table(doc, TT, widths=[3.5, 8.5, 5.0])
para(doc, "The Saturday group follows the same dates moved to the Saturday after.", italic=True, size=9)
num("20.", "There is no e-learning in the Award. Handouts are e-mailed after each Study Day.")
num("21.", "Placements are arranged by the Programme Leader with the host settings, which agree a three-day "
           "programme and a named host. Hosts are the SENCOs or teachers in charge of the two PRUs, the YOS ETE "
           "team, the Medical Education Service and three special schools. Speakers from the educational "
           "psychology service, CAMHS, the YOS speech and language therapist and the Parent Partnership Service "
           "teach on Study Days 5 and 6.")
num("22.", "Resources. The Kestrel House resource base lends participants assistive technology (text-to-speech and "
           "voice-recognition software, Clicker 5, talking tins, digital recorders), standardised assessment kits "
           "and a library of 600 books and journals on SEN and behaviour. Participants also have full access to "
           "the University library and its electronic journals.")

title("PART 5 — NEEDS BEYOND THE COURSE")
num("23.", "Access. The Consortium complies with the Disability Discrimination Act. All Study Day rooms are on the "
           "ground floor.")
p = num("24.", "Safeguarding. At interview the Programme Leader sees the original enhanced CRB disclosure of every "
               "applicant")
ins(p, " and records its number and date", PL, D2)
add_text(p, ". An applicant whose disclosure is more than three years old, or who has not worked with children in "
            "the last three months, applies for a new one through the County's CRB unit before starting. The "
            "reference we take from the applicant's current employer asks about their conduct and any disciplinary "
            "matters, and whether they have ever been barred from working with children.")
num("25.", "Entry. Applicants must be qualified teachers who lead, or will lead by September, SEN coordination, "
           "with their head's written support. The Programme Leader interviews each applicant. An applicant who is "
           "not yet ready is given written advice about what to do first, and with their agreement the Programme "
           "Leader talks to their head.")

title("PART 6 — PROVISION MADE BY OTHERS")
num("26.", "Schools release their SENCO for ten Study Days and three placement days.")
num("27.", "Each participant's school appoints a workplace mentor; the school decides the mentor's role.")
num("28.", "Next steps after the Award are a matter for participants' schools through performance management; the "
           "Award does not include any session or planning about further targets.")
num("29.", "The University provides library access, registration and the Award Board.")

title("ANNUAL REVIEW")
num("30.", "Staff. Karen Pike (Programme Leader) was SENCO at a secondary school for nine years before leading "
           "Kestrel House and holds an MA in Inclusive Education. The Block tutors are Dr Ruth Okafor, senior lecturer "
           "in special and inclusive education at Wealdbridge; Sam Hollis, head of the Brook Lane Centre and a "
           "former county behaviour support teacher; and Anita Rao, YOS ETE manager and a qualified SpLD specialist "
           "teacher. All three keep up to date through the University's SEN research group and the county SENCO "
           "network, and each leads at least one county SENCO briefing a year.")
num("31.", "Tutors are briefed by the Programme Leader at the start of each year.")
num("32.", "Evaluation. Participants evaluate each Study Day in writing and complete a questionnaire at the end of "
           "each Block. The University's annual monitoring reviews the programme, and the county's Research and "
           "Intelligence team carries out an independent evaluation in the first two years. The Programme Leader "
           "brings all of this to the Stakeholder Reference Group each July, and the changes agreed are reported "
           "to participants, heads and the University.")
num("33.", "The Stakeholder Reference Group is made up of four headteachers, two former participants, the Parent "
           "Partnership Service, two members of the YOS Youth Forum and the YOS ETE manager. It reads the "
           "evaluations, hears from hosts, and agrees the changes for the following year.")
num("34.", "Impact. Participants complete a confidence and competence questionnaire against the national outcomes "
           "at the Entry Review and again at the end. Every Change Project records baseline and follow-up measures "
           "for the young people it affects (attendance, fixed-term exclusions, Boxall Profile); the "
           "Programme Leader collates these each year into a report on the programme's impact on young people.")
num("35.", "Marking. Each Task is marked by the Block tutor. Second marking and moderation: [TBC with University].")

title("SCHEDULE — THE NATIONAL OUTCOMES")
num("36.", "The Schedule sets each national outcome, in our words, against the provision and the monitoring in Part 3.")
S = [
    ("Objective (our words)", "Provision", "Monitoring"),
    ("BAND", "Attributes", None),
    ("Fair, respectful relationships with young people and their families", "SD4; SD6", "Task 1"),
    ("Gaining the commitment of the head, senior leaders and colleagues", "[to be added]", ""),
    ("Managing time, prioritising, delegating", "SD4", "\u2014"),
    ("Seeing problems ahead and making sound decisions", "SD5; SD7", "Task 2"),
    ("Clear speaking and writing; listening to others", "all Study Days", "Tasks 1 to 3 (written)"),
    ("Using research and outside advice to improve practice", "SD8", "Task 3"),
    ("Keeping up to date; planning own development", "SD8; SD9", "Task 3 (reflective section)"),
    ("BAND", "Knowledge and understanding", None),
    ("SEN law, the Code of Practice and how to put them into practice", "SD1", "Task 1"),
    ("Every Child Matters and the SENCO's part", "SD1", "Task 1"),
    ("Disability equality law and what it requires", "SD1", "\u2014"),
    ("How children develop; what affects development", "SD3", "Task 1"),
    ("The common kinds of SEN and how they affect learning", "SD2", "Task 1"),
    ("Approaches, strategies and resources, ICT included", "SD4", "Task 1"),
    ("School self-evaluation and SEN", "SD9", "\u2014"),
    ("Best practice and research in meeting SEN", "SD8", "Task 3"),
    ("External agencies and getting specialist support", "SD5", "Task 2"),
    ("BAND", "Skills", None),
    ("Strategy, policy and resources with senior leaders and governors", "SD9", "Task 3 (paper to governors)"),
    ("Identifying need, targets, interventions, review", "SD4", "Task 1"),
    ("Using other professionals' assessments", "SD5", "Task 1"),
    ("Helping colleagues with formative assessment", "SD10", "Review Day feedback (formative)"),
    ("Access arrangements for tests and examinations", "SD7", "Task 2"),
    ("Deploying and managing support staff", "SD7", "Task 2"),
    ("Developing colleagues", "SD7", "Task 2"),
    ("Reviewing provision with colleagues", "SD10", "Review Day feedback (formative)"),
    ("Involving young people in their provision", "SD4", "\u2014"),
    ("Working with parents and carers", "SD6", "Task 1; Task 2"),
    ("Working with other services and voluntary organisations", "SD5; placement", "Task 2"),
]
st = table(doc, S, widths=[8.0, 4.0, 5.0], size=9)
for i, row in enumerate(S):
    if row[0] == "BAND":
        band(st, i, row[1], fill="D9D9D9", size=9)
comment(doc, st.cell(3, 1).paragraphs[0].runs[0:1], "Who is writing this row? Task 3 paper to governors?",
        "R. Okafor", "RO")

num("37.", "Where a participant has not shown an outcome in a Task, the Block tutor notes it on the feedback sheet.")
num("38.", "This statement will be reviewed after the first year.")

title("APPENDIX A — ADVICE FROM THE HEADTEACHERS' FORUM")
para(doc, "\u201cThe Forum supports the application. Our SENCOs need to leave the course able to do provision mapping "
          "and to show governors what the money buys. We would like the course to be as short as it can be, and "
          "the Forum will happily send heads to the Reference Group.\u201d  Chair, Brenthope Secondary Heads' Forum",
     italic=True)
title("APPENDIX B — ADVICE FROM THE YOS YOUTH FORUM")
para(doc, "\u201cTeach them to ask us. Ask what helps before you decide. Don't make us tell our story again every "
          "time we move. If a teacher listens we stay.\u201d  Members of the Youth Forum, written up by their "
          "participation worker", italic=True)
title("APPENDIX C — ADVICE FROM WEALDBRIDGE UNIVERSITY")
para(doc, "\u201cThe School has approved the programme in principle for validation as a Postgraduate Certificate. "
          "Participants should be encouraged to draw on research, and the School will make its library and SEN "
          "research group available to them.\u201d  Head of School, Education and Lifelong Learning", italic=True)
title("APPENDIX D — ADVICE FROM THE PARENT PARTNERSHIP SERVICE")
para(doc, "\u201cFamilies of excluded young people tell us that meetings are held about them, not with them. We "
          "would like SENCOs to hear that from parents directly, and we are glad to co-teach the day on families.\u201d  "
          "Manager, Brenthope Parent Partnership Service", italic=True)

title("APPENDIX E — ADVICE FROM THE EDUCATIONAL PSYCHOLOGY SERVICE")
para(doc, "“Too often our reports sit in a file. We would like SENCOs who finish the course to turn a psychologist's "
          "recommendations into a plan that teachers can follow, and to ask us early rather than at the point of "
          "exclusion. We will contribute to Study Day 5 and will be glad to host placement days.”  Principal "
          "Educational Psychologist, Brenthope County Council", italic=True)

save(doc, os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
