"""kk-02-hollin-vale-moonlight-walk-pack

Provider (invented): Hollin Vale Children's Hospice, Family Support and Education Team (with the
hospice's Events team), with the University of Cawthorne. Application for approval to run the
2008-09 National Award for SEN Coordination as "the Moonlight Award", March 2009.

Document kind and layout: the hospice's fundraising event pack for its annual Moonlight Walk
("Walker's Pack"), re-used for the course. Heading 1 and Heading 2 styles; a welcome letter; "Your
route at a glance" (taught evenings as seven "Miles", each walked on a Tuesday evening and repeated
on Saturday morning); a "Training plan" table with merged, shaded month rows; "Checkpoints" (the
marked pieces) and "the Finish Line" (a presentation); "Walk Leaders" (tutors), "Buddies"
(school-based mentors), "Marshals" (the hospice's clinical specialists); a "Host Day" placement;
"Your Walker's Card" laid out as a sponsorship form (the outcome map: "Sponsor line | Walked at |
Stamped at") with "Pledged only" cells defined in a sentence above it; a kit list; "Safety on the
night"; numbered Terms and Conditions of Entry (List Number style); FAQs; "After the Finish Line";
VML "Top tip" text boxes; a tear-off entry form with blank fields and [placeholders]; header and
footer with a PAGE field. Participants are "walkers", the award is "the Medal".

Traps (requirement ids):
- 40 credits at Master's level; a separate 20-credit University module takes walkers to 60
  (E.2 partially_met).
- The hospice's Young Voices group of children named the walk and walk the Lantern Route: the
  hospice consulting children, not the course developing the skill; the course has only "a short
  session" at Mile 3 (1.5 partially_met) and the pupil-involvement line is "Pledged only" (6.S7).
- "Pledged only" lines (talked about on a Mile, never stamped at a Checkpoint): 6.A2, 6.K6, 6.S2a,
  6.S6, 6.S7 partially_met; with the Medal rule below, 1.9 partially_met.
- School self-evaluation (6.K7) and special arrangements for tests (6.S2d) appear nowhere (not_met).
- The Warm-up self-rating is shared with the Buddy but "Everyone walks the same route and stops at
  the same Checkpoints" (2.2 partially_met: needs assessment without an individual plan).
- The same route for everyone "so that we all arrive together", tailored only by the Buddy's help
  with low-rated lines; cost and a follow-on module are described (2.4 partially_met).
- "Can I skip the Miles and just do the Finish Line? No." and another hospice's "Express Finish"
  (2.3 not_met: negation plus another provider's arrangement).
- The 2008 taster's "Next Steps card" is a past arrangement; now only "we hope you will keep
  walking" (2.5 not_met).
- No online part at all: "there is no online part of the course" (3.3 not_applicable); one start a
  year, Miles in order, only a choice of Tuesday or Saturday (3.2 partially_met).
- "Everything in this pack has been shaped by what schools and families have told us" with no
  detail of what changed (4.2 partially_met); 4.1 met (survey and liaison records), 4.3 met (Route
  Committee with headteachers, parents, a past walker).
- Walk Leaders described only by years of experience, no qualifications or current specialist
  knowledge (5.4 partially_met).
- Kit list is what walkers bring; the hospice gives a reading pack and library access, no ICT or
  specialist technology (5.6 partially_met).
- Checkpoints are stamped by the Walk Leader of that Mile; moderation "is still being agreed with
  the University" (5.8 partially_met).
- Finishers and confidence are counted; "We do not yet measure anything in the progress of pupils"
  (5.9 partially_met).
- The Medal goes to every walker who walks six of the seven Miles and hands in a completed Walker's
  Card, whether or not the Checkpoints are passed (6.0 not_met: attendance and completion).
- 5.3 met: the hospice checks each walker's enhanced CRB disclosure number and date itself.
- Top tip text boxes, the header and footer and the blank entry form are not evidence.
"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kk_helpers import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kk-02-hollin-vale-moonlight-walk-pack.docx")
d = new_doc("Verdana", 9.5)
header_footer(d, "Hollin Vale Children's Hospice  *  Moonlight Walk 2009-10  *  Walker's Pack",
              "Registered charity no. 1098765 (invented). Every step helps a child and family at Hollin Vale.")

P(d, ("MOONLIGHT WALK 2009-10", "bX"), align="c")
P(d, ("Walker's Pack: the Moonlight Award for SEN Coordination", "bL"), align="c")
P(d, ("Walk the SENCO road with Hollin Vale Children's Hospice and the University of Cawthorne", "i"), align="c")

d.add_heading("Welcome, walker!", level=1)
P(d, "Thank you for signing up for the Moonlight Walk. Every spring, hundreds of people walk ten miles through Cawthorne by "
     "moonlight to raise money for Hollin Vale. This pack is for a different kind of walk: seven evenings over a school year "
     "for teachers who are new to leading special educational needs in their school. We have kept the shape of our walkers' "
     "pack because our schools know it, and because a course, like a night walk, goes better when everyone knows the route, "
     "the checkpoints and who to call.")
P(d, "The Moonlight Award is our course for the National Award for SEN Coordination. It is run by the hospice's Family "
     "Support and Education Team and validated by the University of Cawthorne, School of Education and Childhood Studies, "
     "which awards 40 credits at Master's level (Level 7) to walkers who finish. Walkers who want to reach 60 credits can add "
     "the University's separate 20-credit module, Inclusive Leadership, in the following term.")
P(d, "Joanne Pryor, Family Support and Education Manager, and the Events team at Hollin Vale")

d.add_heading("Why we walk", level=1)
P(d, "Hollin Vale supports 118 children with life-limiting conditions and their families, and through them we know 74 "
     "schools. Our schools liaison records for 2007-08 show 212 visits to schools, and in more than half of them the person we "
     "met was a SENCO in their first two years in the role. In June 2008 we asked the 58 SENCOs at our Schools Bereavement "
     "Network what they most needed. They told us: knowing the law and what it asks of them; knowing how children develop and "
     "what the common kinds of SEN mean for learning; working with parents, especially when things are hard; getting help from "
     "health and social care; and leading colleagues who are older and more experienced than they are. Cawthorne's SEN team "
     "told us that 29 schools had a new SENCO in 2008. Our Parents' Circle told us that what families want is a SENCO who "
     "plans with them, not for them.")
P(d, "Everything in this pack has been shaped by what schools and families have told us.")
P(d, "The walk aims to raise the achievement of pupils with SEN and disabilities and to improve their well-being: that they "
     "are healthy, stay safe, enjoy and achieve, make a positive contribution and achieve economic well-being. Every Mile "
     "starts from a child in a real school, and every Checkpoint is done in the walker's own school with their own pupils, so "
     "that what walkers learn changes what happens for children. Walk Leaders update the readings each summer from recent "
     "research, Ofsted reports and new guidance; this year walkers read Special educational needs and disability: towards "
     "inclusive schools (Ofsted, 2004), Inclusion: does it matter where pupils are taught? (Ofsted, 2006), Removing Barriers "
     "to Achievement (DfES, 2004) and the Bercow Review (2008).")
P(d, "The name Moonlight Award was chosen by our Young Voices group, eight children and young people who use the hospice "
     "and who advise us on everything we do. They also walk the step-free Lantern Route of the Moonlight Walk with us each year.")

text_box(d, [("Top tip!", True),
             ("Many walkers find their headteacher becomes their biggest sponsor. Why not invite yours to the Finish Line?", False)],
         height_pt=55, fill="#DEEBF7")

d.add_heading("Your route at a glance", level=1)
P(d, "The walk starts once a year, in October, and the Miles are walked in order. Each Mile is walked on a Tuesday evening "
     "from 4.30 to 8.30 at the hospice, with supper, and walked again on the Saturday morning after, from 9.00 to 1.00, for "
     "walkers who cannot come on the Tuesday.")
table(d, [["Mile", "When", "What you walk through"],
          ["Mile 1: Setting off", "October", "The SEN Code of Practice (2001) and how to put it into practice; SENDA 2001 and the Disability Discrimination Act 2005, the disability equality duty and what it asks of schools; Every Child Matters and the SENCO's part in the five outcomes; current government policy and initiatives on SEN."],
          ["Mile 2: Every child's ground", "November", "How children develop and how SEN, disability, illness and home affect development; the common kinds of SEN (behavioural, emotional and social difficulties, dyslexia and other specific learning difficulties, speech, language and communication needs, autism, moderate learning difficulties) and how each affects learning; best practice and research in meeting SEN."],
          ["Mile 3: Walking with families", "January", "Working in partnership with parents and carers, advising and supporting them, and listening to them; fair and respectful relationships with pupils and families; parents from our Parents' Circle lead the second half. A short session from our Young Voices group about what it is like to be asked."],
          ["Mile 4: Finding the way", "February", "Identifying pupils who may have SEN; setting challenging targets, planning interventions and reviewing progress; using national tests and other summative assessments to track progress and change programmes; provision mapping; approaches, resources and ICT for teaching and assessment; other professionals' assessments; making sound decisions."],
          ["Mile 5: Many hands", "March", "Health, social care, the educational psychology service, the sensory support service and voluntary organisations, including the hospice: what each does and how to get specialist help and resources; working in partnership with them; advising and collaborating with colleagues beyond the school."],
          ["Mile 6: Leading the walk", "April", "Influencing with senior colleagues and governors an inclusive ethos, policy, priorities and resources; gaining the commitment of colleagues and the headteacher; deploying and managing teaching assistants; coaching, mentoring, observation and feedback, and leading training; helping teachers to use formative assessment with pupils with SEN; managing time and delegating; reviewing provision with staff."],
          ["Mile 7: The last mile", "May", "Using research and outside advice to improve your own and colleagues' practice; keeping up to date and owning your professional development; speaking and writing for different audiences; preparing for the Finish Line."],
          ["Host Day", "Between Miles 3 and 5", "A day in the hospice's school room or at Fellside Special School, with observation tasks set by the Walk Leaders and a Marshal to talk them through."],
          ["The Finish Line", "June", "Presentations, the Walker's Card and the Medal evening."]],
      widths=[3.8, 2.6, 10.6])

d.add_heading("What a Mile looks like", level=2)
P(d, "Walkers arrive from 4.15 for tea in the Lantern Room, the hospice's teaching room, which looks over the garden. Each Mile "
     "begins with the Lantern, a story from one of our families or schools, told with their permission, which sets the question "
     "for the evening. A Walk Leader then teaches the main session, with time to try ideas out in pairs on pupils from walkers' "
     "own schools. After supper a Marshal or a visiting speaker leads the second session, and the evening ends with walkers "
     "writing down one thing they will do in school before the next Mile and sharing it with the person next to them. The "
     "Saturday morning walk follows the same plan, without the supper.")
P(d, "On the Host Day each walker spends a full school day in the hospice's school room, where our teacher works with children "
     "during short breaks, or at Fellside Special School, watching how staff plan for pupils with complex needs, talking with a "
     "Marshal about what they saw, and writing up the observation tasks for their Buddy.")

d.add_heading("Your training plan", level=1)
P(d, "Between Miles you work in your own school. Your Buddy, an experienced SENCO from a nearby school, meets you at least once "
     "between each pair of Miles, in person or by telephone, and helps you with the Checkpoint tasks.")
rows = [["Week", "What to do", "Who with"],
        ["OCTOBER - DECEMBER", "", ""],
        ["After Mile 1", "Read your school's SEN policy and accessibility plan against the law; start the Checkpoint 1 task", "Your Buddy and SENCO colleagues"],
        ["After Mile 2", "Hand in Checkpoint 1; choose the pupil for Checkpoint 2 and ask the family's consent", "Your Buddy; the pupil's parents"],
        ["JANUARY - MARCH", "", ""],
        ["After Mile 3", "Meet the pupil's parents and professionals; gather assessments and set targets", "Parents, class teacher, outside professionals"],
        ["After Mile 4", "Review the pupil's progress; hand in Checkpoint 2; draft your school's provision map", "Your Buddy; teaching assistants"],
        ["After Mile 5", "Agree the Checkpoint 3 change with your headteacher", "Your headteacher"],
        ["APRIL - JUNE", "", ""],
        ["After Mile 6", "Lead the change; coach a colleague; report to governors; hand in Checkpoint 3", "Colleagues, governors, your Buddy"],
        ["After Mile 7", "Prepare your Finish Line presentation and commentary", "Your Buddy"]]
tt = table(d, rows, widths=[3, 9, 5])
for i in (1, 4, 8):
    merge_row(tt, i, text=rows[i][0], fill="1F3864")
    for r in tt.cell(i, 0).paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

d.add_heading("Checkpoints", level=1)
P(d, "There are three Checkpoints and the Finish Line. Each Checkpoint is a piece of written work about your own school, "
     "stamped (marked) against the University's Level 7 criteria.")
d.add_heading("Checkpoint 1: Know the ground (3,000 words, after Mile 2)", level=2)
P(d, "A critical account of your school's SEN policy and accessibility plan against the Code of Practice, the disability "
     "equality duty and Every Child Matters, and what you would change and why. Stamped on your understanding of the law and "
     "guidance and how to put them into practice in your school.")
d.add_heading("Checkpoint 2: A child's path (4,000 words, after Mile 4)", level=2)
P(d, "A study of one pupil: how their SEN was identified, their development and the kind of SEN they have, the targets you set "
     "and the interventions you planned, how you used national test results and other summative assessments to track their "
     "progress and adjust the programme, how you worked with the pupil's parents and with other services and agencies, and the "
     "decisions you made and why, drawing on best practice and research. Stamped on each of these.")
d.add_heading("Checkpoint 3: Leading the way (4,000 words, after Mile 6)", level=2)
P(d, "A change you lead in your school: your provision map and the provision it shows is missing or not working; how you worked "
     "with senior colleagues and governors on ethos, policy and resources; how you deployed teaching assistants; how you coached "
     "or mentored a colleague and led training, including helping teachers to use formative assessment with pupils with SEN; how "
     "you used research and outside advice; how you managed your time and delegated; and what difference the change made to "
     "practice in the school. Stamped on each of these.")
d.add_heading("The Finish Line", level=2)
P(d, "A fifteen-minute presentation to two Walk Leaders and your Buddy about what you have learned, with questions, and a "
     "1,000-word commentary on your own professional development and how you keep up to date. Stamped on how clearly you speak "
     "and write, how well you listen to and answer questions, and your commentary.")
P(d, "Checkpoints are stamped by the Walk Leader who led that Mile. How marks are moderated is still being agreed with the University.")

d.add_heading("Your Walker's Card", level=1)
P(d, "Your Walker's Card is laid out like our sponsorship form. Each sponsor line is one of the things the Award asks you to be "
     "able to do. Walked at says which Mile works on it; Stamped at says which Checkpoint marks it. Pledged only means the line "
     "is promised on the walk, and talked about on that Mile, but no Checkpoint stamps it. At Mile 1 you rate yourself against "
     "every line (the Warm-up) and share it with your Buddy.")
card = [["Sponsor line", "Walked at", "Stamped at", "Warm-up (1-4)"],
        ["Relationships with pupils with SEN and their parents that are fair, respectful and supportive", "Mile 3", "Checkpoint 2", ""],
        ["Gaining the commitment of colleagues, the headteacher and senior leaders", "Mile 6", "Pledged only", ""],
        ["Prioritising, managing time and delegating", "Mile 6", "Checkpoint 3", ""],
        ["Anticipating and solving problems; sound decisions about provision", "Mile 4", "Checkpoint 2", ""],
        ["Speaking and writing clearly; listening to and understanding others", "Mile 7", "Finish Line", ""],
        ["Using research and outside advice to improve practice", "Mile 7", "Checkpoint 3", ""],
        ["Keeping up to date and owning your development", "Mile 7", "Finish Line", ""],
        ["The law and guidance on SEN, including the Code of Practice", "Mile 1", "Checkpoint 1", ""],
        ["Every Child Matters and the SENCO's part in it", "Mile 1", "Checkpoint 1", ""],
        ["Disability equality law and the actions it requires", "Mile 1", "Checkpoint 1", ""],
        ["How children develop and what affects development", "Mile 2", "Checkpoint 2", ""],
        ["The common kinds of SEN and disability and their effect on learning", "Mile 2", "Checkpoint 2", ""],
        ["Approaches, strategies and resources for assessment and teaching, including ICT", "Mile 4", "Pledged only", ""],
        ["Best practice and research in meeting SEN", "Mile 2", "Checkpoint 2", ""],
        ["Other services and agencies, and getting specialist support", "Mile 5", "Checkpoint 2", ""],
        ["Shaping an inclusive ethos, policy, priorities and resources with senior colleagues and governors", "Mile 6", "Checkpoint 3", ""],
        ["Identifying pupils, setting targets, planning interventions, reviewing progress", "Mile 4", "Checkpoint 2", ""],
        ["Using assessments from other professionals to shape teaching", "Mile 4", "Pledged only", ""],
        ["Using national tests and summative assessment to track progress", "Mile 4", "Checkpoint 2", ""],
        ["Helping other teachers to use formative assessment with pupils with SEN", "Mile 6", "Checkpoint 3", ""],
        ["Provision mapping; finding missing or ineffective provision", "Mile 4", "Checkpoint 3", ""],
        ["Deploying and managing staff", "Mile 6", "Checkpoint 3", ""],
        ["Supporting colleagues' development: observation, feedback, coaching, mentoring, training", "Mile 6", "Checkpoint 3", ""],
        ["Reviewing with staff how well provision works", "Mile 6", "Pledged only", ""],
        ["Making sure pupils take part in planning and reviewing their provision", "Mile 3", "Pledged only", ""],
        ["Working with parents and carers", "Mile 3", "Checkpoint 2", ""],
        ["Working in partnership with other services and voluntary organisations", "Mile 5", "Checkpoint 2", ""]]
wc = table(d, card, head_fill="F4B183", widths=[9.5, 2.2, 3, 2.3])
for i, r in enumerate(card):
    if r[2] == "Pledged only":
        shade(wc.cell(i, 2), "D9D9D9")

d.add_heading("Meet your Walk Leaders, Buddies and Marshals", level=1)
P(d, ("Walk Leaders. ", "b"), "Joanne Pryor leads the walk with Dev Mistry, our Schools Liaison Lead, and Dr Alison Hargreave "
  "from the University of Cawthorne. Our Walk Leaders have walked this road themselves: between them they have more than forty "
  "years with children with SEN and their families. Walk Leaders meet with the University's link tutor at the start of each "
  "term to go over their roles, the Checkpoint criteria and the walk so far.")
P(d, ("Buddies. ", "b"), "Every walker has a Buddy, an experienced SENCO from a nearby school. Every Buddy comes to a Buddy "
  "Briefing evening in September and is given the Buddy Handbook, which sets out what a Buddy does at each stage, how often to "
  "meet, what help to give with Checkpoints and what not to do, and who to call if a walker is struggling.")
P(d, ("Marshals. ", "b"), "Marshals are the hospice's specialist staff, who teach on the Miles and support the Host Day: a "
  "paediatric palliative care nurse specialist, a clinical psychologist, a speech and language therapist, a play specialist, our "
  "family bereavement counsellor and, on Mile 5, a teacher from Cawthorne's sensory support service.")

d.add_heading("Kit list", level=1)
for k in ["a notebook and a folder for your Walker's Card",
          "your school's SEN policy, accessibility plan and SEN register (anonymised)",
          "the reading pack we give you at Mile 1",
          "your University library card, once your registration is through",
          "something warm: the Lantern Room gets cold after dark"]:
    P(d, k, style="List Bullet")

d.add_heading("Safety on the night", level=1)
P(d, "Everyone can walk. When you book, we ask whether you have a disability or any need that affects how you take part, and "
     "Joanne Pryor agrees reasonable adjustments with you before Mile 1: the whole building is step-free, the Lantern Room has a "
     "hearing loop, handouts come in large print or by email, a BSL interpreter can be booked, and extra time or a different form "
     "for a Checkpoint is agreed through the University's disability service. We meet our duties under the Disability "
     "Discrimination Act 2005 and the University's equality and diversity policy, and Miles are not set on major religious festivals.")

d.add_heading("Terms and Conditions of Entry", level=1)
for tc in ["Walkers must hold Qualified Teacher Status and be the SENCO, or about to become the SENCO, in a school in England.",
           "Your headteacher must sign the Headteacher's Support Form, agreeing the time for Buddy meetings, the Host Day and the Checkpoint tasks.",
           "Before a place is confirmed, a Walk Leader holds a Route Check with you by telephone, to make sure your experience and knowledge mean you can benefit from the walk and reach its sponsor lines; where they do not yet, we suggest what to do first.",
           "You must hold a current enhanced CRB disclosure. We check the disclosure number and date ourselves before Mile 1, and ask for a new check if it is more than three years old.",
           "Walkers who already hold Master's credits in SEN may ask the University to count up to 20 of them towards the Award through its APL procedure, and experience can be put forward through an APEL portfolio, which the University assesses.",
           "The entry fee is 650 pounds. The hospice pays half the fee for any school that has a child known to Hollin Vale on roll.",
           "If you are ill or bereaved during the walk, you may pause and rejoin the next year's walk at the same Mile."]:
    P(d, tc, style="List Number")

d.add_heading("Frequently asked questions", level=1)
faqs = [("Is there an online version?", "No. Every Mile is walked together, face to face, and there is no online part of the course."),
        ("Can I skip the Miles and just do the Finish Line?", "No. Every walker walks the Miles. Our friends at St Bride's Hospice in Carnforth offer an Express Finish for SENCOs with long experience, and we are happy to pass on their details."),
        ("Do I have to pass the Checkpoints to get my Medal?", "The Checkpoints are there to help you. Every walker who has walked at least six of the seven Miles and hands in a completed Walker's Card at the Finish Line receives the Medal, which is the University's certificate for the Award."),
        ("Can I change my pace?", "Everyone walks the same route and stops at the same Checkpoints, so that we all arrive together. Your Buddy will help you with the sponsor lines you rated lowest at the Warm-up."),
        ("How do I know the walk is any good?", "See How we know the walk is working, below.")]
for q, a in faqs:
    P(d, ("Q: " + q, "b"))
    P(d, "A: " + a)

d.add_heading("How we know the walk is working", level=1)
P(d, "After every Mile each walker fills in a Moon Card, our short evaluation form, and the Walk Leaders read them before the "
     "next Mile. The Route Committee, two headteachers, two parents from our Parents' Circle, a walker from the previous year and "
     "Cawthorne's SEN adviser, meets each term to review the Moon Cards, the Checkpoint results and the Buddies' reports, and "
     "agrees what to change. The University reviews the course each year through its annual monitoring, and appoints an external "
     "examiner, who reports each year on the course.")
P(d, "We count how many walkers reach the Finish Line and ask each walker at the Warm-up and again at the Finish Line how "
     "confident they feel against each sponsor line. We do not yet measure anything in the progress of pupils in walkers' schools.")
P(d, "The walk costs less than most courses because the hospice gives the Lantern Room, suppers and Marshals' time free, and "
     "because walkers learn in their own schools with a Buddy who knows them.")

d.add_heading("After the Finish Line", level=1)
P(d, "In the 2008 taster every walker left with a Next Steps card agreed with their Walk Leader. This year we hope you will "
     "keep walking: come back next year as a Buddy, or walk with us in the Moonlight Walk itself!")
text_box(d, [("Top tip!", True),
             ("Keep your Walker's Card. Many walkers pin it up in the staff room as a reminder of how far they have come.", False)],
         height_pt=55, fill="#DEEBF7")

d.add_heading("Entry form", level=1)
P(d, ("Please complete in black ink and return to the Family Support and Education Team, Hollin Vale Children's Hospice, "
      "Ridgeway, Cawthorne CW3 9LP.", "gi"))
table(d, [["Name", ("[Your name]", "g")],
          ["School", ("[School name and address]", "g")],
          ["DfES number", ""],
          ["Role", ("[SENCO / about to become SENCO]", "g")],
          ["CRB disclosure number and date", ""],
          ["Preferred walking day", ("[Tuesday evening / Saturday morning]", "g")],
          ["Any adjustments you need", ""],
          ["Signed", ""],
          ["Headteacher's signature", ""]], head_fill=None, bold_head=False, widths=[6, 11])

d.save(OUT)
print(OUT, word_count(OUT))
