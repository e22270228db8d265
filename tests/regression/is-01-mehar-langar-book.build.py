"""is-01-mehar-langar-book: build script (writes is-01-mehar-langar-book.docx next to itself).

Provider (invented): Mehar Schools Trust, a trust of three Sikh faith schools (Mehar Khalsa Primary,
Mehar Guru Tegh Bahadur Primary and Mehar Sikh Secondary) in Wolverbury, applying with Soarbridge
University School of Education (the Midlands) for the 2008-09 National Award for SEN Coordination.

Document kind and layout: the Trust's "Langar Book", a recipe book sent as its application. The
course is written in the vocabulary of the gurdwara's community kitchen: study days are "Pangats"
(sittings), the assessed pieces are three "Thalis" (plates), the tutors are "Cooks" (the course
leader the "Head Cook"), in-school mentors are "Sevadars", unmarked formative tasks are "Tasting
spoons", the self-audit is the "Spice Rack", the individual plan is "My Thali Plan", and the outcome
table is the "Menu Card". Heading styles for the book's chapters; each Pangat is a recipe table
(labelled rows: Serves, Cooking time, Cooks, Ingredients, Method, Sevadar's tip, "Is it cooked?")
whose first row is a merged, shaded title. A cover note to the panel sits in a VML text box. A
"They told us | So we" table with merged shaded band rows. The Menu Card ("What a SENCO can do |
Cooked in | Tasted in") has merged band rows for its three groups and no outcome codes. Header and
footer (the footer carries a blanket claim). Three Word comments. One placeholder.

Traps (requirement ids):
- Aim is attainment only: "to raise the attainment of the children ... and nothing else is the
  measure"; well-being appears only as a topic (1.1 partially_met).
- APL for certificated study only; "Experience on its own, however long, is not credited"; a
  comment proposes APEL but comments are not the submission (2.1 partially_met).
- Assessment-only route belongs to the University's other award; "we have not copied it" (2.3
  not_met: another provider's arrangement plus negation).
- "Leftovers": only a hope that SENCOs leave with ideas of further study (2.5 partially_met);
  keeping up to date "left to each SENCO", discussed but not judged (6.A7 partially_met).
- Flexibility: each Pangat runs twice (Tuesday or Saturday) but one start and a fixed order,
  "We cannot yet offer a January start" (3.2 partially_met).
- "There is no online part to this course": 3.3 not_applicable (e-journal access is a resource).
- Stakeholders in evaluation: heads only "receive a copy" of the report; parents joining the
  tasting panel only "we would like"; the Sevadars (school colleagues) mentor, which is
  involvement in delivery; a comment suggests heads on the panel (4.3 partially_met).
- CRB: candidates are not asked ("checking teachers is the job of the school that employs
  them"); the Trust checks its Cooks and Sevadars instead (5.3 not_met: someone else's
  responsibility and the wrong people).
- Placements: visits to the resource base "can sometimes be arranged if a place is free; we
  cannot promise them" (5.5 partially_met; specialist guests are real).
- Sevadars' briefing only "would like ... if their schools can release them"; the Cooks'
  handbook is real (5.7 partially_met).
- Impact on pupils "not measured by the course"; confidence scale real (5.9 partially_met).
- Award rule requires every national minimum outcome (6.0 met), though the Menu Card itself has
  gaps (1.9 partially_met).
- Child development "is not on our menu this year": another course of the Trust's covers it
  (6.K4 not_met). Summative assessment and national tests never addressed; "national tests"
  appears only in the access-arrangements row (6.S2b not_met; 6.S2d partially_met, practised
  with the exams officer, "Not tasted").
- Self-evaluation tasted in Thali 3 but "not cooked at a Pangat" (6.K7 partially_met).
- Pupils in planning their own provision practised, "Not tasted" (6.S7 partially_met); consulting
  pupils is taught and practised (1.5 met).
- Time log is only a Sevadar's tip, "Not tasted" (6.A3 partially_met).
- Footer "Every plate in this book meets every national outcome" is a blanket claim in a footer.
"""
from pathlib import Path
from _is_helpers import (new_doc, para, runs, table, band, shade, set_cell, comment, textbox,
                         header_footer)

