"""ox-02-kettlesby-burn-plan: build the .docx next to this script.

Provider (invented): Wyremouth Fire Brigade, Kettlesby Training Centre (its Schools Team, within the Fire
Behaviour Unit's building), with Hallbury University, which validates the Award as its Postgraduate Certificate,
and the Wyremouth local authority. Draft 4 of 21 November 2008, for the first crew in January 2009.

Kind of document: a BURN PLAN, the plan every hot-fire (compartment fire behaviour) training course at the
Centre must have before ignition, used here for the whole Award and sent as the application. A title block
(a table with merged cells and a "[TBC]" approver), an introduction, a Revision log table (Drafts 1-4, whose
changes match the tracked changes and Section 13), a Definitions table, then numbered sections in Heading 1
style: 1 Purpose, 2 Definitions, 3 The Award, 4 Personnel, 5 Crew (entry "fitness check", "PPE" vetting,
prior learning, "cold reading", pre-burn self-audit, access and adjustments), 6 Burn sequence (a table of six
Burns with the Cell column merged vertically across Burns, then Burn notes, a timed "A Burn day" table and six
Hot tasks), 7 Fuel load, 8 Water supply
(support between Burns), 9 Ventilation (flexibility), 10 Thermocouple Readings (assessment, marking, award),
11 Abort criteria, 12 Post-burn debrief (evaluation), 13 Neighbours (stakeholders), 14 Stand-down, Annex A
Fire Behaviour Indicator Log (the outcomes as FBI 1-29 in the Centre's words, with "Lit in" and "Reading"
columns, keyed only in the Definitions table of Section 2), and a sign-off table of blanks.
Real tracked changes (w:ins/w:del with authors and dates), four Word comments, a VML text box, header and
footer with a PAGE field.

The Centre's vocabulary: Burn (taught Saturday), Cell (20-credit module: A, B, C), Crew / crew member,
IIC (Instructor in Charge, course leader), Cell Instructor (tutor), Safety Officer (internal moderator),
Observer (external examiner), Fuel load (reading and resources), Ignition (opening input), Hot task
(school-based task), Thermocouple Reading TC1-TC3 (the assessed pieces), Fire Behaviour Indicator (outcome),
"Visual only" (worked on in a Burn and discussed, no reading taken: not marked), "Not lit" (not in the Plan),
Hose Partner (peer), School Mentor.

Traps (requirement ids):
- E.2: the level is a tracked change: "Level 6 (Honours)" deleted, "Master's level (Level 7 of the FHEQ)"
  inserted; the inserted text is part of the submission (E.2 met).
- Section 1: the purpose is "to raise the attainment of pupils with special educational needs in English and
  mathematics", and every Reading is "marked first for the progress in attainment": well-being is not in
  the aims or the assessment, though ECM is taught (1.1 partially_met; 6.K2 met).
- Section 5 "PPE": candidates only confirm on the form; "Checking disclosures is the responsibility of the
  employing school; the Centre does not see them" (5.3 partially_met: someone else's responsibility).
- Section 5 pre-burn self-audit is used only "to balance the crew into Hose Partner pairs"; "there are no
  individual training plans" (2.2 partially_met; 2.4 partially_met: cost stated, no tailoring).
- Section 5 "Cold reading": an assessment-only route, concrete (2.3 met); RPL of study and experience (2.1 met).
- Section 4/12: Specialist expertise from LA teachers, but the placement sentence is a tracked deletion
  (5.5 partially_met).
- Section 8: "There is no e-learning in this Plan"; the Brigade's "Fireground Online" is for operational crews
  only (3.3 not_applicable).
- Section 9: one January start; a September start is a tracked deletion; Burns in order; a missed Burn is
  taken a year later (3.2 partially_met).
- Section 10: the award rule is compensatory: attendance at all six Burns and Readings that "average 40 per cent
  or more" (6.0 not_met), while the text box claims "Every Fire Behaviour Indicator is read before the Award is
  made" (a blanket claim) and Annex A has "Visual only" and "Not lit" rows (1.9 partially_met).
- Section 12: "The post-burn debrief is attended by Centre staff only"; a comment suggests inviting heads
  (comments are not the submission) (4.3 partially_met: stakeholders teach and mentor but have no part in
  evaluation). The impact paragraph (baseline and follow-up pupil measures, confidence questionnaire) is a
  tracked insertion, so it counts (5.9 met).
- Section 13: focus groups, the LA strategy and the Parent Carer Forum, and what changed (4.1, 4.2 met).
- Section 14: "What crew members do after the Award is a matter for their school: the Centre does not plan
  further professional targets with them"; a comment asks for a session (2.5 not_met).
- Burn 3: the only parent content is a talk by the Parent Partnership Service manager describing the Service;
  liaison with parents is "Visual only" (1.7 partially_met; 6.S8 partially_met).
- Annex A: "Visual only" for FBI 2 (6.A2), FBI 16 (6.K9), FBI 21 (6.S2c), FBI 26 (6.S6), FBI 28 (6.S8)
  (partially_met); FBI 5 (6.A5) read in TC3 but not lit: "Communication is not taught in the Burns"
  (partially_met); FBI 10 (6.K3) "Not lit", disability law covered only in the Brigade's own staff training
  (wrong context, not_met), with a comment asking about it; FBI 24 (6.S4) "Not lit" and "Deployment of
  teaching assistants will be added in 2010" (a plan, not_met).
- Met though far from any criterion: 1.3 (Fuel load), 3.1 (access and adjustments in Section 5), 5.7 (pre-burn
  briefs and the mentor briefing), 5.8 (Section 10), 5.1 (Section 12), 1.5 and 6.S7 (Burn 4 and TC2).
"""
from pathlib import Path
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).parent))
from _ox_helpers import (cell_text, dele, ins, page_field, run, shade, text_box, whole_para, words)

