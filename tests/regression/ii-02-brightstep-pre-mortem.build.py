"""ii-02-brightstep-pre-mortem

Provider (invented): the Brightstep Trust, a national charity for children with
ADHD and their families (the Brightstep Parent Helpline and Brightstep Schools
Training), with Aldermere University, which validates and awards the credit.
February 2009.

Document kind and layout: the record of a pre-mortem workshop (3 February 2009)
in which helpline advisers, schools trainers, the University, two heads, a
parent and an LA officer imagined that the first year of the Brightstep SENCO
Award had failed and wrote why; sent whole, with Part 2 added for the panel.
A front-sheet field table with merged, shaded cells; a text box of the
facilitator's rules for the day; fifteen "failure stories" F1-F15, each a
two-column table with a merged, shaded title row and rows "The story (as
written on the day)", "Raised by", "Votes", "What we have done since",
"Status" (Fixed, Partly fixed, In hand, Watching, Not acted on). Part 2: the
Workshop Days W1-W6, Twilight Circles, the three assessed Pieces (A Provision
Audit, B Action Enquiry, C Practice Portfolio), the award rule, and an outcome
table "What the SENCO can do | Where we teach it | How we judge it". Header
and footer, tracked changes, comments. No e-learning (3.3 not applicable).

Traps (requirement ids):
- The failure stories are imagined failures written on the day ("Nobody
  checked...", "It was only 30 credits"), never arrangements: only "What we
  have done since" carries arrangements (5.3, E.2, 3.3 and others).
- Prior learning: a sentence allowing up to 20 credits is a tracked deletion,
  and the text says "we do not accredit it" (2.1 not met).
- Direct Assessment route exists (2.3 met).
- Research only in general terms in the response to F7 (1.3 partially met).
- Equality only a commitment plus step-free venues (3.1 partially met).
- One start a year, fixed order, status "Watching" (3.2 partially met); the
  online forum was dropped, so there is no e-learning (3.3 not applicable).
- Resources only "a good range of materials" (5.6 partially met).
- Moderation "to be agreed with the University" (In hand), and a comment; the
  footer claims moderation (5.8 partially met).
- F14, teaching assistants' deployment: "Not acted on" (6.S4 not met).
- Child development deliberately left out (6.K4 not met); formative assessment
  row "[to be written]" (6.S2c not met).
- Taught but not judged (6.K3, 6.S2d, 6.S9), judged only by the unmarked
  Learning Journal (6.K7, 6.S5), judged but not taught (6.A3, 6.S2b): partially
  met. So not every outcome is assessed (1.9 partially met), though the award
  rule requires all (6.0 met).
- A comment doubts F14's status; comments never count.
"""
from pathlib import Path
from _ii_helpers import *

HERE = Path(__file__).resolve().parent
NAME = "ii-02-brightstep-pre-mortem"
d = new_doc("Arial", 10)
header_footer(d, "Brightstep Trust | Pre-mortem record: SENCO Award | Not for circulation beyond the Board and the TDA",
              "Brightstep Trust, registered charity. Assessments are moderated by the University's external examiner.")

para(d, "BRIGHTSTEP TRUST", bold=True, size=16, color="7030A0")
para(d, "Parent Helpline | Schools Training", italic=True)
para(d, "Pre-mortem: the Brightstep SENCO Award", style="Title")

ft = table(d, [["Record of a pre-mortem workshop", ""],
               ["Date", "Tuesday 3 February 2009, 10.00 to 3.00, Brightstep House, Leverton"],
               ["Facilitator", "Grace Odunsi, Head of Quality"],
               ["Taking part", "Three Parent Helpline advisers; four Schools Training trainers; Dr Paul Verity and Ann Lusk (Aldermere University); two headteachers (Mill Lane Primary, Castle Rise School); a parent of a child with ADHD from our parents' reference group; Jo Harding, SEN officer, Leverton County Council"],
               ["Status of this record", "Typed up from the wall and the facilitator's notes; \"What we have done since\" added by the course team, 20 February 2009"],
               ["Sent to", "The Board of Trustees; the TDA, as our application, with Part 2 added"]],
           widths=[4, 12], header_fill=None, bold_header=False)
merge_row(ft, 0, "Record of a pre-mortem workshop", fill="D9C3E9")