OUT = Path(__file__).with_name("is-01-mehar-langar-book.docx")
d = new_doc("Georgia", 10.5)
header_footer(d, "Mehar Schools Trust  ·  The Langar Book  ·  2008-09 edition",
              "Every plate in this book meets every national outcome.  ·  Printed in the Trust office, Ashbrook Lane, Wolverbury")

para(d, "THE LANGAR BOOK", bold=True, size=24, align="center")
para(d, "Recipes for the National Award for SEN Coordination, 2008-09", italic=True, size=14, align="center")
para(d, "Mehar Schools Trust, with Soarbridge University School of Education", align="center")
para(d, "Mehar Khalsa Primary School  ·  Mehar Guru Tegh Bahadur Primary School  ·  Mehar Sikh Secondary School", size=9, align="center")

textbox(d, [
    ("A word before you cook (for the TDA panel)", True),
    ("This is the book every SENCO on our course is given at the first Pangat. We have sent it to you "
     "as it is, because it is the truest account of what we do. The words may be unfamiliar: a Pangat is one "
     "of our study days, a Thali is one of the three pieces of work we mark, and a Sevadar is the colleague "
     "in the SENCO's own school who mentors them. The Menu Card at the back shows where each outcome is "
     "taught and where it is judged.", False),
    ("Harjinder Kaur Sandhu, Head Cook (course leader), September 2008", False),
], height_pt=140)

d.add_heading("From the Trust's kitchen", level=1)
para(d, "In every gurdwara the langar feeds whoever comes, and everyone sits together on the floor in "
        "rows, the pangat, so that nobody is above anybody else. Our three schools try to run their "
        "classrooms in the same spirit, and we have tried to build our SENCO course in it too.")
para(d, "Our Award exists to raise the attainment of the children in our schools, and in our neighbours' "
        "schools, who have special educational needs or disabilities, and nothing else is the measure: every "
        "Pangat and every Thali is judged by whether it helps a SENCO to move those children's levels on. "
        "We believe every child is a gift, and that seva, service without reward, is the heart of teaching.")
para(d, "The course is the Postgraduate Certificate in Special Educational Needs Coordination (National "
        "Award), validated by Soarbridge University School of Education at its validation event on 19 June "
        "2008. It carries 60 credits at Master's level (Level 7), in two modules of 30 credits: EDU7141 "
        "Leading Provision (Pangats 1-4, Thalis 1 and 2) and EDU7142 Changing Practice (Pangats 5-8, Thali 3). "
        "The University awards the certificate; the Trust teaches the course and the University's School of "
        "Education moderates and examines it.")

d.add_heading("How this book works", level=1)
para(d, "Each recipe below is one Pangat. A Pangat runs from 9.30 a.m. to 3.30 p.m. in the Learning Centre at "
        "Mehar Sikh Secondary School, and every Pangat has the same parts:")
for line in ["Serves: who the Pangat is for;",
             "Cooking time: how long, and when;",
             "Cooks: who teaches it;",
             "Ingredients: what the SENCO brings and what we provide;",
             "Method: what happens, step by step;",
             "Sevadar's tip: something to try back in school with the mentor;",
             "Is it cooked?: how and where the learning is judged, if it is."]:
    para(d, line, style="List Bullet")
t = table(d, [["Term", "Pangats", "Thalis (marked)", "Tasting spoons (not marked)"],
              ["Autumn 2008", "1 Dal of the Code\n2 The Sabzi of Needs\n3 Knowing Who Needs What", "Thali 1 Case Portrait (due 5 January)", "Spoons 1-3"],
              ["Spring 2009", "4 The Provision Pot\n5 Listening at the Table\n6 Many Hands", "Thali 2 Map and Review (due 20 April)", "Spoons 4-6"],
              ["Summer 2009", "7 Leading the Kitchen\n8 New Recipes", "Thali 3 Change Project and presentation (due 10 July)", "Spoons 7-8"]])

