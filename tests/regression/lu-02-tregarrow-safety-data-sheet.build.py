"""lu-02-tregarrow-safety-data-sheet: build script.

Provider (invented): Tregarrow School of Ceramics, a pottery and ceramics studio school in Morvah
that mixes and sells its own glazes and clay bodies and runs a schools outreach programme, applying
with Carrick Vale University and Morvah County Council to run the National Award for SEN
Coordination from January 2009.

Document kind and layout: the course written on the studio's own Safety Data Sheet template, the
one it issues with every glaze it sells (the sixteen REACH Annex II sections, Heading 1 for each
"SECTION n:" and Heading 2 for numbered sub-sections "1.1 Product identifier" ... "15.1", whose
numbers collide with requirement ids). The template's grey italic guidance prompts are left in
square brackets. The outcomes are the preparation's "Composition" (Section 3), a table with merged
shaded group rows and columns "Ingredient (in our words)", "TCS ref", "Present in" and "Test
method"; its values ("Assay 1", "Assay 2", "Spot test", "Trace", "Not determined", a dash) are
defined only in Section 16, thirteen sections below. A hazard-pictogram text box near the top
makes a blanket claim. Two footnotes (one on the credits, one on a Composition row). Placeholders
"[TBC]". A course facts table in Section 9 with a merged cell. Header and footer.

Vocabulary: Mixing Days = study days (six); Batch Profile = pre-course needs assessment; Field
Trial = school-based project; Assay 1 / Assay 2 = the two marked assignments; Direct Assay =
assessment-only route; Glaze Panel = the course team's review meeting; Review Panel = steering
and evaluation group.

Traps (requirement ids):
- 30 credits at masters level, with a further optional module "not part of the Award" (E.2
  partially_met).
- Aims name attainment and progress only (1.1 partially_met), although ECM appears as a Trace.
- Working with colleagues beyond the school is explicitly outside the Award (1.6 partially_met).
- Prior study credited, experience explicitly not; the March 2008 version's APEL was withdrawn
  (past arrangement) (2.1 partially_met).
- Next steps are "a matter for the participant's school and ... not part of the Award" (2.5
  not_met, negation / someone else's responsibility).
- Stakeholder needs known only "from our long work with schools" (4.1 partially_met); stakeholder
  influence only in the future ("will be invited to shape the 2009 revision") (4.2 not_met).
- Resources: the studio library, ICT "[TBC]" (5.6 partially_met).
- Moderation "[TBC with the University]", single marking (5.8 partially_met).
- Award on an overall mark of 50% with compensation between Assays (6.0 partially_met).
- Outcomes: fair relationships with pupils and parents absent from the table and the text (6.A1
  not_met; the parents' work on Mixing Day 6 is liaison, 6.S8); exam access arrangements "Not
  determined", a footnote confirms (6.S2d not_met); "Trace" only (6.A2, 6.K2, 6.S5
  partially_met); "Spot test" only (6.A5, 6.S2c partially_met); keeping up to date assayed but
  present in no Mixing Day (6.A7 partially_met).
- Because of these, not all outcomes are assessed (1.9 partially_met).
- The pictogram text box's "all national minimum outcomes" is a blanket claim, and the grey
  template prompts are never answers.
- Met despite appearances: the Direct Assay route (2.3), CRB checks on candidates verified by the
  course office (5.3, under "8.2 Exposure controls"), e-learning with tutors, peers and support
  between Mixing Days (3.3).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from docx import Document
from docx.shared import Pt
from _lu_helpers import (para, runs, table, group_row, set_cell, shade_cell, text_box, header_footer,
                         Footnotes)

HERE = Path(__file__).parent
NAME = "lu-02-tregarrow-safety-data-sheet"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "SAFETY DATA SHEET  |  Tregarrow School of Ceramics  |  TSC-SEN-30M  |  Version 2.0",
              "Revision date: 28 November 2008. Supersedes version 1.0 (March 2008). Page 1")


def h1(t):
    return doc.add_paragraph(t, style="Heading 1")


def h2(t):
    return doc.add_paragraph(t, style="Heading 2")


def prompt(t):
    return runs(doc, [(t, "ig")])


para(doc, "SAFETY DATA SHEET", bold=True, size=18, align="center")
para(doc, "according to Regulation (EC) No 1907/2006 (REACH), Annex II, as adapted by Tregarrow School of "
          "Ceramics for its courses", italic=True, align="center")
para(doc, "Preparation: National Award for SEN Coordination (Tregarrow / Carrick Vale)", bold=True, align="center")
para(doc, "We issue a safety data sheet with every glaze and clay body that leaves the studio. Our course "
          "team decided to describe the SENCo Award to the TDA on the same sheet, because it is the form our "
          "partners in schools already know from the outreach programme, and because it makes us say what "
          "is in the preparation, how it is handled and how it is tested. The template's guidance is left "
          "in grey.")

text_box(doc, [
    ("HAZARD PICTOGRAM", True),
    ("Signal word: WARNING. Contains all national minimum outcomes for SENCOs. May cause lasting changes "
     "in school practice.", False),
], height_pt=70, fill="FDE9D9")
para(doc, "")

h1("SECTION 1: Identification of the preparation and of the company")
h2("1.1 Product identifier")
prompt("[Give the full product name as it appears on the label.]")
para(doc, "National Award for SEN Coordination: Postgraduate Certificate in Special Educational Needs "
          "Coordination (Tregarrow / Carrick Vale). Product code TSC-SEN-30M.")
h2("1.2 Relevant identified uses and uses advised against")
prompt("[State what the preparation is for and any uses the supplier advises against.]")
para(doc, "For qualified teachers newly appointed as SENCO, or about to be, in maintained schools, "
          "academies and pupil referral units in Morvah and the neighbouring authorities. Advised against "
          "for teachers who have no prospect of taking up the SENCO role within the year, because the Field "
          "Trial must be led in a school.")
h2("1.3 Details of the supplier of the safety data sheet")
para(doc, "Tregarrow School of Ceramics (Education and Outreach), The Old Dry, Tregarrow, Morvah, in "
          "partnership with Carrick Vale University, Faculty of Education, which validates and awards the "
          "Postgraduate Certificate under its academic regulations as module EDU7104 \u201cCoordinating "
          "Special Educational Needs\u201d, and Morvah County Council's SEN Support Service.")
h2("1.4 Emergency telephone number")
para(doc, "Course office, Monday to Friday 9.00 to 5.00. Course leader: Demelza Rowe.")

h1("SECTION 2: Hazards identification")
h2("2.1 Classification of the preparation")
prompt("[Classify the preparation and say what effect it is intended to have.]")
para(doc, "The preparation is intended to raise the attainment and progress of pupils with special "
          "educational needs and disabilities in participants' schools. Its objectives are that each SENCO "
          "can identify pupils' needs accurately, plan and lead provision that helps them make progress, "
          "and show the progress in the school's data; the Field Trial is assessed on the measured progress "
          "of the pupils it involves.")
h2("2.2 Label elements")
para(doc, "Six Mixing Days at Tregarrow; two Assays; one Field Trial in the participant's own school; "
          "online study between Mixing Days.")
h2("2.3 Other hazards")
para(doc, "The main hazard is time. New SENCOs carry a full teaching load, and the course is built so that "
          "the Field Trial is work the school needed doing anyway.")

h1("SECTION 3: Composition / information on ingredients")
prompt("[List every ingredient with its reference and concentration. See Section 16 for abbreviations.]")
para(doc, "The ingredients are the national minimum outcomes, in our words, with the Mixing Day in which "
          "each is present and the test applied to it.")
rows = [["Ingredient (in our words)", "TCS ref", "Present in", "Test method"],
        ["Attributes", None, None, None],
        ["Wins the commitment of colleagues and the head to better outcomes", "TA-2", "Mixing Day 5", "Trace"],
        ["Sets priorities, manages time, delegates and checks delegated work", "TA-3", "Mixing Day 5", "Assay 2"],
        ["Anticipates and solves problems; sound judgement about provision", "TA-4", "Mixing Day 4", "Assay 2"],
        ["Speaks and writes clearly; listens to and understands others", "TA-5", "Mixing Day 3", "Spot test"],
        ["Uses research and external advice to improve practice", "TA-6", "Mixing Day 2", "Assay 1"],
        ["Keeps up to date; owns his or her CPD in SEN", "TA-7", "\u2014", "Assay 2"],
        ["Knowledge and understanding", None, None, None],
        ["SEN law, the Code of Practice and how to put them into practice", "TK-1", "Mixing Day 1", "Assay 1"],
        ["Every Child Matters and the SENCO's part in it", "TK-2", "Mixing Day 1", "Trace"],
        ["Disability equality law and the actions it requires", "TK-3", "Mixing Day 1", "Assay 1"],
        ["How children develop and what affects their development", "TK-4", "Mixing Day 2", "Assay 1"],
        ["BESD, SpLD including dyslexia, SLCN, ASD and MLD, and their effect on learning", "TK-5", "Mixing Day 2", "Assay 1"],
        ["Approaches, strategies and resources, including ICT, and their limits", "TK-6", "Mixing Day 3", "Assay 1"],
        ["School self-evaluation and improvement for pupils with SEN", "TK-7", "Mixing Day 4", "Assay 2"],
        ["Best practice and research in meeting SEN", "TK-8", "Mixing Day 2", "Assay 1"],
        ["External agencies and how to get specialist support", "TK-9", "Mixing Day 6", "Assay 2"],
        ["Skills", None, None, None],
        ["Advises the head and governors on inclusive ethos, policy, priorities and resources", "TS-1", "Mixing Day 5", "Assay 2"],
        ["Identifies pupils with SEN, sets targets, plans and reviews interventions", "TS-2", "Mixing Day 2", "Assay 1"],
        ["Uses assessments by other professionals to plan teaching", "TS-2a", "Mixing Day 2", "Assay 1"],
        ["Uses summative data and national tests to track progress and change programmes", "TS-2b", "Mixing Day 3", "Assay 2"],
        ["Encourages colleagues to use formative assessment with pupils with SEN", "TS-2c", "Mixing Day 3", "Spot test"],
        ["Arranges access arrangements for tests and examinations in good time", "TS-2d", "\u2014", "Not determined"],
        ["Maps and manages provision; finds what is missing or not working", "TS-3", "Mixing Day 4", "Assay 2"],
        ["Deploys and manages teaching assistants and other staff", "TS-4", "Mixing Day 5", "Assay 2"],
        ["Develops colleagues through observation, feedback, modelling, coaching and training", "TS-5", "Mixing Day 5", "Trace"],
        ["Reviews provision with colleagues to inform self-evaluation", "TS-6", "Mixing Day 4", "Assay 2"],
        ["Involves pupils in planning, agreeing and reviewing their provision", "TS-7", "Mixing Day 3", "Assay 2"],
        ["Liaises with parents and carers", "TS-8", "Mixing Day 6", "Assay 2"],
        ["Works with other services and voluntary organisations", "TS-9", "Mixing Day 6", "Assay 2"]]
t = table(doc, rows, header_fill="C6D9F1")
for i in (1, 8, 18):
    group_row(t, i, rows[i][0], fill="DBE5F1")
fn.add(t.cell(24, 3).paragraphs[0], "TS-2d was assessed in version 1.0 through a task in Assay 2. It is not "
       "determined for the 2009 cohort and is not covered on any Mixing Day.")

h1("SECTION 4: First-aid measures")
h2("4.1 Description of first-aid measures")
para(doc, "Every participant has a named tutor who meets him or her at each Mixing Day and is available by "
          "telephone and e-mail between them. A participant who falls behind is offered a catch-up tutorial "
          "and, if needed, an extension agreed with the University.")
h2("4.2 Disabled participants")
para(doc, "Our enrolment form invites applicants to tell us about any disability, and says why we ask. The "
          "course leader meets each applicant who does so before the first Mixing Day to agree reasonable "
          "adjustments, with the University's disability adviser where needed: materials in large print or "
          "electronic form, a note-taker, a room change (the Mixing Room is on the ground floor and the "
          "studio has a lift and an accessible toilet), rest breaks, and extra time or another format for "
          "the Assays. Selection interviews and the Field Trial visit are adjusted in the same way. Our "
          "course leaflet and the online site state these arrangements, and we monitor applications and "
          "completion by disability, ethnicity and gender each year under the University's equality schemes.")

h1("SECTION 5: Firefighting measures")
h2("5.1 Suitable means")
para(doc, "When a Field Trial cannot go ahead because a participant changes school or the school's "
          "circumstances change, the tutor and the headteacher agree a substitute Trial within three weeks.")
h2("5.2 Special hazards")
para(doc, "Long absence of the participant: see 6.1.")
h2("5.3 Advice for tutors")
para(doc, "Tutors report any concern about a participant's progress to the course leader the same week.")

h1("SECTION 6: Accidental release measures")
h2("6.1 Interrupting and resuming the course")
para(doc, "A participant may step off after any Mixing Day and rejoin the next intake at the same point, "
          "keeping the marks already gained, for up to two years.")
h2("6.2 Start dates and order")
para(doc, "There are two intakes a year, in January and September. Mixing Days 1 to 3 and 4 to 6 are two "
          "blocks that may be taken in either order, so a September starter joins at Mixing Day 4. Each "
          "block can also be taken as a blended route: the Mixing Days' content is on the online site, with "
          "one attended Mixing Day per block instead of three.")

h1("SECTION 7: Handling and storage")
h2("7.1 Precautions for safe handling: the Mixing Days")
mix = [
    ("Mixing Day 1, The base. ", "The Education Act 1996, the SEN Code of Practice (2001) and its toolkit, the "
     "Disability Discrimination Act 1995 as amended in 2005 and the disability equality duty, and the "
     "Children Act 2004 and Every Child Matters, led by the county's Principal Officer for SEN. Participants "
     "compare their school's SEN policy and disability equality scheme with the law."),
    ("Mixing Day 2, Fluxes. ", "How children develop and how SEN, disability and the physical and social "
     "environment affect development; the main types of SEN; identifying needs from observation and data; "
     "using reports from educational psychologists, therapists and advisory teachers; setting targets and "
     "reviewing interventions. Recent research and inspection evidence are read in advance: Ofsted's "
     "Inclusion: does it matter where pupils are taught? (2006), the Education and Skills Committee's report "
     "on SEN (2006), the Bercow interim report on speech, language and communication (2008) and the "
     "Dyslexia Friendly Schools materials."),
    ("Mixing Day 3, Colourants. ", "Teaching approaches and resources, including ICT and assistive technology, "
     "and a critical look at what they can and cannot do; tracking progress with national tests, P scales "
     "and the school's own data; formative assessment; and consulting pupils. Participants practise "
     "interviewing a pupil about his or her provision and plan how pupils will help set and review their own "
     "targets, using the Council for Disabled Children's materials on participation. A short spot test on "
     "presenting an argument to colleagues closes the day."),
    ("Mixing Day 4, Opacifiers. ", "Provision mapping and management, reviewing provision with colleagues, "
     "school self-evaluation and the SEN section of the self-evaluation form, and making decisions on "
     "provision when resources are short."),
    ("Mixing Day 5, Application. ", "Leading adults in one school: deploying and managing teaching "
     "assistants, advising the head and governors on inclusion and the SEN budget, time management and "
     "delegation. The commitment of colleagues and coaching are touched on. Work with colleagues beyond "
     "the participant's own school is outside the scope of this Award."),
    ("Mixing Day 6, Firing. ", "Working in partnership with parents and carers, led with Morvah Parent "
     "Partnership, including a practised review meeting and advice to parents on supporting learning at "
     "home; working with health, social care and voluntary organisations through the Common Assessment "
     "Framework and the county's multi-agency panels, and how to obtain specialist support and "
     "resources for pupils from outside the school."),
]
for head, body in mix:
    runs(doc, [(head, "b"), (body, "")])
h2("7.2 Conditions for safe storage: online study")
para(doc, "All participants have an account on the University's Moodle site, where each Mixing Day has "
          "readings, a recorded lecture and a task. Tutors answer questions on the site within two working "
          "days; a fortnightly online surgery with a tutor runs between Mixing Days; and each tutor group has "
          "a discussion forum for peer support. Participants, tutors and headteachers use the site and "
          "e-mail to share Field Trial plans, and the course office sends all notices this way.")

h2("7.3 The Field Trial")
para(doc, "Every participant leads a Field Trial in his or her own school between Mixing Days 3 and 6. It is "
          "a change in provision for a group of pupils with SEN, agreed with the headteacher at the start "
          "and chosen from the school's improvement plan: for example a new system for mapping provision "
          "across Key Stage 2, a literacy intervention run by teaching assistants, or structured "
          "conversations with parents of pupils at School Action Plus. The participant records a baseline, "
          "puts the change in place with colleagues, reviews it at least twice, and reports in Assay 2 what "
          "changed in the school's practice and for the pupils. Each Mixing Day also sets a school-based "
          "task, such as auditing the SEN register, observing a lesson with a teaching assistant or "
          "interviewing a pupil, which is brought to the next Mixing Day and discussed in tutor groups.")
para(doc, "Tutors visit each participant's school once during the Field Trial to meet the participant and "
          "the headteacher and to see the change in practice. Because the Trial is chosen to fit the school "
          "and the individual training plan, no two participants follow quite the same course.")

h1("SECTION 8: Exposure controls / personal protection")
h2("8.1 Control parameters: entry")
para(doc, "Applicants must hold QTS, be in or about to take up the SENCO role, and have their headteacher's "
          "written support, including release for the Mixing Days and for the Field Trial. The application "
          "asks for a statement of the applicant's experience of SEN, which the course leader checks at "
          "interview against what the course assumes at the start. Applicants who are not ready are told "
          "what experience or reading to gain first, and the course leader discusses this with the "
          "headteacher.")
h2("8.2 Exposure controls: checks")
para(doc, "Before a place is confirmed the course office sees each applicant's current enhanced CRB "
          "disclosure, or the employer's written confirmation of its number and date, and records it; an "
          "applicant without a current enhanced disclosure cannot start. We also ask the headteacher to "
          "confirm that List 99 has been checked.")
h2("8.3 Individual protection measures: the Batch Profile")
para(doc, "Each participant completes the Batch Profile before Mixing Day 1, rating himself or herself "
          "against every ingredient in Section 3 with evidence. The tutor reviews it with the participant "
          "and the headteacher and agrees an individual training plan: which ingredients need most work, "
          "which readings and online tasks to take, and the focus of the Field Trial. The plan sets out a "
          "personalised set of outcomes for each participant, which is reviewed at Mixing Day 4.")
h2("8.4 Prior study")
para(doc, "Up to 15 credits of prior study at masters level in SEN may be credited under the University's "
          "APL regulations. We do not give credit for experience alone.")
h2("8.5 Direct Assay")
para(doc, "In exceptional circumstances, a candidate whose experience already seems to meet all the outcomes, "
          "for example a teacher from the county's SEN Support Service, may take the Direct Assay: he or she "
          "submits Assay 1 and Assay 2 without attending the Mixing Days, and is examined by viva on every "
          "ingredient in Section 3 by two tutors. The fee is \u00a3450.")

h1("SECTION 9: Physical and chemical properties")
t = table(doc, [
    ["Property", "Value"],
    ["Level", "Masters (Level 7)"],
    ["Credit value", "30 credits"],
    ["Duration", "Six Mixing Days over two terms, with about 150 hours of study"],
    ["Fee", "\u00a3780. Morvah County Council pays for Morvah SENCOs from its Standards Fund allocation."],
    ["Group size", "Up to 20, in tutor groups of 5"],
    ["Validated by", "Carrick Vale University"],
    ["Awarding body", None],
], header_fill="C6D9F1")
c = t.cell(6, 1).merge(t.cell(7, 1))
set_cell(c, "Carrick Vale University")
fn.add(t.cell(2, 1).paragraphs[0], "A further 30 credits may be taken through the University's optional "
       "module EDU7105, which is not part of the Award.")
para(doc, "The cost is kept down because the Mixing Days are held in our own studio and the blended route "
          "cuts supply cover; tutors' time is shared with the Support Service.")

h1("SECTION 10: Stability and reactivity")
h2("10.1 Stability: marking")
para(doc, "Each Assay is marked by the participant's tutor against the University's Level 7 criteria and "
          "the ingredients it tests. Moderation: [TBC with the University].")
h2("10.2 Conditions to avoid: the Glaze Panel")
para(doc, "The course team meets as the Glaze Panel after each Mixing Day to read participants' evaluations "
          "and after each Assay to review marks. Each year it also reads the external examiner's report, "
          "the University's annual monitoring report and the county's figures for SENCO retention, and "
          "writes an action plan that the Review Panel approves; changes for 2009, such as the blended route, "
          "come from this plan.")

h1("SECTION 11: Toxicological information")
h2("11.1 Effects on participants and pupils")
para(doc, "Participants complete a confidence and competence questionnaire on the Section 3 ingredients at "
          "the start and end of the course. The Field Trial requires baseline and end data for the pupils "
          "involved (attainment, attendance, and pupils' own ratings of their learning), and the course team "
          "collates these across the cohort each year. One year after completion we survey participants and "
          "headteachers about changes in provision and in pupils' progress. All three measures are reported "
          "to the Review Panel.")

h1("SECTION 12: Ecological information")
h2("12.1 Needs of schools and the authority")
para(doc, "We know from our long work with schools that SENCOs want practical training that fits around "
          "a full timetable.")
h2("12.2 Influence on the preparation")
para(doc, "Stakeholders will be invited to shape the 2009 revision of the course.")
h2("12.3 Involvement in evaluation and delivery")
para(doc, "The Review Panel (the county's Principal Officer for SEN, two headteachers, a parent "
          "representative from Morvah Parent Partnership and a former participant) meets each term, "
          "evaluates the course each July using the measures in Section 11, and approves the Glaze Panel's "
          "action plan. Headteachers act as Field Trial mentors, and Support Service staff teach on Mixing "
          "Days 1, 2 and 6.")

h1("SECTION 13: Disposal considerations")
h2("13.1 Completion")
para(doc, "The Award is made to participants whose overall mark across the two Assays is 50% or more. A "
          "mark below 40% in one Assay may be compensated by the other.")
h2("13.2 After the course")
para(doc, "Planning next steps is a matter for the participant's school and is not part of the Award.")

h1("SECTION 14: Transport information")
h2("14.1 Placements and specialist expertise")
para(doc, "Each participant spends two days on placement in a special school or resource base chosen with "
          "the tutor to fit the individual training plan; the County's special schools have agreed to host. "
          "Participants also have sessions with an educational psychologist, a speech and language "
          "therapist and the autism outreach team.")
h2("14.2 Resources")
para(doc, "Participants may use the studio library. ICT and specialist software: [TBC].")

h1("SECTION 15: Regulatory information")
h2("15.1 Validation and accreditation")
para(doc, "The Postgraduate Certificate is validated by Carrick Vale University (validation event held 9 "
          "October 2008) and is subject to its academic regulations, external examining and annual "
          "monitoring.")
h2("15.2 Staff")
table(doc, [
    ["Name", "Role", "Qualifications and experience"],
    ["Demelza Rowe", "Course leader, tutor", "MEd (Inclusive Education); SENCO in two Morvah secondary schools for 11 years; leads the studio's outreach programme"],
    ["Dr Piran Hocking", "University link tutor", "Reader in Special Education, Carrick Vale; external examiner for two SEN masters programmes"],
    ["Tamsin Vosper", "Tutor", "Educational psychologist, Morvah County Council; tutor on the county's SEN induction course"],
    ["Gwen Couch", "Tutor", "Advisory teacher for SpLD and SLCN, SEN Support Service; OCR Diploma in SpLD"],
], header_fill="C6D9F1")
para(doc, "All tutors and headteacher mentors receive the Tutor and Mentor Handbook, which sets out each "
          "role, and attend a half-day briefing before each intake on the ingredients, the Assays and the "
          "marking criteria; new tutors are paired with Dr Hocking for their first Assay.")

h1("SECTION 16: Other information")
h2("16.1 Abbreviations and test methods used in Section 3")
table(doc, [
    ["Term", "Meaning"],
    ["Assay 1", "Case File (3,000 words) on identifying and planning for two pupils; marked."],
    ["Assay 2", "Field Trial Report (5,000 words) on a change the participant leads in school and its effect on pupils; marked."],
    ["Spot test", "A short task on a Mixing Day with oral feedback; not marked."],
    ["Trace", "Present in the Mixing Day shown; no test is made."],
    ["Not determined", "Not tested this year."],
    ["\u2014", "Not present in any Mixing Day."],
], header_fill="C6D9F1")
h2("16.2 Revision history")
para(doc, "Version 1.0 (March 2008) described the pilot, which offered credit for experience through an "
          "APEL portfolio; this has been withdrawn. Version 2.0 adds the blended route and the January intake.")
h2("16.3 Declaration")
prompt("[Signature of the person responsible for placing the preparation on the market.]")
para(doc, "Demelza Rowe, course leader, for Tregarrow School of Ceramics; Dr Piran Hocking for Carrick Vale "
          "University. [TBC: Council signatory]")

fn.finish()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME)