para(d, "")
para(d, "What a pre-mortem is", style="Heading 1")
para(d, "A post-mortem tells you why something died. A pre-mortem is done before you start: everyone imagines that the project has already failed and writes down why. It gets the worries out while there is still time to do something about them, and it lets the quietest person in the room say what the loudest would rather not hear. We used it on our SENCO course because the Trust has never run an accredited course before.")
para(d, "The brief given to the room was: \"It is July 2010. The first year of the Brightstep SENCO Award has ended, and it has been a failure. In five minutes, write the story of why it failed.\" Stories were read out, grouped, and voted on with three dots each. Fifteen stories survived the grouping. Each is below, in the words written on the day, with what the course team has done since and where it stands.")
para(d, "Two pieces of evidence were on the wall all day. The Parent Helpline analysed its 2,460 calls from parents about school in 2007-08: in a third the parent said the school had not talked to them before deciding on their child's provision, and in a fifth the school had not asked the child. Schools Training surveyed 164 SENCOs and headteachers in Leverton in November 2008: new SENCOs wanted most help with the law, with leading colleagues and with showing that provision works, and heads wanted a course that changed practice in their own school rather than one that took SENCOs away from it. The stories below, and what we have done about them, draw on both.")
text_box(d, ["Rules for the day (on the flipchart)",
             "1. The failure has happened. Do not argue that it won't.",
             "2. Write the story, not the solution.",
             "3. No one defends their own area until the afternoon.",
             "4. Three dots each. Use them."], fill="EDE4F5", width_cm=12, height_cm=3.2)

para(d, "Part 1: The failure stories", style="Heading 1")

