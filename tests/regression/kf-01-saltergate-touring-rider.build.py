"""kf-01-saltergate-touring-rider

Provider (invented): Saltergate Playhouse, Harrowby - its Learning and
Participation department ("Playhouse Learning") - with the University of
Marlingford, Faculty of Education, which validates the course as a PGCert
(60 credits at Level 7). Application for the 2008-09 National Award for SEN
Coordination, January 2009.

Document kind and layout: the course written as the Playhouse's own TOURING
TECHNICAL AND HOSPITALITY RIDER, the document its touring productions send
to receiving venues. The course is "the Production" ("Leading from the
Wings"), participants are "the Ensemble", tutors are "Practitioners",
study days are "Performances" at the Playhouse Studio, the school-based
half is "Touring Dates", each participant's school is "the Venue" and its
senior mentor is "the Venue Contact", the assessed pieces are "Showings"
and a final "Press Night", the portfolio is "the Prompt Copy", the VLE is
"Backstage". No heading styles: rider sections are bold capitalised Normal
paragraphs with typed numbers ("SECTION 4 - VENUE REQUIREMENTS", clauses
"4.1", "4.2" ... that collide with requirement ids). A company contacts
table with merged cells and shading. A running-schedule table with merged
term rows. A RIDER KEY table defining the cue states used in the CUE
SYNOPSIS (the outcomes table): "GO" (performed and shown), "Rehearsal
only" (worked on at a Performance, never shown or marked), "Shown only"
(marked at a Showing but no Performance works on it), "WIP" (shown only at
the unmarked work-in-progress sharing), "CUT" (not in this production).
A text box (VML) holds the "Why this production" note with the survey of
headteachers. Header and footer (the footer claims CRB checks). Two Word
comments. Tracked changes (an inserted sentence, a deleted sentence).

Traps (requirement ids):
- 1.1 partially_met: the production's stated aim is pupils' "attainment
  in reading, writing and mathematics"; no well-being / ECM in the aims.
- 1.5 partially_met: the Ensemble watch the Youth Theatre's forum piece and
  listen to the young company; no development of skills in consulting
  pupils. 6.S7 partially_met: "Rehearsal only" in the cue synopsis.
- 2.2 partially_met: a Read-through self-audit against the cues exists but
  everyone "then follows the same running order": no individual plan or
  personalised outcomes.
- 2.3 not_met: clause 5.4 says there is no assessment-only route; a
  tracked deletion that offered one is not part of the submission; another
  theatre's route ("the Northcliffe Rep's scheme") is someone else's.
- 2.5 partially_met: participants are only "told about" the university's
  MA; no targets set.
- 3.2 met only through a tracked insertion (a January start).
- 3.3 partially_met: Backstage (e-learning) has a peer Green Room that
  "is not moderated by Practitioners"; questions answered at the next
  Performance Day: no tutor support online, none between sessions.
- 4.1 and 4.2 met from the text box survey (41 headteachers) and the
  changes it caused.
- 4.3 not_met: stakeholders' part in evaluation only hoped for ("We would
  like, in future seasons").
- 5.3 not_met: clause 4.6 leaves suitability checks to the Venue ("The
  Company does not ask Ensemble members for disclosure"); the footer's
  claim and a comment are not evidence.
- 5.5 partially_met: visiting specialists listed, but no placements: "Ensemble
  members do not go on placement".
- 5.6 partially_met: Studio and library, but "The Studio has no
  assistive technology".
- 5.8 met: double marking, internal moderation of a sample, external
  examiner.
- 1.9 partially_met: not every outcome is marked ("Rehearsal only",
  "WIP", "CUT" cues).
- 2.4 partially_met: after the Read-through everyone follows "the same
  running order": not tailored to individuals' needs.
- 6.0 partially_met: the award rule requires "every GO cue" signed off,
  not every minimum outcome; several cues are not GO.
- 5.9 partially_met: Show Reports measure confidence; pupils' achievement
  only expected, no measure.
- 6.A3, 6.S2c: "Rehearsal only" -> partially_met.
- 6.K4: "Shown only" -> partially_met.
- 6.K7: "WIP" (formative, unmarked) -> partially_met.
- 6.K3: "CUT" - left to the county's own briefing -> not_met.
- 6.S2d: "CUT" -> not_met.
"""
import os
from _kf_helpers import (new_doc, para, runs, add_run, table, merge, shade, ins, dele,
                         textbox, header_footer, comment, word_count)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kf-01-saltergate-touring-rider.docx")

