"""jl-02-hallamby-variety-questionnaire: build script (writes jl-02-hallamby-variety-questionnaire.docx next to
itself).

Provider (invented): the Schools and Community Learning Team of Hallamby Botanic Garden, with the University
of Tarrenford's Faculty of Education, which validates the award (a PGCert).

Document kind and layout: the Garden's own Technical Questionnaire for an application for plant variety rights
(Form PVR-TQ, in the style of a UPOV technical questionnaire), the form the Garden's horticulture team uses to
register a new cultivar, filled in by the Learning Team for its course, the "variety" 'Hallamby Compass'. A
shaded text box note to the panel; the form's numbered questions (1 Applicant, 2 Taxon, 3 Denomination,
4 Origin, maintenance and propagation with 4.1.1-4.3, 5 Characteristics, 6 Similar varieties, 7 Additional
information with 7.1-7.3, 8 Authorisation for release, 9 Plant material, 10 Declaration) as Heading 2 titles
whose numbers collide with requirement ids; the form's grey italic guidance prompts left in; typed tick boxes
("[X]", "[ ]"); field tables with merged, shaded label cells; a characteristics table of the national
outcomes ("Expressed in | Examined in" with a "Note" 1-9 column that is not a mark, "Observation only" cells
defined as observed by the mentor and marked by no Test); a similar-varieties table comparing the course with
other providers' courses and with its own unaccredited parent. One footnote, one Word comment, one tracked
deletion and one tracked replacement (deletion plus insertion); header and footer. The Garden's vocabulary:
Cultivators (participants), the Breeding Team / Breeders (tutors), Maintainers (school-based mentors), Plot
Days (study days), Field Trials (school-based tasks), the D-, U- and S-Tests (the marked assignments), the
Grafting Room (the online area), the Walled Garden and Grafting routes.

Traps (requirement ids):
- Question 3: "60 credits at Level 7" is a tracked deletion replaced by an insertion "40 credits at Level 7
  and 20 credits at Level 6" -> E.2 partially_met.
- 4.1.1: the parent varieties: the unaccredited seed parent 'Greenhouse Club' had a placement week in a special
  school (a past arrangement); the candidate has only specialists visiting Plot Days -> 5.5 partially_met.
  Research is only "current thinking" with no research or inspection evidence named -> 1.3 partially_met.
- 4.2: a January start survives only as a tracked deletion; two routes and the Field Trials in any order
  remain -> 3.2 met. The Grafting Room gives tutor support and ICT use, but "has no discussion forum between
  Cultivators" and support between sessions is tutor-only -> 3.3 partially_met (peer support missing).
- 4.3: evaluation only by Cultivators' Plot Day forms; the external examiner only "will be nominated" (a
  footnote); nothing on how evidence improves the course -> 5.1 partially_met. Maintainers receive notes by
  post only -> 5.7 partially_met. Moderation by second marking and the University's moderator -> 5.8 met.
- Section 5: "Note" is defined as the strength aimed for, "not a mark". "Observation only" (mentor observes,
  no Test marks): 6.A1, 6.S5, 6.S8, 6.S9 -> partially_met; 6.K8 examined in the S-Test but "Expressed in"
  "-" -> partially_met; 6.K3 "absent in this variety" -> not_met; 6.S3 "-" in both columns, see 6 -> not_met.
  1.9 partially_met as a result.
- Section 6 (other providers' arrangements): the assessment-only route ("Direct Test") belongs to 'Marsh
  Hill Certificate'; candidate "not offered" -> 2.3 not_met. Credit for prior learning belongs to 'Brackley
  SENCO Programme'; candidate "not given" -> 2.1 not_met. Provision mapping is in 'Marsh Hill'; candidate
  "absent" -> 6.S3 not_met. A peer forum is Brackley's; candidate "none" -> 3.3 partially_met.
- 7.1: the CRB check is done properly (disclosure seen, number and date recorded, a reference from the head,
  List 99) -> 5.3 met.
- 7.2: the award rule lets an aggregate mark compensate a failed Test -> 6.0 not_met; a University comment
  objecting to compensation is a Word comment, not part of the submission.
- 7.3: stakeholders' needs only in general terms ("Schools tell us"), with no evidence collected -> 4.1
  partially_met; Maintainers "commented on a draft" with no change named -> 4.2 partially_met; stakeholders'
  part in evaluation is concrete (a Review Panel of heads, a parent and former participants) -> 4.3 met. The
  starting audit groups Cultivators for workshops but sets no individual plan or personalised outcomes -> 2.2
  partially_met.
- Plot Day 8 brings a parent speaker only; parents' work is observed, not marked -> 1.7 partially_met.
- Section 8 and 9: the form's tick boxes about environmental release and treatment are prompts, not evidence.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _jl_helpers import Doc, del_run, ins_run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "jl-02-hallamby-variety-questionnaire"
GREY = "808080"
LAB = "E7E6E6"
TEAL = "DAEEF3"

d = Doc(base_font="Arial", size=10)
d.header_footer("Hallamby Botanic Garden  \u2013  Application for Plant Variety Rights  \u2013  Technical "
                "Questionnaire  \u2013  Ref. HBG/TQ/09/03",
                "Form PVR-TQ (rev. 2007). The applicant must answer every question. Incomplete questionnaires "
                "will be returned.")


def guide(text):
    d.p(text, i=True, color=GREY, sz=9)


def q(num, title):
    d.h(f"{num}  {title}", 2)


d.p([("HALLAMBY BOTANIC GARDEN", {"b": True, "sz": 14})], align="center")
d.p([("TECHNICAL QUESTIONNAIRE", {"b": True, "sz": 16})], align="center")
d.p("to be completed in connection with an application for plant variety rights", align="center", i=True)
d.textbox([
    [("Note to the approval panel", {"b": True})],
    "This is the form on which Hallamby's horticulture team registers every new cultivar it raises. When the "
    "Schools and Community Learning Team and the University of Tarrenford came to write this application, we "
    "found that the questions a plant breeder must answer (where did it come from, how is it propagated, what "
    "are its characteristics, how does it differ from similar varieties, how will it be kept true) were the "
    "questions the panel asks. We have therefore answered them for our course, the variety 'Hallamby Compass'. "
    "The form's own guidance notes are left in grey.",
    "Tobias Wrenfield, Head of Learning"], height_pt=150, fill="DAEEF3")

guide("Guidance: complete this questionnaire in full. Where a question does not apply, write 'not applicable'. "
      "Tick boxes by typing X between the brackets.")

# ------------------------------------------------------------------ 1
q("1", "Applicant")
d.table([
    [{"text": "Name", "shade": LAB, "b": True}, "Hallamby Botanic Garden, Schools and Community Learning Team"],
    [{"text": "Address", "shade": LAB, "b": True}, "The Lodge, Orchard Road, Hallamby HB2 9QT"],
    [{"text": "Contact", "shade": LAB, "b": True}, "Tobias Wrenfield, Head of Learning (01632 960 733)"],
    [{"text": "Co-applicant", "shade": LAB, "b": True},
     "University of Tarrenford, Faculty of Education. The University has validated 'Hallamby Compass' as its "
     "Postgraduate Certificate in Special Educational Needs Coordination (validation panel, 18 February 2009) "
     "and will award the Certificate to successful Cultivators."],
    [{"text": "Agent", "shade": LAB, "b": True}, "None"],
], [2200, 6800])

# ------------------------------------------------------------------ 2
q("2", "Taxon")
guide("Guidance: give the botanical name of the species to which the variety belongs, and its common name.")
d.table([
    [{"text": "Botanical name", "shade": LAB, "b": True}, "Professio coordinatrix var. specialis"],
    [{"text": "Common name", "shade": LAB, "b": True},
     "National Award for Special Educational Needs Coordination (TDA/DCSF, 2008-09)"],
], [2200, 6800])

# ------------------------------------------------------------------ 3
q("3", "Proposed denomination and breeder's reference")
d.table([
    [{"text": "Proposed denomination", "shade": LAB, "b": True}, "'Hallamby Compass'"],
    [{"text": "Breeder's reference", "shade": LAB, "b": True}, "HBG-L-09"],
    [{"text": "Credit and level", "shade": LAB, "b": True},
     ["Postgraduate Certificate, ",
      del_run("60 credits at Level 7", author="T. Wrenfield", date="2009-02-20T09:02:00Z"),
      ins_run("60 credits: 40 credits at Level 7 and 20 credits at Level 6", author="T. Wrenfield",
              date="2009-02-20T09:02:00Z"),
      ". The D-Test is assessed at Level 6; the U-Test and S-Test at Level 7."]],
    [{"text": "Length", "shade": LAB, "b": True}, "One academic year, part time: ten Plot Days and four Field Trials"],
], [2200, 6800])

# ------------------------------------------------------------------ 4
q("4", "Information on origin, maintenance and propagation of the variety")
d.h("4.1  Breeding scheme", 3)
guide("Guidance: indicate how the variety was obtained. 4.1.1 Crossing: (a) controlled cross (indicate parent "
      "varieties); (b) partially known cross; (c) unknown cross. 4.1.2 Mutation. 4.1.3 Discovery and development.")
d.p("4.1.1 Crossing: (a) controlled cross  [X]     (b) partially known cross  [ ]     (c) unknown cross  [ ]")
d.p("4.1.2 Mutation  [ ]          4.1.3 Discovery and development  [ ]")
d.table([
    [{"text": "Parent", "shade": LAB, "b": True}, {"text": "Denomination", "shade": LAB, "b": True},
     {"text": "Description", "shade": LAB, "b": True}],
    ["Seed parent (female)", "'Greenhouse Club'",
     "The Garden's unaccredited network course for SENCOs, 2005-08: six twilight sessions a year in the "
     "Temperate House and a placement week for every member at Ferncroft Special School. About sixty SENCOs "
     "from Hallamby schools took part over three years."],
    ["Pollen parent (male)", "'PGCert Inclusive Practice'",
     "The University of Tarrenford's 60-credit masters-level certificate for classroom teachers, 2003 to date, "
     "with its marking, moderation and Board of Examiners."],
], [1800, 2000, 5200])
d.p("From the seed parent 'Hallamby Compass' takes its roots in schools and its use of the Garden; from the "
    "pollen parent its assessment at masters level. The main objective selected for in every generation is "
    "the one the Award sets: better achievement and well-being for children and young people with SEN and "
    "disabilities, in all five Every Child Matters outcomes. Every Field Trial starts from named pupils in the "
    "Cultivator's own school and each Test asks what changed for them. The content reflects current thinking "
    "in SEN and disability and is revised each year by the Breeding Team.")

d.p("Why a garden? The Schools and Community Learning Team welcomes some 11,000 pupils a year, about a fifth of "
    "them from special schools and resourced units, and runs the Garden's horticultural therapy groups for "
    "young people with learning disabilities on Tuesday and Friday mornings. Our teachers and therapists work "
    "alongside SENCOs every week; Greenhouse Club grew out of those visits, and its members asked us to take "
    "it further when the Award was announced. The University brings the academic standing and the assessment "
    "the Club never had.")
d.h("4.2  Method of propagating the variety", 3)
guide("Guidance: describe how the variety is reproduced (seed, cuttings, in vitro, other), and any special "
      "conditions.")
d.p([("4.2.1  Plot Days. ", {"b": True}),
     "Cultivators meet for ten Plot Days across the year, taught by the Breeding Team. Plot Days 1, 2, 3, 4, 6, "
     "8, 9 and 10 are held in the Learning Centre at the Garden. Plot Days 5 and 7 are taught in two ways, to "
     "suit the two routes below."])
d.table([
    [{"text": "Plot Day", "shade": TEAL, "b": True}, {"text": "Content", "shade": TEAL, "b": True}],
    ["1  The lie of the land", "SEN law and the SEN Code of Practice (2001): what they require of the school, "
     "the SENCO, governors and the local authority; current government policy and initiatives, including the "
     "Inclusion Development Programme and the Every Child Matters outcomes and the SENCO's part in them."],
    ["2  How children grow", "How children develop and how SEN, disability and the physical and social "
     "environment affect development; the most common types of SEN (BESD, SpLD including dyslexia, SLCN, ASD, "
     "MLD) and how they affect learning."],
    ["3  Hearing the child", "Consulting children and young people: person-centred reviews, pupil "
     "questionnaires, Talking Mats and advocacy; involving pupils in setting and reviewing their targets and "
     "provision. Cultivators practise with pupils from Orchard Road Primary who visit for the afternoon."],
    ["4  Evidence", "Identifying pupils with SEN from observation and data; setting challenging targets; "
     "planning and reviewing interventions; using reports from educational psychologists and therapists; using "
     "summative data and national tests to track progress; identifying access arrangements for national tests "
     "and examinations in good time and putting them in place with colleagues."],
    ["5  Tools", "Approaches and resources for assessment, planning and teaching, including ICT and "
     "assistive technology; helping colleagues develop formative assessment for pupils with SEN."],
    ["6  Leading colleagues", "Gaining the commitment of the head and senior leaders; working with governors on "
     "inclusive ethos, policy and resources; deploying and managing teaching assistants; coaching, observing "
     "and giving feedback; advising and collaborating with colleagues within and beyond the school."],
    ["7  Looking back to look forward", "School self-evaluation and improvement planning for SEN; reviewing the "
     "effectiveness of provision with other staff."],
    ["8  Families", "A parent speaker from Hallamby Parent Partnership talks about her family's experience of "
     "school."],
    ["9  Other services", "The scope and role of external agencies and voluntary organisations, and how to get "
     "specialist support; visiting speakers from the educational psychology service, the sensory support "
     "service and Hallamby Autism Support (a voluntary group)."],
    ["10  Tending the role", "Managing time and priorities; delegating; solving problems and making decisions; "
     "using research and outside advice; keeping up to date. Each Cultivator leaves with a development plan "
     "for her next two years agreed in a three-way meeting with her Maintainer and a member of the Breeding "
     "Team, to be taken to her performance management review."],
], [2300, 6700], font_sz=9)
d.p([("4.2.2  Field Trials. ", {"b": True}),
     "Between Plot Days each Cultivator carries out four Field Trials in her own school, supported by her "
     "Maintainer, an experienced SENCO from a neighbouring school: FT1, an audit of the school's SEN policy "
     "against the Code; FT2, a case study of one pupil; FT3, a review of provision for a group of pupils with "
     "baseline and follow-up measures; FT4, coaching a colleague through a change in practice. The Field Trials "
     "lead into the three Tests, so that what the Cultivator changes in her school is what she is assessed on."])
d.p([("4.2.3  Routes. ", {"b": True}),
     "There are two routes. On the Walled Garden route all ten Plot Days are at the Garden. On the Grafting "
     "route Plot Days 5 and 7 are studied online in the Grafting Room, the University's Moodle site, which "
     "suits Cultivators from the rural north of the county. The Field Trials may be done in any order agreed "
     "with the Maintainer.",
     del_run(" Cultivators may start in January as well as September.", author="T. Wrenfield",
             date="2009-02-20T09:10:00Z"),
     " A Cultivator may move from one route to the other at the end of any term."])
d.p([("4.2.4  The Grafting Room. ", {"b": True}),
     "Each online Plot Day has recorded presentations, readings and three tasks; a Breeder answers questions "
     "posted to her within two working days and holds a live online tutorial for each Plot Day. Field Trial "
     "drafts and the Tests are submitted through the Grafting Room, and the Breeding Team uses it to send "
     "news to Cultivators and their heads. The Grafting Room has no discussion forum between Cultivators."])

d.h("4.3  Maintenance of the variety", 3)
guide("Guidance: describe how the breeder will keep the variety true to type over successive generations.")
d.p([("Staff. ", {"b": True}),
     "The Breeding Team is led by Dr Anwen Holloway (former SENCO and SEN adviser, MA in SEN, now Senior "
     "Lecturer at Tarrenford, researching provision mapping), with Mr Daniel Okafor (educational psychologist, "
     "Hallamby EPS, two days a week with the course) and Mrs Frances Lyle (Head of Learning at the Garden until "
     "2007 and previously SENCO of Ferncroft Special School for eleven years). Each keeps up to date through "
     "current casework in schools."])
d.p([("Maintainers. ", {"b": True}),
     "Each Maintainer receives the Maintainers' Notes by post before her first visit to her Cultivator."])
d.p([("Marking and moderation. ", {"b": True}),
     "Every Test is marked by a Breeder against the published criteria and second-marked by another Breeder. "
     "The University's Faculty moderator samples a quarter of all Tests, and all fails and distinctions, and "
     "results are confirmed by the University's Board of Examiners."])
d.p([("Evaluation. ", {"b": True}),
     "Cultivators complete an evaluation form at the end of each Plot Day. The University will nominate an "
     "external examiner",
     d.footnote("Under the University's regulations an external examiner is nominated by the Faculty once a "
                "programme has been approved; we expect a nomination for the 2009-10 session."),
     "."])
d.p([("Impact. ", {"b": True}),
     "The U-Test requires baseline and follow-up measures for each pupil in the group (for example reading or "
     "spelling ages, P scale levels, attendance, Boxall profiles or the pupil's own rating of how school is "
     "going), and the Breeding Team collects these across the cohort each year and reports them to the Review "
     "Panel (7.3). Cultivators complete a confidence scale against the outcomes at the start, at the end and "
     "one year after the course, and their heads complete a short questionnaire a year after the course on "
     "what has changed in the school's SEN provision and for pupils."])

# ------------------------------------------------------------------ 5
q("5", "Characteristics of the variety to be indicated")
guide("Guidance: please mark the note which best corresponds to the variety for each characteristic. Where a "
      "characteristic is not expressed, say so.")
d.p("The characteristics of 'Hallamby Compass' are the national minimum outcomes, in our words. The Note is "
    "the strength of expression we aim for in the Cultivator by the end of the year (1 = weak, 9 = very "
    "strong); it is not a mark. 'Expressed in' names the Plot Days (PD) and Field Trials (FT) where the "
    "characteristic is developed. 'Examined in' names the Test that marks it. 'Observation only' means the "
    "Maintainer observes the characteristic in school and writes an Observation Note, but no Test marks it.")
rows = [["No.", "Characteristic", "Note", "Expressed in", "Examined in"]]


def grp(t):
    rows.append([{"text": t, "span": 5, "b": True, "shade": LAB}])


grp("5.A  Attributes")
rows += [
    ["A1", "Fair, respectful, constructive relationships with pupils with SEN and their parents or carers", "7",
     "PD3, PD8", "Observation only"],
    ["A2", "Gains the commitment of colleagues, including the head and senior leaders", "7", "PD6, FT4",
     {"text": "S-Test", "vmerge": "restart"}],
    ["A3", "Prioritises, manages time and delegates", "6", "PD10", {"vmerge": "cont"}],
    ["A4", "Anticipates and resolves problems; sound judgement on provision", "7", "PD10, FT2", "D-Test"],
    ["A5", "Clear in speech and writing; listens to and understands others' views", "7", "all Plot Days",
     "S-Test"],
    ["A6", "Uses research and outside advice to improve practice", "7", "PD10, FT3", "U-Test"],
    ["A7", "Keeps up to date; takes responsibility for own CPD", "6", "PD10", "S-Test"],
]
grp("5.K  Knowledge and understanding")
rows += [
    ["K1", "SEN law, the Code of Practice and putting them into practice", "8", "PD1, FT1",
     {"text": "S-Test", "vmerge": "restart"}],
    ["K2", "Every Child Matters and the SENCO's part in it", "7", "PD1", {"vmerge": "cont"}],
    ["K3", "Disability equality law and what it requires",
     {"text": "absent in this variety", "span": 3, "i": True}],
    ["K4", "How children develop, and the effect of SEN, disability and environment", "7", "PD2",
     {"text": "D-Test", "vmerge": "restart"}],
    ["K5", "The common types of SEN and their effect on learning", "8", "PD2, FT2", {"vmerge": "cont"}],
    ["K6", "Critical understanding of approaches and resources, including ICT", "7", "PD5",
     {"text": "U-Test", "vmerge": "restart"}],
    ["K7", "School self-evaluation and improvement for SEN", "6", "PD7", {"vmerge": "cont"}],
    ["K8", "Best practice and research in meeting SEN", "7", "\u2013", "S-Test"],
    ["K9", "External agencies and getting specialist support", "7", "PD9", "U-Test"],
]
grp("5.S  Skills")
rows += [
    ["S1", "With senior colleagues and governors, shapes inclusive ethos, policy and resources", "7", "PD6",
     {"text": "S-Test", "vmerge": "restart"}],
    ["S2", "Identifies pupils, sets targets, plans interventions and reviews progress", "8", "PD4, FT2",
     "D-Test"],
    ["S2a", "Uses other professionals' assessments to develop teaching", "7", "PD4, FT2", "D-Test"],
    ["S2b", "Uses summative assessments and national tests to track progress", "7", "PD4, FT3", "U-Test"],
    ["S2c", "Helps colleagues develop formative assessment", "6", "PD5", "U-Test"],
    ["S2d", "Identifies and puts in place special arrangements for tests and examinations", "6", "PD4",
     "U-Test"],
    ["S3", "Uses provision mapping; finds ineffective or missing provision (see 6)", "\u2013", "\u2013",
     "\u2013"],
    ["S4", "Deploys and manages staff", "7", "PD6", "S-Test"],
    ["S5", "Supports colleagues' development: observation, feedback, modelling, coaching, training", "7",
     "PD6, FT4", "Observation only"],
    ["S6", "Reviews provision with other staff to inform self-evaluation", "7", "PD7, FT3", "U-Test"],
    ["S7", "Involves pupils in planning, agreeing and reviewing their provision", "8", "PD3, FT2", "D-Test"],
    ["S8", "Liaises effectively with parents and carers", "7", "PD8", "Observation only"],
    ["S9", "Works in partnership with other services and voluntary organisations", "7", "PD9",
     "Observation only"],
]
d.table(rows, [600, 4600, 600, 1500, 1700], header_shade=TEAL, font_sz=9)
d.p([("The Tests. ", {"b": True}),
     "The D-Test (Distinctness) is a 4,000-word case study of one pupil, built on FT2. The U-Test (Uniformity) "
     "is a 5,000-word review of provision for a group of pupils, built on FT3, with baseline and follow-up "
     "measures. The S-Test (Stability) is a portfolio on leading a change in the school's SEN provision, with "
     "a 40-minute professional discussion with two Breeders. The D-Test is due in January, the U-Test in April and "
     "the S-Test, with its discussion, in late June, so that each Test follows the Field Trial it is built on."])

# ------------------------------------------------------------------ 6
q("6", "Similar varieties and differences from these varieties")
guide("Guidance: use the table below to indicate how your candidate variety differs from the variety (or "
      "varieties) which, to the best of your knowledge, is (or are) most similar.")
d.table([
    ["Denomination of similar variety", "Characteristic in which the candidate differs",
     "State in the similar variety", "State in the candidate variety"],
    [{"text": "'Marsh Hill Certificate' (Wyebourne University)", "vmerge": "restart"},
     "Assessment without training", "offered: a Direct Test for experienced SENCOs from support services",
     "not offered"],
    [{"vmerge": "cont"}, "Provision mapping", "a taught day and a marked task", "absent"],
    [{"text": "'Brackley SENCO Programme' (Ashridge LA with Wyebourne University)", "vmerge": "restart"},
     "Credit for earlier study and experience", "up to 30 credits by APL and APEL",
     "not given: every Cultivator takes all three Tests"],
    [{"vmerge": "cont"}, "Online contact between participants", "a moderated peer forum", "none"],
    ["'Greenhouse Club' (seed parent, 2005-08)", "Placements",
     "a placement week at Ferncroft Special School", "specialists visit Plot Days 2, 4 and 9"],
], [2300, 2200, 2400, 2100], header_shade=TEAL, font_sz=9)

# ------------------------------------------------------------------ 7
q("7", "Additional information which may help to distinguish the variety")
d.h("7.1  Resistance to pests and diseases", 3)
guide("Guidance: give any information on resistance, with the race or strain where known.")
d.p("We read this question as asking how the variety is protected. Before a Cultivator's first Plot Day our "
    "Learning Administrator sees her enhanced CRB disclosure, checks that it is current and records its number "
    "and date, and takes up a reference from her headteacher confirming that she is not on List 99, has not "
    "been barred from working with children and that there have been no concerns about her conduct. Nobody "
    "attends a Plot Day until both are on file.")

d.h("7.2  Special conditions for the examination of the variety", 3)
guide("Guidance: state any conditions the examining office should know of.")
d.p("Applicants are asked on the application form, and again at the entry interview, whether they have a "
    "disability or need that we should plan for, and told how that information will be used. We make "
    "reasonable adjustments for disabled Cultivators: materials in large print or electronic formats, a "
    "note-taker or BSL interpreter on Plot Days, extra time for Tests or the professional discussion held in "
    "two parts. The Learning Centre is step-free and has a hearing loop. The Garden's equality scheme covers "
    "the course, and the Breeding Team reviews each year whether any group of Cultivators is doing less well.")
rule = d.p([("Award. ", {"b": True}),
            "A Cultivator whose aggregate mark across the three Tests reaches 50 per cent is awarded the "
            "Certificate, even where one Test falls below the pass mark, provided no Test is below 40 per cent."])
d.comment(rule, "University QA: the University's regulations for this award do not allow compensation between "
          "Tests - please check with Registry before submission.", author="Registry (QA)", initials="QA")

d.h("7.3  Other information", 3)
d.p([("Who may apply. ", {"b": True}),
     "Applicants must hold QTS, be SENCOs or be about to take up the role, and be nominated by their "
     "headteacher. Each has an entry interview with a Breeder, who looks at her prior qualifications and "
     "experience against the outcomes. Where an applicant is not yet ready, the Breeder tells her and her head "
     "what to do first (for example, the University's short course in SEN) and offers her a place the "
     "following year."])
d.p([("Starting audit. ", {"b": True}),
     "Each Cultivator completes a self-audit against the characteristics in Section 5 before Plot Day 1. The "
     "results are used to group Cultivators for the Plot Day workshops."])
d.p([("Fitting the course to the Cultivator. ", {"b": True}),
     "The fee is \u00a31,300, of which Hallamby Children's Services pays half for its schools. Cultivators choose "
     "their route and the order of their Field Trials; each Field Trial is set in her own school on pupils she "
     "chooses, so the work is the Cultivator's own, and the Breeding Team gives each Cultivator three one-to-one "
     "tutorials, timed at the points she asks for."])
d.p([("What schools need. ", {"b": True}),
     "Schools tell us constantly that new SENCOs need to be practical from the first week and that they cannot "
     "be out of school often. Our Maintainers commented on a draft of this questionnaire."])
d.p([("Review Panel. ", {"b": True}),
     "Each July a Review Panel of three headteachers, a parent governor nominated by Hallamby Parent "
     "Partnership, two former Greenhouse Club members and the local authority's SEN manager reads the "
     "Cultivators' evaluations, the Test results and the impact data (4.3) and recommends changes, which the "
     "Breeding Team reports back on the following term. Heads of the Cultivators' schools also host Maintainers' "
     "visits and the Orchard Road pupils take part in Plot Day 3."])
d.p([("Resources. ", {"b": True}),
     "Cultivators borrow from the University's SEN collection and the Garden's SEN loan boxes (assessment "
     "materials, visual timetables, communication aids), use the Learning Centre's assistive technology bench "
     "(text-to-speech, switch access, symbol software) and have full access to the University's online "
     "journals."])

# ------------------------------------------------------------------ 8
q("8", "Authorisation for release")
guide("Guidance: (a) Does the variety require prior authorisation for release under legislation concerning the "
      "protection of the environment, human and animal health? (b) Has such authorisation been obtained?")
d.p("(a)  Yes  [ ]     No  [X]")
d.p("(b)  Yes  [ ]     No  [ ]     not applicable")

# ------------------------------------------------------------------ 9
q("9", "Information on plant material to be examined")
guide("Guidance: the expression of a characteristic may be affected by factors such as pests and disease, "
      "chemical treatment, or tissue culture. Has the plant material to be examined been subjected to any "
      "treatment? If yes, give details.")
d.p("Yes  [ ]     No  [X]")
d.p("Material submitted with this questionnaire: the Cultivators' Handbook, the Maintainers' Notes, the "
    "briefs and marking criteria for the D-, U- and S-Tests, and the University's validation report.")

# ------------------------------------------------------------------ 10
q("10", "Declaration")
d.p("I hereby declare that, to the best of my knowledge, the information provided in this form is correct.")
d.table([
    [{"text": "Applicant's name", "shade": LAB, "b": True}, "Tobias Wrenfield, Head of Learning"],
    [{"text": "Signature", "shade": LAB, "b": True}, ""],
    [{"text": "Date", "shade": LAB, "b": True}, "2 March 2009"],
    [{"text": "For the University of Tarrenford", "shade": LAB, "b": True},
     "Professor Miriam Esholt, Dean of the Faculty of Education"],
], [3000, 6000])

d.save(os.path.join(HERE, NAME + ".docx"))
print("wrote", NAME + ".docx")
