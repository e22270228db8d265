"""jw-02-kingsbridge-section-10-report

Provider (invented): the Kingsbridge Reservoir Visitor Centre of Tarrant Water Ltd (a
regional water company), with the University of Carrowmere, which validates the award.
March 2009.

Document kind and layout: the course described as a statutory reservoir inspection
report under section 10 of the Reservoirs Act 1975, the form in which the Centre's
learning team writes its periodic review of every course it runs (the "Undertaker" is
the Centre, the University's academic reviewer signs as "Panel Engineer", the Course
Leader is the "Supervising Engineer", school mentors are "Reservoir Keepers"). Heading 1
and Heading 2 styles with typed section numbers that collide with requirement ids
("4.3 Currency", "5.3", "6 Schedule"). A particulars table with merged and shaded cells,
"Description of the works" (Catchment, Embankment units 1-4, Spillway, Draw-off works),
"History" (an unaccredited predecessor course), "Observations", statutory-style
recommendations split into "(a) Measures to be taken in the interests of safety",
"(b) Matters of maintenance" and "(c) Matters to be watched by the Supervising Engineer",
a "Schedule of Instrumentation" of the outcomes with the Centre's own tags (PZ, WG, SM)
and columns "Installed in | Read by | Frequency", a "Before you cross the dam" text box,
a certificate. Header and footer. Tracked changes (credit levels), two comments.

Traps (requirement ids):
- Credits: "60 credits at Level 7" is a tracked deletion; the text that stands says 40 at
  Level 7 and 20 at Level 6 -> E.2 partially_met.
- Currency claimed only in general words, no research or inspection evidence named
  -> 1.3 partially_met.
- Parents: a whole parent partnership unit belonged to the predecessor course (past);
  now "touched on" in Unit 2 and SM12 is "Visual only" -> 1.7, 6.S8 partially_met.
- Self-audit "kept on file" and not used to plan -> 2.2 partially_met.
- Assessment-only route only as a measure recommended "in the interests of safety"
  ("should demand justify it") -> 2.3 not_met.
- Equality: a bare statement of compliance; a comment asks for a proper statement
  (comment not evidence) -> 3.1 partially_met.
- One start date, fixed unit order, a choice of twilight or Saturday days -> 3.2
  partially_met. "There is no online or e-learning element" -> 3.3 not_applicable.
- Staff: the qualifications described are the Centre's Learning Ranger certificates;
  the University tutor is "to be confirmed" -> 5.4 partially_met.
- Resources in general words -> 5.6 partially_met.
- Moderation only a recommended measure; each Reading is marked by the tutor who taught
  the unit -> 5.8 not_met.
- CRB check sits in a text box and is done properly -> 5.3 met (trap: text box).
- Award on passing three Readings, but several outcomes are "Visual only" -> 6.0,
  1.9 partially_met.
- Outcomes: PZ2 (commitment of colleagues) "Not installed", see Measure 3 -> 6.A2
  not_met; strategic work with governors absent from the Schedule -> 6.S1 not_met;
  "Visual only" -> 6.A4, 6.A5 partially_met; an optional question -> 6.K5 partially_met;
  "To be fitted 2010" -> 6.S2b partially_met; assessed but not installed -> 6.S3
  partially_met.
- Tag numbers and section numbers collide with requirement ids (SM1, WG3, 4.3, 5.3).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jw_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Times New Roman", 11)
header_footer(d, "TARRANT WATER LTD  -  RESERVOIRS ACT 1975 FORM  -  KINGSBRIDGE AWARD  -  REPORT KB/S10/2009",
              "Kingsbridge Reservoir Visitor Centre, Kingsbridge, Tarrant TA9 3HW.  Report KB/S10/2009.  Page")
H = lambda t, l=1: d.add_heading(t, level=l)

para(d, "RESERVOIRS ACT 1975", bold=True, size=14, align="c")
para(d, "REPORT OF INSPECTION UNDER SECTION 10", bold=True, size=14, align="c")
para(d, "The Kingsbridge Award: National Award for SEN Coordination", bold=True, size=13, align="c")
para(d, "Tarrant Water Ltd, Kingsbridge Reservoir Visitor Centre, with the University of Carrowmere", italic=True, align="c")
para(d, "Report KB/S10/2009, March 2009", italic=True, align="c")

H("1 Introduction")
para(d, "Every large reservoir Tarrant Water owns is inspected by an independent Panel Engineer, who reports under "
        "section 10 of the Reservoirs Act 1975 on the state of the dam and on what must be done to keep it safe. "
        "Everyone who works at Kingsbridge knows the form of that report. The Visitor Centre's learning team "
        "therefore writes the periodic review of each course it runs in the same form, with the University's "
        "academic reviewer signing as Panel Engineer. This report is the inspection made before the first "
        "intake of the Kingsbridge Award under the TDA's 2008 specification. Sections 2 and 6 describe the "
        "Award as it will run from September 2009; Section 3 records its history; Section 5 records what the "
        "Panel Engineer recommends, which is not yet in place.")
t = table(d, [["PARTICULARS OF THE RESERVOIR", "", ""],
              ["Name of reservoir", "The Kingsbridge Award (National Award for SEN Coordination)", ""],
              ["Undertaker", "Tarrant Water Ltd, Kingsbridge Reservoir Visitor Centre", "in partnership with the University of Carrowmere"],
              ["Validation", "The University of Carrowmere validates the Award as its Postgraduate Certificate in Special Educational Needs Coordination and awards the credit.", ""],
              ["Capacity", "", ""],
              ["Supervising Engineer", "Helen Marrick, Course Leader", ""],
              ["Panel Engineer (this inspection)", "Dr Ifor Penrose, Academic Reviewer, University of Carrowmere", ""],
              ["Reservoir Keepers", "School-based mentors, one for each participant", ""],
              ["Previous inspection", "Kingsbridge Certificate in Inclusion (unaccredited), 2004-2008", ""],
              ["Date of this inspection", "2-4 March 2009", ""]], widths=[4.5, 6, 5])
merge_h(t, 0, 0, 2, "PARTICULARS OF THE RESERVOIR", fill="2E5E3E")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
for r in (1, 3, 5, 6, 7, 8, 9):
    merge_h(t, r, 1, 2, t.cell(r, 1).text, bold=False)
cap = merge_h(t, 4, 1, 2, None)
cap.text = ""
cp = cap.paragraphs[0]
from docx.oxml import parse_xml as _px
for kind, txt in [("n", "60 credits: "), ("del", "60 credits at Level 7"), ("ins", "40 credits at Level 7 and 20 credits at Level 6")]:
    if kind == "n":
        cp._p.append(_px(f'<w:r {W}><w:t xml:space="preserve">{txt}</w:t></w:r>'))
    elif kind == "del":
        cp._p.append(_px(f'<w:del {W} w:id="901" w:author="H. Marrick" w:date="2009-03-05T09:00:00Z"><w:r><w:delText xml:space="preserve">{txt}</w:delText></w:r></w:del>'))
    else:
        cp._p.append(_px(f'<w:ins {W} w:id="902" w:author="H. Marrick" w:date="2009-03-05T09:00:00Z"><w:r><w:t xml:space="preserve">{txt}</w:t></w:r></w:ins>'))
for r in range(1, 10):
    shade(t.cell(r, 0), "E2EFDA")

para(d, "How to read this report. The terms of the Act are kept, and each is given its course meaning: the "
        "reservoir is the Award; the catchment is where its participants come from and how they are chosen; the "
        "embankment is the taught units; the spillway is the support that carries participants through when "
        "the pressure rises; the draw-off works are the assessments through which credit is released; the "
        "instruments are the outcomes, each with the Reading that measures it. A Panel Engineer's "
        "recommendations are not yet done when the report is written, and the same is true here.")
H("2 Description of the works")
H("2.1 Catchment", 2)
para(d, "The Award draws its participants from the schools of the Tarrant valley, the area Tarrant Water serves. "
        "A participant must hold qualified teacher status, be the school's SENCO or be designated to become it "
        "within a year, and send a letter of support from the headteacher that names a Reservoir Keeper and "
        "agrees release for study days. Each applicant is interviewed by the Supervising Engineer and a tutor, "
        "who look at the applicant's experience of SEN and at a piece of his or her writing about a pupil; "
        "applicants who are not yet ready are offered a place on the Centre's one-term Foundations in SEN "
        "course and a guaranteed interview the following year.")
text_box(d, "BEFORE YOU CROSS THE DAM", [
    "Every participant works with pupils during the Award. Before a place is confirmed the Centre checks each "
    "participant's enhanced CRB disclosure: the employing school sends the disclosure number and date, and "
    "the Centre checks them with the school's personnel record and with the local authority. No participant "
    "starts without a current enhanced disclosure, and the check is repeated if a participant changes school "
    "during the Award."], fill="FFF2CC", height_cm=4)
para(d, "Before the first study day each participant completes a self-audit against the outcomes in the "
        "Schedule in Section 6. The self-audit is kept on file.")

H("2.2 The embankment: four units", 2)
para(d, "The body of the Award is four units, taken in a fixed order over three terms. Each unit has four study "
        "days at the Visitor Centre; participants choose at interview between the twilight pattern (4.30 to "
        "8.00 pm, two evenings for each study day) and the Saturday pattern. There is one start date each year, "
        "in September. There is no online or e-learning element: all teaching is face to face at Kingsbridge, "
        "and participants keep in touch with tutors by telephone and in tutorials.")
para(d, "Unit 1  Foundations: SEN law, policy and Every Child Matters (20 credits, Level 7)", bold=True)
para(d, "Unit 1 sets the foundations. It covers the Education Act 1996 and the SEN Code of Practice 2001, the "
        "Disability Discrimination Act 1995 as amended in 2005, including the disability equality duty and "
        "the schemes and action plans it requires of schools, the Special Educational Needs and Disability "
        "Act 2001, Every Child Matters and the Children Act 2004, the 2008 regulations on the SENCO's role, "
        "and current national initiatives including the Inclusion Development Programme. The aim of the Award, "
        "set out on the first study day, is that pupils with SEN and disabilities in the participants' schools "
        "achieve more and are healthier, safer and happier, enjoy school, make a positive contribution and are "
        "ready for economic well-being; each unit's assessment asks participants to show the effect of their "
        "work on both achievement and well-being.")
para(d, "Unit 2  Core: learners and learning (20 credits, Level 7)", bold=True)
para(d, "Unit 2 is the core of the dam. It covers how children develop and how SEN, disability and the "
        "environment affect development; the common kinds of SEN; assessment, planning and teaching approaches "
        "and resources, including ICT; best practice and the research behind it; and the work of the agencies "
        "that support schools, with a study day led by the county's educational psychology service, the "
        "Tarrant speech and language therapy team and the Tarrant Valley Autism Support Group, a voluntary "
        "organisation. Working with parents and carers is touched on within Unit 2, in the session on "
        "annual reviews.")
para(d, "Unit 3  Crest: leading and managing provision (10 credits, Level 6)", bold=True)
para(d, "Unit 3 carries the weight of leadership. It covers deploying and managing teaching assistants; "
        "supporting colleagues through observation, feedback, coaching and training; encouraging colleagues to "
        "use formative assessment with pupils with SEN; identifying in good time the access arrangements pupils "
        "need for national tests and examinations and putting them in place; school self-evaluation and "
        "improvement for SEN; managing the SENCO's own time and delegating; and making sound decisions when "
        "problems arise. A Pupil Participation day shows participants how to involve pupils in planning, "
        "agreeing and reviewing their own provision and how to consult a group of pupils about the issues that "
        "affect them; each participant then runs such a consultation in school.")
para(d, "Unit 4  Toe: impact in school (10 credits, Level 6)", bold=True)
para(d, "Unit 4 is where the Award meets the ground. Each participant plans, carries out and evaluates a change "
        "in provision in his or her own school, reviews its effect with colleagues, and shows the difference "
        "it made to pupils and to staff practice. Participants work with colleagues in other schools in "
        "termly cluster meetings, share their projects with them and advise one another.")

H("2.3 Spillway: support", 2)
para(d, "Each participant has a personal tutor, who meets him or her for a tutorial in every unit, and a Reservoir "
        "Keeper in school, normally a deputy or assistant head. Keepers agree the school-based tasks that "
        "follow each study day, meet the participant twice a term and write a short report at the end of each "
        "unit. The Award's tasks are all carried out in the participant's own school and tie each study day "
        "to the outcomes in the Schedule.")

para(d, "Tutorials last an hour and take place on study days or, for participants in the far end of the valley, "
        "in their own schools. At each tutorial the tutor and participant look at the school-based tasks done "
        "since the last one, at the Keeper's notes and at the draft of the next Reading, and agree what the "
        "participant will do before the next study day. Participants who fall behind are offered an extra "
        "tutorial and, where a school's circumstances change, the Supervising Engineer may agree to move the "
        "participant to the next year's intake with credit for the units already passed.")
para(d, "Participants also support one another. Each study day ends with a forty-minute Outflow session, in which "
        "small groups of participants from different schools compare the tasks they will take back to school, "
        "and the groups stay together through the Award. Many participants have told us this is the part of the "
        "course they valued most.")
H("2.4 Draw-off works: assessment", 2)
para(d, "There are three Readings, each marked against the University's criteria: Reading A (Unit 1, a 3,000-word "
        "audit of the participant's school against SEN and disability law and the ECM outcomes), Reading B "
        "(Unit 2 and the Pupil Participation day, a 4,000-word case study of a pupil, with an optional "
        "question on the kinds of SEN met in the school), and Reading C (Units 3 and 4, a 5,000-word "
        "portfolio and project report with a professional development plan). Some outcomes are checked by "
        "Visual inspection: the tutor observes them in tutorials and presentations and notes them, but they "
        "are not marked. The Award is made when all three Readings are passed at 50%.")
para(d, "Participants who hold masters-level credit in SEN from another university may bring up to 30 credits "
        "under the University's APL regulations, and experienced SENCOs may claim up to 30 credits through an "
        "APEL portfolio, mapped to the Schedule and assessed by two tutors.")

H("3 History of the reservoir")
para(d, "The Kingsbridge Certificate in Inclusion ran from 2004 to 2008 without accreditation. It included a "
        "six-week parent partnership unit run with the Tarrant Parent Partnership Service and a week's "
        "placement in a special school. That unit ended in 2008, when the Certificate closed, and the Award "
        "does not include it. Its evaluations, and a survey of the valley's 96 schools in autumn 2008 (61 "
        "replied), are the evidence the Award was built on: schools asked for a leadership unit above all, "
        "and for study days outside school hours.")

para(d, "The previous inspection of the Certificate, in 2006, recommended that it should seek accreditation and "
        "that its assessment should be marked against published criteria. Both were done when the Award was "
        "designed with the University in 2008, and the University validated it at an event on 19 November "
        "2008, with the Visitor Centre as the approved place of study and the University's School of Education "
        "responsible for assessment regulations, the external examiner and the Board of Examiners.")
para(d, "The reservoir itself has a long connection with special schools. The Visitor Centre has welcomed "
        "school groups since 1995 and now hosts about 180 visits a year, a third of them from special schools "
        "and resource bases, and the learning team has worked alongside their teachers for many years. The "
        "SENCOs who came with those visits first asked the Centre for training, and it is their schools that "
        "the Award serves.")
H("4 Observations at this inspection")
H("4.1 Links with schools", 2)
para(d, "The Panel Engineer saw that every unit's tasks are carried out in the participant's own school and "
        "linked to named outcomes, and that the Unit 4 project requires participants to change practice and "
        "show its effect on pupils and staff.")
H("4.3 Currency", 2)
para(d, "The content of each unit is kept up to date with recent developments in SEN and disability.")
H("4.5 Colleagues and other schools", 2)
para(d, "Participants advise and support colleagues in school through Unit 3, and work with colleagues beyond "
        "the school through the Unit 4 cluster meetings and the agencies met in Unit 2.")
H("4.6 Cost and progression", 2)
para(d, "The fee is £1,200, of which Tarrant Water's community programme pays £400 for schools in the valley. "
        "Tutorials are used to fit the school-based tasks to each participant's school and role. At the final "
        "tutorial each participant agrees professional targets for the next two years with the personal tutor "
        "and is shown how the 60 credits count towards the University's MA in Education.")
H("4.7 Access", 2)
p = para(d, "The Centre complies fully with the Disability Discrimination Act.")
comment(d, p, "Panel will want a proper statement on adjustments for disabled participants here. HM",
        author="Helen Marrick", initials="HM")
H("4.8 Stakeholders", 2)
para(d, "A Stakeholder Liaison Group, with four SENCOs, two headteachers, the county's SEN adviser, a parent "
        "from the Tarrant Parent Partnership Service and a Year 10 pupil representative from Kingsbridge "
        "Community School, met three times while the Award was designed. It asked for the Saturday pattern and "
        "for the Pupil Participation day, and both were added. The Group meets each July to read the "
        "participants' evaluations, the Keepers' reports and the external examiner's report, and agrees with "
        "the Supervising Engineer what changes for the next intake.")
H("4.9 Quality", 2)
para(d, "The Award is evaluated internally through study-day evaluations, unit reviews by the tutor team and "
        "Keepers' reports, and externally through the University's external examiner, its annual monitoring "
        "and the Stakeholder Liaison Group. The Supervising Engineer writes an annual statement each "
        "September listing what changed as a result; this year's statement moved Reading B earlier so that "
        "participants had feedback before starting Unit 3.")
para(d, "To measure impact, participants complete a confidence questionnaire on each outcome at the start and end "
        "of the Award, Keepers rate the participant's practice at the start and end, and each Unit 4 project "
        "reports the progress of the pupils it involved, using the school's own National Curriculum levels or "
        "P scales before and after the change. The Supervising Engineer collates these in the annual statement.")
H("4.10 Staff and resources", 2)
para(d, "The Centre's education staff are experienced and hold the Tarrant Water Learning Ranger certificate and "
        "the Institute of Outdoor Learning's Level 3 award. The University tutor for Units 2 and 3 is to be "
        "confirmed. The Award is well resourced.")
para(d, "Specialist expertise comes from the educational psychology service, the speech and language therapy "
        "team and the autism support group in Unit 2. Each participant also spends two days in a term at "
        "Tarrant Vale Special School or the Kingsbridge Resource Base for pupils with speech and language needs, "
        "arranged by the Centre, with tasks set by the tutor and a report from the host school.")
para(d, "Tutors follow the Award's tutor handbook and attend a planning day each August. Keepers attend a "
        "training afternoon before the Award begins and a review meeting in the spring, and receive the "
        "Keeper's Handbook, which sets out what they do in each unit and how to report a concern.")
para(d, "Each Reading is marked by the tutor who taught the unit, using the University's Level 7 grid.")

H("5 Recommendations")
H("(a) Measures to be taken in the interests of safety", 2)
bullets(d, ["Measure 1. The Undertaker should introduce second marking and moderation of the Readings before the second intake.",
            "Measure 2. The Undertaker should establish an assessment-only route for experienced SENCOs, should demand justify it.",
            "Measure 3. The Undertaker should add a session on gaining the commitment of colleagues, headteachers and senior leaders, with an assessed task, by September 2010."], mark="")
H("(b) Matters of maintenance", 2)
bullets(d, ["Reading lists to be revised each summer by the tutor who leads each unit.",
            "The Keeper's Handbook to be reissued each August, with any changes from the annual statement.",
            "Study-day evaluation forms to be collated within a fortnight of each study day and read at the next tutor team meeting.",
            "The Pupil Participation day to be rebooked each year with the school council of Kingsbridge Community School, which helps to run it."], mark="-")
H("(c) Matters to be watched by the Supervising Engineer", 2)
bullets(d, ["Use of summative data, including national test results, to track pupils' progress: instrument SM4 to be fitted in 2010.",
            "Participants' confidence in working with parents and carers."], mark="-")

H("6 Schedule of Instrumentation")
para(d, "The Schedule lists each outcome the Award develops, the unit in which it is installed and how it is "
        "read. \"Visual only\" means observed and noted by the tutor, not marked.")
S = [("Professional attributes (PZ: piezometers)", None),
     ("PZ1", "Fair, respectful and supportive relationships with pupils with SEN and their parents", "Unit 2", "Reading B", "Once"),
     ("PZ2", "Gaining the commitment of colleagues, the head and senior leaders", "Not installed", "Not installed", "See Measure 3"),
     ("PZ3", "Prioritising, managing time and delegating", "Unit 3", "Reading C", "Once"),
     ("PZ4", "Anticipating and resolving problems; sound decisions on provision", "Unit 3", "Visual only", "Each tutorial"),
     ("PZ5", "Clear speech and writing; listening to others", "Units 1-4", "Visual only", "Each presentation"),
     ("PZ6", "Drawing on research and outside advice", "Unit 2", "Reading B", "Once"),
     ("PZ7", "Keeping up to date; owning one's professional development", "Unit 4", "Reading C (development plan)", "Once"),
     ("Knowledge and understanding (WG: weir gauges)", None),
     ("WG1", "SEN law and the Code of Practice, and applying them", "Unit 1", "Reading A", "Once"),
     ("WG2", "Every Child Matters and the SENCO's part", "Unit 1", "Reading A", "Once"),
     ("WG3", "Disability equality law and the actions it requires", "Unit 1", "Reading A", "Once"),
     ("WG4", "Child development and the effect of SEN and environment", "Unit 2", "Reading B", "Once"),
     ("WG5", "The common kinds of SEN and their effect on learning", "Unit 2", "Reading B (optional question)", "Once"),
     ("WG6", "Approaches and resources for assessment and teaching, including ICT", "Unit 2", "Reading B", "Once"),
     ("WG7", "School self-evaluation and improvement for SEN", "Unit 3", "Reading C", "Once"),
     ("WG8", "Best practice and research in meeting SEN", "Unit 2", "Reading B", "Once"),
     ("WG9", "The work of external agencies; getting specialist help", "Unit 2", "Reading B", "Once"),
     ("Skills (SM: settlement markers)", None),
     ("SM1", "Identifying pupils with SEN, setting targets, planning and reviewing interventions", "Unit 2", "Reading B", "Once"),
     ("SM2", "Using other professionals' assessments in teaching", "Unit 2", "Reading B", "Once"),
     ("SM3", "Encouraging colleagues' formative assessment", "Unit 3", "Reading C", "Once"),
     ("SM4", "Summative data and national tests to track progress", "Unit 3", "To be fitted 2010", "—"),
     ("SM5", "Access arrangements for tests and examinations", "Unit 3", "Reading C", "Once"),
     ("SM6", "Provision mapping; finding ineffective or missing provision", "—", "Reading C", "Once"),
     ("SM7", "Deploying and managing staff", "Unit 3", "Reading C", "Once"),
     ("SM8", "Supporting colleagues' professional development", "Unit 3", "Reading C", "Once"),
     ("SM9", "Reviewing provision with staff for self-evaluation", "Unit 4", "Reading C", "Once"),
     ("SM10", "Involving pupils in planning and reviewing their provision", "Unit 3", "Reading B", "Once"),
     ("SM11", "Partnership with services, agencies and voluntary organisations", "Unit 2", "Reading B", "Once"),
     ("SM12", "Liaising with parents and carers", "Unit 2", "Visual only", "Annual review session")]
rows = [["Tag", "What it reads", "Installed in", "Read by", "Frequency"]]
for r in S:
    rows.append([r[0], "", "", "", ""] if r[1] is None else list(r))
t = table(d, rows, widths=[1.3, 7, 2.5, 3.2, 2.5], header_fill="2E5E3E")
for i, r in enumerate(S, start=1):
    if r[1] is None:
        merge_h(t, i, 0, 4, r[0], fill="E2EFDA")
p = para(d, "Provision mapping is read in Reading C; there is no study day on it.", italic=True, size=9)
comment(d, p, "Add a provision mapping session to Unit 3? IP", author="Ifor Penrose", initials="IP")

H("6.1 Notes on the Schedule", 2)
para(d, "Each instrument is installed in the unit whose study days develop it, and read by the Reading named. Where "
        "a Reading is named, the outcome is marked against the University's grid and a participant who does "
        "not show it must resubmit. Readings B and C each carry a cover sheet on which the participant lists "
        "the instruments the work addresses, and the marker comments on each. The tutor's notes from Visual "
        "inspection are kept with the participant's file and discussed at the next tutorial, but they do not "
        "affect the result.")
para(d, "The piezometers, weir gauges and settlement markers are named after the instruments on Kingsbridge dam, "
        "which participants see on the dam walk on their first study day: a piezometer reads the pressure "
        "inside the embankment, a weir gauge measures the seepage that passes through it, and a settlement "
        "marker shows whether the crest has moved. The comparison is made to help participants remember what "
        "each group of outcomes is for, and the tutors return to it through the Award.")
H("7 Certificate")
para(d, "I have inspected the Kingsbridge Award as described in this report. Subject to the measures in Section 5(a), "
        "I consider it fit to receive its first intake in September 2009.")
para(d, "Signed: Ifor Penrose, Panel Engineer          Date: 6 March 2009")
para(d, "Received for the Undertaker: Helen Marrick, Supervising Engineer")
d.save(OUT)
print("wrote", OUT)
