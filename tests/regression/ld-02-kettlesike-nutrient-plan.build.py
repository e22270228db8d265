"""ld-02-kettlesike-nutrient-plan

Provider (invented): Uplands Schools CPD, the school-staff training arm of the Uplands
Land-based Colleges Co-operative (Bleasdale College, Tarnhow Agricultural College and Cold
Keld Hill Farm Training Centre), with Northfield University.  Course: the Kettlesike SENCo
Award (National Award for SEN Coordination), 2008-09.

Document kind and layout: the application is written on the co-operative's own Whole-Farm
Nutrient Management Plan template (the form its colleges teach farmers to fill in under the
Code of Good Agricultural Practice), with the course as the "holding".  Steps 1-8 of the
template, its grey italic guidance prompts left in ("[Guidance: ...]"); a Holding Details
form table with label cells; a table of Plan Terms (Grower = participant, Agronomist =
tutor, Holding = the grower's own school, Spreading Day SD1-SD8 = taught day, Soil Sample
S1-S4 = marked assessment, Leaf Test = unmarked online check, Field Walk = school-based
task, Fields F01-F28 = the outcomes); a Field Register (Field No. | Field (in our words) |
Applied on | Sampled at) grouped by Ground in merged rows, whose values are defined in
"How to read the Field Register" above it; a Sampling Schedule; a Risk Assessment table;
a Records and Review step; a neighbouring farm's arrangement; header and footer.  Tracked
changes: a whole inserted paragraph (the soil-test-only route), a deleted sentence, and a
cell change in the Field Register.  One Word comment.  Placeholders "[TBC]" and "[  ]".

Traps (requirement ids):
- Credits left as a placeholder "[ ] credits" (E.2 partially_met); masters level stated.
- Research and inspection only claimed in general (1.3 partially_met).
- Advising colleagues beyond the school is "the job of the county's Learning Support Service" (1.6 partially_met).
- Improvement Plan "need not be carried out" during the course; impact only hoped for (1.8 partially_met).
- Leaf-test-only and Not-in-rotation fields: not all outcomes assessed (1.9 partially_met).
- Prior certificated study credited but "We do not give credit for experience" (2.1 partially_met).
- Soil-test-only route exists only in a tracked INSERTED paragraph (2.3 met).
- Next-season targets: our own sentence is a tracked deletion; what remains is a wish ("may wish to
  think") and the neighbour Low Skelgill's arrangement (2.5 not_met).
- Disability duties asserted in general, no arrangement (3.1 partially_met).
- Stakeholder needs "well known to us" without evidence (4.1 partially_met); 4.2 and 4.3 are concrete (met).
- Entry open to any qualified teacher with head's support, no check of prior knowledge (5.2 partially_met).
- Candidates' CRB is checked properly by the Safeguarding Officer (5.3 met: not a trap).
- Resources partly "[TBC]" (5.6 partially_met); Holding Mentor guide "is being written" (5.7 partially_met).
- Impact only intended "in due course"; comment asks whether pupils' progress is measured (5.9 not_met).
- Award on attendance plus Soil Sample 4; "may still be awarded" without every Field (6.0 not_met).
- "Leaf test only" (defined as unmarked, not counting) on F-rows for A2 and K9 (6.A2, 6.K9 partially_met);
  S2b's Sampled at cell changed from "S2" to "Leaf test only" by tracked change (6.S2b partially_met).
- "-" in Applied on = no Spreading Day teaches it, sampled only (6.S5 partially_met).
- "Not in rotation" for disability equality law (6.K3 not_met); research/outside advice outcome absent (6.A6 not_met).
- The 2007-08 pilot, in which every Leaf test was marked, is a past arrangement (does not lift the Leaf-test rows).
"""
from pathlib import Path
import sys
sys.path.insert(0, str(Path(__file__).parent))
from _ld_helpers import *
from docx.shared import RGBColor

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
doc = new_doc("Uplands Land-based Colleges Co-operative  -  Whole-Farm Nutrient Management Plan (template NMP-3)",
              "NMP-3 template (c) Uplands Land-based Colleges Co-operative. Prepared under the Code of Good Agricultural Practice.",
              font="Arial", size=10)


