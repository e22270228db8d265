"""lv-02-harrier-moss-release-report

Provider (invented): Harrier Moss Raptor Trust, a birds-of-prey rescue,
rehabilitation and release centre on the Wyreshire fells, with Lunesdale
University (validating) and Wyreshire County Council, applying in November
2008 to run the National Award for SEN Coordination from February 2009.

Document kind and layout: the Trust's own Release Protocol and Post-Release
Monitoring Report (the report it writes for Natural England and its funders
after each release season), used to set out the course: the 2008 trial year
is "the 2008 trial release", the 2009 course "Release Season 2009".
Numbered Heading 1/Heading 2 sections (Licence and Site, Release Objectives,
The Cohort, Hack Days, Soft Release, Supplementary Feeding, Tracking, Fix Log,
Checks and Welfare, Staff and Kit, Review of the 2008 trial release, After
Release). A document-control table with a placeholder; a "Summary for
funders" VML text box with a blanket claim; a header and footer. House
vocabulary: participants are "the cohort" / "released SENCOs", tutors
"Release Officers", school mentors "Watchers", study days "Hack Days", the
school-based period "soft release", tutorials "supplementary feeding", the
online area "the Tracking Room", assessed tasks "Fixes" (Fix 1-5), the
outcomes table the "Fix Log". The Fix Log's values are defined in section 7,
above the log: "Visual" (marked in the Fix named), "Signal only" (taught on a
Hack Day, never marked), "No contact" (not covered this season). Merged group
rows shaded; a tracked change inside one Fix Log cell; a whole deleted
paragraph; a Word comment.

Traps (requirement ids):
- Aims only about attainment ("reading, writing and mathematics"), no
  well-being or ECM in aims (1.1 partially_met).
- Six outcomes "Signal only": 6.A2, 6.A6, 6.K2, 6.K7, 6.S1, 6.S2c
  partially_met; one "No contact" (6.A3 not_met); access arrangements absent
  from the log and the course (6.S2d not_met); so 1.9 partially_met.
- 6.K9's cell is changed by tracked change from "Signal only" to "Visual: Fix
  4" (the insertion counts: 6.K9 met).
- Prior study credited but "We do not credit experience" (2.1 partially_met).
- Assessment-only route "ran in the 2008 trial release" and "closed" (2.3
  not_met: a past arrangement).
- The Tracking Room: Release Officers answer within two working days, but
  nothing for peers and no use of ICT for teaching beyond posting notes
  (3.3 partially_met).
- Stakeholders "helped shape" the course (a general sentence), but section 11
  also names what the survey and focus groups asked for and what was built
  around it (4.1 and 4.2 met: indirect influence with the changes named);
  4.3 met (Release Review Group, evaluations, headteacher interviews).
- Resources only "well-resourced" and "all the kit a release needs" (5.6
  partially_met).
- Pupil impact measured; participants' confidence measured; but competence
  only "we expect" (5.9 partially_met).
- Award on passing the final Fix 5 "Release Report", plus the text box's
  blanket claim (6.0 partially_met; text box claim not evidence).
- Next professional targets: exit review paragraph deleted; remaining text
  only "we hope" (2.5 not_met).
- CRB checks on candidates done properly (5.3 met) although the Trust's bird
  licences are also called "checks" in the same section.
- The Trust's own "Natural England licence return" is not school
  self-evaluation.
"""
from pathlib import Path
from _lv_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
A1, D1 = "S. Halliwell", "2008-11-12T11:05:00Z"
A2, D2 = "T. Bannister", "2008-11-18T14:22:00Z"

d = new_doc(font="Arial", size=10)
header_footer(d, "Harrier Moss Raptor Trust - Release Protocol and Post-Release Monitoring Report - Season 2009",
              "Registered charity. Not for circulation beyond the approval panel. Harrier Moss, Wyreshire.")

