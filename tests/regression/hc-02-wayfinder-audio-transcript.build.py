"""hc-02-wayfinder-audio-transcript: build the .docx next to this script.

Provider (invented): the Wayfinder Trust, a national charity for children and
young people with vision impairment, with Castlebridge University School of
Education, which validates the course ("Postgraduate Certificate: Leading SEN
Coordination", the National Award). Three units (Unit 1 The Law, the School
and the SENCO; Unit 2 Seeing the Learner; Unit 3 Leading Inclusive Practice),
assessed by a Policy Review, a Learner Study, and a Portfolio with a
Professional Review.

Document kind: the TRANSCRIPT of the charity's AUDIO EDITION of its applicant
information ("Your year on the SENCO Award", two CDs), sent as the application
under a covering letter typed with manual line breaks. Voice: spoken, "you"
(the listener) and "we", several speakers. Layout: no heading styles; a bold
title block; a track list table (Track, Title, Length); each track opened by
a bold typed line "TRACK n  Title  (m:ss)"; speaker labels as bold run-ins
("NARRATOR:", "DR RUTH OKONJO:"); italic sound cues in square brackets; a
producer's note left in the body; tracked changes (one deletion, one
insertion by the programme leader); a Word comment; header and footer.

Traps (requirement ids):
- E.2: 60 credits, but the level is still undecided: the narrator corrects
  himself ("the University hasn't yet decided between level six and level
  seven") (E.2 partially_met).
- 2.3: the Direct Assessment route is a tracked INSERTION by the programme
  leader: part of the submission (2.3 met).
- 5.8: second marking of a sample is in the text; the termly moderation
  meeting and the external examiner's sample are in a tracked DELETION (5.8
  partially_met).
- 3.2: the narrator lists a third route, the Harrowgate weekend school, and a
  producer's note says it is not running in 2009-10; the two other routes and
  two start dates stand (3.2 met).
- 2.1: credit for earlier masters study (Track 4), but in Track 12 "What we
  can't do is give credit for experience on its own" (negation far from its
  subject) (2.1 partially_met).
- 2.5: after the course there is only a hope ("we hope you'll think about the
  MA") (2.5 not_met).
- 1.7 / 6.S8: parents appear as values ("parents are the experts"), a parent's
  interview, and the Trust's Family Support Officers, who support parents
  themselves (wrong context); working with parents is "touched on" in Unit 3
  but "not something we assess" (1.7 partially_met, 6.S8 partially_met).
- 4.2: influence of stakeholders stated only in general ("shaped by what
  people told us") (4.2 partially_met) while the evidence of needs is
  concrete (4.1 met).
- 5.1 / 5.9: end-of-unit questionnaires only (usefulness and confidence); an
  independent evaluation of pupils' progress ran in the pilot and has ended;
  a Word comment says measuring pupils' progress is not agreed (5.1, 5.9
  partially_met).
- 5.3: the headteacher's talk about his own school's vetting of staff is the
  wrong context, but the admissions check on candidates is concrete (5.3 met).
- The pilot participant's placement week was in the pilot; the course's own
  placement week is described separately (5.5 met).
- Criterion 6 in speech: outcomes read out unit by unit with the piece that
  assesses them. Child development is never mentioned (6.K4 not_met);
  prioritising, time and delegation are never mentioned (6.A3 not_met);
  formative assessment is assessed in the Learner Study but "we don't teach
  that as a topic" (6.S2c partially_met); deploying teaching assistants gets
  feedback that "doesn't count towards your mark" (6.S4 partially_met);
  keeping up to date is "not assessed" (6.A7 partially_met); parents as
  above (6.S8).
- The award is made on an average mark with compensation ("a weaker piece
  can be balanced by a stronger one") and a blanket claim that "all the
  national outcomes are in there" (6.0 not_met; 1.9 partially_met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _hc_helpers import shade, tracked_ins, tracked_del, set_cell

OUT = Path(__file__).with_name("hc-02-wayfinder-audio-transcript.docx")
doc = Document()
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(12)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Wayfinder Trust  -  Audio edition transcript  -  CD 1 and CD 2"
sec.footer.paragraphs[0].text = "Transcript v3, 12 June 2009. Wayfinder Media Unit. Not checked against final master."

# covering letter typed with manual line breaks
p = doc.add_paragraph()
for i, line in enumerate(["The Wayfinder Trust", "Education Services", "14 Mill Wynd, Castlebridge CB4 2RT",
                          "", "19 June 2009", "", "SENCO Award Approvals Team",
                          "Training and Development Agency for Schools"]):
    r = p.add_run(line)
    if i == 0:
        r.bold = True
    r.add_break()
doc.add_paragraph("Dear colleagues")
doc.add_paragraph(
    "Application for approval: Postgraduate Certificate, Leading SEN Coordination (Wayfinder Trust and Castlebridge "
    "University)")
doc.add_paragraph(
    "Everything we publish about the course is made first as audio, because many of the teachers we most want to reach "
    "are blind or partially sighted, and because busy SENCOs tell us they listen in the car. The print, braille and "
    "large print editions are made from this recording. We are therefore sending you the transcript of the audio "
    "edition, Your year on the SENCO Award, as our application. It is the full text of both CDs. The CDs themselves "
    "are enclosed for any member of the panel who would prefer to listen.")
p = doc.add_paragraph()
for i, line in enumerate(["Yours faithfully", "", "Marcus Ellery", "Director of Education Services, the Wayfinder Trust",
                          "for the Wayfinder Trust and Castlebridge University School of Education"]):
    r = p.add_run(line)
    if i < 4:
        r.add_break()
doc.add_page_break()

p = doc.add_paragraph()
r = p.add_run("YOUR YEAR ON THE SENCO AWARD")
r.bold = True
r.font.size = Pt(16)
p = doc.add_paragraph()
r = p.add_run("Audio edition, two CDs, 74 minutes. Transcript.")
r.bold = True
doc.add_paragraph("Speakers: Narrator (Tom Haldane); Marcus Ellery, Director of Education Services, Wayfinder Trust; "
                  "Dr Ruth Okonjo, Programme Leader, Castlebridge University; Jane Tilley, SENCO, Ravensby Primary "
                  "School, who took part in the 2008 pilot; Paul Brannan, Headteacher, St Cuthbert's RC Primary "
                  "School; Sian Moffat, parent; Ellie, aged 15, Wayfinder Youth Forum.")

tracks = [
    ("1", "Welcome", "3:10"), ("2", "Why this course, and why us", "6:05"), ("3", "Who the course is for", "5:20"),
    ("4", "Getting started: your Starting Profile", "5:45"), ("5", "Three ways to study", "6:30"),
    ("6", "If you are disabled", "5:15"), ("7", "Unit 1: The Law, the School and the SENCO", "6:40"),
    ("8", "Unit 2: Seeing the Learner", "7:35"), ("9", "Unit 3: Leading Inclusive Practice", "7:50"),
    ("10", "Your placement week", "4:20"), ("11", "How you'll be assessed", "6:55"),
    ("12", "Questions people ask", "5:30"), ("13", "Who we are", "3:25"), ("14", "After the course", "2:10"),
]
t = doc.add_table(rows=1 + len(tracks), cols=3)
t.style = "Table Grid"
for j, h in enumerate(["Track", "Title", "Length"]):
    set_cell(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "D9D9D9")
for i, row in enumerate(tracks, 1):
    for j, v in enumerate(row):
        set_cell(t.cell(i, j), v)
doc.add_paragraph()


def track(num):
    n, title, length = tracks[int(num) - 1]
    p = doc.add_paragraph()
    r = p.add_run(f"TRACK {n}    {title}    ({length})")
    r.bold = True
    p.paragraph_format.space_before = Pt(14)


def say(who, text):
    p = doc.add_paragraph()
    r = p.add_run(who + ":  ")
    r.bold = True
    p.add_run(text)
    return p


def cue(text):
    p = doc.add_paragraph()
    r = p.add_run(f"[{text}]")
    r.italic = True
    return p


N, ME, RO, JT, PB, SM, EL = ("NARRATOR", "MARCUS ELLERY", "DR RUTH OKONJO", "JANE TILLEY", "PAUL BRANNAN",
                             "SIAN MOFFAT", "ELLIE")

track(1)
cue("Music: piano theme, fades under")
say(N, "Hello, and welcome. This recording is for teachers who are thinking about joining the SENCO Award run by the "
       "Wayfinder Trust and Castlebridge University. It lasts about an hour and a quarter. You can skip to any track: "
       "track 5 is about the different ways to study, track 11 is about assessment, and track 12 answers the questions "
       "people ask most. If you're listening with a screen reader or a DAISY player, each track is also a heading.")
say(N, "The course is a Postgraduate Certificate called Leading SEN Coordination. It is the National Award for SEN "
       "Coordination, which every teacher new to the SENCO role will need from September 2009. It's a Castlebridge "
       "University award, validated by the University, and it carries sixty credits. It sits at level six, that's to "
       "say honours level... sorry, I should put that right. The University hasn't yet decided between level six and "
       "level seven, and we'll let you know before the course starts.")

track(2)
say(ME, "The Wayfinder Trust has worked with blind and partially sighted children and their families for over forty "
        "years. What we see again and again is that a child's year depends on one person in the school who makes "
        "things happen, and very often that's the SENCO. So this course is about one thing: children with special "
        "educational needs and disabilities doing better. Not just in their tests, though that matters, but in all "
        "five of the Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
        "positive contribution and achieving economic well-being. Every unit is built around those five outcomes, and "
        "every assignment asks you to show what difference your work made to children.")
say(ME, "Before we designed the course we asked people what they needed. In 2008 we surveyed a hundred and eighty "
        "SENCOs across the north of England, held two focus groups with parents of children with special needs in "
        "Castlebridge and Hallam Moor, and spent a day with the heads of six local authority vision support services. "
        "They told us three things. SENCOs said they needed to be able to study without losing days in school, and "
        "that they knew least about sensory and low-incidence needs. Parents said they wanted SENCOs who would listen "
        "and would keep them informed. And the vision services said SENCOs often didn't know when to call them in. "
        "That is why the course has an online route, why sensory impairment sits beside the other needs a SENCO meets, "
        "and why working with specialist services runs through Unit 3.")
say(ME, "Everything you hear on these CDs has been shaped by what people told us.")
say(SM, "My son Aaron has nystagmus and dyspraxia. For two years nobody at his school joined the dots. Then a new SENCO "
        "came, sat down with us, and asked what we thought. That was the first time. Parents are the experts on their "
        "own children, and a good SENCO knows that.")
say(ME, "Sian is one of our Family Support Officers' families. Our Family Support Officers visit parents at home, go "
        "with them to review meetings if they want, and help them understand their child's statement. We think every "
        "SENCO should see parents as partners in the way they do.")

track(3)
say(N, "The course is for qualified teachers working in schools in England who are their school's SENCO, or who have "
       "been designated to become SENCO within the year. You'll need qualified teacher status, and a letter from your "
       "headteacher saying that the school supports your application, will release you for the study days and will "
       "give you time in school for the practical work.")
say(RO, "When your application comes in, I or one of the tutors will have a conversation with you, by phone or face to "
        "face, about your role and your experience. We go through a short checklist based on the national outcomes, "
        "because we need to be confident that you can reach all of them by the end of the year. If we think you're "
        "not ready yet, we won't just say no. We'll write to you and to your head to explain what would help, for "
        "example a term shadowing an experienced SENCO or the Inclusion Development Programme materials, and invite "
        "you to apply again.")
say(RO, "Before we confirm your place, our admissions officer checks your suitability to work with children. We ask "
        "your employer to confirm the date and number of your enhanced Criminal Records Bureau disclosure, to confirm "
        "that you're not barred from working with children and are not on List 99, and to tell us whether there are any "
        "concerns about your conduct or outstanding disciplinary matters. If you haven't worked in a post with regular "
        "contact with children in the last three months, we'll ask you to apply for a new enhanced disclosure through "
        "the University before you start.")
say(PB, "At St Cuthbert's we take safer recruitment very seriously. Every member of staff, every volunteer, every "
        "governor who helps in class has an enhanced disclosure, and our business manager keeps the single central "
        "record up to date. I sat on the interview panel training last year and it changed the way we appoint.")

track(4)
say(N, "Once you've got a place, the first thing you'll do, before the course begins, is complete your Starting "
       "Profile.")
say(RO, "The Starting Profile goes through every one of the national outcomes. For each one you say where you are now, "
        "with an example, and your headteacher adds a comment. Then, in September, before the first unit, you'll have "
        "a one-to-one tutorial with your personal tutor. Together you agree your Personal Learning Plan: which outcomes "
        "you're already strong on, which you need to work on, your own personal targets for the year, and which "
        "optional sessions and readings will help most. Your tutor reviews the plan with you at the end of each unit.")
say(RO, "If you've already studied at masters level, for example a module of the mandatory qualification for teachers "
        "of children with visual impairment, you may be able to count up to twenty of the sixty credits. Talk to "
        "admissions before you enrol, and the University's accreditation panel will look at your certificates.")
p = say(RO, "")
tracked_ins(p, "There's also a route called Direct Assessment, for a small number of very experienced teachers, such as "
               "qualified teachers of visually impaired children or advisory teachers, who may already meet every "
               "outcome. You don't attend the units. Instead you put together a portfolio of evidence against every "
               "one of the national outcomes and then have a Professional Review with two assessors, exactly as other "
               "participants do. It's for exceptional cases, we agree it case by case, and the fee is six hundred "
               "pounds.", author="Ruth Okonjo", date="2009-06-10T09:12:00Z")

track(5)
say(N, "You can study in one of two ways, and you can start in October or in February.")
say(N, "The centre-based route has ten study days at the University's Castlebridge campus, spread across the year, "
       "with reading and practical tasks in school between them. The online route has three days on campus, one at the "
       "start of each unit, and the rest of the course is online in the Wayfinder Learning Zone. Most people take a "
       "year. If you need longer, you can take up to two years, and you can take Units 2 and 3 in either order once "
       "you've finished Unit 1. There is also a weekend school route, three residential weekends at Harrowgate Hall.")
cue("PRODUCER: Harrowgate weekend school is not running in 2009-10. Re-record this line or cut it before mastering.")
say(RO, "On the online route you're not on your own. Each tutor group has eight people. Your tutor runs a live online "
        "tutorial every fortnight, which you join by phone or computer, and the group's discussion forum is read and "
        "answered by tutors every working day. Between the campus days you can email or phone your tutor, and we "
        "promise a reply within two working days. The Learning Zone has been tested with JAWS, SuperNova and "
        "ZoomText, all the readings are accessible, and every recorded lecture has a transcript. Your school mentor "
        "has a login too, so we can share your tasks and send termly progress notes to your school.")
say(JT, "I did the pilot online because I'm in a small village school and I couldn't get cover. The fortnightly "
        "tutorials kept me going. You get to know the other seven people really well.")

track(6)
say(ME, "This course is run by a disability charity, and we want disabled teachers on it. We follow the Disability "
        "Discrimination Act and the Disability Equality Duty, and the University's equality schemes under the race "
        "and gender equality duties as well, but we try to go further than the law asks.")
say(ME, "Every piece of course material, including this recording, comes in audio, braille, large print and accessible "
        "electronic formats. The application form asks whether you have a disability or other need you'd like us to "
        "know about. It explains why we ask and who will see your answer, and your tutor asks again privately at your "
        "first tutorial. If you tell us, we'll agree a Learning Support Agreement with you and the University's "
        "Disability Advisory Service before you start. That might mean a guide from the station on study days, a "
        "note-taker, extra time or breaks in the Professional Review, or handing in your assignments in braille or as "
        "audio. We've checked the campus rooms we use with our own access adviser. And disability is never a reason "
        "for turning down an application: we decide on your experience and your conversation with us.")
say(ME, "We also want the course to change attitudes. Two of our tutors are disabled teachers, and in every unit you'll "
        "hear from disabled young people and adults about what makes a school welcoming.")

track(7)
say(N, "Unit 1, The Law, the School and the SENCO, is worth twenty credits.")
say(RO, "Unit 1 is about the framework you work in. We look at the Education Act 1996 and the SEN Code of Practice, and "
        "what the Code means day to day for the school and for you as SENCO. We look at Every Child Matters and the "
        "Children Act 2004, and at what a SENCO can do towards each of the five outcomes. We look at the Disability "
        "Discrimination Act and the disability equality duty, and what they require a school to do for disabled "
        "pupils: accessibility plans, reasonable adjustments, the duty to promote equality. We look at the 2008 SENCO "
        "Regulations, and at national initiatives like the Inclusion Development Programme and the National "
        "Strategies. Every unit also has a research seminar, where we look at new findings and inspection reports. "
        "This year that includes Ofsted's 2006 report on inclusion, Inclusion: does it matter where pupils are taught?, "
        "the Bercow Review and the evidence to the Lamb Inquiry.")
say(RO, "Then we look at the school as a whole. How schools evaluate themselves, through the self-evaluation form and "
        "improvement planning, and how outcomes for pupils with SEN fit in. And how a SENCO works with the head, senior "
        "colleagues and governors to build an inclusive ethos, shape policies and priorities, and argue for the "
        "resources that let every pupil take part in the life of the school, and how you win their commitment to "
        "improving outcomes for pupils with SEN.")
say(N, "Unit 1 is assessed by the Policy Review, a four-thousand-word review of your school's SEN and disability "
       "policies and practice against the law and guidance. It includes a plan you have agreed with your head or "
       "governors. So the Policy Review assesses your knowledge of SEN law and the Code, Every Child Matters, "
       "disability equality law and school self-evaluation, and your skills in working with senior leaders and "
       "governors and gaining colleagues' commitment.")

track(8)
say(N, "Unit 2, Seeing the Learner, is worth twenty credits.")
say(RO, "Unit 2 is about the children. We cover the most common kinds of special educational need and disability: "
        "behavioural, emotional and social difficulties, specific learning difficulties including dyslexia, speech, "
        "language and communication needs, autism and moderate learning difficulties, as well as sensory "
        "impairments, and how each can affect learning. We look critically at approaches to assessment, planning and "
        "teaching, including ICT and access technology, and at what the research says works.")
say(RO, "Then we get practical. How you identify pupils who may have SEN, using observation, data and assessment; how "
        "you set challenging targets, plan interventions that remove barriers, and review progress. How to use "
        "assessments from educational psychologists, therapists and specialist teachers to shape teaching. How to use "
        "summative data and national test results to track progress and change a programme that isn't working. And "
        "access arrangements: how to identify, in good time, what a pupil needs in national tests and examinations, "
        "and work with colleagues and the exams officer to put it in place in lessons and in the examinations "
        "themselves.")
say(EL, "I've got a modified large print paper for my GCSEs and I'm using a laptop. My SENCO sorted it out in Year 9, "
        "so I've practised with it for two years. My friend at another school only found out in the spring.")
say(N, "Unit 2 is assessed by the Learner Study, five thousand words, on a small group of pupils in your school. You "
       "use assessment data and other professionals' reports, set targets, plan and review an intervention, and plan "
       "access arrangements for tests or examinations. You must draw on research and specialist advice and show how "
       "it improved your practice. The Learner Study assesses your knowledge of types of SEN, teaching approaches, "
       "ICT and research, and your skills in identifying pupils, using assessments from other professionals, using "
       "summative data and planning access arrangements. It also asks you to show how you've encouraged colleagues "
       "to use formative assessment with pupils with SEN. We don't teach that as a topic; most of you will know it "
       "well from your own classroom.")

track(9)
say(N, "Unit 3, Leading Inclusive Practice, is worth twenty credits.")
say(RO, "Unit 3 is about leading other people. We look at provision mapping and provision management: how to plan "
        "provision across the school and spot what's missing or isn't working. How to review the effectiveness of "
        "provision together with staff and feed it into the school's self-evaluation. How to support colleagues' "
        "professional development by observing lessons and giving feedback, by modelling, by coaching and mentoring, "
        "and by planning training. We meet in action learning sets with SENCOs from other schools, so you'll be "
        "advising and learning from colleagues beyond your school as well as within it. In the sets you'll practise "
        "presenting your ideas clearly, in speech and in writing, and listening properly to other people's points "
        "of view.")
say(RO, "There's a session we call Listening to Pupils, which Ellie and other members of our Youth Forum help to run. "
        "You'll practise ways of finding out what children and young people think, including those who don't use "
        "speech, and how to involve pupils in planning and reviewing their own provision. We look at the scope and "
        "role of external agencies and voluntary organisations, and how to work with them so a child's support "
        "fits together. And we look at how a SENCO builds fair, respectful relationships with pupils and families, "
        "and makes sound decisions when things go wrong.")
say(RO, "We'll touch on working with parents in Unit 3 as well, though it isn't something we assess. And we'll talk "
        "about deploying and managing teaching assistants. You'll write a short plan for how the teaching assistants "
        "in your school are deployed, and your tutor will give you feedback on it, but it doesn't count towards your "
        "mark. Keeping up to date and taking charge of your own development as a SENCO is something we encourage "
        "all year; it's not assessed.")
say(N, "Unit 3 is assessed by your Portfolio and the Professional Review. The Portfolio records a change you lead in "
       "your school over two terms, with evidence of its effect on pupils. It must include a provision map, a review "
       "of provision carried out with colleagues, a coaching or training activity you led, and evidence of how you "
       "involved at least one pupil in reviewing their provision and how you worked with another service or a "
       "voluntary organisation. The Professional Review is a forty-minute conversation with two tutors about your "
       "Portfolio. It assesses how clearly you explain your work and how well you listen and respond, your judgement "
       "in the decisions you made, your relationships with pupils and families, and your knowledge of external "
       "agencies.")

track(10)
say(N, "Every participant spends a placement week in a specialist setting.")
say(RO, "We arrange a five-day placement for you in a resource base, a special school or a vision or hearing support "
        "service, matched to your Personal Learning Plan. The Trust agrees the dates with your head and the host, and "
        "each host names a member of staff to look after you. Throughout the course you'll also hear from specialists: "
        "qualified teachers of the visually impaired and of the deaf, mobility and habilitation officers, educational "
        "psychologists and speech and language therapists.")
say(JT, "In the pilot I spent my placement week at Hollins Park, a special school for children with complex needs. "
        "That week taught me more about multi-agency working than anything I'd read.")

track(11)
say(N, "How you'll be assessed.")
say(RO, "There are three assessed pieces: the Policy Review for Unit 1, the Learner Study for Unit 2, and the Portfolio "
        "with the Professional Review for Unit 3. Each is marked by your tutor against criteria that follow the "
        "national outcomes, and all the national outcomes are in there. To pass the course you need an average of "
        "fifty per cent across the three pieces, so a weaker piece can be balanced by a stronger one.")
p = say(RO, "Every piece is marked by your tutor, and a sample is second-marked by another tutor.")
tracked_del(p, " Tutors from the Trust and the University then meet each term to moderate a common sample, and the "
               "University's external examiner reviews a sample from every piece before the exam board.",
            author="Ruth Okonjo", date="2009-06-10T09:20:00Z")
say(RO, "Tutors are all trained for the job. Every tutor has the Tutor Handbook, which sets out the outcomes, the "
        "marking criteria and what's expected of them, and comes to a briefing day each September where we mark sample "
        "work together. Your school mentor gets a Mentor Guide and a half-day training session in the autumn term, and "
        "placement hosts receive a briefing pack before you arrive.")
p = say(RO, "At the end of each unit you'll fill in a short questionnaire: how useful you found each session, how well "
            "organised it was, and how confident you now feel about that unit's topics. The course team looks at the "
            "results when planning the next unit.")
doc.add_comment(p.runs[-1], text="SK: Can we say we'll measure pupils' progress as well? Not agreed with the University "
                "yet, so leave out for now.", author="Simon Kerr", initials="SK")
say(JT, "In the pilot a researcher from the University came into our schools and measured our pupils' progress before "
        "and after. That was part of the pilot funding, and it finished in 2008.")

track(12)
say(N, "Questions people ask.")
say(N, "How much does it cost? The fee is one thousand five hundred pounds for the year. The Trust offers ten "
       "bursaries of five hundred pounds for teachers in small schools and for disabled teachers.")
say(N, "Will it suit me if I work in a special school? Yes. Tutor groups are organised by phase and setting, your "
       "Personal Learning Plan shapes which optional sessions you take, and you choose the focus of your Learner Study "
       "and Portfolio to fit your own school. We keep costs down by sharing the campus days with the University's "
       "other masters courses.")
say(N, "Can I get credit for my experience? We've already mentioned credit for earlier masters study. What we can't "
       "do is give credit for experience on its own, however long. If you're a very experienced specialist teacher, "
       "ask us about Direct Assessment instead.")
say(N, "Will my school have to do anything? Your head will be asked to support your Starting Profile and your "
       "Portfolio, and to name a school mentor, usually a senior colleague, who meets you twice a term.")

track(13)
say(ME, "The Programme Leader, Dr Ruth Okonjo, is a senior lecturer in inclusive education at Castlebridge University, "
        "was a SENCO in two secondary schools, and has published research on inclusion and sensory impairment. The "
        "tutors include two qualified teachers of the visually impaired, a former local authority SEN adviser and "
        "an educational psychologist, and every tutor has been a SENCO. Each tutor spends at least five days a year in "
        "schools or on their own professional development.")
say(ME, "Participants can borrow from the Wayfinder Resource Library, which has more than two thousand books and "
        "teaching packs and lends access technology, from video magnifiers to braille note-takers, for you to try in "
        "school. You'll also have the full University library, including its electronic journals.")
say(ME, "Headteachers and local authority staff sit on the course's Programme Committee with the University and the "
        "Trust. Each year a panel of parents and members of our Youth Forum reviews the course with us, and local "
        "authority vision and learning support staff act as school mentors and contribute to the study days.")

track(14)
say(N, "After the course.")
say(RO, "Finishing the Award is a beginning, not an end. We hope you'll think about going on to the MA in Inclusive "
        "Education, where your sixty credits count in full.")
cue("Music: piano theme returns")
say(N, "That's the end of this recording. For a braille, large print or electronic copy, or to ask a question, "
       "phone the Wayfinder Education Team on 0191 496 0745.")

doc.save(OUT)
print("wrote", OUT)
