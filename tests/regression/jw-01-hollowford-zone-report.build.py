"""jw-01-hollowford-zone-report

Provider (invented): the Hollowford Water Discovery Centre, the education and visitor
centre of Severnbrook Water plc at Hollowford Reservoir, with the University of
Wessingham School of Education, which validates the award. January 2009.

Document kind and layout: the course written up as the water company's annual customer
"Supply Zone Report" (the drinking water quality report every customer receives), a
format the Centre uses for all its programmes. Cover lines, a "Terms used in this report"
key in a shaded one-cell table (zone = the course, treatment stage = module, regulatory
sample = marked assignment, operational sample = task looked at but never marked,
undertaking = an improvement not part of the course as it runs). A zone summary table
with merged cells. Sections typed as bold capitalised Normal paragraphs ("1  ZONE
SUMMARY") with no heading styles; lists typed with "•". "Treatment stages" 1-4
(Screening, Coagulation, Filtration, Disinfection), "Service Reservoir Keepers" for
mentors, "Distribution tasks" in the participant's own school. A "Results for your zone"
table (Table 4) of the outcomes in the Centre's own parameter codes Q01-Q28 with merged
shaded group rows and the columns "Treated at | Regulatory sample | Operational sample".
An "Access at Hollowford" text box (wps with VML fallback). An "Improvements in your
zone: undertakings" table. A "Neighbouring zones" paragraph about another provider. A
glossary. Header and footer. Tracked changes (a deleted placements sentence, an inserted
clause), three Word comments.

Traps (requirement ids):
- Zone objective names attainment only; a comment asks whether to add well-being/ECM
  (comment is not evidence) -> 1.1 partially_met.
- Pupil voice is one "listening to pupils" session and an operational sample only;
  pupil consultation module is an undertaking for 2010 -> 1.5 partially_met,
  6.S7 partially_met.
- Several outcomes are "Operational only" (looked at, never marked) -> 6.A3, 6.K3, 6.K7,
  6.S2c, 6.S6 partially_met; 1.9 partially_met.
- 6.A7 is assessed in R4 but "Treated at" is "—" and the text says it is not taught
  -> partially_met (assessed but not covered).
- 6.K4 row reads "Not monitored in this zone" -> not_met. 6.S2d appears nowhere (Table 4
  has 28 rows, not 29) -> not_met.
- Prior credit accepted but "We do not award credit for experience alone" -> 2.1
  partially_met.
- Assessment-only route: only an undertaking "if the University agrees it" and only the
  neighbouring zone's (another provider's) route -> 2.3 not_met.
- Discussion boards between study days are peer only; "Tutors do not read or answer the
  boards" -> 3.3 partially_met (e-learning exists, so 3.3 applies).
- Customer Panel shaped the design (4.1, 4.2 met) but its part in evaluation is only
  hoped for; participants evaluate -> 4.3 partially_met.
- CRB: the body says the Centre "does not ask for or see" disclosures; the footer claims
  every participant is checked (footer not evidence) -> 5.3 not_met.
- Placements: deleted tracked sentence; the pilot's day at a special school is a past
  arrangement; the neighbouring zone's placements are another provider's; the body says
  "The Award has no placements"; specialist visitors are real -> 5.5 partially_met.
- Impact on pupils only hoped for; confidence self-rating is real -> 5.9 partially_met.
- Award rule is the mean of four samples with compensation, and operational samples never
  count -> 6.0 partially_met.
- Inserted clause (external examiner sees every fail) is part of the text (5.8 met anyway).
- Undertakings table rows all "Not started" (2.3, 1.5, 4.3 stay as above).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from _jw_helpers import *

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Arial", 10)
header_footer(d, "Severnbrook Water  |  Supply Zone Report HF-NASC  |  2009-10",
              "Severnbrook Water plc, Registered in England No. 2366711, Hollowford House, Wessingham WS4 9RT.  "
              "All participants are CRB checked by the Discovery Centre before they join.")

para(d, "SEVERNBROOK WATER", bold=True, size=14, colour="1F4E79")
para(d, "Your Water Quality", bold=True, size=22, colour="1F4E79")
para(d, "Supply Zone Report 2009-10", bold=True, size=14)
para(d, "Zone HF-NASC: The Hollowford National Award for SEN Coordination", bold=True, size=12)
para(d, "Prepared by the Hollowford Water Discovery Centre with the University of Wessingham, "
        "for the Training and Development Agency for Schools. January 2009.", italic=True)
para(d, "Every year Severnbrook Water sends each of its customers a short report on the water in "
        "their supply zone: where it comes from, how it is treated, how it is sampled and what the "
        "results were. The Discovery Centre's learning team writes up each of its programmes in the "
        "same way, and we have kept that format for this application, so that our staff, our partner "
        "schools, the University and the TDA all read the same document. Where a customer report "
        "would say \"your water\", please read \"your course\".")

t = table(d, [["Terms used in this report"],
              ["Zone: the Award as one programme, with its own code (HF-NASC).\n"
               "Source: the University of Wessingham, which validates the Award and whose regulations govern it.\n"
               "Treatment works: the Discovery Centre at Hollowford Reservoir, where the study days take place.\n"
               "Treatment stage: one of the four taught modules.\n"
               "Distribution task: a piece of work the participant carries out in his or her own school.\n"
               "Service Reservoir Keeper: the participant's school-based mentor.\n"
               "Regulatory sample: a marked assignment. Every regulatory sample is double marked and counts towards the Award.\n"
               "Operational sample: a task the tutor looks at and talks through with the participant. Operational samples are not marked and do not count towards the Award.\n"
               "Standard: what the SENCO must be able to show (Table 4).\n"
               "Contravention: a regulatory sample that fails and must be resubmitted.\n"
               "Undertaking: an improvement we intend to make in a later year. Undertakings are not part of the course as it runs in 2009-10."]],
          header_fill="1F4E79")
shade(t.cell(1, 0), "DEEBF7")

para(d, "")
para(d, "1  ZONE SUMMARY", bold=True, size=12, colour="1F4E79")
rows = [["Zone", "HF-NASC", ""],
        ["Zone name", "The Hollowford National Award for SEN Coordination", ""],
        ["Source (validating body)", "University of Wessingham, School of Education. The Award is a 60-credit Postgraduate Certificate at Level 7 (masters level) of the University's Framework for Postgraduate Awards, approved at the University's validation event on 14 October 2008.", ""],
        ["Treatment works", "Hollowford Water Discovery Centre (study days)", "University of Wessingham, Kingsgate campus (library, Board of Examiners)"],
        ["Zone supervisor", "Dr Morwenna Tregear, Programme Leader", ""],
        ["Customers served", "Up to 24 SENCOs in each intake, from maintained schools, academies and independent schools in Severnbrook's supply area (five local authorities)", ""],
        ["Intakes", "September intake: Saturday pattern", "January intake: weekday pattern"],
        ["Fee", "£1,450 per participant. Severnbrook's Community Fund meets £350 of the fee for the first 40 participants from schools in the supply area.", ""]]
t = table(d, [["Item", "Details", ""]] + rows[1:], widths=[4, 6, 6])
merge_h(t, 0, 1, 2, "Details", fill="1F4E79")
t.cell(0, 1).paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("FFFFFF")
for r in (1, 2, 4, 5, 7):
    merge_h(t, r, 1, 2, rows[r][1], bold=False)

para(d, "")
para(d, "2  WHERE YOUR WATER COMES FROM", bold=True, size=12, colour="1F4E79")
para(d, "The Discovery Centre opened at Hollowford Reservoir in 1998. It welcomes around 9,000 pupils a "
        "year, including groups from forty special schools, and its Inclusive Learning Team (two qualified "
        "teachers, one of them a former SENCO, and an education officer) designs every visit around the "
        "needs of the group. Over ten years that work has put us in touch with a great many SENCOs, and in "
        "2007 a number of them asked whether the Centre and the University, which already trains teachers "
        "on our site, could offer them something more than a day out for their pupils.")
para(d, "Before designing anything we asked. In spring 2008 we surveyed every school in our supply area "
        "(412 schools; 187 replied) and met the SEN leads of the five local authorities. The replies told us "
        "three things. SENCOs new to the role wanted a grounding in the law and the Code of Practice before "
        "anything else, which is why Stage 1 comes first. Headteachers said study days in term time were hard "
        "to cover, which is why there is a Saturday pattern as well as a weekday one. And almost every SENCO "
        "named leading teaching assistants and reporting to governors as the parts of the job they felt least "
        "ready for, which is why Stage 3 gives most of its time to them.")
para(d, "Our SENCO Customer Panel, six SENCOs, two headteachers, an officer of the Wessingham Parent "
        "Partnership Service and a parent governor, met four times during 2008 and changed the programme in "
        "three ways: it moved the Saturday study days away from the first weekend of each half term; it "
        "asked for the work on parents to become a stage of its own, which is now Stage 4; and it rewrote "
        "the Baseline Sample so that headteachers comment on it as well as participants.")
p = para(d, "Zone objective. The Award has one objective, and we state it the way we state our water quality "
            "target: every pupil with SEN in a participant's school making better progress in attainment. "
            "Everything in the treatment stages is measured against that.")
comment(d, p, "Should we mention well-being / the five ECM outcomes here as well? RF", author="Rob Fenner", initials="RF")
para(d, "The content draws on recent inspection and research evidence, including Ofsted's report Inclusion: "
        "does it matter where pupils are taught? (2006), the Education and Skills Committee's report on "
        "Special Educational Needs (2006), the Bercow Review of services for children and young people with "
        "speech, language and communication needs (2008), the Inclusion Development Programme materials on "
        "dyslexia and on speech, language and communication needs (2008), and the University's own study of "
        "SENCO workload in the region (Tregear and Ashby, 2007). Each stage's reading list is revised every "
        "summer by the tutor who leads it.")
para(d, "Neighbouring zones. Customers sometimes ask how we compare with the neighbouring zone. The Westcombe "
        "Award, run by Easterford University, offers an assessment-only route and arranges placements in "
        "special schools. Ours does neither; what we offer instead is described below.", italic=True)

para(d, "")
para(d, "3  HOW YOUR WATER IS TREATED", bold=True, size=12, colour="1F4E79")
para(d, "The Award runs over three terms and has four treatment stages of fifteen credits each. Each stage "
        "has three study days at the Centre, followed by Distribution tasks that the participant carries out "
        "in his or her own school with the support of the Service Reservoir Keeper. Every Distribution task "
        "is tied to one or more of the standards in Table 4, so that what is learned on a study day is tried "
        "out in school the following week and brought back to the next study day for discussion.")

para(d, "Stage 1  Screening: the SENCO, the law and the school", bold=True)
para(d, "Stage 1 makes sure every participant starts from the same secure footing in the law and in national "
        "policy. It covers the Education Act 1996 and the SEN Code of Practice 2001, the SEN Toolkit, the "
        "Special Educational Needs and Disability Act 2001, the Disability Discrimination Acts 1995 and 2005 "
        "and the disability equality duty, Every Child Matters and the Children Act 2004, the Inclusion "
        "Development Programme, and the statutory guidance on the SENCO's role that follows the Education "
        "(Special Educational Needs Coordinators) Regulations 2008. Participants study what each of these "
        "means for their own school, and for the five Every Child Matters outcomes of the pupils they work with.")
bullets(d, ["Regulatory sample R1 (3,000 words): a review of your school's SEN policy and practice against the Code of Practice and the Every Child Matters outcomes, with an action plan agreed with your headteacher.",
            "Operational sample O1: a check of your school's disability equality scheme, which your tutor looks at with you on the third study day."])

para(d, "Stage 2  Coagulation: how pupils learn, and who can help", bold=True)
para(d, "Stage 2 brings together what participants know about pupils. It covers the most common kinds of SEN "
        "and disability (behavioural, emotional and social difficulties; specific learning difficulties "
        "including dyslexia; speech, language and communication needs; autistic spectrum disorders; moderate "
        "learning difficulties) and their effect on learning; approaches to assessment, planning and teaching, "
        "including the assistive technology in the Centre's own access suite; and what research says about "
        "what works. An educational psychologist, a speech and language therapist from the primary care trust "
        "and a teacher of the deaf from the county Sensory Support Service each lead part of a study day, so "
        "that participants hear directly how each service works, what it can offer and how to ask for it.")
para(d, "One session of Stage 2 is given to listening to pupils. Participants hear from members of the school "
        "council of Cray Lane Special School about what it is like to be asked, and not asked, about their "
        "own provision.")
bullets(d, ["Regulatory sample R2 (4,000 words): a case study of one pupil in your school. You draw together the assessments of the professionals involved, identify the pupil's needs, set challenging targets with the pupil's parents, plan and run an intervention for at least six weeks, review its effect, and explain how you worked with the other services and any voluntary organisations involved.",
            "Operational sample O5: a record of a conversation with a pupil about his or her provision, which your tutor reads and discusses with you."])

para(d, "Stage 3  Filtration: leading provision in your school", bold=True)
para(d, "Stage 3 is about the SENCO as a leader. It covers provision mapping and how to use a map to find "
        "provision that is not working or is missing; deploying and managing teaching assistants; coaching, "
        "mentoring and observing colleagues and training them; using the school's data, including national "
        "test results and teacher assessments, to track the progress of pupils with SEN and change what is "
        "offered; encouraging colleagues to use assessment for learning with pupils with SEN; reviewing "
        "provision with other staff and feeding the findings into the school's self-evaluation; and working "
        "with the headteacher, senior leaders and governors on the school's policies, priorities and budget "
        "for SEN. A half day on managing the SENCO's own time and delegating to others closes the stage.")
bullets(d, ["Regulatory sample R3 (4,000 words): a provision map for a year group in your school, with an analysis of the progress data for the pupils on it, an account of how you deployed and managed the support staff it names, and a report to your governing body, with the headteacher's written response.",
            "Operational sample O2: an extract from your school's self-evaluation on SEN, which you prepare with colleagues and your tutor reads with you.",
            "Operational sample O3: a two-week log of your time and of what you delegated.",
            "Operational sample O4: a plan for a staff meeting on assessment for learning for pupils with SEN."])

para(d, "Stage 4  Disinfection: parents, partners and the difference made", bold=True)
para(d, "Stage 4 turns to parents and carers and to the difference the SENCO makes. It covers working in "
        "partnership with parents and carers, with the Parent Partnership Service leading one study day, "
        "including how to run annual reviews and difficult meetings fairly and constructively; and it "
        "supports each participant through an impact project in his or her own school, planned in Stage 3 and "
        "carried out over the spring term. In the impact project participants use research evidence and the "
        "advice of outside specialists to change practice in their school, coach at least one colleague, "
        "make and defend decisions about provision, and show what difference the change made.")
bullets(d, ["Regulatory sample R4: an impact project report (5,000 words) with a fifteen-minute presentation to tutors and Keepers, and a professional development plan for the year after the Award."])
para(d, "The professional development plan in R4 is the participant's own work: we do not teach a session on "
        "it, and participants draw it up on their own from their Baseline Sample and their Keeper's advice.")

para(d, "Service Reservoir Keepers and Distribution tasks", bold=True)
para(d, "Each participant has a Service Reservoir Keeper in school, normally the headteacher or another senior "
        "leader. The Keeper agrees the Distribution tasks, meets the participant at least twice a term, "
        "observes one piece of the participant's work with colleagues or parents each stage and writes a "
        "short note for the tutor. Keepers come to a briefing evening at the Centre before each intake and "
        "receive the Keeper's Guide, which sets out what they do, when, and how to raise a concern.")
tracked(d, [("n", "All practical work is done in the participant's own school. "),
            ("del", "Placements of two days in a special school are arranged for every participant. "),
            ("n", "In the 2008 pilot, all participants spent a day at Cray Lane Special School.")])

para(d, "")
para(d, "4  HOW WE SAMPLE YOUR WATER", bold=True, size=12, colour="1F4E79")
para(d, "Before the first study day every participant completes the Baseline Sample: a self-assessment against "
        "each of the standards in Table 4, with the headteacher's comments, discussed at a one-hour meeting "
        "with the personal tutor. From it the tutor and the participant write an Individual Treatment Plan, "
        "which names the participant's own priority standards, the Distribution tasks he or she will take on "
        "and the study day sessions he or she most needs. The plan is reviewed with the tutor at the end of "
        "each stage and changed as the participant progresses.")
para(d, "Participants who have already passed masters-level credit in special educational needs at a university "
        "within the last five years may bring up to 20 credits of it into the Award, under the University's "
        "accreditation of prior learning regulations; they then omit Stage 1 or Stage 2. We do not award "
        "credit for experience alone: experienced SENCOs follow the whole programme.")
para(d, "Every regulatory sample is marked against the University's Level 7 criteria by the stage tutor and "
        "second marked blind by another tutor. A quarter of all scripts, across every stage and every marker, "
        "are moderated by the University's School of Education before the Board of Examiners.")
tracked(d, [("n", "The external examiner, Professor Janet Hollis of the University of Lanchester, reviews a sample of every regulatory sample"),
            ("ins", " and sees every fail"),
            ("n", ", and reports to the University each year; the moderation meeting for each stage uses agreed exemplars so that all four samples are marked to one standard.")])
para(d, "Pass standard. The Award is made when the mean of the four regulatory samples reaches 50%. A sample "
        "below 40% is a contravention and must be resubmitted once; a sample between 40% and 49% may be "
        "carried by the other three. Operational samples are never marked and do not count towards the Award.")
para(d, "Participants evaluate every study day and complete an evaluation at the end of each stage. At the end "
        "of Stage 4 each participant has a Next Zone tutorial with the personal tutor, which sets three "
        "professional targets for the year after the Award and looks at the University's MA in Inclusive "
        "Education, into which the 60 credits carry.")

para(d, "")
para(d, "RESULTS FOR YOUR ZONE", bold=True, size=12, colour="1F4E79")
para(d, "Table 4 sets out every standard the zone is treated for and how it is sampled. The codes are the "
        "Centre's own. A dash means none.")
T4 = [("Professional attributes", None),
      ("Q01", "Fair, respectful and constructive relationships with pupils with SEN and with their parents and carers", "Stages 2, 4", "R2", "—"),
      ("Q02", "Winning the commitment of colleagues, the headteacher and senior leaders", "Stage 3", "R3", "—"),
      ("Q03", "Prioritising, managing time and delegating", "Stage 3", "Operational only", "O3"),
      ("Q04", "Anticipating and solving problems; sound decisions on provision", "Stages 3, 4", "R4", "—"),
      ("Q05", "Speaking and writing clearly; listening to and understanding others", "Stages 1-4", "R4 (report and presentation)", "—"),
      ("Q06", "Using research and outside advice to improve practice", "Stage 2, Stage 4", "R2, R4", "—"),
      ("Q07", "Keeping up to date and taking charge of one's own professional development", "—", "R4 (development plan)", "—"),
      ("Professional knowledge and understanding", None),
      ("Q08", "SEN law and guidance, including the Code of Practice, and putting it into practice", "Stage 1", "R1", "—"),
      ("Q09", "Every Child Matters: its principles and outcomes, and the SENCO's part", "Stage 1", "R1", "—"),
      ("Q10", "Disability equality law and what it requires", "Stage 1", "Operational only", "O1"),
      ("Q11", "How children develop, and how SEN and their surroundings affect development", "Not monitored in this zone", "Not monitored in this zone", "Not monitored in this zone"),
      ("Q12", "The common kinds of SEN and disability and their effect on learning", "Stage 2", "R2", "—"),
      ("Q13", "Approaches, strategies and resources for assessment, planning and teaching, including ICT", "Stage 2", "R2", "—"),
      ("Q14", "School self-evaluation and improvement for SEN", "Stage 3", "Operational only", "O2"),
      ("Q15", "Best practice and research on meeting SEN", "Stage 2", "R2", "—"),
      ("Q16", "What outside agencies do and how to get specialist help and resources", "Stage 2", "R2", "—"),
      ("Professional skills", None),
      ("Q17", "Shaping the school's inclusive ethos, policy, priorities and resources with senior leaders and governors", "Stage 3", "R3", "—"),
      ("Q18", "Identifying pupils with SEN, setting challenging targets, planning interventions, reviewing progress", "Stage 2", "R2", "—"),
      ("Q19", "Using other professionals' assessments to shape teaching", "Stage 2", "R2", "—"),
      ("Q20", "Using summative data, including national tests, to track progress and change programmes", "Stage 3", "R3", "—"),
      ("Q21", "Helping colleagues develop formative assessment for pupils with SEN", "Stage 3", "Operational only", "O4"),
      ("Q22", "Provision mapping; finding provision that is ineffective or missing", "Stage 3", "R3", "—"),
      ("Q23", "Deploying and managing staff", "Stage 3", "R3", "—"),
      ("Q24", "Supporting colleagues' development: observation, feedback, coaching, training", "Stage 3", "R4 (coaching record)", "—"),
      ("Q25", "Reviewing provision with other staff to inform self-evaluation", "Stage 3", "Operational only", "O2"),
      ("Q26", "Involving pupils in planning and reviewing their own provision", "Stage 2", "Operational only", "O5"),
      ("Q27", "Working with parents and carers", "Stage 4", "R4", "—"),
      ("Q28", "Working in partnership with other services and agencies, including voluntary organisations", "Stages 2, 4", "R2", "—")]
rows = [["Code", "Standard (our wording)", "Treated at", "Regulatory sample", "Operational sample"]]
for r in T4:
    rows.append([r[0], "", "", "", ""] if r[1] is None else list(r))
t = table(d, rows, widths=[1.3, 7, 2.5, 3, 2.5])
for i, r in enumerate(T4, start=1):
    if r[1] is None:
        merge_h(t, i, 0, 4, r[0], fill="BDD7EE")
para(d, "Table 4: Results for your zone. The standards are those of Annex 3 of the TDA specification, in our words.", italic=True, size=8)

para(d, "")
para(d, "5  KEEPING YOUR WATER SAFE", bold=True, size=12, colour="1F4E79")
text_box(d, "ACCESS AT HOLLOWFORD", [
    "The Discovery Centre is step-free throughout, with a hearing loop in both study rooms and accessible parking by the door.",
    "Before each intake we ask every participant what adjustments he or she needs, and agree them with the University's Disability Service: extra time for regulatory samples, a reader or scribe, rest breaks, and all handouts in large print or electronic copy.",
    "Study days end by 3.30 pm on weekdays so that participants with caring responsibilities can leave in time, and the University's equal opportunities monitoring covers every intake."],
    height_cm=5.5)
para(d, "Who can join. Participants must hold qualified teacher status, be working as a SENCO or be designated to "
        "take up the role within the year, and be nominated by their headteacher on the Centre's nomination "
        "form, which commits the school to release the participant for study days and to name a Keeper. The "
        "Baseline Sample meeting confirms that each participant has enough knowledge and experience of SEN to "
        "benefit; anyone who does not is advised to take the Centre's one-term Introduction to SEN first.")
p = para(d, "Criminal records. Criminal records checks on participants are a matter for each participant's "
            "employer. The Centre does not ask for or see participants' CRB disclosures.")
comment(d, p, "The footer says we check CRB. Which is right? GA", author="Gwen Ashby", initials="GA")
para(d, "Who treats your water. The Programme Leader, Dr Morwenna Tregear, was a SENCO in two Wessingham "
        "secondary schools for eight years, holds an MA in Special Educational Needs and a PhD on the SENCO's "
        "role, and is a Senior Lecturer in Inclusive Education at the University. Gwen Ashby is a chartered "
        "educational psychologist who works two days a week for the county and three for the University. "
        "Rob Fenner, the Centre's Inclusive Learning Manager, was deputy head of a special school for pupils "
        "with severe and complex needs and holds an MEd in Inclusion. Every tutor attends at least two "
        "national SEN conferences a year and the University's research seminar series, and each has a "
        "current research or development project in a local school.")
para(d, "Specialist expertise. The educational psychologist, speech and language therapist, teacher of the deaf "
        "and Parent Partnership officer named in Section 3 lead parts of the study days. The Award has no "
        "placements: all practical work is done in the participant's own school.")
para(d, "Resources. Participants have full borrowing and electronic journal rights at the University library. "
        "The Centre's access suite, with switch-access computers, Clicker 5, text-to-speech and screen-reading "
        "software, communication aids and a sensory room, is open to participants on study days and by "
        "appointment. A loan collection of standardised assessments is kept at the Centre. 'Reservoir', the "
        "University's Blackboard site, holds every study day's materials and readings.")
para(d, "Online. Each stage has a discussion board on Reservoir, which participants use among themselves between "
        "study days to share Distribution tasks and ask each other questions. Tutors do not read or answer the "
        "boards. Questions for tutors go to the Award office, which passes them on.")
para(d, "Roles. Every tutor receives the University's tutor handbook for the Award and attends a half-day "
        "induction with the Programme Leader before teaching on it; the handbook sets out marking, moderation, "
        "tutorial and Keeper liaison duties. Keepers are briefed as described in Section 3.")
para(d, "How we check our own quality. We use study day and stage evaluations, a tutor team review meeting "
        "after each stage, Keepers' notes, the external examiner's annual report, the University's annual "
        "monitoring and its five-yearly periodic review. Each July the team turns these into an action plan "
        "for the next intake; the 2008 pilot's evaluations, for example, led us to move R3 from the autumn to "
        "the spring so that participants had their school's test results to work with.")
para(d, "Impact. Participants rate their confidence on each standard in Table 4 at the Baseline Sample and again "
        "at the end of Stage 4, and the change is reported to the University and to the Customer Panel. We hope "
        "that the pupils in participants' schools will make better progress as a result, and we will look for "
        "it in the schools' own data in future years.")

para(d, "")
para(d, "6  IMPROVEMENTS IN YOUR ZONE: UNDERTAKINGS", bold=True, size=12, colour="1F4E79")
para(d, "Undertakings are improvements we intend to make. None of them is part of the course as it runs in 2009-10.")
t = table(d, [["No.", "Undertaking", "Target year", "Status"],
              ["U1", "A module on consulting pupils about the issues that affect them, written with the Cray Lane school council", "2010-11", "Not started"],
              ["U2", "An assessment-only route for experienced SENCOs, if the University agrees it in 2009-10", "2010-11", "Not started"],
              ["U3", "The Customer Panel to continue, looking at our evaluation results each year; we would welcome this and hope to agree it with the Panel's members during 2009", "2009-10", "Not started"]],
          widths=[1.2, 9, 2.5, 2.5])
p = d.paragraphs[-1]
comment(d, para(d, "Undertakings are reviewed by the Zone Supervisor every July."),
        "Can we say we offer U2 already? A few heads have asked. MT", author="Morwenna Tregear", initials="MT")

para(d, "")
para(d, "7  CUSTOMER CONTACT", bold=True, size=12, colour="1F4E79")
para(d, "For questions about the Award, contact the Award office at the Hollowford Water Discovery Centre, "
        "Hollowford Reservoir, Wessingham WS7 2LQ, telephone 01632 960 418. Complaints follow the University's "
        "student complaints procedure; a copy is given to every participant at enrolment.")

para(d, "")
para(d, "GLOSSARY", bold=True, size=12, colour="1F4E79")
bullets(d, ["Baseline Sample: the self-assessment and meeting before the first study day.",
            "Individual Treatment Plan: the participant's plan that comes from the Baseline Sample.",
            "Keeper's Guide: the guide given to every Service Reservoir Keeper.",
            "Next Zone tutorial: the final tutorial at the end of Stage 4.",
            "Reservoir: the University's Blackboard site for the Award.",
            "Customer Panel: the group of SENCOs, headteachers, a parent governor and the Parent Partnership officer who advised on the design in 2008."])

d.save(OUT)
print("wrote", OUT)
