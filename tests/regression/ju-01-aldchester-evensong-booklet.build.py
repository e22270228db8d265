"""ju-01-aldchester-evensong-booklet

Provider (invented): the Cuthwin Centre, the education centre of the Cathedral
Church of Saint Cuthwin, Aldchester, with Aldchester Cathedral School (the
cathedral's choir school) and Severnbrook University, which validates the award
as its Postgraduate Certificate. Application for 2008-09.

Document kind and layout: the printed order of service for the Choral Evensong
at which the first participants are admitted to the course, sent whole as the
application ("This booklet is also the Cuthwin Centre's submission"). No heading
styles: titles are bold or capitalised Normal paragraphs, rubrics are red italic
lines ("All stand."), the liturgy is printed in full (preces, psalm verses,
lessons, the Admission with its questions and answers, collects, intercessions,
blessing), then the sermon "as preached" by the Canon Chancellor (the course
director), the notices, and an insert "The Course in Brief" with its own
sections, a year table (Chapter Days with a Saturday and a Tuesday date and a
Parish Task), a staff table with a merged heading row, a shaded, merged
"Table of Outcomes" grouped "Of Character / Of Understanding / Of Practice" with
the provider's own roman numbering (columns "Read at" and "Proved at"). A VML
text box of visitors' information on the cover. Header and footer. One Word
comment. Tracked changes: one deleted sentence, one inserted sentence.
The course's own vocabulary: Chapter Days (study days), Parish Tasks (school-based
tasks), Companions (mentors), the Examen (needs self-review), the Rule
(individual training plan), the Proofs (the three marked assignments), the
Course Chapter (the course team).

Traps (requirement ids):
- The Admission questions ("Will you listen to the children in your care, and
  seek their views...?" "With God's help, I will.") are the participants'
  promises, not a provider arrangement; pupil voice is taught only in "a short
  session" on Chapter Day IV and the sermon admits "we have not yet worked out
  how best to teach it" (1.5 partially_met; 6.S7 read, never proved:
  partially_met).
- The intercessions pray that children may be "healthy, safe and happy"; the
  Award's stated aim is "to raise the attainment and progress of pupils" only
  (1.1 partially_met: prayer is not an aim).
- The intercession for headteachers "that they may help us to judge" the course
  is a prayer; stakeholders' actual involvement is as guest speakers only
  (4.3 partially_met).
- Visitors' access notes in the cover text box (hearing loop, South Door ramp)
  are for the service congregation, wrong context; the course's own adjustments
  are set out in the insert (3.1 met, see notes_on_met).
- Footer "All participants are CRB checked." is a footer; the body says the
  Cathedral School checks its own staff and chaperones (wrong people) and that
  for participants "the Centre does not ask to see them"; the sentence saying the
  Centre sees each disclosure is a tracked deletion (5.3 not_met).
- "The Award cannot be taken by assessment only." and a notice that the Chapter
  "hopes, from September 2010" to offer one (2.3 not_met: negation plus hope).
- The webcast of Evensong and the Cathedral School's homework website are the
  only online things; the course has "no online part" (3.3 not_applicable).
- 3.2: one start, "days must be taken in order", only a Tuesday twilight repeat
  of each Saturday (partially_met).
- 2.5: only "speaks briefly about what they will do next" (partially_met).
- 5.5: one morning in the choir school's Learning Support Room is the only
  placement (partially_met).
- 5.9: a confidence questionnaire only; the sermon says the effect on pupils is
  not measured (partially_met).
- 6.0: the rule is passing the three Proofs, "no compensation between Proofs" is
  a tracked insertion (it counts), but outcomes in the Table are "Read only" or
  "Not proved" (partially_met; 1.9 partially_met likewise).
- Table of Outcomes: child development has no row at all (6.K4 not_met);
  deploying and managing staff is "Not part of this Award" (6.S4 not_met);
  time management "Not proved" (6.A3), keeping up to date "Read only" (6.A7),
  access arrangements "Read only" (6.S2d), pupils' involvement "Read only" (6.S7)
  (partially_met: developed but not assessed); school self-evaluation is proved
  in Proof III but read on no Chapter Day (6.K7 partially_met: assessed, not
  developed). A Word comment asks whether to add child development (not evidence).
"""
import os
from _ju_helpers import *

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ju-01-aldchester-evensong-booklet"

