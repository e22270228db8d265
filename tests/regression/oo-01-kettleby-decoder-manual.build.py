"""oo-01-kettleby-decoder-manual: a model railway society's SENCO course as a DCC decoder's Technical Reference Manual.

Provider (invented): the Education Group of the Kettleby & District Model Railway Society (KDMRS), with Penwithy
University's School of Education (validation) and Brinkwell County Council's SEN Support Service. January 2009,
for the 2009-10 National Award for SEN Coordination. The Group runs a "Signal Box Club" with pupils in special
schools, and its course is written up, in the Group's house style, as the manual for a 29-function DCC sound
decoder, the "CA-60 Coordinator".

Document kind and layout: a product's Technical Reference Manual. Heading 1/2 styles with the manual's own typed
section numbers ("5 Programming: configuration variables (CVs)"). A cover with a VML text box ("PLEASE READ THIS
MANUAL BEFORE INSTALLATION", values only). A "Terms used in this manual" table mapping the manual's words to the
course (Operator = participant, Host locomotive = the participant's school, Programmer = tutor, Footplate mentor =
school mentor, Running Session = study day, Load Test = marked assessment, Running-in Log = unmarked reflective
log, Service Track = the VLE, RailCom return = evaluation form, Firmware = the year's version, Visiting Engineer =
specialist speaker). A specification table with a merged title row. A "wire colour chart" of roles. A CV table
(CV1..CV61) where CVs are course settings (intake, pace, interruption, mode, order). The key to the outcome table
is given only in the CV section ("Note on CV33-CV61"), four sections before the Function Map it keys. The Function
Map (F0-F28, one key per minimum outcome, in the decoder's own groups Lights / Sound / Motion as merged shaded
rows) sits in a landscape section with columns Key, Function, Output (Running Session), Mode ("Latching - LTn",
"Momentary", "Not mapped"). Header and footer (footer with a PAGE field). Tracked changes (a whole deleted
paragraph, an inserted sentence, two changed cells in the Function Map). One Word comment. Two footnotes.
A placeholder in the declaration.

Traps (requirement ids):
- Footer says every Operator holds a current enhanced CRB disclosure; the body's only CRB text is about the
  Group's own volunteers who work with pupils on the Signal Box Club (right words, wrong people). 5.3 not_met.
- "No ready-to-run version": the assessment-only route is negated for Firmware 2; the "Bench Tested" route exists
  only in a deleted tracked paragraph. 2.3 not_met.
- Prior credit (APL up to 20 credits, APEL portfolio) is concrete; the APEL fee sits in a footnote. 2.1 met.
- Research and inspection evidence only "kept up to date" in general; the named Ofsted report and Bercow appear
  only in a Word comment. Developments (2008 regulations, IDP) are named. 1.3 partially_met.
- Service Track: tutor Q&A within three working days and help between sessions, but peer support only hoped
  ("we hope Operators will use it to help one another ... no Programmer monitors it") and schools are written to by
  post, not through ICT. 3.3 partially_met.
- "Upgrade path": only information about the MA at the last session; no help to set further professional
  targets. 2.5 partially_met.
- Shed visits (placements) only "where the host school can release them and a place can be found". 5.5
  partially_met (specialist expertise via Visiting Engineers is concrete).
- Footplate mentors receive only a one-page card; Programmers are trained. 5.7 partially_met.
- Pupil impact only hoped for ("We would like, in time, to follow pupils ..."); competence and confidence are
  measured. 5.9 partially_met. (The Load Tests deliberately ask for the change in provision, not for pupil
  measures, so that 5.9 stays partial.)
- Declaration of conformity claims that passing the four Load Tests shows all 29 functions, but the Function Map
  has Momentary and Not mapped keys. 6.0 and 1.9 partially_met. Signature and date placeholders.
- Function Map: Momentary (taught, feedback only, not marked): 6.A3, 6.A7, 6.K4, 6.S2c; 6.S5 changed from
  "Latching - LT3" to "Momentary" by a tracked change (partially_met). Latching with Output "-" (assessed, not
  taught): 6.K7, 6.S2b (partially_met). 6.A4 changed from "Momentary" to "Latching - LT2" by a tracked change
  (met). Not mapped: 6.S2d (only planned for Firmware 3) and 6.S4 (left to the County's own TA course: another
  provider's arrangement) not_met.
- Inserted tracked sentence: every LT4 Professional Conversation recorded with a second Programmer present (5.8,
  met with the rest of the moderation paragraph).
- Values in the cover text box ("We believe every child can run on the main line") are not evidence of anything.
- Fee, half paid by the County, Saturday sessions needing no supply cover, Programming Sheet reviewed at each
  point: 2.4 met.
"""
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

import sys
sys.path.insert(0, str(Path(__file__).parent))
from _oo_helpers import (base_document, para, add_runs, cell_text, shade, col_widths, set_table_borders,
                         ins_run, del_run, deleted_paragraph, cell_tracked, add_footnote, add_textbox,
                         header_footer, landscape, portrait, comment)

HERE = Path(__file__).parent
NAME = "oo-01-kettleby-decoder-manual"
RA = "Ruth Annable"
D1 = "2009-01-12T10:14:00Z"
D2 = "2009-01-19T16:40:00Z"

doc = base_document("Arial", 10)
sec = doc.sections[0]
header_footer(sec, "KDMRS Education Group  |  CA-60 Coordinator  |  Technical Reference Manual  |  Issue 2.1",
              "\u00a9 KDMRS Education Group 2009. Every CA-60 Operator holds a current enhanced CRB disclosure. "
              "Not suitable for children under 14.")