d.add_heading("Shopping list: who can come to the table", level=1)
para(d, "Every SENCO who joins must hold Qualified Teacher Status and be in post as SENCO, or be named by "
        "their headteacher to take the role before the end of the course year. The application form asks for "
        "a statement of the applicant's experience with pupils with SEN and a letter from the headteacher "
        "promising release for the Pangats and a Sevadar in school. The Head Cook then talks with each "
        "applicant for half an hour, using the Spice Rack (below) to judge whether they have enough knowledge "
        "and experience to reach every outcome by July. An applicant who is not yet ready is told in writing "
        "what to do first (usually a term shadowing an experienced SENCO in one of our schools, and the "
        "Trust's open twilight sessions), and the Head Cook writes to their headteacher to agree it.")
para(d, "We do not ask for a CRB disclosure at this stage: every applicant is a serving teacher, and "
        "checking teachers is the job of the school that employs them.")

d.add_heading("Menu planning: before the first Pangat", level=1)
para(d, "The Spice Rack is our self-audit. It lists every line of the Menu Card, and the SENCO rates "
        "themselves on each from 1 (new to me) to 4 (I could teach this), with a line of evidence for every 3 "
        "or 4. The Head Cook and the SENCO's Sevadar then meet the SENCO in school, check the ratings against "
        "what they see, and together write My Thali Plan: the SENCO's own outcomes for the year, which of "
        "the four optional afternoon workshops they will join, and which Tasting spoons they will do first. "
        "My Thali Plan is looked at again at Pangat 4 and Pangat 8, and the Thalis are set so that each "
        "SENCO writes about the outcomes their plan names.")
p = para(d, "Credit for certificated study: a SENCO who has passed Master's-level modules in special "
            "educational needs in the last five years, at Soarbridge or another university, may claim up to 30 "
            "credits through the University's APL procedure, and is then excused Thali 1. Experience on its own, "
            "however long, is not credited: everyone else writes all three Thalis.")
comment(d, p, "Harjinder, Soarbridge also accepts APEL portfolios for experience (up to 20 credits). Shall we add it? PE",
        author="Paul Everard", initials="PE")
para(d, "Soarbridge University runs an assessment-only route for experienced teachers on its own PGCert in "
        "Inclusion. We have looked at it carefully and we have not copied it: at our langar every SENCO sits "
        "at every Pangat.")
para(d, "The fee is £1,150 for the year. The Trust pays £400 of it for SENCOs from its own schools, and "
        "Wolverbury's SEN team pays the same for SENCOs from its schools. Because the Pangats are near, no "
        "school pays for travel or overnight stays, and the optional workshops let each SENCO spend time on "
        "what their Thali Plan says they need rather than on what they already know.")

d.add_heading("The recipes", level=1)


def recipe(title, rows):
    t = d.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    band(t, 0, title, fill="FCE4D6")
    for i, (k, v) in enumerate(rows, start=1):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "FFF8F0")
        set_cell(t.cell(i, 1), v)
    para(d, "")
    return t


recipe("Pangat 1  ·  Dal of the Code", [
    ("Serves", "All SENCOs, at the start of the year."),
    ("Cooking time", "One day: Tuesday 23 September 2008, repeated Saturday 27 September."),
    ("Cooks", "Harjinder Kaur Sandhu; Ruth Oyelaran (Wolverbury SEN casework manager)."),
    ("Ingredients", "Your school's SEN policy and accessibility plan; the SEN Code of Practice (2001); the "
                    "SEN Toolkit; Removing Barriers to Achievement (2004); Every Child Matters: Change for Children (2004)."),
    ("Method", "1. The Education Act 1996 and the SEN and Disability Act 2001: what the law asks of a school and of the SENCO.\n"
               "2. The Code of Practice in practice: School Action, School Action Plus, statutory assessment and statements, annual reviews, with Wolverbury's own procedures.\n"
               "3. The Disability Discrimination Act 1995 and 2005, the Disability Equality Duty and the school's Disability Equality Scheme: what each requires a school to do for disabled pupils, and how a SENCO checks that it is done.\n"
               "4. The five Every Child Matters outcomes and the SENCO's part in each, worked through with three pupils' files.\n"
               "5. Current national initiatives: the Inclusion Development Programme, the National Strategies' SEN materials, the Bercow review of services for children with speech, language and communication needs (interim report, 2008)."),
    ("Sevadar's tip", "Read your school's SEN policy together and mark anything the Code would question."),
    ("Is it cooked?", "Thali 1: the Case Portrait must explain the law, the Code and the disability duties as they apply to the pupil, and the Every Child Matters outcomes for that pupil."),
])
recipe("Pangat 2  ·  The Sabzi of Needs", [
    ("Serves", "All SENCOs."),
    ("Cooking time", "One day: Tuesday 21 October 2008, repeated Saturday 25 October."),
    ("Cooks", "Ranjit Singh Bains (educational psychologist); Kulwant Kaur Gill (speech and language therapist)."),
    ("Ingredients", "Anonymised profiles of two pupils you teach."),
    ("Method", "1. The common needs, one by one: behavioural, emotional and social difficulties; specific learning difficulties, including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties.\n"
               "2. For each, what it does to a child's learning in a real lesson, shown on video from our schools with parents' consent.\n"
               "3. Your two pupils: what their needs are, and what the profiles leave out."),
    ("Sevadar's tip", "Observe one of your two pupils in a lesson you do not teach."),
    ("Is it cooked?", "Thali 1: the Case Portrait describes one pupil's needs and their effect on learning."),
])
para(d, "How children develop is not on our menu this year: the Trust's \"Growing Up\" course for all staff "
        "covers child development, and we ask SENCOs who need it to book onto it separately.", italic=True)
