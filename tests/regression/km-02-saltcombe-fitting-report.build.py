"""km-02-saltcombe-fitting-report

Provider (invented): Saltcombe Links Golf Club Foundation (junior academy and schools programme),
with Tamarford University (validating), applying to run the 2008-09 National Award for SEN
Coordination.

Document kind and layout: the programme written as the club's CUSTOM FITTING REPORT AND BUILD
SPECIFICATION, the form its fitting studio gives a golfer after a club-fitting session. A cover
table with merged cells and "[...]" placeholders; numbered bold typed titles (no heading styles);
a Player Profile; "Launch Monitor Readings" (the needs assessment as a table of readings); an
"Off-the-rack" note; "The Recommended Build" (a bag table: 14 clubs = 14 sessions, grouped into
three Sets = units by merged shaded rows, with Shaft = mode of study); Club Notes for each club;
the "Specification Sheet" (outcomes in the provider's own words, "Built into | Fitted at |
Status", statuses defined only in the paragraph above it); Shafts and Build Times; the Fitting
Studio (staff in a footnote); Quality; Aftercare; numbered Terms of Fitting; a sign-off block.
Real tracked changes (a whole deleted paragraph, a whole inserted paragraph, an in-line change),
three Word comments, footnotes, page header and footer.

Fitters = tutors, Bag Carriers = school mentors, Fittings F1-F6 = marked assessments, the Fitting
Card = the individual training plan, Graphite shaft = online study.

Traps (requirement ids):
- E.2 partially_met: Level 7 is stated but the credits are a placeholder "[credits TBC by Academic
  Board]".
- 1.1 partially_met: the aim is attainment only ("attainment in English and mathematics"); no
  well-being focus in aims or assessment.
- 1.9 partially_met: several outcomes are "Built, unfitted" / "Demo club only" / missing.
- 2.1 partially_met: the accreditation of prior credit exists only in a DELETED paragraph; what
  remains only "takes account of" earlier study and experience.
- 2.3 met: the "off the rack" route is an assessment-only route (a comment about it is not
  evidence either way).
- 2.5 not_met: aftercare re-fit only hoped for ("We would like to offer").
- 3.1 partially_met: equality only as a commitment plus physical access; no adjustments process.
- 3.3 met: Graphite shaft (online) with fitter replies, live chat, peer groups, support between
  studio days, e-mail with schools.
- 5.3 not_met: "a matter for the employing school ... the Foundation does not ask to see them";
  a comment saying they are seen at interview is not part of the submission.
- 5.4 met: staff qualifications are in a footnote (footnotes are part of the submission).
- 5.7 partially_met: fitters trained; the mentors' guide "is being written".
- 5.8 met: moderation exists only in an INSERTED paragraph (counts).
- 6.0 not_met: certificates for everyone who "has completed the build and returned all six
  fittings" (completion, not outcomes); the award rule in a comment does not count.
- 6.A2, 6.S4 partially_met ("Built, unfitted"); 6.A5, 6.K9, 6.S8 partially_met ("Demo club only":
  formative feedback only); 6.A7 partially_met (developed in the Putter notes, no line on the Sheet,
  not assessed); 6.K4 not_met ("Not stocked"); 6.S6 not_met ("Back-ordered" for 2009-10, a plan).
- Shaft-day change Thursday -> Tuesday is an in-line tracked change (harmless).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _km_helpers import *  # noqa

HERE = Path(__file__).parent
NAME = "km-02-saltcombe-fitting-report"
NAVY = "16324F"

d = new_doc("Arial", 10)
header_footer(d, "SALTCOMBE LINKS  \u2022  Fitting Studio  \u2022  Custom Fitting Report & Build Specification",
              "Report ref. SLF/SENCO/0809  \u2022  Saltcombe Links Golf Club Foundation, registered charity")
fn = Footnotes(d)


def title(t, size=12):
    return para(d, t, bold=True, size=size, color=NAVY)


para(d, "SALTCOMBE LINKS FITTING STUDIO", bold=True, size=18, color=NAVY)
para(d, "Custom Fitting Report & Build Specification", bold=True, size=14)
cov = table(d, [
    ["Fitting report for", "", "", ""],
    ["Player", "The 2008-09 SENCO cohort (National Award for SEN Coordination)", "Report no.", "SLF/SENCO/0809"],
    ["Fitting studio", "Saltcombe Links Golf Club Foundation, Junior Academy & Schools Programme", "Date",
     "November 2008"],
    ["Build validated by", "Tamarford University, Faculty of Education", "Lead fitter", "[Fitter's name]"],
    ["Submitted to", "Training and Development Agency for Schools: application for approval", "", ""],
], widths=[3.5, 7, 2.5, 3.5], header_fill=NAVY)
merge_row(cov, 0, 0, 3, "Fitting report for", fill=NAVY)
for r in cov.rows[0].cells[0].paragraphs[0].runs:
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
merge_row(cov, 4, 1, 3, "Training and Development Agency for Schools: application for approval", bold=False)
for i in range(1, 5):
    shade(cov.cell(i, 0), "E3EAF2")

# ------------------------------------------------------------------ 1
title("1. FITTING SUMMARY")
para(d, "Saltcombe Links has run a junior academy since 1996 and a schools programme since 2003, working every "
        "week in 29 schools across Saltcombe and the Tamar estuary, including two special schools and three "
        "primary resource bases. Our Foundation's schools team are qualified teachers, and for four years we have "
        "run SEN training for teaching assistants with Saltcombe Local Authority. This report sets out the "
        "course we have built for newly appointed SENCOs in the same way our fitting studio reports on a "
        "golfer's new set: who it is for, what we measured, what we built, and how it is checked.")
para(d, "The build has one target. The course exists to raise the attainment of pupils with SEN and/or "
        "disabilities in participants' schools, and in particular their attainment in English and mathematics, "
        "by improving what their SENCO knows and can do. Every fitting is marked on the evidence it gives of "
        "progress in attainment for the pupils concerned.")
p = tracked_para(d, [("n", "The build is validated by Tamarford University as a Postgraduate Certificate in Special "
                           "Educational Needs Coordination at Level 7 carrying "),
                     ("n", "[credits TBC by Academic Board]"),
                     ("n", " credits, and is the University's route to the National Award for SEN Coordination.")])

# ------------------------------------------------------------------ 2
title("2. PLAYER PROFILE")
para(d, "The course is for qualified teachers who are SENCOs, or have been told they will be SENCO within the year, "
        "in maintained schools and academies in Saltcombe and the neighbouring authorities. Each applicant sends "
        "a nomination form signed by the headteacher, setting out the time the school will release and naming "
        "a Bag Carrier (the school-based mentor, normally a senior leader or an experienced SENCO nearby). Every "
        "applicant has a 30-minute entry conversation with a fitter, who checks the applicant's teaching "
        "experience, their current role in SEN and their answers on the Launch Monitor self-rating. Where an "
        "applicant has little SEN experience, the fitter offers a place on the LA's ten-week SEN Foundations "
        "course first and a guaranteed place in the next cohort.")

# ------------------------------------------------------------------ 3
title("3. THE FITTING INTERVIEW AND LAUNCH MONITOR READINGS")
para(d, "Before the first studio day each player is fitted. The player completes the Launch Monitor self-rating on "
        "all 28 national outcomes online, with a short piece of evidence for each, and then has a one-hour fitting "
        "interview with their lead fitter and, for the last fifteen minutes, their Bag Carrier. The readings the "
        "fitter takes are these:")
table(d, [
    ["Reading", "What we measure", "How it is taken"],
    ["Clubhead speed", "Current knowledge and skill against each national outcome", "Self-rating on a five-point "
     "scale with evidence, checked by the fitter"],
    ["Launch angle", "The school's priorities for SEN and the role the player holds", "Headteacher's nomination "
     "form and the school's SEN development plan"],
    ["Spin rate", "The player's confidence in the role", "Ten-point confidence scale on each outcome group"],
    ["Dispersion", "Where knowledge is out of date or patchy", "The fitter's questions at interview"],
], widths=[3, 6.5, 6.5], header_fill=NAVY)
para(d, "From the readings the fitter writes the Fitting Card: the player's own training plan, giving the outcomes "
        "the player most needs to work on, up to three personal outcomes for their school, the Graphite (online) "
        "or Steel (studio) shaft for each club, and extra reading. The Fitting Card is reviewed at the end of each "
        "Set. At the fitting interview the fitter takes account of the player's earlier courses and experience in "
        "setting the Fitting Card, so that no player repeats what they have already shown.")
deleted_para(d, "Players who hold up to 20 credits of relevant masters-level study from the last five years may have "
                "them accredited through Tamarford University's APL procedures, and those credits are set against the "
                "Woods.")

para(d, "Specimen Fitting Card (the layout every player receives; the entries shown are typical of the ones "
        "fitters write).", italic=True)
fc = table(d, [
    ["Fitting Card", "", ""],
    ["Section", "Entry", "Reviewed"],
    ["Outcomes to work on", "K5 (autism: reading dated from 2001), S2b (has not used RAISEonline), S4 (new line "
     "manager of nine teaching assistants)", "End of each Set"],
    ["Personal outcomes", "Lead the school's move to provision mapping; set up a pupil-passport system in Key "
     "Stage 2", "End of Set 2"],
    ["Shafts", "Steel for all Woods; Graphite for the 5-iron and 9-iron (release limited in spring term)",
     "Start of each Set"],
    ["Extra reading and visits", "Autism Outreach Team morning; two chapters on data tracking", "With the fitter"],
    ["Bag Carrier", "Deputy headteacher, meets the player every three weeks", "End of the build"],
], widths=[4, 9, 3], header_fill=NAVY)
merge_row(fc, 0, 0, 2, "Fitting Card", fill=NAVY)
for r in fc.rows[0].cells[0].paragraphs[0].runs:
    r.font.color.rgb = RGBColor.from_string("FFFFFF")
para(d, "A studio day runs from 9.15 to 3.30. The morning opens with a short fitting talk from the lead fitter, "
        "followed by a workshop in which players try the approach of the day on cases they bring from school; "
        "after lunch a guest fitter or a visiting school leads a session, and the day ends with each player "
        "setting the school task that follows the club, which they agree with their Bag Carrier within a week. "
        "Every school task is something the player does in their own school with real pupils, colleagues or "
        "families, and the fittings are built from those tasks, so the course is rooted in the player's daily "
        "practice and each fitting shows what changed in the school as a result.")

title("4. OFF-THE-RACK FITTING")
p = para(d, "Some players do not need a build. An experienced SENCO or a teacher from the LA's SEN support services "
            "who appears already to meet the outcomes may, exceptionally, be fitted off the rack: they attend the "
            "fitting interview, submit all six fittings (F1 to F6) from their existing practice, and are examined "
            "on them to the same standard as every other player, without attending the studio days.")
d.add_comment(p.runs, text="University validation panel was happy with this route. K.", author="Kate Moyle",
              initials="KM")

# ------------------------------------------------------------------ 5
title("5. THE RECOMMENDED BUILD")
para(d, "The build is fourteen clubs in three Sets. Each club is a studio day (Steel shaft) or an online unit "
        "(Graphite shaft); Hybrid clubs are a half day in the studio with an online task. Each Set ends with one "
        "or more Fittings: the marked pieces F1 to F6.")
bag = [
    ["Club", "Name", "Shaft", "Hours", "Fitting"],
    ["SET 1 \u2013 THE WOODS: FOUNDATIONS", "", "", "", ""],
    ["Driver", "Launch: the role and the law", "Steel", "6", "F1"],
    ["3-wood", "Carry: the common needs", "Steel", "6", "F2"],
    ["5-wood", "Evidence and research", "Graphite", "5", "F6"],
    ["Hybrid", "Assessment, planning and teaching", "Hybrid", "5", "F2"],
    ["SET 2 \u2013 THE IRONS: PRACTICE", "", "", "", ""],
    ["4-iron", "Other professionals", "Steel", "6", "F2"],
    ["5-iron", "Colleagues' assessment and access arrangements", "Graphite", "4", "F2, F4"],
    ["6-iron", "Mapping provision", "Hybrid", "5", "F6"],
    ["7-iron", "Pupil voice", "Steel", "5", "F3"],
    ["8-iron", "Families", "Steel", "5", "F2"],
    ["9-iron", "Coaching colleagues", "Graphite", "4", "F4"],
    ["SET 3 \u2013 THE SHORT GAME: LEADING", "", "", "", ""],
    ["Pitching wedge", "Staff and time", "Hybrid", "4", "F6"],
    ["Sand wedge", "Getting out of trouble", "Steel", "5", "F6"],
    ["Lob wedge", "The governors' shot", "Steel", "5", "F5"],
    ["Putter", "Holing out: portfolio and change project", "Steel", "6", "F6"],
]
bt = table(d, bag, widths=[3, 7, 2.2, 1.6, 2.2], header_fill=NAVY)
for i, row in enumerate(bag):
    if row[0].startswith("SET"):
        merge_row(bt, i, 0, 4, row[0], fill="D5E1EE")

# ------------------------------------------------------------------ 6 club notes
title("6. CLUB NOTES")
notes = [
    ("Driver \u2013 Launch: the role and the law.",
     "The SENCO's role under the SEN Code of Practice (2001), the SEN and Disability Act 2001, the Disability "
     "Discrimination Act as amended in 2005 and the Disability Equality Duty, the 2008 SENCO regulations, and "
     "Every Child Matters and the Children Act 2004: what each requires of the school and the SENCO, and the "
     "SENCO's part in the five outcomes. F1, The Launch Review (2,500 words): the player audits the school's SEN "
     "policy and accessibility plan against the law and ECM and sets out the actions needed."),
    ("3-wood \u2013 Carry: the common needs.",
     "Behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, "
     "language and communication needs; autistic spectrum disorders; moderate learning difficulties; and how "
     "each can affect learning. The SLCN session draws on the Bercow review."),
    ("5-wood \u2013 Evidence and research.",
     "An online unit on research and inspection evidence and best practice: Ofsted's 2004 and 2006 inclusion "
     "reports, the DfES Removing Barriers to Achievement strategy, the Inclusion Development Programme and "
     "current research on interventions for literacy and numeracy. Players learn to use research and external "
     "advice to improve their own and colleagues' practice, and the reading feeds the F6 change project."),
    ("Hybrid \u2013 Assessment, planning and teaching.",
     "Identifying pupils who may have SEN through observation, data and monitoring; setting challenging targets; "
     "planning interventions and reviewing progress; a critical look at approaches, strategies and resources "
     "including ICT (assistive software, the LA's communication-aid loan scheme); and using summative "
     "assessment, P scales and national test data to track pupils and change programmes."),
    ("4-iron \u2013 Other professionals.",
     "Working in partnership with educational psychology, speech and language therapy, CAMHS, social care, health "
     "and voluntary organisations, and using their assessments to shape teaching. A studio exercise maps the "
     "external agencies available in Saltcombe and how to get specialist support; the map is discussed with the "
     "fitter but is not marked. F2, The Case File (3,500 words): one pupil's case from identification to review, "
     "including the professionals' assessments used, the access arrangements made, and the relationship built "
     "with the pupil and family."),
    ("5-iron \u2013 Colleagues' assessment and access arrangements.",
     "Encouraging colleagues to develop formative assessment for all pupils, with approaches for pupils with SEN; "
     "and identifying in good time the special arrangements pupils need for national tests and examinations "
     "and working with colleagues to put them in place."),
    ("6-iron \u2013 Mapping provision.",
     "Provision mapping and management, finding provision that is ineffective or missing; and the principles of "
     "school self-evaluation and improvement as they apply to SEN. The provision map is part of F6."),
    ("7-iron \u2013 Pupil voice.",
     "Consulting children and young people about issues that affect them, and involving pupils with SEN in "
     "planning, agreeing, reviewing and evaluating their own provision: person-centred reviews, pupil passports "
     "and pupil-led target setting. F3, The Voice Project: the player runs a pupil-led review with a group of "
     "pupils, observed by the Bag Carrier, and writes a 1,500-word evaluation."),
    ("8-iron \u2013 Families.",
     "Fair, respectful and constructive relationships with pupils with SEN and their parents or carers; advising, "
     "supporting and working in partnership with parents. Players role-play a difficult review meeting in the "
     "studio and the fitter gives spoken feedback."),
    ("9-iron \u2013 Coaching colleagues.",
     "Advising, supporting and collaborating with colleagues within and beyond the school; supporting their "
     "development by observation and feedback, modelling, coaching and mentoring, and training. F4, The "
     "Coaching Log: a term's record of coaching one colleague, including their formative assessment work, "
     "with the colleague's and the Bag Carrier's comments."),
    ("Pitching wedge \u2013 Staff and time.",
     "Deploying and managing teaching assistants and other staff effectively; prioritising, managing time and "
     "delegating, which the F6 portfolio assesses through the player's time audit."),
    ("Sand wedge \u2013 Getting out of trouble.",
     "Anticipating and resolving problems, making well-founded decisions and sound judgements about provision, "
     "through case discussions; judged in F6 through the change project's decision log."),
    ("Lob wedge \u2013 The governors' shot.",
     "Working with the headteacher, senior leaders and governors to influence the school's inclusive ethos, "
     "policies, priorities and use of resources, and gaining colleagues' commitment. F5, The Governors' "
     "Briefing: a written briefing paper for the governing body (2,000 words)."),
    ("Putter \u2013 Holing out.",
     "The change project: each player plans, leads and evaluates a change to provision in their own school and "
     "measures its effect on the attainment of a target group, drawing on what they have learned across the "
     "build. The unit also covers keeping up to date and planning one's own CPD in SEN. On the Putting Green, "
     "the last studio afternoon, players rehearse a ten-minute presentation of their project and receive "
     "feedback from fitters and peers. F6, The Putter Portfolio (5,000 words): the change project report with "
     "the provision map and the time audit."),
]
for head, body in notes:
    runs(d, [(head + " ", "b"), (body, "")])
fn.note(d.paragraphs[-13], "Bercow, J. (2008) The Bercow Report: a review of services for children and young people "
                           "(0-19) with speech, language and communication needs. DCSF.")

# ------------------------------------------------------------------ 7 spec sheet
title("7. SPECIFICATION SHEET")
para(d, "The Specification Sheet lists each national outcome as our fitters describe it to players, the club it is "
        "built into and the fitting where it is examined. The Status column reads as follows. Built & fitted: "
        "taught and examined in the fitting named; it counts towards the award. Built, unfitted: taught in the "
        "club named but not examined. Demo club only: tried out in the studio with the fitter's feedback, not "
        "examined. Back-ordered: not in this year's build; we plan to add it for 2009-10. Not stocked: not part of "
        "the programme.")
spec = [
    ["Outcome", "What the player can do", "Built into", "Fitted at", "Status"],
    ["A1", "Build fair, respectful, constructive relationships with pupils and families", "8-iron", "F2",
     "Built & fitted"],
    ["A2", "Win the commitment of the head, senior leaders and colleagues", "Lob wedge", "\u2013",
     "Built, unfitted"],
    ["A3", "Prioritise, manage time, delegate", "Pitching wedge", "F6", "Built & fitted"],
    ["A4", "Anticipate and solve problems; sound judgement on provision", "Sand wedge", "F6", "Built & fitted"],
    ["A5", "Speak and write clearly; listen to others", "Putter", "\u2013", "Demo club only"],
    ["A6", "Use research and outside advice to improve practice", "5-wood", "F6", "Built & fitted"],
    ["K1", "SEN law and the Code of Practice in school", "Driver", "F1", "Built & fitted"],
    ["K2", "Every Child Matters and the SENCO's part", "Driver", "F1", "Built & fitted"],
    ["K3", "Disability equality law and the actions it requires", "Driver", "F1", "Built & fitted"],
    ["K4", "How children develop", "\u2013", "\u2013", "Not stocked"],
    ["K5", "The common types of SEN and how they affect learning", "3-wood", "F2", "Built & fitted"],
    ["K6", "Approaches, strategies and resources, including ICT", "Hybrid", "F2", "Built & fitted"],
    ["K7", "School self-evaluation and improvement for SEN", "6-iron", "F6", "Built & fitted"],
    ["K8", "Best practice and research in meeting SEN", "5-wood", "F6", "Built & fitted"],
    ["K9", "External agencies and getting specialist support", "4-iron", "\u2013", "Demo club only"],
    ["S1", "Influence ethos, policy, priorities and resources with leaders and governors", "Lob wedge", "F5",
     "Built & fitted"],
    ["S2", "Identify, set targets, plan interventions, review", "Hybrid", "F2", "Built & fitted"],
    ["S2a", "Use other professionals' assessments", "4-iron", "F2", "Built & fitted"],
    ["S2b", "Use summative assessment and national tests to track and adjust", "Hybrid", "F2", "Built & fitted"],
    ["S2c", "Encourage colleagues' formative assessment", "5-iron", "F4", "Built & fitted"],
    ["S2d", "Special arrangements for tests and examinations", "5-iron", "F2", "Built & fitted"],
    ["S3", "Provision mapping; find ineffective or missing provision", "6-iron", "F6", "Built & fitted"],
    ["S4", "Deploy and manage staff", "Pitching wedge", "\u2013", "Built, unfitted"],
    ["S5", "Support colleagues' development", "9-iron", "F4", "Built & fitted"],
    ["S6", "Review provision with staff for self-evaluation", "\u2013", "\u2013", "Back-ordered"],
    ["S7", "Involve pupils in planning and reviewing their provision", "7-iron", "F3", "Built & fitted"],
    ["S8", "Liaise with parents and carers", "8-iron", "\u2013", "Demo club only"],
    ["S9", "Work with other services and voluntary organisations", "4-iron", "F2", "Built & fitted"],
]
st = table(d, spec, widths=[1.4, 8, 2.5, 1.6, 2.8], header_fill=NAVY)
for i in range(1, len(spec)):
    if spec[i][4] != "Built & fitted":
        shade(st.cell(i, 4), "FBE3D6")

# ------------------------------------------------------------------ 8 shafts
title("8. SHAFTS AND BUILD TIMES")
para(d, "Players can start a build in September or in February. The three Sets can be taken in any order after the "
        "Driver, and a player may take a Set with the next cohort if school pressures make a term impossible.")
tracked_para(d, [("n", "Steel clubs are studio days at the Saltcombe Links Learning Centre, held on a "),
                 ("del", "Thursday"), ("ins", "Tuesday"),
                 ("n", " twice a half term. Graphite clubs are online units on Tamarford University's Blackboard "
                       "site, and any Steel club can be taken as Graphite by a player who cannot be released "
                       "for the day.")])
para(d, "Online players are never on their own. Each Graphite unit has a named fitter who replies to questions "
        "in the unit forum within two working days and runs a live chat each Wednesday evening. Players work in "
        "online peer groups of five who review each other's tasks. Between studio days players post their school "
        "tasks online and the fitter comments on them, and the Bag Carrier has access to the player's postings. "
        "Fitters send headteachers an e-mail update at the end of each Set.")

# ------------------------------------------------------------------ 9 studio
title("9. THE FITTING STUDIO")
p = para(d, "The build is taught by four fitters from the Foundation's schools team and the University, all of them "
            "experienced in SEN and currently working with schools.")
fn.note(p, "Lead fitter Ms Helen Roskear, MEd (SEN), former SENCO for eight years and LA inclusion consultant; Dr "
           "Alan Pengelly, senior lecturer in inclusive education, Tamarford University; Mrs Sarah Quick, specialist "
           "teacher (SpLD), AMBDA, who still teaches three days a week; Mr David Tonkin, former headteacher of "
           "Penmarrow Special School. All attend the LA SENCO network and the University's SEN research group.")
para(d, "Specialist expertise. Guest fitters from the LA's educational psychology service, the speech and language "
        "therapy team, CAMHS and the Saltcombe Autism Outreach Team lead parts of the 3-wood, 4-iron and 7-iron. "
        "Every player spends two days in one of our partner special schools or resource bases, arranged by the "
        "Foundation, with a task set by the fitter.")
para(d, "Resources. Players have access to the Tamarford University library and e-journals, the Blackboard site, "
        "the LA's SEN resource centre and its assistive technology loan bank (text-to-speech, switch access, "
        "communication aids), and the Learning Centre's ICT suite.")
para(d, "Roles. Every fitter attends the University's induction for associate tutors and a standardisation day "
        "before each Set, and has the Fitter's Handbook. A guide for Bag Carriers is being written and will be "
        "ready for the second cohort.")

# ------------------------------------------------------------------ 10 quality
title("10. QUALITY: KEEPING THE BUILD TRUE")
para(d, "We consulted before we built. In January 2008 the Foundation surveyed the SENCOs and heads of the 31 "
        "schools in the Saltcombe Schools Golf League and met the LA's inclusion team. The survey showed that new "
        "SENCOs wanted most help with data and tracking, with leading support staff and with pupil voice, and the "
        "LA asked for more on working with other agencies. We therefore made the Hybrid club a full half-day on "
        "data, added the 7-iron on pupil voice, and doubled the time on the 4-iron. The LA's SEN team and two "
        "headteachers then reviewed the draft Club Notes, and their comments moved the law to the first club.")
para(d, "Two headteachers, a parent from the Saltcombe parent partnership and the LA's principal educational "
        "psychologist sit on the Fitting Review Panel, which meets after each Set to read the player evaluations "
        "and the fitters' reviews, and each year to evaluate the course and agree changes. LA officers and special "
        "school staff are guest fitters, and our partner special schools host placements.")
para(d, "Players evaluate every club online. The fitters review each Set against the evaluations and the fittings' "
        "results; the University's annual monitoring, its external examiner and the Review Panel give external "
        "views; each summer the Panel agrees an improvement plan that the fitters carry out for the next build.")
inserted_para(d, "Every fitting is marked by the lead fitter against published criteria; all fails and a sample of "
                 "one in five are second-marked, the fitters hold a moderation meeting after each Set, and the "
                 "University's external examiner moderates a sample of every fitting.")
para(d, "We measure impact twice. Players repeat the Launch Monitor self-rating and confidence scale at the end of "
        "the build, and fitters compare the readings with the fittings' marks. Each player also records the "
        "reading ages, National Curriculum sub-levels and attendance of the six pupils in their change-project "
        "group at the start of the project and two terms later; the Review Panel receives the anonymised results "
        "for every cohort.")

# ------------------------------------------------------------------ 11 aftercare
title("11. AFTERCARE")
para(d, "Golfers come back to be re-fitted as their game changes. We would like to offer every player a free re-fit a "
        "year after the build to look at next steps in their professional development, and we are talking to the "
        "University about how this could work.")

# ------------------------------------------------------------------ 12 terms
title("12. TERMS OF FITTING")
para(d, "1. Saltcombe Links welcomes players of every background and is committed to equality of opportunity in "
        "all its programmes. The Learning Centre has level access, a lift and accessible toilets.")
p = para(d, "2. Checking enhanced CRB disclosures is a matter for the employing school, which employs the player; the "
            "Foundation does not ask to see them.")
d.add_comment(p.runs, text="Jo \u2013 we do see the disclosure at the entry conversation, don't we? Add this?",
              author="Kate Moyle", initials="KM")
p = para(d, "3. Certificates are presented at the Captain's Dinner in July to every player who has completed the "
            "build and returned all six fittings.")
d.add_comment(p.runs, text="Should this say they must pass every line of the Spec Sheet? Check with Tamarford.",
              author="Helen Roskear", initials="HR")
para(d, "4. The build costs 1,200 pounds a player, including all materials and the online units; the LA pays half "
        "for schools in Saltcombe, and Graphite clubs save the school a day's supply cover each.")

# ------------------------------------------------------------------ sign-off
title("FITTER'S SIGN-OFF")
so = table(d, [["Signed (lead fitter)", "[Fitter's name]", "Date", "[date]"],
               ["For Tamarford University", "Dr Alan Pengelly", "Date", "14 November 2008"]],
           widths=[4, 6, 2, 4], header_fill=None)
para(d, "Saltcombe Links Golf Club Foundation, Clifftop Road, Saltcombe. Fitting Studio open Tuesday to Sunday.",
     italic=True, size=8)

fn.save()
out = HERE / f"{NAME}.docx"
d.save(str(out))
print(out, word_count(d))
