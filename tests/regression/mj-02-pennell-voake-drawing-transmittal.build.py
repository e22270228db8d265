"""mj-02-pennell-voake-drawing-transmittal

Provider (invented): Pennell & Voake, Organ Builders, of Hurstwick Mill, through its
Workshop School (voicers, pipe-makers and tuners), with the (invented) Lydgate University
School of Education, which validates, and Wrayshire County Council.

Document kind and layout: the course sent as a drawing-office issue: a Transmittal sheet
(a form table with merged title cells and tick boxes for "Purpose of issue"), a Drawing
Register (drawing number, title, revision, status, date; one drawing "Superseded"), then
each drawing transcribed as a sheet: a small title-block table (Job, Dwg No., Rev, Scale
NTS, Drawn, Checked, Approved) followed by hand-numbered GENERAL NOTES (typed "1.", "2."
numbering, no list styles, no heading styles; titles are bold capitals). The outcomes are
Schedule SCH-01, a "Schedule of Fittings" grouped by "Room" in merged shaded rows, with
columns Item / Fitting / Bench Day / Site Work / Finish. The finish codes are defined in
note 6 of GA-100, far above the schedule. A Revision History table at the end. An
"APPROVED FOR ISSUE" stamp in a text box, a header, a footer ("Uncontrolled when
printed"), two comments, a tracked change inside a schedule cell, a placeholder drawing.

The firm's vocabulary: Bench Days (six study days at the Mill), Site Work (the in-school
project), Inspection Points IP1-IP3 (the marked assessments), Dry-fit (practised at the
bench and commented on, never marked), the Site Survey (needs assessment) and the Cutting
List (individual plan), the Hand-over (IP3).

Traps (requirement ids):
- Credits: "40 credits at Level 7 and 20 credits at Level 6" (E.2 partially_met).
- Research only as "keep abreast of current thinking" (1.3 partially_met); 6.K8 is
  finished at IP2 but has a dash under Bench Day (partially_met: assessed, not taught).
- Pupil voice Dry-fit only (6.S7 partially_met, 1.5 partially_met).
- 6.A5 Dry-fit only (partial). 6.A2: "IP3" is a deleted tracked change in the Finish
  cell and "Dry-fit only" is inserted (partially_met: the insertion counts).
- 6.S2b "Omitted" at Rev C (not_met). 6.K9 "By others": the County's New
  SENCO Induction, another provider's course, carries it (not_met).
- Award rule: pass at all three IPs, but Dry-fit items are never inspected (6.0, 1.9
  partially_met). The stamp text box's blanket claim is not evidence.
- The assessment-only route appears only on D-099, marked "Superseded" in the register
  and on its title block (2.3 not_met: a past arrangement).
- Access: the Upper Loft has no lift; adjustments only "where the building allows" with a
  general equality statement (3.1 partially_met).
- One September start, Bench Days taken in order, "There is no online element" (3.2
  partially_met; 3.3 not_applicable).
- Stakeholders' needs "well known to us" from tuning (4.1 partially_met); headteachers
  "were shown the drawings and commented" with nothing said to have changed (4.2
  partially_met). Evaluation involvement is concrete (4.3 met).
- Tutor and mentor guidance: "D-401 ... to follow (not issued with this transmittal)"; only
  markers' standardising meetings are described (5.7 partially_met: a placeholder).
- Participants' confidence measured, pupils' achievement only anecdote (5.9 partial).
- CRB checks on candidates done properly (5.3 met, a trap the other way: it sits in a
  note among the firm's own site-safety notes).
- Comments (checker's queries) are not evidence.
- SCH-01's item numbers (1.1-1.7, 2.1-2.9, 3.1-3.13) collide with requirement ids: item 2.3 is
  disability equality law (6.K3), not the assessment-only route; item 3.3 is 6.S2a, not e-learning.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _mj_helpers import *  # noqa
from docx.shared import Pt, Cm

OUT = Path(__file__).with_name("mj-02-pennell-voake-drawing-transmittal.docx")
AU, DT = "K. Voake", "2008-11-02T11:05:00Z"

d = new_doc("Arial", 9.5)
header_footer(d, "PENNELL & VOAKE  ORGAN BUILDERS  |  DRAWING OFFICE  |  JOB 0731  HURSTWICK SENCO AWARD",
              "Uncontrolled when printed. Check the revision of every sheet against the Drawing Register before use.")


def heading(t):
    p = para(d, t, bold=True, size=11)
    p.paragraph_format.space_before = Pt(14)
    return p


def notes(items, start=1):
    for i, t in enumerate(items, start):
        p = para(d, f"{i}.  {t}")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)


def title_block(dwg, title_, rev, drawn="JH", checked="KV", approved="RP", status="For approval"):
    t = d.add_table(rows=3, cols=6)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(a, f"{dwg}   {title_}", bold=True, size=10)
    shade(a, "DCE6F0")
    b = t.cell(0, 4).merge(t.cell(0, 5))
    cell_text(b, f"Status: {status}", bold=True, size=9)
    shade(b, "DCE6F0")
    vals = [("Job", "0731"), ("Rev", rev), ("Scale", "NTS"), ("Drawn", drawn), ("Checked", checked), ("Approved", approved)]
    for j, (k, v) in enumerate(vals):
        cell_text(t.cell(1, j), k, size=8)
        cell_text(t.cell(2, j), v, bold=True, size=9)
    return t


# ---------------- transmittal ----------------
tt = d.add_table(rows=9, cols=4)
tt.style = "Table Grid"
m = tt.cell(0, 0).merge(tt.cell(0, 3))
cell_text(m, "PENNELL & VOAKE LTD, ORGAN BUILDERS\nHurstwick Mill, Millrace Lane, Hurstwick WR7 3DN\nDRAWING TRANSMITTAL",
          bold=True, size=11)
shade(m, "BFCFE0")
rows = [("Transmittal No.", "TR-0731-04", "Date", "3 November 2008"),
        ("To", "TDA Approval Panel, National Award for SEN Coordination", "Attention", "Panel Secretary"),
        ("From", "Drawing Office, Pennell & Voake Workshop School", "Job", "0731 Hurstwick SENCO Award"),
        ("Partners", "Lydgate University School of Education; Wrayshire County Council", "Copies", "University (1), County (1), file"),
        ]
for i, r in enumerate(rows, 1):
    for j, v in enumerate(r):
        cell_text(tt.cell(i, j), v, bold=(j % 2 == 0), size=9)
m2 = tt.cell(5, 1).merge(tt.cell(5, 3))
cell_text(tt.cell(5, 0), "Purpose of issue", bold=True, size=9)
cell_text(m2, "☐ For information     ☒ For approval     ☐ For comment     ☐ For construction     ☐ For tender", size=9)
m3 = tt.cell(6, 1).merge(tt.cell(6, 3))
cell_text(tt.cell(6, 0), "Issued as", bold=True, size=9)
cell_text(m3, "☒ Paper, one set     ☒ PDF by e-mail     ☐ Disk", size=9)
m4 = tt.cell(7, 1).merge(tt.cell(7, 3))
cell_text(tt.cell(7, 0), "Enclosed", bold=True, size=9)
cell_text(m4, "The drawings listed on the Drawing Register below at the revisions shown, and Schedule SCH-01.", size=9)
m5 = tt.cell(8, 1).merge(tt.cell(8, 3))
cell_text(tt.cell(8, 0), "Remarks", bold=True, size=9)
cell_text(m5, "Issued for the Panel's approval of Job 0731. Sheets marked Superseded are sent for record only.", size=9)

para(d, "")
para(d, "Covering note", bold=True)
para(d, "Pennell & Voake have built and maintained organs from Hurstwick Mill since 1889, and the Workshop School trains "
        "the firm's apprentices as voicers, pipe-makers and tuners. Since 1998 the School's education staff have run "
        "music and making workshops in the special schools of Wrayshire, and two of them are former SENCOs. When the "
        "County asked whether we would build a SENCO course with the University, we did it in the way we build anything: "
        "drawn, checked and approved, sheet by sheet. What follows is the set as it stands at this issue. Each sheet's "
        "notes are its specification; where a note and the schedule disagree, the schedule governs.")
para(d, "Katharine Voake, Director of the Workshop School", italic=True)

# ---------------- register ----------------
heading("DRAWING REGISTER")
reg = table(d, [
    ["Dwg No.", "Title", "Rev", "Status", "Date"],
    ["GA-100", "General arrangement: the Award", "C", "For approval", "03.11.08"],
    ["GA-101", "Site plan: partners and stakeholders", "B", "For approval", "03.11.08"],
    ["D-099", "Scheme layout (first scheme)", "A", "Superseded", "14.03.08"],
    ["D-200", "Elevations: who the Award is for", "B", "For approval", "03.11.08"],
    ["D-201", "Setting out: admission and entry", "C", "For approval", "03.11.08"],
    ["D-202", "Sections through the Bench Days", "C", "For approval", "03.11.08"],
    ["D-203", "Site Work in the participant's school", "B", "For approval", "03.11.08"],
    ["D-204", "Access and circulation", "A", "For approval", "03.11.08"],
    ["D-300", "Inspection and test plan", "C", "For approval", "03.11.08"],
    ["D-400", "Workshop staffing", "B", "For approval", "03.11.08"],
    ["D-401", "Tutor and mentor guidance", "—", "To follow", "—"],
    ["D-500", "Maintenance and review", "B", "For approval", "03.11.08"],
    ["SCH-01", "Schedule of Fittings (outcomes)", "C", "For approval", "03.11.08"],
], widths=[1.8, 7.5, 1.0, 2.6, 2.0], size=9)
para(d, "Status codes: For approval = issued for the Panel's decision; Superseded = withdrawn and replaced, kept for record "
        "and not to be built from; To follow = not yet drawn.", italic=True, size=8.5)

# ---------------- GA-100 ----------------
heading("SHEET GA-100  GENERAL ARRANGEMENT: THE AWARD")
title_block("GA-100", "General arrangement: the Award", "C")
para(d, "GENERAL NOTES", bold=True)
notes([
    "The Award is the Hurstwick Postgraduate Certificate in SEN Coordination, validated by Lydgate University School of "
    "Education at its approval event of 19 June 2008 and awarded by the University. It carries the National Award for "
    "SEN Coordination.",
    "The Award carries 60 credits: 40 credits at Level 7 and 20 credits at Level 6. IP1 is set at Level 6 because it is "
    "taken early in the year by participants new to the role.",
    "The Award is built of six Bench Days at the Mill (sections on D-202), Site Work in the participant's own school over "
    "two terms (D-203) and three Inspection Points, IP1 to IP3 (D-300).",
    "All dimensions are in working days. Each Bench Day runs 9.15 to 4.00; Site Work is about twenty days spread across "
    "the spring and summer terms, agreed with the headteacher.",
    "Read with SCH-01, which lists every outcome as a fitting, grouped by Room, with the Bench Day where it is made, "
    "whether it is practised in Site Work, and its finish.",
    "Finish codes used on SCH-01. IP1, IP2 or IP3 means the fitting is fixed: marked at that Inspection Point against the "
    "published criteria. \"Dry-fit only\" means the fitting is made and tried at the bench and a tutor comments on it, "
    "but it is never marked. \"By others\" means the fitting is provided by another course, not by this Award. "
    "\"Omitted\" means the fitting has been taken out of the scheme at the revision shown. A dash in the Bench Day "
    "column means no Bench Day makes the fitting.",
    "Aims. The Award is drawn to raise the achievement and improve the well-being of pupils with special educational "
    "needs and disabilities in Wrayshire schools, measured against all five Every Child Matters outcomes, by raising the "
    "competence of the teachers who lead provision for them. Its objectives are that each participant leads the "
    "identification of need, plans and maps provision, works with pupils, parents, colleagues and agencies, and can "
    "plan for pupils' learning, safety, health and participation. IP2's criteria ask the participant to set out how "
    "the change made in the Site Work is meant to raise pupils' attainment and at least two further Every Child "
    "Matters outcomes.",
    "Participants are expected to keep abreast of current thinking in the field throughout.",
])

# ---------------- GA-101 ----------------
heading("SHEET GA-101  SITE PLAN: PARTNERS AND STAKEHOLDERS")
title_block("GA-101", "Site plan: partners and stakeholders", "B")
para(d, "GENERAL NOTES", bold=True)
notes([
    "Lydgate University validates and awards the Certificate, appoints the external examiner and holds the Board of "
    "Examiners. Its link tutor, Dr Simon Ashe, sits on the Award's Review Panel (D-500).",
    "Wrayshire County Council funds places for its maintained schools, releases its SEN advisers to lead sessions and "
    "runs its own New SENCO Induction, a three-afternoon briefing for newly appointed SENCOs, which is separate from this "
    "Award. The fee is £1,480 a place, which the County meets for its maintained schools; six Bench Days and Site Work "
    "in school cost it less in supply cover than the ten central days of its former SENCO course.",
    "The needs of Wrayshire schools are well known to us through thirty years of tuning and maintaining the instruments "
    "of their halls and chapels, and through our workshops in their special schools.",
    "Headteachers at the County's spring 2008 SENCO conference were shown the drawings at Rev A and commented on them.",
    "Two headteachers and two serving SENCOs, chosen by the County's primary and secondary heads' associations, sit on "
    "the Review Panel each July, read the participants' evaluations and the external examiner's report, and decide with "
    "us what is changed for the next year. Headteachers of participants' schools also sit as second assessor at the "
    "Hand-over (IP3), and SENCOs from Wrayshire special schools host the placement day (D-202, Bench Day 4).",
])

# ---------------- D-099 ----------------
heading("SHEET D-099  SCHEME LAYOUT (FIRST SCHEME)   SUPERSEDED")
title_block("D-099", "Scheme layout (first scheme)", "A", status="SUPERSEDED")
para(d, "GENERAL NOTES", bold=True)
notes([
    "First scheme: eight Bench Days and two Inspection Points.",
    "Experienced SENCOs and advisory teachers may enter for IP1 to IP3 directly by the assessment-only route, without "
    "attending the Bench Days, after a meeting with the Course Leader.",
    "All Bench Days held on Saturdays.",
])
para(d, "Superseded by GA-100 Rev B, 2 June 2008. Not to be built from.", italic=True, size=8.5)

# ---------------- D-200 ----------------
heading("SHEET D-200  ELEVATIONS: WHO THE AWARD IS FOR")
title_block("D-200", "Elevations: who the Award is for", "B")
para(d, "GENERAL NOTES", bold=True)
notes([
    "The Award is for teachers with QTS who are SENCOs, or are to be SENCOs within the year, in Wrayshire primary, "
    "secondary and special schools and in schools of neighbouring authorities that buy places.",
    "The front elevation is the pupil: every Bench Day begins with a pupil's case, presented by a participant, and every "
    "session is drawn back to what it changes for that pupil.",
    "The side elevation is the school: the Site Work is the participant's own school's question, agreed with the "
    "headteacher, and its findings are reported to the school's leadership team and governors. Participants try out what "
    "they learn at each Bench Day in school before the next, and IP2 asks what changed in the school's practice.",
    "Law and policy are drawn in on Bench Day 1: the SEN Code of Practice (2001), the SEN and Disability Act 2001, the "
    "Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, Every Child Matters, and "
    "Removing Barriers to Achievement (2004).",
    "The Award develops participants' skills in advising and working with colleagues inside and beyond the school, and "
    "with parents and carers: see SCH-01, Rooms 1 and 3.",
])

# ---------------- D-201 ----------------
heading("SHEET D-201  SETTING OUT: ADMISSION AND ENTRY")
title_block("D-201", "Setting out: admission and entry", "C")
para(d, "GENERAL NOTES", bold=True)
notes([
    "Entry: QTS; a post as SENCO or designation to it within the year; the headteacher's written agreement to release the "
    "participant for the six Bench Days and to support the Site Work. Every applicant is interviewed by two tutors, who "
    "use a short written task on a pupil's case to judge whether the applicant has the knowledge and experience to "
    "benefit and to meet all the outcomes. Applicants who are not ready are given written advice on what to do first, "
    "copied to the headteacher, and invited to reapply.",
    "Site safety. Every visitor to the Mill's workshops wears eye protection and is accompanied. Every applicant gives the "
    "number and date of his or her enhanced CRB disclosure on the application form, and the headteacher confirms on the "
    "form that it has been checked against the school's single central record, with List 99. An applicant who has not "
    "worked in a school in a post involving regular contact with children in the past three months is not offered a "
    "place until a new enhanced disclosure has been obtained through the University, and the Course Leader sees it. We "
    "also take up a reference from the headteacher on the applicant's conduct.",
    "Prior learning. A participant who holds Level 7 credit in SEN from the last five years, or who can show equivalent "
    "experience in a portfolio mapped against SCH-01, may claim exemption from IP1 (20 credits) through the University's "
    "APL and APEL regulations; the claim is assessed by two tutors and confirmed by the University's APL panel.",
    "Site Survey. Before Bench Day 1 each participant completes the Site Survey, rating himself or herself against every "
    "fitting on SCH-01 with evidence, and meets a tutor to discuss it. From it the tutor and participant draw the "
    "participant's Cutting List: the fittings on which the participant will concentrate, the Bench Day options and "
    "readings to take, and the participant's own additional outcomes for the year. The Cutting List is reviewed at each "
    "Bench Day tutorial.",
])
d.add_comment(d.paragraphs[-1].runs, text="Checked. Does the Cutting List need the head's signature? JH", author="J. Hollis",
              initials="JH")

# ---------------- D-202 ----------------
heading("SHEET D-202  SECTIONS THROUGH THE BENCH DAYS")
title_block("D-202", "Sections through the Bench Days", "C")
table(d, [
    ["Section", "Bench Day", "Made at the bench"],
    ["A-A", "BD1 (September)", "SEN law and guidance, the Code of Practice and its procedures; disability equality law and the "
     "accessibility plan; Every Child Matters and the SENCO's part; identifying pupils who may have SEN, setting targets, "
     "planning and reviewing interventions; the common types of SEN and disability."],
    ["B-B", "BD2 (October)", "How children develop and what affects development; approaches, strategies and resources for "
     "assessment and teaching, including ICT; using other professionals' assessments; access arrangements for national "
     "tests and examinations, with a Wrayshire examinations officer."],
    ["C-C", "BD3 (December)", "Provision mapping and finding gaps in provision; deploying and managing teaching assistants; "
     "formative assessment with colleagues; prioritising, managing time and delegating; anticipating problems and "
     "making sound decisions on provision, worked through cases."],
    ["D-D", "BD4 (February)", "Placement day in a Wrayshire special school, hosted by its SENCO; relationships with pupils and "
     "parents; liaising with parents and carers, with the County's Parent Partnership Service; pupils' part in their "
     "own provision; speaking and writing for colleagues and parents."],
    ["E-E", "BD5 (April)", "Working with the headteacher and governors on ethos, policy and resources; gaining colleagues' "
     "commitment; coaching, mentoring, observation and leading training; reviewing provision with staff and school "
     "self-evaluation; drawing on research and external advice to change practice."],
    ["F-F", "BD6 (June)", "Partnership with other services and agencies, including voluntary organisations, with the "
     "Educational Psychology Service and the Wrayshire Autism Society; keeping up to date and the participant's own CPD; "
     "the Next Job plan (D-500); rehearsal for the Hand-over."],
], widths=[1.5, 2.6, 11.5], size=9)
para(d, "GENERAL NOTES", bold=True)
notes([
    "One intake a year, starting in September. The Bench Days are taken in order by the whole group, because each is "
    "built on the one before. There is no online element; papers are posted and handed out.",
    "A participant who misses a Bench Day takes it the following year, or, if the tutor agrees, completes its readings "
    "and a written task at home.",
    "The Site Work may be started in the spring or the summer term, to fit the school's year.",
])

# ---------------- D-203 ----------------
heading("SHEET D-203  SITE WORK IN THE PARTICIPANT'S SCHOOL")
title_block("D-203", "Site Work in the participant's school", "B")
para(d, "GENERAL NOTES", bold=True)
notes([
    "The Site Work is an enquiry in the participant's school into one area of provision, agreed with the headteacher "
    "and the tutor by Bench Day 3. The participant maps the provision, identifies what is ineffective or missing, "
    "changes it with colleagues, deploys staff to deliver it, and reviews it with colleagues after at least a term.",
    "The participant keeps a Site Diary of meetings with colleagues, pupils and parents, which the tutor reads at the "
    "Bench Day tutorials.",
    "Fittings marked in the Site Work column of SCH-01 are practised in school whether or not they are inspected.",
])

# ---------------- D-204 ----------------
heading("SHEET D-204  ACCESS AND CIRCULATION")
title_block("D-204", "Access and circulation", "A")
para(d, "GENERAL NOTES", bold=True)
notes([
    "The Workshop School is committed to equality of opportunity for all participants and complies with its duties.",
    "The Bench Days are held in the Upper Loft of the Mill, a listed building. The Upper Loft has no lift. Reasonable "
    "adjustments will be made where the building allows.",
    "Fire escape by the east stair. Assembly point: the mill yard.",
])

# ---------------- D-300 ----------------
heading("SHEET D-300  INSPECTION AND TEST PLAN")
title_block("D-300", "Inspection and test plan", "C")
table(d, [
    ["IP", "What is inspected", "Form", "Credits", "Inspected by"],
    ["IP1", "Survey Report: a case study of one pupil, applying the law and guidance and the identification of need",
     "3,500 words", "20 (Level 6)", "Two tutors"],
    ["IP2", "Site Work Report, with the provision map and the school's plan", "6,000 words", "30 (Level 7)",
     "Two tutors"],
    ["IP3", "The Hand-over: a twenty-minute presentation to a panel of a tutor and the participant's headteacher, then a "
     "professional discussion", "40 minutes, recorded", "10 (Level 7)", "Tutor and headteacher"],
], widths=[1.2, 7.5, 2.5, 2.2, 2.4], size=9)
para(d, "GENERAL NOTES", bold=True)
notes([
    "Each IP is marked independently by the two inspectors shown against published criteria that name the fittings of "
    "SCH-01 it inspects, and a mark is agreed. All fails, all borderline scripts and a tenth of the rest are second "
    "marked by the moderator, and the University's external examiner sees a sample of every IP and all fails before the "
    "Board of Examiners. Markers meet to standardise on specimen scripts before every IP.",
    "A participant is awarded the Certificate and the National Award only on passing all three Inspection Points; a "
    "failed IP may be resubmitted once.",
])

# ---------------- D-400 ----------------
heading("SHEET D-400  WORKSHOP STAFFING")
title_block("D-400", "Workshop staffing", "B")
para(d, "GENERAL NOTES", bold=True)
notes([
    "Course Leader: Ruth Pennell, SENCO of two Wrayshire primary schools for eleven years, MEd in Special Needs (Lydgate), "
    "now the Workshop School's Head of Education and a member of the County's SEN Strategy Group.",
    "Tutor: John Hollis, former head of a Wrayshire special school for pupils with MLD and ASD, BPhil in autism; an Ofsted "
    "additional inspector until 2007.",
    "Link tutor: Dr Simon Ashe, Lydgate University, Senior Lecturer in Inclusive Education, who leads the University's MA "
    "in SEN and publishes on provision mapping.",
    "Visiting: two County SEN advisers, an educational psychologist, a speech and language therapist and the Parent "
    "Partnership Service. All tutors keep their specialist knowledge current through the County's SEN network and the "
    "University's research seminars, and each spends at least ten days a year in schools.",
    "Resources: the Mill's education room holds a lending library of some four hundred SEN titles and current journals; "
    "participants have full access to Lydgate University's library and e-journals by their University card; the County's "
    "SEN ICT loan bank (communication aids, text-to-speech and screen-reading software, recording devices) is demonstrated "
    "on Bench Day 2 and may be borrowed for the Site Work.",
    "Tutor and mentor roles and training: see D-401.",
])

# ---------------- D-401 ----------------
heading("SHEET D-401  TUTOR AND MENTOR GUIDANCE")
para(d, "D-401 Tutor and mentor guidance: to follow (not issued with this transmittal). [Sheet to be drawn.]")
d.add_comment(d.paragraphs[-1].runs, text="RP to draw before the Panel meets? Roles of heads as IP3 assessors go here. KV",
              author="K. Voake", initials="KV")

# ---------------- D-500 ----------------
heading("SHEET D-500  MAINTENANCE AND REVIEW")
title_block("D-500", "Maintenance and review", "B")
para(d, "GENERAL NOTES", bold=True)
notes([
    "Participants evaluate every Bench Day on a written form, and the tutors review the forms within the week and change "
    "the next Bench Day where needed. Each participant also evaluates the whole Award at the Hand-over.",
    "The Review Panel (GA-101, note 5) meets each July with the tutors, the link tutor, the participants' evaluations, the "
    "IP results, the external examiner's report and the University's annual monitoring report. Its decisions are recorded "
    "as a revision to this set of drawings and issued to all tutors before September.",
    "Each participant rates his or her confidence against every fitting on SCH-01 at the Site Survey and again at the "
    "Hand-over; the change in confidence and the IP results are reported to the Review Panel as the measure of the "
    "Award's effect on participants' competence and confidence.",
    "Effect on pupils: participants tell us at the Hand-over about the difference the Award has made to the pupils in "
    "their schools, and we note the stories we hear.",
    "Next Job. On Bench Day 6 each participant drafts a Next Job plan: professional targets for the following two years, "
    "with the further study or training that would meet them. The participant takes it to his or her headteacher or "
    "line manager for the school's performance management review, using the prompt sheet we provide.",
])

# ---------------- SCH-01 ----------------
heading("SCHEDULE SCH-01  SCHEDULE OF FITTINGS (OUTCOMES)   Rev C")
para(d, "Finish codes: see GA-100 note 6.", italic=True, size=8.5)
ROOMS = [
    ("ROOM 1  THE SENCO HERSELF OR HIMSELF", [
        ["1.1", "Build fair, respectful and supportive relationships with pupils with SEN and their parents and carers", "BD4", "Yes", "IP3"],
        ["1.2", "Win the commitment of colleagues, including the headteacher and senior leaders, to better outcomes for pupils with SEN", "BD5", "Yes", None],
        ["1.3", "Prioritise the SENCO's work, manage time and delegate tasks appropriately", "BD3", "Yes", "IP2"],
        ["1.4", "Anticipate and resolve problems and make well-founded decisions on provision", "BD3", "Yes", "IP2"],
        ["1.5", "Speak and write clearly, and listen to and understand others' views", "BD4", "Yes", "Dry-fit only"],
        ["1.6", "Draw on research and external advice to improve own and colleagues' practice", "BD5", "Yes", "IP2"],
        ["1.7", "Keep up to date and take charge of own CPD in SEN and disability", "BD6", "—", "IP3"],
    ]),
    ("ROOM 2  WHAT THE SENCO KNOWS", [
        ["2.1", "SEN law and guidance, including the Code of Practice, what they mean for the school and how to apply them", "BD1", "—", "IP1"],
        ["2.2", "The principles and outcomes of Every Child Matters and the SENCO's part in them", "BD1", "—", "IP1"],
        ["2.3", "Disability equality law and the actions it requires of the school", "BD1", "—", "IP1"],
        ["2.4", "How children develop and how SEN, disability and environment affect development", "BD2", "—", "IP1"],
        ["2.5", "The common types of SEN and disability (BESD, SpLD including dyslexia, SLCN, ASD, MLD) and their effect on learning", "BD1", "—", "IP1"],
        ["2.6", "A critical grasp of approaches, strategies and resources, including ICT, for assessment, planning and teaching", "BD2", "Yes", "IP2"],
        ["2.7", "The principles of school self-evaluation and improvement as they bear on pupils with SEN", "BD5", "Yes", "IP2"],
        ["2.8", "Best practice and research outcomes in meeting special educational needs", "—", "—", "IP2"],
        ["2.9", "The scope and role of external agencies and how to get specialist support", "—", "—", "By others"],
    ]),
    ("ROOM 3  WHAT THE SENCO DOES", [
        ["3.1", "With senior colleagues and governors, influence the school's inclusive ethos, policies, priorities and resources", "BD5", "Yes", "IP3"],
        ["3.2", "Identify pupils who may have SEN, set challenging targets, plan interventions and review progress", "BD1", "Yes", "IP1"],
        ["3.3", "Use assessments by a range of professionals to shape teaching", "BD2", "Yes", "IP1"],
        ["3.4", "Use summative assessments and national tests to track progress and adjust programmes", "BD2", "—", "Omitted (Rev C)"],
        ["3.5", "Encourage colleagues to develop formative assessment, with approaches for pupils with SEN", "BD3", "Yes", "IP2"],
        ["3.6", "Identify in good time access arrangements for national tests and examinations and put them in place", "BD2", "Yes", "IP1"],
        ["3.7", "Use provision mapping to plan provision and find what is ineffective or missing", "BD3", "Yes", "IP2"],
        ["3.8", "Deploy and manage staff to support pupils with SEN", "BD3", "Yes", "IP2"],
        ["3.9", "Support colleagues' development by observation and feedback, modelling, coaching, mentoring and training", "BD5", "Yes", "IP3"],
        ["3.10", "Review and evaluate provision with staff to inform self-evaluation and improvement planning", "BD5", "Yes", "IP2"],
        ["3.11", "Involve pupils in planning, agreeing, reviewing and evaluating their provision", "BD4", "Yes", "Dry-fit only"],
        ["3.12", "Liaise with parents and carers to promote their children's learning and development", "BD4", "Yes", "IP3"],
        ["3.13", "Work in partnership with other services and agencies, including voluntary organisations", "BD6", "Yes", "IP3"],
    ]),
]
nrows = 1 + sum(1 + len(r) for _, r in ROOMS)
st = d.add_table(rows=nrows, cols=5)
st.style = "Table Grid"
for j, h in enumerate(["Item", "Fitting", "Bench Day", "Site Work", "Finish"]):
    cell_text(st.cell(0, j), h, bold=True, size=9)
    shade(st.cell(0, j), "BFCFE0")
i = 1
a2_cell = None
for room, items in ROOMS:
    mc = st.cell(i, 0).merge(st.cell(i, 4))
    cell_text(mc, room, bold=True, size=9)
    shade(mc, "E7EEF5")
    i += 1
    for it in items:
        for j, v in enumerate(it):
            if v is None:
                a2_cell = st.cell(i, j)
                continue
            cell_text(st.cell(i, j), v, size=9)
        i += 1
cell_change(a2_cell, [("del", "IP3", AU, DT), ("ins", "Dry-fit only", AU, DT)], size=9)
for row in st.rows:
    for j, w in enumerate([1.1, 9.6, 1.6, 1.5, 2.4]):
        row.cells[j].width = Cm(w)

para(d, "")
text_box(d, [
    ("PENNELL & VOAKE DRAWING OFFICE", True),
    ("APPROVED FOR ISSUE  3.11.08   RP / KV", True),
    ("Every fitting on SCH-01 complies with the national minimum outcomes.", False),
], width_cm=8, height_cm=2.4, fill="FFFFFF")

# ---------------- revision history ----------------
heading("REVISION HISTORY")
table(d, [
    ["Rev", "Date", "Sheets", "Description", "By"],
    ["A", "14.03.08", "All", "First issue to the County and University for comment.", "JH"],
    ["B", "02.06.08", "GA-100, D-099, D-201, D-202", "Six Bench Days replace eight; IP3 added; D-099 superseded; "
     "Bench Days moved from Saturdays to weekdays.", "JH"],
    ["C", "03.11.08", "GA-100, D-201, D-202, D-300, SCH-01", "University's conditions of validation: IP1 set at Level 6; "
     "APL note added to D-201; summative tracking (item 3.4) omitted from the IP2 brief pending a new data task; item 1.2 "
     "finish revised.", "KV"],
], widths=[1.0, 1.8, 3.8, 8.0, 1.0], size=9)
para(d, "End of transmittal TR-0731-04.", italic=True, size=8.5)

d.save(OUT)
print("wrote", OUT)
