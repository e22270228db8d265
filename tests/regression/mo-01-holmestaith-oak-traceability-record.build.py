"""mo-01-holmestaith-oak-traceability-record: build script (writes the .docx next to itself).

Provider (invented): the Cooperage School of the Holmestaith Cask Company Ltd, a cooperage on the Humber
that makes and rejuvenates whisky and wine casks and trains apprentice coopers, in partnership with the
University of Hessleby School of Education (validating, 60 credits at Level 7) and with Holderwold County
Council and Kingsmere City Council. February 2009.

Document kind and layout: the Company's Oak Traceability Record and Chain of Custody, the controlled form
it keeps for every lot of oak "from felling to filling", used to set out the award as "SENCO Lot 1".
No heading styles: parts are shaded bold-capital Normal paragraphs with typed numbering ("PART 4 ·
RAISING"). A title block table with merged and shaded cells; a text box (wps with VML fallback) holding
the Master Cooper's note; a Register Key placed near the top that defines the status words used in the
Cask Register four parts later ("Charred at C1-C4", "Toasted", "Culled"); a Raising schedule table with
a vertically merged "Yard" column; a "They told us / What we changed" table; the Cask Register (the
outcomes) with merged group rows ("HOOP 1 ..."), the provider's own cask numbers (1-24, 17a-17d) and no
national codes; a Coopers table; a Non-conformance log; a signed declaration table; a header and a
footer with PAGE/NUMPAGES fields; three Word comments; one footnote; tracked changes (a deleted
placements paragraph, an inserted external-examiner sentence, a change in the Register's "Raised at"
cell for cask 11).

House vocabulary: participants are "Apprentices", tutors "Coopers", school-based mentors "Shop
Mentors", the cohort a "Lot", study days "Raisings" (R1-R8), the four marked assignments "Charrings"
(C1-C4), spoken feedback without a mark "Toasting", the needs assessment the "Moisture Reading", the
individual plan the "Stack Card", the end-of-course targets the "Dispatch Note", the VLE "the Cask
Store", completion "Filling".

Traps (requirement ids):
- Footer: "All Apprentices hold enhanced CRB disclosures" (footer, never evidence). In the body the only
  CRB system is for the Company's staff and Coopers (wrong people), and a comment asks whether the
  Apprentices should be checked (comment, not evidence) -> 5.3 not_met.
- The assessment-only route ("straight to the fire") existed in the 2007-08 pilot and "is not carried
  into this Lot"; the Non-conformance log repeats it (past arrangement + negation) -> 2.3 not_met.
- Prior learning: only certificated masters-level credit; "We do not give credit for experience alone";
  a comment suggests the University's APEL route (comment) -> 2.1 partially_met.
- The Cask Store (VLE) has a peer forum that "Coopers do not post in"; the University's own online MA
  e-tutors belong to another programme; support between Raisings is the Shop Mentor's -> 3.3
  partially_met (e-learning is used, so 3.3 applies).
- Stakeholders in evaluation only hoped for ("We hope the heads ... have not yet asked them"), a
  comment says a heads' forum "would do this"; stakeholders are involved in other aspects (guest
  Coopers, a head on the Nosing panel, host school) -> 4.3 partially_met.
- Placements: the paragraph giving every Apprentice two days at Carr Lane School is a tracked
  deletion; what remains is a visit "where a day can be found" (condition); specialist speakers are
  real -> 5.5 partially_met.
- External examiner sentence is a tracked insertion (counts) -> 5.8 met (with second marking).
- Pupil impact: only "we would like to measure ... we intend to find a way" (intention); competence and
  confidence are measured by the repeated Moisture Reading -> 5.9 partially_met.
- Pupils' views: Raising 5 has only "a short look at the ways schools gather pupils' views" -> 1.5
  partially_met; cask 22 (pupils in planning their provision) is "Toasted" -> 6.S7 partially_met.
- Award rule: "filled" on passing all four Charrings and attending seven Raisings, while the Register
  shows outcomes that no Charring marks -> 6.0 partially_met, 1.9 partially_met.
- The Master Cooper's text box claims "Every one of the national outcomes has been coopered into this
  Lot" (blanket claim, contradicted by the Register) -> no effect on 6.*.
- Register statuses keyed far above the table: "Toasted" (worked on, spoken feedback, no mark: formative
  only) -> 6.A7 (the Dispatch Note gets a Cooper's comment but no mark), 6.S2c, 6.S9 partially_met;
  "Culled" -> 6.A3 ("left to the Apprentice's own school's performance management": someone else's job)
  and 6.S2d ("the examinations officer's job") not_met.
- Cask 11 (child development): "Raised at" changed by tracked change from "R2" to "—" and NC-02 says it
  is not taught -> 6.K4 partially_met (assessed, not developed).
- Cask 17b (summative data): Register says "Charred at C2" but footnote 1 says the tracking sheet is
  looked at and "is not part of C2's mark" -> 6.S2b partially_met (footnotes are part of the document).
- No cask for school self-evaluation; "self-evaluation" appears only in cask 21 (reviewing provision
  "to inform the school's self-evaluation", which is S6) and in the Cooperage School's own self-evaluation
  against the chain-of-custody standard (right words, wrong thing) -> 6.K7 not_met; 6.S6 met.
"""
from pathlib import Path
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import sys

