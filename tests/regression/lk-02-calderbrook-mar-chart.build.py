"""lk-02-calderbrook-mar-chart: build script.

Provider (invented): Calder Valley Community Pharmacies (nine pharmacies in the Calder and
Brook valleys that supply monitored dosage systems and MAR charts to care homes and to two
residential special schools) and the School of Pharmacy of the University of Brancaster,
running the 2008-09 National Award for SEN Coordination together.

Document kind and layout: the course written on the Partnership's own care-services
Medication Administration Record pack (form MAR-28) as sent to a care home: a covering
note, a front sheet of "Resident details" (a table with merged cells, grey template
prompts left in, placeholders) whose "Chart key" defines the chart's codes far above
the chart, an admission checklist with ticks, "Directions for administering staff",
a text box "Pharmacist's counselling note", the Rounds, the chart itself (the 28
outcomes as "medicines", shaded merged group rows, columns "Round" and "Signed"),
"Reverse of chart: omitted doses", a specimen signature list, "Medication review"
(evaluation) and "Transfer of care" (completion). Participants are "Trainees", tutors
"Administering Tutors", school mentors "Key Carers", study days "Rounds" R1-R7, in-school
tasks "Doses between Rounds", assessments MR (Medication Review case study), CP (Care
Plan project) and PV (Professional viva); the award is closing the chart "Complete".
Page header and footer; a tracked change inside a chart cell; one Word comment.

Traps (requirement ids):
- "No assessment-only route" in the Allergies and sensitivities field: 2.3 not_met.
- "Experience alone is not credited" (there) with APL of prior study: 2.1 partially_met.
- Credit "60 CATS credits at [level to be confirmed by Faculty]": placeholder for the
  level, so E.2 partially_met (60 credits, masters level unconfirmed).
- The enhanced CRB check appears only as a tick in the admission checklist; the one
  sentence on CRB checks is about the Partnership's pharmacists and technicians who
  visit schools (wrong people): 5.3 not_met.
- Aims are about "attainment and progress" only, no well-being or Every Child Matters
  outcomes: 1.1 partially_met.
- Chart codes defined in the front sheet's key: "G" (given, not signed: worked on, not
  marked): 6.A4, 6.S2c, 6.S4 partially_met; "S" (self-administered: not given at any
  Round) with a signature: 6.K2, 6.S2d partially_met (assessed, not taught).
- K8's cell is a tracked change from "MR" to "G": the inserted "G" stands, 6.K8
  partially_met.
- "O" lines with reasons on the reverse: strategic work with governors is left to the
  local authority's Leading Inclusion course (another provider's arrangement): 6.S1
  not_met; school self-evaluation is "the headteacher's responsibility" (someone else's):
  6.K7 not_met.
- There is no S9 line on the chart at all (the chart ends at S8): 6.S9 not_met.
- The award rests on three assignments and attendance, not on every outcome:
  6.0 partially_met; 1.9 partially_met.
- Each tutor marks their own trainees, moderation only intended; a comment says a sample
  was moderated (not evidence): 5.8 partially_met.
- Confidence measured by a questionnaire, pupils' achievement not measured: 5.9
  partially_met.
- A bare sentence "Our stakeholders have shaped the course throughout its development"
  sits under its own heading, but the survey paragraph before it says which features
  came from the answers (two starts, twilights, Doses between Rounds): 4.2 met on that
  paragraph, not on the bare sentence; 4.1 and 4.3 met.
- Footer "Every dose signed for" is not evidence.
- The text box (provider's own note) carries the e-learning arrangements: 3.3 met.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _lk_helpers import *  # noqa

OUT = Path(__file__).with_suffix("").with_suffix(".docx")
d = new_doc("Calibri", 10.5)
header_footer(d, "Calder Valley Community Pharmacies \u00b7 Care Services \u00b7 MAR-28 pack \u00b7 Cycle 2008-09",
              "Every dose signed for \u00b7 Return completed charts to the pharmacy with the next order")

P(d, "MEDICATION ADMINISTRATION RECORD", bold=True, size=15, align="c", shade="DEEAF6")
P(d, "MAR-28 pack \u00b7 National Award for SEN Coordination \u00b7 Cycle 2008-09", bold=True, align="c")

d.add_heading("Covering note", level=2)
P(d, "Calder Valley Community Pharmacies is a partnership of nine pharmacies in the Calder and Brook valleys. For ten "
     "years we have supplied monitored dosage systems and MAR charts to care homes and to the residential units of two "
     "special schools, Highbrook and Mill Lane, and our pharmacists visit both schools every month. Since 2005 we have "
     "run training on medicines and complex health needs for school staff with the School of Pharmacy at the "
     "University of Brancaster. The SENCOs we met through that work asked us to go further, and this pack sets out "
     "the course we run with the School for the National Award for SEN Coordination.")
P(d, "We send a MAR-28 pack to every home we supply, and we have used one here because the pack answers the questions "
     "a home asks when a new resident arrives: who is it for, who prescribes, what is given, when, by whom, who signs "
     "for it, what was left out and why, and how it is reviewed. The template's own grey guidance has been left in "
     "where it helps to show how the pack is normally read; it is not part of our answers.")
P(d, "The course is validated by the University of Brancaster as a Postgraduate Certificate in SEN Coordination. The "
     "University's Faculty of Health and Life Sciences approved it at its validation event on 18 June 2008, with the "
     "School of Education represented on the panel.")
P(d, "Signed: Rashida Bibi MRPharmS, Superintendent Pharmacist, and Professor Alan Greenhalgh, Head of the School of "
     "Pharmacy. 20 November 2008.")

d.add_heading("Front sheet: Resident details", level=2)
P(d, "Complete in BLOCK CAPITALS. One front sheet per resident. Attach a recent photograph.", grey=True, italic=True)
fs = table(d, [
    ["Field", "Details", ""],
    ["Resident", "NATIONAL AWARD FOR SEN COORDINATION, COHORT 2008-09", ""],
    ["NHS number", "[not applicable]", ""],
    ["Date of admission", "15 September 2008 (first start)", "12 January 2009 (second start)"],
    ["Prescriber", "University of Brancaster (validating university)", ""],
    ["Credit", "60 CATS credits at [level to be confirmed by Faculty]", ""],
    ["Supplying pharmacy", "Calder Valley Community Pharmacies with the School of Pharmacy, University of Brancaster", ""],
    ["Allergies and sensitivities", "No assessment-only route. Experience alone is not credited. No residential element.", ""],
    ["Chart key", "", ""],
], widths=[4, 7, 6])
for i in (1, 2, 4, 5, 6, 7):
    a = fs.cell(i, 1).merge(fs.cell(i, 2))
    a.text = fs.cell(i, 1).text.split("\n")[0]
shade_cell(fs.cell(7, 0), "F4CCCC")
k = fs.cell(8, 0).merge(fs.cell(8, 2))
k.text = "Chart key (read the chart in Section 5 with this key)"
k.paragraphs[0].runs[0].bold = True
shade_cell(k, "DEEAF6")
for line in [
    "R1 to R7 in the Round column: the Round at which the medicine is given (worked on with an Administering Tutor).",
    "S in the Round column: self-administered. The medicine is not given at any Round; the Trainee takes it from the "
    "reading pack on their own.",
    "MR, CP or PV in the Signed column: signed for. The medicine is marked in that assignment and counts for the award.",
    "G in the Signed column: given, not signed for. Worked on at the Round shown but not marked in any assignment.",
    "O in both columns: omitted. The reason is recorded on the reverse of the chart (Section 6).",
]:
    k.add_paragraph(line)
P(d, "Record allergies in red. If none known, write NKDA. Check the key against the current chart at every round.",
  grey=True, italic=True)

d.add_heading("1  Admission", level=2)
P(d, "Tick each item when seen. Do not admit until every box is ticked.", grey=True, italic=True)
table(d, [
    ["Admission checklist", "Seen"],
    ["Nomination form signed by the headteacher", "\u2611"],
    ["Qualified Teacher Status confirmed", "\u2611"],
    ["Enhanced CRB disclosure", "\u2611"],
    ["Entry interview held", "\u2611"],
    ["Medicines reconciliation completed", "\u2611"],
], widths=[12, 3])
P(d, "")
P(d, "Applicants must hold QTS and be a SENCO, or be named by their headteacher as the school's next SENCO. Each is "
     "interviewed by an Administering Tutor, who goes through the applicant's statement of their current SEN work "
     "against the course's entry profile (knowledge of the Code of Practice, experience of planning for pupils with "
     "SEN, and the support of the head). An applicant who would not be able to benefit or to reach the outcomes by "
     "the end of the course is told why and advised what to do first; we deferred four applicants in this way for the "
     "January start.")
P(d, "Medicines reconciliation. Before the first Round each Trainee completes our reconciliation audit, rating "
     "themselves against every line of the chart in Section 5 and attaching evidence from their school. The "
     "Administering Tutor and the Key Carer go through it with the Trainee and agree a Personal Care Plan: the lines "
     "the Trainee most needs, the Doses between Rounds they will take first, the reading they will do, and a set of "
     "personal outcomes written in the Trainee's own words alongside the chart's. The Care Plan is reviewed at R4 "
     "and at the end of the course.")
P(d, "Prior study. Up to 30 credits of Level 7 study in SEN or inclusion taken in the last five years can be "
     "accredited towards the 60 under the University's APL regulations, on the recommendation of the course leader.")
P(d, "CRB checks on the Partnership's pharmacists and technicians who visit schools are renewed every three years.")
P(d, "Disabled Trainees. The nomination form and our information sheet invite applicants to tell us about any "
     "disability, in confidence, and say why we ask. The School of Pharmacy's disability co-ordinator contacts anyone "
     "who does, before the first Round, and agrees reasonable adjustments: materials in alternative formats, a note-"
     "taker, rest breaks, extra time or a different format for the viva, and accessible rooms for every Round (all "
     "three venues have level access and hearing loops). The same adjustments apply to the two days in a special "
     "school. We check each year that our leaflets and the University's admissions procedure do not put disabled "
     "applicants at a disadvantage.")

d.add_heading("2  Directions for administering staff", level=2)
P(d, "State dose, route and frequency. Never write 'as directed'.", grey=True, italic=True)
P(d, "The course is given in seven Rounds over three terms, with Doses between Rounds taken in the Trainee's own "
     "school. There are two starts a year, in September and January. Each Round is offered as a full day at the "
     "School of Pharmacy or as two twilight sessions at our Brookfoot pharmacy's training room, and a Trainee may mix "
     "the two. R3 and R4 may be taken in either order, and a Trainee who misses a Round takes it with the other "
     "start. Part of every Round's work is done online on the eMAR (see the counselling note below), so the course "
     "is blended rather than wholly taught.")
textbox(d, [("Pharmacist's counselling note: the eMAR", True),
             ("The eMAR is the course's online area on the University's WebCT site. Each Trainee has an Administering "
              "Tutor who answers questions posted there within two working days. Between Rounds, Trainees work in Round "
              "groups of five on the eMAR's discussion boards, sharing their Doses between Rounds and commenting on "
              "each other's drafts, and every fortnight their Tutor leads an hour's online discussion with the group. "
              "The eMAR holds the reading pack, recorded presentations from each Round, the Personal Care Plan and the "
              "Trainee's log; Tutors use it to return feedback and to keep every Trainee in touch between Rounds.",
              False)], height_pt=140, fill="E2EFDA")
P(d, "Specialist input. Each Round includes a session led by a specialist: an educational psychologist from Calder "
     "Council, a specialist teacher for hearing impairment, a speech and language therapist from the Primary Care "
     "Trust, a paediatric nurse from the children's community nursing team and the Calder Parent Partnership Service.")
P(d, "Placement. Every Trainee spends two days in a special school or resource base other than their own (Highbrook, "
     "Mill Lane, or one of three resource bases in Calder schools), with a task set by their Tutor and a report "
     "discussed at R5. Host schools are briefed by the course leader.")
P(d, "Resources. Trainees use the University library and electronic journals, the School of Education's SEN "
     "assessment collection, the School of Pharmacy's ICT suite with Clicker, Widgit and screen-reading software, and "
     "our loan box of communication aids and switch equipment.")

d.add_heading("3  Aims", level=2)
P(d, "The course aims to raise the attainment and progress of pupils with SEN and disabilities in every Trainee's "
     "school, by making the Trainee a SENCO who can identify need early, put the right provision in place and check "
     "that it works. Every Dose between Rounds is set in the Trainee's own school and tied to lines of the chart, so "
     "that the course is learnt in practice.")

d.add_heading("4  Rounds", level=2)
rounds = [
    ("R1  The law and the SENCO (September / January)",
     "The Education Act 1996, the SEN Code of Practice (2001) and the SEN Toolkit; the Special Educational Needs and "
     "Disability Act 2001 and the Disability Discrimination Act 1995 as amended in 2005, with the disability equality "
     "duty and the school's disability equality scheme and accessibility plan; the 2008 regulations on the SENCO; "
     "and what each means for school policy. Trainees practise presenting a policy change to colleagues and writing "
     "it up for the staff handbook. Dose: review the school's SEN policy and accessibility plan against R1."),
    ("R2  Pupils and families",
     "Building relationships with pupils with SEN and their parents; the Parent Partnership Service on listening to "
     "parents and on difficult conversations; annual reviews and IEP meetings that parents can take part in. Dose: "
     "hold a review meeting with one pupil's parents and write it up."),
    ("R3  Understanding need",
     "How children develop and how SEN, disability and the child's surroundings affect development; the common "
     "kinds of SEN (BESD, SpLD and dyslexia, SLCN, ASD, MLD) and their effect on learning; research on effective "
     "provision, drawing on Ofsted's report Inclusion: does it matter where pupils are taught? (2006) and the Bercow "
     "Review of services for children and young people with speech, language and communication needs (2008); using "
     "the reports of psychologists, therapists and medical staff to plan teaching."),
    ("R4  Assessment and the pupil's voice",
     "Identifying pupils who may have SEN, setting targets, planning interventions and reviewing them; tracking with "
     "P scales, national curriculum levels and national test results; helping class teachers use formative "
     "assessment with pupils with SEN; approaches and resources including ICT. The speech and language therapist "
     "leads a workshop on consulting pupils about their support. Dose: consult a group of pupils and involve them in "
     "planning and reviewing their own provision."),
    ("R5  Leading provision",
     "Provision mapping and finding gaps; problems and decisions in running provision; deploying and managing "
     "teaching assistants; gaining the commitment of the head and colleagues; managing the SENCO's own time and "
     "delegating. Dose: draw up a provision map and propose one change to the senior team."),
    ("R6  Working with colleagues",
     "Supporting colleagues through observation and feedback, coaching and training; reviewing provision with "
     "colleagues; working with SENCOs in the Trainee's school cluster; what the local authority's services, health "
     "services and voluntary organisations do and how to get their help; using research and outside advice. Dose: "
     "lead the change proposed at R5 for half a term and gather evidence of its effect on pupils."),
    ("R7  Keeping up to date",
     "The SENCO's own continuing professional development; presenting the Care Plan project; preparing for the "
     "viva. Dose: write the Trainee's development plan for the next year."),
]
P(d, "Each Round follows the same pattern as a medicines round in a home: the Tutor checks what has been taken since "
     "the last Round (the Trainee brings the Dose sheet signed by the Key Carer), gives the new material in the "
     "morning, and spends the afternoon on practice in small groups, with the specialist for that Round. Trainees "
     "bring real, anonymised material from their own schools: IEPs, provision maps, review notes and pupils' work. "
     "Every Round ends with the Trainee writing on the eMAR what they will do before the next Round and which lines "
     "of the chart it serves, and the Tutor reads and answers each entry within the week.")
for title, body in rounds:
    P(d, title, bold=True)
    P(d, body)

d.add_heading("5  The chart", level=2)
P(d, "One line per medicine. Do not add lines by hand; ask the pharmacy for a new chart.", grey=True, italic=True)
chart = [["Line", "Medicine (the outcome, in our words)", "Round", "Signed"]]
data = [
    ("A", "Professional attributes"),
    ("A1", "Builds fair, respectful and supportive relationships with pupils with SEN and their parents", "R2", "MR"),
    ("A2", "Gains the commitment of colleagues, the head and senior leaders", "R5", "CP"),
    ("A3", "Prioritises, manages time and delegates", "R5", "PV"),
    ("A4", "Sees problems coming and makes sound decisions about provision", "R5", "G"),
    ("A5", "Speaks and writes clearly; listens to others and understands their views", "R1", "PV"),
    ("A6", "Uses research and outside advice to improve practice", "R6", "CP"),
    ("A7", "Keeps up to date and takes charge of their own CPD", "R7", "PV"),
    ("K", "Knowledge and understanding"),
    ("K1", "The law and guidance on SEN, the Code of Practice included, and how to apply them", "R1", "MR"),
    ("K2", "Every Child Matters and the SENCO's part in its five outcomes", "S", "MR"),
    ("K3", "Disability equality law and what it requires of the school", "R1", "MR"),
    ("K4", "How children develop, and how SEN, disability and surroundings affect it", "R3", "MR"),
    ("K5", "The common kinds of SEN and disability and their effect on learning", "R3", "MR"),
    ("K6", "Approaches, strategies and resources for assessment, planning and teaching, ICT included", "R4", "MR"),
    ("K7", "School self-evaluation and improvement as they bear on SEN", "O", "O"),
    ("K8", "Best practice and research on meeting SEN", "R3", "MR"),
    ("K9", "What outside agencies do and how to get specialist support and resources", "R6", "CP"),
    ("S", "Professional skills"),
    ("S1", "With senior colleagues and governors, shapes an inclusive ethos, policies, priorities and resources", "O", "O"),
    ("S2", "Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress", "R4", "MR"),
    ("S2a", "Uses other professionals' assessments to plan teaching", "R3", "MR"),
    ("S2b", "Uses summative assessment, national tests included, to track progress and adjust programmes", "R4", "CP"),
    ("S2c", "Encourages other teachers' formative assessment with pupils with SEN", "R4", "G"),
    ("S2d", "Puts access arrangements for national tests and examinations in place in good time", "S", "PV"),
    ("S3", "Uses provision mapping to find provision that is missing or not working", "R5", "CP"),
    ("S4", "Deploys and manages staff", "R5", "G"),
    ("S5", "Supports colleagues' development by observation, feedback, coaching and training", "R6", "CP"),
    ("S6", "Reviews provision with colleagues and evaluates its effect", "R6", "CP"),
    ("S7", "Involves pupils in planning, agreeing and reviewing their provision", "R4", "MR"),
    ("S8", "Liaises with parents and carers", "R2", "MR"),
]
grp = []
for item in data:
    if len(item) == 2:
        grp.append(len(chart))
        chart.append([item[1], "", "", ""])
    else:
        chart.append(list(item))
ct = table(d, chart, widths=[1.5, 11, 2, 2], header_fill="DEEAF6")
for i in grp:
    merge_row(ct, i, chart[i][0], fill="F2F2F2")
for i, r in enumerate(chart):
    if r[0] == "K8":
        cell_change(ct.cell(i, 3), "MR", "G", author="S. Lumb")
    if r[3] == "O":
        shade_cell(ct.cell(i, 2), "FCE4D6")
        shade_cell(ct.cell(i, 3), "FCE4D6")
P(d, "")

d.add_heading("6  Reverse of chart: omitted doses", level=2)
P(d, "Record every omitted dose with the reason. An unexplained gap is a medication error.", grey=True, italic=True)
table(d, [
    ["Line", "Reason omitted", "Recorded by"],
    ["K7", "School self-evaluation is the headteacher's responsibility, not the SENCO's, so it is not given on this "
           "course.", "Course leader"],
    ["S1", "Strategic work with governors is done on the local authority's Leading Inclusion course, which most "
           "of our Trainees attend.", "Course leader"],
], widths=[1.5, 12, 3.5])
P(d, "")

d.add_heading("7  Specimen signatures", level=2)
P(d, "Everyone who gives or signs for a medicine must be on this list.", grey=True, italic=True)
table(d, [
    ["Name", "Role on the course", "Qualifications and experience"],
    ["Dr Susan Lumb", "Course leader; Administering Tutor", "PhD in inclusive education; SENCO for nine years; "
     "former LA inclusion adviser"],
    ["Mr Farid Qureshi", "Administering Tutor", "MA in SEN; SENCO and assistant head of a Calder secondary school; "
     "specialist teacher (SpLD)"],
    ["Mrs Janet Crowther", "Administering Tutor", "NPQH; headteacher of Mill Lane Special School 1999-2007; "
     "lead for ASD in the LA's outreach team"],
    ["Mr Daniel Okoye MRPharmS", "Tutor for complex health needs (R3, R6)", "Pharmacist to Highbrook and Mill Lane "
     "schools since 2001; Diploma in Paediatric Pharmacy"],
    ["Key Carers", "Mentor in the Trainee's own school; confirms each Dose was taken", "Senior leader named on the "
     "nomination form"],
], widths=[4, 5, 8])
P(d, "")
P(d, "All four Tutors are members of the School of Education's SEN research group and attend its termly seminars and "
     "the NASEN conference. Tutors work to the course handbook, which sets out the marking criteria and the Tutor's "
     "part at each Round, and they meet before each Round to plan it together. Key Carers attend a two-hour briefing "
     "at the School before R1 (or are visited in school by the Tutor if they cannot come) and are given the Key "
     "Carer's handbook, which explains the Doses between Rounds, what they are to see and sign, and how to raise a "
     "concern.")

d.add_heading("8  Assignments", level=2)
P(d, "MR, the Medication Review, is a case study of one pupil (4,000 words): the pupil's needs, the assessments of "
     "other professionals, the teaching planned, the pupil's and parents' part, and the review. CP, the Care Plan, is "
     "a provision mapping project with an account of the change led at R6 and its effect on pupils (5,000 words). PV, "
     "the Professional viva, is a 30-minute presentation and discussion of the Trainee's portfolio and development "
     "plan with two Tutors. Each is marked pass or fail against the criteria in the course handbook. Not every line of "
     "the chart is signed for; the Signed column shows which are.")
p = P(d, "Each Administering Tutor marks the assignments of their own Trainees. Moderation across Tutors is something "
         "we intend to introduce once the course has run for a full year.")
comment(d, p, "We did moderate the pilot scripts \u2013 the external examiner saw 10. Add this?", author="S. Lumb",
        initials="SL")

d.add_heading("9  Medication review", level=2)
P(d, "Review every chart at least once a cycle with the prescriber.", grey=True, italic=True)
P(d, "Why the course is needed. In March 2008 we surveyed the SENCOs and headteachers of the 27 Calder schools our "
     "pharmacists visit; 22 replied. Nineteen wanted a course within the valleys rather than in Leeds or Manchester, "
     "fifteen asked for a January start because SENCOs are often appointed mid-year, and most asked for work set in "
     "the SENCO's own school. Calder Council's SEN team told us that 31 schools would need a newly qualified SENCO "
     "by 2011. The two starts, the twilight option and the Doses between Rounds come from those answers.")
P(d, "How stakeholders have shaped the course. Our stakeholders have shaped the course throughout its development.")
P(d, "How the course is reviewed. Trainees complete an evaluation at the end of every Round and at the end of the "
     "course. Tutors review each Round at their planning meeting and look at how Trainees did on every line of the "
     "chart after each assignment. The external examiner, Dr Kathleen Morrow of Eastwold University, reports each "
     "year, and the University's annual monitoring reviews the course. Our Care Home Forum, which is how we review "
     "all our care services, meets each term for this course: two headteachers, the council's SEN officer, the "
     "Parent Partnership Service and two former Trainees read the evaluations and results, visit one Round a year and "
     "agree the changes for the next cycle, which the course leader reports back on at the next meeting.")
P(d, "Effect on Trainees and pupils. Each Trainee rates their confidence on every line of the chart at the "
     "reconciliation audit and again at the viva, and the Forum sees the change for the whole cohort. We have not "
     "found a way to measure the effect of the course on pupils' achievement.")

d.add_heading("10  Transfer of care", level=2)
P(d, "The chart is closed as Complete, and the University awards the Postgraduate Certificate, when the Trainee has "
     "passed MR, CP and PV and attendance at every Round is recorded.")
P(d, "At the viva the two Tutors and the Trainee agree professional targets for the next two years, written into the "
     "Trainee's development plan, and the Trainee is told how the 60 credits count towards the University's MA in "
     "Special and Inclusive Education. Former Trainees are invited to the termly Calder SENCO network, which our "
     "Tutors help run, and their Key Carers are sent a copy of the development plan.")
P(d, "The course is priced at \u00a31,350, which covers seven Rounds, the eMAR, the placement and marking; the twilight "
     "option and the Brookfoot venue save schools supply cover and travel. Because each Trainee follows their own "
     "Personal Care Plan, the Rounds and Doses are weighted to what that Trainee needs, and the CP project means the "
     "course leaves a change in the school that the Trainee has led and evaluated.")

d.save(OUT)
print("wrote", OUT)
