"""iy-02-lowmoor-teachers-pack

Provider (invented): Lowmoor Museums and Archives Learning Team, the schools and SEN learning service of
a regional group of museums and the county record office, which runs "Hands On" sessions for pupils
with SEN, applying with the University of Stanbridge Faculty of Education. Course: "Hands On for
SENCOs", six "Visits" (study days) in the museums, "Back at School" tasks, a borrowed "Loan Box",
unmarked "Postcards" and three marked pieces ("Object File", "Trail", "Talk"), tutors called "Visit
Leaders" and school mentors called "School Partners".

Document kind and layout: the service's Teachers' Resource Pack, in the house style it uses for school
visits, rewritten for the SENCOs who take the course and sent as the application with a short covering
note. No heading styles: banner titles are bold white capitals on shaded Normal paragraphs
("BEFORE YOUR VISITS", "ON THE DAY", "BACK AT SCHOOL"); second person throughout; "Did you know?" text
boxes; a "Visits at a glance" table with a merged shaded title row; "Handling objects: our rules";
a "Risk assessment summary" table (Hazard / Who might be harmed / How we control it) that carries the
CRB and access arrangements; a "Loan Box contents" list; a "Curriculum links" table that maps the
national outcomes in the service's own words with a "Marked in" column and no codes; footnotes with
the published sources; a booking form at the end with "[...]" placeholders and typed tick boxes;
header and footer with a page field; a tracked deletion; a Word comment.

Traps (requirement ids):
- 40 credits at Level 7, not 60 (E.2 partial).
- Parents: a short talk on Visit 5 and the museum's "Family Saturdays" (the service's offer to families,
  not participants' skill); no task, only a Postcard (1.7 partial, 6.S8 partial).
- Postcards are "not marked"; several outcomes rest on them, and three outcomes are missing or
  left to others (1.9 partial).
- Starting Point questionnaire read by the Visit Leader, with no individual plan or personal
  outcomes (2.2 partial).
- "We do not offer the Award without the Visits" (2.3 not_met), beside a real APEL claim (2.1 met).
- Access: building access and "tell us" on the booking form only; nothing on equalities duties or
  adjustments to assessment (3.1 partial).
- One September start, Visits in order, a Tuesday/Saturday choice (3.2 partial).
- "There is no online part of Hands On" (3.3 not_applicable).
- School Partners "receive a copy of this pack" and nothing more (5.7 partial).
- Marking: second-marking belonged to the pilot year and the sentence describing sampling and
  moderation is a tracked deletion; now the Visit Leader marks alone (5.8 not_met).
- Impact: confidence measured by a repeated questionnaire; pupils' progress "is for your school to
  track" (5.9 partial).
- CRB check on candidates done properly in the risk assessment table (5.3 met), with a List 99
  confirmation from the head.
- Outcomes: school self-evaluation marked in the Trail but no Visit (6.K7 partial); summative data
  and reviewing provision with staff only on Postcards (6.S2b, 6.S6 partial); external agencies
  marked only "if you choose the multi-agency option" (6.K9 partial); keeping up to date only on
  the unmarked Next Steps card (6.A7 partial); time management only in a comment (6.A3 not_met);
  child development absent (6.K4 not_met); access arrangements "your school's examinations officer
  handles these; we do not cover them" (6.S2d not_met).
- The award rule requires every national outcome to be signed off from a marked piece, with no
  compensation (6.0 met).
"""
from pathlib import Path
from docx.shared import Pt, RGBColor
from _iy_helpers import (new_doc, table, merged_row, shade_cell, shade_par, cell_text, page_field_par, text_box,
                         add_del, comment, Footnotes, word_count)

HERE = Path(__file__).resolve().parent
NAME = "iy-02-lowmoor-teachers-pack"
AU, DT = "Kath Lindley", "2008-12-02T11:20:00Z"

doc = new_doc("Verdana", 10)
fn = Footnotes(doc)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Lowmoor Museums and Archives  |  Learning Team  |  Teachers' Resource Pack"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.add_run("Hands On for SENCOs - Teachers' Resource Pack, edition 1, December 2008   ").font.size = Pt(8)
page_field_par(fp)


def banner(text, fill="7030A0"):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade_par(p, fill)
    return p


