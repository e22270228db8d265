"""ku-01-caldermoor-observing-list: build script.

Provider (invented): the Caldermoor Observatory and Planetarium Trust, a charity running a public observatory and
planetarium dome, with the University of Wearbridge (which awards the PGCert, 60 credits at M level). January 2009.

Document kind and layout: the course written as the Trust's amateur OBSERVING CERTIFICATE PROGRAMME: "The Caldermoor
List: Rules of the Programme and Observer's Logbook". A cover field table; a glossary table of the programme's own
terms (Observers = participants, Evenings = study days, Log Checkers = tutors, Sky Buddies = school-based mentors,
Fields = school-based tasks, Sketches = formative pieces with feedback only, Logs = the four marked assessments,
Star Party = the final presentation day, Sky Audit = the starting self-audit, Personal Star Map = the individual
plan); Part A "Rules of the Programme" hand-numbered Rule 1 to Rule 27 under bold typed titles (no heading styles
in Part A); "Equipment classes" as the modes of study; Part B, the season of twelve Evenings in a table with merged
term rows; Part C, "The Caldermoor List" of 29 objects (the national outcomes in the Trust's own words, no national
codes) with columns "Found on" and "Logged in", whose values "Sketch only", "Below horizon" and "Own time" are
defined only in the sentences above the table; Part D who is who; Part E "Clear Sky Review" (evaluation).
Header and footer. One text box ("From the Director's Dome"). Tracked changes: one deleted sentence, one deleted
paragraph, one inserted sentence. Two Word comments.

Traps (requirement ids):
- Rule 5: "Direct Logging" (an assessment-only route) was a past arrangement of the old certificate, "ended with the
  2007-08 season and is not part of the Caldermoor List" (2.3 not_met). The text box praises another planetarium's
  assessment-only route (2.3, wrong provider).
- Rule 4: criminal records disclosures are "a matter between the Observer and the employing school"; the Trust
  "does not ask for or check them" (5.3 not_met). The footer claims every Observer holds a CRB disclosure (footer,
  never evidence).
- Rule 3: prior study is accredited through the University's APL rules, but "Experience on its own, however long,
  is not credited" (2.1 partially_met).
- Rule 22: the Certificate is awarded when four Logs pass overall, "even if one object in it is missing"
  (6.0 not_met); objects "Sketch only" are never Logged (1.9 partially_met).
- Rule 12: the peer forum sentence is a tracked deletion; only Log Checker messaging between Evenings remains
  (3.3 partially_met: e-learning exists through the Remote class).
- Part D: the special-school placement paragraph is a tracked deletion; visits elsewhere are for Observers "to
  arrange themselves" (5.5 partially_met: specialist speakers remain).
- Rule 19: moderation; the external examiner sentence is a tracked INSERTION (5.8 met).
- Rule 24: "keep observing" after the season is only encouragement (2.5 partially_met).
- Evening 6 and Rule 10: advising colleagues is within the Observer's own school; "work beyond the school is not
  part of the List" (1.6 partially_met).
- Pupil participation only "touched on" in Evening 7 (1.5 partially_met); 6.S7 is "Sketch only".
- Part E: Sky Buddies fill in a questionnaire, heads only hoped for ("We would like heads ... hope to set up")
  (4.3 partially_met); a Word comment asks whether the heads' panel can be promised (comment, never evidence).
  Survey of 46 schools shaped the twilight class and Evening 5 (4.1, 4.2 met).
- Part E: confidence and competence measured by repeating the Sky Audit, pupils' progress explicitly not measured
  (5.9 partially_met).
- Part C: "Sketch only" (developed, formative feedback, never Logged): 6.A3, 6.A5, 6.S5, 6.S7 partially_met;
  "Own time" (Logged in Log IV but not on any Evening): 6.A7 partially_met; "Below horizon" (neither): 6.K4, 6.S2d not_met.
"""
from pathlib import Path
from _ku_helpers import (new_doc, para, table, merge_row, header_footer, tracked, tracked_para, text_box,
                         comment, heading, shade)

