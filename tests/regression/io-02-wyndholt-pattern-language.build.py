"""io-02-wyndholt-pattern-language

Provider: Wyndholt Co-operative Learning Trust, a co-operative trust of twelve
schools around Wyndholt (one secondary, ten primaries and Oakmead Special
School), with Maltbridge University validating and the Trust's parents' group
Family Voice. 2008-09 National Award for SEN Coordination.

Document kind and layout: "A Pattern Language for the Wyndholt SENCO Award",
written in the manner of Christopher Alexander's A Pattern Language and sent as
the application. A reading note, a map of the language in a text box, then
numbered patterns in three groups (large, middle, small), each with a name in
capitals and stars (** confident and part of the Award; * part of the Award,
still being refined; no star: being tried, not yet part of the Award), an
italic context line naming larger patterns, a bold problem statement, the
discussion, a bold "Therefore:" solution and links to smaller patterns; then
"Patterns we have set aside" (anti-patterns) and an appendix table "The
language and the national outcomes" ("National outcome | Where it grows |
Where it is proved") with merged, shaded band rows. Heading 1/2 styles, header
and footer, two comments, two footnotes, tracked changes (a credit figure
changed from 60 to 45; a whole inserted paragraph; a deleted sentence), a
placeholder "[external moderator to be confirmed by the University]", a
"[pattern to follow]" cell. House vocabulary: Gatherings (taught sessions),
Companions (school-based mentors), Proofs (assessed tasks), the Starting Map,
the Award Board.

Traps (requirement ids):
- Credit: "60" is a tracked deletion and "45 credits at Level 7" the insertion;
  a further 15-credit module is optional (E.2 partially_met).
- Assessment-only route is an anti-pattern "set aside"; a sentence allowing a
  portfolio without attending is a tracked deletion (2.3 not_met).
- Online learning set aside (THE LONELY SCREEN), email only for arranging
  meetings (3.3 not_applicable).
- Equality: only physical access to venues; a comment about informal
  adjustments for dyslexic SENCOs is not evidence (3.1 partially_met).
- No entry test: anyone the head names may join; only SENCOs new to teaching
  get a conversation (5.2 partially_met).
- CRB verification exists only as a whole inserted paragraph (5.3 met).
- Placement at Oakmead only "if their own headteacher can release them" (5.5
  partially_met).
- Moderation: double marking, but external moderator a placeholder (5.8
  partially_met).
- A hope that Family Voice and the School Council "may one day" judge the
  Award's impact sits beside a real Award Group of stakeholders that decides
  changes from evaluations (4.3 met: the hope is extra, not the arrangement).
- THE NEXT HILL has no star: target-setting "not yet part of the Award"; only
  an MA leaflet and talk at the last Gathering (2.5 partially_met).
- Problem statements describe other courses' failings, not the Trust's
  arrangements; a borrowed pattern from another trust ("At Fernmoor") is not the
  Trust's own.
- Award Board may award a SENCO judged "close" on one Proof (6.0
  partially_met; 1.9 partially_met).
- Outcome table: "Talked about in the Circle; not proved" (6.A6), "[pattern to
  follow]" (6.A7 not_met), ECM grown but not proved (6.K2), self-evaluation
  proved but grown nowhere (6.K7), formative assessment "not proved" (6.S2c),
  national test data "the data manager's job" (6.S2b not_met), deployment of
  staff "Not proved" (6.S4), parents "Not yet proved" (6.S8).
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _io_helpers import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "io-02-wyndholt-pattern-language.docx")
doc = Document()
header_footer(doc, "Wyndholt Co-operative Learning Trust  ·  A Pattern Language for the SENCO Award  ·  Edition 2, October 2008",
              "Wyndholt Co-operative Learning Trust, The Old Grammar School, Castle Street, Wyndholt. Owned by our members; run for our children.")
fn = Footnotes(doc)
A = "Colin Hebden"
D = "2008-10-14T11:05:00Z"

para(doc, "A PATTERN LANGUAGE", bold=True, size=24)
para(doc, "for the Wyndholt SENCO Award", bold=True, size=16)
para(doc, "The National Award for SEN Coordination, as the twelve schools of the Wyndholt Co-operative Learning Trust and Maltbridge University will run it from 2008-09", italic=True)

doc.add_paragraph("Reading this language", style="Heading 1")
p = para(doc, "Our Award was designed by the people who will use it: SENCOs, headteachers, parents from Family Voice, teaching assistants, tutors from Maltbridge University and officers of Wyndholt County Council, meeting eight times between January and June 2008. We wrote down what we agreed in the form of a pattern language")
fn.add(p, "After Christopher Alexander and others, A Pattern Language (Oxford University Press, 1977). Several teacher education groups have used the form for course design.")
para(doc, "Each pattern names a problem that comes up again and again in training SENCOs, and the way our Award solves it. Each has a number, a name in capitals and stars. Two stars (**) mean we are confident the pattern is right and it is part of the Award. One star (*) means it is part of the Award but we are still refining it. No star means a pattern we are still trying out with a few schools; it is not yet part of the Award. The patterns link to one another: larger ones are completed by smaller ones, and the numbers in brackets point to them. The last part lists patterns we have looked at and set aside.")

textbox(doc, [
    ("A map of the language", True),
    ("The Award as a whole: 1 A TRUST THAT LEARNS · 2 COMMON GROUND · 3 TWO DOORS IN · 4 THE LEVEL THRESHOLD · 5 FACE TO FACE · 6 THE STARTING MAP · 7 WHAT YOU BRING", False),
    ("The Gatherings and the people: 8 GATHERINGS · 9 THE READING CIRCLE · 10 COMPANIONS · 11 THE OPEN DOOR · 12 THE CHILD'S CHAIR · 13 THE KITCHEN TABLE · 14 MANY HANDS · 15 THE WIDER CIRCLE · 16 THE MAP OF PROVISION · 17 THE GOVERNORS' TABLE", False),
    ("The work and its proof: 18 THREE PROOFS · 19 SECOND EYES · 20 BEFORE AND AFTER · 21 LOOKING BACK · 22 TEACHERS WHO HAVE DONE IT · 23 THE WORKSHOP SHELF · 24 THE NEXT HILL", False),
    ("Set aside: STRAIGHT TO THE EXAM · ATTENDANCE IS ENOUGH · THE LONELY SCREEN · ENTRY BY EXAMINATION", False),
], height_pt=190)

PATTERNS = []  # (group, num, name, stars, context, problem, body[list], therefore, links)

def pattern(num, name, stars, context, problem, body, therefore, links):
    doc.add_paragraph(f"{num}  {name} {stars}".rstrip(), style="Heading 2")
    para(doc, context, italic=True)
    para(doc, "❖ ❖ ❖", align=1)
    pp = para(doc, problem, bold=True)
    out = {"problem": pp, "body": []}
    for b in body:
        out["body"].append(para(doc, b))
    tp = doc.add_paragraph()
    run(tp, "Therefore: ", bold=True)
    out["therefore"] = run(tp, therefore, bold=True)
    out["tp"] = tp
    para(doc, "❖ ❖ ❖", align=1)
    if links:
        para(doc, links, italic=True)
    return out

doc.add_paragraph("The Award as a whole", style="Heading 1")
p1 = pattern(1, "A TRUST THAT LEARNS", "**",
        "This pattern begins the language. It sets the purpose that every other pattern serves.",
        "A course for SENCOs can easily become a course about paperwork, and forget the children it exists for.",
        ["Our twelve schools formed a co-operative trust so that they could do together what none could do alone. The SENCO Award is the first thing the Trust has built for all of its schools. Its purpose is the achievement and well-being of children and young people with SEN and/or disabilities: that they are healthy, safe, enjoy and achieve, make a positive contribution and move towards economic well-being, and not only that they reach higher levels in tests.",
         "The aims of the Award, the content of every Gathering and the three Proofs are written around that purpose. Each Proof starts from children: a child's story, a change in provision for a group of pupils, and the difference the SENCO's leadership has made."],
        "the Award is a Postgraduate Certificate in SEN Coordination, validated by Maltbridge University and delivered by the Trust under the University's partnership agreement, with the aim of raising the achievement and well-being of pupils with SEN and/or disabilities in all five Every Child Matters outcomes through the knowledge, skills and judgement of their SENCOs.",
        "It is completed by COMMON GROUND (2), GATHERINGS (8) and THREE PROOFS (18).")
cp = para(doc, "Credit: the Certificate carries ")
dele(cp, "60 credits", author=A, date=D)
ins(cp, "45 credits at Level 7", author=A, date=D)
run(cp, ". SENCOs who wish may add the University's 15-credit module Leading Inclusion in the following year to make 60 credits.")

p2 = pattern(2, "COMMON GROUND", "**",
        "This pattern helps complete A TRUST THAT LEARNS (1).",
        "A course designed by a university alone answers the university's questions, not the schools'.",
        ["Before designing anything we asked. All twelve headteachers and SENCOs completed a questionnaire on their SEN registers, their SENCOs' experience and the training they wanted; Wyndholt County Council gave us the figures on statements and School Action Plus for the Trust's schools since 2004; Family Voice, the Trust's parents' group, held two evening meetings on \"what we want from our children's SENCO\"; and the Trust's School Council took the same question to pupils.",
         "What we heard changed the Award. Heads told us that most of our SENCOs are also class teachers, so the Gatherings are twilights. The Council's figures showed that communication needs and autism had doubled in five years, so the Gatherings give them two sessions. Family Voice told us that parents feel left out of reviews, so THE KITCHEN TABLE (13) was written with them. Oakmead's staff asked to host visits, which became THE OPEN DOOR (11)."],
        "the Award is built on the evidence the Trust gathered from its schools, the County Council, parents and pupils, and each later decision about the Award is taken at the Trust's Award Group, where heads, SENCOs, Family Voice and the University sit together.",
        "It is completed by LOOKING BACK (21).")

pattern(3, "TWO DOORS IN", "**",
        "This pattern helps complete A TRUST THAT LEARNS (1).",
        "SENCOs are appointed at all times of year, and a course that starts only in September leaves half of them waiting a year.",
        ["The Award has two starts, in September and in February. The Gatherings run in three blocks that can be taken in any order, so a February starter joins the block then running. Each twilight Gathering is offered on a Tuesday at the Old Grammar School and repeated on the Thursday at Oakmead, and the four full-day Gatherings are also offered on Saturdays. A SENCO may take the Award over one year or, with the Award Group's agreement, spread it over two."],
        "there are two ways in, a choice of days and an order that suits the SENCO.",
        "")

p4 = pattern(4, "THE LEVEL THRESHOLD", "*",
        "This pattern helps complete TWO DOORS IN (3).",
        "Disabled colleagues are too often kept out by the building before they are kept out by anything else.",
        ["Every Gathering is held in a ground-floor room with level access, an accessible toilet and parking close to the door. Oakmead, which hosts many of the Gatherings, was built for wheelchair users."],
        "every room we use can be reached and used by a SENCO who uses a wheelchair.",
        "")
comment(doc, p4["tp"], "Should we say something about adjustments for dyslexic SENCOs? We do it informally - e.g. handouts in advance.", author="Jane Morrell", initials="JM")

pattern(5, "FACE TO FACE", "**",
        "This pattern helps complete GATHERINGS (8); it replaces THE LONELY SCREEN, set aside.",
        "SENCOs new to the role are often isolated in their schools; learning alone at a screen deepens that.",
        ["All the teaching of the Award happens in the Gatherings, in the Companions' meetings in school and on visits. We do not use online learning. Email between tutor and SENCO is used only for arranging meetings."],
        "the Award is taught face to face.",
        "")

pattern(6, "THE STARTING MAP", "**",
        "This pattern helps complete A TRUST THAT LEARNS (1); it is completed by COMPANIONS (10).",
        "Teachers arrive at the SENCO role from very different places, and a course that treats them alike wastes the time of most of them.",
        ["In the month before the first Gathering each SENCO meets her tutor and her Companion and works through the Starting Map, a set of statements drawn from every national outcome, marking each as secure, partly there or new, with an example for each mark. The tutor checks the examples, and may move a mark where the example shows the knowledge is out of date.",
         "From the Map the tutor and SENCO write an Individual Learning Plan: which Gatherings she needs most, which she may lighten, which personal outcomes she will aim for beyond the national ones, and which Proof will show each. The fee of £1,050 is met from the Trust's pooled CPD budget for its own SENCOs, and lightening the Gatherings a SENCO already knows saves release time. The Plan is reviewed with the Companion at the end of each block and the Map is marked again before the last Gathering."],
        "each SENCO starts from her own map, and her plan and her personal outcomes are set from it.",
        "")

pattern(7, "WHAT YOU BRING", "**",
        "This pattern helps complete THE STARTING MAP (6).",
        "Experienced teachers are asked to prove again what they have already proved.",
        ["A SENCO who has earlier Level 7 study in SEN may ask the University to recognise it, and a SENCO with substantial experience may claim credit for it through the University's Recognition of Prior Experiential Learning, presenting a portfolio mapped against the national outcomes. Up to 15 credits may be recognised in either way; the Award Group advises the SENCO before she applies."],
        "what a SENCO brings, from study or from experience, is recognised in credit.",
        "")

doc.add_paragraph("The Gatherings and the people", style="Heading 1")
pattern(8, "GATHERINGS", "**",
        "This pattern helps complete A TRUST THAT LEARNS (1) and FACE TO FACE (5).",
        "Content taught as a list of topics is forgotten; content met in the company of other SENCOs, with one's own school in mind, is used.",
        ["The Award has ten twilight Gatherings and four full-day Gatherings, in three blocks. Block 1, Knowing the Law and the Child: the SEN Code of Practice and its procedures, and what they mean for the school, the SENCO and others; current legislation and government policy, including Every Child Matters and the Children Act 2004; the Disability Discrimination Act and the disability equality duty and the actions they require of schools; how children develop, and how development is affected by SEN and disabilities and by the physical and social environment; and the most common types of SEN (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism and moderate learning difficulties) and how they affect learning.",
         "Block 2, Teaching and Provision: identifying pupils who may have SEN by observation, data and assessment, setting challenging targets, planning interventions and reviewing progress; approaches, strategies and resources for assessment, planning and teaching, including ICT, judged critically; encouraging class teachers to develop formative assessment for all pupils, with approaches for pupils with SEN; identifying in good time the arrangements pupils need for national tests and examinations and putting them in place with colleagues. Block 3, Leading: the SENCO's time, priorities and delegation; making well-founded decisions when problems come; and the patterns 12 to 17.",
         "Each Gathering ends with a task to try in the SENCO's own school before the next, and opens with the SENCOs reporting what happened."],
        "the taught content of the Award is met in Gatherings, and carried each time into the SENCO's school.",
        "It is completed by patterns 9 to 17.")

pattern(9, "THE READING CIRCLE", "*",
        "This pattern helps complete GATHERINGS (8).",
        "Research reaches schools late, if at all.",
        ["Each SENCO belongs to a Reading Circle of five that meets for the first half hour of each twilight. The tutor brings one recent piece each time: the Bercow Review (2008), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Inclusion Development Programme materials, recent research on what works for pupils with literacy difficulties, and reports of Ofsted inspections of SEN provision. The Circle talks about what the piece means for their schools and how they might use it with colleagues."],
        "research and inspection evidence comes to the SENCO a little at a time, in company.",
        "")

pattern(10, "COMPANIONS", "**",
        "This pattern helps complete THE STARTING MAP (6) and THREE PROOFS (18).",
        "A tutor sees a SENCO a few times a term; a SENCO needs someone in her own school who knows what she is doing.",
        ["Each SENCO has a Companion: a senior leader in her own school, agreed by the headteacher, who meets her at least twice a term, helps with the Individual Learning Plan and takes part in Proof 3. Every Companion attends the Companions' Day in September, which explains the role, the Starting Map, the Proofs and what is expected of a Companion, and receives the Companion's Handbook. Tutors have the Tutors' Handbook, meet before each block and attend the University's assessor training."],
        "every SENCO has a Companion, and every Companion and tutor knows the part they play.",
        "")

pattern(11, "THE OPEN DOOR", "*",
        "This pattern helps complete GATHERINGS (8).",
        "A SENCO who has only ever worked in one school does not know what good practice looks like elsewhere.",
        ["Specialist colleagues teach on the Award: the County's educational psychologists, the speech and language therapy service, the sensory support team and the autism outreach teacher each lead at least one Gathering. SENCOs spend a half day at Oakmead Special School if their own headteacher can release them.",
         "At Fernmoor Trust, in the next county, every SENCO spends a week in a special school and another in a resourced base; we admire it, but our schools cannot release SENCOs for that long."],
        "SENCOs meet specialists in the Gatherings, and Oakmead's door is open to them.",
        "")

pattern(12, "THE CHILD'S CHAIR", "**",
        "This pattern helps complete A TRUST THAT LEARNS (1).",
        "Decisions about children with SEN are still made about them, not with them.",
        ["In the Gathering on pupil voice, SENCOs learn and practise ways of consulting children and young people about things that affect them: talking mats, structured interviews, pupil-led reviews and questionnaires adapted for pupils with communication needs. Each SENCO then consults a group of pupils about their provision and involves them in planning, agreeing and reviewing it, and helps one colleague do the same. The consultation is part of Proof 2."],
        "a child's chair is set at every table where the child's provision is decided.",
        "")

pattern(13, "THE KITCHEN TABLE", "*",
        "This pattern helps complete THE CHILD'S CHAIR (12).",
        "Parents feel talked at in reviews and meetings.",
        ["Family Voice wrote this pattern with us. In the Gathering they lead, SENCOs learn how to advise and support parents and carers and to work with them in partnership: holding a meeting where the parent speaks first, building fair and respectful relationships with families, including when things have gone wrong, and agreeing what home and school will each do. SENCOs practise with Family Voice members in role and then hold such a meeting with a family in school, which they discuss with their Companion."],
        "SENCOs learn to meet parents as partners, around the kitchen table.",
        "")

pattern(14, "MANY HANDS", "**",
        "This pattern helps complete GATHERINGS (8).",
        "Teaching assistants do much of the work with pupils with SEN, often without direction.",
        ["The Gathering on support staff covers deploying and managing teaching assistants, timetabling support, and coaching and training colleagues. SENCOs observe a teaching assistant or teacher at work with their permission, give feedback, model a strategy and plan a short training session for colleagues, which they deliver in their own school."],
        "the SENCO learns to direct, support and develop the many hands in her school.",
        "")

pattern(15, "THE WIDER CIRCLE", "**",
        "This pattern helps complete THE OPEN DOOR (11).",
        "Pupils with SEN are served by many services that do not speak to one another.",
        ["The Gathering on services is taught jointly by the County's Integrated Services manager and two voluntary organisations, Wyndholt Dyslexia Association and Autism Together. SENCOs learn the scope and role of each service, how to get specialist support and resources, and how to read and use assessments from other professionals in planning teaching. For Proof 1 each SENCO works with the professionals and voluntary organisations around one child to agree a shared plan."],
        "the SENCO learns to work within the wider circle of services.",
        "")

pattern(16, "THE MAP OF PROVISION", "**",
        "This pattern helps complete MANY HANDS (14).",
        "Schools spend on provision without knowing what works.",
        ["SENCOs learn provision mapping: setting out every intervention, its cost and its pupils, and reading the map to find provision that is not working or is missing, and reviewing with colleagues how well each part of the provision works. In Proof 2 the SENCO maps provision for a group and changes it."],
        "every SENCO makes and reads a map of provision.",
        "")

pattern(17, "THE GOVERNORS' TABLE", "**",
        "This pattern helps complete A TRUST THAT LEARNS (1).",
        "SENCOs are rarely heard where policy and money are decided.",
        ["In Block 3 SENCOs work with a governor and a headteacher from the Trust on the school's SEN policy, its priorities and its use of resources, and on how to gain the commitment of the head and senior colleagues. Each SENCO presents a proposal to her own governing body or its committee, which she writes up for Proof 3."],
        "the SENCO takes a seat at the governors' table.",
        "")

ip = ins_para(doc, "18a  THE CLEAR CHECK. Before a place is confirmed, the Trust's personnel officer checks that every accepted SENCO has a current enhanced CRB disclosure and has been checked against List 99, by seeing the disclosure or the employing school's written confirmation of its number and date; a SENCO who has not worked in a school in the last three months must obtain a new disclosure through the Trust before starting.", author=A, date=D)

doc.add_paragraph("The work and its proof", style="Heading 1")
pattern(18, "THREE PROOFS", "**",
        "This pattern completes A TRUST THAT LEARNS (1).",
        "Many courses assess SENCOs only on what they write about practice, never on the practice itself.",
        ["Proof 1, A Child's Story (4,000 words): the SENCO tells the story of one pupil's provision, from identification through assessment by other professionals, targets, interventions and the shared plan with other services, showing her knowledge of the law and guidance, of disability equality duties, of the child's development and of the type of SEN, and the decisions she made.",
         "Proof 2, Changing Provision (5,000 words): the SENCO maps provision for a group, consults the pupils, makes a change using the approaches and evidence she has studied, measures the result (BEFORE AND AFTER, 20), and evaluates it with colleagues, relating it to the school's self-evaluation.",
         "Proof 3, The Leadership Conversation: a portfolio from the year and a forty-five-minute conversation with the tutor and Companion, in which the SENCO shows how she has led colleagues and governors, managed her time and priorities, supported colleagues' development and built relationships with pupils and families. Each Proof is marked against criteria written from the national outcomes.",
         "The Award Board awards the Certificate to a SENCO who has passed all three Proofs. Where a SENCO has passed two Proofs and is judged close on the third, the Board may award the Certificate after hearing the tutor."],
        "the SENCO proves what she can do in three pieces of work, each rooted in her school.",
        "It is completed by SECOND EYES (19).")

s19 = pattern(19, "SECOND EYES", "*",
        "This pattern helps complete THREE PROOFS (18).",
        "One marker's judgement can drift.",
        ["Every Proof is marked by the tutor and second-marked by another tutor; the tutors meet to agree marks on a sample before the Award Board. The Board includes an external moderator, [external moderator to be confirmed by the University], who will see a sample of each Proof."],
        "every Proof is seen by second eyes.",
        "")

pattern(20, "BEFORE AND AFTER", "**",
        "This pattern helps complete THREE PROOFS (18) and LOOKING BACK (21).",
        "Courses claim to improve children's achievement without measuring it.",
        ["In Proof 2 each SENCO takes baseline measures of the group's attainment, attendance and well-being before the change, and the same measures a term later; the results for all SENCOs are collected by the Award Group. Each SENCO also completes the confidence and competence scale against the national outcomes at the start and end, and her Companion completes it too."],
        "the Award measures before and after, for the pupils and for the SENCO.",
        "")

p21 = pattern(21, "LOOKING BACK", "*",
        "This pattern helps complete COMMON GROUND (2).",
        "Courses are evaluated by the people who run them.",
        ["SENCOs evaluate each Gathering and each block; the tutors review the evaluations each term; the University's annual monitoring report goes to the Award Group, which decides what to change and records it in the next edition of this language. Heads from the Trust host visits and speak at Gatherings, and Family Voice leads a Gathering.",
         "We hope that Family Voice and the School Council may one day help us judge whether the Award is working for children."],
        "the Award looks back each year and changes.",
        "")

pattern(22, "TEACHERS WHO HAVE DONE IT", "**",
        "This pattern helps complete GATHERINGS (8).",
        "SENCOs trust tutors who have done the job.",
        ["The programme leader, Dr Ewan Forsyth (Maltbridge University), was a SENCO for nine years and holds a PhD on inclusive practice. The Trust tutors, Jane Morrell (SENCO, Wyndholt Community College; MA SEN) and Priya Lal (deputy head, Oakmead; Advanced Diploma in Special Needs; specialist in autism), lead Blocks 1 to 3 with him. All tutors spend at least one day a term in schools and attend the County's SEN conference and the University's research seminars."],
        "the Award is taught by people who have done it and keep up with it.",
        "")

pattern(23, "THE WORKSHOP SHELF", "**",
        "This pattern helps complete GATHERINGS (8).",
        "A SENCO cannot try what she cannot get hold of.",
        ["The Trust keeps an SEN resource base at the Old Grammar School: assessment materials, intervention programmes, a lending library of books and journals, and a loan set of assistive technology (text readers, word prediction, communication software, switches) that SENCOs take back to their schools. SENCOs also use the University library and its e-journals."],
        "the resources the SENCO needs are on the shelf.",
        "")

pattern(24, "THE NEXT HILL", "",
        "This pattern would complete THREE PROOFS (18).",
        "Finishing a course can feel like the end, when it should be a start.",
        ["At the last Gathering the University's MA leaflet is given out and the programme leader talks about further study. We are trying, with three schools, asking each SENCO to agree next year's professional targets with her headteacher before she leaves; this is not yet part of the Award."],
        "every ending is the foot of the next hill.",
        "")

doc.add_paragraph("Patterns we have set aside", style="Heading 1")
para(doc, "These are patterns we looked at and decided not to use.")
para(doc, "STRAIGHT TO THE EXAM", bold=True)
sp = para(doc, "Some asked for experienced SENCOs to be assessed without taking the course. We have set this aside: every SENCO takes the Gatherings and the three Proofs.")
dele(sp, " Experienced SENCOs may instead present a portfolio for assessment against the outcomes without attending.", author=A, date=D)
para(doc, "ATTENDANCE IS ENOUGH", bold=True)
para(doc, "A certificate for coming. Set aside: the Certificate is awarded by the Award Board on the Proofs (18).")
para(doc, "THE LONELY SCREEN", bold=True)
para(doc, "Online modules to be worked through alone. Set aside in favour of FACE TO FACE (5).")
para(doc, "ENTRY BY EXAMINATION", bold=True)
para(doc, "A test before a SENCO may join. Set aside: we do not set an entry test, and anyone the headteacher names as SENCO may join. Where a SENCO is new to teaching, her tutor talks with the headteacher before she starts.")

doc.add_paragraph("Appendix: The language and the national outcomes", style="Heading 1")
para(doc, "The table shows, for each national minimum outcome in our words, the patterns in which it grows and the Proof in which it is proved.")
rows = [
    ("Attributes", None, None),
    ("Fair, respectful relationships with pupils and their families", "12, 13", "Proof 3"),
    ("Winning the commitment of colleagues and the head", "17", "Proof 3"),
    ("Priorities, time and delegation", "8 (Block 3)", "Proof 3"),
    ("Solving problems and making sound decisions on provision", "8 (Block 3)", "Proof 1"),
    ("Speaking and writing clearly; listening to others", "9, 13", "Proofs 1 and 2 (writing); Proof 3 (conversation)"),
    ("Using research and outside advice to improve practice", "9", "Talked about in the Circle; not proved"),
    ("Keeping up to date and owning one's CPD", "[pattern to follow]", "—"),
    ("Knowledge", None, None),
    ("SEN law, guidance and the Code of Practice", "8 (Block 1)", "Proof 1"),
    ("Every Child Matters and the SENCO's part", "1, 8 (Block 1)", "—"),
    ("Disability equality law and what it requires", "8 (Block 1)", "Proof 1"),
    ("How children develop", "8 (Block 1)", "Proof 1"),
    ("The common types of SEN and their effect on learning", "8 (Block 1)", "Proof 1"),
    ("Approaches, strategies and resources, including ICT", "8 (Block 2), 23", "Proof 2"),
    ("School self-evaluation and improvement", "—", "Proof 2"),
    ("Best practice and research in SEN", "9", "Proof 2"),
    ("External agencies and getting specialist support", "15", "Proof 1"),
    ("Skills", None, None),
    ("Strategic influence with senior colleagues and governors", "17", "Proof 3"),
    ("Identifying pupils, setting targets, planning and reviewing interventions", "8 (Block 2), 16", "Proof 1"),
    ("Using other professionals' assessments", "15", "Proof 1"),
    ("Using national test data to track progress", "—", "Not part of the Award: national test data is the data manager's job in our schools"),
    ("Encouraging colleagues' formative assessment", "8 (Block 2)", "Practised with a colleague; not proved"),
    ("Arrangements for tests and examinations", "8 (Block 2)", "Proof 1"),
    ("Provision mapping; finding what is missing or not working", "16", "Proof 2"),
    ("Deploying and managing staff", "14", "Not proved"),
    ("Supporting colleagues' professional development", "14", "Proof 3"),
    ("Reviewing provision with staff to inform self-evaluation", "16, 20", "Proof 2"),
    ("Involving pupils in planning and reviewing their provision", "12", "Proof 2"),
    ("Liaising with parents and carers", "13", "Not yet proved"),
    ("Working with other services and voluntary organisations", "15", "Proof 1"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["National outcome", "Where it grows", "Where it is proved"]):
    cell_text(c, h, bold=True)
    shade(c, "BDD7EE")
for a, b, c in rows:
    r = t.add_row().cells
    if b is None:
        m = r[0].merge(r[2])
        cell_text(m, a, bold=True)
        shade(m, "DDEBF7")
    else:
        cell_text(r[0], a)
        cell_text(r[1], b)
        cell_text(r[2], c)
para(doc, "")
fp = para(doc, "Edition 2 of this language was agreed by the Trust's Award Group on 9 October 2008 and by the Trust Board on 16 October 2008.", italic=True)
fn.add(fp, "Edition 1 (June 2008) was circulated to the twelve schools and to Family Voice for comment; the changes are recorded in the Award Group's minutes.")
comment(doc, s19["body"][0], "Ewan - can we name the moderator before this goes to the TDA?", author="Colin Hebden", initials="CH")

fn.finish()
doc.save(OUT)
print("wrote", OUT)