stories = [
    ("F1", "\"Nobody came\"",
     "We advertised in the summer term, schools had already planned their budgets, and the course started with nine people. Heads couldn't see why they should pay a charity.",
     "A head; a trainer", "9",
     "Recruitment now opens in February for an October start, through the Helpline's schools mailing, the Schools Training newsletter and Leverton's and two neighbouring councils' SENCO networks. The fee is £1,200, about £500 less than the nearest university certificate, because Workshop Days are held in council centres at no charge and Twilight Circles in participants' schools. The Trust funds six bursary places. Every applicant's headteacher signs a nomination agreeing to release them for six Workshop Days and to act as their workplace sponsor.",
     "Fixed"),
    ("F2", "\"It was only 30 credits and the University wouldn't put its name on it\"",
     "The University never validated it in time, so participants got a Trust certificate and no credit.",
     "University", "6",
     "Aldermere University validated the Award at its event on 21 January 2009, and the one condition has been met. It is a Postgraduate Certificate of 60 credits at Level 7, awarded by the University.",
     "Fixed"),
    ("F3", "\"The wrong people were on the course\"",
     "Some weren't SENCOs and never would be; one had never taught a child with SEN; and nobody checked whether any of them should be in schools at all.",
     "Helpline adviser; LA officer", "11",
     "Applicants must be qualified teachers who are SENCOs or will be within a year, confirmed by the headteacher's nomination. The programme leader reads every application against a checklist of the outcomes and interviews, by phone, any applicant with less than a year's experience with pupils with SEN. An applicant who is not ready is told in writing what to do first (usually the Trust's two-day Foundations in SEN) and the programme leader agrees it with the headteacher. Before a place is confirmed, the course administrator records the date and number of the applicant's enhanced CRB disclosure from the school's single central record, confirmed in writing by the headteacher, together with the headteacher's confirmation that the List 99 check was made; an applicant who has not worked in a school in the past three months must obtain a new enhanced disclosure through the University before starting.",
     "Fixed"),
    ("F4", "\"The experienced ones were bored and the new ones were lost\"",
     "Everyone did the same thing at the same pace. A SENCO of ten years sat through the Code of Practice again.",
     "Trainer", "8",
     "Before Workshop Day 1 each participant has a Starting Conversation with their tutor, using a self-assessment against every outcome in Part 2 and the headteacher's view. From it the tutor and participant write an Individual Learning Plan that sets the participant's own targets for each outcome, the Workshop sessions they will concentrate on and the focus of their Action Enquiry. The Plan is reviewed at each Twilight Circle.\nA SENCO who already meets the outcomes may take Direct Assessment: they submit Pieces A, B and C without attending the Workshop Days, with two tutorials, and the same marking and award rule apply. The fee is £600.",
     "Fixed"),
    ("F5", "\"Parents weren't in it\"",
     "A course run by a parents' charity that taught SENCOs to write letters to parents.",
     "Parent", "12",
     "Workshop Day 2 is taught with two Parent Helpline advisers, who bring anonymised calls from parents about school. Participants practise a review meeting with a parent from our reference group. Piece B requires the participant to involve the parents of the pupils in their enquiry and to report what the parents said. The parents' reference group reads the end-of-course evaluations each summer and sends its comments to the Steering Group.",
     "Fixed"),
    ("F6", "\"The children weren't in it either\"",
     "We talked about the pupils for a year and never asked one.",
     "Helpline adviser", "7",
     "On Workshop Day 2 the Trust's Young Advisers, young people with ADHD aged 13 to 18, run a session on how to ask children what they think, and participants practise it with them. In Piece B each participant must interview the pupils in their enquiry about their targets and provision and show how the pupils helped set and review them.",
     "Fixed"),
    ("F7", "\"It was all ADHD\"",
     "Participants went home knowing a lot about one condition and not much about the law or the rest of SEN.",
     "A head; University", "10",
     "Workshop Day 1 covers the SEN Code of Practice, the Education Act 1996 as amended, Removing Barriers to Achievement, Every Child Matters and the Disability Discrimination Act 1995 as amended in 2005. Workshop Day 3 covers the common types of SEN: behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, language and communication needs, autistic spectrum disorders, moderate learning difficulties, and ADHD among them. The content draws on current research.",
     "Fixed"),
    ("F8", "\"Nothing changed in school\"",
     "They wrote essays, got their certificates, and the children in their schools were exactly where they had been.",
     "LA officer", "13",
     "The main Piece is now the Action Enquiry, carried out in the participant's own school over two terms: the participant identifies a group of pupils, sets targets, plans and leads an intervention with colleagues, and reviews it, with baseline and end measures of the pupils' progress and well-being. The Provision Audit (Piece A) is also done in the participant's own school. Each participant spends one placement day in a special school or a CAMHS school-liaison clinic, arranged by the Trust, and reports on it in their Portfolio.",
     "Fixed"),
    ("F9", "\"A disabled participant couldn't take part\"",
     "One participant was deaf and nobody had booked an interpreter; another, with ADHD herself, couldn't get through a six-hour day.",
     "Trainer", "5",
     "Brightstep is committed to equality and welcomes participants of every background. All three Workshop venues have step-free access.",
     "Partly fixed"),
    ("F10", "\"Teachers in the north of the county couldn't get there\"",
     "Everything was in Leverton, on fixed days, starting once a year.",
     "A head", "6",
     "Twilight Circles meet in four areas of the county and participants choose theirs. We dropped the online discussion forum that was proposed, because the Helpline advisers said parents and teachers would not use it; the course has no online element. The course runs once a year from October in a fixed order.",
     "Watching"),
    ("F11", "\"The tutors were out of their depth\"",
     "Our trainers are brilliant in a staffroom, but they had never marked at masters level.",
     "University", "9",
     "The programme leader, Dr Nia Pryce, was a SENCO for eight years and holds a PhD on ADHD in secondary schools. The four tutors are all former SENCOs or specialist teachers with masters degrees in SEN and deliver the Trust's school training each term. Aldermere tutors co-teach Workshop Days 4 and 5. Every tutor and every headteacher sponsor attends a half-day induction on their role, and receives the Tutor and Sponsor Handbook, which sets out who does what, the marking criteria and the timetable; tutors new to masters marking are paired with an Aldermere tutor for their first round. A clinical psychologist from the Leverton ADHD service, an educational psychologist and the Council's multi-agency team contribute to Workshop Days 3 and 5. Participants can use a good range of materials.",
     "Fixed"),
    ("F12", "\"Nobody could show it had worked\"",
     "We had happy sheets and nothing else.",
     "Head of Quality", "8",
     "Each Workshop Day and Twilight Circle is evaluated on paper; the Steering Group (programme leader, University, Leverton Council, a headteacher, a parent from the reference group) reads the evaluations, the marks and the external examiner's report each term and records what it will change, and the University's annual monitoring reviews the course. Participants rate their confidence against the outcomes at the Starting Conversation and again at the end. The baseline and end measures from every Action Enquiry are collected into an annual impact summary of pupils' progress and well-being, which the Steering Group reads alongside the Helpline's record of calls from parents in participants' schools.",
     "Fixed"),
    ("F13", "\"Nobody knew what they would be marked on, and the marks were all over the place\"",
     "Two tutors gave the same essay a fail and a merit.",
     "Trainer", "7",
     "Each Piece has published criteria tied to the outcomes in Part 2. Every Piece is marked by the tutor and a sample of a quarter is second-marked. Moderation is to be agreed with the University's Partnership Office.",
     "In hand"),
    ("F14", "\"Teaching assistants were left to fend for themselves\"",
     "The SENCOs learned everything except how to organise the twelve TAs they actually manage.",
     "A head", "4",
     "The group felt this belongs to the Council's teaching assistant training and the course team has not added it.",
     "Not acted on"),
    ("F15", "\"They stopped learning the day it ended\"",
     "A certificate, a handshake and goodbye.",
     "Helpline adviser", "6",
     "The last Twilight Circle is \"Next Steps\": each participant drafts a professional development plan for the next two years, using a planning sheet the Trust provides, to take to their performance management review, and hears about the University's MA and the Trust's network for SENCOs. Piece C asks each participant to show how they keep up to date and plan their own development.",
     "Fixed"),
]
for code, title, story, who, votes, done, status in stories:
    st = table(d, [["", ""], ["The story (as written on the day)", story], ["Raised by", who], ["Votes", votes],
                   ["What we have done since", done], ["Status", status]],
               widths=[4, 12], header_fill=None, bold_header=False)
    merge_row(st, 0, f"{code}  {title}", fill="D9C3E9")
    if code == "F14":
        comment(d, st.cell(5, 1).paragraphs[0], "Really? Heads will ask about TAs on day one. Can we revisit? (CR)", "Carol Rhodes (Mill Lane Primary)", "CR")
    if code == "F13":
        comment(d, st.cell(4, 1).paragraphs[0], "Partnership Office says moderation panel will be set up 'in the spring' - no date yet.", "Ann Lusk", "AL")
    if code == "F4":
        p = st.cell(4, 1).add_paragraph()
        tracked(p, "Participants may claim up to 20 credits for prior learning under the University's regulations.", "del", "Dr P. Verity")
        st.cell(4, 1).add_paragraph("The University's rules do not allow credit for prior learning towards this Award, so we do not accredit it.")
    para(d, "")

