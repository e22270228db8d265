"""hq-02-saltmere-practice-guidance

Provider: Saltmere Metropolitan Borough Council's Early Years Inclusion and Area SENCO
Service, in partnership with Northbeck University, offering the Saltmere SENCO Award
(the National Award for SEN Coordination) to SENCOs in primary schools, nursery
schools and children's centres.

Document kind and layout: the service writes its application as "Practice Guidance"
in the house style of the 2008 Practice Guidance for the Early Years Foundation Stage,
which its settings use every day: a cover; Section 1, an introduction in hand-typed
numbered paragraphs (1.1 to 1.14, clashing with requirement ids); "The Four Themes"
as a four-column Principles into Practice table whose numbered commitments (1.1 A
Skilful SENCO ... 4.4 Leading Change) are value statements; Section 2, six "Areas of
Award Learning", each a landscape grid with the EYFS columns "Development matters",
"Look, listen and note" (how the Key Tutor assesses), "Effective practice" (what
happens on the Award) and "Planning and resourcing" (what the SENCO's setting
provides), with a merged, shaded area title row; "Challenges and dilemmas" text boxes
and "Reflecting on practice" question lists (prompts, never answers); Section 3, "The
Award in practice", in numbered paragraphs 3.1 to 3.24; an appendix cross-reference
table with a tracked-deleted row. Header "DRAFT for the TDA panel"; footer claiming
validation. Footnotes, comments, tracked changes.

Traps (requirement ids):
- Section numbers 1.1-1.14, 3.1-3.24 and commitments 1.1-4.4 clash with requirement
  ids; the commitments are beliefs ("Parents are children's first and most enduring
  educators"), not arrangements.
- "Planning and resourcing" cells say what the setting or head provides, not what the
  Award does (someone else's responsibility); ICT is left to "the setting's ICT
  coordinator" (6.K6 partial); software on loan to settings is a resource (5.6), not
  teaching about ICT.
- "Look, listen and note" cells reading "Not assessed" or "Reflective Journal ...
  not marked" leave outcomes developed but not assessed or only formatively assessed
  (6.K2, 6.S2b, 6.S2c, 6.S6, 6.S7 partial; 1.5 partial with 6.S7: observing play is
  not consulting children).
- Self-evaluation is never mentioned (6.K7 not_met); national test arrangements are
  explicitly outside the Award (6.S2d not_met).
- No assessment-only route (2.3 not_met); further targets only a hope, and a comment
  suggesting a next-steps session is not part of the submission (2.5 not_met).
- Starting Points profile is used only to group SENCOs; "we do not write individual
  training plans" (2.2 partial, 2.4 partial).
- One September start, phases in fixed order, a Tuesday or Thursday group (3.2
  partial). No e-learning at all (3.3 not_applicable); emailed handouts are not
  e-learning.
- Heads "were consulted on the draft" with nothing about what changed; 4.2 is met
  only through the spring 2008 survey's answers becoming Hub Days (see notes_on_met).
- Placements: a past induction arrangement and a hope (5.5 partial).
- Setting mentors chosen by the head and sent a handbook only (5.7 partial).
- Award rule: passing the two assignments, not all outcomes (6.0 partial; 1.9
  partial). The appendix's deleted row assessing summative tracking does not count.
- APEL detail is a tracked insertion, which counts (2.1 met).
- Footer claims validation; header says draft: neither is evidence.
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _hq_helpers import Doc, merge, shade, del_row

HERE = Path(__file__).parent
NAME = "hq-02-saltmere-practice-guidance"
D = Doc(header="DRAFT for the TDA panel - Saltmere SENCO Award Practice Guidance",
        footer="Saltmere MBC Early Years Inclusion and Area SENCO Service | Approved by Northbeck University validation panel, June 2008",
        font="Calibri", size=11)


def num(n, text, *more):
    return D.p((n + "  ", "b"), text, *more)


D.typed_title("The Saltmere SENCO Award", 24)
D.typed_title("Practice Guidance", 18)
D.p(("Setting the standards for leading inclusion from birth to eleven", "i"))
D.p("Saltmere Metropolitan Borough Council, Early Years Inclusion and Area SENCO Service, with Northbeck University Faculty of Education")
D.p("Submitted to the Training and Development Agency for Schools as our application to provide the National Award for SEN Coordination, November 2008")

D.h("Section 1: Introduction", 1)
num("1.1", "Saltmere's settings know the Practice Guidance for the Early Years Foundation Stage well: its themes, its commitments and its grids are on the wall of every nursery room in the borough. We have written the guidance for our SENCO Award in the same shape, so that SENCOs, heads and centre managers can read it the way they read the EYFS, and so that the panel can see how the Award works.")
num("1.2", "The Award's aim is that children with special educational needs and disabilities in Saltmere's primary schools, nursery schools and children's centres make better progress and enjoy greater well-being across all five Every Child Matters outcomes. The Award's objectives, its Hub Day content and both of its assignments are written to that aim: the Leading Change Project, in particular, is judged on the measured difference a SENCO's change made to a group of children's learning and well-being.")
num("1.3", "The Award is for teachers who are, or are about to become, the SENCO in a primary school, a nursery school or a children's centre in Saltmere or the neighbouring boroughs.")
num("1.4", "The Award is validated by Northbeck University as the Postgraduate Certificate in Early Years Inclusion Leadership (SENCO). It carries 60 credits at Level 7, the masters level, and Northbeck awards it.")
num("1.5", "The Award has ten Hub Days at the Inclusion Hub at Tidewell Children's Centre, three Setting Support Visits a term from the SENCO's Key Tutor (one of the eight Area SENCOs in our service), two marked assignments (the Child Study, 4,000 words, and the Leading Change Project, 6,000 words), an Observed Practice element graded by the Key Tutor, and a Reflective Journal.")
num("1.6", "The Award runs in three phases over one school year: Getting to Know (autumn), Looking Closer (spring) and Leading Change (summer). The phases run in order, because each builds on the last.")
num("1.7", "Every piece of assessed work is done in the SENCO's own setting, about the SENCO's own children, colleagues and families. Key Tutors visit each SENCO's setting three times a term to see the work and to help the SENCO try out in practice what was met on the Hub Day.")
p18 = num("1.8", "The Hub Days draw on recent research, inspection evidence and new developments: the EPPE project and its work on children at risk of SEN, Ofsted's 2006 report Inclusion: does it matter where pupils are taught?, the Bercow review of services for children with speech, language and communication needs, the Early Support programme, and the new Every Child a Talker programme, in which Saltmere is a first-wave authority.")
D.footnote(p18, "Sylva, K. et al. (2004) The Effective Provision of Pre-School Education (EPPE) Project: Final Report. Ofsted (2006) Inclusion: does it matter where pupils are taught? DCSF (2008) The Bercow Report.")
num("1.9", "Hub Day 2 sets out current law, government policy and initiatives on SEN and disability: the SEN Code of Practice, the Disability Discrimination Act and the disability equality duty, the Childcare Act 2006 and the EYFS, Every Child Matters, Early Support, and Saltmere's own inclusion strategy.")
num("1.10", "The four themes on the next page are the Award's principles. They say what we believe; the grids in Section 2 and the paragraphs in Section 3 say what we do.")
num("1.11", "Each grid in Section 2 has four columns, as in the EYFS. Development matters says what the SENCO develops. Look, listen and note says how the Key Tutor and the University assess it. Effective practice says what happens on the Award. Planning and resourcing says what we ask the SENCO's setting to provide.")
num("1.12", "Rows in the grids are not in any particular order and are not a checklist: a SENCO may show one row through several pieces of work.")
num("1.13", "Because many of our SENCOs work with children under five, the Award's examples come mostly from the early years, but every Hub Day includes examples from Key Stages 1 and 2.")
num("1.14", "National tests are outside the scope of an early years award, so special arrangements for tests and examinations are not part of it.")

D.h("The Four Themes", 1)
t = D.table([
    ["A Skilful SENCO", "Positive Relationships", "Enabling Settings", "Leading Learning and Development"],
    ["Every SENCO is a skilful, reflective professional who can lead, learn and grow.", "SENCOs learn to be strong and confident through warm relationships with children, families and colleagues.", "The setting plays a key role in supporting and extending every child's development and learning.", "Children with SEN and disabilities learn and develop in different ways and at different rates, and all areas of learning are equally important."],
    ["1.1 Every SENCO is unique\n1.2 Inclusive practice\n1.3 Keeping safe\n1.4 Health and well-being", "2.1 Respecting each other\n2.2 Parents as partners\n2.3 Working with parents\n2.4 The key person", "3.1 Observation, assessment and planning\n3.2 Supporting every child\n3.3 The learning environment\n3.4 The wider context", "4.1 Play and exploration\n4.2 Active learning\n4.3 Creativity and critical thinking\n4.4 Leading change"],
], shade_header="F8CBAD")
D.p("Commitment 2.3, Working with parents: Parents are children's first and most enduring educators, and every SENCO should value their knowledge. Commitment 3.4, The wider context: We believe in working together with every service around the child. Commitment 4.4, Leading change: Inclusion is everybody's business.")

# ------------------------------------------------------------------ Section 2 grids
D.landscape()
D.h("Section 2: Areas of Award Learning", 1)
D.p("There are six Areas of Award Learning. Each grid below follows the EYFS columns.")
HDR = ["Development matters", "Look, listen and note", "Effective practice", "Planning and resourcing"]


def grid(title, rows, note=None):
    data = [[title, None, None, None], HDR] + rows
    t = D.table(data, shade_header=None)
    merge(t, 0, 0, 0, 3, title, fill="C55A11", bold=True)
    for j in range(4):
        shade(t.cell(1, j), "FBE5D6")
        for r in t.cell(1, j).paragraphs[0].runs:
            r.bold = True
    if note:
        D.p(note)
    return t


grid("Area 1: Personal and Professional Development", [
    ["Builds fair, respectful and warm relationships with children with SEN and disabilities and with their families", "Key Tutor observes the SENCO at a family meeting during a Setting Support Visit; recorded on the Observed Practice sheet and graded", "Hub Day 3, Relationships First, with role play and a panel of parents from the Saltmere Parents' Forum", "The head makes time for the Key Tutor to observe a family meeting"],
    ["Wins the commitment of the head, senior leaders and colleagues to better outcomes for children with SEN", "Head's statement in the Leading Change Project on how the SENCO brought leaders with her, marked", "Hub Day 7, Bringing People With You", "The head or centre manager attends the afternoon of Hub Day 7"],
    ["Plans and prioritises work, manages time and delegates tasks, checking they are done", "Time and delegation plan in the Leading Change Project, marked", "Hub Day 7 workshop on the SENCO's week; Key Tutor discussion at Setting Support Visits", "The setting agrees protected SENCO time; we recommend half a day a week"],
    ["Anticipates and solves problems, makes well-founded decisions and sound judgements about provision", "Child Study: decisions about provision justified from evidence, marked", "Hub Day 5 case problems worked in small groups", "-"],
    ["Speaks and writes clearly; listens to and understands other people's views", "Both assignments are marked for clear writing; the Observed Practice sheet grades speaking and listening at the family meeting", "Every Hub Day; Hub Day 3 on listening to families", "-"],
    ["Draws on research and outside advice to improve own and colleagues' practice", "Literature review in the Leading Change Project, marked", "Hub Days 1 and 8; reading groups at the Inclusion Hub", "-"],
    ["Keeps up to date and takes responsibility for own professional development in SEN and disability", "CPD log of reading, courses and network meetings submitted with the Leading Change Project, marked", "Key Tutors review the CPD log at each Setting Support Visit", "The setting releases the SENCO for the borough's SENCO network"],
])
grid("Area 2: Communication, Listening and Partnership", [
    ["Involves children in planning and reviewing their own provision, in ways that suit very young children", "Not assessed", "Hub Day 4 looks at observing children's play and at the child's voice in play plans", "Key persons share observations of children's play with the SENCO"],
    ["Liaises effectively with parents and carers, advising and supporting them to promote their child's learning and development", "Observed Practice family meeting, graded; the Child Study includes the family's own account and a plan agreed with them, marked", "Hub Day 3 with the Saltmere Parent Partnership Service", "The setting provides a private room for family meetings"],
    ["Advises, supports and works with colleagues in the setting and in other settings", "Observed Practice: the SENCO leads a staff training session, graded", "Hub Day 9, Cluster Triads: SENCOs from three settings visit and advise one another", "The setting hosts one triad visit"],
])
D.textbox([("Challenges and dilemmas", "b"),
           "How can a SENCO in a small nursery find time to ask three-year-olds what they think? Is watching a child play the same as asking him? What would it take for a child's view to change a review meeting?"], fill="FCE4D6")
grid("Area 3: Knowledge and Understanding of the Law and the Child", [
    ["Knows SEN law and guidance, including the SEN Code of Practice, what they mean for the setting and the SENCO, and how to put them into practice", "Child Study, section on the law and the graduated response, marked", "Hub Day 2, The Law and the Child", "-"],
    ["Knows the principles and outcomes of Every Child Matters and how the SENCO helps children achieve them", "Not assessed", "Hub Day 1 introduction to Every Child Matters", "-"],
    ["Knows disability equality law and the actions it requires, and how best to carry them out", "Setting Access Review in the Leading Change Project, marked", "Hub Day 2 afternoon with trainers from the Saltmere Disability Forum: the DDA, the disability equality duty and accessibility plans", "The setting shares its accessibility plan"],
    ["Knows how children develop and how development is affected by SEN, disability and the physical and social environment", "Child Study, marked", "Hub Day 1, Development From Birth to Eleven", "-"],
    ["Knows the most common SEN and disabilities (behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autism and moderate learning difficulties) and how they affect learning", "Needs Briefing (1,000 words) on two of the five, marked, and the Child Study", "Hub Days 4, 5 and 6, one afternoon on each", "-"],
])
grid("Area 4: Assessing, Planning and Reviewing", [
    ["Identifies children who may have SEN or disabilities through observation, data and assessment; sets challenging targets; plans interventions; reviews progress", "Child Study, marked", "Hub Day 5, Noticing and Planning", "-"],
    ["Uses assessments from other professionals to shape teaching and learning", "Child Study: how therapists' and psychologists' advice shaped the plan, marked", "Hub Day 8", "-"],
    ["Has a critical understanding of approaches, strategies and resources for assessment, planning, teaching and learning", "Child Study: critical review of the approaches used, marked", "Hub Day 5, What Works", "ICT is the responsibility of the setting's ICT coordinator"],
    ["Uses summative assessment, including national tests, to track progress and change programmes", "Reflective Journal entry, discussed with the Key Tutor; not marked", "Hub Day 6, Tracking Progress: Development Matters bands, the EYFS Profile and Key Stage 1 assessment", "-"],
    ["Encourages colleagues to develop formative assessment for all children, with particular thought for children with SEN", "Not assessed", "Hub Day 6", "Leaders give time for staff to share observations"],
])
grid("Area 5: Leading the Setting", [
    ["Works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and use of resources", "Leading Change Project, marked; it includes a presentation to the governing body or management committee", "Hub Day 7", "Governors or the management committee receive the presentation"],
    ["Uses provision mapping to plan provision and find what is missing or not working", "Provision map and its analysis in the Leading Change Project, marked", "Hub Day 8, Mapping Provision", "-"],
    ["Deploys and manages staff, including teaching assistants and nursery nurses, to support children with SEN", "Deployment plan for support staff in the Leading Change Project, marked", "Hub Day 8", "-"],
    ["Supports colleagues' professional development: observing and giving feedback, modelling, coaching and mentoring, and leading training", "Observed Practice staff training session, graded; coaching log in the Leading Change Project, marked", "Hub Day 9, Coaching for SENCOs", "-"],
    ["Reviews with staff whether provision for children with SEN is working", "Not assessed", "Hub Day 9, Is It Working?", "-"],
])
grid("Area 6: Working with Others", [
    ["Knows the scope and role of the agencies around the child and how to get specialist support and resources", "Agency map in the Child Study, marked", "Hub Day 8, Who's Who Around the Child, with a speech and language therapist, an educational psychologist, a health visitor, a social worker and the Portage service", "-"],
    ["Works in partnership with other services and agencies, including voluntary organisations, for a coordinated approach", "Observed Practice: the SENCO at a multi-agency meeting, graded", "Hub Day 8, with Home-Start Saltmere and the Saltmere Autism Parents' Group", "-"],
])
D.p(("Reflecting on practice", "b"))
D.bullets(["How do you know that your provision is making a difference?",
           "When did a child last change your mind?",
           "Who in your setting could you coach?"])

# ------------------------------------------------------------------ Section 3
D.portrait()
D.h("Section 3: The Award in practice", 1)
D.h("Joining the Award", 2)
num("3.1", "SENCOs apply on the Award application form with a supporting statement from their head or centre manager, who confirms release for the Hub Days and Setting Support Visits.")
num("3.2", "Every applicant is interviewed by the Area SENCO team leader and a Northbeck tutor. Applicants must be qualified teachers, must hold or be about to take up the SENCO role, and complete the Starting Points profile before interview. The interview checks, against the profile, that the applicant has the knowledge, understanding and skills to meet all the outcomes by the end of the year. An applicant who is not yet ready is given written guidance on what to do first, usually our ten-session Inclusion Foundation Course, and we talk to her head about it.")
cr = num("3.3", "At interview the service's administrator sees each applicant's enhanced CRB disclosure certificate, records its number and date, and asks the head to confirm in writing that the school's other pre-appointment checks are complete. An applicant who has not worked with children in the last three months must obtain a new enhanced disclosure before starting.")
num("3.4", "Credit for earlier study and experience follows Northbeck University's accreditation of prior learning policy. ")
D.ins(D.d.paragraphs[-1], "SENCOs who hold Northbeck's Certificate in Early Years Inclusion, or equivalent Level 7 credit, may claim up to 20 credits through a claim portfolio assessed by a Northbeck tutor, and are exempted from the Child Study.", author="Neil Brady")
num("3.5", "There is no assessment-only route; every SENCO attends the Hub Days.")
D.h("Starting Points", 2)
num("3.6", "Before the first Hub Day each SENCO completes the Starting Points profile, rating herself against every national outcome with examples. The Key Tutor reads it at the first Setting Support Visit. We use the profiles to put SENCOs into workshop groups on Hub Days; everyone follows the same programme, and we do not write individual training plans.")
num("3.7", "The Award costs £1,200 a place, shared between the setting and the borough's Standards Fund, less than half the cost of the equivalent university-based course, because teaching happens in the borough and visits are part of the service's existing work with settings.")
D.h("When and where", 2)
num("3.8", "The Award starts once a year, in September. SENCOs join either the Tuesday group or the Thursday group, which follow the same Hub Days a week apart, and may switch group for any Hub Day they miss.")
num("3.9", "All teaching is face to face at the Inclusion Hub or in settings; the Award has no online or e-learning element. Hub Day handouts are emailed to SENCOs afterwards.")
D.h("Equality and access", 2)
num("3.10", "The application form asks every applicant, in plain words, whether she has a disability or health condition that we should plan for, and explains why we ask and who will see the answer. Those who tell us meet the service's access officer before the first Hub Day to agree reasonable adjustments, which may include materials in large print or electronic form, a BSL interpreter, extra time for assignments, an alternative to the Observed Practice, and adjusted arrangements for Setting Support Visits. Adjustments are recorded and reviewed each term.")
num("3.11", "The Inclusion Hub is fully accessible, with a hearing loop and an accessible toilet. Trainers from the Saltmere Disability Forum teach on Hub Day 2, and our publicity shows disabled adults as professionals, not only disabled children. Interview questions and marking criteria are the same for every applicant, and marking is anonymous where the work allows.")
D.h("Who teaches", 2)
num("3.12", "The eight Key Tutors are all Area SENCOs: qualified teachers who have been SENCOs, with between six and twenty years in early years and primary inclusion. Five hold masters degrees in special or inclusive education; two are accredited Early Support trainers. They take part in the service's specialist training programme of at least five days a year. The two Northbeck tutors teach on the University's MA in Inclusive Education and research early intervention.")
num("3.13", "Specialist contributors from the speech and language therapy service, the educational psychology service, the Portage service, the Sensory Support Service and Saltmere Disability Forum teach on Hub Days.")
num("3.14", "Until 2007 the borough's SENCO induction included a placement day at Harbour Special School's nursery. It is hoped that visits to specialist provision can be arranged again once the Award is running.")
num("3.15", "The Inclusion Hub holds the service's library of books, journals and assessment materials, a resource loan scheme through which settings borrow specialist equipment and software such as Boardmaker, Clicker 5 and switch-access kits, and a study room of six computers that SENCOs can book for their own study between Hub Days.")
num("3.16", "Key Tutors have a role description, attend Northbeck's assessor training before they mark, and meet monthly. Each SENCO also has a setting mentor, chosen by the head; we send setting mentors the Award handbook.")
D.h("Assessment", 2)
num("3.17", "The Child Study and the Leading Change Project are first-marked by the Key Tutor and second-marked by a Northbeck tutor against the University's Level 7 criteria. The Observed Practice is graded by the Key Tutor on the Observed Practice sheet, and one observation in four is joint with a second Key Tutor. Key Tutors hold a standardisation meeting before each marking period, marking the same scripts and agreeing grades.")
num("3.18", "A sample of assignments, including all fails and borderlines, goes to Northbeck's external examiner, and the University's examination board confirms all results.")
num("3.19", "Participants who pass the Child Study, the Leading Change Project and the Observed Practice are awarded the Saltmere SENCO Award and the Postgraduate Certificate.")
num("3.20", "The Reflective Journal is for the SENCO's own learning. Key Tutors read it and discuss it at Setting Support Visits, but it is not marked.")
D.h("Listening to stakeholders", 2)
num("3.21", "In spring 2008 we surveyed every SENCO, head and centre manager in Saltmere's 71 primary schools, nursery schools and children's centres, and held three focus groups with the Parents' Forum. SENCOs asked for help with the law, with leading adults and with multi-agency working; heads asked for training that happens in the setting; parents asked that SENCOs learn to explain things without jargon. These are the Award's Hub Days 2, 7 and 8, its Setting Support Visits and Hub Day 3.")
num("3.22", "Heads and centre managers were consulted on the draft of this guidance at the Primary Heads' Forum in October 2008.")
num("3.23", "The Award Board, which meets termly, includes two heads, a children's centre manager, two Parents' Forum members, a Northbeck tutor and two former SENCOs from the borough's earlier induction course. It reviews each term's evaluations and the external examiner's report and agrees changes. Parents' Forum members also speak on Hub Day 3, settings host Hub Day 9's triad visits, and heads attend Hub Day 7.")
D.h("Quality and impact", 2)
num("3.24", "Each Hub Day is evaluated by SENCOs on the day. Key Tutors review each phase at its end, and the Award Board and Northbeck's annual monitoring review the year; the external examiner reports each summer. Changes agreed by the Award Board are written into the next year's guidance and reported to settings in an annual Award Review. To see the difference the Award makes, each SENCO records the Leuven well-being and involvement levels and the Development Matters bands of the children in her Leading Change Project before the change and again two terms later; SENCOs complete a confidence questionnaire on every outcome at the start and end of the year; and a year after completion we ask each SENCO and her head what has changed for children.")
p = D.p("We hope that many SENCOs will go on to Northbeck's MA in Inclusive Education once they have completed the Award.")
D.comment(p, "Could we add a final 'next steps' session on Hub Day 10 with heads? Not agreed yet. NB", author="Neil Brady", initials="NB")
D.comment(D.d.paragraphs[-3], "Check: does the Board see placements? CH", author="Claire Hewitt", initials="CH")

# ------------------------------------------------------------------ Appendix
D.h("Appendix: Cross-reference to the national outcomes", 1)
D.p("Where each national outcome is found in the Areas of Award Learning. OP = Observed Practice; CS = Child Study; LCP = Leading Change Project; RJ = Reflective Journal.")
rows = [["National outcome", "Area", "Assessed in"],
        ["Relationships with pupils and parents", "1", "OP"], ["Commitment of colleagues", "1", "LCP"],
        ["Time and delegation", "1", "LCP"], ["Problems and decisions", "1", "CS"], ["Clear communication", "1", "CS, LCP, OP"],
        ["Research and advice", "1", "LCP"], ["Own CPD", "1", "LCP"],
        ["SEN law and Code", "3", "CS"], ["Every Child Matters", "3", "-"], ["Disability equality law", "3", "LCP"],
        ["Child development", "3", "CS"], ["Common SEN", "3", "Needs Briefing, CS"], ["Approaches and resources", "4", "CS"],
        ["Best practice and research", "1, 4", "LCP"], ["External agencies", "6", "CS"],
        ["Strategic development", "5", "LCP"], ["Identify, target, plan, review", "4", "CS"], ["Others' assessments", "4", "CS"],
        ["Summative tracking", "4", "RJ"], ["Summative tracking", "4", "LCP tracking task"], ["Formative assessment", "4", "-"],
        ["Provision mapping", "5", "LCP"], ["Deploying staff", "5", "LCP"], ["Developing colleagues", "5", "OP, LCP"],
        ["Reviewing provision", "5", "-"], ["Children involved in provision", "2", "-"], ["Parents and carers", "2", "OP, CS"],
        ["Other services", "6", "OP"]]
t = D.table(rows, shade_header="F8CBAD")
del_row(t, 20, author="Neil Brady")

D.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME)