d = new_doc()
header_footer(d, "Choral Evensong with the Admission of Participants \u00b7 Saturday 20 September 2008",
              "Please take this booklet home with you.  All participants are CRB checked.  "
              "The Cuthwin Centre, 3 Minster Yard, Aldchester AL1 2CW")

# ---------------- cover
para(d, ("The Cathedral Church of Saint Cuthwin, Aldchester", dict(caps=True, size=12)), align="c")
para(d, ("CHORAL EVENSONG", dict(b=True, size=20)), align="c", space_after=2)
para(d, ("with", dict(i=True)), align="c", space_after=2)
para(d, ("THE ADMISSION OF PARTICIPANTS", dict(b=True, size=14)), align="c", space_after=2)
para(d, ("to the National Award for Special Educational Needs Coordination", dict(size=12)), align="c")
para(d, "Saturday 20 September 2008 at 3.30 pm", align="c", space_after=2)
para(d, ("The Eve of Saint Matthew, Apostle and Evangelist", dict(i=True)), align="c")
para(d, ("The Cuthwin Centre  \u00b7  Aldchester Cathedral School  \u00b7  Severnbrook University", dict(size=10)),
     align="c", space_after=10)
text_box(d, [
    ("Welcome to visitors", True),
    ("A hearing loop serves the Quire and the Nave; please switch your aid to T. Large-print copies of this "
     "booklet are available from the vergers. Wheelchair users may enter by the ramp at the South Door, where a "
     "verger will meet you. Toilets are in the East Cloister.", False),
    ("Please make sure mobile telephones are switched off. Photography is not permitted during the service.", False),
], height_pt=110)

para(d, ("A WORD OF WELCOME FROM THE DEAN", dict(b=True)), space_after=4)
para(d, "Welcome to the Cathedral on this happy afternoon. Today forty-two teachers from the schools of our city "
        "and diocese begin a year of study together, and we are glad to pray for them, for the children they serve "
        "and for the Cuthwin Centre, which has prepared the course with Severnbrook University and with our own "
        "Cathedral School. This Cathedral has taught children since the seventh century, when Cuthwin gathered boys "
        "to sing the Office in the little minster by the ford. We believe that every child is made in the image of God "
        "and that no child is beyond the reach of good teaching. I hope you will stay for tea in the Chapter House "
        "afterwards.")
para(d, ("The Very Revd Martin Ashdown, Dean of Aldchester", dict(i=True)), align="r")
para(d, ("This booklet", dict(b=True)), space_after=2)
para(d, "This booklet is also the Cuthwin Centre's submission to the Training and Development Agency for Schools "
        "for approval to run the National Award for SEN Coordination from September 2008. The order of service is "
        "followed by the sermon as it was preached and by an insert, The Course in Brief, which sets out how the "
        "Award is run. Nothing has been added for the Agency that was not said or printed for the congregation.")
page_break(d)

# ---------------- order of service
para(d, ("THE ORDER OF SERVICE", dict(b=True, size=13)), align="c")
para(d, ("Organ Voluntary", dict(b=True)), "   Prelude on Rhosymedre \u2014 Ralph Vaughan Williams")
rubric(d, "The choir and clergy enter. All stand.")
para(d, ("Introit", dict(b=True)), "   Teach me, O Lord, the way of thy statutes \u2014 Thomas Attwood")
para(d, ("The Preces", dict(b=True)), "   Smith")
para(d, "O Lord, open thou our lips.")
para(d, ("And our mouth shall shew forth thy praise.", dict(b=True)))
para(d, "O God, make speed to save us.")
para(d, ("O Lord, make haste to help us.", dict(b=True)))
rubric(d, "All sit for the psalm, which is sung by the choir.")
para(d, ("Psalm 78. 1\u20137", dict(b=True)), "   chant: Walmisley in D minor")
for v in ["Hear my law, O my people: incline your ears unto the words of my mouth.",
          "I will open my mouth in a parable: I will declare hard sentences of old;",
          "Which we have heard and known: and such as our fathers have told us;",
          "That we should not hide them from the children of the generations to come: but to shew the honour of the "
          "Lord, his mighty and wonderful works that he hath done.",
          "That their posterity might know it: and the children which were yet unborn;",
          "To the intent that when they came up: they might shew their children the same."]:
    para(d, v, space_after=1)
