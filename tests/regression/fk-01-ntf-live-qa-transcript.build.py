"""fk-01-ntf-live-qa-transcript: a printed transcript of a members' live online Q&A.

Provider (invented): the National Teachers' Federation (NTF), Professional
Development Department, Hamlyn House, London, which runs accredited courses for
its members; validating university: the University of Medwick, Faculty of
Education. Programme: the NTF-Medwick Postgraduate Certificate: National Award
for SEN Coordination (60 credits at Level 7), three units, nine study days,
a Saturday route and a residential-weekend route at the union's training
centre (Stanway Court).

Kind of document: the transcript of a "Live Q&A" held on the union's members'
website (NTF Online) on 14 January 2009, in which the programme leader, the
head of professional development and the university's link tutor answered
members' questions about the new award. The department sent the printed
transcript as its application, with a short covering note to the panel, its
own "[Update, February 2009: ...]" insertions where answers had moved on, and
an appendix: the outcome map linked during the chat.

Layout: covering note (Normal paragraphs, bold run-in labels); a page header
that imitates the forum's breadcrumb and a footer with the print date (neither
is evidence); each post a paragraph beginning with a bold "[19:07] username
(role)" run; quoted earlier posts as shaded, indented paragraphs; moderator-
removed posts as grey italic lines; update notes in blue italic square
brackets; Word comments by the head of department; Appendix A, an outcome map
table with merged group rows (A / K / S) and columns "Where developed" and
"How it is assessed".

Traps (ids affected):
- The aim is given as better attainment and data only; well-being appears only
  as K2 content (1.1 partially_met).
- Pupil voice answered only with a value statement (1.5 partially_met); in the
  map S7 is developed on Study Day 5 but only "discussed in tutorials" (6.S7).
- Blanket claim that "every one of the national outcomes is assessed" while the
  map excludes A3, has no row for S2d, and leaves K7, S2c, S7 unassessed
  (1.9 partially_met, 6.0 partially_met).
- Negation far from its subject: the assessment-only question is asked at
  19:14 and answered "no" at 19:24 after other posts (2.3 not_met). A member's
  post about another university's course (Brackleigh) that had an
  assessment-only option and special-school placements is wrong context
  (2.3, 5.5).
- Starting self-audit used to group participants; "no separate individual
  plan" (2.2 partially_met).
- "What happens after": the course "doesn't do that bit" (2.5 not_met).
- Online course rooms with tutor email support and fortnightly surgeries, but
  the peer discussion board was dropped (3.3 partially_met).
- Stakeholders deliver sessions, but their part in evaluation is only hoped
  for (4.3 partially_met).
- Special-school visits belonged to the old Certificate and ended in 2007;
  specialist speakers remain (5.5 partially_met).
- Library and resources: "watch this space", an update saying talks "are
  continuing", and the only concrete arrangement is in a Word comment
  (5.6 not_met).
- Tutors are inducted and standardised, but school "critical friends" get no
  briefing (5.7 partially_met).
- Impact: study-day evaluation forms only; pupils' progress only "we'd like
  to" (5.9 partially_met).
- A removed post and the header/footer carry nothing that counts.
- 5.3 is met: the head's confirmation on the nomination form plus a new
  enhanced disclosure through the university for anyone out of school three
  months or more (looks like chat, but it is an arrangement).
- Outcomes: A3 explicitly not covered (not_met); S2d has no row (not_met);
  K7 covered not assessed; S2c assessed only by unmarked peer feedback;
  S5 assessed in the portfolio but developed nowhere ("-"); S7 as above
  (all partially_met).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = Path(__file__).with_name("fk-01-ntf-live-qa-transcript.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Verdana"
st.font.size = Pt(9.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "NTF Online  >  Forums  >  Professional Development  >  Live Q&A: the new SENCO Award (14/01/2009)"
hp.runs[0].font.size = Pt(7.5)
fp = sec.footer.paragraphs[0]
fp.text = "http://online.ntf.org.uk/forums/pd/liveqa/2009-01-14   printed 03/02/2009 16:42   Members only - not for publication"
fp.runs[0].font.size = Pt(7.5)


def shade(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def para(text="", bold=False, italic=False, size=None, color=None, align=None, space_after=4):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


ROLES = {
    "NTF_Kath": "Moderator",
    "Helen_Okafor_NTF": "Programme Leader, NTF",
    "Ruth_B_NTF": "Head of Professional Development, NTF",
    "Martin_Lisle_Medwick": "University of Medwick",
}


def post(time, user, text, quote=None):
    role = ROLES.get(user, "Member")
    p = doc.add_paragraph()
    r = p.add_run(f"[{time}] {user} ({role}):")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68) if user in ROLES else RGBColor(0x33, 0x33, 0x33)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    if quote:
        q = doc.add_paragraph()
        qr = q.add_run(f"{quote[0]} wrote: {quote[1]}")
        qr.italic = True
        qr.font.size = Pt(8.5)
        q.paragraph_format.left_indent = Cm(1)
        q.paragraph_format.space_after = Pt(2)
        shade(q, "EDEDED")
    last = None
    for chunk in text.split("\n\n"):
        b = doc.add_paragraph(chunk)
        b.paragraph_format.left_indent = Cm(0.4)
        b.paragraph_format.space_after = Pt(4)
        last = b
    return last


def removed(time):
    p = para(f"[{time}] [This post was removed by a moderator because it contained information that could identify a pupil.]",
             italic=True, color="888888")


def update(text):
    p = para(f"[Update, February 2009: {text}]", italic=True, color="1F4E9E")
    p.paragraph_format.left_indent = Cm(0.4)
    return p


# ---------------------------------------------------------------- covering note
para("NATIONAL TEACHERS' FEDERATION", bold=True, size=13)
para("Professional Development Department  |  Hamlyn House, 14 Tavistock Row, London WC1H 9RP", size=8.5)
para("")
para("Application for approval to provide the National Award for SEN Coordination (2009 round)", bold=True, size=11)
para("Note for the approval panel", bold=True)
para("We are sending you, as the body of our application, the transcript of the live question-and-answer "
     "session we held for members on NTF Online on Wednesday 14 January 2009, between 7pm and 8.30pm. Around "
     "two hundred members logged in and sixty-three posted. We chose to send it because it sets out the "
     "programme in the order our members asked about it, in the words we used to answer them, and we would "
     "rather you saw that than a document written only for you.")
para("The transcript is printed as it stands on the forum, except that: (a) members' usernames are kept but "
     "two posts that named pupils were removed by the moderator on the night and appear as such; (b) where an "
     "answer has moved on since January we have added a note in blue, headed \"Update, February 2009\"; and "
     "(c) a few purely social posts (greetings, thanks, technical problems logging in) have been left out. "
     "Appendix A is the outcome map that Helen linked at 19:47.")
para("The programme is the NTF-Medwick Postgraduate Certificate: National Award for SEN Coordination. It was "
     "validated by the University of Medwick's Faculty of Education at an event on 9 December 2008 and carries "
     "60 credits at Level 7 (masters level) in the University's framework. The people answering were Ruth "
     "Baptiste, Head of Professional Development at the NTF; Dr Helen Okafor, the Award's Programme Leader; and "
     "Martin Lisle, Senior Lecturer in Inclusive Education at Medwick and the University's link tutor for the "
     "Award. The session was moderated by Kath Ingram of the department's course office.")
para("Ruth Baptiste, Head of Professional Development, 4 February 2009", italic=True)
doc.add_page_break()

# ---------------------------------------------------------------- transcript
para("LIVE Q&A: THE NEW SENCO AWARD - ASK THE TUTORS", bold=True, size=12)
para("Wednesday 14 January 2009, 19:00-20:30. Thread locked 20:41. 63 posters, 148 posts (transcript excludes "
     "social posts).", size=8, color="555555")

post("19:00", "NTF_Kath",
     "Good evening everyone and welcome to tonight's live Q&A on the new SENCO Award. Helen, Ruth and Martin are "
     "here until half past eight. Please post one question at a time and be patient - we will get to you. "
     "Please don't name pupils or colleagues.")

post("19:02", "Helen_Okafor_NTF",
     "Hello all. Just to set the scene: from September 2009 every teacher who becomes a SENCO for the first time "
     "has to gain the new national Award within three years. Ours is run by the NTF's Professional "
     "Development Department and validated by the University of Medwick. It is a Postgraduate Certificate worth "
     "60 masters-level credits, and those credits count towards Medwick's MA in Inclusive Education if you want "
     "to carry on.\n\n"
     "The whole point of the Award is to get your SEN pupils' progress moving - better attainment, better use "
     "of data, pupils who have been stuck on the same level for two years starting to climb again. That is what "
     "we will be judging the course on.\n\n"
     "There are three units of 20 credits each: Unit 1, The SENCO, the Law and the School; Unit 2, Knowing the "
     "Learner; and Unit 3, Leading Provision and People. Each unit has three study days, so nine in all, plus "
     "tutorials and the work you do in your own school.")

post("19:04", "sencoinwigan",
     "Hi Helen. How is it delivered? Our LA can't release anyone in the week - we can't get cover.")

post("19:06", "Helen_Okafor_NTF",
     "That is the commonest thing members told us in last year's survey, so we have two routes. Route S is nine "
     "Saturdays, 9.30 to 4, at our regional centres in Leeds, Birmingham, Bristol and London. Route R is three "
     "residential weekends at Stanway Court, our training centre in Northamptonshire, from Friday 6pm to Sunday "
     "2pm; each weekend covers one unit. You can switch routes between units if your circumstances change. "
     "There are two start points: a January start (Route S only, starting 31 January 2009 for the pilot cohort) "
     "and a September start (both routes). You can take Units 1 and 2 in either order; Unit 3 always comes last "
     "because it builds on the other two.",
     quote=("sencoinwigan", "How is it delivered? Our LA can't release anyone in the week"))

post("19:07", "Primary_Jo",
     "What did the survey actually find? I filled it in but never heard back!")

post("19:10", "Ruth_B_NTF",
     "Sorry Jo - the report went to divisions but we should have put it on the website. In April and May 2008 we "
     "surveyed every member our records showed as a SENCO or assistant SENCO and had 1,376 replies. We also held "
     "focus groups in six regional offices (about 70 members), and met SEN officers from nine local authorities "
     "and the coordinators of four Parent Partnership Services. Three things changed the course as a result. "
     "First, 62% said they could not get weekday release, which is why there is a Saturday route and no weekday "
     "one. Second, members asked for the law and the Code of Practice early, because that is where new SENCOs "
     "feel most exposed, so it became Unit 1. Third, the LA officers asked us to teach provision mapping properly "
     "because SENCOs arrive in post without it, so it now has a whole study day in Unit 3. The Parent "
     "Partnership coordinators asked for more on meetings with parents, and that became the afternoon of Study "
     "Day 4.")

post("19:12", "MrsT_Year6",
     "Will it be all lectures? I did a PGCert years ago and it was an hour of PowerPoint and then go home and "
     "write 5,000 words.")

post("19:13", "Martin_Lisle_Medwick",
     "No - the study days are workshops. Most of the time is spent on cases, on your own school's data and "
     "policies, and on practising things like running a review meeting. Between study days you carry out tasks "
     "in your own school that feed directly into the assignments: auditing your SEN policy against the Code of "
     "Practice in Unit 1, a study of one learner in Unit 2 and a development you lead with colleagues in Unit 3. "
     "The assignments are about what you did in school and what difference it made, not essays for their own "
     "sake.")

post("19:14", "deputyhead_dave",
     "I'm a deputy who has been acting SENCO for 6 years and I was a specialist teacher in the LA learning "
     "support service before that. Could someone like me just be assessed against the outcomes without doing "
     "the course?")

post("19:15", "LancsLeanne",
     "Dave - on the Brackleigh University course my friend did, they had an assessment-only option, and they "
     "also arranged a week's placement in a special school for everyone. Worth asking about!")

post("19:16", "newSENCO08",
     "Question about CRB. I've been on maternity leave for ten months and start as SENCO at Easter. Do I need a "
     "new check?")

post("19:18", "Helen_Okafor_NTF",
     "Good question. For everyone, your headteacher signs Section D of the nomination form to confirm that you "
     "are on the school's single central record with a current enhanced CRB disclosure, that you have not been "
     "barred or excluded from work with children, and that there are no conduct or disciplinary concerns. We "
     "do not accept a form without Section D. If you have not worked in a school for three months or more, as "
     "in your case, Medwick's admissions team processes a new enhanced disclosure for you before your first "
     "study day, and you cannot start until it has come back clear. Kath's team checks every form and keeps the "
     "record.",
     quote=("newSENCO08", "I've been on maternity leave for ten months ... Do I need a new check?"))

removed("19:19")

post("19:20", "inclusionmatters",
     "I'm registered blind and use screen reading software. Will the materials and the Stanway Court weekends "
     "work for me?")

post("19:22", "Ruth_B_NTF",
     "Yes, and thank you for asking before you apply. The application form asks whether you have a disability "
     "or a health condition you would like us to know about, and says why we ask. Anyone who tells us is "
     "contacted by our Access Officer, Sandra Pike, before the course starts to agree what you need: materials "
     "in electronic or large-print formats at least two weeks before each study day, a BSL interpreter or "
     "note-taker, a ground-floor room at Stanway Court, extra time or a different format for assessed "
     "presentations, and so on. Medwick's Disability Service then confirms the adjustments for assessment so "
     "that they are in place for every assignment. All our regional venues have level access and a hearing "
     "loop - we audited them last summer and dropped one that did not. Your needs will be recorded so that "
     "each tutor knows before the day rather than finding out on it.")

post("19:24", "Helen_Okafor_NTF",
     "Dave - back to your question from earlier about being assessed without the course: no. Everyone follows "
     "the programme. We looked at it, but the University's regulations for a new award do not allow it and we "
     "also think the study days are where a lot of the learning happens. What you can do is claim credit for "
     "earlier study or experience - Martin will explain.")

post("19:26", "Martin_Lisle_Medwick",
     "Two ways. If you have masters-level credit in SEN or inclusion gained in the last five years - including "
     "the old NTF Certificate in Inclusion, which Medwick validated from 2003 to 2007 - you can apply for "
     "accreditation of prior learning for up to 20 credits, normally against Unit 1. If you have substantial "
     "experience, like Dave, you can make an APEL claim for Unit 1: you put together a portfolio of evidence "
     "mapped to the Unit 1 outcomes, with a 2,000-word commentary, and the University's APEL panel assesses it. "
     "The fee is GBP 150 and the deadline is six weeks before your start date. Either way you still do Units 2 "
     "and 3, and your portfolio still has to show every national outcome.")

post("19:27", "BlueSkyTeacher",
     "How will it fit what I already know? I have been an assistant SENCO for three years so some of this will "
     "be old hat.")

post("19:30", "Helen_Okafor_NTF",
     "On Study Day 1 everyone completes our Starting Point self-audit, which lists the national outcomes and "
     "asks you to rate yourself on each one with an example. Tutors use the audits to put people into working "
     "groups and to decide which topics need more or less time with that cohort - if a whole group is already "
     "secure on something we spend less time on it. There is no separate individual plan; the audit stays in "
     "your portfolio and you look at it again at the end.\n\n"
     "What is individual is the three one-to-one tutorials you have with your tutor, one per unit, by phone or "
     "face to face. In those your tutor agrees the focus of your assignment so that it fits your school, your "
     "role and your experience - an assistant SENCO in a large secondary and a new SENCO in a small primary "
     "will end up doing quite different pieces of work.")

post("19:31", "MrsT_Year6", "What does it cost and who pays?")

post("19:33", "Ruth_B_NTF",
     "The fee for the full Award is GBP 1,250, or GBP 1,050 for NTF members, which includes all materials, "
     "lunches on Saturday study days and University registration. The residential weekends add GBP 190 per "
     "weekend for accommodation and meals. We have kept costs down by using our own centres rather than hiring "
     "venues, and by running the Saturday route in cohorts of 18-22 so that each tutor's time goes on "
     "tutorials and marking rather than on travelling. Many local authorities will fund places from their SEN "
     "training budgets and we are writing to all of them. Schools can pay in three instalments.")

post("19:34", "LancsLeanne",
     "Does it cover parents? Parents' evenings are my nightmare.")

post("19:36", "Helen_Okafor_NTF",
     "Very much so. Study Day 4 has a whole afternoon led by a Parent Partnership Service coordinator and one of "
     "our tutors, working through real (anonymised) review meetings, how to share difficult news, and how to "
     "plan together with families. In the Unit 2 Learner Study you have to include a record of at least one "
     "meeting with the pupil's parents or carers and what you did with their views. We also cover working with "
     "colleagues, both in school - advising class teachers and TAs, leading a staff meeting - and beyond it, "
     "with the EP, speech and language therapists, CAMHS and the voluntary sector. Study Day 3 brings in "
     "people from those services to talk about how they work with schools and how to get the best from them, "
     "and the Unit 3 development has to be planned and led with colleagues.")

post("19:37", "inclusionmatters", "What about pupil voice?")

post("19:38", "Helen_Okafor_NTF",
     "We believe passionately that children and young people with SEN should be heard in every decision about "
     "them. It is a thread that runs right through the course and something every tutor cares about.")

post("19:39", "Primary_Jo",
     "Is there much on the new stuff? Bercow, the Lamb thing, Ofsted's report on inclusion?")

post("19:41", "Martin_Lisle_Medwick",
     "Yes. The reading for Unit 1 starts with the 2001 Code of Practice, the Disability Discrimination Act as "
     "amended in 2005 and the SEN and Disability Act 2001, and moves on to the things that are changing now: "
     "Every Child Matters, the Education and Skills Select Committee's 2006 report on SEN, Ofsted's 2006 "
     "report 'Inclusion: does it matter where pupils are taught?', the Bercow Review of services for children "
     "with speech, language and communication needs (2008) and the Lamb Inquiry into parental confidence, which "
     "has just started. Unit 2 uses recent research on dyslexia, autism and speech and language needs, and "
     "Unit 3 the National Strategies' materials on provision mapping and Inclusion Development Programme. We "
     "update the reading lists every summer when the tutor team meets.")

post("19:43", "BlueSkyTeacher",
     "Is there online stuff? I live a long way from Bristol.")

post("19:45", "Helen_Okafor_NTF",
     "Each cohort has a course room on NTF Online where tutors post the study-day materials, readings and "
     "assignment guidance, and where you upload drafts. Your tutor answers questions by email within three "
     "working days, and between study days each tutor runs a fortnightly online surgery, Tuesdays 7-8pm, in "
     "the course room chat. We have not put a discussion board between participants into the course rooms: we "
     "had one on the old Certificate and hardly anybody used it, so we have dropped it.")

post("19:46", "deputyhead_dave",
     "Which outcomes are actually assessed? The TDA list is long.")

post("19:47", "Helen_Okafor_NTF",
     "Every one of the national outcomes is assessed - no exceptions. Here is the map: [link: Award outcome "
     "map, PDF, 84KB]. You will see where each outcome is developed and which piece of assessed work it goes "
     "into.\n\n"
     "Assessment is: Assignment 1, Policy into Practice (Unit 1, 4,000 words), an audit of your school's SEN "
     "policy and provision against the Code of Practice and disability legislation with recommendations to "
     "your senior team; Assignment 2, the Learner Study (Unit 2, 4,000 words), following one pupil through "
     "assessment, target-setting, intervention and review; Assignment 3, Leading Change (Unit 3, 4,000 words "
     "plus a 15-minute presentation to your tutor and your headteacher or a senior colleague), on a "
     "development you plan, lead and evaluate with colleagues; and the Professional Portfolio, pass or fail, "
     "which holds your Starting Point audit, your reflective log, your outcome record and a statement from "
     "your headteacher.")
update("Appendix A is the map linked here.")

post("19:50", "newSENCO08", "How do I pass?")

post("19:52", "Martin_Lisle_Medwick",
     "You have to pass all three assignments (50% at masters level) and the Professional Portfolio. The "
     "portfolio's outcome record has a line for each outcome on the map; your tutor signs each one off "
     "against evidence from your assignments or school work, and the portfolio fails if any line is not "
     "signed. The University's Board of Examiners confirms results in July and December, and only then is the "
     "Award conferred. You get two attempts at each assignment.")

post("19:53", "MrsT_Year6",
     "Who are the tutors? Will they be people who have actually done the job?")

post("19:56", "Ruth_B_NTF",
     "Yes. Helen leads the programme; she was a SENCO in two Sheffield schools for nine years and then an LA "
     "inclusion adviser, and her doctorate was on SENCOs' leadership. We have eleven associate tutors. Every one "
     "holds a masters degree in SEN or inclusion and has worked as a SENCO, specialist teacher or adviser "
     "within the last five years; four are serving SENCOs. Tutors spend at least five days a year on their own "
     "updating, and we keep a record of it. Martin and two colleagues from Medwick's inclusive education team "
     "teach on the Saturday route and mark alongside our tutors.\n\n"
     "All tutors come to a full induction day at Stanway Court each July before they first teach, and a "
     "standardisation day each January and June. They have the Tutor Handbook, which sets out exactly what a "
     "tutor does at each stage - tutorials, feedback on drafts, marking, the portfolio sign-off.")

post("19:58", "sencoinwigan",
     "Will I have a mentor in school? My head is supportive but not an SEN person.")

post("20:00", "Helen_Okafor_NTF",
     "We ask you to name a 'critical friend' in school, usually a member of the senior team, who will talk "
     "things through with you and attend your Assignment 3 presentation. Your critical friend doesn't need any "
     "training - it is just someone to talk to, and we leave it to you and them how you work together.")

post("20:01", "Primary_Jo",
     "Will we get to visit other schools - special schools especially? I have never been in one.")

post("20:03", "Helen_Okafor_NTF",
     "The old Certificate in Inclusion had a day at Fernside Special School in Kettering, but that arrangement "
     "finished when the Certificate closed in 2007 and it is not part of the new Award. You are very welcome to "
     "arrange a visit yourself. What the Award does give you is specialist input on the study days: an "
     "educational psychologist, a speech and language therapist and a CAMHS practitioner on Study Day 3, a "
     "specialist teacher for dyslexia and one for autism on Study Days 5 and 6, and the Parent Partnership "
     "coordinators on Study Day 4.",
     quote=("LancsLeanne", "they also arranged a week's placement in a special school for everyone"))

post("20:05", "BlueSkyTeacher",
     "Will we get access to the Medwick library and journals? I won't get to Medwick in person.")

p_lib = post("20:06", "Ruth_B_NTF",
             "We are still sorting out library access with Medwick - watch this space! Course materials will all "
             "be in the course rooms.")
update("discussions with the University library are continuing.")

post("20:08", "inclusionmatters",
     "How do you make sure the marking is fair across all those tutors?")

post("20:10", "Martin_Lisle_Medwick",
     "Every assignment is marked by your own tutor against the published criteria for that assignment. A "
     "second tutor blind-marks every fail and every mark of 70 or more, and a sample of 20% of the rest across "
     "all tutors; where the two marks differ by more than 8 we meet and agree. The University then moderates a "
     "further sample of each assignment before the Board of Examiners, and our external examiner, Dr Anita "
     "Fairclough from the University of Harnham, sees a sample of all work, including portfolios, and attends "
     "the Board. The standardisation days use scripts from the previous cohort so everyone is marking to the "
     "same standard.")

post("20:12", "deputyhead_dave",
     "How will you know whether the course works? And will you listen to us if it doesn't?")

post("20:15", "Ruth_B_NTF",
     "We will. Every study day ends with an evaluation form, and Kath's team summarises them within a week so "
     "the tutors can change the next day if needed. Each unit ends with a review meeting of the tutors with "
     "two participant representatives elected by the cohort. The external examiner reports every year, and the "
     "programme goes through Medwick's annual monitoring like any of its own courses, with an action plan. "
     "Each October I report on the Award to the NTF Executive's Education and Professional Development "
     "Committee, including what we have changed. That is exactly how the old Certificate came to move its "
     "assignment deadlines out of the SATs and exam season, which members had told us about year after "
     "year.\n\n"
     "As for whether it makes a difference to pupils, in time we would like to look at whether the pupils of "
     "SENCOs who have done the Award do better, but that is some way off and we have not decided how.")

post("20:17", "LancsLeanne",
     "Will heads and the LA have any say after it starts?")

post("20:18", "Ruth_B_NTF",
     "They already help deliver it - the LA and Parent Partnership people on Study Days 3 and 4, and heads at "
     "the Assignment 3 presentations. We'd really like heads and local authorities to help us evaluate it too, "
     "but we haven't worked out how yet.")

removed("20:19")

post("20:20", "newSENCO08",
     "What if I'm not really ready? I've only been teaching three years.")

post("20:23", "Helen_Okafor_NTF",
     "You need QTS, to be in post as SENCO or designated by your head to take on the role, and your head's "
     "signed support on the nomination form. The form asks about your experience of SEN and what your school "
     "expects of you. If anything on it suggests the course may be too big a step just now, I ring you and, "
     "with your permission, your head. Sometimes the answer is to start in September rather than January, "
     "with our Getting Ready pack of reading and school tasks in between; sometimes it is to spend a year as "
     "assistant SENCO first. We would rather say 'not yet' than have someone struggle and fail.")

post("20:25", "Primary_Jo",
     "And when we finish - does the course help us with what comes next?")

post("20:26", "Helen_Okafor_NTF",
     "That's really something for you and your head through performance management - the course doesn't do "
     "that bit. It finishes when the Board of Examiners confirms your result.")

post("20:28", "NTF_Kath",
     "We're nearly out of time. Applications for the September cohort open on 2 March. Thank you all - and "
     "thanks to Helen, Ruth and Martin.")

post("20:30", "Ruth_B_NTF",
     "Thank you everybody, great questions. Anything we didn't answer, email pd@ntf.org.uk.")

# comment only
doc.add_comment(p_lib.runs, text="Helen - we should say here that the Stanway Court library has the SEN "
                "collection and that Medwick library cards and Athens passwords are agreed for everyone. Can we "
                "add this before it goes to TDA?", author="Ruth Baptiste", initials="RB")

# ---------------------------------------------------------------- Appendix A
doc.add_page_break()
para("Appendix A: Award outcome map (as linked at 19:47)", bold=True, size=11)
para("SD = study day (SD1-3 Unit 1; SD4-6 Unit 2; SD7-9 Unit 3). Asg = assignment. PP = Professional Portfolio.",
     size=8.5)

rows = [
    ("A", "Professional attributes"),
    ("A1", "Fair, respectful, constructive relationships with pupils with SEN and their parents or carers",
     "SD4 (knowing the learner and the family)", "Asg 2: record of meetings with the pupil and parents"),
    ("A2", "Gaining the commitment of colleagues, including the head and senior leaders",
     "SD7", "Asg 1 recommendations to SLT; Asg 3 presentation to head"),
    ("A3", "Prioritising, managing time, delegating",
     "Not covered as a separate outcome: we see this as part of the SENCO's day-to-day job.", "-"),
    ("A4", "Anticipating and resolving problems, sound judgement on provision", "SD8", "Asg 3"),
    ("A5", "Expressing themselves clearly in speech and writing; listening to others",
     "All study days", "All assignments; Asg 3 presentation"),
    ("A6", "Drawing on research and external advice", "SD2, SD5", "Asg 2 and Asg 3 (literature review)"),
    ("A7", "Keeping up to date; responsibility for own CPD", "SD9", "PP: reflective log kept through the course"),
    ("K", "Professional knowledge and understanding"),
    ("K1", "SEN law and guidance, the Code of Practice and putting it into practice", "SD1, SD2", "Asg 1"),
    ("K2", "Every Child Matters and the SENCO's part in the five outcomes", "SD1", "Asg 1"),
    ("K3", "Disability equality law and the actions it requires", "SD2 (DDA, accessibility plans)", "Asg 1"),
    ("K4", "Child development and how SEN, disability and environment affect it", "SD4", "Asg 2"),
    ("K5", "Common types of SEN (BESD, SpLD/dyslexia, SLCN, ASD, MLD)", "SD5, SD6", "Asg 2"),
    ("K6", "Approaches, strategies and resources incl. ICT", "SD6", "Asg 2"),
    ("K7", "School self-evaluation and improvement and SEN outcomes",
     "SD9 (the SEF and SEN)", "Not assessed"),
    ("K8", "Best practice and research in meeting SEN", "SD5", "Asg 2 (literature review)"),
    ("K9", "External agencies and getting specialist support", "SD3 (EP, SALT, CAMHS speakers)", "Asg 2"),
    ("S", "Professional skills"),
    ("S1", "With senior colleagues and governors, influencing inclusive ethos, policy, resources",
     "SD7", "Asg 1; Asg 3"),
    ("S2", "Identifying pupils, setting targets, planning interventions, reviewing progress", "SD4", "Asg 2"),
    ("S2a", "Using assessments from other professionals", "SD4", "Asg 2"),
    ("S2b", "Using summative data incl. national tests to track progress",
     "SD6 (RAISEonline, P scales, tracking)", "Asg 2"),
    ("S2c", "Encouraging colleagues' formative assessment",
     "SD6", "Peer feedback on a study-day task (not marked)"),
    ("S3", "Provision mapping; identifying ineffective or missing provision", "SD7", "Asg 3 (provision map appended)"),
    ("S4", "Deploying and managing staff", "SD8", "Asg 3"),
    ("S5", "Supporting colleagues' professional development", "-",
     "PP: evidence of coaching or training a colleague"),
    ("S6", "Reviewing provision with staff to inform self-evaluation", "SD9", "Asg 3 (evaluation section)"),
    ("S7", "Involving pupils in planning and reviewing their provision", "SD5", "Discussed in tutorials"),
    ("S8", "Liaising with parents and carers", "SD4 (Parent Partnership coordinator)", "Asg 2"),
    ("S9", "Partnership with other services and voluntary organisations", "SD3", "Asg 2"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
hdr = ["Outcome", "In short", "Where developed", "How it is assessed"]
for i, h in enumerate(hdr):
    c = t.rows[0].cells[i]
    c.text = ""
    r = c.paragraphs[0].add_run(h)
    r.bold = True
for row in rows:
    cells = t.add_row().cells
    if len(row) == 2:
        m = cells[0].merge(cells[3])
        m.text = ""
        r = m.paragraphs[0].add_run(f"{row[0]} - {row[1]}")
        r.bold = True
        tcPr = m._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), "D9E2F3")
        tcPr.append(shd)
    else:
        for i, v in enumerate(row):
            cells[i].text = v
for r_ in t.rows:
    for c in r_.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(8)

doc.save(OUT)
print("wrote", OUT)