OUT = Path(__file__).with_name("ku-01-caldermoor-observing-list.docx")
d = new_doc("Georgia", 10.5)
header_footer(d, "Caldermoor Observatory and Planetarium Trust  |  Observing Programme No. 7  |  The Caldermoor List",
              "Registered charity no. 1098765  |  The Dome Office, Fell Road, Caldermoor  |  "
              "Every Observer holds a current enhanced CRB disclosure")

para(d, "CALDERMOOR OBSERVATORY AND PLANETARIUM TRUST", bold=True, size=16, color="1F2A44", align="center")
para(d, "Observing Programme No. 7", italic=True, align="center")
para(d, "THE CALDERMOOR LIST", bold=True, size=22, color="1F2A44", align="center")
para(d, "Rules of the Programme and Observer's Logbook, Season 2009-10", size=12, align="center")
para(d, "(SENCO edition, submitted to the TDA for approval as nationally accredited SENCO training)", italic=True,
     size=9, align="center")

table(d, [
    ["Programme", "The Caldermoor List: the National Award for SEN Coordination"],
    ["Season", "September 2009 to July 2010 (second start in January 2010)"],
    ["Award", "Postgraduate Certificate in Special Educational Needs Coordination, awarded by the University of "
              "Wearbridge: 60 credits at Masters level (M level), validated by the University in November 2008"],
    ["Run by", "Caldermoor Observatory and Planetarium Trust, with the University of Wearbridge School of Education "
               "and Caldermoor and Hexdale local authorities"],
    ["Programme Director", "Dr Ruth Penhale, Head of Learning at the Dome"],
    ["Fee", "£1,450 per Observer, including all Evenings, the Remote Observatory account, the logbook and "
            "University registration"],
    ["Logbook version", "1.3, January 2009"],
], header_fill=None, bold_first_col=True)

para(d)
para(d, "HOW TO USE THIS LOGBOOK", bold=True, size=12, color="1F2A44")
para(d, "For twenty-two years the Trust has run observing certificates for the public. Each season a list of objects "
        "is published; observers find each object, sketch it, and log it, and a Log Checker signs the log before a "
        "certificate is given. Teachers told us that this was how they liked to learn: a list to work through, a "
        "night sky (their school) to work in, and someone experienced beside them. The Caldermoor List borrows the "
        "whole shape of our observing certificates for the training of new special educational needs coordinators.")
para(d, "The aim of the Caldermoor List is to raise the achievement of children and young people with special "
        "educational needs and disabilities and to improve their well-being: that they are healthy, stay safe, enjoy "
        "and achieve, make a positive contribution and achieve economic well-being. Every object on the List is "
        "chosen because a SENCO who can find it will change what happens for those pupils, and every Log asks the "
        "Observer to show what difference their work has made to named pupils in their own school.")
para(d, "This logbook holds the Rules (Part A), the season of Evenings (Part B), the List itself (Part C), who is "
        "who (Part D) and how we review the programme (Part E). Observers keep it with them all season.")

para(d, "TERMS USED IN THIS LOGBOOK", bold=True, size=12, color="1F2A44")
table(d, [
    ["Term", "What it means on the Caldermoor List"],
    ["Observer", "A teacher taking the programme: a SENCO new to the role, or a teacher about to take it on."],
    ["Evening", "A study session. Dome Evenings are taught in the planetarium building; Remote Evenings are taught "
                "live through the Remote Observatory portal."],
    ["Log Checker", "A tutor. Log Checkers teach the Evenings and mark the Logs."],
    ["Sky Buddy", "An experienced SENCO in a nearby school who supports one to three Observers through the season "
                  "and visits their school."],
    ["Field", "A task carried out in the Observer's own school between Evenings."],
    ["Sketch", "A short piece of work handed in for written feedback. Sketches are never marked and never count "
               "towards the Certificate."],
    ["Log", "One of the four marked assessments (Log I to Log IV)."],
    ["Sky Audit", "The self-audit against every object on the List that each applicant completes before joining."],
    ["Personal Star Map", "The Observer's own plan for the season, drawn up from the Sky Audit."],
    ["Star Party", "The last Evening, when Observers present their school projects."],
])

