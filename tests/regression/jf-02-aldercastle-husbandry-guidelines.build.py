"""jf-02-aldercastle-husbandry-guidelines: build script.

Provider (invented): the Learning and Conservation Department of Aldercastle Zoo (Aldercastle
Zoological Trust), a large regional zoo, with Harrowden University, Faculty of Education and
Community, which validates the award. Application for approval to run the National Award for SEN
Coordination from September 2009.

Document kind and layout: the course written in the house format of the Trust's species Husbandry
Guidelines (the EAZA "Best Practice Guidelines" pattern the zoo's curators use): a citation block, a
summary in a VML text box, "Section 1: Biology and Field Data" (Taxonomy, Longevity, Zoogeography and
ecology, Diet in the wild), "Section 2: Management in Zoos" (Enclosure, Feeding, Social structure,
Introductions, Behavioural enrichment, Handling, Transportation), "Section 3: Veterinary: health and
welfare", "Section 4: Recommended research", references. No heading styles: titles are bold Normal
paragraphs with typed numbers ("2.2 Feeding", "2.3 Social structure", "1.5 Zoogeography") that
collide with requirement ids. "Husbandry note" boxes are one-cell shaded tables. Participants are
"coordinators", tutors "keepers", taught days "Husbandry Days", school mentors "section keepers", the
needs assessment the "Introduction Plan", the two marked assignments "Condition Assessments" (CA-A
case study, CA-B Enrichment Project). The outcomes are the "Diet Sheet": items in the zoo's own words
(no national codes) with "Offered at" and "Intake monitored by" columns, merged shaded group rows,
"Offered only" and "-" cells. Header and footer with a PAGE field. Tracked changes: an inserted
paragraph (the CRB check) and a deleted sentence (external examiner sampling). Two comments.

Traps (requirement ids):
- Aims speak only of attainment "in English, mathematics and science" (1.1 partially_met; ECM is
  taught and assessed elsewhere, well-being absent from the aims).
- Consulting pupils "is not taught on this Award"; the Trust's Junior Keepers' Council is about the
  zoo's exhibits (1.5 not_met: negation and wrong context; 6.S7 not_met, absent from the Diet Sheet).
- Parents only in a reading pack (1.7 partially_met; 6.S8 "Offered only", partially_met).
- Prior learning is taken into account but "does not give credit for prior learning" (2.1
  partially_met).
- Direct assessment route for experienced coordinators, properly described (2.3 met).
- Further targets only "encouraged to keep learning" (2.5 partially_met).
- One start, fixed order, but a choice of Tuesday at the Zoo or Thursday at Kestrelbrook (3.2
  partially_met). "There is no e-learning element" (3.3 not_applicable).
- Disability: disclosure, Adjustment Plan with the University's Disability Advisory Service,
  formats, extra time (3.1 met).
- Schools Advisory Panel: needs, influence, evaluation review, mentors and hosts (4.1-4.3 met).
- Evaluation: day sheets answered by keepers, termly reviews, the University's annual monitoring and
  the Panel's recommendations, entered in a revision table (5.1 met). External examiner sampling is
  a tracked deletion, and moderation only in a comment (5.8 partially_met: single marking against
  common criteria, no moderation).
- Day 10 presentations "are not marked", so speaking and writing is "Offered only" (6.A5).
- CRB check of each coordinator exists only as a tracked inserted paragraph (5.3 met; insertion
  counts).
- Enclosure: the Learning Centre's general kit and a conservation library, no specialist SEN resources
  (5.6 partially_met).
- Pupil baseline and follow-up measures in CA-B, collected each year (5.9 met).
- Award rule: pass both Condition Assessments "with a mark of at least 50 per cent" (6.0
  partially_met: compensation, not every outcome required).
- Diet Sheet: communication "Offered only" (6.A5 partially_met); tracking with national tests has
  "-" in "Offered at" but is monitored by CA-A (6.S2b partially_met: assessed, not taught); no item on
  child development (6.K4 not_met); the "self-evaluation" item is about the Zoo's own licensing
  inspection (6.K7 not_met: right words, wrong thing).
- Summary text box claims the Diet Sheet "covers the complete national diet" (blanket claim, not
  evidence).
"""
from pathlib import Path
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _jf_helpers import (new_doc, para, runs_para, add_run, ins, dele, ins_para, table, merge_row,
                         shade, cell_text, textbox, header_footer, comment, word_count)