HERE = Path(__file__).parent
NAME = "ox-02-kettlesby-burn-plan"
AH, GT = "Ann Holroyd", "Gwen Treloar"
D1, D2 = "2008-11-18T10:12:00Z", "2008-11-20T16:40:00Z"

doc = docx.Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.0)
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
for n, sz in (("Heading 1", 13), ("Heading 2", 11)):
    st = doc.styles[n]
    st.font.name = "Calibri"
    st.font.size = Pt(sz)

hp = sec.header.paragraphs[0]
run(hp, "Wyremouth Fire Brigade \u00b7 Kettlesby Training Centre \u00b7 BURN PLAN BP/SEN/09 \u00b7 Draft 4", size=8)
fp = sec.footer.paragraphs[0]
run(fp, "Uncontrolled when printed. Check the Plan register for the current issue. \u00b7 ", size=8)
page_field(fp, prefix="")
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def P(text="", bold_lead=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_lead:
        run(p, bold_lead + " ", bold=True)
    if text:
        run(p, text)
    return p


def H(text):
    return doc.add_heading(text, level=1)


def H2(text):
    return doc.add_heading(text, level=2)


def table(rows, widths=None, header=True, size=9.5):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(header and i == 0), size=size,
                      fill="DDEBF7" if header and i == 0 else None)
    if widths:
        for r in t.rows:
            for j, w in enumerate(widths):
                r.cells[j].width = Cm(w)
    doc.add_paragraph()
    return t


# ---------------- title block ----------------
tb = doc.add_table(rows=8, cols=2)
tb.style = "Table Grid"
top = tb.cell(0, 0).merge(tb.cell(0, 1))
cell_text(top, "WYREMOUTH FIRE BRIGADE \u2014 KETTLESBY TRAINING CENTRE", bold=True, size=12, fill="C00000")
top.paragraphs[0].runs[0].font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
block = [("BURN PLAN", "Ref. BP/SEN/09"),
         ("Facility", "Schools Team, Classroom Block B, and the Fire Behaviour Unit lecture room"),
         ("Evolution", "National Award for SEN Coordination (Hallbury University Postgraduate Certificate)"),
         ("Plan author", "Station Manager A. Holroyd, Instructor in Charge"),
         ("Plan approved by", "[TBC \u2014 Area Manager, Training]"),
         ("Version and date", "Draft 4, 21 November 2008"),
         ("Burn dates", "Six Saturdays, 17 January to 20 June 2009 (Section 6)")]
for i, (a, b) in enumerate(block, 1):
    cell_text(tb.cell(i, 0), a, bold=True, size=10, fill="F2F2F2")
    cell_text(tb.cell(i, 1), b, size=10)
for r in tb.rows:
    r.cells[0].width, r.cells[1].width = Cm(4.0), Cm(13.0)
doc.add_paragraph()