recipe("Pangat 3  ·  Knowing Who Needs What", [
    ("Serves", "All SENCOs."),
    ("Cooking time", "One day: Tuesday 25 November 2008, repeated Saturday 29 November."),
    ("Cooks", "Harjinder Kaur Sandhu; Ranjit Singh Bains; Gurpreet Singh Hayer (exams officer, Mehar Sikh Secondary)."),
    ("Ingredients", "Your school's SEN register and one term's assessment data."),
    ("Method", "1. Finding the pupils who may have SEN or disabilities: classroom observation, teacher assessment, P scales and screening data, and what parents and pupils tell us.\n"
               "2. Setting targets that stretch, planning interventions that remove barriers, and reviewing them every half term.\n"
               "3. Reading and using reports from educational psychologists, therapists, the sensory service and CAMHS to change what happens in class.\n"
               "4. Helping colleagues to build assessment for learning into every lesson, with approaches that work for pupils with SEN: the SENCO leads one staff meeting on it.\n"
               "5. Access arrangements for national tests and examinations: who needs them, the deadlines, and working with the exams officer to put them in place, in class and in the test room."),
    ("Sevadar's tip", "Lead the staff meeting on assessment for learning with your Sevadar watching, and talk it over afterwards."),
    ("Is it cooked?", "Thali 2 judges identification, targets, interventions and review, the use of other professionals' assessments and the staff meeting on assessment for learning. Access arrangements are practised with the exams officer but are not part of any Thali."),
])
recipe("Pangat 4  ·  The Provision Pot", [
    ("Serves", "All SENCOs; afternoon workshops are chosen through My Thali Plan."),
    ("Cooking time", "One day: Tuesday 20 January 2009, repeated Saturday 24 January."),
    ("Cooks", "Harjinder Kaur Sandhu; Dr Paul Everard (Soarbridge University)."),
    ("Ingredients", "Your school's provision map, or the list of interventions if there is no map; the timetable of your teaching assistants."),
    ("Method", "1. Provision mapping and management: costing provision, matching it to need, and finding what is missing or not working.\n"
               "2. Deploying and managing teaching assistants and other staff so that their time goes where it makes most difference.\n"
               "3. A critical look at approaches, strategies and resources for assessment, planning and teaching, including ICT and assistive technology, and how each removes a barrier.\n"
               "4. Afternoon workshops (choose one): dyslexia-friendly classrooms; social stories and visual timetables; precision teaching; Clicker 5 and other ICT.\n"
               "5. My Thali Plan reviewed with the Head Cook."),
    ("Sevadar's tip", "Walk round the school with your Sevadar and check the map against what is really happening."),
    ("Is it cooked?", "Thali 2: the SENCO's provision map, the review of one gap, the redeployment plan for support staff, and a critical evaluation of one strategy or resource."),
])
recipe("Pangat 5  ·  Listening at the Table", [
    ("Serves", "All SENCOs."),
    ("Cooking time", "One day: Tuesday 24 February 2009, repeated Saturday 28 February."),
    ("Cooks", "Harjinder Kaur Sandhu; Amarjit Kaur Dhillon (Wolverbury Parent Partnership Service); two parents from our family evenings."),
    ("Ingredients", "A recent review meeting you led."),
    ("Method", "1. Consulting children and young people: person-centred reviews, talking mats, questionnaires in symbols, and pupil conferencing; each SENCO practises one with a pupil before the next Pangat.\n"
               "2. Involving pupils in planning, agreeing and reviewing their own provision, and helping colleagues to do the same.\n"
               "3. Working with parents and carers: building trust, sharing difficult news, families who speak Punjabi or Urdu at home, and using the Parent Partnership Service.\n"
               "4. Fair and respectful relationships with pupils and their families, including when the school and the family disagree."),
    ("Sevadar's tip", "Ask your Sevadar to sit in on a parents' meeting you lead and tell you what the parents heard."),
    ("Is it cooked?", "Thali 1: the Case Portrait includes the SENCO's account of a meeting with the pupil's parents and of the relationship with the pupil and family. Pupil involvement in planning is practised on Tasting spoon 5 and is not marked."),
])
recipe("Pangat 6  ·  Many Hands", [
    ("Serves", "All SENCOs."),
    ("Cooking time", "One day: Tuesday 24 March 2009, repeated Saturday 28 March."),
    ("Cooks", "Ranjit Singh Bains; Jo Pritchard (Brindley Autism Outreach Team); Sukhwinder Singh Rai (Sikh Helpline youth worker)."),
    ("Ingredients", "A list of the agencies your school used last year."),
    ("Method", "1. The agencies around the school: the educational psychology service, health, social care, the sensory and autism outreach teams, CAMHS, the Connexions service, and voluntary organisations including the local autism society and Sikh community charities. What each does and how a SENCO gets their help.\n"
               "2. Working with them as partners: the Common Assessment Framework and the team around the child.\n"
               "3. Advising, supporting and working alongside colleagues in the school and beyond it: coaching, mentoring, observing lessons and giving feedback, modelling, and running training.\n"
               "4. Winning the headteacher and the senior team to a change: what made our own heads say yes."),
    ("Sevadar's tip", "Observe a colleague with your Sevadar and compare your feedback."),
    ("Is it cooked?", "Thali 1 judges the SENCO's knowledge of the agencies and their joint work around the pupil. Thali 3 judges coaching or training of colleagues and how the SENCO gained the headteacher's commitment."),
])
recipe("Pangat 7  ·  Leading the Kitchen", [
    ("Serves", "All SENCOs; heads are invited for the afternoon."),
    ("Cooking time", "One day: Tuesday 28 April 2009, repeated Saturday 2 May."),
    ("Cooks", "Harjinder Kaur Sandhu; Baljit Singh Johal (headteacher, Mehar Guru Tegh Bahadur Primary); a governor."),
    ("Ingredients", "Your school improvement plan."),
    ("Method", "1. Working with senior colleagues and governors on an inclusive ethos, on policy and on where the money goes.\n"
               "2. Reviewing, with other staff, how well provision is working, and feeding what is found into the school's self-evaluation form.\n"
               "3. Prioritising, delegating and managing a SENCO's week.\n"
               "4. Anticipating problems and making decisions about provision that can be defended."),
    ("Sevadar's tip", "Keep a time log for a fortnight and look at it together: what could be delegated?"),
    ("Is it cooked?", "Thali 3: the change project must show the SENCO working with senior leaders and governors, reviewing provision with colleagues, and the decisions they took and why."),
])
recipe("Pangat 8  ·  New Recipes", [
    ("Serves", "All SENCOs."),
    ("Cooking time", "One day: Tuesday 9 June 2009, repeated Saturday 13 June."),
    ("Cooks", "Dr Paul Everard; Harjinder Kaur Sandhu."),
    ("Ingredients", "Two research articles chosen from the reading list."),
    ("Method", "1. What research and inspection tell us works: Ofsted's Inclusion: does it matter where pupils are taught? (2006) and Special educational needs and disability: towards inclusive schools (2004), the Bercow review of speech, language and communication services, and studies from our reading list.\n"
               "2. Using research and outside advice to change your own and your colleagues' practice.\n"
               "3. Keeping up to date after the course: journals, networks, the SENCO forum.\n"
               "4. Presenting the change project: rehearsal in threes."),
    ("Sevadar's tip", "Share one article with your staff and ask what they would try."),
    ("Is it cooked?", "Thali 3: the change project report must use research and external advice, and is presented aloud to a panel."),
])