para(d, "HARRIER MOSS RAPTOR TRUST", bold=True, size=16)
para(d, "Release Protocol and Post-Release Monitoring Report", bold=True, size=14)
para(d, "Release Season 2009: the National Award for SEN Coordination, with a review of the 2008 trial release", italic=True)
table(d, [["Document", "HMRT-RP-09 (education)"], ["Version", "2.1 for the TDA approval panel"],
          ["Licence holder", "Lunesdale University"], ["Site reference", "[site ref to follow]"],
          ["Report author", "Sarah Halliwell, Education and Release Officer"], ["Date", "18 November 2008"]],
      header_fill=None, widths=[4, 12])
para(d, "")
text_box(d, ["Summary for funders",
             "Harrier Moss has released 312 birds since 1994. In 2008 we released our first cohort of SENCOs. The "
             "release programme covers all 28 national minimum outcomes and every SENCO released has flown strongly."],
         height_pt=70)

d.add_heading("1. Licence and site", level=1)
para(d, "No bird leaves Harrier Moss without a licence, and no SENCO does either. The course is a module of "
        "Lunesdale University's Postgraduate Certificate in Inclusive Practice, validated by the University's "
        "School of Education in September 2008 as a 60-credit module at masters level (Level 7). Successful "
        "participants receive the National Award for SEN Coordination and 60 masters credits from the "
        "University. The Trust delivers the course; the University holds the award and its quality assurance.")
para(d, "The site is our Education Centre at Harrier Moss, beside the flying ground and the hospital mews, with "
        "two Hack Days a season held at the University's Lancaster Road campus.")

d.add_heading("2. Release objectives", level=1)
para(d, "Every release has a stated objective against which success is judged. For a barn owl it is a bird "
        "hunting and holding weight a month after release. For the course it is this: that pupils with special "
        "educational needs and disabilities in the released SENCOs' schools make better progress in reading, "
        "writing and mathematics than they did before their SENCO trained. The objectives of each Hack Day, the "
        "soft-release tasks and the five Fixes are written against that objective, and the Release Report at "
        "the end asks each SENCO to show the progress made by named pupils.")

d.add_heading("3. The cohort", level=1)
d.add_heading("3.1 Who is taken in", level=2)
para(d, "Twenty SENCOs form each season's cohort. They must hold Qualified Teacher Status and be in, or "
        "appointed to, a SENCO post in a maintained school in Wyreshire or a neighbouring authority, and the "
        "headteacher countersigns the application, confirming the post and release time. Sarah Halliwell and "
        "the University's module leader read every application and interview each applicant, using a short "
        "written task on a pupil case, to check that the applicant has the knowledge and classroom experience "
        "needed to benefit from the course and to reach its outcomes. Applicants who are not ready are offered "
        "a place on the county's Introduction to SEN course and a guaranteed interview for the next season.")
d.add_heading("3.2 Admission assessment", level=2)
para(d, "Every casualty that comes to Harrier Moss gets an admission assessment before anything else is done. "
        "Every SENCO gets one too. Before the first Hack Day each SENCO completes the Admission Sheet, rating "
        "themselves against each outcome in the Fix Log and giving evidence, and the SENCO's Release Officer "
        "meets them (with the Watcher, where possible) to agree an Individual Release Plan: personal targets "
        "against the outcomes where the rating was lowest, the school-based tasks that will meet them, and the "
        "optional Hack Day workshops that suit them. The plan is reviewed at each Release Officer visit.")
d.add_heading("3.3 Prior learning", level=2)
para(d, "SENCOs who have passed masters level study in SEN within the last five years may have up to 20 "
        "credits of it recognised under the University's Accreditation of Prior Learning regulations, reducing "
        "the Fixes they submit. We do not credit experience: every SENCO, however long in post, completes the "
        "course.")
para(d, "An assessment-only route, in which experienced SENCOs submitted a portfolio against the outcomes "
        "without attending, ran in the 2008 trial release for three SENCOs. It closed at the end of the trial and "
        "is not part of Release Season 2009.")
d.add_heading("3.4 Matching the course to each SENCO", level=2)
para(d, "Within the common programme, the Individual Release Plan decides the pupils and the school tasks each "
        "SENCO works on, and which optional workshops they take. The course sits inside the University's "
        "postgraduate framework, so the 60 credits count towards the PGCert in Inclusive Practice and on to the "
        "MA in Education, and the Trust keeps the fee at the level of the county's other CPD by using its own "
        "Education Centre and sharing the University's library rather than buying in.")