sys.path.insert(0, str(Path(__file__).parent))
from _mo_helpers import (base_document, shade_cell, shade_paragraph, table_borders, cell_text, add_run,
                         ins_run, del_run, deleted_paragraph, inserted_paragraph, text_box, Footnotes,
                         header_footer, border_paragraph, comment)

HERE = Path(__file__).parent
NAME = "mo-01-holmestaith-oak-traceability-record"
ME, RP = "Margaret Ellerker", "Rowan Pickersgill"
D1, D2 = "2009-02-09T10:12:00Z", "2009-02-11T16:40:00Z"
OAK, BAR = "E9DCC6", "5A4632"

doc = base_document(font="Georgia", size=10)
fn = Footnotes(doc)
header_footer(doc, "HOLMESTAITH CASK COMPANY LTD  ·  CHAIN OF CUSTODY RECORD FS-CoC/SENCO/09  ·  CONTROLLED COPY",
              "Oak traced from felling to filling. All Apprentices hold enhanced CRB disclosures.  ·  Issue 2")


def part(title):
    p = doc.add_paragraph()
    add_run(p, title, bold=True, size=11, color="FFFFFF")
    shade_paragraph(p, BAR)
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    return p


def sub(title):
    p = doc.add_paragraph()
    add_run(p, title, bold=True, caps=True, size=10)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(2)
    return p


def para(text, italic=False):
    p = doc.add_paragraph()
    add_run(p, text, italic=italic)
    p.paragraph_format.space_after = Pt(4)
    return p


def dash(text):
    p = doc.add_paragraph()
    add_run(p, "–  " + text)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(2)
    return p


# ---------------------------------------------------------------- title block
t = doc.add_table(rows=6, cols=4)
table_borders(t)
top = t.cell(0, 0).merge(t.cell(0, 3))
cell_text(top, "OAK TRACEABILITY RECORD AND CHAIN OF CUSTODY", bold=True, size=14, color="FFFFFF", align="center")
shade_cell(top, BAR)
rows = [
    ("Record no.", "FS-CoC/SENCO/09", "Lot", "SENCO Lot 1 (2009-10)"),
    ("Species", "Quercus robur: the National Award for SEN Coordination", "Custodian",
     "The Cooperage School, Holmestaith Cask Company Ltd, Staith Lane, Holmestaith"),
    ("Accrediting body", "University of Hessleby, School of Education", "Issue", "2, for the TDA approval panel, February 2009"),
    ("Prepared by", "Margaret Ellerker, Head of the Cooperage School", "Checked by", "Alec Dunmore, Master Cooper"),
]
for i, r in enumerate(rows, start=1):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0), size=9)
        if j % 2 == 0:
            shade_cell(t.cell(i, j), OAK)
last = t.cell(5, 1).merge(t.cell(5, 3))
cell_text(t.cell(5, 0), "Partners", bold=True, size=9)
shade_cell(t.cell(5, 0), OAK)
cell_text(last, "Holderwold County Council (Learning Support Service) and Kingsmere City Council (SEN Team), "
          "who part-fund places for their teachers and lend two Coopers to the Lot.", size=9)

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(8)
text_box(p, [
    ("A NOTE FROM THE MASTER COOPER", True),
    ("We have kept a record like this for every lot of oak that has come through our yard since 1962: where "
     "it was felled, how it was split and seasoned, who raised it, how it was fired and what it was filled "
     "with. When the Cooperage School began to train teachers, it seemed natural to keep the same record. "
     "Every one of the national outcomes has been coopered into this Lot, and nothing leaves our yard "
     "unfinished.", False),
    ("Alec Dunmore, Master Cooper", False),
], height_cm=3.6)

# ---------------------------------------------------------------- about
part("ABOUT THIS RECORD")
para("The Holmestaith Cask Company makes new casks and rejuvenates used ones for distillers and wine makers "
     "in Britain and abroad. Its Cooperage School trains the Company's apprentice coopers and, for the last "
     "six years, has run the Young Coopers programme with fourteen schools in Holderwold and Kingsmere, two "
     "of them special schools. The School employs three qualified teachers in its Learning Centre. In "
     "2007-08 it ran an unaccredited pilot, the first SENCO Lot, with eleven teachers new to the SENCO role.")