rubric(d, "All sit.")
para(d, ("The First Lesson", dict(b=True)), "   1 Samuel 3. 1\u201310, read by a chorister of the Cathedral School")
para(d, "And the child Samuel ministered unto the Lord before Eli. ... And the Lord came, and stood, and called as at "
        "other times, Samuel, Samuel. Then Samuel answered, Speak; for thy servant heareth.")
para(d, ("Magnificat", dict(b=True)), "   Stanford in G")
para(d, ("The Second Lesson", dict(b=True)), "   Mark 10. 13\u201316, read by the Head of the Cathedral School")
para(d, "And they brought young children to him, that he should touch them: and his disciples rebuked those that "
        "brought them. But when Jesus saw it, he was much displeased, and said unto them, Suffer the little children "
        "to come unto me, and forbid them not: for of such is the kingdom of God.")
para(d, ("Nunc Dimittis", dict(b=True)), "   Stanford in G")
rubric(d, "All stand for the Apostles' Creed, and kneel or sit for the Lesser Litany, the Lord's Prayer and the "
          "Responses (Smith).")
para(d, ("The Collects", dict(b=True)), space_after=2)
para(d, "O Almighty God, who by thy blessed Son didst call Matthew from the receipt of custom to be an Apostle and "
        "Evangelist: Grant us grace to forsake all covetous desires, and inordinate love of riches, and to follow the "
        "same thy Son Jesus Christ. Amen.")
para(d, "Lighten our darkness, we beseech thee, O Lord; and by thy great mercy defend us from all perils and dangers "
        "of this night. Amen.")
rubric(d, "All sit.")
para(d, ("The Anthem", dict(b=True)), "   If ye love me \u2014 Thomas Tallis")

para(d, ("THE ADMISSION OF PARTICIPANTS", dict(b=True, size=12)), align="c", space_after=4)
rubric(d, "The participants come forward and stand at the Quire step. The Course Director presents them to the Dean.")
para(d, ("Course Director", dict(b=True)), "   Mr Dean, I present to you these teachers, who have been accepted by the "
        "Cuthwin Centre and Severnbrook University to study for the National Award for Special Educational Needs "
        "Coordination.")
para(d, ("Dean", dict(b=True)), "   Will you give yourselves to the study set before you, in the Chapter House and in "
        "your schools?")
para(d, ("Participants", dict(b=True)), "   I will.")
para(d, ("Dean", dict(b=True)), "   Will you listen to the children in your care, and seek their views on all that "
        "concerns them?")
para(d, ("Participants", dict(b=True)), "   With God's help, I will.")
para(d, ("Dean", dict(b=True)), "   Will you work with parents and carers as partners in the care of their children?")
para(d, ("Participants", dict(b=True)), "   With God's help, I will.")
para(d, ("Dean", dict(b=True)), "   Will you share what you learn with your colleagues, in your own school and beyond it?")
para(d, ("Participants", dict(b=True)), "   I will.")
rubric(d, "The Course Director gives each participant the Course Book and a letter from their Companion. "
          "The Dean says")
para(d, "Go in peace to learn and to teach, and may the children you serve be glad of you.")
para(d, ("All", dict(b=True)), ("   Amen.", dict(b=True)))
rubric(d, "All stand to sing.")
para(d, ("Hymn", dict(b=True)), "   Lord, for the years your love has kept and guided (Lord of the Years)")
rubric(d, "All sit.")
page_break(d)

# ---------------- sermon
para(d, ("THE SERMON", dict(b=True, size=12)), align="c", space_after=2)
para(d, ("as preached by the Revd Canon Dr Helen Marwood, Canon Chancellor and Director of the Cuthwin Centre",
         dict(i=True)), align="c")