d.add_heading("The Thalis: what we serve for marking", level=1)
para(d, "There are three Thalis. Each is set in the SENCO's own school and is planned with the Sevadar, so "
        "the practical work in school is tied directly to the outcomes it is marked against.")
table(d, [["Thali", "What the SENCO does", "Length", "Module"],
          ["1 Case Portrait", "Works with one pupil with SEN and the pupil's family over a term: the pupil's needs and their effect on learning, the law and the Code as they apply, the agencies involved, a meeting with the parents, and the Every Child Matters outcomes for the pupil.", "4,000 words", "EDU7141"],
          ["2 Map and Review", "Maps the school's provision, reviews one gap or failing intervention, plans the redeployment of support staff, leads the staff meeting on assessment for learning, and evaluates one strategy or resource critically.", "4,000 words and the map", "EDU7141"],
          ["3 Change Project", "Leads one change in the school's provision with the headteacher's agreement, coaches or trains colleagues, reviews the result with staff, draws on research and outside advice, and presents the project to a panel of a Cook, the Sevadar and the headteacher.", "5,000 words and a 15-minute presentation", "EDU7142"]])
para(d, "")
para(d, "Each Thali is marked against the University's Level 7 criteria and against the lines of the Menu "
        "Card it is set to show; the marker records, line by line, whether each outcome has been shown. "
        "Tasting spoons are short tasks done in school between Pangats and talked through at the next one; "
        "they are never marked.")
