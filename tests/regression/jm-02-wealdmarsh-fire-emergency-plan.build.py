"""jm-02-wealdmarsh-fire-emergency-plan

Provider (invented): the Community Safety Education Team of Wealdmarsh Fire and Rescue Service, with
the University of Calderwell (Faculty of Education) validating the award. February 2009.

Document kind and layout: the course written on the Service's own FIRE EMERGENCY PLAN template
(Form FEP-1), the form its fire safety officers give schools and small businesses under the
Regulatory Reform (Fire Safety) Order 2005, filled in for "the premises" of the SENCO Award. The
form's grey italic guidance notes are left in under every Part. Parts A to M: premises details (a
table with merged and shaded cells), Responsible Person and Fire Marshals (course director, tutors
as Fire Marshals, school mentors as Floor Wardens), a red-bordered "FIRE ACTION" notice in a VML
text box, Means of Escape (Route 1 Main Stair = the taught route, Route 2 Alternative Exit =
assessment only, Route 3 Side Door = credit for prior learning), an Escape Route Plan of study days
("Floors"), PEEPs for disabled participants, a Fire Drill record (the four marked "Drills"), a Fire
Alarm Zone Chart of the outcomes whose Detection column reads "Automatic (Drill n)" (marked) or
"Manual call point only" (raised on the Floor, never marked), Fire Marshal training, Maintenance and
Testing (quality assurance), Liaison, Assembly Point (the award) and Re-entry, and a sign-off table
with a placeholder. No heading styles: typed "PART A -" bold paragraphs. Header and footer, two
comments, two footnotes, tracked changes (Level 6 deleted and Level 7 inserted; a January start
deleted).

Traps (requirement ids):
- Guidance notes quote duties ("must have a PEEP", "must be checked") that are the form's, not the
  provider's statements (affects reading of 3.1, 5.3, 5.8).
- Level 7 only in a tracked insertion replacing Level 6 (E.2 met: an insertion counts).
- January start is a tracked deletion; only missed Floors may be taken with the next group
  (3.2 partial).
- No e-learning: "The course has no online element" (3.3 not applicable).
- Consulting pupils "falls outside this plan" and is the school council's business (1.5 not met;
  6.S7 not met, its zone row "Not in this plan").
- CRB checks on participants are left to the employing school; only Fire Marshals' checks are the
  Service's; a comment asks whether to check (5.3 not met).
- Pre-occupancy check against the outcomes is used only to group people; "everyone follows the same
  route" (2.2 partial; 2.4 partial).
- Stakeholder needs are known only "from our visits to schools" (4.1, 4.2 partial); the Plan Review
  Group evaluates (4.3 met).
- Evaluation is day forms and an annual review by the team; nothing external (5.1 partial).
- Second marking is internal; external moderation appears only in a comment (5.8 partial).
- Participants' confidence is self-rated before and after; pupils' achievement is not measured
  (5.9 partial).
- Resources only "provided by the Fire Marshal leading it" (5.6 partial).
- Re-entry: participants "are encouraged to think about" next steps, nothing arranged (2.5 partial).
- Zone chart: "Manual call point only" rows are covered, not assessed (6.A3, 6.K5, 6.S2c partial; 1.9
  partial); staff deployment is drilled but on no Floor (6.S4 partial: assessed, not covered); the
  "Self-evaluation" zone is the school's fire risk assessment review, the right word about the wrong
  thing (6.K7 not met).
- Assembly Point: every zone signed off on the Zone Sign-off Sheet (6.0 met).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jm_helpers import *
from docx.shared import Pt

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
fn = Footnotes(doc)
header_footer(doc, "FORM FEP-1 (Rev. 3)  FIRE EMERGENCY PLAN  -  Wealdmarsh Fire and Rescue Service",
              "Wealdmarsh Fire and Rescue Service - Making Wealdmarsh Safer")

t = doc.add_table(rows=3, cols=3)
t.style = "Table Grid"
c = t.cell(0, 0).merge(t.cell(0, 2))
set_cell(c, "WEALDMARSH FIRE AND RESCUE SERVICE\nFIRE EMERGENCY PLAN (FEP-1)", bold=True, size=13, fill="C00000", color="FFFFFF")
set_cell(t.cell(1, 0), "Premises", bold=True, size=9)
c = t.cell(1, 1).merge(t.cell(1, 2))
set_cell(c, "The Wealdmarsh SENCO Award (National Award for SEN Coordination), 2009-10", size=9)
set_cell(t.cell(2, 0), "Completed by", bold=True, size=9)
set_cell(t.cell(2, 1), "Community Safety Education Team", size=9)
set_cell(t.cell(2, 2), "with the University of Calderwell, Faculty of Education", size=9)

doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Why a fire emergency plan? ").bold = True
p.add_run("Our Community Safety Education Team has worked with Wealdmarsh schools for fourteen years, and for the last "
          "six we have helped SENCOs write Personal Emergency Evacuation Plans for pupils with SEN and disabilities. "
          "Every school in the county keeps an FEP-1, and SENCOs told us it was the plan they understood best. We have "
          "therefore written the course on our own form, Part by Part, and left the form's guidance notes in so that the "
          "panel sees the form as schools see it. In this plan the premises are the course; the occupants are the "
          "participants; the Floors are the study days; the Drills are the marked assignments; and the Assembly Point "
          "is the award.")

# PART A
bold_para(doc, "PART A - PREMISES DETAILS", size=11)
grey(doc, "Guidance: Give the full address, the use of the premises, the maximum number of people and the times of "
          "occupation. Name the Responsible Person as defined in Article 3 of the Order.")
table(doc, [
    ["Item", "Details"],
    ["Use of premises", "A one-year, part-time course for teachers new to the SENCO role, leading to the National Award "
     "for SEN Coordination"],
    ["Purpose of the premises", "To raise the achievement and improve the well-being of pupils with SEN and disabilities "
     "in Wealdmarsh schools in all five Every Child Matters outcomes (being healthy, staying safe, enjoying and achieving, "
     "making a positive contribution, achieving economic well-being), by preparing their SENCOs to lead provision for "
     "them; every Drill asks what difference the participant's work has made for pupils"],
    ["Validation", None],
    ["Location", "Taught days at the Service's Learning and Development Centre, Abbotsford, and in participants' own schools"],
    ["Maximum occupancy", "20 participants per year"],
    ["Times of occupation", "Eight taught days (Floors) between September and June, 9.15 to 3.45; school-based work between"],
    ["Responsible Person", "Group Manager Elaine Forsyth, Head of Community Safety Education (Course Director)"],
], size=9)
vt = doc.tables[-1]
cell = vt.cell(3, 1)
cell.text = ""
pp = cell.paragraphs[0]
pp.add_run("Validated by the University of Calderwell as a 60-credit module at ")
add_del(pp, "Level 6", author="E. Forsyth", date="2009-02-02T11:20:00Z")
add_ins(pp, "Master's level (Level 7)", author="E. Forsyth", date="2009-02-02T11:20:00Z")
pp.add_run(", EDU7SN1, which also counts towards the University's MA in Education.")

# PART B
doc.add_paragraph()
bold_para(doc, "PART B - RESPONSIBLE PERSON AND FIRE MARSHALS", size=11)
grey(doc, "Guidance: List everyone with a role in an emergency and what they do. Fire Marshals must be trained for their role "
          "and their training recorded in Part I.")
table(doc, [
    ["Role on FEP-1", "Who", "What they do on the course"],
    ["Responsible Person", "Elaine Forsyth", "Runs the course, chairs the Plan Review Group, signs each participant's Zone Sign-off Sheet"],
    ["Fire Marshals (4)", "Course tutors", "Lead the Floors, mark the Drills, visit participants in school"],
    ["Floor Wardens", "A mentor in each participant's school (an experienced SENCO or senior leader)", "Meet the participant twice a half-term, witness the school-based Drills, report to the Fire Marshal"],
    ["Assembly Point Controller", "Dr Neil Ashdown, University of Calderwell", "University link tutor; chairs the marking meeting and the University's assessment board for the module"],
    ["Safety Adviser", "Station Manager Priya Lal", "Safeguarding lead for the team"],
], size=9)
p = doc.add_paragraph(
    "The four Fire Marshals are the team's two specialist teachers, Rachel Dunne and Tom Kettering, the University link "
    "tutor, and Alison Greaves, an advisory teacher from Wealdmarsh County Council's SEN Support Service. All have led "
    "SEN provision in schools and all are still working with pupils with SEN every week.")
fn.ref(p, "Rachel Dunne: BEd, MA Special Educational Needs, SENCO for eight years at Orchard Vale Primary. Tom Kettering: "
          "PGCE, MSc Psychology of Education, former SENCO at Castle Heath Community College and specialist teacher for "
          "autism. Dr Neil Ashdown: PhD (inclusive education), Principal Lecturer. Alison Greaves: BA QTS, "
          "Advanced Diploma in SpLD, advisory teacher.")

# PART C FIRE ACTION
bold_para(doc, "PART C - FIRE ACTION NOTICE", size=11)
grey(doc, "Guidance: Display this notice at every call point. Keep it short.")
p = doc.add_paragraph()
text_box(p, [
    "IF YOU DISCOVER A PUPIL WHOSE NEEDS ARE NOT BEING MET:",
    "1. Raise the alarm: tell the people who can act.",
    "2. Call the Fire and Rescue Service: use the agencies and services that exist.",
    "3. Get everyone out safely: think of every pupil, including the ones who need help to leave.",
    "4. Do not stop to collect belongings: do what matters first.",
    "5. Report to the Assembly Point: check that everyone is accounted for.",
    "This course will make you the person in your school who does all five.",
], title="FIRE ACTION", height_pt=150, fill="FFFFFF")
doc.add_paragraph()

# PART D Means of escape
bold_para(doc, "PART D - MEANS OF ESCAPE", size=11)
grey(doc, "Guidance: Describe every escape route, and the alternative where the main route is blocked. Escape routes must be "
          "kept clear at all times.")
runin(doc, "Route 1: the Main Stair. ", "Most participants take the Main Stair: the eight Floors in order, the school-based "
      "work set on each Floor, and the four Drills. It takes one school year, part time.")
p = runin(doc, "Route 2: the Alternative Exit. ", "In exceptional circumstances an experienced teacher, for instance a "
          "specialist teacher from the SEN Support Service who already leads SEN provision, may be assessed without taking "
          "the Floors. The candidate applies with a statement mapped against the national outcomes and the head's support; "
          "the Responsible Person and the Assembly Point Controller interview them; if accepted they complete all four Drills "
          "within six months, with a Floor Warden, and are assessed against every outcome on the Zone Sign-off Sheet exactly "
          "as Route 1 participants are. The fee is £600.")
runin(doc, "Route 3: the Side Door. ", "A participant who has already passed Master's-level study in SEN may apply to the "
      "University of Calderwell's Accreditation of Prior Learning panel for up to 20 credits. Credit awarded for prior "
      "experiential learning is assessed on a portfolio mapped to the outcomes of Drills 1 and 2, and a participant awarded "
      "it does not take those Drills.")
p = doc.add_paragraph("All routes open in September. ")
add_del(p, "A second group will start in January at the Abbotsford centre for schools that cannot release staff in the autumn term.",
        author="E. Forsyth", date="2009-02-02T11:24:00Z")
doc.add_paragraph(
    "A participant who misses a Floor through illness may take it with the following year's group. The course has no "
    "online element; all the Floors are taught in the room, part time.")

# PART E Escape route plan
bold_para(doc, "PART E - ESCAPE ROUTE PLAN (THE FLOORS)", size=11)
grey(doc, "Guidance: Attach a floor plan showing routes, exits, call points and extinguishers.")
table(doc, [
    ["Floor", "Date", "Title", "What happens on this Floor", "School-based work set"],
    ["1", "17 Sept 2009", "Ground Floor: the role and the law", "The SEN Code of Practice and SEN law; the Disability "
     "Discrimination Act and the school's disability equality duty and accessibility plan; Every Child Matters and the "
     "SENCO's part in all five outcomes; government policy including Removing Barriers to Achievement",
     "Audit the school's SEN policy and accessibility plan"],
    ["2", "15 Oct", "Knowing the occupants", "How children develop and what affects development; the most common types of "
     "SEN: BESD, dyslexia and other SpLD, SLCN, autism, MLD", "Profile two pupils"],
    ["3", "19 Nov", "Detection", "Identifying pupils who may have SEN; observation and data; using reports from educational "
     "psychologists and therapists; setting targets and planning interventions; tracking progress with teacher "
     "assessment and national test results; access arrangements for SATs and GCSEs", "Plan and review an intervention"],
    ["4", "21 Jan 2010", "Compartments", "Provision mapping; finding provision that is not working or is missing; "
     "approaches, strategies and resources including ICT; helping colleagues with assessment for learning",
     "Build a provision map"],
    ["5", "11 Mar", "Working with the Service", "External agencies, health, social care, the voluntary sector; Team Around "
     "the Child; working with parents and carers, with a parent panel from Wealdmarsh Parent Partnership", "Lead a meeting with parents"],
    ["6", "22 Apr", "Inspection", "What works: research and inspection evidence, including Ofsted's 2006 report on "
     "inclusion and the Bercow Review (2008); finding and judging evidence", "Write a research brief for staff"],
    ["7", "20 May", "Command", "Influencing the head, senior leaders and governors; the inclusive ethos; coaching, observing "
     "and training colleagues; managing time, priorities and delegation", "Observe and coach a colleague"],
    ["8", "24 June", "Re-entry", "Reviewing provision with staff; evaluating the year; the Assembly Point review", "-"],
], size=8)

doc.add_paragraph()
bold_para(doc, "Floor notes")
for lab, txt in [
    ("Floor 1. ", "The morning works through the Code of Practice as a school would meet it: a request for statutory "
     "assessment, an annual review, a pupil moving from School Action to School Action Plus. The afternoon takes the "
     "Disability Discrimination Act and the disability equality duty as they apply to a school, including its "
     "accessibility plan and the reasonable adjustments a school must make for disabled pupils, and then the five Every "
     "Child Matters outcomes for three case-study pupils. Participants leave with the audit they will write up for Drill 1."),
    ("Floor 2. ", "A Fire Marshal and an educational psychologist lead a day on development from early childhood to "
     "adolescence and on how SEN, disability, home and the classroom affect it. Short inputs on each of the common types "
     "of SEN are followed by case discussion; participants bring the profiles of two pupils from their school."),
    ("Floor 3. ", "Participants practise identifying needs from observation and data, read real (anonymised) reports "
     "from other professionals and turn them into teaching approaches, set targets, and plan an intervention. The "
     "afternoon covers tracking progress with teacher assessment and national test results, and the timetable for "
     "applying for access arrangements for Key Stage tests and GCSE examinations."),
    ("Floor 4. ", "Participants bring their school's provision map, work in pairs to find what is not working or is "
     "missing, and cost the changes. A session on ICT and other resources uses the centre's assistive technology room."),
    ("Floor 5. ", "Officers from health, social care, the Connexions service and two voluntary organisations explain "
     "what they offer and how to get it. In the afternoon a panel of parents from Wealdmarsh Parent Partnership talks "
     "about meetings that went well and badly, and participants practise leading a meeting with parents."),
    ("Floor 6. ", "Participants read and present research and inspection evidence on what works for pupils with SEN, "
     "and learn to judge how strong a study's evidence is before recommending it to colleagues."),
    ("Floor 7. ", "Participants present a proposal to a panel playing the head and a governor, practise observation and "
     "feedback with video of teaching, and plan a staff training session. The last hour is on managing the SENCO's time."),
    ("Floor 8. ", "Participants review the provision in their project with colleagues, present Drill 4, and take part in "
     "the Assembly Point review."),
]:
    runin(doc, lab, txt)

# PART F PEEPs
doc.add_paragraph()
bold_para(doc, "PART F - PERSONAL EMERGENCY EVACUATION PLANS (PEEPs)", size=11)
grey(doc, "Guidance: Every person who may need assistance to leave the premises must have a PEEP, agreed with them and "
          "reviewed regularly.")
doc.add_paragraph(
    "The application form asks every applicant, in plain words, whether they have a disability or a condition for which "
    "they would like us to make changes, and explains why we ask. Anyone who tells us, at application or at any time, is "
    "offered a meeting with the Responsible Person to agree a PEEP for the course: for example materials in large print or "
    "electronic form in advance of each Floor, a note-taker, breaks, a parking space beside the door, extra time for Drills "
    "or a Drill submitted in another format. The PEEP is reviewed at each Floor Warden meeting. Abbotsford has level "
    "access, a hearing loop in every room and accessible toilets on both floors. Selection interviews and Drill marking "
    "follow the adjustments in the PEEP, and school-based work is agreed with the Floor Warden so that it is within the "
    "participant's reach without lowering the standard.")

# PART G Drills
bold_para(doc, "PART G - FIRE DRILL RECORD (THE DRILLS)", size=11)
grey(doc, "Guidance: Hold a drill at least once a term. Record the date, the time taken and any problems found.")
table(doc, [
    ["Drill", "Task", "Size", "When", "Marked by"],
    ["Drill 1", "Policy and provision audit: the school's SEN policy, accessibility plan and practice against the Code of "
     "Practice, disability equality law and the five ECM outcomes, with an action plan", "3,000 words", "After Floor 2",
     "Fire Marshal; second-marked"],
    ["Drill 2", "Case study: identifying, assessing and planning for two pupils, using other professionals' assessments "
     "and national test data, including any access arrangements they need", "3,000 words", "After Floor 4",
     "Fire Marshal; second-marked"],
    ["Drill 3", "Provision review: a provision map for a year group, with staff deployment and how it will be reviewed; "
     "includes the review of the school's fire risk assessment for pupils with SEN", "3,500 words", "After Floor 6",
     "Fire Marshal; second-marked"],
    ["Drill 4", "Leading change: a school-based project with colleagues, parents and an outside agency, witnessed by the "
     "Floor Warden, presented orally to a panel", "Portfolio and 20-minute presentation", "After Floor 8",
     "Two Fire Marshals"],
], size=8)

# PART H Zone chart
doc.add_paragraph()
bold_para(doc, "PART H - FIRE ALARM ZONE CHART (THE OUTCOMES)", size=11)
grey(doc, "Guidance: List each zone, the area it covers and the type of detection fitted. Mark zones with manual call "
          "points only.")
doc.add_paragraph(
    "Each national outcome is a zone. The chart shows the Floor where it is covered and its detection. Automatic "
    "detection means the outcome is marked in the Drill named. Manual call point only means it is raised on the Floor "
    "and participants can raise it themselves, but no Drill marks it.")
Z = [
    ("ZONES 1-7: ATTRIBUTES", None, None),
    ("Relationships with pupils with SEN and their parents (A1)", "5", "Automatic (Drill 4)"),
    ("Commitment of the head and colleagues (A2)", "7", "Automatic (Drill 4)"),
    ("Time, priorities and delegation (A3)", "7", "Manual call point only"),
    ("Problem-solving and sound judgement on provision (A4)", "4", "Automatic (Drill 3)"),
    ("Clear speech and writing; listening (A5)", "All", "Automatic (Drills 1-4)"),
    ("Using research and outside advice (A6)", "6", "Automatic (Drill 3)"),
    ("Keeping up to date and own CPD (A7)", "6, 8", "Automatic (Drill 4: reflective commentary)"),
    ("ZONES 8-16: KNOWLEDGE", None, None),
    ("SEN law and the Code of Practice (K1)", "1", "Automatic (Drill 1)"),
    ("Every Child Matters (K2)", "1", "Automatic (Drill 1)"),
    ("Disability equality law (K3)", "1", "Automatic (Drill 1)"),
    ("Child development (K4)", "2", "Automatic (Drill 2)"),
    ("Common types of SEN (K5)", "2", "Manual call point only"),
    ("Approaches, strategies, resources and ICT (K6)", "4", "Automatic (Drill 3)"),
    ("Self-evaluation (K7)", "-", "Automatic (Drill 3: school fire risk assessment review)"),
    ("Research and best practice (K8)", "6", "Automatic (Drill 3)"),
    ("External agencies (K9)", "5", "Automatic (Drill 4)"),
    ("ZONES 17-29: SKILLS", None, None),
    ("Strategic influence with leaders and governors (S1)", "7", "Automatic (Drill 4)"),
    ("Identify, set targets, plan, review (S2)", "3", "Automatic (Drill 2)"),
    ("Using other professionals' assessments (S2a)", "3", "Automatic (Drill 2)"),
    ("Summative data and national tests (S2b)", "3", "Automatic (Drill 2)"),
    ("Colleagues' formative assessment (S2c)", "4", "Manual call point only"),
    ("Access arrangements for tests and examinations (S2d)", "3", "Automatic (Drill 2)"),
    ("Provision mapping (S3)", "4", "Automatic (Drill 3)"),
    ("Deploying and managing staff (S4)", "-", "Automatic (Drill 3)"),
    ("Colleagues' professional development (S5)", "7", "Automatic (Drill 4)"),
    ("Reviewing provision with staff (S6)", "8", "Automatic (Drill 3)"),
    ("Pupils involved in their provision (S7)", "Not in this plan (see Part K)", "-"),
    ("Parents and carers (S8)", "5", "Automatic (Drill 4)"),
    ("Other services and voluntary organisations (S9)", "5", "Automatic (Drill 4)"),
]
zt = doc.add_table(rows=len(Z) + 1, cols=3)
zt.style = "Table Grid"
for j, h in enumerate(["Zone (outcome)", "Floor", "Detection"]):
    set_cell(zt.cell(0, j), h, bold=True, size=8, fill="C00000", color="FFFFFF")
for i, (a, b, c_) in enumerate(Z, start=1):
    if b is None:
        set_cell(zt.cell(i, 0).merge(zt.cell(i, 2)), a, bold=True, size=8, fill="F2DCDB")
        continue
    set_cell(zt.cell(i, 0), a, size=8)
    set_cell(zt.cell(i, 1), b, size=8)
    set_cell(zt.cell(i, 2), c_, size=8, fill="FFFF99" if c_.startswith("Manual") else None)

# PART I Training
doc.add_paragraph()
bold_para(doc, "PART I - FIRE MARSHAL AND FLOOR WARDEN TRAINING", size=11)
grey(doc, "Guidance: Record the training each Fire Marshal has received and when it is refreshed.")
doc.add_paragraph(
    "Before the course starts every Fire Marshal attends a one-day induction run by the Responsible Person and the "
    "Assembly Point Controller on this plan, the University's assessment regulations, the marking criteria for each "
    "Drill and their duties. Floor Wardens attend a half-day briefing at Abbotsford in September and receive the Floor "
    "Warden's Guide, which sets out what they do at each meeting, how to witness school-based work and when to contact "
    "the Fire Marshal. A Floor Warden who cannot attend is briefed in school by a Fire Marshal. Training is refreshed "
    "every year and recorded on the team's training register.")

# PART J Maintenance and testing (QA)
bold_para(doc, "PART J - MAINTENANCE, TESTING AND INSPECTION", size=11)
grey(doc, "Guidance: Fire alarm systems must be tested weekly and serviced by a competent person every six months. "
          "Record all tests in the fire log book.")
runin(doc, "Weekly test. ", "At the end of every Floor each participant completes a short evaluation form. The Fire "
      "Marshal reads them the same week and changes the next Floor if something did not work.")
runin(doc, "Annual service. ", "In July the team reviews the course using the Floor evaluations and the results of the "
      "Drills, and writes a short report with changes for the next year.")
p = runin(doc, "Drill checks. ", "Every Drill is second-marked by another Fire Marshal, and the Fire Marshals meet after "
          "each Drill to agree marks before they go to the University's assessment board.")
comment(doc, p.runs[1], "Calderwell's external examiner moderates a sample of every Drill - should say so. NA",
        author="N. Ashdown", initials="NA")
runin(doc, "Confidence check. ", "Participants rate their confidence against each zone in the Pre-occupancy Check "
      "in September and again at Floor 8, and the team compares the two in the July report. We have not yet found a way to "
      "measure the course's effect on pupils.")
runin(doc, "Floor Warden visits. ", "Fire Marshals visit each participant's school once a term, meet the Floor "
      "Warden and the head, and see the participant's school-based work in progress. Any concern about progress is "
      "recorded and an action agreed with the participant and the Floor Warden before the next Floor.")
runin(doc, "Resources. ", "Resources for each Floor are provided by the Fire Marshal leading it.")

# PART K Liaison
bold_para(doc, "PART K - LIAISON AND PERSONS OUTSIDE THIS PLAN", size=11)
grey(doc, "Guidance: Record arrangements with neighbours, other occupiers and the Fire and Rescue Service. Any person "
          "working on the premises must be checked as suitable.")
runin(doc, "Pre-occupancy Check. ", "Before Floor 1 every participant completes a self-audit against all the national "
      "outcomes. The Fire Marshals use the results to form the working groups on each Floor; everyone follows the same "
      "route through the Floors.")
runin(doc, "Who may occupy the premises. ", "Applicants must hold QTS, be SENCO or about to become SENCO, and be "
      "nominated by their head. The Responsible Person reads each application and phones the head; an applicant "
      "who does not have enough experience of teaching pupils with SEN is advised what to do first, usually a term "
      "with the SEN Support Service's Inclusion Network, and the head is told the same.")
p = runin(doc, "Checks on occupants. ", "The Service holds enhanced CRB disclosures for all Fire Marshals. Checks on "
          "participants are a matter for the employing school, which is responsible for its own staff.")
comment(doc, p.runs[1], "Do we need to check participants' CRBs ourselves? PL", author="P. Lal", initials="PL")
runin(doc, "Pupils. ", "Consulting pupils about their provision is the job of each school's pupil council and its own "
      "arrangements, and falls outside this plan.")
runin(doc, "Schools and the council. ", "We know from our visits to schools that SENCOs want practical help with "
      "provision mapping and with parents, and the course gives both a Floor. The Plan Review Group, which meets each "
      "term, is the Responsible Person, two Floor Wardens, the council's Principal Officer for SEN and a parent "
      "representative from Wealdmarsh Parent Partnership; it reads the Floor evaluations and Drill results and agrees "
      "changes, and at the end of each year it evaluates the course with the July report.")
p = runin(doc, "Placements. ", "Each participant spends a placement day at Hollins Brook Special School or the Pupil "
          "Referral Unit, arranged by the Fire Marshal, and educational psychologists, speech and language therapists "
          "and the Parent Partnership take part in Floors 3 and 5.")
fn.ref(p, "Both settings were judged outstanding at their last Ofsted inspection.")

# PART L Assembly point
bold_para(doc, "PART L - ASSEMBLY POINT AND RE-ENTRY", size=11)
grey(doc, "Guidance: Name the assembly point and who checks that everyone is accounted for. Nobody re-enters until the "
          "Fire and Rescue Service says it is safe.")
runin(doc, "Assembly Point. ", "No participant reaches the Assembly Point until a Fire Marshal has signed every zone on "
      "their Zone Sign-off Sheet, each of the national outcomes shown by evidence from the Drills, and the University's "
      "assessment board has confirmed that all four Drills are passed. Passing three Drills does not make up for failing "
      "the fourth, and there is no averaging of marks.")
runin(doc, "Re-entry. ", "At Floor 8 participants are encouraged to think about what they might do next.")
runin(doc, "Cost. ", "The fee is £1,300. The council's school improvement budget pays half the fee for schools in its "
      "partnership areas.")

# PART M sign-off
bold_para(doc, "PART M - PLAN REVIEW AND SIGN-OFF", size=11)
grey(doc, "Guidance: This plan must be reviewed at least annually and after any significant change.")
table(doc, [
    ["Signed (Responsible Person)", "Date", "Next review"],
    ["E. Forsyth", "3 February 2009", "[date to be agreed with University]"],
], size=9)

fn.finish()
doc.save(OUT)
print(OUT.name, words(doc), "words")
