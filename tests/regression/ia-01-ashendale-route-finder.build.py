"""ia-01-ashendale-route-finder: builds ia-01-ashendale-route-finder.docx.

Provider (invented): the Ashendale Alternative Provision Consortium, a
county's four pupil referral units (the Beacon Centre, the Longmire Centre,
the Ridgeway Centre, the Hospital and Home Education Service), its registered
alternative provision partners and the Youth Offending Service's Education,
Training and Employment (ETE) team, with the University of Marlhurst, applying
to run the National Award for SEN Coordination from September 2009.

Document kind and layout: a branching "route finder" (a decision key) that the
consortium gives applicants and heads, written to "you", sent as the
application with a Part D added for the panel. A shaded note to the panel sits
in a text box on the cover. Heading 1/2 styles for Parts. Part B is one long
table of numbered questions with "If yes" / "If no" go-to columns, stage bands
as merged shaded rows, and "Why we ask" notes; exit boxes X1-X4. Part C is the
routes (R1-R3) with a table of Base Days BD1-BD8 in the consortium's own names,
the Outreach Week, tasks T1 (Casework Task), T2 (Practice Enquiry) and the
Case Conference, a formative Reflective Log. Part D has hand-lettered
paragraphs D1-D9 and an outcome table with the consortium's own refs N1-N26
and words (no national codes). Header; a footer making a CRB claim; a tracked
deletion (a whole paragraph), a tracked insertion; two Word comments; two
footnotes; a "[date TBC]" placeholder.

Traps (requirement ids):
- Footer says every participant holds a CRB disclosure (never evidence), and
  Q4 sends both answers to question 5 and says "We do not ask to see your CRB
  certificate" (5.3 not_met).
- The assessment-only route is refused in Q7's note, and the old Route R4
  survives only as a tracked-deleted paragraph; a comment questions it
  (2.3 not_met).
- Credit for certificated study but "We cannot give credit for experience
  alone" (2.1 partially_met).
- The January start is a tracked insertion, so it counts (3.2 met).
- The Commons (Moodle) makes 3.3 apply; it holds materials only, "It is not a
  discussion space", no forums; tutor support between Base Days by phone or
  e-mail (3.3 partially_met: no peer support, ICT not used for communication).
- Child development appears only as content of the consortium's other,
  Level 3 course for teaching assistants (wrong context; 6.K4 not_met).
- Time management is only hoped for ("We hope your Route Plan will help");
  no row in the outcome table (6.A3 not_met).
- Exam access arrangements are "the exams officer's job" and "not part of the
  Award" (someone else's responsibility; 6.S2d not_met).
- Parents: the Parent Partnership Service talks about its own service to
  parents (right words, wrong thing); the only work with families is T1's
  record of the family's views, not taught (1.7, 6.S8 partially_met).
- Outcome table rows checked only by the Reflective Log "(not marked)",
  "Practice Activity feedback (formative, not marked)", "not assessed on this
  Award" or a blank cell (6.A2, 6.A7, 6.K7, 6.S2c, 6.S4 partially_met), so the
  programme does not assess every outcome (1.9 partially_met) though the award
  rule itself is clear (6.0 met).
- Stakeholder evaluation is only hoped for; stakeholders do take part in
  delivery and assessment (Outreach Hosts, heads on Case Conference panels)
  (4.3 partially_met).
- Resources: library and borrowed test materials; "We do not have an
  assistive technology suite of our own"; a comment proposes the hospital
  service's equipment (comment not evidence) (5.6 partially_met).
- Impact on pupils: only "We would like to find a way" (5.9 partially_met);
  participants' competence is re-measured.
- The note to the panel is in a text box (E.1, E.2 also stated in Part D).
"""
import os
from _ia_helpers import (new_doc, para, add_text, rich, ins, dele, deleted_paragraph,
                         inserted_paragraph, comment, footnote, text_box, shade, cell_text,
                         table, band, header_footer, save)
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ia-01-ashendale-route-finder"
UNI = "Kwame Asante (Marlhurst)"
D1 = "2009-03-02T10:14:00Z"
D2 = "2009-03-09T16:40:00Z"

doc = new_doc("Arial", 10.5)
header_footer(doc, "Ashendale AP Consortium  ·  Which way in?  ·  v3 panel copy",
              "Every participant on the Award holds a current enhanced CRB disclosure.  ·  "
              "Ashendale AP Consortium, Longmire Centre, Station Road, Ashby Magna")