d = new_doc("Arial", 10)
header_footer(d, "SALTERGATE PLAYHOUSE  |  TOURING RIDER  |  LEADING FROM THE WINGS  |  v3",
              "Rider v3, January 2009. All Ensemble members hold a current enhanced CRB disclosure. "
              "Saltergate Playhouse Trust Ltd, registered charity.")

def H(t):
    return para(d, t, bold=True, size=12)

def C(num, text):
    return runs(d, [(num + "  ", "b"), (text, "")])

para(d, "SALTERGATE PLAYHOUSE", bold=True, size=18, align="center")
para(d, "Playhouse Learning in association with the University of Marlingford", italic=True, align="center")
para(d, "TOURING TECHNICAL AND HOSPITALITY RIDER", bold=True, size=14, align="center")
para(d, "LEADING FROM THE WINGS", bold=True, size=16, align="center")
para(d, "The National Award for SEN Coordination - Season 2009-10", align="center")
para(d, "Submitted to the Training and Development Agency for Schools with our application for approval", italic=True, align="center")

para(d, "This rider forms part of the contract between the Company and every Venue. Please read all of it. "
        "If any part cannot be met, contact the Company Manager before the first Performance. "
        "We have sent the panel the rider exactly as our Venues (the schools) will receive it, with a note at "
        "Section 0 and the Cue Synopsis at Section 11, because it is the document in which we actually say what "
        "the Production does and what we need from everyone who takes part.")

H("SECTION 0 - COMPANY INFORMATION")
t = table(d, [
    ["Role", "Name", "Contact"],
    ["COMPANY", "Playhouse Learning, Saltergate Playhouse, Market Row, Harrowby", ""],
    ["Producer (Head of Learning and Participation)", "Imogen Thwaite", "learning@saltergate-playhouse.org.uk"],
    ["Director (Programme Leader)", "Dr Owen Pask", "University of Marlingford, Faculty of Education"],
    ["Company Manager", "Ravi Lakhani", "01632 960 418"],
    ["Lead Practitioners", "Dr Owen Pask; Helen Ashby; Marcus Fenn", "see Section 12"],
    ["Awarding body", "University of Marlingford", "PGCert Leading SEN Coordination, 60 credits at Level 7"],
])
merge(t, 1, 1, 1, 2, "Playhouse Learning, Saltergate Playhouse, Market Row, Harrowby", bold=True, fill="F2DCDB")
shade(t.cell(1, 0), "F2DCDB")
para(d, "")

textbox(d, "WHY THIS PRODUCTION (a note for the panel)", [
    "Playhouse Learning has worked in Harrowby schools for twenty years, mostly through theatre-in-education tours "
    "and our Youth Theatre. In spring 2008 we asked every headteacher in Harrowby and the two neighbouring districts "
    "what a new SENCO most needs. Forty-one heads replied, and the Harrowby Parent Partnership ran two evenings for us "
    "with parents of children with SEN. Heads told us new SENCOs struggle to lead colleagues and to run meetings with "
    "parents; parents told us meetings felt like an audience watching a play they had no part in.",
    "Those answers changed the Production. We moved the sessions on leading colleagues from the last term to the "
    "first, we added Performance 6 on working with parents, and two parents from the Parent Partnership now co-lead it. "
    "Our Schools Advisory Group of six heads and the county's Principal SEN Officer met three times in 2008 to comment "
    "on drafts of this rider, and it was the group that asked for the Touring Dates to be tied to each Showing.",
])
para(d, "")