para("From September 2009 the course is a University of Hessleby award. The University validated it at its "
     "event on 22 January 2009 as the Postgraduate Certificate in SEN Coordination (National Award), 60 "
     "credits at Masters level (Level 7 of the Framework for Higher Education Qualifications). The "
     "University is the awarding body: its regulations for taught postgraduate awards govern assessment, "
     "progression and appeals, and its School of Education co-delivers the Lot with us.")
para("The Lot's purpose is that pupils with special educational needs and disabilities in the Apprentices' "
     "schools do better, in their learning and in all five Every Child Matters outcomes: being healthy, "
     "staying safe, enjoying and achieving, making a positive contribution and achieving economic "
     "well-being. Every Raising is planned backwards from that purpose; every Charring asks the Apprentice "
     "to say which pupils' learning and well-being the work is meant to improve; and the Stack Card asks each Apprentice to name the pupils whose progress and well-being "
     "they will follow through the year.")
sub("Register Key")
para("The Cask Register in Part 6 lists what an Apprentice can do when the Lot is filled. Each cask carries "
     "one of these statuses:")
for term, meaning in [
    ("Charred at C1, C2, C3 or C4", "the cask is worked on at the Raising named and is marked, against the "
     "University's criteria, in the Charring named. A Charred cask counts towards the award."),
    ("Toasted", "the cask is worked on at the Raising named and the Apprentice gets spoken feedback from a "
     "Cooper on a draft, a role play or a task, but no mark is given and nothing is recorded for the award."),
    ("Culled", "the cask is not in this Lot."),
]:
    p = doc.add_paragraph()
    add_run(p, term + ": ", bold=True)
    add_run(p, meaning)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(2)

# ---------------------------------------------------------------- part 1
part("PART 1 · FELLING: WHERE THE OAK CAME FROM")
para("Every lot of oak starts with a felling licence and a compartment number. This Lot started with "
     "evidence about what schools, the two councils and families need from a SENCO course.")
dash("In March and April 2008 we sent a short questionnaire to the headteacher and the SENCO of every one of "
     "the 212 schools in Holderwold and Kingsmere. 97 schools replied (46%): 61 primary, 27 secondary, "
     "6 special and 3 pupil referral units.")
dash("The two councils' SEN teams gave us their data: 38% of SENCOs in the two areas had been in post for "
     "under three years, and the numbers of pupils at School Action Plus with speech, language and "
     "communication needs and with autistic spectrum disorders had risen in each of the last three years.")
dash("The Holderwold Parent Partnership Service ran two evening groups for us with 19 parents and carers of "
     "children with SEN.")
dash("The eleven pilot Apprentices and their heads gave us written and spoken evaluations at the end of the "
     "pilot Lot in July 2008.")
para("The table shows what we were told and what we changed before writing this Record.")
t = doc.add_table(rows=1, cols=2)
table_borders(t)
cell_text(t.cell(0, 0), "They told us", bold=True, size=9)
cell_text(t.cell(0, 1), "What we changed in the Lot", bold=True, size=9)
for c in t.rows[0].cells:
    shade_cell(c, OAK)
for a, b in [
    ("Heads (71% of replies): four consecutive release days in the autumn term are hard to cover.",
     "Raisings are spread one a month from September to May, and a second start point in January was added."),
    ("SENCOs: provision mapping and managing teaching assistants are where they feel least sure.",
     "Raising 4 was given over to provision mapping and deploying staff, and the Provision Map became "
     "Charring C2."),
    ("Parents and carers: SENCOs explain provision in jargon and review meetings feel one-sided.",
     "Raising 5 is now led with the Parent Partnership Service, and the case study (C3) includes a review "
     "with the pupil's parent or carer."),
    ("The two councils: rising speech, language and communication needs and autism.",
     "Raising 2 has a speech and language therapist and the autism outreach teacher as guest Coopers."),
    ("Pilot Apprentices: the reading came too late to use.",
     "Readings go into the Cask Store a fortnight before each Raising."),
]:
    r = t.add_row().cells
    cell_text(r[0], a, size=9)
    cell_text(r[1], b, size=9)
p = para("Stakeholders also work in the Lot itself: the two councils' SEN advisers and educational "
         "psychologists are guest Coopers, Carr Lane School hosts visits, and a headteacher from a partner "
         "school sits with two Coopers at each Nosing. We hope the heads who answered the survey will also "
         "help us judge whether the Lot has worked; we have not yet asked them.")
comment(doc, p.runs[0], "Jean says the Holderwold heads' forum would do this. Confirm before we send? ME",
        ME, "ME", "2009-02-10T09:05:00Z")

