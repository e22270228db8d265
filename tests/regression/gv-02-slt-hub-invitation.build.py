"""gv-02: The Specialist Learning Trust's invitation to member schools to become a Regional Hub for the
National Award for SEN Coordination, 2009-12, with its blank expression-of-interest form, sent to the TDA
as the Trust's application.

Provider: The Specialist Learning Trust (SLT), a national membership trust of specialist schools. The
Award will run through eight regional hubs in member schools chosen by this invitation; Marchbourne
University validates it (validation event 4 March 2009). Issued 20 October 2008; sent January 2009.

Layout: a shaded covering note to the TDA panel; a letter from the Chief Executive to headteachers
("Dear Headteacher", "you" = the member school, "we" = the Trust); an "At a glance" one-cell box; Parts
1-7 as Heading 1 with bold run-in sub-heads typed as Normal paragraphs; a hub-day table; a selection
criteria table with weightings; a funding table; a timetable; Appendix A outcome table ("Where hubs
teach it" / "How it is assessed", shaded merged group rows) with one row a tracked deletion; Appendix B
blank expression-of-interest form with grey italic prompts and [square-bracket] placeholders.
Header and footer with PAGE field; tracked changes; comments.

Traps:
- The Award's purpose is stated as pupils' attainment and progress only -> 1.1 partially_met.
- "the latest research" with nothing named -> 1.3 partially_met.
- Parents: hub day 10 and the Assignment 2 review with parents -> 1.7 met.
- "Every one of the national outcomes is assessed" (Appendix A) but some are not -> 1.9 partially_met.
- Entry conversation about experience, no audit against outcomes or individual plan -> 2.2 partially_met.
- Direct Assessment route is concrete -> 2.3 met.
- Further targets only hoped for ("We hope many will go on to the MA") -> 2.5 not_met.
- Single September start, fixed order; hubs "may" run twilight -> 3.2 partially_met.
- Programme outline drafted by the Trust's central team "before the survey"; it "will" be revised ->
  4.2 not_met (aspiration), though 4.1 (survey evidence) and 4.3 (Hub Steering Groups) are met.
- CRB check of participants appears only as a tracked insertion -> 5.3 met (insertions are part).
- Hub tutors not yet appointed; only a person specification -> 5.4 partially_met.
- Hubs supply a room and a projector; no specialist technology -> 5.6 partially_met.
- Pupil impact "to be developed" -> 5.9 partially_met (confidence self-rating is real).
- Pass rule: both modules at 40% with compensation -> 6.0 partially_met.
- Appendix A: A3 assessed (PP) but taught nowhere ("-"); K8 "-" in assessment column; S4 only mentor discussion
  (formative); S2b practice exercise "not marked" -> partially_met; the access-arrangements row (S2d) is a
  tracked deletion and access arrangements appear nowhere else -> 6.S2d not_met.
- The blank form's prompts ("Describe your school's experience of ...") are not answers.
- A comment suggesting a January intake is not part of the submission (3.2).
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _gv_helpers import shade_par, shade_cell, ins, dele, page_field, table, grey, delete_row

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "The Specialist Learning Trust  -  Becoming a Regional Hub 2009-12"
fp = sec.footer.paragraphs[0]; fp.text = "SLT/PL/HUB/08  Issued 20 October 2008   "; page_field(fp)

H = lambda t, l=1: doc.add_heading(t, level=l)
P = lambda t, style=None: doc.add_paragraph(t, style=style)


def runin(head, body):
    p = doc.add_paragraph(); r = p.add_run(head + " "); r.bold = True; p.add_run(body); return p


n = P("For the TDA approval panel. This is the invitation we sent to our member schools in October "
      "2008 to become the regional hubs that will run our National Award for SEN Coordination. It is "
      "the fullest description we have of the programme and we submit it as our application, with the "
      "tracked changes our Professional Learning Committee made in December. Appendix B is the blank "
      "form schools returned; it is included so that the panel can see what we asked of hubs. "
      "Jonathan Beale, Head of Professional Learning, January 2009.")
shade_par(n)

t = doc.add_paragraph(); r = t.add_run("Becoming a Regional Hub\nNational Award for SEN Coordination, 2009-2012"); r.bold = True; r.font.size = Pt(18)
P("An invitation to member schools of The Specialist Learning Trust")

P("Dear Headteacher,")
P("From September 2009 every teacher newly appointed as a school's SENCO will need to gain the "
  "National Award for SEN Coordination within three years. Many of you have told us that you cannot "
  "find a course within reach of your school, or one that fits the way your SENCO actually works. We "
  "want to change that, and we want member schools to lead it.")
P("We are inviting schools to become one of eight Regional Hubs. A hub hosts and teaches the Award "
  "for SENCOs from member and neighbouring schools in its region, with the Trust's programme team, "
  "Marchbourne University and your local authorities behind you. It is a chance to put your school's "
  "expertise at the heart of SEN leadership in your area, and it is funded.")
P("Please read this pack with your SENCO and your business manager, and return the expression of "
  "interest in Appendix B by 5 December 2008.")
P("Yours sincerely,\nMarian Holt\nChief Executive")

box = doc.add_table(rows=1, cols=1); box.style = "Table Grid"
c = box.cell(0, 0); shade_cell(c, "DEEAF6")
c.text = ("AT A GLANCE\n"
          "What: the National Award for SEN Coordination, a Postgraduate Certificate of 60 credits at "
          "Master's level awarded by Marchbourne University\n"
          "Who: eight member schools as Regional Hubs, each running one group of up to 18 SENCOs a year\n"
          "When: first groups start September 2009\n"
          "Funding: £9,000 a year to each hub, plus tutor fees\n"
          "Deadline for expressions of interest: 5 December 2008")

H("Part 1. Why hubs, and why now")
P("In September 2008 we asked all 812 member schools about SEN coordination. 391 replied. Of these, "
  "58 per cent had changed their SENCO in the last three years, 44 per cent said their SENCO was not "
  "on the leadership team, and only one in five SENCOs held any SEN qualification. When we asked what "
  "SENCOs most needed, headteachers put first the confidence to lead other staff, second the use of "
  "data to show the progress of pupils with SEN, and third knowledge of the services schools can call "
  "on. SENCOs themselves put time to study first, and asked that any course be close to home and not "
  "take them out of school on consecutive days. We also talked to SEN officers in eleven local "
  "authorities, who told us that the number of statutory assessments in their areas depended heavily "
  "on how confident SENCOs were with School Action Plus, and to the parent partnership services in "
  "four of them.")
P("The programme outline in Part 2 was drafted by the Trust's central Professional Learning team "
  "before the survey closed. We will revise it in the light of what members told us and of what the "
  "chosen hubs say when they meet in spring 2009.")
P("Why hubs? Because SENCOs learn best from other SENCOs, in real schools, close to their own. Our "
  "specialist schools already lead networks in their regions; the Award builds on that.")

H("Part 2. The Award your hub will run")
runin("Purpose.", "The Award exists to raise the attainment and accelerate the progress of pupils "
      "with special educational needs by giving their SENCOs the knowledge and leadership skills the "
      "role now demands. It is designed to meet the 2008 SENCO Regulations and the national outcomes "
      "published by the TDA.")
runin("Structure.", "Two 30-credit modules over one school year, September to July. Module 1, The "
      "SENCO as Leader, runs in the autumn and spring terms; Module 2, Provision that Works, runs in "
      "the spring and summer terms. Each hub runs ten hub days (six in Module 1, four in Module 2), "
      "usually on Thursdays, two online units between hub days, and supports each SENCO's workplace "
      "project in their own school. Hubs may also choose to run some hub days as twilight sessions.")
table(doc, [
    ["Hub day", "Module", "Content"],
    ["1", "1", "The SENCO's role; the SEN Code of Practice 2001 and the 2008 Regulations"],
    ["2", "1", "Every Child Matters, the Children Act 2004 and the SENCO's part in the five outcomes"],
    ["3", "1", "Disability equality: the DDA, the disability equality duty and accessibility planning"],
    ["4", "1", "Leading and influencing: senior leaders, governors and the school's inclusion policy"],
    ["5", "1", "Developing colleagues: observation, feedback, coaching and running staff training"],
    ["6", "1", "School self-evaluation, the SEF and SEN; reviewing provision with colleagues"],
    ["7", "2", "Child development; how SEN, disability and environment affect it; common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD)"],
    ["8", "2", "Identifying needs, setting targets, planning and reviewing interventions; using other professionals' assessments; tracking data, RAISEonline and national tests; formative assessment"],
    ["9", "2", "Provision mapping; ICT and assistive technology; pupil voice and person-centred reviews"],
    ["10", "2", "Working with parents and carers; multi-agency working and the CAF; the voluntary sector; presenting projects"],
])
P("")
runin("Online units.", "Between hub days, SENCOs work through two online units on SLT Connect, our "
      "learning platform: Research into Practice (between hub days 5 and 6) and Knowing the Services "
      "(between hub days 9 and 10). Each online group of up to 18 has a named e-tutor from the Trust's "
      "programme team who runs a weekly online seminar, answers questions on the forum within two "
      "working days and gives written feedback on each online task. SENCOs are placed in peer learning "
      "sets of four that meet online between hub days. SLT Connect also carries a hub noticeboard, so "
      "that hub tutors, the programme team and SENCOs' headteachers receive the same notices, and "
      "tutors across hubs share materials through a tutors' area.")
runin("Assessment.", "Assignment 1 (Module 1) is a 5,000-word leadership report: the SENCO analyses how "
      "SEN is led in their school against the Code of Practice, disability law and Every Child Matters "
      "and proposes changes to senior leaders. Assignment 2 (Module 2) is the workplace project: the SENCO "
      "identifies a group of pupils, consults them about their learning through interviews or a "
      "questionnaire, plans and leads an intervention with colleagues, reviews it with the pupils and "
      "with their parents, and reports its effect on the pupils' progress (6,000 words including a "
      "provision map). Each SENCO also keeps a Professional Portfolio in which their workplace mentor "
      "records observations of the SENCO at work; the hub tutor assesses the Portfolio as a pass/fail component of Module 2, which cannot be passed without it. Every SENCO presents their project to colleagues "
      "from the hub on hub day 10.")
runin("Passing.", "The Award is made to SENCOs who pass both modules with a mark of at least 40 per "
      "cent. Under the University's regulations a mark of 35-39 in one module may be compensated by "
      "a mark of 50 or more in the other.")
runin("Prior learning.", "SENCOs who already hold Master's-level credit in SEN from the last five "
      "years may claim up to 30 credits towards Module 1 under Marchbourne's Recognition of Prior "
      "Learning regulations; those with substantial experience but no credit may claim by portfolio "
      "and interview (APEL), assessed by the programme team and confirmed by the University.")
runin("Direct Assessment.", "Experienced SENCOs, or teachers from SEN support services, who believe "
      "they already meet all the national outcomes may apply for Direct Assessment without attending "
      "the course. They submit a portfolio mapped to every outcome and take a professional discussion "
      "with two assessors; the fee is £650. We expect few candidates each year.")
runin("Who can join.", "SENCOs must hold QTS, be in post as SENCO or designated to take up the role "
      "within the year, and be nominated by their headteacher, who agrees to release them for the hub "
      "days and to give them a project to lead. Each nominee has an entry conversation with the hub "
      "leader about their experience so far. Nominees who do not yet meet the entry requirements are "
      "told in writing what they need to do (usually a term working alongside the current SENCO and "
      "the Trust's free SEN Essentials day), and the hub leader rings the headteacher to agree it.")
runin("After the Award.", "We hope that many of our SENCOs will go on to the MA in Inclusive "
      "Leadership at Marchbourne, where their Award credit counts in full.")
runin("Content.", "The Award is kept up to date with the latest research and national developments, "
      "so your SENCO will be working with current thinking.")
runin("Impact.", "SENCOs rate their confidence against each national outcome on their first hub day "
      "and again at the end, and the change is reported to each hub and to the Trust. We are "
      "developing a way to measure the effect of the Award on pupils and will pilot it in 2010.")

H("Part 3. What a hub does")
runin("Hub leader.", "A senior member of staff in your school, usually your SENCO or inclusion lead, "
      "who manages the hub, recruits and interviews participants, and sits on the Trust's Hub Leaders' "
      "Forum.")
runin("Hub tutors.", "Each hub will appoint two hub tutors from its own staff, its region's schools "
      "or its local authority. Hub tutors are not yet appointed. We will ask for: Master's-level "
      "qualification in SEN or inclusion or equivalent; at least five years as a SENCO or specialist "
      "teacher; recent experience of leading adults' learning.")
runin("Workplace mentors.", "Each SENCO has a mentor in their own school, usually a member of the "
      "senior team, who meets them twice a term and records observations in the Professional Portfolio.")
runin("Venue and access.", "Hub days must take place in an accessible building with a hearing loop "
      "available on request. The nomination form asks every SENCO whether they have a disability or "
      "other need for which adjustments should be made, and explains why we ask; the Trust's "
      "Participant Support Officer agrees adjustments with the SENCO and the hub leader before the "
      "first hub day (for example materials in large print or electronically in advance, a note-taker, "
      "extra time for assignments, a ground-floor room) and coordinates with Marchbourne's disability "
      "service for assessment arrangements. Our publicity and pre-course materials are produced in "
      "accessible formats on request, and all selection follows the University's equal opportunities "
      "policy.")
runin("Contrasting setting.", "Each hub arranges for every SENCO to spend two days in a contrasting "
      "setting (a special school, a resourced provision, a pupil referral unit, or a primary or "
      "secondary school in the other phase), with a host SENCO who agrees a focus with them in advance "
      "linked to their project. Hubs keep a list of approved host settings in their region.")
runin("Specialist contributors.", "Hubs invite local authority educational psychologists, specialist "
      "teachers, speech and language therapists and voluntary organisations to lead parts of hub days "
      "7-10; the Trust pays their fees.")
p = runin("Checks.", "")
ins(p, "The hub leader will confirm, before any SENCO starts, that the employing school has seen a "
    "current enhanced CRB disclosure and holds no concerns about the SENCO's conduct; the headteacher "
    "signs to this on the nomination form. A SENCO who has not worked in a school in a post with regular "
    "contact with children in the last three months must obtain a new enhanced disclosure through the "
    "Trust before starting.", "Jonathan Beale")
runin("Hub Steering Group.", "Each hub convenes a steering group each term: the hub leader, two "
      "headteachers of participating schools, a local authority SEN officer, a parent partnership "
      "officer and a former participant from the second year. It reads the hub's evaluations and "
      "results and agrees actions with the hub leader; its minutes go to the Trust.")
runin("Room and equipment.", "A teaching room for 20 with a data projector and internet access on "
      "each hub day.")

runin("A hub's year.", "In the summer term the hub leader visits nominated SENCOs' schools where "
      "possible, holds the entry conversations and confirms places by the end of June. In September the "
      "group meets for the first time at the hub and is introduced to SLT Connect; the autumn hub days "
      "follow roughly every three weeks. Between hub days SENCOs carry out directed tasks in their own "
      "schools, such as interviewing their headteacher about the school's inclusion priorities or "
      "shadowing a colleague's annual review, and bring what they found to the next day. In January "
      "the hub tutors mark Assignment 1 and meet the other hubs' tutors for standardisation. The "
      "spring and summer hub days turn to provision and the workplace project, the contrasting-setting "
      "days usually fall in March, and the year ends in July with the project presentations, to which "
      "participants' headteachers and mentors are invited. The hub leader then writes the hub report "
      "for the Trust and the steering group meets to agree what the hub will change for the next group.")
runin("Being a hub is work.", "Hub leaders in our pilot networks tell us that a hub takes about a "
      "day a week of the leader's time from May to July, and more in the weeks around each hub day. "
      "It also brings visitors, requests for advice and invitations to speak. Please talk this through "
      "with your governors before you apply.")

H("Part 4. What the Trust provides")
runin("Programme team.", "The Trust's Professional Learning team writes and updates the programme "
      "and runs SLT Connect. Programme director: Dr Alison Greaves (former LA principal educational "
      "psychologist; EdD). Programme team: two national tutors, both former SENCOs with MA Inclusive "
      "Education.")
runin("Preparing hub staff.", "Every hub leader and hub tutor attends a two-day preparation course in "
      "July 2009 on the outcomes, the assignments, marking and tutoring, and receives the Hub Handbook, "
      "which sets out each role and its duties. Mentors attend a twilight briefing in their hub in "
      "September and receive the Mentor Notes.")
runin("Moderation.", "Hub tutors mark assignments; the programme team second-marks a sample of "
      "one in four from every hub and all fails. All hub tutors meet for a standardisation day before "
      "each marking period. Marchbourne appoints the external examiner, who sees samples from every "
      "hub, and the University's Board of Examiners confirms results.")
runin("Evaluation and improvement.", "SENCOs evaluate each hub day and each module online. Each hub "
      "sends the Trust an annual hub report (recruitment, results, evaluations, the steering group's "
      "views). The programme team visits each hub once a year and observes a hub day. These, the "
      "external examiner's report and the University's annual monitoring form the Trust's annual "
      "review in September, whose action plan is agreed with the Hub Leaders' Forum and reported "
      "to the Trust's board.")

H("Part 5. What we look for in a hub")
table(doc, [
    ["Criterion", "Weight"],
    ["Strength of SEN practice in your school (e.g. Ofsted judgements, outreach work)", "25%"],
    ["Capacity to release a hub leader for one day a week", "20%"],
    ["Links with local authorities and other schools in the region", "20%"],
    ["Accessible premises and a suitable teaching room", "15%"],
    ["Demand in your region", "10%"],
    ["Commitment of your governing body", "10%"],
])

H("Part 6. Funding")
table(doc, [
    ["Item", "Amount", "Notes"],
    ["Hub grant", "£9,000 a year", "Towards hub leader time and hosting"],
    ["Hub tutor fees", "£250 per day", "Paid by the Trust"],
    ["Participant fee", "£1,250", "Paid by the participant's school; member schools £1,050"],
])

H("Part 7. Timetable")
for s in ["5 December 2008: expressions of interest close",
          "January 2009: shortlisted schools visited",
          "February 2009: hubs announced",
          "July 2009: hub staff preparation course",
          "September 2009: first groups start"]:
    P(s, style="List Bullet")

# Appendix A
doc.add_page_break()
H("Appendix A. The national outcomes: where hubs teach them and how they are assessed")
P("Every one of the national outcomes is assessed. HD = hub day; A1, A2 = Assignments 1 and 2; "
  "PP = Professional Portfolio (mentor's observations); OU = online unit.")
groups = [
    ("What SENCOs are like", [
        ("Builds fair, respectful relationships with pupils with SEN and their families", "HD 9, HD 10", "A2 (consultation and review with pupils and parents)"),
        ("Gains the commitment of colleagues and senior leaders", "HD 4", "A1 (proposals to senior leaders)"),
        ("Manages time, prioritises and delegates", "-", "PP"),
        ("Solves problems and makes sound judgements about provision", "HD 8", "A2"),
        ("Communicates clearly and listens to others", "All", "A1; A2; project presentation"),
        ("Uses research and outside advice to improve practice", "OU Research into Practice", "A2 literature section"),
        ("Keeps up to date and takes charge of own SEN learning", "HD 1, OU", "PP (learning record)"),
    ]),
    ("What SENCOs know", [
        ("SEN law, the Code of Practice and how to apply them", "HD 1", "A1"),
        ("Every Child Matters and the SENCO's part", "HD 2", "A1"),
        ("Disability equality law and what it requires", "HD 3", "A1"),
        ("How children develop and what affects development", "HD 7", "A2"),
        ("The common types of SEN and their effect on learning", "HD 7", "A2"),
        ("Approaches and resources for teaching and assessment, including ICT", "HD 8, HD 9", "A2"),
        ("School self-evaluation and SEN", "HD 6", "A1"),
        ("Best practice and research on SEN", "OU Research into Practice", "-"),
        ("External agencies and how to obtain support", "HD 10, OU Knowing the Services", "A2"),
    ]),
    ("What SENCOs can do", [
        ("Shapes an inclusive ethos, policy and resources with senior leaders and governors", "HD 4", "A1"),
        ("Identifies pupils, sets targets, plans and reviews interventions", "HD 8", "A2"),
        ("Uses other professionals' assessments", "HD 8", "A2"),
        ("Uses test and tracking data to follow progress", "HD 8", "Practice exercise with RAISEonline on HD 8 (not marked)"),
        ("Helps colleagues develop formative assessment", "HD 5, HD 8", "PP"),
        ("Arranges access arrangements for tests and examinations in good time", "HD 9", "A2"),
        ("Uses provision mapping and finds gaps", "HD 9", "A2 (provision map)"),
        ("Deploys and manages staff", "HD 4", "Discussed in mentor meetings"),
        ("Supports colleagues' development: observing, modelling, coaching, training", "HD 5", "PP; A2"),
        ("Reviews provision with colleagues to feed self-evaluation", "HD 6", "A1"),
        ("Involves pupils in planning and reviewing their provision", "HD 9", "A2"),
        ("Works with parents and carers", "HD 10", "A2"),
        ("Works with other services and voluntary organisations", "HD 10, OU Knowing the Services", "A2"),
    ]),
]
nrows = 1 + sum(1 + len(g[1]) for g in groups)
b = doc.add_table(rows=nrows, cols=3); b.style = "Table Grid"
for j, v in enumerate(["Outcome", "Where hubs teach it", "How it is assessed"]):
    b.cell(0, j).text = v; shade_cell(b.cell(0, j))
i = 1
deleted_row = None
for gname, items in groups:
    m = b.cell(i, 0).merge(b.cell(i, 2)); m.text = gname; shade_cell(m, "F2F2F2")
    m.paragraphs[0].runs[0].bold = True
    i += 1
    for it in items:
        for j, v in enumerate(it):
            b.cell(i, j).text = v
        if it[0].startswith("Arranges access arrangements"):
            deleted_row = b.rows[i]
        i += 1
delete_row(deleted_row, "Jonathan Beale")

# Appendix B: blank EoI form
doc.add_page_break()
H("Appendix B. Expression of interest")
rows = [["School", "[School name]"], ["Specialism(s)", "[e.g. Technology; SEN (second specialism)]"],
        ["Headteacher", "[Name]"], ["Proposed hub leader", "[Name and role]"],
        ["1. Describe your school's SEN practice and any outreach work", ""],
        ["2. How will you release the hub leader?", ""],
        ["3. Which local authorities and schools do you work with?", ""],
        ["4. Describe your teaching accommodation and its accessibility", ""],
        ["Signed (headteacher)", "[Signature]      Date: [date]"],
        ["Signed (chair of governors)", "[Signature]      Date: [date]"]]
f = doc.add_table(rows=len(rows), cols=2); f.style = "Table Grid"
for i, (a1, a2) in enumerate(rows):
    f.cell(i, 0).text = a1
    f.cell(i, 1).text = a2
    if not a2:
        r = f.cell(i, 1).paragraphs[0].add_run("Please write no more than 300 words. Give examples.")
        grey(r)
P("Return to hubs@specialistlearningtrust.org.uk by 5 December 2008.")

doc.save(OUT)
d2 = Document(OUT)
for p in d2.paragraphs:
    if p.text.startswith("Structure."):
        d2.add_comment(p.runs, text="Several heads asked for a January start as well. Can we promise a "
                       "January intake in year 2?", author="Jonathan Beale", initials="JB")
    if p.text.startswith("Content."):
        d2.add_comment(p.runs, text="Name the reports? Bercow, Lamb when it's out, IDP.",
                       author="Alison Greaves", initials="AG")
d2.save(OUT)
print("wrote", OUT)