H("SECTION 1 - THE PRODUCTION")
C("1.1", "Leading from the Wings is a one-year, part-time course for teachers who have recently taken up the post "
         "of SENCO, or are about to. Its aim, as agreed with the University, is to raise the attainment in reading, "
         "writing and mathematics of pupils with special educational needs and disabilities in the Venues, by making "
         "the SENCO the person in the school who knows where every pupil is and what is being done about it.")
C("1.2", "The Production is a PGCert validated by the University of Marlingford at Level 7 (masters level) and carries "
         "60 credits. It has two modules of 30 credits: Module A, The Company (the SENCO's role, law and leadership), "
         "and Module B, The Audience (pupils, learning and provision). Ensemble members are registered students of the "
         "University from the first Performance and have full use of its library and student services.")
C("1.3", "The Production is made in the rehearsal room and taken on tour. Ensemble members work together at the "
         "Playhouse Studio on Performance Days, and then take what they have made back to their own Venue on Touring "
         "Dates, where they try it with colleagues, pupils and parents and bring back what happened. Every Performance "
         "opens with what happened on tour since the last one.")
C("1.4", "Reading for each Performance is drawn from recent research and inspection evidence: the Ofsted report "
         "Inclusion: does it matter where pupils are taught? (2006), the Lamb Inquiry's early evidence, the Bercow "
         "Review of services for children with speech, language and communication needs (2008), the Rose work on "
         "dyslexia now under way, and the TDA's own materials. Practitioners update the reading list every season and "
         "the updated list is checked by the University's module leaders.")

H("SECTION 2 - RUNNING TIME AND SCHEDULE")
para(d, "The Production runs from September to July. There are ten Performance Days at the Playhouse Studio (9.30 to "
        "3.30), each followed by a Touring Date: a task done in the Ensemble member's own Venue in the weeks before the "
        "next Performance. The Venue Contact supports every Touring Date.")
t = table(d, [
    ["Term", "Performance", "What is made in the room", "Touring Date (in the Venue)"],
    ["AUTUMN: Module A, The Company", "", "", ""],
    ["", "P1 Read-through", "The SENCO's role; the Code of Practice; the Read-through audit", "Map who does what for SEN in your Venue"],
    ["", "P2 Blocking", "Law and guidance: SEN Code of Practice, SENDA, the Disability Discrimination Act duties as they fall on the school", "Check your Venue's SEN policy against the Code"],
    ["", "P3 The Company", "Leading colleagues; gaining the head's commitment; coaching a teaching assistant", "Lead one staff briefing"],
    ["", "P4 Every Child", "Every Child Matters and the SENCO; well-being as well as attainment", "Shadow a multi-agency meeting"],
    ["SPRING: Module B, The Audience", "", "", ""],
    ["", "P5 Voices", "The Youth Theatre's forum piece; pupils and their provision", "Note three things pupils told you this term"],
    ["", "P6 The Front Row", "Working with parents and carers (co-led by the Parent Partnership)", "Plan and hold a parents' meeting"],
    ["", "P7 The Script", "The common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, MLD)", "Observe a pupil across a day"],
    ["SUMMER: Both modules", "", "", ""],
    ["", "P8 The Rig", "Assessment, planning, teaching and ICT; provision mapping", "Build a provision map"],
    ["", "P9 Lighting Plot", "Data, targets, interventions, review", "Run one intervention cycle"],
    ["", "P10 The Notes Session", "Evaluating provision with staff; rehearsal for Press Night", "Final portfolio"],
])
for r, label in ((1, "AUTUMN: Module A, The Company"), (6, "SPRING: Module B, The Audience"), (10, "SUMMER: Both modules")):
    merge(t, r, 0, r, 3, label, bold=True, fill="DDEBF7")
para(d, "")
p = para(d, "Performance Days fall on Thursdays, so that Venues can plan cover a term ahead. ")
ins(p, "From January 2010 a second Ensemble will open with P5, so that a SENCO appointed at Christmas can join in "
       "spring and take the autumn Performances the following year; the Cue Synopsis is the same for both.",
    author="Ravi Lakhani", date="2009-01-14T09:20:00Z")
para(d, "A Performance Day missed through illness can be made up by watching the recording on Backstage and "
        "completing the Touring Date as set, with a twenty-minute telephone call with the Practitioner.")