# ---------------------------------------------------------------- cover
para(doc, "WHICH WAY IN?", bold=True, size=26, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "The Route Finder for the Ashendale SENCO Award 2009–10", bold=True, size=15,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "National Award for Special Educational Needs Coordination", italic=True, size=11,
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Ashendale Alternative Provision Consortium: the Beacon Centre, the Longmire Centre, "
          "the Ridgeway Centre, the Ashendale Hospital and Home Education Service, the Youth "
          "Offending Service Education, Training and Employment team, and our registered "
          "alternative provision partners\nwith the University of Marlhurst School of Education",
     size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Version 3 · panel copy · March 2009", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)

text_box(doc, [
    ("A NOTE FOR THE TDA PANEL", True),
    ("This is the route finder we give every teacher who asks about the Award, and every head who "
     "rings us about a nomination. It is written to \u201cyou\u201d, the teacher thinking of applying. "
     "We have left Parts A to C exactly as applicants see them and added Part D for the panel.", False),
    ("The Award is validated by the University of Marlhurst School of Education as a Postgraduate "
     "Certificate: 60 credits at Master's level (Level 7), in two modules of 30 credits.", False),
    ("Helen Varley, Programme Leader, Longmire Centre", False),
], fill="E7E6E6", height_cm=4.6)

# ---------------------------------------------------------------- Part A
doc.add_heading("Part A — How to use this route finder", level=1)
para(doc, "Start at question 1 and follow the arrows. Every question has a short note, \u201cWhy we ask\u201d, "
          "so you know what your answer means. You will end in one of three route boxes (R1, R2 or R3) or in "
          "an exit box (X1 to X4). Take your box, and the nomination form from the back pocket, to your "
          "headteacher or centre manager. If you get stuck, ring Lorraine at the Longmire Centre on 01632 "
          "448 210 and she will walk you through it.")
doc.add_heading("Before you start", level=2)
para(doc, "You will need:")
for line in ["•  about twenty minutes, and a pencil;",
             "•  your job description, or a note from your head of what your SEN role will be from September;",
             "•  the Starting Point Profile and the nomination form (both in the back pocket);",
             "•  if you have studied at Master's level before, the name of the module, the university and the year;",
             "•  your timetable for next year, if you have it, so you can see which Base Days you can reach."]:
    para(doc, line)
para(doc, "The route finder cannot tell you whether the Award is right for you. Only you and your head can decide "
          "that. What it does tell you is which way in suits your circumstances, and what happens next.")
doc.add_heading("The Award in one paragraph", level=2)
para(doc, "The Ashendale SENCO Award is for teachers who lead the coordination of SEN provision, or are about "
          "to, in a mainstream school, an academy, a pupil referral unit or an alternative provision setting in "
          "Ashendale and the neighbouring authorities. It runs over one school year, part time. It is built round "
          "the young people our consortium knows best: those who have been excluded or are at risk of it, those "
          "in the youth justice system, and those out of school through illness. Its purpose is plain. It is there "
          "to raise the achievement of pupils with SEN and/or disabilities and to improve their well-being (their "
          "health, their safety, their enjoyment and achievement, the contribution they make, and their chances "
          "of training and a job) by making you better at leading the provision they get. Each of the two assessed "
          "tasks asks you to show what changed for the young people you worked with, across all five of those "
          "outcomes and not only in their test results.")

# ---------------------------------------------------------------- Part B
doc.add_heading("Part B — The questions", level=1)
para(doc, "Answer honestly. No answer stops you for good: the worst that happens is \u201cnot yet\u201d.", italic=True)

Q = [
    ("No.", "Question", "If YES", "If NO"),
    ("BAND", "Stage 1 — Can you join this year?", None, None),
    ("1", "Are you a qualified teacher (QTS or QTLS)?\n\nWhy we ask: the national award is for teachers. "
          "Support staff who work with young people at risk may want our Level 3 course for teaching assistants, "
          "\u201cWorking with Young People at Risk\u201d, which covers child and adolescent development, attachment "
          "and behaviour.", "go to 2", "Exit X1"),
    ("2", "Do you lead SEN coordination now, or will you lead it by September, in a school, PRU or alternative "
          "provision setting?\n\nWhy we ask: the Award is for the lead person. If you are a deputy or "
          "assistant SENCO, your head needs to say you will be leading by the time you start.", "go to 3", "Exit X2"),
    ("3", "Has your headteacher or centre manager signed Part 1 of the nomination form, agreeing to release you "
          "for eight Base Days and one Outreach Week?\n\nWhy we ask: the Award depends on time in your own "
          "setting and in someone else's. If your head has questions, the Programme Leader will ring them.",
     "go to 4", "Exit X3"),
    ("4", "Do you hold a current enhanced CRB disclosure through your employer?\n\nWhy we ask: we are often "
          "asked. We do not ask to see your CRB certificate; that is a matter between you and your employer.",
     "go to 5", "go to 5"),
    ("BAND", "Stage 2 — Where are you starting from?", None, None),
    ("5", "Have you filled in the Starting Point Profile and booked your Starting Point Conversation?\n\n"
          "Why we ask: the Profile sets out every national outcome in plain words. You rate yourself against each "
          "one and note the evidence you would point to. Then you spend 45 minutes with a route tutor, who tests "
          "your ratings with you (people often find that what they know about the Code of Practice or about "
          "exam arrangements is out of date). Together you write your Individual Route Plan: the outcomes you "
          "will concentrate on, the Base Days where you need most, the personal targets you will work to, and "
          "which setting would stretch you in your Outreach Week.", "go to 6",
     "fill it in now, then go to 6"),
    ("6", "Have you passed Master's-level modules in SEN or inclusion in the last five years, at Marlhurst or "
          "another university?\n\nWhy we ask: up to 30 credits of certificated study at Level 7 can count towards "
          "the Award through the University's accreditation of prior learning procedure. We cannot give credit for "
          "experience alone, however long; your experience is taken into account in your Individual Route Plan "
          "instead.", "Route R2", "go to 7"),
    ("7", "Have you been a SENCO for three years or more, and do you think you already meet the outcomes?\n\n"
          "Why we ask: the answer changes your Route Plan, not your route. The consortium does not run an "
          "assessment-only route. Experienced SENCOs follow R1 or R2 like everyone else, and their Route Plan will "
          "be lighter where they are already strong.", "go to 8", "go to 8"),
    ("8", "Do you have a disability, a long-term health condition or a specific learning difficulty we should "
          "plan for?\n\nWhy we ask: see the note under this table.", "tick Box D, go to 9", "go to 9"),
    ("BAND", "Stage 3 — Fitting it round your job", None, None),
    ("9", "Can you start in September 2009?", "go to 10", "Route R3"),
    ("10", "Can you get to Base Days on Thursdays at the Longmire Centre?\n\nWhy we ask: Base Days 3 to 6 also "
           "run as paired twilight sessions (4.15 to 7.15 pm) at the Ridgeway Centre in the north of the county. "
           "You can mix day and twilight sessions, and you can take Base Days 3 to 6 in any order.",
     "go to 11", "go to 11, twilight"),
    ("11", "Will you use the Commons, our online workspace?\n\nWhy we ask: the Commons is the University of "
           "Marlhurst's Moodle site for the Award. It holds the readings, the slides from each Base Day and the task "
           "briefs, and it is where you hand in your tasks. It is not a discussion space: tutors do not answer "
           "questions through it and there are no forums. Between Base Days your route tutor is available by "
           "phone or e-mail.", "Route R1", "Route R1 (printed packs)"),
]
t = table(doc, Q, widths=[1.2, 10.6, 2.6, 2.6])
for i, row in enumerate(Q):
    if row[0] == "BAND":
        band(t, i, row[1], fill="C9D9E8")
# tracked changes in question 7 and question 9
q7 = t.cell(9, 1)
deleted_paragraph(q7, "Experienced SENCOs may instead apply to the Award Board to be assessed against the "
                      "outcomes without attending Base Days (Route R4).", UNI, D1)
c7 = comment(doc, q7.paragraphs[0].runs[0:1],
             "Panel will certainly ask about assessment-only. Are we sure we want to say no this year?",
             "Kwame Asante", "KA")
q9 = t.cell(13, 1)
inserted_paragraph(q9, "A second group starts in January 2010 and finishes in December 2010 (Route R3).", UNI, D2)

doc.add_heading("Note to question 8: if you have a disability", level=3)
para(doc, "We ask everyone, on the nomination form and again at the Starting Point Conversation, because we "
          "would rather plan ahead than adjust on the day. Telling us is your choice, and what you tell us stays "
          "between you, the Programme Leader and the route tutor you name. We make reasonable adjustments, for "
          "example: readings and slides sent in large print or electronic copy a week before each Base Day; a "
          "British Sign Language interpreter or a note-taker; rest breaks; extra time or a different format for "
          "an assessed task (the Case Conference can be given as a recorded presentation with written questions, "
          "and T1 can be handed in as a recorded commentary). All Base Day rooms at Longmire and Ridgeway are on "
          "the ground floor with accessible parking and toilets, and Outreach Week hosts are chosen with your "
          "access needs in mind. Our publicity and this booklet are available in large print and on audio CD, and "
          "our selection looks only at the questions in Part B, never at a disability.")

doc.add_heading("The exit boxes", level=2)
X = [
    ("Box", "What it means for you"),
    ("X1  Not a teacher", "The Award is not open to you, but the Level 3 course may be. Ask Lorraine for the leaflet."),
    ("X2  Not leading SEN yet", "Join the Ashendale SENCO Network meetings this year and come back to question 1 "
                                "when your role is settled."),
    ("X3  No release yet", "We do not turn you away. With your agreement the Programme Leader will talk to your "
                           "head about what release is needed and why, and write to you both."),
    ("X4  Not ready yet", "If the Starting Point Conversation shows that you are unlikely to meet the outcomes "
                          "within the year (for example, if you have never taught or planned for pupils with "
                          "SEN), your route tutor will say so, give you written guidance on what to do first, and "
                          "with your agreement talk to your head. Most people in X4 start the following year."),
]
table(doc, X, widths=[4.0, 13.0])

doc.add_heading("After you send the nomination form", level=2)
para(doc, "Lorraine logs your form the day it arrives and checks that Part 1 is signed by your head. The "
          "Programme Leader checks your QTS number and your answers to questions 1 to 3, and you are then invited "
          "to a Starting Point Conversation. Each group has 24 places. If a group is full, places go first to "
          "teachers in settings with the most pupils at risk of exclusion, then in the order forms arrived; "
          "everyone else is offered the next group. You will hear from us within ten working days of the "
          "Conversation, with your Route Plan and a letter confirming your route.")
doc.add_heading("Two people, two routes", level=2)
para(doc, "These are two of last summer's enquirers, with their permission and with the details changed.", italic=True)
p = para(doc, "")
rich(p, [("Amira ", "b"), ("teaches English at a large comprehensive and takes over as SENCO in September. She is a "
          "qualified teacher (1: yes), will be leading (2: yes) and her head signed the form at once (3: yes). She "
          "filled in the Profile and rated herself low on agencies and on provision mapping, high on teaching "
          "approaches. At her Starting Point Conversation the tutor agreed with most of her ratings but not with "
          "her confidence about the Code of Practice, which she had last read in 2003. She has no Master's credits "
          "(6: no). She can start in September (9: yes) but cannot get out on Thursday mornings, so she takes Base "
          "Days 3 to 6 as twilights at Ridgeway (10: no). She ended in R1. Her Route Plan puts her Outreach Week in "
          "the YOS, because agencies are where she needs most.", "")])
p = para(doc, "")
rich(p, [("Dave ", "b"), ("has run the education side of a PRU for six years and passed a 30-credit module in "
          "behaviour and inclusion at another university in 2006. He answered yes to 6 and ended in R2, with "
          "credit for Module 1. He also answered yes to 7: he thought he already met the outcomes. His Route Plan "
          "is light on Base Days 2 and 5, but he still takes the Practice Enquiry and the Case Conference, and he "
          "writes a short Outcome Evidence piece on consulting young people, which his earlier module did not "
          "cover. His Outreach Week is in a mainstream primary school, the setting least like his own.", "")])

# ---------------------------------------------------------------- Part C
doc.add_heading("Part C — Your route", level=1)
doc.add_heading("Route R1: the standard route (September start)", level=2)
para(doc, "Route R1 is two modules of 30 credits, taken over one school year. Module 1, Knowing and Hearing the "
          "Young Person, is assessed by the Casework Task (T1). Module 2, Leading Provision, is assessed by the "
          "Practice Enquiry (T2) and the Case Conference. Around the modules sit your Starting Point, eight Base "
          "Days, an Outreach Week, a Reflective Log and a Final Review.")

doc.add_heading("Your year at a glance (R1)", level=3)
YR = [
    ("When", "What happens", "What you hand in or take away"),
    ("June–July 2009", "Starting Point Profile; Starting Point Conversation with your route tutor", "Individual Route Plan, signed by you and your tutor and copied to your head"),
    ("September", "BD1 The job and the law", "Choose your T1 young person"),
    ("October", "BD2 Knowing the young person; tutor visit to your setting", "T1 plan agreed"),
    ("November", "BD3 Hearing the young person", "Reflective Log, first entry read"),
    ("December", "BD4 Teaching that removes barriers", ""),
    ("January 2010", "BD5 Agencies round the child", "T1 handed in through the Commons"),
    ("February–March", "BD6 Leading adults; Outreach Week", "“What I'll take home” sheet"),
    ("April–May", "BD7 Knowing what works; second tutor visit", "T2 draft discussed with your tutor"),
    ("June", "T2 handed in", ""),
    ("July", "BD8 Case Conference day; Final Review", "Next Steps sheet"),
]
table(doc, YR, widths=[3.0, 7.5, 6.5])
para(doc, "")
doc.add_heading("What your route tutor does", level=3)
para(doc, "Your route tutor holds your Starting Point Conversation, agrees your Route Plan, visits your setting "
          "twice, reads your Reflective Log each half term, marks T1 and T2, keeps your Outcome Record and holds your "
          "Final Review. If your Route Plan needs to change during the year (a new job, an Ofsted inspection, a long "
          "illness) it is your route tutor you talk to, and the change is written into the Plan. You keep the same "
          "route tutor all year unless you ask to change.")
BD = [
    ("Base Day", "What it is about", "What you do on the day"),
    ("BD1  The job and the law",
     "The SEN Code of Practice (2001) and the SEN Toolkit; the SENCO's role under the 2008 SENCO regulations; "
     "Every Child Matters and the five outcomes, and the SENCO's part in them; the Children Act 2004; the "
     "Disability Discrimination Act 1995 and 2005, the disability equality duty and schools' accessibility plans; "
     "Back on Track (2008) and what it means for alternative provision.",
     "Work through three case files and decide what the Code and the disability equality duty require in each."),
    ("BD2  Knowing the young person",
     "The most common kinds of SEN and disability: behavioural, emotional and social difficulties; specific "
     "learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum "
     "disorders; moderate learning difficulties; how each affects learning. Why so many young people in our "
     "centres and in the youth justice system have unidentified language needs.",
     "Screening exercise with the YOS speech and language therapist."),
    ("BD3  Hearing the young person",
     "Consulting children and young people about the things that affect them: person-centred reviews, "
     "structured interviews, and what to do when a young person will not talk to you. The afternoon is run by "
     "four members of the YOS Youth Panel.",
     "Practise a consultation with a Youth Panel member and get their feedback."),
    ("BD4  Teaching that removes barriers",
     "Approaches, strategies and resources for assessing, planning and teaching, including ICT and "
     "assistive technology; personalising provision; assessment for learning for pupils with SEN.",
     "Practice Activity: design a formative assessment routine a colleague could use; feedback in pairs."),
    ("BD5  Agencies round the child",
     "The educational psychology service, CAMHS, speech and language therapy, the YOS, Connexions, social "
     "care and voluntary organisations such as Ashendale Young Carers; the Common Assessment Framework and the "
     "Team Around the Child; how to get specialist help and resources and use other professionals' assessments.",
     "Afternoon visit to the YOS or a CAMHS team."),
    ("BD6  Leading adults",
     "Bringing the head and senior leaders with you; working with governors; deploying and managing teaching "
     "assistants and learning mentors; coaching, observing and giving feedback; planning training for colleagues.",
     "Plan the coaching cycle for T2."),
    ("BD7  Knowing what works",
     "Provision mapping; the school self-evaluation form and improvement planning; using summative data "
     "(national tests, reading ages, accredited outcomes in AP) to track progress; reviewing provision with "
     "colleagues.", "Build a provision map from an anonymised data set."),
    ("BD8  Case Conference day", "Assessed presentations (see below).", "Present; sit on a peer panel."),
]
bt = table(doc, BD, widths=[3.3, 9.2, 4.5])
p_bd2 = bt.cell(2, 1).paragraphs[0]
footnote(doc, p_bd2, "Base Day 2 draws on the Bercow Review of services for children and young people with "
                     "speech, language and communication needs (DCSF, 2008) and on Ofsted's 2006 report "
                     "Inclusion: does it matter where pupils are taught?")

para(doc, "Families are part of every Base Day, and on Base Day 5 you will also hear from the Ashendale Parent "
          "Partnership Service about the support it gives parents through statutory assessment.")

doc.add_heading("The Outreach Week", level=3)
para(doc, "In the spring term you spend five days in a setting unlike your own: a pupil referral unit, the "
          "Youth Offending Service, the Hospital and Home Education Service, one of the county's special schools, "
          "or (if you work in alternative provision) a mainstream school. Your Outreach Host is an experienced "
          "SENCO or teacher in charge who has agreed a programme with you beforehand. You shadow, you join "
          "reviews and multi-agency meetings, and you bring back a \u201cWhat I'll take home\u201d sheet that "
          "feeds into T2.")

doc.add_heading("The assessed tasks", level=3)
p = para(doc, "")
rich(p, [("T1 Casework Task (Module 1, 4,000 words). ", "b"),
         ("You follow one young person in your own setting for a term. You identify their needs using "
          "observation, data and assessment; you draw on assessments from at least two other professionals; you "
          "set targets and plan an intervention aimed at the barriers you find; you involve the young person in "
          "planning and reviewing it; you record the family's views; you work with at least one outside service "
          "or voluntary organisation; and you review progress and adjust. The marking criteria include the "
          "soundness of your judgements, your use of the Code of Practice, the ECM outcomes, the kind of need and "
          "the strategies and resources (ICT included) you chose, and the fairness and respect shown in your "
          "dealings with the young person and the family.", "")])
p = para(doc, "")
rich(p, [("T2 Practice Enquiry (Module 2, 5,000 words). ", "b"),
         ("You lead an improvement in your own setting over two terms. You map the provision for one year group "
          "or key stage and find what is not working or missing; you use summative data to track progress and "
          "change programmes; you review with colleagues whether provision works and feed that into your school's "
          "self-evaluation; you support a colleague's development through a coaching cycle with observation and "
          "feedback; you check the change against your school's disability equality scheme; and you draw on "
          "research and best practice. You describe what changed.", "")])
p = para(doc, "")
rich(p, [("Case Conference (Module 2, assessed orally). ", "b"),
         ("On Base Day 8 you present your Practice Enquiry as a proposal to your senior leaders and governors for "
          "next year's SEN priorities and use of resources: 20 minutes, then 15 minutes of questions from a panel "
          "of a route tutor, a headteacher from the consortium and an Outreach Host.", "")])
p = para(doc, "")
rich(p, [("Reflective Log. ", "b"),
         ("Read by your route tutor each half term and discussed with you; not marked.", "")])

doc.add_heading("Finishing", level=3)
para(doc, "At the Final Review you fill in the Starting Point Profile again and compare it with the first one. "
          "You leave with a Next Steps sheet: three professional targets for the following year, which you take "
          "to your performance management meeting with your line manager. We hope your Route Plan will help you "
          "fit the Award round a busy job.")

doc.add_heading("Route R2: the credit route", level=2)
para(doc, "As R1, but credit for earlier study replaces up to 30 credits. Credit reduces what you study, not what "
          "you must show: where your earlier module does not show a national outcome, you show it in a short "
          "Outcome Evidence piece marked by your route tutor.")
doc.add_heading("Route R3: January start", level=2)
para(doc, "As R1, starting with Base Day 1 in January 2010. The Outreach Week is in the summer term and the Case "
          "Conference day is in December 2010 [date TBC].")

# ---------------------------------------------------------------- Part D
doc.add_heading("Part D — For the panel", level=1)
para(doc, "D1  Who we are. ", bold=True)
para(doc, "The consortium brings together the county's four pupil referral units, its registered alternative "
          "provision partners and the Youth Offending Service ETE team. The Award is validated by the University "
          "of Marlhurst, whose Award Board confers it; University staff teach on two Base Days and second-mark.")

para(doc, "D2  Why the Award looks like this. ", bold=True)
para(doc, "In the autumn term of 2008 we surveyed 64 schools and settings that place pupils with us (47 replied), "
          "held two focus groups with YOS case managers and PRU staff, and met the YOS Youth Panel twice. Heads told "
          "us they could not release a SENCO for more than eight days; PRU staff told us new SENCOs in AP knew the "
          "Code but not the agencies; YOS case managers told us language needs were missed; the Youth Panel told "
          "us nobody asked them. So we cut the Base Days from twelve to eight and added twilight sessions, gave a "
          "whole Base Day to agencies, put language screening into Base Day 2 and handed the afternoon of Base Day "
          "3 to the Youth Panel. We hope heads and the Youth Panel will want to help us review the Award at the "
          "end of the first year. Headteachers from the consortium sit on every Case Conference panel, and "
          "Outreach Hosts plan and host the Outreach Week.")

SV = [
    ("Who we asked", "What they told us", "What we did"),
    ("47 schools and settings (survey, Oct 2008)", "Eight days' release is the most heads can give; twilight would help those in the north", "Twelve Base Days became eight; BD3 to BD6 run as twilights at Ridgeway"),
    ("PRU and AP staff (focus group, Nov 2008)", "New SENCOs in AP know the Code but not the agencies", "BD5 given to agencies; Outreach Week in a different kind of setting"),
    ("YOS case managers (focus group, Nov 2008)", "Language needs are missed until a young person is in court", "Language screening in BD2 with the YOS speech and language therapist"),
    ("YOS Youth Panel (two meetings)", "“Nobody asks us what helps”", "The afternoon of BD3 is run by the Youth Panel"),
]
table(doc, SV, widths=[4.5, 6.5, 6.0])
para(doc, "")
para(doc, "D3  Staff. ", bold=True)
para(doc, "Helen Varley (Programme Leader) is head of the Longmire Centre, was a SENCO for eleven years and holds "
          "an MA in Special and Inclusive Education. The four route tutors are serving SENCOs or heads of centre, "
          "each with a Master's-level SEN qualification: Mark Olusanya (Beacon Centre), Jo Pritchard (Hospital and "
          "Home Education Service), Sian Doyle (Ridgeway Centre) and Gary Fenwick, ETE manager in the YOS and a "
          "former head of a secure unit's education department. Dr Kwame Asante, senior lecturer in inclusive "
          "education at Marlhurst, is University link tutor. All tutors attend the University's annual SEN research "
          "day and the county's termly SENCO briefings, so that what they teach stays current.")

para(doc, "D4  Making sure everyone knows their part. ", bold=True)
para(doc, "Route tutors work from a tutor handbook that sets out their duties at each stage, the marking criteria "
          "and the Starting Point procedure, and they attend a two-day induction with the University before their "
          "first cohort and a standardisation meeting each term. Outreach Hosts sign a host agreement, receive a "
          "host guide and attend a half-day briefing each year; hosts advise and give feedback but do not mark. "
          "Headteachers on Case Conference panels are briefed on the assessment grid the morning of the day.")

para(doc, "D5  Resources. ", bold=True)
p_d5 = para(doc, "Participants use the University library and its e-journals through the Commons. The consortium's "
                 "centres hold small collections of books and standardised test materials that participants may "
                 "borrow. We do not have an assistive technology suite of our own.")
comment(doc, p_d5.runs[0:1], "Could we mention the Hospital service's assistive tech kit here? HV to check with Jo.",
        "Helen Varley", "HV")

para(doc, "D6  Assessment and moderation. ", bold=True)
para(doc, "T1 and T2 are marked by the route tutor against the published criteria and second-marked by a University "
          "tutor for a sample of one in three and for every fail and distinction. Case Conference panels use a shared "
          "grid and are recorded so that the University module team can moderate them. The University's external "
          "examiner sees a sample of all three assessments and attends the Award Board.")

para(doc, "D7  Who gets the Award. ", bold=True)
para(doc, "The Award Board confers the Award only on participants who have passed both modules and whose Outcome "
          "Record, kept by the route tutor, shows every one of the national outcomes met. Attendance alone earns "
          "nothing, and a strong mark on one task cannot make up for an outcome not shown.")

para(doc, "D8  Knowing whether it works. ", bold=True)
p_d8 = para(doc, "Participants evaluate every Base Day on a short form, meet as a participants' forum at mid-year "
                 "and complete an end-of-year questionnaire. The repeated Starting Point Profile at the Final Review "
                 "gives us a before-and-after measure of each participant's confidence and competence against the "
                 "outcomes. The external examiner reports each year and the University's annual monitoring reviews "
                 "the programme. The consortium's Award Steering Group reads all of this each July and writes a "
                 "\u201cYou told us, we changed\u201d action plan that goes to participants, heads and the Board. We "
                 "would like to find a way of following pupils' progress after the Award, but we have not yet found "
                 "one that our schools can manage.")
footnote(doc, p_d8, "The Steering Group is chaired by the Assistant Director for Inclusion and includes the four heads "
                    "of centre, the YOS ETE manager and the University link tutor.")

para(doc, "D9  Where the outcomes are worked on and checked. ", bold=True)
para(doc, "N-refs are ours. \u201cBD\u201d is a Base Day; T1, T2 and the Case Conference are the assessed tasks.",
     italic=True, size=9)
O = [
    ("Ref", "The outcome in our words", "Worked on", "Checked by"),
    ("BAND", "Attributes", None, None),
    ("N1", "Building fair, respectful working relationships with young people and their families", "BD3; Outreach Week", "T1"),
    ("N2", "Bringing the head, senior leaders and colleagues with you", "BD6", "Reflective Log (not marked)"),
    ("N3", "Seeing problems coming and making sound decisions about provision", "BD5; BD7", "T1; Case Conference questions"),
    ("N4", "Speaking and writing clearly; listening to and understanding other people's views", "every Base Day", "T1 and T2 (writing); Case Conference (speaking, answering questions)"),
    ("N5", "Using research and outside advice to improve your own practice and colleagues'", "BD7; Outreach Week", "T2"),
    ("N6", "Keeping yourself up to date and planning your own learning", "Reflective Log; Next Steps sheet", "not assessed on this Award"),
    ("BAND", "Knowledge", None, None),
    ("N7", "The law on SEN, the Code of Practice, and what they mean for you and your school", "BD1", "T1"),
    ("N8", "Every Child Matters: the five outcomes and your part in them", "BD1", "T1"),
    ("N9", "Disability equality law and what it requires a school to do", "BD1", "T2"),
    ("N10", "The common kinds of SEN and disability and how they affect learning", "BD2", "T1"),
    ("N11", "Approaches, strategies and resources (ICT included) for assessment, planning and teaching", "BD4", "T1"),
    ("N12", "How school self-evaluation works and what it means for SEN", "BD7", "not assessed on this Award"),
    ("N13", "Best practice and research in meeting SEN", "BD2; BD7", "T2 (literature review)"),
    ("N14", "What outside agencies do and how to get their help", "BD5; Outreach Week", "T1"),
    ("BAND", "Skills", None, None),
    ("N15", "Working with senior leaders and governors on inclusive policy, priorities and resources", "BD6", "Case Conference"),
    ("N16", "Identifying need, setting targets, planning and reviewing interventions", "BD2; BD4", "T1"),
    ("N17", "Using other professionals' assessments in your teaching", "BD5", "T1"),
    ("N18", "Using test results and other summative data to track progress and change programmes", "BD7", "T2"),
    ("N19", "Helping colleagues use formative assessment with pupils with SEN", "BD4 Practice Activity", "Practice Activity feedback (formative, not marked)"),
    ("N20", "Provision mapping; finding provision that is not working or is missing", "BD7", "T2"),
    ("N21", "Deploying and managing support staff", "BD6", ""),
    ("N22", "Developing colleagues: observation and feedback, modelling, coaching, training", "BD6", "T2 (coaching cycle)"),
    ("N23", "Reviewing provision with colleagues to inform school self-evaluation", "BD7", "T2"),
    ("N24", "Involving young people in planning and reviewing their provision", "BD3", "T1"),
    ("N25", "Working with parents and carers", "", "T1 (the family's views)"),
    ("N26", "Working with other services and voluntary organisations", "BD5; Outreach Week", "T1"),
]
ot = table(doc, O, widths=[1.3, 8.7, 3.5, 3.5], size=8.5)
for i, row in enumerate(O):
    if row[0] == "BAND":
        band(ot, i, row[1], fill="E2EFD9", size=8.5)
para(doc, "Exam access arrangements are not part of the Award. In our centres they are the exams officer's job, and "
          "the mainstream SENCOs we consulted tell us their schools work the same way.")
para(doc, "The fee for 2009–10 is £1,350. The consortium pays it in full for staff in its own centres, and the "
          "Schools Forum's SEN training fund pays half for county schools. Because the Route Plan lets experienced "
          "participants skip Base Days they do not need, a place costs less than a twelve-day course and nobody "
          "sits through material they already know.")

save(doc, os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
