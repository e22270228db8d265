"""lf-01-thrapley-safe-methods-pack

Provider (invented): Thrapley Metropolitan Borough Council, Environmental Health and Food Safety
Team, Schools Training Unit (the team's training unit for school kitchen, lunchtime and office staff),
with the University of Dunmere, School of Education. Course: "Safe Methods for SEN Coordination",
the National Award for SEN Coordination, 2008-09.

Document kind and layout: the course written as the team's own food safety management pack in the
house style of the Food Standards Agency's "Safer food, better business" packs that its officers hand
to caterers: a cover, a short note to the panel, "How to use this pack", a run of MANAGEMENT pages
(each a bold capitalised title on a shaded Normal paragraph, no heading styles, a two-column
"Safety point | What we do" table or typed prose), then six SAFE METHODS (SM1-SM6), each a table whose
first row is a merged, shaded title row, with columns "No. | Safety point: the coordinator can ... |
Why? | What we do | Prove it". "Prove it" names the marked piece (P1-P4) or "Diary only" /
"Check it works", both defined under "How to use this pack" as not marked. A "Did you know?" text box
(VML) holds the schools survey. A blank "4-weekly review" diary page keeps its printed prompts. A header
and a footer (the footer claims all outcomes are met). Tracked changes: a deleted paragraph (the CRB
check), a deletion and insertion inside an SM4 cell (A5's "Diary only"
becomes "P4 Professional Discussion"). Two Word comments.

Traps (requirement ids):
- Aims speak of "attainment and progress" only; well-being / ECM is not in the aims (1.1 partial).
- Pupil voice: "Check it works" only, and the diary page's printed prompt is not an answer (1.5, 6.S7).
- Some Safety points are "Diary only" or "Check it works", so assessment does not reach all outcomes
  (1.9 partial; 6.A3, 6.A7, 6.S2c "Diary only"; 6.S2b "Check it works").
- 6.S2d is in P4 but "not taught on a Training Day" (assessed but not developed: partial).
- 6.K4: child development is left to "the University's PGCE", another programme (not_met).
- Assessment-only route belongs to the University's MA, "not part of the Award" (2.3 not_met).
- Next Steps interview existed "In the 2007-08 pilot" and "has been dropped" (2.5 not_met: past).
- One cohort, Thursdays only; only catch-up with the January group (3.2 partial).
- Blackboard used only to post handouts and readings; no tutor or peer support online (3.3 partial).
- Stakeholders' part in evaluation only hoped for; they do take part in delivery (Parent Partnership
  parents lead a session, EPS and therapists teach, Supervisors) (4.3 partial). 4.1 is in the text box (met) and 4.2
  (Schools Forum SEN sub-group, pilot coordinators) is met.
- CRB: "the responsibility of the employing school" and the Unit "does not see or record" it; the
  paragraph where the Unit checked the disclosure is a tracked deletion (5.3 not_met).
- Placements only "in the 2007-08 pilot"; specialist expertise is present (5.5 partial).
- Supervisors only "receive a copy of this pack" (5.7 partial).
- Coordinators' confidence measured; pupils' achievement only "we would like" (5.9 partial); a comment
  suggests baseline measures (comment, not evidence).
- Award: pass P1-P4 and a signed Diary, while some Safety points are in no Prove it piece (6.0 partial).
- Footer: "Every Safe Method meets the national minimum outcomes in full" (footer, never evidence).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lf_helpers import (new_doc, header_footer, para, runs, table, cell_text, shade, tracked, comment,
                         text_box, word_count)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "Thrapley Metropolitan Borough Council  |  Environmental Health & Food Safety  |  Schools Training Unit",
              "Safe Methods for SEN Coordination  -  Pack STU/SENCO/08 Issue 2  -  Every Safe Method meets the national minimum outcomes in full")

ORANGE, GREEN, BLUE, PINK = "F4B183", "C5E0B3", "BDD7EE", "F8CBAD"


def title(text, fill=ORANGE):
    para(d, text, bold=True, size=13, fill=fill)


def sub(text):
    para(d, text, bold=True)


# ---------------------------------------------------------------- cover
para(d, "SAFE METHODS FOR SEN COORDINATION", bold=True, size=20, align="center")
para(d, "A management pack for new special educational needs coordinators in Thrapley schools", italic=True, size=12, align="center")
para(d, "National Award for SEN Coordination  -  2008-09 intake  -  with the University of Dunmere", align="center")
para(d, "Schools Training Unit, Environmental Health and Food Safety Team, Thrapley Metropolitan Borough Council, Civic Annexe, Market Street, Thrapley", size=9, align="center")

title("NOTE FOR THE PANEL", PINK)
para(d, "The Schools Training Unit has trained Thrapley's school cooks, lunchtime supervisors and office staff in food hygiene, "
        "allergy awareness and first aid since 1996. Our packs follow the layout of the Food Standards Agency's Safer food, better "
        "business packs, because school staff tell us they find it plain and easy to use. When the borough's Children's Services asked "
        "us to host the new SENCO training, we wrote the course the same way. This is the pack exactly as coordinators will receive it. "
        "Where the panel's application form asks for something that is not in the pack, we have added a short paragraph marked "
        "\u201cFor the panel\u201d.")

# ---------------------------------------------------------------- how to use
title("HOW TO USE THIS PACK")
para(d, "This pack is in two parts. The MANAGEMENT pages say how the course is run: who we are, who can join, how you are supported, "
        "how we check the course is working. The SAFE METHODS say what you will learn and how you will show it. There are six Safe "
        "Methods, SM1 to SM6, and each is taught over two Training Days at the Unit's training suite in the Civic Annexe. Training "
        "Days run from 9.15 to 3.30.")
para(d, "Every Safe Method is set out as a table. Read each row from left to right.")
for t in [
    "\u2022 Safety point: what you, the coordinator, will be able to do by the end of the course.",
    "\u2022 Why?: why it matters for the pupils in your school.",
    "\u2022 What we do: the Training Day and the session where we teach it, and the task you carry out back in school.",
    "\u2022 Prove it: the marked piece in which the Safety point is assessed. There are four Prove it pieces, P1 to P4, described on "
    "the last Management page. Each is marked by two Trainers against the University of Dunmere's Level 7 assessment criteria.",
]:
    para(d, t)
para(d, "Two other entries appear in the Prove it column. \u201cDiary only\u201d means you record the Safety point in your Safe Methods "
        "Diary and your Supervisor signs the page; the Diary is not marked. \u201cCheck it works\u201d means a Trainer checks it in a short "
        "exercise on the Training Day and tells you how you did; it is not marked and does not count towards the Award.")
para(d, "Words we use. Coordinators are the teachers on the course. Trainers are the people who teach it. Supervisors are the "
        "experienced SENCOs or senior leaders who support each coordinator in school. The Head of Unit is responsible for the course as a whole.")

# ---------------------------------------------------------------- management 1
title("MANAGEMENT 1  -  WHO WE ARE AND WHAT THE COURSE IS FOR")
table(d, [
    ["Safety point", "What we do"],
    ["Aim of the course", "To raise the attainment and progress of pupils with SEN and disabilities in Thrapley schools by giving "
     "their coordinators the knowledge, understanding and skills to lead provision well."],
    ["Objectives", "Coordinators learn the law and guidance, learn to know their pupils, plan and map provision, work with others, "
     "lead colleagues, and review what they do. Each objective is one Safe Method."],
    ["Accreditation", "The course is validated by the University of Dunmere's Faculty Validation Panel, which approved it on 12 March "
     "2008. Coordinators are registered as students of the University for the year."],
    ["Level and credit", "The Award is a 60-credit module set at Master's level (Level 7). Credits can be carried into the University's "
     "MA in Inclusive Education."],
    ["Rooted in schools", "Every Safe Method ends with a Back in School task carried out in the coordinator's own school, tied to the "
     "Safety points of that Method. Coordinators try out what they have learned, note what changed, and bring the evidence to the "
     "next Training Day, where it is discussed in a small group led by a Trainer."],
], header_fill=ORANGE)
para(d, "")
para(d, "Up to date. Training Days draw on recent evidence: Ofsted's Inclusion: does it matter where pupils are taught? (2006), the "
        "Bercow Review of services for children and young people with speech, language and communication needs (2008), the House of "
        "Commons Education and Skills Committee report on SEN (2006), and the Government's response Removing Barriers to Achievement. "
        "Trainers update the reading list each summer, and SM1 is rewritten whenever the law or guidance changes.")
para(d, "Making a difference. The Back in School tasks build up to the Change Project (P3), in which each coordinator leads one change "
        "to SEN provision in their own school over two terms, gathers evidence of its effect, and reports what it changed in practice. "
        "A coordinator cannot pass P3 without showing a change in the school's practice.")

# ---------------------------------------------------------------- management 2
title("MANAGEMENT 2  -  SUPPLIERS: WHO WE WORK WITH")
para(d, "A food business must know its suppliers. So must a course. These are ours.")
table(d, [
    ["Supplier", "What they supply"],
    ["University of Dunmere, School of Education", "Validation, registration, library and online access, a Senior Lecturer who teaches "
     "SM3 and SM6, the external examiner, and moderation of all Prove it pieces."],
    ["Thrapley Educational Psychology Service", "An educational psychologist teaches on Training Days 3 and 4 and takes questions "
     "from coordinators by telephone between Training Days."],
    ["Thrapley and Besswick PCT, Speech and Language Therapy", "A speech and language therapist teaches on Training Day 4 and leads "
     "the session on the Bercow Review."],
    ["Thrapley Parent Partnership Service", "Two parents and the service's coordinator lead the session on working with families on "
     "Training Day 7."],
    ["Thrapley Sensory and Physical Support Team", "Specialist teachers for hearing, vision and physical disability teach on Training Day 8."],
], header_fill=ORANGE)
para(d, "")
para(d, "Placements. In the 2007-08 pilot, each coordinator spent a day at Brookfold Special School and a day at the Thrapley Pupil "
        "Referral Unit. Brookfold was unable to host visits this year.")

text_box(d, [
    ("Did you know?", True),
    ("Before we wrote this pack we asked every Thrapley school what its SENCO needed. In June 2007 the Unit sent a short survey to "
     "the head teachers and SENCOs of all 62 primary, secondary and special schools in the borough; 47 replied. They asked most for "
     "provision mapping, for help deploying teaching assistants, and for the law made plain. That is why provision mapping has a whole "
     "Training Day (TD5), why SM5 gives a session to teaching assistants, and why SM1 comes first.", False),
    ("The Schools Forum SEN sub-group read the draft pack in October 2007 and asked us to move working with parents earlier; it is "
     "now SM4, not SM6. The twelve coordinators from the 2007-08 pilot asked for shorter written pieces and a spoken one, and P4 "
     "Professional Discussion was added for them.", False),
], height_pt=190)

# ---------------------------------------------------------------- management 3
title("MANAGEMENT 3  -  TRAINING RECORDS: JOINING THE COURSE")
table(d, [
    ["Safety point", "What we do"],
    ["Who can join", "Teachers with Qualified Teacher Status who are, or will be by January 2009, the SENCO of a Thrapley school. The "
     "head teacher signs the application to confirm the post and to release the coordinator for twelve Training Days."],
    ["Checking you are ready", "Every applicant completes the Starting Check: a self-rating against every Safety point in SM1 to SM6, "
     "followed by a 30-minute interview with a Trainer, who reads the self-rating with the applicant and a short piece of writing "
     "about a pupil they know. An applicant who is not yet ready is told in writing what to do first (usually a term as assistant "
     "SENCO and the Unit's one-day Introduction to SEN) and the Head of Unit speaks to their head teacher."],
    ["Your Personal Method Card", "The Starting Check becomes the coordinator's Personal Method Card: the Safety points they already "
     "meet, the ones to work on first, and the Back in School tasks chosen to suit their school. The Card sets each coordinator's own "
     "targets on top of the Safety points and is reviewed with their Trainer at every 4-weekly review."],
    ["Prior study and experience", "Coordinators with earlier Level 7 study in SEN can claim up to 20 credits through the University's "
     "APL procedure. Experienced coordinators can claim credit for experience (APEL) by a portfolio mapped to the Safety points, "
     "assessed by two Trainers and confirmed by the University."],
    ["Another route", "The University of Dunmere offers a direct assessment route for experienced practitioners on its own MA modules. "
     "That route is not part of the Award."],
], header_fill=ORANGE)
para(d, "")
para(d, "For the panel: checks on coordinators.", bold=True)
para(d, "CRB checks on coordinators are the responsibility of the employing school; the Unit does not see or record them.")
tracked(d, [("At the Starting Check the Unit's administrator also sees each coordinator's enhanced CRB disclosure and records its "
             "number and date.", "del")], author="J. Pellow", date="2008-09-22T14:10:00Z")
para(d, "Fitting the course to you. Because every coordinator starts from a Personal Method Card, a coordinator who already meets a "
        "Safety point can skip the Back in School task for it and choose another. Small-group work on every Training Day is set by "
        "the Card, so coordinators in similar schools work together. The fee of \u00a3950 is paid by the school and covers all twelve "
        "Training Days, University registration and materials, which the borough subsidises so that no school pays more than a "
        "two-day external course would cost.")

# ---------------------------------------------------------------- management 4
title("MANAGEMENT 4  -  OPENING AND CLOSING CHECKS")
para(d, "Opening checks. On the first Training Day each coordinator is given their Personal Method Card, meets their Trainer and "
        "agrees a date for their first 4-weekly review.")
p = para(d, "Closing checks. On the last Training Day coordinators present their Change Project findings to the group and hand in the "
            "signed Diary. In the 2007-08 pilot, Trainers held a Next Steps interview with each coordinator at the last Training Day to "
            "set professional targets for the following year. That interview has been dropped from the 2008-09 pack.")
comment(d, p, "Should we put the Next Steps sheet back? The panel may ask about further targets.", author="Head of Unit", initials="HU")

# ---------------------------------------------------------------- management 5
title("MANAGEMENT 5  -  SPECIAL DIETS: ADJUSTMENTS FOR COORDINATORS")
para(d, "We ask every caterer to plan for special diets before the customer arrives. We do the same. The application form invites "
        "every applicant to tell us about a disability, a health condition or any other need, and says why we ask. The Unit then "
        "agrees adjustments with the coordinator before the first Training Day: handouts in large print or electronically, a "
        "hearing loop in the Civic Annexe training suite, ground-floor rooms and a reserved parking bay, rest breaks, and, with the "
        "University's Disability Service, extra time or another format for a Prove it piece. The course meets our duties under the "
        "Disability Discrimination Act 1995 as amended in 2005, the Race Relations (Amendment) Act 2000 and the Equality Act 2006, and "
        "we monitor who applies and who completes.")

# ---------------------------------------------------------------- management 6
title("MANAGEMENT 6  -  DELIVERY TIMES")
para(d, "There is one intake a year, in September. All twelve Training Days are on Thursdays, two each half term, and the Safe "
        "Methods are taught in order, SM1 to SM6. A coordinator who misses a Training Day may take it with the January group at the "
        "Unit's Besswick centre.")
para(d, "Online. Coordinators have a University of Dunmere login. The Blackboard site for the course is used to post handouts and "
        "readings after each Training Day.")

# ---------------------------------------------------------------- management 7
title("MANAGEMENT 7  -  SUPERVISION AND TRAINERS")
table(d, [
    ["Who", "Background"],
    ["Head of Unit: Karen Oyelaran", "Former SENCO of two Thrapley primary schools; MA in Special and Inclusive Education; led the "
     "borough's SEN support team until 2006; leads SM1 and SM5."],
    ["Trainer: Dr Michael Haigh", "Senior Lecturer in Inclusive Education, University of Dunmere; PhD on provision mapping; teaches "
     "SM3 and SM6 and chairs the marking meetings."],
    ["Trainer: Anjali Sood", "Educational psychologist, Thrapley EPS; teaches SM2."],
    ["Trainer: Peter Naylor", "SENCO, Calder Rise High School; National Professional Qualification for Headship; leads SM4."],
    ["All Trainers", "Keep their knowledge current through the University's SEN research seminar and at least three days' SEN "
     "training a year, recorded by the Head of Unit."],
], header_fill=GREEN)
para(d, "")
para(d, "Supervisors. Each coordinator names a Supervisor in their school or a partner school. Supervisors receive a copy of this pack.")

# ---------------------------------------------------------------- management 8
title("MANAGEMENT 8  -  STOCK: RESOURCES")
para(d, "The Civic Annexe training suite has fifteen laptops with provision mapping software, a small assistive technology bank "
        "(text-to-speech, word prediction, symbol software, switches and a portable hearing loop), and the Unit's SEN resource "
        "library of about 600 books, tests and teaching packs, which coordinators can borrow. Coordinators also use the University "
        "library, its electronic journals and its test collection.")

# ---------------------------------------------------------------- management 9
title("MANAGEMENT 9  -  THE 4-WEEKLY REVIEW: CHECKING THE COURSE WORKS")
para(d, "A Safer food, better business pack asks for a review every four weeks. So does this course.")
table(d, [
    ["What we check", "How", "What happens to it"],
    ["Each Training Day", "An evaluation sheet from every coordinator; a Trainer's note of what worked.", "Read the same week by the "
     "Head of Unit; changes to the next Training Day agreed at the Trainers' meeting."],
    ["Coordinators' progress", "4-weekly review with a Trainer against the Personal Method Card.", "Targets reset; coordinators "
     "falling behind offered an extra tutorial."],
    ["Confidence and competence", "Each coordinator rates their confidence against every Safety point at the Starting Check and again "
     "at the closing checks.", "Gains and gaps by Safe Method go to the Annual Review."],
    ["Marking", "Every Prove it piece double marked; the University moderates a sample of one in four and the external examiner sees "
     "all fails and a sample across the range.", "Marking meetings before each exam board; the external examiner's report goes to "
     "the Annual Review."],
    ["The whole course", "Annual Review Report written by the Head of Unit with the University, using all of the above.", "An action "
     "plan for the next year's pack, checked by the University's Faculty Quality Committee."],
], header_fill=BLUE)
para(d, "")
p = para(d, "Pupils. We would like to find out in future whether pupils in coordinators' schools make better progress, but we have "
            "not yet settled how.")
comment(d, p, "Could we ask for a baseline in the Change Project?", author="M. Haigh", initials="MH")
para(d, "We hope that head teachers and parents will help us evaluate the course in future years.")

# ---------------------------------------------------------------- prove it
title("PROVE IT: THE FOUR MARKED PIECES")
table(d, [
    ["Piece", "What you do", "Length", "When"],
    ["P1 Policy Audit", "Audit your school's SEN policy and practice against the law, the Code of Practice, the Disability Equality Duty "
     "and ECM, and the school's self-evaluation.", "2,500 words", "After SM1"],
    ["P2 Provision Map Case Study", "Map provision for a group of pupils, using other professionals' assessments and research on what "
     "works, and judge what is missing.", "3,000 words", "After SM3"],
    ["P3 Change Project", "Lead one change in your school over two terms, with colleagues, parents and other services, and report "
     "its effect.", "5,000 words", "End of course"],
    ["P4 Professional Discussion", "A 30-minute recorded discussion with two Trainers about your Change Project and the Safety points marked P4 in the Safe Methods.", "30 minutes",
     "Last Training Day"],
], header_fill=BLUE)
para(d, "")
para(d, "The Award. A coordinator is given the Award when they have passed all four Prove it pieces and their Diary has been signed "
        "by their Supervisor. The University's exam board confirms the results.")

# ---------------------------------------------------------------- safe methods


def safe_method(code, name, days, rows, fill):
    t = d.add_table(rows=2 + len(rows), cols=5)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 4))
    cell_text(top, f"SAFE METHOD {code}: {name}  ({days})", bold=True, fill=fill, size=10)
    for j, h in enumerate(["No.", "Safety point: the coordinator can", "Why?", "What we do", "Prove it"]):
        cell_text(t.cell(1, j), h, bold=True, fill=fill, size=9)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v is not None:
                cell_text(t.cell(2 + i, j), v, size=9)
    return t


title("SAFE METHODS", GREEN)
para(d, "Each Safe Method starts on a Training Day and ends with a Back in School task. Read the Prove it column with the note on "
        "How to use this pack.")

safe_method("SM1", "LEGAL DUTIES", "Training Days 1 and 2", [
    ["1.1", "explain the SEN Code of Practice 2001, the SEN and Disability Act 2001 and related guidance, and put them into practice in their own school",
     "Pupils' rights depend on the coordinator knowing the law.", "TD1 morning; Back in School: check your school against the Code", "P1 Policy Audit"],
    ["1.2", "set out what the Disability Discrimination Act 1995 (as amended in 2005) and the Disability Equality Duty require of the school, and the actions that follow",
     "Disabled pupils must not be treated less favourably.", "TD1 afternoon; read your school's disability equality scheme", "P1 Policy Audit"],
    ["1.3", "explain the five Every Child Matters outcomes and the coordinator's part in securing them for pupils with SEN",
     "Achievement is more than test results.", "TD2 morning", "P1 Policy Audit"],
], GREEN)
para(d, "")

safe_method("SM2", "KNOWING THE PUPILS", "Training Days 3 and 4", [
    ["2.1", "describe the most common kinds of SEN and disability (BESD, specific learning difficulties including dyslexia, SLCN, autistic spectrum disorders and MLD) and how each affects learning",
     "You cannot plan for a need you do not recognise.", "TD3 with the educational psychologist; TD4 with the speech and language therapist", "P2 Provision Map Case Study"],
    ["2.2", "identify pupils who may have SEN or disabilities, set them challenging targets, plan interventions and review their progress",
     "Early identification stops gaps widening.", "TD3 afternoon; Back in School: review three pupils' targets", "P2 Provision Map Case Study"],
    ["2.3", "use assessments from educational psychologists, speech and language therapists and other professionals to shape teaching approaches",
     "Other professionals see what teachers miss.", "TD4 morning", "P2 Provision Map Case Study"],
    ["2.4", "use summative assessments, including national tests and P scales, to track pupils' progress and adjust programmes",
     "Data shows whether provision works.", "TD4 afternoon: tracking exercise with anonymised school data", "Check it works"],
], GREEN)
para(d, "Child development. SM2 does not teach how children develop. Child development is covered in the University's PGCE, which most "
        "coordinators will already have taken.")

safe_method("SM3", "PLANNING THE PROVISION", "Training Days 5 and 6", [
    ["3.1", "use provision mapping to plan and manage provision, and find provision that is missing or is not working",
     "Schools asked for this most.", "TD5, the whole day; Back in School: draft a provision map", "P2 Provision Map Case Study"],
    ["3.2", "weigh up critically approaches, strategies and resources for assessment, planning, teaching and learning, including ICT and assistive technology",
     "Not every intervention is worth the money.", "TD5 afternoon in the assistive technology bank", "P2 Provision Map Case Study"],
    ["3.3", "encourage other teachers to use assessment for learning in ways that work for pupils with SEN",
     "Formative assessment helps all pupils.", "TD6 morning", "Diary only"],
    ["3.4", "apply best practice and research findings on meeting SEN",
     "Research tells us what works.", "TD6 afternoon with the University's Senior Lecturer", "P2 Provision Map Case Study"],
    ["3.5", "identify in good time the access arrangements pupils need for national tests and examinations, and put them in place",
     "Late arrangements cost pupils marks.", "Not taught on a Training Day", "P4 Professional Discussion"],
], GREEN)
para(d, "")

t4 = safe_method("SM4", "WORKING WITH OTHERS", "Training Days 7 and 8", [
    ["4.1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and with their parents or carers",
     "Trust comes before progress.", "TD7 morning with the Parent Partnership Service", "P4 Professional Discussion"],
    ["4.2", "advise, support and work in partnership with parents and carers, including at annual reviews",
     "Parents know their child best.", "TD7 morning; Back in School: run a review meeting with parents", "P3 Change Project"],
    ["4.3", "make sure pupils take part in planning, agreeing and reviewing their own provision",
     "Pupils know what helps them.", "TD7 afternoon: pupil voice", "Check it works"],
    ["4.4", "advise, support and collaborate with colleagues within and beyond the school, and work in partnership with other services and agencies, including voluntary organisations",
     "No school can meet every need alone.", "TD8 morning with the Sensory and Physical Support Team and a local voluntary group", "P3 Change Project"],
    ["4.5", "explain what external agencies do and how to get specialist support and resources from them",
     "Knowing who to call saves time.", "TD8 morning", "P3 Change Project"],
    ["4.6", "put things clearly in speech and writing, and listen to and understand other people's views",
     "Coordinators explain, persuade and listen all day.", "TD8 afternoon", None],
], PINK)
# tracked change in the Prove it cell of row 4.6
last = t4.cell(7, 4)
last.text = ""
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
p0 = last.paragraphs[0]._p
p0.append(parse_xml(f'<w:del {nsdecls("w")} w:id="901" w:author="K. Oyelaran" w:date="2008-10-02T10:00:00Z"><w:r><w:delText>Diary only</w:delText></w:r></w:del>'))
p0.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="902" w:author="K. Oyelaran" w:date="2008-10-02T10:00:00Z"><w:r><w:t>P4 Professional Discussion</w:t></w:r></w:ins>'))
para(d, "")

safe_method("SM5", "LEADING AND MANAGING", "Training Days 9 and 10", [
    ["5.1", "gain the commitment of colleagues, including the head teacher and senior leaders",
     "Nothing changes without the head teacher.", "TD9 morning", "P3 Change Project"],
    ["5.2", "work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the use of resources",
     "The SEN budget follows the school's priorities.", "TD9 morning; Back in School: present to governors", "P3 Change Project"],
    ["5.3", "deploy and manage teaching assistants and other staff well",
     "Teaching assistants are the biggest SEN resource.", "TD9 afternoon", "P3 Change Project"],
    ["5.4", "support colleagues' professional development through observation and feedback, modelling, coaching, mentoring and training",
     "Coordinators improve teaching by helping teachers.", "TD10 morning; Back in School: observe and coach a colleague", "P3 Change Project"],
    ["5.5", "prioritise, manage their time and delegate sensibly",
     "The role is bigger than the hours.", "TD10 afternoon", "Diary only"],
    ["5.6", "anticipate and resolve problems and make sound, well-founded decisions about provision",
     "Good judgement prevents crises.", "TD10 afternoon: case scenarios", "P4 Professional Discussion"],
], BLUE)
para(d, "")

safe_method("SM6", "REVIEWING AND IMPROVING", "Training Days 11 and 12", [
    ["6.1", "use the principles of school self-evaluation and improvement to judge outcomes for pupils with SEN",
     "The SEF asks how well pupils with SEN do.", "TD11 morning", "P1 Policy Audit"],
    ["6.2", "review and evaluate, with other staff, how well provision works, and feed this into the school's self-evaluation",
     "Reviewing provision is how it improves.", "TD11 afternoon; Back in School: provision review meeting", "P3 Change Project"],
    ["6.3", "use research evidence and advice from outside the school to improve their own and colleagues' practice",
     "Good ideas come from outside too.", "TD12 morning", "P2 Provision Map Case Study"],
    ["6.4", "keep up to date and take charge of their own professional development in SEN and disability",
     "The law and the evidence keep changing.", "TD12 afternoon", "Diary only"],
], BLUE)
para(d, "")

# ---------------------------------------------------------------- diary page
title("SAFE METHODS DIARY: 4-WEEKLY REVIEW PAGE", PINK)
para(d, "Copy this page for each review. Your Supervisor signs it.", italic=True)
table(d, [
    ["Review date:", "Trainer:", "Supervisor:"],
    ["Which Safety points have you worked on?", "", ""],
    ["How have you involved pupils in reviewing their provision?", "", ""],
    ["What would you change next time?", "", ""],
    ["Supervisor's signature:", "", "Date:"],
], header_fill=PINK)
para(d, "")
para(d, "Safe Methods for SEN Coordination is a course of the Schools Training Unit, Thrapley Metropolitan Borough Council, "
        "validated by the University of Dunmere. Queries to the Head of Unit, Civic Annexe, Market Street, Thrapley.", size=8)

d.save(OUT)
print(OUT.name, word_count(OUT), "words")