H("SECTION 3 - GET-IN (APPLYING AND JOINING)")
C("3.1", "Applications are made on the Playhouse Learning form, signed by the headteacher of the Venue. Applicants "
         "must hold qualified teacher status and be, or be about to be, the SENCO of a maintained school or academy.")
C("3.2", "The Producer and the Director read every form and meet each applicant for half an hour at the Playhouse. "
         "The meeting checks that the applicant is in a SENCO post or will be by January, that the head will release "
         "them for all ten Performances, and that their written English and their experience of teaching pupils with "
         "SEN are enough to reach the Press Night standard within the year. An applicant who is not yet ready is "
         "offered a place on the Playhouse's short course for teaching assistants and class teachers, Stagecraft, and "
         "advised to apply the following season.")
C("3.3", "Prior learning. An Ensemble member who already holds masters-level credit in SEN from the University or "
         "another university may apply to the University's Accreditation of Prior Learning panel to have up to 30 "
         "credits recognised against Module B, and an experienced SENCO may put forward a portfolio of earlier work "
         "for accreditation of prior experiential learning against Showing 2. The Director advises on each claim "
         "before it goes to the panel.")
C("3.4", "The Read-through. At Performance 1 each Ensemble member completes the Read-through, a self-audit that "
         "asks them to rate themselves on each cue of the Cue Synopsis, and talks it through with their Practitioner. "
         "The Read-through is a conversation, and the Ensemble then follows the same running order.")
p = C("3.5", "Cost. The fee is £1,150 per Ensemble member, which the county's SEN budget pays for SENCOs in maintained "
             "schools in Harrowby. Venues pay their own supply cover.")

H("SECTION 4 - VENUE REQUIREMENTS")
para(d, "The Venue (the Ensemble member's school) shall provide the following. The headteacher signs to say so on the "
        "application form.")
C("4.1", "Release for all ten Performance Days and time on each Touring Date for the task to be done.")
C("4.2", "A Venue Contact: a senior leader who meets the Ensemble member at least twice a half-term, reads the Touring "
         "Date write-ups and signs the Prompt Copy. Venue Contacts come to a half-day Venue Contacts' briefing at the "
         "Playhouse in September, where the Director goes through the Venue Contact's handbook, the role, what the "
         "Touring Dates ask for and what to sign; a second briefing in February goes through the Showings. Venue "
         "Contacts who miss a briefing are visited by the Company Manager.")
C("4.3", "Access to the data, records and meetings the Touring Dates need, with the usual consents.")
C("4.4", "A quiet place to work and a computer that can reach Backstage.")
C("4.5", "Time for the Ensemble member to report to the governors' SEN link governor once in the year.")
r_c = C("4.6", "Suitability. The Venue is responsible for the checks on its own staff. The Company does not ask "
               "Ensemble members for disclosure, since every Venue has already checked them as its employer.")
comment(d, r_c.runs, "Panel will ask whether WE check CRB. Do we want to add a line? - IT", author="Imogen Thwaite", initials="IT")

H("SECTION 5 - STAGING (HOW THE PRODUCTION IS TAUGHT)")
C("5.1", "Every Performance Day has the same shape: Warm-up (what happened on tour), the Scene (the session's taught "
         "content, with reading), Blocking (practical work in small groups: role play, forum theatre, case discussion, "
         "hot-seating a head or a parent), and Notes (each member leaves with a Touring Date task and a note of what "
         "to read).")
C("5.2", "Drama is our way of working. Ensemble members practise the conversations a SENCO has to have, with "
         "colleagues who are reluctant, with parents who are angry or frightened, with other services, by playing "
         "them out and replaying them differently, and then they have them for real on the Touring Date. In P3 they "
         "plan and run a staff briefing in the Studio before they run it at their Venue; in P4 they take part in a "
         "rehearsed multi-agency meeting with a social worker and an educational psychologist from the county before "
         "they attend one.")
C("5.3", "At P5 the Ensemble watch the Youth Theatre's forum piece about being a pupil with SEN in a secondary school, "
         "and listen to the young company talk afterwards about what school is like for them.")
