"""lf-02-castleworth-outbreak-control-plan

Provider (invented): Castleworth Metropolitan Borough Council, Environmental Health and Food Safety
Service, Schools Health Protection Training Unit (which trains school staff in infection control, food
hygiene and outbreak response), with the University of Wendlebury. Course: the Castleworth National
Award for SEN Coordination, 2008-09.

Document kind and layout: the course written on the service's Outbreak Control Plan template, the plan
it keeps for communicable disease outbreaks in schools. A document-control table with merged cells; heading
styles (Heading 1 numbered by hand "1." to "11."); the template's italic bracketed guidance left in
("[Template guidance: ...]"); Definitions adapted from outbreak case definitions (Exposure Days E1-E10,
Specimens SP1-SP4, Field Diary, Link Officers, and the Status values "Confirmed", "Probable" and
"Imported"); an Outbreak Control Team membership table with merged group rows; stages Alert,
Investigation, Control, Communications, Stand-down, Debrief; Appendix A Action Cards (boxed tables);
Appendix B a Line List of the outcomes ("Line | The coordinator can (in our words) | Exposure | Specimen |
Status") with merged group rows and a tracked deletion of one row; Appendix C a contact list with
placeholders. A footnote, a Word comment, a tracked insertion of a whole paragraph, header and footer.

Traps (requirement ids):
- Credits left as a placeholder "[number]" at Master's level (E.2 partial).
- Research and inspection only in general terms, "kept up to date" (1.3 partial).
- Status "Probable" (taught, Field Diary, not marked) and "Imported" (marked, not taught): 1.9 partial;
  6.A3, 6.A7, 6.S5, 6.S6 Probable; 6.K3, 6.S2d Imported (all partial).
- The 6.S2b line is a tracked deletion (not_met).
- APL for certificated study only; "We do not accredit experience" (2.1 partial).
- The assessment-only "Direct Confirmation" route exists only in an inserted paragraph (2.3 met).
- Equalities: a general statement of compliance with no arrangement (3.1 partial).
- Stakeholders: survey and headteachers' consultation shaped the course (4.1, 4.2 met); they take part in
  delivery (a Parent Partnership co-leader, a host special school, Link Officers), but "schools and parents
  are not asked to take part in" evaluation (4.3 partial: negation).
- Resources only a placeholder "[Lead Officer to insert the resources list before submission]" (5.6 not_met).
- Marking by the Lead Officer alone; the University "may" look at a sample; another borough's double
  marking "we have not adopted" (5.8 partial).
- Impact on pupils "not something we can measure", confidence survey only hoped for; a comment
  proposes P-scale data (comment, not evidence) (5.9 not_met).
- CRB check on candidates done properly by the Administrator (5.3 met; also in the Action Card).
- Placements at a special school and the PRU (5.5 met). E-learning with tutor and peer support (3.3 met).
- Template guidance in brackets is never an answer (e.g. the bracketed prompt under 11 about impact).
- Footer "Uncontrolled when printed" and header are never evidence.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _lf_helpers import (new_doc, header_footer, para, runs, table, cell_text, shade, tracked, comment,
                         text_box, word_count, Footnotes, delete_row)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 11)
header_footer(d, "CASTLEWORTH MBC  -  ENVIRONMENTAL HEALTH & FOOD SAFETY  -  OUTBREAK CONTROL PLAN (TRAINING PROGRAMMES)",
              "Version 1.3  -  October 2008  -  Uncontrolled when printed")
fn = Footnotes(d)
GREY, RED, AMBER = "D9D9D9", "F4CCCC", "FFE599"


def h(text):
    d.add_heading(text, level=1)


def h2(text):
    d.add_heading(text, level=2)


def guide(text):
    para(d, "[Template guidance: " + text + "]", italic=True, color="7F7F7F")


# ------------------------------------------------------------- control table
para(d, "OUTBREAK CONTROL PLAN", bold=True, size=22)
para(d, "Castleworth National Award for SEN Coordination (National Award for SEN Coordination), 2008-09", bold=True, size=13)
ct = d.add_table(rows=6, cols=4)
ct.style = "Table Grid"
vals = [["Plan owner", "Schools Health Protection Training Unit", "Version", "1.3"],
        ["Lead Officer", "Ruth Amadi", "Status", "Issued to the TDA for approval"],
        ["Accrediting body", "University of Wendlebury, Faculty of Education", "Review date", "July 2009"],
        ["Template", "Service Outbreak Control Plan, schools edition", None, None],
        ["Distribution", "Outbreak Control Team; University of Wendlebury; TDA panel", None, None],
        ["Approved by", "Head of Environmental Health and Food Safety, 9 October 2008", None, None]]
for i, r in enumerate(vals):
    for j, v in enumerate(r):
        if v is not None:
            cell_text(ct.cell(i, j), v, bold=(j % 2 == 0), fill=GREY if j % 2 == 0 else None, size=9)
for i in (3, 4, 5):
    m = ct.cell(i, 1).merge(ct.cell(i, 3))
    cell_text(m, vals[i][1], size=9)
para(d, "")

# ------------------------------------------------------------- 1
h("1. Purpose and scope of this plan")
p = para(d, "Castleworth's Environmental Health and Food Safety Service keeps an Outbreak Control Plan for outbreaks of infection "
            "and food poisoning in the borough's schools. Its Schools Health Protection Training Unit trains head teachers, "
            "school cooks, lunchtime staff and office staff to use it. Since 2005 the Unit has written every training programme it "
            "runs on the same template, because school staff already know it and because it makes every programme name its team, "
            "its stages, its roles and its checks.")
fn.add(p, "The template follows the Health Protection Agency's guidance on communicable disease outbreak management (2006), "
          "adapted for Castleworth schools.")
para(d, "This plan covers the Castleworth National Award for SEN Coordination, run by the Unit with the University of Wendlebury "
        "for teachers new to the role of special educational needs coordinator (SENCO) in Castleworth and neighbouring authorities.")
h2("1.1 Aim")
para(d, "The aim of the Award is to raise the achievement and improve the well-being of children and young people with SEN and "
        "disabilities, in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a "
        "positive contribution and achieving economic well-being. Each Exposure Day names the ECM outcomes it serves, every "
        "Specimen asks the coordinator to show the difference for pupils' achievement and well-being, and the marking criteria "
        "give weight to both.")
h2("1.2 Accreditation")
para(d, "The Award is validated by the University of Wendlebury. The Faculty of Education's validation event was held on 18 June "
        "2008 and approved the Award for five years. The Award will carry [number] credits at Master's level (Level 7), which "
        "count towards the University's MA in Education.")
guide("State the legal basis of the plan and the powers it relies on.")
para(d, "The course keeps to the Special Educational Needs Code of Practice (2001) and is kept up to date with developments in SEN "
        "and disability.")

# ------------------------------------------------------------- 2
h("2. The Outbreak Control Team")
para(d, "The Outbreak Control Team (OCT) runs the Award. It meets twice a term and after every Specimen is marked.")
ot = d.add_table(rows=10, cols=3)
ot.style = "Table Grid"
rows = [["Member", "Role in the OCT", "Qualifications and experience"],
        ["CORE MEMBERS", None, None],
        ["Ruth Amadi, Lead Officer", "Chairs the OCT; leads Exposure Days 1, 2, 7 and 8; marks every Specimen.",
         "Former SENCO of a Castleworth secondary school; MEd in Special Educational Needs; five years as the borough's SEN adviser."],
        ["Dr Colin Fairbrother, Consultant", "University of Wendlebury link tutor; teaches Exposure Days 4 and 9; convenes the Examination Board.",
         "Reader in Inclusive Education; PhD; external examiner for two other universities."],
        ["Helen Marsh, Parent Adviser", "Co-leads Exposure Day 7 on families.", "Coordinator, Castleworth Parent Partnership Service; parent of a child with autism."],
        ["Sam Okafor, Administrator", "Enrolment, records, CRB checks, Specimen tracking.", "Environmental Health administrator; trained in safer recruitment."],
        ["CO-OPTED MEMBERS", None, None],
        ["Educational Psychologist", "Teaches Exposure Day 3; advises on cases.", "Castleworth Educational Psychology Service."],
        ["Specialist Teacher", "Teaches Exposure Day 6 with CAMHS and Sensory Support.", "Castleworth Sensory and Communication Support Team."],
        ["All members", "Take part in at least two days of SEN professional development a year; the Lead Officer keeps the record.", None]]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v is not None:
            cell_text(ot.cell(i, j), v, bold=(i == 0), fill=GREY if i == 0 else None, size=9)
for i in (1, 6):
    m = ot.cell(i, 0).merge(ot.cell(i, 2))
    cell_text(m, rows[i][0], bold=True, fill=AMBER, size=9)
m = ot.cell(9, 1).merge(ot.cell(9, 2))
cell_text(m, rows[9][1], size=9)
para(d, "")
para(d, "Specialist input beyond the OCT. Coordinators have access to the Educational Psychology Service, CAMHS, the Sensory and "
        "Communication Support Team and Castleworth Voluntary Action's disability groups, all of whom teach or take questions on "
        "Exposure Day 6. Every coordinator also spends a placement day at Hollin Bank Special School and half a day at the "
        "Castleworth Pupil Referral Unit, with a set task linked to Lines K5 and S9.")

# ------------------------------------------------------------- 3
h("3. Definitions")
para(d, "In our outbreak plans the definitions decide who counts as a case. In this plan they decide where each outcome is taught "
        "and where it is marked.")
for term, text in [
    ("Coordinator", "a teacher taking the Award."),
    ("Exposure Day", "a taught day, E1 to E10 (section 5). The Exposure column of the Line List names the day on which a Line is taught."),
    ("Specimen", "a marked assessment, SP1 to SP4 (section 9). The Specimen column names where a Line is marked."),
    ("Field Diary", "the coordinator's reflective log. The Link Officer reads it; it is not marked."),
    ("Link Officer", "an experienced SENCO or senior leader who supports the coordinator in school."),
    ("Confirmed", "the Line is taught on the Exposure Day shown and marked in the Specimen shown."),
    ("Probable", "the Line is taught on the Exposure Day shown and recorded in the Field Diary, but it is not marked."),
    ("Imported", "the Line is not taught on any Exposure Day; coordinators are expected to bring it from their school or earlier "
                 "study, and it is marked in the Specimen shown."),
]:
    runs(d, [(term + ": ", "b"), (text, "")])

# ------------------------------------------------------------- 4
h("4. Alert stage: recruitment and entry")
h2("4.1 Case definition: who can join")
para(d, "A teacher can join if they hold Qualified Teacher Status, are the SENCO of a school or have been appointed to the post, "
        "and their head teacher supports the application in writing and agrees to release them for ten Exposure Days. Each "
        "applicant has an Initial Assessment Interview with the Lead Officer, who reviews a self-assessment against every Line of "
        "the Line List and a short account of the applicant's work with one pupil. An applicant who is not ready is given a written "
        "note of what to do first, and the Lead Officer meets their head teacher to agree it.")
h2("4.2 Checks on coordinators")
para(d, "The Administrator sees each coordinator's enhanced CRB disclosure before the first Exposure Day, records its number and "
        "date, and confirms with the head teacher in writing that the school's List 99 check and references raised no concerns. "
        "No coordinator attends without this check being complete.")
h2("4.3 Individual Control Plan")
para(d, "The Initial Assessment Interview produces each coordinator's Individual Control Plan: the Lines they already meet, the "
        "Lines to work on first, personal targets beyond the Line List, and the Control Measures they will carry out in school "
        "(section 6). Coordinators choose which optional Exposure Day workshops to attend, and the Plan is reviewed with the Lead "
        "Officer each term. The fee of \u00a3875 includes University registration, and the Unit's training rooms are used to keep "
        "the cost down.")
h2("4.4 Prior learning")
para(d, "Coordinators who hold certificated Master's-level credit in SEN from the last five years may claim up to 20 credits "
        "through the University's APL procedure. We do not accredit experience.")
tracked(d, [("Direct Confirmation. An experienced applicant, for example a teacher from the Sensory and Communication Support Team "
             "or an experienced acting SENCO, may ask to be assessed without attending. They submit all four Specimens and take the "
             "SP4 viva, and are assessed against every Line of the Line List in the same way as other coordinators. The fee for "
             "Direct Confirmation is \u00a3450.", "ins")], author="R. Amadi", date="2008-10-06T11:20:00Z")
h2("4.5 Equality")
para(d, "The Unit complies with the Disability Discrimination Act and all equalities legislation, and welcomes applications from "
        "all teachers.")

# ------------------------------------------------------------- 5
h("5. Investigation stage: the Exposure Days")
guide("List the investigation meetings and who attends each.")
xt = d.add_table(rows=12, cols=4)
xt.style = "Table Grid"
xrows = [["Term", "Exposure Day", "Content", "ECM outcomes"],
         ["Autumn", "E1", "The law and the Code of Practice; Every Child Matters and the SENCO's part in it", "All five"],
         [None, "E2", "Identifying pupils, setting targets, planning and reviewing interventions", "Enjoying and achieving"],
         [None, "E3", "How children develop; the common kinds of SEN and disability; using other professionals' assessments (with the educational psychologist)", "Being healthy; enjoying and achieving"],
         ["Spring", "E4", "Approaches, strategies and resources, including ICT; what research says works", "Enjoying and achieving"],
         [None, "E5", "Provision mapping; assessment for learning with colleagues", "Enjoying and achieving"],
         [None, "E6", "External agencies, CAMHS, sensory support and voluntary groups; problem-solving on real cases", "Staying safe; being healthy"],
         [None, "E7", "Pupils and families: consulting pupils, working with parents, speaking and listening", "Making a positive contribution"],
         ["Summer", "E8", "Leading colleagues: the head teacher, governors, deploying teaching assistants, managing time", "All five"],
         [None, "E9", "Self-evaluation, research and outside advice, supporting colleagues' development", "All five"],
         [None, "E10", "Reviewing provision with staff; keeping up to date; presentation of Control Measures", "Achieving economic well-being"],
         ["Each Exposure Day runs 9.30 to 3.30, or as two twilight sessions (4.15 to 7.00) for coordinators who cannot be released.", None, None, None]]
for i, r in enumerate(xrows):
    for j, v in enumerate(r):
        if v is not None:
            cell_text(xt.cell(i, j), v, bold=(i == 0), fill=GREY if i == 0 else None, size=9)
for a, b in ((1, 3), (4, 7), (8, 10)):
    m = xt.cell(a, 0).merge(xt.cell(b, 0))
    cell_text(m, xrows[a][0], bold=True, size=9)
m = xt.cell(11, 0).merge(xt.cell(11, 3))
cell_text(m, xrows[11][0], italic=True, size=9)
para(d, "")
h2("5.1 Routes and times")
para(d, "There are two intakes a year, in September and February. Coordinators may take Exposure Days as full days or as twilight "
        "pairs, may join the other intake for any day they miss, and after E1 and E2 may take E3 to E10 in any order. A "
        "coordinator may take the Award over one year or spread it over two.")
h2("5.2 The Castleworth Learning Platform")
para(d, "Between Exposure Days, coordinators work on the Castleworth Learning Platform. Each course has a discussion forum in which "
        "coordinators post their Control Measures and comment on each other's, in learning sets of five. The Lead Officer holds a "
        "one-hour online tutorial every fortnight, replies to questions within three working days, and posts a short task after "
        "each Exposure Day. All materials, recordings of the morning talks and the Line List self-assessment are on the Platform, "
        "and coordinators who miss a day can follow it there.")

# ------------------------------------------------------------- 6
h("6. Control stage: Control Measures in school")
para(d, "In an outbreak, control measures are what is done on site. In this plan, Control Measures are the tasks each coordinator "
        "carries out in their own school after each Exposure Day, chosen in the Individual Control Plan and linked to the Lines "
        "taught that day. The coordinator tries out what was taught, records what changed, and reports back on the next Exposure "
        "Day. The Control Measures build into SP3, in which the coordinator must show a change in the school's practice and its "
        "effect.")
para(d, "Three Control Measures are set for everyone: after E7, consulting a group of pupils with SEN about their provision, using "
        "a method taught that day (pupil interviews, a talking mat or a questionnaire), and acting on what they say; after E7, "
        "holding a review meeting with parents and agreeing targets with them; and after E8, planning and leading a staff "
        "meeting or training session for colleagues, with advice to a teacher in a partner school.")

para(d, "Examples from the first term. After E2 a primary coordinator rewrote the targets on her school's individual education "
        "plans with class teachers so that each target could be measured at the next review. After E5 a secondary coordinator "
        "drew up the school's first provision map for Year 7 and found that two reading groups were running with no pupils who "
        "needed them. After E6 a coordinator in a special school set up a termly meeting with CAMHS and the school nurse. Each of "
        "these was reported to the learning set on the Platform and discussed on the next Exposure Day.")
para(d, "Control Measures are recorded in the Field Diary with the date, what was done, who was involved and what changed. The "
        "Link Officer signs each entry, and the Lead Officer reads the Diary at each termly review of the Individual Control Plan.")

# ------------------------------------------------------------- 7
h("7. Communications and stakeholders")
para(d, "The Award was shaped by what schools told us. The borough's SEN audit of 2007 found that a third of Castleworth SENCOs "
        "had been in post less than two years and that provision mapping was used in fewer than half of schools. In November 2007 "
        "the Unit held two consultation meetings with head teachers, attended by 38 heads, and a meeting with the Parent "
        "Partnership Service's parents' forum. Heads asked for twilight sessions and for a day on deploying teaching assistants; "
        "parents asked that a parent co-lead the day on families. All three requests are now in the plan (E5, E7, E8 and section "
        "5.1). The OCT's co-opted members were added at the heads' request.")
para(d, "Evaluation of the Award is kept within the OCT: schools and parents are not asked to take part in it.")

# ------------------------------------------------------------- 8
h("8. Resources")
guide("Set out the equipment, rooms and materials available to the OCT.")
para(d, "[Lead Officer to insert the resources list before submission]", italic=True)

# ------------------------------------------------------------- 9
h("9. Specimens: assessment")
table(d, [
    ["Specimen", "What the coordinator does", "Length"],
    ["SP1 Case Review", "A review of one pupil: needs, development, relationships with the family, other professionals' advice.", "3,000 words"],
    ["SP2 Provision Audit", "An audit of the school's SEN policy, provision map and self-evaluation against the law and guidance.", "4,000 words"],
    ["SP3 Intervention Report", "Plan, lead and review a change in provision with colleagues, pupils and other services.", "5,000 words"],
    ["SP4 Viva", "A 40-minute oral examination with the Lead Officer and the Consultant.", "40 minutes"],
], header_fill=GREY, size=9)
para(d, "")
para(d, "All Specimens are marked by the Lead Officer against the University's Level 7 criteria. The University may look at a sample "
        "of Specimens at the end of the year. Ridgemoor Borough's SENCO course double-marks every Specimen; we have not adopted this.")

# ------------------------------------------------------------- 10
h("10. Stand-down: declaring the outbreak over")
para(d, "An outbreak is declared over only when the OCT is satisfied that every case is accounted for. In the same way, the Award is "
        "made only when the University's Examination Board confirms that the coordinator has met every one of the national minimum "
        "outcomes in the Line List, in a marked Specimen or through Direct Confirmation. Attendance alone never leads to the Award.")
para(d, "Recovery Plan. At the SP4 viva each coordinator brings a Recovery Plan drafted with their head teacher: three professional "
        "targets for the following year and the training they will need. The Lead Officer discusses it with them and the Unit "
        "sends a copy to the head teacher.")

# ------------------------------------------------------------- 11
h("11. Debrief and lessons learned")
para(d, "After every outbreak we hold a debrief and write a lessons-learned report. The Award is treated the same way. After each "
        "Exposure Day coordinators complete an evaluation form; the OCT reviews the forms at its next meeting and records any "
        "change. The University's external examiner reports on the Specimens and the Examination Board each year. The Lead Officer "
        "writes a lessons-learned report each July from the forms, the external examiner's report, pass rates and a focus group of "
        "coordinators; its action plan goes to the University's Programme Committee and changes the next year's Exposure Days.")
guide("Describe how the impact of the response will be measured.")
p = para(d, "Impact on pupils' achievement is not something we can measure within the life of the course. We hope to survey "
            "coordinators about their confidence at some point.")
comment(d, p, "Could we use the borough's P-scale data for coordinators' schools?", author="C. Fairbrother", initials="CF")

# ------------------------------------------------------------- Appendix A
h("Appendix A. Action Cards")
para(d, "Each member of the team is given an Action Card at the OCT's first meeting and goes through it with the Lead Officer. Link "
        "Officers attend a half-day briefing in September with their Action Card before they start.")
for name, lines in [
    ("ACTION CARD 1: LEAD OFFICER", ["Chair the OCT and keep the plan up to date.", "Lead Exposure Days 1, 2, 7 and 8.",
                                      "Hold the Initial Assessment Interviews and agree Individual Control Plans.", "Mark every Specimen."]),
    ("ACTION CARD 2: CONSULTANT (UNIVERSITY)", ["Teach Exposure Days 4 and 9.", "Sit on the SP4 viva.", "Convene the Examination Board and liaise with the external examiner."]),
    ("ACTION CARD 3: LINK OFFICER", ["Meet the coordinator in school at least twice a term.", "Read and sign the Field Diary.",
                                      "Help the coordinator choose and carry out Control Measures.", "Tell the Lead Officer at once if the coordinator is falling behind."]),
    ("ACTION CARD 4: ADMINISTRATOR", ["Check and record each coordinator's enhanced CRB disclosure before the first Exposure Day.",
                                       "Keep the Specimen tracking sheet.", "Send evaluation forms after every Exposure Day."]),
]:
    t = d.add_table(rows=1 + len(lines), cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), name, bold=True, fill=RED, size=9)
    for i, l in enumerate(lines):
        cell_text(t.cell(i + 1, 0), "\u2610  " + l, size=9)
    para(d, "")

# ------------------------------------------------------------- Appendix B
h("Appendix B. Line List")
para(d, "Read with the definitions in section 3.")
LL = [
    ("PROFESSIONAL ATTRIBUTES", [
        ("A1", "build fair, respectful, supportive and constructive relationships with pupils with SEN and their parents or carers", "E7", "SP1", "Confirmed"),
        ("A2", "gain the commitment of colleagues, including the head teacher and senior leaders", "E8", "SP3", "Confirmed"),
        ("A3", "set priorities, manage their time and delegate where it is right to do so", "E8", "Field Diary", "Probable"),
        ("A4", "see problems coming, resolve them and make sound decisions about provision", "E6", "SP4", "Confirmed"),
        ("A5", "speak and write clearly, and listen to and understand the views of others", "E7", "SP4", "Confirmed"),
        ("A6", "use research evidence and outside advice to improve their own and colleagues' practice", "E9", "SP2", "Confirmed"),
        ("A7", "keep up to date and take charge of their own professional development in SEN and disability", "E10", "Field Diary", "Probable"),
    ]),
    ("KNOWLEDGE AND UNDERSTANDING", [
        ("K1", "know the law and guidance on SEN, including the Code of Practice, what they mean for the school and how to put them into practice", "E1", "SP2", "Confirmed"),
        ("K2", "explain the principles and outcomes of Every Child Matters and the SENCO's part in them", "E1", "SP1", "Confirmed"),
        ("K3", "know the law on disability equality and what the school must do under it", "\u2014", "SP2", "Imported"),
        ("K4", "explain how children develop and how SEN, disability and the environment affect development", "E3", "SP1", "Confirmed"),
        ("K5", "describe the common kinds of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "E3", "SP1", "Confirmed"),
        ("K6", "judge critically approaches, strategies and resources for assessment, planning, teaching and learning, including ICT", "E4", "SP3", "Confirmed"),
        ("K7", "apply the principles of school self-evaluation and improvement to outcomes for pupils with SEN", "E9", "SP2", "Confirmed"),
        ("K8", "draw on best practice and research on meeting SEN", "E4", "SP3", "Confirmed"),
        ("K9", "explain the part external agencies play and how to get specialist support and resources", "E6", "SP1", "Confirmed"),
    ]),
    ("SKILLS", [
        ("S1", "work with senior colleagues and governors to shape an inclusive ethos, policies, priorities and resources", "E8", "SP2", "Confirmed"),
        ("S2", "identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "E2", "SP1", "Confirmed"),
        ("S2a", "use assessments by other professionals to develop teaching approaches", "E3", "SP1", "Confirmed"),
        ("S2b", "use summative assessments, including national tests, to track progress and adjust programmes", "E2", "SP2", "Confirmed"),
        ("S2c", "encourage colleagues to develop formative assessment that works for pupils with SEN", "E5", "SP3", "Confirmed"),
        ("S2d", "identify in good time the special arrangements pupils need for national tests and examinations and put them in place", "\u2014", "SP4", "Imported"),
        ("S3", "use provision mapping to manage provision and find what is missing or not working", "E5", "SP2", "Confirmed"),
        ("S4", "deploy and manage teaching assistants and other staff well", "E8", "SP3", "Confirmed"),
        ("S5", "support colleagues' development through observation and feedback, modelling, coaching, mentoring and training", "E9", "Field Diary", "Probable"),
        ("S6", "review with other staff how well provision works and feed this into the school's self-evaluation", "E10", "Field Diary", "Probable"),
        ("S7", "make sure pupils take part in planning, agreeing, reviewing and evaluating their provision", "E7", "SP3", "Confirmed"),
        ("S8", "work with parents and carers and keep them closely involved", "E7", "SP1", "Confirmed"),
        ("S9", "work in partnership with other services and agencies, including voluntary organisations", "E6", "SP3", "Confirmed"),
    ]),
]
n = 1 + sum(1 + len(g[1]) for g in LL)
lt = d.add_table(rows=n, cols=5)
lt.style = "Table Grid"
for j, hd in enumerate(["Line", "The coordinator can (in our words)", "Exposure", "Specimen", "Status"]):
    cell_text(lt.cell(0, j), hd, bold=True, fill=GREY, size=9)
r = 1
del_row = None
for gname, items in LL:
    m = lt.cell(r, 0).merge(lt.cell(r, 4))
    cell_text(m, gname, bold=True, fill=AMBER, size=9)
    r += 1
    for it in items:
        for j, v in enumerate(it):
            cell_text(lt.cell(r, j), v, size=9)
        if it[0] == "S2b":
            del_row = lt.rows[r]
        r += 1
delete_row(del_row, author="R. Amadi", date="2008-10-06T11:40:00Z")
para(d, "")

# ------------------------------------------------------------- Appendix C
h("Appendix C. Contact list")
table(d, [
    ["Role", "Name", "Telephone", "Out of hours"],
    ["Lead Officer", "Ruth Amadi", "[tel]", "[mobile]"],
    ["Consultant", "Dr Colin Fairbrother", "[tel]", "\u2014"],
    ["Administrator", "Sam Okafor", "[tel]", "\u2014"],
    ["Link Officers", "[names to be added after enrolment]", "", ""],
], header_fill=GREY, size=9)

fn.save()
d.save(OUT)
print(OUT.name, word_count(OUT), "words")