def prompt(text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return p


para(doc, "WHOLE-FARM NUTRIENT MANAGEMENT PLAN", bold=True, size=16)
para(doc, "Holding: the Kettlesike SENCo Award  |  Plan year: 2008-09  |  Version 3", bold=True)
prompt("[Guidance: complete every step. Where a step does not apply to your holding write N/A. Keep this plan with your farm records for six years.]")

para(doc, "STEP 1. HOLDING DETAILS", bold=True, shade="E2EFD9")
prompt("[Guidance: give the holding name, the CPH number, the occupier and the adviser who prepared the plan.]")
table(doc, [["Holding name", "The Kettlesike SENCo Award (National Award for SEN Coordination)"],
            ["Occupier", "Uplands Schools CPD, the school-staff training arm of the Uplands Land-based Colleges Co-operative (Bleasdale College, Tarnhow Agricultural College, Cold Keld Hill Farm Training Centre)"],
            ["Landlord (accrediting body)", "Northfield University, School of Education. The University has agreed to accredit the Award as a module of its MA in Inclusive Education and will award the credit."],
            ["Size of holding", "Validated at Level 7 (masters level) for [ ] credits, to be confirmed at the University's validation panel in January 2009."],
            ["Plan prepared by", "Mrs Ruth Bainbridge, Programme Lead, and the Agronomists of the Award"],
            ["CPH number", "N/A"]], head_fill=None, bold_head=False)
para(doc)

para(doc, "PLAN TERMS", bold=True)
para(doc, "Our colleges have taught this plan to farmers for twenty years and our tutors use its words every day, so we have kept them. This is what each means for the Award.")
table(doc, [["Plan term", "In the Kettlesike Award"],
            ["Grower", "A teacher on the Award: a SENCo, or a teacher the governing body has named to become SENCo."],
            ["Holding", "The grower's own school."],
            ["Agronomist", "A tutor of the Award. Each grower has one Agronomist for the year."],
            ["Holding Mentor", "A senior colleague in the grower's school who meets the grower each half term."],
            ["Spreading Day (SD1 to SD8)", "A taught day at Bleasdale or Tarnhow. SD5 is a choice of four option days, SD5a to SD5d."],
            ["Field Walk", "A task the grower carries out in the holding between Spreading Days."],
            ["Soil Sample (S1 to S4)", "A marked assessment, double-marked and moderated."],
            ["Leaf Test", "A short online check on the Farm Office after a Spreading Day. The Agronomist writes feedback; it is not marked."],
            ["Field (F01 to F28)", "Something every grower must be able to do or know by the end of the Award."],
            ["The Rotation", "The Award's year from the Baseline Soil Test to the Final Soil Record."],
            ["The Farm Office", "The co-operative's Moodle site."]])
para(doc)

para(doc, "STEP 2. WHAT THE HOLDING IS FOR", bold=True, shade="E2EFD9")
prompt("[Guidance: state the objectives of the plan: yield, quality, protection of water and soil.]")
para(doc, "The Kettlesike Award exists to raise the achievement of children and young people with special educational needs and disabilities in upland schools and to improve their well-being in all five Every Child Matters outcomes: being healthy, staying safe, enjoying and achieving, making a positive contribution and achieving economic well-being. Its objectives, its Spreading Days and its Soil Samples are each written against those two ends: every Soil Sample asks the grower to show what difference the work made to the achievement or the well-being of particular pupils.")
para(doc, "The Rotation is grounded in current research and the latest inspection findings on special educational needs and disability, and our Agronomists keep it up to date.")
para(doc, "The Uplands Land-based Colleges Co-operative was formed in 1994 when three colleges that had trained the sons and daughters of hill farmers for a century found that they could not each afford a full staff of lecturers for the few hundred students they had between them. They pooled their teaching, their farms and their libraries. Uplands Schools CPD grew out of the short courses the colleges ran for village primary schools on outdoor learning and food, and since 2003 it has run accredited courses for teaching assistants and for teachers in the small schools of the upper dales. We have written this application on the nutrient management plan that every one of our farm students learns to complete in their first term, because the plan's logic is the logic of the Award: know your ground, test it, feed what it lacks, sample it to see whether the feeding worked, and keep the record.")
para(doc, "The Programme Board is chaired by the Principal of Tarnhow Agricultural College and has on it the three Agronomists, the co-operative's Quality Manager and the University's link tutor for the MA in Inclusive Education. It meets each term and owns this plan.")
para(doc, "The upland schools we serve are small, far apart and often have a SENCo who teaches full time. The needs of these schools are well known to our colleges, whose staff live among them, and the Award has been shaped to meet them.")
para(doc, "In the 2007-08 pilot the county's Head of Inclusion asked us to add a day on provision mapping and on the deployment of teaching assistants, and the pilot growers asked for Soil Sample 2 to be moved earlier so that it did not fall in the test season. Both changes were made for 2008-09: SD4 is now the provision mapping day and S2 is due in February. The parent partnership officer told the pilot that growers were not ready for annual reviews, and SD6 now includes a mock review with a parent who has agreed to take part.")

para(doc, "STEP 3. BASELINE SOIL TEST AND GROWER'S NUTRIENT PLAN", bold=True, shade="E2EFD9")
prompt("[Guidance: record the date and laboratory of the last soil analysis for every field, with pH, P, K and Mg indices.]")
para(doc, "The Award is open to any qualified teacher whose headteacher supports the application in writing.")
para(doc, "Before SD1 every grower completes the Baseline Soil Test: a self-assessment against all twenty-eight Fields, with a short piece of evidence for each Field the grower rates as strong, and a page from the headteacher on the holding's priorities for SEN. The grower's Agronomist reads it and meets the grower for an hour. Together they write the Grower's Nutrient Plan, which names the grower's weakest Fields, the option day (SD5a to SD5d) and the Field Walks that suit the holding, and two or three personal outcomes for the grower, set in the grower's own words and checked at the Final Soil Record.")
para(doc, "A grower who has passed study at Level 7 in special educational needs at another university in the last five years may have up to 20 credits recognised by the University's accreditation of prior certificated learning procedure. We do not give credit for experience.")
inserted_paragraph(doc, "Soil-test-only route. In exceptional circumstances a grower who has been a SENCo for at least three years and whose Baseline Soil Test shows strong evidence on most Fields may, with the agreement of the Programme Board, follow a soil-test-only route: the grower does not attend the Spreading Days but submits all four Soil Samples and the Final Soil Record, meets the Agronomist three times, and is assessed against every Field exactly as other growers are.",
                   author="R. Bainbridge", date="2008-11-05T10:15:00Z")

para(doc, "STEP 4. FIELD REGISTER", bold=True, shade="E2EFD9")
prompt("[Guidance: list every field on the holding with its number, area, cropping and the nutrients applied. Mark fields in NVZs with an asterisk.]")
para(doc, "How to read the Field Register", bold=True)
para(doc, "Applied on names the Spreading Day on which the Field is taught. A dash in Applied on means no Spreading Day teaches the Field; the grower covers it through the set reading, and it is sampled at the Soil Sample shown.")
para(doc, "Sampled at names the Soil Sample in which the Field is marked. Leaf test only means the Field is checked by a Leaf Test on the Farm Office, with written feedback from the Agronomist; it is not marked and it does not count towards the Award. In the 2007-08 pilot every Leaf Test was marked and counted, but that stopped when the pilot ended.")
para(doc, "Not in rotation means the Field is neither taught nor sampled in 2008-09.")
rows = [["Field No.", "Field (what the grower will be able to do or know, in our words)", "Applied on", "Sampled at"],
        ["THE KNOWLEDGE GROUND", "", "", ""],
        ["F01", "The SEN law, the SEN Code of Practice and the guidance that goes with it, what they mean for a school and how to make them work", "SD1", "S1"],
        ["F02", "Every Child Matters: its principles, its five outcomes and the SENCo's part in delivering them", "SD1", "S1"],
        ["F03", "The law on disability equality and what it requires a school to do", "Not in rotation", "Not in rotation"],
        ["F04", "How children develop, and how special needs, disabilities and the child's surroundings shape that development", "SD2", "S2"],
        ["F05", "The common kinds of need: BESD, SpLD and dyslexia, SLCN, ASD and MLD, and how each affects learning", "SD2", "S2"],
        ["F06", "A critical understanding of ways to assess, plan, teach and support learning, including ICT", "SD3", "S2"],
        ["F07", "How a school evaluates itself and improves outcomes for pupils with SEN", "SD7", "S3"],
        ["F08", "Best practice and the findings of research on meeting special educational needs", "SD3", "S2"],
        ["F09", "What external agencies do and how to get specialist support and resources from them", "SD6", "Leaf test only"],
        ["THE SKILLS GROUND", "", "", ""],
        ["F10", "Working with the head and governors to shape an inclusive ethos, policy, priorities and the use of resources", "SD7", "S3"],
        ["F11", "Identifying pupils who may have SEN, setting challenging targets, planning interventions and reviewing progress", "SD3", "S2"],
        ["F12", "Using assessments from psychologists, therapists and other professionals to shape teaching", "SD2", "S2"],
        ["F13", "Using summative assessment, national tests included, to track progress and adjust programmes", "SD3", None],
        ["F14", "Encouraging colleagues to use formative assessment with pupils with SEN", "SD4", "S3"],
        ["F15", "Spotting in good time which pupils need special arrangements for national tests and exams, and putting them in place", "SD3", "S2"],
        ["F16", "Provision mapping and management, and finding provision that is missing or not working", "SD4", "S3"],
        ["F17", "Deploying and managing teaching assistants and other staff", "SD4", "S3"],
        ["F18", "Developing colleagues through observation and feedback, modelling, coaching, mentoring and training", "-", "S3"],
        ["F19", "Reviewing the effectiveness of provision with other staff so that it informs the school's self-evaluation", "SD7", "S3"],
        ["F20", "Making sure pupils take part in planning, agreeing, reviewing and evaluating their own provision", "SD6", "S4"],
        ["F21", "Working with parents and carers", "SD6", "S4"],
        ["F22", "Working in partnership with other services and agencies, voluntary bodies included", "SD6", "S4"],
        ["THE GROWER'S OWN GROUND", "", "", ""],
        ["F23", "Relationships with pupils with SEN and their families that are fair, respectful, supportive and constructive", "SD6", "S4"],
        ["F24", "Winning the commitment of colleagues, the headteacher and senior leaders", "SD7", "Leaf test only"],
        ["F25", "Prioritising, managing time and delegating sensibly", "SD8", "S4"],
        ["F26", "Anticipating and solving problems and making well-founded decisions about provision", "SD4", "S3"],
        ["F27", "Speaking and writing clearly, and listening to and understanding other people's views", "SD6", "S4"],
        ["F28", "Keeping up to date and taking responsibility for own professional development in SEN", "SD8", "S4"]]
t = table(doc, [[c if c is not None else "" for c in r] for r in rows], head_fill="C5E0B3")
for i, r in enumerate(rows):
    if i > 0 and r[1] == "":
        merge_row(t, i, r[0], fill="E2EFD9")
    if r[3] is None:
        cp = t.cell(i, 3).paragraphs[0]
        dele(cp, "S2", author="P. Lowther", date="2008-11-12T14:40:00Z")
        ins(cp, "Leaf test only", author="P. Lowther", date="2008-11-12T14:40:00Z")
para(doc)

para(doc, "STEP 5. APPLICATIONS: THE SPREADING DAYS AND FIELD WALKS", bold=True, shade="E2EFD9")
prompt("[Guidance: for each field give the product, the rate, the timing and the method of application. Do not spread on frozen or waterlogged ground.]")
sd = [
 ("SD1 (September). The lie of the land.", "The Education Act 1996, the SEN Code of Practice 2001 and its Toolkit, and Removing Barriers to Achievement; Every Child Matters, the Children Act 2004 and the common assessment framework. Growers compare their school's SEN policy with the Code. Field Walk 1: interview the headteacher about how the school meets its duties under the Code."),
 ("SD2 (October). Knowing the crop.", "Child development from birth to adolescence and how disability, special needs, home and school affect it; the common kinds of need taught by an educational psychologist, a speech and language therapist and the county's autism outreach teacher; reading professionals' reports. Field Walk 2: shadow one pupil for a morning and write up what the reports say and what the classroom shows."),
 ("SD3 (November). Testing and feeding.", "Identifying need, setting targets, planning interventions and reviewing progress; tracking with P scales, optional tests and national tests; access arrangements for key stage tests and GCSE, and the timetable for applying; the research on what works for literacy, numeracy and behaviour; ICT for access and learning. Field Walk 3: audit the holding's access arrangements for this year's tests."),
 ("SD4 (December). Mapping the holding.", "Provision mapping and costing; finding provision that is missing or not working; deploying and managing teaching assistants; formative assessment with pupils with SEN and how to help colleagues use it; solving the problems that come up in a SENCo's week. Field Walk 4: build and cost the holding's provision map."),
 ("SD5a to SD5d (January). Option days.", "Each grower chooses one: SD5a early years; SD5b secondary and transition; SD5c small rural schools and federations; SD5d behaviour and attendance. The Grower's Nutrient Plan says which is chosen and why."),
 ("SD6 (February). Neighbours and families.", "Relationships with pupils and families; a mock annual review with a parent who has agreed to take part; pupil participation in target setting and review, with pupil conferencing practised in pairs; speaking and writing for different audiences and active listening; the work of educational psychology, health, social care, Connexions and voluntary organisations. Field Walk 5: run a pupil conference and a parent meeting and write them up."),
 ("SD7 (March). The farm business.", "Working with the head and governors on ethos, policy, priorities and budget; winning the commitment of colleagues; reviewing provision with staff and feeding the school's self-evaluation form. Field Walk 6: lead a review of one intervention with the staff who deliver it."),
 ("SD8 (May). Planning the next rotation.", "The SENCo's own workload, priorities and delegation; keeping up to date and planning one's own professional development. Growers bring their Improvement Plan for a last check."),
]
for h, b in sd:
    runs(doc, [(h + " ", "b"), (b, "")])
para(doc, "Growers in the holding's own school are asked to support and advise their colleagues through Field Walks 4 and 6. Advising colleagues in other schools is the job of the county's Learning Support Service, not of the grower, and the Award does not cover it.")
para(doc, "Each Spreading Day is held twice, once at Bleasdale and once at Tarnhow a week later, and a grower may go to either. There are two intakes, in September and January; the January intake takes SD5 to SD8 first and SD1 to SD4 in the autumn. The Award is part-time throughout and can be spread over two years.")
para(doc, "The Farm Office holds every Spreading Day's materials, the Leaf Tests and a discussion group for each intake where growers share Field Walk write-ups between Spreading Days. Each Agronomist answers growers' questions on the Farm Office and by email within three working days, and holds an online surgery on the Thursday evening before each Soil Sample is due. Growers who cannot get to a Spreading Day follow it on the Farm Office, where the session is recorded.")
para(doc, "Field Walk write-ups follow one pattern, taken from the field walk record our farm students keep: what I went to look at, what I saw, what the records said, what I changed or recommended, and what I will look for next time. Each is no more than two sides and is read by the Agronomist before the next Spreading Day; the Agronomist writes two or three lines back on the Farm Office. The Holding Mentor signs each write-up to show it was done in the holding.")
para(doc, "The fee for the Award is £650, which covers all Spreading Days, materials and the Farm Office. Groups are no larger than fourteen, so the Agronomist knows every grower's holding.")

para(doc, "STEP 6. SAMPLING SCHEDULE", bold=True, shade="E2EFD9")
prompt("[Guidance: sample every field every three to five years. Take 25 cores per field in a W pattern, to 7.5 cm for grassland and 15 cm for arable.]")
table(doc, [["Sample", "What the grower submits", "Due", "Marked by"],
            ["S1", "A 2,500-word review of the holding's SEN policy and practice against the law and the Every Child Matters outcomes", "November", "Agronomist and second marker"],
            ["S2", "A case study of one pupil: identification, targets, assessments from other professionals, interventions, review and the pupil's progress in achievement and well-being", "February", "Agronomist and second marker"],
            ["S3", "An Improvement Plan for SEN provision in the holding, built on the provision map and a review with staff, with the outcomes for pupils it is meant to bring", "April", "Agronomist and second marker"],
            ["S4", "A portfolio of Field Walks 5 and 6 with a reflective commentary and a 30-minute professional discussion", "June", "Two Agronomists"]])
para(doc)
para(doc, "The Improvement Plan written for Soil Sample 3 need not be carried out during the Rotation; we hope growers will see a difference in their holdings in the following year.")
para(doc, "Every Soil Sample is marked by the grower's Agronomist and second-marked by another Agronomist against the same grid. Samples from every marker, with all fails and borderlines, go to a moderation meeting in June and then to the University's external examiner, Dr Colin Hebblethwaite, who samples the work and attends the Board of Examiners.")
para(doc, "The award is made on attendance at seven of the eight Spreading Days and a pass in Soil Sample 4. A grower who has not sampled every Field may still be awarded.")

para(doc, "STEP 7. RISK ASSESSMENT", bold=True, shade="E2EFD9")
prompt("[Guidance: identify every risk of nutrient loss to water and the control you will use. Include distance to watercourses, boreholes and springs.]")
table(doc, [["Risk", "Control"],
            ["Grower not safe to work with children", "The Colleges' Safeguarding Officer checks each grower's enhanced CRB disclosure (number and date of issue) with the employing authority before SD1. No grower begins without a current enhanced disclosure; the check is logged on the grower's record."],
            ["Grower disadvantaged by a disability", "We comply fully with the Disability Discrimination Act and treat every grower equally."],
            ["Agronomist out of date", "Every Agronomist is a qualified teacher and former SENCo holding an MA or higher in special or inclusive education: Mrs Ruth Bainbridge (former county SEN adviser, MA SEN), Mr Peter Lowther (SENCo at a Tarnhow high school until 2007, Postgraduate Diploma in Dyslexia), Dr Sian Iveson (educational psychologist, DEdPsy). Each spends at least six days a year in schools and attends the county SENCo forum."],
            ["Growers see nothing outside their own holding", "Every grower spends one day in Fellbeck Special School or the Kirkby Pupil Referral Unit, arranged by us, with a set task on how that setting meets need. Specialists from the educational psychology service, speech and language therapy and the autism outreach team teach at SD2 and SD6."],
            ["Not enough resources", "Each college library holds the SEN collection. Assistive technology and ICT suite: [TBC]. Library budget for 2008-09: [TBC]."],
            ["Agronomists and mentors unsure of their role", "Agronomists attend a two-day induction and use the Agronomists' Handbook, which sets out teaching, marking and second-marking duties. A guide for Holding Mentors on their role is being written."]])
para(doc)

para(doc, "STEP 8. RECORDS AND REVIEW", bold=True, shade="E2EFD9")
prompt("[Guidance: keep records of all applications of manure and fertiliser. Review the plan every year and after any change in cropping.]")
para(doc, "Every Spreading Day is evaluated by the growers on the day and on the Farm Office a week later. The Agronomists meet after every Spreading Day to read the evaluations and change the next day's plan. The external examiner's annual report, the University's annual monitoring of the module, and a peer observation of each Agronomist each year are read at the Programme Board in July, which records what will change and checks the next year that it did.")
para(doc, "The Holding Reference Group meets in October and in June. It has four headteachers of upland schools, two growers from the previous year, the parent partnership officer and the county's Head of Inclusion. It reads the evaluations and the external examiner's report, visits one Spreading Day each year, and gives the Programme Board its own judgement on the Award and what should change; the Programme Board must answer it in writing.")
p = para(doc, "We will look at ways to measure the effect of the Award on growers and on pupils in due course.")
comment(doc, p, "Do we actually measure pupils' progress anywhere? The Reference Group asked. PL", author="P. Lowther", initials="PL")
p = para(doc, "When a grower finishes the Rotation, growers may wish to think about what comes next. ")
dele(p, "Every grower leaves with a Next Season plan, agreed with the Agronomist, setting professional targets for the following two years.", author="R. Bainbridge", date="2008-11-05T10:20:00Z")
para(doc, "Our neighbours at Low Skelgill Training Farm give their own SENCo growers a Next Season plan with professional targets at the last session, and some of our Agronomists have seen it work well there.")

para(doc, "DECLARATION", bold=True, shade="E2EFD9")
prompt("[Guidance: the occupier must sign and date the plan.]")
para(doc, "Signed: R. Bainbridge, Programme Lead, Uplands Schools CPD. Date: 14 November 2008.")
doc.save(OUT)
print("wrote", OUT)