# ---------------------------------------------------------------- part 2
part("PART 2 · THE STAVE MILL: CHOOSING THE APPRENTICES")
para("At the stave mill only quarter-sawn oak without shake or sap goes forward. For the Lot the grading is "
     "as follows.")
dash("Entry standard: qualified teacher status; working in a maintained school, academy or pupil referral "
     "unit in England; in post as SENCO, or named by the head to take up the post within the year.")
dash("The Stave Ticket: the application form, signed by the head, who undertakes to release the Apprentice "
     "for the Raisings and to name a Shop Mentor.")
dash("The grading conversation: a forty-minute meeting with a Cooper, in school or at the Cooperage, "
     "looking at a one-page account the applicant writes beforehand of a pupil they have helped. The "
     "Cooper judges whether the applicant has enough knowledge and experience of SEN to meet every cask in "
     "the Register by the end of the Lot.")
dash("Not yet ready: an applicant who does not meet the standard is given a written note of what to do "
     "first (usually the councils' SENCO Starter sessions and a term shadowing an experienced SENCO), the "
     "Cooper talks it through with the head, and the applicant is offered a place in the next Lot.")
p = para("Safeguarding at the Cooperage: every member of Company staff who works with children on the Young "
         "Coopers programme, and every Cooper, holds an enhanced CRB disclosure, renewed every three years and "
         "recorded on the Company's safeguarding register, which the Head of the Cooperage School checks each "
         "term.")
comment(doc, p.runs[0], "Do we check the Apprentices' disclosures too? To ask University Registry before "
        "submission. ME", ME, "ME", "2009-02-10T09:20:00Z")

# ---------------------------------------------------------------- part 3
part("PART 3 · THE SEASONING YARD: MOISTURE READING, STACK CARD AND CREDIT")
sub("The Moisture Reading")
para("No stave is raised until its moisture has been read. Before Raising 1 each Apprentice rates themselves "
     "against every cask in the Register on a four-point scale (green, part-seasoned, seasoned, ready to "
     "raise) and notes the evidence for each rating. A Cooper then reads it with the Apprentice and the "
     "head in school, in a meeting of about forty-five minutes, and challenges any rating that rests on "
     "out-of-date knowledge.")
sub("The Stack Card")
para("From the Moisture Reading the Cooper and the Apprentice write the Stack Card: the Apprentice's own set "
     "of casks to work on hardest, the Raisings and Workshop Tasks that will give them most, the pupils "
     "they will follow through the year, and dates. Where the reading shows an Apprentice is already "
     "seasoned in a cask, the Stack Card moves their time to others. The Stack Card is reviewed with the "
     "Cooper at Raising 4 and again at Raising 8.")
sub("Staves seasoned elsewhere")
p = para("An Apprentice who has passed masters-level modules in SEN at any university in the last five "
         "years may ask for up to 20 credits to be counted towards the Certificate. The University's "
         "Accreditation of Prior Certificated Learning panel decides, and the fee is reduced in proportion. "
         "We do not give credit for experience alone: experience counts in the Moisture Reading, not in "
         "the credits.")
comment(doc, p.runs[0], "The University does have an APEL route for experience. Could we use it here? RP",
        RP, "RP", "2009-02-11T16:32:00Z")
sub("Straight to the fire")
para("In the pilot Lot of 2007-08, two advisory teachers from the Holderwold Learning Support Service went "
     "straight to the fire: they took the Charrings without the Raisings. Because the Lot is now a "
     "University award with its own attendance rule, that route is not carried into this Lot.")

# ---------------------------------------------------------------- part 4
part("PART 4 · RAISING: THE STUDY PROGRAMME")
para("A cask is raised stave by stave inside a hoop. The Lot is raised in eight Raisings, each a full day "
     "from 9.15 to 3.45, four at the Cooperage School in Holmestaith and four at the University's "
     "Kingsmere campus. Between Raisings each Apprentice does a Workshop Task in their own school with "
     "their Shop Mentor: a piece of real SENCO work tied to the casks of the Raising before. Heads agree "
     "to eight release days and four half-days for Workshop Tasks.")
para("There are two start points. Apprentices who start in September take the Raisings in order; "
     "Apprentices who start in January take Raisings 5 to 8 first and Raisings 1 to 4 the following "
     "September, so that the Lot is completed within sixteen months. An Apprentice who misses a Raising "
     "can take it with the other group.")