para(d, "The Award is given only to a SENCO who has shown every one of the national minimum outcomes. A "
        "high mark on one Thali cannot make up for an outcome not shown on another: the SENCO resubmits the "
        "part that is missing.", bold=True)

d.add_heading("The Cooks and the guests", level=1)
table(d, [["Cook", "Background"],
          ["Harjinder Kaur Sandhu, Head Cook", "SENCO at Mehar Khalsa Primary for eleven years; MA in Special and Inclusive Education (Birmingham, 2004); Trust SEN lead since 2006; leads Wolverbury's SENCO network."],
          ["Dr Paul Everard", "Senior lecturer in inclusive education, Soarbridge University; PhD on provision mapping in secondary schools; formerly head of a learning support service."],
          ["Ranjit Singh Bains", "Senior educational psychologist, Wolverbury Educational Psychology Service; Doctorate in Applied Educational Psychology (2007)."],
          ["Kulwant Kaur Gill", "Speech and language therapist, Wolverbury Primary Care Trust; specialist in bilingual children's language."],
          ["Gurpreet Singh Hayer", "Examinations officer, Mehar Sikh Secondary; Joint Council for Qualifications trained on access arrangements."]])
para(d, "")
para(d, "All the Cooks teach from current practice: each still works in a school or a service, and each "
        "goes to at least one national SEN conference a year, paid for by the Trust.")
para(d, "The Cook's Notes is the handbook for everyone who teaches or marks: the Menu Card, the marking "
        "criteria, how to record each outcome, the moderation timetable and the Cooks' duties. The Cooks meet "
        "for an hour before every Pangat. We would like to bring the Sevadars together for an afternoon's "
        "briefing in the autumn term, if their schools can release them.")
para(d, "Besides the Cooks, each Pangat has guests from the services the SENCOs will work with, named in the "
        "recipes. Visits to the Trust's Resource Base for pupils with autism at Mehar Sikh Secondary can "
        "sometimes be arranged if a place is free; we cannot promise them.")

d.add_heading("The Pantry", level=1)
para(d, "The Learning Centre at Mehar Sikh Secondary has a teaching room for thirty, a room for the "
        "afternoon workshops and an ICT suite of twenty computers with Clicker 5, Co:Writer, Write Online and "
        "the Trust's provision-mapping software. The Trust's SEN library holds about six hundred books and "
        "assessment kits, lent for the year. Every SENCO is registered as a Soarbridge student and can use the "
        "University library and its electronic journals from home. Visualisers, digital voice recorders and "
        "a set of talking mats can be borrowed for Tasting spoons.")