p = C("5.4", "Assessment-only route. There is no assessment-only route in this Production: every Ensemble member "
             "attends the Performances. ")
dele(p, "An experienced SENCO may, in exceptional circumstances, present for the four Showings and the Press Night "
        "without attending the Performances, with the Director's agreement.",
     author="Owen Pask", date="2009-01-10T16:05:00Z")
para(d, "Panel members may know the Northcliffe Rep's scheme, in which experienced SENCOs are assessed on a portfolio "
        "alone; it is theirs, and we admire it.")
C("5.5", "Flexibility within the year. Ensemble members may submit Showings 2 and 3 in either order, and the Touring "
         "Dates for P7 to P9 can be done in any order to fit the Venue's calendar.")

H("SECTION 6 - LIGHTING, SOUND AND BACKSTAGE (ONLINE)")
C("6.1", "Backstage is the Production's area on the University's Moodle. It holds the scripts (the readings), the "
         "recordings of each Scene, the Touring Date tasks and the Showing briefs; Ensemble members upload their "
         "Touring Date write-ups there.")
C("6.2", "Backstage also has a Green Room forum where Ensemble members post to each other; it is not moderated by "
         "Practitioners, and questions to the Company are answered on the next Performance Day.")
C("6.3", "Ensemble members are shown how to use Backstage at P1; a printed guide is in the welcome pack.")

H("SECTION 7 - WARDROBE AND PROPS (RESOURCES)")
C("7.1", "The Playhouse Studio and two rehearsal rooms; a projector and screen; the Playhouse Learning resource "
         "library of plays, scripts and drama strategies for inclusion; full use of the University of Marlingford "
         "library, online journals included, through the Ensemble member's student card.")
C("7.2", "The Studio has no assistive technology; Ensemble members use what their own Venue has, and P8 looks at "
         "ICT in the member's own school.")

H("SECTION 8 - ACCESS")
C("8.1", "The Playhouse is a fully accessible building with level access, a lift to the Studio, a hearing loop and an "
         "accessible toilet on every floor. The Company Manager asks every Ensemble member at the Get-in what "
         "adjustments they need, and puts them in place before P1: large-print and electronic copies of scripts, a "
         "BSL interpreter or speech-to-text, rest breaks, extra time for Showings and alternative formats for Press "
         "Night agreed with the University's disability service. We keep to the Disability Discrimination Act and "
         "the Playhouse's race and gender equality schemes in all recruitment to the Production.")

H("SECTION 9 - HOSPITALITY")
C("9.1", "Lunch and refreshments are provided on Performance Days. Please tell the Company Manager about dietary needs.")

H("SECTION 10 - SHOWINGS, PRESS NIGHT AND NOTICES")
C("10.1", "Showing 1, the Programme Note (Module A, 3,000 words): an essay on the law and the SENCO's role in the "
          "member's own Venue, marked against the Module A criteria.")
C("10.2", "Showing 2, the Scene Study (Module B, 3,000 words): a study of provision for one group of pupils, with the "
          "Venue's provision map, marked against the Module B criteria.")
C("10.3", "Showing 3, the Devised Piece (both modules, 4,000 words): a piece of change led by the Ensemble member with "
          "colleagues in their Venue, from planning to evaluation, marked against both modules' criteria.")
C("10.4", "Press Night: a twenty-minute presentation to two Practitioners and the Venue Contact, followed by a "
          "professional conversation on the Prompt Copy, marked pass or refer.")
C("10.5", "The Prompt Copy is the Ensemble member's portfolio: their Read-through, their Touring Date write-ups, and "
          "the evidence for each cue, each GO cue signed off by the Practitioner. There is also a Work-in-Progress "
          "sharing at P6, where Ensemble members share the start of their Devised Piece; it is not marked.")
C("10.6", "Every Showing is marked by one Practitioner and second-marked by another, using the University's "
          "marking criteria for Level 7. The Director then moderates a sample of each Showing across all three "
          "Practitioners before the module board, and the University's external examiner for inclusive education, "
          "Professor Lorna Bexley of Thamesmead University, sees a sample of every Showing and of the Press Night "
          "recordings and reports to the University each year.")
