"""jv-02-coldhurst-rehab-programme

Provider (invented): the Colliers Community Trust, the charitable foundation of Coldhurst Colliers RLFC
(a professional rugby league club), with Marsholme University, which validates the award. Application
for the 2009-10 intake of the National Award for SEN Coordination.

Document kind and layout: the course written on the club medical department's own form MED-4
"Individual Rehabilitation Programme" - the return-to-play plan the club's physiotherapists write for an
injured player - under a one-page covering letter. The form's grey italic guidance prompts are left in
("[Enter date of birth]", "Describe the mechanism of injury ...") and are never answers. The "Player" is
each participant; Clinic Days are study days; the "Home Exercise Programme" (HEP) is the online work on
ColliersNet; "Gates" (G1-G3) are marked assignments and the Return-to-Play (RTP) panel is the final
assessment; the MDT is the tutors and specialists; Clinical Mentors are mentors; the Independent Medical
Officer is the external examiner; the award is "Cleared to Play". Five phase tables (Goals, Clinic
Days, Home programme, Criteria to progress, Contraindications, Red flags) with merged shaded title rows;
a shaded single-cell "CLEARANCE TO TRAIN" box; an "Exercise Prescription" outcome table grouped Core /
Load-bearing / Function ("Prescribed in | Gate"), with "Home programme only" cells (practised online,
never tested) and "-" cells; a previous-injury history of an old unaccredited course; header and footer;
tracked changes; three comments; three footnotes (none holds decisive evidence).

Traps (requirement ids):
- Credits: "60" deleted, "40" inserted as a tracked change: 40 credits at Level 7 (E.2 partially_met).
- Research and inspection evidence only in general terms: "keeps pace with current research and the
  latest inspection findings" with nothing named (1.3 partially_met).
- Several outcome lines are "Home programme only" or graded by nobody (1.9 partially_met; 6.A3, 6.K2,
  6.S2c, 6.S6 partially_met); 6.A7 is tested at the RTP panel but prescribed nowhere ("-": assessed, not
  developed, partially_met).
- The non-compensating award rule demands every Gate, but the prescription leaves lines untested and two
  lines out (6.0 partially_met).
- Prior learning: the APEL paragraph is a tracked deletion; the body says no credit for prior learning
  or experience in 2009-10; a comment says the University will allow it from 2010-11 (2.1 not_met).
- "Direct RTP" assessment-only route for experienced SENCOs in exceptional cases, assessed by the same
  Gates and panel (2.3 met).
- Tailoring only in general terms, no fee or progression route in the provision (2.4 partially_met).
- Equality: only the venue's wheelchair access; adjustments to assessment "are a matter for the
  University" (3.1 partially_met; someone else's responsibility).
- January start in a tracked insertion, Phases 3 and 4 in either order, blended (3.2 met).
- ColliersNet: tutors answer within two working days, a Tuesday evening online clinic, peer forum (3.3 met).
- Stakeholders: the schools' survey and authority data are concrete (4.1 met) and "The phases below were
  built on those findings" (4.2 met on that, not on the generic "involved throughout" sentence placed
  next to it as a distractor); heads, a parent partnership officer and pupils sit on the Review Group
  that evaluates (4.3 met).
- Entry: "open to any qualified teacher" with the head's support; the baseline screen comes after
  acceptance (5.2 partially_met).
- CRB: the Clearance to Train box checks every Player's enhanced disclosure, List 99 and employer
  reference (5.3 met).
- Resources: "Players use the resources of their own schools" and a reading list (5.6 partially_met).
- Roles: a handbook "will be written during summer 2009", Clinical Mentors' duties "will be agreed with
  each school"; the mentor training day is only in a comment (5.7 not_met).
- Impact: a confidence questionnaire for Players, but pupils' progress only "we would like to measure";
  the 2007 course's pupil measure is past (5.9 partially_met).
- Child development "covered in initial teacher training; not part of this programme" (6.K4 not_met).
- Access arrangements for tests "are the responsibility of the school's examinations officer" (6.S2d not_met).
"""
from pathlib import Path
import sys

from docx import Document
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).parent))
from _jv_helpers import (shade, ins_run, del_run, deleted_paragraph, inserted_paragraph, textbox,
                         page_field, run, para, table, Footnotes)