d.add_heading("4. Hack Days", level=1)
para(d, "A young bird at hack is fed at the hack box while it learns to fly and hunt for itself. Hack Days are "
        "the course's taught days: eight days in the season, 9.30 to 3.30. The season starts in February or, "
        "for SENCOs who cannot begin then, in September, with the same eight days in the same order run "
        "twice, and a SENCO may move between the February and September runs for any day they miss. Three of "
        "the eight days can also be taken as guided study in the Tracking Room (section 6) instead of "
        "attending.")
table(d, [["Hack Day", "Content"],
          ["1", "The SENCO's role. The SEN Code of Practice and the Education Act 1996; the Disability "
                "Discrimination Act 1995 as amended in 2005 and the disability equality duty; the DCSF's current "
                "initiatives, including the Inclusion Development Programme."],
          ["2", "How children develop and how SEN, disability and environment affect it; the common types of "
                "SEN (BESD, dyslexia and other SpLD, SLCN, ASD, MLD) and their effects on learning."],
          ["3", "Identification, target setting, interventions and review; assessments from other professionals; "
                "using national test data to track progress; formative assessment with pupils with SEN."],
          ["4", "Approaches, strategies, resources and ICT for assessment, planning and teaching; provision "
                "mapping; missing or ineffective provision."],
          ["5", "Leading others: deploying teaching assistants; coaching, mentoring and training colleagues; "
                "gaining the commitment of colleagues and senior leaders; the SENCO's voice with governors."],
          ["6", "Pupil voice: consulting pupils and involving them in planning, reviewing and evaluating their "
                "provision. Parents and carers: building fair and constructive relationships and liaising well."],
          ["7", "Working with external agencies and voluntary organisations; getting specialist support; "
                "reviewing provision with colleagues; school self-evaluation and SEN."],
          ["8", "Research and best practice; Every Child Matters and the SENCO; preparing the Release Report."]],
      widths=[2, 14.5])
para(d, "")
para(d, "A typical Hack Day runs like this. The morning opens with a short review in pairs of what each SENCO "
        "tried in school since the last day, followed by the main teaching session, led by a Release Officer or a "
        "visiting specialist, with case material drawn from Wyreshire schools and anonymised. After lunch the "
        "cohort walks down to the flying ground for the Trust's midday flying display, which the staff use, "
        "quite deliberately, as a reminder of what patient, graded and well-observed work looks like. The "
        "afternoon is given to workshops in which SENCOs apply the morning's content to a pupil or a problem from "
        "their own school, and the day ends with each SENCO writing down the task they will take back to school.")
para(d, "The Hack Days draw on recent evidence. Day 1 uses Ofsted's 2006 report Inclusion: does it matter "
        "where pupils are taught? and the Education and Skills Committee's 2006 report on SEN; Day 3 uses the "
        "DfES Removing Barriers to Achievement strategy; Day 4 uses the National Strategies' materials on "
        "provision mapping and the 2008 Bercow Review of services for children with speech, language and "
        "communication needs. Each reading list is revised by the Release Officers every summer.")
para(d, "Hack Day 6 trains SENCOs to consult pupils: each SENCO plans and carries out structured interviews with "
        "three pupils with SEN about their provision, using visual and symbol supports where needed, and brings "
        "the results back to the day. The same day trains SENCOs in working with parents, by role-play of a "
        "difficult review meeting, and Day 5 and Day 7 train them to advise and support colleagues in school "
        "and to work with SENCOs and services beyond it.")

d.add_heading("5. Soft release", level=1)
para(d, "A soft release keeps a bird close to the site and supported while it finds its own food. Between "
        "Hack Days each SENCO is on soft release in their own school, with a Watcher: an experienced SENCO from "
        "another school, trained by the Trust, who meets the SENCO twice a term and observes them at work once "
        "a term. Each Fix is built on work carried out in school and must show a change in the SENCO's own "
        "practice and its effect on pupils, so every SENCO leaves the course having changed practice in their "
        "school.")