t = doc.add_table(rows=1, cols=4)
table_borders(t)
for j, h in enumerate(["Yard", "Raising", "What the Apprentice works on", "Workshop Task that follows"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), OAK)
raisings = [
    ("R1 Setting up the staves",
     "The SENCO's role and the Code of Practice (2001); Part IV of the Education Act 1996 and the SEN and "
     "Disability Act 2001; Every Child Matters and the SENCO's part in the five outcomes; Removing Barriers "
     "to Achievement (2004).",
     "Map who does what for SEN in your school against the Code of Practice."),
    ("R2 Reading the grain",
     "The most common kinds of SEN and disability (behavioural, emotional and social difficulties, dyslexia "
     "and other specific learning difficulties, speech, language and communication needs, autism, moderate "
     "learning difficulties) and how each can get in the way of learning. Guest Coopers: a speech and "
     "language therapist and the autism outreach teacher.",
     "Observe one pupil in two lessons and note the barriers you see."),
    ("R3 The croze and the chime",
     "Finding pupils who may have SEN from observation, data and assessment; setting targets that stretch; "
     "planning interventions; reading other professionals' reports and turning them into classroom "
     "approaches; tracking progress with national test results and P scales.",
     "Build a tracking sheet for one year group."),
    ("R4 Hooping",
     "Provision mapping and costing; finding provision that is not working or not there; deploying and "
     "managing teaching assistants and other support staff.",
     "Draft your school's provision map."),
    ("R5 The bung hole",
     "Working with parents and carers, led with the Parent Partnership Service: review meetings, role "
     "plays of difficult conversations, letters home without jargon. A short look at the ways schools "
     "gather pupils' views.",
     "Hold a review meeting with a parent and note what changed."),
    ("R6 Firing the cask",
     "Leading colleagues: observing and giving feedback, coaching, modelling, running staff training; "
     "winning the head's and senior leaders' commitment; working with governors on the SEN policy and "
     "priorities; reviewing provision with colleagues; helping teachers use assessment for learning with "
     "pupils with SEN.",
     "Observe a colleague and give feedback, with your Shop Mentor watching."),
    ("R7 Many hands",
     "External agencies and how to get their help: educational psychology, speech and language therapy, "
     "CAMHS, the sensory support service, Holderwold Autism Support and the local Dyslexia Association. "
     "The Disability Discrimination Act 2005, the disability equality duty and accessibility plans.",
     "Find out which agencies work with pupils in your school and what they do."),
    ("R8 Research in the stave",
     "Research and inspection evidence on SEN and what it says works; approaches, strategies and "
     "resources for assessment and teaching, including ICT and assistive technology; solving problems and "
     "making decisions about provision; keeping up to date through journals and networks and planning "
     "your own professional development; planning and presenting the development project.",
     "Agree your development project with your head."),
]
first_row = None
for i, (r, what, task) in enumerate(raisings):
    cells = t.add_row().cells
    cell_text(cells[1], r, bold=True, size=9)
    cell_text(cells[2], what, size=9)
    cell_text(cells[3], task, size=9)
    if i in (0, 4):
        first_row = len(t.rows) - 1
    if i in (3, 7):
        m = t.cell(first_row, 0).merge(t.cell(len(t.rows) - 1, 0))
        cell_text(m, "Cooperage School, Holmestaith" if i == 3 else "University, Kingsmere campus", size=9)
        shade_cell(m, "F3EBDD")
para("Readings for each Raising come from recent research and inspection evidence and are renewed for each "
     "Lot. For Lot 1 they include Ofsted's reports Special educational needs and disability: towards "
     "inclusive schools (2004) and Inclusion: does it matter where pupils are taught? (2006), the Bercow "
     "Review of services for children and young people with speech, language and communication needs "
     "(2008), and the Inclusion Development Programme materials on dyslexia and on speech, language and "
     "communication needs (2008).")
sub("The Cask Store")
para("The Cask Store is the Lot's site on the University's Blackboard system. It holds the readings, "
     "recordings of the keynote talks, the Workshop Task sheets and a forum. The forum is the Apprentices' "
     "own: Coopers do not post in it, and questions for a Cooper go by telephone to the Cooperage School "
     "office on Raising days. Between Raisings, support comes from the Shop Mentor in school. The "
     "University's online MA modules have e-tutors who reply to students within 48 hours; the SENCO Lot "
     "does not use them.")
sub("Access to the Lot")
para("On the Stave Ticket we ask every applicant whether they have a disability or health condition we "
     "should plan for, say why we ask and who will see the answer, and invite them to tell us at any time "
     "later. Papers go out a week before each Raising in the format the Apprentice asks for (large print, "
     "coloured paper or electronic). The Cooperage School is on one level with an accessible toilet and "
     "parking by the door; the Kingsmere rooms have hearing loops. Extra time or other adjustments for "
     "Charrings are agreed with the University's Disability Service, and Workshop Tasks and visits are "
     "adjusted in the same way. Our leaflets and the Stave Ticket are available in large print and on "
     "audio CD, and Raisings 2 and 7 include disabled adults who talk about their own schooling.")