# ---------------- Part A
para(d)
para(d, "PART A. RULES OF THE PROGRAMME", bold=True, size=13, color="1F2A44")
para(d, "Joining", bold=True)
para(d, "Rule 1. The List is open to qualified teachers who hold, or are about to take up, the post of SENCO in a "
        "maintained school or academy in any authority, and whose headteacher nominates them on the Nomination Form. "
        "The headteacher agrees to release the Observer for every Evening and for one Sky Buddy visit each term.")
para(d, "Rule 2. Every applicant completes the Sky Audit, rating themselves against each of the 29 objects on the "
        "List, and has a thirty-minute Finder Interview with a Log Checker. At the interview the Log Checker reads "
        "the Sky Audit with the applicant and checks that they have the knowledge, experience of teaching pupils with "
        "SEN and skills to benefit from the List and to reach every object on it; where they have not, we suggest "
        "the Trust's short Introduction to Inclusion first and offer a place in a later season. Those accepted leave "
        "the interview with a Personal Star Map: the objects they will work on hardest, their own targets for the "
        "season, and the Fields that suit their school. The Star Map is reviewed with the Sky Buddy each term.")
para(d, "Rule 3. Observers who already hold credit from a Masters-level module in special educational needs may ask "
        "the University of Wearbridge to accredit up to 20 credits of that prior study under its APL regulations; the "
        "Programme Director advises on the claim and the University decides it. Experience on its own, however long, "
        "is not credited.")
p = para(d, "Rule 4. Criminal records disclosures are a matter between the Observer and the employing school. The "
            "Trust does not ask for or check them.")
comment(d, p, "Is this enough? The University asked about this at validation.", author="G. Illing", initials="GI")
para(d, "Rule 5. Direct Logging, under which experienced observers on our old Certificate in Astronomy for Teachers "
        "could present a log without attending any Evening, ended with the 2007-08 season and is not part of the "
        "Caldermoor List. Every Observer attends the Evenings.")
para(d, "Rule 6. Any applicant who tells us of a disability or other need is offered a meeting with the Trust's "
        "Access Officer before the first Evening, and the adjustments agreed are written into their Personal Star "
        "Map. Adjustments we have made include step-free seats in the Dome, the induction loop, large-print and "
        "high-contrast handouts, all slides sent a week ahead, extra time or a spoken alternative for a Log, and "
        "rest breaks. The Trust meets its duties under the Disability Discrimination Act and its own equal "
        "opportunities policy in admissions, teaching and assessment.")

para(d, "Equipment classes", bold=True)
para(d, "Rule 7. Each Observer chooses an equipment class when they join. All three classes cover the same List "
        "and the same Logs.")
table(d, [
    ["Class", "How the Evenings run", "Who it suits"],
    ["Naked-eye class", "All twelve Evenings at the Dome, on Saturdays, 9.30 am to 3.30 pm.", "Observers who like "
     "a full day away from school."],
    ["Twilight class", "The same twelve Evenings at the Dome as weekday twilights (4.30 pm to 8.00 pm), two "
     "twilights for each Saturday Evening.", "Observers whose schools cannot release them in the day."],
    ["Remote class", "Evenings 1, 6, 9 and 12 at the Dome; the other eight taught live as Remote Evenings on the "
     "Remote Observatory portal, with recordings kept for the season.", "Observers far from Caldermoor or with "
     "caring responsibilities."],
])
para(d, "Rule 8. Observers may start in September or in January (the January start takes the Evenings in a "
        "different order, beginning with Evening 4), may change class at the half-season, and may spread the List "
        "over two seasons with the Programme Director's agreement.")