sermon = [
    "\"Speak; for thy servant heareth.\" In the story we heard this afternoon, it is the old priest Eli who works out "
    "what is happening to the boy Samuel, and it is Eli who teaches the child how to listen. But notice what Eli does "
    "first: he listens to Samuel. Three times the boy comes running, and three times Eli does not send him away. I "
    "want to say to the forty-two of you standing at the Quire step today that this is most of what a SENCO does. You "
    "will spend this year learning a good deal of law and a great deal about assessment, but the heart of it is to "
    "notice the child who keeps coming back, and not to send them away.",
    "Since the first of September this year every teacher newly appointed as a SENCO must hold the National Award "
    "within three years, and the Chapter asked itself in the spring whether a cathedral had any business offering it. "
    "We decided that we had, for two reasons. The first is that our own Cathedral School, where the choristers are "
    "educated, has taught us a great deal about children who learn differently; some of the finest singers this "
    "Quire has heard in my time could barely read a word of text when they arrived. The second is that the schools "
    "of this diocese asked us to.",
    "They asked in a very practical way. In March we wrote to the headteachers of the sixty-three church and "
    "community schools that send children to sing here, and to Aldchester's Principal Officer for SEN, and asked what "
    "a new SENCO most needed to learn. Forty-one replied. The three commonest answers were: how to track the progress "
    "of pupils with SEN using the school's own data; how to understand dyslexia and speech and language needs; and "
    "how to lead colleagues who are older and more senior than the SENCO. We listened. The old one-day course on "
    "'needs' that the Centre ran for the diocese became a whole Chapter Day on the common types of need; a Chapter Day "
    "on assessment and tracking was added; and the day on leading colleagues was moved from the end of the year to "
    "the spring so that there is time to practise it. The headteachers also told us that they could not release "
    "teachers on weekdays, and so every Saturday Chapter Day is repeated on the Tuesday evening after it.",
    "What will you actually do? You will come to the Chapter House, or to the Cathedral School, eight times. Between "
    "those days you will carry out a Parish Task in your own school each term, and a Companion, an experienced SENCO "
    "from another school in the diocese, will visit you there. You will write three Proofs, which are marked, and at "
    "the end of the year you will present to your colleagues what has changed in your school because you were here. "
    "That last piece, the third Proof, is a change that you lead with the staff of your school, and we shall ask to "
    "see what it did.",
    "I want to be honest about two things. The first is that we have asked you to listen to children, and you have "
    "promised to, but the course will give only a little time to it, on the fourth Chapter Day, when we think about "
    "pupils' voices; we have not yet worked out how best to teach it, and next year we will do better. The second is "
    "that we would dearly love to know whether the children in your schools do better because you came. We shall ask "
    "you at the start and at the end how confident you feel in each part of the role, and that will tell us something "
    "about you. But we have not yet found a way to measure what difference the course makes to your pupils, and I "
    "will not pretend otherwise from this pulpit.",
    "The Gospel tells us that the disciples rebuked those who brought the children. They thought they were protecting "
    "Jesus from a nuisance. Every one of you will meet, this year, a colleague or a system or a budget that wants to "
    "protect the school from a nuisance. It is your calling to be much displeased, as he was, and then to do "
    "something about it that works. That is why the course asks you not only to know the Code of Practice but to "
    "change something in your school and show that it changed.",
    "May God give you patient ears, clear heads and good colleagues. And may the children, when they run to you in "
    "the night, find you awake. Amen.",
]
for s in sermon:
    para(d, s, space_after=6)

para(d, ("THE PRAYERS", dict(b=True)), space_after=2)
rubric(d, "led by a Minor Canon. After each petition:  Lord, in thy mercy,  All  hear our prayer.")
for s in [
    "Let us pray for the children and young people of our schools who have special educational needs or "
    "disabilities: that they may be healthy, safe and happy, that they may enjoy their learning and achieve all "
    "that they can, and that they may grow up to make their own contribution to the world.",
    "Let us pray for their parents and carers, who know them best: that they may be heard and respected by those "
    "who teach their children.",
    "Let us pray for the headteachers of our schools: that they may support these teachers, and that they may help "
    "us to judge whether this course has served their schools well.",
    "Let us pray for those admitted today, for their tutors and Companions, and for Severnbrook University.",
    "Let us give thanks for Cuthwin, teacher of children, and for all who have taught in this place.",
]:
    para(d, s)