# ---------------------------------------------------------------- part 5
part("PART 5 · FIRING: THE CHARRINGS")
para("A cask is fired to bend the staves and then charred inside. The Lot has four Charrings, each marked "
     "pass or refer by a Cooper against the University's criteria for the casks it chars (see the "
     "Register).")
for code, title, body in [
    ("C1", "The Audit Char", "A critical account (3,000 words) of SEN provision in the Apprentice's school, "
     "set against the Code of Practice, the disability equality duty and the Every Child Matters "
     "outcomes. Due after Raising 3."),
    ("C2", "The Provision Map", "A costed provision map for one year group, a review of its effectiveness "
     "carried out with colleagues, and a commentary (1,500 words) on what will change. Due after Raising 5."),
    ("C3", "The Case Stave", "A case study (3,000 words) of one pupil: assessments from at least two other "
     "professionals, targets, the intervention planned with the class teacher, and a review with the "
     "pupil's parent or carer. Due after Raising 7."),
    ("C4", "The Development Project and Nosing", "A development project the Apprentice leads in school, "
     "reported in 4,000 words on what changed in the school's practice and why, and presented in a "
     "twenty-minute Nosing to two Coopers and a partner headteacher. Due in June."),
]:
    p = doc.add_paragraph()
    add_run(p, f"{code}  {title}. ", bold=True)
    add_run(p, body)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.space_after = Pt(3)
p = para("Every Charring is marked by one Cooper; one in four, and every refer, is second-marked by a "
         "University tutor, and the two markers agree the result in writing. ")
ins_run(p, "The external examiner, Dr Ann Pollard, sees a sample of every Charring and attends the Lot's "
        "assessment board, which confirms all results.", RP, D2)
para("Filling. An Apprentice's Lot is filled, and the University awards the Certificate, when all four "
     "Charrings are passed and the Apprentice has attended at least seven of the eight Raisings. An "
     "Apprentice who is referred may resubmit once.")

# ---------------------------------------------------------------- part 6
part("PART 6 · THE CASK REGISTER")
para("What an Apprentice can do when the Lot is filled, cask by cask. Statuses are as defined in the "
     "Register Key at the front of this Record.")
t = doc.add_table(rows=1, cols=4)
table_borders(t)
for j, h in enumerate(["Cask", "The Apprentice can ...", "Raised at", "Status"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), OAK)
register = [
    ("HOOP 1 · THE COOPER'S CHARACTER", None),
    ("1", "build fair, respectful and constructive relationships with pupils with SEN and disabilities and "
     "with their parents and carers", "R5", "Charred at C3"),
    ("2", "win the commitment of colleagues, the head and senior leaders to better outcomes for these pupils",
     "R6", "Charred at C4"),
    ("3", "put first things first, manage their own time and hand tasks on to others, making sure they are "
     "done", "—", "Culled: left to the Apprentice's own school's performance management"),
    ("4", "see problems coming, solve them and make sound decisions about provision", "R8", "Charred at C4"),
    ("5", "speak and write clearly and listen to and understand other people's views", "R1-R8",
     "Charred at C1 and C4"),
    ("6", "use research and outside advice to improve their own and colleagues' practice", "R8", "Charred at C4"),
    ("7", "keep up to date and take charge of their own professional development in SEN and disability",
     "R8", "Toasted"),
    ("HOOP 2 · KNOWING THE WOOD", None),
    ("8", "know the law and guidance on SEN, including the Code of Practice, what it means for the school, "
     "the SENCO and others, and how to carry it out", "R1", "Charred at C1"),
    ("9", "know the principles and outcomes of Every Child Matters and what the SENCO can do towards them",
     "R1", "Charred at C1"),
    ("10", "know the law on disability equality and what it requires a school to do for disabled pupils",
     "R7", "Charred at C1"),
    ("11", "understand how children develop and how SEN, disability and the setting they learn in affect "
     "that development", "—", "Charred at C3"),
    ("12", "know the most common kinds of SEN and disability and how each affects learning", "R2",
     "Charred at C3"),
    ("13", "judge critically the approaches, strategies and resources, including ICT, for assessing, planning "
     "and teaching, and use them to remove barriers", "R8", "Charred at C2"),
    ("14", "know what research and best practice say about meeting special educational needs", "R8",
     "Charred at C4"),
    ("15", "know what outside agencies do and how to get specialist help and resources", "R7",
     "Charred at C3"),
    ("HOOP 3 · THE CRAFT", None),
    ("16", "work with senior leaders and governors to shape an inclusive ethos, policies, priorities and the "
     "use of resources", "R6", "Charred at C4"),
    ("17", "identify pupils who may have SEN, set challenging targets, plan interventions and review "
     "progress", "R3", "Charred at C3"),
    ("17a", "use assessments by other professionals to develop teaching approaches", "R3", "Charred at C3"),
    ("17b", "use summative assessments, including national tests, to track progress and change programmes",
     "R3", "Charred at C2"),
    ("17c", "encourage other teachers to use formative assessment, with approaches for pupils with SEN",
     "R6", "Toasted"),
    ("17d", "identify in good time the access arrangements pupils need for national tests and examinations",
     "—", "Culled: the examinations officer's job in most of our schools"),
    ("18", "use provision mapping to plan provision and find what is ineffective or missing", "R4",
     "Charred at C2"),
    ("19", "deploy and manage teaching assistants and other staff well", "R4", "Charred at C2"),
    ("20", "develop colleagues by observing and giving feedback, modelling, coaching and mentoring, and "
     "training", "R6", "Charred at C4"),
    ("21", "review with colleagues how well provision is working, to inform the school's self-evaluation "
     "and improvement plan", "R6", "Charred at C2"),
    ("22", "make sure pupils with SEN take part in planning, agreeing and reviewing their own provision",
     "R5", "Toasted"),
    ("23", "work with parents and carers to help their children learn and develop", "R5", "Charred at C3"),
    ("24", "work with other services and agencies, including voluntary organisations, as one team", "R7",
     "Toasted"),
]
for row in register:
    cells = t.add_row().cells
    if row[1] is None:
        m = cells[0].merge(cells[3])
        cell_text(m, row[0], bold=True, size=9)
        shade_cell(m, "D8C3A5")
        continue
    no, can, raised, status = row
    cell_text(cells[0], no, bold=True, size=9)
    cell_text(cells[1], can, size=9)
    if no == "11":
        # tracked change in the cell: R2 deleted, a dash inserted
        cp = cells[2].paragraphs[0]
        del_run(cp, "R2", ME, D1, size=9)
        ins_run(cp, "—", ME, D1, size=9)
    else:
        cell_text(cells[2], raised, size=9)
    cell_text(cells[3], status, size=9)
    if no == "17b":
        fn.add(cells[3].paragraphs[0], "For cask 17b the Cooper looks at the tracking sheet from the Workshop "
               "Task after Raising 3 at Raising 5 and talks it through; the tracking sheet is not part of "
               "C2's mark.")
