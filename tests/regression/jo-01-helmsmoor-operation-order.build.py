"""jo-01-helmsmoor-operation-order: build script.

Provider (invented): Helmsmoor Constabulary, Schools and Youth Engagement Unit
(SYEU), with the University of Haverleigh, School of Education, which validates
the award. Application for approval to run the 2008-09 National Award for SEN
Coordination, sent as the Unit's own Operation Order for "Operation KEYSTONE".

Document kind and layout
------------------------
A police Operation Order in the IIMARCH format the Unit uses for every planned
operation: a front sheet table (operation name, order number, Gold / Silver /
Bronze command, distribution) with merged cells; a header "RESTRICTED - STAFF
AND PARTNERS" and a footer with the order number (never evidence); a shaded
"COMMANDER'S INTENT" text box; Heading 1 sections INFORMATION, INTENTION,
METHOD, ADMINISTRATION, RISK ASSESSMENT, COMMUNICATIONS, HUMAN RIGHTS AND
EQUALITY; hand-typed paragraph numbers (1.1, 2.3, 3.3, 5.5 ...) that collide with
requirement ids; annexes: a Serial List (study days) with merged, shaded phase
rows; an Outcome Tasking Matrix in the Unit's own codes (P1-P7, U1-U9, D1-D9 with
D2a-D2d) with "Briefed at" (where developed) and "Tasked in" (which marked
Return) columns, some cells "Pocket Book only" (unmarked) or "Not tasked"; a
Nominal Roll of staff; a blank Briefing Record with prompts. Real tracked
changes (a deleted paragraph, an inserted paragraph, a deletion inside a
sentence), three Word comments, two footnotes, "[TBC]" placeholders.

The course's own vocabulary: Serials (study days), Serial Leads (tutors),
Beat Tasks (practical in-school tasks), Returns (marked assignments), the Pocket
Book (unmarked reflective log), the Starting Brief (needs assessment), the
Individual Deployment Plan or IDP (individual training plan), Tutor SENCOs
(school-based mentors), Syndicates (peer groups), the Debrief Board (exam
board), the Keystone Gold Group (steering group), Haverleigh Learn (the VLE).

Traps (requirement ids)
-----------------------
- 1.5 / 6.S7: pupils' views reach participants only when the Unit's Youth Panel
  talks at Serial 5; no skill is practised or tasked ("Not tasked").
- 1.9: six outcomes are "Pocket Book only" or "Not tasked", two are absent:
  assessment does not cover all outcomes (partially met).
- 2.1: prior learning is taken into account in the IDP but "is not accredited";
  the University's APL procedures "do not apply" (partially met).
- 2.3: the assessment-only "Direct Debrief" belonged to the earlier, unaccredited
  Operation LANTERN and "is not part of Operation KEYSTONE" (past arrangement,
  negation: not met).
- 3.2: the January Route B exists only in an inserted tracked paragraph (an
  insertion counts: met).
- 3.3: Haverleigh Learn holds reading and takes Returns; tutors answer by email
  between Serials, but there is "no discussion area" and Syndicates meet only at
  Serials (peer support online missing: partially met).
- 4.2 vs 4.3: the Keystone Reference Group of heads and SENCOs shaped the design
  in 2008 (4.1, 4.2 met) but "was stood down"; stakeholders now only deliver
  sessions; their part in evaluation is hoped for ("We would welcome"), and the
  head-teacher moderator of Return 3 exists only in a deleted tracked change
  (4.3 partially met).
- 5.3: CRB / vetting words about the wrong people: Unit staff hold Force vetting;
  candidates' disclosures are left to their employers and "the Unit does not ask
  for or check" them (someone else's responsibility: not met). A comment asking
  whether candidates should be checked is not evidence.
- 5.5: specialist expertise at Serial 7 is real, but the Placement Day at a
  special school is a deleted tracked paragraph (partially met).
- 5.8: second marking of a sample, but external moderation is "[TBC]" (partially
  met).
- 5.9: participants' confidence and competence are measured (self-ratings,
  Tutor SENCO reports), but pupils' achievement is only "expected" and its
  measurement "falls outside" the operation (partially met).
- 6.0: the award rule is an aggregate ("an aggregate mark of 50 per cent")
  across three Returns, so a weak Return can be carried (partially met).
- 6.K7: the only "inspection and self-assessment" content is about how HMIC
  inspects the Constabulary's schools work (right words, wrong thing: not met).
- 6.S1: strategic work with governors is "Not briefed" and "Not tasked": "left to
  their headteachers" (not met).
- 6.A3, 6.A7, 6.K4, 6.S2c: developed at a Serial, evidenced only in the unmarked
  Pocket Book (partially met). 6.S2d: briefed at Serial 9, "Not tasked"
  (partially met).
- Header, footer and the comments carry nothing that counts. The Commander's
  Intent text box restates values; the aims that count are in paragraph 2.2.
"""
from pathlib import Path
from _jo_helpers import (new_doc, header_footer, para, runin, prompt, table, merge_row, shade, set_cell,
                         ins_run, del_run, deleted_paragraph, inserted_paragraph, text_box, Footnotes,
                         comment, words)