NAME = "jv-02-coldhurst-rehab-programme"
A1, D1 = "Gareth Lumb", "2009-02-03T11:02:00Z"
A2, D2 = "Nadia Qureshi", "2009-02-05T15:30:00Z"
GREY = "808080"
NAVY = "0B2E59"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes()

sec = doc.sections[0]
run(sec.header.paragraphs[0], "COLDHURST COLLIERS RLFC  -  MEDICAL DEPARTMENT  -  FORM MED-4 (rev. 3)  -  MEDICAL IN CONFIDENCE", bold=True, size=8, color=NAVY)
fp = sec.footer.paragraphs[0]
run(fp, "Colliers Community Trust is a registered charity. Form MED-4 is the property of Coldhurst Colliers RLFC Medical Department.  ", size=8)
page_field(fp)


def prompt(container, text):
    p = container.add_paragraph()
    run(p, text, italic=True, color=GREY)
    return p


# ---------------------------------------------------------------- covering letter
p = para(doc)
run(p, "Colliers Community Trust", bold=True, size=14, color=NAVY)
para(doc, "The Pit Lane Stand, Coldhurst Colliers Stadium, Wakeley Road, Coldhurst")
para(doc, "6 February 2009")
para(doc, "To the approval panel, National Award for SEN Coordination, Training and Development Agency for Schools")
para(doc, "Dear colleagues,")
para(doc, "We enclose our application for the Colliers SENCO Award, which Marsholme University validates as a University Certificate in Special Educational Needs Coordination. We have written it on the club medical department's own Form MED-4, the Individual Rehabilitation Programme that our physiotherapists write for every injured player. That is not a joke at the expense of SENCOs. Our Head of Education, Nadia Qureshi, was the club's lead physiotherapist for eight years before she retrained as a teacher and then as a SENCO, and the form is how the Trust's whole staff already think about planning someone's progress: a baseline, goals, phases, clear criteria before anyone moves on, and an independent check before anyone is cleared to play. We have left the form's own guidance in grey so that you can see what each box was designed for.")
para(doc, "In the form, the Player is each teacher on the course. Clinic Days are our study days in the stadium's education suite. The Home Exercise Programme (HEP) is the work Players do online between Clinic Days. Gates are the marked assignments, and the Return-to-Play panel is the final assessment. The MDT is our team of tutors and specialists. Cleared to Play means the award.")
para(doc, "Yours faithfully,")
para(doc, "Gareth Lumb, Chief Executive, Colliers Community Trust")
doc.add_page_break()

# ---------------------------------------------------------------- form front sheet
p = para(doc)
run(p, "FORM MED-4  INDIVIDUAL REHABILITATION PROGRAMME", bold=True, size=15, color=NAVY)
prompt(doc, "Complete every box. One MED-4 per player per injury. File a copy with the Club Doctor within 48 hours of diagnosis.")

front = doc.add_table(rows=9, cols=4)
front.style = "Table Grid"
cells = [
    ("Player", "Every Player on the Colliers SENCO Award, 2009-10 intake (one programme, personalised at Phase 1)", None, None),
    ("Date of birth", "[Enter date of birth]", "Squad no.", "[Enter squad number]"),
    ("Injury / diagnosis", "Teachers new to the SENCO role who need the knowledge, skills and standing to lead provision for pupils with special educational needs and disabilities in their schools", None, None),
    ("Mechanism of injury", "", None, None),
    ("Lead physiotherapist", "Nadia Qureshi (Programme Leader)", "Consultant", "Dr Paul Entwistle, Marsholme University (academic lead)"),
    ("Validating body", "Marsholme University, Faculty of Education and Health", "Credit", ""),
    ("Start of programme", "September 2009", "Planned RTP", "July 2010"),
    ("Independent Medical Officer", "External examiner appointed by Marsholme University", None, None),
    ("Date form completed", "6 February 2009", "Completed by", "N. Qureshi / G. Lumb"),
]
for i, (a, b, c, d) in enumerate(cells):
    row = front.rows[i].cells
    row[0].text = ""
    run(row[0].paragraphs[0], a, bold=True)
    shade(row[0], "DCE6F1")
    if c is None:
        m = row[1].merge(row[3])
        m.text = b
        if b.startswith("["):
            m.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(GREY)
    else:
        row[1].text = b
        row[2].text = ""
        run(row[2].paragraphs[0], c, bold=True)
        shade(row[2], "DCE6F1")
        row[3].text = d
        for cc, val in ((row[1], b), (row[3], d)):
            if val.startswith("["):
                cc.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string(GREY)
