"""ja-02-tarnbeck-excursion-guide

Provider (invented): The Tarnbeck Outdoor Learning Trust, a charitable trust that runs
three residential field studies and outdoor education centres in England (Tarnbeck,
North Yorkshire; Kelsey Warren, Dorset; Ravensgill, Northumberland), applying with
the Faculty of Education, University of Castlemoor, for the 2008-09 National Award
for SEN Coordination.

Document kind and layout: the application is written as one of the Trust's own field
excursion guides (the series it publishes for A-level geography and geology parties),
"Excursion Guide No. 9: The SENCO Traverse". Heading styles; an introduction, "How
to use this guide", a "Safety box" (a VML text box) and access notes; an itinerary
table with grid references; twelve "Localities", each with bold run-in labels
("Route.", "What to see.", "Specimens.") and italic "Questions to consider" lists;
"Specimens" (the assessed tasks); a "Stratigraphic column" outcome table, beds grouped
into three "Formations" by merged, shaded rows, with "Exposed at" (developed) and
"Sampled at" (assessed) columns; "Abandoned localities"; "Other guides"; a glossary.
Footnotes carry references. Header and footer. Tracked changes: a whole deleted
paragraph and an inserted sentence. Three Word comments.

Traps (requirement ids):
- "Questions to consider" are rhetorical prompts for participants, not arrangements.
- Stratigraphic column: "Not sampled" beds are developed only (6.A2, 6.K9, 6.S4
  partially met); "Field Notebook only (unmarked)" (6.A7, 6.S6 partially met);
  "Float only" for child development, met in passing and not sampled (6.K4 partially
  met); "Not exposed on this traverse" (6.A3, 6.S2d not met). A comment proposes a
  locality on exam access arrangements "next year" (comments are not evidence).
- Grid references ("SD 812 645") and locality numbers are not requirement numbers.
- Assessment-only route: only in another university's guide, "Fellgate University's
  guide", whose "direct ascent" the Trust does not offer (2.3 not met, other
  provider's arrangement).
- Further targets: "What participants do next is a matter for them and their schools";
  the onward-route meeting exists only in a deleted paragraph (2.5 not met).
- Placements: the special school locality is under "Abandoned localities" (a past
  arrangement, access withdrawn in 2008); specialist expertise only at the agency
  locality (5.5 partially met).
- Online "Basecamp": peers and resources, but "Tutors do not take part" and questions
  wait for the next residential (3.3 partially met).
- Needs assessment: a "Kit Check" self-rating, but everyone walks the same route and
  no individual plan or personalised outcomes (2.2 partially met).
- Quality in general terms only (2.4 partially met).
- Moderation: tutors mark their own groups, borderline work second-marked; an external
  examiner only "once appointed" for 2009-10 (5.8 partially met).
- Stakeholders in evaluation only hoped for; host schools and agency speakers take part
  in delivery (4.3 partially met); 4.1 and 4.2 met by the 2008 consultation.
- Impact on pupils only hoped for; confidence measured (5.9 partially met).
- Award rule ties the award to the three Specimens and a signed Field Notebook, not to
  the outcomes, while several beds are never sampled (6.0, 1.9 partially met).
- CRB checks on participants are only in the Safety box text box, but are a real system
  (5.3 met).
- Flexible order of Localities 5-9 is an inserted tracked change (3.2 met).
- Header "Tarnbeck Excursion Guides" and footer are never evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _ja_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "ja-02-tarnbeck-excursion-guide"

d = new_doc("Georgia", 10)
fn = Footnotes(d)
header_footer(d, "Tarnbeck Excursion Guides  ·  No. 9  ·  The SENCO Traverse",
              "© The Tarnbeck Outdoor Learning Trust 2008. Leave gates as you find them.")

para(d, "TARNBECK EXCURSION GUIDES  No. 9", bold=True, size=11, color="5A4632")
para(d, "The SENCO Traverse", style="Title")
para(d, "A field guide to the National Award for SEN Coordination, 2008-09, offered by the Tarnbeck Outdoor Learning Trust with the Faculty of Education, University of Castlemoor. Submitted to the TDA for approval.", italic=True)
para(d, "Compiled by Ruth Askwith and Dr Tom Hebblethwaite, with notes from the 2008 consultation.", italic=True)

d.add_heading("Introduction", level=1)
para(d, "The Trust has published excursion guides since 1972 for the school and university parties who come to our three centres. Each guide takes a party along a route, stopping at localities where something can be seen, handled and recorded. This guide does the same for the year-long course that leads to the National Award for SEN Coordination. It is written for participants, and the course team has added notes for the panel where the guide alone would not say enough.")
p = para(d, "The course is a Postgraduate Certificate in Special Educational Needs Coordination, 60 credits at masters level (Level 7 of the Framework for Higher Education Qualifications), validated by the University of Castlemoor in July 2008.")
fn.add(p, "University of Castlemoor, Faculty of Education, Validation Report PGC/SENCO/08, 9 July 2008.")
para(d, "The purpose of the traverse is simple: that pupils with special educational needs and disabilities in the participants' schools achieve more and are happier, healthier and safer for it. We take achievement to mean all five Every Child Matters outcomes, not only attainment; every Specimen (assessed task) asks the participant to show the difference their work has made to pupils' learning and well-being. Every locality ends in the participant's own school, where what has been seen is tried out and then recorded.")

d.add_heading("How to use this guide", level=2)
para(d, "The traverse has twelve localities. Localities 1-3 and 12 are at our centres during the three residential weekends; the others are in host schools (twilight sessions) or in the participant's own school. Each locality gives the route, what to see, and any specimens collected there. The Stratigraphic column at the end shows where each of the national outcomes is exposed on the traverse and where it is sampled for assessment.")
p = para(d, "There are two start points: the October start (Tarnbeck) and the February start (Kelsey Warren), and both parties finish at Ravensgill twelve months later. ")
ins_run(p, "Participants may walk Localities 5 to 9 in any order that suits their school's calendar, agreeing the order with their tutor at Locality 1.", author="T. Hebblethwaite", date="2008-11-03T11:20:00Z")
para(d, "The course is blended: residential weekends, twilight sessions and in-school work, with online materials on Basecamp between them. Participants who cannot attend a twilight session can join it by telephone conference or take the recorded version with a written task.")

text_box(d, [
    ("SAFETY BOX", True),
    ("Every party member is checked before setting out. Each accepted participant must show a current enhanced CRB disclosure at registration; the course administrator records the number and date. Anyone who has not worked in a post with regular contact with children in the last three months obtains a new enhanced disclosure through the Trust before Locality 1. We also ask the headteacher's reference to confirm that the participant is not barred from teaching or working with children and that there are no outstanding disciplinary concerns, following Safeguarding Children and Safer Recruitment in Education (DfES 2006).", False),
    ("Outdoor sessions are led by the Trust's field staff under its AALA licence.", False),
], height_pt=175)

d.add_heading("Who may join the party", level=2)
para(d, "The traverse is for qualified teachers who are SENCOs or who will take up the role during the year. Each applicant sends an application form, a statement of their experience with pupils with SEN and a reference from their headteacher, who agrees to give time for the in-school localities and to name a school mentor. The course leader reads every application against the entry requirements and telephones the applicant where the evidence is thin. An applicant who is not yet ready is told in writing what experience or reading would help, and the course leader talks this through with their headteacher; such applicants are invited to apply for the next start point. No one sets out without having been accepted in this way.")

d.add_heading("Access", level=2)
para(d, "All three centres have level access, accessible bedrooms and an induction loop in the main teaching room. The application form asks every applicant whether they have a disability or condition for which we should make adjustments, explains that what they tell us is used only for that purpose, and names the Trust's access officer. Adjustments agreed before the course have included a BSL interpreter, materials in Braille, a route by vehicle to outdoor localities, rest breaks and extra time for written Specimens. Selection, the residentials and assessment are all covered by the Trust's Disability Equality Scheme, and we review them each year with the University's disability service. This guide is available in large print, audio and plain text.")

d.add_heading("The 2008 consultation", level=2)
para(d, "Before the route was surveyed we asked the people who would walk it and those who send them. In spring 2008 we surveyed the 96 schools in North Yorkshire, Dorset and Northumberland that send parties to our centres (61 replied), held a meeting with the three local authorities' SEN teams, and spoke with the parents' partnership services and two groups of parents of disabled children that use our centres. Schools asked for a course that did not take SENCOs out of school on weekdays (hence the weekends and twilights); the authorities asked for more on data and provision mapping (Localities 8 and 9 were added); the parents asked that SENCOs learn to listen to families as well as inform them, which shaped Locality 6. A former SENCO from the Dorset authority read a draft of this guide and her changes to Locality 4 were adopted.")

d.add_heading("Itinerary", level=1)
rows = [["Loc.", "Name", "Where (grid ref.)", "When", "Specimen"],
        ["1", "Trailhead", "Tarnbeck centre (SD 812 645)", "Residential 1", "-"],
        ["2", "Statute Scar", "Tarnbeck centre", "Residential 1", "B"],
        ["3", "The Library Cave", "Tarnbeck centre", "Residential 1", "A"],
        ["4", "Listening Post", "Own school", "Autumn", "A"],
        ["5", "Identification Moraine", "Host school twilight", "Autumn", "A"],
        ["6", "Family Crossing", "Host school twilight", "Spring", "A"],
        ["7", "Teaching Terrace", "Kelsey Warren (SY 903 792)", "Residential 2", "C"],
        ["8", "Data Ridge", "Host school twilight", "Spring", "B"],
        ["9", "Provision Pavement", "Own school", "Spring", "B"],
        ["10", "Governors' Gate", "Own school", "Summer", "B"],
        ["11", "Agency Confluence", "Host school twilight", "Summer", "A"],
        ["12", "Summit", "Ravensgill centre (NY 775 912)", "Residential 3", "C"]]
table(d, rows, header_fill="E8DFD0")

d.add_heading("The Localities", level=1)
LOC = [
    ("Locality 1: Trailhead", [
        ("Route. ", "Friday evening and Saturday morning of the first residential."),
        ("What to see. ", "The SENCO's role and the shape of the year. Before arriving, every participant completes the Kit Check, a self-rating against each national outcome, and at the Trailhead each talks it through with a tutor. Everyone then sets out on the same route; the Kit Check is kept and compared with a second rating at the Summit."),
    ], ["What do you already carry in your rucksack?", "Which outcomes do you rate yourself lowest on, and why?"]),
    ("Locality 2: Statute Scar", [
        ("Route. ", "Saturday of Residential 1; a morning indoors and an afternoon walk along the scar."),
        ("What to see. ", "The laws and guidance: the Education Act 1996, the SEN Code of Practice (2001) and its graduated response, statements and annual reviews, the Disability Discrimination Act 1995 as amended in 2005, the Disability Equality Duty and schools' accessibility plans, and what each requires of the school, the SENCO and governors. Every Child Matters and the Children Act 2004: the five outcomes and the SENCO's part in them. The afternoon walk is planned by participants for a class with wheelchair users, using the duty to make reasonable adjustments."),
        ("Specimens. ", "Specimen B draws on this locality."),
    ], ["Where does the Code place the SENCO, and where the governors?"]),
    ("Locality 3: The Library Cave", [
        ("Route. ", "Saturday evening of Residential 1, in the centre library."),
        ("What to see. ", "Research and inspection evidence: Ofsted's reports on inclusion, the Bercow Review of services for children with speech, language and communication needs, the Inclusion Development Programme, and the Learning Outside the Classroom Manifesto. Participants learn to read a research paper critically and choose the reading for Specimen A."),
    ], ["What counts as good evidence of what works?"]),
    ("Locality 4: Listening Post", [
        ("Route. ", "In the participant's own school, over the autumn half term."),
        ("What to see. ", "Consulting children and young people. Participants learn and practise ways of gathering pupils' views (talking mats, photographs taken by pupils, pupil-led review meetings, symbols questionnaires) and use them with three pupils with SEN, then help those pupils take part in planning and reviewing their own targets. The tutor visits or telephones to discuss the results."),
        ("Specimens. ", "The pupils' views, and how they changed the plan, form part of Specimen A."),
    ], ["What would the pupil say if you asked?"]),
    ("Locality 5: Identification Moraine", [
        ("Route. ", "Twilight session in a host school, then the participant's own school."),
        ("What to see. ", "The common types of SEN and disability: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders and moderate learning difficulties, and how each affects learning. Identifying pupils through observation, data and assessment; setting challenging targets; planning interventions and reviewing progress. Children's development is mentioned in passing where it bears on identification."),
        ("Specimens. ", "Specimen A."),
    ], []),
    ("Locality 6: Family Crossing", [
        ("Route. ", "Twilight session in a host school, with two parents from the 2008 consultation."),
        ("What to see. ", "Working with parents and carers: listening, sharing information, advising and supporting, agreeing targets together. Participants practise a review meeting in role-play and then hold a real meeting with a pupil's parents or carers, which they write up."),
        ("Specimens. ", "Specimen A."),
    ], ["What would it take for this parent to trust the school?"]),
    ("Locality 7: Teaching Terrace", [
        ("Route. ", "Residential 2 at Kelsey Warren."),
        ("What to see. ", "Approaches, strategies and resources for assessment, planning and teaching, including ICT and the centre's loan bank of assistive technology; how to help other teachers develop formative assessment with pupils with SEN; how to support colleagues by observation and feedback, modelling, coaching and running training. On the beach, participants coach one another through teaching a session to a visiting class."),
        ("Specimens. ", "Specimen C is planned here."),
    ], ["How would you coach a colleague who is sure the pupil 'just won't try'?"]),
    ("Locality 8: Data Ridge", [
        ("Route. ", "Twilight session in a host school."),
        ("What to see. ", "Using summative assessments, including national tests and P scales, to track pupils' progress and change programmes; making sound decisions when the data point different ways."),
        ("Specimens. ", "Specimen B."),
    ], []),
    ("Locality 9: Provision Pavement", [
        ("Route. ", "In the participant's own school."),
        ("What to see. ", "Like the clints and grikes of a limestone pavement, provision has blocks and gaps. Participants build a provision map for their school, cost it, and find provision that is missing or not working. They look at how teaching assistants are deployed and managed, and at how to win the head's and senior leaders' support for change."),
        ("Specimens. ", "Specimen B."),
    ], ["Where are the grikes in your school's provision?"]),
    ("Locality 10: Governors' Gate", [
        ("Route. ", "In the participant's own school, in the summer term."),
        ("What to see. ", "Working with the headteacher and governors on the school's SEN policy, its inclusive ethos and priorities and the use of resources; school self-evaluation and improvement planning, and what the SEF says about pupils with SEN. Participants review provision with two colleagues and write the SEN section for the next self-evaluation."),
        ("Specimens. ", "Specimen B."),
    ], []),
    ("Locality 11: Agency Confluence", [
        ("Route. ", "Twilight session in a host school."),
        ("What to see. ", "Other services: the educational psychologist, speech and language therapy, CAMHS, the sensory and physical disability services, social care and voluntary organisations, who speak on the panel. Using their reports and assessments to shape teaching; working in partnership with them around a pupil."),
        ("Specimens. ", "Specimen A."),
    ], ["Who else is already working with this family?"]),
    ("Locality 12: Summit", [
        ("Route. ", "Residential 3 at Ravensgill."),
        ("What to see. ", "Participants present Specimen C and hear each other's. The final Kit Check. Keeping up to date: journals, networks and associations, and how the Trust's own tutors keep up."),
    ], ["What will you carry down from the summit?"]),
]
for title, parts, qs in LOC:
    d.add_heading(title, level=2)
    for lab, txt in parts:
        rp = runs(d, [(lab, "b"), (txt, "")])
        if title.startswith("Locality 3") and lab == "What to see. ":
            fn.add(rp, "Ofsted, Inclusion: does it matter where pupils are taught? (2006); J. Bercow, The Bercow Report: a review of services for children and young people (0-19) with speech, language and communication needs (DCSF, July 2008); DCSF, Inclusion Development Programme (2008); DfES, Learning Outside the Classroom Manifesto (2006).")
    if qs:
        para(d, "Questions to consider", italic=True, bold=True)
        for q in qs:
            para(d, q, italic=True, style="List Bullet")

p = para(d, "What participants do next is a matter for them and their schools. The guide ends at Locality 12.")
deleted_paragraph(d, "At the Summit each participant has an onward-route meeting with their tutor to set targets for the next stage of their professional development, which they then take to their line manager.", author="R. Askwith", date="2008-11-04T15:02:00Z")

d.add_heading("Specimens", level=1)
para(d, "Three specimens are collected on the traverse and marked by the University against its masters-level criteria:")
sp = table(d, [
    ["Specimen", "What is collected", "Weighting"],
    ["A: Hand specimen", "A case study (5,000 words) of the participant's work with a small group of pupils: identifying needs, setting targets, planning and reviewing an intervention informed by research, by other professionals' assessments and by partnership with them, by the pupils' own views and by work with their parents, with baseline and follow-up measures of learning and well-being.", "40%"],
    ["B: Thin section", "A provision map of the participant's school (4,000 words) that finds provision missing or not working, with a critique of how the school's self-evaluation and improvement plan treat pupils with SEN, the SEN policy and recommendations to the headteacher and governors, showing how law and guidance, including disability equality law, apply and how tracking data are used to decide on provision.", "35%"],
    ["C: Field sketch", "A training session led by the participant for colleagues, observed by the school mentor, with a 2,000-word commentary and the Summit presentation.", "25%"],
], header_fill="E8DFD0")
para(d, "The Field Notebook is kept through the traverse. Tutors read it at each residential and write a short comment; it is not marked.")
p = para(d, "Tutors mark the Specimens of their own tutor group, and borderline work is second-marked by another tutor. The University's external examiner for education will see a sample in the 2009-10 cohort, once appointed.")
comment(d, p.runs[0], "Do we need a moderation meeting? Registry says yes for M level. TH", author="Tom Hebblethwaite", initials="TH")
para(d, "A participant who has passed all three Specimens and whose Field Notebook has been signed off by their tutor is awarded the Postgraduate Certificate and the National Award.")

d.add_heading("The party and its leaders", level=2)
para(d, "Ruth Askwith, the Trust's head of teacher education, was SENCO in a North Yorkshire secondary school for eleven years and holds an MEd in inclusive education. Dr Tom Hebblethwaite is principal lecturer in SEN at Castlemoor, a former educational psychologist, and reviews for the British Journal of Special Education. The four twilight tutors are serving SENCOs or advisory teachers with masters-level SEN qualifications, and all tutors spend at least three days a year on SEN updating. Every tutor receives the Tutors' Handbook and attends a half-day briefing each September on the Specimens and the marking criteria; school mentors attend a two-hour mentor session at Locality 1 or by telephone conference, on what the field sketch observation asks of them and how to complete the report form.")
para(d, "Resources: each centre keeps a library of SEN texts and assessment materials; the assistive technology loan bank is at Kelsey Warren; the University library and its electronic journals are open to participants by Athens password.")
para(d, "Between localities the party keeps in touch through Basecamp, the Trust's online forum, where participants post their Field Notebook entries, share resources and answer each other's questions. Tutors do not take part in the Basecamp forum; questions for tutors are saved for the next residential.")
para(d, "The Trust is proud of the quality of its teaching and of the good value the course offers schools.")

d.add_heading("Evaluating the traverse", level=2)
para(d, "Participants complete an evaluation card at each locality and a longer questionnaire at the Summit; the Kit Check ratings at the Trailhead and the Summit show the change in their confidence against the outcomes. The course team meets after each residential to read the cards, and the University's annual programme review, with its external scrutiny, reports on the course to the Faculty board; changes are recorded in the programme log and reported in the next guide. We hope that schools and the local authorities will one day walk the traverse with us and tell us what difference it has made to pupils, and we would like in time to collect the pupils' progress data from the Specimens.")

d.add_heading("Abandoned localities", level=2)
para(d, "Earlier drafts of the route included a week's placement at Fellside Special School, Skipton, where participants worked alongside the school's SENCO. Access was withdrawn in 2008 when the school was reorganised, and the locality is no longer visited.")
p = para(d, "Specialist expertise on the present route comes from the agency panel at Locality 11 and the Trust's own field staff.")

d.add_heading("Other guides", level=2)
p = para(d, "Readers who already meet the outcomes and want assessment without the traverse may wish to look at Fellgate University's guide, which describes a 'direct ascent' by portfolio and viva. The Trust does not publish a direct ascent.")
comment(d, p.runs[0], "Should we offer our own? Not for 2008-09. RA", author="Ruth Askwith", initials="RA")
para(d, "Credit for earlier masters-level study (up to 30 credits) and for experience, evidenced by a portfolio mapped to the outcomes, can be accredited by the University's APL panel before the start; participants so credited join the traverse at the relevant locality.")

page_break(d)
d.add_heading("Stratigraphic column", level=1)
para(d, "Beds are the national outcomes, described in our own words. \"Exposed at\" gives the locality where a bed is developed; \"Sampled at\" gives the Specimen in which it is assessed. \"Float only\" means a loose block seen in passing, not in place.", italic=True)
col = [["Bed", "Exposed at", "Sampled at"]]
F = [
    ("ATTRIBUTES FORMATION", [
        ["Fair, respectful relationships with pupils and their families", "Loc. 4, 6", "Specimen A"],
        ["Gaining colleagues' and senior leaders' commitment", "Loc. 9", "Not sampled"],
        ["Priorities, time and delegation", "Not exposed on this traverse", "-"],
        ["Anticipating problems; sound decisions on provision", "Loc. 8", "Specimen B"],
        ["Clear speech and writing; listening to others", "All localities", "Specimens A, B, C"],
        ["Using research and outside advice", "Loc. 3", "Specimen A"],
        ["Keeping up to date; own CPD", "Loc. 12", "Field Notebook only (unmarked)"],
    ]),
    ("KNOWLEDGE FORMATION", [
        ["SEN law, the Code of Practice and applying them", "Loc. 2", "Specimen B"],
        ["Every Child Matters and the SENCO's part", "Loc. 2", "Specimen A"],
        ["Disability equality law and the actions it requires", "Loc. 2", "Specimen B"],
        ["How children develop", "Float only (Loc. 5)", "-"],
        ["Common types of SEN and effects on learning", "Loc. 5", "Specimen A"],
        ["Approaches, strategies, resources and ICT", "Loc. 7", "Specimen C"],
        ["School self-evaluation and improvement", "Loc. 10", "Specimen B"],
        ["Best practice and research in meeting SEN", "Loc. 3", "Specimen A"],
        ["External agencies and specialist support", "Loc. 11", "Not sampled"],
    ]),
    ("SKILLS FORMATION", [
        ["Influencing strategy with leaders and governors", "Loc. 10", "Specimen B"],
        ["Identifying, target-setting, intervening, reviewing", "Loc. 5", "Specimen A"],
        ["Using other professionals' assessments", "Loc. 11", "Specimen A"],
        ["Tracking with summative data and national tests", "Loc. 8", "Specimen B"],
        ["Helping colleagues with formative assessment", "Loc. 7", "Specimen C"],
        ["Access arrangements for tests and examinations", "Not exposed on this traverse", "-"],
        ["Provision mapping; finding gaps", "Loc. 9", "Specimen B"],
        ["Deploying and managing staff", "Loc. 9", "Not sampled"],
        ["Developing colleagues", "Loc. 7", "Specimen C"],
        ["Reviewing provision with staff for self-evaluation", "Loc. 10", "Field Notebook only (unmarked)"],
        ["Involving pupils in planning and reviewing provision", "Loc. 4", "Specimen A"],
        ["Liaising with parents and carers", "Loc. 6", "Specimen A"],
        ["Partnership with services and voluntary organisations", "Loc. 11", "Specimen A"],
    ]),
]
idx = []
for g, items in F:
    col.append([g, "", ""])
    idx.append(len(col) - 1)
    col.extend(items)
t = table(d, col, header_fill="E8DFD0")
for i in idx:
    merge_row(t, i, col[i][0], fill="CDB99A")
comment(d, t.rows[idx[2] + 6].cells[0].paragraphs[0].runs[0],
        "Exam access arrangements: could become a locality next year.", author="Tom Hebblethwaite", initials="TH")

d.add_heading("Glossary", level=2)
for a, b in [("Float", "a loose block found away from its outcrop"), ("Grike", "a fissure in a limestone pavement"),
             ("Traverse", "a route across country, walked in stages"), ("Kit Check", "the self-rating against the outcomes at the start and end")]:
    runs(d, [(a + ": ", "b"), (b, "")])

fn.finish()
d.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