H1, H2 = "Heading 1", "Heading 2"

# ------------------------------------------------------------------ cover
para(doc, [("KETTLEBY & DISTRICT MODEL RAILWAY SOCIETY \u2013 EDUCATION GROUP", {"b": True, "size": 11})],
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, [("CA-60 COORDINATOR", {"b": True, "size": 28})], align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(doc, [("29-function SEN Coordination decoder for the host school", {"i": True, "size": 13})],
     align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, [("Technical Reference Manual \u2013 Issue 2.1, January 2009", {"b": True, "size": 12})],
     align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
para(doc, "For Firmware 2: the 2009\u201310 Award", align=WD_ALIGN_PARAGRAPH.CENTER)
para(doc, "Sent to the TDA with the Society's application for approval to provide the National Award for "
          "SEN Coordination.", align=WD_ALIGN_PARAGRAPH.CENTER)
add_textbox(doc, [
    [("PLEASE READ THIS MANUAL BEFORE INSTALLATION", {"b": True})],
    "The CA-60 is a precision product. Handle it with care and keep this manual with it.",
    "We believe every child can run on the main line. Inclusion is what we are about: at the Society, on the "
    "layout, and in every classroom we visit.",
], width_pt=430, height_pt=80, fill="FFF2CC", stroke="C00000", weight="2pt")

# ------------------------------------------------------------------ 0 how to use
para(doc, "0  How to use this manual", style=H1)
para(doc, "This manual is written the way the Society writes everything: as if the course were a piece of "
          "equipment. A decoder is useless in its packet. It has to be installed in a locomotive, programmed "
          "for it, and judged by how the locomotive runs afterwards. So it is with the CA-60: it is installed "
          "in a school, programmed for the teacher who takes it, and judged by what changes for pupils. The "
          "table gives the manual's words and what they mean on the Award.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "Term in this manual", bold=True)
cell_text(t.rows[0].cells[1], "What it means on the Award", bold=True)
for c in t.rows[0].cells:
    shade(c, "D9D9D9")
TERMS = [
    ("CA-60, the decoder", "The Society's course for the National Award for SEN Coordination (60 credits)."),
    ("Operator", "A teacher taking the course: a new SENCO, or a teacher who will become SENCO within the year."),
    ("Host locomotive (the host)", "The Operator's own school, where the CA-60 is installed."),
    ("Programmer", "A course tutor, from the Education Group, the University or the County."),
    ("Footplate mentor", "A senior colleague in the Operator's school, named by the headteacher."),
    ("Running Session (RS)", "A taught study day; eight in all, RS1 to RS8."),
    ("Load Test (LT)", "A marked assessment; four in all, LT1 to LT4."),
    ("Running-in Log", "The Operator's reflective log; the Programmer writes feedback in it. Not marked."),
    ("Service Track", "The CA-60 area of Penwithy University's Blackboard site."),
    ("RailCom return", "An evaluation form, completed after each Running Session."),
    ("Firmware", "The version of the course for a year: Firmware 2 is 2009\u201310."),
    ("Visiting Engineer", "A specialist from outside the Group who teaches part of a Running Session."),
    ("Chief Engineer", "The Course Leader."),
]
for a, b in TERMS:
    r = t.add_row().cells
    cell_text(r[0], a, bold=True)
    cell_text(r[1], b)
col_widths(t, [4.5, 12])

# ------------------------------------------------------------------ 1 introduction
para(doc, "1  Introduction: what the CA-60 does", style=H1)
para(doc, "The CA-60 is the Education Group's course for teachers who are new to leading the coordination of "
          "provision for pupils with special educational needs. Its job is to raise the achievement and improve "
          "the well-being of children and young people with SEN and/or disabilities in the host school: their "
          "progress in learning, and their progress towards all five Every Child Matters outcomes of being "
          "healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic "
          "well-being.")
para(doc, "That aim governs the design. The objectives of every Running Session are written as changes an "
          "Operator should be able to make for pupils. Each Load Test brief asks the Operator to say what the work is for in terms of "
          "pupils' learning and well-being, and at least one well-being outcome must be addressed alongside "
          "attainment in LT1 and LT3; a Load Test that treats achievement as test scores alone cannot pass.")
para(doc, "1.1  Why a model railway society?", style=H2)
para(doc, "The Kettleby & District Model Railway Society has had an Education Group since 1996. Its members "
          "include four retired SENCOs, a former headteacher of a special school and a serving educational "
          "psychologist. For twelve years the Group has taken its portable layout, Brinkwell Sidings, into "
          "special schools for the Signal Box Club, in which pupils with autism and with speech, language and "
          "communication needs run the layout in pairs. The course grew out of the questions SENCOs asked us "
          "there.")
para(doc, "1.2  Who builds it", style=H2)
para(doc, "Penwithy University's School of Education validates the CA-60 and awards the credit. Brinkwell "
          "County Council's SEN Support Service seconds a Programmer and lends the Brinkwell Teachers' Centre. "
          "The Education Group designs and leads the course.")

# ------------------------------------------------------------------ 2 compliance
para(doc, "2  Compliance, approvals and specification", style=H1)
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
m = t.rows[0].cells[0].merge(t.rows[0].cells[1])
cell_text(m, "CA-60 COORDINATOR \u2013 SPECIFICATION", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
shade(m, "1F3864")
m.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
SPEC = [
    ("Award", "Postgraduate Certificate in Special Educational Needs Coordination (the National Award for SEN "
              "Coordination)"),
    ("Validating body", "Penwithy University, School of Education. Validated at the University's approval "
                        "event on 11 December 2008, for five years from September 2009."),
    ("Level and credit", "60 credits at Master's level (M level, FHEQ level 7)"),
    ("Duration", "One year part time on the standard route; up to two years on the extended route (CV3)"),
    ("Running Sessions", "Eight Saturdays, 09:30\u201315:30; each also run as two twilights (CV5)"),
    ("Load Tests", "LT1 to LT4 (Section 8)"),
    ("Intakes", "September 2009 and January 2010 (CV2)"),
    ("Fee", "\u00a31,150 for 2009\u201310, paid by the host school. Brinkwell County Council pays half the fee "
            "for its maintained schools."),
]
for a, b in SPEC:
    r = t.add_row().cells
    cell_text(r[0], a, bold=True)
    cell_text(r[1], b)
    shade(r[0], "DEEAF6")
col_widths(t, [4.0, 12.5])

para(doc, "2.1  Value for money", style=H2)
para(doc, "Because Running Sessions are on Saturdays or twilights, host schools pay no supply cover except "
          "for RS5. Every Operator's route is set by their own Programming Sheet (Section 5), so nobody spends "
          "workshops on things they can already do, and Operators with prior credit pay a reduced fee of "
          "\u00a3780. The Programming Sheet builds from one Load Test to the next, and the LT3 project is "
          "planned with the headteacher so that it is also part of the school's own improvement work.")

para(doc, "2.2  Equality and access", style=H2)
para(doc, "The CA-60 is built to run on every line. The application form asks each applicant whether they "
          "have a disability, a health condition or a specific learning difficulty for which they would like "
          "adjustments, and explains why we ask and who will see the answer. Anything disclosed is passed, "
          "with the applicant's permission, to the University's Disability Advice Service, which agrees a "
          "Learning Support Plan with the Operator before Running Session 1. Adjustments include extended "
          "deadlines, an oral alternative to a written Load Test, large print, a note-taker and a hearing "
          "loop. The Selection Panel considers applications without reference to disability. The Brinkwell "
          "Teachers' Centre has level access, an accessible toilet and reserved parking, and before RS5 or "
          "any visit we check the access at the school and tell the Operator. Our publicity says plainly that "
          "disabled teachers are welcome and how to ask for an adjustment. The Course Committee reviews "
          "applications, completion and results by disability, gender and ethnicity each year.")

# ------------------------------------------------------------------ 3 wire colours
para(doc, "3  Wire colour chart: who connects to what", style=H1)
para(doc, "Every wire must be connected before the CA-60 will run. The chart gives each person's role; "
          "Section 11 says how Programmers and mentors are prepared for it.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Wire", "Connects to", "Role")):
    cell_text(c, h, bold=True)
    shade(c, "D9D9D9")
WIRES = [
    ("Red", "FF9999", "Operator", "Attends Running Sessions; keeps the Running-in Log; agrees and reviews a "
                                  "Programming Sheet; completes four Load Tests."),
    ("Black", "BFBFBF", "Host headteacher", "Nominates the Operator; releases them for RS5; names a Footplate "
                                            "mentor; agrees the LT3 project; completes the end-of-year host "
                                            "questionnaire."),
    ("Orange", "F4B183", "Programmer", "Teaches Running Sessions; holds the Programming Interview; reads and "
                                       "answers the Running-in Log; first-marks Load Tests; answers the "
                                       "Operator on the Service Track."),
    ("Grey", "E7E6E6", "Footplate mentor", "Meets the Operator in school at least twice a term; observes one "
                                           "meeting the Operator leads; signs the LT3 project record."),
    ("Blue", "9DC3E6", "Penwithy University", "Validates; appoints the external examiner; runs the Assessment "
                                              "Board; provides the library and the Service Track."),
    ("Green", "A9D18E", "Brinkwell SEN Support Service", "Seconds a Programmer; arranges Visiting Engineers; "
                                                         "provides the County's SEN data."),
    ("Yellow", "FFE699", "External examiner", "Samples marked work from every Load Test; attends the "
                                              "Assessment Board; writes an annual report."),
    ("Violet", "CCC0DA", "Chief Engineer (Course Leader)", "Leads the course; chairs moderation and the Course "
                                                          "Committee; keeps the Programming Sheets."),
]
for wire, fill, who, role in WIRES:
    r = t.add_row().cells
    cell_text(r[0], wire, bold=True)
    shade(r[0], fill)
    cell_text(r[1], who)
    cell_text(r[2], role)
col_widths(t, [2.2, 4.3, 10])

# ------------------------------------------------------------------ 4 before installation
para(doc, "4  Before installation: checks on the host and the Operator", style=H1)
para(doc, "4.1  Will it fit? Entry to the CA-60", style=H2)
para(doc, "The CA-60 is for qualified teachers who are SENCOs, or who will become SENCO within the year, in "
          "Brinkwell schools and those of neighbouring authorities. Applicants apply on the Society's form with "
          "a supporting statement, and the headteacher completes a Host Nomination confirming the role. Before a place is offered each applicant completes the "
          "Pre-installation Check: a short written response to a case study and a first self-review against "
          "the CA-60's 29 functions. A Programmer reads both and holds a thirty-minute telephone conversation "
          "with the applicant. The Selection Panel (the Chief Engineer, a University tutor and the Brinkwell "
          "SEN adviser) offers a place where the evidence shows that the applicant knows enough about SEN, and "
          "has enough experience in school, to reach all of the outcomes by the end of the course.")
para(doc, "An applicant who is not ready is told in writing what to do first: usually the SEN Support "
          "Service's SEN Essentials twilight series, or a term working alongside an experienced SENCO. With "
          "the applicant's permission the Chief Engineer speaks to their headteacher to plan this, and the "
          "applicant may reapply for the January intake.")
para(doc, "4.2  Safety on the layout", style=H2)
para(doc, "Safety comes first. Every member of the Education Group who works with pupils on the Signal Box "
          "Club holds an enhanced CRB disclosure, renewed every "
          "three years, and the Society's Child Protection Officer keeps the register of disclosures. The "
          "Society's child protection policy was revised in 2008 in line with Safeguarding Children and Safer "
          "Recruitment in Education.")
para(doc, "4.3  Pre-programmed settings: prior credit", style=H2)
p = para(doc, "Some Operators arrive already programmed. An Operator who has passed Master's-level modules on SEN "
              "in the last five years may apply through the University's accreditation of prior learning process "
              "for up to 20 credits of the CA-60, normally in place of LT1 or LT2. An Operator whose experience, "
              "rather than study, already meets the outcomes of LT1 or LT2 may make an experiential claim instead, "
              "presenting a portfolio of evidence which a Programmer assesses against that Load Test's outcomes. "
              "Claims are made by the end of RS1 and decided by the Assessment Board.")
add_footnote(doc, p, "APL and APEL claims follow Penwithy University's Regulations for the Accreditation of Prior "
                     "Learning (2007). The fee for an experiential claim is \u00a395.")
para(doc, "4.4  No ready-to-run version", style=H2)
para(doc, "We are sometimes asked whether an experienced SENCO can have the CA-60 ready-to-run, that is, "
          "tested and awarded without the Running Sessions. For Firmware 2 the answer is no. Every Operator, "
          "however experienced, is installed in the normal way, attends the Running Sessions and takes the Load "
          "Tests; prior credit (4.3) is the only way to shorten the course.")
deleted_paragraph(doc, "Experienced SENCOs may instead be Bench Tested: they submit LT3 and LT4 only and, if both "
                       "are passed, the Assessment Board may award the CA-60 without attendance at Running "
                       "Sessions.", RA, D1)

# ------------------------------------------------------------------ 5 programming
para(doc, "5  Programming: configuration variables (CVs)", style=H1)
para(doc, "Every CA-60 is programmed for its Operator. Programming happens twice: on the programming track "
          "before the course starts (service mode), and on the main line while it runs.")
para(doc, "5.1  Service mode: the Programming Interview", style=H2)
para(doc, "In the four weeks before RS1 each Operator completes the CA-60 Self-Review, rating themselves "
          "against each of the 29 functions (F0 to F28) on a four-point scale and giving an example of evidence "
          "for each rating. The Programmer then holds a one-hour Programming Interview with the Operator, which "
          "tests the self-ratings against the evidence. Together they write the Operator's Programming Sheet: "
          "the CV settings below, the six to eight functions that will be the Operator's priorities, and a "
          "personal target for each. The Programming Sheet is the Operator's individual training plan. It "
          "decides which of the optional afternoon workshops the Operator joins at each Running Session and "
          "sets the focus of their LT3 project.")
para(doc, "5.2  Programming on the main", style=H2)
para(doc, "The Programming Sheet is not fixed. After RS4, and whenever a Load Test is returned, the "
          "Programmer and Operator read it back and rewrite its targets in the light of the feedback.")
para(doc, "5.3  CV table", style=H2)
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("CV", "Name", "Values", "What it sets on the Award", "Default")):
    cell_text(c, h, bold=True)
    shade(c, "D9D9D9")
CVS = [
    ("CV1", "Short address", "1\u201324", "Place number, used on Load Test cover sheets so that first "
                                          "marking is anonymous.", "\u2013"),
    ("CV2", "Start voltage", "Sept / Jan", "Intake: September or January, with the same Load Tests and "
                                           "Assessment Boards.",
     "Sept"),
    ("CV3", "Acceleration rate", "1 or 2", "Pace. 1 = standard route, all four Load Tests in one year. 2 = "
                                           "extended route, LT1 and LT2 in the first year and LT3 and LT4 in "
                                           "the second.", "1"),
    ("CV4", "Deceleration rate", "0\u20132 terms", "Interruption: study may be suspended for up to two terms and "
                                                   "resumed with the next intake, keeping marks gained.",
     "0"),
    ("CV5", "Maximum voltage", "Sat / Twi", "Attendance mode for each Running Session: the Saturday day, or the "
                                           "same content as two twilights (16:30\u201318:30) at the Teachers' "
                                           "Centre in the following fortnight.", "Sat"),
    ("CV8", "Reset", "write 8", "Withdrawal. An Operator who withdraws keeps the credit for any Load Test "
                                "passed, which the University certificates.", "\u2013"),
    ("CV29", "Configuration", "bit 1", "Load Test order. With bit 1 set, LT2 is taken before LT1, for Operators "
                                       "whose school reviews its provision map in the autumn.", "0"),
    ("CV33\u201361", "Function mapping", "see note", "How each function is taught and tested (Section 9).",
     "\u2013"),
]
for row in CVS:
    r = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(r[i], v, bold=(i == 0))
col_widths(t, [1.7, 2.8, 2.0, 8.5, 1.5])
para(doc, "")
para(doc, [("Note on CV33\u2013CV61. ", {"b": True}),
           "The Function Map in Section 9 gives two settings for each of the 29 functions. Output is the Running "
           "Session or Sessions in which the Programmers teach the function; a dash in the Output column means "
           "that no Running Session drives it. Mode says how the function is tested. Latching means that once "
           "switched on it stays on: the function is marked in the Load Test named, against the criteria printed "
           "in that Load Test's brief, and it must be passed for the award. Momentary means that it is on only "
           "while the button is held: Operators practise the function in Running Sessions and get written "
           "feedback on it in the Running-in Log, but it is not marked and does not count towards the award. "
           "Not mapped means that the key is spare in this firmware."])

# ------------------------------------------------------------------ 6 running sessions
para(doc, "6  Running Sessions", style=H1)
para(doc, "Running Sessions are held on Saturdays at the Brinkwell Teachers' Centre, except RS5. Each has a "
          "Programmer in charge, a Visiting Engineer, afternoon workshops chosen from the Operator's "
          "Programming Sheet, and a directed task for the host school.")
RS = [
    ("RS1  Laying the track: law, policy and the SENCO's role",
     "The SEN Code of Practice (2001) and its graduated response, from School Action to statutory assessment "
     "and annual review; the Education (Special Educational Needs Co-ordinators) (England) Regulations 2008; "
     "the Disability Discrimination Act 1995 as amended in 2005, the disability equality duty, accessibility "
     "planning and reasonable adjustments for disabled pupils; Every Child Matters, the Children Act 2004 and "
     "the SENCO's part in the five outcomes; Removing Barriers to Achievement and the Inclusion Development "
     "Programme (2008). Directed task: check the school's SEN policy and accessibility plan against the Code "
     "and the Act."),
    ("RS2  Reading the signals: identifying and meeting needs",
     "How children develop, and how development is affected by SEN, disability and the physical and social "
     "environment for learning. The common types of need (BESD; specific learning difficulties including "
     "dyslexia; SLCN; autistic spectrum disorders; MLD) and how each affects learning. Identifying pupils "
     "who may have SEN from observation, data and assessment; setting challenging targets; planning "
     "interventions; reviewing progress. Using reports from educational psychologists, speech and language "
     "therapists and occupational therapists to decide how a pupil should be taught."),
    ("RS3  Mapping the layout: provision mapping",
     "Building and costing a provision map, and reading it to find provision that is not working or is "
     "missing. A critical look at approaches, strategies and resources for assessment, planning, teaching "
     "and learning, including ICT (Clicker 5, symbol software, switch access), and how to choose between "
     "them. Workshop: the SENCO's week \u2013 prioritising, managing time and handing tasks on."),
    ("RS4  Signal Box Club: hearing pupils",
     "Consulting children and young people about the things that affect them, including pupils with little "
     "speech (talking mats, symbols, the Signal Box Club's paired tasks); person-centred reviews; involving "
     "pupils in planning, agreeing, reviewing and evaluating their own targets and provision; fair, "
     "respectful relationships with pupils with SEN. Directed task: consult one pupil about their provision "
     "and agree a target with them."),
    ("RS5  Shed visit: Hollins Bank Special School",
     "A weekday at Hollins Bank, a special school for pupils with complex needs, with its outreach team. The "
     "scope and role of external agencies and how to obtain specialist support; working in partnership with "
     "health, social care and voluntary organisations. Visiting Engineers: a speech and language therapist "
     "from Brinkwell PCT, a CAMHS worker, a Connexions adviser, and Brinkwell Spectrum, the county's autism "
     "charity."),
    ("RS6  Working the crossing: parents and carers",
     "Partnership with parents and carers: first meetings, annual reviews, sharing targets, difficult "
     "conversations; advising and supporting parents; writing reports families can follow; listening. "
     "Visiting Engineer: Brinkwell's Parent Partnership Service, with two parents from its Forum. Directed "
     "task: plan and hold a review meeting with a pupil's parents."),
    ("RS7  The Chief Engineer: leading colleagues",
     "Advising, supporting and collaborating with colleagues in the school and beyond it, including cluster "
     "SENCOs; winning the commitment of the headteacher and senior leaders; working with governors on "
     "policy, priorities and resources; anticipating problems and making sound decisions about provision. "
     "Supporting colleagues' development through observation and feedback, modelling, coaching and "
     "training; encouraging teachers to use formative assessment with pupils with SEN."),
    ("RS8  Timetable review: evaluation, research and what next",
     "Reviewing and evaluating, with other staff, how effective the school's provision is, so that the "
     "findings go into the school's improvement plan. Finding and using research evidence and external "
     "advice; what research says works. Keeping up to date and planning one's own professional development."),
]
for title, body in RS:
    para(doc, title, style=H2)
    para(doc, body)

para(doc, "6.1  Between Running Sessions: the Service Track", style=H2)
para(doc, "Each Operator has a login to the Service Track, the CA-60 area of the University's Blackboard site. "
          "Session slides, readings and Load Test briefs are posted there. Each Operator's Programmer answers "
          "questions posted on the Ask the Programmer board within three working days, and Operators may also "
          "email or telephone their Programmer between sessions. The Service Track has an open board for "
          "Operators too: we hope Operators will use it to help one another, though it has not been set up for "
          "that and no Programmer monitors it. Host schools have no access to the Service Track; the Chief "
          "Engineer writes to headteachers and Footplate mentors by post each term.")
para(doc, "6.2  Keeping the firmware current", style=H2)
p = para(doc, "")
r = p.add_run("The Programmers keep every Running Session up to date with current research and inspection "
              "findings on SEN and disability.")
comment(doc, [r], "Ruth \u2013 should we name Ofsted 2006 (Inclusion: does it matter where pupils are taught?) "
                  "and the Bercow Review here? CM", "Colin Mayhew", "CM")
p.add_run(" The reading list is revised each summer by the Chief Engineer.")

# ------------------------------------------------------------------ 7 footplate
para(doc, "7  Footplate work in the host school", style=H1)
para(doc, "Most of the CA-60 runs in the host school. Running Sessions end with a directed task to be done "
          "there, recorded in the Running-in Log, which the Programmer answers within a fortnight. Three of the "
          "four Load Tests are carried out in the host school and tied to the functions in Section 9: the case "
          "study pupil, the provision map and the improvement project are all real, and the changes they lead "
          "to stay in the school. The LT3 project, The Long Haul, is planned with the headteacher, carried out "
          "over two terms, and reported to senior leaders and governors.")

# ------------------------------------------------------------------ 8 load tests
para(doc, "8  Load Tests", style=H1)
para(doc, "Each Load Test has a brief, posted on the Service Track, which names the functions it tests and "
          "the criteria for each. Load Tests are marked against the "
          "University's M-level criteria and the function criteria in the brief. To pass, an Operator must "
          "reach 40% overall and pass every function the brief names; a Load Test that is failed may be "
          "resubmitted once.")
LTS = [
    ("LT1  Case study: one pupil (3,000 words; 25%)",
     "The Operator assesses one pupil with SEN, uses other professionals' assessments, and plans and reviews "
     "an intervention with the pupil and parents. The brief tests relationships with the pupil and family, "
     "identification and target setting, use of other professionals' assessments, the pupil's part in "
     "planning and review, liaison with parents, knowledge of the pupil's type of need, and clear writing."),
    ("LT2  Provision map audit (3,000 words and a 10-minute presentation; 25%)",
     "The Operator maps and costs provision for one year group, finds what is ineffective or missing, and "
     "presents recommendations to the headteacher and a governor. The brief tests the provision map, choice "
     "of approaches and resources including ICT, use of external agencies, influence on strategy with senior "
     "colleagues and governors, winning their commitment, and the soundness of the Operator's judgements."),
    ("LT3  The Long Haul: school improvement project (5,000 words; 35%)",
     "The Operator leads a change to SEN provision in the host school, reviews its effectiveness with the "
     "staff involved, and shows where it sits in the school's self-evaluation. The brief tests the use of research evidence and best practice, the principles "
     "of school self-evaluation, review with colleagues, work with other services, and the use of "
     "summative assessment data, including national test results, to track the progress of the pupils "
     "concerned and to adjust their programmes."),
    ("LT4  Professional Conversation (30 minutes, oral; 15%)",
     "Two Programmers question the Operator on the law, the Code of Practice and disability equality "
     "legislation as they apply in the host school, and on Every Child Matters and the SENCO's part in it. "
     "The conversation also tests how clearly the Operator explains and listens."),
]
for title, body in LTS:
    para(doc, title, style=H2)
    para(doc, body)
para(doc, "8.1  Checking the test equipment: marking and moderation", style=H2)
p = para(doc, "Each Load Test is first-marked by the Operator's own Programmer, anonymously by CV1 number. A "
              "second Programmer blind second-marks every fail, every borderline script and a sample of at "
              "least 20% of the rest, and the Programmers meet after each Load Test to agree marks and compare "
              "them across the intake. ")
ins_run(p, "Every LT4 Professional Conversation is recorded, and a second Programmer is present throughout. ", RA,
        D2)
p.add_run("The external examiner sees a sample from every Load Test and the recordings, and attends the "
          "Assessment Board, which confirms all marks.")
p2 = para(doc, "The external examiner for 2009\u201310 is appointed by the University.")
add_footnote(doc, p2, "Dr Helen Quarrie, Senior Lecturer in Inclusive Education, University of Northfleet.")

# ------------------------------------------------------------------ 9 function map (landscape)
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
landscape(sec2)
para(doc, "9  Function Map (F0\u2013F28)", style=H1)
para(doc, "Settings for CV33\u2013CV61 as shipped in Firmware 2.")
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Key", "Function: the Operator can \u2026", "Output", "Mode")):
    cell_text(c, h, bold=True)
    shade(c, "808080")
GROUPS = {
    0: "LIGHTS (F0\u2013F6)",
    7: "SOUND (F7\u2013F15)",
    16: "MOTION (F16\u2013F28)",
}
FUN = [
    ("build fair, respectful relationships with pupils with SEN and their parents", "RS4, RS6",
     "Latching \u2013 LT1"),
    ("win the commitment of colleagues, the headteacher and senior leaders", "RS7", "Latching \u2013 LT2"),
    ("prioritise, manage their time and delegate", "RS3", "Momentary"),
    ("anticipate and resolve problems; make sound decisions about provision", "RS7", None),
    ("speak and write clearly; listen to others' views", "RS6", "Latching \u2013 LT1, LT4"),
    ("use research and outside advice to improve practice", "RS8", "Latching \u2013 LT3"),
    ("keep up to date and take charge of their own CPD", "RS8", "Momentary"),
    ("apply the law and guidance on SEN, including the Code of Practice", "RS1", "Latching \u2013 LT4"),
    ("explain Every Child Matters and the SENCO's part in it", "RS1", "Latching \u2013 LT4"),
    ("explain the law on disability equality and the action it requires", "RS1", "Latching \u2013 LT4"),
    ("explain how children develop and what affects development", "RS2", "Momentary"),
    ("recognise the common types of SEN (BESD, SpLD, SLCN, ASD, MLD) and their effect on learning", "RS2",
     "Latching \u2013 LT1"),
    ("judge approaches and resources, including ICT, for assessment and teaching", "RS3",
     "Latching \u2013 LT2"),
    ("apply the principles of school self-evaluation to outcomes for pupils with SEN", "\u2013",
     "Latching \u2013 LT3"),
    ("draw on best practice and research findings", "RS8", "Latching \u2013 LT3"),
    ("explain the role of outside agencies and how to get specialist support", "RS5", "Latching \u2013 LT2"),
    ("with senior colleagues and governors, shape an inclusive ethos, policy and resources", "RS7",
     "Latching \u2013 LT2"),
    ("identify pupils with SEN, set targets, plan interventions, review progress", "RS2",
     "Latching \u2013 LT1"),
    ("use other professionals' assessments to shape teaching", "RS2, RS5", "Latching \u2013 LT1"),
    ("use summative assessments, including national tests, to track progress and adjust programmes",
     "\u2013", "Latching \u2013 LT3"),
    ("encourage colleagues to use formative assessment with pupils with SEN", "RS7", "Momentary"),
    ("arrange in good time the access arrangements pupils need for national tests and examinations",
     "\u2013", "Not mapped \u2013 to be added in Firmware 3 (2010\u201311)"),
    ("use provision mapping and find ineffective or missing provision", "RS3", "Latching \u2013 LT2"),
    ("deploy and manage staff to support pupils with SEN", "\u2013",
     "Not mapped \u2013 Operators who want this can book the County's own Managing Teaching Assistants course"),
    ("support colleagues' development: observation, feedback, modelling, coaching, training", "RS7", None),
    ("review provision with other staff to feed the school's improvement planning", "RS8",
     "Latching \u2013 LT3"),
    ("involve pupils in planning, agreeing and reviewing their own provision", "RS4", "Latching \u2013 LT1"),
    ("liaise with parents and carers to promote their child's learning", "RS6", "Latching \u2013 LT1"),
    ("work in partnership with other services and agencies, including voluntary organisations", "RS5",
     "Latching \u2013 LT3"),
]
assert len(FUN) == 29
for i, (fn, out, mode) in enumerate(FUN):
    if i in GROUPS:
        g = t.add_row().cells
        mg = g[0].merge(g[3])
        cell_text(mg, GROUPS[i], bold=True)
        shade(mg, "D9E2F3")
    r = t.add_row().cells
    cell_text(r[0], f"F{i}", bold=True)
    cell_text(r[1], fn)
    cell_text(r[2], out)
    if i == 3:
        cell_tracked(r[3], "Momentary", "Latching \u2013 LT2", RA, D2)
    elif i == 24:
        cell_tracked(r[3], "Latching \u2013 LT3", "Momentary", RA, D2)
    else:
        cell_text(r[3], mode)
col_widths(t, [1.3, 13.5, 2.6, 6.5])

# ------------------------------------------------------------------ back to portrait
sec3 = doc.add_section(WD_SECTION.NEW_PAGE)
portrait(sec3)

para(doc, "10  RailCom: feedback and evaluation", style=H1)
para(doc, "The CA-60 has four RailCom channels, and the "
          "Course Committee (the Chief Engineer, the Programmers, two headteachers, the Brinkwell SEN adviser, "
          "an officer of the Parent Partnership Service and two Operators elected by each intake) reads all "
          "four at its termly meeting.")
CH = [
    ("Channel 1: Operators. ", "A RailCom return after each Running Session and an end-of-course "
                               "questionnaire. The Chief Engineer summarises the "
                               "returns for the next Programmers' meeting, and the Programmer in charge of the "
                               "next Running Session tells Operators what has been changed as a result."),
    ("Channel 2: Host schools. ", "Each headteacher and Footplate mentor completes a questionnaire at the end "
                                  "of the year on changes seen in the school's SEN provision."),
    ("Channel 3: Pupils and parents. ", "The LT1 case study includes the pupil's and parents' own account of the "
                                        "intervention; Programmers report what these say about the course to the "
                                        "Course Committee."),
    ("Channel 4: External. ", "The external examiner's annual report; the University's annual monitoring; and "
                              "its periodic review every five years."),
]
for a, b in CH:
    para(doc, [(a, {"b": True}), b], style="List Bullet")
para(doc, "What the channels report goes into the annual monitoring report and an action plan, and the "
          "action plan becomes the next firmware (Section 12).")
para(doc, "10.1  Measuring the effect", style=H2)
para(doc, "Operators' competence and confidence are measured directly. Each Operator repeats the Self-Review "
          "against the 29 functions at the end of the course, and rates their confidence in ten parts of the "
          "SENCO role at the Programming Interview and again at RS8; the changes are reported in the annual "
          "monitoring report.")
para(doc, "Measuring the difference the CA-60 makes to pupils is harder. We would like, in time, to follow "
          "pupils in host schools over two or three years, and we hope that the LT3 projects will one day give "
          "us that evidence; for Firmware 2 we have not yet decided how to do this.")

# ------------------------------------------------------------------ 11 people
para(doc, "11  Programmers, engineers and mentors", style=H1)
para(doc, "11.1  Programmers", style=H2)
PROG = [
    ("Ruth Annable (Chief Engineer). ", "SENCO at Kettleby Park Primary School for fourteen years; MA in Special "
                                        "and Inclusive Education (Penwithy, 2003); now Senior Lecturer (0.5) at "
                                        "Penwithy and SENCO adviser to two Kettleby schools."),
    ("Dr Colin Mayhew. ", "Educational psychologist with Brinkwell Educational Psychology Service; chartered "
                          "by the British Psychological Society."),
    ("Janet Ormerod. ", "Advisory teacher for speech, language and communication needs and autism in "
                        "Brinkwell's SEN Support Service; Advanced Diploma in Specific Learning Difficulties."),
    ("Peter Lund. ", "Headteacher of Hollins Bank Special School from 1998 to 2007; Ofsted additional "
                     "inspector until 2008; MEd (Penwithy)."),
]
for a, b in PROG:
    para(doc, [(a, {"b": True}), b], style="List Bullet")
para(doc, "All four Programmers are in practice or have been within the last two years. Each spends at least "
          "five days a year on their own professional development in SEN and disability and reports it to "
          "the Course Committee.")
para(doc, "11.2  Visiting Engineers and shed visits", style=H2)
para(doc, "Visiting Engineers teach part of every Running Session (Section 6). Beyond RS5, a longer visit to a special school or resource base is valuable for Operators "
          "from mainstream schools. We will try to arrange one for any Operator who asks, where the host "
          "school can release them and a place can be found.")
para(doc, "11.3  Preparing people for their roles", style=H2)
para(doc, "A new Programmer shadows the Chief Engineer for a term, attends the University's induction day for "
          "associate tutors, and second-marks alongside an experienced Programmer before marking alone. "
          "Footplate mentors are sent the one-page Footplate Mentor "
          "Card, listing the mentor's tasks, with a copy of their Operator's Programming Sheet.")
para(doc, "11.4  Tool kit", style=H2)
para(doc, "The Group's loan collection at the Teachers' Centre holds standardised tests of reading, spelling, vocabulary and language; Clicker 5, "
          "Widgit symbol software, Dragon NaturallySpeaking and a set of switch-access devices and adapted "
          "keyboards; and four laptops for use at sessions. "
          "Operators are students of Penwithy University, with its library and electronic journals (the "
          "British Journal of Special Education, Support for Learning) from home.")

# ------------------------------------------------------------------ 12 firmware history
para(doc, "12  Firmware history", style=H1)
para(doc, "Before writing Firmware 2 we surveyed every headteacher and SENCO in Brinkwell's 212 schools in "
          "spring 2008, and had 131 replies. The survey and the County's own data said three things. New "
          "SENCOs lack confidence in provision mapping and in leading colleagues. Parents in the County's "
          "Parent Partnership Forum say they are told about decisions rather than asked. And the number of "
          "pupils with speech, language and communication needs or autism at School Action Plus has risen by a "
          "third since 2004. Firmware 2 answers each of these, as the table shows.")
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Firmware", "Year", "What changed", "Who asked for it")):
    cell_text(c, h, bold=True)
    shade(c, "D9D9D9")
FW = [
    ("0", "2005\u201307", "SENCO Starter: five twilights, not accredited.", "SENCOs at the Signal Box Club"),
    ("1", "2007\u201308", "First accredited pilot: 30 credits, two Load Tests, six Running Sessions.",
     "Brinkwell's review of SEN provision, 2006"),
    ("2", "2009\u201310", "60 credits. LT2 and RS3 added. RS6 on parents moved to the middle of the course, "
                          "with a parent from the Forum teaching. SLCN and autism given more time in RS2 and "
                          "RS5. Twilight repeats.",
     "Headteachers' and SENCOs' survey, 2008; the Parent Partnership Forum; pilot Operators' RailCom returns"),
]
for row in FW:
    r = t.add_row().cells
    for i, v in enumerate(row):
        cell_text(r[i], v, bold=(i == 0))
col_widths(t, [1.8, 2.0, 7.5, 5.2])

# ------------------------------------------------------------------ 13 warranty
para(doc, "13  Warranty, support and upgrade path", style=H1)
para(doc, "Warranty. The CA-60 is guaranteed for a year after the award: an Operator who completes may come "
          "back to any Running Session in the following year without charge, and keeps their Service Track "
          "login for that year.")
para(doc, "Upgrade path. Credit from the CA-60 counts towards Penwithy University's MA in Special and "
          "Inclusive Education. At RS8 the Chief Engineer explains the MA's routes and fees, and Operators who "
          "wish to go on can enrol at the session.")

# ------------------------------------------------------------------ 14 declaration
para(doc, "14  Declaration of conformity", style=H1)
para(doc, "We, the Education Group of the Kettleby & District Model Railway Society, declare that the CA-60 "
          "Coordinator conforms to the national minimum outcomes for the National Award for SEN Coordination. "
          "An Operator who passes all four Load Tests has shown every one of the 29 functions, and only "
          "Operators who have passed all four are put forward to the University's Assessment Board for the "
          "award.")
t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
cell_text(t.rows[0].cells[0], "Signed (Chief Engineer):", bold=True)
cell_text(t.rows[0].cells[1], "[signature]")
cell_text(t.rows[1].cells[0], "Date:", bold=True)
cell_text(t.rows[1].cells[1], "[date]")
col_widths(t, [5, 11])

out = HERE / f"{NAME}.docx"
doc.save(str(out))
print("wrote", out)
