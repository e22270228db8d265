"""ku-02-harlowmere-ephemeris: build script.

Provider (invented): the Harlowmere Observatory and Planetarium Trust, with Tarnside University (which validates the
course as a Postgraduate Certificate, 60 credits at Masters level) and three local authorities. February 2009.

Document kind and layout: the course printed as the Trust's annual EPHEMERIS ("The Harlowmere Ephemeris for the
Course Year 2009-10"), in the style of an astronomical almanac: a cover field table; a Preface by the
Astronomer-in-Charge; an "Explanation of the Ephemeris" that defines, in running sentences only, the terms used in
the tables (Bodies = participants, Stations = their schools, Observers = tutors, Companions = school-based mentors,
Transit = a taught day, Culmination = a marked assessment on one of four Plates, Conjunction = a meeting of Body
and Companion, Grazing = touched on in a Transit but never culminated, Occulted = hidden this year, a dash = no
Transit); an "Elements of the Course" table; "Phenomena Month by Month" (one table, Date | Phenomenon, with merged
term rows); "Table of Minor Bodies" (the 29 outcomes in the Trust's own words under its own designations HM 01 to
HM 29, no national codes); "Bodies and Stations" (admissions); "The Observers"; "Reduction of Observations"
(assessment); "Predictions for Other Observatories" (another university's course); "Orbit Determination"
(evaluation). A Corrigenda text box. Header and footer. A tracked deletion and a tracked insertion. One comment.

Traps (requirement ids):
- "There are no entry requirements: any teacher who holds the post of SENCO may enrol" (5.2 not_met).
- The Starting Position questionnaire is used only to group Bodies, not for individual plans (2.2 partially_met).
- "We hope to open a Direct Culmination route in a later year" (2.3 not_met: a hope); Fellside University's
  assessment-only route and special-school placements are printed under "Predictions for Other Observatories"
  (2.3 and 5.5, another provider's arrangements).
- "Consulting pupils is not part of the course" (1.5 not_met); HM 27 (pupils involved in their provision) is
  Occulted (6.S7 not_met); HM 19 (school self-evaluation) is Occulted (6.K7 not_met).
- The aim speaks only of attainment (1.1 partially_met).
- "Every Body follows the same path through the year": only the school project is fitted to the Station
  (2.4 partially_met; the cost case is there).
- The equality paragraph is a value statement; the sentence on agreeing adjustments is a tracked DELETION
  (3.1 partially_met).
- Remote route: a forum for Bodies, but "Observers do not take part in the forum" and no tutor contact between
  Transits is described (3.3 partially_met).
- "The three local authorities will be kept informed of the results" (4.3 partially_met: informed, not involved);
  a comment asks whether heads sit on the review group (comment, never evidence).
- Placements only at Fellside, not here (5.5 partially_met: the specialist expertise is real).
- Companions only "receive a copy of this Ephemeris" (5.7 partially_met).
- Pupils' data only if Stations "wish" (5.9 partially_met).
- Next-year targets exist only in a tracked INSERTION (2.5 met).
- CRB checks are done and recorded by the Registrar (5.3 met, a trap the other way).
- The Corrigenda text box corrects HM 12 (summative assessment) from Occulted to a Transit and Plate (6.S2b met).
- Grazing (taught, never culminated): 6.A2, 6.A4, 6.K4, 6.S2c, 6.S6 partially_met; a dash (culminated, never
  taught): 6.S2d partially_met. The award rule covers only what Culminates (6.0 partially_met, 1.9 partially_met).
"""
from pathlib import Path
from _ku_helpers import (new_doc, para, table, merge_row, header_footer, tracked, tracked_para, text_box,
                         comment)

OUT = Path(__file__).with_name("ku-02-harlowmere-ephemeris.docx")
d = new_doc("Times New Roman", 10.5)
header_footer(d, "THE HARLOWMERE EPHEMERIS 2009-10  ·  Course Edition",
              "Harlowmere Observatory and Planetarium Trust  ·  Computed at the Dome, Harlowmere  ·  "
              "All times are course weeks unless stated")

para(d, "THE HARLOWMERE EPHEMERIS", bold=True, size=22, align="center")
para(d, "for the Course Year 2009-10", italic=True, size=13, align="center")
para(d, "being the Positions, Phenomena and Elements of the Postgraduate Certificate in Special Educational Needs "
        "Coordination (the National Award for SEN Coordination), computed for the Schools of Harlowmere, Lowther "
        "and the Eden Valley", size=10, align="center")