HERE = Path(__file__).parent
NAME = "jf-02-aldercastle-husbandry-guidelines"
A1, A2 = "Rosa Okafor", "Tom Pellow"
D1, D2 = "2009-01-14T09:30:00Z", "2009-01-16T14:05:00Z"

doc = new_doc(base_size=10.5, font="Cambria")
header_footer(doc, "Aldercastle Zoological Trust  -  Husbandry Guidelines series, no. 41",
              "Aldercastle Zoo Learning and Conservation Department. Draft for the TDA, January 2009.")


def h(text, level=1):
    size = {1: 13, 2: 11}[level]
    p = para(doc, text, bold=True, size=size, color="1F4E3D" if level == 1 else None)
    p.paragraph_format.space_before = __import__("docx").shared.Pt(10 if level == 1 else 6)
    return p


def note(text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    cell_text(c, "Husbandry note", bold=True, size=9)
    p = c.add_paragraph()
    add_run(p, text, size=9)
    shade(c, "EAF3E6")
    para(doc, "")


para(doc, "ALDERCASTLE ZOOLOGICAL TRUST", bold=True, size=12, align="center", space_after=0)
para(doc, "HUSBANDRY GUIDELINES", bold=True, size=20, align="center", space_after=0)
para(doc, "for", italic=True, align="center", space_after=0)
para(doc, "The Newly Appointed Special Educational Needs Coordinator", bold=True, size=15, align="center",
     space_after=0)
para(doc, "(Coordinator novus, Aldercastle population)", italic=True, align="center")
para(doc, "First edition, January 2009. Compiled by the Learning and Conservation Department, Aldercastle "
          "Zoo, with Harrowden University, Faculty of Education and Community.", align="center", size=9)
para(doc, "Citation: Pellow, T., Okafor, R. and Merriman, J. (2009) Husbandry Guidelines for the Newly "
          "Appointed Special Educational Needs Coordinator. Aldercastle Zoological Trust, Aldercastle.",
     italic=True, size=9)

textbox(doc, [
    ("Summary", {"bold": True, "size": 11}),
    ("These guidelines are Aldercastle Zoo's application to the TDA for approval to run the National Award "
     "for SEN Coordination. They describe the Award as our curators describe the care of a species: where "
     "the coordinator comes from, what they need, how the Award provides for it and how we know they are "
     "thriving.", {}),
    ("The Diet Sheet in Section 2.2 covers the complete national diet.", {"italic": True}),
    ("The Award is validated by Harrowden University: 60 credits at Masters level.", {}),
], height_pt=160)

para(doc, "Why a husbandry guideline?", bold=True)
para(doc, "Every species at Aldercastle has a husbandry guideline, written by the curators and keepers who "
          "know it best and revised whenever we learn something new. Our Learning and Conservation Department "
          "has used the same format for every programme it runs for teachers since 2004, because it makes us "
          "say plainly what each learner needs and how we will provide it. The department has run courses "
          "for teachers of pupils with SEN since 1998 and works each year with more than 110 special schools "
          "and resource bases. This first edition is the one we ask the panel to approve.")

# -------------------------------------------------------------------- section 1
h("Section 1: Biology and Field Data")
h("1.1 Taxonomy: who the Award is for", 2)
para(doc, "The Award is for qualified teachers who have been appointed as SENCO, or who will take up the "
          "role within a year, in mainstream schools and academies in Aldercastle, Kestrelbrook and the "
          "Hollin Valley. To be accepted a coordinator must hold qualified teacher status, have at least two "
          "years' teaching experience, and send with the application a letter from their headteacher "
          "confirming their role, agreeing to release them for the Husbandry Days and naming a section keeper "
          "(a senior colleague who will mentor them). Every applicant is interviewed by the Programme Leader, "
          "who uses a short scenario to judge whether they have the knowledge and experience to reach all "
          "the outcomes in the year. Where they do not yet, the Programme Leader tells them and their "
          "headteacher what to do first (usually a term working alongside an experienced SENCO) and holds a "
          "place for the following September.")
h("1.2 Aims", 2)
para(doc, "The Award aims to raise the attainment of pupils with SEN and/or disabilities in English, "
          "mathematics and science by making their school's SENCO a confident and well-informed leader of "
          "provision. Its objectives are that each coordinator leads the identification and review of "
          "pupils' needs, leads colleagues, and works with the school's leaders and with other services.")
h("1.3 Research and evidence", 2)
para(doc, "The Husbandry Days are built on the inspection and research evidence of the last five years: "
          "Ofsted's Special educational needs and disability: towards inclusive schools (2004) and "
          "Inclusion: does it matter where pupils are taught? (2006); the House of Commons Education and "
          "Skills Committee's report Special Educational Needs (2006); and the Bercow Report on services for "
          "children with speech, language and communication needs (2008). Each summer the keepers review "
          "every Husbandry Day against new research and inspection findings and record the changes in the "
          "guideline's revision table, as our curators do for every species.")
h("1.4 Longevity: length and pattern of the Award", 2)
para(doc, "The Award runs from September to July. All coordinators start in September and attend the ten "
          "Husbandry Days in the order set out below. Each Husbandry Day is held twice, on a Tuesday at the "
          "Zoo's Learning Centre and again on the Thursday at the Kestrelbrook Professional Centre, so that a "
          "coordinator may choose the day and the venue that suit their school. There is no e-learning "
          "element in this Award: readings are sent out as paper packs before each Husbandry Day.")
h("1.5 Zoogeography and ecology: the schools and their needs", 2)
para(doc, "The Award was designed with the Aldercastle Schools Advisory Panel, which has advised the Zoo on "
          "its school programmes since 2001: twelve headteachers and SENCOs, the Principal Officer for SEN of "
          "Aldercastle Council, the SEN adviser of Kestrelbrook Council and the coordinator of the Aldercastle "
          "Parent Partnership Service. In spring 2008 the Panel surveyed the 54 members of the two "
          "councils' SENCO networks; 41 replied. They asked for more on leading teaching assistants, on "
          "working with health and social care, and on turning data into provision maps, and said that new "
          "SENCOs are rarely given time to do the job.")
para(doc, "As a result we added a whole Husbandry Day on managing provision (Day 7) where the draft had half "
          "a day, moved the agencies day earlier so that coordinators meet the services before their case "
          "study, and replaced the examination in our first draft with the Enrichment Project, which the "
          "Panel said would be more use to schools. The Panel reads the summary of coordinators' "
          "evaluations each July, together with the Programme Leader's report, and recommends changes for the "
          "next year; its headteachers also act as section keepers, and two of its special schools host "
          "placements.")
h("1.6 Diet in the wild: prior learning", 2)
para(doc, "Coordinators arrive having fed very differently. Prior study and experience are recorded on the "
          "Introduction Plan (Section 2.4) and used to decide which Husbandry Days a coordinator may leave out "
          "and which they should take more slowly. Harrowden University does not give credit for prior "
          "learning towards this Award.")

# -------------------------------------------------------------------- section 2
h("Section 2: Management in Zoos")
h("2.1 Enclosure: where the Award is taught", 2)
para(doc, "The Learning Centre has two classrooms for thirty, each with an interactive whiteboard, a set of "
          "thirty laptops, a lecture theatre for 120 and the Trust's Discovery Library of natural history and "
          "conservation education. Coordinators may borrow anything they need from the Centre. The "
          "Kestrelbrook Professional Centre offers a classroom of the same size.")
note("Both venues are step-free, with hearing loops in every room. Parking for Blue Badge holders is "
     "beside each entrance.")
h("2.2 Feeding: the Diet Sheet", 2)
para(doc, "A keeper's diet sheet lists what an animal is offered and how its intake is monitored. Ours lists "
          "what a coordinator needs by the end of the Award. \"Offered at\" gives the Husbandry Day where the "
          "item is taught. \"Intake monitored by\" names the Condition Assessment that marks it. \"Offered "
          "only\" means the item is taught but no assessment marks it.")
rows = [
    ["Item", "Offered at", "Intake monitored by"],
    [None] * 3,
    ["Builds fair, respectful and constructive relationships with pupils with SEN and disabilities and with "
     "their families", "Day 5", "CA-A"],
    ["Wins the commitment of colleagues, the headteacher and senior leaders", "Day 9", "CA-B"],
    ["Plans and prioritises the SENCO's time; delegates and checks that tasks are done", "Day 7", "CA-B"],
    ["Anticipates problems, resolves them and makes sound decisions about provision", "Day 5", "CA-A"],
    ["Speaks and writes clearly; listens to and understands others' views", "Day 10", "Offered only"],
    ["Uses research and outside advice to improve own and colleagues' practice", "Day 6", "CA-B"],
    ["Keeps up to date and takes charge of own professional development", "Day 10", "CA-B"],
    [None] * 3,
    ["SEN law and guidance, the SEN Code of Practice, and what they mean for the school and the SENCO",
     "Day 1", "CA-A"],
    ["Every Child Matters: its principles, its five outcomes and the SENCO's part", "Day 1", "CA-A"],
    ["Disability equality law and the actions it requires of schools", "Day 2", "CA-A"],
    ["The common types of SEN and disability: BESD, specific learning difficulties including dyslexia, "
     "SLCN, autism, MLD, and how they affect learning", "Day 4", "CA-A"],
    ["Approaches, strategies and resources, including ICT, for assessing, planning, teaching and learning",
     "Day 6", "CA-B"],
    ["Self-evaluation: behind the scenes at the Zoo's licensing inspection under the Zoo Licensing Act "
     "1981", "Day 9", "CA-B"],
    ["Best practice and research in meeting special educational needs", "Day 6", "CA-B"],
    ["What external agencies do and how to get specialist support", "Day 8", "CA-A"],
    [None] * 3,
    ["With senior colleagues and governors, shapes an inclusive ethos, policy, priorities and resources",
     "Day 9", "CA-B"],
    ["Identifies pupils who may have SEN, sets challenging targets, plans interventions, reviews progress",
     "Day 3", "CA-A"],
    ["Uses other professionals' assessments to shape teaching", "Day 8", "CA-A"],
    ["Uses national tests and other summative data to track progress and change programmes", "-", "CA-A"],
    ["Helps other teachers develop formative assessment, including for pupils with SEN", "Day 3", "CA-B"],
    ["Arranges in good time access arrangements for national tests and examinations", "Day 3", "CA-A"],
    ["Maps and manages provision; finds provision that is missing or not working", "Day 7", "CA-B"],
    ["Deploys and manages teaching assistants and other staff", "Day 7", "CA-B"],
    ["Develops colleagues by observation and feedback, modelling, coaching, mentoring and training",
     "Day 9", "CA-B"],
    ["Reviews with other staff how well provision works, to inform the school's improvement planning",
     "Day 9", "CA-B"],
    ["Liaises with parents and carers", "Reading pack 3", "Offered only"],
    ["Works in partnership with other services and agencies, including voluntary organisations", "Day 8",
     "CA-A"],
]
t = table(doc, rows, fill="C5E0B4", size=8.5)
merge_row(t, 1, "Temperament (professional attributes)", fill="EAF3E6", size=8.5)
merge_row(t, 9, "Forage (knowledge and understanding)", fill="EAF3E6", size=8.5)
merge_row(t, 18, "Behaviour (professional skills)", fill="EAF3E6", size=8.5)

h("2.3 Social structure: groups and keepers", 2)
para(doc, "Coordinators work in home groups of six, which meet at every Husbandry Day and keep the same keeper "
          "all year. Each coordinator also has a section keeper in school, usually the headteacher or a "
          "deputy, who meets them at least twice a term.")
para(doc, "The keepers are:")
table(doc, [
    ["Keeper", "Role", "Experience"],
    ["Tom Pellow", "Programme Leader", "Head of Learning and Conservation. SENCO for eleven years in two "
     "Aldercastle primary schools; MA in Special Educational Needs (Harrowden, 2002); leads the Aldercastle "
     "SENCO network's termly briefings on new guidance."],
    ["Dr Rosa Okafor", "University link tutor", "Principal Lecturer in Inclusion, Harrowden University; "
     "formerly an advisory teacher for autism; research on SENCO workload published in 2007."],
    ["Jenny Merriman", "Keeper (home groups)", "Schools Learning Officer (Inclusion); formerly head of a "
     "resource base for pupils with speech, language and communication needs; NASEN member."],
    ["Visiting keepers", "Days 4 and 8", "Educational psychologists from Aldercastle Council, a CAMHS "
     "clinician and the Sensory Support Service."],
])
para(doc, "")
para(doc, "Every keeper has the Keepers' Handbook, which sets out what they do on each Husbandry Day, how they "
          "support their home group and how they mark, and attends a briefing day with the University each "
          "July. Section keepers attend a half-day briefing at the Zoo before Day 1, receive the Section "
          "Keeper's Guide, which explains their role in the Introduction Plan, the Husbandry Tasks and the "
          "Enrichment Project, and have a termly telephone call with their coordinator's keeper.")

h("2.4 Introductions: the Introduction Plan", 2)
para(doc, "Before Day 1 each coordinator completes the Introduction Profile, rating themselves against every "
          "item on the Diet Sheet and giving an example for each. At an Introduction meeting their keeper and "
          "section keeper check the ratings against the example and the school's own information, and agree "
          "an Introduction Plan: a personal set of outcomes to concentrate on, the Husbandry Days to take more "
          "slowly or to leave out, and the focus of the two Condition Assessments. Keepers review the Plan "
          "with the coordinator at the end of each term and change it when the evidence shows it is wrong. "
          "Because home groups are small and the Plan decides where each coordinator's time goes, we can "
          "offer the Award at a fee of £1,150, which includes the paper packs and the placement days.")
h("2.5 Behavioural enrichment: the Husbandry Days and Tasks", 2)
para(doc, "The ten Husbandry Days are:")
for d in [
    "Day 1 Arrival: the SENCO's role; SEN law, the SEN Code of Practice and Removing Barriers to "
    "Achievement; Every Child Matters and the five outcomes.",
    "Day 2 Access for all: the Disability Discrimination Act, the disability equality duty and school "
    "accessibility plans.",
    "Day 3 Finding the need: observation, assessment and data for identifying pupils; targets and "
    "interventions; formative assessment in every classroom; access arrangements for Key Stage tests and "
    "GCSE.",
    "Day 4 Knowing the needs: the common types of SEN and disability, with an educational psychologist and "
    "a speech and language therapist.",
    "Day 5 Relationships: building trust with pupils and families; behaviour; solving problems and making "
    "decisions about provision.",
    "Day 6 What works: approaches, strategies, resources and ICT; research and best practice.",
    "Day 7 Managing provision: provision mapping; deploying and managing teaching assistants; the SENCO's "
    "time and delegation.",
    "Day 8 Working with others: external agencies, the Common Assessment Framework, using other "
    "professionals' assessments, voluntary organisations.",
    "Day 9 Leading: governors and senior leaders; inclusive policy; observing, coaching and mentoring "
    "colleagues; reviewing provision with staff; a behind-the-scenes visit to the Zoo's licensing "
    "inspection.",
    "Day 10 Looking ahead: coordinators present their Enrichment Projects to their home groups (the "
    "presentations are not marked); keeping up to date.",
]:
    para(doc, d, style="List Bullet")
para(doc, "Each Husbandry Day ends with a Husbandry Task, a short piece of practice the coordinator carries "
          "out in school with their section keeper before the next Day and reports on to their home group. "
          "The Tasks build into the Condition Assessments, so that the work of the Award is always work on "
          "the coordinator's own school.")
para(doc, "Partnership with parents is covered in Reading pack 3. Consulting pupils is not taught on this "
          "Award. The Trust's own Junior Keepers' Council, in which young visitors advise the Zoo on new "
          "exhibits and signage, is described in our annual review for interest.")

h("2.6 Handling: the Condition Assessments", 2)
para(doc, "Condition Assessment A: Case Study (module ALD701, 30 credits, 5,000 words).", bold=True)
para(doc, "A study of one pupil with SEN and/or disabilities, following the identification of their needs, "
          "the targets set and the interventions planned and reviewed, the access arrangements made for "
          "tests, the professionals' assessments used and the agencies involved, and the pupil's progress "
          "as tracked through national test and teacher assessment data. The study must show the "
          "coordinator's grasp of SEN and disability law, Every Child Matters and the pupil's type of need, "
          "and of the relationship built with the pupil and family.")
para(doc, "Condition Assessment B: Enrichment Project (module ALD702, 30 credits, 5,000 words).", bold=True)
para(doc, "A development the coordinator leads in their school with senior leaders and governors: mapping "
          "and improving provision, redeploying staff, coaching colleagues and helping them with formative "
          "assessment, and reviewing the result with staff. Before the project begins the coordinator "
          "records baseline measures for the pupils it targets (reading or number age, attendance, and the "
          "Boxall Profile or the school's well-being scale) and repeats them after at least eight weeks. The "
          "project also reports how the coordinator used research and outside advice, managed their own "
          "time, and what they will do next for their own development.")
p = para(doc, "Each Condition Assessment is marked by the keeper who led that part of the Award, against "
              "Harrowden University's Level 7 marking criteria. ")
dele(p, "A sample of scripts from each assessment is second marked and sent to the University's external "
        "examiner.", A2, D2)
comment(doc, p.runs[0], "Moderation: do we need to say more about how Harrowden moderates? RO", A1, "RO")
para(doc, "A coordinator completes the Award by passing both Condition Assessments, each with a mark of at "
          "least 50 per cent. The University's Board of Examiners confirms the award.")
h("2.7 Transportation: placements and specialists", 2)
para(doc, "Every coordinator spends two days on placement in a contrasting setting, chosen from their "
          "Introduction Plan: Hollymead Special School (severe and profound learning difficulties), the "
          "speech and language resource base at Thornfield Primary, or the Aldercastle Pupil Referral "
          "Service, with a third day with the Sensory Support Service. Host settings receive a placement "
          "brief and the coordinator carries out an agreed observation task. Specialists from the "
          "educational psychology service, CAMHS, the Sensory Support Service and the Parent Partnership "
          "Service teach on Days 4 and 8.")
h("2.8 Direct assessment", 2)
para(doc, "In exceptional cases an applicant who already leads SEN provision (for example a teacher from a "
          "council's learning support service who has coordinated SEN in schools) may be accepted on the "
          "direct assessment route. After the Introduction meeting they submit both Condition Assessments "
          "without attending the Husbandry Days, with two tutorials, and are assessed against every item on "
          "the Diet Sheet in the same way as other coordinators. The fee is £650.")
h("2.9 Safety", 2)
ins_para(doc, "Before a place is confirmed the Programme Leader checks, on the headteacher's declaration, the "
              "number and date of each coordinator's enhanced CRB disclosure, and asks anyone who has not "
              "worked in a school in the last three months to obtain a new enhanced disclosure through the "
              "Trust's registered body before Day 1. The declaration also confirms that the coordinator is not "
              "barred from work with children and that there are no outstanding disciplinary concerns.",
         A1, D1)
para(doc, "All keepers, visiting keepers and Zoo staff who work with coordinators hold enhanced CRB "
          "disclosures.")

# -------------------------------------------------------------------- section 3
h("Section 3: Veterinary: health and welfare")
para(doc, "The application form invites every applicant to tell us about a disability or other need, and "
          "explains why we ask. The Programme Leader meets each coordinator who tells us, before Day 1, to "
          "agree an Adjustment Plan with Harrowden University's Disability Advisory Service. Typical "
          "adjustments are papers in large print or electronic formats, a note-taker, rest breaks, reserved "
          "seating, extra time for Condition Assessments and a different form of presentation on Day 10. "
          "Placement settings are checked for access before a placement is arranged, and the Award leaflet "
          "is available in large print and on audio CD. Keepers are briefed on each Adjustment Plan, with "
          "the coordinator's agreement.")
para(doc, "We evaluate the Award in several ways. Each coordinator completes an evaluation sheet at the end of "
          "each Husbandry Day, which the keepers read before the next Day and answer at its start. Home groups "
          "hold a review at the end of each term. Harrowden University's annual monitoring of the Award draws "
          "on these, on the marks and on the Board of Examiners' minutes, and the Programme Leader's annual "
          "report, with the Schools Advisory Panel's recommendations, sets the changes for the next year, "
          "which are entered in the revision table below.")
para(doc, "Coordinators rate their confidence against the Diet Sheet at the Introduction meeting and again at "
          "Day 10. Each year, with their permission, we collect the anonymised baseline and follow-up "
          "measures from every Enrichment Project and report the change in pupils' reading or number age, "
          "attendance and well-being scores to the Schools Advisory Panel, alongside the change in "
          "coordinators' confidence.")

para(doc, "Revision table", bold=True)
table(doc, [
    ["Edition", "Date", "Changes"],
    ["Draft 0.2", "July 2008", "Outline written after the SENCO network survey; managing provision raised "
     "from half a day to a whole Husbandry Day (Day 7)."],
    ["Draft 0.3", "October 2008", "Examination replaced by the Enrichment Project on the Schools Advisory "
     "Panel's advice; agencies day moved from Day 9 to Day 8."],
    ["First edition", "January 2009", "Adjustment Plans agreed with the Disability Advisory Service; "
     "Thursday repeat of each Husbandry Day at Kestrelbrook added."],
])
para(doc, "")

# -------------------------------------------------------------------- section 4
h("Section 4: Recommended research")
para(doc, "In a species guideline this section lists the questions the curators would most like answered. "
          "For the coordinator they are questions for the coordinator's own career: what the school will need "
          "of its SENCO in three years' time, and what the SENCO will need to learn to meet it. Coordinators "
          "finishing the Award are encouraged to keep learning. Further study at Harrowden is one option.")
para(doc, "Acknowledgements", bold=True)
para(doc, "We thank the members of the Aldercastle Schools Advisory Panel, the SENCOs of the Aldercastle and "
          "Kestrelbrook networks who answered the survey, and the Trust's curators, whose guidelines gave us "
          "the form of this one.")

# -------------------------------------------------------------------- section 5
h("Section 5: References")
for ref in [
    "Bercow, J. (2008) The Bercow Report: a review of services for children and young people (0-19) with "
    "speech, language and communication needs. Nottingham: DCSF.",
    "DfES (2001) Special Educational Needs Code of Practice. London: DfES.",
    "DfES (2004) Removing Barriers to Achievement: the Government's strategy for SEN. London: DfES.",
    "House of Commons Education and Skills Committee (2006) Special Educational Needs. Third Report of "
    "Session 2005-06. London: The Stationery Office.",
    "Ofsted (2004) Special educational needs and disability: towards inclusive schools. London: Ofsted.",
    "Ofsted (2006) Inclusion: does it matter where pupils are taught? London: Ofsted.",
]:
    para(doc, ref, size=9)

out = HERE / f"{NAME}.docx"
doc.save(out)
print(out, word_count(out), "words")