para(d, "There is no online part to this course. Everything happens at the Pangats, in school with the "
        "Sevadar, and in writing the Thalis.")

d.add_heading("Kitchen rules", level=1)
para(d, "Anyone may sit at a langar, and anyone may join this course: it is open to teachers in any "
        "school, of any faith or none. The application form asks every applicant whether they have a "
        "disability or a condition we should plan for, and says why we ask. The Head Cook meets anyone who "
        "tells us, before the first Pangat, to agree the adjustments: materials sent ahead in large print or "
        "on coloured paper, a hearing loop (fitted in the Learning Centre), a ground-floor room and parking, "
        "rest breaks, and for the Thalis extra time or a spoken submission agreed with the University's "
        "Disability Service. We check the same for any visit. Two of our guests, a parent and a young adult "
        "with dyslexia, speak at Pangats about their own lives, so that disabled people are heard as "
        "experts and not only as cases.")
para(d, "Every Cook and every Sevadar who works with the Trust holds an enhanced CRB disclosure, checked by "
        "the Trust's office before they start.")

d.add_heading("Different sittings", level=1)
para(d, "Every Pangat runs twice, on a Tuesday and again on the Saturday of the same week, and a SENCO may "
        "choose either sitting each time without asking. The four afternoon workshops are chosen through My "
        "Thali Plan. There is one start, in September, and the Pangats follow in order, because each builds "
        "on the last. We cannot yet offer a January start.")

d.add_heading("Who told us what to cook", level=1)
para(d, "In February 2008 we asked the headteachers of our three schools and of twenty neighbouring schools "
        "in Wolverbury and Brindley what their SENCOs most needed; nineteen replied. We met the SEN teams of "
        "both councils, and we held an evening for parents in the gurdwara hall, with forty-two parents "
        "present. This is what they told us and what we did about it.")
t = table(d, [["They told us", "So we"],
              ["Headteachers", None],
              ["SENCOs do not know how to use teaching assistants well.", "added the deployment of support staff to Pangat 4 and to Thali 2."],
              ["Release on a weekday is hard for small primaries.", "run every Pangat again on Saturday."],
              ["Councils", None],
              ["Too few SENCOs understand the disability duties.", "gave a third of Pangat 1 to them."],
              ["Parents", None],
              ["Schools talk to us in English only and in jargon.", "added families who speak Punjabi or Urdu at home to Pangat 5, with two parents as guests."]])
band(t, 1, "Headteachers", fill="E2EFDA")
band(t, 4, "Councils", fill="E2EFDA")
band(t, 6, "Parents", fill="E2EFDA")
para(d, "")

d.add_heading("The tasting panel", level=1)
para(d, "We find out how the course is going in several ways. Every SENCO fills in a short sheet at the end "
        "of each Pangat; the Cooks read them at their next meeting and write what they will change in the "
        "\"What we changed\" log, which is read out at the start of the following Pangat. There is a mid-year "
        "review with each SENCO and Sevadar in February, and a focus group at the end of the year run by a "
        "Soarbridge lecturer who does not teach on the course. The University's external examiner, [name to "
        "be confirmed by Soarbridge], sees a sample of every Thali and reports each year, and the course is "
        "part of the University's annual monitoring; the Course Committee of the Trust and the University "
        "agrees the changes for the next year from all of these.")
p = para(d, "Headteachers receive a copy of the end-of-year report. We would like parents from the family "
            "evenings to join the tasting panel in a later year. The Sevadars, who are senior colleagues in the "
            "SENCOs' own schools, mentor them through the year.")
comment(d, p, "Could we say the heads will sit on the tasting panel? Baljit would.", author="Harjinder Kaur Sandhu", initials="HKS")
para(d, "Marking: every Thali is marked by a Cook; all fails, all distinctions and one in four of the rest "
        "are second-marked by another Cook. After each Thali the Cooks meet to moderate a sample together, "
        "and a Soarbridge moderator then samples the marking across both modules before the University's "
        "examination board, which the external examiner attends.")
