"""hn-01-meadowsweet-one-page-profiles

Provider (invented): Meadowsweet Learning, the professional development arm of
the Meadowsweet Autism Trust (a national autism charity), applying with the
Faculty of Education of Castleward University, for the 2008-09 National Award
for SEN Coordination ("Castleward Postgraduate Certificate in Leading SEN
Coordination").

Document kind and layout: the whole application written as a booklet of
person-centred ONE-PAGE PROFILES, the tool the Trust teaches schools to use with
autistic pupils, turned on the course itself. A covering letter, a "How to read
this booklet" note, then twelve profiles. Each profile is a table: a merged,
shaded title row across both columns, a "[Photograph: ...]" placeholder row
(merged), then four boxes in a 2x2 grid: "What people appreciate about us"
(other people's praise), "What matters to us" (values), "What we do" (the only
box that states arrangements) and "What we are still working on" (plans, hopes,
refusals). After the profiles, a "Profile Map" table of the 28 national outcomes
in the Trust's own words (merged shaded group rows "Being", "Knowing", "Doing";
columns "Where we work on it" / "How it is checked"). The Trust's own names:
Strands 1-4, Gathering Days, Try-out Tasks (feedback only), the Practice
Portfolio (pieces 1-4), the Change Enquiry, the Profile Conversation, Enquiry
Friends, the Starting Point conversation, the Next Steps plan, Meadowsweet
Commons (online board). Header and footer (the footer makes a claim), a
floating text box, tracked changes, comments, placeholders.

Traps (ids):
- Values boxes ("What matters to us") and praise boxes never count: they carry
  words about pupil voice, research, moderation and impact that the arrangements
  do not always back (1.3, 5.9, 6.S1).
- 1.3: research is only the Trust's own 2007 survey of autistic pupils; no
  inspection evidence or wider developments -> partially_met.
- 1.9 / 6.0: the award needs a pass in the Portfolio and the Enquiry "with an
  overall mark of 50%"; the Profile Map shows outcomes not marked or absent ->
  both partially_met. A footer line "Every national outcome assessed" is a footer.
- 2.2: the Starting Point conversation is held at the first Gathering Day (not
  before the course) and yields a learning plan but no personalised outcomes ->
  partially_met.
- 2.3: assessment-only route: a wish ("we would like to offer this in time")
  plus "every participant follows the full course" -> not_met. A tracked
  DELETION had offered "a Direct Assessment route"; it does not count.
- 3.3: online board run by participants; "tutors do not answer questions on the
  board"; no tutor support between Gathering Days -> partially_met.
- 4.3: stakeholders deliver sessions, but their part in evaluation is only
  hoped for -> partially_met.
- 5.3: CRB checks are "a matter for the participant's employing school. We do
  not ask to see them" (someone else's responsibility, explicit) -> not_met.
- 5.5: specialist speakers yes; visits to the Trust's schools only "when places
  allow" (condition) -> partially_met.
- 5.7: tutors inducted; "We do not train Enquiry Friends" -> partially_met.
- 5.9: confidence self-ratings at start and end; pupil outcomes only "where the
  school permits" -> partially_met.
- 6.A3, 6.A7, 6.K7, 6.S2c: worked on but only a Try-out Task / discussed, "not
  marked" -> partially_met.
- 6.S4: checked in Portfolio piece 3 but "No taught session" -> partially_met.
- 6.K4: absent; "the development of SEN law since Warnock" is the right word
  about the wrong thing -> not_met.
- 6.S1: the Profile Map row says "Planned for the 2010 intake"; the profile
  box says the course "says too little" on governors -> not_met.
- 6.S2d: access arrangements are on the Trust's separate one-day course, "not
  part of the Award" (another course) -> not_met.
- A comment suggests adding an assessment-only route and CRB checks; comments
  are not the submission (2.3, 5.3).
- Tracked INSERTION "and a second start in January" counts (3.2 met).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hn_helpers import (new_doc, para, runin, bullets, shade, cell_text, table, ins, dele,
                         textbox, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Verdana", 10)
header_footer(d, "Meadowsweet Learning | Castleward University - One-page profiles of the Award",
              "Every national outcome assessed. Meadowsweet Autism Trust, registered charity no. [number]")

# ---------------- covering letter ----------------
para(d, "Meadowsweet Learning", bold=True, size=14)
para(d, "Professional development for the Meadowsweet Autism Trust", italic=True)
para(d, "Unit 4, Harrowgate Mills, Castleward CW3 7LP")
para(d, "21 November 2008")
para(d, "To: SENCO Training Approvals Team, Training and Development Agency for Schools")
para(d, "Dear colleagues,")
para(d, "National Award for SEN Coordination: application from Meadowsweet Learning and Castleward University", bold=True)
para(d, "We enclose our application in a form that may be unfamiliar. At the Trust we teach schools to "
        "write one-page profiles with and about autistic children: a single page that says what people "
        "like about a child, what matters to the child, and how best to support them. This year we wrote "
        "one for each part of our Award, partly as an exercise for the course team and partly because it "
        "is the clearest way we know of saying what we do. The profiles are printed here as they are "
        "pinned up in our office, with a Profile Map at the end that shows where each of the national "
        "outcomes is worked on and how it is checked.")
para(d, "The Award is a partnership. Meadowsweet Learning designs and teaches the course; Castleward "
        "University's Faculty of Education validates it, registers participants as students of the "
        "University and awards the qualification. Both partners have signed this application.")
para(d, "Yours sincerely,")
para(d, "Ruth Alder, Director, Meadowsweet Learning")
para(d, "Dr Simon Pryor, Head of Continuing Professional Development, Faculty of Education, Castleward University")

para(d, "How to read this booklet", bold=True, size=12)
para(d, "Every profile has the same four boxes. \"What people appreciate about us\" is in other people's "
        "words: SENCOs, heads, parents and young people who have worked with us. \"What matters to us\" is "
        "what the course team believes. \"What we do\" says how the Award actually works. \"What we are "
        "still working on\" is honest about the gaps. The photographs will be added when the booklet is "
        "printed for our own use.")

# ---------------- profiles ----------------
def profile(num, title, appreciate, matters, do, working, photo, comment_on=None):
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"Profile {num}: {title}", bold=True, fill="C9E4CA", size=12)
    ph = t.cell(1, 0).merge(t.cell(1, 1))
    cell_text(ph, f"[Photograph: {photo}]", italic=True, fill="F2F2F2")
    boxes = [(t.cell(2, 0), "What people appreciate about us", appreciate, "FFFDF2"),
             (t.cell(2, 1), "What matters to us", matters, "FFFDF2"),
             (t.cell(3, 0), "What we do", do, None),
             (t.cell(3, 1), "What we are still working on", working, "FDEFEF")]
    for c, head, lines, fill in boxes:
        cell_text(c, head, bold=True, fill=fill)
        for line in lines:
            c.add_paragraph(line)
    d.add_paragraph()
    return t


para(d, "The profiles", bold=True, size=13)

profile(1, "The Award itself",
        ["\"It is the first course I have been on that starts from the child and not from the paperwork.\" (SENCO, 2007-08 pilot)",
         "\"Rigorous but kind.\" (Headteacher, Castleward primary school)"],
        ["Every child with SEN or a disability deserves to be happy, safe and successful at school.",
         "We believe good SENCOs change whole schools, not only individual children."],
        ["The Award is the Castleward Postgraduate Certificate in Leading SEN Coordination. It is validated by Castleward University at Master's level (level 7) and carries 60 credits. Participants are registered students of the University, which makes the award.",
         "The aims of the Award are to raise the achievement of pupils with SEN and/or disabilities and to improve their well-being in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being.",
         "Each Strand's objectives name the pupil outcomes it is meant to improve, and both marked assignments ask participants to show the difference their work has made to pupils' achievement and well-being.",
         "The course has four Strands taught over nine Gathering Days and about 18 months part time, with two marked assignments: the Practice Portfolio (four pieces, 30 credits) and the Change Enquiry (30 credits), and a Profile Conversation with two tutors at the end.",
         "To be awarded the Certificate a participant must pass the Practice Portfolio and the Change Enquiry with an overall mark of 50% or more."],
        ["Some national outcomes are worked on in Gathering Days but not marked; the Profile Map at the end shows which."],
        "the 2007-08 pilot group on their last Gathering Day")

t = profile(2, "Our partnership and the people we listened to",
        ["\"They actually changed things after we told them.\" (SENCO, Wentbury local authority)"],
        ["Nothing about us without us: autistic people and families should shape what professionals learn."],
        ["Before designing the Award we ran a needs survey of 212 SENCOs in the nine local authorities we work with, held two focus groups with SEN advisers from those authorities, analysed two years of calls to the Trust's Education Helpline from parents (1,840 calls about school), and met our Young Advisers panel of twelve autistic young people aged 13 to 19.",
         "What they told us, and what we changed: SENCOs said they needed help with provision mapping and data, so Strand 2 now gives a whole Gathering Day to it; parents said schools do not listen to them, so Strand 4 is built round a parent-led session; the Young Advisers said adults talk about them and not to them, so every participant now carries out a pupil consultation in Portfolio piece 4; advisers asked for a school-based piece of work, which became the Change Enquiry.",
         "A parent from the Trust's Family Network and a member of the Young Advisers panel co-teach the Strand 4 Gathering Day. SEN advisers from two partner authorities teach in Strand 3."],
        ["We hope that headteachers and the Young Advisers will help us judge how well the Award works once the first full cohort has finished."],
        "the Young Advisers panel meeting, March 2008")

profile(3, "Getting in: who the Award is for and how we choose",
        ["\"The interview felt like a conversation about my school, not a test.\" (2008 applicant)"],
        ["The right course at the right time: nobody should start something they are not ready to finish."],
        ["Applicants must hold Qualified Teacher Status, be in post as SENCO or designated to become SENCO within a year, and send a letter of support from their headteacher.",
         "Every applicant has a 30-minute interview with a tutor that looks at their experience of pupils with SEN against the Award's outcomes. If an applicant is not yet ready, the tutor writes to them with advice on what to do first, usually the Trust's Autism Essentials course or a term shadowing their current SENCO, and, with the applicant's agreement, telephones their headteacher to agree a plan. They may reapply for the next intake.",
         "Prior learning: up to 20 credits may be accredited for relevant certificated study at level 7 taken within the last five years, and experienced applicants may claim credit for Portfolio pieces through a claim of experiential learning, assessed by two tutors against the same criteria as the Portfolio.",
         "Criminal Records Bureau checks are a matter for the participant's employing school. We do not ask to see them."],
        ["We have been asked whether experienced autism outreach teachers could be assessed without attending. We would like to offer this in time, but at present every participant follows the full course."],
        "an applicant interview at Harrowgate Mills")
# tracked deletion in profile 3 area: a paragraph after the table
p = para(d, "Note added for the panel: ")
dele(p, "Candidates with substantial experience may instead take a Direct Assessment route, presenting a portfolio against all the outcomes without attending the course.")
ins(p, "This note has been withdrawn; see Profile 3.")
comment(d, p, "Could we add an assessment-only route and say something about CRB checks before this goes?", "Simon Pryor", "SP")

profile(4, "Your learning route",
        ["\"I could choose Saturdays, which is the only way I could have done it.\" (Pilot participant)"],
        ["Busy SENCOs learn best when the course bends round their school year."],
        ["Gathering Days run twice: once on a weekday and again on the following Saturday, and participants may attend either. Strand 1 comes first; Strands 2, 3 and 4 may then be taken in any order.",
         "At the first Gathering Day each participant has a Starting Point conversation with their tutor: they rate themselves against the Profile Map and agree a learning plan saying which Strand tasks to give most time to.",
         "Each participant has three individual tutorials, one of them in their own school, and the Practice Portfolio pieces are set so that participants choose the pupils, colleagues and school priorities they work on.",
         "The fee is 1,450 pounds for the whole Award, including all materials and library membership; local authorities that send five or more participants receive one free place, and the Trust's hardship fund pays up to half the fee for participants from schools without a training budget.",
         "Meadowsweet Commons is our online discussion board. Recorded talks from each Gathering Day and all the readings are posted there. The board is run by participants themselves, and tutors do not answer questions on the board; questions go to your tutor at the next Gathering Day."],
        ["A fully online route is not offered."],
        "a Saturday Gathering Day in the Trust's training room")
p = para(d, "The Award starts in September")
ins(p, " and a second start in January")
p.add_run(". Participants who start in January join the Strands in the order that suits them after Strand 1.")

profile(5, "Strand 1: The Child and the Law",
        ["\"Finally I understand what the Code of Practice actually asks of me.\" (SENCO, 2008)"],
        ["Knowing the law is how SENCOs stand up for children."],
        ["Two Gathering Days. Strand 1 traces the development of SEN law since Warnock and then works through the SEN Code of Practice (2001), the Special Educational Needs and Disability Act 2001, the Disability Discrimination Act 1995 as amended in 2005 and the Disability Equality Duty, Every Child Matters and the Children Act 2004, the 2008 regulations requiring SENCOs to be qualified teachers, and current government initiatives including the Inclusion Development Programme and the Bercow Review of services for children with speech, language and communication needs.",
         "Participants look at what each means for their school, for the SENCO and for others, and how it is put into practice: statutory assessment, annual reviews, the school's SEN policy, its accessibility plan and its disability equality scheme.",
         "Assessed in Portfolio piece 1: a critical review of how well their school's SEN policy, accessibility plan and disability equality scheme meet the law and the Every Child Matters outcomes, with an action plan (marked)."],
        ["Module content is reviewed each year against changes in law."],
        "the Strand 1 law quiz")

profile(6, "Strand 2: Seeing and Planning",
        ["\"The provision mapping day saved me a term of work.\" (SENCO, Eastholme)"],
        ["Evidence-informed practice: we only teach what we would use in our own schools.",
         "Research should guide every SENCO decision."],
        ["Three Gathering Days. Strand 2 covers the most common types of SEN and disability (autistic spectrum disorders, speech, language and communication needs, dyslexia and other specific learning difficulties, behavioural, emotional and social difficulties, and moderate learning difficulties) and how each affects learning; identifying pupils who may have SEN through observation, data and assessment; setting challenging targets, planning interventions and reviewing progress; using reports from educational psychologists, speech and language therapists and outreach teachers to plan teaching; using summative data, including national tests and P scales, to track progress and change programmes; and provision mapping to plan provision and find what is missing or not working.",
         "Participants critically compare approaches and resources for assessment, teaching and learning, including ICT such as symbol software and visual timetabling tools, and judge which remove barriers for particular pupils.",
         "Strand 2 draws on the findings of the Trust's own 2007 survey of 1,100 autistic pupils and their families, Included or Not?",
         "Assessed in Portfolio piece 2 (a case study of decisions about two pupils, marked) and Portfolio piece 3 (a provision map and tracking data for a year group, with commentary, marked).",
         "Gathering Day 4 also looks at how SENCOs can help other teachers use assessment for learning with pupils with SEN; this is not marked."],
        ["Teaching assistants: we do not yet have a taught session on deploying support staff, though Portfolio piece 3 asks how they are used."],
        "participants building a provision map")

profile(7, "Strand 3: Leading Alongside Others",
        ["\"I learned how to get my head on side.\" (SENCO, 2008)"],
        ["SENCOs lead through other people."],
        ["Two Gathering Days. Strand 3 develops participants' skills in advising, supporting and working with colleagues in school and beyond it: gaining the commitment of the headteacher and senior team, supporting colleagues' professional development through observing lessons and giving feedback, modelling, coaching and mentoring and planning staff training, and reviewing and evaluating provision with other staff. SEN advisers from two partner authorities teach the session on working with colleagues beyond the school.",
         "Gathering Day 6 covers planning the SENCO week, protecting time and delegating; participants complete a Try-out Task (a plan of their own week), which receives written feedback only.",
         "Gathering Day 7 introduces school self-evaluation and the SEF and how SEN fits into them; the Try-out Task (a draft SEN section for their school's SEF) receives feedback only and is not marked."],
        ["We know the course says too little about working with governors and the school's strategic plan. A new session is being discussed for the 2010 intake."],
        "a coaching triad practising feedback")

profile(8, "Strand 4: Voices",
        ["\"For the first time, our daughter's school asked her what she thought.\" (Parent, Family Network)"],
        ["Every child has a voice, even if it is not a spoken one.",
         "Families are experts on their children."],
        ["Two Gathering Days, one co-taught by a parent from the Family Network and a Young Adviser. Participants learn ways of consulting children and young people about issues that affect them, including pupils who do not use speech (Talking Mats, symbol questionnaires, photo diaries), and of involving pupils in planning and reviewing their own provision.",
         "They practise advising, supporting and working in partnership with parents and carers, including difficult conversations, and building fair and respectful relationships with pupils and families.",
         "The second day covers the scope and role of external agencies, including health, social care and voluntary organisations such as the Trust's own outreach service and parent partnership services, and how to get specialist support and resources.",
         "Assessed in Portfolio piece 4 (marked): a consultation with one pupil and their family, a plan agreed with them and with at least one outside agency, and a reflection on the relationship built."],
        ["Nothing to add this year."],
        "a Talking Mats session with a Young Adviser")

profile(9, "The Change Enquiry",
        ["\"My enquiry is now our school's plan for next year.\" (SENCO, Castleward)"],
        ["Learning only counts when it changes something for a child."],
        ["Every participant carries out a Change Enquiry in their own school over two terms: they identify a priority for pupils with SEN, read the research and best practice on it, agree the change with the headteacher and senior team, lead colleagues in making it, and review its effect with the staff involved. The Enquiry is written up in 6,000 words and marked against criteria that include securing agreement, supporting colleagues' learning, use of research and outside advice, and evaluation with colleagues of the effect on provision.",
         "Each participant names an Enquiry Friend in school, usually a senior colleague, who meets them twice a term.",
         "At the end, the Profile Conversation (30 minutes with two tutors) asks participants to present their Enquiry and answer questions; it is marked for clear spoken explanation and for how the participant listens and responds to other views."],
        ["We do not train Enquiry Friends; their school chooses them."],
        "a participant presenting at a Profile Conversation")

profile(10, "The people who teach you",
        ["\"Tutors who have actually done the job.\" (Pilot evaluation)"],
        ["Expertise should be shared, not hoarded."],
        ["Programme leader: Ruth Alder, former SENCO and local authority SEN adviser, MA (SEN), ten years as a trainer. Tutors: Dr Hari Mistry (Castleward University, senior lecturer in inclusive education, PhD on autism and inclusion), Clare Whitlow (former SENCO of a large comprehensive, NPQH), Owen Bates (specialist teacher, autism outreach). All tutors take part in at least five days of updating a year through the Trust's research and practice network.",
         "Specialist speakers: an educational psychologist, a speech and language therapist, a paediatric occupational therapist and two autistic adult trainers contribute to Strands 2 and 4.",
         "Participants may visit one of the Trust's two special schools when places allow.",
         "Resources: the Trust's Resource Centre lends assessment kits and ICT (symbol software, communication aids, visual timetabling software) and participants use the University library, its e-journals and its computer suites.",
         "All tutors attend a one-day induction on the Award, the outcomes and marking, and have a Tutor Handbook setting out their roles."],
        ["Visiting speakers change each year, depending on who is available."],
        "the course team")

profile(11, "Keeping it good",
        ["\"They really do read the evaluations.\" (SENCO, 2008)"],
        ["We want to know what difference the Award makes to children.",
         "Moderation and fairness matter."],
        ["Every Gathering Day is evaluated by participants on the day, and each Strand has an end-of-Strand questionnaire. The University's annual monitoring process reviews results, evaluations and the external examiner's report each summer; the Course Committee (tutors, two participant representatives and a University quality officer) agrees an action plan, and changes are reported back to participants.",
         "All Portfolio pieces and Change Enquiries are second-marked by a second tutor, a sample of at least a quarter is moderated internally across tutors, and the University-appointed external examiner sees a sample from every cohort and attends the assessment board.",
         "Participants rate their competence and confidence against the Profile Map at the start and end of the Award, and the change is reported to the Course Committee.",
         "The Change Enquiry report may include pupil outcomes where the school permits."],
        ["We would like to follow up participants' pupils a year after the Award."],
        "the Course Committee")

profile(12, "After the Award",
        ["\"The Next Steps plan gave me something to take to my performance review.\" (Pilot participant)"],
        ["Learning does not stop at the certificate."],
        ["In the final individual tutorial every participant draws up a Next Steps plan of professional targets for the following two years and is asked to discuss it with their line manager at their next performance management meeting. The plan includes ways to keep up to date (the Trust's research digest, local SENCO networks, Master's study).",
         "The Next Steps plan is discussed with the tutor but is not marked."],
        ["An alumni group is planned."],
        "the pilot group's certificates")

textbox(d, ["Did you know?",
            "Meadowsweet has trained more than 4,000 teachers and teaching assistants since 1996, and the Trust's Young Advisers panel has met every month since 2005."],
        fill="E8F1FB", height="60pt")

# ---------------- Profile Map ----------------
para(d, "The Profile Map: the national outcomes in our words", bold=True, size=13)
para(d, "This map lists each national minimum outcome in the words we use on the course, where it is worked "
        "on and how it is checked. \"Marked\" means it counts towards the Award; \"feedback only\" means "
        "it does not.")

rows = [("What the SENCO can do (our words)", "Where we work on it", "How it is checked")]
groups = {
    "Being": [
        ("Builds fair, warm and respectful relationships with pupils with SEN and their families", "Strand 4", "Portfolio piece 4 (marked)"),
        ("Brings the headteacher, senior team and colleagues on board for better outcomes", "Strand 3; Change Enquiry", "Change Enquiry (marked)"),
        ("Plans the SENCO week, protects time, delegates and checks delegated work", "Gathering Day 6", "Try-out Task (feedback only)"),
        ("Sees problems coming, weighs evidence and makes sound decisions on provision", "Strand 2", "Portfolio piece 2 (marked)"),
        ("Writes and speaks clearly; listens to and takes in others' views", "All Strands", "Written pieces and Profile Conversation (marked)"),
        ("Uses research and outside advice to improve own and colleagues' practice", "Strand 2; Change Enquiry", "Change Enquiry (marked)"),
        ("Keeps up to date and takes charge of own learning on SEN and disability", "Final tutorial (Next Steps plan)", "Discussed, not marked"),
    ],
    "Knowing": [
        ("The law and guidance on SEN, including the Code of Practice, and what they mean in school", "Strand 1", "Portfolio piece 1 (marked)"),
        ("Every Child Matters and the SENCO's part in it", "Strand 1", "Portfolio piece 1 (marked)"),
        ("Disability equality law and the actions it requires", "Strand 1", "Portfolio piece 1 (marked)"),
        ("The common kinds of SEN and disability and how they affect learning", "Strand 2", "Portfolio piece 2 (marked)"),
        ("Approaches, strategies and resources, including ICT, to remove barriers and personalise provision", "Strand 2", "Portfolio piece 2 (marked)"),
        ("School self-evaluation and improvement and SEN", "Gathering Day 7", "Try-out Task (feedback only)"),
        ("Best practice and research on meeting SEN", "Strand 2; Change Enquiry", "Change Enquiry (marked)"),
        ("What outside agencies do and how to get specialist support", "Strand 4", "Portfolio piece 4 (marked)"),
    ],
    "Doing": [
        ("Works with governors and senior leaders on inclusive policy and strategy", "Planned for the 2010 intake", "-"),
        ("Identifies pupils, sets challenging targets, plans interventions and reviews progress", "Strand 2", "Portfolio piece 2 (marked)"),
        ("Uses other professionals' assessments to plan teaching", "Strand 2", "Portfolio piece 2 (marked)"),
        ("Uses summative data and national tests to track progress and change programmes", "Strand 2", "Portfolio piece 3 (marked)"),
        ("Helps other teachers use formative assessment with pupils with SEN", "Gathering Day 4", "Not marked"),
        ("Access arrangements for tests and examinations", "The Trust's separate Access Arrangements Day, which is not part of the Award", "-"),
        ("Uses provision mapping to plan provision and spot what is missing or not working", "Strand 2", "Portfolio piece 3 (marked)"),
        ("Deploys and manages teaching assistants and other staff", "No taught session; participants draw on their school's practice", "Portfolio piece 3 (marked)"),
        ("Supports colleagues' development: observation, feedback, coaching, training", "Strand 3; Change Enquiry", "Change Enquiry (marked)"),
        ("Reviews and evaluates provision with colleagues to feed school self-evaluation", "Strand 3; Change Enquiry", "Change Enquiry (marked)"),
        ("Involves pupils in planning and reviewing their own provision", "Strand 4", "Portfolio piece 4 (marked)"),
        ("Works in partnership with parents and carers", "Strand 4", "Portfolio piece 4 (marked)"),
        ("Works with other services and voluntary organisations", "Strand 4", "Portfolio piece 4 (marked)"),
    ],
}
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, h in enumerate(rows[0]):
    cell_text(t.cell(0, j), h, bold=True, fill="C9E4CA")
for g, items in groups.items():
    r = t.add_row()
    m = r.cells[0].merge(r.cells[2])
    cell_text(m, g, bold=True, fill="EDEDED")
    for a, b, c in items:
        r = t.add_row()
        for j, v in enumerate((a, b, c)):
            cell_text(r.cells[j], v)

para(d, "")
para(d, "Signed for the partnership: Ruth Alder (Meadowsweet Learning); Dr Simon Pryor (Castleward University). [Date of University validation event to be added]")

d.save(OUT)
print("wrote", OUT)