P("Every hot-fire course at Kettlesby runs to a Burn Plan. Nothing is lit until the Plan has been written, "
  "checked and signed, and every instructor has been briefed on it. When the Brigade's Schools Team agreed with "
  "Hallbury University to run the National Award for SEN Coordination, we wrote the Award the same way. This "
  "Plan is sent to the Training and Development Agency for Schools as our application for approval. The Schools "
  "Team has taught in Wyremouth's schools for twelve years and runs the Brigade's work with young people who "
  "set fires, many of whom have special educational needs.")

H2("Revision log")
table([("Version", "Date", "Changes", "By"),
       ("Draft 1", "June 2008", "First draft after validation, from the Fire Behaviour Unit's Burn Plan template", "AH"),
       ("Draft 2", "September 2008", "Burns moved to Saturdays after the headteachers' focus groups (Section 13)",
        "AH"),
       ("Draft 3", "October 2008", "Pupil voice given its own Burn (Burn 4); specialist teachers for speech, "
                                   "language and communication added to Burn 3", "AH"),
       ("Draft 4", "November 2008", "Level corrected; September crew withdrawn; impact measures added", "GT, AH")],
      widths=[2.0, 3.0, 10.0, 2.0])

# ---------------- 1 ----------------
H("1  Purpose")
P("The purpose of the Award is to raise the attainment of pupils with special educational needs in English and "
  "mathematics in the crew members' schools, by giving teachers new to the SENCO role the knowledge and skills to "
  "lead provision for them. Every Reading is marked first for the progress in attainment of the pupils it "
  "concerns.")
P("The things a crew member must show are the 29 Fire Behaviour Indicators in Annex A.")

# ---------------- 2 ----------------
H("2  Definitions")
P("These words are used in this Plan with the meanings below.")
defs = [
    ("Term", "Meaning in this Plan"),
    ("Burn", "A taught Saturday at Kettlesby, 09.00 to 16.30. There are six."),
    ("Cell", "A module of 20 credits: Cell A is Burns 1 and 2, Cell B is Burns 3 and 4, Cell C is Burns 5 and 6."),
    ("Crew, crew member", "The participants (up to sixteen), and one of them."),
    ("IIC", "The Instructor in Charge: leads the Award and every Burn."),
    ("Cell Instructor", "A tutor who teaches in the Burns and marks Readings."),
    ("Safety Officer", "The internal moderator, who marks none of the Readings she moderates."),
    ("Observer", "The University's external examiner."),
    ("Fuel load", "The reading and resources for a Burn (Section 7)."),
    ("Ignition", "The opening input of a Burn."),
    ("Hot task", "A task done in the crew member's own school after a Burn."),
    ("Reading", "A Thermocouple Reading: one of the three marked pieces, TC1, TC2 and TC3 (Section 10)."),
    ("Fire Behaviour Indicator (FBI)", "One of the 29 things a crew member must show, listed in Annex A in the "
                                       "Centre's words."),
    ("Lit in", "In Annex A, the Burn in which an indicator is worked on."),
    ("Reading column", "In Annex A, TC1, TC2 or TC3 means the indicator is marked in that Reading. 'Visual only' "
                       "means the indicator is worked on in a Burn and discussed at the debrief, but no reading "
                       "is taken: it is not marked. 'Not lit' means the indicator is not worked on in this Plan."),
    ("Hose Partner", "The crew member a participant is paired with for the whole Award (Section 8)."),
]
table(defs, widths=[4.2, 12.8])

# ---------------- 3 ----------------
H("3  The Award")
p = P("Hallbury University validated the Award as its Postgraduate Certificate in Special Educational Needs "
      "Coordination at a validation panel on 12 May 2008; the University's Senate approved it on 4 June 2008 for "
      "five years. The Award carries 60 credits at ")
dele(p, "Level 6 (Honours)", GT, D1)
ins(p, "Master's level (Level 7 of the FHEQ)", GT, D1)
run(p, ", in three Cells of 20 credits. The Centre teaches the Burns and marks the Readings under the "
       "University's regulations; the University confers the Award.")
P("The fee is \u00a31,200 a crew member. The authority pays half for its own schools, and the Burns use the "
  "Centre's own rooms, library and laboratory at no charge to the Award, which keeps the fee below that of the "
  "University's campus course.")

