"""mf-01-corbel-lisle-formula-record: build mf-01-corbel-lisle-formula-record.docx.

Provider (invented): the Corbel & Lisle School of Perfumery and Fragrance Evaluation, the
training school attached to Corbel & Lisle Fragrances Ltd (Wrotham Hill, Kent), which trains
perfumers and evaluators and has run multisensory work with Westmarch special schools. It
applies, with the University of the Weald (validating HEI) and Westmarch County Council, to run
the 2008-09 National Award for SEN Coordination.

Document kind and layout: the whole application is written on the fragrance house's own
laboratory form, a FORMULA RECORD AND MODIFICATION SHEET (Form FR/12), as if the course were a
perfume formula, "SENCO Accord", Formula CL/S/0809 Mod 6. No heading styles: sheets are bold
shaded capitals ("SHEET 2 - FORMULA"). House vocabulary: "Headspace" (pre-course needs
assessment), "Raw Materials Check" (APL), "Individual Formula" (training plan), "Sittings"
(study days, the heart notes), "Maceration tasks" (school-based tasks, the base notes),
"Blotters" B1-B4 (marked assessments), "the Organ" (the VLE), "Sponsors" (school mentors),
"Smelling only" (discussed, not marked), "Mods" (past versions of the course). A header table with
merged cells, a formula table, a modification log of past versions, a floating VML text box
("HANDLING AND SAFETY"), an Olfactive Profile outcome table with merged group rows and shading,
a tracked change inside a cell, a whole deleted paragraph, an inserted phrase, a footnote, two
Word comments, header and footer.

Traps (requirement ids):
- The key to the outcome table is given far above it, in "HOW TO READ THIS RECORD": a Blotter
  number means marked; "Smelling only" means discussed at a Sitting but not marked; a dash in
  "Dosed at" means no Sitting of its own. 6.A3, 6.K2, 6.S2d are "Smelling only" (partially_met);
  6.A7 has a Blotter but "-" for Dosed at (assessed, not developed: partially_met).
- 6.S7: a tracked change in the cell deletes "B3" and inserts "Smelling only" (partially_met).
- 6.A1: a footnote to the B1 cell says relationship comments on B1 are formative only and carry
  no mark (partially_met).
- 6.K4: no row at all for child development (not_met). 6.S9: row present but "Not in this Mod"
  (not_met); 6.K9 (knowledge of agencies) is a separate row and is met.
- 1.9: several outcomes "Smelling only", so assessment is not against all outcomes (partially_met).
- 6.0: award rule is an "aggregate mark of 50% across the four Blotters" with compensation,
  not all outcomes (partially_met).
- 2.3: the assessment-only route "Direct Smelling" belongs to Mod 2 in the modification log and
  was withdrawn at Mod 5 (a past arrangement; not_met). A comment muses about reinstating it
  (comments are never evidence).
- 5.5: the placement paragraph is a whole deleted tracked paragraph; placements also appear only
  as a past Mod 2 arrangement; specialist expertise (EP, speech and language therapist,
  advisory teachers) is present (partially_met).
- 3.2: the January start exists only in an inserted tracked phrase (counts: met), with Sittings
  taken in any order with the other cohort.
- 3.3: the Organ has recordings, reading and a peer forum, but "Tutors do not answer queries on
  the Organ" (no direct tutor support between Sittings: partially_met).
- 5.3: CRB checks in the text box are on the School's own evaluators who take smelling sessions
  into schools; participants' checks are left to employing schools; the footer's "All
  participants hold enhanced CRB clearance" is a footer, never evidence (not_met).
- 1.5: only "how the views of pupils are recorded on the annual review form" (knowledge, not
  skill in consulting: partially_met). A comment proposes a pupil-voice Blotter (not evidence).
- 4.3: stakeholders deliver parts of Sittings, but evaluation is only hoped for ("We hope that
  headteachers will in time join our Evaluation Panel": partially_met).
- 5.9: competence and confidence are measured (Headspace re-rating) but pupils' achievement is
  only wished for (partially_met).
- 2.5: only a leaflet of MA modules handed out (partially_met).
- Perfumery words that look like requirement words but are about the fragrance house (IFRA
  compliance, "evaluation" of fragrances, the house's "organ" of raw materials) are not evidence
  for 5.1/5.6 themselves; 5.1 and 5.6 are met on the School's own statements elsewhere.
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from _mf_helpers import (para, bold_caps, table, set_cell, shade, mixed_para, whole_para_tracked,
                         tracked, Footnotes, text_box, header_footer, run_el)

OUT = Path(__file__).with_name("mf-01-corbel-lisle-formula-record.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
fn = Footnotes(doc)
header_footer(doc, "Corbel & Lisle Fragrances Ltd | Perfumery Laboratory | Form FR/12 | CONFIDENTIAL",
              "Formula CL/S/0809 Mod 6. All participants hold enhanced CRB clearance. Printed copies are uncontrolled.")

p = para(doc, "CORBEL & LISLE FRAGRANCES LTD", bold=True, size=14)
para(doc, "School of Perfumery and Fragrance Evaluation, Wrotham Hill, Kent", italic=True)
para(doc, "FORMULA RECORD AND MODIFICATION SHEET (FORM FR/12)", bold=True, size=13)
para(doc, "Submitted to the Training and Development Agency for Schools as our application to provide the "
          "National Award for SEN Coordination, 2008-09.")

# ---------------------------------------------------------------- header table
t = table(doc, [["Field", "Entry", ""],
                ["Formula name", "SENCO Accord", ""],
                ["Formula no.", "CL/S/0809", "Mod 6 (current)"],
                ["Perfumer", "Dr Helena Marsh, Programme Leader", ""],
                ["Evaluator", "Tom Okafor, Head of Evaluation (quality)", ""],
                ["Validated as", "", ""],
                ["Batch", "24 participants a cohort; two cohorts a year", ""],
                ["Partners", "University of the Weald (validation); Westmarch County Council (Children's Services)", ""]])
t.cell(0, 1).merge(t.cell(0, 2)); set_cell(t.cell(0, 1), "Entry", bold=True); shade(t.cell(0, 1), "D9D2E9")
for r in (1, 3, 4, 5, 6, 7):
    a = t.cell(r, 1).merge(t.cell(r, 2))
    txt = a.text.strip()
    set_cell(a, txt)
set_cell(t.cell(5, 1), "Postgraduate Certificate in Special Educational Needs Coordination, validated by the "
                       "University of the Weald at Level 7 (masters level), 60 credits. The University's Faculty "
                       "of Education validated the programme on 2 July 2008 and awards the credit.")

para(doc, "")
bold_caps(doc, "How to read this record", fill="EDE7F6")
para(doc, "This is the form our perfumers use for every formula that leaves the laboratory, and we have kept to it "
          "because it is how our tutors think about a course: what goes in, in what proportion, what it smells "
          "like at each stage, and what changed between versions. Parts in the Formula (Sheet 2) are contact "
          "hours. The Note column places each material: top notes are the Headspace and the Raw Materials "
          "Check at the start; heart notes are the eight Sittings (study days); base notes are the Maceration "
          "tasks participants carry out in their own schools between Sittings.")
para(doc, "In the Olfactive Profile (Sheet 5) the Blotter column shows how each facet is assessed. A Blotter "
          "number (B1, B2, B3 or B4) means the facet is marked on that Blotter. \"Smelling only\" means the "
          "facet is worked on at a Sitting and talked through on the smelling strip (our name for the "
          "discussion sheet participants bring), but no mark is given for it. A dash in the Dosed at column "
          "means the facet has no Sitting of its own.")

# ---------------------------------------------------------------- sheet 1
bold_caps(doc, "Sheet 1 - Olfactive description", fill="EDE7F6")
para(doc, "The SENCO Accord is built around a single idea: a SENCO is judged by what happens to children. "
          "Its aim, written into the validated programme document, is to raise the achievement and improve "
          "the well-being of children and young people with SEN and/or disabilities in participants' schools, "
          "across all five Every Child Matters outcomes - being healthy, staying safe, enjoying and achieving, "
          "making a positive contribution and achieving economic well-being - and not only their attainment. "
          "Each of the four Blotters asks the participant to show the effect of their work on named pupils "
          "in those terms, and the objectives of each Sitting are written as changes in pupils' experience "
          "rather than as topics.")
para(doc, "The Accord is rooted in schools. Every Sitting ends with a Maceration task that the participant "
          "carries out in their own school in the weeks that follow: auditing the school's provision map, "
          "observing and coaching a teaching assistant, running a review meeting with a family. The next "
          "Sitting opens with the smelling strips from that task, so that what is learned is tried, judged and "
          "refined in practice. Blotter 3, the Impact Enquiry, requires each participant to lead one change in "
          "their school's SEN provision, to evaluate its effect on pupils, and to report what they changed as a "
          "result; a participant cannot complete without having made that change.")
para(doc, "Our tutors draw on recent research and inspection evidence throughout: Ofsted's Inclusion: does it "
          "matter where pupils are taught? (2006) and its 2004 report Special educational needs and "
          "disability: towards inclusive schools; the House of Commons Education and Skills Committee's "
          "report on SEN (2006); the interim report of the Bercow Review of services for children with speech, "
          "language and communication needs (2008); and the Inclusion Development Programme materials on "
          "dyslexia and SLCN published by the National Strategies this year. Reading lists are revised each "
          "summer by the programme team, and each Sitting opens with a ten-minute 'new on the organ' briefing "
          "on a recent report or study.")

# ---------------------------------------------------------------- sheet 2 formula
bold_caps(doc, "Sheet 2 - Formula", fill="EDE7F6")
para(doc, "The Formula lists every material in the Accord, in the order a participant meets them.")
rows = [["Ref", "Material", "Parts", "Note", "Remarks"],
        ["T1", "Headspace", "3", "Top",
         "Pre-course needs assessment. Before the first Sitting each participant rates themselves against all 28 "
         "national outcomes on the Headspace sheet, their headteacher adds a statement, and a tutor interviews "
         "them for forty minutes. From this the tutor and participant write an Individual Formula: a training "
         "plan naming the participant's personalised outcomes, the Sittings they most need and the Maceration "
         "tasks they will lead."],
        ["T2", "Raw Materials Check", "1", "Top",
         "Accreditation of prior learning. Certificated masters-level study in SEN taken in the last five years "
         "is accredited against Blotter 1 (up to 20 credits) by the University's APL panel. Prior experience is "
         "accredited through an APEL portfolio mapped to the outcomes, assessed by two tutors."],
        ["H1-H8", "Sittings 1 to 8", "48", "Heart", "Eight study days of six hours at the School (see Sheet 4)."],
        ["B1-B3", "Maceration tasks", "-", "Base",
         "School-based tasks between Sittings, agreed with the participant's Sponsor (an experienced colleague "
         "in school, usually a deputy head or an experienced SENCO)."],
        ["-", "Tutorials", "6", "Heart", "Three one-hour tutorials in school or at the School, and three by telephone."],
        ["B1-B4", "Blotters", "-", "-", "The four marked pieces (Sheet 6)."]]
t2 = table(doc, rows)
para(doc, "The Individual Formula decides the proportions for each participant. Where the Headspace shows a "
          "group of facets already secure, the participant may replace the matching Sitting with an extra "
          "tutorial and a shorter Maceration task, and the Blotter topics are chosen to fit the participant's "
          "school and the personalised outcomes in their plan. The fee is £1,650 for the whole Accord (£1,350 "
          "for a participant with 20 credits from the Raw Materials Check); sharing Sittings between the two "
          "cohorts and teaching two specialist afternoons with Council staff keeps the cost per participant "
          "below that of the University's own taught modules, and the Individual Formula means nobody pays "
          "for days they do not need.")

# ---------------------------------------------------------------- sheet 3 mod log
bold_caps(doc, "Sheet 3 - Modification log", fill="EDE7F6")
para(doc, "Every formula carries its history. The SENCO Accord grew out of our Sensory Learning Certificate, "
          "which we have run with Westmarch special schools since 2005.")
log = table(doc, [["Mod", "Date", "Change", "Reason"],
                  ["1", "Sep 2005", "Sensory Learning Certificate launched: six days, unaccredited.",
                   "Requests from Westmarch special schools for multisensory training."],
                  ["2", "Sep 2006",
                   "Accord widened to SEN coordination. Two placement days in Westmarch special schools added. "
                   "'Direct Smelling' offered: an assessment-only route in which an experienced SENCO could submit "
                   "all four Blotters without attending.",
                   "Westmarch SENCO Forum asked for a leadership strand."],
                  ["3", "Jul 2007",
                   "Provision mapping and deployment of support staff given a Sitting of their own (now Sitting 4).",
                   "Westmarch survey of 112 SENCOs (see Sheet 7): provision mapping and managing teaching "
                   "assistants were the two needs rated highest."],
                  ["4", "Jan 2008", "Parents' Sitting rewritten with Westmarch Parent Partnership Service.",
                   "Parents' focus group, November 2007."],
                  ["5", "Jun 2008",
                   "Direct Smelling withdrawn. Placement days withdrawn. Accord validated at Level 7, 60 credits.",
                   "University validation conditions; cost."],
                  ["6", "Oct 2008", "Current version, for submission to the TDA.", "-"]])
c = log.cell(5, 2)
doc.add_comment(c.paragraphs[0].runs, text="Panel may ask about assessment-only. Could we bring Direct Smelling "
                "back for 2009-10 if numbers allow?", author="C. Lisle", initials="CL")
para(doc, "Nothing from an earlier Mod is part of Mod 6 unless Sheet 2 or Sheet 4 lists it.")

# ---------------------------------------------------------------- sheet 4 sittings
bold_caps(doc, "Sheet 4 - Sittings and Maceration tasks", fill="EDE7F6")
mixed_para(doc, [("The Accord is part time over three terms. A cohort starts in September", None),
                 (" and a second cohort starts in January", "ins"),
                 (". A participant who misses a Sitting, or whose school calendar makes a date impossible, takes "
                  "that Sitting with the other cohort, so Sittings can be taken in a different order; the "
                  "Individual Formula records the order agreed. Participants may spread the Accord over two "
                  "years where their headteacher asks for it.", None)])
para(doc, "Between Sittings participants use the Organ, the School's Moodle site: each Sitting's slides, a "
          "recording of the morning session, the reading for the next Sitting and a forum for each cohort, "
          "where participants post their smelling strips and comment on one another's. Tutors do not answer "
          "queries on the Organ; they are held over to the next Sitting.")

sittings = [
    ("Sitting 1 - The Law and the Code.",
     " The SEN Code of Practice (2001) and the SEN and Disability Act 2001; the Disability Discrimination Act "
     "as amended in 2005 and the disability equality duty, and what schools must do under it (accessibility "
     "plans, reasonable adjustments); Removing Barriers to Achievement; Every Child Matters and the Children "
     "Act 2004. Participants trace one pupil's journey through School Action, School Action Plus and "
     "statutory assessment in their own school."),
    ("Sitting 2 - Recognising need.",
     " The most common types of SEN and disability - behavioural, emotional and social difficulties, "
     "specific learning difficulties including dyslexia, speech, language and communication needs, autistic "
     "spectrum disorders and moderate learning difficulties - and how each can affect learning. A speech and "
     "language therapist and a specialist dyslexia teacher from Westmarch lead the afternoon."),
    ("Sitting 3 - Assessment and tracking.",
     " Identifying pupils who may have SEN from observation and data; setting targets and planning "
     "interventions; using reports from educational psychologists and therapists to plan teaching; using "
     "end-of-key-stage tests and optional tests to track progress and change programmes; encouraging "
     "colleagues to use assessment for learning with pupils with SEN; access arrangements for tests and "
     "examinations. Critical review of approaches, strategies and resources, including ICT such as "
     "text-to-speech software and communication aids."),
    ("Sitting 4 - The provision map.",
     " Provision mapping and management; finding provision that is missing or not working; deploying and "
     "managing teaching assistants; managing one's own time and priorities; anticipating problems and "
     "making decisions about provision."),
    ("Sitting 5 - Working through colleagues.",
     " Advising, supporting and collaborating with colleagues in the school and beyond it (the cluster, "
     "the special school outreach team); gaining the commitment of the headteacher and senior leaders; "
     "observing teaching and giving feedback, coaching, modelling and planning training for staff. "
     "Participants practise a coaching conversation in threes with an observer."),
    ("Sitting 6 - Families and agencies.",
     " Working in partnership with parents and carers, led jointly with Westmarch Parent Partnership Service: "
     "participants rehearse a difficult review meeting with a parent volunteer and receive feedback from her. "
     "The scope and role of external agencies and how to get their support. The Sitting also covers how the "
     "views of pupils are recorded on the annual review form."),
    ("Sitting 7 - Evidence and evaluation.",
     " Research and best practice in meeting special educational needs; principles of school "
     "self-evaluation and improvement, the SEF and how SEN outcomes are reported in it; drawing on "
     "research and external advice to improve practice."),
    ("Sitting 8 - Leading the Accord in school.",
     " Working with senior colleagues and governors on an inclusive ethos, SEN policy and the use of "
     "resources; reviewing the effectiveness of provision with other staff to inform self-evaluation and "
     "the school improvement plan."),
]
for i, (head, body) in enumerate(sittings):
    pp = mixed_para(doc, [(head, "b"), (body, None)])
    if i == 5:
        doc.add_comment(pp.runs[-1:] if pp.runs else [], text="Helena - should pupil voice get a Blotter of its "
                        "own next year? Westmarch keeps asking.", author="C. Lisle", initials="CL")

para(doc, "Specialist expertise comes into the Sittings from outside the School as well as from our own tutors: "
          "a Westmarch educational psychologist (Sittings 3 and 6), a speech and language therapist and a "
          "specialist dyslexia teacher (Sitting 2), the Parent Partnership Service (Sitting 6) and the head of "
          "Oakhurst Special School's outreach team (Sitting 5).")
whole_para_tracked(doc, "Each participant also spends two placement days in a Westmarch special school or "
                        "resourced provision, arranged by the Council's SEN team, with a focused observation "
                        "task linked to Blotter 1.", "del", bold_lead="Placement. ")

# ---------------------------------------------------------------- text box
text_box(doc, ["Our evaluators take smelling sessions into Westmarch special schools every term, and each of "
               "them holds an enhanced CRB disclosure renewed every three years; the School's Registrar keeps "
               "the disclosure numbers.",
               "Participants are teachers already employed in schools. Their suitability to work with children "
               "is a matter for their employing school, and the School does not ask for disclosure details.",
               "All raw materials used in Sittings are IFRA-compliant and handled under the laboratory's COSHH "
               "assessments."],
         height_pt=150, title="HANDLING AND SAFETY")

# ---------------------------------------------------------------- sheet 5 profile
bold_caps(doc, "Sheet 5 - Olfactive Profile", fill="EDE7F6")
para(doc, "The facets below are the national outcomes in our own words. Read the columns as explained in How "
          "to read this record.")
prof = [["Code", "Facet", "Dosed at", "Blotter"]]
groups = {
    "ATTRIBUTES": [
        ("A1", "Builds fair, respectful and constructive relationships with pupils with SEN and their families", "Sitting 6", "B1"),
        ("A2", "Wins the commitment of colleagues, the headteacher and senior leaders", "Sittings 5, 8", "B2"),
        ("A3", "Prioritises, manages time and delegates tasks well", "Sitting 4", "Smelling only"),
        ("A4", "Anticipates and resolves problems; sound decisions on provision", "Sitting 4", "B2, B4"),
        ("A5", "Expresses ideas clearly in speech and writing; listens to others", "Sittings 1-8", "B1, B4"),
        ("A6", "Uses research and outside advice to improve own and colleagues' practice", "Sitting 7", "B3"),
        ("A7", "Keeps up to date and takes charge of own CPD in SEN", "-", "B4"),
    ],
    "KNOWLEDGE": [
        ("K1", "SEN law, the Code of Practice and how to put them into practice", "Sitting 1", "B1"),
        ("K2", "Every Child Matters: its principles and the SENCO's part in it", "Sitting 1", "Smelling only"),
        ("K3", "Disability equality law and what it requires of schools", "Sitting 1", "B1"),
        ("K5", "Common types of SEN and disability and their effect on learning", "Sitting 2", "B1"),
        ("K6", "Approaches, strategies and resources, including ICT, for assessment and teaching", "Sitting 3", "B2"),
        ("K7", "Principles of school self-evaluation and improvement for SEN", "Sitting 7", "B3"),
        ("K8", "Best practice and research in meeting SEN", "Sitting 7", "B3"),
        ("K9", "External agencies and how to get specialist support", "Sitting 6", "B1"),
    ],
    "SKILLS": [
        ("S1", "Works with senior leaders and governors on inclusive ethos, policy and resources", "Sitting 8", "B2"),
        ("S2", "Identifies need, sets challenging targets, plans interventions, reviews progress", "Sitting 3", "B1"),
        ("S2a", "Uses other professionals' assessments to plan teaching", "Sitting 3", "B1"),
        ("S2b", "Uses summative assessment and national tests to track and adjust", "Sitting 3", "B3"),
        ("S2c", "Helps colleagues develop formative assessment for pupils with SEN", "Sitting 3", "B2"),
        ("S2d", "Identifies and puts in place access arrangements for tests and exams", "Sitting 3", "Smelling only"),
        ("S3", "Uses provision mapping; finds missing or ineffective provision", "Sitting 4", "B2"),
        ("S4", "Deploys and manages staff", "Sitting 4", "B2"),
        ("S5", "Develops colleagues by observation, feedback, coaching and training", "Sitting 5", "B3"),
        ("S6", "Reviews provision with staff to inform self-evaluation", "Sitting 8", "B3"),
        ("S7", "Involves pupils in planning and reviewing their provision", "Sitting 6", None),
        ("S8", "Liaises with parents and carers", "Sitting 6", "B1"),
        ("S9", "Works in partnership with other services and voluntary bodies", "Not in this Mod", "-"),
    ],
}
for g, items in groups.items():
    prof.append([g, None, None, None])
    for it in items:
        prof.append(list(it))
pt = table(doc, [[c if c is not None else "" for c in r] for r in prof])
for i, r in enumerate(prof):
    if r[1] is None and i > 0:
        m = pt.cell(i, 0).merge(pt.cell(i, 3)); set_cell(m, r[0], bold=True); shade(m, "F3EFE6")
    if r[0] == "S7":
        cell = pt.cell(i, 3); cell.text = ""
        pp = cell.paragraphs[0]
        pp._p.append(tracked("del", "B3", author="H. Marsh"))
        pp._p.append(tracked("ins", "Smelling only", author="H. Marsh"))
    if r[0] == "A1":
        fn.add(pt.cell(i, 3).paragraphs[0], "On B1 the tutor comments on the participant's relationships with "
               "the pupil and family in the case study; these comments are formative feedback and carry no mark.")

# ---------------------------------------------------------------- sheet 6 blotters
bold_caps(doc, "Sheet 6 - Blotters", fill="EDE7F6")
para(doc, "B1 Case Study (4,000 words, 15 credits). A pupil with SEN in the participant's school: the law and "
          "guidance that apply, the pupil's needs, the advice of other professionals, the targets and "
          "interventions set, the review of progress with the family, and the part played by outside agencies.")
para(doc, "B2 Provision Map and Presentation (15 credits). The participant's audit and redesign of their school's "
          "provision map, the deployment of support staff in it, and a twenty-minute presentation to their "
          "headteacher and a governor, marked by a tutor from a recording and the headteacher's written response.")
para(doc, "B3 Impact Enquiry (5,000 words, 20 credits). A change led by the participant, the research it draws on, "
          "the professional development of colleagues it required, the tracking data used, and the review of "
          "its effectiveness with staff for the school's self-evaluation.")
para(doc, "B4 Final Evaluation (10 credits). A forty-minute professional discussion with two tutors on the "
          "participant's whole Accord: the decisions they took, and how they have kept their knowledge up to date and "
          "managed their own learning during the Accord.")
para(doc, "All four Blotters are marked against published criteria for each facet they carry. The Award is made "
          "on an aggregate mark of 50% across the four Blotters, with no Blotter below 40%. A participant "
          "below 40% on any Blotter may resubmit it once. At the Final Evaluation each participant is handed the "
          "University's leaflet of MA modules.")

# ---------------------------------------------------------------- sheet 7 stakeholders
bold_caps(doc, "Sheet 7 - Panel notes: who shaped this Accord", fill="EDE7F6")
para(doc, "We did not write the SENCO Accord alone. In spring 2007 Westmarch County Council surveyed all 112 "
          "SENCOs in its schools for us, and fourteen headteachers met in a focus group at the School in "
          "June 2007. The survey put provision mapping and the management of teaching assistants first among "
          "their needs, and the headteachers asked for more on reporting SEN outcomes in the SEF. Mod 3 gave "
          "provision mapping and deployment a Sitting of their own (Sitting 4) and Sitting 7 now spends its "
          "afternoon on the SEF. A parents' focus group run with Westmarch Parent Partnership Service in "
          "November 2007 told us that families felt talked at in reviews; Mod 4 rewrote Sitting 6 with the "
          "Service so that participants rehearse reviews with a parent volunteer.")
para(doc, "Stakeholders are part of the Accord as it runs: Council officers and specialist staff lead parts "
          "of Sittings 2, 3, 5 and 6, and Sponsors in participants' schools agree each Maceration task. We hope "
          "that headteachers will in time join our Evaluation Panel.")

# ---------------------------------------------------------------- sheet 8 evaluation
bold_caps(doc, "Sheet 8 - Evaluation and quality", fill="EDE7F6")
para(doc, "In the laboratory nothing is released until an evaluator has smelled it against the brief; the "
          "School works the same way. Quality of the Accord is watched by our own methods and by outside "
          "ones.")
qa = [
    ("Sitting cards.", " Every participant completes an evaluation card at the end of each Sitting; the "
     "Programme Leader summarises them within a week and the next Sitting's plan is changed where needed."),
    ("Mid-point review.", " After Sitting 4 a tutor who does not teach the cohort meets it without the "
     "cohort's tutors present and reports to the programme team."),
    ("External examiner.", " The University appoints an external examiner, currently a senior lecturer in "
     "inclusive education from another university, who samples Blotters, meets participants once a year and "
     "reports to the University's examination board."),
    ("Annual monitoring.", " The University's annual monitoring report brings together marks, completion, "
     "cards and the examiner's report; the programme team writes an action plan from it, and each change is "
     "entered as a new Mod on Sheet 3 so that the reason for every change is on record."),
    ("Competence and confidence.", " At the end of the Accord each participant re-rates themselves on the "
     "Headspace sheet against the 28 outcomes and gives a confidence rating for each; the tutor compares the "
     "two Headspace sheets with the Blotter marks, and the cohort's gains are reported in annual monitoring. "
     "We would like future cohorts to report pupil progress data, but this is not yet part of the Record."),
]
for h, b in qa:
    mixed_para(doc, [(h, "b"), (b, None)])
para(doc, "Entry. Applicants must hold QTS, be in post as SENCO or designated to become one within the year, "
          "and have their headteacher's written support. The Headspace interview checks that each applicant has "
          "enough knowledge and experience to meet the outcomes by the end of the Accord; an applicant who is "
          "not yet ready is given written guidance on what to do first (usually a term shadowing the school's "
          "current SENCO and the Westmarch induction course), and the Programme Leader writes to their "
          "headteacher with the same advice.")
para(doc, "Moderation. Every Blotter is first-marked by the participant's tutor. A second tutor blind-marks a 20% "
          "sample across all grades and every fail; disagreements of more than five marks go to a third "
          "marker. Tutors meet for a standardisation session before each marking round using Blotters from the "
          "previous cohort, and the external examiner moderates the sample.")
para(doc, "Roles. Tutors receive the Tutor Handbook and attend the standardisation sessions. Sponsors attend a "
          "half-day Sponsor Briefing before the first Sitting, receive the Sponsor Notes setting out what they "
          "do for each Maceration task and what they must not do (they do not mark Blotters), and can ring the "
          "Programme Leader at any time. A Sponsor who cannot attend is briefed in school by the participant's "
          "tutor.")
para(doc, "Resources. Participants use the University of the Weald's library and its electronic journals "
          "through their University login, the School's own SEN collection of some 600 titles and assessment "
          "materials, and the Organ. The School's teaching rooms have interactive whiteboards, and a set of "
          "assistive technology (text-to-speech and mind-mapping software, a range of communication aids) is "
          "used at Sitting 3 and loaned to participants for Maceration tasks.")
para(doc, "Equality. The application form asks every applicant about any disability or need for adjustment, and "
          "tells them why. We make the adjustments they ask for and others we anticipate: Blotters in large "
          "print or on coloured paper, extra time, deadlines moved, recorded Sittings, a quiet room, and "
          "scent-free Sittings for any participant with asthma or a fragrance sensitivity. The School's "
          "building has level access, a lift and an accessible toilet. Our promotional leaflet names the "
          "adjustments we offer, and our selection criteria are checked each year by the University's "
          "equality officer.")

# ---------------------------------------------------------------- sheet 9 team
bold_caps(doc, "Sheet 9 - Perfumers (staff)", fill="EDE7F6")
table(doc, [["Name", "Role", "Background"],
            ["Dr Helena Marsh", "Programme Leader, tutor",
             "Former SENCO and deputy head of a Westmarch special school; Westmarch inclusion adviser 2001-2006; "
             "PhD on provision mapping; still teaches one day a week in a resourced primary school."],
            ["Graham Pell", "Tutor", "SENCO in two secondary schools for eleven years; OCR specialist teacher "
             "diploma (SpLD); external consultant to the National Strategies' IDP work in 2008."],
            ["Ruth Adeyemi", "Tutor (0.4)", "Senior educational psychologist, Westmarch County Council; chartered "
             "psychologist."],
            ["Tom Okafor", "Head of Evaluation", "Quality lead for the School; an evaluator, not a tutor: he runs "
             "the Sitting cards and annual monitoring."]])
para(doc, "All tutors attend at least two SEN conferences or courses a year, paid for by the School, and report "
          "what they learn at the termly programme team meeting.")

para(doc, "")
para(doc, "Released for submission: Dr Helena Marsh, Programme Leader, 20 October 2008.", italic=True)

fn.attach()
doc.save(OUT)
print("wrote", OUT)