def sub(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.color.rgb = RGBColor(0x70, 0x30, 0xA0)
    return p


def para(text):
    return doc.add_paragraph(text)


def bullet(text):
    return doc.add_paragraph("\u2022  " + text)


# covering note
p = doc.add_paragraph()
p.add_run("To the TDA approval panel").bold = True
para("We send you the Teachers' Resource Pack for Hands On for SENCOs exactly as SENCOs and their head teachers "
     "will receive it. Our packs for school visits have always been how we explain what we do, and we have kept "
     "that form. A booking form is at the back. The University of Stanbridge's validation documents are enclosed "
     "separately. Kath Lindley, Learning Manager, Lowmoor Museums and Archives.")

p = doc.add_paragraph()
r = p.add_run("HANDS ON FOR SENCOs")
r.bold = True
r.font.size = Pt(24)
r.font.color.rgb = RGBColor(0x70, 0x30, 0xA0)
p = doc.add_paragraph()
r = p.add_run("Teachers' Resource Pack: the National Award for SEN Coordination with Lowmoor Museums and Archives and the University of Stanbridge")
r.bold = True
para("September 2009 to July 2010")

banner("ABOUT THIS PACK")
para("This pack is for you, the teacher who leads provision for pupils with special educational needs in your "
     "school, and for your head teacher. It tells you what happens on each of your six Visits to our museums, "
     "what to do before and after each one, how your work is marked and how to book. Keep it with you: every Visit "
     "refers to it.")
para("Lowmoor Museums and Archives Learning Team runs Hands On, our sessions for pupils with SEN and disabilities, "
     "in the Lowmoor Museum, the Weavers' Cottages, the Pithead Museum, the Quayside Gallery and the County Record "
     "Office. Last year 5,300 pupils from special schools, resourced bases and mainstream classes took part. "
     "Hands On for SENCOs brings teachers into the same galleries, to learn how to lead provision for those pupils "
     "in their own schools.")
text_box(doc, [("Did you know?", True),
               ("Hands On for SENCOs is validated by the University of Stanbridge as a 40-credit module at Level 7 "
                "(Master's level), \"Leading Provision for Special Educational Needs\". When you pass, the University "
                "awards the credit and the National Award for SEN Coordination.", False)], height_pt=70)
para("The University of Stanbridge Faculty of Education is our partner. It validated the course in November 2008, "
     "registers you as a student, appoints the external examiner and awards the credit.")

banner("WHAT HANDS ON FOR SENCOs IS FOR")
para("Everything in Hands On for SENCOs is about the pupils. The course aims to raise the achievement of children "
     "and young people with SEN and disabilities and to improve their well-being: their health, their safety, "
     "their enjoyment and achievement, the contribution they make and their economic well-being later in life. "
     "Each Visit ends with the question \"What will this change for a pupil in my school?\", and every marked "
     "piece asks you to show what your work has changed for pupils.")
p = para("The course draws on recent evidence: Ofsted's reports on inclusion")
fn.ref(p, "Ofsted, Inclusion: does it matter where pupils are taught? (2006); Special educational needs and "
          "disability: towards inclusive schools (2004).")
p.add_run(", the Bercow Review of services for children with speech, language and communication needs")
fn.ref(p, "J. Bercow, The Bercow Report: A review of services for children and young people (0-19) with speech, "
          "language and communication needs, DCSF, July 2008.")
p.add_run(", the Inclusion Development Programme's first materials on dyslexia and communication needs")
fn.ref(p, "DCSF, Inclusion Development Programme: Supporting pupils with dyslexia and pupils with speech, language "
          "and communication needs, 2008.")
p.add_run(", and the research we and the University have carried out on learning from objects with pupils with "
          "autism. Visit 2 is built around these, and your Object File must use them.")

banner("VISITS AT A GLANCE")
t = doc.add_table(rows=0, cols=4)
t.style = "Table Grid"
merged_row(t, "Six Visits, each from 9.30 to 3.30, each on a Tuesday and repeated on the following Saturday", fill="E4DFEC")
hdr = t.add_row().cells
for c, h in zip(hdr, ["Visit", "Where", "What you will do", "Postcard"]):
    cell_text(c, h, bold=True, size=9)
    shade_cell(c, "D9D2E9")
rows = [
    ["1  Welcome to the Stores", "Lowmoor Museum", "The SENCO's role and the school's duties; the SEN Code of Practice, Every Child Matters, the Disability Discrimination Act and the school's disability equality duty, Removing Barriers to Achievement; how to work with your head teacher and senior leaders", "Postcard 1"],
    ["2  Reading Objects", "County Record Office", "What research and inspection tell us about meeting SEN; how to use research and outside advice to change your own and colleagues' practice; the common kinds of SEN (autism, speech, language and communication needs, dyslexia, behavioural, emotional and social difficulties, moderate learning difficulties) and how they affect learning", "Postcard 2"],
    ["3  Sorting and Recording", "Weavers' Cottages", "Identifying pupils, setting targets, planning and reviewing; using other professionals' assessments; formative assessment and how to help colleagues use it; tracking progress with test results and other data; provision mapping and finding gaps", "Postcard 3"],
    ["4  Many Hands", "Pithead Museum", "Working with other services and voluntary groups; a morning with the county's sensory support service and educational psychologists; placements (see below)", "Postcard 4"],
    ["5  Open Doors", "Quayside Gallery", "Pupils' voices: consulting pupils and involving them in planning and reviewing their provision; a short talk from Lowmoor Parent Partnership", "Postcard 5"],
    ["6  The Curator's Eye", "Lowmoor Museum", "Leading change: an inclusive ethos, policies and resources with governors and senior staff; deploying teaching assistants; coaching and supporting colleagues; reviewing provision with colleagues; keeping up to date", "Postcard 6"],
]
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        cell_text(c, v, size=9)

banner("BEFORE YOUR VISITS")
sub("Who can come")
para("Hands On for SENCOs is for qualified teachers who are SENCOs, or who will become SENCO during the year, in "
     "schools in Lowmoor and Kirkby Vale. Your head teacher must sign the booking form to say that you are, or will "
     "be, the SENCO, that the school will release you for the six Visits, and that a School Partner (a senior "
     "leader) will support you. Before we confirm your place your Visit Leader telephones you to talk through your "
     "experience and your Starting Point questionnaire, to make sure the course is right for you and that you will "
     "be able to meet the outcomes by July; if it is not yet right, we say so and suggest our one-day Hands On "
     "courses first.")
sub("Your Starting Point questionnaire")
para("Before Visit 1 you fill in the Starting Point questionnaire, rating yourself against each thing you will "
     "learn (see Curriculum links). Your Visit Leader reads it before Visit 1 so that she knows who is coming.")
sub("If you have studied or led SEN work before")
para("If you already hold Master's-level credit in SEN, the University can count up to 10 of the 40 credits "
     "towards the module. If you have experience of leading SEN provision but no credit, you may put together a "
     "claim for accreditation of prior experiential learning: a short portfolio, mapped against the Curriculum links, "
     "which your Visit Leader and a University tutor assess for up to 10 credits, in place of the Object File.")
para("We do not offer the Award without the Visits: everyone who joins comes to all six.")
sub("When it runs")
para("Hands On for SENCOs starts once a year, in September, and the Visits follow in order, one each half term. "
     "Each Visit runs on a Tuesday and repeats on the following Saturday, so you can choose the day that suits "
     "your school, and you can move between the two if you need to.")
para("There is no online part of Hands On: no website to log into and no forums. Everything happens in the "
     "galleries and in your school, and you can telephone or email your Visit Leader at any time.")
sub("What it costs")
para("The fee is 950 pounds, which the TDA's funding covers for schools in Lowmoor and Kirkby Vale. It includes "
     "the six Visits, lunch, your Loan Box, the University's registration and marking. Because the Visits use our "
     "own galleries, stores and staff, the cost is lower than a University-based course.")
text_box(doc, [("Did you know?", True),
               ("The Pithead Museum has a Changing Places toilet and a lift to every floor. The Weavers' Cottages are "
                "listed buildings: the upper floor is reached by stairs only, so Visit 3's upper-floor session is "
                "repeated on the ground floor.", False)], height_pt=70)

banner("ON THE DAY")
para("Each Visit has a morning in the galleries, working with objects and with the pupils and staff who use them, "
     "and an afternoon of seminars led by your Visit Leader and guests. Your Visit Leader will tell you which "
     "outcomes the day works on, and each day ends with a Postcard.")
sub("Postcards")
para("A Postcard is a single page you write at the end of each Visit: one thing you learned, one thing you will "
     "try, one question. Your Visit Leader reads it and replies in writing before the next Visit. Postcards help you "
     "and us see how you are getting on, and in her replies your Visit Leader suggests readings and versions of the "
     "next Back at School task to suit your school and your pupils. Postcards are not marked.")
sub("Placements")
para("During the week of Visit 4 you spend a half day at Highcliff Special School, shadowing its SENCO and "
     "attending a multi-agency review, and a half day with the county's sensory support service. Your Visit "
     "Leader arranges both.")
sub("Handling objects: our rules")
for r_ in ["Wash your hands before you handle anything, and take off rings and watches.",
           "Hold objects over the table with both hands. Never pass an object hand to hand: put it down.",
           "Tell a member of staff at once if something is damaged. It happens, and we will not mind.",
           "The same rules apply to the pupils you bring: we show you how to teach them."]:
    bullet(r_)

sub("Risk assessment summary")
para("This is a summary of our risk assessment for Hands On for SENCOs. The full assessment is available on request.")
table(doc, [
    ["Moving around the galleries", "You and any pupils with you", "Step-free routes at Lowmoor Museum, Pithead Museum, Quayside Gallery and the Record Office; lifts; seats in every gallery. Tell us on the booking form about any access needs and we will plan your route."],
    ["Handling objects", "You; pupils in the sessions you observe", "Objects used for handling are chosen to be safe; gloves where needed; staff supervise every handling session."],
    ["Working with pupils", "Pupils in the Hands On sessions and host schools", "We ask for the number and date of your enhanced CRB disclosure on the booking form and check it with your school's Single Central Record before Visit 1; your head teacher also confirms that you are not barred from work with children (List 99). We do not confirm a place until both are checked."],
    ["Lone working at Highcliff", "You", "You are never alone with a pupil during the placement; the host SENCO is with you."],
    ["Fire", "Everyone", "Your Visit Leader shows you the exits and the assembly point at the start of each Visit."],
], header=["Hazard", "Who might be harmed", "How we control it"], widths=[3.5, 4.0, 9.5], size=9)

banner("YOUR LOAN BOX")
para("At Visit 1 you take home a Loan Box, yours until July. It is how we make sure you have the resources you "
     "need between Visits. Each Loan Box contains:")
for r_ in ["a handling collection of twelve objects chosen for work with pupils with SEN, with teaching notes",
           "a sensory kit: textures, sounds and lights, and a switch-operated torch",
           "a laptop with symbol software, Clicker 5 and a screen reader, and two single-message communication aids",
           "the course reader and twenty books from the University library, which you may exchange at any Visit",
           "your copy of this pack and the Curriculum links sheet"]:
    bullet(r_)
para("You also have a University of Stanbridge library card and access to its electronic journals.")

banner("BACK AT SCHOOL")
para("After each Visit there is a Back at School task, done in your own school and agreed with your School "
     "Partner. Each task tries out what the Visit worked on, and your Object File, Trail and Talk are built from them.")
table(doc, [
    ["After Visit 1", "Read your school's SEN policy against the Code of Practice and the disability equality duty; talk it through with your head teacher."],
    ["After Visit 2", "Choose a pupil for your Object File; read two pieces of research on the pupil's kind of need and share one with a colleague."],
    ["After Visit 3", "Draw your school's provision map and mark one gap; with one class teacher, plan formative assessment for two pupils with SEN."],
    ["After Visit 4", "Meet one outside professional who works with your Object File pupil."],
    ["After Visit 5", "Consult three pupils with SEN about their support, using one of the methods from the Visit (talking mats, photographs, objects), and agree one change with them."],
    ["After Visit 6", "Lead one step of your Trail with colleagues; coach or observe a colleague and give feedback."],
], header=["When", "Back at School task"], widths=[3.0, 14.0], size=9)

banner("HOW YOUR WORK IS MARKED")
sub("Object File (marked: 40 per cent)")
para("A 3,500-word case study of one pupil with SEN in your school: how the pupil's needs were identified, what "
     "the assessments of other professionals show and how you used them, the targets you set, the interventions, "
     "the review of progress, and your relationship with the pupil. You must use research and say what it changed. "
     "If you choose the multi-agency option, the Object File also explains which services were involved and how "
     "you obtained their help.")
sub("Trail (marked: 40 per cent)")
para("A change you lead in your school, written up as a trail for colleagues (4,000 words or equivalent): the gap "
     "you found in your provision map, how you won the head teacher's and colleagues' support, the policy or "
     "resource decisions you took with senior staff and governors, how you deployed and managed teaching assistants, "
     "how you supported colleagues through coaching, modelling or training, how you helped a colleague use formative "
     "assessment with pupils with SEN, and what changed for pupils. Your Trail must show how the change fits your "
     "school's self-evaluation.")
sub("Talk (marked: 20 per cent)")
para("A fifteen-minute talk to your Visit Leader and a University tutor at the end of the year, followed by a "
     "professional conversation: the law and guidance you work under, the Every Child Matters outcomes and your part "
     "in them, your work with other agencies and voluntary groups, how you listened to pupils and acted on what "
     "they said, and a difficult decision you made and why. The Talk assesses how clearly you speak and how well "
     "you listen.")
p = para("Your Visit Leader marks your work against criteria written from the Curriculum links and returns it "
         "within four weeks with written feedback.")
add_del(p, " A sample of Object Files and Trails is second-marked by a University tutor, and all marks are "
           "moderated at a joint meeting before the University's examination board.", AU, DT)
para("In the pilot year every Object File was second-marked by the University.")
sub("Gaining the Award")
para("You gain the Award when your Visit Leader has signed every line of your Curriculum links sheet as shown in "
     "the Object File, the Trail or the Talk, and the University's examination board has confirmed it. Every line "
     "is one of the national outcomes for SENCOs. A good mark in one piece cannot make up for a line that has not "
     "been signed.")

banner("CURRICULUM LINKS")
para("These are the national outcomes for SENCOs, in our words. The Visit column says where we work on each; "
     "the Marked in column says which piece shows it. Where it says Postcard, we read what you write but do not "
     "mark it.")
ct = table(doc, [], header=["What you will learn", "Visit", "Marked in"], widths=[10.5, 2.5, 4.0], size=9)
links = [
    ("Attitudes", [
        ("Building fair, respectful and supportive relationships with pupils with SEN and their families", "5", "Object File"),
        ("Winning the commitment of colleagues, your head teacher and senior leaders", "1, 6", "Trail"),
        ("Anticipating and solving problems; making sound decisions about provision", "3, 6", "Talk (a difficult decision)"),
        ("Saying and writing things clearly; listening to and understanding others' views", "all", "Talk"),
        ("Using research and outside advice to improve your own and colleagues' practice", "2", "Object File"),
        ("Keeping up to date and taking charge of your own professional development", "6", "Next Steps card (not marked)"),
    ]),
    ("Knowledge", [
        ("SEN law and guidance, including the Code of Practice, and putting them into practice", "1", "Talk"),
        ("Every Child Matters and your part in its outcomes", "1", "Talk"),
        ("Disability equality law and what it requires of your school", "1", "Talk"),
        ("The common kinds of SEN and how they affect learning", "2", "Object File"),
        ("Approaches, strategies and resources for assessing, planning, teaching and learning, including ICT", "2, 3", "Object File"),
        ("School self-evaluation and improvement for pupils with SEN", "-", "Trail"),
        ("What research and best practice show about meeting SEN", "2", "Object File"),
        ("What outside agencies do and how to get specialist help", "4", "Object File (multi-agency option)"),
    ]),
    ("Skills", [
        ("Shaping an inclusive ethos, policies, priorities and resources with senior colleagues and governors", "6", "Trail"),
        ("Identifying pupils, setting challenging targets, planning interventions and reviewing progress", "3", "Object File"),
        ("Using other professionals' assessments to plan teaching", "3", "Object File"),
        ("Using tests and other summative assessments to track progress and adjust provision", "3", "Postcard 3"),
        ("Helping colleagues use formative assessment with pupils with SEN", "3", "Trail"),
        ("Access arrangements for tests and exams: your school's examinations officer handles these; we do not cover them", "-", "-"),
        ("Provision mapping; finding provision that is missing or not working", "3", "Trail"),
        ("Deploying and managing staff, especially teaching assistants", "6", "Trail"),
        ("Supporting colleagues' development: observation, feedback, modelling, coaching, training", "6", "Trail"),
        ("Reviewing with colleagues how well provision works, for school self-evaluation", "6", "Postcard 6"),
        ("Involving pupils in planning, agreeing, reviewing and evaluating their provision", "5", "Talk"),
        ("Working with parents and carers", "5", "Postcard 5"),
        ("Working with other services, agencies and voluntary organisations", "4", "Talk"),
    ]),
]
for g, rows in links:
    merged_row(ct, g, fill="E4DFEC")
    for row in rows:
        cells = ct.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=9)