rubric(d, "All stand to sing.")
para(d, ("Hymn", dict(b=True)), "   Teach me, my God and King (Sandys)")
para(d, ("The Blessing", dict(b=True)))
para(d, ("Organ Voluntary", dict(b=True)), "   Toccata in F (Symphony V) \u2014 Charles-Marie Widor")
rubric(d, "Please remain seated while the choir and clergy leave.")

para(d, ("NOTICES", dict(b=True)), space_after=2)
n1 = para(d, "Tea is served in the Chapter House after the service. Participants and their Companions are asked to "
             "stay for a short meeting at 5.15 pm.")
para(d, "Choral Evensong is sung daily at 5.30 pm (3.30 pm on Saturdays and Sundays) and is webcast live on Sundays "
        "from the Cathedral website. The Cathedral School's homework website for choristers' families has moved to a "
        "new address, given in the School newsletter.")
n3 = para(d, "Looking ahead: the Chapter hopes, from September 2010, to offer an assessment-only route to the Award "
             "for very experienced SENCOs, and would be glad to hear from schools that would use it.")
comment(d, n3, "Chancellor: I'd rather not print this until the University has agreed. \u2014 JF", author="J. Fairhurst",
        initials="JF")
para(d, "Open Morning at the Cathedral School for prospective choristers: Saturday 11 October, 10.00 am.")
page_break(d)

# ---------------- The Course in Brief
para(d, ("THE COURSE IN BRIEF", dict(b=True, size=15)), align="c", space_after=2)
para(d, ("an insert for those admitted today, and for their headteachers", dict(i=True)), align="c")

para(d, ("1.  The Award and its accreditation", dict(b=True)))
para(d, "Severnbrook University validated the course on 4 July 2008 as its Postgraduate Certificate in Special "
        "Educational Needs Coordination. The Award carries 60 credits at Level 7 (Masters level) of the Framework for "
        "Higher Education Qualifications. Participants are registered as students of the University's School of "
        "Education, and those who complete receive the University's Postgraduate Certificate together with the "
        "National Award. The University's link tutor, Dr Peter Lyle, sits on the Course Chapter.")
para(d, "The Award aims to raise the attainment and progress of pupils with special educational needs and "
        "disabilities in the participants' schools, by giving SENCOs the knowledge of law and practice they need, the "
        "skill to use their schools' data, and the confidence to lead colleagues.")

para(d, ("2.  Who may be admitted", dict(b=True)))
para(d, "Applicants must hold Qualified Teacher Status, be in post as SENCO or be named by their governing body to "
        "become SENCO by January 2009, and send a letter of support from their headteacher. Every applicant is "
        "interviewed by the Course Director and a University tutor and completes the Award's entry questionnaire on "
        "the Code of Practice and their school's provision. Applicants whose answers show that they are not yet "
        "ready for study at this level are offered the Centre's ten-week Foundation in Inclusion first and may apply "
        "again the following year.")
p = para(d, "The Cathedral School carries out enhanced CRB checks on all its teaching staff, choir chaperones and "
            "volunteers, under the Cathedral's Safeguarding Policy. Participants on the Award are employed by their own "
            "schools, which hold their checks; the Centre does not ask to see them.")
tracked(p, [" ", ("del", "The Centre will see each participant's CRB disclosure at interview and record its number.")])
para(d, "Study at Masters level in the last five years may count towards the Award: up to 20 credits can be "
        "accredited by the University's Accreditation of Prior Learning panel. Experience as a SENCO may also be "
        "claimed through a reflective portfolio mapped to the national outcomes (accreditation of prior experiential "
        "learning), which the Course Director assesses and the University moderates; a successful claim exempts the "
        "participant from the Parish Tasks it covers.")
para(d, "The Award cannot be taken by assessment only. Every participant follows the full year, however "
        "experienced.")

para(d, ("3.  The Examen and the Rule", dict(b=True)))
para(d, "Before the first Chapter Day each participant completes the Examen, a self-review against every one of the "
        "national outcomes, rating each from 1 (new to me) to 4 (I do this well and could show it) and giving a piece "
        "of evidence for each rating. The Examen is discussed at a one-to-one meeting in September with the "
        "participant's Companion and the Course Director, who test the ratings against the evidence. From it each "
        "participant writes their Rule: an individual training plan that names the outcomes they will work on most, "
        "the Parish Tasks they will choose, the reading they will do and the support they need. The Rule is reviewed "
        "with the Companion at Candlemas and again at Pentecost.")