mech = front.cell(3, 1).paragraphs[0]
run(mech, "Describe the mechanism of injury in the player's own words.", italic=True, color=GREY)
cred = front.cell(5, 3).paragraphs[0]
del_run(cred, "60", A1, D1)
ins_run(cred, "40", A1, D1)
cred.add_run(" credits at Level 7 (masters level)")

# ---------------------------------------------------------------- section A history
doc.add_heading("Section A. History", level=1)
prompt(doc, "A1. Presenting complaint. Record what the player reports and what the referring clinician found.")
para(doc, "In spring 2008 the Trust asked every primary, secondary and special school in Coldhurst and the two neighbouring authorities what their SENCOs needed; 61 of 88 schools replied. Forty-four of the 61 had a SENCO in post for less than three years, and 23 of those SENCOs were also class teachers with no time set aside for the role. Headteachers said the gaps they saw most were in using data to track pupils with SEN, in working with outside agencies, and in leading colleagues. The local authority's data showed that pupils at School Action Plus in Coldhurst made less progress between Key Stages 1 and 2 than similar pupils in its statistical neighbours, and that exclusions of pupils with behavioural, emotional and social difficulties had risen for three years. The phases below were built on those findings: Phase 3 gives the most time to data, targets and agencies, and Phase 4 to leading colleagues.")
para(doc, "Our partners - the three local authorities, the Coldhurst Parent Partnership Service and the headteachers of our Schools Programme - have been involved throughout the development of the programme and continue to shape it.")
prompt(doc, "A2. Previous injury history. List previous injuries to the same site and how they were managed.")
para(doc, "From 2005 to 2007 the Trust ran 'SEN Awareness', six twilight sessions a year for teaching assistants and new teachers, without accreditation. In that course every participant chose two pupils and reported their reading ages at the start and the end. 'SEN Awareness' closed in July 2007 and does not form part of this programme.")
prompt(doc, "A3. Social history and goals of the player.")
para(doc, "The aim of the Colliers SENCO Award is that every pupil with special educational needs or a disability in a Player's school achieves more and is happier, healthier and safer in school because the SENCO leads provision well. The programme's goals are written around the five Every Child Matters outcomes and around pupils' attainment, and the Gates ask Players to show the difference their work makes to both. Our course keeps pace with current research and the latest inspection findings, and our tutors bring them into every Clinic Day.")
fn.ref(doc.paragraphs[-1], "Reading lists for each Phase are issued at Phase 1 and updated each year by the MDT.")

# ---------------------------------------------------------------- section B baseline
doc.add_heading("Section B. Objective assessment (Baseline screen)", level=1)
prompt(doc, "B1. Record range of movement, strength, functional tests and patient-reported outcome measures at baseline.")
para(doc, "Admission. The programme is open to any qualified teacher who is, or will be, their school's SENCO, and whose headteacher supports the application in writing.")
para(doc, "At Phase 1 every Player completes the Baseline Screen: a self-rating against each line of the Exercise Prescription (Section F), a short written account of their school's SEN provision, and a one-hour meeting with the Lead Physiotherapist and the Player's Clinical Mentor. From the screen the three agree the Player's Individual Rehab Plan: the lines where the Player is already secure, the lines that become personal goals for the year, the Clinic Day workshops and HEP units the Player will concentrate on, and the focus of each Gate. The plan is reviewed at the end of each Phase. Every Player's programme is individual: no two Players follow quite the same plan.")
para(doc, "The Player also completes the Colliers Confidence Questionnaire, twenty statements about the SENCO role rated from 1 to 5, which is repeated at the Return-to-Play panel so that the change in each Player's confidence can be measured.")