# ---------------- 4 ----------------
H("4  Personnel")
staff = [
    ("Role", "Name", "Qualifications and experience"),
    ("IIC", "Station Manager Ann Holroyd",
     "MA Special and Inclusive Education (Hallbury, 2003); SENCO at Kettlesby Park Special School, 1996 to "
     "2004; Head of the Schools Team since 2004"),
    ("Cell Instructor", "David Amankwah",
     "MEd Special Educational Needs; Head of Inclusion, Wyremouth High School, 1999 to 2007; LA SEN adviser "
     "(0.4) since 2007"),
    ("Cell Instructor", "Dr Sian Rhydderch",
     "Educational psychologist, Wyremouth Educational Psychology Service, seconded one day a week to the Centre"),
    ("Safety Officer", "Dr Gwen Treloar", "Senior Lecturer in Inclusive Education, Hallbury University; University "
                                          "link tutor for the Award"),
    ("Observer", "Professor Malcolm Greaves", "External examiner; Professor of Special Education, University of "
                                              "Ludbury"),
]
table(staff, widths=[3.0, 4.0, 10.0])
P("Cell Instructors keep up to date through at least five days of SEN development a year, the Wyremouth SENCO "
  "Forum, and, for Mr Amankwah and Dr Rhydderch, their continuing work in the authority's schools.")
P("Before each Burn the IIC holds a pre-burn brief for every instructor and speaker working that day: the Burn's "
  "Fuel load, the indicators to be lit, and each person's role card. No instructor works a Burn without having "
  "attended its brief, and a new Cell Instructor shadows a whole Burn and second-marks a Reading under "
  "supervision before leading or marking alone. School Mentors (Section 8) attend a half-day briefing at "
  "Kettlesby in December and receive the Mentor Guide, which sets out their duties, the hot tasks and how to "
  "sign them off.", bold_lead="Briefing.")
p = P("Specialist input comes from the authority's specialist teachers for speech, language and communication "
      "and for autism (Burn 3), the Parent Partnership Service (Burn 3), the Educational Psychology Service "
      "through Dr Rhydderch, and the leaders of the authority's multi-agency teams (Burn 6). ",
      bold_lead="Specialist input.")
dele(p, "Each crew member also spends two days on placement at Kettlesby Park Special School, observing its "
        "SENCO and its multi-agency review meetings.", AH, D2)

# ---------------- 5 ----------------
H("5  Crew")
P("Applicants must hold Qualified Teacher Status and be in post as SENCO, or be named by their headteacher to "
  "take on the role within the year, in a school in Wyremouth or a neighbouring authority. The headteacher signs "
  "a support form releasing the applicant for the six Burns and naming a School Mentor. Each applicant completes "
  "a short pre-burn task (a one-page profile of the school's SEN register and provision) and has a twenty-minute "
  "interview with the IIC, who judges from both whether the applicant has enough knowledge of SEN and enough "
  "scope in school to meet every indicator by Burn 6. Applicants not yet ready are told what to do first, "
  "normally the authority's 'SEN Foundations' course, and the IIC writes to the headteacher to agree it.",
  bold_lead="Fitness check (entry).")
P("Applicants confirm on the application form that they hold a current enhanced CRB disclosure. Checking "
  "disclosures is the responsibility of the employing school; the Centre does not see them.",
  bold_lead="PPE (vetting).")
P("Applicants may claim up to 40 credits (Cells A and B) through the University's recognition of prior learning "
  "procedure: for Master's-level study in SEN completed in the last five years, or for experience, by a "
  "portfolio that maps evidence from their work to the indicators of the Cell claimed. The IIC assesses the "
  "portfolio and the University's RPL panel confirms the credit.", bold_lead="Prior learning.")
P("An applicant with long experience of leading SEN provision, for example a teacher from the authority's SEN "
  "Support Service, may ask to take the three Readings without attending the Burns. After an interview with the "
  "IIC the applicant submits TC1, TC2 and TC3 to the same standard and deadlines as the crew and gives the TC3 "
  "presentation; the fee for this route is \u00a3450.", bold_lead="Cold reading.")
P("At the first Burn each crew member rates themself against every indicator in Annex A. The IIC uses the "
  "self-audits to balance the crew into Hose Partner pairs. All crew members follow the same Burn sequence and "
  "take the same Readings; there are no individual training plans.", bold_lead="Pre-burn self-audit.")
P("The Centre meets its duties under the Disability Discrimination Act 1995 as amended in 2005, including the "
  "Disability Equality Duty. The application form and the Award leaflet invite applicants to tell us in "
  "confidence of any disability, and the IIC asks again at the interview; selection uses only the entry "
  "criteria above. Adjustments agreed with each crew member include ground-floor rooms with a hearing loop in "
  "Block B, materials in large print or electronically a week before each Burn, rest breaks, a note-taker, and "
  "extra time or another format for a Reading, agreed with the University's Disability Service.",
  bold_lead="Access and adjustments.")