para(d, "Participants choose one of three Parish Tasks each term, so that the school-based work fits their school "
        "and their Rule; those from special schools and those from small rural primaries have different options. The "
        "fee is \u00a31,150, of which the Chapter meets \u00a3250 for every participant from a church school in the "
        "diocese; the course is costed with the University so that a school pays less than it would for eight days of "
        "supply cover.")
para(d, "At the last Chapter Day each participant speaks briefly about what they will do next.")

para(d, ("4.  Where and when", dict(b=True)))
para(d, "There is one start date each September, and the days must be taken in order. Every Saturday Chapter Day "
        "(9.30 am to 3.30 pm, in the Chapter House) is repeated on the following Tuesday (4.00 pm to 7.30 pm, in the "
        "Cathedral School) for those who cannot come on Saturdays; a participant may move between the two groups "
        "from day to day. The Award has no online part: it is taught face to face in the Chapter House and the "
        "Cathedral School, and the Companions visit participants in their schools.")
para(d, "Any participant with a disability or a specific learning difficulty is asked at interview what adjustments "
        "they need, and the Centre arranges them before the first Chapter Day: for example papers in large print or "
        "sent a week in advance, a portable hearing loop in the Chapter House, extra time or a different format for "
        "a Proof agreed with the University's Disability Service, and Chapter Days moved to the ground-floor Song "
        "School for anyone who cannot manage the Chapter House stairs. The Centre follows the University's Equality "
        "and Diversity Policy in admissions and monitors applications by gender, ethnicity and disability.")

para(d, ("5.  The Year", dict(b=True)))
year = [
    ["Chapter Day", "Saturday / Tuesday", "What is read", "Parish Task (in your own school)"],
    ["I  Michaelmas", "27 Sept / 30 Sept",
     "The SENCO's calling. The SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability "
     "Discrimination Act 1995 as amended in 2005 and the disability equality duty; Every Child Matters and its five "
     "outcomes; Removing Barriers to Achievement.",
     "Task 1: map your school's provision for SEN, using a provision map, and mark what is missing or not working."],
    ["II  All Saints", "8 Nov / 11 Nov",
     "Knowing the needs: behavioural, emotional and social difficulties; specific learning difficulties and "
     "dyslexia; speech, language and communication needs (with the Bercow Review, 2008); autistic spectrum "
     "disorders; moderate learning difficulties. Approaches, resources and ICT, in the Cathedral School's ICT suite.",
     "Task 2: a study of one pupil, drawing together the assessments of teachers, the educational psychologist "
     "and the speech and language therapist, and planning teaching from them."],
    ["III  Epiphany", "10 Jan / 13 Jan",
     "Assessment and tracking: identifying pupils who may have SEN, setting targets, planning and reviewing "
     "interventions; P scales, teacher assessment and national tests used to track progress and change programmes; "
     "helping colleagues to use assessment for learning with pupils with SEN; access arrangements for national "
     "tests (talked through; not part of any Proof).",
     "Task 3: analyse a year's tracking data for pupils on School Action Plus."],
    ["IV  Candlemas", "7 Feb / 10 Feb",
     "Voices: working with parents and carers as partners; the parent partnership service; a short session on "
     "involving pupils in their own plans and reviews.",
     "Task 4: plan, hold and review a meeting with the parents of a pupil, with your Companion."],
    ["V  Lady Day", "28 Mar / 31 Mar",
     "Leading colleagues: gaining the commitment of the head and senior team; inclusive policy with governors; "
     "observation and feedback, coaching and training for teachers and teaching assistants; managing your own "
     "time and priorities.",
     "Task 5: observe a colleague's lesson and give feedback, and plan one staff training session."],
    ["VI  Ascension", "16 May / 19 May",
     "Agencies and evidence: the work of the local authority's services, health, social care and voluntary "
     "organisations, with guest speakers from each; research and inspection evidence (Ofsted, Inclusion: does it "
     "matter where pupils are taught?, 2006; the Education and Skills Committee's report on SEN, 2006; the "
     "Inclusion Development Programme, 2008).",
     "Task 6: arrange support from one outside agency for a pupil and record how it went."],
    ["VII  Pentecost", "13 June / 16 June",
     "Reviewing provision: how to review, with other staff, how well provision is working and what it costs.",
     "Task 7: review one intervention with the staff who run it."],
    ["VIII  Trinity", "4 July / 7 July",
     "Sending out: presentations of Proof III to the cohort, the Companions and invited headteachers; "
     "keeping up to date after the Award.",
     "\u2014"],
]
t = table(d, year, widths=[2.6, 2.6, 7.0, 5.0])