table(d, [
    ["Edition", "Course Edition, February 2009 (submitted to the TDA for approval)"],
    ["Published by", "Harlowmere Observatory and Planetarium Trust, the Dome, Scar Lane, Harlowmere"],
    ["Validated by", "Tarnside University, Faculty of Education: Postgraduate Certificate, 60 credits at "
                     "Masters level (M level), validation confirmed 11 December 2008"],
    ["In partnership with", "Harlowmere, Lowther and Eden Valley local authorities"],
    ["Computed by", "Mrs Hilary Gaunt, Astronomer-in-Charge (Programme Leader)"],
    ["Epoch", "Saturday 19 September 2009"],
], header_fill=None, bold_first_col=True)

para(d)
para(d, "PREFACE", bold=True, size=12)
para(d, "Since 1967 the Trust has published a yearly Ephemeris for the amateur astronomers of the north: where each "
        "planet will stand, when the Moon will hide a star, which nights are worth waiting up for. Teachers who "
        "bring their classes to the Dome have long borrowed it for their own planning. This Course Edition applies "
        "the same habit of mind to the training of new SENCOs. It tells the Bodies who take the course where they "
        "will be and when, what they will meet, and what will be measured; and it tells the panel what the Trust "
        "and Tarnside University have computed for the year.")
para(d, "The aim of the course is to raise the attainment of pupils with special educational needs and disabilities "
        "in the schools of Harlowmere, Lowther and the Eden Valley, by giving their SENCOs the knowledge, "
        "understanding and skills to lead that work.")
para(d, "H. Gaunt, Astronomer-in-Charge", italic=True)

para(d, "EXPLANATION OF THE EPHEMERIS", bold=True, size=12)
para(d, "The tables that follow use the Trust's usual terms, with these meanings for the Course Edition. Each "
        "participant is a Body, and the school where a Body works is that Body's Station. The tutors, who teach and "
        "mark, are the Observers. Each Body has a Companion: an experienced SENCO in a neighbouring school who "
        "meets the Body in school once each half term. A Transit is a taught day at the Dome (or, for the Remote "
        "route, a live online day). A Culmination is a marked assessment; every Culmination is made on one of four "
        "Plates, described under Reduction of Observations. A Conjunction is a meeting of a Body and their Companion "
        "at the Body's Station.")
para(d, "In the Table of Minor Bodies, Grazing in the Culmination column means the body is touched on in the "
        "Transit named but is never culminated: no Plate marks it. Occulted means the body is hidden this year: no "
        "Transit teaches it and no Plate marks it. A dash in the Transit column means no Transit covers the body; "
        "it is culminated all the same.")

para(d, "ELEMENTS OF THE COURSE", bold=True, size=12)
table(d, [
    ["Element", "Value"],
    ["Period", "One academic year (Dome route); one or two years (Remote route)"],
    ["Epoch of first Transit", "19 September 2009 (autumn start); 6 February 2010 (spring start, Transits "
     "taken in the order 5 to 10 then 1 to 4)"],
    ["Transits", "Ten, each 9.30 am to 4.00 pm"],
    ["Routes", "Dome route: all ten Transits at the Dome on Saturdays. Remote route: Transits 1, 5 and 10 at "
     "the Dome, the other seven as live online days on the Trust's Skyline learning site, recorded"],
    ["Conjunctions", "Six, one each half term, at the Body's Station"],
    ["Plates", "Four (see Reduction of Observations)"],
    ["Credit", "60 credits at Masters level, Tarnside University"],
    ["Fee", "£1,200, of which the three authorities meet half for their own schools' SENCOs"],
])

