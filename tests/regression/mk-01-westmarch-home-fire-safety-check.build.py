"""mk-01-westmarch-home-fire-safety-check

Provider (invented): Westmarch Fire and Rescue Service, Training and Development Centre, Brackley Moor,
with its Community Safety Education team, applying to run the 2008-09 National Award for SEN
Coordination, validated by the (invented) University of Ashcombe.

Document kind and layout: the Service writes its course onto its own Home Fire Safety Check visit
record and referral form (Form CS-12), the form its crews fill in on home visits. No heading styles:
Parts 1-11 are bold capital Normal paragraphs, some shaded. Grey italic "Guidance notes for crews"
from the blank form are left in. The house vocabulary: the course is "the Property", participants
are "Occupiers", study days are "Visits" (eight, in three Stages named Size-up, Intervention and Make
Safe), tutors are "Crew Managers", the programme leader is the "Watch Manager", school mentors are
"Buddies", assessed pieces are "Sign-offs", the pre-course needs assessment is the "Starting Check",
the individual training plan is the "Escape Plan", the VLE is the "Station Room", the specialist
placement day is the "Referral Day". The outcomes are the "Alarm Schedule" (Part 6), a table with
columns "Alarm (in our words) | Fitted on | Tested at"; its key is far above it, in the crews'
guidance notes under Part 1 ("Advice only" in Tested at = talked through on a Visit, no Sign-off
tests it; a dash in Fitted on = no Visit covers it). A Visits table has merged Stage rows and
shading. Page header and footer. A VML text box ("SAFETY MESSAGE") with a blanket claim. Tracked
changes: a deleted APL sentence, a whole inserted moderation paragraph, a change inside one
Alarm Schedule cell. Two Word comments. A "[TBC]" placeholder. A typed tick-box checklist (Part 5).

Traps (requirement ids):
- 2.1 partially_met: prior certificated M-level study can be credited, but "Experience on its own is
  not credited"; a sentence crediting the Service's "Safe Schools" certificate is a tracked deletion.
- 2.3 not_met: "There is no assessment-only ('fast-track') route"; a fast-track is only to be
  "looked at again" later (negation plus a plan).
- 5.3 not_met: the candidates' CRB check appears only as a tick in the Part 5 checklist and in the
  page footer; the only CRB sentence in the body is about Crew and Buddies (wrong people).
- 4.3 partially_met: only Occupiers' own Visit feedback; headteachers and parents only "hope"d to
  help evaluate; the Steering Group's termly review exists only in a comment.
- 5.9 partially_met: confidence measured before and after; pupils' achievement not measured ("we
  have not yet found a way to measure this").
- 1.5 partially_met / 6.S7 partially_met: pupil voice talked about on Visit 4, "Advice only".
- 1.9 partially_met, 6.0 partially_met: award on passing all four Sign-offs, while seven Alarms are
  "Advice only" and two outcomes are not there at all; the text box's claim that the Award "covers
  every one of the national outcomes" is a blanket claim.
- 6.A2, 6.A3, 6.A7, 6.K7, 6.S1, 6.S5, 6.S7 partially_met: "Advice only" in Tested at, key far above.
- 6.K3 partially_met: its Tested at cell had "Sign-off 1" deleted and "Advice only" inserted.
- 6.S2b partially_met: Tested at Sign-off 3 but "—" in Fitted on (assessed, never taught).
- 6.S2d not_met: "Not fitted": another body (the County's Assessment and Testing team) does it.
- 6.K4 not_met: no Alarm for child development anywhere.
- 5.8 met only through a whole inserted paragraph (second marking, moderation, external examiner).
- 5.4 met: Crew qualifications; the Occupiers' own qualifications in Part 2 are not staff evidence.
- Header/footer never evidence; Part 5 ticks never evidence; the grey guidance notes never evidence.
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _mk_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc()
header_footer(d, "WESTMARCH FIRE AND RESCUE SERVICE  |  Community Safety  |  Form CS-12 (rev. 11/08)",
              "RESTRICTED WHEN COMPLETE  |  All Occupiers are CRB checked  |  Page 1 of 1")

para(d, "WESTMARCH FIRE AND RESCUE SERVICE", bold=True, size=14, align="center", space_after=0)
para(d, "Training and Development Centre, Brackley Moor  \u2022  Community Safety Education", size=9, align="center")
title(d, "HOME FIRE SAFETY CHECK \u2013 VISIT RECORD AND REFERRAL (FORM CS-12)", size=13, shade="F4B083")
para(d, "Completed by the Watch Manager for the TDA approval panel: the National Award for SEN Coordination, "
        "2008-09. We have used the form our crews use on every home visit because it is how this Service "
        "thinks about keeping people safe: look at the property, find the risks, fit what is needed, test it, "
        "refer on, and come back. The Property on this form is our course. Please read the guidance notes "
        "first, because the Alarm Schedule in Part 6 uses the words defined there.")
p = prompt(d, "Form reference: CS-12 / 2008 / SENCO-01        Station: Brackley Moor (Training)        Watch: Blue")

title(d, "PART 1 \u2013 PROPERTY DETAILS", shade="D9D9D9")
table(d, [
    ["Field", "Entry"],
    ["Property (course)", "The Westmarch Award for SEN Coordination (National Award for SEN Coordination)"],
    ["Owner / accrediting body", "University of Ashcombe, School of Education. The Award was validated at the "
     "University's event of 2 October 2008 as a Postgraduate Certificate of 60 credits at Level 7 (masters level)."],
    ["Managing agent", "Westmarch Fire and Rescue Service, Training and Development Centre, Brackley Moor, "
     "with the Community Safety Education team"],
    ["Type of property", "Part-time, blended: eight Visits (study days) over three terms, with the Station Room "
     "(our on-line learning area) between Visits"],
    ["Number of occupants", "Up to 24 Occupiers per intake; two intakes a year (September and February)"],
    ["Purpose of the Property", "To raise the achievement of pupils with SEN and disabilities and improve their "
     "well-being across all five Every Child Matters outcomes (be healthy, stay safe, enjoy and achieve, make a "
     "positive contribution, achieve economic well-being), by making their SENCOs confident leaders of "
     "provision. Each Visit's aims, the Alarms and the Sign-off criteria are written to that end: Sign-off 3 "
     "must show the effect of the Occupier's change on pupils' progress and well-being."],
    ["Responsible person", "The Watch Manager (programme leader): Mrs Alison Fenwick"],
    ["Date of this record", "24 November 2008"],
], widths=[4.5, 12.5])

prompt(d, "GUIDANCE NOTES FOR CREWS (do not detach). Complete every Part in block capitals. Where a Part "
          "does not apply, write N/A. Do not leave any field blank. Smoke alarms must be tested in the "
          "Occupier's presence. If the Occupier refuses a fitting, record it in Part 6 and explain why.")
para(d, "How we use the words on this form", bold=True)
for t in [
    "Occupier: a teacher taking the Award. Every Occupier is a qualified teacher working as, or about to "
    "become, the SENCO of a school in Westmarch or a neighbouring authority.",
    "Visit: one of the eight taught days. Visits are numbered 1 to 8 and grouped in three Stages.",
    "Crew Manager: a tutor. Each Occupier has one named Crew Manager for the whole Award.",
    "Watch Manager: the programme leader, who chairs the Sign-off Board.",
    "Buddy: the experienced SENCO or senior leader in the Occupier's own school, or a nearby school, who "
    "mentors the Occupier between Visits.",
    "Sign-off: one of the four assessed pieces of work (Part 7). A Sign-off is marked against criteria and "
    "must be passed.",
    "Alarm: one of the things every Occupier must be able to do or know by the end (the national outcomes, "
    "in our words). The Alarm Schedule in Part 6 shows where each Alarm is fitted and where it is tested.",
    "Fitted on: the Visit where the Alarm is taught. A dash (\u2014) in Fitted on means no Visit teaches it.",
    "Tested at: the Sign-off that tests the Alarm. Where the Tested at column reads \u201cAdvice only\u201d, "
    "the crew talk the Occupier through it on a Visit but no Sign-off tests it and nothing is marked.",
    "Referral: specialist input from outside the Crew (Part 8).",
]:
    para(d, "- " + t, size=9, space_after=1)

title(d, "PART 2 \u2013 WHO LIVES HERE (THE OCCUPIERS)", shade="D9D9D9")
prompt(d, "List all occupants. Note anyone who may need help to escape (mobility, hearing, sight, medication).")
para(d, "Our Occupiers are teachers. To be accepted an Occupier must hold Qualified Teacher Status, be in a "
        "SENCO post or be nominated for one by the headteacher, and have the headteacher's signed nomination "
        "(form CS-12a) agreeing release for all eight Visits and a Buddy in school. The Watch Manager checks "
        "each application against these conditions and interviews each applicant by telephone, using the first "
        "page of the Starting Check, before a place is offered; an applicant who is not yet working with pupils "
        "with SEN is advised to wait a year and is offered a place on our one-day introduction instead.")
para(d, "Among the pilot group of twelve, eight held a first degree in education and three held the "
        "OCR Certificate in Specific Learning Difficulties; two had a masters degree. Those are the Occupiers' "
        "qualifications, not the Crew's: the Crew are in Part 9.")
para(d, "Anyone who may need help to escape. Occupiers who are disabled or have a long-term health condition "
        "are asked on the nomination form whether they want adjustments. The Centre's Access Officer "
        "(Mr Dev Okafor) meets or telephones each of them before Visit 1 and agrees the adjustments in writing: "
        "so far these have included papers in large print and on coloured paper, a hearing loop in the "
        "Brackley Moor lecture room, ground-floor rooms at Eastholme, an extra 14 days on Sign-off deadlines "
        "for two dyslexic Occupiers, and a note-taker. The Centre's buildings meet the Service's own access "
        "standard and Visits are never held on the upper floor of the drill tower block. We apply the "
        "Service's Equality Scheme to Occupiers exactly as to our own staff, and we monitor applications and "
        "completion by gender, ethnicity and disability each intake.")

title(d, "PART 3 \u2013 RISK FACTORS AND THE STARTING CHECK", shade="D9D9D9")
prompt(d, "Record smoking, cooking, heating, electrics, candles, hoarding, escape routes. Score each 1-3.")
para(d, "Every Occupier completes the Starting Check before Visit 1. It lists all the Alarms in Part 6, and "
        "for each one the Occupier scores themselves 1 (new to me), 2 (some experience) or 3 (confident, with "
        "evidence), and the Buddy adds a comment. At Visit 1 the Occupier and their Crew Manager go through the "
        "Starting Check together and write the Occupier's Escape Plan: three to five personal targets, which "
        "Alarms to work on first, which of the optional school tasks to take, and which Referral Day suits "
        "them. The Escape Plan is reviewed with the Crew Manager at Visits 3 and 6 and rewritten if needed, "
        "and it is the first page of each Occupier's portfolio.")
p = para(d, "Previous fires (prior learning). An Occupier who already holds up to 30 credits at Level 7 from "
            "a recognised SEN course may ask the University to credit them against Sign-off 1 through the "
            "University of Ashcombe's APL procedure; the Crew Manager helps them put the claim together. "
            "Experience on its own is not credited. ")
dele(p, "Occupiers who have completed the Service's own \u2018Safe Schools\u2019 certificate will be credited "
        "with Visits 1 and 2.", author="A. Fenwick")
para(d, "There is no assessment-only (\u2018fast-track\u2019) route: every Occupier attends all eight Visits and "
        "completes all four Sign-offs. A fast-track for very experienced SENCOs may be looked at again once "
        "the first full cohort has finished in July 2009.")

title(d, "PART 4 \u2013 THE VISITS", shade="D9D9D9")
prompt(d, "Record the date and time of each visit and the crew attending.")
para(d, "Each Visit runs from 9.15 to 3.45. Between Visits every Occupier carries out a short school task "
        "in their own school with their Buddy (one after every Visit), posts it to the Station Room and brings "
        "it to the next Visit, so that what is taught is always tried out with real pupils, colleagues and "
        "parents. The Visits are:")
rows = [["Visit", "What happens (crew's summary)", "School task before the next Visit"],
        ["STAGE 1: SIZE-UP (Visits 1-3)", None, None],
        ["1", "The SENCO's job and the law: the SEN Code of Practice (2001), the Disability Discrimination "
         "Act 1995 as amended by SENDA 2001, the Disability Equality Duty (2006), Every Child Matters and "
         "the five outcomes; the Escape Plan.", "Read your school's SEN policy against the Code; note three gaps."],
        ["2", "Knowing the pupils: the common kinds of SEN and disability (BESD, SpLD including dyslexia, "
         "SLCN, autism, MLD) and what each means for learning; identifying pupils; setting targets.",
         "Shadow one pupil for a morning; write a one-page profile."],
        ["3", "What works: approaches, strategies and resources, including ICT and assistive technology; "
         "research and inspection evidence (Ofsted's 2006 report Inclusion: does it matter where pupils are "
         "taught?; the Bercow Review of 2008; Removing Barriers to Achievement).",
         "Try one approach with a group; record what happened."],
        ["STAGE 2: INTERVENTION (Visits 4-6)", None, None],
        ["4", "Working with others: parents and carers (with Westmarch Parent Partnership), outside agencies "
         "and voluntary organisations, using other professionals' assessments. Pupil voice: we talk about why "
         "pupils' views matter and look at examples.", "Hold a review meeting with a parent; write up what changed."],
        ["5", "Provision mapping and formative assessment: building a provision map, spotting what is missing "
         "or not working, helping class teachers use assessment for learning with pupils with SEN.",
         "Draft your school's provision map."],
        ["6", "Leading the provision: deploying and managing teaching assistants, reviewing provision with "
         "staff, school self-evaluation, working with governors and the senior team.",
         "Meet your head or governor for SEN about the provision map."],
        ["STAGE 3: MAKE SAFE (Visits 7-8)", None, None],
        ["7", "Leading colleagues: advising and supporting teachers, coaching, observation and feedback, "
         "running a staff meeting; getting the head and senior team on board; managing your time.",
         "Lead a staff meeting or coach a colleague."],
        ["8", "Change Project presentations; the Watch Manager's Interviews; the Next Watch plan.", "\u2014"]]
t = table(d, rows, widths=[2.2, 9.3, 5.5])
for i, r in enumerate(rows):
    if r[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 2))
        cell_text(c, r[0], bold=True)
        shade(c, "FBE4D5")

para(d, "Start times and ways of taking part. There are two intakes a year, in September and February. "
        "Each Visit is run twice: on a weekday at Brackley Moor and on the following Saturday at Eastholme "
        "Community Fire Station, and an Occupier may attend either, Visit by Visit. An Occupier who has to "
        "break off (maternity, illness, a new post) may rejoin the next intake at the start of the next Stage "
        "without repeating what is already signed off. Stages 1 and 2 may also be taken in the reverse order "
        "by February Occupiers whose schools are in the middle of an Ofsted-driven review of provision.")
para(d, "The Station Room. Between Visits the course runs on-line in the Station Room, our area of the "
        "Westmarch Learning Zone (Moodle). Each Visit's materials, readings and recordings are posted there, "
        "and every school task is uploaded there. Each Occupier's Crew Manager replies to posts and questions "
        "within two working days and gives written feedback on each school task before the next Visit. "
        "Occupiers are put into \u2018Watches\u2019 of five, each with its own forum, and are asked to comment on "
        "two other members' tasks between Visits; a Crew Manager hosts a live chat on alternate Tuesday "
        "evenings. Occupiers who have not logged in for two weeks get a telephone call from their Crew Manager. "
        "Laptops with the Learning Zone set up are lent to any Occupier without reliable access at home or in "
        "school, and Visit 1 includes an hour's hands-on induction to the Station Room.")

title(d, "PART 5 \u2013 ADVICE GIVEN AND CHECKS COMPLETED", shade="D9D9D9")
prompt(d, "Tick each item discussed with the Occupier. Ticks are recorded for audit.")
table(d, [
    ["", "Item", "Tick"],
    ["5a", "Smoke alarm(s) fitted and tested", tick(True)],
    ["5b", "Bedtime routine and escape plan discussed", tick(True)],
    ["5c", "Enhanced CRB disclosure seen (Occupier)", tick(True)],
    ["5d", "Headteacher's nomination (CS-12a) received", tick(True)],
    ["5e", "Electric blanket / heater advice", tick(False)],
    ["5f", "Referral offered (Part 8)", tick(True)],
], widths=[1.2, 13, 2.8])

title(d, "PART 6 \u2013 ALARM SCHEDULE", shade="D9D9D9")
prompt(d, "One line per alarm fitted. Record location, type (ionisation / optical / heat / hearing-impaired "
          "strobe) and result of test.")
para(d, "The Alarms are numbered as on our Starting Check. Every Alarm is entered, including those we do not fit.")
al = [
    ["No.", "Alarm (in our words)", "Fitted on", "Tested at"],
    ["A1", "Treating pupils with SEN and their families fairly, with respect, and building relationships that support them", "Visit 2", "Sign-off 2"],
    ["A2", "Getting the head, the senior team and colleagues on board", "Visit 7", "Advice only"],
    ["A3", "Managing your own time: priorities, what to delegate and to whom", "Visit 7", "Advice only"],
    ["A4", "Seeing problems coming and solving them; sound decisions about provision", "Visit 5", "Sign-off 3"],
    ["A5", "Speaking and writing clearly; listening to and understanding other people's views", "Visit 1", "Sign-off 4"],
    ["A6", "Using research and outside advice to improve your own and colleagues' practice", "Visit 3", "Sign-off 1"],
    ["A7", "Keeping up to date and owning your own professional development", "Visit 8", "Advice only"],
    ["K1", "SEN law and guidance, the SEN Code of Practice, and how to put it into practice", "Visit 1", "Sign-off 1"],
    ["K2", "Every Child Matters: the five outcomes and the SENCO's part in them", "Visit 1", "Sign-off 1"],
    ["K3", "Disability equality law (DDA, Disability Equality Duty) and what it requires a school to do", "Visit 1", None],
    ["K5", "The common kinds of SEN and disability (BESD, SpLD/dyslexia, SLCN, autism, MLD) and how they affect learning", "Visits 2, 3", "Sign-off 2"],
    ["K6", "Approaches, strategies and resources (including ICT) for assessing, planning, teaching and learning, judged critically", "Visit 3", "Sign-off 2"],
    ["K7", "How schools evaluate themselves and improve, for pupils with SEN", "Visit 6", "Advice only"],
    ["K8", "What works: best practice and research on meeting SEN", "Visit 3", "Sign-off 1"],
    ["K9", "Outside agencies: who does what, and how to get specialist help and resources", "Visit 4", "Sign-off 2"],
    ["S1", "Working with senior leaders and governors on the school's inclusive ethos, policies, priorities and budget", "Visit 6", "Advice only"],
    ["S2", "Finding pupils who may have SEN, setting challenging targets, planning interventions, reviewing progress", "Visit 2", "Sign-off 2"],
    ["S2a", "Using assessments from other professionals to shape teaching", "Visit 4", "Sign-off 2"],
    ["S2b", "Using summative data, including national tests, to track progress and change programmes", "\u2014", "Sign-off 3"],
    ["S2c", "Helping other teachers use formative assessment with pupils with SEN", "Visit 5", "Sign-off 3"],
    ["S2d", "Access arrangements for national tests and examinations", "Not fitted: the County's Assessment and Testing team trains SENCOs on this", "\u2014"],
    ["S3", "Provision mapping; finding provision that is missing or not working", "Visit 5", "Sign-off 3"],
    ["S4", "Deploying and managing teaching assistants and other staff", "Visit 6", "Sign-off 3"],
    ["S5", "Supporting colleagues' development: coaching, observation and feedback, training", "Visit 7", "Advice only"],
    ["S6", "Reviewing provision with colleagues so it feeds the school's self-evaluation", "Visit 6", "Sign-off 3"],
    ["S7", "Involving pupils in planning, agreeing and reviewing their own provision", "Visit 4", "Advice only"],
    ["S8", "Working with parents and carers", "Visit 4", "Sign-off 2"],
    ["S9", "Working with other services and agencies, including voluntary organisations", "Visit 4 and Referral Day", "Sign-off 2"],
]
t = table(d, al, widths=[1.3, 10.2, 3.0, 2.5])
k3 = t.cell(10, 3)
k3.text = ""
pk = k3.paragraphs[0]
dele(pk, "Sign-off 1", author="A. Fenwick")
ins(pk, "Advice only", author="A. Fenwick")
comment(d, t.cell(0, 3).paragraphs[0], "Should we fit S2d ourselves next year? The County team's course is "
        "only once a year.", author="K. Rowe", initials="KR")

textbox(d, [("SAFETY MESSAGE", True),
            ("Test your alarm every month. Never take the battery out.", False),
            ("The Westmarch Award covers every one of the national outcomes for SENCOs.", False)],
        height_pt=60)

title(d, "PART 7 \u2013 SIGN-OFFS (TESTING THE ALARMS)", shade="D9D9D9")
prompt(d, "Record the result of each test: PASS / FAIL / NOT TESTED.")
para(d, "There are four Sign-offs. Each has published criteria drawn from the Alarms it tests (Part 6), and "
        "each must be passed; a Sign-off that is not passed may be resubmitted once.")
for t_ in [
    "Sign-off 1 \u2013 Policy and Practice Review (3,000 words, due after Visit 3). A critical review of the "
    "Occupier's school's SEN policy and practice against the SEN Code of Practice, disability equality law "
    "and Every Child Matters, drawing on research and inspection evidence.",
    "Sign-off 2 \u2013 Pupil Case Study (4,000 words, due after Visit 5). A study of one pupil with SEN: "
    "identification, other professionals' assessments, targets, the intervention planned with parents and "
    "outside agencies, and the review of progress.",
    "Sign-off 3 \u2013 Change Project (5,000 words plus the provision map, due after Visit 7). The Occupier "
    "leads a change to the school's provision for pupils with SEN, with their Buddy and head, and shows "
    "evidence of its effect on pupils' progress and on colleagues' practice. The project is carried out "
    "in the Occupier's own school during Stages 2 and 3.",
    "Sign-off 4 \u2013 The Watch Manager's Interview (30 minutes, at Visit 8). A professional discussion of "
    "the Occupier's portfolio and Change Project with the Watch Manager and the Occupier's Crew Manager.",
]:
    para(d, "- " + t_, size=10, space_after=2)
ins_para(d, "All Sign-offs are marked by the Occupier's Crew Manager and second-marked blind by another Crew "
            "Manager; every fail and a sample of one in five passes go to the University's moderator, "
            "Dr Helen Marchbank, and the University's external examiner (Professor Ian Dewsbury, University "
            "of Ravensworth) sees a sample of every Sign-off and attends the Sign-off Board. Before each "
            "marking round the Crew hold a half-day standardising meeting on three scripts.", author="A. Fenwick")
para(d, "The Sign-off Board (the Watch Manager, the University's programme director and the external examiner) "
        "meets in July and February. The University awards the Award, with its 60 credits, to an Occupier who "
        "has passed all four Sign-offs.")

title(d, "PART 8 \u2013 REFERRALS TO PARTNER AGENCIES", shade="D9D9D9")
prompt(d, "Record any referral made (Social Services, Age Concern, Housing, Police) and the Occupier's consent.")
para(d, "Every Occupier has one Referral Day during Stage 2: a full day placed with one of our partners. "
        "Current partners are Kestrel Bank Special School (autism and complex needs), the Westmarch Educational "
        "Psychology Service, the Sensory Support Service, the Speech and Language Therapy team of Westmarch "
        "Primary Care Trust, Westmarch Parent Partnership Service, and the Inclusion Support team at Fellgate "
        "Pupil Referral Unit. The Crew Manager chooses the placement with the Occupier from the Escape Plan and "
        "the partner sets the day's programme. Speakers from these partners also lead parts of Visits 2, 4 "
        "and 5.")
para(d, "Resources. Occupiers use the Centre's resource library (some 900 books, journals and assessment "
        "materials on SEN, catalogued with the University library, whose electronic journals Occupiers can "
        "use on their University log-in), the Station Room, the Centre's ICT suite of 20 networked PCs, and "
        "the assistive technology loan kit kept by the Sensory Support Service (text-to-speech and "
        "predictive software, an electronic magnifier, communication aids) which is brought to Visit 3.")

title(d, "PART 9 \u2013 CREW ATTENDING", shade="D9D9D9")
prompt(d, "Name, rank and number of each crew member.")
table(d, [
    ["Name", "Role on this Property", "Qualifications and experience"],
    ["Mrs Alison Fenwick", "Watch Manager (programme leader)", "Former SENCO for 12 years in two Westmarch "
     "schools; MA Inclusive Education; NPQH; seconded from the County's Learning Support Service since 2006"],
    ["Mr Gareth Lyle", "Crew Manager", "Senior lecturer in SEN, University of Ashcombe; former head of a "
     "special school; PhD on provision mapping (2005)"],
    ["Ms Priya Anand", "Crew Manager", "Specialist teacher (SpLD), AMBDA; SENCO of Lowfield Primary until 2007"],
    ["Mr Tom Ridley", "Crew Manager", "Educational psychologist (Westmarch EPS), on a half-day a week "
     "agreement"],
    ["Mrs Kath Rowe", "Community Safety Education Manager", "Runs the Centre's schools safety programme; "
     "manages bookings, the Station Room and the Access Officer"],
], widths=[3.5, 4.5, 9])
para(d, "Every Crew Manager keeps up to date through the University's research seminars and at least three "
        "days a year of their own CPD, recorded in the Service's appraisal.")
para(d, "All Crew and Buddies are CRB checked by the Service before they work with Occupiers.")
para(d, "Knowing their roles. New Crew Managers attend the Crew induction day in August and shadow a "
        "full Stage before leading a Visit; every Crew Manager has the Crew Handbook (the Visits, the "
        "Sign-off criteria, the marking scheme and the duties of each role). Buddies receive the Buddy Guide "
        "and attend a half-day Buddy briefing at the start of each intake, run by the Watch Manager, which "
        "sets out what a Buddy does between Visits and what they sign on each school task; the Watch Manager "
        "telephones each Buddy once a term.")

title(d, "PART 10 \u2013 OCCUPIER'S ESCAPE PLAN AFTER THE VISIT", shade="D9D9D9")
prompt(d, "Agree an escape plan with the Occupier and leave the leaflet.")
para(d, "At Visit 8 each Occupier writes a \u2018Next Watch\u2019 plan with the Watch Manager: professional "
        "targets for the next two years, what further study they might take (the University's MA in "
        "Inclusive Education accepts the Award's 60 credits), and what they will lead in their school. The "
        "Next Watch plan is sent to the Occupier's headteacher for the school's performance management.")
para(d, "Value for money. The Award costs \u00a31,150 per Occupier, of which the Service and the County's "
        "Children's Services meet \u00a3400 for Westmarch schools; this buys eight Visits, the Referral Day, "
        "the Station Room and University registration. Because the Escape Plan decides which school tasks, "
        "which Referral Day and which Alarms an Occupier works on first, no two Occupiers take quite the same "
        "route, and an Occupier's time in school is spent on their own school's priorities.")

title(d, "PART 11 \u2013 FEEDBACK AND FOLLOW-UP VISIT", shade="D9D9D9")
prompt(d, "Book a follow-up visit if risk score is 7 or more.")
para(d, "Why we built this Property. Our Community Safety Education team is in about 140 Westmarch schools a "
        "year. In 2007-08 our schools officers asked the SENCOs they met what training they needed, and 63 "
        "replied: most had had no training for the role, 41 said they did not know how to build a provision map, "
        "and 35 asked for training on Saturdays because release was hard to get. The County's SEN and "
        "Inclusion Strategy 2008-11 also named SENCO training and provision mapping as priorities. We then "
        "held three \u2018Open Station\u2019 evenings for SENCOs, headteachers and the Parent Partnership "
        "Service to test a first outline.")
p = para(d, "What changed because of them. Headteachers at the Open Station evenings asked for a Saturday option, "
            "so every Visit now runs twice; SENCOs asked for more on provision mapping, so it now has a whole "
            "Visit (Visit 5); parents from the Parent Partnership Service asked that every Occupier hold a "
            "review meeting with a parent, which became the school task after Visit 4.")
para(d, "Evaluating the Property. Occupiers complete a feedback sheet at the end of every Visit and an "
        "on-line survey at the end of each Stage; the Crew meet after each Stage to go through the returns and "
        "the Sign-off results, and record what they will change in a \u2018You said, we did\u2019 note posted in "
        "the Station Room. The external examiner's annual report, the University's annual monitoring review "
        "and an audit by the Service's Quality and Performance team each year are considered by the Steering "
        "Group, and the action plan from them goes to the University.")
p = para(d, "We hope that headteachers and parents' groups will also help us evaluate the Award as it grows.")
comment(d, p, "Steering Group (heads, LA, Parent Partnership) reviews evaluation each term \u2013 can we say "
        "this yet?", author="A. Fenwick", initials="AF")
para(d, "Impact. Occupiers score their confidence against each Alarm on the Starting Check and again at "
        "Visit 8, and the Crew compare the two for every Occupier and for the intake as a whole; Buddies "
        "comment on changes they have seen in the Occupier's practice on the same form. We would like to know "
        "whether the pupils in Occupiers' schools do better as a result, but we have not yet found a way to "
        "measure this.")
para(d, "Follow-up visit booked for: [TBC]")

title(d, "DECLARATION", shade="D9D9D9")
prompt(d, "I confirm the information on this form is correct and the Occupier has received a copy.")
para(d, "Signed: A. Fenwick, Watch Manager          Date: 24 November 2008")
para(d, "Countersigned: K. Rowe, Community Safety Education Manager")

d.save(OUT)
print("wrote", OUT)