para(d, "Each participant also spends one morning in the Cathedral School's Learning Support Room with its SENCO, "
        "Mrs Ruth Okafor, during the spring term. Guest speakers on Chapter Day VI are the educational psychology "
        "service, the speech and language therapy service of Aldchester Primary Care Trust, the Autism Outreach team "
        "and the Aldchester Dyslexia Association.")

para(d, ("6.  The Proofs", dict(b=True)))
para(d, "Proof I (due 12 December): a case study of one pupil, 3,000 words, built from Parish Task 2, with the "
        "meeting with parents from Task 4 added in the spring as an appendix.")
para(d, "Proof II (due 20 March): the provision map from Task 1 with a review of the school's provision and an "
        "analysis of tracking data from Task 3, 3,000 words.")
para(d, "Proof III (due 26 June, presented on 4 July): a report of 5,000 words on a change led in the participant's "
        "own school with colleagues, set within the school's self-evaluation and improvement plan, showing what "
        "changed for pupils and staff, and a ten-minute presentation.")
para(d, "Every Proof is marked by two tutors against criteria written from the national outcomes. A sample of one "
        "in four scripts, and every fail and distinction, goes to the University's moderator; the University's "
        "external examiner sees a sample of all three Proofs and attends the Board of Examiners in July. Tutors and "
        "Companions meet before each Proof is marked to mark two sample scripts together.")
p = para(d, "The Award is given to a participant who passes all three Proofs at 50% or more.")
tracked(p, [" ", ("ins", "There is no compensation between Proofs.")])

para(d, ("7.  Who leads the Award", dict(b=True)))
staff = [
    ["Role", "Name", "Qualifications and experience"],
    ["The Course Chapter", "", ""],
    ["Course Director", "The Revd Canon Dr Helen Marwood",
     "Former SENCO and LA SEN adviser (1991\u20132004); EdD (inclusive education); Director of the Cuthwin Centre"],
    ["Tutor", "Mrs Ruth Okafor", "SENCO, Aldchester Cathedral School; MA in Special Educational Needs; OCR "
     "Diploma in specific learning difficulties; still teaching"],
    ["Tutor and University link", "Dr Peter Lyle", "Senior Lecturer in Inclusive Education, Severnbrook "
     "University; former educational psychologist"],
    ["Tutor", "Mr Ian Thwaite", "Headteacher, St Aidan's School (special, 5\u201316); National Professional "
     "Qualification for Headship"],
    ["Companions", "Twelve SENCOs from diocesan schools", "Each at least five years in post; each visits three or "
     "four participants, twice a term"],
]
t = table(d, staff, widths=[3.5, 4.5, 9.0])
merge_row(t, 1, "The Course Chapter", fill="EFE6D0")
para(d, "Companions attend a training afternoon on 13 September and receive the Companions' Handbook, which sets out "
        "what they do at each visit, how they sign off Parish Tasks and when to call the Course Director. Tutors "
        "meet the University's module leader before each Proof to agree the marking criteria.")
para(d, "The Centre's resource library holds some 1,400 books and assessment materials on SEN, lent to participants. "
        "The Cathedral School's ICT suite, used on Chapter Days II and III, has assistive software (Clicker 5, "
        "Kurzweil 3000, Dragon NaturallySpeaking) for participants to try. Participants have the University's library "
        "and its electronic journals with their student card.")

para(d, ("8.  How we judge the course", dict(b=True)))
para(d, "Every Chapter Day is evaluated on a slip collected before tea. The Course Chapter meets after each term to "
        "read the slips, the Companions' notes, the marks and the moderator's comments, and records what it will "
        "change in a list, What we changed, which is read out at the next Chapter Day. The University's annual "
        "monitoring report and the external examiner's report go to the Course Chapter and to the University's "
        "Faculty Board. Participants complete a confidence questionnaire against the national outcomes at the "
        "Examen and again at Trinity.")