HERE = Path(__file__).resolve().parent
NAME = "jo-01-helmsmoor-operation-order"
AUTH1, AUTH2 = "Ch Insp R. Aske", "Dr M. Penrose"
D1, D2 = "2008-11-24T10:12:00Z", "2008-12-02T15:40:00Z"

d = new_doc("Arial", 10)
fn = Footnotes(d)
header_footer(d, "RESTRICTED - STAFF AND PARTNERS",
              "Operation KEYSTONE  |  Op Order OO/SYEU/08/41  |  Version 3  |  Page intentionally numbered by unit admin")

para(d, "HELMSMOOR CONSTABULARY", bold=True, size=14, align="center")
para(d, "Schools and Youth Engagement Unit", bold=True, size=11, align="center")
para(d, "in partnership with the University of Haverleigh, School of Education", italic=True, align="center")
para(d, "OPERATION ORDER", bold=True, size=16, align="center")
para(d, "OPERATION KEYSTONE", bold=True, size=13, align="center")
para(d, "National Award for SEN Coordination 2008-09: application to the TDA for approval as a provider",
     italic=True, align="center")

t = table(d, [
    ["Order number", "OO/SYEU/08/41", "Version", "3 (for TDA panel)"],
    ["Operation", "KEYSTONE", "Date of order", "5 December 2008"],
    ["Gold (strategic)", "Supt C. Varley, Head of Partnerships and Communities", None, None],
    ["Silver (tactical)", "Ch Insp R. Aske, Officer in Charge, SYEU", None, None],
    ["Bronze (academic)", "Dr M. Penrose, Programme Leader, University of Haverleigh", None, None],
    ["Bronze (delivery)", "Sgt D. Okafor, Schools Liaison Coordinator, SYEU", None, None],
    ["Distribution", "Gold Group; SYEU Safer Schools Officers; Serial Leads; Tutor SENCOs; University Validation Office; Helmsmoor County Council Children's Services (SEN); TDA approval panel", None, None],
], header=False, widths=[3.5, 6, 3, 4])
for i in range(2, 7):
    c = t.cell(i, 1).merge(t.cell(i, 3))
for i in range(7):
    shade(t.cell(i, 0), "DCE6F1")
shade(t.cell(0, 2), "DCE6F1")
shade(t.cell(1, 2), "DCE6F1")

text_box(d, [
    "Every child in a Helmsmoor school is entitled to be safe, to learn and to be heard. Children with special "
    "educational needs are over-represented in every set of figures this Unit sees: exclusions, missing episodes, "
    "first-time entrants to the youth justice system. We cannot arrest our way out of that. We can help schools "
    "get it right first time.",
    "KEYSTONE is about putting a trained, confident SENCO in every school we serve.",
    "Supt C. Varley, Gold",
], height_cm=4.6, fill="FFF2CC", title="COMMANDER'S INTENT")

# ------------------------------------------------------------------ 1 INFORMATION
d.add_heading("1. INFORMATION", level=1)
para(d, "1.1 Background. The Schools and Youth Engagement Unit (SYEU) places a Safer Schools Officer in each of "
        "Helmsmoor's 38 secondary schools and links a named officer to every primary cluster. Since 2005 the Unit "
        "has run youth diversion, restorative approaches and the county's Youth Panel. Since April 2007 it has "
        "shared a Schools Liaison Coordinator post with the County Council's SEN Service. KEYSTONE is the "
        "Unit's first accredited course for teachers. The academic award is the University of Haverleigh's "
        "Postgraduate Certificate in SEN Coordination, 60 credits at Level 7 (masters level). The University's "
        "Validation Panel approved it on 11 November 2008 (validation reference HAV/EDU/PGC/2008/17).")
para(d, "1.2 Previous operation. From January to July 2008 the Unit and the SEN Service ran Operation LANTERN, an "
        "unaccredited eight-day course for 22 SENCOs. LANTERN included a Direct Debrief for experienced SENCOs, who "
        "presented a portfolio without attending. LANTERN closed on 31 July 2008 and its evaluation is summarised "
        "at 1.5. Direct Debrief is not part of Operation KEYSTONE.")
p = para(d, "1.3 Intelligence picture: what schools and partners told us. Between February and May 2008 Safer Schools "
            "Officers gave a short questionnaire to the SENCO or headteacher at each school they visited. The SEN "
            "Service sent the same questionnaire to every primary school. We had 161 returns from 212 schools (76 "
            "per cent). Four findings shaped KEYSTONE:")
para(d, "(a) 58 per cent of SENCOs had held the role for less than three years, and 41 per cent had had no SEN "
        "training beyond a single INSET day;", style="List Bullet")
para(d, "(b) the most common request (117 returns) was for help with pupils whose behaviour puts them at risk of "
        "exclusion, and in particular with speech, language and communication needs that sit behind that "
        "behaviour;", style="List Bullet")
