"""js-01-wrekinshire-schedule-of-services

Provider (invented): the Outreach Desk (education and outreach department) of the
Wrekinshire Philharmonic Orchestra, with the University of Kelmscott School of
Education, which validates the award as a 60-credit Level 7 Postgraduate Certificate.

Document kind and layout: the orchestra's own players' "Schedule of Services" (the
season schedule an orchestra manager issues to the band: services with dates, call
times, venues, dress and who is called; band notices; fixer's notes; band rules;
the orchestra list; an instrumentation sheet), reused for the course, "Issue 3 (for
the TDA approval panel)".  House vocabulary: Players (participants), Services (study
days), Section Leaders (tutors), Desk Partners (school-based mentors), Out-of-town
Dates (school-based tasks), Concerts (marked assessments), the Open Rehearsal
(formative, spoken feedback, not marked), Seating Audition (initial needs
assessment), Part Book (individual training plan), Parts (outcomes), Band Room
(Blackboard area), Tacet (not called this season).  No heading styles: titles are
bold capitalised Normal paragraphs.  A schedule table with merged, shaded term band
rows and shaded Concert rows; an Instrumentation Sheet (the outcome table) with
merged, shaded group band rows, whose columns "Called at" and "Heard in" and whose
"Open Rehearsal only" and "Tacet" cells are defined in the paragraph above it.
A "BAND NOTICE" text box.  Header and footer.  Tracked changes (a deleted
sentence, an inserted clause).  Three Word comments.

Traps (requirement ids):
- The "Concert Only" engagement (assessment-only route) appears only in the BAND
  NOTICE text box and is only hoped for "from the 2010-11 season" (2.3 not_met).
- CRB: Band Rule 4 covers the Outreach Desk, Section Leaders and visiting musicians,
  not Players; Band Rule 5 leaves checks on Players to their schools; the only
  claim that Players are CRB cleared is in the footer, and a comment queries it
  (5.3 not_met).
- A second (January) intake exists only in a deleted tracked change (3.2
  partially_met: one start, fixed order, only a Saturday repeat of two Services).
- Double marking and the external examiner appear only in an inserted tracked
  change, which is part of the submission (5.8 met).
- Prior experience lets a Player skip a Sectional, but the University "does not,
  however, award credit" (2.1 partially_met).
- Band Room: peers reply to one another, but Section Leaders "do not reply between
  Services" and schools have no access (3.3 partially_met).
- Pupil voice: Players only hear the Young Musicians' Panel; "Players are not
  asked to try any particular way of consulting pupils" (1.5 partially_met;
  6.S7 Open Rehearsal only, partially_met).
- Stakeholders in evaluation: only Players' slips and a focus group; parents and
  headteachers only hoped for (4.3 partially_met).
- Impact: Player confidence and competence ratings, but "We do not yet collect
  information about pupils' progress" (5.9 partially_met).
- Placements: "The Orchestra does not arrange placements" (5.5 partially_met).
- Desk Partners only receive a card by post (5.7 partially_met).
- Award rule averages the Concerts with a floor of 40 (6.0 partially_met;
  a comment about it is not evidence); some Parts are "Open Rehearsal only"
  (1.9 partially_met).
- Instrumentation Sheet: "Open Rehearsal only" for 6.A5, 6.K4, 6.S2b, 6.S5, 6.S7
  (developed, formative only: partially_met); 6.S2c heard in Concert 2 but
  "Called at" is a dash (assessed, not developed: partially_met); "Tacet" for
  6.A3 and 6.S2d (not_met); the only "Self-evaluation" Part is the Player's
  look at their own playing, not school self-evaluation (6.K7 not_met); 6.S6 is
  met in the Orchestra's own words without the word self-evaluation.
- A blanket claim that the Parts "make up the whole" of the national outcomes
  (no effect).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _js_helpers import (P, band, cell_text, comment, dele, header_footer, ins, new_doc,  # noqa: E402
                         shade, table, textbox)

HERE = Path(__file__).resolve().parent
NAME = "js-01-wrekinshire-schedule-of-services"
AUTH, DATE = "Hilary Stannard", "2009-01-12T16:20:00Z"
AUTH2, DATE2 = "Miriam Oduya", "2009-01-13T09:05:00Z"

doc = new_doc("Garamond", 11)
header_footer(doc, "Wrekinshire Philharmonic Orchestra · Outreach Desk · Schedule of Services 2009–10 · Issue 3",
              "All Players are CRB cleared before their first Service.  WPO Outreach Desk, Shirehall Music Centre, "
              "Wellbury WR3 8QL.")


def T(text):
    return P(doc, text, bold=True, size=12, before=10, after=4, caps=True)


P(doc, "WREKINSHIRE PHILHARMONIC ORCHESTRA", bold=True, size=18, align="c", after=0)
P(doc, "Outreach Desk", italic=True, size=13, align="c", after=8)
P(doc, "SCHEDULE OF SERVICES — SEASON 2009–10", bold=True, size=15, align="c", after=0)
P(doc, "The SENCO Award Ensemble", bold=True, size=13, align="c", after=0)
P(doc, "Issue 3 (for the TDA approval panel), 14 January 2009", italic=True, align="c", after=0)
P(doc, "Orchestra Manager (Outreach): Hilary Stannard · Leader of the Ensemble: Dr Miriam Oduya", size=10,
  align="c", after=12)

T("From the Leader")
P(doc, "Every season the Orchestra's Outreach Desk issues a Schedule of Services to the people it engages, "
       "and the SENCO Award Ensemble is engaged on exactly the same terms as our players: a fixed run of "
       "Services, a set of Concerts, and band rules. We have kept the format because the teachers who played "
       "in the pilot Ensemble told us it was the clearest document they were given all year.")
P(doc, "This season's Ensemble exists so that children and young people with special educational needs and "
       "disabilities in Wrekinshire schools achieve more and are happier, healthier and safer at school. Every "
       "Service, every Concert and every Part on the Instrumentation Sheet is written with the five Every Child "
       "Matters outcomes in mind (being healthy, staying safe, enjoying and achieving, making a positive "
       "contribution and achieving economic well-being), and Concert 3 asks each Player to show, with evidence, "
       "what has changed for the pupils in their own school.")
P(doc, "The Award is a Postgraduate Certificate in Special Educational Needs Coordination, validated by the "
       "University of Kelmscott School of Education and carrying 60 credits at Level 7 (Master's level). The "
       "University registers every Player as one of its students, runs the assessment boards and confers the "
       "award; the Orchestra's Outreach Desk fixes the Ensemble, runs the Services and looks after the Players. "
       "The University approved the programme at its validation event on 3 December 2008.")

T("How to read this Schedule")
P(doc, "Orchestral words are used throughout. For anyone new to the band:")
for term, meaning in [
    ("Player", "a qualified teacher who is new to the role of SENCO and is engaged in the Ensemble."),
    ("Service", "a study day at Shirehall Music Centre, 9.30 to 3.30, with a short call at 9.15 for notices."),
    ("Section Leader", "a tutor. Each Player sits in a Section of eight Players with one Section Leader for "
                       "the whole season."),
    ("Desk Partner", "the Player's mentor in school, normally an experienced SENCO from a neighbouring school."),
    ("Out-of-town Date", "a task the Player carries out in their own school between Services, set at the end of "
                         "each Service and reported on at the next."),
    ("Seating Audition", "the interview and self-rating before the season, used to write the Part Book."),
    ("Part Book", "the Player's own plan for the season."),
    ("Concert", "a piece of work that is marked and counts towards the award."),
    ("Open Rehearsal", "a run-through in Service 7 at which each Player presents work and hears the Section "
                       "Leader's comments; it is not marked."),
    ("Band Room", "the Ensemble's area on the University's Blackboard site."),
]:
    P(doc, [(term + ". ", "b"), meaning], after=2)

textbox(doc, [
    ("BAND NOTICE", "b"),
    "Concert Only engagements. The Outreach Desk is often asked whether a very experienced SENCO could simply "
    "play the Concerts without attending the Services. We hope to offer a Concert Only engagement from the "
    "2010-11 season, once the University has agreed the fee and the rules for it.",
    "Parking. Shirehall car park is pay-and-display after 10.00; Players may use the Orchestra's bays before then.",
    "Dress. Informal for Services. Smart for Concert 3, when headteachers are invited.",
], width_cm=16.5, height_cm=5.2, fill="FFF2CC")

T("Fixer's notes: joining the Ensemble")
P(doc, "The Ensemble takes up to 32 Players each season. To be engaged a teacher must hold Qualified Teacher "
       "Status, be in post as SENCO or designated to take on the role by September, and send the Fixer a "
       "support form signed by their headteacher, who agrees to release them for the nine Services and to "
       "name a Desk Partner.")
P(doc, "Every applicant then takes a Seating Audition at Shirehall in June or July. The applicant rates "
       "themselves against every Part on the Instrumentation Sheet, brings a short piece of writing about a "
       "pupil they have taught, and talks for forty minutes with two Section Leaders about their school and "
       "their experience. The Section Leaders decide whether the applicant has enough knowledge and experience "
       "to reach every Part by the end of the season. Where they think not, we tell the teacher in writing what "
       "to do first (usually a term working alongside the SENCO of a neighbouring school, or the authority's "
       "Inclusion Development Programme materials), and the Orchestra Manager telephones the headteacher to "
       "agree the plan and a date for a second audition.")
P(doc, "From the Seating Audition each Player and their Section Leader write the Part Book: the Parts the "
       "Player already plays well, the Parts to work hardest at, where to put the weight in each Out-of-town "
       "Date and which optional Sectional readings to take. The Part Book is the Player's individual training "
       "plan; it carries the Player's own list of target Parts and is reviewed with the Section Leader at "
       "Services 4 and 8.")
p = P(doc, "Experience counts. A Player whose Seating Audition shows they already play a Part well may be "
           "excused the matching Sectional and spend that afternoon on a weaker Part with their Section Leader. "
           "The University of Kelmscott does not, however, award credit for prior study or experience towards "
           "this Award: every Player takes all 60 credits. ")
p = P(doc, "The Ensemble meets on nine Tuesdays. Services 3 and 5 are repeated on a Saturday for Players whose "
           "schools cannot release them twice in one half-term. All Players start in September and take the "
           "Services in the order shown. ")
dele(p, "A second Ensemble will begin in January 2010 for Players who cannot start in September.", AUTH, DATE)
P(doc, "The fee is £1,650 for the season, paid by the school. Wrekinshire County Council pays half the fee for "
       "SENCOs in its maintained schools, and the Orchestra's Bursary Fund pays the whole fee for up to four "
       "Players from small rural schools. Because the Sections are small and the Part Book steers each Player's "
       "time to the Parts they most need, no Player spends a Service on something they can already do.")
P(doc, "Shirehall Music Centre is step-free throughout and the Recital Room has a hearing loop. Players who tell "
       "us of a disability or a specific learning difficulty at the Seating Audition agree their adjustments with "
       "the Orchestra Manager before Service 1: large-print or electronic scores, a note-taker, rest breaks, and "
       "extra time on Concerts agreed through the University's Disability Advisory Service. The same applies to "
       "any Player whose needs change during the season.")

T("Schedule of Services 2009–10")
rows = [["No.", "Date and call", "Venue", "Programme", "Section Leader", "Called"]]
sched = [
    ("band", "SUMMER 2009"),
    ("—", "June–July, by appointment", "Shirehall, Room 4", "Seating Audition", "Two Section Leaders", "Applicants"),
    ("band", "AUTUMN TERM 2009"),
    ("1", "Tue 22 Sept, 9.15", "Recital Room", "Tuning Up: the role, the law and Every Child Matters",
     "M. Oduya", "Tutti"),
    ("2", "Tue 13 Oct, 9.15", "Recital Room", "Listening: finding out who needs what", "G. Penhale", "Tutti"),
    ("3", "Tue 10 Nov, 9.15 (repeat Sat 14 Nov)", "Room 4", "Reading the Score: assessment information",
     "S. Whitcombe", "Tutti"),
    ("C1", "Mon 7 Dec, by 12 noon", "Band Room upload", "CONCERT 1: Programme Notes", "Section Leaders", "Tutti"),
    ("band", "SPRING TERM 2010"),
    ("4", "Tue 12 Jan, 9.15", "Recital Room", "Orchestration: provision, people and policy", "M. Oduya",
     "Tutti"),
    ("5", "Tue 9 Feb, 9.15 (repeat Sat 13 Feb)", "Rooms 2–5", "Sectionals: what works, and why",
     "All Section Leaders", "By Part Book"),
    ("6", "Tue 2 Mar, 9.15", "Recital Room", "The Audience: pupils and families", "A. Varma", "Tutti"),
    ("C2", "Mon 15 Mar, by 12 noon", "Band Room upload", "CONCERT 2: Sectional Recital", "Section Leaders",
     "Tutti"),
    ("band", "SUMMER TERM 2010"),
    ("7", "Tue 20 Apr, 9.15", "Rooms 2–5", "Leading the Section, with the Open Rehearsal", "All Section Leaders",
     "Tutti"),
    ("8", "Tue 18 May, 9.15", "Recital Room", "On Tour: working with other services", "S. Whitcombe", "Tutti"),
    ("C3", "Mon 21 June, from 1.30", "Recital Room", "CONCERT 3: Impact Recital", "Panel of three", "Tutti"),
    ("9", "Tue 6 July, 9.15", "Recital Room", "Encore", "M. Oduya", "Tutti"),
]
for s in sched:
    rows.append([s[1], "", "", "", "", ""] if s[0] == "band" else list(s))
t = table(doc, rows, widths=[1.1, 3.4, 2.6, 5.2, 2.8, 1.9], head_fill="1F3864", size=9)
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
for i, s in enumerate(sched, start=1):
    if s[0] == "band":
        band(t, i, s[1], fill="BDD7EE", size=9)
    elif s[0].startswith("C"):
        for c in t.rows[i].cells:
            shade(c, "FCE4D6")

T("Service notes")
notes = [
    ("Service 1. Tuning Up.",
     "What a SENCO is for and where the role sits in law and policy. The Section Leader takes the Ensemble "
     "through the SEN Code of Practice (2001) and what it asks of the school, the governors and the SENCO; the "
     "Special Educational Needs and Disability Act 2001; the Disability Discrimination Act 2005, the disability "
     "equality duty and accessibility planning, and what a school must actually do under them; Removing Barriers "
     "to Achievement; and the 2008 regulations on the SENCO's qualifications. In the afternoon the Ensemble works "
     "through Every Child Matters: its five outcomes, what they mean for a pupil with SEN, and where the SENCO "
     "fits in the school's part of them. Out-of-town Date: read your school's SEN policy against the Code and "
     "the disability equality duty and note three gaps."),
    ("Service 2. Listening.",
     "How children develop, and how special educational needs, disability, home and the classroom itself can "
     "shape that development; then the most common kinds of need: behavioural, emotional and social "
     "difficulties, specific learning difficulties including dyslexia, speech, language and communication "
     "needs, autistic spectrum disorders and moderate learning difficulties, and what each does to a child's "
     "learning. The second half is about finding out who needs what: classroom observation, data and "
     "monitoring, setting targets that stretch a pupil, planning an intervention and reviewing whether it "
     "worked. Out-of-town Date: observe one pupil for a morning and draft targets and an intervention."),
    ("Service 3. Reading the Score.",
     "Using assessment information. Players bring their school's tracking data and work out how to read "
     "P scales, teacher assessments and national test results to see whether pupils with SEN are making "
     "progress, and when to change a programme that is not working. A specialist teacher and an educational "
     "psychologist show how their reports can be turned into classroom approaches. The day ends with an "
     "introduction to provision mapping. Out-of-town Date: bring a year group's tracking sheet to Service 4 with "
     "three pupils whose programme you would change."),
    ("Service 4. Orchestration.",
     "Provision mapping and management in earnest: costing provision, spotting what is missing or not working. "
     "Then people: how to deploy and manage teaching assistants and other staff, timetabling support, and "
     "line management. After lunch a headteacher and a governor join the Ensemble to work on how a SENCO, with "
     "senior colleagues and governors, shapes the school's inclusive ethos, its SEN policy and priorities, and "
     "the use of its budget, and how to win the commitment of the head and senior team to better outcomes for "
     "pupils with SEN. Part Book review. Out-of-town Date: draw your school's provision map."),
    ("Service 5. Sectionals.",
     "Players split by Part Book into four Sectionals. Each looks critically at approaches, strategies and "
     "resources for assessment, planning and teaching, including ICT (switch access, text-to-speech, "
     "visual timetables, the Orchestra's Soundbeam studio), and at what research and inspection say works. "
     "Readings include Ofsted's Inclusion: does it matter where pupils are taught? (2006), the Bercow Review of "
     "services for children with speech, language and communication needs (2008) and the Inclusion Development "
     "Programme materials on dyslexia and on communication needs (2008). In the afternoon each Sectional works "
     "through three case problems from Wrekinshire schools, deciding what to do and defending the decision, "
     "and plans how to use research and outside advice to change their own and colleagues' practice."),
    ("Service 6. The Audience.",
     "Pupils and families. Three members of the Orchestra's Young Musicians' Panel, pupils with SEN from "
     "Wrekinshire schools, talk about what it is like to be asked, or not asked, what they think. We talk about "
     "why pupils' views matter. Players are not asked to try any particular way of consulting pupils; that is "
     "left to each school. The afternoon is led with the Parent Partnership Service: building fair, respectful "
     "and constructive relationships with pupils and with their parents and carers, role-playing a difficult "
     "annual review meeting, and planning how the school keeps parents informed and involved in their child's "
     "learning. Out-of-town Date: hold one meeting with a parent using what you practised."),
    ("Service 7. Leading the Section.",
     "Supporting colleagues within and beyond the school: observing a lesson and giving feedback, modelling a "
     "strategy, coaching, mentoring a new teaching assistant, and planning and running a staff training "
     "session; advising colleagues from feeder schools and working with other SENCOs in the cluster. Speaking "
     "and writing clearly to colleagues and listening to their point of view. The Open Rehearsal: each Player "
     "runs a ten-minute sample of a staff training session and hears the Section Leader's comments."),
    ("Service 8. On Tour.",
     "The services outside school: the educational psychology service, CAMHS, speech and language therapy, the "
     "sensory support service, social care, the Common Assessment Framework, and voluntary bodies such as the "
     "Wrekinshire Autism Group and the local dyslexia association: what each does, how to get specialist help "
     "and resources, and how to work with them so that a pupil gets one joined-up plan. The day is led jointly "
     "with the authority's Inclusion Support Service. Then, with a colleague from their school, each Player "
     "reviews how well one strand of the school's SEN provision is working, so that the findings go into the "
     "school improvement plan. Part Book review."),
    ("Service 9. Encore.",
     "After the last Concert. How to keep up to date (journals, the University's seminar series, the "
     "Wrekinshire SENCO forum) and how to take charge of one's own professional development. Each Player leaves "
     "with a Next Season sheet of professional targets, drafted with their Section Leader, to take to their "
     "performance review with their headteacher."),
]
for title, body in notes:
    P(doc, [(title + " ", "b"), body], after=6)

T("Concerts")
P(doc, "There are three Concerts. Each is worth 20 credits and is marked out of 100 against the University of "
       "Kelmscott's Level 7 criteria.")
P(doc, [("Concert 1. Programme Notes. ", "b"),
        "A critical review, 4,000 words, of the Player's school's SEN policy and practice against the law, the "
        "Code of Practice, the disability equality duty and Every Child Matters, using research and inspection "
        "evidence to say what should change, and including a profile of the main kinds of need in the school and "
        "how they affect learning."])
P(doc, [("Concert 2. Sectional Recital. ", "b"),
        "A case study, 5,000 words, of one pupil: how the pupil's needs were identified, the targets set, the "
        "intervention, how the advice of other professionals and agencies was used, the work with the pupil's "
        "parents, the place of the pupil in the school's provision map, and the decisions the Player took and "
        "why. As an appendix, the Player writes a one-page guide for class teachers on formative assessment "
        "for all pupils, with approaches for pupils with SEN; the guide is marked with the case study."])
P(doc, [("Concert 3. Impact Recital. ", "b"),
        "A development project the Player leads in their own school from January to June: agreeing a priority "
        "with the headteacher and governors, winning the commitment of colleagues, deploying staff to deliver "
        "it, and reviewing with colleagues whether it worked. The Player presents the project for twenty "
        "minutes to a panel of three (two Section Leaders and a Wrekinshire headteacher) with evidence of what "
        "has changed for pupils, and submits a 2,000-word reflective commentary on their own development over "
        "the season and how they will keep it going."])
p = P(doc, "Each Concert is marked by the Player's Section Leader")
ins(p, " and second-marked blind by a Section Leader from another Section; the two agree a mark, and the "
       "University's external examiner, Dr Rachel Okonjo of the University of Dunmere, sees a sample of every "
       "Concert and attends the June assessment board", AUTH2, DATE2)
p.add_run(". Open Rehearsals are not marked and do not count towards the award; the Section Leader gives "
          "spoken feedback only.")
p = P(doc, "")
r = p.add_run("A Player whose three Concert marks average 50 or more, with no Concert marked below 40, is made a "
              "Full Member of the Ensemble, and the University confers the Postgraduate Certificate.")
comment(doc, r, "The external examiner asked in December whether every Part has to be passed. To discuss at the "
                "Board. MO", AUTH2, "MO")

T("The Orchestra list")
for nm, desc in [
    ("Dr Miriam Oduya, Leader of the Ensemble.",
     "Senior lecturer in inclusive education, University of Kelmscott; SENCO in two Wrekinshire comprehensives "
     "for nine years; PhD (2006) on provision mapping in secondary schools; member of the county's SEN "
     "strategy group."),
    ("Gareth Penhale, Section Leader.",
     "Specialist teacher (specific learning difficulties), Wrekinshire SEN Support Service; AMBDA; formerly "
     "SENCO of a large primary school."),
    ("Susan Whitcombe, Section Leader.",
     "Senior educational psychologist, Wrekinshire County Council; fifteen years' casework in mainstream and "
     "special schools; leads the county's training for teaching assistants."),
    ("Anand Varma, Section Leader.",
     "Headteacher of Coalport Hearing Impaired Resource Base School; National Professional Qualification for "
     "Headship; a trained Parent Partnership volunteer."),
    ("Hilary Stannard, Orchestra Manager (Outreach).",
     "Runs the Outreach Desk, fixes the Ensemble and manages the Band Room; a music therapist who has worked in "
     "special schools for twenty years."),
]:
    P(doc, [(nm + " ", "b"), desc], after=3)
P(doc, "All Section Leaders attend the University's inclusive education research seminars and at least one "
       "national SEN conference a year, and two of them still hold caseloads in Wrekinshire schools.")
P(doc, "Guest artists. The Services bring in a speech and language therapist, a CAMHS primary mental health "
       "worker, the Parent Partnership officer, a sensory support teacher and the Young Musicians' Panel. The "
       "Orchestra does not arrange placements in other schools. A Player who wants to see provision elsewhere "
       "may ask their Desk Partner to arrange a visit.")
P(doc, "Resources. Players have full use of the University of Kelmscott library and its electronic journals, "
       "the SEN Support Service's loan collection of assessment tests and reading schemes, and the Orchestra's "
       "Sensory Studio at Shirehall, which holds switch-access instruments, a Soundbeam, communication aids and "
       "six laptops with text-to-speech, symbol and mind-mapping software used in Service 5.")
P(doc, "Desk Partners. Each Player's headteacher names a Desk Partner. Desk Partners receive the Desk Partner's "
       "Card, a folded sheet listing the Out-of-town Dates, by post in September.")

T("The Band Room")
P(doc, "The Band Room is the Ensemble's area on the University's Blackboard site. Section Leaders post the score "
       "for each Service (slides, readings and the Out-of-town Date task) a week before it, and Players keep "
       "their Part Book there and upload their Concerts to it. Each Section has a discussion board where "
       "Players post what they found on their Out-of-town Dates and reply to one another. Section Leaders read "
       "the boards but do not reply between Services; questions raised there are taken at the start of the next "
       "Service. Desk Partners and headteachers are not given access to the Band Room.")

T("Band rules")
for n, rule in [
    ("1.", "Players attend every Service they are called for. A Player who misses a Service catches up from the "
           "Band Room and meets their Section Leader for half an hour before the next one."),
    ("2.", "Concerts are handed in by the time shown. Extensions are agreed with the Section Leader in advance "
           "and confirmed by the University."),
    ("3.", "Players keep pupils' names out of everything they upload and follow their own school's rules on "
           "confidentiality."),
    ("4.", "Every member of the Outreach Desk, every Section Leader and every visiting musician holds an "
           "enhanced CRB disclosure, checked by the Orchestra Manager and renewed every three years."),
    ("5.", "Players are teachers employed by their schools, and it is for their schools to carry out any "
           "checks on them."),
]:
    p = P(doc, [(n + " ", "b"), rule], after=3)
    if n == "5.":
        comment(doc, p.runs[-1], "Should we be seeing Players' CRB certificates ourselves? The footer says "
                                 "they are cleared. Ask Kelmscott. HS", AUTH, "HS")

T("Season review: how we know the Ensemble is working")
P(doc, "In spring 2008 we surveyed the 146 headteachers and SENCOs of Wrekinshire's schools (71 replied) and "
       "held two meetings with the authority's SEN team and the Parent Partnership Service. Headteachers asked "
       "for more on managing teaching assistants; SENCOs asked for help with provision maps and with the new "
       "regulations; the authority wanted Players to know its own support services. As a direct result Service "
       "4 now gives a whole day to provision mapping and deploying staff, and Service 8 is led jointly with the "
       "Inclusion Support Service. The pilot Ensemble of 2008 asked for the Concerts to be spread out, and they "
       "now fall in December, March and June instead of all in the summer.")
P(doc, "Players fill in a feedback slip after every Service and take part in a mid-season focus group run by "
       "the University's quality office. The Section Leaders review the slips after each Service; the University "
       "writes an annual monitoring report and the external examiner writes a report each summer; and the "
       "Outreach Board reviews the season every July and agrees changes for the next. In 2008 the slips told us "
       "Service 3 went too fast, so the provision mapping it used to hold moved to Service 4.")
P(doc, "We would like parents and headteachers to have a say in reviewing the Ensemble in time, and hope the "
       "Outreach Board will find a way.")
P(doc, "At the Seating Audition and again at Concert 3, each Player rates their confidence on every Part from 1 "
       "to 5 and their Section Leader rates their competence on the same scale; the Season Review reports the "
       "change for each Player and for the Ensemble as a whole. We do not yet collect information about pupils' "
       "progress ourselves; we expect the Players' pupils to do better too.")

T("Instrumentation Sheet")
P(doc, "The Instrumentation Sheet lists every Part the Ensemble plays. Together the Parts make up the whole of "
       "the national minimum outcomes for SENCOs. \u201cCalled at\u201d names the Service where the Part is "
       "rehearsed; \u201cHeard in\u201d names the Concert in which it is marked. \u201cOpen Rehearsal only\u201d "
       "means the Part is heard at the Open Rehearsal in Service 7 and the Player gets spoken feedback, but no "
       "Concert marks it. \u201cTacet\u201d means the Part is not called this season. A dash means nothing is "
       "arranged.")
sheet = [
    ("band", "STRINGS: the Player as a professional"),
    ("Str 1", "Fair, respectful and constructive relationships with pupils with SEN and their families",
     "Service 6", "Concert 2"),
    ("Str 2", "Winning the commitment of colleagues, the head and the senior team", "Service 4", "Concert 3"),
    ("Str 3", "Organising one's own time and handing tasks on to others", "Tacet", "Tacet"),
    ("Str 4", "Seeing problems coming, solving them and deciding soundly about provision", "Service 5",
     "Concert 2"),
    ("Str 5", "Speaking and writing clearly; listening to other people's views", "Service 7",
     "Open Rehearsal only"),
    ("Str 6", "Using research and outside advice to improve one's own and colleagues' practice", "Service 5",
     "Concert 1"),
    ("Str 7", "Keeping up to date and taking charge of one's own professional development", "Service 9",
     "Concert 3"),
    ("band", "WOODWIND: what the Player knows"),
    ("Ww 1", "The law and guidance on SEN, the Code of Practice, and how to put them into practice", "Service 1",
     "Concert 1"),
    ("Ww 2", "Every Child Matters and the SENCO's part in it", "Service 1", "Concert 1"),
    ("Ww 3", "Disability equality law and what it requires a school to do", "Service 1", "Concert 1"),
    ("Ww 4", "How children develop and what affects their development", "Service 2", "Open Rehearsal only"),
    ("Ww 5", "The common kinds of SEN and disability and their effect on learning", "Service 2", "Concert 1"),
    ("Ww 6", "Approaches, strategies and resources for assessing and teaching, including ICT", "Service 5",
     "Concert 2"),
    ("Ww 7", "Self-evaluation: looking honestly at one's own playing, using the Part Book ratings", "Service 9",
     "Concert 3"),
    ("Ww 8", "What research says works for pupils with SEN", "Service 5", "Concert 1"),
    ("Ww 9", "Other services and agencies, and how to get specialist help", "Service 8", "Concert 2"),
    ("band", "BRASS AND PERCUSSION: what the Player can do"),
    ("Br 1", "With the head and governors, shaping an inclusive ethos, policy, priorities and budget",
     "Service 4", "Concert 3"),
    ("Br 2", "Identifying pupils, setting targets, planning interventions and reviewing progress", "Service 2",
     "Concert 2"),
    ("Br 2.1", "Turning other professionals' assessments into teaching approaches", "Service 3", "Concert 2"),
    ("Br 2.2", "Using test results and tracking data to follow progress and change programmes", "Service 3",
     "Open Rehearsal only"),
    ("Br 2.3", "Helping class teachers use formative assessment, with approaches for pupils with SEN", "—",
     "Concert 2"),
    ("Br 2.4", "Access arrangements for tests and examinations", "Tacet", "Tacet"),
    ("Br 3", "Provision mapping; finding provision that is missing or not working", "Services 3 and 4",
     "Concert 2"),
    ("Br 4", "Deploying and managing teaching assistants and other staff", "Service 4", "Concert 3"),
    ("Br 5", "Developing colleagues: observation and feedback, modelling, coaching, training", "Service 7",
     "Open Rehearsal only"),
    ("Br 6", "Reviewing with colleagues how well SEN provision works, so the findings go into the school "
             "improvement plan", "Service 8", "Concert 3"),
    ("Br 7", "Involving pupils in planning and reviewing their own provision", "Service 6",
     "Open Rehearsal only"),
    ("Br 8", "Working with parents and carers", "Service 6", "Concert 2"),
    ("Br 9", "Working with other services and voluntary organisations", "Service 8", "Concert 2"),
]
rows = [["Part", "What the Player plays", "Called at", "Heard in"]]
for s in sheet:
    rows.append([s[1], "", "", ""] if s[0] == "band" else list(s))
t = table(doc, rows, widths=[1.4, 9.6, 3.0, 3.0], head_fill="D9E2F3", size=9)
for i, s in enumerate(sheet, start=1):
    if s[0] == "band":
        band(t, i, s[1], fill="E7E6E6", size=9)
    elif "Tacet" in s[2]:
        for c in t.rows[i].cells[2:]:
            shade(c, "F2F2F2")

P(doc, "Issued by the Outreach Desk. Changes to this Schedule are notified in the Band Room and by letter to "
       "headteachers.", italic=True, size=9, before=8)

doc.save(str(HERE / f"{NAME}.docx"))
print("wrote", NAME + ".docx")
