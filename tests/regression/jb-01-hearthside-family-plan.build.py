"""jb-01-hearthside-family-plan

Provider (invented): Hearthside Young Carers, a national young carers' charity,
through its Schools Team (which trains school staff to support pupils who care
for a disabled or ill family member), applying with the University of
Brennanfield, Department of Social Work and Education, to run the National
Award for SEN Coordination from January 2009 as the "Hearthside Award for SEN
Coordination" (PG Certificate, 60 credits at Master's level).

Document kind and layout: the application is sent as the FAMILY PLAN from a
planning family group conference (FGC), the social-work decision-making meeting
the charity and the university's FGC service use with families. The "child at
the centre" is the course; the "family" is everyone with a stake in it (SENCOs,
heads, parents, young carers, the local authority); the "professionals" are
the university and charity staff. Layout follows an FGC plan form: a
conference-details table with merged and shaded cells, a "Who came" table, the
referrer's "bottom lines" (the TDA specification quoted back) in a shaded box,
"What the professionals shared", a note on private family time, then the
Family Plan in nine Parts (A-I), each a four-column table "What will happen |
Who | When | How we will know it is working", a contingency plan, "Things the
family talked about but did not agree", young carers' quotations, the review
conference, an agreement block with "[signature]" placeholders, and an
appendix "Outcome Plan" whose rows are the national outcomes in the family's
own words, grouped under merged shaded rows ("Being", "Knowing", "Doing"),
with columns "Where we work on it" and "How it is checked". Study days are
"Conference Days" (D1-D8), school-based tasks "Home Work" (HW1-HW4), the three
marked assignments "Pieces" (P1-P3). Heading styles for the stages; a
header and footer; tracked changes (author P. Hollis); three Word comments.

Traps (requirement ids):
- The referrer's bottom lines quote the specification ("rigorous assessment of
  participants against all of the programme outcomes", a CRB check): a
  quotation, not the provider's arrangement (1.9, 5.3).
- The aim names attainment and attendance only; well-being appears only as a
  value in the young people's words (1.1 partially met).
- The "Change Plan" is written but participants are "not asked to carry it
  out during the course" (1.8 partially met).
- Award rule compensates: 50 per cent overall, no Piece below 40 (6.0 and 1.9
  partially met), consistent with "Not checked" cells in the Outcome Plan.
- Prior study can be credited, but credit for experience was "talked about but
  did not agree" (2.1 partially met).
- Assessment-only route explicitly not agreed for 2008-09 (2.3 not met).
- CRB: only Hearthside's staff and volunteers are checked (page footer only);
  checking candidates was "the schools' job as employer" and not agreed; a
  comment asks to add it (5.3 not met).
- Equality: a value statement plus step-free venues and nothing else
  (3.1 partially met).
- Kitchen Table online forum (e-learning, so 3.3 applies): peers support
  each other; tutors "will look in when they can"; a comment promising weekly
  tutor presence is not evidence (3.3 partially met).
- Placements only "where a participant asks" and "will try" (5.5 partially met).
- Mentor guide "is being written" (5.7 partially met).
- Second marking exists only in an inserted tracked sentence (5.8 met).
- Pupil-impact follow-up survives only as a deleted tracked paragraph; what
  remains is participants' confidence ratings and a hope about attendance
  (5.9 partially met).
- School self-evaluation appears only in a deleted phrase in D7 and has no
  Outcome Plan row (6.K7 not met).
- Access arrangements for tests are "the exams officer's job" (6.S2d not met).
- Outcomes developed but "Not checked" (6.A3, 6.A7, 6.K4), assessed but not
  developed (6.S2b), formative only at the Review conversation (6.S4).
- Header ("CONFIDENTIAL") and footer are never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jb_helpers import (new_doc, para, table, merged_row, cell_text, shade_cell, tracked_para,
                         comment, header_footer)

HERE = Path(__file__).parent
NAME = "jb-01-hearthside-family-plan"
AUTH = "P. Hollis"
DATE = "2008-11-24T09:30:00Z"

doc = new_doc("Calibri", 10.5)
header_footer(doc, "CONFIDENTIAL: Family Plan  |  Ref HYC/FGC/08/117  |  Coordinator's copy",
              "Hearthside Young Carers, registered charity no. 1098765. All Hearthside staff and volunteers hold "
              "enhanced CRB disclosures.")

para(doc, "FAMILY GROUP CONFERENCE", b=True, size=16, align="c", color="7F3F00")
para(doc, "Family Plan", b=True, size=14, align="c")
para(doc, "Hearthside Young Carers (Schools Team) with the University of Brennanfield, Department of Social "
          "Work and Education", i=True, align="c")

para(doc, [("A note for the panel. ", dict(b=True)),
           "We plan most things at Hearthside the way we plan with families: we bring everyone who has a stake "
           "together, share what the professionals know, leave the family to talk in private, and write down the "
           "plan they make. In October 2008 we held a planning family group conference for our SENCO course. "
           "This is the Family Plan it produced, typed up and checked by the Schools Team, and it is our "
           "application. The \"child at the centre\" is the course. The \"family\" is everyone who will live "
           "with it: SENCOs, headteachers, parents, young carers and the local authority. Where this plan says "
           "\"we\", it means Hearthside and the University together."])

# ---- conference details
t = table(doc, [["Conference details", None, None, None]] + [[None] * 4 for _ in range(6)],
          widths=[3.6, 4.6, 3.4, 4.8])
merged_row(t, 0, "1. Conference details", fill="F4B183")
rows = [
    ("Reference", "HYC/FGC/08/117", "Date", "14 October 2008, 9.30am to 3.30pm"),
    ("Place", "Hearthside House, Canal Street, Brennanfield", "Independent coordinator",
     "Bernadette Okafor, University of Brennanfield FGC Service"),
    ("Referrer", "Hearthside Schools Team (Pat Hollis, Schools Team Manager)", "Plan typed by",
     "Owen Marsh, Schools Team"),
    ("The child at the centre", "The Hearthside Award for SEN Coordination", None, None),
    ("What it leads to", "Postgraduate Certificate in SEN Coordination (National Award for SEN Coordination), "
     "60 credits at Master's level (M level), awarded by the University of Brennanfield", None, None),
    ("Validation", "The University's Faculty Validation Panel approved the programme on 2 September 2008; "
     "the University confers the award and appoints the external examiner.", None, None),
]
for ri, (a, b_, c, d) in enumerate(rows, start=1):
    cell_text(t.cell(ri, 0), a, b=True, size=9.5, shade="FBE5D6")
    if c is None:
        m = t.cell(ri, 1).merge(t.cell(ri, 3))
        cell_text(m, b_, size=9.5)
    else:
        cell_text(t.cell(ri, 1), b_, size=9.5)
        cell_text(t.cell(ri, 2), c, b=True, size=9.5, shade="FBE5D6")
        cell_text(t.cell(ri, 3), d, size=9.5)
para(doc, "")

# ---- who came
doc.add_heading("2. Who came", level=1)
table(doc, [
    ["Name", "Role", "Came as"],
    ["Sunita Rao, Gareth Lloyd, Helen Briggs", "SENCOs (primary, secondary, special)", "Family"],
    ["Mark Oduya, Janet Fell", "Headteachers, Brennanfield and Lowther Vale", "Family"],
    ["Carol Dent, Imran Shah", "Parents of pupils with SEN; Carol also cares for her husband", "Family"],
    ["Ruth (15), Kieran (13), Aisha (11)", "Young carers from the Hearthside Brennanfield group", "Family"],
    ["Linda Greaves", "Young Carers Lead, Brennanfield Children's Services", "Family"],
    ["Dr Frances Ilsley, Dr Tom Achebe", "University of Brennanfield, Department of Social Work and Education",
     "Professionals"],
    ["Pat Hollis, Owen Marsh, Ayo Bankole", "Hearthside Schools Team", "Professionals / referrer"],
], widths=[5, 7.5, 3.5])
para(doc, "")

# ---- stage 1
doc.add_heading("3. Stage 1: Information giving", level=1)
doc.add_heading("3.1 What the referrer asked the family to plan for", level=2)
t = table(doc, [["Bottom lines (read out by the coordinator from the TDA specification)"],
                ["The course must \"involve rigorous assessment of participants against all of the programme "
                 "outcomes\".\nThe provider must \"have systems in place to verify that candidates accepted onto "
                 "the programme have a current Criminal Records Bureau enhanced disclosure check\".\nThe course "
                 "must be validated at masters level and must develop all the minimum outcomes in Annex 3.\n"
                 "The family may decide how, but not whether, these things happen."]],
          widths=[16.4], header_fill="E7E6E6")
shade_cell(t.cell(1, 0), "F2F2F2")
para(doc, "")

doc.add_heading("3.2 What the professionals shared", level=2)
para(doc, [("The University. ", dict(b=True)),
           "Dr Ilsley explained that the course sits in the University's Postgraduate Certificate framework: "
           "three assessed Pieces making 60 credits at Master's level, marked by University tutors against the "
           "Faculty's M-level criteria and seen by an external examiner. The Department already runs the MA in "
           "Social Work with Children and Families and the Postgraduate Certificate in Inclusive Practice, and "
           "credit from either can count towards this course (see Part A)."])
para(doc, [("The local authority. ", dict(b=True)),
           "Linda Greaves shared Brennanfield's 2008 young carers audit: 212 young carers known to schools, of "
           "whom 71 were also on the SEN register, and only 9 of the 64 schools with a named member of staff for "
           "young carers. She also shared the authority's SENCO network minutes for 2007-08, in which SENCOs "
           "asked for help with time, with multi-agency work and with getting families to reviews."])
para(doc, [("The Schools Team. ", dict(b=True)),
           "In June 2008 we surveyed the SENCOs of 46 schools we work with in four authorities. Their top "
           "needs were: making sense of the new SENCO regulations (39 of 46); working with parents who are "
           "ill, disabled or hard to reach (34); leading teaching assistants (31); and evidence of what works "
           "(28). Ayo Bankole summarised the research the course will use: Dearden and Becker's Young Carers in "
           "the UK (2004), Ofsted's Inclusion: does it matter where pupils are taught? (2006), the House of "
           "Commons Education and Skills Committee report on SEN (2006), the Bercow Review of services for "
           "children with speech, language and communication needs (2008), and the Lamb Inquiry into parental "
           "confidence, which began this year and whose evidence we will follow as it is published."])

doc.add_heading("4. Stage 2: Private family time", level=1)
para(doc, "The coordinator and the professionals left the room from 11.15am to 1.30pm. The family made the plan "
          "below on flip charts. The professionals came back to hear it, asked questions and agreed it, with the "
          "changes shown in Part D and Part H, which were made when the plan was typed up.")

# ---- stage 3: the plan
doc.add_heading("5. Stage 3: The Family Plan", level=1)
para(doc, "The course aims to raise the attainment and attendance of pupils with SEN, including the many who "
          "are also young carers, by making their SENCOs better at finding them, planning for them and "
          "working with the people around them. Each Part below says what will happen, who will do it, when, "
          "and how we will know it is working.")

COLS = ["What will happen", "Who", "When", "How we will know it is working"]
W4 = [7.2, 3.0, 2.6, 3.6]


def part(title, rows):
    t = table(doc, [[title, None, None, None], COLS] + rows, widths=W4)
    merged_row(t, 0, title, fill="F4B183")
    for c in t.rows[1].cells:
        shade_cell(c, "FBE5D6")
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True
    para(doc, "")
    return t


part("Part A: Getting ready", [
    ["Applicants must be qualified teachers who are SENCOs or have been named by their headteacher as the next "
     "SENCO. The headteacher signs a statement that the school will give time for the Home Work and for the "
     "Conference Days. Pat Hollis and a University tutor read every application and talk to the applicant by "
     "phone before a place is offered; anyone who is not in a position to meet the outcomes by the end is "
     "offered our Introduction to SEN day course first and a place in the next group.",
     "Schools Team and University admissions tutor", "Before each start", "Every participant has a signed "
     "headteacher statement on file before D1"],
    ["The Starting Conversation: each participant rates themselves against every line of the Outcome Plan "
     "(Appendix) and then talks it through for an hour with their tutor, who checks the ratings against what "
     "the participant can show. Together they write My Plan, which sets the participant's own outcomes and "
     "targets, the Conference Days and Home Work to give most weight to, and the Piece topics.",
     "Participant and tutor", "Within three weeks of starting", "My Plan signed by both and reviewed at the "
     "Midway Conversation"],
    ["Credit for earlier study: up to 20 credits from the University's Postgraduate Certificate in Inclusive "
     "Practice or another Master's-level SEN module taken in the last five years can be counted, in place of "
     "Piece 1, through the University's accreditation of prior learning procedure.",
     "University admissions tutor", "At offer", "Credit recorded on the University's student record"],
])
para(doc, [("Fee. ", dict(b=True)),
           "The course costs £1,450 a place, which the TDA funding covers; Hearthside meets the cost of venues and "
           "of the young carers' sessions from its own funds. Because each participant's My Plan steers what they "
           "spend most time on, no one repeats what they can already show, and the Conference Days give each "
           "participant choices of workshop so that the course fits their school and their stage."])

part("Part B: The Conference Days", [
    ["D1 Who is this child? Spotting SEN and hidden needs (including caring at home) through observation, data "
     "and talking to staff; the SEN Code of Practice (2001) and the graduated response; judging when to act.",
     "Dr Ilsley, Ayo Bankole", "Jan (and Sept)", "Day evaluation; use in Piece 2"],
    ["D2 The law, the plan and the time. The Education Act 1996, SENDA 2001, the Code of Practice, the "
     "Education (SEN Coordinators) (England) Regulations 2008, the Disability Discrimination Act and the "
     "disability equality duty, accessibility plans; and Managing the SENCO week: priorities, time and what "
     "to hand on to others.", "Dr Achebe", "Feb", "Day evaluation; use in Piece 1"],
    ["D3 Growing up. How children develop and how illness, disability, caring and the home and school "
     "environment affect development; Every Child Matters and the SENCO's part in the five outcomes; the most "
     "common needs: BESD, specific learning difficulties including dyslexia, SLCN, ASD and MLD, and how they "
     "affect learning.", "Dr Ilsley, visiting speech and language therapist", "Mar", "Day evaluation"],
    ["D4 Listening to children. Ways of consulting children and young people (talking mats, the Hearthside "
     "'Day in My Life' diary, pupil-led reviews); involving pupils in planning and reviewing their provision. "
     "Participants spend the afternoon with the Hearthside young carers' group, who run the session.",
     "Ayo Bankole and the young carers' group", "Apr", "Pupil voice plan checked by tutor"],
    ["D5 Families as partners. Working with parents and carers, including parents who are ill or disabled; "
     "difficult conversations; getting families to reviews; building fair and respectful relationships with "
     "pupils and parents.", "Owen Marsh with parents from the family group", "May", "Day evaluation; use in "
     "Piece 2"],
    ["D6 Leading the team. Provision mapping and finding missing or weak provision; deploying and managing "
     "teaching assistants; coaching and mentoring colleagues; gaining the commitment of the head and senior "
     "team; working with governors on inclusion policy and priorities; solving problems and making decisions "
     "about provision.", "Dr Achebe, a serving SENCO", "Jun", "Day evaluation; use in Pieces 1 and 3"],
])
p = tracked_para(doc, [
    ("=", "D7 Knowing what works. Research and best practice in meeting SEN; approaches, strategies and ICT "
          "for assessment, planning and teaching; helping colleagues use formative assessment with pupils with "
          "SEN; reviewing provision with staff"),
    ("-", " and how SEN fits the school's self-evaluation form (SEF)"),
    ("=", ". Led by Dr Ilsley, July. Checked in Piece 3."),
], author=AUTH, date=DATE)
para(doc, "D8 Around the child. The roles of external agencies and voluntary organisations, including young "
          "carers' services; the Common Assessment Framework and team around the child; using assessments from "
          "educational psychologists, therapists and CAMHS to shape teaching; Piece 3 presentations. Led by "
          "Linda Greaves and Dr Achebe, September.")
para(doc, "")

part("Part C: Home Work", [
    ["HW1 Map: draw your school's provision map with a colleague and mark gaps (leads into Piece 1).",
     "Participant, mentor", "After D2", "Map seen by tutor"],
    ["HW2 One child: follow one pupil with SEN for half a term, with the pupil and family (leads into Piece 2).",
     "Participant", "After D4", "Notes seen by tutor"],
    ["HW3 Ask the pupils: run a consultation with a group of pupils with SEN about one thing that affects them "
     "and report back to staff.", "Participant", "After D4", "Report to staff meeting"],
    ["HW4 Change Plan: write a plan for one change in your school's SEN provision, agreed with your head. "
     "Participants write the plan; they are not asked to carry it out during the course.", "Participant, head",
     "After D7", "Plan included in Piece 3 portfolio"],
])

part("Part D: The Pieces (how the Award is decided)", [
    ["P1 Our School's Map (15 credits, 4,000 words): the provision map, an audit of the school's SEN policy and "
     "accessibility plan against the law, and an analysis of the school's tracking data for pupils with SEN.",
     "Participant; marked by University tutor", "Apr", "Marked against M-level criteria"],
    ["P2 The Hidden Child (25 credits, 6,000 words): a case inquiry into one pupil, using the views of the "
     "pupil, family and other professionals, setting targets, planning and reviewing an intervention.",
     "Participant; marked by University tutor", "Jul", "Marked against M-level criteria"],
    ["P3 Showing the Plan (20 credits): a 20-minute presentation to a panel (tutor, a headteacher and a member "
     "of the young carers' group) and a Plan Portfolio with evidence of coaching a colleague, a review of "
     "provision with staff and work with an outside agency.", "Participant; panel", "Sept", "Marked against "
     "M-level criteria"],
])
para(doc, "To gain the Award a participant needs an overall mark of 50 per cent across the three Pieces, with no "
          "Piece below 40 per cent. A Piece below 40 can be resubmitted once.")
p = tracked_para(doc, [
    ("+", "Twenty per cent of every Piece, and every Piece near a borderline, is second-marked by another "
          "University tutor; the marking team meets after each Piece to agree marks, and the external examiner "
          "sees a sample of every Piece before the Board of Examiners."),
], author=AUTH, date=DATE, whole="ins")
comment(doc, p, "Pat: should the award rule say every outcome has to be shown? The TDA bottom line says so. "
                "Frances thinks the University regulations won't allow it this year.", author="O. Marsh",
        initials="OM")

tE = part("Part E: The Kitchen Table (online)", [
    ["Every participant has a login to the Kitchen Table, a forum on the University's Moodle, where the "
     "group share Home Work, post questions and answer each other between Conference Days. Day slides and "
     "readings are posted there. Tutors will look in when they can.", "Participants; Owen Marsh sets it up",
     "From D1", "Number of posts"],
])
comment(doc, tE.cell(2, 0).paragraphs[0],
        "Tutors will be on the forum every week and answer within two working days. I'll confirm with Frances.",
        author="P. Hollis", initials="PH")

part("Part F: Fair for everyone", [
    ["Hearthside believes every teacher should be able to take part, whatever their background or needs. "
     "All our venues have step-free access.", "Everyone", "Always", "No one is turned away"],
    ["Two start points each year, January and September. A participant can move to the other group for any "
     "Conference Day they miss, and can take the Pieces in a different order when their school calendar "
     "needs it. Participants who cannot get to a Conference Day can follow it on the Kitchen Table and "
     "discuss it with their tutor by phone.", "Schools Team", "Each year", "Requests agreed"],
])

part("Part G: The people", [
    ["Dr Frances Ilsley (course leader): former SENCO and LA SEN adviser, PhD on pupil participation, "
     "leads the PG Certificate in Inclusive Practice. Dr Tom Achebe: former deputy head of a special school, "
     "NPQH, senior lecturer in education. Ayo Bankole: qualified teacher, eight years leading Hearthside's "
     "work in schools. Owen Marsh: qualified social worker, family support. All keep up to date through the "
     "Department's research seminars and the national SENCO forum.", "University and Hearthside",
     "Ongoing", "Annual staff review"],
    ["Guest speakers: an educational psychologist, a speech and language therapist, a CAMHS nurse and a "
     "young carers' worker. Where a participant asks to see practice in a special school, Hearthside will try "
     "to arrange a visit.", "Schools Team", "D3, D8", "Day evaluations"],
    ["Resources: University library and e-journals, the Moodle Kitchen Table, Hearthside's resource library "
     "of assessment tools, books and DVDs, and the University's assistive technology room (screen readers, "
     "voice recognition, Clicker 5, Widgit) which participants use on D7.", "University and Hearthside",
     "From D1", "Use of loans"],
    ["Each participant names a mentor in school (usually the head or deputy). A Mentors' Guide is being written. "
     "Tutors have a half-day induction to the course and the marking criteria before D1.",
     "Schools Team", "Before D1", "Induction attendance"],
])

part("Part H: Checking the plan is working", [
    ["Day evaluations after every Conference Day; a mid-course group review; the tutor team meets after each "
     "Piece to look at results and evaluations; the external examiner reports each year; the University's "
     "annual monitoring report. Changes agreed are listed in a 'You said, we changed' sheet at the next D1.",
     "Course leader", "Each day, each term, each year", "Changes listed and reported at the review "
     "conference"],
    ["Participants rate their confidence against each line of the Outcome Plan at the Starting Conversation "
     "and again at the end. We hope to see better attendance among the pupils participants work with.",
     "Participants, tutors", "Start and end", "Confidence ratings compared"],
])
p = tracked_para(doc, [
    ("-", "An independent evaluator from the University's Centre for Social Research will interview the "
          "headteachers of ten participants a year after the course about changes in pupils' attendance, "
          "progress and well-being, comparing them with the school's data from before the course."),
], author=AUTH, date=DATE, whole="del")
para(doc, "")

part("Part I: After the Award", [
    ["At the last Conference Day each participant has a Next Steps conversation with their tutor and brings "
     "their head's comments; they leave with three written professional targets for the next year, which "
     "the head agrees to take into the participant's performance management review, and information about "
     "the MA in Inclusive Practice.", "Tutor, participant, head", "Sept", "Targets sheet copied to head"],
])

doc.add_heading("6. Contingency plan: if the plan is not working", level=1)
for line in [
    "If a participant falls behind with a Piece, the tutor arranges a catch-up call and the deadline may move "
    "once by up to four weeks.",
    "If a school withdraws its support, Hearthside will ask the local authority's SEN team to help find "
    "another mentor.",
    "If fewer than ten people apply for a start point, the two groups will be joined.",
]:
    para(doc, line, style="List Bullet")

doc.add_heading("7. Things the family talked about but did not agree", level=1)
for line in [
    "A route for very experienced SENCOs to be assessed without doing the course. The family did not agree to "
    "an assessment-only route for 2008-09 and will talk about it again at the review.",
    "Giving credit for experience as well as for earlier study. The University said this would need a "
    "portfolio process it does not yet have; the family did not agree it this year.",
    "Hearthside checking each participant's CRB disclosure. The headteachers said this was the schools' job "
    "as employer, and the family did not agree to add it.",
    "A Conference Day on special arrangements for national tests and examinations. The SENCOs said access "
    "arrangements for tests are the exams officer's job, so they are not part of this plan.",
]:
    para(doc, line, style="List Bullet")
comment(doc, doc.paragraphs[-2], "We need something on CRB checks of candidates for the TDA. Can we add that we "
                                   "check?", author="O. Marsh", initials="OM")

doc.add_heading("8. In the young people's words", level=1)
for q in ["\"Teachers should know that being tired isn't being lazy.\" (Kieran, 13)",
          "\"I want my SENCO to ask me, not just my mum.\" (Aisha, 11)",
          "\"School should be somewhere I feel well and happy, not another job.\" (Ruth, 15)"]:
    para(doc, q, i=True)
para(doc, "The young people asked for their own session on the course, and D4 was added because of it: they "
          "wrote its afternoon and will run it. The parents asked for D5 to be led with parents, not about "
          "them, and SENCOs' survey answers gave the weight on the regulations (D2) and on leading teaching "
          "assistants (D6).")

doc.add_heading("9. Review", level=1)
para(doc, "A review family group conference will be held on 8 July 2009 and each July after. Everyone who came "
          "is invited back, with two participants from each group, the external examiner's report and the "
          "evaluation summary. The young carers' group and the headteachers will each bring their own "
          "evaluation of the year, and the review will agree the changes for the next year's plan.")

doc.add_heading("10. Agreement", level=1)
table(doc, [["", "Name", "Signature", "Date"],
            ["Coordinator", "Bernadette Okafor", "[signature]", "[date]"],
            ["Referrer", "Pat Hollis", "[signature]", "[date]"],
            ["University", "Dr Frances Ilsley", "[signature]", "[date]"],
            ["Family representative", "Mark Oduya", "[signature]", "[date]"]],
      widths=[4, 5, 4, 3.4])
para(doc, "")

# ---- appendix
doc.add_heading("Appendix: Outcome Plan", level=1)
para(doc, "What a SENCO on this course will be able to do, in the family's words. D = Conference Day, "
          "P = Piece.")
OUT = [
    ("Being", None),
    ("Build fair, respectful, supportive relationships with pupils with SEN and with their parents or carers",
     "D4, D5", "P2: relationships section"),
    ("Win the commitment of colleagues, the head and senior leaders", "D6", "P1: head's agreement to the map"),
    ("Put first things first, manage time and hand on tasks, checking they get done", "D2", "Not checked"),
    ("See problems coming, solve them and make sound decisions about provision", "D1, D6", "P2"),
    ("Speak and write clearly; listen to and understand other people's views", "All days", "P3 presentation; "
     "P1 and P2 writing"),
    ("Use research and outside advice to improve own and colleagues' practice", "D7", "P3 portfolio"),
    ("Keep up to date and take charge of own CPD on SEN and disability", "Own reflective log, kept throughout",
     "Not checked: the log is private"),
    ("Knowing", None),
    ("SEN law and guidance, the Code of Practice and how to put them into practice", "D1, D2", "P1 audit"),
    ("Every Child Matters and the SENCO's part in the five outcomes", "D3", "P2"),
    ("Disability equality law and what it requires of the school", "D2", "P1 accessibility plan audit"),
    ("How children develop and what affects their development", "D3", "Not checked"),
    ("The most common SEN and disabilities and how they affect learning", "D3", "P2"),
    ("Approaches, strategies and resources (including ICT) for assessing, planning and teaching", "D7",
     "P1"),
    ("What research and best practice say about meeting SEN", "D7", "P3 portfolio"),
    ("What outside agencies do and how to get specialist help", "D8", "P3 portfolio"),
    ("Doing", None),
    ("Work with senior staff and governors on inclusive policy, priorities and resources", "D6", "P1"),
    ("Identify pupils with SEN, set challenging targets, plan interventions, review progress", "D1", "P2"),
    ("Use other professionals' assessments to shape teaching", "D8", "P2"),
    ("Use summative assessment and national test data to track progress and change programmes", "—",
     "P1 tracking data analysis"),
    ("Help colleagues use formative assessment with pupils with SEN", "D7", "P3 portfolio"),
    ("Special arrangements for tests and examinations", "Not part of this plan (see section 7)", "—"),
    ("Use provision mapping and spot missing or weak provision", "D6, HW1", "P1"),
    ("Deploy and manage teaching assistants and other staff", "D6",
     "Talked through at the Review conversation (no mark)"),
    ("Support colleagues' development: observe, feed back, model, coach, train", "D6", "P3 portfolio"),
    ("Review with staff how well provision works", "D7", "P3 portfolio"),
    ("Involve pupils in planning, agreeing and reviewing their provision", "D4, HW3", "P2"),
    ("Work well with parents and carers", "D5", "P2"),
    ("Work with other services and voluntary organisations", "D8", "P3 portfolio"),
]
rows_ = [["By the end, the SENCO can ...", "Where we work on it", "How it is checked"]]
for row in OUT:
    rows_.append([row[0], None, None] if row[1] is None else list(row))
t = table(doc, rows_, widths=[9, 3.6, 3.8])
for ri, row in enumerate(OUT, start=1):
    if row[1] is None:
        merged_row(t, ri, row[0], fill="F4B183")

doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