para(d, "(c) headteachers wanted training that asks SENCOs to do something in their own school, not only to write "
        "about it, and that does not take them out of school for more than one day at a time;", style="List Bullet")
para(d, "(d) SENCOs said that their work with other agencies (the Youth Offending Service, CAMHS, social care, "
        "the Educational Psychology Service) depended on whom they happened to know.", style="List Bullet")
para(d, "1.4 Youth justice data. The Youth Offending Service's 2007-08 screening found speech, language and "
        "communication needs in 62 per cent of young people on its caseload, of whom fewer than a third had been "
        "identified at school. The Bercow Review (2008) and Ofsted's report Inclusion: does it matter where pupils "
        "are taught? (2006) say the same in national terms.")
p = para(d, "1.5 How partners shaped the plan. The Keystone Reference Group (six headteachers, eight SENCOs, the "
            "Parent Partnership Service and two Youth Panel members) met four times between June and September 2008 "
            "to work on the design. As a direct result of its advice: Serial 7 became a full day with partner "
            "agencies rather than a session; Beat Tasks were written so that every one is done in the participant's "
            "own school; the Serials were placed on Tuesdays, which heads said were the easiest day to release "
            "staff; and the LANTERN evaluation's finding that participants could not find time to write led to "
            "protected writing time at Serials 4 and 9. The Reference Group was stood down on 30 September 2008 "
            "when the design was agreed.")
fn.add(p, "Reference Group minutes of 17 June, 15 July, 2 September and 23 September 2008 are held by the SYEU.")

# ------------------------------------------------------------------ 2 INTENTION
d.add_heading("2. INTENTION", level=1)
para(d, "2.1 Strategic intention. To raise the achievement and improve the well-being of children and young "
        "people with special educational needs and disabilities in Helmsmoor schools, in all five Every Child "
        "Matters outcomes (being healthy, staying safe, enjoying and achieving, making a positive contribution and "
        "achieving economic well-being), by training the SENCOs who lead provision for them.")
para(d, "2.2 Tactical objectives. By the end of KEYSTONE each SENCO who completes it will have:")
for s in [
    "mapped the provision in their own school, found what is missing or not working, and changed at least one "
    "part of it (Beat Task 1 and Return 1);",
    "planned, run and reviewed an intervention for a pupil or small group, with targets for attainment and for one "
    "other Every Child Matters outcome, and set out the evidence for it (Beat Task 2 and Return 2);",
    "worked with the pupil's parents or carers and with at least one outside agency on that intervention (Beat "
    "Task 3 and Return 2);",
    "coached a colleague or led training for staff in their school, and presented the results to a panel (Beat "
    "Task 4 and Return 3);",
    "met every outcome in the Outcome Tasking Matrix at Annex B.",
]:
    para(d, s, style="List Number")
para(d, "2.3 Every assessed task asks the SENCO to report what changed for pupils: Return 1 reports the change "
        "made to provision and its first effects, and Return 2 is judged partly on the progress the pupil or group "
        "made against the targets set in Beat Task 2.")

para(d, "2.4 What KEYSTONE is not. It is not a police course, and SENCOs are not asked to take on any "
        "police role. Officers contribute where the Unit's own work with young people, families and partner "
        "agencies is useful to a SENCO: restorative approaches, the Youth Panel, and the multi-agency day. "
        "Teaching, assessment and the award are the University's, with the SEN Service.")
# ------------------------------------------------------------------ 3 METHOD
d.add_heading("3. METHOD", level=1)
para(d, "3.1 KEYSTONE runs in three phases: Phase 1 Reconnaissance (entry and planning), Phase 2 Deployment "
        "(Serials and Beat Tasks) and Phase 3 Debrief (assessment and award). The Serial List is at Annex A.")
d.add_heading("Phase 1: Reconnaissance", level=2)
para(d, "3.2 Entry. Candidates must hold QTS, be in post as SENCO (or be named by the headteacher to take up the "
        "role within the year) and be nominated by their headteacher on Form K1. Sgt Okafor and the Programme "
        "Leader read every K1 and interview each candidate by telephone against the entry profile: knowledge of "
        "the SEN Code of Practice at the level of a class teacher, some experience of planning for pupils with SEN, "
        "and the written English needed for masters-level work. A candidate who does not meet the profile is given "
        "a written note of what to do first (usually the county's SEN induction modules and a term shadowing an "
        "experienced SENCO), and the Programme Leader rings the headteacher to agree it. They may apply for the "
        "next intake.")
para(d, "3.3 The Starting Brief. Before Serial 1 each accepted SENCO completes the Starting Brief, a self-rating "
        "against every outcome in Annex B on a four-point scale with a line of evidence for each, and their Tutor "
        "SENCO adds comments. The Programme Leader discusses it with the SENCO at Serial 1 and together they write "
        "the Individual Deployment Plan (IDP): the outcomes the SENCO already shows, the ones to work on first, "
        "the Serial options to take, and which Beat Tasks will carry which personal targets. The IDP is reviewed at "
        "Serials 4 and 8 and is signed by the SENCO, the Tutor SENCO and the Programme Leader.")