para(d, ("9.  Table of Outcomes", dict(b=True)))
para(d, "The Award's own wording of the national outcomes. \"Read at\" gives the Chapter Day where each is taught; "
        "\"Proved at\" gives the Proof in which it is marked.")
rows = [
    ["", "Outcome", "Read at", "Proved at"],
    ["Of Character", "", "", ""],
    ["i", "Fair, respectful and supportive relationships with pupils with SEN and their families", "IV", "I"],
    ["ii", "Winning the commitment of the headteacher, senior leaders and colleagues", "V", "III"],
    ["iii", "Managing time, setting priorities and delegating well", "V", "Not proved"],
    ["iv", "Foreseeing and solving problems; sound decisions about provision", "III", "II"],
    ["v", "Speaking and writing clearly; listening to others' views", "every Day", "I, III"],
    ["vi", "Using research and outside advice to improve one's own and colleagues' practice", "VI", "III"],
    ["vii", "Keeping up to date and owning one's professional development", "VIII", "Read only"],
    ["Of Understanding", "", "", ""],
    ["i", "The law and guidance on SEN, the Code of Practice, and putting them into practice", "I", "II"],
    ["ii", "Every Child Matters, its five outcomes and the SENCO's part in them", "I", "I"],
    ["iii", "Disability equality law and what it requires of a school", "I", "II"],
    ["iv", "The common types of SEN and disability and how they affect learning", "II", "I"],
    ["v", "Approaches, strategies and resources, including ICT, for assessing, planning and teaching", "II, III", "I"],
    ["vi", "School self-evaluation and improvement for pupils with SEN", "\u2014", "III"],
    ["vii", "Best practice and research in meeting SEN", "VI", "III"],
    ["viii", "External agencies and how to get specialist support", "VI", "I"],
    ["Of Practice", "", "", ""],
    ["i", "With senior colleagues and governors, shaping an inclusive ethos, policy and use of resources", "V", "III"],
    ["ii", "Identifying pupils, setting targets, planning interventions and reviewing progress", "III", "I"],
    ["ii(a)", "Using other professionals' assessments to shape teaching", "II", "I"],
    ["ii(b)", "Using summative data and national tests to track progress and change programmes", "III", "II"],
    ["ii(c)", "Helping colleagues to use formative assessment with pupils with SEN", "III", "III"],
    ["ii(d)", "Arranging in good time for pupils' access arrangements in tests and examinations", "III", "Read only"],
    ["iii", "Provision mapping; finding provision that is missing or not working", "I", "II"],
    ["iv", "Deploying and managing staff",
     "Not part of this Award: the deployment of teaching assistants is for each school's headteacher.", ""],
    ["v", "Supporting colleagues' development by observation, feedback, coaching and training", "V", "III"],
    ["vi", "Reviewing provision with other staff to inform the school's self-evaluation", "VII", "II"],
    ["vii", "Involving pupils in planning, agreeing and reviewing their provision", "IV", "Read only"],
    ["viii", "Working with parents and carers", "IV", "I"],
    ["ix", "Working with other services and agencies, including voluntary organisations", "VI", "III"],
]
t = table(d, rows, widths=[1.3, 10.0, 3.0, 2.7])
for i, r in enumerate(rows):
    if r[0] in ("Of Character", "Of Understanding", "Of Practice"):
        merge_row(t, i, r[0], fill="EFE6D0")
    if r[1] == "Deploying and managing staff":
        c = t.cell(i, 2).merge(t.cell(i, 3))
        for pp in c.paragraphs[1:]:
            pp._p.getparent().remove(pp._p)
tp = para(d, "Nothing in this table is marked outside the Proofs.")
comment(d, t.cell(2, 1).paragraphs[0], "Should we add a row on how children develop? Peter thinks the University "
        "module covers it. \u2014 HM", author="H. Marwood", initials="HM")

para(d, ("Canon Helen Marwood, Director, the Cuthwin Centre, 3 Minster Yard, Aldchester AL1 2CW", dict(i=True, size=9)),
     align="c")

d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
