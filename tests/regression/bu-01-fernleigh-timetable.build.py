"""Build bu-01-fernleigh-timetable.docx: Fernleigh Learning Partnership Ltd with the University of Hexworth (invented).

Provider: Fernleigh Learning Partnership Ltd, a small independent training
company (four full-time staff, six associates) based at the Ashby Centre,
Kettlewell, working across three invented local authorities (Hexworthshire,
Cranmere, City of Ludbury). The award is a 60-credit Level 7 Postgraduate
Certificate validated and awarded by the invented University of Hexworth.
Dated 27 March 2009, first cohort September 2009; 2008-era vocabulary.

Layout: a plain, chatty application in the first person plural ("we", "you",
contractions, exclamation marks). Heading 1/Heading 2 styles with chatty
titles ("Who we are", "How the year works", "Things people usually ask us"),
never the criterion numbers. Three tables:
- a timetable (No. | Date | Venue | Session | What we cover) of twelve
  sessions, two of them recorded webinars;
- an assessment table (Task | What you do | Length and hand-in | Outcomes
  assessed) with three tasks whose last column lists the company's own
  outcome codes;
- a key ("Our shorthand for the national outcomes": Code | In plain
  English). The company numbers the professional skills straight through,
  PS1-PS13, so the four sub-bullets of 6.S2 are PS3-PS6 and every later
  skill is shifted: PS7 = provision mapping (6.S3), PS8 = deploying staff
  (6.S4), PS9 = colleagues' professional development (6.S5), PS10 =
  reviewing provision (6.S6), PS11 = pupil involvement (6.S7), PS12 =
  parents (6.S8), PS13 = other agencies (6.S9). The key lists every code,
  including those never taught or assessed.
- an FAQ section ("Things people usually ask us") with bold questions.
A footer with the company registration line (not evidence).

Traps and the requirement ids each affects:
- Numbering collision of the company's PS codes with the specification's
  S numbers: Task 1 assesses "PS7" (provision mapping = 6.S3), Task 3
  assesses "PS9" (colleagues' professional development = 6.S5). Read as
  spec numbers they would wrongly make 6.S7 and 6.S9 assessed. 6.S7 and
  6.S9 are partially_met (taught in Sessions 5 and 7 only, PS11 and PS13 in
  no task). 6.S5 is partially_met (assessed via PS9 but taught nowhere).
- The key is not coverage: PA4 (6.A4), PS5 (6.S2c) and PS6 (6.S2d) appear
  only in the key -> not_met.
- Taught but never assessed -> partially_met: 6.A3 (Session 1), 6.A7
  (Session 12), 6.K2 (Session 2), 6.K9 (Session 7), 6.S2b (Session 9
  webinar), 6.S7, 6.S9. Assessed but never taught -> partially_met: 6.K4
  (KU4 in Task 2; no session on child development), 6.S5.
- 1.9 partially_met and 6.0 partially_met: the FAQ's blanket claim "if you
  pass all three, you've met every one of the national outcomes" against an
  assessment table that never lists PA3, PA4, PA7, KU2, KU9, PS4, PS5,
  PS6, PS11, PS13.
- 1.1 partially_met: the purpose is children doing "better in lessons";
  well-being only in the value line "every child can shine" and "We care
  about the whole child, of course".
- 1.3 partially_met: "the latest thinking" only; no research or inspection
  evidence named.
- 2.1 not_met (negation in the FAQ): "We don't do APL".
- 2.2 partially_met: a self-audit used to form learning sets, no individual
  plan or personalised outcomes.
- 2.3 not_met (aspiration): "We'd really like to offer an assessment-only
  route once our first group is through".
- 2.4 partially_met: fee and cost only; tailoring only by learning sets.
- 3.2 partially_met: one September start, fixed order; catch-up with next
  year's group and webinars watchable in a fortnight.
- 3.3 partially_met (e-learning present): two one-way recorded webinars
  with a quiz; explicitly no chat, no forum, questions wait until the next
  session.
- 4.3 partially_met: stakeholders host, teach and sit on presentation
  panels; nothing on evaluation.
- 5.1 not_met and 5.9 not_met (aspiration): an evaluation plan still to be
  worked out with the University; impact only something "We'd love to be
  able to show".
- 5.3 not_met (wrong context): enhanced CRB checks on applicants to the
  University's PGCE courses and on Fernleigh's own tutors, not on SENCO
  candidates.
- 5.5 partially_met (negation): specialists teach, but "We don't organise
  placements"; the Kestrel visit is one session.
- 5.7 partially_met: associate tutors' planning day only; nothing on the
  headteachers and guest panel who hear the Task 3 presentations.
- Met despite the informal style: E.1, E.2, 1.2, 1.4, 1.5 (practice with
  a pupil between Sessions 5 and 6), 1.6, 1.7, 1.8, 2.5, 3.1, 4.1, 4.2,
  5.2, 5.4, 5.6, 5.8, and the outcomes both taught and assessed.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).with_name("bu-01-fernleigh-timetable.docx")

doc = Document()
doc.core_properties.author = "Ruth Abernethy"
doc.core_properties.title = "Fernleigh - SENCO award application"
normal = doc.styles["Normal"]
normal.font.name = "Verdana"
normal.font.size = Pt(10)
for name in ("Heading 1", "Heading 2"):
    doc.styles[name].font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)

sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)  # A4
sec.left_margin = sec.right_margin = Cm(2.2)
fp = sec.footer.paragraphs[0]
fp.text = ("Fernleigh Learning Partnership Ltd \u00b7 Ashby Centre, Mill Lane, Kettlewell \u00b7 "
           "Registered in England No. 4877213")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_text(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(9)


def table(header, rows, widths, fill="D8EAD3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        set_text(c, h, bold=True)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_text(c, v)
    for r in t.rows:
        for i, w in enumerate(widths):
            r.cells[i].width = w
    return t


def para(text, bold_lead=None):
    p = doc.add_paragraph()
    if bold_lead:
        p.add_run(bold_lead).bold = True
    p.add_run(text)
    return p


# ------------------------------------------------------------------ title
t = doc.add_paragraph()
r = t.add_run("Fernleigh Learning Partnership")
r.bold = True
r.font.size = Pt(20)
r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)
t = doc.add_paragraph()
r = t.add_run("Our application to run the National Award for SEN Coordination\n"
              "with the University of Hexworth")
r.font.size = Pt(13)
doc.add_paragraph("Sent to the TDA on 27 March 2009. If you\u2019ve got any questions about it, please ring "
                  "Ruth Abernethy (Director) on 01632 960 418.")

# ------------------------------------------------------------------ who we are
doc.add_heading("Who we are", level=1)
para("Fernleigh Learning Partnership is a small training company based at the Ashby Centre in Kettlewell. "
     "There are four of us full time, plus six associate tutors who still work in schools and local "
     "services. Since 2003 we\u2019ve run short courses for SENCOs and teaching assistants across "
     "Hexworthshire, Cranmere and the City of Ludbury, and about 40 SENCOs come to our termly SENCO "
     "network meetings.")
para("At Fernleigh we believe every child can shine, and that a confident, well-trained SENCO is the best "
     "way to make that happen.")

doc.add_heading("The award and the University", level=1)
para("The course is a Postgraduate Certificate in Special Educational Needs Coordination. The University "
     "of Hexworth validated it at a validation event on 14 January 2009, and it\u2019s the University that "
     "awards the Certificate; we do the teaching. It\u2019s worth 60 credits at Level 7 (that\u2019s "
     "master\u2019s level), and people can carry the credits forward into the University\u2019s MA in "
     "Education if they want to. The University appoints the external examiner, and Dr Marcus Oyelaran from "
     "its School of Education is our link tutor and a full member of the course team.")

# ------------------------------------------------------------------ purpose
doc.add_heading("What the course is for", level=1)
para("Put simply, the course is there to help children with special educational needs and disabilities do "
     "better in lessons. Every one of the three tasks is about real children in your school and what would "
     "help them get on better with their learning. We care about the whole child, of course.")
para("Everything is rooted in real schools. Four of the twelve sessions are held in schools (see the "
     "timetable below), each with a walk round the host school\u2019s SEN provision, and all three tasks are "
     "done in your own school with your own pupils and colleagues.")
para("We keep the reading list up to date with the latest thinking, and because our tutors are all still "
     "working in and with schools, the course reflects what\u2019s happening now.")

doc.add_heading("What you\u2019ll be able to do", level=2)
para("You\u2019ll work with colleagues all the way through. Your Task 1 recommendations are agreed with "
     "your head; Session 11 is about getting the head, senior team and governors on board; Session 7 is "
     "about working with the educational psychologist, speech and language therapist and other services "
     "beyond the school; and in Task 3 you run a training session for staff in your school and coach one "
     "colleague through a change in how they work.")
para("Working with parents is a big part of the job, so Session 12 is a morning of role play with Jo "
     "Penrose from Cranmere Parent Partnership: advising parents at review meetings and handling difficult "
     "conversations. In Task 2 you write up how you worked with the family of your \u2018child in "
     "focus\u2019.")
para("By the end you\u2019ll have led a real change in your school (Task 3) and shown us what difference it "
     "made to the way you and your colleagues work.")

# ------------------------------------------------------------------ timetable
doc.add_heading("How the year works: the 2009\u201310 timetable", level=1)
para("Face-to-face sessions run from 9.30 to 3.30. The two webinars are online: see the note under the "
     "table.")
TIMETABLE = [
    ("1", "Sat 19 Sep 2009", "Ashby Centre, Kettlewell", "Welcome! The SENCO role and your year ahead",
     "What the SENCO does; planning your SENCO week: priorities, time and what to hand on to others; "
     "meeting your learning set."),
    ("2", "Sat 10 Oct 2009", "University of Hexworth, Redfern Building", "The law bit",
     "The Education Act 1996, the SEN and Disability Act 2001, the SEN Code of Practice (2001), the "
     "Disability Discrimination Act and the Disability Equality Duty, Every Child Matters and Removing "
     "Barriers to Achievement: what each one means for you and your school."),
    ("3", "Sat 7 Nov 2009", "Millbrook Primary School, Kettlewell", "Spotting needs and setting targets",
     "Identifying pupils who may have SEN (observation, data, screening); setting challenging targets; "
     "planning interventions; reviewing progress."),
    ("4", "Sat 5 Dec 2009", "Brindley High School, Ludbury", "Provision mapping in practice",
     "A look at Brindley\u2019s provision map; costing provision; finding gaps and what isn\u2019t "
     "working; reviewing provision with colleagues as part of school self-evaluation."),
    ("5", "Sat 16 Jan 2010", "Ashby Centre, Kettlewell", "Hearing the child",
     "Building trusting relationships with pupils and their families; person-centred reviews; one-page "
     "profiles; Talking Mats; involving pupils in planning and reviewing their support. We practise each "
     "tool in pairs, and before Session 6 you try one with a pupil in your school and bring back what "
     "happened."),
    ("6", "From 1 Feb 2010", "Online: recorded webinar", "Types of SEN",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; "
     "speech, language and communication needs; autism; moderate learning difficulties; how each affects "
     "learning."),
    ("7", "Sat 6 Mar 2010", "Kestrel School (special), Cranmere", "The alphabet soup",
     "EPs, SALTs, CAMHS, the sensory service, Parent Partnership and the voluntary groups: who does what, "
     "how to get their help, and using their reports to plan teaching."),
    ("8", "Sat 27 Mar 2010", "Ashby Centre, Kettlewell", "Managing TAs and support staff",
     "Deploying and line-managing teaching assistants; timetabling support; TA job descriptions."),
    ("9", "From 19 Apr 2010", "Online: recorded webinar", "Data without tears",
     "Using tracking data, P scales and national test results to follow pupils\u2019 progress and change "
     "what you\u2019re doing."),
    ("10", "Sat 8 May 2010", "University of Hexworth, Assistive Technology Suite", "Tools for teaching",
     "Approaches, strategies and resources for assessing and teaching pupils with SEN, including ICT and "
     "assistive technology (Clicker 5, text-to-speech, switch access)."),
    ("11", "Sat 5 Jun 2010", "Brindley High School, Ludbury", "Leading change",
     "Getting the head, senior team and governors on board; your SEN policy and an inclusive ethos; what "
     "the research says about what works, and using it and outside advice to make your case; putting your "
     "case clearly, in writing and in person."),
    ("12", "Sat 3 Jul 2010", "Ashby Centre, Kettlewell", "Parents as partners, and what next?",
     "Role play with Cranmere Parent Partnership (see above); Task 3 presentations; your Next Steps plan; "
     "keeping up to date once the course is over."),
]
table(["No.", "Date", "Venue", "Session", "What we cover"], TIMETABLE,
      [Cm(1.0), Cm(2.4), Cm(3.4), Cm(3.3), Cm(6.6)])
para("About the webinars: Sessions 6 and 9 are recorded talks on the Fernleigh Hub (the members\u2019 area of "
     "our website), and each ends with a short online quiz. You can watch them any time in the fortnight "
     "after the date shown. They\u2019re one-way: there\u2019s no chat or discussion with them and we "
     "don\u2019t run an online forum, so if you\u2019ve got questions about a webinar, bring them to the next "
     "session.")

# ------------------------------------------------------------------ assessment
doc.add_heading("The three tasks", level=1)
para("You\u2019re assessed on three pieces of work. The last column uses our shorthand for the national "
     "outcomes, which is explained in the key underneath.")
TASKS = [
    ("Task 1: The Map",
     "A review of your school\u2019s SEN policy and provision map against the law and the Code of Practice, "
     "with recommendations you\u2019ve agreed with your head.",
     "3,000 words. Hand in by 15 January 2010.",
     "KU1, KU3, KU7, PS1, PS7, PS10"),
    ("Task 2: Child in Focus",
     "A case study of one pupil: how their needs were identified, what other professionals\u2019 reports "
     "said and how you used them, the approaches and resources you chose, the targets and the intervention, "
     "and how you worked with the family.",
     "4,000 words. Hand in by 23 April 2010.",
     "PA1, KU4, KU5, KU6, PS2, PS3, PS12"),
    ("Task 3: Leading Change",
     "Plan, lead and evaluate one change in your school\u2019s SEN provision, including a training session "
     "you run for colleagues, then present it to your learning set and a guest panel.",
     "5,000 words plus a 15-minute presentation at Session 12.",
     "PA2, PA5, PA6, KU8, PS8, PS9"),
]
table(["Task", "What you do", "Length and hand-in", "Outcomes assessed"], TASKS,
      [Cm(2.8), Cm(7.6), Cm(3.4), Cm(2.9)])

doc.add_heading("Our shorthand for the national outcomes", level=2)
para("We\u2019ve numbered the skills straight through, so PS3 to PS6 are the four bullet points under "
     "\u2018identify pupils\u2026\u2019 in the specification.")
KEY = [
    ("PA1", "Good relationships with pupils and their families"),
    ("PA2", "Getting colleagues, the head and the senior team on board"),
    ("PA3", "Priorities, time and delegating"),
    ("PA4", "Solving problems and making sound decisions"),
    ("PA5", "Putting things clearly, spoken and written; listening"),
    ("PA6", "Using research and outside advice"),
    ("PA7", "Keeping up to date and owning your CPD"),
    ("KU1", "SEN law and the Code of Practice"),
    ("KU2", "Every Child Matters"),
    ("KU3", "Disability equality law"),
    ("KU4", "How children develop"),
    ("KU5", "The common types of SEN"),
    ("KU6", "Approaches, strategies and resources, including ICT"),
    ("KU7", "School self-evaluation"),
    ("KU8", "Best practice and research"),
    ("KU9", "Outside agencies and getting specialist help"),
    ("PS1", "Inclusive ethos and policy, with senior leaders and governors"),
    ("PS2", "Identifying needs, setting targets, planning interventions, reviewing progress"),
    ("PS3", "Using other professionals\u2019 assessments"),
    ("PS4", "Summative data and national tests"),
    ("PS5", "Helping colleagues with formative assessment"),
    ("PS6", "Access arrangements for tests and exams"),
    ("PS7", "Provision mapping"),
    ("PS8", "Deploying and managing staff"),
    ("PS9", "Colleagues\u2019 professional development"),
    ("PS10", "Reviewing provision with staff for self-evaluation"),
    ("PS11", "Pupils involved in planning and reviewing their provision"),
    ("PS12", "Working with parents and carers"),
    ("PS13", "Other services and agencies"),
]
table(["Code", "In plain English"], KEY, [Cm(2.0), Cm(10.0)], fill="EFEFEF")

# ------------------------------------------------------------------ fitting the course
doc.add_heading("How the course fits you", level=1)
para("Before Session 1, everyone fills in our \u2018Where am I now?\u2019 self-audit against the national "
     "outcomes. We use the results to put you into a learning set of five or six people with similar "
     "starting points, and the sets work together at every session.")
para("The fee is \u00a31,150 for the year. Hexworthshire and Cranmere both pay \u00a3500 of that for SENCOs "
     "in their maintained schools, and using schools as venues keeps our costs (and so the fee) down.")
para("At Session 12 everyone writes a Next Steps plan on our template: two or three professional targets "
     "for the following year, which you take to your performance management review with your head. We also "
     "talk through what\u2019s out there: the University\u2019s MA, the specialist dyslexia and autism "
     "certificates, and the LA SENCO networks.")

doc.add_heading("Getting in", level=2)
para("You need QTS, a SENCO post (or your head\u2019s say-so that you\u2019ll be the next SENCO) and a "
     "supporting statement from your head. Ruth or Dev phones every applicant for a twenty-minute chat about "
     "their experience and their self-audit. If we think someone isn\u2019t quite ready, we say so, suggest "
     "what to do first (usually our one-day SENCO Starter course and a term shadowing an experienced SENCO) "
     "and ring their head to agree a plan.")
para("On safeguarding: the University\u2019s Admissions Office carries out enhanced CRB checks on every "
     "applicant to its PGCE courses, and all our own tutors and associates have enhanced CRB disclosures, "
     "renewed every three years.")

doc.add_heading("Access for everyone", level=2)
para("Our application form has a separate section, which only Ruth reads, asking whether you have a "
     "disability or health condition and what would help. We ring everyone who tells us and agree "
     "adjustments before the course starts: large-print or electronic handouts, a note-taker, extra time "
     "for tasks, rest breaks, a seat near the front. All our venues have step-free access, and the Ashby "
     "Centre and the Redfern Building have hearing loops. Our leaflet and website say all this up front, "
     "and the University\u2019s Disability Service handles any changes to assessment arrangements.")
para("There\u2019s one group a year, starting in September, and the sessions run in the order shown. Most "
     "are on Saturdays so you don\u2019t lose teaching time. If you miss a session you can pick it up with "
     "next year\u2019s group.")

# ------------------------------------------------------------------ stakeholders
doc.add_heading("Listening to schools", level=1)
para("In spring 2008 we surveyed the 41 SENCOs on our network list and talked to the SEN teams in "
     "Hexworthshire, Cranmere and Ludbury. 33 SENCOs replied. Their top three requests were help with "
     "managing teaching assistants (24 of the 33), making sense of provision mapping (21) and handling "
     "meetings with parents (19). The LAs wanted a Saturday course so that schools don\u2019t need to pay "
     "for cover.")
para("So we changed things. Managing TAs got a whole session (Session 8) instead of half of one, provision "
     "mapping moved forward from the spring to Session 4, parents got the role-play morning with the Parent "
     "Partnership, and the Saturdays came straight from the LAs.")
para("Schools and services help run the course too: three schools host four of the sessions, Helen and Sam (below) come "
     "from the local psychology and speech and language services, Jo Penrose runs the parents role play, "
     "and headteachers are invited to sit on the guest panel for the Task 3 presentations.")

# ------------------------------------------------------------------ people and quality
doc.add_heading("Who teaches it", level=1)
para("Ruth Abernethy (course director) was SENCO in two Ludbury secondary schools for twelve years until "
     "2005, has an MA in Special and Inclusive Education from Hexworth, and still carries out SEN reviews "
     "for Cranmere schools every term. Dev Kapoor was an SEN adviser in Hexworthshire from 2000 to 2007 "
     "and is a specialist teacher for specific learning difficulties (AMBDA). Dr Marcus Oyelaran is a "
     "senior lecturer in inclusive education at Hexworth and researches provision mapping. Our associates "
     "include Helen Yau, an educational psychologist with the Cranmere Psychology Service, and Sam "
     "Whitlock, a speech and language therapist with Ludbury NHS Trust.")
para("Helen and Sam teach Sessions 6 and 7, and Kestrel School hosts Session 7. We don\u2019t organise "
     "placements \u2013 there isn\u2019t time in a Saturday course \u2013 but the Kestrel visit gives everyone "
     "a look at a special school.")
para("Everyone gets a course reader and the three set books on loan for the year, and full access to the "
     "University library and its e-journals through the link-tutor arrangement. Session 10 is held in the "
     "University\u2019s Assistive Technology Suite, which participants can book afterwards to try software "
     "with their own pupils\u2019 work, and each learning set borrows a kit box of assessment materials "
     "(BPVS, phonological screening tests, reading tests) for the year.")
para("Associate tutors come to a planning day each August, where we go through the sessions and the tasks "
     "together.")

doc.add_heading("Marking", level=2)
para("Every task is marked against the University\u2019s Level 7 criteria and our own marking grid for "
     "that task, which you get at the start of the year. In our first year every piece of work will be "
     "second-marked by another tutor; after that, one in four. Marks are agreed at a moderation meeting "
     "with Dr Oyelaran, the University\u2019s external examiner samples every task, and the University\u2019s "
     "exam board confirms the results.")

doc.add_heading("How we\u2019ll know it\u2019s working", level=2)
para("We\u2019re going to sit down with the University during the first year and work out a proper "
     "evaluation plan for the course. We\u2019d love to be able to show the difference the course makes to "
     "SENCOs\u2019 confidence and to children\u2019s progress, and we\u2019re talking to the University "
     "about how we might do that.")

# ------------------------------------------------------------------ FAQ
doc.add_heading("Things people usually ask us", level=1)
FAQ = [
    ("I did a dyslexia certificate a few years ago. Can I skip part of the course?",
     "Not at the moment, sorry. We don\u2019t do APL: the University\u2019s rules make it too fiddly for a "
     "60-credit certificate, so everybody does all three tasks."),
    ("I\u2019ve been an acting SENCO for years. Can I just do the assessments?",
     "We get asked this a lot! We\u2019d really like to offer an assessment-only route once our first group "
     "is through, and we\u2019ll talk to the University about it."),
    ("Do I have to be a SENCO already?",
     "You need to be in post or about to be (see \u2018Getting in\u2019)."),
    ("What happens if I fail a task?",
     "You get one resubmission per task, with a tutorial first. To get the Certificate you need to pass all "
     "three tasks \u2013 and if you pass all three, you\u2019ve met every one of the national outcomes."),
]
for q, a in FAQ:
    p = doc.add_paragraph()
    p.add_run(q).bold = True
    doc.add_paragraph(a)

doc.add_paragraph()
doc.add_paragraph("Thanks for reading! Ruth, Dev and the Fernleigh team.")

doc.save(OUT)
print("wrote", OUT)