para(d, "Rule 9. The Remote Observatory portal is the Trust's online learning area. It holds the recorded talks, the "
        "readings for each Evening, the Field sheets and the place where Sketches and Logs are handed in; Remote "
        "Evenings use its live classroom with video, shared whiteboard and chat.")

para(d, "Evenings and Fields", bold=True)
para(d, "Rule 10. Each Evening is followed by a Field: a task the Observer carries out in their own school, usually "
        "with a pupil, a group, a colleague or a parent, using what the Evening taught. Fields are written up in the "
        "Field Book and discussed with the Sky Buddy. Advising and supporting colleagues is practised in the "
        "Observer's own school; work beyond the school is not part of the List.")
para(d, "Rule 11. The Sky Buddy visits the Observer's school once a term, observes one Field (for example a "
        "meeting the Observer leads with parents, or a session in which the Observer coaches a teaching assistant), "
        "and writes a short Buddy Note on what they saw and what changed in the school.")
p = para(d, "Rule 12. Between Evenings, Observers in every class can message their Log Checker through the portal; "
            "Log Checkers reply within five working days. ")
tracked(p, "A peer forum lets Observers in the Remote class talk to each other between Evenings and share Field "
           "sheets.", "del", author="R. Penhale", date="2009-01-14T16:20:00Z")
para(d, "Rule 13. Observers who miss an Evening watch its recording on the portal and send their Log Checker a "
        "Sketch on it within two weeks.")

para(d, "Logging", bold=True)
para(d, "Rule 14. There are four Logs. Each is marked against the objects the List says it Logs (Part C) and "
        "against the University's Masters-level criteria.")
table(d, [
    ["Log", "What the Observer hands in", "When"],
    ["Log I: Case Plate", "A 3,000-word study of the provision for one pupil with SEN in the Observer's school: "
     "how their needs were identified, what professionals' reports said, the targets set, the intervention, the "
     "work with the family and other services, and what changed for the pupil.", "End of the autumn term"],
    ["Log II: Field Report", "A 5,000-word report of a school improvement project the Observer leads on provision "
     "for pupils with SEN, with the data used, the research drawn on and the part played by the head and other "
     "staff.", "End of the spring term"],
    ["Log III: Star Party", "A twenty-minute presentation of the project to a panel of two Log Checkers and the "
     "Observer's Sky Buddy, followed by questions.", "Evening 12"],
    ["Log IV: Field Book", "The Field Book of twelve Fields, with the three Buddy Notes and a 1,500-word "
     "reflective commentary.", "Two weeks after Evening 12"],
])
para(d, "Rule 15. Sketches are short pieces (about 500 words, a recorded talk, or a completed tool) handed in "
        "after some Evenings. A Log Checker writes feedback on every Sketch within two weeks. Sketches are not "
        "marked.")
para(d, "Rule 16. Logs are marked as Pass, Pass with Merit or Refer. A referred Log may be handed in once more.")
para(d, "Rule 17. The marking criteria for each Log are printed in the Log Checkers' Handbook and given to "
        "Observers at Evening 1.")
para(d, "Rule 18. Log Checkers mark in pairs for Log III; every other Log is marked by one Log Checker and "
        "second-marked by another.")
p = para(d, "Rule 19. After each Log the Log Checkers hold a moderation meeting, at which a sample of Logs across "
            "every mark band is read by all the Log Checkers and marks are agreed. ")
tracked(p, "The sample then goes to the University of Wearbridge, where a University tutor second-marks it and the "
           "University's external examiner sees every referred Log and a sample of the rest.", "ins",
        author="G. Illing", date="2009-01-16T09:05:00Z")
para(d, "Rule 20. Marks are confirmed by the University's Board of Examiners in July.")
para(d, "Rule 21. Plagiarism and late work are dealt with under the University's regulations.")

para(d, "The Certificate", bold=True)
para(d, "Rule 22. The Certificate is awarded when an Observer's four Logs each reach a Pass. An Observer does not "
        "need to show every object: a Log that passes overall passes, even if one object in it is missing.")
