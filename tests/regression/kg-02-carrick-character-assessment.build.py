"""kg-02-carrick-character-assessment: build the .docx next to this script.

Provider (invented): Carrick Moors National Park Authority, Learning and Outreach Team, with the
University of Pendlow (Faculty of Education), applying in January 2009 to run the National Award
for SEN Coordination as "the Carrick SENCO Award".

Document kind and layout: the course written up as a Landscape Character Assessment in the
Authority's own house style, the method its landscape officers use for the Park. Real heading
styles (Heading 1 and 2); a document control table; a typed contents list; a glossary table of the
course's own terms; the template's grey italic "[Guidance: ...]" prompts left in; a shaded
"LANDSCAPE VISION" VML text box; three Landscape Character Types (the course's three strands),
each with Character Areas (the Stages, i.e. study days) under bold run-in labels "Key
characteristics", "Forces for change", "Sensitivity"; a landscape guidelines table per type with
rows Conserve / Enhance / Restore / Create, where "Restore" is something the course once did and has
lost and "Create" is something not yet in place; a "Valued Features" table of the outcomes under
the team's own codes (Q1-Q7, L1-L9, H1-H9 with H2a-H2d), columns "Found in" and "Condition
survey", with a shaded key defining "Fixed-point survey" (marked), "Walkover only" (seen by a
Waymarker, not judged or recorded) and "Not recorded" (not in the course); a "Historic landscape"
section (the 2005-08 certificate); a "Neighbouring landscapes" section (another partnership's
course); a management section. House vocabulary: Walkers (participants), Guides (tutors),
Waymarkers (mentors), Stages, Home Ground tasks (school-based tasks), Fixed-point surveys FP1-FP3
(marked assignments), Starting Point questionnaire, Outcome Record, Carrick Online (Moodle).
Tracked changes: "to be validated" deleted and the validation date inserted (counts); the
sentence agreeing an individual route is deleted. Two comments. Header and footer. Placeholders.

Traps (requirement ids):
- Assessment-only: the "Open Access route" belongs to the 2005-08 certificate ("closed when the
  certificate ended"), sits under "Restore" (lost), and the Tarnside Partnership's "Through
  route" is another provider's; a comment asks to revive it: 2.3 not_met.
- CRB: "Checks on Walkers are a matter for their employers; the Authority does not ask to see
  them"; Tarnside's checks are another provider's; Guides' checks are staff: 5.3 not_met.
- Next steps only hoped for under "Create" ("We hope to introduce a Next Steps conversation"):
  2.5 not_met.
- Valued Features "Not recorded": L3 disability equality law (6.K3 not_met; the Authority's own
  DDA duty in 3.1 is the right words about the wrong thing) and H6 reviewing provision for
  self-evaluation (6.S6 not_met).
- "Walkover only" (taught, not assessed): Q2, Q5, Q6, L8, H2a, H3, H8 (6.A2, 6.A5, 6.A6, 6.K8,
  6.S2a, 6.S3, 6.S8 partially_met); so 1.9 partially_met.
- Starting Point questionnaire against the outcomes but "not used to set individual targets" and
  the individual-route sentence is a tracked deletion: 2.2 partially_met; every Walker "follows
  the same route": 2.4 partially_met.
- Carrick Online has a peer forum and ICT, but "Guides do not read or answer the forum between
  Stages": 3.3 partially_met.
- Research only in general terms with "[reading list to follow]": 1.3 partially_met.
- Stakeholders in evaluation: only Walkers' questionnaires; headteachers "may be asked" in future:
  4.3 partially_met.
- Waymarkers get a role sheet but "there is no briefing or training for them": 5.7 partially_met.
- Moderation: second marking of fails only, "[external examiner to be appointed]": 5.8
  partially_met.
- Impact: Walkers' confidence only; pupils' progress hoped for in the vision box: 5.9
  partially_met.
- Met despite appearances: E.1 (tracked insertion of validation date), 6.0 (the Outcome Record
  rule), 5.5 (specialist expertise and two placement days), 1.5 (Stage 3b and FP2), 4.1/4.2.
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _kg_helpers import (new_doc, para, table, merge_row, shade, cell_text, tracked, deleted_paragraph,
                         textbox, header_footer, comment)

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
GREY = "7F7F7F"
d = new_doc(font="Calibri", size=11)
header_footer(d, "Carrick Moors National Park Authority  -  Landscape Character Assessment series LCA/09/3",
              "The SENCO Award Landscape. Version 2.1. Guides hold CRB clearance through the Authority.")


def h(text, level=1):
    return d.add_heading(text, level=level)


def prompt(text):
    return para(d, "[Guidance: " + text + "]", italic=True, color=GREY, size=9)


def labelled(label, text):
    return para(d, [(label + ". ", {"bold": True}), (text, {})])


para(d, "CARRICK MOORS NATIONAL PARK AUTHORITY", bold=True, size=14, align="center")
para(d, "Landscape Character Assessment", size=20, align="center")
para(d, "The SENCO Award Landscape: the Carrick SENCO Award, 2009-11", bold=True, size=14, align="center")
para(d, "Learning and Outreach Team with the Faculty of Education, University of Pendlow", align="center")
table(d, [["Document", "LCA/09/3"], ["Version", "2.1"], ["Status", "Submitted to the TDA, January 2009"],
          ["Author", "Gwen Tallis, Learning and Outreach Manager"],
          ["Checked", "Dr Simon Ruthven, University of Pendlow"]], bold_header=False)

para(d, "Contents", bold=True)
for line in ("1  Introduction and method", "2  Baseline: evidence and who shaped the landscape",
             "3  Landscape Character Types", "4  Valued Features", "5  Historic landscape",
             "6  Neighbouring landscapes", "7  Managing the landscape", "Glossary"):
    para(d, line, space_after=0)

textbox(d, [("LANDSCAPE VISION", True),
            ("By 2012 every school in and around the Park will have a confident, qualified SENCO, every pupil's "
             "voice will shape their provision, and pupils with SEN in our schools will make faster progress "
             "than ever before.", False)], height_pt=70)

h("1  Introduction and method")
prompt("State the purpose of the assessment and the area covered. Keep to one page.")
para(d, "The Authority's landscape officers describe the Park by its character: the types of landscape, the "
        "areas within each type, what makes each one distinctive, what is changing it, and what should be "
        "conserved, enhanced, restored or created. Our schools know these assessments from our outdoor learning "
        "work, so the Learning and Outreach Team has used the same method to describe the course it will run "
        "with the University of Pendlow. The course is the landscape; its three strands are the Landscape "
        "Character Types; its Stages (study days) are the Character Areas; and the outcomes that a Walker must "
        "reach are its Valued Features.")
p = para(d, "The Carrick SENCO Award is a Postgraduate Certificate of 60 credits at Level 7, ")
tracked(p, "to be validated by the University of Pendlow.", "del", author="Gwen Tallis", date="2009-01-14T11:00:00Z")
tracked(p, "validated by the University of Pendlow's Faculty Academic Standards Committee on 12 January 2009; the "
           "University awards the certificate.", "ins", author="Gwen Tallis", date="2009-01-14T11:01:00Z")
para(d, "A Walker takes one year part time: nine Stages, Home Ground tasks in their own school between the "
        "Stages, and three Fixed-point surveys, which are the marked assignments. The course aims to raise the "
        "achievement and well-being of pupils with SEN and disabilities in the Park's schools against all five "
        "Every Child Matters outcomes (be healthy, stay safe, enjoy and achieve, make a positive contribution, "
        "achieve economic well-being). Each Home Ground task starts from named pupils and ends with what changed "
        "for them, and each Fixed-point survey is marked partly on the evidence of pupils' progress and "
        "well-being.")
para(d, "Glossary of the course's own terms", bold=True)
table(d, [["Term", "Meaning in this assessment"],
          ["Walker", "a teacher admitted to the course"],
          ["Guide", "a tutor from the Authority's team or the University"],
          ["Waymarker", "an experienced SENCO in a nearby school who mentors a Walker"],
          ["Stage", "a study day, face to face, at the Moorgate Centre or the Pendlow campus"],
          ["Home Ground task", "a task done in the Walker's own school between Stages"],
          ["Fixed-point survey", "a marked assignment (FP1, FP2, FP3)"],
          ["Outcome Record", "the record, kept by the Guide, of which Valued Features each Walker has shown"]],
      header_fill="D9E2D0")

h("2  Baseline: evidence and who shaped the landscape")
prompt("Summarise the evidence base: data, surveys, consultation. Name the people consulted.")
para(d, "Before we drew the course we gathered evidence about what schools, pupils and families in the Park need. "
        "Carrick County Council's SEN data showed that 47 of its 160 schools had a SENCO appointed in the last two "
        "years, and that one rural school in three had no teacher with any SEN qualification. Our questionnaire to "
        "every headteacher (98 replies) asked what new SENCOs most needed; the three answers given most often were "
        "leading teaching assistants, working with outside agencies in a rural county, and confidence with the "
        "law. The Carrick Parent Partnership Service and the county's Parent Carer Forum told us parents wanted "
        "SENCOs who explain decisions plainly and meet them at times they can manage.")
para(d, "These people shaped the landscape. After a design day in May 2008 with eleven headteachers, six SENCOs, "
        "the Parent Carer Forum and the Educational Psychology Service, we moved the Stages from the Park's "
        "remote centres to the Moorgate Centre on the bus route, added Stage 3c on outside agencies, and agreed "
        "that the Parent Carer Forum co-teaches Stage 2c. The Steering Group, which includes two headteachers and "
        "a parent carer, reviewed the draft of this course twice and asked us to halve the length of FP1, which "
        "we did.")

para(d, "Representative viewpoint", bold=True)
para(d, "A landscape assessment usually closes its baseline with a view from one place. Ours is a small school "
        "at Hollin Gill, 14 miles from the Moorgate Centre, with 63 pupils in three classes. Its new SENCO also "
        "teaches Years 5 and 6, has one teaching assistant for the school and sees the educational psychologist "
        "twice a year. The course has to work for her: Stages that are reachable by bus in a day, Home Ground "
        "tasks that fit inside the work she must do anyway, and Fixed-point surveys that use her own pupils' "
        "records rather than new data gathered for the course. Every part of the design below was tested against "
        "that viewpoint by the Steering Group before it was agreed.")

h("3  Landscape Character Types")
prompt("For each type give key characteristics, forces for change, sensitivity and guidelines.")

h("LCT 1  Open Moor: foundations", 2)
labelled("Character Area 1a, Stage 1", "The SENCO's role in the school and the local authority. Every Child "
         "Matters and the SENCO's part in its five outcomes; the Walker's first Home Ground task, a map of how the "
         "school currently meets the five outcomes for its pupils with SEN.")
labelled("Character Area 1b, Stage 2", "The law and guidance on SEN: the Education Act 1996, the SEN Code of "
         "Practice 2001 and its graduated response, SEN and disability tribunals, and current government policy "
         "and initiatives (the Inclusion Development Programme, Removing Barriers to Achievement).")
labelled("Character Area 1c, Stage 3", "How children develop, and how SEN, disability and home and school "
         "environments affect development; the commonest kinds of SEN (behavioural, emotional and social "
         "difficulties, specific learning difficulties including dyslexia, speech, language and communication "
         "needs, autism, moderate learning difficulties) and how each affects learning.")
labelled("Key characteristics", "Short inputs from Guides, case discussion in groups of six, directed reading on "
         "Carrick Online. The Stages draw on current thinking about inclusion and on recent inspection findings "
         "[reading list to follow].")
labelled("Forces for change", "Numbers of pupils with autism in the county's mainstream schools are rising. The "
         "Code of Practice is expected to be revised.")
labelled("Sensitivity", "High. Walkers arrive with very different knowledge of the law.")

h("LCT 2  Valley Farmland: practice in the classroom", 2)
labelled("Character Area 2a, Stage 4", "Identifying pupils who may have SEN, setting challenging targets, planning "
         "interventions and reviewing progress; using summative assessment and national test data to track "
         "progress and adjust programmes; reading reports from psychologists and therapists.")
labelled("Character Area 2b, Stage 5", "Assessment for learning with pupils who have SEN and how the SENCO helps "
         "colleagues to use it; planning special arrangements for national tests and examinations in good time; "
         "provision mapping and management, and finding provision that is missing or is not working.")
labelled("Character Area 2c, Stage 6", "Working with parents and carers, co-taught by the Parent Carer Forum: "
         "listening, explaining decisions, annual reviews, difficult conversations. Walkers practise advising "
         "and working alongside parents and plan a parents' meeting for their Home Ground task.")
labelled("Key characteristics", "Walkers bring their own school's data; each Stage ends with a Home Ground task.")
labelled("Between Stages", "Each Stage in this type sets a Home Ground task: a tracking review of one class, "
         "a provision map for one year group, and a parents' meeting planned and held. The Waymarker visits "
         "once during the type to talk the tasks through with the Walker and the headteacher.")
labelled("Forces for change", "The county is moving to a new pupil tracking system in 2010.")
labelled("Sensitivity", "Medium.")

h("LCT 3  Settled Edge: leadership and partnership", 2)
labelled("Character Area 3a, Stage 7", "Leading colleagues: winning the commitment of the headteacher and senior "
         "leaders, working with governors on the school's inclusive ethos, policy and resources, deploying and "
         "managing teaching assistants, and supporting colleagues through observation and feedback, modelling, "
         "coaching and in-school training. Walkers practise advising and supporting colleagues in their own "
         "school and in partner schools of their cluster.")
labelled("Character Area 3b, Stage 8", "Pupils' voices: how to consult children and young people about the "
         "issues that affect them and involve pupils in planning, agreeing, reviewing and evaluating their own "
         "provision. Walkers practise with pupils from the Park's Youth Forum and then run a consultation with a "
         "group of their own pupils, reported in FP2.")
labelled("Character Area 3c, Stage 9", "Outside agencies and voluntary organisations in a rural county: who does "
         "what, how to get specialist support and resources, and working in partnership with them; research "
         "evidence and how to use it; fair and respectful relationships with pupils and families; keeping up to "
         "date and planning one's own professional development; prioritising and delegating in a crowded week.")
labelled("Key characteristics", "The change project (FP3) runs through this type: each Walker leads a change in "
         "provision in their school over two terms and reports its effect on pupils and on practice.")
labelled("Forces for change", "Extended schools and the county's locality teams are changing how agencies work.")
labelled("Sensitivity", "High.")

para(d, "Landscape guidelines for the whole course", bold=True)
gt = table(d, [
    ["Guideline", "What it means", "For the Carrick SENCO Award"],
    ["Conserve", "keep what works", "The nine Stages, the Home Ground tasks and the Fixed-point surveys as "
                                    "described; the Parent Carer Forum's part in Stage 6."],
    ["Enhance", "improve what is there", "Two start points from September 2009: a Walker may join in September or "
                                         "in January and take the Stages of each type in either order. Every "
                                         "Stage is also on Carrick Online for Walkers who miss one, and a Walker "
                                         "may take the course over two years."],
    ["Restore", "bring back what has been lost", "The Open Access route for experienced SENCOs (see section 5)."],
    ["Create", "make something not yet there", "We hope to introduce a Next Steps conversation with each Walker at "
                                               "the end of the course. Headteachers may be asked to comment on the "
                                               "course in future years."],
], header_fill="D9E2D0")
comment(d, gt.cell(3, 2).paragraphs[0], "Worth reviving the Open Access route? Pendlow would need to agree. - GT",
        author="Gwen Tallis", initials="GT")

h("4  Valued Features")
prompt("List the features that give the landscape its value, where each is found and how its condition is "
       "surveyed.")
para(d, "The Valued Features are what every Walker must show by the end of the course. The column \"Found in\" "
        "names the Stage where the feature is taught. The column \"Condition survey\" says how it is assessed, in "
        "the terms of the key.")
kt = table(d, [["Key to \"Condition survey\"", ""],
               ["Fixed-point survey", "marked against the criteria for FP1 (a pupil case study), FP2 (a provision "
                                      "map with a pupil consultation) or FP3 (the change project report); recorded "
                                      "on the Outcome Record"],
               ["Walkover only", "seen by the Waymarker on a school visit; not judged or recorded on the Outcome "
                                 "Record"],
               ["Not recorded", "not found in the course landscape; not taught and not surveyed"]])
merge_row(kt, 0, 0, 1, text="Key to \"Condition survey\"", fill="E7E6E6", bold=True)
for r in range(1, 4):
    shade(kt.cell(r, 0), "F2F2F2")

rows = [["Feature", "The Walker ...", "Found in", "Condition survey"],
        ["QUALITIES OF THE WALKER", None, None, None],
        ["Q1", "keeps fair, respectful, supportive and constructive relationships with pupils who have SEN or "
               "disabilities and with their parents and carers", "Stage 9", "Fixed-point survey FP1"],
        ["Q2", "gains the commitment of colleagues, the headteacher and senior leaders", "Stage 7", "Walkover only"],
        ["Q3", "sets priorities, manages their time and delegates where it is right to", "Stage 9",
         "Fixed-point survey FP3"],
        ["Q4", "sees problems coming, resolves them and makes well-founded decisions about provision", "Stage 5",
         "Fixed-point survey FP2"],
        ["Q5", "speaks and writes clearly and listens to and understands others' views", "Stages 6 and 7",
         "Walkover only"],
        ["Q6", "draws on research evidence and outside advice to improve their own and colleagues' practice",
         "Stage 9", "Walkover only"],
        ["Q7", "keeps up to date and takes responsibility for their own CPD in SEN and disability", "Stage 9",
         "Fixed-point survey FP3"],
        ["KNOWING THE GROUND", None, None, None],
        ["L1", "knows the law and guidance on SEN, the Code of Practice among them, what they mean and how to put "
               "them into practice", "Stage 2", "Fixed-point survey FP1"],
        ["L2", "understands Every Child Matters, its principles and outcomes, and the SENCO's part in them",
         "Stage 1", "Fixed-point survey FP1"],
        ["L3", "knows the law on disability equality and what it requires a school to do", "-", "Not recorded"],
        ["L4", "knows how children develop and how SEN, disability and environment affect development", "Stage 3",
         "Fixed-point survey FP1"],
        ["L5", "knows the commonest kinds of SEN and disability and how each affects learning", "Stage 3",
         "Fixed-point survey FP1"],
        ["L6", "weighs critically approaches, strategies and resources for assessment, planning, teaching and "
               "learning, ICT included", "Stages 4 and 5", "Fixed-point survey FP2"],
        ["L7", "understands school self-evaluation and improvement as they bear on outcomes for pupils with SEN",
         "Stage 7", "Fixed-point survey FP3"],
        ["L8", "knows best practice and research findings on meeting SEN", "Stage 9", "Walkover only"],
        ["L9", "knows what outside agencies do and how to get specialist support and resources", "Stage 9",
         "Fixed-point survey FP3"],
        ["SKILLS ON THE HILL", None, None, None],
        ["H1", "with senior colleagues and governors, influences the school's inclusive ethos, policies, "
               "priorities and resources", "Stage 7", "Fixed-point survey FP3"],
        ["H2", "identifies pupils who may have SEN, sets challenging targets, plans interventions and reviews "
               "progress", "Stage 4", "Fixed-point survey FP1"],
        ["H2a", "uses assessments from psychologists, therapists and other professionals to shape teaching",
         "Stage 4", "Walkover only"],
        ["H2b", "uses summative assessment, national tests included, to track progress and adjust programmes",
         "Stage 4", "Fixed-point survey FP2"],
        ["H2c", "encourages other teachers to use formative assessment with pupils who have SEN", "Stage 5",
         "Fixed-point survey FP2"],
        ["H2d", "plans special arrangements for national tests and examinations in good time", "Stage 5",
         "Fixed-point survey FP2"],
        ["H3", "uses provision mapping and management and finds provision that is missing or not working",
         "Stage 5", "Walkover only"],
        ["H4", "deploys and manages teaching assistants and other staff", "Stage 7", "Fixed-point survey FP3"],
        ["H5", "supports colleagues' development through observation, feedback, modelling, coaching and training",
         "Stage 7", "Fixed-point survey FP3"],
        ["H6", "reviews provision with other staff and feeds the findings into school self-evaluation", "-",
         "Not recorded"],
        ["H7", "involves pupils in planning, agreeing, reviewing and evaluating their provision", "Stage 8",
         "Fixed-point survey FP2"],
        ["H8", "liaises with parents and carers", "Stage 6", "Walkover only"],
        ["H9", "works in partnership with other services and agencies, voluntary organisations included",
         "Stage 9", "Fixed-point survey FP3"]]
ot = table(d, rows, header_fill="D9E2D0", size=9)
for r, row in enumerate(rows):
    if row[1] is None:
        merge_row(ot, r, 0, 3, text=row[0], fill="EEF3EA", bold=True, size=9)
para(d, "The Award is made only when the Guide and the University's examination board have confirmed on the "
        "Outcome Record that the Walker has shown every Valued Feature; a Walker who has not is not awarded the "
        "certificate and may resubmit once.")

h("5  Historic landscape")
prompt("Describe earlier phases and what survives of them.")
para(d, "From 2005 to 2008 the Authority ran the Moorland SENCO Certificate, a locally certificated course of "
        "six days. It had an Open Access route, by which experienced SENCOs could be assessed without attending; "
        "the route closed when the certificate ended in July 2008, and the University's regulations for the "
        "Award do not provide for it. Thirty-two teachers completed the certificate, and their evaluations "
        "(\"too short\", \"more on the law\", \"time with a special school\") shaped the Award.")

h("6  Neighbouring landscapes")
prompt("Note adjoining landscapes and how they relate.")
para(d, "The Tarnside Partnership's SENCO course, run with the University of Hallam Fells, borders ours to the "
        "east. It offers a Through route, by which suitably experienced candidates present a portfolio for "
        "assessment without training, and it checks each candidate's enhanced CRB disclosure at interview. We "
        "share a reading day with Tarnside each spring.")

h("7  Managing the landscape")
prompt("Set out management: who does what, how quality is kept, how the assessment will be monitored.")
labelled("Entry", "A Walker must hold QTS, be in or about to take up a SENCO post in a Carrick school, and bring a "
         "letter from their headteacher agreeing release for the nine Stages. A Guide interviews each applicant "
         "and reads a 500-word account of their work with pupils with SEN; an applicant without enough experience "
         "is advised to take the Authority's Inclusion Foundation module first.")
labelled("Prior learning", "The University of Pendlow accredits prior certificated learning at Level 7 (up to 20 "
         "credits) and prior experience through its APEL procedure, mapped against the Valued Features.")
labelled("Starting Point", "Every Walker completes the Starting Point questionnaire against the Valued Features "
         "before Stage 1. The questionnaire is not used to set individual targets; every Walker follows the same "
         "route through the nine Stages.")
deleted_paragraph(d, "The Guide then meets each Walker to agree an individual route and personal targets for the "
                     "year.", author="Gwen Tallis", date="2009-01-14T11:20:00Z")
labelled("Value and progression", "The fee is GBP 1,200, and credits count towards the University's MA in Special "
         "and Inclusive Education.")
labelled("Equality", "The Authority and the University meet their duties under the Disability Discrimination Act "
         "1995 as amended and the Equality Act 2006 toward Walkers. The application form asks every applicant "
         "about any disability or need in confidence; a Guide agrees reasonable adjustments before Stage 1 "
         "(papers in large print or electronically, hearing loops at both venues, step-free rooms, extra time for "
         "Fixed-point surveys); and selection follows the published entry criteria only.")
labelled("Carrick Online", "Materials, recordings of inputs, readings and a forum where Walkers discuss their Home "
         "Ground tasks with one another are on Carrick Online, the Authority's Moodle site, and Fixed-point "
         "surveys are submitted there. Guides do not read or answer the forum between Stages.")
labelled("Guides", "The course is led by Gwen Tallis (MEd in SEN, former SENCO and county SEN adviser) with Dr "
         "Simon Ruthven, Reader in Inclusive Education at Pendlow, and Mark Eddow, a specialist teacher for "
         "speech, language and communication needs. Each has at least five days of specialist development a "
         "year and takes part in the University's SEN research group. All Guides hold enhanced CRB clearance.")
labelled("Specialist expertise and placements", "The Educational Psychology Service, the county's Autism Outreach "
         "Team and the Parent Carer Forum teach parts of Stages 3, 6 and 9. Each Walker spends two placement days "
         "at Beckside Special School or the Carrick Hearing Support Base, arranged and briefed by the Guides, "
         "with a set observation task.")
labelled("Resources", "Walkers borrow from the Authority's SEN resource library at Moorgate (assessment kits, "
         "Clicker 5 and Boardmaker licences, a loan set of assistive technology) and use the University library "
         "and e-journals.")
labelled("Waymarkers", "Waymarkers receive a one-page role description; there is no briefing or training for them.")
labelled("Marking", "Each Fixed-point survey is marked by a Guide against published criteria. Fails are second "
         "marked by a University tutor. [external examiner to be appointed]")
labelled("Checks", "Checks on Walkers are a matter for their employers; the Authority does not ask to see them.")
labelled("Evaluation", "Walkers complete a questionnaire after every Stage and a longer review at the end. Guides "
         "observe one another's teaching once a term. The University's Quality Office reviews the course each "
         "year, reading marks, questionnaires and Guides' reports, and the course team agrees changes from "
         "this evidence and tells Walkers what was changed.")
labelled("Impact", "Walkers rate their confidence against the Valued Features at the start and at the end. We "
         "would like to measure the difference the course makes to pupils in future.")

para(d, "Glossary", bold=True)
para(d, "LCT: Landscape Character Type. FP: Fixed-point survey. APEL: accreditation of prior experiential "
        "learning. See also the glossary in section 1.", size=9)

d.save(OUT)
print("wrote", OUT)