para(d, "3.4 Prior learning. Earlier study and experience are taken into account when the IDP is written: a SENCO "
        "with, for example, a dyslexia qualification will have the U5 and D2 sessions replaced by a reading "
        "task and will use the time on a weaker area. Prior certificated learning is not accredited towards "
        "KEYSTONE, and the University's APL procedures do not apply to this programme.")
d.add_heading("Phase 2: Deployment", level=2)
para(d, "3.5 Serials. Ten Serials (study days) are held on Tuesdays, 09:30 to 15:30, at the Moorgate Training "
        "Centre, Force Headquarters, except Serial 7 (County Hall) and Serial 10 (University of Haverleigh). Each "
        "Serial is led by a Serial Lead from the University or the SEN Service, with Unit officers and partners "
        "as guest speakers. Serials 3 and 6 offer a choice of two workshops, taken as the IDP directs.")
p = inserted_paragraph(d, "3.6 Route B. A second intake starts in January, taking Serials 3, 4, 5 and 6 first and "
                           "Serials 1 and 2 (law and policy) in the summer term with the September intake's next "
                           "cohort. Route B SENCOs finish in December, and their Debrief Board sits in January.",
                       AUTH2, D2)
para(d, "3.7 Beat Tasks. Between Serials each SENCO carries out five Beat Tasks in their own school, each tied to "
        "named outcomes in Annex B: BT1 provision map and audit; BT2 pupil intervention; BT3 working with parents "
        "and an outside agency on the BT2 pupil; BT4 coaching a colleague or leading staff training; BT5 a "
        "presentation to the headteacher on what has changed. Tutor SENCOs visit each SENCO twice in school to "
        "watch part of a Beat Task and give feedback.")
table(d, [
    ["Beat Task", "What the SENCO does in school", "With whom", "Feeds"],
    ["BT1 Provision map", "Builds or updates the school's provision map for one year group, costs it, compares it "
     "with the pupils' tracking data and national test results, and agrees one change with the headteacher.",
     "Headteacher, class teachers, teaching assistants", "Return 1"],
    ["BT2 Intervention", "Chooses a pupil or group of up to four, gathers the assessments already made by other "
     "professionals, sets targets for attainment and for one other ECM outcome, runs the intervention for at least "
     "eight weeks and reviews it.", "Class teacher, teaching assistant", "Return 2"],
    ["BT3 Partners", "Meets the BT2 pupil's parents or carers at least twice, agrees what they will do at home, and "
     "consults one outside agency on the pupil.", "Parents or carers; an agency from Serial 7", "Return 2"],
    ["BT4 Colleague", "Observes a colleague teaching, gives feedback and coaches them over half a term, or plans "
     "and leads a staff training session, and asks for the colleague's or staff's evaluation.",
     "A teacher or teaching assistant; whole staff", "Return 3"],
    ["BT5 Report", "Presents to the headteacher what has changed in SEN provision during the year and what should "
     "happen next.", "Headteacher", "Return 3"],
], widths=[2.6, 8.4, 3.6, 2.0])
deleted_paragraph(d, "3.8 Placement Day. Each Keystone SENCO spends a Placement Day at Fernbrook Special School or "
                     "the Beacon Pupil Referral Unit, arranged by the SEN Service, with a focused observation task "
                     "linked to Return 2.", AUTH1, D1)
para(d, "3.9 Specialist input. Serial 7 is a full day with the Youth Offending Service's speech and language "
        "therapist, a CAMHS primary mental health worker, an educational psychologist, the Parent Partnership "
        "Service, Helmsmoor Autism Support (a voluntary organisation) and a children's social care team manager. "
        "Each SENCO books a follow-up consultation with one of these services in the spring term as part of BT3.")
para(d, "3.9a Serial 7 runs as a carousel. In the morning each partner explains in twenty minutes what the "
        "service does, how a school refers to it, how long a referral takes and what the school should have "
        "ready. In the afternoon each Syndicate works through two anonymised case studies from the Youth "
        "Offending Service's files, deciding which agency to involve, in what order, and what the SENCO must "
        "do before, during and after a multi-agency meeting.")
para(d, "3.10 Syndicates. SENCOs are placed in Syndicates of six, mixed by phase and area. Syndicates work "
        "together at every Serial and each Syndicate has the same Serial Lead throughout.")
d.add_heading("Phase 3: Debrief", level=2)
para(d, "3.10a Tutor SENCO visits. Each Tutor SENCO visits twice: in the autumn term during BT1 and in the "
        "spring term during BT2 or BT4. At each visit the Tutor SENCO watches part of the task, talks with the "
        "SENCO about the Pocket Book and completes a visit record with two strengths and two points to develop, "
        "copied to the Programme Leader. If a visit shows that a SENCO is struggling, the Programme Leader "
        "arranges a tutorial before the next Serial and the IDP is changed.")