para(d, "Rule 23. Certificates are presented at the Dome at the Trust's summer open night.")
para(d, "Rule 24. We encourage every Observer to keep observing once the season closes. The Dome is open to past "
        "Observers on the first Friday of every month.")
para(d, "Conduct", bold=True)
para(d, "Rule 25. Observers treat the pupils, families and colleagues they write about with respect and keep their "
        "names out of the Logs.")
para(d, "Rule 26. Observers follow their own school's policies when carrying out Fields.")
para(d, "Rule 27. Queries about these Rules go to the Dome Office.")

text_box(d, [
    "From the Director's Dome",
    "We believe every child can see the sky. Our work has always been about opening the dome to everyone, and the "
    "Caldermoor List opens it to the pupils who most need their SENCO to be brilliant.",
    "We are grateful to colleagues at the Stannard Planetarium, whose SENCO course offers an assessment-only route "
    "for long-serving SENCOs; it is a model we admire.",
    "Ruth Penhale, Programme Director",
], height_pt=140)

# ---------------- Part B
para(d)
para(d, "PART B. THE SEASON", bold=True, size=13, color="1F2A44")
para(d, "Dates are for the Naked-eye class; the Twilight and Remote classes take the same Evenings in the same "
        "week. Each Evening ends with the Field that follows it.")
rows = [["Evening", "Date", "Title", "What happens", "Field that follows"]]
plan = [
    ("AUTUMN", None),
    ("1", "12 Sept", "First Light", "The SENCO's role and the law: the SEN Code of Practice (2001) and how it is put "
     "into practice in a school, the SEN and Disability Act 2001, the Disability Discrimination Act and the "
     "disability equality duty and the actions it requires of schools, and current policy and initiatives "
     "(Removing Barriers to Achievement, the Inclusion Development Programme, the Bercow Review of 2008). Dome "
     "Evening for all classes.", "Audit the school's SEN policy against the Code and the disability equality "
     "scheme."),
    ("2", "3 Oct", "The Five Outcomes", "Every Child Matters: its five outcomes, the Children Act 2004 and the "
     "SENCO's part in the school's work for each outcome.", "Map one pupil's provision against the five outcomes."),
    ("3", "24 Oct", "The Constellations", "The most common kinds of SEN and disability (behavioural, emotional and "
     "social difficulties; specific learning difficulties including dyslexia; speech, language and communication "
     "needs; autism; moderate learning difficulties) and how each affects learning, taught with the LA's specialist "
     "teachers and the autism outreach team. Reading includes Ofsted's Inclusion: does it matter where pupils are "
     "taught? (2006) and recent research on dyslexia and SLCN.", "Observe one pupil and write a learning profile."),
    ("4", "14 Nov", "Finding Faint Objects", "Identifying pupils who may have SEN; setting challenging targets; "
     "planning interventions and reviewing progress; using assessments from educational psychologists, speech and "
     "language therapists and others to shape teaching; using summative data, national tests and P scales to track "
     "progress and adjust programmes; helping other teachers to use formative assessment with pupils with SEN.",
     "Set and review targets for a small group with their teachers."),
    ("SPRING", None),
    ("5", "9 Jan", "Mapping the Sky", "Provision mapping and provision management; costing provision; finding "
     "provision that is missing or not working; deploying and managing teaching assistants and other staff.",
     "Draw the school's provision map and identify one gap."),
    ("6", "30 Jan", "Observing Together", "Working with colleagues: gaining the commitment of the headteacher and "
     "senior leaders; advising and supporting colleagues in the Observer's school; coaching, modelling, "
     "observation and feedback, and leading staff training; speaking and writing clearly and listening to "
     "others.", "Coach one colleague through a change in practice."),
    ("7", "27 Feb", "Family Skies", "Working in partnership with parents and carers: fair, respectful and "
     "constructive relationships with pupils and families, liaising with parents and carers, leading review "
     "meetings, the parent partnership service. Pupil participation is touched on, when a parent partnership "
     "officer talks about involving children in review meetings.", "Plan and lead a meeting with a family."),
    ("8", "20 Mar", "Other Observatories", "The scope and role of the external agencies (educational psychology, "
     "health, social care, CAMHS, the voluntary sector) and how to get specialist support and resources for "
     "pupils.", "Contact one agency about a pupil and record what followed."),
    ("SUMMER", None),
    ("9", "24 Apr", "The Long Exposure", "School self-evaluation and improvement for SEN outcomes; reviewing the "
     "effectiveness of provision with other staff to inform the school's self-evaluation; working with senior "
     "colleagues and governors to shape an inclusive ethos, policies, priorities and the use of resources.",
     "Write the SEN section of the school's self-evaluation with the head."),
    ("10", "15 May", "The Literature", "Research and best practice in meeting SEN; using research evidence and "
     "external advice to improve practice; a critical look at approaches, strategies and resources for "
     "assessment, planning, teaching and learning, including ICT and assistive technology, in the Trust's "
     "access technology room.", "Trial one researched approach and evaluate it."),
    ("11", "5 June", "Clear Nights", "Managing the role: priorities, time and delegation; anticipating problems, "
     "weighing evidence and making sound decisions about provision.", "Review one decision about provision "
     "with the Sky Buddy."),
    ("12", "3 July", "Star Party", "Log III presentations; next steps; certificates confirmed in July.", "None"),
]
for ev in plan:
    if ev[1] is None:
        rows.append([ev[0], "", "", "", ""])
    else:
        rows.append(list(ev))