para(d, "What the afternoon decided", style="Heading 2")
para(d, "In the afternoon each area answered the stories that touched it. The room agreed that the stories with most dots (F8, F5 and F3) had to be fixed before the University's validation event, and they were. It agreed that F9 and F10 were the stories most likely to come true in the first year and asked the course team to keep them in front of the Steering Group. The headteachers said that they would judge the course by whether their SENCO came back able to do the job, not by the certificate, and that they would tell other heads. The parent from our reference group said that she had never before been asked what could go wrong with something before it happened, and that she would like to be asked again. We will run a second pre-mortem before the second cohort starts, with participants from the first in the room.")
para(d, "Part 2: The Award as it now stands (added for the panel)", style="Heading 1")
para(d, "2.1 Aims. The Brightstep SENCO Award aims to raise the achievement and improve the well-being of children and young people with SEN and disabilities, in all five Every Child Matters outcomes, by developing SENCOs who lead provision in their schools, listen to pupils and work with parents, colleagues and other services. Every Piece is judged on the difference the participant's work makes for pupils.")
para(d, "2.2 Workshop Days and Twilight Circles. Six Workshop Days (W1 to W6) run from October to June at council centres, and four two-hour Twilight Circles, led by a tutor, meet between them in participants' schools in four areas of the county.")
table(d, [["Day", "Content"],
          ["W1 Law, Policy and the SENCO", "The Code of Practice and the law; Every Child Matters; the disability equality duty and the school's Disability Equality Scheme; the SENCO's strategic role with the head and governors."],
          ["W2 Families and Children", "Working with parents (with Helpline advisers); review meetings; how to ask children what they think (with the Young Advisers)."],
          ["W3 Knowing the Needs", "Types of SEN; identification using observation and data; targets and IEPs; using reports from other professionals; access arrangements for national tests and examinations."],
          ["W4 Teaching and Provision", "Approaches, strategies and resources including ICT; provision mapping; what research says works; coaching, observing and giving feedback to colleagues."],
          ["W5 Leading and Reviewing", "Winning the commitment of the head and colleagues; reviewing provision with staff; school self-evaluation and the SEF; working with other agencies and voluntary organisations."],
          ["W6 Presenting the Enquiry", "Participants present their Action Enquiry and answer questions from tutors and sponsors."]],
      widths=[4.5, 11.5])