banner("WORKING WITH FAMILIES")
para("Visit 5 includes a short talk from Lowmoor Parent Partnership about how parents experience the SEN process. "
     "Parents are welcome at our Family Saturdays, when families of pupils with SEN explore the galleries together, "
     "and you are welcome to tell the families in your school about them.")

banner("AFTER HANDS ON")
sub("Next Steps")
para("At your Talk your Visit Leader meets you for a Next Steps conversation. Together you agree three targets for "
     "your professional development in the year after the course, for example a further University module, a role "
     "in your local SENCO network or a specialist qualification, and write them on your Next Steps card. Your School "
     "Partner receives a copy for your performance management.")
sub("What we learn from you")
para("At the end of every Visit you fill in a comment card as well as your Postcard, and at the end of the course "
     "an evaluation form; your School Partner fills in a short questionnaire. The University's external examiner "
     "reports on the course each year. Twice a year our Visit Review Panel, two head teachers, a parent from "
     "Lowmoor Parent Partnership, the county's SEN officer and two SENCOs who have completed the course, reads the "
     "comment cards, evaluations and examiner's report and agrees what we change. Members of the Panel also help "
     "lead Visits 4 and 5.")
para("At the start and at the end you fill in the same Starting Point questionnaire, so that you and we can see how "
     "your confidence has grown. Your pupils' progress is for your school to track; we do not collect it.")