# ---------------- 6 ----------------
H("6  Burn sequence")
burns = [
    ("Burn", "Cell", "Ignition", "Main evolutions", "Hot task"),
    ("1 \u00b7 17 Jan", "A", "The SENCO's fireground",
     "The law and guidance on SEN: Part IV of the Education Act 1996 as amended in 2001, the SEN "
     "Code of Practice (2001) and its graduated response; Every Child Matters and the SENCO's part in the five "
     "outcomes; Removing Barriers to Achievement; the authority's SEN Strategy; keeping up to date.",
     "Audit the school's SEN policy against the Code; start a CPD log."),
    ("2 \u00b7 7 Feb", "A", "Size-up: finding the pupils",
     "Identifying pupils with SEN from observation, data and assessment; targets, IEPs and review; using "
     "assessments by psychologists, therapists and health professionals; tracking progress with key stage and "
     "optional tests and changing programmes; identifying access arrangements for national tests and "
     "examinations in good time and putting them in place with colleagues; encouraging colleagues' formative "
     "assessment.", "TC1 case file."),
    ("3 \u00b7 14 Mar", "B", "Fire behaviour: how needs show",
     "Child development and how SEN, disability and environment affect it; BESD, SpLD including dyslexia, SLCN, "
     "ASD and MLD and their effect on learning; approaches, strategies and resources including ICT (assistive "
     "technology lab); relationships with pupils and families; the Parent Partnership Service.",
     "Try one approach with the TC2 group."),
    ("4 \u00b7 25 Apr", "B", "Listening to the fire",
     "Consulting pupils with SEN: pupil interviews, Talking Mats, person-centred and pupil-led reviews; research "
     "and best practice (Section 7); anticipating problems and deciding on provision (case scenarios).",
     "Consult the TC2 group and involve them in reviewing their provision."),
    ("5 \u00b7 16 May", "C", "Command",
     "Provision mapping and management; school self-evaluation and improvement; reviewing provision with staff; "
     "influencing senior leaders and governors; gaining colleagues' commitment; observation, feedback and "
     "coaching for colleagues; prioritising, managing time and delegating.",
     "Provision map; coach one colleague."),
    ("6 \u00b7 20 Jun", "C", "Mutual aid",
     "External agencies; multi-agency working and the Common Assessment Framework; voluntary organisations "
     "(Wyremouth Autism Support, the local Dyslexia Association); partnership with cluster SENCOs; TC3 "
     "presentations.", "TC3 plan and presentation."),
]
t = table(burns, widths=[2.0, 1.2, 3.0, 7.8, 3.0], size=9)
for a, b, lab in ((1, 2, "A"), (3, 4, "B"), (5, 6, "C")):
    m = t.cell(a, 1).merge(t.cell(b, 1))
    cell_text(m, "Cell " + lab, bold=True, size=9, fill="FFF2CC")

H2("Burn notes")
P("Burn 1. Instructors work through the Code's graduated response from a parent's request for statutory "
  "assessment, and each crew member sets up the CPD log in which they record their reading and training during "
  "the Award.")
P("Burn 2. Encouraging colleagues to develop formative assessment is lit and talked through at the debrief; it "
  "is Visual only.")
P("Burn 3. The Parent Partnership Service manager gives a talk on the Service's work. Liaison with parents is "
  "Visual only in this Plan.")
P("Burn 4. The authority's speech and language therapist demonstrates Talking Mats, and crew members practise a "
  "pupil interview in pairs from a filmed interview with a Year 5 pupil, then plan how each will consult the TC2 "
  "group.")
P("Burn 5. Crew members bring their school's self-evaluation form and latest provision map; the exercise is to "
  "find one intervention that is not working and say what should replace it. Reviewing provision with staff and "
  "gaining colleagues' commitment are discussed only. Deploying and managing teaching assistants and other "
  "support staff is not lit in this Plan. Deployment of teaching assistants will be added in 2010.")
P("Burn 6. The scope and role of external agencies is Visual only; partnership working with them is read in TC3.")