para(d, "Every SENCO also spends two days at a partner site: one day at Fellgate Special School and one day "
        "with either the county's Specialist Teaching Service or the Lunesdale Child Development Centre, chosen "
        "in the Individual Release Plan. Partner sites were chosen by the county's SEN manager for the quality of "
        "their practice, and each has a named host. Specialists from the educational psychology service, the "
        "speech and language therapy service and the sensory support service teach on Hack Days 2, 4 and 7.")

d.add_heading("6. Supplementary feeding", level=1)
para(d, "Birds on soft release are fed at the hack box until they no longer need it. SENCOs are fed too. Each "
        "SENCO has three one-to-one tutorials with their Release Officer, in school or by telephone, and can "
        "email the Release Officer at any time. The course's online area, the Tracking Room, on the "
        "University's virtual learning environment, holds the Hack Day notes and readings and the guided study "
        "for the three optional days, and questions posted there are answered by a Release Officer within two "
        "working days.")

d.add_heading("7. Tracking", level=1)
para(d, "Released birds carry a tail-mounted transmitter. We track them by radio and, when we can, by sight: a "
        "visual fix tells us far more than a signal. Assessment on the course is named the same way.")
para(d, "There are five Fixes. Fix 1: a case study of a pupil, with the assessments of other professionals. "
        "Fix 2: an intervention with baseline and follow-up measures, tracked with national test and teacher "
        "assessment data. Fix 3: a provision map for the school with a plan for deploying support staff. Fix 4: "
        "a record of work with parents and with outside agencies for two pupils, with the pupil interviews "
        "from Hack Day 6. Fix 5: the Release Report, a 4,000-word reflective report on the year. Each Fix is "
        "marked by the Release Officer against the outcomes the Fix Log assigns to it, all Fixes are second "
        "marked blind by a University tutor, and the University's external examiner samples and moderates each "
        "season's marks at an exam board in July.")
para(d, "In the Fix Log that follows, the last column says how we know the SENCO has the outcome:")
para(d, "Visual: marked in the Fix named.", style="List Bullet")
para(d, "Signal only: taught on a Hack Day, but no Fix marks it; we know it is there, as we know a bird is on the "
        "fell by its signal, but we have not seen it.", style="List Bullet")
para(d, "No contact: not covered in Release Season 2009.", style="List Bullet")
para(d, "A SENCO is released, and receives the Award, when the Release Report (Fix 5) is passed.")