C("10.7", "THE AWARD. The University confers the PGCert, and the Playhouse the Award, only on an Ensemble member who has "
          "passed all three Showings and Press Night and whose Prompt Copy shows every GO cue in the Cue Synopsis "
          "signed off. An Ensemble member who is referred may resubmit once.")
C("10.8", "Notices. After every Performance Ensemble members fill in a Show Report rating the Scene, the Blocking and "
          "their own confidence; the Company reads the Show Reports at its Notes meeting each month and changes the "
          "next Performance if needed. At the end of the season the Ensemble rate their confidence against each cue "
          "again, against their Read-through. The University's annual monitoring report on the module reviews the "
          "marks, the Show Reports and the module board's comments, and the Company's action plan responds to it.")
C("10.9", "We expect the Production to make a difference to pupils in every Venue, and Ensemble members will often "
          "tell us about it at Press Night.")
C("10.10", "We would like, in future seasons, to invite Venue Contacts and parents to the Notes meeting to help us "
           "judge the Production.")
C("10.11", "At the Last Night party, Ensemble members are told about the University's MA in Inclusive Education, into "
           "which the PGCert counts.")

H("SECTION 11 - CUE SYNOPSIS")
para(d, "The Cue Synopsis is the Production's list of what every Ensemble member must be able to do. Each cue carries "
        "the TDA reference, the Performance in which it is worked on and the Showing at which it is marked.")
para(d, "RIDER KEY", bold=True)
t = table(d, [
    ["State", "What it means"],
    ["GO", "Worked on at the Performance named and marked at the Showing named."],
    ["Rehearsal only", "Worked on at the Performance named; not shown at any Showing and not marked."],
    ["Shown only", "Marked at the Showing named; no Performance works on it."],
    ["WIP", "Shown only at the Work-in-Progress sharing at P6, which is not marked."],
    ["CUT", "Not in this Production."],
])
para(d, "")
cues = [
    ("Q1", "6.A1", "Builds fair, respectful relationships with pupils with SEN and their families", "P5, P6", "Showing 2", "GO"),
    ("Q2", "6.A2", "Wins the head's and colleagues' commitment to better outcomes for pupils with SEN", "P3", "Showing 3", "GO"),
    ("Q3", "6.A3", "Plans the SENCO's week, prioritises and delegates to teaching assistants", "P3", "-", "Rehearsal only"),
    ("Q4", "6.A4", "Sees problems coming, decides well and judges provision soundly", "P9", "Showing 3", "GO"),
    ("Q5", "6.A5", "Speaks and writes clearly; listens to others' views", "P3, P6", "Press Night", "GO"),
    ("Q6", "6.A6", "Uses research and outside advice to improve own and colleagues' practice", "P8", "Showing 2", "GO"),
    ("Q7", "6.A7", "Keeps up to date and takes charge of own CPD in SEN", "P10", "Press Night", "GO"),
    ("Q8", "6.K1", "Knows SEN law and the Code of Practice, and what they mean for the school", "P2", "Showing 1", "GO"),
    ("Q9", "6.K2", "Knows Every Child Matters and the SENCO's part in the five outcomes", "P4", "Showing 1", "GO"),
    ("Q10", "6.K3", "Knows disability equality law and the actions it requires (covered by the county's own DDA briefing for schools)", "-", "-", "CUT"),
    ("Q11", "6.K4", "Knows how children develop and what affects development", "-", "Showing 1", "Shown only"),
    ("Q12", "6.K5", "Knows the common types of SEN and how they affect learning", "P7", "Showing 2", "GO"),
    ("Q13", "6.K6", "Judges approaches and resources for assessment, planning, teaching and learning, ICT included", "P8", "Showing 2", "GO"),
    ("Q14", "6.K7", "Understands school self-evaluation and improvement for SEN", "P10", "WIP at P6", "WIP"),
    ("Q15", "6.K8", "Knows best practice and research in meeting SEN", "P7, P8", "Showing 2", "GO"),
    ("Q16", "6.K9", "Knows what other services do and how to get their help", "P4", "Showing 3", "GO"),
    ("Q17", "6.S1", "With senior leaders and governors, shapes an inclusive ethos, policy and use of resources", "P3", "Showing 3", "GO"),
    ("Q18", "6.S2", "Identifies pupils, sets targets, plans interventions, reviews progress", "P9", "Showing 2", "GO"),
    ("Q19", "6.S2a", "Uses other professionals' assessments to shape teaching", "P4, P9", "Showing 2", "GO"),
    ("Q20", "6.S2b", "Uses summative data, national tests included, to track progress and adjust", "P9", "Showing 3", "GO"),
    ("Q21", "6.S2c", "Helps other teachers develop formative assessment for pupils with SEN", "P9", "-", "Rehearsal only"),
    ("Q22", "6.S2d", "Arranges access arrangements for tests and examinations in good time", "-", "-", "CUT"),
    ("Q23", "6.S3", "Maps and manages provision; finds what is missing or not working", "P8", "Showing 2", "GO"),
    ("Q24", "6.S4", "Deploys and manages support staff", "P3", "Showing 3", "GO"),
    ("Q25", "6.S5", "Develops colleagues by observation, feedback, coaching and training", "P3", "Showing 3", "GO"),
    ("Q26", "6.S6", "Reviews provision with staff to feed school self-evaluation", "P10", "Showing 3", "GO"),
    ("Q27", "6.S7", "Involves pupils in planning and reviewing their provision", "P5", "-", "Rehearsal only"),
    ("Q28", "6.S8", "Works with parents and carers", "P6", "Showing 3", "GO"),
    ("Q29", "6.S9", "Works with other services and voluntary organisations", "P4", "Showing 3", "GO"),
]
rows = [["Cue", "TDA ref", "The Ensemble member ...", "Performance", "Shown at", "State"]] + [list(c) for c in cues]
t = table(d, rows, size=8.5)
for i, c in enumerate(cues, start=1):
    if c[5] != "GO":
        shade(t.cell(i, 5), "FCE4D6")
