"""hx-01-wellbury-senco-star

Provider: Wellbury City Council's Virtual School for Children in Care (a Head of
Virtual School, two education support officers, a designated-teacher network of
71 schools, a link to the looked-after children social work teams), applying with
the University of Fenwick, which validates the course as a PG Certificate.

Document kind and layout: the Virtual School's user guide to "The SENCO Star", an
Outcomes-Star-style self-assessment tool (the kind of tool social care teams use
with families) around which the course is built, sent as the application. A cover
with a document-control table (merged, shaded title row), a shaded text box note
to the panel, Part 1 "About the Star" (the Journey of Change ladder table with
five stages), Part 2 "The eight points" (one section per point with "What this
point is about", "Where the Award works on this", "How we check", and "Ask
yourself" prompts for participants), a text box of Children in Care Council
quotations, Part 3 "Using the Star" (readings, Star Partners), Part 4 "For the
approval panel" in hand-numbered paragraphs P1-P19 (no heading styles: bold typed
titles), a Hub Day table with a vertically merged cell, and a "Star Map" of the
national outcomes with shaded group rows ("Point" / "Worked on" / "Checked in").
Header and footer (the footer claims every outcome is covered: never evidence).

Traps (requirement ids touched):
- Footer "The SENCO Star covers every outcome in the national specification":
  unsupported claim in a footer (1.9, 6.K7, 6.S2d stay as the body says).
- Star Readings are self-assessment conversations, "not marked": outcomes placed
  only there are developed but not assessed (6.A3, 6.A7 partially_met).
- Hub Day 5 covers formative assessment with colleagues but "it is not part of
  any Link Task" (6.S2c partially_met); Hub Day 6 reviewing provision together
  likewise (6.S6 partially_met); Point 2 reading "is not assessed" (6.K8).
- The Law and Policy Paper "does not ask about disability equality law" although
  Hub Day 2 covers it (6.K3 partially_met).
- No school self-evaluation anywhere (6.K7 not_met); no access arrangements for
  tests and examinations (6.S2d not_met) except in a Word comment (not part of
  the submission).
- Tracked deletion of an assessment-only sentence; the surviving text says
  "We do not offer an assessment-only route" (2.3 not_met, negation).
- Tracked insertion of the APL sentence (counts: 2.1 met).
- CRB: past arrangement in the 2007-08 pilot; now "a matter for the
  participant's employing school, and we do not ask to see" them; a comment
  suggesting a check does not count (5.3 not_met: someone else's responsibility).
- January start only "if twelve or more" apply, one mode, fixed order; no
  e-learning (3.2 partially_met; 3.3 not_applicable).
- Equality only as the Council's scheme plus level access (3.1 partially_met).
- Children in Care Council involvement in evaluation only hoped for; heads'
  end-of-year form only (4.3 partially_met).
- Research only "reading lists are refreshed" (1.3 partially_met).
- University resource base "for its own BEd students" (wrong context; 5.6
  partially_met); no placements, "visits to special schools are not part of the
  course" (5.5 partially_met).
- Impact on pupils only hoped for; Star Readings measure confidence (5.9
  partially_met).
- Placeholders ("[Photograph of a completed Star to be inserted]", external
  examiner to follow); values statements in the introduction.
- 6.0 met: the award rule is stated, notes_on_met explains.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _hx_helpers import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc()
header_footer(d, "Wellbury Virtual School for Children in Care  |  The SENCO Star: Guide for Users (version 2, March 2009)",
              "The SENCO Star covers every outcome in the national specification.")

para(d, ("WELLBURY CITY COUNCIL", "b"), align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, ("Virtual School for Children in Care", "b"), align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, ("The SENCO Star", "bL"), align=WD_ALIGN_PARAGRAPH.CENTER)
para(d, ("A guide for participants, Star Partners and tutors on the Wellbury SENCO Award", "i"), align=WD_ALIGN_PARAGRAPH.CENTER)

t = table(d, [["Document control", "", ""],
              ["Version", "Date", "Changes"],
              ["1.0", "September 2007", "Pilot edition for the first Wellbury SENCO group (unaccredited)"],
              ["2.0", "March 2009", "Rewritten for the Award with the University of Fenwick; Part 4 added for the approval panel"],
              ["Owner", "Head of Virtual School", "Marian Okafor"]], widths=[3, 4, 9])
merge_row(t, 0, "Document control", fill="4F6228")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
t.cell(4, 1).merge(t.cell(4, 2))

para(d, "")
textbox(d, [("A note for the approval panel", True),
            ("We have sent you the guide that every participant, Star Partner and tutor on our course is given, because the Star is how the course is organised. Parts 1 to 3 are written for participants. Part 4 is written for you and gathers together the arrangements the specification asks about. The Star Map at the end shows where each national outcome sits.", False),
            ("Marian Okafor, Head of Virtual School, and Dr Peter Lindqvist, University of Fenwick", False)], height="120pt")

para(d, "Introduction", style="Heading 1")
para(d, "Wellbury believes that every child in care deserves a champion in school, and that the SENCO is very often that champion. Around one in three of the 540 children and young people looked after by Wellbury City Council has a statement of special educational needs, and more than half are on School Action or School Action Plus. Their attainment at the end of Key Stage 2 and Key Stage 4 is well below that of their classmates, and they are far more likely to be excluded. We think the way to change this is to make sure that the SENCOs in our schools know the children, know the system and know how to work with the people around each child.")
para(d, "The Wellbury SENCO Award is the course we run with the University of Fenwick for teachers who are new to the SENCO role, or who have taken it on in the last two years. It is open to SENCOs in any Wellbury school, and to schools in the neighbouring authorities where our children are placed. It is not only for children in care: everything on the course is about all pupils with special educational needs and disabilities, but we use the experience of children in care to test whether what schools do works for the most vulnerable.")
para(d, "The course aims to raise the achievement of pupils with special educational needs and disabilities and to improve their well-being under all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Each of the three Link Tasks asks the participant to set out, with evidence, what has changed for pupils as a result of the work, and the marking criteria for each task give a third of the marks to that impact.")
para(d, "The Star is the thread that runs through the course. It is a picture of the SENCO role in eight points, with a ladder of five stages on each point. Participants plot where they are at the start, halfway through and at the end, and use the picture to plan what they need from the course. This guide explains how.")

para(d, "Part 1: About the Star", style="Heading 1")
para(d, "The Star was first made in 2007 for our pilot group, borrowing the idea from the outcome stars that our social work colleagues use with families. Like those stars, it is built on a Journey of Change: the idea that people move through recognisable stages as they take on something new, and that naming the stage helps them and the people supporting them to see what would help next.")
para(d, "The Journey of Change", style="Heading 2")
table(d, [["Stage", "Score", "What it looks like for a SENCO"],
          ["Finding my feet", "1-2", "I know this part of the role exists but I am not sure what it asks of me or where to start."],
          ["Getting help", "3-4", "I know what I need to learn and I am asking the right people for help."],
          ["Trying things out", "5-6", "I am doing this part of the role, with support, and learning from what happens."],
          ["Making it work", "7-8", "I do this part of the role confidently and can show the difference it makes for pupils."],
          ["Leading others", "9-10", "I help colleagues in my school and beyond to do this well."]], widths=[3.5, 1.5, 11])
para(d, "")
para(d, ("[Photograph of a completed Star to be inserted]", "g"))
para(d, "A Star Reading is a conversation, not a test. The participant scores each point, the Star Partner asks questions and offers a view, and the two agree a score. The scores are plotted on the Star chart and joined up. The shape tells a story: a Star that is long on one side and short on another shows where the course should put its effort.")

para(d, "Part 2: The eight points", style="Heading 1")
para(d, "Each point below has four parts: what the point is about, where the Award works on it, how we check, and some questions to ask yourself before your Star Reading. The Hub Days are the eight taught days at the Virtual School base on Corporation Street. The Link Tasks are the three pieces of work you carry out in your own school. The Law and Policy Paper is a written paper of 3,000 words, and the Round Table is your assessed presentation to a panel of professionals at the end of the course.")

points = [
 ("Point 1: Knowing the law and the system",
  "The SENCO has to understand the law and guidance on special educational needs, especially the SEN Code of Practice (2001), what they mean for the school, and how to put them into practice: the graduated response, statutory assessment, statements and annual reviews. This point also covers Every Child Matters, the five outcomes and the SENCO's part in the Children's Trust arrangements, the Disability Discrimination Act 1995 as amended in 2005 and the duties it places on schools, and current government policy and initiatives, including the Inclusion Development Programme and the new regulations on the SENCO role.",
  "Hub Day 1 (The Code and the child) and Hub Day 2 (Rights, duties and the Children's Trust). Hub Day 2 includes a session led by the Council's equality officer on the disability equality duty, the school's disability equality scheme and accessibility plan, and reasonable adjustments for disabled pupils.",
  "The Law and Policy Paper (3,000 words) asks you to analyse how your school puts the SEN Code of Practice into practice and how its SEN work contributes to the five Every Child Matters outcomes, with the SENCO's part in each. It is marked by a University tutor against published criteria. The Paper asks about the Code of Practice and Every Child Matters; it does not ask about disability equality law.",
  "Could I explain the graduated response to a new colleague? Do I know what our accessibility plan says?"),
 ("Point 2: Knowing the children",
  "The SENCO needs to understand how children develop and how special educational needs, disabilities and the child's environment (including care, moves of home and school, and loss) affect development. The point covers the most common kinds of need: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; and moderate learning difficulties, and how each affects learning. It also asks you to keep reading about what works, and about best practice and research in meeting special educational needs.",
  "Hub Day 3 (How children grow) and Hub Day 4 (Common needs, different children), with sessions from an educational psychologist, a speech and language therapist and the CAMHS looked-after children team. Each Hub Day comes with a reading list, and your Star Partner will talk through one piece of research with you each term. The reading on Point 2 is not assessed.",
  "Link Task 2, A Child's Journey, asks you to explain one pupil's development and needs, using what you know about development, the kind of need the pupil has and the effect of the pupil's environment, and the tutor marks your understanding of these.",
  "Which of the five kinds of need am I least confident about? What did I last read about it?"),
 ("Point 3: Teaching and assessing",
  "This point is about identifying pupils who may have special educational needs or disabilities, setting them challenging targets, planning interventions and reviewing progress. It includes using the assessments of other professionals (educational psychologists, therapists, specialist teachers) to develop teaching approaches; using summative assessments, including national tests, P scales and teacher assessments, to track progress and adjust programmes; helping colleagues develop formative assessment for pupils with special educational needs; and a critical understanding of approaches, strategies and resources for assessment, planning, teaching and learning, including ICT.",
  "Hub Day 4 (Common needs, different children) looks at approaches, resources and ICT, including communication aids and software for pupils with literacy difficulties. Hub Day 5 (Assessment for learning for all) shows you how to help other teachers use formative assessment with pupils with special educational needs; it is not part of any Link Task.",
  "Link Task 2, A Child's Journey, is marked on how you identified the pupil's needs, set targets, planned and reviewed the intervention, used the reports of at least two other professionals to shape the teaching, used test and tracking data to follow progress and change the programme, and chose and justified the approaches, resources and ICT you used.",
  "When did I last change a pupil's programme because of what the data told me?"),
 ("Point 4: Planning and mapping provision",
  "The SENCO plans, maps and manages the provision the school makes, finds where it is not working or where something is missing, and reviews with colleagues how well provision is working. With senior colleagues and governors, the SENCO also helps to shape the school's inclusive ethos, its policies and priorities and the way it spends its resources.",
  "Hub Day 6 (Mapping and reviewing provision) introduces provision mapping and management tools and includes a workshop on reviewing provision together with colleagues, but that review is not assessed. Hub Day 7 (Leading for inclusion) looks at strategic planning with the head and governors.",
  "Link Task 1, Mapping What We Have, asks you to produce a provision map for your school, cost it, and identify provision that is ineffective or missing. Link Task 3, Leading a Change (see Point 5), includes presenting a proposal for the school's SEN priorities to the head and the governor responsible for SEN, and is marked on how you influenced the school's policy, priorities and use of resources.",
  "Do I know what every intervention in my school costs and whether it works?"),
 ("Point 5: Leading and managing people",
  "The SENCO has to gain the commitment of colleagues, including the head and senior leaders, deploy and manage teaching assistants and other staff well, and support the professional development of colleagues through observation and feedback, modelling, coaching, mentoring and training.",
  "Hub Day 7 (Leading for inclusion) and the twilight coaching session run by the Council's leadership team.",
  "Link Task 3, Leading a Change, asks you to lead one change in your school with colleagues: winning the support of the head and senior leaders, deploying and managing teaching assistants differently, and running training or coaching for colleagues with observation and feedback. It is marked by a University tutor against published criteria that name each of these.",
  "Who in my school do I still need to win over?"),
 ("Point 6: The voice of the child",
  "The SENCO builds fair, respectful and supportive relationships with pupils with special educational needs and disabilities and their families, consults children and young people about the things that affect them, and makes sure pupils take part in planning, agreeing, reviewing and evaluating their provision.",
  "Hub Day 3 includes a session led by members of the Wellbury Children in Care Council on being listened to, and the course teaches consultation methods such as talking mats, pupil-led reviews and person-centred planning.",
  "In Link Task 2 you must show how you consulted the pupil, how the pupil took part in planning and reviewing the provision, and how you built a relationship with the pupil and the family or carers; these are named in the marking criteria.",
  "Whose voice is missing from our reviews?"),
 ("Point 7: Working with parents and carers",
  "The SENCO advises, supports and works in partnership with parents and carers, including foster carers, residential workers and birth parents, and liaises with them effectively.",
  "Hub Day 3 and Hub Day 8 (Around the child), with a session from Wellbury Parent Partnership and two foster carers.",
  "Link Task 2 is marked on how you worked with and advised the pupil's parents or carers.",
  "Do parents and carers know who I am and how to reach me?"),
 ("Point 8: Working with other services",
  "The SENCO understands the scope and role of external agencies, knows how to obtain specialist support and resources, works in partnership with other services and voluntary organisations, and advises and collaborates with colleagues within and beyond the school.",
  "Hub Day 8 (Around the child) and the Round Table practice session, with social workers, the Independent Reviewing Officer service, the Youth Offending Team, health colleagues and voluntary organisations such as the Wellbury Foster Care Association.",
  "The Round Table is a 20-minute presentation of a case to a panel of a tutor, a social worker and an educational psychologist, followed by questions. It is marked on your knowledge of the services involved, how you obtained specialist support and worked with other services, how you anticipated and resolved problems and made sound decisions about provision, and how clearly you spoke and listened. Link Task 2 also asks how you worked with other services.",
  "Which agency do I understand least well?"),
]
for title, about, where, check, ask in points:
    para(d, title, style="Heading 2")
    para(d, ("What this point is about. ", "b"), about)
    para(d, ("Where the Award works on this. ", "b"), where)
    para(d, ("How we check. ", "b"), check)
    para(d, ("Ask yourself: ", "bi"), (ask, "i"))

para(d, "The centre of the Star: you", style="Heading 2")
para(d, "At the centre of the Star are the things that make a SENCO effective in every part of the role: prioritising, managing time and delegating; solving problems and making sound judgements; expressing yourself clearly and listening to others; using research and outside advice to improve practice; and keeping up to date and taking responsibility for your own professional development. These are talked about at every Star Reading. Prioritising, managing your time and delegating, and taking charge of your own development, are recorded only in the Star Readings, which are not marked. Using research and outside advice is assessed in the Portfolio: the Reflective Commentary (2,000 words) asks you to show how research evidence and external advice changed your own practice and that of colleagues, and is marked by the University.")

textbox(d, [("What the Children in Care Council told us", True),
            ("\u201cTeachers should ask us before they decide stuff about our support, not after.\u201d (Jade, 15)", False),
            ("\u201cMy SENCO was the only one who knew all my workers' names.\u201d (Tom, 13)", False),
            ("\u201cDon't talk about us in front of the whole class.\u201d (Kayleigh, 14)", False)], fill="FDE9D9", height="110pt")

para(d, "Part 3: Using the Star", style="Heading 1")
para(d, "Three readings", style="Heading 2")
para(d, "The Starting Reading takes place in the month before the first Hub Day, at a meeting in the participant's school with the Star Partner and a course tutor. The participant completes a self-assessment against each point beforehand, with examples. The tutor uses the Starting Reading to agree My Star Plan: an individual training plan that sets out the outcomes the participant most needs to work on, which Hub Day sessions and optional workshops to prioritise, which Link Task focus would stretch them most, and what the school will do to support them. My Star Plan is a personalised set of outcomes, and it takes account of what the participant already knows and has done.")
para(d, "The Midway Reading takes place in February. It is a chance to change My Star Plan. The Final Reading takes place after the Round Table. It leads to a Next Steps plan, agreed with the participant's head or line manager at a meeting the course tutor attends, which sets professional development objectives for the following two years and names the support the school will give. Participants who want to go further are introduced to the University's MA in Inclusive Education, into which the Award's 60 credits can be carried.")
para(d, "Star Partners", style="Heading 2")
para(d, "Every participant has a Star Partner: an experienced SENCO or designated teacher from the Wellbury network, who is not from the participant's own school. Star Partners meet the participant at least once every half term, take part in the three Star Readings and support the Link Tasks. Each Star Partner attends a one-day Star Partner training day before the course starts, and a half-day update in January, and is given the Star Partner Handbook, which sets out what Star Partners do and do not do. Star Partners do not mark work.")
para(d, "Tutors", style="Heading 2")
para(d, "The course is taught by the Virtual School and University tutors together. New tutors shadow a full Hub Day and a marking meeting before teaching, and all tutors attend the course team's September briefing, where the marking criteria and the tutor role are explained.")

para(d, ("PART 4: FOR THE APPROVAL PANEL", "bL"))
para(d, "The paragraphs below are numbered P1 to P19 so that you can refer to them.")

P = [
 ("P1 Accreditation.", "The Award is validated by the University of Fenwick as a Postgraduate Certificate in Special Educational Needs Coordination, carrying 60 credits at masters level (Level 7). The University approved the programme at its validation event on 12 February 2009, subject to national approval."),
 ("P2 Structure.", "The course runs over one school year: eight Hub Days, three Link Tasks in school, the Law and Policy Paper, the Portfolio and the Round Table. The table below shows the Hub Days."),
]
for a, b in P:
    para(d, (a + " ", "b"), b)

ht = table(d, [["Term", "Hub Day", "Focus", "Link Task"],
               ["Autumn", "1. The Code and the child", "SEN law and guidance; the graduated response", "Link Task 1 set"],
               ["", "2. Rights, duties and the Children's Trust", "ECM; disability equality; policy", ""],
               ["", "3. How children grow", "Development; voice of the child; families", ""],
               ["Spring", "4. Common needs, different children", "Types of need; approaches; ICT", "Link Task 2 set"],
               ["", "5. Assessment for learning for all", "Formative and summative assessment", ""],
               ["", "6. Mapping and reviewing provision", "Provision mapping; reviewing provision", ""],
               ["Summer", "7. Leading for inclusion", "Leading colleagues; strategy; deploying staff", "Link Task 3 set"],
               ["", "8. Around the child", "Agencies; carers; Round Table practice", "Round Table"]], widths=[2.2, 5, 6, 3])
for a, b in ((1, 3), (4, 6), (7, 8)):
    ht.cell(a, 0).merge(ht.cell(b, 0))
para(d, "")

P = [
 ("P3 Links with schools.", "All three Link Tasks are carried out in the participant's own school and are directly tied to the outcomes on the Star Map. Each task is agreed with the head before it starts, and each asks the participant to show what changed in the school's practice and for pupils. Hub Days use case material from Wellbury schools and are held in term time so that participants can try things out between them."),
 ("P4 Research.", "Reading lists for each Hub Day are refreshed each year by the course team."),
 ("P5 Entry.", "Participants must hold QTS, be the SENCO (or about to become the SENCO) of a school, and have the written support of their head, who agrees to release them for the Hub Days. Each applicant has an entry conversation with a course tutor, who looks at the applicant's experience against the outcomes on the Star Map. An applicant who is not yet ready is given written guidance on what to do first (usually a term working alongside an experienced SENCO from the network), and the tutor discusses this with the head."),
 ("P6 Prior learning.", "Applicants who have already studied special educational needs at masters level can ask for credit."),
 ("P7 Assessment-only.", "We do not offer an assessment-only route. Everyone joins the Hub Days, because the Star Readings depend on the group."),
 ("P8 Flexibility.", "The course starts in September. A second group will start in January if twelve or more applicants ask for it. All Hub Days are taught face to face, in the order shown above. There is no online part of the course."),
 ("P9 Equality.", "Wellbury City Council has a Single Equality Scheme and the Virtual School follows it. Hub Days are held at the Virtual School base, which has level access and a hearing loop."),
 ("P10 What stakeholders told us.", "In June 2008 we surveyed the SENCOs and designated teachers of all 71 network schools (52 replied) and held two focus groups with heads. They told us that new SENCOs struggled most with working with other agencies, with provision mapping and with leading colleagues, and that release for more than eight days a year would be hard for small schools. The Children in Care Council told us that pupils wanted to be asked before decisions were made. We changed the pilot design accordingly: we added Point 8 and the Round Table, made Link Task 1 a provision mapping task, kept the Hub Days to eight, and added Point 6 and the Children in Care Council session, which their members now lead."),
 ("P11 Stakeholders in evaluation.", "Heads of participants' schools complete a short form at the end of the year. We would like to invite the Children in Care Council to help us evaluate the course in future."),
 ("P12 Checks.", "In the 2007-08 pilot the Virtual School checked each participant's CRB disclosure itself. Now that the Award is run with the University, the CRB check is a matter for the participant's employing school, and we do not ask to see the disclosure."),
 ("P13 Staff.", "The course leader is Marian Okafor (Head of Virtual School; former SENCO and special school deputy head; MA in Special and Inclusive Education). The University tutor is Dr Peter Lindqvist (Senior Lecturer in Inclusive Education, former educational psychologist, publishes on the education of children in care). Two Virtual School education support officers, both experienced SENCOs who hold the National SENCO qualification of their former authority, teach on Hub Days. All tutors take part in the Council's SEN update briefings each term."),
 ("P14 Specialist expertise and placements.", "Hub Days draw on Wellbury's educational psychologists, speech and language therapists, the CAMHS looked-after children team, social workers and the Independent Reviewing Officer service. Visits to special schools are not part of the course."),
 ("P15 Resources.", "Participants have access to the University library and its electronic journals. The University's SEN resource base at its Tetley campus holds assessment kits and assistive technology for its own BEd students."),
 ("P16 Marking and moderation.", "All assessed work is marked against published criteria by University and Virtual School tutors. A sample of every piece, and all fails and borderline scripts, is second marked, and the marks are moderated at a course team marking meeting. The University's external examiner ([name to follow]) sees a sample from every task and attends the Assessment Board."),
 ("P17 Evaluation.", "Each Hub Day is evaluated by participants on the day. The course team meets each July to review the evaluations, the Star Reading data, the marks and the heads' forms, and writes an action plan for the next year, which goes to the University's Programme Committee and is checked by the University's annual monitoring process and the external examiner's report. Changes made for 2009-10 as a result of the pilot are listed in P10."),
 ("P18 Impact.", "We compare each participant's Starting and Final Star Readings, point by point, to see how the participant's competence and confidence have changed. We hope in time to be able to show that the attainment of children in care in participants' schools improves."),
 ("P19 The Award.", "No participant receives the Award unless the Assessment Board is satisfied that he or she has shown every one of the national minimum outcomes. The Star Map below shows where each outcome is worked on and checked."),
]
for a, b in P:
    p = para(d, (a + " ", "b"), b)
    if a.startswith("P6"):
        ins(p, " Up to 20 credits of earlier study at Level 7 can be accredited through the University's accreditation of prior learning procedure, and a tutor maps the earlier study against the Star Map so that My Star Plan can take account of it.", author="P. Lindqvist", date="2009-03-10T14:00:00Z")
    if a.startswith("P7"):
        dele(p, " In exceptional cases an experienced colleague from a special school or support service may present the Link Tasks and the Round Table without attending the Hub Days.", author="M. Okafor", date="2009-03-11T09:30:00Z")
    if a.startswith("P12"):
        comment(d, p, "Should we ask to see the CRB certificate at the entry conversation? The spec seems to want the provider to check. MO", author="Marian Okafor", initials="MO")
    if a.startswith("P16"):
        comment(d, p, "Nothing anywhere on access arrangements for SATs/GCSE - add to Hub Day 5? PL", author="Peter Lindqvist", initials="PL")

para(d, ("The Star Map", "b"))
rows = [["National outcome (short)", "Point", "Worked on", "Checked in"],
        ["Professional attributes", None, None, None],
        ["Relationships with pupils and their families", "6", "Hub Day 3", "Link Task 2"],
        ["Commitment of colleagues, head and senior leaders", "5", "Hub Day 7", "Link Task 3"],
        ["Prioritising, time, delegating", "Centre", "Star Readings", "Star Readings (not marked)"],
        ["Problems and sound decisions", "8", "Hub Day 8", "Round Table"],
        ["Speaking, writing, listening", "8", "All Hub Days", "Round Table; all written work"],
        ["Research and external advice", "Centre", "Hub Days; Star Partner", "Portfolio Reflective Commentary"],
        ["Own professional development", "Centre", "Star Readings", "Star Readings (not marked)"],
        ["Knowledge and understanding", None, None, None],
        ["SEN law and the Code of Practice", "1", "Hub Days 1-2", "Law and Policy Paper"],
        ["Every Child Matters", "1", "Hub Day 2", "Law and Policy Paper"],
        ["Disability equality law", "1", "Hub Day 2", "\u2014"],
        ["Child development", "2", "Hub Day 3", "Link Task 2"],
        ["Common types of SEN", "2", "Hub Days 3-4", "Link Task 2"],
        ["Approaches, strategies, resources, ICT", "3", "Hub Day 4", "Link Task 2"],
        ["Best practice and research", "2", "Reading lists; Star Partner", "\u2014"],
        ["External agencies", "8", "Hub Day 8", "Round Table"],
        ["Skills", None, None, None],
        ["Strategic influence with seniors and governors", "4", "Hub Day 7", "Link Task 3"],
        ["Identify, target, intervene, review", "3", "Hub Days 4-5", "Link Task 2"],
        ["Other professionals' assessments", "3", "Hub Day 4", "Link Task 2"],
        ["Summative data and national tests", "3", "Hub Day 5", "Link Task 2"],
        ["Colleagues' formative assessment", "3", "Hub Day 5", "\u2014"],
        ["Provision mapping", "4", "Hub Day 6", "Link Task 1"],
        ["Deploying and managing staff", "5", "Hub Day 7", "Link Task 3"],
        ["Colleagues' professional development", "5", "Hub Day 7; coaching twilight", "Link Task 3"],
        ["Reviewing provision with colleagues", "4", "Hub Day 6", "\u2014"],
        ["Pupils involved in their provision", "6", "Hub Day 3", "Link Task 2"],
        ["Liaising with parents and carers", "7", "Hub Days 3 and 8", "Link Task 2"],
        ["Partnership with services and voluntary bodies", "8", "Hub Day 8", "Round Table; Link Task 2"]]
sm = table(d, [[c if c is not None else "" for c in r] for r in rows], widths=[6.5, 1.5, 4, 4.5])
for i, r in enumerate(rows):
    if r[1] is None:
        merge_row(sm, i, r[0], fill="D7E4BC")

para(d, "")
para(d, "Marian Okafor, Head of Virtual School, Wellbury City Council", style=None)
para(d, "Dr Peter Lindqvist, Programme Leader, School of Education, University of Fenwick")

d.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hx-01-wellbury-senco-star.docx"))