para(d, "3.11 Returns. KEYSTONE is assessed through three marked Returns:")
table(d, [
    ["Return", "What the SENCO hands in", "Weight", "Due"],
    ["Return 1: Ground Truth", "A 4,000-word report on the school's provision map (BT1): what it showed, what was "
     "missing or ineffective, what the SENCO changed with colleagues and the first effects, using the school's "
     "tracking and national test data.", "35%", "After Serial 4"],
    ["Return 2: Intervention File", "A 5,000-word case file on the BT2 intervention and BT3 partnership work: "
     "assessment information from other professionals, targets, the evidence base, what was done with parents "
     "and an agency, and the pupil's progress against targets.", "40%", "After Serial 8"],
    ["Return 3: Case Conference", "A 20-minute presentation to a panel of a Serial Lead and a Unit officer on BT4 "
     "and BT5, with questions, and a 1,500-word written summary.", "25%", "Serial 10"],
], widths=[3.6, 9.4, 1.5, 2.5])
para(d, "3.12 The Pocket Book. Every SENCO keeps a Pocket Book, a reflective log with a page for each Serial and "
        "each Beat Task. Tutor SENCOs read it at their visits and Serial Leads read it at Serials 4 and 8 and write "
        "comments. The Pocket Book is not marked and does not count towards the award.")
p = para(d, "3.13 The award. The Debrief Board (the Programme Leader, two Serial Leads, Ch Insp Aske and the external "
            "examiner) meets in July. A SENCO is recommended for the award when the three Returns together reach "
            "an aggregate mark of 50 per cent, with no Return below 35 per cent. The University confers the award.")
comment(d, p, "Panel may ask whether aggregate is allowed. University regs say yes for PGCert.", AUTH2, "MP")
para(d, "3.14 Moving on. At Serial 10 each SENCO writes a Next Deployment plan: three targets for their own "
        "development over the following year, drawn from the final IDP review, with the Serial Lead's comments. "
        "They take it to their performance management meeting, and the University gives them the entry "
        "requirements of its MA in Inclusive Education, into which KEYSTONE credits can be carried.")

# ------------------------------------------------------------------ 4 ADMINISTRATION
d.add_heading("4. ADMINISTRATION", level=1)
para(d, "4.1 Staff. The Nominal Roll of Serial Leads and Unit staff, with their qualifications, is at Annex C. "
        "Serial Leads are all qualified teachers who have worked as SENCOs or SEN advisers within the last five "
        "years, and both University Serial Leads hold higher degrees in special and inclusive education. Each "
        "Serial Lead has two days of development a year with the University's SEN research group.")
para(d, "4.2 Tutor SENCOs. Each SENCO is paired with a Tutor SENCO, an experienced SENCO from another Helmsmoor "
        "school, chosen by the SEN Service. Tutor SENCOs attend a half-day briefing in September, led by the "
        "Programme Leader, on the outcomes, the Beat Tasks, how to give feedback and what to write on the visit "
        "record, and they receive the Tutor SENCO Handbook. Serial Leads attend a course-team day in August on "
        "the Returns, the marking criteria and the Matrix. Unit officers speaking at Serials are briefed by Sgt "
        "Okafor on the session plan and agreed outcomes before each Serial.")
para(d, "4.3 Resources. SENCOs have full University library membership and off-campus access to electronic "
        "journals. The SEN Service's resource base at County Hall lends assessment materials, and the Unit's Kit "
        "Store lends laptops with text-to-speech and mind-mapping software and a set of communication aids, "
        "booked through Sgt Okafor. Serial reading packs are posted on Haverleigh Learn.")
p = para(d, "4.4 Vetting. All Unit officers and police staff who deliver Serials or visit schools hold Force vetting "
            "clearance, and Tutor SENCOs hold enhanced CRB disclosures through the County Council. Candidates "
            "are employed by their schools and their CRB status is a matter for their employer; the Unit does not "
            "ask for or check candidates' disclosures.")
comment(d, p, "Legal Services think we should be checking candidates too. Raise at Gold Group.", AUTH1, "RA")
para(d, "4.5 Costs. The fee is £1,450 per SENCO, of which the County Council's SEN Service pays £600 for every "
        "maintained school. The Moorgate Training Centre is provided free by the Constabulary, and Unit officers' "
        "time is met from the SYEU budget, so the fee covers University teaching, Tutor SENCO visits and "
        "supply cover for Serial 7. Where a SENCO's IDP shows that a Serial is not needed, the day is used "
        "for school-based work instead.")
d.add_heading("Quality assurance", level=2)
para(d, "4.6 Evaluation. Every Serial ends with a written evaluation by the SENCOs, which the Serial Lead "
        "summarises for the course team within a week. The Tutor SENCOs' visit records and the Pocket Book "
        "comments are reviewed at the mid-point course-team meeting. The Gold Group meets each term to receive "
        "these summaries, attendance and Return results, and it agrees changes in writing; the end-of-year report "
        "goes to the University's Annual Monitoring process and to the TDA. The University appoints an external "
        "examiner, who reports annually on standards, and the Faculty Quality Committee reviews the report and "
        "the Gold Group's action plan.")