para(d, "")

H("SECTION 12 - COMPANY LIST")
para(d, "Dr Owen Pask (Director) is Senior Lecturer in Inclusive Education at the University of Marlingford, a "
        "former SENCO of a large comprehensive and a specialist leader in SEN for the county until 2005; he holds an "
        "MA in SEN and a doctorate on SENCOs' leadership, and examines for two other universities. Helen Ashby (Lead "
        "Practitioner) is the Playhouse's Learning Manager, a qualified teacher with an MA in Drama in Education, who "
        "was SENCO of a primary school for eight years and holds the OCR Certificate in Specific Learning "
        "Difficulties. Marcus Fenn (Lead Practitioner) is an Advanced Skills Teacher for SEN in Harrowby and a former "
        "deputy head of a special school for pupils with moderate learning difficulties; he is seconded to the "
        "Production for one day a week. All three attend the county's SENCO Network and the NASEN conference each "
        "year and complete the University's staff development in assessment.")
para(d, "Visiting Company. Each season the Production brings in an educational psychologist and a speech and language "
        "therapist from the county, a specialist teacher from the Harrowby Sensory Service, a social worker from the "
        "children's disability team, the Parent Partnership, and a SENCO from the Dene special school. Ensemble "
        "members do not go on placement; all Touring Dates take place in their own Venue.")

H("SECTION 13 - RIGHTS AND LICENSING")
para(d, "Leading from the Wings is licensed to the University of Marlingford as a PGCert of 60 credits at Level 7 "
        "under its partnership agreement with the Saltergate Playhouse Trust (signed November 2008). The University's "
        "Quality Office approved the course at a validation event on 4 December 2008. This rider may not be "
        "reproduced without the Company's permission.")
r2 = para(d, "End of rider. Signed for the Company: Imogen Thwaite, Producer.", italic=True)
comment(d, r2.runs, "Footer says CRB - check with Ravi before this goes.", author="Owen Pask", initials="OP")

d.save(OUT)
print(OUT, word_count(OUT), "words")