H2("A Burn day")
table([("Time", "Evolution"),
       ("08.30", "Pre-burn brief for instructors and speakers (Section 4)"),
       ("09.00", "Crew muster; register; housekeeping and safety brief"),
       ("09.15", "Ignition"),
       ("10.00", "First evolution, in Hose Partner pairs or groups of four"),
       ("12.00", "Lunch in the Centre mess"),
       ("12.45", "Second evolution"),
       ("14.30", "Hot task planning with the Hose Partner; IIC available for individual questions"),
       ("15.45", "Post-burn debrief: debrief sheets completed (Section 12)"),
       ("16.30", "Stand down")], widths=[2.5, 14.5])

H2("Hot tasks")
P("Hot task 1: audit the school's SEN policy and practice against the Code of Practice, and start the CPD log "
  "that is handed in with TC3.")
P("Hot task 2: with the School Mentor's agreement, choose the pupil for the TC1 case file and gather the "
  "evidence for it, including the reports of other professionals and the pupil's test results.")
P("Hot task 3: choose the TC2 group of four to eight pupils sharing one type of need and try one approach or "
  "resource from Burn 3 with them.")
P("Hot task 4: consult the TC2 group using one of the methods from Burn 4, and hold a review with each pupil in "
  "which the pupil helps decide what happens next.")
P("Hot task 5: draw up or revise the school's provision map with the senior leadership team, and observe and "
  "coach one colleague, who writes a short reflection for TC3.")
P("Hot task 6: write the TC3 plan and prepare the presentation.")
P("Every hot task is signed off by the School Mentor and discussed with the Hose Partner before the next Burn.")

# ---------------- 7 ----------------
H("7  Fuel load")
P("Each Burn's Fuel load is sent to the crew two weeks before it. It includes Ofsted's Special educational needs "
  "and disability: towards inclusive schools (2004) and Inclusion: does it matter where pupils are taught? "
  "(2006); the Bercow Review of services for children with speech, language and communication needs (2008); the "
  "Inclusion Development Programme materials on dyslexia and on speech, language and communication needs "
  "(DCSF, 2008); Lewis and Norwich, Special Teaching for Special Children? (2005); and MacBeath and others, The "
  "Costs of Inclusion (2006). The IIC revises the Fuel load each year for new research and inspection findings.")
P("The Schools Team library in Block B holds some 700 books and the main SEN journals; crew members use the "
  "Hallbury University library and its electronic journals. The assistive technology lab has twelve computers "
  "with text-to-speech, predictive writing and symbol software, switches and alternative keyboards, and the "
  "Centre lends standardised reading, spelling and language assessments for hot tasks.")

# ---------------- 8 ----------------
H("8  Water supply: support between Burns")
P("Each crew member has a Hose Partner, paired at the first Burn, and the pairs meet or telephone between "
  "Burns to go over hot tasks. Each has a School Mentor, a senior colleague named by the headteacher, who meets "
  "the crew member every two weeks and signs off hot tasks. The IIC holds a thirty-minute telephone tutorial "
  "with each crew member between every two Burns.")
P("There is no e-learning in this Plan: all Burns are face to face at Kettlesby. The Brigade's Fireground Online "
  "system carries operational crews' maintenance-of-competence modules and is not used for the Award.")

# ---------------- 9 ----------------
H("9  Ventilation: flexibility")
p = P("The Award runs once a year, on six Saturdays from January to June. ")
dele(p, "A second crew may also start in September, with Burns on Thursday evenings. ", AH, D2)
run(p, "Burns are taken in order. A crew member who misses a Burn takes it with the following year's crew and "
       "completes the Award then. Prior learning and the cold reading route (Section 5) shorten the Award for some "
       "applicants.")

# ---------------- 10 ----------------
H("10  Thermocouple Readings")
P("TC1, the case file (Cell A, 4,000 words): one pupil with SEN, how the pupil was identified, the professionals' "
  "assessments used, the targets and the intervention planned and reviewed, the key stage or optional test "
  "results used to track progress and change the programme, any access arrangements needed for national tests "
  "and how they were put in place, and the law, the Code of Practice and the Every Child Matters outcomes as they "
  "apply to this pupil.")
p = P("TC2, the enquiry (Cell B, 5,000 words): provision for a group of pupils sharing one type of need: their "
      "needs and development, the approaches and resources chosen and the research behind them, what the pupils "
      "said when consulted and how they were involved in reviewing their provision, the decisions made and why, "
      "and the working relationship built with the pupils and their families.")
P("TC3, the development plan and presentation (Cell C, 3,000 words and twenty minutes): a one-year SEN "
  "development plan for the school built from its provision map and self-evaluation, showing the priorities "
  "agreed with senior leaders and governors, the coaching of a colleague, partnership work with other services "
  "and voluntary organisations, and the crew member's own time plan and CPD log; presented to the IIC and the "
  "Safety Officer, who mark the clarity of the presentation, the written plan and the answers to questions. "
  "Communication is not taught in the Burns.")