d.add_heading("8. Fix Log", level=1)
rows = [["Ref", "The outcome, as the Trust writes it", "Hack Day", "How we know"],
        ["TEMPERAMENT", None, None, None],
        ["T1", "Relationships with pupils with SEN and their parents that are fair, respectful and supportive", "6", "Visual: Fix 4"],
        ["T2", "Bringing colleagues, the head and senior leaders on board", "5", "Signal only"],
        ["T3", "Prioritising, time management, delegation", "-", "No contact"],
        ["T4", "Anticipating problems, resolving them, good judgement about provision", "4", "Visual: Fix 3"],
        ["T5", "Clear speech and writing; listening to others", "6", "Visual: Fix 4, Fix 5"],
        ["T6", "Research and outside advice used to improve practice", "8", "Signal only"],
        ["T7", "Keeping up to date; taking charge of own CPD", "8", "Visual: Fix 5"],
        ["FIELD KNOWLEDGE", None, None, None],
        ["F1", "SEN law, the Code of Practice, and how to put them into practice", "1", "Visual: Fix 1"],
        ["F2", "Every Child Matters and the SENCO's part in it", "8", "Signal only"],
        ["F3", "Disability equality law and what it requires", "1", "Visual: Fix 1"],
        ["F4", "Child development and the effect of SEN, disability and environment", "2", "Visual: Fix 1"],
        ["F5", "Common types of SEN and their effect on learning", "2", "Visual: Fix 1"],
        ["F6", "Approaches, strategies and resources for assessment, planning and teaching, with ICT", "4", "Visual: Fix 2"],
        ["F7", "School self-evaluation and improvement for SEN", "7", "Signal only"],
        ["F8", "Best practice and research in meeting SEN", "8", "Visual: Fix 5"],
        ["F9", "External agencies and how to get specialist support", "7", None],
        ["FIELDCRAFT", None, None, None],
        ["C1", "With senior colleagues and governors, shaping an inclusive ethos, policy and resources", "5", "Signal only"],
        ["C2", "Identifying pupils, setting challenging targets, planning interventions, reviewing progress", "3", "Visual: Fix 1, Fix 2"],
        ["C2a", "Using other professionals' assessments to plan teaching", "3", "Visual: Fix 1"],
        ["C2b", "Using summative data and national tests to track and adjust", "3", "Visual: Fix 2"],
        ["C2c", "Encouraging teachers to use formative assessment for pupils with SEN", "3", "Signal only"],
        ["C3", "Provision mapping; spotting ineffective or missing provision", "4", "Visual: Fix 3"],
        ["C4", "Deploying and managing staff", "5", "Visual: Fix 3"],
        ["C5", "Supporting colleagues' development: observation, feedback, coaching, training", "5", "Visual: Fix 3"],
        ["C6", "Reviewing provision with colleagues to inform self-evaluation", "7", "Visual: Fix 3"],
        ["C7", "Pupils involved in planning, agreeing and reviewing their provision", "6", "Visual: Fix 4"],
        ["C8", "Liaising with parents and carers", "6", "Visual: Fix 4"],
        ["C9", "Partnership with other services, agencies and voluntary organisations", "7", "Visual: Fix 4"]]
t = table(d, rows, widths=[1.4, 10.5, 1.6, 3])
for i, row in enumerate(rows):
    if row[1] is None:
        c = t.cell(i, 0).merge(t.cell(i, 3))
        c.text = row[0]
        c.paragraphs[0].runs[0].bold = True
        shade_cell(c, "C6D9B4")
fp = t.cell(18, 3).paragraphs[0]
dele(fp, "Signal only", A2, D2)
ins(fp, "Visual: Fix 4", A2, D2)
para(d, "")
p = para(d, "Outcomes marked Signal only are revisited with each SENCO at the tutorials.")
d.add_comment(p.runs, "Could T2 and C1 go into Fix 3? Discuss with Lunesdale before the panel.", author=A1, initials="SH")

d.add_heading("9. Checks and welfare", level=1)
para(d, "Every bird we hold is checked against its Article 10 certificate and ring number, and our licence "
        "returns go to Natural England each January. The checks on people are as careful. No SENCO is admitted "
        "until the Trust has seen the original of a current enhanced CRB disclosure, issued within the last "
        "three years, and confirmed with the headteacher, in the countersigned application, that the school's "
        "own pre-employment checks (identity, qualifications, references and List 99) are complete. Sarah "
        "Halliwell records the disclosure number and date on the cohort register; a SENCO whose disclosure "
        "expires during the course must renew it before the next soft-release visit.")
para(d, "The application form asks every applicant whether they have a disability or a need we should plan "
        "for, and says why we ask. Where one is disclosed, the Release Officer agrees reasonable adjustments "
        "with the SENCO before the first Hack Day: materials in other formats, a hearing loop (fitted in the "
        "Education Centre), a quiet room, extended deadlines or alternative formats for Fixes, and accessible "
        "arrangements for partner-site visits. The Education Centre and flying ground paths are step-free, and "
        "the Trust's equality policy, reviewed each year by the trustees, covers race, disability and gender "
        "in recruitment, teaching and assessment.")

d.add_heading("10. Staff and kit", level=1)
para(d, "Sarah Halliwell, Education and Release Officer, was SENCO of a Wyreshire primary school for nine years "
        "and holds the OCR Diploma in specific learning difficulties and an MEd in Special Needs. The second "
        "Release Officer, Tom Bannister, is a former head of learning support in a secondary school and a "
        "county SEN adviser, now working two days a week for the Trust. The University's module leader, Dr "
        "Priya Nandra, researches inclusion and provision mapping. All three teach in schools each term and "
        "belong to the county SENCO forum and nasen.")
