"""ht-01-strideaway-mystery-shop: build the .docx next to this script.

Provider: Strideaway, a national charity for children and young people with
cerebral palsy and other physical disabilities. Its training arm, Strideaway
Learning, runs the Strideaway Award in SEN Coordination with the University of
Penhallow, which validated it as a 60-credit Postgraduate Certificate at
masters level. June 2009.

Document kind: a mystery shopping report. The charity's Access Champions
(young disabled people aged 16-25, plus three "associate shoppers", teachers
who are themselves disabled) mystery-shopped the charity's unaccredited spring
2009 pilot ("Leading Inclusion for SENCOs") at ten touchpoints. The report is
sent whole as the application with a shaded covering note and a Part C
written for the panel.

Layout: no heading styles for the parts (bold typed titles "PART A -" etc.),
a scoring key table, ten shop records each opening with a small field table
(Ref / Touchpoint / Shopper / Date / Channel / Score, the title row merged and
shaded), then bold run-ins "What happened", "What worked", "What didn't", and
"Strideaway Learning says" (only this last carries the provider's own
arrangements; shoppers' accounts describe the pilot). A text box of shopper
quotations. Part C: a facts table with merged cells, a table of days, prose
sections, an outcome table ("What a SENCO will be able to do" / "Worked on" /
"Shown in") in the charity's own words with shaded group rows. Header and
footer (footer claims approval: never evidence). Tracked changes: a deleted
sentence offering direct assessment, an inserted sentence on second marking
and external moderation. Comments (one suggests APL; not part of the text).

Traps, with the requirement ids they touch:
- negation: MS-01, the provider confirms it "does not currently accept credit
  from earlier courses" (2.1 not_met).
- tracked deletion: the only mention of a direct assessment route is deleted
  (2.3 not_met); a comment proposing APL from 2010 does not count (2.1).
- tracked insertion: second marking and external examiner moderation are an
  inserted sentence, which is part of the submission (5.8 met).
- aspiration: a named tutor on the Hub "we intend" (3.3 partially_met: peer
  forums exist, tutor support only intended); Access Champions shopping again
  "we would like" (4.3 partially_met, delivery involvement only); pupil
  impact "we hope in time" (5.9 partially_met, confidence ratings only).
- past arrangements: the pilot's January start and its readers' list of 2008;
  the Award starts in September only and follows a fixed order (3.2
  partially_met); research only as tutors' "own reading" and a 2008 list
  (1.3 partially_met).
- someone else's arrangement: managing teaching assistants is left to the
  University's own module "which participants may take afterwards" (6.S4
  not_met); other common needs only in a reading pack (6.K5 partially_met).
- placeholder: the formative assessment row "[to be confirmed with the
  University]" (6.S2c not_met).
- partial checks: heads confirm employment, disclosure not seen (5.3
  partially_met); Base Mentors only get a letter (5.7 partially_met); "welcome
  to talk" about next steps (2.5 partially_met).
- outcome table: A3, K7 worked on, not assessed; A7 "not separately assessed";
  S2b shown only at a formative Route Check (all partially_met); 1.9
  partially_met because of them.
- header/footer: "Approved by the TDA" footer is not evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _ht_helpers import *  # noqa

HERE = Path(__file__).resolve().parent
NAME = "ht-01-strideaway-mystery-shop"
JP = "Jo Pennant"
UNI = "Mark Ellery (Penhallow)"

d = new_doc()
header_footer(d, "Strideaway Learning  |  Access Champions Mystery Shop Report 2009  |  Version 3 for the TDA panel",
              "Strideaway is a registered charity. The Strideaway Award in SEN Coordination: approved by the TDA for 2009-10.")

shaded_box(d, [
    "**Note for the TDA approval panel**",
    "We are sending you our Access Champions' mystery shopping report on the spring 2009 pilot, \"Leading Inclusion "
    "for SENCOs\", as the main part of our application, because it shows our course the way a disabled person meets "
    "it. Parts A and B are the report as the Access Champions wrote it, with our answers under each shop. Part C was "
    "written for you: it sets out the Strideaway Award in SEN Coordination as we will run it from September 2009 with "
    "the University of Penhallow.",
    "Jo Pennant, Head of Strideaway Learning, 8 June 2009",
], fill="E2EFD9")

para(d, "ACCESS CHAMPIONS MYSTERY SHOP 2009", bold=True, size=16)
para(d, "Leading Inclusion for SENCOs: how it felt from the outside", italic=True, size=12)
para(d, "Shopped February to April 2009. Written up by the Access Champions with support from Strideaway's "
        "Participation Team.")

para(d, "PART A - ABOUT THIS SHOP", bold=True, size=12)
para(d, "Access Champions are young disabled people who check Strideaway's own services and tell us honestly how "
        "they work. Most of us have cerebral palsy; some of us use wheelchairs, communication aids or eye-gaze, and "
        "two of us have a visual impairment as well. For this shop we were joined by three associate shoppers, "
        "teachers who are disabled themselves and who could pose as people applying for the course. Between us we "
        "made ten shops, one at each point where a SENCO meets the course: asking about it, reading about it, "
        "applying, being selected, the first day, a study day, the online Hub, a Spotlight Visit, handing work in "
        "and finishing.")
para(d, "We scored each shop out of four stars and wrote down what happened, what worked and what did not. "
        "Strideaway Learning then answered each shop in writing. Their answers are printed under ours, and we have "
        "left them exactly as they were sent.")
table(d, [
    ["Stars", "What it means"],
    ["****", "Brilliant. We would tell our friends."],
    ["***", "Good, with one or two things to fix."],
    ["**", "We got there in the end, but it was hard work."],
    ["*", "We could not use it or we were put off."],
], widths=[2.5, 13])
para(d, "")
text_box(d, [
    "What the shoppers said",
    "\"The person on the textphone was patient and did not rush me.\" (associate shopper)",
    "\"The venue was great but nobody told us where the accessible loo was.\" (Kieran, 19)",
    "\"I liked teaching teachers. They actually listened.\" (Amira, 17)",
    "\"The Hub is where everyone talks, but I never saw a tutor on it.\" (Ross, 22)",
])
para(d, "")

para(d, "PART B - THE TEN SHOPS", bold=True, size=12)

SHOPS = [
    ("MS-01", "Asking about the course", "Associate shopper A (Deaf teacher, BSL user)", "10 Feb 2009",
     "Textphone and email", "***",
     "I used the textphone to ask how long the course took, what it cost and whether my earlier study would count. "
     "I have a Certificate in Deaf Education from another university, worth 30 credits. The person who answered "
     "was patient and sent an email the same day with the leaflet. On earlier study, the email said the course was "
     "new and that they would check. Two days later I was told by email that they could not take my certificate "
     "into account.",
     "Quick, friendly answers. The email summary was clear and had a named contact.",
     "I had to ask twice about earlier study. Nobody explained why it could not count.",
     "Strideaway Learning does not currently accept credit from earlier courses. This is still the position for "
     "the September 2009 intake, because the University's rules for accrediting prior learning do not yet cover "
     "the Award. We have changed our enquiry script so that the answer is given straight away, with the reason."),
    ("MS-02", "Reading about it and applying", "Ross, 22 (screen reader user)", "16 Feb 2009",
     "Website and application pack", "*",
     "The course page on the website was fine with my screen reader, but the application pack was a scanned PDF "
     "and I could not read any of it. There was no other format offered and no phone number on the page. The form "
     "itself asked about disability only in a monitoring box at the end.",
     "The web page itself was well laid out, with proper headings.",
     "A scanned PDF is a locked door. The form did not ask what help I would need to take part.",
     "The application pack is now a Word document and is also sent in large print, Easy Read, audio and Braille on "
     "request; the course page gives a phone, textphone and email contact. The form now has a section called "
     "\"What would help you take part?\", separate from monitoring, and we tell every applicant that telling us "
     "about a disability or health condition is welcome and will only be used to plan adjustments. A tutor "
     "contacts each applicant who asks for an adjustment before the Starting Point Conversation."),
    ("MS-03", "Being selected", "Associate shopper B (teacher with cerebral palsy)", "24 Feb 2009",
     "Starting Point Conversation, by phone", "***",
     "I posed as a class teacher who had just been asked to become SENCO. Before the call I filled in a self-audit "
     "that listed what a SENCO needs to be able to do and asked me to rate myself on each. The tutor went through "
     "it with me and asked what my head had said. Because I was not yet doing the job, she said I should start with "
     "the \"Getting Ready\" pack and that she would ring my head to talk about timing. Nobody asked me about a CRB "
     "check at any point.",
     "The self-audit made me think. The tutor was kind and honest about whether I was ready.",
     "I did not know what would happen to my self-audit after the call.",
     "Every applicant has a Starting Point Conversation with a tutor. Applicants must be qualified teachers, must "
     "be the SENCO or about to take the role, and must send a nomination form signed by their head. The tutor uses "
     "the self-audit to judge whether the applicant can reach all the outcomes by the end of the year; where they "
     "cannot yet, the tutor gives written guidance on what to do first, sends the \"Getting Ready\" pack and speaks "
     "to the head. The self-audit then becomes the first page of the participant's My Route plan (see Part C). On "
     "checks, we ask heads to confirm on the nomination form that the participant is employed as a teacher at the "
     "school. We have not asked to see disclosure details, and we will look at this with the University."),
    ("MS-04", "The first day", "Kieran, 19 (power chair user)", "3 Mar 2009",
     "Foundation Day at the Mill Centre, Penhallow", "***",
     "The venue had level access, a lift, parking close to the door and a changing places toilet with a hoist. "
     "Name badges had large print. Lunch was at tables I could get under. But no one told us where the accessible "
     "toilet was, and the handouts were only in small print. In the afternoon the tutor explained how the pilot "
     "would run: one group starting in January, meeting on Tuesdays.",
     "A really accessible building. People talked to me, not to my support worker.",
     "Handouts in 10 point. No signs to the changing places toilet.",
     "Every venue is checked against Strideaway's own access audit before it is booked. Handouts are now sent "
     "electronically a week before each day so participants can enlarge them or use their own software, and a "
     "large-print set is brought to every day. The pilot started in January; the Award will start in September "
     "only (see Part C)."),
    ("MS-05", "A study day", "Amira, 17 (uses a communication aid) and Leon, 20", "17 Mar 2009",
     "Study Day 3, Voice and Choice", "****",
     "We helped to teach this day. In the morning we talked about what it is like to be asked, or not asked, about "
     "our own support. In the afternoon the SENCOs practised Talking Mats and using symbols with each other and then "
     "with us. They each planned how they would find out the views of one pupil at their school who does not use "
     "much speech.",
     "Being paid and treated like tutors. Teachers asked really good questions.",
     "The room was too hot and there was not enough time for the afternoon.",
     "Access Champions co-deliver Study Day 3 every year and are paid at our sessional tutor rate. The afternoon has "
     "been lengthened by forty-five minutes. The plan participants make on this day becomes Base Task 2."),
    ("MS-06", "The online Hub", "Ross, 22 and Chloe, 16", "16 Mar to 13 Apr 2009",
     "The Hub (online area)", "**",
     "The Hub has a page for each study day, the readings, and forums for each Study Group. SENCOs used the "
     "forums a lot, mainly to share drafts and ask each other how they were getting on. We posted two questions "
     "as if we were participants. Other SENCOs answered within a day; a tutor answered one question after nine "
     "days and did not answer the other. The Hub worked with a screen reader except for two embedded videos without "
     "captions.",
     "Busy forums. Everything in one place.",
     "Where were the tutors? Videos had no captions.",
     "Participants use the Hub forums to share Base Task drafts with their Study Group, and this will continue. We "
     "intend to have a named tutor on the Hub each week from the autumn. All videos are being captioned."),
    ("MS-07", "A Spotlight Visit", "Parent carer shopper C", "31 Mar 2009",
     "Spotlight Day at Fernhill School", "****",
     "I went with two SENCOs on their Spotlight Day at Fernhill, Strideaway's school for pupils with physical "
     "disabilities. They spent the morning in a class with the physiotherapist and occupational therapist, looking "
     "at seating and how a pupil's day is planned around therapy. In the afternoon they met the school's "
     "assistive technology specialist and the family support worker, and I talked with them about what parents "
     "want from a SENCO.",
     "A real school, real staff, and time to ask questions.",
     "Nothing. It was the best part of the course.",
     "Every participant spends two Spotlight Days in one of Strideaway's four schools or three family services, "
     "chosen with their tutor to match their My Route plan. Hosts are given a Spotlight brief and a named host "
     "teacher for each visit."),
    ("MS-08", "Handing work in", "Associate shopper D (teacher with dyslexia)", "7 Apr 2009",
     "Submission and feedback on a Base Task", "**",
     "I handed in a written Base Task and asked if I could give part of it as a recorded talk instead, because of "
     "my dyslexia. I was told this would be fine for the Award but not for the pilot. Written feedback came after "
     "three weeks. It was useful but I did not know what standard I was being marked against.",
     "Feedback was detailed and kind.",
     "No criteria shown in advance. Three weeks felt like a long time.",
     "Base Tasks are marked against the University's published level criteria, which are now in the handbook and "
     "on the Hub, and feedback is returned within fifteen working days. Participants may present any Base Task in "
     "an alternative format (recorded, signed or supported by a scribe) where they have told us of a need, and "
     "extra time is agreed at the Starting Point Conversation."),
    ("MS-09", "The Kit Room", "Chloe, 16 (eye-gaze user)", "8 Apr 2009",
     "Visit to Strideaway's assistive technology centre", "****",
     "The Kit Room has communication aids, switches, eye-gaze systems, adapted keyboards and seating. The SENCOs "
     "tried everything and I showed them how I use eye-gaze to write. They could borrow equipment for a term to "
     "try with a pupil.",
     "Hands-on, and the staff really knew their stuff.",
     "We wanted longer.",
     "The Kit Room is open to every participant, with a loan scheme for their schools, and Study Day 4 is held "
     "there. Its technicians and speech and language therapists lead the practical sessions."),
    ("MS-10", "Finishing", "Associate shopper A", "21 Apr 2009",
     "Last pilot day", "**",
     "On the last day we had a certificate and a lunch. When I asked what I could do next, the tutor said to "
     "come and talk to her. Nobody else mentioned it.",
     "A nice ending and a certificate.",
     "No plan for what next.",
     "Participants are welcome to talk with their tutor about what they might do next, and we hope to offer a "
     "route onto the University's MA in due course."),
]

for ref, tp, shopper, date, channel, stars, happened, worked, didnt, says in SHOPS:
    t = table(d, [
        [ref + "  " + tp, "", "", ""],
        ["Shopper", shopper, "Date", date],
        ["Channel", channel, "Score", stars],
    ], header_fill=None, widths=[2.6, 7.0, 2.0, 4.4])
    merge_row(t, 0, ref + "  " + tp, fill="C5E0B3")
    para(d, "**What happened.** " + happened)
    para(d, "**What worked.** " + worked)
    para(d, "**What didn't.** " + didnt)
    p = para(d, "**Strideaway Learning says:** " + says)
    if ref == "MS-01":
        comment(d, p.runs[-1], "Jo - the University says we may be able to do APL from 2010. Shall we say we will?", UNI, "ME")
    if ref == "MS-06":
        comment(d, p.runs[-1], "Who will this be? Budget not agreed yet.", "Sam Okafor", "SO")

para(d, "What we think overall", bold=True)
para(d, "The people were the best thing about the course: tutors, therapists and other SENCOs. The paperwork and "
        "the online Hub were the worst. We want to be asked back to check the changes Strideaway has promised.")

# ---------------- Part C ----------------
para(d, "PART C - THE STRIDEAWAY AWARD IN SEN COORDINATION (FOR THE PANEL)", bold=True, size=12)
para(d, "This part was written by Strideaway Learning for the approval panel. It describes the Award as it will "
        "run from September 2009, after the pilot and after the changes the Access Champions asked for.")

para(d, "C1  The Award at a glance", bold=True)
t = table(d, [
    ["Item", "Detail"],
    ["Title", "Strideaway Award in SEN Coordination (the National Award for SEN Coordination)"],
    ["Award and credit", "Postgraduate Certificate in SEN Coordination, 60 credits at masters level (Level 7), "
                         "validated by the University of Penhallow at its approval event on 11 May 2009"],
    ["Run by", ""],
    ["Strideaway Learning", "Recruitment, teaching, Spotlight Days, Kit Room, tutor support"],
    ["University of Penhallow", "Registration, level criteria, external examiner, Award Board, award of credit"],
    ["Length", "One year, part time: a Foundation Day, six Study Days, two Spotlight Days and a Professional "
               "Conversation, with five Base Tasks in the participant's own school"],
    ["Start and groups", "The Award has one start each year, in September, and Study Days follow a fixed order. "
                         "Participants can attend Study Days with the Tuesday or the Thursday group."],
    ["Fee", "GBP 1,650, including Kit Room loans and Spotlight Days"],
], widths=[4.5, 11.5])
merge_row(t, 3, "Run by", fill="F2F2F2")

para(d, "")
para(d, "C2  What the Award is for", bold=True)
para(d, "The Award exists so that children and young people with SEN and disabilities in our participants' schools "
        "make better progress and are healthier, safer and happier: achievement in the sense of all five Every Child "
        "Matters outcomes, not only test results. Every Base Task is set on a real pupil or group of pupils in the "
        "participant's own school, and each is judged partly on what it changed for those pupils' learning and "
        "well-being. Participants lead change in their own schools during the year rather than afterwards, and the "
        "Portfolio records what they did and what happened.")
para(d, "Study Day 1 covers the SEN Code of Practice, the Disability Discrimination Act and the disability equality "
        "duty, Every Child Matters and the current national strategy for SEN. Tutors bring their own reading to each "
        "day, and the reading list written for the pilot in 2008 is on the Hub.")

para(d, "C3  The year", bold=True)
t = table(d, [
    ["Day", "What happens", "Base Task that follows"],
    ["Foundation Day (September)", "The role of the SENCO; the Award and the Portfolio; My Route plans agreed", "-"],
    ["Study Day 1: The law and the SENCO", "SEN Code of Practice, disability equality duty and accessibility "
     "planning, Every Child Matters, national policy", "BT1 Knowing our pupils"],
    ["Study Day 2: How children develop", "Typical and atypical development; cerebral palsy and physical "
     "disability; speech, language and communication needs; the effect of the physical and social environment", "BT1"],
    ["Study Day 3: Voice and Choice", "Co-delivered by Access Champions: consulting pupils who use little or no "
     "speech; pupils' part in planning and reviewing their support", "BT2 Voice and choice"],
    ["Study Day 4: Teaching, assessment and technology (Kit Room)", "Assessment for planning; using tests and "
     "assessment data; access arrangements for tests and examinations; assistive technology and ICT to remove "
     "barriers; personalising teaching", "BT3 Mapping provision"],
    ["Study Day 5: Provision and self-evaluation", "Provision mapping; reviewing provision with colleagues; "
     "school self-evaluation and improvement planning", "BT3"],
    ["Spotlight Days 1 and 2", "In a Strideaway school or family service (see MS-07)", "BT4 Working together"],
    ["Study Day 6: Leading and working with others", "Advising class teachers and teaching assistants; working "
     "with SENCOs in neighbouring schools and with Strideaway's outreach teachers; coaching and mentoring; "
     "running training; working with parents and outside agencies; time and workload", "BT5 Leading change"],
    ["Professional Conversation (June)", "Forty-minute assessed conversation with two assessors about the "
     "Portfolio", "-"],
], widths=[4.2, 8.3, 3.5])

para(d, "")
para(d, "C4  Starting Point and My Route", bold=True)
para(d, "Before the Foundation Day each participant completes the self-audit against the outcomes in C9 and has "
        "the Starting Point Conversation described in MS-03. From it the tutor and participant write a My Route "
        "plan: the outcomes the participant most needs to work on, the focus chosen for each Base Task, the "
        "Spotlight setting, and any adjustments. The plan sets a personal target for each outcome and is looked at "
        "again at two Route Checks, in January and April, when the tutor and participant agree what to change. "
        "Because Base Tasks are set in the participant's own school and on their own pupils, the work is different "
        "for every participant, and the fee is kept down by using Strideaway's own schools and Kit Room rather than "
        "hired venues.")

para(d, "C5  Equality and access", bold=True)
para(d, "Strideaway is run for and with disabled young people, and the Award is planned so that disabled "
        "participants take part on the same terms as anyone else. Applicants are invited to tell us what would help "
        "them take part, and tutors agree adjustments with them before the course starts (MS-02). Venues are "
        "checked against our access audit (MS-04); materials come in alternative formats; Base Tasks can be "
        "presented in alternative formats and extra time agreed (MS-08); Spotlight hosts are told of any "
        "adjustment a participant needs. Selection is made on the nomination form and the Starting Point "
        "Conversation only, and tutors are trained in the charity's disability equality course. Disabled young "
        "people co-teach the course, which is the most direct way we know to promote positive attitudes.")

para(d, "C6  Who teaches and supports", bold=True)
para(d, "The tutor team is led by Jo Pennant (former SENCO and local authority adviser for physical disability, "
        "MA in Inclusive Education). Its four tutors are all former SENCOs, each with a masters degree, and each "
        "still works part of the week in Strideaway's outreach team. They are joined on Study Days by Strideaway's "
        "physiotherapists, occupational therapists, speech and language therapists, an educational psychologist, "
        "the Kit Room's assistive technology specialists and the Access Champions. The tutor team meets each term "
        "with the University's programme leader to plan the days and agree marking. Each participant names a Base "
        "Mentor in school, usually the head or a deputy. We send Base Mentors a letter explaining the Base Tasks.")

para(d, "C7  How the Award is assessed", bold=True)
p = para(d, "The Award is assessed through a Portfolio of the five Base Tasks and the Professional Conversation, "
            "marked by Strideaway tutors against the University's level criteria. ")
ins_text(p, "A sample of at least one Portfolio in four is second-marked by another tutor, and the University's "
            "external examiner moderates a further sample and attends the Award Board.", JP)
p2 = para(d, "The Award Board recommends the Award only when a participant has shown every one of the national "
             "minimum outcomes at the pass standard; a participant who has not may resubmit once. ")
del_text(p2, "Experienced SENCOs may instead ask to be assessed directly through the Portfolio and Professional "
             "Conversation without attending the Study Days.", UNI)
para(d, "Deploying and managing teaching assistants is not part of the Strideaway Award; the University covers it "
        "in its own module \"Leading Support Staff\", which participants may take afterwards.")

para(d, "C8  How we know it is working", bold=True)
para(d, "Inside the course, every day is evaluated on paper or by symbol card, and the tutor team reads the "
        "evaluations each term and records what it will change in the Course Log. Outside it, the University's "
        "external examiner reports each year to the joint Board of Studies, which agrees actions and checks them "
        "at its next meeting; this mystery shop was a further outside check, and the changes printed under each "
        "shop in Part B came from it. Participants rate their confidence against each outcome in the self-audit at "
        "the start and again before the Professional Conversation, and the two ratings are compared for each cohort "
        "at the Board of Studies. We hope in time to find a way of showing what difference the Award makes to "
        "pupils. We would like the Access Champions to shop the Award again once it is running.")

para(d, "C9  Who we listened to", bold=True)
para(d, "Before designing the Award we surveyed 63 SENCOs in the 41 mainstream schools our outreach team works "
        "with, held two parent carer groups, and met the SEN leads of four local authorities. SENCOs asked for "
        "practical work on physical disability and technology; parents asked for SENCOs who listen and who "
        "understand therapy; the local authorities asked for work on access arrangements and accessibility plans. "
        "As a result Study Day 2 gives half a day to physical disability, Study Day 4 is held in the Kit Room with "
        "access arrangements on its programme, and Study Day 3 is taught with young people. The changes in Part B "
        "were made because of the Access Champions.")

para(d, "C10  What a SENCO will be able to do", bold=True)
para(d, "Our own wording of the national minimum outcomes. \"Worked on\" shows the day where it is taught; \"Shown "
        "in\" shows where it is assessed for the Award.")

OUT = [
    ("G", "How a SENCO works"),
    ("", "Build fair, respectful relationships with disabled pupils and their families", "SD3, Spotlight", "BT2, BT4"),
    ("", "Win the support of the head, senior leaders and colleagues", "SD6", "BT5"),
    ("", "Plan and prioritise the SENCO's time and hand tasks on to others", "SD6", "-"),
    ("", "Spot problems early and make sound decisions about provision", "SD5", "BT3, Professional Conversation"),
    ("", "Speak and write clearly and listen to other people's views", "All days", "Portfolio, Professional Conversation"),
    ("", "Use research and outside advice to improve practice", "SD2, SD4", "BT3, Professional Conversation"),
    ("", "Keep up to date and plan one's own learning", "Hub reading, My Route", "Not separately assessed"),
    ("G", "What a SENCO knows"),
    ("", "The SEN law and Code of Practice and how to apply them", "SD1", "BT1, Professional Conversation"),
    ("", "Every Child Matters and the SENCO's part in it", "SD1", "BT5"),
    ("", "Disability equality law and what schools must do", "SD1", "BT5"),
    ("", "How children develop and what affects it", "SD2", "BT1"),
    ("", "Physical disability, cerebral palsy and speech, language and communication needs; other common needs "
         "such as dyslexia, autism, behavioural needs and moderate learning difficulties are introduced in a reading pack",
     "SD2, reading pack", "BT1 (physical disability and communication needs)"),
    ("", "Approaches, resources and technology for assessing, planning and teaching", "SD4", "BT3"),
    ("", "School self-evaluation and improvement", "SD5", "-"),
    ("", "Best practice and research on meeting SEN", "SD2, SD4", "Professional Conversation"),
    ("", "What outside agencies do and how to get their help", "Spotlight, SD6", "BT4"),
    ("G", "What a SENCO does"),
    ("", "Influence the school's inclusive ethos, policies and use of resources with the head and governors",
     "SD6", "BT5"),
    ("", "Identify pupils, set challenging targets, plan interventions and review progress", "SD2, SD4", "BT1"),
    ("", "Use therapists' and other professionals' assessments to plan teaching", "Spotlight, SD2", "BT1"),
    ("", "Use test and assessment results to track progress and change programmes", "SD4",
     "Route Check (formative only)"),
    ("", "Help colleagues use formative assessment with pupils with SEN", "[to be confirmed with the University]",
     "[to be confirmed with the University]"),
    ("", "Arrange access arrangements for tests and examinations in good time", "SD4", "BT1"),
    ("", "Map provision and find what is missing or not working", "SD5", "BT3"),
    ("", "Support colleagues' development by observing, coaching, mentoring and training", "SD6", "BT5"),
    ("", "Review provision with colleagues to feed the school's self-evaluation", "SD5", "BT3"),
    ("", "Involve pupils in planning and reviewing their own provision", "SD3", "BT2"),
    ("", "Work with parents and carers", "SD3, SD6, Spotlight", "BT4"),
    ("", "Work with other services and voluntary organisations", "Spotlight, SD6", "BT4"),
]
rows = [["What a SENCO will be able to do", "Worked on", "Shown in"]]
for o in OUT:
    rows.append([o[1], "", ""] if o[0] == "G" else [o[1], o[2], o[3]])
t = table(d, rows, widths=[9.5, 3.2, 3.3], size=9)
for i, o in enumerate(OUT, start=1):
    if o[0] == "G":
        merge_row(t, i, o[1], fill="D9D9D9", size=9)

para(d, "")
para(d, "Base Tasks in brief", bold=True)
BT = [
    "**BT1 Knowing our pupils.** The participant identifies pupils who may have SEN or disabilities using "
    "observation, data and therapists' and other professionals' reports, sets targets, plans an intervention, "
    "checks that access arrangements for the coming tests are in place, and reviews progress after a term.",
    "**BT2 Voice and choice.** The participant finds out the views of one pupil who uses little speech and "
    "involves the pupil in reviewing their provision, with a note of how class staff will keep this going.",
    "**BT3 Mapping provision.** The participant maps provision across the school, reviews it with colleagues, "
    "identifies what is missing or not working, and writes the SEN section of the school's self-evaluation.",
    "**BT4 Working together.** A piece of work with a family and at least one outside service or voluntary "
    "organisation, written up with the parents' and the service's comments.",
    "**BT5 Leading change.** The participant presents a proposal on inclusion to the head and governors, and "
    "plans and runs training or coaching for colleagues, with evidence from observation and feedback.",
]
for b in BT:
    para(d, b)

d.save(str(HERE / (NAME + ".docx")))
print("wrote", NAME + ".docx")