para("Register notes. Each summer the Cooperage School carries out its own self-evaluation against the "
     "Company's chain-of-custody standard, and the Lot is part of it.")

# ---------------------------------------------------------------- part 7
part("PART 7 · COOPERS, SHOP MENTORS AND SPECIALISTS")
t = doc.add_table(rows=1, cols=3)
table_borders(t)
for j, h in enumerate(["Cooper", "Role in the Lot", "Qualifications and current work"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), OAK)
for a, b, c in [
    ("Margaret Ellerker", "Lot leader; Raisings 1, 4, 6",
     "MA Special and Inclusive Education; SENCO in two Kingsmere schools for twelve years; Head of the "
     "Cooperage School since 2006; member of nasen."),
    ("Dr Rowan Pickersgill", "University programme leader; Raisings 3, 8; second marker",
     "PhD on provision mapping; Senior Lecturer in Inclusive Education; external examiner for two other "
     "universities' SEN programmes."),
    ("Jean Foxholes", "Raisings 5, 7",
     "Senior SEN Adviser, Holderwold County Council; leads the council's SENCO network; former head of a "
     "learning support service."),
    ("Peter Harpham", "Raising 2; case study supervision",
     "Senior educational psychologist, Kingsmere City Council; chartered psychologist (BPS)."),
    ("Sunita Varma", "Raising 6; Nosing panels",
     "Headteacher, Carr Lane School (special school for pupils with complex learning difficulties); "
     "National Leader of Education."),
]:
    r = t.add_row().cells
    cell_text(r[0], a, bold=True, size=9)
    cell_text(r[1], b, size=9)
    cell_text(r[2], c, size=9)
sub("Shop Mentors and Coopers: knowing the job")
para("Each Apprentice's head names a Shop Mentor, a senior leader in the school. Shop Mentors come to a "
     "half-day briefing at the Cooperage in September (January for the second start) and receive the Shop "
     "Mentor Handbook, which sets out what they do: meet the Apprentice at least twice each half-term, "
     "watch one Workshop Task each term, sign off Workshop Task sheets and tell the Lot leader early if "
     "the Apprentice is struggling. Coopers new to the Lot shadow a Raising and a Nosing before leading "
     "one, and every Cooper attends the University's marking standardisation day in October, where the "
     "Charring criteria are worked through on marked examples from the pilot.")
sub("Specialists and placements")
para("Guest Coopers bring specialist expertise to the Raisings: a speech and language therapist, the "
     "autism outreach teacher, educational psychologists from both councils, the Parent Partnership "
     "Service, the sensory support service and two voluntary organisations.")