para(d, "4.7 Marking. Every Return is marked by the Serial Lead against published criteria. The Programme Leader "
        "second-marks a sample of one in four, all fails and all marks over 70. External moderation: [TBC with "
        "University Validation Office].")
p = para(d, "4.8 Case Conference panel. ")
del_run(p, "Return 3 is also marked by a headteacher moderator drawn from the former Reference Group. ", AUTH1, D1)
p.add_run("The Case Conference panel records its questions and marks on Form K7.")
para(d, "4.9 Impact on SENCOs. Each SENCO repeats the Starting Brief self-rating at Serial 10, giving a measure "
        "of the change in their own confidence against every outcome; Tutor SENCOs complete a short rating of the "
        "SENCO's practice at their first and last visits; and the headteacher is asked at the end of the year to "
        "rate changes to SEN practice in the school.")
para(d, "4.10 Impact on pupils. We expect that pupils' achievement will rise in Keystone schools. Measuring this "
        "falls outside the Operation's timescale. We would welcome headteachers' views, at a later date, on "
        "whether KEYSTONE has made a difference to their pupils.")
para(d, "4.11 Stakeholders in delivery. The Youth Offending Service, CAMHS, the Educational Psychology Service, the "
        "Parent Partnership Service and Helmsmoor Autism Support each lead part of Serial 7, and two "
        "headteachers speak at Serial 8 on what they expect from a SENCO.")

# ------------------------------------------------------------------ 5 RISK ASSESSMENT
d.add_heading("5. RISK ASSESSMENT", level=1)
para(d, "5.1 The operational risk assessment below is reviewed at each Gold Group meeting.")
table(d, [
    ["Ref", "Risk", "L", "I", "Control measures"],
    ["R1", "SENCOs not released by schools for Serials", "M", "H",
     "Serials on Tuesdays; dates sent to heads in June; supply cover paid for Serial 7."],
    ["R2", "SENCO falls behind with a Return", "M", "M",
     "IDP review at Serials 4 and 8; Tutor SENCO visit; one extension of up to four weeks agreed by the Programme "
     "Leader."],
    ["R3", "Unit officer abstracted to operational duty on a Serial day", "M", "L",
     "Named deputy for every officer session; Serial Leads hold the session plan."],
    ["R4", "Police presence off-putting to some SENCOs or parents", "L", "M",
     "Officers attend in plain clothes at Serials; no officer visits a school for KEYSTONE purposes without the "
     "SENCO's agreement."],
    ["R5", "Disabled SENCO unable to take full part", "L", "H", "See Section 7."],
], widths=[1.1, 5.5, 0.8, 0.8, 8.8])

# ------------------------------------------------------------------ 6 COMMUNICATIONS
d.add_heading("6. COMMUNICATIONS", level=1)
para(d, "6.1 Call signs. Silver: Ch Insp Aske. Bronze (academic): Dr Penrose. Bronze (delivery): Sgt Okafor, "
        "who is the first point of contact for SENCOs, schools and Tutor SENCOs on 01632 960 411.")
para(d, "6.2 Haverleigh Learn. The University's virtual learning environment holds each Serial's reading pack "
        "and slides, and SENCOs upload their Returns to it. Between Serials SENCOs can email their Syndicate's "
        "Serial Lead, who replies within three working days, and Sgt Okafor sends a fortnightly Keystone "
        "bulletin to SENCOs and their headteachers. Haverleigh Learn has no discussion area for KEYSTONE, and "
        "Syndicates meet only at Serials.")
p = para(d, "6.3 Schools. Headteachers receive a copy of the IDP, the Serial dates and a termly note on their "
            "SENCO's attendance and Return results.")
fn.add(p, "Results are shared with the headteacher only with the SENCO's written consent on Form K1.")

# ------------------------------------------------------------------ 7 HUMAN RIGHTS
d.add_heading("7. HUMAN RIGHTS AND EQUALITY", level=1)
para(d, "7.1 The Unit's duties under the Disability Discrimination Act 1995 as amended in 2005, the Race Relations "
        "(Amendment) Act 2000 and the Equality Act 2006 apply to KEYSTONE as to every operation. In practice:")
for s in [
    "Form K1 asks every candidate whether they have a disability or other need we should plan for, explains why "
    "we ask and that an answer will not affect selection, and the question is asked again at Serial 1;",
    "Sgt Okafor agrees adjustments with each SENCO who tells us of a need before Serial 1 (so far: large-print and "
    "electronic reading packs, a BSL interpreter, a ground-floor room, rest breaks, extra time for Returns, and "
    "Case Conference by a recorded presentation);",
    "the Moorgate Training Centre, County Hall and the University's Education building have level access, "
    "accessible toilets and hearing loops, and the Kit Store lends assistive technology;",
    "the KEYSTONE leaflet and Form K1 are available in large print and on audio CD, and say that adjustments "
    "are made at every stage, including at interview and at Case Conference;",
    "the Gold Group checks applications, results and withdrawals by gender, ethnicity and disability each year.",
]:
    para(d, s, style="List Bullet")