para(d, "")
para(d, "2.3 The three Pieces. Piece A, the Provision Audit (4,000 words, 20 credits), audits the school's provision against the law, Every Child Matters and the school's provision map, with recommendations to the head and governors. Piece B, the Action Enquiry (6,000 words, 30 credits), is described under F8. Piece C, the Practice Portfolio (10 credits), holds evidence from the participant's work over the year with the headteacher sponsor's written testimony and the W6 presentation. Each participant also keeps a Learning Journal, which tutors read at Twilight Circles; the Journal is not marked.")
para(d, "2.4 The award. A participant is awarded the Certificate only when all three Pieces are passed and the Outcome Record, completed by the tutor and checked by the second marker, shows every national minimum outcome as achieved. There is no compensation between Pieces; a failed Piece may be resubmitted once.")
para(d, "2.5 The outcomes.")
rows = [["What the SENCO can do", "Where we teach it", "How we judge it"]]
groups = [
    ("Professional attributes", [
        ("Build fair, respectful and supportive relationships with pupils with SEN and their parents", "W2", "Piece B"),
        ("Gain the commitment of colleagues, the head and senior leaders", "W5", "Piece C (sponsor testimony)"),
        ("Prioritise, manage time and delegate well", "-", "Piece C"),
        ("Anticipate and resolve problems; make sound decisions on provision", "W6", "Piece B"),
        ("Speak and write clearly; listen to others", "W6", "Pieces A and C"),
        ("Use research and outside advice to improve practice", "W4", "Piece B"),
        ("Keep up to date and take charge of their own CPD", "Next Steps Circle", "Piece C"),
    ]),
    ("Knowledge and understanding", [
        ("The law and guidance on SEN, including the Code of Practice", "W1", "Piece A"),
        ("Every Child Matters and the SENCO's part in it", "W1", "Piece A"),
        ("Disability equality law and what it requires", "W1", "-"),
        ("The common types of SEN and how they affect learning", "W3", "Piece B"),
        ("Approaches, strategies and resources, including ICT", "W4", "Pieces A and B"),
        ("School self-evaluation and improvement for SEN", "W5", "Learning Journal"),
        ("Best practice and research on SEN", "W4", "Piece B"),
        ("What external agencies do and how to get their help", "W5", "Piece A"),
    ]),
    ("Professional skills", [
        ("Advise the head and governors on inclusive policy, priorities and resources", "W1", "Piece A"),
        ("Identify pupils with SEN, set targets, plan interventions and review progress", "W3", "Piece B"),
        ("Use other professionals' assessments in planning teaching", "W3", "Piece B"),
        ("Use summative data and national tests to track progress and adjust provision", "-", "Piece B"),
        ("Encourage colleagues' formative assessment", "[to be written]", "[to be written]"),
        ("Identify and arrange access arrangements for tests and examinations", "W3", "-"),
        ("Use provision mapping to find missing or ineffective provision", "W4", "Piece A"),
        ("Support colleagues' development by observation, feedback and coaching", "W4", "Learning Journal"),
        ("Review provision with colleagues for school self-evaluation", "W5", "Piece A"),
        ("Involve pupils in planning and reviewing their provision", "W2", "Piece B"),
        ("Liaise with parents and carers", "W2", "Piece B"),
        ("Work in partnership with other services and voluntary organisations", "W5", "-"),
    ]),
]
layout = []
for g, items in groups:
    layout.append(("G", g))
    rows.append(["", "", ""])
    for it in items:
        layout.append(("R", it))
        rows.append(list(it))
ot = table(d, rows, widths=[9, 3.5, 3.5])
for i, (k, v) in enumerate(layout, start=1):
    if k == "G":
        merge_row(ot, i, v, fill="D9C3E9")
para(d, "")
para(d, "We have left out child development: participants are teachers and studied it in their initial training.")
para(d, "Grace Odunsi, Head of Quality, for the course team. 20 February 2009.", italic=True)

d.save(HERE / f"{NAME}.docx")