t = table(d, rows)
for i, ev in enumerate(plan, start=1):
    if ev[1] is None:
        merge_row(t, i, ev[0], fill="C9D3E6")

# ---------------- Part C
para(d)
para(d, "PART C. THE CALDERMOOR LIST", bold=True, size=13, color="1F2A44")
para(d, "These are the 29 objects of the season. They are the national minimum outcomes for SENCO training, "
        "written in our own words. The Found on column gives the Evening where the object is taught; the Logged in "
        "column gives the Log that marks it.")
para(d, "Where the Logged in column reads Sketch only, the object is worked on and the Observer gets written "
        "feedback on a Sketch, but it is never Logged. Below horizon means the object is not on this season's List "
        "at all: no Evening covers it and no Log asks for it. Where the Found on column reads Own time, no Evening "
        "covers the object; Observers are expected to find it for themselves, and it is Logged.")
L = [["No.", "Object: the Observer ...", "Found on", "Logged in"]]
objs = [
    ("ATTRIBUTES", None, None),
    ("builds fair, respectful, supportive and constructive relationships with pupils with SEN and disabilities "
     "and with their parents and carers", "Evening 7", "Log I"),
    ("wins the commitment of colleagues, the headteacher and senior leaders to the work", "Evening 6", "Log II"),
    ("sets priorities, manages their own time and delegates sensibly", "Evening 11", "Sketch only"),
    ("sees problems coming and resolves them, makes well-founded decisions and sound judgements about "
     "provision", "Evening 11", "Log I"),
    ("speaks and writes clearly, and listens to and understands the views of others", "Evening 6", "Sketch only"),
    ("draws on research and on outside advice to improve their own and colleagues' practice", "Evening 10",
     "Log II"),
    ("keeps up to date and takes charge of their own professional development in SEN and disability",
     "Own time", "Log IV"),
    ("KNOWLEDGE AND UNDERSTANDING", None, None),
    ("knows the law and guidance on SEN, the Code of Practice above all, what they mean for the school and how to "
     "put them into practice", "Evening 1", "Log I"),
    ("understands the principles and outcomes of Every Child Matters and the SENCO's part in them", "Evening 2",
     "Log II"),
    ("knows the law on disability equality and the action it requires", "Evening 1", "Log I"),
    ("understands how children develop and how SEN, disability and surroundings affect that development",
     "Below horizon", "Below horizon"),
    ("knows the most common kinds of SEN and disability and how they affect learning", "Evening 3", "Log I"),
    ("takes a critical view of approaches, strategies and resources for assessment, planning, teaching and "
     "learning, ICT among them", "Evening 10", "Log IV"),
    ("understands school self-evaluation and improvement as they bear on outcomes for pupils with SEN",
     "Evening 9", "Log II"),
    ("knows best practice and research findings on meeting SEN", "Evening 10", "Log II"),
    ("knows what external agencies do and how to get specialist support and resources", "Evening 8", "Log I"),
    ("SKILLS", None, None),
    ("works with senior colleagues and governors to shape an inclusive ethos, policies, priorities and the use of "
     "resources", "Evening 9", "Log III"),
    ("identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews progress",
     "Evening 4", "Log I"),
    ("uses assessments from a range of professionals to develop teaching", "Evening 4", "Log I"),
    ("uses summative assessment, national tests included, to track progress and adjust programmes",
     "Evening 4", "Log II"),
    ("encourages other teachers to use formative assessment with pupils with SEN", "Evening 4", "Log IV"),
    ("spots in good time the pupils who need special arrangements in national tests and examinations and puts "
     "them in place", "Below horizon", "Below horizon"),
    ("uses provision mapping and management, and finds provision that is missing or not working", "Evening 5",
     "Log II"),
    ("deploys and manages staff well", "Evening 5", "Log IV"),
    ("supports colleagues' professional development by observation and feedback, modelling, coaching and "
     "training", "Evening 6", "Sketch only"),
    ("reviews with other staff how well provision works, to feed the school's self-evaluation", "Evening 9",
     "Log II"),
    ("makes sure pupils take part in planning, agreeing, reviewing and evaluating their own provision",
     "Evening 7", "Sketch only"),
    ("liaises well with parents and carers", "Evening 7", "Log IV"),
    ("works in partnership with other services and agencies, voluntary organisations among them", "Evening 8",
     "Log I"),
]
n = 0
merges = []
for o in objs:
    if o[1] is None:
        L.append([o[0], "", "", ""])
        merges.append(len(L) - 1)
    else:
        n += 1
        L.append([f"C{n}", o[0], o[1], o[2]])