deleted_paragraph(doc, "Every Apprentice spends two days at Carr Lane School, one in a class for pupils with "
                  "autism and one with the school's SENCO, with a written placement brief set by the "
                  "Cooper.", ME, D1)
para("Apprentices who want to see a special school at work may visit Carr Lane School where a day can be "
     "found in its calendar.")
sub("Resources")
para("Apprentices are registered students of the University, with its library, online journals and SEN "
     "collection. The Cooperage School's Learning Centre has an assistive technology bench (Clicker 5, "
     "text-to-speech software, switch access and communication aids on loan from the Holderwold "
     "Communication Aids Service) which Apprentices use at Raising 8 and can borrow from, and laptops are "
     "lent to Apprentices who need one for the Cask Store.")

# ---------------------------------------------------------------- part 8
part("PART 8 · THE WAREHOUSE: EVALUATION AND QUALITY")
para("A filled cask is sampled in the warehouse every year. The Lot is sampled in these ways:")
dash("a tally card completed by every Apprentice at the end of each Raising, and a Coopers' meeting the "
     "following week to read the cards and agree changes for the next Raising;")
dash("a focus group of Apprentices with a University tutor who does not teach on the Lot, at Raising 4;")
dash("the external examiner's annual report and the University's annual programme monitoring;")
dash("the councils' SEN teams' data on the Apprentices' schools.")
para("Each summer the Lot Review brings these together into an action plan, which goes to the University's "
     "Programme Committee and to the Company's training board. The changes made are listed at the front of "
     "the next Lot's Record, so that each issue shows what was altered and why.")
para("Competence and confidence: the Moisture Reading is taken again at the end of the Lot, so each "
     "Apprentice's readings at the start and the end can be compared cask by cask, and the Coopers compare "
     "the pass rates and marks of each Charring from one Lot to the next. We would like to measure what "
     "the Lot does for the pupils in the Apprentices' schools, and we intend to find a way of doing this "
     "with the two councils in the second Lot.")

# ---------------------------------------------------------------- part 9
part("PART 9 · FILLING AND DISPATCH")
para("At Raising 8 each Apprentice writes a Dispatch Note: three professional targets for the next two "
     "years, with the support each will need. A Cooper comments on the draft, and the Apprentice takes "
     "the Note to their head or performance management reviewer to agree. The Note comes with a sheet of "
     "next steps: the University's MA modules, into which the Certificate's 60 credits carry, the two "
     "councils' SENCO networks and nasen's events.")
para("Fee. The fee for the Lot is £1,450. Holderwold and Kingsmere pay £600 of it for each of their "
     "teachers, and credit counted from earlier study reduces it. The Raisings use the Cooperage School's "
     "own rooms and the University's, so there is no hire cost, and the Stack Card keeps each Apprentice's "
     "time on the casks they need.")

sub("Non-conformance log")
t = doc.add_table(rows=1, cols=3)
table_borders(t)
for j, h in enumerate(["Ref.", "Non-conformance", "Disposition"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), OAK)
for a, b, c in [
    ("NC-01", "Assessment without Raisings, used in the pilot.", "Closed: not offered in Lot 1."),
    ("NC-02", "Cask 11 moved out of Raising 2 to make room for the guest Coopers.",
     "Closed: child development is not taught at a Raising; Apprentices bring it from their initial "
     "training and it is charred in C3."),
    ("NC-03", "Cask Store forum unanswered by Coopers.", "Open: no Cooper time is allocated to the Cask "
     "Store in Lot 1."),
]:
    r = t.add_row().cells
    cell_text(r[0], a, bold=True, size=9)
    cell_text(r[1], b, size=9)
    cell_text(r[2], c, size=9)

sub("Declaration of custody")
t = doc.add_table(rows=4, cols=3)
table_borders(t)
for j, h in enumerate(["Custodian", "Signature", "Date"]):
    cell_text(t.cell(0, j), h, bold=True, size=9)
    shade_cell(t.cell(0, j), OAK)
for i, (a, b, c) in enumerate([
    ("Alec Dunmore, Master Cooper, Holmestaith Cask Company", "[signed]", "12 February 2009"),
    ("Margaret Ellerker, Head of the Cooperage School", "[signed]", "12 February 2009"),
    ("Professor Helen Strickland, Dean, School of Education, University of Hessleby", "[signed]",
     "13 February 2009"),
], start=1):
    cell_text(t.cell(i, 0), a, size=9)
    cell_text(t.cell(i, 1), b, italic=True, size=9)
    cell_text(t.cell(i, 2), c, size=9)

fn.attach()
doc.save(HERE / f"{NAME}.docx")
print("wrote", NAME + ".docx")
