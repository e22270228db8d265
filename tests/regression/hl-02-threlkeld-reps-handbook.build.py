"""hl-02-threlkeld-reps-handbook: builds hl-02-threlkeld-reps-handbook.docx beside itself.

Provider: Threlkeld SEN Associates Ltd, a private consultancy of former SENCOs and SEN advisers,
in partnership with St Wilfrid's College, Aldbrough, a Church of England college of higher
education that validates the course and awards its credits (E.1 met).

Document kind and layout: the "Cohort Voice" handbook for the participants elected as course
representatives, 2009-10, written to "you" the rep, sent as the application under a short
covering note. No heading styles: part titles are bold capitalised Normal paragraphs with
hand-typed letters ("PART C -"), lists typed with bullets by hand, a "Rep tip" text box, a
"Rep's year" table with a merged term column, a "Who to go to" ladder table, a "What the
pilot reps raised and what happened" table, the Course Committee's terms of reference, a
specimen end-of-unit feedback form (its questions are prompts, never evidence), a blank issue
log with placeholders, and an appendix "What the course says it covers" (an outcome checklist
in Threlkeld's words with "Where it comes up", "How it is assessed" and an empty "Rep's check"
column) with a tracked deleted row; a tracked insertion that counts, a tracked deletion that
does not; comments; header and footer.

Traps (requirement ids touched):
- Credit is 40, not 60, masters-level credits (E.2 partially_met).
- Research named only in general terms, "draws on up-to-date research" (1.3 partially_met).
- Parents: one talk by the Parent Partnership officer and "no practical task with parents";
  the Parent Partnership Service's own course is another provider's arrangement (1.7, 6.S8
  partially_met).
- Prior study gives exemption from Unit 1 but "no credit is transferred" (2.1 partially_met).
- Next steps: a deleted sentence promised a plan with the headteacher; what remains is a hope
  that participants go on to further study (2.5 not_met, tracked deletion, aspiration).
- One September start, units in a fixed order, only a choice of twilight or Saturday groups
  (3.2 partially_met). No online part; the pilot's Moodle pages were withdrawn (3.3
  not_applicable, past arrangement).
- Tracked insertion adds adjustments to assignments; it counts (3.1 met).
- Pilot reps' issues and what changed (4.2 met); Course Committee with heads, a local authority
  officer, a parent and reps (4.3 met).
- Entry check is only QTS and being the named SENCO (5.2 partially_met).
- Tutors: a generic claim and a placeholder "[Tutor biographies to follow]", with a comment
  chasing them (5.4 partially_met, placeholder, comment).
- Library and resources is a placeholder only (5.6 not_met, placeholder).
- Award rule allows compensation between assignments (6.0 partially_met).
- Feedback form questions ("Did this unit help you ...?") are prompts, not evidence (touches
  1.5, 6.S7, which are met elsewhere by the Listening Task).
- Outcome checklist claims relationships with "pupils with SEN and their families" but the
  assessed task concerns pupils only (6.A1 partially_met, right words about the wrong thing).
- Outcome checklist: gaining colleagues' commitment "Discussed; not assessed" (6.A2), research
  and outside advice developed but with no assessment (6.A6), development "Not assessed"
  (6.K4), self-evaluation "Discussed only" (6.K7), strategic work with governors assessed but
  not covered (6.S1), all partially_met; keeping up to date and own CPD absent (6.A7 not_met);
  the deploying-staff row is a tracked deletion (6.S4 not_met); several outcomes unassessed,
  so 1.9 partially_met.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _hl_helpers import (new_doc, para, shade, shade_para, set_cell, table, merge_row, ins, dele,
                         delete_row, comment, textbox, header_footer, typed_bullets)
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Arial", 10)
header_footer(doc, "Threlkeld SEN Associates  \u2022  St Wilfrid's College, Aldbrough  \u2022  Cohort Voice Handbook 2009-10",
              "For course representatives. Please do not copy outside the cohort.  Version 3, July 2009  \u2022  Page numbers: see contents")


def title(text):
    p = para(doc, text, bold=True, size=12, color="1F3864")
    p.paragraph_format.space_before = Pt(12)
    return p


def sub(text):
    return para(doc, text, bold=True)


# covering note
cn = para(doc, [("Covering note to the TDA approval panel. ", "b"),
                ("Our course gives its participants a strong voice, and the handbook we give the elected Cohort Voice representatives describes the course, how it is run and how it is checked better than any other single document we have. We therefore send it as our application. Part G and the appendix are the parts we would most like the panel to read. Jo Hanlon, Programme Director, Threlkeld SEN Associates; Revd Canon Peter Ashworth, Dean of Education, St Wilfrid's College.", "")])
shade_para(cn, "FFF2CC")

para(doc, "")
para(doc, "COHORT VOICE", bold=True, size=20, align="center", color="1F3864")
para(doc, "A handbook for course representatives", size=13, align="center")
para(doc, "Certificate in Leading SEN Provision (National Award for SEN Coordination)", italic=True, align="center")
para(doc, "Threlkeld SEN Associates with St Wilfrid's College, Aldbrough  \u2022  2009-10", align="center")
para(doc, "")

sub("Contents")
for line in ["Part A \u2013 Welcome", "Part B \u2013 What a rep does", "Part C \u2013 The course you represent",
             "Part D \u2013 Your year as a rep", "Part E \u2013 Raising an issue", "Part F \u2013 The Course Committee",
             "Part G \u2013 How the course is checked and improved", "Part H \u2013 Forms",
             "Appendix \u2013 What the course says it covers"]:
    para(doc, line, space_after=0)

# ---------------------------------------------------------------- A
title("PART A \u2013 WELCOME")
para(doc, "Thank you for standing as a Cohort Voice rep. Each cohort of 24 elects two reps at the first Study Day, one from primary and one from secondary or special schools. You speak for your cohort at the Course Committee, collect views between Study Days and help us put right what is not working. You do not need to be an expert in committees; you need to listen to your colleagues and tell us plainly what they say.")
para(doc, "We are a small company: the four of us who teach the course were all SENCOs, and three of us went on to work as local authority SEN advisers before setting up Threlkeld in 2004. St Wilfrid's College validates the course and awards its credits. We ran a pilot in 2008-09 with 19 SENCOs from three authorities, and their two reps changed the course more than anyone else did. Part G tells you how.")

# ---------------------------------------------------------------- B
title("PART B \u2013 WHAT A REP DOES")
typed_bullets(doc, [
    "Collects the views of the cohort, in person on Study Days and by email or telephone between them.",
    "Attends the Course Committee each term (travel paid; supply cover of \u00a3180 a day paid to your school).",
    "Reads the end-of-unit feedback summary before it goes to the Committee and adds the cohort's comments.",
    "Tells the cohort what the Committee decided, in the ten minutes kept for you at the start of the next Study Day.",
    "Passes on anything urgent straight away, using the ladder in Part E.",
])
para(doc, "A rep does not speak for one person's complaint about a mark. Appeals and complaints have their own routes, which are in the Course Guide.")

textbox(doc, [
    ("Rep tip", True),
    ("Ask the cohort one question at a time. 'Is anything getting in the way of the Change Project?' gets better answers than 'Any feedback?'.", False),
    ("Keep your notes on the issue log (Part H) so the next reps can see what happened.", False),
], height_pt=80)

# ---------------------------------------------------------------- C
title("PART C \u2013 THE COURSE YOU REPRESENT")
para(doc, "You cannot represent a course you do not know, so here it is in brief.")
sub("C1 Award and credit")
para(doc, "The course leads to the St Wilfrid's College Certificate in Leading SEN Provision, which carries 40 credits at Masters level (Level 7), and to the National Award for SEN Coordination. The College validated it in June 2009.")
sub("C2 What the course is for")
para(doc, "Everything on the course is judged by one test: does it make a difference to the children and young people with SEN and disabilities in your school, to their progress and to their well-being across the five Every Child Matters outcomes? The Change Project is marked on exactly that, and the Learning Portfolio asks you to show how your work as SENCO has affected pupils. The course draws on up-to-date research.")
sub("C3 Units and Study Days")
para(doc, "There are three units, taken in order from September to July, and nine Study Days at the College. Each Study Day runs twice: a Tuesday twilight pair (4.15 to 7.45 pm, two evenings) and a Saturday (9.30 to 4.00). You choose your group at enrolment and may change once.")
ut = table(doc, [
    ["Unit", "Study Days", "In school between Study Days"],
    ["Unit 1 Foundations: the SENCO and the law", "SD1 The role and the Code of Practice\nSD2 Law, policy and Every Child Matters\nSD3 How children develop; needs and the environment",
     "Audit of your school's SEN procedures against the Code of Practice, the Children Act 2004 and the Disability Discrimination Act, agreed with your head (Assignment 1)"],
    ["Unit 2 Learners and learning", "SD4 The main areas of need (BESD, SpLD and dyslexia, SLCN, ASD, MLD)\nSD5 Identifying, target setting and reviewing; using assessments\nSD6 Teaching approaches, resources and ICT",
     "Listening Task; Change Project baseline; Visit Days"],
    ["Unit 3 Leading for inclusion", "SD7 Provision mapping and working with colleagues\nSD8 Leadership, self-evaluation and the SENCO\nSD9 Presenting Change Projects",
     "Change Project; coaching a colleague; Learning Portfolio"],
], widths=[4.2, 6.8, 5.5], size=9)

sub("C4 What happens on the Study Days")
para(doc, "Study Days 1 and 2 take you through the law and guidance a SENCO must put into practice: the SEN Code of Practice and what it requires of the school, the SENCO and others; the Disability Discrimination Act and the disability equality duty and what they mean for a school's planning, admissions and teaching; Every Child Matters and what a SENCO can do towards each outcome; and current government policy and initiatives, including Removing Barriers to Achievement and the Inclusion Development Programme. Study Day 3 is about how children develop and what can affect their development. Study Day 4 takes the commonest areas of need one by one, with a specialist for each: an educational psychologist, a speech and language therapist, the county's autism outreach teacher and a specialist dyslexia teacher. In the afternoon of Study Day 4 the Parent Partnership officer gives a talk on working with parents. This year there is no practical task with parents; the Parent Partnership Service runs its own short course for SENCOs, which we recommend.")
para(doc, "Study Day 5 is about identifying pupils who may have SEN from observation, data and assessment, setting challenging targets, planning interventions and reviewing progress. You practise using reports from educational psychologists, therapists and advisory teachers to plan teaching, and using summative assessments, including national test results and teacher assessment, to track progress and change a programme. The afternoon covers encouraging colleagues to use formative assessment (assessment for learning) with pupils with SEN, and planning in good time the access arrangements pupils need for national tests and examinations with the school's examinations officer. Study Day 6 compares approaches, strategies and resources for teaching, including ICT, critically.")
para(doc, "Study Day 7 covers provision mapping and how to use it to find provision that is missing or not working, and supporting colleagues' development by observing teaching, giving feedback, modelling and coaching. Study Day 8 is about leadership: problem-solving and decision-making about provision, prioritising your workload, and winning the commitment of the head and senior leaders. It also looks at school self-evaluation and how SENCOs review provision with other staff. Study Day 9 is given to presenting Change Projects.")

sub("C5 Tasks in school and the Visit Days")
para(doc, "The Listening Task asks you to consult three pupils with SEN about their provision, using an approach suited to each pupil, to involve them in their next review and to help a colleague to build a better working relationship with one of them. You write it up for the Learning Portfolio, where it is assessed.")
para(doc, "The two Visit Days, arranged by us with host settings, take you to a special school and to a resourced provision in a mainstream school, where you shadow the SENCO or head of provision and meet the services that work there. Each visit ends with a task: to agree with one outside service how it and your school will work together on a pupil you share, which you carry out and write up for the Portfolio.")
para(doc, "In Unit 3 you coach one colleague through a change in their teaching of a pupil with SEN, and write up the coaching for the Portfolio.")

sub("C6 Assignments")
table(doc, [
    ["Assignment", "What it is", "Weight"],
    ["1 Policy into Practice", "3,500-word report on your school's SEN procedures against the law and guidance, with an action plan agreed with your head", "30%"],
    ["2 Change Project", "5,000-word report of a change in provision for a group of pupils: baseline and follow-up measures of their attainment and well-being, and what you will do next", "40%"],
    ["3 Learning Portfolio", "Evidence against the outcomes, including the Listening Task, the Visit Day task, the coaching write-up and the provision map, with a reflective commentary", "30%"],
], widths=[3.5, 11, 2], size=9)
para(doc, "To be awarded the Certificate and the National Award you need an overall mark of 50%. A weak assignment can be compensated by a strong one, provided no assignment is below 40%.")

sub("C7 Before you started, and after you finish")
para(doc, "Before Study Day 1 every participant had a Starting Conversation with a tutor, working through the Starting Profile of the course outcomes. From it the tutor and participant agree an Individual Route Plan: which outcomes the participant already meets and needs only to evidence, which Study Day sessions they should attend, and a personal set of outcomes and targets for the year. The Plan is reviewed at the end of each unit. This is why not every participant attends every session.")
para(doc, "Participants who have passed masters-level study in SEN elsewhere may be exempted from Unit 1, but no credit is transferred.")
para(doc, "In exceptional cases an experienced SENCO or a teacher from an SEN support service may take the Direct Assessment route: no Study Days, but the full Learning Portfolio and a one-hour assessed professional discussion against every outcome, for a fee of \u00a3450.")
p = para(doc, "We hope that many of you will go on to further study after the course. ")
dele(p, "At Study Day 9 each participant completes a Next Steps plan with professional targets for the following year, to discuss with their headteacher.", "Jo Hanlon", "2009-07-02T14:20:00Z")
para(doc, "The fee is \u00a31,380 for the Study Day route. Part of our grant from the three authorities pays for supply cover for Visit Days.")

sub("C8 Access and adjustments")
p = para(doc, "Please encourage colleagues to tell us about any disability or health condition, at application or at any time. We ask about it on the application form, and we then agree with each person the adjustments they need: accessible rooms (all Study Day rooms and both host settings have level access and a hearing loop), materials in large print or electronic form, rest breaks, a note-taker, and ")
ins(p, "extra time and alternative formats for assignments and for the professional discussion", "Sue Merriman", "2009-07-14T09:30:00Z")
para(doc, "Our publicity and application pack say this plainly and are available in large print and on audio CD. We make sure that selection, visits and assessment do not put disabled participants at a disadvantage, and Study Day 2 includes a session, led by a disabled teacher, on positive attitudes to disabled people.")
para(doc, "There is no online part of the course. Handouts and readings are printed and posted to you before each Study Day.")

# ---------------------------------------------------------------- D
title("PART D \u2013 YOUR YEAR AS A REP")
yt = table(doc, [
    ["Term", "When", "What you do"],
    ["Autumn", "SD1 (September)", "Elected. Meet the Programme Director at lunch."],
    ["", "October", "Collect views on Unit 1 so far."],
    ["", "Course Committee (November)", "Attend; report the cohort's views on Unit 1."],
    ["Spring", "SD4-SD6", "Read the Unit 1 feedback summary; collect views on the Visit Days."],
    ["", "Course Committee (March)", "Attend; report on Unit 2 and the Visit Days."],
    ["Summer", "SD7-SD9", "Collect views on Unit 3 and the whole year."],
    ["", "Course Committee (July)", "Attend the review of the year and the new action plan."],
], widths=[2.5, 4.5, 9.5], size=9)
for start, end in [(1, 3), (4, 5), (6, 7)]:
    c = yt.cell(start, 0).merge(yt.cell(end, 0))
    set_cell(c, yt.cell(start, 0).text.split("\n")[0] or "", bold=True, size=9)
    shade(c, "DEEAF6")

# ---------------------------------------------------------------- E
title("PART E \u2013 RAISING AN ISSUE")
para(doc, "Most issues are quick to sort out. Start at the bottom of the ladder and go up only if you need to.")
table(doc, [
    ["Step", "Who", "How quickly we answer"],
    ["1", "The Study Day tutor, on the day", "On the day"],
    ["2", "Jo Hanlon, Programme Director (jo.hanlon@threlkeld-sen.co.uk)", "Within 5 working days"],
    ["3", "The Course Committee", "At its next meeting"],
    ["4", "St Wilfrid's College Link Tutor, Dr Rhiannon Carr", "Within 10 working days"],
], widths=[1.2, 10, 5.3], size=9)

sub("What the pilot reps raised and what happened")
para(doc, "The pilot cohort's reps raised eleven issues. These are the ones that changed the course.")
table(doc, [
    ["What the pilot reps said", "What we changed"],
    ["Heads would not release SENCOs for nine full days", "Every Study Day now also runs as a twilight pair"],
    ["Provision mapping came too late to be used in the Change Project", "Moved from Study Day 9 to Study Day 7, with a worked example"],
    ["The Starting Profile was a form filled in alone and then forgotten", "Replaced by the Starting Conversation and Individual Route Plan"],
    ["The pilot's Moodle pages were little used", "Withdrawn; materials are printed and posted"],
    ["Secondary SENCOs wanted more on examinations", "Access arrangements added to Study Day 5"],
], widths=[8, 8.5], size=9)
para(doc, "Before the pilot we also asked what was needed. In 2007-08 we sent a questionnaire to the SENCOs of all 212 schools in the three authorities (121 replied), held a meeting for headteachers in each authority, and met the authorities' SEN officers, the Diocesan Board of Education and the county Parent Partnership Service. They asked for a course centred on the law and on leading colleagues, with the days outside school kept to a minimum and with visits to specialist settings. That is the course you are on.")

# ---------------------------------------------------------------- F
title("PART F \u2013 THE COURSE COMMITTEE")
sub("Terms of reference (approved by St Wilfrid's Board of Studies, June 2009)")
typed_bullets(doc, [
    "Membership: the Programme Director (chair); the College Link Tutor; two tutors; two headteachers of participants' schools; an SEN officer from one of the three authorities in turn; a parent nominated by the Parent Partnership Service; and the two Cohort Voice reps.",
    "Meets three times a year. Papers go out a week before.",
    "Receives the end-of-unit feedback summaries, the reps' reports, the external examiner's report, the headteachers' end-of-year survey and the participants' pupil outcome returns (Part G).",
    "Agrees the course action plan each July and checks progress on it at each meeting.",
    "Advises on changes to content and delivery; changes to assessment go to the College's Board of Studies.",
], mark="-")

# ---------------------------------------------------------------- G
title("PART G \u2013 HOW THE COURSE IS CHECKED AND IMPROVED")
para(doc, "You will see much of this from the inside, so it helps to know how the pieces fit together.")
sub("G1 Evidence we collect")
typed_bullets(doc, [
    "End-of-unit feedback forms from every participant (a specimen is in Part H), summarised by the Programme Director.",
    "Your reports as reps, at each Committee.",
    "A confidence scale on each outcome, completed at the Starting Conversation and again at the end of the year.",
    "Pupil outcome returns: each participant records the baseline and follow-up attainment and well-being measures from the Change Project on a standard return, and we put the returns together to show, for the cohort as a whole, what changed for the pupils.",
    "The headteachers' end-of-year survey on changes in the school's practice.",
    "The external examiner's annual report, and the College's annual monitoring review, which compares us with the College's other programmes.",
    "Observation of each tutor once a year by another tutor or the Link Tutor.",
])
para(doc, "All of it goes to the July Committee, which writes the action plan. The action plan and what was done about last year's are sent to every participant and every head in September.")
sub("G2 Marking and moderation")
para(doc, "Every assignment is marked against published criteria by the participant's tutor. A second tutor marks a sample of a third, and all fails and firsts; the College Link Tutor moderates a sample from each tutor; and the external examiner, Professor Miriam Oduya of Harnford University, sees a sample of each assignment and all borderline work. The four tutors meet before each marking round to mark three scripts together and agree the standard.")
sub("G3 Tutors, mentors and hosts")
para(doc, "All our tutors have been SENCOs. [Tutor biographies to follow]")
para(doc, "Each participant has a school mentor, usually a deputy head, who meets them once a half term. Mentors come to a two-hour Mentors' Evening in September, where we go through the mentor role description, the Individual Route Plan and what a mentor may and may not sign off; a mentor who cannot attend has the same session by telephone with their participant's tutor. Host settings for the Visit Days receive a host's guide and a visit from a tutor before the first visit. New tutors co-teach a full unit and co-mark a round of assignments before teaching alone.")
sub("G4 Entry and checks")
para(doc, "To join the course an applicant must have Qualified Teacher Status and be the named SENCO of a school in one of the three authorities.")
para(doc, "At enrolment the College checks each participant's Criminal Records Bureau enhanced disclosure: the participant gives the disclosure number and date, and the headteacher confirms in writing that it is current and that the participant is not subject to any disciplinary process or barred from working with children. Anyone without a current enhanced disclosure cannot start the Visit Days until the College has obtained one.")
sub("G5 Library and resources")
para(doc, "[Library and resources: text to come from St Wilfrid's Library]")

# ---------------------------------------------------------------- H
title("PART H \u2013 FORMS")
sub("H1 Specimen end-of-unit feedback form")
para(doc, "Please give a number from 1 (not at all) to 4 (very much) and a comment.", italic=True)
table(doc, [
    ["Question", "1-4", "Comment"],
    ["Did this unit help you consult pupils about issues that affect them?", "", ""],
    ["Did this unit help you plan your own continuing professional development?", "", ""],
    ["Did this unit help you work with parents and carers?", "", ""],
    ["Did the tutors show up-to-date specialist knowledge?", "", ""],
    ["Was the unit flexible enough for your circumstances?", "", ""],
], widths=[10, 1.5, 5], size=9)
sub("H2 Rep's issue log")
table(doc, [
    ["Date", "Raised by", "Issue", "Taken to", "Outcome"],
    ["[date]", "[cohort name / initials]", "[issue]", "[step on ladder]", "[what happened]"],
    ["", "", "", "", ""],
    ["", "", "", "", ""],
], widths=[2, 3, 5, 3, 3.5], size=9)

# ---------------------------------------------------------------- Appendix
title("APPENDIX \u2013 WHAT THE COURSE SAYS IT COVERS")
para(doc, "Reps use this at the July Committee to check with the cohort that each outcome really came up and was assessed. The wording is ours; the outcomes are the National Award's.")
rows = [["By the end of the course you will be able to...", "Where it comes up", "How it is assessed", "Rep's check"]]
groups = [
    ("How you work", [
        ("build fair, respectful and constructive relationships with pupils with SEN and their families", "SD4, Listening Task", "Portfolio (Listening Task)"),
        ("win the commitment of the head, senior leaders and colleagues", "SD8", "Discussed; not assessed"),
        ("prioritise, manage your time and delegate", "SD8", "Portfolio commentary"),
        ("anticipate problems and make sound decisions about provision", "SD8, Change Project", "Change Project"),
        ("express yourself clearly and listen to others", "All Study Days", "All assignments"),
        ("use research and outside advice to improve practice", "Throughout", "\u2014"),
    ]),
    ("What you know", [
        ("the SEN law and the Code of Practice and how to apply them", "SD1, SD2", "Assignment 1"),
        ("Every Child Matters and the SENCO's part", "SD2", "Assignment 1, Change Project"),
        ("disability equality law and what it requires", "SD2", "Assignment 1"),
        ("how children develop and what affects development", "SD3", "Not assessed"),
        ("the main types of SEN and disability and their effect on learning", "SD4", "Portfolio"),
        ("a critical understanding of approaches, strategies and resources, including ICT", "SD6", "Change Project"),
        ("school self-evaluation and improvement", "SD8", "Discussed only"),
        ("best practice and research in meeting SEN", "SD4, SD6", "Assignment 1, Change Project"),
        ("what other agencies do and how to get their help", "SD4, Visit Days", "Portfolio (Visit Day task)"),
    ]),
    ("What you can do", [
        ("work with senior leaders and governors on an inclusive ethos, policies and resources", "\u2014", "Assignment 1 (action plan agreed with head and governors)"),
        ("identify pupils, set challenging targets, plan interventions and review progress", "SD5", "Change Project"),
        ("use other professionals' assessments to plan teaching", "SD5, Visit Days", "Change Project"),
        ("use summative assessments, including national tests, to track progress", "SD5", "Change Project"),
        ("encourage colleagues to use formative assessment with pupils with SEN", "SD5", "Portfolio (coaching write-up)"),
        ("arrange access arrangements for tests and examinations in good time", "SD5", "Portfolio"),
        ("use provision mapping to find missing or ineffective provision", "SD7", "Portfolio (provision map)"),
        ("deploy and manage support staff", "SD7", "Portfolio"),
        ("support colleagues' development by observation, feedback, modelling and coaching", "SD7", "Portfolio (coaching write-up)"),
        ("review provision with other staff to inform self-evaluation", "SD8, Change Project", "Change Project"),
        ("involve pupils in planning and reviewing their provision", "Listening Task", "Portfolio (Listening Task)"),
        ("liaise with parents and carers", "SD4 talk", "\u2014"),
        ("work with other services and voluntary organisations", "Visit Days", "Portfolio (Visit Day task)"),
    ]),
]
group_rows = []
deleted_row = None
for g, items in groups:
    group_rows.append(len(rows))
    rows.append(["", "", "", ""])
    for it in items:
        if it[0].startswith("deploy and manage"):
            deleted_row = len(rows)
        rows.append(list(it) + [""])
ot = table(doc, rows, widths=[7.5, 3.5, 4, 1.5], size=9)
for gi, (g, _) in zip(group_rows, groups):
    merge_row(ot, gi, g, fill="D9E2F3", size=9)
delete_row(ot.rows[deleted_row], "Jo Hanlon", "2009-07-10T16:05:00Z")

# comments
for pp in doc.paragraphs:
    if pp.text.startswith("All our tutors have been SENCOs."):
        comment(doc, pp.runs, "Chase Sue and Mark for 100-word bios with current work and qualifications. JH", "Jo Hanlon", "JH")
    if pp.text.startswith("To be awarded the Certificate"):
        comment(doc, pp.runs, "Link Tutor: the College's regulations require this; can we add a rule that every outcome must be evidenced? RC", "Rhiannon Carr", "RC")
for t in doc.tables:
    for r in t.rows:
        if r.cells[0].text.startswith("Unit 3 Leading"):
            comment(doc, r.cells[1].paragraphs[0].runs, "Deploying TAs was dropped from SD7 when provision mapping moved there. I've taken it out of the appendix. JH", "Jo Hanlon", "JH")

doc.save(OUT)
print("wrote", OUT)