para(d)
para(d, "PHENOMENA MONTH BY MONTH", bold=True, size=12)
para(d, "Dates are for the autumn start on the Dome route. Remote Transits fall on the same dates.")
ph = [
    ("AUTUMN 2009", None),
    ("19 Sept", "Transit 1. The SENCO and the law: the SEN Code of Practice, the SEN and Disability Act 2001, the "
     "Disability Discrimination Act and the disability equality duty, and how each is put into practice in a "
     "school; government policy and current initiatives (Removing Barriers to Achievement, the Inclusion "
     "Development Programme, the Bercow Review)."),
    ("3 Oct", "Transit 2. Every Child Matters: the five outcomes and the SENCO's part in them; how children "
     "develop and how SEN, disability and surroundings affect development (touched on)."),
    ("17 Oct", "First Conjunction. The Companion visits the Body's Station and agrees the Body's school project."),
    ("7 Nov", "Transit 3. The common kinds of SEN and disability (BESD, specific learning difficulties including "
     "dyslexia, speech, language and communication needs, autism, moderate learning difficulties) and their "
     "effect on learning, taught with the authorities' specialist teachers."),
    ("28 Nov", "Transit 4. Identification, target setting, planning interventions and reviewing progress; using "
     "the assessments of psychologists, therapists and advisory teachers to shape teaching; formative "
     "assessment in other teachers' classrooms (touched on)."),
    ("5 Dec", "Second Conjunction. Plate I handed in by 11 December."),
    ("SPRING 2010", None),
    ("16 Jan", "Transit 5. Provision mapping and management; finding provision that is missing or not working; "
     "deploying and managing teaching assistants and other staff."),
    ("6 Feb", "Transit 6. Leading colleagues: advising and supporting teachers in the Body's school and in "
     "neighbouring schools through the authorities' SENCO cluster; coaching, modelling, observation and "
     "feedback, and staff training; winning the support of the headteacher (touched on)."),
    ("27 Feb", "Third Conjunction. The Companion observes the Body leading a staff training session."),
    ("13 Mar", "Transit 7. Working with parents and carers and with other services: relationships with families, "
     "annual reviews, the parent partnership service, multi-agency working with health, social care and the "
     "voluntary sector, and where to get specialist support."),
    ("27 Mar", "Plate II handed in."),
    ("SUMMER 2010", None),
    ("24 Apr", "Transit 8. Research and evidence: best practice and research on meeting SEN, drawing on research "
     "and outside advice, a critical look at approaches and resources for teaching and learning including ICT, "
     "and keeping up to date with one's own professional development."),
    ("15 May", "Transit 9. Leading the work: strategy with senior colleagues and governors, an inclusive ethos, "
     "priorities and resources; managing time and delegating; reviewing provision with other staff (touched "
     "on); anticipating problems (touched on)."),
    ("12 June", "Fifth Conjunction. Plate III (the school project report) handed in."),
    ("26 June", "Transit 10. Plate IV presentations at the Dome; the year ahead."),
    ("10 July", "Sixth Conjunction. Tarnside Board of Examiners meets 14 July."),
]
rows = [["Date", "Phenomenon"]]
for a, b in ph:
    rows.append([a, b or ""])
t = table(d, rows)
for i, (a, b) in enumerate(ph, start=1):
    if b is None:
        merge_row(t, i, a, fill="D9D9D9")

para(d)
para(d, "TABLE OF MINOR BODIES", bold=True, size=12)
para(d, "The minor bodies are the national minimum outcomes that every SENCO completing accredited training must "
        "reach, in the Trust's words, with the Trust's designations. Read the Culmination column with the "
        "Explanation of the Ephemeris above.")