sub("Why the course looks like this")
para("In 2007 we asked the 64 SENCOs who bring groups to our museums, and the SEN teams of Lowmoor and Kirkby Vale "
     "councils, what a course for new SENCOs should do. They asked for days out of school that felt practical, for "
     "time on provision mapping and leading colleagues, for real contact with pupils and other services, and for "
     "resources they could take back. The Visits, the placements and the Loan Box come from those answers. After "
     "the 2007-08 pilot with twelve SENCOs, the Visit Review Panel asked us to move provision mapping earlier, to add "
     "the placement at Highcliff and to shorten the Object File, and we did all three.")
sub("Your Visit Leaders")
table(doc, [
    ["Kath Lindley", "Learning Manager; leads Visits 1 and 6", "Qualified teacher; SENCO in a Lowmoor primary school for nine years; MEd in Special Educational Needs; sits on the county's SEN strategy group."],
    ["Dr Robert Amos", "Senior Lecturer, University of Stanbridge; leads Visit 2 and marks with the team", "Researches autism and learning from objects; teaches the University's MA in SEN."],
    ["Priya Nandra", "Learning Officer (SEN); leads Visits 3 and 5", "Former teacher in charge of a resourced base for pupils with speech, language and communication needs; Advanced Diploma in SLCN; trained in talking mats."],
    ["Jon Barrow", "Learning Officer; leads Visit 4", "Former teacher of the deaf with the county's sensory support service; holds the mandatory qualification for teachers of the hearing impaired."],
], header=["Name", "Role", "Experience and current specialist work"], widths=[3.0, 5.0, 9.0], size=9)
para("Visit Leaders each attend at least one national SEN conference a year and meet every half term to share "
     "reading and new guidance. Their roles, and what each marks, are set out in our Visit Leaders' handbook, and a "
     "new Visit Leader co-leads a full year before leading alone.")