para(d, "7.2 Article 8. Pupil information in Returns and the Pocket Book is anonymised; SENCOs follow their "
        "school's data protection policy and the University's ethics guidance for practitioner enquiry.")

# ------------------------------------------------------------------ ANNEX A
d.add_page_break()
d.add_heading("ANNEX A: SERIAL LIST", level=1)
rows = [["Serial", "Date", "Briefing", "Lead", "Beat Task set"]]
plan = [
    ("PHASE 2 - DEPLOYMENT: AUTUMN TERM", None),
    ("1", "23 Sept 2008", "Opening brief: the SENCO's role; the Starting Brief and IDP; managing the SENCO's "
     "time and priorities", "Dr Penrose", "-"),
    ("2", "14 Oct 2008", "The law and the Code: SEN Code of Practice, SENDA 2001 and the DDA duties, Every Child "
     "Matters and the Children Act 2004", "SEN Service", "-"),
    ("3", "11 Nov 2008", "Finding and tracking: identification, data, national tests and targets; provision "
     "mapping; the National Decision Model as a frame for SEN decisions", "Dr Penrose; Sgt Okafor", "BT1"),
    ("4", "9 Dec 2008", "What works: the evidence on SLCN, dyslexia, autism, BESD and MLD; child development and "
     "what gets in its way; protected writing time", "University", "BT2"),
    ("PHASE 2 - DEPLOYMENT: SPRING TERM", None),
    ("5", "20 Jan 2009", "Listening: the Youth Panel on being heard; working with parents and carers", "Youth Panel; "
     "Parent Partnership", "BT3"),
    ("6", "17 Feb 2009", "Teaching and learning: approaches, ICT and resources; formative assessment in the "
     "classroom (workshop option)", "University", "-"),
    ("7", "17 Mar 2009", "Multi-agency day at County Hall", "Partners", "BT3 consult"),
    ("PHASE 2 - DEPLOYMENT: SUMMER TERM", None),
    ("8", "28 Apr 2009", "Leading colleagues: coaching, training staff, deploying teaching assistants, winning "
     "the head's support", "SEN Service; two heads", "BT4"),
    ("9", "19 May 2009", "Reviewing provision; inspection and self-assessment; access arrangements for tests and "
     "examinations; protected writing time", "Ch Insp Aske; University", "BT5"),
    ("10", "23 June 2009", "Case Conferences; Next Deployment plans", "Course team", "-"),
]
for r in plan:
    rows.append([r[0], "", "", "", ""] if r[1] is None else list(r))
t = table(d, rows, widths=[1.3, 2.2, 8.3, 3.2, 1.8])
for i, r in enumerate(plan, start=1):
    if r[1] is None:
        merge_row(t, i, r[0], fill="BDD7EE")

# ------------------------------------------------------------------ ANNEX B
d.add_heading("ANNEX B: OUTCOME TASKING MATRIX", level=1)
para(d, "Each row is one outcome in the Unit's own wording. Briefed at: the Serial where it is taught. Tasked in: "
        "the Return in which it is marked. Pocket Book only: the SENCO records it in the Pocket Book, which is "
        "read but not marked. Not tasked: no Return marks it.")