# ---------------------------------------------------------------- clearance box
cb = doc.add_table(rows=1, cols=1)
cb.style = "Table Grid"
c0 = cb.cell(0, 0)
shade(c0, "FCE4D6")
c0.text = ""
run(c0.paragraphs[0], "CLEARANCE TO TRAIN", bold=True, color="9C0006")
for s in [
    "No Player starts Phase 1 until the Trust has cleared them. Before the first Clinic Day the Trust's Safeguarding Officer sees each Player's enhanced CRB disclosure and records its number and date. Where a Player has not worked in a school in a post with regular contact with children in the past three months, the Trust obtains a new enhanced disclosure through its own registered body before the Player is accepted.",
    "The Safeguarding Officer also checks List 99 and asks each Player's current or most recent employer to confirm in writing that there are no concerns about the Player's conduct and no outstanding disciplinary matters. An offer of a place is withdrawn if any check is not satisfactory.",
]:
    pp = c0.add_paragraph()
    run(pp, s)
doc.add_paragraph()

# ---------------------------------------------------------------- section C phases
doc.add_heading("Section C. Rehabilitation phases", level=1)
prompt(doc, "For each phase record goals, interventions, home exercise programme, criteria to progress, contraindications and red flags. Do not progress the player until every criterion is met.")
para(doc, "Clinic Days run from 9.00 to 3.30 in the stadium's education suite. There are ten in the year. Between Clinic Days each Player works through the HEP on ColliersNet (Section D) and carries out the in-school tasks set for their Phase with their Clinical Mentor.")
p = para(doc, "Every Player starts at Phase 1 in September. ")
ins_run(p, "Players can also join at Phase 1 in January, with Clinic Days on Saturdays for the January group, and finish the following December.", A2, D2)
para(doc, "Phases 3 and 4 can be taken in either order: a Player whose Individual Rehab Plan shows they most need the leadership work of Phase 4 takes it first, and the Gates move with the Phases.")