sub("Your School Partner")
para("Your School Partner is a senior leader in your school who agrees your Back at School tasks and supports your "
     "Trail. School Partners receive a copy of this pack.")
cp = doc.add_paragraph()
rc = cp.add_run("Your Visit Planner, in the back pocket, helps you plan the year around your Visits.")
comment(doc, [rc], "Can we claim the planner covers time management and delegation? It would fill the gap in the outcomes.",
        author=AU, initials="KL")

banner("BOOKING FORM")
para("Please complete and return to the Learning Team, Lowmoor Museum, Castle Street, Lowmoor, by 30 June 2009.")
table(doc, [
    ["School", "[School name and address]"],
    ["Participant", "[Name]   [Date of qualified teacher status]"],
    ["Role", "\u2610 SENCO now    \u2610 SENCO from [date]"],
    ["Enhanced CRB disclosure", "Number [      ]   Date of issue [      ]"],
    ["Preferred day", "\u2610 Tuesday    \u2610 Saturday"],
    ["Access needs", "[Please tell us about anything we should plan for]"],
    ["School Partner", "[Name and role]"],
    ["Head teacher's agreement", "\u2610 I confirm that the participant is, or will be, our SENCO, that the school will release them for six Visits, and that they are not barred from work with children.   Signed [          ]"],
], header=["", ""], widths=[5.0, 12.0], size=9)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out.name, word_count(out), "words")