mb = [
    ("Attributes", None, None),
    ("Fair, respectful and constructive relationships with pupils with SEN and their families", "Transit 7",
     "Plate II"),
    ("The commitment of colleagues, the head and senior leaders", "Transit 6", "Grazing"),
    ("Priorities, time and delegation", "Transit 9", "Plate IV"),
    ("Foreseeing and resolving problems; sound judgement about provision", "Transit 9", "Grazing"),
    ("Clear speech and writing; listening to others' views", "Transit 6", "Plate IV"),
    ("Drawing on research and outside advice to improve practice", "Transit 8", "Plate III"),
    ("Keeping up to date; owning one's professional development", "Transit 8", "Plate IV"),
    ("Knowledge and understanding", None, None),
    ("The law and guidance on SEN, the Code of Practice, and putting them into practice", "Transit 1",
     "Plate I"),
    ("Every Child Matters and the SENCO's part in it", "Transit 2", "Plate I"),
    ("The law on disability equality and what it requires", "Transit 1", "Plate I"),
    ("How children develop, and how SEN, disability and surroundings affect development", "Transit 2",
     "Grazing"),
    ("Summative assessment and national tests used to track progress and adjust programmes", "Occulted",
     "Occulted"),
    ("The common kinds of SEN and disability and their effect on learning", "Transit 3", "Plate I"),
    ("Approaches, strategies and resources, ICT among them, weighed critically", "Transit 8", "Plate III"),
    ("Best practice and research on meeting SEN", "Transit 8", "Plate III"),
    ("External agencies and how to obtain specialist support", "Transit 7", "Plate II"),
    ("Skills", None, None),
    ("Shaping an inclusive ethos, policy, priorities and resources with senior colleagues and governors",
     "Transit 9", "Plate III"),
    ("School self-evaluation and improvement for SEN outcomes", "Occulted", "Occulted"),
    ("Identifying pupils, setting challenging targets, planning interventions, reviewing progress", "Transit 4",
     "Plate I"),
    ("Using other professionals' assessments to shape teaching", "Transit 4", "Plate II"),
    ("Helping other teachers to use formative assessment with pupils with SEN", "Transit 4", "Grazing"),
    ("Special arrangements for national tests and examinations, in good time", "-", "Plate II"),
    ("Provision mapping and management; finding missing or ineffective provision", "Transit 5", "Plate III"),
    ("Deploying and managing staff", "Transit 5", "Plate III"),
    ("Supporting colleagues' development by coaching, modelling, observation and training", "Transit 6",
     "Plate IV"),
    ("Reviewing provision with other staff to inform school self-evaluation", "Transit 9", "Grazing"),
    ("Involving pupils in planning, agreeing, reviewing and evaluating their provision", "Occulted",
     "Occulted"),
    ("Liaising with parents and carers", "Transit 7", "Plate II"),
    ("Partnership with other services and agencies, voluntary organisations included", "Transit 7",
     "Plate II"),
]
rows = [["Designation", "Minor body", "Transit", "Culmination"]]
merges = []
n = 0
for a, b, c in mb:
    if b is None:
        rows.append([a.upper(), "", "", ""])
        merges.append(len(rows) - 1)
    else:
        n += 1
        rows.append([f"HM {n:02d}", a, b, c])
t = table(d, rows)
for r in merges:
    merge_row(t, r, rows[r][0], fill="D9D9D9")

para(d)
text_box(d, [
    "CORRIGENDA",
    "Page 6, Phenomena, 28 Nov: for 'Transit 4' read 'Transit 4 (Dome route); Remote route the same day online'.",
    "Table of Minor Bodies, HM 12: for 'Occulted' read 'Transit 4' in the Transit column and 'Plate II' in the "
    "Culmination column. Summative data and national test results are taught on Transit 4 and marked on Plate II.",
    "Page 11, Observers: for 'Mr D. Harker' read 'Dr D. Harker'.",
], height_pt=120, fill="FFFFFF")

para(d, "BODIES AND STATIONS", bold=True, size=12)
para(d, "There are no entry requirements: any teacher who holds the post of SENCO may enrol. A Body's Station must "
        "be a school in one of the three authorities or a school that buys a place.")
para(d, "Before the first Transit each Body completes a Starting Position questionnaire on their experience and on "
        "each minor body. The Observers read the questionnaires and use them to group Bodies for the Transits, so "
        "that new and more experienced SENCOs sit together.")
para(d, "Tarnside University accredits prior learning: Bodies may claim up to 30 credits for a completed "
        "Masters-level module in SEN, or, through a portfolio assessed by two Observers, for experience as a SENCO "
        "(APEL), under the University's regulations.")
para(d, "We hope to open a Direct Culmination route in a later year, for experienced SENCOs who wish to be "
        "assessed without attending Transits.")
para(d, "Before the first Transit the Trust's Registrar sees each Body's enhanced CRB disclosure, issued within "
        "the last three years, and records its number and date on the Body's file, together with the "
        "headteacher's written confirmation of List 99 checks. A Body whose disclosure is older or missing "
        "applies through the Trust, and does not make any visit to another school until it is received.")
p = para(d, "The Trust welcomes everyone and values diversity. The Dome is a fully accessible building. ")
tracked(p, "Bodies who tell us of a disability meet the Registrar before the first Transit to agree adjustments "
           "to teaching and to the Plates, and these are recorded for every Observer.", "del",
        author="H. Gaunt", date="2009-02-02T11:40:00Z")