phases = [
    ("PHASE 1  PROTECT AND ASSESS  (September: Clinic Day 1)", [
        ("Goals", "Player cleared to train; Baseline Screen completed; Individual Rehab Plan agreed; Player able to use ColliersNet."),
        ("Clinic Days", "Clinic Day 1: the SENCO's role; the year ahead; ColliersNet induction in the suite's computer room; Baseline Screen meetings."),
        ("Home programme", "HEP unit 0: finding your way around ColliersNet; first post to your group's forum."),
        ("Criteria to progress", "Clearance complete; Individual Rehab Plan signed by Player, Lead Physiotherapist and Clinical Mentor."),
        ("Contraindications", "No credit for prior learning or experience is given in 2009-10."),
        ("Red flags", "Player's head withdraws support; Player's post changes so that they are no longer SENCO or SENCO-designate."),
    ]),
    ("PHASE 2  RESTORE  (October to December: Clinic Days 2-4)", [
        ("Goals", "Secure knowledge of the law and guidance on SEN and disability, of the common types of SEN, and of the agencies a SENCO works with."),
        ("Clinic Days", "Clinic Day 2: the SEN Code of Practice and SEN law, and how to put them into practice in school; the Disability Discrimination Act, the disability equality duty and the actions it requires of schools, including the school's disability equality scheme and accessibility plan. Clinic Day 3: behavioural, emotional and social difficulties; specific learning difficulties including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate learning difficulties; how each affects learning (with the MDT specialists). Clinic Day 4: the educational psychology service, health, social care, the Connexions service and voluntary organisations - who does what and how to get specialist help; building fair, respectful relationships with pupils with SEN and their families."),
        ("Home programme", "HEP units 1-3 (law, types of SEN, agencies); HEP unit 4: Every Child Matters and the SENCO's part in the five outcomes."),
        ("Criteria to progress", "Gate 1 passed (Section F)."),
        ("Contraindications", "How children develop is covered in initial teacher training; not part of this programme."),
        ("Red flags", "Gate 1 failed: Lead Physiotherapist meets the Player within two weeks; one resubmission allowed."),
    ]),
    ("PHASE 3  LOAD  (January to March: Clinic Days 5-7)", [
        ("Goals", "Player identifies pupils who may have SEN, sets targets and reviews progress with data, other professionals, parents and pupils."),
        ("Clinic Days", "Clinic Day 5: identifying pupils who may have SEN; setting challenging targets; planning interventions; using assessments by educational psychologists, therapists and specialist teachers to shape teaching. Clinic Day 6: using summative assessments, including Key Stage tests and optional tests, to track progress and adjust programmes; approaches, strategies and resources for teaching and learning, including ICT and assistive technology. Clinic Day 7: consulting pupils - pupil conferences, person-centred reviews and practice with pupils in the Player's own school; working with parents and carers (with the Parent Partnership Service); working in partnership with other services and voluntary organisations."),
        ("Home programme", "HEP units 5-6; HEP unit 7: developing formative assessment with colleagues for pupils with SEN. In-school task: conduct a pupil conference and a review meeting with a parent, with the Clinical Mentor present."),
        ("Placement", "Every Player spends two days in a specialist setting arranged by the Trust: Hawthorn Bank Special School, or one of the authority's resource bases for speech and language or autism."),
        ("Criteria to progress", "Gate 2 passed."),
        ("Contraindications", "Access arrangements for national tests and examinations are the responsibility of the school's examinations officer, not of the SENCO, and are not covered."),
        ("Red flags", "Player cannot obtain pupil or parent consent for the case study: Lead Physiotherapist agrees an alternative pupil."),
    ]),
    ("PHASE 4  SPORT-SPECIFIC  (April to June: Clinic Days 8-10)", [
        ("Goals", "Player leads provision and colleagues."),
        ("Clinic Days", "Clinic Day 8: provision mapping and provision management; finding provision that is missing or not working; deploying and managing teaching assistants and other staff. Clinic Day 9: coaching, mentoring, observation and feedback to support colleagues' development; winning the commitment of colleagues and senior leaders; speaking and writing clearly and listening to others. Clinic Day 10: school self-evaluation and improvement for SEN outcomes; what research and best practice say works; using research and outside advice to improve practice; making sound decisions about provision; working with senior colleagues and governors on an inclusive ethos, policies and resources; reviewing provision with other staff."),
        ("Home programme", "HEP unit 8: prioritising, managing your time and delegating. In-school task: review one area of provision with colleagues and record the findings for the school's self-evaluation; the Clinical Mentor observes the review meeting."),
        ("Criteria to progress", "Gate 3 passed."),
        ("Contraindications", "None recorded."),
        ("Red flags", "Project stalls because the school's leadership changes: Lead Physiotherapist and Clinical Mentor agree a smaller project."),
    ]),
    ("PHASE 5  RETURN TO PLAY  (July)", [
        ("Goals", "Player cleared to play."),
        ("Clinic Days", "Return-to-Play panel: a 40-minute professional discussion on the Player's portfolio with the Lead Physiotherapist and a second tutor, the Independent Medical Officer sampling."),
        ("Home programme", "Portfolio completed, including the Player's plan for keeping up to date and for their own continuing professional development."),
        ("Criteria to progress", "RTP panel passed; Confidence Questionnaire repeated; Discharge Summary written."),
        ("Contraindications", "None recorded."),
        ("Red flags", "None recorded."),
    ]),
]
for title, rows in phases:
    t = doc.add_table(rows=len(rows) + 1, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    m.text = ""
    run(m.paragraphs[0], title, bold=True, color="FFFFFF")
    shade(m, NAVY)
    for i, (a, b) in enumerate(rows, 1):
        t.cell(i, 0).text = ""
        run(t.cell(i, 0).paragraphs[0], a, bold=True)
        shade(t.cell(i, 0), "DCE6F1")
        t.cell(i, 1).text = b
    doc.add_paragraph()

deleted_paragraph(doc, "Accreditation of prior learning. Players who hold credit from a masters-level SEN module, or who can show through a portfolio that their experience as a SENCO already meets lines of the Exercise Prescription, may have up to 20 credits accredited by the University and skip the matching Clinic Days and Gate.", A1, D1)

para(doc, "Direct Return to Play.", bold_lead=None)
doc.paragraphs[-1].runs[0].bold = True
para(doc, "In exceptional circumstances an experienced SENCO - at least three years in the role and a record of leading provision that the headteacher confirms - may apply to go straight to assessment without the Clinic Days. The Lead Physiotherapist and the University's academic lead decide each application on a portfolio mapped against every line of the Exercise Prescription. A Direct RTP candidate completes the Baseline Screen, submits Gates 1, 2 and 3 as a single portfolio and attends the Return-to-Play panel, and is marked, moderated and cleared under exactly the same rules as every other Player.")
fn.ref(doc.paragraphs[-1], "Marsholme University's Faculty Academic Standards Committee approved the Direct RTP route on 3 December 2008.")

# ---------------------------------------------------------------- section D HEP
doc.add_heading("Section D. Home Exercise Programme (HEP)", level=1)
prompt(doc, "List the exercises, sets, repetitions and frequency the player is to complete away from the clinic. Attach the exercise sheet.")
para(doc, "The HEP runs on ColliersNet, the Trust's Moodle site, hosted by Marsholme University. Each of the nine HEP units takes about three hours and ends with a short task posted to the Player's group forum. Players work in groups of six, each with a named tutor from the MDT.")
para(doc, "Between Clinic Days Players get direct support online. The group's tutor answers questions posted on ColliersNet within two working days, comments on every HEP task, and holds a live online clinic every Tuesday from 7.00 to 8.00 pm in the site's chat room. Players support each other in their group forum and in 'The Physio Room', the whole-cohort forum, where tutors also post each week. Clinic Day handouts, recordings of the main talks and the Gate briefs are all on ColliersNet, and Players submit their Gates through it.")

# ---------------------------------------------------------------- MDT
doc.add_heading("Section E. Multi-disciplinary team (MDT)", level=1)
prompt(doc, "Name every clinician involved and their discipline.")
mdt = [
    ["Name", "Discipline on MED-4", "Qualifications and experience"],
    ["Nadia Qureshi", "Lead Physiotherapist (Programme Leader)", "MA Special and Inclusive Education, PGCE, MCSP; SENCO of Wakeley Road Primary 2003-08; Head of Education at the Trust since 2008"],
    ["Dr Paul Entwistle", "Consultant (academic lead)", "PhD, Principal Lecturer in SEN at Marsholme University; former local authority SEN adviser; chairs the University's course committee for the award"],
    ["Joanne Whiteley", "Physiotherapist (tutor)", "MEd, NPQH; headteacher of Hawthorn Bank Special School; SENCO for nine years before headship"],
    ["Imran Baig", "Physiotherapist (tutor)", "MA SpLD; advisory teacher for specific learning difficulties, Coldhurst; teaches on the authority's SENCO induction network"],
    ["MDT specialists", "Sports scientists", "An educational psychologist, a speech and language therapist and a behaviour support teacher from the Coldhurst services, who lead parts of Clinic Days 3, 5 and 7"],
    ["Clinical Mentors", "Strength and conditioning staff", "Experienced SENCOs in Players' own or neighbouring schools"],
]
table(doc, mdt, header_fill=NAVY)
para(doc, "A handbook for tutors and Clinical Mentors will be written during summer 2009. Clinical Mentors' duties will be agreed with each school when the Player starts.")
para(doc, "Resources. Players use the resources of their own schools, and the Trust issues a reading list for each Phase.")

# ---------------------------------------------------------------- section E exercise prescription
doc.add_heading("Section F. Exercise Prescription and Gates", level=1)
prompt(doc, "For each exercise record where it is prescribed and the test the player must pass before progressing.")
para(doc, "The Gates are the marked assignments:")
for s in [
    "Gate 1 (December): Knowledge Screen. A 3,000-word assignment applying SEN law, the Code of Practice and the disability equality duty to the Player's school, with a profile of the types of SEN in the school and the agencies that support them.",
    "Gate 2 (March): Case Study. A 4,000-word study of one pupil: identification, targets, the assessments of other professionals, tracking with summative data, the pupil's own part in planning and reviewing, work with the parents and with outside services, the teaching approaches and resources used, and the Player's relationship with the pupil and family.",
    "Gate 3 (June): Leadership Project. A 5,000-word project leading a change in provision with senior colleagues and governors: the provision map, how staff are deployed, the coaching of colleagues, how the Player won the commitment of colleagues and the head, the research and outside advice used, the decisions taken, and the link to school self-evaluation, with a presentation to the school's senior team.",
    "Return-to-Play panel (July): professional discussion on the portfolio.",
]:
    para(doc, "\u2022 " + s)
para(doc, "Read the Gate column as follows. A Gate number means the line is marked in that Gate. 'Home programme only' means the Player works on it in an HEP unit on ColliersNet and the tutor comments, but it is not marked. A dash means the line is not prescribed or not tested.")

presc = [
    ["Line", "Exercise (what the Player must be able to do)", "Prescribed in", "Gate"],
    ["CORE", "", "", ""],
    ["C1", "Fair, respectful, supportive relationships with pupils with SEN and their parents or carers", "Phase 2, Clinic Day 4", "G2"],
    ["C2", "Gain the commitment of colleagues, the head and senior leaders", "Phase 4, Clinic Day 9", "G3"],
    ["C3", "Prioritise, manage time, delegate", "HEP unit 8", "Home programme only"],
    ["C4", "Anticipate and resolve problems; make sound decisions about provision", "Phase 4, Clinic Day 10", "G3"],
    ["C5", "Communicate clearly in speech and writing; listen to others", "Phase 4, Clinic Day 9", "G3 and RTP panel"],
    ["C6", "Use research and outside advice to improve practice", "Phase 4, Clinic Day 10", "G3"],
    ["C7", "Keep up to date and take responsibility for own CPD", "-", "RTP panel"],
    ["LOAD-BEARING", "", "", ""],
    ["L1", "SEN law and guidance, including the Code of Practice, and putting it into practice", "Phase 2, Clinic Day 2", "G1"],
    ["L2", "Every Child Matters and the SENCO's part in it", "HEP unit 4", "Home programme only"],
    ["L3", "Disability equality law and the actions it requires", "Phase 2, Clinic Day 2", "G1"],
    ["L4", "How children develop", "-", "-"],
    ["L5", "Common types of SEN and disability and their effect on learning", "Phase 2, Clinic Day 3", "G1"],
    ["L6", "Approaches, strategies and resources for teaching, learning and assessment, including ICT", "Phase 3, Clinic Day 6", "G2"],
    ["L7", "School self-evaluation and improvement for SEN outcomes", "Phase 4, Clinic Day 10", "G3"],
    ["L8", "Best practice and research in meeting SEN", "Phase 4, Clinic Day 10", "G3"],
    ["L9", "External agencies and how to get specialist support", "Phase 2, Clinic Day 4", "G1"],
    ["FUNCTION", "", "", ""],
    ["F1", "Work with senior colleagues and governors on an inclusive ethos, policies, priorities and resources", "Phase 4, Clinic Day 10", "G3"],
    ["F2", "Identify pupils with SEN, set targets, plan interventions, review progress", "Phase 3, Clinic Day 5", "G2"],
    ["F2a", "Use other professionals' assessments to develop teaching", "Phase 3, Clinic Day 5", "G2"],
    ["F2b", "Use summative assessments, including national tests, to track progress and adjust programmes", "Phase 3, Clinic Day 6", "G2"],
    ["F2c", "Encourage colleagues to develop formative assessment for pupils with SEN", "HEP unit 7", "Home programme only"],
    ["F2d", "Special arrangements for national tests and examinations", "-", "-"],
    ["F3", "Provision mapping; identify missing or ineffective provision", "Phase 4, Clinic Day 8", "G3"],
    ["F4", "Deploy and manage staff", "Phase 4, Clinic Day 8", "G3"],
    ["F5", "Support colleagues' development: observation, feedback, coaching, mentoring, training", "Phase 4, Clinic Day 9", "G3"],
    ["F6", "Review provision with other staff to inform school self-evaluation", "Phase 4, Clinic Day 10 and in-school task", "Observed by Clinical Mentor - not graded"],
    ["F7", "Involve pupils in planning, agreeing, reviewing and evaluating their provision", "Phase 3, Clinic Day 7", "G2"],
    ["F8", "Liaise with parents and carers", "Phase 3, Clinic Day 7", "G2"],
    ["F9", "Work in partnership with other services and agencies, including voluntary organisations", "Phase 3, Clinic Day 7", "G2"],
]
pt = table(doc, presc, header_fill=NAVY)
for r in (1, 9, 19):
    m = pt.cell(r, 0).merge(pt.cell(r, 3))
    shade(m, "DCE6F1")
    for rr in m.paragraphs[0].runs:
        rr.bold = True

# ---------------------------------------------------------------- G discharge
doc.add_heading("Section G. Return-to-Play criteria and sign-off", level=1)
prompt(doc, "State the objective criteria the player must meet before the Club Doctor signs the return-to-play certificate.")
para(doc, "A Player is Cleared to Play - awarded the Colliers SENCO Award and the University Certificate - only when they have passed every Gate and the Return-to-Play panel. No Gate can make up for another: a Player who fails a Gate after one resubmission is not cleared. The University's Board of Examiners, with the Independent Medical Officer present, confirms every clearance.")
para(doc, "Every Gate is marked by the Player's tutor against the University's Level 7 criteria. A second tutor blind-marks a sample of at least one in four scripts from every Gate and every script below the pass mark; the MDT holds a moderation meeting after each Gate to agree marks, and the Independent Medical Officer moderates a sample from all three Gates and the Return-to-Play panel each year and reports to the University.")
para(doc, "Discharge Summary. After the panel, each Player and the Lead Physiotherapist write a Discharge Summary: what the Player can now do, the two or three professional targets they set for the next year, and the next step - for many, the University's MA in Inclusive Practice, into which the award's 40 credits transfer.")

# ---------------------------------------------------------------- H monitoring
doc.add_heading("Section H. Load monitoring and review", level=1)
prompt(doc, "Record how the player's load and response will be monitored (GPS, RPE, wellness questionnaires) and when the plan will be reviewed.")
para(doc, "Each Clinic Day is evaluated by every Player on the day; the MDT reads the evaluations at its meeting the following week and records what it will change. Tutors observe one another's sessions once a term. The University's annual monitoring report, the Independent Medical Officer's report and the Gate results go to the Review Group each September.")
para(doc, "The Review Group evaluates the programme each year and agrees the changes for the next intake. Its members are three headteachers from the Schools Programme, the Coldhurst Parent Partnership officer, two former Players, two pupils with SEN from the Trust's Young Colliers council (with their learning mentor), the three authorities' SEN managers and Dr Entwistle. The pupils and the Parent Partnership officer each bring the views of their own groups, gathered at a Young Colliers meeting and a parents' coffee morning held at the stadium each summer.")
fn.ref(doc.paragraphs[-1], "The Young Colliers council is the Trust's forum of pupils from the Schools Programme.")
para(doc, "The change in each Player's confidence is measured by the Colliers Confidence Questionnaire at Phase 1 and at the Return-to-Play panel. We would like to measure the progress of the pupils in Players' schools as well, but schools' data are not yet comparable, and we will look at this with the authorities during 2009-10.")

# ---------------------------------------------------------------- I access
doc.add_heading("Section I. Access and equality", level=1)
prompt(doc, "Record any adaptations to equipment or environment the player requires.")
para(doc, "The stadium's education suite and medical centre are on the ground floor of the Pit Lane Stand and are fully accessible for wheelchair users, with accessible toilets and parking next to the entrance. Adjustments to assessment for disabled Players are a matter for the University.")

# ---------------------------------------------------------------- sign off table
doc.add_heading("Section J. Signatures", level=1)
sig = [["Role", "Name", "Signature", "Date"],
       ["Lead Physiotherapist", "Nadia Qureshi", "", "6/2/09"],
       ["Club Doctor", "[Enter name]", "", ""],
       ["Player", "[Player to sign at Phase 1]", "", ""]]
table(doc, sig, header_fill=NAVY)

# ---------------------------------------------------------------- comments
def find(txt):
    for p in doc.paragraphs:
        if txt in p.text:
            return p
    raise KeyError(txt)

doc.add_comment(find("A handbook for tutors").runs, text="Mentor training day is booked for 5 September - add it here?", author=A2, initials="NQ")
doc.add_comment(find("We would like to measure").runs, text="Could we use RAISEonline data for this? Ask the authorities.", author=A1, initials="GL")
doc.add_comment(find("Every Player starts at Phase 1").runs, text="University says APL will be allowed from 2010-11 once the regulations change - deleted the APL paragraph for now.", author=A1, initials="GL")

fn.attach(doc)
doc.save(str(Path(__file__).with_name(NAME + ".docx")))
print("wrote", NAME + ".docx")