t = table(d, L)
for r in merges:
    merge_row(t, r, L[r][0], fill="C9D3E6")

# ---------------- Part D
para(d)
para(d, "PART D. WHO IS WHO", bold=True, size=13, color="1F2A44")
para(d, "Log Checkers", bold=True)
table(d, [
    ["Log Checker", "Background", "Keeping up to date"],
    ["Dr Ruth Penhale (Programme Director)", "SENCO in two Caldermoor primary schools for twelve years; MEd in "
     "Inclusive Education; EdD on provision mapping; Head of Learning at the Dome since 2005.",
     "Member of NASEN; sits on the LA's SEN strategy group; attends the University's SEN research seminar."],
    ["Tom Arkwright", "Senior educational psychologist, Caldermoor LA; sixteen years in practice.",
     "Statutory assessment casework each week; BPS continuing professional development."],
    ["Sunita Rao", "Specialist teacher for speech, language and communication needs; former SENCO in a secondary "
     "school; Advanced Diploma in SLCN.", "Teaches the LA's Inclusion Development Programme sessions."],
    ["Gwen Illing", "Senior lecturer in inclusive education, University of Wearbridge; former special school "
     "deputy head.", "Research on SENCO workload; University external examiner elsewhere."],
])
para(d, "Every Log Checker holds Qualified Teacher Status or a professional qualification in their field, has worked "
        "directly with pupils with SEN within the last three years, and is appointed by the University as a "
        "recognised teacher of the programme.")
para(d, "Sky Buddies", bold=True)
para(d, "Sky Buddies are serving SENCOs with at least five years in the role, chosen with the two local "
        "authorities. Before the season each Sky Buddy attends a half-day Buddy Briefing at the Dome, where the "
        "Programme Director takes them through the List, the Fields, how to observe a Field and write a Buddy Note, "
        "and the limits of the role (Sky Buddies support and observe; they do not mark). Each receives the Buddy "
        "Guide and signs a short Buddy Agreement setting out what they do. Log Checkers receive the Log Checkers' "
        "Handbook and meet each term; new Log Checkers second-mark alongside an experienced colleague for a season "
        "before marking alone.")