P("Each Reading is marked out of 100 against the published criteria by a Cell Instructor and second-marked by "
  "another. Before marking, the markers standardise on two exemplar Readings. The Safety Officer moderates every "
  "fail, every borderline and a fifth of the rest; the University moderates a sample, and the Observer reviews "
  "a sample from each Cell and reports to the University's examination board.", bold_lead="Marking.")
p = P("A crew member who has attended all six Burns and whose three Readings average 40 per cent or more is "
      "recommended to the University's examination board for the Award.", bold_lead="Award.")
c_award = p.runs[-1]
tbp = doc.add_paragraph()
text_box(tbp, [("SAFETY-CRITICAL NOTE", True),
               ("Every Fire Behaviour Indicator is read before the Award is made. No crew member is stood down with "
                "an indicator unread.", False)], width_pt=430, height_pt=62)

# ---------------- 11 ----------------
H("11  Abort criteria")
P("A crew member who misses a Burn takes it with the next crew. A Reading marked below 40 may be resubmitted once, "
  "within six weeks. A crew member who cannot continue may suspend for up to a year. Appeals and complaints "
  "follow the University's procedures, and the IIC explains these at the first Burn.")
P("Where a School Mentor, Hose Partner or instructor is concerned that a crew member is falling behind, the IIC "
  "meets the crew member within a week, agrees a written recovery plan with dates, and tells the School Mentor. "
  "Illness, bereavement and other circumstances are handled under the University's extenuating circumstances "
  "procedure.", bold_lead="Casualty procedure.")

# ---------------- 12 ----------------
H("12  Post-burn debrief")
p = P("After each Burn the crew complete a debrief sheet rating every evolution from 1 to 5, saying what worked, "
      "what did not and what they will use in school. The instructors hold a hot debrief the same afternoon and a structured debrief within a week, and "
      "record the actions in the Plan's revision log. The post-burn debrief is attended by Centre staff only.")
c_debrief = p.runs[-1]
P("Each July the Centre's Training Standards Group reviews the debrief record, the Reading results, the "
  "Observer's report and the University's annual monitoring report, and issues the next version of this Plan. "
  "The University reviews the Award in full at periodic review.")
whole_para(doc, "ins", "Every crew member records baseline measures for the pupils in the TC2 group (reading or "
           "number age and attendance) before the approach is tried, and the same measures twelve weeks later; "
           "the results are reported in TC2 and collated by the IIC for the Training Standards Group each year. "
           "Crew members also rate their confidence on every indicator at the first Burn and at Burn 6, and the "
           "change for each crew is reported with the Reading results.", AH, D2, lead="Impact.")

# ---------------- 13 ----------------
H("13  Neighbours")
P("Before any hot-fire course the Centre notifies and consults its neighbours. For the Award the neighbours are "
  "schools, the authority and families.")
P("In autumn 2007 the Schools Team held four focus groups with 22 SENCOs and 9 headteachers across Wyremouth's "
  "clusters, studied the authority's SEN Strategy 2008-11, and met the Wyremouth Parent Carer Forum. SENCOs asked "
  "for practical help with provision mapping and with consulting pupils; headteachers asked for training on "
  "Saturdays rather than in school time; the Strategy names speech, language and communication needs and pupil "
  "participation as priorities; and the Forum asked that SENCOs know what the Parent Partnership Service does.",
  bold_lead="What we heard.")
P("As a result the Burns were set on Saturdays; pupil voice was given a Burn of its own (Burn 4); the "
  "authority's specialist teachers for speech, language and communication lead part of Burn 3; and the Parent "
  "Partnership Service speaks at Burn 3.", bold_lead="What changed.")

# ---------------- 14 ----------------
H("14  Stand-down")
p = P("After Burn 6 the crew is stood down. What crew members do after the Award is a matter for their school: the "
      "Centre does not plan further professional targets with them.")
c_stand = p.runs[-1]