para(d, "The Trust's Release Handbook sets out the roles of Release Officers, Watchers, partner-site hosts and "
        "the University tutors, and how each carries them out; Watchers and hosts are trained at a Watchers' "
        "Day each January, and the module leader meets every Release Officer each term to review their marking "
        "and tutorial records.")
para(d, "Harrier Moss is a well-resourced centre with all the kit a release needs, and SENCOs will find "
        "everything they need for the course here.")

d.add_heading("11. Review of the 2008 trial release", level=1)
para(d, "After every release season we review what happened to every bird, and what we would do differently. "
        "The 2008 trial release had twelve SENCOs; eleven completed.")
para(d, "Before the trial we surveyed every Wyreshire school (143 replies) and held two focus groups with SENCOs "
        "and one with the county's Parent Partnership. Schools asked for work done in the SENCO's own school, "
        "for a second start date for SENCOs appointed mid-year, and for help with provision mapping; parents "
        "asked for better help from SENCOs at review meetings. The course was designed around those needs: "
        "soft release in school, a September run, a Hack Day on provision mapping and the parent role-play.")
para(d, "Headteachers, SENCOs, parents and the county's SEN team helped shape the course during the trial and "
        "their views were taken into account.")
para(d, "For Release Season 2009, stakeholders are involved throughout: two headteachers and a parent from the "
        "Parent Partnership sit on the Release Review Group, which reads every evaluation and the exam board "
        "report each July and agrees the changes for the next season; Watchers and partner-site hosts complete "
        "an evaluation at the end of each run; and headteachers of the SENCOs' schools are interviewed by "
        "telephone six months after the course ends about its effect in school.")
para(d, "What the trial taught us. Three things stood out. First, the SENCOs who did best were those whose "
        "Watchers visited early, so Watchers now make their first visit within three weeks of the first Hack Day. "
        "Second, the provision mapping day came too late in the first run to help with Fix 3 and has been moved "
        "from Day 6 to Day 4. Third, several SENCOs told us that the drive to Harrier Moss in February snow was the "
        "hardest part of the course, which is one reason for the September run. Of the eleven SENCOs who "
        "completed, nine passed every Fix at the first attempt and two after resubmission; the external examiner "
        "described the Release Reports as grounded in real change in schools.")
para(d, "Release records. For every bird we keep a record from admission to the last fix, and for every SENCO we "
        "keep the same: the Admission Sheet, the Individual Release Plan and its reviews, the Watcher's visit notes, "
        "tutorial notes, Fix marks and feedback, and the Release Report. The records are held by the University "
        "under its data protection policy and are open to the SENCO at any time.")
para(d, "Quality is judged in several ways. Internally: an evaluation at every Hack Day, the Release Officers' "
        "review after each run, second marking and the Release Review Group. Externally: the University's "
        "annual module review, the external examiner's report, and a day's observation each season by the "
        "county's SEN adviser. Each July the Release Review Group sets an action plan from this evidence, "
        "and the Trust's trustees receive it.")
para(d, "Impact. SENCOs rate their confidence against the Fix Log outcomes on the Admission Sheet and again at "
        "the end of the course. Fix 2 requires baseline and follow-up measures of reading or mathematics for "
        "the pupils in the intervention, and the Release Officers collate these across the cohort each year. "
        "We expect SENCOs' competence to grow with their confidence.")

d.add_heading("12. After release", level=1)
para(d, "A bird that has been released is not forgotten; we go on tracking it until the transmitter drops.")
deleted_paragraph(d, "At a one-to-one exit review after Fix 5, each SENCO agrees with their Release Officer the "
                     "next professional targets for the two years after the course.", A2, D2)
para(d, "We hope that released SENCOs will go on to further study and to leading SEN beyond their own school, "
        "and we would welcome hearing from them.")
para(d, "")
para(d, "Sarah Halliwell, for the Harrier Moss Raptor Trust and Lunesdale University", italic=True)

d.save(OUT)
print("wrote", OUT)
