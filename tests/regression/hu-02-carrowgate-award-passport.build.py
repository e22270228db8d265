"""hu-02-carrowgate-award-passport

Provider: Carrowgate City Council's Ethnic Minority Achievement Service (EMAS), with the University of
Penbury, offering the National Award for SEN Coordination to SENCOs in the city's multilingual schools.

Document kind and layout: the "SENCO Award Passport" booklet each participant ("holder") carries
through the year, sent whole as the application with a short page of "Embassy Notes" for the panel.
It borrows the form of a passport (the Service issues "Welcome Passports" to newly arrived pupils): a
cover block, a holder's details page with placeholders ("[Name]", "[School]"), numbered "Conditions
of issue", six "Territories" (the units), each a "visa page" table with a merged, shaded title row and
rows "Entry", "While you are here", "Exit stamp" and a blank stamp cell; four "Border Crossings" (the
school-based tasks); "Travel advice"; "Consular services" (support); a text box of contacts; the
Embassy Notes with a "Passport Map" of the outcomes in the Service's own words ("Territory", "Exit
stamp"). No heading styles at all: titles are bold capitals typed as Normal paragraphs. Tracked
changes (a deleted second start date; an inserted sentence on CRB records, which counts), comments,
footnotes, header and footer.

Traps (requirement ids):
- E.2: "40 credits at Master's level": partially_met.
- 1.5 and 6.S7: pupils' views "are discussed" on Territory 4 with no stamp: partially_met.
- 1.9: several outcomes carry no stamp (the Map says so): partially_met.
- 2.1: "Prior learning may be taken into account" when the Route Plan is drawn up, no accreditation
  or process: partially_met.
- 2.3: the "Fast Track Lane" is a real assessment-only route in exceptional cases: met, though it
  sounds like marketing.
- 2.5: "We hope many Passport holders will go on": aspiration only: not_met.
- 3.2: the second start date is a deleted tracked change; "All holders travel the Territories in the
  same order": partially_met (choice of day or twilight only).
- 3.3: Passport Online has materials and a peer forum "not moderated by tutors"; the tutor reply
  promise sits only in a comment: partially_met.
- 4.1: "We know from many years of working alongside schools": general: partially_met.
- 5.3: the inserted sentence (tracked insertion) says the Service sees and records the disclosure:
  met (an insertion is part of the submission).
- 5.6: "Holders use the resources of their own schools": partially_met.
- 5.8: second marking inside the team; University moderation "is being arranged": partially_met.
- 5.9: only satisfaction and a self-rating; "pupils' progress is a matter for schools": partially_met.
- 6.0: the Award is made "when every Exit stamp has been collected": completion of tasks, not all
  outcomes (several unstamped): partially_met.
- Outcomes: time management absent (6.A3 not_met); special arrangements for tests "Handled by the
  school's examinations officer; not part of the Passport" (6.S2d not_met, negation); keeping up to date
  is "Your own responsibility after the Award" (6.A7 not_met, someone else's responsibility); speaking
  and listening, approaches incl. ICT, summative tracking, reviewing provision with staff, pupils'
  involvement covered with "No stamp" (6.A5, 6.K6, 6.S2b, 6.S6, 6.S7 partially_met).
- Header and footer ("Valid for travel in all Carrowgate schools") are not evidence; holder's-page
  placeholders and the stamp cells are not answers.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _hu_helpers import Builder

OUT = Path(__file__).with_name("hu-02-carrowgate-award-passport.docx")
b = Builder(font="Verdana", size=9.5)
b.header_footer("SENCO AWARD PASSPORT  \u2022  Carrowgate City Council EMAS  \u2022  No. [____]",
                "Valid for travel in all Carrowgate schools. If found, please return to EMAS, Tannery Lane Centre, Carrowgate.")

def title(text):
    b.p(text, bold=True, size=12, color="7B2C2C")

b.p("CARROWGATE CITY COUNCIL", bold=True, align="center", size=11)
b.p("ETHNIC MINORITY ACHIEVEMENT SERVICE", bold=True, align="center", size=11)
b.p("with the University of Penbury", italic=True, align="center")
b.p("SENCO AWARD PASSPORT", bold=True, size=24, align="center", color="7B2C2C")
b.p("National Award for SEN Coordination \u2022 Multilingual Schools Pathway \u2022 2009-10", align="center")
b.p("Pasaport \u2022 Paszport \u2022 \u067e\u0627\u0633\u067e\u0648\u0631\u0679 \u2022 Baasaboor", align="center", italic=True)
b.p()

b.box([("EMBASSY NOTE FOR THE APPROVAL PANEL", "b"),
       "Every participant on our course receives this Passport at the Welcome Day. We have sent it to you as it "
       "is printed, with the holder\u2019s page left blank, because it is the document our SENCOs actually use. "
       "The Embassy Notes at the back were added for the panel and answer the points the Passport does not."],
      fill="F8E5E5")

title("HOLDER\u2019S DETAILS")
b.table([["Surname", "[Surname]"], ["Given names", "[Given names]"], ["School", "[School]"],
         ["Languages spoken by pupils in your school", "[List]"], ["Personal tutor", "[Tutor]"],
         ["Border Guide (in-school mentor)", "[Name]"], ["Date of issue", "[dd/mm/yyyy]"],
         ["Holder\u2019s signature", ""]], header=False, widths=[6, 10])
b.p()

title("CONDITIONS OF ISSUE")
conds = [
    "1. This Passport is issued to a SENCO, or a teacher named by the headteacher as the next SENCO, who holds "
    "Qualified Teacher Status and has been offered a place on the National Award for SEN Coordination "
    "(Multilingual Schools Pathway) after interview.",
    "2. The Passport records the holder\u2019s journey through six Territories and four Border Crossings. It remains "
    "the property of the Service and is returned to the Passport Office (the course administrator) for the "
    "Award Board at the end of the year.",
    "3. The Award is a Postgraduate Certificate of the University of Penbury, which validated it on 3 April 2009 "
    "and which awards the credit. It carries 40 credits at Master\u2019s level.",
    "4. Your Passport is complete, and the Award is made, when every Exit stamp has been collected and the "
    "Award Board has confirmed the stamps.",
    "5. The holder\u2019s headteacher has agreed in writing to release the holder for the ten Territory days and to "
    "give them the time in school that the Border Crossings need.",
]
for c_ in conds:
    para = b.p(c_)
    if c_.startswith("3."):
        b.footnote(para, "The University's regulations allow the 40 credits to count towards its MA Education (Inclusion); a further 20-credit Extended Enquiry module is offered by the University, not by the Service.")

title("HOW TO USE YOUR PASSPORT")
b.p("Your year is a journey through six Territories. Each Territory is a block of study days at the Tannery "
    "Lane Centre or the University, and each has a visa page below telling you what you need before you "
    "enter, what you will do while you are there, and how you earn your Exit stamp. Between Territories you "
    "make Border Crossings: pieces of work in your own school, which are where most of your learning will "
    "happen and where most of your stamps are earned.")
para = b.tracked([("t", "The journey starts in October. "),
                  ("del", "Holders who cannot start in October may start in February and take Territories 4 to 6 first. "),
                  ("t", "All holders travel the Territories in the same order, and each Territory day is offered "
                        "either as a full day or as two twilight sessions, so you can choose what suits your school.")],
                 author="Nasreen Akhtar")
b.p("Before you set off, you complete the Pre-Departure Check: a self-assessment against each of the national "
    "outcomes for the Award, with evidence, and a page completed by your headteacher on your school\u2019s "
    "priorities. At your Route Planning meeting your personal tutor reads it with you and together you draw up "
    "your Route Plan: the outcomes you already meet, the personal outcomes you will work hardest on, the "
    "focus of your Border Crossings, and which optional Surgeries you will attend. Prior learning may be taken "
    "into account when your tutor draws up your Route Plan. Your Route Plan is reviewed at each Checkpoint (one "
    "a term), and changed if your school\u2019s needs change.")

terr = [
    ("TERRITORY 1 \u2022 ARRIVALS: KNOWING THE CHILDREN (2 days)",
     "Your Route Plan agreed. Bring the anonymised records of two pupils you are worried about.",
     "How children develop, and how special educational needs, disability and the experience of migration, "
     "interrupted schooling or a new language affect development. Second language acquisition and how to tell "
     "it apart from a learning difficulty. The most common kinds of SEN and disability (behavioural, emotional "
     "and social difficulties; dyslexia and other specific learning difficulties; speech, language and "
     "communication needs; autism; moderate learning difficulties) and how each affects learning in a pupil who "
     "is learning English. Identifying pupils who may have SEN, including through first-language assessment "
     "with our Bilingual Assessment Team, and setting challenging targets.",
     "Border Crossing 1 (the Pupil Journey)."),
    ("TERRITORY 2 \u2022 THE RULE BOOK: LAW, POLICY AND RIGHTS (1 day)",
     "Territory 1 completed. Bring your school\u2019s SEN policy, accessibility plan and disability equality scheme.",
     "The SEN Code of Practice and the guidance that goes with it, and what they mean for the SENCO day to day; "
     "the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty and the "
     "accessibility planning duty, and the actions they require of schools; Every Child Matters, its five "
     "outcomes and the SENCO\u2019s part in them; the Race Relations (Amendment) Act 2000 and the Service\u2019s "
     "guidance on new arrivals. National initiatives: the Inclusion Development Programme and Removing Barriers "
     "to Achievement.",
     "The Policy Health Check: a 2,000-word review of your school\u2019s SEN policy and accessibility plan against "
     "the law and guidance, with three recommendations, marked by a University tutor."),
    ("TERRITORY 3 \u2022 MAPPING THE GROUND: PROVISION AND PEOPLE (2 days)",
     "Policy Health Check submitted.",
     "Provision mapping and provision management; spotting provision that does not work or is missing; "
     "deploying and managing teaching assistants, bilingual assistants and learning mentors; working with the "
     "headteacher and governors on the school\u2019s inclusive ethos, SEN policy, priorities and budget; the principles "
     "of school self-evaluation and improvement as they apply to pupils with SEN. Reviewing with colleagues how "
     "well provision is working and feeding that into the school\u2019s self-evaluation form.",
     "Border Crossing 2 (the Provision Map and Proposal)."),
    ("TERRITORY 4 \u2022 CROSSING POINTS: FAMILIES, PUPILS AND SERVICES (2 days)",
     "Border Crossing 1 submitted.",
     "Building trusting, respectful relationships with pupils with SEN and their families; working with parents "
     "and carers who speak little English, through interpreters and our Community Liaison Officers, and in "
     "partnership with supplementary schools, mosques, churches and community groups; the roles of the "
     "educational psychology, speech and language therapy, CAMHS, social care, sensory support and behaviour "
     "support services and how to get specialist help. Pupils\u2019 views on their provision are discussed, with "
     "examples from Welcome Passport interviews with newly arrived pupils.",
     "Border Crossing 3 (the Family and Agency Crossing)."),
    ("TERRITORY 5 \u2022 TRACKING THE JOURNEY: ASSESSMENT AND PROGRESS (1 day)",
     "Border Crossing 2 submitted.",
     "Using assessments by educational psychologists, therapists and the Bilingual Assessment Team to plan "
     "teaching; using national curriculum tests, P scales and teacher assessment to track progress and adjust "
     "programmes; approaches, strategies and resources for assessment, planning and teaching, including ICT "
     "and communication aids; helping colleagues use assessment for learning with pupils with SEN.",
     "Part of Border Crossing 1 (the review of progress) and Border Crossing 4."),
    ("TERRITORY 6 \u2022 LEADING THE WAY: COLLEAGUES AND CHANGE (2 days)",
     "Border Crossing 3 submitted.",
     "Gaining the commitment of colleagues, including the headteacher and senior leaders; supporting colleagues\u2019 "
     "development through observation and feedback, modelling, coaching, mentoring and leading training; "
     "anticipating and solving problems and making well-founded decisions about provision; research and best "
     "practice on meeting SEN, particularly for bilingual learners, and drawing on research and outside advice "
     "to improve practice; presenting to colleagues and listening to their views.",
     "Border Crossing 4 (the Change Journey)."),
]
for name, entry, here, exit_ in terr:
    b.p()
    t = b.table([[name, ""], ["Entry", entry], ["While you are here", here], ["Exit stamp", exit_],
                 ["Stamp and date", ""]], header=False, widths=[3.5, 12.5])
    b.group_row(t, 0, name, fill="E9C8C8")

b.p()
title("THE FOUR BORDER CROSSINGS")
b.runs([("Border Crossing 1: the Pupil Journey. ", "b"),
        "A 3,000-word case study of one bilingual pupil who may have SEN. You gather the pupil\u2019s history and first-"
        "language assessment, use the reports of other professionals to plan teaching, explain how the pupil\u2019s "
        "needs and development affect their learning, set challenging targets and review progress after a term. "
        "Marked by a University tutor. It carries the Exit stamps for Territories 1 and 5."])
b.runs([("Border Crossing 2: the Provision Map and Proposal. ", "b"),
        "You map your school\u2019s provision for pupils with SEN, find what is ineffective or missing, plan how staff "
        "will be deployed, and present a proposal to your headteacher and the SEN governor. You submit the map, the "
        "proposal (2,500 words) and a note from the headteacher of what was decided. Marked by a Service tutor."])
b.runs([("Border Crossing 3: the Family and Agency Crossing. ", "b"),
        "You plan and hold a review meeting with a family who need an interpreter and at least one outside service, "
        "and write a 2,000-word account of how you built the relationship, what the family and the service "
        "contributed and what changed. Your Border Guide observes the meeting and completes an observation sheet. "
        "Marked by a Service tutor."])
b.runs([("Border Crossing 4: the Change Journey. ", "b"),
        "A 5,000-word school-based enquiry in which you lead colleagues through a change in provision for pupils with "
        "SEN, drawing on research and outside advice, supporting colleagues through coaching or training, helping "
        "them use formative assessment with pupils with SEN, and judging the effect on pupils. Marked by a University "
        "tutor."])

b.p()
title("TRAVEL ADVICE")
b.p("Most holders tell us the journey is hardest between Territories 3 and 4, when Border Crossing 2 is due and "
    "the spring term is at its busiest. Book your Border Guide meetings early. Your Border Guide is an experienced "
    "colleague, usually a deputy head or a SENCO in a neighbouring school, who meets you twice a term and observes "
    "Border Crossing 3.")
b.p("Keep your stamps safe. A Territory is not complete until its Exit stamp is in the box. If a stamp is "
    "refused, your tutor will tell you what to do to earn it, and you may resubmit once.")
b.p("At the end of your journey there is a Farewell Checkpoint with your tutor. We hope many Passport holders will "
    "go on to further study or to leadership roles in their schools.")

title("JOURNEY DATES 2009-10")
t = b.table([["Stage", "Full day", "Twilight repeat", "Where"],
             ["Welcome Day and Route Planning", "Thu 1 October 2009", "\u2014", "Tannery Lane Centre"],
             ["Territory 1", "Tue 13 and Wed 14 October", "3, 4, 10 and 11 November", "Tannery Lane Centre"],
             ["Territory 2", "Thu 26 November", "1 and 2 December", "University of Penbury"],
             ["Checkpoint 1", "By Friday 11 December", "", "Your school"],
             ["Territory 3", "Tue 19 and Wed 20 January 2010", "26, 27 January and 2, 3 February", "Tannery Lane Centre"],
             ["Territory 4", "Tue 2 and Wed 3 March", "9, 10, 16 and 17 March", "Tannery Lane Centre and Host Schools"],
             ["Checkpoint 2", "By Friday 26 March", "", "Your school"],
             ["Territory 5", "Thu 29 April", "4 and 5 May", "University of Penbury"],
             ["Territory 6", "Tue 8 and Wed 9 June", "15, 16, 22 and 23 June", "University of Penbury"],
             ["Farewell Checkpoint and Award Board", "Fri 9 July", "", "Tannery Lane Centre"]],
            widths=[4.5, 4, 4.5, 3])
b.p()
title("CHECKPOINTS AND SURGERIES")
b.p("Each term you meet your personal tutor at a Checkpoint, usually in your own school. At the Checkpoint the "
    "tutor looks at the stamps you have earned, reads your Route Plan with you and agrees what to change; your "
    "Border Guide is invited to join the second half of the meeting. If you have fallen behind, the tutor agrees "
    "new dates with you and writes them on the Route Plan; a holder who misses two submission dates is referred "
    "to the Course Leader.")
b.p("Surgeries are optional after-school sessions at the Tannery Lane Centre, two each half term, each on one "
    "theme: writing at Master\u2019s level, using the University library from a distance, first-language "
    "assessment, preparing the headteacher presentation for Border Crossing 2, and working with interpreters. "
    "Your Route Plan names the Surgeries your tutor recommends for you, but any holder may come to any Surgery. "
    "The Bilingual Assessment Team runs a Surgery each term on a case a holder brings, with the pupil\u2019s "
    "records anonymised, and the educational psychologist who co-teaches Territory 5 runs one on reading "
    "specialist reports.")

title("CONSULAR SERVICES")
b.p("If you are disabled or have a health condition, tell the Passport Office when you accept your place. Your "
    "tutor will meet you before Territory 1 to agree reasonable adjustments, which may include materials in large "
    "print or on coloured paper, a note-taker, extra time or a different format for a Border Crossing, and rooms on "
    "the ground floor; the adjustments are written into your Route Plan and checked with the University\u2019s "
    "disability adviser. Holders who are observing Ramadan or other religious festivals may ask to move a "
    "Territory day to its twilight repeat.")
para = b.p("Passport Online is the course\u2019s area on the Carrowgate Learning Platform. It holds the slides and "
           "readings for every Territory, the Border Crossing guidance and a discussion forum for holders, which is "
           "not moderated by tutors. You can use it between Territory days to share ideas with other holders.")
b.comment(para, "Tutors will answer forum posts within 48 hours \u2014 can we promise this? NA", author="Nasreen Akhtar", initials="NA")
b.p("Holders use the resources of their own schools for their Border Crossings, and may borrow from the Service\u2019s "
    "dual-language library.")
b.textbox(["Embassy contacts",
           "Passport Office (course administrator): Lorraine Fitch, 0113 496 0721",
           "Course Leader: Dr Nasreen Akhtar, University of Penbury",
           "Service SEN Lead: Daniel Osei, EMAS",
           "Community Liaison: Somali, Urdu, Punjabi, Polish, Slovak and Romani speakers via EMAS reception"],
          width=420, height=100)

b.p()
title("EMBASSY NOTES: FOR THE APPROVAL PANEL")
b.p("These notes were added to the Passport for the panel. They cover the points that holders do not need "
    "to read.")
b.runs([("N1 Who we take. ", "b"),
        "Places are offered after an application signed by the headteacher and a forty-minute interview with two "
        "tutors, at which the applicant discusses a short case about a bilingual pupil. The interview checks that the "
        "applicant has enough knowledge of SEN practice and enough experience in a multilingual school to benefit and "
        "to meet the outcomes; applicants who are not ready are advised to take the Service\u2019s Foundation Course "
        "in EAL and SEN first and to reapply."])
para = b.runs([("N2 Criminal records. ", "b"),
               "Schools carry out enhanced CRB checks on their own staff. "])
b.tracked([("ins", "At interview the Service also sees each applicant\u2019s current enhanced CRB disclosure, records its "
                   "number and date on the applicant\u2019s file, and does not confirm a place until it has done so; "
                   "it checks List 99 through the Council\u2019s HR service for anyone not employed by a Carrowgate school.")],
          author="Daniel Osei", para=para)
b.runs([("N3 The Fast Track Lane. ", "b"),
        "In exceptional circumstances an experienced SENCO (at least five years in the role in a multilingual "
        "school) may apply for the Fast Track Lane, an assessment-only route. The Award Board decides each "
        "application. A Fast Track holder skips the Territory days but must earn every Exit stamp, with the "
        "same Border Crossings, marked in the same way."])
b.runs([("N4 Why the Passport is shaped as it is. ", "b"),
        "We know from many years of working alongside schools what SENCOs in multilingual schools need. In 2008 "
        "a steering group of six headteachers, two SENCOs, the Somali and Polish community liaison officers and "
        "the University met five times to design the course. They changed it in three ways: the heads asked "
        "for Border Crossing 2 to be presented to the headteacher and SEN governor, so that the work would change "
        "the school; the SENCOs asked for twilight repeats of every Territory day; and the community officers "
        "asked that Border Crossing 3 be with a family who need an interpreter."])
b.runs([("N5 How stakeholders stay involved. ", "b"),
        "Each summer an Evaluation Panel of holders, headteachers, Border Guides, two parents from the Parent "
        "Partnership Service and representatives of the Somali Community Association and the Polish Saturday "
        "School reviews the year\u2019s evaluation report and recommends changes, which the Course Team must "
        "answer in writing. Border Guides and headteachers also complete a questionnaire at each Checkpoint."])
b.runs([("N6 Quality. ", "b"),
        "Holders evaluate every Territory day on a short form; the Course Leader analyses the forms after each "
        "Territory and reports them to the Course Team, which meets half-termly and records what it will change. "
        "The University\u2019s annual programme review and its external examiner report each year, and the Council\u2019s "
        "Children\u2019s Services quality team reviews the Service\u2019s courses every two years. The Course Team\u2019s "
        "action plan, updated after each of these, goes to the Evaluation Panel and the University\u2019s Faculty "
        "Board."])
b.runs([("N7 Impact. ", "b"),
        "At the Farewell Checkpoint holders complete a satisfaction questionnaire and rate their confidence against "
        "the outcomes again. Pupils\u2019 progress is a matter for schools."])
b.runs([("N8 Marking. ", "b"),
        "All Border Crossings are marked against published criteria. Within the Course Team every fail and one in "
        "five of all other Border Crossings is second-marked. Moderation by the University is being arranged."])
b.runs([("N9 Staff. ", "b"),
        "Dr Nasreen Akhtar (Course Leader) is senior lecturer in inclusive education at Penbury and a former SENCO and "
        "EMA coordinator. Daniel Osei, the Service\u2019s SEN Lead, is a specialist teacher of pupils with SpLD and "
        "holds a current practising certificate. Service tutors are advisory teachers for EAL and SEN with at least "
        "five years\u2019 leadership experience in schools; all attend the Service\u2019s termly updating days and the "
        "University\u2019s research seminars. Sessions are co-taught by the Bilingual Assessment Team, an educational "
        "psychologist and a speech and language therapist."])
b.runs([("N10 Host Schools and specialist expertise. ", "b"),
        "Every holder spends two days at a Host School during Territory 4: Brook Lane Special School, the language "
        "resource base at Mill Road Primary, or the secondary autism base at Carrowgate West Academy. Host Schools are "
        "chosen by the Course Team after a visit and sign a host agreement. The Bilingual Assessment Team, the "
        "educational psychology service and the speech and language therapy service each contribute a named "
        "specialist who answers holders\u2019 questions by appointment."])
b.runs([("N11 Border Guides and tutors. ", "b"),
        "Border Guides attend a half-day briefing before the journey and receive the Border Guide Handbook, which "
        "sets out their two meetings a term, the Border Crossing 3 observation and the observation sheet. Tutors "
        "have a role description and a briefing each September; the Course Leader observes each tutor teaching once "
        "a year."])
b.runs([("N12 Aims. ", "b"),
        "The Passport\u2019s aim is to raise the achievement and well-being of bilingual pupils with SEN and "
        "disabilities, against all five Every Child Matters outcomes. Every Border Crossing asks the holder to show "
        "the effect of their work on pupils\u2019 progress and well-being, and tutors mark that section first. Each "
        "holder\u2019s route is set by their own Route Plan, the twilight repeats and the Surgeries. The fee is \u00a3950, "
        "less than the Service\u2019s old certificate, because the Border Crossings replace separate school visits; "
        "for schools in the city it is met from the Ethnic Minority Achievement Grant. The Passport draws throughout on "
        "recent research and inspection evidence, including Ofsted\u2019s 2004 and 2006 reports on inclusion and "
        "the Service\u2019s own studies of over-identification of SEN among new arrivals, which are read and discussed "
        "on Territories 1 and 6."])

b.p()
title("THE PASSPORT MAP")
b.p("Where each national outcome is met on the journey, and where its stamp is earned. Some outcomes are met "
    "on the way but carry no stamp of their own.")
rows = [["National outcome (in brief)", "Territory", "Exit stamp"],
        ["PERSONAL QUALITIES", "", ""],
        ["Good relationships with pupils with SEN and their families", "T4", "BC1; BC3"],
        ["Winning the commitment of colleagues and senior leaders", "T6", "BC2 (headteacher\u2019s note); BC4"],
        ["Sound judgement and solving problems", "T6", "BC2"],
        ["Speaking, writing and listening to others", "T6", "No stamp"],
        ["Using research and outside advice", "T6", "BC4"],
        ["Keeping up to date", "Your own responsibility after the Award", "\u2014"],
        ["KNOWLEDGE", "", ""],
        ["SEN law, the Code of Practice and guidance", "T2", "Policy Health Check"],
        ["Every Child Matters and the SENCO\u2019s part", "T2", "Policy Health Check"],
        ["Disability equality law and duties", "T2", "Policy Health Check"],
        ["Child development and the effect of SEN and setting", "T1", "BC1"],
        ["Common types of SEN and their effect on learning", "T1", "BC1"],
        ["Approaches and resources, including ICT", "T5", "No stamp"],
        ["Self-evaluation and improvement", "T3", "BC2"],
        ["Best practice and research", "T6", "BC4"],
        ["Outside agencies and specialist help", "T4", "BC3"],
        ["SKILLS", "", ""],
        ["Strategic work with senior leaders and governors", "T3; T6", "BC2"],
        ["Identifying pupils, setting targets, planning, reviewing", "T1", "BC1"],
        ["Using other professionals\u2019 assessments", "T5", "BC1"],
        ["Summative assessment and national tests to track progress", "T5", "No stamp"],
        ["Helping colleagues with formative assessment", "T5", "BC4"],
        ["Special arrangements for national tests", "Handled by the school\u2019s examinations officer; not part of the Passport", "\u2014"],
        ["Provision mapping", "T3", "BC2"],
        ["Deploying and managing staff", "T3", "BC2"],
        ["Supporting colleagues\u2019 development", "T6", "BC4"],
        ["Reviewing provision with staff for self-evaluation", "T3", "No stamp"],
        ["Involving pupils in their provision", "T4", "No stamp"],
        ["Liaising with parents and carers", "T4", "BC3"],
        ["Working with services and voluntary organisations", "T4", "BC3"]]
t = b.table(rows, widths=[8, 4.5, 3.5], head_fill="E9C8C8")
for i in (1, 8, 18):
    b.group_row(t, i, rows[i][0], fill="F2F2F2")
b.p()
b.p("Issued under the authority of the Head of Ethnic Minority Achievement Service, Carrowgate City Council.", italic=True)
b.table([["Passport Office stamp", "Award Board confirmation", "Date"], ["", "", ""]], widths=[5.5, 5.5, 5])
b.save(OUT)
print("wrote", OUT)