# ---------------- Annex A ----------------
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
H("Annex A  Fire Behaviour Indicator Log")
P("Read with Section 2. Indicators are in the Centre's words.")
fbi = [
    ("FBI", "The crew member\u2026", "Lit in", "Reading"),
    ("1", "builds fair, respectful, constructive relationships with pupils with SEN and their families", "Burn 3", "TC2"),
    ("2", "gains the commitment of colleagues, the headteacher and senior leaders", "Burn 5", "Visual only"),
    ("3", "prioritises, manages time, delegates and checks delegated work", "Burn 5", "TC3"),
    ("4", "anticipates and resolves problems; makes sound decisions on provision", "Burn 4", "TC2"),
    ("5", "speaks and writes clearly; listens to and understands others", "\u2014", "TC3"),
    ("6", "uses research and external advice to improve own and colleagues' practice", "Burn 4", "TC2"),
    ("7", "keeps up to date and takes charge of own CPD on SEN and disability", "Burns 1, 6", "TC3"),
    ("8", "knows SEN law, guidance and the Code of Practice, and how to apply them", "Burn 1", "TC1"),
    ("9", "knows Every Child Matters and the SENCO's part in it", "Burn 1", "TC1"),
    ("10", "knows disability equality law and the actions it requires", "\u2014", "Not lit"),
    ("11", "knows how children develop and what affects development", "Burn 3", "TC2"),
    ("12", "knows BESD, SpLD and dyslexia, SLCN, ASD and MLD and their effect on learning", "Burn 3", "TC2"),
    ("13", "judges approaches, strategies and resources, including ICT", "Burn 3", "TC2"),
    ("14", "knows school self-evaluation and improvement as they bear on SEN", "Burn 5", "TC3"),
    ("15", "knows best practice and research in meeting SEN", "Burn 4", "TC2"),
    ("16", "knows the scope and role of external agencies and how to get their support", "Burn 6", "Visual only"),
    ("17", "influences strategy, ethos, policy and resources with senior leaders and governors", "Burn 5", "TC3"),
    ("18", "identifies pupils, sets targets, plans interventions and reviews progress", "Burn 2", "TC1"),
    ("19", "uses other professionals' assessments in teaching", "Burn 2", "TC1"),
    ("20", "uses summative assessment and national tests to track progress", "Burn 2", "TC1"),
    ("21", "encourages colleagues' formative assessment, with approaches for SEN", "Burn 2", "Visual only"),
    ("22", "arranges access arrangements for tests and examinations in good time", "Burn 2", "TC1"),
    ("23", "uses provision mapping; finds ineffective or missing provision", "Burn 5", "TC3"),
    ("24", "deploys and manages staff", "\u2014", "Not lit"),
    ("25", "develops colleagues by observation, feedback, coaching and training", "Burn 5", "TC3"),
    ("26", "reviews provision with staff to inform self-evaluation", "Burn 5", "Visual only"),
    ("27", "involves pupils in planning and reviewing their provision", "Burn 4", "TC2"),
    ("28", "liaises with parents and carers", "Burn 3", "Visual only"),
    ("29", "works in partnership with other services and voluntary organisations", "Burn 6", "TC3"),
]
ta = table(fbi, widths=[1.3, 16.0, 3.0, 3.0], size=9)
for i, r in enumerate(fbi[1:], 1):
    if r[3] in ("Visual only", "Not lit"):
        shade(ta.cell(i, 3), "F2F2F2")
P("Disability equality law is not covered in the Burns: the Brigade's Equality and Diversity Officer covers it in "
  "the Brigade's own staff training.")
c_k3 = doc.paragraphs[-1].runs[0]

H("Sign-off")
table([("Role", "Name", "Signature", "Date"),
       ("Instructor in Charge", "A. Holroyd", "", ""),
       ("Safety Officer", "G. Treloar", "", ""),
       ("Area Manager, Training", "[TBC]", "", ""),
       ("Hallbury University (Faculty of Education)", "[insert]", "", "")], widths=[7.0, 5.0, 6.0, 4.0])

doc.add_comment(c_debrief, text="Could we invite two heads and the authority's SEN officer to the July review, or "
                                "at least to one debrief a term?", author=AH, initials="AH")
doc.add_comment(c_stand, text="The panel will expect something on further professional targets. Can we put a "
                              "session into Burn 6 before this goes in?", author=GT, initials="GT")
doc.add_comment(c_award, text="Hallbury's regulations: is each Cell passed separately, or is an average allowed? "
                              "Check before Draft 5.", author=GT, initials="GT")
doc.add_comment(c_k3, text="Should disability equality law go into Burn 1? AH", author=AH, initials="AH")

out = HERE / (NAME + ".docx")
doc.save(out)
print(out.name, "words~", words(out))