para(d, "Specialist expertise and placements", bold=True)
para(d, "Evenings bring in the LA's autism outreach team, the sensory support service, a CAMHS primary mental "
        "health worker, the parent partnership officer and two headteachers, so Observers hear from the specialists "
        "they will work with.")
tracked_para(d, "Every Observer also spends two Field days on placement at Harrow Lane Special School or the "
                "Fellside Resource Base, arranged by the Trust, to see specialist provision at first hand.", "del",
             author="R. Penhale", date="2009-01-14T16:31:00Z")
para(d, "Visits to special schools or other settings are for Observers to arrange themselves if they wish.")
para(d, "Resources", bold=True)
para(d, "The Dome library holds some 1,200 books, journals and DVDs on SEN and disability, lent by post to Remote "
        "Observers. The access technology room has text-to-speech and speech recognition software, symbol "
        "software, switches and adapted keyboards, and the interactive whiteboard used on Evening 10. Every "
        "Observer has a Remote Observatory account with the recorded talks and readings, and the Trust lends "
        "laptops with webcams to Remote Observers who need them. University library access comes with "
        "registration.")

# ---------------- Part E
para(d)
para(d, "PART E. CLEAR SKY REVIEW", bold=True, size=13, color="1F2A44")
para(d, "How the List was drawn up", bold=True)
para(d, "In the spring of 2008 we asked the headteachers and SENCOs of the 46 schools that bring classes to the Dome "
        "what a new SENCO most needed and how training should run. Thirty-one schools replied. They asked for "
        "training that did not take teachers out of school on weekdays, for more on provision mapping and managing "
        "teaching assistants, and for an experienced SENCO alongside each new one. The Twilight class, Evening 5 and "
        "the Sky Buddies come from those replies, and the LA's SEN strategy group read the draft List and asked us "
        "to move the work on the law to the first Evening, which we did.")
para(d, "How we review the List", bold=True)
para(d, "Observers fill in a feedback card after every Evening, and the Log Checkers read the cards at their "
        "termly meeting and agree changes for the next term. After each Log the moderation meeting reports on "
        "marks across the cohort. The University's annual monitoring review, with the external examiner's report, "
        "is discussed at the Trust's Learning Committee each autumn, and the Committee agrees an action plan that "
        "is published in the next logbook. Last season's feedback cards, for example, led us to record every "
        "Remote Evening.")
p = para(d, "Sky Buddies complete a questionnaire at the end of the season on how the Fields worked in their "
            "schools. We would like heads to help us review the programme too, and we hope to set up a heads' panel "
            "in time.")
comment(d, p, "Ruth, can we promise the heads' panel? The Board hasn't agreed it yet.", author="T. Arkwright",
        initials="TA")
para(d, "How we know it works", bold=True)
para(d, "Observers complete the Sky Audit again at Evening 12, and we report the change in their self-rated "
        "confidence and competence on each object, alongside their Log results and the Buddy Notes, to the "
        "Learning Committee. We do not at present measure any change in pupils' progress.")
para(d, "What the List gives the school", bold=True)
para(d, "Because every Field is done in the Observer's own school and every Log is about their own pupils, the "
        "List changes practice while it is being taken: a provision map drawn, a review meeting led differently, a "
        "teaching assistant deployed in a new way. The Buddy Notes record those changes, and Log II asks the "
        "Observer to show what has changed for pupils as a result of their project.")
para(d, "Fees are kept low by the Trust's education endowment, by sharing the Dome with our public programme and by "
        "teaching the Remote class from the same Evenings; the cost per Observer is the lowest of the three "
        "programmes the local authorities compared.")
para(d, "Clear skies,", italic=True)
para(d, "The Dome Office", italic=True)

d.save(OUT)
print("wrote", OUT)