para(d, "Each SENCO rates their confidence on every line of the Menu Card at the start (on the Spice Rack) "
        "and again at the end, and the Course Committee compares the two; the Thalis show competence. Changes "
        "in pupils' achievement are not measured by the course: each SENCO's headteacher will notice them.")

d.add_heading("Leftovers: after the last Pangat", level=1)
para(d, "At the end of Pangat 8 we talk about what comes next. We hope every SENCO will leave with some "
        "idea of further study or of a next role. Keeping up to date after the course is left to each SENCO "
        "and their school.")

d.add_heading("The Menu Card", level=1)
para(d, "What a SENCO who completes the course can do, in our words; where it is cooked (taught) and where "
        "it is tasted (judged). \"Not tasted\" means practised but not marked.", italic=True)
rows = [["What a SENCO can do", "Cooked in", "Tasted in"],
        ["Attributes", None, None],
        ["Build fair, respectful and supportive relationships with pupils with SEN and their families", "Pangat 5", "Thali 1"],
        ["Win the commitment of colleagues, the head and senior leaders", "Pangat 6", "Thali 3"],
        ["Prioritise, manage time and delegate", "Pangat 7 (Sevadar's tip)", "Not tasted"],
        ["Anticipate and solve problems; make sound decisions about provision", "Pangat 7", "Thali 2, Thali 3"],
        ["Speak and write clearly; listen to others' views", "Pangat 8 (rehearsal)", "Thali 3 (report and presentation)"],
        ["Use research and outside advice to improve practice", "Pangat 8", "Thali 3"],
        ["Keep up to date and own their professional development", "Pangat 8", "Not tasted: left to each SENCO"],
        ["Knowing", None, None],
        ["The law, the Code of Practice and how to apply them", "Pangat 1", "Thali 1"],
        ["Every Child Matters and the SENCO's part in it", "Pangat 1", "Thali 1"],
        ["Disability equality law and what it requires", "Pangat 1", "Thali 1"],
        ["The common kinds of SEN and their effect on learning", "Pangat 2", "Thali 1"],
        ["Approaches, strategies and resources, including ICT, judged critically", "Pangat 4", "Thali 2"],
        ["How school self-evaluation and improvement work for pupils with SEN", "Not cooked at a Pangat", "Thali 3"],
        ["What research and best practice say", "Pangat 8", "Thali 3"],
        ["The outside agencies and how to get their help", "Pangat 6", "Thali 1"],
        ["Doing", None, None],
        ["Shape the school's inclusive ethos, policy and spending with senior staff and governors", "Pangat 7", "Thali 3"],
        ["Identify pupils, set challenging targets, plan and review interventions", "Pangat 3", "Thali 2"],
        ["Use other professionals' assessments to shape teaching", "Pangat 3", "Thali 2"],
        ["Lead colleagues in assessment for learning for pupils with SEN", "Pangat 3", "Thali 2"],
        ["Arrange access arrangements for national tests and examinations in good time", "Pangat 3", "Not tasted"],
        ["Map and manage provision; find what is missing or not working", "Pangat 4", "Thali 2"],
        ["Deploy and manage support staff", "Pangat 4", "Thali 2"],
        ["Develop colleagues by observation, feedback, coaching and training", "Pangat 6", "Thali 3"],
        ["Review provision with staff for the school's self-evaluation", "Pangat 7", "Thali 3"],
        ["Involve pupils in planning and reviewing their provision", "Pangat 5", "Not tasted"],
        ["Work with parents and carers", "Pangat 5", "Thali 1"],
        ["Work with other services and voluntary organisations", "Pangat 6", "Thali 1"]]
t = table(d, rows, size=9)
for i, r in enumerate(rows):
    if r[1] is None:
        band(t, i, r[0], fill="FCE4D6")
p = para(d, "")
last = t.rows[28].cells[2].paragraphs[0]
comment(d, last, "Tasting spoon 5 covers this; do we need it in a Thali? Ask Paul.", author="Harjinder Kaur Sandhu", initials="HKS")
para(d, "Sat nam. Harjinder Kaur Sandhu, Head Cook, for the Mehar Schools Trust, and Dr Paul Everard for "
        "Soarbridge University School of Education.", italic=True)

d.save(OUT)
print("wrote", OUT)