para(d, "Consulting pupils is not part of the course: schools have their own arrangements for pupil voice, and "
        "Bodies do not work directly with pupils on it.")
para(d, "The Dome route suits those who can be released on Saturdays; the Remote route those who live far from "
        "Harlowmere or cannot travel often. Bodies choose an autumn or a spring start, and Remote Bodies may take "
        "the course over one year or two. Every Body follows the same path through the year, in the same Transits "
        "and the same Plates, with a school project chosen with their Companion to suit their Station. The fee is "
        "below that of comparable courses, because the Dome's education endowment meets the cost of the "
        "building and the Skyline site, and two in three Bodies finish within the year.")
para(d, "The Skyline learning site holds the recordings of every Transit, the readings, the Plate briefs and a "
        "forum in which Remote Bodies discuss each Transit with one another between Transits. Observers do not "
        "take part in the forum, which belongs to the Bodies. Live online Transits use video, a shared whiteboard "
        "and group rooms.")

para(d, "THE OBSERVERS", bold=True, size=12)
table(d, [
    ["Observer", "Qualifications and experience"],
    ["Mrs Hilary Gaunt", "Astronomer-in-Charge and Programme Leader. Former SENCO and deputy head; MA in "
                         "Special and Inclusive Education; ten years as Harlowmere's SEN adviser."],
    ["Dr D. Harker", "Senior lecturer, Tarnside University; PhD on dyslexia; research on reading "
                     "interventions published 2006-2008."],
    ["Ms Ann Sowerby", "Educational psychologist, Lowther LA; trains schools in autism and social communication."],
    ["Mr Kiran Dhillon", "Advisory teacher for behaviour, Eden Valley LA; leads the authority's SENCO cluster "
                         "meetings."],
])
para(d, "All four Observers work with schools and pupils with SEN each week and take part in the authorities' "
        "SEN training. The authorities' sensory support, autism outreach and speech and language therapy teams "
        "teach parts of Transits 3 and 7. The Trust's access technology room has speech recognition, "
        "text-to-speech and symbol software and switch-access equipment; Tarnside's library and the Trust's own "
        "SEN collection are open to every Body, and Remote Bodies can borrow by post.")
para(d, "The Observers meet before the year begins to go through the Plates, the marking criteria and their "
        "roles, and each has the Observers' Handbook. Companions receive a copy of this Ephemeris.")

para(d, "REDUCTION OF OBSERVATIONS", bold=True, size=12)
para(d, "Each Culmination is made on one of four Plates:")
table(d, [
    ["Plate", "What the Body submits", "Marked by"],
    ["Plate I", "A 3,000-word case study of one pupil at the Body's Station: the law and guidance that apply, "
     "the pupil's needs and how they were identified, the targets, interventions and review.", "One Observer, "
     "second-marked"],
    ["Plate II", "A 3,000-word account of the Body's work with one family and the services around a pupil, "
     "including the use of other professionals' assessments.", "One Observer, second-marked"],
    ["Plate III", "A 5,000-word report of a school project on provision for pupils with SEN, drawing on research, "
     "led with senior colleagues and governors.", "Two Observers"],
    ["Plate IV", "A 20-minute presentation at Transit 10, with a reflective commentary on the Body's own "
     "development, time management and leadership of colleagues.", "Two Observers and the Companion"],
])
para(d, "Every Plate is second-marked or double-marked. The Observers meet after each Plate to moderate a sample "
        "across the marks, and Tarnside's external examiner reviews a sample of every Plate and all fails before "
        "the Board of Examiners.")
para(d, "A Body is awarded the Certificate only when every minor body that Culminates on a Plate has been shown on "
        "that Plate to the standard of the marking criteria. A Body who has not shown a minor body resubmits the "
        "Plate.")
p = para(d, "At Transit 10 the Observers discuss with each Body what comes next. ")
tracked(p, "Each Body then writes three professional targets for the following year, agreed with their Companion "
           "and headteacher and sent to the Trust, and the Observers review them at a follow-up meeting in the "
           "autumn.", "ins", author="H. Gaunt", date="2009-02-02T11:52:00Z")

para(d, "NOTES ON THE CONJUNCTIONS", bold=True, size=12)
para(d, "Conjunctions are where the course meets the school. Each lasts about ninety minutes and takes place at the "
        "Body's Station, in school time, with the headteacher's agreement given when the Body enrols.")
