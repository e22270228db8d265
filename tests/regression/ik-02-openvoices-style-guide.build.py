"""ik-02-openvoices-style-guide

Provider (invented): Open Voices, a national charity for children and adults
who stammer, with the University of Pelmouth (Faculty of Education), which
validates "The Open Voices SENCO Award" as a 60-credit Postgraduate
Certificate.  February 2009.

Document kind and layout: the charity's HOUSE STYLE GUIDE for everyone who
writes or speaks about the Award ("Say It Well", edition 2), sent whole under a
short covering letter.  Its chapters are editorial: how to talk about
stammering (a Say / Don't say / Why table), "Our names for things" (a
glossary table of the Award's own terms: Gatherings, Practice Weeks, the three
Pieces, the Journal, the Listening Group, the Award Board), "Facts you may
use" (numbered approved wordings F1-F24 in quotation marks, the only place most
arrangements are stated), "Things we never write" (a Never write / Because
table: the false claims are never evidence, the Because column is), writing for
people who stammer, tone with Right / Wrong example sentences, a short
spelling list, and an appendix "Outcome wording sheet" (Say it like this |
Taught at | Judged in) with merged, shaded band rows.  Heading styles for the
chapters; a "golden rule" text box; header and footer; two Word comments from
the Director; one footnote; tracked changes by the editor (an inserted January
start that counts, a deleted paragraph on prior learning that does not); a
placeholder for moderation.

Traps (requirement ids):
- Values and the charity's beliefs in chapter 1 ("We believe every child ...")
  are not arrangements (1.1 is met elsewhere, in F3).
- "Never write" column: false claims about an assessment-only route, online
  learning, measured gains in pupils' results, the SEF: never evidence.  The
  Because column is the provider's own statement: no assessment-only route
  (2.3 not_met), "There is no e-learning on the Award" (3.3 not_applicable), no
  measure of the Award's effect yet, only hoped for (5.9), the Award
  does not teach school self-evaluation (6.K7 not_met; no row in the sheet).
- Prior learning: the approved fact F9 on credit for prior study and
  experience exists only as a tracked DELETION (2.1 not_met).
- Second start in January only as a tracked INSERTION, which counts (3.2 met).
- Starting Self-Review against the outcomes, but "It is not used to set
  individual targets" (2.2 partially_met).
- Further targets: participants are only "told about the University's MA"
  (2.5 partially_met).
- Adjustments detailed for participants who stammer; participants with other
  disabilities are referred to the University's Disability Service with no
  arrangement of the charity's own (3.1 partially_met).
- Stakeholders deliver (Listening Group, mentors, host schools) but evaluation
  is by participants only: "We do not ask schools, parents or the Listening
  Group to evaluate the Award" (4.3 partially_met).
- Entry: QTS and the role only; "We do not test applicants' knowledge" (5.2
  partially_met).
- Mentors: "we send them this style guide" and nothing else (5.7
  partially_met).
- Moderation: a placeholder "[moderation arrangements to be confirmed with the
  University]"; double marking is real; the Director's comment on moderation is
  not part of the submission (5.8 partially_met).
- Award rule lets the Award Board pass a participant "Nearly there" on one
  Piece (6.0 partially_met: compensation).
- CRB disclosures of participants are checked by the office with the school
  (5.3 met: a concrete system, stated as an approved fact).
- Outcome sheet: commitment of colleagues taught, "Talked about; not judged"
  (6.A2); research "Journal only" (6.A6); disability equality law taught, "not
  judged" (6.K3); formative assessment judged in Piece Two but "Not taught"
  (6.S2c); colleagues' development "Journal only" (6.S5); reviewing provision
  with staff has a row whose cells are "[to follow]" and is taught nowhere
  (6.S6 not_met: placeholder).  With these, 1.9 is partially_met.
- Impact: the Because column says there is "no measure yet" of the Award's
  effect on pupils or participants' confidence, only a hope; quality is
  evaluated (F22) and Piece One reviews one pupil's progress (5.9
  partially_met; 5.1 met).
- A Right / Wrong tone example ("Wrong: We will try to visit your school")
  is about style only.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from _ik_helpers import (cell_text, shade, table, para, runs, ins_run, del_run, deleted_paragraph,
                         inserted_paragraph, text_box, Footnotes, header_footer, comment, word_count)

HERE = Path(__file__).resolve().parent
NAME = "ik-02-openvoices-style-guide"
doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
header_footer(doc, "Say It Well: the Open Voices style guide for the SENCO Award. Edition 2. Internal.",
              "Open Voices, registered charity 1088406. Approved by the Education Committee, 4 February 2009.")

# covering letter
para(doc, "Open Voices, 11 Minster Gate, York YO1 7HL", italic=True)
para(doc, "9 February 2009")
para(doc, "To the approval panel, National Award for SEN Coordination")
para(doc, "Dear colleagues,")
para(doc, "We are sending you our style guide for the Open Voices SENCO Award instead of a separate application. We "
          "wrote it so that everyone who talks or writes about the Award, from our tutors to the person who answers the "
          "telephone, says the same true things in the same way. Chapter 4 holds the approved wording for every fact "
          "about the Award, and the appendix sets out the national outcomes in our words with where each is taught and "
          "judged. The editor's last changes are shown as tracked changes because the Education Committee approved them "
          "on 4 February and we have not had time to accept them into a clean copy.")
para(doc, "Yours faithfully,")
para(doc, "Joanna Kettering, Head of Learning, Open Voices")
doc.add_page_break()

para(doc, "Say It Well", bold=True, size=22)
para(doc, "The Open Voices style guide for the SENCO Award", size=14)
para(doc, "Edition 2, February 2009. For tutors, mentors, office staff, volunteers and anyone who writes or speaks "
          "about the Award on our behalf.", italic=True)

text_box(doc, [
    ("The golden rule", True),
    ("If it is not in Chapter 4, do not say it as a fact. If you are not sure whether something is true, ask the Head of "
     "Learning before you write it. A promise we cannot keep does more harm than a plain \"we don't do that\".", False),
], height="1.0in", fill="#FFF2CC")

doc.add_heading("1. Why we have a style guide", level=1)
para(doc, "We believe every child who stammers, and every child with a special educational need or disability, deserves "
          "a school that listens. We believe that the way adults talk about difference shapes how children see "
          "themselves. These beliefs are why Open Voices exists, and they are why the words we use about the Award "
          "matter. This guide is not a set of rules for their own sake; it is a way of keeping faith with the young "
          "people who trusted us with their stories.")
para(doc, "Use this guide when you write letters, leaflets, web pages, reports, emails or slides about the Award, and when "
          "you speak about it at conferences or on the telephone.")

doc.add_heading("2. Talking about stammering", level=1)
table(doc, [
    ["Say", "Don't say", "Why"],
    ["a child who stammers", "a stammerer; a stutterer; suffers from a stammer", "Put the child first. Stammering is "
     "something a child does, not what a child is."],
    ["moments of stammering; stammered speech", "attacks; fits; episodes", "Medical words make it sound like illness."],
    ["take your time", "slow down; take a deep breath; relax", "Advice like this adds pressure. Give time instead."],
    ["speech and language therapist", "speech therapist; the speech lady", "Use the professional title."],
    ["disabled pupils; pupils with SEN and/or disabilities", "the SEN kids; the disabled",
     "Keep the pupil as the subject of the sentence."],
], header_fill="D9E2F3")
para(doc, "When a young person from the Listening Group has said something in his or her own words, keep those words. "
          "Do not tidy a quotation into adult language.")

doc.add_heading("3. Our names for things", level=1)
para(doc, "The Award has its own vocabulary. Use these names every time, with capitals where shown.")
table(doc, [
    ["Term", "Use it for", "Never call it"],
    ["the Award", "The Open Voices SENCO Award, the course as a whole", "the course; the SENCO training; the programme"],
    ["Gathering", "One of the three two-day taught blocks at our training centre in York or at the University's "
     "Bristol Road site", "module; residential; study day"],
    ["Practice Week", "One of the two weeks of school-based work between Gatherings, described in F6", "placement; "
     "homework week"],
    ["Piece", "One of the three assessed pieces of work: Piece One, Piece Two, Piece Three", "assignment; essay; task"],
    ["the Journal", "The reflective journal each participant keeps all year. It is read, never marked.",
     "portfolio; log; diary"],
    ["the Listening Group", "Our group of young people aged 10 to 18 who stammer or have other communication needs",
     "the kids' panel; service users"],
    ["mentor", "The senior colleague in the participant's own school who meets the participant in each Practice Week",
     "supervisor; line manager"],
    ["the Award Board", "The joint board of Open Voices and the University that decides results", "exam board"],
], header_fill="D9E2F3")

doc.add_heading("4. Facts you may use", level=1)
para(doc, "These are the approved wordings. Quote them as they stand, or shorten them without changing the meaning. Do "
          "not add to them. Each fact has a number so that you can refer to it.")

FACTS = [
    ("F1 The Award", "The Open Voices SENCO Award leads to the National Award for SEN Coordination. It is validated by "
     "the University of Pelmouth as a Postgraduate Certificate, and the University makes the award."),
    ("F2 Credit and level", "The Award carries 60 credits at masters level (Level 7)."),
    ("F3 What the Award is for", "The Award exists to raise the achievement and well-being of children and young people "
     "with SEN and/or disabilities, in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and "
     "achieving, making a positive contribution and achieving economic well-being. Every Gathering has aims written "
     "against these outcomes, and every Piece asks what difference the participant's work has made to named pupils."),
    ("F4 Who it is for", "The Award is for qualified teachers who are SENCOs, or who will become SENCOs within the year, "
     "in any school in England. Applicants need QTS and a letter from the head confirming the role and release. We do "
     "not test applicants' knowledge; anyone with QTS who is a SENCO or about to become one is accepted."),
    ("F5 The Gatherings", "There are three Gatherings of two days each. Gathering 1, Law, Policy and the Child, covers the "
     "SEN Code of Practice, disability equality law and the school's duties, Every Child Matters, current policy "
     "including the Bercow Review (2008), and how children develop. Gathering 2, Knowing and Teaching, covers the common "
     "types of SEN and disability, identification, target setting, intervention and review, using summative data and "
     "national tests, special arrangements for tests and examinations, teaching approaches and ICT, and using the "
     "advice of other professionals. Gathering 3, Leading and Partnering, covers provision mapping, deploying and "
     "managing support staff, working with the head and governors on policy and resources, gaining colleagues' "
     "commitment, coaching and training colleagues, working with parents and "
     "carers, and working with other services and voluntary organisations. Each Gathering draws on recent research and "
     "inspection evidence, including Ofsted's 2006 report Inclusion: does it matter where pupils are taught? and the "
     "University's own studies of communication needs in secondary schools."),
    ("F6 The Practice Weeks", "In Practice Week 1 the participant carries out Piece One in his or her own school. Practice "
     "Week 2 is spent partly in the participant's school and for three days in one of our eleven host settings, which "
     "include two special schools, a language unit, a pupil referral unit and a children's centre. Host settings are "
     "chosen by the Head of Learning and each has agreed a written programme for its visitors."),
    ("F7 The Pieces", "Piece One, A Child's Voice (4,000 words): a study of one pupil, built on the pupil's own views "
     "gathered in ways that suit the pupil, the parents' views and the assessments of at least two other professionals, "
     "ending with targets, an intervention and a review of progress. Piece Two, The Map (5,000 words): a provision map "
     "for the participant's school, with an account of provision found to be missing or not working, the change the "
     "participant led with the head and governors, how support staff were deployed, and how colleagues were helped to "
     "use formative assessment with pupils with SEN. Piece Three, The Spoken Review (30 minutes): the participant talks "
     "with two tutors about what changed for pupils and parents over the year and how, answering questions on the law, "
     "on the common types of SEN and on other agencies."),
    ("F8 Starting Self-Review", "Before Gathering 1 every participant completes a Starting Self-Review, rating his or her "
     "knowledge and experience against each of the national outcomes, and discusses it with a tutor by telephone. It "
     "is not used to set individual targets; it helps the tutor plan the group's sessions."),
]
for title, text in FACTS:
    p = doc.add_paragraph()
    r = p.add_run(title + ". ")
    r.bold = True
    p.add_run("\u201c" + text + "\u201d")

# F9 exists only as a deleted paragraph
dp = deleted_paragraph(doc, "F9 Prior learning. \u201cParticipants who have completed relevant masters-level study, or "
                            "who can show substantial experience as a SENCO, may be credited with up to 20 credits and "
                            "excused the matching parts of the Award.\u201d", author="S. Marlow (editor)")

FACTS2 = [
    ("F10 Choice Sessions", "On the second day of Gathering 3 each participant chooses two of six Choice Sessions, "
     "picked with the tutor from the Starting Self-Review and the Journal, so that time goes where the participant needs "
     "it most. Tutor groups are no larger than fourteen."),
    ("F11 Fees", "The fee is £990. Open Voices meets about a third of the real cost from its own funds so that the fee "
     "stays below that of comparable courses. Schools in the Listening Group's home authorities pay £790."),
    ("F12 Dates and places", "Each Gathering runs twice, once in York and once at the University's Bristol Road site, and "
     "participants may attend either. The Award starts in September."),
    ("F13 Adjustments for participants", "Participants who stammer can ask for any of the following at any point: extra "
     "time in the Spoken Review, a written or recorded alternative to any spoken part of a Gathering, a tutor who "
     "stammers as the second examiner, and no timed introductions or reading aloud. Applicants are asked on the form "
     "whether they stammer so that these can be agreed before Gathering 1. Participants with other disabilities should "
     "contact the University's Disability Service."),
    ("F14 Tutors", "The Award is taught by four tutors: Joanna Kettering (Head of Learning; MA Special Education, QTS, "
     "former SENCO and local authority adviser), Dr Paul Adeyemi (senior lecturer, University of Pelmouth; PhD in "
     "language development), Kathryn Selby (specialist speech and language therapist, Open Voices), and Neil Brandreth "
     "(SENCO of a large comprehensive school, National SENCO qualification). All four teach on our courses for teachers "
     "every year and keep their specialist knowledge current through the University's research seminars and the "
     "charity's annual practice conference."),
    ("F15 How tutors are prepared", "Tutors work from the Award Tutor Handbook, which sets out what each tutor does at "
     "the Gatherings, in the Practice Weeks and in marking, and attend a tutors' day each July. Mentors are chosen by the "
     "school; we send them this style guide."),
    ("F16 Marking", "Each Piece is marked by two tutors separately, who then agree a judgement of Secure, Nearly there or "
     "Not yet against the outcomes it covers. [moderation arrangements to be confirmed with the University]"),
    ("F17 Passing", "A participant passes when all three Pieces are judged Secure. A participant who is Secure in two "
     "Pieces and Nearly there in the third may still be awarded the certificate if the Award Board agrees."),
    ("F18 The Listening Group", "Members of the Listening Group lead the afternoon of the first day of Gathering 2, on "
     "asking pupils what helps, and their advice on ways of hearing pupils' views is printed in the Piece One guidance."),
    ("F19 How the Award was designed", "In 2007-08 we asked thirty schools, four local authorities, our parents' forum "
     "and the Listening Group what new SENCOs most needed. Schools asked for practical work on provision mapping and on "
     "leading support staff; parents asked that SENCOs learn to listen to them; the Listening Group asked that teachers "
     "stop speaking for them. As a result Piece Two is built round a provision map, Gathering 3 gives a full afternoon to "
     "parents, and Piece One must start from the pupil's own views. The local authorities' SEN advisers commented on "
     "every draft of the Pieces."),
    ("F20 Resources", "Participants have the University's library and online journals, our lending library of 2,000 "
     "titles and assessment kits on communication, and a loan kit of communication aids and software for trying out in "
     "school during the Practice Weeks."),
    ("F21 Checks on participants", "Before Gathering 1 the office checks the number and date of each participant's "
     "enhanced CRB disclosure with the employing school and records them; a participant whose disclosure is more than "
     "three years old, or who has not worked in a school in the last three months, must obtain a new one before the "
     "Practice Weeks. We also ask the head to confirm that there are no disciplinary concerns."),
    ("F22 Evaluating the Award", "Participants evaluate each Gathering and the year as a whole; tutors review each "
     "Gathering together the following week; the University's external examiner reports each year; and the "
     "University's quality officer observes one Gathering each year and reports to the Award Board. The Award Board reads all "
     "of these each summer and decides the changes for the next year, which are listed in the next edition of the Tutor "
     "Handbook."),
    ("F23 After the Award", "Participants are told about the University's MA in Special and Inclusive Education in the "
     "closing session of Gathering 3."),
    ("F24 Partners in delivery", "Mentors, host settings and the Listening Group all take part in running the Award. We do "
     "not ask schools, parents or the Listening Group to evaluate the Award; evaluation is by participants, tutors and "
     "the University."),
]
fact_pars = {}
for title, text in FACTS2:
    p = doc.add_paragraph()
    r = p.add_run(title + ". ")
    r.bold = True
    p.add_run("\u201c" + text + "\u201d")
    fact_pars[title[:3]] = p

# tracked insertion that counts: the January start
ins_run(fact_pars["F12"], " A second intake starts in January, taking the Gatherings in the order 2, 3, 1.",
        author="S. Marlow (editor)")
# footnote on host settings
fn.add(fact_pars["F10"], "The six Choice Sessions for 2009-10 are: autism in the secondary school; dyslexia and literacy "
       "interventions; behaviour and attachment; sensory impairment; stammering and selective mutism; and SEN in the "
       "early years foundation stage.")
comment(doc, fact_pars["F16"].runs, "Ian Parfitt says the University moderates a sample of every module and the Award "
        "will be no different. Add once confirmed in writing.", author="Joanna Kettering", initials="JK")
comment(doc, fact_pars["F23"].runs, "Could we say we help them write targets with their heads? We did this informally "
        "in the pilot.", author="Joanna Kettering", initials="JK")

doc.add_heading("5. Things we never write", level=1)
para(doc, "Each of these has appeared in a draft, an email or a conference slide. Each is wrong. The right column says "
          "why, and what to say instead.")
table(doc, [
    ["Never write", "Because"],
    ["\u201cExperienced SENCOs can skip the course and just be assessed.\u201d",
     "There is no assessment-only route. Every participant attends all three Gatherings and both Practice Weeks and "
     "completes all three Pieces."],
    ["\u201cStudy online at your own pace.\u201d",
     "There is no e-learning on the Award. Everything is taught face to face at the Gatherings or in school."],
    ["\u201cSchools that send a SENCO see their pupils' results rise.\u201d",
     "We have no measure yet of the Award's effect on pupils or on participants' confidence. We hope to develop one with "
     "the University in time."],
    ["\u201cThe Award shows you how to write your school's SEF.\u201d",
     "It does not. School self-evaluation is not part of the Award; refer questions about the SEF to the local "
     "authority."],
    ["\u201cAll our tutors are speech and language therapists.\u201d",
     "One is. See F14 for who teaches the Award."],
    ["\u201cOpen Voices awards the certificate.\u201d", "The University of Pelmouth makes the award (F1)."],
    ["\u201cA cure for stammering.\u201d", "We never use the word cure about stammering, on the Award or anywhere else."],
], header_fill="F8CBAD")

doc.add_heading("6. Writing for, and with, people who stammer", level=1)
for t in [
    "Many of our participants, tutors and Listening Group members stammer. Write so that nobody is put on the spot.",
    "Never plan a session that begins with everyone saying their name in turn. Use name cards, or let people introduce a "
    "partner.",
    "In letters and joining instructions, say plainly that participants can ask for the adjustments in F13, and give the "
    "name of the person to ask. Do not make the adjustments sound like favours.",
    "On the telephone, wait. Do not finish a caller's words. If the line is poor, offer to email.",
    "When you write up a Gathering for the Journal guidance, give written prompts as well as spoken ones.",
]:
    para(doc, t, style="List Bullet")

doc.add_heading("7. Tone", level=1)
para(doc, "Write as a colleague, not as an authority. Use \"we\" for Open Voices and \"you\" for the reader. Prefer short "
          "sentences. Say what we do, not what we hope to do. Here are some examples from real drafts.")
table(doc, [
    ["Right", "Wrong", "Why"],
    ["Your mentor meets you once in each Practice Week.", "We will try to make sure that support is available.",
     "Say what happens, and who does it."],
    ["Piece Two is due on 14 May.", "Piece Two should be submitted in a timely fashion.", "Dates, not adverbs."],
    ["Ask Kathryn Selby about adjustments.", "Reasonable adjustments may be available on request.",
     "Name a person. Passive sentences hide who is responsible."],
    ["The pupil's own views come first in Piece One.", "Pupil voice is at the heart of everything we do.",
     "A slogan tells the reader nothing they can check."],
], header_fill="D9E2F3")
para(doc, "Letters to parents of Listening Group members need special care: they are about their children, not about "
          "us. Always say what the young person will do, how long it will take and who will be with them.")

doc.add_heading("8. Spellings and small points", level=1)
for t in [
    "SENCO, not SENCo or Senco. SEN and/or disabilities, with the slash.",
    "Every Child Matters in full the first time, then ECM.",
    "Code of Practice with capitals; the SEN Code of Practice (2001) in full the first time.",
    "Gathering 1, not the first Gathering, in dates and timetables.",
    "Practice Week, never placement week.",
    "Numbers: one to nine in words, 10 and above in figures, except in tables.",
]:
    para(doc, t, style="List Bullet")

doc.add_heading("Appendix: the outcome wording sheet", level=1)
para(doc, "When you write about what participants learn, use these wordings. They are our words for the national "
          "outcomes. \"Taught at\" says where the outcome is developed; \"Judged in\" says which Piece assesses it.")
SHEET = [
    ("WHO THE SENCO IS", None, None),
    ("Builds fair, respectful and supportive relationships with pupils with SEN and/or disabilities and their families",
     "Gatherings 1 and 3", "Piece One; Piece Three"),
    ("Gains the commitment of colleagues, the head and senior leaders", "Gathering 3", "Talked about; not judged"),
    ("Sets priorities, manages time and delegates, and checks that delegated work is done", "Gathering 3",
     "Piece Two (the change and who carried it out)"),
    ("Foresees problems, solves them and judges provision soundly", "Gatherings 2 and 3", "Piece Two; Piece Three"),
    ("Speaks and writes clearly; listens to and understands others", "All Gatherings",
     "Piece Three (spoken, with adjustments in F13); Pieces One and Two (written)"),
    ("Uses research and outside advice to improve own and colleagues' practice", "Gatherings 1 and 2", "Journal only"),
    ("Keeps up to date and takes charge of own learning on SEN and disability", "Gathering 3",
     "Piece Three (questions on how the participant keeps up to date)"),
    ("WHAT THE SENCO KNOWS", None, None),
    ("SEN law and the Code of Practice, and putting them into practice", "Gathering 1", "Piece Three"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "Gathering 1", "Piece One"),
    ("Disability equality law and what it requires of the school", "Gathering 1", "Discussed; not judged"),
    ("How children develop, and what affects their development", "Gathering 1", "Piece One"),
    ("The common types of SEN and disability and how they affect learning", "Gathering 2", "Piece Three; Piece One"),
    ("Approaches, strategies and resources, including ICT, for assessment and teaching", "Gathering 2",
     "Piece One (intervention)"),
    ("Best practice and research on meeting SEN", "Gatherings 1 to 3", "Piece Two"),
    ("What other agencies do and how to get specialist help", "Gathering 3; Practice Week 2", "Piece Three"),
    ("WHAT THE SENCO DOES", None, None),
    ("Works with senior colleagues and governors on inclusive policy, priorities and resources", "Gathering 3",
     "Piece Two"),
    ("Identifies pupils, sets challenging targets, plans interventions and reviews progress", "Gathering 2", "Piece One"),
    ("Uses other professionals' assessments to shape teaching", "Gathering 2", "Piece One"),
    ("Uses summative data and national tests to track progress and adjust provision", "Gathering 2",
     "Piece One (review of progress)"),
    ("Helps colleagues use formative assessment with pupils with SEN", "Not taught", "Piece Two"),
    ("Plans special arrangements for tests and examinations in good time", "Gathering 2",
     "Piece Three (question on the pupil's arrangements)"),
    ("Uses provision mapping; finds missing or ineffective provision", "Gathering 3", "Piece Two"),
    ("Deploys and manages support staff", "Gathering 3", "Piece Two"),
    ("Develops colleagues through observation, feedback, modelling, coaching and training", "Gathering 3",
     "Journal only"),
    ("Reviews with colleagues how well provision works, for the school's planning", "[to follow]", "[to follow]"),
    ("Involves pupils in planning, agreeing and reviewing their provision", "Gathering 2 (Listening Group)", "Piece One"),
    ("Works with parents and carers", "Gathering 3", "Piece One; Piece Three"),
    ("Works with other services and voluntary organisations", "Gathering 3; Practice Week 2", "Piece Three"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Say it like this", "Taught at", "Judged in"]):
    cell_text(c, h, bold=True, fill="D9E2F3")
for a, b, c in SHEET:
    r = t.add_row().cells
    if b is None:
        m = r[0].merge(r[1]).merge(r[2])
        cell_text(m, a, bold=True, fill="EDEDED")
        continue
    cell_text(r[0], a)
    cell_text(r[1], b)
    cell_text(r[2], c)
para(doc, "")
para(doc, "Questions about this guide go to the Head of Learning. The next edition is due in August 2009.", italic=True)

fn.finish()
out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, word_count(out), "words")
