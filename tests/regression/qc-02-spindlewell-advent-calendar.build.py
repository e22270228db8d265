"""qc-02-spindlewell-advent-calendar: builds qc-02-spindlewell-advent-calendar.docx next to this script.

Provider: Spindlewell Juggling & Circus Club (club nights, a youth circus, and "Spin the Plates" inclusive
circus sessions in eleven schools, four of them special schools), running the Award with Ravenser
University's Department of Education Studies (which validates and awards it) and Spurnshire County
Council's Learning Support Service.

Document kind and layout: the club's ADVENT CALENDAR for December 2008, the one it sends each year to
members and partner schools, one door a day, this year opening on the Award; sent to the TDA whole under
a covering letter on the club's typed letterhead. Word heading styles (Heading 1 for the calendar and the
Boxing Day extra, Heading 2 for each door). Each door is a small table: a merged, shaded top row "On the
door: ...", a "Behind the door" row (prose, typed "•" bullets, the Gatherings' "By the end of this
Gathering you can:" outcome lists), and a "Trick of the day" row (a juggling trick for members; the
introduction says tricks have nothing to do with the Award). A "Gatherings at a glance" table; Door 13
"stuck" with a bracketed placeholder and a sticky note in a text box; footnotes; comments; tracked
changes; page header and footer. The outcomes are never tabled: they are developed in the Gatherings'
lists (Doors 8-16), in the Crackers (optional, unmarked) and Stocking fillers (read, never marked), and
judged only where Door 24's three Presents list them ("It is judged on whether you can:"); a panel has to
cross-read the doors.

Traps (requirement ids):
- E.2: "30 credits at Level 7"; 60 only by adding a module "which is not part of the Award" ->
  partially_met.
- 1.1: the aim is "confident SENCOs who raise standards" and progress in reading, writing and mathematics;
  well-being and the ECM outcomes never in aims or assessment (ECM only a Gathering 1 line) ->
  partially_met; 6.K2 developed not judged -> partially_met.
- 1.3: research only "Our tutors keep abreast of research" (general) -> partially_met.
- 1.5 / 6.S7: "we do not teach ways of consulting pupils this year" (negation); a pupil-voice Cracker is a
  tracked deletion; Door 20's trick "Ask your audience which trick they liked best" is the right words
  about the wrong thing -> not_met both.
- 2.1: "We do not give credit for earlier courses or experience"; APL only in a comment -> not_met.
- 2.2: the Wish List is used for group planning only; the sentence making it an individual plan with
  personal outcomes is a tracked deletion -> partially_met.
- 2.3: "Straight to the Presents", an assessment-only route under the club's own name, with a footnote
  on fee and decision -> met.
- 3.1: the club's openness and "we will do what we reasonably can" (general), a ground-floor studio;
  a comment about adjustments is not evidence -> partially_met.
- 5.3: the CRB check (and List 99, the head's confirmation) is a tracked insertion: it counts -> met.
- 5.6: library only; "We do not have specialist equipment of our own" -> partially_met.
- 5.7: Elves get a calendar and a letter; "Elves do not need any training" -> partially_met.
- 5.8: single marking by the tutor who taught, a second tutor reads a sample; fairness across tutors is
  behind the stuck Door 13, "[... Text to come from Ravenser University.]" placeholder -> partially_met.
- 5.1: internal methods and a steering group; external evaluation only "will no doubt look at the Award
  in its usual way" -> partially_met.
- 6.0: "a strong Present can make up for one that falls a little short" (compensation) -> not_met.
- 6.S2c: formative assessment for colleagues appears nowhere; Door 11's trick ("review where the balls
  drift, set yourself a target") is wrong-context -> not_met.
- 6.S2d: only in a Cracker ("not marked and ... do not count") -> partially_met.
- 6.A7, 6.S5: only Stocking fillers ("Stocking fillers are not marked") -> partially_met.
- Trick-of-the-day rows throughout use assessment and planning words about juggling (wrong-context).
- Footer "Open one door a day!" and the header are not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _qc_helpers import (new_document, para, runs, shade, cell_text, table, ins_run, del_run,
                         deleted_paragraph, comment, footnote, text_box, header_footer, set_col_widths,
                         core_props)
from docx.shared import Pt, RGBColor

HERE = Path(__file__).parent
NAME = "qc-02-spindlewell-advent-calendar"
SO = "Sam Oduya"
FB = "Fiona Blakey"
JM = "Jo Marchetti"

doc = new_document(font="Calibri", size=11)
core_props(doc, "Spindlewell Advent Calendar 2008", SO)
header_footer(doc, "Spindlewell Juggling & Circus Club  ·  Advent Calendar 2008  ·  for members and partner schools",
              "Open one door a day!")
RED, HOLLY, PALE = "F4CCCC", "D9EAD3", "FFF2CC"

# ------------------------------------------------------------------ covering letter
para(doc, "SPINDLEWELL JUGGLING & CIRCUS CLUB", bold=True, size=14, color="A61C1C", align="center", space_after=0)
para(doc, "Spindle Mill Studio  ·  Weir Lane  ·  Spindlewell  ·  Spurnshire", size=9, align="center", space_after=0)
para(doc, "Club nights Mondays and Thursdays  ·  Youth Circus Saturdays  ·  Spin the Plates in schools", size=9,
     align="center", color="666666")
para(doc, "1 December 2008")
para(doc, "The Award Team\nTraining and Development Agency for Schools", space_after=8)
para(doc, "Dear colleagues,")
para(doc, "National Award for SEN Coordination: our application", bold=True)
para(doc, "Every December the club sends its members and partner schools an advent calendar: a door to open "
     "each day, with a trick behind every one. This year the doors open on the SENCO Award that we will run "
     "from January 2009 with Ravenser University's Department of Education Studies and Spurnshire County "
     "Council's Learning Support Service. We are sending it to you as our application, as it went out this "
     "morning, with all twenty-four doors opened at once and the Boxing Day extra at the end.")
para(doc, "Door 13 is still stuck: the University is writing what goes behind it, and we will send it on as "
     "soon as we have it. Please forgive the tricks. Our members expect them.")
para(doc, "Yours faithfully,")
para(doc, "Jo Marchetti, Chair\nSam Oduya, Education Officer\nDr Fiona Blakey, Award Leader, Ravenser University",
     space_after=14)

# ------------------------------------------------------------------ calendar
doc.add_heading("The Spindlewell Advent Calendar 2008", level=1)
para(doc, "Twenty-four doors to the SENCO Award", italic=True, size=12)
para(doc, "How to open the doors", bold=True)
para(doc, "Open one door a day. Behind each door is a piece of the Award; under it is a trick for the hall. "
     "A few words we use all the way through:")
for t in [
    "Gatherings: the eight taught days of the Award, given on a Saturday or as two Tuesday twilights.",
    "Presents: the three pieces of work that are marked. Door 24 opens them.",
    "Stocking fillers: small tasks done in school, which tutors read and talk over with you. Stocking fillers are not marked.",
    "Crackers: extra sessions you can choose. Pull one if you want to.",
    "Elf: the colleague in your school who helps you through the year.",
    "The Chimney: the Award's online area.",
    "Trick of the day: for members. It has nothing to do with the Award.",
]:
    para(doc, "\u2022  " + t, space_after=2)

DOORS = []


def door(n, day, picture, behind, trick):
    DOORS.append(n)
    doc.add_heading(f"Door {n}  \u00b7  {day}", level=2)
    t = table(doc, 3, 2)
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, f"On the door: {picture}", bold=True, size=10, color="7F1D1D")
    shade(top, RED if n % 2 else HOLLY)
    cell_text(t.cell(1, 0), "Behind the door", bold=True, size=9.5)
    cell_text(t.cell(1, 1), behind, size=10)
    cell_text(t.cell(2, 0), "Trick of the day", bold=True, size=9.5, color="666666")
    cell_text(t.cell(2, 1), trick, italic=True, size=9.5, color="666666")
    shade(t.cell(2, 0), PALE)
    shade(t.cell(2, 1), PALE)
    set_col_widths(t, [3.0, 13.6])
    return t


t = door(1, "Monday 1 December", "a gold juggling ball",
         "What the Award is for.\n"
         "The Spindlewell SENCO Award is for teachers new to leading SEN in a Spurnshire school. Its aim is "
         "simple: confident SENCOs who raise standards for pupils with SEN. By the end, a SENCO on the Award "
         "should be able to lead their school's provision so that pupils with SEN make better progress in "
         "reading, writing and mathematics, and should feel sure enough of the job to lead their colleagues. "
         "Everything behind the other doors serves that aim.\n"
         "The Award is a Postgraduate Certificate of Ravenser University, validated by the University's "
         "Academic Board on 12 November 2008 and awarded by the University. It carries 30 credits at Level 7 "
         "(Master's level). Participants who want 60 credits can go on to the University's 30-credit module "
         "Leading Inclusion in the autumn term, which is not part of the Award.",
         "The three-ball cascade. Throw from the right hand; when that ball peaks, throw from the left. Count "
         "your catches and don't chase the drops.")
footnote(doc, t.cell(1, 1).paragraphs[2], "Leading Inclusion is also open to teachers who are not on the Award.")

door(2, "Tuesday 2 December", "a unicycle",
     "Who we are.\n"
     "Spindlewell Juggling & Circus Club began in a church hall in 1989 and now has 200 members and its own "
     "studio at Spindle Mill. Since 2001 our Spin the Plates team has taken inclusive circus into eleven "
     "Spurnshire schools, four of them special schools, and SENCOs in those schools asked us for this "
     "Award. We run it with Ravenser University, whose Department of Education Studies teaches, examines "
     "and awards it, and with the Council's Learning Support Service, whose specialists teach three of "
     "the Gatherings.",
     "Idling on a unicycle: rock back and forth on the spot without letting the wheel roll away.")

door(3, "Wednesday 3 December", "a ticket",
     "Who can join.\n"
     "The Award is for qualified teachers who have become SENCO in the last two years, or whom their head "
     "has named to take the role on by September 2009. The head signs the application and the Elf form "
     "and agrees to release the participant for the Gatherings.\n"
     "Before a place is offered, the Award Leader and our Education Officer read each application against "
     "our starting tricks: knowing the graduated response in the Code of Practice, having taken part in at "
     "least three IEP reviews, and having led or co-led at least one staff meeting. Where an applicant is "
     "short of a starting trick, we ring their head to agree how they will get it before January (usually "
     "by sitting in on the current SENCO's reviews), or we offer a place in the April start instead.",
     "Rolling one ball over the back of your hand: contact juggling for beginners.")

t = door(4, "Thursday 4 December", "a safety mat",
         "Checks.\n"
         "Participants are all teachers in post, so they have been checked by their schools. ",
         "Two-person passing: always look at your partner before you throw.")
ins_run(t.cell(1, 1).paragraphs[1], "Before a place is confirmed, our administrator sees each participant's "
        "enhanced CRB disclosure, or, for anyone who has not worked in a school in the last three months, asks "
        "them to apply for a new one through the club; checks that they are not barred from working with "
        "children; and asks their head to confirm in writing that there are no concerns about their conduct "
        "and no disciplinary matters outstanding.", FB, "2008-11-27T14:20:00Z")

t = door(5, "Friday 5 December", "a letter to Father Christmas",
         "The Wish List.\n"
         "Before the first Gathering every participant fills in a Wish List: for each of the eight "
         "Gatherings they tick Know it, Bits of it or New to me, and write the one thing they most want from "
         "the Award. The tutors add up the ticks across the group and use them to decide where each "
         "Gathering needs more time and where it can move faster. ",
         "Claw catches: catch every ball from above, palm down, like a cat.")
del_run(t.cell(1, 1).paragraphs[1], "Each Wish List then becomes that participant's own plan, with their own set "
        "of outcomes for the year. ", SO, "2008-11-26T09:30:00Z")
runs(t.cell(1, 1).paragraphs[1], ["We look at the Wish Lists again at Gathering 4."])

t = door(6, "Saturday 6 December", "a parcel that is already open",
         "Already unwrapped?\n"
         "Everyone starts at Door 1. We do not give credit for earlier courses or experience: the Award is "
         "short and everyone does all of it.\n"
         "There is one other way in. A very experienced SENCO, for example someone from the Learning Support "
         "Service who has led provision in several schools, may ask to go Straight to the Presents. They do "
         "not come to the Gatherings. They meet the Award Leader to show how their experience covers what "
         "the Gatherings teach and to agree the school where they will base their Presents, then hand in all "
         "three Presents by the same dates as everyone else, and they are marked in the same way.",
         "Juggling under the leg: lift the knee, throw from underneath, and keep the pattern going.")
comment(doc, t.cell(1, 1).paragraphs[1].runs[0], "Registry say they could run APL for us if we wanted: worth "
        "asking for 2009-10?", FB, "FB")
footnote(doc, t.cell(1, 1).paragraphs[2], "Straight to the Presents costs \u00a3390. The Award Leader and one "
         "other tutor decide, case by case, whether the experience is enough.")

door(7, "Sunday 7 December", "a calendar",
     "The Gatherings at a glance (see the table below this door).\n"
     "Each Gathering is given twice: as a Saturday, 9.30 to 3.30, and as a Twilight of two Tuesday evenings, "
     "4.30 to 7.00. Participants can switch between the two from one Gathering to the next.\n"
     "There are two starts. The January group begins at Gathering 1; the April group joins at Gathering 4 "
     "and takes Gatherings 1 to 3 in September and October 2009.\n"
     "Anyone who cannot get to a Gathering either way can follow it through the Chimney instead: the talks "
     "are filmed and go up the following Monday, with a live chat with a tutor on the Wednesday.",
     "The shower: every ball goes round the same way, high from one hand and flat across from the other.")
gat = [
    ("1", "First Throw", "10 January 2009", "13 and 20 January", "Spindle Mill Studio"),
    ("2", "Reading the Air", "31 January", "3 and 10 February", "Ravenser University, Carr Lane"),
    ("3", "How Children Grow", "28 February", "3 and 10 March", "Spindle Mill Studio"),
    ("4", "Spotting and Planning", "21 March", "24 and 31 March", "Ravenser University, Carr Lane"),
    ("5", "Many Hands", "25 April", "28 April and 5 May", "Spindle Mill Studio"),
    ("6", "Families", "16 May", "19 and 26 May", "Spindle Mill Studio"),
    ("7", "Maps and Money", "13 June", "16 and 23 June", "Ravenser University, Carr Lane"),
    ("8", "Many Doors", "4 July", "7 and 14 July", "Spindle Mill Studio"),
]
gt = table(doc, len(gat) + 2, 5)
hdr = gt.cell(0, 0).merge(gt.cell(0, 4))
cell_text(hdr, "The Gatherings at a glance (January group)", bold=True, size=10)
shade(hdr, HOLLY)
for j, h in enumerate(["No.", "Gathering", "Saturday", "Twilight (Tuesdays)", "Where"]):
    cell_text(gt.cell(1, j), h, bold=True, size=9.5)
    shade(gt.cell(1, j), PALE)
for i, row in enumerate(gat, start=2):
    for j, v in enumerate(row):
        cell_text(gt.cell(i, j), v, size=9.5)
set_col_widths(gt, [1.1, 3.8, 3.2, 3.9, 4.6])

door(8, "Monday 8 December", "a book with a ribbon",
     "Gathering 1: First Throw.\n"
     "The SENCO's job and the law behind it: the SEN Code of Practice (2001) and the SEN and Disability Act "
     "2001; the Disability Discrimination Act as amended in 2005 and the Disability Equality Duty; the "
     "Children Act 2004 and Every Child Matters. What each means for the school, the SENCO, teachers and "
     "governors, and how to put it into practice. Led by Sam Oduya with the Learning Support Service's Head "
     "of Service.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 explain the Code's graduated response and what it asks of the school and the SENCO, and put it into practice;\n"
     "\u2022 say what the disability equality duties require your school to do for disabled pupils, and how best to do it;\n"
     "\u2022 explain the five Every Child Matters outcomes and how a SENCO helps pupils reach them.",
     "Mills' Mess, for the brave: the arms cross and uncross while the cascade carries on underneath.")

door(9, "Tuesday 9 December", "a pair of spectacles",
     "Gathering 2: Reading the Air.\n"
     "How to find, read and weigh research and outside advice on SEN, and how to use it to change your own "
     "teaching and your colleagues'. Our tutors keep abreast of research and bring what is new to every "
     "Gathering.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 find research and advice on a question from your own school, judge how far to trust it, and use it to improve your own and colleagues' practice;\n"
     "\u2022 say what the best evidence suggests about meeting pupils' special educational needs.",
     "Columns: two balls straight up together, then one up the middle. Watch the tops, not your hands.")

door(10, "Wednesday 10 December", "a height chart",
     "Gathering 3: How Children Grow.\n"
     "How children develop, physically, in language and socially and emotionally, and how SEN, disability, "
     "home and the classroom can help or hinder that development. Then the most common kinds of SEN: "
     "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, "
     "speech, language and communication needs, autistic spectrum disorders and moderate learning "
     "difficulties, with an educational psychologist and a speech and language therapist from the Learning "
     "Support Service.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 explain how children develop and how their development can be affected by SEN, disability and the places they learn in;\n"
     "\u2022 recognise the common kinds of SEN and explain how each can affect a child's learning.",
     "Balancing a peacock feather on one finger. Look at the top of the feather, never at your finger.")

door(11, "Thursday 11 December", "a magnifying glass",
     "Gathering 4: Spotting and Planning.\n"
     "Finding the pupils who may have SEN from classroom observation, data and monitoring; setting targets "
     "that stretch them; planning interventions that take barriers away; reviewing progress. Using the "
     "reports of educational psychologists, therapists and advisory teachers to plan teaching. Tracking "
     "progress with P scales, optional tests and the national tests, and changing a programme when a pupil "
     "is stuck. Approaches and resources compared critically: writing frames, precision teaching, visual "
     "timetables, talking software. The Wish Lists come out again.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 identify pupils who may have SEN, set them challenging targets, plan interventions and review their progress;\n"
     "\u2022 use other professionals' assessments to decide how to teach a pupil;\n"
     "\u2022 use summative assessments, national tests included, to track progress and change programmes;\n"
     "\u2022 choose approaches, strategies and resources, ICT among them, with a critical eye, and make sound decisions about provision.",
     "The reverse cascade. Film yourself for a minute, review where the balls drift, set yourself a target "
     "of twenty catches and plan a week of practice to reach it.")

door(12, "Friday 12 December", "a crowd of hands",
     "Gathering 5: Many Hands.\n"
     "A SENCO cannot juggle alone. Winning the head and the senior team over to better outcomes for pupils "
     "with SEN; deciding what matters most this week and handing jobs on; deploying, leading and managing "
     "teaching assistants; watching a lesson and giving feedback, coaching, and leading training. In the "
     "afternoon each participant works with the Spurnshire SENCO cluster for their area on a problem the "
     "cluster has chosen, advising and being advised by SENCOs from other schools.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 gain the commitment of the head and senior leaders;\n"
     "\u2022 prioritise, manage your time and delegate, and check that what you delegated was done;\n"
     "\u2022 deploy and manage staff, teaching assistants included;\n"
     "\u2022 support colleagues' development by observing and giving feedback, modelling, coaching and training.",
     "Passing six clubs between two people: every right hand throws a pass.")

t = door(13, "Saturday 13 December", "(the door is stuck)",
         "[Door 13 is stuck. Behind it will be how the University makes sure every tutor marks the Presents "
         "fairly and in the same way. Text to come from Ravenser University.]",
         "[to follow]")
text_box(doc, ["Jo: the University promised this by the 19th. Leave the door shut till then. Sam"],
         width_pt=230, height_pt=40, fill="#FFFF99", stroke="#C9B400")

door(14, "Sunday 14 December", "a family of stick figures",
     "Gathering 6: Families.\n"
     "Working with parents and carers as partners: listening to what they know about their child, advising "
     "and supporting them, meeting them at reviews, and the difficult conversations. The Spurnshire Parent "
     "Partnership Service leads the morning, and two parents from our Spin the Plates schools talk about "
     "what helped them and what did not.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 build fair, respectful and supportive relationships with pupils with SEN and with their parents or carers;\n"
     "\u2022 work in partnership with parents and carers to help their children learn and develop;\n"
     "\u2022 say things clearly, in speech and in writing, and listen to and understand other people's views.\n"
     "What this Gathering does not do: we do not teach ways of consulting pupils this year. Schools told us "
     "their school councils already do it, so we gave the time to parents.",
     "Family juggling: three people, one pattern, nine balls. Start with six.")

door(15, "Monday 15 December", "a map",
     "Gathering 7: Maps and Money.\n"
     "Provision mapping on the Council's new tool, and reading a map to find what is missing or not "
     "working; working with the head and governors on an inclusive ethos, the SEN policy, priorities and "
     "the SEN budget; school self-evaluation and the SEF, and where SEN fits; reviewing provision with "
     "colleagues so the review feeds the school's self-evaluation.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 map provision and spot what is missing or ineffective;\n"
     "\u2022 with senior colleagues and governors, advise on and influence the school's ethos, policies, priorities and use of resources;\n"
     "\u2022 explain the principles of school self-evaluation and improvement and how they bear on pupils with SEN;\n"
     "\u2022 review and evaluate provision with other staff to inform the school's self-evaluation.",
     "Juggling while walking a figure of eight round two chairs.")

door(16, "Tuesday 16 December", "a row of doors",
     "Gathering 8: Many Doors.\n"
     "Who else is out there: the educational psychology service, CAMHS, the sensory and physical support "
     "services, speech and language therapy, social care, Connexions, and voluntary organisations such as "
     "the Spurnshire Dyslexia Association and the local autism parents' group, who each send someone to the "
     "day. What each does, how to get their help and resources, the Common Assessment Framework, and "
     "working as one team around a child.\n"
     "Between Gatherings 7 and 8 each participant spends a day in one of Spurnshire's special schools or at "
     "the Pupil Referral Unit, arranged by the Learning Support Service, and brings one thing back to try.\n"
     "By the end of this Gathering you can:\n"
     "\u2022 explain the scope and role of the outside agencies and how to get specialist support for a pupil;\n"
     "\u2022 work in partnership with other services and agencies, voluntary organisations included.",
     "Spinning a plate on a stick. Get it spinning on your finger first.")

t = door(17, "Wednesday 17 December", "a Christmas cracker",
         "Crackers.\n"
         "Crackers are extra sessions on a Thursday evening. Pull as many or as few as you like: they are not "
         "marked and they do not count towards the Award. This year's Crackers:\n"
         "\u2022 Tests and exams: spotting early which pupils will need access arrangements for the national "
         "tests and for GCSEs, and working with the exams officer and teachers to put them in place in class "
         "and in the exam room.\n"
         "\u2022 Dyslexia-friendly classrooms.\n"
         "\u2022 Circus skills for coordination: what juggling and balance work can do for pupils with "
         "dyspraxia.\n"
         "Your tutor agrees with you which Crackers and Stocking fillers suit you and the school project for "
         "Present 2, so that the year fits what you already know and what your school needs.",
         "Cigar boxes: three boxes, and the middle one never touches the floor.")
p = t.cell(1, 1).add_paragraph()
del_run(p, "\u2022 Pupil voice: ways of asking pupils what they think.", SO, "2008-11-26T09:34:00Z")

door(18, "Thursday 18 December", "a stocking",
     "Stocking fillers and Elves.\n"
     "Stocking fillers are small tasks done in your own school between Gatherings:\n"
     "\u2022 after Gathering 1, a map of who does what for SEN in your school;\n"
     "\u2022 after Gathering 2, a one-page summary of a piece of research for your staff;\n"
     "\u2022 all year, a CPD log of what you read, went to and changed, to keep yourself up to date;\n"
     "\u2022 before Gathering 5, a peer observation: watch a colleague teach a pupil on your SEN register, "
     "give them feedback, and bring half a page on how it went to talk over at the Gathering.\n"
     "Tutors read every stocking filler and talk it through with you. Stocking fillers are not marked.\n"
     "Each participant chooses an Elf, a colleague in school (often a deputy head) who meets them now and "
     "then and helps them get the Presents done in school. We send each Elf this calendar and a letter "
     "explaining the Award. Elves do not need any training.",
     "Juggling scarves: the slowest props there are, and the best for a first lesson.")

door(19, "Friday 19 December", "a chimney",
     "The Chimney.\n"
     "The Chimney is the Award's online area, a Moodle site run by Ravenser University. It holds each "
     "Gathering's materials, the filmed talks and the readings; a forum for each Gathering, where a tutor "
     "answers every question within two working days; a Fireside live chat every Wednesday evening with a "
     "tutor and other participants; and a private page where each participant sends drafts to their tutor.\n"
     "Between Gatherings each participant has a named tutor, who rings them for twenty minutes in the week "
     "after each Gathering. The Chimney also carries a termly update for heads and Elves, and the tutors "
     "plan and keep in touch with one another on a tutors' forum.",
     "Bounce juggling: throw down, not up, and let the floor do the work.")

door(20, "Saturday 20 December", "carol singers",
     "Who we listened to.\n"
     "In June 2008 we sent a questionnaire to every SENCO and headteacher in Spurnshire; 58 SENCOs and 20 "
     "heads answered. We held two focus groups with the Parent Partnership Service's parents' forum, and "
     "asked the Learning Support Service and the Council's school improvement team what they see in "
     "schools. SENCOs asked most for provision mapping, managing teaching assistants and working with "
     "parents; heads said they could release staff one day a month at most and wanted twilights; parents "
     "asked that SENCOs learn to listen before they explain; the Council wanted its new provision mapping "
     "tool used.\n"
     "What changed because of them: the Twilights exist because heads asked; Gathering 6 became a whole "
     "day on families because parents asked; the Council's tool is the one taught in Gathering 7.\n"
     "How they stay involved: our steering group (two heads, a SENCO, the Learning Support Service's Head "
     "of Service, the Parent Partnership coordinator, the Award Leader and our Education Officer) meets each "
     "term, reads the participants' feedback and the Presents' results, and decides what to change. The "
     "Learning Support Service teaches Gatherings 1, 3 and 8 and arranges the placement days, and parents "
     "co-lead Gathering 6.",
     "Ask your audience which trick they liked best, and do it again.")

t = door(21, "Sunday 21 December", "a ringmaster's hat",
         "The Crew.\n"
         "Sam Oduya, our Education Officer, was SENCO of a Spurnshire primary school for nine years and an "
         "Advanced Skills Teacher for inclusion, and holds an MEd in special educational needs. Dr Fiona "
         "Blakey, the Award Leader, is Senior Lecturer in SEN at Ravenser University and was an educational "
         "psychologist; she researches provision mapping in primary schools. Priya Raman, Head of the "
         "Learning Support Service, and Gareth Lowe, its specialist teacher for autism, teach Gatherings 1, "
         "3 and 8. Every tutor works in or with schools every week.\n"
         "Where we meet: Spindle Mill Studio and the University's Carr Lane campus, where participants can "
         "use the library while they are on the Award. We do not have specialist equipment of our own; "
         "tutors bring what they have.",
         "Hat juggling: three bowler hats, and the last one lands on your head.")

t = door(22, "Monday 22 December", "a ring of hands",
         "Everyone in the ring.\n"
         "The club has always been for everybody: our members include wheelchair users who juggle seated, and "
         "Spin the Plates was built for pupils with SEN. The Award follows the club's Equal Opportunities "
         "Policy and the Disability Discrimination Act, and we will do what we reasonably can for anyone who "
         "needs it. Spindle Mill Studio is on the ground floor.",
         "Seated juggling: the cascade from a chair, elbows in.")
comment(doc, t.cell(1, 1).paragraphs[1].runs[0], "Should we say what we would actually do for the Presents, "
        "e.g. extra time? Ask Fiona what the University offers.", SO, "SO")

door(23, "Tuesday 23 December", "a clipboard",
     "Checking our juggling.\n"
     "Participants fill in a feedback form after every Gathering and a longer questionnaire at the end, and "
     "the tutors meet after each Gathering to go through the forms. The steering group (Door 20) reads them "
     "each term. Ravenser University will no doubt look at the Award in its usual way.\n"
     "Confidence and competence: on the Wish List and again at the end, each participant rates themselves "
     "against every By the end of this Gathering line; the tutors compare the two, and the Elves add their "
     "view of what has changed.\n"
     "Pupils: Present 2 is built on measures. Each participant records baseline measures for the pupils in "
     "their change project before it starts (reading or spelling ages and mathematics test scores) and "
     "repeats them after twelve weeks. We put the whole group's results together for the steering group "
     "each summer, and ask schools for the same measures a year later.",
     "Counting catches: the club's qualifying chart is on the studio door.")

door(24, "Wednesday 24 December", "a tree with three parcels under it",
     "The Presents.\n"
     "Every Present and every Stocking filler is done in your own school, with real pupils and colleagues.\n"
     "Present 1, the Case Parcel (3,000 words, due 27 March 2009): the story of one pupil. It is judged on "
     "whether you can:\n"
     "\u2022 identify the pupil's needs from observation, data and monitoring, set challenging targets, plan an intervention and review progress;\n"
     "\u2022 use other professionals' assessments to shape the teaching;\n"
     "\u2022 explain how the pupil's kind of SEN affects their learning and how their development has been affected;\n"
     "\u2022 work with the agencies involved, voluntary ones included, and get specialist help;\n"
     "\u2022 work with the pupil's parents or carers as partners;\n"
     "\u2022 anticipate and solve problems and make sound decisions about provision.\n"
     "Present 2, the Big Box (5,000 words, due 18 September 2009): a change project in your school. It is "
     "judged on whether you can:\n"
     "\u2022 map provision and find what is missing or not working;\n"
     "\u2022 use summative data, national test results included, to track progress and change programmes;\n"
     "\u2022 use approaches, strategies and resources, ICT included, with a critical eye;\n"
     "\u2022 use research, best practice and outside advice to improve your own and colleagues' practice;\n"
     "\u2022 deploy and manage staff;\n"
     "\u2022 gain the commitment of the head and senior leaders, and with them and the governors shape policy, priorities and resources;\n"
     "\u2022 review provision with colleagues and use the principles of self-evaluation to feed the school's SEF.\n"
     "Present 3, the Gift Tag (October 2009): a 20-minute talk to two tutors and your head, then questions. "
     "It is judged on whether you can:\n"
     "\u2022 express yourself clearly in speech and in writing, and listen to and understand others' views;\n"
     "\u2022 explain the law and guidance on SEN, including the Code of Practice, and how you have put them into practice;\n"
     "\u2022 explain disability equality law and what your school has done because of it;\n"
     "\u2022 show how you have built fair, respectful and supportive relationships with pupils and their families;\n"
     "\u2022 show how you prioritise, manage your time and delegate.\n"
     "Each Present is marked by the tutor who led the Gathering it grows from, and a second tutor reads a "
     "sample of five Presents from each round. For fairness across tutors, see Door 13.\n"
     "You pass the Award when your three Presents together reach a pass: a strong Present can make up for "
     "one that falls a little short, as long as none is a clear fail.",
     "Tonight there is no trick. Put the balls down and go to bed.")

doc.add_heading("Boxing Day: the extra door", level=1)
para(doc, "Next Year's List. At Gathering 8 each participant sits down with their Elf or their head and writes "
     "three professional targets for the year after the Award on our Next Year's List form, drawing on what "
     "their Presents showed. They take the form to their performance management review. The Chimney stays "
     "open to them for a year, with the University's guidance on further study.")
para(doc, "What it costs. A place costs \u00a3780, and Spurnshire County Council pays half for its own schools. "
     "Because every task is done in the participant's own school, the time out of school is eight days at "
     "most, and fewer for anyone taking the Twilights.")
para(doc, "Merry Christmas from everyone at Spindle Mill.", italic=True)

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx", "doors", len(DOORS))