table(d, [
    ["Conjunction", "What the Body and Companion do"],
    ["First (October)", "Walk the school together; read the Station's SEN register, provision map and policy; agree "
     "the school project that Plate III will report and the pupil who will be the subject of Plate I."],
    ["Second (December)", "Read the draft of Plate I together; look at the targets and interventions set for the "
     "pupil and how progress is being reviewed."],
    ["Third (February)", "The Companion observes the Body leading a staff training session and gives feedback; "
     "they discuss how the Body is deploying teaching assistants."],
    ["Fourth (March)", "Plan the meeting with the family that Plate II describes; go over which services are "
     "involved with the pupil and what each has advised."],
    ["Fifth (June)", "Review the school project: what has changed in provision, what the data show, what the "
     "Body will present at Transit 10."],
    ["Sixth (July)", "Close the year: the Companion writes a short Conjunction Record of the changes the Body has "
     "made at the Station, which goes to the Observers."],
])
para(d, "Companions are serving SENCOs in the three authorities with at least four years in post, nominated by "
        "the authorities' SEN managers. A Companion has no more than two Bodies.")

para(d, "THE SKY ABOVE THE DOME, 2009-10", bold=True, size=12)
para(d, "For Bodies who would like to use the Dome as it is meant to be used, the public observing evenings of the "
        "course year are printed here. Bodies and their families are welcome at all of them, free of charge.")
table(d, [
    ["Date", "Phenomenon", "Public evening"],
    ["17 Nov 2009", "Leonid meteor shower at maximum", "Dome open 8 pm to midnight"],
    ["14 Dec 2009", "Geminid meteor shower at maximum", "Dome open 7 pm to midnight"],
    ["31 Dec 2009", "Partial eclipse of the Moon, mid-eclipse about 19.23 UT", "Dome open 6 pm to 9 pm"],
    ["29 Jan 2010", "Mars at opposition", "Telescope evening, 7 pm"],
    ["20 Mar 2010", "March equinox (20 March)", "Planetarium show 'Spring Skies'"],
    ["12 Aug 2010", "Perseid meteor shower (after the course year)", "Dome open late"],
])
para(d, "Predictions of times are for Harlowmere and are given to the nearest minute where they matter. Cloud is "
        "not predicted.", italic=True)

para(d, "PREDICTIONS FOR OTHER OBSERVATORIES", bold=True, size=12)
para(d, "The Trust also computes predictions for other places. For the course at Fellside University, with which "
        "we share Observers' training days: Fellside participants spend five days on placement in a special school "
        "chosen by the University, and experienced SENCOs may take Fellside's assessment-only route by portfolio "
        "and viva. These arrangements belong to Fellside and are not part of the Harlowmere course.")

para(d, "ORBIT DETERMINATION", bold=True, size=12)
para(d, "The course was computed from observations. In 2008 the three authorities surveyed their 112 schools and "
        "held a SENCO conference at the Dome; schools asked for Saturday training, a route that did not need "
        "weekly travel across the fells, and a project that would count in their own improvement plans. The "
        "Saturday Dome route, the Remote route and Plate III follow from that, and the authorities' SEN managers "
        "sat with the Observers to write the Plates.")
para(d, "Each Body completes an evaluation after every Transit and at the end of the year. The Observers review "
        "these each term and change the next Transits; the external examiner's report and Tarnside's annual "
        "monitoring go to the Trust's Education Committee, which agrees the changes for the next Ephemeris. The "
        "University's periodic review will look at the course in its fifth year.")
p = para(d, "The three local authorities will be kept informed of the results.")
comment(d, p, "Do heads sit on the review group? We said so at the conference.", author="K. Dhillon",
        initials="KD")
para(d, "At the end of the year Bodies rate their confidence and competence against each minor body again, and "
        "the change is reported to the Education Committee with the Plate results. Stations are asked to send us "
        "their own data on the progress of the pupils in Plate I if they wish.")
para(d, "Because every Plate is written about the Body's own Station and its pupils, the year's work changes "
        "practice as it goes: Companions record at each Conjunction what the Body has changed in the school, and "
        "Plate III must show the effect of the project on provision.")
para(d, "Computed and checked at the Dome, Harlowmere, February 2009.", italic=True)

d.save(OUT)
print("wrote", OUT)