M = [
    ("P: PROFESSIONAL CONDUCT",),
    ("P1", "Builds fair, respectful and supportive relationships with pupils with SEN and disabilities and their "
           "parents or carers", "5", "Return 2"),
    ("P2", "Wins the commitment of colleagues, the headteacher and senior leaders to better outcomes for these "
           "pupils", "8", "Return 3"),
    ("P3", "Sets priorities, manages own time and delegates tasks so that they get done", "1", "Pocket Book only"),
    ("P4", "Anticipates and resolves problems and makes sound, well-founded decisions on provision", "3",
     "Return 1"),
    ("P5", "Speaks and writes clearly and listens to the views of others", "8", "Return 3"),
    ("P6", "Uses research evidence and outside advice to improve own and colleagues' practice", "4", "Return 2"),
    ("P7", "Keeps up to date and takes charge of own professional development in SEN and disability", "10",
     "Pocket Book only"),
    ("U: UNDERSTANDING",),
    ("U1", "SEN law and guidance, including the SEN Code of Practice, what it means for the school and the SENCO "
           "and how to put it into practice", "2", "Return 1"),
    ("U2", "The principles and five outcomes of Every Child Matters and the SENCO's part in them", "2",
     "Return 1"),
    ("U3", "Disability equality law and what it requires a school to do for disabled pupils", "2", "Return 1"),
    ("U4", "How children develop and how SEN, disability and the learning environment affect development", "4",
     "Pocket Book only"),
    ("U5", "The common types of SEN (BESD, specific learning difficulties including dyslexia, SLCN, autism, "
           "MLD) and how they affect learning", "4, 6", "Return 2"),
    ("U6", "Approaches, strategies and resources, including ICT, for assessment, planning and teaching, and "
           "how to choose between them", "6", "Return 2"),
    ("U7", "Inspection and self-assessment: how Helmsmoor Constabulary's schools work is inspected by HMIC and "
           "reviewed in the Force's own self-assessment", "9", "Return 3"),
    ("U8", "Best practice and research findings in meeting special educational needs", "4", "Return 2"),
    ("U9", "What outside agencies do and how to get specialist support and resources", "7", "Return 3"),
    ("D: DUTIES",),
    ("D1", "Works with senior leaders and governors on the school's inclusive ethos, policies and use of "
           "resources", "Not briefed: Keystone SENCOs are new to post; strategic work with governors is left to "
           "their headteachers", "Not tasked"),
    ("D2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
           "progress", "3", "Return 2"),
    ("D2a", "Uses other professionals' assessments to shape teaching", "7", "Return 2"),
    ("D2b", "Uses summative assessment and national tests to track progress and change programmes", "3",
     "Return 1"),
    ("D2c", "Encourages other teachers to develop formative assessment, with approaches for pupils with SEN",
     "6", "Pocket Book only"),
    ("D2d", "Identifies in good time the access arrangements pupils need for tests and examinations and puts "
            "them in place", "9", "Not tasked"),
    ("D3", "Uses provision mapping to plan provision and find what is ineffective or missing", "3", "Return 1"),
    ("D4", "Deploys and manages staff, including teaching assistants, to support pupils with SEN", "8",
     "Return 1"),
    ("D5", "Supports colleagues' development by observation and feedback, modelling, coaching and training", "8",
     "Return 3"),
    ("D6", "Reviews with colleagues how well provision works and feeds the findings into school improvement "
           "planning", "9", "Return 1"),
    ("D7", "Makes sure pupils with SEN take part in planning, agreeing and reviewing their own provision", "5",
     "Not tasked"),
    ("D8", "Works with parents and carers to promote their child's learning and development", "5", "Return 2"),
    ("D9", "Works in partnership with other services and agencies, including voluntary organisations", "7",
     "Return 3"),
]
rows = [["Ref", "What the Keystone SENCO must be able to do", "Briefed at (Serial)", "Tasked in"]]
for m in M:
    rows.append([m[0], "", "", ""] if len(m) == 1 else list(m))
t = table(d, rows, widths=[1.2, 9.5, 3.0, 2.9], size=8)
for i, m in enumerate(M, start=1):
    if len(m) == 1:
        merge_row(t, i, m[0], fill="D9D9D9", size=8)

# ------------------------------------------------------------------ ANNEX C
d.add_heading("ANNEX C: NOMINAL ROLL", level=1)
table(d, [
    ["Name", "Role", "Qualifications and experience"],
    ["Dr Miriam Penrose", "Programme Leader; Serial Lead", "PhD (inclusive education); NPQH; SENCO in two "
     "comprehensive schools for nine years; Senior Lecturer since 2003; publishes on SENCO leadership."],
    ["Mr Alan Strood", "Serial Lead (University)", "MEd (SEN); OCR Level 5 in specific learning difficulties; "
     "former Head of Learning Support; lecturer since 2006."],
    ["Mrs Fay Oduya", "Serial Lead (SEN Service)", "MA (SEN); Advanced Diploma in autism; Senior SEN Adviser, "
     "Helmsmoor County Council; SENCO until 2004."],
    ["Mr Kit Lambourne", "Serial Lead (SEN Service)", "Postgraduate Diploma in SLCN; advisory teacher for "
     "speech, language and communication since 2005."],
    ["Ch Insp Ruth Aske", "Silver; speaks at Serial 9", "Officer in Charge, SYEU; BA (Hons) Criminology; "
     "lead for the Constabulary's schools protocol."],
    ["Sgt Daniel Okafor", "Bronze (delivery); speaks at Serial 3", "Schools Liaison Coordinator; Youth Panel "
     "lead; restorative justice facilitator."],
], widths=[3.4, 4.0, 9.2])

# ------------------------------------------------------------------ ANNEX D
d.add_heading("ANNEX D: BRIEFING RECORD", level=1)
prompt(d, "[Each person briefed on this order signs below. Briefing officer to return the completed record to "
          "SYEU admin within 7 days.]")
table(d, [
    ["Name", "Role", "Briefed by", "Date", "Signature"],
    ["", "", "", "", ""],
    ["", "", "", "", ""],
    ["", "", "", "", ""],
], widths=[4, 3.5, 3.5, 2.2, 3.5])
para(d, "Authorised: Supt C. Varley (Gold)            Date: [insert date]")

fn.finish()
out = HERE / f"{NAME}.docx"
d.save(out)
print(out.name, "words:", words(d))
